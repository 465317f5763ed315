"""Place readings a QA round noticed and left: a state's name is the state (never a village of similar spelling),
a post or patrol point of a named place meets the place, and a point written inside a longer place text is read.

Before: *Syria* resolved to the Armenian village *Sarigyugh* (0.92) and joined its claims into one event, *Iran*
met *Aran* by name; *Galwan PP-14* met *Galwan* at 0.765, a hair above the threshold (*Galwan Patrol Point 14* /
*Galwan PP-14* 0.59, apart); and "near Avdiivka (48.139, 37.743)" was read as the name *Avdiivka* alone.
"""

from __future__ import annotations

import pytest

from reconcile import places
from reconcile.match import MatchConfig, claim_features, score_pair
from reconcile.models import GazetteerEntry
from reconcile.places import Gazetteer, coordinates_within, country_name, mentions, point_of, similarity
from tests.test_match import PARTIES, claim, features, weight
from tests.test_merge import event_of, summaries

CONFIG = MatchConfig()
SHIPPED = Gazetteer.default()


def place_pair(a: str, b: str, region: str | None = None) -> tuple[float, str]:
    pair = score_pair(*features(claim("am/a", 0, a, region=region), claim("az/b", 0, b)), config=CONFIG)
    return weight(pair, "place"), next(c.detail for c in pair.contributions if c.feature == "place")


# --- a state's name ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "state"), [
    ("Syria", "Syria"), ("SYRIA", "Syria"), ("Сирия", "Syria"), ("سوريا", "Syria"), ("Suriye", "Syria"),
    ("Iran", "Iran"), ("İran", "Iran"), ("Իրան", "Iran"), ("Russia", "Russia"), ("Россия", "Russia"),
    ("Georgia", "Georgia"), ("საქართველო", "Georgia"), ("Gürcüstan", "Georgia"), ("Türkiye", "Turkey"),
    ("northern Syria", "Syria"), ("south-eastern Turkey", "Turkey"), ("Libye", "Libya"), ("Украина", "Ukraine"),
])
def test_a_state_is_read_by_its_spellings(name: str, state: str) -> None:
    assert country_name(name) == state


@pytest.mark.parametrize("name", ["Sarigyugh", "Aran", "Uman", "Quba", "Siriya village", "Iranashen", "Gaza",
                                  "Abkhazia", "", "  "])
def test_a_name_a_sound_away_from_a_state_is_no_state(name: str) -> None:
    assert country_name(name) is None


@pytest.mark.parametrize("name", ["Syria", "Iran", "Russia", "Georgia", "Turkey", "Israel", "Сирия", "Suriya"])
def test_the_shipped_gazetteer_gives_a_state_no_village(name: str) -> None:
    found = SHIPPED.resolve(name)
    assert found.entry is None
    assert found.candidates == ()
    assert "name of a state" in found.note


def test_a_place_that_has_a_state_name_as_its_spelling_still_resolves() -> None:
    """Armenia, the city of Quindío, in a case gazetteer that lists it: the name is that place."""
    gazetteer = Gazetteer((GazetteerEntry("armenia-quindio", "Armenia", (), "colombia", "Quindío", 4.5339, -75.6811),))
    assert gazetteer.resolve("Armenia").entry is not None
    assert gazetteer.resolve("Armenia").entry.id == "armenia-quindio"  # type: ignore[union-attr]
    assert SHIPPED.resolve("Bangladesh").entry is not None  # a spelling of a Yerevan district GeoNames lists


def test_a_state_named_as_the_place_is_the_state() -> None:
    (mention,) = mentions("Syria")
    assert mention.broad
    assert mentions("northern Syria")[0].broad
    (f,) = features(claim("am/a", 0, "Syria"))
    assert f.places == ()
    assert f.unplaced


@pytest.mark.parametrize(("state", "village"), [("Syria", "Sarigyugh"), ("Iran", "Aran"), ("Syria", "Berdavan")])
def test_a_state_meets_no_village_by_spelling(state: str, village: str) -> None:
    found, detail = place_pair(state, village)
    assert found <= 0, detail


def test_a_state_and_a_village_of_the_shipped_gazetteer_stay_two_events() -> None:
    """The QA case: Syria (mercenaries sent from it) and the Armenian village Sarigyugh, shelled the same day."""
    feats = claim_features([claim("am/a", 0, "Syria"), claim("az/b", 0, "Sarigyugh")], parties=PARTIES,
                           gazetteer=SHIPPED)
    assert feats[0].places == ()
    pair = score_pair(*feats, config=CONFIG)
    assert weight(pair, "place") < CONFIG.place_same_name
    assert pair.total < CONFIG.match_threshold


def test_the_state_is_a_place_where_the_gazetteer_has_it() -> None:
    gazetteer_entry = GazetteerEntry("armenia-quindio", "Armenia", (), "colombia", "Quindío", 4.5339, -75.6811)
    feats = claim_features([claim("am/a", 0, "Armenia"), claim("az/b", 0, "Armenia")], parties=(),
                           gazetteer=Gazetteer((gazetteer_entry,)))
    assert [place.entries for place in feats[0].places] == [("armenia-quindio",)]
    # Where the state is a party of the case, its name stays vague as before.
    vague = claim_features([claim("am/a", 0, "Armenia")], parties=PARTIES, gazetteer=Gazetteer((gazetteer_entry,)))
    assert vague[0].places == ()


# --- a post or patrol point of a named place -----------------------------------------------------------------


@pytest.mark.parametrize(("post", "place"), [
    ("Galwan PP-14", "Galwan"), ("Galwan PP14", "Galwan valley"), ("Galvan PP-14", "Galwan area"),
    ("Galwan Patrolling Point 14", "Galwan"), ("Hot Springs PP-15", "Hot Springs"),
    ("Avdiivka checkpoint 2", "Avdiivka"), ("Гальван пост 14", "Galwan"),
])
def test_a_post_of_a_place_meets_the_place(post: str, place: str) -> None:
    assert similarity(post, place) == pytest.approx(places.MISSING_QUALIFIER_FACTOR)


@pytest.mark.parametrize(("a", "b", "score"), [
    ("Galwan Patrolling Point 14", "Galwan PP-14", 1.0), ("Galwan Patrol Point 14", "Galwan PP 14", 1.0),
    ("Galwan PP-14", "Galwan PP-15", 0.5),
])
def test_posts_of_one_place_are_told_by_their_numbers(a: str, b: str, score: float) -> None:
    assert similarity(a, b) == pytest.approx(score)


def test_a_post_with_no_place_keeps_its_word() -> None:
    assert places.fold("Post 14") == "#14 post"
    assert similarity("Post 14", "Post 15") == pytest.approx(0.5)
    assert places.fold("Galwan PP-14") == "#14 galvan" == places.fold(places.fold("Galwan PP-14"))


def test_claims_at_a_post_and_at_its_place_meet() -> None:
    for a, b in (("Galwan PP-14", "Galwan valley"), ("Galwan PP-14", "Galwan Patrol Point 14")):
        found, detail = place_pair(a, b)
        assert found >= CONFIG.place_same_name, detail


# --- a point written among the words of a place text ---------------------------------------------------------


@pytest.mark.parametrize(("text", "point", "rest"), [
    ("near Avdiivka (48.139, 37.743)", (48.139, 37.743), "near Avdiivka"),
    ("checkpoint at 48°08'N 37°44'E, east of the town", (48 + 8 / 60, 37 + 44 / 60), "checkpoint at, east of the town"),
    ("Avdiivka coke plant, 48.1520N 37.7540E", (48.152, 37.754), "Avdiivka coke plant"),
    ("near 48.0159, 37.8028", (48.0159, 37.8028), "near"),
])
def test_a_point_among_words_is_read(text: str, point: tuple[float, float], rest: str) -> None:
    found = coordinates_within(text)
    assert found is not None
    assert found[0] == pytest.approx(point)
    assert found[1] == rest
    assert point_of(text) == pytest.approx(point)


@pytest.mark.parametrize("text", [
    "48.0159, 37.8028",  # the whole text: `coordinates` reads it
    "Avdiivka", "Height 1024, 12, 43", "Sector 5.5, 6.5 km east", "positions 3.25, 4.75 km from Avdiivka",
    "km 12.50, 13.75", "between 48.13, 37.74 and 48.20, 37.80", "near 48.1, 37.7", "Route 12, 43",
    "x48.139, 37.743", "91.139, 37.743 Avdiivka", "1" * 400 + " 48.139, 37.743", "grid 1.25, 2.50, 3.75",
    "grid 1.25, 2.50, 3.75, 4.00", "at 48.139,37.743,12",
])
def test_no_plain_single_point_is_no_point(text: str) -> None:
    assert coordinates_within(text) is None


def test_a_point_among_words_is_the_claims_place() -> None:
    at_berdavan = "near Berdavan (41.2050, 45.0000)"
    (f,) = features(claim("am/a", 0, at_berdavan))
    point, *others = f.places
    assert point.points == ((41.205, 45.0),)
    assert [(other.name, other.reference) for other in others] == [("Berdavan", True)]
    # Measured against another claim's point or gazetteer place by distance, as a text that is only the point.
    assert place_pair(at_berdavan, "41.2450 N, 45.0000 E")[0] == CONFIG.near_km[2][1]
    assert place_pair(at_berdavan, "40.3050, 45.0000")[0] == CONFIG.place_far
    assert place_pair(at_berdavan, "Berdavan")[0] > 0


def test_a_point_among_words_far_from_another_is_a_location_conflict() -> None:
    event = event_of(claim("am-mod/a", place="checkpoint at 41.2050, 45.0000"),
                     claim("az-mod/b", place="40.3050, 45.0000"))
    (summary,) = summaries(event, "location")
    assert "100 km apart" in summary
