"""Clustering: the documented rule against a brute-force reference, its behaviour on hard cases, ids, and the seed."""

from __future__ import annotations

import functools
import hashlib
import itertools
import random
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import cluster
from reconcile.cluster import event_id, group_claims
from reconcile.match import Links, MatchConfig, Scorer
from reconcile.models import Claim, Group
from tests.test_match import GAZETTEER, case_of, claim, claims_strategy, features

CONFIG = MatchConfig()


def groups_of(*claims: Claim, config: MatchConfig | None = None) -> tuple[Group, ...]:
    return group_claims(case_of(*claims), config=config, gazetteer=GAZETTEER)


def partition(groups: tuple[Group, ...]) -> set[frozenset[str]]:
    return {frozenset(g.claims) for g in groups}


def together(groups: tuple[Group, ...], *ids: str) -> bool:
    return any(set(ids) <= set(g.claims) for g in groups)


def alone(groups: tuple[Group, ...], gid: str) -> bool:
    return any(g.claims == (gid,) for g in groups)


def reference_partition(claims: list[Claim], config: MatchConfig = CONFIG) -> set[frozenset[str]]:
    """The documented rule, naively: score every pair; start from link units; take the pairs at or above the
    threshold strongest first (ties by ids); merge two groups unless a cross pair is below the veto or the mean over
    unit pairs (each the best claim pair) is below the merge threshold."""
    feats = features(*claims, config=config)
    scorer = Scorer(feats, config)
    score = {(i, j): scorer.total(i, j) for i, j in itertools.combinations(range(len(feats)), 2)}
    units: dict[str, frozenset[int]] = {}
    for i, f in enumerate(feats):
        units[f.unit] = units.get(f.unit, frozenset()) | {i}
    groups: list[list[frozenset[int]]] = [[unit] for unit in units.values()]

    def find(i: int) -> list[frozenset[int]]:
        return next(g for g in groups if any(i in unit for unit in g))

    def pair(x: int, y: int) -> float:
        return score[(min(x, y), max(x, y))]

    links = sorted(
        (-s, feats[i].id, feats[j].id, i, j)
        for (i, j), s in score.items()
        if s >= config.match_threshold and feats[i].unit != feats[j].unit
    )
    for _, _, _, i, j in links:
        g1, g2 = find(i), find(j)
        if g1 is g2:
            continue
        claims1, claims2 = set().union(*g1), set().union(*g2)
        if any(pair(x, y) < config.veto_threshold for x in claims1 for y in claims2):
            continue
        best = [max(pair(x, y) for x in u for y in v) for u in g1 for v in g2]
        if sum(best) / len(best) < config.merge_threshold:
            continue
        groups.remove(g1)
        groups.remove(g2)
        groups.append(g1 + g2)
    return {frozenset(feats[i].id for unit in g for i in unit) for g in groups}


# --- properties ----------------------------------------------------------------------------------------------------


@given(claims_strategy(max_size=12))
def test_every_claim_is_in_exactly_one_group(claims: list[Claim]) -> None:
    """The groups partition the claims: each claim appears once."""
    listed = [gid for g in groups_of(*claims) for gid in g.claims]
    assert sorted(listed) == sorted(c.global_id for c in claims)


@given(claims_strategy(max_size=10), st.randoms(use_true_random=False))
def test_groups_do_not_depend_on_claim_order(claims: list[Claim], rnd: random.Random) -> None:
    """Shuffling the claims gives the same groups, ids and evidence."""
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    assert groups_of(*shuffled) == groups_of(*claims)


@given(claims_strategy(max_size=10))
@example(
    [
        claim("am/c0", 0, "Voskepar", killed={"azerbaijan": 4}),
        claim("am/c1", 0, "Berdavan", stated=1, killed={"armenia": 3}),
        claim("az/c2", 0, "Voskepar and Berdavan", killed={"azerbaijan": 4, "armenia": 3}),
    ]
)
@example(  # a merge refused on average, asked again after one of the two groups took in another claim
    [
        claim("az/c0", 0, "Voskepar"), claim("az/c1", 1, "Berdavan"), claim("osce/c2", 0, "Berdavan"),
        claim("am/c3", 0, "Berdavan"), claim("am/c4", (0, 1), "Berdavan"), claim("osce/c5", 0, "Berdavan"),
        claim("am/c6", 0, "Berdavan", stated=1), claim("am/c7", (0, 4), "Berdavan"),
        claim("am/c8", 1, "Berdavan", stated=1),
    ]
)
def test_clustering_equals_the_brute_force_reference(claims: list[Claim]) -> None:
    """On small cases the clustering equals a naive implementation of the documented rule."""
    assert partition(groups_of(*claims)) == reference_partition(claims)


@given(claims_strategy(max_size=10))
@example(  # the link's total stands for its own pair only, not for the other pairs of its claims' units
    [
        claim("am/c0", 0, "Voskepar", killed={"azerbaijan": 4}),
        claim("am/c1", 0, "Berdavan", stated=1, killed={"armenia": 3}),
        claim("az/c2", 0, "Voskepar and Berdavan", killed={"azerbaijan": 4, "armenia": 3}),
    ]
)
@example(  # a veto across events
    [
        claim("am/a", 0, "Berdavan", killed={"armenia": 3}),
        claim("az/b", 0, "Бердаван", killed={"armenia": 3}),
        claim("pan/c", 7, "Berdavan", killed={"armenia": 1}),
        claim("media/span", (0, 7), "Berdavan", killed={"armenia": (1, 4)}),
    ]
)
@example(  # two link units ten days long: each group's first claim is vetoed by the other's second, so which pair a
    # remembered veto names depends on which group is read first
    [
        claim("am/d0", 0, "Berdavan"), claim("am/d10", 10, "Berdavan", adds_to=("am/d0",)),
        claim("az/d0", 0, "Berdavan"), claim("az/d10", 10, "Berdavan", adds_to=("az/d0",)),
    ]
)
@example(  # a merge refused on average, asked again after one of the two groups took in another claim
    [
        claim("az/c0", 0, "Voskepar"), claim("az/c1", 1, "Berdavan"), claim("osce/c2", 0, "Berdavan"),
        claim("am/c3", 0, "Berdavan"), claim("am/c4", (0, 1), "Berdavan"), claim("osce/c5", 0, "Berdavan"),
        claim("am/c6", 0, "Berdavan", stated=1), claim("am/c7", (0, 4), "Berdavan"),
        claim("am/c8", 1, "Berdavan", stated=1),
    ]
)
def test_refusals_are_those_of_a_scorer_that_knows_nothing(claims: list[Claim]) -> None:
    """Each merge check, which reads the proposing link's known total, the totals of all links (`Scorer.know`, as a
    large case's clustering does) and the refusals remembered from earlier checks (the pairs that vetoed a merge,
    and the groups refused on average), decides and words its refusal as the same check on a fresh scorer without
    these."""
    feats = features(*claims)
    checked: list[bool] = []

    def checking(scorer: Scorer, groups: cluster._Groups, g1: int, g2: int,
                 link: tuple[int, int, float] | None = None,
                 memory: cluster._Memory | None = None) -> Callable[[], str] | None:
        found = refusal(scorer, groups, g1, g2, link, memory)
        plain = refusal(Scorer(scorer.features, scorer.config), groups, g1, g2)
        assert (found is None) == (plain is None)
        assert found is None or plain is None or found() == plain()
        checked.append(found is None)
        return found

    refusal = cluster._refusal
    scorer = Scorer(feats, CONFIG)
    links = scorer.links(itertools.combinations(range(len(feats)), 2))
    with mock.patch.object(cluster, "_refusal", checking), mock.patch.object(cluster, "_KNOWN_LINKS_MIN", 1):
        cluster.cluster_links(scorer, links)
    assert bool(checked) == bool(links)  # the first link always proposes a merge
    assert (scorer._known is not None) == bool(links)


def test_a_merge_vetoed_once_is_refused_again_without_looking_at_pairs() -> None:
    """Two incidents of one place on two days, each told by two sources: the cross-day links propose the same merge
    twice. The first is vetoed by one source's two incidents; the second is refused from that memory, with no pair
    looked at, and its reason is the one a full check words."""
    feats = features(*(claim(f"{source}/d{day}", day, "Berdavan", killed={"armenia": 3})
                       for day in (0, 1) for source in ("am", "az")))
    scorer = Scorer(feats, CONFIG)
    links = scorer.links(itertools.combinations(range(len(feats)), 2))
    looked: list[tuple[int, int] | None] = []
    first_veto = cluster._first_veto

    def counting(*args: object, **kwargs: object) -> tuple[int, int] | None:
        found = first_veto(*args, **kwargs)  # type: ignore[arg-type]
        looked.append(found)
        return found

    with mock.patch.object(cluster, "_first_veto", counting):
        result = cluster.cluster_links(scorer, links)
        assert partition(result.groups) == {frozenset({"am/d0", "az/d0"}), frozenset({"am/d1", "az/d1"})}
        cross = [key for key in result.refused if key[0][-1] != key[1][-1]]
        assert len(cross) == 2
        assert len(looked) == 3  # the two same-day merges and the first cross-day link; not the second
    refusal = cluster._refusal
    with mock.patch.object(cluster, "_refusal", lambda *args: refusal(*args[:5])):  # no memory of vetoes
        fresh = cluster.cluster_links(Scorer(feats, CONFIG), links)
    assert fresh.groups == result.groups
    for key in cross:
        assert result.refused[key] == fresh.refused[key]
        assert result.refused[key].startswith("kept apart: joining would put two different incidents of source")


def test_a_merge_refused_on_average_is_refused_again_without_looking_at_pairs_until_a_group_changes() -> None:
    """One day at Berdavan told by four claims, and a three-month span there: links between the same two groups
    propose their merge more than once. The first proposal is refused on average; a later one, while neither group
    has taken in another, is refused from that memory without a pair being looked at, and with the reason a full
    check words; the groups and reasons are those of a run without memory. (The span's total and the day's are
    scored as totals of one period, as before `period_other_span`: with it, they no longer link.)"""
    config = MatchConfig(period_other_span=MatchConfig().date_overlap_vague)
    claims = (
        claim("osce/c0", (0, 90), "Berdavan", killed={"armenia": 0, "azerbaijan": 1}),
        claim("am/c1", 0, "Berdavan"),
        claim("az/c2", 0, "Berdavan", event="total"),
        claim("am/c3", 0, "Berdavan", killed={"armenia": 1}, event="total"),
        claim("osce/c4", 0, "Berdavan", killed={"armenia": 1, "azerbaijan": 0}, event="total"),
    )
    feats = features(*claims)
    scorer = Scorer(feats, config)
    links = scorer.links(itertools.combinations(range(len(feats)), 2))
    refusal, first_veto, average = cluster._refusal, cluster._first_veto, cluster._average
    looked: list[str] = []
    remembered: list[Callable[[], str]] = []

    def spying(*args: object) -> Callable[[], str] | None:
        looked.clear()
        found = refusal(*args)  # type: ignore[arg-type]
        if isinstance(found, functools.partial) and found.func is cluster._average_message_of:
            assert not looked  # refused from memory: neither check ran
            remembered.append(found)
        return found

    def vetoing(*args: object) -> tuple[int, int] | None:
        looked.append("veto")
        return first_veto(*args)  # type: ignore[arg-type]

    def averaging(*args: object) -> tuple[float, int]:
        looked.append("average")
        return average(*args)  # type: ignore[arg-type]

    with (mock.patch.object(cluster, "_refusal", spying), mock.patch.object(cluster, "_first_veto", vetoing),
          mock.patch.object(cluster, "_average", averaging)):
        result = cluster.cluster_links(scorer, links)
    assert remembered
    with mock.patch.object(cluster, "_refusal", lambda *args: refusal(*args[:5])):  # no memory
        fresh = cluster.cluster_links(Scorer(feats, config), links)
    assert fresh.groups == result.groups
    assert dict(result.refused) == dict(fresh.refused)
    for writer in remembered:
        assert writer().startswith("kept apart: the claims of the two events match on average")
        assert writer() in fresh.refused.values()


def test_clustering_without_reasons_keeps_the_groups_and_no_writers() -> None:
    """``reasons=False`` (what `group_claims` asks for) gives the same groups and keeps no refusal reasons; with
    reasons, the refused links are there and each is worded."""
    feats = features(
        claim("am/d4", 0, "Berdavan", killed={"armenia": 3}),
        claim("am/d5", 1, "Voskepar", killed={"azerbaijan": 4}),
        claim("media/sum", (0, 1), "Berdavan and Voskepar", killed={"armenia": 3, "azerbaijan": 4}),
    )
    scorer = Scorer(feats, CONFIG)
    links = scorer.links(itertools.combinations(range(len(feats)), 2))
    full = cluster.cluster_links(scorer, links)
    lean = cluster.cluster_links(Scorer(feats, CONFIG), links, reasons=False)
    assert lean.groups == full.groups
    assert len(full.refused) > 0
    assert all(full.refused[key].startswith("kept apart") for key in full.refused)
    assert len(lean.refused) == 0


# --- behaviour -----------------------------------------------------------------------------------------------------


def test_period_total_stays_apart_from_a_clash_it_overlaps() -> None:
    """"63 killed since 2011", at the same place and with the same figures, is not merged into the clash."""
    groups = groups_of(
        claim("am/a", 0, "Berdavan", killed={"armenia": 3}),
        claim("az/b", 0, "Berdavan", killed={"armenia": 3}),
        claim("article/since", (-520, 3), "Berdavan", killed={"armenia": 3}, event="skirmishes (period total)"),
    )
    assert alone(groups, "article/since")
    assert together(groups, "am/a", "az/b")


def test_prolific_source_does_not_glue_two_incidents() -> None:
    """A summary that matches a source's two reports of two days keeps the two days in two events."""
    groups = groups_of(
        claim("am/d4", 0, "Berdavan", killed={"armenia": 3}),
        claim("am/d5", 1, "Voskepar", killed={"azerbaijan": 4}),
        claim("media/sum", (0, 1), "Berdavan and Voskepar", killed={"armenia": 3, "azerbaijan": 4}),
    )
    assert not together(groups, "am/d4", "am/d5")


def test_many_reports_spanning_two_days_do_not_outvote_the_source() -> None:
    """However many two-day reports match both, a source's reports of two days stay apart (the veto)."""
    spanning = [claim(f"m{k}/r", (0, 1), "Berdavan", killed={"armenia": 3}) for k in range(6)]
    groups = groups_of(
        claim("am/d4", 0, "Berdavan", killed={"armenia": 3}),
        claim("am/d5", 1, "Berdavan", killed={"armenia": 3}),
        *spanning,
    )
    assert not together(groups, "am/d4", "am/d5")


def test_one_strong_link_does_not_drag_in_a_mismatched_group() -> None:
    """A claim naming two incidents of one day joins one of them; average linkage keeps the other apart."""
    groups = groups_of(
        claim("am/a", 0, "Voskepar", killed={"azerbaijan": 4}),
        claim("az/c", 0, "Berdavan", killed={"armenia": 3}),
        claim("media/x", 0, "Voskepar and Berdavan", killed={"azerbaijan": 4, "armenia": 3}),
    )
    assert len(groups) == 2
    assert not together(groups, "am/a", "az/c")


def test_same_place_a_week_later_is_a_separate_incident() -> None:
    """A second incident at the same village a week later stays apart, even with a claim spanning both."""
    groups = groups_of(
        claim("am/a", 0, "Berdavan", killed={"armenia": 3}),
        claim("az/b", 0, "Бердаван", killed={"armenia": 3}),
        claim("am/c", 7, "Berdavan", killed={"armenia": 1}),
        claim("media/span", (0, 7), "Berdavan", killed={"armenia": (1, 4)}),
    )
    assert together(groups, "am/a", "az/b")
    assert not together(groups, "am/a", "am/c")


def test_supersedes_joins_whatever_the_evidence() -> None:
    """A claim that supersedes another is in its event even when nothing else matches."""
    groups = groups_of(claim("az/denial", 0, "the border"), claim("az/later", 30, "Horadiz", supersedes=("az/denial",)))
    assert together(groups, "az/denial", "az/later")


def test_adds_to_joins_the_event_of_its_target() -> None:
    """A fifth death that adds to a confirmation joins the confirmation's event, with the other side's report."""
    groups = groups_of(
        claim("am/voskepar", 1, "in the vicinity of Voskepar village", killed={"azerbaijan": 4}, event="incursion"),
        claim("az/confirm", 1, "Asagi Askipara", killed={"azerbaijan": 4}, event="subversive group"),
        claim("az/fifth", 1, "Qazakh Rayon", killed={"azerbaijan": 1}, adds_to=("az/confirm",)),
    )
    assert together(groups, "am/voskepar", "az/confirm", "az/fifth")


def test_denial_joins_the_incident_it_denies() -> None:
    """A denial at "the border" accepting the three deaths, with killed 0 for its own side, joins the clash."""
    groups = groups_of(
        claim("am/a", 0, "near the villages of Berdavan and Chinari", killed={"armenia": 3, "azerbaijan": (1, None)}),
        claim("az/d", 0, "the border", killed={"armenia": 3, "azerbaijan": 0}, stance="denies"),
    )
    assert together(groups, "am/a", "az/d")


def test_source_updating_its_toll_stays_in_one_event() -> None:
    """A source's later statement about the same incident (a toll updated, not linked) joins the event."""
    groups = groups_of(
        claim("am/first", 0, "Berdavan", killed={"armenia": 1}),
        claim("am/update", 0, "Berdavan", stated=2, killed={"armenia": 3}),
        claim("az/b", 0, "Бердаван", killed={"armenia": 3}),
    )
    assert together(groups, "am/first", "am/update", "az/b")


# --- ids -----------------------------------------------------------------------------------------------------------


def test_event_id_is_derived_from_the_earliest_statement() -> None:
    """The id is "ev-" + the anchor's date start + sha1 of the anchor's global id, the anchor stated first."""
    groups = groups_of(claim("az/b", 0, "Berdavan", stated=2), claim("am/a", 0, "Бердаван", stated=1))
    (group,) = groups
    assert group.id == "ev-2012-06-04-" + hashlib.sha1(b"am/a").hexdigest()[:6] == event_id("am/a", "2012-06-04")


def test_ids_are_stable_when_a_later_statement_joins() -> None:
    """Adding a later claim to an event keeps the event's id."""
    first = groups_of(claim("am/a", 0), claim("az/b", 0, "Бердаван"))
    second = groups_of(claim("am/a", 0), claim("az/b", 0, "Бердаван"), claim("osce/c", 0, stated=3))
    assert [g.id for g in first] == [g.id for g in second]
    assert len(second[0].claims) == 3


def test_ids_are_stable_when_an_unrelated_claim_is_added() -> None:
    """Adding a claim about another incident changes no existing id."""
    before = groups_of(claim("am/a", 0), claim("az/b", 0, "Бердаван"))
    after = groups_of(claim("am/a", 0), claim("az/b", 0, "Бердаван"), claim("nkr/h", 2, "Horadiz"))
    assert {g.id for g in before} < {g.id for g in after}


def test_groups_and_evidence_are_sorted() -> None:
    """Groups are sorted by id, their claims and evidence by global ids."""
    groups = groups_of(
        claim("z/a", 0), claim("a/b", 0, "Бердаван"), claim("m/c", 0), claim("k/d", 2, "Horadiz"),
        claim("b/e", 2, "Goradiz"),
    )
    assert [g.id for g in groups] == sorted(g.id for g in groups)
    for g in groups:
        assert list(g.claims) == sorted(g.claims)
        assert [(p.a, p.b) for p in g.evidence] == sorted((p.a, p.b) for p in g.evidence)


def test_evidence_holds_the_joining_pairs() -> None:
    """A group's evidence is the pairs that merged it, and the source's own links."""
    (group,) = groups_of(
        claim("am/a", 0, "Berdavan", killed={"armenia": 3}),
        claim("az/b", 0, "the border", stance="denies"),
        claim("az/c", 0, "Бердаван", killed={"armenia": 3}, supersedes=("az/b",)),
    )
    assert [(p.a, p.b) for p in group.evidence] == [("am/a", "az/c"), ("az/b", "az/c")]


# --- the seed case -------------------------------------------------------------------------------------------------

SEED = Path(__file__).resolve().parent.parent / "claims" / "2012-tavush-qazakh"

try:
    from reconcile.load import load_case
except ImportError as error:  # pragma: no cover - only while the loader is being written
    LOADER_MISSING: str | None = f"the loader cannot be imported: {error}"
else:
    LOADER_MISSING = None


@pytest.fixture(scope="module")
def seed() -> tuple[Group, ...]:
    if LOADER_MISSING is not None:  # pragma: no cover
        pytest.skip(LOADER_MISSING)
    return group_claims(load_case(SEED))


def test_seed_wounding_report_joins_the_osce_visit(seed: tuple[Group, ...]) -> None:
    """The Nerkin Karmirarghbyur wounding and the OSCE visit to Nerkin Karmiraghbyur are one event."""
    assert together(seed, "armenian-media/media-wounding-2012-06-01", "osce/osce-2012-06-02")


def test_seed_voskepar_and_asagi_askipara_are_one_clash(seed: tuple[Group, ...]) -> None:
    """Armenia's June 5 claim near Voskepar and Azerbaijan's confirmation at Asagi Askipara are one event."""
    assert together(seed, "am-mod/am-2012-06-05", "az-mod/az-confirm-2012-06-05")


def test_seed_linked_claims_join_the_june_5_clash(seed: tuple[Group, ...]) -> None:
    """The superseded June 5 denial and the fifth death (adds_to) are in the June 5 event."""
    assert together(
        seed, "am-mod/am-2012-06-05", "az-mod/az-denial-2012-06-05", "az-mod/az-fifth-2012-06-05",
    )


def test_seed_june_4_denial_joins_the_june_4_clash(seed: tuple[Group, ...]) -> None:
    """Azerbaijan's June 4 denial belongs to the June 4 incident it denies."""
    assert together(seed, "am-mod/am-2012-06-04", "az-mod/az-denial-2012-06-04")


def test_seed_june_4_and_june_5_stay_apart(seed: tuple[Group, ...]) -> None:
    """The Armenian ministry's two days are two events."""
    assert not together(seed, "am-mod/am-2012-06-04", "am-mod/am-2012-06-05")


def test_seed_horadiz_stands_alone(seed: tuple[Group, ...]) -> None:
    """The NKR claim at Horadiz on June 6 is an event of its own (Panorama's shooting the next day is another)."""
    assert alone(seed, "nkr-mod/nkr-2012-06-06")


@pytest.mark.parametrize("total", ["article/since-2011", "article/infobox-totals"])
def test_seed_period_totals_stand_alone(seed: tuple[Group, ...], total: str) -> None:
    """The period totals are never merged into a clash."""
    assert alone(seed, total)


@st.composite
def ids_and_links(draw: st.DrawFn) -> tuple[list[str], list[tuple[float, int, int]]]:
    """Claim ids (distinct or not) and links between them, with many ties in total."""
    ids = draw(st.lists(st.sampled_from(("a/1", "a/2", "b/1", "b/10", "b/9", "c/1")), min_size=2, max_size=6))
    pairs = st.tuples(st.sampled_from((0.5, 0.75, 1.0)), st.integers(0, len(ids) - 1), st.integers(0, len(ids) - 1))
    links = draw(st.lists(pairs.filter(lambda link: link[1] != link[2]), max_size=12))
    return ids, links


@given(ids_and_links())
@example((["b/1", "a/1", "c/1"], [(1.0, 2, 0), (1.0, 1, 2), (1.0, 0, 1)]))
@example((["a/1", "a/1", "b/1"], [(1.0, 1, 2), (1.0, 0, 2), (1.0, 1, 0)]))
def test_links_are_taken_strongest_first_then_by_their_ids(
    case: tuple[list[str], list[tuple[float, int, int]]],
) -> None:
    """The merge order is by total (highest first), then by the pair's two ids, the smaller first, then (ids
    repeating) by the positions in that order: whether it sorts by ranks standing in for ids or by the ids."""
    ids, links = case

    def oriented(link: tuple[float, int, int]) -> tuple[float, int, int]:
        total, i, j = link
        return (total, i, j) if ids[i] < ids[j] else (total, j, i)

    def key(link: tuple[float, int, int]) -> tuple[float, str, str, int, int]:
        total, x, y = oriented(link)
        return (-total, ids[x], ids[y], x, y)

    expected = [oriented(link) for link in sorted(links, key=key)]
    assert [oriented(link) for link in cluster._merge_order(ids, links)] == expected
    assert [oriented(link) for link in cluster._merge_order(ids, Links(links))] == expected
