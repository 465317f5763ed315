"""Tests of the structure of place texts: distances written in words ("à une trentaine de km au nord de Dori"), the
Slavic official address ("с. Кам'янка Ізюмського району Харківської області") and abbreviations written with a
slash or with several dots (ж/д, с.м.т.)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.places import mentions, split_places

# Invented one-word names, so that no gazetteer and no generic or direction word reads them.
NAMES = st.sampled_from(("Qarvenu", "Tolmasi", "Zindrava", "Obrekul", "Feshmari", "Ulvadoch", "Parsimet", "Kendrova"))
# Amounts of a distance in words, in the languages whose distance units the lexicon knows, as written in sentences.
AMOUNTS = st.sampled_from((
    "une trentaine de", "une vingtaine de", "une centaine de", "quelques", "plusieurs", "a few", "several", "twenty",
    "Twenty", "about twenty", "some", "a dozen", "a couple of", "dozens of", "unos diez", "несколько", "нескольких",
    "кілька", "вингт", "vingt-cinq", "сорока",
))  # fmt: skip
UNITS = st.sampled_from(("km", "kms", "kilomètres", "kilometres", "miles", "км", "кілометрів"))


# --------------------------------------------------------------------------------------------------------------
# Distances written in words
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("à une trentaine de km au nord de Dori", ("Dori",)),
        ("une trentaine de kilomètres au nord de Dori", ("Dori",)),
        ("Seytenga, à une quarantaine de kilomètres de Dori", ("Seytenga",)),
        ("Falagountou, à une trentaine de km de Dori", ("Falagountou",)),
        ("twenty kilometres north of Gao", ("Gao",)),
        ("Twenty kilometres north of Gao", ("Gao",)),
        ("a few km north of Gao", ("Gao",)),
        ("à quelques km de Gao", ("Gao",)),
        ("à plusieurs kilomètres de Gao", ("Gao",)),
        ("unos diez km de Tumaco", ("Tumaco",)),
        ("в нескольких км от Донецка", ("Донецка",)),
        ("за кілька кілометрів від Ізюма", ("Ізюма",)),
        ("в 5 км от Донецка", ("Донецка",)),
    ],
)
def test_an_amount_in_words_is_a_distance(text: str, expected: tuple[str, ...]) -> None:
    """The words of an amount before a distance unit name no place; the town after it is where it is measured
    from, and the place of the incident where the text names no other."""
    assert split_places(text) == expected


def test_two_places_measured_from_one_town_name_no_common_place() -> None:
    """Two villages at "une trentaine de km" from one town share no name "une trentaine"."""
    names = {m.name for m in mentions("Falagountou, à une trentaine de km de Dori")}
    assert names & {m.name for m in mentions("Seytenga, à une trentaine de km de Dori")} == {"Dori"}


@given(NAMES, AMOUNTS, UNITS, NAMES)
@example("Qarvenu", "une trentaine de", "km", "Tolmasi")
@example("Qarvenu", "сорока", "км", "Tolmasi")
def test_a_distance_in_words_reads_as_one_in_digits(place: str, amount: str, unit: str, town: str) -> None:
    """"P, <amount> <unit> from T" names P, as "P, 30 <unit> from T" does; "<amount> <unit> from T" names T, the
    town; a capitalised name before the amount is not taken for a part of it."""
    assert split_places(f"{place}, {amount} {unit} from {town}") == split_places(f"{place}, 30 {unit} from {town}")
    assert split_places(f"{amount} {unit} from {town}") == (town,)
    assert split_places(f"{place} {amount} {unit} from {town}")[:1] == (place,)


# --------------------------------------------------------------------------------------------------------------
# The Slavic official address
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "с. Кам'янка Ізюмського району Харківської області",
            [("Кам'янка", None), ("Ізюмського", "region"), ("Харківської", "region")],
        ),
        (
            "с. Каменка Изюмского района Харьковской области",
            [("Каменка", None), ("Изюмского", "region"), ("Харьковской", "region")],
        ),
        ("село Каменка Изюмского района", [("Каменка", "settlement"), ("Изюмского", "region")]),
        ("Kamianka Iziumskyi raion", [("Kamianka", None), ("Iziumskyi", "region")]),
        ("Tovuz rayonunun Ağdam kəndi", [("Tovuz", "region"), ("Ağdam", "settlement")]),
        ("Տավուշի մարզի Բերդավան գյուղ", [("Տավուշի", "region"), ("Բերդավան", "settlement")]),
    ],
)
def test_the_district_adjective_is_the_unit_not_the_village(text: str, expected: list[tuple[str, str]]) -> None:
    """In "village X <adjective> district <adjective> oblast" the adjective names the district the village lies in
    and is no word of the village's name."""
    assert [(m.name, m.kind) for m in mentions(text)] == expected


@given(NAMES, st.sampled_from(("Изюмского", "Ізюмського", "Харьковской", "Бахмутського", "Izyumskogo")),
       st.sampled_from(("района", "району", "области", "області", "raion")))
@example("Qarvenu", "Ізюмського", "району")
def test_a_village_before_a_district_adjective_keeps_its_name(village: str, adjective: str, unit: str) -> None:
    """The name before a Slavic district adjective and its unit word is the village, as written."""
    assert [(m.name, m.kind) for m in mentions(f"{village} {adjective} {unit}")] == [
        (village, None), (adjective, "region")
    ]


def test_a_two_word_name_before_a_unit_stays_one_name() -> None:
    """Only a Slavic adjective is split off: "Spin Boldak district" names Spin Boldak."""
    assert [m.name for m in mentions("Spin Boldak district")] == ["Spin Boldak"]


# --------------------------------------------------------------------------------------------------------------
# Abbreviations with a slash or with dots
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ж/д станция Краматорск", ("Краматорск",)),
        ("в/ч у Краматорську", ("Краматорську",)),
        ("с.м.т. Великая Новоселка", ("Великая Новоселка",)),
        ("п.г.т. Великая Новоселка", ("Великая Новоселка",)),
        ("п. г. т. Великая Новоселка", ("Великая Новоселка",)),
        ("Aygepar/Movses", ("Aygepar", "Movses")),
    ],
)
def test_an_abbreviation_is_one_word(text: str, expected: tuple[str, ...]) -> None:
    """A slash between a letter or two on each side (ж/д) writes one abbreviation, not a list; letters each with a
    dot in lower case (с.м.т.) are one abbreviation, not a syllable of the name after them."""
    assert split_places(text) == expected


@given(NAMES, NAMES)
def test_a_slash_between_names_still_lists_them(a: str, b: str) -> None:
    """A slash between words of three letters or more lists places."""
    assert split_places(f"{a}/{b}") == (a, b)


def test_initials_in_capitals_stay_in_the_name() -> None:
    """Capital letters with dots are initials of a name (B.P. Koirala), not an abbreviation of a generic word."""
    assert split_places("B.P. Koirala Chowk")[0].startswith("B.P")
