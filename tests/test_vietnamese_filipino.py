"""Gaps found coding incidents in the South China Sea (Second Thomas Shoal / Ayungin / Bãi Cỏ Mây, Scarborough Shoal /
Bajo de Masinloc, the Paracels, 2024) from the Vietnamese foreign ministry and press and the Philippine Coast Guard,
the AFP and the Filipino press: Vietnamese and Filipino counts, number words (and the Spanish-derived numbers
Filipino writes), dates and days of the week, event words, words for civilians and soldiers written as a party, and
the place words of both languages (bãi, đảo, quần đảo, huyện; Isla ng, Bahura ng, barangay, lalawigan)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.match import EVENT_TYPE_EXCEPTIONS, EVENT_TYPES_OTHER_LANGUAGES, event_type
from reconcile.models import Party
from reconcile.normalize import (
    _FILIPINO,
    _LANGUAGES,
    _VIETNAMESE,
    PartyResolver,
    _count_words,
    _english_count,
    _Language,
    _noun_of_about,
    parse_count,
    parse_date,
)
from reconcile.places import _fold_word, mentions, similarity

from .readings import DOCS, assert_forms_read, assert_reads_as_bounded, count_of, documented_forms, span_of

D = dt.date

_span, _count = span_of, count_of


# ---------------------------------------------------------------------------------------------------------------
# 1. Counts
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high"), [
    ("ít nhất 10", 10, None),                 # at least
    ("it nhat 10", 10, None),                 # typed without the marks
    ("tối thiểu 10", 10, None),
    ("10 người trở lên", 10, None),           # 10 persons and upward
    ("hơn 20", 21, None),                     # more than
    ("trên 20", 21, None),
    ("trên dưới 20", 16, 24),                 # above or below: about, not more than
    ("lên tới 20", 0, 20),                    # up to
    ("tối đa 20", 0, 20),
    ("20 người trở xuống", 0, 20),
    ("dưới 5", 0, 4),                         # fewer than
    ("khoảng 30", 24, 36),                    # about
    ("chừng 30", 24, 36),
    ("gần 100", 80, 100),                     # nearly
    ("từ 5 đến 10", 5, 10),
    ("5 tới 10 người", 5, 10),
    ("5 hoặc 6", 5, 6),
    ("tổng cộng 12 người", 12, 12),           # in all
    ("một", 1, 1),
    ("hai người", 2, 2),                      # two persons
    ("mười lăm", 15, 15),
    ("hai mươi mốt", 21, 21),
    ("hai mươi tư", 24, 24),
    ("một trăm linh năm", 105, 105),
    ("một nghìn không trăm linh năm", 1005, 1005),
    ("hai ngàn không trăm hai mươi", 2020, 2020),
    ("một triệu", 1_000_000, 1_000_000),
    ("không có", 0, 0),                       # none
    ("không ai", 0, 0),                       # nobody
    ("không có thương vong", 0, 0),
    ("vài", 2, 5),                            # a few
    ("vài chục", 20, 50),                     # a few tens
    ("mấy trăm", 300, 900),                   # several hundred
    ("mười mấy", 11, 19),                     # in the teens
    ("ba mươi mấy", 31, 39),                  # thirty-something
    ("hàng chục", 20, None),                  # tens
    ("hàng trăm", 200, None),                 # hundreds
    ("hàng nghìn", 2000, None),
    ("nhiều", 6, None),                       # many
])
def test_vietnamese_counts(text: str, low: int, high: int | None) -> None:
    assert _count(text) == (low, high)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("hindi bababa sa 10", 10, None),         # not fewer than: at least
    ("hindi kukulangin sa 10", 10, None),
    ("10 o higit pa", 10, None),              # 10 or more
    ("10 pataas", 10, None),
    ("mahigit 20", 21, None),                 # more than
    ("mahigit sa 20", 21, None),
    ("higit sa 20", 21, None),
    ("hanggang 20", 0, 20),                   # up to
    ("hindi hihigit sa 20", 0, 20),
    ("wala pang 5", 0, 4),                    # not yet 5: fewer than
    ("humigit-kumulang 30", 24, 36),          # more or less
    ("tinatayang 30", 24, 36),                # an estimated
    ("mga 30", 24, 36),                       # about
    ("halos 100", 80, 100),                   # nearly
    ("5 hanggang 10", 5, 10),
    ("mula 5 hanggang 10", 5, 10),
    ("sa pagitan ng 5 at 10", 5, 10),         # between 5 and 10
    ("5 o 6", 5, 6),
    ("isa", 1, 1),
    ("dalawa", 2, 2),
    ("tatlong katao", 3, 3),                  # three persons, with the linker
    ("apat na katao", 4, 4),
    ("labindalawa", 12, 12),
    ("labing-apat", 14, 14),
    ("dalawampu't isa", 21, 21),
    ("dalawampu at isa", 21, 21),
    ("isang daan at lima", 105, 105),
    ("apat na raan", 400, 400),
    ("dalawandaan", 200, 200),
    ("dalawang libo at limandaan", 2500, 2500),
    ("isang milyon", 1_000_000, 1_000_000),
    ("beinte", 20, 20),                       # Spanish-derived
    ("bente singko", 25, 25),
    ("trenta y dos", 32, 32),
    ("singko", 5, 5),
    ("dose", 12, 12),
    ("wala", 0, 0),                           # none
    ("walang nasawi", 0, 0),                  # nobody died
    ("ilang", 3, 9),                          # several
    ("ilang daan", 300, 900),
    ("iilan", 2, 5),                          # a few
    ("marami", 6, None),                      # many
    ("isang dosena", 10, 14),                  # about a dozen, as in English
    ("dalawang dosena", 19, 29),               # two dozen, as in English
    ("dose-dosena", 24, None),                # dozens
    ("daan-daan", 200, None),                 # hundreds
    ("libu-libo", 2000, None),                # thousands
])
def test_filipino_counts(text: str, low: int, high: int | None) -> None:
    assert _count(text) == (low, high)


_VI_UNITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def _vi_below_hundred(number: int, form: int, *, after_hundred: bool) -> str:
    """1-99 in Vietnamese; ``form`` picks among the words the language allows (mốt/một, tư/bốn, lăm/nhăm, linh/lẻ,
    bảy/bẩy); ``after_hundred``: a unit alone takes linh or lẻ."""
    tens, unit = divmod(number, 10)
    seven = ("bảy", "bẩy")[form % 2]
    units = (*_VI_UNITS[:7], seven, *_VI_UNITS[8:])
    if tens == 0:
        return f"{('linh', 'lẻ')[form % 2]} {units[unit]}" if after_hundred else units[unit]
    after = {1: ("một", "mốt")[form % 2] if tens > 1 else "một", 4: ("bốn", "tư")[form // 2 % 2],
             5: ("lăm", "nhăm")[form // 4 % 2]}.get(unit, units[unit])
    head = "mười" if tens == 1 else f"{units[tens]} mươi"
    return f"{head} {after}" if unit else head


def _vi_below_thousand(number: int, form: int, *, in_thousands: bool = False) -> str:
    """1-999 in Vietnamese; ``in_thousands``: after a thousand, where fewer than a hundred take ``không trăm``."""
    hundreds, rest = divmod(number, 100)
    words = [f"{_VI_UNITS[hundreds]} trăm"] if hundreds else (["không trăm"] if in_thousands else [])
    if rest:
        words.append(_vi_below_hundred(rest, form, after_hundred=bool(words)))
    return " ".join(words)


def _vietnamese(number: int, form: int) -> str:
    """``number`` (1-999,999) in Vietnamese words: ``hai nghìn không trăm hai mươi``, ``mười lăm ngàn``."""
    thousands, rest = divmod(number, 1000)
    words = [f"{_vi_below_thousand(thousands, form)} {('nghìn', 'ngàn')[form // 8 % 2]}"] if thousands else []
    if rest:
        words.append(_vi_below_thousand(rest, form, in_thousands=bool(thousands)))
    return " ".join(words)


@given(st.integers(min_value=1, max_value=999_999), st.integers(0, 15),
       st.sampled_from(["", "hơn ", "ít nhất ", "tối đa ", "khoảng "]))
@example(15, 0, "")                    # mười lăm
@example(21, 1, "")                    # hai mươi mốt
@example(105, 0, "")                   # một trăm linh năm
@example(1005, 1, "ít nhất ")          # một nghìn không trăm lẻ năm
@example(2020, 8, "")                  # hai ngàn không trăm hai mươi
@example(24_025, 6, "hơn ")            # hai mươi tư nghìn không trăm hai mươi nhăm
@example(833_334, 0, "khoảng ")        # about 833,334 reaches 1,000,001: above MAX_COUNT, as in English
def test_any_vietnamese_number_reads_as_itself(number: int, form: int, bound: str) -> None:
    """Every number to 999,999 in Vietnamese words reads as itself, in each of the words the language allows, alone,
    with người after it, and after each kind of bound; "about" a number whose upper end passes `MAX_COUNT` is
    refused, as `about 833334` is."""
    words = _vietnamese(number, form)
    expected = {"": (number, number), "hơn ": (number + 1, None), "ít nhất ": (number, None), "tối đa ": (0, number)}
    for text in (f"{bound}{words}", f"{bound}{words} người"):
        assert_reads_as_bounded(text, number, expected.get(bound))


_FIL_UNITS = ("", "isa", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam")
_FIL_TEENS = ("labing-isa", "labindalawa", "labintatlo", "labing-apat", "labinlima", "labing-anim", "labimpito",
              "labingwalo", "labinsiyam")
_FIL_TENS = ("sampu", "dalawampu", "tatlumpu", "apatnapu", "limampu", "animnapu", "pitumpu", "walumpu", "siyamnapu")


def _linked(words: str) -> str:
    """``words`` with the linker before a noun: ``-ng`` after a vowel, ``-g`` after n, ``na`` after another
    consonant."""
    return f"{words}ng" if words[-1] in "aeiou" else f"{words}g" if words[-1] == "n" else f"{words} na"


def _fil_below_hundred(number: int, form: int) -> str:
    tens, unit = divmod(number, 10)
    if tens == 0:
        return _FIL_UNITS[unit]
    if tens == 1:
        return _FIL_TEENS[unit - 1] if unit else _FIL_TENS[0]
    joiner = ("'t ", " at ")[form % 2]
    return f"{_FIL_TENS[tens - 1]}{joiner}{_FIL_UNITS[unit]}" if unit else _FIL_TENS[tens - 1]


def _fil_below_thousand(number: int, form: int) -> str:
    hundreds, rest = divmod(number, 100)
    words = []
    if hundreds == 1:
        words.append(("isang daan", "sandaan", "isandaan")[form % 3])
    elif hundreds:
        linked = _linked(_FIL_UNITS[hundreds])
        words.append(f"{linked} {'raan' if linked.endswith(' na') else 'daan'}")
    if rest:
        words.append(f"{'at ' if words and form // 2 % 2 else ''}{_fil_below_hundred(rest, form)}")
    return " ".join(words)


def _filipino(number: int, form: int) -> str:
    """``number`` (1-999,999) in Filipino words: ``dalawampu't limang libo``, ``isang libo at tatlong daan``."""
    thousands, rest = divmod(number, 1000)
    words = []
    if thousands == 1:
        words.append(("isang libo", "sanlibo")[form % 2])
    elif thousands:
        words.append(f"{_linked(_fil_below_thousand(thousands, form))} libo")
    if rest:
        words.append(f"{'at ' if words and form // 4 % 2 else ''}{_fil_below_thousand(rest, form)}")
    return " ".join(words)


@given(st.integers(min_value=1, max_value=999_999), st.integers(0, 11),
       st.sampled_from(["", "mahigit ", "hindi bababa sa ", "hanggang ", "humigit-kumulang "]))
@example(21, 0, "")                     # dalawampu't isa
@example(14, 0, "hindi bababa sa ")     # labing-apat
@example(400, 0, "")                    # apat na raan
@example(1_105, 7, "")                  # sanlibo at isang daan at lima
@example(25_000, 0, "mahigit ")         # dalawampu't limang libo
@example(400_000, 0, "")                # apat na raang libo
@example(833_334, 0, "humigit-kumulang ")
def test_any_filipino_number_reads_as_itself(number: int, form: int, bound: str) -> None:
    """Every number to 999,999 in Filipino words reads as itself, with or without ``at`` between its parts, alone,
    with katao after it (the number in its linked form), and after each kind of bound."""
    words = _filipino(number, form)
    expected = {"": (number, number), "mahigit ": (number + 1, None), "hindi bababa sa ": (number, None),
                "hanggang ": (0, number)}
    for text in (f"{bound}{words}", f"{bound}{_linked(words)} katao"):
        assert_reads_as_bounded(text, number, expected.get(bound))


_SPANISH_UNITS = ("", "uno", "dos", "tres", "kuwatro", "singko", "sais", "siyete", "otso", "nuwebe")
_SPANISH_TEENS = ("diyes", "onse", "dose", "trese", "katorse", "kinse", "disisais", "disisiyete", "disiotso",
                  "disinuwebe")
_SPANISH_TENS = ("beinte", "trenta", "kuwarenta", "singkuwenta", "sisenta", "sitenta", "otsenta", "nobenta")


@given(st.integers(min_value=1, max_value=99), st.booleans())
@example(25, False)   # beinte singko
@example(32, True)    # trenta y dos
def test_any_spanish_derived_filipino_number_reads_as_itself(number: int, joined: bool) -> None:
    """Every number to 99 in the Spanish-derived words of Filipino, the unit after the ten with ``y`` or not."""
    tens, unit = divmod(number, 10)
    if tens < 2:
        words = _SPANISH_TEENS[unit] if tens else _SPANISH_UNITS[unit]
    else:
        words = _SPANISH_TENS[tens - 2] + (f"{' y ' if joined else ' '}{_SPANISH_UNITS[unit]}" if unit else "")
    assert _count(words) == (number, number)


@pytest.mark.parametrize(("text", "message"), [
    ("mười năm", "cannot read a count"),          # ten years: 15 is mười lăm
    ("người", "cannot read a count"),             # the classifier alone
    ("trăm", "cannot read a count"),              # hundred, alone
    ("10 đến 5", "backwards"),
    ("hai triệu", "at most 1,000,000"),           # two million: above the largest figure
    ("katao", "cannot read a count"),
    ("libo", "cannot read a count"),
    ("dalawang milyon", "at most 1,000,000"),
    ("10 hanggang 5", "backwards"),
])
def test_vietnamese_and_filipino_counts_refused(text: str, message: str) -> None:
    with pytest.raises(NormalizeError, match=re.escape(message)):
        parse_count(text)


@pytest.mark.parametrize(("text", "hint"), [
    ("10 ngư dân", "write '10'"),                       # ten fishermen
    ("ít nhất 10 binh sĩ", "write 'ít nhất 10'"),        # at least ten soldiers
    ("hindi bababa sa 10 sundalo", "write 'hindi bababa sa 10'"),
])
def test_a_noun_with_the_figure_gets_the_count_to_write(text: str, hint: str) -> None:
    with pytest.raises(NormalizeError, match=rf"^cannot read a count from {text!r}: a figure is read without the "
                                             rf"words after it \(.*\); {hint} and keep the source's words"):
        parse_count(text)


def _own_reading(language: _Language, text: str) -> tuple[int, int | None] | str | None:
    """The count ``text`` gives in ``language`` alone, ``"refused"`` where its figure is refused there (above the
    largest accepted), or None where it gives none."""
    english = _count_words(text, language.counts)
    try:
        count = _english_count(_noun_of_about(english), text) if english else None
    except NormalizeError:
        return "refused"
    return None if count is None else (count.low, count.high)


def _reading(text: str) -> tuple[int, int | None] | str:
    try:
        return _count(text)
    except NormalizeError:
        return "refused"


@pytest.mark.parametrize("language", [_VIETNAMESE, _FILIPINO], ids=["vietnamese", "filipino"])
def test_every_phrase_reads_as_its_own_language_reads_it(language: _Language) -> None:
    """A Vietnamese or Filipino phrase that another language also reads (Spanish uno, dos, o; Indonesian lima)
    means the same there: the languages tried before them never give such a phrase another count."""
    assert language in _LANGUAGES
    for phrase in language.counts.english:
        if (own := _own_reading(language, phrase)) is not None:
            assert _reading(phrase) == own, phrase


# ---------------------------------------------------------------------------------------------------------------
# 2. Dates and days of the week
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("ngày 5 tháng 6 năm 2024", D(2024, 6, 5), D(2024, 6, 5), "day"),
    ("ngay 5 thang 6 nam 2024", D(2024, 6, 5), D(2024, 6, 5), "day"),       # without the marks
    ("17 tháng 6, 2024", D(2024, 6, 17), D(2024, 6, 17), "day"),
    ("ngày 05 tháng 06 năm 2024", D(2024, 6, 5), D(2024, 6, 5), "day"),
    ("ngày 30 tháng tư năm 2024", D(2024, 4, 30), D(2024, 4, 30), "day"),    # April: the fourth month
    ("ngày 5/6/2024", D(2024, 6, 5), D(2024, 6, 5), "day"),                 # day first after ngày
    ("ngày 17-6-2024", D(2024, 6, 17), D(2024, 6, 17), "day"),
    ("tháng 6 năm 2024", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("đầu tháng 6 năm 2024", D(2024, 6, 1), D(2024, 6, 10), "range"),
    ("thượng tuần tháng 6 năm 2024", D(2024, 6, 1), D(2024, 6, 10), "range"),
    ("giữa tháng 6 năm 2024", D(2024, 6, 11), D(2024, 6, 20), "range"),
    ("cuối tháng 9 năm 2024", D(2024, 9, 21), D(2024, 9, 30), "range"),
    ("từ ngày 5 đến ngày 7 tháng 6 năm 2024", D(2024, 6, 5), D(2024, 6, 7), "range"),
    ("đêm 5 rạng sáng 6 tháng 6 năm 2024", D(2024, 6, 5), D(2024, 6, 6), "range"),
    ("Thứ Hai, ngày 11 tháng 3 năm 2024", D(2024, 3, 11), D(2024, 3, 11), "day"),
    ("Thứ Hai, ngày 11/3/2024", D(2024, 3, 11), D(2024, 3, 11), "day"),
    ("vào Chủ Nhật, ngày 10 tháng 3 năm 2024", D(2024, 3, 10), D(2024, 3, 10), "day"),
    ("Hunyo 17, 2024", D(2024, 6, 17), D(2024, 6, 17), "day"),
    ("ika-17 ng Hunyo 2024", D(2024, 6, 17), D(2024, 6, 17), "day"),
    ("ika-17 ng Hunyo, 2024", D(2024, 6, 17), D(2024, 6, 17), "day"),
    ("noong Hunyo 17, 2024", D(2024, 6, 17), D(2024, 6, 17), "day"),
    ("Marso 5, 2024", D(2024, 3, 5), D(2024, 3, 5), "day"),
    ("Setyembre 2024", D(2024, 9, 1), D(2024, 9, 30), "month"),
    ("kalagitnaan ng Hunyo 2024", D(2024, 6, 11), D(2024, 6, 20), "range"),
    ("katapusan ng Agosto 2024", D(2024, 8, 21), D(2024, 8, 31), "range"),
    ("Agosto 28-29, 2024", D(2024, 8, 28), D(2024, 8, 29), "range"),
    ("mula Agosto 28 hanggang 30, 2024", D(2024, 8, 28), D(2024, 8, 30), "range"),
    ("Martes, ika-30 ng Abril, 2024", D(2024, 4, 30), D(2024, 4, 30), "day"),
    ("noong Lunes, Hunyo 17, 2024", D(2024, 6, 17), D(2024, 6, 17), "day"),
    ("Linggo, Hunyo 16, 2024", D(2024, 6, 16), D(2024, 6, 16), "day"),
])
def test_vietnamese_and_filipino_dates(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    assert _span(text) == (start, end, precision)


@pytest.mark.parametrize(("text", "message"), [
    ("5/6/2024", "5 June 2024 or 6 May 2024?"),             # digits alone: no word says which is the day
    ("6/17/2024", "only 17 June 2024 is a date here"),      # Philippine month-first digits: refused as ever
    ("ngày 31/2/2024", "February 2024 has 29 days"),
    ("ngày 5 tháng 6", "cannot read a date"),               # no year
    ("tháng Giêng năm 2024", "cannot read a date"),         # the lunar first month
    ("Thứ Ba, ngày 11 tháng 3 năm 2024", "2024-03-11 was a Monday, not a Tuesday"),
    ("Martes, Hunyo 17, 2024", "2024-06-17 was a Monday, not a Tuesday"),
    ("huling linggo ng Agosto 2024", "cannot read a date"),  # the last week of August: write the days
])
def test_vietnamese_and_filipino_dates_refused(text: str, message: str) -> None:
    with pytest.raises(NormalizeError, match=re.escape(message)):
        parse_date(text)


_VI_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_FIL_WEEKDAYS = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo")
_FIL_MONTHS = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre",
               "Nobyembre", "Disyembre")


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)), st.integers(0, 3), st.booleans())
@example(D(2024, 3, 11), 0, False)   # Thứ Hai, ngày 11 tháng 3 năm 2024
@example(D(2024, 6, 17), 1, False)   # Lunes, Hunyo 17, 2024
@example(D(2024, 2, 29), 2, True)    # a leap day, the wrong day of the week
@example(D(2024, 6, 16), 3, False)   # Linggo, ika-16 ng Hunyo 2024
def test_a_weekday_before_its_date(day: dt.date, form: int, wrong: bool) -> None:
    """Any day, in Vietnamese (in words or in digits after ngày) or Filipino (the month first or ika- and the day
    first), with its day of the week before it, reads as the day; with another day of the week it is refused,
    naming the day it was."""
    weekday = (day.weekday() + wrong) % 7
    month = _FIL_MONTHS[day.month - 1]
    written = (f"{_VI_WEEKDAYS[weekday]}, ngày {day.day} tháng {day.month} năm {day.year}",
               f"{_FIL_WEEKDAYS[weekday]}, {month} {day.day}, {day.year}",
               f"{_VI_WEEKDAYS[weekday]}, ngày {day.day}/{day.month}/{day.year}",
               f"{_FIL_WEEKDAYS[weekday]}, ika-{day.day} ng {month} {day.year}")[form]
    if wrong:
        with pytest.raises(NormalizeError, match=f"{day.isoformat()} was a"):
            parse_date(written)
    else:
        assert _span(written) == (day, day, "day")


def test_the_docs_list_the_vietnamese_and_filipino_forms() -> None:
    """Every form with a figure or a day in the Vietnamese and the Filipino tables of docs/normalization.md reads."""
    for heading in ("### Vietnamese", "### Filipino"):
        forms = documented_forms(heading)
        assert len(forms) > 30
        assert_forms_read(forms)


# ---------------------------------------------------------------------------------------------------------------
# 3. Event words
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("tấn công tàu cá", "clash"), ("đụng độ", "clash"), ("giao tranh", "clash"), ("đánh đập ngư dân", "clash"),
    ("bắn vào tàu cá", "shooting"), ("nổ súng", "shooting"), ("ngừng bắn", "shooting"),
    ("pháo kích", "shelling"), ("không kích", "shelling"), ("tên lửa", "shelling"),
    ("đánh bom", "bombing"), ("vụ nổ", "bombing"), ("bom mìn", "mine"), ("thủy lôi", "mine"),
    ("bắt cóc", "abduction"), ("xâm phạm vùng biển", "incursion"), ("thiệt mạng", "casualty"),
    ("bị thương", "casualty"), ("điều tra", "monitoring"), ("tai nạn", "noncombat"),
    ("pag-atake", "clash"), ("inatake", "clash"), ("sagupaan", "clash"), ("engkuwentro", "clash"),
    ("pamamaril", "shooting"), ("pinaputukan", "shooting"), ("tigil-putukan", "shooting"),
    ("pagsabog", "bombing"), ("binomba", "bombing"), ("dinukot", "abduction"), ("pagsalakay", "incursion"),
    ("nasawi", "casualty"), ("nasugatan", "casualty"), ("aksidente", "noncombat"),
    # A water cannon (vòi rồng, the Filipino bomba ng tubig: a bomb of water) and a ramming (đâm va, binangga)
    # have no type, as the English "water cannon" and "ramming" and the Chinese 水炮 and 冲撞 have none.
    ("phun vòi rồng", "unknown"), ("water cannon", "unknown"), ("binomba ng tubig", "unknown"),
    ("bomba ng tubig", "unknown"), ("đâm va", "unknown"), ("binangga", "unknown"), ("nổ", "unknown"),
])
def test_vietnamese_and_filipino_event_words(text: str, kind: str) -> None:
    assert event_type(text) == kind


def test_the_stems_and_the_water_cannon_exception_are_in_the_docs() -> None:
    text = (DOCS / "matching.md").read_text(encoding="utf-8")
    assert "bomba ng tubig" in EVENT_TYPE_EXCEPTIONS
    assert "`bomba ng tubig`" in text
    for stem in ("tấn công", "bắn=", "atake", "pamamaril", "nasawi"):
        assert any(stem in stems for stems in EVENT_TYPES_OTHER_LANGUAGES.values())
        assert stem in text


# ---------------------------------------------------------------------------------------------------------------
# 4. Parties and places
# ---------------------------------------------------------------------------------------------------------------

_PARTIES = PartyResolver((Party("china", "China", aliases=("Trung Quốc", "Tsina")),
                          Party("philippines", "Philippines", aliases=("Pilipinas",))))


@pytest.mark.parametrize(("text", "category"), [
    ("ngư dân", "civilians"), ("dân thường", "civilians"), ("Binh sĩ", "soldiers"), ("bộ đội", "soldiers"),
    ("sibilyan", "civilians"), ("mangingisda", "civilians"), ("sundalo", "soldiers"), ("mga sundalo", "soldiers"),
])
def test_a_word_for_civilians_or_soldiers_as_a_party_says_it_is_a_category(text: str, category: str) -> None:
    with pytest.raises(NormalizeError, match=re.escape(f"({text!r} is a word for {category}, who they were")):
        _PARTIES.resolve(text)


def test_a_side_word_before_a_party_is_named_in_the_message() -> None:
    """phía Trung Quốc (the Chinese side) is refused naming the party, as the Indonesian pihak KKB is: write it."""
    assert _PARTIES.resolve("trung quoc") == "china"
    with pytest.raises(NormalizeError, match="holds a name of party 'china' among other words"):
        _PARTIES.resolve("phía Trung Quốc")


@pytest.mark.parametrize(("text", "names"), [
    ("Bãi Cỏ Mây", ("Cỏ Mây",)),                       # Second Thomas Shoal, its bank word in either case
    ("bãi cạn Scarborough", ("Scarborough",)),
    ("đảo Thị Tứ", ("Thị Tứ",)),                       # Thitu island
    ("quần đảo Trường Sa", ("Trường Sa",)),            # the Spratly archipelago
    ("đá Ba Đầu", ("Ba Đầu",)),                        # Whitsun Reef
    ("gần đảo Phú Lâm", ("Phú Lâm",)),
    ("huyện Hoàng Sa, thành phố Đà Nẵng", ("Hoàng Sa", "Đà Nẵng")),
    ("xã Song Tử Tây", ("Song Tử Tây",)),
    ("Isla ng Pag-asa", ("Pag-asa",)),                 # the island of Pag-asa
    ("Bahura ng Ayungin", ("Ayungin",)),               # the Ayungin reef
    ("barangay Pag-asa", ("Pag-asa",)),
    ("Brgy. Pag-asa, bayan ng Kalayaan, lalawigan ng Palawan", ("Pag-asa", "Kalayaan", "Palawan")),
    ("malapit sa Ayungin", ("Ayungin",)),              # near
    ("Isla Mujeres", ("Isla Mujeres",)),               # capitalised and before no ng: a name's own word
    ("Bayan", ("Bayan",)),                             # a district of Lombok
])
def test_vietnamese_and_filipino_place_words_are_no_part_of_the_name(text: str, names: tuple[str, ...]) -> None:
    assert tuple(mention.name for mention in mentions(text)) == names


def test_vietnamese_and_filipino_units_say_what_a_name_is() -> None:
    kinds = [(mention.name, mention.kind) for mention in mentions("xã Song Tử Tây, huyện Trường Sa, tỉnh Khánh Hòa")]
    assert kinds == [("Song Tử Tây", "region"), ("Trường Sa", "region"), ("Khánh Hòa", "region")]
    kinds = [(mention.name, mention.kind) for mention in mentions("barangay Pag-asa, lalawigan ng Palawan")]
    assert kinds == [("Pag-asa", "settlement"), ("Palawan", "region")]


@pytest.mark.parametrize(("left", "right"), [
    ("Trường Sa", "Truong Sa"), ("bãi Cỏ Mây", "Co May"), ("huyện Hoàng Sa", "Hoang Sa district"),
    ("tỉnh Khánh Hòa", "Khanh Hoa province"), ("Đà Nẵng", "Da Nang"), ("Ba Đầu", "Ba Dau"),
    ("Thị Tứ", "Thitu"), ("barangay Pag-asa", "Pag-asa"), ("lalawigan ng Palawan", "Palawan province"),
])
def test_a_place_with_its_vietnamese_or_filipino_word_is_the_place(left: str, right: str) -> None:
    assert similarity(left, right) == 1.0


def test_vietnamese_d_with_stroke_is_d_and_the_croatian_one_stays_dj() -> None:
    """A word with a marked vowel is Vietnamese: its đ is d (Đà Nẵng, Da Nang); Croatian and Serbian mark no
    vowel, and their đ stays the sound of dj (Đakovica, Djakovica)."""
    assert _fold_word("Đầu") == _fold_word("Dau")
    assert _fold_word("Đakovica") == _fold_word("Djakovica") != _fold_word("Dakovica")
    assert similarity("Đakovica", "Djakovica") == 1.0
