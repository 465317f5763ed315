"""``some``/``many`` before a plural unit is the unit's figure ("some hundreds" is hundreds); a count with a unit
after it is never told to drop the unit ("some hundred" does not mean "some")."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.normalize import NormalizeError, parse_count

UNITS = ("tens", "dozens", "scores", "hundreds", "thousands", "tens of thousands", "hundreds of thousands")


@given(st.sampled_from(("some", "many")), st.sampled_from(UNITS), st.booleans())
@example("many", "hundreds", True)
def test_some_or_many_before_a_plural_unit_is_the_unit(word: str, unit: str, of: bool) -> None:
    text = f"{word} {unit}{' of' if of else ''}"
    count = parse_count(text)
    expected = parse_count(unit)
    assert (count.low, count.high) == (expected.low, expected.high)
    assert count.text == text


def test_a_lower_bound_on_it_reads_as_on_the_unit() -> None:
    assert parse_count("at least some hundreds").low == parse_count("at least hundreds").low == 200


@pytest.mark.parametrize("text", ["some hundred", "some thousand", "many dozen"])
def test_no_hint_drops_a_unit_that_multiplies(text: str) -> None:
    with pytest.raises(NormalizeError) as caught:
        parse_count(text)
    assert "a figure is read without the words after it" not in str(caught.value)


def test_a_noun_after_the_count_still_gets_its_hint() -> None:
    with pytest.raises(NormalizeError, match="write 'many hundreds of'"):
        parse_count("many hundreds of soldiers")
