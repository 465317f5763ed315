"""`reconcile._gc.paused`: what a paused block built goes to the oldest generation on the way out, unexamined,
so that switching the collector back on does not walk it all again; a program's own frozen objects stay frozen."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reconcile import _gc

from .conftest import SEED


class _Marker:
    """An object the collector tracks (a class instance with a ``__dict__``)."""

    def __init__(self) -> None:
        self.other: object = None


def _generation_of(obj: object) -> int | None:
    for generation in range(3):
        if any(o is obj for o in gc.get_objects(generation=generation)):
            return generation
    return None


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        (gc.enable if was else gc.disable)()


def test_objects_built_in_a_pause_join_the_oldest_generation(collector_on: None) -> None:
    if gc.get_freeze_count():
        pytest.skip("the test process has frozen objects of its own")
    with _gc.paused():
        marker = _Marker()
        assert _generation_of(marker) == 0
    assert gc.isenabled()
    assert _generation_of(marker) == 2
    assert gc.get_freeze_count() == 0  # nothing left frozen


def test_a_programs_frozen_objects_stay_frozen(collector_on: None) -> None:
    if gc.get_freeze_count():
        pytest.skip("the test process has frozen objects of its own")
    frozen = _Marker()
    gc.freeze()
    try:
        count = gc.get_freeze_count()
        with _gc.paused():
            marker = _Marker()
        assert gc.get_freeze_count() == count
        assert _generation_of(frozen) is None  # still in the permanent generation
        assert _generation_of(marker) in (0, 1, 2)  # where the collector would have it: not frozen
    finally:
        gc.unfreeze()


def test_cycles_made_in_a_pause_are_still_collected(collector_on: None) -> None:
    with _gc.paused():
        a, b = _Marker(), _Marker()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
    assert gone() is not None  # a cycle: reference counting alone does not free it
    gc.collect()
    assert gone() is None


def test_a_disabled_collector_stays_disabled_and_nothing_moves() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        with _gc.paused():
            marker = _Marker()
        assert not gc.isenabled()
        if not gc.get_freeze_count():
            assert _generation_of(marker) == 0
    finally:
        (gc.enable if was else gc.disable)()


def test_reconcile_run_writes_with_the_collector_paused_and_restores_it(
        collector_on: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`reconcile run` writes its files with the collector paused (what the writers keep, such as the basis of
    every figure, is not walked again and again) and the reconciliation frozen; afterwards the collector is on and
    nothing is left frozen."""
    from reconcile import cli

    seen: list[tuple[bool, int]] = []
    original = cli.write_events_csv

    def write_events_csv(*args: Any, **kwargs: Any) -> None:
        seen.append((gc.isenabled(), gc.get_freeze_count()))
        original(*args, **kwargs)

    monkeypatch.setattr(cli, "write_events_csv", write_events_csv)
    frozen_before = gc.get_freeze_count()
    code = cli.main(["run", "-q", "--no-previous", "--timestamp", "2026-01-01T00:00:00Z", "--out",
                     str(tmp_path / "out"), str(SEED)])
    assert code == 0
    assert len(seen) == 1
    enabled, frozen = seen[0]
    assert not enabled
    assert frozen > frozen_before
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen_before
    assert (tmp_path / "out" / "events.csv").stat().st_size > 0
