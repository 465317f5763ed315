"""Counts and dates written in the languages of the conflicts our users record, read by the English rules."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.models import Count
from reconcile.normalize import MAX_COUNT, format_count, format_date, parse_count, parse_date

D = dt.date

COUNTS = [
    # Russian
    ("не менее 20", 20, None),
    ("не меньше чем 20", 20, None),
    ("по меньшей мере 20", 20, None),
    ("более 100", 101, None),
    ("свыше 100", 101, None),
    ("до 30", 0, 30),
    ("менее 5", 0, 4),
    ("около 10", 8, 12),
    ("почти 10", 8, 10),
    ("чуть более 20", 21, 24),
    ("20 и более", 20, None),
    ("20 с лишним", 20, 29),
    ("от 10 до 20", 10, 20),
    ("10 или 12", 10, 12),
    ("несколько", 3, 9),
    ("десятки", 20, None),
    ("сотни", 200, None),
    ("десятки тысяч", 20000, None),
    ("несколько десятков", 30, 90),
    ("несколько сотен", 300, 900),
    ("десяток", 8, 12),
    ("более десятка", 11, None),
    ("около десятка", 8, 12),
    # Ukrainian
    ("понад 100", 101, None),
    ("щонайменше 20", 20, None),
    ("не менше ніж 20", 20, None),
    ("близько 10", 8, 12),
    ("майже 10", 8, 10),
    ("від 10 до 20", 10, 20),
    ("між 10 та 20", 10, 20),
    ("кілька", 3, 9),
    ("десятки", 20, None),
    ("кілька десятків", 30, 90),
    ("понад десяток", 11, None),
    # French
    ("au moins 20", 20, None),
    ("plus de 20", 21, None),
    ("jusqu’à 20", 0, 20),
    ("moins de 5", 0, 4),
    ("environ 10", 8, 12),
    ("10 environ", 8, 12),
    ("près de 10", 8, 10),
    ("pres de 10", 8, 10),
    ("entre 10 et 20", 10, 20),
    ("de 10 à 20", 10, 20),
    ("10 à 20", 10, 20),
    ("20 ou plus", 20, None),
    ("plusieurs", 3, 9),
    ("quelques", 2, 5),
    ("une dizaine", 8, 12),
    ("une vingtaine", 16, 24),
    ("une centaine", 80, 120),
    ("des dizaines", 20, None),
    ("plusieurs dizaines", 30, 90),
    ("quelques centaines", 200, 500),
    ("plus d'une dizaine", 11, None),
    ("plus d’une centaine", 101, None),
    ("au moins plusieurs dizaines", 30, None),
    ("une douzaine", 10, 14),
    # Spanish
    ("al menos 20", 20, None),
    ("más de 20", 21, None),
    ("mas de 20", 21, None),
    ("hasta 30", 0, 30),
    ("unos 10", 8, 12),
    ("casi 10", 8, 10),
    ("entre 10 y 20", 10, 20),
    ("de 10 a 20", 10, 20),
    ("7 u 8", 7, 8),
    ("20 y pico", 20, 29),
    ("varios", 3, 9),
    ("decenas", 20, None),
    ("cientos", 200, None),
    ("una decena", 8, 12),
    ("una veintena", 16, 24),
    ("unas decenas", 20, 50),
    ("varias decenas", 30, 90),
    ("más de una decena", 11, None),
    # Portuguese
    ("pelo menos 20", 20, None),
    ("mais de 20", 21, None),
    ("até 30", 0, 30),
    ("cerca de 10", 8, 12),
    ("quase 10", 8, 10),
    ("entre 10 e 20", 10, 20),
    ("dezenas", 20, None),
    ("centenas", 200, None),
    ("uma dezena", 8, 12),
    ("várias dezenas", 30, 90),
    # Arabic
    ("على الأقل 20", 20, None),
    ("20 على الأقل", 20, None),
    ("أكثر من 20", 21, None),
    ("اكثر من 20", 21, None),
    ("ما يصل إلى 30", 0, 30),
    ("20 على الأكثر", 0, 20),
    ("أقل من 5", 0, 4),
    ("حوالي 10", 8, 12),
    ("حوالى 10", 8, 12),
    ("١٠ تقريباً", 8, 12),
    ("بين 10 و20", 10, 20),
    ("من 10 إلى 20", 10, 20),
    ("عشرات", 20, None),
    ("العشرات", 20, None),
    ("مئات", 200, None),
    ("عشرات الآلاف", 20000, None),
    ("عدة مئات", 300, 900),
    # Armenian
    ("առնվազն 20", 20, None),
    ("ավելի քան 20", 21, None),
    ("20-ից ավելի", 21, None),
    ("մինչև 30", 0, 30),
    ("մինչեւ 30", 0, 30),
    ("մոտ 10", 8, 12),
    ("գրեթե 10", 8, 10),
    ("տասնյակներ", 20, None),
    ("հարյուրավոր", 200, None),
    ("մի քանի", 3, 9),
    # Azerbaijani
    ("ən azı 20", 20, None),
    ("20-dən çox", 21, None),
    ("30-dan artıq", 31, None),
    ("20-dən az", 0, 19),
    ("20-yə qədər", 0, 20),
    ("30-a qədər", 0, 30),
    ("təxminən 10", 8, 12),
    ("onlarla", 20, None),
    ("yüzlərlə", 200, None),
    ("bir neçə", 3, 9),
    # Turkish
    ("en az 20", 20, None),
    ("20'den fazla", 21, None),
    ("40’tan fazla", 41, None),
    ("20'ye kadar", 0, 20),
    ("yaklaşık 10", 8, 12),
    ("onlarca", 20, None),
    ("binlerce", 2000, None),
    # Hebrew
    ("לפחות 20", 20, None),
    ("יותר מ-20", 21, None),
    ("כ-30", 24, 36),
    ("כ־30", 24, 36),
    ("עד 20", 0, 20),
    ("בין 10 ל-20", 10, 20),
    ("שלושה", 3, 3),
    ("עשרים וחמישה", 25, 25),
    ("עשרות", 20, None),
    ("כמה", 3, 9),
    # Korean
    ("최소 20명", 20, None),
    ("적어도 2명", 2, None),
    ("20명 이상", 20, None),
    ("20여 명", 21, 29),
    ("약 30명", 24, 36),
    ("수십 명", 30, 90),
    ("십여 명", 11, 19),
    ("두 명", 2, 2),
    ("20~30명", 20, 30),
]


@pytest.mark.parametrize(("text", "low", "high"), COUNTS)
def test_count_in_another_language(text: str, low: int, high: int | None) -> None:
    """A figure as a source writes it in its own language reads as its English equivalent does."""
    assert parse_count(text) == Count(low, high, text)


DATES = [
    ("3 июня 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("3 июня 2022 г.", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("3 июня 2022 года", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("3 янв. 2022", D(2022, 1, 3), D(2022, 1, 3), "day"),
    ("июнь 2022", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("в начале июня 2022", D(2022, 6, 1), D(2022, 6, 10), "range"),
    ("в конце февраля 2024 года", D(2024, 2, 21), D(2024, 2, 29), "range"),
    ("3-5 июня 2022", D(2022, 6, 3), D(2022, 6, 5), "range"),
    ("с 3 по 5 июня 2022 года", D(2022, 6, 3), D(2022, 6, 5), "range"),
    ("3 червня 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("3 червня 2022 р.", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("червень 2022", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("наприкінці червня 2022", D(2022, 6, 21), D(2022, 6, 30), "range"),
    ("на початку травня 2022", D(2022, 5, 1), D(2022, 5, 10), "range"),
    ("3 juin 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("1er juin 2022", D(2022, 6, 1), D(2022, 6, 1), "day"),
    ("juin 2022", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("3 août 2022", D(2022, 8, 3), D(2022, 8, 3), "day"),
    ("3 aout 2022", D(2022, 8, 3), D(2022, 8, 3), "day"),
    ("début juin 2022", D(2022, 6, 1), D(2022, 6, 10), "range"),
    ("mi-juin 2022", D(2022, 6, 11), D(2022, 6, 20), "range"),
    ("fin juin 2022", D(2022, 6, 21), D(2022, 6, 30), "range"),
    ("du 3 au 5 juin 2022", D(2022, 6, 3), D(2022, 6, 5), "range"),
    ("3 de junio de 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("junio de 2022", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("a finales de junio de 2022", D(2022, 6, 21), D(2022, 6, 30), "range"),
    ("del 3 al 5 de junio de 2022", D(2022, 6, 3), D(2022, 6, 5), "range"),
    ("3 de junho de 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("3 de março de 2022", D(2022, 3, 3), D(2022, 3, 3), "day"),
    ("em meados de junho de 2022", D(2022, 6, 11), D(2022, 6, 20), "range"),
    ("3 iyun 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("3 iyun 2022-ci il", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("3 Haziran 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("3 MAYIS 2022", D(2022, 5, 3), D(2022, 5, 3), "day"),
    ("2022 թ. հունիսի 3", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("2022 թվականի հունիսի 3-ին", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("2022 թ. հունիսի 3-5", D(2022, 6, 3), D(2022, 6, 5), "range"),
    ("հունիս 2022", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("3 يونيو 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("3 حزيران 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("٣ حزيران ٢٠٢٢", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("3 كانون الثاني 2022", D(2022, 1, 3), D(2022, 1, 3), "day"),
    ("3 أغسطس 2022م", D(2022, 8, 3), D(2022, 8, 3), "day"),
    ("3 جوان 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("أواخر يونيو 2022", D(2022, 6, 21), D(2022, 6, 30), "range"),
    ("3 ביוני 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("ה-3 ביוני 2022", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("יוני 2022", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("בסוף יוני 2022", D(2022, 6, 21), D(2022, 6, 30), "range"),
    ("3-5 ביוני 2022", D(2022, 6, 3), D(2022, 6, 5), "range"),
    ("2022년 6월 3일", D(2022, 6, 3), D(2022, 6, 3), "day"),
    ("2022년 6월", D(2022, 6, 1), D(2022, 6, 30), "month"),
    ("2022년 6월 초", D(2022, 6, 1), D(2022, 6, 10), "range"),
    ("2022년 6월 하순", D(2022, 6, 21), D(2022, 6, 30), "range"),
    ("2022년 6월 3~5일", D(2022, 6, 3), D(2022, 6, 5), "range"),
]


@pytest.mark.parametrize(("text", "start", "end", "precision"), DATES)
def test_date_in_another_language(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    """A date with another language's month names reads with the precision its English equivalent has."""
    span = parse_date(text)
    assert (span.start, span.end, span.precision, span.text) == (start, end, precision, text)


@pytest.mark.parametrize(
    "text",
    [
        "более около 20",  # two bound words
        "plus de 20 и 30",  # two languages
        "20 человек",  # a noun after the number, as in English
        "plusieurs soldats",
        "une dizaine de morts",
        "до несколько",  # an upper bound on a vague word, as in English
        "0o10",  # YAML 1.1 octal, not Spanish "0 or 10"
        "7u8",
        "10a20",
        "20و30",
    ],
)
def test_other_phrases_are_still_refused(text: str) -> None:
    """Only the listed words are read: a phrase with any other word, or mixing languages, is refused."""
    with pytest.raises(NormalizeError, match=r"^cannot read a count from "):
        parse_count(text)


@pytest.mark.parametrize(
    "text", ["3 июня", "03/06/2022", "3 июня 2022 13:00", "3 juin 2022 et après", "31 червня 2022", "3 de junio 2022 z"]
)
def test_other_dates_are_still_refused(text: str) -> None:
    """A date without a year, a numeric date, extra words and impossible days stay errors in every language."""
    with pytest.raises(NormalizeError, match=r"^(cannot read a date from|impossible date) "):
        parse_date(text)


def test_an_impossible_day_says_why() -> None:
    """An impossible day in another language gets the English message."""
    with pytest.raises(NormalizeError, match=r"^impossible date '31 июня 2022': June 2022 has 30 days$"):
        parse_date("31 июня 2022")


def test_messages_point_to_the_other_languages_for_other_scripts() -> None:
    """Text in another script that no form reads is pointed to the list of forms in the docs; the list of English
    forms in the message stays as it was."""
    for parse, text in ((parse_count, "огромные потери"), (parse_date, "вчера")):
        with pytest.raises(NormalizeError) as info:
            parse(text)
        assert str(info.value).endswith(
            "Korean, Persian (Dari), Pashto, Burmese, Bengali, Tamil, Sinhala, Sorani Kurdish and Kurmanji Kurdish "
            "forms are listed in docs/normalization.md")
    with pytest.raises(NormalizeError) as info:
        parse_count("huge losses")
    assert "docs/normalization.md" not in str(info.value)


def test_several_tens_in_english() -> None:
    """``several tens`` (the English of несколько десятков, plusieurs dizaines) counts tens like ``several dozen``
    counts dozens."""
    assert parse_count("several tens") == Count(30, 90, "several tens")
    assert parse_count("a few tens") == Count(20, 50, "a few tens")
    assert parse_count("at least several tens") == Count(30, None, "at least several tens")


# ---------------------------------------------------------------------------------------------------------------
# Laws
# ---------------------------------------------------------------------------------------------------------------

#: Each language's bound words before (or after) a number, and the English bound they read as.
BOUNDS = [
    ("не менее {}", "at least {}"), ("щонайменше {}", "at least {}"), ("au moins {}", "at least {}"),
    ("al menos {}", "at least {}"), ("pelo menos {}", "at least {}"), ("على الأقل {}", "at least {}"),
    ("{} على الأقل", "at least {}"), ("առնվազն {}", "at least {}"), ("ən azı {}", "at least {}"),
    ("en az {}", "at least {}"),
    ("более {}", "more than {}"), ("понад {}", "more than {}"), ("plus de {}", "more than {}"),
    ("más de {}", "more than {}"), ("mais de {}", "more than {}"), ("أكثر من {}", "more than {}"),
    ("ավելի քան {}", "more than {}"), ("{}-ից ավելի", "more than {}"), ("{}-dən çox", "more than {}"),
    ("{}'den fazla", "more than {}"),
    ("до {}", "up to {}"), ("jusqu'à {}", "up to {}"), ("hasta {}", "up to {}"), ("até {}", "up to {}"),
    ("{}-yə qədər", "up to {}"), ("մինչև {}", "up to {}"),
    ("менее {}", "fewer than {}"), ("moins de {}", "fewer than {}"), ("أقل من {}", "fewer than {}"),
    ("около {}", "about {}"), ("приблизно {}", "about {}"), ("environ {}", "about {}"), ("unos {}", "about {}"),
    ("cerca de {}", "about {}"), ("حوالي {}", "about {}"), ("մոտ {}", "about {}"), ("təxminən {}", "about {}"),
    ("почти {}", "nearly {}"), ("presque {}", "nearly {}"), ("casi {}", "nearly {}"), ("quase {}", "nearly {}"),
    ("чуть более {}", "just over {}"), ("un peu moins de {}", "just under {}"),
    ("от {} до {}", "from {} to {}"), ("entre {} et {}", "between {} and {}"), ("بين {} و{}", "between {} and {}"),
    ("לפחות {}", "at least {}"), ("{} לפחות", "{} at least"), ("יותר מ-{}", "more than {}"),
    ("יותר מ{}", "more than {}"), ("מעל {}", "more than {}"), ("עד {}", "up to {}"), ("פחות מ-{}", "fewer than {}"),
    ("כ-{}", "about {}"), ("כ־{}", "about {}"), ("כמעט {}", "nearly {}"), ("{} ומעלה", "{} or more"),
    ("בין {} ל-{}", "between {} and {}"), ("מ-{} עד {}", "from {} to {}"), ("{} עד {}", "from {} to {}"),
    ("최소 {}명", "at least {}"), ("적어도 {}", "at least {}"), ("{}명 이상", "{} or more"),
    ("{}명 초과", "more than {}"), ("최대 {}명", "up to {}"), ("{}명 미만", "fewer than {}"), ("약 {}명", "about {}"),
    ("{}명 가량", "about {}"), ("거의 {}명", "nearly {}"), ("{}~{}명", "from {} to {}"),
]


def _reading(text: str) -> Count | str:
    """The interval of ``text`` without its text, or its error message with the text left out."""
    try:
        count = parse_count(text)
    except NormalizeError as error:
        return str(error).replace(repr(text), "<text>")
    return Count(count.low, count.high)


@given(st.sampled_from(BOUNDS), st.integers(0, MAX_COUNT), st.integers(0, MAX_COUNT))
@example(("не менее {}", "at least {}"), 0, 0)
@example(("более {}", "more than {}"), MAX_COUNT, 0)
@example(("менее {}", "fewer than {}"), 0, 0)
@example(("от {} до {}", "from {} to {}"), 20, 10)
@example(("около {}", "about {}"), 1, 0)
@example(("{}명 미만", "fewer than {}"), 0, 0)
def test_every_language_bound_reads_as_english(forms: tuple[str, str], number: int, other: int) -> None:
    """Every language's bound on any N is the English bound on N: the same interval, or the same error."""
    foreign, english = forms
    assert _reading(foreign.format(number, other)) == _reading(english.format(number, other))


@given(st.sampled_from(COUNTS))
def test_count_canonical_form_reads_the_same(case: tuple[str, int, int | None]) -> None:
    """A count read from another language, written in its canonical form, reads as the same interval."""
    count = parse_count(case[0])
    again = parse_count(format_count(count))
    assert (again.low, again.high) == (count.low, count.high)


@given(st.sampled_from(DATES))
def test_date_canonical_form_reads_the_same(case: tuple[str, dt.date, dt.date, str]) -> None:
    """A date read from another language, written in its canonical form, reads as the same span."""
    span = parse_date(case[0])
    again = parse_date(format_date(span))
    assert (again.start, again.end, again.precision) == (span.start, span.end, span.precision)


_SPACES = st.sampled_from([" ", "  ", "\u00a0", "\t"])


@given(st.sampled_from(COUNTS), st.booleans(), _SPACES)
@example(("20 с лишним", 20, 29), True, "\u00a0")
@example(("20-dən çox", 21, None), True, "  ")
@example(("plus d'une dizaine", 11, None), True, " ")
def test_count_case_and_whitespace_do_not_matter(case: tuple[str, int, int | None], upper: bool, space: str) -> None:
    """Upper case and any run of whitespace read as the text does."""
    text, low, high = case
    changed = space.join((text.upper() if upper else text).split(" "))
    assert _reading(f"{space}{changed}{space}") == Count(low, high)


@given(st.sampled_from(DATES), st.booleans(), _SPACES)
@example(("3 MAYIS 2022", D(2022, 5, 3), D(2022, 5, 3), "day"), False, " ")
@example(("2022 թ. հունիսի 3", D(2022, 6, 3), D(2022, 6, 3), "day"), True, "\u00a0")
def test_date_case_and_whitespace_do_not_matter(case: tuple[str, dt.date, dt.date, str], upper: bool,
                                                space: str) -> None:
    """Upper case and any run of whitespace read as the text does."""
    text, start, end, precision = case
    changed = space.join((text.upper() if upper else text).split(" "))
    span = parse_date(f"{space}{changed}")
    assert (span.start, span.end, span.precision) == (start, end, precision)


def test_words_shared_by_languages_read_alike() -> None:
    """A phrase of two languages (Spanish and Portuguese ``cerca de``, Russian and Ukrainian ``до``) reads the same in
    both: the text does not say which language it is in. A month word that names different months in two languages
    (Croatian and Polish ``listopada``) is refused where the text does not say which, as tests/test_polish_czech.py
    audits."""
    from reconcile.normalize import _LANGUAGES, _MONTH_NAMES

    months = {name.casefold() for name in _MONTH_NAMES}
    for kind in ("counts", "dates"):
        seen: dict[str, str] = {}
        for language in _LANGUAGES:
            for phrase, english in getattr(language, kind).english.items():
                if kind == "dates" and english in months and seen.get(phrase, english) in months:
                    continue
                assert seen.setdefault(phrase, english) == english, (kind, phrase)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("более сотни", 101, None), ("свыше тысячи", 1001, None), ("не менее тысячи", 1000, None),
    ("около сотни", 80, 120), ("до тысячи", 0, 1000), ("более тысячу", 1001, None),
    ("більше сотні", 101, None), ("щонайменше сотні", 100, None), ("понад тисячу", 1001, None),
    ("сотни", 200, None), ("тисячі", 2000, None),
])
def test_a_hundred_or_a_thousand_after_a_bound_is_one(text: str, low: int, high: int | None) -> None:
    """After a bound the noun is in the genitive (or accusative) singular, spelled as the plural alone is: более
    сотни is more than a hundred, not more than hundreds; сотни alone is still hundreds."""
    assert _reading(text) == Count(low, high)
