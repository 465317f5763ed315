"""Pure blocking: the candidate pairs of claims worth scoring, without the full cross product.

Two claims are a candidate pair when they are linked (``supersedes``/``adds_to``, directly or through a chain), or
when all of these hold:

1. both are period totals or neither is (a total is never one incident);
2. their date spans, each widened by the slack of its precision, are at most ``date_window_days`` apart;
3. they share a *blocking key*. Every claim has keys for each specific place it names: the gazetteer entries it
   may be (``e:``), its folded name (``f:``, `reconcile.places.fold`), its phonetic skeleton (``p:``,
   `reconcile.places.phonetic_key`) and, where coordinates are known, the cells of a 3-D grid around the Earth
   (``g:``) such that two points within ``far_km`` share a cell. A pair in which at least one claim names no
   specific place also counts as sharing a key when the claims share a region word (``r:``) or an exact non-zero
   figure of one party and measure (``x:``).

The rule is lossless for the default `MatchConfig`: a pair that breaks it cannot reach the match threshold
(`unblocked_bound` computes the best such a pair can score), on one assumption: names that the places module
calls the same or similar share their folded form or their phonetic skeleton, or resolve to one gazetteer place.

How it scales: one sweep over the claims sorted by widened start keeps, per key, only the claims still open within
the window; each claim meets the open claims of its keys. The work is proportional to the pairs produced, not to
the square of a bucket, and memory to the claims open at one time (the pairs are streamed). Inside the sweep,
keys are numbered, and coordinates are met through the distinct points that share a grid cell with a claim's
points (worked out once per point) rather than through the eight cells of every point, so that a pair of
neighbours is found once rather than once per cell they share.

Partitioning: the sweep depends only on the claims that share a key, within the window. Claims whose keys fall
apart into separate groups (regions, periods) can be swept separately and the pairs concatenated;
``docs/scaling.md`` says what crosses such partitions.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final

from reconcile.match import ClaimFeatures, MatchConfig, date_gap

__all__ = [
    "blocked_reason",
    "blocking_keys",
    "candidate_pairs",
    "is_candidate",
    "iter_candidate_pairs",
    "unblocked_bound",
]

_EARTH_RADIUS_KM: Final = 6371.0088
#: Prefix of the keys of period totals: they meet only other period totals.
_PERIOD: Final = "T|"
#: Key kinds that join a pair only when one of its claims names no specific place.
_UNPLACED_ONLY: Final = ("r:", "x:")


def _geo_keys(points: Iterable[tuple[float, float]], radius_km: float) -> set[str]:
    """Grid cells of a point such that two points at most ``radius_km`` apart share one.

    Points go to 3-D Cartesian coordinates on the sphere (so cells do not shrink towards the poles); the chord
    between two points is never longer than the great circle, so each axis differs by at most ``radius_km``. Per
    axis, two grids of cells ``2 * radius`` wide, offset by ``radius``, put two such values in one cell in at least
    one of them; the eight combinations of the three axes' grids give the eight keys of a point.
    """
    radius = radius_km * 1.001  # a hair more: rounding must not lose a pair at exactly the radius
    width = 2 * radius
    keys: set[str] = set()
    for lat, lon in points:
        phi, lam = math.radians(lat), math.radians(lon)
        xyz = (
            _EARTH_RADIUS_KM * math.cos(phi) * math.cos(lam),
            _EARTH_RADIUS_KM * math.cos(phi) * math.sin(lam),
            _EARTH_RADIUS_KM * math.sin(phi),
        )
        cells = [(math.floor(v / width), math.floor((v + radius) / width)) for v in xyz]
        for sx in (0, 1):
            for sy in (0, 1):
                for sz in (0, 1):
                    keys.add(f"g:{sx}{sy}{sz}:{cells[0][sx]}:{cells[1][sy]}:{cells[2][sz]}")
    return keys


def _place_keys(f: ClaimFeatures, config: MatchConfig) -> set[str]:
    keys: set[str] = set()
    for place in f.places:
        keys.update(f"e:{entry}" for entry in place.entries)
        keys.add(f"f:{place.key}")
        if place.phonetic:
            keys.add(f"p:{place.phonetic}")
        keys |= _geo_keys(place.points, config.far_km)
    return keys


def blocking_keys(
    f: ClaimFeatures, config: MatchConfig, place_keys: Mapping[int, set[str]] | None = None
) -> frozenset[str]:
    """The blocking keys of one claim (see the module docstring); a period total's keys carry a prefix of their
    own so that it meets only other period totals. ``place_keys`` may hold the place keys already computed for
    the claim's ``places_id``."""
    known = place_keys.get(f.places_id) if place_keys is not None else None
    keys = set(known) if known is not None else _place_keys(f, config)
    keys.update(f"r:{region}" for region in f.regions)
    keys.update(
        f"x:{fig.party}:{fig.measure}:{fig.exact_value}" for fig in f.figures if fig.exact_value is not None
    )
    if f.period:
        return frozenset(_PERIOD + key for key in keys)
    return frozenset(keys)


def _qualifies(key: str, a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """A shared key joins the pair, unless it is a region or figure key and both claims name specific places."""
    return not key.removeprefix(_PERIOD).startswith(_UNPLACED_ONLY) or a.unplaced or b.unplaced


def _points(f: ClaimFeatures) -> tuple[tuple[float, float], ...]:
    return tuple(dict.fromkeys(point for place in f.places for point in place.points))


def blocked_reason(a: ClaimFeatures, b: ClaimFeatures, config: MatchConfig) -> str | None:
    """Why blocking never compares the two claims, in words; ``None`` when they are a candidate pair."""
    if a.unit == b.unit:
        return None
    if a.period != b.period:
        period = a if a.period else b
        return f"blocked: {period.id} is a period total ({period.claim.date.days} days), not one incident"
    gap = date_gap(a, b)
    if gap > config.date_window_days:
        raw = max(a.claim.date.start, b.claim.date.start) - min(a.claim.date.end, b.claim.date.end)
        return f"blocked: dates {raw.days} days apart (the window is {config.date_window_days} days)"
    if not any(_qualifies(key, a, b) for key in blocking_keys(a, config) & blocking_keys(b, config)):
        if a.unplaced or b.unplaced:
            return (
                "blocked: one names no specific place, and they share no region and no exact figure of one party"
            )
        return (
            f"blocked: no gazetteer place, name, phonetic key or {config.far_km:g} km neighbourhood in common"
        )
    return None


def is_candidate(a: ClaimFeatures, b: ClaimFeatures, config: MatchConfig) -> bool:
    """Whether blocking compares the two claims: the rule of the module docstring, pair by pair (for tests and
    explanations; `candidate_pairs` finds all pairs at once)."""
    return blocked_reason(a, b, config) is None


def _neighbours(points: Sequence[tuple[float, float]], far_km: float) -> list[list[int]]:
    """For each point, the points (itself included) that share one of its grid cells (`_geo_keys`)."""
    cells: defaultdict[str, list[int]] = defaultdict(list)
    keys = [_geo_keys([point], far_km) for point in points]
    for k, point_keys in enumerate(keys):
        for key in point_keys:
            cells[key].append(k)
    return [sorted({m for key in point_keys for m in cells[key]}) for point_keys in keys]


def iter_candidate_pairs(
    features: Sequence[ClaimFeatures], config: MatchConfig | None = None
) -> Iterator[tuple[int, int]]:
    """The candidate pairs ``(i, j)``, ``i < j``, as indices into ``features``, each once, as a stream.

    The pairs of each link unit come first; then one sweep over all claims in order of widened start finds, for
    each claim, the open claims of its buckets (those whose widened end is within the window of its start) and
    yields them sorted. Memory holds only the open claims, not the pairs: the caller keeps what it needs.

    Buckets are numbered: one per key other than a grid cell (a key held by one claim only is dropped), and one per
    distinct point and period flag; a claim waits in the buckets of its points and meets the buckets of the points
    that share a grid cell with them (the same pairs as the cells themselves, each found once).
    """
    config = config or MatchConfig()
    window = config.date_window_days
    place_keys: dict[int, set[str]] = {}  # the same places recur: their keys are made once
    claim_keys: list[frozenset[str]] = []
    counts: Counter[str] = Counter()
    for f in features:
        if f.places_id not in place_keys:
            place_keys[f.places_id] = {key for key in _place_keys(f, config) if not key.startswith("g:")}
        keys = blocking_keys(f, config, place_keys)
        claim_keys.append(keys)
        counts.update(keys)

    # Bucket numbers: keys shared by two claims or more; kind 1 marks region and figure keys (unplaced only).
    numbers: dict[str, int] = {}
    unplaced_only: list[bool] = []
    for key, count in counts.items():
        if count >= 2:
            numbers[key] = len(numbers)
            unplaced_only.append(key.removeprefix(_PERIOD).startswith(_UNPLACED_ONLY))
    point_ids: dict[tuple[float, float], int] = {}
    claim_points: list[tuple[int, ...]] = []
    for f in features:
        claim_points.append(tuple(point_ids.setdefault(point, len(point_ids)) for point in _points(f)))
    near = _neighbours(list(point_ids), config.far_km)
    base = len(numbers)
    unplaced_only.extend([False] * (2 * len(point_ids)))

    def point_bucket(point: int, period: bool) -> int:
        return base + 2 * point + (1 if period else 0)

    own: list[tuple[int, ...]] = []  # the buckets a claim waits in
    meets: list[tuple[int, ...]] = []  # the buckets a claim looks into
    for f, keys, points in zip(features, claim_keys, claim_points, strict=True):
        numbered = [numbers[key] for key in keys if key in numbers]
        own.append((*numbered, *(point_bucket(p, f.period) for p in points)))
        meets.append((*numbered, *sorted({point_bucket(q, f.period) for p in points for q in near[p]})))

    units: defaultdict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(features):
        units[f.unit].append(i)
    for members in units.values():
        yield from itertools.combinations(members, 2)

    # Open claims per bucket as (widened end, index). In a region or figure bucket the claims that name specific
    # places wait in a list of their own, so that two of them are never even looked at together.
    open_any: dict[int, list[tuple[int, int]]] = {}
    open_placed: dict[int, list[tuple[int, int]]] = {}
    pruned_at: int | None = None
    for j in sorted(range(len(features)), key=lambda i: (features[i].start, i)):
        fj = features[j]
        horizon = fj.start - window
        if pruned_at is None or horizon - pruned_at > window:
            # Buckets not seen for a while still hold closed claims: drop them all now and then, so that memory
            # follows the claims open at one time, not all claims.
            for table in (open_any, open_placed):
                for bucket in list(table):
                    kept = [entry for entry in table[bucket] if entry[0] >= horizon]
                    if kept:
                        table[bucket] = kept
                    else:
                        del table[bucket]
            pruned_at = horizon
        found: set[int] = set()
        for bucket in meets[j]:
            for table in (open_any, open_placed) if fj.unplaced and unplaced_only[bucket] else (open_any,):
                entries = table.get(bucket)
                if entries:
                    entries[:] = [entry for entry in entries if entry[0] >= horizon]
                    found.update([i for _end, i in entries])
        entry = (fj.end, j)
        for bucket in own[j]:
            table = open_placed if unplaced_only[bucket] and not fj.unplaced else open_any
            entries = table.get(bucket)
            if entries is None:
                table[bucket] = [entry]
            else:
                entries.append(entry)
        if len(units[fj.unit]) > 1:
            found.difference_update(units[fj.unit])  # their pairs came first
        for i in sorted(found):
            yield (i, j) if i < j else (j, i)


def candidate_pairs(features: Sequence[ClaimFeatures], config: MatchConfig | None = None) -> list[tuple[int, int]]:
    """All candidate pairs ``(i, j)``, ``i < j``, as indices into ``features``, sorted.

    Equal to ``[(i, j) for i < j if is_candidate(features[i], features[j])]`` without comparing every pair (see
    `iter_candidate_pairs`, which yields the same pairs without holding them all).
    """
    return sorted(iter_candidate_pairs(features, config))


def unblocked_bound(config: MatchConfig) -> float:
    """The highest score a pair that is not a candidate can reach; below ``match_threshold`` blocking loses no
    match (on the naming assumption of the module docstring).

    Three ways to miss blocking, each with its best case: blocked by date or period (the blocked weight plus the
    best of every other feature); two placed claims with no key in common (different names, or farther apart than
    ``far_km``); a claim without a specific place sharing no region or exact figure (so at most overlapping
    figures).
    """
    c = config
    best_date = max(c.date_same_day, c.date_overlap_short, c.date_overlap_medium, c.date_overlap_long,
                    c.date_overlap_vague, c.date_one_day, c.date_few_days)
    best_place = max(c.place_same_entry, c.place_same_name, c.place_similar_name, c.place_same_region,
                     c.place_unknown, *(w for _, w in c.near_km))
    rest = max(0.0, c.event_same) + max(0.0, c.parties_disjoint) + max(0.0, c.same_source_update)
    blocked = c.blocked_weight + best_place + c.casualties_max + rest
    placed = best_date + max(c.place_different, c.place_far) + c.casualties_max + rest
    unplaced_casualties = min(c.casualties_max, max(0.0, c.figures_overlap))
    unplaced = best_date + max(c.place_unknown, c.place_other_region) + unplaced_casualties + rest
    return max(blocked, placed, unplaced)
