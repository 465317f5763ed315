"""A name the source places in a region is not a namesake the gazetteer lists in another region (`Gazetteer.resolve`).

Villages share names across a country: a source writing "Ağdam village, Tovuz district" means a village the
gazetteer may not list, not the town of Ağdam 150 km away. Where the gazetteer lists the region and none of the
name's matches lies in it or at its edge (`REGION_EDGE_KM`), it abstains; a region it does not list ("the border")
keeps every match.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import pipeline
from reconcile.match import MatchConfig, claim_features, score_pair
from reconcile.models import Case, GazetteerEntry, Party, Source
from reconcile.places import REGION_EDGE_KM, RESOLVE_THRESHOLD, Gazetteer, distance_km, place_lookups, similarity
from tests.test_match import claim, weight

CONFIG = MatchConfig()
PARTIES = (Party("north", "Northern Army"), Party("south", "Southern Front"))

#: Invented places in three regions: Marelo once in Dorvan, Sabinta in two regions, Telvik only in Kasmar.
ENTRIES = (
    GazetteerEntry("marelo", "Marelo", ("Марело",), "norland", "Dorvan", 41.10, 45.20),
    GazetteerEntry("sabinta-1", "Sabinta", (), "norland", "Dorvan", 41.20, 45.30),
    GazetteerEntry("sabinta-2", "Sabinta", (), "norland", "Ulmera", 39.40, 46.80),
    GazetteerEntry("telvik", "Telvik", (), "norland", "Kasmar", 40.00, 44.00),
    GazetteerEntry("kasmar", "Kasmar", (), "norland", "Kasmar", 40.05, 44.05),
    GazetteerEntry("borvik", "Borvik", (), "norland", "Dorvan", 40.05, 44.15),  # 8.5 km from Kasmar
)
GAZETTEER = Gazetteer(ENTRIES)


def test_a_name_in_a_listed_region_without_it_abstains() -> None:
    """Marelo is listed in Dorvan only: "Marelo" in Kasmar is another village, and the note says why."""
    found = Gazetteer(ENTRIES).resolve("Marelo", region="Kasmar district")
    assert found.entry is None
    assert found.score < RESOLVE_THRESHOLD
    assert found.note == ("no match for 'Marelo' in region 'Kasmar district': the gazetteer lists that region, and "
                          "the matches lie outside it, farther than 15 km from its places ('Marelo' (marelo, Dorvan))")
    assert [entry.id for entry, _score in found.candidates] == ["marelo"]


def test_homonyms_outside_a_listed_region_abstain() -> None:
    """Both Sabintas lie outside Kasmar: neither is chosen, and the answer is no tie of the two."""
    found = Gazetteer(ENTRIES).resolve("Sabinta", region="Kasmar")
    assert found.entry is None
    assert found.score < RESOLVE_THRESHOLD


def test_resolve_entry_abstains_for_a_single_match_elsewhere() -> None:
    """The entry merge reads (`resolve_entry`) asks the region even where one entry matches the name."""
    gazetteer = Gazetteer(ENTRIES)
    assert gazetteer.resolve_entry("Marelo") == gazetteer.get("marelo")
    assert gazetteer.resolve_entry("Marelo", region="Kasmar") is None
    assert gazetteer.resolve_entry("Marelo", region="Dorvan") == gazetteer.get("marelo")


def test_a_match_at_the_edge_of_a_listed_region_stands() -> None:
    """One region for "Kasmar and Borvik": Borvik lies across the boundary, 8.5 km from Kasmar, and is kept."""
    gazetteer = Gazetteer(ENTRIES)
    found = gazetteer.resolve("Borvik", region="Kasmar")
    assert found.entry == gazetteer.get("borvik")
    assert "1 within 15 km of its places kept" in found.note
    assert gazetteer.resolve_entry("Borvik", region="Kasmar") == gazetteer.get("borvik")


def test_a_region_the_gazetteer_does_not_list_keeps_the_match() -> None:
    """"the border" or a region in a naming the gazetteer lacks says nothing about where the name lies."""
    gazetteer = Gazetteer(ENTRIES)
    for region in ("the border", "Northern Highlands"):
        found = gazetteer.resolve("Marelo", region=region)
        assert found.entry == gazetteer.get("marelo")
        assert f"none of the matches lies in region {region!r}, which the gazetteer does not list" in found.note


def test_a_listed_region_still_picks_its_homonym() -> None:
    gazetteer = Gazetteer(ENTRIES)
    assert gazetteer.resolve("Sabinta", region="Ulmera Province").entry == gazetteer.get("sabinta-2")
    assert gazetteer.resolve("Sabinta", region="norland").entry is None  # both lie in the country: a tie


def _place(a: tuple[str, str | None], b: tuple[str, str | None]) -> tuple[float, str]:
    first = claim("mon-a/a1", 0, a[0], region=a[1])
    second = claim("mon-b/b1", 0, b[0], region=b[1])
    feats = claim_features((first, second), gazetteer=GAZETTEER, config=CONFIG, parties=PARTIES)
    pair = score_pair(*feats, config=CONFIG)
    return weight(pair, "place"), next(c.detail for c in pair.contributions if c.feature == "place")


def test_an_abstention_in_a_region_is_no_gazetteer_place_and_no_distance() -> None:
    """Two claims of "Sabinta" in Kasmar are one name, not one gazetteer place (the Sabintas elsewhere); against
    Telvik, a Kasmar village, the far Sabintas' coordinates say nothing."""
    found, detail = _place(("Sabinta", "Kasmar"), ("Sabinta", "Kasmar"))
    assert found == CONFIG.place_same_name
    assert "gazetteer place" not in detail
    found, detail = _place(("Sabinta", "Kasmar"), ("Telvik", None))
    assert found == CONFIG.place_different
    assert "km" not in detail


REGIONS = ("Dorvan", "Dorvan district", "Ulmera", "Kasmar", "Kasmar Province", "norland", "the border",
           "Northern Highlands", "Касмар")
NAMES = ("Marelo", "Марело", "Marello", "Sabinta", "Sabynta", "Telvik", "Kasmar", "Korvan", "Ulmera", "Borvik")


def _lies_in(entry: GazetteerEntry, region: str) -> bool:
    return any(value and similarity(region, value) >= 0.75 for value in (entry.region, entry.country))


@given(st.sampled_from(NAMES), st.sampled_from(REGIONS))
@example("Marelo", "Kasmar")
@example("Marelo", "the border")
@example("Borvik", "Kasmar")
def test_a_resolution_lies_in_a_listed_region(name: str, region: str) -> None:
    """With a region some entry lies in, a resolved name lies there or at its edge; with any region, the entry is
    one the name matches without it, `resolve_entry` answers as `resolve`, and an abstention never reads as a
    match."""
    gazetteer = Gazetteer(ENTRIES)
    found = gazetteer.resolve(name, region=region)
    inside = [entry for entry in ENTRIES if _lies_in(entry, region)]
    listed = bool(inside)
    if found.entry is not None:
        at = found.entry
        edge = any(distance_km(at.lat, at.lon, e.lat, e.lon) <= REGION_EDGE_KM  # type: ignore[arg-type]
                   for e in inside)
        assert not listed or _lies_in(at, region) or edge
        plain = gazetteer.resolve(name)
        assert found.entry in [entry for entry, score in plain.candidates if score >= RESOLVE_THRESHOLD]
    elif listed and not any(_lies_in(entry, region) for entry, score in found.candidates
                            if score >= RESOLVE_THRESHOLD):
        assert found.score < RESOLVE_THRESHOLD
    assert Gazetteer(ENTRIES).resolve_entry(name, region=region) == found.entry


def test_the_region_a_place_text_names_is_the_hint() -> None:
    """A claim that writes its district into the place text ("Marelo village, Kasmar district") and gives no region
    is resolved as if it gave that region: in matching, in merge and in the distributed engine's look-ups alike.
    The district itself is resolved without it."""
    assert place_lookups("Marelo village, Kasmar district", None) == (("Marelo", "Kasmar"), ("Kasmar", None))
    assert place_lookups("Marelo village, Kasmar district", "Dorvan") == (("Marelo", "Dorvan"), ("Kasmar", "Dorvan"))
    [in_text] = claim_features([claim("north/a", 0, "Marelo village, Kasmar district")], gazetteer=GAZETTEER,
                               parties=PARTIES)
    [in_field] = claim_features([claim("north/b", 0, "Marelo", region="Kasmar")], gazetteer=GAZETTEER,
                                parties=PARTIES)
    # not Marelo of Dorvan: only a blocking key, as its coordinates count only for a name that matched
    assert [(p.entries, p.matched) for p in in_text.places] == [(p.entries, p.matched) for p in in_field.places] == [
        (("marelo",), False)]
    case = Case("t", "T", PARTIES, (Source("north", "Northern Army", "belligerent", speaks_for="north"),),
                (claim("north/a", 0, "Marelo village, Kasmar district"),), ENTRIES, regional_gazetteer="none")
    [event] = pipeline.reconcile(case).events
    # the district as written, with its generic word (`places.place_label`), as an unresolved region is listed
    assert [(m.text, m.resolved) for m in event.places] == [("Marelo", None), ("Kasmar district", "kasmar")]
