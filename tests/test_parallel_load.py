"""Reading a case's source files in worker processes (`reconcile._parallel.read_files`): the same case, the same
problems, in the same order, as reading them one after the other."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reconcile import _parallel

from .conftest import ROOT, SEED, benchmark_generator

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the pool forks, on Linux only")

# A fresh interpreter: the pool forks only a process with no other thread, and the test process may have some (the
# Dask tests leave a few behind). Every case is worth a pool here (MIN_BYTES 0).
_SCRIPT = """
import hashlib, json, sys
from reconcile import _parallel, load
from reconcile.errors import CaseError

_parallel.MIN_BYTES = 0
pooled, joined = [], []
read_files, join = _parallel.read_files, load._Reader.join

def spy_read(*args, **kwargs):
    found = read_files(*args, **kwargs)
    pooled.append(found is not None)
    return found

def spy_join(self, reads):
    done = join(self, reads)
    joined.append(done)
    return done

_parallel.read_files, load._Reader.join = spy_read, spy_join
rejected = -1
try:
    case = load.load_case(sys.argv[1], on_bad_claim=sys.argv[2])
    text, rejected = repr(case), len(case.rejected)
except CaseError as exc:
    text = repr(exc.problems)
print(json.dumps({"pooled": pooled, "joined": joined, "digest": hashlib.sha256(text.encode()).hexdigest(),
                  "head": text[:300], "rejected": rejected}))
"""


def _load(case: Path, on_bad_claim: str, processes: str) -> dict[str, object]:
    env = {**os.environ, "RECONCILE_PROCESSES": processes}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(case), on_bad_claim], capture_output=True, text=True,
                          check=True, cwd=ROOT, env=env)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def _compare(case: Path, on_bad_claim: str = "error") -> dict[str, object]:
    """Load ``case`` with two processes and with one: the same result; what the pooled load did."""
    pooled, plain = _load(case, on_bad_claim, "2"), _load(case, on_bad_claim, "1")
    assert plain["pooled"] == [False]
    assert pooled["digest"] == plain["digest"], (pooled["head"], plain["head"])
    return pooled


@pytest.fixture(scope="module")
def synthetic_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated case of about 1,000 claims in eleven source files."""
    folder: Path = benchmark_generator().generate(1000, seed=7, out=tmp_path_factory.mktemp("synthetic")).case_dir
    return folder


def test_a_pool_reads_the_same_case(synthetic_dir: Path) -> None:
    assert len(list(synthetic_dir.glob("*.yaml"))) > 3
    pooled = _compare(synthetic_dir)
    assert pooled["pooled"] == [True]
    assert pooled["joined"] == [True]


def test_the_seed_case_with_a_pool(tmp_path: Path) -> None:
    """The seed case's JSON and YAML files, each source in one file."""
    assert _compare(SEED)["joined"] == [True]


_BAD_CLAIMS = """source:
  id: bad-wire
  name: A careless wire
  kind: media
claims:
  - id: ok-1
    stated: 2012-06-05
    quote: "Two soldiers were killed near Berdavan."
    date: 2012-06-04
    place: Berdavan
    stance: asserts
    casualties:
      - {party: armenia, category: soldiers, killed: 2}
  - id: no-date
    stated: 2012-06-05
    quote: "Shooting."
    place: Berdavan
    stance: asserts
  - id: bad-count
    stated: 2012-06-05
    quote: "Many dead."
    date: 2012-06-04
    place: Chinari
    stance: asserts
    casualties:
      - {party: armenia, category: soldiers, killed: "a great many"}
  - id: ok-1
    stated: 2012-06-06
    quote: "The same id again."
    date: 2012-06-04
    place: Berdavan
    stance: asserts
"""


@pytest.mark.parametrize("on_bad_claim", ["error", "reject"])
def test_bad_claims_and_files_are_reported_alike(synthetic_dir: Path, tmp_path: Path, on_bad_claim: str) -> None:
    """Claims with problems (and a duplicate id, found when the files are linked) and a file that is not a source
    file: the same problems in the same order, or the same rejected claims."""
    case = tmp_path / "case"
    shutil.copytree(synthetic_dir, case)
    (case / "bad-wire.yaml").write_text(_BAD_CLAIMS, encoding="utf-8")
    if on_bad_claim == "error":  # a file problem stops any run; with "reject" the case loads without its bad claims
        (case / "broken.json").write_text('{"source": {"id": "broken", "name": "B", "kind": "media"}, "claims": [',
                                          encoding="utf-8")
    pooled = _compare(case, on_bad_claim)
    assert pooled["pooled"] == [True]
    assert pooled["joined"] == [True]
    if on_bad_claim == "error":
        assert str(pooled["head"]).startswith("(Problem(")
    else:
        assert str(pooled["head"]).startswith("Case(")
        assert pooled["rejected"] == 3  # no date, a count it cannot read, the id given twice


def test_one_source_in_two_shares_is_reported_as_in_one_process(synthetic_dir: Path, tmp_path: Path) -> None:
    """Two files in different shares declare one source (the largest file twice, over another): the pooled reading
    is set aside and the files are read again here, which names the second file, as reading them one after the
    other does."""
    case = tmp_path / "case"
    case.mkdir()
    for name in ("case.yaml", "gazetteer.yaml"):
        shutil.copy(synthetic_dir / name, case / name)
    sources = sorted((f for f in synthetic_dir.glob("*.yaml") if f.name not in ("case.yaml", "gazetteer.yaml")),
                     key=lambda f: -f.stat().st_size)
    shutil.copy(sources[0], case / "a-first.yaml")
    shutil.copy(sources[0], case / "b-again.yaml")
    shutil.copy(sources[1], case / "c-other.yaml")
    pooled = _compare(case)
    assert pooled["pooled"] == [True]
    assert pooled["joined"] == [False]  # the shares' reading set aside
    assert "b-again.yaml" in str(pooled["head"])
    assert "already declared" in str(pooled["head"])


_SHARES_SCRIPT = """
import json, os, sys
from pathlib import Path
from reconcile import _parallel
files = [Path(name) for name in sys.argv[1:]]
found = _parallel.read_files(files, lambda share: [(f.name, os.getpid(), [g.name for g in share]) for f in share],
                             workers=2, min_bytes=0)
print(json.dumps(found))
"""


def test_read_files_keeps_the_order_of_the_files_and_balances_bytes(tmp_path: Path) -> None:
    """The shares are made of whole files in their order, about equal in work (two processes: this one and a
    worker, which sends its results as one pickle), each file read once; the results come back in the order of the
    files. Too few bytes or files, or one
    process, and `read_files` declines."""
    files = []
    for k, size in enumerate([50, 10, 40, 30, 20, 60]):
        file = tmp_path / f"f{k}.txt"
        file.write_text("x" * size)
        files.append(file)
    env = {**os.environ, "RECONCILE_PROCESSES": ""}
    done = subprocess.run([sys.executable, "-c", _SHARES_SCRIPT, *map(str, files)], capture_output=True, text=True,
                          check=True, cwd=ROOT, env=env)
    found = json.loads(done.stdout)
    assert [name for name, _pid, _share in found] == [f.name for f in files]
    assert len({pid for _name, pid, _share in found}) == 2
    shares = {tuple(share) for _name, _pid, share in found}
    # The largest file first to the share with the least work, this process's bytes counting 1/1.25: here 60, 40
    # and 20 bytes (96 as work), the worker 50, 30 and 10.
    assert shares == {("f2.txt", "f4.txt", "f5.txt"), ("f0.txt", "f1.txt", "f3.txt")}
    names = lambda share: [f.name for f in share]  # noqa: E731
    assert _parallel.read_files(files, names, workers=1) is None
    assert _parallel.read_files(files[:1], names, workers=2, min_bytes=0) is None
    assert _parallel.read_files(files, names, workers=2, min_bytes=10_000) is None
