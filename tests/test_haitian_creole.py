"""Haitian Creole, refused before (QA of the 2024 gang violence around Port-au-Prince and in the Artibonite, coded
from the Haitian police, RNDDH, CARDH, BINUH and AyiboPost): Creole counts, number words and dates; Czech ``set``
read alone as a hundred, which took the Creole ``sèt`` (7) for 100; and French ``cité``/``site`` dropped from the
names they begin (Cité Soleil, Site Solèy), and Haiti's ``section communale`` taken for a place."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.errors import NormalizeError
from reconcile.match import event_type
from reconcile.normalize import parse_count, parse_date
from reconcile.places import mentions

from .readings import assert_forms_read, count_of, documented_forms, span_of

D = dt.date


@pytest.mark.parametrize(("text", "english"), [
    ("plis pase 70", "more than 70"),
    ("plis ke 70", "more than 70"),
    ("omwen 10", "at least 10"),
    ("o mwen 10", "at least 10"),
    ("10 ou plis", "at least 10"),
    ("anviwon 20", "about 20"),
    ("apeprè 20", "about 20"),
    ("jiska 20", "up to 20"),
    ("mwens pase 20", "fewer than 20"),
    ("prèske 20", "nearly 20"),
    ("ant 10 ak 15", "between 10 and 15"),
    ("soti 10 rive 15", "from 10 to 15"),
    ("10 oswa 12", "10 or 12"),
    ("plizyè", "several"),
    ("kèk", "a few"),
    ("anpil", "many"),
    ("okenn", "none"),
    ("pèsonn", "nobody"),
    ("yon douzèn", "a dozen"),
    ("yon ventèn", "about 20"),
    ("yon santèn", "about 100"),
    ("dè dizèn", "tens"),
    ("plizyè santèn", "several hundred"),
    ("plis pase swasanndis", "more than 70"),
])
def test_creole_counts_read_as_their_english(text: str, english: str) -> None:
    """A Creole count reads as the English it stands for (``plis pase 70`` is more than 70: 71 or more)."""
    assert count_of(text) == count_of(english)


@pytest.mark.parametrize(("text", "number"), [
    ("en", 1), ("youn", 1), ("de", 2), ("twa", 3), ("dis", 10), ("douz", 12), ("kenz", 15), ("disèt", 17),
    ("dis-sèt", 17), ("diz-uit", 18), ("dizwit", 18), ("diznèf", 19), ("ven", 20), ("venteyen", 21),
    ("vennde", 22), ("ven-de", 22), ("vennsèt", 27), ("ventwit", 28), ("trannsenk", 35), ("karant", 40),
    ("senkant de", 52), ("swasant", 60), ("swasanndis", 70), ("swasann-onz", 71), ("katreven", 80),
    ("katrevendis", 90), ("katreven-diznèf", 99), ("san", 100), ("de san", 200), ("mil", 1000),
])
def test_creole_number_words_read(text: str, number: int) -> None:
    """Creole number words read as their number, joined, apart or hyphenated as writers spell them."""
    assert count_of(text) == (number, number)


def test_set_alone_is_no_hundred() -> None:
    """``sèt`` (Creole 7) alone was read as 100, the Czech ``set`` without its mark, which Czech writes only after the
    number it counts (``pět set``, 500): alone it is refused, in a number it reads."""
    for text in ("sèt", "set"):
        with pytest.raises(NormalizeError):
            parse_count(text)
    assert count_of("pět set") == (500, 500)
    assert count_of("dis-sèt") == (17, 17)


def test_a_noun_of_people_after_the_figure_gives_the_figure_to_write() -> None:
    """``70 moun mouri`` (70 people dead) is refused with the figure to write, as ``70 people`` is."""
    with pytest.raises(NormalizeError, match="write '70'"):
        parse_count("70 moun mouri")


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("3 oktòb 2024", D(2024, 10, 3), D(2024, 10, 3), "day"),
    ("jedi 3 oktòb 2024", D(2024, 10, 3), D(2024, 10, 3), "day"),
    ("1ye avril 2024", D(2024, 4, 1), D(2024, 4, 1), "day"),
    ("29 fevriye 2024", D(2024, 2, 29), D(2024, 2, 29), "day"),
    ("nan nwit 2 pou 3 mas 2024", D(2024, 3, 2), D(2024, 3, 3), "range"),
    ("nan mwa oktòb 2024", D(2024, 10, 1), D(2024, 10, 31), "month"),
    ("kòmansman oktòb 2024", D(2024, 10, 1), D(2024, 10, 10), "range"),
    ("soti 3 rive 5 oktòb 2024", D(2024, 10, 3), D(2024, 10, 5), "range"),
    ("3 dawou 2024", D(2024, 8, 3), D(2024, 8, 3), "day"),
])
def test_creole_dates_read(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    """Creole dates: months, ``1ye`` (the first), the night between two days, a day of the week checked."""
    assert span_of(text) == (start, end, precision)


def test_a_wrong_creole_day_of_the_week_is_refused() -> None:
    """``madi`` (Tuesday) before 3 October 2024, a Thursday, is refused, as in English."""
    with pytest.raises(NormalizeError, match="Thursday"):
        parse_date("madi 3 oktòb 2024")


def test_out_is_refused_with_both_months() -> None:
    """``out`` is August in Creole and the Portuguese October: refused with both readings."""
    with pytest.raises(NormalizeError, match="name different days") as refused:
        parse_date("3 out 2024")
    assert "August" in str(refused.value)
    assert "October" in str(refused.value)


def test_every_documented_creole_form_reads() -> None:
    """Each form of the Haitian Creole tables in docs/normalization.md reads."""
    forms = documented_forms("### Haitian Creole", every_form=True)
    assert len(forms) > 40
    assert_forms_read(forms)


@pytest.mark.parametrize(("text", "names"), [
    ("Cité Soleil", ["Cité Soleil"]),
    ("Site Solèy", ["Site Solèy"]),
    ("Cité Soleil, Port-au-Prince", ["Cité Soleil", "Port-au-Prince"]),
    ("la cité de Beni", ["Beni"]),
    ("site de déplacés de Bulengo", ["Bulengo"]),
    ("Pont-Sondé, 3e section communale de Saint-Marc", ["Pont-Sondé", "Saint-Marc"]),
    ("3e seksyon kominal Sen Mak", ["Sen Mak"]),
])
def test_cite_and_site_begin_names_and_a_communal_section_is_no_place(text: str, names: list[str]) -> None:
    """Capitalised, ``Cité`` and ``Site`` begin a name (Cité Soleil was read as Soleil); in lower case they are
    still the town or the camp (la cité de Beni). ``section communale`` (``seksyon kominal``) names no place."""
    assert [mention.name for mention in mentions(text)] == names


@pytest.mark.parametrize(("text", "kind"), [
    ("masak", "casualty"),            # a massacre (masak Pon Sonde)
    ("masak nan Pon Sonde", "casualty"),
    ("20 moun mouri", "casualty"),     # died
    ("bandi yo touye 10 moun", "casualty"),
    ("masakan", "unknown"),           # Indonesian cooking: masak is a whole word, no stem
])
def test_creole_event_words(text: str, kind: str) -> None:
    """Creole words of a killing are a `casualty`, as ``massacre`` is (``masak`` was of no type)."""
    assert event_type(text) == kind
