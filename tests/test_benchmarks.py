"""The benchmark kit works: the generator is deterministic and valid, and run.py reports a gold F1 (no timings
are asserted: benchmarks print figures, they are not timed tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reconcile.load import load_case

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import generate  # noqa: E402
import run  # noqa: E402


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_generator_is_deterministic_by_seed(tmp_path: Path) -> None:
    """The same seed gives the same bytes; another seed gives another case."""
    first = generate.generate(200, seed=7, out=tmp_path / "a")
    second = generate.generate(200, seed=7, out=tmp_path / "b")
    other = generate.generate(200, seed=8, out=tmp_path / "c")
    assert _files(first.case_dir) == _files(second.case_dir)
    assert first.gold_path.read_bytes() == second.gold_path.read_bytes()
    assert _files(first.case_dir) != _files(other.case_dir)


def test_generated_case_loads_and_the_gold_covers_every_claim(tmp_path: Path) -> None:
    """The case folder is valid and the gold, kept outside it, maps every claim to an incident."""
    made = generate.generate(300, seed=3, out=tmp_path)
    assert made.gold_path.parent == made.case_dir.parent
    case = load_case(made.case_dir)
    gold = json.loads(made.gold_path.read_text(encoding="utf-8"))
    assert not case.rejected
    assert sorted(gold) == sorted(claim.global_id for claim in case.claims)
    assert {claim.stance for claim in case.claims} == {"asserts", "denies"}
    assert any(claim.supersedes for claim in case.claims)


def test_large_cases_are_written_as_csv_and_json(tmp_path: Path) -> None:
    """Above the YAML size the claim files are CSV, and the monitors' JSON; they load like the YAML form."""
    made = generate.generate(300, seed=3, out=tmp_path, fmt="csv")
    suffixes = {path.suffix for path in made.case_dir.iterdir()}
    assert {".csv", ".json"} <= suffixes
    assert len(load_case(made.case_dir).claims) == made.claims


def test_pairwise_scores_of_a_grouping() -> None:
    """Pairwise precision and recall count the pairs of claims put together against those of one incident."""
    gold = {"a": "1", "b": "1", "c": "1", "d": "2"}
    scores = run.pairwise_scores([["a", "b"], ["c", "d"]], gold)
    assert (scores["precision"], scores["recall"]) == (0.5, 1 / 3)


def test_run_reports_the_stages_and_a_gold_f1(tmp_path: Path) -> None:
    """run.py on a tiny case prints every stage and an F1 in [0, 1], and the staged run equals the pipeline's."""
    figures = tmp_path / "figures.json"
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--sizes", "200", "--out", str(tmp_path), "--no-splink",
         "--check", "--json", str(figures)],
        capture_output=True, text=True, check=False, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "goals:" in done.stdout
    row = json.loads(figures.read_text(encoding="utf-8"))["rows"][0]
    ours = row["ours"]
    assert set(ours["times"]) == set(run.STAGES)
    assert 0.0 <= ours["f1"] <= 1.0
    assert ours["equals_pipeline"] is True
    assert ours["pairs"] > 0
    assert row["parse"]["floor"] > 0


_FORKING = """
import os, sys, time
held = bytearray(64 * 2**20)  # written, so resident: 64 MiB in the parent
child = os.fork()
if child == 0:
    mine = bytearray(48 * 2**20)  # the child's own 48 MiB (the parent's pages it shares count once)
    print(os.getpid(), flush=True)
    time.sleep(2)
    os._exit(0)
time.sleep(2)
os.waitpid(child, 0)
"""


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="reads /proc/<pid>/smaps_rollup (Linux)")
def test_the_memory_of_all_processes_together_counts_a_forked_workers_own_pages_once() -> None:
    """`run._TreeMemory` finds a forked child of the measured process and adds its own pages, not the ones it
    shares with its parent."""
    with subprocess.Popen([sys.executable, "-c", _FORKING], stdout=subprocess.PIPE, text=True) as process:
        sampler = run._TreeMemory(process.pid)
        sampler.start()
        assert process.stdout is not None
        grandchild = int(process.stdout.readline())
        assert grandchild in run._process_tree(process.pid)
        process.wait()
        sampler.stop()
    assert sampler.peak_mib is not None
    assert 64 + 48 <= sampler.peak_mib < 2 * 64 + 48
