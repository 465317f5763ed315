"""The merge stage's shortcuts agree with the general paths they stand beside.

Merge works out the default casualty rule from the counted values directly (`merge._credible_range`), takes a
figure with one statement as it is, and keeps one of the copies of a global id read twice without sorting the
case; each is checked here against the general path it skips.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence
from random import Random

import attrs
from hypothesis import given
from hypothesis import strategies as st

from reconcile.merge import DEFAULT_RULES, ROLES, FigureInput, Rules, SourceFigure, _Cast, credible_range, merge_group
from reconcile.models import Claim, Count, Group
from tests.test_merge import BASE_SOURCES, GAZETTEER, NEW_SOURCES, case_of, claim_lists

counts = st.builds(
    lambda low, extra: Count(low, None if extra is None else low + extra, "x"),
    st.integers(0, 12),
    st.one_of(st.none(), st.integers(0, 6)),
)
values = st.builds(
    lambda role, count, k: SourceFigure(f"s{k}", f"s{k}", role, count, (f"s{k}/c",)),
    st.sampled_from(ROLES),
    counts,
    st.integers(0, 9),
)


def _spelled_out(figure: FigureInput) -> tuple[int, int, int | None]:
    """`credible_range` as any rule is called: through a function merge does not know, so it takes the general path
    (a `FigureInput` per figure, `outside` checked for every value)."""
    return credible_range(figure)


SPELLED_OUT = attrs.evolve(DEFAULT_RULES, casualties=_spelled_out)


def _merged(claims: Sequence[Claim], rules: Rules) -> object:
    return merge_group(case_of(claims), Group("e", tuple(c.global_id for c in claims)), rules=rules,
                       gazetteer=GAZETTEER)


@given(claim_lists(BASE_SOURCES + NEW_SOURCES))
def test_default_rule_shortcut_gives_the_general_events(claims: list[Claim]) -> None:
    """The default rule worked out inline (and one statement taken as it is) gives the events of the same rule
    called through a `FigureInput`."""
    assert _merged(claims, DEFAULT_RULES) == _merged(claims, SPELLED_OUT)


@given(values)
def test_one_value_shortcut_is_the_rule(value: SourceFigure) -> None:
    """`credible_range` of one value, taken as (low, low, high), is what its general computation gives: the value
    twice over picks the same minimums and maximums."""
    one = FigureInput("p", "soldiers", "killed", (value,))
    twice = FigureInput("p", "soldiers", "killed", (value, value))
    assert credible_range(one) == credible_range(twice) == (value.count.low, value.count.low, value.count.high)


def _first_copies(claims: Sequence[Claim]) -> dict[str, Claim]:
    """Which copy of each global id merge keeps, as it was first written: sort by id, file and line, and take the
    first group (repr breaks ties within one file and line)."""
    out: dict[str, Claim] = {}
    where = operator.attrgetter("global_id", "file", "line")
    for _where, same in itertools.groupby(sorted(claims, key=where), key=where):
        tied = list(same)
        claim = tied[0] if len(tied) == 1 else min(tied, key=repr)
        out.setdefault(claim.global_id, claim)
    return out


@given(claim_lists(BASE_SOURCES + NEW_SOURCES), st.randoms(use_true_random=False), st.data())
def test_copies_of_a_claim_keep_the_first_written(claims: list[Claim], random: Random, data: st.DataObject) -> None:
    """Copies of a global id (other files, lines or contents) keep the copy of the first file and line, whatever
    the order of reading."""
    copies = list(claims)
    for claim in claims:
        for _ in range(data.draw(st.integers(0, 2))):
            copies.append(attrs.evolve(
                claim,
                file=data.draw(st.sampled_from(("", "a.yaml", "b.yaml"))),
                line=data.draw(st.integers(0, 3)),
                quote=data.draw(st.sampled_from(("...", "other words"))),
            ))
    random.shuffle(copies)
    kept = _Cast(case_of(copies)).claims
    assert kept == _first_copies(copies)
