"""The Dask engine: exactly the output of the in-process engine, on a local cluster of two worker processes.

The cluster starts once for the module. Outputs are compared as the text of ``reconciliation.json``.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from distributed import Client, LocalCluster
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile import block
from reconcile.cli import main
from reconcile.cluster import matching_gazetteer
from reconcile.engine import DaskEngine
from reconcile.load import load_case
from reconcile.match import (
    ClaimFeatures,
    MatchConfig,
    PlaceQuery,
    claim_features,
    link_units,
    partition_features,
    place_queries,
    resolve_place_queries,
    unique_claims,
)
from reconcile.models import Case
from reconcile.pipeline import reconcile
from reconcile.places import Gazetteer
from reconcile.serialize import to_json
from reconcile.testing import cases

from .conftest import SEED, MakeCase, benchmark_generator

GENERATED = "2024-06-01T12:00:00Z"  # after every claim of the seed case: its day is the run's day


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A local cluster of two worker processes (one thread each, loopback only, no dashboard) for the module.

    The scheduler's health endpoint takes a free port: the default, 8787, may be held by another cluster (the
    one `--engine dask` starts in a test below, or another user's), and taking another port would warn.
    """
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                      scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as cluster, Client(cluster) as started:
        yield started


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Case:
    """A synthetic case of about 500 claims with every kind of noise of the benchmark generator."""
    made = benchmark_generator().generate(500, seed=5, out=tmp_path_factory.mktemp("synthetic"))
    case = load_case(made.case_dir)
    assert any(claim.supersedes for claim in case.claims)
    assert any(claim.adds_to for claim in case.claims)
    return case


def _json(case: Case, engine: DaskEngine | None = None) -> str:
    return to_json(reconcile(case, engine=engine), generated=GENERATED)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("partitions", [1, 2, 7])
def test_seed_case_is_identical(client: Client, partitions: int) -> None:
    """The seed case gives the same reconciliation.json on Dask, whatever the number of partitions."""
    case = load_case(SEED)
    assert _json(case, DaskEngine(client, partitions=partitions)) == _json(case)


def _one_sided_case() -> Case:
    """Two incidents a year apart: in the first, Nordia's ministry gives Sudmark's civilians killed and blames
    nobody; in the second, a monitor names Sudmark as the attacker. Sudmark takes part only by the second claim, so
    the first figure is "the enemy's losses" only when merge knows the whole case."""
    from reconcile.models import Casualties, Claim, Party, Source
    from reconcile.normalize import parse_count, parse_date

    def claim(source: str, cid: str, date: str, **extra: object) -> Claim:
        return Claim(source=source, id=cid, stated=dt.date.fromisoformat(date), quote="q", date=parse_date(date),
                     place="Velino", **extra)  # type: ignore[arg-type]

    return Case("one-sided", "One-sided", (Party("nordia", "Nordia"), Party("sudmark", "Sudmark")), (
        Source("nordia-mod", "Ministry of Nordia", "belligerent", speaks_for="nordia"),
        Source("monitors", "Monitors", "monitor"),
    ), (
        claim("nordia-mod", "a", "2010-01-02", casualties=(
            Casualties("sudmark", "civilians", killed=parse_count("suffering casualties")),)),
        claim("monitors", "b", "2011-03-04", initiator="sudmark"),
    ))


@pytest.mark.parametrize("partitions", [2, 7])
def test_a_side_taking_part_is_a_matter_of_the_whole_case(client: Client, partitions: int) -> None:
    """Each merge partition sees a share of the claims; whether a side takes part is read from all of them."""
    case = _one_sided_case()
    assert "the enemy's losses" in _json(case)
    assert _json(case, DaskEngine(client, partitions=partitions)) == _json(case)


@pytest.fixture(scope="module")
def synthetic_json(synthetic: Case) -> str:
    return _json(synthetic)


@pytest.mark.parametrize("partitions", [1, 2, 7])
def test_synthetic_case_is_identical(client: Client, synthetic: Case, synthetic_json: str, partitions: int) -> None:
    """A generated case with revisions, second parts, denials and period totals gives the same output."""
    assert _json(synthetic, DaskEngine(client, partitions=partitions)) == synthetic_json


# The client's event-loop thread in this process draws from `random` (tornado's jittered periodic callbacks) while
# hypothesis draws an example, which hypothesis takes for a strategy using `random`; the strategies do not.
@pytest.mark.filterwarnings(
    "ignore:Do not use the `random` module inside strategies:hypothesis.errors.HypothesisDeprecationWarning"
)
@given(case=cases(max_claims=12), partitions=st.integers(1, 4))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_dask_equals_local_on_generated_cases(client: Client, case: Case, partitions: int) -> None:
    """Property: on any generated case, the Dask engine's output is the in-process engine's."""
    assert _json(case, DaskEngine(client, partitions=partitions)) == _json(case)


def test_colliding_event_ids_are_found_across_partitions(client: Client, make_case: MakeCase) -> None:
    """Two events in different partitions whose 6-digit ids collide both take 12 digits, as in-process."""
    claims = "".join(
        f"  - {{id: {claim_id}, stated: 2012-06-04, quote: {quote}, date: 2012-06-04, place: {place}}}\n"
        for claim_id, quote, place in (("c2127", "one clash", "Berdavan"), ("c2580", "another", "Voskepar"))
    )
    source = ("source: {id: am-mod, name: Ministry of Defence of Armenia, kind: belligerent, speaks_for: armenia}\n"
              f"claims:\n{claims}")
    case = load_case(make_case({"am-mod.yaml": source}))
    local = reconcile(case)
    assert [event.id for event in local.events] == ["ev-2012-06-04-22491a362a46", "ev-2012-06-04-22491adaa89f"]
    assert _json(case, DaskEngine(client, partitions=2)) == _json(case)


@pytest.mark.parametrize("partitions", [2, 7])
def test_partition_features_are_the_features_of_the_whole_run(synthetic: Case, partitions: int) -> None:
    """Features computed slice by slice, from the link units and one table of place look-ups resolved in shares by
    folded name, equal those of one run over all claims (but for the cache number ``places_id``)."""
    config = MatchConfig()
    gazetteer = matching_gazetteer(synthetic, Gazetteer.default())
    whole = claim_features(synthetic.claims, gazetteer=gazetteer, config=config, parties=synthetic.parties)
    claims = unique_claims(synthetic.claims)
    units = link_units(claims)
    cuts = [len(claims) * p // partitions for p in range(partitions + 1)]
    slices = [claims[cuts[p]:cuts[p + 1]] for p in range(partitions)]
    queries: dict[tuple[str, str | None], PlaceQuery] = {}
    for part in slices:  # in slice order, each where it first appears
        for query in place_queries(part, config=config, parties=synthetic.parties):
            queries.setdefault((query.key, query.folded_region), query)
    table = {key: entries for share in range(3) for key, entries in resolve_place_queries(
        [q for q in queries.values() if hash(q.key) % 3 == share], gazetteer).items()}
    parts = [f for p, part in enumerate(slices) for f in partition_features(
        part, units=units, table=table, config=config, parties=synthetic.parties, places_ids=(p, partitions))]

    def fields(f: ClaimFeatures) -> dict[str, object]:
        return {k: v for k, v in attrs.asdict(f, recurse=False).items() if k != "places_id"}

    assert [fields(f) for f in parts] == [fields(f) for f in whole]
    numbers = {f.places_id: f.places for f in parts}
    assert all(numbers[f.places_id] == f.places for f in parts)  # one number, one set of places


@pytest.mark.parametrize("partitions", [1, 2, 3, 7])
def test_partitioned_sweep_finds_every_candidate_pair_once(synthetic: Case, partitions: int) -> None:
    """The sweeps of all partitions together give the candidate pairs of the in-process sweep (outside link
    units), each exactly once."""
    config = MatchConfig()
    features = claim_features(synthetic.claims, gazetteer=matching_gazetteer(synthetic, Gazetteer.default()),
                              config=config, parties=synthetic.parties)
    expected = {(i, j) for i, j in block.iter_candidate_pairs(features, config) if features[i].unit != features[j].unit}
    near = block.point_neighbours((point for f in features for place in f.places for point in place.points), config)
    routed = block.route_keyed(block.keyed_claims(features, near, config), partitions, config)
    found = [pair for x in range(partitions) for pair in block.sweep_partition(routed[x], x, partitions, config)]
    assert len(found) == len(set(found))
    assert set(found) == expected
    assert len(expected) > 1000


def test_cli_dask_writes_the_same_files(tmp_path: Path) -> None:
    """reconcile run --engine dask --workers 2 writes byte for byte the files of --engine local."""
    local, dask = tmp_path / "local", tmp_path / "dask"
    for folder, engine in ((local, ["--engine", "local"]), (dask, ["--engine", "dask", "--workers", "2"])):
        code, out, err = run("run", str(SEED), "--out", str(folder), "--timestamp", GENERATED, *engine)
        assert (code, err) == (0, "")
        assert "2012-tavush-qazakh" in out
    names = sorted(path.name for path in local.iterdir())
    assert names == ["events.csv", "reconciliation.json", "report.html"]
    assert sorted(path.name for path in dask.iterdir()) == names
    for name in names:
        assert (dask / name).read_bytes() == (local / name).read_bytes(), name


def test_cli_dask_on_a_running_scheduler(client: Client, tmp_path: Path) -> None:
    """--scheduler ADDRESS runs on an existing cluster and writes the same reconciliation.json."""
    local, dask = tmp_path / "local", tmp_path / "dask"
    run("run", str(SEED), "--out", str(local), "--timestamp", GENERATED, "--quiet")
    code, out, err = run("run", str(SEED), "--out", str(dask), "--timestamp", GENERATED, "--quiet",
                         "--engine", "dask", "--scheduler", client.scheduler.address)
    assert (code, out, err) == (0, "", "")
    assert (dask / "reconciliation.json").read_bytes() == (local / "reconciliation.json").read_bytes()


def test_missing_dask_is_one_line_and_exit_2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without dask installed, --engine dask says how to install it, exits 2 and writes nothing."""
    monkeypatch.setitem(sys.modules, "distributed", None)  # makes `import distributed` fail as if not installed
    code, out, err = run("run", str(SEED), "--out", str(tmp_path / "out"), "--engine", "dask")
    assert (code, out) == (2, "")
    assert err == ("reconcile: the Dask engine needs dask and distributed, which are not installed: "
                   "pip install 'reconcile[dask]'\n")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--workers", "2"], "reconcile: --scheduler and --workers go with --engine dask\n"),
        (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--workers", "2"],
         "reconcile: --workers starts a local cluster; a cluster given by --scheduler has its own workers\n"),
    ],
)
def test_engine_options_that_do_not_fit_exit_2(tmp_path: Path, options: list[str], message: str) -> None:
    """Options of the Dask engine without it, or a local cluster's size with a scheduler, are bad input."""
    code, _out, err = run("run", str(SEED), "--out", str(tmp_path / "out"), *options)
    assert (code, err) == (2, message)


def test_workers_must_be_a_positive_number(capsys: pytest.CaptureFixture[str]) -> None:
    """--workers 0 is a usage error."""
    with pytest.raises(SystemExit) as info:
        main(["run", str(SEED), "--engine", "dask", "--workers", "0"])
    assert info.value.code == 2
    assert "--workers: expected 1 or more, got 0" in capsys.readouterr().err


def test_reconcile_and_the_local_engine_never_import_dask() -> None:
    """Dask stays optional: importing reconcile, running the in-process engine and even importing
    reconcile.engine load neither dask nor distributed."""
    script = (
        "import sys, reconcile, reconcile.engine\n"
        "from reconcile.cli import main\n"
        f"reconcile.reconcile(reconcile.load_case({str(SEED)!r}))\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed'))\n"
        "print(loaded)\n"
    )
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert found.stdout == "[]\n"


def test_engine_checks_its_arguments() -> None:
    """A client and a scheduler together, or no worker, are programming errors."""
    with pytest.raises(ValueError, match="not both"):
        DaskEngine(object(), scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(ValueError, match="workers must be 1 or more"):
        DaskEngine(workers=0)
    with pytest.raises(ValueError, match="partitions must be 1 or more"):
        DaskEngine(partitions=0)
