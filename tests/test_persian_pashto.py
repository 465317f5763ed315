"""Gaps found coding Afghanistan 2020-21 (the Afghan Ministry of Defence in Dari and Pashto, Taliban spokesmen, Tolo
News) and the Iranian strikes on Kurdish parties in Iraqi Kurdistan in 2022 (IRGC statements in Persian): Solar
Hijri dates with the month named (``۲۰ میزان ۱۳۹۹``, ``۶ مهر ۱۴۰۱``, Pashto ``د ۱۳۹۹ کال د تلې ۲۰مه``), Gregorian
months as Persian writes them (``۲۸ سپتامبر ۲۰۲۲``), Persian and Pashto counts (``دست‌کم ۵۰``, ``ده‌ها``, ``لږ تر
لږه ۴۵``) and the Persian and Pashto place words around a name. All were refused, or read as a place; a Solar Hijri
date in digits (``1399-07-21``, ``۱۳۹۹/۰۷/۲۱``) was refused without saying which day it is."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.match import event_type
from reconcile.normalize import parse_date
from reconcile.places import mentions, phonetic_keys, same_place

from .conftest import MakeCase
from .readings import count_of, span_of
from .test_load import problems_of
from .test_load_hostile import HEADER, claim

D = dt.date

# The months in calendar order, written out here apart from the tables they test: Iranian, Afghan (Dari), Pashto.
IRANIAN = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
AFGHAN = ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت")
PASHTO = ("وری", "غویی", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب")


def persian_digits(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


# --- Solar Hijri dates with the month named ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("۲۰ میزان ۱۳۹۹", D(2020, 10, 11)),   # the Taliban offensive on Lashkargah
    ("۶ مهر ۱۴۰۱", D(2022, 9, 28)),       # the IRGC strikes on Koya
    ("۱۷ اسد ۱۴۰۰", D(2021, 8, 8)),       # Kunduz taken
    ("۲۲ بهمن ۱۳۵۷", D(1979, 2, 11)),     # the revolution's day, as every Iranian calendar prints it
    ("۱۲ فروردین ۱۳۵۸", D(1979, 4, 1)),
    ("۱ فروردین ۱۳۰۰", D(1921, 3, 21)),
    ("۳۰ اسفند ۱۳۹۹", D(2021, 3, 20)),    # 1399 is a leap year
    ("۱ حمل ۱۴۰۴", D(2025, 3, 21)),       # after the leap year 1403
    ("۱ حمل ۱۴۰۳", D(2024, 3, 20)),
])
def test_a_solar_hijri_day_is_its_gregorian_day(text: str, day: dt.date) -> None:
    assert span_of(text) == (day, day, "day")


@pytest.mark.parametrize("text", [
    "۶ مهر ۱۴۰۱", "6 مهر 1401", "٦ مهر ١٤٠١", "۶ مهرماه ۱۴۰۱", "۶ مهر ماه ۱۴۰۱", "۶ مهر ۱۴۰۱ ه.ش",
    "۶ مهر ۱۴۰۱ هـ.ش", "۶ مهر سال ۱۴۰۱", "۶ مهر ۱۴۰۱ هجری شمسی", "۶ مهر ۱۴۰۱ خورشیدی", "۶ ميزان ۱۴۰۱",
    "۶ میزان ۱۴۰۱", "۶ تله ۱۴۰۱", "د ۱۴۰۱ کال د تلې ۶مه", "۶م میزان ۱۴۰۱", "۶\u200f مهر ۱۴۰۱",
])
def test_the_forms_of_a_solar_hijri_day(text: str) -> None:
    """Iranian, Dari and Pashto month names, Arabic ي and ك, digits of any script, ماه (month), سال (year), the era,
    the Pashto ordinal ending and the Pashto year-first order are one day."""
    assert span_of(text) == (D(2022, 9, 28), D(2022, 9, 28), "day")


@given(st.integers(1300, 1500), st.integers(0, 11), st.integers(0, 2))
def test_every_month_name_starts_its_month_and_the_months_follow_each_other(year: int, month: int, names: int) -> None:
    name = (IRANIAN, AFGHAN, PASHTO)[names][month]
    start, end, precision = span_of(f"{name} {year}")
    assert precision == "month"
    assert span_of(f"1 {name} {year}") == (start, start, "day")
    if month < 11:
        assert (end - start).days + 1 == (31 if month < 6 else 30)
    following = f"{IRANIAN[month + 1]} {year}" if month < 11 else f"{IRANIAN[0]} {year + 1}" if year < 1500 else None
    if following:
        assert span_of(following)[0] == end + dt.timedelta(days=1)


@given(st.integers(1300, 1499))
def test_a_year_has_365_or_366_days_and_leap_years_come_every_four_or_five(year: int) -> None:
    length = (span_of(f"۱ فروردین {year + 1}")[0] - span_of(f"۱ فروردین {year}")[0]).days
    leap = length == 366
    assert length in (365, 366)
    with_last = f"۳۰ اسفند {year}"
    if leap:
        assert span_of(with_last)[0] == span_of(f"۱ فروردین {year + 1}")[0] - dt.timedelta(days=1)
    else:
        with pytest.raises(NormalizeError, match="has 29 days"):
            parse_date(with_last)


def test_parts_of_a_month_ranges_and_the_ezafe() -> None:
    assert span_of("اواخر جوزای ۱۴۰۰") == (D(2021, 6, 11), D(2021, 6, 21), "range")
    assert span_of("اوایل مهر ۱۴۰۱") == (D(2022, 9, 23), D(2022, 10, 2), "range")
    assert span_of("۲۰ تا ۲۲ میزان ۱۳۹۹") == (D(2020, 10, 11), D(2020, 10, 13), "range")
    assert span_of("۲۰-۲۲ میزان ۱۳۹۹") == (D(2020, 10, 11), D(2020, 10, 13), "range")
    assert span_of("۳۰ میزان تا ۲ عقرب ۱۳۹۹") == (D(2020, 10, 21), D(2020, 10, 23), "range")
    assert span_of("۲۷ جوزای ۱۳۹۹") == span_of("۲۷ جوزا ۱۳۹۹") == (D(2020, 6, 16), D(2020, 6, 16), "day")


@pytest.mark.parametrize(("text", "message"), [
    ("۳۰ حوت ۱۴۰۰", "Esfand (Hut) 1400 (Solar Hijri) has 29 days"),
    ("۳۲ میزان ۱۳۹۹", "Mehr (Mizan) 1399 (Solar Hijri) has 30 days"),
    ("۱۵ میزان ۱۲۹۹", "Solar Hijri years are read from 1300 to 1500"),
])
def test_a_solar_hijri_day_that_is_none_is_refused(text: str, message: str) -> None:
    with pytest.raises(NormalizeError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_date(text)


# --- Solar Hijri dates in digits ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["۱۳۹۹/۰۷/۲۱", "1399/7/21", "۲۱/۰۷/۱۳۹۹", "1399.07.21"])
def test_a_solar_hijri_date_in_digits_is_refused_with_the_day_it_would_be(text: str) -> None:
    """Digits alone do not say the calendar (Lunar Hijri years 1399-1450 are numbered alike): refused, never read
    as a Gregorian year 1399, with the Gregorian day of the Solar Hijri reading to write."""
    with pytest.raises(NormalizeError, match=r"Solar Hijri.*21 Mehr \(Mizan\) 1399, that is 2020-10-12: write "
                                             r"2020-10-12"):
        parse_date(text)


def test_an_iso_solar_hijri_date_in_a_claim_says_which_day_it_is(make_case: MakeCase) -> None:
    (found,) = problems_of(make_case({"am-mod.yaml": HEADER + claim(stated="2020-10-13", date="1399-07-21")}))
    assert found.startswith("test-case/am-mod.yaml:3: $.claims[0].date: the event is dated 1399-07-21, before 1800 "
                            "(the statement is of 2020-10-13): check the year (a typo, or a date of another "
                            "calendar?); as a Solar Hijri date (Persian, Dari and Pashto sources) it is 21 Mehr "
                            "(Mizan) 1399, that is 2020-10-12: write 2020-10-12, or the month by its name")


def test_an_iso_solar_hijri_statement_date_says_which_day_it_is(make_case: MakeCase) -> None:
    (found,) = problems_of(make_case({"am-mod.yaml": HEADER + claim(stated="1399-07-21", date="2020-10-12")}))
    assert "; the statement, as a Solar Hijri date (Persian, Dari and Pashto sources) it is 21 Mehr (Mizan) 1399, " \
           "that is 2020-10-12: write 2020-10-12;" in found


# --- Gregorian months in Persian ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("۲۸ سپتامبر ۲۰۲۲", D(2022, 9, 28)), ("۷ اکتبر ۲۰۲۳", D(2023, 10, 7)), ("۷ اکتوبر ۲۰۲۳", D(2023, 10, 7)),
    ("۸ ژوئیه ۲۰۲۱", D(2021, 7, 8)), ("۸ جولای ۲۰۲۱", D(2021, 7, 8)), ("۱۲ فبروری ۲۰۲۱", D(2021, 2, 12)),
    ("۱۲ فوریه ۲۰۲۱", D(2021, 2, 12)), ("۲۵ دسامبر ۲۰۲۰ میلادی", D(2020, 12, 25)), ("۳ ژانویه ۲۰۲۱", D(2021, 1, 3)),
])
def test_gregorian_months_as_persian_writes_them(text: str, day: dt.date) -> None:
    assert span_of(text) == (day, day, "day")


# --- counts ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "count"), [
    ("دست‌کم ۵۰", (50, None)), ("دست کم ۵۰", (50, None)), ("دستکم ۵۰", (50, None)), ("حداقل ۲۰", (20, None)),
    ("بیش از ۱۰۰", (101, None)), ("بیشتر از ۱۰", (11, None)), ("کمتر از ۵", (0, 4)), ("حداکثر ۶", (0, 6)),
    ("حدود ۳۰", (24, 36)), ("در حدود ۳۰", (24, 36)), ("تقریباً ۳۰", (24, 36)),
    ("نزدیک به ۳۰", (24, 30)), ("۱۵ تا ۲۰", (15, 20)), ("۱۵ الی ۲۰", (15, 20)), ("بین ۱۵ و ۲۰", (15, 20)),
    ("از ۱۵ تا ۲۰", (15, 20)), ("۱۵ یا ۱۶", (15, 16)), ("ده‌ها", count_of("tens")), ("ده ها", count_of("tens")),
    ("صدها", count_of("hundreds")), ("هزاران", count_of("thousands")), ("چندین", count_of("several")),
    ("چند", count_of("several")), ("تعدادی", count_of("a number of")), ("چند صد", count_of("a few hundred")),
    ("هیچ", (0, 0)), ("هیچ تلفاتی", (0, 0)), ("سه", (3, 3)), ("بیست و پنج", (25, 25)), ("بیست‌وپنج", (25, 25)),
    ("صد و بیست", (120, 120)), ("یکصد", (100, 100)), ("دویست", (200, 200)), ("دو هزار", (2000, 2000)),
    ("دست‌کم سه", (3, None)), ("بیش از ده‌ها", (21, None)), ("٢٠", (20, 20)), ("دست\u200cکم ١٥", (15, None)),
])
def test_persian_counts(text: str, count: tuple[int, int | None]) -> None:
    assert count_of(text) == count


@pytest.mark.parametrize(("text", "count"), [
    ("لږ تر لږه ۴۵", (45, None)), ("لږترلږه ۴۵", (45, None)), ("۱۵ تر ۲۰", (15, 20)), ("له ۱۵ تر ۲۰", (15, 20)),
    ("تر ۲۰ زیات", (21, None)), ("له ۲۰ څخه زیات", (21, None)), ("نږدې ۳۰", (24, 36)), ("نژدې ۳۰", (24, 36)),
    ("شاوخوا ۳۰", (24, 36)), ("لسګونه", count_of("tens")), ("لسگونه", count_of("tens")),
    ("سلګونه", count_of("hundreds")), ("څو", count_of("several")), ("هیڅ", (0, 0)),
])
def test_pashto_counts(text: str, count: tuple[int, int | None]) -> None:
    """Pashto letters typed as their Persian kin (گ for ګ, ژ for ږ) read alike."""
    assert count_of(text) == count


def test_a_persian_figure_with_a_classifier_says_the_figure_to_write() -> None:
    """``۱۳ تن`` (13 persons) is as ``13 people``: the figure is written alone, the words stay in the quote."""
    with pytest.raises(NormalizeError, match="write '13'"):
        count_of("۱۳ تن")


# --- places -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("اطراف شهر لشکرگاه، ولسوالی نادعلی", ["لشکرگاه", "نادعلی"]),
    ("حوالی غزنی", ["غزنی"]),
    ("د لښکرګاه ښار شاوخوا", ["لښکرګاه"]),
    ("د فاریاب ولایت په المار ولسوالۍ کې", ["فاریاب", "المار"]),
])
def test_persian_and_pashto_words_around_a_name_name_no_place(text: str, names: list[str]) -> None:
    """اطراف, حوالی, حومه (around, the vicinity, the outskirts) and Pashto شاوخوا are near words; Pashto کې (in),
    which closes په ... کې, is context. Each was read as a place of its own."""
    assert [found.name for found in mentions(text)] == names


# --- event words ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("حمله طالبان", "clash"), ("درگیری‌ها", "clash"), ("نبرد", "clash"), ("برید", "clash"), ("نښته", "clash"),
    ("حمله موشکی و پهپادی", "shelling"), ("حمله پهپادی", "shelling"), ("بمباران", "shelling"),
    ("حمله هوایی", "shelling"), ("خمپاره", "shelling"), ("هێرشی مووشەکی", "shelling"), ("حمله انتحاری", "bombing"),
])
def test_persian_pashto_and_sorani_event_words(text: str, kind: str) -> None:
    """They were ``unknown``, which matches every type, so a drone strike and a ground attack were never told apart."""
    assert event_type(text) == kind


@pytest.mark.parametrize(("name", "latin"), [("المار", "Almar"), ("البرز", "Alborz"), ("الموت", "Alamut")])
def test_a_name_that_begins_with_al_is_also_read_with_it(name: str, latin: str) -> None:
    """Persian, Dari and Pashto write names that begin with the syllable al with the letters of the Arabic article
    (المار, the district of Faryab, was *mar*, 0.63 to Almar); the reading with the article off still counts."""
    assert same_place(name, latin)
    assert same_place("الرقة", "Raqqa")
    assert same_place("المار", "مار")
    assert "LMR" in phonetic_keys("المار")


@pytest.mark.parametrize(("name", "other"), [
    ("کویه", "Koya"), ("کویه", "کۆیە"), ("كويسنجق", "Koysinjaq"), ("کوی سنجق", "Koysinjaq"),
])
def test_waw_before_yeh_is_also_read_as_the_diphthong(name: str, other: str) -> None:
    """Persian and Arabic write the oy of Koya and Koysinjaq as و before ی, which read as the consonant v: کویه was
    0.63 to Koya and 0.56 to the Sorani کۆیە, كويسنجق 0.74 to Koysinjaq, and the Iranian strike on Koya was three
    events."""
    assert same_place(name, other)


def test_the_diphthong_reading_leaves_kurdish_spellings_as_written() -> None:
    """Sorani writes its o as ۆ: a و beside it is the consonant."""
    from reconcile.places import _diphthong_reading

    assert _diphthong_reading("کۆیە") is None
    assert _diphthong_reading("کویه") == "کۆیه"
    assert _diphthong_reading("وین") is None  # first letter: the consonant


def test_a_gregorian_month_with_a_solar_hijri_year_gets_no_solar_hijri_day(make_case: MakeCase) -> None:
    """``15 May 1399`` names a Gregorian month: no Solar Hijri day (15 Mordad) is offered for it."""
    (found,) = problems_of(make_case({"am-mod.yaml": HEADER + claim(stated="2020-10-13", date="'15 May 1399'")}))
    assert found.endswith("check the year (a typo, or a date of another calendar?) (got '15 May 1399')")
