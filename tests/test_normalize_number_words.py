"""Counts written in the number words of the nine other languages (``двое``, ``не менее двадцати``, ``vingt-cinq``,
``خمسة وعشرون``, ``yirmiden fazla``) and the date phrasings that were missing (``в июне 2022``, ``حزيران/يونيو
2022``, ``Haziran başında 2022``), read as the English text they translate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from unittest import mock

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import normalize
from reconcile.errors import NormalizeError
from reconcile.models import Count
from reconcile.normalize import _english_number, parse_count, parse_date

D = dt.date

# ---------------------------------------------------------------------------------------------------------------
# Focused examples
# ---------------------------------------------------------------------------------------------------------------

COUNTS: list[tuple[str, int, int | None]] = [
    # Russian: cardinals, collectives, the cases bounds and ranges put numbers in
    ("двое", 2, 2), ("трое", 3, 3), ("четверо", 4, 4), ("пятеро", 5, 5), ("шестеро", 6, 6), ("семеро", 7, 7),
    ("два", 2, 2), ("две", 2, 2), ("одна", 1, 1), ("один", 1, 1), ("двадцать пять", 25, 25),
    ("не менее двадцати", 20, None), ("более двухсот", 201, None), ("до пяти", 0, 5), ("около сорока", 32, 48),
    ("от двух до пяти", 2, 5), ("между двумя и пятью", 2, 5), ("не менее двоих", 2, None),
    ("сто двадцать", 120, 120), ("тысяча двести", 1200, 1200), ("две тысячи пятьсот", 2500, 2500),
    ("более тысячи двухсот", 1201, None), ("от тысячи до двух тысяч", 1000, 2000), ("полторы тысячи", 1500, 1500),
    ("двадцать с лишним", 20, 29), ("пять или шесть", 5, 6), ("ТРОЕ", 3, 3),
    # Ukrainian
    ("двоє", 2, 2), ("троє", 3, 3), ("четверо", 4, 4), ("п'ятеро", 5, 5), ("п’ятеро", 5, 5), ("дві", 2, 2),
    ("понад двадцять", 21, None), ("не менше двадцяти", 20, None), ("від двох до п'яти", 2, 5),
    ("понад тисячу", 1001, None), ("дві тисячі", 2000, 2000), ("сорок два", 42, 42),
    # French
    ("vingt", 20, 20), ("vingt-cinq", 25, 25), ("vingt cinq", 25, 25), ("cinq", 5, 5), ("une", 1, 1),
    ("vingt et un", 21, 21), ("vingt-et-un", 21, 21), ("soixante-dix", 70, 70), ("soixante et onze", 71, 71),
    ("soixante-dix-sept", 77, 77), ("quatre-vingts", 80, 80), ("quatre-vingt-un", 81, 81),
    ("quatre-vingt-dix", 90, 90), ("quatre-vingt-dix-neuf", 99, 99), ("septante-cinq", 75, 75), ("nonante", 90, 90),
    ("deux cents", 200, 200), ("deux cent vingt", 220, 220), ("mille", 1000, 1000), ("deux mille", 2000, 2000),
    ("une vingtaine", 16, 24), ("au moins vingt", 20, None), ("plus d'un", 2, None), ("entre cinq et dix", 5, 10),
    ("entre vingt et un et trente", 21, 30), ("de cinq à dix", 5, 10), ("cinq à dix", 5, 10),
    # Spanish
    ("dos", 2, 2), ("veinte", 20, 20), ("cinco", 5, 5), ("una", 1, 1), ("veintiuno", 21, 21),
    ("veinticinco", 25, 25), ("veintiséis", 26, 26), ("dieciséis", 16, 16), ("treinta y cinco", 35, 35),
    ("ciento veinte", 120, 120), ("cien", 100, 100), ("quinientos", 500, 500), ("mil", 1000, 1000),
    ("dos mil", 2000, 2000), ("de cinco a diez", 5, 10), ("entre cinco y diez", 5, 10),
    ("entre treinta y cinco y cuarenta", 35, 40), ("más de veinte", 21, None), ("unos veinte", 16, 24),
    ("veinte y pico", 20, 29),
    # Portuguese
    ("três", 3, 3), ("tres", 3, 3), ("dois", 2, 2), ("duas", 2, 2), ("uma", 1, 1), ("dezasseis", 16, 16),
    ("dezesseis", 16, 16), ("vinte e cinco", 25, 25), ("cento e vinte e cinco", 125, 125),
    ("mil e duzentos", 1200, 1200), ("pelo menos vinte", 20, None), ("entre vinte e cinco e trinta", 25, 30),
    # Arabic: masculine and feminine, nominative and oblique, the unit before the ten, و joined or spaced
    ("خمسة", 5, 5), ("خمس", 5, 5), ("ثلاثة", 3, 3), ("ثلاث", 3, 3), ("عشرون", 20, 20), ("عشرين", 20, 20),
    ("اثنين", 2, 2), ("الثلاثة", 3, 3), ("أحد عشر", 11, 11), ("اثنا عشر", 12, 12), ("ثلاث عشرة", 13, 13),
    ("خمسة وعشرون", 25, 25), ("خمسة و عشرين", 25, 25), ("مائة", 100, 100), ("مئة وعشرون", 120, 120),
    ("مائة وخمسة وعشرون", 125, 125), ("ثلاثمائة", 300, 300), ("ثلاث مئة", 300, 300), ("ألف", 1000, 1000),
    ("ألفين", 2000, 2000), ("ثلاثة آلاف", 3000, 3000), ("عشرون ألفا", 20000, 20000),
    ("أكثر من عشرين", 21, None), ("حوالي عشرين", 16, 24), ("عشرون على الأقل", 20, None),
    ("بين خمسة وعشرة", 5, 10), ("من خمسة إلى عشرة", 5, 10), ("بين خمسة وعشرين وثلاثين", 25, 30),
    # Armenian: 11-99 in one word, the ablative a bound after the number takes
    ("հինգ", 5, 5), ("տասը", 10, 10), ("տասնհինգ", 15, 15), ("քսան", 20, 20), ("քսանհինգ", 25, 25),
    ("քսան հինգ", 25, 25), ("հարյուր", 100, 100), ("երկու հարյուր", 200, 200), ("հազար", 1000, 1000),
    ("առնվազն քսան", 20, None), ("քսանից ավելի", 21, None), ("երկուսից ավելի", 3, None), ("մոտ քսան", 16, 24),
    # Azerbaijani
    ("beş", 5, 5), ("iki", 2, 2), ("on beş", 15, 15), ("iyirmi beş", 25, 25), ("yüz", 100, 100),
    ("iki min", 2000, 2000), ("ən azı iyirmi", 20, None), ("iyirmidən çox", 21, None), ("ondan çox", 11, None),
    ("beşə qədər", 0, 5), ("iyirmidək", 0, 20),
    # Turkish
    ("beş", 5, 5), ("iki", 2, 2), ("yirmi beş", 25, 25), ("otuz", 30, 30), ("on dört", 14, 14), ("bin", 1000, 1000),
    ("en az yirmi", 20, None), ("yirmiden fazla", 21, None), ("beşten fazla", 6, None), ("dördü aşkın", 5, None),
    ("yirmiye kadar", 0, 20), ("yaklaşık yirmi", 16, 24), ("YİRMİ BEŞ", 25, 25),
    # Turkish and Azerbaijani bounds written after the number with a case ending
    ("20'yi aşkın", 21, None), ("20’yi aşkın", 21, None), ("30'u aşkın", 31, None), ("100'ü aşkın", 101, None),
    ("20'nin üzerinde", 21, None), ("20'den fazla", 21, None), ("en az 20", 20, None),
]


@pytest.mark.parametrize(("text", "low", "high"), COUNTS)
def test_number_words_of_another_language(text: str, low: int, high: int | None) -> None:
    """A count in another language's number words reads as the English words it translates."""
    assert parse_count(text) == Count(low, high, text)


DATES: list[tuple[str, dt.date, dt.date, str]] = [
    ("в июне 2022", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("в июне 2022 года", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("в феврале 2024 г.", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("у червні 2022", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("в червні 2022 року", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("حزيران/يونيو 2022", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("3 حزيران/يونيو 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("3 حزيران / يونيو 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("3 يونيو/حزيران 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("3 حزيران (يونيو) 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("3 كانون الثاني/يناير 2022", D(2022, 1, 3), D(2022, 1, 3), "day"),
    ("أواخر حزيران/يونيو 2022", D(2022, 6, 21), D(2022, 6, 30), "range"),
    ("հունիսի սկզբին 2022", D(2022, 6, 1), D(2022, 6, 10), "range"),
    ("2022 թ. հունիսի սկզբին", D(2022, 6, 1), D(2022, 6, 10), "range"),
    ("2022 թվականի հունիսի կեսերին", D(2022, 6, 11), D(2022, 6, 20), "range"),
    ("2022 թ. հունիսի վերջին", D(2022, 6, 21), D(2022, 6, 30), "range"),
    ("2022 թ. հունիսին", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("iyunun əvvəlində 2022", D(2022, 6, 1), D(2022, 6, 10), "range"),
    ("2022-ci ilin iyun ayının ortasında", D(2022, 6, 11), D(2022, 6, 20), "range"),
    ("2022-ci ilin iyun ayının sonunda", D(2022, 6, 21), D(2022, 6, 30), "range"),
    ("2022-ci il iyunda", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("Haziran başında 2022", D(2022, 6, 1), D(2022, 6, 10), "range"),
    ("Haziran ortasında 2022", D(2022, 6, 11), D(2022, 6, 20), "range"),
    ("Haziran sonunda 2022", D(2022, 6, 21), D(2022, 6, 30), "range"),
    ("2022 Haziran sonunda", D(2022, 6, 21), D(2022, 6, 30), "range"),
    ("2022 yılı Haziran ayının başında", D(2022, 6, 1), D(2022, 6, 10), "range"),
    ("Şubat sonunda 2024", D(2024, 2, 21), D(2024, 2, 29), "range"),
    ("2022 yılı Haziran ayında", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("Haziran'da 2022", D(2022, 6, 1), D(2022, 6, 30), "month"),
]


@pytest.mark.parametrize(("text", "start", "end", "precision"), DATES)
def test_date_phrasings_of_another_language(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    """In June, a month named in two Arabic month systems and the parts of a month written after it read as their
    English equivalents."""
    span = parse_date(text)
    assert (span.start, span.end, span.precision, span.text) == (start, end, precision, text)


@pytest.mark.parametrize(
    "text",
    [
        "двадцатъ",  # a typo: no number of the language
        "vingtt-cinq",
        "cinqo",
        "yirmibeş",  # the two words joined, as Turkish does not write them
        "twenty пять",  # two languages
        "vingt пять",
        "двое военнослужащих",  # a noun after the number, as in English
        "ثلاثة قتلى",
        "тысяч",  # the word after 5 and more, not a count alone
        "cents",
        "20 mil",  # digits and a number word, as English does not read "20 thousand"
        "20den fazla",  # a case ending joined to digits: they take an apostrophe
        "пять двадцать",  # the order of no number
        "cent cent",
    ],
)
def test_words_that_are_no_count_are_refused(text: str) -> None:
    """A word that is no number of the language, or number words that make no number, get the refusal, which points
    text in another script than Latin to the list of other languages' forms."""
    with pytest.raises(NormalizeError, match=r"^cannot read a count from ") as refused:
        parse_count(text)
    assert str(refused.value).endswith("forms are listed in docs/normalization.md") != text.isascii()


def test_a_range_whose_words_split_two_ways_is_refused() -> None:
    """Number words that make two ranges, as و and e join both the parts of a number and its ends, are refused with
    the ranges they could be, not read as one of them."""
    with pytest.raises(NormalizeError) as refused:
        parse_count("entre cinquenta e dois mil e um")
    assert str(refused.value) == (
        "cannot read a count from 'entre cinquenta e dois mil e um': its number words make more than one range "
        "(50 to 2001; 52000 to 1); write the figures in digits"
    )


def test_a_backward_range_in_words_says_so() -> None:
    """A range in words that runs backwards gets the English message."""
    with pytest.raises(NormalizeError, match=r"^range 'от пяти до двух' runs backwards; expected the smaller"):
        parse_count("от пяти до двух")


@pytest.mark.parametrize("text", ["حزيران/يوليو 2022", "3 حزيران/يوليو 2022", "в июне", "июне 2022"])
def test_dates_that_do_not_agree_are_refused(text: str) -> None:
    """Two month systems naming different months, or in June without its year or its preposition, stay errors."""
    with pytest.raises(NormalizeError, match=r"^cannot read a date from "):
        parse_date(text)


# ---------------------------------------------------------------------------------------------------------------
# The law: a language's words for N read as the English words for N, in a bound and a range too
# ---------------------------------------------------------------------------------------------------------------
# Each speller below writes N as a source in the language would, independently of the tables of normalize.py.


def _compose(number: int, below_thousand: Callable[[int], str], thousands: Callable[[int], str]) -> str:
    """N as its thousands (``thousands(t)``) and the rest below a thousand, the parts that are not zero."""
    high, low = divmod(number, 1000)
    parts = [thousands(high)] if high else []
    if low or not parts:
        parts.append(below_thousand(low))
    return " ".join(parts)


_RU = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать",
       "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать",
       "девятнадцать"]
_RU_GEN = ["ноля", "одного", "двух", "трёх", "четырёх", "пяти", "шести", "семи", "восьми", "девяти", "десяти",
           "одиннадцати", "двенадцати", "тринадцати", "четырнадцати", "пятнадцати", "шестнадцати", "семнадцати",
           "восемнадцати", "девятнадцати"]
_RU_TENS = ["двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"]
_RU_TENS_GEN = ["двадцати", "тридцати", "сорока", "пятидесяти", "шестидесяти", "семидесяти", "восьмидесяти",
                "девяноста"]
_RU_HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот",
                "девятьсот"]
_RU_HUNDREDS_GEN = ["", "ста", "двухсот", "трёхсот", "четырёхсот", "пятисот", "шестисот", "семисот", "восьмисот",
                    "девятисот"]


def _slavic(number: int, units: list[str], tens: list[str], hundreds: list[str], *, one: str, two: str) -> str:
    """0-999 in Russian or Ukrainian words of one case; ``one`` and ``two`` replace a last unit of 1 or 2 (the
    feminine before тысяча)."""
    hundred, small = divmod(number, 100)
    words = [hundreds[hundred]] if hundred else []
    if small >= 20:
        words.append(tens[small // 10 - 2])
        small %= 10
    if small or not words:
        words.append(one if small == 1 else two if small == 2 else units[small])
    return " ".join(words)


def _thousand_form(count: int, one: str, few: str, many: str) -> str:
    """The form of тысяча after ``count``: after 1 (not 11), after 2-4 (not 12-14), after the rest."""
    if count % 10 == 1 and count % 100 != 11:
        return one
    return few if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14 else many


def russian(number: int) -> str:
    """N in Russian, nominative: двадцать пять, тысяча двести, двадцать две тысячи."""
    def below(n: int, *, feminine: bool = False) -> str:
        return _slavic(n, _RU, _RU_TENS, _RU_HUNDREDS, one="одна" if feminine else "один",
                       two="две" if feminine else "два")

    def thousands(t: int) -> str:
        return "тысяча" if t == 1 else f"{below(t, feminine=True)} {_thousand_form(t, 'тысяча', 'тысячи', 'тысяч')}"

    return _compose(number, below, thousands)


def russian_genitive(number: int) -> str:
    """N in Russian, genitive, as after не менее, более, до, от: двадцати пяти, тысячи двухсот, двух тысяч."""
    def below(n: int, *, feminine: bool = False) -> str:
        return _slavic(n, _RU_GEN, _RU_TENS_GEN, _RU_HUNDREDS_GEN, one="одной" if feminine else "одного", two="двух")

    def thousands(t: int) -> str:
        return "тысячи" if t == 1 else f"{below(t, feminine=True)} {_thousand_form(t, 'тысячи', 'тысяч', 'тысяч')}"

    return _compose(number, below, thousands)


_UK = ["нуль", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять", "десять", "одинадцять",
       "дванадцять", "тринадцять", "чотирнадцять", "п'ятнадцять", "шістнадцять", "сімнадцять", "вісімнадцять",
       "дев'ятнадцять"]
_UK_GEN = ["нуля", "одного", "двох", "трьох", "чотирьох", "п'яти", "шести", "семи", "восьми", "дев'яти", "десяти",
           "одинадцяти", "дванадцяти", "тринадцяти", "чотирнадцяти", "п'ятнадцяти", "шістнадцяти", "сімнадцяти",
           "вісімнадцяти", "дев'ятнадцяти"]
_UK_TENS = ["двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят", "вісімдесят", "дев'яносто"]
_UK_TENS_GEN = ["двадцяти", "тридцяти", "сорока", "п'ятдесяти", "шістдесяти", "сімдесяти", "вісімдесяти", "дев'яноста"]
_UK_HUNDREDS = ["", "сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот", "сімсот", "вісімсот", "дев'ятсот"]
_UK_HUNDREDS_GEN = ["", "ста", "двохсот", "трьохсот", "чотирьохсот", "п'ятисот", "шестисот", "семисот", "восьмисот",
                    "дев'ятисот"]


def ukrainian(number: int) -> str:
    """N in Ukrainian, nominative: двадцять п'ять, тисяча двісті, двадцять дві тисячі."""
    def below(n: int, *, feminine: bool = False) -> str:
        return _slavic(n, _UK, _UK_TENS, _UK_HUNDREDS, one="одна" if feminine else "один",
                       two="дві" if feminine else "два")

    def thousands(t: int) -> str:
        return "тисяча" if t == 1 else f"{below(t, feminine=True)} {_thousand_form(t, 'тисяча', 'тисячі', 'тисяч')}"

    return _compose(number, below, thousands)


def ukrainian_genitive(number: int) -> str:
    """N in Ukrainian, genitive, as after не менше, від: двадцяти п'яти, тисячі двохсот, двох тисяч."""
    def below(n: int, *, feminine: bool = False) -> str:
        return _slavic(n, _UK_GEN, _UK_TENS_GEN, _UK_HUNDREDS_GEN, one="однієї" if feminine else "одного",
                       two="двох")

    def thousands(t: int) -> str:
        return "тисячі" if t == 1 else f"{below(t, feminine=True)} {_thousand_form(t, 'тисячі', 'тисяч', 'тисяч')}"

    return _compose(number, below, thousands)


_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
       "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}


def french(number: int) -> str:
    """N in French: vingt et un, soixante-dix-sept, quatre-vingts, deux cents, deux cent mille, mille deux cents."""
    def small(n: int) -> str:
        if n < 20:
            return _FR[n]
        if n < 70:
            ten, unit = divmod(n, 10)
            name = _FR_TENS[10 * ten]
            return name if not unit else f"{name} et un" if unit == 1 else f"{name}-{_FR[unit]}"
        if n < 80:
            return "soixante et onze" if n == 71 else f"soixante-{_FR[n - 60]}"
        return "quatre-vingts" if n == 80 else f"quatre-vingt-{_FR[n - 80]}"

    def below(n: int, *, before_mille: bool = False) -> str:
        hundred, rest = divmod(n, 100)
        if not hundred:
            return small(rest)
        head = "cent" if hundred == 1 else f"{_FR[hundred]} cent" + ("" if rest or before_mille else "s")
        return f"{head} {small(rest)}" if rest else head

    return _compose(number, below, lambda t: "mille" if t == 1 else f"{below(t, before_mille=True)} mille")


_ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
       "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
       "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
       "veintinueve"]
_ES_TENS = {30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta", 80: "ochenta",
            90: "noventa"}
_ES_HUNDREDS = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
                "setecientos", "ochocientos", "novecientos"]


def spanish(number: int) -> str:
    """N in Spanish: veinticinco, treinta y cinco, ciento veinte, cien, veintiún mil, doscientos mil."""
    def below(n: int, *, before_mil: bool = False) -> str:
        hundred, rest = divmod(n, 100)
        if rest < 30:
            tail = _ES[rest]
        else:
            ten, unit = divmod(rest, 10)
            tail = _ES_TENS[10 * ten] + (f" y {_ES[unit]}" if unit else "")
        if before_mil and tail.endswith("uno"):
            tail = tail.removesuffix("uno") + ("ún" if tail.startswith("veint") else "un")
        if not hundred:
            return tail
        head = "cien" if hundred == 1 and not rest else _ES_HUNDREDS[hundred]
        return f"{head} {tail}" if rest else head

    return _compose(number, below, lambda t: "mil" if t == 1 else f"{below(t, before_mil=True)} mil")


_PT = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
       "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"]
_PT_TENS = {20: "vinte", 30: "trinta", 40: "quarenta", 50: "cinquenta", 60: "sessenta", 70: "setenta",
            80: "oitenta", 90: "noventa"}
_PT_HUNDREDS = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos",
                "oitocentos", "novecentos"]


def portuguese(number: int) -> str:
    """N in Portuguese: vinte e cinco, cento e vinte e cinco, cem, mil e duzentos, dois mil trezentos e dez."""
    def small(n: int) -> str:
        if n < 20:
            return _PT[n]
        ten, unit = divmod(n, 10)
        return _PT_TENS[10 * ten] + (f" e {_PT[unit]}" if unit else "")

    def below(n: int) -> str:
        hundred, rest = divmod(n, 100)
        if not hundred:
            return small(rest)
        if not rest:
            return "cem" if hundred == 1 else _PT_HUNDREDS[hundred]
        return f"{_PT_HUNDREDS[hundred]} e {small(rest)}"

    high, low = divmod(number, 1000)
    if not high:
        return below(low)
    head = "mil" if high == 1 else f"{below(high)} mil"
    if not low:
        return head
    return f"{head} e {below(low)}" if low < 100 or low % 100 == 0 else f"{head} {below(low)}"


_AR_UNITS = ["صفر", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"]
_AR_TENS = ["عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
_AR_HUNDREDS = ["", "مائة", "مائتين", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة", "ثمانمائة", "تسعمائة"]


def arabic(number: int) -> str:
    """N in Arabic in the oblique case news text uses: خمسة وعشرين, مائة وعشرين, ثلاثة آلاف, عشرين ألفا; the parts
    joined by و."""
    def below(n: int) -> str:
        hundred, rest = divmod(n, 100)
        parts = [_AR_HUNDREDS[hundred]] if hundred else []
        if rest > 10:
            ten, unit = divmod(rest, 10)
            if rest < 20:
                parts.append({11: "أحد عشر", 12: "اثني عشر"}.get(rest, f"{_AR_UNITS[unit]} عشر"))
            else:
                parts.append(f"{_AR_UNITS[unit]} و{_AR_TENS[ten - 2]}" if unit else _AR_TENS[ten - 2])
        elif rest or not parts:
            parts.append(_AR_UNITS[rest])
        return " و".join(parts)

    def thousands(t: int) -> str:
        if t in (1, 2):
            return "ألف" if t == 1 else "ألفين"
        return f"{below(t)} {'آلاف' if 3 <= t % 100 <= 10 else 'ألفا' if t % 100 > 10 else 'ألف'}"

    high, low = divmod(number, 1000)
    if not high:
        return below(low)
    return thousands(high) + (f" و{below(low)}" if low else "")


_HY = ["զրո", "մեկ", "երկու", "երեք", "չորս", "հինգ", "վեց", "յոթ", "ութ", "ինը"]
_HY_TENS = ["քսան", "երեսուն", "քառասուն", "հիսուն", "վաթսուն", "յոթանասուն", "ութսուն", "իննսուն"]


def armenian(number: int) -> str:
    """N in Armenian: 11-99 in one word (տասնհինգ, քսանհինգ), երկու հարյուր, հազար."""
    def small(n: int) -> str:
        if n < 10:
            return _HY[n]
        if n < 20:
            return "տասը" if n == 10 else f"տասն{_HY[n - 10]}"
        ten, unit = divmod(n, 10)
        return _HY_TENS[ten - 2] + (_HY[unit] if unit else "")

    def below(n: int) -> str:
        hundred, rest = divmod(n, 100)
        parts = ([] if not hundred else ["հարյուր"] if hundred == 1 else [f"{_HY[hundred]} հարյուր"])
        if rest or not parts:
            parts.append(small(rest))
        return " ".join(parts)

    return _compose(number, below, lambda t: "հազար" if t == 1 else f"{below(t)} հազար")


def armenian_ablative(number: int) -> str:
    """N in Armenian with the ablative ending, as before ավելի (more than): քսանից, երկուսից, ինից, տասից."""
    words = armenian(number)
    for nominative, stem in (("երկու", "երկուս"), ("ինը", "ին"), ("տասը", "տաս")):
        if words.endswith(nominative):
            return words.removesuffix(nominative) + stem + "ից"
    return words + "ից"


def _turkic(number: int, units: list[str], tens: list[str], hundred: str, thousand: str) -> str:
    """N in Azerbaijani or Turkish: tens then units (iyirmi beş, on beş), yüz, iki yüz, min/bin, iki min/bin."""
    def below(n: int) -> str:
        hundreds, rest = divmod(n, 100)
        parts = ([] if not hundreds else [hundred] if hundreds == 1 else [f"{units[hundreds]} {hundred}"])
        ten, unit = divmod(rest, 10)
        if ten:
            parts.append("on" if ten == 1 else tens[ten - 2])
        if unit or not parts:
            parts.append(units[unit])
        return " ".join(parts)

    return _compose(number, below, lambda t: thousand if t == 1 else f"{below(t)} {thousand}")


_AZ = ["sıfır", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz"]
_AZ_TENS = ["iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan"]
_TR = ["sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
_TR_TENS = ["yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]


def azerbaijani(number: int) -> str:
    """N in Azerbaijani: iyirmi beş, on beş, iki yüz, iki min."""
    return _turkic(number, _AZ, _AZ_TENS, "yüz", "min")


def turkish(number: int) -> str:
    """N in Turkish: yirmi beş, on beş, iki yüz, iki bin."""
    return _turkic(number, _TR, _TR_TENS, "yüz", "bin")


def _last_vowel_is_back(word: str) -> bool:
    return next(char for char in reversed(word) if char in "aıoueəiöü") in "aıou"


def azerbaijani_ablative(number: int) -> str:
    """N in Azerbaijani with the ablative ending, as before çox (more than): iyirmidən, ondan."""
    words = azerbaijani(number)
    return words + ("dan" if _last_vowel_is_back(words) else "dən")


def turkish_ablative(number: int) -> str:
    """N in Turkish with the ablative ending, as before fazla (more than): yirmiden, beşten, ondan, kırktan."""
    words = turkish(number)
    consonant = "t" if words[-1] in "çfhkpsşt" else "d"
    return words + consonant + ("an" if _last_vowel_is_back(words) else "en")


#: Each language's speller of N in the case a count takes alone, and the bound and range forms with the speller of
#: the case each puts a number in, and the English they translate.
LANGUAGES: dict[str, tuple[Callable[[int], str], list[tuple[str, Callable[[int], str], str]]]] = {
    "russian": (russian, [
        ("не менее {}", russian_genitive, "at least {}"), ("более {}", russian_genitive, "more than {}"),
        ("до {}", russian_genitive, "up to {}"), ("около {}", russian_genitive, "about {}"),
        ("почти {}", russian, "nearly {}"), ("{} или более", russian, "{} or more"),
        ("от {} до {}", russian_genitive, "from {} to {}"),
    ]),
    "ukrainian": (ukrainian, [
        ("не менше {}", ukrainian_genitive, "at least {}"), ("понад {}", ukrainian, "more than {}"),
        ("близько {}", ukrainian_genitive, "about {}"), ("від {} до {}", ukrainian_genitive, "from {} to {}"),
    ]),
    "french": (french, [
        ("au moins {}", french, "at least {}"), ("plus de {}", french, "more than {}"),
        ("environ {}", french, "about {}"), ("entre {} et {}", french, "between {} and {}"),
        ("de {} à {}", french, "from {} to {}"),
    ]),
    "spanish": (spanish, [
        ("al menos {}", spanish, "at least {}"), ("más de {}", spanish, "more than {}"),
        ("hasta {}", spanish, "up to {}"), ("entre {} y {}", spanish, "between {} and {}"),
        ("de {} a {}", spanish, "from {} to {}"),
    ]),
    "portuguese": (portuguese, [
        ("pelo menos {}", portuguese, "at least {}"), ("mais de {}", portuguese, "more than {}"),
        ("entre {} e {}", portuguese, "between {} and {}"), ("de {} a {}", portuguese, "from {} to {}"),
    ]),
    "arabic": (arabic, [
        ("أكثر من {}", arabic, "more than {}"), ("حوالي {}", arabic, "about {}"),
        ("{} على الأقل", arabic, "at least {}"),
        ("بين {} و{}", arabic, "between {} and {}"), ("من {} إلى {}", arabic, "from {} to {}"),
    ]),
    "armenian": (armenian, [
        ("առնվազն {}", armenian, "at least {}"), ("{} ավելի", armenian_ablative, "more than {}"),
        ("մինչև {}", armenian, "up to {}"),
    ]),
    "azerbaijani": (azerbaijani, [
        ("ən azı {}", azerbaijani, "at least {}"), ("{} çox", azerbaijani_ablative, "more than {}"),
    ]),
    "turkish": (turkish, [
        ("en az {}", turkish, "at least {}"), ("{} fazla", turkish_ablative, "more than {}"),
        ("yaklaşık {}", turkish, "about {}"),
    ]),
}

#: The longest text a count may be (docs/normalization.md): a range of two large numbers in words can be longer.
LONGEST = 120
NUMBERS = st.integers(0, 999_999) | st.integers(0, 120)  # every size, the small figures most counts are often


def _reading(text: str) -> Count | str:
    """The interval of ``text`` without its text, or its error message with the text left out."""
    try:
        count = parse_count(text)
    except NormalizeError as error:
        return str(error).replace(repr(text), "<text>")
    return Count(count.low, count.high)


@given(st.sampled_from(sorted(LANGUAGES)), NUMBERS)
@example("french", 71)
@example("french", 80_000)
@example("french", 200)
@example("spanish", 21_000)
@example("spanish", 100)
@example("portuguese", 1_200)
@example("arabic", 125)
@example("arabic", 13_000)
@example("arabic", 101_000)
@example("russian", 21_000)
@example("ukrainian", 1_500)
@example("armenian", 99)
@example("turkish", 14)
def test_number_words_read_as_the_number(language: str, number: int) -> None:
    """A language's words for N read as exactly N, as the English words for N do."""
    spell = LANGUAGES[language][0]
    assert _reading(spell(number)) == Count(number, number)


@given(st.sampled_from([(name, form) for name, (_, forms) in sorted(LANGUAGES.items()) for form in forms]),
       NUMBERS, NUMBERS)
@example(("russian", ("не менее {}", russian_genitive, "at least {}")), 1000, 0)
@example(("russian", ("не менее {}", russian_genitive, "at least {}")), 21_000, 0)
@example(("russian", ("от {} до {}", russian_genitive, "from {} to {}")), 1000, 2000)
@example(("russian", ("от {} до {}", russian_genitive, "from {} to {}")), 5, 2)
@example(("french", ("entre {} et {}", french, "between {} and {}")), 21, 31)
@example(("arabic", ("بين {} و{}", arabic, "between {} and {}")), 25, 30)
@example(("portuguese", ("entre {} e {}", portuguese, "between {} and {}")), 125, 135)
@example(("armenian", ("{} ավելի", armenian_ablative, "more than {}")), 9, 0)
@example(("turkish", ("{} fazla", turkish_ablative, "more than {}")), 4, 0)
@example(("portuguese", ("entre {} e {}", portuguese, "between {} and {}")), 50, 2001)
@example(("portuguese", ("entre {} e {}", portuguese, "between {} and {}")), 61_250, 1)
@example(("portuguese", ("entre {} e {}", portuguese, "between {} and {}")), 122_500, 1)
@example(("spanish", ("entre {} y {}", spanish, "between {} and {}")), 342_331, 342_331)
@example(("french", ("entre {} et {}", french, "between {} and {}")), 1, 300)   # 100 to 300, as in English words
@example(("russian", ("от {} до {}", russian_genitive, "from {} to {}")), 2, 5_000)
@example(("russian", ("от {} до {}", russian_genitive, "from {} to {}")), 189_491, 189_492)  # long English words
def test_bounds_and_ranges_in_words_read_as_english(
    case: tuple[str, tuple[str, Callable[[int], str], str]], number: int, other: int
) -> None:
    """A bound or a range on a language's words for N (and M) reads as the English one on N: the same interval, or
    the same error. Words longer than any figure may be (120 characters) are refused as such, and a range whose
    words split in two ways (``entre cinquenta e dois mil e um``: 50 to 2,001, or 52,000 to 1) is refused with the
    ranges it could be, N to M among them."""
    _, (form, spell, english) = case
    text = form.format(spell(number), spell(other))
    reading = _reading(text)
    if len(text) > LONGEST:
        assert str(reading).startswith("cannot read a count from <text>")
    elif isinstance(reading, str) and "make more than one range" in reading:
        assert f"{number} to {other}" in reading.split("(", 1)[1].split(")")[0].split("; ")
    elif english.count("{}") == 2:
        # A range reads as the English words do: a multiplier after the second number counts a bare first one too
        # (`entre un et trois cents`, as `between one and three hundred`: 100 to 300).
        # The English words of two large numbers may be longer than any figure may be; the oracle reads them
        # whatever their length (the language's text itself is held to it above).
        with mock.patch.object(normalize, "_LONGEST", 10_000):
            oracle = _reading(english.format(_english_number(number), _english_number(other)))
        assert reading == oracle
    else:
        assert reading == _reading(english.format(number, other))

