"""Gaps found by analysts of Kashmir, the Balkans, Colombia, Sudan and Tigray, and by hostile inputs: footnote markers
that joined the figure (``59¹`` read 591), invisible direction marks, dates in digits, South Slavic, Urdu and Hindi
dates and counts, South Asian English, Ethiopic numerals and Amharic bounds; each new form read as its English
equivalent is."""

from __future__ import annotations

import datetime as dt
import sys
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import CaseError, NormalizeError
from reconcile.load import load_case
from reconcile.models import Count, DateSpan
from reconcile.normalize import MAX_COUNT, parse_count, parse_date, parse_stated

from .conftest import MakeCase

D = dt.date


def _count(text: str) -> Count:
    count = parse_count(text)
    return Count(count.low, count.high)


def _span(text: str) -> tuple[dt.date, dt.date, str]:
    span = parse_date(text)
    return span.start, span.end, span.precision


def _refusal(parse: object, text: str) -> str:
    assert callable(parse)
    with pytest.raises(NormalizeError) as refused:
        parse(text)
    return str(refused.value)


# ---------------------------------------------------------------------------------------------------------------
# 1. Footnote markers: never read as digits of the figure
# ---------------------------------------------------------------------------------------------------------------

#: Every character that is no decimal digit but whose compatibility form holds one: ¹ ₁ ① ⑴ ⒈ ½ ㎡ ...
MARKERS = [char for code in range(0x80, sys.maxunicode + 1)
           if not (char := chr(code)).isdecimal()
           and any(folded.isdecimal() for folded in unicodedata.normalize("NFKC", char))]


def test_the_markers_are_the_ones_the_users_met() -> None:
    """The characters refused include the superscripts, subscripts, circled and parenthesised numbers, and no digit
    of a script (٣, ३, fullwidth ３ stay digits)."""
    assert {"¹", "²", "³", "⁴", "₁", "①", "⑴", "⒈", "½", "㉑"} <= set(MARKERS)
    assert not {"٣", "۳", "३", "３", "𝟑"} & set(MARKERS)


@pytest.mark.parametrize("text", ["59¹", "41²", "at least 24¹", "35₁", "¹35", "15 to 20²", "①", "⑴", "⒈", "20½",
                                  "about 1²⁰", "²⁰", "более 20¹", "٢٠¹"])
def test_a_count_with_a_footnote_marker_is_refused(text: str) -> None:
    """A superscript or subscript digit, a circled or parenthesised number, a fraction sign: each refused, never
    read as digits that join the figure (59¹ read 591, 15 to 20² read 15 to 202)."""
    assert _refusal(parse_count, text).startswith(f"cannot read a count from {text!r}: ")


def test_the_footnote_message_says_what_to_do() -> None:
    """The message names the marker, says it looks like a footnote marker, and what is left once it is deleted."""
    assert _refusal(parse_count, "at least 24¹") == (
        "cannot read a count from 'at least 24¹': '¹' (superscript one) is no digit: it looks like a footnote "
        "marker; delete it (leaving 'at least 24') and check the count"
    )
    assert _refusal(parse_count, "①") == (
        "cannot read a count from '①': '①' (circled digit one) is no digit: it looks like a footnote marker; "
        "delete it and check the count"
    )
    assert _refusal(parse_count, "20½") == (
        "cannot read a count from '20½': '½' (vulgar fraction one half) is a fraction sign, not digits: write the "
        "count in plain digits"
    )


@pytest.mark.parametrize("text", ["4 June 2019¹", "2019-06-0⁴", "¹4 June 2019", "4-5² June 2019", "June 2019₂"])
def test_a_date_with_a_footnote_marker_is_refused(text: str) -> None:
    """Dates too: 2019-06-0⁴ read as 4 June 2019 before."""
    assert "looks like a footnote marker" in _refusal(parse_date, text)


def test_a_statement_date_with_a_footnote_marker_is_refused() -> None:
    """The statement date read 2012-06-0⁴ as 2012-06-04."""
    assert _refusal(parse_stated, "2012-06-0⁴") == (
        "cannot read a date from '2012-06-0⁴': '⁴' (superscript four) is no digit: it looks like a footnote marker; "
        "delete it (leaving '2012-06-0') and check the date"
    )


_READABLE_COUNTS = ["59", "at least 24", "15 to 20", "35", "more than 100", "не менее 20", "najmanje 20", "۱۰ تا ۱۲"]
_READABLE_DATES = ["4 June 2019", "2019-06-04", "4-5 June 2019", "12. lipnja 1992.", "3 июня 2022"]


@given(st.sampled_from(_READABLE_COUNTS + _READABLE_DATES), st.sampled_from(MARKERS), st.integers(0, 30))
@example("59", "¹", 2)
@example("2019-06-04", "⁴", 9)
def test_no_text_with_a_marker_ever_reads(text: str, marker: str, at: int) -> None:
    """A text holding a character that folds to digits is refused as a count and as a date, wherever it stands."""
    marked = text[:at] + marker + text[at:]
    for parse in (parse_count, parse_date, parse_stated):
        with pytest.raises(NormalizeError):
            parse(marked)


@given(st.text(max_size=12), st.sampled_from(MARKERS), st.text(max_size=12))
def test_no_text_at_all_with_a_marker_reads(before: str, marker: str, after: str) -> None:
    """Any text with such a character: refused, with the refusal of the marker, never another reading."""
    for parse in (parse_count, parse_date):
        with pytest.raises(NormalizeError):
            parse(before + marker + after)


def killed_field_problem(make_case: MakeCase, killed: str) -> str:
    """The one problem of a case whose one claim gives ``killed`` as its count, checked to name the file and the
    field."""
    claim = ("source: {id: am-mod, name: M, kind: belligerent, speaks_for: armenia}\nclaims:\n"
             "  - {id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Voskepar,\n"
             f"     casualties: [{{party: armenia, killed: '{killed}'}}]}}\n")
    with pytest.raises(CaseError) as info:
        load_case(make_case({"am-mod.yaml": claim}))
    (problem,) = (str(problem) for problem in info.value.problems)
    assert problem.startswith("test-case/am-mod.yaml:")
    assert "killed" in problem
    return problem


def test_a_footnote_marker_is_named_with_file_line_and_field(make_case: MakeCase) -> None:
    """Through the loader the message names the file, the line and the field."""
    problem = killed_field_problem(make_case, "59¹")
    assert "'¹' (superscript one) is no digit: it looks like a footnote marker" in problem


# ---------------------------------------------------------------------------------------------------------------
# 2. Invisible marks copied from the web
# ---------------------------------------------------------------------------------------------------------------

INVISIBLE = ["\u200e", "\u200f", "\u061c", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("\u200f54", 54, 54), ("54\u200e", 54, 54), ("\u061c54", 54, 54), ("5\u200b4", 54, 54),
    ("\u200fat least 20\u200f", 20, None), ("\u200f۱۰ تا ۱۲\u200f", 10, 12), ("\ufeff12", 12, 12),
])
def test_direction_marks_in_a_count_are_left_out(text: str, low: int, high: int | None) -> None:
    """A right-to-left, left-to-right or Arabic letter mark (and the zero-width characters) show nothing and change
    no order: the count reads as it shows."""
    assert _count(text) == Count(low, high)


@pytest.mark.parametrize("text", ["\u200f4 June 2019", "4 June 2019\u200e", "2019-06-04\u061c",
                                  "\u200f4 جون 2019\u200f"])
def test_direction_marks_in_a_date_are_left_out(text: str) -> None:
    """Dates too, and the statement date."""
    assert _span(text) == (D(2019, 6, 4), D(2019, 6, 4), "day")
    assert parse_stated("\u200f2019-06-04") == D(2019, 6, 4)


@given(st.sampled_from(_READABLE_COUNTS), st.lists(st.tuples(st.integers(0, 30), st.sampled_from(INVISIBLE)),
                                                    max_size=4))
@example("59", [(1, "\u200f")])
def test_invisible_marks_anywhere_change_no_count(text: str, marks: list[tuple[int, str]]) -> None:
    """Invisible marks inserted anywhere (between digits too) leave the reading as it was."""
    marked = text
    for at, mark in marks:
        marked = marked[:at] + mark + marked[at:]
    assert _count(marked) == _count(text)


@given(st.sampled_from(_READABLE_DATES), st.lists(st.tuples(st.integers(0, 30), st.sampled_from(INVISIBLE)),
                                                   max_size=4))
def test_invisible_marks_anywhere_change_no_date(text: str, marks: list[tuple[int, str]]) -> None:
    """The same for dates."""
    marked = text
    for at, mark in marks:
        marked = marked[:at] + mark + marked[at:]
    assert _span(marked) == _span(text)


@pytest.mark.parametrize("control", ["\u202a", "\u202b", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068"])
def test_a_reordering_control_is_refused(control: str) -> None:
    """An override or an isolate can show 45 as 54: refused with a message naming it, as a count and as a date."""
    closer = "\u2069" if control >= "\u2066" else "\u202c"
    message = _refusal(parse_count, f"{control}45{closer}")
    assert f"it holds the invisible control \\u{ord(control):04x}" in message
    assert "retype the value without it" in message
    assert "retype the value without it" in _refusal(parse_date, f"{control}4 June 2019{closer}")


# ---------------------------------------------------------------------------------------------------------------
# 3. Dates in digits: refused, with the days they can be
# ---------------------------------------------------------------------------------------------------------------

WHY = "dates in digits are refused, as sources differ on whether the day or the month comes first"


@pytest.mark.parametrize(("text", "ending"), [
    ("04/06/2019", ": 4 June 2019 or 6 April 2019? write 2019-06-04 or 2019-04-06, as the source meant"),
    ("03/05/2002", ": 3 May 2002 or 5 March 2002? write 2002-05-03 or 2002-03-05, as the source meant"),
    ("15. 1. 1999.", "; only 15 January 1999 is a date here, but sources mix the orders: check that it is the day "
                     "meant and write 1999-01-15"),
    ("15/06/2019", "; only 15 June 2019 is a date here, but sources mix the orders: check that it is the day meant "
                   "and write 2019-06-15"),
    ("06/15/2019", "; only 15 June 2019 is a date here, but sources mix the orders: check that it is the day meant "
                   "and write 2019-06-15"),
    ("04-06-2019", ": 4 June 2019 or 6 April 2019? write 2019-06-04 or 2019-04-06, as the source meant"),
    ("05.05.2019", "; this is 5 May 2019 either way: write 2019-05-05"),
    ("31/04/2019", ", and neither order makes a date here; write the ISO form, as 2012-06-04"),
    ("4.6.2019 г.", ": 4 June 2019 or 6 April 2019? write 2019-06-04 or 2019-04-06, as the source meant"),
])
def test_a_date_in_digits_says_why_and_what_to_write(text: str, ending: str) -> None:
    """The refusal says the order is ambiguous, names both readings when both are days, and still refuses when only
    one is (sources mix the orders)."""
    assert _refusal(parse_date, text) == f"cannot read a date from {text!r}: {WHY}{ending}"


@given(st.dates(D(1900, 1, 1), D(2100, 12, 31)), st.sampled_from(["/", ".", "-", ". "]), st.booleans())
@example(D(2019, 6, 4), "/", True)
def test_every_date_in_digits_is_refused_with_its_iso_form(day: dt.date, separator: str, day_first: bool) -> None:
    """Day and month in digits, in either order and with any separator: refused, the ISO form of the day in the
    message."""
    first, second = (day.day, day.month) if day_first else (day.month, day.day)
    text = f"{first:02d}{separator}{second:02d}{separator}{day.year}"
    message = _refusal(parse_date, text)
    assert message.startswith(f"cannot read a date from {text!r}: {WHY}")
    assert day.isoformat() in message


# ---------------------------------------------------------------------------------------------------------------
# 4. South Slavic and other European dates; Bosnian, Croatian and Serbian counts
# ---------------------------------------------------------------------------------------------------------------

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


@pytest.mark.parametrize(("text", "english"), [
    ("12.VI.1992", "12 June 1992"), ("12. VI. 1992.", "12 June 1992"), ("12 VI 1992", "12 June 1992"),
    ("12-VI-1992", "12 June 1992"), ("1.XII.1991.", "1 December 1991"), ("VI. 1992", "June 1992"),
    ("12.-14. VI. 1992.", "12-14 June 1992"), ("12.Ⅵ.1992", "12 June 1992"),
    ("12. lipnja 1992.", "12 June 1992"), ("12. lipnja 1992. godine", "12 June 1992"), ("lipanj 1992.", "June 1992"),
    ("12. svibnja 1992.", "12 May 1992"), ("1. studenoga 1991.", "1 November 1991"),
    ("31. listopada 1991.", "31 October 1991"), ("u lipnju 1992.", "June 1992"),
    ("11. jula 1995.", "11 July 1995"), ("11. jul 1995.", "11 July 1995"), ("11. јула 1995. године", "11 July 1995"),
    ("јун 1992.", "June 1992"), ("12. јуна 1992. год.", "12 June 1992"), ("у јуну 1992.", "June 1992"),
    ("6. aprila 1992.", "6 April 1992"), ("6. априла 1992.", "6 April 1992"), ("2. maja 1992.", "2 May 1992"),
    ("početkom lipnja 1992.", "early June 1992"), ("sredinom juna 1992.", "mid June 1992"),
    ("krajem svibnja 1992.", "late May 1992"), ("крајем маја 1992.", "late May 1992"),
    ("od 12. do 14. lipnja 1992.", "12-14 June 1992"), ("12. i 13. lipnja 1992.", "12 and 13 June 1992"),
    ("između 12. i 14. jula 1995.", "between 12 and 14 July 1995"), ("од 11. до 13. јула 1995.", "11-13 July 1995"),
    ("4 June 1992.", "4 June 1992"), ("June 1992.", "June 1992"), ("2012.", "2012"),
    ("2 de mayo del 2002", "2 May 2002"), ("mayo del 2002", "May 2002"), ("2 de mayo del año 2002", "2 May 2002"),
    ("del 3 al 5 de junio del 2002", "3-5 June 2002"),
])
def test_european_dates_read_as_english(text: str, english: str) -> None:
    """Roman-numeral months, the full stop after a day and a year, Croatian, Serbian and Bosnian months (Latin and
    Cyrillic, nominative, genitive and locative) and Spanish "del" before the year read as the English date."""
    assert _span(text) == _span(english)


@given(st.dates(D(1900, 1, 1), D(2100, 12, 31)), st.sampled_from(["{d}.{m}.{y}", "{d}. {m}. {y}.", "{d} {m} {y}",
                                                                  "{d}-{m}-{y}", "{d}.{m}.{y}."]), st.booleans())
@example(D(1992, 6, 12), "{d}.{m}.{y}", False)
def test_every_roman_month_date_reads_as_its_day(day: dt.date, form: str, lower: bool) -> None:
    """A Roman-numeral month is unambiguous: every day in every spelling reads as that day."""
    month = ROMAN[day.month - 1]
    text = form.format(d=day.day, m=month.lower() if lower else month, y=day.year)
    assert _span(text) == (day, day, "day")


@pytest.mark.parametrize("text", ["Maart 2012", "11. maart 1995.", "12.6.1992", "12. 13. 1992", "12.XIII.1992",
                                  "12. lipnja", "lipnja"])
def test_other_european_dates_are_still_refused(text: str) -> None:
    """Months of a language not read (the Dutch Maart; the German März is read since German is), days and months in
    digits, a thirteenth month, and no year."""
    assert _refusal(parse_date, text).startswith(f"cannot read a date from {text!r}")


BCS_COUNTS = [
    ("najmanje 20", "at least 20"), ("barem 20", "at least 20"), ("ne manje od 20", "at least 20"),
    ("više od 20", "more than 20"), ("vise od 20", "more than 20"), ("preko 20", "more than 20"),
    ("do 20", "up to 20"), ("najviše 20", "up to 20"), ("manje od 20", "fewer than 20"), ("oko 20", "about 20"),
    ("otprilike 20", "about 20"), ("približno 20", "about 20"), ("cca 20", "about 20"), ("cca. 20", "about 20"),
    ("gotovo 20", "nearly 20"), ("skoro 20", "nearly 20"), ("nešto više od 20", "just over 20"),
    ("20 i više", "20 or more"), ("20 ili više", "20 or more"), ("20 i nešto", "20-odd"), ("10 ili 12", "10 or 12"),
    ("između 10 i 20", "between 10 and 20"), ("izmedju 10 i 20", "between 10 and 20"), ("od 10 do 20", "10 to 20"),
    ("nekoliko", "several"), ("desetine", "tens"), ("deseci", "tens"), ("stotine", "hundreds"),
    ("hiljade", "thousands"), ("tisuće", "thousands"), ("desetine hiljada", "tens of thousands"),
    ("nekoliko desetina", "several tens"), ("nekoliko stotina", "several hundred"),
    ("desetak", "about 10"), ("dvadesetak", "about 20"), ("stotinjak", "about 100"),
    ("više od desetak", "more than 10"),
    ("dvadeset", "twenty"), ("dvadeset i pet", "twenty-five"), ("dvadeset pet", "twenty-five"), ("dvije", "two"),
    ("dve", "two"), ("troje", "three"), ("četrnaest", "fourteen"), ("cetrnaest", "fourteen"),
    ("više od dvadeset", "more than twenty"), ("najmanje pet", "at least five"), ("sto", "a hundred"),
    ("stotinu", "a hundred"), ("pet stotina", "five hundred"), ("dvjesto", "two hundred"), ("dvesta", "two hundred"),
    ("hiljadu", "a thousand"), ("pet tisuća", "five thousand"), ("dvije tisuće", "two thousand"),
    ("dvadeset pet hiljada", "twenty-five thousand"), ("od pet do deset", "five to ten"),
    ("између пет и десет", "between five and ten"),
    ("најмање 20", "at least 20"), ("више од 20", "more than 20"), ("око 20", "about 20"), ("до 20", "up to 20"),
    ("десетине", "tens"), ("неколико", "several"), ("стотине", "hundreds"), ("хиљаде", "thousands"),
    ("између 10 и 20", "between 10 and 20"), ("од 10 до 20", "10 to 20"), ("двадесет и пет", "twenty-five"),
    ("мање од 20", "fewer than 20"), ("десетак", "about 10"),
]


@pytest.mark.parametrize(("text", "english"), BCS_COUNTS)
def test_bcs_counts_read_as_english(text: str, english: str) -> None:
    """Bosnian, Croatian and Serbian bounds, ranges, vague words and number words, Latin and Cyrillic, read as the
    English they translate."""
    assert _count(text) == _count(english)


@given(st.integers(0, MAX_COUNT - 1), st.sampled_from([
    ("najmanje {}", "at least {}"), ("više od {}", "more than {}"), ("do {}", "up to {}"), ("oko {}", "about {}"),
    ("manje od {}", "fewer than {}"), ("gotovo {}", "nearly {}"), ("најмање {}", "at least {}"),
    ("више од {}", "more than {}"), ("око {}", "about {}"), ("{} i više", "{} or more"),
]))
@example(0, ("manje od {}", "fewer than {}"))
def test_every_bcs_bound_reads_as_english(number: int, forms: tuple[str, str]) -> None:
    """Every figure under every bound reads as in English, errors included (``about 1000000`` passes the limit;
    ``fewer than 0`` leaves no count), each error quoting the text as the source wrote it."""
    foreign, english = (form.format(number) for form in forms)
    try:
        expected: Count | str = _count(english)
    except NormalizeError as error:
        expected = str(error).split(" from ")[0].split(" got ")[0]
    try:
        got: Count | str = _count(foreign)
    except NormalizeError as error:
        got = str(error).split(" from ")[0].split(" got ")[0].replace(repr(foreign), repr(english))
    assert got == expected


# ---------------------------------------------------------------------------------------------------------------
# 5. South Asian English, Urdu and Hindi; the night between two days
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "english"), [
    ("nil", "no"), ("Nil", "no"), ("NIL casualties", "no casualties"), ("lakhs", "hundreds of thousands"),
    ("lakhs of", "hundreds of thousands"), ("at least lakhs", "at least hundreds of thousands"),
    ("1,00,000", "100000"), ("10,00,000", "1000000"), ("2,50,000", "250000"),
    ("1,25,000-1,50,000", "125000 to 150000"), ("more than 1,00,000", "more than 100000"),
    ("a lakh", "100000"), ("one lakh", "100000"), ("two lakh", "200000"), ("two lakh fifty thousand", "250000"),
    ("five lakhs", "500000"), ("ten lakh", "1000000"), ("one lakh and five", "100005"),
    ("more than two lakh", "more than 200000"), ("several lakh", "300000 to 900000"),
    ("a few lakh", "200000 to 500000"), ("a lakh or two", "100000 to 200000"),
])
def test_south_asian_english_reads_as_english(text: str, english: str) -> None:
    """nil is none, lakh grouping and the lakh in words are the figures they stand for."""
    assert _count(text) == _count(english)


@pytest.mark.parametrize(("text", "message"), [
    ("2 lakh", "digits and a number word are not read together; write '200000'"),
    ("1.5 lakh", "digits and a number word are not read together; write '150000'"),
    ("more than 2 lakh", "digits and a number word are not read together; write 'more than 200000'"),
    ("2 thousand", "digits and a number word are not read together; write '2000'"),
    ("1 crore", "that is 10,000,000, above the largest figure accepted (1,000,000)"),
])
def test_digits_and_a_number_word_are_refused_as_in_english(text: str, message: str) -> None:
    """2 lakh is refused as 2 thousand is, the message giving the figure in digits."""
    assert _refusal(parse_count, text).startswith(f"cannot read a count from {text!r}: {message}; expected ")


@pytest.mark.parametrize("text", ["one crore", "twelve lakh", "1,00,00,000", "12,34,567"])
def test_figures_above_the_limit_are_refused(text: str) -> None:
    """A crore, more than ten lakh: above the largest figure accepted."""
    assert _refusal(parse_count, text).startswith("expected figures of at most 1,000,000")


@pytest.mark.parametrize("text", ["1,000,00", "12,34,56", "1,0000", "1,00,00", "123,45,678", "two lakh two hundred "
                                  "thousand", "lakh", "15 to 20 thousand"])
def test_groupings_of_no_pattern_are_refused(text: str) -> None:
    """Only the Western and the South Asian grouping; a lakh followed by more than a lakh is no number."""
    assert _refusal(parse_count, text).startswith(f"cannot read a count from {text!r}")


def _indian(number: int) -> str:
    """``number`` grouped in the South Asian way: 12,34,567."""
    digits = str(number)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while head:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    return ",".join((*pairs, tail))


@given(st.integers(0, MAX_COUNT))
@example(100000)
@example(123456)
def test_every_figure_grouped_the_south_asian_way_reads(number: int) -> None:
    """Every figure, grouped in lakhs, reads as itself; grouped in thousands too."""
    assert _count(_indian(number)) == Count(number, number)
    assert _count(f"{number:,}") == Count(number, number)


@pytest.mark.parametrize(("text", "english"), [
    ("۱۰ تا ۱۲", "10 to 12"), ("10 تا 12", "10 to 12"), ("10 سے 12", "10 to 12"), ("10 سے 12 تک", "10 to 12"),
    ("کم از کم 20", "at least 20"), ("کم سے کم 20", "at least 20"), ("20 سے زائد", "more than 20"),
    ("20 سے زیادہ", "more than 20"), ("20 سے کم", "fewer than 20"), ("20 تک", "up to 20"),
    ("تقریباً 20", "about 20"), ("لگ بھگ 20", "about 20"), ("10 یا 12", "10 or 12"), ("کئی", "several"),
    ("درجنوں", "dozens"), ("سینکڑوں", "hundreds"), ("ہزاروں", "thousands"), ("لاکھوں", "hundreds of thousands"),
    ("ایک درجن", "a dozen"), ("2 درجن", "2 dozen"), ("کم از کم ۲۰", "at least 20"),
    ("کم از کم 1,00,000", "at least 100000"),
    ("कम से कम 20", "at least 20"), ("20 से अधिक", "more than 20"), ("20 से ज़्यादा", "more than 20"),
    ("20 से ज्यादा", "more than 20"), ("20 से कम", "fewer than 20"), ("20 तक", "up to 20"), ("लगभग 20", "about 20"),
    ("क़रीब 20", "about 20"), ("करीब 20", "about 20"), ("10 से 12", "10 to 12"), ("10 से 12 तक", "10 to 12"),
    ("10 या 12", "10 or 12"), ("कई", "several"), ("दर्जनों", "dozens"), ("सैकड़ों", "hundreds"),
    ("हज़ारों", "thousands"), ("हजारों", "thousands"), ("२० से अधिक", "more than 20"),
])
def test_urdu_and_hindi_counts_read_as_english(text: str, english: str) -> None:
    """Urdu and Hindi bounds (before the number and after it), ranges and vague words, in any digits."""
    assert _count(text) == _count(english)


@pytest.mark.parametrize(("text", "english"), [
    ("4 جون 2019", "4 June 2019"), ("4 جون 2019ء", "4 June 2019"), ("۴ جون ۲۰۱۹", "4 June 2019"),
    ("جون 2019", "June 2019"), ("4-5 جون 2019", "4-5 June 2019"), ("12 فروری 2019", "12 February 2019"),
    ("26 فروری 2019", "26 February 2019"), ("1 مئی 2019", "1 May 2019"), ("5 اگست 2019", "5 August 2019"),
    ("4 जून 2019", "4 June 2019"), ("4 फ़रवरी 2019", "4 February 2019"), ("4 फरवरी 2019", "4 February 2019"),
    ("26 फ़रवरी 2019", "26 February 2019"), ("5 अगस्त 2019", "5 August 2019"), ("सितंबर 2019", "September 2019"),
    ("सितम्बर 2019", "September 2019"), ("४ जून २०१९", "4 June 2019"),
])
def test_urdu_and_hindi_dates_read_as_english(text: str, english: str) -> None:
    """Urdu and Hindi month names, with the Urdu year mark ء."""
    assert _span(text) == _span(english)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("4th/5th June 2019", D(2019, 6, 4), D(2019, 6, 5)), ("4/5 June 2019", D(2019, 6, 4), D(2019, 6, 5)),
    ("night of 4/5 June 2019", D(2019, 6, 4), D(2019, 6, 5)),
    ("the intervening night of 4/5 June 2019", D(2019, 6, 4), D(2019, 6, 5)),
    ("in the intervening night of 4th/5th June, 2019", D(2019, 6, 4), D(2019, 6, 5)),
    ("night of 4-5 June 2019", D(2019, 6, 4), D(2019, 6, 5)),
    ("night between 4 and 5 June 2019", D(2019, 6, 4), D(2019, 6, 5)),
    ("night of 30 June/1 July 2019", D(2019, 6, 30), D(2019, 7, 1)),
    ("night of 31 December 2019/1 January 2020", D(2019, 12, 31), D(2020, 1, 1)),
    ("June 4/5, 2019", D(2019, 6, 4), D(2019, 6, 5)),
])
def test_the_night_between_two_days_is_both_days(text: str, start: dt.date, end: dt.date) -> None:
    """The night of 4/5 June, as army statements date a night's fighting, is 4 to 5 June, as ``4-5 June`` is."""
    assert _span(text) == (start, end, "range")


@pytest.mark.parametrize("text", ["4/6 June 2019", "night of 4 June 2019", "night of 4-6 June 2019",
                                  "4/5 2019", "night of June 2019"])
def test_no_night_is_refused(text: str) -> None:
    """Days that do not follow each other make no night; a night of one day or of a month is not read."""
    assert _refusal(parse_date, text).startswith(f"cannot read a date from {text!r}")


# ---------------------------------------------------------------------------------------------------------------
# 6. Arabic, Ethiopic numerals, Amharic
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["120 قتيلا", "120 killed", "120 dead", "20 ሰዎች"])
def test_a_number_with_a_noun_is_refused_in_every_language(text: str) -> None:
    """120 قتيلا (120 killed) is refused as 120 killed is: a noun after the number is no count form."""
    assert _refusal(parse_count, text).startswith(f"cannot read a count from {text!r}")


ONES = "፩፪፫፬፭፮፯፰፱"
TENS = "፲፳፴፵፶፷፸፹፺"


def _ethiopic(number: int) -> str:
    """``number`` (1 to 1,000,000) in Ethiopic numerals, written from the rules of the numeral system: pairs of
    digits, ፻ after the hundreds of each ten thousand, ፼ after the ten thousands, a multiplier of one left out."""

    def pair(value: int) -> str:
        tens, ones = divmod(value, 10)
        return (TENS[tens - 1] if tens else "") + (ONES[ones - 1] if ones else "")

    def below_10000(value: int) -> str:
        hundreds, rest = divmod(value, 100)
        return ((pair(hundreds) if hundreds > 1 else "") + "፻" if hundreds else "") + pair(rest)

    myriads, rest = divmod(number, 10_000)
    return ((below_10000(myriads) if myriads > 1 else "") + "፼" if myriads else "") + below_10000(rest)


@pytest.mark.parametrize(("text", "number"), [
    ("፷፬", 64), ("፻", 100), ("፪፻", 200), ("፪፻፶", 250), ("፲፻", 1000), ("፲፪፻፴፬", 1234), ("፼", 10000),
    ("፪፼", 20000), ("፻፼", 1000000), ("፲፪፼፴፬፻፶፮", 123456),
])
def test_ethiopic_numerals_read_as_their_number(text: str, number: int) -> None:
    """Ge'ez numerals: ፷፬ is 64, ፲፻ (ten hundreds) 1,000, ፼ 10,000."""
    assert _ethiopic(number) == text
    assert _count(text) == Count(number, number)


@given(st.integers(1, MAX_COUNT))
@example(64)
@example(MAX_COUNT)
def test_every_figure_in_ethiopic_numerals_reads(number: int) -> None:
    """Every figure written in Ethiopic numerals reads as itself, alone and after a bound."""
    assert _count(_ethiopic(number)) == Count(number, number)
    assert _count(f"ቢያንስ {_ethiopic(number)}") == Count(number, None)


@pytest.mark.parametrize("text", ["፬፷", "፲፲", "፻፻", "5፬", "፬5"])
def test_ethiopic_numerals_in_no_order_are_refused(text: str) -> None:
    """Numerals that make no number, or that touch other digits, are refused with what to do."""
    assert _refusal(parse_count, text).endswith("is not an Ethiopic number reconcile reads; write the figure in digits")


def test_ethiopic_numerals_in_a_date_are_refused() -> None:
    """A year in Ethiopic numerals is of the Ethiopian calendar: refused without a month named, with what to write
    (a date of the Ethiopian calendar reads them: tests/test_ethiopian.py)."""
    assert _refusal(parse_date, "፳፻፲፩") == (
        "cannot read a date from '፳፻፲፩': Ethiopic numerals are read only in a date of the Ethiopian calendar with its "
        "month named (as 'ጥቅምት ፳፬ ቀን ፳፻፲፫ ዓ.ም.'), as they count its days and years; write the date of the "
        "Gregorian calendar in digits, as 2012-06-04"
    )


@pytest.mark.parametrize(("text", "english"), [
    ("ቢያንስ 20", "at least 20"), ("ቢያንስ ፳", "at least 20"), ("ከ100 በላይ", "more than 100"),
    ("ከ 100 በላይ", "more than 100"), ("ከ፻ በላይ", "more than 100"), ("ከ100 በታች", "fewer than 100"),
    ("እስከ 100", "up to 100"), ("በግምት 100", "about 100"), ("100 ገደማ", "about 100"), ("10 ወይም 12", "10 or 12"),
    ("ከ10 እስከ 20", "10 to 20"), ("በርካታ", "many"), ("በመቶዎች የሚቆጠሩ", "hundreds"), ("በሺዎች የሚቆጠሩ", "thousands"),
    ("በደርዘን የሚቆጠሩ", "dozens"),
])
def test_amharic_counts_read_as_english(text: str, english: str) -> None:
    """Amharic bounds, ``ከ…በላይ`` around the number among them, and vague words."""
    assert _count(text) == _count(english)


# ---------------------------------------------------------------------------------------------------------------
# Every new form as its English equivalent, in a range that runs backwards too
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "english"), [
    ("od 20 do 10", "from 20 to 10"), ("۲۰ تا ۱۰", "20 to 10"), ("20 से 10 तक", "from 20 to 10"),
    ("ከ20 እስከ 10", "from 20 to 10"),
])
def test_a_backward_range_gets_the_english_error(text: str, english: str) -> None:
    """A range that runs backwards is the English error, whatever the language."""
    assert _refusal(parse_count, text).startswith(f"range {text!r} runs backwards")
    assert _refusal(parse_count, english).startswith(f"range {english!r} runs backwards")


def test_a_span_keeps_the_text_as_written() -> None:
    """The text of a span is the value as given, marks and all."""
    assert parse_date("\u200f12.VI.1992") == DateSpan(D(1992, 6, 12), D(1992, 6, 12), "day", "\u200f12.VI.1992")
