"""The HTML report without a browser: the view model, escaping, links, determinism, templates and the CSP."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Final

import attrs
import jinja2
import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

import reconcile
from reconcile.errors import OutputError
from reconcile.load import load_case
from reconcile.models import Count, DateSpan, Event, Figure, FigureValue, Reconciliation
from reconcile.pipeline import reconcile as reconcile_case
from reconcile.render import REPORT_TEMPLATE, render_report, render_view, shipped_templates, write_report
from reconcile.report import (
    GAZETTEER_CREDIT,
    EventView,
    LazySequence,
    ReportView,
    build_view,
    format_count,
    format_span,
    safe_link,
)

from .conftest import ROOT, SEED, SOURCE_YAML, MakeCase
from .report_fixtures import (
    ATTR,
    BAD_URLS,
    CHANGES,
    GOOD_URLS,
    SCRIPT,
    SINCE,
    changed_reconciliation,
    day,
    sample_reconciliation,
)

GENERATED = "2024-06-01T12:00:00Z"


@pytest.fixture(scope="module")
def rec() -> Reconciliation:
    return sample_reconciliation()


@pytest.fixture(scope="module")
def view(rec: Reconciliation) -> ReportView:
    return build_view(rec, generated=GENERATED, engine_version="9.9.9")


@pytest.fixture(scope="module")
def html(rec: Reconciliation) -> str:
    return render_report(rec, generated=GENERATED)


class Page(HTMLParser):
    """Every start tag with its attributes, and the text inside <script> and <style> elements."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._in: str | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))
        if tag in self.raw:
            self._in = tag
            self.raw[tag].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.raw[self._in][-1] += data

    def all(self, tag: str) -> list[dict[str, str]]:
        return [attrs for name, attrs in self.tags if name == tag]


def test_public_names_are_exported() -> None:
    """__all__ is sorted and lists exactly the public classes and functions defined in reconcile.report."""
    import inspect

    import reconcile.report as module

    defined = {name for name, obj in vars(module).items()
               if not name.startswith("_") and (inspect.isclass(obj) or inspect.isfunction(obj))
               and obj.__module__ == module.__name__}
    assert module.__all__ == sorted(module.__all__, key=lambda n: (not n.isupper(), n))
    assert defined <= set(module.__all__)
    assert all(hasattr(module, name) for name in module.__all__)


# --- the view model ---------------------------------------------------------------------------------------------


def test_view_has_every_event_in_order(rec: Reconciliation, view: ReportView) -> None:
    """The view lists every event, in the reconciliation's order, with a unique anchor."""
    assert [e.id for e in view.events] == [e.id for e in rec.events]
    anchors = [e.anchor for e in view.events]
    assert len(set(anchors)) == len(anchors)
    assert all(re.fullmatch(r"event-[\w.:-]+", a) for a in anchors)
    assert [t.anchor for t in view.toc] == anchors


def test_anchors_are_safe_and_unique(rec: Reconciliation) -> None:
    """Event ids with unsafe characters or that clash after cleaning still get distinct, safe anchors."""
    first = rec.events[0]
    events = (attrs.evolve(first, id='a b"<x>'), attrs.evolve(first, id="a-b-x"), attrs.evolve(first, id="a b x"))
    view = build_view(attrs.evolve(rec, events=events), generated=GENERATED, engine_version="1")
    assert [e.anchor for e in view.events] == ["event-a-b-x", "event-a-b-x-2", "event-a-b-x-3"]
    assert [e.key for e in view.events] == ["e1", "e2", "e3"]


@pytest.mark.parametrize(("top", "ticks"), [
    (0, ["0", "1"]), (2, ["0", "1", "2"]), (5, ["0", "1", "2", "3", "4", "5"]), (12, ["0", "5", "10", "15"]),
    (15000, ["0", "5,000", "10,000", "15,000"]),
])
def test_chart_axis_has_round_whole_ticks(rec: Reconciliation, top: int, ticks: list[str]) -> None:
    """The casualty axis runs from 0 to a round number in whole steps."""
    event = attrs.evolve(rec.events[0], casualties=(
        Figure("armenia", "soldiers", "killed", 0, top, top, (FigureValue("x/y", "am-mod", Count(top, top)),)),))
    view = build_view(attrs.evolve(rec, events=(event,)), generated=GENERATED, engine_version="1")
    chart = view.events[0].chart
    assert chart is not None
    assert [t.label for t in chart.ticks] == ticks


def test_view_counts_conflicts_by_kind_and_events_by_grade(view: ReportView) -> None:
    """The header tallies count conflicts per kind and events per grade, every kind and grade listed."""
    assert {t.key: t.count for t in view.conflict_tallies} == {
        "casualties": 2, "existence": 1, "attribution": 1, "location": 2, "date": 1}
    assert {t.key: t.count for t in view.grade_tallies} == {
        "confirmed": 0, "corroborated": 1, "contested": 2, "single-source": 1, "denied": 1}
    assert view.conflict_count == 7
    assert view.conflicted_events == 3  # the denied event and two contested ones; the others agree


def test_the_conflict_count_says_it_counts_pairs_of_claims(html: str, rec: Reconciliation) -> None:
    """One denial against four assertions is four conflicts: the header says they are between two claims each and
    in how many events, so that a reader does not take 7 conflicts for 7 disputes."""
    events = sum(1 for event in rec.events if event.conflicts)
    assert re.search(r'<span class="num">7</span> conflicts <span class="stat-note">between two claims each, in '
                     rf"{events} events</span>", html)


def test_view_marks_superseded_claims_and_orders_revisions(view: ReportView) -> None:
    """A superseded claim says by what, and the revision history puts it first, struck."""
    event = next(e for e in view.events if e.id == "ev-0605")
    denial = next(c for c in event.claims if c.id == "az-mod/d0605")
    assert denial.superseded
    assert denial.status == "superseded by az-mod/k0605"
    history = next(h for h in event.revisions if h.source_name == "Ministry of Defence of Azerbaijan")
    assert [e.claim for e in history.entries] == ["az-mod/d0605", "az-mod/k0605", "az-mod/f0605"]
    assert [e.superseded for e in history.entries] == [True, False, False]
    assert history.entries[1].note == "supersedes az-mod/d0605"
    assert history.entries[2].note == "adds to az-mod/k0605"


def test_claims_are_grouped_by_source(view: ReportView) -> None:
    """The side-by-side columns put each source's claims together, the revised one before its revision."""
    event = next(e for e in view.events if e.id == "ev-0605")
    assert [c.id for c in event.claims] == ["am-mod/c0605", "az-mod/d0605", "az-mod/k0605", "az-mod/f0605"]


def test_open_high_is_shown_as_open(view: ReportView) -> None:
    """A figure with no upper bound shows "open" as its high."""
    event = next(e for e in view.events if e.id == "ev-0604")
    row = next(f for f in event.figures if f.party == "Azerbaijan")
    assert (row.low, row.best, row.high, row.open_high) == ("0", "1", "open", True)
    assert [v.interval for v in row.values] == ["≥ 1", "0"]


def test_value_notes_say_why_a_value_does_not_count(view: ReportView) -> None:
    """Uncounted and outside values carry a note."""
    event = next(e for e in view.events if e.id == "ev-0605")
    values = event.figures[0].values
    assert values[0].outside
    assert "outside" in values[0].note
    assert not values[1].counted
    assert values[1].note == "superseded by az-mod/k0605"


def test_event_without_figures_has_no_chart(view: ReportView) -> None:
    """No casualty figures: no chart and no rows."""
    event = next(e for e in view.events if e.id == "ev-0531")
    assert event.figures == ()
    assert event.chart is None
    assert event.conflicts == ()


def test_data_attributes_carry_tokens_only(view: ReportView) -> None:
    """Filter tokens are the fixed kinds, grades and s<n> source tokens, never text from claim files."""
    tokens = {s.id: s.token for s in view.sources}
    event = next(e for e in view.events if e.id == "ev-0604")
    assert event.kinds == "casualties existence attribution"
    assert event.sources == f"{tokens['am-mod']} {tokens['az-mod']}"
    assert event.grade_value == "contested"
    assert all(re.fullmatch(r"s\d+", s.token) for s in view.sources)
    assert [o.value for o in view.source_options][1:] == [s.token for s in view.sources]


def test_chart_geometry_stays_inside_the_drawing(view: ReportView) -> None:
    """Every bar, mark and dot lies inside the chart, and low <= best <= high on the x axis."""
    charts = [e.chart for e in view.events if e.chart]
    assert len(charts) == 4
    for chart in charts:
        assert 0 < chart.plot_left < chart.plot_right < chart.width
        assert chart.ticks[0].x == chart.plot_left
        assert chart.ticks[-1].x <= chart.plot_right
        assert [t.x for t in chart.ticks] == sorted(t.x for t in chart.ticks)
        for group in chart.groups:
            assert chart.plot_left <= group.x_low <= group.x_best <= group.x_high <= chart.plot_right
            assert chart.plot_left <= group.bar_x <= group.bar_x + group.bar_width <= chart.plot_right
            assert group.bar_width >= 3.0
            assert 0 < group.label_y < group.y < chart.axis_y < chart.height
            points = [float(n) for pair in group.best_points.split() for n in pair.split(",")]
            assert all(0 <= n <= chart.width for n in points)
            for dot in group.dots:
                assert chart.plot_left <= dot.x1 <= dot.x2 <= chart.plot_right
                assert group.y < dot.y < chart.axis_y
                assert dot.width == pytest.approx(dot.x2 - dot.x1, abs=0.11)


def test_a_range_at_the_axis_maximum_stays_on_the_chart(make_case: MakeCase) -> None:
    """10 killed is the only figure, so the axis ends at 10 and the exact range 10..10 sits on the right edge: its
    bar (3 units at least) is moved left to end there, not drawn 3 units past it."""
    source = SOURCE_YAML.split("    casualties:")[0] + "    casualties:\n      - party: armenia\n        killed: 10\n"
    case = load_case(make_case({"am-mod.yaml": source}))
    view = build_view(reconcile_case(case), generated="2024-06-01T12:00:00Z", engine_version="1")
    (chart,) = [e.chart for e in view.events if e.chart]
    at_edge = [g for g in chart.groups if g.x_low == chart.plot_right]
    assert at_edge
    for group in chart.groups:
        assert chart.plot_left <= group.bar_x <= group.bar_x + group.bar_width <= chart.plot_right
    assert all(g.bar_x == chart.plot_right - g.bar_width for g in at_edge)


def test_chart_draws_open_highs_to_the_edge_with_an_arrow(view: ReportView) -> None:
    """An open high (reconciled or a source's) reaches the plot's right edge and ends in an arrow."""
    chart = next(e.chart for e in view.events if e.id == "ev-0604")
    assert chart is not None
    group = chart.groups[1]
    assert group.open
    assert group.x_high == chart.plot_right
    assert group.arrow
    open_dot = group.dots[0]
    assert open_dot.open
    assert open_dot.x2 == chart.plot_right
    assert open_dot.arrow
    closed = chart.groups[0]
    assert not closed.open
    assert closed.arrow == ""
    assert chart.ticks[-1].label != "1", "the axis leaves room beyond the largest known value"


def test_chart_and_element_ids_are_unique(html: str) -> None:
    """Every id in the page is unique, including the charts' gradients and titles."""
    ids = [attrs["id"] for _, attrs in Page(html).tags if "id" in attrs]
    assert len(ids) == len(set(ids))


def test_timeline_clips_an_event_that_starts_long_before(view: ReportView) -> None:
    """A period total starting a year earlier is clipped with an arrow; the others keep their place."""
    timeline = view.timeline
    assert timeline is not None
    lanes = {lane.title.split(" (")[1].split(")")[0]: lane for lane in timeline.events}
    assert lanes["ev-2011"].clipped_start
    assert lanes["ev-2011"].arrow
    assert lanes["ev-2011"].x1 == timeline.plot_left
    assert not lanes["ev-0604"].clipped_start
    for lane in timeline.events:
        assert timeline.plot_left <= lane.x1
        assert lane.x1 + lane.width <= timeline.plot_right + 0.2
    for source in timeline.sources:
        assert all(timeline.plot_left <= dot.cx <= timeline.plot_right for dot in source.dots)
    evil = next(s for s in timeline.sources if s.label.startswith("Evil"))
    assert evil.dots[0].count == "14"


def test_nothing_is_dropped(rec: Reconciliation, view: ReportView) -> None:
    """Claims in no event and rejected claims are listed."""
    assert [c.id for c in view.unassigned] == ["article/infobox", "osce/lonely"]
    assert [(r.file, r.line) for r in view.rejected] == [("broken.yaml", 12), ("evil.yaml", 30)]
    shown = {c.id for e in view.events for c in e.claims} | {c.id for c in view.unassigned}
    assert shown == {c.global_id for c in rec.case.claims}


@pytest.mark.parametrize(("span", "text"), [
    (DateSpan(day("2012-06-04"), day("2012-06-04"), "day"), "4 June 2012"),
    (DateSpan(day("2012-06-01"), day("2012-06-10"), "range"), "1–10 June 2012"),
    (DateSpan(day("2012-05-31"), day("2012-06-01"), "range"), "31 May – 1 June 2012"),
    (DateSpan(day("2011-01-01"), day("2012-06-07"), "range"), "1 January 2011 – 7 June 2012"),
    (DateSpan(day("2012-06-01"), day("2012-06-30"), "month"), "June 2012"),
    (DateSpan(day("2012-01-01"), day("2012-12-31"), "year"), "2012"),
])
def test_format_span(span: DateSpan, text: str) -> None:
    """Date spans read as words."""
    assert format_span(span) == text


def test_format_count() -> None:
    """Counts read as the values they allow."""
    assert [format_count(Count(3, 3)), format_count(Count(3, 9)), format_count(Count(1, None))] == ["3", "3–9", "≥ 1"]


# --- independence -----------------------------------------------------------------------------------------------


def event_view(view: ReportView, event_id: str) -> EventView:
    return next(e for e in view.events if e.id == event_id)


def test_card_says_how_many_independent_origins_assert_it(view: ReportView) -> None:
    """Each card's label gives the number of independent origins, in words."""
    assert [e.origins_label for e in view.events] == [
        "No origin asserts it", "1 origin asserts it", "1 origin asserts it", "1 origin asserts it",
        "2 independent origins assert it"]


def test_origin_lists_its_claims_by_speaker(view: ReportView) -> None:
    """An origin group names each speaker once, with its claims, and says why they are one witness."""
    origin = event_view(view, "ev-0605").origins[1]
    assert (origin.number, origin.members, origin.note) == (
        2, ("Ministry of Defence of Azerbaijan (az-mod/f0605; az-mod/k0605)",), "")


def test_origin_note_says_why_claims_are_one_witness(view: ReportView) -> None:
    """A group joined by a relay and a probable relay says so, and names the side its origins share."""
    (origin,) = event_view(view, "ev-0603-evil").origins
    assert origin.note == ("they speak for or with Armenia; a relay is its origin's word; a probable relay is the "
                           "word of the claim it repeats")


def test_relay_chain_reads_as_a_sentence(view: ReportView) -> None:
    """A relay chain names each speaker, a name that is no source of the case in quotes."""
    assert event_view(view, "ev-0603-evil").relays == (
        f"Evil {SCRIPT} {ATTR} Agency, relaying “Spokesman {SCRIPT} {ATTR}” (evil/x1)",)


def test_probable_relay_view_gives_the_evidence(view: ReportView) -> None:
    """A probable relay shows its similarity, delay and shared figures."""
    (relay,) = event_view(view, "ev-0603-evil").probable_relays
    assert (relay.claim, relay.original, relay.similarity, relay.days, relay.figures) == (
        "evil/bad1", "evil/x1", "91.5", "the same day", "no figures in common")


def test_claim_says_whose_word_it_is(view: ReportView) -> None:
    """The claim table's "Whose word" row: a relay chain, a probable relay with its evidence, or its own."""
    claims = {c.id: c.whose_word for c in event_view(view, "ev-0603-evil").claims}
    assert claims["evil/x1"].endswith("relaying “Spokesman " + SCRIPT + " " + ATTR + "”")
    assert claims["evil/bad1"] == ("its own, as written; but it nearly repeats " + f"Evil {SCRIPT} {ATTR} Agency "
                                   "(evil/x1): quote similarity 91.5 of 100, stated the same day, so it is taken "
                                   "as a probable relay")
    assert claims["evil/bad0"] == "its own (it names no source it relays)"


def test_admission_that_the_other_side_asserts_confirms_the_fact(view: ReportView) -> None:
    """An admission with an opposing allegation is marked as confirming; one without is not."""
    confirmed = event_view(view, "ev-0605").admissions[0]
    alone = event_view(view, "ev-0604").admissions[0]
    assert (confirmed.label, confirmed.confirms, alone.confirms) == (
        "Admission against interest: its own side's losses", True, False)


def test_claim_column_carries_its_admission_label(view: ReportView) -> None:
    """The conceding claim lists its admission, with the note that the fact is confirmed."""
    claim = next(c for c in event_view(view, "ev-0605").claims if c.id == "az-mod/k0605")
    assert claim.admissions == ("Admission against interest: its own side's losses (the opposing side says so "
                                "too: the fact is confirmed)",)


def test_contested_card_says_its_key_fact_is_conceded(view: ReportView) -> None:
    """A contested event with a confirmed fact explains that the conflict decides the grade."""
    assert event_view(view, "ev-0605").grade_note == (
        "The party a fact harms concedes it, and the opposing side says so too (see Independence); the grade is "
        "contested all the same: a conflict between the sources takes precedence.")


def test_confirmed_event_gets_the_confirmed_badge(rec: Reconciliation) -> None:
    """An event graded confirmed is shown with its own badge, label and note."""
    events = tuple(attrs.evolve(e, grade="confirmed", conflicts=()) if e.id == "ev-0605" else e for e in rec.events)
    view = build_view(attrs.evolve(rec, events=events), generated=GENERATED, engine_version="1")
    event = event_view(view, "ev-0605")
    assert (event.grade.key, event.grade.label, event.grade_note.split(":")[0]) == (
        "confirmed", "Confirmed", "Confirmed")


def test_track_records_list_every_source(view: ReportView, rec: Reconciliation) -> None:
    """The overview has one track record per source of the case, in source-id order."""
    assert [r.source_id for r in view.track_records] == sorted(s.id for s in rec.case.sources)


def test_track_record_cells_read_as_shares(view: ReportView) -> None:
    """A record gives shares as "n of m", denials with how many were contradicted, the score to two places."""
    az = next(r for r in view.track_records if r.source_id == "az-mod")
    assert (az.statements, az.within, az.revised, az.denials, az.admissions) == (
        "4", "2 of 2 (100%)", "1 of 4", "1 of 2 contradicted by its own later word", "1")
    assert re.fullmatch(r"\d\.\d\d", az.score)


def test_track_record_without_comparison_shows_a_dash(view: ReportView) -> None:
    """A source compared with nobody has a dash for its range share and score, and no note."""
    article = next(r for r in view.track_records if r.source_id == "article")
    assert (article.within, article.score, article.score_note) == ("—", "—", "")


def test_seed_report_shows_the_admission_and_the_track_records() -> None:
    """The seed report labels Azerbaijan's conceded dead and has the track-record table."""
    from reconcile.load import load_case
    from reconcile.pipeline import reconcile

    out = render_report(reconcile(load_case(SEED)), generated=GENERATED)
    assert "Ministry of Defence of Azerbaijan concedes losses of its own side: soldiers of Azerbaijan, 4 killed." in out
    assert '<table class="records">' in out


# --- links ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", BAD_URLS)
def test_non_http_urls_are_not_linked(url: str) -> None:
    """javascript:, data:, scheme-relative, host-less and other schemes stay plain text."""
    link = safe_link(url)
    assert link is not None
    assert link.href is None
    assert link.text == url


@pytest.mark.parametrize("url", GOOD_URLS)
def test_http_urls_are_linked(url: str) -> None:
    """http and https (any case, spaces trimmed as browsers do) become links."""
    link = safe_link(url)
    assert link is not None
    assert link.href == url.strip()


def test_links_in_the_page(html: str) -> None:
    """Only http(s) claim URLs are links, with rel=noopener noreferrer; no javascript: href anywhere."""
    links = Page(html).all("a")
    external = [a for a in links if not a["href"].startswith("#")]
    assert sorted(a["href"] for a in external) == sorted(
        ["https://example.org/am-mod?x=1&y=2", *(u.strip() for u in GOOD_URLS)])
    assert all(a["rel"] == "noopener noreferrer" for a in external)
    assert not any("javascript" in a["href"].lower() for a in links)
    assert "https://example.org/am-mod?x=1&amp;y=2" in html


def test_no_network_resources(html: str) -> None:
    """Nothing is loaded: no src attributes, no link elements, no http(s) outside claim links."""
    page = Page(html)
    assert not [attrs for _, attrs in page.tags if "src" in attrs or "srcset" in attrs]
    assert page.all("link") == []
    assert page.all("img") == []
    assert page.all("iframe") == []
    refs = re.findall(r"""(?:src|href|action|xlink:href)\s*=\s*["']?\s*(https?:[^"'\s>]*)""", html, re.IGNORECASE)
    assert sorted(refs) == sorted(a["href"].replace("&", "&amp;") for a in page.all("a")
                                 if a["href"].lower().startswith("http"))
    assert "@import" not in html
    assert "url(http" not in html


# --- escaping ---------------------------------------------------------------------------------------------------


def test_hostile_text_is_escaped_everywhere(html: str) -> None:
    """No raw payload reaches the page; its escaped form appears in every field that carried it."""
    assert SCRIPT not in html
    assert ATTR not in html
    escaped_script = "&lt;script&gt;alert(1)&lt;/script&gt;"
    escaped_attr = "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"
    for prefix in ("A test case", "Evil", "Quote", "Village", "Ref", "Region", "Resolved", "Summary", "v",
                   "note", "detail", "Rule with hostile text", "not a date", "Spokesman", "Probable", "Admission"):
        assert f"{prefix} {escaped_script} {escaped_attr}" in html, prefix
    for prefix in ("two", "feat"):
        assert f"{prefix} {escaped_script}" in html, prefix


def test_page_structure_is_not_changed_by_hostile_text(html: str) -> None:
    """One script element, one style element, no img, no on* handler attributes."""
    page = Page(html)
    assert len(page.all("script")) == 1
    assert len(page.all("style")) == 1
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)
    assert not any("style" in attrs for _, attrs in page.tags), "style attributes would be blocked by the CSP"


def _dedented(text: str) -> str:
    return "\n".join(line.lstrip(" \t") for line in text.splitlines()).strip()


def test_script_and_style_are_the_shipped_files(html: str) -> None:
    """The inline script and style are the shipped JS and CSS, unescaped, with no data from the claims (and, as
    every shipped template, without the indentation of their lines)."""
    page = Page(html)
    script = page.raw["script"][0]
    shipped = (shipped_templates() / "report.js").read_text(encoding="utf-8")
    assert script.strip() == _dedented(shipped)
    assert "alert" not in script
    css = (shipped_templates() / "report.css").read_text(encoding="utf-8")
    assert page.raw["style"][0].strip() == _dedented(css), "the CSS is inlined unchanged (not escaped)"


# --- CSP --------------------------------------------------------------------------------------------------------


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_csp_forbids_loads_and_allows_exactly_the_inline_blocks(html: str) -> None:
    """The CSP meta comes first, forbids network loads and lists the hashes of the page's script and style."""
    page = Page(html)
    metas = [m for m in page.all("meta") if m.get("http-equiv", "").lower() == "content-security-policy"]
    assert len(metas) == 1
    assert html.index("Content-Security-Policy") < html.index("<style>")
    policy = dict(part.strip().split(" ", 1) for part in metas[0]["content"].split(";"))
    assert policy["default-src"] == "'none'"
    assert policy["img-src"] == "data:"
    assert policy["script-src"] == _sha(page.raw["script"][0])
    assert policy["style-src"] == _sha(page.raw["style"][0])


# --- determinism ------------------------------------------------------------------------------------------------


def test_rendering_is_deterministic(rec: Reconciliation, html: str) -> None:
    """The same reconciliation and generated time give the same bytes."""
    assert render_report(rec, generated=GENERATED).encode() == html.encode()
    other = render_report(rec, generated="2030-01-01")
    assert other != html
    assert other.replace("2030-01-01", GENERATED) == html


# --- templates --------------------------------------------------------------------------------------------------


def test_shipped_templates_are_found() -> None:
    """In a source checkout the shipped templates are reports/templates."""
    folder = shipped_templates()
    assert (folder / REPORT_TEMPLATE).is_file()
    assert folder.resolve() in {(ROOT / "reports" / "templates").resolve(),
                                Path(str(reconcile.__file__)).resolve().parent / "templates"}


@pytest.mark.parametrize("name", ["report.css", "report.js"])
def test_inlined_files_are_plain(name: str) -> None:
    """The CSS and JS hold no Jinja syntax and no closing tag, so inlining copies them unchanged."""
    text = (shipped_templates() / name).read_text(encoding="utf-8")
    assert not re.search(r"\{[{%#]", text)
    assert not re.search(r"</(script|style)", text, re.IGNORECASE)


def test_custom_templates_folder_is_used(tmp_path: Path, rec: Reconciliation) -> None:
    """A folder with its own report.html.j2 is used, escaped, and can include the shipped files it lacks."""
    (tmp_path / REPORT_TEMPLATE).write_text(
        "<title>{{ view.title }}</title><style>{% include 'report.css' %}</style>{{ csp }}", encoding="utf-8")
    out = render_report(rec, generated=GENERATED, templates=tmp_path)
    assert out.startswith(f"<title>A test case &lt;script&gt;alert(1)&lt;/script&gt; {'&#34;'}")
    assert ":root" in out
    assert "style-src 'sha256-" in out.replace("&#39;", "'")


def test_missing_template_gives_output_error(tmp_path: Path, rec: Reconciliation) -> None:
    """A templates folder without report.html.j2, or that does not exist, is refused with a clear error."""
    with pytest.raises(OutputError, match=r"has no report\.html\.j2"):
        render_report(rec, generated=GENERATED, templates=tmp_path)
    with pytest.raises(OutputError, match="does not exist"):
        render_report(rec, generated=GENERATED, templates=tmp_path / "nope")


def test_broken_template_gives_output_error(tmp_path: Path, rec: Reconciliation) -> None:
    """Syntax errors, unknown names, missing includes and errors raised while rendering a custom template are
    OutputErrors naming the problem."""
    template = tmp_path / REPORT_TEMPLATE
    template.write_text("{% for x in %}", encoding="utf-8")
    with pytest.raises(OutputError, match=r"report\.html\.j2:1: template error"):
        render_report(rec, generated=GENERATED, templates=tmp_path)
    template.write_text("{{ view.no_such_field }}", encoding="utf-8")
    with pytest.raises(OutputError, match="unknown name"):
        render_report(rec, generated=GENERATED, templates=tmp_path)
    template.write_text("{% include 'missing.j2' %}", encoding="utf-8")
    with pytest.raises(OutputError, match=r"'missing\.j2' not found"):
        render_report(rec, generated=GENERATED, templates=tmp_path)
    template.write_text("{% for event in view.events %}{{ 1 / 0 }}{% endfor %}", encoding="utf-8")
    with pytest.raises(OutputError, match="failed while rendering: ZeroDivisionError: division by zero"):
        render_report(rec, generated=GENERATED, templates=tmp_path)
    template.write_text("{{ view.title | round }}", encoding="utf-8")
    with pytest.raises(OutputError, match="failed while rendering: TypeError"):
        render_report(rec, generated=GENERATED, templates=tmp_path)


def test_render_view_accepts_a_prebuilt_view(view: ReportView) -> None:
    """render_view renders any view, e.g. one built with a pinned engine version."""
    out = render_view(view)
    assert "reconcile 9.9.9" in out


# --- accessibility basics without a browser ---------------------------------------------------------------------


def test_document_basics(html: str) -> None:
    """lang=en, one h1, tables with captions and scoped headers, labelled controls, SVGs with role and title."""
    page = Page(html)
    assert page.all("html")[0]["lang"] == "en"
    assert len(page.all("h1")) == 1
    assert len(page.all("caption")) == len(page.all("table"))
    assert all(th.get("scope") in ("col", "row") for th in page.all("th"))
    labels = {label["for"] for label in page.all("label")}
    assert {s["id"] for s in page.all("select")} <= labels
    for svg in page.all("svg"):
        assert svg.get("role") == "img" or svg.get("aria-hidden") == "true"
    images = re.findall(r'<svg [^>]*role="img"[^>]*aria-labelledby="([^"]+)"[^>]*>\s*<title id="([^"]+)">', html)
    assert len(images) == sum(1 for s in page.all("svg") if s.get("role") == "img") == 5
    assert all(labelled == title for labelled, title in images)


def test_headings_do_not_skip_levels(html: str) -> None:
    """Headings go h1 > h2 > h3 > h4 without skipping a level."""
    levels = [int(tag[1]) for tag, _ in Page(html).tags if re.fullmatch(r"h[1-6]", tag)]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))


def test_credit_and_methodology_are_shown(html: str, rec: Reconciliation) -> None:
    """The GeoNames credit and every methodology line are in the page."""
    assert GAZETTEER_CREDIT in html
    assert "Matching: pairs scoring at least 4.0 bits are one incident." in html


def test_filters_are_hidden_without_javascript(html: str) -> None:
    """The filter form starts hidden (JS shows it); no card starts hidden."""
    page = Page(html)
    form = next(f for f in page.all("form") if f.get("id") == "filters")
    assert "hidden" in form
    assert not any("hidden" in a for a in page.all("article"))


# --- the seed case through the real pipeline --------------------------------------------------------------------


def test_seed_report_shows_every_event_and_conflict() -> None:
    """Every event id and conflict summary of the seed reconciliation is in its report."""
    from markupsafe import escape

    from reconcile.load import load_case
    from reconcile.pipeline import reconcile

    seed = reconcile(load_case(SEED))
    out = render_report(seed, generated=GENERATED)
    assert seed.events
    for event in seed.events:
        assert f'id="event-{event.id}"' in out
        for conflict in event.conflicts:
            assert str(escape(conflict.summary)) in out
    assert out.count('<article class="event-card') == len(seed.events)


# --- changes since an earlier run -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def changed_html() -> str:
    return render_report(changed_reconciliation(), generated=GENERATED)


def test_changes_view_groups_changes_by_kind() -> None:
    """The view's changes come grouped in the order of the kinds, each sentence as recorded."""
    changes = build_view(changed_reconciliation(), generated=GENERATED, engine_version="9.9.9").changes
    assert changes is not None
    assert (changes.since, changes.count) == (SINCE, len(CHANGES))
    assert [g.key for g in changes.groups] == ["rules-changed", "event-added", "events-merged", "claims-added",
                                               "conflict-opened", "claim-removed"]
    assert [c.summary for g in changes.groups for c in g.changes] == [c.summary for c in CHANGES]
    assert changes.groups[1].label == "New events"
    assert changes.lead.startswith(f"6 changes since the earlier run of this case, generated {SINCE}.")


def test_change_links_lead_only_to_events_of_the_report(rec: Reconciliation) -> None:
    """A change links to the cards of the events it names that exist now; gone ids get no link."""
    changes = build_view(changed_reconciliation(), generated=GENERATED, engine_version="9.9.9").changes
    assert changes is not None
    merged = next(g for g in changes.groups if g.key == "events-merged").changes[0]
    assert [(link.id, link.anchor) for link in merged.links] == [("ev-0605", "event-ev-0605")]
    removed = next(g for g in changes.groups if g.key == "claim-removed").changes[0]
    assert removed.links == ()
    anchors = {e.anchor for e in build_view(rec, generated=GENERATED, engine_version="x").events}
    assert {link.anchor for g in changes.groups for c in g.changes for link in c.links} <= anchors


def test_changed_event_cards_say_so() -> None:
    """Cards of events a change names say new or changed since the earlier run; the others say nothing."""
    view = build_view(changed_reconciliation(), generated=GENERATED, engine_version="9.9.9")
    notes = {e.id: e.change_note for e in view.events}
    assert notes == {"ev-2011": "", "ev-0531": "New since the earlier run", "ev-0603-evil": "Changed since the "
                     "earlier run", "ev-0604": "", "ev-0605": "Changed since the earlier run"}


def test_no_changes_section_without_an_earlier_run(view: ReportView, html: str) -> None:
    """A run not compared with an earlier output has no "Changes since" section and no change notes."""
    assert view.changes is None
    assert 'id="changes"' not in html
    assert all(e.change_note == "" for e in view.events)


def test_nothing_changed_is_said(rec: Reconciliation) -> None:
    """Compared with an earlier output and nothing changed: the section says so, with no groups."""
    same = attrs.evolve(rec, changes=(), changes_since=SINCE)
    changes = build_view(same, generated=GENERATED, engine_version="9.9.9").changes
    assert changes is not None
    assert changes.groups == ()
    out = render_report(same, generated=GENERATED)
    assert (f"Nothing changed since the earlier run of this case, generated {SINCE}: the same events, claims, "
            "figures, conflicts and grades.") in out


def test_changes_without_a_run_time_still_read_well(rec: Reconciliation) -> None:
    """An earlier output with an empty run time gives a title and lead that do not end in nothing."""
    out = render_report(attrs.evolve(rec, changes=(), changes_since=""), generated=GENERATED)
    assert '<h2 id="changes-h">Changes since the earlier run</h2>' in out
    assert "Nothing changed since the earlier run of this case: the same events" in out


def test_changes_section_comes_first_and_is_labelled(changed_html: str) -> None:
    """The section is the first of the main content, labelled by its heading, with one list per kind."""
    page = Page(changed_html)
    assert page.all("section")[0] == {"id": "changes", "class": "changes", "aria-labelledby": "changes-h"}
    assert f'<h2 id="changes-h">Changes since {SINCE}</h2>' in changed_html
    lists = [u for u in page.all("ul") if u.get("class") == "change-list"]
    assert [u["aria-labelledby"] for u in lists] == [f"changes-{g}" for g in (
        "rules-changed", "event-added", "events-merged", "claims-added", "conflict-opened", "claim-removed")]
    assert '<a class="change-link" href="#event-ev-0605">see <code>ev-0605</code></a>' in changed_html


def test_changes_escape_hostile_text(changed_html: str) -> None:
    """Sentences and ids from an earlier file are escaped like claim text."""
    assert SCRIPT not in changed_html
    assert ATTR not in changed_html
    assert "ev-gone-&lt;script&gt;alert(1)&lt;/script&gt; and ev-0605 are now one event" in changed_html
    page = Page(changed_html)
    assert len(page.all("script")) == 1
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)


def test_changed_report_headings_and_ids_stay_valid(changed_html: str) -> None:
    """With the changes section, headings still do not skip levels and element ids stay unique."""
    levels = [int(tag[1]) for tag, _ in Page(changed_html).tags if re.fullmatch(r"h[1-6]", tag)]
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))
    ids = [a["id"] for _, a in Page(changed_html).tags if "id" in a]
    assert len(ids) == len(set(ids))


# --- made per event, streamed -----------------------------------------------------------------------------------


def _count_events(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    """The ids of the events that ``reconcile.report.<name>(index, event, ...)`` is called for, in order."""
    import reconcile.report as module

    calls: list[str] = []
    real = getattr(module, name)

    def counted(index: object, event: Event, *args: object, **kwargs: object) -> object:
        calls.append(event.id)
        return real(index, event, *args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the events whose card view is made, in order (`_event_view` is counted)."""
    return _count_events(monkeypatch, "_event_view")


def test_event_views_are_made_on_demand(rec: Reconciliation, made: list[str]) -> None:
    """Building the view makes no event card; iterating makes one card at a time, and none is kept."""
    view = build_view(rec, generated=GENERATED, engine_version="1")
    assert made == []
    assert isinstance(view.events, LazySequence)
    assert not isinstance(view.events, tuple | list)
    cards = iter(view.events)
    assert iter(cards) is cards  # an iterator (a generator), not a container
    first = next(cards)
    assert made == [rec.events[0].id]
    assert first.id == rec.events[0].id
    next(cards)
    assert made == [e.id for e in rec.events[:2]]
    assert len(view.events) == len(rec.events)
    assert view.events[-1].id == rec.events[-1].id
    assert [e.id for e in view.events] == [e.id for e in view.events]  # iterating twice makes them twice


def test_contents_and_timeline_lanes_are_made_on_demand(view: ReportView) -> None:
    """The contents and the timeline's event lanes are lazy sequences too."""
    assert view.timeline is not None
    for lazy in (view.toc, view.timeline.events, view.rows):
        assert isinstance(lazy, LazySequence)
        assert not isinstance(lazy, Iterator)  # read again and again, each time made anew


def test_rendering_makes_each_card_once(rec: Reconciliation, made: list[str]) -> None:
    """Rendering a report makes every card exactly once, in order: the policy comes from the page without its
    events, not from a second rendering."""
    render_report(rec, generated=GENERATED)
    assert made == [e.id for e in rec.events]


def test_lazy_sequence_behaves_like_a_tuple() -> None:
    """Length, indexing (negative and slices), equality with a tuple and an out-of-range index."""
    squares = LazySequence(4, lambda i: i * i)
    assert (len(squares), squares[1], squares[-1], squares[1:3]) == (4, 1, 9, (1, 4))
    assert squares == (0, 1, 4, 9)
    assert squares != (0, 1, 4)
    assert bool(LazySequence(0, str)) is False
    with pytest.raises(IndexError):
        squares[4]


def test_write_report_streams_the_text_of_render_report(rec: Reconciliation, html: str, tmp_path: Path) -> None:
    """Writing into a file gives the bytes of `render_report`."""
    path = tmp_path / "report.html"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        write_report(rec, handle, generated=GENERATED)
    assert path.read_bytes() == html.encode()


# --- large reports ----------------------------------------------------------------------------------------------


def test_a_large_report_lists_events_without_a_conflict_as_rows(rec: Reconciliation) -> None:
    """Above `compact_above` events, events with a conflict keep their cards and the others are rows; the contents
    still list every event, in order."""
    view = build_view(rec, generated=GENERATED, engine_version="1", compact_above=len(rec.events) - 1)
    assert [e.id for e in view.events] == [e.id for e in rec.events if e.conflicts]
    assert [r.id for r in view.rows] == [e.id for e in rec.events if not e.conflicts]
    assert [t.title for t in view.toc] == [t.title for t in build_view(rec, generated=GENERATED,
                                                                        engine_version="1").toc]
    assert view.event_count == len(rec.events)
    assert f"This report has {len(rec.events)} events, more than {len(rec.events) - 1}" in view.rows_note
    row = next(r for r in view.rows if r.id == "ev-0531")
    assert (row.grade_value, row.kinds, row.anchor) == ("corroborated", "", "event-ev-0531")
    assert row.figures == ()
    total = next(r for r in view.rows if r.id == "ev-2011")
    assert total.figures
    assert all(" · best " in line for line in total.figures)


@pytest.mark.parametrize("compact_above", [None, 5, 1000])
def test_a_small_report_gives_every_event_a_card(rec: Reconciliation, compact_above: int | None) -> None:
    """At or below `compact_above` events (or with None), every event has a card and there are no rows."""
    view = build_view(rec, generated=GENERATED, engine_version="1", compact_above=compact_above)
    assert [e.id for e in view.events] == [e.id for e in rec.events]
    assert (len(view.rows), view.rows_note) == (0, "")


def test_a_large_report_flags_every_conflict(rec: Reconciliation) -> None:
    """The compact page has a card for every event with a conflict, every conflict listed, a row with filter data
    for every other event, every anchor once, escaped text and a CSP that allows exactly its script and style."""
    html = render_report(rec, generated=GENERATED, compact_above=1)
    page = Page(html)
    conflicts = sum(len(e.conflicts) for e in rec.events)
    assert len([t for t, a in page.tags if t == "li" and a.get("class", "").startswith("conflict kind-")]) == conflicts
    cards = [a for t, a in page.tags if "data-event-card" in a]
    assert [a["id"] for a in cards] == ["event-ev-0603-evil", "event-ev-0604", "event-ev-0605", "event-ev-2011",
                                        "event-ev-0531"]
    rows = [a for t, a in page.tags if t == "tr" and "data-event-card" in a]
    assert [(a["data-kinds"], a["data-grade"]) for a in rows] == [("", "single-source"), ("", "corroborated")]
    ids = [a["id"] for _, a in page.tags if "id" in a]
    assert len(ids) == len(set(ids))
    assert {a["href"][1:] for t, a in page.tags if t == "a" and a.get("href", "").startswith("#event-")} <= set(ids)
    assert SCRIPT not in html
    policy = dict(part.strip().split(" ", 1) for part in Page(html).all("meta")[1]["content"].split(";"))
    assert policy["script-src"] == _sha(page.raw["script"][0])
    assert policy["style-src"] == _sha(page.raw["style"][0])


@pytest.mark.parametrize("brief_above", [0, 3])
def test_many_cards_are_brief(rec: Reconciliation, brief_above: int) -> None:
    """Above `brief_above` cards every card is brief: it keeps its conflicts, figures, independence and every claim
    (superseded ones too), and leaves out the places, the chart, the revisions and the evidence; a note says so."""
    full = build_view(rec, generated=GENERATED, engine_version="1", brief_above=None)
    view = build_view(rec, generated=GENERATED, engine_version="1", brief_above=brief_above)
    assert len(view.events) == len(rec.events) > brief_above
    assert f"This report has {len(rec.events)} event cards, more than {brief_above}" in view.brief_note
    assert any(card.places and card.evidence and card.chart for card in full.events)
    assert any(card.revisions for card in full.events)
    for card, whole, event in zip(view.events, full.events, rec.events, strict=True):
        assert card.brief
        assert not whole.brief
        assert (card.places, card.chart, card.revisions, card.evidence) == ((), None, (), ())
        assert card.claims == whole.claims
        assert {c.id for c in card.claims} == {*event.claims, *event.superseded}
        assert (card.conflicts, card.figures, card.origins, card.initiators, card.title, card.grade) == (
            whole.conflicts, whole.figures, whole.origins, whole.initiators, whole.title, whole.grade)


@pytest.mark.parametrize("brief_above", [None, 5, 1000])
def test_few_cards_are_full(rec: Reconciliation, brief_above: int | None) -> None:
    """At or below `brief_above` cards (or with None), every card is full and there is no note."""
    view = build_view(rec, generated=GENERATED, engine_version="1", brief_above=brief_above)
    assert len(view.events) == 5
    assert not any(card.brief for card in view.events)
    assert view.brief_note == ""


def test_a_brief_report_flags_every_conflict_and_lists_every_claim(rec: Reconciliation) -> None:
    """The page of brief cards lists every conflict, every claim of every card (one line each, with where it is in
    the files), no claims table, chart or evidence table, and keeps a CSP that allows exactly its script and
    style."""
    html = render_report(rec, generated=GENERATED, compact_above=1, brief_above=1)
    page = Page(html)
    conflicts = sum(len(e.conflicts) for e in rec.events)
    assert len([t for t, a in page.tags if t == "li" and a.get("class", "").startswith("conflict kind-")]) == conflicts
    carded = [e for e in rec.events if e.conflicts]
    lines = sum(len({*e.claims, *e.superseded}) for e in carded)
    assert len([1 for t, a in page.tags if t == "ul" and a.get("class") == "claim-lines"]) == len(carded)
    assert html.count("<code class=\"small\">") >= lines
    for event in carded:
        for gid in {*event.claims, *event.superseded}:
            assert str(escape(gid)) in html
    assert not [a for t, a in page.tags if t == "table" and a.get("class") in ("claims", "evidence", "places")]
    assert not [a for t, a in page.tags if t == "figure" and "casualty" in a.get("class", "")]
    assert "each card is brief" in html
    policy = dict(part.strip().split(" ", 1) for part in Page(html).all("meta")[1]["content"].split(";"))
    assert policy["script-src"] == _sha(page.raw["script"][0])
    assert policy["style-src"] == _sha(page.raw["style"][0])


def test_very_many_conflicts_are_rows_with_every_conflict(rec: Reconciliation) -> None:
    """Above `rows_above` events with a conflict there are no cards: those events are rows with each disagreement
    (every conflict in it: tests/test_report_disagreements.py), in the reconciliation's order; the contents list is
    left out, and a note says why."""
    view = build_view(rec, generated=GENERATED, engine_version="1", compact_above=1, rows_above=1)
    conflicted = [e for e in rec.events if e.conflicts]
    assert len(conflicted) > 1
    assert len(view.events) == 0
    assert [r.id for r in view.conflict_rows] == [e.id for e in conflicted]
    assert [r.id for r in view.rows] == [e.id for e in rec.events if not e.conflicts]
    for row, event in zip(view.conflict_rows, conflicted, strict=True):
        assert [(c.badge.key, c.summary) for c in row.conflicts] == [(c.kind, c.summary) for c in event.conflicts]
        assert sum(group.pair_count for group in row.disagreements) == len(event.conflicts)
        assert row.kinds == " ".join(dict.fromkeys(c.kind for c in event.conflicts))
    assert len(view.toc) == 0
    assert "The contents are left out" in view.toc_note
    assert f"This report has {len(conflicted)} events with a conflict, more than 1" in view.conflict_rows_note
    html = render_report(rec, generated=GENERATED, compact_above=1, rows_above=1)
    page = Page(html)
    groups = sum(len(row.disagreements) for row in view.conflict_rows)
    assert len([t for t, a in page.tags if t == "li" and a.get("class", "").startswith("disagreement kind-")]) == groups
    assert not [a for t, a in page.tags if t == "article"]
    rows = [a["id"] for t, a in page.tags if t == "tr" and "data-event-card" in a]
    assert sorted(rows) == sorted(f"event-{e.id}" for e in rec.events)
    policy = dict(part.strip().split(" ", 1) for part in page.all("meta")[1]["content"].split(";"))
    assert policy["script-src"] == _sha(page.raw["script"][0])
    assert policy["style-src"] == _sha(page.raw["style"][0])


@pytest.fixture
def rows_made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the events whose compact row is made, in order (`_event_row` is counted)."""
    return _count_events(monkeypatch, "_event_row")


def test_rendering_makes_each_row_once(rec: Reconciliation, rows_made: list[str]) -> None:
    """Rendering a report of rows makes every row exactly once, in the order of the page: the policy comes from the
    page without its rows, of either table."""
    render_report(rec, generated=GENERATED, compact_above=1, rows_above=1)
    assert rows_made == [e.id for e in rec.events if e.conflicts] + [e.id for e in rec.events if not e.conflicts]


_ROW_CONFLICTS: Final = re.compile(r'<td><ul class="row-conflicts">(.*?)</ul></td>', re.DOTALL)


def _section_rows(html: str, heading: str) -> list[str]:
    """The ``<tr>`` elements of the rows table whose section is labelled by ``heading``."""
    start = html.index(f'<section class="event-rows" aria-labelledby="{heading}">')
    section = html[start:html.index("</section>", start)]
    return re.findall(r'<tr class="event-row".*?</tr>', section, re.DOTALL)


def test_both_tables_write_a_row_alike(rec: Reconciliation) -> None:
    """The template writes the row of an event out in each of the two tables: given the same rows, both tables
    give each the same cells, and the table of events with a conflict adds the conflicts cell with each one."""
    view = build_view(rec, generated=GENERATED, engine_version="1", compact_above=1, rows_above=1)
    rows = (*view.conflict_rows, *view.rows)
    assert any(row.conflicts for row in rows)
    assert any(not row.conflicts for row in rows)
    html = render_view(attrs.evolve(view, conflict_rows=rows, rows=rows))
    with_conflicts, without = _section_rows(html, "conflict-rows-h"), _section_rows(html, "rows-h")
    assert len(with_conflicts) == len(without) == len(rows)
    for row, written, plain in zip(rows, with_conflicts, without, strict=True):
        cells = _ROW_CONFLICTS.findall(written)
        assert len(cells) == 1
        assert cells[0].count('<li class="disagreement kind-') == len(row.disagreements)
        assert _ROW_CONFLICTS.sub("", written) == plain
        assert not _ROW_CONFLICTS.search(plain)


@pytest.mark.parametrize(("compact_above", "rows_above"), [(1, None), (1, 5), (None, 1)])
def test_few_conflicts_keep_their_cards(rec: Reconciliation, compact_above: int | None,
                                        rows_above: int | None) -> None:
    """At or below `rows_above` events with a conflict (or with None, or in a report small enough for a card per
    event) those events keep their cards, and the contents list every event."""
    view = build_view(rec, generated=GENERATED, engine_version="1", compact_above=compact_above,
                      rows_above=rows_above)
    assert (len(view.conflict_rows), view.conflict_rows_note, view.toc_note) == (0, "", "")
    assert {e.id for e in rec.events if e.conflicts} <= {card.id for card in view.events}
    assert len(view.toc) == len(rec.events)


def test_a_timeline_of_many_events_counts_them_per_period(rec: Reconciliation,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Above `TIMELINE_LANES_ABOVE` events the timeline has no lane per event: every event is counted in one period
    (bars stacked by grade, the tallest period as tall as the chart), every statement in one period of its source,
    and every bar lies on the plot."""
    import reconcile.report as report

    lanes = build_view(rec, generated=GENERATED, engine_version="1").timeline
    assert lanes is not None
    assert not lanes.binned
    assert len(lanes.events) == len(rec.events)
    monkeypatch.setattr(report, "TIMELINE_LANES_ABOVE", 2)
    timeline = build_view(rec, generated=GENERATED, engine_version="1").timeline
    assert timeline is not None
    assert timeline.binned
    assert len(timeline.events) == 0
    assert timeline.bin_label == "per day"
    assert sum(b.count for b in timeline.bins) == len(rec.events)
    grades = Counter(e.grade for e in rec.events)
    assert Counter({bar.grade: 1 for b in timeline.bins for bar in b.bars}).keys() == grades.keys()
    assert timeline.peak == max(b.count for b in timeline.bins)
    tallest = next(b for b in timeline.bins if b.count == timeline.peak)
    assert sum(bar.height for bar in tallest.bars) == pytest.approx(timeline.histogram_bottom - timeline.histogram_top,
                                                                    abs=0.5)
    height = timeline.histogram_bottom - timeline.histogram_top
    for b in timeline.bins:
        expected = height * b.count / timeline.peak
        assert sum(bar.height for bar in b.bars) == pytest.approx(expected, abs=0.5 * len(b.bars))
    per_source = Counter(c.source for c in rec.case.claims)
    assert sorted(sum(b.count for b in lane.bins) for lane in timeline.sources) == sorted(
        n for s, n in per_source.items() if s in {src.id for src in rec.case.sources})
    for bar in (bar for b in (*timeline.bins, *(b for lane in timeline.sources for b in lane.bins)) for bar in b.bars):
        assert timeline.plot_left <= bar.x <= bar.x + bar.width <= timeline.plot_right + 1
    html = render_report(rec, generated=GENERATED)
    assert 'class="bin"' in html
    assert "Events per day, by grade" in html


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)), st.integers(0, 40_000))
def test_timeline_periods_cover_every_day_once(lo: dt.date, length: int) -> None:
    """The periods of a binned timeline are at most 120, in order, and every day of the span is in exactly one."""
    from reconcile.report import _periods

    hi = lo + dt.timedelta(days=length)
    unit, starts = _periods(lo, hi)
    assert 1 <= len(starts) <= 120 or unit == "per year"
    assert starts == sorted(set(starts))
    assert starts[0] <= lo
    assert starts[-1] <= hi
    assert len(starts) == 1 or starts[1] > lo
    assert unit in ("per day", "per week", "per month", "per year")
    if unit == "per year":
        assert len(starts) == hi.year - lo.year + 1


# --- the CSP of a streamed page ---------------------------------------------------------------------------------


def _policy_of(html: str) -> dict[str, str]:
    content = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    assert content is not None
    text = content.group(1).replace("&#39;", "'")
    return dict(part.strip().split(" ", 1) for part in text.split(";"))


def test_inline_blocks_that_depend_on_the_events_are_allowed(tmp_path: Path, rec: Reconciliation) -> None:
    """A custom template with a style per event is rendered again with their hashes: every block is allowed."""
    (tmp_path / REPORT_TEMPLATE).write_text(
        '<meta http-equiv="Content-Security-Policy" content="{{ csp }}">'
        "{% for event in view.events %}<style>/* {{ event.key }} */</style>{% endfor %}<script>go()</script>",
        encoding="utf-8")
    html = render_report(rec, generated=GENERATED, templates=tmp_path)
    styles = re.findall(r"<style>(.*?)</style>", html)
    assert len(styles) == len(rec.events)
    policy = _policy_of(html)
    assert policy["style-src"] == " ".join(_sha(text) for text in styles)
    assert policy["script-src"] == _sha("go()")


def test_a_template_that_reads_an_event_outside_the_loop(tmp_path: Path, rec: Reconciliation) -> None:
    """A template that reads one event outside the loop still renders, with the right policy."""
    (tmp_path / REPORT_TEMPLATE).write_text(
        '<meta http-equiv="Content-Security-Policy" content="{{ csp }}"><p>{{ view.events[0].id }}</p>'
        "<script>go()</script>", encoding="utf-8")
    html = render_report(rec, generated=GENERATED, templates=tmp_path)
    assert f"<p>{rec.events[0].id}</p>" in html
    assert _policy_of(html)["script-src"] == _sha("go()")


def test_a_template_error_halfway_through_the_page(tmp_path: Path, rec: Reconciliation) -> None:
    """An unknown name used inside the events' loop, after the head is written, is an OutputError."""
    (tmp_path / REPORT_TEMPLATE).write_text(
        "<head>{{ csp }}</head>{% for event in view.events %}{{ event.no_such_field }}{% endfor %}", encoding="utf-8")
    with pytest.raises(OutputError, match="unknown name"):
        render_report(rec, generated=GENERATED, templates=tmp_path)


FRAGMENTS = ("<script>", "</script>", "<style>", "</style >", "<SCRIPT type='x'>", "</Style>", "<scripts>", "a",
             "<", ">", "</", "script", "\n", " ", "<style", "=")


@given(parts=st.lists(st.sampled_from(FRAGMENTS), max_size=30), cuts=st.lists(st.integers(0, 200), max_size=8))
def test_scanner_finds_the_blocks_of_the_whole_page(parts: list[str], cuts: list[int]) -> None:
    """Fed in any pieces, the streaming scanner finds exactly the inline blocks the regular expression finds in the
    whole page."""
    from reconcile.render import _inline_blocks, _InlineScanner

    text = "".join(parts)
    points = sorted({min(cut, len(text)) for cut in cuts})
    scanner = _InlineScanner()
    for start, end in itertools.pairwise([0, *points, len(text)]):
        scanner.feed(text[start:end])
    assert scanner.close() == _inline_blocks(text)


def test_scanner_finds_a_block_as_soon_as_it_closes() -> None:
    """Fed one character at a time, a block is found when its closing tag arrives, not at the end of the page."""
    from reconcile.render import _InlineScanner

    scanner = _InlineScanner()
    for character in "<p>x</p><style>a{}</st" + "yle >" + "<p>" * 1000:
        scanner.feed(character)
    assert scanner.blocks == [("style", "a{}", "<style>a{}</style >")]
    assert scanner.close() == [("style", "a{}", "<style>a{}</style >")]


def test_a_template_that_yields_many_empty_pieces(tmp_path: Path, rec: Reconciliation) -> None:
    """Empty pieces from the template do not end the page early."""
    (tmp_path / REPORT_TEMPLATE).write_text('{% for i in range(3000) %}{{ "" }}{% endfor %}the end',
                                            encoding="utf-8")
    assert render_report(rec, generated=GENERATED, templates=tmp_path) == "the end\n"


def test_right_to_left_names_in_a_title_keep_their_places(make_case: MakeCase) -> None:
    """An event's title lists its places: a name in Arabic or Hebrew letters is set between the first-strong
    isolate and its closing mark (U+2068, U+2069), so that two such names side by side do not read as one
    right-to-left run with the comma between them moved; Latin names are left as they are."""
    from reconcile.report import _isolated

    assert _isolated("Berdavan") == "Berdavan"
    assert _isolated("Çinarlı") == "Çinarlı"
    assert _isolated("جباليا") == "\u2068جباليا\u2069"
    assert _isolated("ג'באליה") == "\u2068ג'באליה\u2069"
    arabic = SOURCE_YAML.replace("id: am-mod", "id: ar-media").replace("place: near Berdavan and Chinari",
                                                                       'place: "مخيم جباليا، ג\'באליה"')
    html = render_report(reconcile.reconcile(load_case(make_case({"ar-media.yaml": arabic}))), generated="g")
    assert str(escape("\u2068جباليا\u2069, \u2068ג'באליה\u2069")) in html  # the Arabic comma separates them too


@pytest.mark.parametrize("control", ["\u202e", "\u202d", "\u202b", "\u202a", "\u2066", "\u2067", "\u2068", "\u2069"])
def test_directional_controls_in_a_place_do_not_reach_the_titles(make_case: MakeCase, control: str) -> None:
    """A right-to-left override (or any explicit embedding or isolate) written into a place name would turn the
    rest of the event's title, its contents line and its timeline entry around: the names a title is made of lose
    them, and the claim's place is still shown as written."""
    from reconcile.report import _isolated

    assert _isolated(f"Berd{control}avan") == "Berdavan"
    assert _isolated(f"{control}جباليا") == "\u2068جباليا\u2069"
    # The loader accepts explicit formatting only when it is closed: the place holds an opener and its closer.
    opener, closer = ("\u2066", control) if control == "\u2069" else (
        control, "\u2069" if control >= "\u2066" else "\u202c")
    written = f"Vos{opener}ke{closer}par"
    odd = SOURCE_YAML.replace("place: near Berdavan and Chinari", f'place: "{written}"')
    html = render_report(reconcile.reconcile(load_case(make_case({"am-mod.yaml": odd}))), generated="g")
    assert "— Voskepar" in html  # the title, its contents line and timeline entry
    assert f"— {written}" not in html
    assert written in html  # the claim's place as written


# --- escaping with one Python call fewer -------------------------------------------------------------------------


class _Html:
    def __html__(self) -> str:
        return "<b>already safe</b>"


class _Text(str):
    __slots__ = ()

    def __str__(self) -> str:
        return "<shown>"


@given(value=st.one_of(st.text(), st.integers(), st.floats(), st.none(),
                       st.text().map(escape), st.text().map(_Text), st.just(_Html())))
def test_the_reports_escape_is_markupsafes(value: object) -> None:
    """`reconcile.render._escape` gives what `markupsafe.escape` gives: the same text, of the same class."""
    from reconcile.render import _escape

    ours, theirs = _escape(value), escape(value)
    assert type(ours) is type(theirs)
    assert str.__str__(ours) == str.__str__(theirs)


def test_templates_escape_with_the_fast_escape(tmp_path: Path) -> None:
    """Every template compiled for a report (the page, the charts it imports, a custom folder's) escapes with
    `reconcile.render._escape`, and the page it renders is the page `markupsafe.escape` renders."""
    from reconcile import render

    (tmp_path / REPORT_TEMPLATE).write_text("<p>{{ view.title }}</p>{% import 'charts.html.j2' as charts %}",
                                            encoding="utf-8")
    for templates in (None, tmp_path):
        environment = render._environment(templates)
        for name in (REPORT_TEMPLATE, "charts.html.j2"):
            assert environment.get_template(name).root_render_func.__globals__["escape"] is render._escape, name
    rec = sample_reconciliation()
    fast = render_report(rec, generated=GENERATED)
    original = render._Template._from_namespace
    try:
        render._Template._from_namespace = jinja2.Template._from_namespace  # type: ignore[method-assign]
        plain = render_report(rec, generated=GENERATED)
    finally:
        render._Template._from_namespace = original  # type: ignore[method-assign]
    assert fast == plain
    assert escape(SCRIPT) in fast


# --- the shipped templates' code comes with them ------------------------------------------------------------------


def test_shipped_compiled_templates_are_current() -> None:
    """The Python code shipped beside the templates is what Jinja2 makes of them now (after editing a template,
    run ``scripts/compile_templates.py``)."""
    from reconcile import render

    shipped = (shipped_templates() / render.COMPILED_TEMPLATES).read_text(encoding="utf-8")
    assert shipped == render.compiled_templates(), "stale: run scripts/compile_templates.py"


def test_shipped_code_is_used_only_for_the_template_it_was_made_from(tmp_path: Path) -> None:
    """The shipped code serves a shipped template as loaded; a template whose text, name or environment differ
    (a custom folder's, an edited one, other settings) is compiled from its text, and the page is the same as
    without the shipped code."""
    from reconcile import render

    environment = render._environment(None)
    cache = environment.bytecode_cache
    assert isinstance(cache, render._ShippedCode)
    assert environment.loader is not None
    for name in (REPORT_TEMPLATE, "charts.html.j2", "report.css", "report.js"):
        source, filename, _ = environment.loader.get_source(environment, name)
        bucket = cache.get_bucket(environment, name, filename, source)
        assert bucket.code is not None, name
        assert bucket.code.co_filename == filename
        assert cache.get_bucket(environment, name, filename, source + " ").code is None, name
        assert cache.get_bucket(environment, "other.j2", filename, source).code is None, name
        environment.trim_blocks = False
        assert render._ShippedCode(shipped_templates()).get_bucket(environment, name, filename, source).code is None
        environment.trim_blocks = True
    # A custom folder with the shipped page edited: the edit shows.
    page = (shipped_templates() / REPORT_TEMPLATE).read_text(encoding="utf-8")
    (tmp_path / REPORT_TEMPLATE).write_text(page.replace("discrepancy report</title>", "edited</title>"),
                                            encoding="utf-8")
    rec = sample_reconciliation()
    assert "edited</title>" in render_report(rec, generated=GENERATED, templates=tmp_path)
    with_code = render_report(rec, generated=GENERATED)
    original = render._ShippedCode.get_bucket
    try:
        render._ShippedCode.get_bucket = (  # type: ignore[method-assign]
            lambda self, env, name, filename, source: jinja2.bccache.Bucket(env, name, ""))
        without = render_report(rec, generated=GENERATED)
    finally:
        render._ShippedCode.get_bucket = original  # type: ignore[method-assign]
    assert with_code == without


def test_shipped_code_that_cannot_be_read_is_not_used(tmp_path: Path) -> None:
    """A missing or damaged file of shipped code means compiling every template, as before."""
    from reconcile import render

    (tmp_path / render.COMPILED_TEMPLATES).write_text("{not json", encoding="utf-8")
    assert render._read_codes(tmp_path / render.COMPILED_TEMPLATES) == {}
    assert render._read_codes(tmp_path / "missing.json") == {}
    (tmp_path / render.COMPILED_TEMPLATES).write_text('{"codes": [1]}', encoding="utf-8")
    assert render._read_codes(tmp_path / render.COMPILED_TEMPLATES) == {}


AM_TWO_PARTS = """\
source:
  id: am-mod
  name: Ministry of Defence of Armenia
  kind: belligerent
  speaks_for: armenia
claims:
  - id: c1
    stated: 2012-06-04
    quote: the enemy attacked near Berdavan
    date: 2012-06-04
    place: Berdavan
    initiator: azerbaijan
  - id: c2
    stated: 2012-06-05
    quote: one more soldier was wounded in the attack near Berdavan
    date: 2012-06-04
    place: Berdavan
    initiator: azerbaijan
    adds_to: [c1]
"""
AZ_ONE = """\
source:
  id: az-mod
  name: Ministry of Defence of Azerbaijan
  kind: belligerent
  speaks_for: azerbaijan
claims:
  - id: d1
    stated: 2012-06-04
    quote: the Armenian side attacked near Berdavan
    date: 2012-06-04
    place: Berdavan
    initiator: armenia
"""


def test_a_card_states_a_conflict_once_for_two_claims_of_one_source(make_case: MakeCase) -> None:
    """Two claims of one source against another make two attribution conflicts with one sentence; the card says it
    once and lists the values of all three claims."""
    from reconcile.report import build_view

    rec = reconcile.reconcile(load_case(make_case({"am-mod.yaml": AM_TWO_PARTS, "az-mod.yaml": AZ_ONE})))
    (event,) = rec.events
    attribution = [c for c in event.conflicts if c.kind == "attribution"]
    assert len(attribution) == 2
    assert len({c.summary for c in attribution}) == 1
    (card,) = build_view(rec, generated="g", engine_version="test").events
    shown = [c for c in card.conflicts if c.summary == attribution[0].summary]
    assert len(shown) == 1
    assert sorted(v.claim for v in shown[0].values) == ["am-mod/c1", "am-mod/c2", "az-mod/d1"]
    html = render_report(rec, generated="g")
    assert html.count(str(escape(attribution[0].summary))) == 1



def _shown(fragment: str) -> str:
    """The text of an HTML fragment as a browser runs it together: tags dropped, adding no space."""
    return re.sub(r"<[^>]+>", "", fragment)


def test_revision_steps_and_claim_heads_keep_their_words_apart(html: str) -> None:
    """A revision step's claim id stands apart from the words before it (no “…four”az-mod/k0605), and a claim
    column's tags from one another (no MEDIASuperseded), as a reader and a screen reader take them in."""
    steps = re.findall(r"<li class=\"(?:superseded)?\">\s*<span class=\"rev-date\">.*?</li>", html, re.S)
    assert steps
    for step in steps:
        claim = re.search(r"<code class=\"small\">([^<]*)</code>", step)
        assert claim is not None
        assert re.search(rf"\s{re.escape(claim.group(1))}", _shown(step)), step
    heads = [head for head in re.findall(r"<div class=\"col-head\">.*?</div>", html, re.S) if "tag-superseded" in head]
    assert heads
    for head in heads:
        assert re.search(r"\sSuperseded", _shown(head)), head


def test_probable_relay_note_speaks_to_a_reader_not_in_code(html: str) -> None:
    """The evidence of a probable relay says in words what a claim known to be first-hand needs (to be listed in
    the run's rules), not a Python name (“check it as such: Rules.first_hand”)."""
    notes = re.findall(r"<span class=\"tag-probable\">Probable relay</span>.*?</li>", html, re.S)
    assert notes
    for note in notes:
        assert "Rules." not in note
        assert "is not flagged once it is listed as such in the rules of the run" in note
