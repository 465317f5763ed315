"""A credible minimum left open ("at least 500", from a monitor or an admission) above every upper end leaves the high
open, instead of closing it at the minimum, which no source gives as a ceiling."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.merge import _credible_range

from .test_civilian_tolls import claim, count, event_of, figure, span


def test_a_monitors_at_least_above_an_outlets_count_leaves_the_high_open() -> None:
    found = figure(event_of(
        claim("wire/w1", count(240, 360, "about 300"), initiator="rebels"),
        claim("monitor/m1", count(500, None, "at least 500"), initiator="rebels"),
    ))
    assert span(found) == (240, 500, None)


def test_an_open_admission_above_the_enemys_claim_leaves_the_high_open() -> None:
    found = figure(event_of(
        claim("ministry/m1", count(4, None, "at least 4"), category="soldiers"),
        claim("front/f1", count(3, 3), category="soldiers"),
    ))
    assert span(found) == (4, 4, None)


def test_an_open_minimum_within_the_ends_keeps_the_high() -> None:
    """"At least 100" beside "about 300": the high is the upper end of the other count, as before."""
    found = figure(event_of(
        claim("wire/w1", count(240, 360, "about 300"), initiator="rebels"),
        claim("monitor/m1", count(100, None, "at least 100"), initiator="rebels"),
    ))
    assert span(found) == (240, 240, 360)


@given(st.integers(0, 1000), st.integers(0, 1000), st.integers(0, 1000), st.sampled_from(["monitor", "own"]))
@example(240, 360, 500, "monitor")
@example(240, 360, 360, "monitor")
def test_the_high_is_open_exactly_when_an_open_minimum_passes_every_end(
    low: int, width: int, floor: int, role: str
) -> None:
    values = [("media", count(low, low + width)), (role, count(floor, None))]
    found = _credible_range(values)  # type: ignore[arg-type]
    assert found[0] <= found[1]
    if floor > low + width:
        assert found[2] is None
    else:
        assert found[2] is not None
        assert found[1] <= found[2] == low + width
