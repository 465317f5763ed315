"""Places named by a date or a number: the number is a word of the name, and two numbers (or months) are two places.

The QA round of a Mozambique case read "aldeia 24 de Março" as "aldeia 24" and a place "Março", so that two
villages named after days of one month met as one place.
"""

from __future__ import annotations

import pytest

from reconcile.normalize import month_number
from reconcile.places import SAME_PLACE_THRESHOLD, apart, mentions, similarity

from .test_match import claim, score, weight


@pytest.mark.parametrize(("text", "names"), [
    ("aldeia 24 de Março", ["24 de Março"]),
    ("24 de Março", ["24 de Março"]),
    ("24 de março", ["24 de março"]),
    ("bairro 25 de Setembro", ["25 de Setembro"]),
    ("barrio 20 de Julio", ["20 de Julio"]),
    ("aldeia 24 de Março, Mocímboa da Praia", ["24 de Março", "Mocímboa da Praia"]),
    ("ataque à aldeia 24 de Março e a Mocímboa da Praia", ["24 de Março", "Mocímboa da Praia"]),
])
def test_a_date_is_one_name_with_its_day(text: str, names: list[str]) -> None:
    """The day and the month of a place named after a date are one name; the month is no place of its own."""
    assert [m.name for m in mentions(text) if m.name != "ataque"] == names


def test_the_village_word_says_what_a_date_names() -> None:
    """The settlement word before a date says that the date names a village, as it does before any name."""
    (village,) = mentions("aldeia 24 de Março")
    assert village.kind == "settlement"


@pytest.mark.parametrize(("a", "b"), [
    ("20 de Julio", "20 de Junio"),
    ("barrio 20 de Julio", "barrio 20 de Junio"),
])
def test_two_dates_are_two_places(a: str, b: str) -> None:
    """Another month is another place: apart, as District 9 and District 13 are (Julio / Junio alone stay close
    spellings)."""
    assert similarity(a, b) <= 0.5
    assert apart(a, b)


@pytest.mark.parametrize(("text", "name"), [
    ("Sector 4", "Sector 4"),
    ("hill 412", "hill 412"),
    ("KM 101", "KM 101"),
    ("Kilometre 101", "Kilometre 101"),
    ("км 101", "км 101"),
    ("the Kilometre 101 checkpoint", "Kilometre 101"),
])
def test_a_numbered_post_is_a_name(text: str, name: str) -> None:
    """A sector, a hill or a road's kilometre post written with its number names one place."""
    assert [m.name for m in mentions(text)] == [name]


def test_a_kilometre_post_after_a_distance_is_its_reference() -> None:
    """A distance measured from a kilometre post makes the post the reference, as it does a town."""
    assert [(m.name, m.reference) for m in mentions("5 km north of Kilometre 101")] == [("Kilometre 101", True)]


def test_sector_numbers_tell_sectors_apart() -> None:
    """Sector 4 of a city is a place of its own beside the city, and no other sector."""
    assert [m.name for m in mentions("sector 4 of Kabul")] == ["sector 4", "Kabul"]
    assert similarity("Sector 4", "Sector 5") < SAME_PLACE_THRESHOLD


@pytest.mark.parametrize(("word", "month"), [
    ("Março", 3), ("Setembro", 9), ("Julio", 7), ("Mai", 5), ("Січня", 1), ("марта", 3), ("May", 5),
    ("Height", None), ("de", None),
])
def test_month_number(word: str, month: int | None) -> None:
    """The month words of the languages whose dates are read give their month."""
    assert month_number(word) == month


@pytest.mark.parametrize(("first", "second"), [
    ("aldeia 24 de Março", "aldeia 25 de Março"),
    ("bairro 25 de Setembro", "bairro 7 de Setembro"),
    ("barrio 20 de Julio", "barrio 20 de Junio"),
])
def test_two_villages_named_after_dates_are_two_places(first: str, second: str) -> None:
    """Matching scores raids on two villages named after days as different places: the month alone made them one."""
    assert weight(score(claim("a/1", 0, first), claim("b/1", 0, second)), "place") < 0

