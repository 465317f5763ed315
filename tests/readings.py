"""Shared helpers for the tests of date and count readings: what a text reads to, as plain tuples."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from reconcile.errors import NormalizeError
from reconcile.normalize import parse_count, parse_date

DOCS = Path(__file__).resolve().parent.parent / "docs"


def span_of(text: str) -> tuple[dt.date, dt.date, str]:
    """The start, end and precision ``parse_date`` reads from ``text``."""
    span = parse_date(text)
    return span.start, span.end, span.precision


def count_of(text: str) -> tuple[int, int | None]:
    """The low and high ``parse_count`` reads from ``text``."""
    count = parse_count(text)
    return count.low, count.high


def assert_reads_as_bounded(text: str, number: int, expected: tuple[int, int | None] | None) -> None:
    """``text`` reads as ``expected``; without one it says "about" ``number``: an interval around it, or refused where
    the interval's upper end passes the largest figure, as English refuses `about 833334` (1,000,001)."""
    if expected is not None:
        assert count_of(text) == expected
        return
    try:
        parse_count(f"about {number}")
    except NormalizeError:
        with pytest.raises(NormalizeError, match="at most"):
            parse_count(text)
        return
    low, high = count_of(text)
    assert low <= number <= (high or 0)


def documented_forms(heading: str, *, every_form: bool = False) -> list[str]:
    """The forms with a figure or a day in the tables of the section ``heading`` of docs/normalization.md, before its
    list of months; with ``every_form``, every form of the rows below the first, words too (a table that writes
    another script's digits, which no ASCII digit finds)."""
    section = (DOCS / "normalization.md").read_text(encoding="utf-8").split(f"{heading}\n", 1)[1].split("\n### ", 1)[0]
    rows = re.findall(r"^\| (.+?) \| .+ \|$", section.split("Months:", 1)[0], flags=re.MULTILINE)
    if every_form:
        return [written for row in rows[1:] for written in re.findall(r"`([^`]+)`", row)]
    return [written for row in rows for written in re.findall(r"`([^`]+)`", row) if re.search("[0-9]", written)]


def assert_forms_read(forms: list[str]) -> None:
    """Each form reads as a count or, where no count reads from it, as a date."""
    for written in forms:
        try:
            parse_count(written)
        except NormalizeError:
            parse_date(written)


def in_digits(number: int, digits: str) -> str:
    """``number`` written with the ten ``digits`` of a script, zero first (``"௦௧௨௩௪௫௬௭௮௯"``)."""
    return str(number).translate(str.maketrans("0123456789", digits))
