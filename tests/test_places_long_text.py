"""A long place text costs time in proportion to its words: the Arabic articles of a name are found once, not once
per word (an 84,000-character place took 42 s, now well under one)."""

from __future__ import annotations

import pytest

from reconcile import places


@pytest.mark.parametrize("words", [1, 10, 1000])
def test_the_articles_of_a_name_are_found_once(monkeypatch: pytest.MonkeyPatch, words: int) -> None:
    calls: list[int] = []
    original = places._arabic_articles

    def counted(folded: list[str]) -> frozenset[int]:
        calls.append(len(folded))
        return original(folded)

    monkeypatch.setattr(places, "_arabic_articles", counted)
    name = " ".join(f"Qaryat{n} al Xyz{words}" for n in range(words))  # a name of its own: no cached reading
    places.parse(name)
    assert len(calls) <= 2
