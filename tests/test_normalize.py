"""Tests of the pure normalization functions: dates, counts, party names."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import normalize
from reconcile.errors import NormalizeError
from reconcile.models import UNKNOWN, Count, DateSpan, Party
from reconcile.normalize import (
    MAX_COUNT,
    VAGUE,
    PartyResolver,
    format_count,
    format_date,
    parse_count,
    parse_date,
    parse_stated,
)

DOC = Path(__file__).resolve().parents[1] / "docs" / "normalization.md"
D = dt.date


def _bare(value: DateSpan | Count) -> DateSpan | Count:
    """The value without its source text, for comparisons that ignore it."""
    return attrs.evolve(value, text="")


# ---------------------------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------------------------

DATES = [
    ("2012-06-04", D(2012, 6, 4), D(2012, 6, 4), "day"),
    ("2012-6-4", D(2012, 6, 4), D(2012, 6, 4), "day"),
    ("2012-06", D(2012, 6, 1), D(2012, 6, 30), "month"),
    ("2012-02", D(2012, 2, 1), D(2012, 2, 29), "month"),
    ("2012-06-04/2012-06-05", D(2012, 6, 4), D(2012, 6, 5), "range"),
    ("2012-06-04 / 2012-06-05", D(2012, 6, 4), D(2012, 6, 5), "range"),
    ("2012-06-04/2012-07", D(2012, 6, 4), D(2012, 7, 31), "range"),
    ("2012-06/2012-07", D(2012, 6, 1), D(2012, 7, 31), "range"),
    ("2012-06-04/2012-06-04", D(2012, 6, 4), D(2012, 6, 4), "day"),
    ("4 June 2012", D(2012, 6, 4), D(2012, 6, 4), "day"),
    ("June 4, 2012", D(2012, 6, 4), D(2012, 6, 4), "day"),
    ("4 Jun 2012", D(2012, 6, 4), D(2012, 6, 4), "day"),
    ("June 4 2012", D(2012, 6, 4), D(2012, 6, 4), "day"),
    ("4th June 2012", D(2012, 6, 4), D(2012, 6, 4), "day"),
    ("1st March 2012", D(2012, 3, 1), D(2012, 3, 1), "day"),
    ("the 4th of June 2012", D(2012, 6, 4), D(2012, 6, 4), "day"),
    ("04-Jun-2012", D(2012, 6, 4), D(2012, 6, 4), "day"),
    ("Jun. 4th, 2012", D(2012, 6, 4), D(2012, 6, 4), "day"),
    ("Sept 3, 2012", D(2012, 9, 3), D(2012, 9, 3), "day"),
    ("  JUNE   4 ,  2012 ", D(2012, 6, 4), D(2012, 6, 4), "day"),
    ("4\u00a0June\u00a02012", D(2012, 6, 4), D(2012, 6, 4), "day"),
    ("June 2012", D(2012, 6, 1), D(2012, 6, 30), "month"),
    ("june, 2012", D(2012, 6, 1), D(2012, 6, 30), "month"),
    ("early June 2012", D(2012, 6, 1), D(2012, 6, 10), "range"),
    ("beginning of June 2012", D(2012, 6, 1), D(2012, 6, 10), "range"),
    ("mid-June 2012", D(2012, 6, 11), D(2012, 6, 20), "range"),
    ("mid June 2012", D(2012, 6, 11), D(2012, 6, 20), "range"),
    ("mid–July 2020", D(2020, 7, 11), D(2020, 7, 20), "range"),
    ("mid—July 2020", D(2020, 7, 11), D(2020, 7, 20), "range"),
    ("middle of July 2020", D(2020, 7, 11), D(2020, 7, 20), "range"),
    ("late April 2012", D(2012, 4, 21), D(2012, 4, 30), "range"),
    ("late February 2012", D(2012, 2, 21), D(2012, 2, 29), "range"),
    ("end of June 2012", D(2012, 6, 21), D(2012, 6, 30), "range"),
    ("2012", D(2012, 1, 1), D(2012, 12, 31), "year"),
    ("4-5 June 2012", D(2012, 6, 4), D(2012, 6, 5), "range"),
    ("4–5 June 2012", D(2012, 6, 4), D(2012, 6, 5), "range"),
    ("4 to 5 June 2012", D(2012, 6, 4), D(2012, 6, 5), "range"),
    ("between 4 and 5 June 2012", D(2012, 6, 4), D(2012, 6, 5), "range"),
    ("June 4-5, 2012", D(2012, 6, 4), D(2012, 6, 5), "range"),
    ("25 April – 7 June 2012", D(2012, 4, 25), D(2012, 6, 7), "range"),
    ("25 April - June 2012", D(2012, 4, 25), D(2012, 6, 30), "range"),
    ("April 25 to June 7, 2012", D(2012, 4, 25), D(2012, 6, 7), "range"),
    ("30 December 2011 - 2 January 2012", D(2011, 12, 30), D(2012, 1, 2), "range"),
    ("2012-06-04 - 2012-06-05", D(2012, 6, 4), D(2012, 6, 5), "range"),
    ("4-4 June 2012", D(2012, 6, 4), D(2012, 6, 4), "day"),
]


@pytest.mark.parametrize(("text", "start", "end", "precision"), DATES)
def test_parse_date_forms(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    """Each accepted date form reads as its interval and precision."""
    assert parse_date(text) == DateSpan(start, end, precision, text)  # type: ignore[arg-type]


def test_parse_date_keeps_the_original_text() -> None:
    """The span's text is the value exactly as given, spaces and case included."""
    assert parse_date(" Mid-June 2012 ").text == " Mid-June 2012 "


def test_parse_date_of_a_date_object() -> None:
    """A datetime.date (as YAML reads 2012-06-04) is that day, with its ISO form as text."""
    assert parse_date(D(2012, 6, 4)) == DateSpan(D(2012, 6, 4), D(2012, 6, 4), "day", "2012-06-04")


def test_parse_date_of_an_int_year() -> None:
    """An int of four digits (as YAML reads 2012) is that year."""
    assert parse_date(2012) == DateSpan(D(2012, 1, 1), D(2012, 12, 31), "year", "2012")


DATE_ERRORS = [
    (
        "Junr 4, 2012",
        "cannot read a date from 'Junr 4, 2012'; expected 2012-06-04, 2012-06, 2012-06-04/2012-06-05, 4 June 2012, "
        "June 4, 2012, June 2012, early/mid/late June 2012, 4-5 June 2012 or 2012",
    ),
    ("2012-02-30", "impossible date '2012-02-30': February 2012 has 29 days"),
    ("31 June 2012", "impossible date '31 June 2012': June 2012 has 30 days"),
    ("2012-13", "impossible date '2012-13': there is no month 13"),
    ("2012-06-00", "impossible date '2012-06-00': there is no day 0"),
    ("0000-01-01", "impossible date '0000-01-01': there is no year 0"),
    ("2012-06-05/2012-06-04", "date range '2012-06-05/2012-06-04' ends before it starts"),
    ("5-4 June 2012", "date range '5-4 June 2012' ends before it starts"),
    (dt.datetime(2012, 6, 4, 14, 0), "expected a day without a time of day, got '2012-06-04T14:00:00'"),
    (3.5, "expected a date as text or an ISO date, got 3.5"),
    (12, "expected a date as text or an ISO date, got 12"),
]


@pytest.mark.parametrize(("value", "message"), DATE_ERRORS)
def test_parse_date_errors(value: object, message: str) -> None:
    """A bad date raises NormalizeError with a stable message that shows the value."""
    with pytest.raises(NormalizeError) as info:
        parse_date(value)
    assert str(info.value) == message


@pytest.mark.parametrize(
    "text", ["", "June 4", "04/06/2012", "4.6.2012", "early 2012", "2012-06-04T10:00", "Maart 2012", "4 - June 2012"]
)
def test_parse_date_refuses_unlisted_forms(text: str) -> None:
    """Forms outside the documented list are refused rather than guessed."""
    with pytest.raises(NormalizeError, match=r"^cannot read a date from "):
        parse_date(text)


def test_parse_date_refuses_long_text() -> None:
    """A text longer than any date form (a pasted paragraph) is refused without trying every split."""
    with pytest.raises(NormalizeError, match=r"^cannot read a date from "):
        parse_date("4-5 June 2012 " * 20)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2012-06-04", D(2012, 6, 4)), (" 2012-06-04 ", D(2012, 6, 4)), (D(2012, 6, 4), D(2012, 6, 4))],
)
def test_parse_stated_reads_one_iso_day(value: object, expected: dt.date) -> None:
    """The statement date is one ISO day, as text or as a date."""
    assert parse_stated(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("4 June 2012", "expected the statement date as one ISO day like 2012-06-04, got '4 June 2012'; it reads as "
                        "2012-06-04: write that"),
        ("2012-06", "expected the statement date as one ISO day like 2012-06-04, got '2012-06'"),
        ("14/09/2022", "expected the statement date as one ISO day like 2012-06-04, got '14/09/2022'; dates in digits "
                       "are refused, as sources differ on whether the day or the month comes first; only 14 September "
                       "2022 is a date here, but sources mix the orders: check that it is the day meant and write "
                       "2022-09-14"),
        ("04/06/2012", "expected the statement date as one ISO day like 2012-06-04, got '04/06/2012'; dates in digits "
                       "are refused, as sources differ on whether the day or the month comes first: 4 June 2012 or 6 "
                       "April 2012? write 2012-06-04 or 2012-04-06, as the source meant"),
        (None, "expected the statement date as one ISO day like 2012-06-04, got None"),
        ("2012-02-30", "impossible date '2012-02-30': February 2012 has 29 days"),
    ],
)
def test_parse_stated_errors(value: object, message: str) -> None:
    """Anything but one possible ISO day is an error with a stable message."""
    with pytest.raises(NormalizeError) as info:
        parse_stated(value)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (DateSpan(D(2012, 6, 4), D(2012, 6, 4), "day"), "2012-06-04"),
        (DateSpan(D(2012, 6, 1), D(2012, 6, 30), "month"), "2012-06"),
        (DateSpan(D(2012, 1, 1), D(2012, 12, 31), "year"), "2012"),
        (DateSpan(D(2012, 6, 11), D(2012, 6, 20), "range"), "2012-06-11/2012-06-20"),
        (DateSpan(D(12, 6, 4), D(12, 6, 4), "day"), "0012-06-04"),
        (DateSpan(D(2012, 6, 1), D(2012, 6, 30), "range"), "2012-06-01/2012-06-30"),
        (DateSpan(D(2012, 6, 2), D(2012, 6, 30), "month"), "2012-06-02/2012-06-30"),
    ],
)
def test_format_date(span: DateSpan, text: str) -> None:
    """A span is written in its canonical form, and as an interval when its precision does not fit its days."""
    assert format_date(span) == text


_DAYS = st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31))


@st.composite
def _spans(draw: st.DrawFn) -> DateSpan:
    """Spans of the kinds parse_date produces: any day, calendar month or year, or a range of two days or more."""
    precision = draw(st.sampled_from(["day", "month", "year", "range"]))
    if precision == "day":
        day = draw(_DAYS)
        return DateSpan(day, day, "day")
    if precision == "month":
        year, month = draw(st.integers(1, 9999)), draw(st.integers(1, 12))
        return DateSpan(D(year, month, 1), D(year, month, calendar.monthrange(year, month)[1]), "month")
    if precision == "year":
        year = draw(st.integers(1, 9999))
        return DateSpan(D(year, 1, 1), D(year, 12, 31), "year")
    start, end = sorted(draw(st.lists(_DAYS, min_size=2, max_size=2, unique=True)))
    return DateSpan(start, end, "range")


@given(_spans())
@example(DateSpan(D(9999, 12, 1), D(9999, 12, 31), "month"))
@example(DateSpan(D(1, 1, 1), D(1, 12, 31), "year"))
def test_format_date_round_trips(span: DateSpan) -> None:
    """Reading the canonical text of a span gives the span back, apart from its text."""
    assert _bare(parse_date(format_date(span))) == span


_DATE_TOKENS = (
    "2012 06 4 4th june Jun. sept feb 30 31 0 - – / , of the early mid late end to and between 2012-06-04 2012-02"
)
_DATE_WORDS = st.sampled_from([*_DATE_TOKENS.split(), "9999", "0000", " "])
_DATE_TEXTS = st.one_of(
    st.text(),
    st.lists(_DATE_WORDS, max_size=8).map(" ".join),
    st.lists(_DATE_WORDS, max_size=8).map("".join),
)


@given(_DATE_TEXTS)
@example("31 - 30 June 2012")
@example("0000")
def test_parse_date_is_total(text: str) -> None:
    """On any text, parse_date returns a valid span or raises NormalizeError, never another exception."""
    try:
        span = parse_date(text)
    except NormalizeError:
        return
    assert span.start <= span.end
    assert span.text == text


@given(_DATE_TEXTS)
def test_parse_date_is_deterministic(text: str) -> None:
    """Reading the same text twice gives the same result (or the same error)."""
    try:
        first: object = parse_date(text)
    except NormalizeError as error:
        first = str(error)
    try:
        second: object = parse_date(text)
    except NormalizeError as error:
        second = str(error)
    assert first == second


# ---------------------------------------------------------------------------------------------------------------
# Counts
# ---------------------------------------------------------------------------------------------------------------

COUNTS: list[tuple[object, int, int | None]] = [
    (3, 3, 3),
    (0, 0, 0),
    (MAX_COUNT, MAX_COUNT, MAX_COUNT),
    ("3", 3, 3),
    (" 03 ", 3, 3),
    ("1,200", 1200, 1200),
    ("12 000", 12000, 12000),  # thousands grouped by a space, a no-break space or a narrow no-break space
    ("12\u00a0000", 12000, 12000),
    ("1\u202f200", 1200, 1200),
    ("1 000 to 2 000", 1000, 2000),
    ("over 1 000", 1001, None),
    ("1 000+", 1000, None),
    ("٣", 3, 3),
    ("zero", 0, 0),
    ("three", 3, 3),
    ("Twenty", 20, 20),
    ("twenty-one", 21, 21),
    ("twenty one", 21, 21),
    ("ninety-nine", 99, 99),
    ("a hundred", 100, 100),
    ("one hundred and five", 105, 105),
    ("two hundred thirty", 230, 230),
    ("a thousand", 1000, 1000),
    ("two thousand and five", 2005, 2005),
    ("one", 1, 1),
    ("a", 1, 1),
    ("an", 1, 1),
    ("15 to 20", 15, 20),
    ("15-20", 15, 20),
    ("15–20", 15, 20),
    ("15 — 20", 15, 20),
    ("between 15 and 20", 15, 20),
    ("from 15 to 20", 15, 20),
    ("15 or 16", 15, 16),
    ("three to five", 3, 5),
    ("twenty-one-twenty-five", 21, 25),
    ("between one hundred and five and one hundred and ten", 105, 110),
    ("at least 4", 4, None),
    ("at least three", 3, None),
    ("4+", 4, None),
    ("4 or more", 4, None),
    ("no fewer than 4", 4, None),
    ("more than 10", 11, None),
    ("over 10", 11, None),
    ("more than a hundred", 101, None),
    ("up to 6", 0, 6),
    ("at most 6", 0, 6),
    ("6 or fewer", 0, 6),
    ("fewer than 5", 0, 4),
    ("less than 5", 0, 4),
    ("fewer than one", 0, 0),
    ("about 10", 8, 12),
    ("around 10", 8, 12),
    ("approximately 10", 8, 12),
    ("some 10", 8, 12),
    ("roughly ten", 8, 12),
    ("c. 10", 8, 12),
    ("~10", 8, 12),
    ("10 or so", 8, 12),
    ("about 100", 80, 120),
    ("about 3", 2, 4),
    ("about 1", 1, 1),
    ("about 0", 0, 0),
    ("nearly 10", 8, 10),
    ("almost 10", 8, 10),
    ("dozens", 24, None),
    ("a dozen", 10, 14),
    ("two dozen", 19, 29),
    ("2 Dozen", 19, 29),
    ("one dozen", 10, 14),
    ("twenty-one dozen", 202, 302),
    ("about two dozen", 19, 29),
    ("some two dozen", 19, 29),
    ("two dozen or so", 19, 29),
    ("more than a dozen", 13, None),
    ("over two dozen", 25, None),
    ("at least a dozen", 12, None),
    ("two dozen or more", 24, None),
    ("up to three dozen", 0, 36),
    ("nearly two dozen", 19, 24),
    ("two to three dozen", 24, 36),
    ("2-3 dozen", 24, 36),
    ("between two and three dozen", 24, 36),
    ("two dozen to three dozen", 24, 36),
    ("several dozen", 36, 108),
    ("a few dozen", 24, 60),
    ("a couple of dozen", 24, 36),
    ("a couple dozen", 24, 36),
    ("a few hundred", 200, 500),
    ("several hundred", 300, 900),
    ("several thousand", 3000, 9000),
    ("several", 3, 9),
    ("some", 1, None),
    ("a few", 2, 5),
    ("many", 6, None),
    ("scores", 40, None),
    ("hundreds", 200, None),
    ("a number of", 2, None),
    ("casualties", 1, None),
    ("suffering casualties", 1, None),
    ("Suffering  CASUALTIES", 1, None),
    ("losses", 1, None),
    ("suffered losses", 1, None),
    ("no", 0, 0),
    ("none", 0, 0),
    ("nobody", 0, 0),
    ({"text": "huge losses", "low": 1}, 1, None),
    ({"text": "a whole platoon", "low": 20, "high": 40}, 20, 40),
    ({"text": "huge losses", "low": 1, "high": None}, 1, None),
]


@pytest.mark.parametrize(("value", "low", "high"), COUNTS)
def test_parse_count_forms(value: object, low: int, high: int | None) -> None:
    """Each accepted count form reads as its interval."""
    count = parse_count(value)
    assert (count.low, count.high) == (low, high)


@pytest.mark.parametrize(
    ("value", "text"), [(3, "3"), ("  About 10 ", "  About 10 "), ({"text": "huge losses", "low": 1}, "huge losses")]
)
def test_parse_count_keeps_the_original_text(value: object, text: str) -> None:
    """The count's text is the value as given: an int's decimal form, a string as is, a mapping's text."""
    assert parse_count(value).text == text


COUNT_ERRORS: list[tuple[object, str]] = [
    (-3, "a count cannot be negative, got -3"),
    ("-3", "a count cannot be negative, got '-3'"),
    ("2.5", "a count must be a whole number, got '2.5'"),
    (2.5, "a count must be a whole number, got 2.5"),
    (3.5, "a count must be a whole number, got 3.5"),
    (True, "expected a count, got True; write 0 or quote the word"),
    (False, "expected a count, got False; write 0 or quote the word"),
    ("", "expected a count, got empty text ''"),
    ("  ", "expected a count, got empty text '  '"),
    (None, "expected a count as a number, a phrase or a mapping, got None"),
    (MAX_COUNT + 1, "expected figures of at most 1,000,000, got 1000001"),
    ("2,000,000", "expected figures of at most 1,000,000, got '2,000,000'"),
    ("2 000 000", "expected figures of at most 1,000,000, got '2 000 000'"),
    ("about 1000000",
     "expected figures of at most 1,000,000, got 'about 1000000'; it reads as 800,000 to 1,200,000"),
    # The written figure is under the limit, the interval it stands for is not: the message shows the interval.
    ("about 833334", "expected figures of at most 1,000,000, got 'about 833334'; it reads as 666,667 to 1,000,001"),
    ("more than 1000000",
     "expected figures of at most 1,000,000, got 'more than 1000000'; it reads as 1,000,001 or more"),
    ("20 to 15", "range '20 to 15' runs backwards; expected the smaller number first"),
    ("fewer than 0", "'fewer than 0' leaves no possible count"),
    (
        {"text": "x", "lo": 1},
        "a count mapping takes the keys text, low and (optionally) high, got {'text': 'x', 'lo': 1}",
    ),
    ({"text": " ", "low": 1}, "a count mapping's text must be a non-empty string, got ' '"),
    ({"text": "x", "low": True}, "a count mapping's low must be a whole number from 0 to 1,000,000, got True"),
    ({"text": "x", "low": 1, "high": -2}, "a count mapping's high must be a whole number from 0 to 1,000,000, got -2"),
    ({"text": "x", "low": 5, "high": 3}, "a count mapping's high (3) is below its low (5)"),
]


@pytest.mark.parametrize(("value", "message"), COUNT_ERRORS)
def test_parse_count_errors(value: object, message: str) -> None:
    """A bad count raises NormalizeError with a stable message that shows the value."""
    with pytest.raises(NormalizeError) as info:
        parse_count(value)
    assert str(info.value) == message


@pytest.mark.parametrize("value", ["12 00", "1 2", "1 0000", "12,000 000", "15 20"])
def test_digits_grouped_otherwise_than_by_thousands_are_not_a_count(value: str) -> None:
    """Only groups of three digits after the first make one number: "15 20" is not 1520."""
    with pytest.raises(NormalizeError, match=r"^cannot read a count from "):
        parse_count(value)


def test_parse_count_refuses_long_text() -> None:
    """A text longer than any count form (a pasted sentence) is refused without trying every split."""
    with pytest.raises(NormalizeError, match=r"^cannot read a count from "):
        parse_count("1-" * 100 + "1")


def test_parse_count_unknown_phrase_lists_the_accepted_forms() -> None:
    """An unknown phrase's message names the general forms and every phrase of the vague table."""
    with pytest.raises(NormalizeError) as info:
        parse_count("huge losses")
    assert str(info.value) == (
        "cannot read a count from 'huge losses'; expected a whole number (3, three, twenty-one), "
        "a range (15 to 20, 15-20, between 15 and 20, 15 or 16, a dozen or two), "
        "a bound (at least 4, 4+, more than 10, over 10, just over 10, up to 6, fewer than 5, about 10, nearly 10, "
        "fifty-odd), dozens or scores (two dozen, 2-3 dozen, more than a dozen, two score), "
        "a loose multiple (several dozen, a few hundred), a lower bound on a vague word (at least several), "
        "a hedged figure (at least 12, possibly 20; 12, possibly more; 12 confirmed, up to 20 reported), "
        "one of: no, none, nobody, no one, no casualties, no losses, a couple, a few, a handful, several, "
        "half a dozen, a dozen, dozen, a score, some, a number of, many, numerous, tens, dozens, scores, hundreds, "
        "thousands, tens of thousands, hundreds of thousands, casualties, suffering casualties, suffered "
        "casualties, heavy casualties, losses, suffering losses, suffered losses, heavy losses (a couple, a handful, "
        "a score, tens, dozens, scores, hundreds, thousands, tens of thousands, hundreds of thousands also followed "
        "by 'of'), or a mapping {text, low, high}"
    )


@pytest.mark.parametrize(
    "text",
    ["3 soldiers", "one two", "twenty thirty five", "hundred", "one hundred and",
     # "about 10-15" left this list: about before a range is the range (docs/normalization.md, "Bounds")
     # "a few dozens" left this list: a loose multiple's unit may be plural (docs/normalization.md, "Dozens")
     "zero dozen", "0-2 dozen", "two dozen soldiers", "several hundred thousand",
     "many dozen", "a couple of of dozen"],
)
def test_parse_count_refuses_unlisted_forms(text: str) -> None:
    """Forms outside the documented list are refused rather than guessed."""
    with pytest.raises(NormalizeError, match=r"^cannot read a count from "):
        parse_count(text)


@pytest.mark.parametrize(("phrase", "vague"), VAGUE.items())
def test_every_vague_phrase_reads_as_its_interval(phrase: str, vague: normalize.Vague) -> None:
    """Each phrase of the vague table, in capitals, reads as the table's interval."""
    count = parse_count(phrase.upper())
    assert (count.low, count.high) == (vague.low, vague.high)


def _doc_vague_table() -> dict[str, normalize.Vague]:
    """The vague table of docs/normalization.md, parsed from its markdown."""
    lines = DOC.read_text(encoding="utf-8").splitlines()
    start = lines.index("| Phrase | Low | High | Why |") + 2
    table: dict[str, normalize.Vague] = {}
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        phrase, low, high, reason = (cell.strip() for cell in line.strip("|").split("|"))
        table[phrase.strip("`")] = normalize.Vague(int(low), None if high == "open" else int(high), reason)
    return table


def _doc_examples(header: str) -> list[str]:
    """The backticked examples in the first column of the docs table that starts with ``header``."""
    lines = DOC.read_text(encoding="utf-8").splitlines()
    start = lines.index(header) + 2
    examples: list[str] = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        examples += re.findall(r"`([^`]+)`", line.strip("|").split("|")[0])
    return examples


@pytest.mark.parametrize("text", _doc_examples("| You write | reconcile reads | Precision |"))
def test_doc_date_examples_parse(text: str) -> None:
    """Every date example in the docs' table of forms is accepted."""
    parse_date(text)


@pytest.mark.parametrize(
    "text", [t for t in _doc_examples("| You write | reconcile reads |") if not t.startswith(("{", '"'))]
)
def test_doc_count_examples_parse(text: str) -> None:
    """Every count example in the docs' table of forms is accepted."""
    parse_count(text)


def test_doc_vague_table_matches_the_code() -> None:
    """docs/normalization.md reproduces VAGUE exactly: phrases, order, intervals and reasons."""
    assert list(_doc_vague_table().items()) == list(VAGUE.items())


@pytest.mark.parametrize(
    ("count", "text"),
    [(Count(3, 3), "3"), (Count(15, 20), "15 to 20"), (Count(4, None), "at least 4"), (Count(0, None), "at least 0")],
)
def test_format_count(count: Count, text: str) -> None:
    """A count is written as its number, its range or its lower bound."""
    assert format_count(count) == text


@st.composite
def _counts(draw: st.DrawFn) -> Count:
    """Counts within the accepted limits: exact, a range or open-ended."""
    low = draw(st.integers(0, MAX_COUNT))
    high = draw(st.one_of(st.none(), st.integers(low, MAX_COUNT)))
    return Count(low, high)


@given(_counts())
@example(Count(0, 0))
@example(Count(MAX_COUNT, None))
def test_format_count_round_trips(count: Count) -> None:
    """Reading the canonical text of a count gives the count back, apart from its text."""
    assert _bare(parse_count(format_count(count))) == count


_COUNT_TOKENS = (
    "at least more than up to fewer about nearly some between and or from a an one zero twenty twenty-one hundred "
    "thousand dozen several no 0 3 15 1000000 999999 - – + ~ c. . , 1,000"
)
_COUNT_WORDS = st.sampled_from([*_COUNT_TOKENS.split(), " "])
_COUNT_TEXTS = st.one_of(
    st.text(),
    st.lists(_COUNT_WORDS, max_size=8).map(" ".join),
    st.lists(_COUNT_WORDS, max_size=8).map("".join),
)
_ANY_VALUES = st.one_of(
    _COUNT_TEXTS,
    st.integers(),
    st.floats(),
    st.booleans(),
    st.none(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(
        st.sampled_from(["text", "low", "high", "other"]),
        st.one_of(st.integers(), st.text(max_size=5), st.none(), st.booleans()),
    ),
)


@given(_ANY_VALUES)
@example(10**5000)
@example("9" * 5000)
@example("fewer than 0")
@example({"text": "x", "low": 10**5000})
def test_parse_count_is_total(value: object) -> None:
    """On any value, parse_count returns a valid count within the limit or raises NormalizeError, nothing else."""
    try:
        count = parse_count(value)
    except NormalizeError:
        return
    assert 0 <= count.low <= MAX_COUNT
    assert count.high is None or count.low <= count.high <= MAX_COUNT


@given(_COUNT_TEXTS)
def test_parsed_counts_round_trip(text: str) -> None:
    """Whatever parse_count reads, its canonical text reads back as the same interval."""
    try:
        count = parse_count(text)
    except NormalizeError:
        return
    assert _bare(parse_count(format_count(count))) == _bare(count)


@given(_ANY_VALUES)
def test_parse_count_is_deterministic(value: object) -> None:
    """Reading the same value twice gives the same result (or the same error)."""
    try:
        first: object = parse_count(value)
    except NormalizeError as error:
        first = str(error)
    try:
        second: object = parse_count(value)
    except NormalizeError as error:
        second = str(error)
    assert first == second


# ---------------------------------------------------------------------------------------------------------------
# Parties
# ---------------------------------------------------------------------------------------------------------------

PARTIES = (
    Party("armenia", "Armenia", ("Armenians", "Hayastan", "Հայաստան", "Армения", "armed forces of Armenia")),
    Party("azerbaijan", "Azerbaijan", ("Azerbaijani", "Azeri", "Azərbaycan", "Азербайджан")),
    Party("nkr", "Nagorno-Karabakh Republic", ("NKR", "Karabakhi", "Artsakh", "Nagorno-Karabakh", "Defence Army")),
)


@pytest.fixture(scope="module")
def resolver() -> PartyResolver:
    return PartyResolver(PARTIES)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("armenia", "armenia"),
        ("Nagorno-Karabakh Republic", "nkr"),
        ("Azeri", "azerbaijan"),
        ("AZERI", "azerbaijan"),
        ("  armed   forces of  ARMENIA ", "armenia"),
        ("Հայաստան", "armenia"),
        ("АРМЕНИЯ", "armenia"),
        ("Azerbaycan", "azerbaijan"),
        ("AZƏRBAYCAN", "azerbaijan"),
        ("the Armenians", "armenia"),
        ("The Defence Army", "nkr"),
        ("Nagorno Karabakh", "nkr"),
        ("Nagorno–Karabakh", "nkr"),
        ("ＮＫＲ", "nkr"),
        ("unknown", UNKNOWN),
        ("Unknown", UNKNOWN),
    ],
)
def test_resolve(resolver: PartyResolver, text: str, party: str) -> None:
    """An id, name or alias resolves to its party regardless of case, script form, diacritics, dashes or "the"."""
    assert resolver.resolve(text) == party


def test_resolve_unknown_name(resolver: PartyResolver) -> None:
    """A name of no party is an error listing the party ids of the case."""
    with pytest.raises(NormalizeError) as info:
        resolver.resolve("Turkey")
    assert str(info.value) == (
        "unknown party 'Turkey'; expected a party id, name or alias of this case (armenia, azerbaijan, nkr) "
        "or 'unknown' (another name of a party is added to its aliases in case.yaml)"
    )


def test_resolve_refuses_non_text(resolver: PartyResolver) -> None:
    """A party given as something other than text is an error, not a crash."""
    with pytest.raises(NormalizeError, match=r"^expected a party name as text, got 3$"):
        resolver.resolve(3)  # type: ignore[arg-type]


def test_resolver_ids_in_declared_order(resolver: PartyResolver) -> None:
    """The resolver lists the party ids in the order they were declared."""
    assert resolver.ids == ("armenia", "azerbaijan", "nkr")


def test_shared_alias_names_both_parties() -> None:
    """Two parties answering to the same name make the constructor fail, naming both."""
    with pytest.raises(NormalizeError) as info:
        PartyResolver([Party("azerbaijan", "Azerbaijan", ("Azeri",)), Party("nkr", "NKR", ("AZERI",))])
    assert str(info.value) == "the name 'AZERI' of party 'nkr' is already a name of party 'azerbaijan' ('Azeri')"


def test_party_declared_twice() -> None:
    """Two parties with the same id make the constructor fail."""
    with pytest.raises(NormalizeError, match=re.escape("party id 'armenia' is declared twice")):
        PartyResolver([Party("armenia", "Armenia"), Party("armenia", "Hayastan")])


def test_party_cannot_be_called_unknown() -> None:
    """A party named "unknown" would shadow the unknown initiator, so it is refused."""
    with pytest.raises(NormalizeError, match=re.escape("party 'x' cannot be called 'Unknown': 'unknown' is reserved")):
        PartyResolver([Party("x", "Unknown")])


def test_public_names() -> None:
    """Every name in the module's __all__ exists and appears once."""
    assert len(set(normalize.__all__)) == len(normalize.__all__)
    assert all(hasattr(normalize, name) for name in normalize.__all__)


@given(st.integers(1, MAX_COUNT // 12 + 2), st.sampled_from(["{} dozen", "about {} dozen", "{} dozen or so"]))
@example(1, "{} dozen")
@example(69445, "{} dozen")
def test_a_number_of_dozens_alone_is_about_twelve_times_it(number: int, form: str) -> None:
    """``N dozen`` alone, or with "about", is read like ``about 12N`` (the table's ``a dozen`` is 10 to 14), and
    refused like it where that reaches above the limit."""
    assert _reading(form.format(number)) == _reading(f"about {12 * number}")


@given(st.integers(1, MAX_COUNT // 12), st.integers(0, 100), st.sampled_from(["{} to {} dozen", "{}-{} dozen",
                                                                             "between {} and {} dozen"]))
def test_a_range_of_dozens_counts_both_ends_in_dozens(low: int, more: int, form: str) -> None:
    """``A to B dozen`` is 12A to 12B, within the limit, however the range is written."""
    high = low + more
    text = form.format(low, high)
    if 12 * high > MAX_COUNT:
        with pytest.raises(NormalizeError, match="at most 1,000,000"):
            parse_count(text)
        return
    assert _bare(parse_count(text)) == Count(12 * low, 12 * high)


@given(st.integers(1, MAX_COUNT // 12), st.sampled_from(["more than", "at least", "up to", "fewer than", "nearly"]))
def test_a_bound_on_dozens_is_the_bound_on_twelve_times_the_number(number: int, bound: str) -> None:
    """``more than a dozen`` is ``more than 12``: a bound reads the dozens as their exact number."""
    assert _reading(f"{bound} {number} dozen") == _reading(f"{bound} {12 * number}")


def _reading(text: str) -> Count | str:
    """The count of ``text`` without its text, or the error's first words (its text differs)."""
    try:
        return _bare(parse_count(text))
    except NormalizeError as error:
        return str(error).split(", got")[0]
