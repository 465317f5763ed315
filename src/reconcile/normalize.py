"""Pure normalization of the values in a claim: dates, counts and party names.

Every function here takes one value as the loader read it and returns a model value, or raises `NormalizeError`
whose message says what was expected and shows the value with ``!r``. Messages never name a file, line or field:
the loader adds those. Nothing here reads files, the clock or the environment.

- `parse_date` / `format_date`: the event date, as a `DateSpan`; ``parse_date(format_date(s))`` equals ``s``
  apart from ``text`` for every span `parse_date` returns.
- `parse_stated`: the statement date, one ISO day.
- `parse_count` / `format_count`: a casualty figure, as a `Count`; the vague words live in one table, `VAGUE`.
- Dates and counts in other languages: each language's words, its number words among them, as the English words
  they stand for (`_LANGUAGES`), read by the English rules, so that every language gives the intervals English does.
- Text that would read as other than it shows is refused before any form is tried (`_refuse_hidden`): a footnote
  marker that folds to a digit (``59¹`` is no 591), a control that reorders what is shown.
- `PartyResolver`: party ids, names and aliases of a case to party ids.

The user-facing description of every form is ``docs/normalization.md``; keep the two in step (a test compares the
vague table of both).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from fractions import Fraction
from types import MappingProxyType
from typing import Final, NamedTuple, TypeAlias

from anyascii import anyascii

from reconcile.errors import NormalizeError
from reconcile.models import UNKNOWN, Count, DateSpan, Party, Precision

__all__ = [
    "MAX_COUNT",
    "PARTS_OF_MONTH",
    "VAGUE",
    "PartyResolver",
    "Vague",
    "format_count",
    "format_date",
    "month_number",
    "parse_count",
    "parse_date",
    "parse_stated",
]

# --------------------------------------------------------------------------------------------------------------
# Text folding shared by dates and counts
# --------------------------------------------------------------------------------------------------------------

# Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign: sources and word
# processors use them interchangeably; and the Hebrew maqaf, the hyphen of Hebrew text (כ־30, קריית־שמונה).
_DASHES: Final = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u05be"), "-")


def _ascii_digit(char: str) -> str:
    """A decimal digit of any script as its ASCII digit; any other character unchanged."""
    if char.isascii() or not char.isdecimal():
        return char
    return str(unicodedata.decimal(char))


#: A decimal digit of another script than ASCII: ٣, ۳, ३.
_OTHER_DIGIT: Final = re.compile(r"(?![0-9])\d")


#: Invisible characters that web pages and word processors leave in copied text: the direction marks (left-to-right
#: U+200E, right-to-left U+200F, Arabic letter U+061C), the zero-width space U+200B, non-joiner U+200C and joiner
#: U+200D, the word joiner U+2060 and the byte-order mark U+FEFF. They change neither what the text says nor the
#: order it shows in, so folding drops them: ``\u200f54`` is 54.
_INVISIBLE: Final = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u200b\u200c\u200d\u2060\ufeff"))


#: The Arabic thousands and decimal separators, as Persian and Arabic text groups a figure's digits (``۴٬۷۴۶``) and
#: marks its fraction (``۱٫۵``): read as the comma and the point of a figure in ASCII digits.
_ARABIC_SEPARATORS: Final = {ord("\u066c"): ",", ord("\u066b"): "."}


def _fold(text: str) -> str:
    """Text as compared: invisible marks dropped (`_INVISIBLE`), the Arabic thousands and decimal separators as the
    comma and the point (`_ARABIC_SEPARATORS`), NFKC, casefolded, digits in ASCII, every dash a hyphen, whitespace
    collapsed."""
    if not text.isascii():
        text = text.translate(_INVISIBLE).translate(_ARABIC_SEPARATORS)
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_DASHES)
    if not folded.isascii() and _OTHER_DIGIT.search(folded):  # ASCII digits are ASCII already
        folded = "".join(map(_ascii_digit, folded))
    return " ".join(folded.split())


#: Where the forms of other languages are listed, for the messages of text no form reads.
_OTHER_LANGUAGES: Final = (
    "French, Haitian Creole, Spanish, Portuguese, Hausa, Somali, Swahili, Kinyarwanda, Indonesian, Malay, "
    "Vietnamese, Filipino, Italian, Romanian, German, Russian, Ukrainian, Polish, Czech, Bosnian, Croatian, Serbian, "
    "Albanian, Arabic, Hebrew, Urdu, Hindi, Amharic, Tigrinya, Armenian, Georgian, Azerbaijani, Turkish, Greek, "
    "Kyrgyz, Tajik, Thai, Khmer, Chinese, Korean, Persian (Dari), Pashto, Burmese, Bengali, Tamil, Sinhala, Sorani "
    "Kurdish and Kurmanji Kurdish forms are listed in docs/normalization.md"
)

#: Controls that reorder text on screen (the embeddings and overrides U+202A to U+202E, the isolates U+2066 to
#: U+2069): with them the figure shown is not the figure read (``\u202e45\u202c`` shows as 54).
_REORDERING: Final = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@functools.lru_cache(maxsize=1024)
def _holds_digits(char: str) -> bool:
    """Whether ``char`` is no decimal digit but its compatibility form (NFKC) holds one: a superscript or subscript
    digit (``¹``, ``₁``), a circled, parenthesised or full-stop number (``①``, ``⑴``, ``⒈``), a fraction (``½``), a
    unit square (``㎡``). Folding would turn each into plain digits that join the figure beside it."""
    return not char.isdecimal() and any(
        folded.isdecimal() for folded in unicodedata.normalize("NFKC", char)
    )


#: The words in the names of the signs that mark footnotes and list items: ¹, ₁, ①, ⑴, ⒈, 🄂.
_MARKER_NAMES: Final = ("superscript", "subscript", "circled", "parenthesized", "full stop", "comma")


def _refuse_hidden(value: str, what: str) -> None:
    """NormalizeError where ``value`` (a count or date text, ``what`` says which) would read as other than it shows.

    - A reordering control (`_REORDERING`): what shows is not the order read.
    - A character that is no digit but folds to digits (`_holds_digits`): ``59¹`` would read 591. Superscripts,
      subscripts and numbered signs are footnote or list markers in copied text; the message says to delete the
      marker, and never drops it silently, as which figure the source meant is for the analyst to check.
    """
    if value.isascii():
        return
    for char in value:
        if char in _REORDERING:
            raise NormalizeError(
                f"cannot read a {what} from {value!r}: it holds the invisible control \\u{ord(char):04x} "
                f"({unicodedata.name(char).lower()}), which can show the text in another order than it is read; "
                "retype the value without it"
            )
        if not char.isascii() and _holds_digits(char):
            name = unicodedata.name(char, "").lower() or f"U+{ord(char):04X}"
            if "fraction" in name:
                why = f"is a fraction sign, not digits: write the {what} in plain digits"
            elif not any(word in name for word in _MARKER_NAMES):
                shown = unicodedata.normalize("NFKC", char)
                why = f"is no digit but a sign that stands for {shown!r}: write the {what} in plain digits"
            else:
                rest = " ".join(
                    "".join(other for other in value if not _holds_digits(other) and ord(other) not in _INVISIBLE)
                    .split()
                )
                leaving = f" (leaving {rest!r})" if rest else ""
                why = f"is no digit: it looks like a footnote marker; delete it{leaving} and check the {what}"
            raise NormalizeError(f"cannot read a {what} from {value!r}: {char!r} ({name}) {why}")

#: The longest date or count text read (after folding): every form is far shorter, and the range forms, tried at
#: each separator, would otherwise take time quadratic in the length of a pasted paragraph.
_LONGEST: Final = 120


#: Letters that Amharic writes for one sound, as the tables of Ethiopian date words and of Amharic counts compare
#: them: the three h (ሀ ሐ ኀ), the two s (ሰ ሠ), the two glottal stops (አ ዐ) and the two ts' (ጸ ፀ), each in its seven
#: orders; and the first and fourth orders of h and of the glottal stop (ሀ ሃ, አ ኣ), which Amharic says alike. ሐምሌ,
#: ሃምሌ and ሀምሌ, ታኅሣሥ and ታህሳስ, ዓ.ም. and አ.ም., ሦስት and ሶስት are one word each.
_ETHIOPIC_HOMOPHONES: Final = str.maketrans({
    **{chr(base + order): chr(plain + order) for base, plain in ((0x1210, 0x1200), (0x1280, 0x1200),
                                                                 (0x1220, 0x1230), (0x12D0, 0x12A0),
                                                                 (0x1340, 0x1338)) for order in range(7)},
    "\u1203": "\u1200", "\u1213": "\u1200", "\u1283": "\u1200", "\u12a3": "\u12a0", "\u12d3": "\u12a0",
})

#: The Ethiopic (Ge'ez) numerals: ፩ to ፱ are 1 to 9, ፲ to ፺ 10 to 90, ፻ a hundred and ፼ ten thousand.
_ETHIOPIC_NUMERAL: Final = re.compile("[\u1369-\u137c]+")
_ETHIOPIC_BELOW_100: Final = "[\u1372-\u137a]?[\u1369-\u1371]?"
_ETHIOPIC_BELOW_10000: Final = f"{_ETHIOPIC_BELOW_100}(?:\u137b{_ETHIOPIC_BELOW_100})?"
#: A number of them: ``[<1-9999>]፼`` then ``<1-9999>``, each as ``[<1-99>]፻<1-99>`` or ``<1-99>`` (a tens numeral
#: then a ones numeral, either left out); a multiplier left out before ፻ or ፼ is one.
_ETHIOPIC_NUMBER: Final = re.compile(
    f"(?:(?P<myriads>{_ETHIOPIC_BELOW_10000})\u137c)?(?P<rest>{_ETHIOPIC_BELOW_10000})"
)


def _ethiopic_below_10000(numerals: str) -> int:
    """The value of ``[<1-99>]፻<1-99>`` or ``<1-99>`` in Ethiopic numerals (0 for nothing)."""
    hundreds, hundred, rest = numerals.rpartition("\u137b")
    value = sum(ord(char) - 0x1368 if char < "\u1372" else 10 * (ord(char) - 0x1371) for char in rest)
    return value + 100 * (_ethiopic_below_10000(hundreds) or 1) if hundred else value


def _ethiopic_as_digits(value: str) -> str:
    """A count with its Ethiopic numerals as ASCII digits (``፷፬`` is 64, ``፲፪፻`` 1200, ``፪፼`` 20000), or
    NormalizeError for numerals in no order that makes a number (``፬፷``) or touching other digits."""

    def digits(found: re.Match[str]) -> str:
        numerals = found[0]
        number = _ETHIOPIC_NUMBER.fullmatch(numerals)
        touching = value[found.start() - 1 : found.start()] + value[found.end() : found.end() + 1]
        if number is None or any(char.isdecimal() for char in touching):
            raise NormalizeError(f"cannot read a count from {value!r}: {numerals!r} is not an Ethiopic number "
                                 "reconcile reads; write the figure in digits")
        myriads = number["myriads"]
        total = (0 if myriads is None else 10_000 * (_ethiopic_below_10000(myriads) or 1))
        return str(total + _ethiopic_below_10000(number["rest"]))

    return value if value.isascii() else _ETHIOPIC_NUMERAL.sub(digits, value)


def _show(value: object) -> str:
    """``repr(value)``, or a short description where Python refuses to print it (an int of thousands of digits); a
    day or a moment (YAML's ``!!timestamp``) as its ISO text, as the file writes it, not as Python's constructor."""
    if isinstance(value, dt.date):
        return repr(value.isoformat())
    try:
        return repr(value)
    except ValueError:
        return f"<{type(value).__name__} too large to show>"


# --------------------------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------------------------

_MONTH_NAMES: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTHS: Final[Mapping[str, int]] = MappingProxyType(
    {
        **{name.casefold(): number for number, name in enumerate(_MONTH_NAMES, start=1)},
        **{name[:3].casefold(): number for number, name in enumerate(_MONTH_NAMES, start=1)},
        "sept": 9,
    }
)

#: The parts of a month a source may name, as (first day, last day); ``None`` is the month's last day.
PARTS_OF_MONTH: Final[Mapping[str, tuple[int, int | None]]] = MappingProxyType(
    {
        "early": (1, 10),
        "beginning of": (1, 10),
        "start of": (1, 10),
        "mid": (11, 20),
        "middle of": (11, 20),
        "late": (21, None),
        "end of": (21, None),
    }
)

_DATE_FORMS: Final = (
    "2012-06-04, 2012-06, 2012-06-04/2012-06-05, 4 June 2012, June 4, 2012, June 2012, "
    "early/mid/late June 2012, 4-5 June 2012 or 2012"
)

_DAY: Final = r"(?P<d>[0-9]{1,2})(?:st|nd|rd|th)?"
_MONTH: Final = r"(?P<m>[a-z]+)\.?"
_YEAR: Final = r"(?P<y>[0-9]{4})"
_PART: Final = "|".join(sorted(map(re.escape, PARTS_OF_MONTH), key=len, reverse=True))

_ISO_DAY: Final = re.compile(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})")
_ISO_MONTH: Final = re.compile(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})")
_ISO_INTERVAL: Final = re.compile(r"(?P<a>[0-9-]+) ?/ ?(?P<b>[0-9-]+)")
_YEAR_ONLY: Final = re.compile(_YEAR)
_DAY_MONTH_YEAR: Final = re.compile(rf"(?:the )?{_DAY} (?:of )?{_MONTH} {_YEAR}")
_DAY_MONTH_YEAR_DASHED: Final = re.compile(rf"{_DAY}-{_MONTH}-{_YEAR}")
_MONTH_DAY_YEAR: Final = re.compile(rf"{_MONTH} (?:the )?{_DAY} {_YEAR}")
_MONTH_YEAR: Final = re.compile(rf"{_MONTH} {_YEAR}")
_PART_MONTH_YEAR: Final = re.compile(rf"(?:the )?(?P<part>{_PART})(?: ?- ?| ){_MONTH} {_YEAR}")
# The left end of an English range may leave out what it shares with the right end: "4-5 June 2012".
_LEFT_DAY: Final = re.compile(rf"(?:the )?{_DAY}")
_LEFT_DAY_MONTH: Final = re.compile(rf"(?:the )?{_DAY} (?:of )?{_MONTH}")
_LEFT_MONTH_DAY: Final = re.compile(rf"{_MONTH} (?:the )?{_DAY}")
_LEFT_MONTH: Final = re.compile(_MONTH)
_RIGHT_DAY_YEAR: Final = re.compile(rf"{_DAY} {_YEAR}")
_RANGE_SEPARATOR: Final = re.compile(r" ?- ?| (?:to|until|till|through|and) ")
_RANGE_LEAD: Final = re.compile(r"(?:between|from) ")


def _day(year: int, month: int, day: int, text: object) -> dt.date:
    """The calendar day, or NormalizeError saying why it does not exist."""
    if year < dt.MINYEAR:
        raise NormalizeError(f"impossible date {_show(text)}: there is no year {year}")
    if not 1 <= month <= 12:
        raise NormalizeError(f"impossible date {_show(text)}: there is no month {month}")
    if day < 1:
        raise NormalizeError(f"impossible date {_show(text)}: there is no day {day}")
    last = calendar.monthrange(year, month)[1]
    if day > last:
        raise NormalizeError(f"impossible date {_show(text)}: {_MONTH_NAMES[month - 1]} {year} has {last} days")
    return dt.date(year, month, day)


#: A month word and a four-digit year joined by a dash (folded text): ``aug-2024``, ``févr.-2024``.
_MONTH_DASH_YEAR: Final = re.compile(r"(?P<month>[^\W\d_]{3,})\.? ?- ?(?P<year>[0-9]{4})")


def _month(year: int, month: int, text: object) -> tuple[dt.date, dt.date]:
    """First and last day of a calendar month."""
    first = _day(year, month, 1, text)
    return first, first.replace(day=calendar.monthrange(year, month)[1])


def _span(start: dt.date, end: dt.date, precision: Precision, text: str) -> DateSpan:
    """A span; a range must run forwards, and a range within one day is a day."""
    if end < start:
        raise NormalizeError(f"date range {text!r} ends before it starts")
    return DateSpan(start, end, "day" if start == end else precision, text)


def _iso_part(part: str, text: str) -> tuple[dt.date, dt.date] | None:
    """An ISO day or month as (first day, last day)."""
    if match := _ISO_DAY.fullmatch(part):
        day = _day(int(match["y"]), int(match["m"]), int(match["d"]), text)
        return day, day
    if match := _ISO_MONTH.fullmatch(part):
        return _month(int(match["y"]), int(match["m"]), text)
    return None


def _single(folded: str, text: str) -> DateSpan | None:
    """Every form that names one day, month, part of a month or year; None if ``folded`` is none of them."""
    if match := _ISO_DAY.fullmatch(folded):
        day = _day(int(match["y"]), int(match["m"]), int(match["d"]), text)
        return _span(day, day, "day", text)
    if match := _ISO_MONTH.fullmatch(folded):
        return _span(*_month(int(match["y"]), int(match["m"]), text), "month", text)
    if match := _YEAR_ONLY.fullmatch(folded):
        year = int(match["y"])
        return _span(_day(year, 1, 1, text), _day(year, 12, 31, text), "year", text)
    for pattern in (_DAY_MONTH_YEAR, _DAY_MONTH_YEAR_DASHED, _MONTH_DAY_YEAR):
        if (match := pattern.fullmatch(folded)) and (month := _MONTHS.get(match["m"])):
            day = _day(int(match["y"]), month, int(match["d"]), text)
            return _span(day, day, "day", text)
    if (match := _MONTH_YEAR.fullmatch(folded)) and (month := _MONTHS.get(match["m"])):
        return _span(*_month(int(match["y"]), month, text), "month", text)
    if (match := _PART_MONTH_YEAR.fullmatch(folded)) and (month := _MONTHS.get(match["m"])):
        first, last = _month(int(match["y"]), month, text)
        low, high = PARTS_OF_MONTH[match["part"]]
        return _span(first.replace(day=low), last if high is None else first.replace(day=high), "range", text)
    return None


def _left_end(folded: str, right: DateSpan, text: str, *, night: bool = False) -> dt.date | None:
    """The first day of a range's left end, borrowing the month and year it leaves out from the right end.

    A bare day borrows only from a right end that is one day: ``4-5 June 2012``, not ``4 - June 2012``. A left end
    whose month comes after the right end's, with the year borrowed, crosses a new year: for a ``night`` (which
    only two days that follow each other make) it is in the year before, as ``night of 31 December/1 January 2013``
    can only be; any other range so written is refused (`_crossed_year`), as the year meant is not said.
    """
    if whole := _single(folded, text):
        return whole.start
    year, month = right.start.year, right.start.month
    if right.precision == "day" and (match := _LEFT_DAY.fullmatch(folded)):
        return _day(year, month, int(match["d"]), text)
    for pattern in (_LEFT_DAY_MONTH, _LEFT_MONTH_DAY):
        if (match := pattern.fullmatch(folded)) and (named := _MONTHS.get(match["m"])):
            if named > month:
                if not night:
                    raise _crossed_year(_day(year - 1, named, int(match["d"]), text), right.end, text)
                year -= 1
            return _day(year, named, int(match["d"]), text)
    if (match := _LEFT_MONTH.fullmatch(folded)) and (named := _MONTHS.get(match["m"])):
        if named > month and not night:
            raise _crossed_year(_day(year - 1, named, 1, text), right.end, text)
        return _day(year, named, 1, text)
    return None


def _crossed_year(start: dt.date, end: dt.date, text: str) -> NormalizeError:
    """The refusal of a range that crosses a new year with the year written once (``30 December - 2 January
    2013``), naming the reading that writes both years."""

    def named(day: dt.date) -> str:
        return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"

    return NormalizeError(
        f"date range {text!r} crosses into a new year but gives the year only once; write the year of both ends, "
        f"as '{named(start)} - {named(end)}' if that is what the source means"
    )


def _english_range(folded: str, text: str, *, night: bool = False) -> DateSpan | None:
    """``<left> - <right>`` (or to, until, through, and), each separator tried in turn.

    The right end is a whole date and the left may leave out the month and year it shares with it
    (``4-5 June 2012``); in the month-first form the right end leaves out the month (``June 4-5, 2012``). The days
    of a ``night`` may cross a new year with the year written once (`_left_end`).
    """
    folded = folded.removeprefix(lead[0]) if (lead := _RANGE_LEAD.match(folded)) else folded
    for separator in _RANGE_SEPARATOR.finditer(folded):
        left, right_text = folded[: separator.start()], folded[separator.end() :]
        right = _single(right_text, text)
        if right is not None:
            start = _left_end(left, right, text, night=night)
            if start is not None:
                return _span(start, right.end, "range", text)
        elif (
            (day_year := _RIGHT_DAY_YEAR.fullmatch(right_text))
            and (month_day := _LEFT_MONTH_DAY.fullmatch(left))
            and (month := _MONTHS.get(month_day["m"]))
        ):
            year = int(day_year["y"])
            start, end = _day(year, month, int(month_day["d"]), text), _day(year, month, int(day_year["d"]), text)
            return _span(start, end, "range", text)
    return None


#: A full stop after a number, as South Slavic, German and other languages write a day (``12. lipnja``) and many
#: write one after the year (``1992.``): dropped before a space, a dash or the end.
_ORDINAL_DOT: Final = re.compile(r"(?<=[0-9])\.(?= |-|$)")

_ROMAN_MONTHS: Final = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ROMAN_MONTH: Final = "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))
#: A month in Roman numerals between a day and a year (``12.VI.1992``, ``12. VI. 1992.``, ``12 VI 1992``), or before a
#: year after a full stop (``VI. 1992``), as Central and Eastern European texts write dates: unambiguous, unlike
#: ``12.6.1992``.
_ROMAN_DATE: Final = re.compile(
    rf"(?<![0-9])(?P<d>[0-9]{{1,2}})(?:\. ?| |-|/)(?P<m>{_ROMAN_MONTH})(?:\. ?| |-|/)(?P<y>[0-9]{{4}})(?![0-9])"
    rf"|(?<![\w.])(?P<month>{_ROMAN_MONTH})\. ?(?P<year>[0-9]{{4}})(?![0-9])"
)


def _roman_months(folded: str) -> str:
    """``folded`` with each month in Roman numerals (`_ROMAN_DATE`) as its English name: ``12 june 1992``."""

    def english(found: re.Match[str]) -> str:
        if found["d"] is not None:
            return f"{found['d']} {_MONTH_NAMES[_ROMAN_MONTHS.index(found['m'])].casefold()} {found['y']}"
        return f"{_MONTH_NAMES[_ROMAN_MONTHS.index(found['month'])].casefold()} {found['year']}"

    return _ROMAN_DATE.sub(english, folded) if "i" in folded or "v" in folded or "x" in folded else folded


#: ``night of`` before the days of a night, as army statements in South Asia date a night's fighting: ``(in) the
#: intervening night of 4/5 June 2019``, ``night between 4 and 5 June 2019``; and ``overnight``, as agencies date a
#: strike: ``overnight on 2-3 July 2019``, ``overnight 2/3 July 2019`` (``overnight on 2 July``, which night?, is
#: not read).
_NIGHT: Final = re.compile(
    r"(?:(?:(?:in|on|during) )?(?:the )?(?:intervening )?night (?:of|between)|overnight(?: (?:on|of|between))?)"
    r" (?P<days>.+)")


def _night(folded: str, text: str) -> DateSpan | None:
    """The night between two days that follow each other, as the span of both days (precision "range"): the days
    joined by a slash (``4/5 June 2019``, ``4th/5th June 2019``, ``30 June/1 July 2019``, ``June 4/5, 2019``) or a
    range after ``night of`` (`_NIGHT`: ``night of 4/5 June 2019``, ``night of 4-5 June 2019``); None for any other
    text, and for days that do not follow each other (``4/6 June 2019``: no night)."""
    night = _NIGHT.fullmatch(folded)
    days = night["days"] if night else folded
    if "/" in days:
        days = days.replace("/", " - ", 1)
    elif night is None:
        return None
    span = _english_range(days, text, night=True)
    return span if span is not None and span.end - span.start == dt.timedelta(days=1) else None


#: Day, month and year in digits (``04/06/2019``, ``4.6.2019``, ``15. 1. 1999.``, ``04-06-2019``): refused, as sources
#: differ on whether the day or the month comes first.
_NUMERIC_DATE: Final = re.compile(
    r"(?<![0-9])(?P<a>[0-9]{1,2}) ?(?P<separator>[./-]) ?(?P<b>[0-9]{1,2}) ?(?P=separator) ?(?P<y>[0-9]{4})(?![0-9])"
)


#: A date in digits with the year first and a slash or a full stop between its parts, as Persian writes Solar Hijri
#: dates (``۱۴۰۲/۰۷/۱۵``): refused with the Gregorian day where it is one (`_solar_hijri_hint`).
_YEAR_FIRST_DIGITS: Final = re.compile(r"(?P<y>[0-9]{4}) ?(?P<s>[./]) ?(?P<m>[0-9]{1,2}) ?(?P=s) ?(?P<d>[0-9]{1,2})")


def _numeric_date(found: re.Match[str], text: str) -> NormalizeError:
    """The refusal of a date in digits (`_NUMERIC_DATE`), with the days it can be and the ISO form of each; where the
    year is a Solar Hijri one, with the day it is in that calendar, day first (`_solar_hijri_hint`)."""
    year, first, second = int(found["y"]), int(found["a"]), int(found["b"])
    if hint := _solar_hijri_hint(year, second, first):
        return NormalizeError(f"cannot read a date from {text!r}: dates in digits are refused{hint}")
    readings: list[dt.date] = []
    for day, month in ((first, second), (second, first)):  # day first, as most of the world writes it, then month
        if year >= dt.MINYEAR and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            readings.append(dt.date(year, month, day))
    readings = list(dict.fromkeys(readings))
    why = (f"cannot read a date from {text!r}: dates in digits are refused, as sources differ on whether the day or "
           "the month comes first")

    def named(day: dt.date) -> str:
        return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"

    if len(readings) == 2:
        return NormalizeError(f"{why}: {named(readings[0])} or {named(readings[1])}? write "
                              f"{readings[0].isoformat()} or {readings[1].isoformat()}, as the source meant")
    if readings and first == second:
        return NormalizeError(f"{why}; this is {named(readings[0])} either way: write {readings[0].isoformat()}")
    if readings:
        return NormalizeError(f"{why}; only {named(readings[0])} is a date here, but sources mix the orders: check "
                              f"that it is the day meant and write {readings[0].isoformat()}")
    return NormalizeError(f"{why}, and neither order makes a date here; write the ISO form, as 2012-06-04")


_WEEKDAY_NAMES: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Ukrainian writes its apostrophe (``п'ятниця``) as any of these three.
_APOSTROPHES: Final = ("'", "\u2019", "\u02bc")

def _without_marks(text: str) -> str:
    """``text`` without its combining marks (τετάρτη: τεταρτη; e hënë: e hene), for the names of days a source may
    write without them, as Greek capitals are written and Albanian is often typed."""
    return unicodedata.normalize(
        "NFC", "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char)))


def _with_apostrophes(name: str) -> tuple[str, ...]:
    """``name`` with its apostrophe written as each of `_APOSTROPHES` (``п'ятниця``, ``п’ятниця``)."""
    return tuple(dict.fromkeys(name.replace("'", apostrophe) for apostrophe in _APOSTROPHES))


def _with_and_without_marks(name: str) -> tuple[str, ...]:
    """``name`` as written and without its combining marks (`_without_marks`), as typed without the language's
    keyboard."""
    return tuple(dict.fromkeys((name, _without_marks(name))))


def _affixed(before: Sequence[str], after: Sequence[str] = ("",)) -> Callable[[str], tuple[str, ...]]:
    """The forms of a day's name with each of ``before`` written onto its start and each of ``after`` onto its end
    ("" among them for none), as the text is folded (NFKC): Hebrew ב (on), the Thai วัน (day) and ที่ (the) of
    วันพฤหัสบดีที่ 24."""
    return lambda name: tuple(dict.fromkeys(
        unicodedata.normalize("NFKC", f"{first}{name}{last}") for first in before for last in after))


def _weekday_table(days: Sequence[str], forms: Callable[[str], Iterable[str]] = lambda name: (name,),
                   ) -> Mapping[str, int]:
    """One language's names of the days of the week: ``days`` holds seven entries, Monday first, the names of a day
    joined by ``|`` ("" for a day whose names the language shares with another's table and are read there), each
    name written in each of its ``forms``; the number of the day (0, Monday) by name.

    ValueError where a spelling names two days of the language: a table that says so is a mistake in this module,
    reported when it is loaded, as `_phrases` reports a phrase of two meanings."""
    if len(days) != len(_WEEKDAY_NAMES):
        raise ValueError(f"expected the names of {len(_WEEKDAY_NAMES)} days, got {len(days)}: {days!r}")
    table: dict[str, int] = {}
    for number, names in enumerate(days):
        for name in filter(None, names.split("|")):
            for form in forms(name):
                if table.setdefault(form, number) != number:
                    raise ValueError(f"{form!r} names {_WEEKDAY_NAMES[table[form]]} and {_WEEKDAY_NAMES[number]}")
    return MappingProxyType(table)


def _merged_weekdays(tables: Mapping[str, Mapping[str, int]]) -> Mapping[str, int]:
    """The names of the days of the week of every language of ``tables`` (`_weekday_table`s by language) as one
    mapping, as a date is read with them (`_WEEKDAY_FIRST`: the text does not say its language before its day is
    read).

    - A spelling of several languages that names one day in each (Spanish and Filipino ``lunes``; Polish and Czech
      ``sobota``) is that day.
    - A spelling that names different days in two languages raises ValueError, naming both: merged as dicts are,
      the later language would silently take the earlier's meaning away, and a date with the day of the week of
      one language would be checked against the other's day. Such a spelling must be settled before it is read
      (left out of both, or read in the language the date's words settle), not by the order of the tables."""
    merged: dict[str, int] = {}
    whose: dict[str, str] = {}
    for language, table in tables.items():
        for name, number in table.items():
            if merged.setdefault(name, number) != number:
                raise ValueError(f"{name!r} names {_WEEKDAY_NAMES[merged[name]]} in {whose[name]} and "
                                 f"{_WEEKDAY_NAMES[number]} in {language}")
            whose.setdefault(name, language)
    return MappingProxyType(merged)


#: The Tajik letters as a Russian keyboard types them (ҳ х, қ к, ғ г; ҷ ч, or ж as some type it): many Tajik texts
#: are so written (хазор, панч, акаллан, чумъа). ӣ and ӯ need none: the tables are compared without marks
#: (`_plain_letters`), as и and у.
_TAJIK_AS_RUSSIAN: Final = (str.maketrans("ҳқғҷ", "хкгч"), str.maketrans("ҳқғҷ", "хкгж"))


#: The names of the days of the week of each language, by the language's name (`_Language`'s ``name``; English,
#: read before every other language, is "English"), Monday first:
#:
#: - English in full and abbreviated; French, Spanish and Portuguese, with and without their accents; Russian and
#:   Ukrainian as named and as the day something falls on (``в воскресенье``, ``у неділю``, the preposition left to
#:   `_WEEKDAY_FIRST`), with Ukrainian's apostrophe written any of three ways (`_APOSTROPHES`); Arabic, with and
#:   without the hamza; Hausa; Somali, as named and in the past (``Axad``, ``Axaddii``: on Sunday); Swahili
#:   (``Jumapili``, after ``siku ya``: on Sunday); Indonesian and Malay (``Senin``, ``Isnin``; after ``hari``, the
#:   day, and ``pada``, on).
#: - Hebrew: יום and the ordinal of the day (יום ראשון, the first day: Sunday), or its letter and a geresh (יום א׳);
#:   Saturday is שבת, and so is מוצאי שבת (מוצ"ש: the evening that ends it, Saturday evening by the civil date);
#:   each also after ב, "on" (ביום ראשון, בשבת, במוצאי שבת).
#: - Vietnamese: thứ (the ordinal) and the day's number from Monday, the second day (Thứ Hai ... Thứ Bảy), and
#:   Sunday, the Lord's day (Chủ Nhật); with the marks and without them, as typed without a Vietnamese keyboard
#:   (after ``vào``, ``hôm``: on).
#: - Filipino: the Spanish names (Lunes, Martes, Sabado) and those in Filipino spelling (Miyerkules, Huwebes,
#:   Biyernes), and Linggo (Sunday); after ``noong``, ``nitong``, ``sa``, ``araw ng``.
#: - Kinyarwanda: "on the first" ... "on the sixth" (ku wa Mbere, Monday ... ku wa Gatandatu, Saturday) and "on the
#:   week('s day)" (ku Cyumweru, Sunday), as the Rwandan press dates a day: Ku wa Mbere tariki ya 27 Mutarama 2025.
#: - Thai and Khmer: the day (วัน, ថ្ងៃ) and its name, with the word before the day's number or not (วันพฤหัสบดีที่ 24,
#:   ថ្ងៃព្រហស្បតិ៍ទី ២៤).
#: - Amharic and Tigrinya, in the spellings of the letters Amharic says alike (ሐሙስ, ሀሙስ, ሃሙስ; ዓርብ, አርብ), with the
#:   Amharic በ or the Tigrinya ብ (on) written onto them or not: ረቡዕ ጥቅምት 25 ቀን 2013 ዓ.ም., ብሰሉስ 24 ጥቅምቲ.
#: - Kurmanji: the name (Duşem, Monday; Înî, Friday: În alone is the Romanian în, in), in the oblique after roja
#:   (day) or alone (roja Înê, Şemiyê: on Friday, on Saturday) and with the izafe before the date (Şemiya 23ê ...),
#:   with its Kurdish letters or, but for Friday, without them: "in" and "ine" are words of other languages.
#: - Sorani: the name (دووشەممە, Monday ... یەکشەممە, Sunday; هەینی, Friday), its two words joined or spaced, after
#:   ڕۆژی (the day of) or not, with ە or the heh typed for it: ڕۆژی چوارشەممە ٢٠ی تەمموزی ٢٠٢٢.
#: - Tamil, with the word day (கிழமை) and without it (திங்கட்கிழமை or திங்கள்கிழமை, திங்கள: Monday), and Sinhala
#:   (සඳුදා ... ඉරිදා; බ්‍රහස්පතින්දා without the joiner that folding drops).
#: - Bengali: সোমবার (Monday) ... রবিবার, and রোববার (Sunday) as the Bangladeshi press writes it.
#: - Burmese: တနင်္လာ (Monday) ... တနင်္ဂနွေ, alone or with နေ့ (day), before the date or after it, written onto
#:   it or not (`_BENGALI_WEEKDAY_LAST`: ၂၀၂၃ ခုနှစ် ဧပြီလ ၁၁ ရက်အင်္ဂါနေ့).
#: - Greek (Δευτέρα, Monday ... Κυριακή), with its accent and without it, as capitals are written (ΤΕΤΑΡΤΗ).
#: - Albanian: the name with its article (e hënë, Monday ... e diel), the day it falls on (të hënën, on Monday;
#:   ditën e hënë, on the day Monday), with its ë and without it, as it is often typed.
#: - Persian (and Dari), as statements name the days before a Solar Hijri or a Gregorian date (``پنجشنبه ۱۵ مهر
#:   ۱۴۰۲``): the two words of a name joined (``سه‌شنبه``: the non-joiner is folded away) or spaced, with the Persian
#:   or the Arabic yeh and kaf (``یکشنبه``, ``يكشنبه``), after روز (day) or not; Pashto's Sunday (اتوار), written so.
#: - Urdu (پیر or سوموار, Monday ... اتوار), as ISPR's Urdu releases name the day before the date (``جمعرات 15
#:   دسمبر 2022``), after بروز (on the day) or not, with the Urdu letters or their Arabic kin.
#: - Polish, Czech, German, Italian and Romanian, as named and as the day something falls on, after w, we, v, ve,
#:   am (w środę, ve středu, am Mittwoch: on Wednesday), with their marks and without them (sroda, stredu, lunedi,
#:   marti), as they are also typed.
#: - Turkish, as named and before günü (Çarşamba günü: on Wednesday), with its marks and without them (carsamba,
#:   persembe), before the date or after it (`_BENGALI_WEEKDAY_LAST`: 9 Ekim 2019 Çarşamba).
#: - Kyrgyz, as named and before күнү (шаршемби күнү: on Wednesday), and Tajik, as named and after рӯзи (рӯзи
#:   чоршанбе: on the day Wednesday), with their marks and without them, and the Tajik ones with the letters a
#:   Russian keyboard types for Tajik ones (`_TAJIK_AS_RUSSIAN`: панчшанбе, чумъа). The Kyrgyz жума and the Tajik
#:   ҷумъа (жума as typed) are both Friday; the Tajik days in Arabic letters are the Persian ones.
#:
#: Kept apart by language, so that a spelling of two languages that names different days is found when the module
#: is loaded (`_merged_weekdays`), and so that the day of the week tells which language's day a date is where its
#: month word is of several (`_weekday_date`: ``sobota 15 listopada 2022`` is Polish or Czech, not Croatian).
_LANGUAGE_WEEKDAYS: Final[Mapping[str, Mapping[str, int]]] = MappingProxyType({
    "English": _weekday_table(("monday|mon", "tuesday|tue|tues", "wednesday|wed", "thursday|thu|thur|thurs",
                               "friday|fri", "saturday|sat", "sunday|sun")),
    "French": _weekday_table(("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")),
    "Spanish": _weekday_table(("lunes", "martes", "miercoles|miércoles", "jueves", "viernes", "sabado|sábado",
                               "domingo")),
    "Portuguese": _weekday_table(("segunda|segunda-feira", "terca|terça|terca-feira|terça-feira",
                                  "quarta|quarta-feira", "quinta|quinta-feira", "sexta|sexta-feira",
                                  "sabado|sábado", "domingo")),
    "Russian": _weekday_table(("понедельник", "вторник", "среда|среду", "четверг", "пятница|пятницу",
                               "суббота|субботу", "воскресенье")),
    "Ukrainian": _weekday_table(("понеділок", "вівторок", "середа|середу", "четвер", "п'ятниця|п'ятницю",
                                 "субота|суботу", "неділя|неділю"), _with_apostrophes),
    "Arabic": _weekday_table(("الاثنين|الإثنين|الأثنين", "الثلاثاء", "الأربعاء|الاربعاء", "الخميس", "الجمعة", "السبت",
                              "الأحد|الاحد")),
    "Hausa": _weekday_table(("litinin", "talata", "laraba", "alhamis", "juma'a|jumma'a|jumaa", "asabar", "lahadi"),
                            _with_apostrophes),
    # The bare day, the definite (maalinta Jimcaha: on the Friday) and the past (Jimcihii).
    "Somali": _weekday_table(("isniin|isniinta|isniintii", "talaado|talaadada|talaadadii", "arbaco|arbacada|arbacadii",
                              "khamiis|khamiista|khamiistii", "jimce|jimcaha|jimcihii", "sabti|sabtida|sabtidii",
                              "axad|axadda|axaddii")),
    "Swahili": _weekday_table(("jumatatu", "jumanne", "jumatano", "alhamisi", "ijumaa", "jumamosi", "jumapili")),
    "Indonesian/Malay": _weekday_table(("senin|isnin", "selasa", "rabu", "kamis|khamis", "jumat|jum'at|jumaat",
                                        "sabtu", "minggu|ahad"), _with_apostrophes),
    "Hebrew": _weekday_table(
        (*("|".join((f"יום {ordinal}", *(f"יום {letter}{geresh}" for geresh in ("'", "\u05f3"))))
           for ordinal, letter in (("שני", "ב"), ("שלישי", "ג"), ("רביעי", "ד"), ("חמישי", "ה"), ("שישי", "ו"))),
         "שבת|יום שבת|מוצאי שבת|מוצ\"ש|מוצ\u05f4ש", "יום ראשון|יום א'|יום א\u05f3"),
        _affixed(("", "ב"))),
    "Vietnamese": _weekday_table(("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy|thứ bẩy", "chủ nhật"),
                                 _with_and_without_marks),
    "Filipino": _weekday_table(("lunes", "martes", "miyerkules|miyerkoles", "huwebes", "biyernes", "sabado",
                                "linggo")),
    "Haitian Creole": _weekday_table(("lendi", "madi", "mèkredi|mèkrèdi", "jedi", "vandredi", "samdi",
                                      "dimanch")),
    "Kinyarwanda": _weekday_table(("ku wa mbere", "ku wa kabiri", "ku wa gatatu", "ku wa kane", "ku wa gatanu",
                                   "ku wa gatandatu", "ku cyumweru")),
    **{
        language: _weekday_table(names, _affixed((day,), ordinals))
        for language, day, ordinals, names in (
            ("Thai", "วัน", ("", "ที่"), ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี|พฤหัส", "ศุกร์", "เสาร์", "อาทิตย์")),
            ("Khmer", "ថ្ងៃ", ("", "ទី"), ("ច័ន្ទ", "អង្គារ", "ពុធ", "ព្រហស្បតិ៍", "សុក្រ", "សៅរ៍", "អាទិត្យ")))
    },
    **{
        language: _weekday_table(names, _affixed(("", "በ", "ብ")))
        for language, names in (
            ("Amharic", ("ሰኞ", "ማክሰኞ", "ረቡዕ", "ሐሙስ|ሀሙስ|ሃሙስ", "ዓርብ|አርብ|ዐርብ", "ቅዳሜ", "እሑድ|እሁድ")),
            ("Tigrinya", ("ሰኑይ", "ሰሉስ", "ረቡዓ", "ሓሙስ", "ዓርቢ", "ቀዳም", "ሰንበት")))
    },
    # Friday (în ...) only with its marks: without them, in and ine are words of other languages
    "Kurmanji Kurdish": _weekday_table(
        ("duşem|duşemê|duşema", "sêşem|sêşemê|sêşema", "çarşem|çarşemê|çarşema", "pêncşem|pêncşemê|pêncşema",
         "înî|înê|îniyê|îniya", "şemî|şemiyê|şemiya|şembî|şembiyê", "yekşem|yekşemê|yekşema"),
        lambda name: (name,) if name.startswith("în") else _with_and_without_marks(name)),
    # Sorani: the name (دووشەممە, Monday; هەینی, Friday), its two words joined or spaced (چوارشەممە, چوار شەممە),
    # after ڕۆژی (the day of) or not, and with ە typed as ه (`_sorani_forms`)
    "Sorani Kurdish": _weekday_table(
        ("دووشەممە|دوو شەممە", "سێشەممە|سێ شەممە", "چوارشەممە|چوار شەممە", "پێنجشەممە|پێنج شەممە", "هەینی|جومعە",
         "شەممە", "یەکشەممە|یەک شەممە"),
        lambda name: tuple(dict.fromkeys(f"{day}{form}" for form in (name, name.replace("ە", "ه"))
                                         for day in ("", "ڕۆژی ")))),
    "Tamil": _weekday_table(("திங்கட்கிழமை|திங்கள்கிழமை|திங்கள்", "செவ்வாய்க்கிழமை|செவ்வாய்", "புதன்கிழமை|புதன்",
                             "வியாழக்கிழமை|வியாழன்", "வெள்ளிக்கிழமை|வெள்ளி", "சனிக்கிழமை|சனி",
                             "ஞாயிற்றுக்கிழமை|ஞாயிறு")),
    "Sinhala": _weekday_table(("සඳුදා", "අඟහරුවාදා", "බදාදා", "බ්රහස්පතින්දා", "සිකුරාදා", "සෙනසුරාදා", "ඉරිදා")),
    # Burmese: the name alone or with နေ့ (day), as the junta's statements and the press write it before the date or
    # after it (`_BENGALI_WEEKDAY_LAST`: ၂၀၂၃ ခုနှစ် ဧပြီလ ၁၁ ရက် အင်္ဂါနေ့)
    "Burmese": _weekday_table(("တနင်္လာ", "အင်္ဂါ", "ဗုဒ္ဓဟူး", "ကြာသပတေး", "သောကြာ", "စနေ", "တနင်္ဂနွေ"),
                              lambda name: tuple(dict.fromkeys((_fold(name), _fold(f"{name}နေ့"))))),
    "Bengali": _weekday_table(("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার|রোববার"),
                              lambda name: (_fold(name),)),
    "Greek": _weekday_table(("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),
                            _with_and_without_marks),
    "Albanian": _weekday_table(
        tuple(f"e {name}|të {on}|ditën e {name}" for name, on in (
            ("hënë", "hënën"), ("martë", "martën"), ("mërkurë", "mërkurën"), ("enjte", "enjten"),
            ("premte", "premten"), ("shtunë", "shtunën"), ("diel", "dielën"))),
        _with_and_without_marks),
    **{
        language: _weekday_table(names, lambda name: tuple(dict.fromkeys(
            f"{day}{form}".translate(letters)
            for form in dict.fromkeys((name, name.replace(" ", "")))
            for day in ("", "روز ")
            for letters in ({}, str.maketrans("یک", "يك")))))
        for language, names in (
            ("Persian (Dari)", ("دوشنبه", "سه شنبه", "چهارشنبه", "پنج شنبه", "جمعه", "شنبه", "یک شنبه")),
            ("Pashto", ("", "", "", "", "", "", "اتوار")))
    },
    # Urdu, as ISPR's Urdu releases and the Urdu press name the day before the date (جمعرات 15 دسمبر 2022; بروز
    # جمعرات, on Thursday), with the Urdu letters or their Arabic kin (ی ي, ک ك, ہ ھ ه) as Arabic keyboards type them
    "Urdu": _weekday_table(
        ("پیر|سوموار", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار"),
        lambda name: tuple(dict.fromkeys(
            f"{on}{name}".translate(letters) for on in ("", "بروز ")
            for letters in ({}, str.maketrans("یکہھ", "يكهه"))))),
    **{
        language: _weekday_table(names, lambda name: tuple(dict.fromkeys(
            (name, _without_marks(name).replace("ł", "l")))))
        for language, names in (
            ("Polish", ("poniedziałek|w poniedziałek", "wtorek|we wtorek", "środa|w środę", "czwartek|w czwartek",
                        "piątek|w piątek", "sobota|w sobotę", "niedziela|w niedzielę")),
            ("Czech", ("pondělí|v pondělí", "úterý|v úterý", "středa|ve středu", "čtvrtek|ve čtvrtek",
                       "pátek|v pátek", "sobota|v sobotu", "neděle|v neděli")),
            ("German", ("montag|am montag", "dienstag|am dienstag", "mittwoch|am mittwoch",
                        "donnerstag|am donnerstag", "freitag|am freitag", "samstag|sonnabend|am samstag|am sonnabend",
                        "sonntag|am sonntag")),
            ("Italian", ("lunedì|lunedi'", "martedì|martedi'", "mercoledì|mercoledi'", "giovedì|giovedi'",
                         "venerdì|venerdi'", "sabato", "domenica")),
            ("Romanian", ("luni", "marți|marţi", "miercuri", "joi", "vineri", "sâmbătă|sâmbăta", "duminică")))
    },
    "Turkish": _weekday_table(tuple(f"{day}|{day} günü" for day in ("pazartesi", "salı", "çarşamba", "perşembe",
                                                                     "cuma", "cumartesi", "pazar")),
                              _with_and_without_marks),
    "Kyrgyz": _weekday_table(tuple(f"{day}|{day} күнү" for day in ("дүйшөмбү", "шейшемби", "шаршемби", "бейшемби",
                                                                    "жума", "ишемби", "жекшемби")),
                             _with_and_without_marks),
    "Tajik": _weekday_table(
        tuple("|".join(f"{on}{name}" for name in names.split("|") for on in ("", "рӯзи "))
              for names in ("душанбе", "сешанбе", "чоршанбе", "панҷшанбе", "ҷумъа|ҷума", "шанбе", "якшанбе")),
        lambda name: tuple(dict.fromkeys((name, _without_marks(name), *(
            _without_marks(name).translate(letters) for letters in _TAJIK_AS_RUSSIAN))))),
})  # fmt: skip

#: The names of the days of the week of every language (`_LANGUAGE_WEEKDAYS`), as a date is read with them: one
#: spelling of two languages names one day (`_merged_weekdays`).
_WEEKDAYS: Final[Mapping[str, int]] = _merged_weekdays(_LANGUAGE_WEEKDAYS)

#: A day of the week before a date, after the words that may lead it (``on Sunday 3 January 2021``, ``le dimanche 3
#: janvier 2021``, ``el domingo 3 de enero``, ``el pasado jueves 16 de enero``, ``en la madrugada del domingo 26 de
#: enero``, ``na madrugada de quinta-feira, 28 de maio``, ``nesta quarta-feira, 24 de março``, ``в воскресенье 3
#: января``, ``يوم الأحد``, ``ranar Lahadi``, ``maalinta Axad``, ``siku ya Jumapili``, ``pada hari Senin``, ``την
#: Τετάρτη``), with the full stop of an abbreviation (``Sun.``) or an Arabic comma after it, and the Arabic الموافق
#: (corresponding to) that Arabic statements put between the day of the week and its date (``يوم الثلاثاء الموافق 13
#: أغسطس 2024``), and a part of the day after an English, French or Italian day of the week (``Saturday evening, 4
#: January 2020``, ``samedi soir 4 janvier 2020``, ``sabato sera 4 gennaio 2020``: the day; not the night, which is
#: the night into the next day).
#: The parts of the day before a date in Persian (`_PERSIAN_PARTS_OF_DAY`) and Arabic (`_ARABIC_PARTS_OF_DAY`), read
#: as its day: بامداد جمعه ۲۳ خرداد, فجر الجمعة 13 يونيو (at dawn on Friday). Not the night (شب جمعه, ليلة
#: الجمعة): it is the eve of that day, the night before it. Arabic news writes the day the statement is made, or the
#: one before it, as today (اليوم) or yesterday (أمس) before the date it names, alone or after a part of the day:
#: فجر اليوم الجمعة 21 يناير 2022 (at dawn today, Friday 21 January 2022), أمس الخميس 9 أغسطس 2018; the date says
#: which day, and the word adds nothing to it.
_PERSIAN_DAY_PARTS: Final = "بامداد|در بامداد|سحرگاه|صبح زود|صبح|ظهر|بعدازظهر|بعد از ظهر|عصر|غروب|شامگاه"
_ARABIC_RELATIVE_DAYS: Final = ("اليوم", "أمس", "امس")
_ARABIC_DAY_PARTS: Final = "|".join(
    (*(f"{part}{after}" for part in ("فجر", "صباح", "ظهر", "عصر", "مساء")
       for after in ("", " يوم", *(f" {day}" for day in _ARABIC_RELATIVE_DAYS))),
     *_ARABIC_RELATIVE_DAYS))
_WEEKDAY_FIRST: Final = re.compile(
    r"(?:(?:on|le|el|em|no|na|в|во|у|يوم|ranar|maalinta|maalintii|siku ya|hari|pada hari|pada|roja|vào|hôm|noong"
    r"|nitong|sa|araw ng|την|τη|el pasado|este|(?:en (?:horas de )?)?(?:la )?(?:madrugada|mañana|manana|tarde) del"
    r"|nesta|neste|na passada|no passado|na última|no último"
    r"|(?:(?:na|pela|durante a|ao fim da|ao final da) )?(?:madrugada|manhã|manha|tarde) de"
    rf"|{_PERSIAN_DAY_PARTS}|{_ARABIC_DAY_PARTS})"
    r" )?(?P<w>"
    + "|".join(sorted(map(re.escape, _WEEKDAYS), key=len, reverse=True))
    + r")(?: (?:morning|afternoon|evening|matin|après-midi|apres-midi|soir|mattina|pomeriggio|sera))?"
    r"[.\u060c\u1363\u104a]?(?: الموافق\u060c?)? (?P<rest>.+)"
)

#: A Bengali, Turkish or Burmese day of the week after the date, as the Bangladeshi press writes a dateline (``৫
#: ফেব্রুয়ারি ২০২৪, সোমবার``), the Turkish press and ministries a date (``9 Ekim 2019 Çarşamba``, ``9 Ekim 2019,
#: Çarşamba günü``) and the Burmese press and statements theirs, written onto the date or not (``၂၀၂၃ ခုနှစ် ဧပြီလ
#: ၁၁ ရက် အင်္ဂါနေ့``, ``... ၁၁ ရက်အင်္ဂါနေ့``): read as before it.
_BENGALI_WEEKDAY_LAST: Final = re.compile(
    r"(?P<rest>.+)(?: |(?<=[\u1000-\u109f]))(?P<w>" + "|".join(sorted((re.escape(name) for name in _WEEKDAYS
                                              if "\u0980" <= name[0] <= "\u09ff" or "\u1000" <= name[0] <= "\u109f"
                                              or name in _LANGUAGE_WEEKDAYS["Turkish"]), key=len, reverse=True)) + ")"
)

#: A preposition before an English date, as a sentence puts it and as it is often copied: ``on 3 January 2021``,
#: ``on the 3rd of January 2021``, ``in January 2021``; left out.
_DATE_PREPOSITIONS: Final = ("on ", "in ")


#: A night named by the two days of the week it runs between before the days of that night, as Arabic and English
#: news date a night's strike: ``ليلة الثلاثاء الأربعاء 2-3 يوليو 2019``, ``ليلة الثلاثاء إلى الأربعاء 2 إلى 3 يوليو
#: 2019`` (the night of Tuesday to Wednesday), ``the night of Tuesday to Wednesday, 2-3 July 2019``: read as the
#: night's days (`_night_weekdays`), where they are those days of the week.
_NIGHT_WEEKDAYS: Final = re.compile(
    r"(?P<night>ليلة|في ليلة|خلال ليلة|ليل|(?:(?:in|on|during) )?(?:the )?night of|overnight(?: on)?) (?P<a>"
    + "|".join(sorted(map(re.escape, _WEEKDAYS), key=len, reverse=True))
    + r") ?(?:(?:-|–|إلى|الى|على|to|into) ?)?(?P<b>"
    + "|".join(sorted(map(re.escape, _WEEKDAYS), key=len, reverse=True))
    + r") (?P<rest>.+)"
)


def _night_weekdays(written: str, value: str) -> DateSpan | None:
    """The night between two days named by their days of the week and then by their dates (`_NIGHT_WEEKDAYS`), as
    the night of those dates; None where the text is no such night or its dates read as no night.

    NormalizeError where the dates are a night whose days are not those days of the week."""
    found = _NIGHT_WEEKDAYS.fullmatch(written)
    if not found:
        return None
    try:
        span = _parse_date(f"{found['night']} {found['rest']}")
    except NormalizeError:
        return None
    if span.precision != "range" or span.end - span.start != dt.timedelta(days=1):
        return None
    named = (_WEEKDAYS[found["a"]], _WEEKDAYS[found["b"]])
    if (span.start.weekday(), span.end.weekday()) != named:
        raise NormalizeError(
            f"cannot read a date from {value!r}: the days of the week do not fit the dates; write the dates without "
            f"them, after checking them: {span.start.isoformat()} was a {_WEEKDAY_NAMES[span.start.weekday()]} and "
            f"{span.end.isoformat()} a {_WEEKDAY_NAMES[span.end.weekday()]}, not a {_WEEKDAY_NAMES[named[0]]} and "
            f"a {_WEEKDAY_NAMES[named[1]]}"
        )
    return DateSpan(span.start, span.end, span.precision, value)


def _weekday_date(written: str, value: str) -> DateSpan | None:
    """The day of a date after the name of its day of the week (``Sunday 3 January 2021``, ``dimanche 3 janvier
    2021``: `_WEEKDAY_FIRST`), read as the date alone where the date is that day of the week; None where the text
    does not start with a day's name or the rest reads as no date (or starts with a day's name again); the error of
    the rest where it is a form that breaks a rule (an impossible day, a range that runs backwards).

    NormalizeError where the date is one day that is not that day of the week (a sign that the day or the month is
    wrong: the message names both), and where the date is more than one day (``Sunday January 2021``, ``Tuesday 17-18
    January 2017``), which a day of the week does not name."""
    found = _WEEKDAY_FIRST.fullmatch(written) or _BENGALI_WEEKDAY_LAST.fullmatch(written)
    if not found or _WEEKDAY_FIRST.fullmatch(found["rest"]):
        return None
    named = _WEEKDAYS[found["w"]]
    try:
        span = _parse_date(found["rest"])
    except _LanguagesDisagree as error:
        # a day of the week in a language the date reads in settles the language, where it is that language's day
        languages = {language for language, days in _LANGUAGE_WEEKDAYS.items() if found["w"] in days}
        fitting = [day for day, names in error.readings
                   if languages & names and day.precision == "day" and day.start.weekday() == named]
        if len(fitting) != 1:
            raise
        span = fitting[0]
    except NormalizeError as error:
        if _DATE_FORMS in str(error):  # no form reads the rest: the general message, for the whole text
            return None
        raise  # a form that breaks a rule (``Sunday 31 June 2021``: an impossible day) says which
    if span.precision != "day":
        raise NormalizeError(f"cannot read a date from {value!r}: a day of the week is read only before one day; "
                             f"write the date without it ({found['rest']!r})")
    actual = span.start.weekday()
    if actual != named:
        raise NormalizeError(
            f"cannot read a date from {value!r}: the day of the week does not fit the date; write the date without "
            f"it, after checking the date: {span.start.isoformat()} was a {_WEEKDAY_NAMES[actual]}, not a "
            f"{_WEEKDAY_NAMES[named]}"
        )
    return DateSpan(span.start, span.end, span.precision, value)


#: A part of the day before an English date, as statements and agencies date an attack: ``the morning of 13 June
#: 2025``, ``in the early hours of 14 June 2025``, ``the small hours of``, ``dawn on 13 June 2025``, ``early on``,
#: ``late on``, ``the evening of``: read as the day (`parse_date`), as Russian, Spanish, Persian and Arabic ones are;
#: the night is not (``night of 13 June``: which night?).
_ENGLISH_PART_OF_DAY: Final = re.compile(
    r"(?:(?:in|during|at) )?(?:the )?(?:(?:early|late|small|wee|predawn|pre-dawn) )?"
    r"(?:morning|afternoon|evening|hours|dawn) of "
    r"|(?:(?:at )?dawn|early|late|(?:early |late )?(?:morning|afternoon|evening)) on "
)

#: Today or yesterday before the date it names, as English news dates what it reports (``yesterday, 9 August
#: 2018``, ``today, Thursday 9 August 2018``, ``yesterday morning, 9 August 2018``, ``this morning, 9 August
#: 2018``), folded as dates are (the comma a space): read as the date, which says which day; the word adds nothing
#: to it, as the Arabic اليوم and أمس before a date (`_ARABIC_DAY_PARTS`). Not the night (``last night``,
#: ``tonight``: which night?). Alone, or before words with no digits, they are refused (`_RELATIVE_DAY`). The French
#: and Haitian Creole words as well (``hier, jeudi 3 octobre 2024``, ``yè swa, 3 oktòb 2024``).
_ENGLISH_RELATIVE_DAY: Final = re.compile(
    r"(?:yesterday|today)(?: (?:morning|afternoon|evening))? |this (?:morning|afternoon|evening) "
    # Haitian Creole, as its radio and press date the news: yè (yesterday), jodi a (today), alone or with a part of
    # the day after them (yè maten, yè apremidi, yè aswè, yè swa), before the date (yè, 3 oktòb 2024)
    r"|(?:yè|ye|jodi a|jodia|jodi)(?: (?:maten|apremidi|aswè|aswe|swa))? "
    # French: hier, avant-hier, aujourd'hui, alone or with a part of the day (hier soir, hier matin), and ce matin,
    # ce soir, cet après-midi (hier, jeudi 3 octobre 2024)
    r"|(?:hier|avant-hier|aujourd'hui|aujourd’hui)(?: (?:matin|après-midi|soir))? "
    r"|(?:ce (?:matin|soir)|cet après-midi) "
)


def parse_date(value: object) -> DateSpan:
    """Read the date of an event as an inclusive span of days with the precision of the source's wording.

    Forms (month names in full or abbreviated, any case; extra whitespace, commas and any dash tolerated):

    - ``2012-06-04``, ``4 June 2012``, ``4th June 2012``, ``04-Jun-2012``, ``June 4, 2012``, ``June 4 2012``:
      precision "day".
    - ``2012-06``, ``June 2012``: the calendar month, precision "month".
    - ``2012``: the calendar year, precision "year" (an extension; an int such as YAML's ``2012`` reads the same).
    - ``early``/``mid``/``late June 2012`` (also ``mid-June``, ``beginning of``, ``middle of``, ``end of``):
      days 1-10, 11-20 and 21 to the month's end (`PARTS_OF_MONTH`), precision "range".
    - ``2012-06-04/2012-06-05``: an ISO interval; each end is an ISO day or month, precision "range".
    - ``4-5 June 2012``, ``June 4-5, 2012``, ``25 April - 7 June 2012``, ``4 to 5 June 2012``: an English range;
      the right end is any form above, the left end may leave out the month and year it shares with the right.
    - ``4/5 June 2019``, ``4th/5th June 2019``, ``night of 4/5 June 2019``, ``the intervening night of 4-5 June
      2019``: the night between two days that follow each other, as both days (`_night`), precision "range".
    - A full stop after a day or a year (``12. June 1992.``) is left out, and a month in Roman numerals between a day
      and a year is that month (``12.VI.1992``, ``12. VI. 1992.``: `_ROMAN_DATE`); these, like the forms below, only
      where no form above reads the text.

    - The same forms in French, Spanish, Portuguese, Italian, Romanian, German, Russian, Ukrainian, Polish, Czech,
      Bosnian, Croatian, Serbian (Latin and Cyrillic), Arabic, Urdu, Hindi, Armenian, Azerbaijani and Turkish (``3
      июня 2022``, ``в июне 2022``, ``1er juin 2022``, ``3 de junio de 2022``, ``2 de mayo del 2002``, ``12 maggio
      2024``, ``pe 12 mai 2024``, ``am 12. Mai 2024``, ``12. lipnja 1992.``, ``15 listopada 2022 r.``, ``2022 թ.
      հունիսի 3``, ``հունիսի սկզբին 2022``, ``3 حزيران/يونيو 2022``, ``4 جون 2019ء``, ``4 जून 2019``, ``Haziran
      sonunda 2022``), their words read as the English ones (`_LANGUAGES`), tried only where no English
      form reads the text; nights among them (``dans la nuit du 19 au 20 juin 2012``, ``в ночь на 20 июня 2012``: the
      night into a day, `_NIGHT_INTO`), and the ordinal sign after a day left out (``1º de junho``: `_ORDINAL_SIGN`).
      A text whose words read as different days in different languages (``15 listopada 2022``: Croatian October,
      Polish November) is refused with each reading where it does not say its language (`_foreign_date`).

    - ``on`` or ``in`` before any form above (``on 3 January 2021``, ``in June 2012``) is left out
      (`_DATE_PREPOSITIONS`), and so is a part of the day before one day (``the morning of 13 June 2025``, ``dawn
      on 13 June 2025``: `_ENGLISH_PART_OF_DAY`), and today or yesterday before one day (``yesterday, 9 August
      2018``: `_ENGLISH_RELATIVE_DAY`); a night may cross a new year with the year written once
      (``night of 31 December/1 January 2021``: `_left_end`), and Hausa, Somali, Swahili, Kinyarwanda,
      Indonesian, Malay, Vietnamese and Filipino dates are read with the other languages (``3 ga watan Janairu
      2021``, ``tarehe 27 mwezi wa kwanza 2025``, ``27 Mutarama 2025``, ``malam 3 ke 4 Mei 2024``, ``ngày 5
      tháng 6 năm 2024``, ``ika-17 ng Hunyo 2024``, ``3da Janaayo 2021``: the ending joined to the day is left
      out, `_Language`'s ``day_ending``; a Vietnamese day in digits after ``ngày`` is day first,
      `_vietnamese_date_order`),
      and so are Georgian dates (``2008 წლის 8 აგვისტოს``, ``7-დან 8 აგვისტომდე``, ``7-დან 8 აგვისტოს ღამეს``:
      `_georgian_date_order`).
    - Chinese and Korean dates (``2020年6月15日``, ``2010년 11월 23일 오후``, ``2015년 8월 초``: `_chinese_date`,
      `_korean_date`), a Juche year with its Gregorian year in brackets (``주체99(2010)년``, ``Juche 99 (2010)``:
      `_juche`), and a date in digits with the year first (``2010. 11. 23.``, ``2010/11/23``).
    - Thai and Khmer dates (``24 ก.ค. 2025``, ``ថ្ងៃទី២៤ ខែកក្កដា ឆ្នាំ២០២៥``: `_THAI`, `_KHMER`), a Buddhist year after its
      era word as the Gregorian year (``พ.ศ. 2568``; ``ព.ស.២៥៦៩`` where its months tell which: `_buddhist_years`); a
      Buddhist year without its era word, one that may be two Gregorian years, a Thai year of two digits and a
      lunisolar date are refused with the form to write (`_buddhist_era_error`).
    - A Solar Hijri date whose month is named in Persian, Dari or Pashto (``۲۰ میزان ۱۳۹۹``, ``۶ مهر ۱۴۰۱``, ``د ۱۳۹۹
      کال د تلې ۲۰مه``): the Gregorian days it is (`_solar_hijri_date`); in digits (``۱۳۹۹/۰۷/۲۱``, ``21/07/1399``) it
      is refused with the Gregorian day it would be (`_solar_hijri_hint`), as digits do not say the calendar.
    - A date of the Ethiopian calendar whose month is named in Amharic or Tigrinya (``ጥቅምት 30 ቀን 2013 ዓ.ም.``, ``15
      ሰነ 2013 ዓ.ም``, Ethiopic numerals among them): the Gregorian days it is (`_ethiopian_date`); a Tigrinya month
      name without the era ዓ.ም., which Eritrea gives a Gregorian month, and a date in digits with it are refused
      with the readings.
    - The name of the day of the week before a form above that is one day, where the day is that day of the week
      (``Sunday 3 January 2021``, ``on Sun. 3rd Jan 2021``, ``le dimanche 3 janvier 2021``, ``el domingo 3 de enero de
      2021``, ``в воскресенье 3 января 2021``, ``الأحد 3 يناير 2021``): the date alone (`_weekday_date`).

    A range within a single day is precision "day". A range that ends before it starts, an impossible day
    (``2012-02-30``) and anything else are errors; a date since a day (``since 24 March 2021``, ``desde 24 de março
    de 2021``) with the span to write (`_since_hint`), as it runs to the statement. A date in digits (``04/06/2019``,
    ``15. 1. 1999.``) is refused with the days it can be (`_numeric_date`), as sources differ on the order of day
    and month; a day of the week before a day it is not with the day it is, and before a span of more days with the
    span to write (`_weekday_date`); a range across a new year with the year written once with the reading that
    gives both years (`_crossed_year`); so are a text with a
    footnote marker or another sign that folds to digits (``4 June 2019¹``), a reordering control
    (`_refuse_hidden`) or Ethiopic numerals outside a date of the Ethiopian calendar (`_ethiopic_numerals_date`).
    Direction marks and zero-width characters
    are left out (`_INVISIBLE`). A ``datetime.date`` is that day; ``text`` is the value as given (a date's ISO form).
    """
    try:
        return _parse_date(value)
    except NormalizeError as error:
        if isinstance(value, str) and (no_year := _no_year_hint(value, error)):
            raise no_year from None
        raise


def _parse_date(value: object) -> DateSpan:
    """`parse_date` without the hint of a missing year (`_no_year_hint`), which only the text as given gets: the
    forms that read a part of the text (the date after a day of the week) call this."""
    if isinstance(value, dt.datetime):
        raise NormalizeError(f"expected a day without a time of day, got {_show(value)}")
    if isinstance(value, dt.date):
        return DateSpan(value, value, "day", value.isoformat())
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return _parse_date(str(value))
    if not isinstance(value, str):
        raise NormalizeError(f"expected a date as text or an ISO date, got {_show(value)}")
    _refuse_hidden(value, "date")
    if not value.isascii() and _ETHIOPIC_NUMERAL.search(value):
        return _ethiopic_numerals_date(value)
    written = " ".join(_fold(value).replace(",", " ").split())
    if len(written) > _LONGEST:
        raise NormalizeError(f"cannot read a date from {value!r}; expected {_DATE_FORMS}")
    if written.startswith(_DATE_PREPOSITIONS):
        written = written[3:]
    for lead, what in ((_ENGLISH_PART_OF_DAY, "a part of the day"), (_ENGLISH_RELATIVE_DAY, "today or yesterday")):
        # today or yesterday before no date (``yesterday morning``) gets the message of a day named from the
        # statement (`_RELATIVE_DAY`), not that of the words after it
        dated = lead is _ENGLISH_PART_OF_DAY or any(char.isdigit() for char in written)
        if dated and (part := lead.match(written)) and (rest := written[part.end():]):
            try:
                of_day = _parse_date(rest)
            except NormalizeError as error:  # the message names the text as given, not the date after the part
                raise NormalizeError(str(error).replace(repr(rest), repr(value), 1)) from None
            if of_day.precision != "day":
                raise NormalizeError(f"cannot read a date from {value!r}: {what} is read only before one day; "
                                     f"write the date without it ({rest!r})")
            return DateSpan(of_day.start, of_day.end, "day", value)
    if ("juche" in written or "주체" in written) and _JUCHE.search(written):
        written = _juche(written, value)
    if span := _single(written, value):
        return span
    if (shown := _MONTH_DASH_YEAR.fullmatch(written)) and month_number(shown["month"]) is not None:
        # A month and its year joined by a dash, as a spreadsheet shows a date cell formatted mmm-yyyy (`Aug-2024`,
        # `août-2024`): read as the month and year with a space, so that a month word of two languages is refused
        # with its readings as there. Before, it read as a range from the month to the end of the year.
        plain = f"{shown['month']} {shown['year']}"
        try:
            month = parse_date(plain)
        except NormalizeError as error:
            raise NormalizeError(str(error).replace(repr(plain), repr(value), 1)) from None
        if month.precision == "month":
            return DateSpan(month.start, month.end, "month", value)
    if match := _ISO_INTERVAL.fullmatch(written):
        left, right = _iso_part(match["a"], value), _iso_part(match["b"], value)
        if left is not None and right is not None:
            return _span(left[0], right[1], "range", value)
    if span := _english_range(written, value):
        return span
    # The forms below only after the forms above failed: ISO and English dates, nearly all of them, pay nothing for
    # them, and none of them reads a text the forms above read.
    folded = _ORDINAL_DOT.sub("", _roman_months(written))
    if folded != written and (span := _single(folded, value) or _english_range(folded, value)):
        return span
    if span := (_night(folded, value) or _foreign_date(folded, value) or _solar_hijri_date(folded, value)
                or _lunar_hijri_date(written, value) or _ethiopian_date(written, value)):
        return _myanmar_era(span, value) if span.start.year < 1800 else span
    if not written.isascii() and _HAN.search(written) and (span := _chinese_date(written, value)):
        return span
    if not written.isascii() and _HANGUL.search(written) and (span := _korean_date(written, value)):
        return span
    if (digits := _YEAR_FIRST_DIGITS.fullmatch(written)) and (
            hint := _solar_hijri_hint(int(digits["y"]), int(digits["m"]), int(digits["d"]))):
        raise NormalizeError(f"cannot read a date from {value!r}: a date in digits with the year first is not read"
                             f"{hint}")
    if (digits := _YEAR_FIRST_DIGITS.fullmatch(written.removesuffix(".").rstrip())) and int(digits["y"]) >= 1800:
        # The year first, then the month and the day, as Korea, China and Japan write dates in digits (2010.
        # 11. 23.): no source puts the day before the month after a year, so it reads one way only.
        day = _day(int(digits["y"]), int(digits["m"]), int(digits["d"]), value)
        return DateSpan(day, day, "day", value)
    # A Vietnamese day in digits after ngày (day) is day first by its word (`_vietnamese_date_order`): after a day
    # of the week (Thứ Hai, ngày 11/3/2024) it is read below, as the rest of `_weekday_date`.
    if (numeric := _NUMERIC_DATE.search(written)) and not _VI_DAY_IN_DIGITS.search(_plain_letters(written)):
        raise _numeric_date(numeric, value)
    if span := _night_weekdays(written, value) or _weekday_date(written, value):
        return span
    if not value.isascii() and (hebrew_calendar := _hebrew_calendar(value)):
        raise hebrew_calendar
    if not value.isascii() and (myanmar_calendar := _myanmar_calendar(value)):
        raise myanmar_calendar
    if not value.isascii() and (bengali_calendar := _bengali_calendar(value)):
        raise bengali_calendar
    if not value.isascii() and (buddhist_era := _buddhist_era_error(value)):
        raise buddhist_era
    if (since := _SINCE.match(written)) and (since_error := _since_hint(written[since.end():], value)):
        raise since_error
    if (clock := _CLOCK.search(value)) and (clock_error := _clock_hint(value, clock)):
        raise clock_error
    if not any(char.isdigit() for char in written) and _RELATIVE_DAY.search(written):
        raise NormalizeError(
            f"cannot read a date from {value!r}: a day named from the day of the statement (yesterday, today, last "
            "night) is a day the date does not know; write that day, counted from 'stated' (for yesterday, the day "
            "before it), and keep the words in the quote")
    # The forms of other languages are too many for a message; text in another script is pointed to their list.
    others = "" if value.isascii() else f"; {_OTHER_LANGUAGES}"
    raise NormalizeError(f"cannot read a date from {value!r}; expected {_DATE_FORMS}{others}")


#: A day named from the day of the statement, as news writes it ("yesterday's strike", "last night", Arabic أمس,
#: البارحة, اليوم, الليلة الماضية) with no date beside it: refused with what to write where no form reads the text.
_RELATIVE_DAY: Final = re.compile(
    r"\b(?:yesterday|today|tonight|last night|this morning)\b"
    # French (hier, avant-hier, aujourd'hui, la veille, cette nuit, ce matin, la nuit dernière) and Haitian Creole
    # (yè, avantyè, jodi a, yè swa, aswè a, maten an, lannwit pase)
    r"|(?<![\w-])(?:hier|avant-hier|aujourd'hui|aujourd’hui|la veille|cette nuit|ce matin|la nuit dernière"
    r"|yè|avantyè|avan yè|jodi a|aswè a|maten an|lannwit pase)(?![\w'’-])"
    r"|(?<!\w)(?:أمس|امس|البارحة|اليوم|الليلة الماضية|الليلة)(?!\w)")


#: The words of "since" before a day, as a running total is dated (``since 24 March 2021``, ``desde 24 de março de
#: 2021``, ``depuis le 24 mars 2021``, ``seit dem 24. März 2021``, ``منذ 24 مارس 2021``, Haitian Creole ``depi 3
#: oktòb 2024``), folded as dates are.
_SINCE: Final = re.compile(r"(?:since|depuis(?: le)?|desde(?: el| o| a)?|seit(?: dem)?|منذ|depi) ")


def _since_hint(rest: str, value: str) -> NormalizeError | None:
    """The refusal of a date that runs from a day (or a month) to the statement (`_SINCE`), with the span to write;
    None where the rest is no date (the general message then stands)."""
    try:
        span = _parse_date(rest)
    except NormalizeError:
        return None
    return NormalizeError(
        f"cannot read a date from {value!r}: a date since a day runs to the day of the statement, which a date "
        f"does not know; write the span it covers, from {span.start.isoformat()} to the day the source said it "
        f"({span.start.isoformat()}/YYYY-MM-DD)")


#: A year in a date: three digits or more in a row, in any script.
_YEAR_DIGITS: Final = re.compile(r"\d{3,}")
#: Where a year goes beside a day and a month, as the languages read write it: after them (``4 June 2012``, ``2
#: апреля 2016``, ``2 aprel 2016``, ``в ночь с 1 на 2 апреля 2016``), after a comma (``June 4, 2012``), or before
#: them, with the Armenian թ. and the Azerbaijani -ci il (``2016 թ. ապրիլի 2-ին``, ``2016-ci il aprelin 2-də``)
#: or alone (``2016 Haziran sonunda``). A leap year, so that 29 February is a day.
_YEAR_PLACES: Final = ("{} 2000", "{}, 2000", "2000 թ. {}", "2000-ci il {}", "2000 {}")


def _no_year_hint(value: str, error: NormalizeError) -> NormalizeError | None:
    """The refusal of a date that gives a day or a month but no year (``2 April``, ``ապրիլի 2-ին``, ``в ночь с 1 на
    2 апреля``, ``aprelin 2-də``), as statements date the events of their own days, with the form to write: the first
    of `_YEAR_PLACES` that reads with a year (Armenian's own first, for a text in Armenian letters); None where
    ``error`` is no general refusal of the text, the text has a year, or none of them reads (the general message
    then stands)."""
    if not str(error).startswith(f"cannot read a date from {value!r}; expected") or _YEAR_DIGITS.search(value):
        return None
    armenian = any("\u0531" <= ch <= "\u058f" for ch in value)
    for place in sorted(_YEAR_PLACES, key=lambda place: armenian and "թ." not in place):
        try:
            _parse_date(place.format(value))
        except NormalizeError:
            continue
        example = place.format(value).replace("2000", "YYYY")
        return NormalizeError(f"cannot read a date from {value!r}: it gives no year; write the year the source "
                              f"means with it ({example!r}): the year of the events, not always that of the "
                              f"statement")
    return None


#: A time of day in a date, as statements give the hour of an attack (``13 September 2022 at 00:05``, Armenian
#: ``ժամը 00:05-ին``, Azerbaijani ``saat 00:05-də``, Russian ``в 00:05``; Chinese ``3时24分``, ``5时许``, ``3点``, as
#: the coast guard and the army write the hour after the date; Vietnamese ``lúc 3h24``, ``lúc 3 giờ 24 phút``;
#: Filipino ``bandang alas-5 ng umaga``, ``alas-3:24 ng madaling-araw``): refused with the date to write
#: (`_clock_hint`).
_CLOCK: Final = re.compile(
    r"(?:T|,? ?(?:\b(?:at|around|about|à|vers|a las|às|um|в|около|ժամը|saat) )?)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
    r"(?: ?(?:am|pm|a\.m\.|p\.m\.|UTC|GMT|Z|[+-][0-9]{2}:?[0-9]{2}))?(?:-\w+)?,?"
    r"|(?<=[日晨早晚午间間夜])(?:[0-9]{1,2}|[零〇一二两兩三四五六七八九十]{1,3})[时時点點]"
    r"(?:(?:[0-9]{1,2}|[零〇一二三四五六七八九十]{1,3})分)?(?:许|許|左右)?"
    r"|,? ?\b(?:vào )?(?:lúc|khoảng) [0-9]{1,2} ?(?:h|giờ)(?: ?[0-9]{1,2}(?: ?phút)?)?"
    r"|,? ?\b(?:(?:bandang|mga|noong) )?alas[- ](?:[0-9]{1,2}(?::[0-9]{2})?|[a-z]+)"
    r"(?: (?:ng|sa) (?:umaga|hapon|gabi|tanghali|madaling-araw))?", re.IGNORECASE)


#: An ISO day with a time, as spreadsheets save a date cell: `reconcile.load` says what to write and why.
_ISO_DAY_AND_TIME: Final = re.compile(r"\s*[0-9]{4}-[0-9]{2}-[0-9]{2}[T ].*")


def _clock_hint(value: str, clock: re.Match[str]) -> NormalizeError | None:
    """The refusal of a date that gives the time of day (`_CLOCK`), with the date read without it; None where the rest
    is no date (the general message then stands), and for an ISO day with a time, which `reconcile.load` explains
    as a spreadsheet's."""
    if _ISO_DAY_AND_TIME.fullmatch(value):
        return None
    rest = f"{value[: clock.start()]} {value[clock.end():]}".strip(" ,")
    try:
        span = _parse_date(rest)
    except NormalizeError:
        return None
    iso = span.start.isoformat() if span.start == span.end else f"{span.start.isoformat()}/{span.end.isoformat()}"
    written = f"{rest!r}" if rest == iso else f"{rest!r} ({iso})"
    return NormalizeError(f"cannot read a date from {value!r}: a time of day is not read; write the date alone, "
                          f"{written}, and keep the hour in the quote")


def parse_stated(value: object) -> dt.date:
    """Read the date of a statement: exactly one ISO day (``2012-06-04``) or a ``datetime.date``."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        _refuse_hidden(value, "date")
        if match := _ISO_DAY.fullmatch(_fold(value)):
            return _day(int(match["y"]), int(match["m"]), int(match["d"]), value)
    hint = _stated_hint(value) if isinstance(value, str) else ""
    raise NormalizeError(f"expected the statement date as one ISO day like 2012-06-04, got {_show(value)}{hint}")


#: The end of the message for a party name no party has, where nothing more particular is said of it.
ALIAS_HINT: Final = " (another name of a party is added to its aliases in case.yaml)"


def _stated_hint(value: str) -> str:
    """For the message of a statement date that is no ISO day, what the date reader makes of it: the day to write
    where it reads as one day (``4 June 2012``), or why it refuses digits whose order it cannot tell and the day to
    write where only one order is a date (``14/09/2022``); nothing otherwise."""
    try:
        span = _parse_date(value)
    except NormalizeError as exc:
        message, prefix = str(exc), f"cannot read a date from {value!r}: "
        return f"; {message.removeprefix(prefix)}" if message.startswith(prefix) and "write " in message else ""
    return f"; it reads as {span.start.isoformat()}: write that" if span.precision == "day" else ""


def format_date(span: DateSpan) -> str:
    """The canonical text of a span, by precision: ``2012-06-04``, ``2012-06``, ``2012`` or ``2012-06-04/2012-06-10``.

    A span of one day is written as that day; a "month" or "year" span that is not exactly one calendar month or
    year, and any other span of several days, is written as an ISO interval.
    """
    start, end = span.start, span.end
    if start == end:
        return start.isoformat()
    if span.precision == "month" and (start, end) == _month(start.year, start.month, span.text):
        return f"{start.year:04d}-{start.month:02d}"
    if span.precision == "year" and (start, end) == (dt.date(start.year, 1, 1), dt.date(start.year, 12, 31)):
        return f"{start.year:04d}"
    return f"{start.isoformat()}/{end.isoformat()}"


# --------------------------------------------------------------------------------------------------------------
# Counts
# --------------------------------------------------------------------------------------------------------------

#: The largest figure accepted anywhere in a count; larger ones are typos or not casualty figures.
MAX_COUNT: Final = 1_000_000


class Vague(NamedTuple):
    """The interval a vague phrase stands for, and why."""

    low: int
    high: int | None
    reason: str


#: The vague vocabulary: each phrase (folded: lower case, single spaces) with its interval and the reason.
#: docs/normalization.md reproduces this table; a test keeps the two equal.
VAGUE: Final[Mapping[str, Vague]] = MappingProxyType(
    {
        "no": Vague(0, 0, "the source says nobody"),
        "none": Vague(0, 0, "the source says nobody"),
        "nobody": Vague(0, 0, "the source says nobody"),
        "no one": Vague(0, 0, "the source says nobody"),
        "no casualties": Vague(0, 0, "the source says nobody"),
        "no losses": Vague(0, 0, "the source says nobody"),
        "a couple": Vague(2, 3, "two, said loosely: two or three"),
        "a few": Vague(2, 5, "more than one, up to a handful"),
        "a handful": Vague(2, 5, "a small number, read like a few"),
        "several": Vague(3, 9, "more than a couple, fewer than a dozen"),
        "half a dozen": Vague(5, 7, "six, read like about 6 (±20%)"),
        "a dozen": Vague(10, 14, "twelve, read like about 12 (±20%)"),
        "dozen": Vague(10, 14, "a dozen, as headlines write it"),
        "a score": Vague(16, 24, "twenty, read like about 20 (±20%)"),
        "some": Vague(1, None, "at least one; the word sets no upper bound"),
        "a number of": Vague(2, None, "more than one; no upper bound"),
        "many": Vague(6, None, "more than a few (2 to 5)"),
        "numerous": Vague(6, None, "more than a few (2 to 5)"),
        "tens": Vague(20, None, "two tens or more; a common translation of Russian десятки"),
        "dozens": Vague(24, None, "two dozen or more; sources also use it for well over a hundred"),
        "scores": Vague(40, None, "two score or more"),
        "hundreds": Vague(200, None, "two hundred or more"),
        "thousands": Vague(2000, None, "two thousand or more"),
        "tens of thousands": Vague(20000, None, "two tens of thousands or more"),
        "hundreds of thousands": Vague(200000, None, "two hundred thousand or more"),
        "casualties": Vague(1, None, "at least one; the source gives no figure"),
        "suffering casualties": Vague(1, None, "at least one; the source gives no figure"),
        "suffered casualties": Vague(1, None, "at least one; the source gives no figure"),
        "heavy casualties": Vague(1, None, "at least one; heavy is a judgement, not a figure"),
        "losses": Vague(1, None, "at least one; the source gives no figure"),
        "suffering losses": Vague(1, None, "at least one; the source gives no figure"),
        "suffered losses": Vague(1, None, "at least one; the source gives no figure"),
        "heavy losses": Vague(1, None, "at least one; heavy is a judgement, not a figure"),
    }
)

#: The phrases of `VAGUE` that may be followed by "of", as sources write them before a noun: ``dozens of``.
_TAKES_OF: Final = frozenset(
    {"a couple", "a handful", "a score", "tens", "dozens", "scores", "hundreds", "thousands", "tens of thousands",
     "hundreds of thousands"}
)
#: The phrases of `VAGUE` a lower bound may name (``at least several``, ``over dozens``): quantities, not "none" or
#: "casualties"; the bound applies to the phrase's low end.
_BOUNDABLE: Final = frozenset(
    {"a couple", "a few", "a handful", "several", "tens", "dozens", "scores", "hundreds", "thousands",
     "tens of thousands", "hundreds of thousands"}
)

_COUNT_FORMS: Final = (
    "a whole number (3, three, twenty-one), a range (15 to 20, 15-20, between 15 and 20, 15 or 16, a dozen or two), "
    "a bound (at least 4, 4+, more than 10, over 10, just over 10, up to 6, fewer than 5, about 10, nearly 10, "
    "fifty-odd), dozens or scores (two dozen, 2-3 dozen, more than a dozen, two score), a loose multiple "
    "(several dozen, a few hundred), a lower bound on a vague word (at least several), a hedged figure (at least "
    "12, possibly 20; 12, possibly more; 12 confirmed, up to 20 reported), "
    f"one of: {', '.join(VAGUE)} ({', '.join(p for p in VAGUE if p in _TAKES_OF)} also followed by 'of'), "
    "or a mapping {text, low, high}"
)

_UNIT_WORDS: Final = (
    "zero one two three four five six seven eight nine ten "
    "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
)
_UNITS: Final[Mapping[str, int]] = MappingProxyType({word: n for n, word in enumerate(_UNIT_WORDS.split())})
#: The South Asian English numbers: a lakh is 100,000, a crore 10,000,000 (above `MAX_COUNT`, so only ever refused).
_LAKH: Final = 100_000
_CRORE: Final = 10_000_000
#: The words of a loose multiple (`_loose_multiple`): a vague word of the table, and the unit it counts.
_LOOSE_WORDS: Final = frozenset({"a couple", "a couple of", "a few", "several"})
#: ``tens`` counts like the others in tens, as ``several tens`` translates Russian несколько десятков, French plusieurs
#: dizaines.
_LOOSE_UNITS: Final[Mapping[str, int]] = MappingProxyType(
    {"dozen": 12, "score": 20, "hundred": 100, "thousand": 1000, "tens": 10, "lakh": _LAKH, "crore": _CRORE}
)
#: The units of a loose multiple in the plural, each with the unit it is, as Nigerian and South Asian English write
#: them (``several hundreds``, ``a few dozens``, ``several lakhs``); ``tens`` is a unit already.
_LOOSE_PLURALS: Final[Mapping[str, str]] = MappingProxyType({
    **{f"{unit}s": unit for unit in _LOOSE_UNITS if unit != "tens"}, "tens": "tens",
})
#: The units counted like dozens (`_dozens`): ``two dozen``, ``three score``; and ``two tens``, as the Portuguese
#: ``duas dezenas`` and the Spanish ``dos decenas`` (20) are read.
_DOZEN_UNITS: Final[Mapping[str, int]] = MappingProxyType({" dozen": 12, " score": 20, " tens": 10})
_TENS_WORDS: Final = "twenty thirty forty fifty sixty seventy eighty ninety"
_TENS: Final[Mapping[str, int]] = MappingProxyType({word: 10 * n for n, word in enumerate(_TENS_WORDS.split(), 2)})

# Digits, grouped by thousands with commas (1,200) or spaces (12 000, as Russian and Azerbaijani texts write them;
# no-break and thin spaces are spaces once folded), or in the South Asian way, the thousands and then every two digits
# (1,00,000 is 100000, 12,34,567 is 1234567).
_DIGITS: Final = re.compile(
    r"[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?: [0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}"
)
_NEGATIVE: Final = re.compile(r"- ?[0-9]")
_DECIMAL: Final = re.compile(r"[0-9]*\.[0-9]+")
#: A whole number with a decimal point or comma and one or two zeros after it, as spreadsheets and data-frame exports
#: write a column of figures that has a gap (``12.0``, ``12.00``, ``12,0``): that whole number. Three zeros are not
#: read so (`_POINT_GROUPED`).
_WHOLE_DECIMAL: Final = re.compile(r"(?P<whole>[0-9]+)[.,]0{1,2}")
#: Digits grouped by threes with points (``1.200``, ``1.000.000``): thousands in German, French, Spanish or Turkish
#: writing, a fraction in English. Refused, with a message that says how to write the thousands.
_POINT_GROUPED: Final = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
#: The same digits inside a phrase (``más de 1.200``, ``au moins 1.500``), with no digit or point around them.
_POINT_GROUPED_IN: Final = re.compile(r"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{3})+(?![0-9.])")
#: ``a dozen or two``: one or two of the unit.
_OR_TWO: Final = re.compile(r"(?:a|an|one) (?P<unit>dozen|score|hundred|thousand|lakh) or two")
#: A word after a number in brackets, read as if the brackets were not there: ``20 (approx.)``.
_BRACKETED: Final = re.compile(r"(?P<number>[^()]+?) ?\((?P<word>[^()]+)\)")
#: What sources and analysts write where no figure is known: not a count, and not to be read as one.
_NO_FIGURE: Final = frozenset(
    {
        "?",
        "??",
        "???",
        "-",
        "--",
        "unknown",
        "not known",
        "unclear",
        "n/a",
        "na",
        "not given",
        "not stated",
        "not reported",
        "unspecified",
        "undisclosed",
        "tbd",
        "tbc",
        # not a figure the source stands by: a figure it allows is written after one it asserts (`_hedged_count`)
        "unconfirmed",
        "not confirmed",
        "not yet confirmed",
        "unverified",
        "not verified",
        "not yet known",
        # where "an unknown number (of)" says that some were hit (`_VAGUE_SYNONYMS`), a cell's note says the figure
        # is not known
        "unknown number",
        "number unknown",
        # French, as casualty recorders in francophone Africa fill a column where no figure is known: unknown, not
        # available (n/d, nd), not communicated (nc), not given, undetermined, no toll
        "inconnu",
        "inconnue",
        "non connu",
        "n/d",
        "n.d.",
        "nd",
        "nc",
        "n.c.",
        "non communiqué",
        "non précisé",
        "non disponible",
        "non confirmé",
        "indéterminé",
        "pas de bilan",
        "bilan inconnu",
        "bilan non communiqué",
        "bilan non précisé",
    }
)
#: An error value that a spreadsheet writes where a formula fails (Excel's English and French names, LibreOffice's
#: ``Err:502``), saved as text into a CSV cell: no figure, and not a figure the source gave.
_SPREADSHEET_ERROR: Final = re.compile(
    r"#(?:n/a|na|value!|valeur!|ref!|div/0!|name\?|nom\?|num!|nombre!|null!|nul!|spill!|propagation!|calc!|calcul!"
    r"|error!?|getting_data)|err:\d{3}")
_ROMAN: Final = re.compile(r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


#: How a bound word turns the number after (or before) it into an interval.
_Rule = Callable[[int], tuple[int, int | None]]


def _at_least(number: int) -> tuple[int, int | None]:
    return number, None


def _more_than(number: int) -> tuple[int, int | None]:
    return number + 1, None


def _up_to(number: int) -> tuple[int, int | None]:
    return 0, number


def _fewer_than(number: int) -> tuple[int, int | None]:
    return 0, number - 1


def _tolerance(number: int) -> int:
    """20% of N, rounded half up: 2 for 10, 1 for 3, 0 for 1."""
    return (2 * number + 5) // 10


def _about(number: int) -> tuple[int, int | None]:
    """N ± 20%, the tolerance rounded half up: about 10 is 8 to 12, about 3 is 2 to 4, about 1 is exactly 1."""
    tolerance = _tolerance(number)
    return number - tolerance, number + tolerance


def _nearly(number: int) -> tuple[int, int | None]:
    """Up to 20% below N, and N itself: nearly 10 is 8 to 10."""
    return _about(number)[0], number


def _just_over(number: int) -> tuple[int, int | None]:
    """More than N by up to 20% (at least by one): just over 20 is 21 to 24, just over 3 is exactly 4."""
    return number + 1, number + max(1, _tolerance(number))


def _just_under(number: int) -> tuple[int, int | None]:
    """Fewer than N by up to 20% (at least by one), mirroring `_just_over`: just under 20 is 16 to 19, just under 3
    is exactly 2."""
    return number - max(1, _tolerance(number)), number - 1


def _odd(number: int) -> tuple[int, int | None] | None:
    """N and some more, short of the next step of N's last non-zero digit: fifty-odd is 50 to 59, 100-odd is 100 to
    199; None where N does not end in 0 (``35-odd`` says nothing the number does not)."""
    if number < 10 or number % 10:
        return None
    step = 10
    while number % (10 * step) == 0:
        step *= 10
    return number, number + step - 1


_BOUND_WORDS: Final[tuple[tuple[_Rule, tuple[str, ...]], ...]] = (
    (
        _at_least,
        (
            "at least",
            "no fewer than",
            "no less than",
            "not less than",
            "a minimum of",
            "upwards of",
            "minimum",
            "minimum of",
            "min.",
            "min",
        ),
    ),
    (_more_than, ("more than", "over", "above", "in excess of", "well in excess of", "well over", "well above")),
    (
        _up_to,
        (
            "up to",
            "at most",
            "no more than",
            "not more than",
            "as many as",
            "a maximum of",
            "maximum",
            "maximum of",
            "max.",
            "max",
        ),
    ),
    (_fewer_than, ("fewer than", "less than", "under", "below")),
    (
        _about,
        (
            "about",
            "around",
            "approximately",
            "approx.",
            "approx",
            "roughly",
            "some",
            "circa",
            "ca.",
            "c.",
            "~",
            "an estimated",
            "estimated",
            "est.",
        ),
    ),
    (_nearly, ("nearly", "almost", "close to")),
    (_just_under, ("just under", "just below", "a little under", "a little below", "a little less than",
                   "slightly under", "slightly below", "slightly less than")),
    (
        _just_over,
        (
            "just over",
            "just above",
            "a little over",
            "a little above",
            "a little more than",
            "slightly over",
            "slightly above",
            "slightly more than",
        ),
    ),
)
#: Words before a number, longest first so that "no more than" is not read as "no".
_PREFIXES: Final = tuple(
    sorted(((word, rule) for rule, words in _BOUND_WORDS for word in words), key=lambda pair: -len(pair[0]))
)
#: Words after a number.
_SUFFIXES: Final[tuple[tuple[str, _Rule], ...]] = (
    ("+", _at_least),
    (" or more", _at_least),
    (" and more", _at_least),
    (" or fewer", _up_to),
    (" or less", _up_to),
    (" or so", _about),
    ("-plus", _at_least),
    (" plus", _at_least),
    (" and above", _at_least),
    (" and over", _at_least),
    (" at least", _at_least),
    (" minimum", _at_least),
    (" min.", _at_least),
    (" at most", _up_to),
    (" maximum", _up_to),
    (" max.", _up_to),
    (" max", _up_to),
    (" approx.", _about),
    (" approx", _about),
    (" approximately", _about),
    (" or thereabouts", _about),
    (" est.", _about),
)


#: A number read from a token list: (value, index of the next token), or None.
_Found = tuple[int, int] | None


def _small(tokens: list[str], at: int) -> _Found:
    """0-99 from ``tokens[at:]``: a unit word, a tens word, or tens and a unit (``twenty one``); (value, next)."""
    if at >= len(tokens):
        return None
    word = tokens[at]
    if word in _UNITS:
        return _UNITS[word], at + 1
    if word in _TENS:
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        if 1 <= _UNITS.get(following, 0) <= 9:
            return _TENS[word] + _UNITS[following], at + 2
        return _TENS[word], at + 1
    return None


def _and_rest(tokens: list[str], at: int, value: int, part: Callable[[list[str], int], _Found]) -> _Found:
    """After "hundred" or "thousand": ``value`` plus an optional ``[and] <part>`` that is not zero."""
    skip = at + 1 if at < len(tokens) and tokens[at] == "and" else at
    rest = part(tokens, skip)
    if rest is not None and rest[0] > 0:
        return value + rest[0], rest[1]
    return value, at


def _below_thousand(tokens: list[str], at: int) -> _Found:
    """0-999: ``<1-9|a|an> hundred [[and] <1-99>]`` or ``<0-99>``."""
    if at + 1 < len(tokens) and tokens[at + 1] == "hundred":
        multiplier = 1 if tokens[at] in ("a", "an") else _UNITS.get(tokens[at], 0)
        return _and_rest(tokens, at + 2, 100 * multiplier, _small) if 1 <= multiplier <= 9 else None
    return _small(tokens, at)


def _thousands(tokens: list[str], at: int) -> _Found:
    """0-999,999: ``[<1-999|a|an> thousand [and]] <0-999>``."""
    if tokens[at : at + 1] in (["a"], ["an"]) and tokens[at + 1 : at + 2] == ["thousand"]:
        return _and_rest(tokens, at + 2, 1000, _below_thousand)
    found = _below_thousand(tokens, at)
    if found is not None and found[0] > 0 and tokens[found[1] : found[1] + 1] == ["thousand"]:
        found = _and_rest(tokens, found[1] + 1, 1000 * found[0], _below_thousand)
    return found


#: The South Asian units above the thousands, the largest first, with their plurals (``five lakhs``).
_LARGE_UNITS: Final = ((frozenset({"crore", "crores"}), _CRORE), (frozenset({"lakh", "lakhs"}), _LAKH))


def _large(tokens: list[str], at: int, units: Sequence[tuple[frozenset[str], int]] = _LARGE_UNITS) -> _Found:
    """A number with the South Asian units (`_LARGE_UNITS`) before its thousands: ``[<1-99|a|an> crore [and]]
    [<1-99|a|an> lakh [and]]`` and what is below a lakh (`_thousands`), as in ``two lakh fifty thousand``."""
    if not units:
        return _thousands(tokens, at)
    (names, size), smaller = units[0], units[1:]
    count = (1, at + 1) if tokens[at : at + 1] in (["a"], ["an"]) else _small(tokens, at)
    if count is None or count[0] == 0 or (tokens[count[1]] if count[1] < len(tokens) else "") not in names:
        return _large(tokens, at, smaller)

    def below(rest_tokens: list[str], rest_at: int) -> _Found:
        rest = _large(rest_tokens, rest_at, smaller)
        return rest if rest is None or rest[0] < size else None

    return _and_rest(tokens, count[1] + 1, size * count[0], below)


def _words(text: str) -> int | None:
    """An English number in words; a, an and one are 1.

    Grammar: ``[<1-999|a|an> thousand [and]] [<1-9|a|an> hundred [and]] [<tens>[-<unit>] | <0-19>]``, as in
    ``twenty-one``, ``a hundred``, ``one hundred and five``, ``two thousand three hundred``; before it, in South Asian
    English, ``<1-99|a|an> lakh`` (100,000) and ``<1-99|a|an> crore`` (10,000,000) with what is below them
    (`_large`): ``two lakh fifty thousand``.
    """
    tokens = text.replace("-", " ").split()
    if tokens in (["a"], ["an"]):
        return 1
    found = _large(tokens, 0)
    return found[0] if found is not None and found[1] == len(tokens) else None


def _number(text: str) -> int | None:
    """A whole number in digits (``3``, ``1,200``, ``12 000``) or words; None if ``text`` is not one."""
    text = text.strip()
    if _DIGITS.fullmatch(text):
        digits = text.replace(",", "").replace(" ", "").lstrip("0") or "0"
        return int(digits) if len(digits) <= len(str(MAX_COUNT)) else MAX_COUNT + 1
    return _words(text)


def _dozens(text: str) -> int | None:
    """``N dozen`` (``a dozen``, ``two dozen``, ``3 dozen``) as 12 N, ``N score`` as 20 N; None if ``text`` is
    neither."""
    for unit, size in _DOZEN_UNITS.items():
        head, found, tail = text.rpartition(unit)
        if found and not tail and (number := _number(head)) is not None and number >= 1:
            return size * number
    return None


def _amount(text: str) -> int | None:
    """A whole number (`_number`) or a number of dozens or scores (`_dozens`), as inside a bound: ``more than a
    dozen``."""
    number = _number(text)
    return number if number is not None else _dozens(text)


#: The number words that multiply the number before them (`_shared_multiplier`): ``three hundred thousand`` is three
#: times 100,000.
_MULTIPLIERS: Final[Mapping[str, int]] = MappingProxyType(
    {"hundred": 100, "thousand": 1000, "lakh": _LAKH, "lakhs": _LAKH}
)


def _shared_multiplier(low_text: str, low: int, high_text: str) -> int:
    """What a range's first number is multiplied by: the multiplier words that end its second number where the
    first is a bare number below the second's own (``two to three hundred``: 200 to 300, as the source says it;
    ``twenty to thirty thousand``: 20,000 to 30,000); otherwise 1.

    The first number is bare when it has no multiplier of its own (``two hundred to three hundred thousand`` keeps
    200). It takes the multiplier only when it is below the number the multiplier counts (the 3 of three hundred):
    ``ninety to a hundred`` is 90 to 100, ``twenty to three hundred`` 20 to 300, never a range that runs backwards.
    """
    if any(word in _MULTIPLIERS for word in low_text.replace("-", " ").split()):
        return 1
    words, size = high_text.replace("-", " ").split(), 1
    while len(words) > 1 and words[-1] in _MULTIPLIERS:
        size *= _MULTIPLIERS[words.pop()]
    head = _number(" ".join(words)) if size > 1 else None
    return size if head is not None and low < head else 1


def _range(text: str, separator: str) -> tuple[int, int] | None:
    """Two numbers joined by ``separator``, trying each occurrence in turn (number words contain "and", "-");
    a multiplier word after the second number multiplies a bare first one too (`_shared_multiplier`: ``two to three
    hundred``); ``A to B dozen`` counts both ends in dozens, as ``A dozen to B dozen`` does (and so for scores). The
    article alone is no end of a range: it is one before a word it counts (``a hundred``) or alone, and ``20-an``
    (Indonesian: in the twenties) is no range from 20 to 1."""
    at = text.find(separator, 1)
    while at > 0:
        low_text, high_text = text[:at], text[at + len(separator) :]
        low, high = _number(low_text), _number(high_text)
        if low is not None and high is not None and {low_text.strip(), high_text.strip()}.isdisjoint(("a", "an")):
            return low * _shared_multiplier(low_text, low, high_text), high
        at = text.find(separator, at + 1)
    for unit, size in _DOZEN_UNITS.items():
        head, found, tail = text.rpartition(unit)
        if found and not tail and (pair := _range(head, separator)) is not None and pair[0] >= 1:
            return size * pair[0], size * pair[1]
    low_high = [_dozens(part) for part in text.split(separator)]
    if len(low_high) == 2 and low_high[0] is not None and low_high[1] is not None:
        return low_high[0], low_high[1]
    return None


def _loose_multiple(text: str) -> tuple[int, int] | None:
    """``a couple of``/``a few``/``several`` ``dozen``/``hundred``/``thousand``: the vague word's interval (`VAGUE`)
    times the unit, e.g. ``several dozen`` is 3 to 9 dozen, 36 to 108; the unit also in the plural, and then also
    followed by "of", as the plurals of `VAGUE` are (``several hundreds``, ``a few dozens of``: `_LOOSE_PLURALS`);
    None if ``text`` is not that."""
    head, _, unit = text.rpartition(" ")
    if unit == "of":
        head, _, unit = head.rpartition(" ")
        if unit not in _LOOSE_PLURALS:
            return None
    size = _LOOSE_UNITS.get(_LOOSE_PLURALS.get(unit, unit))
    if size is None:
        return None
    vague = VAGUE.get(head.removesuffix(" of")) if head in _LOOSE_WORDS else None
    if vague is None or vague.high is None:
        return None
    return vague.low * size, vague.high * size


#: The words statements put before losses and casualties with no figure, as other languages' tables read theirs
#: (`_LOSS_WORDS`: значительные потери, pertes importantes): heavy losses and casualties, at least one. Huge losses
#: stays the analyst's own reading (the mapping form).
_HEAVY_SYNONYMS: Final[Mapping[str, str]] = {
    **{f"{verb}{adjective} {noun}": f"heavy {noun}"
       for adjective in ("significant", "considerable", "serious", "severe", "major", "substantial", "large", "big")
       for noun in ("losses", "casualties") for verb in ("", "suffering ", "suffered ")},
    **{f"{verb}heavy {noun}": f"heavy {noun}"
       for noun in ("losses", "casualties") for verb in ("suffering ", "suffered ")},
}

#: Dead or casualties said to exist with no figure, as officials say so before they give one (``there are dead``,
#: ``there were casualties``, ``some dead``): at least one, as ``casualties`` and the Russian ``есть погибшие``, the
#: Armenian ``կան զոհեր`` are read. ``dead`` alone stays refused (a word after a figure, or none).
_THERE_ARE_DEAD: Final[Mapping[str, str]] = {
    **{f"{lead} {noun}": "losses" if noun == "losses" else "casualties"
       for lead in ("there are", "there were", "there have been", "some")
       for noun in ("dead", "casualties", "fatalities", "deaths", "victims", "losses")
       if (lead, noun) != ("some", "losses")},
}

#: Phrases of British and South Asian English that say what a phrase of `VAGUE` says, read as it: ``casualties:
#: nil`` is none; ``lakhs`` (two lakh or more) is ``hundreds of thousands``.
_VAGUE_SYNONYMS: Final[Mapping[str, str]] = MappingProxyType({
    "nil": "no",
    "nil casualties": "no casualties",
    "lakhs": "hundreds of thousands",
    # many, in other words
    "a large number": "many",
    "a great number": "many",
    # some were hit, with no figure: at least one, as casualties
    "an unspecified number": "casualties",
    "an unknown number": "casualties",
    "an undisclosed number": "casualties",
    "an undetermined number": "casualties",
    # "some hundreds", "many dozens (of)": the plural unit is the figure (hundreds: two hundred or more); the word
    # before it bounds nothing more
    **{f"{word} {unit}": unit for word in ("some", "many")
       for unit in ("tens", "dozens", "scores", "hundreds", "thousands", "tens of thousands", "hundreds of thousands")},
    **_HEAVY_SYNONYMS,
    **_THERE_ARE_DEAD,
})
#: The synonyms that may be followed by "of", as the phrases of `_TAKES_OF`: ``an unknown number of``.
_SYNONYMS_TAKING_OF: Final = frozenset(_VAGUE_SYNONYMS) - {"nil", "nil casualties", "lakhs", *_HEAVY_SYNONYMS,
                                                           *_THERE_ARE_DEAD}


def _vague(text: str) -> Vague | None:
    """The `VAGUE` phrase ``text`` is (or a synonym of one, `_VAGUE_SYNONYMS`), also followed by "of" where the
    phrase takes it (``dozens of``)."""
    if (vague := VAGUE.get(_VAGUE_SYNONYMS.get(text, text))) is not None:
        return vague
    head, found, tail = text.rpartition(" of")
    if found and not tail and head in _SYNONYMS_TAKING_OF:
        return VAGUE[_VAGUE_SYNONYMS[head]]
    head = _VAGUE_SYNONYMS.get(head, head)
    return VAGUE[head] if found and not tail and head in _TAKES_OF else None


def _vague_low(text: str) -> int | None:
    """The low end of a quantity a lower bound may name: a `_BOUNDABLE` phrase (``several``, ``dozens of``) or a
    loose multiple (``a few hundred``); None if ``text`` is neither."""
    vague = _vague(text)
    if vague is not None:
        phrase = text.removesuffix(" of")
        return vague.low if _VAGUE_SYNONYMS.get(phrase, phrase) in _BOUNDABLE else None
    loose = _loose_multiple(text)
    return None if loose is None else loose[0]


def _suffixed(folded: str) -> tuple[int, int | None] | None:
    """A number followed by a bound word (`_SUFFIXES`: ``4+``, ``10 or so``) or by "odd" (``fifty-odd``), the word
    also in brackets (``20 (approx.)``); None if ``folded`` is none of these."""
    texts = [folded]
    if bracketed := _BRACKETED.fullmatch(folded):
        texts.append(f"{bracketed['number']} {bracketed['word']}")
    for text in texts:
        for suffix, rule in _SUFFIXES:
            if text.endswith(suffix) and (number := _amount(text[: -len(suffix)])) is not None:
                return rule(number)
            if rule is _about and text.endswith(suffix) and (pair := _range_pair(text[: -len(suffix)])):
                return pair  # "150-200 or so": the range, as "about 150-200" is
        for suffix in ("-odd", " odd"):
            number = _number(text[: -len(suffix)]) if text.endswith(suffix) else None
            if number is not None and (odd := _odd(number)) is not None:
                return odd
    return None


#: Digits and a number word after them (``2 thousand``, ``1.5 lakh``, ``2,5 thousand``, ``3 ten thousand``): not
#: read, as the word may be a noun (``3 hundred soldiers``) or the digits a slip; the message says which figure to
#: write. A comma before three digits groups them (``1,500``), as in a figure alone; before one or two it is a
#: decimal comma (``2,5``), as no grouping is. Counts of other languages come here in their English words
#: (`_digits_and_multiplier`), where a myriad is ``ten thousand`` (Thai หมื่น), a lakh ``a lakh`` (Swahili
#: ``laki``) and a word may be plural (Russian ``3 тысячи``, ``3 thousands``).
_DIGITS_AND_WORD: Final = re.compile(
    r"(?<![\w.,])(?P<digits>[0-9]+(?:(?:,[0-9]{2,3})*,[0-9]{3}(?:\.[0-9]+)?|[.,][0-9]+)?) ?"
    r"(?P<unit>(?:a |one )?(?:(?:ten|hundred) )?(?:hundred|thousand|lakh|crore|million)s?)(?![\w])"
)
_WORD_SIZES: Final[Mapping[str, int]] = MappingProxyType(
    {"ten": 10, "hundred": 100, "thousand": 1000, "lakh": _LAKH, "crore": _CRORE, "million": 1_000_000}
)
#: Digits with a decimal comma: one or two digits after it, which no grouping of thousands has.
_DECIMAL_COMMA: Final = re.compile(r"[0-9]+,[0-9]{1,2}")


#: The first number and the separator of a range of digits whose second number has a number word after it (``15 to
#: 20 thousand``), with the words before a range.
_DIGITS_RANGE: Final = re.compile(
    r"(?P<lead>between |from )?(?P<low>[0-9]+(?:,[0-9]{3})*)(?P<separator> ?- ?| to | and | or )"
)
_NOT_TOGETHER: Final = ": digits and a number word are not read together"


def _digits_and_word(english: str) -> str | None:
    """The hint for a count in English words with digits and a number word (`_DIGITS_AND_WORD`): the text with the
    figure in digits where that reads (``more than 200000``, not ``2000 soldiers``), or that it is above `MAX_COUNT`
    where it would read below it; that the figure is to be written in digits where no figure reads (``20 one lakh
    twenty thousand``: no product is the source's figure); None for other texts."""
    found = _DIGITS_AND_WORD.search(english)
    if found is None:
        return None
    unknown = f"{_NOT_TOGETHER}; write the figure in digits"
    before, after = english[: found.start()], english[found.end() :]
    digits = found["digits"]
    head = Fraction(digits.replace(",", ".") if _DECIMAL_COMMA.fullmatch(digits) else digits.replace(",", ""))
    size = math.prod(_WORD_SIZES.get(word.removesuffix("s"), 1) for word in found["unit"].split())
    if any(char.isdigit() for char in after):
        return unknown
    if any(char.isdigit() for char in before):
        # "15 to 20 thousand" is no "15 to 20000": the word counts both ends, as in "fifteen to twenty thousand"
        # (`_shared_multiplier`)
        shared = _DIGITS_RANGE.fullmatch(before)
        low = None if shared is None else _number(shared["low"])
        if shared is None or low is None:
            return unknown
        before = f"{shared['lead'] or ''}{low * size if low < head else low}{shared['separator']}"
    figure = head * size
    if figure.denominator != 1:
        return unknown
    written = f"{before}{int(figure)}{after}"
    try:
        reads = _english_count(written, written) is not None
    except NormalizeError as error:  # above the limit, or a bound that passes it (more than 1000000)
        if not str(error).startswith("expected figures of at most"):
            return unknown
        shown = f"{int(figure):,}" if figure > MAX_COUNT else repr(written)
        return f": that is {shown}, above the largest figure accepted ({MAX_COUNT:,})"
    return f"{_NOT_TOGETHER}; write {written!r}" if reads else unknown


def _digits_and_multiplier(folded: str) -> str:
    """The hint for a count with digits and a number word that multiplies them, in English (``3 thousand``) or in
    any of `_LANGUAGES` (``3 тысячи``, ``более 3 тысяч``, ``3 mille``, ``elfu 3``): the figure to write, as
    `_digits_and_word` gives it for the text in English words (`_english_forms`); nothing for other texts.

    Each language's own words of a hundred, a thousand, a lakh or a myriad say which words multiply, as its readers
    read them; the message may not offer the digits alone (``write '3'``), which would record a figure a thousand
    times too small."""
    if not any(char.isdigit() for char in folded):
        return ""
    # the word may be written onto the digits (Bengali ৩হাজার, Amharic 3ሺህ), as the figure is meant alike
    texts = dict.fromkeys((folded, _DIGIT_LETTER.sub(" ", folded)))
    for text in texts:
        for english in (text, *_english_forms(text)):
            if (hint := _digits_and_word(english)) is not None:
                return hint
    # words no language reads as a count beside them (3 тысячи солдат): no figure to name, and no digits alone
    words = [word for text in texts for word in text.split()]
    if any((_FIGURE_WORD.fullmatch(first) and _multiplies(second))
           or (_multiplies(first) and _FIGURE_WORD.fullmatch(second)) for first, second in itertools.pairwise(words)):
        return f"{_NOT_TOGETHER}; write the figure in digits"
    return ""


def _english_forms(folded: str) -> Iterator[str]:
    """``folded`` in the English words of each of `_LANGUAGES` whose tables hold all its words, in the forms
    `_count_in` reads (a bound after the number, a range, the words as they stand), digits kept as they are. A word
    the language writes before the number it counts (`_counts_after`: Swahili ``elfu 3``, ``elfu tatu``: 3,000)
    is put after the digits first, where English has it."""
    for language in _LANGUAGES:
        text = _language_text(language, folded)
        if text is None:
            continue
        if first := _counts_after(language):
            text = re.sub(rf"(?<!\S)({_alternatives(first)}) (?=[0-9])(\S+)", r"\2 \1", text)
        yield from _after_bounds(text, language)
        yield from (f"from {low} to {high}" for low, high in _range_ends(text, language))
        if english := _count_words(text, language.counts):
            yield english


@functools.cache
def _counts_after(language: _Language) -> frozenset[str]:
    """The words of a hundred or more that ``language`` writes before the number that counts them, as its number
    words show: Swahili ``elfu tatu`` is 3,000, ``mia tatu`` 300, ``laki tatu`` 300,000, where Russian ``тысяча
    три`` is 1,003."""
    english = language.counts.english
    words: set[str] = set()
    for phrase, meaning in english.items():
        first, _, rest = phrase.partition(" ")
        if first in words or rest not in english or first not in english:
            continue
        size, counted = _number(_counted_alone(english[first])), _number(_counted_alone(english[rest]))
        if size is not None and size >= 100 and counted and _number(_counted_alone(meaning)) == size * counted:
            words.add(first)
    return frozenset(words)


def _multiplies(word: str) -> bool:
    """Whether ``word`` multiplies the count before it, in English (`_MULTIPLIER_WORDS`) or in any of `_LANGUAGES`
    (``тысячи``, ``mille``, ``หมื่น``): a word whose English ends with one of them."""
    plain = _plain_letters(word)
    return any(english.rpartition(" ")[2] in _MULTIPLIER_WORDS
               for english in (word, *(language.counts.english.get(plain, "-") for language in _LANGUAGES)))


#: Words that multiply the count before them (``some hundred``, ``a few lakh``): after a head that reads alone, the
#: head alone is not what the source said, so `_words_after` offers no head to write.
_MULTIPLIER_WORDS: Final = frozenset((
    "ten", "tens", "dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands", "lakh",
    "lakhs", "crore", "crores", "million", "millions",
))


def _words_after(folded: str) -> str:
    """The hint for a count with words after it that are no figure (``scores of terrorists``, ``20 soldiers``,
    ``une dizaine de morts``): the count to write, the longest run of words at the start that reads as one; nothing
    where none does, or where the words after it are a number (``one two``: no count with a noun)."""
    words = folded.split()
    for end in range(len(words) - 1, 0, -1):
        head, rest = " ".join(words[:end]), " ".join(words[end:])
        try:
            reads = (_english_count(head, head) or _foreign_count(head, head)) is not None
        except NormalizeError:
            reads = False
        if reads:
            if together := _together_hint(head, rest, folded):
                return together
            if ("(" in rest or any(char.isdigit() for char in rest) or _number_beside(head, rest)
                    or _multiplies(rest.split()[0])):
                # a number, or a unit that multiplies the head ("some hundred", "3 тысячи солдат"): no head alone
                # is meant
                return ""
            if summed := _sum_hint(head, rest):
                return summed
            other = next((word for word in rest.split() if word not in ("a", "an") and _number(word) is not None),
                         None)
            if other is not None:
                # "an officer and two soldiers": the head is one figure of several, and alone it is no toll
                return (f": the words after {head!r} give another figure ({other!r}), so {head!r} alone is not the "
                        "toll; write the figures added up, or each group in a casualty entry of its own, and keep "
                        "the source's words in the quote")
            return (f": a figure is read without the words after it ({rest!r}); write {head!r} and keep the "
                    "source's words in the quote")
    return ""


#: The words of "and" that join the parts of a number written as a sum: Pashto ``پنځوس او اته`` (fifty and eight,
#: 58), Persian ``و``, Urdu ``اور``, as `_words_after` meets them after a head that reads alone.
_SUM_AND: Final = frozenset(("او", "و", "اور"))


def _sum_hint(head: str, rest: str) -> str:
    """The hint for a number written as a sum that is not read (``پنځوس او اته``: fifty and eight): the words after
    ``head`` are "and" and a number word, so ``head`` alone is only a part of the figure; nothing otherwise."""
    words = rest.split()
    if len(words) < 2 or words[0] not in _SUM_AND:
        return ""
    part = words[1]
    try:
        found = _foreign_count(part, part)
    except NormalizeError:
        found = None
    if _number(part) is None and (found is None or found.high is None):
        return ""
    return (f": {f'{head} {words[0]} {part}'!r} is a number written as a sum, which is not read, and {head!r} "
            "alone is only a part of it; write the figure in digits and keep the source's words in the quote")


#: Words after a count that count the killed and the wounded together (``43 casualties``, ``43 dead and injured``,
#: Hindi ``43 हताहत``, Chinese ``43人伤亡``, Korean ``43명 사상자``, Bengali ``৪৩ জন হতাহত``): the count is neither
#: figure alone, so the hint for it never offers the count as the figure to write.
_KILLED_AND_WOUNDED: Final = frozenset((
    "casualties", "casualty", *(f"{dead} {joint} {hurt}" for dead in ("killed", "dead") for joint in ("and", "or")
                                 for hurt in ("wounded", "injured")),
    "हताहत", "伤亡", "死伤", "人员伤亡", "사상자", "হতাহত",
))


def _together_hint(head: str, rest: str, folded: str) -> str:
    """The hint for a count followed by words that count the killed and the wounded together (`_KILLED_AND_WOUNDED`):
    ``43 casualties including dead and seriously injured`` is no figure of the killed, nor of the wounded; else
    nothing."""
    words = rest.replace(",", " ").split()
    together = next((" ".join(words[:size]) for size in (3, 1) if " ".join(words[:size]) in _KILLED_AND_WOUNDED),
                    None) or next((word for word in sorted(_KILLED_AND_WOUNDED, key=len, reverse=True)
                                   if not word.isascii() and rest.startswith(word)), None)  # 死伤人员: no spaces
    if together is None:
        return ""
    try:
        count = _parse_count_text(head)
    except NormalizeError:
        return ""
    bounds = "" if count.high is None else f", high: {count.high}"
    return (f": {together!r} counts the killed and the wounded together, so {head!r} is no figure of the killed, nor "
            "of the wounded; write the figure of each that the source gives, or, where it gives none, your reading "
            f"in the mapping form ({{text: {folded!r}, low: 0{bounds}}}) and keep the source's words in the quote")


def _number_beside(head: str, rest: str) -> bool:
    """Whether ``rest`` is one number in a language ``head`` is a count of, or in any language after an English or
    digits ``head``: ``one two`` and ``ዕስራ ሓሙሽተ`` are numbers side by side, but the Tigrinya ``ብዙሓት ሰባት`` is many
    people, though ሰባት is seven in Amharic, in whose counts ብዙሓት is none."""
    readers = []
    for language in _LANGUAGES:
        try:
            if _count_in(language, head, head) is not None:
                readers.append(language)
        except NormalizeError:
            continue
    if not readers:
        return _one_number(rest) is not None
    for language in readers:
        try:
            number = _count_in(language, rest, rest)
        except NormalizeError:
            continue
        if number is not None and number.low == number.high:
            return True
    return _number(rest) is not None


def _words_around(folded: str) -> str:
    """The hint for a count written with a noun before its number, as languages whose nouns come first write it
    (Swahili ``watu 13 wameuawa``: people 13 have been killed; ``zaidi ya watu 700``: more than 700 people): the count
    to write, the text without the words no table of a language holds, where it reads in one of `_LANGUAGES`; nothing
    where none does. A word left out before the count's last word must be a noun of people of that language
    (``nouns``): an unknown word there may be a bound (Dutch ``tot 20``: up to 20), which no hint may drop; and
    no word may be left out between two figures in digits (``13 wameuawa na 20 kujeruhiwa``: 13 killed and 20
    wounded, two figures and not one)."""
    plain = _plain_letters(folded)
    words = [(found.start(), found.end(), found[0]) for found in re.finditer(r"\S+", plain)]
    figures = [at for at, (_, _, word) in enumerate(words) if any(char.isdigit() for char in word)]
    best: list[int] | None = None
    for language in _LANGUAGES:
        if not language.nouns:
            continue
        spans = [found.span() for found in language.counts.pattern.finditer(plain)]
        leads = {word for lead, _, close in language.ranges for word in (lead + close).split()}  # kati ya 10 na 15
        unknown = [at for at, (start, end, word) in enumerate(words) if any(char.isalpha() for char in word)
                   and word not in leads and not any(first <= start and end <= last for first, last in spans)]
        last = max((at for at in range(len(words)) if at not in unknown), default=-1)
        if (not unknown or last < 0 or (best is not None and len(unknown) >= len(best))
                or any(at < last and words[at][2] not in language.nouns for at in unknown)
                or (figures and any(figures[0] < at < figures[-1] for at in unknown))):
            continue
        kept = " ".join(word for at, (_, _, word) in enumerate(words) if at not in unknown)
        try:
            reads = (_english_count(kept, kept) or _foreign_count(kept, kept)) is not None
        except NormalizeError:
            reads = False
        if reads:  # the language that leaves out the fewest words
            best = unknown
    if best is None or any(_multiplies(words[at][2]) for at in best):
        return ""  # a word that multiplies the figure (3 mille): the figure alone is not what the source said
    kept = " ".join(word for at, (_, _, word) in enumerate(words) if at not in best)
    left = ", ".join(repr(words[at][2]) for at in best)
    return (f": a figure is read without the words around it ({left}); write {kept!r} and keep the source's words "
            "in the quote")
def _words_before(folded: str) -> str:
    """The hint for a Thai, Khmer or Burmese count with words before it that are no figure, as they write the verb or
    the noun before the number and its classifier (``เสียชีวิต 12 ราย``, 12 died; ``ทหาร 5 นาย``, 5 soldiers; ``ស្លាប់
    ១៣ នាក់``; ``လူ ၁၀၀ ကျော်``, more than 100 people; ``အရပ်သား၁၀ဦး``, 10 civilians, a Burmese noun written onto the
    number or not): the count to write, the longest run of words at the end that reads as one; nothing where none
    does."""
    if _BURMESE_LETTER.search(folded):
        folded = _BURMESE_BEFORE_DIGITS.sub(" ", folded)
    elif not (_THAI_LETTER.search(folded) or _KHMER_LETTER.search(folded)):
        return ""
    words = folded.split()
    for start in range(1, len(words)):
        tail = " ".join(words[start:])
        try:
            reads = _foreign_count(tail, tail) is not None
        except NormalizeError:
            reads = False
        if reads:
            return (f": a figure is read without the words before it ({' '.join(words[:start])!r}); write {tail!r} "
                    "and keep the source's words in the quote")
    return ""


#: Where a Burmese word ends on the digits after it (``လူ၁၀၀``, people 100), as Burmese writes no spaces.
_BURMESE_BEFORE_DIGITS: Final = re.compile("(?<=[\u1000-\u103f\u1050-\u109f])(?=[0-9\u1040-\u1049])")

#: A number after a number sign (``№ 3``, ``No. 3``, ``nº 3``, ``n° 3``, ``#3``): the number of a post, a unit or a
#: position, as a place or a unit is named, never a figure of casualties.
_NUMBER_SIGN: Final = re.compile(r"(?<![^\W\d_])(?:№|#|n\.?[oº°]\.?) ?[0-9]+", re.IGNORECASE)


#: An Arabic noun of the dead, the wounded, the captured or the missing in the dual, which is how Arabic writes "two
#: killed" (قتيلان, قتيلين; شهيدان, two martyrs; جريحان; جنديين, two soldiers): no figure to read, but the message
#: says it is two (`_unread`).
_ARABIC_DUAL: Final = re.compile(
    "(?:ال)?(?:قتيل|شهيد|جريح|مصاب|اسير|أسير|مفقود|جندي|مدني|شخص|عنصر|طفل|مهاجر|مسلح|ضحيت|اصابت|إصابت)(?:ان|ين)")


def _unread(value: str, folded: str) -> NormalizeError:
    """The error for a text that is no count form, with a hint where the text says why it is not one."""
    if folded in _NO_FIGURE:
        hint = ": where the source gives no figure, leave the field out"
    elif _SPREADSHEET_ERROR.fullmatch(folded):
        hint = (": it is a spreadsheet's error value (its formula failed), not a figure; write the figure the source "
                "gives, or leave the cell empty where it gives none")
    elif folded.startswith("=") and len(folded) > 1:
        hint = (": it is a spreadsheet formula saved as its text (the cell was formatted as Text, or formulas were "
                "saved instead of values); write the figure the source gives, in digits, as it gives it")
    elif numbered := _NUMBER_SIGN.search(value):
        hint = (f": {numbered[0]!r} is the number of something (a post, a unit), not a figure; write the figure the "
                "source gives, or leave the field out where it gives none")
    elif _ROMAN.fullmatch(value.strip()):
        hint = ": Roman numerals are not read, write the figure in digits"
    elif _ARABIC_DUAL.fullmatch(folded):
        hint = (f": {value.strip()!r} is the dual of a noun: two of them; write 2 and keep the source's words in the "
                "quote")
    else:
        hint = ((_HAN.search(folded) and _chinese_number_hint(value))
                or (_HANGUL.search(folded) and _korean_number_hint(value)) or _bengali_half_hint(folded)
                or _point_grouped_hint(value) or _digits_and_multiplier(folded) or _part_of_figure(folded)
                or _words_after(folded) or _words_around(folded)
                or _words_before(folded))
    # The forms of other languages are too many for a message; text in another script is pointed to their list.
    others = "" if value.isascii() else f"; {_OTHER_LANGUAGES}"
    return NormalizeError(f"cannot read a count from {value!r}{hint}; expected {_COUNT_FORMS}{others}")


#: The words that give a part of a figure after it, as civilian tolls are written: "51, including 40 children",
#: "51 among them 40 children", Arabic "51 بينهم 40 طفلا" (among them), "منهم" (of them), "من بينهم"; or in brackets
#: after it, "79 (56 children)".
_PART_OF_FIGURE: Final = re.compile(
    r"^(?P<head>.+?)[,،]? (?P<word>including|incl\.?|among them|of whom|of them|بينهم|بينهن|منهم|منهن|من بينهم"
    r"|من بينهن)(?= ).*[0-9]"
    r"|^(?P<before>[^()]+?) ?(?P<bracket>\()(?=[^)]*[0-9])[^()]*\)$")


def _part_of_figure(folded: str) -> str:
    """Where a count is followed by a part of it ("51, including 40 children", "51 شهيدا بينهم 40 طفلا"), the whole
    to write, without a noun after it; else nothing."""
    found = _PART_OF_FIGURE.match(folded)
    if found is None:
        return ""
    words = (found["head"] or found["before"]).split()
    for end in range(len(words), 0, -1):  # the whole, or it without the noun after it ("51 شهيدا": 51 martyrs)
        head = " ".join(words[:end])
        try:
            reads = (_english_count(head, head) or _foreign_count(head, head)) is not None
        except NormalizeError:
            reads = False
        if reads:
            break
    else:
        return ""
    return (f": the words from {found['word'] or found['bracket']!r} on give a part of the figure (who some of "
            "them were); write "
            f"{head!r}, the whole, and keep the part in the quote")


def _point_grouped_hint(value: str) -> str:
    """Where digits grouped by threes with points stand in a phrase (``más de 1.200``: more than 1,200 in Spanish,
    German, French or Turkish, a fraction in English) and the phrase reads without the points, the phrase to write,
    as `_fraction` says for the digits alone; else nothing."""
    if not _POINT_GROUPED_IN.search(value):
        return ""
    plain = _POINT_GROUPED_IN.sub(lambda found: found[0].replace(".", ""), value)
    try:
        _parse_count_text(plain)
    except NormalizeError:
        return ""
    return f": if the point separates thousands, write {plain!r}"


def _checked(low: int, high: int | None, text: str) -> Count:
    """The count, or NormalizeError if it runs backwards or exceeds `MAX_COUNT`."""
    if high is not None and high < low:
        raise NormalizeError(f"range {text!r} runs backwards; expected the smaller number first")
    if low > MAX_COUNT or (high is not None and high > MAX_COUNT):
        # Said of an interval, the limit may be broken by a bound the text does not write ("about 833334" reaches
        # 1,000,001): the reading is shown, so that the message does not seem to contradict the figure.
        reading = ("" if high == low else f"; it reads as {low:,} or more" if high is None
                   else f"; it reads as {low:,} to {high:,}")
        raise NormalizeError(f"expected figures of at most {MAX_COUNT:,}, got {text!r}{reading}")
    return Count(low, high, text)


def _parse_count_text(value: str) -> Count:
    _refuse_hidden(value, "count")
    folded = _fold(_ethiopic_as_digits(value))
    if not folded:
        raise NormalizeError(f"expected a count, got empty text {value!r}")
    if len(folded) > _LONGEST:
        raise NormalizeError(f"cannot read a count from {value!r}; expected {_COUNT_FORMS}")
    if (count := _english_count(folded, value)) is not None:
        return count
    # Other languages only after English failed: English figures, nearly all of them, pay nothing for them.
    if (count := _foreign_count(folded, value)) is not None:
        return count
    if not folded.isascii() and _HAN.search(folded) and (count := _chinese_count(folded, value)) is not None:
        return count
    if not folded.isascii() and _HANGUL.search(folded) and (count := _korean_count(folded, value)) is not None:
        return count
    if (count := _written_twice(folded, value)) is not None:
        return count
    # Hedged figures last: every figure read before keeps its reading.
    if (count := _hedged_count(folded, value)) is not None:
        return count
    raise _unread(value, folded)


def _one_number(text: str) -> int | None:
    """The number ``text`` is, in digits or in the number words of English or another language (`_LANGUAGES`:
    ``cent``, ``veinte``); None for anything else (a bound, a range, a vague word)."""
    if (number := _number(text)) is not None:
        return number
    try:
        count = _foreign_count(_fold(text), text)
    except NormalizeError:
        return None
    return count.low if count is not None and count.low == count.high else None


#: A count whose number is written a second time in brackets, in digits or in words: ``twenty (20)``, ``over 100
#: (one hundred)``, as official and legal English writes figures.
_TWICE: Final = re.compile(r"(?P<count>[^()]+?) ?\( ?(?P<number>[^()]+?) ?\)")


def _written_twice(folded: str, value: str) -> Count | None:
    """The count of ``folded`` whose last number is repeated in brackets (`_TWICE`), read without the brackets;
    None if the brackets hold no number (``20 (approx.)`` is read elsewhere) or the text is no such count;
    NormalizeError if the two numbers differ (``20 (thirty)``: which is meant?)."""
    if not (found := _TWICE.fullmatch(folded)) or (again := _one_number(found["number"])) is None:
        return None
    before = found["count"]
    try:
        count = _english_count(before, value) or _foreign_count(before, value)
    except NormalizeError:
        return None
    if count is None:
        return None
    words = before.split()
    # the number the brackets repeat: the longest run of words at the end that reads as one number
    last = next((number for at in range(len(words)) if (number := _one_number(" ".join(words[at:]))) is not None),
                None)
    if last is None:
        return None
    if last != again:
        raise NormalizeError(f"cannot read a count from {value!r}: the number in brackets ({again}) is not the "
                             f"number before it ({last}); write the figure the source means")
    return count


def _range_pair(folded: str) -> tuple[int, int] | None:
    """The two numbers of an English range (``between A and B``, ``from A to B``, ``A to B``, ``A-B``, ``A or B``:
    `_range`), or None if ``folded`` is none."""
    for lead, separator in (("between ", " and "), ("from ", " to ")):
        if folded.startswith(lead) and (pair := _range(folded[len(lead) :], separator)):
            return pair
    for separator in (" to ", "-", " or "):
        if pair := _range(folded, separator):
            return pair
    return None


def _english_count(folded: str, value: str) -> Count | None:
    """The count an English (or digits-only) ``folded`` text gives, with ``value`` as its text; None if it is no
    English form, NormalizeError if it is one that breaks a rule (a range that runs backwards, a figure too large)."""
    if vague := _vague(folded):
        return Count(vague.low, vague.high, value)
    if _NEGATIVE.match(folded):
        raise NormalizeError(f"a count cannot be negative, got {value!r}")
    if whole := _WHOLE_DECIMAL.fullmatch(folded):
        return _checked(int(whole["whole"]), int(whole["whole"]), value)
    if _DECIMAL.fullmatch(folded) or _POINT_GROUPED.fullmatch(folded):
        raise _fraction(repr(value), folded)
    if (number := _number(folded)) is not None:
        return _checked(number, number, value)
    if (dozens := _dozens(folded)) is not None:  # "two dozen", like "a dozen" in the vague table: about 24
        return _checked(*_about(dozens), value)
    if (loose := _loose_multiple(folded)) is not None:
        return _checked(*loose, value)
    if or_two := _OR_TWO.fullmatch(folded):  # before the ranges, which would read "a hundred or two" as 100 or 2
        unit = _LOOSE_UNITS[or_two["unit"]]
        return _checked(unit, 2 * unit, value)
    if pair := _range_pair(folded):
        return _checked(*pair, value)
    if (suffixed := _suffixed(folded)) is not None:
        return _checked(*suffixed, value)
    prefixed = [(prefix, rule) for prefix, rule in _PREFIXES if folded.startswith(prefix)]
    for prefix, rule in prefixed:
        rest = folded[len(prefix) :]
        spaced = rest.startswith(" ") or not prefix[-1].isalpha()  # "over 10" and "~10", not "overall"
        if spaced and (number := _amount(rest)) is not None:
            low, high = rule(number)
            if high is not None and high < 0:  # "fewer than 0"
                raise NormalizeError(f"{value!r} leaves no possible count")
            return _checked(low, high, value)
        if spaced and rule is _about and (pair := _range_pair(rest.strip())):  # "about 150-200": the range
            return _checked(*pair, value)
    for prefix, rule in prefixed:  # a quantity word only after every number was tried: "at least several"
        rest = folded[len(prefix) :]
        if rule in (_at_least, _more_than) and rest.startswith(" ") and (floor := _vague_low(rest[1:])) is not None:
            return _checked(*rule(floor), value)
    return None


def _mapping_bound(key: str, bound: object) -> int:
    """A bound of the mapping form: an int (not a bool) from 0 to `MAX_COUNT`."""
    if isinstance(bound, bool) or not isinstance(bound, int) or not 0 <= bound <= MAX_COUNT:
        raise NormalizeError(
            f"a count mapping's {key} must be a whole number from 0 to {MAX_COUNT:,}, got {_show(bound)}"
        )
    return bound


def _parse_count_mapping(mapping: Mapping[object, object]) -> Count:
    if not {"text", "low"} <= set(mapping) <= {"text", "low", "high"}:
        raise NormalizeError(f"a count mapping takes the keys text, low and (optionally) high, got {_show(mapping)}")
    text = mapping["text"]
    if not isinstance(text, str) or not text.strip():
        raise NormalizeError(f"a count mapping's text must be a non-empty string, got {_show(text)}")
    low = _mapping_bound("low", mapping["low"])
    high = None if mapping.get("high") is None else _mapping_bound("high", mapping["high"])
    if high is not None and high < low:
        raise NormalizeError(f"a count mapping's high ({high}) is below its low ({low})")
    return Count(low, high, text)


def parse_count(value: object) -> Count:
    """Read a casualty figure as the interval ``[low, high]`` its words allow (``high`` None = open).

    - An int from 0 to `MAX_COUNT` (not a bool, not a float): exactly that; ``text`` is its decimal form.
    - A whole number written with a point or comma and one or two zeros (``12.0``, ``12.00``, ``12,0``; a YAML or
      JSON number too), as spreadsheets export figures: that number.
    - A number in digits (``3``, ``1,200``, ``12 000``: thousands grouped by commas or spaces) or English words
      (``three``, ``twenty-one``, ``a hundred``, ``one hundred and five``, ``two thousand``; ``a``/``an``/``one``
      = 1): exactly that.
    - A range ``A to B``, ``A-B`` (any dash), ``between A and B``, ``from A to B``, ``A or B``: ``[A, B]``;
      a multiplier word after B counts a bare A below it too (``two to three hundred`` = ``[200, 300]``,
      `_shared_multiplier`); ``a dozen or two`` (score, hundred, thousand): one or two of the unit.
    - A bound: ``at least N``, ``N+``, ``N or more``, ``minimum N``, ``N-plus`` = ``[N, open]``; ``more than N``,
      ``over N``, ``in excess of N``, ``well over N`` = ``[N+1, open]``; ``just over N`` = ``[N+1, N + 20%]``
      (N+1 at least); ``up to N``, ``at most N``, ``max N`` = ``[0, N]``; ``fewer than N``, ``less than N``,
      ``under N`` = ``[0, N-1]``; ``about``/``around``/``approximately``/``some``/``roughly``/``an estimated N``,
      ``N approx.`` = N ± 20% rounded half up, but before a range (or after it) the range, not widened
      (``about 150-200``, ``150-200 or so`` = ``[150, 200]``); ``nearly``/``almost N`` = ``[N - 20%, N]``;
      ``just under N`` = ``[N - 20%, N-1]`` (N-1 at most). A word after the number
      may stand in brackets: ``20 (approx.)``; so may the last number again, in digits or words (``twenty (20)``,
      ``over 100 (one hundred)``: `_written_twice`), and two different numbers so are an error.
    - ``N-odd``, ``N odd`` for N ending in 0: N up to the next step of its last non-zero digit (``fifty-odd`` =
      ``[50, 59]``, ``100-odd`` = ``[100, 199]``).
    - Dozens and scores: ``N dozen`` alone is about 12 N (``two dozen`` = 19 to 29, as ``a dozen`` is 10 to 14),
      ``N score`` about 20 N; in a bound or a range they are 12 N and 20 N (``more than a dozen`` = ``[13, open]``,
      ``2-3 dozen`` = ``[24, 36]``).
    - A loose multiple: ``a couple of``, ``a few`` or ``several`` ``dozen``/``score``/``hundred``/``thousand``, the
      vague word's interval times the unit (``several dozen`` = ``[36, 108]``); the unit may be plural, and then
      followed by "of" (``several hundreds``, ``a few dozens of`` read as ``several hundred``, ``a few dozen``).
    - A phrase of the `VAGUE` table, whole (``several``, ``dozens``, ``suffering casualties``); the plurals,
      ``a couple``, ``a handful`` and ``a score`` also followed by "of" (``dozens of``).
    - A lower bound (the ``at least`` and ``more than`` words) on such a quantity or a loose multiple bounds its low
      end: ``at least several`` = ``[3, open]``, ``more than a few hundred`` = ``[201, open]``.
    - A hedged figure: a figure the source asserts, hedge words and a larger figure it allows or "more", in English
      or in French, Spanish, Portuguese, Russian, Ukrainian, Arabic, Turkish and Persian (``at least 12, possibly
      20`` = ``[12, 20]``, ``dozens, possibly hundreds`` = ``[24, open]``, ``12 confirmed, up to 20 reported`` =
      ``[12, 20]``, ``au moins 12, peut-être 20``): the asserted low end to the allowed high end (`_hedged_count`),
      tried only where no other form reads the text; a hedge below the asserted figure, or one that lifts the only
      bound of a ceiling (``up to 20, possibly more``), is an error.
    - The bounds, ranges and vague quantities of French, Spanish, Portuguese, Russian, Ukrainian, Bosnian,
      Croatian, Serbian (Latin and Cyrillic), Arabic, Urdu, Hindi, Amharic, Armenian, Georgian, Azerbaijani, Turkish,
      Hausa, Somali, Swahili, Kinyarwanda, Indonesian, Malay, Vietnamese and Filipino with digits or the language's
      number words (Hausa: digits only) (``не менее 20``, ``не менее двадцати``, ``двое``, ``vingt-cinq``,
      ``خمسة وعشرون``,
      ``yirmiden fazla``, ``une dizaine``, ``više od dvadeset``, ``۱۰ تا ۱۲``, ``20 से अधिक``, ``ከ100 በላይ``, ``fiye da
      40``, ``ugu yaraan 20``, ``5-ზე მეტი``, ``zaidi ya mia saba``, ``nibura 20``, ``sedikitnya 5 orang``,
      ``sekurang-kurangnya dua puluh lima``, ``ít nhất 10``, ``hindi bababa sa dalawampu't lima``), read
      as their English words are (`_LANGUAGES`), tried only where no English form reads the text. A range whose
      number words split into two different ranges (``entre cinquenta e dois mil e um``) is an error that names both.
    - South Asian English: digits grouped in lakhs (``1,00,000``), ``lakh`` and ``crore`` in number words (``two
      lakh fifty thousand``), ``nil`` and ``lakhs`` as the phrases of `VAGUE` they mean (`_VAGUE_SYNONYMS`), as are
      ``a large number (of)`` (many), ``an unspecified (unknown, undisclosed) number of`` and ``there are dead``,
      ``some dead`` (casualties: `_THERE_ARE_DEAD`). Digits
      of any script, Ethiopic numerals among them (``፷፬`` is 64).
    - A mapping ``{"text": ..., "low": ..., "high": ...}`` (``high`` optional, open when absent or None): the
      analyst's explicit reading; ``text`` is a non-empty string, the bounds ints from 0 to `MAX_COUNT`.

    Case, whitespace, dashes, direction marks and zero-width characters (`_INVISIBLE`) do not matter; ``text`` keeps
    the value as given. A footnote marker or another sign that folds to digits (``59¹``, ``①``, ``½``) and a
    reordering control are errors (`_refuse_hidden`), as are digits and a number word (``2 lakh``: the message gives
    the figure to write). Negative numbers, fractions (``2.5``; ``1.200``, with a message that says how to write
    thousands grouped by points), other floats, bools, figures above `MAX_COUNT`, ranges that run backwards, empty
    text and anything else are errors; the message for a text that says no figure is known or confirmed
    (``unknown``, ``?``, ``unconfirmed``, ``unknown number``: `_NO_FIGURE`), is a Roman numeral or a number after a
    number sign (``блокпост № 3``: `_NUMBER_SIGN`) says so; for a count with words after it (``scores of
    terrorists``) it gives the count to write (`_words_after`).
    """
    if isinstance(value, bool):
        raise NormalizeError(f"expected a count, got {value!r}; write 0 or quote the word")
    if isinstance(value, int):
        if value < 0:
            raise NormalizeError(f"a count cannot be negative, got {_show(value)}")
        if value > MAX_COUNT:
            raise NormalizeError(f"expected figures of at most {MAX_COUNT:,}, got {_show(value)}")
        return Count(value, value, str(value))
    if isinstance(value, float):
        # A YAML or JSON number keeps the text it was written as (`reconcile._documents.WrittenFloat`).
        written = text if isinstance(text := getattr(value, "text", None), str) else repr(value)
        if whole := _WHOLE_DECIMAL.fullmatch(written):
            return _checked(int(whole["whole"]), int(whole["whole"]), written)
        raise _fraction(written, written)
    if isinstance(value, str):
        return _parse_count_text(value)
    if isinstance(value, Mapping):
        return _parse_count_mapping(value)
    raise NormalizeError(f"expected a count as a number, a phrase or a mapping, got {_show(value)}")


def _fraction(shown: str, written: str) -> NormalizeError:
    """The error for a count ``written`` with a fraction (``shown`` as the message gives it); where its digits are
    grouped by threes with points, it says how to write thousands."""
    if _POINT_GROUPED.fullmatch(written):
        plain = written.replace(".", "")
        return NormalizeError(f"a count must be a whole number, got {shown}; if the point separates thousands, "
                              f"write {plain}")
    return NormalizeError(f"a count must be a whole number, got {shown}")


def format_count(count: Count) -> str:
    """The canonical text of a count: ``3``, ``15 to 20`` or ``at least 4``."""
    if count.high is None:
        return f"at least {count.low}"
    if count.high == count.low:
        return str(count.low)
    return f"{count.low} to {count.high}"


# --------------------------------------------------------------------------------------------------------------
# Dates and counts in other languages
# --------------------------------------------------------------------------------------------------------------

#: Letters written for one another: Arabic alif maqsura for ya at a word's end, the dotless i of Turkish and
#: Azerbaijani for i (a capital I folds to i: YAKLAŞIK is yaklaşik), typographic apostrophes for the straight one
#: (``jusqu’à``, ``20’den``); Arabic tatweel and comma are nothing and a space; the Urdu (and Persian) yeh, keheh,
#: heh goal and heh doachashmee for the Arabic letters that Arabic keyboards type for them (``تقریباً`` is
#: ``تقريبا``).
_LETTER_VARIANTS: Final = str.maketrans({"\u0649": "\u064a", "\u0131": "i", "\u2019": "'", "\u02bc": "'",
                                         "\u2018": "'", "\u0640": None, "\u060c": " ",
                                         # Urdu and Persian letters typed as their Arabic kin: ی ي, ک ك, ہ ھ ه
                                         "\u06cc": "\u064a", "\u06a9": "\u0643", "\u06c1": "\u0647",
                                         "\u06be": "\u0647",
                                         # Pashto letters typed as their Persian kin: ګ گ, ږ ژ, ښ ش, ې ۍ ی
                                         "\u06ab": "\u06af", "\u0696": "\u0698", "\u069a": "\u0634",
                                         "\u06d0": "\u064a", "\u06cd": "\u064a"})


def _plain_letters(text: str) -> str:
    """Folded text (`_fold`) as the phrases of other languages are compared: combining marks dropped, so that
    ``près``/``pres``, ``más``/``mas`` and Arabic ``أكثر``/``اكثر`` (hamza, vowel signs) are alike."""
    decomposed = unicodedata.normalize("NFD", text.translate(_LETTER_VARIANTS))
    return " ".join("".join(char for char in decomposed if not unicodedata.combining(char)).split())


class _Phrases:
    """Phrases of one language (folded as the text is) and the English words each stands for, matched as whole
    words. The pattern is made when it is first used: most texts are English and never need it."""

    def __init__(self, english: Mapping[str, str]) -> None:
        self.english: Final = MappingProxyType(dict(english))

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """Any of the phrases, the longest first, as a whole word: no letter or digit may touch a phrase's letter on
        either side (``0o10`` is no Spanish "0 or 10"); a phrase's apostrophe or hyphen may touch one (``plus
        d'une``, ``3-ին``)."""
        return re.compile(rf"(?:(?=\W)|(?<!\w)){_alternatives(self.english)}(?:(?<=\W)|(?!\w))")


#: The letters of phrases as a tree: each letter and the letters that may follow it ("" where a phrase ends).
_Tree: TypeAlias = "dict[str, _Tree]"


def _alternatives(phrases: Iterable[str]) -> str:
    """A pattern that matches any of ``phrases``, the longest first where several start at one place.

    The phrases are laid out as a tree of their letters (``пят(?:ь|и|ью)``), so that matching costs as much as the
    longest phrase, not as the thousands of number words some languages have; at each letter the longer phrases are
    tried before the one that ends there, as a list sorted longest first would be.
    """
    tree: _Tree = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here

    def pattern(node: _Tree) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if "" in node and branches:
            branches.append("")  # the phrase that ends here, after every longer one
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})" if branches else ""

    return pattern(tree) if tree else "(?!)"  # no phrases: a pattern that matches nothing


def _phrases(table: Mapping[str, str]) -> _Phrases:
    """The phrases of ``table`` folded as the text is (`_plain_letters`).

    Two phrases that fold alike must stand for the same English words: a table that says otherwise is a mistake in
    this module, reported when it is loaded.
    """
    english: dict[str, str] = {}
    for phrase, words in table.items():
        folded = _plain_letters(_fold(phrase))
        if english.setdefault(folded, words) != words:
            raise ValueError(f"{phrase!r} reads as {english[folded]!r} and as {words!r}")
    return _Phrases(english)


def _in_english(text: str, phrases: _Phrases) -> str | None:
    """``text`` with each phrase replaced by its English words, or None if any letter is left that is no phrase."""
    if any(char.isalpha() for char in phrases.pattern.sub(" ", text)):
        return None
    return " ".join(phrases.pattern.sub(lambda match: f" {phrases.english[match[0]]} ", text).split())


class _Language(NamedTuple):
    """How one language writes counts and dates, as English words the English readers then read.

    - ``name``: the language's name, as messages give it (a date its words read otherwise in another language).
    - ``counts``: bound words, range words, vague quantities and number words; a noun of about N (``une dizaine``)
      becomes ``about N``, which a bound before it makes exactly N, as ``a dozen`` is about 12 and ``more than a
      dozen`` 13 or more.
    - ``ends``: the phrases of the ends of a range, ``counts`` with the nouns of one hundred or one thousand in the
      case a range puts them in (Russian ``от тысячи``: from a thousand, where ``тысячи`` alone is thousands).
    - ``ranges``: (lead and a space or nothing, separator, a space and a closing word or nothing) of ranges whose
      words mean other things alone (Russian ``до``: ``up to`` alone, ``to`` after ``от``; Hindi ``10 से 12 तक``),
      read as English ``from A to B``.
    - ``after``: (words before the number, words after it, the English bound) of bounds written after the number
      (``20-dən çox``, ``20 से अधिक``) or around it (Amharic ``ከ100 በላይ``); words after it that start with a letter
      are a case ending, joined to a number in words or after a hyphen or an apostrophe to digits.
    - ``dates``: month names in the forms dates use, parts of a month, range words and words to skip (``de``,
      ``года``); ``year_first``: the year comes first (``2022 թ. հունիսի 3``); ``day_ending``: the ending a language
      joins to a day's digits, left out before ``dates`` is read (Somali ``3da Janaayo``, ``3-da``), or None;
      ``date_order``: the text of a date put in the order ``dates`` reads it in, or None (Georgian writes the end of a
      range and a night's word in cases the words alone do not mark: `_georgian_date_order`); ``count_words``: the
      text of a count with its words apart as ``counts`` holds them, or None (Hebrew writes its one-letter words
      onto the number: ``כ-30``, about 30; `_hebrew_words`); ``nouns``: the nouns of people a count is written
      with before its number (Swahili ``zaidi ya watu 700``: more than 700 people), which the message of such a
      count leaves out to give the count to write (`_words_around`); ``unwritten``: letters the language never
      writes, which show that a text is in another one, as its phrases are compared without their marks (Kurmanji
      ``şêst``, 60, is spelled as Serbian ``šest``, 6, once the marks are gone); ``hedges``: the words that join a
      figure a source asserts to a larger one it allows (``peut-être``, ``а возможно и``) and those of "more" after
      them (`_Hedges`), or None where hedged figures of the language are not read; ``day_stop``: whether the
      language writes a full stop after the digits of a day (Croatian and Czech ``15.``: True), never does (Polish:
      False), or either (None), which tells a language whose month word names another month in another language
      (`_foreign_date`).
    """

    name: str
    counts: _Phrases
    ends: _Phrases
    ranges: tuple[tuple[str, re.Pattern[str], str], ...]
    after: tuple[tuple[str, str, str], ...]
    dates: _Phrases
    year_first: bool = False
    day_ending: re.Pattern[str] | None = None
    date_order: Callable[[str], str] | None = None
    count_words: Callable[[str], str] | None = None
    nouns: frozenset[str] = frozenset()
    unwritten: frozenset[str] = frozenset()
    hedges: _Hedges | None = None
    day_stop: bool | None = None


class _Hedges(NamedTuple):
    """How a language hedges a figure (`_hedged_count`): ``leads``, the words between the figure a source asserts
    and the larger one it allows (``possibly``, ``if not``, ``peut-être``, ``а возможно и``), with the English each
    stands for; ``more``, the words after them that allow more with no figure (``more``, ``plus``, ``больше``); both
    folded as the text is (`_plain_letters`)."""

    leads: _Phrases
    more: frozenset[str]


def _hedges(leads: Mapping[str, str], more: Iterable[str]) -> _Hedges:
    """A language's hedge words as `_Hedges` holds them, folded as the text is."""
    return _Hedges(_phrases(leads), frozenset(_plain_letters(_fold(words)) for words in more))


def _hedge_forms(before: Iterable[str], words: Iterable[str], after: Iterable[str] = ("",)) -> tuple[str, ...]:
    """Each hedge word of ``words`` with each of ``before`` ahead of it and each of ``after`` behind it, "" among
    them for none: "and", "or", "but" before ``possibly``, "even" after it (``and possibly even``)."""
    words, after = tuple(words), tuple(after)
    return tuple(f"{first}{word}{last}" for first in before for word in words for last in after)


#: Range separators written joined to the word after them: Arabic و, "and" (``بين خمسة وعشرة``).
_JOINED_SEPARATORS: Final = frozenset({"و"})
#: The marks that join a separator or closing word of a range to the digits before it: a hyphen (Georgian
#: ``10-დან 15-მდე``, Azerbaijani ``10-dan 12-yə qədər``) or an apostrophe (Turkish ``10'dan 12'ye kadar``).
_JOINING_MARKS: Final = ("-", "'")
#: Where the number stands in a bound written around it (`_language`'s ``after``).
_NUMBER_PLACE: Final = "…"


def _losses(losses: Iterable[str] = (), heavy: Iterable[str] = (), none: Iterable[str] = (),
            casualties: Iterable[str] = (), heavy_casualties: Iterable[str] = (),
            no_casualties: Iterable[str] = ()) -> dict[str, str]:
    """A language's words for losses and casualties with no figure, as the English vocabulary reads them
    (`_LOSS_WORDS`)."""
    return {**dict.fromkeys(losses, "losses"), **dict.fromkeys(heavy, "heavy losses"),
            **dict.fromkeys(none, "no losses"), **dict.fromkeys(casualties, "casualties"),
            **dict.fromkeys(heavy_casualties, "heavy casualties"), **dict.fromkeys(no_casualties, "no casualties")}


def _with_verbs(verbs: Iterable[str], nouns: Iterable[str]) -> tuple[str, ...]:
    """``понесли потери``: each noun phrase after each verb (suffered), as ministries write a loss with no figure."""
    nouns = tuple(nouns)
    return tuple(f"{verb} {noun}" for verb in verbs for noun in nouns)


_RU_HEAVY: Final = tuple(f"{adjective} потери" for adjective in (
    "тяжёлые", "тяжелые", "большие", "значительные", "серьёзные", "серьезные", "крупные", "ощутимые"))
_UK_HEAVY: Final = ("важкі втрати", "великі втрати", "значні втрати", "серйозні втрати", "відчутні втрати",
                    "важких втрат", "великих втрат", "значних втрат", "серйозних втрат", "відчутних втрат")
_FR_HEAVY: Final = ("lourdes pertes", "de lourdes pertes", "des pertes lourdes", "pertes lourdes", "pertes importantes",
                    "des pertes importantes", "d'importantes pertes", "pertes considérables",
                    "des pertes considérables", "de nombreuses pertes", "pertes sévères", "de sévères pertes")
_ES_HEAVY: Final = ("numerosas bajas", "cuantiosas bajas", "fuertes bajas", "graves bajas", "importantes bajas",
                    "muchas bajas")
_PT_HEAVY: Final = ("pesadas baixas", "graves baixas", "muitas baixas", "baixas pesadas", "numerosas baixas")
_AZ_LOSSES: Final = ("itki", "itkilər", "canlı qüvvədə itki", "canlı qüvvədə itkilər")
_AZ_HEAVY: Final = tuple(f"{adjective} {noun}" for adjective in ("ağır", "ciddi", "böyük", "xeyli")
                         for noun in ("itki", "itkilər"))
_TR_LOSSES: Final = ("kayıp", "kayıplar")
_TR_HEAVY: Final = tuple(f"{adjective} {noun}" for adjective in ("ağır", "büyük", "ciddi")
                         for noun in ("kayıp", "kayıplar"))

#: Losses and casualties with no figure, in each language that writes them so (``понесли потери``, ``de lourdes
#: pertes``, ``itki verib``, ``خسائر فادحة``): at least one, as the English ``losses``, ``heavy losses``,
#: ``casualties`` are read; ``без потерь`` (without losses) is nobody, as ``no losses``. By `_Language` name; merged
#: into each language's count words by `_language`. A heavy loss is a judgement, not a figure: at least one too.
_LOSS_WORDS: Final[Mapping[str, Mapping[str, str]]] = {
    "Russian": _losses(
        losses=("потери", "есть потери", *_with_verbs(("понёс", "понес", "понесли", "понесла", "несёт", "несет",
                                                        "несут"), ("потери",))),
        heavy=(*_RU_HEAVY, *_with_verbs(("понёс", "понес", "понесли", "понесла", "несёт", "несет", "несут"),
                                        _RU_HEAVY)),
        none=("без потерь", "потерь нет", "потерь не было", "обошлось без потерь"),
        # есть погибшие, имеются погибшие: there are dead, as the ministries say so before they give a figure
        casualties=("жертвы", "есть жертвы", "есть погибшие", "имеются погибшие", "имеются жертвы"),
        no_casualties=("без жертв", "жертв нет", "жертв не было", "обошлось без жертв")),
    "Ukrainian": _losses(
        losses=("втрати", "є втрати", *_with_verbs(("зазнав", "зазнала", "зазнали", "зазнає", "зазнають"),
                                                   ("втрат",))),
        heavy=(*_UK_HEAVY[:5], *_with_verbs(("зазнав", "зазнала", "зазнали", "зазнає", "зазнають"), _UK_HEAVY[5:])),
        none=("без втрат", "втрат немає", "втрат не було"),
        # є загиблі: there are dead, as the Russian есть погибшие
        casualties=("жертви", "є жертви", "є загиблі"),
        no_casualties=("без жертв", "жертв немає", "жертв не було")),
    "French": _losses(
        losses=("pertes", "des pertes", *_with_verbs(("a subi", "ont subi", "subi", "subit", "subissent"),
                                                     ("des pertes",))),
        heavy=(*_FR_HEAVY, *_with_verbs(("a subi", "ont subi", "subi", "subit", "subissent"),
                                        [heavy for heavy in _FR_HEAVY if not heavy.startswith("pertes")])),
        none=("sans pertes", "sans perte", "aucune perte", "pas de pertes"),
        # il y a des morts, il y a eu des victimes: there are (were) dead, victims, with no figure
        casualties=("victimes", "des victimes", *(f"il y a {had}des {noun}" for had in ("", "eu ")
                                                  for noun in ("morts", "victimes", "tués"))),
        # sans faire de victimes: without causing victims, as the NNA's French service closes a report of a strike
        no_casualties=("sans victimes", "sans victime", "aucune victime", "pas de victimes", "sans faire de victimes",
                       "sans faire de victime")),
    "Spanish": _losses(
        losses=("pérdidas", "pérdidas humanas"),
        heavy=("grandes pérdidas", "graves pérdidas", "cuantiosas pérdidas", "fuertes pérdidas",
               "importantes pérdidas"),
        none=("sin pérdidas", "sin pérdidas humanas"),
        # hay muertos, hubo víctimas: there are (were) dead, victims, with no figure
        casualties=("bajas", "víctimas", *_with_verbs(("sufrió", "sufrieron", "sufre", "sufren"), ("bajas",)),
                    *_with_verbs(("hay", "hubo", "ha habido"), ("muertos", "víctimas", "víctimas mortales",
                                                                "fallecidos", "bajas"))),
        heavy_casualties=(*_ES_HEAVY, *_with_verbs(("sufrió", "sufrieron", "sufre", "sufren"), _ES_HEAVY)),
        no_casualties=("sin bajas", "sin víctimas", "ninguna baja", "ninguna víctima")),
    "Portuguese": _losses(
        losses=("perdas", "perdas humanas"),
        heavy=("pesadas perdas", "grandes perdas", "graves perdas", "perdas pesadas"),
        none=("sem perdas",),
        casualties=("baixas", "vítimas", *_with_verbs(("sofreu", "sofreram", "sofre", "sofrem"), ("baixas",))),
        heavy_casualties=(*_PT_HEAVY, *_with_verbs(("sofreu", "sofreram", "sofre", "sofrem"), _PT_HEAVY)),
        no_casualties=("sem baixas", "sem vítimas", "nenhuma baixa", "nenhuma vítima")),
    "Arabic": _losses(
        losses=("خسائر", "خسائر بشرية", "تكبد خسائر", "تكبدت خسائر", "تكبدوا خسائر"),
        heavy=(*(f"{verb}خسائر {adjective}" for verb in ("", "تكبد ", "تكبدت ", "تكبدوا ")
                 for adjective in ("فادحة", "كبيرة", "جسيمة", "بشرية فادحة", "بشرية كبيرة")),),
        none=("دون خسائر", "بدون خسائر", "لا خسائر", "دون خسائر بشرية", "بدون خسائر بشرية", "لا خسائر بشرية"),
        # إصابات مؤكدة, خسائر مؤكدة: confirmed hits, confirmed losses, as armed groups' statements give a toll with
        # no figure: at least one
        casualties=("ضحايا", "إصابات مؤكدة", "اصابات مؤكدة", "إصابة مؤكدة", "خسائر مؤكدة",
                    # هناك قتلى, هناك ضحايا: there are dead, victims, with no figure
                    "هناك قتلى", "هناك ضحايا",
                    # إصابات: casualties (the wounded, or the killed and wounded), as Lebanon's NNA and Hezbollah's
                    # statements write a toll with no figure; with or without the hamza
                    "إصابات", "اصابات"),
        # and without casualties, as the NNA closes a report of a strike: دون (وقوع) إصابات, بدون, من دون, لا إصابات;
        # دون إصابات (بشرية): without injuries (casualties), as the LNA and GNA statements say of a strike
        no_casualties=("دون ضحايا", "بدون ضحايا", "لا ضحايا", "دون إصابات بشرية", "بدون إصابات بشرية",
                       *(f"{without}{occurring}{noun}" for without in ("دون ", "بدون ", "من دون ", "لا ")
                         for occurring in ("", "وقوع ") for noun in ("إصابات", "اصابات")
                         if not (without == "لا " and occurring)))),
    "Armenian": _losses(
        losses=("կորուստներ", "կորուստ", "կորուստներ է կրել", "կորուստներ են կրել", "կրել է կորուստներ",
                "տվել է կորուստներ", "կորուստներ է տվել"),
        heavy=(*(f"{adjective} կորուստներ" for adjective in ("ծանր", "զգալի", "մեծ", "լուրջ")),
               *(f"{adjective} կորուստներ {verb}" for adjective in ("ծանր", "զգալի", "մեծ", "լուրջ")
                 for verb in ("է կրել", "են կրել", "է տվել"))),
        none=("առանց կորուստների", "կորուստներ չկան", "առանց կորուստի"),
        # there are dead, we (the side) have dead or losses, as the ministry writes before it gives a figure
        casualties=("զոհեր", "կան զոհեր", "զոհեր կան", "ունենք զոհեր", "զոհեր ունենք", "ունի զոհեր",
                    "կան կորուստներ", "կորուստներ կան", "ունենք կորուստներ", "ունի կորուստներ"),
        no_casualties=("առանց զոհերի", "զոհեր չկան")),
    "Azerbaijani": _losses(
        losses=(*_AZ_LOSSES, *(f"{noun} {verb}" for noun in _AZ_LOSSES
                               for verb in ("verib", "verdi", "veriblər", "verdilər"))),
        heavy=(*_AZ_HEAVY, *(f"{noun} {verb}" for noun in _AZ_HEAVY
                             for verb in ("verib", "verdi", "veriblər", "verdilər"))),
        none=("itkisiz", "itki yoxdur", "itki olmayıb", "itki yoxdu"),
        # there are losses, we have losses, we have martyrs (şəhid: a serviceman killed), as the ministry writes
        # before it gives a figure
        casualties=("tələfat", "tələfatlar", "itki var", "itkilər var", "itkimiz var", "itkilərimiz var",
                    "şəhidlər", "şəhid var", "şəhidlər var", "şəhidimiz var", "şəhidlərimiz var",
                    "şəhid olanlar var"),
        heavy_casualties=("ağır tələfat", "ağır tələfatlar")),
    "Turkish": _losses(
        losses=(*_TR_LOSSES, *(f"{noun} {verb}" for noun in _TR_LOSSES for verb in ("verdi", "verdiler", "verildi"))),
        heavy=(*_TR_HEAVY, *(f"{noun} {verb}" for noun in _TR_HEAVY for verb in ("verdi", "verdiler", "verildi"))),
        none=("kayıpsız", "kayıp yok", "kayıp olmadı", "kayıp verilmedi", "can kaybı yok", "can kaybı olmadı"),
        casualties=("zayiat",),
        heavy_casualties=("ağır zayiat", "büyük zayiat"),
        no_casualties=("zayiat yok", "zayiatsız")),
    "Persian (Dari)": _losses(casualties=("تلفات",), heavy_casualties=("تلفات سنگین", "تلفات زیاد")),
    "Pashto": _losses(casualties=("تلفات",), heavy_casualties=("درانه تلفات",)),
    "Polish": _losses(
        losses=("straty", "poniósł straty", "ponieśli straty", "poniosła straty", "ponosi straty"),
        heavy=tuple(f"{verb}{adjective} straty" for verb in ("", "poniósł ", "ponieśli ", "poniosła ", "ponosi ")
                    for adjective in ("ciężkie", "duże", "poważne", "znaczne")),
        none=("bez strat",),
        casualties=("ofiary",)),
    "Czech": _losses(
        losses=("ztráty", "utrpěl ztráty", "utrpěli ztráty", "utrpěla ztráty"),
        heavy=tuple(f"{verb}{adjective} ztráty" for verb in ("", "utrpěl ", "utrpěli ", "utrpěla ")
                    for adjective in ("těžké", "velké", "vážné", "značné")),
        none=("bez ztrát",),
        casualties=("oběti",)),
    "Bosnian/Croatian/Serbian": _losses(
        losses=("gubici", "губици"),
        heavy=("teški gubici", "veliki gubici", "тешки губици", "велики губици"),
        none=("bez gubitaka", "без губитака"),
        casualties=("žrtve", "жртве"),
        no_casualties=("bez žrtava", "без жртава")),
    "Georgian": _losses(
        losses=("დანაკარგები", "დანაკარგი"),
        heavy=("მძიმე დანაკარგები", "დიდი დანაკარგები"),
        none=("დანაკარგის გარეშე", "დანაკარგების გარეშე"),
        casualties=("მსხვერპლი",),
        no_casualties=("მსხვერპლის გარეშე",)),
    "Urdu": _losses(
        casualties=("جانی نقصان",),
        heavy_casualties=("بھاری جانی نقصان", "شدید جانی نقصان"),
        no_casualties=("کوئی جانی نقصان نہیں",)),
    "German": _losses(
        losses=("verluste", "verluste erlitten", "hat verluste erlitten", "haben verluste erlitten"),
        heavy=(*(f"{adjective} verluste" for adjective in ("schwere", "hohe", "erhebliche", "große", "grosse")),
               *(f"{adjective} verluste erlitten" for adjective in ("schwere", "hohe", "erhebliche"))),
        none=("ohne verluste", "keine verluste"),
        casualties=("opfer", "todesopfer"),
        no_casualties=("keine todesopfer",)),  # keine Opfer, ohne Opfer: in the German table
    "Italian": _losses(
        losses=("perdite", "ha subito perdite", "hanno subito perdite"),
        heavy=(*(f"{adjective} perdite" for adjective in ("pesanti", "gravi", "ingenti", "forti")),
               *(f"perdite {adjective}" for adjective in ("pesanti", "gravi", "ingenti")),
               *(f"{verb} {adjective} perdite" for verb in ("ha subito", "hanno subito")
                 for adjective in ("pesanti", "gravi", "ingenti"))),
        none=("senza perdite", "nessuna perdita"),
        casualties=("vittime",)),  # nessuna vittima, senza vittime: in the Italian table
    "Romanian": _losses(
        losses=("pierderi", "a suferit pierderi", "au suferit pierderi"),
        heavy=(*(f"pierderi {adjective}" for adjective in ("grele", "mari", "însemnate", "importante")),
               *(f"{verb} pierderi {adjective}" for verb in ("a suferit", "au suferit")
                 for adjective in ("grele", "mari"))),
        none=("fără pierderi",),
        casualties=("victime",)),
    "Indonesian/Malay": _losses(casualties=("ada korban", "ada korban jiwa"),
                                no_casualties=("tanpa korban jiwa",)),  # tidak ada korban jiwa: in the table
}


def _language(
    counts: Mapping[str, str],
    dates: Mapping[str, str],
    *,
    numbers: Mapping[str, str] | None = None,
    singulars: Mapping[str, str] | None = None,
    ranges: Iterable[tuple[str, str] | tuple[str, str, str]] = (),
    after: Mapping[str, str] | None = None,
    year_first: bool = False,
    day_endings: Iterable[str] = (),
    date_order: Callable[[str], str] | None = None,
    count_words: Callable[[str], str] | None = None,
    nouns: Iterable[str] = (),
    unwritten: str = "",
    name: str,
    day_stop: bool | None = None,
    hedges: _Hedges | None = None,
) -> _Language:
    """A language's tables as `_Language` holds them, folded as the text is.

    ``numbers`` are the language's number words (`_numbers`), read within counts as the other phrases are;
    ``singulars`` the nouns of one hundred or one thousand after a bound and at the ends of a range
    (`_with_singulars`). ``ranges`` are (lead, separator) or (lead, separator, closing word), the lead possibly
    empty (Hindi ``10 से 12 तक``). A key of ``after`` is the words after the number (a case ending: ``-dən çox``), or
    the words around it with ``…`` in its place and spaces where the words stand apart from it (``… से अधिक``,
    ``ከ…በላይ``). ``day_endings`` are the endings joined to a day's digits, with or without a hyphen (``3da``,
    ``3-da``), that a date leaves out. A separator or closing word of a range that starts with a hyphen is written
    joined to the digits before it (Georgian ``10-დან 15-მდე``: from 10 to 15).
    """

    def fold(phrase: str) -> str:
        return re.escape(_plain_letters(_fold(phrase)))

    def around(key: str) -> tuple[str, str]:
        before, _, ending = key.rpartition(_NUMBER_PLACE)
        return (_plain_letters(_fold(before)) + " " * before.endswith(" "),
                " " * ending.startswith(" ") + _plain_letters(_fold(ending)))

    def range_words(lead: str, separator: str, close: str = "") -> tuple[str, re.Pattern[str], str]:
        lead, close = _plain_letters(_fold(lead)), _plain_letters(_fold(close))
        if separator.startswith(_JOINING_MARKS):  # joined to the digits (or a number word) before it: 10-დან
            between = re.compile(rf"(?<=\w){fold(separator)} ")
        else:
            between = re.compile(
                rf" {fold(separator)}(?: |(?=[0-9]){joined if separator in _JOINED_SEPARATORS else ''})")
        return (f"{lead} " if lead else "", between,
                close if close.startswith(_JOINING_MARKS) else f" {close}" if close else "")

    joined = r"|(?=\w)"
    numbers, singulars = numbers or {}, singulars or {}
    counts = {**counts, **_LOSS_WORDS.get(name, {})}
    if shared := set(counts) & set(numbers):
        raise ValueError(f"number words also in the count table: {sorted(shared)}")
    bounded = _with_singulars({**counts, **numbers}, singulars)
    phrases = _phrases(bounded)
    return _Language(
        name,
        phrases,
        _phrases({**bounded, **singulars, **numbers}) if singulars else phrases,
        tuple(range_words(*words) for words in ranges),
        tuple(sorted(((*around(key), english) for key, english in (after or {}).items()),
                     key=lambda words: -len(words[0]) - len(words[1]))),
        _phrases(dates),
        year_first,
        re.compile(rf"(?<=[0-9])-?(?:{_alternatives(day_endings)})(?![^\W\d_])") if day_endings else None,
        date_order,
        count_words,
        frozenset(_plain_letters(_fold(noun)) for noun in nouns),
        frozenset(unwritten),
        hedges,
        day_stop,
    )


def _months(*names: str) -> dict[str, str]:
    """Month names in calendar order (several names of a month joined by ``|``) as the English names, each also with
    a full stop, as abbreviations take it (``янв.``)."""
    return {
        written: _MONTH_NAMES[number].casefold()
        for number, alike in enumerate(names)
        for name in alike.split("|")
        for written in (name, f"{name}.")
    }


def _month_parts(months: Sequence[str], parts: Mapping[str, str]) -> dict[str, str]:
    """Parts of a month written after the month (``հունիսի սկզբին``, ``Haziran sonunda``): each form of each of
    ``months`` (calendar order, forms joined by ``|``) and each of ``parts``, as the English part and month (``early
    june``)."""
    return {
        f"{name} {part}": f"{english} {_MONTH_NAMES[number].casefold()}"
        for number, names in enumerate(months)
        for name in names.split("|")
        for part, english in parts.items()
    }


def _tens_nouns(article: str, nouns: str) -> dict[str, str]:
    """Nouns of about N (``dizaine:10``) after the article, as ``about N``."""
    return {f"{article} {noun}": f"about {number}" for noun, number in (pair.split(":") for pair in nouns.split())}


#: The English bounds a noun of one hundred or one thousand may follow (`_with_singulars`).
_SINGULAR_BOUNDS: Final = frozenset({"at least", "more than", "up to", "fewer than", "around", "nearly",
                                     "just over", "just under"})


def _with_singulars(counts: dict[str, str], nouns: Mapping[str, str]) -> dict[str, str]:
    """``counts`` and each of its bounds followed by each of ``nouns``, as the English bound and noun. Russian and
    Ukrainian put the noun after a bound in the genitive singular, spelled as the plural alone is: более сотни is
    more than a hundred, сотни alone hundreds (and понад тисячу, in the accusative, more than a thousand)."""
    return {**counts, **{f"{phrase} {noun}": f"{english} {meaning}" for phrase, english in counts.items()
                         if english in _SINGULAR_BOUNDS for noun, meaning in nouns.items()}}


# Number words of other languages, as the English number words the English count rules read

#: The English of a word of one hundred or one thousand that may also stand alone: ``[a] thousand`` is ``thousand``
#: after a number (dos mil: two thousand) and ``a thousand`` alone (mil), `_counted_alone`.
_ALONE: Final = "[a]"


def _english_number(number: int) -> str:
    """``number`` (0 to 999,999) in the English words the count rules read: ``twenty five``, ``two hundred``."""
    units, tens = _UNIT_WORDS.split(), _TENS_WORDS.split()
    thousands, rest = divmod(number, 1000)
    hundreds, small = divmod(rest, 100)
    words = [f"{_english_number(thousands)} thousand"] if thousands else []
    if hundreds:
        words.append(f"{units[hundreds]} hundred")
    if small >= 20:
        words.append(tens[small // 10 - 2] + (f" {units[small % 10]}" if small % 10 else ""))
    elif small or not words:
        words.append(units[small])
    return " ".join(words)


def _numbers(table: Mapping[int | str, str]) -> dict[str, str]:
    """The number words of a language: each form of a number (several joined by ``|``) as its English words; a key
    that is text is the English itself (``[a] thousand``)."""
    return {
        form: key if isinstance(key, str) else _english_number(key)
        for key, forms in table.items()
        for form in forms.split("|")
    }


#: A figure in digits as a word of a count: ``3``, ``1,500``, ``2.5``, ``2,5``.
_FIGURE_WORD: Final = re.compile(r"[0-9]+(?:[.,][0-9]+)*")


def _counted_alone(english: str) -> str:
    """``[a] hundred`` and ``[a] thousand`` (`_ALONE`) as ``hundred`` and ``thousand`` after a number, ``a hundred``
    and ``a thousand`` elsewhere: ``two [a] thousand`` is two thousand, ``more than [a] thousand`` more than a
    thousand. After digits the word counts them too (``3 [a] thousand`` is ``3 thousand``), which the count rules
    refuse with the figure to write (`_digits_and_word`), as they refuse English ``3 thousand``."""
    words: list[str] = []
    for word in english.split():
        if word == _ALONE:
            before = next((earlier for earlier in reversed(words) if earlier != "-"), "")
            if before in _UNITS or before in _TENS or before == "hundred" or _FIGURE_WORD.fullmatch(before):
                continue
            word = "a"
        words.append(word)
    return " ".join(words)


def _cases(endings: str, word: str) -> str:
    """``word`` and its case forms, each of ``endings`` in place of its last letter: ``пять|пяти|пятью``."""
    return "|".join((word, *(word[:-1] + ending for ending in endings.split())))


_RU_NUMBERS: Final = _numbers({
    0: "ноль|нуль|ноля|нуля",
    1: "один|одна|одно|одни|одного|одной|одному|одним|одном|одною|одну",
    2: "два|две|двух|двум|двумя|двое|двоих|двоим|двоими",
    3: "три|трёх|трём|тремя|трое|троих|троим|троими",
    4: "четыре|четырёх|четырём|четырьмя|четверо|четверых|четверым|четверыми",
    5: "пять|пяти|пятью|пятеро|пятерых|пятерым|пятерыми",
    6: "шесть|шести|шестью|шестеро|шестерых|шестерым|шестерыми",
    7: "семь|семи|семью|семеро|семерых|семерым|семерыми",
    8: "восемь|восьми|восемью|восьмью|восьмеро|восьмерых",
    9: "девять|девяти|девятью|девятеро|девятерых",
    10: "десять|десяти|десятью|десятеро|десятерых",
    **{number: _cases("и ью", word) for number, word in enumerate((
        "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
        "восемнадцать", "девятнадцать", "двадцать"), start=11)},
    30: _cases("и ью", "тридцать"),
    40: "сорок|сорока",
    50: "пятьдесят|пятидесяти|пятьюдесятью",
    60: "шестьдесят|шестидесяти|шестьюдесятью",
    70: "семьдесят|семидесяти|семьюдесятью",
    80: "восемьдесят|восьмидесяти|восемьюдесятью|восьмьюдесятью",
    90: "девяносто|девяноста",
    100: "сто|ста",
    200: "двести|двухсот|двумстам|двумястами|двухстах",
    300: "триста|трёхсот|трёмстам|тремястами|трёхстах",
    400: "четыреста|четырёхсот|четырёмстам|четырьмястами|четырёхстах",
    500: "пятьсот|пятисот|пятистам|пятьюстами|пятистах",
    600: "шестьсот|шестисот|шестистам|шестьюстами|шестистах",
    700: "семьсот|семисот|семистам|семьюстами|семистах",
    800: "восемьсот|восьмисот|восьмистам|восемьюстами|восьмьюстами|восьмистах",
    900: "девятьсот|девятисот|девятистам|девятьюстами|девятистах",
    # тысяча may stand alone (тысяча двести). тысячи is the plural alone (thousands), the genitive singular after a
    # bound or at a range's end (more than a thousand: `_with_singulars`) and the word after 2-4 (две тысячи).
    f"{_ALONE} thousand": "тысяча|тысячу|тысяче|тысячей|тысячею|тысячью",
    # тыс. is how the press abbreviates every form of it after a figure (2,5 тыс.)
    "thousand": "тысяч|тысячам|тысячами|тысячах|тыс.|тыс",
    1000: "одной тысячи",
    2000: "две тысячи",
    3000: "три тысячи",
    4000: "четыре тысячи",
    1500: "полторы тысячи|полутора тысяч",
    150: "полторы сотни|полутора сотен",
    "about 15": "полтора десятка|полутора десятков",
})

_UK_NUMBERS: Final = _numbers({
    0: "нуль|нуля",
    1: "один|одна|одне|одно|одного|однієї|одної|одному|одній|одним|однією|одну",
    2: "два|дві|двох|двом|двома|двоє",
    3: "три|трьох|трьом|трьома|троє",
    4: "чотири|чотирьох|чотирьом|чотирма|чотирьома|четверо",
    5: "п'ять|п'яти|п'ятьох|п'ятьом|п'ятьма|п'ятьома|п'ятеро",
    6: "шість|шести|шістьох|шістьом|шістьма|шістьома|шестеро",
    7: "сім|семи|сімох|сімом|сьома|сімома|семеро",
    8: "вісім|восьми|вісьмох|восьмох|вісьмом|восьмом|вісьма|вісьмома|восьма|восьмома|восьмеро",
    9: "дев'ять|дев'яти|дев'ятьох|дев'ятьом|дев'ятьма|дев'ятьома|дев'ятеро",
    10: "десять|десяти|десятьох|десятьом|десятьма|десятьома|десятеро",
    **{number: _cases("и ьох ьом ьма ьома", word) for number, word in enumerate((
        "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "п'ятнадцять", "шістнадцять", "сімнадцять",
        "вісімнадцять", "дев'ятнадцять", "двадцять"), start=11)},
    30: _cases("и ьох ьом ьма ьома", "тридцять"),
    40: "сорок|сорока",
    **{number: _cases("ти тьох тьом тьма тьома", word) for number, word in (
        (50, "п'ятдесят"), (60, "шістдесят"), (70, "сімдесят"), (80, "вісімдесят"))},
    90: "дев'яносто|дев'яноста",
    100: "сто|ста",
    200: "двісті|двохсот|двомстам|двомастами|двохстах",
    300: "триста|трьохсот|трьомстам|трьомастами|трьохстах",
    400: "чотириста|чотирьохсот|чотирьомстам|чотирмастами|чотирьохстах",
    500: "п'ятсот|п'ятисот|п'ятистам|п'ятьмастами|п'ятистах",
    600: "шістсот|шестисот|шестистам|шістьмастами|шестистах",
    700: "сімсот|семисот|семистам|сьомастами|семистах",
    800: "вісімсот|восьмисот|восьмистам|вісьмомастами|восьмистах",
    900: "дев'ятсот|дев'ятисот|дев'ятистам|дев'ятьмастами|дев'ятистах",
    f"{_ALONE} thousand": "тисяча|тисячу|тисячею",
    "thousand": "тисяч|тисячам|тисячами|тисячах|тис.|тис",  # тис., the press's abbreviation of every form
    1000: "однієї тисячі|одної тисячі",
    2000: "дві тисячі",
    3000: "три тисячі",
    4000: "чотири тисячі",
    1500: "півтори тисячі",
    150: "півтори сотні",
    "about 15": "півтора десятка",
})


def _joined_tens(small: Sequence[str], tens: Mapping[int, str], joiner: str) -> dict[int | str, str]:
    """0-99 where a ten and a unit are written with a word between them (``treinta y cinco``, ``vinte e um``):
    ``small`` from 0 up to the first of ``tens`` (forms joined by ``|``), then each ten alone and with ``joiner``
    and each form of a unit."""
    written: dict[int | str, str] = dict(enumerate(small))
    for ten, names in tens.items():
        written[ten] = names
        for unit in range(1, 10):
            written[ten + unit] = "|".join(f"{name} {joiner} {form}" for name in names.split("|")
                                           for form in small[unit].split("|"))
    return written


_ES_NUMBERS: Final = _numbers({
    **_joined_tens(("cero", "uno|un|una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
                    "once", "doce", "trece", "catorce", "quince", "dieciséis|diez y seis", "diecisiete|diez y siete",
                    "dieciocho|diez y ocho", "diecinueve|diez y nueve", "veinte",
                    "veintiuno|veintiún|veintiuna|veinte y uno|veinte y una", "veintidós|veinte y dos",
                    "veintitrés|veinte y tres", "veinticuatro|veinte y cuatro", "veinticinco|veinte y cinco",
                    "veintiséis|veinte y seis", "veintisiete|veinte y siete", "veintiocho|veinte y ocho",
                    "veintinueve|veinte y nueve"),
                   {30: "treinta", 40: "cuarenta", 50: "cincuenta", 60: "sesenta", 70: "setenta", 80: "ochenta",
                    90: "noventa"}, "y"),
    100: "cien|ciento",
    200: "doscientos|doscientas",
    300: "trescientos|trescientas",
    400: "cuatrocientos|cuatrocientas",
    500: "quinientos|quinientas",
    600: "seiscientos|seiscientas",
    700: "setecientos|setecientas",
    800: "ochocientos|ochocientas",
    900: "novecientos|novecientas",
    f"{_ALONE} thousand": "mil",
})

_PT_NUMBERS: Final = _numbers({
    **_joined_tens(("zero", "um|uma", "dois|duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez",
                    "onze", "doze", "treze", "catorze|quatorze", "quinze", "dezesseis|dezasseis",
                    "dezessete|dezassete", "dezoito", "dezenove|dezanove"),
                   {20: "vinte", 30: "trinta", 40: "quarenta", 50: "cinquenta|cinqüenta", 60: "sessenta",
                    70: "setenta", 80: "oitenta", 90: "noventa"}, "e"),
    100: "cem|cento",
    200: "duzentos|duzentas",
    300: "trezentos|trezentas",
    400: "quatrocentos|quatrocentas",
    500: "quinhentos|quinhentas",
    600: "seiscentos|seiscentas",
    700: "setecentos|setecentas",
    800: "oitocentos|oitocentas",
    900: "novecentos|novecentas",
    f"{_ALONE} thousand": "mil",
    "and": "e",  # after hundreds and thousands: cento e cinco, mil e duzentos
})


def _french_numbers() -> dict[int | str, str]:
    """0-99 in French, with or without hyphens (``vingt-deux``, ``vingt deux``): ``vingt et un`` (``vingt-et-un``),
    ``soixante-dix``, ``soixante et onze``, ``quatre-vingt(s)``, ``quatre-vingt-dix``, and the Belgian and Swiss
    ``septante``, ``huitante``, ``octante``, ``nonante``."""
    small = [forms.split("|") for forms in (
        "zéro", "un|une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf")]
    written: dict[int, list[str]] = dict(enumerate(small))

    def add(number: int, ten: str, units: range, et: int) -> None:
        """``ten`` and each unit of ``units`` after it as ``number`` plus the unit: ``et`` before the unit ``et``."""
        for unit in units:
            joins = (" et ", "-et-") if unit == et else ("-",)
            written.setdefault(number + unit, []).extend(f"{ten}{join}{form}" for form in small[unit] for join in joins)

    for number, ten in ((20, "vingt"), (30, "trente"), (40, "quarante"), (50, "cinquante"), (60, "soixante"),
                        (70, "septante"), (80, "huitante"), (80, "octante"), (90, "nonante")):
        written.setdefault(number, []).append(ten)
        add(number, ten, range(1, 10), et=1)
    add(60, "soixante", range(10, 20), et=11)  # soixante-dix, soixante et onze, soixante-douze
    written[80] += ["quatre-vingts", "quatre-vingt"]
    add(80, "quatre-vingt", range(1, 20), et=0)  # quatre-vingt-un, quatre-vingt-dix
    return {number: "|".join(dict.fromkeys(spelling for form in forms for spelling in (form, form.replace("-", " "))))
            for number, forms in written.items()}


_FR_NUMBERS: Final = _numbers({
    **_french_numbers(),
    f"{_ALONE} hundred": "cent",
    "hundred": "cents",  # deux cents: only after a number
    f"{_ALONE} thousand": "mille",
})


def _arabic_numbers() -> dict[int | str, str]:
    """Arabic numbers: masculine and feminine (ثلاثة, ثلاث), nominative and oblique (عشرون, عشرين: news text mostly
    has the oblique), units and tens with the article (الثلاثة, العشرين), the unit before the ten (خمسة وعشرون),
    hundreds in one word or two (ثلاثمائة, ثلاث مئة) and thousands (ألف, ألفان, ثلاثة آلاف, عشرون ألفا)."""
    units = ["صفر", "واحد|واحدة", "اثنان|اثنين|اثنتان|اثنتين", "ثلاثة|ثلاث", "أربعة|أربع", "خمسة|خمس", "ستة|ست",
             "سبعة|سبع", "ثمانية|ثماني|ثمان", "تسعة|تسع", "عشرة|عشر"]
    tens = ["عشرون|عشرين", "ثلاثون|ثلاثين", "أربعون|أربعين", "خمسون|خمسين", "ستون|ستين", "سبعون|سبعين",
            "ثمانون|ثمانين", "تسعون|تسعين"]
    teen_units = ["", "أحد|إحدى", "اثنا|اثني|اثنتا|اثنتي", *units[3:10]]  # the first word of 11-19
    tens_units = ["", "واحد|واحدة|أحد|إحدى", *units[2:10]]  # the unit of 21-99

    def forms(text: str) -> list[str]:
        return text.split("|")

    written: dict[int, list[str]] = {0: ["صفر"]}
    for number in range(1, 11):
        written[number] = [f"{article}{form}" for form in forms(units[number]) for article in ("", "ال")]
    for unit in range(1, 10):
        written[10 + unit] = [f"{first} {ten}" for first in forms(teen_units[unit]) for ten in ("عشر", "عشرة")]
    for number, names in enumerate(tens, start=2):
        written[10 * number] = [f"{article}{name}" for name in forms(names) for article in ("", "ال")]
        for unit in range(1, 10):
            written[10 * number + unit] = [f"{first} و{space}{name}" for first in forms(tens_units[unit])
                                           for name in forms(names) for space in ("", " ")]
    table: dict[int | str, str] = {number: "|".join(spellings) for number, spellings in written.items()}
    larger: dict[int | str, str] = {
        f"{_ALONE} hundred": "مائة|مئة",
        200: "مائتان|مائتين|مئتان|مئتين|مائتا|مائتي|مئتا|مئتي",
        **{100 * number: "|".join(f"{stem}{hundred}" for stem in forms(stems) for hundred in ("مائة", "مئة"))
           for number, stems in ((3, "ثلاث"), (4, "أربع"), (5, "خمس"), (6, "ست"), (7, "سبع"), (8, "ثمان|ثماني"),
                                 (9, "تسع"))},
        f"{_ALONE} thousand": "ألف",
        "thousand": "ألفا|ألفاً",  # after eleven and more: عشرون ألفا
        2000: "ألفان|ألفين|ألفي",
        **{1000 * number: "|".join(f"{form} آلاف" for form in forms(units[number])) for number in range(3, 11)},
    }
    return table | larger


def _with_and(numbers: Mapping[str, str], conjunction: str) -> dict[str, str]:
    """``numbers``, ``conjunction`` ("and") and each number after it, joined to it or not: Arabic مائة وعشرون. A
    number after the conjunction that is written as another number is (و and أحد, واحد once the hamza is dropped) is
    that number."""
    plain = {_plain_letters(_fold(form)) for form in numbers}
    return {**numbers, conjunction: "and",
            **{f"{conjunction}{form}": f"and {english}" for form, english in numbers.items()
               if _plain_letters(_fold(f"{conjunction}{form}")) not in plain}}


_AR_NUMBERS: Final = _with_and(_numbers(_arabic_numbers()), "و")


def _tens_then_units(units: Sequence[str], ten: str, tens: Sequence[str], *, teen: str, joiner: str | None
                     ) -> dict[int | str, str]:
    """0-99 in a language that says a ten and then a unit, as English does (forms joined by ``|``): ``units`` 0-9,
    ``ten`` and ``tens`` 20-90; 11-19 as ``teen`` and a unit (``on bir``, ``տասնմեկ``); 21-99 as a ten, ``joiner``
    and a unit, or where ``joiner`` is None as the two words they are, which the English rules read as they stand
    (``yirmi beş``: twenty five)."""
    written: dict[int | str, str] = {**dict(enumerate(units)), 10: ten}
    for unit in range(1, 10):
        written[10 + unit] = "|".join(f"{teen}{form}" for form in units[unit].split("|"))
    for number, names in enumerate(tens, start=2):
        written[10 * number] = names
        if joiner is not None:
            for unit in range(1, 10):
                written[10 * number + unit] = "|".join(f"{name}{joiner}{form}" for name in names.split("|")
                                                       for form in units[unit].split("|"))
    return written


_HY_NUMBERS: Final = _numbers({
    # Written as one word, 11 to 99: տասնհինգ, քսանհինգ. երկուս, ին and տաս are what a case ending follows
    # (երկուսից, ինից, տասից: than two, nine, ten).
    **_tens_then_units(("զրո", "մեկ", "երկու|երկուս", "երեք", "չորս", "հինգ", "վեց", "յոթ|յոթը", "ութ|ութը",
                        "ինը|ինն|ին"), "տասը|տասն|տաս",
                       ("քսան", "երեսուն", "քառասուն", "հիսուն", "վաթսուն", "յոթանասուն", "ութսուն", "իննսուն"),
                       teen="տասն", joiner=""),
    f"{_ALONE} hundred": "հարյուր",
    f"{_ALONE} thousand": "հազար",
})

_AZ_NUMBERS: Final = _numbers({
    **_tens_then_units(("sıfır", "bir", "iki", "üç", "dörd", "beş", "altı", "yeddi", "səkkiz", "doqquz"), "on",
                       ("iyirmi", "otuz", "qırx", "əlli", "altmış", "yetmiş", "səksən", "doxsan"),
                       teen="on ", joiner=None),
    f"{_ALONE} hundred": "yüz",
    f"{_ALONE} thousand": "min",
})

_TR_NUMBERS: Final = _numbers({
    # dörd: dört before a vowel (dördü aşkın, dörde kadar)
    **_tens_then_units(("sıfır", "bir", "iki", "üç", "dört|dörd", "beş", "altı", "yedi", "sekiz", "dokuz"), "on",
                       ("yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"),
                       teen="on ", joiner=None),
    f"{_ALONE} hundred": "yüz",
    f"{_ALONE} thousand": "bin",
})


#: The English words of the night that ends on a day (Russian в ночь на 20 июня, Ukrainian у ніч на 20 червня: the night
#: into 20 June, from the 19th to the 20th); read only in those languages (`_foreign_date`), not an English form.
_NIGHT_INTO_WORDS: Final = "night into"
_NIGHT_INTO: Final = re.compile(rf"{_NIGHT_INTO_WORDS} (?P<day>.+)")

_RU_MONTHS_OF: Final = _months("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                               "октября", "ноября", "декабря")
_RUSSIAN: Final = _language(
    {
        **dict.fromkeys(("не менее", "не менее чем", "не меньше", "не меньше чем", "по меньшей мере",
                         "по крайней мере", "как минимум", "минимум"), "at least"),
        **dict.fromkeys(("более", "более чем", "больше", "больше чем", "свыше"), "more than"),
        **dict.fromkeys(("до", "вплоть до", "не более", "не более чем", "не больше", "не больше чем", "максимум"),
                        "up to"),
        **dict.fromkeys(("менее", "менее чем", "меньше", "меньше чем"), "fewer than"),
        **dict.fromkeys(("около", "ок.", "примерно", "приблизительно", "порядка", "ориентировочно"), "around"),
        "почти": "nearly",
        # никто (nobody), ни одного / ни один (not one), as a denial writes its none
        "никто": "nobody",
        **dict.fromkeys(("ни одного", "ни один"), "none"),
        **dict.fromkeys(("чуть более", "чуть больше", "немногим более", "немногим больше"), "just over"),
        **dict.fromkeys(("чуть менее", "чуть меньше", "немногим менее", "немногим меньше"), "just under"),
        **dict.fromkeys(("и более", "и больше", "или более", "или больше"), "or more"),
        "с лишним": "odd",
        "или": "or",
        "несколько": "several",
        **dict.fromkeys(("много", "многие", "многочисленные"), "many"),
        "десятки": "tens",
        "сотни": "hundreds",
        "тысячи": "thousands",
        "десятки тысяч": "tens of thousands",
        "сотни тысяч": "hundreds of thousands",
        "несколько десятков": "several tens",
        # the genitive, as около (about) and не менее (at least) take it: около нескольких десятков
        "нескольких": "several",
        "нескольких десятков": "several tens",
        "нескольких сотен": "several hundred",
        "нескольких тысяч": "several thousand",
        "несколько сотен": "several hundred",
        "несколько тысяч": "several thousand",
        "десяток": "about 10",
        "десятка": "about 10",
        "дюжина": "a dozen",
        "полдюжины": "half a dozen",
    },
    {
        **_RU_MONTHS_OF,
        **_months("январь|янв", "февраль|фев|февр", "март|мар", "апрель|апр", "май", "июнь|июн", "июль|июл",
                  "август|авг", "сентябрь|сен|сент", "октябрь|окт", "ноябрь|ноя|нояб", "декабрь|дек"),
        **_months(*(f"в {name}" for name in ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
                                             "сентябре", "октябре", "ноябре", "декабре"))),  # в июне: in June
        **dict.fromkeys(("в начале", "начало"), "early"),
        **dict.fromkeys(("в середине", "середина"), "mid"),
        **dict.fromkeys(("в конце", "конец"), "late"),
        "с": "from",
        "по": "to",
        **dict.fromkeys(("г.", "г", "года", "год"), ""),
        "между": "between",
        "и": "and",
        # в ночь с 19 на 20 июня: the night between the two days; в ночь на 20 июня: the night before 20 June
        **dict.fromkeys(("в ночь с", "ночь с"), "night of"),
        **dict.fromkeys(("в ночь на", "ночь на"), _NIGHT_INTO_WORDS),
        "на": "to",
        # утром 8 августа, 8 августа вечером (in the morning, by day, in the evening): the part of the day is the
        # day, as in Spanish, Chinese and Korean (ночью alone is not: which night?)
        **dict.fromkeys(("утром", "рано утром", "днём", "днем", "вечером", "поздно вечером"), ""),
    },
    numbers=_RU_NUMBERS,
    singulars={"сотни": "a hundred", "тысячи": "a thousand", "сотню": "a hundred"},
    ranges=[("от", "до"), ("между", "и")],
    name="Russian",
    # не менее 12, а возможно и 20; the parenthetical возможно also between commas: а возможно, и 20
    hedges=_hedges({
        **dict.fromkeys(_hedge_forms(("", "а ", "и "), ("возможно", "может быть", "может", "вероятно"),
                                     ("", " и", ", и")), "possibly"),
        **dict.fromkeys(("а то и", "если не"), "if not"),
    }, ("больше", "более", "гораздо больше", "намного больше")),
)

_UKRAINIAN: Final = _language(
    {
        **dict.fromkeys(("щонайменше", "не менше", "не менше ніж", "не менш ніж", "принаймні", "як мінімум",
                         "мінімум"), "at least"),
        **dict.fromkeys(("понад", "більше", "більше ніж", "більш ніж", "більш як"), "more than"),
        **dict.fromkeys(("до", "не більше", "не більше ніж", "не більш ніж", "максимум"), "up to"),
        **dict.fromkeys(("менше", "менше ніж", "менш ніж", "менш як"), "fewer than"),
        **dict.fromkeys(("близько", "приблизно", "орієнтовно"), "around"),
        "майже": "nearly",
        **dict.fromkeys(("трохи більше", "трохи більше ніж", "трохи більш ніж", "трохи понад"), "just over"),
        **dict.fromkeys(("трохи менше", "трохи менше ніж", "трохи менш ніж"), "just under"),
        **dict.fromkeys(("і більше", "й більше", "та більше", "або більше"), "or more"),
        **dict.fromkeys(("або", "чи"), "or"),
        **dict.fromkeys(("кілька", "декілька"), "several"),
        **dict.fromkeys(("багато", "численні"), "many"),
        "десятки": "tens",
        "сотні": "hundreds",
        "тисячі": "thousands",
        "десятки тисяч": "tens of thousands",
        "сотні тисяч": "hundreds of thousands",
        **dict.fromkeys(("кілька десятків", "декілька десятків"), "several tens"),
        # the genitive, as близько (about) and не менше (at least) take it: близько кількох десятків
        **dict.fromkeys(("кількох", "декількох"), "several"),
        **dict.fromkeys(("кількох десятків", "декількох десятків"), "several tens"),
        **dict.fromkeys(("кількох сотень", "декількох сотень"), "several hundred"),
        **dict.fromkeys(("кількох тисяч", "декількох тисяч"), "several thousand"),
        **dict.fromkeys(("кілька сотень", "декілька сотень"), "several hundred"),
        **dict.fromkeys(("кілька тисяч", "декілька тисяч"), "several thousand"),
        "десяток": "about 10",
        "десятка": "about 10",
        "дюжина": "a dozen",
    },
    {
        **_months("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
                  "жовтня", "листопада", "грудня"),
        **_months("січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень",
                  "жовтень", "листопад", "грудень"),
        **_months(*(f"у {name}|в {name}" for name in ("січні", "лютому", "березні", "квітні", "травні", "червні",
                                                      "липні", "серпні", "вересні", "жовтні", "листопаді",
                                                      "грудні"))),  # у червні: in June
        **dict.fromkeys(("на початку", "початок"), "early"),
        **dict.fromkeys(("в середині", "у середині", "середина"), "mid"),
        **dict.fromkeys(("наприкінці", "в кінці", "у кінці", "кінець"), "late"),
        "з": "from",
        "по": "to",
        "до": "to",
        **dict.fromkeys(("р.", "р", "року", "рік"), ""),
        "між": "between",
        **dict.fromkeys(("і", "та"), "and"),
        # у ніч з 19 на 20 червня: the night between the two days; у ніч на 20 червня: the night before 20 June
        **dict.fromkeys(("у ніч з", "в ніч з", "ніч з"), "night of"),
        **dict.fromkeys(("у ніч на", "в ніч на", "ніч на"), _NIGHT_INTO_WORDS),
        "на": "to",
    },
    numbers=_UK_NUMBERS,
    singulars={"сотні": "a hundred", "тисячі": "a thousand", "сотню": "a hundred"},
    ranges=[("від", "до"), ("між", "і"), ("між", "та")],
    name="Ukrainian",
    # щонайменше 12, а можливо й 20; the parenthetical можливо also between commas: а можливо, й 20
    hedges=_hedges({
        **dict.fromkeys(_hedge_forms(("", "а ", "і ", "й "), ("можливо", "може бути", "може", "ймовірно"),
                                     ("", " й", " і", ", й", ", і")), "possibly"),
        **dict.fromkeys(("а то й", "а то і", "якщо не"), "if not"),
    }, ("більше", "значно більше", "набагато більше")),
)

_FRENCH: Final = _language(
    {
        **dict.fromkeys(("au moins", "au minimum", "pas moins de", "pas moins d'", "minimum"), "at least"),
        **dict.fromkeys(("plus de", "plus d'"), "more than"),
        **dict.fromkeys(("jusqu'à", "jusqu'a", "au maximum", "au plus", "pas plus de", "pas plus d'", "maximum"),
                        "up to"),
        **dict.fromkeys(("moins de", "moins d'"), "fewer than"),
        **dict.fromkeys(("environ", "env.", "approximativement", "autour de", "aux alentours de", "à peu près",
                         "quelque"), "approximately"),
        **dict.fromkeys(("près de", "près d'", "presque"), "nearly"),
        **dict.fromkeys(("un peu plus de", "un peu plus d'"), "just over"),
        **dict.fromkeys(("un peu moins de", "un peu moins d'"), "just under"),
        **dict.fromkeys(("ou plus", "et plus"), "or more"),
        "à": "to",
        "ou": "or",
        "plusieurs": "several",
        "quelques": "a few",
        **dict.fromkeys(("certains", "certaines"), "some"),  # certains militaires sont portés disparus
        **dict.fromkeys(("nombreux", "nombreuses", "de nombreux", "de nombreuses"), "many"),
        **dict.fromkeys(("un grand nombre", "un grand nombre de", "un grand nombre d'"), "a large number"),
        **dict.fromkeys(("un nombre indéterminé", "un nombre indéterminé de", "un nombre indéterminé d'",
                         "un nombre inconnu", "un nombre inconnu de", "un nombre inconnu d'", "un nombre non précisé",
                         "un nombre non précisé de", "un nombre non précisé d'"), "an unspecified number"),
        **dict.fromkeys(("aucun", "aucune"), "none"),
        "des dizaines": "tens",
        "des centaines": "hundreds",
        "des milliers": "thousands",
        "des dizaines de milliers": "tens of thousands",
        "des centaines de milliers": "hundreds of thousands",
        "plusieurs dizaines": "several tens",
        "quelques dizaines": "a few tens",
        "plusieurs centaines": "several hundred",
        "quelques centaines": "a few hundred",
        "plusieurs milliers": "several thousand",
        "quelques milliers": "a few thousand",
        "une douzaine": "a dozen",
        "une demi-douzaine": "half a dozen",
        "des douzaines": "dozens",
        **_tens_nouns("une", "dizaine:10 quinzaine:15 vingtaine:20 trentaine:30 quarantaine:40 cinquantaine:50 "
                             "soixantaine:60 centaine:100"),
        "un millier": "about 1000",
    },
    {
        **_months("janvier|janv", "février|févr", "mars", "avril|avr", "mai", "juin", "juillet|juil", "août",
                  "septembre|sept", "octobre|oct", "novembre|nov", "décembre|déc"),
        "er": "",  # 1er juin
        **dict.fromkeys(("le", "les"), ""),  # le 3 juin, entre le 26 et le 28 juin, les 2 et 3 juin
        # en juin 2022, au mois de juin 2022, courant juin 2022: in June
        **dict.fromkeys(("en", "au mois de", "courant", "au cours du mois de"), ""),
        "début": "early",
        "mi": "mid",
        "fin": "late",
        "du": "from",
        "au": "to",
        "entre": "between",
        "et": "and",
        # dans la nuit du 19 au 20 juin: the night between the two days
        **dict.fromkeys(("dans la nuit du", "la nuit du", "nuit du"), "night of"),
    },
    numbers=_FR_NUMBERS,
    ranges=[("de", "à"), ("de", "a"), ("entre", "et")],
    name="French",
    # au moins 12, peut-être 20; 12, voire 20; 12, voire plus
    hedges=_hedges({
        **dict.fromkeys(_hedge_forms(("", "et ", "ou ", "mais "),
                                     ("peut-être", "peut être", "probablement", "possiblement"), ("", " même")),
                        "possibly"),
        **dict.fromkeys(("voire", "voire même", "sinon", "ou même"), "if not"),
    }, ("plus", "davantage", "bien plus", "beaucoup plus", "encore plus", "bien davantage")),
)

def _creole_numbers() -> dict[int | str, str]:
    """0-99 in Haitian Creole but 7 alone, as the Haitian press (AyiboPost, Radio Kiskeya) and the police write them,
    with or without hyphens: the units (``en``, ``youn``, ``yon`` as the article is one: ``yon moun``, a person;
    ``de`` … ``diznèf``; ``dis-sèt`` and ``disèt``), the tens
    (``ven``, ``trant`` … ``swasant``), each ten before a unit written joined with its ``n`` or ``t`` stem
    (``vennde``, ``trannsenk``, ``ventwit``), apart or with a hyphen (``ven de``, ``ven-de``, ``swasann-onz``), and
    ``eyen`` or ``e en`` for one (``venteyen``, ``ven e en``); 70 and 90 as sixty and eighty with ten to nineteen
    (``swasanndis``, ``katrevendis``, ``katreven-onz``), 80 ``katreven``. The spellings vary from writer to writer;
    all of these read."""
    small = [forms.split("|") for forms in (
        "zewo", "en|youn|yonn|yon", "de", "twa", "kat", "senk", "sis", "sèt", "uit|wit", "nèf", "dis", "onz", "douz",
        "trèz", "katòz", "kenz", "sèz", "disèt|dis-sèt|dissèt", "dizwit|diz-uit|dizuit|dis-uit|dis-wit",
        "diznèf|diz-nèf|dis-nèf")]
    written: dict[int, list[str]] = {number: list(forms) for number, forms in enumerate(small)}

    def add(number: int, ten: str, stems: tuple[str, ...], units: range) -> None:
        """``ten`` (and its joined ``stems``) with each unit of ``units`` after it, as ``number`` plus the unit."""
        for unit in units:
            forms = [f"{base}{join}{form}" for form in small[unit] for base in dict.fromkeys((ten, *stems))
                     for join in ("-", " ")]
            forms += [f"{stem}{form}" for form in small[unit] for stem in stems]
            if unit == 1:
                forms += [f"{stem}eyen" for stem in stems] + [f"{ten} e en", f"{ten}-e-en", f"{ten} e youn"]
            written.setdefault(number + unit, []).extend(forms)

    for number, ten, stems in ((20, "ven", ("venn", "vent")), (30, "trant", ("trann", "trant")),
                               (40, "karant", ("karann", "karant")), (50, "senkant", ("senkann", "senkant")),
                               (60, "swasant", ("swasann", "swasant"))):
        written.setdefault(number, []).append(ten)
        add(number, ten, stems, range(1, 10))
    add(60, "swasant", ("swasann", "swasant"), range(10, 20))  # swasanndis (70), swasann-onz (71)
    written[80] = ["katreven", "katre-ven"]
    add(80, "katreven", ("katreven",), range(1, 20))  # katrevenen (81), katrevendis (90)
    # sèt (7) alone is, its mark left out as the phrases are compared, the Czech set (hundreds: pět set); within
    # a number (dis-sèt, vennsèt) it is read
    del written[7]
    return {number: "|".join(dict.fromkeys(spelling for form in forms for spelling in (form, form.replace("-", " "))))
            for number, forms in written.items()}


_HT_NUMBERS: Final = _numbers({
    **_creole_numbers(),
    f"{_ALONE} hundred": "san",  # san (100), de san (200)
    f"{_ALONE} thousand": "mil",
    # sèt (7) after a hundred or a thousand, where it is no Czech hundreds: de san sèt (207), mil sèt (1,007)
    f"{_ALONE} hundred seven": "san sèt|san set",
    f"{_ALONE} thousand seven": "mil sèt|mil set",
})

#: Haitian Creole (Kreyòl ayisyen), as the Haitian police and government, human-rights groups (RNDDH, CARDH in their
#: Creole releases) and the press (AyiboPost, Radio Kiskeya, Le Nouvelliste's Creole pages) write figures and dates.
#: Its own words, not French ones: ``omwen`` (at least), ``plis pase`` (more than), ``anviwon`` (about),
#: ``plizyè`` (several), the nouns of about N with ``yon`` (``yon ventèn``), months ``oktòb``, ``out`` (August).
_HAITIAN_CREOLE: Final = _language(
    {
        **dict.fromkeys(("omwen", "o mwen", "pou pi piti", "pa mwens pase", "pa mwens ke"), "at least"),
        **dict.fromkeys(("plis pase", "plis ke", "pi plis pase"), "more than"),
        **dict.fromkeys(("jiska", "jis rive", "pa plis pase"), "up to"),
        **dict.fromkeys(("mwens pase", "mwens ke"), "fewer than"),
        # 20 konsa: 20 or so, after the figure as environ is (20 environ)
        **dict.fromkeys(("anviwon", "apeprè", "a pe prè", "alantou", "konsa"), "approximately"),
        "prèske": "nearly",
        **dict.fromkeys(("yon ti kras plis pase", "yon ti jan plis pase"), "just over"),
        **dict.fromkeys(("ou plis", "oswa plis", "e plis", "oubyen plis", "osnon plis"), "or more"),
        **dict.fromkeys(("a", "rive"), "to"),
        **dict.fromkeys(("ou", "oswa", "oubyen", "osnon"), "or"),
        "plizyè": "several",
        "kèk": "a few",
        **dict.fromkeys(("anpil", "yon bann", "yon pakèt"), "many"),
        "yon kantite": "a number of",
        "okenn": "none",
        "pèsonn": "nobody",
        "dè dizèn": "tens",
        "dè santèn": "hundreds",
        "dè milye": "thousands",
        "plizyè dizèn": "several tens",
        "plizyè santèn": "several hundred",
        "plizyè milye": "several thousand",
        "kèk dizèn": "a few tens",
        "kèk santèn": "a few hundred",
        "yon douzèn": "a dozen",
        "yon demi douzèn": "half a dozen",
        "dè douzèn": "dozens",
        "plizyè douzèn": "several dozen",
        "kèk douzèn": "a few dozen",
        **_tens_nouns("yon", "dizèn:10 kenzèn:15 ventèn:20 trantèn:30 karantèn:40 senkantèn:50 swasantèn:60 "
                             "santèn:100"),
        "yon milye": "about 1000",
    },
    {
        **_months("janvye", "fevriye|fevrye", "mas", "avril", "me", "jen", "jiyè|jiyet", "out|dawou", "septanm",
                  "oktòb", "novanm", "desanm"),
        **dict.fromkeys(("nan", "nan mwa", "mwa", "pou mwa"), ""),  # nan mwa oktòb 2024: in October
        **dict.fromkeys(("kòmansman", "nan kòmansman", "konmansman", "nan konmansman", "nan debi", "debi"), "early"),
        **dict.fromkeys(("mitan", "nan mitan"), "mid"),
        **dict.fromkeys(("fen", "nan fen", "lafen", "nan lafen"), "late"),
        "soti": "from",
        **dict.fromkeys(("rive", "jiska", "a"), "to"),
        "ant": "between",
        "ak": "and",
        # nan nwit 2 pou 3 mas: the night between the two days
        **dict.fromkeys(("nan nwit", "nan nwit ki sot", "lannwit", "nan lannwit", "nwit"), "night of"),
        "pou": "to",
    },
    numbers=_HT_NUMBERS,
    ranges=[("ant", "ak"), ("soti", "rive"), ("soti", "a")],
    # 1ye oktòb: the first. Joined to the day only: alone, yè is yesterday, which a date does not know
    day_endings=("ye",),
    nouns=("moun", "sivil", "polisye", "ajan", "bandi", "prizonye", "timoun", "fanm", "gason"),
    name="Haitian Creole",
    # omwen 70, petèt 100; 70, petèt plis; omwen douz, e petèt plis
    hedges=_hedges({
        **dict.fromkeys(_hedge_forms(("", "e ", "ou ", "oswa ", "oubyen ", "men "),
                                     ("petèt", "petet", "gendwa", "gen dwa", "pwobableman"), ("", " menm")),
                        "possibly"),
        **dict.fromkeys(("si se pa", "oubyen menm", "ou menm"), "if not"),
    }, ("plis", "pi plis", "anpil plis", "menm plis")),
)

_SPANISH_MONTHS: Final = ("enero|ene", "febrero|feb", "marzo|mar", "abril|abr", "mayo|may", "junio|jun", "julio|jul",
                          "agosto|ago", "septiembre|setiembre|sep|sept", "octubre|oct", "noviembre|nov",
                          "diciembre|dic")
_SPANISH: Final = _language(
    {
        **dict.fromkeys(("al menos", "por lo menos", "como mínimo", "no menos de", "mínimo"), "at least"),
        "más de": "more than",
        **dict.fromkeys(("hasta", "como máximo", "no más de", "máximo"), "up to"),
        "menos de": "fewer than",
        # "cerca de" is about, as in Portuguese: the same words must not read two ways, and about is the wider.
        **dict.fromkeys(("unos", "unas", "alrededor de", "aproximadamente", "aprox.", "aprox", "en torno a",
                         "cerca de"), "approximately"),
        "casi": "nearly",
        **dict.fromkeys(("poco más de", "algo más de", "un poco más de"), "just over"),
        **dict.fromkeys(("poco menos de", "algo menos de", "un poco menos de"), "just under"),
        "o más": "or more",
        # veinte y pico, cuarenta y tantos: twenty-odd, forty-odd, as the Colombian and Mexican press write it
        **dict.fromkeys(("y pico", "y tantos", "y tantas"), "odd"),
        "a": "to",
        **dict.fromkeys(("o", "u"), "or"),
        **dict.fromkeys(("varios", "varias"), "several"),
        **dict.fromkeys(("muchos", "muchas", "numerosos", "numerosas"), "many"),
        **dict.fromkeys(("un gran número", "un gran número de"), "a large number"),
        **dict.fromkeys(("un número indeterminado", "un número indeterminado de", "un número desconocido",
                         "un número desconocido de"), "an unspecified number"),
        **dict.fromkeys(("unos pocos", "unas pocas", "unos cuantos", "unas cuantas", "algunos", "algunas"), "a few"),
        **dict.fromkeys(("un par", "un par de"), "a couple"),
        **dict.fromkeys(("ningún", "ninguno", "ninguna"), "none"),
        "nadie": "nobody",
        "decenas": "tens",
        **dict.fromkeys(("cientos", "centenares"), "hundreds"),
        "miles": "thousands",
        "decenas de miles": "tens of thousands",
        **dict.fromkeys(("cientos de miles", "centenares de miles"), "hundreds of thousands"),
        "varias decenas": "several tens",
        **dict.fromkeys(("unas decenas", "algunas decenas"), "a few tens"),
        **dict.fromkeys(("varios cientos", "varios centenares"), "several hundred"),
        "varios miles": "several thousand",
        "una docena": "a dozen",
        "media docena": "half a dozen",
        "docenas": "dozens",
        **_tens_nouns("una", "decena:10 quincena:15 veintena:20 treintena:30 cuarentena:40 cincuentena:50 "
                             "centena:100"),
        "un centenar": "about 100",
        "un millar": "about 1000",
        # más de medio centenar de muertos: half a hundred, as media docena is half a dozen
        "medio centenar": "about 50",
        "medio millar": "about 500",
    },
    {
        **_months(*_SPANISH_MONTHS),
        # 2 de mayo del 2002, del año 2002, as Latin America writes the year
        **_months(*("|".join(f"{form} {words}" for form in forms.split("|") for words in ("del", "del año"))
                    for forms in _SPANISH_MONTHS)),
        # a mediados del mes de enero: the month named as officialese does, "of the month of"
        **dict.fromkeys((f"{part}{of}" for part in ("a principios", "principios", "a comienzos", "comienzos",
                                                    "a inicios", "inicios") for of in (" de", " del mes de")),
                        "early"),
        **dict.fromkeys((f"{part}{of}" for part in ("a mediados", "mediados") for of in (" de", " del mes de")),
                        "mid"),
        **dict.fromkeys((f"{part}{of}" for part in ("a finales", "finales", "a fines", "fines")
                         for of in (" de", " del mes de")), "late"),
        **dict.fromkeys(("en el mes de", "durante el mes de", "el mes de"), ""),
        "del": "from",
        "al": "to",
        # desde el 16 de enero hasta el 31 de enero: from ... to; "desde" alone (since) stays refused, as "from"
        "desde": "from",
        "hasta": "to",
        "a": "to",
        "de": "",
        "el": "",  # entre el 26 y el 28 de junio
        "en": "",  # en junio de 2022: in June
        **dict.fromkeys(("ro", "ero"), ""),  # 1ro (1ero) de junio: primero
        "entre": "between",
        "y": "and",
        # en la noche del 19 al 20 de junio: the night between the two days
        **dict.fromkeys(("en la noche del", "la noche del", "noche del"), "night of"),
        # en la madrugada del 26 de enero, la tarde del 9 de marzo: the part of the day is the day (the night alone
        # is not, as in English: which night?)
        **dict.fromkeys((f"{on}{article}{part} del" for on in ("", "en ", "en horas de ") for article in ("", "la ")
                         for part in ("madrugada", "mañana", "manana", "tarde")), ""),
        # el pasado 16 de enero (de 2025): last 16 January, a date the source counts from, written out in full
        "pasado": "",
    },
    numbers=_ES_NUMBERS,
    ranges=[("entre", "y"), ("de", "a")],
    name="Spanish",
    # al menos 12, posiblemente 20; 12, quizás más
    hedges=_hedges({
        **dict.fromkeys(_hedge_forms(("", "y ", "o ", "pero "),
                                     ("posiblemente", "quizás", "quizá", "tal vez", "probablemente"), ("", " incluso")),
                        "possibly"),
        **dict.fromkeys(("o incluso", "e incluso", "incluso"), "if not"),
    }, ("más", "muchos más", "muchas más", "aún más", "todavía más")),
)

#: The ``a`` (on) that opens a Portuguese date whose day follows it (``a 24 de março de 2021``), where the dates
#: table reads ``a`` as the *to* of a range (`_portuguese_date_order`).
_PORTUGUESE_ON: Final = re.compile(r"^a (?=[0-9])")


def _portuguese_date_order(text: str) -> str:
    """A Portuguese date without the ``a`` (on) that opens it before its day's digits, as Portugal writes the day
    of an event: ``a 24 de março de 2021`` as ``24 de março de 2021``; an ``a`` between two days stays *to*."""
    return _PORTUGUESE_ON.sub("", text)


_PORTUGUESE: Final = _language(
    {
        **dict.fromkeys(("pelo menos", "ao menos", "no mínimo", "não menos de", "mínimo"), "at least"),
        "mais de": "more than",
        **dict.fromkeys(("até", "no máximo", "não mais de", "máximo"), "up to"),
        "menos de": "fewer than",
        **dict.fromkeys(("cerca de", "aproximadamente", "por volta de", "em torno de", "à volta de", "em redor de",
                         "uns", "umas"), "approximately"),
        # perto de 50 mortos: close to 50, as the French près de is nearly
        **dict.fromkeys(("quase", "perto de"), "nearly"),
        **dict.fromkeys(("pouco mais de", "um pouco mais de"), "just over"),
        **dict.fromkeys(("pouco menos de", "um pouco menos de"), "just under"),
        "ou mais": "or more",
        # vinte e tal, trinta e poucos: twenty-odd, thirty-odd, as the Spanish y pico
        **dict.fromkeys(("e tal", "e tantos", "e tantas", "e poucos", "e poucas"), "odd"),
        "a": "to",
        "ou": "or",
        **dict.fromkeys(("vários", "várias"), "several"),
        **dict.fromkeys(("muitos", "muitas", "numerosos", "numerosas"), "many"),
        **dict.fromkeys(("um grande número", "um grande número de"), "a large number"),
        **dict.fromkeys((f"um número {unsaid}{of}" for unsaid in ("indeterminado", "desconhecido", "não especificado",
                                                                  "não determinado", "não divulgado", "incerto")
                         for of in ("", " de")), "an unspecified number"),
        **dict.fromkeys(("uns poucos", "umas poucas", "uns quantos", "umas quantas", "alguns", "algumas"), "a few"),
        **dict.fromkeys(("um par", "um par de"), "a couple"),
        **dict.fromkeys(("nenhum", "nenhuma"), "none"),
        "ninguém": "nobody",
        "dezenas": "tens",
        "centenas": "hundreds",
        "milhares": "thousands",
        "dezenas de milhares": "tens of thousands",
        "centenas de milhares": "hundreds of thousands",
        # largas dezenas (many tens), as the Portuguese press writes several tens
        **dict.fromkeys(("várias dezenas", "largas dezenas"), "several tens"),
        "algumas dezenas": "a few tens",
        **dict.fromkeys(("várias centenas", "largas centenas"), "several hundred"),
        "algumas centenas": "a few hundred",
        **dict.fromkeys(("vários milhares", "largos milhares"), "several thousand"),
        "alguns milhares": "a few thousand",
        "uma dúzia": "a dozen",
        "meia dúzia": "half a dozen",
        "dúzias": "dozens",
        **_tens_nouns("uma", "dezena:10 quinzena:15 vintena:20 trintena:30 quarentena:40 cinquentena:50 "
                             "centena:100"),
        "um milhar": "about 1000",
        # mais de meia centena de mortos: half a hundred, as meia dúzia is half a dozen
        "meia centena": "about 50",
        "meio milhar": "about 500",
    },
    {
        **_months("janeiro|jan", "fevereiro|fev", "março|mar", "abril|abr", "maio|mai", "junho|jun", "julho|jul",
                  "agosto|ago", "setembro|set", "outubro|out", "novembro|nov", "dezembro|dez"),
        # em finais de março, no início do mês de abril: the month named as the Portuguese press and officialese do
        **dict.fromkeys((f"{part}{of}" for part in ("no início", "início", "em inícios", "inícios", "no começo",
                                                    "começo", "em princípios", "princípios", "no princípio",
                                                    "princípio") for of in (" de", " do mês de")), "early"),
        **dict.fromkeys((f"{part}{of}" for part in ("em meados", "meados") for of in (" de", " do mês de")), "mid"),
        **dict.fromkeys((f"{part}{of}" for part in ("no final", "final", "no fim", "fim", "em fins", "fins",
                                                    "em finais", "nos finais", "finais")
                         for of in (" de", " do mês de")), "late"),
        **dict.fromkeys(("no mês de", "durante o mês de", "o mês de"), ""),
        "a": "to",
        # de 24 de março até 5 de abril: from ... to; "desde" alone (since) stays refused, as "from" is
        "desde": "from",
        "até": "to",
        "de": "",
        "em": "",  # em junho de 2022: in June
        # no dia 24 de março, nos dias 24 e 25 de março, no passado dia 24 de março: the day, written out in full
        **dict.fromkeys(("dia", "no dia", "nos dias", "no passado dia", "no passado", "passado"), ""),
        **dict.fromkeys(("entre", "entre os dias"), "between"),
        "e": "and",
        # na noite de 19 para 20 de junho: the night between the two days
        **dict.fromkeys(("na noite de", "noite de"), "night of"),
        # na madrugada de 28 de maio, na tarde de 26 de março: the part of the day is the day (the night alone is
        # not, as in English: which night?)
        **dict.fromkeys((f"{on}{part} de" for on in ("", "na ", "pela ", "durante a ", "ao fim da ", "ao final da ")
                         for part in ("madrugada", "manhã", "tarde")), ""),
        "para": "to",
    },
    # a 24 de março de 2021: on 24 March, as Portugal writes the day (`_portuguese_date_order`)
    date_order=_portuguese_date_order,
    numbers=_PT_NUMBERS,
    ranges=[("entre", "e"), ("de", "a")],
    name="Portuguese",
    # pelo menos 12, possivelmente 20; 12, talvez mais
    hedges=_hedges({
        **dict.fromkeys(_hedge_forms(("", "e ", "ou ", "mas "), ("possivelmente", "talvez", "provavelmente"),
                                     ("", " até")), "possibly"),
        **dict.fromkeys(("ou até", "ou mesmo", "ou até mesmo"), "if not"),
    }, ("mais", "muito mais", "muitos mais", "muitas mais", "ainda mais")),
)

#: The Arabic و (and) written onto the digits of a day that follows it, as Arabic writes it: ``15 و16 ديسمبر``.
_ARABIC_AND_DIGITS: Final = re.compile(r"(?<!\w)و(?=[0-9])")


def _arabic_date_order(text: str) -> str:
    """An Arabic date with a و (and) written onto the day after it set apart, as the dates table reads the word:
    ``بين 15 و19 ديسمبر 2023`` as ``بين 15 و 19 ديسمبر 2023`` (between 15 and 19 December 2023)."""
    return _ARABIC_AND_DIGITS.sub("و ", text)


#: The parts of the day Arabic statements and the press date an attack by, read as the day: at dawn (فجر), in the
#: morning, at noon, in the afternoon, in the evening, also with يوم (day) after them; also before a day of the week
#: (`_WEEKDAY_FIRST`: فجر الجمعة).
_ARABIC_PARTS_OF_DAY: Final = _ARABIC_DAY_PARTS.split("|")

_ARABIC: Final = _language(
    {
        **dict.fromkeys(("على الأقل", "ما لا يقل عن", "لا يقل عن"), "at least"),
        # أزيد من (Maghrebi), ما يفوق (exceeding), ما يربو على (upwards of): more than
        **dict.fromkeys(("أكثر من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "يزيد على", "أزيد من", "ما يفوق",
                         "يفوق", "ما يربو على", "ما يربو عن", "يربو على"), "more than"),
        **dict.fromkeys(("حتى", "ما يصل إلى", "لا يزيد عن"), "up to"),
        "على الأكثر": "at most",  # before or after the number, as the English
        "أقل من": "fewer than",
        **dict.fromkeys(("حوالي", "نحو", "زهاء", "قرابة", "ما يقارب", "تقريبا", "ما يناهز", "يناهز"),
                        "approximately"),
        "ما يقرب من": "nearly",
        "أو": "or",
        "إلى": "to",  # 150 إلى 200, as من 150 إلى 200 (from 150 to 200) is a range
        **dict.fromkeys(("عدة", "بضعة", "بضع"), "several"),
        "عدد من": "a number of",
        **dict.fromkeys(("العديد", "العديد من", "الكثير", "الكثير من", "كثيرون"), "many"),
        **dict.fromkeys(("عدد كبير", "عدد كبير من"), "a large number"),
        **dict.fromkeys(("عدد غير محدد", "عدد غير محدد من", "عدد غير معروف", "عدد غير معروف من"),
                        "an unspecified number"),
        **dict.fromkeys(("عشرات", "العشرات"), "tens"),
        **dict.fromkeys(("مئات", "المئات"), "hundreds"),
        **dict.fromkeys(("آلاف", "الآلاف"), "thousands"),
        "عشرات الآلاف": "tens of thousands",
        "مئات الآلاف": "hundreds of thousands",
        **dict.fromkeys(("عدة عشرات", "بضع عشرات", "بضعة عشرات"), "several tens"),
        **dict.fromkeys(("عدة مئات", "بضع مئات", "بضعة مئات"), "several hundred"),
        **dict.fromkeys(("عدة آلاف", "بضعة آلاف", "بضع آلاف"), "several thousand"),
    },
    {
        **_months("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو|يونيه", "يوليو|يوليه", "أغسطس", "سبتمبر",
                  "أكتوبر", "نوفمبر", "ديسمبر"),
        **_months("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
                  "تشرين الثاني", "كانون الأول"),
        **_months("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر",
                  "ديسمبر"),
        **_months("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر",
                  "دجنبر"),
        **dict.fromkeys(("أوائل", "بداية", "مطلع"), "early"),
        **dict.fromkeys(("منتصف", "أواسط"), "mid"),
        **dict.fromkeys(("أواخر", "نهاية"), "late"),
        "من": "from",
        "إلى": "to",
        # بين 15 و19 ديسمبر 2023, 15 و16 ديسمبر 2023: between, and (و written onto the day: `_arabic_date_order`)
        **dict.fromkeys(("بين", "ما بين"), "between"),
        "و": "and",
        "في": "",  # في 13 أغسطس 2024: on, in, as English on and in are left out
        "م": "",  # 2022م: of the Common Era
        # ليلة 13 إلى 14 يونيو, ليلة 13-14 يونيو, ليلة 13 على 14 يونيو: the night of the 13th into the 14th (ليلة
        # alone, which night?, is not read); the part of the day is the day: فجر 13 يونيو (at dawn), صباح, مساء
        **dict.fromkeys(("ليلة", "في ليلة", "خلال ليلة", "ليل"), "night of"),
        "على": "to",
        **dict.fromkeys(_ARABIC_PARTS_OF_DAY, ""),
    },
    numbers=_AR_NUMBERS,
    ranges=[("من", "إلى"), ("بين", "و"), ("ما بين", "و"), ("ما بين", "إلى")],
    date_order=_arabic_date_order,
    name="Arabic",
    # 12 على الأقل وربما 20: and perhaps 20
    hedges=_hedges({
        **dict.fromkeys(("وربما", "و ربما", "ربما", "أو ربما", "بل ربما", "وربما حتى", "ربما حتى"),
                        "possibly"),
        **dict.fromkeys(("بل", "إن لم يكن"), "if not"),
    }, ("أكثر", "أكثر من ذلك", "أكثر بكثير")),
)


def _suffixed_forms(endings: str, words: Iterable[str], english: str) -> dict[str, str]:
    """A case ending of a number (its variants by vowel harmony, after a hyphen or an apostrophe, or joined to a
    number in words) and the word after it: ``20-dən çox``, ``20'den fazla``, ``yirmiden fazla``."""
    return {f"{mark}{ending} {word}": english for mark in ("-", "'", "") for ending in endings.split()
            for word in words}


_AZERBAIJANI_MONTHS: Final = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
                               "oktyabr", "noyabr", "dekabr")
#: A night as the Azerbaijani ministries date it, after the month in the genitive: from the first day into the next
#: (``oktyabrın 10-dan 11-nə keçən gecə``, the night passing from the 10th to the 11th), with the word of the night
#: after the days (`_azerbaijani_date_order`); folded as dates are, ç as c.
_AZ_NIGHT: Final = re.compile(
    r"(?P<head>.*?)(?P<month>\S+) (?P<first>[0-9]{1,2}) ?-?(?:dan|dən|ndan|ndən) (?P<second>[0-9]{1,2}) ?-?\w+"
    r" (?:kecən |keçən )?(?P<night>gecəsi|gecə)(?P<tail>.*)")


#: A range of days as Azerbaijani writes it, from the first day (-dan, -dən) up to the last (-dək, or a dative and
#: qədər or kimi): ``sentyabrın 27-dən oktyabrın 10-dək``, ``sentyabrın 27-dən 30-a qədər``
#: (`_azerbaijani_date_order`); folded as dates are.
_AZ_RANGE: Final = re.compile(
    r"(?P<head>.*?)(?P<month>\S+) (?P<first>[0-9]{1,2}) ?-?n?d[aə]n (?:(?P<last_month>\S+) )?(?P<last>[0-9]{1,2})"
    r" ?-?(?:\w*d[aə]k|\w+ (?:qədər|kimi))(?P<tail>(?:,? [0-9]{4}.*)?)")


def _night_and_range_order(text: str, night_re: re.Pattern[str], range_re: re.Pattern[str]) -> str:
    """A date in the order the date table reads, given the language's night (groups head, month, first, second,
    night, tail) and range of days (head, month, first, last_month, last, tail): the night put before its days, the
    range written with a dash (`_azerbaijani_date_order`, `_armenian_date_order`)."""
    if (night := night_re.fullmatch(text)) is not None:
        return (f"{night['head']}{night['night']} {night['month']} {night['first']}-{night['second']}"
                f"{night['tail']}")
    if (days := range_re.fullmatch(text)) is not None:
        last = f"{days['last_month']} {days['last']}" if days["last_month"] else days["last"]
        return f"{days['head']}{days['month']} {days['first']} - {last}{days['tail']}"
    return text


def _azerbaijani_date_order(text: str) -> str:
    """An Azerbaijani date in the order the date table reads: a night written after its days (`_AZ_NIGHT`) put
    before them, after the year where it comes first (``2020-ci il gecə oktyabrın 10-11``: the night of 10 to 11
    October 2020); a range of days up to the last (`_AZ_RANGE`) as a range with a dash (``sentyabrın 27 -
    oktyabrın 10``)."""
    return _night_and_range_order(text, _AZ_NIGHT, _AZ_RANGE)


#: The dative on a figure's digits at the end of an Azerbaijani count, in its vowel-harmony forms, as a toll that
#: has risen is written (ölənlərin sayı 125-ə çatıb, the toll has reached 125), and the possessive of the third
#: person, as a part of those named is counted (192-si həlak olub, 192 of them were killed; ən azı 192-si): it says
#: nothing of the figure. Folded as counts are (the dotless ı as i: 192-sı is 192-si).
_AZ_FIGURE_ENDING: Final = re.compile(r"(?<=[0-9])-(?:a|ə|ya|yə|si|sı|su|sü|i|ı|u|ü)$")


def _azerbaijani_words(text: str) -> str:
    """An Azerbaijani count without the dative or the possessive on its last digits (`_AZ_FIGURE_ENDING`): ``125-ə``
    and ``125-si`` are ``125``; a range's ``12-yə qədər`` keeps it, as the word after it follows."""
    return _AZ_FIGURE_ENDING.sub("", text.rstrip())


#: The Azerbaijani months in the genitive, as dates write them before a day or a part of the month (iyunun 3-də,
#: iyunun sonunda).
_AZERBAIJANI_GENITIVES: Final = ("yanvarın", "fevralın", "martın", "aprelin", "mayın", "iyunun", "iyulun", "avqustun",
                                 "sentyabrın", "oktyabrın", "noyabrın", "dekabrın")
_AZERBAIJANI: Final = _language(
    {
        **dict.fromkeys(("ən azı", "minimum"), "at least"),
        **dict.fromkeys(("ən çoxu", "maksimum"), "up to"),
        **dict.fromkeys(("təxminən", "təqribən"), "approximately"),
        "və ya": "or",
        "bir neçə": "several",
        # many, a large number of (çoxlu yaralı, çox sayda mülki şəxs), as the Turkish birçok and çok sayıda
        **dict.fromkeys(("çoxlu", "bir çox", "xeyli"), "many"),
        **dict.fromkeys(("çox sayda", "çoxsaylı"), "a large number"),
        # bir neçə yüz, bir neçə min: several hundred, several thousand (as մի քանի հարյուր, несколько сотен)
        "bir neçə on": "several tens",
        "bir neçə yüz": "several hundred",
        "bir neçə min": "several thousand",
        "onlarla": "tens",
        "yüzlərlə": "hundreds",
        "minlərlə": "thousands",
        "on minlərlə": "tens of thousands",
        "yüz minlərlə": "hundreds of thousands",
    },
    {
        **_months(*_AZERBAIJANI_MONTHS),
        # 2022-ci il, 2022-ci ildə (in 2022)
        **{f"-{ending} {year}": "" for ending in ("ci", "cı", "cu", "cü") for year in ("il", "ilin", "ildə")},
        # iyunun 3-də, 2022-ci il iyunun 3-ü: the genitive of the month before a dated day, and the day's ending
        # after its hyphen (on the 3rd: -də, -da; the 3rd: -i, -ı, -u, -ü, -si, -sı, -su, -sü); tarixində, tarixdə:
        # on the date (3 iyun 2022-ci il tarixində)
        **_months(*_AZERBAIJANI_GENITIVES),
        **dict.fromkeys((*(f"-{ending}" for ending in ("də", "da", "i", "ı", "u", "ü", "si", "sı", "su", "sü")),
                         "tarixində", "tarixdə"), ""),
        **dict.fromkeys(("gecə", "gecəsi"), "night of"),  # put before its days by _azerbaijani_date_order
        # iyunda, iyun ayında: in June; iyunun əvvəlində, iyun ayının sonunda: early, late June
        **_months(*(f"{name}|{month} ayında" for month, name in zip(_AZERBAIJANI_MONTHS, (
            "yanvarda", "fevralda", "martda", "apreldə", "mayda", "iyunda", "iyulda", "avqustda", "sentyabrda",
            "oktyabrda", "noyabrda", "dekabrda"), strict=True))),
        **_month_parts([f"{name}|{month} ayının" for month, name in zip(_AZERBAIJANI_MONTHS, _AZERBAIJANI_GENITIVES,
                                                                         strict=True)], {
            **dict.fromkeys(("əvvəlində", "əvvəllərində", "başında", "başlanğıcında"), "early"),
            **dict.fromkeys(("ortasında", "ortalarında"), "mid"),
            **dict.fromkeys(("sonunda", "sonlarında", "axırında", "axırlarında"), "late"),
        }),
    },
    after={
        **_suffixed_forms("dən dan", ("çox", "artıq"), "more than"),
        **_suffixed_forms("dən dan", ("az",), "fewer than"),
        **_suffixed_forms("yə ya ə a", ("qədər",), "up to"),
        **_suffixed_forms("yə ya ə a", ("yaxın",), "nearly"),
        **{f"{mark}{ending}": "up to" for mark in ("-", "") for ending in ("dək", "dak")},
    },
    numbers=_AZ_NUMBERS,
    # 10-dan 12-yə qədər, 10-dan 12-dək: from 10 to 12 (the case endings in their vowel-harmony forms, joined to the
    # digits by a hyphen); 10 ilə 12 arasında: between 10 and 12
    ranges=[*(("", start, end) for start in ("-dan", "-dən") for end in (
        *(f"-{ending} {word}" for ending in ("a", "ə", "ya", "yə") for word in ("qədər", "kimi")), "-dək", "-dak")),
        ("", "ilə", "arasında")],
    year_first=True,
    date_order=_azerbaijani_date_order,
    count_words=_azerbaijani_words,
    name="Azerbaijani",
)

#: A night as Turkish dates it, folded as dates are (ç, ğ, ı, ş as c, g, i, s): the night of two days with the word
#: of the night after them, before or after the year (``9-10 Ekim 2019 gecesi``, ``9-10 Ekim gecesi, 2019``), or the
#: night that joins one day to the next (``9 Ekim'i 10 Ekim'e bağlayan gece``, ``9'u 10 Ekim'e bağlayan gece``:
#: the first day in the accusative, the next in the dative), put before its days by `_turkish_date_order`.
_TR_NIGHT: Final = re.compile(
    r"(?P<head>.*?)(?P<days>[0-9]{1,2} ?- ?[0-9]{1,2} \S+(?: [0-9]{4})?) (?:gecesi|gece)(?P<tail>.*)")
_TR_NIGHT_JOINING: Final = re.compile(
    r"(?P<head>.*?)(?P<first>[0-9]{1,2})(?: (?P<first_month>[^\s'0-9]+?))?(?: (?P<first_year>[0-9]{4}))?'?(?:y|n)?[iu]"
    r" (?P<second>[0-9]{1,2}) (?P<month>[^\s'0-9]+?)(?: (?P<year>[0-9]{4}))?'?y?[ae] baglayan (?:gecesi|gece)"
    r"(?P<tail>.*)")


def _turkish_date_order(text: str) -> str:
    """A Turkish night in the order the date table reads (`_TR_NIGHT`, `_TR_NIGHT_JOINING`): the word of the night
    before its days, as English writes "the night of 9-10 October 2019"; other text as it is."""
    if (night := _TR_NIGHT.fullmatch(text)) is not None:
        return f"{night['head']}gecesi {night['days']}{night['tail']}"
    if (night := _TR_NIGHT_JOINING.fullmatch(text)) is not None:
        first = f"{night['first']} {night['first_month']} - " if night["first_month"] else f"{night['first']}-"
        year = night["year"] or night["first_year"]
        return (f"{night['head']}gecesi {first}{night['second']} {night['month']}{f' {year}' if year else ''}"
                f"{night['tail']}")
    return text


_TURKISH_MONTHS: Final = ("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
                          "kasım", "aralık")
_TURKISH: Final = _language(
    {
        "en az": "at least",
        "en fazla": "up to",
        **dict.fromkeys(("yaklaşık", "tahminen"), "approximately"),
        "civarında": "or so",
        "veya": "or",
        "birkaç": "several",
        "birkaç on": "several tens",
        "birkaç yüz": "several hundred",
        "birkaç bin": "several thousand",
        "onlarca": "tens",
        "yüzlerce": "hundreds",
        "binlerce": "thousands",
        "on binlerce": "tens of thousands",
        "yüz binlerce": "hundreds of thousands",
        "bir düzine": "a dozen",
        "düzine": "dozen",  # iki düzine: two dozen
        "düzinelerce": "dozens",
        "çok sayıda": "a large number",
        **dict.fromkeys(("birçok", "pek çok"), "many"),
        "bazı": "some",
        **dict.fromkeys(("hiç kimse", "kimse"), "nobody"),
    },
    {
        **_months(*_TURKISH_MONTHS),
        **dict.fromkeys(("yılı", "yılında", "yılının"), ""),  # 2022 yılı Haziran ayında
        **dict.fromkeys(("gece", "gecesi"), "night of"),  # put before its days by _turkish_date_order
        "ve": "and",  # 20 ve 21 Temmuz 2022: 20 and 21 July 2022
        # 13 Ekim 2019 tarihinde, 13 Ekim 2019 günü: on the date, on the day (13 October 2019)
        **dict.fromkeys(("tarihinde", "tarihi", "günü"), ""),
        # Haziran'da, Haziranda, Haziran ayında: in June; Haziran başında, Haziran ayının sonunda: early, late June
        **_months(*(f"{name}|{month}'{name[len(month):]}|{month} ayında" for month, name in zip(_TURKISH_MONTHS, (
            "ocakta", "şubatta", "martta", "nisanda", "mayısta", "haziranda", "temmuzda", "ağustosta", "eylülde",
            "ekimde", "kasımda", "aralıkta"), strict=True))),
        **_month_parts([f"{month}|{name}|{month}'{name[len(month):]}|{month} ayı|{month} ayının" for month, name in zip(
            _TURKISH_MONTHS, ("ocağın", "şubatın", "martın", "nisanın", "mayısın", "haziranın", "temmuzun",
                              "ağustosun", "eylülün", "ekimin", "kasımın", "aralığın"), strict=True)], {
            **dict.fromkeys(("başında", "başlarında", "başı"), "early"),
            **dict.fromkeys(("ortasında", "ortalarında", "ortası"), "mid"),
            **dict.fromkeys(("sonunda", "sonlarında", "sonu"), "late"),
        }),
    },
    after={
        **_suffixed_forms("den dan ten tan", ("fazla", "çok"), "more than"),
        **_suffixed_forms("den dan ten tan", ("az",), "fewer than"),
        **_suffixed_forms("ye ya e a", ("kadar",), "up to"),
        **_suffixed_forms("ye ya e a", ("yakın",), "nearly"),
        **_suffixed_forms("yi yı yu yü i ı u ü", ("aşkın",), "more than"),  # 20'yi aşkın: exceeding 20
        **_suffixed_forms("nin nın nun nün in ın un ün", ("üzerinde", "üstünde"), "more than"),
        **_suffixed_forms("nin nın nun nün in ın un ün", ("altında",), "fewer than"),
    },
    numbers=_TR_NUMBERS,
    # 10'dan 12'ye kadar, 3'ten 5'e kadar: from 10 to 12 (the ablative and the dative in their vowel-harmony forms,
    # after an apostrophe or a hyphen); 10 ile 12 arasında, 10 ile 12 arası, 10 ila 12: between 10 and 12, 10 to 12
    ranges=[*(("", f"{mark}{start}", f"{close_mark}{end} kadar") for mark in ("'", "-") for close_mark in ("'", "-")
              for start in ("dan", "den", "tan", "ten") for end in ("a", "e", "ya", "ye")),
            *(("", between, close) for between in ("ile", "ila") for close in ("arasında", "arası")), ("", "ila")],
    year_first=True,
    date_order=_turkish_date_order,
    name="Turkish",
    # en az 12, belki de 20; 12, belki daha fazla
    hedges=_hedges({
        **dict.fromkeys(_hedge_forms(("", "ve ", "veya ", "ama "),
                                     ("belki", "belki de", "muhtemelen", "olasılıkla", "büyük olasılıkla")),
                        "possibly"),
        "hatta": "if not",
    }, ("daha fazla", "daha da fazla", "çok daha fazla")),
)

def _armenian_ten_bounds() -> dict[str, str]:
    """The Armenian bounds of one ten (`_ARMENIAN`): a bound word before ``տասնյակ`` (``ավելի քան տասնյակ``, more
    than ten) or its case ending and bound after it (``տասնյակից ավելի``), where ``տասնյակ`` is the noun a ten, not
    tens; before ``տասնյակ հազարավոր`` (tens of thousands) the bound stays that of tens of thousands."""
    bounds = {
        "at least": ("առնվազն", "ոչ պակաս, քան", "ոչ պակաս քան"),
        "more than": ("ավելի քան", "ավելի, քան"),
        "up to": ("մինչև", "ոչ ավելի, քան", "ոչ ավելի քան", "առավելագույնը"),
        "fewer than": ("պակաս, քան", "պակաս քան"),
        "approximately": ("մոտ", "շուրջ", "մոտավորապես"),
        "nearly": ("գրեթե",),
    }
    out = {f"{word} տասնյակ": f"{english} 10" for english, words in bounds.items() for word in words}
    out |= {f"{word} տասնյակ հազարավոր": f"{english} tens of thousands"
            for english, words in bounds.items() for word in words}
    out |= {f"տասնյակից {word}": english for word, english in (
        ("ավելի", "more than 10"), ("ավել", "more than 10"), ("պակաս", "fewer than 10"), ("ոչ պակաս", "at least 10"))}
    return out


#: The article or the genitive on a figure's digits at the end of an Armenian count (վիրավորվել է ավելի քան 400-ը,
#: over 400 were wounded; զոհերի թիվը հասել է 68-ի, the toll has reached 68), as a figure is written as a noun in a
#: sentence: they say nothing of the figure.
_HY_FIGURE_ENDING: Final = re.compile(r"(?<=[0-9])-(?:ը|ն|ի)$")


def _armenian_words(text: str) -> str:
    """An Armenian count without the article or genitive ending on its last digits (`_HY_FIGURE_ENDING`): ``ավելի
    քան 400-ը`` is ``ավելի քան 400``, ``68-ի`` is ``68``."""
    return _HY_FIGURE_ENDING.sub("", text.rstrip())


#: A night as the Armenian ministries date it, after the month in the genitive: the night of the first day "into the
#: dawn" of the next (``հոկտեմբերի 10-ի լույս 11-ի գիշերը``) or from the first to the next (``10-ից 11-ի
#: գիշերը``), with the word of the night after the days (`_armenian_date_order`).
_HY_NIGHT: Final = re.compile(
    r"(?P<head>.*?)(?P<month>\S+) (?P<first>[0-9]{1,2}) ?-?(?:ի լույս|ից) (?P<second>[0-9]{1,2}) ?-?ի"
    r" (?P<night>գիշերը|գիշերն|գիշեր)(?P<tail>.*)")


#: A range of days as Armenian writes it, the first day in the ablative and the last with the article (or
#: nothing): ``սեպտեմբերի 27-ից հոկտեմբերի 10-ը``, ``սեպտեմբերի 27-ից մինչև հոկտեմբերի 10``, ``սեպտեմբերի 27-ից
#: 30-ը`` (`_armenian_date_order`).
_HY_RANGE: Final = re.compile(
    r"(?P<head>.*?)(?P<month>\S+ի) (?P<first>[0-9]{1,2}) ?-?ից (?:մինչ(?:և|եւ) )?(?:(?P<last_month>\S+ի) )?"
    r"(?P<last>[0-9]{1,2})(?: ?-?(?:ը|ն|ի|ին))?(?P<tail>(?:,? [0-9]{4}.*)?)")


def _armenian_date_order(text: str) -> str:
    """An Armenian date in the order the date table reads: a night written after its days (`_HY_NIGHT`) put before
    them, after the year where it comes first (``2020 թ. գիշերը հոկտեմբերի 10-11``: the night of 10 to 11 October
    2020); a range of days from the ablative (`_HY_RANGE`) as a range with a dash (``սեպտեմբերի 27 - հոկտեմբերի
    10``)."""
    return _night_and_range_order(text, _HY_NIGHT, _HY_RANGE)


_ARMENIAN_MONTHS: Final = ("հունվար", "փետրվար", "մարտ", "ապրիլ", "մայիս", "հունիս", "հուլիս", "օգոստոս",
                           "սեպտեմբեր", "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր")
_ARMENIAN: Final = _language(
    {
        **dict.fromkeys(("առնվազն", "ոչ պակաս, քան", "ոչ պակաս քան"), "at least"),
        **dict.fromkeys(("ավելի քան", "ավելի, քան"), "more than"),
        **dict.fromkeys(("մինչև", "ոչ ավելի, քան", "ոչ ավելի քան", "առավելագույնը"), "up to"),
        **dict.fromkeys(("պակաս, քան", "պակաս քան"), "fewer than"),
        **dict.fromkeys(("մոտ", "շուրջ", "մոտավորապես"), "approximately"),
        "գրեթե": "nearly",
        "կամ": "or",
        "մի քանի": "several",
        # many, numerous, a large number of, as the Ombudsman and the ministries write the wounded or the houses hit
        **dict.fromkeys(("բազմաթիվ", "շատ"), "many"),
        "մեծ թվով": "a large number",
        **dict.fromkeys(("տասնյակ", "տասնյակներ"), "tens"),
        "հարյուրավոր": "hundreds",
        "հազարավոր": "thousands",
        "տասնյակ հազարավոր": "tens of thousands",
        "մի քանի տասնյակ": "several tens",
        "մի քանի հարյուր": "several hundred",
        "մի քանի հազար": "several thousand",
        # տասնյակ is a ten, as the Russian десяток is: alone (տասնյակ զոհեր) it says tens, but counted (մի
        # տասնյակ, a ten) or under a bound it is one ten (ավելի քան տասնյակ, տասնյակից ավելի: more than ten).
        **dict.fromkeys(("մի տասնյակ", "մեկ տասնյակ"), "about 10"),
        **_armenian_ten_bounds(),
    },
    {
        **_months(*_ARMENIAN_MONTHS),
        **_months(*(f"{name}ին" for name in _ARMENIAN_MONTHS)),  # հունիսին: in June
        # հունիսի սկզբին, հունիս ամսվա վերջին: early, late June
        **_month_parts([f"{name}ի|{name} ամսվա" for name in _ARMENIAN_MONTHS], {
            **dict.fromkeys(("սկզբին", "սկզբներին"), "early"),
            **dict.fromkeys(("կեսին", "կեսերին", "մեջտեղին"), "mid"),
            **dict.fromkeys(("վերջին", "վերջերին"), "late"),
        }),
        **_months(*(f"{name}ի" for name in _ARMENIAN_MONTHS)),  # the genitive of a dated day: հունիսի 3
        **dict.fromkeys(("թ.", "թ", "թվականի", "թվական", "-ին"), ""),
        **dict.fromkeys(("գիշերը", "գիշերն", "գիշեր"), "night of"),  # put before its days by _armenian_date_order
    },
    after={  # after a hyphen in digits (20-ից), joined to a number in words (քսանից)
        **{f"{mark}ից {word}": "more than" for mark in ("-", "") for word in ("ավելի", "ավել")},
        **{f"{mark}ից պակաս": "fewer than" for mark in ("-", "")},
        **{f"{mark}ից ոչ պակաս": "at least" for mark in ("-", "")},
    },
    numbers=_HY_NUMBERS,
    ranges=[("", "-ից"), ("", "-ից մինչև")],  # 10-ից 12, 10-ից մինչև 12: from 10 to 12
    year_first=True,
    date_order=_armenian_date_order,
    count_words=_armenian_words,
    name="Armenian",
)

#: Serbian Latin letters as Serbian Cyrillic ones, the digraphs first: Serbian and Bosnian are written in both
#: scripts, letter for letter.
_SERBIAN_DIGRAPHS: Final = (("lj", "љ"), ("nj", "њ"), ("dž", "џ"))
_SERBIAN_LETTERS: Final = str.maketrans("abcčćdđefghijklmnoprsštuvzž", "абцчћдђефгхијклмнопрсштувзж")


def _latin_and_cyrillic(table: Mapping[str, str]) -> dict[str, str]:
    """The phrases of a Bosnian, Croatian or Serbian ``table`` in Latin letters, and each also in Cyrillic."""

    def cyrillic(phrase: str) -> str:
        for latin, letter in _SERBIAN_DIGRAPHS:
            phrase = phrase.replace(latin, letter)
        return phrase.translate(_SERBIAN_LETTERS)

    return {**table, **{cyrillic(phrase): english for phrase, english in table.items()}}


_BCS_NUMBERS: Final = _numbers({
    # Ijekavian (dvije, dvjesto) and ekavian (dve, dvesta) forms; the collective dvoje, troje, petero, petoro;
    # a ten and a unit with or without i (dvadeset i pet, dvadeset pet).
    **_joined_tens(("nula", "jedan|jedna|jedno|jednog|jednoga|jednom|jednu|jedne", "dva|dvije|dve|dvaju|dvama|dvoje",
                    "tri|triju|trima|troje", "četiri|četiriju|četvero|četvoro", "pet|petero|petoro",
                    "šest|šestero|šestoro", "sedam|sedmero|sedmoro", "osam|osmero|osmoro", "devet|devetero|devetoro",
                    "deset|desetero|desetoro", "jedanaest", "dvanaest", "trinaest", "četrnaest", "petnaest",
                    "šesnaest", "sedamnaest", "osamnaest", "devetnaest"),
                   {20: "dvadeset", 30: "trideset", 40: "četrdeset", 50: "pedeset", 60: "šezdeset", 70: "sedamdeset",
                    80: "osamdeset", 90: "devedeset"}, "i"),
    100: "sto",
    f"{_ALONE} hundred": "stotina|stotinu",  # pet stotina: five hundred
    200: "dvjesto|dvjesta|dvesta|dvije stotine|dve stotine",
    300: "tristo|trista|tri stotine",
    400: "četiristo|četiri stotine",
    500: "petsto",
    600: "šesto|šeststo",
    700: "sedamsto",
    800: "osamsto",
    900: "devetsto",
    # tisuću, hiljadu: a thousand; tisuća, hiljada after five and more (pet tisuća). tisuće, hiljade alone are
    # thousands, and the word after two to four (dvije tisuće).
    f"{_ALONE} thousand": "tisuću|tisuća|hiljadu|hiljada",
    2000: "dvije tisuće|dve tisuće|dvije hiljade|dve hiljade",
    3000: "tri tisuće|tri hiljade",
    4000: "četiri tisuće|četiri hiljade",
})

def _month_forms(*months: tuple[str, str]) -> tuple[str, ...]:
    """Month names in calendar order, each as (forms, forms of the locative) joined by ``|``, as `_months` takes them:
    each locative after ``u`` (``u lipnju``: in June)."""
    return tuple("|".join((*forms.split("|"), *(f"u {locative}" for locative in locatives.split("|"))))
                 for forms, locatives in months)


#: Croatian months, nominative and genitive (lipanj, 12. lipnja), and the locative; written in Latin letters only.
_CROATIAN_MONTHS: Final = _month_forms(
    ("siječanj|siječnja", "siječnju"), ("veljača|veljače", "veljači"), ("ožujak|ožujka", "ožujku"),
    ("travanj|travnja", "travnju"), ("svibanj|svibnja", "svibnju"), ("lipanj|lipnja", "lipnju"),
    ("srpanj|srpnja", "srpnju"), ("kolovoz|kolovoza", "kolovozu"), ("rujan|rujna", "rujnu"),
    ("listopad|listopada", "listopadu"), ("studeni|studenoga|studenog", "studenom|studenome"),
    ("prosinac|prosinca", "prosincu"),
)
#: Serbian and Bosnian months, nominative and genitive (jun, 12. juna), and the locative; in both scripts. The
#: Bosnian juni and juli are read by the Swahili and Indonesian tables, which spell June and July so.
_SERBIAN_MONTHS: Final = _month_forms(
    ("januar|januara", "januaru"), ("februar|februara", "februaru"), ("mart|marta", "martu"),
    ("april|aprila", "aprilu"), ("maj|maja", "maju"), ("jun|juna", "junu"), ("jul|jula", "julu"),
    ("avgust|august|avgusta|augusta", "avgustu|augustu"), ("septembar|septembra", "septembru"),
    ("oktobar|oktobra", "oktobru"), ("novembar|novembra", "novembru"), ("decembar|decembra", "decembru"),
)
_BCS: Final = _language(
    {
        **_latin_and_cyrillic({
            **dict.fromkeys(("najmanje", "barem", "bar", "ne manje od", "minimalno", "minimum"), "at least"),
            **dict.fromkeys(("više od", "preko"), "more than"),
            **dict.fromkeys(("do", "najviše", "ne više od", "maksimalno", "maksimum"), "up to"),
            **dict.fromkeys(("manje od", "ispod"), "fewer than"),
            **dict.fromkeys(("oko", "otprilike", "približno", "cca", "cca."), "approximately"),
            **dict.fromkeys(("gotovo", "skoro", "blizu"), "nearly"),
            **dict.fromkeys(("nešto više od", "nešto preko", "malo više od"), "just over"),
            **dict.fromkeys(("nešto manje od", "malo manje od"), "just under"),
            **dict.fromkeys(("i više", "ili više"), "or more"),
            "i nešto": "odd",  # dvadeset i nešto: twenty-odd
            "ili": "or",
            "nekoliko": "several",
            **dict.fromkeys(("desetine", "deseci", "desetci"), "tens"),
            "stotine": "hundreds",
            **dict.fromkeys(("tisuće", "hiljade"), "thousands"),
            **dict.fromkeys(("desetine tisuća", "deseci tisuća", "desetci tisuća", "desetine hiljada"),
                            "tens of thousands"),
            **dict.fromkeys(("stotine tisuća", "stotine hiljada"), "hundreds of thousands"),
            **dict.fromkeys(("nekoliko desetina", "nekoliko desetaka"), "several tens"),
            "nekoliko stotina": "several hundred",
            **dict.fromkeys(("nekoliko tisuća", "nekoliko hiljada"), "several thousand"),
            # desetak, dvadesetak: about ten, about twenty
            **{word: f"about {number}" for word, number in (
                ("desetak", 10), ("petnaestak", 15), ("dvadesetak", 20), ("tridesetak", 30), ("četrdesetak", 40),
                ("pedesetak", 50), ("šezdesetak", 60), ("stotinjak", 100))},
        }),
    },
    {
        **_months(*_CROATIAN_MONTHS),
        **_latin_and_cyrillic({
            **_months(*_SERBIAN_MONTHS),
            **dict.fromkeys(("početkom", "početak"), "early"),
            **dict.fromkeys(("sredinom", "sredina"), "mid"),
            **dict.fromkeys(("krajem", "kraj"), "late"),
            "od": "from",
            "do": "to",
            "i": "and",
            "između": "between",
            # u noći s 19. na 20. lipnja, u noći između 19. i 20. lipnja: the night between the two days
            **dict.fromkeys(("u noći s", "u noći sa", "u noći od", "noć s", "noć sa", "noć od"), "night of"),
            "u noći između": "night between",
            "na": "to",
            **dict.fromkeys(("godine", "godine.", "god.", "god", "g.", "g"), ""),
        }),
        "izmedju": "between",
        "u noci izmedju": "night between",
    },
    numbers=_latin_and_cyrillic(_BCS_NUMBERS),
    ranges=[("između", "i"), ("izmedju", "i"), ("od", "do"), ("између", "и"), ("од", "до")],
    # The cedilla and the circumflex of Kurmanji (şêst, 60, is no šest, 6) and Turkish: letters BCS never writes.
    unwritten="şçêîûâô",
    name="Bosnian/Croatian/Serbian",
    day_stop=True,
)

#: A night written after its days, as ISPR's Urdu releases date a night's fighting (``11 اور 12 اکتوبر 2025 کی
#: درمیانی شب``, the intervening night of 11 and 12 October 2025; ``11/12 اکتوبر 2025 کی رات``, with ``کو`` or
#: ``میں`` after it): `_urdu_date_order` puts it before them, as English writes it, and the English rules read the
#: night (`_night`: two days that follow each other), as for Hindi (`_HI_NIGHT`). Written in the letters the text
#: is read in (`_plain_letters`: ی, ک as their Arabic kin).
_UR_NIGHT: Final = re.compile(_plain_letters(
    "(?P<days>.+) کی (?:درمیانی |درمیان )?(?:شب|رات)(?: کو| میں)?"))


def _urdu_date_order(text: str) -> str:
    """An Urdu date in the order the date table reads: the word of a night before its days (`_UR_NIGHT`)."""
    if night := _UR_NIGHT.fullmatch(text):
        return f"شب {night['days']}"
    return text


_URDU: Final = _language(
    {
        **dict.fromkeys(("کم از کم", "کم سے کم"), "at least"),
        "زیادہ سے زیادہ": "up to",
        **dict.fromkeys(("تقریباً", "لگ بھگ"), "approximately"),
        "یا": "or",
        "تا": "to",  # ۱۰ تا ۱۲
        **dict.fromkeys(("کئی", "متعدد"), "several"),
        "دسیوں": "tens",
        "درجنوں": "dozens",
        **dict.fromkeys(("سینکڑوں", "سیکڑوں"), "hundreds"),
        "ہزاروں": "thousands",
        "لاکھوں": "hundreds of thousands",
        "ایک درجن": "a dozen",
        "درجن": "dozen",  # 2 درجن: 2 dozen
        # the words of a hundred, a lakh and a crore, read as no count alone (number words are not read) but after
        # digits (3 لاکھ), where they are refused with the figure to write: 300000
        "سو": "hundred",
        "ہزار": f"{_ALONE} thousand",  # a thousand alone, as the Persian word it is (ہزار سے زیادہ: more than 1,000)
        "لاکھ": "lakh",
        "کروڑ": "crore",
    },
    {
        **_months("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر",
                  "دسمبر"),
        "ء": "",  # 2019ء: the year of the Common Era
        "شب": "night of",  # after the days; put first by _urdu_date_order
        "اور": "and",  # 11 اور 12 اکتوبر 2025: 11 and 12 October 2025
    },
    ranges=[("", "سے", "تک"), ("", "سے")],  # 10 سے 12 تک: from 10 to 12
    after={
        **dict.fromkeys(("… سے زائد", "… سے زیادہ", "… سے اوپر"), "more than"),
        "… سے کم": "fewer than",
        "… تک": "up to",
    },
    date_order=_urdu_date_order,
    name="Urdu",
)

#: A night written after its days, as Hindi dates a night's fighting (``15/16 जून 2020 की रात``, the night of 15/16
#: June 2020; ``… की दरमियानी रात को``, on the intervening night of): `_hindi_date_order` puts it before them, as
#: English writes it, and the English rules read the night (`_night`: two days that follow each other).
_HI_NIGHT: Final = re.compile(r"(?P<days>.+) की (?:दरमियानी |मध्य )?रात(?: को| में)?")


def _hindi_date_order(text: str) -> str:
    """A Hindi date in the order the date table reads: the word of a night before its days (`_HI_NIGHT`)."""
    if night := _HI_NIGHT.fullmatch(text):
        return f"रात {night['days']}"
    return text


_HINDI: Final = _language(
    {
        **dict.fromkeys(("कम से कम", "न्यूनतम"), "at least"),
        **dict.fromkeys(("अधिकतम", "ज़्यादा से ज़्यादा", "अधिक से अधिक"), "up to"),
        **dict.fromkeys(("लगभग", "क़रीब", "तक़रीबन"), "approximately"),
        "या": "or",
        "कई": "several",
        "दसियों": "tens",
        "दर्जनों": "dozens",
        "सैकड़ों": "hundreds",
        "हज़ारों": "thousands",
        "लाखों": "hundreds of thousands",
        "हताहत": "casualties",
        "कोई नहीं": "none",
        "एक दर्जन": "a dozen",
        "दर्जन": "dozen",
        # as in Urdu: after digits only (3 हज़ार), refused with the figure to write
        "सौ": "hundred",
        **dict.fromkeys(("हज़ार", "हजार"), "thousand"),
        "लाख": "lakh",
        "करोड़": "crore",
    },
    {
        **_months("जनवरी", "फ़रवरी", "मार्च", "अप्रैल|अप्रेल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर|सितम्बर",
                  "अक्टूबर|अक्तूबर", "नवंबर|नवम्बर", "दिसंबर|दिसम्बर"),
        "रात": "night of",  # after the days; put first by _hindi_date_order
        "और": "and",  # 15 और 16 जून 2020: 15 and 16 June 2020
    },
    ranges=[("", "से", "तक"), ("", "से")],  # 10 से 12 तक: from 10 to 12
    after={
        **dict.fromkeys(("… से अधिक", "… से ज़्यादा", "… से ऊपर"), "more than"),
        "… से कम": "fewer than",
        "… तक": "up to",
    },
    date_order=_hindi_date_order,
    name="Hindi",
)

def _zwnj_spaced(*phrases: str) -> tuple[str, ...]:
    """Persian phrases as typed: a non-joiner (U+200C) between the parts of a word (``دست‌کم``, ``ده‌ها``) is also
    typed as a space (``دست کم``); typed as nothing (``دستکم``) it is what folding leaves (`_INVISIBLE`)."""
    return tuple(dict.fromkeys(form for phrase in phrases for form in (phrase, phrase.replace("\u200c", " "))))


def _persian_numbers() -> dict[int | str, str]:
    """Persian (Dari) numbers: 0-19, the tens, and a ten and a unit joined by و, spaced or not (``بیست و پنج``,
    ``بیست‌وپنج``); the hundreds as one word (``دویست``, ``سیصد``); صد and هزار alone or after a number."""
    units = ["صفر", "یک", "دو", "سه", "چهار", "پنج", "شش|شیش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده",
             "سیزده", "چهارده", "پانزده|پونزده", "شانزده|شونزده", "هفده|هیفده", "هجده|هیجده|هژده", "نوزده"]
    tens = ["بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"]
    table: dict[int | str, str] = dict(enumerate(units))
    for number, ten in enumerate(tens, start=2):
        table[10 * number] = ten
        for unit in range(1, 10):
            table[10 * number + unit] = "|".join(f"{ten}{joiner}{form}" for joiner in (" و ", "و")
                                                 for form in units[unit].split("|"))
    hundreds = ["یکصد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد"]
    table |= {100 * number: name for number, name in enumerate(hundreds, start=1)}
    return table | {f"{_ALONE} hundred": "صد", f"{_ALONE} thousand": "هزار"}


_FA_NUMBERS: Final = _with_and(_numbers(_persian_numbers()), "و")

#: The Gregorian months as Persian writes them: in Iran (``ژانویه``, ``اکتبر``) and in Afghanistan (``جنوری``,
#: ``اکتوبر``, as Urdu and Pashto have them).
_PERSIAN_MONTHS: Final = (
    "ژانویه|ژانویهٔ|جنوری", "فوریه|فبروری|فروری", "مارس|مارچ", "آوریل|اپریل|آپریل", "مه|می|مئی", "ژوئن|جون",
    "ژوئیه|جولای|جولائی", "اوت|آگوست|اگست|آگست", "سپتامبر|سپتمبر", "اکتبر|اکتوبر", "نوامبر|نومبر", "دسامبر|دسمبر",
)

#: The night before its two days in Persian: شب ۲۳ به ۲۴ خرداد (the night of the 23rd into the 24th), در شب.
_PERSIAN_NIGHT: Final = ("شب", "در شب")
#: The parts of the day Iranian statements and agencies date an attack by, read as the day: at dawn (بامداد,
#: سحرگاه), early morning, morning, noon, afternoon, evening (شامگاه, غروب); also before a day of the week
#: (`_WEEKDAY_FIRST`: بامداد جمعه).
_PERSIAN_PARTS_OF_DAY: Final = _PERSIAN_DAY_PARTS.split("|")

_PERSIAN: Final = _language(
    {
        **dict.fromkeys(_zwnj_spaced("دست\u200cکم", "حداقل", "حد اقل", "لااقل", "اقلاً", "اقلا"), "at least"),
        **dict.fromkeys(_zwnj_spaced("بیش از", "بیشتر از", "افزون بر", "بیش\u200cتر از"), "more than"),
        **dict.fromkeys(("حداکثر", "حد اکثر"), "up to"),
        "تا": "to",  # ۱۰ تا ۲۰, as in Urdu
        **dict.fromkeys(_zwnj_spaced("کمتر از", "کم\u200cتر از"), "fewer than"),
        **dict.fromkeys(("حدود", "حدوداً", "حدودا", "در حدود", "تقریباً", "تقریبا"), "approximately"),
        **dict.fromkeys(("نزدیک به", "قریب به"), "nearly"),
        "یا": "or",
        **dict.fromkeys(("چند", "چندین"), "several"),
        **dict.fromkeys(("تعدادی", "تعدادی از", "شماری", "شماری از", "عده\u200cای", "عده\u200cای از"),
                        "a number of"),
        **dict.fromkeys(_zwnj_spaced("تعداد زیادی", "تعداد زیادی از", "شمار زیادی", "شمار زیادی از", "بسیاری",
                                     "بسیاری از"), "many"),
        **dict.fromkeys(_zwnj_spaced("ده\u200cها"), "tens"),
        **dict.fromkeys(_zwnj_spaced("صدها"), "hundreds"),
        "هزاران": "thousands",
        **dict.fromkeys(_zwnj_spaced("ده\u200cها هزار"), "tens of thousands"),
        **dict.fromkeys(_zwnj_spaced("صدها هزار"), "hundreds of thousands"),
        **dict.fromkeys(_zwnj_spaced("چند صد", "چندصد"), "a few hundred"),
        **dict.fromkeys(_zwnj_spaced("چند هزار", "چندهزار"), "several thousand"),
        "هیچ": "none",
        **dict.fromkeys(_zwnj_spaced("هیچ\u200cکس", "هیچ کس"), "nobody"),
        **dict.fromkeys(("هیچ تلفاتی", "هیچ تلفات", "بدون تلفات"), "no casualties"),
    },
    {
        **_months(*_PERSIAN_MONTHS),
        **dict.fromkeys(("اوایل", "اوائل", "آغاز", "ابتدای"), "early"),
        **dict.fromkeys(("اواسط", "نیمه", "میانه"), "mid"),
        **dict.fromkeys(("اواخر", "پایان", "آخر"), "late"),
        **dict.fromkeys(("تا", "الی"), "to"),
        "و": "and",
        **dict.fromkeys(("میلادی", "م", "سال"), ""),  # ۸ اکتبر سال ۲۰۲۰ میلادی
        "در": "",  # در ۸ اکتبر ۲۰۲۰: on, as English on is left out
        # شب ۱۳ به ۱۴ ژوئن: the night of the 13th into the 14th (شب alone, which night?, is not read); the part
        # of the day is the day: بامداد ۱۳ ژوئن (at dawn), صبح, ظهر, عصر, شامگاه
        **dict.fromkeys(_PERSIAN_NIGHT, "night of"),
        "به": "to",
        **dict.fromkeys(_PERSIAN_PARTS_OF_DAY, ""),
    },
    numbers=_FA_NUMBERS,
    ranges=[("", "تا"), ("", "الی"), ("بین", "تا"), ("بین", "و"), ("از", "تا"), ("از", "الی")],
    name="Persian (Dari)",
    # دست‌کم ۱۲، شاید ۲۰; ۱۲ و احتمالاً بیشتر
    hedges=_hedges({
        **dict.fromkeys(_hedge_forms(("", "و ", "یا ", "اما "), ("شاید", "احتمالاً", "احتمالا", "به احتمال زیاد")),
                        "possibly"),
        **dict.fromkeys(("و حتی", "حتی"), "if not"),
    }, _zwnj_spaced("بیشتر", "بیش\u200cتر", "خیلی بیشتر")),
)

def _pashto_numbers() -> dict[int | str, str]:
    """Pashto numbers: the units, 11-19 and the tens, each also in the oblique case a postposition puts it in (``تر
    شلو زیات``, more than twenty; ``له لسو``); 21-99 with the unit before the ten, joined or spaced (``پنځه ویشت``,
    ``یوویشت``: 25, 21; the twenties count on ویشت); سل (a hundred) and زر (a thousand) alone, and سوه and زره after a
    number (``دوه سوه``, 200; ``درې زره``, 3,000)."""
    units = ["صفر", "یو|یوه", "دوه|دوو", "درې|دری|درېیو|دریو", "څلور|څلورو", "پنځه|پنځو", "شپږ|شپږو", "اووه|اوه|اوو",
             "اته|اتو", "نهه|نه|نهو", "لس|لسو", "یوولس|یوولسو", "دوولس|دوولسو", "دیارلس|دیارلسو", "څوارلس|څوارلسو",
             "پنځلس|پنځلسو", "شپاړس|شپاړلس|شپاړسو", "اوولس|اوولسو", "اتلس|اتلسو", "نولس|نولسو"]
    tens = ["شل|شلو", "دېرش|دیرش|دېرشو", "څلوېښت|څلویښت|څلوېښتو", "پنځوس|پنځوسو", "شپېته|شپیته|شپېتو", "اویا",
            "اتیا", "نوي|نوی"]
    table: dict[int | str, str] = dict(enumerate(units))
    for number, forms in enumerate(tens, start=2):
        table[10 * number] = forms
        ten_forms = ("ویشت", "ویشتو") if number == 2 else tuple(forms.split("|"))
        for unit in range(1, 10):
            heads = units[unit].split("|")[:2]  # the nominative forms: پنځه ویشت, not پنځو ویشت
            compounds = {f"{head}{joiner}{ten}" for head in heads for ten in ten_forms for joiner in ("", " ")}
            table[10 * number + unit] = "|".join(sorted(compounds))
    table[23] += "|درویشت"  # the twenties' contracted forms
    table[24] += "|څلرویشت"
    return table | {f"{_ALONE} hundred": "سل|سلو", "hundred": "سوه", f"{_ALONE} thousand": "زر|زرو", "thousand": "زره"}


_PS_NUMBERS: Final = _numbers(_pashto_numbers())

_PASHTO: Final = _language(
    {
        **dict.fromkeys(("لږ تر لږه", "لږترلږه"), "at least"),
        **dict.fromkeys(("نږدې", "نژدې", "شاوخوا", "تقریباً", "تقریبا"), "approximately"),
        "یا": "or",
        "څو": "several",
        **dict.fromkeys(("یو شمېر", "یو شمیر"), "a number of"),
        **dict.fromkeys(("ګڼ شمېر", "ګڼ شمیر", "ډېر", "ډیر", "ګڼ"), "many"),
        **dict.fromkeys(("لسګونه", "لسګونو"), "tens"),
        **dict.fromkeys(("سلګونه", "سلګونو"), "hundreds"),
        **dict.fromkeys(("زرګونه", "زرګونو"), "thousands"),
        "هیڅ": "none",
        "هیڅوک": "nobody",
    },
    {
        **_months(*_PERSIAN_MONTHS),
        "تر": "to",
        "او": "and",
    },
    ranges=[("", "تر"), ("له", "تر"), ("له", "څخه تر"), ("د", "او", "ترمنځ")],
    after={
        **dict.fromkeys(("تر … زیات", "له … زیات", "تر … ډېر", "له … ډېر", "له … څخه زیات"), "more than"),
        **dict.fromkeys(("تر … کم", "له … کم"), "fewer than"),
        "تر … پورې": "up to",
    },
    numbers=_PS_NUMBERS,
    name="Pashto",
)


def _amharic_numbers() -> dict[int | str, str]:
    """Amharic number words: the units (አንድ ... ዘጠኝ), አሥር (10), the teens as አሥራ and a unit (``አሥራ አምስት``: 15),
    the tens (ሃያ ... ዘጠና) with a unit after them (``ሃያ አምስት``: 25); መቶ (a hundred) and ሺህ or ሺ (a thousand), alone
    or after a number (``ሁለት መቶ``: 200, ``ሦስት ሺህ``: 3,000), with the rest after them (``መቶ ሃምሳ``: 150). Spelt
    as the commonest press spellings; the other spellings of the letters Amharic says alike (ሶስት, አስር, ሀያ, ሰላሳ)
    read alike (`_amharic_words`)."""
    units = ("", "አንድ", "ሁለት", "ሦስት", "አራት", "አምስት", "ስድስት", "ሰባት", "ስምንት", "ዘጠኝ")
    tens = ("", "አሥር", "ሃያ", "ሠላሳ", "አርባ", "ሃምሳ", "ስልሳ|ስድሳ", "ሰባ", "ሰማንያ", "ዘጠና")
    written: dict[int | str, str] = {number: forms for number, forms in enumerate(units) if forms}
    for ten in range(1, 10):
        written[10 * ten] = tens[ten]
        joined = ("አሥራ",) if ten == 1 else tens[ten].split("|")  # the ten before a unit: አሥራ, not አሥር
        for unit in range(1, 10):
            written[10 * ten + unit] = "|".join(f"{big} {units[unit]}" for big in joined)
    return {**written, _ALONE + " hundred": "መቶ", _ALONE + " thousand": "ሺህ|ሺ"}


@functools.cache
def _amharic_from() -> re.Pattern[str]:
    """ከ (from, than) written onto a number word, as a range or a bound starts: ``ከአሥር እስከ ሃያ``, ``ከሃያ በላይ``."""
    words = {word for forms in _amharic_numbers().values() for form in forms.split("|") for word in form.split()}
    return re.compile(rf"(?<!\S)ከ(?={_alternatives(word.translate(_ETHIOPIC_HOMOPHONES) for word in words)}(?!\S))")


def _amharic_words(text: str) -> str:
    """A count in Amharic with the letters Amharic says alike folded (`_ETHIOPIC_HOMOPHONES`), as `_AMHARIC`'s count
    phrases are, and ከ written onto a number word set apart from it (`_amharic_from`), as it is from digits."""
    return _amharic_from().sub("ከ ", text.translate(_ETHIOPIC_HOMOPHONES))


def _ethiopic_alike(table: Mapping[str, str]) -> dict[str, str]:
    """``table`` with its phrases folded as `_amharic_words` folds a count."""
    return {phrase.translate(_ETHIOPIC_HOMOPHONES): english for phrase, english in table.items()}


#: Amharic counts, and Gregorian dates with the months Amharic names after English; the dates of the Ethiopian
#: calendar are read by `_ethiopian_date`. The counts are compared with the letters Amharic says alike folded
#: (`_amharic_words`).
_AMHARIC: Final = _language(
    _ethiopic_alike({
        "ቢያንስ": "at least",
        "እስከ": "up to",
        "በግምት": "approximately",
        "ገደማ": "or so",  # after the number: 100 ገደማ
        "ወይም": "or",
        "በርካታ": "many",
        "በደርዘን የሚቆጠሩ": "dozens",
        "በመቶዎች የሚቆጠሩ": "hundreds",
        "በሺዎች የሚቆጠሩ": "thousands",
    }),
    {
        # The Gregorian months as Amharic writes them, after their English names (the Ethiopian months are read by
        # `_ethiopian_date`); እ.ኤ.አ. ("as Europeans count", the Gregorian era) and ቀን (day) are left out.
        **_months("ጃንዋሪ|ጃኑዋሪ|ጃንዩወሪ", "ፌብሩዋሪ|ፌብሩወሪ|ፌብሯሪ", "ማርች", "ኤፕሪል|ኤፕርል", "ሜይ", "ጁን", "ጁላይ",
                  "ኦገስት|ኦጎስት", "ሴፕቴምበር|ሴፕተምበር|ሰፕቴምበር", "ኦክቶበር|ኦክቶምበር", "ኖቬምበር|ኖቨምበር|ኖቬንበር",
                  "ዲሴምበር"),
        **dict.fromkeys(("እ.ኤ.አ.", "እ.ኤ.አ", "እ. ኤ. አ.", "እ/ኤ/አ", "እኤአ", "ቀን"), ""),
        "እስከ": "to",
        "እና": "and",
    },
    ranges=[("ከ", "እስከ")],  # ከ10 እስከ 20: from 10 to 20
    # ከ100 በላይ, ከ100 የሚበልጡ: more than 100 (above, which exceed); ወደ 100 የሚጠጉ: nearly 100 (which approach)
    after=_ethiopic_alike({"ከ… በላይ": "more than", "ከ… በታች": "fewer than", "ከ… የሚበልጡ": "more than",
                           "ወደ … የሚጠጉ": "nearly"}),
    numbers=_ethiopic_alike(_numbers(_amharic_numbers())),
    count_words=_amharic_words,
    name="Amharic",
)


def _tigrinya_numbers() -> dict[int | str, str]:
    """Tigrinya number words: the units (ሓደ, feminine ሓንቲ), ዓሰርተ (10) and the tens (ዕስራ ... ቴስዓ); a ten and a unit
    side by side or joined by ን ... ን, and (``ዕስራ ሓሙሽተ``, ``ዕስራን ሓሙሽተን``: 25); ሚእቲ (a hundred) and ሽሕ (a thousand),
    alone or after a number (``ክልተ ሚእቲ``: 200). The glottal stop is written ኣ or አ."""
    units = ("", "ሓደ|ሓንቲ", "ክልተ", "ሰለስተ", "ኣርባዕተ|አርባዕተ", "ሓሙሽተ", "ሽዱሽተ", "ሸውዓተ", "ሸሞንተ", "ትሽዓተ")
    tens = ("ዓሰርተ", "ዕስራ", "ሰላሳ", "ኣርብዓ|አርብዓ", "ሓምሳ", "ስሳ", "ሰብዓ", "ሰማንያ", "ቴስዓ|ተስዓ")
    written: dict[int | str, str] = {number: forms for number, forms in enumerate(units) if forms}
    for ten, ten_forms in enumerate(tens, start=1):
        written[10 * ten] = ten_forms
        for unit in range(1, 10):
            written[10 * ten + unit] = "|".join(
                form for big in ten_forms.split("|") for small in units[unit].split("|")
                for form in (f"{big} {small}", f"{big}ን {small}ን"))
    return {**written, _ALONE + " hundred": "ሚእቲ", _ALONE + " thousand": "ሽሕ"}


#: Tigrinya counts, as the Tigray regional government, its forces' Dimtsi Weyane and Tigrai TV, and Eritrean media
#: write them; digits or Ethiopic numerals, as in Amharic. Its dates are read by `_ethiopian_date`.
_TIGRINYA: Final = _language(
    {
        "ብውሑዱ": "at least",
        "ልዕሊ": "more than",
        "ክሳብ": "up to",
        "ትሕቲ": "fewer than",
        **dict.fromkeys(("ኣስታት", "አስታት"), "approximately"),
        "ዳርጋ": "nearly",
        "ወይ": "or",
        "ብዙሓት": "many",
        "ውሑዳት": "a few",
        **dict.fromkeys(("ዓሰርተታት", "ብዓሰርተታት ዝቑጸሩ"), "tens"),
        **dict.fromkeys(("ሚእቲታት", "ብሚእቲታት ዝቑጸሩ"), "hundreds"),
        **dict.fromkeys(("ኣሽሓት", "ብኣሽሓት ዝቑጸሩ"), "thousands"),
    },
    {},
    numbers=_numbers(_tigrinya_numbers()),
    ranges=[("ካብ", "ክሳብ")],  # ካብ 10 ክሳብ 20: from 10 to 20
    # ካብ 100 ንላዕሊ (from 100 upward), ካብ 100 ዝበዝሑ (which are more than 100): more than 100; ካብ 100 ንታሕቲ: fewer
    after={"ካብ… ንላዕሊ": "more than", "ካብ… ዝበዝሑ": "more than", "ካብ… ንታሕቲ": "fewer than"},
    name="Tigrinya",
)

#: Hausa, as the radio and press of northern Nigeria, Niger and the Lake Chad basin write figures and dates; the
#: hooked letters (ɗ, ƙ) may be typed plain. Number words are not read: figures are in digits.
_HAUSA: Final = _language(
    {
        **dict.fromkeys(("akalla", "aƙalla", "a kalla", "a ƙalla"), "at least"),
        **dict.fromkeys(("fiye da", "sama da"), "more than"),
        **dict.fromkeys(("kasa da", "ƙasa da"), "fewer than"),
        "har zuwa": "up to",
        **dict.fromkeys(("kimanin", "kamar"), "approximately"),
        "kusan": "nearly",
        "ko": "or",
        "zuwa": "to",  # 20 zuwa 30
        "babu": "none",
        **dict.fromkeys(("da dama", "dimbin", "ɗimbin", "dumbin", "ɗumbin"), "many"),
        **dict.fromkeys(("gomman", "gommai"), "tens"),
        **dict.fromkeys(("daruruwa", "ɗaruruwa", "daruruwan", "ɗaruruwan"), "hundreds"),
        **dict.fromkeys(("dubbai", "dubban", "dubunnai", "dubunnan"), "thousands"),
        "dubu": "thousand",  # read as no count alone, as no Hausa number word is, but after digits (3 dubu: 3000)
    },
    {
        **_months("janairu", "fabrairu|faburairu", "maris", "afrilu|afirilu", "mayu", "yuni", "yuli", "agusta",
                  "satumba", "oktoba", "nuwamba", "disamba"),
        **dict.fromkeys(("ga", "ga watan", "watan"), ""),  # 3 ga watan Janairu: the 3rd of (the month of) January
        "farkon": "early",
        "tsakiyar": "mid",
        **dict.fromkeys(("karshen", "ƙarshen"), "late"),
        "zuwa": "to",
        "da": "and",
        "tsakanin": "between",
    },
    ranges=[("daga", "zuwa"), ("tsakanin", "da")],  # daga 20 zuwa 30, tsakanin 20 da 30
    name="Hausa",
)

def _units_then_tens(units: Sequence[str], ten: str, tens: Sequence[str], joiner: str) -> dict[int | str, str]:
    """0-99 in a language that says a unit, a word for "and", then the ten (forms joined by ``|``), as Somali does
    (``shan iyo labaatan``: five and twenty, 25): ``units`` 0-9, ``ten`` and ``tens`` 20-90."""
    written: dict[int | str, str] = {**dict(enumerate(units)), 10: ten}
    for number, names in enumerate((ten, *tens), start=1):
        written[10 * number] = names
        for unit in range(1, 10):
            written[10 * number + unit] = "|".join(f"{form} {joiner} {name}" for name in names.split("|")
                                                   for form in units[unit].split("|"))
    return written


_SO_NUMBERS: Final = _numbers({
    **_units_then_tens(("eber", "kow|hal", "laba|labo", "saddex|sadex", "afar", "shan", "lix", "toddoba|todoba",
                        "siddeed|sideed", "sagaal"), "toban",
                       ("labaatan", "soddon|sodon", "afartan", "konton", "lixdan", "toddobaatan|todobaatan",
                        "siddeetan|sideetan", "sagaashan"), "iyo"),
    f"{_ALONE} hundred": "boqol",  # laba boqol: two hundred
    f"{_ALONE} thousand": "kun",  # saddex kun: three thousand
    "and": "iyo",  # boqol iyo labaatan: a hundred and twenty
})

#: The Somali of Somali-language radio, press and official statements (BBC and VOA Somali, SONNA, the Somali press):
#: the bounds, vague words and number words with which they give figures, and dates with the day's determiner
#: joined to it (``3da Janaayo 2021``: the 3rd of January 2021).
_SOMALI: Final = _language(
    {
        "ugu yaraan": "at least",
        "ugu badnaan": "at most",
        # ka badan 100, as a figure reads once its noun is gone (dad ka badan 100: people more than 100)
        **dict.fromkeys(("in ka badan", "inka badan", "wax ka badan", "ka badan"), "more than"),
        **dict.fromkeys(("in ka yar", "inka yar", "wax ka yar", "ka yar"), "fewer than"),
        **dict.fromkeys(("ilaa", "illaa"), "up to"),  # alone a ceiling; between two numbers a range (below)
        **dict.fromkeys(("ku dhawaad", "ku dhowaad"), "nearly"),  # close to
        **dict.fromkeys(("qiyaastii", "qiyaas ahaan"), "approximately"),
        "ama ka badan": "or more",  # 20 ama ka badan: 20 or more
        "ama ka yar": "or fewer",
        "ama": "or",
        **dict.fromkeys(("dhowr", "dhawr"), "several"),
        **dict.fromkeys(("dhowr boqol", "dhawr boqol"), "several hundred"),
        **dict.fromkeys(("dhowr kun", "dhawr kun"), "several thousand"),
        "tiro badan": "many",  # a large number
        **dict.fromkeys(("khasaare", "khasaaro"), "losses"),
        **dict.fromkeys(("khasaare culus", "khasaaro culus", "khasaare badan", "khasaaro badan",
                         "khasaare lixaad leh", "khasaaro lixaad leh"), "heavy losses"),
        **dict.fromkeys(("khasaare nafeed", "khasaaro nafeed"), "casualties"),  # loss of life
        "tobanaan": "tens",
        "boqolaal": "hundreds",
        "kumanaan": "thousands",
    },
    {
        **_months("janaayo", "febraayo|feebraayo", "maarso", "abriil", "maajo|maayo", "juun", "luulyo",
                  "agoosto|ogosto|ogoosto", "sebtembar|sebtember|sebteembar", "oktoobar|oktobar",
                  "nofembar|noofembar|nofeembar", "disembar|diseembar"),
        **dict.fromkeys(("bisha", "bishii"), ""),  # the month: 3da bisha Janaayo; in the past, bishii Juun
        **dict.fromkeys(("horraantii", "horaantii", "horraanta", "bilowgii"), "early"),
        **dict.fromkeys(("bartamihii", "badhtamihii"), "mid"),
        **dict.fromkeys(("dabayaaqadii", "dhammaadkii"), "late"),
        **dict.fromkeys(("ilaa", "illaa"), "to"),
        "iyo": "and",
        **dict.fromkeys(("inta u dhexeysa", "inta u dhaxeysa", "inta u dhexaysa", "inta u dhaxaysa"), "between"),
    },
    numbers=_SO_NUMBERS,
    # 10 ilaa 15, laga bilaabo 10 ilaa 15: from 10 to 15; inta u dhexeysa 10 iyo 15: between 10 and 15
    ranges=[("", "ilaa"), ("", "illaa"), ("laga bilaabo", "ilaa"), ("laga bilaabo", "illaa"),
            *((f"inta u {between}", "iyo") for between in ("dhexeysa", "dhaxeysa", "dhexaysa", "dhaxaysa"))],
    # The determiner joined to the day, as in 3da Janaayo (the 3rd of January), 10ka, 5ta; past 3dii, 10kii, 5tii.
    day_endings=("da", "ka", "ta", "dii", "kii", "tii"),
    # 100 ka badan: more than 100, the comparison after the number it counts from (askari 100 ka badan)
    after={"… ka badan": "more than", "… ka yar": "fewer than"},
    name="Somali",
)

def _swahili_numbers() -> dict[int | str, str]:
    """0-99 999 in Swahili, which puts the ten before the unit with ``na`` (and) between them (``ishirini na tano``:
    twenty and five, 25) and the word of a hundred or a thousand before the number that counts it (``mia tatu``: three
    hundred; ``elfu ishirini na tano``: twenty-five thousand). The units a noun of people agrees with are read too, as
    the press counts people (``askari kumi na watatu``: thirteen soldiers; ``wawili``, ``wanne``, ``watano``,
    ``wanane``, ``mmoja``): 6, 7 and 9 take no agreement. A thousand is counted up to 99 (``elfu tisini na tisa``) and
    in hundreds (``elfu mia tatu``: 300,000); ``laki`` (100,000) as the lakh of South Asian English (``laki tatu``)."""
    units = ("sifuri|sufuri", "moja|mmoja", "mbili|wawili", "tatu|watatu", "nne|wanne", "tano|watano", "sita", "saba",
             "nane|wanane", "tisa")
    tens = ("kumi", "ishirini", "thelathini", "arobaini|arubaini", "hamsini", "sitini", "sabini", "themanini",
            "tisini")
    written: dict[int | str, str] = dict(enumerate(units))
    for number, names in enumerate(tens, start=1):
        written[10 * number] = names
        for unit in range(1, 10):
            written[10 * number + unit] = "|".join(f"{name} na {form}" for name in names.split("|")
                                                   for form in units[unit].split("|"))
    plain = [forms.split("|")[0] for forms in units]  # mia and elfu count with the plain units: mia mbili, elfu tatu
    for unit in range(1, 10):
        written[100 * unit] = f"mia {plain[unit]}"
        written[100_000 * unit] = f"elfu mia {plain[unit]}|laki {plain[unit]}"
    for number in range(1, 100):
        written[1000 * number] = "|".join(f"elfu {form}" for form in written[number].split("|"))
    return written


_SW_NUMBERS: Final = _numbers({
    **_swahili_numbers(),
    f"{_ALONE} hundred": "mia",  # mia alone: a hundred
    f"{_ALONE} thousand": "elfu",  # elfu alone: a thousand
    "a lakh": "laki",
    "and": "na",  # mia tatu na hamsini: three hundred and fifty; elfu moja na mia tano: a thousand and five hundred
})

#: The ordinals of Swahili months (``mwezi wa kwanza``: the first month, January), as the press and spoken bulletins
#: name them beside the names borrowed from English (``Januari``).
_SWAHILI_MONTH_ORDINALS: Final = ("kwanza", "pili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa", "kumi",
                                  "kumi na moja", "kumi na mbili")

#: Swahili, as the press and radio of East Africa and eastern DR Congo (BBC and VOA Swahili, Radio Okapi's and
#: civil society's Swahili statements, Tanzanian and Kenyan papers) write figures and dates.
_SWAHILI: Final = _language(
    {
        **dict.fromkeys(("angalau", "si chini ya", "sio chini ya", "siyo chini ya", "wasiopungua", "isiyopungua",
                         "yasiyopungua"), "at least"),  # not fewer than
        "zaidi ya": "more than",
        **dict.fromkeys(("si zaidi ya", "sio zaidi ya", "siyo zaidi ya"), "at most"),  # not more than
        **dict.fromkeys(("hadi", "mpaka"), "up to"),  # alone a ceiling; between two numbers a range (below)
        **dict.fromkeys(("chini ya", "pungufu ya"), "fewer than"),
        # takriban (approximately), kiasi cha (an amount of), kama (like); karibu (near) is "nearly" and "about" by
        # turns, and is read as the wider "about", so that it makes no conflict the source did not; watu wapatao 50:
        # people amounting to about 50.
        **dict.fromkeys(("takriban", "takribani", "kiasi cha", "kadiri ya", "kama", "karibu", "karibu na", "wapatao"),
                        "approximately"),
        **dict.fromkeys(("au zaidi", "na zaidi"), "or more"),  # 20 au zaidi: 20 or more
        "au pungufu": "or fewer",
        "au": "or",
        "kadhaa": "several",
        **dict.fromkeys(("mia kadhaa", "mamia kadhaa"), "several hundred"),
        **dict.fromkeys(("elfu kadhaa", "maelfu kadhaa"), "several thousand"),
        "makumi kadhaa": "several tens",
        **dict.fromkeys(("baadhi", "baadhi ya"), "some"),  # some (of)
        **dict.fromkeys(("wachache", "chache"), "a few"),
        **dict.fromkeys(("wengi", "idadi kubwa", "idadi kubwa ya"), "many"),  # many, a large number (of)
        **dict.fromkeys(("idadi isiyojulikana", "idadi isiyojulikana ya"), "an unknown number of"),
        "makumi": "tens",
        "makumi ya": "tens of",
        "mamia": "hundreds",
        "mamia ya": "hundreds of",
        "maelfu": "thousands",
        "maelfu ya": "thousands of",
        "makumi ya maelfu": "tens of thousands",
        "mamia ya maelfu": "hundreds of thousands",
        "hakuna": "none",  # there is none
        "hakuna mtu": "nobody",  # no person
        "hasara": "losses",
        "hasara kubwa": "heavy losses",
    },
    {
        **_months("januari", "februari|febuari|feburuari", "machi", "aprili", "mei", "juni", "julai",
                  "agosti|agasti", "septemba|setemba", "oktoba", "novemba", "desemba|disemba"),
        **{f"mwezi wa {ordinal}": _MONTH_NAMES[number].casefold()
           for number, ordinal in enumerate(_SWAHILI_MONTH_ORDINALS)},  # mwezi wa kwanza: the first month, January
        **dict.fromkeys(("tarehe", "mwezi", "mwezi wa", "mwaka", "mwaka wa"), ""),  # the date, the month, the year
        "mosi": "1",  # tarehe mosi: the first (of a month)
        **dict.fromkeys(("mwanzoni mwa", "mwanzo wa"), "early"),
        **dict.fromkeys(("katikati ya", "kati kati ya"), "mid"),
        **dict.fromkeys(("mwishoni mwa", "mwisho wa"), "late"),
        # tarehe 26 kuamkia 27: the night of the 26th into the 27th; na (and) as BCS na reads, "to": tarehe 5 na 6
        **dict.fromkeys(("hadi", "mpaka", "kuamkia", "na"), "to"),
        "kati ya": "between",
        **dict.fromkeys(("kuanzia", "kutoka"), "from"),
        "usiku wa": "night of",
        "usiku wa kuamkia": _NIGHT_INTO_WORDS,  # the night waking into a day: the night before it
    },
    numbers=_SW_NUMBERS,
    # people counted: people, a person, civilians, citizens, soldiers, fighters, rebels, children, women, men,
    # refugees, prisoners, the wounded, the dead (corpses, bodies)
    nouns=("watu", "mtu", "raia", "wananchi", "askari", "wanajeshi", "mwanajeshi", "wapiganaji", "mpiganaji", "waasi",
           "mwasi", "watoto", "mtoto", "wanawake", "mwanamke", "wanaume", "mwanamume", "wakimbizi", "wafungwa",
           "majeruhi", "maiti", "miili"),
    # 10 hadi 20, kuanzia 10 hadi 20, kutoka 10 hadi 20: from 10 to 20; kati ya 10 na 20: between 10 and 20
    ranges=[*((lead, to) for lead in ("", "kuanzia", "kutoka") for to in ("hadi", "mpaka")), ("kati ya", "na")],
    name="Swahili",
)

#: The Kinyarwanda units 1 to 9 in the noun classes a count of people is written in, each a tuple from one to nine:
#: the counting forms (``rimwe``, ``kabiri``: one, two); class 1 and 2, the class of people (``umuntu umwe``, one
#: person; ``abantu batatu``, three people); class 4, of ``mirongo`` (tens: ``mirongo itatu``, 30); class 6, of
#: ``magana`` (hundreds: ``magana abiri``, 200); class 8, of ``ibihumbi`` (thousands: ``ibihumbi bitatu``, 3,000;
#: its one, ``kimwe``, after a ten: ``ibihumbi cumi na kimwe``, 11,000).
#: Eight and nine agree with no noun in the classes of people and thousands (``abantu umunani``, ``ibihumbi
#: icyenda``), and take the class 4 and 6 prefix i- or none (``mirongo inani``, ``magana cyenda``).
_RW_COUNTING: Final = ("rimwe", "kabiri", "gatatu", "kane", "gatanu", "gatandatu", "karindwi", "umunani", "icyenda")
_RW_PEOPLE: Final = ("umwe", "babiri", "batatu", "bane", "batanu", "batandatu", "barindwi", "umunani", "icyenda")
_RW_TENS_CLASS: Final = ("", "", "itatu", "ine", "itanu", "itandatu", "irindwi", "inani", "icyenda")
_RW_HUNDREDS_CLASS: Final = ("", "abiri", "atatu", "ane", "atanu", "atandatu", "arindwi", "inani", "cyenda")
_RW_THOUSANDS_CLASS: Final = ("kimwe", "bibiri", "bitatu", "bine", "bitanu", "bitandatu", "birindwi", "umunani",
                               "icyenda")


def _kinyarwanda_below_hundred(units: Sequence[str]) -> dict[int, list[str]]:
    """1-99 in Kinyarwanda with the units of one noun class (``units``, one to nine): ``icumi`` (10); the teens as
    ``cumi`` (or ``icumi``) ``na`` and the unit (``cumi na batatu``: 13); ``makumyabiri`` (20) and ``mirongo`` with a
    unit of class 4 (``mirongo itatu``: 30), each with ``na`` and the unit after (``makumyabiri na gatanu``: 25). One
    after ``na`` may also be ``n'umwe``, as it is written of a person."""
    tens = ["icumi", "makumyabiri", *(f"mirongo {unit}" for unit in _RW_TENS_CLASS[2:])]
    written: dict[int, list[str]] = {unit: [form] for unit, form in enumerate(units, start=1)}
    for ten, name in enumerate(tens, start=1):
        written[10 * ten] = [name]
        leads = ("cumi", "icumi") if ten == 1 else (name,)
        for unit, form in enumerate(units, start=1):
            joined = (f"na {form}", "n'umwe") if form == "umwe" else (f"na {form}",)
            written[10 * ten + unit] = [f"{lead} {rest}" for lead in leads for rest in joined]
    return written


def _kinyarwanda_numbers() -> dict[int | str, str]:
    """Kinyarwanda number words to 99,999, the classes as a count of people writes them (`_RW_PEOPLE`): 1-99 with
    the counting units or those of people (`_kinyarwanda_below_hundred`); ``ijana`` (100) and ``magana`` with a unit
    of class 6 (``magana abiri``: 200); ``igihumbi`` (1,000) and ``ibihumbi`` before a number of class 8 that counts
    it (``ibihumbi bitatu``: 3,000; ``ibihumbi cumi na bibiri``: 12,000). The parts are joined by ``na`` (and), the
    largest first: ``ijana na makumyabiri na gatanu`` is 125. Other classes (of cattle, of houses) count no
    casualties and are not read."""
    written: dict[int, list[str]] = {}
    for units in (_RW_COUNTING, _RW_PEOPLE):
        for number, forms in _kinyarwanda_below_hundred(units).items():
            written.setdefault(number, [])
            written[number] += [form for form in forms if form not in written[number]]
    for hundreds, unit in enumerate(_RW_HUNDREDS_CLASS[1:], start=2):
        written[100 * hundreds] = [f"magana {unit}"]
    for thousands, forms in _kinyarwanda_below_hundred(_RW_THOUSANDS_CLASS).items():
        if thousands > 1:
            written[1000 * thousands] = [f"ibihumbi {form}" for form in forms]
    return {**{number: "|".join(forms) for number, forms in written.items()}, "a hundred": "ijana",
            "a thousand": "igihumbi", "and": "na"}


#: Kinyarwanda, as the Rwandan press and government write figures and dates (IGIHE, Kigali Today, RBA): a few
#: bounds, number words (`_kinyarwanda_numbers`) and the months.
_KINYARWANDA: Final = _language(
    {
        "nibura": "at least",
        "barenga": "more than",  # abantu barenga 100: people exceeding 100
    },
    {
        **_months("mutarama", "gashyantare", "werurwe", "mata", "gicurasi", "kamena", "nyakanga", "kanama", "nzeri",
                  "ukwakira", "ugushyingo", "ukuboza"),
        **dict.fromkeys(("tariki", "tariki ya", "itariki", "itariki ya", "ku itariki ya"), ""),  # the date
    },
    numbers=_numbers(_kinyarwanda_numbers()),
    # people counted: people, a person, the population, soldiers, a soldier, children, women
    nouns=("abantu", "umuntu", "abaturage", "abasirikare", "umusirikare", "abana", "abagore"),
    name="Kinyarwanda",
)

#: The Indonesian and Malay units, 0 to 9 (Malay 8 also ``lapan``).
_INDONESIAN_UNITS: Final = ("nol|kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan|lapan",
                            "sembilan")


def _indonesian_numbers() -> dict[int | str, str]:
    """Indonesian and Malay number words below a hundred, as both say them: the units, ``sepuluh`` (10), ``sebelas``
    (11), the teens as a unit and ``belas`` (``dua belas``: 12), the tens as a unit and ``puluh`` (``dua puluh``:
    20) with a unit after (``dua puluh lima``: 25). The hundreds and thousands are read as the English words they
    stand for (`_ID_NUMBERS`): ``ratus`` after a unit is ``hundred`` and ``ribu`` after a number ``thousand``, so
    that ``dua ribu lima ratus`` is two thousand five hundred; ``se-`` before them is one (``seratus``, ``seribu``).
    Malay writes 8 ``lapan`` beside ``delapan``; 0 is ``nol`` or ``kosong``."""
    units = _INDONESIAN_UNITS
    written: dict[int | str, str] = dict(enumerate(units))
    written[10], written[11] = "sepuluh|satu puluh", "sebelas|satu belas"
    for unit in range(2, 10):
        written[10 + unit] = "|".join(f"{form} belas" for form in units[unit].split("|"))
    for ten in range(2, 10):
        for unit in range(10):
            written[10 * ten + unit] = "|".join(
                f"{tens} puluh" + (f" {form}" if unit else "")
                for tens in units[ten].split("|") for form in (units[unit].split("|") if unit else ("",)))
    return written


_ID_NUMBERS: Final = _numbers({
    **_indonesian_numbers(),
    # dua ratus: two hundred, satu ratus: one hundred; alone, ratus is no number
    "hundred": "ratus",
    "a hundred": "seratus",
    # dua ribu, seratus ribu, tiga ratus satu ribu: two thousand, a hundred thousand, three hundred and one thousand
    "thousand": "ribu",
    "a thousand": "seribu",
    # A million is ten lakh as the English rules count it (sejuta, satu juta); two million and more are above the
    # largest figure accepted, and are refused as such.
    "ten lakh": "sejuta|satu juta",
    **{f"{_english_number(10 * unit)} lakh": f"{form} juta" for unit, forms in enumerate(
        ("", "", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan|lapan", "sembilan")) if forms
       for form in forms.split("|")},
    "one": "seorang|seseorang",  # a person: seorang warga, one resident
})

#: The words Indonesian and Malay write after a number of people, as Thai writes its classifiers: ``orang`` (5
#: orang: five persons), ``jiwa`` (souls: 20 jiwa); left out, so that ``sedikitnya 5 orang`` is at least 5.
_INDONESIAN_CLASSIFIERS: Final = ("orang", "jiwa")

#: Indonesian and Malay (Bahasa Indonesia, Bahasa Melayu), as the Indonesian military (Puspen TNI, the Kodam
#: spokesmen), the police, the TPNPB spokesman, Komnas HAM and the press (Kompas, Tempo, Jubi, Antara) and the
#: Malaysian press (Berita Harian, Utusan, Bernama) write figures and dates. The two languages share their number
#: words and most of their bounds; the Malay forms are read beside the Indonesian ones (sekurang-kurangnya, lebih
#: daripada, lebih kurang; the months Mac, Julai, Ogos, Disember).
_INDONESIAN: Final = _language(
    {
        **dict.fromkeys(("sedikitnya", "setidaknya", "setidak-tidaknya", "sekurangnya", "sekurang-kurangnya",
                         "paling sedikit", "minimal", "tidak kurang dari", "tak kurang dari",
                         "tidak kurang daripada"), "at least"),
        **dict.fromkeys(("lebih dari", "lebih daripada", "melebihi", "di atas"), "more than"),
        # hingga, sampai (until): alone a ceiling; between two numbers a range (below)
        **dict.fromkeys(("hingga", "sampai", "sehingga", "mencapai"), "up to"),
        **dict.fromkeys(("paling banyak", "maksimal", "sebanyak-banyaknya", "tidak lebih dari", "tak lebih dari",
                         "tidak lebih daripada"), "at most"),
        **dict.fromkeys(("kurang dari", "kurang daripada", "di bawah"), "fewer than"),
        # sekitar (around), kira-kira (roughly), kurang lebih and the Malay lebih kurang (more or less)
        **dict.fromkeys(("sekitar", "sekira", "sekiranya", "kira-kira", "kurang lebih", "lebih kurang",
                         "lebih-kurang", "kurang-lebih"), "approximately"),
        **dict.fromkeys(("hampir", "nyaris", "mendekati"), "nearly"),
        "atau lebih": "or more",  # 20 atau lebih: 20 or more
        "atau kurang": "or fewer",
        "atau": "or",
        # sebanyak 12 orang: "as many as" in its words, the plain figure in use (a total of 12)
        "sebanyak": "",
        **dict.fromkeys(_INDONESIAN_CLASSIFIERS, ""),
        "beberapa": "several",
        "beberapa puluh": "several tens",
        "beberapa ratus": "several hundred",
        "beberapa ribu": "several thousand",
        "sejumlah": "a number of",
        **dict.fromkeys(("banyak", "ramai"), "many"),  # ramai: many (of people), in Malay
        "belasan": "11 to 19",  # a number in the teens
        # 20-an, dua puluhan: in the twenties, as English twenty-odd; 300-an, tiga ratusan: three hundred and some
        "-an": "odd",
        **{f"{unit} {tens}": f"{_english_number(size * number)} odd" for tens, size in (("puluhan", 10),
                                                                                         ("ratusan", 100),
                                                                                         ("ribuan", 1000))
           for number, units in enumerate(_INDONESIAN_UNITS[2:], start=2) for unit in units.split("|")},
        **{f"se{tens}": f"{_english_number(size)} odd" for tens, size in (("ratusan", 100), ("ribuan", 1000))},
        "puluhan": "tens",
        "ratusan": "hundreds",
        "ribuan": "thousands",
        "puluhan ribu": "tens of thousands",
        "ratusan ribu": "hundreds of thousands",
        **dict.fromkeys(("nihil", "tidak ada", "tiada", "tak ada", "tidak seorang pun", "tak seorang pun"), "none"),
        **dict.fromkeys(("tidak ada korban", "tanpa korban", "tiada korban", "tidak ada korban jiwa"),
                        "no casualties"),
    },
    {
        **_months("januari|jan", "februari|pebruari|feb|peb", "maret|mac|mar", "april|apr", "mei", "juni|jun",
                  "juli|julai|jul", "agustus|ogos|agu|agt|ags|ogo", "september|sep|sept", "oktober|okt",
                  "november|nopember|nov|nop", "desember|disember|des|dis"),
        # the date (tanggal, tarikh in Malay), the month, the year, on (pada)
        **dict.fromkeys(("tanggal", "tgl", "tgl.", "tarikh", "bulan", "tahun", "pada", "pada tanggal"), ""),
        **dict.fromkeys(("awal", "awal bulan", "permulaan"), "early"),
        **dict.fromkeys(("pertengahan", "pertengahan bulan", "medio"), "mid"),
        **dict.fromkeys(("akhir", "akhir bulan", "penghujung", "hujung"), "late"),
        # malam 3 ke 4 Mei: the night of the 3rd into the 4th; 3 hingga 4 Mei, 3 sampai dengan 4 Mei, 3 s.d. 4 Mei
        **dict.fromkeys(("hingga", "sampai", "sampai dengan", "s.d.", "s/d", "sehingga", "ke"), "to"),
        "dan": "and",
        "antara": "between",
        **dict.fromkeys(("dari", "sejak", "mulai"), "from"),
        **dict.fromkeys(("malam", "pada malam", "malam tanggal", "pada malam tanggal"), "night of"),
    },
    numbers=_ID_NUMBERS,
    # 5 hingga 10, 5 sampai 10, 5 sampai dengan 10, dari 5 hingga 10: from 5 to 10; antara 5 dan 10: between 5 and 10
    ranges=[*((lead, to) for lead in ("", "dari", "antara") for to in ("hingga", "sampai", "sampai dengan",
                                                                       "sehingga")),
            ("antara", "dan")],
    # 20 lebih, 20 orang lebih: twenty and more, read as more than twenty (as Thai กว่า)
    after={"… lebih": "more than"},
    # people counted, written after the number: residents, civilians, soldiers, members, personnel, police, victims,
    # refugees, children, women, health workers; and the Malay soldier (askar)
    nouns=("warga", "penduduk", "prajurit", "tentara", "anggota", "personel", "polisi", "korban", "pengungsi",
           "anak", "perempuan", "nakes", "askar"),
    name="Indonesian/Malay",
)

def _vietnamese_numbers() -> dict[int | str, str]:
    """0-99 in Vietnamese: the units, ``mười`` (10) and the teens after it (``mười hai``: 12), the tens as a unit and
    ``mươi`` (``hai mươi``: 20) with a unit after. After a ten three units change their word, as the language has
    it: 1 is ``mốt`` (``hai mươi mốt``: 21; ``một`` is heard too and read), 4 may be ``tư`` (``hai mươi tư``), 5 is
    ``lăm`` or ``nhăm`` (``mười lăm``: 15; ``hai mươi lăm``: 25), never ``năm``, which after a ten is "year"
    (``mười năm``: ten years). The hundreds and thousands are the English words they stand for (`_VI_NUMBERS`)."""
    units = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy|bẩy", "tám", "chín")
    after_ten = ("", "một", *units[2:4], "bốn|tư", "lăm|nhăm", *units[6:])
    after_tens = ("", "mốt|một", *after_ten[2:])
    written: dict[int | str, str] = dict(enumerate(units))
    written[10] = "mười"
    for unit in range(1, 10):
        written[10 + unit] = "|".join(f"mười {form}" for form in after_ten[unit].split("|"))
    for ten in range(2, 10):
        tens = [f"{form} mươi" for form in units[ten].split("|")]
        written[10 * ten] = "|".join(tens)
        for unit in range(1, 10):
            written[10 * ten + unit] = "|".join(f"{word} {form}" for word in tens
                                                for form in after_tens[unit].split("|"))
    return written


_VI_NUMBERS: Final = _numbers({
    **_vietnamese_numbers(),
    # trăm after a unit: hundred (hai trăm: two hundred); linh and lẻ say that no ten follows (một trăm linh năm: 105)
    "hundred": "trăm|trăm linh|trăm lẻ",
    # nghìn (ngàn in the south) after a number: thousand; không trăm (no hundred) and linh or lẻ before a rest below
    # a hundred (hai nghìn không trăm hai mươi: 2,020; một nghìn không trăm linh năm: 1,005)
    "thousand": "|".join(f"{word}{rest}" for word in ("nghìn", "ngàn")
                         for rest in ("", " không trăm", " không trăm linh", " không trăm lẻ", " linh", " lẻ")),
    # A million (một triệu) is ten lakh as the English rules count it; two million and more are above the largest
    # figure accepted, and are refused as such.
    **{f"{_english_number(10 * unit)} lakh": f"{form} triệu" for unit, forms in enumerate(
        ("", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy|bẩy", "tám", "chín")) if forms
       for form in forms.split("|")},
})

#: The months of Vietnamese dates: ``tháng`` (month) and its number, in digits (``tháng 6``, ``tháng 06``) or words
#: (``tháng sáu``; April is ``tháng tư``). The lunar calendar's names of its first and last months (``tháng Giêng``,
#: ``tháng Chạp``) are not read: they name lunar months.
_VIETNAMESE_MONTHS: Final = tuple(
    "|".join(f"tháng {form}" for form in (str(number), f"{number:02d}", *words.split("|")))
    for number, words in enumerate(("một", "hai", "ba", "tư|bốn", "năm", "sáu", "bảy|bẩy", "tám", "chín", "mười",
                                    "mười một", "mười hai"), start=1))

#: A day in digits after ``ngày`` (day), with the month and the year after it in digits (``ngày 17/6/2024``,
#: ``ngày 17-6-2024``, ``ngày 17.6.2024``), once its marks are gone (`_plain_letters`).
_VI_DAY_IN_DIGITS: Final = re.compile(
    r"(?<![\w])ngay (?P<d>[0-9]{1,2}) ?(?P<s>[./-]) ?(?P<m>[0-9]{1,2}) ?(?P=s) ?(?P<y>[0-9]{4})(?![0-9])")


def _vietnamese_date_order(text: str) -> str:
    """A Vietnamese date with its day, month and year in digits after ``ngày`` (`_VI_DAY_IN_DIGITS`) as the words
    ``ngày 17 tháng 6 năm 2024`` say it. Vietnamese writes the day first, always: the word ``ngày`` names the number
    after it a day, so ``ngày 5/6/2024`` is 5 June, where ``5/6/2024`` alone, in no language, is refused
    (`_numeric_date`)."""
    return _VI_DAY_IN_DIGITS.sub(r"ngay \g<d> thang \g<m> nam \g<y>", text)


#: Vietnamese, as the foreign ministry's spokesperson, the government and the press (VnExpress, Tuổi Trẻ, Thanh
#: Niên, VnExpress, Vietnam News Agency) write figures and dates; read with or without the tone marks and the
#: letters' marks, which `_plain_letters` drops (``ít nhất`` is ``it nhat``; ``đ`` stays a letter of its own).
_VIETNAMESE: Final = _language(
    {
        **dict.fromkeys(("ít nhất", "tối thiểu", "ít ra", "không dưới", "không ít hơn"), "at least"),
        **dict.fromkeys(("hơn", "trên", "nhiều hơn", "vượt quá"), "more than"),
        **dict.fromkeys(("tối đa", "nhiều nhất", "không quá", "không hơn"), "at most"),
        # lên tới, tới, đến (reaching, to): alone a ceiling; between two numbers a range (below)
        **dict.fromkeys(("lên tới", "lên đến", "tới", "đến"), "up to"),
        **dict.fromkeys(("dưới", "chưa đến", "chưa tới", "ít hơn"), "fewer than"),
        # khoảng, chừng (about), xấp xỉ (approximately), ước tính (an estimated), trên dưới (above or below)
        **dict.fromkeys(("khoảng", "chừng", "khoảng chừng", "ước tính", "ước khoảng", "xấp xỉ", "trên dưới"),
                        "approximately"),
        **dict.fromkeys(("gần", "gần như"), "nearly"),
        **dict.fromkeys(("hoặc", "hay"), "or"),
        # người (person) after the number counts people, as the Indonesian orang does: 10 người is 10
        "người": "",
        "tổng cộng": "",  # in all: the plain figure
        **dict.fromkeys(("vài", "một vài"), "a few"),
        "mấy": "several",
        **dict.fromkeys(("vài chục", "dăm chục"), "a few tens"),
        "mấy chục": "several tens",
        "vài trăm": "a few hundred",
        "mấy trăm": "several hundred",
        **dict.fromkeys(("vài nghìn", "vài ngàn"), "a few thousand"),
        **dict.fromkeys(("mấy nghìn", "mấy ngàn"), "several thousand"),
        "một số": "some",
        **dict.fromkeys(("nhiều", "rất nhiều"), "many"),
        # mười mấy (ten and some): in the teens; hai mươi mấy: twenty-something
        "mười mấy": "11 to 19",
        **{f"{form} mươi mấy": f"{10 * ten + 1} to {10 * ten + 9}"
           for ten, forms in enumerate(("", "", "hai", "ba", "bốn", "năm", "sáu", "bảy|bẩy", "tám", "chín")) if forms
           for form in forms.split("|")},
        "hàng chục": "tens",
        "hàng trăm": "hundreds",
        **dict.fromkeys(("hàng nghìn", "hàng ngàn"), "thousands"),
        **dict.fromkeys(("hàng chục nghìn", "hàng chục ngàn"), "tens of thousands"),
        **dict.fromkeys(("hàng trăm nghìn", "hàng trăm ngàn"), "hundreds of thousands"),
        **dict.fromkeys(("không có", "không có ai", "không ai", "không một ai", "không một người nào"), "none"),
        **dict.fromkeys(("không có thương vong", "không có người thương vong"), "no casualties"),
        "thương vong": "casualties",
        "thương vong nặng nề": "heavy casualties",
    },
    {
        **_months(*_VIETNAMESE_MONTHS),
        # the day (ngày), the year (năm), on (vào, hôm)
        **dict.fromkeys(("ngày", "năm", "vào", "vào ngày", "hôm", "hôm ngày"), ""),
        # the first ten days of a month (thượng tuần), its middle (trung tuần) and its last (hạ tuần), as the press
        # counts them, and its beginning (đầu), middle (giữa) and end (cuối): giữa alone is "between"
        **{f"{part} {month}": f"{english} {_MONTH_NAMES[number].casefold()}"
           for number, months in enumerate(_VIETNAMESE_MONTHS) for month in months.split("|")
           for part, english in (("đầu", "early"), ("thượng tuần", "early"), ("giữa", "mid"), ("trung tuần", "mid"),
                                 ("cuối", "late"), ("hạ tuần", "late"))},
        **dict.fromkeys(("đến", "tới", "đến ngày", "tới ngày"), "to"),
        **dict.fromkeys(("từ", "từ ngày"), "from"),
        "giữa": "between",
        "và": "and",
        # đêm 5 rạng sáng 6 tháng 6: the night of the 5th into the dawn of the 6th
        **dict.fromkeys(("đêm", "đêm ngày", "vào đêm", "trong đêm"), "night of"),
        "rạng sáng": "to",
    },
    numbers=_VI_NUMBERS,
    # 5 đến 10, từ 5 đến 10, 5 tới 10, từ 5 tới 10: from 5 to 10
    ranges=[(lead, to) for lead in ("", "từ") for to in ("đến", "tới")],
    # 20 người trở lên: 20 and upward; 20 người trở xuống: 20 and downward
    after={"… trở lên": "at least", "… trở xuống": "at most"},
    date_order=_vietnamese_date_order,
    name="Vietnamese",
)


def _filipino_linked(form: str) -> tuple[str, str]:
    """A Filipino number word and its form with the linker before the noun it counts: ``-ng`` written onto a word
    that ends in a vowel (``tatlong katao``: three persons; ``dalawampu't isang``), ``-g`` onto one that ends in n
    (``daang libo``), ``na`` after one that ends in another consonant (``apat na katao``)."""
    return form, f"{form}ng" if form[-1] in "aeiou" else f"{form}g" if form[-1] == "n" else f"{form} na"


def _filipino_numbers() -> dict[int | str, str]:
    """1-99 in Filipino (Tagalog): the units, ``sampu`` (10), the teens with ``labing-`` joined to the unit as it is
    said (``labindalawa``, ``labimpito``, ``labing-apat``: ``-ng`` turns to ``n`` before d, t, l and s and to ``m``
    before p), the tens as a unit and ``pu`` with the linker between them (``dalawampu``: 20; ``apatnapu``: 40), and
    a ten and a unit joined by ``at`` (and), shortened to ``'t`` after the ten (``dalawampu't isa``: 21). Each in its
    linked forms (`_filipino_linked`). The Spanish-derived numbers Filipino speech and press use beside them, in
    Filipino spelling, to 99: ``uno`` to ``nuwebe``, ``diyes`` to ``disinuwebe``, and the tens (``beinte``,
    ``bente``, ``trenta``...) with a unit after them, joined by ``y`` or not (``beinte singko``, ``trenta y dos``).
    The hundreds and thousands are the English words they stand for (`_FIL_NUMBERS`)."""
    units = ("", "isa", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam")
    teens = ("labing-isa|labingisa|labing isa", "labindalawa|labing-dalawa", "labintatlo|labing-tatlo",
             "labing-apat|labingapat", "labinlima|labing-lima", "labing-anim|labinganim", "labimpito|labing-pito",
             "labingwalo|labing-walo", "labinsiyam|labing-siyam")
    tens = ("sampu|sampo", "dalawampu", "tatlumpu|tatlompu", "apatnapu", "limampu", "animnapu", "pitumpu|pitompu",
            "walumpu|walompu", "siyamnapu")
    spanish_units = ("", "uno", "dos", "tres", "kuwatro|kwatro", "singko|sinko", "sais", "siyete|syete", "otso",
                     "nuwebe")
    spanish_teens = ("diyes|dyes", "onse", "dose", "trese", "katorse", "kinse", "disisais", "disisiyete|disisyete",
                     "disiotso", "disinuwebe")
    spanish_tens = ("beinte|bente", "trenta|treinta", "kuwarenta|kwarenta", "singkuwenta|singkwenta",
                    "sisenta", "sitenta|setenta", "otsenta", "nobenta")
    forms: dict[int, list[str]] = {number: units[number].split("|") + spanish_units[number].split("|")
                                   for number in range(1, 10)}
    for unit, teen in enumerate(teens, start=11):
        forms[unit] = teen.split("|")
    for number, spanish in enumerate(spanish_teens, start=10):
        forms.setdefault(number, []).extend(spanish.split("|"))
    for ten, names in enumerate(tens, start=1):
        forms.setdefault(10 * ten, []).extend(names.split("|"))
        if ten > 1:
            for unit in range(1, 10):
                forms[10 * ten + unit] = [f"{name}{joiner}{form}" for name in names.split("|")
                                          for joiner in ("'t ", " at ") for form in units[unit].split("|")]
    for ten, names in enumerate(spanish_tens, start=2):
        forms[10 * ten].extend(names.split("|"))
        for unit in range(1, 10):
            forms[10 * ten + unit].extend(f"{name}{joiner}{form}" for name in names.split("|")
                                          for joiner in (" y ", " ") for form in spanish_units[unit].split("|"))
    return {number: "|".join(linked for form in written for linked in _filipino_linked(form))
            for number, written in forms.items()}


_FIL_NUMBERS: Final = _numbers({
    **_filipino_numbers(),
    # daan (raan after a vowel) after a linked unit: hundred (tatlong daan: 300; apat na raan: 400); sandaan,
    # isandaan: a hundred; the hundreds in one word (dalawandaan: 200; apatnaraan: 400)
    "hundred": "daan|raan|daang|raang",
    "a hundred": "sandaan|isandaan|sandaang|isandaang",
    **{100 * unit: "|".join(_filipino_linked(word)) for unit, word in enumerate(
        ("", "", "dalawandaan", "tatlondaan", "apatnaraan", "limandaan", "animnaraan", "pitondaan", "walondaan",
         "siyamnaraan")) if word},
    # libo after a number: thousand (dalawang libo: 2,000); sanlibo, isanlibo: a thousand
    "thousand": "libo|libong",
    "a thousand": "sanlibo|isanlibo|sanlibong|isanlibong",
    # A million (isang milyon) is ten lakh as the English rules count it; two million and more are above the
    # largest figure accepted, and are refused as such.
    "ten lakh": "isang milyon|isang milyong",
    **{f"{_english_number(10 * unit)} lakh": f"{linked} milyon"
       for unit, word in enumerate(("", "", "dalawa", "tatlo", "apat", "lima", "anim", "pito", "walo", "siyam"))
       if word for linked in _filipino_linked(word)[1:]},
    "and": "at",  # isang daan at lima: a hundred and five
})

#: Filipino, as the Philippine Coast Guard, the Armed Forces of the Philippines and the press and broadcasters
#: (ABS-CBN, GMA, Abante, Bombo Radyo) write figures and dates in Filipino (Tagalog); the months in their Filipino
#: spellings and the Spanish ones (``Hunyo``, ``Junio``); a date is read in the order written, the month first
#: (``Hunyo 17, 2024``) or the day (``ika-17 ng Hunyo 2024``: the 17th of June).
_FILIPINO: Final = _language(
    {
        # not fewer than (hindi bababa sa), not short of (hindi kukulangin sa)
        **dict.fromkeys(("hindi bababa sa", "di bababa sa", "hindi kukulangin sa", "hindi kulang sa"), "at least"),
        **dict.fromkeys(("mahigit", "mahigit sa", "higit sa", "lampas sa", "lagpas sa", "lalampas sa"), "more than"),
        **dict.fromkeys(("hindi hihigit sa", "hindi lalampas sa", "hindi lalagpas sa"), "at most"),
        # hanggang (until): alone a ceiling; between two numbers a range (below); aabot sa (reaching)
        **dict.fromkeys(("hanggang", "hanggang sa", "aabot sa"), "up to"),
        **dict.fromkeys(("kulang sa", "wala pang", "mas kaunti sa"), "fewer than"),
        # humigit-kumulang (more or less), tinatayang (an estimated), mga before a number (about: mga 30)
        **dict.fromkeys(("humigit-kumulang", "humigit kumulang", "humigit-kumulang sa", "humigit kumulang sa",
                         "tinatayang", "tinatantiyang", "mga"), "approximately"),
        **dict.fromkeys(("halos", "malapit sa"), "nearly"),
        **dict.fromkeys(("o higit pa", "o mahigit pa", "o higit"), "or more"),  # 20 o higit pa: 20 or more
        "o mas kaunti": "or fewer",
        "o": "or",
        # katao, tao (persons) after the number count people, as the Indonesian orang does: tatlong katao is 3
        **dict.fromkeys(("katao", "tao"), ""),
        **dict.fromkeys(("ilan", "ilang"), "several"),
        **dict.fromkeys(("ilang daan", "ilang raan"), "several hundred"),
        "ilang libo": "several thousand",
        "ilang dosena": "several dozen",
        **dict.fromkeys(("iilan", "iilang", "kaunti", "kakaunti"), "a few"),
        **dict.fromkeys(("marami", "maraming", "napakarami", "napakaraming"), "many"),
        **dict.fromkeys(("isang dosena", "isang dosenang"), "a dozen"),
        **dict.fromkeys(("dosena", "dosenang"), "dozen"),  # dalawang dosena: two dozen
        **dict.fromkeys(("dose-dosena", "dose-dosenang"), "dozens"),
        **dict.fromkeys(("sampu-sampu", "sampu-sampung"), "tens"),
        **dict.fromkeys(("daan-daan", "daan-daang", "daan daan"), "hundreds"),
        **dict.fromkeys(("libu-libo", "libo-libo", "libu-libong", "libo-libong"), "thousands"),
        "sampu-sampung libo": "tens of thousands",
        "daan-daang libo": "hundreds of thousands",
        **dict.fromkeys(("wala", "walang", "wala ni isa", "walang sinuman", "wala kahit isa"), "none"),
        **dict.fromkeys(("walang nasawi", "walang namatay", "walang nasugatan", "walang nasaktan"), "no casualties"),
    },
    {
        **_months("enero|ene", "pebrero|febrero|peb", "marso|mar", "abril|abr", "mayo", "hunyo|junio|hun",
                  "hulyo|julio|hul", "agosto|ago", "setyembre|septiyembre|setiyembre|septiembre|set|sept",
                  "oktubre|octubre|okt", "nobyembre|noviembre|nob", "disyembre|diciembre|dis|dic"),
        # ika- (the ordinal: ika-17, the 17th), of (ng), on (noong, nitong, sa), the date, the year, the month of
        **dict.fromkeys(("ika-", "ika", "noong", "nitong", "sa", "petsa", "taong", "buwan ng"), ""),
        "ng": "of",
        **dict.fromkeys(("unang bahagi ng", "simula ng", "umpisa ng", "pagsisimula ng"), "early"),
        "kalagitnaan ng": "mid",
        **dict.fromkeys(("huling bahagi ng", "katapusan ng", "dulo ng"), "late"),
        **dict.fromkeys(("hanggang", "hanggang sa"), "to"),
        **dict.fromkeys(("mula", "mula sa", "mula noong"), "from"),
        "sa pagitan ng": "between",
        "at": "and",
        **dict.fromkeys(("gabi ng", "noong gabi ng"), "night of"),
    },
    numbers=_FIL_NUMBERS,
    # 5 hanggang 10, mula 5 hanggang 10: from 5 to 10; sa pagitan ng 5 at 10: between 5 and 10
    ranges=[*((lead, to) for lead in ("", "mula", "mula sa") for to in ("hanggang", "hanggang sa")),
            ("sa pagitan ng", "at")],
    # 20 pataas: 20 and upward; 20 pababa: 20 and downward
    after={"… pataas": "at least", "… pababa": "at most"},
    name="Filipino",
)


def _georgian_numbers() -> dict[int | str, str]:
    """1-999 in Georgian, which counts in twenties (``ოცდახუთი``: twenty and five, 25; ``სამოცდაათი``: three twenties
    and ten, 70), the hundreds in one word and written apart from the rest (``ორას ოცდახუთი``, 225); each word also
    without its final ``ი``, as it stands before a case ending (``ხუთზე მეტი``: more than five) and before the rest
    of a number (``ას ოცი``, 120)."""
    small = ("ნული", "ერთი", "ორი", "სამი", "ოთხი", "ხუთი", "ექვსი", "შვიდი", "რვა", "ცხრა", "ათი", "თერთმეტი",
             "თორმეტი", "ცამეტი", "თოთხმეტი", "თხუთმეტი", "თექვსმეტი", "ჩვიდმეტი", "თვრამეტი", "ცხრამეტი")
    written: dict[int, str] = dict(enumerate(small))
    for score, stem in ((20, "ოც"), (40, "ორმოც"), (60, "სამოც"), (80, "ოთხმოც")):
        written[score] = f"{stem}ი"
        for rest in range(1, 20):
            written[score + rest] = f"{stem}და{small[rest]}"  # ოცდა-: twenty and
    for hundreds, stem in enumerate(("ას", "ორას", "სამას", "ოთხას", "ხუთას", "ექვსას", "შვიდას", "რვაას", "ცხრაას"),
                                    start=1):
        written[100 * hundreds] = f"{stem}ი"
    table: dict[int | str, str] = {number: f"{word}|{word[:-1]}" if word.endswith("ი") else word
                                   for number, word in written.items()}
    return {**table, f"{_ALONE} thousand": "ათასი|ათას"}


_KA_NUMBERS: Final = _numbers(_georgian_numbers())

#: Georgian months: the nominative, the dative and genitive in ``-ს`` and ``-ის`` (``8 აგვისტოს``, ``იანვრის``),
#: ``-ში`` (in: ``აგვისტოში``), and the terminative ``-მდე`` (up to) that ends a range (`_georgian_date_order`).
_KA_MONTHS: Final = (
    ("იანვარი", "იანვარს", "იანვრის", "იანვარში", "იანვრამდე", "იანვრიდან"),
    ("თებერვალი", "თებერვალს", "თებერვლის", "თებერვალში", "თებერვლამდე", "თებერვლიდან"),
    ("მარტი", "მარტს", "მარტის", "მარტში", "მარტამდე", "მარტიდან"),
    ("აპრილი", "აპრილს", "აპრილის", "აპრილში", "აპრილამდე", "აპრილიდან"),
    ("მაისი", "მაისს", "მაისის", "მაისში", "მაისამდე", "მაისიდან"),
    ("ივნისი", "ივნისს", "ივნისის", "ივნისში", "ივნისამდე", "ივნისიდან"),
    ("ივლისი", "ივლისს", "ივლისის", "ივლისში", "ივლისამდე", "ივლისიდან"),
    ("აგვისტო", "აგვისტოს", "აგვისტოს", "აგვისტოში", "აგვისტომდე", "აგვისტოდან"),
    ("სექტემბერი", "სექტემბერს", "სექტემბრის", "სექტემბერში", "სექტემბრამდე", "სექტემბრიდან"),
    ("ოქტომბერი", "ოქტომბერს", "ოქტომბრის", "ოქტომბერში", "ოქტომბრამდე", "ოქტომბრიდან"),
    ("ნოემბერი", "ნოემბერს", "ნოემბრის", "ნოემბერში", "ნოემბრამდე", "ნოემბრიდან"),
    ("დეკემბერი", "დეკემბერს", "დეკემბრის", "დეკემბერში", "დეკემბრამდე", "დეკემბრიდან"),
)
#: The terminative of each month as its dative.
_KA_RANGE_END_MONTHS: Final = {forms[4]: forms[1] for forms in _KA_MONTHS}
#: The end of a range after ``-დან`` (from): a day and a month in the terminative (``7-დან 8 აგვისტომდე``, ``30
#: ივლისიდან 2 აგვისტომდე``). The terminative alone is "until", no month.
_KA_RANGE_END: Final = re.compile(
    rf"(?<=დან )(?P<day>[0-9]{{1,2}}) (?P<month>{'|'.join(_KA_RANGE_END_MONTHS)})(?![^\W\d_])")
#: A night written after its days (``7-დან 8 აგვისტოს ღამეს``, ``7-8 აგვისტოს ღამით``: the night of 7 to 8 August),
#: after the year if it comes first.
_KA_NIGHT: Final = re.compile(r"(?P<year>[0-9]{4} (?:წლის|წ\.?) )?(?P<days>.+) (?P<night>ღამეს|ღამით)")


def _georgian_date_order(text: str) -> str:
    """A Georgian date in the order the date table reads: the month that ends a range in the dative (``7-დან 8
    აგვისტოს``: 7 to 8 August), and the word of a night before its days (``ღამეს 7-დან 8 აგვისტოს``: the night of
    7 to 8 August)."""
    if "დან " in text:
        text = _KA_RANGE_END.sub(lambda found: f"{found['day']} {_KA_RANGE_END_MONTHS[found['month']]}", text)
    if night := _KA_NIGHT.fullmatch(text):
        text = f"{night['year'] or ''}{night['night']} {night['days']}"
    return text


#: Georgian, as the Georgian government, press and monitors write figures and dates: bounds, vague words, number
#: words, bounds and ranges written as case endings (``5-ზე მეტი``, ``20-მდე``, ``10-დან 15-მდე``), and dates year
#: first (``2008 წლის 8 აგვისტოს``).
_GEORGIAN: Final = _language(
    {
        **dict.fromkeys(("სულ მცირე", "სულ ცოტა", "მინიმუმ", "არანაკლებ"), "at least"),
        **dict.fromkeys(("მაქსიმუმ", "არაუმეტეს"), "up to"),
        "დაახლოებით": "approximately",
        "თითქმის": "nearly",
        # არავინ (nobody), არცერთი / არც ერთი (not one), as a denial writes its none
        "არავინ": "nobody",
        **dict.fromkeys(("არცერთი", "არც ერთი"), "none"),
        "ან": "or",
        "რამდენიმე": "several",
        "მრავალი": "many",
        **dict.fromkeys(("ათობით", "ათეულობით"), "tens"),
        "ასობით": "hundreds",
        "ათასობით": "thousands",
        "ათობით ათასი": "tens of thousands",
        "რამდენიმე ათეული": "several tens",
        "რამდენიმე ასეული": "several hundred",
        "რამდენიმე ათასი": "several thousand",
    },
    {
        **_months(*("|".join(dict.fromkeys(forms[:4])) for forms in _KA_MONTHS)),
        **{forms[5]: f"{_MONTH_NAMES[number].casefold()} to" for number, forms in enumerate(_KA_MONTHS)},
        # აგვისტოს დასაწყისში, შუა რიცხვებში, ბოლოს: early, mid, late August; შუა აგვისტოში: mid-August
        **_month_parts([forms[2] for forms in _KA_MONTHS], {
            **dict.fromkeys(("დასაწყისში", "პირველ რიცხვებში"), "early"),
            "შუა რიცხვებში": "mid",
            **dict.fromkeys(("ბოლოს", "ბოლოში", "ბოლო რიცხვებში", "მიწურულს"), "late"),
        }),
        "შუა": "mid",
        **dict.fromkeys(("წლის", "წ.", "წ", "წელს"), ""),  # 2008 წლის: of the year 2008
        "-დან": "to",  # 7-დან 8 აგვისტოს: from the 7th to the 8th of August
        "და": "and",
        **dict.fromkeys(("ღამეს", "ღამით"), "night of"),  # after the days; put first by _georgian_date_order
        # 8 აგვისტოს დილით (in the morning), საღამოს (in the evening), შუადღისას (at midday), დღისით (by day):
        # the part of the day is the day, as in Spanish, Chinese and Korean (the night alone is not: which night?)
        **dict.fromkeys(("დილით", "დილას", "საღამოს", "შუადღისას", "შუადღეს", "დღისით"), ""),
    },
    numbers=_KA_NUMBERS,
    after={
        **{f"{mark}ზე {word}": bound for mark in ("-", "") for word, bound in (("მეტი", "more than"),
                                                                           ("ნაკლები", "fewer than"))},
        **dict.fromkeys(("-მდე", "მდე", "ამდე"), "up to"),  # 20-მდე, ოცამდე, რვამდე
    },
    ranges=[("", "-დან", "-მდე")],  # 10-დან 15-მდე: from 10 to 15
    year_first=True,
    day_endings=("ში",),  # 8-ში: on the 8th
    date_order=_georgian_date_order,
    name="Georgian",
)


# Hebrew

#: A Hebrew letter, final forms among them (U+05D0 to U+05EA); points, the maqaf and the geresh are no letters.
_HEBREW_LETTER: Final = re.compile("[\u05d0-\u05ea]")
#: One-letter words Hebrew writes onto the next word, stacked in this order: ו "and", ש "that", then ב "in", כ
#: "about", ל "to" or מ "from, than", then the article ה; before digits with a hyphen or a maqaf or without (כ-30,
#: כ־30, ב-7, מה-7), before a word joined to it (כשלושים, about thirty; לעשרים, to twenty). At least one letter.
_HEBREW_PREFIX: Final = "(?=[\u05d5\u05e9\u05d1\u05db\u05dc\u05de\u05d4])ו?(?:ש?[בכלמ])?ה?"
_HEBREW_PREFIX_BEFORE_DIGITS: Final = re.compile(f"(?<![\u05d0-\u05ea])(?P<p>{_HEBREW_PREFIX})-?(?=[0-9])")
_HEBREW_PREFIXED_WORD: Final = re.compile(f"(?P<p>{_HEBREW_PREFIX})-?(?P<w>[\u05d0-\u05ea].*)")


def _hebrew_numbers() -> dict[int | str, str]:
    """Hebrew numbers, in the masculine and the feminine (שלושה, שלוש), the construct state a number takes before a
    noun (שלושת, שני), full and defective spellings (שלושה, שלשה), 11-19 with עשר or עשרה after the unit apart or
    joined by a hyphen or a maqaf (אחד עשר, אחת-עשרה), the ten before the unit after ו written onto it (עשרים
    וחמישה, 25), hundreds (מאה, מאתיים, שלוש מאות) and thousands (אלף, אלפיים, שלושת אלפים, עשרים אלף)."""
    units = ["אפס", "אחד|אחת", "שניים|שנים|שני|שתיים|שתים|שתי", "שלושה|שלשה|שלושת|שלשת|שלוש|שלש",
             "ארבעה|ארבעת|ארבע", "חמישה|חמשה|חמשת|חמש", "שישה|ששה|ששת|שש", "שבעה|שבעת|שבע",
             "שמונה|שמונת", "תשעה|תשעת|תשע", "עשרה|עשרת|עשר"]
    teen_units = ["", "אחד|אחת", "שנים|שניים|שתים|שתיים", *units[3:10]]  # the first word of 11-19
    tens = ["עשרים", "שלושים|שלשים", "ארבעים", "חמישים|חמשים", "שישים|ששים", "שבעים", "שמונים", "תשעים"]

    def forms(text: str) -> list[str]:
        return text.split("|")

    written: dict[int | str, str] = {number: units[number] for number in range(11)}
    for unit in range(1, 10):
        written[10 + unit] = "|".join(f"{first}{joiner}{ten}" for first in forms(teen_units[unit])
                                      for joiner in (" ", "-") for ten in ("עשר", "עשרה"))
    for number, names in enumerate(tens, start=2):
        written[10 * number] = names
        for unit in range(1, 10):
            written[10 * number + unit] = "|".join(f"{name} ו{space}{first}" for name in forms(names)
                                                   for first in forms(units[unit]) for space in ("", " "))
    larger: dict[int | str, str] = {
        f"{_ALONE} hundred": "מאה|מאת",
        200: "מאתיים|מאתים",
        **{100 * number: "|".join(f"{stem} מאות" for stem in forms(stems))  # the feminine unit: שלוש מאות
           for number, stems in ((3, "שלוש|שלש"), (4, "ארבע"), (5, "חמש"), (6, "שש"), (7, "שבע"), (8, "שמונה"),
                                 (9, "תשע"))},
        f"{_ALONE} thousand": "אלף",
        2000: "אלפיים",
        **{1000 * number: "|".join(f"{stem} אלפים" for stem in forms(units[number]) if stem.endswith("ת"))
           for number in range(3, 11)},  # the construct state: שלושת אלפים
    }
    return written | larger


_HE_NUMBERS: Final = _with_and(_numbers(_hebrew_numbers()), "ו")
#: The first words of Hebrew numbers and the dozen, which a one-letter word may be written onto (כשלושים, about
#: thirty; כתריסר, about a dozen).
_HE_NUMBER_WORDS: Final = frozenset((*(_plain_letters(form.split()[0]) for form in _HE_NUMBERS), "תריסר"))


def _hebrew_words(text: str) -> str:
    """Hebrew text with its one-letter words apart from the figure they are written onto: ``כ-30`` (about 30) is
    ``כ 30``, ``ב-7 באוקטובר`` ``ב 7 באוקטובר``, ``כשלושים`` (about thirty) ``כ שלושים``, ``בין עשרה לעשרים`` ``בין
    עשרה ל עשרים``; the text unchanged where it has no Hebrew letter. A word that is itself a number is kept whole
    (שמונה, eight, is no ש written onto מונה)."""
    if not _HEBREW_LETTER.search(text):
        return text
    text = _HEBREW_PREFIX_BEFORE_DIGITS.sub(r"\g<p> ", text)
    words: list[str] = []
    for word in text.split():
        if (word not in _HE_NUMBER_WORDS and (joined := _HEBREW_PREFIXED_WORD.fullmatch(word))
                and joined["w"] in _HE_NUMBER_WORDS):
            words.extend((joined["p"], joined["w"]))
        else:
            words.append(word)
    return " ".join(words)


#: The months of the Hebrew calendar, alone and after ב or ל (בתשרי, in Tishrei): a date in them is refused with a
#: message of its own, as the Ethiopian calendar's are.
_HEBREW_CALENDAR_MONTHS: Final = frozenset(
    f"{prefix}{month}" for month in ("תשרי", "חשון", "חשוון", "מרחשון", "מרחשוון", "כסלו", "כסליו", "טבת", "שבט",
                                     "אדר", "ניסן", "אייר", "איר", "סיון", "סיוון", "תמוז", "אב", "אלול")
    for prefix in ("", "ב", "ל"))
_HEBREW_WORD: Final = re.compile("[\u05d0-\u05ea]+")


def _hebrew_calendar(value: str) -> NormalizeError | None:
    """The error for a date of the Hebrew calendar (``כ"ב בתשרי תשפ"ד``), None where ``value`` names none of its
    months."""
    if _HEBREW_LETTER.search(value) and not _HEBREW_CALENDAR_MONTHS.isdisjoint(_HEBREW_WORD.findall(value)):
        return NormalizeError(f"cannot read a date from {value!r}: dates of the Hebrew calendar are not read; write "
                              "the date of the Gregorian calendar, as 2023-10-07 or 7 באוקטובר 2023")
    return None


_HEBREW_MONTHS: Final = ("ינואר", "פברואר", "מרץ|מרס", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
                         "אוקטובר", "נובמבר", "דצמבר")

#: Hebrew, as the IDF, the Israeli ministries and the Hebrew press write figures and dates: bounds, vague words and
#: number words, with the one-letter words written onto the figure (``כ-30``, ``יותר מ-20``, ``בין 10 ל-20``:
#: `_hebrew_words`), and dates with the month after ב or ל (``7 באוקטובר 2023``, ``ה-7 לאוקטובר 2023``). Points
#: (niqqud) are left out, as every language's marks are.
_HEBREW: Final = _language(
    {
        **dict.fromkeys(("לפחות", "לכל הפחות", "לא פחות מ", "מינימום"), "at least"),
        **dict.fromkeys(("יותר מ", "מעל", "מעל ל", "למעלה מ"), "more than"),
        "עד": "up to",  # alone a ceiling; between two numbers a range (below)
        **dict.fromkeys(("לכל היותר", "לא יותר מ", "מקסימום"), "at most"),
        "פחות מ": "fewer than",
        **dict.fromkeys(("כ", "בערך", "בסביבות", "סביב", "כמעט כ"), "approximately"),
        **dict.fromkeys(("כמעט", "קרוב ל", "קרוב"), "nearly"),
        **dict.fromkeys(("ומעלה", "או יותר", "ויותר"), "or more"),  # 20 ומעלה: 20 or more
        "או": "or",
        **dict.fromkeys(("כמה", "אחדים", "אחדות"), "several"),
        "מספר": "a number of",
        **dict.fromkeys(("רבים", "רבות", "הרבה", "מספר רב", "מספר רב של"), "many"),
        **dict.fromkeys(("מספר לא ידוע", "מספר בלתי ידוע", "מספר לא ידוע של"), "an unspecified number"),
        **dict.fromkeys(("אף אחד", "אין"), "none"),
        **dict.fromkeys(("ללא נפגעים", "אין נפגעים"), "no casualties"),
        "נפגעים": "casualties",
        "אבדות": "losses",
        "אבדות כבדות": "heavy losses",
        "תריסר": "a dozen",
        "עשרות": "tens",
        "מאות": "hundreds",
        **dict.fromkeys(("אלפים", "אלפי"), "thousands"),
        "עשרות אלפים": "tens of thousands",
        "מאות אלפים": "hundreds of thousands",
        "כמה עשרות": "several tens",
        "כמה מאות": "several hundred",
        "כמה אלפים": "several thousand",
    },
    {
        **_months(*("|".join(f"{prefix}{form}" for form in forms.split("|") for prefix in ("", "ב", "ל"))
                    for forms in _HEBREW_MONTHS)),
        **dict.fromkeys(("תחילת", "בתחילת", "ראשית", "בראשית"), "early"),
        **dict.fromkeys(("אמצע", "באמצע"), "mid"),
        **dict.fromkeys(("סוף", "בסוף", "שלהי", "בשלהי"), "late"),
        **dict.fromkeys(("חודש", "בחודש", "שנת", "בשנת", "ב", "ה", "בה"), ""),  # ב-7 באוקטובר: on 7 October
        **dict.fromkeys(("מ", "מה"), "from"),  # מ-7 עד 9 באוקטובר: from 7 to 9 October
        "עד": "to",
        **dict.fromkeys(("ל", "לה", "ו", "וה"), "and"),  # בין 7 ל-8 באוקטובר: between 7 and 8 October
        "בין": "between",
        **dict.fromkeys(("ליל", "בליל"), "night of"),
        **dict.fromkeys(("בלילה שבין", "בליל שבין", "הלילה שבין", "לילה שבין"), "night between"),
        # בבוקר 19 ביוני (in the morning), לפנות בוקר (towards morning, before dawn), בצהריים, אחר הצהריים, בערב,
        # בשעות הבוקר: the part of the day is the day (בלילה alone is not: which night?)
        **dict.fromkeys(("בבוקר", "לפנות בוקר", "בצהריים", "אחר הצהריים", "אחה\"צ", "אחה״צ", "בערב", "בשעות הבוקר",
                         "בשעות הצהריים", "בשעות אחר הצהריים", "בשעות הערב", "בשעות אחה\"צ"), ""),
    },
    numbers=_HE_NUMBERS,
    # 10 עד 20, מ-10 עד 20: from 10 to 20; בין 10 ל-20: between 10 and 20
    ranges=[("", "עד"), ("מ", "עד"), ("בין", "ל"), ("בין", "לבין")],
    date_order=_hebrew_words,
    count_words=_hebrew_words,
    name="Hebrew",
)


# Burmese

#: A Burmese letter or sign (the Myanmar block; its digits are folded to ASCII before any table is read).
_BURMESE_LETTER: Final = re.compile("[\u1000-\u103f\u1050-\u109f]")
#: The Burmese comma and full stop (``၊``, ``။``) and the locative and genitive signs (``၌`` at, ``၏`` of), as spaces.
_BURMESE_PUNCTUATION: Final = dict.fromkeys(map(ord, "\u104a\u104b\u104c\u104f"), " ")
#: The signs that go on a syllable's first letter (vowel signs, medials, tone marks, the asat and the virama): a word
#: of the closed lists is no word where one of them follows it, as it then ends inside a syllable.
_BURMESE_SIGN: Final = ("\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074"
                        "\u1082-\u108d\u108f\u109a-\u109d")


def _burmese_numbers() -> dict[int | str, str]:
    """Burmese numbers: the units, ten (ဆယ်, တစ်ဆယ်), the tens with a unit after them (နှစ်ဆယ့်ငါး, 25: ဆယ် takes the
    creaky tone, ဆယ့်, before another number, which folding leaves out), ရာ (a hundred) and ထောင် (a thousand) alone
    or after a number (တစ်ရာ့နှစ်ဆယ်, 120), and the ten thousands and hundred thousands of one unit (နှစ်သောင်း,
    20,000; သုံးသိန်း, 300,000). ခုနစ် (seven) is also spelt ခုနှစ်."""
    units = ["သုည", "တစ်", "နှစ်", "သုံး", "လေး", "ငါး", "ခြောက်", "ခုနစ်|ခုနှစ်", "ရှစ်", "ကိုး"]
    table: dict[int | str, str] = dict(enumerate(units))
    for ten in range(1, 10):
        stems = ("", "တစ်") if ten == 1 else units[ten].split("|")
        tens = ("|".join(f"{stem}ဆယ်" for stem in stems), "|".join(f"{stem}ဆယ့်" for stem in stems))
        table[10 * ten] = tens[0]
        for unit in range(1, 10):
            table[10 * ten + unit] = "|".join(f"{stem}{form}" for stem in tens[1].split("|")
                                              for form in units[unit].split("|"))
    for unit in range(1, 10):
        forms = units[unit].split("|")
        table[10_000 * unit] = "|".join(f"{form}သောင်း" for form in forms) + ("|သောင်း" if unit == 1 else "")
        table[100_000 * unit] = "|".join(f"{form}သိန်း" for form in forms) + ("|သိန်း" if unit == 1 else "")
    return table | {f"{_ALONE} hundred": "ရာ|ရာ့", f"{_ALONE} thousand": "ထောင်|ထောင့်"}


def _burmese_with(*stems: str, joiners: tuple[str, ...] = ("နဲ့ချီ", "နှင့်ချီ", "ချီ", "ပေါင်းများစွာ")) -> tuple[str, ...]:
    """Burmese vague quantities: a number's word and ချီ, "counted in", with နဲ့ or နှင့် before it or without
    (ရာနဲ့ချီ, ရာနှင့်ချီ, ရာချီ: hundreds), or ပေါင်းများစွာ, "many of them" (ရာပေါင်းများစွာ)."""
    return tuple(f"{stem}{joiner}" for stem in stems for joiner in joiners)


def _burmese_pairs() -> dict[str, str]:
    """Two numbers one after the other, as Burmese says "four or five" (လေးငါး, လေးငါးဦး; လေးငါးဆယ်, 40 or 50;
    နှစ်သုံးရာ, 200 or 300): the units from two to nine, alone and before ဆယ် (ten), ရာ (hundred) and ထောင်
    (thousand). Not one and two (တစ်နှစ်), which is also "one year"."""
    units = ["", "တစ်", "နှစ်", "သုံး", "လေး", "ငါး", "ခြောက်", "ခုနစ်|ခုနှစ်", "ရှစ်", "ကိုး"]
    pairs: dict[str, str] = {}
    for unit in range(2, 9):
        for first in units[unit].split("|"):
            for second in units[unit + 1].split("|"):
                for word, times in (("", 1), ("ဆယ်", 10), ("ရာ", 100), ("ထောင်", 1000)):
                    pairs[f"{first}{second}{word}"] = f"{unit * times} or {(unit + 1) * times}"
    return pairs


#: The Gregorian months as the Burmese press writes them, with their older and variant spellings (ဖေဖေါ်ဝါရီ;
#: ဩဂုတ်, ဪဂုတ်, သြဂုတ် for August).
_BURMESE_MONTHS: Final = (
    "ဇန်နဝါရီ|ဇန္နဝါရီ", "ဖေဖော်ဝါရီ|ဖေဖေါ်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်|ဪဂုတ်|သြဂုတ်|ဩဂုဒ်",
    "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ",
)

#: The month marker လ (ဧပြီလ: the month of April), a word of its own once `_burmese_words` has set it apart.
_BURMESE_MONTH_WORD: Final = "လ"
#: A year in digits that starts a part of a Burmese date (``2023 ခုနှစ် ဧပြီလ 11 ရက်``), set apart as a word.
_BURMESE_YEAR_FIRST: Final = re.compile(r"[0-9]{4}")
#: The word between the two ends of a Burmese range of dates (မှ, from), as `_burmese_words` sets it apart.
_BURMESE_DATE_RANGE_WORD: Final = "မှ"


def _burmese_words(text: str) -> str:
    """Burmese text with the words of the closed lists of counts and dates apart (`_BURMESE_WORDS`), as Burmese writes
    no spaces between words (``၁၀၀ဦးကျော်`` is ``100 ဦး ကျော်``); its comma and full stop as spaces. A word is found
    where it ends with its syllable (`_BURMESE_SIGN`), the longest first; letters of no word stay as they are, so
    that the text reads as nothing. The text unchanged where it has no Burmese letter."""
    if not _BURMESE_LETTER.search(text):
        return text
    return " ".join(_BURMESE_WORDS.sub(r" \g<0> ", text.translate(_BURMESE_PUNCTUATION)).split())


def _burmese_date_order(text: str) -> str:
    """A Burmese date in words apart (`_burmese_words`), without the month marker လ, in the order the English forms
    read: the year that starts it moved to its end (``2023 ခုနှစ် ဧပြီ 11 ရက်``: ``ဧပြီ 11 ရက် 2023 ခုနှစ်``), or,
    where each end of a range starts with its year, to the end of each (``2024 ... ဇူလိုင် 3 ရက် မှ 2024 ... ဩဂုတ် 3
    ရက်``)."""
    words = [word for word in _burmese_words(text).split() if word != _BURMESE_MONTH_WORD]
    if not words or not _BURMESE_LETTER.search(text):
        return text
    parts: list[list[str]] = [[]]
    for word in words:
        if word == _BURMESE_DATE_RANGE_WORD:
            parts.append([])
        else:
            parts[-1].append(word)
    led = [len(part) > 1 and bool(_BURMESE_YEAR_FIRST.fullmatch(part[0])) for part in parts]
    if led[0] and not any(led[1:]) and len(parts) > 1:
        parts[0], parts[-1] = parts[0][1:], [*parts[-1], parts[0][0]]
    else:
        parts = [[*part[1:], part[0]] if first else part for part, first in zip(parts, led, strict=True)]
    return f" {_BURMESE_DATE_RANGE_WORD} ".join(" ".join(part) for part in parts)


#: The months of the traditional Myanmar (lunisolar) calendar, the waxing, full-moon, waning and new-moon days and the
#: Myanmar Era: a date in them is refused with a message of its own (`_myanmar_calendar`).
_MYANMAR_CALENDAR: Final = re.compile("|".join((
    "တန်ခူး", "ကဆုန်", "နယုန်", "ဝါဆို", "ဝါခေါင်", "တော်သလင်း", "သီတင်းကျွတ်", "တန်ဆောင်မုန်း", "နတ်တော်", "ပြာသို",
    "တပို့တွဲ", "တပေါင်း", "လပြည့်", "လဆုတ်", "လကွယ်", "မြန်မာသက္ကရာဇ်", "သက္ကရာဇ်", "ကောဇာ",
)))


def _myanmar_calendar(value: str) -> NormalizeError | None:
    """The error for a date of the traditional Myanmar calendar (``၁၃၈၅ ခုနှစ် တန်ခူးလဆန်း ၁ ရက်``), None where
    ``value`` names none of its months or moon days."""
    if _BURMESE_LETTER.search(value) and _MYANMAR_CALENDAR.search(unicodedata.normalize("NFC", value)):
        return NormalizeError(
            f"cannot read a date from {value!r}: dates of the traditional Myanmar calendar (Tagu, Kason ..., waxing "
            "and waning days, Myanmar Era years) are not read, as the calendar's leap months and days are set by "
            "decree; write the Gregorian date, as 2023-04-11 or ၂၀၂၃ ခုနှစ် ဧပြီလ ၁၁ ရက်")
    return None


#: Burmese, as the junta's and the resistance's statements and the Burmese press write figures and dates: bounds
#: before the number (အနည်းဆုံး, at least) and after it (ကျော်, more than; ခန့်, about), the classifiers of people
#: after a number (၁၀ ဦး, ၁၀ ယောက်: ten persons), vague quantities (ဒါဇင်နဲ့ချီ, dozens), number words
#: (နှစ်ဆယ့်ငါး), ranges (၁၅ မှ ၂၀), and dates year first with ခုနှစ် (year), လ (month) and ရက် (day) (``၂၀၂၃ ခုနှစ်
#: ဧပြီလ ၁၁ ရက်``), all with or without spaces between the words (`_burmese_words`).
_BURMESE: Final = _language(
    {
        "အနည်းဆုံး": "at least",
        "အများဆုံး": "at most",
        **dict.fromkeys(("ခန့်မှန်းခြေ", "ခန့်မှန်းခြေအားဖြင့်", "ခန့်မှန်း"), "approximately"),
        **dict.fromkeys(("သို့မဟုတ်", "ဒါမှမဟုတ်"), "or"),
        **dict.fromkeys(("ဦး", "ယောက်"), ""),  # the classifiers of people after a number: ၁၀ ဦး, ten persons
        **dict.fromkeys(("အချို့", "တချို့", "တစ်ချို့"), "some"),
        **dict.fromkeys(("အနည်းငယ်", "အနည်းအကျဉ်း"), "a few"),
        **dict.fromkeys(("များစွာ", "အများအပြား", "အမြောက်အမြား", "အတော်များများ"), "many"),
        **dict.fromkeys(_burmese_with("ဆယ်"), "tens"),
        **dict.fromkeys(_burmese_with("ဒါဇင်"), "dozens"),
        **dict.fromkeys(_burmese_with("ရာ"), "hundreds"),
        **dict.fromkeys(_burmese_with("ထောင်"), "thousands"),
        **dict.fromkeys(_burmese_with("သောင်း"), "tens of thousands"),
        **dict.fromkeys(_burmese_with("သိန်း"), "hundreds of thousands"),
        # a number of two, three or four digits: ဆယ်ဂဏန်း, ten-digit
        "ဆယ်ဂဏန်း": "10 to 99",
        "ရာဂဏန်း": "100 to 999",
        "ထောင်ဂဏန်း": "1000 to 9999",
        **_burmese_pairs(),
        "ဒါဇင်": "dozen",
        "တစ်ဒါဇင်": "a dozen",
        "ဒါဇင်ဝက်": "half a dozen",
        **dict.fromkeys(("မရှိ", "တစ်ဦးမှမရှိ", "တစ်ယောက်မှမရှိ"), "none"),
        **dict.fromkeys(("အကျအဆုံး", "ထိခိုက်ကျဆုံးမှု"), "casualties"),
        **dict.fromkeys(("အကျအဆုံးမရှိ", "ထိခိုက်မှုမရှိ", "ထိခိုက်ကျဆုံးမှုမရှိ"), "no casualties"),
        **dict.fromkeys(("အကျအဆုံးများစွာ", "ပြင်းထန်သောအကျအဆုံး"), "heavy casualties"),
    },
    {
        **_months(*_BURMESE_MONTHS),
        **_month_parts(_BURMESE_MONTHS, {
            **dict.fromkeys(("ဆန်း", "ဆန်းပိုင်း", "အစောပိုင်း", "အစ", "ထဲ"), "early"),
            **dict.fromkeys(("လယ်", "လယ်ပိုင်း", "အလယ်ပိုင်း", "အလယ်"), "mid"),
            **dict.fromkeys(("ကုန်", "ကုန်ပိုင်း", "နှောင်းပိုင်း", "ကုန်ခါနီး", "အကုန်"), "late"),
        }),
        _BURMESE_DATE_RANGE_WORD: "to",  # ၂၇ ရက်မှ ၃၀ ရက်အထိ: from the 27th to the 30th
        **dict.fromkeys(("နှင့်", "နဲ့"), "and"),
        # left out: year (ခုနှစ်), day (ရက်, ရက်နေ့, နေ့), on (တွင်, က), until (အထိ, ထိ), between (ကြား), the Common
        # Era (ခရစ်နှစ်), the parts of a day (နံနက်, မနက်, နေ့လယ်, ညနေ, ည, ညပိုင်း, မိုးသောက်, morning to night)
        **dict.fromkeys(("ခုနှစ်", "ခု", "ခရစ်နှစ်", "ရက်", "ရက်နေ့", "နေ့", "နေ့က", "ရက်နေ့က", "ရက်က", "တွင်",
                         "နေ့တွင်", "ရက်နေ့တွင်", "အထိ", "ထိ", "ကြား", "နံနက်", "မနက်", "နေ့လယ်", "ညနေ", "ည",
                         "ညပိုင်း", "မိုးသောက်", "မိုးသောက်ချိန်"), ""),
    },
    numbers=_numbers(_burmese_numbers()),
    # ၁၅ မှ ၂၀, ၁၅ ဦးမှ ၂၀ ဦးအထိ: from 15 to 20; ၁၅ နှင့် ၂၀ ကြား: between 15 and 20
    ranges=[("", "မှ"), ("", "မှ", "အထိ"), ("", "မှ", "ထိ"), ("", "နှင့်", "ကြား"), ("", "နဲ့", "ကြား"),
            ("", "နှင့်", "အကြား"), ("", "နဲ့", "အကြား")],
    after={
        # ကျော် with about after it (၁၀၀ ကျော်ခန့်, some hundred-odd): more than, as the figure is a bound
        **dict.fromkeys(("… ကျော်", "… ထက်ပို", "… ထက်ပိုသော", "… ထက်ပို၍", "အနည်းဆုံး … ကျော်", "… ကျော်ခန့်",
                         "… ကျော်လောက်"), "more than"),
        "… ထက်မနည်း": "at least",
        **dict.fromkeys(("… ထက်နည်း", "… အောက်", "… အောက်နည်း"), "fewer than"),
        **dict.fromkeys(("… ခန့်", "… လောက်", "… ဝန်းကျင်", "ခန့်မှန်းခြေ … ခန့်"), "about"),
        "… နီးပါး": "nearly",
        "… အထိ": "up to",
    },
    date_order=_burmese_date_order,
    count_words=_burmese_words,
    name="Burmese",
)


#: The words of `_BURMESE`'s ranges: from (မှ), until (အထိ, ထိ), and (နှင့်, နဲ့), between (ကြား, အကြား).
_BURMESE_RANGE_WORDS: Final = ("မှ", "အထိ", "ထိ", "နှင့်", "နဲ့", "ကြား", "အကြား")


def _burmese_table_words() -> frozenset[str]:
    """Every Burmese word of `_BURMESE`'s tables (its phrases, bounds after the number and range words), folded as the
    text is: the closed list `_burmese_words` sets apart."""
    words: set[str] = set()
    texts = [*_BURMESE.counts.english, *_BURMESE.ends.english, *_BURMESE.dates.english,
             *(word for before, ending, _ in _BURMESE.after for word in (before, ending)),
             *(_plain_letters(_fold(word)) for word in (*_BURMESE_RANGE_WORDS, _BURMESE_MONTH_WORD))]
    for text in texts:
        words.update(word for word in text.split() if _BURMESE_LETTER.search(word))
    return frozenset(words)


_BURMESE_WORDS: Final = re.compile(f"(?:{_alternatives(_burmese_table_words())})(?![{_BURMESE_SIGN}])")


# Thai and Khmer

#: A Thai letter or sign (the Thai block; its digits, ๐ to ๙, are folded to ASCII before any table is read).
_THAI_LETTER: Final = re.compile("[\u0e01-\u0e5b]")
#: The Thai signs that go on a syllable or continue it (the vowels after and over a consonant, ะ า ำ ิ ี ึ ื ุ ู, the
#: repetition mark ๆ, the tone marks and the thanthakhat): a word of the closed lists is no word where one of them
#: follows it, as it then ends inside a syllable.
_THAI_SIGN: Final = "\u0e30-\u0e3a\u0e45-\u0e4e"
#: The Thai vowels written before their consonant (เ แ โ ใ ไ): a word of the closed lists is no word where one of them
#: comes right before it, as it then starts inside a syllable.
_THAI_LEADING_VOWEL: Final = "\u0e40-\u0e44"
#: A Khmer letter or sign (the Khmer block; its digits, ០ to ៩, are folded to ASCII before any table is read).
_KHMER_LETTER: Final = re.compile("[\u1780-\u17dd\u19e0-\u19ff]")
#: The Khmer signs that go on a consonant (the dependent vowels, the nasal and the visarga, the diacritics): a word
#: of the closed lists is no word where one of them follows it.
_KHMER_SIGN: Final = "\u17b4-\u17d3\u17dd"
#: The Khmer full stop (។) and its other punctuation (៕ ៖ ៘ ...), as spaces; the repetition mark ៗ stays a sign.
_KHMER_PUNCTUATION: Final = dict.fromkeys(map(ord, "\u17d4\u17d5\u17d6\u17d8\u17d9\u17da"), " ")
#: The repetition mark ๆ after a space (``ราว ๆ``), as Thai also types it: joined to the word it repeats.
_THAI_REPEAT: Final = re.compile(" +(?=\u0e46)")


def _thai_numbers() -> dict[int | str, str]:
    """Thai numbers: the units, สิบ (ten) and the tens (ยี่สิบ, twenty, as the two before ten is said; สามสิบ ...)
    with a unit after them (ยี่สิบห้า, 25; a one after a ten is เอ็ด: สิบเอ็ด, 11), ร้อย (a hundred) and พัน (a
    thousand) alone or after a number (สองร้อย, 200; หนึ่งพันห้าร้อย, 1,500), and the ten thousands and hundred
    thousands of one unit (สองหมื่น, 20,000; สามแสน, 300,000). Thai figures are mostly written in digits."""
    units = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
    table: dict[int | str, str] = dict(enumerate(units))
    for ten in range(1, 10):
        word = {1: "สิบ", 2: "ยี่สิบ"}.get(ten, f"{units[ten]}สิบ")
        table[10 * ten] = word
        for unit in range(1, 10):
            table[10 * ten + unit] = f"{word}{'เอ็ด' if unit == 1 else units[unit]}"
    return table | _myriads(units, "หมื่น", "แสน") | {f"{_ALONE} hundred": "ร้อย", f"{_ALONE} thousand": "พัน"}


def _myriads(units: Sequence[str], ten_thousand: str, hundred_thousand: str) -> dict[int | str, str]:
    """The ten thousands and hundred thousands of one unit, as Thai and Khmer count them with a word of their own
    after the unit (สองหมื่น, 20,000; បីសែន, 300,000), the word alone also for one of them."""
    table: dict[int | str, str] = {}
    for unit in range(1, 10):
        table[10_000 * unit] = f"{units[unit]}{ten_thousand}" + (f"|{ten_thousand}" if unit == 1 else "")
        table[100_000 * unit] = f"{units[unit]}{hundred_thousand}" + (f"|{hundred_thousand}" if unit == 1 else "")
    return table


def _khmer_numbers() -> dict[int | str, str]:
    """Khmer numbers: the units (ប្រាំមួយ, six, is five and one), ដប់ (ten) and the tens (ម្ភៃ, twenty; សាមសិប ...)
    with a unit after them (ម្ភៃប្រាំ, 25), រយ (a hundred) and ពាន់ (a thousand) alone or after a number (ពីររយ, 200),
    and the ten thousands and hundred thousands of one unit (ពីរម៉ឺន, 20,000; បីសែន, 300,000)."""
    units = ["សូន្យ", "មួយ", "ពីរ", "បី", "បួន", "ប្រាំ", "ប្រាំមួយ", "ប្រាំពីរ", "ប្រាំបី", "ប្រាំបួន"]
    tens = ["ដប់", "ម្ភៃ", "សាមសិប", "សែសិប", "ហាសិប", "ហុកសិប", "ចិតសិប", "ប៉ែតសិប", "កៅសិប"]
    table: dict[int | str, str] = dict(enumerate(units))
    for ten, word in enumerate(tens, start=1):
        table[10 * ten] = word
        for unit in range(1, 10):
            table[10 * ten + unit] = f"{word}{units[unit]}"
    return table | _myriads(units, "ម៉ឺន", "សែន") | {f"{_ALONE} hundred": "រយ", f"{_ALONE} thousand": "ពាន់"}


#: The Gregorian months as Thai writes them, in full and abbreviated with full stops (ก.ค., also read without the last
#: one: ก.ค).
_THAI_MONTHS: Final = (
    "มกราคม|ม.ค", "กุมภาพันธ์|ก.พ", "มีนาคม|มี.ค", "เมษายน|เม.ย", "พฤษภาคม|พ.ค", "มิถุนายน|มิ.ย", "กรกฎาคม|ก.ค",
    "สิงหาคม|ส.ค", "กันยายน|ก.ย", "ตุลาคม|ต.ค", "พฤศจิกายน|พ.ย", "ธันวาคม|ธ.ค",
)
#: The Gregorian months as Khmer writes them (កុម្ភៈ also without its final visarga, as it is often typed).
_KHMER_MONTHS: Final = (
    "មករា", "កុម្ភៈ|កុម្ភ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ",
)
#: The Buddhist Era as Thai (พ.ศ., พุทธศักราช) and Khmer (ព.ស., ពុទ្ធសករាជ) write it before a year: set apart as a word
#: by the segmenters and replaced with the Gregorian year it gives (`_buddhist_years`).
_THAI_ERA: Final = frozenset(_plain_letters(_fold(word)) for word in ("พ.ศ.", "พ.ศ", "พุทธศักราช"))
_KHMER_ERA: Final = frozenset(_plain_letters(_fold(word)) for word in ("ព.ស.", "ព.ស", "ពុទ្ធសករាជ"))
#: The Thai Buddhist year is the Gregorian year + 543, from 1 January since 1941 (BE 2484); before, it began on 1
#: April, so that its January to March were in the Gregorian year + 542: such a year is not read.
_THAI_ERA_OFFSET: Final = 543
_THAI_ERA_FROM: Final = 2484
#: The Cambodian Buddhist year is counted from the Buddha's passing and turns at Visak Bochea, the full moon of the
#: month of Pisak (late April to early June as the lunisolar calendar falls): the Gregorian year + 544 after it, + 543
#: before. Months of one reading only are read: January to March (+ 543) and July to December (+ 544).
_KHMER_ERA_OFFSETS: Final[Mapping[int, int]] = MappingProxyType(
    {**dict.fromkeys(range(1, 4), 543), **dict.fromkeys(range(7, 13), 544)})
#: A Buddhist year as Thai and Cambodian texts write it (2400 BE is 1857): a year so written without its era word is
#: not read as a Gregorian year (`_buddhist_era_error`).
_BUDDHIST_YEARS: Final = range(2400, 2700)
#: A year of four digits, as the segmenters set it apart.
_FOUR_DIGITS: Final = re.compile("[0-9]{4}")


def _month_numbers(months: Sequence[str]) -> dict[str, int]:
    """Each form of ``months`` (calendar order, forms joined by ``|``), folded as the text is, with and without a
    full stop after it, as its month's number."""
    return {_plain_letters(_fold(written)): number for number, names in enumerate(months, start=1)
            for name in names.split("|") for written in (name, f"{name}.")}


_THAI_MONTH_NUMBERS: Final = _month_numbers(_THAI_MONTHS)
_KHMER_MONTH_NUMBERS: Final = _month_numbers(_KHMER_MONTHS)


def _buddhist_years(words: list[str], era: frozenset[str], months: Mapping[str, int],
                    offset: Callable[[int, Sequence[int]], int | None]) -> list[str] | None:
    """``words`` with each era word and the Buddhist year after it as the Gregorian year (``offset`` gives what to
    take from the year, from the year and the months the date names), and with no era word left; None where a year
    has no Gregorian year the text can tell (``offset`` gives None), where an era word has no year after it, or
    where a year that is only a Buddhist one (`_BUDDHIST_YEARS`) comes without its era word: such a date is refused
    with the reason (`_buddhist_era_error`)."""
    named = [months[word] for word in words if word in months]
    out: list[str] = []
    after_era = False
    for word in words:
        if word in era:
            if after_era:
                return None
            after_era = True
            continue
        if _FOUR_DIGITS.fullmatch(word):
            year = int(word)
            if after_era:
                if (taken := offset(year, named)) is None:
                    return None
                word = str(year - taken)
            elif year in _BUDDHIST_YEARS:
                return None
        elif after_era:
            return None
        after_era = False
        out.append(word)
    return None if after_era else out


def _thai_offset(year: int, months: Sequence[int]) -> int | None:
    """What to take from a Thai Buddhist year: 543 from 1941 (BE 2484) on; None before, when the year began in
    April."""
    return _THAI_ERA_OFFSET if year >= _THAI_ERA_FROM else None


def _khmer_offset(year: int, months: Sequence[int]) -> int | None:
    """What to take from a Cambodian Buddhist year: 543 in January to March, 544 in July to December; None where the
    date names no month or one of April to June, when Visak Bochea turns the year, or months of both readings."""
    offsets = {_KHMER_ERA_OFFSETS.get(month) for month in months}
    return next(iter(offsets)) if len(offsets) == 1 and None not in offsets else None


def _unspaced_words(text: str, letter: re.Pattern[str], words: re.Pattern[str],
                    punctuation: Mapping[int, str | None] | None = None) -> str:
    """``text`` with the words of a language's closed lists apart (``words``), as Thai and Khmer write no spaces
    between words (``กว่า100นาย`` is ``กว่า 100 นาย``); letters of no word stay as they are, so that the text reads
    as nothing. The text unchanged where it has no letter of the script."""
    if not letter.search(text):
        return text
    if punctuation:
        text = text.translate(punctuation)
    return " ".join(words.sub(r" \g<0> ", text).split())


def _thai_words(text: str) -> str:
    """Thai text with the words of `_THAI`'s tables apart (`_THAI_WORDS`); ``ราว ๆ`` as ``ราวๆ``."""
    return _unspaced_words(_THAI_REPEAT.sub("", text), _THAI_LETTER, _THAI_WORDS)


def _khmer_words(text: str) -> str:
    """Khmer text with the words of `_KHMER`'s tables apart (`_KHMER_WORDS`); its full stop as a space."""
    return _unspaced_words(text, _KHMER_LETTER, _KHMER_WORDS, _KHMER_PUNCTUATION)


def _thai_date_order(text: str) -> str:
    """A Thai date with its words apart (`_thai_words`) and a Buddhist year after พ.ศ. as the Gregorian year (``24
    ก.ค. พ.ศ. 2568`` is ``24 ก.ค. 2025``); empty, so that it reads as nothing, where a year cannot be told
    (`_buddhist_years`)."""
    if not _THAI_LETTER.search(text):
        return text
    words = _buddhist_years(_thai_words(text).split(), _THAI_ERA, _THAI_MONTH_NUMBERS, _thai_offset)
    return " ".join(words) if words is not None else ""


def _khmer_date_order(text: str) -> str:
    """A Khmer date with its words apart (`_khmer_words`) and a Buddhist year after ព.ស. as the Gregorian year where
    its months tell which (`_khmer_offset`); empty, so that it reads as nothing, where a year cannot be told."""
    if not _KHMER_LETTER.search(text):
        return text
    words = _buddhist_years(_khmer_words(text).split(), _KHMER_ERA, _KHMER_MONTH_NUMBERS, _khmer_offset)
    return " ".join(words) if words is not None else ""


#: The months and moon days of the Khmer lunisolar calendar (the waxing and waning days, កើត and រោច; Pisak to
#: Chaet), and the Thai waxing and waning days (ขึ้น ... ค่ำ, แรม ... ค่ำ): a date in them is refused with a message of
#: its own (`_buddhist_era_error`).
_LUNISOLAR: Final = re.compile("|".join((
    "កើត", "រោច", "ពិសាខ", "ជេស្ឋ", "អាសាឍ", "ស្រាពណ៍", "ភទ្របទ", "អស្សុជ", "កត្តិក", "មិគសិរ", "បុស្ស", "មាឃ",
    "ផល្គុន", "ចេត្រ", "ค่ำ",
)))
#: A Buddhist year in a Thai or Khmer date, with its era word or without (for `_buddhist_era_error`).
_ERA_YEAR: Final = re.compile(r"(?P<era>พ\.ศ\.?|พุทธศักราช|ព\.ស\.?|ពុទ្ធសករាជ)? ?(?P<y>[0-9]{4})(?![0-9])")
#: A year of two digits after a Thai month, as the Thai press shortens the Buddhist year (``24 ก.ค. 68``).
_SHORT_THAI_YEAR: Final = re.compile(
    rf"(?:{'|'.join(re.escape(name) for names in _THAI_MONTHS for name in names.split('|'))})\.? ?(?P<y>[0-9]{{2}})$")


def _buddhist_era_error(value: str) -> NormalizeError | None:
    """The error for a Thai or Khmer date no form reads because of its calendar, None for any other text.

    - A date of the Khmer lunisolar calendar or a Thai moon day (`_LUNISOLAR`): the Gregorian date to write.
    - A Buddhist year without its era word (``24 กรกฎาคม 2568``): not read as the Gregorian year it is not, nor
      moved to the one it may be; the message names the era word to write and the Gregorian year.
    - A Thai Buddhist year before 2484 (1941), when the year began on 1 April; a Cambodian one whose months do not
      tell the Gregorian year (April to June, or no month): the Gregorian years it may be.
    - A year of two digits after a Thai month (``24 ก.ค. 68``): the Buddhist year it shortens, and its Gregorian one.
    """
    folded = " ".join(_fold(value).split())
    thai, khmer = bool(_THAI_LETTER.search(folded)), bool(_KHMER_LETTER.search(folded))
    if not (thai or khmer):
        return None
    start = f"cannot read a date from {value!r}"
    if _LUNISOLAR.search(unicodedata.normalize("NFC", value)):
        return NormalizeError(
            f"{start}: dates of the lunisolar calendar (waxing and waning days, the months of the Buddhist calendar) "
            "are not read, as its leap months are set by the calendar; write the Gregorian date, as 2025-07-24 or "
            + ("24 กรกฎาคม 2025" if thai else "ថ្ងៃទី២៤ ខែកក្កដា ឆ្នាំ២០២៥"))
    for found in _ERA_YEAR.finditer(folded):
        year = int(found["y"])
        if found["era"] is None and year in _BUDDHIST_YEARS:
            era = "พ.ศ." if thai else "ព.ស."
            gregorian = (f"{year - _THAI_ERA_OFFSET}" if thai
                         else f"{year - 544} from July to December, {year - 543} from January to March")
            return NormalizeError(
                f"{start}: {year} is a year of the Buddhist Era ({gregorian}), which is not read without its era "
                f"word, so that no year is moved silently; write {era} {year} as the source means it, or the "
                "Gregorian year")
        if found["era"] in ("พ.ศ", "พ.ศ.", "พุทธศักราช") and year < _THAI_ERA_FROM:
            return NormalizeError(
                f"{start}: before 2484 (1941) the Thai year began on 1 April, so {year} is {year - 543} from April "
                f"and {year - 542} in January to March; write the Gregorian date")
        named = [_KHMER_MONTH_NUMBERS[word] for word in _khmer_words(_plain_letters(folded)).split()
                 if word in _KHMER_MONTH_NUMBERS]
        if found["era"] in ("ព.ស", "ព.ស.", "ពុទ្ធសករាជ") and _khmer_offset(year, named) is None:
            return NormalizeError(
                f"{start}: the Cambodian Buddhist year turns at Visak Bochea (late April to early June), so {year} is "
                f"{year - 543} before it and {year - 544} after it; a date of April to June, or with no month, cannot "
                "say which: write the Gregorian year (ឆ្នាំ២០២៥)")
    if thai and (short := _SHORT_THAI_YEAR.search(folded)):
        year = 2500 + int(short["y"])
        return NormalizeError(
            f"{start}: a year of two digits is not read; {short['y']} shortens the Buddhist year {year} "
            f"({year - _THAI_ERA_OFFSET}) as a rule: write พ.ศ. {year} or {year - _THAI_ERA_OFFSET}")
    return None


#: The Thai classifiers of people after a number: ราย (cases), นาย (soldiers and officials), คน (persons), ศพ (bodies),
#: ท่าน (persons, respectfully): 12 ราย is twelve.
_THAI_CLASSIFIERS: Final = ("ราย", "นาย", "คน", "ศพ", "ท่าน")

#: Thai, as the Royal Thai Army, the ministries and the Thai press write figures and dates: bounds before the number
#: (อย่างน้อย, at least; กว่า, more than; ไม่เกิน, up to; ประมาณ, about), the classifiers of people after a number
#: (12 ราย, 12 นาย, 12 คน), vague words (หลาย, several; นับร้อย, hundreds), number words (ยี่สิบห้า), ranges (10 ถึง
#: 12), and dates day, month, year (``24 กรกฎาคม 2568``, ``24 ก.ค. พ.ศ. 2568``), with the Buddhist Era read where its
#: word is written; all with or without spaces between the words (`_thai_words`).
_THAI: Final = _language(
    {
        **dict.fromkeys(("อย่างน้อย", "อย่างต่ำ", "ไม่ต่ำกว่า", "ไม่น้อยกว่า", "ขั้นต่ำ"), "at least"),
        **dict.fromkeys(("กว่า", "มากกว่า", "เกิน", "เกินกว่า", "เกินกว่าจำนวน"), "more than"),
        **dict.fromkeys(("ไม่เกิน", "สูงสุด", "สูงสุดถึง", "มากที่สุด", "สูงถึง", "ถึง"), "up to"),
        **dict.fromkeys(("ต่ำกว่า", "น้อยกว่า", "ไม่ถึง"), "fewer than"),
        **dict.fromkeys(("ประมาณ", "ราว", "ราวๆ", "ประมาณการ", "คาดว่า", "โดยประมาณ", "ราวราว"), "approximately"),
        **dict.fromkeys(("เกือบ", "เกือบจะ", "ร่วม"), "nearly"),
        **dict.fromkeys(("หรือ",), "or"),
        **dict.fromkeys(_THAI_CLASSIFIERS, ""),
        **dict.fromkeys(("หลาย",), "several"),
        **dict.fromkeys(("ไม่กี่",), "a few"),
        **dict.fromkeys(("บาง", "บางส่วน"), "some"),
        **dict.fromkeys(("จำนวนมาก", "มากมาย", "เป็นจำนวนมาก"), "many"),
        **dict.fromkeys(("จำนวนหนึ่ง",), "a number of"),
        **dict.fromkeys(("หลายสิบ",), "several tens"),
        **dict.fromkeys(("หลายร้อย",), "several hundred"),
        **dict.fromkeys(("หลายพัน",), "several thousand"),
        **dict.fromkeys(("นับสิบ",), "tens"),
        **dict.fromkeys(("นับร้อย",), "hundreds"),
        **dict.fromkeys(("นับพัน",), "thousands"),
        **dict.fromkeys(("นับหมื่น", "หลายหมื่น"), "tens of thousands"),
        **dict.fromkeys(("นับแสน", "หลายแสน"), "hundreds of thousands"),
        # a number of two, three, four digits: หลักสิบ, in the tens' place
        "หลักสิบ": "10 to 99",
        "หลักร้อย": "100 to 999",
        "หลักพัน": "1000 to 9999",
        **dict.fromkeys(("ไม่มี", "ไม่มีผู้เสียชีวิต", "ไม่มีผู้บาดเจ็บ", "ไม่มีใคร"), "none"),
        **dict.fromkeys(("ไม่มีการสูญเสีย", "ไม่มีความสูญเสีย"), "no casualties"),
        **dict.fromkeys(("การสูญเสีย", "ความสูญเสีย", "สูญเสีย"), "losses"),
        **dict.fromkeys(("สูญเสียอย่างหนัก", "ความสูญเสียอย่างหนัก"), "heavy losses"),
    },
    {
        **_months(*_THAI_MONTHS),
        **dict.fromkeys(("ต้นเดือน",), "early"),
        **dict.fromkeys(("กลางเดือน",), "mid"),
        **dict.fromkeys(("ปลายเดือน", "สิ้นเดือน"), "late"),
        **dict.fromkeys(("ตั้งแต่", "ตั้งแต่วันที่"), "from"),
        **dict.fromkeys(("ถึง", "จนถึง", "ถึงวันที่", "จนถึงวันที่"), "to"),
        **dict.fromkeys(("ระหว่าง", "ระหว่างวันที่"), "between"),
        **dict.fromkeys(("และ",), "and"),
        # The era words, set apart and replaced by `_thai_date_order`; left out: the date of (วันที่, ที่), the month
        # (เดือน), the year (ปี), on (เมื่อ, เมื่อวันที่), the Common Era (ค.ศ., คริสต์ศักราช)
        **dict.fromkeys(("พ.ศ.", "พ.ศ", "พุทธศักราช", "วันที่", "ที่", "เดือน", "ปี", "เมื่อ", "เมื่อวันที่", "ค.ศ.",
                         "ค.ศ", "คริสต์ศักราช"), ""),
    },
    numbers=_numbers(_thai_numbers()),
    # 10 ถึง 12: 10 to 12; ตั้งแต่ 10 ถึง 12, ระหว่าง 10 ถึง 12, ระหว่าง 10 และ 12
    ranges=[("", "ถึง"), ("ตั้งแต่", "ถึง"), ("ระหว่าง", "ถึง"), ("ระหว่าง", "และ")],
    after={
        # 10 กว่าราย: ten and more (ten-odd), read as more than ten, before the classifier or after it; 20
        # คนโดยประมาณ: about twenty; 20 คนขึ้นไป: twenty and up
        **dict.fromkeys((f"… {word}{classifier}" for word in ("กว่า", "เศษ")
                         for classifier in ("", *(f" {name}" for name in _THAI_CLASSIFIERS))), "more than"),
        "… โดยประมาณ": "about",
        "… ขึ้นไป": "at least",
    },
    date_order=_thai_date_order,
    count_words=_thai_words,
    name="Thai",
)

#: Khmer, as the Ministry of National Defence, the government's spokespeople and the Khmer press write figures and
#: dates: bounds before the number (យ៉ាងហោចណាស់, at least; ជាង, more than; ប្រហែល, about), the classifier of people
#: after a number (៥ នាក់), vague words (ច្រើន, many; រាប់រយ, hundreds), number words (ម្ភៃប្រាំ), ranges (១០ ទៅ ១២), and
#: dates day, month, year (``ថ្ងៃទី២៤ ខែកក្កដា ឆ្នាំ២០២៥``); all with or without spaces between the words
#: (`_khmer_words`).
_KHMER: Final = _language(
    {
        **dict.fromkeys(("យ៉ាងហោចណាស់", "យ៉ាងហោចណាស់ក៏", "យ៉ាងតិច", "យ៉ាងតិចបំផុត", "មិនតិចជាង", "មិនតិចជាងពី"),
                        "at least"),
        **dict.fromkeys(("ជាង", "ច្រើនជាង", "លើសពី", "លើស"), "more than"),
        **dict.fromkeys(("មិនលើសពី", "មិនលើស", "រហូតដល់", "យ៉ាងច្រើន", "យ៉ាងច្រើនបំផុត"), "up to"),
        **dict.fromkeys(("តិចជាង", "ក្រោម"), "fewer than"),
        **dict.fromkeys(("ប្រហែល", "ប្រហែលជា", "ប្រមាណ", "ប្រមាណជា", "ប្រមាណជាង", "ប្រហាក់ប្រហែល"), "approximately"),
        **dict.fromkeys(("ជិត", "ស្ទើរតែ", "ស្ទើរ"), "nearly"),
        **dict.fromkeys(("ឬ", "ឬក៏"), "or"),
        # the classifiers of people after a number: នាក់ (persons), រូប and អង្គ (persons, respectfully)
        **dict.fromkeys(("នាក់", "រូប"), ""),
        **dict.fromkeys(("ច្រើន", "ជាច្រើន", "ច្រើនគួរសម", "មួយចំនួនធំ"), "many"),
        **dict.fromkeys(("មួយចំនួន",), "a number of"),
        **dict.fromkeys(("ខ្លះ", "មួយចំនួនតូច"), "some"),
        **dict.fromkeys(("ប៉ុន្មាន", "ពីរបី"), "a few"),
        **dict.fromkeys(("រាប់សិប", "រាប់ដប់"), "tens"),
        **dict.fromkeys(("រាប់រយ",), "hundreds"),
        **dict.fromkeys(("រាប់ពាន់",), "thousands"),
        **dict.fromkeys(("រាប់ម៉ឺន",), "tens of thousands"),
        **dict.fromkeys(("រាប់សែន",), "hundreds of thousands"),
        **dict.fromkeys(("គ្មាន", "គ្មាននរណាម្នាក់", "គ្មានអ្នកស្លាប់", "គ្មានអ្នករបួស"), "none"),
        **dict.fromkeys(("គ្មានការខាតបង់",), "no casualties"),
        **dict.fromkeys(("ការខាតបង់", "ខាតបង់"), "losses"),
        **dict.fromkeys(("ការខាតបង់យ៉ាងធ្ងន់ធ្ងរ", "ខាតបង់យ៉ាងធ្ងន់ធ្ងរ"), "heavy losses"),
    },
    {
        **_months(*_KHMER_MONTHS),
        **dict.fromkeys(("ដើមខែ",), "early"),
        **dict.fromkeys(("ពាក់កណ្ដាលខែ", "ពាក់កណ្តាលខែ", "កណ្ដាលខែ", "កណ្តាលខែ"), "mid"),
        **dict.fromkeys(("ចុងខែ", "ដំណាច់ខែ"), "late"),
        **dict.fromkeys(("ពី", "ចាប់ពី", "ចាប់តាំងពី", "តាំងពី"), "from"),
        **dict.fromkeys(("ដល់", "ទៅ", "រហូតដល់", "ដល់ថ្ងៃទី"), "to"),
        **dict.fromkeys(("ចន្លោះ", "ចន្លោះពី"), "between"),
        **dict.fromkeys(("និង",), "and"),
        # The era words, set apart and replaced by `_khmer_date_order`; left out: the day (ថ្ងៃ, ថ្ងៃទី, ទី), the
        # month (ខែ), the year (ឆ្នាំ), on (នៅ, កាលពី, នៅថ្ងៃទី), the Common Era (គ.ស., គ្រិស្តសករាជ), the parts of a day
        # (ព្រឹក, morning; រសៀល, afternoon; ល្ងាច, evening; យប់, night)
        **dict.fromkeys(("ព.ស.", "ព.ស", "ពុទ្ធសករាជ", "ថ្ងៃ", "ថ្ងៃទី", "ទី", "ខែ", "ឆ្នាំ", "នៅ", "កាលពី", "នៅថ្ងៃទី",
                         "គ.ស.", "គ.ស", "គ្រិស្តសករាជ", "ព្រឹក", "រសៀល", "ល្ងាច", "យប់", "ពេលព្រឹក", "ពេលយប់"), ""),
    },
    numbers=_numbers(_khmer_numbers()),
    # ១០ ទៅ ១២, ពី ១០ ទៅ ១២, ពី ១០ ដល់ ១២: from 10 to 12; ចន្លោះពី ១០ ទៅ ១២: between 10 and 12
    ranges=[("", "ទៅ"), ("", "ដល់"), ("ពី", "ទៅ"), ("ពី", "ដល់"), ("ចន្លោះពី", "ទៅ"), ("ចន្លោះពី", "ដល់"),
            ("ចន្លោះ", "និង")],
    after={
        "… ជាង": "more than",
        **dict.fromkeys(("… ប្រហែល",), "about"),
        **dict.fromkeys(("… ឡើងទៅ", "… ឡើង"), "at least"),
    },
    date_order=_khmer_date_order,
    count_words=_khmer_words,
    name="Khmer",
)


def _table_words(language: _Language, letter: re.Pattern[str], *more: str) -> frozenset[str]:
    """Every word of ``language``'s tables in ``letter``'s script (its phrases, the words of bounds after the number,
    ``more``: range words), folded as the text is: the closed list its segmenter sets apart."""
    words: set[str] = set()
    texts = [*language.counts.english, *language.ends.english, *language.dates.english,
             *(word for before, ending, _ in language.after for word in (before, ending)),
             *(_plain_letters(_fold(word)) for word in more)]
    for text in texts:
        words.update(word for word in text.split() if letter.search(word))
    return frozenset(words)


#: The words of `_THAI`'s and `_KHMER`'s ranges, which their segmenters set apart too.
_THAI_RANGE_WORDS: Final = ("ถึง", "และ", "หรือ", "ตั้งแต่", "ระหว่าง")
_KHMER_RANGE_WORDS: Final = ("ទៅ", "ដល់", "ពី", "ចន្លោះពី", "ចន្លោះ", "និង", "ឬ")
#: A word of `_THAI`'s tables, where it neither starts after a leading vowel nor ends before a sign: inside a syllable.
_THAI_WORDS: Final = re.compile(f"(?<![{_THAI_LEADING_VOWEL}])"
                                f"(?:{_alternatives(_table_words(_THAI, _THAI_LETTER, *_THAI_RANGE_WORDS))})"
                                f"(?![{_THAI_SIGN}])")
#: A word of `_KHMER`'s tables, where it does not end before a sign.
_KHMER_WORDS: Final = re.compile(f"(?:{_alternatives(_table_words(_KHMER, _KHMER_LETTER, *_KHMER_RANGE_WORDS))})"
                                 f"(?![{_KHMER_SIGN}])")


# Sorani Kurdish

def _sorani_forms(*phrases: str) -> tuple[str, ...]:
    """Sorani phrases as typed: with the Kurdish ە, and with the heh (ه) that keyboards without it type for it."""
    return tuple(dict.fromkeys(form for phrase in phrases for form in (phrase, phrase.replace("ە", "ه"))))


def _sorani_numbers() -> dict[int | str, str]:
    """Sorani numbers: 0-19, the tens, a ten and a unit joined by و, spaced or not (``بیست و پێنج``, ``بیستوپێنج``:
    25); سەد (a hundred) and هەزار (a thousand) alone or after a number (``دوو سەد``, ``دووسەد``: 200)."""
    units = ["سفر", "یەک", "دوو", "سێ", "چوار", "پێنج", "شەش", "حەوت", "هەشت", "نۆ", "دە", "یازدە", "دوازدە",
             "سێزدە", "چواردە", "پازدە", "شازدە", "حەڤدە|حەفدە", "هەژدە", "نۆزدە"]
    tens = ["بیست", "سی", "چل", "پەنجا", "شەست", "حەفتا", "هەشتا", "نەوەد"]
    table: dict[int | str, str] = {number: "|".join(_sorani_forms(*forms.split("|")))
                                   for number, forms in enumerate(units)}
    for number, ten in enumerate(tens, start=2):
        table[10 * number] = "|".join(_sorani_forms(ten))
        for unit in range(1, 10):
            table[10 * number + unit] = "|".join(_sorani_forms(*(
                f"{ten}{joiner}{form}" for joiner in (" و ", "و") for form in units[unit].split("|"))))
    for number in range(2, 10):  # دوو سەد, دووسەد: 200
        table[100 * number] = "|".join(_sorani_forms(*(f"{form}سەد" for form in units[number].split("|"))))
    return table | {f"{_ALONE} hundred": "|".join(_sorani_forms("سەد")),
                    f"{_ALONE} thousand": "|".join(_sorani_forms("هەزار"))}


#: The Gregorian months as Sorani writes them (the Iraqi names), each also with the izafe ی (of) joined, as a month
#: before its year takes it (``ئەیلوولی ٢٠٢٢``: September of 2022).
_SORANI_MONTHS: Final = tuple(
    "|".join(f"{form}{izafe}" for name in names.split("|") for form in _sorani_forms(name) for izafe in ("", "ی"))
    for names in ("کانوونی دووەم|کانونی دووەم", "شوبات|شووبات", "ئازار", "نیسان", "ئایار", "حوزەیران|حوزەیرا",
                  "تەمموز|تەموز|تەممووز|تەمووز", "ئاب", "ئەیلوول|ئەیلول", "تشرینی یەکەم", "تشرینی دووەم",
                  "کانوونی یەکەم|کانونی یەکەم")
)

#: Sorani Kurdish, as the Kurdistan Region's ministries, security council and press (Rudaw, Kurdistan 24) write figures
#: and dates in the Arabic script with the Kurdish letters (ێ ۆ ڕ ڵ ە): bounds (لانیکەم, at least; زیاتر لە, more
#: than; نزیکەی, about; تا, up to), ranges (١٥ بۆ ٢٠), vague words (چەندین, دەیان), number words and dates with the
#: izafe (``٢٨ی ئەیلوولی ٢٠٢٢``).
_SORANI: Final = _language(
    {
        **dict.fromkeys(_sorani_forms("لانیکەم", "لانی کەم", "بەلایەنی کەمەوە", "بە لایەنی کەمەوە", "کەمترین"),
                        "at least"),
        **dict.fromkeys(_sorani_forms("زیاتر لە", "زۆرتر لە", "پتر لە", "زیاد لە"), "more than"),
        **dict.fromkeys(_sorani_forms("کەمتر لە"), "fewer than"),
        **dict.fromkeys(_sorani_forms("نزیکەی", "بە نزیکەیی", "نزیکەیی", "دەوروبەری", "لە دەوروبەری", "بە تەخمینی"),
                        "approximately"),
        **dict.fromkeys(_sorani_forms("زیاترین", "هەتا", "تاوەکو"), "up to"),
        **dict.fromkeys(_sorani_forms("یان", "یاخود"), "or"),
        **dict.fromkeys(_sorani_forms("چەندین", "چەند"), "several"),
        **dict.fromkeys(_sorani_forms("ژمارەیەک", "ژمارەیەک لە"), "a number of"),
        **dict.fromkeys(_sorani_forms("ژمارەیەکی زۆر", "ژمارەیەکی زۆر لە", "زۆر"), "many"),
        **dict.fromkeys(_sorani_forms("دەیان"), "tens"),
        **dict.fromkeys(_sorani_forms("سەدان"), "hundreds"),
        **dict.fromkeys(_sorani_forms("هەزاران"), "thousands"),
        **dict.fromkeys(_sorani_forms("دەیان هەزار"), "tens of thousands"),
        **dict.fromkeys(_sorani_forms("سەدان هەزار"), "hundreds of thousands"),
        **dict.fromkeys(_sorani_forms("چەند سەد"), "several hundred"),
        **dict.fromkeys(_sorani_forms("چەند هەزار"), "several thousand"),
        **dict.fromkeys(_sorani_forms("هیچ", "هیچ کەس"), "none"),
    },
    {
        **_months(*_SORANI_MONTHS),
        **dict.fromkeys(_sorani_forms("سەرەتای", "لە سەرەتای"), "early"),
        **dict.fromkeys(_sorani_forms("ناوەڕاستی", "لە ناوەڕاستی", "نیوەی"), "mid"),
        **dict.fromkeys(_sorani_forms("کۆتایی", "لە کۆتایی", "کۆتاییەکانی"), "late"),
        **dict.fromkeys(_sorani_forms("بۆ", "تا", "هەتا"), "to"),
        "و": "and",
        # the night of (شەوی 16 بۆ 17ی ئابی 2022: the night of 16 to 17 August), the night between (شەوی نێوان 16
        # و 17ی ئاب), as the Kurmanji şeva and the Arabic ليلة
        **dict.fromkeys(_sorani_forms("شەوی"), "night of"),
        **dict.fromkeys(_sorani_forms("شەوی نێوان", "لە شەوی نێوان"), "night between"),
        # left out: on (لە), the month of (مانگی), the year of (ساڵی), the day of (ڕۆژی), the Common Era (زایینی)
        **dict.fromkeys(_sorani_forms("لە", "مانگی", "ساڵی", "ڕۆژی", "زایینی", "ی زایینی"), ""),
    },
    numbers=_with_and(_numbers(_sorani_numbers()), "و"),
    ranges=[("", "بۆ"), ("", "تا"), ("لە", "بۆ"), ("لە", "تا"), ("لە نێوان", "و"), ("لە نێوان", "بۆ"),
            ("لە نێوان", "تا")],
    after={"تا …": "up to", **dict.fromkeys(_sorani_forms("… و زیاتر", "… یان زیاتر"), "at least")},
    day_endings=(_plain_letters("ی"),),
    name="Sorani Kurdish",
)


# Kurmanji Kurdish

def _kurmanji_numbers() -> dict[int | str, str]:
    """Kurmanji numbers: 0-19, the tens, a ten and a unit joined by û (and): ``bîst û pênc`` (25); ``sed`` (a
    hundred) and ``hezar`` (a thousand) alone or after a number (``du sed``: 200), joined to what follows by û
    (``sed û bîst``: 120, read as English "a hundred and twenty"). Two and three standing alone are also ``dudu``,
    ``didu``, ``sisê``; the teens and several tens have spellings with and without the n and h the dialects say
    (``pazdeh``/``panzdeh``, ``sî``/``sih``). Sixty alone (``şêst``) is not read: without its marks it is spelled
    as the Serbian ``šest``, six, and the other languages' tables must read a spelling alike; ``şêst û pênc`` (65)
    is."""
    units = ("sifir|sifr", "yek", "du|dudu|didu", "sê|sisê", "çar", "pênc", "şeş", "heft", "heşt", "neh")
    written: dict[int | str, str] = _tens_then_units(
        units, "deh", ("bîst", "sî|sih", "çil", "pêncî|pêncih", "şêst", "heftê", "heştê", "nod|not"),
        teen="", joiner=" û ")
    del written[60]  # şêst alone: 60, but spelled as the Serbian šest, 6, once its marks are gone; şêst û pênc: 65
    written.update({11: "yazdeh|yanzdeh", 12: "dazdeh|duwazdeh|diwazdeh|dwazdeh|donzdeh", 13: "sêzdeh|sêzde",
                    14: "çardeh|çarde", 15: "pazdeh|panzdeh|pazde", 16: "şazdeh|şanzdeh|şazde",
                    17: "hevdeh|hivdeh|hefdeh", 18: "hejdeh|hijdeh|hejde", 19: "nozdeh|nozde"})
    # û after a hundred or a thousand, not alone: spelled without its mark it is the Spanish u, "or"
    return written | {f"{_ALONE} hundred": "sed", f"{_ALONE} thousand": "hezar", f"{_ALONE} hundred and": "sed û",
                      f"{_ALONE} thousand and": "hezar û"}


def _kurmanji_forms(name: str) -> str:
    """A Kurmanji name with the endings the izafe and the oblique case write onto its last word, ``|``-joined:
    ``Tebax``, ``Tebaxa`` (August of: ``Tebaxa 2024an``), ``Tebaxê`` (in August: ``23ê Tebaxê``); after a vowel with
    y (``Çileya``, ``Çileyê``, ``Şemiyê``)."""
    glide = "y" if name[-1] in "aeiouêîû" else ""
    return "|".join((name, f"{name}{glide}a", f"{name}{glide}ê"))


#: The Gregorian months as Kurmanji writes them, in calendar order. Three systems are in use and each is read: the
#: names of the Kurdish press in Turkey and of ANF (Çile, Sibat ... Mijdar, Kanûn), the Syriac names of Syria
#: (Kanûna Paşîn, January, the later Kanûn; Çiriya Pêşîn, October, the earlier Tişrîn; Çiriya Paşîn; Kanûna Pêşîn,
#: December) and the Kurdish names the administration of north-east Syria and Hawar write (Rêbendan, Reşemî, Avrêl,
#: Pûşper, Gelawêj, Rezber, Kewçêr, Sermawez, Berfanbar). In Kurmanji these are Gregorian months; Sorani gives the
#: Kurdish names to the months of the solar year (ڕێبەندان is Bahman, from about 21 January), and `_SORANI` reads
#: none of them.
_KURMANJI_MONTHS: Final = tuple(
    "|".join(_kurmanji_forms(name) for name in names.split("|"))
    for names in ("çile|kanûna paşîn|rêbendan", "sibat|reşemî", "adar", "nîsan|avrêl", "gulan",
                  "hezîran|pûşper", "tîrmeh", "tebax|gelawêj", "îlon|rezber", "cotmeh|çiriya pêşîn|kewçêr",
                  "mijdar|çiriya paşîn|sermawez", "kanûn|kanûna pêşîn|berfanbar")
)

#: Kurmanji Kurdish, as the SDF and the administration of north-east Syria, ANF, Hawar (ANHA), Rudaw's and the
#: Turkish Kurdish press write figures and dates in Latin letters: bounds (herî kêm, at least; zêdetir ji, more
#: than; nêzî, about; heta, up to), ranges (``ji 10 heta 15``), vague words (çend, bi dehan), number words (``bîst û
#: pênc``) and dates with the endings the language writes onto days and years (``23'ê Tebaxa 2024'an``).
_KURMANJI: Final = _language(
    {
        **dict.fromkeys(("herî kêm", "herî kêmî", "bi kêmanî", "kêmtirîn"), "at least"),
        **dict.fromkeys(("zêdetir ji", "bêtir ji", "zêdeyî", "zêdetirî", "ji zêdetirî"), "more than"),
        **dict.fromkeys(("kêmtir ji",), "fewer than"),
        **dict.fromkeys(("heta", "heya", "herî zêde", "herî zêdê", "herî pir"), "up to"),
        # nêzî, nêzîkî: near, close to; qasî: as much as; li dora, dora: around
        **dict.fromkeys(("nêzî", "nêzîkî", "nêzîkê", "qasî", "li dora", "dora", "li derdora", "derdora"),
                        "approximately"),
        **dict.fromkeys(("an", "yan", "an jî"), "or"),
        **dict.fromkeys(("çend", "çendîn"), "several"),
        **dict.fromkeys(("hin", "hinek"), "some"),
        **dict.fromkeys(("gelek", "pir"), "many"),
        **dict.fromkeys(("hejmarek", "hejmarek ji"), "a number of"),
        "bi dehan": "tens",
        "bi sedan": "hundreds",
        "bi hezaran": "thousands",
        "bi dehan hezaran": "tens of thousands",
        "bi sedan hezaran": "hundreds of thousands",
        "çend sed": "several hundred",
        "çend hezar": "several thousand",
        **dict.fromkeys(("tu kes", "hîç kes"), "nobody"),
        **dict.fromkeys(("tune", "tunebû"), "none"),
        "windahî": "losses",
        **dict.fromkeys(("windahiyên giran", "windahiyeke giran"), "heavy losses"),
    },
    {
        **_months(*_KURMANJI_MONTHS),
        **dict.fromkeys(("destpêka", "destpêkê", "serê", "di destpêka"), "early"),
        **dict.fromkeys(("nîveka", "nîvê", "nîvêka", "di nîveka", "navîna", "nîvî"), "mid"),
        **dict.fromkeys(("dawiya", "dawîya", "dumahiya", "di dawiya"), "late"),
        **dict.fromkeys(("heta", "heya", "ta"), "to"),
        "û": "and",
        "ji": "from",
        "di navbera": "between",
        "şeva": "night of",
        "şeva di navbera": "night between",
        # left out: on, in (di ... de, li), the day of (roja), the month of (meha, mehê), the year of (sala, salê);
        # a year's ending after an apostrophe is left out with the day's (below)
        **dict.fromkeys(("di", "de", "li", "roja", "meha", "mehê", "sala", "salê", "sala zayînî"), ""),
    },
    numbers=_numbers(_kurmanji_numbers()),
    ranges=[("", "heta"), ("", "heya"), ("", "ta"), ("ji", "heta"), ("ji", "heya"), ("ji", "ta"),
            ("di navbera", "û", "de"), ("di navbera", "û"), ("navbera", "û")],
    after={
        **dict.fromkeys(("ji … zêdetir", "ji … bêtir", "ji … pirtir"), "more than"),
        "ji … kêmtir": "fewer than",
        **dict.fromkeys(("… û zêdetir", "… an zêdetir", "… û bêtir", "… an bêtir"), "at least"),
    },
    # 23ê, 23'ê, 23yê, 2'yê: the day's ending of the izafe (the 23rd of); 2024an, 2024'an: a year's oblique ending
    day_endings=tuple(f"{mark}{ending}" for mark in ("", *_APOSTROPHES) for ending in ("e", "ye", "an", "yan", "a",
                                                                                     "ya")),
    name="Kurmanji Kurdish",
)


# Tamil

#: A Tamil letter or sign (the Tamil block; its digits ௦-௯ are folded to ASCII before any table is read).
_TAMIL_LETTER: Final = "\u0b80-\u0be5\u0bf0-\u0bff"
#: A Sinhala letter or sign (the Sinhala block; its lith digits ෦-෯ are folded to ASCII before any table is read).
_SINHALA_LETTER: Final = "\u0d80-\u0de5\u0df0-\u0dff"
#: Digits with a Tamil or Sinhala letter written onto them: ``60க்கும்`` (more than 60: its dative ending), ``20ක්``
#: (20: the indefinite ending).
_DIGITS_THEN_LETTER: Final = re.compile(f"(?<=[0-9])(?=[{_TAMIL_LETTER}{_SINHALA_LETTER}])")


def _digits_apart(text: str) -> str:
    """Tamil or Sinhala text with the endings written onto digits set apart from them (``60க்கும் மேற்பட்டோர்`` is
    ``60 க்கும் மேற்பட்டோர்``, ``20ක්`` is ``20 ක්``), as the tables hold the endings after the number with a space
    before them; the endings of a number in words stay on it (``இருபதுக்கும்``)."""
    return _DIGITS_THEN_LETTER.sub(" ", text)


#: The independent vowels of Tamil and the signs they take after a consonant, as a number word that starts with a
#: vowel joins the tens before it (இருபத்து and ஐந்து: இருபத்தைந்து, 25).
_TAMIL_VOWEL_SIGNS: Final = dict(zip("அஆஇஈஉஊஎஏஐஒஓ", ("", "ா", "ி", "ீ", "ு", "ூ", "ெ", "ே", "ை", "ொ", "ோ"),
                                     strict=True))


def _tamil_numbers() -> dict[int | str, str]:
    """Tamil numbers: the units (ஒன்று, ஒரு ... பத்து) and the words that count people (ஒருவர், one person; இருவர்,
    மூவர், நால்வர், ஐவர், அறுவர், எழுவர், எண்மர்: two to eight persons); eleven to nineteen; the tens, and a ten
    with a unit after it in the forms the press writes (இருபத்தைந்து, the unit's vowel joined to the ten; இருபத்து
    மூன்று, இருபத்தி மூன்று, apart or together); the hundreds (நூறு, இருநூறு ... தொள்ளாயிரம்) and the thousands of
    one unit or one ten (இரண்டாயிரம், 2,000; நாற்பதாயிரம், 40,000); நூறு, ஆயிரம் and லட்சம் (இலட்சம், a lakh:
    100,000), with the forms they take before another number or an ending (நூற்று, ஆயிரத்து, லட்சத்து:
    நூற்றுக்கும் மேற்பட்ட, more than a hundred), stand alone or after a number."""
    units = ["பூஜ்ஜியம்|பூச்சியம்", "ஒன்று|ஒரு|ஒருவர்", "இரண்டு|இரு|இருவர்", "மூன்று|மூவர்", "நான்கு|நாலு|நால்வர்",
             "ஐந்து|ஐவர்", "ஆறு|அறுவர்", "ஏழு|எழுவர்", "எட்டு|எண்மர்", "ஒன்பது"]
    table: dict[int | str, str] = dict(enumerate(units))
    table |= {10: "பத்து", 11: "பதினொன்று|பதினொரு", 12: "பன்னிரண்டு|பன்னிரு", 13: "பதின்மூன்று|பதிமூன்று",
              14: "பதினான்கு|பதினாலு", 15: "பதினைந்து|பதினஞ்சு", 16: "பதினாறு", 17: "பதினேழு", 18: "பதினெட்டு",
              19: "பத்தொன்பது"}
    tens = {20: ("இருபது", "இருபத்த"), 30: ("முப்பது", "முப்பத்த"), 40: ("நாற்பது", "நாற்பத்த"),
            50: ("ஐம்பது", "ஐம்பத்த"), 60: ("அறுபது", "அறுபத்த"), 70: ("எழுபது", "எழுபத்த"),
            80: ("எண்பது", "எண்பத்த"), 90: ("தொண்ணூறு", "தொண்ணூற்ற")}
    for ten, (alone, joining) in tens.items():
        table[ten] = alone
        table[ten * 1000] = f"{alone[:-1]}ாயிரம்"  # இருபது and ஆயிரம்: இருபதாயிரம், 20,000
        for unit in range(1, 10):
            forms = []
            for word in units[unit].split("|")[:1]:  # the number's own word, not the forms that count people
                if (sign := _TAMIL_VOWEL_SIGNS.get(word[0])) is not None:
                    forms.append(f"{joining}{sign}{word[1:]}")
                forms.extend(f"{joining}{vowel}{space}{word}" for vowel in ("ு", "ி") for space in ("", " "))
            table[ten + unit] = "|".join(forms)
    table |= {200: "இருநூறு", 300: "முன்னூறு|முந்நூறு", 400: "நானூறு|நாநூறு", 500: "ஐநூறு|ஐந்நூறு",
              600: "அறுநூறு", 700: "எழுநூறு", 800: "எண்ணூறு", 900: "தொள்ளாயிரம்|தொளாயிரம்",
              2000: "இரண்டாயிரம்", 3000: "மூவாயிரம்|மூன்றாயிரம்", 4000: "நாலாயிரம்|நான்காயிரம்",
              5000: "ஐயாயிரம்|ஐந்தாயிரம்", 6000: "ஆறாயிரம்", 7000: "ஏழாயிரம்", 8000: "எட்டாயிரம்",
              9000: "ஒன்பதாயிரம்", 10_000: "பத்தாயிரம்"}
    return table | {f"{_ALONE} hundred": "நூறு|நூற்று|நூற்றி", f"{_ALONE} thousand": "ஆயிரம்|ஆயிரத்து|ஆயிரத்தி",
                    f"{_ALONE} lakh": "லட்சம்|இலட்சம்|லட்சத்து|இலட்சத்து|லட்சத்தி|இலட்சத்தி"}


#: The Gregorian months as the Tamil press of Sri Lanka and of India writes them (பெப்ரவரி and பிப்ரவரி, ஓகஸ்ட் and
#: ஆகஸ்ட், ஒக்டோபர் and அக்டோபர்), and their abbreviations (ஜன., பெப்., ஓக.).
_TAMIL_MONTHS: Final = (
    "ஜனவரி|சனவரி|ஜன", "பெப்ரவரி|பிப்ரவரி|பெப்ருவரி|பெப்|பிப்", "மார்ச்|மார்ச்சு|மார்", "ஏப்ரல்|ஏப்பிரல்|ஏப்",
    "மே", "ஜூன்|யூன்", "ஜூலை|யூலை", "ஓகஸ்ட்|ஆகஸ்ட்|ஆகஸ்டு|ஓகஸ்டு|ஓக|ஆக", "செப்டெம்பர்|செப்டம்பர்|செப்",
    "ஒக்டோபர்|அக்டோபர்|ஒக்|அக்", "நவம்பர்|நவெம்பர்|நவ", "டிசம்பர்|டிசெம்பர்|டிச",
)

#: The bound words after a number that a Tamil count writes with the dative ``-க்கு`` / ``-க்கும்`` on the number
#: (இருபதுக்கும் மேற்பட்டோர், more than twenty; ``60க்கும்``, set apart from digits by `_digits_apart`): more than
#: (மேற்பட்ட, மேல், அதிகமான, and the forms that name the people, மேற்பட்டோர், அதிகமானோர்) and fewer than
#: (குறைவான, குறைந்த).
_TAMIL_AFTER: Final = {
    f"…{space}{dative} {word}": bound
    for space in ("", " ")
    for dative in ("க்கும்", "க்கு")
    for word, bound in (("மேற்பட்ட", "more than"), ("மேற்பட்டோர்", "more than"), ("மேல்", "more than"),
                        ("அதிகமான", "more than"), ("அதிகமானோர்", "more than"), ("அதிகம்", "more than"),
                        ("குறைவான", "fewer than"), ("குறைவானோர்", "fewer than"))
}

#: Tamil, as the Tamil press of Sri Lanka (Virakesari, Uthayan, Thinakkural), TamilNet's Tamil service, the LTTE's
#: statements and the Tamil press of India write figures and dates: bounds before the number (குறைந்தது, at least;
#: சுமார், ஏறத்தாழ, about) and after it (``இருபதுக்கும் மேற்பட்டோர்``, more than twenty; ``100 வரை``, up to 100),
#: the word counting persons after a number (``64 பேர்``), vague words (பலர், many; நூற்றுக்கணக்கானோர், hundreds),
#: number words (இருபத்தைந்து), ranges (``10 முதல் 15 வரை``), and dates month first or year first with the
#: endings of the day (``மே 2ஆம் திகதி, 2009``; ``2009 மே மாதம் 2ஆம் திகதி``).
_TAMIL: Final = _language(
    {
        **dict.fromkeys(("குறைந்தது", "குறைந்தபட்சம்", "குறைந்த பட்சம்"), "at least"),
        **dict.fromkeys(("அதிகபட்சம்", "அதிக பட்சம்"), "at most"),
        **dict.fromkeys(("சுமார்", "ஏறத்தாழ", "ஏறக்குறைய", "கிட்டத்தட்ட", "அண்ணளவாக"), "about"),
        "அல்லது": "or",
        # the words that count persons after a number: 64 பேர், 64 நபர்கள் (64 persons)
        **dict.fromkeys(("பேர்", "நபர்கள்", "நபர்"), ""),
        **dict.fromkeys(("பல", "பலர்", "பலரும்", "ஏராளமான", "ஏராளமானோர்"), "many"),
        **dict.fromkeys(("சில", "சிலர்"), "some"),
        **dict.fromkeys(("நூற்றுக்கணக்கான", "நூற்றுக்கணக்கானோர்", "நூற்றுக்கணக்கில்"), "hundreds"),
        **dict.fromkeys(("ஆயிரக்கணக்கான", "ஆயிரக்கணக்கானோர்", "ஆயிரக்கணக்கில்", "பல்லாயிரக்கணக்கான",
                         "பல்லாயிரக்கணக்கானோர்"), "thousands"),
        **dict.fromkeys(("பல நூறு", "பல நூற்றுக்கணக்கான"), "several hundred"),
        **dict.fromkeys(("எவரும் இல்லை", "யாரும் இல்லை"), "none"),
    },
    {
        **_months(*_TAMIL_MONTHS),
        **dict.fromkeys(("முதல்", "தொடக்கம்", "இருந்து"), "to"),  # ஜனவரி 20 முதல் மே 13 வரை: from ... to ...
        "மற்றும்": "and",
        # left out: the ordinal ending of a day (2ஆம், 2-ம்), the date (திகதி, தேதி), the month (மாதம், மாத), the year
        # (ஆண்டு, ஆம் ஆண்டு) and in / on (இல், அன்று), the end of a range (வரை, until)
        **dict.fromkeys(("ஆம்", "ம்", "திகதி", "தேதி", "திகதியன்று", "தேதியன்று", "மாதம்", "மாத", "ஆண்டு",
                         "ஆண்டின்", "இல்", "அன்று", "வரை", "வரையான", "வரையில்"), ""),
    },
    numbers=_numbers(_tamil_numbers()),
    # 10 முதல் 15 வரை: from 10 to 15; 10 தொடக்கம் 15 வரை, as Sri Lanka writes it
    ranges=[("", "முதல்", "வரை"), ("", "தொடக்கம்", "வரை"), ("", "இலிருந்து", "வரை")],
    after={**_TAMIL_AFTER, "… வரை": "up to", "… வரையானோர்": "up to"},
    year_first=True,
    # 2ஆம், 2-ம்: the ordinal ending of a day (and of a year: 2009ஆம் ஆண்டு); 2009இல்: in 2009
    day_endings=tuple(_plain_letters(_fold(ending)) for ending in ("ஆம்", "ம்", "இல்")),
    count_words=_digits_apart,
    name="Tamil",
)


# Sinhala

#: The word a Sinhala count of people writes after a number (දෙනා, persons: දෙදෙනා, two persons), with the
#: indefinite ending (දෙනෙක්, දෙනෙකු) and with the dative of "more than" on it (දෙනෙකුට).
_SINHALA_PERSONS: Final = ("දෙනා", "දෙනෙක්", "දෙනෙකු", "දෙනකු", "දෙනෙකුට", "දෙනකුට")


def _sinhala_numbers() -> dict[int | str, str]:
    """Sinhala numbers: the units (එක ... දහය) and eleven to nineteen, the tens (විස්ස ... අනූව) and a ten with a unit
    after it, the ten in the form it takes before another number (විසිපහ, 25; තිස්තුන, 33), the hundreds (එකසිය,
    දෙසිය ... නවසිය) and the thousands (දෙදහස ... දසදහස; හතළිස්දහස or හතළිස් දහස, 40,000), each with the
    indefinite ending ක් (විස්සක්, twenty of them); where the number counts people, the stem of the number and දෙනා
    (දෙදෙනා, two persons; තිදෙනෙක්, three persons). සියය and දහස stand alone or after a number in words (පහ
    දහසක්, 5,000)."""
    units = ["බිංදුව", "එක|එක්", "දෙක", "තුන", "හතර", "පහ", "හය", "හත", "අට", "නවය|නමය", "දහය"]
    persons = ["", "එක්", "දෙ", "තුන්|ති", "හතර|සිව්", "පස්", "හය|ස", "හත්|සත්", "අට", "නව", "දස|දහ"]
    table: dict[int | str, str] = dict(enumerate(units))
    table |= {11: "එකොළහ", 12: "දොළහ", 13: "දහතුන", 14: "දාහතර|දහහතර", 15: "පහළොව", 16: "දහසය|දාසය",
              17: "දාහත|දහහත", 18: "දහඅට|දාඅට", 19: "දහනවය|දානවය"}
    tens = {20: ("විස්ස", "විසි"), 30: ("තිහ", "තිස්"), 40: ("හතළිහ", "හතළිස්"), 50: ("පනහ", "පනස්"),
            60: ("හැට", "හැට"), 70: ("හැත්තෑව", "හැත්තෑ"), 80: ("අසූව", "අසූ"), 90: ("අනූව", "අනූ")}
    for ten, (alone, joining) in tens.items():
        table[ten] = alone
        table[ten * 1000] = "|".join(f"{joining}{space}{word}" for space in ("", " ") for word in ("දහස", "දාහ"))
        for unit in range(1, 10):
            table[ten + unit] = "|".join(f"{joining}{word}" for word in units[unit].split("|"))
    before = ((1, "එක"), (2, "දෙ"), (3, "තුන්"), (4, "හාර"), (5, "පන්"), (6, "හය"), (7, "හත්"), (8, "අට"), (9, "නව"))
    table |= {100 * hundred: f"{stem}සිය" for hundred, stem in before}
    # the thousands of a unit: දෙදහස, 2,000 (එක්දහස, 1,000, and දසදහස, 10,000)
    table |= {1000 * thousand: f"{stem}දහස|{stem}දාහ" for thousand, stem in ((1, "එක්"), *before[1:], (10, "දස"))}
    for number, stems in enumerate(persons):
        if stems:
            people = "|".join(f"{stem}{word}" for stem in stems.split("|") for word in _SINHALA_PERSONS)
            table[number] = f"{table[number]}|{people}"
    table |= {f"{_ALONE} hundred": "සියය|සීය", f"{_ALONE} thousand": "දහස|දහස්|දාහ"}
    return {key: "|".join(f"{form}|{form}ක්" for form in forms.split("|")) for key, forms in table.items()}


#: The Gregorian months as the Sinhala press writes them.
_SINHALA_MONTHS: Final = (
    "ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්|අප්‍රියෙල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු", "සැප්තැම්බර්",
    "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්",
)

#: Sinhala, as the Sinhala press (Lankadeepa, Divaina, Dinamina) and the Sri Lankan defence ministry's and army's
#: Sinhala releases write figures and dates: bounds before the number (අවම වශයෙන්, at least; ආසන්න වශයෙන්, about)
#: and after it (``28 ට වැඩි``, more than 28; ``60 ක් පමණ``, about 60; ``100 දක්වා``, up to 100), the indefinite
#: ending and the word counting persons after a number (``20 ක්``, ``8 දෙනෙක්``), vague words (කිහිපයක්, several;
#: සිය ගණනක්, hundreds), number words (විසිපහ, දෙදෙනා), ranges (``10 සිට 15 දක්වා``), and dates year first with
#: the word of the day (``2009 පෙබරවාරි 09 වැනි දින``) or month first (``ජනවාරි 25 වැනිදා, 2009``).
_SINHALA: Final = _language(
    {
        "අවම වශයෙන්": "at least",
        "උපරිම වශයෙන්": "at most",
        **dict.fromkeys(("ආසන්න වශයෙන්", "දළ වශයෙන්"), "approximately"),
        **dict.fromkeys(("හෝ", "නැතහොත්"), "or"),
        # the indefinite ending written apart from digits (20 ක්) and the words that count persons after a number
        **dict.fromkeys(("ක්", *_SINHALA_PERSONS, "පුද්ගලයන්", "පුද්ගලයින්"), ""),
        **dict.fromkeys(("කිහිපයක්", "කිහිප දෙනෙක්", "කිහිප දෙනෙකු", "කීප දෙනෙක්"), "several"),
        **dict.fromkeys(("බොහෝ", "බොහෝ දෙනෙක්", "බොහෝ පිරිසක්"), "many"),
        **dict.fromkeys(("දුසිම් ගණනක්", "දුසිම් ගණනින්"), "dozens"),
        **dict.fromkeys(("සිය ගණනක්", "සිය ගණනින්", "සිය ගණන්"), "hundreds"),
        **dict.fromkeys(("දහස් ගණනක්", "දහස් ගණනින්", "දහස් ගණන්"), "thousands"),
        **dict.fromkeys(("දස දහස් ගණනක්", "දස දහස් ගණනින්"), "tens of thousands"),
    },
    {
        **_months(*_SINHALA_MONTHS),
        "සිට": "to",  # ජනවාරි 20 සිට මැයි 13 දක්වා: from 20 January to 13 May
        "සහ": "and",
        # left out: the ordinal of a day (වැනි, වැනිදා, වෙනි, වෙනිදා, වන, දා), the day (දින, දිනය, දිනයේ, on: දී),
        # the month (මස, මාසයේ), the year (වර්ෂයේ, වසරේ) and the end of a range (දක්වා, until)
        **dict.fromkeys(("වැනි", "වැනිදා", "වෙනි", "වෙනිදා", "වන", "දා", "දින", "දිනය", "දිනයේ", "දී", "දින දී",
                         "මස", "මාසයේ", "වර්ෂයේ", "වසරේ", "දක්වා"), ""),
    },
    numbers=_numbers(_sinhala_numbers()),
    # 10 සිට 15 දක්වා: from 10 to 15
    ranges=[("", "සිට", "දක්වා")],
    after={
        **dict.fromkeys(("… ට වැඩි", "…ට වැඩි", "… කට වැඩි", "…කට වැඩි", "… ට අධික", "…ට අධික", "… කට අධික",
                         "…කට අධික"), "more than"),
        **dict.fromkeys(("… ට අඩු", "…ට අඩු", "… කට අඩු", "…කට අඩු"), "fewer than"),
        **dict.fromkeys(("… පමණ", "… ක් පමණ", "…ක් පමණ"), "about"),
        **dict.fromkeys(("… දක්වා", "… ක් දක්වා", "…ක් දක්වා"), "up to"),
    },
    year_first=True,
    count_words=_digits_apart,
    name="Sinhala",
)


# Bengali

#: A Bengali letter or sign (the Bengali block; its digits, ০ to ৯, are folded to ASCII before any table is read).
_BENGALI_LETTER: Final = re.compile("[\u0980-\u09ff]")

#: Bengali numbers 0 to 99, in order. Each number up to a hundred is a word of its own (একুশ, 21; বিয়াল্লিশ, 42;
#: নিরানব্বই, 99), with the spellings the Bangladeshi press uses and the older ones without the final o (এগার, বার,
#: তের, পনের, সতের, আঠার; ষোল) and the u of the nines, short or long (ঊনত্রিশ, উনত্রিশ); two is also দু, as in দুজন.
_BENGALI_NUMBER_WORDS: Final = (
    "শূন্য", "এক", "দুই|দু", "তিন", "চার", "পাঁচ", "ছয়|ছয়", "সাত", "আট", "নয়|নয়", "দশ",
    "এগারো|এগার", "বারো|বার", "তেরো|তের", "চৌদ্দ", "পনেরো|পনের", "ষোলো|ষোল", "সতেরো|সতের", "আঠারো|আঠার",
    "উনিশ|ঊনিশ", "বিশ|কুড়ি",
    "একুশ", "বাইশ", "তেইশ", "চব্বিশ", "পঁচিশ", "ছাব্বিশ", "সাতাশ", "আটাশ", "ঊনত্রিশ|উনত্রিশ", "ত্রিশ|তিরিশ",
    "একত্রিশ", "বত্রিশ", "তেত্রিশ", "চৌত্রিশ", "পঁয়ত্রিশ", "ছত্রিশ", "সাঁইত্রিশ", "আটত্রিশ", "ঊনচল্লিশ|উনচল্লিশ",
    "চল্লিশ",
    "একচল্লিশ", "বিয়াল্লিশ", "তেতাল্লিশ", "চুয়াল্লিশ", "পঁয়তাল্লিশ", "ছেচল্লিশ", "সাতচল্লিশ", "আটচল্লিশ",
    "ঊনপঞ্চাশ|উনপঞ্চাশ", "পঞ্চাশ",
    "একান্ন", "বাহান্ন|বায়ান্ন", "তিপ্পান্ন", "চুয়ান্ন", "পঞ্চান্ন", "ছাপ্পান্ন", "সাতান্ন", "আটান্ন", "ঊনষাট|উনষাট",
    "ষাট",
    "একষট্টি", "বাষট্টি", "তেষট্টি", "চৌষট্টি", "পঁয়ষট্টি", "ছেষট্টি", "সাতষট্টি", "আটষট্টি", "ঊনসত্তর|উনসত্তর",
    "সত্তর",
    "একাত্তর", "বাহাত্তর", "তিয়াত্তর|তেয়াত্তর", "চুয়াত্তর", "পঁচাত্তর", "ছিয়াত্তর", "সাতাত্তর", "আটাত্তর",
    "ঊনআশি|উনআশি|ঊনাশি|উনাশি", "আশি",
    "একাশি", "বিরাশি", "তিরাশি", "চুরাশি", "পঁচাশি", "ছিয়াশি", "সাতাশি", "অষ্টাশি|আটাশি", "ঊননব্বই|উননব্বই",
    "নব্বই",
    "একানব্বই", "বিরানব্বই", "তিরানব্বই", "চুরানব্বই", "পঁচানব্বই", "ছিয়ানব্বই", "সাতানব্বই", "আটানব্বই",
    "নিরানব্বই",
)


#: The Bengali words of a hundred, a thousand, a lakh and a crore, and what each is: the multipliers.
_BENGALI_MULTIPLIERS: Final = (("শ|শো|শত", 100), ("হাজার|সহস্র", 1000), ("লাখ|লক্ষ", _LAKH), ("কোটি", _CRORE))
#: The Bengali dozen, which a half counts as it counts a multiplier (দেড় ডজন: a dozen and a half, about 18).
_BENGALI_DOZEN: Final = "ডজন"
#: The Bengali words of a half more: দেড় (one and a half), আড়াই (two and a half), each a number of its own, and সাড়ে
#: (and a half) before a number; as halves they count only a multiplier after them (`_bengali_halves`).
_BENGALI_HALVES: Final = ("দেড়", "আড়াই", "সাড়ে")


def _south_asian_english(number: int) -> str:
    """``number`` in the English words the count rules read, the crores and lakhs first (``one crore fifty lakh``,
    ``three lakh fifty thousand``): a figure above `MAX_COUNT` then reads and is refused as too large."""
    crores, rest = divmod(number, _CRORE)
    lakhs, rest = divmod(rest, _LAKH)
    words = [f"{_english_number(count)} {unit}" for count, unit in ((crores, "crore"), (lakhs, "lakh")) if count]
    return " ".join([*words, _english_number(rest)] if rest or not words else words)


def _bengali_halves() -> dict[int | str, str]:
    """The halves Bengali counts hundreds and thousands with, as the English of what they make: দেড় is one and a
    half and আড়াই two and a half of the multiplier after them (দেড় শ, 150; দেড় হাজার, 1,500; আড়াই লাখ, 250,000);
    সাড়ে and a number are that number and a half of it (সাড়ে তিন হাজার, 3,500; সাড়ে বারোশ, 1,250). A dozen is
    counted so too, loosely as dozens are (দেড় ডজন, about 18). Alone they are no whole count, and are refused
    (`_bengali_half_hint`)."""
    halves: dict[str, list[str]] = {}
    for multiplier, size in (*_BENGALI_MULTIPLIERS, (_BENGALI_DOZEN, 12)):
        # dozens are loose, as English "two dozen" is: দেড় ডজন is about 18
        english = (lambda number: f"about {number}") if size == 12 else _south_asian_english
        for name in multiplier.split("|"):
            halves.setdefault(english(3 * size // 2), []).append(f"দেড় {name}")
            halves.setdefault(english(5 * size // 2), []).append(f"আড়াই {name}")
            for number, forms in enumerate(_BENGALI_NUMBER_WORDS[1:], start=1):
                halves.setdefault(english(number * size + size // 2), []).extend(
                    f"সাড়ে {form} {name}" for form in forms.split("|"))
    return {english: "|".join(forms) for english, forms in halves.items()}


def _bengali_numbers() -> dict[int | str, str]:
    """Bengali numbers: a word for each number to 99 (`_BENGALI_NUMBER_WORDS`); শ, শো, শত (a hundred), হাজার, সহস্র
    (a thousand), লাখ, লক্ষ (a lakh, 100,000) and কোটি (a crore) alone or after a number (দুই শ, 200; পাঁচ হাজার,
    5,000; দুই লাখ পঞ্চাশ হাজার, 250,000) or a half (`_bengali_halves`: দেড় হাজার, 1,500), a hundred also joined to
    it (দুইশ, পাঁচশো, দেড়শ: `_bengali_words` sets it apart)."""
    table: dict[int | str, str] = dict(enumerate(_BENGALI_NUMBER_WORDS))
    return table | _bengali_halves() | {
        f"{_ALONE} {english}": names for names, english in zip(
            (names for names, _ in _BENGALI_MULTIPLIERS), ("hundred", "thousand", "lakh", "crore"), strict=True)}


#: The Gregorian months as the Bangladeshi press writes them (ফেব্রুয়ারি, ফেব্রুয়ারী; আগস্ট, and অগাস্ট as Kolkata
#: writes it), in calendar order.
_BENGALI_MONTHS: Final = (
    "জানুয়ারি|জানুয়ারী|জানুয়ারি", "ফেব্রুয়ারি|ফেব্রুয়ারী|ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই",
    "আগস্ট|অগাস্ট|আগষ্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর",
)

#: The Bengali classifiers written after a number (৫ জন, ৫জন: five persons; ২০টি: twenty things), which say what is
#: counted and not how many.
_BENGALI_CLASSIFIERS: Final = ("জন", "টি", "টা")

#: The words that stand for the genitive ending (এর, "of", written -এর after digits, ের or র joined to a word:
#: ২০-এর বেশি, বিশের বেশি, ২০ জনের বেশি, more than 20) once `_bengali_words` has set it apart.
_BENGALI_OF: Final = "এর"


def _bengali_table_words() -> frozenset[str]:
    """Every Bengali word of `_BENGALI`'s tables, folded as the text is: the words `_bengali_words` knows."""
    words: set[str] = set()
    texts = [*_BENGALI.counts.english, *_BENGALI.ends.english, *_BENGALI.dates.english,
             *(word for before, ending, _ in _BENGALI.after for word in (before, ending)),
             *(_plain_letters(_fold(word)) for word in ("থেকে", "হতে", "পর্যন্ত", "বা"))]
    for text in texts:
        words.update(word for word in text.split() if _BENGALI_LETTER.search(word))
    return frozenset(words)


def _bengali_folded(*words: str) -> list[str]:
    """``words`` folded as the text is (`_plain_letters`)."""
    return [_plain_letters(_fold(word)) for word in words]


@functools.cache
def _bengali_token() -> re.Pattern[str]:
    """One Bengali word as `_bengali_words` reads it: digits (with a day's ordinal ending: ৫ই, ২১শে, ১লা) or a word of
    the tables, then a hundred joined to a number (দুইশ), the suffix of "more than" (শতাধিক: শত and অধিক), a
    classifier (জন, টি, টা), the genitive ending (ের, র, যের, -এর after digits) and the emphatic ও (জনেরও বেশি: more
    than even ... persons), each where written."""
    return re.compile(
        rf"(?P<head>[0-9][0-9,.]*(?P<day>ই|শে|লা|রা|ঠা)?|{_alternatives(_bengali_table_words())})"
        rf"(?P<hundred>{_alternatives(_bengali_folded('শ', 'শো', 'শত'))})?"
        rf"(?P<over>{_alternatives(_bengali_folded('াধিক'))})?"
        rf"(?P<classifier>{_alternatives(_bengali_folded(*_BENGALI_CLASSIFIERS))})?"
        # a word that ends in এ takes ের, not র: সালের is সাল and ের (of the year), not সালে (in the year) and র
        rf"(?P<of>[-']?এর|[-']র|(?<!ে)র|ের|{_plain_letters('যের')})?"
        "(?:ও)?"
    )


#: What a Bengali word no table holds becomes in `_bengali_words`: a Latin word no Bengali phrase is, so that the text
#: reads as nothing (the phrases of a table match within a word whose next letter is a vowel sign, which is no word
#: character to the regular expressions: তিন, three, within তিনি, he).
_BENGALI_UNREAD: Final = "unread"


def _bengali_words(text: str, *, days: bool = False) -> str:
    """Bengali text with each word set apart into the words of the tables (`_bengali_token`): a hundred joined to a
    number apart (দুইশ: দুই শ), অধিক joined to a number as "more than" after it (শতাধিক: শত এর অধিক, more than a
    hundred), classifiers and the emphatic ও left out, the genitive ending as এর (২০ জনের: ২০ এর) and a day's ordinal
    ending left out where the text is a date (``days``: ৫ই, ৫); a word that is none of these as `_BENGALI_UNREAD`.
    The text unchanged where it has no Bengali letter."""
    if not _BENGALI_LETTER.search(text):
        return text
    words: list[str] = []
    for word in text.split():
        if not _BENGALI_LETTER.search(word):
            words.append(word)
            continue
        if not (found := _bengali_token().fullmatch(word)) or (found["day"] and not days):
            words.append(_BENGALI_UNREAD)
            continue
        head = found["head"][: found.start("day") - found.start("head")] if found["day"] else found["head"]
        words.append(head)
        if found["hundred"]:
            words.append(found["hundred"])
        if found["over"]:
            words.extend((_BENGALI_OF, _plain_letters("অধিক")))
        elif found["of"]:
            words.append(_BENGALI_OF)
    return " ".join(words)


def _bengali_half_hint(folded: str) -> str:
    """The hint for a Bengali count with a half that counts no multiplier (`_bengali_halves`): দেড়, আড়াই or সাড়ে and
    a number alone, or before anything but শ, হাজার, লাখ, কোটি or ডজন (``দেড়``, ``আড়াই জন``, ``দেড় থেকে দুই হাজার``), are
    no whole count; nothing for other texts."""
    if not _BENGALI_LETTER.search(folded):
        return ""
    words = _bengali_words(_plain_letters(folded)).split()
    multipliers = set(_bengali_folded(_BENGALI_DOZEN, *(name for names, _ in _BENGALI_MULTIPLIERS
                                                        for name in names.split("|"))))
    meanings = ("one and a half", "two and a half", "a number and a half")
    halves = dict(zip(_bengali_folded(*_BENGALI_HALVES), zip(_BENGALI_HALVES, meanings, strict=True), strict=True))
    for at, word in enumerate(words):
        if word in halves:
            written, meaning = halves[word]
            counted = at + 2 if written == _BENGALI_HALVES[-1] else at + 1  # সাড়ে তিন হাজার: the multiplier after
            if counted >= len(words) or words[counted] not in multipliers:
                return (f": {written!r} is {meaning}, no whole count alone; it is read before শ, হাজার, লাখ, কোটি "
                        "or ডজন, which it counts (দেড় শ: 150, আড়াই হাজার: 2,500, সাড়ে তিন হাজার: 3,500): write the "
                        "multiplier the source meant after it, or the figure in digits")
    return ""


#: The words of a Bengali date that start it with its year (২০২৪ সালের ৫ ফেব্রুয়ারি: on 5 February of the year 2024),
#: once `_bengali_words` has set them apart: the year moves to the end (`_bengali_date_order`).
_BENGALI_YEAR_FIRST: Final = re.compile(
    rf"(?P<year>[0-9]{{4}}) (?:{_plain_letters('সাল')} {_BENGALI_OF}|{_plain_letters('সালে')}) (?P<rest>.+)")


def _bengali_date_order(text: str) -> str:
    """A Bengali date with its words apart (`_bengali_words`) and a year that starts it, with সালের (of the year),
    moved to its end: ``২০২৪ সালের ৫ ফেব্রুয়ারি`` reads as ``৫ ফেব্রুয়ারি ২০২৪``."""
    words = _bengali_words(text, days=True)
    if found := _BENGALI_YEAR_FIRST.fullmatch(words):
        return f"{found['rest']} {found['year']}"
    return words


#: The months of the Bengali calendar and its era: a date in them is refused with a message of its own
#: (`_bengali_calendar`).
_BENGALI_CALENDAR: Final = re.compile("|".join(_bengali_folded(
    "বৈশাখ", "জ্যৈষ্ঠ", "জৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন",
    "চৈত্র", "বঙ্গাব্দ", "বাংলা সন")))


def _bengali_calendar(value: str) -> NormalizeError | None:
    """The error for a date of the Bengali calendar (``২২ ফাল্গুন ১৪৩০``, ``১৪৩১ বঙ্গাব্দ``), None where ``value``
    names none of its months or its era."""
    if _BENGALI_LETTER.search(value) and _BENGALI_CALENDAR.search(_plain_letters(_fold(value))):
        return NormalizeError(
            f"cannot read a date from {value!r}: dates of the Bengali calendar (Boishakh ... Chaitra, the Bangla era, "
            "বঙ্গাব্দ) are not read, as Bangladesh and West Bengal count its days differently and Bangladesh has "
            "revised its count more than once; write the Gregorian date, as 2024-02-05 or ৫ ফেব্রুয়ারি ২০২৪")
    return None


#: The parts of a month as Bengali writes them after the month's genitive (ফেব্রুয়ারির শুরুতে, at the start of
#: February; মার্চের মাঝামাঝি, in mid-March; আগস্টের শেষের দিকে, towards the end of August), with মাসের (of the month)
#: or without, their words apart as `_bengali_words` sets them.
_BENGALI_MONTH_PARTS: Final = {
    f"{month}{_BENGALI_OF} {part}": english
    for month in ("", "মাস ")
    for parts, english in (
        (("শুরুতে", "শুরু এর দিকে", "প্রথম দিকে", "গোড়াতে", "প্রথমার্ধে"), "early"),
        (("মাঝামাঝি", "মাঝামাঝি সময়ে", "মাঝামাঝিতে", "মধ্যভাগে", "মাঝে"), "mid"),
        (("শেষে", "শেষ এর দিকে", "শেষ দিকে", "শেষভাগে", "শেষার্ধে"), "late"),
    )
    for part in parts
}

#: Bengali, as the Bangladeshi and Indian Bengali press (Prothom Alo, Kaler Kantho, Bangla Tribune, Anandabazar), BGB,
#: ISPR and the Bangladeshi government write figures and dates: Bengali digits (০ to ৯) or ASCII, number words to the
#: crores, the classifiers জন and টি after a number, written apart or joined (৫ জন, ৫জন, দুজন), bounds before the
#: number (অন্তত, কমপক্ষে: at least) and after it with the genitive (২০ জনের বেশি: more than 20), vague words
#: (কয়েকজন, শতাধিক, শত শত), ranges (১০ থেকে ১২) and dates day first or year first (৫ ফেব্রুয়ারি ২০২৪, ২০২৪ সালের ৫
#: ফেব্রুয়ারি), with the words joined as Bengali joins them set apart (`_bengali_words`).
_BENGALI: Final = _language(
    {
        **dict.fromkeys(("অন্তত", "কমপক্ষে", "কম পক্ষে", "কমপক্ষেও", "ন্যূনতম", "নূন্যতম", "কম করে"), "at least"),
        **dict.fromkeys(("সর্বোচ্চ", "সর্বাধিক", "বড়জোর"), "at most"),
        # প্রায় is "nearly" and "about" alike, as Hindi लगभग and Urdu تقریباً: read as about, the span of both
        **dict.fromkeys(("প্রায়", "আনুমানিক", "আনুমানিক প্রায়", "মোটামুটি"), "approximately"),
        **dict.fromkeys(("বা", "অথবা", "কিংবা"), "or"),
        **dict.fromkeys(_BENGALI_CLASSIFIERS, ""),  # after a number: ৫ জন, five persons
        **dict.fromkeys(("কয়েক", "বেশ কয়েক", "বেশ কিছু"), "several"),
        "কিছু": "some",
        **dict.fromkeys(("অনেক", "বহু"), "many"),
        "অসংখ্য": "numerous",
        "কয়েক ডজন": "several dozen",
        **dict.fromkeys(("কয়েক শ", "কয়েক শো", "কয়েক শত"), "several hundred"),
        "কয়েক হাজার": "several thousand",
        **dict.fromkeys(("কয়েক লাখ", "কয়েক লক্ষ"), "several lakh"),
        **dict.fromkeys(("ডজন ডজন",), "dozens"),
        **dict.fromkeys(("শত শত", "শতশত", "শয়ে শয়ে"), "hundreds"),
        **dict.fromkeys(("হাজার হাজার", "হাজারো"), "thousands"),
        **dict.fromkeys(("লাখ লাখ", "লক্ষ লক্ষ"), "hundreds of thousands"),
        "ডজন": "dozen",
        "এক ডজন": "a dozen",
        "আধা ডজন": "half a dozen",
        "হতাহত": "casualties",
        **dict.fromkeys(("কেউ না", "কেউ নয়", "কেউই না"), "nobody"),
        "নেই": "none",
    },
    {
        **_months(*_BENGALI_MONTHS),
        **_month_parts(_BENGALI_MONTHS, _BENGALI_MONTH_PARTS),
        **dict.fromkeys(("থেকে", "হতে"), "to"),
        **dict.fromkeys(("ও", "এবং"), "and"),
        # left out: the year (সাল, সালের once set apart as সাল এর), the month (মাস), the date (তারিখ, তারিখে), until
        # (পর্যন্ত), the genitive set apart (এর), in the year (সালে) and the era (খ্রিস্টাব্দ, খ্রিষ্টাব্দ, AD)
        **dict.fromkeys(("সাল", "সালে", "মাস", "মাসে", "তারিখ", "তারিখে", "পর্যন্ত", _BENGALI_OF, "খ্রিস্টাব্দ",
                         "খ্রিষ্টাব্দ", "খ্রিস্টাব্দে", "খ্রিষ্টাব্দে"), ""),
    },
    numbers=_numbers(_bengali_numbers()),
    ranges=[("", "থেকে"), ("", "থেকে", "পর্যন্ত"), ("", "হতে"), ("", "হতে", "পর্যন্ত")],
    after={
        **dict.fromkeys((f"… {_BENGALI_OF} বেশি", f"… {_BENGALI_OF} চেয়ে বেশি", f"… {_BENGALI_OF} চাইতে বেশি",
                         f"… {_BENGALI_OF} অধিক", f"… {_BENGALI_OF} ঊর্ধ্বে", f"… {_BENGALI_OF} উপরে",
                         f"… {_BENGALI_OF} ওপরে"), "more than"),
        **dict.fromkeys(("… বা তার বেশি", "… বা তার চেয়ে বেশি", "… বা তার অধিক"), "at least"),
        **dict.fromkeys((f"… {_BENGALI_OF} কম", f"… {_BENGALI_OF} চেয়ে কম", f"… {_BENGALI_OF} চাইতে কম"),
                        "fewer than"),
        "… পর্যন্ত": "up to",
        **dict.fromkeys((f"… {_BENGALI_OF} মতো", f"… {_BENGALI_OF} মত", f"… {_BENGALI_OF} কাছাকাছি"), "about"),
    },
    year_first=True,
    date_order=_bengali_date_order,
    count_words=_bengali_words,
    name="Bengali",
)


# Greek

#: Greek numbers below a thousand, each in the forms a count takes: the genders of one, three, four, thirteen and
#: fourteen and of the hundreds (ένας, μία, ένα; τρεις, τρία; διακόσιοι, διακόσιες, διακόσια) and their genitive
#: (ενός, τριών, διακοσίων), the spoken spellings (δυο, εφτά, οχτώ, εννιά), and εκατόν, a hundred before a number
#: (εκατόν είκοσι). A ten and a unit are two words (είκοσι πέντε), as English writes them, and read so.
_GREEK_UNITS: Final = ("μηδέν", "ένας|ένα|μία|μια|έναν|ενός|μιας", "δύο|δυο", "τρεις|τρία|τριών",
                       "τέσσερις|τέσσερεις|τέσσερα|τεσσάρων", "πέντε", "έξι", "επτά|εφτά", "οκτώ|οχτώ", "εννέα|εννιά")
_GREEK_TEENS: Final = ("δέκα", "έντεκα|ένδεκα", "δώδεκα", "δεκατρείς|δεκατρία|δεκατριών",
                       "δεκατέσσερις|δεκατέσσερα|δεκατεσσάρων", "δεκαπέντε", "δεκαέξι|δεκάξι", "δεκαεπτά|δεκαεφτά",
                       "δεκαοκτώ|δεκαοχτώ", "δεκαεννέα|δεκαεννιά")
_GREEK_TENS: Final = ("είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα", "ογδόντα", "ενενήντα")
_GREEK_HUNDREDS: Final = ("εκατό|εκατόν", *(
    "|".join(f"{stem}{ending}" for stem in stems.split("|") for ending in ("οι", "ες", "α", "ων"))
    for stems in ("διακόσι", "τριακόσι", "τετρακόσι", "πεντακόσι", "εξακόσι", "επτακόσι|εφτακόσι",
                  "οκτακόσι|οχτακόσι", "εννιακόσι|εννεακόσι")))


def _greek_numbers() -> dict[int | str, str]:
    """Greek numbers: the words below a thousand (`_GREEK_UNITS` ... `_GREEK_HUNDREDS`), read word by word as the
    English ones (διακόσια πενήντα δύο: two hundred fifty two); χίλιοι, χίλιες, χίλια (a thousand); χιλιάδες
    (thousands) after the last word of a number below a thousand as that number of thousands (δύο χιλιάδες,
    διακόσιες πενήντα δύο χιλιάδες: 2,000, 252,000), as alone it is the vague "thousands"; ένα εκατομμύριο, a
    million, ten lakh as the English rules count it (more is above the largest figure, and refused as such)."""
    written: dict[int | str, str] = {
        **dict(enumerate(_GREEK_UNITS)), **dict(enumerate(_GREEK_TEENS, start=10)),
        **{10 * ten: word for ten, word in enumerate(_GREEK_TENS, start=2)},
        **{100 * hundred: words for hundred, words in enumerate(_GREEK_HUNDREDS, start=1)},
        1000: "χίλιοι|χίλιες|χίλια|χιλίων",
        "ten lakh": "ένα εκατομμύριο|εκατομμύριο",
    }
    for number, forms in list(written.items()):
        if isinstance(number, int) and 0 < number < 1000:
            written[f"{_english_number(number)} thousand"] = "|".join(
                f"{form} {thousands}" for form in forms.split("|") for thousands in ("χιλιάδες", "χιλιάδων"))
    return written


#: The Greek months in the genitive that a day takes (5 Ιουνίου), the nominative and accusative of a month alone
#: (Ιούνιος 2024, τον Ιούνιο του 2024), the spoken forms (Ιούνη, Γενάρης, Μάης) and the abbreviations (Ιουν., Σεπτ.).
_GREEK_MONTHS: Final = (
    "ιανουαρίου|ιανουάριος|ιανουάριο|γενάρη|γενάρης|ιαν", "φεβρουαρίου|φεβρουάριος|φεβρουάριο|φλεβάρη|φλεβάρης|φεβ",
    "μαρτίου|μάρτιος|μάρτιο|μάρτη|μάρτης|μαρ", "απριλίου|απρίλιος|απρίλιο|απρίλη|απρίλης|απρ",
    "μαΐου|μάιος|μάιο|μάη|μάης|μαΐ", "ιουνίου|ιούνιος|ιούνιο|ιούνη|ιούνης|ιουν",
    "ιουλίου|ιούλιος|ιούλιο|ιούλη|ιούλης|ιουλ", "αυγούστου|αύγουστος|αύγουστο|αυγ",
    "σεπτεμβρίου|σεπτέμβριος|σεπτέμβριο|σεπτέμβρη|σεπτέμβρης|σεπ|σεπτ",
    "οκτωβρίου|οκτώβριος|οκτώβριο|οκτώβρη|οκτώβρης|οκτ", "νοεμβρίου|νοέμβριος|νοέμβριο|νοέμβρη|νοέμβρης|νοε|νοεμ",
    "δεκεμβρίου|δεκέμβριος|δεκέμβριο|δεκέμβρη|δεκέμβρης|δεκ",
)

#: Greek, as the Greek and Cypriot armed forces (ΓΕΕΘΑ, the National Guard), the coast guard, the police and the
#: Greek and Cypriot press (Καθημερινή, Φιλελεύθερος, ΕΡΤ, ΚΥΠΕ) write figures and dates: bounds before the number
#: (τουλάχιστον, πάνω από, έως, περίπου), the vague plurals of ten, a hundred and a thousand (δεκάδες, εκατοντάδες,
#: χιλιάδες), the nouns of about N (καμιά δεκαριά), number words in their genders, ranges (από 10 έως 12, μεταξύ 10
#: και 12) and dates day first with the month in the genitive (5 Ιουνίου 2024), the ordinal's ending on the day
#: (5η, 5ης) left out; the accents and the diaeresis are not compared, as capitals are written without them.
_GREEK: Final = _language(
    {
        **dict.fromkeys(("τουλάχιστον", "τουλάχιστο", "κατ' ελάχιστον", "το λιγότερο"), "at least"),
        **dict.fromkeys(("πάνω από", "περισσότεροι από", "περισσότερες από", "περισσότερα από", "πλέον των",
                         "πλέον από", "άνω των", "άνω από", "πάνω από τους", "πάνω από τις", "πάνω από τα"),
                        "more than"),
        **dict.fromkeys(("έως", "έως και", "μέχρι", "μέχρι και", "ως"), "up to"),
        **dict.fromkeys(("το πολύ", "κατά μέγιστο"), "at most"),
        **dict.fromkeys(("λιγότεροι από", "λιγότερες από", "λιγότερα από", "λιγότερο από", "κάτω από", "κάτω των"),
                        "fewer than"),
        **dict.fromkeys(("περίπου", "γύρω στους", "γύρω στις", "γύρω στα", "κατά προσέγγιση"), "approximately"),
        **dict.fromkeys(("σχεδόν", "κοντά στους", "κοντά στις", "κοντά στα"), "nearly"),
        **dict.fromkeys(("ή περισσότεροι", "ή περισσότερες", "ή περισσότερα", "και άνω", "ή και περισσότεροι"),
                        "or more"),
        "ή": "or",
        **dict.fromkeys(("αρκετοί", "αρκετές", "αρκετά", "αρκετούς", "αρκετών"), "several"),
        **dict.fromkeys(("μερικοί", "μερικές", "μερικά", "μερικούς", "λίγοι", "λίγες", "λίγα", "λίγους"), "a few"),
        **dict.fromkeys(("ορισμένοι", "ορισμένες", "ορισμένα"), "some"),
        **dict.fromkeys(("πολλοί", "πολλές", "πολλά", "πολλούς", "πάρα πολλοί", "πάρα πολλές"), "many"),
        **dict.fromkeys(("δεκάδες", "δεκάδων"), "tens"),
        **dict.fromkeys(("εκατοντάδες", "εκατοντάδων"), "hundreds"),
        **dict.fromkeys(("χιλιάδες", "χιλιάδων"), "thousands"),
        **dict.fromkeys(("δεκάδες χιλιάδες", "δεκάδων χιλιάδων"), "tens of thousands"),
        **dict.fromkeys(("εκατοντάδες χιλιάδες", "εκατοντάδων χιλιάδων"), "hundreds of thousands"),
        # καμιά δεκαριά, μια εικοσαριά: some ten, some twenty; about N, as une dizaine is
        **{f"{lead}{noun}": f"about {number}" for noun, number in (("δεκαριά", 10), ("εικοσαριά", 20),
                                                                   ("τριανταριά", 30), ("σαρανταριά", 40),
                                                                   ("πενηνταριά", 50))
           for lead in ("", "μια ", "μία ", "καμιά ", "καμία ")},
        **dict.fromkeys(("ντουζίνα", "μια ντουζίνα"), "a dozen"),
        **dict.fromkeys(("κανένας", "κανείς", "κανένα", "κανέναν", "καμία", "καμιά", "ουδείς"), "none"),
        **dict.fromkeys(("χωρίς απώλειες", "καμία απώλεια", "χωρίς θύματα"), "no casualties"),
        "απώλειες": "losses",
        "βαριές απώλειες": "heavy losses",
    },
    {
        **_months(*_GREEK_MONTHS),
        **dict.fromkeys(("αρχές", "στις αρχές", "αρχές του", "στις αρχές του"), "early"),
        **dict.fromkeys(("μέσα", "στα μέσα", "μέσα του", "στα μέσα του"), "mid"),
        **dict.fromkeys(("τέλη", "στα τέλη", "τέλος", "στο τέλος", "τέλη του", "στα τέλη του", "τέλος του"), "late"),
        **dict.fromkeys(("έως", "μέχρι", "ως"), "to"),
        "και": "and",
        "από": "from",
        "μεταξύ": "between",
        # left out: on the (στις), of the (του, της), the (την, τη, τον, το, η), of the year (του έτους)
        **dict.fromkeys(("στις", "του", "της", "την", "τη", "τον", "το", "η", "έτους", "του έτους"), ""),
    },
    numbers=_numbers(_greek_numbers()),
    ranges=[("", "έως"), ("από", "έως"), ("", "μέχρι"), ("από", "μέχρι"), ("από", "ως"), ("", "με"),
            ("μεταξύ", "και")],
    day_endings=tuple(_plain_letters(_fold(ending)) for ending in ("ης", "η")),  # 5η, 5ης: the fifth
    name="Greek",
)


# Albanian

#: Albanian numbers below a hundred: the units (një ... dhjetë), the teens as a unit and mbëdhjetë, "on ten"
#: (pesëmbëdhjetë: 15), the tens (njëzet, tridhjetë, dyzet, pesëdhjetë ...) and a ten, e (and) and a unit (njëzet e
#: pesë: 25); tre and tri (3, the feminine), njëzet and dyzet with the final ë some write.
_ALBANIAN_UNITS: Final = ("zero", "një", "dy", "tre|tri", "katër", "pesë", "gjashtë", "shtatë", "tetë", "nëntë")
_ALBANIAN_TENS: Final = ("njëzet|njëzetë", "tridhjetë", "dyzet|dyzetë", "pesëdhjetë", "gjashtëdhjetë",
                         "shtatëdhjetë", "tetëdhjetë", "nëntëdhjetë")


def _albanian_numbers() -> dict[int | str, str]:
    """Albanian numbers: a word or phrase for each number below a hundred (`_ALBANIAN_UNITS`, `_ALBANIAN_TENS`, the
    teens in -mbëdhjetë); the hundreds written as one word with the unit (njëqind, dyqind ... nëntëqind) or apart
    (dy qind); mijë, a thousand, after a number (dy mijë) or alone; the rest after a hundred or a thousand follows
    e, and (treqind e njëzet e pesë: 325; dy mijë e pesëqind: 2,500), read as the English "and"; një milion, a
    million, ten lakh as the English rules count it."""
    written: dict[int | str, str] = {**dict(enumerate(_ALBANIAN_UNITS)), 10: "dhjetë"}
    for unit in range(1, 10):
        written[10 + unit] = "|".join(f"{form}mbëdhjetë" for form in _ALBANIAN_UNITS[unit].split("|"))
    for ten, names in enumerate(_ALBANIAN_TENS, start=2):
        written[10 * ten] = names
        for unit in range(1, 10):
            written[10 * ten + unit] = "|".join(f"{name} e {form}" for name in names.split("|")
                                                for form in _ALBANIAN_UNITS[unit].split("|"))
    for hundred in range(1, 10):
        written[100 * hundred] = "|".join(f"{form}qind" for form in _ALBANIAN_UNITS[hundred].split("|"))
    return {**written, f"{_ALONE} hundred": "qind", f"{_ALONE} thousand": "mijë", "ten lakh": "një milion|milion",
            "and": "e"}


#: The Albanian months, alone (qershor) and with the definite endings of a month named (qershori, of June:
#: qershorit; korriku, korrikut), as a part of a month takes them (në fund të qershorit, fund qershori).
_ALBANIAN_MONTHS: Final = tuple(
    "|".join((month, f"{month}{vowel}", f"{month}{vowel}t"))
    for month, vowel in (("janar", "i"), ("shkurt", "i"), ("mars", "i"), ("prill", "i"), ("maj", "i"),
                         ("qershor", "i"), ("korrik", "u"), ("gusht", "i"), ("shtator", "i"), ("tetor", "i"),
                         ("nëntor", "i"), ("dhjetor", "i")))

#: Albanian, as the Kosovo Police, the Kosovo government and the Albanian-language press of Kosovo and Albania
#: (Koha Ditore, Telegrafi, KTV, RTK) write figures and dates: bounds before the number (të paktën, mbi, deri në,
#: rreth), vague plurals (dhjetëra, qindra, mijëra), number words, ranges (nga 10 deri në 12, midis 10 dhe 12) and
#: dates day first (5 qershor 2024, më 5 qershor 2024), parts of a month before it (në fund të qershorit); ë and ç
#: are also read as typed without their marks (pese, Zvecan), as the phrases of every language are compared.
_ALBANIAN: Final = _language(
    {
        **dict.fromkeys(("të paktën", "së paku", "minimumi", "jo më pak se"), "at least"),
        **dict.fromkeys(("mbi", "më shumë se", "më tepër se"), "more than"),
        **dict.fromkeys(("deri në", "deri", "deri më"), "up to"),
        **dict.fromkeys(("maksimumi", "më së shumti", "jo më shumë se", "jo më tepër se"), "at most"),
        **dict.fromkeys(("më pak se", "nën"), "fewer than"),
        **dict.fromkeys(("rreth", "përafërsisht", "afërsisht", "afro"), "approximately"),
        **dict.fromkeys(("gati", "pothuajse", "thuajse"), "nearly"),
        **dict.fromkeys(("e më shumë", "ose më shumë", "apo më shumë", "e më tepër", "ose më tepër"), "or more"),
        **dict.fromkeys(("ose", "apo"), "or"),
        "disa": "several",
        "shumë": "many",
        "dhjetëra": "tens",
        "qindra": "hundreds",
        "mijëra": "thousands",
        "dhjetëra mijëra": "tens of thousands",
        "qindra mijëra": "hundreds of thousands",
        "një duzinë": "a dozen",
        **dict.fromkeys(("asnjë", "askush", "asnjeri"), "none"),
        **dict.fromkeys(("pa viktima", "pa humbje"), "no casualties"),
        "humbje": "losses",
        "humbje të rënda": "heavy losses",
    },
    {
        **_months(*_ALBANIAN_MONTHS),
        **dict.fromkeys(("fillim", "fillimi i", "në fillim të", "në fillimin e", "fillimin e", "fillim të"),
                        "early"),
        **dict.fromkeys(("mes", "mesi i", "në mes të", "në mesin e", "mesin e", "mes të"), "mid"),
        **dict.fromkeys(("fund", "fundi i", "në fund të", "në fundin e", "fundin e", "fund të"), "late"),
        **dict.fromkeys(("deri", "deri më", "deri në"), "to"),
        "dhe": "and",
        "nga": "from",
        **dict.fromkeys(("midis", "ndërmjet"), "between"),
        # left out: on (më 5 qershor), in (në qershor), the year (viti, vitit, të vitit)
        **dict.fromkeys(("më", "në", "viti", "vitit", "të vitit"), ""),
    },
    numbers=_numbers(_albanian_numbers()),
    ranges=[("", "deri në"), ("", "deri"), ("nga", "deri në"), ("nga", "deri"), ("midis", "dhe"),
            ("ndërmjet", "dhe"), ("mes", "dhe")],
    name="Albanian",
)


# Kyrgyz

#: The Kyrgyz vowels, each with the high vowel (ы, и, у, ү) and the low vowel (а, е, о, ө) that vowel harmony gives a
#: suffix after it: back or front as the vowel is, and rounded after о, ө and ү (Ошто, үйдө) but not after у
#: (сууда), as Kyrgyz writes them; я, ю, ё and э as the vowels they write in a loanword (сентябрь: сентябрында).
_KYRGYZ_HARMONY: Final[Mapping[str, tuple[str, str]]] = {
    **dict.fromkeys("аыя", ("ы", "а")), **dict.fromkeys("еиэ", ("и", "е")), **dict.fromkeys("оё", ("у", "о")),
    **dict.fromkeys("ую", ("у", "а")), **dict.fromkeys("өү", ("ү", "ө")),
}
#: The voiceless consonants, after which a suffix's д and г are т and к (мартта, Ошко).
_KYRGYZ_VOICELESS: Final = frozenset("кпстфхцчшщ")


def _kyrgyz_suffix(word: str, suffix: str) -> str:
    """``word`` and ``suffix`` as Kyrgyz joins them: the suffix's ``A`` is the low vowel and ``I`` the high vowel
    that the word's last vowel gives (`_KYRGYZ_HARMONY`), its ``D`` is д, or т after a voiceless consonant; a soft
    sign at the word's end goes (сентябрь, ``I``: сентябры; сентябры, ``нDA``: сентябрында)."""
    stem = word.removesuffix("ь")
    high, low = next((_KYRGYZ_HARMONY[char] for char in reversed(stem) if char in _KYRGYZ_HARMONY), ("ы", "а"))
    consonant = "т" if stem[-1] in _KYRGYZ_VOICELESS else "д"
    return stem + suffix.replace("A", low).replace("I", high).replace("D", consonant)


#: The forms of the Kyrgyz case endings that a bound after a number takes, each vowel and consonant that harmony
#: gives them after a number's last word (ондон, бештен, жүздөн; онго, бешке, жүзгө): the ablative (10дон ашык: more
#: than 10), the dative (20га чейин: up to 20) and the similative (30дай: some 30).
_KYRGYZ_ABLATIVE: Final = ("дан", "ден", "дон", "дөн", "тан", "тен", "тон", "төн")
_KYRGYZ_DATIVE: Final = ("га", "ге", "го", "гө", "ка", "ке", "ко", "кө")
_KYRGYZ_SIMILATIVE: Final = ("дай", "дей", "дой", "дөй", "тай", "тей", "той", "төй")

#: Kyrgyz numbers: the units, он (10) and a unit after it (он эки: 12), the tens and a unit after them (жыйырма беш:
#: 25), as English says them; жүз (a hundred) and миң (a thousand) alone or after a number (эки жүз, беш миң); бир
#: миллион, a million, ten lakh as the English rules count it.
_KY_NUMBERS: Final = _numbers({
    **_tens_then_units(("нөл", "бир", "эки", "үч", "төрт", "беш", "алты", "жети", "сегиз", "тогуз"), "он",
                       ("жыйырма", "отуз", "кырк", "элүү", "алтымыш", "жетимиш", "сексен", "токсон"),
                       teen="он ", joiner=None),
    f"{_ALONE} hundred": "жүз",
    f"{_ALONE} thousand": "миң",
    "ten lakh": "бир миллион|миллион",
})

#: The nouns of people Kyrgyz writes after a number (10 адам, беш киши: ten people, five persons), left out.
_KYRGYZ_PEOPLE: Final = ("адам", "киши")
#: Digits and the letter of a case ending joined to them (10дон, 20га), and a noun of people with a case ending,
#: which Kyrgyz writes on the noun after the number (10 адамдан ашык: more than 10 people).
_KY_DIGITS_ENDING: Final = re.compile(r"(?<=[0-9])(?=[^\W\d_])")
_KY_ENDINGS: Final = "|".join(map(_plain_letters, (*_KYRGYZ_ABLATIVE, *_KYRGYZ_DATIVE, *_KYRGYZ_SIMILATIVE)))
_KY_PEOPLE_ENDING: Final = re.compile(f" (?:{'|'.join(_KYRGYZ_PEOPLE)})(?=(?:{_KY_ENDINGS})(?: |$))")
_KY_PEOPLE_LAST: Final = re.compile(f" (?:{'|'.join(_KYRGYZ_PEOPLE)})$")
#: A Kyrgyz number word with a case ending written on it (ондон, жыйырмага, бештен: from ten, to twenty, from
#: five), the last word of a number (`_KY_NUMBERS`) as the ending is joined to it.
_KY_NUMBER_WORDS: Final = "|".join(sorted({_plain_letters(form.rpartition(" ")[2]) for form in _KY_NUMBERS},
                                           key=len, reverse=True))
_KY_WORD_ENDING: Final = re.compile(rf"(?<![^\W\d_])({_KY_NUMBER_WORDS})(?=(?:{_KY_ENDINGS})(?![^\W\d_]))")


def _kyrgyz_words(text: str) -> str:
    """A Kyrgyz count with its case ending apart from the number it is written on, as the tables hold it: joined to
    digits (10дон ашык) or to a number word (ондон жыйырмага чейин: from ten to twenty) it takes the hyphen
    (10-дон ашык, он-дон жыйырма-га чейин); written on the noun of people after the number (10 адамдан ашык: more
    than 10 people), it is the number's (10-дан ашык); a noun of people at the end is left out (10дон ашык адам)."""
    text = _KY_WORD_ENDING.sub(r"\1-", _KY_DIGITS_ENDING.sub("-", text))
    return _KY_PEOPLE_LAST.sub("", _KY_PEOPLE_ENDING.sub("-", text))


#: The Kyrgyz months, the Russian names, as dates write them (`_kyrgyz_months`).
_KYRGYZ_MONTH_NAMES: Final = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                              "октябрь", "ноябрь", "декабрь")


def _kyrgyz_months() -> tuple[str, ...]:
    """The forms of each Kyrgyz month (`_KYRGYZ_MONTH_NAMES`), joined by ``|``: the name, also without its soft sign
    as it is typed; the possessive a day of a year takes (2022-жылдын 14-сентябры: the 14th of September of 2022)
    and its locative (14-сентябрында: on 14 September); the locative (14-сентябрда); after ай, month (сентябрь
    айында: in the month of September); each also after the hyphen that a day's digits take (14-сентябрь)."""
    forms = []
    for name in _KYRGYZ_MONTH_NAMES:
        possessive = _kyrgyz_suffix(name, "I")
        written = (name, name.removesuffix("ь"), possessive, _kyrgyz_suffix(possessive, "нDA"),
                   _kyrgyz_suffix(name, "DA"), f"{name} айы", f"{name} айында")
        forms.append("|".join(form for word in dict.fromkeys(written) for form in (word, f"-{word}")))
    return tuple(forms)


#: Kyrgyz, as the State Border Service, the ministries of health and of emergency situations and the Kyrgyz press
#: (Radio Azattyk, Kabar, 24.kg in Kyrgyz) write figures and dates: bounds before the number (кеминде, болжол
#: менен) and after it in a case ending (10дон ашык, 20га чейин, 30дай; `_kyrgyz_words`), vague words made of the
#: numbers (ондогон, жүздөгөн, миңдеген: tens, hundreds, thousands), number words, and dates year first with the
#: year's and the day's ordinal hyphen (2022-жылдын 14-сентябрында; 14-сентябрь 2022; the ordinal's -инчи, -ынчы
#: left out), a part of a month after it (сентябрынын ортосунда: mid-September).
_KYRGYZ: Final = _language(
    {
        **dict.fromkeys(("кеминде", "аз дегенде", "эң аз дегенде", "жок дегенде", "эң аз"), "at least"),
        **dict.fromkeys(("эң көп дегенде", "эң көп"), "up to"),
        **dict.fromkeys(("болжол менен", "болжолу", "болжолдуу", "болжолдоп", "жалпы болжол менен"), "approximately"),
        "дээрлик": "nearly",
        "же": "or",
        **dict.fromkeys(_KYRGYZ_PEOPLE, ""),
        **dict.fromkeys(("бир нече", "бир канча"), "several"),
        **dict.fromkeys(("көп", "көптөгөн"), "many"),
        "ондогон": "tens",
        "жүздөгөн": "hundreds",
        "миңдеген": "thousands",
        **dict.fromkeys(("ондогон миң", "ондогон миңдеген"), "tens of thousands"),
        **dict.fromkeys(("жүздөгөн миң", "жүздөгөн миңдеген"), "hundreds of thousands"),
        "бир нече ондогон": "several tens",
        "бир нече жүз": "several hundred",
        "бир нече миң": "several thousand",
        **dict.fromkeys(("эч ким", "эч бир адам"), "nobody"),
        **dict.fromkeys(("жоготуусуз", "жоготуу жок", "курман болгондор жок"), "no casualties"),
        "жоготуулар": "losses",
    },
    {
        **_months(*_kyrgyz_months()),
        **_month_parts([f"{_kyrgyz_suffix(_kyrgyz_suffix(name, 'I'), 'нIн')}|{name} айынын"
                        for name in _KYRGYZ_MONTH_NAMES], {
            **dict.fromkeys(("башында", "башы", "башталышында"), "early"),
            **dict.fromkeys(("ортосунда", "ортосу", "орто ченинде"), "mid"),
            **dict.fromkeys(("аягында", "аягы", "акырында", "соңунда"), "late"),
        }),
        # the year (2022-жылы, 2022-жылдын, 2022-ж.), left out; the date is read year first
        **{f"{mark}{word}": "" for mark in ("-", "") for word in ("жылы", "жылдын", "жыл", "ж.", "ж")},
        "жана": "and",
    },
    numbers=_KY_NUMBERS,
    after={
        **_suffixed_forms(" ".join(_KYRGYZ_ABLATIVE), ("ашык", "ашуун", "көп"), "more than"),
        **_suffixed_forms(" ".join(_KYRGYZ_ABLATIVE), ("аз", "кем"), "fewer than"),
        **_suffixed_forms(" ".join(_KYRGYZ_DATIVE), ("чейин",), "up to"),
        **_suffixed_forms(" ".join(_KYRGYZ_DATIVE), ("жакын",), "nearly"),
        **{f"{mark}{ending}": "approximately" for mark in ("-", "") for ending in _KYRGYZ_SIMILATIVE},
        "… чакты": "approximately",  # он чакты: ten or so
    },
    # 10дон 12ге чейин: from 10 to 12
    ranges=[("", f"-{ablative}", f"-{dative} чейин") for ablative in _KYRGYZ_ABLATIVE for dative in _KYRGYZ_DATIVE],
    year_first=True,
    # the ordinal's ending on a day, after a consonant or a vowel (14-инчи, 2-нчи)
    day_endings=tuple(f"{vowel}нч{harmony}" for vowel in ("", "и", "ы", "у", "ү")
                      for harmony in ("и", "ы", "у", "ү")),
    count_words=_kyrgyz_words,
    unwritten="ӣӯҳқғҷіїєґјљњћђџ",
    name="Kyrgyz",
)


# Tajik

#: Tajik numbers below a hundred: the units, the teens (ёздаҳ ... нуздаҳ), the tens, and a ten with the conjunction
#: -у (after a vowel -ю) written on it and a unit after (бисту панҷ: 25; сию се: 33), as Tajik writes it.
_TAJIK_UNITS: Final = ("сифр", "як", "ду", "се", "чор", "панҷ", "шаш", "ҳафт", "ҳашт", "нӯҳ")
_TAJIK_TEENS: Final = ("даҳ", "ёздаҳ", "дувоздаҳ", "сенздаҳ", "чордаҳ", "понздаҳ", "шонздаҳ", "ҳабдаҳ|ҳафдаҳ",
                       "ҳаждаҳ|ҳаҷдаҳ", "нуздаҳ")
_TAJIK_TENS: Final = ("бист", "сӣ", "чил", "панҷоҳ", "шаст", "ҳафтод", "ҳаштод", "навад")
_TAJIK_HUNDREDS: Final = ("сад|яксад", "дусад", "сесад", "чорсад", "панҷсад", "шашсад", "ҳафтсад", "ҳаштсад",
                          "нӯҳсад")


def _with_tajik_and(word: str) -> str:
    """``word`` with the conjunction -у written on it, -ю after a vowel (бисту, сию, саду)."""
    return word + ("ю" if word[-1] in "аеиоуӣӯэюя" else "у")


def _tajik_numbers() -> dict[str, str]:
    """Tajik numbers: 0-99 (`_TAJIK_UNITS`, `_TAJIK_TEENS`, `_TAJIK_TENS`), the hundreds as one word (дусад, панҷсад)
    and сад and ҳазор (a hundred, a thousand) alone or after a number (ду ҳазор); a hundred or a thousand with the
    conjunction -у on it is followed by the rest (саду бист: 120; ду ҳазору панҷсад: 2,500), read as the English
    "and"; як миллион, a million, ten lakh as the English rules count it."""
    written: dict[int | str, str] = {**dict(enumerate(_TAJIK_UNITS)), **dict(enumerate(_TAJIK_TEENS, start=10))}
    for ten, name in enumerate(_TAJIK_TENS, start=2):
        written[10 * ten] = name
        for unit in range(1, 10):
            written[10 * ten + unit] = "|".join(f"{_with_tajik_and(name)} {form}"
                                                for form in _TAJIK_UNITS[unit].split("|"))
    for hundred, names in enumerate(_TAJIK_HUNDREDS, start=1):
        written[100 * hundred] = names
    table = _numbers({**written, f"{_ALONE} hundred": "сад", f"{_ALONE} thousand": "ҳазор",
                      "ten lakh": "як миллион|миллион"})
    # -у on a hundred or a thousand: the rest follows (саду бист, ду ҳазору се)
    return {**table, **{_with_tajik_and(form): f"{english} and" for form, english in table.items()
                        if english.endswith(("hundred", "thousand"))}}


def _russian_typed(table: Mapping[str, str]) -> dict[str, str]:
    """``table`` and each of its phrases with the Tajik letters as a Russian keyboard types them
    (`_TAJIK_AS_RUSSIAN`), where no phrase of the table is so written with another meaning: ҳадди ақал is also хадди
    акал, панҷ also панч and панж."""
    typed = dict(table)
    for phrase, english in table.items():
        for letters in _TAJIK_AS_RUSSIAN:
            typed.setdefault(phrase.translate(letters), english)
    return typed


_TJ_NUMBERS: Final = _russian_typed(_tajik_numbers())


#: The Tajik months, the Russian names without the soft sign (сентябр), with the ezāfe -и that joins them to the
#: year (14 сентябри соли 2022: 14 September of the year 2022) and with the soft sign, as they are also typed.
_TAJIK_MONTHS: Final = tuple(
    f"{name}|{name}и|{name}ь" for name in ("январ", "феврал", "март", "апрел", "май", "июн", "июл", "август",
                                           "сентябр", "октябр", "ноябр", "декабр"))

#: Tajik, as the State Committee for National Security and its border troops, the government, Khovar and the Tajik
#: press (Radio Ozodi, Asia-Plus in Tajik) write figures and dates: bounds before the number (ақаллан, зиёда аз,
#: тақрибан) and around it (аз 20 зиёд: more than 20), the vague plurals in -ҳо (даҳҳо, садҳо: tens, hundreds), the
#: words of people after a number (нафар, кас), number words, ranges (аз 10 то 12, байни 10 ва 12) and dates day
#: first with the month in the ezāfe (14 сентябри соли 2022; the ordinal's -ум, -уми on the day left out), a part of
#: a month before it (аввали сентябр: early September).
_TAJIK: Final = _language(
    _russian_typed({
        **dict.fromkeys(("ақаллан", "ақалан", "ҳадди ақал", "ҳадди ақалл", "камаш", "на камтар аз", "на кам аз"),
                        "at least"),
        **dict.fromkeys(("зиёда аз", "зиёдтар аз", "беш аз", "бештар аз", "зиёда бар"), "more than"),
        **dict.fromkeys(("то", "ҳадди аксар", "на зиёда аз", "на бештар аз"), "up to"),
        **dict.fromkeys(("камтар аз", "кам аз"), "fewer than"),
        **dict.fromkeys(("тақрибан", "тахминан", "дар ҳудуди", "қариб"), "approximately"),
        **dict.fromkeys(("наздик ба", "қариб ба"), "nearly"),
        **dict.fromkeys(("ё", "ва ё", "ё ки"), "or"),
        **dict.fromkeys(("нафар", "кас", "тан"), ""),
        **dict.fromkeys(("якчанд", "чанд", "чандин"), "several"),
        **dict.fromkeys(("бисёр", "хеле зиёд"), "many"),
        "даҳҳо": "tens",
        "садҳо": "hundreds",
        **dict.fromkeys(("ҳазорон", "ҳазорҳо"), "thousands"),
        **dict.fromkeys(("даҳҳо ҳазор", "даҳҳо ҳазорон"), "tens of thousands"),
        **dict.fromkeys(("садҳо ҳазор", "садҳо ҳазорон"), "hundreds of thousands"),
        "чанд даҳ": "several tens",
        "чанд сад": "a few hundred",
        "чанд ҳазор": "several thousand",
        "ҳеҷ": "none",
        **dict.fromkeys(("ҳеҷ кас", "ҳеҷ як"), "nobody"),
        **dict.fromkeys(("бе талафот", "талафот надорад"), "no casualties"),
        "талафот": "losses",
    }),
    _russian_typed({
        **_months(*_TAJIK_MONTHS),
        **dict.fromkeys(("аввали", "ибтидои", "оғози"), "early"),
        **dict.fromkeys(("миёнаи", "нимаи", "мобайни"), "mid"),
        **dict.fromkeys(("охири", "поёни", "интиҳои"), "late"),
        "то": "to",
        "аз": "from",
        "байни": "between",
        "ва": "and",
        # left out: of the year (соли 2022), the month of (моҳи сентябр), in (дар)
        **dict.fromkeys(("соли", "сол", "с.", "моҳи", "дар"), ""),
    }),
    numbers=_TJ_NUMBERS,
    after={"аз … зиёд": "more than", "аз … бештар": "more than", "аз … зиёдтар": "more than",
           "аз … кам": "fewer than", "аз … камтар": "fewer than"},
    ranges=[("", "то"), ("аз", "то"), ("байни", "ва")],
    # the ordinal's ending on a day (15-ум, 15-уми: the 15th); -юм after a vowel
    day_endings=("уми", "ум", "юми", "юм"),
    unwritten="өүңіїєґјљњћђџ",
    name="Tajik",
)


# Polish

#: Polish numbers in their cases: the nominative, the genitive (co najmniej dwóch: at least two), the dative and the
#: instrumental, the masculine personal (dwaj, trzej) and the collective (dwoje, pięcioro); a ten and a unit side by
#: side (dwadzieścia pięć), the hundreds as one word (pięćset, pięciuset); tysiąc (a thousand) in its cases, tysiące
#: after two to four (dwa tysiące) and tysięcy after five and more (pięć tysięcy), read as thousand after a number.
_PL_NUMBERS: Final = _numbers({
    0: "zero|zera",
    1: "jeden|jedna|jedno|jednego|jednej|jednemu|jednym|jedną",
    2: "dwa|dwie|dwóch|dwu|dwóm|dwom|dwoma|dwiema|dwaj|dwoje|dwojga|dwojgu|dwojgiem",
    3: "trzy|trzech|trzem|trzema|trzej|troje|trojga|trojgu|trojgiem",
    4: "cztery|czterech|czterem|czterema|czterej|czworo|czworga|czworgu|czworgiem",
    **{number: f"{nominative}|{stem}u|{stem}oma|{stem}oro|{stem}orga" for number, nominative, stem in (
        (5, "pięć", "pięci"), (6, "sześć", "sześci"), (7, "siedem", "siedmi"), (8, "osiem", "ośmi"),
        (9, "dziewięć", "dziewięci"), (10, "dziesięć", "dziesięci"))},
    **{number: f"{nominative}|{stem}u|{stem}oma" for number, nominative, stem in (
        (11, "jedenaście", "jedenast"), (12, "dwanaście", "dwunast"), (13, "trzynaście", "trzynast"),
        (14, "czternaście", "czternast"), (15, "piętnaście", "piętnast"), (16, "szesnaście", "szesnast"),
        (17, "siedemnaście", "siedemnast"), (18, "osiemnaście", "osiemnast"), (19, "dziewiętnaście", "dziewiętnast"),
        (20, "dwadzieścia", "dwudziest"), (30, "trzydzieści", "trzydziest"), (40, "czterdzieści", "czterdziest"),
        (50, "pięćdziesiąt", "pięćdziesięci"), (60, "sześćdziesiąt", "sześćdziesięci"),
        (70, "siedemdziesiąt", "siedemdziesięci"), (80, "osiemdziesiąt", "osiemdziesięci"),
        (90, "dziewięćdziesiąt", "dziewięćdziesięci"))},
    100: "sto|stu|stoma",
    200: "dwieście|dwustu|dwustoma",
    300: "trzysta|trzystu|trzystoma",
    400: "czterysta|czterystu|czterystoma",
    500: "pięćset|pięciuset",
    600: "sześćset|sześciuset",
    700: "siedemset|siedmiuset",
    800: "osiemset|ośmiuset",
    900: "dziewięćset|dziewięciuset",
    # tysiące alone is thousands (a count word); after two to four it is the thousand they count
    f"{_ALONE} thousand": "tysiąc|tysiąca|tysiącu|tysiącem|tysięcy",
    2000: "dwa tysiące",
    3000: "trzy tysiące",
    4000: "cztery tysiące",
})

#: Polish months: the nominative (listopad), the genitive a day takes (15 listopada) and the locative after w (w
#: listopadzie: in November).
_POLISH_MONTHS: Final = tuple(
    f"{nominative}|{genitive}|{on} {locative}" for nominative, genitive, on, locative in (
        ("styczeń", "stycznia", "w", "styczniu"), ("luty", "lutego", "w", "lutym"), ("marzec", "marca", "w", "marcu"),
        ("kwiecień", "kwietnia", "w", "kwietniu"), ("maj", "maja", "w", "maju"),
        ("czerwiec", "czerwca", "w", "czerwcu"),
        ("lipiec", "lipca", "w", "lipcu"), ("sierpień", "sierpnia", "w", "sierpniu"),
        ("wrzesień", "września", "we", "wrześniu"), ("październik", "października", "w", "październiku"),
        ("listopad", "listopada", "w", "listopadzie"), ("grudzień", "grudnia", "w", "grudniu")))

#: Polish, as the government, the army, the prosecutor's office and the Polish press write figures and dates: bounds
#: before the number (co najmniej, ponad, około, do), the vague numerals (kilka, kilkanaście: 11 to 19,
#: kilkadziesiąt: several tens, kilkaset, dziesiątki, setki), number words in their cases, and dates day first
#: without a full stop after the day, the year often with r. or roku after it (15 listopada 2022 r.).
_POLISH: Final = _language(
    {
        **dict.fromkeys(("co najmniej", "conajmniej", "przynajmniej", "najmniej", "minimum", "nie mniej niż"),
                        "at least"),
        **dict.fromkeys(("ponad", "powyżej", "więcej niż", "przeszło"), "more than"),
        **dict.fromkeys(("do", "maksymalnie", "maksimum", "nie więcej niż", "najwyżej", "co najwyżej"), "up to"),
        **dict.fromkeys(("mniej niż", "poniżej"), "fewer than"),
        **dict.fromkeys(("około", "ok.", "ok", "mniej więcej", "w przybliżeniu", "rzędu"), "approximately"),
        **dict.fromkeys(("prawie", "niemal", "niemalże", "blisko", "bez mała"), "nearly"),
        **dict.fromkeys(("nieco ponad", "nieco więcej niż", "niewiele ponad", "niewiele więcej niż"), "just over"),
        **dict.fromkeys(("nieco mniej niż", "niewiele mniej niż", "niespełna"), "just under"),
        **dict.fromkeys(("i więcej", "lub więcej", "albo więcej"), "or more"),
        **dict.fromkeys(("lub", "albo"), "or"),
        **dict.fromkeys(("kilka", "kilku", "kilkoma", "kilkoro"), "several"),
        # kilkanaście: a number of the teens; kilkadziesiąt, kilkaset: several tens, several hundreds
        **dict.fromkeys(("kilkanaście", "kilkunastu", "kilkunastoma", "kilkanaścioro"), "from 11 to 19"),
        **dict.fromkeys(("kilkadziesiąt", "kilkudziesięciu", "kilkudziesięcioma", "kilka dziesiątek"), "several tens"),
        **dict.fromkeys(("kilkaset", "kilkuset", "kilka setek"), "several hundred"),
        **dict.fromkeys(("kilka tysięcy", "kilku tysięcy"), "several thousand"),
        # dwadzieścia kilka: twenty-odd
        **{f"{ten} {several}": f"{_english_number(number)} odd" for number, tens in (
            (20, "dwadzieścia|dwudziestu"), (30, "trzydzieści|trzydziestu"), (40, "czterdzieści|czterdziestu"),
            (50, "pięćdziesiąt|pięćdziesięciu"), (60, "sześćdziesiąt|sześćdziesięciu"),
            (70, "siedemdziesiąt|siedemdziesięciu"), (80, "osiemdziesiąt|osiemdziesięciu"),
            (90, "dziewięćdziesiąt|dziewięćdziesięciu"))
           for ten in tens.split("|") for several in ("kilka", "kilku")},
        **dict.fromkeys(("wiele", "wielu", "liczni", "licznych", "mnóstwo"), "many"),
        **dict.fromkeys(("dziesiątki", "dziesiątek"), "tens"),
        **dict.fromkeys(("setki", "setek"), "hundreds"),
        **dict.fromkeys(("tysiące",), "thousands"),
        **dict.fromkeys(("dziesiątki tysięcy", "dziesiątek tysięcy"), "tens of thousands"),
        **dict.fromkeys(("setki tysięcy", "setek tysięcy"), "hundreds of thousands"),
        **dict.fromkeys(("nikt", "nikogo"), "nobody"),
        **dict.fromkeys(("bez ofiar", "brak ofiar"), "no casualties"),
    },
    {
        **_months(*_POLISH_MONTHS),
        **dict.fromkeys(("na początku", "początek", "początkiem"), "early"),
        **dict.fromkeys(("w połowie", "połowa", "w środku"), "mid"),
        **dict.fromkeys(("pod koniec", "na końcu", "koniec", "końcem", "z końcem"), "late"),
        "od": "from",
        "do": "to",
        "między": "between",
        "a": "to",  # między 14 a 15: between the 14th and the 15th; a is to in Spanish and Portuguese
        # w nocy z 14 na 15 listopada: the night between the two days
        **dict.fromkeys(("w nocy z", "w nocy ze", "nocą z", "noc z", "w noc z"), "night of"),
        "na": "to",
        # the year: 15 listopada 2022 r., roku 2022
        **dict.fromkeys(("r.", "r", "roku", "rok"), ""),
    },
    numbers=_PL_NUMBERS,
    ranges=[("od", "do"), ("między", "a")],
    # The letters of Czech, BCS, Kurmanji and Turkish that Polish never writes: a text with one is no Polish.
    unwritten="čšžěřůťďňáéíúýđşçêîûâô",
    name="Polish",
    # Polish writes no full stop after a day's digits before a month's name: 15 listopada, not 15. listopada
    day_stop=False,
)


# Czech

def _czech_numbers() -> dict[str, str]:
    """Czech numbers in their cases: the units and the teens with the genitive -i (pět, pěti; patnáct, patnácti);
    a ten and a unit side by side (dvacet pět) or joined with a, the unit first (pětadvacet: 25); a hundred as sto
    and the hundreds as stě, sta, set after the number (dvě stě, tři sta, pět set); tisíc (a thousand) and tisíce
    after two to four (dva tisíce), read as thousand after a number."""
    units = ("nula", "jeden|jedna|jedno|jednoho|jedné|jednomu|jedním|jednu|jednom", "dva|dvě|dvou|dvěma",
             "tři|tří|třech|třem|třemi", "čtyři|čtyř|čtyřech|čtyřem|čtyřmi", "pět|pěti", "šest|šesti", "sedm|sedmi",
             "osm|osmi", "devět|devíti", "deset|deseti", "jedenáct|jedenácti", "dvanáct|dvanácti",
             "třináct|třinácti", "čtrnáct|čtrnácti", "patnáct|patnácti", "šestnáct|šestnácti",
             "sedmnáct|sedmnácti", "osmnáct|osmnácti", "devatenáct|devatenácti")
    tens = ("dvacet|dvaceti", "třicet|třiceti", "čtyřicet|čtyřiceti", "padesát|padesáti", "šedesát|šedesáti",
            "sedmdesát|sedmdesáti", "osmdesát|osmdesáti", "devadesát|devadesáti")
    joined = ("jedna", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět")  # pětadvacet: 25
    written: dict[int | str, str] = dict(enumerate(units))
    for ten, names in enumerate(tens, start=2):
        written[10 * ten] = names
        for unit, before in enumerate(joined, start=1):
            written[10 * ten + unit] = "|".join(f"{before}a{name}" for name in names.split("|"))
    return _numbers({**written, 100: "sto|stu|stem",
                     # stě, sta, set only after the number they count: alone they are no hundred (sto is), and set
                     # alone is the Haitian Creole sèt (7) without its mark
                     "hundred": "stě|sta|set",
                     # tisíce alone is thousands (a count word); after two to four it is the thousand they count
                     f"{_ALONE} thousand": "tisíc|tisícům|tisíci", 2000: "dva tisíce", 3000: "tři tisíce",
                     4000: "čtyři tisíce"})


_CS_NUMBERS: Final = _czech_numbers()

#: Czech months: the nominative (listopad), the genitive a day takes (15. listopadu) and the locative after v (v
#: listopadu: in November).
_CZECH_MONTHS: Final = tuple(
    f"{nominative}|{genitive}|v {locative}" for nominative, genitive, locative in (
        ("leden", "ledna", "lednu"), ("únor", "února", "únoru"), ("březen", "března", "březnu"),
        ("duben", "dubna", "dubnu"), ("květen", "května", "květnu"), ("červen", "června", "červnu"),
        ("červenec", "července", "červenci"), ("srpen", "srpna", "srpnu"), ("září", "září", "září"),
        ("říjen", "října", "říjnu"), ("listopad", "listopadu", "listopadu"), ("prosinec", "prosince", "prosinci")))

#: Czech, as the government, the police and the Czech press (ČTK, iROZHLAS, Novinky) write figures and dates:
#: bounds before the number (nejméně, přes, asi, až), the vague plurals (desítky, stovky, tisíce), number words in
#: their cases, and dates day first with a full stop after the day (15. listopadu 2022).
_CZECH: Final = _language(
    {
        **dict.fromkeys(("nejméně", "nejmíň", "minimálně", "alespoň", "aspoň", "přinejmenším"), "at least"),
        **dict.fromkeys(("více než", "víc než", "více nežli", "přes"), "more than"),
        **dict.fromkeys(("až", "do", "maximálně", "nejvýše", "nanejvýš"), "up to"),
        **dict.fromkeys(("méně než", "míň než", "pod"), "fewer than"),
        **dict.fromkeys(("asi", "přibližně", "zhruba", "kolem", "okolo", "cca", "cca.", "odhadem"), "approximately"),
        **dict.fromkeys(("téměř", "skoro", "bezmála"), "nearly"),
        **dict.fromkeys(("něco přes", "něco více než", "o něco více než", "lehce přes"), "just over"),
        **dict.fromkeys(("necelých", "necelé", "něco málo pod", "o něco méně než"), "just under"),
        **dict.fromkeys(("a více", "nebo více", "i více"), "or more"),
        **dict.fromkeys(("nebo", "či"), "or"),
        **dict.fromkeys(("několik", "několika"), "several"),
        **dict.fromkeys(("mnoho", "spousta", "řada"), "many"),
        **dict.fromkeys(("desítky", "desítek"), "tens"),
        **dict.fromkeys(("stovky", "stovek"), "hundreds"),
        **dict.fromkeys(("tisíce",), "thousands"),
        **dict.fromkeys(("desítky tisíc", "desítek tisíc"), "tens of thousands"),
        **dict.fromkeys(("stovky tisíc", "stovek tisíc"), "hundreds of thousands"),
        **dict.fromkeys(("několik desítek", "několika desítek"), "several tens"),
        **dict.fromkeys(("několik set", "několik stovek", "několika set", "několika stovek"), "several hundred"),
        **dict.fromkeys(("několik tisíc", "několika tisíc"), "several thousand"),
        # desítka: a ten, about ten (asi desítka: about ten), as the Russian десяток
        **dict.fromkeys(("desítka", "desítku"), "about 10"),
        **dict.fromkeys(("nikdo", "nikoho"), "nobody"),
        **dict.fromkeys(("bez obětí", "žádné oběti"), "no casualties"),
    },
    {
        **_months(*_CZECH_MONTHS),
        **dict.fromkeys(("na začátku", "začátkem", "počátkem", "začátek"), "early"),
        **dict.fromkeys(("v polovině", "v půli", "uprostřed", "polovina"), "mid"),
        **dict.fromkeys(("na konci", "koncem", "konec"), "late"),
        "od": "from",
        "do": "to",
        "mezi": "between",
        "a": "to",  # mezi 14. a 15.: between the 14th and the 15th; a is to in Spanish and Portuguese
        # v noci z 14. na 15. listopadu: the night between the two days; v noci na 15. listopadu: the night into it
        **dict.fromkeys(("v noci z", "v noci ze", "noc z"), "night of"),
        **dict.fromkeys(("v noci na", "noc na"), _NIGHT_INTO_WORDS),
        "na": "to",
        **dict.fromkeys(("roku", "r."), ""),
    },
    numbers=_CS_NUMBERS,
    ranges=[("od", "do"), ("mezi", "a")],
    # The letters of Polish, Kurmanji and Turkish that Czech never writes (şêst, 60, is no šest, 6).
    unwritten="ąćęłńśźżşçêîûâô",
    name="Czech",
    day_stop=True,
)


# German

#: German numbers below a hundred, each as a word: the units (eins; ein, eine and their cases, as a count puts them:
#: mindestens einer), the teens, the tens, and a unit, und and a ten as one word (einundzwanzig: 21); ä, ö, ü and ß
#: also as ae, oe, ue and ss (fuenf, zwoelf, dreissig), as typed without them.
_GERMAN_UNITS: Final = ("null", "eins|ein|eine|einen|einem|einer|eines", "zwei|zwo", "drei", "vier", "fünf|fuenf",
                        "sechs", "sieben", "acht", "neun")
_GERMAN_TEENS: Final = ("zehn", "elf", "zwölf|zwoelf", "dreizehn", "vierzehn", "fünfzehn|fuenfzehn", "sechzehn",
                        "siebzehn", "achtzehn", "neunzehn")
_GERMAN_TENS: Final = ("zwanzig", "dreißig|dreissig", "vierzig", "fünfzig|fuenfzig", "sechzig", "siebzig", "achtzig",
                       "neunzig")
#: A unit as it stands before und and a ten (einundzwanzig) or before hundert and tausend (einhundert, zweitausend).
_GERMAN_JOINED: Final = ("", "ein", "zwei|zwo", "drei", "vier", "fünf|fuenf", "sechs", "sieben", "acht", "neun")


def _german_below_hundred() -> dict[int | str, str]:
    """0-99 in German (`_GERMAN_UNITS`, `_GERMAN_TEENS`, `_GERMAN_TENS`): a unit, und and a ten as one word."""
    written: dict[int | str, str] = {**dict(enumerate(_GERMAN_UNITS)), **dict(enumerate(_GERMAN_TEENS, start=10))}
    for ten, names in enumerate(_GERMAN_TENS, start=2):
        written[10 * ten] = names
        for unit in range(1, 10):
            written[10 * ten + unit] = "|".join(f"{before}und{name}" for before in _GERMAN_JOINED[unit].split("|")
                                                for name in names.split("|"))
    return written


#: German numbers: the words below a hundred (`_german_below_hundred`), hundert and tausend after a unit (or alone,
#: a hundred, a thousand), read once `_german_words` has put a number written as one word apart at them
#: (zweihundertdreißigtausendvierhundertzwölf: zwei hundert dreißig tausend vier hundert zwölf); eine Million, a
#: million, ten lakh as the English rules count it.
_DE_NUMBERS: Final = _numbers({
    **_german_below_hundred(),
    f"{_ALONE} hundred": "hundert",
    f"{_ALONE} thousand": "tausend",
    "ten lakh": "eine million|million",
})

#: A German number written as one word, as German writes every number below a million (dreitausendfünfhundert),
#: folded as the text is (`_plain_letters`: fünf is funf, dreißig dreissig): a unit or nothing before hundert, und
#: or nothing after it, a number below a hundred; and these before tausend and after it.
_DE_BELOW_HUNDRED: Final = _alternatives({_plain_letters(_fold(form)) for forms in _german_below_hundred().values()
                                          for form in forms.split("|")})
_DE_UNITS_JOINED: Final = _alternatives({_plain_letters(_fold(form)) for forms in _GERMAN_JOINED
                                         for form in forms.split("|") if form})
_DE_HUNDREDS: Final = rf"(?:{_DE_UNITS_JOINED})?hundert(?:und)?"
_DE_BELOW_THOUSAND: Final = rf"(?:{_DE_HUNDREDS}(?:{_DE_BELOW_HUNDRED})?|{_DE_BELOW_HUNDRED})"
_DE_NUMBER_WORD: Final = re.compile(rf"(?:{_DE_BELOW_THOUSAND})?tausend(?:und)?(?:{_DE_BELOW_THOUSAND})?"
                                    rf"|{_DE_BELOW_THOUSAND}")
#: hundert and tausend inside a number written as one word, with the und that may follow them (hundertundeins).
_DE_MULTIPLIER: Final = re.compile("(hundert|tausend)(?:und)?")


def _german_words(text: str) -> str:
    """``text`` with each German number written as one word put apart at its hundert and tausend
    (`_DE_NUMBER_WORD`): ``zweihundertdreissigtausend`` is ``zwei hundert dreissig tausend``, as `_DE_NUMBERS`
    reads it; other words (Hunderte, Tausende: hundreds, thousands) as they are."""
    def apart(found: re.Match[str]) -> str:
        word = found[0]
        if ("hundert" not in word and "tausend" not in word) or not _DE_NUMBER_WORD.fullmatch(word):
            return word
        return " ".join(_DE_MULTIPLIER.sub(r" \1 ", word).split())

    return re.sub(r"[^\W\d_]+", apart, text)


#: The German months, in full and abbreviated (Mai, 12. Mai; Okt., Dez.), März also as Maerz and Marz, as typed
#: without its mark, and the Austrian Jänner and Feber.
_GERMAN_MONTHS: Final = ("januar|jänner|jaenner|jan|jän", "februar|feber|feb|febr", "märz|maerz|mär|mrz",
                         "april|apr", "mai", "juni|jun", "juli|jul", "august|aug", "september|sep|sept",
                         "oktober|okt", "november|nov", "dezember|dez")

#: German, as the Bundeswehr, the federal and state governments, the police and the German, Austrian and Swiss press
#: (dpa, ARD, ZDF, APA) write figures and dates: bounds before the number (mindestens, mehr als, über, bis zu,
#: etwa, rund, knapp), the vague plurals (Dutzende, Hunderte, Tausende, Zehntausende), number words as one word
#: (`_german_words`), ranges (zwischen 10 und 20, 10 bis 20), and dates day first with a full stop after the day
#: (am 12. Mai 2024), the ordinal's full stop left out.
_GERMAN: Final = _language(
    {
        **dict.fromkeys(("mindestens", "wenigstens", "zumindest", "nicht weniger als", "minimal"), "at least"),
        **dict.fromkeys(("mehr als", "über", "ueber", "uber", "weit über", "deutlich mehr als"), "more than"),
        **dict.fromkeys(("bis zu", "höchstens", "hoechstens", "maximal", "nicht mehr als"), "up to"),
        **dict.fromkeys(("weniger als", "unter"), "fewer than"),
        **dict.fromkeys(("etwa", "ungefähr", "ungefaehr", "rund", "ca.", "ca", "zirka", "annähernd", "an die",
                         "schätzungsweise", "schaetzungsweise", "um die"), "approximately"),
        **dict.fromkeys(("fast", "beinahe", "nahezu", "fast schon"), "nearly"),
        **dict.fromkeys(("gut", "knapp über", "etwas mehr als", "etwas über"), "just over"),
        **dict.fromkeys(("knapp", "knapp unter", "etwas weniger als", "etwas unter"), "just under"),
        **dict.fromkeys(("oder mehr", "und mehr"), "or more"),
        "bis": "to",
        "oder": "or",
        **dict.fromkeys(("mehrere", "einige", "etliche"), "several"),
        **dict.fromkeys(("wenige", "ein paar"), "a few"),
        **dict.fromkeys(("viele", "zahlreiche", "sehr viele"), "many"),
        **dict.fromkeys(("dutzende", "dutzenden"), "dozens"),
        **dict.fromkeys(("hunderte", "hunderten"), "hundreds"),
        **dict.fromkeys(("tausende", "tausenden"), "thousands"),
        **dict.fromkeys(("zehntausende", "zehntausenden"), "tens of thousands"),
        **dict.fromkeys(("hunderttausende", "hunderttausenden"), "hundreds of thousands"),
        **dict.fromkeys(("mehrere dutzend", "einige dutzend"), "several dozen"),
        **dict.fromkeys(("mehrere hundert", "einige hundert"), "several hundred"),
        **dict.fromkeys(("mehrere tausend", "einige tausend"), "several thousand"),
        **dict.fromkeys(("ein dutzend", "dutzend"), "a dozen"),
        "ein halbes dutzend": "half a dozen",
        **dict.fromkeys(("keine", "keiner", "kein"), "none"),
        "niemand": "nobody",
        **dict.fromkeys(("keine opfer", "keine toten", "ohne opfer"), "no casualties"),
    },
    {
        **_months(*_GERMAN_MONTHS),
        "anfang": "early",
        "mitte": "mid",
        "ende": "late",
        **dict.fromkeys(("vom", "von"), "from"),
        **dict.fromkeys(("bis", "bis zum", "bis einschließlich", "auf den", "auf"), "to"),
        "zwischen": "between",
        "und": "and",
        # in der Nacht vom 13. auf den 14. Mai: the night between two days; in der Nacht zum 14. Mai: into the 14th
        # (in is left out before any date: `_DATE_PREPOSITIONS`)
        **dict.fromkeys(("in der nacht vom", "der nacht vom", "nacht vom", "in der nacht von", "der nacht von"),
                        "night of"),
        **dict.fromkeys(("in der nacht zum", "der nacht zum", "in der nacht auf den", "der nacht auf den",
                         "in der nacht auf", "der nacht auf", "nacht zum"), _NIGHT_INTO_WORDS),
        # left out: on the (am 12. Mai), in (im Mai 2024), the (den, dem), of the year (des Jahres)
        **dict.fromkeys(("am", "im", "den", "dem", "des jahres", "jahr"), ""),
    },
    numbers=_DE_NUMBERS,
    ranges=[("zwischen", "und"), ("von", "bis"), ("", "bis")],
    count_words=_german_words,
    # The letters of the Slavic languages, Romanian, Turkish and Kurmanji that German never writes.
    unwritten="ąćęłńśźżčšžěřůťďňđşçêîûâôășțţ",
    name="German",
    # German writes a full stop after a day's digits: 12. Mai 2024
    day_stop=True,
    # mindestens 12, möglicherweise 20; 12, wenn nicht mehr
    hedges=_hedges({
        **dict.fromkeys(_hedge_forms(("", "und ", "oder ", "aber "),
                                     ("möglicherweise", "moeglicherweise", "vielleicht", "wahrscheinlich",
                                      "womöglich", "womoeglich", "eventuell"), ("", " sogar")), "possibly"),
        **dict.fromkeys(("wenn nicht", "oder sogar", "und sogar", "ja sogar"), "if not"),
    }, ("mehr", "noch mehr", "viel mehr", "deutlich mehr", "weit mehr")),
)


# Italian

#: Italian numbers below a hundred: the units (uno, un, una), the teens, the tens, and a ten and a unit as one word,
#: the ten's last vowel dropped before uno and otto (ventuno, ventotto) and tre with its accent or not (ventitré).
_ITALIAN_UNITS: Final = ("zero", "uno|un|una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove")
_ITALIAN_TEENS: Final = ("dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette",
                         "diciotto", "diciannove")
_ITALIAN_TENS: Final = ("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta")


def _italian_below_hundred() -> dict[int | str, str]:
    """0-99 in Italian (`_ITALIAN_UNITS`, `_ITALIAN_TEENS`, `_ITALIAN_TENS`): a ten and a unit as one word."""
    written: dict[int | str, str] = {**dict(enumerate(_ITALIAN_UNITS)), **dict(enumerate(_ITALIAN_TEENS, start=10))}
    for ten, name in enumerate(_ITALIAN_TENS, start=2):
        written[10 * ten] = name
        for unit in range(1, 10):
            stem = name[:-1] if unit in (1, 8) else name  # ventuno, ventotto
            forms = [f"{stem}{form}" for form in _ITALIAN_UNITS[unit].split("|")]
            written[10 * ten + unit] = "|".join(forms + [f"{name}tré"] * (unit == 3))
    return written


#: Italian numbers: the words below a hundred (`_italian_below_hundred`), the hundreds (cento, duecento ...
#: novecento), mille (a thousand) and mila (thousand, after a number: duemila), read once `_italian_words` has put a
#: number written as one word apart (duecentotrentamila: duecento trenta mila); un milione, ten lakh as the English
#: rules count it.
_IT_NUMBERS: Final = _numbers({
    **_italian_below_hundred(),
    100: "cento",
    **{100 * hundred: f"{unit}cento" for hundred, unit in enumerate(_ITALIAN_UNITS[2:], start=2)},
    f"{_ALONE} thousand": "mille",
    "thousand": "mila",  # duemila: only after a number
    "ten lakh": "un milione|milione",
})

_IT_BELOW_HUNDRED: Final = _alternatives({_plain_letters(_fold(form)) for forms in _italian_below_hundred().values()
                                          for form in forms.split("|")})
#: A hundred of an Italian number written as one word: the unit before cento, whose o drops before otto and ottanta
#: (centotto, centottanta) and may before uno (centuno); and a number below a thousand, a hundred and the rest or the
#: rest alone. ``{h}``, ``{u}`` and ``{b}`` name the groups of the hundred, the rest after it and the rest alone, once
#: for each part of `_IT_NUMBER_WORD`.
_IT_HUNDREDS: Final = rf"(?P<{{h}}>(?:{'|'.join(_ITALIAN_UNITS[2:])})?)cent(?:o|(?=[ou]))"
_IT_BELOW_THOUSAND: Final = (rf"(?:{_IT_HUNDREDS}(?P<{{u}}>{_IT_BELOW_HUNDRED})?|(?P<{{b}}>{_IT_BELOW_HUNDRED}))")
#: An Italian number written as one word, as Italian writes every number below a million (tremilacinquecento): a
#: number below a thousand and mila, or mille, then a number below a thousand; or that alone.
_IT_NUMBER_WORD: Final = re.compile(
    rf"(?:{_IT_BELOW_THOUSAND.format(h='th', u='tu', b='tb')}mila|mille)"
    rf"(?:{_IT_BELOW_THOUSAND.format(h='hh', u='hu', b='hb')})?"
    rf"|{_IT_BELOW_THOUSAND.format(h='oh', u='ou', b='ob')}")


def _italian_words(text: str) -> str:
    """``text`` with each Italian number written as one word put apart into its hundreds, the rest below a hundred
    and mila or mille (`_IT_NUMBER_WORD`): ``duecentotrentamila`` is ``duecento trenta mila``, ``centotto`` ``cento
    otto``, as `_IT_NUMBERS` reads it; other words as they are."""
    def apart(found: re.Match[str]) -> str:
        word = found[0]
        number = _IT_NUMBER_WORD.fullmatch(word)
        if number is None:
            return word
        below_thousand = number.start("oh") >= 0 or number["ob"] is not None
        words: list[str] = []
        for hundred, rest, alone in ((("oh", "ou", "ob"),) if below_thousand else
                                     (("th", "tu", "tb"), ("hh", "hu", "hb"))):
            if number.start(hundred) >= 0:  # a hundred: its unit (or none) and cento
                words += [f"{number[hundred]}cento", number[rest] or ""]
            words.append(number[alone] or "")
            if hundred == "th":  # the thousands: mila after a number, mille alone
                words.append("mila" if number.start("th") >= 0 or number["tb"] else "mille")
        return " ".join(word for word in words if word)

    return re.sub(r"[^\W\d_]+", apart, text)


#: The Italian months, in full and abbreviated (gen., feb., mar., apr., mag., giu., lug., ago., set., ott., nov.,
#: dic.); each also after a, in (a maggio), which `_ITALIAN` reads with the month.
_ITALIAN_MONTHS: Final = ("gennaio|gen", "febbraio|feb|febbr", "marzo|mar", "aprile|apr", "maggio|mag",
                          "giugno|giu", "luglio|lug", "agosto|ago", "settembre|set|sett", "ottobre|ott",
                          "novembre|nov", "dicembre|dic")

#: Italian, as the Ministry of Defence, the government and the Italian press (ANSA, RAI, Corriere della Sera, la
#: Repubblica) write figures and dates: bounds before the number (almeno, più di, oltre, fino a, circa), the vague
#: plurals (decine, centinaia, migliaia), the nouns of about N (una decina, una ventina, un centinaio), number words
#: as one word (`_italian_words`), ranges (tra 10 e 20, da 10 a 20) and dates day first without a full stop after
#: the day (il 12 maggio 2024).
_ITALIAN: Final = _language(
    {
        **dict.fromkeys(("almeno", "come minimo", "non meno di", "minimo", "perlomeno", "per lo meno"), "at least"),
        **dict.fromkeys(("più di", "oltre", "oltre a", "più di un", "ben oltre"), "more than"),
        **dict.fromkeys(("fino a", "al massimo", "non più di", "massimo"), "up to"),
        **dict.fromkeys(("meno di",), "fewer than"),
        **dict.fromkeys(("circa", "all'incirca", "approssimativamente", "intorno a", "intorno ai", "attorno a",
                         "attorno ai", "sui", "sulle", "quasi circa"), "approximately"),
        **dict.fromkeys(("quasi", "pressoché", "pressoche"), "nearly"),
        **dict.fromkeys(("poco più di", "poco oltre", "appena più di"), "just over"),
        **dict.fromkeys(("poco meno di", "appena meno di"), "just under"),
        **dict.fromkeys(("o più", "e più", "e oltre"), "or more"),
        "o": "or",
        **dict.fromkeys(("diversi", "diverse", "vari", "varie", "parecchi", "parecchie"), "several"),
        **dict.fromkeys(("alcuni", "alcune", "pochi", "poche", "qualche"), "a few"),
        **dict.fromkeys(("molti", "molte", "numerosi", "numerose", "tanti", "tante"), "many"),
        "decine": "tens",
        "centinaia": "hundreds",
        "migliaia": "thousands",
        "decine di migliaia": "tens of thousands",
        "centinaia di migliaia": "hundreds of thousands",
        **dict.fromkeys(("diverse decine", "varie decine"), "several tens"),
        "alcune decine": "a few tens",
        **dict.fromkeys(("diverse centinaia", "varie centinaia"), "several hundred"),
        "alcune centinaia": "a few hundred",
        **dict.fromkeys(("diverse migliaia", "varie migliaia"), "several thousand"),
        "alcune migliaia": "a few thousand",
        "una dozzina": "a dozen",
        "mezza dozzina": "half a dozen",
        "dozzine": "dozens",
        **_tens_nouns("una", "decina:10 quindicina:15 ventina:20 trentina:30 quarantina:40 cinquantina:50 "
                             "sessantina:60"),
        "un centinaio": "about 100",
        "un migliaio": "about 1000",
        **dict.fromkeys(("nessuno", "nessuna"), "none"),
        **dict.fromkeys(("nessuna vittima", "senza vittime"), "no casualties"),
    },
    {
        **_months(*("|".join(f"{at}{form}" for form in forms.split("|") for at in ("", "a "))
                    for forms in _ITALIAN_MONTHS)),
        **dict.fromkeys(("inizio", "all'inizio di", "a inizio", "agli inizi di", "ai primi di", "primi di"),
                        "early"),
        **dict.fromkeys(("metà", "a metà", "verso metà", "alla metà di"), "mid"),
        **dict.fromkeys(("fine", "a fine", "alla fine di", "verso fine", "sul finire di"), "late"),
        **dict.fromkeys(("dal", "dall'", "dai"), "from"),
        **dict.fromkeys(("al", "all'"), "to"),
        **dict.fromkeys(("tra", "fra"), "between"),
        "e": "and",
        # nella notte tra il 13 e il 14 maggio: the night between the two days
        **dict.fromkeys(("nella notte tra", "nella notte fra", "la notte tra", "la notte fra", "notte tra",
                         "notte fra"), "night between"),
        # left out: the (il 12 maggio, l'11 maggio), in (nel maggio 2024, nel mese di maggio), of (di); a, in
        # (a maggio), is read with the month (`_ITALIAN_MONTHS`), as a alone is the Spanish "to"
        **dict.fromkeys(("il", "l'", "lo", "nel", "nel mese di", "mese di", "di"), ""),
    },
    numbers=_IT_NUMBERS,
    ranges=[("tra", "e"), ("fra", "e"), ("da", "a")],
    count_words=_italian_words,
    # The letters of the Slavic languages, German, Romanian, Turkish and Kurmanji that Italian never writes.
    unwritten="ąćęłńśźżčšžěřůťďňđşçêîûâôășțţäöüß",
    name="Italian",
    # Italian writes no full stop after a day's digits: 12 maggio 2024
    day_stop=False,
    # almeno 12, forse 20; 12, se non di più
    hedges=_hedges({
        **dict.fromkeys(_hedge_forms(("", "e ", "o ", "ma "), ("forse", "probabilmente", "possibilmente"),
                                     ("", " anche", " addirittura")), "possibly"),
        **dict.fromkeys(("se non", "o addirittura", "o persino", "o perfino", "se non addirittura"), "if not"),
    }, ("più", "di più", "molti di più", "molte di più", "ancora di più", "anche di più")),
)


# Romanian

def _romanian_numbers() -> dict[int | str, str]:
    """Romanian numbers: the units in their genders (unu, una, un; doi, două; o, the feminine one, only in o sută
    and o mie, as o alone is the Spanish "or"), the teens in -sprezece (and the spoken -șpe: unșpe, doișpe), the
    tens, a ten, și (and) and a unit (douăzeci și unu: 21), o sută and the hundreds (două sute), o mie and the
    thousands: mii after a number below twenty (trei mii; o sută două mii: 102,000), de mii after one whose last two
    digits are twenty or more or nought (douăzeci de mii, o sută de mii), as Romanian puts de after such a number;
    un milion, ten lakh as the English rules count it. ș and ț are also read with the cedilla (ş, ţ) and without a
    mark, ă, â and î without theirs, as the phrases of every language are compared."""
    units = ("zero", "unu|una|un", "doi|două", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă")
    teens = ("zece", "unsprezece|unșpe", "doisprezece|douăsprezece|doișpe", "treisprezece|treișpe",
             "paisprezece|patrusprezece|paișpe", "cincisprezece|cinșpe", "șaisprezece|șaișpe",
             "șaptesprezece|șaptișpe", "optsprezece|optișpe", "nouăsprezece|nouășpe")
    tens = ("douăzeci", "treizeci", "patruzeci", "cincizeci", "șaizeci", "șaptezeci", "optzeci", "nouăzeci")
    written: dict[int | str, str] = {**dict(enumerate(units)), **dict(enumerate(teens, start=10))}
    for ten, name in enumerate(tens, start=2):
        written[10 * ten] = name
        for unit in range(1, 10):
            written[10 * ten + unit] = "|".join(f"{name} și {form}" for form in units[unit].split("|"))
    written[100] = "o sută|una sută"
    for hundred in range(2, 10):
        written[100 * hundred] = "|".join(f"{form} sute" for form in units[hundred].split("|"))
    written[1000] = "o mie|una mie|una mii|unu mii"  # o sută una mii: 101,000
    for thousands in range(2, 20):  # trei mii; douăzeci de mii is read as "de mii" after the number
        written[1000 * thousands] = "|".join(f"{form} mii" for form in str(written[thousands]).split("|")
                                              if form not in ("unu", "una", "un"))
    return {**written, "thousand": "de mii", "ten lakh": "un milion|milion"}


_RO_NUMBERS: Final = _numbers(_romanian_numbers())

#: The Romanian months, in full and abbreviated (ian., febr., mart., oct., noiem.), and after lunii (of the month:
#: începutul lunii mai, the start of May).
_ROMANIAN_MONTHS: Final = ("ianuarie|ian", "februarie|feb|febr", "martie|mar|mart", "aprilie|apr", "mai",
                           "iunie|iun", "iulie|iul", "august|aug", "septembrie|sep|sept", "octombrie|oct",
                           "noiembrie|nov|noiem", "decembrie|dec")

#: Romanian, as the Ministry of National Defence (MApN), the Inspectorate for Emergency Situations, the government
#: and the Romanian and Moldovan press (Agerpres, Digi24, HotNews) write figures and dates: bounds before the number
#: (cel puțin, peste, mai mult de, până la, aproximativ, circa), the vague plurals (zeci, sute, mii, with de: zeci
#: de), number words (douăzeci și unu, două sute, trei mii, douăzeci de mii), ranges (între 10 și 20, de la 10 la
#: 20) and dates day first without a full stop after the day (pe 12 mai 2024); ș and ț with the comma or the
#: cedilla, ă, â, î, ș and ț also typed without their marks.
_ROMANIAN: Final = _language(
    {
        **dict.fromkeys(("cel puțin", "minimum", "măcar", "nu mai puțin de"), "at least"),
        **dict.fromkeys(("peste", "mai mult de", "mai mult decât", "mai bine de", "mai mulți de", "mai multe de"),
                        "more than"),
        **dict.fromkeys(("până la", "cel mult", "maximum", "nu mai mult de"), "up to"),
        **dict.fromkeys(("mai puțin de", "sub", "mai puțin decât"), "fewer than"),
        **dict.fromkeys(("aproximativ", "circa", "în jur de", "cam", "vreo", "aproape de", "undeva la"),
                        "approximately"),
        "aproape": "nearly",
        **dict.fromkeys(("puțin peste", "ceva peste", "ceva mai mult de"), "just over"),
        **dict.fromkeys(("puțin sub", "ceva sub", "ceva mai puțin de"), "just under"),
        **dict.fromkeys(("sau mai mult", "sau mai mulți", "sau mai multe", "și mai mult"), "or more"),
        # or: ori; sau alone is the Vietnamese sáu (six) once the marks are gone, and is read only in sau mai mult
        "ori": "or",
        **dict.fromkeys(("mai mulți", "mai multe", "câțiva", "câteva"), "several"),
        **dict.fromkeys(("mulți", "multe", "numeroși", "numeroase"), "many"),
        **dict.fromkeys(("zeci", "zeci de"), "tens"),
        **dict.fromkeys(("sute", "sute de"), "hundreds"),
        **dict.fromkeys(("mii", "mii de"), "thousands"),
        **dict.fromkeys(("zeci de mii", "zeci de mii de"), "tens of thousands"),
        **dict.fromkeys(("sute de mii", "sute de mii de"), "hundreds of thousands"),
        **dict.fromkeys(("câteva zeci", "câteva zeci de"), "a few tens"),
        **dict.fromkeys(("mai multe zeci", "mai multe zeci de"), "several tens"),
        **dict.fromkeys(("câteva sute", "câteva sute de"), "a few hundred"),
        **dict.fromkeys(("mai multe sute", "mai multe sute de"), "several hundred"),
        **dict.fromkeys(("câteva mii", "câteva mii de"), "a few thousand"),
        **dict.fromkeys(("mai multe mii", "mai multe mii de"), "several thousand"),
        **dict.fromkeys(("o duzină", "o duzina"), "a dozen"),
        "nimeni": "nobody",
        **dict.fromkeys(("niciun", "nicio", "niciunul", "niciuna"), "none"),
        **dict.fromkeys(("fără victime", "nicio victimă"), "no casualties"),
    },
    {
        **_months(*_ROMANIAN_MONTHS),
        # la începutul lunii mai, începutul lui mai: at the start of (the month of) May
        **{f"{at}{part} {of}": english for at in ("", "la ", "în ")
           for part, english in (("începutul", "early"), ("mijlocul", "mid"), ("jumătatea", "mid"),
                                 ("sfârșitul", "late"), ("finele", "late"))
           for of in ("lunii", "lui")},
        **dict.fromkeys(("din", "de la"), "from"),
        **dict.fromkeys(("până la", "până pe", "până în"), "to"),
        "între": "between",
        "și": "and",
        # în noaptea de 13 spre 14 mai: the night between two days; în noaptea spre 14 mai: into the 14th
        **dict.fromkeys(("în noaptea de", "noaptea de"), "night of"),
        "spre": "to",
        **dict.fromkeys(("în noaptea spre", "noaptea spre"), _NIGHT_INTO_WORDS),
        # left out: on (pe 12 mai), in (în mai 2024, în luna mai), on the date of (la data de), the year (anul)
        **dict.fromkeys(("pe", "în", "luna", "în luna", "la data de", "data de", "anul", "în anul"), ""),
    },
    numbers=_RO_NUMBERS,
    ranges=[("între", "și"), ("de la", "la"), ("de la", "până la")],
    # The letters of the Slavic languages, German, Turkish and Kurmanji that Romanian never writes (ş and ţ, with
    # the cedilla, are Romanian too).
    unwritten="ąćęłńśźżčšžěřůťďňđçêûôäöüßàèìòù",
    name="Romanian",
    # Romanian writes no full stop after a day's digits: 12 mai 2024
    day_stop=False,
    # cel puțin 12, posibil 20; 12, poate chiar mai mulți
    hedges=_hedges({
        **dict.fromkeys(_hedge_forms(("", "și ", "sau ", "dar ", "iar "), ("posibil", "poate", "probabil",
                                                                       "eventual"), ("", " chiar")), "possibly"),
        **dict.fromkeys(("dacă nu", "sau chiar", "ori chiar", "chiar"), "if not"),
    }, ("mai mult", "mai mulți", "mai multe", "chiar mai mulți", "chiar mai multe", "mult mai mulți",
        "mult mai multe")),
)


#: The languages tried, in turn, on a text no English form reads.
_LANGUAGES: Final = (_RUSSIAN, _UKRAINIAN, _FRENCH, _SPANISH, _PORTUGUESE, _ARABIC, _ARMENIAN, _AZERBAIJANI, _TURKISH,
                     _BCS, _URDU, _HINDI, _AMHARIC, _TIGRINYA, _HAUSA, _SOMALI, _GEORGIAN, _HEBREW, _PERSIAN,
                     _PASHTO, _BURMESE, _THAI, _KHMER, _SORANI, _SWAHILI, _KINYARWANDA, _HAITIAN_CREOLE,
                     _INDONESIAN, _KURMANJI,
                     _TAMIL, _SINHALA, _BENGALI, _VIETNAMESE, _FILIPINO, _GREEK, _ALBANIAN, _KYRGYZ, _TAJIK, _POLISH,
                     _CZECH, _GERMAN, _ITALIAN, _ROMANIAN)

#: The letters of each language's date words and day endings (`_foreign_date`): a text with another letter is no
#: date of the language, unless the language puts the text in order first (`_Language`'s ``date_order``).
_DATE_LETTERS: Final[Mapping[str, frozenset[str]]] = MappingProxyType({
    language.name: frozenset(char for phrase in (*language.dates.english, language.day_ending.pattern
                                                  if language.day_ending else "")
                             for char in _plain_letters(phrase) if char.isalpha())
    for language in _LANGUAGES
})

#: The names of the months as dates write them, one word each, with the month's number (`month_number`): the
#: English names and those of each language's date table (Março, Julio, Mai, Січня, марта), folded as the phrases
#: are; no abbreviation with a full stop (``янв.``) and no case ending written after a hyphen (Kyrgyz ``-мартта``).
_MONTH_WORDS: Final[Mapping[str, int]] = MappingProxyType({
    **{phrase: _MONTHS[english] for language in _LANGUAGES for phrase, english in language.dates.english.items()
       if english in _MONTHS and english == _MONTH_NAMES[_MONTHS[english] - 1].casefold()
       and " " not in phrase and not phrase.endswith(".") and not phrase.startswith("-")},
    **{name.casefold(): number for number, name in enumerate(_MONTH_NAMES, start=1)},
})


def month_number(word: str) -> int | None:
    """The month (1-12) that ``word`` names in English or in a language whose dates are read (`_LANGUAGES`), in a
    form its dates use (``Março`` 3, ``Julio`` 7, ``Mai`` 5, ``Січня`` 1), or None. A place named by a date (*24 de
    Março*, *Площа 9 Січня*) is read with it (`reconcile.places.mentions`)."""
    return _MONTH_WORDS.get(_plain_letters(_fold(word)))


#: ``about N`` after a bound word: an N-noun (``une dizaine``, ``десятка``) counted exactly under a bound.
_BOUND_ABOUT: Final = re.compile(r"(?P<bound>.+) about (?P<number>[0-9]+)")
_BOUND_WORDS_SET: Final = frozenset(word for word, _ in _PREFIXES)
#: A noun of about N with a bound word after it, once in English: ``une vingtaine au moins`` is ``about 20 at least``.
_ABOUT_BOUND: Final = re.compile(r"about (?P<number>[0-9]+)(?P<suffix> .+)")
_SUFFIX_RULES: Final[Mapping[str, _Rule]] = MappingProxyType(dict(_SUFFIXES))


def _noun_of_about(english: str) -> str:
    """A noun of about N as a bound before it reads it (`_BOUND_ABOUT`: ``more than about 10`` is ``more than 10``)
    or after it (`_ABOUT_BOUND`: ``about 20 at least`` is ``20 at least``, as ``a dozen at least`` is 12 or more;
    ``about 100 approximately``, ``une centaine environ``, stays about 100); else ``english`` as it is."""
    if (bounded := _BOUND_ABOUT.fullmatch(english)) and bounded["bound"] in _BOUND_WORDS_SET:
        return f"{bounded['bound']} {bounded['number']}"
    if (suffixed := _ABOUT_BOUND.fullmatch(english)) and (rule := _SUFFIX_RULES.get(suffixed["suffix"])):
        return f"about {suffixed['number']}" if rule is _about else f"{suffixed['number']}{suffixed['suffix']}"
    return english


def _count_words(text: str, phrases: _Phrases) -> str | None:
    """``text`` in English words (`_in_english`), the words of a hundred or a thousand that may stand alone counted
    (`_counted_alone`); None where a word is no phrase."""
    english = _in_english(text, phrases)
    return _counted_alone(english) if english else english


def _after_bounds(text: str, language: _Language) -> Iterator[str]:
    """``text`` as the English bound and number where a bound of ``language`` follows the number (``20-dən çox``,
    ``yirmiden fazla``), for each such bound it ends with."""
    for before, ending, bound in language.after:
        fits = len(text) > len(before) + len(ending) and text.startswith(before) and text.endswith(ending)
        number = text[len(before) : len(text) - len(ending)].strip() if fits else ""
        # A case ending joins a number in words (yirmiden); digits take a hyphen or an apostrophe (20'den, 20-dən).
        joined_to_digits = ending[:1].isalpha() and number[-1:].isdigit()
        if number and not joined_to_digits and (head := _count_words(number, language.counts)):
            yield f"{bound} {head}"


def _range_in_english(text: str, language: _Language, value: str) -> str | None:
    """``text`` as the English ``from A to B`` where it is a range of ``language`` (``от двух до пяти``); None if it
    is none.

    Number words hold the separators of ranges (``entre vingt et un et trente``, ``بين خمسة وعشرين وثلاثين``), so the
    text is split at each separator in turn, and the ends that read as numbers are kept. Where two splits give
    different numbers (``entre cinquenta e dois mil e um``: 50 to 2,001, or 52,000 to 1) the text is refused: which
    the source meant is not for reconcile to guess.
    """
    readings: dict[tuple[int, int], str] = {}
    for low, high in _range_ends(text, language):
        # "from A to B": number words in English hold "and", never "to"
        if (pair := _range(f"{low} to {high}", " to ")) is not None:
            readings.setdefault(pair, f"from {low} to {high}")
    if len(readings) > 1:
        shown = "; ".join(f"{low} to {high}" for low, high in readings)
        raise NormalizeError(f"cannot read a count from {value!r}: its number words make more than one range "
                             f"({shown}); write the figures in digits")
    return next(iter(readings.values()), None)


def _range_ends(text: str, language: _Language) -> Iterator[tuple[str, str]]:
    """The two ends of ``text`` in English words, split at each separator of a range of ``language`` in turn, where
    both ends are its words (`_range_in_english` keeps those that read as numbers)."""
    for lead, separator, close in language.ranges:
        if not (text.startswith(lead) and text.endswith(close)) or len(text) <= len(lead) + len(close):
            continue
        rest = text[len(lead) : len(text) - len(close)]
        for match in separator.finditer(rest):
            low = _count_words(rest[: match.start()], language.ends)
            high = _count_words(rest[match.end() :], language.ends)
            if low and high:
                yield low, high


#: An Ethiopic letter joined to the digits after it, as Amharic joins ከ (from, than) to a number: ``ከ100``.
_ETHIOPIC_BEFORE_DIGITS: Final = re.compile(r"(?<=[\u1200-\u137f])(?=[0-9])")


def _foreign_count(folded: str, value: str) -> Count | None:
    """The count ``folded`` gives in one of `_LANGUAGES`, read by the English rules; None if it is in none.

    Each language in turn (`_count_in`); the first that reads the text decides, with its count or its error. A noun
    of about N after a bound (``более десятка``) is N exactly, as ``more than a dozen`` is.
    """
    for language in _LANGUAGES:
        if (count := _count_in(language, folded, value)) is not None:
            return count
    return None


def _count_in(language: _Language, folded: str, value: str) -> Count | None:
    """The count ``folded`` gives in ``language``, read by the English rules; None if it is none of its counts.

    A bound after the number (`_after_bounds`), a range (`_range_in_english`), the words as they stand; the first
    the English rules read decides, with its count or its error (a range that runs backwards). A text that is one
    phrase of the language as a whole is read as that phrase first: the Armenian ``տասնյակից ավելի`` is more than
    one ten, where its bound after the noun would read the noun alone (``տասնյակ``, tens)."""
    text = _language_text(language, folded)
    if text is None:
        return None
    whole = language.counts.english.get(text.strip())
    readings = [_noun_of_about(whole)] if whole else []
    readings += _after_bounds(text, language)
    if (ranged := _range_in_english(text, language, value)) is not None:
        readings.append(ranged)
    elif (about := _about_range_in(text, language, value)) is not None:
        readings.append(about)
    if english := _count_words(text, language.counts):
        readings.append(_noun_of_about(english))
    for english in readings:
        if _ending_as_range(text, english):
            continue
        if (count := _english_count(english, value)) is not None:
            return count
    return None


#: Digits joined by a hyphen to the letters after them: a case or possessive ending on a figure, as Azerbaijani,
#: Turkish and Armenian write it (``192-si``, ``192-ün``, ``192-ին``), which another language's table may read as a
#: number word (Kurmanji ``sî``, thirty; French ``un``; Armenian ``ին``, nine).
_DIGITS_JOINED_TO_WORD: Final = re.compile(r"[0-9]-[^\W\d_]")
#: The words after the last digits of an English reading: where they hold letters, its last number is a word.
_AFTER_LAST_DIGITS: Final = re.compile(r"[0-9](?P<after>[^0-9]*)$")


def _ending_as_range(text: str, english: str) -> bool:
    """Whether ``english`` reads ``text``, where a word is joined to digits by a hyphen (`_DIGITS_JOINED_TO_WORD`), as
    a range whose second number, a word, is below the first (``192-si`` as 192 to 30): an ending mistaken for a
    number word, which is no range of the language, so that the text gets the general message and not one of a
    range that runs backwards. A range whose second number is in digits (``20-дан 10-го чейин``) is none."""
    after = _AFTER_LAST_DIGITS.search(english)
    if not _DIGITS_JOINED_TO_WORD.search(text) or after is None or not any(map(str.isalpha, after["after"])):
        return False
    pair = _range_pair(english)
    return pair is not None and pair[1] < pair[0]


#: The English words of about N (`_about`), which before a range add nothing to it (`_english_count`).
_ABOUT_WORDS: Final = frozenset(word for rule, words in _BOUND_WORDS if rule is _about for word in words)


def _about_range_in(text: str, language: _Language, value: str) -> str | None:
    """``text`` as English ``about from A to B`` where a word of about N of ``language`` stands before one of its
    ranges whose words mean other things alone (``примерно от 150 до 200``, ``დაახლოებით 150-დან 200-მდე``), which
    the English rules read as the range; None if it is none. Ranges the English rules read (``около 150-200``) need
    no such help: their words are English once the language's are."""
    lead = language.counts.pattern.match(text)
    if lead is None or language.counts.english[lead[0]] not in _ABOUT_WORDS or text[lead.end() : lead.end() + 1] != " ":
        return None
    ranged = _range_in_english(text[lead.end() + 1 :], language, value)
    return None if ranged is None else f"about {ranged}"


def _language_text(language: _Language, folded: str) -> str | None:
    """``folded`` as the phrases of ``language`` are compared (`_plain_letters`, its words apart where it writes
    them together: `_Language`'s ``count_words``); None where it holds a letter the language never writes."""
    if not language.unwritten.isdisjoint(folded):
        return None
    plain = _ETHIOPIC_BEFORE_DIGITS.sub(" ", _plain_letters(folded))
    return language.count_words(plain) if language.count_words else plain


# --------------------------------------------------------------------------------------------------------------
# Hedged figures
# --------------------------------------------------------------------------------------------------------------

#: The English words of a possibility that hedge a figure (``12, possibly 15``), each also after "and", "or" or "but"
#: and before "even" (``and possibly even more``).
_POSSIBLY: Final = ("possibly", "perhaps", "maybe", "probably", "likely", "potentially")
#: Other reports cited as the hedge: ``15, with some reports saying 20``, ``12, reports of up to 20``.
_OTHER_REPORTS: Final = (
    *_hedge_forms(("", "with "), (f"{which}reports" for which in ("", "some ", "other ", "several ", "local ",
                                                                  "unconfirmed ")),
                  (" saying", " say", " said", " suggesting", " suggest", " of", " putting the toll at",
                   " putting it at", " putting the number at")),
    "according to some reports", "according to other reports", "by some accounts", "by other accounts",
)
_ENGLISH_HEDGES: Final = _hedges(
    {
        **dict.fromkeys(_hedge_forms(("", "and ", "or ", "but "), _POSSIBLY, ("", " even")), "possibly"),
        **dict.fromkeys(("if not", "or even", "and even"), "if not"),
        **dict.fromkeys(_OTHER_REPORTS, "with reports of"),
    },
    ("more", "many more", "even more", "far more", "much more", "more than that", "higher", "even higher",
     "much higher", "far higher"),
)
#: A confirmed figure and a larger reported one, as casualty recorders keep them apart: ``12 confirmed, up to 20
#: reported``; the confirmed figure is the one asserted, the reported one the one allowed.
_CONFIRMED_REPORTED: Final = re.compile(
    r"(?P<firm>.+?) (?:confirmed|verified)(?:,|;| -)?(?: and| but)? (?P<allowed>.+?) (?:reported|claimed)"
)
#: The punctuation between an asserted figure and the hedge words: ``12, possibly 15``, ``12 - and possibly 15``.
_HEDGE_SEPARATORS: Final = (",", ";", "-")


def _english_part(text: str) -> Count | None:
    """The count of one part of an English hedged figure, read as a whole English count is (`_english_count`)."""
    return _english_count(text, text)


def _hedge_readers(folded: str) -> Iterator[tuple[str, _Hedges, Callable[[str], Count | None]]]:
    """``folded`` as each language with hedge words compares it, with those words and the reader of its parts:
    English first (`_english_count`), then `_LANGUAGES` (`_count_in`), as whole counts are tried."""
    yield folded, _ENGLISH_HEDGES, _english_part
    for language in _LANGUAGES:
        if language.hedges is not None and (text := _language_text(language, folded)) is not None:
            yield text, language.hedges, functools.partial(_part_in, language)


def _part_in(language: _Language, text: str) -> Count | None:
    """The count of one part of a hedged figure of ``language``, read as its whole counts are (`_count_in`)."""
    return _count_in(language, text, text)


def _hedge_splits(text: str, hedges: _Hedges) -> Iterator[tuple[str, str, str]]:
    """(the asserted figure, the hedge words, the allowed figure) at each of ``hedges``'s leads in ``text`` that has
    words on both sides, a comma, semicolon or dash before the lead and a comma after it left out (Russian writes
    ``а возможно, и 20``)."""
    for found in hedges.leads.pattern.finditer(text):
        firm = text[: found.start()].rstrip()
        firm = firm[:-1].rstrip() if firm.endswith(_HEDGE_SEPARATORS) else firm
        allowed = text[found.end() :].lstrip(" ,")
        if firm and allowed and text[found.start() - 1 : found.start()] == " ":
            yield firm, found[0], allowed


def _part(read: Callable[[str], Count | None], text: str, value: str) -> Count | None:
    """``read(text)``, its error named as one of the hedged figure ``value``."""
    try:
        return read(text)
    except NormalizeError as error:
        raise NormalizeError(f"in the hedged figure {value!r}: {error}") from None


def _hedged(firm: Count, allowed: Count | None, lead: str, value: str) -> Count:
    """The interval of a figure ``firm`` the source asserts and ``allowed`` it allows after ``lead`` (None: "more"):
    the asserted low end and the allowed high end, open where ``allowed`` is; the allowed figure never lowers the
    low end.

    NormalizeError where the allowed figure lies below the asserted one (its high end below the asserted high end,
    or below the low end of an open one: ``at least 12, possibly 20`` is 12 to 20, ``20, possibly 15`` runs
    backwards), or where the hedge lifts the ceiling of a figure with no floor (``up to 20, possibly more``):
    nothing would be left of the figure but 0 or more."""
    if allowed is None:
        high = None
    else:
        high = allowed.high
        reach = firm.low if firm.high is None else firm.high
        if (high is not None and high < reach) or (high is None and firm.high is None and allowed.low < firm.low):
            raise NormalizeError(f"hedged figure {value!r} runs backwards: the figure it allows ({allowed.text!r}) "
                                 f"is below the one it asserts ({firm.text!r}); expected the larger figure after "
                                 f"{lead!r}")
    if firm.low == 0 and high is None:
        raise NormalizeError(f"cannot read a count from {value!r}: {lead!r} lifts the ceiling of {firm.text!r}, its "
                             f"only bound, which leaves no figure (0 or more); write {firm.text!r} and keep the "
                             "source's words in the quote, or your own reading in the mapping form")
    return _checked(firm.low, high, value)


def _hedged_count(folded: str, value: str) -> Count | None:
    """The count of a hedged figure: a figure the source asserts, hedge words and a larger figure it allows, or
    more (``at least 12, possibly as many as 20``: 12 to 20; ``12, perhaps more``: 12 or more; ``dozens, possibly
    hundreds``: 24 or more; ``au moins 12, peut-être 20``; ``12 confirmed, up to 20 reported``); None where
    ``folded`` is none.

    The interval covers what the source asserts and what it allows (`_hedged`). The hedge may stand in brackets
    (``12 (possibly 20)``). Each part is read alone, both in English (`_ENGLISH_HEDGES`) or both in one language of
    `_LANGUAGES` with its hedge words (`_Language`'s ``hedges``), by that language's reader; a part that breaks a
    rule of its own (a figure too large) is an error that names the hedged figure."""
    texts = [folded]
    if bracketed := _BRACKETED.fullmatch(folded):
        texts.append(f"{bracketed['number']}, {bracketed['word']}")
    for text in texts:
        if reported := _CONFIRMED_REPORTED.fullmatch(text):
            firm = _part(_english_part, reported["firm"], value)
            allowed = _part(_english_part, reported["allowed"], value)
            if firm is not None and allowed is not None:
                return _hedged(firm, allowed, "reported", value)
        for plain, hedges, read in _hedge_readers(text):
            for firm_text, lead, allowed_text in _hedge_splits(plain, hedges):
                if (firm := _part(read, firm_text, value)) is None:
                    continue
                if allowed_text in hedges.more:
                    return _hedged(firm, None, lead, value)
                if (allowed := _part(read, allowed_text, value)) is not None:
                    return _hedged(firm, allowed, lead, value)
    return None


#: A date written year first once in English words: ``2022 june 3``.
_YEAR_FIRST: Final = re.compile(r"(?P<y>[0-9]{4}) (?P<rest>.*[a-z].*)")


#: A digit and a letter after it, in a date: ``1er``, ``2022г.``, ``2022م`` are a number and a word.
_DIGIT_LETTER: Final = re.compile(r"(?<=[0-9])(?=[^\W\d_])")


#: A month named twice, by two month systems, after a slash or in brackets: Arabic حزيران/يونيو, حزيران (يونيو),
#: once in English words.
_SAME_MONTH: Final = re.compile(
    rf"(?<![a-z])(?P<m>{'|'.join(name.casefold() for name in _MONTH_NAMES)}) (?:/ (?P=m)|\( (?P=m) \))(?![a-z])"
)


#: The sign of an ordinal after a day, as Portuguese and Spanish write the first of a month (``1º de junho``, ``1.º de
#: junio``; ``º`` is ``o`` once folded) and as it is often typed (``1°``): left out.
_ORDINAL_SIGN: Final = re.compile(r"(?<=[0-9])\.?(?:°|o(?![^\W\d_]))")


def _foreign_date(folded: str, value: str) -> DateSpan | None:
    """The span ``folded`` gives in `_LANGUAGES`, read by the English rules; None if it is in none of them.

    Every language is tried, as a month word may name one month in one language and another in another (``15
    listopada 2022``: 15 October in Croatian, 15 November in Polish). Where the languages that read the text give
    different days, or one gives a day and another none (an impossible day), the text settles it only where it
    writes a full stop after a day's digits, which Polish never does (`_Language`'s ``day_stop``: ``15. listopada
    2022.`` is Croatian), or where a word is of one language only (``15 listopada 2022 r.``, ``roku``: Polish; the
    text must be all of a language's words to read in it); else it is refused with the readings
    (`_languages_disagree`), as a date in digits is refused with its two orders.
    """
    unsigned = _ORDINAL_SIGN.sub("", _plain_letters(folded))
    plain = _DIGIT_LETTER.sub(" ", unsigned)
    letters = {char for char in unsigned if char.isalpha()}
    readings: list[tuple[_Language, DateSpan | NormalizeError]] = []
    for language in _LANGUAGES:
        if language.date_order is None and not letters <= _DATE_LETTERS[language.name]:
            continue  # a letter no word of its dates holds: no date of it
        try:
            span = _date_in(language, unsigned, plain, folded, value)
        except NormalizeError as error:
            readings.append((language, error))
        else:
            if span is not None:
                readings.append((language, span))
    if readings and _ORDINAL_DOT.search(" ".join(_fold(value).split())):  # a day or a year with a full stop
        readings = [reading for reading in readings if reading[0].day_stop is not False] or readings
    if not readings:
        return None
    first = readings[0][1]
    if all(reading == first for _, reading in readings[1:]) or all(
            isinstance(reading, NormalizeError) for _, reading in readings):
        if isinstance(first, NormalizeError):
            raise first
        return first
    raise _languages_disagree(readings, value)


def _date_in(language: _Language, unsigned: str, plain: str, folded: str, value: str) -> DateSpan | None:
    """The span the text gives in ``language`` (`_foreign_date`: ``unsigned`` without the ordinal signs, ``plain``
    also with a digit and a letter after it apart), read by the English rules; None if it is none of its dates."""
    if not language.unwritten.isdisjoint(folded):
        return None
    ending, order = language.day_ending, language.date_order
    text = order(unsigned) if order else unsigned
    english = _in_english(_DIGIT_LETTER.sub(" ", ending.sub("", text)) if ending else
                          plain if text is unsigned else _DIGIT_LETTER.sub(" ", text), language.dates)
    if not english:
        return None
    english = _SAME_MONTH.sub(r"\g<m>", english)
    if language.year_first and (year_first := _YEAR_FIRST.fullmatch(english)):
        english = f"{year_first['rest']} {year_first['y']}"
    if span := _single(english, value) or _english_range(english, value) or _night(english, value):
        return span
    if (into := _NIGHT_INTO.fullmatch(english)) and (day := _single(into["day"], value)) and day.precision == "day":
        return _span(day.start - dt.timedelta(days=1), day.end, "range", value)
    return None


class _LanguagesDisagree(NormalizeError):
    """A date whose words read as different days in different languages (`_languages_disagree`); ``readings`` are
    the days, each with the names of the languages it is read in, which a day of the week before the date may settle
    (`_weekday_date`)."""

    def __init__(self, message: str, readings: Sequence[tuple[DateSpan, frozenset[str]]]) -> None:
        super().__init__(message)
        self.readings: Final = tuple(readings)


def _languages_disagree(readings: Sequence[tuple[_Language, DateSpan | NormalizeError]],
                        value: str) -> _LanguagesDisagree:
    """The refusal of a date that reads as different days in different languages, each reading named with its
    language and the ISO form to write, as `_numeric_date` names the two orders of a date in digits: ``15 October
    2022 in Bosnian/Croatian/Serbian or 15 November 2022 in Polish? write 2022-10-15 or 2022-11-15``. A language in
    which it is no day (``31 listopada``: no 31 November) is named as such."""
    days: dict[DateSpan, list[str]] = {}
    nowhere: list[str] = []
    for language, reading in readings:
        if isinstance(reading, NormalizeError):
            nowhere.append(language.name)
        else:
            days.setdefault(reading, []).append(language.name)
    named = [f"{_spoken(span)} in {' and '.join(names)}" for span, names in days.items()]
    why = f"cannot read a date from {value!r}: its words are of several languages and name different days"
    if len(days) == 1:
        message = (f"{why}: {named[0]}, no day in {' and '.join(nowhere)}: check that it is the day meant and write "
                   f"{format_date(next(iter(days)))}")
    else:
        message = (f"{why}: {' or '.join(named)}? write {' or '.join(map(format_date, days))}, as the source meant")
    return _LanguagesDisagree(message, tuple((span, frozenset(names)) for span, names in days.items()))


def _spoken(span: DateSpan) -> str:
    """A span in English words, as messages name it: ``15 November 2022``, ``November 2022``, or its ISO form."""
    start = span.start
    if span.precision == "day" and start == span.end:
        return f"{start.day} {_MONTH_NAMES[start.month - 1]} {start.year}"
    if span.precision == "month":
        return f"{_MONTH_NAMES[start.month - 1]} {start.year}"
    return format_date(span)


# --------------------------------------------------------------------------------------------------------------
# Chinese
# --------------------------------------------------------------------------------------------------------------

#: A character of the Han script (the unified ideographs and their first extension, and ``〇``, the zero of dates).
_HAN: Final = re.compile("[\u3007\u3400-\u4dbf\u4e00-\u9fff]")

#: Traditional characters of Chinese counts and dates, as Taiwan and Hong Kong write them, read as the simplified
#: ones the tables hold (``約35人`` is ``约35人``, ``二十餘`` ``二十余``); both mean the same, character by character.
_TRADITIONAL: Final = str.maketrans(
    "約餘個兩萬數幾傷無於過將億來間週禮號國紀當員連許眾頂隻",
    "约余个两万数几伤无于过将亿来间周礼号国纪当员连许众顶只",
)

#: The Chinese digits (``两`` is 2 before a measure word or a unit; ``〇`` and ``零`` are 0).
_HAN_DIGITS: Final[Mapping[str, int]] = MappingProxyType({
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
})  # fmt: skip
#: The Chinese units within ten thousand, and the units of ten thousand (``万``) and of a hundred million (``亿``).
_HAN_UNITS: Final[Mapping[str, int]] = MappingProxyType({"十": 10, "百": 100, "千": 1000})
_HAN_GROUPS: Final[Mapping[str, int]] = MappingProxyType({"万": 10_000, "亿": 100_000_000})
_HAN_NUMERAL: Final = "〇零一二两三四五六七八九十百千万亿"
#: Digits, a decimal fraction among them, before ``万`` or ``亿``: ``2万``, ``1.5万``.
_DIGITS_GROUPED: Final = re.compile("([0-9]+(?:\\.[0-9]+)?)([万亿])")


def _han_number(text: str) -> int | None:
    """The number ``text`` is in Chinese numerals (``四`` 4, ``十五`` 15, ``二十`` 20, ``一百零五`` 105, ``两千`` 2,000,
    ``三万五千`` 35,000) or in digits with ``万`` or ``亿`` after them, as Chinese writes large figures (``2万``,
    ``1.5万``); None where it is no number (``五四``, ``十十``, ``万``), and where speech has shortened it by the
    last unit (``一百五`` for 150, ``三万五`` for 35,000): written figures give the unit, and it is not guessed."""
    if digits := _DIGITS_GROUPED.fullmatch(text):
        value = Fraction(digits[1]) * _HAN_GROUPS[digits[2]]
        return int(value) if value.denominator == 1 else None
    if text in ("零", "〇"):
        return 0
    if text in ("百", "千", "万"):  # a unit alone is one of it: 近百, nearly a hundred
        return _HAN_UNITS.get(text) or _HAN_GROUPS[text]
    if not text or any(char not in _HAN_NUMERAL for char in text):
        return None
    total, section, digit, last_unit, last_group, zero = 0, 0, None, 10_000, 10**12, False
    for char in text:
        if char in _HAN_DIGITS:
            if digit is not None:  # two digits in a row make no number (五四, 五零)
                return None
            if _HAN_DIGITS[char] == 0:  # a zero stands for the units left out (一百零五)
                zero = True
            else:
                digit = _HAN_DIGITS[char]
        elif char in _HAN_UNITS:
            unit = _HAN_UNITS[char]
            if unit >= last_unit:  # units fall within a group: 十百 is no number
                return None
            if digit is None:  # only 十 stands without its digit, first: 十五
                if char != "十" or section or total or zero:
                    return None
                digit = 1
            section += digit * unit
            digit, last_unit, zero = None, unit, False
        else:
            group = _HAN_GROUPS[char]
            section += digit or 0
            if group >= last_group or section == 0:
                return None
            total += section * group
            section, digit, last_unit, last_group, zero = 0, None, 10_000, group, False
    if digit is not None:
        if not zero and (last_unit not in (10, 10_000) or (total and not section and last_unit == 10_000)):
            return None
        section += digit
    return total + section


def _han_amount(text: str) -> int | None:
    """A number in digits (``20``, ``1,200``) or Chinese numerals (`_han_number`)."""
    return _number(text) if text.isascii() else _han_number(text)


#: The measure words of people after a count (``四名``, ``20人``, ``三位``, ``五个``): a Chinese count takes one
#: before its noun, and with it the count stands alone for the people counted (``四名``: four of them). A noun
#: after it (``三名官兵``, three officers and men) is refused, as ``3 soldiers`` is.
_HAN_MEASURES: Final = "名人位个员具"

#: Whole Chinese phrases of the vague table: none, casualties, several, many, tens, hundreds, thousands.
_HAN_VAGUE: Final[Mapping[str, str]] = MappingProxyType({
    "无": "none", "没有": "none", "无人": "none", "没有人": "none", "零伤亡": "none", "无伤亡": "none",
    "无人员伤亡": "none", "没有人员伤亡": "none", "未造成人员伤亡": "none", "没有造成人员伤亡": "none",
    "无人伤亡": "none", "重大伤亡": "heavy casualties", "惨重伤亡": "heavy casualties", "严重伤亡": "heavy casualties",
    "重大人员伤亡": "heavy casualties", "伤亡惨重": "heavy casualties",
    "伤亡": "casualties", "人员伤亡": "casualties", "死伤": "casualties", "造成人员伤亡": "casualties",
    "有伤亡": "casualties", "有人员伤亡": "casualties", "数": "several", "几": "several", "多": "a number of",
    "若干": "a number of", "一些": "some", "大量": "many", "大批": "many", "众多": "many", "许多": "many",
    "很多": "many", "不少": "many", "数以十计": "tens", "数以百计": "hundreds", "数以千计": "thousands",
    "数以万计": "tens of thousands", "成百上千": "hundreds", "上百": "hundreds", "上千": "thousands",
    "上万": "tens of thousands",
})  # fmt: skip

#: Chinese bounds before the number: at least, more than, up to, fewer than, about, nearly.
_HAN_BEFORE: Final[tuple[tuple[str, _Rule], ...]] = tuple(sorted((
    *((word, _at_least) for word in ("至少", "最少", "起码", "不少于", "不下于", "不下", "不低于")),
    *((word, _more_than) for word in ("超过", "逾", "多于", "高于", "超")),
    *((word, _up_to) for word in ("最多", "至多", "不超过", "不多于", "多达", "高达")),
    *((word, _fewer_than) for word in ("少于", "不到", "不足", "低于", "未满")),
    *((word, _about) for word in ("约", "大约", "约有", "大概", "大致", "估计", "据估计", "约莫")),
    *((word, _nearly) for word in ("近", "将近", "接近", "几乎", "近乎", "差不多")),
), key=lambda item: -len(item[0])))

#: Chinese bounds after the number: ``左右`` and ``上下`` about N, ``以上`` N or more and ``以下`` up to N (both with
#: N, as Chinese law and statistics count them), ``来`` about N.
_HAN_AFTER: Final[Mapping[str, _Rule]] = MappingProxyType({
    "左右": _about, "上下": _about, "来": _about, "以上": _at_least, "以下": _up_to, "有余": _more_than,
})

#: Two digits that follow each other, a loose range (``两三`` two or three, ``三四十`` thirty or forty), and
#: ``三五``, three to five; a unit after them counts both.
_HAN_PAIR: Final = re.compile(
    "(?P<a>一|两|二|三|四|五|六|七|八|九)(?P<b>两|二|三|四|五|六|七|八|九)(?P<unit>[十百千万]?)")


def _han_pair(text: str) -> tuple[int, int] | None:
    """The loose range of two neighbouring digits (`_HAN_PAIR`): ``两三`` 2 to 3, ``二三十`` 20 to 30; None else."""
    if not (found := _HAN_PAIR.fullmatch(text)):
        return None
    low, high = _HAN_DIGITS[found["a"]], _HAN_DIGITS[found["b"]]
    if not (high == low + 1 or (low, high) == (3, 5) or (found["a"], found["b"]) == ("一", "两")):
        return None
    unit = _HAN_UNITS.get(found["unit"]) or _HAN_GROUPS.get(found["unit"]) or 1
    return low * unit, high * unit


def _han_some(text: str) -> tuple[int, int | None] | None:
    """A count with ``余`` or ``多`` (more than, short of the next step: ``二十余`` 21 to 29, ``十余`` 11 to 19,
    ``100多`` 101 to 199), ``几`` after a unit (``十几`` 11 to 19, ``二十几`` 21 to 29), or ``数`` or ``几`` before
    one (``数十`` several tens, 30 to 90; ``几百`` several hundred); None else."""
    if (text.endswith(("余", "多")) and (number := _han_amount(text[:-1])) is not None
            and (odd := _odd(number)) is not None):
        return number + 1, odd[1]
    if text.endswith("几") and len(text) > 1 and text[-2] in "十百千万" and (number := _han_amount(text[:-1])):
        return number + 1, (odd[1] if (odd := _odd(number)) else None)
    if text[:1] in "数几" and len(text) > 1 and (unit := _han_number("一" + text[1:])) is not None and unit >= 10:
        return 3 * unit, 9 * unit
    return None


def _han_plain(text: str) -> tuple[int, int | None] | None:
    """A Chinese count with no bound around it: a number, a loose range (`_han_pair`), a count with ``余``, ``多``
    or ``几`` (`_han_some`), a phrase of `_HAN_VAGUE`, each with or without a measure word after it."""
    for candidate in (text, text[:-1] if text[-1:] in _HAN_MEASURES and len(text) > 1 else None):
        if not candidate:
            continue
        if (number := _han_amount(candidate)) is not None:
            return number, number
        if (pair := _han_pair(candidate)) is not None:
            return pair
        if (some := _han_some(candidate)) is not None:
            return some
        if (phrase := _HAN_VAGUE.get(candidate)) is not None:
            vague = VAGUE[phrase]
            return vague.low, vague.high
    return None


#: The words of a Chinese range: from A to B, A or B, and a dash or tilde.
_HAN_RANGE: Final = re.compile("(?P<a>.+?)(?:至|到|或|-|~)(?P<b>.+)")


def _chinese_count(folded: str, value: str) -> Count | None:
    """The count a Chinese ``folded`` text gives (simplified or traditional characters, Chinese numerals or digits);
    None if it is no Chinese form. Chinese writes no spaces, so the bounds are read as the words before or after the
    number (`_HAN_BEFORE`, `_HAN_AFTER`), and a measure word after it (`_HAN_MEASURES`) is left out."""
    text = folded.translate(_TRADITIONAL).replace(" ", "")
    if text.endswith(tuple(_HAN_MEASURES)) and len(text) > 1 and text[:-1].endswith(tuple(_HAN_AFTER)):
        text = text[:-1]  # 20人左右 and 20左右人 alike
    for word, rule in _HAN_AFTER.items():
        if text.endswith(word) and (plain := _han_plain(text[: -len(word)])) and plain[0] == plain[1]:
            return _checked(*rule(plain[0]), value)
    if (plain := _han_plain(text)) is not None:
        return _checked(*plain, value)
    for word, rule in _HAN_BEFORE:
        if text.startswith(word) and (rest := text[len(word):]) and (plain := _han_plain(rest)) is not None:
            if plain[0] == plain[1]:
                low, high = rule(plain[0])
                if high is not None and high < 0:
                    raise NormalizeError(f"{value!r} leaves no possible count")
                return _checked(low, high, value)
            if rule in (_at_least, _more_than):  # 至少数十名: at least several tens
                return _checked(*rule(plain[0]), value)
    if found := _HAN_RANGE.fullmatch(text):
        right = _han_plain(found["b"])
        left_text = found["a"]
        left = _han_plain(left_text)
        if left is not None and right is not None and left[0] == left[1] and right[0] == right[1]:
            low, high = left[0], right[0]
            # a unit after the second number counts a first number written without one (二至三百, 20至30万)
            unit_text = found["b"].rstrip(_HAN_MEASURES)
            for unit_char, unit in (*_HAN_GROUPS.items(), *_HAN_UNITS.items()):
                if (unit_text.endswith(unit_char) and not any(c in left_text for c in "十百千万亿")
                        and (coefficient := _han_amount(unit_text[:-1])) is not None and low < coefficient):
                    low *= unit
                    break
            return _checked(low, high, value)
    return None


def _chinese_number_hint(value: str) -> str:
    """For the message of a Chinese count no form reads: the count to write where a noun follows one (``三名官兵``:
    write ``三名``), else nothing."""
    text = _fold(value).translate(_TRADITIONAL).replace(" ", "")
    for at in range(len(text) - 1, 0, -1):
        head = text[:at]
        try:
            if _chinese_count(head, head) is not None and head[-1] in _HAN_MEASURES:
                return _together_hint(head, text[at:], text) or (
                    f": {text[at:]!r} after the count is no part of it; write {head!r} and keep the rest in the "
                    "quote")
        except NormalizeError:
            return ""
    return ""


#: The parts of a Chinese day (evening, night, before dawn, morning, noon, afternoon), written after the day: the
#: day they are part of (``6月15日晚``, the evening of 15 June; ``16日凌晨``, the small hours of the 16th).
_HAN_DAY_PARTS: Final = ("晚上", "晚间", "傍晚", "当晚", "深夜", "夜间", "夜里", "凌晨", "清晨", "早晨", "早上", "上午",
                         "中午", "下午", "白天", "当天", "晚", "夜", "早")
_HAN_DAY_PART: Final = re.compile(f"(?<=[日号])(?:{'|'.join(_HAN_DAY_PARTS)})")
#: The words between the ends of a Chinese range of dates: to (``至``, ``到``), a dash or a tilde.
_HAN_DATE_RANGE: Final = re.compile("至|到|-|~")
#: The parts of a Chinese month: ``上旬`` the first ten days, ``中旬`` the middle ten, ``下旬`` the rest; ``初`` and
#: ``月初`` early, ``中`` mid, ``底``, ``末``, ``月底``, ``月末`` late; ``上中旬`` and ``中下旬`` two of them.
_HAN_MONTH_PARTS: Final[Mapping[str, tuple[int, int | None]]] = MappingProxyType({
    "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, None), "上中旬": (1, 20), "中下旬": (11, None), "初": (1, 10),
    "月初": (1, 10), "中": (11, 20), "月中": (11, 20), "底": (21, None), "末": (21, None), "月底": (21, None),
    "月末": (21, None),
})  # fmt: skip
_HAN_WEEKDAYS: Final[Mapping[str, int]] = MappingProxyType(
    {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6})
#: A day of the week, in brackets or not: ``星期一``, ``周一``, ``礼拜一`` (Monday), ``星期日``, ``星期天``.
_HAN_WEEKDAY: Final = re.compile(r"\(?(?:星期|周|礼拜)(?P<w>[一二三四五六日天])\)?")
#: A year written digit by digit in Chinese numerals (``二〇二〇年``, ``二零二〇年``), or a month's or a day's number.
_HAN_DATE_NUMBER: Final = re.compile(f"(?P<n>[{_HAN_NUMERAL}]+)(?P<u>[年月日号])")
#: One end of a Chinese date: year, month, day, part of the month, each but the first left out where the end has
#: no more (``2020年6月15日``, ``2020年6月``, ``2020年6月中旬``, ``16日``, ``7月2日``).
_HAN_DATE_END: Final = re.compile(
    r"(?:(?P<y>[0-9]{4})年)?(?:(?P<m>[0-9]{1,2})月)?(?:(?P<d>[0-9]{1,2})[日号])?"
    f"(?P<part>{'|'.join(sorted(_HAN_MONTH_PARTS, key=len, reverse=True))})?"
)
#: The calendar of the Republic of China (Minguo), which Taiwan dates by: year 1 is 1912.
_MINGUO: Final = re.compile(r"(?:中华)?民国(?:纪元)?(?P<y>[0-9]{1,3}|[〇零一二三四五六七八九十百]+)年")


def _han_date_numbers(text: str) -> str:
    """``text`` with the Chinese numerals of its year, month and day as digits: ``二〇二〇年六月十五日`` is
    ``2020年6月15日``; a year is read digit by digit, a month or a day as a number."""
    def digits(found: re.Match[str]) -> str:
        numerals = found["n"]
        if found["u"] == "年" and len(numerals) >= 2 and all(char in _HAN_DIGITS for char in numerals):
            return "".join(str(_HAN_DIGITS[char]) for char in numerals) + "年"
        number = _han_number(numerals)
        return found[0] if number is None else f"{number}{found['u']}"
    return _HAN_DATE_NUMBER.sub(digits, text)


def _han_date_end(text: str, value: str, year: int | None, month: int | None,
                  example: str = "2020年6月15日") -> DateSpan | None:
    """One end of a Chinese date, the year and month it leaves out taken from ``year`` and ``month`` (the other
    end's); None where it is none. ``example`` is the form the message of a date without a year shows."""
    found = _HAN_DATE_END.fullmatch(text)
    if not found or not text:
        return None
    y = int(found["y"]) if found["y"] else year
    m = int(found["m"]) if found["m"] else (month if found["d"] else None)
    if y is None:
        raise NormalizeError(f"cannot read a date from {value!r}: it gives no year; write the year the source "
                             f"means before it ({example})")
    if found["d"]:
        if m is None or found["part"]:
            return None
        day = _day(y, m, int(found["d"]), value)
        return DateSpan(day, day, "day", value)
    if m is None:
        if found["part"] or not found["y"]:
            return None
        return DateSpan(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", value)
    first, last = _month(y, m, value)
    if found["part"]:
        start, end = _HAN_MONTH_PARTS[found["part"]]
        return DateSpan(first.replace(day=start), last if end is None else first.replace(day=end), "range", value)
    return DateSpan(first, last, "month", value)


def _chinese_date(folded: str, value: str) -> DateSpan | None:
    """The span a Chinese date gives (``2020年6月15日``, ``2020年6月15日晚``, ``2020年6月中旬``,
    ``2020年6月``, ``2020年6月15日至16日``, ``2020年4月至6月``, ``二〇二〇年六月十五日``,
    ``2020年6月15日（星期一）``); None if it is no Chinese form. The right end of a range leaves out the year and
    month it shares with the left, as Chinese writes it;
    the part of a day after a day (``晚``, ``凌晨``) is the day itself."""
    text = _han_date_numbers(folded.translate(_TRADITIONAL).replace(" ", ""))
    if minguo := _MINGUO.match(text):
        year = minguo["y"] if minguo["y"].isdigit() else _han_number(minguo["y"])
        hint = f" ({int(year)} + 1911 = {int(year) + 1911})" if year is not None else ""
        raise NormalizeError(f"cannot read a date from {value!r}: its year counts from 1912, in the calendar of the "
                             f"Republic of China (民国); write the Gregorian year{hint}")
    weekday = None
    if found := _HAN_WEEKDAY.search(text):
        weekday = _HAN_WEEKDAYS[found["w"]]
        text = text[: found.start()] + text[found.end() :]
    text = _HAN_DAY_PART.sub("", text)
    text = text.removeprefix("于").removeprefix("在").removesuffix("间").removesuffix("期间")
    return _han_date(text, value, weekday, "2020年6月15日")


def _han_date(text: str, value: str, weekday: int | None, example: str) -> DateSpan | None:
    """The span of a date written with the Chinese units (``2020年6月15日``, ``2020年6月中旬``,
    ``2020年6月15日至16日``), the parts of the day and the day of the week taken out (``weekday``: checked against
    the day); None where it is none. ``example`` is the form the message of a date without a year shows, in the
    source's language."""
    ends = _HAN_DATE_RANGE.split(text, maxsplit=1)
    if len(ends) == 2 and ends[0][-1:].isdigit() and ends[1][-1:] in ("日", "号", "月"):
        ends[0] += ends[1][-1]  # 2020年6月15-16日: the unit written once, after the right end
    span = _han_date_end(ends[0], value, None, None, example)
    if span is not None and len(ends) == 2:
        right = _han_date_end(ends[1], value, span.start.year, span.start.month, example)
        span = None if right is None else _span(span.start, right.end, "range", value)
    if span is None:
        return None
    if weekday is not None:
        if span.precision != "day":
            raise NormalizeError(f"cannot read a date from {value!r}: a day of the week names one day, and the date "
                                 "is not one; write the date without it")
        if span.start.weekday() != weekday:
            raise NormalizeError(f"cannot read a date from {value!r}: {span.start.isoformat()} was a "
                                 f"{_WEEKDAY_NAMES[span.start.weekday()]}, not a {_WEEKDAY_NAMES[weekday]}")
    return span


# --------------------------------------------------------------------------------------------------------------
# Korean
# --------------------------------------------------------------------------------------------------------------

#: A syllable of the Hangul script (the precomposed syllables, as NFKC composes every Korean text).
_HANGUL: Final = re.compile("[\uac00-\ud7a3]")

#: Sino-Korean digits and units, as figures are read and written in words (``이십`` 20, ``십오`` 15, ``백`` 100,
#: ``이천`` 2,000, ``만`` 10,000); ``육`` is also written ``륙``, as North Korea writes it.
_KO_SINO_DIGITS: Final[Mapping[str, int]] = MappingProxyType({
    "영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "륙": 6, "칠": 7, "팔": 8, "구": 9,
})  # fmt: skip
_KO_SINO_UNITS: Final[Mapping[str, int]] = MappingProxyType({"십": 10, "백": 100, "천": 1000})
_KO_SINO_GROUPS: Final[Mapping[str, int]] = MappingProxyType({"만": 10_000, "억": 100_000_000})
#: One token of a Sino-Korean figure: digits (``2``, ``1,500``), a Sino-Korean digit or a unit.
_KO_NUMBER_TOKEN: Final = re.compile("[0-9]+(?:,[0-9]{3})*|[영공일이삼사오육륙칠팔구십백천만억]")


def _sino_korean_number(text: str) -> int | None:
    """The number ``text`` is in Sino-Korean numerals, digits before a unit among them, as Korean writes large
    figures (``이십`` 20, ``십오`` 15, ``백오`` 105, ``이천`` 2,000, ``2만`` 20,000, ``1만5천`` 15,000, ``3천`` 3,000);
    None where it is no number. Korean leaves out the one before a unit (``십``, ``백``, ``만``) and the units
    that are nought (``백오``), so, unlike Chinese, it has no zero within a figure."""
    tokens = _KO_NUMBER_TOKEN.findall(text)
    if not tokens or "".join(tokens) != text or not any(not token.isdigit() for token in tokens):
        return None
    if text in ("영", "공"):
        return 0
    total, section, digit, last_unit, last_group = 0, 0, None, 10_000, 10**12
    for token in tokens:
        if token[0].isdigit():
            if digit is not None:
                return None
            digit = int(token.replace(",", ""))
        elif token in _KO_SINO_DIGITS:
            if digit is not None or _KO_SINO_DIGITS[token] == 0:
                return None
            digit = _KO_SINO_DIGITS[token]
        elif token in _KO_SINO_UNITS:
            unit = _KO_SINO_UNITS[token]
            if unit >= last_unit or (digit is not None and not 1 <= digit <= 9):
                return None
            section += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            group = _KO_SINO_GROUPS[token]
            section += digit or 0
            if group >= last_group or (digit == 0):
                return None
            total += (section or 1) * group
            section, digit, last_unit, last_group = 0, None, 10_000, group
    if digit is not None:
        if last_unit == 10_000 and last_group == 10**12:  # digits alone are no Korean figure: `_number` reads them
            return None
        if digit > 9 and last_unit != 10_000:  # 3천25: the digits after a unit within a group are below ten
            return None
        section += digit
    return total + section


#: Native Korean numbers, as counts of people are mostly said below a hundred (``두 명`` two, ``스무 명`` twenty,
#: ``열한 명`` eleven): the tens and the units, in the full form and the form before a counter (``하나``/``한``).
_KO_NATIVE_TENS: Final[Mapping[str, int]] = MappingProxyType({
    "열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80, "아흔": 90,
})  # fmt: skip
_KO_NATIVE_UNITS: Final[Mapping[str, int]] = MappingProxyType({
    "하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "넷": 4, "네": 4, "넉": 4, "다섯": 5, "여섯": 6,
    "일곱": 7, "여덟": 8, "아홉": 9,
})  # fmt: skip
_KO_NATIVE: Final[Mapping[str, int]] = MappingProxyType({
    **_KO_NATIVE_UNITS, **_KO_NATIVE_TENS,
    **{ten + unit: ten_value + unit_value for ten, ten_value in _KO_NATIVE_TENS.items() if ten != "스무"
       for unit, unit_value in _KO_NATIVE_UNITS.items()},
})
#: The loose ranges of two or three neighbouring native numbers, one word: ``두세 명`` two or three, ``서너`` three
#: or four, ``대여섯`` five or six.
_KO_LOOSE: Final[Mapping[str, tuple[int, int]]] = MappingProxyType({
    "한두": (1, 2), "한둘": (1, 2), "두세": (2, 3), "두셋": (2, 3), "두서너": (2, 4), "서너": (3, 4), "서넛": (3, 4),
    "너덧": (4, 5), "네댓": (4, 5), "너댓": (4, 5), "댓": (5, 5), "대여섯": (5, 6), "대엿": (5, 6), "예닐곱": (6, 7),
    "일고여덟": (7, 8), "일여덟": (7, 8), "엳아홉": (8, 9),
})  # fmt: skip
#: Sino-Korean digits as the Chinese ones, for the loose ranges of two digits (``이삼십`` 20 to 30, `_han_pair`).
_KO_AS_HAN: Final = str.maketrans("일이삼사오육륙칠팔구십백천만", "一二三四五六六七八九十百千万")

#: Korean counters of people after a count: ``명`` (``2명``, ``두 명``) and the formal ``인`` (``3인``).
_KO_MEASURES: Final = ("명", "인")

#: Whole Korean phrases of the vague table: none, casualties, several, some, many.
_KO_VAGUE: Final[Mapping[str, str]] = MappingProxyType({
    "없음": "none", "없다": "none", "없어": "none", "없었다": "none", "전무": "none", "무": "none",
    "사상자없음": "none", "인명피해없음": "none", "인명피해없다": "none", "사상자없다": "none",
    "사상자": "casualties", "사상": "casualties", "인명피해": "casualties", "사상자발생": "casualties",
    "인명피해발생": "casualties", "수": "several", "몇": "several", "여러": "several", "여럿": "several",
    "몇몇": "several", "일부": "some", "다수": "many", "많은": "many", "수많은": "many", "상당수": "many",
})  # fmt: skip

#: Korean bounds before the number: at least, up to, about, nearly.
_KO_BEFORE: Final[tuple[tuple[str, _Rule], ...]] = tuple(sorted((
    *((word, _at_least) for word in ("최소", "최소한", "적어도", "최저")),
    *((word, _up_to) for word in ("최대", "최대한", "많게는", "최고")),
    *((word, _about) for word in ("약", "대략", "어림잡아", "대강", "얼추")),
    *((word, _nearly) for word in ("거의", "근")),
), key=lambda item: -len(item[0])))
#: Korean bounds after the number (and its counter): ``이상`` N or more and ``이하`` up to N (both with N, as
#: Korean law and statistics count them), ``초과`` and ``넘게`` more than, ``미만`` fewer than, ``가량``,
#: ``정도``, ``안팎``, ``내외``, ``쯤``, ``선`` about, ``가까이`` nearly, ``남짓`` just over.
_KO_AFTER: Final[tuple[tuple[str, _Rule], ...]] = tuple(sorted((
    *((word, _at_least) for word in ("이상",)),
    *((word, _more_than) for word in ("초과", "넘게", "넘는", "이넘는", "이넘게", "넘어")),
    *((word, _up_to) for word in ("이하", "이내", "까지")),
    *((word, _fewer_than) for word in ("미만",)),
    *((word, _about) for word in ("가량", "정도", "안팎", "내외", "쯤", "선")),
    *((word, _nearly) for word in ("가까이", "가량가까이")),
    *((word, _just_over) for word in ("남짓",)),
), key=lambda item: -len(item[0])))
#: The words of a Korean range: A to B (``~``, ``-``, ``에서``, ``내지``), A or B (``또는``, ``혹은``).
_KO_RANGE: Final = re.compile("(?P<a>.+?)(?:~|-|에서|내지|또는|혹은)(?P<b>.+)")


def _ko_exact(text: str) -> int | None:
    """A Korean number: digits, native (``두``, ``스무``, ``열한``) or Sino-Korean (``이십``, ``2만``)."""
    if text.isdigit() or _DIGITS.fullmatch(text):
        return _number(text)
    return _KO_NATIVE.get(text) if text in _KO_NATIVE else _sino_korean_number(text)


def _ko_plain(text: str) -> tuple[int, int | None] | None:
    """A Korean count with no bound around it, with or without its counter (`_KO_MEASURES`): a number, a loose
    range (``두세``, ``이삼십``), a number and ``여`` (more than, short of the next step: ``20여`` 21 to 29, ``십여``
    11 to 19), ``수`` or ``몇`` before a unit (``수십`` several tens, 30 to 90; ``수백``), ``십수`` (11 to 19), a
    phrase of `_KO_VAGUE`; None else."""
    if text.endswith(_KO_MEASURES) and len(text) > 1:
        text = text[:-1]
    if (number := _ko_exact(text)) is not None:
        return number, number
    if (loose := _KO_LOOSE.get(text)) is not None:
        return loose
    if (pair := _han_pair(text.translate(_KO_AS_HAN))) is not None and not text.isascii():
        return pair
    if text.endswith("여") and len(text) > 1 and (number := _ko_exact(text[:-1])) is not None:
        if (odd := _odd(number)) is not None:
            return number + 1, odd[1]
        return None
    if text == "십수":
        return 11, 19
    if text[:1] in "수몇" and len(text) > 1 and (unit := _sino_korean_number(text[1:])) is not None and unit >= 10:
        return 3 * unit, 9 * unit
    if (phrase := _KO_VAGUE.get(text)) is not None:
        vague = VAGUE[phrase]
        return vague.low, vague.high
    return None


def _ko_bound(rule: _Rule, number: int, value: str) -> Count:
    """A bound on a number, as English reads it: fewer than none leaves no count."""
    low, high = rule(number)
    if high is not None and high < 0:
        raise NormalizeError(f"{value!r} leaves no possible count")
    return _checked(low, high, value)


def _korean_count(folded: str, value: str) -> Count | None:
    """The count a Korean ``folded`` text gives (digits, native or Sino-Korean numbers, with or without the counter
    ``명``); None if it is no Korean form. Spaces are left out, as Korean spaces a counter and a bound as it likes
    (``20 명``, ``20명``, ``20명 이상``)."""
    text = folded.replace(" ", "").replace("∼", "~").replace("〜", "~")
    if (plain := _ko_plain(text)) is not None:
        return _checked(*plain, value)
    for word, rule in _KO_AFTER:
        if text.endswith(word) and (plain := _ko_plain(text[: -len(word)])) is not None and plain[0] == plain[1]:
            return _ko_bound(rule, plain[0], value)
    for word, rule in _KO_BEFORE:
        if not text.startswith(word) or not (rest := text[len(word):]):
            continue
        # the bound said twice, before and after the number (약 20명 정도, 최소 20명 이상): read once
        if twice := next((after for after, after_rule in _KO_AFTER if after_rule is rule and rest.endswith(after)),
                         None):
            rest = rest[: -len(twice)]
        if (plain := _ko_plain(rest)) is not None:
            if plain[0] == plain[1]:
                return _ko_bound(rule, plain[0], value)
            if rule is _at_least:  # 최소 수십 명: at least several tens
                return _checked(plain[0], None, value)
    if found := _KO_RANGE.fullmatch(text):
        right_text = found["b"].removesuffix("명").removesuffix("인")
        left, right = _ko_plain(found["a"]), _ko_plain(right_text)
        if left is not None and right is not None and left[0] == left[1] and right[0] == right[1]:
            low, high = left[0], right[0]
            # a unit after the second number counts a first number written without one (2~3천 명, 이삼백)
            for unit_char, unit in (*_KO_SINO_GROUPS.items(), *_KO_SINO_UNITS.items()):
                if (right_text.endswith(unit_char) and not any(c in found["a"] for c in "십백천만억")
                        and (coefficient := _ko_exact(right_text[:-1] or "일")) is not None and low < coefficient):
                    low *= unit
                    break
            return _checked(low, high, value)
    return None


def _korean_number_hint(value: str) -> str:
    """For the message of a Korean count no form reads: the count to write where a noun follows one (``2명 사망``:
    write ``2명``), else nothing."""
    text = _fold(value)
    for at in range(len(text) - 1, 0, -1):
        head = text[:at].rstrip()
        if not head.endswith(_KO_MEASURES):
            continue
        try:
            if _korean_count(head, head) is not None:
                return _together_hint(head, text[at:].strip(), text) or (
                    f": {text[at:].strip()!r} after the count is no part of it; write {head!r} and keep the rest "
                    "in the quote")
        except NormalizeError:
            return ""
    return ""


#: The year of the Juche calendar, which North Korea dates by (year 1 is 1912), as KCNA and Rodong Sinmun write it:
#: most often with the Gregorian year in brackets after it (``주체99(2010)년``, ``Juche 99 (2010)``).
_JUCHE: Final = re.compile(r"(?:주체|juche) ?(?P<j>[0-9]{1,3}) ?(?:\( ?(?P<g>[0-9]{4}) ?\))?")


def _juche(written: str, value: str) -> str:
    """``written`` with a Juche year that gives its Gregorian year in brackets read as that year (``주체99(2010)년``
    is ``2010년``); a Juche year that does not is refused with the Gregorian year to write, as is one whose
    Gregorian year is not its own (Juche N is N + 1911)."""
    found = _JUCHE.search(written)
    if found is None:
        return written
    juche = int(found["j"])
    if found["g"] is None:
        raise NormalizeError(f"cannot read a date from {value!r}: its year counts from 1912, in North Korea's Juche "
                             f"calendar; write the Gregorian year ({juche} + 1911 = {juche + 1911})")
    if int(found["g"]) != juche + 1911:
        raise NormalizeError(f"cannot read a date from {value!r}: Juche {juche} is {juche + 1911}, not "
                             f"{found['g']}; write the year the source means")
    return written[: found.start()] + found["g"] + written[found.end() :]


#: The units of a Korean date after their numbers, as the Chinese ones they are (년 年, 월 月, 일 日).
_KO_DATE_UNIT: Final = re.compile(r"(?P<n>[0-9]{1,4}) ?(?P<u>년|월|일)(?!요일)")
_KO_DATE_UNITS: Final[Mapping[str, str]] = MappingProxyType({"년": "年", "월": "月", "일": "日"})
#: A day of the week after a Korean day: ``(화)``, ``(화요일)``, ``화요일``.
_KO_WEEKDAY: Final = re.compile(r"(?<=日) ?\(? ?(?P<w>[월화수목금토일])(?:요일)? ?\)?")
_KO_WEEKDAYS: Final[Mapping[str, int]] = MappingProxyType(
    {"월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6})
#: The parts of a Korean month after it: ``초``, ``초순``, ``상순`` early; ``중순`` mid; ``하순``, ``말`` late; as
#: the Chinese ones. A bare ``중`` after a month is during it (``8월 중``: during August), no part of it.
_KO_MONTH_PART: Final = re.compile(r"(?<=月) ?(?P<p>초순|상순|중순|하순|초|말)")
_KO_MONTH_PARTS: Final[Mapping[str, str]] = MappingProxyType({
    "초순": "上旬", "상순": "上旬", "초": "上旬", "중순": "中旬", "하순": "下旬", "말": "下旬"})
#: The parts of a Korean day after it (dawn, morning, daytime, afternoon, evening, night, late night, noon,
#: midnight), and around (``경``, ``께``, ``쯤``, ``무렵``) after a day or a part of a month: the day or the part.
_KO_DAY_PART: Final = re.compile(
    "(?<=[日旬]) ?(?:새벽|오전|아침|낮|정오|오후|저녁|밤늦게|밤|심야|자정|야간|당일)? ?(?:경|께|쯤|무렵)?")
#: A time of day after a Korean day (``오후 3시 50분경``, ``14시 34분``): not read, as in English.
_KO_TIME: Final = re.compile(
    " ?(?:새벽|오전|아침|낮|오후|저녁|밤)? ?[0-9]{1,2} ?시(?: ?[0-9]{1,2} ?분)?(?: ?경| ?께| ?쯤| ?무렵)?")
#: The words of a Korean range of dates: from (``부터``, ``에서``) and to (``까지``), a dash or a tilde; and the
#: particle in (``에``) after a date.
_KO_DATE_RANGE: Final = re.compile(" ?(?:부터|에서|~|∼|〜|-) ?")


def _korean_date(folded: str, value: str) -> DateSpan | None:
    """The span a Korean date gives (``2010년 11월 23일``, ``2010년 11월 23일 오후``, ``2015년 8월 초``, ``2022년 12월
    하순``, ``2015년 8월 20~21일``, ``2015년 8월 20일부터 22일까지``, ``2010년 11월 23일(화)``); None if it is no
    Korean form. Its units are read as the Chinese ones (년 年, 월 月, 일 日), and the date then as a Chinese one:
    the right end of a range leaves out the year and month it shares with the left; a part of a day after a day
    (``오후``, ``밤``) is the day itself."""
    text = _KO_DATE_UNIT.sub(lambda m: m["n"] + _KO_DATE_UNITS[m["u"]], folded)
    weekday = None
    if found := _KO_WEEKDAY.search(text):
        weekday = _KO_WEEKDAYS[found["w"]]
        text = text[: found.start()] + text[found.end() :]
    text = _KO_MONTH_PART.sub(lambda m: _KO_MONTH_PARTS[m["p"]], text)
    text = _KO_DAY_PART.sub("", text)
    for particle in ("에는", "에", "까지", "사이", "중"):  # in, up to, between, during
        text = text.removesuffix(particle).rstrip()
    if _KO_TIME.search(text) and not _HANGUL.search(_KO_TIME.sub("", text)):
        day = " ".join(_KO_TIME.sub("", value).split())
        raise NormalizeError(f"cannot read a date from {value!r}: a time of day is no part of the date; write the "
                             f"day alone ({day!r}) and keep the time in the quote")
    text = _KO_DATE_RANGE.sub("至", text).replace(" ", "")
    if _HANGUL.search(text):
        return None
    return _han_date(text, value, weekday, "2010년 11월 23일")


# --------------------------------------------------------------------------------------------------------------
# Solar Hijri dates
# --------------------------------------------------------------------------------------------------------------

#: The Solar Hijri years read (1921 to 2122): those of every source in Persian, Dari and Pashto a case may hold.
_SOLAR_HIJRI_YEARS: Final = range(1300, 1501)
#: The places of a leap year (30 Esfand, 30 Hut) in the 33-year cycle counted from 1210 SH, ``(year - 1209) % 33``:
#: the arithmetic rule that gives the calendar's astronomical new year (the March equinox at Tehran) for every year of
#: `_SOLAR_HIJRI_YEARS` (1399 and 1403 are leap years, 1404 is not).
_SOLAR_HIJRI_LEAP_PLACES: Final = frozenset({1, 5, 9, 13, 17, 21, 25, 29})


def _solar_hijri_leap(year: int) -> bool:
    """Whether the Solar Hijri ``year`` has 366 days (its last month 30)."""
    return (year - 1209) % 33 in _SOLAR_HIJRI_LEAP_PLACES


def _solar_hijri_new_years() -> dict[int, dt.date]:
    """The Gregorian day of 1 Farvardin (1 Hamal) of each year of `_SOLAR_HIJRI_YEARS`."""
    new_years, day = {}, dt.date(1921, 3, 21)  # 1 Farvardin 1300
    for year in _SOLAR_HIJRI_YEARS:
        new_years[year] = day
        day += dt.timedelta(days=366 if _solar_hijri_leap(year) else 365)
    return new_years


_SOLAR_HIJRI_NEW_YEAR: Final[Mapping[int, dt.date]] = MappingProxyType(_solar_hijri_new_years())

#: The months' names in messages: Iranian and Afghan.
_SOLAR_HIJRI_MONTH_NAMES: Final = (
    "Farvardin (Hamal)", "Ordibehesht (Sawr)", "Khordad (Jawza)", "Tir (Saratan)", "Mordad (Asad)",
    "Shahrivar (Sunbula)", "Mehr (Mizan)", "Aban (Aqrab)", "Azar (Qaws)", "Dey (Jadi)", "Bahman (Dalw)",
    "Esfand (Hut)",
)


def _solar_hijri_month(year: int, month: int, text: object) -> tuple[dt.date, dt.date]:
    """The first and last Gregorian day of a Solar Hijri month: the first six months have 31 days, the next five 30,
    the last 29, or 30 in a leap year. NormalizeError for a year outside `_SOLAR_HIJRI_YEARS`."""
    if year not in _SOLAR_HIJRI_YEARS:
        raise NormalizeError(
            f"cannot read a date from {_show(text)}: Solar Hijri years are read from {_SOLAR_HIJRI_YEARS[0]} to "
            f"{_SOLAR_HIJRI_YEARS[-1]}; write the Gregorian date, as 2012-06-04")
    before = 31 * (month - 1) if month <= 7 else 186 + 30 * (month - 7)
    length = 31 if month <= 6 else 30 if month <= 11 else 30 if _solar_hijri_leap(year) else 29
    first = _SOLAR_HIJRI_NEW_YEAR[year] + dt.timedelta(days=before)
    return first, first + dt.timedelta(days=length - 1)


def _solar_hijri_day(year: int, month: int, day: int, text: object) -> dt.date:
    """The Gregorian day of a Solar Hijri day, or NormalizeError saying why there is none."""
    first, last = _solar_hijri_month(year, month, text)
    length = (last - first).days + 1
    if not 1 <= day <= length:
        raise NormalizeError(f"impossible date {_show(text)}: {_SOLAR_HIJRI_MONTH_NAMES[month - 1]} {year} (Solar "
                             f"Hijri) has {length} days")
    return first + dt.timedelta(days=day - 1)


def _solar_hijri_hint(year: int, month: int, day: int, *, by_name: bool = True) -> str:
    """Where ``year-month-day`` in digits is a Solar Hijri day, the sentence that says which Gregorian day it is and how
    to write it (also by the month's name where ``by_name``: a ``stated`` day is ISO only); else nothing."""
    if year not in _SOLAR_HIJRI_YEARS or not 1 <= month <= 12:
        return ""
    try:
        gregorian = _solar_hijri_day(year, month, day, "")
    except NormalizeError:
        return ""
    named = (f", or the month by its name (as '{day} میزان {year}' or '{day} مهر {year}'), which is read as Solar "
             "Hijri" if by_name else "")
    return (f"; as a Solar Hijri date (Persian, Dari and Pashto sources) it is {day} "
            f"{_SOLAR_HIJRI_MONTH_NAMES[month - 1]} {year}, that is {gregorian.isoformat()}: write "
            f"{gregorian.isoformat()}{named}; digits alone do not say which calendar (Lunar Hijri years are numbered "
            "alike)")


def _solar_hijri_months(*names: str) -> dict[str, str]:
    """Month names in calendar order (several joined by ``|``) as the tokens `_SOLAR_HIJRI_DATE` reads (``shm07``);
    each also with ماه (month) after it, joined or spaced (``مهرماه``), and, where it ends in a vowel letter, with
    the ezafe ی (``جوزای ۱۳۹۹``: Jawza of 1399)."""
    table: dict[str, str] = {}
    for number, forms in enumerate(names, start=1):
        for name in forms.split("|"):
            token = f"shm{number:02d}"
            table[name] = table[f"{name}ماه"] = token
            if name[-1] in "اوه":
                table[f"{name}ی"] = token
    return table


#: The words of a Solar Hijri date: the months of Iran, of Afghanistan (Dari) and in Pashto; the parts of a month;
#: range words; and words left out: ماه (month), سال and Pashto کال (year), the era (هجری شمسی, ه.ش, خورشیدی),
#: Pashto د (of), میاشت (month), نېټه (date).
_SOLAR_HIJRI_WORDS: Final = _phrases({
    **_solar_hijri_months("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد|امرداد", "شهریور", "مهر", "آبان", "آذر",
                          "دی", "بهمن", "اسفند"),
    **_solar_hijri_months("حمل", "ثور", "جوزا|جوزه", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو",
                          "حوت"),
    **_solar_hijri_months("وری", "غویی|غوایی", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله|تلې", "لړم", "لیندۍ",
                          "مرغومی", "سلواغه|سلواغې", "کب"),
    **dict.fromkeys(("اوایل", "اوائل", "آغاز", "ابتدای"), "early"),
    **dict.fromkeys(("اواسط", "نیمه", "میانه", "نیمه\u200cی"), "mid"),
    **dict.fromkeys(("اواخر", "پایان", "آخر"), "late"),
    **dict.fromkeys(("تا", "الی", "تر"), "to"),
    **dict.fromkeys(("و", "او"), "and"),
    **dict.fromkeys(_PERSIAN_NIGHT, "night"),
    "به": "to",  # شب ۲۳ به ۲۴ خرداد: the night of the 23rd into the 24th
    **dict.fromkeys(_PERSIAN_PARTS_OF_DAY, ""),
    **dict.fromkeys(("ماه", "سال", "کال", "د", "په", "در", "میاشتې", "میاشتی", "نېټه", "نیټه", "نېټې", "هجری شمسی",
                     "هجری خورشیدی", "شمسی", "خورشیدی", "ه.ش", "ه.ش.", "ه. ش.", "ه ش", "ش"), ""),
})

#: A day's ordinal ending joined to its digits, left out: Pashto ``۲۰مه``, Dari ``۲۰م``, Persian ``۲۰ام``.
_SOLAR_HIJRI_DAY_ENDING: Final = re.compile(r"(?<=[0-9])(?:ام|مه|م)(?![^\W\d_])")
_SH_DAY: Final = r"[0-9]{1,2}"
#: A Solar Hijri date once in tokens: ``[part] [day [month] to|and|- day] shmMM YYYY``, or year first as Pashto
#: writes it (``د ۱۳۹۹ کال د تلې ۲۰مه``: ``1399 shm07 20``).
_SOLAR_HIJRI_DATE: Final = re.compile(
    rf"(?:(?P<part>early|mid|late) )?(?:(?P<d>{_SH_DAY})(?: shm(?P<m1>[0-9]{{2}}))?"
    rf"(?: ?(?:-|to|and) ?(?P<d2>{_SH_DAY}))? )?shm(?P<m>[0-9]{{2}}) (?P<y>[0-9]{{4}})"
    rf"|(?P<yf>[0-9]{{4}}) shm(?P<mf>[0-9]{{2}}) (?P<df>{_SH_DAY})"
)


def _solar_hijri_date(folded: str, value: str) -> DateSpan | None:
    """The span of a Solar Hijri date whose month is named (`_SOLAR_HIJRI_WORDS`: ``۲۰ میزان ۱۳۹۹``, ``۶ مهر ۱۴۰۱``,
    ``اواخر جوزای ۱۴۰۰``, ``۲۰ تا ۲۲ میزان ۱۳۹۹``, ``د ۱۳۹۹ کال د تلې ۲۰مه``) as Gregorian days, and of a night of
    two days that follow each other (``شب ۲۳ به ۲۴ خرداد ۱۴۰۴``); None where the text is none, or a night of one day
    (which night?). The name of the month says the calendar, and the conversion is exact: nothing is guessed."""
    plain = _DIGIT_LETTER.sub(" ", _SOLAR_HIJRI_DAY_ENDING.sub("", _plain_letters(folded)))
    if not (english := _in_english(plain, _SOLAR_HIJRI_WORDS)) or "shm" not in english:
        return None
    night = english.startswith("night ")
    if not (found := _SOLAR_HIJRI_DATE.fullmatch(english.removeprefix("night "))) or "night" in found[0]:
        return None
    if night:  # a night is two days that follow each other (شب ۲۳ به ۲۴ خرداد), else which night?
        span = None if found["yf"] or found["part"] or not found["d2"] else _solar_hijri_date_found(found, value)
        return span if span is not None and (span.end - span.start).days == 1 else None
    return _solar_hijri_date_found(found, value)


def _solar_hijri_date_found(found: re.Match[str], value: str) -> DateSpan | None:
    """The span of a Solar Hijri date as `_SOLAR_HIJRI_DATE` found it (`_solar_hijri_date`)."""
    if found["yf"]:
        day = _solar_hijri_day(int(found["yf"]), int(found["mf"]), int(found["df"]), value)
        return _span(day, day, "day", value)
    year, month = int(found["y"]), int(found["m"])
    first, last = _solar_hijri_month(year, month, value)
    if found["part"]:
        if found["d"]:
            return None
        low, high = PARTS_OF_MONTH[found["part"]]
        return _span(first + dt.timedelta(days=low - 1),
                     last if high is None else first + dt.timedelta(days=high - 1), "range", value)
    if not found["d"]:
        return _span(first, last, "month", value)
    end = _solar_hijri_day(year, month, int(found["d2"] or found["d"]), value)
    if not found["d2"]:
        if found["m1"]:
            return None
        return _span(end, end, "day", value)
    start = _solar_hijri_day(year, int(found["m1"] or month), int(found["d"]), value)
    return _span(start, end, "range", value)


# --------------------------------------------------------------------------------------------------------------
# Lunar Hijri dates
# --------------------------------------------------------------------------------------------------------------

#: The Lunar Hijri years read (1882 to 2077).
_LUNAR_HIJRI_YEARS: Final = range(1300, 1501)
#: 1 Muharram 1 AH in the tabular Islamic calendar, 16 July 622 (Julian), as a day ordinal.
_LUNAR_HIJRI_EPOCH: Final = dt.date(622, 7, 19).toordinal()
#: The days a month's first day may fall either side of its tabular day: the months start with the sighting of the
#: new moon, or by the Umm al-Qura calendar, which differ by a day from country to country and from the tabular
#: calendar.
_LUNAR_HIJRI_SLACK: Final = dt.timedelta(days=1)

_LUNAR_HIJRI_MONTH_NAMES: Final = (
    "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhira", "Rajab", "Shaban",
    "Ramadan", "Shawwal", "Dhu al-Qada", "Dhu al-Hijja",
)


def _lunar_hijri_first(year: int, month: int) -> dt.date:
    """The first day of a Lunar Hijri month in the tabular (arithmetical) Islamic calendar: months of 30 and 29 days
    in turn, the last 30 in the 11 leap years of each 30 (2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29)."""
    return dt.date.fromordinal(_LUNAR_HIJRI_EPOCH + (year - 1) * 354 + (3 + 11 * year) // 30
                               + (59 * (month - 1) + 1) // 2)


def _lunar_hijri_days(year: int, month: int, first: int, last: int | None, text: object) -> tuple[dt.date, dt.date]:
    """The Gregorian days that days ``first`` to ``last`` (None: the month's end) of a Lunar Hijri month may be: their
    tabular days, a day either side (`_LUNAR_HIJRI_SLACK`). A month has 29 or 30 days as the moon is sighted, so day
    30 is read in every month. NormalizeError for a year outside `_LUNAR_HIJRI_YEARS` or a day that is none."""
    if year not in _LUNAR_HIJRI_YEARS:
        raise NormalizeError(
            f"cannot read a date from {_show(text)}: Lunar Hijri years are read from {_LUNAR_HIJRI_YEARS[0]} to "
            f"{_LUNAR_HIJRI_YEARS[-1]}; write the Gregorian date, as 2012-06-04")
    if not 1 <= month <= 12:
        raise NormalizeError(f"impossible date {_show(text)}: the Lunar Hijri year has 12 months")
    for day in (first, last or 30):
        if not 1 <= day <= 30:
            raise NormalizeError(f"impossible date {_show(text)}: a Lunar Hijri month has 29 or 30 days")
    start = _lunar_hijri_first(year, month)
    return (start + dt.timedelta(days=first - 1) - _LUNAR_HIJRI_SLACK,
            start + dt.timedelta(days=(last or 30) - 1) + _LUNAR_HIJRI_SLACK)


def _lunar_hijri_months(*names: str) -> dict[str, str]:
    """Month names in calendar order (several joined by ``|``) as the tokens `_LUNAR_HIJRI_DATE` reads (``lhm09``);
    a name of two words also joined (``ربیع‌الاول``, once the non-joiner is folded away), and with ه for a final ة
    (``ذی‌القعده``), as Persian and Pashto write them."""
    table: dict[str, str] = {}
    for number, forms in enumerate(names, start=1):
        for name in forms.split("|"):
            for form in (name, name.replace(" ", "")):
                table[form] = table[form.replace("ة", "ه")] = f"lhm{number:02d}"
    return table


#: The words of a Lunar Hijri date: the months in Arabic (as Persian, Dari and Pashto also write them) and in English
#: transliteration; the parts of a month; range words; the era (``هـ``, ``هجري``, ``ه.ق``, ``AH``: a token of its own,
#: as dates in digits need it); and words left out (شهر and ماه, month; من, of; عام, سنة and سال, year; ordinals).
_LUNAR_HIJRI_WORDS: Final = _phrases({
    **_lunar_hijri_months(
        "محرم|المحرم|محرم الحرام|المحرم الحرام", "صفر|صفر الخير|صفر المظفر",
        "ربيع الأول|ربيع الاول|ربيع أول|ربيع الأوّل", "ربيع الثاني|ربيع الآخر|ربيع الاخر|ربيع ثاني|ربيع الثانی",
        "جمادى الأولى|جمادى الاولى|جمادى الأول|جمادى الاول|جمادی الاول|جمادی الاولی",
        "جمادى الآخرة|جمادى الاخرة|جمادى الثانية|جمادى الآخر|جمادى الثاني|جمادی الثانی|جمادی الآخر",
        "رجب|رجب المرجب|رجب الفرد", "شعبان|شعبان المعظم", "رمضان|رمضان المبارك|رمضان الكريم|رمضان المعظم",
        "شوال|شوال المكرم", "ذو القعدة|ذي القعدة|ذی القعدة|ذوالقعدة", "ذو الحجة|ذي الحجة|ذی الحجة|ذوالحجة",
    ),
    **_lunar_hijri_months(
        "muharram|muharam|moharram", "safar",
        "rabi al awwal|rabi ul awwal|rabi al awal|rabi ul awal|rabi al aw wal|rabi i|rabia al awwal",
        "rabi al thani|rabi ul thani|rabi al akhir|rabi ul akhir|rabi al sani|rabi us sani|rabi ii|rabia al thani",
        "jumada al ula|jumada al awwal|jumada ul ula|jumada ul awwal|jumada al oola|jumada i|jumadi al awwal|"
        "jamadi ul awwal|jumada al awal",
        "jumada al akhirah|jumada al akhira|jumada al akhir|jumada al thani|jumada al thaniyah|jumada ul akhir|"
        "jumada ul thani|jumada ii|jumadi al thani|jamadi ul sani|jumada al ukhra",
        "rajab", "shaban|sha ban|shaaban|shabaan|shaban al muazzam",
        "ramadan|ramadhan|ramazan|ramzan|ramadan al mubarak",
        "shawwal|shawal|shawaal",
        "dhu al qadah|dhu al qada|dhu al qa dah|dhu al qi dah|dhu al qidah|dhul qadah|dhul qada|dhul qa dah|"
        "dhu l qadah|zul qadah|zulqadah|zul qa dah|zil qad|dhu al qa da",
        "dhu al hijjah|dhu al hijja|dhul hijjah|dhul hijja|dhu l hijjah|zul hijjah|zulhijjah|zil hajj|dhu al hijah",
    ),
    **dict.fromkeys(("أوائل", "بداية", "مطلع", "اوایل", "اوائل", "early", "beginning of"), "early"),
    **dict.fromkeys(("منتصف", "أواسط", "اواسط", "نیمه", "mid", "middle of"), "mid"),
    **dict.fromkeys(("أواخر", "نهاية", "اواخر", "late", "end of"), "late"),
    **dict.fromkeys(("إلى", "الى", "حتى", "تا", "الی", "to", "until"), "to"),
    **dict.fromkeys(("و", "and"), "and"),
    **dict.fromkeys(("هـ", "ه", "ه.", "هـ.", "ه.ق", "ه.ق.", "هـ.ق", "ه ق", "ه. ق.", "هجري", "هجرية", "الهجري",
                     "الهجرية", "للهجرة", "هجري قمري", "هجری قمری", "قمري", "قمری", "ah", "a.h.", "a.h", "a. h.",
                     "h", "hijri", "ah."), "lhera"),
    **dict.fromkeys(("شهر", "من", "من شهر", "ماه", "عام", "سنة", "لعام", "لسنة", "سال", "the", "of", "st", "nd", "rd",
                     "th"), ""),
})

#: An apostrophe or a hyphen inside an English transliteration (``Rabi' al-Awwal``, ``Sha'ban``), read as a space.
_LUNAR_HIJRI_JOINER: Final = re.compile(r"(?<=[a-z])['-]|'(?=[a-z])")
_LH_DAY: Final = r"[0-9]{1,2}"
#: A Lunar Hijri date once in tokens: ``[part] [day [month] to|and|- day] lhmMM YYYY [lhera]``; in digits, year first or
#: last, only with the era (``1444/9/15 lhera``, ``15/9/1444 lhera``); or a year with the era.
_LUNAR_HIJRI_DATE: Final = re.compile(
    rf"(?:(?P<part>early|mid|late) )?(?:(?P<d>{_LH_DAY})(?: lhm(?P<m1>[0-9]{{2}}))?"
    rf"(?: ?(?:-|to|and) ?(?P<d2>{_LH_DAY}))? )?lhm(?P<m>[0-9]{{2}}) (?P<y>[0-9]{{4}})(?: lhera)?"
    rf"|(?P<yf>[0-9]{{4}}) ?(?P<s>[/.-]) ?(?P<mf>[0-9]{{1,2}}) ?(?P=s) ?(?P<df>{_LH_DAY}) lhera"
    rf"|(?P<dl>{_LH_DAY}) ?(?P<t>[/.-]) ?(?P<ml>[0-9]{{1,2}}) ?(?P=t) ?(?P<yl>[0-9]{{4}}) lhera"
    rf"|(?P<yo>[0-9]{{4}}) lhera"
)
#: The Gregorian date given with a Lunar Hijri one: after الموافق (corresponding to; also with ل, لـ or ليوم joined),
#: Persian مطابق با or برابر با, English ``corresponding to``, or in brackets; in either order.
_BOTH_CALENDARS: Final = re.compile(
    r"(?P<a>.+?) (?:(?:الموافق|الموافقة|موافق|مطابق با|مطابق|برابر با|corresponding to|coinciding with|equivalent to)"
    r" ?(?:ل(?:يوم)? ?)?(?P<b>.+)|\( ?(?P<c>[^()]+?) ?\))"
)


def _lunar_hijri_span(text: str, value: str) -> tuple[DateSpan, str] | None:
    """The Gregorian days a Lunar Hijri date may be (`_lunar_hijri_days`) and its name in the messages, or None where
    ``text`` is no Lunar Hijri date."""
    plain = " ".join(_DIGIT_LETTER.sub(" ", _LUNAR_HIJRI_JOINER.sub(" ", _plain_letters(text))).split())
    if not (english := _in_english(plain, _LUNAR_HIJRI_WORDS)) or "lh" not in english:
        return None
    if not (found := _LUNAR_HIJRI_DATE.fullmatch(english)):
        return None
    if found["yo"]:
        year = int(found["yo"])
        start, _ = _lunar_hijri_days(year, 1, 1, None, value)
        _, end = _lunar_hijri_days(year, 12, 1, None, value)
        return _span(start, end, "range", value), f"the year {year} AH"
    if found["yf"] or found["yl"]:
        year, month, day = ((int(found["yf"]), int(found["mf"]), int(found["df"])) if found["yf"] else
                            (int(found["yl"]), int(found["ml"]), int(found["dl"])))
        start, end = _lunar_hijri_days(year, month, day, day, value)
        return _span(start, end, "range", value), f"{day} {_LUNAR_HIJRI_MONTH_NAMES[(month - 1) % 12]} {year} AH"
    year, month = int(found["y"]), int(found["m"])
    name = f"{_LUNAR_HIJRI_MONTH_NAMES[month - 1]} {year} AH"
    if found["part"]:
        if found["d"]:
            return None
        low, high = PARTS_OF_MONTH[found["part"]]
        start, end = _lunar_hijri_days(year, month, low, high, value)
        return _span(start, end, "range", value), f"{found['part']} {name}"
    if not found["d"]:
        start, end = _lunar_hijri_days(year, month, 1, None, value)
        return _span(start, end, "range", value), name
    if found["m1"] and not found["d2"]:
        return None
    first, last = int(found["d"]), int(found["d2"] or found["d"])
    start, _ = _lunar_hijri_days(year, int(found["m1"] or month), first, first, value)
    _, end = _lunar_hijri_days(year, month, last, last, value)
    named = f"{first} {name}" if first == last else f"{first} to {last} {name}"
    return _span(start, end, "range", value), named


def _lunar_hijri_date(written: str, value: str) -> DateSpan | None:
    """The span of a Lunar Hijri date (``١٥ رمضان ١٤٤٤``, ``15 رمضان 1444 هـ``, ``1444/9/15 هـ``, ``15 Ramadan 1444
    AH``): the tabular day a day either side, precision "range", as the months start with the moon's sighting, which
    differs from country to country; None where the text is none.

    With a day of the week before it (``الخميس 15 رمضان 1444هـ``) the one day of those that is that day of the week
    (precision "day"); with the Gregorian date beside it (``... الموافق 6 أبريل 2023م``, either first) that date,
    where it lies within a day of those days. NormalizeError where the day of the week or the Gregorian date does not
    fit, with the days of both."""
    text, weekday = written, None
    if (named := _WEEKDAY_FIRST.fullmatch(written)) and not _WEEKDAY_FIRST.fullmatch(named["rest"]):
        text, weekday = named["rest"], _WEEKDAYS[named["w"]]
    gregorian: DateSpan | None = None
    if (lunar := _lunar_hijri_span(text, value)) is None:
        if not (both := _BOTH_CALENDARS.fullmatch(text)):
            return None
        first, second = both["a"], both["b"] or both["c"]
        if (lunar := _lunar_hijri_span(first, value)) is not None:
            other = second
        elif (lunar := _lunar_hijri_span(second, value)) is not None:
            other = first
        else:
            return None
        try:
            gregorian = _parse_date(other)
        except NormalizeError as error:
            raise NormalizeError(f"cannot read a date from {value!r}: the date given beside the Lunar Hijri one is not "
                                 f"read: {error}") from None
    hijri, name = lunar
    between = (f"{name} is {hijri.start.isoformat()} to {hijri.end.isoformat()} by the tabular Islamic calendar, a day "
               "either side as the month's start was sighted")
    if gregorian is not None:
        if gregorian.start < hijri.start - _LUNAR_HIJRI_SLACK or gregorian.end > hijri.end + _LUNAR_HIJRI_SLACK:
            raise NormalizeError(
                f"cannot read a date from {value!r}: its two dates do not agree: {between}, but the other date is "
                f"{format_date(gregorian)}; check which is right and write it alone")
        hijri = gregorian
    if weekday is None:
        return DateSpan(hijri.start, hijri.end, hijri.precision, value)
    if gregorian is None and hijri.end - hijri.start == 2 * _LUNAR_HIJRI_SLACK:  # one Lunar Hijri day
        fits = [day for day in (hijri.start + dt.timedelta(days=n) for n in range(3)) if day.weekday() == weekday]
        if not fits:
            raise NormalizeError(
                f"cannot read a date from {value!r}: the day of the week does not fit the date: {between}, none of "
                f"them a {_WEEKDAY_NAMES[weekday]}; check the date and write the Gregorian day")
        return DateSpan(fits[0], fits[0], "day", value)
    if hijri.precision != "day":
        raise NormalizeError(f"cannot read a date from {value!r}: a day of the week is read only before one day; "
                             "write the date without it")
    if hijri.start.weekday() != weekday:
        raise NormalizeError(
            f"cannot read a date from {value!r}: the day of the week does not fit the date; write the date without "
            f"it, after checking the date: {hijri.start.isoformat()} was a {_WEEKDAY_NAMES[hijri.start.weekday()]}, "
            f"not a {_WEEKDAY_NAMES[weekday]}")
    return DateSpan(hijri.start, hijri.end, "day", value)


# --------------------------------------------------------------------------------------------------------------
# Ethiopian calendar dates
# --------------------------------------------------------------------------------------------------------------

#: The Julian day number of 1 Meskerem 1 of the Ethiopian (Amete Mihret) era, 27 August 8 of the Julian calendar.
_ETHIOPIAN_EPOCH: Final = 1_724_221
#: ``date.toordinal() + _JDN_OF_ORDINAL`` is the day's Julian day number (1 January 1 is JDN 1,721,426).
_JDN_OF_ORDINAL: Final = 1_721_425
#: The Ethiopian years read (11 September 1899 to 11 September 2101): every Gregorian day from 1900 to 2100.
_ETHIOPIAN_YEARS: Final = range(1892, 2094)
#: The months' names in messages, as they are romanized.
_ETHIOPIAN_MONTH_NAMES: Final = (
    "Meskerem", "Tikimt", "Hidar", "Tahsas", "Tir", "Yekatit", "Megabit", "Miyazya", "Ginbot", "Sene", "Hamle",
    "Nehase", "Pagume",
)


def _ethiopian_leap(year: int) -> bool:
    """Whether the Ethiopian ``year`` has 366 days (Pagume 6): the year before a Julian leap year, ``year % 4 == 3``."""
    return year % 4 == 3


def _ethiopian_new_year(year: int) -> int:
    """The Julian day number of 1 Meskerem of ``year``: 365 days a year and one more after each leap year."""
    return _ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4


def _ethiopian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of an Ethiopian day (checked by the caller): twelve months of 30 days, then Pagume."""
    return dt.date.fromordinal(_ethiopian_new_year(year) + 30 * (month - 1) + day - 1 - _JDN_OF_ORDINAL)


def _gregorian_to_ethiopian(day: dt.date) -> tuple[int, int, int]:
    """The Ethiopian (year, month, day) of a Gregorian day, the inverse of `_ethiopian_to_gregorian`."""
    jdn = day.toordinal() + _JDN_OF_ORDINAL
    year = (4 * (jdn - _ETHIOPIAN_EPOCH) + 1463) // 1461
    days = jdn - _ethiopian_new_year(year)
    return year, days // 30 + 1, days % 30 + 1


def _ethiopian_month_length(year: int, month: int) -> int:
    """30, or for Pagume 5, 6 in a leap year."""
    return 30 if month <= 12 else 6 if _ethiopian_leap(year) else 5


def _both_readings(found: re.Match[str], year: int) -> tuple[str, str] | None:
    """The ISO days of a one-day date (`_ETHIOPIAN_DATE`) whose Tigrinya month Eritrea gives the Gregorian month of
    the same name: as the Ethiopian day, and as the Gregorian day (`_ERITREAN_GREGORIAN_MONTH`); None where it is no
    single day or either reading is no day."""
    month = found["m1"] or found["m1a"]
    if (found["d2"] is not None or found["m2"] or found["m2a"] or found["part"] or found["part2"] or found["om"]
            or not month or not month.startswith("etg")):
        return None
    number, day = int(month[3:]), int(found["d1"])
    try:
        ethiopian = _ethiopian_day(year, number, day, "")
        gregorian = dt.date(year, _ERITREAN_GREGORIAN_MONTH[number - 1], day)
    except (NormalizeError, ValueError):
        return None
    return ethiopian.isoformat(), gregorian.isoformat()


def _ethiopian_day(year: int, month: int, day: int, text: object) -> dt.date:
    """The Gregorian day of an Ethiopian day, or NormalizeError saying why there is none."""
    if year not in _ETHIOPIAN_YEARS:
        raise NormalizeError(
            f"cannot read a date from {_show(text)}: Ethiopian years are read from {_ETHIOPIAN_YEARS[0]} to "
            f"{_ETHIOPIAN_YEARS[-1]}; write the Gregorian date, as 2012-06-04")
    length = _ethiopian_month_length(year, month)
    if not 1 <= day <= length:
        raise NormalizeError(f"impossible date {_show(text)}: {_ETHIOPIAN_MONTH_NAMES[month - 1]} {year} (Ethiopian "
                             f"calendar) has {length} days")
    return _ethiopian_to_gregorian(year, month, day)


def _ethiopian_month(year: int, month: int, text: object) -> tuple[dt.date, dt.date]:
    """The first and last Gregorian day of an Ethiopian month."""
    first = _ethiopian_day(year, month, 1, text)
    return first, first + dt.timedelta(days=_ethiopian_month_length(year, month) - 1)


#: The Ethiopic word divider, comma, semicolon, full stop, colon and preface colon: spaces in a date.
_ETHIOPIC_PUNCTUATION: Final = str.maketrans(dict.fromkeys("\u1361\u1362\u1363\u1364\u1365\u1366", " "))


def _ethiopian_months(*names: str) -> dict[str, str]:
    """Month names in calendar order (several joined by ``|``) as the tokens `_ETHIOPIAN_DATE` reads (``etm02``),
    each also with the Amharic በ (in, on), ከ (from), የ (of) and the Tigrinya ብ (on) written onto it (በጥቅምት, ከሰኔ);
    a name that Eritrea also gives a month of the Gregorian calendar (`_ERITREAN_MONTHS`) as ``etg02``."""
    table: dict[str, str] = {}
    for number, forms in enumerate(names, start=1):
        for name in forms.split("|"):
            token = f"et{'g' if name.translate(_ETHIOPIC_HOMOPHONES) in _ERITREAN_MONTHS else 'm'}{number:02d}"
            for prefix in ("", "በ", "ከ", "የ", "ብ"):
                table[f"{prefix}{name}"] = token
    return table


#: The month names that Tigrinya gives the months of both calendars: Tigray counts Ethiopian months by them, Eritrea
#: the Gregorian months (ጥቅምቲ is October in Asmara, Tikimt in Mekelle). Amharic, which names the Gregorian months
#: after their English names (ኦክቶበር), shares four of them (መስከረም, መጋቢት, ሚያዝያ, ግንቦት).
#: Compared as folded (`_ETHIOPIC_HOMOPHONES`), so that Amharic ኅዳር and ታኅሣሥ, which fold as Tigrinya ሕዳር and ታሕሳስ,
#: are among them.
_ERITREAN_MONTHS: Final = frozenset(name.translate(_ETHIOPIC_HOMOPHONES) for name in (
    "መስከረም", "ጥቅምቲ", "ሕዳር", "ታሕሳስ", "ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ"))
#: The Gregorian month each of `_ERITREAN_MONTHS` is in Eritrea, by its Ethiopian month's number.
_ERITREAN_GREGORIAN_MONTH: Final = (9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8)

#: The words of an Ethiopian date, folded (`_ETHIOPIC_HOMOPHONES`): the months in Amharic and Tigrinya; the era
#: (ዓ.ም., ዓ/ም, ዓመተ ምሕረት: the Ethiopian calendar's; እ.ኤ.አ.: the Gregorian, "as Europeans count"); the parts of a
#: month; range words; and words left out: ቀን and Tigrinya ዕለት (day), ወር and ወርሒ (month), ዓመት (year), the Amharic
#: በ and Tigrinya ብ, ኣብ (on, in) and ላይ (at).
_ETHIOPIAN_WORDS: Final = _phrases({
    word.translate(_ETHIOPIC_HOMOPHONES): english for word, english in {
        **_ethiopian_months("መስከረም", "ጥቅምት|ጥቅምቲ", "ኅዳር|ሕዳር", "ታኅሣሥ|ታሕሳስ", "ጥር|ጥሪ", "የካቲት|ለካቲት", "መጋቢት",
                            "ሚያዝያ|ሚያዚያ", "ግንቦት", "ሰኔ|ሰነ", "ሐምሌ|ሓምለ", "ነሐሴ|ነሓሰ", "ጳጉሜ|ጳጉሜን"),
        **dict.fromkeys(("ዓ.ም.", "ዓ.ም", "ዓ/ም", "ዓ. ም.", "ዓ. ም", "ዓም", "ዓመተ ምሕረት"), "etera"),
        **dict.fromkeys(("እ.ኤ.አ.", "እ.ኤ.አ", "እ. ኤ. አ.", "እ/ኤ/አ", "እኤአ"), "gcera"),
        **dict.fromkeys(("መጀመሪያ", "በመጀመሪያ", "መጀመርታ"), "early"),
        **dict.fromkeys(("አጋማሽ", "በአጋማሽ"), "mid"),
        **dict.fromkeys(("መጨረሻ", "በመጨረሻ", "መወዳእታ"), "late"),
        **dict.fromkeys(("ከ", "ካብ"), "from"),
        **dict.fromkeys(("እስከ", "ክሳብ"), "to"),
        "እና": "and",
        **dict.fromkeys(("ቀን", "ዕለት", "ወር", "ወርሒ", "ዓመት", "በ", "ብ", "ኣብ", "ላይ"), ""),
    }.items()
})

_ET_DAY: Final = r"[0-9]{1,2}"
_ET_MONTH: Final = r"et[mg][0-9]{2}"
#: An Ethiopian date once in tokens, its year taken out: a month and its part (``etm02 late``, ``late etm02``), or a
#: day or a range of days (``from``) with the month before or after each day (``etm02 24``, ``24 etm02``, ``etm02 30
#: to etm03 1``, ``24 to 25 etm02``).
_ETHIOPIAN_DATE: Final = re.compile(
    rf"(?P<part>early|mid|late) (?P<pm>{_ET_MONTH})|(?P<mp>{_ET_MONTH}) (?P<part2>early|mid|late)"
    rf"|(?P<om>{_ET_MONTH})"
    rf"|(?:from )?(?:(?P<m1>{_ET_MONTH}) )?(?P<d1>{_ET_DAY})(?: (?P<m1a>{_ET_MONTH}))?"
    rf"(?: ?(?:-|to|and) ?(?:(?P<m2>{_ET_MONTH}) )?(?P<d2>{_ET_DAY})(?: (?P<m2a>{_ET_MONTH}))?)?"
)
#: A day and a year after a month's name with a slash between them, as Ethiopian statements write a day (ሰኔ 15/2013).
_ET_DAY_SLASH_YEAR: Final = re.compile(r"(?<![0-9/.])([0-9]{1,2}) ?/ ?([0-9]{4})(?![0-9/.])")
#: A date in digits, day first or year first (ISO), for the hint where the era says it is Ethiopian.
_ET_DIGITS: Final = re.compile(
    r"(?P<a>[0-9]{1,2}) ?(?P<s>[./-]) ?(?P<b>[0-9]{1,2}) ?(?P=s) ?(?P<y>[0-9]{4})"
    r"|(?P<yf>[0-9]{4}) ?(?P<sf>[./-]) ?(?P<mf>[0-9]{1,2}) ?(?P=sf) ?(?P<df>[0-9]{1,2})"
)


def _ethiopian_tokens(text: str) -> str | None:
    """``text`` with the words of an Ethiopian date as their tokens (`_ETHIOPIAN_WORDS`), or None where a letter is
    no such word."""
    plain = _ETHIOPIC_BEFORE_DIGITS.sub(" ", text.translate(_ETHIOPIC_PUNCTUATION).translate(_ETHIOPIC_HOMOPHONES))
    plain = _DIGIT_LETTER.sub(" ", _ET_DAY_SLASH_YEAR.sub(r"\1 \2", _plain_letters(" ".join(plain.split()))))
    return _in_english(plain, _ETHIOPIAN_WORDS)


def _ethiopian_named(year: int, month: int, day: int) -> str:
    return f"{day} {_ETHIOPIAN_MONTH_NAMES[month - 1]} {year}"


def _ethiopian_digits_hint(english: str) -> str:
    """For a date in digits with the Ethiopian era (``24/02/2013 ዓ.ም.``, ``2013-02-24 ዓ.ም.``), the sentence naming
    the Gregorian day of each order of its digits that is an Ethiopian day; else nothing."""
    rest = " ".join(word for word in english.split() if word != "etera")
    if not (found := _ET_DIGITS.fullmatch(rest)):
        return ""
    if found["yf"]:
        orders = [(int(found["yf"]), int(found["mf"]), int(found["df"]))]
    else:  # day first, as Ethiopian statements write digits, then month first
        year, first, second = int(found["y"]), int(found["a"]), int(found["b"])
        orders = list(dict.fromkeys(((year, second, first), (year, first, second))))
    readings = []
    for year, month, day in orders:
        if year in _ETHIOPIAN_YEARS and 1 <= month <= 13 and 1 <= day <= _ethiopian_month_length(year, month):
            readings.append(f"{_ethiopian_named(year, month, day)}, that is "
                            f"{_ethiopian_to_gregorian(year, month, day).isoformat()}")
    if not readings:
        return ""
    return (f"; the text says ዓ.ም., the Ethiopian calendar, where it is {' or '.join(readings)}: write the Gregorian "
            "day, or the month by its name (as 'ጥቅምት 24 ቀን 2013 ዓ.ም.'), which is read as Ethiopian")


def _ethiopic_numerals_date(value: str) -> DateSpan:
    """The date of a text with Ethiopic numerals: read, as its numerals in digits, where it is a date of the Ethiopian
    calendar (`_ethiopian_date`: ``ጥቅምት ፳፬ ቀን ፳፻፲፫ ዓ.ም.``), as the numerals count its days and years; refused
    otherwise, as they count no Gregorian year."""
    refused = NormalizeError(
        f"cannot read a date from {value!r}: Ethiopic numerals are read only in a date of the Ethiopian calendar with "
        "its month named (as 'ጥቅምት ፳፬ ቀን ፳፻፲፫ ዓ.ም.'), as they count its days and years; write the date of the "
        "Gregorian calendar in digits, as 2012-06-04")
    try:
        digits = _ethiopic_as_digits(value)
    except NormalizeError:
        raise refused from None
    written = " ".join(_fold(digits).replace(",", " ").split())
    if len(written) > _LONGEST:
        raise refused
    if (named := _WEEKDAY_FIRST.fullmatch(written)) and not _WEEKDAY_FIRST.fullmatch(named["rest"]):
        if _ethiopian_date(named["rest"], value) is None:
            raise refused
    elif _ethiopian_date(written, value) is None:
        raise refused
    span = _parse_date(digits)
    return DateSpan(span.start, span.end, span.precision, value)


def _ethiopian_date(written: str, value: str) -> DateSpan | None:
    """The span of a date of the Ethiopian calendar whose month is named in Amharic or Tigrinya (``ጥቅምት 24 ቀን 2013
    ዓ.ም.``, ``ሰኔ 15/2013``, ``15 ሰነ 2013 ዓ.ም``, ``ከጥቅምት 30 እስከ ኅዳር 1 ቀን 2013 ዓ.ም.``, ``በጥቅምት ወር መጨረሻ 2013``) as
    Gregorian days, or of an Ethiopian year with its era (``2013 ዓ.ም.``, precision "year"); None where the text is
    none. The conversion is exact.

    NormalizeError for a day the month does not have, a year outside `_ETHIOPIAN_YEARS`, a date in digits with the
    Ethiopian era (with the Gregorian day of each order: `_ethiopian_digits_hint`), an Ethiopian month with the
    Gregorian era (እ.ኤ.አ.), and a month that Eritrea also gives a Gregorian month (`_ERITREAN_MONTHS`) without the
    era ዓ.ም. or a month Eritrea does not have beside it: both readings are named."""
    if not (english := _ethiopian_tokens(written)) or "et" not in english:
        return None
    words = english.split()
    if "etera" in words and not any(word.startswith(("etm", "etg")) for word in words):
        if hint := _ethiopian_digits_hint(english):
            digits = " ".join(word for word in words if word != "etera")
            refused = (str(_numeric_date(numeric, value)) if (numeric := _NUMERIC_DATE.fullmatch(digits)) else
                       f"cannot read a date from {value!r}: dates in digits are refused")
            raise NormalizeError(f"{refused}{hint}")
        rest = [word for word in words if word != "etera"]
        if len(rest) == 1 and len(rest[0]) == 4 and rest[0].isdigit():
            year = int(rest[0])
            first = _ethiopian_day(year, 1, 1, value)
            return _span(first, _ethiopian_day(year, 13, _ethiopian_month_length(year, 13), value), "year", value)
        return None
    eras = {word for word in words if word in ("etera", "gcera")}
    dated = [word for word in words if word not in eras]
    # the year first or last (በ2013 ዓ.ም. ጥቅምት 24, ጥቅምት 24 ቀን 2013 ዓ.ም.), once
    years = [word for word in dated if len(word) == 4 and word.isdigit()]
    if len(years) != 1 or dated.index(years[0]) not in (0, len(dated) - 1):
        return None
    year = int(years[0])
    body = " ".join(word for word in dated if word != years[0])
    if not (found := _ETHIOPIAN_DATE.fullmatch(body)):
        return None
    months = re.findall(_ET_MONTH, body)
    shown = f"{value!r}"
    if "gcera" in eras:
        raise NormalizeError(
            f"cannot read a date from {shown}: its month is one of the Ethiopian calendar, but እ.ኤ.አ. says the year "
            "is Gregorian; write the Gregorian date, as 2012-06-04")
    if "etera" not in eras and all(month.startswith("etg") for month in months):
        numbers = [int(month[3:]) for month in months]
        gregorian = " and ".join(dict.fromkeys(_MONTH_NAMES[_ERITREAN_GREGORIAN_MONTH[n - 1] - 1] for n in numbers))
        ethiopian = " and ".join(dict.fromkeys(_ETHIOPIAN_MONTH_NAMES[n - 1] for n in numbers))
        days, example = "", "2012-06-04"
        if readings := _both_readings(found, year):
            days, example = f" ({readings[0]} by the Ethiopian calendar, {readings[1]} by the Gregorian)", readings[1]
        raise NormalizeError(
            f"cannot read a date from {shown}: the month's name is Tigrinya's for {ethiopian} of the Ethiopian "
            f"calendar, as Tigray dates, and for {gregorian} of the Gregorian calendar, as Eritrea dates{days}; "
            f"write ዓ.ም. after the year if the source counts Ethiopian years, else the Gregorian date, as {example}")
    if part := found["part"] or found["part2"]:
        month = int((found["pm"] or found["mp"])[3:])
        first, last = _ethiopian_month(year, month, value)
        low, high = PARTS_OF_MONTH[part]
        if month == 13:
            raise NormalizeError(f"cannot read a date from {shown}: Pagume has 5 or 6 days, which have no parts; "
                                 "write the days")
        return _span(first + dt.timedelta(days=low - 1),
                     last if high is None else first + dt.timedelta(days=high - 1), "range", value)
    if found["om"]:
        first, last = _ethiopian_month(year, int(found["om"][3:]), value)
        return _span(first, last, "month", value)
    left, right = found["m1"] or found["m1a"], found["m2"] or found["m2a"]
    if (found["m1"] and found["m1a"]) or (found["m2"] and found["m2a"]) or not (left or right):
        return None
    if found["d2"] is None:
        day = _ethiopian_day(year, int(left[3:]), int(found["d1"]), value)
        return _span(day, day, "day", value)
    end_month = int((right or left)[3:])
    start = _ethiopian_day(year, int((left or right)[3:]), int(found["d1"]), value)
    end = _ethiopian_day(year, end_month, int(found["d2"]), value)
    return _span(start, end, "range", value)


# --------------------------------------------------------------------------------------------------------------
# Myanmar Era years
# --------------------------------------------------------------------------------------------------------------

#: Myanmar Era years that a Burmese date may give with a Gregorian month (``၁၃၈၅ ခုနှစ် ဧပြီလ``): 1738 to 2138.
_MYANMAR_ERA_YEARS: Final = range(1100, 1501)


def _myanmar_era(span: DateSpan, value: str) -> DateSpan:
    """``span``, unless it is a Burmese date whose year is one of the Myanmar Era (`_MYANMAR_ERA_YEARS`, before the
    Gregorian years a claim may give): then NormalizeError with the Gregorian year to write. The Myanmar year starts at
    the new year in mid-April: its April (from the new year) to December are in the Gregorian year ME + 638, its
    January to April (before the new year) in ME + 639."""
    year = span.start.year
    if year not in _MYANMAR_ERA_YEARS or not _BURMESE_LETTER.search(value):
        return span
    months = {span.start.month, span.end.month} if span.precision != "year" else {1, 12}
    readings = []
    if any(month >= 4 for month in months):
        readings.append(f"{year + 638} for April (from the new year) to December")
    if any(month <= 4 for month in months):
        readings.append(f"{year + 639} for January to April (before the new year)")
    raise NormalizeError(
        f"cannot read a date from {value!r}: {year} is a year of the Myanmar Era, which starts at the Myanmar new year "
        f"in mid-April, not of the Common Era: its months are in {' and in '.join(readings)}; write the date with "
        "its Gregorian year, in digits (ISO) or before ခုနှစ်")


# --------------------------------------------------------------------------------------------------------------
# Parties
# --------------------------------------------------------------------------------------------------------------


def _plain(char: str) -> str:
    """A Latin letter as plain ASCII (``ə`` → ``e``, ``ł`` → ``l``); characters of other scripts unchanged."""
    if char.isascii() or not unicodedata.name(char, "").startswith("LATIN"):
        return char
    return str(anyascii(char)).casefold()


#: Quote marks written for one another in names: Hebrew acronyms take the gershayim or a plain double quote (צה״ל,
#: צה"ל), and an apostrophe is typed straight, curly or as a modifier letter (Côte d’Ivoire, Côte d'Ivoire).
_QUOTE_MARKS: Final = str.maketrans({
    "\u05f4": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u05f3": "'", "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'", "\u02b9": "'",
})  # fmt: skip


#: What `_party_key` drops: the invisible marks of `_INVISIBLE` and the soft hyphen.
_PARTY_INVISIBLE: Final = {**_INVISIBLE, ord("\u00ad"): None}


def _party_key(text: str) -> str:
    """A name as compared: NFKC, casefolded, combining marks dropped, other Latin letters as ASCII (``ə`` is
    ``e``, ``ı`` is ``i``), quote marks of one kind alike (`_QUOTE_MARKS`), dashes as spaces, whitespace collapsed,
    no leading "the"; direction marks and zero-width characters dropped (`_INVISIBLE`, with the soft hyphen), so that
    a name that looks like another is that name ("Azerbaijan" with a zero-width joiner was an alias of its own)."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text.translate(_PARTY_INVISIBLE)).casefold())
    plain = "".join(_plain(char) for char in folded if not unicodedata.combining(char))
    words = plain.translate(_QUOTE_MARKS).translate(_DASHES).replace("-", " ").split()
    if not plain.isascii():  # the Ethiopic letters Amharic says alike: ሕወሓት, ህወሓት and ህወሃት are one name
        words = [word.translate(_ETHIOPIC_HOMOPHONES) for word in words]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _name_words(key: str) -> list[str]:
    """The words of a `_party_key`: runs of letters, marks and digits (quote marks, dots and brackets split)."""
    return "".join(char if unicodedata.category(char)[0] in "LNM" else " " for char in key).split()


def _compact_key(key: str) -> str:
    """Only the letters and digits of a `_party_key`: ``m 23``, ``f.a.r.d.c.`` and ``al shabaab`` as ``m23``,
    ``fardc`` and ``alshabaab``."""
    return "".join(_name_words(key))


#: The scripts whose letters look alike (``a``, ``а`` and ``α``; ``i`` and ``і``): a name that mixes their letters
#: looks right on screen and is not the name it looks like.
_LOOKALIKE_SCRIPTS: Final = ("LATIN", "CYRILLIC", "GREEK")

#: Cyrillic and Greek letters that look like a Latin letter, as that letter: an id typed with one (``cstо-watch``,
#: a Cyrillic о) looks like an id of Latin letters. Letters of each case as they look; the result is casefolded.
_LOOKALIKES: Final = str.maketrans(
    "АВЕЅІЈКМНОРСТУХаеѕіјԁһкмнорстухԛԝӏүΑΒΕΖΗΙΚΜΝΟΡΤΥΧαβεηικνορτυχ",
    "ABESIJKMHOPCTYXaesijdhkmhopctyxqwlyABEZHIKMNOPTYXabenikvoptux")


def _look_key(text: str) -> str:
    """A name as it looks: its `_party_key` with each Cyrillic or Greek letter that looks like a Latin letter as
    that letter (`_LOOKALIKES`), so that ``аrmenia`` with a Cyrillic ``а`` is ``armenia``."""
    return _party_key(unicodedata.normalize("NFKC", text).translate(_LOOKALIKES))


def _mixed_scripts(text: str) -> str:
    """For the message of a name not found: a note naming the odd letters when a word of ``text`` mixes letters of
    the scripts that look alike (``Росiя``: a Latin ``i`` among Cyrillic letters), else nothing."""
    for word in text.split():
        letters: dict[str, list[str]] = {}
        for char in word:
            if char.isalpha() and (script := unicodedata.name(char, "").split(" ", 1)[0]) in _LOOKALIKE_SCRIPTS:
                letters.setdefault(script, []).append(char)
        if len(letters) > 1:
            main = max(letters, key=lambda script: len(letters[script]))
            odd = "; ".join(f"{script.title()} {', '.join(dict.fromkeys(chars))}"
                            for script, chars in letters.items() if script != main)
            return f" (the word {word!r} has {odd} among {main.title()} letters: retype it in one script)"
    return ""


#: The most words of a party's name that `PartyResolver.named_in` looks for inside a text (a party's longest real
#: name, "Democratic Forces for the Liberation of Rwanda", has seven).
_NAMED_IN_WORDS: Final = 12
#: The case endings written onto a party's name in the languages relays name speakers in, as `_party_key` folds
#: them (ə as e, ı as i, й as и): Russian and Ukrainian (Азербайджана, Армении, Арменией, України), Armenian
#: (Ադրբեջանի, Հայաստանից, Արցախում) and Azerbaijani and Turkish (Ermənistanın, Azərbaycana, Ermənistandan). A word
#: is read so only where the exact words name no party (`PartyResolver.named_in`).
_PARTY_CASE_ENDINGS: Final = frozenset({
    "а", "я", "у", "ю", "ом", "ем", "ои", "еи", "е", "и", "ы", "ии", "ию", "иеи", "і", "ії", "ію",
    "ի", "ին", "ից", "ով", "ում", "ը", "ն", "ու",
    "in", "un", "nin", "nun", "a", "e", "ya", "ye", "da", "de", "dan", "den", "ta", "te", "tan", "ten", "i", "u",
    "na", "ne", "nda", "nde", "ndan", "nden",
})
#: The final vowels a case ending takes the place of (Армения, Армении; Україна, України).
_PARTY_FINAL_VOWELS: Final = ("я", "а", "a", "ա")


#: The Korean particles and the word for a side written onto a party's name: subject (이, 가), topic (은, 는),
#: object (을, 를), of (의), and (와, 과), also (도), from and by (에서, 에게, 으로, 로), side (측, 쪽).
_KO_PARTY_PARTICLE: Final = re.compile(
    "(?<=[\uac00-\ud7a3]) ?(?:이|가|은|는|을|를|의|와|과|도|에서|에게|으로|로|측|쪽)$")


#: Words that say who the people hit were, not whose side they are on: a casualty's ``category`` (`_category_word`),
#: in English, French, Swahili (raia, wananchi: citizens; askari, wanajeshi: soldiers), Kinyarwanda (abaturage:
#: the population; abasirikare: soldiers), Indonesian and Malay (warga sipil, civilians; orang awam, Malay
#: civilians; prajurit, tentara, soldiers; askar, tentera, Malay soldiers), Vietnamese (dân thường, thường dân:
#: civilians; ngư dân: fishermen; binh sĩ, quân nhân, bộ đội: soldiers) and Filipino (sibilyan, civilians;
#: mangingisda, fishers; sundalo, kawal: soldiers); compared as names are (`_party_key`: without their marks).
_CATEGORY_WORDS: Final[Mapping[str, str]] = MappingProxyType({
    _party_key(word): category for words, category in (
        (("civilians", "civilian", "civils", "civil", "population civile", "raia", "wananchi", "abaturage",
          "warga sipil", "sipil", "masyarakat sipil", "warga", "penduduk", "orang awam", "dân thường", "thường dân",
          "người dân", "ngư dân", "sibilyan", "mga sibilyan", "mangingisda", "mga mangingisda"), "civilians"),
        (("soldiers", "soldier", "troops", "servicemen", "military", "militaires", "soldats", "askari", "wanajeshi",
          "abasirikare", "prajurit", "tentara", "militer", "askar", "tentera", "binh sĩ", "quân nhân", "bộ đội",
          "sundalo", "mga sundalo", "kawal"), "soldiers"))
    for word in words
})


#: The Indonesian and Malay word for a side before a party's name, written apart: pihak TNI (the TNI side), pihak
#: KKB; as names are compared (`_party_key`: in lower case).
_INDONESIAN_PARTY_SIDE: Final = re.compile("^pihak (?=.)")


def _category_word(text: str) -> str:
    """For the message of a name not found: where ``text`` is a word for civilians or soldiers (`_CATEGORY_WORDS`:
    ``raia``, ``civils``; also after the Indonesian word for a side, `_INDONESIAN_PARTY_SIDE`: ``pihak warga``), that
    it belongs in ``category`` and the party is the side the people are counted for; nothing otherwise."""
    key = _party_key(text)
    category = _CATEGORY_WORDS.get(key) or _CATEGORY_WORDS.get(_INDONESIAN_PARTY_SIDE.sub("", key))
    if category is None:
        return ""
    return (f" ({text.strip()!r} is a word for {category}, who they were and not a side: in a casualty, write "
            f"category: {category} and the side as the party; or add {text.strip()!r} as an alias of a party of its "
            "own in case.yaml)")


#: The Thai and Khmer words for a side or a country written before a party's name, as neither writes spaces between
#: words: ฝ่าย, ทาง (the side of), ประเทศ (the country); ភាគី, ខាង (the side of), ប្រទេស (the country); as names are
#: compared (`_party_key`: without tone marks and the Khmer coeng).
_THAI_KHMER_PARTY_SIDE: Final = re.compile(
    f"^(?:{'|'.join(_party_key(word) for word in ('ฝ่าย', 'ทาง', 'ประเทศ', 'ភាគី', 'ខាង', 'ប្រទេស'))})"
    " ?(?=[\u0e01-\u0e4e\u1780-\u17dd])")


#: The Amharic በ (by, in), የ (of), ከ (from), ለ (for) and the Tigrinya ብ (by) written onto the first syllable of a
#: party's name, and the Amharic article ው after its last (የኢትዮጵያ, of Ethiopia; በሕወሓት, by the TPLF; ጁንታው, the
#: junta), where two syllables of the name remain.
_ETHIOPIC_PARTY_AFFIXES: Final = re.compile(
    "^(?P<on>[በየከለብ])?(?P<name>[\u1200-\u135a]{2}.*?)(?P<article>ው)?$")


class PartyResolver:
    """Resolves a party id, name or alias of a case to the party id.

    Comparison ignores case, script-specific compatibility forms (NFKC), diacritics (``Azerbaycan`` is
    ``Azərbaycan``), dashes versus spaces, extra whitespace and a leading "the". ``unknown`` resolves to
    `UNKNOWN`. Building fails if a party id is declared twice, if a name is empty or reads as ``unknown``, or if
    two parties share a name or have names that look alike: the same but for letters of another script that look
    like its letters (`_look_key`: ``аrmenia`` with a Cyrillic ``а`` beside ``armenia``), which would split one
    side's figures between two parties that read the same in the report.

    A text that matches no name so is compared once more with only its letters and digits (`_compact_key`):
    ``M-23`` and ``M 23`` are the alias ``M23``, ``F.A.R.D.C.`` is ``FARDC``, ``Alshabaab`` is ``al-Shabaab`` —
    how a group's name is written varies between sources more than its letters do. That second look names a party
    only when no other party has a name with the same letters and digits.
    """

    def __init__(self, parties: Iterable[Party], *,
                 problems: list[tuple[int, tuple[str | int, ...], str]] | None = None) -> None:
        """Without ``problems``, the first problem raises `NormalizeError`; with it, each problem is added to it as
        (the party's index, the field of the party: ``("aliases", 2)``, the problem) and the others are looked for
        too, so that a case file's every problem is told at once."""
        self._ids: list[str] = []
        self._names: dict[str, tuple[str, str]] = {}  # key -> (party id, name as written)
        self._looks: dict[str, tuple[str, str]] = {}  # `_look_key` -> (party id, name as written)
        self._compact: dict[str, set[str]] = {}  # compact key -> the party ids with a name of those letters
        self._longest: int | None = None  # the most words of a name (`named_in`), counted when first needed
        for index, party in enumerate(parties):
            found: list[tuple[tuple[str | int, ...], str]] = []
            if party.id in self._ids:
                found.append((("id",), f"party id {party.id!r} is declared twice"))
            else:
                self._ids.append(party.id)
                named: list[tuple[tuple[str | int, ...], str]] = [(("id",), party.id), (("name",), party.name)]
                named.extend((("aliases", k), alias) for k, alias in enumerate(party.aliases))
                for field, name in named:
                    if (problem := self._add(party.id, name)) is not None:
                        found.append((field, problem))
            if found and problems is None:
                raise NormalizeError(found[0][1])
            if problems is not None:
                problems.extend((index, field, problem) for field, problem in found)
        self._known = ", ".join(self._ids)

    def _add(self, party_id: str, name: str) -> str | None:
        """Take ``name`` as a name of ``party_id``; the problem when it cannot be one, else ``None``."""
        key = _party_key(name)
        if not key:
            return f"party {party_id!r} has an empty name or alias: {name!r}"
        if key == UNKNOWN:
            return f"party {party_id!r} cannot be called {name!r}: {UNKNOWN!r} is reserved"
        owner, written = self._names.setdefault(key, (party_id, name))
        if compact := _compact_key(key):
            self._compact.setdefault(compact, set()).add(party_id)
        if owner != party_id:
            return f"the name {name!r} of party {party_id!r} is already a name of party {owner!r} ({written!r})"
        owner, written = self._looks.setdefault(_look_key(name), (party_id, name))
        if owner != party_id:
            return (f"the name {name!r} of party {party_id!r} looks like the name {written!r} of party {owner!r}: "
                    "letters of another script stand for some of its letters"
                    + (_mixed_scripts(name) or _mixed_scripts(written))
                    + "; two parties whose names look alike cannot be told apart in the claims or the report: "
                    "write each name in one script, or give names that differ visibly")
        return None

    @property
    def ids(self) -> tuple[str, ...]:
        """The party ids, in the order declared."""
        return tuple(self._ids)

    def named_in(self, text: str) -> frozenset[str]:
        """The parties one of whose names or aliases ``text`` holds as whole words ("porte-parole des FARDC",
        "a spokesman of the Armenian ministry", "M-23 spokesman"), compared as `resolve` compares a whole text by its
        letters and digits: who speaks, where a text names a speaker by its party. Names of fewer than three letters
        and digits are left out (a two-letter id is a common word somewhere), and so are letters two parties share,
        and names of more than `_NAMED_IN_WORDS` words."""
        words = _name_words(_party_key(text))
        if self._longest is None:
            # Names of more words than `_NAMED_IN_WORDS` are not looked for inside a text: each start would join
            # that many words, and a hostile alias of thousands of words made this take minutes.
            self._longest = min(max((len(_name_words(key)) for key in self._names), default=0), _NAMED_IN_WORDS)
        found: set[str] = set()
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + self._longest) + 1):
                joined = "".join(words[start:end])
                owners = self._compact.get(joined, ()) if len(joined) >= 3 else ()
                if len(owners) == 1:
                    found.update(owners)
        if not found:
            for word in words:
                found.update(self._inflected(word))
        return frozenset(found)

    def _inflected(self, word: str) -> set[str]:
        """The one party of a one-word name that ``word`` is in a case form (`_PARTY_CASE_ENDINGS`): the name with
        an ending after it (``Азербайджана``, of Azerbaijan; ``Ermənistanın``; ``Ադրբեջանի``), or a name that ends in
        a vowel with an ending in its place (``Армении``, of Armenia), the name of five letters or more, so that
        who speaks is told where a relayed speaker names its party in the genitive ("Минобороны Азербайджана")."""
        owners: set[str] = set()
        for cut in range(1, min(4, len(word) - 4) + 1):
            stem, ending = word[:-cut], word[-cut:]
            if ending not in _PARTY_CASE_ENDINGS:
                continue
            owners |= self._compact.get(stem, set())
            for vowel in _PARTY_FINAL_VOWELS:
                owners |= self._compact.get(stem + vowel, set()) if len(stem) >= 4 else set()
        return owners if len(owners) == 1 else set()

    def resolve(self, text: str) -> str:
        """The id of the party that ``text`` names, or `UNKNOWN` for "unknown"; NormalizeError otherwise."""
        if not isinstance(text, str):
            raise NormalizeError(f"expected a party name as text, got {_show(text)}")
        key = _party_key(text)
        if key == UNKNOWN:
            return UNKNOWN
        if (found := self._names.get(key)) is not None:
            return found[0]
        owners = self._compact.get(_compact_key(key), set())
        if len(owners) == 1:
            return next(iter(owners))
        # Korean writes its particles onto the noun (북한군이, 북한의, 국군 측): the name is the noun.
        if (not key.isascii() and (particle := _KO_PARTY_PARTICLE.search(composed := unicodedata.normalize("NFC", key)))
                and (found := self._names.get(_party_key(composed[: particle.start()]))) is not None):
            return found[0]
        # Thai and Khmer write the word for a side onto the name (ฝ่ายกัมพูชา, ភាគីថៃ): the name is what follows it.
        if (not key.isascii() and (side := _THAI_KHMER_PARTY_SIDE.match(key))
                and (found := self._names.get(_party_key(key[side.end() :]))) is not None):
            return found[0]
        # Indonesian and Malay name a party by its side (pihak TNI, the TNI side): the name is what follows the word.
        if ((side := _INDONESIAN_PARTY_SIDE.match(key))
                and (found := self._names.get(_party_key(key[side.end() :]))) is not None):
            return found[0]
        # Amharic and Tigrinya write a preposition onto the name (የኢትዮጵያ, ብሰራዊት ትግራይ) and the Amharic article after
        # it (ጁንታው): the name is what remains, where only one reading of them names a party.
        if not key.isascii() and (affixed := _ETHIOPIC_PARTY_AFFIXES.match(key)):
            before, name, after = affixed["on"] or "", affixed["name"], affixed["article"] or ""
            # the name without the preposition, without the article, without both
            readings = {f"{name}{after}", f"{before}{name}", name} - {key}
            named = {found[0] for reading in readings if (found := self._names.get(reading)) is not None}
            if len(named) == 1:
                return next(iter(named))
        raise NormalizeError(
            f"unknown party {text!r}; expected a party id, name or alias of this case ({self._known}) or 'unknown'"
            + (_mixed_scripts(text) or self._named_within(text) or _category_word(text) or ALIAS_HINT)
        )

    def _named_within(self, text: str) -> str:
        """For the message of a name not found: a note on the parties whose names ``text`` holds among other words
        (`named_in`): two or more (``Boko Haram/ISWAP``, as statements join groups they do not tell apart) cannot
        be one initiator or casualty party; one (``Boko Haram terrorists``) is named with words that are no part of
        its name. Nothing where ``text`` holds no name."""
        found = [party for party in self._ids if party in self.named_in(text)]
        if len(found) > 1:
            return (f" (it names {len(found)} parties, {', '.join(found)}: a claim names one; write the one the source "
                    "means, or 'unknown' where it does not tell them apart)")
        if found:
            return (f" (it holds a name of party {found[0]!r} among other words: if the source means that party "
                    f"alone, write {found[0]!r}; or add the text as an alias of the party in case.yaml)")
        return ""
