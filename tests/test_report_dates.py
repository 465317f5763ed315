"""The report renders claims dated anywhere in Python's calendar: the first and last days, a typo centuries away
from the rest, and a timeline that spans the whole calendar, with its lanes, bins and ticks."""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile.report as report
from reconcile.models import Case, Claim, DateSpan, Event, Party, Reconciliation, Source
from reconcile.render import render_report
from reconcile.report import build_view, format_span

GENERATED = "2024-06-01T12:00:00Z"
FIRST, LAST, SEED_DAY = dt.date.min, dt.date.max, dt.date(2012, 6, 4)

_SOURCE = Source("am-mod", "Ministry of Defence of Armenia", "belligerent", speaks_for="armenia", file="am-mod.yaml",
                 line=1)


def _reconciliation(*dated: tuple[dt.date, DateSpan]) -> Reconciliation:
    """One claim and one event per ``(stated, date)``, all from one source."""
    claims = tuple(Claim(source="am-mod", id=f"c{i}", stated=stated, quote="q", date=span, place=f"Place {i}",
                         file="am-mod.yaml", line=3 + i) for i, (stated, span) in enumerate(dated))
    events = tuple(Event(id=f"ev-{i}", claims=(claim.global_id,), superseded=(), date=claim.date, places=(),
                         grade="single-source") for i, claim in enumerate(claims))
    case = Case(id="dates", title="Dates", parties=(Party("armenia", "Armenia"), Party("azerbaijan", "Azerbaijan")),
                sources=(_SOURCE,), claims=claims, path="/tmp/dates")
    return Reconciliation(case=case, events=events)


def _day(day: dt.date) -> DateSpan:
    return DateSpan(day, day, "day", day.isoformat())


def _assert_bars_on_the_plot(timeline: report.Timeline) -> None:
    """Every bar of the timeline — an event's lane, a period's stacked bars, a source's bar per period — lies on the
    plot, from its left edge to its right edge, however narrow its span (a bar is at least 3 units wide in a lane,
    1 in a period)."""
    for lane in timeline.events:
        assert timeline.plot_left <= lane.x1 <= lane.x1 + lane.width <= timeline.plot_right
        assert lane.width >= 3.0
    for bar in (bar for b in (*timeline.bins, *(b for lane in timeline.sources for b in lane.bins)) for bar in b.bars):
        assert timeline.plot_left <= bar.x <= bar.x + bar.width <= timeline.plot_right
        assert bar.width >= 1.0


def _assert_mentions_every_event(rec: Reconciliation, html: str) -> None:
    for event in rec.events:
        assert f'id="event-{event.id}"' in html
        assert format_span(event.date) in html


@pytest.mark.parametrize("days", [
    pytest.param((FIRST,), id="first-day"),
    pytest.param((LAST,), id="last-day"),
    pytest.param((FIRST, LAST, SEED_DAY), id="both-ends-and-2012"),
    pytest.param((dt.date(1005, 3, 1), SEED_DAY), id="year-1005-and-2012"),
    pytest.param((dt.date(4030, 6, 4), SEED_DAY), id="typo-4030-and-2012"),
])
def test_claims_at_the_ends_of_the_calendar_are_reported(days: tuple[dt.date, ...]) -> None:
    """Claims dated on the first or last day of the calendar, or centuries from the rest, render with a timeline."""
    rec = _reconciliation(*((SEED_DAY, _day(day)) for day in days))
    view = build_view(rec, generated=GENERATED, engine_version="1")
    timeline = view.timeline
    assert timeline is not None
    assert len(timeline.events) == len(days)
    _assert_bars_on_the_plot(timeline)
    assert len(timeline.ticks) <= 31
    _assert_mentions_every_event(rec, render_report(rec, generated=GENERATED))


def test_a_narrow_bar_at_the_right_edge_stays_on_the_plot() -> None:
    """On a timeline of the whole calendar a day is a sliver of a unit: the bar of an event on the last day is the
    minimum 3 units wide, and moved left so that it ends at the plot's right edge instead of 3 units past it; the
    bar of an event on the first day starts at the left edge."""
    rec = _reconciliation((SEED_DAY, _day(FIRST)), (SEED_DAY, _day(LAST)))
    timeline = build_view(rec, generated=GENERATED, engine_version="1").timeline
    assert timeline is not None
    first, last = timeline.events
    assert (first.x1, first.width) == (timeline.plot_left, 3.0)
    assert (last.x1, last.width) == (timeline.plot_right - 3.0, 3.0)


def test_a_narrow_last_period_stays_on_the_plot(monkeypatch: pytest.MonkeyPatch) -> None:
    """A binned timeline of 9,000 years whose last period (of 100 years) holds one day, a sliver of a unit: its bars,
    the minimum 1 unit wide, end at the plot's right edge instead of 1 unit past it."""
    monkeypatch.setattr(report, "TIMELINE_LANES_ABOVE", 0)
    last = dt.date(9000, 1, 1)
    rec = _reconciliation((FIRST, _day(FIRST)), (last, _day(last)))
    timeline = build_view(rec, generated=GENERATED, engine_version="1").timeline
    assert timeline is not None
    assert (timeline.binned, timeline.bin_label, timeline.bins[-1].title) == (True, "per 100 years",
                                                                              "9000–9099: 1 event (1 single source)")
    last_bars = [timeline.bins[-1].bars[-1], timeline.sources[0].bins[-1].bars[-1]]
    assert [(bar.x + bar.width) for bar in last_bars] == [timeline.plot_right] * 2
    _assert_bars_on_the_plot(timeline)


def test_statements_on_the_first_and_last_days_are_reported() -> None:
    """Statements made on the first and last days of the calendar are dots on the timeline."""
    rec = _reconciliation((FIRST, _day(SEED_DAY)), (LAST, _day(LAST)))
    timeline = build_view(rec, generated=GENERATED, engine_version="1").timeline
    assert timeline is not None
    assert timeline.sources[0].dots[0].cx == timeline.plot_left
    assert all(timeline.plot_left <= dot.cx <= timeline.plot_right for dot in timeline.sources[0].dots)
    _assert_mentions_every_event(rec, render_report(rec, generated=GENERATED))


@pytest.mark.parametrize(("span", "text"), [
    (DateSpan(dt.date(9999, 12, 1), LAST, "month", "9999-12"), "December 9999"),
    (DateSpan(FIRST, dt.date(1, 1, 31), "month", "0001-01"), "January 1"),
    (DateSpan(dt.date(9999, 1, 1), LAST, "year", "9999"), "9999"),
    (DateSpan(FIRST, LAST, "range", "0001-01-01/9999-12-31"), "1 January 1 – 31 December 9999"),
])
def test_spans_at_the_ends_of_the_calendar_are_named(span: DateSpan, text: str) -> None:
    assert format_span(span) == text
    rec = _reconciliation((SEED_DAY, span), (SEED_DAY, _day(SEED_DAY)))
    _assert_mentions_every_event(rec, render_report(rec, generated=GENERATED))


def test_a_binned_timeline_of_the_whole_calendar_has_few_periods(monkeypatch: pytest.MonkeyPatch) -> None:
    """Counted per period, events from the first to the last day of the calendar make at most 120 periods of 100
    years, every bar on the plot."""
    monkeypatch.setattr(report, "TIMELINE_LANES_ABOVE", 2)
    days = (FIRST, dt.date(1005, 3, 1), SEED_DAY, dt.date(4030, 6, 4), LAST)
    rec = _reconciliation(*((day, _day(day)) for day in days))
    timeline = build_view(rec, generated=GENERATED, engine_version="1").timeline
    assert timeline is not None
    assert timeline.binned
    assert timeline.bin_label == "per 100 years"
    assert sum(b.count for b in timeline.bins) == len(days)
    assert [b.title.split(":")[0] for b in timeline.bins] == ["1–99", "1000–1099", "2000–2099", "4000–4099",
                                                              "9900–9999"]
    assert sum(b.count for lane in timeline.sources for b in lane.bins) == len(days)
    _assert_bars_on_the_plot(timeline)
    assert [t.label for t in timeline.ticks] == [str(year) for year in range(500, 10_000, 500)]
    html = render_report(rec, generated=GENERATED)
    assert "Events per 100 years, by grade" in html


_PAIRS = st.tuples(st.dates(), st.dates()).map(sorted)
_DATED = st.lists(st.tuples(st.dates(), _PAIRS), min_size=1, max_size=4)


def _dated(dated: list[tuple[dt.date, list[dt.date]]]) -> Reconciliation:
    return _reconciliation(*((stated, DateSpan(start, end, "range", f"{start}/{end}"))
                             for stated, (start, end) in dated))


@given(_DATED, st.booleans())
def test_any_dates_make_a_timeline(dated: list[tuple[dt.date, list[dt.date]]], binned: bool) -> None:
    """Whatever the dates of the statements and events, the timeline is made, lane by lane or per period, with
    every bar and tick on the plot."""
    rec = _dated(dated)
    with mock.patch.object(report, "TIMELINE_LANES_ABOVE", 0 if binned else 200):
        timeline = build_view(rec, generated=GENERATED, engine_version="1").timeline
    assert timeline is not None
    assert timeline.binned is binned
    assert len(timeline.bins) <= 120
    assert sum(b.count for b in timeline.bins) == (len(rec.events) if binned else 0)
    _assert_bars_on_the_plot(timeline)
    assert len(timeline.ticks) <= 31
    assert all(timeline.plot_left <= tick.x <= timeline.plot_right for tick in timeline.ticks)


@settings(max_examples=20)
@given(_DATED, st.booleans())
def test_any_dates_render(dated: list[tuple[dt.date, list[dt.date]]], binned: bool) -> None:
    """Whatever the dates of the statements and events, the report renders and mentions every event (fewer
    examples: rendering compiles the templates each time)."""
    rec = _dated(dated)
    with mock.patch.object(report, "TIMELINE_LANES_ABOVE", 0 if binned else 200):
        html = render_report(rec, generated=GENERATED)
    _assert_mentions_every_event(rec, html)


@given(st.dates(), st.dates())
def test_periods_and_ticks_of_any_span(one: dt.date, other: dt.date) -> None:
    """Any span of the calendar is cut into at most 120 periods that hold each of its days once, and gets at most
    31 ticks, all in the span and in order."""
    lo, hi = min(one, other), max(one, other)
    unit, starts = report._periods(lo, hi)
    assert 1 <= len(starts) <= 120
    assert starts == sorted(set(starts))
    assert starts[0] <= lo
    assert len(starts) == 1 or lo < starts[1]
    assert starts[-1] <= hi
    assert report._period_name(unit, starts[-1])
    ticks = report._ticks(lo, hi)
    assert len(ticks) <= 31
    assert ticks == sorted(set(ticks))
    assert all(lo <= tick <= hi for tick in ticks)
