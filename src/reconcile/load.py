"""Read a case folder into a `Case`: the edge where untrusted input comes in.

The folder holds ``case.yaml`` (parties), an optional ``gazetteer.yaml`` and one file per source in YAML, JSON or
CSV (extensions are case-insensitive; other files, hidden files, Office's ``~$`` owner files, sub-folders and links
to folders are ignored). Reading happens in three layers:

1. `reconcile._documents` turns bytes into plain data with the line of every value (UTF-8, safe YAML, bounded sizes).
2. cattrs structures the data into private ``_Raw*`` classes with unknown keys forbidden, collecting *every* problem
   with its field path.
3. `reconcile.normalize` reads dates, counts and party names; cross-file checks follow (duplicate ids or claim ids
   of one source that look alike, a source in two files or two source ids that look alike,
   ``supersedes``/``adds_to`` naming unknown claims, forming a cycle or, for ``supersedes``, a later claim,
   ``relays`` naming the claim's own source or a typo of a source id); a ``relays`` that names a source of the
   case by another form of its name is linked to it (`independence.Alignment.relayed_source`).

Every problem of a file is told in one run, so that a file is fixed at once: a value with a problem is left out and
the rest is still checked (`_salvaged`), an entry of a list that is no mapping among them, and a source header's
problem does not keep its file's claims from being read (`_Reader.problems_only`).

Problems come in two weights. *File problems* (a broken ``case.yaml``, a file that does not parse, a bad source
header, a source id in two files) make the case unreadable. *Claim problems* concern one claim: with
``on_bad_claim="error"`` (the default) they are errors too; with ``on_bad_claim="reject"`` the claim goes to
`Case.rejected` with its reason and everything else is read. Claims that revise or add to a rejected claim are
rejected with it, since their meaning depends on it. Either way nothing is dropped silently.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import errno
import itertools
import math
import operator
import os
import re
import sys
import typing
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any, Final, Literal, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from reconcile import _documents as documents
from reconcile import _gc, _parallel, regional
from reconcile._documents import (
    Document,
    DocumentError,
    Table,
    WrittenFloat,
    WrittenKey,
    find_surrogate,
    format_path,
)
from reconcile.errors import CaseError, NormalizeError, Problem
from reconcile.independence import Alignment, RelayedSource
from reconcile.models import (
    CATEGORIES,
    MEASURES,
    SOURCE_KINDS,
    STANCES,
    Case,
    Casualties,
    Claim,
    Count,
    DateSpan,
    GazetteerEntry,
    Party,
    Rejected,
    Source,
)
from reconcile.normalize import (
    _LOOKALIKES,
    _MONTH_NAMES,
    ALIAS_HINT,
    MAX_COUNT,
    PartyResolver,
    _mixed_scripts,
    _solar_hijri_hint,
    month_number,
    parse_count,
    parse_date,
    parse_stated,
)

__all__ = ["MAX_TEXT_CHARS", "Limits", "OnBadClaim", "field_lines", "gazetteer_notes", "load_case", "tables_not_read"]

OnBadClaim = Literal["error", "reject"]

#: The longest text accepted in one field (a quote may be long; a whole web page pasted in is not a quote).
MAX_TEXT_CHARS: Final = 100_000


@attrs.frozen(kw_only=True)
class Limits:
    """Bounds on what one case may hold, each refused with a message that names it. Generous by default.

    - ``file_bytes``: the largest file read (a larger one is refused before it is read);
    - ``claims_per_file``: the most claims in one source file;
    - ``text_chars``: the longest text in one field (a longer one rejects its claim; outside a claim, in
      ``case.yaml``, ``gazetteer.yaml`` or a source header, it is a problem of its file);
    - ``yaml_values``: the most values a YAML file may expand to through anchors and aliases;
    - ``depth``: the deepest nesting of a YAML or JSON file.
    """

    file_bytes: int = documents.MAX_FILE_BYTES
    claims_per_file: int = 1_000_000
    text_chars: int = MAX_TEXT_CHARS
    yaml_values: int = documents.MAX_NODES
    depth: int = documents.MAX_DEPTH

#: The beginnings of names of files that are never read: hidden files (LibreOffice's lock file ``.~lock.x.csv#``
#: among them) and Office's owner files (``~$x.csv``, which Excel keeps beside a file it has open).
_IGNORED_PREFIXES: Final = (".", "~$")

CASE_FILES: Final = ("case.yaml", "case.yml")
GAZETTEER_FILES: Final = ("gazetteer.yaml", "gazetteer.yml")
SOURCE_SUFFIXES: Final = (".yaml", ".yml", ".json", ".csv")
# Tables that are not read, though a user may take them for a source's claims: a workbook saved as it was kept, a
# tab-separated export. They are ignored like every other file, and named in a note (`tables_not_read`).
_TABLE_SUFFIXES: Final = (".xlsx", ".xlsm", ".xls", ".ods", ".numbers", ".tsv", ".tab")

# A statement reports what has happened: an event may begin at most a day after it (a statement late in the day
# in one time zone, an incident dated by another), not later.
_STATED_SLACK: Final = dt.timedelta(days=1)

# A statement may be dated at most a day after the day of the run that reads it (`load_case`'s ``run_day``, in UTC):
# it is already the next day east of UTC (in Asia and the Pacific) when a run in the evening in UTC reads it.
_RUN_SLACK: Final = dt.timedelta(days=1)

# The earliest day a statement or an event may fall on: conflict records begin after it, and an earlier year is a
# typo (`0022-09-16` for 2022) or a date of another calendar. An event long before its statement is legal (a
# tribunal, a retrospective report), whatever the gap.
_EARLIEST: Final = dt.date(1800, 1, 1)

# Dates as spreadsheets save them. A date cell exported by Excel, LibreOffice or pandas carries a time of day
# (`2022-03-29 00:00:00`), and a cell formatted as a number is the day's serial number (`44900`, days since
# 1899-12-30 in Excel's count). Neither is read as a day, since the time may be of another zone and the number may
# be anything: the message says what the text is and what to write instead.
_DAY_AND_TIME: Final = re.compile(
    r"\s*(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?\s*")
_SERIAL_DAY: Final = re.compile(r"\s*([1-9]\d{4})(?:\.0+)?\s*")
_SERIAL_EPOCH: Final = dt.date(1899, 12, 30)
# A date cell saved as the spreadsheet shows it, in a short display format with a two-digit year or none: `Aug-24`
# (mmm-yy), `24-Aug-24` (d-mmm-yy), `24-Aug` (d-mmm), and so in the language of the spreadsheet (`août-24`,
# `25-févr.-24`). The format drops the day, the year's century or the year: the message says what is lost.
_SHOWN_DATE: Final = re.compile(
    r"\s*(?:(?P<day>[0-9]{1,2})-)?(?P<month>[^\W\d_]{3,9})\.?(?:-(?P<year>[0-9]{2}))?\s*")
# A spreadsheet's error value (`#N/A`, `#VALEUR!`, LibreOffice's `Err:502`) or a formula saved as its text.
_SHEET_ERROR: Final = re.compile(
    r"\s*(?:#(?:N/A|NA|VALUE!|VALEUR!|REF!|DIV/0!|NAME\?|NOM\?|NUM!|NOMBRE!|NULL!|NUL!|SPILL!|CALC!|ERROR!?)"
    r"|Err:\d{3})\s*", re.IGNORECASE)
# A day named relative to the statement, in English and French, as press reports date what they report: it is a day
# only beside the statement's, which a date does not know.
_RELATIVE_DAY: Final = re.compile(
    r"\s*(?:yesterday|the day before(?: yesterday)?|today|this (?:morning|afternoon|evening|week)|last night|tonight"
    r"|(?:last|this|on|past) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend)"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:last|night|morning))?"
    r"|hier(?: soir| matin)?|avant-hier|aujourd'hui|aujourd’hui|ce matin|cette nuit|la veille|l'avant-veille"
    r"|(?:la |cette )?semaine (?:dernière|passée)|le week-end dernier|ce week-end"
    r"|(?:(?:le |ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))(?: (?:dernier|passé|soir|matin|"
    r"après-midi|nuit))?)\s*", re.IGNORECASE)


def _spreadsheet_date_hint(value: object) -> str:
    """What a date that did not read looks like when it is a spreadsheet's: a day with a time of day, or a serial
    day number; else ``""``."""
    text = str(value) if isinstance(value, int | float | dt.datetime) and not isinstance(value, bool) else value
    if not isinstance(text, str):
        return ""
    if match := _DAY_AND_TIME.fullmatch(text):
        return (f"; a time of day is not read: write the day alone, {match[1]} (spreadsheets and pandas save a date "
                "cell with its time, 00:00:00: format the column as text or as YYYY-MM-DD before saving)")
    if (match := _SERIAL_DAY.fullmatch(text)) and 20_000 <= (serial := int(match[1])) <= 80_000:
        day = _SERIAL_EPOCH + dt.timedelta(days=serial)
        return (f"; {match[1]} looks like a spreadsheet's day number ({day.isoformat()} in Excel's count): format "
                "the column as a date, YYYY-MM-DD, before saving, and check the day")
    if _SHEET_ERROR.fullmatch(text):
        return ("; it is a spreadsheet's error value (its formula failed), not a date: write the day the source "
                "gives, as 2012-06-04")
    if text.strip().startswith("=") and len(text.strip()) > 1:
        return ("; it is a spreadsheet formula saved as its text, not a date: write the day the source gives, as "
                "2012-06-04")
    if _RELATIVE_DAY.fullmatch(text):
        return ("; a day named from the day of the statement is not read, as a date does not know that day: write "
                "the day it names, as 2012-06-04 (and keep the source's words in the quote)")
    return _shown_date_hint(text)


def _shown_date_hint(text: str) -> str:
    """What a date cell saved in a spreadsheet's short display format lost (`_SHOWN_DATE`: ``Aug-24``,
    ``24-Aug-24``, ``24-août``), with the reading to check; else ``""``."""
    match = _SHOWN_DATE.fullmatch(text)
    if match is None or (match["day"] is None and match["year"] is None):
        return ""
    month = month_number(match["month"])
    if month is None:
        return ""
    name = _MONTH_NAMES[month - 1]
    save = ("format the column as text, or as the date format YYYY-MM-DD, and save again (the cell holds the "
            "whole date; the file holds what it showed)")
    if match["day"] is None:
        year = 2000 + int(match["year"])
        return (f"; {text.strip()!r} looks like a date cell saved as a spreadsheet shows it, month and year (mmm-yy: "
                f"{name} {year}?), without its day: {save}; where the source gives the month only, write "
                f"{year}-{month:02d}")
    day = int(match["day"])
    if not 1 <= day <= 31:
        return ""
    if match["year"] is None:
        return (f"; {text.strip()!r} looks like a date cell saved as a spreadsheet shows it, day and month (d-mmm: "
                f"{day} {name}), without its year: {save}")
    year = 2000 + int(match["year"])
    try:
        shown = dt.date(year, month, day)
    except ValueError:
        return ""
    return (f"; {text.strip()!r} looks like a date cell saved as a spreadsheet shows it, with a two-digit year "
            f"(d-mmm-yy: {day} {name} {year}?): {save}, or write {shown.isoformat()} if that is the day")


def _hinted(parse: Callable[[Any], T]) -> Callable[[Any], T]:
    """``parse`` of a date whose error also says when the text is a spreadsheet's date (`_spreadsheet_date_hint`)."""
    def read(value: Any) -> T:
        try:
            return parse(value)
        except NormalizeError as exc:
            if hint := _spreadsheet_date_hint(value):
                raise NormalizeError(f"{exc}{hint}") from None
            raise
    return read


_read_stated: Final = _hinted(parse_stated)
_read_date: Final = _hinted(parse_date)


# Ids become parts of global ids ("<source>/<claim>"), event ids and file names: letters (any script), digits and
# . _ - : only, starting with a letter or digit.
_ID = re.compile(r"[^\W_][\w.:-]{0,199}")
_CASE_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,99}")

T = TypeVar("T")
PathT = documents.Path

if typing.TYPE_CHECKING:
    from reconcile.notes import Note


# --- the raw schema: what the files may say, before normalization -----------------------------------------------


@attrs.frozen(kw_only=True)
class _RawParty:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    aligned_with: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class _RawCaseFile:
    case: str
    title: str
    parties: tuple[_RawParty | None, ...]  # None: an entry that is no mapping (`_HOLE`), told as a problem
    regional_gazetteer: str | None = None


@attrs.frozen(kw_only=True)
class _RawSource:
    id: str
    name: str
    kind: str
    speaks_for: str | None = None
    aligned_with: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class _RawSourceFile:
    source: Any
    claims: Any = ()


@attrs.frozen(kw_only=True)
class _RawCasualties:
    party: str
    category: str = "unknown"
    killed: Any = None
    wounded: Any = None
    captured: Any = None
    missing: Any = None


@attrs.frozen(kw_only=True)
class _RawClaim:
    id: str
    stated: Any
    quote: str
    date: Any
    place: str
    reference: str | None = None
    url: str | None = None
    region: str | None = None
    event: str | None = None
    initiator: str | None = None
    stance: str = "asserts"
    relays: str | None = None
    supersedes: tuple[str, ...] = ()
    adds_to: tuple[str, ...] = ()
    casualties: tuple[_RawCasualties | None, ...] = ()  # None: an entry that is no mapping (`_HOLE`), told


@attrs.frozen(kw_only=True)
class _RawPlace:
    id: str
    name: str
    variants: tuple[str, ...] = ()
    country: str | None = None
    region: str | None = None
    lat: float | None = None
    lon: float | None = None


@attrs.frozen(kw_only=True)
class _RawGazetteer:
    places: tuple[_RawPlace | None, ...] = ()  # None: an entry that is no mapping (`_HOLE`), told as a problem


class _Wrong(ValueError):
    """A value of the wrong shape; the message is shown to the user as it is."""


def _text(value: Any, _: type) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, WrittenFloat):
        return value.text  # YAML reads `quote: 1.50` as a number; it is still the text as written
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # YAML reads `id: 2012` as a number; it is still an id
    if isinstance(value, bool):
        raise _Wrong(_YAML_BOOLEAN)
    raise _Wrong(f"expected text, got {_kind(value)}")


#: What a true or false where text is expected is told, in a YAML file and in a JSON file (`_Reader.problem`).
_YAML_BOOLEAN: Final = ("expected text, got true/false (YAML reads a plain yes, no, on, off, true or false so); put "
                        "the value in quotes to keep it as text")
_JSON_BOOLEAN: Final = ("expected text, got the JSON value true or false; put the value in quotes to keep it as "
                        "text (\"true\")")


#: What `reconcile.normalize.parse_count` says of a true or a false, and what a YAML and a JSON file are told instead.
_BOOLEAN_COUNTS: Final = tuple(f"expected a count, got {value!r}; write 0 or quote the word" for value in (True, False))
_YAML_BOOLEAN_COUNT: Final = ("expected a count, got true/false (YAML reads a plain yes, no, on, off, true or false "
                              "so); write 0 for none, or put the word in quotes to keep it as text")
_JSON_BOOLEAN_COUNT: Final = "expected a count, got the JSON value {value}; write a number (0 for none)"


def _texts(value: Any, _: type) -> tuple[str, ...]:
    """A list of text; items that are empty or only whitespace are left out, as an empty CSV cell is."""
    if value is None:
        return ()
    if isinstance(value, str | int | WrittenFloat) and not isinstance(value, bool):
        value = [value]  # one item written without brackets
    if isinstance(value, list | tuple):
        try:
            items = tuple(_text(item, str) for item in value)
        except _Wrong:
            # Every item that is not text is told, by its index: the first does not hide the others.
            wrong = []
            for k, item in enumerate(value):
                try:
                    _text(item, str)
                except _Wrong as exc:
                    wrong.append(f"item {k}: {exc}")
            raise _Wrong("; ".join(wrong)) from None
        if all(item and not item.isspace() for item in items):
            return items  # an item of only invisible characters is named at its index by `_blank_fields`
        for k, item in enumerate(items):  # before blank items are left out, which would shift the indices
            if emptiness := _emptiness(item):
                raise _Wrong(f"item {k} {_invisible_problem(emptiness)}")
        return tuple(item for item in items if item.strip())
    raise _Wrong(f"expected a list of text, got {_kind(value)}")


# Characters that show nothing on their own: whitespace, format characters (Cf: zero-width space U+200B, zero-width
# non-joiner and joiner, word joiner U+2060, byte-order mark U+FEFF, soft hyphen U+00AD...), space separators (Zs),
# line and paragraph separators and controls.
_INVISIBLE_CATEGORIES: Final = frozenset(("Cc", "Cf", "Zs", "Zl", "Zp"))
# And the characters of other categories that Unicode says show nothing (Default_Ignorable_Code_Point, in
# DerivedCoreProperties.txt, which Python's unicodedata does not give): the Hangul fillers (letters to Unicode,
# U+115F, U+1160, U+3164, U+FFA0), the combining grapheme joiner, the Khmer inherent vowels, the Mongolian free
# variation selectors, the variation selectors and the unassigned ignorables; and the blank Braille pattern
# (U+2800), a symbol drawn as nothing.
_IGNORABLE_RANGES: Final = (
    (0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F), (0x2800, 0x2800), (0x3164, 0x3164),
    (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
)
_IGNORABLE: Final = frozenset(chr(code) for low, high in _IGNORABLE_RANGES for code in range(low, high + 1))
# The tags and variation selectors of plane 14, U+E0000 to U+E0FFF, all ignorable: compared as a range.
_PLANE_14: Final = ("\U000e0000", "\U000e0fff")


# Of those, the ones Unicode counts as letters (the Hangul fillers): the only ones a text starting with a letter or
# digit can start with, which the loader checks on every text (`_Reader.read_claim`).
_IGNORABLE_LETTERS: Final = frozenset(char for char in _IGNORABLE if char.isalnum())


def _ignorable(char: str) -> bool:
    """Whether one character is one of those that show nothing though not of an invisible category."""
    return char in _IGNORABLE or _PLANE_14[0] <= char <= _PLANE_14[1]


def _blank_optional(texts: list[Any], absent: object) -> bool:
    """For the direct readers: set each optional text that is only whitespace to ``absent`` (as the careful reader
    takes it), in place; ``False`` when one shows only invisible characters (the careful reader words that)."""
    for k, text in enumerate(texts):
        if text:
            lead = text[:1]
            if not lead.isalnum() or lead in _IGNORABLE_LETTERS:
                shows = _emptiness(text)
                if shows:
                    return False
                if shows is not None:
                    texts[k] = absent
    return True


def _emptiness(value: str) -> str | None:
    """``None`` when ``value`` shows something; else ``""`` when it is empty or only whitespace, or the escapes of
    the invisible characters it holds (``"\\u200b"``) when it holds nothing else.

    Constant time for text that starts with a visible character, as nearly all text does.
    """
    first = value[:1]
    if first and first.isprintable() and not first.isspace() and not _ignorable(first):
        return None
    hidden: list[str] = []
    for char in value:
        if char.isspace():
            continue
        if unicodedata.category(char) not in _INVISIBLE_CATEGORIES and not _ignorable(char):
            return None
        escape = f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"
        if escape not in hidden:
            hidden.append(escape)
    return ", ".join(hidden)


def _empty_problem(emptiness: str) -> str:
    """The problem of a required text that is empty, given its `_emptiness`."""
    if not emptiness:
        return "must not be empty"
    return f"must not be empty: it holds only invisible characters ({emptiness})"


def _invisible_problem(emptiness: str) -> str:
    """The problem of an optional text that holds only invisible characters, given its `_emptiness`."""
    return (f"holds only invisible characters ({emptiness}): leave the field out if it has no value, or write the "
            "value")


def _blank_fields(raw: Any, required: Sequence[str] = (), optional: Sequence[str] = (),
                  lists: Sequence[str] = (), *, limit: int | None = None) -> Iterator[tuple[PathT, str]]:
    """(path relative to ``raw``, problem) for each text field of ``raw`` that shows nothing: a ``required`` one that
    is empty, only whitespace or only invisible characters; an ``optional`` one or an item of one of the ``lists``
    that holds only invisible characters (empty or whitespace is an absent value). With a ``limit``, also each of
    them longer than ``limit`` characters (`Limits.text_chars`, as for a claim's texts: a gazetteer's region of a
    million characters would take minutes to compare with every claim's)."""
    for name in required:
        if (emptiness := _emptiness(getattr(raw, name))) is not None:
            yield (name,), _empty_problem(emptiness)
        elif limit is not None and len(getattr(raw, name)) > limit:
            yield (name,), _too_long_problem(getattr(raw, name), limit)
    for name in optional:
        value = getattr(raw, name)
        if value is not None and (emptiness := _emptiness(value)):
            yield (name,), _invisible_problem(emptiness)
        elif value is not None and limit is not None and len(value) > limit:
            yield (name,), _too_long_problem(value, limit)
    for name in lists:
        for k, item in enumerate(getattr(raw, name)):
            if emptiness := _emptiness(item):
                yield (name, k), _invisible_problem(emptiness)
            elif limit is not None and len(item) > limit:
                yield (name, k), _too_long_problem(item, limit)


def _too_long_problem(value: str, limit: int) -> str:
    return f"text of {len(value):,} characters is longer than the limit of {limit:,}"


def _vocabulary(value: str, words: Iterable[str]) -> str | None:
    """The word of a closed vocabulary (source kinds, stances, categories) that ``value`` is, in any letter case and
    with spaces around it ("Denies", "Monitor " as spreadsheets keep them), or ``None``."""
    if value in words:
        return value
    folded = value.strip().casefold()
    return next((word for word in words if word == folded), None)


def _early_problem(what: str, day: dt.date, stated: dt.date | None, *, whole_day: bool = True) -> str:
    """The problem of a ``day`` before `_EARLIEST`, the date of ``what`` ("the statement", "the event"), with the
    year meant when it reads as two digits written as four (``0022``) and the statement's century is known, and,
    where ``day`` is a ``whole_day`` written in digits and a Solar Hijri day (``1399-07-21``), the Gregorian day it
    is."""
    known = stated is not None and stated >= _EARLIEST
    context = f" (the statement is of {stated.isoformat()})" if stated is not None and known else ""
    cause = "a typo, or a date of another calendar?"
    if stated is not None and known and day.year < 100:
        meant = stated.year // 100 * 100 + day.year
        cause = f"a typo: {day.year:04d} for {meant if meant <= stated.year else meant - 100}?"
    problem = f"{what} is dated {day.isoformat()}, before {_EARLIEST.year}{context}: check the year ({cause})"
    return problem + (_solar_hijri_hint(day.year, day.month, day.day) if whole_day else "")


def _late_problem(what: str, day: dt.date, run_day: dt.date) -> str:
    """The problem of a ``day`` more than `_RUN_SLACK` after ``run_day``, the date of ``what`` ("the statement",
    "the event"), with the years meant where two neighbouring digits of the year swapped give one from `_EARLIEST`
    to the run's (``2102`` for 2012)."""
    written = f"{day.year:04d}"
    meant = sorted({year for i in range(len(written) - 1)
                    if _EARLIEST.year <= (year := int(written[:i] + written[i + 1] + written[i] + written[i + 2:]))
                    <= run_day.year})
    check = f"the year (a typo: {written} for {' or '.join(map(str, meant))}?)" if meant else "the date (a typo?)"
    why = ("a source cannot have said it after the run that reads it" if what == "the statement" else
           "a source reports what has happened")
    return (f"{what} is dated {day.isoformat()}, after the day of this run ({run_day.isoformat()} in UTC, or the "
            f"next day in time zones ahead of it): {why}; check {check}")


def _id_problem(value: str) -> str:
    """The problem of an id that does not match its rule: empty, or not the rule's characters. An id whose accented
    letters are each a letter and a combining mark (decomposed, NFD, as macOS and some editors save text) shows
    just like a valid one: the mark is named, with the letter to write instead."""
    emptiness = _emptiness(value)
    if emptiness is not None:
        return _empty_problem(emptiness)
    composed = unicodedata.normalize("NFC", value)
    if composed != value and _ID.fullmatch(composed):
        # The first letter with its marks that composes to fewer characters: the one to show.
        for letter in re.findall(r"\w\W+", value):
            if len(unicodedata.normalize("NFC", letter)) < len(letter):
                parts = " and ".join(repr(char) if k == 0 else f"U+{ord(char):04X}" for k, char in enumerate(letter))
                return (f"{_ID_RULE}: it writes {unicodedata.normalize('NFC', letter)!r} as {len(letter)} characters, "
                        f"{parts} (a combining mark, as some systems save accented letters); write each such letter "
                        f"as one character (the composed form, NFC: {composed!r})")
    return _ID_RULE


def _number(value: Any, _: type) -> float:
    """A coordinate: a finite number; what else was written is shown, in words that do not contradict it."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            number = float(value)
        except OverflowError:  # an int beyond any float (its digits may be too many for `repr` to write)
            raise _Wrong("expected a coordinate, got a whole number too large to be one") from None
        if math.isfinite(number):
            return number
        if isinstance(value, WrittenFloat) and any(char.isdigit() for char in value.text):
            # Digits that a float makes infinity of (`1e309`): a number, too large for a coordinate.
            raise _Wrong(f"expected a coordinate, got a number too large to be one ({_clipped(value.text, 40)})")
        kind = "not a number" if math.isnan(number) else "infinity"
        raise _Wrong(f"expected a finite number, got {number!r} ({kind})")
    if isinstance(value, str):
        if _EXPONENT_TEXT.fullmatch(value):
            number = float(value)
            meant = f"write it as {number!r}" if math.isfinite(number) else "it is too large to be a coordinate"
            raise _Wrong(f"expected a number, got the text {_clipped(value, 40)!r}: {_EXPONENT_AS_TEXT}; {meant}")
        raise _Wrong(f"expected a number, got the text {_clipped(value, 40)!r} (write the number without quotes, "
                     "with digits and a decimal point: 41.05)")
    raise _Wrong(f"expected a number, got {_kind(value)}")


def _whole_number_problem(value: Any) -> str | None:
    """What is wrong with a count written with a fraction or an exponent that is a whole number: its size or its
    sign (``1e9``, ``-2.0``), or else the form that is not a count's (``1e3``, and ``!!float 7``, a whole number made
    a float by its tag), never that it is not whole; ``None`` for any other value (`parse_count` reads ``7.0`` and
    tells what is wrong with ``7.5``).

    The number is judged as written, not as the float it reads as: ``1e309`` is a whole number too large, not the
    infinity a float makes of it, and ``1e-400`` is a fraction, not the 0 a float makes of it."""
    if not isinstance(value, float):
        return None
    shown = value.text if isinstance(value, WrittenFloat) else repr(value)
    try:
        exact = decimal.Decimal(shown.replace("_", ""))  # YAML 1.1 groups digits with `_`
    except decimal.InvalidOperation:
        return None  # `.inf`, `.nan`: no number
    if not exact.is_finite() or exact != exact.to_integral_value():
        return None
    shown = _clipped(shown, 40)  # a number of thousands of digits is shown by its start
    if exact < 0:
        return f"a count cannot be negative, got {shown}"
    if exact > MAX_COUNT:
        return f"expected figures of at most {MAX_COUNT:,}, got {shown}"
    if _PLAIN_DIGITS.fullmatch(shown):  # a float only by a tag: `!!float 7`
        return (f"a count is a whole number; the tag !!float makes {shown} a number with a fraction: remove the "
                f"tag (got !!float {shown})")
    if "e" in shown.casefold():  # `1e3`, `2.5E2`: whole, but written with an exponent
        return f"write the count {int(exact)} in digits, not with an exponent (got {shown})"
    return None


_PLAIN_DIGITS: Final = re.compile(r"[-+]?[0-9]+")
# A number written with an exponent, which YAML 1.1 reads as text unless it has a decimal point and a signed
# exponent (`4e1`, `1.0e309`; `4.0e+1` is a number), as a CSV cell is text: told as the number it is.
_EXPONENT_TEXT: Final = re.compile(r"\s*[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)[eE][-+]?[0-9]+\s*")
_EXPONENT_AS_TEXT: Final = ("YAML reads a number with an exponent as text unless it has a decimal point and a signed "
                            "exponent (4.0e+1)")


def _kind(value: Any) -> str:
    names = {dict: "a mapping", list: "a list", bool: "true/false", type(None): "nothing", float: "a number",
             int: "a number", str: "text", WrittenFloat: "a number", bytes: "binary data (a !!binary value)",
             set: "a set (a !!set value)", dt.date: "a date", dt.datetime: "a date and time"}
    return names.get(type(value), type(value).__name__)


def _clipped(text: str, size: int = 60) -> str:
    """``text`` cut to ``size`` characters, with ``...`` where it was cut: a value shown in a problem."""
    return text if len(text) <= size else f"{text[:size]}..."


#: An entry of a list of entries (a claim's casualties, a gazetteer's places, a case's parties) that cannot be read
#: at all, such as text where a mapping belongs, in the data that `_mended` gives: it is built as ``None``, so that
#: the entries after it keep their indices and are checked too. User data never holds it.
_HOLE: Final = object()


def _entries(structure: Callable[[Any, Any], Any], entry: type, what: str) -> Callable[[Any, Any], Any]:
    """``structure`` (of a tuple of ``entry``) for a list only: a mapping or text is one problem, not one per key or
    character. A `_HOLE` in the list is built as ``None``."""
    strict = tuple[entry, ...]  # type: ignore[valid-type]

    def structure_list(value: Any, _: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise _Wrong(f"expected a list of {what}, got {_kind(value)}")
        if not any(item is _HOLE for item in value):
            return structure(value, strict)
        built = iter(structure([item for item in value if item is not _HOLE], strict))
        return tuple(None if item is _HOLE else next(built) for item in value)

    return structure_list


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _text)
    converter.register_structure_hook_func(lambda t: t == tuple[str, ...], _texts)
    converter.register_structure_hook(float, _number)
    for entry, what in ((_RawCasualties, "casualty entries"), (_RawParty, "parties"), (_RawPlace, "places")):
        many = tuple[entry, ...]  # type: ignore[valid-type]
        holed = tuple[entry | None, ...]  # type: ignore[valid-type]
        converter.register_structure_hook_func(partial(operator.eq, holed),
                                               _entries(converter.get_structure_hook(many), entry, what))
    return converter


_converter = _make_converter()


def _structure(data: Any, cls: type[T], path: PathT) -> tuple[T | None, list[tuple[PathT, str]]]:
    """Structure ``data`` as ``cls``, returning every problem as (field path, message).

    The value is ``None`` when it cannot be built; it may be built despite problems (unknown keys dropped).
    """
    if not isinstance(data, Mapping):
        return None, [(path, f"expected a mapping of keys to values, got {_kind(data)}")]
    problems: list[tuple[PathT, str]] = []
    # cattrs stops at unknown keys; drop them and try again so that the other problems are reported too.
    for _ in range(8):
        try:
            # With unknown keys dropped the rest may structure: return it, so that its own checks run too.
            return _converter.structure(data, cls), problems
        except (ClassValidationError, IterableValidationError) as exc:
            found = list(_cattrs_problems(exc, path, cls))
        problems.extend(found)
        unknown = [where for where, message in found if message.startswith("unknown key")]
        if len(unknown) < len(found) or not unknown:
            return None, problems
        data = _without(data, [where[len(path):] for where in unknown])
    return None, problems


#: What a required field that could not be read stands in with, so that the other fields are checked: its own checks
#: are not made (its problem is told already) and its claim or file is refused.
_STAND_IN: Final = "x"

#: The fields that hold a list of entries, by their class, with the class of their entries: an entry that cannot
#: be read is left out of it (`_mended`), not the whole list.
_ENTRY_LISTS: Final[Mapping[tuple[type, str], type]] = {
    (_RawClaim, "casualties"): _RawCasualties, (_RawGazetteer, "places"): _RawPlace,
    (_RawCaseFile, "parties"): _RawParty}


def _salvaged(data: Any, cls: type[T], problems: Sequence[tuple[PathT, str]],
              path: PathT) -> tuple[T | None, frozenset[PathT]]:
    """``cls`` built from ``data``, whose ``problems`` (at paths under ``path``) stop it being built, with each value
    that has a problem left out (`_mended`), so that every other value is checked too: a quote written as a list
    does not hide a date that cannot be read, nor a casualty entry written as text the entries after it. With it
    the paths of the values left out, whose own checks are not to be made (their problem is told already); ``None``
    when it still cannot be built."""
    below = [where[len(path):] for where, _ in problems if len(where) > len(path) and where[:len(path)] == path]
    mended = _mended(data, cls, below) if below else None
    if mended is None:
        return None, frozenset()
    kept, told = mended
    raw, still = _structure(kept, cls, path)
    if raw is None or still:
        return None, frozenset()
    return raw, frozenset((*path, *where) for where in told)


def _mended(data: Any, cls: type, problems: Sequence[PathT]) -> tuple[dict[Any, Any], list[PathT]] | None:
    """The mapping ``data`` of ``cls`` with what has one of the ``problems`` (paths relative to ``data``) left out,
    and the paths left out; ``None`` when ``data`` is no mapping or a problem is the whole mapping's.

    - a key that is no field of ``cls`` (an unknown key) is left out;
    - an entry of a list of entries (`_ENTRY_LISTS`) is mended in turn, or is a `_HOLE` when it is no mapping, so
      that the other entries keep their indices;
    - any other field is left out, and a required one stands in (`_STAND_IN`, or an empty list of entries).
    """
    if not isinstance(data, Mapping) or any(not where for where in problems):
        return None
    fields = {field.name: field for field in attrs.fields(cls)}
    kept = {key: value for key, value in data.items() if key in fields}
    told: list[PathT] = []
    for name in fields:
        below = [where[1:] for where in problems if where[0] == name]
        if not below:
            continue
        entry = _ENTRY_LISTS.get((cls, name))
        value = data.get(name)
        if entry is not None and isinstance(value, list) and all(where and type(where[0]) is int for where in below):
            entries = list(value)
            for k in sorted({int(where[0]) for where in below}):
                inner = [where[1:] for where in below if where[0] == k]
                mended = _mended(entries[k], entry, inner)
                if mended is None:
                    entries[k] = _HOLE
                    told.append((name, k))
                else:
                    entries[k] = mended[0]
                    told.extend((name, k, *where) for where in mended[1])
            kept[name] = entries
            continue
        told.append((name,))
        kept.pop(name, None)
        if fields[name].default is attrs.NOTHING:
            kept[name] = [] if entry is not None else _STAND_IN
    return kept, told


def _without(data: Any, paths: Sequence[PathT]) -> Any:
    """A copy of ``data`` without the values at ``paths`` (relative to ``data``)."""
    if not paths:
        return data
    if isinstance(data, Mapping):
        drop = {p[0] for p in paths if len(p) == 1}
        return {key: _without(value, [p[1:] for p in paths if len(p) > 1 and p[0] == key])
                for key, value in data.items() if key not in drop}
    if isinstance(data, list):
        return [_without(value, [p[1:] for p in paths if len(p) > 1 and p[0] == index])
                for index, value in enumerate(data)]
    return data


_MISSING: Final = "required, but missing"


def _cattrs_problems(exc: BaseException, path: PathT, cls: type | None) -> Iterator[tuple[PathT, str]]:
    if isinstance(exc, ClassValidationError | IterableValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            step: str | int = note.index if isinstance(note, IterableValidationNote) else note.name
            sub_cls = note.type if isinstance(note.type, type) and attrs.has(note.type) else None
            yield from _cattrs_problems(sub, (*path, step), sub_cls)
        for sub in without:
            yield from _cattrs_problems(sub, path, cls)
    elif isinstance(exc, ForbiddenExtraKeysError):
        accepted = ", ".join(field.name for field in attrs.fields(exc.cl)) if attrs.has(exc.cl) else ""
        # Keys are text (`documents.WrittenKey` keeps a YAML key as written): ordered by their text all the same,
        # so that no two keys of different types are ever compared.
        for key in sorted(exc.extra_fields, key=str):
            near = _near_word(key, [field.name for field in attrs.fields(exc.cl)]) if (
                attrs.has(exc.cl) and isinstance(key, str)) else None
            meant = "" if near is None else f" (did you mean {near!r}?)"
            yield (*path, key), f"unknown key {_key_shown(key)}{meant}; the keys accepted here are: {accepted}"
    elif isinstance(exc, KeyError):
        yield path, _MISSING
    elif isinstance(exc, _Wrong):
        yield path, str(exc)
    elif isinstance(exc, AttributeError | TypeError):
        yield path, "expected a mapping of keys to values"
    else:
        yield path, f"invalid value ({exc})"


def _key_shown(key: Any) -> str:
    """An unknown key as written, with what YAML read it as when that is not text (``'on'``, which YAML reads as
    true)."""
    if isinstance(key, WrittenKey):
        return f"{str(key)!r} (written without quotes, YAML reads it as {key.read_as})"
    return repr(key)


# --- the loader ---------------------------------------------------------------------------------------------------


@attrs.define
class _ClaimDraft:
    """A claim on its way in: its index in the file, its problems so far, and the claim once it could be built."""

    file: str
    source: str | None
    line: int
    path: PathT
    claim: Claim | None
    raw_id: str | None
    problems: list[Problem]


class _Reader:
    """Collects file problems and claim drafts over one case folder."""

    def __init__(self, root: Path, limits: Limits, run_day: dt.date | None = None) -> None:
        self.root = root
        self.limits = limits
        self.run_day = run_day
        # The last day a statement or an event may be dated (`_RUN_SLACK`); without a run's day, any day.
        self.latest = dt.date.max if run_day is None else min(run_day, dt.date.max - _RUN_SLACK) + _RUN_SLACK
        self.file_problems: list[Problem] = []
        self.drafts: list[_ClaimDraft] = []
        self.sources: dict[str, tuple[Source, str]] = {}
        self.source_keys: dict[str, str] = {}  # the id of each source by its `_source_key`
        # Dates, counts and party names repeat across claims; their readers are pure and their values immutable,
        # so each distinct text is read once (failures are not kept: they are read again, to report them).
        self._dates: dict[str, Any] = {}
        self._stated: dict[str, Any] = {}
        self._count_texts: dict[str, Count] = {}  # counts written as text (most of them), and as whole numbers
        self._count_numbers: dict[int, Count] = {}
        self._parties: dict[tuple[int, str], str] = {}
        # The draft that holds each global id: the first with it, whether it could be read or not (`link`).
        self.holders: dict[str, _ClaimDraft] = {}

    # helpers

    def display(self, path: Path) -> str:
        try:
            return path.relative_to(self.root.parent).as_posix()
        except ValueError:
            return path.as_posix()

    def problem(self, file: str, doc: Document | None, path: PathT, message: str, *, line: int = 0,
                claim: str | None = None, labels: Mapping[PathT, str] | None = None) -> Problem:
        if not line and doc is not None:
            line = doc.line(path)
        if doc is not None and doc.syntax == "json" and _YAML_BOOLEAN in message:
            message = message.replace(_YAML_BOOLEAN, _JSON_BOOLEAN)
        if doc is not None and message in _BOOLEAN_COUNTS:  # normalize's words show Python's True and False
            message = (_JSON_BOOLEAN_COUNT if doc.syntax == "json" else _YAML_BOOLEAN_COUNT).format(
                value=str(message == _BOOLEAN_COUNTS[0]).lower())
        return Problem(file=file, line=line, field=_label(path, labels), message=_with_value(doc, path, message),
                       claim=claim)

    def read_text(self, path: Path) -> str | None:
        read = self.read_text_and_suspects(path, suspects=False)
        return None if read is None else read[0]

    def read_text_and_suspects(self, path: Path, *, suspects: bool = True) -> tuple[str, bool | None] | None:
        """The file's text, and, when ``suspects`` is asked for, whether it may hold text that the parsers refuse
        without an escape (`documents.raw_suspects`, found in the bytes, faster than in the text); ``None`` with a
        problem noted when the file cannot be read."""
        shown = self.display(path)
        try:
            size = path.stat().st_size
            if size > self.limits.file_bytes:
                self.file_problems.append(Problem(shown, 0, "", (
                    f"the file is {size:,} bytes; the limit is {self.limits.file_bytes:,} bytes: split it into "
                    "several files")))
                return None
            raw = path.read_bytes()
            return documents.decode(raw), documents.raw_suspects(raw) if suspects else None
        except DocumentError as exc:
            message = exc.message
            if path.suffix.lower() == ".csv":
                message = _not_utf8_csv_problem(message, raw)
            self.file_problems.append(Problem(shown, exc.line, "", message))
        except OSError as exc:
            self.file_problems.append(Problem(shown, 0, "", f"cannot read the file: {exc.strerror or exc}"))
        return None

    def parse(self, path: Path, text: str, suspects: bool | None = None) -> Document | None:
        shown = self.display(path)
        try:
            if path.suffix.lower() == ".json":
                doc = documents.parse_json(text, max_depth=self.limits.depth, suspects=suspects)
            else:
                doc = documents.parse_yaml(text, max_nodes=self.limits.yaml_values, max_depth=self.limits.depth,
                                           suspects=suspects)
        except DocumentError as exc:
            self.file_problems.append(Problem(shown, exc.line, format_path(exc.path) if exc.path else "", exc.message))
            return None
        for where, line, message in doc.warnings:
            if len(where) >= 2 and where[0] == "claims" and isinstance(where[1], int):
                continue  # a claim's own problem: read_claim reports it with the claim
            self.file_problems.append(Problem(shown, line, format_path(where) if where else "", message))
        return doc

    # case.yaml

    def read_case_file(self, path: Path,
                       text: str | None = None) -> tuple[_RawCaseFile, PartyResolver, tuple[Party, ...]] | None:
        """Read the case file at ``path``, or ``text`` as that file (a file about to be written); ``None`` when it
        has a problem (noted)."""
        read = self.read_case(path, text)
        if read is None:
            return None
        raw, resolver, parties = read
        return None if parties is None else (raw, resolver, parties)

    def read_case(self, path: Path,
                  text: str | None = None) -> tuple[_RawCaseFile, PartyResolver, tuple[Party, ...] | None] | None:
        """`read_case_file`, except that a case file with problems (noted) whose parties can still be told apart
        by name gives its resolver, with no parties: the source files are read with it for their own problems,
        which the case file's would otherwise hide till they are fixed (`_readable_parties`). ``None`` when the
        parties cannot be read so."""
        shown = self.display(path)
        if text is None:
            text = self.read_text(path)
        doc = self.parse(path, text) if text is not None else None
        if doc is None:
            return None
        if doc.data is None:  # named as an empty source file is, not as a mapping that is nothing
            self.file_problems.append(Problem(shown, 0, "", (
                "the file is empty; case.yaml holds the case's `case` id, `title` and `parties` (reconcile new "
                "writes one)")))
            return None
        raw, problems = _structure(doc.data, _RawCaseFile, ())
        for where, message in problems:
            self.file_problems.append(self.problem(shown, doc, where, message))
        told: frozenset[PathT] = frozenset()
        if raw is None:
            # The values that could be read are checked too: a party written as text does not hide the others'.
            raw, told = _salvaged(doc.data, _RawCaseFile, problems, ())
            if raw is None:
                return None
        # A word of a fixed list, read as other such words are (a source's `kind`): in any letter case, with spaces
        # around it; empty, it is left out, as an empty optional field of a claim is (the region's gazetteer).
        gazetteer_name = raw.regional_gazetteer
        raw = attrs.evolve(raw, regional_gazetteer=gazetteer_name.strip().lower() or None
                           if gazetteer_name is not None else None)
        before = len(self.file_problems)
        if ("case",) not in told and not _CASE_ID.fullmatch(raw.case):
            emptiness = _emptiness(raw.case)
            self.file_problems.append(self.problem(shown, doc, ("case",), (
                "a case id is lowercase letters, digits, '.', '_' and '-' (it names the output folder)"
                if emptiness is None else _empty_problem(emptiness))))
        for where, message in _blank_fields(raw, required=("title",), limit=self.limits.text_chars):
            self.file_problems.append(self.problem(shown, doc, where, message))
        if not raw.parties and ("parties",) not in told:
            self.file_problems.append(self.problem(shown, doc, ("parties",), "a case needs at least one party"))
        if raw.regional_gazetteer is not None and raw.regional_gazetteer not in (*regional.REGIONS, regional.NONE):
            shipped = ", ".join(f"{name} ({region.title})" for name, region in regional.REGIONS.items())
            near = _near_word(raw.regional_gazetteer, (*regional.REGIONS, regional.NONE))
            meant = "" if near is None else f" (did you mean {near!r}?)"
            self.file_problems.append(self.problem(shown, doc, ("regional_gazetteer",), (
                f"no regional gazetteer {_clipped(gazetteer_name or '')!r}{meant}: the package ships {shipped}; "
                f"write {regional.NONE!r} for the case's own places only, or leave the key out for the gazetteer of "
                "the case's region")))
        seen: dict[str, int] = {}
        blank_names = False
        for index, party in enumerate(raw.parties):
            if party is None:
                continue  # no mapping: told
            if ("parties", index, "id") not in told:  # else its problem is told; the other fields are checked
                if not _ID.fullmatch(party.id):
                    self.file_problems.append(self.problem(shown, doc, ("parties", index, "id"),
                                                           _id_problem(party.id)))
                if party.id in seen:
                    message = f"party id {party.id!r} is already used by parties[{seen[party.id]}]"
                    self.file_problems.append(self.problem(shown, doc, ("parties", index, "id"), message))
                seen.setdefault(party.id, index)
            for where, message in _blank_fields(party, required=("name",), lists=("aliases", "aligned_with"),
                                                limit=self.limits.text_chars):
                self.file_problems.append(self.problem(shown, doc, ("parties", index, *where), message))
                blank_names = True
        if blank_names or any(where[0] == "parties" for where in told):
            # A resolver of these parties would tell the names told above again, or read stand-ins.
            return _names_only(raw, told)
        parties = tuple(Party(p.id, p.name, p.aliases, p.aligned_with) for p in raw.parties if p is not None)
        clashes: list[tuple[int, PathT, str]] = []
        resolver = PartyResolver(parties, problems=clashes)
        for index, field, message in clashes:
            if field == ("id",) and seen[parties[index].id] != index:
                continue  # an id given twice: told above
            self.file_problems.append(self.problem(shown, doc, ("parties", index, *field), message))
        if clashes:
            return _names_only(raw, told)
        resolved: list[Party] = []
        for index, declared in enumerate(parties):
            aligned = []
            for k, name in enumerate(declared.aligned_with):
                try:
                    aligned.append(_resolve_party(resolver, name))
                except NormalizeError as exc:
                    self.file_problems.append(self.problem(shown, doc, ("parties", index, "aligned_with", k),
                                                           str(exc)))
            resolved.append(attrs.evolve(declared, aligned_with=tuple(sorted(set(aligned) - {declared.id}))))
        if len(self.file_problems) > before or told:
            return _names_only(raw, told)
        return raw, resolver, tuple(resolved)

    # gazetteer.yaml

    def read_gazetteer(self, path: Path) -> tuple[GazetteerEntry, ...]:
        shown = self.display(path)
        text = self.read_text(path)
        doc = self.parse(path, text) if text is not None else None
        if doc is None:
            return ()
        if doc.data is None:
            self.file_problems.append(Problem(shown, 0, "", (
                "the file is empty; a gazetteer holds a `places:` list (`places: []` for none yet), or delete the "
                "file")))
            return ()
        raw, problems = _structure(doc.data, _RawGazetteer, ())
        for where, message in problems:
            self.file_problems.append(self.problem(shown, doc, where, message))
        told: frozenset[PathT] = frozenset()
        if raw is None:
            # The entries that could be read are checked too: an entry written as text does not hide the others'.
            raw, told = _salvaged(doc.data, _RawGazetteer, problems, ())
            if raw is None:
                return ()
        entries: list[GazetteerEntry] = []
        seen: dict[str, int] = {}
        for index, place in enumerate(raw.places):
            if place is None:
                continue  # no mapping: told
            here = ("places", index)
            # Every check of the entry is made, each on the fields whose problems are not told already.
            bad = {where[2] for where in told if len(where) == 3 and where[:2] == here}
            found = [((*here, *where), message) for where, message in _blank_fields(
                place, required=("id", "name"), optional=("country", "region"), lists=("variants",),
                limit=self.limits.text_chars)]
            if "id" not in bad and not any(where == (*here, "id") for where, _ in found):
                if place.id in seen:
                    found.append(((*here, "id"), f"place id {place.id!r} is already used by places[{seen[place.id]}]"))
                else:
                    seen[place.id] = index
            if (place.lat is None) != (place.lon is None) and not bad & {"lat", "lon"}:
                found.append((here, "give both lat and lon, or neither"))
            if place.lat is not None and not -90 <= place.lat <= 90:
                found.append(((*here, "lat"), "latitude must lie in [-90, 90]"))
            if place.lon is not None and not -180 <= place.lon <= 180:
                found.append(((*here, "lon"), "longitude must lie in [-180, 180]"))
            self.file_problems.extend(self.problem(shown, doc, where, message) for where, message in found)
            if not found and not bad:
                entries.append(GazetteerEntry(place.id, place.name, place.variants, _blank_none(place.country),
                                              _blank_none(place.region), place.lat, place.lon))
        return tuple(entries)

    # source files

    def read_source(self, path: Path, resolver: PartyResolver) -> None:
        if path.suffix.lower() == ".csv":
            self.read_csv_source(path, resolver)
        else:
            self.read_structured_source(path, resolver)

    def join(self, reads: Sequence[_FileRead]) -> bool:
        """Take in what other readers read of the source files (`_read_files`, one per file in order), as reading
        the files here would have: True, or False, taking in nothing, when a file declares a source that an
        earlier file of another share declared too (then the files are to be read here, which reports it)."""
        seen = set(self.source_keys)
        for read in reads:
            if read.source is not None:
                key = _source_key(read.source[0].id)
                if key in seen:
                    return False
                seen.add(key)
        for read in reads:
            self.file_problems.extend(read.problems)
            self.drafts.extend(read.drafts)
            if read.source is not None:
                self.sources[read.source[0].id] = read.source
                self.source_keys[_source_key(read.source[0].id)] = read.source[0].id
        return True

    def add_source(self, source: Source, shown: str, doc: Document | None, path: PathT, line: int = 0) -> bool:
        if source.id in self.sources:
            _, first = self.sources[source.id]
            self.file_problems.append(self.problem(shown, doc, path, (
                f"source id {source.id!r} is already declared in {first}; one source, one file"), line=line))
            return False
        key = _source_key(source.id)
        alike = self.source_keys.get(key)
        if alike is not None:
            _, first = self.sources[alike]
            self.file_problems.append(self.problem(shown, doc, path, _alike_problem(source.id, alike, first),
                                                   line=line))
            return False
        self.sources[source.id] = (source, shown)
        self.source_keys[key] = source.id
        return True

    def check_source(self, raw: _RawSource, resolver: PartyResolver, shown: str, doc: Document | None,
                     path: PathT, labels: Mapping[PathT, str] | None = None, line: int = 0,
                     told: frozenset[PathT] = frozenset()) -> Source | None:
        """The source of the header ``raw``, or ``None`` with its problems noted; the fields at ``told`` (whose
        problems are noted already, `_salvaged`) are not checked."""
        before = len(self.file_problems)

        def fail(where: PathT, message: str) -> None:
            if where in told:
                return
            self.file_problems.append(self.problem(shown, doc, where, message, labels=labels, line=line))

        if not _ID.fullmatch(raw.id):
            fail((*path, "id"), _id_problem(raw.id))
        kind = _vocabulary(raw.kind, SOURCE_KINDS)
        if kind is None:
            expected = f"unknown source kind; expected one of {', '.join(SOURCE_KINDS)}"
            problem = _word_problem(expected, raw.kind, SOURCE_KINDS)
            if problem == expected and doc is None:
                # A YAML or JSON document shows the value written; a CSV file's header row has none: say it here.
                problem += f" (got {_clipped(raw.kind)!r})"
            fail((*path, "kind"), problem)
        blank = list(_blank_fields(raw, required=("name",), optional=("speaks_for",), lists=("aligned_with",),
                                   limit=self.limits.text_chars))
        for where, message in blank:
            fail((*path, *where), message)
        speaks_for = None
        # Party names that show nothing are named above, not resolved.
        if raw.speaks_for is not None and raw.speaks_for.strip() and not blank and (*path, "speaks_for") not in told:
            try:
                speaks_for = _resolve_party(resolver, raw.speaks_for)
            except NormalizeError as exc:
                fail((*path, "speaks_for"), str(exc))
        aligned: list[str] = []
        for k, name in enumerate(raw.aligned_with):
            if _emptiness(name) is not None:
                continue  # named above
            try:
                aligned.append(_resolve_party(resolver, name))
            except NormalizeError as exc:
                fail((*path, "aligned_with", k), str(exc))
        if len(self.file_problems) > before:
            return None
        return Source(id=raw.id, name=raw.name, kind=kind, speaks_for=speaks_for,  # type: ignore[arg-type]
                      aligned_with=tuple(sorted(set(aligned))), file=shown, line=line or (doc.line(path) if doc else 0))

    def read_structured_source(self, path: Path, resolver: PartyResolver) -> None:
        shown = self.display(path)
        # Raw bidirectional formatting or mojibake (and in JSON a raw DEL or C1 control): found in the bytes.
        read = self.read_text_and_suspects(path)
        doc = self.parse(path, *read) if read is not None else None
        if doc is None:
            return
        if doc.data is None:
            self.file_problems.append(Problem(shown, 0, "", (
                "the file is empty; a source file holds a `source:` mapping and a `claims:` list")))
            return
        if isinstance(doc.data, dict) and doc.data.get("format") == _RECONCILIATION_FORMAT:
            self.file_problems.append(Problem(shown, 1, "", _OUTPUT_FILE.format(file="reconciliation.json")))
            return
        raw_file, problems = _structure(doc.data, _RawSourceFile, ())
        for where, message in problems:
            self.file_problems.append(self.problem(shown, doc, where, message))
        if raw_file is None:
            return
        raw_source, problems = _structure(raw_file.source, _RawSource, ("source",))
        for where, message in problems:
            self.file_problems.append(self.problem(shown, doc, where, message))
        told: frozenset[PathT] = frozenset()
        if raw_source is None:
            # The fields that could be read are checked too: a name written as a list does not hide a wrong kind.
            raw_source, told = _salvaged(raw_file.source, _RawSource, problems, ("source",))
            if raw_source is None:
                return
        source = self.check_source(raw_source, resolver, shown, doc, ("source",), told=told)
        header_read = source is not None and not told
        if header_read and source is not None and not self.add_source(source, shown, doc, ("source", "id")):
            return  # a source of another file: its claims are told with that file's
        source_id = source.id if header_read and source is not None else self.provisional_id(raw_source, told)
        if source_id is None:
            return
        claims = raw_file.claims
        if "claims" not in doc.data:
            self.file_problems.append(self.problem(shown, doc, ("claims",), (
                "required, but missing: a source file holds its claims in a `claims:` list (`claims: []` while it "
                "has none)")))
            return
        if claims is None:
            claims = []
        if not isinstance(claims, list):
            self.file_problems.append(self.problem(shown, doc, ("claims",),
                                                   f"expected a list of claims, got {_kind(claims)}"))
            return
        if len(claims) > self.limits.claims_per_file:
            self.file_problems.append(self.problem(shown, doc, ("claims",), (
                f"{len(claims):,} claims in one file; the limit is {self.limits.claims_per_file:,}: split the "
                "source into several files")))
            return
        warned = {where[1] for where, _, _ in doc.warnings if len(where) >= 2 and where[0] == "claims"}
        with self.problems_only(not header_read):
            for index, data in enumerate(claims):
                if index not in warned:
                    line = doc.line(("claims", index))
                    claim = self.direct_claim(data, source_id, resolver, shown, line)
                    if claim is not None:
                        self.drafts.append(_ClaimDraft(shown, source_id, line, ("claims", index), claim, claim.id,
                                                       []))
                        continue
                self.read_claim(data, source_id, resolver, shown, doc, ("claims", index))

    @staticmethod
    def provisional_id(raw: _RawSource, told: frozenset[PathT]) -> str | None:
        """The id under which the claims of a file whose source header has a problem of its own are read, for their
        problems to be told in the same run (`problems_only`): the header's id, when it is one; else ``None``. What
        other files declare does not matter (the claims are attributed to no source), so that the problems told do
        not depend on the order or the sharing of the files."""
        return None if ("source", "id") in told or not _ID.fullmatch(raw.id) else raw.id

    @contextlib.contextmanager
    def problems_only(self, only: bool) -> Iterator[None]:
        """Within it, when ``only``, the claims read keep only those of their drafts that have problems, attributed
        to no source: the claims of a file whose source header has a problem (which stops the run) are read for
        their own problems to be told with it, and take no part in the checks across claims (a duplicate id, a
        revision), whose source is not known."""
        if not only:
            yield
            return
        kept, self.drafts = self.drafts, []
        try:
            yield
        finally:
            for draft in self.drafts:
                if draft.problems:
                    draft.source = None
                    kept.append(draft)
            self.drafts = kept

    def read_csv_source(self, path: Path, resolver: PartyResolver) -> None:
        shown = self.display(path)
        read = self.read_text_and_suspects(path)
        if read is None:
            return
        text, suspects = read
        try:
            table = documents.parse_csv(text, suspects=suspects)
        except DocumentError as exc:
            # A file saved with vertical bars reads as one column, whose quoted multi-line cell the comma parser
            # cannot close: the separator, which the header shows, is the problem to name.
            separator = _header_separator_problem(text)
            if separator is not None:
                self.file_problems.append(Problem(shown, 1, "", separator))
            else:
                self.file_problems.append(Problem(shown, exc.line, "", exc.message))
            return
        header = _canonical_header(table.header)
        # Every problem of the header is told at once: a column named twice does not hide an unknown one.
        repeated = _repeated_columns(header, table.header)
        table = attrs.evolve(table, header=header)
        columns = _csv_columns(table, resolver)
        if repeated or isinstance(columns, list):
            self.file_problems.extend(Problem(shown, table.header_line, "", problem)
                                      for problem in repeated + (columns if isinstance(columns, list) else []))
            return
        if len(table.rows) > self.limits.claims_per_file:
            self.file_problems.append(Problem(shown, table.header_line, "", (
                f"{len(table.rows):,} claims in one file; the limit is {self.limits.claims_per_file:,}: split the "
                "source into several files")))
            return
        if not table.rows:
            self.file_problems.append(Problem(shown, table.header_line, "", (
                "the CSV file has a header but no rows; a source's CSV needs at least one claim row")))
            return
        width = len(table.header)
        table = _with_trailing_cells(table)
        example_at = table.header.index("reference") if "reference" in table.header else None

        def is_example(row: tuple[str, ...]) -> bool:
            return example_at is not None and len(row) == width and row[example_at].strip() == CSV_EXAMPLE_REFERENCE

        # The example row is rejected beside rows of the file's own, which are read as usual; a file that holds
        # nothing else is the template as written, with nothing of a source to read: the file is refused.
        if example_at is not None and all(is_example(row) for _, row in table.rows):
            self.file_problems.append(Problem(shown, table.rows[0][0], "reference", _ONLY_EXAMPLE_ROW_PROBLEM))
            return
        def repeats_header(row: tuple[str, ...]) -> bool:
            """A row that is the header again (two exports joined one after the other, a byte-order mark and all)."""
            return len(row) == width and _canonical_header(tuple(cell.lstrip("\ufeff") for cell in row)) == header

        # The source is read from the first row that has a cell for each column (a shorter row is rejected below)
        # and is not the template's example row, whose source columns hold the template's placeholders, nor a row
        # that repeats the header, whose source columns hold the columns' names.
        first_line, first_row = next(((line, row) for line, row in table.rows
                                      if len(row) == width and not is_example(row) and not repeats_header(row)),
                                     table.rows[0])
        source_cells = _csv_source_cells(table.header, first_row)
        # Every source column is named by its column, an empty one too (a required one is missing).
        labels: dict[PathT, str] = {
            ("source", key[len("source_"):] if key != "speaks_for" else key): key for key in _CSV_SOURCE_COLUMNS}
        mapping = _csv_source_mapping(source_cells)
        told: frozenset[PathT] = frozenset()
        if table.suspects:
            refused_cells = [(name, problem) for name, cell in zip(table.header, first_row, strict=False)
                             if name in _CSV_SOURCE_COLUMNS and (problem := documents.text_problem(cell)) is not None]
            if refused_cells:
                # Text refused in a source cell (a control character, mojibake) is told as the file's; the source is
                # read without it, and the rows for their own problems (`problems_only`), as a YAML header's.
                self.file_problems.extend(Problem(shown, first_line, name, problem)
                                          for name, problem in refused_cells)
                fields = {column: where for where, column in labels.items()}
                mended = _mended(mapping, _RawSource, [fields[name][1:] for name, _ in refused_cells])
                assert mended is not None  # a mapping, and no problem of the whole of it
                mapping = mended[0]
                told = frozenset(fields[name] for name, _ in refused_cells)
        raw_source, problems = _structure(mapping, _RawSource, ("source",))
        for where, message in problems:
            if message == _MISSING and where[-1] in _CSV_SOURCE_FIELDS:
                message = _EMPTY_CELL  # the column is there (the header has every required one): its cell is empty
            self.file_problems.append(Problem(shown, first_line, _label(where, labels), message))
        if raw_source is None:
            raw_source, salvaged = _salvaged(mapping, _RawSource, problems, ("source",))
            if raw_source is None:
                return
            told |= salvaged
        source = self.check_source(raw_source, resolver, shown, None, ("source",), labels, line=first_line,
                                   told=told)
        header_read = source is not None and not told
        if header_read and source is not None and not self.add_source(source, shown, None, (), line=first_line):
            return  # a source of another file: its claims are told with that file's
        source_id = source.id if header_read and source is not None else self.provisional_id(raw_source, told)
        if source_id is None:
            return
        with self.problems_only(not header_read):
            self.read_csv_rows(table, columns, source_id, resolver, shown, first_line, first_row, source_cells,
                               is_example, repeats_header)

    def read_csv_rows(self, table: Table, columns: Mapping[int, tuple[str, str, str]], source_id: str,
                      resolver: PartyResolver, shown: str, first_line: int, first_row: tuple[str, ...],
                      source_cells: Mapping[str, str], is_example: Callable[[tuple[str, ...]], bool],
                      repeats_header: Callable[[tuple[str, ...]], bool]) -> None:
        """Read the claim rows of ``table``, the source ``source_id``'s, whose source columns are those of
        ``first_row`` (on ``first_line``). A row with a cell for each column is read without the spaces around its
        cells' values (`_tidy_row`)."""
        width = len(table.header)
        if len(first_row) == width:
            first_row = _tidy_row(first_row)
        example_at = table.header.index("reference") if "reference" in table.header else None
        plan = _CsvPlan.of(table.header, columns)
        source_of = operator.itemgetter(*plan.source_indices)  # at least the three required source columns
        # When no row has a cell for each column, every row is rejected for its length before this is compared (a
        # source column past the end of the first row raised IndexError here).
        first_source = source_of(first_row) if len(first_row) == width else None
        claim_of = self.direct_csv(plan, resolver, source_id, shown)
        drafts = self.drafts
        # The first row's source cells whose text is refused, told with the source (`read_csv_source`): another row
        # is not asked to repeat them.
        first_refused = {name for name, cell in zip(table.header, first_row, strict=False)
                         if name in _CSV_SOURCE_COLUMNS and documents.text_problem(cell) is not None
                         } if table.suspects else set()
        for index, (line, row) in enumerate(table.rows):
            if len(row) != width:
                column, message = _cell_count_problem(plan, row, first_row if first_source is not None else None,
                                                      table.separator)
                draft = _ClaimDraft(shown, source_id, line, ("claims", index), None, plan.row_id(row), [Problem(
                    shown, line, column, message)])
                drafts.append(draft)
                continue
            row = _tidy_row(row)
            if example_at is not None and is_example(row):
                drafts.append(_ClaimDraft(shown, source_id, line, ("claims", index), None, None, [Problem(
                    shown, line, "reference", _EXAMPLE_ROW_PROBLEM)]))
                continue
            warnings = plan.text_warnings(row, index, line) if table.suspects else ()
            if source_of(row) == first_source:
                if warnings:  # text refused in the source columns is the first row's, told with the source
                    warnings = tuple(warning for warning in warnings if warning[0][-1] not in _CSV_SOURCE_COLUMNS)
                if claim_of is not None and not warnings:
                    claim = claim_of(row, line)
                    if claim is not None:
                        drafts.append(_ClaimDraft(shown, source_id, line, ("claims", index), claim, claim.id, []))
                        continue
            else:
                # A row whose source columns differ from the first row's is not read as a claim; text refused in one
                # (a control character, unbalanced bidirectional formatting, mojibake) makes it differ, and is named
                # as such.
                if repeats_header(row):
                    drafts.append(_ClaimDraft(shown, source_id, line, ("claims", index), None, None, [Problem(
                        shown, line, "", _HEADER_AGAIN.format(line=table.header_line))]))
                    continue
                cells = _csv_source_cells(table.header, row)
                refused = {where[-1] for where, _, _ in warnings if where[-1] in _CSV_SOURCE_COLUMNS}
                # Cells that read as the same value agree (`Belligerent` and `belligerent`, `Україна` and `ukraine`).
                differing = sorted(key for key in cells.keys() | source_cells.keys()
                                   if cells.get(key) != source_cells.get(key) and key not in refused | first_refused
                                   and self._source_value(resolver, key, cells.get(key))
                                   != self._source_value(resolver, key, source_cells.get(key)))
                if differing or refused:
                    labels = plan.labels(row, index)
                    reasons = [Problem(shown, at, _label(where, labels), message) for where, at, message in warnings]
                    if differing and not cells and _only_other_cells(table.header, row):
                        reasons.append(Problem(shown, line, "", _OTHER_CELLS_ONLY))
                    elif differing:
                        column = differing[0]
                        reasons.append(Problem(shown, line, column, (
                            f"the source columns must repeat the first row's values (line {first_line}): got "
                            f"{_cell_shown(cells.get(column))}, line {first_line} has "
                            f"{_cell_shown(source_cells.get(column))}")))
                    self.drafts.append(_ClaimDraft(shown, source_id, line, ("claims", index), None, plan.row_id(row),
                                                   reasons))
                    continue
            mapping = plan.claim(row)
            doc = Document(data={"claims": {index: mapping}}, lines={("claims", index): line}, warnings=warnings,
                           syntax="csv")
            self.read_claim(mapping, source_id, resolver, shown, doc, ("claims", index),
                            labels=_LazyLabels(partial(plan.labels, row, index)))

    def direct_csv(self, plan: _CsvPlan, resolver: PartyResolver, source_id: str,
                   shown: str) -> Callable[[tuple[str, ...], int], Claim | None] | None:
        """The direct reader of one CSV file's rows: ``claim_of(row, line)`` is the `Claim` that `read_claim` builds
        from the row's mapping (`_CsvPlan.claim`) when it finds no problem, built straight from the cells, without
        the mapping, the document, the labels, the draft's closure and the raw claim that `read_claim` makes for
        every row; ``None`` as soon as anything is unusual (a cell that is blank where a value is required, text
        that shows nothing, is too long or holds only invisible characters, a date, count or party that does not
        read, an unknown stance), and then the row is read by `read_claim`, which words the problems. ``None``, for
        the whole file, when a casualty column's party does not read or two read as the same party (`read_claim`
        names them).

        It checks what `read_claim` checks, in a cheaper order; a cell that is blank is an absent value, as in
        `_CsvPlan.claim`, and text that shows nothing is left to `read_claim` whichever way it would be taken.
        `tests/test_load_fast.py` checks it against `read_claim` on generated rows."""
        limit = self.limits.text_chars
        width = len(plan.header)
        # The claim's cells in the order unpacked below; a column the file leaves out reads as an empty cell.
        indices = [plan.index.get(name, width) for name in _DIRECT_COLUMNS]
        padded = width in indices
        pick = operator.itemgetter(*indices)
        # The casualty columns: each (party, category) entry's party read once for the file, and the entries
        # numbered in the order `read_claim` sorts a claim's casualties by.
        entries: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for i, _name, measure, party, category in plan.casualty_columns:
            entries[party, category].append((i, MEASURES.index(measure)))
        read_entries: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for (party, category), columns in entries.items():
            resolved = self._resolved(resolver, party)
            if resolved is None or (resolved, category) in read_entries:
                return None
            read_entries[resolved, sys.intern(category)] = columns
        order = sorted(read_entries)
        entry_keys = tuple(order)
        cells = tuple(sorted((i, number, measure) for number, key in enumerate(order)
                             for i, measure in read_entries[key]))
        # Rows repeat their figures (at 100,000 claims a third of the rows hold a run of casualty cells that no row
        # before held): the casualties of each distinct run of cells are read once and shared by the claims, as
        # each distinct entry is, and as dates and counts are (immutable values, equal however they are shared).
        figures_of = operator.itemgetter(*(i for i, _, _ in cells)) if cells else None
        read_figures: dict[Any, tuple[Casualties, ...] | None] = {}
        shared_entries: dict[tuple[int | str | None, ...], Casualties] = {}
        id_match = _ID.fullmatch
        dates, stated_days, counts, latest = self._dates, self._stated, self._count_texts, self.latest
        initiators: dict[str, str] = {}  # `_party` by the text alone (this file's resolver); "" when blank
        stances = {stance: sys.intern(stance) for stance in STANCES}
        stances[""] = "asserts"  # an empty cell: absent, the default
        ignorable, emptiness, intern, split = _IGNORABLE_LETTERS, _emptiness, sys.intern, _split_list

        def casualties_of(row: tuple[str, ...]) -> tuple[Casualties, ...] | None:
            """The casualties of ``row``'s cells, or ``None`` when a figure does not read."""
            found: dict[int, list[str | None]] | None = None
            for i, number, measure in cells:
                cell = row[i]
                if cell and (value := cell.strip()):
                    if found is None:
                        found = {}
                    texts = found.get(number)
                    if texts is None:
                        texts = found[number] = [None, None, None, None]
                    texts[measure] = value
            if found is None:
                return ()
            casualties = []
            for number in sorted(found):
                key = (number, *found[number])
                entry = shared_entries.get(key)
                if entry is None:
                    given: list[Count | None] = []
                    for text in found[number]:
                        count = None if text is None else _parsed(counts, parse_count, text)
                        if count is None and text is not None:
                            return None
                        given.append(count)
                    entry = shared_entries[key] = Casualties(*entry_keys[number], *given)  # type: ignore[arg-type]
                casualties.append(entry)
            return tuple(casualties)

        def claim_of(row: tuple[str, ...], line: int) -> Claim | None:
            values = pick((*row, "") if padded else row)
            if max(map(len, values)) > limit:
                return None
            (claim_id, stated_text, quote, date_text, place, reference, url, region, event, initiator_text,
             stance_text, relays, supersedes, adds_to) = values
            if not id_match(claim_id):
                return None
            for text in (quote, place):
                lead = text[:1]
                if (not lead.isalnum() or lead in ignorable) and emptiness(text) is not None:
                    return None
            # The optional texts that are not empty nearly always start with a letter or digit: checked together.
            leads = reference[:1] + url[:1] + region[:1] + event[:1] + relays[:1]
            if leads and not (leads.isalnum() and ignorable.isdisjoint(leads)):
                optional = [reference, url, region, event, relays]
                if not _blank_optional(optional, ""):
                    return None
                reference, url, region, event, relays = optional
            stated = _parsed(stated_days, parse_stated, stated_text)
            date = _parsed(dates, parse_date, date_text)
            if (stated is None or date is None or date.start - stated > _STATED_SLACK or date.start < _EARLIEST
                    or stated < _EARLIEST or stated > latest or date.start > latest):
                return None
            stance = stances.get(stance_text)
            if stance is None:
                if stance_text.strip():
                    return None
                stance = "asserts"
            initiator = initiators.get(initiator_text)
            if initiator is None:
                initiator = self._resolved(resolver, initiator_text) if initiator_text.strip() else ""
                if initiator is None:
                    return None
                initiators[initiator_text] = initiator
            casualties: tuple[Casualties, ...] | None = ()
            if figures_of is not None:
                figures = figures_of(row)
                casualties = read_figures.get(figures)
                if casualties is None:
                    casualties = read_figures[figures] = casualties_of(row)
                if casualties is None:
                    return None
            return Claim(
                source_id, claim_id, stated, quote, date, intern(place), reference or None, url or None,
                intern(region) if region else None, intern(event) if event else None, initiator or None,
                stance,  # type: ignore[arg-type]
                relays or None, tuple(split(supersedes)) if supersedes else (),
                tuple(split(adds_to)) if adds_to else (), casualties, shown, line)  # type: ignore[arg-type]

        return claim_of

    def direct_claim(self, data: Any, source_id: str, resolver: PartyResolver, shown: str,
                     line: int) -> Claim | None:
        """The `Claim` that `read_claim` builds from the mapping ``data`` (a claim of a YAML or JSON file) when it
        finds no problem, built without the raw claim, the draft's closure and the checks' paths; ``None`` as soon
        as anything is unusual or wrong (as `_Reader.direct_csv`), and then `read_claim` reads it and words the
        problems. The caller makes sure that the document holds no warning inside the claim."""
        if type(data) is not dict or not data.keys() <= _RAW_CLAIM_FIELDS:
            return None
        get: Callable[..., Any] = data.get
        claim_id, stated_text, quote, date_text, place = (get("id"), get("stated"), get("quote"), get("date"),
                                                          get("place"))
        reference, url, region, event, relays = (get("reference"), get("url"), get("region"), get("event"),
                                                 get("relays"))
        initiator_text, stance_text = get("initiator"), get("stance", "asserts")
        texts = [claim_id, stated_text, quote, date_text, place, stance_text]
        if any(type(text) is not str for text in texts):
            return None  # missing, or not text: for cattrs and the readers to word
        optional = [reference, url, region, event, relays]
        for text in (*optional, initiator_text):
            if text is not None:
                if type(text) is not str:
                    return None
                texts.append(text)
        if (max(map(len, texts)) > self.limits.text_chars or not _ID.fullmatch(claim_id)
                or quote.strip() == YAML_EXAMPLE_QUOTE):
            return None
        for text in (quote, place):
            lead = text[:1]
            if (not lead.isalnum() or lead in _IGNORABLE_LETTERS) and _emptiness(text) is not None:
                return None
        if not _blank_optional(optional, None):
            return None
        optional = [text or None for text in optional]
        supersedes, adds_to = _fast_texts(get("supersedes")), _fast_texts(get("adds_to"))
        if supersedes is None or adds_to is None:
            return None
        stated = _parsed(self._stated, parse_stated, stated_text)
        date = _parsed(self._dates, parse_date, date_text)
        if (stated is None or date is None or date.start - stated > _STATED_SLACK or date.start < _EARLIEST
                or stated < _EARLIEST or stated > self.latest or date.start > self.latest):
            return None
        stance = stance_text
        if stance not in STANCES:
            if stance.strip():
                return None  # "Denies" too: the full reading takes it
            stance = "asserts"
        initiator = None
        if initiator_text is not None and initiator_text.strip():
            initiator = self._resolved(resolver, initiator_text)
            if initiator is None:
                return None
        casualties: list[Casualties] = []
        entries = _plain_entries(get("casualties", ()))
        if entries is None:
            return None
        if entries:
            for entry, party_text, category in entries:
                party = self._resolved(resolver, party_text)
                if party is None:
                    return None
                if category not in CATEGORIES:
                    if category.strip():
                        return None
                    category = "unknown"
                given: list[Count | None] = []
                for measure in MEASURES:
                    value = entry.get(measure)
                    if value is not None:
                        kind = type(value)
                        if kind is not str and kind is not int:
                            return None  # read uncached by `read_claim`
                        value = _parsed(self._count_texts if kind is str else self._count_numbers, parse_count, value)
                        if value is None:
                            return None
                    given.append(value)
                if given == [None, None, None, None]:
                    return None
                casualties.append(Casualties(party, sys.intern(category), *given))  # type: ignore[arg-type]
            if len(casualties) > 1:
                casualties.sort(key=lambda c: (c.party, c.category))
                if any(a.party == b.party and a.category == b.category
                       for a, b in itertools.pairwise(casualties)):
                    return None  # figures for one party and category given twice
        reference, url, region, event, relays = optional
        return Claim(
            source_id, claim_id, stated, quote, date, sys.intern(place), reference, url, _interned(region),
            _interned(event), initiator, sys.intern(stance), relays, supersedes, adds_to,  # type: ignore[arg-type]
            tuple(casualties), shown, line)

    # claims

    def read_claim(self, data: Any, source_id: str, resolver: PartyResolver, shown: str, doc: Document,
                   path: PathT, labels: Mapping[PathT, str] | None = None) -> None:
        line = doc.line(path)
        raw_id = data.get("id") if type(data) is dict or isinstance(data, Mapping) else None
        if type(raw_id) is WrittenFloat:
            raw_id = raw_id.text
        readable_id = isinstance(raw_id, str | int) and not isinstance(raw_id, bool) and _ID.fullmatch(str(raw_id))
        gid = f"{source_id}/{raw_id}" if readable_id else None
        draft = _ClaimDraft(shown, source_id, line, path, None, str(raw_id) if gid else None, [])
        self.drafts.append(draft)

        # Duplicate keys, text that is not Unicode, values that could not be parsed: each names its value, whose
        # other problems would only repeat it.
        warnings = doc.warnings_under(path)
        warned = frozenset(where for where, _, _ in warnings) if warnings else frozenset()

        def fail(where: PathT, message: str) -> None:
            if warned and any(where[:size] in warned for size in range(len(path), len(where) + 1)):
                return
            draft.problems.append(self.problem(shown, doc, where, message, claim=gid, labels=labels))

        for where, warning_line, message in warnings:
            draft.problems.append(Problem(shown, warning_line, _label(where, labels), message, claim=gid))
        raw = _fast_raw_claim(data)
        if raw is None:
            raw, problems = _structure(data, _RawClaim, path)
            for where, message in problems:
                fail(where, message)
            if raw is None:
                # The fields that could be read are checked too: a wrong quote does not hide a wrong date.
                raw, told = _salvaged(data, _RawClaim, problems, path)
                if raw is None:
                    return
                warned = warned | told
        if not _ID.fullmatch(raw.id):
            fail((*path, "id"), _id_problem(raw.id))
        if isinstance(raw.quote, str) and raw.quote.strip() == YAML_EXAMPLE_QUOTE:
            fail((*path, "quote"), _EXAMPLE_CLAIM_PROBLEM)
        limit = self.limits.text_chars
        for name, shows in _RAW_CLAIM_TEXTS:
            value = getattr(raw, name)
            if isinstance(value, str):
                if len(value) > limit:
                    fail((*path, name), _too_long_problem(value, limit))
                # Text that shows nothing: required text is a problem; optional text is absent when empty or only
                # whitespace (as an empty CSV cell is), a problem when it holds only invisible characters. Nearly
                # all text starts with a letter or digit (not a Hangul filler), which settles it at once.
                lead = value[:1]
                if (shows and (not lead.isalnum() or lead in _IGNORABLE_LETTERS)
                        and (emptiness := _emptiness(value)) is not None):
                    if shows == "required":
                        fail((*path, name), _empty_problem(emptiness))
                    elif emptiness:
                        fail((*path, name), _invisible_problem(emptiness))
        stated = self._read(self._stated, _read_stated, raw.stated, path, "stated", fail)
        date = self._read(self._dates, _read_date, raw.date, path, "date", fail)
        if stated is not None and stated > self.latest and self.run_day is not None:
            # A statement dated after the run (a typo of its year) would be its source's latest, and override every
            # real revision of its figures (merge takes each source's latest statement).
            fail((*path, "stated"), _late_problem("the statement", stated, self.run_day))
        if stated is not None and date is not None and date.start - stated > _STATED_SLACK:
            fail((*path, "date"), (
                f"the event begins on {date.start.isoformat()}, after the statement (stated "
                f"{stated.isoformat()}): a source reports what has happened; check both dates (one copied in "
                "another calendar, or day and month swapped?)"
                + _solar_hijri_hint(stated.year, stated.month, stated.day, by_name=False).replace(
                    "; as a", "; the statement, as a", 1)))
        else:
            if stated is not None and stated < _EARLIEST:
                fail((*path, "stated"), _early_problem("the statement", stated, None))
            if date is not None and date.start < _EARLIEST:
                # A day in digits alone may be a Solar Hijri day (1399-07-21); a month written by name is not.
                in_digits = date.precision == "day" and all(ch.isdigit() or ch == "-" for ch in date.text.strip())
                fail((*path, "date"), _early_problem("the event", date.start, stated, whole_day=in_digits))
            elif date is not None and date.start > self.latest and self.run_day is not None:
                # Its statement is after the run too, or could not be read (else the event would be after the
                # statement, told above): both dates are told at once, as a typo copied from one to the other is.
                fail((*path, "date"), _late_problem("the event", date.start, self.run_day))
        stance = _vocabulary(raw.stance, STANCES) or ""
        if not stance:
            if raw.stance.strip():
                fail((*path, "stance"), _word_problem(f"expected one of {', '.join(STANCES)}", raw.stance, STANCES))
            stance = "asserts"  # empty: absent, the default
        initiator = None
        if raw.initiator is not None and raw.initiator.strip():
            initiator = self._party(resolver, raw.initiator, path, "initiator", fail, required=False)
        casualties: list[Casualties] = []
        seen: dict[tuple[str, str], int] = {}
        for k, entry in enumerate(raw.casualties):
            if entry is None:
                continue  # no mapping: told, and the entries after it are read all the same
            here = (*path, "casualties", k)
            party = self._party(resolver, entry.party, here, "party", fail)
            category = _vocabulary(entry.category, CATEGORIES) or entry.category
            if category not in CATEGORIES:
                if category.strip():
                    # The figures are read all the same, so that their problems are told with this one.
                    fail((*here, "category"),
                         _word_problem(f"expected one of {', '.join(CATEGORIES)}", category, CATEGORIES))
                else:
                    category = "unknown"  # empty: absent, the default
            given = (entry.killed, entry.wounded, entry.captured, entry.missing)  # in the order of MEASURES
            counts: dict[str, Count | None] = {}
            for measure, value in zip(MEASURES, given, strict=True):
                counts[measure] = None if value is None else self._count(value, here, measure, fail)
            if given == (None, None, None, None):
                fail(here, "names no figure: give killed, wounded, captured or missing")
            if party is None or category not in CATEGORIES:
                continue
            if (party, category) in seen:
                first = seen[party, category]
                fail(here, f"figures for {party}/{category} are already given in casualties[{first}]")
                continue
            seen[party, category] = k
            casualties.append(Casualties(party, sys.intern(category), **counts))  # type: ignore[arg-type]
        if draft.problems or stated is None or date is None:
            return
        # Places, regions, event types and stances repeat across thousands of claims, each read as its own text:
        # one copy of each is kept (the loaded 100k-claim case is 7 % smaller).
        draft.claim = Claim(
            source=source_id, id=raw.id, stated=stated, quote=raw.quote, date=date, place=sys.intern(raw.place),
            reference=_blank_none(raw.reference), url=_blank_none(raw.url), region=_interned(raw.region),
            event=_interned(raw.event), initiator=initiator, stance=sys.intern(stance),  # type: ignore[arg-type]
            relays=_blank_none(raw.relays), supersedes=tuple(raw.supersedes), adds_to=tuple(raw.adds_to),
            casualties=tuple(sorted(casualties, key=lambda c: (c.party, c.category))) if len(casualties) > 1
            else tuple(casualties), file=shown, line=line)

    # Readers of repeated values: each distinct text is read once (see __init__).

    # ``path`` and ``field`` say where the value is (the path is only built for a problem).

    @staticmethod
    def _read(cache: dict[str, Any], read: Callable[[Any], T], value: Any, path: PathT, field: str,
              fail: Callable[[PathT, str], None]) -> T | None:
        if type(value) is str:
            found = cache.get(value)
            if found is None:
                found = _attempt(partial(read, value), (*path, field), fail)
                if found is not None:
                    cache[value] = found
            return found
        return _attempt(partial(read, value), (*path, field), fail)

    def _count(self, value: Any, path: PathT, field: str, fail: Callable[[PathT, str], None]) -> Count | None:
        kind = type(value)
        cache: dict[Any, Count] | None = (
            self._count_texts if kind is str else self._count_numbers if kind is int else None)
        found = cache.get(value) if cache is not None else None
        if found is None:
            if kind is not str and kind is not int and (whole := _whole_number_problem(value)) is not None:
                fail((*path, field), whole)
                return None
            if (kind is str and _EXPONENT_TEXT.fullmatch(value)
                    and (whole := _whole_number_problem(WrittenFloat(float(value), value.strip()))) is not None):
                fail((*path, field), whole)  # `1e3` as YAML reads it, or in a CSV cell: the number, in digits
                return None
            found = _attempt(partial(parse_count, value), (*path, field), fail)
            if found is not None and cache is not None:
                cache[value] = found
        return found

    def _source_value(self, resolver: PartyResolver, column: str, cell: str | None) -> object:
        """The value of a CSV source column's ``cell`` as rows are compared: `source_kind` in any letter case, as it is
        read; `speaks_for` and `source_aligned_with` as the parties they name (by id, name or alias, in any letter
        case and order); the other columns as written. A party that does not read stands for itself."""
        if cell is None:
            return None
        if column == "source_kind":
            return cell.casefold()
        if column == "speaks_for":
            return self._resolved(resolver, cell) or cell
        if column == "source_aligned_with":
            return frozenset(self._resolved(resolver, item) or item for item in _split_list(cell))
        return cell

    def _resolved(self, resolver: PartyResolver, text: str) -> str | None:
        """`_party` of ``text`` when it reads without a problem, else ``None`` (nothing noted): for the direct path
        of well-formed claims, which leaves every problem to `read_claim`."""
        key = (id(resolver), text)
        found = self._parties.get(key)
        if found is None:
            if _emptiness(text) is not None:
                return None
            try:
                found = resolver.resolve(text)
            except NormalizeError:
                return None
            self._parties[key] = found
        return found

    def _party(self, resolver: PartyResolver, text: str, path: PathT, field: str,
               fail: Callable[[PathT, str], None], *, required: bool = True) -> str | None:
        key = (id(resolver), text)
        found = self._parties.get(key)
        if found is None:
            if isinstance(text, str) and (emptiness := _emptiness(text)) is not None:
                fail((*path, field), _empty_problem(emptiness) if required else _invisible_problem(emptiness))
                return None
            found = _attempt(partial(_resolve_party, resolver, text), (*path, field), fail)
            if found is not None:
                self._parties[key] = found
        return found

    # across files

    def link(self, parties: Iterable[Party] | None = None) -> dict[str, _ClaimDraft]:
        """Check ids and references across claims, resolve ``relays`` and global ids of ``supersedes``/``adds_to``;
        return the drafts with a claim by global id (the first of each id; a later one has a problem).

        An id belongs to the first claim that has it, even one that could not be read: a later claim with that id
        is a duplicate whatever the state of the first, so fixing the first never reveals a new problem."""
        by_gid: dict[str, _ClaimDraft] = {}
        # Duplicates that name other claims: what they name is checked too, so that every problem of the row is
        # listed at once (they are rejected whatever it finds, and resolve nothing).
        doubles: list[tuple[str, _ClaimDraft]] = []
        holders = self.holders
        # The first draft of each claim id of a source as `_source_key` folds it: ids that differ only by letter case,
        # by letters of another script that look alike or by compatibility forms (`c1`, `C1`, `с1`, `ｃ1`) name
        # one claim to a reader of the report, of `explain` or of a `supersedes`.
        looks: dict[tuple[str | None, str], _ClaimDraft] = {}
        # Claims that could not be read but have an id: naming them is not naming an unknown claim.
        unreadable = {f"{d.source}/{d.raw_id}" for d in self.drafts if d.claim is None and d.raw_id}
        for draft in self.drafts:
            if draft.claim is not None:
                gid, raw_id = draft.claim.global_id, draft.claim.id
            elif draft.raw_id and draft.source:
                gid, raw_id = f"{draft.source}/{draft.raw_id}", draft.raw_id
            else:
                continue
            first = holders.setdefault(gid, draft)
            if first is not draft:
                draft.problems.append(Problem(draft.file, draft.line, _draft_field(draft, "id"), (
                    f"claim id {raw_id!r} is already used in {first.file}:{first.line}"), claim=gid))
                if draft.claim is not None and (draft.claim.supersedes or draft.claim.adds_to):
                    doubles.append((gid, draft))
                continue
            lookalike = looks.setdefault(
                (draft.source, raw_id.casefold() if raw_id.isascii() else _source_key(raw_id)), draft)
            if lookalike is not draft:
                alike_id = lookalike.claim.id if lookalike.claim is not None else str(lookalike.raw_id)
                draft.problems.append(Problem(draft.file, draft.line, _draft_field(draft, "id"), _alike_problem(
                    raw_id, alike_id, f"{lookalike.file}:{lookalike.line}", where="is used in", what="claim"),
                    claim=gid))
            if draft.claim is not None:
                by_gid[gid] = draft

        names = {source.name.casefold(): source.id for source, _ in self.sources.values()}
        names.update({source_id.casefold(): source_id for source_id in self.sources})
        source_ids = sorted(self.sources)
        near_ids: dict[str, str | None] = {}  # `_near_source_id` of each relays value not resolved
        # The sources of the case that each relays value names otherwise (`Alignment.relayed_source`).
        alignment = None if parties is None else Alignment(parties, (source for source, _ in self.sources.values()))
        linked: dict[tuple[str, str], RelayedSource] = {}
        # The claims by `_source_key` of their global ids, for a supersedes or adds_to that names none.
        alike_claims: dict[str, str] | None = None
        naming: list[str] = []  # the claims that name others, in the order of by_gid
        # Claims that supersede a later claim, with the problem: told unless the claim is on a cycle, the problem
        # that then says what is wrong (a cycle of revisions has a claim that revises a later one).
        later: list[tuple[_ClaimDraft, Problem]] = []
        for gid, draft in itertools.chain(by_gid.items(), doubles):
            claim = draft.claim
            assert claim is not None
            if claim.relays is None and not claim.supersedes and not claim.adds_to:
                continue  # nothing to resolve: the claim stays as it is
            double = by_gid.get(gid) is not draft
            if (claim.supersedes or claim.adds_to) and not double:
                naming.append(gid)
            refs: dict[str, tuple[str, ...]] = {}
            for field in ("supersedes", "adds_to"):
                resolved = []
                for k, ref in enumerate(getattr(claim, field)):
                    target = ref if "/" in ref else f"{claim.source}/{ref}"
                    if target in by_gid and target != gid and target.split("/", 1)[0] == claim.source:
                        resolved.append(target)
                        revised = by_gid[target].claim
                        if field == "supersedes" and revised is not None and revised.stated > claim.stated:
                            later.append((draft, Problem(draft.file, draft.line, _draft_field(draft, field, k),
                                                         _later_problem(claim, revised), claim=gid)))
                        continue
                    where = _draft_field(draft, field, k)
                    if target.split("/", 1)[0] != claim.source:
                        draft.problems.append(Problem(draft.file, draft.line, where, (
                            f"names {ref!r}, a claim of another source; a source can only revise or add to its "
                            "own claims"), claim=gid))
                    elif target == gid:
                        draft.problems.append(Problem(draft.file, draft.line, where, "a claim cannot name itself",
                                                      claim=gid))
                    elif target in unreadable and target not in by_gid:
                        draft.problems.append(Problem(draft.file, draft.line, _depends_field(draft, field), (
                            f"depends on {target}, which is rejected"), claim=gid))
                    else:  # not in by_gid
                        if alike_claims is None:  # built at the first such problem, once
                            # The first claim of a key: a later look-alike of it is refused as such.
                            alike_claims = {_source_key(known): known for known in reversed(by_gid)}
                        alike = alike_claims.get(_source_key(target))
                        alike = None if alike == gid else alike
                        draft.problems.append(Problem(draft.file, draft.line, where, (
                            f"names {ref!r}, but source {claim.source!r} has no claim with that id"
                            + ("" if alike is None else _alike_claim(ref, alike if "/" in ref else
                                                                      alike.split("/", 1)[1]))), claim=gid))
                refs[field] = tuple(sorted(set(resolved)))
            if both := set(refs["supersedes"]) & set(refs.get("adds_to", ())):
                # Replacing a claim's figures and adding to them contradict each other: neither is chosen silently.
                for k, ref in enumerate(claim.adds_to):
                    if (ref if "/" in ref else f"{claim.source}/{ref}") in both:
                        draft.problems.append(Problem(draft.file, draft.line, _draft_field(draft, "adds_to", k), (
                            f"names {ref!r}, which this claim also supersedes: a claim replaces another's figures "
                            "(supersedes) or adds its own to them (adds_to), not both; keep one"), claim=gid))
            if double:
                continue
            relays = claim.relays
            if relays is not None:
                written = relays.strip()
                relays = names.get(written.casefold(), written)
                problem = None
                if relays == claim.source:
                    problem = (f"names the claim's own source ({claim.source!r}): a claim relays another source's "
                               "word; leave relays out when the source speaks for itself")
                elif (written.casefold() not in names
                      and (owner := _relayed_claim_source(written, names)) is not None):
                    # The global id of a claim (as the report and `explain` show them), where the source is meant:
                    # as written it would name a source outside the case and count as a second witness.
                    what = (f"names a claim of source {owner!r}" if f"{owner}/{written.partition('/')[2].strip()}"
                            in by_gid else f"is no source of the case, but begins with source {owner!r}")
                    problem = (f"{written!r} {what}: relays names the source whose word this claim passes on, not "
                               f"a claim; write {owner!r}" if owner != claim.source
                               else f"{written!r} {what}, the claim's own source: relays names another source whose "
                               "word this claim passes on; a claim that revises or adds to one of its source's own "
                               "names it in supersedes or adds_to")
                elif written.casefold() not in names and f"{claim.source}/{written}" in by_gid:
                    # The bare id of one of the source's own claims (the Arabic original of a statement beside its
                    # English version): as written it would name a source outside the case, and the two claims of
                    # one statement would be kept apart as two incidents of the source.
                    problem = (f"{written!r} names a claim of the claim's own source ({claim.source!r}), not a "
                               "source: relays names another source whose word this claim passes on; a claim that "
                               "revises or adds to one of its source's own names it in supersedes or adds_to, and "
                               "one statement in two languages is one claim")
                elif written.casefold() not in names:
                    if written not in near_ids:
                        near_ids[written] = _near_source_id(written, source_ids)
                    if (near := near_ids[written]) is not None and _source_key(written) == _source_key(near):
                        # As written it is no source's, and the claim would count as a second witness.
                        problem = (f"{written!r} is no source id of the case, but looks like {near!r}: letters of "
                                   "another script stand for some of its letters"
                                   f"{_mixed_scripts(written) or _mixed_scripts(near)}; did you mean {near}? (a "
                                   "source outside the case is named by its name, such as Interfax)")
                    elif near is not None:
                        problem = (f"{written!r} is no source id of the case; did you mean {near}? (a source "
                                   "outside the case is named by its name, such as Interfax)")
                    elif alignment is not None:
                        # Another way of naming a source of the case (a part of its name, an acronym, its id
                        # spaced otherwise) is that source's word, where it certainly names that one
                        # (`Alignment.relayed_source`); a value that may name several is noted (`notes`).
                        found = linked.get((written, claim.source))
                        if found is None:
                            found = linked[written, claim.source] = alignment.relayed_source(written, claim.source)
                        meant = found.source
                        if meant == claim.source:
                            problem = (f"{written!r} names the claim's own source ({claim.source!r}, "
                                       f"{alignment.source_name(claim.source)!r}): a claim relays another source's "
                                       "word; leave relays out when the source speaks for itself")
                        elif meant is not None:
                            relays = meant
                if problem is not None:
                    draft.problems.append(Problem(draft.file, draft.line, _draft_field(draft, "relays"), problem,
                                                  claim=gid))
            values = list(_claim_values(claim))
            values[_RELAYS], values[_SUPERSEDES], values[_ADDS_TO] = relays, refs["supersedes"], refs["adds_to"]
            draft.claim = Claim(*values)  # `attrs.evolve`, without its work per field

        # Only claims that name others can be on a cycle.
        edges = {gid: d.claim.supersedes + d.claim.adds_to for gid in naming
                 if (d := by_gid[gid]).claim and (d.claim.supersedes or d.claim.adds_to)}
        on_cycles = _on_cycles(edges)
        for gid, (after, message) in on_cycles.items():
            # Each claim is named at the field that leads to the claim after it on the cycle.
            draft = by_gid[gid]
            claim = draft.claim
            assert claim is not None
            field = "supersedes" if after in claim.supersedes else "adds_to"
            draft.problems.append(Problem(draft.file, draft.line, _draft_field(draft, field), message, claim=gid))

        for draft, told in later:
            if told.claim not in on_cycles:
                draft.problems.append(told)

        # A claim whose revision or addition target is rejected cannot be read on its own: reject it too, and
        # whatever depends on it in turn. One walk from the rejected claims along the reversed references, so that
        # a long chain of revisions listed newest first takes no more passes than one listed oldest first.
        dependants: dict[str, list[str]] = {}
        for gid, targets in edges.items():
            if not by_gid[gid].problems:
                for target in targets:
                    dependants.setdefault(target, []).append(gid)
        failing = [target for target in dependants if by_gid[target].problems]
        failed = set(failing)
        while failing:
            for gid in dependants.get(failing.pop(), ()):
                if gid not in failed:
                    failed.add(gid)
                    failing.append(gid)
        for gid in edges:  # in the order of by_gid
            draft = by_gid[gid]
            if gid in failed and not draft.problems:
                # The first of the claims it names that is rejected, whatever the order of the claims.
                claim = draft.claim
                assert claim is not None
                target = next(t for t in claim.supersedes + claim.adds_to if t in failed)
                field = "supersedes" if target in claim.supersedes else "adds_to"
                draft.problems.append(Problem(draft.file, draft.line, _depends_field(draft, field), (
                    f"depends on {target}, which is rejected"), claim=gid))
        return by_gid


_CYCLE_SHOWN: Final = 10  # the claims of a longer cycle shown at each end of it


def _cycle_text(cycle: Sequence[str]) -> str:
    """``cycle`` as its problem shows it: ``a -> b -> a``; a long cycle by its first and last claims and its length,
    since every claim on it is told and a cycle through a whole file would otherwise make its length squared in
    text."""
    if len(cycle) <= 2 * _CYCLE_SHOWN:
        return " -> ".join([*cycle, cycle[0]])
    return " -> ".join([*cycle[:_CYCLE_SHOWN], f"... ({len(cycle) - 2 * _CYCLE_SHOWN:,} claims more)",
                        *cycle[-_CYCLE_SHOWN:], cycle[0]])


def _later_problem(claim: Claim, revised: Claim) -> str:
    """The problem of ``claim`` superseding ``revised``, a claim stated after it."""
    return (f"supersedes {revised.id!r}, stated {revised.stated.isoformat()}, after this claim (stated "
            f"{claim.stated.isoformat()}): a claim revises its source's earlier claims; to have the later claim "
            f"replace this one, name {claim.id!r} in the supersedes of {revised.id!r} instead")


def _names_only(raw: _RawCaseFile,
                told: frozenset[PathT]) -> tuple[_RawCaseFile, PartyResolver, None] | None:
    """What `_Reader.read_case` gives for the case file ``raw``, which has problems: the resolver of its parties'
    names as far as they can be read (`_readable_parties`), without parties; ``None`` when they cannot be read so."""
    readable = _readable_parties(raw, told)
    # Names that two parties share resolve to the first of them: the names' problems are the case file's, told.
    return None if readable is None else (raw, PartyResolver(readable, problems=[]), None)


def _readable_parties(raw: _RawCaseFile, told: frozenset[PathT]) -> list[Party] | None:
    """The parties of the case file ``raw``, which has problems (``told``: the paths of the values left out), as far
    as their names can be read, to read the source files with for their own problems: each party with its id, name
    and aliases that are not left out and show something (a party with no readable id takes its first readable
    name as its id; one whose id is another's adds its names to that party's). ``None`` when the case has no
    parties or one of them has no name that reads: a source's name of it would be told as unknown."""
    if not raw.parties or ("parties",) in told:
        return None
    names: dict[str, list[str]] = {}
    for index, party in enumerate(raw.parties):
        if party is None:
            return None  # no mapping: nothing of it reads
        here: PathT = ("parties", index)
        texts = [text for field, text in (("id", party.id), ("name", party.name)) if (*here, field) not in told]
        if (*here, "aliases") not in told:
            texts.extend(alias for k, alias in enumerate(party.aliases) if (*here, "aliases", k) not in told)
        texts = [text for text in texts if _emptiness(text) is None]
        if not texts:
            return None
        party_id = party.id if (*here, "id") not in told and _emptiness(party.id) is None else texts[0]
        names.setdefault(party_id, []).extend(texts)
    return [Party(party_id, texts[0], tuple(texts[1:])) for party_id, texts in names.items()]


def _resolve_party(resolver: PartyResolver, text: str) -> str:
    """``resolver.resolve(text)``, whose error on an unknown party also names the party id it is a typo of
    (`_near_party_id`): `Rwnada`, `m32`."""
    try:
        return resolver.resolve(text)
    except NormalizeError as exc:
        near = _near_party_id(text, resolver.ids) if isinstance(text, str) else None
        if near is None:
            raise
        # The party meant is named: the hint on aliases (`ALIAS_HINT`) would point elsewhere.
        raise NormalizeError(f"{str(exc).removesuffix(ALIAS_HINT)}; did you mean {near!r}?") from None


def _relayed_claim_source(written: str, names: Mapping[str, str]) -> str | None:
    """The source of the case that ``written``, a ``relays`` value that names no source, begins with before a
    ``/``, as the global id of one of its claims does (``osce/o1``: the source by id or name, any letter case),
    else ``None``."""
    source, slash, rest = written.partition("/")
    return names.get(source.strip().casefold()) if slash and rest.strip() else None


def _near_party_id(written: str, party_ids: Sequence[str]) -> str | None:
    """The one party id of the case that ``written``, which names no party, is a typo of, else ``None``
    (`_near_word`)."""
    return _near_word(written, party_ids)


def _near_word(written: str, words: Sequence[str]) -> str | None:
    """The one word of ``words`` (party ids, a closed vocabulary, the keys or columns of the format) that
    ``written``, which is none of them, is a typo of, else ``None``: in any letter case, one character swapped with
    its neighbour, dropped, added or changed (two in a text of six characters or more): ``civilian``, ``Soldier``,
    ``denied``, ``monitors``, ``belligerant``. Only a suggestion in a message that refuses the text, so a changed
    character counts too."""
    folded = written.strip().casefold()
    if len(folded) < 3:
        return None
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    most = 1 if len(folded) < 6 else 2
    found = process.extract(folded, words, scorer=OSA.distance, processor=str.casefold, score_cutoff=most,
                            limit=None)
    best = min((distance for _, distance, _ in found), default=None)
    nearest = [word for word, distance, _ in found if distance == best]
    return str(nearest[0]) if len(nearest) == 1 else None


def _did_you_mean(written: str, words: Sequence[str]) -> str:
    """``"; did you mean 'civilians'?"`` where ``written`` is a typo of one of ``words`` (`_near_word`), else ""."""
    near = _near_word(written, words)
    return "" if near is None else f"; did you mean {near!r}?"


def _word_problem(expected: str, written: str, words: Sequence[str]) -> str:
    """The problem of ``written``, a value of a closed vocabulary (``words``) that is none of its words:
    ``expected`` ("expected one of soldiers, civilians, unknown"), and where ``written`` is a typo of one word
    (`_near_word`), the value written and that word, as the party fields say it (``did you mean 'civilians'?``)."""
    near = _near_word(written, words)
    if near is None:
        return expected
    return f"{expected} (got {_clipped(written)!r}); did you mean {near!r}?"


def _near_source_id(written: str, source_ids: Sequence[str]) -> str | None:
    """The source id of the case (``source_ids``, sorted) that ``written``, a ``relays`` value that is none, is a typo
    of, else ``None``. A typo is one slip of the fingers in a value written as an id (no spaces, the characters of
    an id) of four characters or more, in any letter case: two neighbouring characters swapped (``kg-gkbn`` for
    ``kg-gknb``), or one dropped or added (``kggknb``, ``kg-gknbb``). A changed character is no typo here: it as
    often names another source (``az-mod`` beside ``am-mod``, ``tj-mfa`` beside ``tm-mfa``), and the name of a
    source outside the case (``Interfax``, ``источник в погранслужбе``) is accepted as written. A value that looks
    like a source id, of any length (``ru-mоd`` with a Cyrillic ``о``, typed on another keyboard layout:
    `_source_key`), is that id's too: it is no other source's name."""
    if _ID.fullmatch(written) and (key := _source_key(written)) != written.casefold():
        alike = next((source_id for source_id in source_ids if _source_key(source_id) == key), None)
        if alike is not None:
            return str(alike)
    if len(written) < 4 or not _ID.fullmatch(written):
        return None
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    folded = written.casefold()
    for source_id, _, _ in process.extract(folded, source_ids, scorer=OSA.distance, processor=str.casefold,
                                           score_cutoff=1, limit=None):
        meant = source_id.casefold()
        if len(meant) != len(folded) or sorted(meant) == sorted(folded):  # not one character changed for another
            return str(source_id)
    return None


def _source_key(source_id: str) -> str:
    """A source id as compared with the others of the case: in one letter case, each letter that looks like a
    Latin letter as that letter (`_LOOKALIKES`), compatibility forms as their plain letters (NFKC), and each digit
    of another script as its ASCII digit (`_ascii_digits`). Two ids with one key look alike: ``csto-watch``,
    ``CSTO-WATCH``, ``cstо-watch``; ``c1`` and ``c١`` (an Arabic-Indic one), which read as one id."""
    key = unicodedata.normalize("NFKC", source_id).translate(_LOOKALIKES).casefold()
    return key if key.isascii() else _ascii_digits(key)


def _ascii_digits(text: str) -> str:
    """``text`` with each decimal digit of another script (Arabic-Indic ١, Persian ۱, Devanagari १, Bengali ১, ...) as
    its ASCII digit: ids are typed on keyboards that give either, and ``c1`` and ``c١`` read as one id."""
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() and not char.isascii() else char
                   for char in text)


def _digits_only(one: str, other: str) -> str:
    """The digits of another script (``Arabic-Indic ١``) by which ids ``one`` and ``other`` differ when they differ
    only by them (and letter case), else ``""``."""
    if _ascii_digits(one).casefold() != _ascii_digits(other).casefold():
        return ""
    return ", ".join(f"{unicodedata.name(char, '?').split(' DIGIT', 1)[0].title()} {char}"
                     for char in dict.fromkeys(one + other) if char.isdecimal() and not char.isascii())


def _case_only(one: str, other: str) -> bool:
    """Whether two ids differ only by letter case: casefolding makes them one, and neither holds a compatibility
    form, which casefolding also folds (the ligature ``ﬁ`` casefolds to ``fi``)."""
    return one.casefold() == other.casefold() and all(
        unicodedata.normalize("NFKC", text) == text for text in (one, other))


def _compatible(one: str, other: str) -> bool:
    """Whether two ids differ only by compatibility forms (NFKC: fullwidth letters, ligatures, superscripts) and
    letter case."""
    return unicodedata.normalize("NFKC", one).casefold() == unicodedata.normalize("NFKC", other).casefold()


def _alike_problem(source_id: str, alike: str, first: str, *, where: str = "is declared in",
                   what: str = "source") -> str:
    """The problem of a source id that looks like the id ``alike`` of another source, declared in the file
    ``first`` (``where`` says how ``alike`` stands in it); of a claim id, with ``what`` "claim"."""
    if _case_only(source_id, alike):
        how = "differs from it only by letter case"
    elif _compatible(source_id, alike):
        how = "differs from it only by compatibility forms of its characters (such as fullwidth letters)"
    elif digits := _digits_only(source_id, alike):
        how = f"differs from it only by digits of another script ({digits})"
    else:
        how = "looks like it: letters of other scripts stand for some of its letters" + (
            _mixed_scripts(source_id) or _mixed_scripts(alike))
    return (f"{what} id {source_id!r} {how}, and {alike!r} {where} {first}: ids that look alike name one "
            f"{what} in the report; use one id for one {what}, or ids that differ visibly")


def _alike_claim(ref: str, alike: str) -> str:
    """What to add to the problem of a ``supersedes`` or ``adds_to`` that names ``ref``, a claim of its source that
    does not exist, when the id ``alike`` of one that does looks like it."""
    if _case_only(ref, alike):
        how = "differs from it only by letter case"
    elif digits := _digits_only(ref, alike):
        how = f"differs from it only by digits of another script ({digits})"
    else:
        def odd(text: str, other: str) -> str:
            return ", ".join(f"{unicodedata.name(char, '?').split(' ', 1)[0].title()} {char}"
                             for char in dict.fromkeys(text) if char not in other and not char.isascii())

        # The letters of another script may be in the reference or in the id it means.
        how = (f"looks like it: some of its letters are others that look alike ({found})" if (found := odd(ref, alike))
               else f"looks like it: some letters of {alike!r} are others that look alike ({odd(alike, ref)})")
    return f"; did you mean {alike!r}? {ref!r} {how}"


def _draft_field(draft: _ClaimDraft, *steps: str | int) -> str:
    """Where in ``draft`` a problem of `_Reader.link` lies: the field's path in a YAML or JSON file; in a CSV file
    the column (the file's line already names the row, and a path's index, which skips blank rows, would not)."""
    if draft.file.lower().endswith(".csv"):
        return str(steps[0]) if steps else ""
    return format_path((*draft.path, *steps))


def _depends_field(draft: _ClaimDraft, field: str) -> str:
    """Where the problem of ``draft`` depending on a rejected claim through ``field`` lies: the claim's path in a
    YAML or JSON file; in a CSV file the column, since the file's line names the row and a row has no path."""
    return _draft_field(draft, field) if draft.file.lower().endswith(".csv") else _draft_field(draft)


# A claim's fields in the order `Claim` takes them (every field is an argument of its own name), and where the
# fields that `_Reader.link` resolves stand among them.
_CLAIM_FIELDS: Final = tuple(field.name for field in attrs.fields(Claim))
assert all(field.init and field.alias == field.name for field in attrs.fields(Claim))
_claim_values: Final = operator.attrgetter(*_CLAIM_FIELDS)
_RELAYS, _SUPERSEDES, _ADDS_TO = (_CLAIM_FIELDS.index(name) for name in ("relays", "supersedes", "adds_to"))

_ID_RULE: Final = "an id is letters, digits, '.', '_', ':' and '-' (at most 200), starting with a letter or digit"


@attrs.frozen
class _FileRead:
    """What reading one source file gave: its file problems, its source (with the file's name as shown) unless
    that could not be read or was declared before, and its claim drafts."""

    problems: list[Problem]
    source: tuple[Source, str] | None
    drafts: list[_ClaimDraft]


def _by_init(cls: type[Any]) -> Callable[[Any], tuple[type[Any], tuple[Any, ...]]]:
    """Pickle an instance of the frozen attrs class ``cls`` as a call of ``cls`` with its init fields (its other
    fields are derived from them): several times faster to unpickle than attrs' own state of slotted classes."""
    names = [field.name for field in attrs.fields(cls) if field.init]
    fields = operator.attrgetter(*names)  # at least two names: a tuple of their values, got in C

    def reduce(value: Any) -> tuple[type[Any], tuple[Any, ...]]:
        return cls, fields(value)

    return reduce


# How the claims a worker process reads are sent back (`reconcile._parallel.read_files`).
_REDUCERS: Final[dict[type[Any], Callable[[Any], Any]]] = {
    cls: _by_init(cls) for cls in (Claim, DateSpan, Count, Casualties, Source, _ClaimDraft)}


def _read_files(root: Path, limits: Limits, run_day: dt.date | None, resolver: PartyResolver,
                files: list[Path]) -> list[_FileRead]:
    """Read ``files`` (source files of the case folder ``root``, in order) with a reader of their own: what each
    gave, for `_Reader.join`."""
    reader = _Reader(root, limits, run_day)
    out: list[_FileRead] = []
    for file in files:
        problems, drafts, sources = len(reader.file_problems), len(reader.drafts), len(reader.sources)
        reader.read_source(file, resolver)
        added = list(reader.sources.values())[sources:]
        out.append(_FileRead(reader.file_problems[problems:], added[0] if added else None, reader.drafts[drafts:]))
    return out


def _parsed(cache: dict[Any, Any], parse: Callable[[Any], T], text: str | int) -> T | None:
    """``parse(text)``, each distinct text (or number) read once (``cache``); ``None`` when it does not read, for
    the direct paths of well-formed claims, which leave the wording of every problem to `_Reader.read_claim`."""
    found: T | None = cache.get(text)
    if found is None:
        try:
            found = cache[text] = parse(text)
        except NormalizeError:
            return None
    return found


def _attempt(make: Callable[[], T], where: PathT, fail: Callable[[PathT, str], None]) -> T | None:
    try:
        return make()
    except NormalizeError as exc:
        fail(where, str(exc))
        return None


def _shown_name(name: str) -> str:
    """A file name that the OS gave with undecodable bytes (as surrogates), shown with those bytes as ``\\xff``."""
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _interned(value: str | None) -> str | None:
    """`_blank_none`, one copy kept of each text (`sys.intern`)."""
    value = _blank_none(value)
    return None if value is None else sys.intern(value)


def _blank_none(value: str | None) -> str | None:
    return value if value is not None and value.strip() else None


def _label(path: PathT, labels: Mapping[PathT, str] | None) -> str:
    if labels:
        probe = path
        while probe:
            if probe in labels:
                return labels[probe]
            probe = probe[:-1]
    return format_path(path)


def _with_value(doc: Document | None, path: PathT, message: str) -> str:
    """Append ``(got '...')`` with the offending value where the message does not show it already."""
    if doc is None or "got " in message or message.startswith("unknown key") or "longer than the limit" in message:
        return message
    value: Any = doc.data
    for step in path:
        in_mapping = isinstance(value, Mapping) and step in value
        in_list = isinstance(value, list) and isinstance(step, int) and 0 <= step < len(value)
        if in_mapping or in_list:
            value = value[step]
        else:
            return message
    if isinstance(value, Mapping | list):
        return message
    shown = repr(value)
    if shown in message:
        return message
    if len(shown) > 80:
        shown = shown[:77] + "..."
    return f"{message} (got {shown})"


def _on_cycles(edges: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, str]]:
    """Each claim on a cycle of ``edges`` (a claim -> the claims it names), with the claim after it on a cycle
    through it and the problem that tells the cycle (deterministic, whatever the order of the claims).

    Of up to 20 claims that reach one another (`_strong_components`), each is told a shortest cycle through it,
    from its smallest id; more are told one cycle from their smallest id and their number, since a cycle for each
    would make text of their number squared. Time is linear in the claims and references
    of each such group, whatever its shape (a file whose every claim adds to the first and revises the next)."""
    found: dict[str, tuple[str, str]] = {}
    for component in _strong_components(edges):
        if len(component) < 2:
            continue  # a claim naming itself is told as such before
        members = set(component)
        inside = {gid: sorted(t for t in edges[gid] if t in members) for gid in component}
        root = min(component)
        if len(component) <= 2 * _CYCLE_SHOWN:
            for gid in component:
                back = min((_shortest_path(inside, after, gid) for after in inside[gid]), key=len)
                cycle = [gid, *back[:-1]]
                low = cycle.index(min(cycle))
                found[gid] = (back[0], f"supersedes/adds_to form a cycle: {_cycle_text(cycle[low:] + cycle[:low])}")
            continue
        walk = [root, *_shortest_path(inside, inside[root][0], root)][:-1]
        told = (f"supersedes/adds_to form a cycle: {_cycle_text(walk)}" if len(walk) == len(component) else
                f"supersedes/adds_to form cycles among {len(component):,} claims, this one among them, such as "
                f"{_cycle_text(walk)}")
        for gid in component:
            found[gid] = (inside[gid][0], told)
    return found


def _shortest_path(inside: Mapping[str, Sequence[str]], start: str, end: str) -> list[str]:
    """The shortest path from ``start`` to ``end`` in ``inside`` (breadth first, the smallest ids first), both
    ends included; ``end`` must be reachable."""
    before: dict[str, str] = {start: start}
    queue = [start]
    for node in queue:  # grows while read
        if node == end:
            break
        for child in inside[node]:
            if child not in before:
                before[child] = node
                queue.append(child)
    path = [end]
    while path[-1] != start:
        path.append(before[path[-1]])
    return path[::-1]


def _strong_components(edges: Mapping[str, Sequence[str]]) -> list[list[str]]:
    """The strongly connected components of ``edges`` (Tarjan's algorithm, without recursion), in the order of
    finding; nodes that ``edges`` does not list name nothing and are left out."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(edges[start])))]
        while work:
            node, children = work[-1]
            for child in children:
                if child not in edges:
                    continue
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    components.append(component)
    return components


# --- CSV shape -----------------------------------------------------------------------------------------------------

_CSV_SOURCE_COLUMNS: Final = ("source_id", "source_name", "source_kind", "speaks_for", "source_aligned_with")
_CSV_CLAIM_COLUMNS: Final = ("id", "stated", "reference", "url", "quote", "date", "place", "region", "event",
                             "initiator", "stance", "relays", "supersedes", "adds_to")
#: The fields of a source header that its required CSV columns hold, and what an empty cell of one is told.
_CSV_SOURCE_FIELDS: Final = ("id", "name", "kind")
_EMPTY_CELL: Final = "required, but the cell is empty (the source columns of the first row give the source)"
_CSV_REQUIRED: Final = ("source_id", "source_name", "source_kind", "id", "stated", "quote", "date", "place")
_CSV_LISTS: Final = ("supersedes", "adds_to")
# The claim columns in the order `_Reader.direct_csv` unpacks them.
_DIRECT_COLUMNS: Final = ("id", "stated", "quote", "date", "place", "reference", "url", "region", "event",
                          "initiator", "stance", "relays", "supersedes", "adds_to")


#: What `reconcile run` writes into reconciliation.json and the first columns of its events.csv
#: (`reconcile.serialize.FORMAT`, `reconcile.serialize.EVENT_COLUMNS`; a test keeps them in step): such a file
#: copied into a case folder is named as an output, not read as a source with a problem per key or column.
_RECONCILIATION_FORMAT: Final = "reconcile/reconciliation"
_EVENTS_CSV_START: Final = ("event_id", "date_start", "date_end")
_OUTPUT_FILE: Final = ("this is the {file} that `reconcile run` writes, not a claim file: move it out of the case "
                       "folder (`reconcile run --previous FILE` compares a run with an earlier reconciliation.json)")


#: Column separators that may split a header cell (in the order they are looked for), named in the error: a
#: separator read (`documents.SEPARATORS`) in a file read with another, and one that is not read.
_OTHER_SEPARATORS: Final = ((";", "semicolons"), ("\t", "tabs"), ("|", "vertical bars"))
#: A separator's name in one, as the messages about a row's cells say it.
_SEPARATOR_WORDS: Final = {",": "comma", ";": "semicolon", "\t": "tab"}


def _canonical_header(header: tuple[str, ...]) -> tuple[str, ...]:
    """The header with each column's name as the loader knows it: a column named in another letter case or with
    spaces around it or around the parts of a casualty column (``ID``, ``Killed: gna : Civilians``) is that
    column. The party part keeps its letters: parties are matched in any case already."""
    names: list[str] = []
    for written in header:
        name = written.strip()
        folded = name.casefold()
        if folded in _CSV_SOURCE_COLUMNS or folded in _CSV_CLAIM_COLUMNS:
            name = folded
        else:
            parts = [part.strip() for part in name.split(":")]
            if len(parts) >= 2 and parts[0].casefold() in MEASURES:
                name = ":".join([parts[0].casefold(), *parts[1:-1], parts[-1].casefold() if len(parts) > 2
                                 else parts[-1]])
        names.append(name)
    return tuple(names)


def _column_name(index: int) -> str:
    """The spreadsheet's name of the column at ``index`` (from 0) and its number: "AB (28)"."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters} ({index + 1})"


def _separator_problem(cells: Sequence[str], separator: str = ",") -> str | None:
    """That the header of a file read with ``separator`` is separated by another one, when one of the header
    ``cells`` that are not known columns holds known column names split by it: a separator that is not read (the
    file is to be saved again), or one that is read where the header line is in double quotes or the header and the
    rows are separated differently."""
    name = _separator_name(cells, separator)
    if name is None:
        return None
    other = next(sep for sep, named in _OTHER_SEPARATORS if named == name)
    names = [part.strip() for cell in cells for part in cell.split(other)]
    if not any(_claim_column(part) for part in names):
        return f"the file separates its columns with {name}, and {_foreign_columns(names)}"
    cell = next(cell for cell in cells if other in cell)
    shown = cell if len(cell) <= 60 else cell[:60] + "…"
    if other in documents.SEPARATORS:
        return (f"the header cell {shown!r} holds column names separated by {name}, while the file is read with "
                f"{documents.SEPARATORS[separator]} between its columns (is the header line in double quotes?): "
                "separate every column of the header and of the rows with one separator, commas, semicolons or "
                "tabs, with no double quotes around a line")
    return (f"the header reads as one column, {shown!r}: the file separates its columns with {name}, which cannot "
            "be read; save it as CSV with commas (or semicolons, or tabs) between the columns")


def _claim_column(name: str) -> bool:
    """Whether ``name`` is a column of a claim file in the CSV form (a casualty column by its measure)."""
    folded = name.strip().casefold()
    return (folded in _CSV_SOURCE_COLUMNS or folded in _CSV_CLAIM_COLUMNS
            or (folded.split(":")[0].strip() in MEASURES and ":" in folded))


def _foreign_columns(names: Sequence[str]) -> str:
    """That none of the header's ``names`` is a claim file's column: the file is another table (another dataset's
    export, one row per event), which the user must convert rather than fix column by column."""
    shown = ", ".join(repr(name if len(name) <= 30 else name[:30] + "…") for name in names[:6])
    more = f" and {len(names) - 6} more" if len(names) > 6 else ""
    return (f"none of its columns ({shown}{more}) is a column of a claim file: it is another table (an export of "
            "another dataset such as ACLED's or UCDP's?), not a claim file; a claim file has a row per claim with "
            f"the columns {', '.join(_CSV_REQUIRED)} (docs/claim-format.md, the CSV form)")


def _separator_name(cells: Sequence[str], read: str = ",", *, unread_only: bool = False) -> str | None:
    """The name of the separator (`_OTHER_SEPARATORS`; not ``read``, the file's own, nor, when ``unread_only``, one
    that is read) that splits one of the header ``cells`` into known column names, or ``None``."""
    others = [(separator, name) for separator, name in _OTHER_SEPARATORS if separator != read
              and not (unread_only and separator in documents.SEPARATORS)]
    for separator, name in others:
        if any(set(cell.split(separator)) & {"id", "source_id", "quote"} for cell in cells):
            return name
    if len(cells) == 1:
        # A header of one column that another separator cuts into three or more names is a table of that
        # separator, whatever its columns are (another dataset's export saved with vertical bars).
        for separator, name in others:
            if len([part for part in cells[0].split(separator) if part.strip()]) >= 3:
                return name
    return None


def _header_cells(text: str) -> list[str] | None:
    """The cells of the header line of ``text`` that are not known columns, as the CSV parser reads the line with
    the separator it shows, or ``None`` when the header has a comma (it is not written with another separator) or
    does not read on its own."""
    lines = _NEWLINE.split(text, 2)
    # Excel's `sep=;` line before the header names the separator as the header shows it.
    sep_line = len(lines) > 1 and len(lines[0]) == 5 and lines[0][:4].casefold() == "sep="
    header = lines[1] if sep_line else lines[0]
    if "," in header:
        return None
    try:
        cells = documents.parse_csv(header).header
    except DocumentError:
        return None
    return [cell for cell in cells if cell not in _CSV_SOURCE_COLUMNS + _CSV_CLAIM_COLUMNS]


def _header_separator_problem(text: str) -> str | None:
    """`_separator_problem` of the header line of ``text``, a file the CSV parser could not read (see
    `_header_cells`)."""
    cells = _header_cells(text)
    return None if cells is None else _separator_problem(cells)


_NEWLINE: Final = re.compile(r"\r\n|\r|\n")


def _not_utf8_csv_problem(message: str, raw: bytes) -> str:
    """``message`` (the file is not UTF-8) for the CSV file ``raw``, saying also when its header line is separated
    by something that is not read (vertical bars), which the user would otherwise learn of only once the encoding
    is fixed: one save option fixes both. Semicolons and tabs are read, and are not named. A file that is no text in
    any encoding (cut short, ending in zero bytes, a workbook) keeps its message: saving it again fixes nothing."""
    if not message.startswith(("the file is not UTF-8", "the file is UTF-")):
        return message
    wide = documents.wide_encoding(raw)
    text = raw.decode(wide or "cp1252", errors="replace").removeprefix("\ufeff")
    cells = _header_cells(text)
    name = None if cells is None else _separator_name(cells, unread_only=True)
    advice = f"; {documents.SAVE_AS_UTF8}"
    if name is None:
        if wide is None:
            return message
        return (f'{message.removesuffix(advice)} (Excel saves "Unicode Text" so): save it as "CSV UTF-8 (Comma '
                'delimited)" (Excel\'s option), or as UTF-8 with commas between the columns')
    return (f"{message.removesuffix(advice).removesuffix(f', then {documents.SAVE_AS_UTF8}')}, and its columns are "
            f"separated by {name}, not "
            'commas: save it as "CSV UTF-8 (Comma delimited)" (Excel\'s option for both), or as UTF-8 with commas '
            "between the columns")

#: The reference cell of the example row that `reconcile template csv` writes: a row that keeps it is that example.
CSV_EXAMPLE_REFERENCE: Final = "EXAMPLE: replace or delete this row"
_EXAMPLE_ROW_PROBLEM: Final = (
    f"this is the example row of the CSV template (its reference reads {CSV_EXAMPLE_REFERENCE!r}): delete the row; "
    "if it now holds a real claim, clear its reference cell")
#: The quote of the example claim that `reconcile add-source` writes, commented out: a claim that keeps it is that
#: example, copied without being filled in.
YAML_EXAMPLE_QUOTE: Final = "the source's own words, verbatim"
_EXAMPLE_CLAIM_PROBLEM: Final = (
    f"this is the example claim that `reconcile add-source` writes (its quote reads {YAML_EXAMPLE_QUOTE!r}): fill in "
    "what the source said (its quote, dates, place, figures; every value of the example is a placeholder), or delete "
    "the claim")
_ONLY_EXAMPLE_ROW_PROBLEM: Final = (
    f"this is the example row of the CSV template (its reference reads {CSV_EXAMPLE_REFERENCE!r}), and the file "
    "holds no other row: replace it with the source's claims (and its source columns with the source's), or delete "
    "the file; if the row now holds a real claim, clear its reference cell")


def _repeated_columns(header: Sequence[str], written: Sequence[str]) -> list[str]:
    """The problem of each column that the ``header`` (as `_canonical_header` reads it; ``written`` as the file has
    it) names more than once, with the columns that name it."""
    at: dict[str, list[int]] = defaultdict(list)
    for k, name in enumerate(header):
        if name:  # a column without a name is judged by `_csv_columns`
            at[name].append(k)
    return [f"the CSV header names column {name!r} {'twice' if len(ks) == 2 else f'{len(ks)} times'} (columns "
            f"{', '.join(_column_name(k) for k in ks[:-1])} and {_column_name(ks[-1])}, "
            f"{', '.join(repr(written[k]) for k in ks[:-1])} and {written[ks[-1]]!r})"
            for name, ks in at.items() if len(ks) > 1]


#: The separators a spreadsheet's header may write where a column's name has an underscore (``source id``,
#: ``Source-Name``).
_COLUMN_SEPARATORS_RE: Final = re.compile(r"[\s\-.]+")


def _column_meant(name: str) -> str | None:
    """The column of the claim format that ``name`` spells with spaces, hyphens or points for its underscores, or in
    other letter case (``source id``, ``Source-Kind``: source_id, source_kind), or with one slip of the fingers
    (two neighbouring letters swapped, one dropped, added or changed: ``palce``, ``intiator``, ``qoute``) in a name
    of five letters or more, where one column only is that near; None for any other name. A hint only: the column
    is still refused, as the format names its columns one way."""
    columns = _CSV_SOURCE_COLUMNS + _CSV_CLAIM_COLUMNS
    spelled = _COLUMN_SEPARATORS_RE.sub("_", name.strip().casefold())
    if spelled in columns:
        return spelled if spelled != name else None
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    measure, colon, rest = spelled.partition(":")
    if colon and rest:  # a casualty column whose measure has the slip: `kiled:jnim:soldiers`
        near = [m for m, _, _ in process.extract(measure, MEASURES, scorer=OSA.distance, score_cutoff=1, limit=None)]
        return f"{near[0]}:{name.strip().partition(':')[2]}" if len(near) == 1 and len(measure) >= 5 else None
    if len(spelled) < 5:
        return None
    near = [column for column, _, _ in process.extract(spelled, columns, scorer=OSA.distance, score_cutoff=1,
                                                        limit=None)]
    return str(near[0]) if len(near) == 1 else None


def _csv_columns(table: Table, resolver: PartyResolver) -> dict[int, tuple[str, str, str]] | list[str]:
    """Map each casualty column's index to (measure, party, category); a list is the header's problems, all of
    them (or the one that says the file is no claim file of commas: another separator, an output, another table)."""
    casualty: dict[int, tuple[str, str, str]] = {}
    unknown: list[str] = []
    problems: list[str] = []
    for index, name in enumerate(table.header):
        if name in _CSV_SOURCE_COLUMNS or name in _CSV_CLAIM_COLUMNS:
            continue
        if not name:
            # A column without a name and without a value (spreadsheets export one after the last column) holds
            # nothing to read: it is left out. One that holds values cannot be read and is named by its position.
            held = next((line for line, row in table.rows if index < len(row) and row[index].strip()), None)
            if held is not None:
                problems.append(f"column {_column_name(index)} has no name in the header but holds values (line "
                                f"{held}): give it a column's name, or delete the column")
            continue
        parts = name.split(":")
        if len(parts) >= 2 and parts[0] in MEASURES:
            # measure:party or measure:party:category; a party id may hold a colon (`un:mission`): the party is
            # all between the measure and the category.
            if len(parts) > 3 and parts[-1] not in CATEGORIES:
                problems.append(f"column {_clipped(name, 200)!r}: unknown category {parts[-1]!r}; expected one of "
                                f"{', '.join(CATEGORIES)}{_did_you_mean(parts[-1], CATEGORIES)}")
                continue
            try:
                party = _resolve_party(resolver, ":".join(parts[1:-1]) if len(parts) > 2 else parts[1])
            except NormalizeError as exc:
                problems.append(f"column {_clipped(name, 200)!r}: {exc}")
                continue
            category = parts[-1] if len(parts) > 2 else "unknown"
            if category not in CATEGORIES:
                problems.append(f"column {_clipped(name, 200)!r}: unknown category {category!r}; expected one of "
                                f"{', '.join(CATEGORIES)}{_did_you_mean(category, CATEGORIES)}")
                continue
            casualty[index] = (parts[0], party, category)
        else:
            unknown.append(name)
    if unknown:
        separator = _separator_problem(unknown, table.separator)
        if separator is not None:
            return [separator]
        if tuple(table.header[:3]) == _EVENTS_CSV_START:
            return [_OUTPUT_FILE.format(file="events.csv")]
        if len(unknown) >= 3 and not any(_claim_column(name) for name in table.header):
            return [_foreign_columns(unknown)]
        meant = {name: _column_meant(name) for name in unknown}
        named_as = ", ".join(f"{_clipped(name, 200)!r}{f' (did you mean {meant[name]}?)' if meant[name] else ''}"
                             for name in unknown)
        # A column of the user's own (notes, a coder's fields) is no typo: say where its words may go instead.
        guessless = [name for name in unknown if meant[name] is None]
        own = ("; a column of your own (notes, a coder's fields) is not read: delete it, or move its words into "
               "reference" if any(":" not in name for name in guessless) else "")
        if any(":" in name for name in guessless):
            own += f"; a casualty column's name begins with its measure, in English: {', '.join(MEASURES)}"
        problems.append(f"unknown column{'s' if len(unknown) > 1 else ''} {named_as}; expected "
                        f"{', '.join(_CSV_SOURCE_COLUMNS + _CSV_CLAIM_COLUMNS)} and casualty columns such as "
                        f"'killed:<party>:<category>'{own}")
    missing = [name for name in _CSV_REQUIRED if name not in table.header]
    if missing:
        problems.append(f"missing required column{'s' if len(missing) > 1 else ''}: {', '.join(missing)}")
    named: dict[tuple[str, str, str], int] = {}
    for index, key in casualty.items():
        first = named.setdefault(key, index)
        # A party by two of its names, or a category left out beside `unknown` (one name twice is a repeated column).
        if first != index and table.header[first] != table.header[index]:
            measure, party, category = key
            problems.append(f"two casualty columns name the same measure, party and category ({measure}, {party}, "
                            f"{category}): columns {_column_name(first)} and {_column_name(index)}, "
                            f"{table.header[first]!r} and {table.header[index]!r}; keep one")
    return problems or casualty


#: A row that is the header again: two exports joined one after the other, not a claim of a source `source_id`.
_HEADER_AGAIN: Final = (
    "the row repeats the header (line {line}), as where two exports are joined one after the other: delete the row")

#: A row of figures without a source, an id or any other required cell: a total or a note that a spreadsheet keeps
#: below the claims (`=SUM(M2:M6)` saved as its value), not a claim of another source.
_OTHER_CELLS_ONLY: Final = (
    "the row has no source, id, stated, quote, date or place, only other cells (a total or a note kept below the "
    "claims in the spreadsheet?): delete the row, or fill it in as a claim")


def _only_other_cells(header: Sequence[str], row: Sequence[str]) -> bool:
    """Whether every required cell of ``row`` is empty or spaces (while another is not: a blank row is skipped
    before). A cell of a control character is not empty here (`str.strip` takes ``\x1f`` for a space): it is named."""
    return all(not cell.strip(" \t\r\n\xa0") for name, cell in zip(header, row, strict=False)
               if name in _CSV_REQUIRED)


_ISO_DAY: Final = re.compile(r"\s*\d{4}-\d{2}-\d{2}\s*")
_THOUSANDS: Final = re.compile(r"\d{1,3}(?:,\d{3})+")
#: Columns whose cell a comma outside quotes may split: free text, a list of ids, or a figure (``1,200``).
_SPLITTABLE: Final = frozenset(("source_name", "reference", "quote", "date", "place", "region", "event", "initiator",
                                "relays"))


def _cell_count_problem(plan: _CsvPlan, row: Sequence[str], first: Sequence[str] | None,
                        separator: str = ",") -> tuple[str, str]:
    """The column and the problem of a row with too few or too many cells, naming what can be told.

    - Too few: the columns the row has no cell for (the last ones), the first as the column.
    - Too many: where one column's cell, split by the ``separator`` (a comma in a file of commas) outside double
      quotes, reads as several, the column and its pieces, when exactly one such column leaves every cell whose
      form can be checked in its place (the source columns as in the first row, ``id``, ``stated``, ``stance``,
      ``url``, a figure, a ``date`` with a digit), preferring a split before a space (a comma in text is followed by
      one, a separator is not) or between thousands (``1,200``); else the cells past the last column. In a file of
      semicolons a list (``supersedes``, ``adds_to``) may be split too, its items being separated by semicolons.
    """
    header = plan.header
    word = _SEPARATOR_WORDS[separator]
    counted = f"the row has {len(row)} cells; the header has {len(header)}"
    if len(row) < len(header):
        # An unnamed column (empty: `_csv_columns` refuses one that holds values) by its place in the spreadsheet.
        missing = [name or f"column {_column_name(i)}" for i, name in enumerate(header) if i >= len(row)]
        named = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        return missing[0], (f"{counted}: no cell for {'the column' if len(missing) == 1 else 'the columns'} {named} "
                            f"(every row needs a cell, empty or not, for each column: a cell or a {word} is "
                            "missing)")
    extra = len(row) - len(header)
    figures = {column[0] for column in plan.casualty_columns}

    def fits(i: int, cell: str) -> bool:
        name = header[i]
        value = cell.strip()
        if first is not None and i in plan.source_indices:
            return cell == first[i]
        if name == "id":
            return _ID.fullmatch(cell) is not None
        if name == "stated":
            return _ISO_DAY.fullmatch(cell) is not None
        if name == "stance":
            return value.lower() in ("", *STANCES)
        if name == "url":
            return not value or value.lower().startswith(("http://", "https://"))
        if name == "date":
            return not value or any(ch.isdigit() for ch in value)
        if i in figures:  # a figure holds a comma only between thousands (1,200), and no other separator
            return separator not in value or (separator == "," and _THOUSANDS.fullmatch(value) is not None)
        return True

    # Whether the cells before a column fit in place, and the cells after it once shifted back by the extra ones:
    # each column's split is then told at once, in time linear in the row (a file of such rows stays quick).
    width = len(header)
    before = [True] * (width + 1)
    for i in range(width):
        before[i + 1] = before[i] and fits(i, row[i])
    after = [True] * (width + 1)
    for i in reversed(range(width)):
        after[i] = after[i + 1] and fits(i, row[i + extra])
    splits = [at for at, name in enumerate(header)
              if (name in _SPLITTABLE or at in figures or (separator == ";" and name in _CSV_LISTS))
              and before[at] and after[at + 1]
              and fits(at, separator.join(row[at:at + extra + 1]))]
    spaced = [at for at in splits if all(row[k][:1] == " " for k in range(at + 1, at + extra + 1))
              or (at in figures and _THOUSANDS.fullmatch(separator.join(row[at:at + extra + 1])) is not None)]
    chosen = spaced if len(spaced) == 1 else splits if len(splits) == 1 else []
    if chosen:
        at = chosen[0]
        pieces = row[at:at + extra + 1]
        shown = " and ".join(_cell_shown(piece) for piece in pieces[:4]) + (" ..." if len(pieces) > 4 else "")
        joined = separator.join(pieces)
        written = '"' + (joined if len(joined) <= 60 else joined[:60] + "…").replace('"', '""') + '"'
        return header[at], (f"{counted}: the {header[at]} cell seems to hold a {word} outside double quotes, which "
                            f"splits it into {extra + 1} cells, {shown}; put the cell in double quotes ({written})")
    past = ", ".join(_cell_shown(cell) for cell in row[len(header):][:5]) + (" ..." if extra > 5 else "")
    return "", (f"{counted}: {extra} {'cell' if extra == 1 else 'cells'} past the last column, {header[-1]} "
                f"({past}); a cell that holds a {word} must be in double quotes")


def _cell_shown(cell: str | None) -> str:
    """A cell as a problem shows it: quoted, with what cannot be seen as escapes (a byte-order mark or a zero-width
    space that makes two cells differ is shown), cut after 60 characters; or that it is empty."""
    if cell is None:
        return "an empty cell"
    return repr(cell if len(cell) <= 60 else cell[:60] + "…")


def _csv_source_cells(header: Sequence[str], row: Sequence[str]) -> dict[str, str]:
    return {name: cell.strip() for name, cell in zip(header, row, strict=False)
            if name in _CSV_SOURCE_COLUMNS and cell.strip()}


def _csv_source_mapping(cells: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in cells.items():
        if key == "source_aligned_with":
            out["aligned_with"] = _split_list(value)
        elif key == "speaks_for":
            out["speaks_for"] = value
        else:
            out[key[len("source_"):]] = value
    return out


#: The spaces a spreadsheet keeps around a cell's value (`` Kharkiv ``, a no-break space pasted from a web page):
#: tabs, line breaks and Unicode's space separators. No part of the value, as YAML leaves them out of a plain
#: value. Control characters are not among them: `documents.text_problem` names those.
_CELL_SPACE: Final = " \t\n\r\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
#: A cell that starts with such a space, in a row's cells joined by NUL, with a NUL before the first (read forwards,
#: and backwards for a cell that ends with one: a pattern that starts with the NUL is the one the engine finds fast).
_PADDED_CELL: Final = re.compile(f"\x00[{_CELL_SPACE}]")


def _tidy_row(row: tuple[str, ...]) -> tuple[str, ...]:
    """``row`` with the spaces around each cell's value left out (``, Kharkiv ,`` is ``Kharkiv``; `_CELL_SPACE`), so
    that an id, a date, a place or a quote reads as written without them, and saving a file with its cells padded
    or not is no edit of its claims. A cell of spaces only stays as written: it is empty, and a required one is
    named so."""
    joined = "\x00" + "\x00".join(row) + "\x00"
    if _PADDED_CELL.search(joined) is None and _PADDED_CELL.search(joined[::-1]) is None:
        return row
    return tuple(cell.strip(_CELL_SPACE) or cell for cell in row)


def _with_trailing_cells(table: Table) -> Table:
    """``table`` with the cells of the unnamed, empty columns after its last named one (a spreadsheet adds one;
    `_csv_columns` leaves them out) given to the rows that stop before them: such a row is no shorter than the
    header's named columns, and its missing cells are empty ones. A row that is shorter still, or longer than the
    header, is left as it is, to be told."""
    width = named = len(table.header)
    while named and not table.header[named - 1]:
        named -= 1
    if named == width or all(len(row) == width for _, row in table.rows):
        return table
    return attrs.evolve(table, rows=tuple((line, (*row, *[""] * (width - len(row)))) if named <= len(row) < width
                                          else (line, row) for line, row in table.rows))


def _split_list(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(";") if item.strip()]


class _CsvPlan:
    """How one CSV table's columns map to a claim, worked out once per file rather than once per row."""

    def __init__(self, header: Sequence[str], casualty: Mapping[int, tuple[str, str, str]]) -> None:
        self.header = tuple(header)
        self.index = {name: i for i, name in enumerate(self.header)}
        self.id_index = self.header.index("id") if "id" in self.header else None
        self.source_indices = tuple(i for i, name in enumerate(header) if name in _CSV_SOURCE_COLUMNS)
        # (index, column, is a list) for claim columns, (index, column, measure, party, category) for figures, in the
        # order of the header.
        self.claim_columns = tuple((i, name, name in _CSV_LISTS) for i, name in enumerate(header)
                                   if i not in casualty and name in _CSV_CLAIM_COLUMNS)
        self.casualty_columns = tuple((i, header[i], *casualty[i]) for i in sorted(casualty))

    @classmethod
    def of(cls, header: Sequence[str], casualty: Mapping[int, tuple[str, str, str]]) -> _CsvPlan:
        return cls(header, casualty)

    def claim(self, row: Sequence[str]) -> dict[str, Any]:
        """One CSV row as the claim mapping the YAML form would hold (an empty cell is an absent value)."""
        claim: dict[str, Any] = {}
        for i, name, is_list in self.claim_columns:
            cell = row[i]
            if cell and cell.strip():
                claim[name] = _split_list(cell) if is_list else cell
        entries: dict[tuple[str, str], dict[str, Any]] | None = None
        for i, _name, measure, party, category in self.casualty_columns:
            cell = row[i]
            if cell and (value := cell.strip()):
                if entries is None:
                    entries = {}
                entries.setdefault((party, category), {"party": party, "category": category})[measure] = value
        if entries:
            claim["casualties"] = [entries[key] for key in sorted(entries)]
        return claim

    def row_id(self, row: Sequence[str]) -> str | None:
        """The id in ``row``, when it is a readable one (for a row rejected before it is read as a claim, one with
        too few or too many cells among them: its id column's cell, when the row reaches it, is taken as written)."""
        cell = row[self.id_index] if self.id_index is not None and self.id_index < len(row) else ""
        return cell if _ID.fullmatch(cell) else None

    def text_warnings(self, row: Sequence[str], index: int, line: int) -> tuple[documents.Remark, ...]:
        """(path, line, problem) for each cell of ``row`` (the claim at ``index``) whose text `documents.text_problem`
        refuses (a control character other than tab and line breaks, unbalanced bidirectional formatting,
        mojibake): the path of its value in `claim`, or for a cell that gives no value (a
        casualty cell of only such characters, a source column) the column's name after the claim's path."""
        found: list[documents.Remark] = []
        path: PathT = ("claims", index)
        entries: list[tuple[str, str]] | None = None
        for i, cell in enumerate(row):
            problem = documents.text_problem(cell)
            if problem is None:
                continue
            name = self.header[i]
            where: PathT = (*path, name)
            figure = next((column for column in self.casualty_columns if column[0] == i), None)
            if figure is not None and cell.strip():
                if entries is None:
                    entries = sorted({(party, category) for j, _, _, party, category in self.casualty_columns
                                      if row[j].strip()})
                where = (*path, "casualties", entries.index((figure[3], figure[4])), figure[2])
            found.append((where, line, problem))
        return tuple(found)

    def labels(self, row: Sequence[str], index: int) -> dict[PathT, str]:
        """The column behind each field path of `claim` (for problems: "column 'killed:armenia'"), and behind each
        path of `text_warnings`."""
        path: PathT = ("claims", index)
        labels: dict[PathT, str] = {path: f"row {index + 1}"}
        for name in self.header:
            labels[(*path, name)] = name
        for _i, name, _is_list in self.claim_columns:
            labels[(*path, name)] = name
        entry_columns: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for i, name, measure, party, category in self.casualty_columns:
            if row[i].strip():
                entry_columns[party, category].append((measure, name))
        for k, key in enumerate(sorted(entry_columns)):
            for measure, name in entry_columns[key]:
                labels[(*path, "casualties", k, measure)] = name
            labels[(*path, "casualties", k)] = entry_columns[key][0][1]
        return labels


class _LazyLabels(Mapping[PathT, str]):
    """Labels made only when a problem asks for one: most rows have none."""

    def __init__(self, make: Callable[[], dict[PathT, str]]) -> None:
        self._make = make
        self._labels: dict[PathT, str] | None = None

    def _get(self) -> dict[PathT, str]:
        if self._labels is None:
            self._labels = self._make()
        return self._labels

    def __getitem__(self, key: PathT) -> str:
        return self._get()[key]

    def __iter__(self) -> Iterator[PathT]:
        return iter(self._get())

    def __len__(self) -> int:
        return len(self._get())


# --- the fast path for well-formed claims -----------------------------------------------------------------------

_RAW_CLAIM_FIELDS: Final = frozenset(field.name for field in attrs.fields(_RawClaim))
# Fields that may hold text (``stated`` and ``date`` too), in field order: their length is checked, and for free
# text whether it shows anything: text that must (``required``), text that may be absent (``optional``), or ``""``
# for text read otherwise (an id, a date, a party, a stance).
_RAW_CLAIM_TEXTS: Final = tuple(
    (field.name, "required" if field.name in ("quote", "place") else
     "optional" if field.name in ("reference", "url", "region", "event", "relays") else "")
    for field in attrs.fields(_RawClaim) if field.name not in ("supersedes", "adds_to", "casualties"))
_RAW_CLAIM_REQUIRED: Final = ("id", "stated", "quote", "date", "place")
_RAW_CLAIM_OPTIONAL_TEXTS: Final = ("reference", "url", "region", "event", "initiator", "relays")
_RAW_CASUALTY_FIELDS: Final = frozenset(field.name for field in attrs.fields(_RawCasualties))


def _fast_texts(value: Any) -> tuple[str, ...] | None:
    """`_texts` of ``value`` when it is plain (no item empty or only whitespace, which `_texts` leaves out)."""
    if value is None:
        return ()
    if type(value) is str:
        return (value,) if value.strip() else None
    if type(value) is list and all(type(item) is str and item.strip() for item in value):
        return tuple(value)
    return None


def _plain_entries(entries: Any) -> list[tuple[dict[str, Any], str, str]] | None:
    """Each casualty entry of a claim's mapping with its party and category (``unknown`` when absent), when every
    entry has the plain shape (a mapping of known keys, party and category as text); ``None`` otherwise, for cattrs
    and `_Reader.read_claim` to read and word."""
    if entries == ():
        return []
    if type(entries) is not list:
        return None
    out = []
    for entry in entries:
        if type(entry) is not dict or not entry.keys() <= _RAW_CASUALTY_FIELDS:
            return None
        party, category = entry.get("party"), entry.get("category", "unknown")
        if type(party) is not str or type(category) is not str:
            return None
        out.append((entry, party, category))
    return out


def _fast_raw_claim(data: Any) -> _RawClaim | None:
    """The `_RawClaim` that cattrs would build from ``data``, built directly, when ``data`` has exactly the plain
    shapes of a well-formed claim (text as ``str``, lists of text, casualties as mappings of text); ``None``
    otherwise, and cattrs reads it with its full checks and messages. Equal to cattrs' result where it answers."""
    if type(data) is not dict or not data.keys() <= _RAW_CLAIM_FIELDS:
        return None
    for name in _RAW_CLAIM_REQUIRED:
        if name not in data:
            return None
    claim_id, quote, place = data["id"], data["quote"], data["place"]
    if type(claim_id) is not str or type(quote) is not str or type(place) is not str:
        return None
    texts: dict[str, str | None] = {}
    for name in _RAW_CLAIM_OPTIONAL_TEXTS:
        value = data.get(name)
        if value is not None and type(value) is not str:
            return None
        texts[name] = value
    stance = data.get("stance", "asserts")
    supersedes, adds_to = _fast_texts(data.get("supersedes")), _fast_texts(data.get("adds_to"))
    if type(stance) is not str or supersedes is None or adds_to is None:
        return None
    casualties: list[_RawCasualties] = []
    entries = _plain_entries(data.get("casualties", ()))
    if entries is None:
        return None
    for entry, party, category in entries:
        casualties.append(_RawCasualties(
            party=party, category=category, killed=entry.get("killed"), wounded=entry.get("wounded"),
            captured=entry.get("captured"), missing=entry.get("missing")))
    return _RawClaim(
        id=claim_id, stated=data["stated"], quote=quote, date=data["date"], place=place, stance=stance,
        supersedes=supersedes, adds_to=adds_to, casualties=tuple(casualties), **texts)


# --- entry point -------------------------------------------------------------------------------------------------


def field_lines(case: Case, wanted: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The line of each field in ``wanted`` (a claim's global id and a field of it: ``("kyiv-ind/k1", "place")``),
    where its YAML or JSON file writes it, read again from the case folder; the claim's own line (`Claim.line`)
    where the field is not found there: a CSV file writes a claim on one line, and a file may have changed since it
    was read. For what names one field of a claim that loaded, such as a note (`reconcile.notes`): the loader keeps
    no line per field, and the few claims named are worth reading their files again for."""
    claims = {claim.global_id: claim for claim in case.claims}
    out: dict[tuple[str, str], int] = {}
    by_file: dict[str, list[tuple[Claim, str]]] = defaultdict(list)
    for gid, field in wanted:
        claim = claims.get(gid)
        if claim is None:
            continue
        out[gid, field] = claim.line
        if Path(claim.file).suffix.lower() in (".yaml", ".yml", ".json"):
            by_file[claim.file].append((claim, field))
    root = Path(case.path).parent if case.path else Path()
    for file, asked in by_file.items():
        path = Path(file) if Path(file).is_absolute() else root / file
        try:
            text = documents.decode(path.read_bytes())
            doc = documents.parse_json(text) if path.suffix.lower() == ".json" else documents.parse_yaml(text)
        except (OSError, DocumentError):
            continue  # the claims' own lines, as read
        entries = doc.data.get("claims") if isinstance(doc.data, Mapping) else None
        if not isinstance(entries, list):
            continue
        # A claim's entry is the one that starts on its line (with its id, where several start on one line).
        at: dict[int, list[int]] = defaultdict(list)
        for index in range(len(entries)):
            at[doc.line(("claims", index))].append(index)
        for claim, field in asked:
            found = [k for k in at.get(claim.line, ()) if isinstance(entries[k], Mapping)]
            if len(found) > 1:
                found = [k for k in found if str(entries[k].get("id", "")).strip() == claim.id]
            if len(found) != 1 or field not in entries[found[0]]:
                continue
            index = found[0]
            # JSON keeps the lines of objects only: the key's line is found in the text.
            line = (documents.json_key_line(text, ("claims", index, field)) if doc.syntax == "json"
                    else doc.lines.get(("claims", index, field)))
            if line:
                out[claim.global_id, field] = line
    return out


def gazetteer_notes(case: Case) -> tuple[Note, ...]:
    """A note on each spelling (a name or a variant) of the case's ``gazetteer.yaml`` that an earlier place of the
    file has too, by `places.fold`: legal (two villages may share a name), but a claim that writes it then resolves
    to neither place (`places.Resolution`, ambiguous) unless its region or coordinates tell them apart, and a
    variant copied under the wrong entry takes a place's own name from it. Each note is at the line of the later
    spelling (``field`` its path, ``$.places[3].variants[0]``; ``claim`` empty), read again from the case folder, as
    `field_lines` reads a claim's; none where the file cannot be read again."""
    from reconcile import places
    from reconcile.notes import Note

    if not case.path or not case.gazetteer:
        return ()
    folder = Path(case.path)
    try:
        path = next(f for f in sorted(folder.iterdir()) if f.name.lower() in GAZETTEER_FILES and f.is_file())
        text = documents.decode(path.read_bytes())
        doc = documents.parse_yaml(text)
    except (OSError, StopIteration, DocumentError):
        return ()
    entries = doc.data.get("places") if isinstance(doc.data, Mapping) else None
    if not isinstance(entries, list):
        return ()
    loaded = {entry.id: entry for entry in case.gazetteer}
    shown = f"{folder.name}/{path.name}"
    first: dict[str, tuple[str, str, str]] = {}  # folded spelling -> (place id, its field, the spelling)
    # The names a country may be written as: the parties' and the states' (`places.COUNTRY_NAMES`), and the
    # shipped regions' countries (ISO codes among them), each with the spelling to suggest.
    known = {name.casefold(): name for state in places.COUNTRY_NAMES for name in state}
    known.update((code, code) for region in regional.REGIONS.values() for code in region.countries)
    known.update((name.casefold(), name) for party in case.parties for name in (party.id, party.name, *party.aliases))
    groups: dict[tuple[str, str], list[tuple[str, float, float]]] = defaultdict(list)  # (id, lat, lon)
    for place in case.gazetteer:
        if (group := _place_group(place)) is not None and place.lat is not None and place.lon is not None:
            groups[group].append((place.id, place.lat, place.lon))
    out: list[Note] = []
    for index, item in enumerate(entries):
        entry = loaded.get(str(item.get("id", "")).strip()) if isinstance(item, Mapping) else None
        if entry is None:
            continue  # an entry that did not load is told as a problem
        variants = item.get("variants")
        spellings: list[tuple[PathT, str, str]] = [(("places", index, "name"), "name", entry.name)]
        for variant in entry.variants:
            at: PathT = ("places", index, "variants")
            if isinstance(variants, list):
                k = next((k for k, v in enumerate(variants) if isinstance(v, str) and v == variant), None)
                at = (*at, k) if k is not None else at
            spellings.append((at, "variant", variant))
        own: set[str] = set()
        for where, kind, spelling in spellings:
            key = places.fold(spelling)
            if not key or key in own:
                continue
            own.add(key)
            other = first.setdefault(key, (entry.id, kind, spelling))
            if other[0] == entry.id:
                continue
            written = repr(spelling) if spelling == other[2] else f"{spelling!r} ({other[2]!r} there)"
            out.append(Note(shown, doc.line(where), "", documents.format_path(where), (
                f"place {entry.id!r} has the {kind} {written} that place {other[0]!r} has as its {other[1]}: a "
                f"claim that writes it resolves to neither place, as ambiguous, unless its region or coordinates "
                f"tell them apart; where the spelling belongs to one place only, delete it from the other")))
        at = ("places", index, "country")
        if entry.country is not None and (note := _country_note(entry.country, known, shown, doc.line(at),
                                                                documents.format_path(at))):
            out.append(note)
        if (group := _place_group(entry)) is not None:
            out.extend(_coordinate_notes(entry, groups[group], shown, doc.line(("places", index, "lat")),
                                         documents.format_path(("places", index, "lat"))))
    return tuple(out)


#: How far (km) a place of the case gazetteer may lie from every other place of its region (or, without regions,
#: its country) before coordinates that would lie near one of them read the other way round are noted.
_NEAR_KM: Final = 250.0


def _country_note(country: str, known: Mapping[str, str], shown: str, line: int, field: str) -> Note | None:
    """A note where a gazetteer entry's ``country`` is none of the ``known`` names (`gazetteer_notes`: the parties',
    the states', the shipped regions' countries) but a typo of one (`_near_word`): ``armnia``. A name none is near
    (``Kurdistan``, ``narnia``) is the case's own and gets none."""
    from reconcile.notes import Note

    folded = country.strip().casefold()
    if folded in known or (near := _near_word(folded, list(known))) is None:
        return None
    return Note(shown, line, "", field, (
        f"country {country!r} is no party of the case and no state reconcile knows; did you mean {known[near]!r}? "
        f"Countries are compared as written: two places of two countries that both name a party, or neither does, "
        f"are never one incident's place (a location conflict, 'in different countries')"))


def _place_group(entry: GazetteerEntry) -> tuple[str, str] | None:
    """What ``entry``'s coordinates are compared with (`_coordinate_notes`): the places of its region, or of its
    country where it gives no region, as ``("region", folded name)``; ``None`` where it gives neither."""
    if entry.region is not None:
        return "region", entry.region.strip().casefold()
    return None if entry.country is None else ("country", entry.country.strip().casefold())


def _coordinate_notes(entry: GazetteerEntry, group: Sequence[tuple[str, float, float]], shown: str, line: int,
                      field: str) -> list[Note]:
    """A note where ``entry``'s coordinates lie more than `_NEAR_KM` from every other place of its ``group``
    (`_place_group`: their ids and coordinates) while the same numbers swapped, or one of them with its sign turned,
    lie within it of one that another place of the group lies near: ``lat: 45, lon: 40`` for a village of Tavush at
    40, 45. Within range, the loader cannot tell them wrong (`_Reader.read_gazetteer` refuses a latitude outside ±90
    and a longitude outside ±180)."""
    from reconcile.notes import Note
    from reconcile.places import distance_km

    if entry.lat is None or entry.lon is None:
        return []
    if any(place != entry.id and distance_km(entry.lat, entry.lon, lat, lon) <= _NEAR_KM for place, lat, lon in group):
        return []
    others = [(lat, lon) for place, lat, lon in group if place != entry.id]
    # Only places that another of them confirms, lying near it: of two places alone, or far apart, which is wrong
    # cannot be told.
    anchors = [(lat, lon) for k, (lat, lon) in enumerate(others)
               if any(distance_km(lat, lon, a, b) <= _NEAR_KM for j, (a, b) in enumerate(others) if j != k)]
    readings = (((entry.lon, entry.lat), "with lat and lon swapped"),
                ((-entry.lat, entry.lon), "with lat's sign turned"),
                ((entry.lat, -entry.lon), "with lon's sign turned"))
    where = f"region {entry.region!r}" if entry.region is not None else f"country {entry.country!r}"
    for (lat, lon), how in readings:
        if -90 <= lat <= 90 and any(distance_km(lat, lon, a, b) <= _NEAR_KM for a, b in anchors):
            return [Note(shown, line, "", field, (
                f"place {entry.id!r} at lat {entry.lat:g}, lon {entry.lon:g} lies more than {_NEAR_KM:.0f} km from "
                f"every other place of its {where}, and {how} ({lat:g}, {lon:g}) it would lie near them: check the "
                f"coordinates (lat is north-south, -90 to 90; lon east-west, -180 to 180)"))]
    return []

def load_case(path: str | os.PathLike[str], *, on_bad_claim: OnBadClaim = "error",
              limits: Limits | None = None, run_day: dt.date | None = None) -> Case:
    """Read the case folder at ``path``.

    Raises `CaseError` listing every problem found: always for file problems, and for claim problems unless
    ``on_bad_claim="reject"``, which lists such claims in `Case.rejected` instead. ``limits`` bounds file sizes,
    claims per file, text lengths, YAML alias expansion and nesting (see `Limits`). ``run_day``, the day (in UTC)
    of the run that reads the case, makes a claim stated or dated more than a day after it a claim problem (a
    typo of the year, which would otherwise be its source's latest statement); the day more is for time zones
    ahead of UTC. Without it (the default) no day is too late: the loader does not read the clock.
    """
    if on_bad_claim not in _ON_BAD_CLAIM:
        raise ValueError(f"on_bad_claim must be one of {', '.join(map(repr, _ON_BAD_CLAIM))}, got {on_bad_claim!r}")
    if run_day is not None and (not isinstance(run_day, dt.date) or isinstance(run_day, dt.datetime)):
        # A datetime is a date to isinstance, but cannot be compared with one; its day depends on its time zone.
        raise TypeError(f"run_day must be a datetime.date (the run's day in UTC), got {run_day!r}")
    if not os.fspath(path).strip():
        # Path("") is the current folder: an empty path (a variable left unset) would read whatever folder that is.
        raise CaseError([Problem(repr(os.fspath(path)), 0, "", (
            "no case folder given (the path is empty); give the case folder's path, or '.' for the current "
            "folder"))])
    with _gc.paused():  # every object built here lives as long as the case
        return _load_case(path, on_bad_claim=on_bad_claim, limits=limits, run_day=run_day)


_ON_BAD_CLAIM: Final = typing.get_args(OnBadClaim)


def tables_not_read(path: str | os.PathLike[str]) -> list[str]:
    """The spreadsheets and tab-separated files in the case folder at ``path``, as the problems name files: they are
    not read (only YAML, JSON and CSV are), and a source kept only as a workbook would otherwise be missing from the
    result without a word. A folder that cannot be listed has none."""
    root = Path(path)
    try:
        entries = sorted(root.iterdir(), key=lambda p: p.name)
    except OSError:
        return []
    label = _shown_name(root.resolve().name)
    return [f"{label}/{_shown_name(entry.name)}" for entry in entries
            if entry.suffix.lower() in _TABLE_SUFFIXES and not entry.name.startswith(_IGNORED_PREFIXES)
            and entry.is_file()]


def _not_a_folder(root: Path) -> str:
    """What stands at ``root``, which is not a folder, in words: nothing, a link to nothing, or a file (a claim file or
    ``case.yaml`` given for the folder that holds it is named with that folder)."""
    if not os.path.lexists(root):
        return "it does not exist"
    if not root.exists():
        return "it is a link that leads to nothing (its target is missing, or the links loop)"
    if not root.is_file():
        return "it is not a folder"
    holder = root.parent
    if any((holder / name).is_file() for name in CASE_FILES):
        return f"it is a file; give the folder that holds it and its case.yaml: {holder}"
    return "it is a file, not a folder"


def _load_case(path: str | os.PathLike[str], *, on_bad_claim: OnBadClaim, limits: Limits | None,
               run_day: dt.date | None) -> Case:
    root = Path(path)
    try:
        if not root.is_dir():
            raise CaseError([Problem(str(path), 0, "", f"not a case folder: {_not_a_folder(root)}")])
        real_root = root.resolve()
    except OSError as exc:
        raise CaseError([Problem(str(path), 0, "", f"cannot read the folder: {exc.strerror or exc}")]) from None
    reader = _Reader(real_root, limits or Limits(), run_day)

    if find_surrogate(real_root.name) is not None:
        # The folder's name is part of every file name shown and written: it must be text that can be written.
        raise CaseError([Problem(_shown_name(real_root.name), 0, "", (
            "the folder's name is not valid UTF-8 (or holds an unpaired surrogate); rename the folder"))])
    files: list[Path] = []
    try:
        entries = sorted(real_root.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        raise CaseError([Problem(reader.display(real_root), 0, "", (
            f"cannot list the folder's files: {exc.strerror or exc}"))]) from None
    for entry in entries:
        if entry.name.startswith(_IGNORED_PREFIXES) or entry.suffix.lower() not in SOURCE_SUFFIXES:
            continue
        if find_surrogate(entry.name) is not None:
            reader.file_problems.append(Problem(f"{_shown_name(real_root.name)}/{_shown_name(entry.name)}", 0, "", (
                "the file's name is not valid UTF-8 (or holds an unpaired surrogate); rename the file")))
            continue
        try:
            target = entry.resolve(strict=True)
            is_file, is_folder = target.is_file(), target.is_dir()
        except (FileNotFoundError, RuntimeError):
            reader.file_problems.append(Problem(reader.display(entry), 0, "", "a broken link; refused"))
            continue
        except OSError as exc:
            message = "a broken link; refused" if exc.errno == errno.ELOOP else (
                f"cannot read the file: {exc.strerror or exc}")
            reader.file_problems.append(Problem(reader.display(entry), 0, "", message))
            continue
        if is_folder:
            if entry.name.lower() in CASE_FILES + GAZETTEER_FILES:  # not a sub-folder to pass over: the case's file
                reader.file_problems.append(Problem(reader.display(entry), 0, "", (
                    f"is a folder, not a file; {entry.name.lower().split('.')[0]}.yaml must be a file")))
            continue  # a link to a folder is a sub-folder, wherever it leads: nothing in it is read
        if not target.is_relative_to(real_root):
            reader.file_problems.append(Problem(reader.display(entry), 0, "", (
                "links to a file outside the case folder; refused (copy the file into the folder instead)")))
            continue
        if is_file and (stem := entry.stem.lower()) in ("case", "gazetteer") and \
                entry.name.lower() not in CASE_FILES + GAZETTEER_FILES:
            # Not a source file: read as one, a gazetteer.json would be told as a source without `source` and
            # `claims`, and the places in it left out.
            what = "the case file" if stem == "case" else "the case's gazetteer"
            rename = f" (a JSON file reads as YAML: rename it {stem}.yaml)" if entry.suffix.lower() == ".json" else ""
            reader.file_problems.append(Problem(reader.display(entry), 0, "", (
                f"{what} is read from {stem}.yaml only: this file is not read; write it in YAML as {stem}.yaml"
                f"{rename}")))
            continue
        if is_file:
            files.append(entry)
        else:  # a named pipe, a socket or a device: reading it could wait forever, and passing over it lose claims
            reader.file_problems.append(Problem(reader.display(entry), 0, "", (
                "is not a regular file (a named pipe, a socket or a device); refused: a claim file is a file")))

    case_files = [f for f in files if f.name.lower() in CASE_FILES]
    gazetteer_files = [f for f in files if f.name.lower() in GAZETTEER_FILES]
    source_files = [f for f in files if f not in case_files and f not in gazetteer_files]
    if not case_files:
        told = {problem.file for problem in reader.file_problems}
        if not any(reader.display(entry) in told for entry in entries if entry.name.lower() in CASE_FILES):
            reader.file_problems.append(Problem(reader.display(real_root), 0, "", (
                "no case.yaml: a case folder needs a case.yaml that names the case and its parties")))
        raise CaseError(reader.file_problems)
    if len(case_files) > 1 or len(gazetteer_files) > 1:
        names = ", ".join(f.name for f in case_files + gazetteer_files)
        reader.file_problems.append(Problem(reader.display(real_root), 0, "", (
            f"only one case.yaml and one gazetteer.yaml per folder; found {names}")))

    # A case file with problems stops the run, but its parties, as far as they can be read, resolve the names in
    # the source files, which are read for their own problems (`_Reader.read_case`); the gazetteer needs no party.
    loaded = reader.read_case(case_files[0])
    gazetteer = reader.read_gazetteer(gazetteer_files[0]) if gazetteer_files else ()
    if loaded is None:
        raise CaseError(reader.file_problems)
    raw_case, resolver, parties = loaded
    # Large cases read their files on every core (`reconcile._parallel.read_files`); what was read is joined in the
    # order of the files, as reading them here one after the other gives it.
    reads = _parallel.read_files(source_files, partial(_read_files, reader.root, reader.limits, reader.run_day,
                                                       resolver), reducers=_REDUCERS)
    if reads is None or not reader.join(reads):
        for file in source_files:
            reader.read_source(file, resolver)
    by_gid = reader.link(parties)

    claim_problems = [problem for draft in reader.drafts for problem in draft.problems]
    if reader.file_problems or parties is None or (claim_problems and on_bad_claim == "error"):
        raise CaseError(reader.file_problems + claim_problems, claim_problems=claim_problems)

    # The claims without problems, by global id: those of `link`'s drafts by id without a problem (a draft with a
    # claim but not among them has one: its id is taken), sorted by their ids, which are distinct.
    claims = [claim for gid in sorted(by_gid) if not (draft := by_gid[gid]).problems and (claim := draft.claim)]
    rejected = sorted(
        # A claim whose id is another's is known by its file and line: one id names one claim in the outputs.
        (Rejected(claim=gid if d.raw_id and d.source and reader.holders.get(gid := f"{d.source}/{d.raw_id}") is d
                  else None,
                  file=d.file, line=d.line,
                  reason="; ".join(f"{p.field}: {p.message}" if p.field else p.message for p in d.problems))
         for d in reader.drafts if d.problems),
        key=lambda r: (r.file, r.line, r.claim or ""))
    # Without regional_gazetteer in case.yaml, the case gets the one its parties and gazetteer place it in.
    chosen = {} if raw_case.regional_gazetteer is None else {"regional_gazetteer": raw_case.regional_gazetteer}
    return Case(
        id=raw_case.case, title=raw_case.title, parties=tuple(sorted(parties, key=lambda p: p.id)),
        sources=tuple(sorted((s for s, _ in reader.sources.values()), key=lambda s: s.id)),
        claims=tuple(claims), gazetteer=tuple(sorted(gazetteer, key=lambda g: g.id)), rejected=tuple(rejected),
        path=str(root), **chosen)

