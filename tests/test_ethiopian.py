"""Gaps found coding the Tigray war (November 2020 – November 2022) and the Amhara (Fano) conflict from the Ethiopian
government and army, the Tigray authorities and Dimtsi Weyane, the EHRC, the UN and the Amharic and Tigrinya press:
every date of the Ethiopian calendar was refused (``ጥቅምት 30 ቀን 2013 ዓ.ም.``, ``15 ሰነ 2013 ዓ.ም``, ``ሰኔ 15/2013``),
and so was a Gregorian date written in Amharic (``ኖቬምበር 4 2020``); a date in digits with ዓ.ም. was refused with the
Gregorian days its digits would be, not the day the source meant; every Tigrinya count was refused (``ልዕሊ 60``,
``ብውሑዱ 56``, ``ሸውዓተ``), as were the Amharic ``ከ600 የሚበልጡ`` and ``ወደ 80 የሚጠጉ``; no Amharic or Tigrinya event word
had a type (ጥቃት, የአየር ድብደባ, መጥቃዕቲ ድሮን); and a party's name with a preposition or the article written onto it
(የኢትዮጵያ, ጁንታው), or spelt with another of the letters Amharic says alike (ህወሃት for ሕወሓት), named no party."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.match import event_type
from reconcile.models import Party
from reconcile.normalize import (
    PartyResolver,
    _ethiopian_to_gregorian,
    _gregorian_to_ethiopian,
    format_date,
    parse_date,
)
from reconcile.places import similarity

from .readings import count_of, span_of

D = dt.date

# The months as Amharic and Tigrinya write them, apart from the tables they test.
AMHARIC_MONTHS = ("መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ",
                  "ጳጉሜ")
TIGRINYA_MONTHS = ("መስከረም", "ጥቅምቲ", "ሕዳር", "ታሕሳስ", "ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ",
                   "ነሓሰ", "ጳጉሜን")
TIGRINYA_UNITS = ("", "ሓደ", "ክልተ", "ሰለስተ", "ኣርባዕተ", "ሓሙሽተ", "ሽዱሽተ", "ሸውዓተ", "ሸሞንተ", "ትሽዓተ")
TIGRINYA_TENS = ("", "ዓሰርተ", "ዕስራ", "ሰላሳ", "ኣርብዓ", "ሓምሳ", "ስሳ", "ሰብዓ", "ሰማንያ", "ቴስዓ")

FIRST_DAY, LAST_DAY = D(1900, 1, 1), D(2100, 12, 31)
gregorian_days = st.dates(min_value=FIRST_DAY, max_value=LAST_DAY)


def _julian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """A Julian day of August or September of ``year`` (1800 to 2199) as its Gregorian day: the calendars then differ
    by the century's count of Julian leap years the Gregorian calendar drops."""
    return D(year, month, day) + dt.timedelta(days=year // 100 - year // 400 - 2)


def _oracle(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of an Ethiopian day, by another road than the code's: 1 Meskerem is 29 August of the Julian
    calendar, 30 August after an Ethiopian leap year (Pagume 6), in the Gregorian year ``year + 7``; every month
    before Pagume has 30 days."""
    new_year = _julian_to_gregorian(year + 7, 8, 30 if (year - 1) % 4 == 3 else 29)
    return new_year + dt.timedelta(days=30 * (month - 1) + day - 1)


def _refusal(text: str) -> str:
    with pytest.raises(NormalizeError) as refused:
        parse_date(text)
    return str(refused.value)


# --------------------------------------------------------------------------------------------------------------
# The calendar
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("ethiopian", "gregorian"), [
    ((2013, 1, 1), D(2020, 9, 11)),  # Enkutatash 2013
    ((2012, 1, 1), D(2019, 9, 12)),  # after the leap year 2011
    ((2011, 13, 6), D(2019, 9, 11)),  # Pagume 6 of a leap year
    ((2015, 13, 6), D(2023, 9, 11)),
    ((2016, 1, 1), D(2023, 9, 12)),
    ((2000, 1, 1), D(2007, 9, 12)),  # the Ethiopian millennium
    ((2013, 5, 1), D(2021, 1, 9)),  # Ter 1
    ((2012, 4, 28), D(2020, 1, 7)),  # Genna in a year after a leap year
    ((2013, 4, 29), D(2021, 1, 7)),  # Genna
    ((2012, 5, 11), D(2020, 1, 20)),  # Timkat after a leap year
    ((2013, 2, 30), D(2020, 11, 9)),  # Mai Kadra
    ((2013, 2, 24), D(2020, 11, 3)),  # the attack on the Northern Command
    ((2015, 2, 23), D(2022, 11, 2)),  # the Pretoria agreement
    ((1892, 1, 1), D(1899, 9, 11)),  # before March 1900, when the Julian calendar kept 29 February 1900
    ((2093, 13, 5), D(2101, 9, 11)),  # after 2100, which the Gregorian calendar keeps no 29 February in
])
def test_known_ethiopian_days(ethiopian: tuple[int, int, int], gregorian: dt.date) -> None:
    """Days whose Gregorian dates are known (feasts, new years, events of the war) convert both ways."""
    assert _ethiopian_to_gregorian(*ethiopian) == gregorian == _oracle(*ethiopian)
    assert _gregorian_to_ethiopian(gregorian) == ethiopian


@given(gregorian_days)
@example(D(1900, 1, 1)).via("the first day")
@example(D(1900, 3, 1)).via("after the Julian 29 February 1900")
@example(D(2019, 9, 11)).via("Pagume 6 2011")
@example(D(2100, 12, 31)).via("the last day")
def test_the_conversion_round_trips(day: dt.date) -> None:
    """Every Gregorian day from 1900 to 2100 is the Ethiopian day it converts to, which the oracle agrees with."""
    ethiopian = _gregorian_to_ethiopian(day)
    assert _ethiopian_to_gregorian(*ethiopian) == day == _oracle(*ethiopian)
    year, month, date = ethiopian
    assert 1 <= month <= 13
    assert 1 <= date <= (30 if month < 13 else 6 if year % 4 == 3 else 5)


@given(gregorian_days, gregorian_days)
def test_the_conversion_keeps_the_order_of_days(first: dt.date, second: dt.date) -> None:
    """The later Gregorian day is the later Ethiopian day (the Ethiopian dates compared as year, month, day)."""
    assert (first < second) == (_gregorian_to_ethiopian(first) < _gregorian_to_ethiopian(second))


def test_every_gregorian_day_from_1900_to_2100_is_reached_once() -> None:
    """The Ethiopian days of the years read, in calendar order, are the Gregorian days one after another: none twice,
    none left out."""
    days = [_ethiopian_to_gregorian(year, month, day) for year in range(1892, 2094) for month in range(1, 14)
            for day in range(1, (31 if month < 13 else 7 if year % 4 == 3 else 6))]
    assert days[0] == D(1899, 9, 11)
    assert days[-1] == D(2101, 9, 11)
    assert all(later - earlier == dt.timedelta(days=1) for earlier, later in itertools.pairwise(days))
    assert {day for day in days if FIRST_DAY <= day <= LAST_DAY} == {
        FIRST_DAY + dt.timedelta(days=n) for n in range((LAST_DAY - FIRST_DAY).days + 1)}


@given(gregorian_days, st.sampled_from(("amharic", "tigrinya")), st.booleans())
@example(D(2020, 11, 9), "amharic", False).via("Mai Kadra")
@example(D(2019, 9, 11), "tigrinya", True).via("Pagume 6")
def test_a_written_ethiopian_day_reads_as_its_gregorian_day(day: dt.date, language: str, day_first: bool) -> None:
    """An Ethiopian day written as Amharic (month, day, ቀን, year, ዓ.ም.) or Tigrinya (day, month, year, ዓ.ም) writes
    it reads as the Gregorian day it is, and the day's canonical form reads as that day again."""
    year, month, date = _gregorian_to_ethiopian(day)
    if language == "amharic":
        text = f"{date} {AMHARIC_MONTHS[month - 1]} {year} ዓ.ም." if day_first else (
            f"{AMHARIC_MONTHS[month - 1]} {date} ቀን {year} ዓ.ም.")
    else:
        text = f"{date} {TIGRINYA_MONTHS[month - 1]} {year} ዓ.ም" if day_first else (
            f"{TIGRINYA_MONTHS[month - 1]} {date} {year} ዓ/ም")
    span = parse_date(text)
    assert (span.start, span.end, span.precision, span.text) == (day, day, "day", text)
    assert span_of(format_date(span)) == (day, day, "day")


# --------------------------------------------------------------------------------------------------------------
# Dates as sources write them
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "reading"), [
    ("ጥቅምት 30 ቀን 2013 ዓ.ም.", (D(2020, 11, 9), D(2020, 11, 9), "day")),
    ("በጥቅምት 30 ቀን 2013 ዓ.ም.", (D(2020, 11, 9), D(2020, 11, 9), "day")),
    ("ጥቅምት 24/2013 ዓ.ም", (D(2020, 11, 3), D(2020, 11, 3), "day")),
    ("ሰኔ 15/2013", (D(2021, 6, 22), D(2021, 6, 22), "day")),
    ("ሰኔ 15 ቀን 2013 ዓ.ም.", (D(2021, 6, 22), D(2021, 6, 22), "day")),
    ("15 ሰነ 2013 ዓ.ም", (D(2021, 6, 22), D(2021, 6, 22), "day")),
    ("ብ15 ሰነ 2013 ዓ.ም", (D(2021, 6, 22), D(2021, 6, 22), "day")),
    ("ታኅሣሥ 29 ቀን 2014 ዓ.ም.", (D(2022, 1, 7), D(2022, 1, 7), "day")),
    ("ታህሳስ 29 ቀን 2014 ዓ.ም.", (D(2022, 1, 7), D(2022, 1, 7), "day")),
    ("ታሕሳስ 29 2014 ዓ.ም", (D(2022, 1, 7), D(2022, 1, 7), "day")),
    ("ነሐሴ 20 2014 ዓ.ም.", (D(2022, 8, 26), D(2022, 8, 26), "day")),
    ("ነሃሴ 20 2014 ዓ.ም.", (D(2022, 8, 26), D(2022, 8, 26), "day")),
    ("ሃምሌ 1 ቀን 2013 ዓ.ም", (D(2021, 7, 8), D(2021, 7, 8), "day")),
    ("በ2013 ዓ.ም. ጥቅምት 24", (D(2020, 11, 3), D(2020, 11, 3), "day")),
    ("ጥቅምት ፳፬ ቀን ፳፻፲፫ ዓ.ም.", (D(2020, 11, 3), D(2020, 11, 3), "day")),
    ("ጥቅምት 24፣ 2013 ዓ.ም።", (D(2020, 11, 3), D(2020, 11, 3), "day")),
    ("ማክሰኞ ጥቅምት 24 ቀን 2013 ዓ.ም.", (D(2020, 11, 3), D(2020, 11, 3), "day")),
    ("ማክሰኞ፣ ጥቅምት 24 ቀን 2013 ዓ.ም.", (D(2020, 11, 3), D(2020, 11, 3), "day")),
    ("ሰሉስ 24 ጥቅምቲ 2013 ዓ.ም", (D(2020, 11, 3), D(2020, 11, 3), "day")),
    ("ማክሰኞ ጥቅምት ፳፬ ቀን ፳፻፲፫ ዓ.ም.", (D(2020, 11, 3), D(2020, 11, 3), "day")),
    ("ጥቅምት 2013 ዓ.ም.", (D(2020, 10, 11), D(2020, 11, 9), "month")),
    ("ጳጉሜ 2011 ዓ.ም.", (D(2019, 9, 6), D(2019, 9, 11), "month")),
    ("2013 ዓ.ም.", (D(2020, 9, 11), D(2021, 9, 10), "year")),
    ("በጥቅምት ወር መጨረሻ 2013 ዓ.ም.", (D(2020, 10, 31), D(2020, 11, 9), "range")),
    ("በጥቅምት መጀመሪያ 2013 ዓ.ም.", (D(2020, 10, 11), D(2020, 10, 20), "range")),
    ("መወዳእታ ጥቅምቲ 2013 ዓ.ም", (D(2020, 10, 31), D(2020, 11, 9), "range")),
    ("ከጥቅምት 30 እስከ ኅዳር 1 ቀን 2013 ዓ.ም.", (D(2020, 11, 9), D(2020, 11, 10), "range")),
    ("ጥቅምት 24-25 ቀን 2013 ዓ.ም.", (D(2020, 11, 3), D(2020, 11, 4), "range")),
    ("ጥቅምት 24 እና 25 ቀን 2013 ዓ.ም.", (D(2020, 11, 3), D(2020, 11, 4), "range")),
    ("ካብ 24 ክሳብ 25 ጥቅምቲ 2013 ዓ.ም", (D(2020, 11, 3), D(2020, 11, 4), "range")),
    ("ጥር 1 2013", (D(2021, 1, 9), D(2021, 1, 9), "day")),
])
def test_ethiopian_dates_read_as_their_gregorian_days(text: str, reading: tuple[dt.date, dt.date, str]) -> None:
    """Dates of the Ethiopian calendar with the month named, as Amharic and Tigrinya statements write them."""
    assert span_of(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    ("ኖቬምበር 4 2020", (D(2020, 11, 4), D(2020, 11, 4), "day")),
    ("እ.ኤ.አ. ኖቬምበር 4 2020", (D(2020, 11, 4), D(2020, 11, 4), "day")),
    ("4 ኖቬምበር 2020", (D(2020, 11, 4), D(2020, 11, 4), "day")),
    ("ኖቬምበር 4-5 2020", (D(2020, 11, 4), D(2020, 11, 5), "range")),
    ("ጃንዋሪ 2022", (D(2022, 1, 1), D(2022, 1, 31), "month")),
    ("ማክሰኞ ኖቬምበር 3 2020", (D(2020, 11, 3), D(2020, 11, 3), "day")),
])
def test_gregorian_dates_in_amharic(text: str, reading: tuple[dt.date, dt.date, str]) -> None:
    """Amharic names the Gregorian months after their English names: such a date is the Gregorian date."""
    assert span_of(text) == reading


def test_an_ethiopian_month_with_the_gregorian_era_is_refused() -> None:
    """እ.ኤ.አ. says the year is Gregorian, the month's name the Ethiopian calendar: one of them is a slip."""
    assert _refusal("ጥቅምት 24 2013 እ.ኤ.አ.") == (
        "cannot read a date from 'ጥቅምት 24 2013 እ.ኤ.አ.': its month is one of the Ethiopian calendar, but እ.ኤ.አ. says "
        "the year is Gregorian; write the Gregorian date, as 2012-06-04")


@pytest.mark.parametrize(("text", "ethiopian", "gregorian", "days"), [
    ("ነሓሰ 20 2014", "Nehase", "August", ("2022-08-26", "2014-08-20")),
    ("24 ጥቅምቲ 2013", "Tikimt", "October", ("2020-11-03", "2013-10-24")),
    ("መስከረም 1 2013", "Meskerem", "September", ("2020-09-11", "2013-09-01")),
    ("ኅዳር 1 2013", "Hidar", "November", ("2020-11-10", "2013-11-01")),
])
def test_a_month_eritrea_names_alike_needs_the_era(text: str, ethiopian: str, gregorian: str,
                                                   days: tuple[str, str]) -> None:
    """Eritrea gives the Gregorian months the Tigrinya names of the Ethiopian months (ጥቅምቲ is October in Asmara):
    without ዓ.ም. such a date is refused with both readings, never read as either; a day names the day of each."""
    assert _refusal(text) == (
        f"cannot read a date from {text!r}: the month's name is Tigrinya's for {ethiopian} of the Ethiopian calendar, "
        f"as Tigray dates, and for {gregorian} of the Gregorian calendar, as Eritrea dates ({days[0]} by the "
        f"Ethiopian calendar, {days[1]} by the Gregorian); write ዓ.ም. after the year if the source counts Ethiopian "
        f"years, else the Gregorian date, as {days[1]}")
    assert span_of(f"{text} ዓ.ም.") == (dt.date.fromisoformat(days[0]),) * 2 + ("day",)


def test_a_date_in_digits_with_the_ethiopian_era_names_its_gregorian_day() -> None:
    """Digits do not say the order of day and month: refused as before, and ዓ.ም. adds the Gregorian day of each
    order that is an Ethiopian day."""
    assert _refusal("24/02/2013 ዓ.ም.") == (
        "cannot read a date from '24/02/2013 ዓ.ም.': dates in digits are refused, as sources differ on whether the day "
        "or the month comes first; only 24 February 2013 is a date here, but sources mix the orders: check that it is "
        "the day meant and write 2013-02-24; the text says ዓ.ም., the Ethiopian calendar, where it is 24 Tikimt 2013, "
        "that is 2020-11-03: write the Gregorian day, or the month by its name (as 'ጥቅምት 24 ቀን 2013 ዓ.ም.'), which is "
        "read as Ethiopian")
    assert "it is 3 Tikimt 2013, that is 2020-10-13 or 2 Hidar 2013, that is 2020-11-11:" in _refusal(
        "03/02/2013 ዓ.ም.")
    assert _refusal("2013-03-01 ዓ.ም.") == (
        "cannot read a date from '2013-03-01 ዓ.ም.': dates in digits are refused; the text says ዓ.ም., the Ethiopian "
        "calendar, where it is 1 Hidar 2013, that is 2020-11-10: write the Gregorian day, or the month by its name (as "
        "'ጥቅምት 24 ቀን 2013 ዓ.ም.'), which is read as Ethiopian")


@pytest.mark.parametrize(("text", "message"), [
    ("ጳጉሜ 6 2012 ዓ.ም.", "impossible date 'ጳጉሜ 6 2012 ዓ.ም.': Pagume 2012 (Ethiopian calendar) has 5 days"),
    ("ሃምሌ 31 2013", "impossible date 'ሃምሌ 31 2013': Hamle 2013 (Ethiopian calendar) has 30 days"),
    ("ጥቅምት 24 1800 ዓ.ም.", "cannot read a date from 'ጥቅምት 24 1800 ዓ.ም.': Ethiopian years are read from 1892 to 2093; "
                           "write the Gregorian date, as 2012-06-04"),
    ("ረቡዕ ጥቅምት 24 ቀን 2013 ዓ.ም.", "cannot read a date from 'ረቡዕ ጥቅምት 24 ቀን 2013 ዓ.ም.': the day of the week does "
                                  "not fit the date; write the date without it, after checking the date: 2020-11-03 "
                                  "was a Tuesday, not a Wednesday"),
    ("ኅዳር 2013 ዓ.ም. መጨረሻ", None),
])
def test_ethiopian_dates_that_are_none_are_refused(text: str, message: str | None) -> None:
    """A day the month does not have, a year outside those read, a day of the week that does not fit."""
    refused = _refusal(text)
    assert message is None or refused == message


def test_ethiopic_numerals_without_an_ethiopian_month_are_still_refused() -> None:
    """Ethiopic numerals count Ethiopian days and years: without the month named they are no Gregorian year."""
    assert _refusal("፳፻፲፫").startswith("cannot read a date from '፳፻፲፫': Ethiopic numerals are read only in a date "
                                       "of the Ethiopian calendar with its month named")


# --------------------------------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "english"), [
    ("ልዕሊ 60", "more than 60"), ("ልዕሊ ፷", "more than 60"), ("ብውሑዱ 56", "at least 56"), ("ክሳብ 100", "up to 100"),
    ("ትሕቲ 10", "fewer than 10"), ("ኣስታት 180", "about 180"), ("አስታት 180", "about 180"), ("ዳርጋ 50", "nearly 50"),
    ("10 ወይ 12", "10 or 12"), ("ካብ 10 ክሳብ 20", "10 to 20"), ("ካብ 100 ንላዕሊ", "more than 100"),
    ("ካብ100 ንላዕሊ", "more than 100"), ("ካብ 100 ዝበዝሑ", "more than 100"), ("ካብ 100 ንታሕቲ", "fewer than 100"),
    ("ብዙሓት", "many"), ("ውሑዳት", "a few"), ("ዓሰርተታት", "tens"), ("ሚእቲታት", "hundreds"),
    ("ብሚእቲታት ዝቑጸሩ", "hundreds"), ("ኣሽሓት", "thousands"), ("ብኣሽሓት ዝቑጸሩ", "thousands"),
    ("ሸውዓተ", "7"), ("ዓሰርተ ሓደ", "11"), ("ዕስራን ሓሙሽተን", "25"), ("ዕስራ ሓሙሽተ", "25"), ("ሚእቲ", "100"),
    ("ክልተ ሚእቲ", "200"), ("ሰለስተ ሽሕ", "3000"), ("ልዕሊ ሚእቲ", "more than 100"), ("ብውሑዱ ሸውዓተ", "at least 7"),
])
def test_tigrinya_counts_read_as_english(text: str, english: str) -> None:
    """Tigrinya bounds, ranges, vague words and number words, with digits or Ethiopic numerals."""
    assert count_of(text) == count_of(english)


@pytest.mark.parametrize(("text", "english"), [
    ("ከ600 የሚበልጡ", "more than 600"), ("ከ 600 የሚበልጡ", "more than 600"), ("ወደ 80 የሚጠጉ", "nearly 80"),
    ("ወደ ፹ የሚጠጉ", "nearly 80"),
])
def test_more_amharic_bounds(text: str, english: str) -> None:
    """The Amharic "which exceed" and "which approach" around the number."""
    assert count_of(text) == count_of(english)


@given(st.integers(min_value=1, max_value=99), st.booleans())
def test_every_tigrinya_number_below_a_hundred_reads(number: int, joined: bool) -> None:
    """A ten and a unit side by side, or each with ን (and), are the number they add up to."""
    tens, unit = divmod(number, 10)
    if not tens or not unit:
        text = TIGRINYA_TENS[tens] if not unit else TIGRINYA_UNITS[unit]
    else:
        text = (f"{TIGRINYA_TENS[tens]}ን {TIGRINYA_UNITS[unit]}ን" if joined else
                f"{TIGRINYA_TENS[tens]} {TIGRINYA_UNITS[unit]}")
    assert count_of(text) == (number, number)
    assert count_of(f"ልዕሊ {text}") == (number + 1, None)


# Amharic number words as the press writes them, apart from the tables they test; each spelling of a word that
# differs only in the letters Amharic says alike stands beside the first.
AMHARIC_UNITS = ("", "አንድ", "ሁለት", "ሦስት|ሶስት", "አራት", "አምስት", "ስድስት", "ሰባት", "ስምንት", "ዘጠኝ")
AMHARIC_TENS = ("", "አሥር|አስር|ዐሥር", "ሃያ|ሀያ", "ሠላሳ|ሰላሳ", "አርባ", "ሃምሳ|ሀምሳ", "ስልሳ|ስድሳ", "ሰባ", "ሰማንያ", "ዘጠና")


def _amharic(number: int, spelling: int) -> str:
    """``number`` (1 to 999,999) in Amharic words: the thousands and ሺህ (ሺ), the hundreds and መቶ (a hundred alone
    as መቶ), then the ten (አሥራ before a unit) and the unit; ``spelling`` picks among the spellings of each word."""

    def word(forms: str) -> str:
        choices = forms.split("|")
        return choices[spelling % len(choices)]

    thousands, rest = divmod(number, 1000)
    hundreds, small = divmod(rest, 100)
    tens, unit = divmod(small, 10)
    words = [*([_amharic(thousands, spelling), word("ሺህ|ሺ")] if thousands else []),
             *([word(AMHARIC_UNITS[hundreds]), "መቶ"] if hundreds > 1 else ["መቶ"] if hundreds else [])]
    if tens:
        words.append(word("አሥራ|አስራ") if tens == 1 and unit else word(AMHARIC_TENS[tens]))
    if unit:
        words.append(word(AMHARIC_UNITS[unit]))
    return " ".join(words)


@given(st.integers(min_value=1, max_value=999_999), st.integers(min_value=0, max_value=2))
@example(25, 0).via("ሃያ አምስት")
@example(200, 0).via("ሁለት መቶ")
@example(15, 1).via("አስራ አምስት")
@example(1000, 1).via("ሺ")
@example(100_000, 0).via("መቶ ሺህ")
def test_every_amharic_number_reads(number: int, spelling: int) -> None:
    """An Amharic number in words, in any of the spellings of the letters Amharic says alike, is the number it says:
    alone, after a bound, and with ከ (than) written onto it before በላይ (above)."""
    text = _amharic(number, spelling)
    assert count_of(text) == (number, number)
    assert count_of(f"ቢያንስ {text}") == (number, None)
    assert count_of(f"ከ{text} በላይ") == (number + 1, None)


@pytest.mark.parametrize(("text", "english"), [
    ("ሃያ አምስት", "25"), ("ሁለት መቶ", "200"), ("መቶ ሃምሳ", "150"), ("ሦስት ሺህ", "3000"), ("አሥራ ሁለት", "12"),
    ("ከአሥር እስከ ሃያ", "10 to 20"), ("ከ10 እስከ ሃያ", "10 to 20"), ("ሃያ ወይም ሠላሳ", "20 or 30"),
    ("ሁለት ወይም ሦስት መቶ", "200 to 300"), ("ከመቶ የሚበልጡ", "more than 100"), ("ወደ ሰማንያ የሚጠጉ", "nearly 80"),
    ("ከሁለት መቶ በታች", "fewer than 200"), ("እስከ ሃምሳ", "up to 50"), ("በግምት ሠላሳ", "about 30"),
])
def test_amharic_number_words_in_counts(text: str, english: str) -> None:
    """Amharic number words in the bounds and ranges Amharic counts are written in, with ከ (from, than) written onto
    the number as it is onto digits."""
    assert count_of(text) == count_of(english)


def test_a_tigrinya_count_with_a_noun_is_refused() -> None:
    """As in English, a noun after the figure is for the quote."""
    with pytest.raises(NormalizeError, match="write 'ብዙሓት' and keep the source's words in the quote"):
        count_of("ብዙሓት ሰባት")


# --------------------------------------------------------------------------------------------------------------
# Event words and parties
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("ጥቃት", "clash"), ("ግጭት", "clash"), ("ውጊያ", "clash"), ("ውግእ", "clash"), ("መጥቃዕቲ", "clash"),
    ("ጦርነት", "clash"), ("የአየር ጥቃት", "shelling"), ("የአየር ድብደባ", "shelling"), ("ድብደባ ነፋሪት", "shelling"),
    ("የድሮን ጥቃት", "shelling"), ("መጥቃዕቲ ድሮን", "shelling"), ("ብድሮን ዝተፈጸመ መጥቃዕቲ", "shelling"),
    ("የከባድ መሳሪያ ድብደባ", "shelling"), ("ሰው አልባ አውሮፕላን ጥቃት", "shelling"), ("የቦምብ ፍንዳታ", "bombing"),
    ("ፈንጂ", "mine"), ("ተኩስ", "shooting"), ("ተኹሲ", "shooting"), ("ወረራ", "incursion"), ("እገታ", "abduction"),
    ("ጭፍጨፋ", "casualty"),
    ("ግድያ", "casualty"), ("ምርመራ", "monitoring"),
])
def test_amharic_and_tigrinya_event_words(text: str, kind: str) -> None:
    """The event words of Ethiopian and Tigrayan statements, with the prepositions written onto them."""
    assert event_type(text) == kind


@pytest.fixture
def parties() -> PartyResolver:
    return PartyResolver([
        Party(id="ethiopia", name="Ethiopia", aliases=("ኢትዮጵያ", "የኢትዮጵያ መከላከያ ሰራዊት")),
        Party(id="tplf", name="TPLF", aliases=("ሕወሓት", "ጁንታ", "ሰራዊት ትግራይ")),
        Party(id="eritrea", name="Eritrea", aliases=("ኤርትራ",)),
    ])


@pytest.mark.parametrize(("text", "party"), [
    ("የኢትዮጵያ", "ethiopia"), ("ህወሓት", "tplf"), ("ህወሃት", "tplf"), ("በሕወሓት", "tplf"), ("ጁንታው", "tplf"),
    ("በጁንታው", "tplf"), ("ብሰራዊት ትግራይ", "tplf"), ("ከኤርትራ", "eritrea"),
])
def test_party_names_with_amharic_and_tigrinya_affixes(parties: PartyResolver, text: str, party: str) -> None:
    """A preposition or the article written onto a name, or a letter Amharic says alike, names the party."""
    assert parties.resolve(text) == party


def test_an_ethiopic_word_that_is_no_name_stays_unknown(parties: PartyResolver) -> None:
    """Taking the syllables off must leave a name: በርሀ (a person's name) names no party."""
    with pytest.raises(NormalizeError, match="unknown party 'በርሀ'"):
        parties.resolve("በርሀ")


@pytest.mark.parametrize(("ethiopic", "latin"), [
    ("መቐለ", "Mekelle"), ("መቐለ", "Mek'ele"), ("ሽረ", "Shire"), ("ዓዲግራት", "Adigrat"), ("ሑመራ", "Humera"),
    ("ማይካድራ", "Mai Kadra"), ("በማይካድራ", "Mai Kadra"), ("ቶጎጋ", "Togoga"), ("ደደቢት", "Dedebit"),
    ("ፍኖተ ሰላም", "Finote Selam"), ("ሽረ እንዳሥላሴ", "Shire Inda Selassie"), ("ሓውዜን", "Hawzien"),
])
def test_ethiopic_place_names_meet_their_romanizations(ethiopic: str, latin: str) -> None:
    """The places of the case, in Ethiopic and in the romanizations of the press, are one name (a guard: the place
    matcher read them so before)."""
    assert similarity(ethiopic, latin) >= 0.76


ETHIOPIAN_PIECES = (*AMHARIC_MONTHS, *TIGRINYA_MONTHS, "ቀን", "ዓ.ም.", "ዓ/ም", "እ.ኤ.አ.", "ከ", "እስከ", "ካብ", "ክሳብ", "እና",
                    "መጨረሻ", "መጀመርታ", "ማክሰኞ", "በ", "ብ", "-", "/", "፣", "30", "31", "6", "2013", "0", "፳", "፻", "2100",
                    "ኖቬምበር")


@given(st.lists(st.sampled_from(ETHIOPIAN_PIECES), max_size=8), st.sampled_from((" ", "")))
@example(["ጳጉሜ", "መጨረሻ", "2013", "ዓ.ም."], " ").via("a part of Pagume")
@example(["ጥቅምት", "0", "2013"], " ").via("day 0")
def test_any_ethiopian_date_text_reads_or_is_refused_with_a_message(pieces: list[str], joiner: str) -> None:
    """Words of Ethiopian dates in any order read as a span or are refused with a NormalizeError, never an internal
    error."""
    text = joiner.join(pieces)
    try:
        span = parse_date(text)
    except NormalizeError:
        return
    assert span.start <= span.end
