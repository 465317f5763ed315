"""Lunar Hijri dates (Arabic, Persian and Pashto sources, English ``AH``), Myanmar Era years with a Gregorian month,
Sorani Kurdish counts and dates, Pashto number words and Persian days of the week. All were refused with the general
message, or (a Lunar Hijri date in digits with هـ) with the Solar Hijri day, or read (a Myanmar Era year) as a year
before 1800."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.errors import NormalizeError
from reconcile.normalize import parse_date

from .readings import count_of, span_of

D = dt.date

# --- Lunar Hijri dates: the tabular day, a day either side ------------------------------------------------------

# 15 Ramadan 1444 is 6 April 2023 by the tabular calendar (Saudi Arabia: 6 April; sighting a day later: 7 April).
RAMADAN_15 = (D(2023, 4, 5), D(2023, 4, 7), "range")


@pytest.mark.parametrize("text", [
    "١٥ رمضان ١٤٤٤", "15 رمضان 1444", "15 رمضان 1444 هـ", "15 رمضان 1444هـ", "١٥ رمضان ١٤٤٤ هـ", "15 رمضان 1444 ه",
    "15 رمضان المبارك 1444 هـ", "15 من شهر رمضان 1444 هجري", "15 رمضان 1444 للهجرة", "1444/9/15 هـ",
    "١٤٤٤/٩/١٥هـ", "15/9/1444هـ", "۱۵ رمضان المبارک ۱۴۴۴ هـ ق", "۱۵ رمضان ۱۴۴۴ ه.ق", "15 Ramadan 1444 AH",
    "15 Ramadan 1444", "15 Ramadhan 1444 A.H.", "the 15th of Ramadan 1444 AH",
])
def test_a_lunar_hijri_day_is_its_tabular_day_a_day_either_side(text: str) -> None:
    assert span_of(text) == RAMADAN_15


@pytest.mark.parametrize(("text", "span"), [
    ("1 Muharram 1446 AH", (D(2024, 7, 7), D(2024, 7, 9), "range")),       # Saudi Arabia: 7 July 2024
    ("10 ذو الحجة 1444", (D(2023, 6, 28), D(2023, 6, 30), "range")),      # Saudi Arabia: 28 June 2023
    ("12 Rabi' al-Awwal 1445 AH", (D(2023, 9, 26), D(2023, 9, 28), "range")),
    ("۱ ربیع‌الاول ۱۴۴۵", (D(2023, 9, 15), D(2023, 9, 17), "range")),
    ("30 صفر 1445", (D(2023, 9, 15), D(2023, 9, 17), "range")),           # Safar has 29 days in the table: read
    ("رمضان 1444", (D(2023, 3, 22), D(2023, 4, 22), "range")),            # 29 or 30 days, a day either side
    ("أواخر رمضان 1444 هـ", (D(2023, 4, 11), D(2023, 4, 22), "range")),
    ("15-17 رمضان 1444", (D(2023, 4, 5), D(2023, 4, 9), "range")),
    ("من 15 إلى 17 رمضان 1444 هـ", (D(2023, 4, 5), D(2023, 4, 9), "range")),
])
def test_the_forms_of_a_lunar_hijri_date(text: str, span: tuple[dt.date, dt.date, str]) -> None:
    assert span_of(text) == span


@pytest.mark.parametrize(("text", "day"), [
    ("الخميس 15 رمضان 1444هـ", D(2023, 4, 6)),
    ("يوم الجمعة 15 رمضان 1444هـ", D(2023, 4, 7)),
    ("الأربعاء، 15 رمضان 1444 هـ", D(2023, 4, 5)),
])
def test_a_day_of_the_week_picks_the_one_day_it_can_be(text: str, day: dt.date) -> None:
    """Three days that follow each other are three days of the week: the day named is one of them, exactly."""
    assert span_of(text) == (day, day, "day")


@pytest.mark.parametrize("text", [
    "الخميس 15 رمضان 1444هـ الموافق 6 أبريل 2023م", "15 رمضان 1444هـ الموافق لـ 6 أبريل 2023م",
    "15 رمضان 1444هـ (6 أبريل 2023م)", "6 أبريل 2023 الموافق 15 رمضان 1444 هـ",
    "15 Ramadan 1444 AH corresponding to 6 April 2023", "۱۵ رمضان ۱۴۴۴ برابر با ۱۷ فروردین ۱۴۰۲",
    "15 رمضان 1444هـ الموافق 7 أبريل 2023م",
])
def test_the_gregorian_date_given_beside_is_read(text: str) -> None:
    start, end, precision = span_of(text)
    assert (precision, end) == ("day", start)
    assert D(2023, 4, 6) <= start <= D(2023, 4, 7)


@pytest.mark.parametrize(("text", "message"), [
    ("15 رمضان 1444هـ الموافق 16 أبريل 2023م", r"do not agree: 15 Ramadan 1444 AH is 2023-04-05 to 2023-04-07 by the "
                                               r"tabular Islamic calendar.*other date is 2023-04-16"),
    ("الخميس 15 رمضان 1444هـ الموافق 7 أبريل 2023م", "2023-04-07 was a Friday, not a Thursday"),
    ("الأحد 15 رمضان 1444هـ", "2023-04-05 to 2023-04-07 .*none of them a Sunday"),
    ("31 رمضان 1444", "a Lunar Hijri month has 29 or 30 days"),
    ("15 رمضان 1250", "Lunar Hijri years are read from 1300 to 1500"),
])
def test_a_lunar_hijri_date_that_does_not_fit_is_refused(text: str, message: str) -> None:
    with pytest.raises(NormalizeError, match=message):
        parse_date(text)


@pytest.mark.parametrize("text", ["1444/9/15 هـ", "15/9/1444هـ", "1444/09/15 ه.ق"])
def test_a_lunar_hijri_date_in_digits_gets_no_solar_hijri_day(text: str) -> None:
    """The era says the calendar: 1444 هـ is 2023, not the Solar Hijri 1444 (2065)."""
    assert span_of(text) == RAMADAN_15


# --- Myanmar Era years ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "years"), [
    ("၁၃၈၅ ခုနှစ် ဧပြီလ", ("2023 for April (from the new year) to December", "2024 for January to April")),
    ("၁၃၈၅ ခုနှစ် မေလ ၅ ရက်", ("2023 for April",)),
    ("၁၃၈၅ ခုနှစ် ဇန်နဝါရီလ ၁ ရက်", ("2024 for January",)),
])
def test_a_myanmar_era_year_is_refused_with_its_gregorian_year(text: str, years: tuple[str, ...]) -> None:
    with pytest.raises(NormalizeError, match="1385 is a year of the Myanmar Era") as raised:
        parse_date(text)
    assert all(year in str(raised.value) for year in years)
    assert ("2023" in str(raised.value)) == ("2023" in " ".join(years))


def test_a_gregorian_year_in_burmese_still_reads() -> None:
    assert span_of("၂၀၂၃ ခုနှစ် ဧပြီလ") == (D(2023, 4, 1), D(2023, 4, 30), "month")


# --- Sorani Kurdish ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "count"), [
    ("لانیکەم ٢٠", (20, None)), ("لانی کەم 20", (20, None)), ("زیاتر لە ١٠", (11, None)), ("زیاتر له ١٠", (11, None)),
    ("نزیکەی ٣٠", (24, 36)), ("تا ٢٠", (0, 20)), ("کەمتر لە ٥", (0, 4)), ("چەندین", (3, 9)), ("دەیان", (20, None)),
    ("سەدان", (200, None)), ("هەزاران", (2000, None)), ("١٥ بۆ ٢٠", (15, 20)), ("لە ١٥ بۆ ٢٠", (15, 20)),
    ("١٥ تا ٢٠", (15, 20)), ("لە نێوان ١٥ و ٢٠", (15, 20)), ("١٠ یان ١٢", (10, 12)), ("یەک", (1, 1)), ("دوو", (2, 2)),
    ("سێ", (3, 3)), ("چوار", (4, 4)), ("پێنج", (5, 5)), ("شەش", (6, 6)), ("حەوت", (7, 7)), ("هەشت", (8, 8)),
    ("نۆ", (9, 9)), ("دە", (10, 10)), ("بیست", (20, 20)), ("بیست و پێنج", (25, 25)), ("دوو سەد", (200, 200)),
    ("هەزار", (1000, 1000)), ("لانیکەم بیست", (20, None)), ("زیاتر لە دە", (11, None)), ("هیچ", (0, 0)),
])
def test_sorani_counts(text: str, count: tuple[int, int | None]) -> None:
    assert count_of(text) == count


@pytest.mark.parametrize(("text", "span"), [
    ("٢٨ی ئەیلوولی ٢٠٢٢", (D(2022, 9, 28), D(2022, 9, 28), "day")),
    ("لە ٢٨ی ئەیلوولی ساڵی ٢٠٢٢", (D(2022, 9, 28), D(2022, 9, 28), "day")),
    ("١ی کانوونی دووەمی ٢٠٢٣", (D(2023, 1, 1), D(2023, 1, 1), "day")),
    ("٣١ی کانوونی یەکەمی ٢٠٢٢", (D(2022, 12, 31), D(2022, 12, 31), "day")),
    ("١٥ی تشرینی یەکەمی ٢٠٢٢", (D(2022, 10, 15), D(2022, 10, 15), "day")),
    ("٣ی تشرینی دووەمی ٢٠٢٢", (D(2022, 11, 3), D(2022, 11, 3), "day")),
    ("١٠ی شوباتی ٢٠٢٢", (D(2022, 2, 10), D(2022, 2, 10), "day")),
    ("ئەیلوولی ٢٠٢٢", (D(2022, 9, 1), D(2022, 9, 30), "month")),
    ("سەرەتای ئەیلوولی ٢٠٢٢", (D(2022, 9, 1), D(2022, 9, 10), "range")),
    ("٢٨ بۆ ٣٠ی ئەیلوولی ٢٠٢٢", (D(2022, 9, 28), D(2022, 9, 30), "range")),
])
def test_sorani_dates(text: str, span: tuple[dt.date, dt.date, str]) -> None:
    assert span_of(text) == span


# --- Pashto number words -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "count"), [
    ("یو", (1, 1)), ("دوه", (2, 2)), ("درې", (3, 3)), ("څلور", (4, 4)), ("پنځه", (5, 5)), ("شپږ", (6, 6)),
    ("اووه", (7, 7)), ("اته", (8, 8)), ("نهه", (9, 9)), ("لس", (10, 10)), ("پنځلس", (15, 15)), ("شل", (20, 20)),
    ("پنځه ویشت", (25, 25)), ("یوویشت", (21, 21)), ("دېرش", (30, 30)), ("څلوېښت", (40, 40)), ("پنځوس", (50, 50)),
    ("سل", (100, 100)), ("دوه سوه", (200, 200)), ("زر", (1000, 1000)), ("درې زره", (3000, 3000)),
    ("لږ تر لږه شل", (20, None)), ("تر شلو زیات", (21, None)), ("له لسو څخه زیات", (11, None)),
    ("تر لسو کم", (0, 9)), ("له لسو تر شلو", (10, 20)), ("نږدې دېرش", (24, 36)),
])
def test_pashto_number_words(text: str, count: tuple[int, int | None]) -> None:
    assert count_of(text) == count


# --- Persian days of the week --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("شنبه ۱۵ مهر ۱۴۰۲", D(2023, 10, 7)), ("روز شنبه، ۱۵ مهر ۱۴۰۲", D(2023, 10, 7)),
    ("سه‌شنبه ۱۰ اکتبر ۲۰۲۳", D(2023, 10, 10)), ("سه شنبه ۱۸ مهر ۱۴۰۲", D(2023, 10, 10)),
    ("يكشنبه ۸ اکتبر ۲۰۲۳", D(2023, 10, 8)), ("یکشنبه ۱۷ اسد ۱۴۰۰", D(2021, 8, 8)),
])
def test_a_persian_day_of_the_week_before_a_date(text: str, day: dt.date) -> None:
    assert span_of(text) == (day, day, "day")


def test_a_persian_day_of_the_week_is_checked() -> None:
    with pytest.raises(NormalizeError, match="2023-10-07 was a Saturday, not a Thursday"):
        parse_date("پنجشنبه ۱۵ مهر ۱۴۰۲")
