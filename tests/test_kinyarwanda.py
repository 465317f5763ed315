"""Kinyarwanda number words, refused before (the Rwandan press, IGIHE and Kigali Today, writes casualty figures in
words as often as in digits: ``abantu batatu``, three people; ``abasirikare icumi``, ten soldiers): the counting
forms, the forms that agree with a noun of people, and the classes of the tens, hundreds and thousands."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.normalize import parse_count

from .readings import count_of

# The units one to nine in the classes a count is written in, apart from the tables they test.
COUNTING = ("rimwe", "kabiri", "gatatu", "kane", "gatanu", "gatandatu", "karindwi", "umunani", "icyenda")
PEOPLE = ("umwe", "babiri", "batatu", "bane", "batanu", "batandatu", "barindwi", "umunani", "icyenda")
TENS = ("", "icumi", "makumyabiri", "mirongo itatu", "mirongo ine", "mirongo itanu", "mirongo itandatu",
        "mirongo irindwi", "mirongo inani", "mirongo icyenda")
HUNDREDS = ("", "ijana", "magana abiri", "magana atatu", "magana ane", "magana atanu", "magana atandatu",
            "magana arindwi", "magana inani", "magana cyenda")
THOUSANDS = ("kimwe", "bibiri", "bitatu", "bine", "bitanu", "bitandatu", "birindwi", "umunani", "icyenda")


def _below_hundred(number: int, units: tuple[str, ...]) -> str:
    """1-99: the ten (``cumi`` before ``na``), ``na`` and the unit of the class ``units``."""
    tens, unit = divmod(number, 10)
    if not unit:
        return TENS[tens]
    if not tens:
        return units[unit - 1]
    return f"{'cumi' if tens == 1 else TENS[tens]} na {units[unit - 1]}"


def _kinyarwanda(number: int, people: bool) -> str:
    """``number`` (1 to 99,999): ``igihumbi`` or ``ibihumbi`` and its number of class 8, ``ijana`` or ``magana`` and
    its unit of class 6, then the rest in the counting forms or those of people, the parts joined by ``na``."""
    thousands, rest = divmod(number, 1000)
    hundreds, small = divmod(rest, 100)
    parts = []
    if thousands:
        parts.append("igihumbi" if thousands == 1 else f"ibihumbi {_below_hundred(thousands, THOUSANDS)}")
    if hundreds:
        parts.append(HUNDREDS[hundreds])
    if small:
        parts.append(_below_hundred(small, PEOPLE if people else COUNTING))
    return " na ".join(parts)


@given(st.integers(min_value=1, max_value=99_999), st.booleans(), st.sampled_from(["", "nibura ", "barenga "]))
@example(3, True, "")                      # batatu: abantu batatu, three people
@example(10, True, "")                     # icumi: abasirikare icumi, ten soldiers
@example(13, True, "")                     # cumi na batatu
@example(125, False, "")                   # ijana na makumyabiri na gatanu
@example(10_005, True, "")                 # ibihumbi icumi na batanu: the class tells it from 15,000
@example(12_000, False, "barenga ")        # barenga ibihumbi cumi na bibiri
def test_every_kinyarwanda_number_reads(number: int, people: bool, bound: str) -> None:
    """Every number to 99,999 in Kinyarwanda words, its last part counting or agreeing with people, reads as itself
    alone and after a bound; but for the tens of thousands and an 8 or a 9, which agree with no class and read as the
    thousands counted (below)."""
    thousands, rest = divmod(number, 1000)
    assume(not (thousands >= 10 and thousands % 10 == 0 and rest in (8, 9)))
    expected = {"": (number, number), "nibura ": (number, None), "barenga ": (number + 1, None)}
    assert count_of(f"{bound}{_kinyarwanda(number, people)}") == expected[bound]


def test_an_eight_or_nine_after_the_tens_of_thousands_counts_the_thousands() -> None:
    """``umunani`` and ``icyenda`` agree with no class: ``ibihumbi icumi na umunani`` says 18,000 and 10,008; it reads
    as 18,000, the figure a toll gives (as Swahili ``elfu kumi na moja``); the other units say which by their class."""
    assert count_of("ibihumbi icumi na umunani") == (18_000, 18_000)
    assert count_of("ibihumbi icumi na bitanu") == (15_000, 15_000)
    assert count_of("ibihumbi icumi na batanu") == (10_005, 10_005)


@pytest.mark.parametrize(("text", "english"), [
    ("rimwe", "1"), ("umwe", "1"), ("cumi n'umwe", "11"), ("icumi na rimwe", "11"), ("makumyabiri", "20"),
    ("mirongo itatu na batatu", "33"), ("ijana", "100"), ("igihumbi na magana atanu", "1500"),
    ("nibura batatu", "at least 3"), ("barenga icumi", "more than 10"),
])
def test_kinyarwanda_number_words(text: str, english: str) -> None:
    """The counting forms, the forms of people, ``n'umwe`` (and one, of a person), the hundreds and thousands."""
    assert count_of(text) == count_of(english)


@pytest.mark.parametrize(("text", "hint"), [
    ("abantu batatu", "write 'batatu'"),                   # three people
    ("abasirikare icumi", "write 'icumi'"),                # ten soldiers
    ("abantu barenga makumyabiri", "write 'barenga makumyabiri'"),
])
def test_a_noun_of_people_before_the_number_gets_the_count_to_write(text: str, hint: str) -> None:
    """As in Swahili, the noun counted comes before its number: refused, with the count to write."""
    with pytest.raises(NormalizeError, match=rf"^cannot read a count from {text!r}: a figure is read without the "
                                             rf"words around it \(.*\); {hint} and keep the source's words"):
        parse_count(text)


@pytest.mark.parametrize("text", [
    "inka eshatu",     # three cows: a class that counts no people, not read
    "batatu icumi",    # a unit before the ten is no number
    "magana",          # hundreds, with no number
    "cumi na",
])
def test_kinyarwanda_words_that_are_no_count_are_refused(text: str) -> None:
    with pytest.raises(NormalizeError, match="cannot read a count"):
        parse_count(text)
