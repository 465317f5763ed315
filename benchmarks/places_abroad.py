"""Measure the place-name matcher of `reconcile.places` on spellings of places outside Armenia and Azerbaijan.

Usage::

    .venv/bin/python benchmarks/places_abroad.py [--tune-only] [--errors N] [--scores FILE]

The probe (``benchmarks/data/places-abroad.jsonl``) lists places of Ukraine, Russia, Georgia, Syria, Iraq, Gaza and
Israel, Yemen, the Sahel and the Balkans with their spellings in several languages and scripts, and pairs of
nearby places whose names are alike. Every two spellings of one place are a positive pair; every spelling of one
place of a listed pair against every spelling of the other, a negative pair. Pairs that fold to one key in both
spellings are kept: they are most of what a matcher meets.

Places are split as in ``benchmarks/places.py``: a place is *held out* when the SHA-256 of its name (the ``place``
field) falls in the lowest 30 %. The *tune* part has the pairs of tuning places, the *held-out* part the pairs of
held-out places, the *cross* part the negative pairs with one place on each side; *held+cross* is the last two
together. Rules were designed on the tune part only; the others are read once, at the end.

Printed: pairs, positives, average precision and precision / recall / F1 at `SAME_PLACE_THRESHOLD` per part, and
with ``--errors`` the tune part's missed and falsely matched pairs. ``--scores FILE`` writes every pair's score
(one JSON line a pair), so that two versions of the matcher can be compared pair by pair (``--compare OLD NEW``).
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_PROBE = HERE / "data" / "places-abroad.jsonl"

_spec = importlib.util.spec_from_file_location("places_dev_benchmark", HERE / "places.py")
assert _spec is not None
assert _spec.loader is not None
_dev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_dev)
# The same split (a place's SHA-256 hash; the place's name here, its geonameid there), measures and error listing.
average_precision, prf, show_errors, split = _dev.average_precision, _dev.prf, _dev.show_errors, _dev.split
held_out = _dev.held_out

Pair = dict[str, Any]


def load_pairs(path: Path) -> list[Pair]:
    """The labelled pairs of the probe file: the spellings of each place paired, and the listed different places'
    spellings crossed."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    spellings = {r["place"]: [s for _tag, s in r["spellings"]] for r in records if "place" in r}
    pairs: list[Pair] = []
    for place, names in spellings.items():
        for a, b in itertools.combinations(dict.fromkeys(names), 2):
            pairs.append({"a": a, "b": b, "place_a": place, "place_b": place, "same": True})
    for record in records:
        if "different" in record:
            x, y = record["different"]
            for a, b in itertools.product(spellings[x], spellings[y]):
                pairs.append({"a": a, "b": b, "place_a": x, "place_b": y, "same": False})
    return pairs


def evaluate(parts: dict[str, list[Pair]], names: Sequence[str]) -> None:
    from reconcile import places

    threshold = places.SAME_PLACE_THRESHOLD
    print(f"{'part':10} {'pairs':>5} {'pos':>4} {'AP':>6} {'thr':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for part in names:
        pairs = parts[part]
        scores = [places.similarity(p["a"], p["b"]) for p in pairs]
        labels = [bool(p["same"]) for p in pairs]
        head = f"{part:10} {len(pairs):5d} {sum(labels):4d}"
        if not any(labels):
            false = sum(1 for score in scores if score >= threshold)
            print(f"{head} {'':6} {threshold:5.2f} false matches: {false} ({false / len(scores):.1%} of the pairs)")
            continue
        p, r, f = prf(scores, labels, threshold)
        print(f"{head} {average_precision(scores, labels):6.3f} {threshold:5.2f} {p:6.3f} {r:6.3f} {f:6.3f}")


def write_scores(pairs: Sequence[Pair], path: Path) -> None:
    from reconcile import places

    with path.open("w", encoding="utf-8") as out:
        for p in pairs:
            record = {**p, "score": round(places.similarity(p["a"], p["b"]), 4)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def compare(old_path: Path, new_path: Path, threshold: float) -> None:
    """The pairs whose judgement at ``threshold`` differs between two score files, by part."""
    old = [json.loads(line) for line in old_path.read_text(encoding="utf-8").splitlines()]
    new = [json.loads(line) for line in new_path.read_text(encoding="utf-8").splitlines()]
    rows: dict[str, list[str]] = {"fixed": [], "broken": []}
    for before, after in zip(old, new, strict=True):
        was, now = before["score"] >= threshold, after["score"] >= threshold
        if was == now:
            continue
        a, b = held_out(before["place_a"]), held_out(before["place_b"])
        part = "held-out" if a and b else "tune" if not (a or b) else "cross"
        kind = "fixed" if now == before["same"] else "broken"
        rows[kind].append(
            f"  [{part}] {before['score']:.3f} -> {after['score']:.3f}  {before['a']!r} / "
            f"{before['b']!r} ({'same' if before['same'] else 'different'})"
        )
    for kind, lines in rows.items():
        print(f"{kind}: {len(lines)}")
        print("\n".join(sorted(lines)))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("probe", nargs="?", type=Path, default=DEFAULT_PROBE)
    parser.add_argument("--tune-only", action="store_true", help="report the tune part only (for development)")
    parser.add_argument("--errors", type=int, default=0, help="show this many errors on the tune part")
    parser.add_argument("--scores", type=Path, help="write every pair's score to this file (JSON lines)")
    parser.add_argument(
        "--compare",
        type=Path,
        nargs=2,
        metavar=("OLD", "NEW"),
        help="list the pairs judged differently in two --scores files, and stop",
    )
    args = parser.parse_args(argv)
    if args.compare:
        from reconcile.places import SAME_PLACE_THRESHOLD

        compare(*args.compare, SAME_PLACE_THRESHOLD)
        return
    pairs = load_pairs(args.probe)
    parts = split(pairs)
    places_count = len({p["place_a"] for p in pairs} | {p["place_b"] for p in pairs})
    print(
        f"{len(pairs)} pairs of spellings of {places_count} places: tune {len(parts['tune'])}, held-out "
        f"{len(parts['held-out'])}, cross {len(parts['cross'])}"
    )
    evaluate(parts, ["tune"] if args.tune_only else ["tune", "held-out", "cross", "held+cross"])
    if args.errors:
        show_errors(parts["tune"], args.errors)
    if args.scores:
        write_scores(parts["tune"] if args.tune_only else pairs, args.scores)


if __name__ == "__main__":
    sys.exit(main())
