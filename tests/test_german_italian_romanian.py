"""Gaps found coding drone debris on Romanian soil (Plauru, Tulcea county) and the war in Ukraine and the Balkans from
German, Italian and Romanian sources (the Romanian MApN, the Bundeswehr, ANSA): German month names were refused
(``März 2024``) and no count, date, event word or place word of the three languages was read. Their counts (number
words written as one word in German and Italian, Romanian ``douăzeci de mii``), bounds, ranges, vague plurals and
hedges; their dates, days of the week among them; their event words; the generic words of their place text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.match import EVENT_TYPES_OTHER_LANGUAGES, event_type
from reconcile.normalize import _LANGUAGES, _MONTH_NAMES, parse_count, parse_date
from reconcile.places import SAME_PLACE_THRESHOLD, similarity

from .readings import DOCS, assert_forms_read, assert_reads_as_bounded, count_of, documented_forms, span_of

D = dt.date

_span, _count = span_of, count_of

_DAYS = st.dates(D(1900, 1, 1), D(2100, 12, 31))


# ---------------------------------------------------------------------------------------------------------------
# 1. Dates
# ---------------------------------------------------------------------------------------------------------------

_GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                  "November", "Dezember")
_ITALIAN_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                   "ottobre", "novembre", "dicembre")
_ROMANIAN_MONTHS = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
                    "octombrie", "noiembrie", "decembrie")
_GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_ITALIAN_WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
_ROMANIAN_WEEKDAYS = ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică")


def _month_end(year: int, month: int) -> dt.date:
    return D(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


@given(_DAYS, st.sampled_from(["", "am "]))
@example(D(2024, 3, 12), "")               # März: refused before
@example(D(2024, 5, 12), "am ")
def test_any_german_day(day: dt.date, on: str) -> None:
    """Any day with the full stop German writes after it and the month named reads as the day, after am too."""
    assert _span(f"{on}{day.day}. {_GERMAN_MONTHS[day.month - 1]} {day.year}") == (day, day, "day")


@given(_DAYS, st.sampled_from(["", "il "]))
@example(D(2024, 3, 12), "")               # marzo, also Spanish March
@example(D(2024, 5, 12), "il ")
def test_any_italian_day(day: dt.date, on: str) -> None:
    assert _span(f"{on}{day.day} {_ITALIAN_MONTHS[day.month - 1]} {day.year}") == (day, day, "day")


@given(_DAYS, st.sampled_from(["", "pe "]), st.booleans())
@example(D(2024, 5, 12), "pe ", False)     # mai: May in Romanian, German and French alike
@example(D(2023, 9, 13), "", True)         # Plauru: drone debris, September 2023
def test_any_romanian_day(day: dt.date, on: str, cedilla: bool) -> None:
    """Any Romanian day reads as the day, after pe too, the month's ș and ț with the comma or the cedilla."""
    month = _ROMANIAN_MONTHS[day.month - 1]
    text = f"{on}{day.day} {month} {day.year}"
    assert _span(text.replace("ș", "ş").replace("ț", "ţ") if cedilla else text) == (day, day, "day")


@given(st.integers(1900, 2100), st.integers(1, 12), st.sampled_from(["german", "italian", "romanian"]))
@example(2024, 3, "german")
@example(2024, 6, "romanian")              # iunie, iulie: not one another
@example(2024, 7, "romanian")
def test_any_month(year: int, month: int, language: str) -> None:
    """A month named alone is the month, in each language."""
    names = {"german": _GERMAN_MONTHS, "italian": _ITALIAN_MONTHS, "romanian": _ROMANIAN_MONTHS}[language]
    assert _span(f"{names[month - 1]} {year}") == (D(year, month, 1), _month_end(year, month), "month")


@given(_DAYS)
@example(D(2024, 5, 12))
@example(D(2021, 1, 3))
def test_any_day_after_its_day_of_the_week(day: dt.date) -> None:
    """Any day after the name of its day of the week reads as the day, in each language."""
    weekday, month = day.weekday(), day.month - 1
    assert _span(f"{_GERMAN_WEEKDAYS[weekday]}, {day.day}. {_GERMAN_MONTHS[month]} {day.year}") == (day, day, "day")
    assert _span(f"{_ITALIAN_WEEKDAYS[weekday]} {day.day} {_ITALIAN_MONTHS[month]} {day.year}") == (day, day, "day")
    assert _span(f"{_ROMANIAN_WEEKDAYS[weekday]}, {day.day} {_ROMANIAN_MONTHS[month]} {day.year}") == (
        day, day, "day")


@pytest.mark.parametrize("text", ["Dienstag, 12. Mai 2024", "martedì 12 maggio 2024", "marți, 12 mai 2024"])
def test_a_day_of_the_week_that_does_not_fit_is_refused(text: str) -> None:
    with pytest.raises(NormalizeError, match="2024-05-12 was a Sunday, not a Tuesday"):
        parse_date(text)


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    # German
    ("März 2024", D(2024, 3, 1), D(2024, 3, 31), "month"), ("Maerz 2024", D(2024, 3, 1), D(2024, 3, 31), "month"),
    ("Marz 2024", D(2024, 3, 1), D(2024, 3, 31), "month"), ("Dezember 2012", D(2012, 12, 1), D(2012, 12, 31), "month"),
    ("im Mai 2024", D(2024, 5, 1), D(2024, 5, 31), "month"), ("Jänner 2024", D(2024, 1, 1), D(2024, 1, 31), "month"),
    ("12. Mrz. 2024", D(2024, 3, 12), D(2024, 3, 12), "day"),
    ("Anfang Mai 2024", D(2024, 5, 1), D(2024, 5, 10), "range"),
    ("Mitte Mai 2024", D(2024, 5, 11), D(2024, 5, 20), "range"),
    ("Ende Mai 2024", D(2024, 5, 21), D(2024, 5, 31), "range"),
    ("12.-14. März 2024", D(2024, 3, 12), D(2024, 3, 14), "range"),
    ("vom 12. bis 14. Mai 2024", D(2024, 5, 12), D(2024, 5, 14), "range"),
    ("zwischen dem 12. und 14. Mai 2024", D(2024, 5, 12), D(2024, 5, 14), "range"),
    ("in der Nacht vom 13. auf den 14. Mai 2024", D(2024, 5, 13), D(2024, 5, 14), "range"),
    ("in der Nacht zum 14. Mai 2024", D(2024, 5, 13), D(2024, 5, 14), "range"),
    ("am Sonntag, 12. Mai 2024", D(2024, 5, 12), D(2024, 5, 12), "day"),
    # Italian
    ("l'11 maggio 2024", D(2024, 5, 11), D(2024, 5, 11), "day"),
    ("12 ott. 2024", D(2024, 10, 12), D(2024, 10, 12), "day"),
    ("a maggio 2024", D(2024, 5, 1), D(2024, 5, 31), "month"),
    ("nel mese di maggio 2024", D(2024, 5, 1), D(2024, 5, 31), "month"),
    ("all'inizio di maggio 2024", D(2024, 5, 1), D(2024, 5, 10), "range"),
    ("a metà maggio 2024", D(2024, 5, 11), D(2024, 5, 20), "range"),
    ("fine maggio 2024", D(2024, 5, 21), D(2024, 5, 31), "range"),
    ("dal 12 al 14 maggio 2024", D(2024, 5, 12), D(2024, 5, 14), "range"),
    ("tra il 12 e il 14 maggio 2024", D(2024, 5, 12), D(2024, 5, 14), "range"),
    ("nella notte tra il 13 e il 14 maggio 2024", D(2024, 5, 13), D(2024, 5, 14), "range"),
    # Romanian
    ("în mai 2024", D(2024, 5, 1), D(2024, 5, 31), "month"),
    ("în luna mai 2024", D(2024, 5, 1), D(2024, 5, 31), "month"),
    ("la data de 13 septembrie 2023", D(2023, 9, 13), D(2023, 9, 13), "day"),
    ("12 noiem. 2024", D(2024, 11, 12), D(2024, 11, 12), "day"),
    ("la începutul lunii mai 2024", D(2024, 5, 1), D(2024, 5, 10), "range"),
    ("la mijlocul lunii mai 2024", D(2024, 5, 11), D(2024, 5, 20), "range"),
    ("la sfârșitul lunii mai 2024", D(2024, 5, 21), D(2024, 5, 31), "range"),
    ("între 12 și 14 mai 2024", D(2024, 5, 12), D(2024, 5, 14), "range"),
    ("din 12 până în 14 mai 2024", D(2024, 5, 12), D(2024, 5, 14), "range"),
    ("în noaptea de 13 spre 14 mai 2024", D(2024, 5, 13), D(2024, 5, 14), "range"),
    ("în noaptea spre 14 mai 2024", D(2024, 5, 13), D(2024, 5, 14), "range"),
])
def test_german_italian_and_romanian_dates(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    assert _span(text) == (start, end, precision)


@pytest.mark.parametrize(("text", "message"), [
    ("31 aprile 2024", "April 2024 has 30 days"),
    ("31 aprilie 2024", "April 2024 has 30 days"),
    ("Montag Mai 2024", "a day of the week is read only before one day"),
])
def test_german_italian_and_romanian_dates_refused(text: str, message: str) -> None:
    with pytest.raises(NormalizeError, match=message):
        parse_date(text)


def test_the_new_month_words_name_one_month() -> None:
    """Each month word of German, Italian and Romanian names, in every language that has it, the same month: none is
    another language's other month (as Croatian listopad is against Polish listopad)."""
    months = frozenset(name.casefold() for name in _MONTH_NAMES)
    named: dict[str, set[str]] = {}
    for language in _LANGUAGES:
        for phrase, english in language.dates.english.items():
            if english in months:
                named.setdefault(phrase, set()).add(english)
    ours = {phrase for language in _LANGUAGES if language.name in ("German", "Italian", "Romanian")
            for phrase, english in language.dates.english.items() if english in months}
    assert len(ours) > 100
    assert all(len(named[phrase]) == 1 for phrase in ours)


# ---------------------------------------------------------------------------------------------------------------
# 2. Counts
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high"), [
    # German
    ("mindestens 12", 12, None), ("wenigstens 12", 12, None), ("mindestens zwölf", 12, None),
    ("mehr als 20", 21, None), ("über 20", 21, None), ("ueber 20", 21, None), ("über tausend", 1001, None),
    ("bis zu 20", 0, 20), ("höchstens 20", 0, 20), ("weniger als 5", 0, 4), ("unter 5", 0, 4),
    ("etwa 30", 24, 36), ("rund 30", 24, 36), ("zirka 30", 24, 36), ("ungefähr dreißig", 24, 36),
    ("fast 100", 80, 100), ("gut 100", 101, 120), ("knapp 100", 80, 99),
    ("zwischen 10 und 20", 10, 20), ("von 10 bis 20", 10, 20), ("10 bis 20", 10, 20), ("10 oder 12", 10, 12),
    ("12 oder mehr", 12, None), ("mehrere", 3, 9), ("Dutzende", 24, None), ("Hunderte", 200, None),
    ("Tausende", 2000, None), ("Zehntausende", 20_000, None), ("mehrere Dutzend", 36, 108),
    ("keine", 0, 0), ("niemand", 0, 0), ("keine Toten", 0, 0),
    ("elf", 11, 11), ("einundzwanzig", 21, 21), ("zweihundertdreißig", 230, 230), ("zweihundertdreissig", 230, 230),
    ("hundertundeins", 101, 101), ("tausend", 1000, 1000), ("eintausend", 1000, 1000),
    ("hunderttausend", 100_000, 100_000), ("zweitausendfünfhundert", 2500, 2500),
    ("eine Million", 1_000_000, 1_000_000),
    # Italian
    ("almeno 12", 12, None), ("almeno dodici", 12, None), ("più di 20", 21, None), ("piu di 20", 21, None),
    ("oltre 20", 21, None), ("oltre mille", 1001, None), ("più di una ventina", 21, None), ("fino a 20", 0, 20),
    ("al massimo 20", 0, 20), ("meno di 5", 0, 4), ("circa trenta", 24, 36), ("una trentina", 24, 36),
    ("un centinaio", 80, 120), ("quasi 100", 80, 100), ("tra 10 e 20", 10, 20), ("fra 10 e 20", 10, 20),
    ("da 10 a 20", 10, 20), ("decine", 20, None), ("centinaia", 200, None), ("migliaia", 2000, None),
    ("decine di migliaia", 20_000, None), ("diverse decine", 30, 90), ("nessuno", 0, 0), ("nessuna vittima", 0, 0),
    ("ventuno", 21, 21), ("ventotto", 28, 28),
    ("ventitré", 23, 23), ("centoventi", 120, 120), ("centotto", 108, 108), ("centottanta", 180, 180),
    ("duemila", 2000, 2000), ("tremilacinquecento", 3500, 3500), ("duecentotrentamila", 230_000, 230_000),
    ("milleuno", 1001, 1001),
    # Romanian
    ("cel puțin 12", 12, None), ("cel putin 12", 12, None), ("cel puţin 12", 12, None), ("peste 20", 21, None),
    ("mai mult de 20", 21, None), ("peste o mie", 1001, None), ("până la 20", 0, 20), ("pana la 20", 0, 20),
    ("mai puțin de 5", 0, 4), ("sub 5", 0, 4), ("aproximativ 30", 24, 36), ("cam 30", 24, 36),
    ("circa treizeci", 24, 36), ("în jur de 30", 24, 36), ("aproape 100", 80, 100), ("între 10 și 20", 10, 20),
    ("de la 10 la 20", 10, 20),
    ("10 ori 12", 10, 12), ("12 sau mai mult", 12, None), ("câteva", 3, 9), ("mai mulți", 3, 9),
    ("zeci", 20, None), ("zeci de", 20, None), ("sute", 200, None), ("mii", 2000, None),
    ("zeci de mii", 20_000, None), ("nimeni", 0, 0), ("fără victime", 0, 0),
    ("șase", 6, 6), ("şase", 6, 6), ("sase", 6, 6), ("douăzeci și unu", 21, 21), ("douazeci si unu", 21, 21),
    ("două sute", 200, 200), ("o sută", 100, 100), ("trei mii", 3000, 3000), ("o mie", 1000, 1000),
    ("douăzeci de mii", 20_000, 20_000), ("trei sute cincizeci de mii", 350_000, 350_000),
    ("o sută două mii", 102_000, 102_000),
])
def test_german_italian_and_romanian_counts(text: str, low: int, high: int | None) -> None:
    assert _count(text) == (low, high)


def test_words_shared_with_other_languages_read_alike() -> None:
    """Italian sei (6) and its words that other languages share, with the same meaning (nove, Portuguese 9; mille,
    French 1,000; tre, Albanian 3; circa, English), read as one number: no language reads them otherwise."""
    assert [_count(text) for text in ("sei", "nove", "mille", "tre", "circa 30", "ventinove")] == [
        (6, 6), (9, 9), (1000, 1000), (3, 3), (24, 36), (29, 29)]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("mindestens 12, möglicherweise 20", 12, 20), ("12, vielleicht mehr", 12, None), ("12, wenn nicht 20", 12, 20),
    ("almeno 12, forse 20", 12, 20), ("12, probabilmente di più", 12, None), ("12, se non 20", 12, 20),
    ("cel puțin 12, posibil 20", 12, 20), ("12, poate chiar mai mulți", 12, None), ("12, dacă nu 20", 12, 20),
])
def test_hedged_figures(text: str, low: int, high: int | None) -> None:
    """A figure asserted and a larger one allowed, as the neighbouring languages' hedges read."""
    assert _count(text) == (low, high)


@pytest.mark.parametrize(("text", "head"), [
    ("zwölf Tote", "zwölf"), ("mehr als 20 Verletzte", "mehr als 20"), ("dodici morti", "dodici"),
    ("più di 20 feriti", "più di 20"), ("doisprezece morți", "doisprezece"), ("douăzeci de morți", "douăzeci"),
])
def test_a_noun_after_the_number_is_refused_with_the_count_to_write(text: str, head: str) -> None:
    """A noun after the number is the quote's, not the count's, as the Polish osób and the Russian человек are."""
    with pytest.raises(NormalizeError, match=f"a figure is read without the words after it .*; write {head!r}"):
        parse_count(text)


def test_romanian_words_of_other_languages_are_not_read_as_romanian() -> None:
    """o (one, feminine) alone is the Spanish "or", and sau (or) the Vietnamese sáu (six) once the marks are gone:
    neither is read as Romanian where the text does not say which it is; o sută and 10 ori 12 are."""
    assert _count("o sută") == (100, 100)
    assert _count("10 ori 12") == (10, 12)
    for text in ("o", "10 sau 12"):
        with pytest.raises(NormalizeError, match="cannot read a count"):
            parse_count(text)


_DE_UNITS = ("", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_DE_JOINED = ("", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_DE_TEENS = ("zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
             "neunzehn")
_DE_TENS = ("", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")


def _german_below_thousand(number: int, *, before: bool, one: bool, und: bool) -> str:
    """``number`` (1-999) in German as one word: ``before`` another word (ein, not eins, last), ``one`` with ein
    before hundert (einhundert), ``und`` after hundert (hundertundeins)."""
    hundreds, small = divmod(number, 100)
    tens, unit = divmod(small, 10)
    word = ""
    if hundreds:
        word = ("ein" if one else "") + "hundert" if hundreds == 1 else f"{_DE_JOINED[hundreds]}hundert"
        word += "und" if und and small else ""
    if 10 <= small < 20:
        word += _DE_TEENS[unit]
    elif tens:
        word += (f"{_DE_JOINED[unit]}und" if unit else "") + _DE_TENS[tens]
    elif unit:
        word += _DE_JOINED[unit] if before else _DE_UNITS[unit]
    return word


def _german(number: int, ss: bool, one: bool, und: bool) -> str:
    """``number`` (1-999,999) in German as one word, ß written as ss or not."""
    thousands, rest = divmod(number, 1000)
    word = ""
    if thousands:
        word = ("ein" if one else "") + "tausend" if thousands == 1 else (
            _german_below_thousand(thousands, before=True, one=one, und=und) + "tausend")
    if rest:
        word += _german_below_thousand(rest, before=False, one=one, und=und)
    return word.replace("ß", "ss") if ss else word


@given(st.integers(min_value=1, max_value=999_999), st.booleans(), st.booleans(), st.booleans(),
       st.sampled_from(["", "mindestens ", "mehr als ", "etwa ", "bis zu "]))
@example(21, False, False, False, "")          # einundzwanzig
@example(230, False, False, False, "")         # zweihundertdreißig
@example(101, False, True, True, "")           # einhundertundeins
@example(1_000, False, False, False, "mehr als ")
@example(100_000, False, False, False, "")     # hunderttausend
@example(999_999, True, False, False, "bis zu ")
@example(833_334, False, False, False, "etwa ")  # about 833,334 reaches 1,000,001: above the largest figure
def test_any_german_number_reads_as_itself(number: int, ss: bool, one: bool, und: bool, bound: str) -> None:
    """Every number to 999,999 written as one German word reads as itself, alone and after a bound."""
    expected = {"": (number, number), "mindestens ": (number, None), "mehr als ": (number + 1, None),
                "bis zu ": (0, number)}.get(bound)
    assert_reads_as_bounded(f"{bound}{_german(number, ss, one, und)}", number, expected)


_IT_UNITS = ("", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")
_IT_TEENS = ("dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto",
             "diciannove")
_IT_TENS = ("", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")


def _italian_below_thousand(number: int, *, accent: bool) -> str:
    """``number`` (1-999) in Italian as one word: a ten's vowel dropped before uno and otto (ventuno, ventotto) and
    cento's before otto and ottanta (centotto, centottanta); tre as tré after a ten with ``accent``."""
    hundreds, small = divmod(number, 100)
    tens, unit = divmod(small, 10)
    if 10 <= small < 20:
        rest = _IT_TEENS[unit]
    elif tens:
        ten = _IT_TENS[tens][:-1] if unit in (1, 8) else _IT_TENS[tens]
        rest = ten + ("tré" if unit == 3 and accent else _IT_UNITS[unit])
    else:
        rest = _IT_UNITS[unit]
    if not hundreds:
        return rest
    hundred = ("" if hundreds == 1 else _IT_UNITS[hundreds]) + "cento"
    return (hundred[:-1] if rest.startswith("ott") else hundred) + rest


def _italian(number: int, accent: bool) -> str:
    """``number`` (1-999,999) in Italian as one word: mille, duemila, tremilacinquecento."""
    thousands, rest = divmod(number, 1000)
    word = ""
    if thousands:
        word = "mille" if thousands == 1 else _italian_below_thousand(thousands, accent=accent) + "mila"
    return word + (_italian_below_thousand(rest, accent=accent) if rest else "")


@given(st.integers(min_value=1, max_value=999_999), st.booleans(),
       st.sampled_from(["", "almeno ", "più di ", "circa ", "fino a "]))
@example(21, False, "")                        # ventuno
@example(108, False, "")                       # centotto
@example(180, False, "")                       # centottanta
@example(23, True, "")                         # ventitré
@example(3_500, False, "")                     # tremilacinquecento
@example(230_000, False, "")                   # duecentotrentamila
@example(1_000, False, "più di ")              # più di mille
@example(833_334, False, "circa ")
def test_any_italian_number_reads_as_itself(number: int, accent: bool, bound: str) -> None:
    """Every number to 999,999 written as one Italian word reads as itself, alone and after a bound."""
    expected = {"": (number, number), "almeno ": (number, None), "più di ": (number + 1, None),
                "fino a ": (0, number)}.get(bound)
    assert_reads_as_bounded(f"{bound}{_italian(number, accent)}", number, expected)


_RO_UNITS = ("", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă")
_RO_UNITS_FEMININE = ("", "una", "două", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă")
_RO_TEENS = ("zece", "unsprezece", "doisprezece", "treisprezece", "paisprezece", "cincisprezece", "șaisprezece",
             "șaptesprezece", "optsprezece", "nouăsprezece")
_RO_TEENS_FEMININE = ("zece", "unsprezece", "douăsprezece", *_RO_TEENS[3:])
_RO_TENS = ("", "", "douăzeci", "treizeci", "patruzeci", "cincizeci", "șaizeci", "șaptezeci", "optzeci", "nouăzeci")


def _romanian_below_thousand(number: int, *, feminine: bool) -> str:
    """``number`` (1-999) in Romanian words: o sută, două sute; a ten, și and a unit (douăzeci și unu)."""
    hundreds, small = divmod(number, 100)
    tens, unit = divmod(small, 10)
    units = _RO_UNITS_FEMININE if feminine else _RO_UNITS
    words = ["o sută" if hundreds == 1 else f"{_RO_UNITS_FEMININE[hundreds]} sute" if hundreds else ""]
    if 10 <= small < 20:
        words.append((_RO_TEENS_FEMININE if feminine else _RO_TEENS)[unit])
    elif tens:
        words.append(_RO_TENS[tens] + (f" și {units[unit]}" if unit else ""))
    else:
        words.append(units[unit])
    return " ".join(word for word in words if word)


def _romanian(number: int) -> str:
    """``number`` (1-999,999) in Romanian words: o mie, trei mii, and de mii after a number whose last two digits are
    twenty or more or nought (douăzeci de mii, o sută de mii), as Romanian puts de after it."""
    thousands, rest = divmod(number, 1000)
    words = []
    if thousands == 1:
        words.append("o mie")
    elif thousands:
        of = " de" if thousands % 100 == 0 or thousands % 100 >= 20 else ""
        words.append(f"{_romanian_below_thousand(thousands, feminine=True)}{of} mii")
    if rest:
        words.append(_romanian_below_thousand(rest, feminine=False))
    return " ".join(words)


@given(st.integers(min_value=1, max_value=999_999), st.booleans(),
       st.sampled_from(["", "cel puțin ", "peste ", "aproximativ ", "până la "]))
@example(21, False, "")                        # douăzeci și unu
@example(20_000, False, "")                    # douăzeci de mii
@example(101_000, False, "")                   # o sută una mii
@example(102_000, True, "")                    # o sută două mii
@example(350_000, False, "peste ")             # trei sute cincizeci de mii
@example(833_334, False, "aproximativ ")
def test_any_romanian_number_reads_as_itself(number: int, plain: bool, bound: str) -> None:
    """Every number to 999,999 in Romanian words reads as itself, alone and after a bound, with its marks or typed
    without them."""
    text = f"{bound}{_romanian(number)}"
    if plain:
        text = text.translate(str.maketrans("ăâîșț", "aaist"))
    expected = {"": (number, number), "cel puțin ": (number, None), "peste ": (number + 1, None),
                "până la ": (0, number)}.get(bound)
    assert_reads_as_bounded(text, number, expected)


def test_the_docs_list_the_german_italian_and_romanian_forms() -> None:
    """Every form with a figure or a day in the German, Italian and Romanian tables of docs/normalization.md reads."""
    for heading in ("### German", "### Italian", "### Romanian"):
        forms = documented_forms(heading)
        assert len(forms) > 30
        assert_forms_read(forms)


# ---------------------------------------------------------------------------------------------------------------
# 3. Event words
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("Beschuss", "shelling"), ("Drohnenangriff", "shelling"), ("Luftangriff", "shelling"), ("Angriff", "clash"),
    ("Gefecht", "clash"), ("Kämpfe", "clash"),
    ("Zusammenstöße", "clash"), ("Anschlag", "bombing"), ("Selbstmordanschlag", "bombing"),
    ("Selbstmord", "noncombat"), ("Schüsse", "shooting"), ("Schießerei", "shooting"), ("Waffenruhe", "shooting"),
    ("Grenzverletzung", "incursion"), ("Sprengfalle", "mine"), ("Entführung", "abduction"), ("Tote", "casualty"),
    ("getötet", "casualty"), ("ums Leben gekommen", "casualty"), ("Ermittlungen", "monitoring"),
    ("attacco missilistico", "shelling"), ("attacco aereo", "shelling"),
    ("raid aereo", "shelling"), ("razzi", "shelling"), ("attacco", "clash"), ("scontri", "clash"),
    ("esplosione", "bombing"), ("sparatoria", "shooting"), ("cessate il fuoco", "shooting"),
    ("sconfinamento", "incursion"), ("ordigno esplosivo", "mine"), ("rapimento", "abduction"),
    ("morti", "casualty"), ("feriti", "casualty"), ("indagine", "monitoring"),
    ("atac aerian", "shelling"), ("rachete", "shelling"), ("lovitură", "shelling"), ("ciocniri", "clash"),
    ("atentat", "bombing"), ("împușcături", "shooting"), ("încălcarea spațiului aerian", "incursion"),
    ("mină", "mine"), ("răpire", "abduction"), ("morți", "casualty"), ("răniți", "casualty"),
    ("anchetă", "monitoring"),
])
def test_german_italian_and_romanian_event_words(text: str, kind: str) -> None:
    assert event_type(text) == kind


def test_short_event_words_are_whole_words() -> None:
    """razzi (rockets) and Tote (the dead) are read as whole words: razzia (a raid) and Totem stay unknown."""
    assert [event_type(text) for text in ("razzi", "razzia", "Tote", "Totem")] == [
        "shelling", "unknown", "casualty", "unknown"]


def test_the_stems_are_in_the_docs_table() -> None:
    text = (DOCS / "matching.md").read_text(encoding="utf-8")
    for stem in ("beschuss", "drohne", "angriff", "attacc", "scontr", "sparator", "atac cu dron", "ciocnir",
                 "împușc"):
        assert any(stem in stems for stems in EVENT_TYPES_OTHER_LANGUAGES.values())
        assert stem in text


# ---------------------------------------------------------------------------------------------------------------
# 4. Places
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b"), [
    # a generic word or a preposition taken off: the name alone (0.85 before, 0.60 for in der Nähe von)
    ("in der Nähe von Plauru", "Plauru"), ("Ortschaft Plauru", "Plauru"), ("Landkreis Tulcea", "Tulcea"),
    ("villaggio di Plauru", "Plauru"), ("nel villaggio di Plauru", "Plauru"), ("presso Plauru", "Plauru"),
    ("nei pressi di Plauru", "Plauru"), ("località Plauru", "Plauru"), ("provincia di Tulcea", "Tulcea"),
    ("satul Plauru", "Plauru"), ("în satul Plauru", "Plauru"), ("lângă Plauru", "Plauru"),
    ("în apropierea localității Plauru", "Plauru"), ("județul Tulcea", "Tulcea"), ("municipiul Tulcea", "Tulcea"),
    ("orașul Isaccea", "Isaccea"),
])
def test_german_italian_and_romanian_place_text(a: str, b: str) -> None:
    assert similarity(a, b) == 1.0


def test_different_places_stay_apart() -> None:
    """A generic word taken off makes no other place the same: the village of Plauru is Plauru, not Tulcea."""
    assert similarity("satul Plauru", "Plauru") == 1.0
    for a, b in (("satul Plauru", "Tulcea"), ("villaggio di Plauru", "Isaccea"), ("lângă Plauru", "Ceatalchioi")):
        assert similarity(a, b) < SAME_PLACE_THRESHOLD
