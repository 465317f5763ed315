"""Blocking: candidate pairs equal the pairwise rule, lose no match, and never need the full cross product."""

from __future__ import annotations

import itertools
import math

from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import places
from reconcile.block import (
    _geo_keys,
    blocked_reason,
    blocking_keys,
    candidate_pair_chunks,
    candidate_pairs,
    is_candidate,
    iter_candidate_pairs,
    unblocked_bound,
)
from reconcile.match import MatchConfig, Scorer, claim_features
from reconcile.models import Claim, GazetteerEntry
from reconcile.places import Gazetteer
from tests.test_match import PARTIES, claim, claims_strategy, features

CONFIG = MatchConfig()


def brute_force_candidates(claims: list[Claim]) -> list[tuple[int, int]]:
    feats = features(*claims)
    return [(i, j) for i, j in itertools.combinations(range(len(feats)), 2) if is_candidate(feats[i], feats[j], CONFIG)]


@given(claims_strategy(max_size=14))
@example([claim("am/a", (0, 90), "the border", event="total"), claim("az/b", (2, 95), "the border", killed={})])
def test_candidate_pairs_equal_the_pairwise_rule(claims: list[Claim]) -> None:
    """The bucket sweep finds exactly the pairs the pairwise rule accepts."""
    assert candidate_pairs(features(*claims), CONFIG) == brute_force_candidates(claims)


@given(claims_strategy(max_size=14), st.integers(1, 5))
@example([claim("am/a", 0, "Berdavan"), claim("am/b", 0, "Berdavan", supersedes=("am/a",)),
          claim("az/c", 0, "Berdavan")], 1)
def test_chunks_hold_the_pairs_outside_link_units_in_their_order(claims: list[Claim], size: int) -> None:
    """`candidate_pair_chunks` gives the pairs of `iter_candidate_pairs` outside link units, in the same order, in
    chunks of at least ``size`` pairs (but the last), each pair as (partner, the claim that found it in the sweep,
    which comes later in sweep order); ``kept`` keeps the pairs of the claims it marks."""
    feats = features(*claims)
    expected = [(i, j) for i, j in iter_candidate_pairs(feats, CONFIG) if feats[i].unit != feats[j].unit]
    chunks = list(candidate_pair_chunks(feats, CONFIG, size=size))
    assert all(len(partners) == len(found) >= size for partners, found in chunks[:-1])
    found_pairs = [(p, c) for partners, found in chunks for p, c in zip(partners, found, strict=True)]
    assert [(min(p, c), max(p, c)) for p, c in found_pairs] == expected
    assert all((feats[p].start, p) < (feats[c].start, c) for p, c in found_pairs)
    kept = [i % 2 == 0 for i in range(len(feats))]
    halves = [(p, c) for partners, found in candidate_pair_chunks(feats, CONFIG, kept=kept, size=size)
              for p, c in zip(partners, found, strict=True)]
    assert halves == [(p, c) for p, c in found_pairs if kept[c]]


@given(claims_strategy(max_size=14))
@example([claim("am/a", 0, "Voskepar", killed={"azerbaijan": 4}), claim("az/b", 0, "Asagi Askipara",
                                                                          killed={"azerbaijan": 4})])
def test_blocking_recall_against_brute_force(claims: list[Claim]) -> None:
    """Every pair whose score reaches the threshold, over the full cross product, is a candidate."""
    feats = features(*claims)
    scorer = Scorer(feats, CONFIG)
    matches = {
        (i, j)
        for i, j in itertools.combinations(range(len(feats)), 2)
        if scorer.total(i, j) >= CONFIG.match_threshold
    }
    assert matches <= set(candidate_pairs(feats, CONFIG))


def test_unblocked_bound_is_below_the_threshold() -> None:
    """With the default weights no pair that blocking skips can reach the match threshold."""
    assert unblocked_bound(CONFIG) < CONFIG.match_threshold


def test_unblocked_bound_follows_the_weights() -> None:
    """Raising a weight that unblocked pairs can earn raises the bound past the threshold."""
    assert unblocked_bound(MatchConfig(place_different=-1.0)) >= CONFIG.match_threshold


@given(
    st.floats(38.0, 42.0), st.floats(44.0, 50.0), st.floats(0.0, 359.9), st.floats(0.0, CONFIG.far_km)
)
def test_points_within_the_radius_share_a_grid_cell(lat: float, lon: float, bearing: float, km: float) -> None:
    """Two points at most far_km apart (great circle) share a geographic key."""
    # A destination point at ``km`` along ``bearing`` (spherical Earth, the radius places uses).
    r = 6371.0088
    phi, lam, theta, delta = math.radians(lat), math.radians(lon), math.radians(bearing), km / r
    phi2 = math.asin(math.sin(phi) * math.cos(delta) + math.cos(phi) * math.sin(delta) * math.cos(theta))
    lam2 = lam + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi), math.cos(delta) - math.sin(phi) * math.sin(phi2)
    )
    other = (math.degrees(phi2), math.degrees(lam2))
    assert places.distance_km(lat, lon, *other) <= CONFIG.far_km + 1e-6
    assert _geo_keys([(lat, lon)], CONFIG.far_km) & _geo_keys([other], CONFIG.far_km)


def _destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point ``km`` from ``(lat, lon)`` along ``bearing`` (spherical Earth, the radius places uses)."""
    r = 6371.0088
    phi, lam, theta, delta = math.radians(lat), math.radians(lon), math.radians(bearing), km / r
    phi2 = math.asin(math.sin(phi) * math.cos(delta) + math.cos(phi) * math.sin(delta) * math.cos(theta))
    lam2 = lam + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi), math.cos(delta) - math.sin(phi) * math.sin(phi2)
    )
    return math.degrees(phi2), math.degrees(lam2)


@given(st.floats(-60.0, 60.0), st.floats(-179.0, 179.0), st.floats(0.0, 359.9),
       st.floats(0.0, 3 * CONFIG.far_km))
@example(41.0, 45.0, 45.0, CONFIG.far_km * 1.5)  # one grid cell, farther than far_km
@example(41.0, 45.0, 0.0, CONFIG.far_km)
def test_points_pair_when_within_the_radius_and_only_then(lat: float, lon: float, bearing: float, km: float) -> None:
    """Two villages with nothing in common but their coordinates are compared exactly when scoring would call
    them within ``far_km`` of each other: points that share a grid cell but lie farther apart are not."""
    other = _destination(lat, lon, bearing, km)
    gazetteer = Gazetteer((GazetteerEntry("aaa", "Qorxmaz", (), "azerbaijan", "", lat, lon),
                           GazetteerEntry("bbb", "Ttuvel", (), "armenia", "", *other)))
    feats = claim_features((claim("am/a", 0, "Qorxmaz"), claim("az/b", 0, "Ttuvel")), gazetteer=gazetteer,
                           config=CONFIG, parties=PARTIES)
    within = places.distance_km(lat, lon, *other) <= CONFIG.far_km
    assert candidate_pairs(feats, CONFIG) == ([(0, 1)] if within else [])
    assert is_candidate(*feats, CONFIG) is within


def test_period_totals_meet_only_period_totals() -> None:
    """A period total shares no key with an incident at the same place."""
    total, incident = features(claim("a/t", (-500, 3), "Berdavan"), claim("b/i", 0, "Berdavan"))
    assert not blocking_keys(total, CONFIG) & blocking_keys(incident, CONFIG)


def test_placed_claims_do_not_pair_on_region_alone() -> None:
    """Two claims naming different villages of one region are not compared for the region."""
    feats = features(claim("am/a", 0, "Kirants", region="Tavush"), claim("az/b", 0, "Ijevan", region="Tavush"))
    assert candidate_pairs(feats, CONFIG) == []


def test_claim_without_place_pairs_on_an_exact_figure() -> None:
    """A denial at "the border" is compared with a claim giving the same exact figure."""
    feats = features(claim("am/a", 0, "Berdavan", killed={"armenia": 3}),
                     claim("az/b", 0, "the border", killed={"armenia": 3}, stance="denies"))
    assert candidate_pairs(feats, CONFIG) == [(0, 1)]


def test_claim_without_place_pairs_on_its_region() -> None:
    """A claim naming only a region is compared with a village of that region."""
    feats = features(claim("am/a", 0, "Berdavan"), claim("az/b", 0, "the border", region="Tavush Province"))
    assert candidate_pairs(feats, CONFIG) == [(0, 1)]


def test_nearby_places_pair_by_coordinates() -> None:
    """Two differently named villages 6 km apart are compared."""
    assert candidate_pairs(features(claim("am/a", 0, "Voskepar"), claim("az/b", 0, "Voskevan")), CONFIG) == [(0, 1)]


def test_linked_claims_are_candidates_whatever_their_dates() -> None:
    """A claim superseding another months later is still compared with it."""
    feats = features(claim("az/a", 0, "the border"), claim("az/b", 200, "Horadiz", supersedes=("az/a",)))
    assert candidate_pairs(feats, CONFIG) == [(0, 1)]


def test_blocked_reason_names_the_date_gap() -> None:
    """The reason for a skipped pair says how many days apart the claims are."""
    a, b = features(claim("am/a", 0), claim("az/b", 400))
    assert blocked_reason(a, b, CONFIG) == "blocked: dates 400 days apart (the window is 3 days)"


def test_blocked_reason_names_missing_place_keys() -> None:
    """The reason for two far, unrelated villages on one day says they share no place key."""
    a, b = features(claim("am/a", 0, "Berdavan"), claim("nkr/b", 0, "Horadiz"))
    assert blocked_reason(a, b, CONFIG) == (
        "blocked: no gazetteer place, name, phonetic key or 15 km neighbourhood in common"
    )


def test_window_is_configurable() -> None:
    """A wider date window compares claims a week apart."""
    feats = features(claim("am/a", 0), claim("az/b", 7), config=MatchConfig(date_window_days=7))
    assert candidate_pairs(feats, MatchConfig(date_window_days=7)) == [(0, 1)]
