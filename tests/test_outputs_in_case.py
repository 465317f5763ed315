"""The files `reconcile run` writes, copied into a case folder, are named as outputs, not read as sources with a
problem per key or column."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import load
from reconcile.cli import main
from reconcile.serialize import EVENT_COLUMNS, FORMAT

from .test_load import problems_of

SEED = Path(__file__).resolve().parents[1] / "claims" / "2012-tavush-qazakh"


def test_the_markers_are_those_the_outputs_are_written_with() -> None:
    assert load._RECONCILIATION_FORMAT == FORMAT
    assert EVENT_COLUMNS[: len(load._EVENTS_CSV_START)] == load._EVENTS_CSV_START


@pytest.mark.parametrize("name", ["reconciliation.json", "events.csv"])
def test_an_output_copied_into_the_case_is_one_problem_that_says_so(tmp_path: Path, name: str) -> None:
    out = tmp_path / "out"
    assert main(["run", "-q", "--no-previous", "--out", str(out), str(SEED)]) == 0
    case = tmp_path / "case"
    case.mkdir()
    for source in SEED.iterdir():
        (case / source.name).write_bytes(source.read_bytes())
    (case / name).write_bytes((out / name).read_bytes())
    (problem,) = problems_of(case)
    assert problem == (f"case/{name}:1: this is the {name} that `reconcile run` writes, not a claim file: move it "
                       "out of the case folder (`reconcile run --previous FILE` compares a run with an earlier "
                       "reconciliation.json)")
