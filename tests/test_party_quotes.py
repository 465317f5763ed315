"""Party names with quote marks: a Hebrew acronym with the gershayim or a plain double quote, an apostrophe straight
or curly, name one party."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.models import Party
from reconcile.normalize import NormalizeError, PartyResolver

PARTIES = (
    Party(id="idf", name="Israel Defense Forces", aliases=('צה"ל',)),
    Party(id="ci", name="Côte d'Ivoire"),
    Party(id="hamas", name="Hamas", aliases=("חמאס",)),
)
DOUBLE = ('"', "\u05f4", "\u201c", "\u201d", "\u201e")
SINGLE = ("'", "\u05f3", "\u2018", "\u2019", "\u02bc")


@given(st.sampled_from(DOUBLE))
def test_a_hebrew_acronym_reads_with_any_double_quote(mark: str) -> None:
    assert PartyResolver(PARTIES).resolve(f"צה{mark}ל") == "idf"


@given(st.sampled_from(SINGLE))
def test_an_apostrophe_reads_straight_or_curly(mark: str) -> None:
    assert PartyResolver(PARTIES).resolve(f"Cote d{mark}Ivoire") == "ci"


def test_quote_marks_still_tell_names_apart() -> None:
    """A quote mark is a mark, not nothing: two parties whose names differ only by one are two parties, each named
    by its own spelling. Only where one party alone has those letters does a name without the mark find it."""
    resolver = PartyResolver((Party(id="a", name="Dar'a"), Party(id="b", name="Dara")))
    assert (resolver.resolve("dar’a"), resolver.resolve("DARA")) == ("a", "b")
    with pytest.raises(NormalizeError):
        resolver.resolve("Dar-a")
    assert PartyResolver(PARTIES).resolve("Cote dIvoire") == "ci"


def test_two_parties_that_differ_only_in_the_kind_of_quote_clash() -> None:
    with pytest.raises(NormalizeError, match="already a name of party"):
        PartyResolver((Party(id="a", name='צה"ל'), Party(id="b", name="צה\u05f4ל")))
