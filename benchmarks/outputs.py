"""Time and peak memory of the output stage: ``reconciliation.json``, ``events.csv`` and ``report.html``.

Usage::

    .venv/bin/python benchmarks/generate.py --claims 100000 --seed 1 --out /tmp/outs
    .venv/bin/python benchmarks/outputs.py prepare /tmp/outs/synthetic-100000-s1 /tmp/outs/100k.pickle
    .venv/bin/python benchmarks/outputs.py measure /tmp/outs/100k.pickle [more.pickle ...] [--mode stream|strings]
        [--repeat 3] [--out DIR] [--json FILE]

``prepare`` runs the pipeline once (load and `reconcile.pipeline.reconcile`) and pickles the `Reconciliation`, so
that the output stage can be measured alone and again. ``measure`` runs each measurement in a fresh interpreter:
it unpickles the reconciliation, notes the peak resident memory so far (``ru_maxrss``: the reconciliation itself),
then writes the three files as ``reconcile run`` does and notes the time and the new peak. Modes:

- ``stream`` (the default when available): as ``reconcile run`` writes them now — `gc.freeze`, the track records
  once, then `reconcile.output.write_outputs` with the streaming writers (`reconcile.serialize.write_json`,
  `reconcile.serialize.write_events_csv`, `reconcile.render.write_report`);
- ``strings``: each file built as one string first (`to_json`, `events_csv`, `render_report`), then
  `reconcile.output.write_files` — how ``reconcile run`` wrote its outputs before they were streamed. Run it with
  ``PYTHONPATH`` pointing at an older ``src`` to measure that version.

Figures are printed as a table (and written as JSON with ``--json``): wall-clock and CPU seconds of the output
stage (CPU time moves less than wall-clock time on a shared machine), the peak memory before and during it, and the
size of each file. No timing is asserted anywhere: benchmarks print figures.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

GENERATED = "2026-01-01T00:00:00Z"
FILES = ("events.csv", "report.html", "reconciliation.json")


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # kilobytes on Linux


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def prepare(case_dir: str, target: str) -> None:
    from reconcile.load import load_case
    from reconcile.pipeline import reconcile

    t = time.perf_counter()
    reconciliation = reconcile(load_case(case_dir))
    seconds = time.perf_counter() - t
    with open(target, "wb") as handle:
        pickle.dump(reconciliation, handle, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"{target}: {len(reconciliation.case.claims):,} claims, {len(reconciliation.events):,} events "
          f"(pipeline {seconds:.1f} s, peak {_peak_mib():.0f} MiB)")


def child(pickled: str, out: str, mode: str) -> dict[str, Any]:
    """One measurement, in this (fresh) interpreter."""
    import reconcile.output as output
    from reconcile.render import render_report
    from reconcile.serialize import events_csv, to_json

    t = time.perf_counter()
    with open(pickled, "rb") as handle:
        reconciliation = pickle.load(handle)
    load_seconds = time.perf_counter() - t
    base = _peak_mib()
    folder = Path(out)
    t = time.perf_counter()
    cpu = _cpu_seconds()
    if mode == "strings":
        files = {
            "events.csv": events_csv(reconciliation),
            "report.html": render_report(reconciliation, generated=GENERATED),
            "reconciliation.json": to_json(reconciliation, generated=GENERATED),
        }
        output.write_files(folder, files)
    else:
        from reconcile.render import write_report
        from reconcile.serialize import write_events_csv, write_json
        from reconcile.track_records import track_records

        gc.freeze()  # as reconcile run does: the collector does not walk the reconciliation again
        records = track_records([reconciliation])
        output.write_outputs(folder, {
            "events.csv": lambda handle: write_events_csv(reconciliation, handle),
            "report.html": lambda handle: write_report(reconciliation, handle, generated=GENERATED, records=records),
            "reconciliation.json": lambda handle: write_json(reconciliation, handle, generated=GENERATED,
                                                             records=records),
        })
        gc.unfreeze()
    seconds = time.perf_counter() - t
    cpu = _cpu_seconds() - cpu
    return {
        "claims": len(reconciliation.case.claims), "events": len(reconciliation.events),
        "conflicted": sum(1 for event in reconciliation.events if event.conflicts), "mode": mode,
        "unpickle_seconds": load_seconds, "seconds": seconds, "cpu_seconds": cpu, "base_mib": base,
        "peak_mib": _peak_mib(),
        "bytes": {name: (folder / name).stat().st_size for name in FILES},
    }


def _streaming_available() -> bool:
    import reconcile.output as output

    return hasattr(output, "write_outputs")


def _run_child(pickled: str, out: str, mode: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "_child", pickled, out, mode], capture_output=True, text=True,
                          check=False, env=os.environ.copy())
    if done.returncode != 0:
        raise SystemExit(f"measurement failed ({pickled}, {mode}):\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _size(count: int) -> str:
    return f"{count / 2**20:,.1f} MiB" if count >= 2**20 else f"{count / 1024:,.0f} KiB"


def table(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| claims | events (with a conflict) | mode | output stage | CPU | peak before | peak during | added | "
        "reconciliation.json | events.csv | report.html |",
        "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        sizes = row["bytes"]
        lines.append(
            f"| {row['claims']:,} | {row['events']:,} ({row['conflicted']:,}) | {row['mode']} | "
            f"{row['seconds']:.1f} s | {row['cpu_seconds']:.1f} s | {row['base_mib']:,.0f} MiB | "
            f"{row['peak_mib']:,.0f} MiB | "
            f"{row['peak_mib'] - row['base_mib']:,.0f} MiB | {_size(sizes['reconciliation.json'])} | "
            f"{_size(sizes['events.csv'])} | {_size(sizes['report.html'])} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    made = commands.add_parser("prepare", help="run the pipeline once and pickle the reconciliation")
    made.add_argument("case_dir")
    made.add_argument("pickle")
    measured = commands.add_parser("measure", help="time the output stage in fresh interpreters")
    measured.add_argument("pickles", nargs="+")
    measured.add_argument("--mode", choices=("stream", "strings"), default=None,
                          help="stream (default when available) or strings (each file one string first)")
    measured.add_argument("--repeat", type=int, default=1, help="runs per case; the median time is kept")
    measured.add_argument("--out", default=None, help="output folder (default: a temporary folder per run)")
    measured.add_argument("--json", default=None, help="also write the figures to this file")
    inner = commands.add_parser("_child")
    inner.add_argument("pickle")
    inner.add_argument("out")
    inner.add_argument("mode")
    args = parser.parse_args(argv)

    if args.command == "prepare":
        prepare(args.case_dir, args.pickle)
        return 0
    if args.command == "_child":
        print(json.dumps(child(args.pickle, args.out, args.mode)))
        return 0
    mode = args.mode or ("stream" if _streaming_available() else "strings")
    rows = []
    for pickled in args.pickles:
        runs = []
        for _ in range(max(1, args.repeat)):
            with tempfile.TemporaryDirectory(prefix="reconcile-outputs-") as scratch:
                runs.append(_run_child(pickled, args.out or scratch, mode))
        runs.sort(key=lambda run: run["seconds"])
        row = runs[len(runs) // 2]
        row["peak_mib"] = max(run["peak_mib"] for run in runs)
        rows.append(row)
        print(f"{pickled}: {mode}: {row['seconds']:.1f} s, peak {row['peak_mib']:,.0f} MiB", file=sys.stderr)
    print("\n".join(table(rows)))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
