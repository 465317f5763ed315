"""Source track records across one or several reconciliations, with an advisory truth-discovery score.

Pure: `track_records` reads only the reconciliations it is given. ``docs/independence.md`` explains each number
and its limits. Per source (sources are matched across cases by id: give one source the same id in every case):

- **statements**: its claims; **relayed**: those that name a relayed source; **probable relays**: those flagged as
  nearly repeating another origin's earlier claim; **admissions**: those that concede something against its side.
- **within**: of its counted figures that stand beside a figure of another origin (in the same event, party,
  category and measure), how many lie inside the reconciled ``[low, high]`` (**compared**). A figure nobody else
  gives is not compared: it is trivially inside its own range.
- **revised**: its claims that it replaced itself: superseded, or with a figure updated by a later statement.
- **denials** and **contradicted**: its denials, and those its own assertion in the same event later contradicts
  (an assertion that supersedes the denial, or is stated on a later day and says what the denial denies: the
  incident, or, of a denial that clears its own side, that its side did it, `independence.contradicts_denial`).
- **score** (advisory, in [0, 1]): a truth-discovery reliability in the TruthFinder / CRH family, computed on the
  reconciled events (`truth_scores`). It never replaces the ranges; ``None`` when the source is compared with no
  other on anything.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from functools import partial, reduce
from itertools import pairwise
from operator import add, attrgetter, itemgetter, mul, sub
from typing import Any, Final

import attrs

from reconcile import _gc
from reconcile.independence import Alignment, cleared_party, contradicts_denial
from reconcile.models import UNKNOWN, Claim, Count, Event, Reconciliation

__all__ = [
    "PRIOR",
    "SMOOTHING",
    "TrackRecord",
    "TruthObject",
    "TruthScore",
    "track_records",
    "truth_objects",
    "truth_scores",
]

#: The score of a source about which nothing is known, and how many objects' worth of weight that prior carries.
PRIOR: Final = 0.5
SMOOTHING: Final = 2.0
_ITERATIONS: Final = 200
_TOLERANCE: Final = 1e-12


@attrs.frozen
class TrackRecord:
    """One source's record across the reconciliations given (see the module docstring for each number)."""

    source: str
    name: str
    kind: str
    cases: int
    statements: int
    relayed: int
    probable_relays: int
    admissions: int
    compared: int
    within: int
    revised: int
    denials: int
    contradicted: int
    score: float | None = None
    scored_on: int = 0

    @property
    def within_share(self) -> float | None:
        """``within / compared``, or ``None`` when nothing was compared."""
        return self.within / self.compared if self.compared else None


# --------------------------------------------------------------------------------------------------------------
# Truth discovery
# --------------------------------------------------------------------------------------------------------------

#: One source's value on an object: a count (figures) or a token (existence, attribution).
Value = Count | str


@attrs.frozen
class TruthObject:
    """Something several sources speak on: a figure, whether an event happened, or who started it.

    ``key`` names it (case, event, what); ``values`` are ``(source, value)`` sorted by source, one per source;
    ``copies`` are groups of sources that pass on one another's word in that event (relays and probable relays):
    their votes share one weight.
    """

    key: tuple[str, ...]
    values: tuple[tuple[str, Value], ...]
    copies: tuple[tuple[str, ...], ...] = ()


@attrs.frozen
class TruthScore:
    """A source's advisory reliability in [0, 1], and on how many objects it rests."""

    source: str
    score: float
    objects: int


def _latest(claims: Sequence[Claim]) -> Claim:
    return claims[0] if len(claims) == 1 else max(claims, key=lambda c: (c.stated, c.global_id))


def _position(claims: Sequence[Claim], alignment: Alignment) -> Sequence[Claim]:
    """The claims of one source in an event that say where it stands: its own word where it gives any; else what it
    passes on, when that is one voice's word; else none. An outlet that relays one side's account and the other
    side's denial takes neither side, and its latest relay is no position of its own."""
    if len(claims) == 1:
        return claims
    own = [c for c in claims if alignment.speaker(c).origin == c.source]
    if own:
        return own
    return claims if len({alignment.speaker(c).origin for c in claims}) == 1 else ()


def _copies(event: Event, claims: Mapping[str, Claim]) -> tuple[tuple[str, ...], ...]:
    """Sources of the event joined by relays and probable relays."""
    if not event.relays and not event.probable_relays:
        return ()
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for relay in event.relays:
        for step in relay.chain[1:]:
            union(relay.chain[0], step)
    for probable in event.probable_relays:
        copy, original = claims.get(probable.claim), claims.get(probable.original)
        if copy is not None and original is not None:
            union(copy.source, original.source)
    groups: dict[str, list[str]] = {}
    for member in sorted(parent):
        groups.setdefault(find(member), []).append(member)
    return tuple(sorted(tuple(g) for g in groups.values() if len(g) > 1))


def truth_objects(reconciliation: Reconciliation) -> tuple[TruthObject, ...]:
    """The objects two or more sources speak on, in one reconciliation, each canonical (its values sorted by source,
    one per source, and its copy groups sorted, as `_canonical` leaves them).

    - each figure (event, party, category, measure): every source's counted value;
    - each event's existence: each source's stance in its latest counted claim (``asserts`` or ``denies``);
    - each event's attribution: each source's initiator in its latest counted claim naming one (not ``unknown``),
      as the party's alignment component, so that allies count as one answer.

    A denial that clears its own side (`reconcile.independence.cleared_party`) says nothing of whether the incident
    happened, and names the party it clears, not one it blames: it is left out of both.
    """
    case = reconciliation.case
    return _objects(reconciliation, {c.global_id: c for c in case.claims}, Alignment(case.parties, case.sources))


def _objects(reconciliation: Reconciliation, claims: Mapping[str, Claim],
             alignment: Alignment) -> tuple[TruthObject, ...]:
    """`truth_objects`, given the case's claims by global id and its alignment (`track_records` has them)."""
    case = reconciliation.case
    out: list[TruthObject] = []
    for event in reconciliation.events:
        copies = _copies(event, claims)
        where = (case.id, event.id)
        for figure in event.casualties:
            counted = [v for v in figure.values if v.counted]
            values = {v.source: v.count for v in counted}
            if len(values) < len(counted):  # a source with two counted values: two voices it passes on, or its own
                by_source: dict[str, list[Claim]] = {}
                for v in counted:
                    if v.claim in claims:
                        by_source.setdefault(v.source, []).append(claims[v.claim])
                for source, said in by_source.items():
                    if len(said) > 1:
                        kept = {c.global_id for c in _position(said, alignment)}
                        picked = [v.count for v in counted if v.source == source and v.claim in kept]
                        if len(picked) == 1:
                            values[source] = picked[0]
                        else:
                            del values[source]
            if len(values) >= 2:
                out.append(TruthObject((*where, "figure", figure.party, figure.category, figure.measure),
                                       tuple(sorted(values.items())), copies))
        superseded = set(event.superseded)
        live: dict[str, list[Claim]] = {}
        for gid in dict.fromkeys(event.claims):
            claim = claims.get(gid)
            if claim is not None and gid not in superseded:
                live.setdefault(claim.source, []).append(claim)
        positions = {source: _position(cs, alignment) for source, cs in live.items()}
        # A denial that clears its own side disputes who did it, not that it happened, and blames nobody.
        positions = {source: [c for c in cs if not _clears(c, alignment)] for source, cs in positions.items()}
        stances = {source: _latest(cs).stance for source, cs in positions.items() if cs}
        if len(stances) >= 2:
            out.append(TruthObject((*where, "existence"), tuple(sorted(stances.items())), copies))
        blamed = {}
        for source, cs in positions.items():
            naming = [c for c in cs if c.initiator and c.initiator != UNKNOWN]
            if naming:
                blamed[source] = alignment.side(str(_latest(naming).initiator))
        if len(blamed) >= 2:
            out.append(TruthObject((*where, "attribution"), tuple(sorted(blamed.items())), copies))
    return tuple(out)


def _clears(claim: Claim, alignment: Alignment) -> bool:
    """Whether ``claim`` is a denial that clears its own side (`reconcile.independence.cleared_party`)."""
    return (claim.stance == "denies" and bool(claim.initiator)
            and cleared_party(claim, alignment.speaker(claim), alignment) is not None)


def _distance(a: Value, b: Value) -> float:
    """How far apart two values are, from 0 (they agree) to 1.

    Two counts agree when their intervals overlap; otherwise the gap between them relative to the larger of its two
    ends (at least 1), at most 1: 4 and 5 are 0.2 apart, "at least 1" and 0 are 1 apart. Two tokens agree or not.
    """
    if isinstance(a, Count) and isinstance(b, Count):
        if a.overlaps(b):
            return 0.0
        lower, upper = (a, b) if a.low < b.low else (b, a)
        assert lower.high is not None  # an open interval overlaps every interval above its low
        return min(1.0, (upper.low - lower.high) / max(1, upper.low))
    return 0.0 if a == b else 1.0


def _copy_groups(obj: TruthObject) -> dict[str, frozenset[str]]:
    """Source -> the sources of the object that pass on one another's word with it (itself included)."""
    voters = [s for s, _ in obj.values]
    groups = {s: frozenset({s}) for s in voters}
    for group in obj.copies:
        present = frozenset(s for s in group if s in groups)
        for s in present:
            groups[s] = present
    return groups


#: One source's comparisons on one object: the source's index, and for each other source it is compared with (in the
#: object's order) that source's index, the size of its copy group and the distance between their two values.
_Comparisons = tuple[int, tuple[tuple[int, int, float], ...]]


def _comparisons(obj: TruthObject, index: Mapping[str, int]) -> list[_Comparisons]:
    """What a source's loss on an object is made of, less the weights (the only part that changes between rounds).

    Sources that copy it are left out (agreeing with one's own relay proves nothing), and sources that copy one
    another share one weight (each weighs its score over its copy group's size). A source with no one else to
    compare with has no loss (it is not scored on the object) and no entry here.
    """
    values = obj.values
    if len(values) == 2 and not obj.copies:  # most objects: one distance, both ways
        (s, a), (t, b) = values
        d = _distance(a, b)
        return [(index[s], ((index[t], 1, d),)), (index[t], ((index[s], 1, d),))]
    groups = _copy_groups(obj)
    others: list[list[tuple[int, int, float]]] = [[] for _ in values]
    # Each pair's distance once (`_distance` is symmetric); each source's list still runs in the object's order.
    for i, (s, a) in enumerate(values):
        for j in range(i + 1, len(values)):
            t, b = values[j]
            ahead, back = t not in groups[s], s not in groups[t]  # copy groups given may overlap: both ways
            if ahead or back:
                d = _distance(a, b)
                if ahead:
                    others[i].append((index[t], len(groups[t]), d))
                if back:
                    others[j].append((index[s], len(groups[s]), d))
    return [(index[s], tuple(mine)) for (s, _v), mine in zip(values, others, strict=True) if mine]


class _Losses:
    """A source's loss on an object: its mean distance from the other sources' values, weighted by their scores,
    worked out for many distinct comparisons round after round.

    A weight is the other source's score over its copy group's size. The sums are taken in the other sources'
    order, so that the result is the same to the last bit however it is computed; with one other source (most
    objects) it is the distance times the weight over the weight. Each round works out every weight once (a few
    hundred at most), and each comparison picks its weights out of that table with an `itemgetter`, so that the
    sums run in C rather than one Python step per other source.
    """

    def __init__(self, kinds: Iterable[tuple[tuple[int, int, float], ...]]) -> None:
        self.weighers: dict[tuple[int, int], int] = {}  # (source, copy group size) -> position in the table
        self.single: list[tuple[int, int, float]] = []  # (position in `out`, weight's position, distance)
        self.multiple: list[tuple[int, Callable[[Sequence[float]], tuple[float, ...]], tuple[float, ...]]] = []
        count = 0
        for count, others in enumerate(kinds, 1):
            at = [self.weighers.setdefault((t, size), len(self.weighers)) for t, size, _d in others]
            if len(at) == 1:
                self.single.append((count - 1, at[0], others[0][2]))
            else:
                self.multiple.append((count - 1, itemgetter(*at), tuple(d for _t, _size, d in others)))
        self.count = count

    def __call__(self, scores: Sequence[float]) -> list[float]:
        table = [scores[t] / size for t, size in self.weighers]
        out = [0.0] * self.count
        for k, at, d in self.single:
            weight = table[at]
            out[k] = weight * d / weight if weight > 0 else d
        for k, pick, ds in self.multiple:
            weights = pick(table)
            total = sum(weights)
            # With every other source at score 0 there is nothing to weigh by: each counts the same.
            out[k] = sum(map(mul, weights, ds)) / total if total > 0 else sum(ds) / len(ds)
        return out


#: From this many distinct comparisons on, a round is worked out on arrays (`_Rounds`): a million claims make
#: 275,580 of them, and the Python loops over them and over every source's comparisons, round after round, were
#: most of the track records' time.
_ARRAYS_FROM: Final = 4_096


class _Rounds:
    """A round's gains (`_gain` of each source, from `_Losses`) worked out on numpy arrays, to the last bit the same.

    Every number is the same operations on the same doubles in the same order. A weight is a score over its copy
    group's size; a comparison with one other source loses ``weight * d / weight`` (``d`` when the weight is 0);
    with several, the weights, their products with the distances and the distances are each added up from the first
    other source to the last (as `sum` adds, from 0), one column of a table of the comparisons with that many
    others at a time, then divided as `_Losses` divides. A source's gain adds up ``1 - loss`` over its comparisons
    in order from 0.0 with `numpy.add.accumulate`, which adds one element after the other (unlike ``numpy.sum``,
    which adds in pairs). Only elementwise operations and that accumulation: no sum whose order numpy chooses.
    """

    def __init__(self, losses: _Losses, mine: Sequence[Sequence[int]]) -> None:
        import numpy  # loaded only for large cases

        self.np = numpy
        self.count = losses.count
        intp, double = numpy.intp, numpy.float64
        self.sources = numpy.array([t for t, _size in losses.weighers], dtype=intp)
        self.sizes = numpy.array([size for _t, size in losses.weighers], dtype=double)
        single = losses.single
        self.single_at = numpy.array([k for k, _at, _d in single], dtype=intp)
        self.single_weight = numpy.array([at for _k, at, _d in single], dtype=intp)
        self.single_d = numpy.array([d for _k, _at, d in single], dtype=double)
        positions = range(len(losses.weighers))
        by_length: dict[int, list[tuple[int, tuple[float, ...], tuple[float, ...]]]] = {}
        for k, pick, ds in losses.multiple:  # `pick` picks the weights' positions out of their own positions
            by_length.setdefault(len(ds), []).append((k, pick(positions), ds))
        self.groups = [
            (length, numpy.array([k for k, _w, _d in rows], dtype=intp),
             numpy.array([w for _k, w, _d in rows], dtype=intp).reshape(len(rows), length),
             numpy.array([d for _k, _w, d in rows], dtype=double).reshape(len(rows), length))
            for length, rows in sorted(by_length.items())]
        self.kinds = [numpy.array(kinds, dtype=intp) for kinds in mine]
        self.zero = numpy.zeros(1, dtype=double)

    def losses(self, scores: Sequence[float]) -> Any:
        """`_Losses` of ``scores``, as an array."""
        np = self.np
        table = np.asarray(scores, dtype=np.float64)[self.sources] / self.sizes
        out = np.empty(self.count, dtype=np.float64)
        with np.errstate(divide="ignore", invalid="ignore"):  # where a weight is 0 the other branch is taken
            weight = table[self.single_weight]
            out[self.single_at] = np.where(weight > 0, weight * self.single_d / weight, self.single_d)
            for length, at, picks, ds in self.groups:
                weights = table[picks]
                # `sum` starts from the integer 0: 0 + x is x, but for -0.0 (0 + -0.0 is 0.0), as here.
                total = 0.0 + weights[:, 0]
                weighed = 0.0 + weights[:, 0] * ds[:, 0]
                plain = 0.0 + ds[:, 0]
                for j in range(1, length):
                    total += weights[:, j]
                    weighed += weights[:, j] * ds[:, j]
                    plain += ds[:, j]
                out[at] = np.where(total > 0, weighed / total, plain / length)
        return out

    def gains(self, scores: Sequence[float]) -> list[float]:
        """Each source's gain (`_gain`) in a round from ``scores``."""
        np = self.np
        kept = 1.0 - self.losses(scores)
        zero = self.zero
        return [float(np.add.accumulate(np.concatenate((zero, kept[kinds])))[-1]) if len(kinds) else 0.0
                for kinds in self.kinds]


def _canonical(obj: TruthObject) -> TruthObject:
    """The object with its values sorted by source and its copy groups sorted: the same sums in the same order.

    Two values of one source (which `truth_objects` never makes) are ordered by their ``repr``; it is slow, so it is
    taken only then.
    """
    values = obj.values
    if len({s for s, _v in values}) == len(values):
        values = tuple(sorted(values, key=itemgetter(0)))
    else:
        values = tuple(sorted(values, key=lambda sv: (sv[0], repr(sv[1]))))
    copies = tuple(sorted(tuple(sorted(group)) for group in obj.copies))
    return obj if values == obj.values and copies == obj.copies else TruthObject(obj.key, values, copies)


def _in_order(objects: Iterable[TruthObject], *, canonical: bool = False) -> list[TruthObject]:
    """The objects made canonical (unless they are: ``canonical``, as `truth_objects` makes them), sorted by key,
    then (only where keys repeat: it is slow) by values and copies."""
    ordered = sorted(objects if canonical else map(_canonical, objects), key=attrgetter("key"))
    if any(a.key == b.key for a, b in pairwise(ordered)):
        ordered.sort(key=lambda o: (o.key, repr(o.values), o.copies))
    return ordered


def truth_scores(objects: Iterable[TruthObject], *, prior: float = PRIOR,
                 smoothing: float = SMOOTHING) -> dict[str, TruthScore]:
    """A reliability per source from the objects it speaks on, estimated jointly with how far each value is from
    what the others (weighted by their reliability) say, until the two settle.

    1. Each source's loss on an object: the mean distance of its value from the other sources' values, weighted by
       their scores (`_distance`: 0 for agreeing values, up to 1). Sources that pass on one another's word in that
       event (relays, probable relays) share one weight and are not compared with each other.
    2. Each source's score: ``(sum of (1 - loss) over its objects + prior × smoothing) / (its objects +
       smoothing)``: with few objects it stays near the prior.

    Starts from ``prior`` for everyone; stops when no score moves by more than 1e-12, or after 200 rounds. Objects
    are taken in a fixed (sorted) order, so the result does not depend on the order they are given in. Scores lie in
    [0, 1] because every distance does. Sources compared on no object get no score.
    """
    return _scores(_in_order(objects), prior=prior, smoothing=smoothing)


def _scores(ordered: Sequence[TruthObject], *, prior: float = PRIOR,
            smoothing: float = SMOOTHING) -> dict[str, TruthScore]:
    """`truth_scores` of objects given canonical and in order (`_in_order`)."""
    sources = sorted({s for o in ordered for s, _ in o.values})
    index = {s: i for i, s in enumerate(sources)}
    # The distances and copy groups do not change between rounds: worked out once, in the objects' order.
    # Most comparisons repeat one of a few thousand (who else, how many copies, how far): a round works out the
    # loss of each distinct one once, then adds up each source's in the objects' order (the same sums).
    distinct: dict[tuple[tuple[int, int, float], ...], int] = {}
    mine: list[list[int]] = [[] for _ in sources]  # per source, its comparisons' kinds in the objects' order
    for obj in ordered:
        for source, others in _comparisons(obj, index):
            mine[source].append(distinct.setdefault(others, len(distinct)))
    losses_of = _Losses(distinct)
    del distinct
    counts = [len(kinds) for kinds in mine]
    rounds = _Rounds(losses_of, mine) if losses_of.count >= _ARRAYS_FROM else None
    picks = [itemgetter(*kinds) if len(kinds) > 1 else None for kinds in mine] if rounds is None else []
    scores = [prior] * len(sources)
    for _ in range(_ITERATIONS):
        if rounds is not None:
            gains = rounds.gains(scores)
        else:
            losses = losses_of(scores)
            gains = [_gain(losses, pick, kinds) for pick, kinds in zip(picks, mine, strict=True)]
        updated = [(gain + prior * smoothing) / (count + smoothing) for gain, count in zip(gains, counts, strict=True)]
        moved = max((abs(new - old) for new, old in zip(updated, scores, strict=True)), default=0.0)
        scores = updated
        if moved < _TOLERANCE:
            break
    return {s: TruthScore(s, round(min(1.0, max(0.0, scores[i])), 6), counts[i])
            for i, s in enumerate(sources) if counts[i]}


def _gain(losses: Sequence[float], pick: Callable[[Sequence[float]], tuple[float, ...]] | None,
          kinds: Sequence[int]) -> float:
    """``1 - loss`` summed over a source's comparisons one after the other from 0.0, as a loop would (`reduce`,
    not `sum`, whose rounding differs between Python versions)."""
    if pick is None:
        return 0.0 + (1.0 - losses[kinds[0]]) if kinds else 0.0
    return reduce(add, map(_ONE_LESS, pick(losses)), 0.0)


_ONE_LESS: Final = partial(sub, 1.0)  # x -> 1.0 - x


# --------------------------------------------------------------------------------------------------------------
# Track records
# --------------------------------------------------------------------------------------------------------------


@attrs.define
class _Tally:
    names: set[tuple[str, str]] = attrs.field(factory=set)
    cases: int = 0
    statements: int = 0
    relayed: int = 0
    probable_relays: int = 0
    admissions: int = 0
    compared: int = 0
    within: int = 0
    revised: int = 0
    denials: int = 0
    contradicted: int = 0


def _adds_closure(head: str, claims: Mapping[str, Claim]) -> set[str]:
    seen: set[str] = set()
    todo = [head]
    while todo:
        gid = todo.pop()
        if gid in seen or gid not in claims:
            continue
        seen.add(gid)
        todo.extend(claims[gid].adds_to)
    return seen


def _by_id(claims: Collection[Claim]) -> dict[str, Claim]:
    """Claims by global id (in no set order: the tallies are sums); of two different claims with one id (a case
    read with errors kept), the last by ``repr`` counts, whatever the order they come in (``repr`` only where ids
    repeat: it is slow)."""
    by_id = {claim.global_id: claim for claim in claims}
    if len(by_id) == len(claims):
        return by_id
    pairs = [(claim.global_id, claim) for claim in claims]
    repeated = {gid for gid, n in Counter(gid for gid, _ in pairs).items() if n > 1}
    pairs.sort(key=lambda pair: (pair[0], repr(pair[1]) if pair[0] in repeated else ""))
    return dict(pairs)


def _tally_event(event: Event, claims: Mapping[str, Claim], alignment: Alignment,
                 tallies: dict[str, _Tally]) -> None:
    def tally(source: str) -> _Tally:
        found = tallies.get(source)
        return found if found is not None else tallies.setdefault(source, _Tally())

    for relay in event.probable_relays:
        if relay.claim in claims:
            tally(claims[relay.claim].source).probable_relays += 1
    for gid in sorted({a.claim for a in event.admissions}):
        if gid in claims:
            tally(claims[gid].source).admissions += 1
    superseded = set(event.superseded)
    revised = {gid for gid in superseded if gid in claims}
    for figure in event.casualties:
        counted = [v for v in figure.values if v.counted]
        if len(counted) >= 2:  # one value has one origin
            origins = {alignment.speaker(claims[v.claim]).origin if v.claim in claims else v.source for v in counted}
            if len(origins) >= 2:
                for value in counted:
                    tally(value.source).compared += 1
                    if not value.outside:
                        tally(value.source).within += 1
        if len(counted) == len(figure.values):
            continue
        for value in counted:
            earlier = [other.claim for other in figure.values
                       if not other.counted and other.source == value.source and other.claim not in superseded
                       and other.claim in claims]
            if earlier:
                parts = _adds_closure(value.claim, claims)
                # an earlier statement: a later one of the source updated it
                revised.update(gid for gid in earlier if gid not in parts)
    for gid in revised:
        tally(claims[gid].source).revised += 1
    in_event = [claims[gid] for gid in dict.fromkeys((*event.claims, *event.superseded)) if gid in claims]
    for denial in (c for c in in_event if c.stance == "denies"):
        # Only its own word of the same origin contradicts a denial: an outlet that relays one side's denial and
        # then the other side's account has passed on two words, not taken one back. A later word contradicts it
        # where it says what the denial denies: a denial that clears its own side is not taken back by "it was the
        # PKK", only by its side named as the one that did it.
        origin = alignment.speaker(denial).origin
        answered = any(
            c.source == denial.source and c.stance == "asserts" and c.global_id not in superseded
            and (denial.global_id in c.supersedes
                 or (c.stated > denial.stated and contradicts_denial(c, denial, alignment)))
            and alignment.speaker(c).origin == origin
            for c in in_event)
        if answered:
            tally(denial.source).contradicted += 1


def track_records(reconciliations: Iterable[Reconciliation]) -> tuple[TrackRecord, ...]:
    """Every source's track record across ``reconciliations`` (one case, or several run together), by source id.

    The result does not depend on the order of the reconciliations, nor of their events or claims.
    """
    # The tallies, the truth objects and their comparisons (hundreds of thousands of small containers at 100k
    # claims) live until the scores are made: the collector, triggered by their allocation, would walk them again
    # and again for nothing (a tenth of this function's time).
    with _gc.paused():
        return _track_records(reconciliations)


def _track_records(reconciliations: Iterable[Reconciliation]) -> tuple[TrackRecord, ...]:
    ordered = sorted(reconciliations, key=lambda r: r.case.id)  # the tallies are sums: any order of ties will do
    tallies: dict[str, _Tally] = {}
    objects: list[TruthObject] = []
    for rec in ordered:
        case = rec.case
        claims = _by_id(case.claims)
        alignment = Alignment(case.parties, case.sources)
        present = {s.id for s in case.sources} | {c.source for c in claims.values()}
        for source in case.sources:
            tallies.setdefault(source.id, _Tally()).names.add((source.name, source.kind))
        for source_id in sorted(present):
            tallies.setdefault(source_id, _Tally()).cases += 1
        for claim in claims.values():
            tally = tallies[claim.source]
            tally.statements += 1
            tally.denials += claim.stance == "denies"
            tally.relayed += bool(claim.relays) and claim.relays != claim.source
        for event in sorted(rec.events, key=lambda e: e.id):
            _tally_event(event, claims, alignment, tallies)
        objects.extend(_objects(rec, claims, alignment))
    scores = _scores(_in_order(objects, canonical=True))  # canonical as `truth_objects` makes them
    out = []
    for source_id in sorted(tallies):
        t = tallies[source_id]
        found = scores.get(source_id)
        # A source named differently in two cases: the first name in sorted order, whatever the order of the cases.
        name, kind = min(t.names) if t.names else (source_id, "")
        out.append(TrackRecord(
            source=source_id, name=name, kind=kind, cases=t.cases, statements=t.statements,
            relayed=t.relayed, probable_relays=t.probable_relays, admissions=t.admissions, compared=t.compared,
            within=t.within, revised=t.revised, denials=t.denials, contradicted=t.contradicted,
            score=found.score if found else None, scored_on=found.objects if found else 0,
        ))
    return tuple(out)
