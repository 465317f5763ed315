"""Two choices changed for statements that date and count as army and ministry statements of the Lake Chad basin
and South Asia do: a day of the week before a date is read where the date falls on it (and still refused, naming
both days, where it does not), and a loose multiple's unit may be plural (``several hundreds``, ``a few dozens
of``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.normalize import parse_count, parse_date

from .readings import count_of, span_of

D = dt.date

_ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


_span, _count = span_of, count_of


# ---------------------------------------------------------------------------------------------------------------
# 1. A day of the week before a date
# ---------------------------------------------------------------------------------------------------------------

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


class _Language:
    """How a language writes a date and the names of the days of the week before it (Monday first; each day's
    names separated by ``|``, all of them written by sources)."""

    def __init__(self, dates: tuple[Callable[[dt.date], str], ...], days: tuple[str, ...]) -> None:
        self.dates = dates
        self.days = tuple(tuple(names.split("|")) for names in days)


def _months(names: str, form: str = "{d} {month} {y}") -> Callable[[dt.date], str]:
    """A date of the ``form`` with the month named from ``names`` (January first)."""
    months = [name.replace("_", " ") for name in names.split()]  # Kanûna_Paşîn: a name of two words
    return lambda day: form.format(d=day.day, month=months[day.month - 1], y=day.year)


_LANGUAGES = {
    "English": _Language(
        (
            lambda day: f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}",
            lambda day: f"{_EN_MONTHS[day.month - 1]} {day.day}, {day.year}",
            lambda day: f"{_ordinal(day.day)} {_EN_MONTHS[day.month - 1]} {day.year}",
            lambda day: f"the {_ordinal(day.day)} of {_EN_MONTHS[day.month - 1]} {day.year}",
            lambda day: f"{day.day} {_EN_MONTHS[day.month - 1][:3]} {day.year}",
            lambda day: day.isoformat(),
        ),
        ("Monday|Mon|Mon.|on Monday|on Monday,|Monday,", "Tuesday|Tue|Tues.|on Tuesday,",
         "Wednesday|Wed|Wed.|on Wednesday", "Thursday|Thu|Thurs|Thursday,", "Friday|Fri|Fri.|on Friday,",
         "Saturday|Sat|Sat.|on Saturday", "Sunday|Sun|Sun.|on Sunday,|SUNDAY"),
    ),
    "French": _Language(
        (_months("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),),
        ("lundi|le lundi", "mardi|le mardi", "mercredi|le mercredi", "jeudi|le jeudi", "vendredi|le vendredi",
         "samedi|le samedi", "dimanche|le dimanche|Dimanche,"),
    ),
    "Spanish": _Language(
        (_months("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
                 "{d} de {month} de {y}"),),
        ("lunes|el lunes", "martes|el martes", "miércoles|el miércoles|miercoles", "jueves|el jueves",
         "viernes|el viernes", "sábado|el sábado|sabado", "domingo|el domingo|domingo,"),
    ),
    "Portuguese": _Language(
        (_months("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
                 "{d} de {month} de {y}"),),
        ("segunda-feira|na segunda-feira,|segunda", "terça-feira|na terça-feira|terca-feira",
         "quarta-feira|na quarta-feira,", "quinta-feira|na quinta-feira", "sexta-feira|na sexta-feira",
         "sábado|no sábado,", "domingo|no domingo|domingo,"),
    ),
    "Russian": _Language(
        (_months("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),),
        ("понедельник|в понедельник,", "вторник|во вторник", "среда|в среду,", "четверг|в четверг",
         "пятница|в пятницу", "суббота|в субботу,", "воскресенье|в воскресенье,"),
    ),
    "Ukrainian": _Language(
        (_months("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"),),
        ("понеділок|у понеділок,|в понеділок", "вівторок|у вівторок", "середа|у середу,", "четвер|у четвер",
         "п'ятниця|у п'ятницю|у п’ятницю,|в пʼятницю", "субота|у суботу", "неділя|у неділю,|в неділю"),
    ),
    "Arabic": _Language(
        (_months("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"),),
        ("الاثنين|الإثنين|يوم الاثنين", "الثلاثاء|يوم الثلاثاء،", "الأربعاء|الاربعاء", "الخميس|يوم الخميس",
         "الجمعة|يوم الجمعة،", "السبت|يوم السبت", "الأحد|الاحد|يوم الأحد،"),
    ),
    "Hausa": _Language(
        (_months("Janairu Fabrairu Maris Afrilu Mayu Yuni Yuli Agusta Satumba Oktoba Nuwamba Disamba",
                 "{d} ga watan {month} {y}"),),
        ("Litinin|ranar Litinin", "Talata|ranar Talata,", "Laraba|ranar Laraba", "Alhamis|ranar Alhamis",
         "Juma'a|ranar Juma'a|Jumma'a", "Asabar|ranar Asabar", "Lahadi|ranar Lahadi,"),
    ),
    "Swahili": _Language(
        (_months("Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
                 "tarehe {d} {month} {y}"),
         _months("Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba")),
        ("Jumatatu|siku ya Jumatatu", "Jumanne|siku ya Jumanne,", "Jumatano|Jumatano,", "Alhamisi|siku ya Alhamisi",
         "Ijumaa|siku ya Ijumaa", "Jumamosi|Jumamosi,", "Jumapili|siku ya Jumapili,"),
    ),
    "Indonesian and Malay": _Language(
        (_months("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
                 "tanggal {d} {month} {y}"),
         _months("Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember")),
        ("Senin|Senin,|pada hari Senin|Isnin", "Selasa|hari Selasa,", "Rabu|pada Rabu", "Kamis|Khamis,",
         "Jumat|Jum'at|Jumaat,", "Sabtu|hari Sabtu", "Minggu|Minggu,|Ahad"),
    ),
    "Kurmanji": _Language(
        (_months("Çileyê Sibatê Adarê Nîsanê Gulanê Hezîranê Tîrmehê Tebaxê Îlonê Cotmehê Mijdarê Kanûnê",
                 "{d}ê {month} {y}"),
         _months("Kanûna_Paşîn Reşemiya Adara Avrêla Gulana Pûşpera Tîrmeha Gelawêja Rezbera Çiriya_Pêşîn "
                 "Sermaweza Berfanbara", "{d}'ê {month} {y}'an")),
        ("Duşem|roja Duşemê|Dusem", "Sêşem|roja Sêşemê,", "Çarşem|Çarşemê", "Pêncşem|roja Pêncşemê,",
         "Înî|roja Înê|Îniyê,", "Şemî|roja Şemiyê|Şemiya", "Yekşem|roja Yekşemê,"),  # În alone: Romanian în
    ),
}

_DATES = st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))


#: Which of a language's date forms and of a day's names a test writes: any, modulo their number.
_CHOICE = st.integers(0, 99)


@given(day=_DATES, language=st.sampled_from(sorted(_LANGUAGES)), form=_CHOICE, name=_CHOICE)
@example(day=D(2021, 1, 3), language="English", form=3, name=3)  # on Sunday, the 3rd of January 2021
@example(day=D(2020, 2, 29), language="Arabic", form=0, name=1)  # يوم السبت 29 فبراير 2020
@example(day=D(2021, 1, 1), language="Ukrainian", form=0, name=2)  # у п’ятницю, 1 січня 2021
@example(day=D(2000, 12, 1), language="Kurmanji", form=0, name=0)  # Înî 1ê Kanûnê 2000 (not În: Romanian în)
def test_a_weekday_the_date_falls_on_reads_as_the_date(day: dt.date, language: str, form: int, name: int) -> None:
    """For any day and any date form of a language, ``<the day's weekday> <date>`` is the span the date alone is."""
    written = _LANGUAGES[language]
    date = written.dates[form % len(written.dates)](day)
    names = written.days[day.weekday()]
    text = f"{names[name % len(names)]} {date}"
    assert _span(date) == (day, day, "day")  # the date alone is read
    assert _span(text) == (day, day, "day")
    assert parse_date(text).text == text


@given(day=_DATES, shift=st.integers(1, 6), language=st.sampled_from(sorted(_LANGUAGES)), form=_CHOICE,
       name=_CHOICE)
@example(day=D(2021, 1, 3), shift=1, language="English", form=0, name=0)  # Monday 3 January 2021
def test_a_weekday_the_date_does_not_fall_on_is_refused_naming_both(day: dt.date, shift: int, language: str,
                                                                     form: int, name: int) -> None:
    """A weekday that does not fit its date is a sign that the day or the month is wrong: refused, with the day it
    was and the day the source named."""
    written = _LANGUAGES[language]
    date = written.dates[form % len(written.dates)](day)
    named = (day.weekday() + shift) % 7
    names = written.days[named]
    with pytest.raises(NormalizeError, match=(
        rf"^cannot read a date from .*: the day of the week does not fit the date; write the date without it, after "
        rf"checking the date: {day.isoformat()} was a {_ENGLISH_DAYS[day.weekday()]}, not a {_ENGLISH_DAYS[named]}$"
    )):
        parse_date(f"{names[name % len(names)]} {date}")


@pytest.mark.parametrize(("text", "day"), [
    # the forms the case met, each one day
    ("Sunday 3 January 2021", D(2021, 1, 3)),
    ("on Sunday, 3 January 2021", D(2021, 1, 3)),
    ("Sun 3 Jan 2021", D(2021, 1, 3)),
    ("Sunday, January 3, 2021", D(2021, 1, 3)),
    ("Sunday 3rd January 2021", D(2021, 1, 3)),
    ("Sunday the 3rd of January 2021", D(2021, 1, 3)),
    ("on Sunday the 3rd of January 2021", D(2021, 1, 3)),
    ("dimanche 3 janvier 2021", D(2021, 1, 3)),
    ("le dimanche 3 janvier 2021", D(2021, 1, 3)),
    ("dimanche 1er novembre 2020", D(2020, 11, 1)),
    ("el domingo 3 de enero de 2021", D(2021, 1, 3)),
    ("domingo, 3 de janeiro de 2021", D(2021, 1, 3)),
    ("в воскресенье, 3 января 2021", D(2021, 1, 3)),
    ("у неділю 3 січня 2021", D(2021, 1, 3)),
    ("الأحد 3 يناير 2021", D(2021, 1, 3)),
    ("الأحد، 3 يناير 2021", D(2021, 1, 3)),
    ("ranar Lahadi 3 ga watan Janairu 2021", D(2021, 1, 3)),
    ("siku ya Jumapili tarehe 3 Januari 2021", D(2021, 1, 3)),
    ("Jumatatu, 27 Januari 2025", D(2025, 1, 27)),
    ("pada hari Minggu, 3 Januari 2021", D(2021, 1, 3)),
    ("Ahad 3 Januari 2021", D(2021, 1, 3)),
    ("roja Yekşemê, 3ê Çileya 2021an", D(2021, 1, 3)),
    ("roja Înê 23'ê Tebaxê 2024", D(2024, 8, 23)),
    ("Tuesday 17-17 January 2017", D(2017, 1, 17)),  # a range within one day is that day
])
def test_the_case_forms_of_a_weekday_before_its_date(text: str, day: dt.date) -> None:
    assert _span(text) == (day, day, "day")


@pytest.mark.parametrize(("text", "rest"), [
    ("Sunday January 2021", "january 2021"),
    ("Tuesday 17-18 January 2017", "17-18 january 2017"),
    ("Sunday early January 2021", "early january 2021"),
    ("Saturday night of 2/3 January 2021", "night of 2/3 january 2021"),
    ("Friday 2021", "2021"),
    ("le dimanche janvier 2021", "janvier 2021"),
])
def test_a_weekday_before_more_than_one_day_is_refused_with_the_span(text: str, rest: str) -> None:
    """A day of the week names no one day of a month or a range: refused, with the span to write."""
    with pytest.raises(NormalizeError, match=rf"^cannot read a date from {text!r}: a day of the week is read only "
                                             rf"before one day; write the date without it \({rest!r}\)$"):
        parse_date(text)


@pytest.mark.parametrize("text", [
    "Sunday", "on Sunday", "Sunday 3 Jan", "Sunday Sunday 3 January 2021", "on Sunday on Sunday 3 January 2021",
    "last night Sunday 3 January 2021", "Sundays 3 January 2021", "dimanche 3 janvier",
])
def test_a_weekday_before_no_date_gets_the_general_message(text: str) -> None:
    """A weekday alone, twice, after other words, or before no date the forms read: the general message. (After
    today or yesterday it is read: ``yesterday Sunday 3 January 2021`` is 3 January 2021, as the date says.)"""
    with pytest.raises(NormalizeError, match=r"^cannot read a date from .*; expected "):
        parse_date(text)


@pytest.mark.parametrize(("text", "message"), [
    ("Sunday 31 June 2021", r"^impossible date '31 june 2021': June 2021 has 30 days$"),
    ("Friday 5-4 June 2012", r"^date range '5-4 june 2012' ends before it starts$"),
    ("Thursday 30 December - 2 January 2021", r"crosses into a new year"),
])
def test_a_weekday_before_a_date_that_breaks_a_rule_gets_that_rule_s_message(text: str, message: str) -> None:
    """The date after the weekday is a form that breaks a rule: its own message, not the general one."""
    with pytest.raises(NormalizeError, match=message):
        parse_date(text)


# ---------------------------------------------------------------------------------------------------------------
# 2. A loose multiple with its unit in the plural
# ---------------------------------------------------------------------------------------------------------------

_LOOSE_WORDS = ["a couple of", "a couple", "a few", "several"]
_UNITS = ["dozen", "score", "hundred", "thousand", "lakh"]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("several hundreds", 300, 900),
    ("a few dozens", 24, 60),
    ("several dozens of", 36, 108),
    ("a few hundreds", 200, 500),
    ("several thousands", 3000, 9000),
    ("a couple of dozens", 24, 36),
    ("Several Hundreds Of", 300, 900),
    ("several lakhs", 300_000, 900_000),
    ("several tens of", 30, 90),
])
def test_a_plural_unit_after_a_loose_word_reads_as_the_singular(text: str, low: int, high: int) -> None:
    assert _count(text) == (low, high)
    assert parse_count(text).text == text


@given(word=st.sampled_from(_LOOSE_WORDS), unit=st.sampled_from(_UNITS), of=st.booleans(),
       bound=st.sampled_from(["", "at least ", "more than ", "over "]))
@example(word="several", unit="hundred", of=False, bound="")
def test_a_plural_unit_reads_as_the_singular_also_with_of_and_a_bound(word: str, unit: str, of: bool,
                                                                       bound: str) -> None:
    """``several hundreds`` is ``several hundred``; ``several hundreds of`` too, as ``hundreds of`` is ``hundreds``;
    a lower bound before either bounds the same low end."""
    singular = f"{bound}{word} {unit}"
    plural = f"{bound}{word} {unit}s" + (" of" if of else "")
    try:
        expected = _count(singular)
    except NormalizeError:  # a figure too large (several lakh over the largest count) is refused either way
        with pytest.raises(NormalizeError):
            parse_count(plural)
        return
    assert _count(plural) == expected


@pytest.mark.parametrize("text", [
    "several dozen of",  # a singular unit takes no "of": the count to write is named
    "some hundred",  # "some" sets no upper bound to multiply ("some hundreds" is hundreds: see
    # test_normalize_plural_units.py)
    "several hundredss",
    "several of",
    "several hundreds of of",
])
def test_other_loose_forms_stay_refused(text: str) -> None:
    with pytest.raises(NormalizeError, match=r"^cannot read a count from "):
        parse_count(text)


@pytest.mark.parametrize(("text", "english"), [
    ("plusieurs centaines", "several hundred"),
    ("quelques centaines", "a few hundred"),
    ("plusieurs milliers", "several thousand"),
    ("varios cientos", "several hundred"),
    ("varias centenas", "several hundred"),
    ("varios miles", "several thousand"),
    ("várias centenas", "several hundred"),
    ("algumas centenas", "a few hundred"),
    ("vários milhares", "several thousand"),
])
def test_the_plural_multiples_of_french_spanish_and_portuguese_read_as_the_english(text: str, english: str) -> None:
    """The other languages write these units in the plural already, and read as the English plural does."""
    assert _count(text) == _count(english) == _count(english.replace("hundred", "hundreds")
                                                      .replace("thousand", "thousands"))
