"""Hostile text in claim files, second round: a character written in YAML as two surrogate escapes is told as such,
with the escape to write instead, rather than as an unpaired half."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile._documents import surrogate_problem
from reconcile.errors import CaseError
from reconcile.load import load_case

from .conftest import MakeCase

HEADER = "source: {id: am-mod, name: M, kind: belligerent, speaks_for: armenia}\nclaims:\n"


def test_a_yaml_surrogate_pair_is_told_as_a_pair_with_the_escape_to_write(make_case: MakeCase) -> None:
    """YAML reads ``"\\ud83d\\udca5"`` as two halves, not 💥 as JSON does: the message names both escapes and the
    ``\\U`` escape that writes the character, and the claim is still rejected with its file, line and field."""
    folder = make_case({"am-mod.yaml": HEADER + '  - {id: c1, stated: 2012-06-04, quote: "boom \\ud83d\\udca5",'
                                                 " date: 2012-06-04, place: Voskepar}\n"})
    with pytest.raises(CaseError) as info:
        load_case(folder)
    (problem,) = info.value.problems
    assert (problem.file.endswith("am-mod.yaml"), problem.line, problem.field) == (True, 3, "$.claims[0].quote")
    assert "\\ud83d\\udca5" in problem.message
    assert "\\U0001f4a5" in problem.message
    assert "unpaired" not in problem.message


@given(st.integers(0x10000, 0x10FFFF))
@example(0xE0041)
def test_every_pair_names_the_character_it_encodes(code: int) -> None:
    high, low = chr(0xD800 + ((code - 0x10000) >> 10)), chr(0xDC00 + ((code - 0x10000) & 0x3FF))
    message = surrogate_problem(f"a{high}{low}b")
    assert message is not None
    assert f"\\U{code:08x}" in message


@pytest.mark.parametrize("text", ["a\ud800b", "a\udc41\ud800", "x\ud83d"])
def test_a_lone_half_is_still_unpaired(text: str) -> None:
    message = surrogate_problem(text)
    assert message is not None
    assert "unpaired surrogate" in message
    assert "\\U" not in message
