"""Gaps found coding the Przewodów missile incident (15 November 2022) as the Polish government, the Polish and
Czech press and the Ukrainian and Russian ministries of defence write it: a month word that names one month in
Croatian and another in Polish and Czech (``listopad``, October in Croatian, November in Polish and Czech), read
as October without a word; Polish and Czech counts, number words in their cases and dates; their event words; the
generic words of their place text and the Polish cases of names in -ów (w Przewodowie: in Przewodów)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.match import EVENT_TYPES_OTHER_LANGUAGES, event_type
from reconcile.normalize import (
    _DIGIT_LETTER,
    _LANGUAGES,
    _MONTH_NAMES,
    _ORDINAL_SIGN,
    _date_in,
    _fold,
    _plain_letters,
    parse_count,
    parse_date,
)
from reconcile.places import SAME_PLACE_THRESHOLD, _polish_nominative, similarity

from .readings import DOCS, assert_forms_read, assert_reads_as_bounded, count_of, documented_forms, span_of

D = dt.date

_span, _count = span_of, count_of

_MONTHS = frozenset(name.casefold() for name in _MONTH_NAMES)


# ---------------------------------------------------------------------------------------------------------------
# 1. A month word of two languages
# ---------------------------------------------------------------------------------------------------------------

def _month_words_of_two_months() -> dict[str, dict[str, set[str]]]:
    """Each month word of the date tables (as the reader compares it: folded, without its marks) that names
    different months in different languages: the word, and each month with the languages it names it in."""
    months: dict[str, dict[str, set[str]]] = {}
    for language in _LANGUAGES:
        for phrase, english in language.dates.english.items():
            if english in _MONTHS:
                months.setdefault(phrase, {}).setdefault(english, set()).add(language.name)
    return {phrase: named for phrase, named in months.items() if len(named) > 1}


def _readings(text: str) -> dict[str, object]:
    """What each language whose words the text is reads it as: its span's start and end, or its error."""
    folded = _fold(text)
    unsigned = _ORDINAL_SIGN.sub("", _plain_letters(folded))
    read: dict[str, object] = {}
    for language in _LANGUAGES:
        try:
            span = _date_in(language, unsigned, _DIGIT_LETTER.sub(" ", unsigned), folded, text)
        except NormalizeError as error:
            read[language.name] = type(error)
        else:
            if span is not None:
                read[language.name] = (span.start, span.end)
    return read


def test_the_month_words_of_two_months_are_those_found() -> None:
    """The audit finds Croatian listopad (October) against Polish and Czech listopad (November), and Haitian Creole
    out (August) against the Portuguese abbreviation out (October), and no other: a language added later with a month
    word of another language's other month shows here, and below must be refused."""
    assert {phrase.rstrip(".") for phrase in _month_words_of_two_months()} == {"listopad", "listopada", "out"}


def test_no_month_word_reads_silently_as_one_of_two_months() -> None:
    """Audit of every month table: a month word that names different months in two languages is refused wherever
    the languages that read the text read different days, in every form a date puts it in (with a day, with a
    year alone), and the message names both readings; where one language alone reads it, it is that language's."""
    for phrase, named in _month_words_of_two_months().items():
        for text in (f"15 {phrase} 2022", f"{phrase} 2022"):
            readings = _readings(text)
            if len(set(readings.values())) < 2:
                continue
            with pytest.raises(NormalizeError, match="name different days") as refused:
                parse_date(text)
            for month in named:
                assert month.title() in str(refused.value), (text, month)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("15 listopada 2022", "15 October 2022 in Bosnian/Croatian/Serbian", "15 November 2022 in Polish"),
    ("listopad 2022", "October 2022 in Bosnian/Croatian/Serbian", "November 2022 in Polish and Czech"),
    ("LISTOPADA 2022", "October 2022", "November 2022"),
    ("14-15 listopada 2022", "2022-10-14/2022-10-15", "2022-11-14/2022-11-15"),
    ("od 14 do 15 listopada 2022", "2022-10-14/2022-10-15", "2022-11-14/2022-11-15"),
])
def test_a_month_word_of_two_months_is_refused_with_both_readings(text: str, first: str, second: str) -> None:
    """``15 listopada 2022`` was read as 15 October 2022 (Croatian), though a Polish source means 15 November: where
    nothing in the text says which language it is, it is refused with both days and their ISO forms, as a date in
    digits is refused with both orders."""
    with pytest.raises(NormalizeError, match="name different days") as refused:
        parse_date(text)
    message = str(refused.value)
    assert first in message
    assert second in message
    assert "as the source meant" in message or "check that it is the day meant" in message


def test_a_day_one_language_has_not_is_refused_with_the_other() -> None:
    """31 listopada is 31 October in Croatian and no day in Polish (November has 30): refused, the one day named."""
    with pytest.raises(NormalizeError, match=r"31 October 2022 in Bosnian/Croatian/Serbian, no day in Polish: "
                                             r"check that it is the day meant and write 2022-10-31"):
        parse_date("31 listopada 2022")


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    # Polish: r. or roku after the year, no Croatian word
    ("15 listopada 2022 r.", D(2022, 11, 15), D(2022, 11, 15), "day"),
    ("15 listopada 2022 roku", D(2022, 11, 15), D(2022, 11, 15), "day"),
    ("w nocy z 14 na 15 listopada 2022 r.", D(2022, 11, 14), D(2022, 11, 15), "range"),
    ("w listopadzie 2022", D(2022, 11, 1), D(2022, 11, 30), "month"),
    # the day of the week, a Polish or Czech word, on the day it names
    ("wtorek 15 listopada 2022", D(2022, 11, 15), D(2022, 11, 15), "day"),
    ("we wtorek, 15 listopada 2022", D(2022, 11, 15), D(2022, 11, 15), "day"),
    # Croatian: the full stop after the day and the year, which Polish never writes
    ("15. listopada 2022.", D(2022, 10, 15), D(2022, 10, 15), "day"),
    ("15. listopada 2022", D(2022, 10, 15), D(2022, 10, 15), "day"),
    ("u listopadu 2022.", D(2022, 10, 1), D(2022, 10, 31), "month"),
    ("15. listopada 2022. godine", D(2022, 10, 15), D(2022, 10, 15), "day"),
    # Czech: its own genitive and locative, listopadu
    ("15. listopadu 2022", D(2022, 11, 15), D(2022, 11, 15), "day"),
    ("v listopadu 2022", D(2022, 11, 1), D(2022, 11, 30), "month"),
])
def test_the_text_settles_the_language(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    assert _span(text) == (start, end, precision)


@pytest.mark.parametrize("text", [
    "sobota 15 listopada 2022",    # a Saturday is 15 October, but sobota is Polish and Czech, not Croatian
    "Tuesday 15 listopada 2022",   # an English day: no language of the date
    "środa 15 listopada 2022",     # Polish, but 15 November 2022 was a Tuesday
    "listopad 2022.",              # a full stop after the year: Croatian, but Czech writes listopad too, and stops
])
def test_what_does_not_settle_the_language_is_refused(text: str) -> None:
    """A day of the week settles the language only where it is a word of one of the languages and falls on that
    language's day; a full stop settles it only against a language that never writes one (Polish)."""
    with pytest.raises(NormalizeError, match="name different days"):
        parse_date(text)


_POLISH_GENITIVES = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                     "października", "listopada", "grudnia")
_POLISH_NOMINATIVES = ("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
                       "październik", "listopad", "grudzień")
_CZECH_GENITIVES = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
                    "listopadu", "prosince")
_CZECH_NOMINATIVES = ("leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen",
                      "listopad", "prosinec")
_CROATIAN_GENITIVES = ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
                       "listopada", "studenoga", "prosinca")
_DAYS = st.dates(D(1900, 1, 1), D(2100, 12, 31))


@given(_DAYS, st.booleans())
@example(D(2022, 11, 15), False)           # Przewodów, without r.: refused
@example(D(2022, 11, 15), True)
@example(D(2022, 7, 15), False)            # lipca, July: not the Croatian lipnja, June
def test_any_polish_day(day: dt.date, year_word: bool) -> None:
    """Any day, day first with the month in the genitive, reads as the day, with r. after the year always, and
    without it but in November, whose listopada is Croatian October: refused."""
    text = f"{day.day} {_POLISH_GENITIVES[day.month - 1]} {day.year}{' r.' if year_word else ''}"
    if day.month == 11 and not year_word:
        with pytest.raises(NormalizeError, match="name different days"):
            parse_date(text)
    else:
        assert _span(text) == (day, day, "day")


@given(_DAYS)
@example(D(2022, 11, 15))
@example(D(2022, 8, 1))                    # srpna, August: not the Croatian srpnja, July
@example(D(2022, 6, 30))                   # června, June, and července, July
def test_any_czech_day(day: dt.date) -> None:
    """Any day, with the full stop after it and the month in the genitive, reads as the day."""
    assert _span(f"{day.day}. {_CZECH_GENITIVES[day.month - 1]} {day.year}") == (day, day, "day")


@given(_DAYS)
@example(D(2022, 10, 15))
def test_any_croatian_day_with_its_full_stops(day: dt.date) -> None:
    """Any Croatian day with the full stops Croatian writes after the day and the year reads as the day: listopada
    among them, October."""
    assert _span(f"{day.day}. {_CROATIAN_GENITIVES[day.month - 1]} {day.year}.") == (day, day, "day")


@given(st.integers(1900, 2100), st.integers(1, 12), st.sampled_from(["polish", "czech"]))
@example(2022, 11, "polish")
@example(2022, 11, "czech")
def test_any_polish_or_czech_month(year: int, month: int, language: str) -> None:
    """A month named in the nominative is the month, but listopad, also Croatian October, which is refused."""
    name = (_POLISH_NOMINATIVES if language == "polish" else _CZECH_NOMINATIVES)[month - 1]
    if month == 11:
        with pytest.raises(NormalizeError, match="name different days"):
            parse_date(f"{name} {year}")
    else:
        start = D(year, month, 1)
        end = (D(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1))
        assert _span(f"{name} {year}") == (start, end, "month")


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("na początku listopada 2022 r.", D(2022, 11, 1), D(2022, 11, 10), "range"),
    ("w połowie marca 2022", D(2022, 3, 11), D(2022, 3, 20), "range"),
    ("pod koniec marca 2022", D(2022, 3, 21), D(2022, 3, 31), "range"),
    ("między 14 a 15 marca 2022", D(2022, 3, 14), D(2022, 3, 15), "range"),
    ("14-15 marca 2022", D(2022, 3, 14), D(2022, 3, 15), "range"),
    ("v noci na 15. listopadu 2022", D(2022, 11, 14), D(2022, 11, 15), "range"),
    ("v noci z 14. na 15. března 2022", D(2022, 3, 14), D(2022, 3, 15), "range"),
    ("začátkem března 2022", D(2022, 3, 1), D(2022, 3, 10), "range"),
    ("koncem března 2022", D(2022, 3, 21), D(2022, 3, 31), "range"),
    ("mezi 14. a 15. březnem 2022", None, None, None),
    ("úterý 15. listopadu 2022", D(2022, 11, 15), D(2022, 11, 15), "day"),
    ("v pondělí 14. listopadu 2022", D(2022, 11, 14), D(2022, 11, 14), "day"),
    ("sroda 16 listopada 2022 r.", D(2022, 11, 16), D(2022, 11, 16), "day"),
])
def test_polish_and_czech_dates(text: str, start: dt.date | None, end: dt.date | None, precision: str | None) -> None:
    if start is None:
        with pytest.raises(NormalizeError, match="cannot read a date"):
            parse_date(text)
    else:
        assert _span(text) == (start, end, precision)


# ---------------------------------------------------------------------------------------------------------------
# 2. Polish and Czech counts
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high"), [
    ("co najmniej 10", 10, None), ("przynajmniej 10", 10, None), ("co najmniej dwóch", 2, None),
    ("ponad 20", 21, None), ("ponad dwadzieścia", 21, None), ("powyżej 20", 21, None), ("ponad tysiąc", 1001, None),
    ("do 20", 0, 20), ("do dwudziestu", 0, 20), ("maksymalnie 20", 0, 20), ("mniej niż 5", 0, 4),
    ("około 30", 24, 36), ("ok. 30", 24, 36), ("około trzydziestu", 24, 36), ("około tysiąca", 800, 1200),
    ("prawie 100", 80, 100), ("niemal 100", 80, 100), ("od 10 do 12", 10, 12), ("między 10 a 12", 10, 12),
    ("10 lub 12", 10, 12), ("10 i więcej", 10, None),
    ("kilka", 3, 9), ("kilku", 3, 9), ("kilkanaście", 11, 19), ("kilkunastu", 11, 19),
    ("kilkadziesiąt", 30, 90), ("kilkudziesięciu", 30, 90), ("kilkaset", 300, 900), ("kilka tysięcy", 3000, 9000),
    ("dwadzieścia kilka", 20, 29), ("dziesiątki", 20, None), ("setki", 200, None), ("tysiące", 2000, None),
    ("dziesiątki tysięcy", 20_000, None), ("nikt", 0, 0), ("bez ofiar", 0, 0),
    ("dwóch", 2, 2), ("dwoje", 2, 2), ("dwaj", 2, 2), ("trzech", 3, 3), ("trzej", 3, 3), ("pięciu", 5, 5),
    ("pięcioro", 5, 5), ("dwudziestu", 20, 20), ("dwudziestu pięciu", 25, 25), ("dwa tysiące pięćset", 2500, 2500),
    ("dwudziestu dwóch tysięcy", 22_000, 22_000), ("pięciuset", 500, 500),
    ("nejméně 10", 10, None), ("alespoň 10", 10, None), ("přes 20", 21, None), ("více než 20", 21, None),
    ("až 20", 0, 20), ("méně než 5", 0, 4), ("asi 30", 24, 36), ("zhruba 30", 24, 36), ("kolem 30", 24, 36),
    ("téměř 100", 80, 100), ("mezi 10 a 12", 10, 12), ("10 nebo 12", 10, 12), ("několik", 3, 9),
    ("několik desítek", 30, 90), ("několik set", 300, 900), ("desítky", 20, None), ("stovky", 200, None),
    ("tisíce", 2000, None), ("desítky tisíc", 20_000, None), ("nikdo", 0, 0),
    ("dva", 2, 2), ("dvou", 2, 2), ("pět", 5, 5), ("pěti", 5, 5), ("pětadvacet", 25, 25), ("dvacet pět", 25, 25),
    ("dvě stě padesát", 250, 250), ("tři sta", 300, 300), ("pět set", 500, 500), ("tři tisíce", 3000, 3000),
])
def test_polish_and_czech_counts(text: str, low: int, high: int | None) -> None:
    assert _count(text) == (low, high)


@pytest.mark.parametrize("text", ["10 osób", "dziesięć osób", "ponad 20 żołnierzy", "10 lidí"])
def test_a_noun_after_the_number_is_refused_with_the_count_to_write(text: str) -> None:
    """A noun of people after the number (osób, żołnierzy, lidí) is refused with the count to write, as the Russian
    человек and the Croatian vojnika are: the noun is the quote's, not the count's."""
    with pytest.raises(NormalizeError, match="a figure is read without the words after it"):
        parse_count(text)


_PL_UNITS = ("", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć")
_PL_UNITS_OF = ("", "jednego", "dwóch", "trzech", "czterech", "pięciu", "sześciu", "siedmiu", "ośmiu", "dziewięciu")
_PL_TEENS = ("dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście",
             "siedemnaście", "osiemnaście", "dziewiętnaście")
_PL_TEENS_OF = ("dziesięciu", "jedenastu", "dwunastu", "trzynastu", "czternastu", "piętnastu", "szesnastu",
                "siedemnastu", "osiemnastu", "dziewiętnastu")
_PL_TENS = ("", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt",
            "osiemdziesiąt", "dziewięćdziesiąt")
_PL_TENS_OF = ("", "", "dwudziestu", "trzydziestu", "czterdziestu", "pięćdziesięciu", "sześćdziesięciu",
               "siedemdziesięciu", "osiemdziesięciu", "dziewięćdziesięciu")
_PL_HUNDREDS = ("", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset",
                "dziewięćset")
_PL_HUNDREDS_OF = ("", "stu", "dwustu", "trzystu", "czterystu", "pięciuset", "sześciuset", "siedmiuset", "ośmiuset",
                   "dziewięciuset")


def _polish_below_thousand(number: int, genitive: bool) -> str:
    """``number`` (1-999) in Polish words, in the nominative or the genitive."""
    hundreds, small = divmod(number, 100)
    tens, unit = divmod(small, 10)
    words = [(_PL_HUNDREDS_OF if genitive else _PL_HUNDREDS)[hundreds]]
    if 10 <= small < 20:
        words.append((_PL_TEENS_OF if genitive else _PL_TEENS)[unit])
    else:
        words += [(_PL_TENS_OF if genitive else _PL_TENS)[tens], (_PL_UNITS_OF if genitive else _PL_UNITS)[unit]]
    return " ".join(word for word in words if word)


def _polish(number: int, genitive: bool) -> str:
    """``number`` (1-999,999) in Polish words: the thousand as the number before it takes it (tysiąc; dwa tysiące,
    dwadzieścia dwa tysiące; pięć tysięcy, dwanaście tysięcy), or in the genitive (dwóch tysięcy)."""
    thousands, rest = divmod(number, 1000)
    words = []
    if thousands == 1:
        words.append("tysiąca" if genitive else "tysiąc")
    elif thousands:
        few = thousands % 10 in (2, 3, 4) and thousands % 100 not in (12, 13, 14)
        thousand = "tysięcy" if genitive or not few else "tysiące"
        words.append(f"{_polish_below_thousand(thousands, genitive)} {thousand}")
    if rest:
        words.append(_polish_below_thousand(rest, genitive))
    return " ".join(words)


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(["", "co najmniej ", "ponad ", "około ", "do "]))
@example(22_000, "")                       # dwadzieścia dwa tysiące
@example(12_000, "")                       # dwanaście tysięcy
@example(1_000, "ponad ")                  # ponad tysiąc
@example(25, "około ")                     # około dwudziestu pięciu
@example(999_999, "do ")
@example(833_334, "około ")                # about 833,334 reaches 1,000,001: above the largest figure
def test_any_polish_number_reads_as_itself(number: int, bound: str) -> None:
    """Every number to 999,999 in Polish words reads as itself, alone and after a bound: in the nominative after co
    najmniej and ponad, in the genitive after około and do, as Polish puts it."""
    words = _polish(number, genitive=bound in ("około ", "do "))
    expected = {"": (number, number), "co najmniej ": (number, None), "ponad ": (number + 1, None),
                "do ": (0, number)}.get(bound)
    assert_reads_as_bounded(f"{bound}{words}", number, expected)


_CS_UNITS = ("", "jeden", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět")
_CS_JOINED = ("", "jedna", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět")
_CS_TEENS = ("deset", "jedenáct", "dvanáct", "třináct", "čtrnáct", "patnáct", "šestnáct", "sedmnáct", "osmnáct",
             "devatenáct")
_CS_TENS = ("", "", "dvacet", "třicet", "čtyřicet", "padesát", "šedesát", "sedmdesát", "osmdesát", "devadesát")
_CS_HUNDREDS = ("", "sto", "dvě stě", "tři sta", "čtyři sta", "pět set", "šest set", "sedm set", "osm set",
                "devět set")


def _czech_below_thousand(number: int, joined: bool) -> str:
    """``number`` (1-999) in Czech words: a ten and a unit apart (dvacet pět) or joined, the unit first
    (pětadvacet)."""
    hundreds, small = divmod(number, 100)
    tens, unit = divmod(small, 10)
    words = [_CS_HUNDREDS[hundreds]]
    if 10 <= small < 20:
        words.append(_CS_TEENS[unit])
    elif joined and tens and unit:
        words.append(f"{_CS_JOINED[unit]}a{_CS_TENS[tens]}")
    else:
        words += [_CS_TENS[tens], _CS_UNITS[unit]]
    return " ".join(word for word in words if word)


def _czech(number: int, joined: bool) -> str:
    """``number`` (1-999,999) in Czech words: tisíc, dva tisíce, pět tisíc."""
    thousands, rest = divmod(number, 1000)
    words = []
    if thousands == 1:
        words.append("tisíc")
    elif thousands:
        words.append(f"{_czech_below_thousand(thousands, joined)} {'tisíce' if thousands in (2, 3, 4) else 'tisíc'}")
    if rest:
        words.append(_czech_below_thousand(rest, joined))
    return " ".join(words)


@given(st.integers(min_value=1, max_value=999_999), st.booleans(),
       st.sampled_from(["", "nejméně ", "přes ", "asi ", "až "]))
@example(25, True, "")                     # pětadvacet
@example(2_000, False, "přes ")            # přes dva tisíce
@example(250, False, "asi ")
@example(833_334, False, "asi ")
def test_any_czech_number_reads_as_itself(number: int, joined: bool, bound: str) -> None:
    """Every number to 999,999 in Czech words reads as itself, alone and after a bound, a ten and a unit apart or
    joined."""
    expected = {"": (number, number), "nejméně ": (number, None), "přes ": (number + 1, None),
                "až ": (0, number)}.get(bound)
    assert_reads_as_bounded(f"{bound}{_czech(number, joined)}", number, expected)


def test_the_docs_list_the_polish_and_czech_forms() -> None:
    """Every form with a figure or a day in the Polish and the Czech tables of docs/normalization.md reads."""
    for heading in ("### Polish", "### Czech"):
        forms = documented_forms(heading)
        assert len(forms) > 12
        assert_forms_read(forms)


# ---------------------------------------------------------------------------------------------------------------
# 3. Event words
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("atak", "clash"), ("atak rakietowy", "shelling"), ("ostrzał artyleryjski", "shelling"),
    ("ostrzelanie", "shelling"), ("rakieta", "shelling"), ("wybuch rakiety", "shelling"), ("dron", "shelling"),
    ("eksplozja", "bombing"), ("wybuch", "bombing"), ("Eksplozja w Przewodowie", "bombing"),
    ("strzelanina", "shooting"), ("zginęło dwóch mężczyzn", "casualty"), ("zginęli", "casualty"),
    ("zabici", "casualty"), ("ranni", "casualty"), ("porwanie", "abduction"), ("mina przeciwpiechotna", "mine"),
    ("útok", "clash"), ("raketový útok", "shelling"), ("ostřelování", "shelling"), ("výbuch", "bombing"),
    ("exploze", "bombing"), ("střelba", "shooting"), ("střela", "shelling"), ("mrtví", "casualty"),
    ("zranění", "casualty"), ("únos", "abduction"),
    ("unos 30 muertos", "casualty"),       # the Spanish unos (some) is no Czech únos
    ("wounded carried on stretchers", "casualty"),  # no Czech střet (clash) in stretcher
    ("a walk along the border", "unknown"),         # no Polish walka (fighting) in walk
])
def test_polish_and_czech_event_words(text: str, kind: str) -> None:
    assert event_type(text) == kind


def test_the_polish_and_czech_stems_are_in_the_docs_table() -> None:
    text = (DOCS / "matching.md").read_text(encoding="utf-8")
    for stem in ("ostrzał", "rakiet", "eksplozj", "wybuch", "strzel", "zginę", "útok", "výbuch", "střelb"):
        assert any(stem in stems for stems in EVENT_TYPES_OTHER_LANGUAGES.values())
        assert stem in text


# ---------------------------------------------------------------------------------------------------------------
# 4. Places
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b", "least"), [
    # a generic word taken off: the name alone (0.85 before, as a name with an unknown word)
    ("wieś Przewodów", "Przewodów", 1.0), ("we wsi Przewodów", "Przewodów", 1.0),
    ("miejscowość Przewodów", "Przewodów", 1.0), ("gmina Dołhobyczów", "Dołhobyczów", 1.0),
    ("v obci Vrbětice", "Vrbětice", 1.0),
    # a Polish case of a name in -ów read as a second reading (0.93, 0.82 before)
    ("w Przewodowie", "Przewodów", 0.95), ("w pobliżu Przewodowa", "Przewodów", 0.95),
    ("w Rzeszowie", "Rzeszów", 0.95),
])
def test_polish_and_czech_place_text(a: str, b: str, least: float) -> None:
    assert similarity(a, b) >= max(least, SAME_PLACE_THRESHOLD)


def test_different_polish_places_stay_apart() -> None:
    """The second reading of a case makes no other place the same: Rzeszów is not Przewodów."""
    assert similarity("w Rzeszowie", "Przewodów") < SAME_PLACE_THRESHOLD


@pytest.mark.parametrize(("name", "nominative"), [
    ("w Przewodowie", "w Przewodów"), ("Przewodowie", "Przewodów"), ("pod Przewodowem", "pod Przewodów"),
    ("do Przewodowa", "do Przewodów"), ("w pobliżu Przewodowa", "w pobliżu Przewodów"),
    ("Częstochowa", None),                 # -owa without a preposition of the genitive: a nominative
    ("Przewodów", None), ("w Krakowie", "w Kraków"), ("Nowie", None),
])
def test_a_polish_name_in_ow_is_read_out_of_its_case(name: str, nominative: str | None) -> None:
    assert _polish_nominative(name) == nominative


_POLISH_WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
_CZECH_WEEKDAYS = ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle")


@given(_DAYS)
@example(D(2022, 11, 15))                  # wtorek 15 listopada 2022: the day of the week settles it as Polish
@example(D(2021, 1, 3))
def test_any_day_after_its_polish_or_czech_day_of_the_week(day: dt.date) -> None:
    """Any day after the name of its day of the week reads as the day: in Polish without r. after the year too,
    listopada among them, the day of the week being Polish and falling on the Polish reading's day."""
    polish = f"{_POLISH_WEEKDAYS[day.weekday()]} {day.day} {_POLISH_GENITIVES[day.month - 1]} {day.year}"
    czech = f"{_CZECH_WEEKDAYS[day.weekday()]} {day.day}. {_CZECH_GENITIVES[day.month - 1]} {day.year}"
    assert _span(polish) == (day, day, "day")
    assert _span(czech) == (day, day, "day")


def test_a_polish_day_of_the_week_that_does_not_fit_is_refused() -> None:
    with pytest.raises(NormalizeError, match="2021-01-03 was a Sunday, not a Monday"):
        parse_date("poniedziałek 3 stycznia 2021 r.")
