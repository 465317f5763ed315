"""A party named with other separators than its alias: `M-23`, `M 23` and `M23`; `F.A.R.D.C.` and `FARDC`;
`Alshabaab` and `al-Shabaab`. Sources write a group's name with or without hyphens, dots and spaces; a claim must
not be refused (or a casualty column unread) for it — but never at the cost of naming the wrong party."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from reconcile.models import Party
from reconcile.normalize import NormalizeError, PartyResolver

PARTIES = (
    Party(id="m23", name="Mouvement du 23 mars", aliases=("M23",)),
    Party(id="fardc", name="Forces armées de la RDC", aliases=("FARDC",)),
    Party(id="shabaab", name="Harakat al-Shabaab al-Mujahideen", aliases=("al-Shabaab",)),
    Party(id="in", name="India", aliases=("भारत",)),
)


@pytest.mark.parametrize(("text", "party"), [
    ("M-23", "m23"), ("M 23", "m23"), ("m.23", "m23"), ("F.A.R.D.C.", "fardc"), ("F A R D C", "fardc"),
    ("Alshabaab", "shabaab"), ("Al Shabaab", "shabaab"), ("al-shabaab", "shabaab"),
    ("Mouvement du 23-mars", "m23"),
])
def test_a_name_written_with_other_separators_names_the_party(text: str, party: str) -> None:
    assert PartyResolver(PARTIES).resolve(text) == party


def test_letters_that_two_parties_share_name_neither() -> None:
    """`M 23` would be both `M2 3` and `M23`: an ambiguous text stays an error naming the choices."""
    resolver = PartyResolver((Party(id="a", name="M2-3"), Party(id="b", name="M23")))
    assert (resolver.resolve("M2-3"), resolver.resolve("m23")) == ("a", "b")
    with pytest.raises(NormalizeError, match="unknown party 'M 23'"):
        resolver.resolve("M 23")


def test_a_vowel_sign_is_a_letter_of_the_name() -> None:
    """Indic vowel signs are marks, not separators: भरत is another word than भारत."""
    with pytest.raises(NormalizeError):
        PartyResolver(PARTIES).resolve("भरत")
    assert PartyResolver(PARTIES).resolve("भा-रत") == "in"


separators = st.lists(st.sampled_from(["-", ".", " ", "‐", "–"]), min_size=1, max_size=2).map("".join)


@given(alias=st.text(st.characters(categories=["Lu", "Ll", "Nd"]), min_size=2, max_size=8),
       where=st.integers(min_value=1, max_value=7), separator=separators)
@example(alias="M23", where=1, separator="-")
@example(alias="UNKNOWN", where=1, separator="-")
def test_separators_inside_an_alias_name_its_party(alias: str, where: int, separator: str) -> None:
    """The law: a party's only alias, cut anywhere by hyphens, dots or spaces, names that party."""
    # Letters that the other party's names share are ambiguous (the test above), not this law's concern.
    assume(alias.casefold() not in ("otherq", "q"))
    cut = min(where, len(alias) - 1)
    text = alias[:cut] + separator + alias[cut:]
    try:
        resolver = PartyResolver((Party(id="p", name="Party P", aliases=(alias,)), Party(id="q", name="Other Q")))
        expected = resolver.resolve(alias)
    except NormalizeError:
        return  # an alias that cannot be declared ("unknown" is reserved) says nothing here
    assert resolver.resolve(text) == expected
