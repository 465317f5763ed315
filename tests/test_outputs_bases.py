"""Each figure's basis worked out once for all the outputs (`reconcile.serialize.figure_bases`): the same files,
byte for byte, as when each output worked them out again."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import pytest

from reconcile.models import Reconciliation
from reconcile.output import Writer, write_outputs
from reconcile.render import write_report
from reconcile.serialize import _SHARED_BASES, figure_bases, write_events_csv, write_json
from reconcile.track_records import track_records
from tests.report_fixtures import sample_reconciliation

SEED_CASE = Path(__file__).resolve().parents[1] / "claims" / "2012-tavush-qazakh"
GENERATED = "2026-01-01T00:00:00Z"



def _run_writers(reconciliation: Reconciliation) -> dict[str, Writer]:
    """The three files as ``reconcile run`` writes them, in its order."""
    records = track_records([reconciliation])
    return {
        "events.csv": lambda handle: write_events_csv(reconciliation, handle),
        "report.html": lambda handle: write_report(reconciliation, handle, generated=GENERATED, records=records),
        "reconciliation.json": lambda handle: write_json(reconciliation, handle, generated=GENERATED,
                                                         records=records),
    }


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_figure_bases_are_worked_out_once_per_event(monkeypatch: pytest.MonkeyPatch) -> None:
    """The outputs of one reconciliation share each event's bases: asked again, the same object, not recomputed."""
    import reconcile.merge as merge

    reconciliation = sample_reconciliation()
    calls: list[str] = []
    real = merge.FigureBases.__call__

    def counted(self: merge.FigureBases, event: object) -> object:
        calls.append(event.id)  # type: ignore[attr-defined]
        return real(self, event)  # type: ignore[arg-type]

    monkeypatch.setattr(merge.FigureBases, "__call__", counted)
    with_figures = [event for event in reconciliation.events if event.casualties]
    assert with_figures
    first = [figure_bases(reconciliation)(event) for event in with_figures]
    again = [figure_bases(reconciliation)(event) for event in with_figures]
    assert all(a is b for a, b in zip(first, again, strict=True))
    assert calls == [event.id for event in with_figures]
    assert first == [merge.FigureBases(reconciliation.case)(event) for event in with_figures]


def test_figure_bases_go_with_their_reconciliation() -> None:
    """The bases kept for a reconciliation are let go with it."""
    reconciliation = sample_reconciliation()
    figure_bases(reconciliation)(next(event for event in reconciliation.events if event.casualties))
    key = id(reconciliation)
    assert key in _SHARED_BASES
    del reconciliation
    gc.collect()
    assert key not in _SHARED_BASES


def test_outputs_are_the_same_with_the_bases_shared(tmp_path: Path) -> None:
    """Each file written alone (nothing shared yet) is the same as when the others were written first."""
    alone: dict[str, bytes] = {}
    for name in ("events.csv", "report.html", "reconciliation.json"):
        fresh = sample_reconciliation()
        writers: dict[str, Callable[[TextIO], object]] = {name: _run_writers(fresh)[name]}
        write_outputs(tmp_path / name, writers)
        alone[name] = (tmp_path / name / name).read_bytes()
    together = sample_reconciliation()
    write_outputs(tmp_path / "together", _run_writers(together))
    assert _files(tmp_path / "together") == alone
