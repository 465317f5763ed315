"""Pure clustering: scored claim pairs -> events (`Group`), every claim in exactly one.

The rule (``docs/matching.md`` tells it for users):

1. **Link units first.** Claims joined by ``supersedes``/``adds_to`` (directly or through a chain) start in one
   group: the source itself says they are one incident.
2. **Links between claims** are the candidate pairs (`reconcile.block`) scoring at least ``match_threshold``.
   They are taken strongest first (ties by the two global ids), and each one proposes to merge the groups of its
   two claims.
3. **A merge is refused** when
   a. some pair across the two groups scores below ``veto_threshold``: the evidence says they are different
      incidents. This covers a source's own word (two unlinked claims of one source about different dates, or in
      one statement, score `MatchConfig.same_source_apart`), a period total against one incident, and dates
      farther apart than the window (``blocked_weight``); or
   b. the average over pairs of link units across the two groups, each pair scored by its best claim pair, is
      below ``merge_threshold`` (average linkage): the groups as wholes must match as well as one pair must.

Why not connected components: one claim that matches two incidents (a summary "Berdavan and Voskepar, June
4-5", a prolific source's updates) would chain them into one event; a period total ("63 killed since 2011")
overlaps every clash. The veto keeps what the evidence separates apart whatever the chain, and average linkage
stops a single strong link from dragging in a group that otherwise does not match. Units count once in the
average so that a source's update or second part of the story does not dilute or inflate the evidence.

Event ids are stable: the anchor of a group is its claim with the earliest ``stated`` (ties by global id), and the
id is ``"ev-" + anchor.date.start.isoformat() + "-" + sha1(anchor.global_id)[:6]``. Adding a later statement to an
event, or an unrelated claim to the case, changes no existing id. (Should two anchors' hashes collide, both ids
take 12 hex digits.)

Everything is deterministic: the result does not depend on the order of the claims in the case.
"""

from __future__ import annotations

import array
import hashlib
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from functools import cached_property, partial
from typing import Final

import attrs

from reconcile import block
from reconcile._parallel import candidate_links
from reconcile.match import ClaimFeatures, Links, MatchConfig, Scorer, claim_features
from reconcile.models import Case, Contribution, Group, PairScore
from reconcile.places import Gazetteer, Mention, regional_gazetteer

__all__ = [
    "Clustering",
    "Draft",
    "cluster_features",
    "cluster_links",
    "collided_ids",
    "draft_groups",
    "event_id",
    "group_claims",
    "matching_gazetteer",
    "name_groups",
    "run",
]


#: From this many links on, `cluster_links` hands them to the scorer (`Scorer.know`) for the merge checks to read;
#: fewer are scored again, which costs less than loading numpy.
_KNOWN_LINKS_MIN: Final = 10_000
#: From this many claims on, `cluster_features` scores the candidate pairs in chunks of arrays
#: (`match.Scorer.links_of_chunks`: the same links); fewer are scored one by one, which costs less than loading numpy.
_CHUNKS_MIN: Final = 5_000


def event_id(anchor_id: str, anchor_start: str, digits: int = 6) -> str:
    """The id of an event anchored on the claim ``anchor_id`` whose date starts on ``anchor_start`` (ISO)."""
    return f"ev-{anchor_start}-{hashlib.sha1(anchor_id.encode('utf-8')).hexdigest()[:digits]}"


@attrs.frozen
class Clustering:
    """The groups of one run, with what is needed to explain them.

    ``refused`` maps a link ``(a, b)`` (global ids, ``a < b``) that did not merge its claims' groups to the reason;
    ``group_of`` maps each claim to its group id.
    """

    groups: tuple[Group, ...]
    scorer: Scorer
    group_of: Mapping[str, str]
    refused: Mapping[tuple[str, str], str]

    def verdict(self, a: str, b: str) -> str:
        """Whether two claims share an event and why, in one or two sentences."""
        a, b = sorted((a, b))
        ga, gb = self.group_of[a], self.group_of[b]
        scorer = self.scorer
        fa, fb = scorer.features[scorer.index[a]], scorer.features[scorer.index[b]]
        config = scorer.config
        if ga == gb:
            group = next(g for g in self.groups if g.id == ga)
            if fa.unit == fb.unit:
                return f"Same event {ga}: linked by supersedes/adds_to."
            if any((e.a, e.b) == (a, b) for e in group.evidence):
                return f"Same event {ga}: this pair joined their groups."
            if scorer.total(scorer.index[a], scorer.index[b]) >= config.match_threshold:
                # Evidence lists the links that joined two groups: a pair above the threshold whose claims were in one
                # group already is no such link, and the reader is to know that the pair itself matches.
                return (
                    f"Same event {ga}: joined through other claims of the event first ({len(group.claims)} claims; "
                    "see its evidence); this pair scores at or above the threshold too."
                )
            return (
                f"Same event {ga}: joined through other claims of the event "
                f"({len(group.claims)} claims; see its evidence)."
            )
        head = f"Different events ({ga} and {gb})"
        blocked = block.blocked_reason(fa, fb, config)
        total = scorer.total(scorer.index[a], scorer.index[b])
        if blocked is not None:
            if total < config.match_threshold:
                return f"{head}: {blocked}."
            # Blocking's promise (docs/matching.md) is that such a pair cannot reach the threshold; a pair that does
            # is one it missed, and the reader needs to know that and what to do.
            hint = (" Listing both spellings as one place in the case's gazetteer.yaml puts them side by side."
                    if blocked.startswith("blocked: no gazetteer place") else "")
            return (f"{head}: never compared, though they score {total:+.2f}, at or above the threshold "
                    f"{config.match_threshold:+.2f}: {blocked}.{hint}")
        if total < config.veto_threshold:
            why = _veto_reason(scorer.score(scorer.index[a], scorer.index[b]), fa, fb)
            return (
                f"{head}: kept apart: they score {total:+.2f}, below the veto {config.veto_threshold:+.2f}, so they "
                f"never share an event ({why})."
            )
        if total < config.match_threshold:
            return f"{head}: below the threshold ({total:+.2f} < {config.match_threshold:+.2f})."
        return f"{head}: {self.refused.get((a, b), 'kept apart by the clustering rule')}."


def _worst(pair: PairScore) -> Contribution:
    return min(pair.contributions, key=lambda c: (c.weight, c.feature))


def _veto_reason(pair: PairScore, fa: ClaimFeatures, fb: ClaimFeatures) -> str:
    """The strongest evidence against a vetoed pair, in words."""
    worst = _worst(pair)
    if fa.source == fb.source and worst.feature == "source":
        return f"two different incidents of source {fa.source} by its own account"
    return f"{worst.feature}: {worst.detail}"


class _Groups:
    """Mutable state of one clustering run: which group each claim is in, and each group's units and claims."""

    def __init__(self, features: Sequence[ClaimFeatures]) -> None:
        self.of: list[int] = []
        self.claims: dict[int, list[int]] = {}
        self.units: dict[int, list[list[int]]] = {}
        first_of_unit: dict[str, int] = {}
        for i, f in enumerate(features):
            root = first_of_unit.setdefault(f.unit, i)
            self.of.append(root)
            self.claims.setdefault(root, []).append(i)
        # Per group, by its root: the latest start and the earliest end of its claims' widened spans, and how many
        # of them are period totals, kept through merges (`dates_apart`).
        self.latest = [f.start for f in features]
        self.earliest = [f.end for f in features]
        self.periods = [1 if f.period else 0 for f in features]
        for root, members in self.claims.items():
            self.units[root] = [members]
            if len(members) > 1:
                self.latest[root] = max(self.latest[i] for i in members)
                self.earliest[root] = min(self.earliest[i] for i in members)
                self.periods[root] = sum(self.periods[i] for i in members)
        # How many merges each group has taken in (absent: none). A group keeps its id while it grows, so the id and
        # this count together name what the group holds: `_Memory` tells by them that two groups are unchanged.
        self.merges: dict[int, int] = {}

    def merge(self, g1: int, g2: int) -> None:
        keep, gone = min(g1, g2), max(g1, g2)
        for i in self.claims[gone]:
            self.of[i] = keep
        self.claims[keep] = sorted(self.claims[keep] + self.claims.pop(gone))
        self.units[keep] = self.units[keep] + self.units.pop(gone)
        self.merges[keep] = self.merges.get(keep, 0) + 1
        self.merges.pop(gone, None)
        self.latest[keep] = max(self.latest[keep], self.latest[gone])
        self.earliest[keep] = min(self.earliest[keep], self.earliest[gone])
        self.periods[keep] += self.periods[gone]

    def dates_apart(self, g1: int, g2: int, window: int) -> bool:
        """Whether some pair of claims across the two groups has its dates blocked (`match.Scorer._date`): a period
        total against one incident, or widened spans more than ``window`` days apart.

        Told from each group's latest start, earliest end and count of period totals: a pair across them differs in
        kind unless all their claims are of one kind, and the pair farthest apart is that of the latest start of
        one group and the earliest end of the other."""
        p1, p2 = self.periods[g1], self.periods[g2]
        if (p1 and p2 < len(self.claims[g2])) or (p2 and p1 < len(self.claims[g1])):
            return True
        return self.latest[g1] - self.earliest[g2] > window or self.latest[g2] - self.earliest[g1] > window


class _Memory:
    """What the merge checks of one clustering run remember of the merges they refused (see `_refusal`).

    Keys are the two groups, ``g * n + h`` (``g < h``, ``n`` claims). ``vetoed`` holds a pair of claims across them
    that vetoes their merge (``x * n + y``); ``averaged`` the two groups' merge counts (`_Groups.merges`, as
    ``count_g * n + count_h``) when their merge was last refused on average. ``worded``: whether the checks hand
    out the writers of their reasons; without (`_cluster` with ``reasons=False``), a refusal is `_UNWORDED`, which
    spares building a writer for each of hundreds of thousands of refusals that nobody reads.
    """

    def __init__(self, *, worded: bool = True) -> None:
        self.vetoed: dict[int, int] = {}
        self.averaged: dict[int, int] = {}
        self.worded = worded


def _unworded() -> str:
    raise AssertionError("a clustering run without reasons has no refusal reasons to write")


#: What `_refusal` gives for a refused merge when its `_Memory` is not ``worded``.
_UNWORDED: Final[Callable[[], str]] = _unworded


def _veto_message(scorer: Scorer, x: int, y: int) -> str:
    config = scorer.config
    pair = scorer.score(x, y)
    fx, fy = scorer.features[x], scorer.features[y]
    if fx.source == fy.source and _worst(pair).feature == "source":
        return (
            f"kept apart: joining would put two different incidents of source {fx.source} in one event "
            f"({pair.a} and {pair.b}, which it does not link)"
        )
    return (
        f"kept apart: joining would put {pair.a} and {pair.b} in one event, and they score "
        f"{pair.total:+.2f}, below the veto {config.veto_threshold:+.2f} ({_veto_reason(pair, fx, fy)})"
    )


def _average_message(config: MatchConfig, mean: float, count: int) -> str:
    return (
        f"kept apart: the claims of the two events match on average at {mean:+.2f} "
        f"({count} pair{'s' if count != 1 else ''} of link units), below the merge threshold "
        f"{config.merge_threshold:+.2f}"
    )


def _refusal(scorer: Scorer, groups: _Groups, g1: int, g2: int, link: tuple[int, int, float] | None = None,
             memory: _Memory | None = None) -> Callable[[], str] | None:
    """Why the two groups may not merge (rule 3 of the module docstring), or ``None`` when they may.

    The reason comes as a function that writes it: most refusals are never read, and writing one means scoring a
    pair with all its sentences. ``link`` is the pair ``(x, y, total)`` that proposes the merge, ``x`` in ``g1``,
    whose total is known already (`Scorer.total`'s float; the one pair of most checks that no earlier check has
    scored).

    Dates first: where a pair across the groups has its dates blocked, and such a pair is always a veto
    (`Scorer.blocked_vetoes`, as with the default weights), the merge is refused without a pair looked at: each
    group keeps the bounds of its claims' dates (`_Groups.dates_apart`). Two in five merge checks end there at 100k
    claims, which spares the pairs scored before the vetoing one (four in ten of those scored). The reason, when
    read, names the pair that the full check finds first.

    Otherwise this runs over a handful of pairs each time: the veto check asks only whether a pair reaches
    the veto (`Scorer.total_if_at_least`), so that a pair the cheap features already put below it (another date,
    or one source's two incidents) is not scored in full; the totals of the pairs that reach it are kept for the
    average check of the same proposal, and dropped after it. (Keeping them for later checks as well saved little
    once refusals are remembered, 257,000 of 5.4 million pairs at a million claims, and held 4 million totals.)

    ``memory`` (`_Memory`) remembers the refusals of earlier checks, so that a check asked again need not look at
    pairs. Of the links that propose a merge, most are refused, and most of those join two groups found apart
    before (two in three at 100k claims, and the larger the groups the more).

    - A veto: a pair of claims across the two groups that vetoes their merge (or, for a veto told by the dates,
      the groups' roots). Groups only grow, and a pair stays across its two groups until they are merged, which
      the veto forbids: so while the remembered pair still joins the two groups asked about, their merge is
      refused. The reason then names the pair the full check would have found first, looked for when it is read.
    - An average below the merge threshold, with the two groups' merge counts at the time: while neither group has
      taken in another since, they hold the same claims and units, so the average is the same (a million-claim
      case asks again 234,052 times of 404,774 average refusals, over 4.9 million pairs). The reason is worked out
      again, from the same units, when it is read.

    A ``memory`` that is not ``worded`` makes every refusal `_UNWORDED` rather than a writer.
    """
    n = len(groups.of)
    key = g1 * n + g2 if g1 < g2 else g2 * n + g1
    state = -1
    if memory is not None:
        known_pair = memory.vetoed.get(key)
        if known_pair is not None:
            x, y = divmod(known_pair, n)
            a, b = groups.of[x], groups.of[y]
            if (a == g1 and b == g2) or (a == g2 and b == g1):
                if not memory.worded:
                    return _UNWORDED
                return partial(_first_veto_message, scorer, tuple(groups.claims[g1]), tuple(groups.claims[g2]))
        merges = groups.merges
        low, high = (g1, g2) if g1 < g2 else (g2, g1)
        state = merges.get(low, 0) * n + merges.get(high, 0)
        if memory.averaged.get(key) == state:
            if not memory.worded:
                return _UNWORDED
            return partial(_average_message_of, scorer, groups.units[g1], groups.units[g2])
    if scorer.blocked_vetoes and groups.dates_apart(g1, g2, scorer.config.date_window_days):
        if memory is not None:
            memory.vetoed[key] = g1 * n + g2  # their roots: claims of the two groups, which name them while they last
            if not memory.worded:
                return _UNWORDED
        return partial(_first_veto_message, scorer, tuple(groups.claims[g1]), tuple(groups.claims[g2]))
    totals: dict[tuple[int, int], float] = {}
    pair = _first_veto(scorer, groups.claims[g1], groups.claims[g2], link, totals)
    if pair is not None:
        if memory is not None:
            memory.vetoed[key] = pair[0] * n + pair[1]
            if not memory.worded:
                return _UNWORDED
        return partial(_veto_message, scorer, *pair)
    mean, count = _average(scorer, groups.units[g1], groups.units[g2], totals)
    if mean < scorer.config.merge_threshold:
        if memory is not None:
            memory.averaged[key] = state
            if not memory.worded:
                return _UNWORDED
        return partial(_average_message, scorer.config, mean, count)
    return None


def _average(scorer: Scorer, units1: Sequence[Sequence[int]], units2: Sequence[Sequence[int]],
             totals: Mapping[tuple[int, int], float] | None = None) -> tuple[float, int]:
    """The average check's mean over pairs of link units across two groups (each pair scored by its best claim
    pair), and the number of unit pairs. ``totals`` holds the total of every claim pair across the two groups, by
    ``(x, y)`` (``x`` of the first group), when the veto check has them; else they are scored."""
    if totals is None:
        total = scorer.total
        pairs = [max(total(x, y) for x in u for y in v) for u in units1 for v in units2]
    else:
        pairs = [max(totals[x, y] for x in u for y in v) for u in units1 for v in units2]
    return sum(pairs) / len(pairs), len(pairs)


def _average_message_of(scorer: Scorer, units1: Sequence[Sequence[int]], units2: Sequence[Sequence[int]]) -> str:
    """The reason of a merge refused on average before, between groups of these units (as they were then)."""
    return _average_message(scorer.config, *_average(scorer, units1, units2))


def _first_veto(scorer: Scorer, claims1: Sequence[int], claims2: Sequence[int],
                link: tuple[int, int, float] | None = None,
                totals: dict[tuple[int, int], float] | None = None) -> tuple[int, int] | None:
    """The first pair ``(x, y)``, ``x`` of ``claims1`` and ``y`` of ``claims2`` in their order, that scores below
    the veto, or ``None`` (see `_refusal`: ``link`` is a pair whose total is known). The totals of the pairs
    looked at before go into ``totals``, by ``(x, y)``."""
    return scorer.first_below(claims1, claims2, scorer.config.veto_threshold, totals, link)


def _first_veto_message(scorer: Scorer, claims1: Sequence[int], claims2: Sequence[int]) -> str:
    """The veto reason of two groups found apart before (their claims as they were), as a full check words it."""
    pair = _first_veto(scorer, claims1, claims2)
    assert pair is not None  # a vetoed pair of claims stays vetoed
    return _veto_message(scorer, *pair)


class _Reasons(Mapping[tuple[str, str], str]):
    """Refusal reasons, each written when first read."""

    def __init__(self, writers: dict[tuple[str, str], Callable[[], str]]) -> None:
        self._writers = writers
        self._written: dict[tuple[str, str], str] = {}

    def __getitem__(self, key: tuple[str, str]) -> str:
        found = self._written.get(key)
        if found is None:
            found = self._written[key] = self._writers[key]()
        return found

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._writers)

    def __len__(self) -> int:
        return len(self._writers)


def cluster_features(
    features: Sequence[ClaimFeatures],
    *,
    config: MatchConfig | None = None,
    pairs: Iterable[tuple[int, int]] | None = None,
    reasons: bool = True,
) -> Clustering:
    """Cluster claims given their features (from `claim_features`) by the rule of the module docstring.

    ``pairs`` are the candidate pairs as indices into ``features`` (any order, each once); by default
    `block.iter_candidate_pairs`. The three stages run in turn: blocking (streamed), scoring (`Scorer.links`) and
    clustering (`cluster_links`); without ``pairs``, blocking and scoring run on every core when the case is large
    enough (`reconcile._parallel.candidate_links`: the same links). ``reasons``: see `cluster_links`.
    """
    config = config or MatchConfig()
    scorer = Scorer(tuple(features), config)
    if pairs is None:
        # On every core when the case is large enough (the same links, `reconcile._parallel`), else here.
        found = candidate_links(features, config, scorer=scorer)
        if found is not None:
            return cluster_links(scorer, found[0], reasons=reasons)
        if len(features) >= _CHUNKS_MIN:  # the same links, the cheap weights worked out on arrays
            return cluster_links(scorer, scorer.links_of_chunks(block.candidate_pair_chunks(features, config)),
                                 reasons=reasons)
        pairs = block.iter_candidate_pairs(features, config)
    return cluster_links(scorer, scorer.links(pairs), reasons=reasons)


def cluster_links(scorer: Scorer, links: Iterable[tuple[float, int, int]], *, reasons: bool = True) -> Clustering:
    """Cluster the claims of ``scorer`` given its links: ``(total, i, j)`` for the candidate pairs scoring at least
    the match threshold (`Scorer.links`), in any order.

    With ``reasons`` False the clustering keeps no refusal reasons (``refused`` is empty, and `Clustering.verdict`
    cannot say why a link was refused): the groups are the same, and a large case saves a writer per refused link
    (millions at a million claims). `group_claims` and the engines, which only need the groups, do so.
    """
    if isinstance(links, Links) and len(links) >= _KNOWN_LINKS_MIN:
        scorer.know(links)  # the merge checks read a link's total rather than score its pair again
    drafts, refused = _cluster(scorer, links, reasons=reasons)
    result = name_groups(drafts, collided=collided_ids(draft.short_id for draft in drafts))
    group_of = {claim: g.id for g in result for claim in g.claims}
    return Clustering(groups=result, scorer=scorer, group_of=group_of, refused=_Reasons(refused))


@attrs.frozen
class Draft:
    """A group before its event id: its claims (sorted global ids), its evidence (sorted by ids), and its anchor,
    the claim with the earliest ``stated`` (ties by global id), with the first day of the anchor's date (ISO)."""

    anchor: str
    start: str
    claims: tuple[str, ...]
    evidence: tuple[PairScore, ...]

    @cached_property  # asked for once to find collisions and again to name the group
    def short_id(self) -> str:
        """The event id with 6 hex digits, which it keeps unless another group's is the same."""
        return event_id(self.anchor, self.start)


def draft_groups(scorer: Scorer, links: Iterable[tuple[float, int, int]]) -> tuple[Draft, ...]:
    """The groups of `cluster_links` before their ids are given (`name_groups`), in no particular order.

    The claims of ``scorer`` may be any set of whole connected components of the graph of links and link units
    (one component, or several side by side): the groups are then those that clustering all the case's claims
    gives on these claims. Links are taken in one global order (strongest first, ties by the two global ids) and
    each merge reads and changes only the groups of its two claims, which lie in the link's component; the links
    of one component come in the same relative order whatever else is clustered beside them, and its groups start
    as its link units, so each component goes through the same merges. Positions in ``scorer.features`` follow the
    global ids, as in the whole run, so the kept group of a merge, the order of its claims and units, and with them
    the sums of the average check, are the same too. Only the event ids need the other groups: see `name_groups`.
    """
    return tuple(_cluster(scorer, links, reasons=False)[0])


def collided_ids(short_ids: Iterable[str]) -> frozenset[str]:
    """The 6-digit event ids (`Draft.short_id`) given more than once: their groups take 12 digits instead."""
    counts = Counter(short_ids)
    return frozenset(name for name, count in counts.items() if count > 1)


def name_groups(drafts: Iterable[Draft], *, collided: Collection[str] = frozenset()) -> tuple[Group, ...]:
    """The groups of ``drafts``, sorted by event id: each takes its `Draft.short_id`, or 12 hex digits where that
    is in ``collided`` (`collided_ids` over the short ids of all the case's drafts, which may be named in parts)."""
    return tuple(sorted(
        (Group(id=event_id(d.anchor, d.start, digits=12) if (short := d.short_id) in collided else short,
               claims=d.claims, evidence=d.evidence) for d in drafts),
        key=lambda g: g.id,
    ))


def _merge_order(ids: Sequence[str], links: Iterable[tuple[float, int, int]]) -> Iterator[tuple[float, int, int]]:
    """The links in the order clustering takes them: strongest first, ties by the pair's two global ids (the
    smaller one first, then the other), and where ids repeat (a case built by hand) by the pair's positions.

    With distinct ids, each claim's rank among them stands in for its id, and a link is kept as one integer, the
    pair of ranks, in a typed array per total: 8 bytes a link, where sorting the tuples themselves needs a key
    object for each (about 40 bytes, five million links at a million claims). Each total's pairs are sorted when
    their turn comes, and given as ``(total, x, y)`` with ``x`` the claim of the smaller id. Many links
    (`_KNOWN_LINKS_MIN`, held in arrays: `Links`) are sorted with numpy instead (`_sorted_links`).
    """
    n = len(ids)
    if len(set(ids)) < n:
        return iter(sorted(links, key=lambda link: _pair_key(ids, link)))
    by_rank = sorted(range(n), key=ids.__getitem__)
    if isinstance(links, Links) and len(links) >= _KNOWN_LINKS_MIN:
        return _sorted_links(links, by_rank)
    rank = [0] * n
    for position, i in enumerate(by_rank):
        rank[i] = position
    by_total: dict[float, array.array[int]] = {}
    for total, i, j in links:
        ri, rj = rank[i], rank[j]
        pairs = by_total.get(total)
        if pairs is None:
            pairs = by_total[total] = array.array("q")
        pairs.append(ri * n + rj if ri < rj else rj * n + ri)
    del rank
    return _by_total(by_total, by_rank)


def _sorted_links(links: Links, by_rank: list[int]) -> Iterator[tuple[float, int, int]]:
    """`_merge_order` of many links, sorted on arrays: by total (highest first), then by the pair of ranks, each
    pair once as the integer ``low * n + high``; the tuples are made a slice at a time as they are taken (five
    million links at a million claims)."""
    import numpy  # loaded only for large cases, as `Scorer.know`

    n = len(by_rank)
    rank = numpy.empty(n, dtype=numpy.int64)
    rank[numpy.array(by_rank, dtype=numpy.int64)] = numpy.arange(n, dtype=numpy.int64)
    firsts = numpy.frombuffer(links.firsts, dtype=numpy.int64)
    seconds = numpy.frombuffer(links.seconds, dtype=numpy.int64)
    totals = numpy.frombuffer(links.totals, dtype=numpy.float64)
    rank1, rank2 = rank[firsts], rank[seconds]
    del rank
    swapped = rank1 > rank2  # the second claim has the smaller id
    pair = numpy.minimum(rank1, rank2)
    pair *= n
    pair += numpy.maximum(rank1, rank2)
    del rank1, rank2
    order = numpy.lexsort((pair, -totals))
    del pair
    for start in range(0, len(order), _SLICE):
        taken = order[start : start + _SLICE]
        turn = swapped[taken]
        first, second = firsts[taken], seconds[taken]
        yield from zip(totals[taken].tolist(), numpy.where(turn, second, first).tolist(),
                       numpy.where(turn, first, second).tolist(), strict=True)


#: Links made into tuples at a time by `_sorted_links`.
_SLICE: Final = 1 << 16


def _by_total(by_total: dict[float, array.array[int]], by_rank: list[int]) -> Iterator[tuple[float, int, int]]:
    n = len(by_rank)
    for total in sorted(by_total, reverse=True):
        for pair in sorted(by_total.pop(total)):
            x, y = divmod(pair, n)
            yield total, by_rank[x], by_rank[y]


def _pair_key(ids: Sequence[str], link: tuple[float, int, int]) -> tuple[float, str, str, int, int]:
    total, i, j = link
    return (-total, ids[i], ids[j], i, j) if ids[i] < ids[j] else (-total, ids[j], ids[i], j, i)


def _cluster(
    scorer: Scorer, links: Iterable[tuple[float, int, int]], *, reasons: bool = True
) -> tuple[list[Draft], dict[tuple[str, str], Callable[[], str]]]:
    """The rule of the module docstring: the groups, and the writers of the refusal reasons by link (none without
    ``reasons``)."""
    features = scorer.features
    ids = [f.id for f in features]
    groups = _Groups(features)
    joined: dict[int, list[tuple[int, int]]] = {}
    refused: dict[tuple[str, str], Callable[[], str]] = {}
    memory = _Memory(worded=reasons)
    for total, i, j in _merge_order(ids, links):
        x, y = (i, j) if ids[i] < ids[j] else (j, i)
        g1, g2 = groups.of[x], groups.of[y]
        if g1 == g2:
            continue
        reason = _refusal(scorer, groups, g1, g2, (x, y, total), memory)
        if reason is not None:
            if reasons:
                refused[(ids[x], ids[y])] = reason
            continue
        groups.merge(g1, g2)
        keep = groups.of[x]
        joined[keep] = [*joined.pop(g1, []), *joined.pop(g2, []), (x, y)]

    index = {f.id: i for i, f in enumerate(features)}
    drafts: list[Draft] = []
    for root, members in groups.claims.items():
        evidence_pairs = set(joined.get(root, []))
        for i in members:  # the links the sources themselves made
            for target in features[i].links:
                j = index[target]
                evidence_pairs.add((min(i, j), max(i, j)))
        evidence = sorted((scorer.score(i, j) for i, j in evidence_pairs), key=lambda p: (p.a, p.b))
        anchor = min((features[i] for i in members), key=lambda f: (f.claim.stated, f.id))
        drafts.append(Draft(anchor.id, anchor.claim.date.start.isoformat(), tuple(ids[i] for i in members),
                            tuple(evidence)))
    return drafts, refused


def run(case: Case, *, config: MatchConfig | None = None, gazetteer: Gazetteer | None = None,
        reasons: bool = True, mentions: dict[str, tuple[Mention, ...]] | None = None) -> Clustering:
    """Features, blocking, scoring and clustering of a case's claims; see `group_claims` (``reasons``: see
    `cluster_links`; ``mentions``: see `claim_features`)."""
    config = config or MatchConfig()
    base = matching_gazetteer(case, gazetteer)
    features = claim_features(case.claims, gazetteer=base, config=config, parties=case.parties, mentions=mentions)
    return cluster_features(features, config=config, reasons=reasons)


def matching_gazetteer(case: Case, gazetteer: Gazetteer | None = None) -> Gazetteer:
    """The gazetteer that places are resolved in for matching: ``gazetteer`` (default the case's regional
    gazetteer, `places.regional_gazetteer`) extended by the case's own entries."""
    base = gazetteer if gazetteer is not None else regional_gazetteer(case.regional_gazetteer)
    return base.extended(case.gazetteer) if case.gazetteer else base


def group_claims(
    case: Case, *, config: MatchConfig | None = None, gazetteer: Gazetteer | None = None,
    mentions: dict[str, tuple[Mention, ...]] | None = None,
) -> tuple[Group, ...]:
    """The events of a case: groups of claims describing one incident, sorted by id.

    Each group's ``claims`` are sorted global ids; its ``evidence`` the scored pairs that joined them (the links
    that merged groups, and the supersedes/adds_to pairs), sorted by their ids. ``gazetteer`` defaults to the
    case's regional gazetteer; the case's own gazetteer entries are always added to it. ``mentions``: the place
    texts read, by text, shared with merge (see `match.claim_features`).
    """
    return run(case, config=config, gazetteer=gazetteer, reasons=False, mentions=mentions).groups
