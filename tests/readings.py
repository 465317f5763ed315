"""Shared helpers for the tests of date and count readings: what a text reads to, as plain tuples."""

from __future__ import annotations

import datetime as dt

from reconcile.normalize import parse_count, parse_date


def span_of(text: str) -> tuple[dt.date, dt.date, str]:
    """The start, end and precision ``parse_date`` reads from ``text``."""
    span = parse_date(text)
    return span.start, span.end, span.precision


def count_of(text: str) -> tuple[int, int | None]:
    """The low and high ``parse_count`` reads from ``text``."""
    count = parse_count(text)
    return count.low, count.high
