"""Defects found in the QA of a case of the Israel–Iran war of 13–24 June 2025 (the IDF, Magen David Adom and the
Prime Minister's Office in Hebrew and English; Iran's health ministry, IRNA and Tasnim in Persian with Solar Hijri
dates; HRANA; Al Jazeera in Arabic and English; Reuters; the US strikes on Fordow, Natanz and Isfahan).

1. A prison struck was named as a place of its own: "Evin prison, Tehran" (the IDF, HRANA), "Evin jail, Tehran"
   (Reuters) and "زندان اوین، تهران" (Tasnim, relaying Iran's judiciary) about the strike of 23 June made three
   events, the place scoring −4 ("different names", similarity 0.34 and 0.42), where a hospital, a school or a
   station struck in a place is read as its place. The prison words are context words as the hospital words are, in
   English, Persian, Arabic, Hebrew (כלא, בית הסוהר), Russian, Ukrainian, Turkish, Azerbaijani, Spanish,
   Portuguese, Italian and German.
2. The night and the part of the day as Iranian and Arab outlets date an attack were refused: Persian `شب ۲۳ به ۲۴
   خرداد ۱۴۰۴` (the night of 23 into 24 Khordad, 13 to 14 June 2025), `بامداد جمعه ۲۳ خرداد ۱۴۰۴` (at dawn on
   Friday), `در ۲۳ خرداد ۱۴۰۴` (on 23 Khordad); Arabic `ليلة 13 إلى 14 يونيو 2025`, `فجر الجمعة 13 يونيو 2025`,
   where the English, Hebrew and Russian nights and the Russian and Spanish parts of the day were read. A night is
   two days that follow each other, as in English; a night of one day stays refused (which night?).
3. A Hebrew list of places was one name: Hebrew writes ו (and) onto the next word, and only a ו standing alone was
   no cut either, so Magen David Adom's "ראשון לציון ורמת גן" (Rishon LeZion and Ramat Gan) was a place of its own,
   far from Tasnim's "تل‌آویو و رامات گان", and "תל אביב, חיפה ובאר שבע" named "חיפה ובאר שבע". The ו is set apart
   where a name follows it, but not after a word that heads names (כפר ורדים, בית וגן, עין ורד) or a generic word
   (ליד ואדי ערה, near Wadi Ara).
4. A figure grouped by the Arabic thousands separator ٬ (U+066C), as Iranian outlets write the health ministry's
   toll (`۴٬۷۴۶` wounded), was refused with the general list of forms.
5. A part of the day before an English or Hebrew date was refused (`in the early hours of 13 June 2025`, `the
   morning of 19 June 2025`, `בבוקר 19 ביוני 2025`), where the Russian and Spanish ones (and now the Persian and
   Arabic ones) read as the day.
"""

from __future__ import annotations

import pytest

from reconcile.errors import NormalizeError
from reconcile.normalize import parse_count, parse_date
from reconcile.pipeline import reconcile
from reconcile.places import mentions, similarity, split_places
from tests.test_match import case_of, claim


def _names(text: str) -> list[str]:
    return [m.name for m in mentions(text)]


# --- 1. prisons struck are read as their place ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Evin prison, Tehran", ["Evin", "Tehran"]),
        ("Evin jail", ["Evin"]),
        ("زندان اوین، تهران", ["اوین", "تهران"]),
        ("سجن صيدنايا", ["صيدنايا"]),
        ("כלא עופר", ["עופר"]),
        ("בכלא עופר", ["עופר"]),
        ("בית הסוהר עופר", ["עופר"]),
        ("тюрьма в Еленовке", ["Еленовке"]),
        ("колонія в Оленівці", ["Оленівці"]),
        ("cárcel de Bellavista", ["Bellavista"]),
    ],
)
def test_prison_words_name_no_place(text: str, names: list[str]) -> None:
    """The word for a prison, before or after its name, is a context word as the hospital's is."""
    assert _names(text) == names


@pytest.mark.parametrize(
    ("a", "b"),
    [("Evin prison", "Evin jail"), ("Evin prison", "زندان اوین"), ("Saydnaya prison", "سجن صيدنايا"),
     ("Evin prison, Tehran", "Evin jail, Tehran")],
)
def test_one_prison_in_two_words_and_scripts_is_one_place(a: str, b: str) -> None:
    assert similarity(a, b) >= 0.85


def test_three_claims_about_one_prison_strike_make_one_event() -> None:
    """The Evin strike of 23 June 2025 as the IDF, Reuters and Tasnim placed it: one event (before, three)."""
    claims = (claim("idf/a", 0, "Evin prison, Tehran"), claim("reuters/b", 0, "Evin jail, Tehran"),
              claim("tasnim/c", 0, "زندان اوین، تهران"))
    assert len(reconcile(case_of(*claims)).events) == 1


# --- 2. Persian and Arabic nights and parts of the day ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("شب ۲۳ به ۲۴ خرداد ۱۴۰۴", "2025-06-13", "2025-06-14"),
        ("در شب ۲۳ به ۲۴ خرداد ۱۴۰۴", "2025-06-13", "2025-06-14"),
        ("شب ۳۱ خرداد به ۱ تیر ۱۴۰۴", "2025-06-21", "2025-06-22"),
        ("شب ۱۳ به ۱۴ ژوئن ۲۰۲۵", "2025-06-13", "2025-06-14"),
        ("ليلة 13 إلى 14 يونيو 2025", "2025-06-13", "2025-06-14"),
        ("ليلة 13-14 يونيو 2025", "2025-06-13", "2025-06-14"),
        ("ليلة 13 على 14 حزيران 2025", "2025-06-13", "2025-06-14"),
        ("في ليلة 30 يونيو إلى 1 يوليو 2025", "2025-06-30", "2025-07-01"),
    ],
)
def test_a_persian_or_arabic_night_is_its_two_days(text: str, start: str, end: str) -> None:
    span = parse_date(text)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == (start, end, "range")


@pytest.mark.parametrize(
    "text",
    ["بامداد ۲۳ خرداد ۱۴۰۴", "بامداد جمعه ۲۳ خرداد ۱۴۰۴", "بامداد روز جمعه ۲۳ خرداد ۱۴۰۴", "صبح زود ۲۳ خرداد ۱۴۰۴",
     "در ۲۳ خرداد ۱۴۰۴", "در ۱۳ ژوئن ۲۰۲۵", "بعد از ظهر ۱۳ ژوئن ۲۰۲۵", "فجر 13 يونيو 2025",
     "فجر الجمعة 13 يونيو 2025", "فجر يوم الجمعة 13 يونيو 2025", "مساء 13 يونيو 2025"],
)
def test_a_persian_or_arabic_part_of_the_day_is_the_day(text: str) -> None:
    span = parse_date(text)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == ("2025-06-13", "2025-06-13", "day")


def test_a_night_of_one_day_or_of_days_apart_is_refused() -> None:
    """Which night? The night of two days reads; of one day, or of two days apart, it is refused; and the eve of a
    day of the week (شب جمعه, ليلة الجمعة: Thursday night) is no part of that day."""
    assert parse_date("شب ۲۳ به ۲۴ خرداد ۱۴۰۴").precision == "range"
    assert parse_date("ليلة 13 إلى 14 يونيو 2025").precision == "range"
    for text in ("شب ۲۳ خرداد ۱۴۰۴", "شب ۲۳ به ۲۵ خرداد ۱۴۰۴", "شب خرداد ۱۴۰۴", "شب ۱۳ ژوئن ۲۰۲۵",
                 "ليلة 13 يونيو 2025", "ليلة 13 إلى 15 يونيو 2025", "شب جمعه ۲۳ خرداد ۱۴۰۴",
                 "ليلة الجمعة 13 يونيو 2025"):
        with pytest.raises(NormalizeError):
            parse_date(text)


def test_the_day_of_the_week_after_a_part_of_the_day_is_checked() -> None:
    with pytest.raises(NormalizeError, match="2025-06-13 was a Friday, not a Thursday"):
        parse_date("بامداد پنجشنبه ۲۳ خرداد ۱۴۰۴")
    with pytest.raises(NormalizeError, match="2025-06-13 was a Friday, not a Thursday"):
        parse_date("صباح الخميس 13 يونيو 2025")


# --- 3. the Hebrew and written onto a name ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("ראשון לציון ורמת גן", ("ראשון לציון", "רמת גן")),
        ("תל אביב, חיפה ובאר שבע", ("תל אביב", "חיפה", "באר שבע")),
        ("בראשון לציון וברמת גן", ("בראשון לציון", "ברמת גן")),
        ("חיפה ובת ים", ("חיפה", "בת ים")),
        ("חיפה ותל אביב", ("חיפה", "תל אביב")),
        ("רמת גן ובני ברק", ("רמת גן", "בני ברק")),
        ("עזה ו-רפיח", ("עזה", "רפיח")),
        ("רפיח וחאן יונס", ("רפיח", "חאן יונס")),
    ],
)
def test_the_hebrew_and_on_a_name_cuts_the_list(text: str, names: tuple[str, ...]) -> None:
    assert split_places(text) == names


def test_a_name_with_a_word_that_begins_with_vav_stays_whole() -> None:
    """After a word that heads names, or a generic word, the ו is the name's own; a list around them is still cut."""
    assert split_places("עין ורד ובית וגן") == ("עין ורד", "בית וגן")
    for text, names in (("כפר ורדים", ("כפר ורדים",)), ("בכפר ורדים", ("בכפר ורדים",)), ("בית וגן", ("בית וגן",)),
                        ("ליד ואדי ערה", ("ואדי ערה",)), ("מושב כפר ויתקין", ("כפר ויתקין",))):
        assert split_places(text) == names


def test_a_hebrew_list_meets_the_persian_one() -> None:
    """Magen David Adom's and Tasnim's night of 13 to 14 June 2025: one event (before, two)."""
    claims = (claim("mda/a", 0, "ראשון לציון ורמת גן"), claim("tasnim/b", 0, "تل‌آویو و رامات گان"))
    assert len(reconcile(case_of(*claims)).events) == 1


# --- 4. the Arabic thousands separator --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("۴٬۷۴۶", 4746, 4746), ("٤٬٧٤٦", 4746, 4746), ("بیش از ۴٬۰۰۰", 4001, None), ("دست\u200cکم ۱٬۰۶۲", 1062, None),
     ("أكثر من 1٬000", 1001, None)],
)
def test_digits_grouped_by_the_arabic_thousands_separator(text: str, low: int, high: int | None) -> None:
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)


def test_a_fraction_after_the_arabic_decimal_separator_is_refused_as_a_fraction() -> None:
    with pytest.raises(NormalizeError, match="a count must be a whole number"):
        parse_count("۱٫۵")


# --- 5. English and Hebrew parts of the day ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["the morning of 13 June 2025", "on the morning of 13 June 2025", "in the early hours of 13 June 2025",
     "the small hours of 13 June 2025", "dawn on 13 June 2025", "early on 13 June 2025", "late on 13 June 2025",
     "the evening of Friday 13 June 2025", "בבוקר 13 ביוני 2025", "לפנות בוקר 13 ביוני 2025",
     "בשעות הערב 13 ביוני 2025"],
)
def test_an_english_or_hebrew_part_of_the_day_is_the_day(text: str) -> None:
    span = parse_date(text)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision, span.text) == (
        "2025-06-13", "2025-06-13", "day", text)


def test_a_part_of_the_day_before_more_than_a_day_is_refused_with_the_date_to_write() -> None:
    assert parse_date("the morning of 13 June 2025").precision == "day"
    with pytest.raises(NormalizeError, match="a part of the day is read only before one day"):
        parse_date("the morning of June 2025")
    with pytest.raises(NormalizeError, match="from 'the morning of Thursday 13 June 2025': the day of the week"):
        parse_date("the morning of Thursday 13 June 2025")
    assert parse_date("late June 2025").precision == "range"  # a part of the month, as before
