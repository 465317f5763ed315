"""A place written as coordinates is a point: read by `places.coordinates`, scored and blocked by distance, and a
location conflict with the distance where two such places lie far apart."""

from __future__ import annotations

import itertools
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import block, engine
from reconcile.match import MatchConfig, Scorer, score_pair
from reconcile.models import Claim
from reconcile.places import coordinates, distance_km
from tests.test_block_fast import array_chunks, swept_chunks
from tests.test_cluster_fast import check_first_below, check_totals
from tests.test_match import REGIONS, claim, features, weight
from tests.test_merge import event_of, summaries

CONFIG = MatchConfig()

#: Berdavan (41.20503, 44.99967) written as its point, points near it and far from it, and Chinari's.
AT_BERDAVAN = "41.2050, 45.0000"
NORTH_4_KM = "41.2450 N, 45.0000 E"
NORTH_EAST_6_KM = "41.2500°N 45.0400°E"
SOUTH_100_KM = "40.3050, 45.0000"
COORDINATE_PLACES = (AT_BERDAVAN, "41°12'18\"N 44°59'59\"E", NORTH_4_KM, NORTH_EAST_6_KM, SOUTH_100_KM,
                     "40.8547°N 45.5778°E", "91.5, 45.0")
NAMES = ("Berdavan", "Chinari", "Voskepar", "Horadiz", "the border", "Tavush region")


@pytest.mark.parametrize(("text", "point"), [
    ("48.0159, 37.8028", (48.0159, 37.8028)),
    ("48.0159 N, 37.8028 E", (48.0159, 37.8028)),
    ("48.0159°N 37.8028°E", (48.0159, 37.8028)),
    ("  48.0159 37.8028 ", (48.0159, 37.8028)),
    ("-1.6792, 29.2228", (-1.6792, 29.2228)),
    ("1.6792 S, 29.2228 E", (-1.6792, 29.2228)),
    ("37.8028 E, 48.0159 N", (48.0159, 37.8028)),  # longitude first, as its letters say
    ("12°01'N 043°28'E", (12 + 1 / 60, 43 + 28 / 60)),
    ("48°00'57\"N 37°48'10\"E", (48 + 57 / 3600, 37 + 48 / 60 + 10 / 3600)),
    ("33°30′S 070°40′W", (-33.5, -(70 + 40 / 60))),
    ("90.0, -180.0", (90.0, -180.0)),
])
def test_coordinates_are_read_as_a_point(text: str, point: tuple[float, float]) -> None:
    found = coordinates(text)
    assert found is not None
    assert found == pytest.approx(point, abs=1e-9)


@pytest.mark.parametrize("text", [
    "Donetsk", "", "   ", "12, 43", "Route 12, 43", "91.0, 10.0", "45.0, 180.5", "100.0 N, 10.0 E", "45.0 N, 10.0 N",
    "45.0 E, 10.0 E", "45.0 N, 10.0", "-45.0 N, 10.0 E", "12°61'N 043°28'E", "12.5°30'N 043°28'E", "1e309, 1.0",
    "1.0, 1e309", "nan, nan", "NaN, 1.5", "inf, 1.5", "1" * 400 + ".5, 2.5", "9" * 5000, "48.0159, 37.8028, 12.5",
    "near 48.0159, 37.8028", "48.0159, 37.8028 village", "48,0159 37,8028", "48.0159\x00, 37.8028",
    "48.0159," + " " * 1000 + "37.8028", "٤٨.٠١٥٩, ٣٧.٨٠٢٨",
])
def test_other_texts_are_no_point(text: str) -> None:
    """Names, bare numbers, values out of range, mixed or missing hemispheres, huge or non-finite numbers and
    texts with more than the point are no point: the text stays a name."""
    assert coordinates(text) is None


def _dms(value: float) -> tuple[int, int, float]:
    seconds = round(abs(value) * 3600, 1)
    return int(seconds // 3600), int(seconds % 3600 // 60), round(seconds % 60, 1)


def _written(lat: float, lon: float, form: str) -> str:
    ns, ew = "N" if lat >= 0 else "S", "E" if lon >= 0 else "W"
    if form == "signed":
        return f"{lat:.4f}, {lon:.4f}"
    if form == "letters":
        return f"{abs(lat):.4f} {ns}, {abs(lon):.4f} {ew}"
    if form == "degrees":
        return f"{abs(lat):.4f}°{ns} {abs(lon):.4f}°{ew}"
    if form == "minutes":
        (la, lm, _), (oa, om, _) = _dms(round(lat * 60) / 60), _dms(round(lon * 60) / 60)
        return f"{la:02d}°{lm:02d}'{ns} {oa:03d}°{om:02d}'{ew}"
    (la, lm, ls), (oa, om, os_) = _dms(lat), _dms(lon)
    la, lm, ls = (la, lm, ls) if ls < 60 else (la, lm + 1, 0.0)
    oa, om, os_ = (oa, om, os_) if os_ < 60 else (oa, om + 1, 0.0)
    return f"{la}°{lm}'{ls:g}\"{ns} {oa}°{om}'{os_:g}\"{ew}"


@given(st.floats(-89.99, 89.99), st.floats(-179.99, 179.99),
       st.sampled_from(("signed", "letters", "degrees", "minutes", "seconds")))
def test_a_point_written_in_each_form_reads_back(lat: float, lon: float, form: str) -> None:
    """A point formatted in each supported form reads back within 0.001° (minutes: within the rounding to one
    minute, which is what the form holds)."""
    text = _written(lat, lon, form)
    found = coordinates(text)
    assert found is not None, text
    tolerance = 1 / 60 if form == "minutes" else 0.001
    assert abs(found[0] - lat) <= tolerance, text
    assert abs(found[1] - lon) <= tolerance, text


def place_weight(a: str, b: str) -> tuple[float, str]:
    pair = score_pair(*features(claim("am/a", 0, a), claim("az/b", 0, b)), config=CONFIG)
    return weight(pair, "place"), next(c.detail for c in pair.contributions if c.feature == "place")


def test_two_writings_of_one_point_are_one_place() -> None:
    found, detail = place_weight("48.0159, 37.8028", "48°00'57\"N 37°48'10\"E")
    assert found == CONFIG.near_km[0][1]
    assert "km apart" in detail


def test_points_score_by_their_distance() -> None:
    assert distance_km(*coordinates(AT_BERDAVAN), *coordinates(NORTH_EAST_6_KM)) == pytest.approx(5.9, abs=0.2)
    assert place_weight(AT_BERDAVAN, NORTH_4_KM)[0] == CONFIG.near_km[2][1]  # 4.4 km: within 8 km
    assert place_weight(AT_BERDAVAN, NORTH_EAST_6_KM)[0] == CONFIG.near_km[2][1]
    far, detail = place_weight(AT_BERDAVAN, SOUTH_100_KM)
    assert far == CONFIG.place_far
    assert "100 km apart" in detail


def test_a_point_meets_a_gazetteer_place_by_distance() -> None:
    """A point and a name the gazetteer places are compared by distance, both ways."""
    assert place_weight(AT_BERDAVAN, "Berdavan")[0] == CONFIG.near_km[0][1]
    assert place_weight("Berdavan", AT_BERDAVAN)[0] == CONFIG.near_km[0][1]
    assert place_weight("Horadiz", AT_BERDAVAN)[0] == CONFIG.place_far


def test_an_out_of_range_point_stays_a_name() -> None:
    """Read as before: as the names the text holds (here none), with no point."""
    (f,) = features(claim("am/a", 0, "91.5, 45.0"))
    assert not any(place.points for place in (*f.places, *f.areas))


def test_blocking_pairs_points_within_far_km_only() -> None:
    """Claims with no key in common meet through their points when within ``far_km``."""
    near = features(claim("am/a", 0, AT_BERDAVAN), claim("az/b", 2, NORTH_EAST_6_KM))
    far = features(claim("am/a", 0, AT_BERDAVAN), claim("az/b", 2, SOUTH_100_KM))
    assert block.blocked_reason(*near, CONFIG) is None
    assert block.candidate_pairs(near, CONFIG) == [(0, 1)]
    assert block.blocked_reason(*far, CONFIG) is not None
    assert block.candidate_pairs(far, CONFIG) == []


@st.composite
def point_claims(draw: st.DrawFn, max_size: int = 12) -> list[Claim]:
    out: list[Claim] = []
    for n in range(draw(st.integers(2, max_size))):
        source = draw(st.sampled_from(("am", "az", "osce")))
        first = draw(st.integers(0, 10))
        out.append(claim(
            f"{source}/c{n}", (first, first + draw(st.sampled_from((0, 0, 1, 40)))),
            draw(st.sampled_from(COORDINATE_PLACES + NAMES)), region=draw(st.sampled_from(REGIONS)),
            killed=draw(st.dictionaries(st.sampled_from(("armenia", "azerbaijan")), st.integers(0, 3), max_size=1)),
        ))
    return out


@settings(max_examples=60, deadline=None)
@given(point_claims(), st.integers(1, 6), st.sampled_from((1, 3, 1024)), st.sampled_from((1, 5, 1 << 20)),
       st.randoms(use_true_random=False))
def test_fast_paths_equal_the_plain_ones(claims: list[Claim], size: int, step: int, meetings: int, rnd: Any) -> None:
    """With points among the places: the array sweep gives the sweep's chunks, the candidate pairs are the
    pairwise rule's, the partitioned sweep finds the same pairs, the scan totals and `first_below` are the plain
    sums, and scoring is symmetric."""
    feats = features(*claims)
    assert array_chunks(feats, None, size, step, meetings) == swept_chunks(feats, None, size)
    pairs = [(i, j) for i, j in itertools.combinations(range(len(feats)), 2)
             if block.is_candidate(feats[i], feats[j], CONFIG)]
    assert block.candidate_pairs(feats, CONFIG) == pairs
    near = block.point_neighbours((point for f in feats for place in f.places for point in place.points), CONFIG)
    routed = block.route_keyed(block.keyed_claims(feats, near, CONFIG), 3, CONFIG)
    found = {pair for x in range(3) for pair in block.sweep_partition(routed[x], x, 3, CONFIG)}
    assert found == {(i, j) for i, j in block.iter_candidate_pairs(feats, CONFIG) if feats[i].unit != feats[j].unit}
    check_totals(feats)
    check_first_below(feats, CONFIG.match_threshold, rnd)
    scorer = Scorer(feats)
    for i, j in itertools.combinations(range(len(feats)), 2):
        assert scorer.total(i, j) == scorer.total(j, i)


def test_the_engine_knows_the_neighbours_of_coordinate_points() -> None:
    """The partitioned engine works out neighbours for the points of coordinate texts as for the table's, so that
    `block.keyed_claims` finds every point a claim names."""
    lookups = engine._Lookups([], [], [coordinates(AT_BERDAVAN), coordinates(NORTH_4_KM)])  # type: ignore[list-item]
    near = engine._near(engine._Box({}), engine._Box(lookups), SimpleNamespace(config=CONFIG))  # type: ignore[arg-type]
    assert set(near.value[coordinates(AT_BERDAVAN)]) == {coordinates(AT_BERDAVAN), coordinates(NORTH_4_KM)}


def test_points_far_apart_are_a_location_conflict() -> None:
    event = event_of(claim("am-mod/a", place=AT_BERDAVAN), claim("az-mod/b", place=SOUTH_100_KM))
    assert summaries(event, "location") == [
        f"Ministry of Defence of Armenia places it at {AT_BERDAVAN}; Ministry of Defence of Azerbaijan places it at "
        f"{SOUTH_100_KM}: 100 km apart."
    ]


def test_a_point_far_from_a_gazetteer_place_is_a_location_conflict() -> None:
    event = event_of(claim("am-mod/a", place="Horadiz"), claim("az-mod/b", place=AT_BERDAVAN))
    (summary,) = summaries(event, "location")
    assert f"places it at {AT_BERDAVAN}" in summary
    assert "km apart" in summary


def test_near_points_are_no_location_conflict() -> None:
    event = event_of(claim("am-mod/a", place=AT_BERDAVAN), claim("az-mod/b", place=NORTH_4_KM))
    assert summaries(event, "location") == []
    event = event_of(claim("am-mod/a", place="Berdavan"), claim("az-mod/b", place=AT_BERDAVAN))
    assert summaries(event, "location") == []


def test_reading_is_quick_on_long_hostile_text() -> None:
    for text in ("1" * 10**6, "1 " * 10**5 + "N", "°'" * 10**5, " " * 10**6):
        assert coordinates(text) is None
