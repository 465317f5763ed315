"""Engines: where the matching and merging stages of `reconcile.pipeline.reconcile` run.

By default they run in this process (``engine=None``). `DaskEngine` runs them on a Dask cluster (``dask`` and
``distributed``, the optional extra ``reconcile[dask]``: nothing here imports them until an engine is made),
partitioned by blocking key as ``docs/scaling.md`` designs ("Past one machine"), with exactly the events of the
in-process engine, whatever the number of partitions. ``docs/engines.md`` tells it for users.

The stages, with ``n`` partitions (the cluster's worker threads by default):

1. **Claims** (here, in the driver): the distinct claims sorted by global id (`match.unique_claims`) in ``n``
   consecutive slices, and the link units (`match.link_units`, a union-find over supersedes/adds_to), each slice
   sent with its share.
2. **Place look-ups**: each slice lists the look-ups its features make (`match.place_queries`); joined in slice
   order, keeping each where it first appears, they are the look-ups of the whole run in the order it makes them;
   they are resolved in ``n`` shares by folded name (`match.resolve_place_queries`) into one table, and the
   neighbours of every point in it and of every place text written as coordinates are worked out
   (`block.point_neighbours`). Both go to every slice. The names
   merge will resolve are resolved in the same pass, once across the workers (`places.Gazetteer.remember`).
3. **Features** per slice (`match.partition_features`).
4. **Blocking**: each claim's keys (`block.keyed_claims`) are shuffled by key and time slot (`block.route_keyed`)
   into ``n`` partitions, each swept on its own (`block.sweep_partition`): a pair is kept only by the partition of
   the smallest key joining it, so each candidate pair comes out once.
5. **Scoring** per block of two slices (a join of the pairs with the features of both sides): `match.Scorer.links`.
6. **Components** of the graph of links and link units: a union-find per block, joined in a tree; each component
   is named by its first claim, which decides its partition.
7. **Clustering** per partition of whole components: `cluster.draft_groups`, the sequential rule.
8. **Event ids**: which 6-digit ids collide, over all the groups (`cluster.collided_ids`).
9. **Merge**: the groups dealt out again by anchor (components can be large, groups are small), named
   (`cluster.name_groups`) and merged (`merge.merge` over a case of their claims) per partition.
10. **Events** (the driver): sorted by id, as `merge.merge` sorts them.

Why the events are the same as in-process:

- the features equal `match.claim_features` over all claims (but for ``places_id``, a cache number kept unique
  across slices): the link units are the same union-find, and each place look-up answers as in one run
  (`match.place_queries`, `match.resolve_place_queries` say why);
- the candidate pairs are `block.iter_candidate_pairs` outside link units, each once (`block.sweep_partition`),
  and each scores the same total: a pair's score reads only its two claims' features and the configuration;
- clustering each set of whole components with the rule gives the groups the whole run gives
  (`cluster.draft_groups`), and the event ids are checked for collisions over all groups, as the rule does;
- merging reads only a group's claims (every copy of them, for the copy it keeps), the parties and the sources, so
  merging some groups over a case holding only their claims gives their events; they are then sorted as
  `merge.merge` sorts them. The answers handed to the gazetteer are those it would give itself.

``tests/test_engine.py`` checks this on the seed case and generated cases with 1, 2 and 7 partitions.
"""

from __future__ import annotations

import bisect
import contextlib
import importlib
import itertools
import logging
import uuid
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar

import attrs

from reconcile.block import KeyedClaim, Point, keyed_claims, point_neighbours, route_keyed, sweep_partition
from reconcile.cluster import Draft, collided_ids, draft_groups, matching_gazetteer, name_groups
from reconcile.errors import ReconcileError
from reconcile.match import (
    ClaimFeatures,
    MatchConfig,
    PlaceQuery,
    PlaceTable,
    Scorer,
    VagueNames,
    link_units,
    partition_features,
    place_queries,
    resolve_place_queries,
    smallest_roots,
    unique_claims,
)
from reconcile.merge import Rules, merge, sides_taking_part
from reconcile.models import Case, Claim, Event, Party
from reconcile.places import Gazetteer, Resolution, place_lookups, point_of

__all__ = ["DaskEngine", "Engine"]

_T = TypeVar("_T")

#: What `DaskEngine` says when dask or distributed cannot be imported.
_MISSING_DASK = "the Dask engine needs dask and distributed, which are not installed: pip install 'reconcile[dask]'"


class Engine(Protocol):
    """Where the matching and merging stages run: `reconcile.pipeline.reconcile` asks an engine for the events.

    An engine must give exactly the events of the in-process stages, ``merge(case, group_claims(case, config=config,
    gazetteer=gazetteer), rules=rules, gazetteer=gazetteer)``, in their order.
    """

    def events(self, case: Case, *, config: MatchConfig, rules: Rules, gazetteer: Gazetteer) -> tuple[Event, ...]:
        """The case's events (``gazetteer`` already holds the case's own entries, as the pipeline passes it)."""
        ...


class _Client(Protocol):
    """The part of ``distributed.Client`` the engine uses; futures are opaque (dask is not fully typed)."""

    def submit(self, func: Callable[..., object], /, *args: Any, key: str, pure: bool) -> Any: ...

    def scatter(self, data: Any, *, broadcast: bool = False, hash: bool = True) -> Any: ...

    def gather(self, futures: Any) -> Any: ...

    def nthreads(self) -> Mapping[str, int]: ...


def _distributed() -> Any:
    """The ``distributed`` module, or `ReconcileError` saying how to install it."""
    try:
        return importlib.import_module("distributed")
    except ImportError:
        raise ReconcileError(_MISSING_DASK) from None


class DaskEngine:
    """The matching and merging stages on a Dask cluster (see the module docstring for how they partition).

    - ``DaskEngine(client)``: on the cluster of a ``distributed.Client`` you made (and close);
    - ``DaskEngine(scheduler="tcp://host:8786")``: connects to that scheduler for each run;
    - ``DaskEngine(workers=2)`` (the default): starts a local cluster of that many worker processes (one thread
      each, on the loopback interface, no dashboard) for each run and stops it after.

    ``partitions`` defaults to the number of worker threads; the events do not depend on it. Raises
    `ReconcileError` when dask or distributed is not installed.
    """

    def __init__(self, client: Any = None, *, scheduler: str | None = None, workers: int = 2,
                 partitions: int | None = None) -> None:
        _distributed()
        if client is not None and scheduler is not None:
            raise ValueError("give a client or a scheduler address, not both")
        if workers < 1:
            raise ValueError(f"workers must be 1 or more, got {workers!r}")
        if partitions is not None and partitions < 1:
            raise ValueError(f"partitions must be 1 or more, got {partitions!r}")
        self.client = client
        self.scheduler = scheduler
        self.workers = workers
        self.partitions = partitions

    def __repr__(self) -> str:
        where = ("a client" if self.client is not None else f"scheduler {self.scheduler}" if self.scheduler
                 else f"a local cluster of {self.workers} workers")
        return f"<DaskEngine on {where}, {self.partitions or 'one per thread'} partitions>"

    def events(self, case: Case, *, config: MatchConfig, rules: Rules, gazetteer: Gazetteer) -> tuple[Event, ...]:
        claims = unique_claims(case.claims)  # raises here, as in-process, on two different claims with one id
        if not claims:
            return ()
        with self._session() as client:
            partitions = self.partitions or max(1, sum(client.nthreads().values()))
            return _Run(client, partitions).events(case, claims, config, rules, gazetteer)

    @contextlib.contextmanager
    def _session(self) -> Iterator[_Client]:
        if self.client is not None:
            yield self.client
            return
        distributed = _distributed()
        if self.scheduler is not None:
            try:
                client = distributed.Client(self.scheduler, timeout="30s")
            except (OSError, TimeoutError, ValueError) as exc:
                raise ReconcileError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from None
            with client:
                yield client
            return
        # One thread per worker process (the work is pure Python), the loopback interface only, no dashboard. The
        # scheduler's small HTTP server (health, metrics) still runs: on a free loopback port, not the dashboard's
        # 8787, which another cluster on the machine may hold (taking another would warn).
        with distributed.LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                      dashboard_address=None, scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                                      silence_logs=logging.CRITICAL) as cluster, distributed.Client(cluster) as client:
            yield client


# --------------------------------------------------------------------------------------------------------------
# The graph of one run
# --------------------------------------------------------------------------------------------------------------


@attrs.frozen
class _Shared:
    """What every task may read, sent to each worker once."""

    config: MatchConfig
    rules: Rules
    parties: tuple[Party, ...]
    skeleton: Case  # the case without its claims
    gazetteer: Gazetteer  # merge's
    matching: Gazetteer  # the features' (`cluster.matching_gazetteer`)
    partitions: int
    taking_part: frozenset[str]  # `merge.sides_taking_part` of the whole case: a merge partition sees a share


@attrs.frozen
class _Slice:
    """One slice of the distinct claims: its position in the run (``first``), its claims, their link units (and
    those of their links' targets), and every copy of the claims read more than once (for merge)."""

    index: int
    first: int
    claims: tuple[Claim, ...]
    units: Mapping[str, str]
    copies: Mapping[str, tuple[Claim, ...]]


class _Run:
    """The graph of one run on a client, stage by stage (the module docstring), and the events it gathers.

    Every stage submits its tasks at once and hands on their futures: the scheduler runs each task as soon as its
    inputs are ready, so stages overlap.
    """

    def __init__(self, client: _Client, partitions: int) -> None:
        self.client = client
        self.n = partitions
        self.token = uuid.uuid4().hex[:8]

    def submit(self, stage: str, index: object, func: Callable[..., object], *args: Any) -> Any:
        return self.client.submit(func, *args, key=f"reconcile-{stage}-{index}-{self.token}", pure=False)

    def pieces(self, stage: str, outputs: Sequence[Any], count: int) -> list[list[Any]]:
        """``pieces[k][i]``: part ``k`` of what task ``i`` of ``outputs`` returns (a shuffle's parts)."""
        return [[self.submit(stage, f"{i}-{k}", _piece, out, k) for i, out in enumerate(outputs)]
                for k in range(count)]

    def events(self, case: Case, claims: list[Claim], config: MatchConfig, rules: Rules,
               gazetteer: Gazetteer) -> tuple[Event, ...]:
        bounds = [len(claims) * p // self.n for p in range(self.n + 1)]
        units = link_units(claims)
        shared = self.client.scatter(_Shared(
            config=config, rules=rules, parties=case.parties, skeleton=attrs.evolve(case, claims=()),
            gazetteer=gazetteer, matching=matching_gazetteer(case, gazetteer), partitions=self.n,
            taking_part=sides_taking_part(case),
        ), broadcast=True, hash=False)
        slices = self.client.scatter(_slices(case, claims, units, bounds), hash=False)
        position = {claim.global_id: i for i, claim in enumerate(claims)}
        edges = self.client.scatter(_Box([(position[gid], position[root]) for gid, root in units.items()
                                          if gid != root]), hash=False)

        table, answers, near = self.lookups(slices, shared)
        features = [self.submit("features", p, _features, slices[p], table, shared) for p in range(self.n)]
        links = self.links(features, slices, near, bounds, shared)
        components = self.components(links, edges)
        merged = self.merged(features, slices, links, components, answers, shared)
        parts: list[_Box[tuple[Event, ...]]] = self.client.gather(merged)
        return tuple(sorted((event for part in parts for event in part.value), key=lambda e: (e.id, e.claims)))

    def lookups(self, slices: list[Any], shared: Any) -> tuple[Any, Any, Any]:
        """The place table of the features, the answers for merge, and the neighbours of the table's points."""
        lookups = [self.submit("lookups", p, _lookups, slices[p], shared) for p in range(self.n)]
        ordered = self.submit("lookups", "all", _join_lookups, *lookups)
        resolved = [self.submit("resolve", r, _resolve, ordered, r, shared) for r in range(self.n)]
        table = self.submit("table", "all", _join_tables, *(self.submit("table", r, _piece, part, 0)
                                                              for r, part in enumerate(resolved)))
        answers = self.submit("answers", "all", _join_answers, *(self.submit("answers", r, _piece, part, 1)
                                                                  for r, part in enumerate(resolved)))
        return table, answers, self.submit("near", "all", _near, table, ordered, shared)

    def links(self, features: list[Any], slices: list[Any], near: Any, bounds: list[int],
              shared: Any) -> list[Any]:
        """Blocking and scoring: claims shuffled by key and swept per partition, the pairs sent to the blocks of
        the two slices they join, each block scored; the links of each block."""
        routed = [self.submit("keys", p, _keys, features[p], slices[p], near, shared) for p in range(self.n)]
        swept = [self.submit("sweep", x, _sweep, x, bounds, shared, *rows)
                 for x, rows in enumerate(self.pieces("rows", routed, self.n))]
        blocks = _blocks(self.n)
        return [self.submit("score", f"{p}-{q}", _score, features[p], features[q], slices[p], slices[q], shared,
                            *pairs)
                for (p, q), pairs in zip(blocks, self.pieces("pairs", swept, len(blocks)), strict=True)]

    def components(self, links: list[Any], edges: Any) -> Any:
        """The first claim of each claim's component, by union-find forests joined in a tree."""
        level = [self.submit("forest", b, _forest, block) for b, block in enumerate(links)]
        level.append(self.submit("forest", "units", _union, edges))
        depth = 0
        while len(level) > 1:
            depth += 1
            level = [self.submit("union", f"{depth}-{i}", _union, *level[i:i + 4]) for i in range(0, len(level), 4)]
        return level[0]

    def merged(self, features: list[Any], slices: list[Any], links: list[Any], components: Any, answers: Any,
               shared: Any) -> list[Any]:
        """Clustering per partition of whole components, the id check over all groups, and merge per partition
        of groups; the events of each merge partition."""
        members = [self.submit("regroup", p, _regroup, features[p], slices[p], components, shared)
                   for p in range(self.n)]
        relinked = [self.submit("relink", b, _relink, block, components, shared) for b, block in enumerate(links)]
        clusters = [self.submit("cluster", c, _cluster, shared, mine, their_links) for c, (mine, their_links)
                    in enumerate(zip(self.pieces("members", members, self.n),
                                     self.pieces("links", relinked, self.n), strict=True))]
        collided = self.submit("collided", "all", _collided, *(self.submit("ids", c, _short_ids, cluster)
                                                                for c, cluster in enumerate(clusters)))
        dealt = [self.submit("deal", c, _deal, cluster, shared) for c, cluster in enumerate(clusters)]
        return [self.submit("merge", m, _merge, collided, answers, shared, *groups)
                for m, groups in enumerate(self.pieces("groups", dealt, self.n))]


def _slices(case: Case, claims: list[Claim], units: Mapping[str, str], bounds: list[int]) -> list[_Slice]:
    """The distinct claims cut at ``bounds``, each slice with the link units of its claims and their links'
    targets, and every copy of its claims that the case holds more than once."""
    read = Counter(claim.global_id for claim in case.claims)
    copies: dict[str, list[Claim]] = {}
    for claim in case.claims:
        if read[claim.global_id] > 1:
            copies.setdefault(claim.global_id, []).append(claim)
    out = []
    for p in range(len(bounds) - 1):
        part = claims[bounds[p]:bounds[p + 1]]
        targets = {t for claim in part for t in (*claim.supersedes, *claim.adds_to) if t in units}
        out.append(_Slice(
            index=p, first=bounds[p], claims=tuple(part),
            units={gid: units[gid] for gid in itertools.chain((c.global_id for c in part), targets)},
            copies={c.global_id: tuple(copies[c.global_id]) for c in part if c.global_id in copies},
        ))
    return out


def _blocks(n: int) -> list[tuple[int, int]]:
    """The blocks of the pair join: one per two slices ``p <= q``."""
    return [(p, q) for p in range(n) for q in range(p, n)]


def _share(text: str, shares: int) -> int:
    """A share for a text, the same in every process (unlike `hash`)."""
    return zlib.crc32(text.encode()) % shares


# --------------------------------------------------------------------------------------------------------------
# The tasks: plain functions of plain values, run on the workers
# --------------------------------------------------------------------------------------------------------------


@attrs.frozen
class _Box(Generic[_T]):
    """A value that goes between tasks as one pickle. distributed sends a bare list, tuple or dict item by item,
    which takes minutes for the millions of pairs of a large case: the tasks take and return their data boxed."""

    value: _T


def _piece(box: _Box[Sequence[_T]], k: int) -> _Box[_T]:
    """Part ``k`` of a task's parts (one shuffle's output for one receiver)."""
    return _Box(box.value[k])


#: What merge asks the gazetteer for a claim: each name of its place with the region it is resolved in
#: (`places.place_lookups`).
_MergeLookup = tuple[str, str | None]


@attrs.frozen
class _Lookups:
    """Place look-ups: the features' (in the order they make them) and merge's."""

    features: list[PlaceQuery]
    merge: list[_MergeLookup]
    points: list[Point] = attrs.Factory(list)  # the points of place texts written as coordinates


def _lookups(part: _Slice, shared: _Shared) -> _Box[_Lookups]:
    texts = dict.fromkeys((claim.place, claim.region) for claim in part.claims)
    vague = VagueNames.of(parties=shared.parties)  # as merge reads the places (`merge._Cast`)
    merge_lookups = dict.fromkeys(lookup for text, region in texts
                                  for lookup in place_lookups(text, region, vague=vague))
    points = dict.fromkeys(point for text, _ in texts if (point := point_of(text)) is not None)
    return _Box(_Lookups(place_queries(part.claims, config=shared.config, parties=shared.parties),
                         list(merge_lookups), list(points)))


def _join_lookups(*parts: _Box[_Lookups]) -> _Box[_Lookups]:
    """The slices' look-ups in slice order, each kept where it first appears: the run's, in its order."""
    first: dict[tuple[str, str | None], PlaceQuery] = {}
    for query in itertools.chain.from_iterable(part.value.features for part in parts):
        first.setdefault((query.key, query.folded_region), query)
    merge_lookups = dict.fromkeys(itertools.chain.from_iterable(part.value.merge for part in parts))
    points = dict.fromkeys(itertools.chain.from_iterable(part.value.points for part in parts))
    return _Box(_Lookups(list(first.values()), list(merge_lookups), list(points)))


def _resolve(lookups: _Box[_Lookups], share: int,
             shared: _Shared) -> _Box[tuple[PlaceTable, list[tuple[str, str | None, Resolution]]]]:
    """One share of the look-ups resolved: the features' by folded name (the look-up keeps its state per folded
    name, `match.resolve_place_queries`), merge's by name."""
    n = shared.partitions
    table = resolve_place_queries([q for q in lookups.value.features if _share(q.key, n) == share], shared.matching)
    answers = [(name, region, shared.gazetteer.resolve(name, region=region))
               for name, region in lookups.value.merge if _share(name, n) == share]
    return _Box((table, answers))


def _join_tables(*tables: _Box[PlaceTable]) -> _Box[PlaceTable]:
    return _Box({key: entries for table in tables for key, entries in table.value.items()})


def _join_answers(
    *answers: _Box[list[tuple[str, str | None, Resolution]]],
) -> _Box[list[tuple[str, str | None, Resolution]]]:
    return _Box([answer for part in answers for answer in part.value])


def _near(table: _Box[PlaceTable], lookups: _Box[_Lookups],
          shared: _Shared) -> _Box[dict[Point, tuple[Point, ...]]]:
    """The neighbours of every point the features may name: the table's, and those of place texts written as
    coordinates (`places.coordinates`)."""
    points = [(e.lat, e.lon) for entries in table.value.values() for e in entries
              if e.lat is not None and e.lon is not None]
    points.extend(lookups.value.points)
    return _Box(point_neighbours(points, shared.config))


def _features(part: _Slice, table: _Box[PlaceTable], shared: _Shared) -> _Box[tuple[ClaimFeatures, ...]]:
    return _Box(partition_features(part.claims, units=part.units, table=table.value, config=shared.config,
                                   parties=shared.parties, places_ids=(part.index, shared.partitions)))


def _keys(features: _Box[tuple[ClaimFeatures, ...]], part: _Slice, near: _Box[dict[Point, tuple[Point, ...]]],
          shared: _Shared) -> _Box[list[list[KeyedClaim]]]:
    keyed = keyed_claims(features.value, near.value, shared.config, first_position=part.first)
    return _Box(route_keyed(keyed, shared.partitions, shared.config))


def _sweep(partition: int, bounds: list[int], shared: _Shared,
           *claims: _Box[list[KeyedClaim]]) -> _Box[list[list[tuple[int, int]]]]:
    """The partition's candidate pairs, sorted into the blocks of the two slices they join."""
    blocks = {block: b for b, block in enumerate(_blocks(shared.partitions))}
    out: list[list[tuple[int, int]]] = [[] for _ in blocks]
    rows = itertools.chain.from_iterable(part.value for part in claims)
    for i, j in sweep_partition(rows, partition, shared.partitions, shared.config):
        out[blocks[(bisect.bisect_right(bounds, i) - 1, bisect.bisect_right(bounds, j) - 1)]].append((i, j))
    return _Box(out)


def _score(first: _Box[tuple[ClaimFeatures, ...]], second: _Box[tuple[ClaimFeatures, ...]], p: _Slice, q: _Slice,
           shared: _Shared, *pairs: _Box[list[tuple[int, int]]]) -> _Box[list[tuple[float, int, int]]]:
    """The links among the pairs of one block: a `Scorer` over the features of its two slices, in run order."""
    features = first.value if p.index == q.index else first.value + second.value
    size = len(first.value)
    shift = size - q.first  # a position in the second slice, as an index into ``features``

    def local(position: int) -> int:
        return position - p.first if position < p.first + size else position + shift

    def run_position(i: int) -> int:
        return i + p.first if i < size else i - shift

    scorer = Scorer(features, shared.config)
    links = scorer.links((local(i), local(j)) for i, j in itertools.chain.from_iterable(b.value for b in pairs))
    return _Box([(total, run_position(i), run_position(j)) for total, i, j in links])


def _forest(links: _Box[list[tuple[float, int, int]]]) -> _Box[dict[int, int]]:
    return _Box(smallest_roots((i, j) for _total, i, j in links.value))


def _union(*parts: _Box[dict[int, int]] | _Box[list[tuple[int, int]]]) -> _Box[dict[int, int]]:
    """Forests (or lists of edges) joined: a forest's edges, each claim to its first, span the components of the
    links behind it."""
    edges = (edge for part in parts for edge in (part.value.items() if isinstance(part.value, dict) else part.value))
    return _Box(smallest_roots(edges))


#: A claim sent to clustering: its position in the run, its features and every copy of it (for merge).
_Member = tuple[int, ClaimFeatures, tuple[Claim, ...]]
#: A group before its id, with every copy of its claims.
_Grouped = tuple[Draft, tuple[Claim, ...]]


def _regroup(features: _Box[tuple[ClaimFeatures, ...]], part: _Slice, components: _Box[dict[int, int]],
             shared: _Shared) -> _Box[list[list[_Member]]]:
    """The slice's claims sent to the partition of their component, with their position and every copy."""
    out: list[list[_Member]] = [[] for _ in range(shared.partitions)]
    first = components.value
    for position, f in enumerate(features.value, start=part.first):
        out[first.get(position, position) % shared.partitions].append(
            (position, f, part.copies.get(f.id, (f.claim,))))
    return _Box(out)


def _relink(links: _Box[list[tuple[float, int, int]]], components: _Box[dict[int, int]],
            shared: _Shared) -> _Box[list[list[tuple[float, int, int]]]]:
    out: list[list[tuple[float, int, int]]] = [[] for _ in range(shared.partitions)]
    first = components.value
    for link in links.value:
        out[first.get(link[1], link[1]) % shared.partitions].append(link)
    return _Box(out)


def _cluster(shared: _Shared, members: list[_Box[list[_Member]]],
             links: list[_Box[list[tuple[float, int, int]]]]) -> _Box[list[_Grouped]]:
    """Clustering of whole components: their features in run order (each slice's part is, and slices come in
    order), so that `cluster.draft_groups` sees them as the whole run would."""
    rows = list(itertools.chain.from_iterable(part.value for part in members))
    index = {position: i for i, (position, _f, _copies) in enumerate(rows)}
    scorer = Scorer(tuple(f for _position, f, _copies in rows), shared.config)
    local = [(total, index[i], index[j]) for total, i, j in itertools.chain.from_iterable(b.value for b in links)]
    copies = {f.id: claims for _position, f, claims in rows}
    return _Box([(draft, tuple(claim for gid in draft.claims for claim in copies[gid]))
                 for draft in draft_groups(scorer, local)])


def _short_ids(clustered: _Box[list[_Grouped]]) -> _Box[list[str]]:
    return _Box([draft.short_id for draft, _claims in clustered.value])


def _collided(*parts: _Box[list[str]]) -> frozenset[str]:
    return collided_ids(itertools.chain.from_iterable(part.value for part in parts))


def _deal(clustered: _Box[list[_Grouped]], shared: _Shared) -> _Box[list[list[_Grouped]]]:
    """The groups dealt out to the partitions that merge them, by anchor."""
    out: list[list[_Grouped]] = [[] for _ in range(shared.partitions)]
    for grouped in clustered.value:
        out[_share(grouped[0].anchor, shared.partitions)].append(grouped)
    return _Box(out)


def _merge(collided: frozenset[str], answers: _Box[list[tuple[str, str | None, Resolution]]], shared: _Shared,
           *parts: _Box[list[_Grouped]]) -> _Box[tuple[Event, ...]]:
    grouped = [item for part in parts for item in part.value]
    groups = name_groups((draft for draft, _claims in grouped), collided=collided)
    case = attrs.evolve(shared.skeleton, claims=tuple(claim for _draft, claims in grouped for claim in claims))
    shared.gazetteer.remember(answers.value)
    return _Box(merge(case, groups, rules=shared.rules, gazetteer=shared.gazetteer, taking_part=shared.taking_part))
