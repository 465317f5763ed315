"""The cheaper paths of clustering against the plain ones they stand for: the merge check over all pairs across two
groups in one call (`Scorer.first_below`), the place signatures worked out once per place set, and the evidence
(`Scorer.score`, its place sentences kept per ordered pair of place sets)."""

from __future__ import annotations

import itertools
import math
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reconcile import cluster
from reconcile.match import ClaimFeatures, MatchConfig, Scorer, claim_features
from reconcile.models import Case, Claim, Contribution, PairScore
from reconcile.places import Gazetteer
from reconcile.testing import cases
from tests.test_match import claim, claims_strategy, features

CONFIG = MatchConfig()
THRESHOLDS = st.sampled_from((-8.0, -2.0, 0.0, 5.0, 9.0))


def realistic_features(case: Case) -> tuple[ClaimFeatures, ...]:
    gazetteer = Gazetteer.default().extended(case.gazetteer) if case.gazetteer else Gazetteer.default()
    return claim_features(case.claims, gazetteer=gazetteer, parties=case.parties)


def plain_first_below(scorer: Scorer, firsts: list[int], seconds: list[int], threshold: float,
                      totals: dict[tuple[int, int], float] | None,
                      link: tuple[int, int, float] | None) -> tuple[int, int] | None:
    """The merge check pair by pair through `Scorer.total_if_at_least`, as clustering asked it before."""
    x0, y0, known = link if link is not None else (-1, -1, 0.0)
    for x in firsts:
        for y in seconds:
            found = known if x == x0 and y == y0 else scorer.total_if_at_least(x, y, threshold)
            if found is None or found < threshold:
                return x, y
            if totals is not None:
                totals[x, y] = found
    return None


def split(feats: tuple[ClaimFeatures, ...], rnd: Any) -> tuple[list[int], list[int]]:
    """Two disjoint lists of positions in a random order (groups whose claims are in any order)."""
    positions = list(range(len(feats)))
    rnd.shuffle(positions)
    cut = rnd.randint(1, len(positions) - 1)
    return positions[:cut], positions[cut:]


def check_first_below(feats: tuple[ClaimFeatures, ...], threshold: float, rnd: Any) -> None:
    """`first_below` gives the pair and the totals of the plain check, on a fresh scorer, on one that knows the
    links, on one whose totals are kept, and with a given pair (its total read as given, even a made-up one)."""
    firsts, seconds = split(feats, rnd)
    links = Scorer(feats).links(itertools.combinations(range(len(feats)), 2))
    knowing = Scorer(feats)
    knowing.know(links)
    keeping = Scorer(feats)
    for x, y in itertools.product(firsts, seconds):
        if rnd.random() < 0.5:
            keeping.total(x, y)
    given_pair = (rnd.choice(firsts), rnd.choice(seconds))
    for link in (None, (*given_pair, Scorer(feats).total(*given_pair)), (*given_pair, rnd.choice((-99.0, 99.0)))):
        expected: dict[tuple[int, int], float] = {}
        found_plain = plain_first_below(Scorer(feats), firsts, seconds, threshold, expected, link)
        for scorer in (Scorer(feats), knowing, keeping):
            totals: dict[tuple[int, int], float] = {}
            assert scorer.first_below(firsts, seconds, threshold, totals, link) == found_plain
            assert {pair: total.hex() for pair, total in totals.items()} == {
                pair: total.hex() for pair, total in expected.items()}
            assert scorer.first_below(firsts, seconds, threshold, None, link) == found_plain


@given(claims_strategy(min_size=2, max_size=9), THRESHOLDS, st.randoms(use_true_random=False))
@example(  # one source's two days (a veto), one place in two scripts, a unit, a period total
    [claim("am/a", 0, "Berdavan", killed={"armenia": 3}), claim("az/b", 0, "Бердаван", killed={"armenia": 3}),
     claim("am/c", 1, "Бердаван", stated=2), claim("osce/d", (0, 90), "the border", event="total"),
     claim("am/e", 0, "Berdavan", supersedes=("am/a",))], -8.0, None,
)
def test_first_below_is_the_pair_by_pair_check(claims: list[Claim], threshold: float, rnd: Any) -> None:
    """The check of every pair across two groups in one call finds the pair the pair-by-pair check finds, and
    keeps the same totals to the bit, whatever the order of the claims and the threshold."""
    import random

    check_first_below(features(*claims), threshold, rnd or random.Random(0))


@settings(max_examples=40, deadline=None)
@given(cases(max_claims=9), THRESHOLDS, st.randoms(use_true_random=False))
def test_first_below_on_realistic_cases(case: Case, threshold: float, rnd: Any) -> None:
    """The same on the cases of `reconcile.testing`: places with and without coordinates, several scripts,
    denials, figures of every kind."""
    feats = realistic_features(case)
    if len(feats) >= 2:
        check_first_below(feats, threshold, rnd)


def test_first_below_reads_known_and_given_totals_without_scoring() -> None:
    """A pair whose total is given, kept or a known link is read, never scored; a pair below the threshold
    stops the check, and the pairs after it are not looked at."""
    feats = features(claim("am/a", 0, "Berdavan", killed={"armenia": 3}),
                     claim("az/b", 0, "Бердаван", killed={"armenia": 3}),
                     claim("osce/c", 0, "Berdavan", killed={"armenia": 3}),
                     claim("am/d", 5, "Voskepar"))
    assert [f.id for f in feats] == ["am/a", "am/d", "az/b", "osce/c"]
    links = Scorer(feats).links(itertools.combinations(range(4), 2))
    assert {(i, j) for _, i, j in links} == {(0, 2), (0, 3), (2, 3)}
    scorer = Scorer(feats)
    scorer.know(links)
    scored: list[tuple[int, int]] = []
    scorer._scanner()
    pair_total = scorer._pair_total
    assert pair_total is not None

    def counting(i: int, j: int, floor: float) -> float | None:
        scored.append((i, j))
        return pair_total(i, j, floor)

    scorer._pair_total = counting
    totals: dict[tuple[int, int], float] = {}
    assert scorer.first_below([2, 3], [0], CONFIG.veto_threshold, totals, (3, 0, 7.5)) is None
    assert not scored
    assert totals == {(2, 0): Scorer(feats).total(0, 2), (3, 0): 7.5}
    # source am's other day vetoes: found at (1, 0), and (1, 3) is never looked at
    assert scorer.first_below([2, 1], [0, 3], CONFIG.veto_threshold, None) == (1, 0)
    assert scored == [(0, 1)]


@given(claims_strategy(min_size=2, max_size=9))
@example([claim("am/a", 0, "Berdavan"), claim("az/b", 0, "Voskepar"), claim("osce/c", 0, "Voskepar"),
          claim("osce/d", 0, "Berdavan")])
def test_scan_totals_are_the_feature_sums(claims: list[Claim]) -> None:
    """Every pair's total without sentences, on a fresh scorer (its place signatures worked out once per place
    set), is the sum of the feature methods' weights, to the bit."""
    feats = features(*claims)
    check_totals(feats)


@settings(max_examples=40, deadline=None)
@given(cases(max_claims=9))
def test_scan_totals_on_realistic_cases(case: Case) -> None:
    """The same on the cases of `reconcile.testing`, where many claims share place sets with coordinates."""
    check_totals(realistic_features(case))


def check_totals(feats: tuple[ClaimFeatures, ...]) -> None:
    scorer = Scorer(feats)
    for i, j in itertools.combinations(range(len(feats)), 2):
        slow = sum(weight for _, weight, _ in Scorer(feats)._contributions(i, j, explain=False))
        assert scorer.total(j, i, cache=False).hex() == slow.hex()


def plain_place(scorer: Scorer, a: ClaimFeatures, b: ClaimFeatures) -> tuple[str, float, str]:
    """The explained place contribution worked out afresh (no sentence kept from an earlier pair)."""
    if not a.places or not b.places:
        return scorer._place(a, b, True)
    best = max((scorer._place_pair(p, q, True) for p in a.places for q in b.places), key=lambda item: item[0])
    return ("place", best[0], best[1])


def plain_score(feats: tuple[ClaimFeatures, ...], i: int, j: int) -> PairScore:
    """A pair's score built from the feature methods on a fresh scorer, without any kept sentence."""
    i, j = min(i, j), max(i, j)
    scorer = Scorer(feats)
    a, b = feats[i], feats[j]
    parts = [scorer._link_or_source(a, b, True), scorer._date(a, b, True), plain_place(scorer, a, b),
             scorer._casualties(a, b, True), scorer._event(a, b, True), scorer._parties(a, b, True)]
    return PairScore(a=a.id, b=b.id, total=sum(weight for _, weight, _ in parts),
                     contributions=tuple(Contribution(*part) for part in parts))


def bits(pair: PairScore) -> tuple[str, str, str, tuple[tuple[str, str, str], ...]]:
    return pair.a, pair.b, pair.total.hex(), tuple((c.feature, c.weight.hex(), c.detail) for c in pair.contributions)


def check_scores(feats: tuple[ClaimFeatures, ...], rnd: Any) -> None:
    """Every pair scored on one scorer, in a random order and either way round, is the plain score, and equal
    contributions are one object."""
    pairs = [(i, j) if rnd.random() < 0.5 else (j, i) for i, j in itertools.combinations(range(len(feats)), 2)]
    rnd.shuffle(pairs)
    scorer = Scorer(feats)
    made: dict[tuple[str, str, str], Contribution] = {}
    for i, j in pairs + pairs[: len(pairs) // 2]:
        pair = scorer.score(i, j)
        assert bits(pair) == bits(plain_score(feats, i, j))
        assert scorer.total(i, j).hex() == pair.total.hex()
        for c in pair.contributions:
            assert made.setdefault((c.feature, c.weight.hex(), c.detail), c) is c


@given(claims_strategy(min_size=2, max_size=8), st.randoms(use_true_random=False))
@example(  # two place sets compared both ways round: each order has its own sentence
    [claim("am/a", 0, "Berdavan"), claim("az/b", 0, "Voskepar"), claim("osce/c", 0, "Voskepar"),
     claim("osce/d", 0, "Berdavan")], None,
)
def test_scores_are_the_plain_scores(claims: list[Claim], rnd: Any) -> None:
    """The evidence of a pair (its full `PairScore`) is the same whichever pairs the scorer explained before."""
    import random

    check_scores(features(*claims), rnd or random.Random(0))


@settings(max_examples=30, deadline=None)
@given(cases(max_claims=8), st.randoms(use_true_random=False))
def test_scores_on_realistic_cases(case: Case, rnd: Any) -> None:
    """The same on the cases of `reconcile.testing`."""
    check_scores(realistic_features(case), rnd)


def test_place_sentences_follow_the_order_of_the_pair() -> None:
    """Two claims at Berdavan and two at Voskepar: a Berdavan claim before a Voskepar one names Berdavan first, and
    the other way round names Voskepar first, though both compare the same two place sets."""
    feats = features(claim("am/a", 0, "Berdavan"), claim("az/b", 0, "Voskepar"), claim("osce/c", 0, "Voskepar"),
                     claim("osce/d", 0, "Berdavan"))
    scorer = Scorer(feats)
    first = next(c for c in scorer.score(0, 1).contributions if c.feature == "place")
    second = next(c for c in scorer.score(2, 3).contributions if c.feature == "place")
    assert first.weight == second.weight
    assert first.detail.startswith("'Berdavan' and 'Voskepar' are ")
    assert second.detail.startswith("'Voskepar' and 'Berdavan' are ")


def test_a_zero_weight_keeps_its_sign_in_the_evidence() -> None:
    """An explained contribution of -0.0 is not the one of 0.0 made before with the same sentence (their floats
    differ in sign), and one of the same sign is the one made before."""
    feats = features(claim("am/a", 0, "Berdavan", event="clash"), claim("az/b", 0, "Berdavan", event="clash"))
    for weight, sign in ((-0.0, -1.0), (0.0, 1.0)):
        scorer = Scorer(feats, MatchConfig(event_same=weight))
        _, found, detail = scorer._event(feats[0], feats[1], True)
        assert found == 0.0
        assert detail.startswith("both describe")
        planted = scorer._contribution("event", 0.0, detail)
        event = next(c for c in scorer.score(0, 1).contributions if c.feature == "event")
        assert math.copysign(1.0, event.weight) == sign
        assert (event is planted) == (sign > 0)


@given(claims_strategy(min_size=1, max_size=9))
def test_clustering_is_that_of_the_pair_by_pair_check(claims: list[Claim]) -> None:
    """Clustering with the checks in one call per merge gives the groups, evidence and refusal reasons of
    clustering with the pair-by-pair check."""
    feats = features(*claims)
    links = Scorer(feats).links(itertools.combinations(range(len(feats)), 2))
    fast = cluster.cluster_links(Scorer(feats), links)

    def plain(scorer: Scorer, claims1: Any, claims2: Any, link: Any = None, totals: Any = None) -> Any:
        return plain_first_below(scorer, list(claims1), list(claims2), scorer.config.veto_threshold, totals, link)

    from unittest import mock

    with mock.patch.object(cluster, "_first_veto", plain):
        slow = cluster.cluster_links(Scorer(feats), links)
        slow_reasons = dict(slow.refused)
    assert [(g.id, g.claims, [bits(e) for e in g.evidence]) for g in fast.groups] == [
        (g.id, g.claims, [bits(e) for e in g.evidence]) for g in slow.groups]
    assert dict(fast.refused) == slow_reasons


@given(claims_strategy(min_size=1, max_size=9))
@example([claim("am/d0", 0, "Berdavan"), claim("az/d0", 0, "Berdavan"), claim("am/d1", 1, "Berdavan"),
          claim("az/d1", 1, "Berdavan")])  # one source's two days: a veto, then the same merge refused from memory
@example([  # a three-month span at Berdavan against one day's claims: refused on average, then from memory
    claim("osce/c0", (0, 90), "Berdavan", killed={"armenia": 0, "azerbaijan": 1}), claim("am/c1", 0, "Berdavan"),
    claim("az/c2", 0, "Berdavan", event="total"), claim("am/c3", 0, "Berdavan", killed={"armenia": 1}, event="total"),
    claim("osce/c4", 0, "Berdavan", killed={"armenia": 1, "azerbaijan": 0}, event="total")])
def test_checks_without_reasons_decide_as_the_worded_ones(claims: list[Claim]) -> None:
    """Without reasons, each check refuses exactly when the same check with reasons does, and hands out
    `_UNWORDED` rather than a writer; the groups are the same."""
    from unittest import mock

    feats = features(*claims)
    links = Scorer(feats).links(itertools.combinations(range(len(feats)), 2))
    refusal = cluster._refusal
    outcomes: list[tuple[bool, bool]] = []

    def both(scorer: Scorer, groups: Any, g1: int, g2: int, link: Any = None, memory: Any = None) -> Any:
        assert memory is not None
        assert not memory.worded
        shadow = cluster._Memory()
        shadow.vetoed, shadow.averaged = dict(memory.vetoed), dict(memory.averaged)
        worded = refusal(scorer, groups, g1, g2, link, shadow)
        found = refusal(scorer, groups, g1, g2, link, memory)
        outcomes.append((worded is None, found is None))
        assert found is None or found is cluster._UNWORDED
        return found

    with mock.patch.object(cluster, "_refusal", both):
        wordless = cluster.cluster_links(Scorer(feats), links, reasons=False)
    assert all(a == b for a, b in outcomes)
    assert bool(outcomes) == bool(links)
    assert wordless.groups == cluster.cluster_links(Scorer(feats), links).groups
    assert not wordless.refused
