"""Long hostile text in a place or party field costs time linear in its length: a region of thousands of words
made `reconcile run` compare it without each of its words in turn (minutes), and an alias of thousands of words
made looking for party names inside a text take minutes."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.models import Party
from reconcile.normalize import _NAMED_IN_WORDS, PartyResolver
from reconcile.places import _EXTRA_WORDS_MAX, _extra_word_pairs, parse, similarity


@given(st.integers(_EXTRA_WORDS_MAX + 1, 400), st.sampled_from(["labaatan iyo", "ashirin da", "ოცი და", "Nerkin"]))
@example(700, "labaatan iyo")
def test_a_name_of_very_many_words_is_compared_whole_only(repeats: int, words: str) -> None:
    long_name = parse(" ".join([words] * repeats))
    assert _extra_word_pairs(long_name, parse("Fuzuli Rayon")) == []
    assert 0.0 <= similarity(" ".join([words] * repeats), "Fuzuli Rayon") <= 1.0


def test_a_name_of_a_few_more_words_is_still_compared_without_them() -> None:
    assert _extra_word_pairs(parse("Kakh Bash Ingiloy"), parse("Kakh Ingiloy"))


@pytest.mark.parametrize("words", [10, 1000])
def test_party_names_inside_a_text_are_looked_up_a_bounded_number_of_times(words: int) -> None:
    resolver = PartyResolver([Party("a", "A", aliases=("w " * 3000,)), Party("fardc", "FARDC")])
    looked: list[str] = []
    compact: Any = resolver._compact

    class Counting(dict):  # type: ignore[type-arg]
        def get(self, key: str, default: Any = None) -> Any:
            looked.append(key)
            return compact.get(key, default)

    resolver._compact = Counting()
    found = resolver.named_in("porte-parole des FARDC " + "x " * words)
    assert found == frozenset({"fardc"})
    assert len(looked) <= (words + 3) * _NAMED_IN_WORDS


@pytest.mark.parametrize("invisible", ["\u200d", "\u200b", "\u200e", "\u00ad", "\ufeff"])
def test_a_party_name_with_an_invisible_character_is_that_name(invisible: str) -> None:
    """A name that looks exactly like another is that name: as an alias of another party it is refused, as text it
    resolves to the party it looks like."""
    with pytest.raises(NormalizeError, match="already a name of party 'azerbaijan'"):
        PartyResolver([Party("azerbaijan", "Azerbaijan"), Party("nkr", "NKR", aliases=(f"Azer{invisible}baijan",))])
    resolver = PartyResolver([Party("azerbaijan", "Azerbaijan"), Party("nkr", "NKR")])
    assert resolver.resolve(f"Azerbaijan{invisible}") == "azerbaijan"
