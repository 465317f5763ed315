"""Gaps found by analysts coding claims of many conflicts: a multiplier word that counts both ends of a range (``two
to three hundred`` read 2 to 300), nights and spans of days in French, Spanish, Portuguese, Russian, Ukrainian and
South Slavic dates, the ordinal of the first of a month (``1º de junho``), the words for none and a few in French,
Spanish and Portuguese, and a post's number (``блокпост № 3``) in a count field."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import normalize
from reconcile.errors import NormalizeError
from reconcile.models import Count
from reconcile.normalize import MAX_COUNT, format_count, parse_count, parse_date

from .conftest import MakeCase
from .test_normalize_gaps_footnotes_dates import _refusal, _span, killed_field_problem

D = dt.date


def _count(text: str) -> tuple[int, int | None]:
    count = parse_count(text)
    return count.low, count.high


# ---------------------------------------------------------------------------------------------------------------
# 1. A multiplier word after a range counts both ends
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high"), [
    ("two to three hundred", 200, 300),
    ("between two and three hundred", 200, 300),
    ("from two to three hundred", 200, 300),
    ("two or three thousand", 2000, 3000),
    ("two-three hundred", 200, 300),
    ("twenty to thirty thousand", 20000, 30000),
    ("one or two hundred", 100, 200),
    ("two to three hundred thousand", 200000, 300000),
    ("two to three lakh", 200000, 300000),
    ("deux à trois cents", 200, 300),
    ("entre deux et trois cents", 200, 300),
    ("deux ou trois mille", 2000, 3000),
    ("dos a trescientos", 200, 300),
    ("de dos a trescientos", 200, 300),
    ("dos o tres mil", 2000, 3000),
    ("dois a três mil", 2000, 3000),
    ("от двух до трёх тысяч", 2000, 3000),
    ("две-три тысячи", 2000, 3000),
])
def test_a_multiplier_after_a_range_counts_both_ends(text: str, low: int, high: int) -> None:
    """The word after the second number multiplies a bare first number: two to three hundred is 200 to 300, as the
    source says it, not 2 to 300."""
    assert _count(text) == (low, high)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("doscientos a trescientos", 200, 300),  # the first has its own hundreds
    ("two hundred to three hundred", 200, 300),
    ("ninety to a hundred", 90, 100),  # 90 is not below the one of a hundred: no multiplier
    ("ninety to one hundred", 90, 100),
    ("one to a hundred", 1, 100),
    ("twenty to three hundred", 20, 300),  # 20 is not below the 3 of three hundred
    ("between one hundred and five and two hundred", 105, 200),
    ("two to three dozen", 24, 36),
    ("от двух до ста", 2, 100),
])
def test_a_first_number_that_is_not_bare_and_smaller_keeps_its_value(text: str, low: int, high: int) -> None:
    """A first number with a multiplier of its own, or not below the number the multiplier counts, is read as
    written: no range is turned backwards."""
    assert _count(text) == (low, high)


@pytest.mark.parametrize(("text", "written"), [
    ("20 to 30 thousand", "20000 to 30000"),
    ("15-20 thousand", "15000-20000"),
    ("between 2 and 3 hundred", "between 200 and 300"),
    ("2 or 3 lakh", "200000 or 300000"),
    ("200 to 3 thousand", "200 to 3000"),
])
def test_digits_of_a_range_and_a_number_word_say_what_to_write(text: str, written: str) -> None:
    """Digits and a number word are refused as 2 thousand is, and the message gives the range with the word counting
    both ends."""
    assert _refusal(parse_count, text).startswith(
        f"cannot read a count from {text!r}: digits and a number word are not read together; write {written!r}; "
    )
    parse_count(written)


_UNITS = {"hundred": 100, "thousand": 1000}
#: The second number and its multiplier: one to nine hundred (ten hundred is no English number), one to 99 thousand.
_SECOND = st.one_of(st.tuples(st.integers(1, 9), st.just("hundred")),
                    st.tuples(st.integers(1, 99), st.just("thousand")))


@given(low=st.integers(0, 99), second=_SECOND,
       separator=st.sampled_from(["{} to {}", "{} or {}", "between {} and {}", "from {} to {}", "{}-{}"]))
@example(low=2, second=(3, "hundred"), separator="{} to {}")
@example(low=90, second=(1, "hundred"), separator="{} to {}")
@example(low=0, second=(1, "hundred"), separator="{} or {}")
@example(low=99, second=(99, "thousand"), separator="between {} and {}")
@example(low=50, second=(1, "thousand"), separator="{}-{}")  # fifty-one thousand: 51,000
def test_a_multiplied_range_runs_forwards_and_multiplies_both_ends(low: int, second: tuple[int, str],
                                                                   separator: str) -> None:
    """Any range of number words with a multiplier after it: low <= high; where the first is below the second both
    ends are multiplied, else the first is read as written; the canonical form reads back the same. A hyphen between
    a ten and a unit writes one number, no range: fifty-one thousand is 51,000, as English writes it."""
    high, unit = second
    size = _UNITS[unit]
    text = separator.format(normalize._english_number(low), f"{normalize._english_number(high)} {unit}")
    count = parse_count(text)
    if separator == "{}-{}" and low in range(20, 100, 10) and high in range(1, 10) and unit == "thousand":
        assert (count.low, count.high) == ((low + high) * size,) * 2  # a compound number, not a range
        return
    assert count.high is not None
    assert count.low <= count.high
    assert (count.low, count.high) == ((low * size if low < high else low), high * size)
    again = parse_count(format_count(count))
    assert (again.low, again.high) == (count.low, count.high)


# ---------------------------------------------------------------------------------------------------------------
# 2. "up to N" is a ceiling in every language
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["up to 20", "up to twenty", "jusqu'à 20", "jusqu’à vingt", "hasta 20", "hasta veinte",
                                  "até 20", "até vinte", "до 20", "до двадцати", "вплоть до 20", "до двадцяти",
                                  "bis zu 20", "bis zu zwanzig", "fino a 20", "fino a venti", "până la 20",
                                  "până la douăzeci"])
def test_up_to_is_a_ceiling_in_every_language(text: str) -> None:
    """up to N, in each language that has it, is 0 to N: a ceiling with no floor, the same interval everywhere."""
    assert _count(text) == (0, 20)


def test_up_to_in_a_language_not_read_is_refused() -> None:
    """Dutch is not read (German is, since its bis zu 20 is up to 20): tot 20 is refused, never read as another
    figure."""
    assert _refusal(parse_count, "tot 20").startswith("cannot read a count from 'tot 20'; expected ")


# ---------------------------------------------------------------------------------------------------------------
# 3. Nights, spans between two days and the first of a month in other languages
# ---------------------------------------------------------------------------------------------------------------

NIGHT = (D(2012, 6, 19), D(2012, 6, 20), "range")
BETWEEN = (D(2012, 6, 26), D(2012, 6, 28), "range")
FIRST = (D(2012, 6, 1), D(2012, 6, 1), "day")


@pytest.mark.parametrize(("text", "span"), [
    ("dans la nuit du 19 au 20 juin 2012", NIGHT),
    ("la nuit du 19 au 20 juin 2012", NIGHT),
    ("nuit du 19 au 20 juin 2012", NIGHT),
    ("entre le 26 et le 28 juin 2012", BETWEEN),
    ("entre 26 et 28 juin 2012", BETWEEN),
    ("le 1er juin 2012", FIRST),
    ("1º de junho de 2012", FIRST),
    ("1.º de junho de 2012", FIRST),
    ("1° de junho de 2012", FIRST),
    ("na noite de 19 para 20 de junho de 2012", NIGHT),
    ("noite de 19 a 20 de junho de 2012", NIGHT),
    ("entre 26 e 28 de junho de 2012", BETWEEN),
    ("entre os dias 26 e 28 de junho de 2012", BETWEEN),
    ("1ro de junio de 2012", FIRST),
    ("1ero de junio de 2012", FIRST),
    ("1º de junio de 2012", FIRST),
    ("1.º de junio de 2012", FIRST),
    ("en la noche del 19 al 20 de junio de 2012", NIGHT),
    ("la noche del 19 al 20 de junio de 2012", NIGHT),
    ("entre el 26 y el 28 de junio de 2012", BETWEEN),
    ("в ночь с 19 на 20 июня 2012 года", NIGHT),
    ("в ночь на 20 июня 2012 года", NIGHT),
    ("между 26 и 28 июня 2012", BETWEEN),
    ("у ніч з 19 на 20 червня 2012 року", NIGHT),
    ("в ніч на 20 червня 2012", NIGHT),
    ("між 26 і 28 червня 2012", BETWEEN),
    ("u noći s 19. na 20. lipnja 2012.", NIGHT),
    ("u noći između 19. i 20. juna 2012.", NIGHT),
    ("у ноћи између 19. и 20. јуна 2012.", NIGHT),
    ("the night of 19 to 20 June 2012", NIGHT),
])
def test_nights_spans_and_first_days_of_other_languages(text: str, span: tuple[dt.date, dt.date, str]) -> None:
    """A night between two days is both days, a span between two days all of them, the first of a month with its
    ordinal sign the first: as the English forms read."""
    assert _span(text) == span


def test_the_night_into_a_day_crosses_a_month() -> None:
    """в ночь на 1 июня, the night into 1 June, began on 31 May."""
    assert _span("в ночь на 1 июня 2012") == (D(2012, 5, 31), D(2012, 6, 1), "range")


@pytest.mark.parametrize("text", [
    "dans la nuit du 19 au 21 juin 2012",  # two nights: which?
    "в ночь с 19 на 21 июня 2012",
    "en la noche del 19 al 21 de junio de 2012",
    "в ночь на 20-21 июня 2012",
    "в ночь на июнь 2012",
    "night into 20 June 2012",  # the words the Russian form reads as are no English form
    "entre le 26 et le 28 juin",  # no year
])
def test_nights_of_days_that_do_not_follow_each_other_are_refused(text: str) -> None:
    """Only two days that follow each other make a night, as in English; a date without a year is refused."""
    assert _refusal(parse_date, text).startswith(f"cannot read a date from {text!r}")


# ---------------------------------------------------------------------------------------------------------------
# 4. None and a few in French, Spanish and Portuguese
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "english"), [
    ("aucun", "none"), ("aucune", "none"), ("AUCUN", "none"),
    ("nenhum", "none"), ("nenhuma", "none"), ("ninguém", "nobody"),
    ("alguns", "a few"), ("algumas", "a few"), ("pelo menos alguns", "at least a few"),
    ("ningún", "none"), ("ningun", "none"), ("ninguno", "none"), ("ninguna", "none"), ("nadie", "nobody"),
    ("algunos", "a few"), ("algunas", "a few"), ("al menos algunos", "at least a few"),
])
def test_none_and_a_few_read_as_their_english_words(text: str, english: str) -> None:
    """aucun, ningún, nenhum are none (0); algunos, alguns a few (2 to 5), as quelques and algumas dezenas are."""
    assert _count(text) == _count(english)


# ---------------------------------------------------------------------------------------------------------------
# 5. The number of a post is no figure
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "sign"), [
    ("блокпост № 3", "№ 3"), ("№3", "№3"), ("post No. 3", "No. 3"), ("No 3", "No 3"), ("nº 3", "nº 3"),
    ("n° 3", "n° 3"), ("n.º 3", "n.º 3"), ("#3", "#3"), ("пост №3", "№3"),
])
def test_a_number_after_a_number_sign_is_refused_as_no_figure(text: str, sign: str) -> None:
    """A post, a unit or a position named by its number is never read as a figure; the message says why."""
    assert _refusal(parse_count, text) == (
        f"cannot read a count from {text!r}: {sign!r} is the number of something (a post, a unit), not a figure; "
        f"write the figure the source gives, or leave the field out where it gives none; "
        f"expected {normalize._COUNT_FORMS}" + ("" if text.isascii() else f"; {normalize._OTHER_LANGUAGES}")
    )


def test_a_post_number_in_a_count_field_names_the_file_and_the_field(make_case: MakeCase) -> None:
    """Through the loader, a count field holding a post's number stops with the file, the line and the field."""
    problem = killed_field_problem(make_case, "блокпост № 3")
    assert "'№ 3' is the number of something (a post, a unit), not a figure" in problem


@given(number=st.integers(0, MAX_COUNT), sign=st.sampled_from(["№", "№ ", "No. ", "no ", "nº ", "n° ", "#"]),
       before=st.sampled_from(["", "post ", "блокпост ", "checkpoint "]))
@example(number=3, sign="№ ", before="блокпост ")
def test_no_number_after_a_number_sign_is_read(number: int, sign: str, before: str) -> None:
    """Whatever the number, a text of a number sign and it is refused, never read as a count."""
    with pytest.raises(NormalizeError, match="is the number of something"):
        parse_count(f"{before}{sign}{number}")


def test_a_count_text_is_kept() -> None:
    """The multiplied range keeps the source's words as its text."""
    assert parse_count("deux à trois cents") == Count(200, 300, "deux à trois cents")
