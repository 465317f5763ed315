"""The in-process engine on every core of this machine: source files read, place names scored, and claims blocked
and scored, in worker processes.

- **Source files.** Reading a case's source files (parsing, checking and normalizing every claim) is the load
  stage, and one file's claims do not depend on another's until the ids are linked across files. `read_files`
  hands each process a share of the files (about equal in work; this process reads one share meanwhile) and gives
  back what was read of each file, in the order of the files; the caller joins and links them as if it had read
  them one after the other.
- **Place names.** Resolving each distinct place name against the gazetteer is the features stage's fixed cost (a
  few milliseconds a name, thousands of names in a large case), and the names do not depend on each other: a
  gazetteer scores a name the same whatever it was asked before. `prepare_gazetteer` works out the scores of the
  names a run will look up in a pool of worker processes and hands them to the gazetteer
  (`places.Gazetteer.keep_scores`), so that the run's own look-ups find them ready.
- **Blocking and scoring.** `candidate_links` cuts the blocking sweep by time (`block.array_partitions`, as
  `block.time_partitions`: each partition about an equal share of the claims, plus the claims still open when it
  begins) and sweeps and scores each partition in a worker (`block.partition_pair_chunks`,
  `match.Scorer.links_of_chunks`), but the first, which this process sweeps meanwhile: the links are those of one
  sweep over all claims, each once. The workers read arrays made before they start, not the claims.

The results are the same as without the workers; only the time changes.

Rules:

- **Only where it pays and is safe.** Worker processes are forked from this one, so they start at once and share
  the gazetteer without copying it. That needs Linux (where fork is the usual start method), a process that is not
  itself a pool or daemon worker (a daemonic process may not have children: a Dask worker), and no other thread
  running (forking a threaded process can deadlock the child). Otherwise, with one usable core, or with fewer than
  `MIN_NAMES` names to score (`MIN_CLAIMS` claims to block, `MIN_BYTES` of source files to read), nothing happens
  here and the stage runs in this process.
- **How many.** One process per core this process may run on (`os.sched_getaffinity`), at most `MAX_PROCESSES`;
  ``RECONCILE_PROCESSES`` in the environment sets the number (``1`` turns the pool off). Blocking counts this
  process among them: it starts one worker fewer and sweeps a partition itself.
- **Failures.** A pool that cannot start or dies leaves the gazetteer as it was: the run scores the names itself.
"""

from __future__ import annotations

import concurrent.futures
import copyreg
import io
import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar

from reconcile.places import Gazetteer, PlaceName

if TYPE_CHECKING:
    from reconcile.block import SweepArrays
    from reconcile.match import ClaimFeatures, Links, MatchConfig, Scorer

__all__ = ["MAX_PROCESSES", "MIN_BYTES", "MIN_CLAIMS", "MIN_NAMES", "candidate_links", "prepare_gazetteer",
           "processes", "read_files", "setting_problem"]

#: Fewer names than this are scored in this process: starting a pool would cost more than it saves.
MIN_NAMES: Final = 200
#: Fewer claims than this are blocked and scored in this process.
MIN_CLAIMS: Final = 5_000
#: Source files of fewer bytes than this in all are read in this process (about 7,000 claims of CSV).
MIN_BYTES: Final = 2 << 20
# What this process's bytes of source files weigh against a worker's: a worker also pickles what it read (about a
# quarter of the time reading took, at 100k claims), which this process waits for, so it reads a larger share.
_HERE_SHARE: Final = 1.25
#: At most this many worker processes.
MAX_PROCESSES: Final = 8
# Tasks per process: small enough to even out names of different lengths, large enough to keep transfers few.
_TASKS_PER_PROCESS: Final = 4

_T = TypeVar("_T")
_R = TypeVar("_R")

_worker_gazetteer: Gazetteer | None = None
_worker_reading: tuple[Callable[[list[Path]], list[Any]], list[list[Path]], dict[Any, Any]] | None = None
_worker_blocking: tuple[SweepArrays, Scorer, Any, list[Any]] | None = None


def setting_problem() -> str | None:
    """What is wrong with ``RECONCILE_PROCESSES`` in the environment, or ``None`` when it is unset or a whole number.

    `processes` reads a mistyped setting as 1 (no processes nobody asked for); the command line refuses it before
    doing any work, so that a typo does not quietly make a run slower.
    """
    setting = os.environ.get("RECONCILE_PROCESSES", "").strip()
    if not setting:
        return None
    try:
        int(setting)
    except ValueError:
        return (f"RECONCILE_PROCESSES: expected a whole number of processes (1 turns the worker processes off), "
                f"got {setting!r}")
    return None


def processes() -> int:
    """How many processes `prepare_gazetteer` would use here (1: none are started). See the module's rules."""
    setting = os.environ.get("RECONCILE_PROCESSES", "").strip()
    if setting:
        try:
            wanted = int(setting)
        except ValueError:
            wanted = 1  # a mistyped setting must not start processes nobody asked for (`setting_problem`)
    else:
        wanted = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if wanted < 2 or not _can_fork():
        return 1
    return min(wanted, MAX_PROCESSES)


def _usable(workers: int | None) -> int:
    """How many processes a stage may use: ``workers`` where fork is usable (1 where it is not), else `processes`."""
    if workers is None:
        return processes()
    return workers if workers < 2 or _can_fork() else 1


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
    count = _usable(workers)
    if count < 2:
        return 0  # before reading ``names``: a lazy iterable of them costs nothing then
    queries = gazetteer.unscored(names)
    if len(queries) < max(MIN_NAMES if min_names is None else min_names, 2):
        return 0
    count = min(count, len(queries))
    # Spellings of one name share most of their work (the forms without their endings, the distances to the same
    # entries, all cached): each task takes a run of neighbours in the order of their stems.
    ordered = sorted(queries, key=lambda query: query.stem)
    size = -(-len(ordered) // (count * _TASKS_PER_PROCESS))
    tasks = [ordered[start : start + size] for start in range(0, len(ordered), size)]
    results = _pool_map(count, _start_worker, (gazetteer,), _score_task, tasks)
    if results is None:
        return 0
    for task, scores in zip(tasks, results, strict=True):
        gazetteer.keep_scores(task, scores)
    return len(queries)


def candidate_links(features: Sequence[ClaimFeatures], config: MatchConfig, *, scorer: Scorer | None = None,
                    workers: int | None = None, min_claims: int | None = None) -> tuple[Links, int] | None:
    """The links of the candidate pairs of ``features`` (``(total, i, j)``, as `match.Scorer.links` gives them for
    `block.iter_candidate_pairs`, in another order) and the number of candidate pairs scored, worked out one
    partition of time per process (this one and the workers); ``None`` when that is not worth it or not possible
    (see the module's rules: then block and score here). The links come back from the workers as arrays
    (`match.Links`), not as millions of tuples.

    ``scorer`` is the `match.Scorer` of ``features`` and ``config`` that scores the pairs (by default one made here
    and let go): the caller's own, which clustering reads next, then has its per-claim values made once for both.
    ``workers`` defaults to `processes`; ``min_claims`` (default `MIN_CLAIMS`) is the least number of claims worth a
    pool.
    """
    from reconcile.block import array_partitions, sweep_arrays
    from reconcile.match import Scorer

    count = _usable(workers)
    if count < 2 or len(features) < max(MIN_CLAIMS if min_claims is None else min_claims, 2):
        return None
    # What the partitions read of the claims is made here, before the workers are forked, as arrays that they share
    # with this process: a forked process copies every page whose objects it so much as reads (their reference
    # counts change), and the claims of a partition lie on nearly every page of the features (the copies were half
    # the memory of blocking at a million claims). The sweep's arrays, the partitions, and the scorer's own arrays
    # of every claim (`match.Scorer.links_of_chunks` of no chunks makes them), each made once rather than once per
    # partition.
    arrays = sweep_arrays(features, config)
    chunk_of, members = array_partitions(arrays, count)
    if scorer is None:
        scorer = Scorer(tuple(features), config)
    scorer.links_of_chunks(())
    setup = (arrays, scorer, chunk_of, members)
    # This process sweeps the first partition while the workers sweep the others: the same time, and one process
    # fewer.
    parts = _pool_map(count - 1, _start_blocking, setup, _links_task, list(range(1, count)),
                      alongside=lambda: _links_of(setup, 0))
    if parts is None:
        return None
    links = parts[0][0]
    for more, _pairs in parts[1:]:
        links.extend(more)
    return links, sum(pairs for _links, pairs in parts)


def read_files(files: Sequence[Path], read: Callable[[list[Path]], list[_R]], *, workers: int | None = None,
               min_bytes: int | None = None, reducers: Mapping[type[Any], Callable[[Any], Any]] | None = None,
               ) -> list[_R] | None:
    """``read(files)``, worked out a share of the files per process: ``read`` takes a list of files and gives one
    result per file, in their order; the results come back in the order of ``files``. ``None`` when that is not
    worth it or not possible (see the module's rules: then the caller reads the files itself).

    The shares are about equal in time: the largest file first to the process with the least work so far, where
    this process counts its bytes as worth `_HERE_SHARE` of a worker's (it reads its share, then takes in the
    workers' results), and each share keeps its files in their order. A worker sends its results as one pickle,
    made with ``reducers`` (by class: a function that gives what to pickle instead, as `copyreg` takes) so that the
    caller can make millions of small objects cheaper to send than pickle's own way. ``workers`` defaults to
    `processes`; ``min_bytes`` (default `MIN_BYTES`) is the least size of all the files together worth a pool.
    """
    count = _usable(workers)
    if count < 2 or len(files) < 2:
        return None
    try:
        sizes = [file.stat().st_size for file in files]
    except OSError:
        return None  # the caller's own reading reports the file that cannot be read
    if sum(sizes) < (MIN_BYTES if min_bytes is None else min_bytes):
        return None
    count = min(count, len(files))
    loads = [0.0] * count
    mine: list[list[int]] = [[] for _ in range(count)]
    for index in sorted(range(len(files)), key=lambda k: -sizes[k]):
        least = loads.index(min(loads))
        loads[least] += sizes[index] / (_HERE_SHARE if least == 0 else 1.0)
        mine[least].append(index)
    for indices in mine:
        indices.sort()  # each share reads its files in their order
    shares = [[files[index] for index in indices] for indices in mine]
    table = {**copyreg.dispatch_table, **(reducers or {})}
    parts: list[Any] | None = _pool_map(count - 1, _start_reading, (read, shares, table), _read_task,
                                        list(range(1, count)), alongside=lambda: read(shares[0]))
    if parts is None:
        return None
    results: list[_R | None] = [None] * len(files)
    for k, (indices, part) in enumerate(zip(mine, parts, strict=True)):
        found = part if k == 0 else pickle.loads(part)  # our own worker's results
        for index, result in zip(indices, found, strict=True):
            results[index] = result
    return results  # type: ignore[return-value]  # every file is in one share


def _start_reading(read: Callable[[list[Path]], list[Any]], shares: list[list[Path]],
                   table: dict[Any, Any]) -> None:
    global _worker_reading
    _worker_reading = (read, shares, table)


def _read_task(share: int) -> bytes:
    assert _worker_reading is not None, "the pool's initializer sets what to read"
    read, shares, table = _worker_reading
    found = read(shares[share])
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = table
    pickler.dump(found)
    return buffer.getvalue()


def _pool_map(count: int, initializer: Callable[..., None], initargs: tuple[Any, ...],
              task: Callable[[_T], _R], items: list[_T], *, alongside: Callable[[], _R] | None = None,
              ) -> list[_R] | None:
    """``[task(item) for item in items]`` in ``count`` processes forked from this one, each set up by
    ``initializer(*initargs)`` (inherited, not pickled); ``None`` when the pool cannot start or a worker dies.

    ``alongside`` runs in this process once the workers have started, while they work; its result comes first.
    """
    try:
        with concurrent.futures.ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("fork"),
                                                    initializer=initializer, initargs=initargs) as pool:
            running = [pool.submit(task, item) for item in items]  # forks the workers, all at once
            here = [] if alongside is None else [alongside()]
            return here + [future.result() for future in running]
    except (OSError, concurrent.futures.process.BrokenProcessPool):
        return None


def _start_blocking(arrays: SweepArrays, scorer: Scorer, chunk_of: Any, members: list[Any]) -> None:
    global _worker_blocking
    _worker_blocking = (arrays, scorer, chunk_of, members)


def _links_task(part: int) -> tuple[Links, int]:
    assert _worker_blocking is not None, "the pool's initializer sets what to block"
    return _links_of(_worker_blocking, part)


def _links_of(setup: tuple[SweepArrays, Scorer, Any, list[Any]], part: int) -> tuple[Links, int]:
    """The links of one partition of time (`block.partition_pair_chunks`) and how many candidate pairs it has
    (those of its link units too, which scoring skips)."""
    from reconcile.block import partition_pair_chunks

    arrays, scorer, chunk_of, members = setup
    pairs, chunks = partition_pair_chunks(arrays, members[part], part, chunk_of)

    def counted() -> Iterator[tuple[Sequence[int], Sequence[int]]]:
        nonlocal pairs
        for chunk in chunks:
            pairs += len(chunk[0])
            yield chunk

    return scorer.links_of_chunks(counted()), pairs


def _start_worker(gazetteer: Gazetteer) -> None:
    global _worker_gazetteer
    _worker_gazetteer = gazetteer


def _score_task(queries: Sequence[PlaceName]) -> list[dict[str, float]]:
    assert _worker_gazetteer is not None, "the pool's initializer sets the gazetteer"
    return _worker_gazetteer.score_readings(queries)
