"""Where every count is open, the neutral sources' floors are one floor (docs/merge-rules.md, section 3, "low").

Found on a Hroza (Kharkiv region, 5 October 2023) case: Reuters' first "at least 30 killed" and AP's "at least 59"
the next day made low 30, best 59, as if a source put the toll at 30; the two floors agree, and 59 holds both. The
tests of the changed rule failed before it (low 30); those of a belligerent's floor keep the old rule.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reconcile.merge import _credible_range

from .test_civilian_tolls import claim, count, event_of, figure, span


def test_an_earlier_lower_floor_of_a_neutral_source_does_not_lower_the_low() -> None:
    found = figure(event_of(
        claim("wire/w1", count(30, None, "at least 30"), initiator="rebels"),
        claim("monitor/m1", count(59, None, "at least 59"), initiator="rebels"),
    ))
    assert span(found) == (59, 59, None)


def test_two_outlets_floors_are_one_floor() -> None:
    values = [("media", count(30, None, "at least 30")), ("media", count(59, None, "at least 59"))]
    assert _credible_range(values) == (59, 59, None)  # type: ignore[arg-type]


def test_a_belligerents_floor_still_lowers_the_low() -> None:
    """An accusation is no floor: the outlet's "at least 30" beside the ministry's "more than 120" stays the low."""
    found = figure(event_of(
        claim("ministry/m1", count(121, None, "more than 120"), initiator="rebels"),
        claim("wire/w1", count(30, None, "at least 30"), initiator="rebels"),
    ))
    assert span(found) == (30, 121, None)


def test_a_claim_about_the_enemy_is_no_floor_either() -> None:
    values = [("enemy", count(500, None, "at least 500")), ("media", count(30, None, "at least 30")),
              ("monitor", count(40, None, "at least 40"))]
    assert _credible_range(values) == (40, 500, None)  # type: ignore[arg-type]
    assert _credible_range([("enemy", count(10, None)), *values]) == (10, 500, None)  # type: ignore[arg-type]


def test_a_precise_count_decides_the_low_as_before() -> None:
    """The brief's case: "at least 30" in the morning, 61 the next day: the low is 61, and was."""
    values = [("media", count(30, None, "at least 30")), ("partisan", count(61, 61))]
    assert _credible_range(values) == (61, 61, 61)  # type: ignore[arg-type]


@given(st.lists(st.tuples(st.sampled_from(["media", "monitor", "partisan", "enemy"]), st.integers(0, 500)),
                min_size=1, max_size=6))
def test_open_counts_low_is_the_neutral_floor_or_a_lower_belligerent_one(pairs: list[tuple[str, int]]) -> None:
    """With open counts only: the low is the highest neutral floor, unless a belligerent's floor is lower; the
    best is the highest floor of all, the high open."""
    low, best, high = _credible_range([(role, count(n, None)) for role, n in pairs])  # type: ignore[arg-type]
    neutral = [n for role, n in pairs if role in ("media", "monitor")]
    sides = [n for role, n in pairs if role not in ("media", "monitor")]
    assert low == min(sides + ([max(neutral)] if neutral else []))
    assert low <= best == max(n for _, n in pairs)
    assert high is None
