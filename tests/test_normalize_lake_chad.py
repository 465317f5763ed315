"""Gaps found coding the Lake Chad basin insurgency (army, ministry, media and monitor statements in English,
French, Arabic and Hausa): a night across a new year with the year written once, the message for a date after a
day of the week and for a range across a year, ``on``/``in``/``en``/``les`` before a date, the words for many and
for an unspecified number, a bound or an approximation after a noun of about N (``une vingtaine au moins``), and
Hausa figures and dates."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.models import Party
from reconcile.normalize import PartyResolver, parse_count, parse_date

from .readings import count_of, span_of

D = dt.date


_span, _count = span_of, count_of


# ---------------------------------------------------------------------------------------------------------------
# 1. A night across a new year, the year written once
# ---------------------------------------------------------------------------------------------------------------

NEW_YEAR = (D(2020, 12, 31), D(2021, 1, 1), "range")


@pytest.mark.parametrize("text", [
    "night of 31 December/1 January 2021",
    "the night of 31 December to 1 January 2021",
    "night between 31 December and 1 January 2021",
    "31 December/1 January 2021",
    "dans la nuit du 31 décembre au 1er janvier 2021",
    "nuit du 31 décembre au 1er janvier 2021",
    "en la noche del 31 de diciembre al 1 de enero de 2021",
    "na noite de 31 de dezembro para 1 de janeiro de 2021",
    "в ночь с 31 декабря на 1 января 2021",
    "у ніч з 31 грудня на 1 січня 2021",
])
def test_a_night_across_a_new_year_needs_the_year_once(text: str) -> None:
    """Only 31 December of the year before makes a night with 1 January: before, 'ends before it starts'."""
    assert _span(text) == NEW_YEAR


@given(st.integers(1801, 2100))
@example(2021)
def test_a_night_across_any_new_year(year: int) -> None:
    assert _span(f"night of 31 December/1 January {year}") == (D(year - 1, 12, 31), D(year, 1, 1), "range")


@pytest.mark.parametrize("text", ["night of 30 December/1 January 2021", "nuit du 30 décembre au 1er janvier 2021"])
def test_days_across_a_new_year_that_do_not_follow_each_other_are_no_night(text: str) -> None:
    with pytest.raises(NormalizeError):
        parse_date(text)


@pytest.mark.parametrize(("text", "reading"), [
    ("30 December - 2 January 2012", "30 December 2011 - 2 January 2012"),
    ("du 30 décembre au 2 janvier 2021", "30 December 2020 - 2 January 2021"),
    ("December - January 2012", "1 December 2011 - 31 January 2012"),
])
def test_a_range_across_a_new_year_is_refused_with_both_years(text: str, reading: str) -> None:
    """The documented refusal stays; its message names the crossing and the reading with both years instead of
    saying that the range ends before it starts."""
    with pytest.raises(NormalizeError) as info:
        parse_date(text)
    message = str(info.value)
    assert "crosses into a new year" in message
    assert f"'{reading}'" in message
    assert "ends before it starts" not in message
    assert _span(reading)[0] < _span(reading)[1]  # the reading offered is one reconcile reads


def test_a_range_that_runs_backwards_within_a_month_keeps_its_message() -> None:
    with pytest.raises(NormalizeError, match="ends before it starts"):
        parse_date("5-4 June 2012")


# ---------------------------------------------------------------------------------------------------------------
# 2. A day of the week before a date: read where the date falls on it, refused with both days where it does not
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "iso", "weekday"), [
    ("on Sunday 3 Jan 2021", "2021-01-03", "Sunday"),
    ("Sunday, 3 January 2021", "2021-01-03", "Sunday"),
    ("Sun. 3 Jan 2021", "2021-01-03", "Sunday"),
    ("Saturday, November 28, 2020", "2020-11-28", "Saturday"),
    ("dimanche 9 juin 2019", "2019-06-09", "Sunday"),
    ("le dimanche 9 juin 2019", "2019-06-09", "Sunday"),
    ("el domingo 3 de enero de 2021", "2021-01-03", "Sunday"),
    ("sábado 28 de novembro de 2020", "2020-11-28", "Saturday"),
])
def test_a_weekday_before_its_date_is_read_as_the_date(text: str, iso: str, weekday: str) -> None:
    """The day of the week the date falls on is read, and the date alone is the span (it was refused)."""
    day = D.fromisoformat(iso)
    assert ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[day.weekday()] == weekday
    assert _span(text) == (day, day, "day")
    assert parse_date(text).text == text


@pytest.mark.parametrize(("text", "actual", "named"), [
    ("Monday, 3 January 2021", "Sunday", "Monday"),
    ("on Tuesday 18 January 2017", "Wednesday", "Tuesday"),
    ("lundi 9 juin 2019", "Sunday", "Monday"),
])
def test_a_weekday_that_does_not_fit_its_date_is_named(text: str, actual: str, named: str) -> None:
    """A weekday the date does not fall on points to a wrong day or month: the message says so."""
    with pytest.raises(NormalizeError, match=f"was a {actual}, not a {named}$"):
        parse_date(text)


def test_a_weekday_before_a_range_is_refused_with_the_range() -> None:
    with pytest.raises(NormalizeError, match=r"read only before one day; write the date without it "
                                             r"\('17-18 january 2017'\)$"):
        parse_date("Tuesday 17-18 January 2017")


@pytest.mark.parametrize("text", ["Sunday", "on Sunday", "Sunday 3 Jan"])
def test_a_weekday_without_a_date_gets_the_general_message(text: str) -> None:
    with pytest.raises(NormalizeError, match=r"^cannot read a date from .*; expected "):
        parse_date(text)


# ---------------------------------------------------------------------------------------------------------------
# 3. The words that lead a date in a sentence
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("on 3 January 2021", D(2021, 1, 3), D(2021, 1, 3), "day"),
    ("on the 3rd of January 2021", D(2021, 1, 3), D(2021, 1, 3), "day"),
    ("on January 3, 2021", D(2021, 1, 3), D(2021, 1, 3), "day"),
    ("on 2 and 3 January 2021", D(2021, 1, 2), D(2021, 1, 3), "range"),
    ("in January 2021", D(2021, 1, 1), D(2021, 1, 31), "month"),
    ("in early January 2021", D(2021, 1, 1), D(2021, 1, 10), "range"),
    ("on the night of 2/3 January 2021", D(2021, 1, 2), D(2021, 1, 3), "range"),
    ("en janvier 2021", D(2021, 1, 1), D(2021, 1, 31), "month"),
    ("au mois de janvier 2021", D(2021, 1, 1), D(2021, 1, 31), "month"),
    ("courant janvier 2021", D(2021, 1, 1), D(2021, 1, 31), "month"),
    ("au cours du mois de janvier 2021", D(2021, 1, 1), D(2021, 1, 31), "month"),
    ("les 2 et 3 janvier 2021", D(2021, 1, 2), D(2021, 1, 3), "range"),
    ("en junio de 2022", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("em junho de 2022", D(2022, 6, 1), D(2022, 6, 30), "month"),
])
def test_a_preposition_before_a_date(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    assert _span(text) == (start, end, precision)


@pytest.mark.parametrize("text", ["on", "in", "on June 4", "en janvier"])
def test_a_preposition_does_not_make_a_date(text: str) -> None:
    with pytest.raises(NormalizeError):
        parse_date(text)


# ---------------------------------------------------------------------------------------------------------------
# 4. Many, a large number, an unspecified number
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "nombreux", "nombreuses", "de nombreux", "de nombreuses", "muchos", "muchas", "numerosos", "numerosas",
    "muitos", "muitas", "много", "многие", "многочисленные", "багато", "численні", "العديد", "العديد من",
    "الكثير", "الكثير من", "a large number", "a large number of", "a great number of", "un grand nombre",
    "un grand nombre de", "un gran número de", "um grande número de", "عدد كبير من", "da dama", "dimbin",
])
def test_many_in_every_language(text: str) -> None:
    """``many`` was English and Amharic only: 6 or more."""
    assert _count(text) == (6, None)


@pytest.mark.parametrize("text", [
    "an unspecified number", "an unspecified number of", "an unknown number of", "an undisclosed number of",
    "an undetermined number", "un nombre indéterminé de", "un nombre inconnu", "un nombre non précisé d'",
    "un número indeterminado de", "um número desconhecido de", "عدد غير محدد من",
])
def test_an_unspecified_number_is_at_least_one(text: str) -> None:
    """Some were hit, with no figure: 1 or more, as ``casualties``."""
    assert _count(text) == (1, None)


@pytest.mark.parametrize("text", ["unspecified", "unknown", "undisclosed"])
def test_no_figure_alone_still_says_to_leave_the_field_out(text: str) -> None:
    with pytest.raises(NormalizeError, match="leave the field out"):
        parse_count(text)


@pytest.mark.parametrize("text", ["at least a large number", "about an unknown number", "nil of", "many of"])
def test_no_bound_or_of_where_the_phrase_takes_none(text: str) -> None:
    with pytest.raises(NormalizeError):
        parse_count(text)


# ---------------------------------------------------------------------------------------------------------------
# 5. A bound or an approximation after a noun of about N
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high"), [
    ("une vingtaine au moins", 20, None),
    ("une vingtaine ou plus", 20, None),
    ("une trentaine et plus", 30, None),
    ("une centaine environ", 80, 120),
    ("une dizaine environ", 8, 12),
    ("una veintena o más", 20, None),
    ("uma vintena ou mais", 20, None),
    ("au moins une vingtaine", 20, None),  # as before
    ("plus d'une dizaine", 11, None),  # as before
])
def test_a_word_after_a_noun_of_about_n(text: str, low: int, high: int | None) -> None:
    """As ``a dozen at least`` is 12 or more: the noun counts exactly under a bound, and stays about N under an
    approximation (before, refused)."""
    assert _count(text) == (low, high)


@given(st.sampled_from(["dizaine:10", "quinzaine:15", "vingtaine:20", "trentaine:30", "quarantaine:40",
                        "cinquantaine:50", "soixantaine:60", "centaine:100"]),
       st.sampled_from(["au moins", "ou plus", "et plus"]))
@example("vingtaine:20", "au moins")
def test_every_french_noun_takes_a_bound_after_it(noun: str, bound: str) -> None:
    word, number = noun.split(":")
    assert _count(f"une {word} {bound}") == _count(f"au moins {number}")


# ---------------------------------------------------------------------------------------------------------------
# 6. Hausa
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high"), [
    ("fiye da 40", 41, None),
    ("sama da 40", 41, None),
    ("akalla 20", 20, None),
    ("aƙalla 20", 20, None),
    ("a kalla 20", 20, None),
    ("kasa da 10", 0, 9),
    ("ƙasa da 10", 0, 9),
    ("har zuwa 50", 0, 50),
    ("kimanin 30", 24, 36),
    ("kamar 30", 24, 36),
    ("kusan 20", 16, 20),
    ("20 ko 30", 20, 30),
    ("20 zuwa 30", 20, 30),
    ("daga 20 zuwa 30", 20, 30),
    ("tsakanin 20 da 30", 20, 30),
    ("babu", 0, 0),
    ("gomman", 20, None),
    ("ɗaruruwa", 200, None),
    ("daruruwa", 200, None),
    ("dubban", 2000, None),
])
def test_hausa_counts(text: str, low: int, high: int | None) -> None:
    assert _count(text) == (low, high)


@pytest.mark.parametrize("text", ["mutane 20", "fiye da mutane 20", "30 ko", "tsakanin 30 da 20"])
def test_hausa_counts_refused(text: str) -> None:
    """A figure with a noun (*20 people*) is refused, as in English; so is a range that runs backwards."""
    with pytest.raises(NormalizeError):
        parse_count(text)


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("3 ga Janairu 2021", D(2021, 1, 3), D(2021, 1, 3), "day"),
    ("3 ga watan Janairu, 2021", D(2021, 1, 3), D(2021, 1, 3), "day"),
    ("Yuni 2020", D(2020, 6, 1), D(2020, 6, 30), "month"),
    ("farkon watan Janairu 2021", D(2021, 1, 1), D(2021, 1, 10), "range"),
    ("tsakiyar Maris 2023", D(2023, 3, 11), D(2023, 3, 20), "range"),
    ("ƙarshen Disamba 2020", D(2020, 12, 21), D(2020, 12, 31), "range"),
    ("2 zuwa 3 ga Janairu 2021", D(2021, 1, 2), D(2021, 1, 3), "range"),
    ("tsakanin 2 da 3 ga Janairu 2021", D(2021, 1, 2), D(2021, 1, 3), "range"),
])
def test_hausa_dates(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    assert _span(text) == (start, end, precision)


@pytest.mark.parametrize("text", ["31 ga Fabrairu 2021", "3 ga Janairu", "3 zuwa 2 ga Janairu 2021"])
def test_hausa_dates_refused(text: str) -> None:
    with pytest.raises(NormalizeError):
        parse_date(text)


# ---------------------------------------------------------------------------------------------------------------
# 7. A number written twice, in words and in digits
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high"), [
    ("twenty (20)", 20, 20),
    ("20 (twenty)", 20, 20),
    ("five (5)", 5, 5),
    ("twenty-one (21)", 21, 21),
    ("1,200 (one thousand two hundred)", 1200, 1200),
    ("over 100 (one hundred)", 101, None),
    ("more than one hundred (100)", 101, None),
    ("at least five (5)", 5, None),
    ("about 10 (ten)", 8, 12),
    ("15 to 20 (twenty)", 15, 20),
    ("vingt (20)", 20, 20),
    ("plus de cent (100)", 101, None),
    ("plus de 100 (cent)", 101, None),
    ("двадцать (20)", 20, 20),
    ("20 (approx.)", 16, 24),  # a word in brackets, as before
])
def test_a_number_repeated_in_brackets(text: str, low: int, high: int | None) -> None:
    """Official English writes a figure twice, in words and digits: one figure (before, refused)."""
    assert _count(text) == (low, high)


_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    tens = _UNITS[rest] if rest < 20 else _TENS[rest // 10 - 2] + (f"-{_UNITS[rest % 10]}" if rest % 10 else "")
    if not hundreds:
        return tens
    return f"{_UNITS[hundreds]} hundred" + (f" and {tens}" if rest else "")


def _english_words(number: int) -> str:
    """A number below a million in English words: ``one thousand two hundred and five``."""
    thousands, rest = divmod(number, 1000)
    if not thousands:
        return _below_thousand(rest)
    return f"{_below_thousand(thousands)} thousand" + (f" {_below_thousand(rest)}" if rest else "")


@given(st.integers(0, 999_999), st.booleans())
@example(20, True)
@example(100_205, False)
def test_a_number_in_words_and_digits_reads_as_the_number(number: int, words_first: bool) -> None:
    words = _english_words(number)
    text = f"{words} ({number:,})" if words_first else f"{number} ({words})"
    assert _count(text) == (number, number)


@pytest.mark.parametrize(("text", "message"), [
    ("20 (thirty)", "the number in brackets (30) is not the number before it (20)"),
    ("vingt (21)", "the number in brackets (21) is not the number before it (20)"),
    ("over 100 (ninety)", "the number in brackets (90) is not the number before it (100)"),
])
def test_two_different_numbers_are_refused(text: str, message: str) -> None:
    with pytest.raises(NormalizeError, match=re.escape(message)):
        parse_count(text)


@pytest.mark.parametrize("text", ["a dozen (12)", "several (3)", "(20)", "20 ()", "20 (twenty) to 30 (thirty)"])
def test_brackets_that_repeat_no_number_are_refused(text: str) -> None:
    with pytest.raises(NormalizeError, match=r"^cannot read a count from "):
        parse_count(text)


# ---------------------------------------------------------------------------------------------------------------
# 8. Words after a count: the message gives the count to write
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "head", "rest"), [
    ("scores of terrorists", "scores of", "terrorists"),
    ("dozens of insurgents", "dozens of", "insurgents"),
    ("over 100 terrorists neutralised", "over 100", "terrorists neutralised"),
    ("3 soldiers", "3", "soldiers"),
    ("une dizaine de morts", "une dizaine", "de morts"),
    ("fiye da 30 mutane", "fiye da 30", "mutane"),
])
def test_words_after_a_count_get_the_count_to_write(text: str, head: str, rest: str) -> None:
    with pytest.raises(NormalizeError) as info:
        parse_count(text)
    assert str(info.value).startswith(
        f"cannot read a count from {text!r}: a figure is read without the words after it ({rest!r}); write {head!r} "
    )


@pytest.mark.parametrize("text", ["one two", "huge losses", "twenty thirty five", "20 (thirty) soldiers"])
def test_no_count_to_write_where_none_is_meant(text: str) -> None:
    with pytest.raises(NormalizeError) as info:
        parse_count(text)
    assert "a figure is read without the words after it" not in str(info.value)


# ---------------------------------------------------------------------------------------------------------------
# 9. A party name among other words, or two parties in one field
# ---------------------------------------------------------------------------------------------------------------


def _resolver() -> PartyResolver:
    return PartyResolver([
        Party("nigeria", "Nigeria", ("Nigerian Army", "troops")),
        Party("iswap", "Islamic State West Africa Province", ("ISWAP",)),
        Party("jas", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", ("JAS", "Boko Haram")),
    ])


@pytest.mark.parametrize("text", ["Boko Haram/ISWAP", "Boko Haram (ISWAP)", "ISWAP and Boko Haram",
                                  "ISWAP/Boko Haram terrorists"])
def test_two_parties_in_one_field_are_named(text: str) -> None:
    with pytest.raises(NormalizeError) as info:
        _resolver().resolve(text)
    assert str(info.value).endswith("(it names 2 parties, iswap, jas: a claim names one; write the one the source "
                                    "means, or 'unknown' where it does not tell them apart)")


@pytest.mark.parametrize(("text", "party"), [("Boko Haram terrorists", "jas"), ("Nigerian Army troops", "nigeria"),
                                             ("ISWAP fighters", "iswap")])
def test_a_party_name_among_other_words_is_named(text: str, party: str) -> None:
    with pytest.raises(NormalizeError) as info:
        _resolver().resolve(text)
    assert str(info.value).endswith(f"(it holds a name of party {party!r} among other words: if the source means "
                                    f"that party alone, write {party!r}; or add the text as an alias of the party "
                                    "in case.yaml)")


@pytest.mark.parametrize("text", ["Russia", "Shekau faction", "insurgents"])
def test_a_text_with_no_party_name_gets_no_note(text: str) -> None:
    with pytest.raises(NormalizeError) as info:
        _resolver().resolve(text)
    assert str(info.value).endswith("or 'unknown' (another name of a party is added to its aliases in case.yaml)")


@pytest.mark.parametrize(("text", "party"), [("Boko Haram", "jas"), ("boko-haram", "jas"), ("ISWAP", "iswap"),
                                             ("the Nigerian Army", "nigeria")])
def test_names_still_resolve(text: str, party: str) -> None:
    assert _resolver().resolve(text) == party
