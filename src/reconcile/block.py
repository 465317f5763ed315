"""Pure blocking: the candidate pairs of claims worth scoring, without the full cross product.

Two claims are a candidate pair when they are linked (``supersedes``/``adds_to``, directly or through a chain), or
when all of these hold:

1. both are period totals or neither is (a total is never one incident);
2. their date spans, each widened by the slack of its precision, are at most ``date_window_days`` apart;
3. they share a *blocking key*, or name points at most ``far_km`` apart. Every claim has keys for each specific
   place it names: the gazetteer entries it may be (``e:``), its folded name (``f:``, `reconcile.places.fold`) and
   its phonetic skeleton (``p:``, `reconcile.places.phonetic_key`). Where coordinates are known, two claims meet
   when a point of one is within ``far_km`` of a point of the other, by the great-circle distance that scoring
   measures (`reconcile.places.distance_km`); such points are found through the cells of a 3-D grid around the
   Earth that any two of them share (`_geo_keys`), then measured. A pair in which at least one claim names no
   specific place also counts as sharing a key when the claims share a region word (``r:``) or an exact non-zero
   figure of one party and measure (``x:``). A period total that names no specific place and no region has the
   region key of its area instead: the party whose territory it names, or the whole conflict
   (`reconcile.match.ClaimFeatures.regions`). A bare name that may stand for a region (`match.Place.seat`:
   "Saada", the city and its governorate) meets a place that lies in that region (`match.Place.within`: Dahyan)
   through keys of one side each (``s:``, ``w:``), waited in by one and looked into by the other (`_seat_keys`).

The rule is lossless for the default `MatchConfig`: a pair that breaks it cannot reach the match threshold
(`unblocked_bound` computes the best such a pair can score), on one assumption: names that the places module
calls the same or similar share their folded form or their phonetic skeleton, or resolve to one gazetteer place.

How it scales: one sweep over the claims sorted by widened start keeps, per key, only the claims still open within
the window; each claim meets the open claims of its keys. The work is proportional to the pairs produced, not to
the square of a bucket, and memory to the claims open at one time (the pairs are streamed); large cases sweep on
arrays, a step of claims at a time (`candidate_pair_chunks`). Inside the sweep,
keys are numbered, and coordinates are met through the distinct points within ``far_km`` of a claim's points
(worked out once per point) rather than through the eight cells of every point, so that a pair of neighbours is
found once rather than once per cell they share, and points that share a cell but lie farther apart (up to three
times as far: a cell is twice the radius wide on each axis) are not met at all: they would score `place_far` anyway.

Partitioning: the sweep depends only on the claims that share a key, within the window. `keyed_claims`,
`route_keyed` and `sweep_partition` run it in partitions of keys and time slots, each pair found once (the Dask
engine, `reconcile.engine`); ``docs/scaling.md`` says what crosses such partitions.
"""

from __future__ import annotations

import array
import itertools
import math
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, NamedTuple

from reconcile.match import ClaimFeatures, FigureFeature, MatchConfig, date_gap, seat_key
from reconcile.places import distance_km, phonetic_keys, phonetic_word_keys

__all__ = [
    "CHUNK_PAIRS",
    "Bucket",
    "KeyedClaim",
    "Point",
    "SweepArrays",
    "array_partitions",
    "blocked_reason",
    "blocking_keys",
    "bucket_partition",
    "candidate_pair_chunks",
    "candidate_pairs",
    "is_candidate",
    "iter_candidate_pairs",
    "keyed_claims",
    "member_pair_chunks",
    "member_pairs",
    "partition_pair_chunks",
    "partition_pairs",
    "point_neighbours",
    "route_keyed",
    "slot_days",
    "sweep_arrays",
    "sweep_partition",
    "time_partitions",
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


def _place_keys(f: ClaimFeatures) -> set[str]:
    """The keys of the claim's places, and of its areas (`ClaimFeatures.areas`): "Spin Boldak district" meets Spin
    Buldak as Spin Boldak would."""
    keys: set[str] = set()
    for place in (*f.places, *f.areas) if f.areas else f.places:
        keys.update(f"e:{entry}" for entry in place.entries)
        keys.add(f"f:{place.key}")
        if place.phonetic:
            keys.add(f"p:{place.phonetic}")
        # The keys of the name's other readings (`places.phonetic_keys`): בשדרות, "in Sderot", also waits under the
        # key of Sderot, الجنينة under that of El Geneina, Axum under that of Aksum.
        keys.update(f"p:{key}" for key in phonetic_keys(place.name))
        keys.update(f"p:{key}" for key in phonetic_word_keys(place.name))
    return keys


def _seat_keys(f: ClaimFeatures) -> tuple[set[str], set[str]]:
    """The keys a claim's places wait in and look into so that a bare name that may stand for a region
    (`match.Place.seat`: "Saada", the city and its governorate) meets the places that lie in it (`match.Place.within`:
    Dahyan, of Saada governorate), as scoring compares them, but two places of one region do not meet by it: a seat
    waits in ``s:`` and looks into ``w:``, a place in a region the other way round."""
    waits: set[str] = set()
    probes: set[str] = set()
    for place in f.places:
        if place.seat and not place.reference:
            waits.update(f"s:{name}" for name in place.seat)
            probes.update(f"w:{name}" for name in place.seat)
            # The phonetic key too: the name in another script (سپین بولدک) meets "Spin Boldak district".
            waits.update(f"s~{key}" for name in place.seat if (key := seat_key(name)))
            probes.update(f"w~{key}" for name in place.seat if (key := seat_key(name)))
        waits.update(f"w:{name}" for name in place.within)
        probes.update(f"s:{name}" for name in place.within)
        waits.update(f"w~{key}" for name in place.within if (key := seat_key(name)))
        probes.update(f"s~{key}" for name in place.within if (key := seat_key(name)))
    return waits, probes


def _region_keys(regions: Iterable[str]) -> list[str]:
    return [f"r:{region}" for region in regions]


def _figure_key(figure: FigureFeature) -> str | None:
    """The key of an exact non-zero figure, ``None`` for any other."""
    exact = figure.exact_value
    return None if exact is None else f"x:{figure.party}:{figure.measure}:{exact}"


def _periodic(keys: set[str], period: bool) -> frozenset[str]:
    """Keys as a claim has them: a period total's carry a prefix of their own."""
    return frozenset(_PERIOD + key for key in keys) if period else frozenset(keys)


def blocking_keys(
    f: ClaimFeatures, config: MatchConfig, place_keys: Mapping[int, set[str]] | None = None
) -> frozenset[str]:
    """The blocking keys of one claim (see the module docstring; its points are compared by distance, not by
    key); a period total's keys carry a prefix of their own so that it meets only other period totals.
    ``place_keys`` may hold the place keys already computed for the claim's ``places_id``."""
    known = place_keys.get(f.places_id) if place_keys is not None else None
    keys = set(known) if known is not None else _place_keys(f)
    keys.update(_region_keys(f.regions))
    keys.update(key for key in map(_figure_key, f.figures) if key is not None)
    return _periodic(keys, f.period)


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
    (waits_a, probes_a), (waits_b, probes_b) = _seat_keys(a), _seat_keys(b)
    if not any(_qualifies(key, a, b) for key in blocking_keys(a, config) & blocking_keys(b, config)) and not any(
        distance_km(*p, *q) <= config.far_km for p in _points(a) for q in _points(b)
    ) and not (waits_a & probes_b or waits_b & probes_a):
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
    """For each point, the points (itself included, sorted) at most ``far_km`` from it by `distance_km`: those of
    the points that share one of its grid cells (`_geo_keys`) that are that close. Each pair is measured once."""
    cells: defaultdict[str, list[int]] = defaultdict(list)
    keys = [_geo_keys([point], far_km) for point in points]
    for k, point_keys in enumerate(keys):
        for key in point_keys:
            cells[key].append(k)
    near: list[list[int]] = [[] for _ in points]
    for k, point_keys in enumerate(keys):  # k rising: each list is built in order, the smaller points first
        here = near[k]
        here.append(k)
        lat, lon = points[k]
        for m in sorted({m for key in point_keys for m in cells[key] if m > k}):
            if distance_km(lat, lon, *points[m]) <= far_km:
                here.append(m)
                near[m].append(k)
    return near


class _OpenClaims:
    """The claims still open in each bucket of a sweep, as their positions, and their widened ends (``ends``, by
    position: a list, or a dict filled as claims open). In a region or figure bucket (``unplaced_only[bucket]``) the
    claims that name specific places wait in a list of their own, so that two of them are never even looked at
    together."""

    def __init__(self, unplaced_only: Sequence[bool], ends: Sequence[int] | Mapping[int, int]) -> None:
        self.unplaced_only = unplaced_only
        self.ends = ends
        self.any: dict[int, list[int]] = {}
        self.placed: dict[int, list[int]] = {}

    def drop_closed(self, horizon: int) -> None:
        """Take out of every bucket the claims that end before ``horizon``, and the buckets left empty."""
        ends = self.ends
        for table in (self.any, self.placed):
            for bucket in list(table):
                kept = [position for position in table[bucket] if ends[position] >= horizon]
                if kept:
                    table[bucket] = kept
                else:
                    del table[bucket]

    def meet(self, buckets: Iterable[int], unplaced: bool, horizon: int) -> set[int]:
        """The positions of the open claims a claim meets in ``buckets`` (closed ones are dropped on the way).

        A claim looks into a few dozen buckets, most of them empty, for each of a million claims: the loop reads
        each table once per bucket and rewrites a bucket's list only when a claim in it has closed. The open
        claims are held as positions, so that the claims kept are the claims found (one list made per bucket)."""
        found: set[int] = set()
        update = found.update
        ends = self.ends
        if not unplaced:  # most claims: only the claims of any kind are looked at
            table = self.any
            for bucket in table.keys() & buckets:  # the buckets with open claims: a third of them, found in C
                waiting = table[bucket]
                if waiting:
                    kept = [position for position in waiting if ends[position] >= horizon]
                    if len(kept) < len(waiting):
                        waiting[:] = kept
                    update(kept)
            return found
        unplaced_only = self.unplaced_only
        both, only_any = (self.any, self.placed), (self.any,)
        for bucket in buckets:
            for table in both if unplaced_only[bucket] else only_any:
                entries = table.get(bucket)
                if entries:
                    kept = [position for position in entries if ends[position] >= horizon]
                    if len(kept) < len(entries):
                        entries[:] = kept
                    update(kept)
        return found

    def add(self, buckets: Iterable[int], unplaced: bool, position: int) -> None:
        """Open the claim at ``position`` (its end in ``ends``) in ``buckets``."""
        for bucket in buckets:
            table = self.placed if self.unplaced_only[bucket] and not unplaced else self.any
            entries = table.get(bucket)
            if entries is None:
                table[bucket] = [position]
            else:
                entries.append(position)


def iter_candidate_pairs(
    features: Sequence[ClaimFeatures], config: MatchConfig | None = None
) -> Iterator[tuple[int, int]]:
    """The candidate pairs ``(i, j)``, ``i < j``, as indices into ``features``, each once, as a stream.

    The pairs of each link unit come first; then one sweep over all claims in order of widened start finds, for
    each claim, the open claims of its buckets (those whose widened end is within the window of its start) and
    yields them sorted. Memory holds only the open claims, not the pairs: the caller keeps what it needs.

    Buckets are numbered: one per key (a key held by one claim only is dropped), and one per distinct point and
    period flag; a claim waits in the buckets of its points and meets the buckets of the points within ``far_km``
    of them (`_neighbours`).
    """
    units, swept = _sweep(features, config or MatchConfig())
    for members in units:
        yield from itertools.combinations(members, 2)
    for j, found in swept:
        for i in found:
            yield (i, j) if i < j else (j, i)


#: Pairs per chunk of `candidate_pair_chunks`: large enough that numpy's cost per call is small, small enough that
#: the arrays a scorer makes of a chunk stay about 16 MiB.
CHUNK_PAIRS: Final = 1 << 16


def candidate_pair_chunks(
    features: Sequence[ClaimFeatures], config: MatchConfig | None = None, *, kept: Sequence[bool] | None = None,
    size: int = CHUNK_PAIRS,
) -> Iterator[tuple[array.array[int], array.array[int]]]:
    """The candidate pairs of `iter_candidate_pairs` outside link units (the pairs `match.Scorer.links` scores), in
    the same order, as chunks of two arrays of positions ``(partners, claims)``: pair ``k`` of a chunk is
    ``partners[k]`` and ``claims[k]``, in either order (`match.Scorer.links_of_chunks` orders them).

    The sweep is worked out on arrays, a few days of claims at a time (`_array_sweep`), rather than claim by claim
    in Python: the same pairs in the same chunks. ``kept[j]``: whether the partners of claim ``j`` are wanted (the
    claim found them, so it is the later of each of its pairs in sweep order: `member_pairs`); all of them by
    default. Chunks hold at least ``size`` pairs, but the last, and end after a claim's partners.
    """
    return _array_sweep(features, config or MatchConfig(), kept, size)


class _Plan(NamedTuple):
    """What a sweep needs of the claims, as numbers: the buckets, and the link units.

    A claim's buckets come in two parts, each shared by many claims. Its *place kind* (the claims of the same
    places and period flag) gives ``place_waits[kind]``, the buckets of its place keys and of its points, which it
    waits in, and ``place_probes[kind]``, those of its place keys and the point buckets near its points, which it
    looks into; ``placed[kind]``: whether it names a specific place. Its *other kind* (the same regions, exact
    figures and period flag) gives ``others[kind]``, its region and figure buckets (``unplaced_only``), waited in
    and looked into as `_OpenClaims` says.
    """

    unplaced_only: list[bool]
    place_kind: array.array[int]  # per claim
    other_kind: array.array[int]  # per claim
    place_waits: list[tuple[int, ...]]
    place_probes: list[tuple[int, ...]]
    placed: list[bool]
    others: list[tuple[int, ...]]
    units: dict[str, list[int]]  # link units of two claims or more (most claims are a unit of their own)


def _plan(features: Sequence[ClaimFeatures], config: MatchConfig) -> _Plan:
    """The `_Plan` of ``features``; the keys (strings) are gone when it is made.

    Buckets are numbered: one per key (`blocking_keys`) held by two claims or more, then two per distinct point
    (single incidents, period totals); a claim waits in the buckets of its points and looks into the buckets of the
    points within ``far_km`` of them (`_neighbours`). A claim's keys are those of its places, of its regions and of
    its exact figures; each part is made once per kind of claim that shares it, not once per claim.
    """
    place_kinds: dict[tuple[int, bool], int] = {}
    place_kind: array.array[int] = array.array("q")
    place_firsts: list[ClaimFeatures] = []
    other_kinds: dict[tuple[frozenset[str], tuple[str, ...], bool], int] = {}
    other_kind: array.array[int] = array.array("q")
    other_keys: list[frozenset[str]] = []
    # The key of each figure: figures are objects that many claims share, all alive here, so told apart by id.
    figure_keys: dict[int, str | None] = {}
    for f in features:
        kind = place_kinds.get((f.places_id, f.period))
        if kind is None:
            kind = place_kinds[(f.places_id, f.period)] = len(place_firsts)
            place_firsts.append(f)
        place_kind.append(kind)
        exact = []
        for figure in f.figures:
            key = figure_keys.get(id(figure), "")
            if key == "":
                key = figure_keys[id(figure)] = _figure_key(figure)
            if key is not None:
                exact.append(key)
        kind = other_kinds.get((f.regions, tuple(exact), f.period))
        if kind is None:
            kind = other_kinds[(f.regions, tuple(exact), f.period)] = len(other_keys)
            other_keys.append(_periodic({*_region_keys(f.regions), *exact}, f.period))
        other_kind.append(kind)
    del other_kinds, figure_keys
    place_keys = [_periodic(_place_keys(f), f.period) for f in place_firsts]
    seat_keys = [(_periodic(waits, f.period), _periodic(probes, f.period))
                 for f in place_firsts for waits, probes in (_seat_keys(f),)]

    # A key is held by the claims of the kinds that have it: the keys of places and the others differ in their
    # prefixes, and each kind has a set of them.
    counts: Counter[str] = Counter()
    for kinds, keys_of_kind in ((place_kind, place_keys), (other_kind, other_keys)):
        claims_of_kind = [0] * len(keys_of_kind)
        for kind in kinds:
            claims_of_kind[kind] += 1
        for keys, claims in zip(keys_of_kind, claims_of_kind, strict=True):
            for key in keys:
                counts[key] += claims
        if keys_of_kind is place_keys:  # the seat keys of the place kinds, waited in or looked into (`_seat_keys`)
            for (waits, probes), claims in zip(seat_keys, claims_of_kind, strict=True):
                for key in waits | probes:
                    counts[key] += claims

    # Bucket numbers: keys shared by two claims or more; kind 1 marks region and figure keys (unplaced only).
    numbers: dict[str, int] = {}
    unplaced_only: list[bool] = []
    for key, count in counts.items():
        if count >= 2:
            numbers[key] = len(numbers)
            unplaced_only.append(key.removeprefix(_PERIOD).startswith(_UNPLACED_ONLY))
    del counts
    point_ids: dict[tuple[float, float], int] = {}
    kind_points = [tuple(point_ids.setdefault(point, len(point_ids)) for point in _points(f)) for f in place_firsts]
    near = _neighbours(list(point_ids), config.far_km)
    base = len(numbers)
    unplaced_only.extend([False] * (2 * len(point_ids)))

    def point_bucket(point: int, period: bool) -> int:
        return base + 2 * point + period

    place_waits: list[tuple[int, ...]] = []
    place_probes: list[tuple[int, ...]] = []
    for f, keys, points, (seat_waits, seat_probes) in zip(place_firsts, place_keys, kind_points, seat_keys,
                                                          strict=True):
        numbered = tuple(numbers[key] for key in keys if key in numbers)
        seat_in = tuple(sorted(numbers[key] for key in seat_waits if key in numbers))
        seat_out = tuple(sorted(numbers[key] for key in seat_probes if key in numbers))
        place_waits.append((*numbered, *seat_in, *(point_bucket(p, f.period) for p in points)))
        place_probes.append((*numbered, *seat_out,
                             *sorted({point_bucket(q, f.period) for p in points for q in near[p]})))
    others = [tuple(numbers[key] for key in keys if key in numbers) for keys in other_keys]
    placed = [not f.unplaced for f in place_firsts]
    del place_firsts, place_keys, seat_keys, other_keys, numbers, kind_points, near

    sizes = Counter(f.unit for f in features)
    units: defaultdict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(features):
        if sizes[f.unit] > 1:
            units[f.unit].append(i)
    return _Plan(unplaced_only, place_kind, other_kind, place_waits, place_probes, placed, others, dict(units))


def _sweep(features: Sequence[ClaimFeatures], config: MatchConfig,
           kept: Sequence[bool] | None = None) -> tuple[list[list[int]], Iterator[tuple[int, list[int]]]]:
    """The link units of two claims or more (each a list of positions), and the sweep of `iter_candidate_pairs`:
    for each claim in sweep order, its position and the sorted positions of the claims it meets, outside its link
    unit (whose pairs the caller makes from the units); with ``kept``, only for the claims it marks (the others
    only open in their buckets, for the later claims to meet). The sweep is lazy; the set-up is done here."""
    window = config.date_window_days
    plan = _plan(features, config)
    place_kind, other_kind, others, units = plan.place_kind, plan.other_kind, plan.others, plan.units
    place_waits, place_probes = plan.place_waits, plan.place_probes

    def swept() -> Iterator[tuple[int, list[int]]]:
        open_claims = _OpenClaims(plan.unplaced_only, [f.end for f in features])
        pruned_at: int | None = None
        for j in sorted(range(len(features)), key=lambda i: (features[i].start, i)):
            fj = features[j]
            horizon = fj.start - window
            if pruned_at is None or horizon - pruned_at > window:
                # Buckets not seen for a while still hold closed claims: drop them all now and then, so that memory
                # follows the claims open at one time, not all claims.
                open_claims.drop_closed(horizon)
                pruned_at = horizon
            waits = itertools.chain(place_waits[place_kind[j]], others[other_kind[j]])
            if kept is not None and not kept[j]:
                open_claims.add(waits, fj.unplaced, j)
                continue
            found = open_claims.meet(itertools.chain(place_probes[place_kind[j]], others[other_kind[j]]),
                                     fj.unplaced, horizon)
            open_claims.add(waits, fj.unplaced, j)
            unit_members = units.get(fj.unit)
            if unit_members:
                found.difference_update(unit_members)  # their pairs come from the units
            yield j, sorted(found)

    return list(units.values()), swept()


#: Claims per step of `_array_sweep`: a few days of claims at a million claims, so that a step's arrays are small
#: and the claims that close within a step, met and then dropped, are few.
_STEP_CLAIMS: Final = 1 << 10
#: At most this many meetings (a claim and an open claim of one of its buckets) are worked out at once.
_STEP_MEETINGS: Final = 1 << 20


def _ranges(np: Any, starts: Any, lengths: Any) -> Any:
    """The positions ``starts[k]``, ``starts[k] + 1``, ... (``lengths[k]`` of them) for every ``k``, in turn."""
    total = int(lengths.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    before = np.cumsum(lengths) - lengths
    return np.repeat(starts - before, lengths) + np.arange(total, dtype=np.int64)


class SweepArrays(NamedTuple):
    """What the sweep on arrays reads of every claim of a run, as numpy arrays (`sweep_arrays`): the tables of
    `_Plan` and, per claim, its kinds, whether it names a specific place, its link unit (numbered) and its widened
    span. Sweeps over any part of the claims read them (`partition_pair_chunks`), and no claim object: worker
    processes forked after they are made share them with this process, where reading the claims themselves would
    copy every page that holds one (their reference counts change)."""

    window: int  # ``date_window_days``
    buckets: int  # the number of buckets; added to a region or figure bucket's: its claims with a specific place
    place_waits: tuple[Any, Any, Any]  # per place kind: the buckets, one array, with where each starts and its length
    place_probes: tuple[Any, Any, Any]
    others: tuple[Any, Any, Any]  # per other kind
    place_kind: Any  # the rest per claim
    other_kind: Any
    placed: Any
    unit: Any
    start: Any
    end: Any


def sweep_arrays(features: Sequence[ClaimFeatures], config: MatchConfig | None = None) -> SweepArrays:
    """The `SweepArrays` of ``features``."""
    import numpy as np  # only for large cases, as scoring in chunks (`reconcile.cluster.cluster_features`)

    config = config or MatchConfig()
    n = len(features)
    plan = _plan(features, config)

    def table(tuples: list[tuple[int, ...]]) -> tuple[Any, Any, Any]:
        """The tuples as one array, with where each starts and how long it is."""
        lengths = np.fromiter(map(len, tuples), dtype=np.int64, count=len(tuples))
        return (np.fromiter(itertools.chain.from_iterable(tuples), dtype=np.int64, count=int(lengths.sum())),
                np.cumsum(lengths) - lengths, lengths)

    place_kind = np.frombuffer(plan.place_kind, dtype=np.int64)
    unit_numbers: dict[str, int] = {}
    unit = np.fromiter((unit_numbers.setdefault(f.unit, len(unit_numbers)) for f in features), dtype=np.int64,
                       count=n)
    del unit_numbers
    return SweepArrays(
        window=config.date_window_days, buckets=len(plan.unplaced_only), place_waits=table(plan.place_waits),
        place_probes=table(plan.place_probes), others=table(plan.others), place_kind=place_kind,
        other_kind=np.frombuffer(plan.other_kind, dtype=np.int64),
        placed=np.array(plan.placed, dtype=bool)[place_kind], unit=unit,
        start=np.fromiter((f.start for f in features), dtype=np.int64, count=n),
        end=np.fromiter((f.end for f in features), dtype=np.int64, count=n))


def array_partitions(arrays: SweepArrays, parts: int) -> tuple[Any, list[Any]]:
    """`time_partitions` of the claims of ``arrays``: ``chunk_of`` as one array, and each partition's ``members``
    (sorted positions) as an array."""
    import numpy as np

    start, end = arrays.start, arrays.end
    n = len(start)
    order = np.argsort(start, kind="stable")  # sweep order: widened start, then position
    chunk_of = np.zeros(n, dtype=np.int64)
    bounds = [round(n * k / parts) for k in range(parts + 1)]
    members: list[Any] = []
    for k in range(parts):
        run = order[bounds[k] : bounds[k + 1]]
        chunk_of[run] = k
        earlier = order[: bounds[k]]
        if len(run):
            earlier = earlier[end[earlier] >= start[run[0]] - arrays.window]
        members.append(np.sort(np.concatenate((earlier, run))) if len(run) else run)
    return chunk_of, members


def partition_pair_chunks(arrays: SweepArrays, members: Any, part: int, chunk_of: Any, *, size: int = CHUNK_PAIRS,
                          ) -> tuple[int, Iterator[tuple[array.array[int], array.array[int]]]]:
    """`member_pair_chunks` of partition ``part`` of `array_partitions`, from ``arrays``: the same pairs in the same
    chunks, as positions of the run rather than of the partition, and the number of pairs of link units."""
    import numpy as np

    kept = chunk_of[members] == part
    # A claim of the partition's run is the later of a pair of its link unit with each member of the unit before it
    # in sweep order: its place among the unit's members in that order.
    unit = arrays.unit[members]
    rank = np.empty(len(members), dtype=np.int64)
    rank[np.argsort(arrays.start[members], kind="stable")] = np.arange(len(members), dtype=np.int64)
    by_unit = np.lexsort((rank, unit))
    units = unit[by_unit]
    firsts = np.flatnonzero(np.concatenate(([True], units[1:] != units[:-1]))) if len(units) else units
    before = np.arange(len(units), dtype=np.int64) - np.repeat(firsts, np.diff(np.append(firsts, len(units))))
    return int(before[kept[by_unit]].sum()), _sweep_chunks(arrays, members, kept, size)


def _array_sweep(features: Sequence[ClaimFeatures], config: MatchConfig, kept: Sequence[bool] | None,
                 size: int) -> Iterator[tuple[array.array[int], array.array[int]]]:
    """The chunks of `candidate_pair_chunks`, from the sweep of `iter_candidate_pairs` worked out on arrays (the
    claims read when the first chunk is asked for, as the sweep reads them: `_sweep_chunks`)."""
    yield from _sweep_chunks(sweep_arrays(features, config), None, kept, size)


def _sweep_chunks(arrays: SweepArrays, members: Any, kept: Sequence[bool] | None,
                  size: int) -> Iterator[tuple[array.array[int], array.array[int]]]:
    """The chunks of `candidate_pair_chunks` of the claims at ``members`` (sorted positions; ``None``: all claims)
    of ``arrays``, as positions of the run; ``kept`` is by member.

    The claims go in sweep order a step of `_STEP_CLAIMS` at a time. The claims open at a step's first horizon
    (those of earlier steps whose widened end is within the window of it) and the step's own claims are the
    *open* ones; each open claim is put in its buckets as one number, ``bucket * n + rank`` (a region or figure
    bucket counts as two: its claims with and without a specific place, as `_OpenClaims` holds them), and the
    numbers sorted. A claim of the step meets, in each bucket it looks into, the open claims before it in sweep
    order: one run of the sorted numbers, found by `numpy.searchsorted`; the claims of the run closed by its own
    horizon and those of its link unit are dropped, and the meetings of one claim in several buckets are made one
    pair by sorting, which also puts the pairs in the sweep's order (claims in sweep order, each one's partners by
    position). Memory follows the open claims, as in the sweep, and at most about `_STEP_MEETINGS` meetings are
    held at once.
    """
    import numpy as np

    second = arrays.buckets  # added to a bucket's number: its claims with a specific place
    place_waits, place_probes, others = arrays.place_waits, arrays.place_probes, arrays.others
    if members is None:
        place_kind, other_kind, placed, unit = arrays.place_kind, arrays.other_kind, arrays.placed, arrays.unit
        start, end = arrays.start, arrays.end
    else:  # the members' own values, by their place among the members
        place_kind, other_kind, placed, unit = (arrays.place_kind[members], arrays.other_kind[members],
                                                arrays.placed[members], arrays.unit[members])
        start, end = arrays.start[members], arrays.end[members]
    n = len(start)
    horizon = start - arrays.window
    order = np.argsort(start, kind="stable")  # sweep order: widened start, then position
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n, dtype=np.int64)
    del start
    wanted = None if kept is None else np.asarray(kept, dtype=bool)

    def spread(claims: Any, kinds: Any, of: tuple[Any, Any, Any]) -> tuple[Any, Any]:
        """The buckets of ``claims`` in table ``of`` by their ``kinds``, and the claim of each."""
        values, starts, lengths = of
        counts = lengths[kinds]
        return values[_ranges(np, starts[kinds], counts)], np.repeat(claims, counts)

    def meetings() -> Iterator[tuple[Any, Any]]:
        """Per step, the pairs as two arrays (partners, claims): claims in sweep order, partners sorted."""
        open_now = np.zeros(0, dtype=np.int64)
        for first in range(0, n, _STEP_CLAIMS):
            step = order[first : first + _STEP_CLAIMS]
            open_now = np.concatenate((open_now[end[open_now] >= horizon[step[0]]], step))
            probing = step if wanted is None else step[wanted[step]]
            if not len(probing):
                continue
            waits, waiting = spread(open_now, place_kind[open_now], place_waits)
            other_waits, other_waiting = spread(open_now, other_kind[open_now], others)
            other_waits += placed[other_waiting] * second
            keys = np.concatenate((waits, other_waits)) * n + rank[np.concatenate((waiting, other_waiting))]
            keys.sort()
            del waits, waiting, other_waits, other_waiting
            local = np.arange(len(probing), dtype=np.int64)  # the probing claims by their place in the step
            probes, probers = spread(local, place_kind[probing], place_probes)
            other_probes, other_probers = spread(local, other_kind[probing], others)
            unplaced = ~placed[probing[other_probers]]
            probes = np.concatenate((probes, other_probes, other_probes[unplaced] + second))
            probers = np.concatenate((probers, other_probers, other_probers[unplaced]))
            del other_probes, other_probers, unplaced
            low = np.searchsorted(keys, probes * n)
            found = np.searchsorted(keys, probes * n + rank[probing[probers]]) - low
            del probes
            # Runs of whole claims, about `_STEP_MEETINGS` meetings at most at once (but a claim's own).
            totals = np.cumsum(np.bincount(probers, weights=found, minlength=len(probing)))
            done = 0
            while done < len(probing):
                upto = int(np.searchsorted(totals, (totals[done - 1] if done else 0) + _STEP_MEETINGS, side="right"))
                upto = max(upto, done + 1)
                if done == 0 and upto == len(probing):
                    run_low, run_found, run_probers = low, found, probers
                else:
                    mine = (probers >= done) & (probers < upto)
                    run_low, run_found, run_probers = low[mine], found[mine], probers[mine]
                claims = probing[np.repeat(run_probers, run_found)]
                partners = order[keys[_ranges(np, run_low, run_found)] % n]
                keep = (end[partners] >= horizon[claims]) & (unit[partners] != unit[claims])
                pairs = np.sort(rank[claims[keep]] * n + partners[keep])
                pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))] if len(pairs) else pairs
                done = upto
                if len(pairs):
                    partners, claims = pairs % n, order[pairs // n]
                    yield (partners, claims) if members is None else (members[partners], members[claims])
                del claims, partners, keep, pairs, run_low, run_found, run_probers

    pending: list[tuple[Any, Any]] = []
    held = 0
    for partners, claims in meetings():
        # Chunks end after the first claim that takes them to ``size`` pairs, as the sweep's chunks do.
        ends = np.flatnonzero(claims[1:] != claims[:-1]) + 1
        cut = 0
        while True:
            at = int(np.searchsorted(ends, cut + size - held))
            if at == len(ends):
                pending.append((partners[cut:], claims[cut:]))
                held += len(claims) - cut
                if held >= size:
                    yield _joined(np, pending)
                    pending, held = [], 0
                break
            stop = int(ends[at])
            pending.append((partners[cut:stop], claims[cut:stop]))
            yield _joined(np, pending)
            pending, held, cut = [], 0, stop
    if held:
        yield _joined(np, pending)


def _joined(np: Any, parts: list[tuple[Any, Any]]) -> tuple[array.array[int], array.array[int]]:
    partners: array.array[int] = array.array("q")
    claims: array.array[int] = array.array("q")
    for p, c in parts:
        partners.frombytes(p.astype(np.int64).tobytes())
        claims.frombytes(c.astype(np.int64).tobytes())
    return partners, claims


def time_partitions(features: Sequence[ClaimFeatures], parts: int,
                    config: MatchConfig | None = None) -> tuple[list[int], list[list[int]]]:
    """Split the sweep of `iter_candidate_pairs` into ``parts`` partitions by time, for sweeping them apart.

    The claims in sweep order (widened start, then position) are cut into ``parts`` runs of about equal length:
    ``chunk_of[i]`` is the run of claim ``i``. Partition ``k`` holds the claims of run ``k`` and every earlier claim
    still open when run ``k`` begins (its widened end within the window of the run's first start): ``members[k]``,
    sorted. Every candidate pair is met by the sweep over the members of the partition of its later claim (the
    earlier one is open there), and `partition_pairs` keeps it only there. Unlike partitions of keys (`route_keyed`:
    a claim has many keys, and lands in nearly every partition), a partition holds about ``1/parts`` of the claims
    plus those of one window and the long periods.
    """
    config = config or MatchConfig()
    window = config.date_window_days
    order = sorted(range(len(features)), key=lambda i: (features[i].start, i))
    chunk_of = [0] * len(features)
    bounds = [round(len(order) * k / parts) for k in range(parts + 1)]
    members: list[list[int]] = []
    for k in range(parts):
        run = order[bounds[k] : bounds[k + 1]]
        for i in run:
            chunk_of[i] = k
        if not run:
            members.append([])
            continue
        horizon = features[run[0]].start - window
        earlier = [i for i in order[: bounds[k]] if features[i].end >= horizon]
        members.append(sorted((*earlier, *run)))
    return chunk_of, members


def partition_pairs(features: Sequence[ClaimFeatures], members: Sequence[int], part: int, chunk_of: Sequence[int],
                    config: MatchConfig | None = None) -> Iterator[tuple[int, int]]:
    """The candidate pairs ``(i, j)``, ``i < j`` (positions in ``features``), of partition ``part`` of
    `time_partitions`: `iter_candidate_pairs` over its ``members``, kept where the later claim of the pair in sweep
    order is of run ``part``. Over all partitions: the pairs of `iter_candidate_pairs`, each once, but for pairs of
    one link unit (which scoring skips), which may come from several."""
    for a, b in member_pairs([features[m] for m in members], members, part, chunk_of, config):
        yield members[a], members[b]


def member_pairs(subset: Sequence[ClaimFeatures], members: Sequence[int], part: int, chunk_of: Sequence[int],
                 config: MatchConfig | None = None) -> Iterator[tuple[int, int]]:
    """`partition_pairs` as positions ``(a, b)``, ``a < b``, in ``subset``: the features of ``members`` (sorted
    positions in the run), in their order. A worker process scores them without reading any other claim."""
    for a, b in iter_candidate_pairs(subset, config):
        i, j = members[a], members[b]  # members are sorted: i < j
        later = b if (subset[b].start, j) > (subset[a].start, i) else a
        if chunk_of[members[later]] == part:
            yield a, b


def member_pair_chunks(subset: Sequence[ClaimFeatures], members: Sequence[int], part: int, chunk_of: Sequence[int],
                       config: MatchConfig | None = None) -> tuple[int, Iterator[tuple[array.array[int],
                                                                                    array.array[int]]]]:
    """`member_pairs` outside link units, as `candidate_pair_chunks` gives them (the same pairs in the same order),
    and the number of pairs of link units that `member_pairs` also gives (which scoring skips)."""
    in_units = 0
    sizes = Counter(f.unit for f in subset)
    by_unit: defaultdict[str, list[int]] = defaultdict(list)
    for a, f in enumerate(subset):
        if sizes[f.unit] > 1:
            by_unit[f.unit].append(a)
    for unit in by_unit.values():
        for a, b in itertools.combinations(unit, 2):
            later = b if (subset[b].start, members[b]) > (subset[a].start, members[a]) else a
            in_units += chunk_of[members[later]] == part
    kept = [chunk_of[m] == part for m in members]  # a claim is the later of the pairs it finds in the sweep
    return in_units, candidate_pair_chunks(subset, config, kept=kept)


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
                    c.date_overlap_vague, c.date_one_day, c.date_one_day_denial, c.date_few_days,
                    c.period_same_span, c.period_other_span)
    best_place = max(c.place_same_entry, c.place_same_name, c.place_similar_name, c.place_same_region,
                     c.place_reference, c.period_same_area, c.place_unknown, *(w for _, w in c.near_km))
    rest = max(0.0, c.event_same) + max(0.0, c.parties_disjoint) + max(0.0, c.same_source_update)
    blocked = c.blocked_weight + best_place + c.casualties_max + rest
    placed = best_date + max(c.place_different, c.place_far) + c.casualties_max + rest
    unplaced_casualties = min(c.casualties_max, max(0.0, c.figures_overlap))
    unplaced = best_date + max(c.place_unknown, c.place_other_region) + unplaced_casualties + rest
    return max(blocked, placed, unplaced)


# --------------------------------------------------------------------------------------------------------------
# Blocking in partitions of keys (the Dask engine)
# --------------------------------------------------------------------------------------------------------------

Point = tuple[float, float]
#: A bucket of the partitioned sweep: a blocking key (or a point's key) and a time slot (`slot_days`).
Bucket = tuple[str, int]


class KeyedClaim(NamedTuple):
    """One claim as the partitioned sweep sees it: its ``position`` in the run's features, widened span, link
    unit, and the keys of the buckets it waits in and looks into.

    The keys are `blocking_keys`, plus one key per point it names (``q:lat,lon``, waited in) and one per point
    within ``far_km`` of those (looked into; `point_neighbours`): two claims meet through their points exactly when
    one names a point near a point of the other, as in `iter_candidate_pairs`. The keys of its places (gazetteer
    entries, names, phonetic keys, points) are ``place_waits`` (sorted) and ``place_probes``, one object for all
    claims of the same places; its region and figure keys, waited in and looked into, are ``others`` (sorted).
    """

    position: int
    start: int
    end: int
    unit: str
    unplaced: bool
    period: bool
    place_waits: tuple[str, ...]
    place_probes: frozenset[str]
    others: tuple[str, ...]


def point_neighbours(points: Iterable[Point], config: MatchConfig | None = None) -> dict[Point, tuple[Point, ...]]:
    """For each point, the points (itself included) at most ``far_km`` from it (`reconcile.places.distance_km`);
    the relation is symmetric."""
    config = config or MatchConfig()
    distinct = list(dict.fromkeys(points))
    near = _neighbours(distinct, config.far_km)
    return {point: tuple(distinct[k] for k in found) for point, found in zip(distinct, near, strict=True)}


def keyed_claims(
    features: Sequence[ClaimFeatures],
    near: Mapping[Point, Sequence[Point]],
    config: MatchConfig | None = None,
    *,
    first_position: int = 0,
) -> list[KeyedClaim]:
    """The `KeyedClaim` of each of ``features``, numbered from ``first_position``; ``near`` holds the neighbours of
    every point the claims name (`point_neighbours`)."""
    config = config or MatchConfig()
    by_places: dict[tuple[int, bool], tuple[tuple[str, ...], frozenset[str]]] = {}  # the same places recur
    out: list[KeyedClaim] = []
    for position, f in enumerate(features, start=first_position):
        found = by_places.get((f.places_id, f.period))
        if found is None:
            prefix = _PERIOD if f.period else ""
            named = {prefix + key for key in _place_keys(f)}
            seat_waits, seat_probes = _seat_keys(f)
            points = _points(f)
            found = by_places[(f.places_id, f.period)] = (
                tuple(sorted(named | {prefix + key for key in seat_waits} | {prefix + _point_key(p) for p in points})),
                frozenset(named | {prefix + key for key in seat_probes}
                          | {prefix + _point_key(q) for p in points for q in near[p]}),
            )
        others = tuple(sorted(blocking_keys(f, config, {f.places_id: set()})))  # no place keys given: the rest
        out.append(KeyedClaim(position, f.start, f.end, f.unit, f.unplaced, f.period, *found, others))
    return out


def _point_key(point: Point) -> str:
    return f"q:{point[0]!r},{point[1]!r}"


def slot_days(config: MatchConfig | None = None) -> int:
    """Width in days of the time slots that split each key of single incidents in the partitioned sweep.

    Two such claims that can pair start at most ``date_window_days`` plus the longest widened span apart (the
    longest incident, ``max_incident_days``, with the widest slack on both sides): less than one slot. So a claim
    that waits in its own slot and the next one meets every claim it pairs with in the slot where the later of the
    two starts. Period totals have no bound on their spans: their keys keep one slot.
    """
    config = config or MatchConfig()
    widest = max(config.slack(precision) for precision in ("day", "range", "month", "year"))
    return config.date_window_days + config.max_incident_days + 2 * widest


def bucket_partition(bucket: Bucket, partitions: int) -> int:
    """The partition a bucket is swept in: a hash that is the same in every process (unlike `hash`)."""
    key, slot = bucket
    return zlib.crc32(f"{slot}|{key}".encode()) % partitions


class _Buckets:
    """The buckets of claims in the partitions, cached (place keys recur): a claim waits in each of its keys in its
    own time slot and the next (period totals: slot 0 only), and looks into each of its probe keys in its own
    slot."""

    def __init__(self, partitions: int, config: MatchConfig) -> None:
        self.partitions = partitions
        self.width = slot_days(config)
        self._where: dict[Bucket, int] = {}
        self._waits: dict[tuple[tuple[str, ...], int], list[Bucket]] = {}
        self._meets: dict[tuple[frozenset[str], int], list[Bucket]] = {}

    def slot(self, claim: KeyedClaim) -> int:
        return 0 if claim.period else claim.start // self.width

    def where(self, bucket: Bucket) -> int:
        found = self._where.get(bucket)
        if found is None:
            found = self._where[bucket] = bucket_partition(bucket, self.partitions)
        return found

    def _waits_of(self, keys: tuple[str, ...], slot: int, period: bool) -> list[Bucket]:
        slots = (slot,) if period else (slot, slot + 1)
        return [(key, s) for key in keys for s in slots]

    def place_waits(self, claim: KeyedClaim) -> list[Bucket]:
        slot = self.slot(claim)
        found = self._waits.get((claim.place_waits, slot))
        if found is None:
            found = self._waits[(claim.place_waits, slot)] = self._waits_of(claim.place_waits, slot, claim.period)
        return found

    def place_meets(self, claim: KeyedClaim) -> list[Bucket]:
        slot = self.slot(claim)
        found = self._meets.get((claim.place_probes, slot))
        if found is None:
            found = self._meets[(claim.place_probes, slot)] = [(key, slot) for key in claim.place_probes]
        return found

    def other_waits(self, claim: KeyedClaim) -> list[Bucket]:
        return self._waits_of(claim.others, self.slot(claim), claim.period)

    def other_meets(self, claim: KeyedClaim) -> list[Bucket]:
        slot = self.slot(claim)
        return [(key, slot) for key in claim.others]


def route_keyed(
    claims: Iterable[KeyedClaim], partitions: int, config: MatchConfig | None = None
) -> list[list[KeyedClaim]]:
    """The claims each of ``partitions`` partitions sweeps: those with a bucket there (`bucket_partition`)."""
    buckets = _Buckets(partitions, config or MatchConfig())
    out: list[list[KeyedClaim]] = [[] for _ in range(partitions)]
    of_places: dict[tuple[tuple[str, ...], frozenset[str], int], set[int]] = {}
    for claim in claims:
        key = (claim.place_waits, claim.place_probes, buckets.slot(claim))
        found = of_places.get(key)
        if found is None:
            found = of_places[key] = {buckets.where(b) for b in (*buckets.place_waits(claim),
                                                                 *buckets.place_meets(claim))}
        if claim.others:
            found = found | {buckets.where(b) for b in (*buckets.other_waits(claim), *buckets.other_meets(claim))}
        for partition in sorted(found):
            out[partition].append(claim)
    return out


def _first_shared(earlier: KeyedClaim, later: KeyedClaim) -> str:
    """The smallest key that joins two claims: one the earlier waits in and the later looks into, and that
    qualifies (`_qualifies`: a region or figure key only where one of them names no specific place). The pair is
    swept, in the slot where the later starts, where this key goes."""
    place = next((key for key in earlier.place_waits if key in later.place_probes), None)
    other = None
    if earlier.unplaced or later.unplaced:
        other = next((key for key in earlier.others if key in later.others), None)
    if place is None or (other is not None and other < place):
        if other is None:
            raise AssertionError(f"claims {earlier.position} and {later.position} met without a key in common")
        return other
    return place


def sweep_partition(
    claims: Iterable[KeyedClaim], partition: int, partitions: int, config: MatchConfig | None = None
) -> Iterator[tuple[int, int]]:
    """The candidate pairs ``(i, j)``, ``i < j`` (`KeyedClaim.position`), that partition ``partition`` of
    ``partitions`` owns, given its claims (`route_keyed`); the pairs of all partitions together are those of
    `iter_candidate_pairs` outside link units, each exactly once.

    The sweep of `iter_candidate_pairs` over the partition's buckets: claims in order of widened start (ties by
    position) meet the open claims of the buckets they look into. A pair is met in every partition that holds one
    of the buckets joining it, and kept only by the partition of the smallest joining key (`_first_shared`) in the
    later claim's slot. That partition does meet it: the later claim looks into that key in its own slot there,
    and the earlier one, which starts less than a slot before (`slot_days`), waits in that slot too.
    """
    config = config or MatchConfig()
    window = config.date_window_days
    buckets = _Buckets(partitions, config)
    numbers: dict[Bucket, int] = {}
    unplaced_only: list[bool] = []
    # Claims of the same places in one time slot share these: numbered once.
    place_waits: dict[tuple[tuple[str, ...], int], list[int]] = {}
    place_meets: dict[tuple[frozenset[str], int], list[int]] = {}

    def numbered(found: list[Bucket]) -> list[int]:
        out = []
        for bucket in found:
            if buckets.where(bucket) != partition:
                continue
            number = numbers.get(bucket)
            if number is None:
                number = numbers[bucket] = len(numbers)
                unplaced_only.append(bucket[0].removeprefix(_PERIOD).startswith(_UNPLACED_ONLY))
            out.append(number)
        return out

    ends: dict[int, int] = {}
    open_claims = _OpenClaims(unplaced_only, ends)  # filled as buckets are numbered
    seen: dict[int, KeyedClaim] = {}
    pruned_at: int | None = None
    for claim in sorted(claims, key=lambda c: (c.start, c.position)):
        horizon = claim.start - window
        if pruned_at is None or horizon - pruned_at > window:
            # As in `iter_candidate_pairs`: drop closed claims now and then, so memory follows the open ones.
            open_claims.drop_closed(horizon)
            pruned_at = horizon
        slot = buckets.slot(claim)
        meets = place_meets.get((claim.place_probes, slot))
        if meets is None:
            meets = place_meets[(claim.place_probes, slot)] = numbered(buckets.place_meets(claim))
        waits = place_waits.get((claim.place_waits, slot))
        if waits is None:
            waits = place_waits[(claim.place_waits, slot)] = numbered(buckets.place_waits(claim))
        if claim.others:
            meets = meets + numbered(buckets.other_meets(claim))
            waits = waits + numbered(buckets.other_waits(claim))
        found = open_claims.meet(meets, claim.unplaced, horizon)
        ends[claim.position] = claim.end
        open_claims.add(waits, claim.unplaced, claim.position)
        seen[claim.position] = claim
        for position in sorted(found):
            other = seen[position]
            if other.unit == claim.unit:
                continue  # one link unit: a group already, never a candidate pair to score
            if buckets.where((_first_shared(other, claim), slot)) == partition:
                yield (position, claim.position) if position < claim.position else (claim.position, position)
