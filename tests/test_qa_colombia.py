"""Defects found by transcribing a Colombian case as a conflict-data coder would (the Catatumbo crisis from 16
January 2025, ELN against the FARC dissidents' Frente 33, and attacks in Cauca; the army, the Defensoría del
Pueblo, the Gobernación de Norte de Santander, the ELN, Indepaz, El Tiempo, Semana, Caracol Radio, UN OCHA): the
words of a facility or a subregion read as a place name that two claims about two places shared, and Spanish
counts and dates the Colombian press writes every day that were refused."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from reconcile.normalize import NormalizeError, parse_count, parse_date
from reconcile.places import mentions

from .test_match import claim, score, weight

# --- places ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("subregión del Catatumbo", ["Catatumbo"]),
    ("la subregión del Catatumbo", ["Catatumbo"]),
    ("Catatumbo subregion", ["Catatumbo"]),
    ("the Catatumbo sub-region", ["Catatumbo"]),
    ("estación de policía de Suárez", ["Suárez"]),
    ("police station in Suarez", ["Suarez"]),
    ("base militar de Tibú", ["Tibú"]),
    ("batallón de Tibú", ["Tibú"]),
    ("puente de Guasimales", ["Guasimales"]),
    ("finca La Esperanza", ["Esperanza"]),
    ("trocha de Campo Dos", ["Campo Dos"]),
    ("límites entre Tibú y El Tarra", ["Tibú", "El Tarra"]),
    ("resguardo indígena de Huellas, Caloto", ["Huellas", "Caloto"]),
    ("zona veredal de Caño Indio", ["Caño Indio"]),
    ("el área metropolitana de Cúcuta", ["Cúcuta"]),
    ("cañón del Micay", ["Micay"]),
    ("serranía del Perijá", ["Perijá"]),
    ("the police headquarters in Goma", ["Goma"]),
    ("Estación de Policía de Suárez", ["Suárez"]),
])
def test_facility_and_unit_words_are_no_names(text: str, names: list[str]) -> None:
    """The post, base, farm, bridge or subregion of a place is where in or around it, not a name of its own."""
    assert [m.name for m in mentions(text)] == names


@pytest.mark.parametrize(("first", "second"), [
    ("estación de policía de Suárez", "estación de policía de Morales"),
    ("police station in Suarez", "police station in Morales"),
    ("subregión del Catatumbo", "subregión del Bajo Cauca"),
    ("base militar de Tibú", "base militar de Tame"),
])
def test_two_places_with_one_facility_word_are_not_one_place(first: str, second: str) -> None:
    """Attacks on two police stations of Cauca on one day are two places: the shared word "estación" scored them
    as one name (+5, the weight of an exact name), so that they merged into one event."""
    pair = score(claim("a/1", 0, first), claim("b/1", 0, second))
    assert weight(pair, "place") < 0


# --- counts ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high"), [
    ("medio centenar", 40, 60),
    ("más de medio centenar", 51, None),
    ("al menos medio centenar", 50, None),
    ("medio millar", 400, 600),
    ("cuarenta y tantos", 40, 49),
    ("20 y tantos", 20, 29),
    ("treinta y tantas", 30, 39),
    ("aprox. 80", 64, 96),
    ("unas cuantas", 2, 5),
    ("un par de", 2, 3),
])
def test_spanish_half_hundreds_and_odd_counts(text: str, low: int, high: int | None) -> None:
    """``más de medio centenar`` (more than half a hundred) and ``cuarenta y tantos`` (forty-odd), as the press
    writes a toll, read as ``una cincuentena`` and ``cuarenta y pico`` do; so do ``aprox.``, ``unas cuantas`` and
    ``un par de`` (before, refused)."""
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)


@pytest.mark.parametrize(("text", "plain"), [
    ("más de 1.200", "más de 1200"),
    ("al menos 32.000", "al menos 32000"),
    ("entre 1.000 y 1.200", "entre 1000 y 1200"),
])
def test_a_phrase_with_thousands_grouped_by_points_says_what_to_write(text: str, plain: str) -> None:
    """``más de 1.200`` is refused, as ``1.200`` alone is, and the message gives the phrase without the points, which
    reads (before, the general message)."""
    with pytest.raises(NormalizeError, match=re.escape(f"if the point separates thousands, write {plain!r}")):
        parse_count(text)
    parse_count(plain)


# --- dates -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "start", "end"), [
    ("el pasado jueves 16 de enero de 2025", "2025-01-16", "2025-01-16"),
    ("el pasado 9 de marzo de 2025", "2025-03-09", "2025-03-09"),
    ("este domingo 26 de enero de 2025", "2025-01-26", "2025-01-26"),
    ("en la madrugada del domingo 26 de enero de 2025", "2025-01-26", "2025-01-26"),
    ("en horas de la madrugada del 26 de enero de 2025", "2025-01-26", "2025-01-26"),
    ("la tarde del 9 de marzo de 2025", "2025-03-09", "2025-03-09"),
    ("en la mañana del 9 de marzo de 2025", "2025-03-09", "2025-03-09"),
    ("en la madrugada del 25 al 26 de enero de 2025", "2025-01-25", "2025-01-26"),
    ("desde el 16 de enero hasta el 31 de enero de 2025", "2025-01-16", "2025-01-31"),
    ("desde el 16 al 31 de enero de 2025", "2025-01-16", "2025-01-31"),
    ("a mediados del mes de enero de 2025", "2025-01-11", "2025-01-20"),
    ("durante el mes de enero de 2025", "2025-01-01", "2025-01-31"),
])
def test_spanish_dates_with_a_part_of_the_day_or_last(text: str, start: str, end: str) -> None:
    """A part of the day (madrugada, mañana, tarde) before a date is that date, ``el pasado`` (last) before a date
    written out with its year is left out, ``desde ... hasta`` is a range and ``del mes de`` names the month
    (before, each was refused)."""
    span = parse_date(text)
    assert (span.start, span.end) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))

