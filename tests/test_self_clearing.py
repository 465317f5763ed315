"""A side that says none of another side's civilians were killed, naming its own side as the one that acted, clears
itself: a partisan figure that counts nobody, never the best beside another side's precise toll."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.merge import _credible_range

from .test_civilian_tolls import PARTISAN_NOTE, claim, count, event_of, figure, note, span


def test_the_accused_sides_none_is_no_best_beside_the_accusation() -> None:
    """The government blames the rebels for 121 civilian dead; the rebels, naming themselves as the attackers, say
    none died: the range runs from their none to the accusation, and the best is the accusation, not zero."""
    found = figure(event_of(
        claim("ministry/m1", count(121, 121), initiator="rebels"),
        claim("front/f1", count(0, 0, "none"), initiator="rebels", stance="denies"),
    ))
    assert span(found) == (0, 121, 121)
    assert note(found, "front/f1") == PARTISAN_NOTE


def test_a_side_clearing_its_own_operation_is_no_best_beside_the_enemy() -> None:
    """The army denies its operation killed any of its own civilians; the rebels say it killed 40: the best is 40."""
    found = figure(event_of(
        claim("ministry/d1", count(0, 0, "none"), initiator="gov", stance="denies"),
        claim("front/f1", count(40, 40), initiator="gov"),
    ))
    assert span(found) == (0, 40, 40)


def test_a_none_alone_is_the_whole_range() -> None:
    found = figure(event_of(claim("front/f1", count(0, 0, "none"), initiator="rebels", stance="denies")))
    assert span(found) == (0, 0, 0)


def test_a_none_that_blames_another_side_stays_the_enemys_word() -> None:
    """The rebels say none of the government's civilians died and blame nobody: a claim about the enemy's losses,
    read as before (the lower of the two belligerent figures is the best)."""
    found = figure(event_of(
        claim("ministry/m1", count(121, 121), initiator="rebels"),
        claim("front/f1", count(0, 0, "none")),
    ))
    assert span(found) == (0, 0, 121)
    assert note(found, "front/f1") == "a claim about the enemy's losses"


@given(st.integers(1, 1000), st.integers(0, 1000), st.booleans())
@example(1, 0, False)
def test_a_partisan_none_never_sets_the_best_beside_a_toll(toll: int, enemy: int, accused: bool) -> None:
    """Beside a partisan toll above none (or an enemy one) and an enemy figure, a partisan none is never the best
    (an enemy's none still counts), and the range still holds all three: low 0, high the largest."""
    values = [("partisan", count(0, 0)), ("partisan" if accused else "enemy", count(toll, toll)),
              ("enemy", count(enemy, enemy))]
    assert _credible_range(values) == (0, min(toll, enemy), max(toll, enemy))  # type: ignore[arg-type]
