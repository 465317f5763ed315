"""A party name that mixes letters of scripts that look alike is named as such in the error."""

from __future__ import annotations

import pytest

from reconcile.errors import NormalizeError
from reconcile.models import Party
from reconcile.normalize import PartyResolver

RESOLVER = PartyResolver([Party(id="ru", name="Russia", aliases=("Росія",)), Party(id="ua", name="Ukraine")])


@pytest.mark.parametrize(("text", "note"), [
    ("Росiя", "the word 'Росiя' has Latin i among Cyrillic letters"),  # a Latin i
    ("Rоssia", "the word 'Rоssia' has Cyrillic о among Latin letters"),  # a Cyrillic o
    ("forces of Ukrаine", "the word 'Ukrаine' has Cyrillic а among Latin letters"),
    ("Ukrαine", "the word 'Ukrαine' has Greek α among Latin letters"),
])
def test_a_name_mixing_lookalike_scripts_says_which_letters(text: str, note: str) -> None:
    with pytest.raises(NormalizeError) as info:
        RESOLVER.resolve(text)
    assert str(info.value).endswith(f"({note}: retype it in one script)")


@pytest.mark.parametrize("text", ["Turkey", "Түркия", "Sakartvelo საქართველო"])
def test_a_name_in_one_script_per_word_has_no_note(text: str) -> None:
    with pytest.raises(NormalizeError) as info:
        RESOLVER.resolve(text)
    assert "retype" not in str(info.value)
