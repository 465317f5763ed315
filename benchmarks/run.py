"""Time every stage of reconcile on generated cases of growing size, check the grouping against the gold, and
compare with Splink.

Usage::

    .venv/bin/python benchmarks/run.py                              # 1k, 10k, 100k claims
    .venv/bin/python benchmarks/run.py --sizes 1000,10000,100000,1000000 --repeat 3
    .venv/bin/python benchmarks/run.py --sizes 1000 --no-splink --json figures.json

For each size the case is generated once (`benchmarks/generate.py`, kept under ``--out`` for the next run), then
each measurement runs in a fresh interpreter so that its peak memory (``ru_maxrss``) is its own; on Linux the
peak of all its processes together (the main one and its workers, pages they share counted once) is sampled too,
and that is the figure the memory goal is judged by:

- **ours**: the stages as `reconcile.pipeline.reconcile` runs them, timed one by one: ``load`` (read, parse, structure
  and normalize every file: `reconcile.load.load_case`), ``features`` (per-claim place resolution, folding and date
  windows: `reconcile.match.claim_features`), ``block`` (`reconcile.block.iter_candidate_pairs`, drained into a
  compact array; from 5,000 claims in chunks of arrays, `reconcile.block.candidate_pair_chunks`), ``score``
  (`reconcile.match.Scorer.links`; from 5,000 claims `reconcile.match.Scorer.links_of_chunks`) — or, where the
  pipeline runs them in worker processes (`reconcile._parallel.candidate_links`: 5,000 claims or more and two cores or
  more; set ``RECONCILE_PROCESSES=1`` to measure them one by one), both together under ``block`` — ``cluster``
  (`reconcile.cluster.cluster_links`), ``merge`` (`reconcile.merge.merge`) and ``report`` (the track records and the
  three output files, written as `reconcile run` writes them: `reconcile.output.write_outputs`); with the candidate
  pairs and the pairwise precision, recall and F1 of the events against the gold grouping.
- **parse**: the floor: the time only to parse the same files with the standard library (``csv.reader`` and the C
  ``json.loads``; YAML with the C loader), and the time of reconcile's own parsing layer
  (`reconcile._documents`, which also records the line of every value). ``load`` minus the latter is the time
  spent structuring and normalizing.
- **splink**: Splink 4+/5 on DuckDB over the same loaded claims, with comparable blocking (the same date window
  and the same place keys as reconcile's blocking) and comparisons (place names folded with anyascii and
  lowercased, Jaro-Winkler levels; date overlap and distance; exact killed figures per party; same source), its
  m and u probabilities and the prior set from the gold of a *separate* generated training case (another seed,
  same size up to 100k claims), and its clustering threshold chosen on that training case. Its time counts the
  preparation of its input (including computing the blocking keys with reconcile), training excluded.

Timings are wall-clock seconds on a shared machine: use ``--repeat`` and read the medians. Goals are printed as
MET or NOT MET with the figure.
"""

from __future__ import annotations

import argparse
import array
import csv
import gc
import io
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (the generator beside this script)

STAGES = ("load", "features", "block", "score", "cluster", "merge", "report")
MATCHING = ("features", "block", "score", "cluster")
GOAL_SECONDS = 60.0
GOAL_GIB = 4.0
GOAL_RATIO = 12.6
GOAL_SPLINK = 3.0
GOAL_PARSE = 5.0
GENERATED = "2000-01-01T00:00:00+00:00"
#: Address space allowed to one measurement (RECONCILE_BENCH_MEMORY_GIB overrides it): above, it fails rather than
#: starve the other users of the machine.
MEMORY_GIB = 14.0


# --------------------------------------------------------------------------------------------------------------
# Scoring against the gold
# --------------------------------------------------------------------------------------------------------------


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise_scores(predicted: Iterable[Iterable[str]], gold: Mapping[str, str]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of a grouping against the gold (claim -> incident), over the claims of
    ``predicted`` that the gold knows."""
    cluster_of: dict[str, int] = {}
    for k, group in enumerate(predicted):
        for claim in group:
            cluster_of[claim] = k
    both: Counter[tuple[int, str]] = Counter()
    sizes_pred: Counter[int] = Counter()
    sizes_gold: Counter[str] = Counter()
    for claim, k in cluster_of.items():
        incident = gold.get(claim)
        if incident is None:
            continue
        both[(k, incident)] += 1
        sizes_pred[k] += 1
        sizes_gold[incident] += 1
    tp = sum(_pairs(n) for n in both.values())
    pred = sum(_pairs(n) for n in sizes_pred.values())
    true = sum(_pairs(n) for n in sizes_gold.values())
    precision = tp / pred if pred else 1.0
    recall = tp / true if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "true_pairs": true, "predicted_pairs": pred}


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # kilobytes on Linux


def _worker_peak_mib() -> float:
    """The peak resident memory of the largest worker process this one has waited for (0 without workers).

    A forked worker shares the pages of this process until either writes to them, and its resident memory counts
    the shared pages too: this is an upper bound of what it added, not an amount to add to `_peak_mib`."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0


# --------------------------------------------------------------------------------------------------------------
# Children: each measurement in a fresh interpreter
# --------------------------------------------------------------------------------------------------------------


class _Progress(dict[str, float]):
    """Stage times that are also printed as they come, so that a run stopped by the timeout still tells them; and
    the peak memory so far at the end of each stage (``peaks``), which says which stage set the peak."""

    def __init__(self) -> None:
        super().__init__()
        self.peaks: dict[str, float] = {}

    def __setitem__(self, key: str, value: float) -> None:
        super().__setitem__(key, value)
        self.peaks[key] = _peak_mib()
        print(json.dumps({"stage": key, "seconds": value, "peak_mib": self.peaks[key], "end": time.monotonic()}),
              flush=True)


def child_ours(case_dir: str, gold_path: str, check: bool) -> dict[str, Any]:
    from reconcile import block
    from reconcile._parallel import candidate_links
    from reconcile._parallel import processes as _parallel_processes
    from reconcile.cluster import _CHUNKS_MIN as CHUNKS_MIN
    from reconcile.cluster import cluster_links
    from reconcile.load import load_case
    from reconcile.match import MatchConfig, Scorer, claim_features
    from reconcile.merge import DEFAULT_RULES, merge
    from reconcile.models import Reconciliation
    from reconcile.output import write_outputs
    from reconcile.places import case_gazetteer
    from reconcile.render import write_report
    from reconcile.serialize import write_events_csv, write_json
    from reconcile.track_records import track_records

    times = _Progress()
    gc.collect()
    t = time.perf_counter()
    case = load_case(case_dir)
    times["load"] = time.perf_counter() - t

    config = MatchConfig()
    gc.disable()  # as `reconcile.pipeline.reconcile` does for its stages
    t = time.perf_counter()
    gazetteer = case_gazetteer(case)
    # As the pipeline does: each distinct place text is read once, for the features and again for merge.
    mentions: dict[str, Any] = {}
    features = claim_features(case.claims, gazetteer=gazetteer, config=config, parties=case.parties,
                              mentions=mentions)
    times["features"] = time.perf_counter() - t

    # As `reconcile.cluster.cluster_features` does: blocking and scoring together, one partition of time per
    # process (this one and workers), when the case is large enough and there are cores; else one after the other.
    # The scorer is made first, as there, and its values of each claim are made once for blocking and clustering.
    t = time.perf_counter()
    scorer = Scorer(features, config)
    pooled = candidate_links(features, config, scorer=scorer)
    processes = 1
    if pooled is not None:
        links, pair_count = pooled
        times["block"] = time.perf_counter() - t  # block and score together
        times["score"] = 0.0
        processes = _parallel_processes()
    elif len(features) >= CHUNKS_MIN:  # as `cluster_features`: the pairs in chunks of arrays, scored on arrays
        chunks = list(block.candidate_pair_chunks(features, config))
        times["block"] = time.perf_counter() - t
        t = time.perf_counter()
        links = scorer.links_of_chunks(chunks)
        times["score"] = time.perf_counter() - t
        # The chunks leave out the pairs within a link unit (which scoring skips); `iter_candidate_pairs` counts them.
        sizes = Counter(f.unit for f in features)
        pair_count = sum(len(partners) for partners, _ in chunks) + sum(k * (k - 1) // 2 for k in sizes.values())
        del chunks
    else:
        n = len(features)
        packed = array.array("q")
        for i, j in block.iter_candidate_pairs(features, config):
            packed.append(i * n + j)
        times["block"] = time.perf_counter() - t

        def unpacked(values: array.array[int]) -> Iterator[tuple[int, int]]:
            for value in values:
                yield divmod(value, n)

        t = time.perf_counter()
        links = scorer.links(unpacked(packed))
        times["score"] = time.perf_counter() - t
        pair_count = len(packed)
        del packed

    t = time.perf_counter()
    clustering = cluster_links(scorer, links, reasons=False)  # as `reconcile.cluster.group_claims` does
    times["cluster"] = time.perf_counter() - t
    groups = clustering.groups
    # `reconcile.pipeline.reconcile` keeps only the groups past this point: so does the measurement, or its peak
    # memory would count the features, links and scores that the pipeline has let go.
    link_count = len(links)
    del pooled, links, scorer, clustering, features

    t = time.perf_counter()
    events = merge(case, groups, rules=DEFAULT_RULES, gazetteer=gazetteer, mentions=mentions)
    times["merge"] = time.perf_counter() - t
    del mentions
    reconciliation = Reconciliation(case=case, events=events,
                                    methodology=(*config.describe(), *DEFAULT_RULES.describe()))

    # As `reconcile run` writes: the collector still paused (the pipeline's pause hands what it built to the oldest
    # generation unexamined, and the writing pauses it again) and the reconciliation frozen.
    gc.freeze()
    t = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="reconcile-bench-") as folder:
            records = track_records([reconciliation])
            write_outputs(Path(folder), {  # as `reconcile run` writes them
                "events.csv": lambda handle: write_events_csv(reconciliation, handle),
                "report.html": lambda handle: write_report(reconciliation, handle, generated=GENERATED,
                                                           records=records),
                "reconciliation.json": lambda handle: write_json(reconciliation, handle, generated=GENERATED,
                                                                 records=records),
            })
            json_bytes = (Path(folder) / "reconciliation.json").stat().st_size
            report_bytes = (Path(folder) / "report.html").stat().st_size
        times["report"] = time.perf_counter() - t
    finally:
        gc.unfreeze()
        gc.enable()

    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    result: dict[str, Any] = {
        "claims": len(case.claims), "rejected": len(case.rejected), "events": len(events), "pairs": pair_count,
        "block_processes": processes,
        "links": link_count, "times": dict(times), "total": sum(times.values()), "peak_mib": _peak_mib(),
        "worker_peak_mib": _worker_peak_mib(), "stage_peaks_mib": dict(times.peaks),
        "json_mib": json_bytes / 2**20, "report_mib": report_bytes / 2**20,
        **pairwise_scores((g.claims for g in groups), gold),
    }
    if check:
        from reconcile.pipeline import reconcile

        result["equals_pipeline"] = reconcile(case).events == events
    return result


def child_parse(case_dir: str) -> dict[str, Any]:
    """The floor (standard-library parsers only) and reconcile's parsing layer, over the same files."""
    import yaml

    from reconcile import _documents as documents

    files = sorted(p for p in Path(case_dir).iterdir() if p.suffix.lower() in (".csv", ".json", ".yaml", ".yml"))
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    floor = ours = 0.0
    for path in files:
        t = time.perf_counter()
        text = path.read_bytes().decode("utf-8-sig")
        if path.suffix == ".csv":
            rows = list(csv.reader(io.StringIO(text, newline="")))
        elif path.suffix == ".json":
            rows = json.loads(text)
        else:
            rows = yaml.load(text, Loader=loader)  # the C safe loader
        floor += time.perf_counter() - t
        del rows
        t = time.perf_counter()
        text = documents.decode(path.read_bytes())
        if path.suffix == ".csv":
            parsed: object = documents.parse_csv(text)
        elif path.suffix == ".json":
            parsed = documents.parse_json(text)
        else:
            parsed = documents.parse_yaml(text)
        ours += time.perf_counter() - t
        del parsed, text
    return {"floor": floor, "documents": ours, "peak_mib": _peak_mib(),
            "bytes": sum(p.stat().st_size for p in files)}


# --- Splink -------------------------------------------------------------------------------------------------------


def _splink_rows(case: Any) -> tuple[list[dict[str, Any]], float]:
    """The claims as Splink's input rows, and the seconds it took to make them (reconcile's features for the
    blocking keys, anyascii folds, figures)."""
    from anyascii import anyascii

    from reconcile import block
    from reconcile.match import MatchConfig, claim_features
    from reconcile.places import case_gazetteer, split_places

    t = time.perf_counter()
    config = MatchConfig()
    gazetteer = case_gazetteer(case)
    # As the pipeline does: each distinct place text is read once, for the features and again for merge.
    mentions: dict[str, Any] = {}
    features = claim_features(case.claims, gazetteer=gazetteer, config=config, parties=case.parties,
                              mentions=mentions)
    rows = []
    for f in features:
        # reconcile's keys, and for the points the grid cells that reconcile's blocking finds neighbours through
        # (Splink joins on shared keys; it does not measure the distance between points, so it meets a few more).
        prefix = "T|" if f.period else ""
        cells = block._geo_keys((point for place in f.places for point in place.points), config.far_km)
        keys = sorted(block.blocking_keys(f, config) | {prefix + cell for cell in cells})
        place_keys = [k for k in keys if not k.removeprefix("T|").startswith(("r:", "x:"))]
        aux_keys = [k for k in keys if k.removeprefix("T|").startswith(("r:", "x:"))]
        names = split_places(f.claim.place) or (f.claim.place,)
        killed: dict[str, int | None] = {"armenia": None, "azerbaijan": None, "nkr": None}
        for fig in f.figures:
            if fig.measure == "killed" and fig.party in killed and fig.exact_value is not None:
                killed[fig.party] = fig.exact_value
        rows.append({
            "unique_id": f.id, "source_id": f.source, "place_fold": " ".join(anyascii(n).lower() for n in names),
            "wstart": f.start, "wend": f.end, "dstart": f.claim.date.start.toordinal(),
            "dend": f.claim.date.end.toordinal(), "place_keys": place_keys, "aux_keys": aux_keys,
            "unplaced": f.unplaced, "k_am": killed["armenia"], "k_az": killed["azerbaijan"], "k_nkr": killed["nkr"],
        })
    return rows, time.perf_counter() - t


def _splink_settings(window: int, prior: float) -> Any:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl
    from splink import SettingsCreator
    from splink.blocking_rule_library import CustomRule

    date = cl.CustomComparison(output_column_name="date", comparison_levels=[
        cll.CustomLevel("dstart_l = dstart_r and dend_l = dend_r", label_for_charts="same span"),
        cll.CustomLevel("dstart_l <= dend_r and dstart_r <= dend_l", label_for_charts="spans overlap"),
        cll.CustomLevel("abs((dstart_l + dend_l) - (dstart_r + dend_r)) <= 2", label_for_charts="within a day"),
        cll.ElseLevel(),
    ])
    place = cl.CustomComparison(output_column_name="place", comparison_levels=[
        cll.NullLevel("place_fold"),
        cll.ExactMatchLevel("place_fold"),
        cll.JaroWinklerLevel("place_fold", 0.92),
        cll.JaroWinklerLevel("place_fold", 0.8),
        cll.ElseLevel(),
    ])
    same = " or ".join(f"({c}_l = {c}_r and {c}_l > 0)" for c in ("k_am", "k_az", "k_nkr"))
    differ = " or ".join(f"({c}_l <> {c}_r)" for c in ("k_am", "k_az", "k_nkr"))
    casualties = cl.CustomComparison(output_column_name="casualties", comparison_levels=[
        cll.CustomLevel("coalesce(k_am_l, k_az_l, k_nkr_l) is null or coalesce(k_am_r, k_az_r, k_nkr_r) is null")
        .configure(is_null_level=True),
        cll.CustomLevel(same, label_for_charts="an exact killed figure equal"),
        cll.CustomLevel(differ, label_for_charts="exact killed figures differ"),
        cll.ElseLevel(),
    ])
    source = cl.ExactMatch("source_id")
    within = f"l.wend + {window} >= r.wstart and r.wend + {window} >= l.wstart"
    return SettingsCreator(
        link_type="dedupe_only",
        comparisons=[date, place, casualties, source],
        blocking_rules_to_generate_predictions=[
            CustomRule(f"l.place_keys = r.place_keys and {within}", arrays_to_explode=["place_keys"]),
            CustomRule(f"l.aux_keys = r.aux_keys and (l.unplaced or r.unplaced) and {within}",
                       arrays_to_explode=["aux_keys"]),
        ],
        probability_two_random_records_match=prior,
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=False,
    )


def _splink_clusters(linker: Any, predictions: Any, threshold: float) -> list[list[str]]:
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=threshold)
    rows = clusters.as_duckdbpyrelation().select("cluster_id, unique_id").fetchall()
    by: dict[str, list[str]] = {}
    for cluster_id, unique_id in rows:
        by.setdefault(str(cluster_id), []).append(str(unique_id))
    return list(by.values())


def child_splink(case_dir: str, gold_path: str, train_dir: str, train_gold: str) -> dict[str, Any]:
    import logging

    from splink import DuckDBAPI, Linker

    from reconcile.load import load_case
    from reconcile.match import MatchConfig

    logging.disable(logging.WARNING)
    window = MatchConfig().date_window_days
    thresholds = (0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 0.95, 0.99)

    # Training on a separate case: u by random sampling, m from the gold labels, the prior from the gold.
    t = time.perf_counter()
    train_case = load_case(train_dir)
    rows, _ = _splink_rows(train_case)
    train_gold_map = json.loads(Path(train_gold).read_text(encoding="utf-8"))
    for row in rows:
        row["incident"] = train_gold_map[row["unique_id"]]
    sizes = Counter(row["incident"] for row in rows)
    prior = sum(_pairs(k) for k in sizes.values()) / _pairs(len(rows))
    db = DuckDBAPI()
    linker = Linker(db.register(rows), _splink_settings(window, prior), log_level=None)
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    linker.training.estimate_m_from_label_column("incident")
    model = linker.misc.save_model_to_json()
    predictions = linker.inference.predict(threshold_match_probability=min(thresholds))
    best = max(thresholds, key=lambda th: pairwise_scores(_splink_clusters(linker, predictions, th),
                                                          train_gold_map)["f1"])
    train_seconds = time.perf_counter() - t
    del linker, db, rows, train_case

    # The measured run: from the loaded claims to clusters.
    gc.collect()
    t = time.perf_counter()
    case = load_case(case_dir)
    load = time.perf_counter() - t
    t = time.perf_counter()
    rows, _prep = _splink_rows(case)
    db = DuckDBAPI()
    linker = Linker(db.register(rows), model, log_level=None)
    prep = time.perf_counter() - t
    t = time.perf_counter()
    predictions = linker.inference.predict(threshold_match_probability=best)
    predict = time.perf_counter() - t
    pairs = predictions.as_duckdbpyrelation().count("*").fetchall()[0]
    t = time.perf_counter()
    clusters = _splink_clusters(linker, predictions, best)
    cluster = time.perf_counter() - t
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    return {
        "load": load, "prep": prep, "predict": predict, "cluster": cluster, "matching": prep + predict + cluster,
        "train_seconds": train_seconds, "threshold": best, "links": pairs[0] if pairs else 0,
        "peak_mib": _peak_mib(), **pairwise_scores(clusters, gold),
    }


# --------------------------------------------------------------------------------------------------------------
# The parent: generate, measure, print
# --------------------------------------------------------------------------------------------------------------


def _run_child(args: Sequence[str], timeout: float | None) -> dict[str, Any]:
    """One measurement in a fresh interpreter, with the memory of all its processes together (`_TreeMemory`)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    env = dict(os.environ)
    env.setdefault("RECONCILE_BENCH_MEMORY_GIB", str(MEMORY_GIB))
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    sampler = _TreeMemory(child.pid)
    sampler.start()
    try:
        out, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate()
        return _partial(out, f"not finished within {timeout:.0f} s")
    finally:
        sampler.stop()
    if child.returncode != 0:
        return _partial(out, (err.strip().splitlines() or ["failed"])[-1])
    result = dict(json.loads(out.strip().splitlines()[-1]))
    if sampler.peak_mib is not None:
        result["together_mib"] = max(sampler.peak_mib, result.get("peak_mib", 0.0))
        ends = [(item["stage"], item["end"]) for line in out.splitlines() if line.startswith('{"stage"')
                for item in [json.loads(line)] if "end" in item]
        if ends:
            result["stage_together_mib"] = sampler.stage_peaks(ends)
    return result


class _TreeMemory(threading.Thread):
    """The peak of the memory of a process and all its descendants together, sampled every `SAMPLE_SECONDS`: the
    sum of their proportional set sizes (PSS: each page shared by k processes counts 1/k in each), so that the
    pages a forked worker shares with its parent count once. Linux only (``/proc/<pid>/smaps_rollup``): elsewhere
    ``peak_mib`` stays ``None``. A sample can miss a peak shorter than the interval; the main process's own peak
    (``ru_maxrss``) is exact, and the larger of the two is reported."""

    SAMPLE_SECONDS = 0.2

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_mib: float | None = 0.0 if Path(f"/proc/{pid}/smaps_rollup").exists() else None
        self.samples: list[tuple[float, float]] = []  # (time.monotonic(), MiB): one clock for every process
        self._done = threading.Event()

    def run(self) -> None:
        while self.peak_mib is not None and not self._done.wait(self.SAMPLE_SECONDS):
            # Stamped when the reading starts: reading every process can take a second on a busy machine, and a
            # stamp taken at its end would count the last sample of a stage under the next one.
            at = time.monotonic()
            total = sum(_pss_kib(pid) for pid in _process_tree(self.pid)) / 1024.0
            self.samples.append((at, total))
            self.peak_mib = max(self.peak_mib, total)

    def stage_peaks(self, ends: Sequence[tuple[str, float]]) -> dict[str, float]:
        """The peak of the samples taken during each stage, given each stage's end (in order, on the same clock)."""
        peaks: dict[str, float] = {}
        start = -math.inf
        for stage, end in ends:
            peaks[stage] = max((mib for at, mib in self.samples if start < at <= end), default=0.0)
            start = end
        return peaks

    def stop(self) -> None:
        self._done.set()
        self.join()


def _process_tree(root: int) -> list[int]:
    """``root`` and every process descending from it (from ``/proc/<pid>/stat``)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue  # ended meanwhile
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as lines:
            for line in lines:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass  # ended meanwhile
    return 0


def _partial(text: str, error: str) -> dict[str, Any]:
    """The stages a stopped or failed measurement finished, from the lines it printed as it went."""
    partial: dict[str, float] = {}
    peak = 0.0
    for line in text.splitlines():
        if line.startswith('{"stage"'):
            item = json.loads(line)
            partial[item["stage"]] = item["seconds"]
            peak = max(peak, item["peak_mib"])
    return {"error": error, "partial": partial, "peak_mib": peak}


def _case(size: int, seed: int, out: Path) -> generate.GeneratedCase:
    stamp = out / f"synthetic-{size}-s{seed}.stamp.json"
    case_dir = out / f"synthetic-{size}-s{seed}"
    gold = out / f"synthetic-{size}-s{seed}.gold.json"
    signature = {"generator": (HERE / "generate.py").stat().st_mtime_ns, "size": size, "seed": seed}
    if stamp.exists() and case_dir.is_dir() and gold.exists():
        saved = json.loads(stamp.read_text())
        if saved.get("signature") == signature:
            return generate.GeneratedCase(case_dir, gold, saved["claims"], saved["incidents"], saved["sources"],
                                          saved["format"])
    made = generate.generate(size, seed=seed, out=out)
    stamp.write_text(json.dumps({"signature": signature, "claims": made.claims, "incidents": made.incidents,
                                 "sources": made.sources, "format": made.format}))
    return made


def _median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def _median_result(results: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Stage-wise medians over repeated runs (the other fields from the first)."""
    ok = [r for r in results if "error" not in r]
    if not ok:
        return results[0]
    out = dict(ok[0])
    if "times" in out:
        out["times"] = {stage: _median([r["times"][stage] for r in ok]) for stage in out["times"]}
        out["total"] = _median([r["total"] for r in ok])
    for key in ("floor", "documents", "prep", "predict", "cluster", "matching", "load", "peak_mib", "worker_peak_mib",
                "together_mib"):
        if key in out and isinstance(out[key], float):
            out[key] = _median([r[key] for r in ok])
    out["runs"] = len(ok)
    return out


def _fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.{digits}f}"


def report(rows: list[dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    header = ["claims", *STAGES, "total", "peak MiB", "pairs", "P", "R", "F1"]
    lines.append("reconcile, seconds per stage (median of runs):")
    lines.append(" | ".join(header))
    for row in rows:
        ours = row["ours"]
        if "error" in ours:
            partial = ours.get("partial", {})
            done = " | ".join(_fmt(partial[s]) if s in partial else "-" for s in STAGES)
            lines.append(f"{row['size']:,} | {done} | {ours['error']} | {ours.get('peak_mib', 0):.0f} (so far)")
            continue
        cells = [f"{ours['claims']:,}", *(_fmt(ours["times"][s]) for s in STAGES), _fmt(ours["total"]),
                 f"{ours['peak_mib']:.0f}", f"{ours['pairs']:,}", _fmt(ours["precision"], 3),
                 _fmt(ours["recall"], 3), _fmt(ours["f1"], 3)]
        lines.append(" | ".join(cells))
    pooled = [f"{row['size']:,}" for row in rows if row["ours"].get("block_processes", 1) > 1]
    if pooled:
        processes = max(row["ours"].get("block_processes", 1) for row in rows)
        lines.append(f"(at {', '.join(pooled)} claims block and score ran together in {processes} processes, the main "
                     "one and workers, one partition of time each: their time is under block)")
    for row in rows:
        peaks = row["ours"].get("stage_peaks_mib")
        if peaks:
            lines.append(f"(peak MiB at the end of each stage, {row['size']:,}: "
                         + ", ".join(f"{stage} {peaks[stage]:.0f}" for stage in STAGES if stage in peaks) + ")")
        during = row["ours"].get("stage_together_mib")
        if during:
            lines.append(f"(all processes together during each stage, {row['size']:,}: "
                         + ", ".join(f"{stage} {during[stage]:.0f}" for stage in STAGES if stage in during) + ")")
    workers = [f"{row['ours']['worker_peak_mib']:.0f} MiB at {row['size']:,}" for row in rows
               if row["ours"].get("worker_peak_mib", 0) > 0]
    if workers:
        lines.append(f"(peak MiB is the main process's; the largest worker process peaked at {', '.join(workers)}, "
                     "counting the pages it shares with the main process)")
    together = [f"{row['ours']['together_mib']:.0f} MiB at {row['size']:,}" for row in rows
                if "together_mib" in row["ours"]]
    if together:
        lines.append(f"(all processes together, the sum of their PSS sampled every {_TreeMemory.SAMPLE_SECONDS} s: "
                     f"{', '.join(together)})")
    lines.append("")
    lines.append("parse floor (stdlib csv/json/yaml), reconcile's parse layer, end-to-end / floor:")
    for row in rows:
        parse, ours = row["parse"], row["ours"]
        if "error" in parse or "error" in ours:
            continue
        lines.append(f"{ours['claims']:,} claims ({parse['bytes'] / 2**20:.1f} MiB): floor {_fmt(parse['floor'])} s, "
                     f"parse layer {_fmt(parse['documents'])} s, load {_fmt(ours['times']['load'])} s "
                     f"(structure + normalize {_fmt(ours['times']['load'] - parse['documents'])} s), "
                     f"end-to-end / floor {ours['total'] / parse['floor']:.1f}x")
    splinked = [row for row in rows if row.get("splink")]
    if splinked:
        lines.append("")
        lines.append("side by side with Splink (from loaded claims to groups; Splink trained on another seed):")
        lines.append("claims | reconcile s | Splink s (prep/predict/cluster) | speed-up | reconcile MiB | Splink MiB "
                     "| reconcile F1 | Splink F1 (threshold)")
        for row in splinked:
            ours, sp = row["ours"], row["splink"]
            if "error" in sp or "error" in ours:
                lines.append(f"{row['size']} | Splink error: {sp.get('error')}")
                continue
            matching = sum(ours["times"][s] for s in MATCHING)
            lines.append(
                f"{ours['claims']:,} | {matching:.2f} | {sp['matching']:.2f} ({sp['prep']:.2f}/{sp['predict']:.2f}/"
                f"{sp['cluster']:.2f}) | {sp['matching'] / matching:.1f}x | "
                f"{ours.get('together_mib', ours['peak_mib']):.0f} | "
                f"{sp['peak_mib']:.0f} | {ours['f1']:.3f} (P {ours['precision']:.3f} R {ours['recall']:.3f}) | "
                f"{sp['f1']:.3f} (P {sp['precision']:.3f} R {sp['recall']:.3f}, p>={sp['threshold']})")
    lines.append("")
    lines.extend(goals(rows))
    return lines


def goals(rows: list[dict[str, Any]]) -> list[str]:
    out = ["goals:"]
    good = {row["size"]: row for row in rows if "error" not in row["ours"]}

    def verdict(ok: bool) -> str:
        return "MET" if ok else "NOT MET"

    big = good.get(1_000_000)
    failed = next((row for row in rows if row["size"] == 1_000_000 and "error" in row["ours"]), None)
    if failed is not None:
        ours = failed["ours"]
        done = sum(ours.get("partial", {}).values())
        out.append(f"- 1M claims end-to-end <= {GOAL_SECONDS:.0f} s and <= {GOAL_GIB:.0f} GiB: NOT MET "
                   f"({done:.0f} s for the stages that finished, then {ours['error']}; peak at least "
                   f"{ours.get('peak_mib', 0) / 1024:.1f} GiB)")
    elif big is None:
        out.append("- 1M claims end-to-end <= 60 s and <= 4 GiB: not measured (add 1000000 to --sizes)")
    else:
        ours = big["ours"]
        # The peak of all the run's processes together where it was measured: worker processes count.
        peak = ours.get("together_mib", ours["peak_mib"])
        ok = ours["total"] <= GOAL_SECONDS and peak <= GOAL_GIB * 1024
        out.append(f"- 1M claims end-to-end <= {GOAL_SECONDS:.0f} s and <= {GOAL_GIB:.0f} GiB: {verdict(ok)} "
                   f"({ours['total']:.1f} s, {peak / 1024:.2f} GiB for all processes together, the main process "
                   f"{ours['peak_mib'] / 1024:.2f} GiB)")
    sizes = sorted(good)
    for small in sizes:
        large = small * 10
        if large in good:
            ratio = good[large]["ours"]["total"] / good[small]["ours"]["total"]
            out.append(f"- time(10n)/time(n) <= {GOAL_RATIO} for n = {small:,}: {verdict(ratio <= GOAL_RATIO)} "
                       f"({ratio:.1f})")
    for size in sizes:
        row = good[size]
        sp = row.get("splink")
        if sp and "error" not in sp:
            matching = sum(row["ours"]["times"][s] for s in MATCHING)
            speed = sp["matching"] / matching
            ok = speed >= GOAL_SPLINK and row["ours"]["f1"] >= sp["f1"]
            out.append(f"- >= {GOAL_SPLINK:.0f}x Splink's speed at equal or better F1, {size:,} claims: {verdict(ok)} "
                       f"({speed:.1f}x, F1 {row['ours']['f1']:.3f} vs {sp['f1']:.3f})")
        elif sp:
            out.append(f"- Splink at {size:,} claims: could not run ({sp['error']})")
        parse = row["parse"]
        if "error" not in parse:
            factor = row["ours"]["total"] / parse["floor"]
            out.append(f"- end-to-end within {GOAL_PARSE:.0f}x of the parse floor, {size:,} claims: "
                       f"{verdict(factor <= GOAL_PARSE)} ({factor:.1f}x)")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="claims per case, comma-separated")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default="/tmp/reconcile-bench", help="where generated cases are kept")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; medians are printed")
    parser.add_argument("--no-splink", action="store_true", help="skip the Splink comparison")
    parser.add_argument("--splink-max", type=int, default=1_000_000, help="largest size Splink is run at")
    parser.add_argument("--check", action="store_true",
                        help="also check that the staged run equals reconcile.pipeline.reconcile (small sizes)")
    parser.add_argument("--timeout", type=float, default=None, help="seconds allowed per measurement")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        limit = os.environ.get("RECONCILE_BENCH_MEMORY_GIB")
        if limit:
            # A measurement that outgrows the limit fails with MemoryError instead of pushing the shared machine
            # into swap or the OOM killer.
            size = int(float(limit) * 2**30)
            resource.setrlimit(resource.RLIMIT_AS, (size, size))
        kind, *rest = args.child
        if kind == "ours":
            result = child_ours(rest[0], rest[1], rest[2:] == ["check"])
        elif kind == "parse":
            result = child_parse(rest[0])
        else:
            result = child_splink(*rest)
        print(json.dumps(result))
        return 0

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    rows: list[dict[str, Any]] = []
    for size in sizes:
        made = _case(size, args.seed, out)
        print(f"# {size:,}: {made.claims:,} claims, {made.incidents:,} incidents, {made.sources} sources "
              f"({made.format}) in {made.case_dir}", file=sys.stderr, flush=True)
        child = ["ours", str(made.case_dir), str(made.gold_path), *(["check"] if args.check else [])]
        ours = _median_result([_run_child(child, args.timeout) for _ in range(args.repeat)])
        parse = _median_result([_run_child(["parse", str(made.case_dir)], args.timeout)
                                for _ in range(args.repeat)])
        row: dict[str, Any] = {"size": size, "generated": {"claims": made.claims, "incidents": made.incidents},
                               "ours": ours, "parse": parse}
        if not args.no_splink and size <= args.splink_max:
            train = _case(min(size, 100_000), args.seed + 1000, out)
            row["splink"] = _median_result([
                _run_child(["splink", str(made.case_dir), str(made.gold_path), str(train.case_dir),
                            str(train.gold_path)], args.timeout) for _ in range(args.repeat)])
        print(f"# {size:,}: {json.dumps(row)}", file=sys.stderr, flush=True)
        rows.append(row)
    lines = report(rows)
    print("\n".join(lines))
    if args.json:
        Path(args.json).write_text(json.dumps({"rows": rows, "summary": lines}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
