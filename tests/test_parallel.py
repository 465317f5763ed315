"""Scoring place names in worker processes (`reconcile._parallel`): the same answers, only sooner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import _parallel, block, match, places
from reconcile.cluster import matching_gazetteer
from reconcile.load import load_case
from reconcile.models import Case
from reconcile.places import Gazetteer, parse
from reconcile.testing import cases

from .conftest import ROOT, SEED, benchmark_generator

NAMES = ["Berdavan", "Բերդավան", "Бердаван", "Chinari", "Çinarlı", "Karmiraghbyur", "Karmir Aghbyur",
         "Nerkin Karmiraghbyur", "Aygepar", "Qazax", "Ijevan", "Unknownplace", "Dovegh", "Movses", "Voskepar"]


def _fresh() -> Gazetteer:
    """A gazetteer with the shipped entries and empty caches (the shipped one is shared by the whole session)."""
    return Gazetteer(list(Gazetteer.default()))


def test_kept_scores_answer_as_computed_ones() -> None:
    """Scores worked out by one gazetteer and kept by an equal one give the same resolutions as the second
    working them out itself; `unscored` lists each reading once and drops the ones already scored."""
    worker, prepared, plain = _fresh(), _fresh(), _fresh()
    readings = prepared.unscored([*NAMES, *NAMES, "  Berdavan "])
    assert readings == prepared.unscored(NAMES)
    assert {r.stem for r in readings} == {parse(name).stem for name in NAMES}
    assert len(readings) < len(NAMES)  # Berdavan and Бердаван read alike
    prepared.keep_scores(readings, worker.score_readings(readings))
    assert prepared.unscored(NAMES) == []
    for name in NAMES:
        for region in (None, "Tavush", "Qazakh"):
            assert prepared.resolve(name, region=region) == plain.resolve(name, region=region), (name, region)


def test_keep_scores_needs_one_score_table_per_reading() -> None:
    gazetteer = _fresh()
    readings = gazetteer.unscored(NAMES)
    assert len(readings) > 1
    with pytest.raises(ValueError, match="zip"):
        gazetteer.keep_scores(readings, [{}])


@pytest.mark.parametrize(("setting", "expected"), [("1", 1), ("0", 1), ("x", 1), ("-3", 1)])
def test_processes_setting_turns_the_pool_off(monkeypatch: pytest.MonkeyPatch, setting: str,
                                              expected: int) -> None:
    monkeypatch.setenv("RECONCILE_PROCESSES", setting)
    assert _parallel.processes() == expected


def test_processes_setting_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_PROCESSES", "64")
    monkeypatch.setattr(_parallel, "_can_fork", lambda: True)
    assert _parallel.processes() == _parallel.MAX_PROCESSES
    monkeypatch.setattr(_parallel, "_can_fork", lambda: False)
    assert _parallel.processes() == 1


def test_too_few_names_start_no_pool() -> None:
    gazetteer = _fresh()
    before = gazetteer.unscored(NAMES)
    assert _parallel.prepare_gazetteer(gazetteer, NAMES, workers=2) == 0  # fewer than MIN_NAMES
    assert gazetteer.unscored(NAMES) == before


def test_features_ask_for_every_name_they_resolve(monkeypatch: pytest.MonkeyPatch) -> None:
    """`claim_features` hands the gazetteer every name it will look up before looking any up."""
    asked: list[str] = []

    def record(gazetteer: Gazetteer, names: object, **_: object) -> int:
        asked.extend(names)  # type: ignore[call-overload]
        return 0

    monkeypatch.setattr(match, "prepare_gazetteer", record)
    case = load_case(SEED)
    gazetteer = _fresh().extended(case.gazetteer)
    match.claim_features(case.claims, gazetteer=gazetteer, parties=case.parties)
    assert asked
    assert gazetteer.unscored(asked) == []  # features resolved exactly those


def test_without_a_pool_the_names_are_listed_once_and_each_text_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """With one process the features list the case's names once, to score them in one batch
    (`places.Gazetteer.score_readings`), and the walk that lists them and the features' own parse each distinct
    place text once between them."""
    walks: list[int] = []
    listed = match._place_queries
    parsed: Counter[str] = Counter()
    mentions = places.mentions

    def spy(*args: object, **kwargs: object) -> object:
        walks.append(1)
        return listed(*args, **kwargs)  # type: ignore[arg-type]

    def counted(text: str) -> tuple[places.Mention, ...]:
        parsed[text] += 1
        return mentions(text)

    monkeypatch.setenv("RECONCILE_PROCESSES", "1")
    monkeypatch.setattr(match, "_place_queries", spy)
    monkeypatch.setattr(places, "mentions", counted)
    case = load_case(SEED)
    match.claim_features(case.claims, gazetteer=_fresh().extended(case.gazetteer), parties=case.parties)
    assert walks == [1]
    assert {claim.place for claim in case.claims} <= set(parsed)  # and region texts: `match.Place.within`
    assert set(parsed.values()) == {1}


# A fresh interpreter: the pool forks only a process with no other thread, and the test process may have some (the
# Dask tests leave a few behind).
_SCRIPT = """
import hashlib, json, sys
from reconcile import _parallel
from reconcile.load import load_case
from reconcile.match import place_queries, unique_claims
from reconcile.pipeline import reconcile
from reconcile.places import Gazetteer
from reconcile.serialize import to_json

case = load_case(sys.argv[1])
gazetteer = Gazetteer(list(Gazetteer.default())).extended(case.gazetteer)
names = [q.name for q in place_queries(unique_claims(case.claims), parties=case.parties)]
scored = _parallel.prepare_gazetteer(gazetteer, names, workers=2, min_names=1) if sys.argv[2] == "pool" else 0
left = len(gazetteer.unscored(names))
text = to_json(reconcile(case, gazetteer=gazetteer), generated="2026-01-01T00:00:00Z")
print(json.dumps({"scored": scored, "left": left, "names": len(set(names)),
                  "digest": hashlib.sha256(text.encode()).hexdigest()}))
"""


def _run(mode: str) -> dict[str, object]:
    env = {**os.environ, "RECONCILE_PROCESSES": ""}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(SEED), mode], capture_output=True, text=True,
                          check=True, cwd=ROOT, env=env)
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the pool forks, which it does on Linux only")
def test_a_pool_scores_every_name_and_changes_nothing() -> None:
    """With two worker processes every name of the seed case is scored ahead, and the reconciliation is byte for
    byte the one without them."""
    pooled, plain = _run("pool"), _run("plain")
    assert pooled["scored"] == plain["left"] > 0
    assert pooled["left"] == 0
    assert plain["scored"] == 0
    assert pooled["digest"] == plain["digest"]


# --- blocking and scoring by partitions of time ------------------------------------------------------------------


def _features(case: Case) -> tuple[match.ClaimFeatures, ...]:
    return match.claim_features(case.claims, gazetteer=matching_gazetteer(case, Gazetteer.default()),
                                parties=case.parties)


def _expected(features: tuple[match.ClaimFeatures, ...]) -> set[tuple[int, int]]:
    return {(i, j) for i, j in block.iter_candidate_pairs(features) if features[i].unit != features[j].unit}


def _partitioned(features: tuple[match.ClaimFeatures, ...], parts: int) -> list[tuple[int, int]]:
    chunk_of, members = block.time_partitions(features, parts, match.MatchConfig())
    return [(i, j) for k in range(parts) for i, j in block.partition_pairs(features, members[k], k, chunk_of)
            if features[i].unit != features[j].unit]


@pytest.fixture(scope="module")
def synthetic_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated case of about 1,000 claims (the benchmark's generator: every kind of noise, long periods)."""
    folder: Path = benchmark_generator().generate(1000, seed=7, out=tmp_path_factory.mktemp("synthetic")).case_dir
    return folder


@pytest.fixture(scope="module")
def synthetic(synthetic_dir: Path) -> Case:
    return load_case(synthetic_dir)


@pytest.mark.parametrize("parts", [1, 2, 3, 8])
def test_time_partitions_find_every_candidate_pair_once(synthetic: Case, parts: int) -> None:
    """The partitions of time together give the candidate pairs of one sweep (outside link units), each once; each
    claim is in the run of one partition, and the runs are of one length."""
    features = _features(synthetic)
    expected = _expected(features)
    found = _partitioned(features, parts)
    assert len(found) == len(set(found))
    assert set(found) == expected
    assert len(expected) > 1000
    chunk_of, members = block.time_partitions(features, parts, match.MatchConfig())
    runs = Counter(chunk_of)
    assert max(runs.values()) - min(runs.values()) <= 1  # runs of equal length, every claim in one
    assert all(runs[k] <= len(members[k]) for k in range(parts))


@settings(max_examples=30, deadline=None)
@given(cases(max_incidents=4, max_claims=14), st.integers(1, 5))
def test_time_partitions_on_any_case(case: Case, parts: int) -> None:
    """On any case (and more partitions than claims), the same pairs as one sweep, each once."""
    features = _features(case)
    found = _partitioned(features, parts)
    assert len(found) == len(set(found))
    assert set(found) == _expected(features)


def _member_chunks_agree(features: tuple[match.ClaimFeatures, ...], parts: int) -> None:
    """`block.member_pair_chunks` of each partition: the pairs of `block.member_pairs` outside link units, in their
    order, and the number of those within link units."""
    chunk_of, members = block.time_partitions(features, parts, match.MatchConfig())
    for k in range(parts):
        subset = [features[m] for m in members[k]]
        expected = list(block.member_pairs(subset, members[k], k, chunk_of))
        in_units, chunks = block.member_pair_chunks(subset, members[k], k, chunk_of)
        found = [(min(p, c), max(p, c)) for partners, claims in chunks for p, c in zip(partners, claims, strict=True)]
        assert found == [(a, b) for a, b in expected if subset[a].unit != subset[b].unit]
        assert in_units == sum(1 for a, b in expected if subset[a].unit == subset[b].unit)


@pytest.mark.parametrize("parts", [1, 2, 3])
def test_member_chunks_are_the_member_pairs(synthetic: Case, parts: int) -> None:
    """What a partition scores in chunks are the pairs it would score one by one."""
    _member_chunks_agree(_features(synthetic), parts)


@settings(max_examples=30, deadline=None)
@given(cases(max_incidents=4, max_claims=14), st.integers(1, 5))
def test_member_chunks_on_any_case(case: Case, parts: int) -> None:
    """The same on any case (link units, more partitions than claims)."""
    _member_chunks_agree(_features(case), parts)


_LINKS_SCRIPT = """
import hashlib, json, sys
from reconcile import _parallel, block
from reconcile.cluster import matching_gazetteer
from reconcile.load import load_case
from reconcile.match import MatchConfig, Scorer, claim_features
from reconcile.places import Gazetteer

case = load_case(sys.argv[1])
config = MatchConfig()
features = claim_features(case.claims, gazetteer=matching_gazetteer(case, Gazetteer.default()), config=config,
                          parties=case.parties)
pooled = _parallel.candidate_links(features, config, workers=int(sys.argv[2]), min_claims=1)
alone = Scorer(features, config).links(block.iter_candidate_pairs(features, config))
print(json.dumps({"pooled": None if pooled is None else sorted(pooled[0]), "pairs": pooled and pooled[1],
                  "alone": sorted(alone)}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the pool forks, which it does on Linux only")
@pytest.mark.parametrize("workers", [2, 3])
def test_a_pool_finds_the_links_of_one_sweep(synthetic_dir: Path, workers: int) -> None:
    """Worker processes, one partition of time each, give exactly the links (and totals) of one sweep."""
    done = subprocess.run([sys.executable, "-c", _LINKS_SCRIPT, str(synthetic_dir), str(workers)],
                          capture_output=True, text=True, check=True, cwd=ROOT,
                          env={**os.environ, "RECONCILE_PROCESSES": ""})
    result = json.loads(done.stdout)
    assert result["pooled"] is not None
    assert result["pooled"] == result["alone"]
    assert len(result["alone"]) > 100
    assert result["pairs"] >= len(result["alone"])


_DYING_SCRIPT = """
import json, os, sys
from reconcile import _parallel
from reconcile.cluster import matching_gazetteer
from reconcile.load import load_case
from reconcile.match import MatchConfig, claim_features, place_queries, unique_claims
from reconcile.places import Gazetteer

def die(*_args):
    os._exit(3)  # a worker killed halfway (out of memory, a signal)

_parallel._score_task = die
_parallel._links_task = die
case = load_case(sys.argv[1])
gazetteer = Gazetteer(list(Gazetteer.default())).extended(case.gazetteer)
names = [q.name for q in place_queries(unique_claims(case.claims), parties=case.parties)]
before = len(gazetteer.unscored(names))
scored = _parallel.prepare_gazetteer(gazetteer, names, workers=2, min_names=1)
features = claim_features(case.claims, gazetteer=matching_gazetteer(case, Gazetteer.default()),
                          parties=case.parties)
links = _parallel.candidate_links(features, MatchConfig(), workers=2, min_claims=1)
print(json.dumps({"scored": scored, "before": before, "after": len(gazetteer.unscored(names)),
                  "links": links}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the pool forks, which it does on Linux only")
def test_a_dying_worker_leaves_the_work_to_the_run() -> None:
    """When a worker dies, the pool reports nothing and changes nothing: the run does the work itself."""
    done = subprocess.run([sys.executable, "-c", _DYING_SCRIPT, str(SEED)], capture_output=True, text=True,
                          check=True, cwd=ROOT, env={**os.environ, "RECONCILE_PROCESSES": ""})
    result = json.loads(done.stdout)
    assert result["before"] > 0
    assert (result["scored"], result["after"], result["links"]) == (0, result["before"], None)
