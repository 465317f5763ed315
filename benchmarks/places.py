"""Measure the place-name matcher of `reconcile.places` on the labelled development pairs.

Usage::

    .venv/bin/python benchmarks/places.py [PAIRS.jsonl] [--variants VARIANTS.jsonl] [--tune-only] [--errors N]

``PAIRS`` defaults to ``../shared/data/place-pairs-dev.jsonl`` next to the repository. The pairs are split by
place: a place is *held out* when the SHA-256 of its geonameid, read as a number, is below 30 % of the range (a
fixed rule, no seed). Pairs of two tuning places form the *tune* part, pairs of two held-out places the
*held-out* part, and the negative pairs with one place on each side the *cross* part; so no place of the
held-out part is seen in the tune part. Thresholds of the baselines are chosen on the tune part only. The matcher
was designed looking at the tune part only (``--tune-only`` prints nothing else); the other parts are read once,
at the end.

Printed: average precision, and precision/recall/F1 at the matcher's `SAME_PLACE_THRESHOLD` (for the baselines:
at their best tune threshold), per part; pairs per second for `similarity`; import plus first resolve time of the
shipped gazetteer (in a fresh interpreter); and, with the variants file, how the shipped gazetteer resolves every
listed spelling of the held-out places.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PAIRS = ROOT.parent / "shared" / "data" / "place-pairs-dev.jsonl"
DEFAULT_VARIANTS = ROOT.parent / "shared" / "data" / "place-variants-dev.jsonl"
HELD_OUT_PERCENT = 30

Pair = dict[str, Any]
Scorer = Callable[[str, str], float]


def held_out(place_id: int) -> bool:
    """Whether a place belongs to the held-out part (a fixed hash rule, ~30 % of places)."""
    digest = hashlib.sha256(str(place_id).encode()).hexdigest()
    return int(digest[:8], 16) % 100 < HELD_OUT_PERCENT


def split(pairs: Sequence[Pair]) -> dict[str, list[Pair]]:
    parts: dict[str, list[Pair]] = {"tune": [], "held-out": [], "cross": []}
    for pair in pairs:
        a, b = held_out(pair["place_a"]), held_out(pair["place_b"])
        parts["held-out" if a and b else "tune" if not (a or b) else "cross"].append(pair)
    # The cross part has negatives only; with the held-out part it gives an untuned set with both kinds in
    # proportions closer to the tune part's.
    parts["held+cross"] = parts["held-out"] + parts["cross"]
    return parts


def average_precision(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Area under the precision-recall curve as a step function (ties scored together, like scikit-learn)."""
    positives = sum(labels)
    if positives == 0:
        return float("nan")
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    ap = tp = fp = 0.0
    prev_recall = 0.0
    i = 0
    while i < len(order):
        j = i
        while j < len(order) and scores[order[j]] == scores[order[i]]:
            if labels[order[j]]:
                tp += 1
            else:
                fp += 1
            j += 1
        recall = tp / positives
        ap += (recall - prev_recall) * tp / (tp + fp)
        prev_recall = recall
        i = j
    return ap


def prf(scores: Sequence[float], labels: Sequence[bool], threshold: float) -> tuple[float, float, float]:
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if s >= threshold and y)
    fp = sum(1 for s, y in zip(scores, labels, strict=True) if s >= threshold and not y)
    fn = sum(1 for s, y in zip(scores, labels, strict=True) if s < threshold and y)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def best_threshold(scores: Sequence[float], labels: Sequence[bool]) -> float:
    return max(sorted(set(scores)), key=lambda t: (prf(scores, labels, t)[2], -t))


def _folded(text: str) -> str:
    return anyascii(text).lower()


BASELINES: dict[str, Scorer] = {
    "rapidfuzz ratio, raw": lambda a, b: fuzz.ratio(a, b) / 100,
    "rapidfuzz ratio, anyascii+lower": lambda a, b: fuzz.ratio(_folded(a), _folded(b)) / 100,
    "rapidfuzz JaroWinkler, anyascii+lower": lambda a, b: JaroWinkler.similarity(_folded(a), _folded(b)),
}


def evaluate(parts: dict[str, list[Pair]], names: Sequence[str]) -> None:
    from reconcile import places

    scorers: dict[str, tuple[Scorer, float | None]] = {
        "reconcile.places.similarity": (places.similarity, places.SAME_PLACE_THRESHOLD)
    }
    scorers.update({name: (scorer, None) for name, scorer in BASELINES.items()})
    tune = parts["tune"]
    print(f"{'scorer':40} {'part':10} {'pairs':>5} {'pos':>4} {'AP':>6} {'thr':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for label, (scorer, fixed) in scorers.items():
        tune_scores = [scorer(p["a"], p["b"]) for p in tune]
        threshold = fixed if fixed is not None else best_threshold(tune_scores, [p["same"] for p in tune])
        for part in names:
            pairs = parts[part]
            scores = tune_scores if part == "tune" else [scorer(p["a"], p["b"]) for p in pairs]
            labels = [bool(p["same"]) for p in pairs]
            head = f"{label:40} {part:10} {len(pairs):5d} {sum(labels):4d}"
            if not any(labels):
                false = sum(1 for score in scores if score >= threshold) / len(scores)
                print(f"{head} {'':6} {threshold:5.2f} false matches: {false:.1%} of the pairs")
                continue
            p, r, f = prf(scores, labels, threshold)
            print(f"{head} {average_precision(scores, labels):6.3f} {threshold:5.2f} {p:6.3f} {r:6.3f} {f:6.3f}")
    for part in names:
        labels = [bool(p["same"]) for p in parts[part]]
        if any(labels):
            p, r, f = prf([1.0] * len(labels), labels, 0.5)
            head = f"{'always same':40} {part:10} {len(labels):5d} {sum(labels):4d}"
            print(f"{head} {'':6} {'':5} {p:6.3f} {r:6.3f} {f:6.3f}")


def show_errors(pairs: Sequence[Pair], limit: int) -> None:
    from reconcile import places

    scored = [(places.similarity(p["a"], p["b"]), p) for p in pairs]
    t = places.SAME_PLACE_THRESHOLD
    misses = sorted((x for x in scored if x[1]["same"] and x[0] < t), key=lambda x: x[0])
    false = sorted((x for x in scored if not x[1]["same"] and x[0] >= t), key=lambda x: -x[0])
    for title, rows in (("missed (same place, scored below)", misses), ("false matches", false)):
        print(f"\n{title}: {len(rows)}")
        for score, p in rows[:limit]:
            print(f"  {score:.3f}  {p['a']!r:32} {p['b']!r:32} {places.fold(p['a'])!r} / {places.fold(p['b'])!r}")


def speed(pairs: Sequence[Pair]) -> None:
    from reconcile import places

    code = (
        "import time; t0 = time.perf_counter(); from reconcile import places; t1 = time.perf_counter(); "
        "g = places.Gazetteer.default(); t2 = time.perf_counter(); r = g.resolve('Voskepar'); "
        "t3 = time.perf_counter(); r2 = g.resolve('Karmir Aghbyur', region='Tavush'); t4 = time.perf_counter(); "
        "print(f'{t1-t0:.3f} {t2-t1:.3f} {t3-t2:.4f} {t4-t3:.4f} {len(g)} {r.entry.id if r else None}')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    imp, load, first, second, size, found = out
    print(
        f"\ngazetteer: import reconcile.places {float(imp) * 1000:.0f} ms; Gazetteer.default() ({size} places) "
        f"{float(load) * 1000:.0f} ms; first resolve {float(first) * 1000:.1f} ms (-> {found}); "
        f"second resolve {float(second) * 1000:.1f} ms"
    )
    names = [(p["a"], p["b"]) for p in pairs]
    # The per-name caches (reading a name) and the per-pair caches (edit distances and scores of stem pairs).
    name_caches = (places.parse, places._fold_name, places._fold_word, places._loose, places._forms)
    score_caches = (places._distance, places._pair_similarity, places._stems_similarity)
    for cache in (*name_caches, *score_caches):
        cache.cache_clear()
    t0 = time.perf_counter()
    for a, b in names:
        places.similarity(a, b)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(3):
        for a, b in names:
            for cache in score_caches:
                cache.cache_clear()
            places.similarity(a, b)
    warm = (time.perf_counter() - t0) / 3
    print(
        f"similarity: {len(names) / cold:,.0f} pairs/s with nothing cached, {len(names) / warm:,.0f} pairs/s with "
        "parsed names cached (scores not cached)"
    )
    g = places.Gazetteer.default()
    queries = [p["a"] for p in pairs[:500]]
    t0 = time.perf_counter()
    for q in queries:
        g.resolve(q)
    print(f"resolve: {len(queries) / (time.perf_counter() - t0):,.0f} names/s against the shipped gazetteer")


def resolve_variants(path: Path) -> None:
    """Resolve every listed spelling of the held-out places against the shipped gazetteer."""
    from reconcile import places

    g = places.Gazetteer.default()
    right = wrong = abstained = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if not held_out(record["geonameid"]):
            continue
        for variant in record["variants"]:
            r = g.resolve(variant)
            if r.entry is None:
                abstained += 1
            elif r.entry.id == f"geonames:{record['geonameid']}":
                right += 1
            else:
                wrong += 1
    total = right + wrong + abstained
    print(
        f"\ngazetteer resolve of the {total} spellings of held-out places (no region given): "
        f"{right / total:.1%} right, {abstained / total:.1%} abstained, {wrong / total:.1%} another place"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", nargs="?", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--variants", type=Path, default=DEFAULT_VARIANTS)
    parser.add_argument("--tune-only", action="store_true", help="report the tune part only (for development)")
    parser.add_argument("--errors", type=int, default=0, help="show this many errors on the tune part")
    args = parser.parse_args(argv)
    pairs = [json.loads(line) for line in args.pairs.read_text(encoding="utf-8").splitlines() if line.strip()]
    parts = split(pairs)
    print(
        f"{len(pairs)} pairs: tune {len(parts['tune'])}, held-out {len(parts['held-out'])}, "
        f"cross (negatives between a tune and a held-out place) {len(parts['cross'])}"
    )
    names = ["tune"] if args.tune_only else ["tune", "held-out", "cross", "held+cross"]
    evaluate(parts, names)
    if args.errors:
        show_errors(parts["tune"], args.errors)
    speed(pairs)
    if not args.tune_only and args.variants.exists():
        resolve_variants(args.variants)


if __name__ == "__main__":
    main()
