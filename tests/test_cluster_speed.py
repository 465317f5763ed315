"""The shortcuts of the merge checks against the plain rule they stand for: a veto told by the two groups' dates
(`cluster._Groups.dates_apart`, `Scorer.blocked_vetoes`), and the merge order of many links sorted on arrays
(`cluster._sorted_links`)."""

from __future__ import annotations

import itertools
from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import cluster
from reconcile.match import Links, MatchConfig, Scorer
from reconcile.models import Claim
from tests.test_cluster import ids_and_links
from tests.test_match import claim, claims_strategy, features

CONFIG = MatchConfig()


def grouped(feats: tuple[object, ...], merges: list[tuple[int, int]]) -> cluster._Groups:
    """The groups of ``feats`` (their link units) after the merges of ``merges`` (pairs of positions; a pair of
    claims already in one group is passed over)."""
    groups = cluster._Groups(feats)  # type: ignore[arg-type]
    for i, j in merges:
        g1, g2 = groups.of[i % len(feats)], groups.of[j % len(feats)]
        if g1 != g2:
            groups.merge(g1, g2)
    return groups


def plain_refusal(scorer: Scorer, groups: cluster._Groups, g1: int, g2: int) -> str | None:
    """The rule of the merge check pair by pair, with no shortcut: the first pair across the groups below the veto,
    else the average over pairs of link units."""
    config = scorer.config
    for x in groups.claims[g1]:
        for y in groups.claims[g2]:
            if scorer.total(x, y) < config.veto_threshold:
                return cluster._veto_message(scorer, x, y)
    pairs = [max(scorer.total(x, y) for x in u for y in v) for u in groups.units[g1] for v in groups.units[g2]]
    mean = sum(pairs) / len(pairs)
    if mean < config.merge_threshold:
        return cluster._average_message(config, mean, len(pairs))
    return None


merges_strategy = st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), max_size=12)


@given(claims_strategy(min_size=2, max_size=9), merges_strategy)
@example([claim("am/d0", 0, "Berdavan"), claim("az/d9", 9, "Berdavan")], [])  # nine days apart
@example([claim("am/d0", 0, "Berdavan"), claim("az/p", (0, 90), "Berdavan")], [])  # a period total
@example([claim("am/d0", 0, "Berdavan"), claim("az/p", (0, 90), "Berdavan"), claim("osce/q", (0, 90), "Berdavan"),
          claim("am/d1", 1, "Berdavan")], [(0, 3), (1, 2)])  # each group all of one kind
def test_dates_apart_is_whether_some_pair_across_has_its_dates_blocked(claims: list[Claim],
                                                                       merges: list[tuple[int, int]]) -> None:
    """Each group's date bounds and count of period totals, kept through merges, tell whether a pair across two
    groups is blocked by its dates exactly when some pair's date weight is the blocked weight."""
    feats = features(*claims)
    scorer = Scorer(feats, CONFIG)
    groups = grouped(feats, merges)
    for g1, g2 in itertools.combinations(sorted(groups.claims), 2):
        blocked = any(scorer._date(feats[x], feats[y], False)[1] == CONFIG.blocked_weight
                      for x in groups.claims[g1] for y in groups.claims[g2])
        assert groups.dates_apart(g1, g2, CONFIG.date_window_days) == blocked
        assert groups.dates_apart(g2, g1, CONFIG.date_window_days) == blocked


@given(claims_strategy(min_size=2, max_size=8))
def test_a_pair_blocked_by_its_dates_is_a_veto_when_the_scorer_says_so(claims: list[Claim]) -> None:
    """With the default weights every pair of two link units whose dates are blocked scores below the veto."""
    feats = features(*claims)
    scorer = Scorer(feats, CONFIG)
    assert scorer.blocked_vetoes
    for x, y in itertools.combinations(range(len(feats)), 2):
        if feats[x].unit != feats[y].unit and scorer._date(feats[x], feats[y], False)[1] == CONFIG.blocked_weight:
            assert scorer.total(x, y) < CONFIG.veto_threshold


def test_weights_under_which_a_blocked_pair_may_reach_the_veto_keep_the_pairwise_check() -> None:
    """A blocked weight that the best of the other features can lift to the veto: the dates alone do not refuse
    the merge, and the pairwise check decides (here it merges the two days' claims)."""
    config = MatchConfig(blocked_weight=-5.0, veto_threshold=-8.0, date_window_days=0)
    feats = features(claim("am/d0", 0, "Berdavan", killed={"armenia": 3}),
                     claim("az/d2", 2, "Berdavan", killed={"armenia": 3}), config=config)
    scorer = Scorer(feats, config)
    assert not scorer.blocked_vetoes
    groups = grouped(feats, [])
    assert groups.dates_apart(0, 1, config.date_window_days)
    assert scorer.total(0, 1) >= config.veto_threshold
    found = cluster._refusal(scorer, groups, 0, 1)
    expected = plain_refusal(scorer, groups, 0, 1)
    assert (found is None) == (expected is None)
    assert found is None or found() == expected


@given(claims_strategy(min_size=2, max_size=9), merges_strategy)
@example([claim("am/d0", 0, "Berdavan"), claim("az/d0", 0, "Berdavan"), claim("osce/d9", 9, "Berdavan")],
         [(0, 1)])  # a group of one day against a claim nine days later: refused by the dates
def test_a_merge_check_decides_and_words_as_the_pairwise_rule(claims: list[Claim],
                                                               merges: list[tuple[int, int]]) -> None:
    """Every merge check, with or without a memory of earlier ones, refuses exactly when the rule checked pair by
    pair does, and words the same reason."""
    feats = features(*claims)
    scorer = Scorer(feats, CONFIG)
    groups = grouped(feats, merges)
    memory = cluster._Memory()
    for g1, g2 in itertools.combinations(sorted(groups.claims), 2):
        expected = plain_refusal(scorer, groups, g1, g2)
        for found in (cluster._refusal(scorer, groups, g1, g2), cluster._refusal(scorer, groups, g1, g2, None, memory),
                      cluster._refusal(scorer, groups, g1, g2, None, memory)):  # the second from memory
            assert (found is None) == (expected is None)
            assert found is None or found() == expected


@given(ids_and_links())
@example((["b/1", "a/1", "c/1"], [(1.0, 2, 0), (1.0, 1, 2), (1.0, 0, 1)]))
def test_many_links_sorted_on_arrays_come_in_the_merge_order(
    case: tuple[list[str], list[tuple[float, int, int]]],
) -> None:
    """Links sorted on arrays (as many links are) come in the order of the plain sort: by total, highest first,
    then by the pair's two ids, each oriented with the smaller id first and with its very total."""
    ids, links = case
    if len(set(ids)) < len(ids):
        ids = [f"{name}-{k}" for k, name in enumerate(ids)]

    def oriented(link: tuple[float, int, int]) -> tuple[float, int, int]:
        total, i, j = link
        return (total, i, j) if ids[i] < ids[j] else (total, j, i)

    expected = sorted((oriented(link) for link in links), key=lambda link: (-link[0], ids[link[1]], ids[link[2]]))
    with mock.patch.object(cluster, "_KNOWN_LINKS_MIN", 0):
        found = list(cluster._merge_order(ids, Links(links)))
    assert found == expected
    assert all(type(total) is float and type(x) is int for total, x, _ in found)


def test_clustering_with_links_sorted_on_arrays_gives_the_same_groups() -> None:
    """A case clustered with its links sorted on arrays (and their totals known to the scorer) has the groups and
    refusal reasons of the plain sort."""
    feats = features(*(claim(f"{source}/d{day}-{place}", day, place, killed={"armenia": 3})
                       for day in (0, 1, 5) for source in ("am", "az", "osce") for place in ("Berdavan", "Voskepar")))
    links = Scorer(feats, CONFIG).links(itertools.combinations(range(len(feats)), 2))
    plain = cluster.cluster_links(Scorer(feats, CONFIG), links)
    with mock.patch.object(cluster, "_KNOWN_LINKS_MIN", 1):
        sorted_on_arrays = cluster.cluster_links(Scorer(feats, CONFIG), links)
    assert sorted_on_arrays.groups == plain.groups
    assert dict(sorted_on_arrays.refused) == dict(plain.refused)
