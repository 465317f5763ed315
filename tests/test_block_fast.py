"""Blocking and scoring on arrays: the same pairs, chunks and links as the sweep and the scoring they stand in for."""

from __future__ import annotations

import array
import itertools
import random
from collections.abc import Iterator, Sequence
from typing import Any
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reconcile import block
from reconcile.block import (
    _sweep,
    blocking_keys,
    candidate_pair_chunks,
    candidate_pairs,
    is_candidate,
    iter_candidate_pairs,
)
from reconcile.match import ClaimFeatures, Links, MatchConfig, Scorer, claim_features
from reconcile.models import Casualties, Claim, Count
from reconcile.places import Gazetteer, phonetic_keys, phonetic_word_keys
from reconcile.testing import cases
from tests.test_match import PLACES, REGIONS, claim, claims_strategy, features

CONFIG = MatchConfig()


def swept_chunks(feats: Sequence[ClaimFeatures], kept: Sequence[bool] | None,
                 size: int) -> list[tuple[list[int], list[int]]]:
    """The chunks of the sweep in Python (`block._sweep`): each claim's partners in sweep order, a chunk ending
    after the first claim that takes it to ``size`` pairs."""
    _units, swept = _sweep(feats, CONFIG, kept)
    out: list[tuple[list[int], list[int]]] = []
    partners: list[int] = []
    claims: list[int] = []
    for j, found in swept:
        partners.extend(found)
        claims.extend([j] * len(found))
        if found and len(partners) >= size:
            out.append((partners, claims))
            partners, claims = [], []
    if partners:
        out.append((partners, claims))
    return out


def array_chunks(feats: Sequence[ClaimFeatures], kept: Sequence[bool] | None, size: int, step: int,
                 meetings: int) -> list[tuple[list[int], list[int]]]:
    """`candidate_pair_chunks` with steps of ``step`` claims and at most about ``meetings`` meetings at once."""
    with mock.patch.object(block, "_STEP_CLAIMS", step), mock.patch.object(block, "_STEP_MEETINGS", meetings):
        chunks = list(candidate_pair_chunks(feats, CONFIG, kept=kept, size=size))
    assert all(isinstance(p, array.array) and isinstance(c, array.array) for p, c in chunks)
    return [(p.tolist(), c.tolist()) for p, c in chunks]


steps = st.sampled_from((1, 2, 3, 7, 1024))
meeting_caps = st.sampled_from((1, 2, 5, 1 << 20))


@st.composite
def crowded_claims(draw: st.DrawFn, max_size: int = 40) -> list[Claim]:
    """Many claims on few days and places: buckets with many open claims, claims that close within a step, long
    periods and vague dates open across many steps, claims without a specific place sharing regions and exact
    figures."""
    out: list[Claim] = []
    for n in range(draw(st.integers(2, max_size))):
        source = draw(st.sampled_from(("am", "az", "osce", "hrw")))
        first = draw(st.integers(0, 20))
        own = [c.global_id for c in out if c.source == source]
        links = draw(st.lists(st.sampled_from(own), max_size=1)) if own and draw(st.booleans()) else []
        out.append(claim(
            f"{source}/c{n}", (first, first + draw(st.sampled_from((0, 0, 0, 2, 6, 40, 120)))),
            draw(st.sampled_from(("Berdavan", "Voskepar", "the border", "Tavush region", "Chinari", "Kirants"))),
            precision=draw(st.sampled_from((None, None, "month", "year"))),
            killed=draw(st.dictionaries(st.sampled_from(("armenia", "azerbaijan")), st.integers(0, 3), max_size=2)),
            region=draw(st.sampled_from(REGIONS)), supersedes=tuple(links),
            event=draw(st.sampled_from((None, "clash", "total")))))
    return out


def _fields(c: Claim) -> dict[str, Any]:
    import attrs

    return attrs.asdict(c, recurse=False)


@given(claims_strategy(max_size=24), st.integers(1, 6), st.booleans(), steps, meeting_caps)
@example([claim("am/a", 0, "Berdavan"), claim("am/b", 0, "Berdavan", supersedes=("am/a",)),
          claim("az/c", 0, "Berdavan")], 1, False, 1, 1)
def test_array_sweep_gives_the_chunks_of_the_sweep(claims: list[Claim], size: int, halves: bool, step: int,
                                                   meetings: int) -> None:
    """The chunks worked out on arrays are those of the sweep in Python, array for array, whatever the steps, the
    cap on meetings, the chunk size and ``kept``."""
    feats = features(*claims)
    kept = [i % 2 == 0 for i in range(len(feats))] if halves else None
    assert array_chunks(feats, kept, size, step, meetings) == swept_chunks(feats, kept, size)


@settings(max_examples=60, deadline=None)
@given(crowded_claims(), st.integers(1, 40), steps, meeting_caps)
def test_array_sweep_on_crowded_buckets(claims: list[Claim], size: int, step: int, meetings: int) -> None:
    """The same where buckets hold many open claims and some stay open for months (periods, vague dates)."""
    feats = features(*claims)
    assert array_chunks(feats, None, size, step, meetings) == swept_chunks(feats, None, size)


@settings(max_examples=40, deadline=None)
@given(cases(max_claims=12), st.integers(1, 8), steps, meeting_caps)
def test_array_sweep_on_realistic_cases(case: Any, size: int, step: int, meetings: int) -> None:
    """The same on the cases of `reconcile.testing` (places with and without coordinates, claims without a
    specific place); and the plan the sweeps share gives the pairs of the pairwise rule."""
    gazetteer = Gazetteer.default().extended(case.gazetteer) if case.gazetteer else Gazetteer.default()
    feats = claim_features(case.claims, gazetteer=gazetteer, parties=case.parties)
    assert array_chunks(feats, None, size, step, meetings) == swept_chunks(feats, None, size)
    assert candidate_pairs(feats, CONFIG) == [(i, j) for i, j in itertools.combinations(range(len(feats)), 2)
                                              if is_candidate(feats[i], feats[j], CONFIG)]


def test_claims_with_specific_places_do_not_meet_in_a_region_bucket() -> None:
    """In a region bucket, two claims that name specific places never meet, a claim without one meets both, and
    across steps of one claim as well."""
    feats = features(claim("am/a", 0, "Kirants", region="Tavush"), claim("az/b", 0, "Chinari", region="Tavush"),
                     claim("osce/c", 1, "the border", region="Tavush"))
    for step in (1, 3):
        pairs = sorted((min(p, c), max(p, c)) for ps, cs in array_chunks(feats, None, 1, step, 1 << 20)
                       for p, c in zip(ps, cs, strict=True))
        assert pairs == [(0, 2), (1, 2)]


def test_a_pair_met_in_several_buckets_comes_once() -> None:
    """Two claims of one place share its gazetteer entry, name, phonetic key and point: one pair."""
    feats = features(claim("am/a", 0, "Berdavan"), claim("az/b", 0, "Бердаван"))
    assert array_chunks(feats, None, 1, 1024, 1 << 20) == [([0], [1])]


def test_a_long_period_stays_open_across_steps() -> None:
    """A period total meets the period totals that start months later, however many steps lie between."""
    feats = features(claim("osce/p", (0, 200), "Berdavan", event="total"),
                     *(claim(f"am/c{k}", k, "Berdavan") for k in range(0, 150, 10)),
                     claim("az/q", (150, 160), "Berdavan", event="total"))
    chunks = array_chunks(feats, None, 1, 1, 1 << 20)
    assert chunks == swept_chunks(feats, None, 1)
    ids = [f.id for f in feats]
    periods = (ids.index("az/q"), ids.index("osce/p"))
    assert _pairs_of(iter(chunks)) == [(min(periods), max(periods))]


def test_claims_closed_within_a_step_are_not_met() -> None:
    """A claim that closed before a later claim of the same step opens is not its partner."""
    feats = features(claim("am/a", 0, "Berdavan"), claim("az/b", 4, "Berdavan"), claim("osce/c", 8, "Berdavan"))
    assert array_chunks(feats, None, 1, 1024, 1 << 20) == []
    feats = features(claim("am/a", 0, "Berdavan"), claim("az/b", 3, "Berdavan"))
    assert array_chunks(feats, None, 1, 1024, 1 << 20) == [([0], [1])]


def test_chunks_end_after_the_claim_that_fills_them() -> None:
    """A chunk ends after the first claim that takes it to ``size`` pairs, not within a claim's partners."""
    feats = features(*(claim(f"s{k}/c", 0, "Berdavan") for k in range(5)))
    chunks = array_chunks(feats, None, 4, 2, 1 << 20)
    assert [len(p) for p, _ in chunks] == [6, 4]
    assert chunks == swept_chunks(feats, None, 4)


def test_no_claims_no_chunks() -> None:
    """Nothing to sweep, nothing given; a single claim has no pair."""
    assert list(candidate_pair_chunks((), CONFIG)) == []
    assert list(candidate_pair_chunks(features(claim("am/a")), CONFIG)) == []


def _old_blocking_keys(f: ClaimFeatures) -> frozenset[str]:
    """The keys as the module docstring defines them, written out."""
    keys: set[str] = set()
    for place in (*f.places, *f.areas):
        keys.update(f"e:{entry}" for entry in place.entries)
        keys.add(f"f:{place.key}")
        if place.phonetic:
            keys.add(f"p:{place.phonetic}")
        # and those of the name's other readings (Chinari, read the German way, as Khinari)
        keys.update(f"p:{key}" for key in (*phonetic_keys(place.name), *phonetic_word_keys(place.name)))
    keys.update(f"r:{region}" for region in f.regions)
    keys.update(f"x:{x.party}:{x.measure}:{x.exact_value}" for x in f.figures if x.exact_value is not None)
    return frozenset(("T|" + key if f.period else key) for key in keys)


@given(claims_strategy(max_size=10))
def test_blocking_keys_are_the_keys_of_places_regions_and_exact_figures(claims: list[Claim]) -> None:
    """`blocking_keys`, put together from its parts, gives the keys the module docstring defines."""
    for f in features(*claims):
        assert blocking_keys(f, CONFIG) == _old_blocking_keys(f)


# --- scoring on arrays ------------------------------------------------------------------------------------------

counts = st.one_of(
    st.integers(0, 6).map(lambda v: Count(v, v)),
    st.tuples(st.integers(0, 6), st.integers(0, 6)).map(lambda t: Count(min(t), max(t))),
    st.integers(0, 6).map(lambda v: Count(v, None)),
)


@st.composite
def figure_claims(draw: st.DrawFn, max_size: int = 8) -> list[Claim]:
    """Claims of one place and day with many figures: several parties, categories and measures, ranges, open
    counts, zeros, and denials (whose zeros are neutral)."""
    out = []
    for n in range(draw(st.integers(2, max_size))):
        figures = draw(st.lists(st.builds(
            Casualties, st.sampled_from(("armenia", "azerbaijan")),
            st.sampled_from(("soldiers", "civilians", "unknown")), st.one_of(st.none(), counts),
            st.one_of(st.none(), counts), st.one_of(st.none(), counts)), max_size=4))
        made = claim(f"{draw(st.sampled_from(('am', 'az', 'osce')))}/c{n}", draw(st.integers(0, 2)),
                     draw(st.sampled_from(PLACES[:6])), stance=draw(st.sampled_from(("asserts", "denies"))))
        out.append(made.__class__(**{**_fields(made), "casualties": tuple(figures)}))
    return out


def chunked_links_match(feats: Sequence[ClaimFeatures], config: MatchConfig, rnd: random.Random) -> None:
    """`Scorer.links_of_chunks` over all pairs in chunks gives the links of `Scorer.links`: totals to the bit."""
    pairs = [(i, j) if rnd.random() < 0.5 else (j, i) for i, j in itertools.combinations(range(len(feats)), 2)]
    rnd.shuffle(pairs)
    chunks = [([i for i, _ in pairs[k : k + 5]], [j for _, j in pairs[k : k + 5]]) for k in range(0, len(pairs), 5)]
    expected = [(total.hex(), i, j) for total, i, j in Scorer(tuple(feats), config).links(pairs)]
    found = Scorer(tuple(feats), config).links_of_chunks(chunks)
    assert isinstance(found, Links)
    assert [(total.hex(), i, j) for total, i, j in found] == expected


@given(figure_claims(), st.sampled_from((-30.0, -3.0, 2.0, 5.0)), st.randoms(use_true_random=False))
def test_casualties_on_arrays_equal_the_casualties_weight(claims: list[Claim], threshold: float,
                                                           rnd: random.Random) -> None:
    """The casualties weight worked out on arrays, and the totals, are those of scoring pair by pair, for claims
    with many figures (a low threshold lets every pair through to its total)."""
    chunked_links_match(features(*claims), MatchConfig(match_threshold=threshold, veto_threshold=threshold - 50), rnd)


@given(figure_claims(max_size=5), st.sampled_from((0.1, 0.7, 1e-17, 3.3)), st.sampled_from((0.2, -0.3, 1e16)),
       st.randoms(use_true_random=False))
@example([claim("am/a", 0, "Berdavan", killed={"armenia": 3}), claim("az/b", 0, "Бердаван", killed={"armenia": 3}),
          claim("osce/c", 1, "Voskepar", killed={"armenia": (2, 4)})], 0.1, 1e16, random.Random(0))
def test_totals_on_arrays_round_as_the_sum_of_the_weights(claims: list[Claim], overlap: float, equal: float,
                                                          rnd: random.Random) -> None:
    """Weights whose sums round (and totals of very different sizes) are added on arrays as `sum` adds them."""
    config = MatchConfig(match_threshold=-1e30, veto_threshold=-2e30, figures_overlap=overlap, figures_equal=equal,
                         casualties_max=1e17, casualties_min=-1e17, date_same_day=0.1, date_overlap_short=0.7)
    chunked_links_match(features(*claims), config, rnd)


def test_figures_beyond_int64_are_scored_in_python() -> None:
    """Figures too large for the arrays are compared as Python ints: the same links."""
    huge = 2**70
    claims = [claim("am/a", 0, "Berdavan", killed={"armenia": huge}), claim("az/b", 0, "Berdavan",
                                                                            killed={"armenia": huge}),
              claim("osce/c", 0, "Berdavan", killed={"armenia": (huge + 1, None)}),  # disjoint, not as floats
              claim("hrw/d", 0, "Berdavan", killed={"armenia": (huge - 1, huge + 1)})]
    chunked_links_match(features(*claims), MatchConfig(match_threshold=-1e30, veto_threshold=-2e30), random.Random(1))


def test_an_empty_chunk_list_gives_no_links() -> None:
    """No chunks, no links (and no arrays made)."""
    assert len(Scorer(features(claim("am/a"), claim("az/b"))).links_of_chunks([])) == 0


def _pairs_of(chunks: Iterator[tuple[Any, Any]]) -> list[tuple[int, int]]:
    return [(min(p, c), max(p, c)) for ps, cs in chunks for p, c in zip(ps, cs, strict=True)]


@settings(max_examples=30, deadline=None)
@given(crowded_claims(max_size=30))
def test_links_of_the_array_chunks_are_the_links_of_the_sweep(claims: list[Claim]) -> None:
    """Blocking and scoring on arrays give the links of the sweep and of scoring pair by pair, in their order."""
    feats = features(*claims)
    pairs = [(i, j) for i, j in iter_candidate_pairs(feats, CONFIG) if feats[i].unit != feats[j].unit]
    expected = [(total.hex(), i, j) for total, i, j in Scorer(feats, CONFIG).links(pairs)]
    found = Scorer(feats, CONFIG).links_of_chunks(candidate_pair_chunks(feats, CONFIG, size=7))
    assert [(total.hex(), i, j) for total, i, j in found] == expected
    assert _pairs_of(iter(array_chunks(feats, None, 7, 3, 4))) == pairs
