"""A bare name that is both a city and the region named after it (`match.Place.seat`).

Reporting writes the province by its capital's name: the Saudi-led coalition wrote "Saada" for the Dahyan
school-bus strike of 9 August 2018 (Dahyan is a town of Saada governorate, 22 km from the city of Saada); Syrian
and Ukrainian sources write "Idlib" or "Kharkiv" for the governorate or the oblast. Such a name resolved to the city
and weighed "different places" (−4.5, 22 km apart) against the town, and blocking never compared the two (farther
apart than 15 km, no key in common): the coalition's statements stayed single-source events. A bare name that may be
the region holding the other claim's place now weighs one region (`place_same_region`) at least, and blocking
compares the two; "Saada city", "the city of Saada" or "مدينة صعدة" stays the city.
"""

from __future__ import annotations

import datetime as dt
import itertools
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.block import candidate_pairs, is_candidate, keyed_claims, point_neighbours, route_keyed, sweep_partition
from reconcile.load import load_case
from reconcile.match import ClaimFeatures, MatchConfig, claim_features, score_pair
from reconcile.models import Casualties, Claim, Count, DateSpan, GazetteerEntry
from reconcile.pipeline import reconcile
from reconcile.places import Gazetteer
from tests.test_block_fast import array_chunks, swept_chunks
from tests.test_cluster_fast import check_scores, check_totals

YEMEN = Gazetteer((
    GazetteerEntry(id="dahyan", name="Dahyan", variants=("ضحيان",), country="yemen", region="Saada", lat=17.07,
                   lon=43.60),
    GazetteerEntry(id="saada", name="Saada", variants=("صعدة", "Sa'dah"), country="yemen", region="Saada",
                   lat=16.94, lon=43.76),
    GazetteerEntry(id="hodeidah", name="Hodeidah", variants=("الحديدة",), country="yemen", region="Hodeidah",
                   lat=14.80, lon=42.95),
    GazetteerEntry(id="zabid", name="Zabid", country="yemen", region="Hodeidah", lat=14.20, lon=43.32),
))
UKRAINE = Gazetteer((
    GazetteerEntry(id="kharkiv", name="Kharkiv", variants=("Харків", "Харьков"), country="ukraine",
                   region="Kharkiv oblast", lat=49.99, lon=36.23),
    GazetteerEntry(id="chuhuiv", name="Chuhuiv", variants=("Чугуїв",), country="ukraine", region="Kharkiv oblast",
                   lat=49.84, lon=36.69),
    GazetteerEntry(id="izium", name="Izium", variants=("Ізюм",), country="ukraine", region="Kharkiv oblast",
                   lat=49.21, lon=37.26),
    GazetteerEntry(id="donetsk", name="Donetsk", variants=("Донецьк", "Stalino"), country="ukraine",
                   region="Donetsk oblast", lat=48.00, lon=37.80),
    GazetteerEntry(id="kramatorsk", name="Kramatorsk", variants=("Краматорськ",), country="ukraine",
                   region="Donetska oblast", lat=48.74, lon=37.58),
))
DAY = dt.date(2018, 8, 9)


def _claim(source: str, place: str, region: str | None = None) -> Claim:
    return Claim(source=source, id="c", stated=DAY, quote="q", date=DateSpan(DAY, DAY, "day"), place=place,
                 region=region)


def _place(a: str, b: str, gazetteer: Gazetteer = YEMEN, region_a: str | None = None,
           region_b: str | None = None) -> float:
    fa, fb = claim_features([_claim("s1", a, region_a), _claim("s2", b, region_b)], gazetteer=gazetteer)
    return next(c.weight for c in score_pair(fa, fb).contributions if c.feature == "place")


@pytest.mark.parametrize(
    ("a", "b", "gazetteer"),
    [
        ("Saada", "Dahyan", YEMEN),  # the city's name is the governorate's, which holds Dahyan
        ("صعدة", "ضحيان", YEMEN),
        ("Saada", "Dahyan market, Saada governorate", YEMEN),
        ("Hodeidah", "Zabid", YEMEN),
        ("Kharkiv", "Chuhuiv", UKRAINE),
        ("Харків", "Ізюм", UKRAINE),
        ("Idlib", "Maarat al-Numan, Idlib governorate", Gazetteer(())),  # no gazetteer: the region's word
        ("Kharkiv", "Chuhuiv, Kharkivska oblast", Gazetteer(())),
    ],
)
def test_a_bare_name_of_the_region_holding_the_other_place_is_one_region(a: str, b: str,
                                                                        gazetteer: Gazetteer) -> None:
    """The bare name may be the province: one region (+1), either way round, where it was different places."""
    weight = MatchConfig().place_same_region
    assert _place(a, b, gazetteer) == weight
    assert _place(b, a, gazetteer) == weight


def test_a_claims_region_field_names_the_region_too() -> None:
    """Without a gazetteer, "Idlib" against "Maarat al-Numan" of a claim whose region is Idlib governorate."""
    assert _place("Idlib", "Maarat al-Numan", Gazetteer(()), region_b="Idlib governorate") == 1.0


@pytest.mark.parametrize(
    ("bare", "other", "apart", "gazetteer"),
    [
        ("Saada", "Dahyan", "Saada city", YEMEN),  # the city, said so
        ("Saada", "Dahyan", "the city of Saada", YEMEN),
        ("صعدة", "ضحيان", "مدينة صعدة", YEMEN),
        ("Saada", "Dahyan", "Zabid", YEMEN),  # Zabid is no region's name
        ("Hodeidah", "Zabid", "Saada", YEMEN),  # Saada governorate does not hold Zabid
        ("Kharkiv", "Chuhuiv", "Izium", UKRAINE),
        ("Donetsk", "Kramatorsk", "Stalino", UKRAINE),  # the city's old name is not the oblast's
        ("Idlib", "Maarat al-Numan, Idlib governorate", "Hama", Gazetteer(())),
        ("Idlib", "Maarat al-Numan, Idlib governorate", "Kafr Nabl, Idlib", Gazetteer(())),  # a container: no seat
    ],
)
def test_the_city_said_so_or_another_region_stays_different_places(bare: str, other: str, apart: str,
                                                                   gazetteer: Gazetteer) -> None:
    """Where the bare name meets the other place in one region, a city named with its word, a town not named like
    its region, or a city of another region stays below zero, either way round."""
    assert _place(bare, other, gazetteer) == _place(other, bare, gazetteer) == 1.0
    assert _place(apart, other, gazetteer) < 0
    assert _place(other, apart, gazetteer) < 0


def test_the_seat_and_a_place_of_its_region_are_compared() -> None:
    """Blocking compares "Saada" with "Dahyan" (22 km apart, no key in common), but not two places of the
    governorate by the governorate alone."""
    features = claim_features([_claim("coalition", "Saada"), _claim("saba", "Dahyan"),
                               _claim("msf", "Dahyan", region="Saada governorate"),
                               _claim("ocha", "Majz", region="Saada governorate")], gazetteer=YEMEN)
    by_source = {f.source: n for n, f in enumerate(features)}
    pairs = set(candidate_pairs(features))
    config = MatchConfig()
    for other in ("saba", "msf", "ocha"):
        pair = tuple(sorted((by_source["coalition"], by_source[other])))
        assert pair in pairs
        assert is_candidate(features[pair[0]], features[pair[1]], config)
    apart = tuple(sorted((by_source["ocha"], by_source["saba"])))
    assert apart not in pairs
    assert not is_candidate(features[apart[0]], features[apart[1]], config)


CASE = """\
case: dahyan
title: The Dahyan school-bus strike, 9 August 2018
parties:
  - {id: houthis, name: Ansar Allah (Houthis), aliases: [Houthi]}
  - {id: coalition, name: Saudi-led coalition}
"""
GAZETTEER = """\
places:
  - {id: dahyan, name: Dahyan, variants: [ضحيان], country: yemen, region: Saada, lat: 17.07, lon: 43.60}
  - {id: saada, name: Saada, variants: [صعدة], country: yemen, region: Saada, lat: 16.94, lon: 43.76}
"""
SOURCES = {
    "icrc.yaml": """\
source: {id: icrc, name: ICRC Yemen, kind: monitor}
claims:
  - id: bus
    stated: 2018-08-09
    quote: A hospital we support in Saada received the bodies of 29 children under 15 after a bus was hit in Dahyan.
    date: 2018-08-09
    place: Dahyan market
    event: air strike on a school bus
    casualties:
      - {party: houthis, category: civilians, killed: 29}
""",
    "coalition.yaml": """\
source: {id: coalition, name: Saudi-led coalition spokesman, kind: belligerent, speaks_for: coalition}
claims:
  - id: strike
    stated: 2018-08-09
    quote: The coalition carried out a legitimate military action targeting the launchers of the missile fired at
      Jizan, in Saada.
    date: 2018-08-09
    place: Saada
    event: air strike
    initiator: coalition
""",
}


def test_the_coalitions_saada_statement_joins_the_dahyan_strike(tmp_path: Path) -> None:
    """The coalition's "Saada" and the ICRC's Dahyan market, one day, one air strike: one event (it stood apart,
    −4.5 for two places 22 km apart, and blocking never compared them)."""
    for name, text in {"case.yaml": CASE, "gazetteer.yaml": GAZETTEER, **SOURCES}.items():
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    rec = reconcile(load_case(tmp_path))
    assert [sorted(event.claims) for event in rec.events] == [["coalition/strike", "icrc/bus"]]


# --- the sweeps, the fast scoring paths and symmetry on cases with seats -------------------------------------------

SEAT_PLACES = ("Saada", "صعدة", "Saada city", "Dahyan", "Dahyan market, Saada governorate", "Hodeidah", "Zabid",
               "Majz", "Idlib", "Maarat al-Numan, Idlib governorate", "Kafr Nabl, Idlib", "Saada governorate",
               "20 km north of Saada", "the border")
SEAT_REGIONS = (None, None, "Saada governorate", "Idlib", "Hodeidah")


@st.composite
def seat_claims(draw: st.DrawFn, min_size: int = 2, max_size: int = 12) -> list[Claim]:
    """Claims on few days naming cities, towns of their governorates and the governorates, bare or with words."""
    out: list[Claim] = []
    for n in range(draw(st.integers(min_size, max_size))):
        source = draw(st.sampled_from(("coalition", "saba", "icrc", "msf")))
        first = draw(st.integers(0, 8))
        day = DAY + dt.timedelta(days=first)
        end = day + dt.timedelta(days=draw(st.sampled_from((0, 0, 0, 1, 90))))
        killed = draw(st.sampled_from((None, 1, 29, 43)))
        out.append(Claim(
            source=source, id=f"c{n}", stated=end, quote="q", date=DateSpan(day, end, "day" if day == end else "range"),
            place=draw(st.sampled_from(SEAT_PLACES)), region=draw(st.sampled_from(SEAT_REGIONS)),
            casualties=() if killed is None else (Casualties(party="houthis", category="civilians",
                                                             killed=Count(killed, killed)),)))
    return out


def _seat_features(claims: list[Claim]) -> tuple[ClaimFeatures, ...]:
    return claim_features(claims, gazetteer=YEMEN)


@settings(max_examples=60, deadline=None)
@given(seat_claims(), st.integers(1, 6), st.sampled_from((1, 2, 1024)))
def test_the_sweeps_give_the_pairs_of_the_rule(claims: list[Claim], size: int, step: int) -> None:
    """The sweep in Python, on arrays and in partitions give the pairs of the pairwise rule (`is_candidate`)."""
    feats = _seat_features(claims)
    config = MatchConfig()
    rule = [(i, j) for i, j in itertools.combinations(range(len(feats)), 2) if is_candidate(feats[i], feats[j], config)]
    assert candidate_pairs(feats, config) == rule
    assert array_chunks(feats, None, size, step, 1 << 20) == swept_chunks(feats, None, size)
    near = point_neighbours(point for f in feats for place in f.places for point in place.points)
    keyed = keyed_claims(feats, near, config)
    parts = 3
    found = sorted(pair for part, members in enumerate(route_keyed(keyed, parts, config))
                   for pair in sweep_partition(members, part, parts, config))
    assert found == [(i, j) for i, j in rule if feats[i].unit != feats[j].unit]


@settings(max_examples=60, deadline=None)
@given(seat_claims(max_size=8), st.randoms(use_true_random=False))
def test_fast_scores_are_the_plain_scores_and_symmetric(claims: list[Claim], rnd: Any) -> None:
    """Totals without sentences and explained scores are the plain ones; a pair scores the same either way round."""
    feats = _seat_features(claims)
    check_totals(feats)
    check_scores(feats, rnd)
    for a, b in itertools.combinations(feats, 2):
        assert score_pair(a, b).total == score_pair(b, a).total
