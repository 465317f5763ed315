"""Scoring place names on every core of this machine before the features stage asks for them.

Resolving each distinct place name against the gazetteer is the features stage's fixed cost (a few milliseconds a
name, thousands of names in a large case), and the names do not depend on each other: a gazetteer scores a name the
same whatever it was asked before. `prepare_gazetteer` works out the scores of the names a run will look up in a
pool of worker processes and hands them to the gazetteer (`places.Gazetteer.keep_scores`), so that the run's own
look-ups find them ready. The answers are the same as without it; only the time changes.

Rules:

- **Only where it pays and is safe.** Worker processes are forked from this one, so they start at once and share
  the gazetteer without copying it. That needs Linux (where fork is the usual start method), a process that is not
  itself a pool or daemon worker (a daemonic process may not have children: a Dask worker), and no other thread
  running (forking a threaded process can deadlock the child). Otherwise, with one usable core, or with fewer than
  `MIN_NAMES` names to score, nothing happens here and the names are scored as the run meets them.
- **How many.** One process per core this process may run on (`os.sched_getaffinity`), at most `MAX_PROCESSES`;
  ``RECONCILE_PROCESSES`` in the environment sets the number (``1`` turns the pool off).
- **Failures.** A pool that cannot start or dies leaves the gazetteer as it was: the run scores the names itself.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import sys
import threading
from collections.abc import Iterable, Sequence
from typing import Final

from reconcile.places import Gazetteer, PlaceName

__all__ = ["MAX_PROCESSES", "MIN_NAMES", "prepare_gazetteer", "processes"]

#: Fewer names than this are scored in this process: starting a pool would cost more than it saves.
MIN_NAMES: Final = 200
#: At most this many worker processes.
MAX_PROCESSES: Final = 8
# Tasks per process: small enough to even out names of different lengths, large enough to keep transfers few.
_TASKS_PER_PROCESS: Final = 4

_worker_gazetteer: Gazetteer | None = None


def processes() -> int:
    """How many processes `prepare_gazetteer` would use here (1: none are started). See the module's rules."""
    setting = os.environ.get("RECONCILE_PROCESSES", "").strip()
    if setting:
        try:
            wanted = int(setting)
        except ValueError:
            wanted = 1  # a mistyped setting must not start processes nobody asked for
    else:
        wanted = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if wanted < 2 or not _can_fork():
        return 1
    return min(wanted, MAX_PROCESSES)


def _can_fork() -> bool:
    return (
        sys.platform == "linux"
        and "fork" in multiprocessing.get_all_start_methods()
        and not multiprocessing.current_process().daemon
        and threading.active_count() == 1
    )


def prepare_gazetteer(gazetteer: Gazetteer, names: Iterable[str], *, workers: int | None = None,
                      min_names: int | None = None) -> int:
    """Score ``names`` against ``gazetteer`` in worker processes and keep the scores in it; return how many
    readings were scored here (0 when the pool was not worth starting or could not be used).

    ``workers`` defaults to `processes`; ``min_names`` (default `MIN_NAMES`) is the least number of unscored
    readings worth a pool.
    """
    queries = gazetteer.unscored(names)
    count = processes() if workers is None else (workers if workers < 2 or _can_fork() else 1)
    if count < 2 or len(queries) < max(MIN_NAMES if min_names is None else min_names, 2):
        return 0
    count = min(count, len(queries))
    # Spellings of one name share most of their work (the forms without their endings, the distances to the same
    # entries, all cached): each task takes a run of neighbours in the order of their stems.
    ordered = sorted(queries, key=lambda query: query.stem)
    size = -(-len(ordered) // (count * _TASKS_PER_PROCESS))
    tasks = [ordered[start : start + size] for start in range(0, len(ordered), size)]
    try:
        with concurrent.futures.ProcessPoolExecutor(
            max_workers=count,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_worker,
            initargs=(gazetteer,),
        ) as pool:
            results = list(pool.map(_score_task, tasks))
    except (OSError, concurrent.futures.process.BrokenProcessPool):
        return 0
    for task, scores in zip(tasks, results, strict=True):
        gazetteer.keep_scores(task, scores)
    return len(queries)


def _start_worker(gazetteer: Gazetteer) -> None:
    global _worker_gazetteer
    _worker_gazetteer = gazetteer


def _score_task(queries: Sequence[PlaceName]) -> list[dict[str, float]]:
    assert _worker_gazetteer is not None, "the pool's initializer sets the gazetteer"
    return _worker_gazetteer.score_readings(queries)
