"""Blocking and scoring by partitions of time from arrays made before the workers start (`reconcile._parallel`,
`block.sweep_arrays`): the same partitions, pairs, chunks, counts and links as the partitions read from the claims."""

from __future__ import annotations

import array
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reconcile import _parallel, block
from reconcile.load import load_case
from reconcile.match import ClaimFeatures, Links, MatchConfig, Scorer, claim_features
from reconcile.models import Case, Claim
from reconcile.places import Gazetteer
from reconcile.testing import cases
from tests.test_block_fast import crowded_claims
from tests.test_match import claim, claims_strategy, features

from .conftest import benchmark_generator

CONFIG = MatchConfig()

steps = st.sampled_from((1, 2, 3, 7, 1024))
meeting_caps = st.sampled_from((1, 2, 5, 1 << 20))
Chunks = list[tuple[list[int], list[int]]]


def _case_features(case: Case) -> tuple[ClaimFeatures, ...]:
    gazetteer = Gazetteer.default().extended(case.gazetteer) if case.gazetteer else Gazetteer.default()
    return claim_features(case.claims, gazetteer=gazetteer, parties=case.parties)


def _lists(chunks: Any) -> Chunks:
    out = []
    for partners, claims in chunks:
        assert isinstance(partners, array.array)
        assert isinstance(claims, array.array)
        out.append((partners.tolist(), claims.tolist()))
    return out


def _by_claims(feats: Sequence[ClaimFeatures], parts: int, k: int) -> tuple[int, Chunks, list[int]]:
    """Partition ``k`` as the workers swept it from the claims: `block.member_pair_chunks` over the features of its
    members, numbered back to positions of the run."""
    chunk_of, members = block.time_partitions(feats, parts, CONFIG)
    mine = members[k]
    in_units, chunks = block.member_pair_chunks([feats[m] for m in mine], mine, k, chunk_of, CONFIG)
    return in_units, [([mine[p] for p in ps], [mine[c] for c in cs]) for ps, cs in _lists(chunks)], mine


def _agree(feats: Sequence[ClaimFeatures], parts: int, size: int = block.CHUNK_PAIRS) -> int:
    """Every partition of `block.array_partitions` gives what the same partition read from the claims gives, and
    the scorer of the whole run scores its chunks into the links that the partition's own scorer gives, numbered
    back; returns the number of pairs found."""
    arrays = block.sweep_arrays(feats, CONFIG)
    chunk_of, members = block.array_partitions(arrays, parts)
    listed_chunk_of, listed_members = block.time_partitions(feats, parts, CONFIG)
    assert chunk_of.tolist() == listed_chunk_of
    assert [m.tolist() for m in members] == listed_members
    whole = Scorer(tuple(feats), CONFIG)
    found = 0
    for k in range(parts):
        in_units, chunks = block.partition_pair_chunks(arrays, members[k], k, chunk_of, size=size)
        chunks_listed = _lists(chunks)
        expected_units, expected, mine = _by_claims(feats, parts, k)
        # The same chunks, one for one (the claims read in the partition gave these to its scorer).
        if size == block.CHUNK_PAIRS:
            assert chunks_listed == expected
        assert sorted(p for ps, cs in chunks_listed for p in zip(ps, cs, strict=True)) == sorted(
            p for ps, cs in expected for p in zip(ps, cs, strict=True))
        assert in_units == expected_units
        subset = tuple(feats[m] for m in mine)
        _, member_chunks = block.member_pair_chunks(subset, mine, k, listed_chunk_of, CONFIG)
        alone = Scorer(subset, CONFIG).links_of_chunks(member_chunks).renumbered(mine)
        pooled = whole.links_of_chunks((array.array("q", ps), array.array("q", cs)) for ps, cs in chunks_listed)
        assert list(pooled) == list(alone)
        found += sum(len(ps) for ps, _ in chunks_listed) + in_units
    return found


@settings(max_examples=60, deadline=None)
@given(claims_strategy(max_size=24), st.integers(1, 5))
@example([claim("am/a", 0, "Berdavan"), claim("am/b", 0, "Berdavan", supersedes=("am/a",)),
          claim("az/c", 0, "Berdavan"), claim("az/d", 1, "Berdavan", supersedes=("az/c",))], 2)
@example([], 3)
def test_partitions_from_arrays_are_the_partitions_from_the_claims(claims: list[Claim], parts: int) -> None:
    """Partitions, chunks, counts of pairs within link units and links: the same from the arrays as from the
    claims, for any number of partitions (more than claims too)."""
    _agree(features(*claims), parts)


@settings(max_examples=40, deadline=None)
@given(crowded_claims(), st.integers(1, 4), steps, meeting_caps)
def test_partitions_from_arrays_on_crowded_buckets(claims: list[Claim], parts: int, step: int, meetings: int) -> None:
    """The same where buckets hold many open claims, whatever the steps and the cap on meetings."""
    with mock.patch.object(block, "_STEP_CLAIMS", step), mock.patch.object(block, "_STEP_MEETINGS", meetings):
        _agree(features(*claims), parts)


@settings(max_examples=30, deadline=None)
@given(cases(max_incidents=4, max_claims=14), st.integers(1, 5), st.integers(1, 9))
def test_partitions_from_arrays_on_any_case(case: Case, parts: int, size: int) -> None:
    """The same on the cases of `reconcile.testing`, in chunks of any size (the same pairs and links)."""
    _agree(_case_features(case), parts, size)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[ClaimFeatures, ...]:
    """The features of a generated case of about 1,000 claims (link units, long periods, every kind of noise)."""
    folder: Path = benchmark_generator().generate(1000, seed=11, out=tmp_path_factory.mktemp("synthetic")).case_dir
    return _case_features(load_case(folder))


@pytest.mark.parametrize("parts", [1, 2, 3, 5])
def test_partitions_from_arrays_on_a_generated_case(synthetic: tuple[ClaimFeatures, ...], parts: int) -> None:
    """The same on a generated case, which has thousands of candidate pairs and pairs within link units."""
    found = _agree(synthetic, parts, size=257)
    assert found == sum(1 for _ in block.iter_candidate_pairs(synthetic, CONFIG))
    assert found > 1000


def test_a_claim_is_counted_once_per_earlier_member_of_its_unit() -> None:
    """Pairs within a link unit count for the partition of their later claim in sweep order (widened start, then
    position), not of their later position."""
    feats = features(claim("am/a", 1, "Berdavan"), claim("am/b", 0, "Berdavan", supersedes=("am/a",)),
                     claim("am/c", 2, "Berdavan", supersedes=("am/b",)), claim("az/d", 2, "Chinari"))
    arrays = block.sweep_arrays(feats, CONFIG)
    chunk_of, members = block.array_partitions(arrays, 2)
    assert chunk_of.tolist() == [0, 0, 1, 1]  # sweep order: b, a, then c, d
    assert members[1].tolist() == [0, 1, 2, 3]  # a and b still open when c begins
    counts = [block.partition_pair_chunks(arrays, members[k], k, chunk_of)[0] for k in range(2)]
    assert counts == [1, 2]  # (b, a) in the first; (b, c) and (a, c) in the second
    assert counts == [_by_claims(feats, 2, k)[0] for k in range(2)]


def test_scoring_no_chunks_makes_the_arrays_and_no_links() -> None:
    """`Scorer.links_of_chunks` of no chunks gives no links and makes the per-claim arrays, which later calls read
    as they are: the links are those of a scorer that made them at its first chunk."""
    feats = features(claim("am/a", 0, "Berdavan", killed={"armenia": 2}), claim("az/b", 0, "Berdavan"),
                     claim("osce/c", 1, "Berdavan", killed={"armenia": 2}), claim("az/d", 3, "Chinari"))
    primed = Scorer(feats, CONFIG)
    assert len(primed.links_of_chunks(())) == 0
    with mock.patch.object(primed, "_scanner", side_effect=AssertionError("made again")):
        links = primed.links_of_chunks(block.candidate_pair_chunks(feats, CONFIG))
    assert list(links) == list(Scorer(feats, CONFIG).links_of_chunks(block.candidate_pair_chunks(feats, CONFIG)))
    assert len(links) >= 2


def test_candidate_links_set_up_before_the_workers_start(synthetic: tuple[ClaimFeatures, ...]) -> None:
    """What `_parallel.candidate_links` hands the workers holds arrays and a scorer whose per-claim arrays are made
    already: each partition reads no claim to find its pairs. Its partitions, run here one after the other, give
    the links of one sweep over all claims."""
    seen: list[tuple[Any, ...]] = []

    def here(count: int, initializer: Any, initargs: tuple[Any, ...], task: Any, items: list[int], *,
             alongside: Any) -> list[tuple[Links, int]]:
        seen.append(initargs)
        return [alongside(), *(_parallel._links_of(initargs, item) for item in items)]

    # No process is forked here: whatever else runs in this test session (threads), the pool may be used.
    with mock.patch.object(_parallel, "_pool_map", here), mock.patch.object(_parallel, "_can_fork", return_value=True):
        found = _parallel.candidate_links(synthetic, CONFIG, workers=3, min_claims=1)
    assert found is not None
    arrays, scorer, chunk_of, members = seen[0]
    assert isinstance(arrays, block.SweepArrays)
    assert len(members) == 3
    assert len(chunk_of) == len(synthetic)
    assert scorer._scan_chunks is not None  # made before forking
    links, pairs = found
    alone = Scorer(synthetic, CONFIG).links(block.iter_candidate_pairs(synthetic, CONFIG))
    assert sorted(links) == sorted(alone)
    assert pairs == sum(1 for _ in block.iter_candidate_pairs(synthetic, CONFIG))


def test_candidate_links_score_with_the_callers_scorer(synthetic: tuple[ClaimFeatures, ...]) -> None:
    """Given the caller's scorer, the partitions score with it (its per-claim values made once, before the
    workers start) and find the links a scorer of their own finds."""
    given_scorer = Scorer(synthetic, CONFIG)
    used: list[Any] = []

    def here(count: int, initializer: Any, initargs: tuple[Any, ...], task: Any, items: list[int], *,
             alongside: Any) -> list[tuple[Links, int]]:
        used.append(initargs[1])
        assert initargs[1]._scan_chunks is not None
        return [alongside(), *(_parallel._links_of(initargs, item) for item in items)]

    with mock.patch.object(_parallel, "_pool_map", here), mock.patch.object(_parallel, "_can_fork", return_value=True):
        found = _parallel.candidate_links(synthetic, CONFIG, scorer=given_scorer, workers=2, min_claims=1)
        own = _parallel.candidate_links(synthetic, CONFIG, workers=2, min_claims=1)
    assert used[0] is given_scorer
    assert used[1] is not given_scorer
    assert found is not None
    assert own is not None
    assert list(found[0]) == list(own[0])
    assert found[1] == own[1]
