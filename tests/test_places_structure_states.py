"""Tests of the structure of place texts of the Line of Control and the Balkans: names of states with a conjunction
inside ("Jammu and Kashmir", "Bosnia and Herzegovina") and their abbreviations (J&K, AJK), which are one name of a
state's size; names of front lines (LoC, نियंत्रण रेखा); "X, near Y"; roads between two towns ("Djakovica-Decane
road"); and a region broader than the gazetteer's, which does not turn an exact name away."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.match import MatchConfig, Scorer, claim_features, score_pair
from reconcile.models import Claim, DateSpan, GazetteerEntry, Party
from reconcile.places import STATE_NAMES, Gazetteer, mentions, split_places, state_name
from tests.strategies import place_claim, place_weight

PARTIES = (Party("india", "India", ("Indian Army",)), Party("pakistan", "Pakistan", ("Pakistan Army",)))
CONFIG = MatchConfig()
ONE_REGION, ONE_NAME = CONFIG.place_same_region, CONFIG.place_same_name

# Invented one-word names, so that no gazetteer, generic word or state name reads them.
NAMES = st.sampled_from(("Qarvenu", "Tolmasi", "Zindrava", "Obrekul", "Feshmari", "Ulvadoch", "Parsimet", "Kendrova"))
# The spellings of `STATE_NAMES` with a conjunction inside, and abbreviations of them.
JOINED = st.sampled_from(("Jammu and Kashmir", "Jammu & Kashmir", "Bosnia and Herzegovina", "Trinidad and Tobago",
                          "Saint Kitts and Nevis", "Antigua and Barbuda", "Turks and Caicos", "Sao Tome and Principe",
                          "Azad Jammu and Kashmir", "Джамму и Кашмир", "Босна и Херцеговина"))
ABBREVIATIONS = st.sampled_from(("J&K", "AJK", "PoK", "BiH", "J & K"))


def _weight(a: str, b: str) -> float:
    return place_weight(a, b, PARTIES)


def _read(text: str) -> list[tuple[str, bool, bool, bool]]:
    """Each mention's name, and whether it is a reference, a container, a state (broad)."""
    return [(m.name, m.reference, m.container, m.broad) for m in mentions(text)]


# --------------------------------------------------------------------------------------------------------------
# Names with a conjunction inside
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Jammu and Kashmir", "Jammu & Kashmir", "Jammu&Kashmir", "Bosnia and Herzegovina", "Trinidad and Tobago",
    "Saint Kitts and Nevis", "Antigua and Barbuda", "Turks and Caicos", "Sao Tome and Principe",
    "Saint Vincent and the Grenadines", "Azad Jammu and Kashmir", "Джамму и Кашмир", "Босна и Херцеговина",
    "Trinité-et-Tobago", "Bosnien und Herzegowina",
])
def test_a_state_with_a_conjunction_in_its_name_is_one_name(text: str) -> None:
    """A name of a state with and/&/и/und/et inside is one name, of a state's size, not two places."""
    assert _read(text) == [(text, False, False, True)]


def test_a_conjunction_between_hyphens_is_inside_a_name() -> None:
    """"Meurthe-et-Moselle" (no name of the table) is written as one word: its "et" joins no list."""
    assert [m.name for m in mentions("Nancy, Meurthe-et-Moselle")] == ["Nancy", "Meurthe-et-Moselle"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nowshera sector, Rajouri district, Jammu and Kashmir",
     [("Nowshera", False, False, False), ("Rajouri", False, False, False), ("Jammu and Kashmir", False, True, True)]),
    ("Sarajevo, Bosnia and Herzegovina", [("Sarajevo", False, False, False),
                                          ("Bosnia and Herzegovina", False, True, True)]),
    ("Nowshera sector, Rajouri (J&K)",
     [("Nowshera", False, False, False), ("Rajouri", False, False, False), ("J&K", False, False, True)]),
    ("Srinagar, J & K", [("Srinagar", False, False, False), ("J & K", False, True, True)]),
    ("Nikial sector, AJK", [("Nikial", False, False, False), ("AJK", False, True, True)]),
])
def test_a_state_beside_a_place_is_a_state(text: str, expected: list[tuple[str, bool, bool, bool]]) -> None:
    """A state after the incident's place, address-style or in brackets, is one name of a state's size."""
    assert _read(text) == expected


def test_a_state_in_devanagari_is_a_state() -> None:
    """"जम्मू-कश्मीर के पुंछ जिले में" (in Poonch district of Jammu and Kashmir): the state is one name of its size."""
    assert _read("जम्मू-कश्मीर के पुंछ जिले में")[0] == ("जम्मू-कश्मीर", False, False, True)


@pytest.mark.parametrize(("text", "state"), [
    ("J&K", "Jammu and Kashmir"), ("Jammu & Kashmir", "Jammu and Kashmir"), ("जम्मू-कश्मीर", "Jammu and Kashmir"),
    ("AJK", "Azad Jammu and Kashmir"), ("Pakistan-administered Kashmir", "Azad Jammu and Kashmir"),
    ("BiH", "Bosnia and Herzegovina"), ("Kashmir", None), ("Jammu", None), ("Ajk", None),
])
def test_state_name_gives_the_first_spelling(text: str, state: str | None) -> None:
    """`state_name` reads any spelling of a state of the table, and an abbreviation written with two capitals."""
    assert state_name(text) == state


def test_every_spelling_of_the_table_reads_as_its_state() -> None:
    """Every spelling of `STATE_NAMES` gives the first spelling of its entry."""
    for spellings in STATE_NAMES:
        assert {state_name(spelling) for spelling in spellings} == {spellings[0]}


@given(NAMES, JOINED, st.booleans())
@example("Qarvenu", "Jammu and Kashmir", False)
def test_a_list_with_a_state_keeps_the_state_whole_in_any_order(place: str, state: str, first: bool) -> None:
    """"X and Jammu and Kashmir" lists two places, X and the state, whichever comes first."""
    text = f"{state} and {place}" if first else f"{place} and {state}"
    assert sorted(m.name for m in mentions(text)) == sorted((place, state))


@given(st.lists(NAMES, min_size=3, max_size=4, unique=True))
@example(["Qarvenu", "Tolmasi", "Zindrava"])
def test_a_list_of_places_with_and_stays_a_list(names: list[str]) -> None:
    """"X, Y and Z" lists three places: none a state, none a container."""
    text = ", ".join(names[:-1]) + " and " + names[-1]
    assert _read(text) == [(name, False, False, False) for name in names]


@given(NAMES, NAMES, NAMES, NAMES)
@example("Qarvenu", "Tolmasi", "Zindrava", "Obrekul")
def test_the_last_piece_of_an_address_after_a_unit_is_one_state(a: str, b: str, c: str, d: str) -> None:
    """In "A, B district, C and D" the piece after the district names a larger unit: "C and D" is one name."""
    if len({a, b, c, d}) < 4:
        return
    assert _read(f"{a}, {b} district, {c} and {d}")[-1] == (f"{c} and {d}", False, True, True)


# --------------------------------------------------------------------------------------------------------------
# A container of a unit or of a container is a state's size
# --------------------------------------------------------------------------------------------------------------


@given(NAMES, NAMES, NAMES)
@example("Qarvenu", "Tolmasi", "Zindrava")
def test_a_container_of_a_unit_or_of_a_container_is_broad(a: str, b: str, c: str) -> None:
    """"A, B district, C" and "A, B, C": C contains a unit, or a place that contains A; "A, C": C may be a city."""
    if len({a, b, c}) < 3:
        return
    assert _read(f"{a}, {b} district, {c}")[-1] == (c, False, True, True)
    assert _read(f"{a}, {b}, {c}")[1:] == [(b, False, True, False), (c, False, True, True)]
    assert _read(f"{a}, {c}")[-1] == (c, False, True, False)


@given(NAMES, NAMES, NAMES)
@example("Qarvenu", "Tolmasi", "Zindrava")
def test_a_state_meets_a_place_of_its_name_in_one_region_only(a: str, b: str, c: str) -> None:
    """A claim that names C meets "A, B district, C" as one region, not one place; "A, C" (C may be the city A is a
    suburb of) still as one place."""
    if len({a, b, c}) < 3:
        return
    assert _weight(f"{a}, {b} district, {c}", c) == ONE_REGION
    assert _weight(f"{a}, {b}, {c}", c) == ONE_REGION
    assert _weight(f"{a}, {c}", c) == ONE_NAME


def test_two_incidents_in_one_state_are_two_places() -> None:
    """The QA case: Nowshera (Rajouri) and Uri (Baramulla), both "Jammu and Kashmir", compare Nowshera and Uri."""
    assert _weight("Nowshera sector, Rajouri district, Jammu and Kashmir",
                   "Uri sector, Baramulla district, Jammu and Kashmir") == CONFIG.place_different
    assert _weight("Nowshera sector, Rajouri, Jammu & Kashmir", "Uri, Baramulla, Jammu & Kashmir") < 0
    assert _weight("Nowshera sector, Rajouri (J&K)", "Uri sector, Baramulla (J&K)") < 0


@pytest.mark.parametrize(("a", "b", "weight"), [
    # Only the state on one side: both lie in it.
    ("Jammu and Kashmir", "Uri sector, Baramulla district, Jammu and Kashmir", ONE_REGION),
    ("along the LoC in J&K", "Uri sector, Baramulla district, Jammu and Kashmir", ONE_REGION),
    ("Jammu and Kashmir", "J&K", ONE_REGION),
    ("Kashmir", "Uri, Baramulla district, Kashmir", ONE_REGION),
    # Both say more than their state: the state they share says nothing, what they say more does.
    ("Nikial sector, AJK", "Leepa valley, AJK", CONFIG.place_unknown),
    ("Kotli district, Pakistan-administered Kashmir", "Neelum valley, Pakistan-administered Kashmir",
     CONFIG.place_other_region),
    ("Rajouri district, Jammu and Kashmir", "Uri, Baramulla district, Jammu and Kashmir", CONFIG.place_other_region),
    ("Poonch district, J&K", "Krishna Ghati sector, Poonch district, Jammu and Kashmir", ONE_REGION),
])
def test_a_state_is_never_one_place(a: str, b: str, weight: float) -> None:
    """A state says in which region the incident was: two claims meet on it as claims in one region (+1), and not
    even that where both name something smaller in it."""
    assert _weight(a, b) == _weight(b, a) == weight


STATE_TEXTS = st.sampled_from((
    "Jammu and Kashmir", "J&K", "AJK", "Uri, Baramulla district, Jammu and Kashmir", "Nikial sector, AJK",
    "Leepa valley, AJK", "Kashmir", "Uri, Kashmir", "Uri, Baramulla district, Kashmir", "Sarajevo",
    "Nowshera sector, Rajouri (J&K)", "Sarajevo, Bosnia and Herzegovina", "Rajouri district, Jammu and Kashmir", "Uri",
))


@given(STATE_TEXTS, STATE_TEXTS)
@example("Jammu and Kashmir", "Uri, Baramulla district, Jammu and Kashmir")
def test_a_state_weighs_at_most_one_region_and_alike_both_ways(a: str, b: str) -> None:
    """The place weight is symmetric, and a pair in which a state is all one claim names weighs at most one region."""
    weight = _weight(a, b)
    assert weight == _weight(b, a)
    if all(m.broad for m in mentions(a)):
        assert weight <= ONE_REGION


def _claim(gid: str, day: int, place: str, region: str | None = None) -> Claim:
    source, cid = gid.split("/")
    when = dt.date(2019, 6, 1) + dt.timedelta(days=day)
    return Claim(source=source, id=cid, stated=when, quote="q", date=DateSpan(when, when, "day"), place=place,
                 region=region, event="ceasefire violation")


def test_a_state_alone_and_a_state_beside_a_place_score_apart_on_arrays() -> None:
    """"Nikial sector, AJK" and "AJK" have the same region keys; against "AJK" in region Leepa the first says more
    than its state (0), the second does not (+1): scoring on arrays tells the two pairs apart, as pair by pair."""
    feats = claim_features([_claim("in/a", 0, "Nikial sector, AJK"), _claim("pk/b", 0, "AJK", region="Leepa"),
                            _claim("un/c", 0, "AJK")], gazetteer=Gazetteer(()), parties=PARTIES)
    assert feats[0].regions == feats[2].regions
    scorer = Scorer(feats, MatchConfig(match_threshold=-7.0))
    assert [scorer._place(feats[i], feats[1], False)[1] for i in (0, 2)] == [CONFIG.place_unknown, ONE_REGION]
    pairs = [(0, 1), (2, 1)]
    expected = [(total.hex(), i, j) for total, i, j in Scorer(feats, scorer.config).links(pairs)]
    chunked = Scorer(feats, scorer.config).links_of_chunks([([0, 2], [1, 1])])
    assert [(total.hex(), i, j) for total, i, j in chunked] == expected


@given(st.lists(st.tuples(st.sampled_from(("in/a", "in/b", "pk/c", "pk/d", "un/e", "un/f")), STATE_TEXTS),
                min_size=2, max_size=6, unique_by=lambda item: item[0]),
       st.sampled_from((-7.0, 0.0, 4.0, 5.0)), st.randoms(use_true_random=False))
@example([("in/a", "Nikial sector, AJK"), ("pk/c", "Leepa valley, AJK"), ("un/e", "AJK")], 0.0, random.Random(0))
def test_chunked_scoring_reads_whether_a_claim_names_a_place(claims: list[tuple[str, str]], threshold: float,
                                                              rnd: Any) -> None:
    """Scoring on arrays (`Scorer.links_of_chunks`) gives the links of pairs scored one by one, to the bit: a claim
    whose only region is a state's reads apart from one that names a place beside it ("AJK" / "Nikial sector,
    AJK", against "Leepa valley, AJK": +1 and 0)."""
    feats = claim_features([_claim(gid, 0, text) for gid, text in claims], gazetteer=Gazetteer(()), parties=PARTIES)
    config = MatchConfig(match_threshold=threshold)
    pairs = [(i, j) if rnd.random() < 0.5 else (j, i) for i, j in itertools.combinations(range(len(feats)), 2)]
    rnd.shuffle(pairs)
    expected = [(total.hex(), i, j) for total, i, j in Scorer(feats, config).links(pairs)]
    chunks = [([i for i, _ in pairs[k : k + 4]], [j for _, j in pairs[k : k + 4]]) for k in range(0, len(pairs), 4)]
    assert [(total.hex(), i, j) for total, i, j in Scorer(feats, config).links_of_chunks(chunks)] == expected


# --------------------------------------------------------------------------------------------------------------
# Front lines and prepositions
# --------------------------------------------------------------------------------------------------------------


VARIANTS = [
    ("along the LoC in Nowshera sector", "along the LoC in Uri sector"),
    ("across the Line of Control in Nowshera", "across the Line of Control in Uri"),
    ("along the Line of Control", "along the Line of Control"),
    ("नियंत्रण रेखा पर उड़ी सेक्टर में", "नियंत्रण रेखा पर नौशेरा सेक्टर में"),
    ("जम्मू-कश्मीर के पुंछ जिले में", "जम्मू-कश्मीर के कुपवाड़ा जिले में"),
    ("لائن آف کنٹرول پر نکیال سیکٹر", "لائن آف کنٹرول پر لیپا سیکٹر"),
    ("کوٹلی کے قریب", "نیلم کے قریب"),
    ("Nowshera sector, Rajouri (J&K)", "Uri sector, Baramulla (J&K)"),
    ("Nikial sector, AJK", "Leepa valley, AJK"),
    ("Kotli district, Pakistan-administered Kashmir", "Neelum valley, Pakistan-administered Kashmir"),
    ("Nowshera sector, Rajouri, Jammu & Kashmir", "Uri, Baramulla, Jammu & Kashmir"),
    ("along the Working Boundary near Sialkot", "along the Working Boundary near Zafarwal"),
    ("International Border, Samba sector", "International Border, Kathua sector"),
    ("IB in Samba sector", "IB in Kathua sector"),
    ("линия соприкосновения у Горловки", "линия соприкосновения у Марьинки"),
    ("linija razgraničenja kod Doboja", "linija razgraničenja kod Brčkog"),
]


@pytest.mark.parametrize(("a", "b"), VARIANTS)
def test_a_front_line_or_a_state_joins_no_two_incidents(a: str, b: str) -> None:
    """Texts of two incidents that share only the front line's name, a preposition or a state weigh nothing for one
    place (the QA variants of the Line of Control)."""
    assert _weight(a, b) <= CONFIG.place_unknown


@pytest.mark.parametrize("text", [
    "along the LoC", "along the Line of Control", "across the Line of Control", "the Working Boundary",
    "International Border", "IB", "नियंत्रण रेखा पर", "لائن آف کنٹرول", "ایل او سی", "line of contact",
    "линия соприкосновения", "təmas xətti", "շփման գիծ", "linija razgraničenja", "خط التماس", "הקו הירוק",
])
def test_a_front_line_names_no_specific_place(text: str) -> None:
    """A text made only of a front line's name gives the claim no specific place."""
    (found,) = claim_features([place_claim("s1", text)], gazetteer=Gazetteer(()), parties=PARTIES)
    assert found.places == ()


def test_a_vague_word_of_another_script_is_read_as_spelled() -> None:
    """The Urdu آف (of) names no place, but a Latin name that folds as it does still does."""
    assert _weight("Af", "Af") == ONE_NAME


@pytest.mark.parametrize("name", ["Ibb", "Etté", "Runn", "Abll"])
def test_a_name_that_folds_as_a_short_vague_word_still_names_a_place(name: str) -> None:
    """The Yemeni city of Ibb folds as the border's "IB": a short Latin vague word is read as spelled, so Ibb names
    a place (it was vague: claims at Ibb shared no place), while "IB" itself stays vague (the test above)."""
    assert _weight(name, name) == ONE_NAME
    (found,) = claim_features([place_claim("s1", name)], gazetteer=Gazetteer(()), parties=PARTIES)
    assert found.places != ()


@pytest.mark.parametrize(("text", "names"), [
    ("across the Line of Control in Nowshera", ["Line", "Control", "Nowshera"]),
    ("beyond the LoC near Uri", ["LoC", "Uri"]),
    ("hacia la frontera", []),  # and the border, in lower case, is a word of context: it names no place
    ("hacia la ciudad de Cúcuta", ["Cúcuta"]),
    ("Across The Border", ["Across"]),
])
def test_a_word_in_lower_case_before_an_article_is_no_name(text: str, names: list[str]) -> None:
    """"across the", "beyond the": a preposition before its article names no place; capitalised words still do."""
    assert [m.name for m in mentions(text)] == names


# --------------------------------------------------------------------------------------------------------------
# Near, and roads between two towns
# --------------------------------------------------------------------------------------------------------------


@given(NAMES, NAMES, st.sampled_from(("near", "close to", "outside", "kod", "blizu", "près de", "cerca de",
                                      "около", "біля")))
@example("Qarvenu", "Tolmasi", "near")
def test_a_piece_near_a_place_is_no_container(a: str, b: str, near: str) -> None:
    """"A, near B" places A beside B, as precisely as A: B contains nothing, and is a reference (the incident
    was at A, B says where A is)."""
    if a == b:
        return
    assert _read(f"{a}, {near} {b}") == [(a, False, False, False), (b, True, False, False)]


def test_two_claims_near_one_village_meet_there() -> None:
    """The QA case: two accounts of the convoy "near Meja", on two roads out of Đakovica, are one place."""
    assert _weight("Djakovica-Decane road, near Meja", "put Đakovica–Prizren, near Meja") == ONE_NAME


@pytest.mark.parametrize(("text", "ends"), [
    ("Djakovica-Decane road", ["Djakovica", "Decane"]),
    ("put Đakovica–Prizren", ["Đakovica", "Prizren"]),
    ("the Gao–Ansongo road", ["Gao", "Ansongo"]),
    ("трасса Донецк–Мариуполь", ["Донецк", "Мариуполь"]),
    ("Kabul–Kandahar highway", ["Kabul", "Kandahar"]),
    ("put Banja Luka–Doboj", ["Banja Luka", "Doboj"]),
    ("Ivano-Frankivsk–Lviv highway", ["Ivano-Frankivsk", "Lviv"]),
])
def test_a_road_between_two_towns_names_both_as_references(text: str, ends: list[str]) -> None:
    """A road written as its two towns with a dash names each town as a reference: the incident lay between them."""
    assert _read(text) == [(end, True, False, False) for end in ends]


@pytest.mark.parametrize(("text", "names"), [
    ("the road to Nagorno-Karabakh", ["road", "Nagorno-Karabakh"]),
    ("Kabardino-Balkaria", ["Kabardino-Balkaria"]),
])
def test_a_dashed_name_off_a_road_stays_whole(text: str, names: list[str]) -> None:
    """A dashed name that is not a road's two towns stays one name."""
    assert [m.name for m in mentions(text)] == names


@given(NAMES, NAMES, NAMES, NAMES)
@example("Qarvenu", "Tolmasi", "Zindrava", "Obrekul")
def test_a_road_meets_its_towns_but_not_through_them(a: str, b: str, c: str, d: str) -> None:
    """"C, A–B road": C is the place, A and B references, so two villages on one road weigh as the best pair of
    places but the two roads' towns (the shared road adds nothing), and the event's places are C's; a road alone
    is its towns' place."""
    if len({a, b, c, d}) < 4:
        return
    assert split_places(f"{c}, {a}–{b} road") == (c,)
    assert split_places(f"the {a}–{b} road") == (a, b)
    best = max(_weight(c, d), *(_weight(x, y) for x, y in ((c, a), (c, b), (a, d), (b, d))))
    assert _weight(f"{c}, {a}–{b} road", f"{d}, {a}–{b} road") == best
    assert _weight(f"the {a}–{b} road", a) == ONE_NAME


# --------------------------------------------------------------------------------------------------------------
# A region broader than the gazetteer's
# --------------------------------------------------------------------------------------------------------------


KASHMIR = Gazetteer((
    GazetteerEntry("krishna-ghati", "Krishna Ghati", country="india", region="Poonch", lat=33.585, lon=74.045),
    GazetteerEntry("nakyal", "Nakyal", ("Nikial",), country="pakistan", region="Kotli", lat=33.56, lon=74.02),
    GazetteerEntry("jammu", "Jammu", country="india", region="Jammu", lat=32.73, lon=74.86),
    GazetteerEntry("rajouri", "Rajouri", country="india", region="Rajouri", lat=33.38, lon=74.31),
))


@pytest.mark.parametrize("region", ["Jammu and Kashmir", "Jammu & Kashmir", "Poonch", "Poonch district", None])
def test_a_broader_region_does_not_turn_an_exact_name_away(region: str | None) -> None:
    """"Jammu and Kashmir" holds the division Jammu the gazetteer lists and more: it keeps Krishna Ghati (Poonch)."""
    assert KASHMIR.resolve("Krishna Ghati", region=region).entry == KASHMIR.get("krishna-ghati")


def test_a_region_the_gazetteer_lists_still_turns_a_namesake_away() -> None:
    """Rajouri is listed, and Krishna Ghati lies 33 km from it: the source means a place the gazetteer misses, and
    the answer says which region turned the match away."""
    found = KASHMIR.resolve("Krishna Ghati", region="Rajouri")
    assert found.entry is None
    assert found.outside == "Rajouri"
    assert KASHMIR.resolve("Krishna Ghati", region="Poonch").outside is None


def test_explain_says_a_name_was_turned_away_by_its_region() -> None:
    """A name unresolved because all its matches lie outside the claim's region says so, not "no coordinates"."""
    when = dt.date(2019, 6, 4)

    def claim(source: str, place: str, region: str | None) -> Claim:
        return Claim(source=source, id="c", stated=when, quote="q", date=DateSpan(when, when, "day"), place=place,
                     region=region)

    a, b = claim_features([claim("s1", "Krishna Ghati", "Rajouri"), claim("s2", "Keran", None)], gazetteer=KASHMIR,
                          parties=PARTIES)
    (place,) = [c for c in score_pair(a, b).contributions if c.feature == "place"]
    assert place.weight == CONFIG.place_different
    assert place.detail == ("'Krishna Ghati' and 'Keran' are different names (similarity 0.51), 'Krishna Ghati' "
                            "matches gazetteer places only outside region 'Rajouri', which the gazetteer lists, so it "
                            "is unresolved and compared by name")


def test_the_region_of_the_qa_case_keeps_the_sector_within_reach_of_the_other_side() -> None:
    """The QA case: Krishna Ghati (region "Jammu and Kashmir") and Nikial, 3.6 km apart, compare by distance."""
    when = dt.date(2019, 6, 4)
    a, b = claim_features([
        Claim(source="adgpi", id="kg", stated=when, quote="q", date=DateSpan(when, when, "day"),
              place="Krishna Ghati Sector", region="Jammu and Kashmir"),
        Claim(source="ispr", id="nk", stated=when, quote="q", date=DateSpan(when, when, "day"), place="Nikial sector"),
    ], gazetteer=KASHMIR, parties=PARTIES)
    (place,) = [c for c in score_pair(a, b).contributions if c.feature == "place"]
    assert place.detail == "'Krishna Ghati' and 'Nikial' are 3.6 km apart (within 4 km)"
