"""Tests of place texts that name an administrative unit as the incident's place ("Spin Boldak district"), compass
words of more languages, ordinals written with digits in any script, and qualifiers that only qualify a generic
noun ("the second No-Fire Zone")."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.places import apart, mentions, parse, similarity

# Invented one-word names, so that no gazetteer and no generic or direction word reads them.
NAMES = st.sampled_from(("Qarvenu", "Tolmasi", "Zindrava", "Obrekul", "Feshmari", "Ulvadoch", "Parsimet", "Kendrova"))
# Unit words of several languages, written after the name.
UNITS = st.sampled_from(("district", "rayon", "raion", "woreda", "tehsil", "township", "wuleswali", "район", "marz"))


def _read(text: str) -> list[tuple[str, str | None, bool, bool]]:
    return [(m.name, m.kind, m.area, m.container) for m in mentions(text)]


# --------------------------------------------------------------------------------------------------------------
# A unit named as the incident's place
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Spin Boldak district", [("Spin Boldak", "region", True, False)]),
        ("Raya Kobo woreda", [("Raya Kobo", "region", True, False)]),
        (
            "Spin Boldak district, Kandahar province",
            [("Spin Boldak", "region", True, False), ("Kandahar", "region", False, False)],
        ),
        (
            "cercle de Bourem, région de Gao",
            [("Bourem", "region", True, False), ("Gao", "region", False, False)],
        ),
    ],
)
def test_a_unit_named_first_is_the_place(text: str, found: list[tuple[str, str | None, bool, bool]]) -> None:
    """A unit the text starts with, beside no other place of its piece and before nothing but the regions that hold
    it, is an area: the text's own place."""
    assert _read(text) == found


@pytest.mark.parametrize(
    "text",
    ["Asagi Askipara, Qazakh Rayon", "police district 9 of Kabul", "Tovuz rayonu, Ağdam kəndi",
     "20 km north of Spin Boldak district", "Pazigyi village, Kanbalu Township", "Qazakh Rayon, Asagi Askipara",
     "Spin Boldak district, Kandahar"],
)
def test_a_unit_beside_another_place_is_no_area(text: str) -> None:
    """A unit after a place, beside a numbered place, before a village or an unmarked name (which the text cannot
    tell from a province written without its word), or measured from, is where a place lies."""
    assert not any(m.area for m in mentions(text))


@given(NAMES, NAMES, UNITS)
@example("Qarvenu", "Tolmasi", "район")
def test_the_unit_first_is_the_area_only_before_regions(a: str, b: str, unit: str) -> None:
    """"A <unit>, B <unit>": A is the area, B a region; "A <unit>, B": B is the place, A the region it lies in;
    "A, B <unit>": B is a region A lies in. No text has an area and a place beside it."""
    both = mentions(f"{a} {unit}, {b} {unit}")
    assert [(m.area, m.kind) for m in both] == [(True, "region"), (False, "region")]
    first = mentions(f"{a} {unit}, {b}")
    assert [(m.area, m.kind) for m in first] == [(False, "region"), (False, None)]
    last = mentions(f"{a}, {b} {unit}")
    assert not any(m.area or m.container for m in last)
    assert last[-1].kind == "region"


# --------------------------------------------------------------------------------------------------------------
# Compass words
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kivu-Est", "Kivu-Ouest"),
        ("Mayo-Kebbi Est", "Mayo-Kebbi Ouest"),
        ("Rio Grande do Norte", "Rio Grande do Sul"),
        ("Cruzeiro do Sul", "Cruzeiro do Oeste"),
        ("Nord-Kivu", "Süd-Kivu"),
        ("Ost-Ghuta", "West-Ghuta"),
        ("Timor Leste", "Timor Oeste"),
        ("Sahara Este", "Sahara Oeste"),
    ],
)
def test_compass_words_of_more_languages_tell_places_apart(a: str, b: str) -> None:
    """Spanish, Portuguese, German and French compass words are qualifiers of the side dimension."""
    assert apart(a, b)
    assert similarity(a, b) <= 0.5


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kivu-Est", "East Kivu"), ("Kasaï-est", "Kasaï East"), ("Timor Leste", "East Timor"), ("Süd-Kivu", "Sud-Kivu"),
     ("Ost-Ghuta", "East Ghuta"), ("Rio Grande do Norte", "North Rio Grande")],
)
def test_compass_words_of_more_languages_are_one_side(a: str, b: str) -> None:
    """One side written in two languages is one qualifier."""
    assert parse(a).key == parse(b).key


@pytest.mark.parametrize("text", ["Gao est", "Norte de Santander", "Sur", "Oeste"])
def test_a_compass_word_that_is_the_name_is_no_qualifier(text: str) -> None:
    """French est written as a word of the sentence is no side; a compass word before de governs the name after it;
    a compass word alone is the name."""
    assert parse(text).tags == frozenset()
    assert parse(text).stem


# --------------------------------------------------------------------------------------------------------------
# Ordinals written with digits
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("2-րդ Շեն", "2nd Shen"),
        ("2-րդ Շեն", "Երկրորդ Շեն"),
        ("1-ին Շեն", "First Shen"),
        ("2-й Микрорайон", "Второй Микрорайон"),
        ("2-я Линия", "2nd Liniya"),
        ("2-ci Şıxlı", "İkinci Şıxlı"),
        ("3-cü Qarvenu", "Third Qarvenu"),
        ("2e Qarvenu", "2nd Qarvenu"),
        ("2ème Qarvenu", "Second Qarvenu"),
        ("1er Qarvenu", "1st Qarvenu"),
        ("2º Qarvenu", "2nd Qarvenu"),
        ("7-й квартал", "7 квартал"),
        ("11th Qarvenu", "Qarvenu 11"),
    ],
)
def test_a_digit_ordinal_of_any_language_reads_as_its_number(a: str, b: str) -> None:
    """The ending of a digit ordinal (րդ, ին, й, я, ci, e, ème, er, º) is no syllable of the name."""
    assert parse(a).key == parse(b).key


@given(st.integers(1, 300), st.sampled_from(("-րդ", "-й", "-я", "-го", "-ci", "e", "ème", "º", "th")))
@example(2, "-րդ")
def test_every_digit_ordinal_is_the_english_one(number: int, ending: str) -> None:
    """Any digit ordinal reads as the English ordinal of its number: a tag, and no letter of the ending left."""
    english = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    assert parse(f"{number}{ending} Qarvenu").key == parse(f"{number}{english} Qarvenu").key
    assert parse(f"{number}{ending} Qarvenu").stem == parse("Qarvenu").stem


# --------------------------------------------------------------------------------------------------------------
# Qualifiers of a generic noun
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["the second No-Fire Zone", "the 2nd No Fire Zone", "the Second No-Fire Zone",
                                  "North sector", "the old area"])
def test_a_qualifier_of_a_generic_noun_names_no_place(text: str) -> None:
    """A qualifier or ordinal before a generic noun qualifies that noun: the text names no place."""
    assert mentions(text) == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [("Nor near Movses", ["Nor", "Movses"]), ("Nor village", ["Nor"]), ("Nor", ["Nor"]),
     ("the second No-Fire Zone, Mullivaikal", ["Mullivaikal"])],
)
def test_a_qualifier_that_is_a_name_stays(text: str, names: list[str]) -> None:
    """A capitalised qualifier before a preposition or a settlement word, or alone, is a village's name (Nor)."""
    assert [m.name for m in mentions(text)] == names
