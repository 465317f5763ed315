"""The discrepancy report's view model: a `Reconciliation` turned into ready-to-print values.

Pure: no files, clock or environment. `build_view` precomputes everything the templates show (texts, labels,
numbers and the SVG geometry of the charts), so that a template holds loops and simple conditionals only and a
custom template can reuse the same values. Every value is a frozen attrs class holding tuples.

Rules the view follows:

- **Nothing is dropped.** Every event, every claim of an event (superseded ones included, marked as such), every
  claim that is in no event, and every rejected claim has a place in the view.
- **The source's own words stay as written.** Quotes, places, dates and figures are shown as the claim file gives
  them (``Count.text``, ``DateSpan.text``, ``Claim.place``); the normalised value is shown next to them.
- **Links are http(s) only.** A claim's ``url`` becomes a link only when its scheme, read by `urllib.parse` after
  removing what browsers remove (ASCII tabs and newlines anywhere, control characters and spaces at either end),
  is ``http`` or ``https`` in any case and it names a host; otherwise it is shown as plain text (`safe_link`).
- **Escaping is the renderer's job.** Text here is plain text, never markup; the Jinja2 environment escapes it.
- **Identifiers in markup are ours.** Element ids (``event-…``) are derived from event ids with anything but
  letters, digits, ``. _ : -`` replaced; filter tokens (``data-sources``) are ``s0, s1, …`` by source order, so no
  text from a claim file reaches an attribute unescaped or a selector.
- **Deterministic.** The same reconciliation and arguments give an equal view: the order of events and claims is
  the reconciliation's, everything else is sorted; chart coordinates are rounded to 0.1 px.
- **Independence is shown, not hidden in the grade.** Each card says how many independent origins assert the event
  and which claims each rests on, the relay chains ("Panorama, relaying the Ministry of Defence of Armenia"), the
  probable relays with their evidence and why they do not count as independent, every admission against
  interest, and every claim of responsibility (a side saying its own side started it: no admission); each claim
  says whose word it is, and each figure what its best rests on (its basis, from the figure's own sources). The
  overview has a track record per source, with the advisory truth-discovery score beside (never instead of) the
  ranges.
- **Made per event, on demand.** The per-event parts of the view — the cards (`EventView`), the compact rows
  (`EventRow`), the contents and the timeline's event lanes — are `LazySequence` values: each item is made when a
  template (or anyone) reads it and is not kept, so rendering a report holds one event's view at a time. Everything
  else (totals, tallies, sources, the timeline's period, the anchors) is computed first, in one cheap pass.
- **Large reports flag every conflict and stay readable.** With more than ``compact_above`` events (`COMPACT_ABOVE`,
  1,000, by default), the events on which the sources contradict each other keep their full cards (``events``) and
  the others are listed one per row (``rows``, `EventRow`: date, places, grade, sources, origins and figures), in
  the reconciliation's order; every detail of those is in ``reconciliation.json`` and ``events.csv``. Smaller
  reports give every event a card. With more than ``brief_above`` cards (`BRIEF_ABOVE`, 1,000, by default), each
  card is brief (``EventView.brief``): it keeps its heading, every conflict with each source's value, the
  independence of its sources, the reconciled figures with every source's value, who started it according to each
  source, and its claims one per line (source, date, stance, where in the files); it leaves out the places table,
  the claims side by side with their quotes, the casualty chart, the revisions and the matching evidence. A full
  card is about four times the size of a brief one, and a report of tens of thousands of full cards is too large
  for a browser to open. With more than ``rows_above`` events with a conflict (`ROWS_ABOVE`, 5,000, by default)
  those are rows too (``conflict_rows``, each with every conflict's badge and sentence), and the contents list is
  left out (``toc_note`` says so). With more than `TIMELINE_LANES_ABOVE` events (200) the timeline counts the
  events and statements per period instead of drawing a lane per event.
- **Changes come first.** A reconciliation compared with an earlier one (``changes_since`` set) gets a "Changes
  since" section (`ChangesView`), even when nothing changed: its changes grouped by kind in the order of
  `reconcile.models.CHANGE_KINDS`, each linking to the cards of the events it names that are in this report; the
  cards of those events say that they are new or changed. Ids of events that are gone stay plain text.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import itertools
import math
import operator
import re
import unicodedata
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final, TypeVar, overload

import attrs

from reconcile import places, regional
from reconcile.changes import CHANGE_LABELS
from reconcile.independence import Alignment, Responsibility, cleared_party, responsibilities
from reconcile.merge import FigureBasis, place_names
from reconcile.models import (
    CHANGE_KINDS,
    CONFLICT_KINDS,
    GRADES,
    UNKNOWN,
    Admission,
    Change,
    Claim,
    Conflict,
    Count,
    DateSpan,
    Event,
    Figure,
    FigureValue,
    OriginGroup,
    PairScore,
    ProbableRelay,
    Reconciliation,
    Relay,
    Source,
)
from reconcile.serialize import figure_bases
from reconcile.track_records import TrackRecord, track_records

__all__ = [
    "BRIEF_ABOVE",
    "COMPACT_ABOVE",
    "CONFLICT_LABELS",
    "GAZETTEER_CREDIT",
    "GRADE_LABELS",
    "OWN_PLACES_ONLY",
    "ROWS_ABOVE",
    "TIMELINE_LANES_ABOVE",
    "AdmissionView",
    "Badge",
    "CasualtyChart",
    "ChangeGroup",
    "ChangeLink",
    "ChangeView",
    "ChangesView",
    "ChartDot",
    "ChartGroup",
    "ClaimFigureView",
    "ClaimRef",
    "ClaimView",
    "ConflictValueView",
    "ConflictView",
    "ContributionView",
    "DisagreementClaim",
    "DisagreementSource",
    "DisagreementValue",
    "DisagreementView",
    "EventRow",
    "EventView",
    "EvidenceView",
    "FigureRow",
    "FilterOption",
    "LazySequence",
    "Link",
    "OriginView",
    "PartyView",
    "PlaceMentionView",
    "PlaceRow",
    "ProbableRelayView",
    "RejectedView",
    "ReportView",
    "ResponsibilityView",
    "RevisionEntry",
    "RevisionHistory",
    "SourceView",
    "Tally",
    "Tick",
    "Timeline",
    "TimelineBar",
    "TimelineBin",
    "TimelineDot",
    "TimelineEventLane",
    "TimelineSourceLane",
    "TocEntry",
    "TrackRecordView",
    "ValueView",
    "build_view",
    "format_count",
    "format_day",
    "format_span",
    "safe_link",
]

#: Above this many events, the events without a conflict get a compact row instead of a card (see `build_view`).
COMPACT_ABOVE: Final = 1_000
#: Above this many events, the timeline counts the events per period instead of drawing one lane per event.
TIMELINE_LANES_ABOVE: Final = 200
#: Above this many event cards, every card is brief (see `build_view`).
BRIEF_ABOVE: Final = 1_000
#: Above this many events with a conflict, they are rows too, and the contents list is left out (see `build_view`).
ROWS_ABOVE: Final = 5_000

#: The credit the GeoNames licence asks for; shown in the methodology section of every report whose case uses the
#: shipped regional gazetteer.
GAZETTEER_CREDIT: Final = "Place data from GeoNames (geonames.org), CC BY 4.0"
#: The place-data line of a case without a shipped regional gazetteer.
OWN_PLACES_ONLY: Final = "Place data from the case's own gazetteer only; no shipped regional gazetteer"

#: Conflict kinds: (label, what the badge means), in the order of `CONFLICT_KINDS`.
CONFLICT_LABELS: Final[dict[str, tuple[str, str]]] = {
    "casualties": ("Casualties", "sources give casualty figures that cannot all be true"),
    "existence": ("Existence", "a source denies that the incident happened"),
    "attribution": ("Attribution", "sources blame different sides for starting it"),
    "location": ("Location", "sources put it in different places"),
    "date": ("Date", "sources date it differently"),
}

#: Grades: (label, what the grade means), in the order of `GRADES`.
GRADE_LABELS: Final[dict[str, tuple[str, str]]] = {
    "confirmed": ("Confirmed", "the party a fact harms concedes it and the opposing side says it too, with no "
                  "conflict"),
    "corroborated": ("Corroborated", "independent origins report it and agree (a relay counts as its origin)"),
    "contested": ("Contested", "sources report it but disagree"),
    "single-source": ("Single source", "only one origin, or origins that are not independent (one side, relays), "
                      "report it"),
    "denied": ("Denied", "a party denies that it happened"),
}

_ADMISSION_LABELS: Final = {
    "losses": "Admission against interest: its own side's losses",
    # Read from an earlier reconciliation.json: claims of responsibility were once counted as admissions.
    "initiative": "Admission against interest: its own side started it",
}
#: The label of an admission of kind ``losses`` that concedes civilian casualties its own side caused.
_HARM_LABEL: Final = "Admission against interest: civilian casualties its own side caused"
#: The label of a claim of responsibility (`reconcile.independence.Responsibility`).
_RESPONSIBILITY_LABEL: Final = "Claims responsibility: its own side started it"
#: What a figure's basis kind means, for the figures table (`reconcile.merge.BASIS_KINDS`).
_BASIS_LABELS: Final = {
    "monitor": "a neutral monitor's count",
    "own admission": "an admission against interest by the side it costs",
    "independent media": "media or analysts aligned with no party",
    "belligerent about own side": "a side's own account of its own side, conceding nothing",
    "belligerent about another party": "a side's account of another party's civilians",
    "enemy claim only": "only a side's claim about its enemy's losses",
}
_FIGURE_GRADE_LABELS: Final = {
    "confirmed": "confirmed: the side it costs concedes it and the opposing side gives it too",
    "corroborated": "corroborated by independent origins",
    "contested": "contested: the sources' figures cannot all be true",
    "single-source": "resting on a single origin",
    "unsupported": "given by no source's counted figure",
}

_KIND_LABELS: Final = {
    "belligerent": "belligerent",
    "monitor": "monitor",
    "media": "media",
    "analyst": "analyst",
}
_PRECISION_LABELS: Final = {
    "day": "to the day",
    "range": "as a span",
    "month": "to the month",
    "year": "to the year",
}
_MONTHS: Final = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")

# Chart geometry, in SVG user units (the SVG scales to the page width).
_CHART_WIDTH: Final = 760.0
_CHART_LABEL_WIDTH: Final = 270.0
_CHART_RIGHT_MARGIN: Final = 34.0
_CHART_ROW: Final = 20.0
_CHART_GROUP_GAP: Final = 12.0
_CHART_TOP: Final = 8.0
_CHART_AXIS_HEIGHT: Final = 30.0
_TIMELINE_WIDTH: Final = 1100.0
_TIMELINE_LABEL_WIDTH: Final = 300.0
_TIMELINE_ROW: Final = 20.0
_TIMELINE_HEADER: Final = 26.0
_LABEL_CHARS: Final = 40


# --- the view classes -------------------------------------------------------------------------------------------

_T = TypeVar("_T")


class LazySequence(Sequence[_T]):
    """A read-only sequence of ``length`` items made on demand by ``make(position)`` and never stored.

    Iterating gives a generator that makes one item at a time; iterating twice makes every item twice (equal
    items: ``make`` is deterministic). Indexing makes the one item asked for. Two sequences are equal when their
    items are, like tuples (which makes every item: for tests, not for large reports).
    """

    __slots__ = ("_length", "_make")

    def __init__(self, length: int, make: Callable[[int], _T]) -> None:
        self._length = length
        self._make = make

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> _T: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[_T, ...]: ...

    def __getitem__(self, index: int | slice) -> _T | tuple[_T, ...]:
        if isinstance(index, slice):
            return tuple(self._make(i) for i in range(*index.indices(self._length)))
        position = index + self._length if index < 0 else index
        if not 0 <= position < self._length:
            raise IndexError("LazySequence index out of range")
        return self._make(position)

    def __iter__(self) -> Iterator[_T]:
        return (self._make(i) for i in range(self._length))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"LazySequence(<{self._length} items, made on demand>)"


class _Deferred(Sequence[_T]):
    """A read-only sequence made by ``make()`` when first used, then kept: the same items each time it is read.

    For what a template does not read but a caller may (the values of a compact row's disagreements)."""

    __slots__ = ("_items", "_make")

    def __init__(self, make: Callable[[], tuple[_T, ...]]) -> None:
        self._make = make
        self._items: tuple[_T, ...] | None = None

    def _made(self) -> tuple[_T, ...]:
        if self._items is None:
            self._items = self._make()
        return self._items

    def __len__(self) -> int:
        return len(self._made())

    @overload
    def __getitem__(self, index: int) -> _T: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[_T, ...]: ...

    def __getitem__(self, index: int | slice) -> _T | tuple[_T, ...]:
        return self._made()[index]

    def __iter__(self) -> Iterator[_T]:
        return iter(self._made())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Deferred):
            return self._made() == other._made()
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return self._made() == tuple(other)

    def __hash__(self) -> int:
        return hash(self._made())

    def __repr__(self) -> str:
        return repr(self._made())



@attrs.frozen
class Link:
    """A URL as written (``text``) and the ``href`` to link it with, or ``None`` to show it as plain text."""

    text: str
    href: str | None


@attrs.frozen
class Badge:
    """A grade or conflict-kind badge: ``key`` picks the colour (a fixed vocabulary), ``label`` is the text."""

    key: str
    label: str
    description: str


@attrs.frozen
class Tally:
    """A count for the header, e.g. how many conflicts of one kind; ``key`` as in `Badge`."""

    key: str
    label: str
    count: int
    description: str


@attrs.frozen
class PartyView:
    id: str
    name: str
    aligned_with: str


@attrs.frozen
class SourceView:
    """A source as listed in the header; ``token`` is its filter value (``s0``, ``s1``, … by source order)."""

    id: str
    token: str
    name: str
    kind: str
    kind_label: str
    speaks_for: str
    aligned_with: str
    claims: int
    location: str


@attrs.frozen
class FilterOption:
    value: str
    label: str


@attrs.frozen
class ClaimFigureView:
    """One figure as the source gave it: ``text`` is the source's words, ``interval`` the value they allow."""

    party: str
    category: str
    measure: str
    text: str
    interval: str


@attrs.frozen
class ClaimView:
    """One claim in an event's side-by-side table; ``status`` says why a superseded claim no longer counts.

    ``whose_word`` says whose word the claim is (its source's own, a relay chain, a probable relay); ``admissions``
    are its admission-against-interest labels; ``clears`` names the party a denial clears where it names its own
    side or an ally (`reconcile.independence.cleared_party`): it denies who did it, not that it happened, and is
    no denier of a denied event.
    """

    id: str
    source_id: str
    source_name: str
    source_kind: str
    stated: str
    date_text: str
    date_label: str
    stance: str
    stance_label: str
    place: str
    region: str
    initiator: str
    relays: str
    quote: str
    reference: str
    link: Link | None
    figures: tuple[ClaimFigureView, ...]
    superseded: bool
    status: str
    revises: tuple[str, ...]
    location: str
    whose_word: str = ""
    admissions: tuple[str, ...] = ()
    responsibility: tuple[str, ...] = ()
    clears: str = ""


@attrs.frozen
class ClaimRef:
    """A claim listed outside an event (in no event): who said what, where it is in the files."""

    id: str
    source_name: str
    stated: str
    date_text: str
    place: str
    quote: str
    location: str


@attrs.frozen
class PlaceMentionView:
    """One place name found in a claim's place text, and the gazetteer entry it resolved to (if any).

    ``note`` is the gazetteer's sentence for a name it left unresolved because several places match it equally
    (`reconcile.places.Resolution.note`: which places tie, and what would tell them apart); empty otherwise, and for
    a name that matches no place.
    """

    text: str
    resolved: bool
    resolved_id: str
    resolved_name: str
    note: str = ""


@attrs.frozen
class PlaceRow:
    """How one claim names the event's place: its words (``written``) and the places read from them."""

    claim: str
    source_name: str
    written: str
    mentions: tuple[PlaceMentionView, ...]


@attrs.frozen
class ValueView:
    """One source's value within a reconciled figure."""

    claim: str
    source_id: str
    source_name: str
    text: str
    interval: str
    counted: bool
    outside: bool
    note: str


@attrs.frozen
class FigureRow:
    """A reconciled figure: ``high`` is ``"open"`` when no upper bound is known (``open_high``); ``basis`` says what
    its best rests on, from the figure's own sources (`reconcile.merge.FigureBasis`), ``basis_kind`` is its kind."""

    party: str
    category: str
    measure: str
    low: str
    best: str
    high: str
    open_high: bool
    values: tuple[ValueView, ...]
    basis: str = ""
    basis_kind: str = ""


@attrs.frozen
class ConflictValueView:
    claim: str
    source_name: str
    value: str


@attrs.frozen
class ConflictView:
    badge: Badge
    summary: str
    values: tuple[ConflictValueView, ...]


@attrs.frozen
class DisagreementClaim:
    """A claim that gives a value of a disagreement: its id, and the source's own words where they differ from the
    value as the report states it (``two`` for 2, ``25 April 1992`` for 1992-04-25), else empty."""

    claim: str
    words: str


@attrs.frozen
class DisagreementSource:
    """A source that gives a value of a disagreement, with its claims that give it."""

    source_name: str
    claims: tuple[DisagreementClaim, ...]


@attrs.frozen
class DisagreementValue:
    """One value of a disagreement, once, with every source (and claim) that gives it.

    ``mark`` is its letter in the disagreement (A, B, …); ``contradicts`` names, by letter, the values it conflicts
    with (``A and C``) when some two values of the disagreement do not conflict, else it is empty (then the letters
    are not shown)."""

    mark: str
    label: str
    sources: tuple[DisagreementSource, ...]
    contradicts: str = ""


@attrs.frozen
class DisagreementView:
    """One disagreement of an event: the conflicts of one kind about one thing (for casualties: one party, category
    and measure), stated once with each distinct value and who gives it, rather than pair by pair.

    ``subject`` says what it is about (``Soldiers of Azerbaijan killed``, ``Who started it``); ``pair_count`` is
    how many conflicts (pairs of claims, as in ``reconciliation.json``) it stands for; ``note`` says how the pairs
    follow from the values (every value against every other, or which values conflict and that the pairs say which
    claims); ``pairs`` are those conflicts, each sentence once (`ConflictView`; in a compact row, only where the
    values do not say which claims conflict: see ``derivable``). ``complete`` is true when every two
    claims of different values are a pair, so that the values alone say which claims conflict; ``derivable`` when
    the values with their ``contradicts`` say it (every claim of a value conflicts with every claim of each value it
    contradicts, and with no claim of its own value). When it is false, only the pairs say which claims conflict.
    """

    badge: Badge
    subject: str
    #: A tuple in a card; in a compact row, made when first read (the row shows ``lines``).
    values: Sequence[DisagreementValue]
    pair_count: int
    complete: bool
    derivable: bool
    note: str
    pairs: tuple[ConflictView, ...]
    #: The values as plain text, one line each, as a compact row shows them: ``2 — Armenpress, ICRC delegation``
    #: (with the value's letter and what it conflicts with where some two values do not conflict).
    lines: tuple[str, ...] = ()


@attrs.frozen
class RevisionEntry:
    """One statement in a source's revision history; ``superseded`` entries are shown struck through."""

    claim: str
    stated: str
    stance_label: str
    says: str
    superseded: bool
    note: str


@attrs.frozen
class RevisionHistory:
    """The statements one source made about one event, oldest first."""

    source_name: str
    entries: tuple[RevisionEntry, ...]


@attrs.frozen
class ContributionView:
    """One feature's share of a pair's score; ``bar_x``/``bar_width`` draw it on a 0–100 scale centred on 50."""

    feature: str
    weight: str
    sign: str
    detail: str
    bar_x: float
    bar_width: float


@attrs.frozen
class EvidenceView:
    """A scored pair of claims that joined the event, with the contributions that add up to ``total``."""

    a: str
    b: str
    a_source: str
    b_source: str
    total: str
    contributions: tuple[ContributionView, ...]


@attrs.frozen
class Tick:
    """An axis tick: a grid line at ``x``, its label centred on ``label_x``."""

    x: float
    label_x: float
    label: str


@attrs.frozen
class ChartDot:
    """One source's value: a dot at ``x1`` (``x1 == x2``), a bar ``x1..x2`` for a range, an arrow when open."""

    y: float
    text_y: float
    label: str
    title: str
    x1: float
    x2: float
    width: float
    open: bool
    arrow: str
    counted: bool
    outside: bool


@attrs.frozen
class ChartGroup:
    """One party, category and measure: the reconciled range bar (``x_low..x_high``, best mark) and the dots.

    The bar is drawn from ``bar_x``, ``bar_width`` wide: ``x_low``, or further left when the bar's minimum width
    would take it past the plot's right edge (a range at the axis maximum)."""

    label: str
    label_y: float
    y: float
    text_y: float
    bar_top: float
    grid_top: float
    grid_bottom: float
    best_points: str
    summary: str
    x_low: float
    x_high: float
    bar_x: float
    bar_width: float
    x_best: float
    open: bool
    arrow: str
    dots: tuple[ChartDot, ...]


@attrs.frozen
class CasualtyChart:
    """A casualty-range chart for one event; ``gradient_id`` and ``title_id`` are unique in the document."""

    width: float
    height: float
    plot_left: float
    plot_right: float
    axis_y: float
    tick_y: float
    tick_mark_y: float
    title: str
    title_id: str
    gradient_id: str
    ticks: tuple[Tick, ...]
    groups: tuple[ChartGroup, ...]


@attrs.frozen
class TimelineEventLane:
    """An event's date span as a bar; ``clipped_start`` when it began before the drawn period."""

    label: str
    grade: str
    grade_label: str
    title: str
    y: float
    text_y: float
    bar_top: float
    x1: float
    width: float
    clipped_start: bool
    arrow: str


@attrs.frozen
class TimelineDot:
    cx: float
    r: float
    count: str
    title: str


@attrs.frozen
class TimelineBar:
    """A bar of a binned timeline: ``x``, ``y`` (its top), ``width``, ``height``; ``grade`` (a grade key, or empty
    for statements) sets its colour."""

    x: float
    y: float
    width: float
    height: float
    grade: str = ""


@attrs.frozen
class TimelineBin:
    """One period of a binned timeline: its ``count`` of events (or a source's statements) as bars (stacked by
    grade), and what they are in words."""

    title: str
    bars: tuple[TimelineBar, ...]
    count: int = 0


@attrs.frozen
class TimelineSourceLane:
    """A source's statements: a dot per day it made some (``dots``), or in a binned timeline a bar per period as
    tall as its share of the source's busiest period (``bins``)."""

    label: str
    y: float
    text_y: float
    count_y: float
    dots: tuple[TimelineDot, ...]
    bins: tuple[TimelineBin, ...] = ()


@attrs.frozen
class Timeline:
    """The events' date spans and the days each source made its statements, on one time axis.

    ``events`` (one lane per event) is a `LazySequence`. With more than `TIMELINE_LANES_ABOVE` events the timeline is
    ``binned``: no lanes, but the events counted per period (``bin_label``: "per day", "per week", "per month",
    "per year", or for a span of centuries "per 2 years", "per 5 years", "per 10 years" and so on) as bars stacked
    by grade (``bins``, drawn between ``histogram_top`` and ``histogram_bottom``; the tallest counts ``peak``,
    labelled ``peak_label``), and each source's statements per period.
    """

    width: float
    height: float
    plot_left: float
    plot_right: float
    title: str
    title_id: str
    events_label_y: float
    sources_label_y: float
    grid_top: float
    grade_x: float
    axis_y: float
    tick_y: float
    years: str
    years_y: float
    ticks: tuple[Tick, ...]
    events: Sequence[TimelineEventLane]
    sources: tuple[TimelineSourceLane, ...]
    binned: bool = False
    bin_label: str = ""
    bins: tuple[TimelineBin, ...] = ()
    histogram_top: float = 0.0
    histogram_bottom: float = 0.0
    peak: int = 0
    peak_label: str = ""


@attrs.frozen
class TocEntry:
    anchor: str
    title: str
    grade: Badge
    conflicts: int


@attrs.frozen
class OriginView:
    """One independent origin of an event: the claims it rests on (``members``, who says each) and why they are one
    witness (``note``, empty for a single first-hand claim)."""

    number: int
    members: tuple[str, ...]
    note: str


@attrs.frozen
class ProbableRelayView:
    """A claim flagged as a probable relay: the sentence, and the evidence (``figures`` says what they share)."""

    claim: str
    original: str
    summary: str
    similarity: str
    days: str
    figures: str


@attrs.frozen
class AdmissionView:
    """An admission against interest: its label, sentence, whether it still counts and whether it confirms the event."""

    claim: str
    label: str
    summary: str
    counted: bool
    confirms: bool


@attrs.frozen
class ResponsibilityView:
    """A claim of responsibility: its label, sentence, whether it still counts, and whether a side on the other side
    of the line names the same initiator (``agreed``): evidence of who started it, never an admission."""

    claim: str
    label: str
    summary: str
    counted: bool
    agreed: bool


@attrs.frozen
class TrackRecordView:
    """A source's track record as table cells (see `reconcile.track_records.TrackRecord`)."""

    source_id: str
    name: str
    kind_label: str
    statements: str
    relays: str
    within: str
    revised: str
    denials: str
    admissions: str
    score: str
    score_note: str


@attrs.frozen
class EventView:
    """One event card.

    ``anchor`` is the card's element id (``event-<id>``, for links); ``key`` (``e1``, ``e2``, …) prefixes the ids of
    elements inside the card. ``grade_value``, ``kinds`` and ``sources`` are the tokens of its data attributes
    (space-separated for the last two). A ``brief`` card (see `BRIEF_ABOVE`) has no ``places``, ``chart``,
    ``revisions`` or ``evidence``, and lists its ``claims`` one per line rather than side by side.
    """

    id: str
    anchor: str
    key: str
    title: str
    date_label: str
    precision_label: str
    counts: str
    grade: Badge
    grade_value: str
    kinds: str
    sources: str
    conflicts: tuple[ConflictView, ...]
    places: tuple[PlaceRow, ...]
    claims: tuple[ClaimView, ...]
    figures: tuple[FigureRow, ...]
    chart: CasualtyChart | None
    initiators: tuple[str, ...]
    revisions: tuple[RevisionHistory, ...]
    evidence: tuple[EvidenceView, ...]
    change_note: str = ""
    independent_origins: int = 0
    origins_label: str = ""
    origins: tuple[OriginView, ...] = ()
    relays: tuple[str, ...] = ()
    probable_relays: tuple[ProbableRelayView, ...] = ()
    admissions: tuple[AdmissionView, ...] = ()
    grade_note: str = ""
    brief: bool = False
    responsibilities: tuple[ResponsibilityView, ...] = ()
    #: The conflicts grouped: one entry per disagreement (see `DisagreementView`); ``conflicts`` are the pairs.
    disagreements: tuple[DisagreementView, ...] = ()


@attrs.frozen
class EventRow:
    """An event as one row of a table in a large report: an event without a conflict (see `COMPACT_ABOVE`), or in
    a very large report an event with one (see `ROWS_ABOVE`).

    ``anchor``, ``grade_value``, ``kinds`` and ``sources`` are as in `EventView`; ``reported_by`` names the
    sources; ``figures`` are the reconciled figures, ``low 4 · best 5 · high 5`` each; ``conflicts`` are its
    conflicts, each with its badge and the sentence that says who says what (no per-claim ``values``).
    """

    id: str
    anchor: str
    title: str
    date_label: str
    counts: str
    grade: Badge
    grade_value: str
    kinds: str
    sources: str
    reported_by: str
    origins_label: str
    figures: tuple[str, ...]
    change_note: str = ""
    conflicts: tuple[ConflictView, ...] = ()
    disagreements: tuple[DisagreementView, ...] = ()


@attrs.frozen
class ChangeLink:
    """A link to the card of an event a change names: ``anchor`` is the card's element id."""

    id: str
    anchor: str


@attrs.frozen
class ChangeView:
    """One change: its sentence, and links to the cards of the events it names that are in this report."""

    kind: str
    summary: str
    links: tuple[ChangeLink, ...]


@attrs.frozen
class ChangeGroup:
    """The changes of one kind, under a heading; ``key`` is the kind (``event-added``, ...)."""

    key: str
    label: str
    description: str
    changes: tuple[ChangeView, ...]


@attrs.frozen
class ChangesView:
    """What changed since the earlier run (``since``, its run time as given, may be empty): the section's title, a
    lead sentence, then the groups."""

    since: str
    title: str
    count: int
    lead: str
    groups: tuple[ChangeGroup, ...]


@attrs.frozen
class RejectedView:
    claim: str
    file: str
    line: int
    reason: str


@attrs.frozen
class ReportView:
    """Everything the report template shows, in the order it shows it.

    ``events`` are the event cards and ``rows`` the compact rows of a large report (events without a conflict, when
    there are more than `COMPACT_ABOVE`; empty otherwise), ``rows_note`` the sentence that introduces them; with
    ``toc`` they are `LazySequence` values, made one item at a time as they are read. ``event_count`` counts every
    event. ``brief_note`` says why the cards are brief, when they are (more than `BRIEF_ABOVE`), and is empty
    otherwise. With more than `ROWS_ABOVE` events with a conflict, those are ``conflict_rows`` (introduced by
    ``conflict_rows_note``), there are no cards, and ``toc`` is empty (``toc_note`` says why).
    """

    title: str
    case_id: str
    generated: str
    engine_version: str
    parties: tuple[PartyView, ...]
    sources: tuple[SourceView, ...]
    event_count: int
    claim_count: int
    conflict_count: int
    #: How many events have a conflict: ``conflict_count`` counts pairs of claims, so one denial against four
    #: assertions is four conflicts, and a reader needs both to know how much is disputed.
    conflicted_events: int
    conflict_tallies: tuple[Tally, ...]
    grade_tallies: tuple[Tally, ...]
    kind_options: tuple[FilterOption, ...]
    source_options: tuple[FilterOption, ...]
    grade_options: tuple[FilterOption, ...]
    timeline: Timeline | None
    toc: Sequence[TocEntry]
    events: Sequence[EventView]
    unassigned: tuple[ClaimRef, ...]
    methodology: tuple[str, ...]
    grade_legend: tuple[Badge, ...]
    kind_legend: tuple[Badge, ...]
    credit: str
    rejected: tuple[RejectedView, ...]
    changes: ChangesView | None = None
    track_records: tuple[TrackRecordView, ...] = ()
    rows: Sequence[EventRow] = ()
    rows_note: str = ""
    brief_note: str = ""
    conflict_rows: Sequence[EventRow] = ()
    conflict_rows_note: str = ""
    toc_note: str = ""


# --- small formatters -------------------------------------------------------------------------------------------

# What browsers remove from a URL before reading it (WHATWG URL parser): ASCII tab and newline anywhere, and
# C0 controls and space at either end.
_URL_INNER_STRIP: Final = re.compile(r"[\t\n\r]")
_URL_EDGE: Final = "".join(chr(c) for c in range(0x21))


def safe_link(url: str | None) -> Link | None:
    """The link for a claim's ``url``: linked only when http(s) with a host, otherwise plain text.

    ``None`` for no url. The href is the url as a browser would read it (tabs and newlines removed, control
    characters and spaces trimmed); the text is the url as written.
    """
    if url is None:
        return None
    cleaned = _URL_INNER_STRIP.sub("", url).strip(_URL_EDGE)
    try:
        parts = urllib.parse.urlsplit(cleaned)
    except ValueError:
        return Link(text=url, href=None)
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return Link(text=url, href=cleaned)
    return Link(text=url, href=None)


def format_day(day: dt.date) -> str:
    """``4 June 2012``."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _short_day(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1][:3]}"


def format_span(span: DateSpan) -> str:
    """A date span in words: ``4 June 2012``, ``1–10 June 2012``, ``31 May – 1 June 2012``, ``June 2012``, ``2012``.

    A month or year precision is named as such only when the span covers exactly that month or year.
    """
    start, end = span.start, span.end
    if span.precision == "year" and start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31):
        return str(start.year)
    if (span.precision == "month" and start.day == 1 and end.month == start.month and end.year == start.year
            and end.day == calendar.monthrange(end.year, end.month)[1]):
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if start == end:
        return format_day(start)
    if start.year != end.year:
        return f"{format_day(start)} – {format_day(end)}"
    if start.month != end.month:
        return f"{start.day} {_MONTHS[start.month - 1]} – {format_day(end)}"
    return f"{start.day}–{format_day(end)}"


def _short_span(span: DateSpan, year: int) -> str:
    """A compact span for chart labels: ``4 Jun``, ``5–6 Jun``, ``31 May – 2 Jun``; the year only if not ``year``."""
    start, end = span.start, span.end
    if start.year != end.year:
        return f"{_short_day(start)} {start.year} – {_short_day(end)} {end.year}"
    suffix = "" if start.year == year else f" {start.year}"
    if start == end:
        return _short_day(start) + suffix
    if start.month == end.month:
        return f"{start.day}–{_short_day(end)}{suffix}"
    return f"{_short_day(start)} – {_short_day(end)}{suffix}"


def _precision_label(span: DateSpan) -> str:
    label = _PRECISION_LABELS.get(span.precision, span.precision)
    return f"{label} of {span.days} days" if span.precision == "range" else label


def format_count(count: Count) -> str:
    """The values a count allows: ``3``, ``3–9``, ``≥ 1`` (open)."""
    if count.high is None:
        return f"≥ {count.low}"
    if count.high == count.low:
        return str(count.low)
    return f"{count.low}–{count.high}"


def _truncate(text: str, limit: int = _LABEL_CHARS) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis; an isolate (`_isolated`) cut open is closed after it."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rstrip() + "…"
    return cut + "\u2069" * (cut.count("\u2068") - cut.count("\u2069"))


_ANCHOR_UNSAFE: Final = re.compile(r"[^\w.:-]+")


def _anchors(ids: Sequence[str]) -> tuple[str, ...]:
    """Element ids ``event-<id>``, with unsafe characters replaced and duplicates numbered."""
    seen: set[str] = set()
    out: list[str] = []
    for index, raw in enumerate(ids):
        base = "event-" + (_ANCHOR_UNSAFE.sub("-", raw).strip("-") or str(index + 1))
        anchor, n = base, 2
        while anchor in seen:
            anchor, n = f"{base}-{n}", n + 1
        seen.add(anchor)
        out.append(anchor)
    return tuple(out)


def _r(value: float) -> float:
    return round(value, 1)


def _list(items: Iterable[str]) -> str:
    return ", ".join(items)


# --- the builder ------------------------------------------------------------------------------------------------


@attrs.frozen
class _Index:
    """Look-ups over one reconciliation, built once."""

    reconciliation: Reconciliation
    claims: dict[str, Claim]
    sources: dict[str, Source]
    tokens: dict[str, str]
    parties: dict[str, str]
    superseded_by: dict[str, tuple[str, ...]]
    #: What `reporters` made for each set of sources (a report of thousands of events has few such sets).
    _reporters: dict[frozenset[str], tuple[int, str, str]] = attrs.field(factory=dict, init=False, repr=False,
                                                                         eq=False)
    #: The case's gazetteer, once a card asks `ambiguity` (most reports never do).
    _gazetteer: list[places.Gazetteer] = attrs.field(factory=list, init=False, repr=False, eq=False)
    #: Who speaks for whom (`reconcile.independence.Alignment`), and the figures' bases (`FigureBases`), once asked.
    _alignment: list[Alignment] = attrs.field(factory=list, init=False, repr=False, eq=False)
    _bases: list[Callable[[Event], tuple[FigureBasis, ...]]] = attrs.field(factory=list, init=False, repr=False,
                                                                          eq=False)
    #: The source's name of each claim `who_gives` met, as given and isolated (a row of the largest reports names
    #: the sources of each value).
    _claim_sources: dict[str, tuple[str, str]] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    @classmethod
    def of(cls, rec: Reconciliation) -> _Index:
        claims = {claim.global_id: claim for claim in rec.case.claims}
        superseded_by: dict[str, list[str]] = {}
        for claim in rec.case.claims:
            for old in claim.supersedes:
                superseded_by.setdefault(old, []).append(claim.global_id)
        return cls(
            reconciliation=rec,
            claims=claims,
            sources={source.id: source for source in rec.case.sources},
            tokens={source.id: f"s{index}" for index, source in enumerate(rec.case.sources)},
            parties={party.id: party.name for party in rec.case.parties},
            superseded_by={key: tuple(sorted(value)) for key, value in superseded_by.items()},
        )

    def party(self, party_id: str | None) -> str:
        if party_id is None:
            return "not stated"
        if party_id == UNKNOWN:
            return "unknown (the source says it is not known)"
        return _isolated(self.parties.get(party_id, party_id))

    def casualty_party(self, party_id: str) -> str:
        """The party a casualty figure counts: ``unknown`` is a party nobody named, not one a source says is not
        known (as an initiator ``unknown`` is: `party`)."""
        return "unknown party" if party_id == UNKNOWN else self.party(party_id)

    def source_name(self, source_id: str) -> str:
        source = self.sources.get(source_id)
        return source.name if source else source_id

    def named(self, source_id: str) -> str:
        """A source's name to set in a sentence of the report's own words (`_isolated`)."""
        return _isolated(self.source_name(source_id))

    def claim_source(self, claim_id: str) -> str:
        claim = self.claims.get(claim_id)
        return self.source_name(claim.source) if claim else claim_id.partition("/")[0]

    def who_gives(self, values: Iterable[Iterable[str]]) -> list[str]:
        """For each value, given as the ids of its claims: its sources by name (`claim_source`), each once in the
        order of its first claim, set in a sentence (`_isolated`): ``Armenpress, ICRC delegation``."""
        known = self._claim_sources
        said = []
        for claim_ids in values:
            found = []
            for claim_id in claim_ids:
                named = known.get(claim_id)
                if named is None:
                    name = self.claim_source(claim_id)
                    named = known[claim_id] = (name, _isolated(name))
                found.append(named)
            said.append(found[0][1] if len(found) == 1 else _list(dict(found).values()))
        return said

    def reporters(self, source_ids: frozenset[str]) -> tuple[int, str, str]:
        """For the sources of an event: how many, their filter tokens and their names, in the order of the tokens."""
        made = self._reporters.get(source_ids)
        if made is None:
            ordered = sorted(source_ids, key=lambda s: self.tokens.get(s, s))
            made = (len(ordered), " ".join(self.tokens[s] for s in ordered if s in self.tokens),
                    _list(self.named(s) for s in ordered))
            self._reporters[source_ids] = made
        return made

    @property
    def alignment(self) -> Alignment:
        """The case's parties and sources as `reconcile.independence` reads them, built on first use."""
        if not self._alignment:
            self._alignment.append(Alignment(self.reconciliation.case.parties, self.reconciliation.case.sources))
        return self._alignment[0]

    def cleared(self, claim: Claim | None) -> str | None:
        """The party ``claim`` clears where it is a denial naming its own side or an ally (`cleared_party`)."""
        if claim is None or claim.stance != "denies" or not claim.initiator:
            return None
        alignment = self.alignment
        return cleared_party(claim, alignment.speaker(claim), alignment)

    def bases(self, event: Event) -> tuple[FigureBasis, ...]:
        """What each figure of ``event`` rests on (`reconcile.merge.FigureBases`), worked out once for all the
        outputs of the reconciliation (`reconcile.serialize.figure_bases`)."""
        if not event.casualties:
            return ()
        if not self._bases:
            self._bases.append(figure_bases(self.reconciliation))
        return self._bases[0](event)

    def ambiguity(self, name: str, region: str | None) -> str:
        """Why the gazetteer left ``name`` unresolved when several places match it equally (its note), else "".

        The reconciliation keeps only whether a name resolved, so the name is asked again, with the claim's region
        as merging asked it, in the case's gazetteer (`reconcile.places.case_gazetteer`: the shipped regional one,
        loaded once per process, and the case's own entries). An answer that picks a place (the reconciliation was
        made with another gazetteer) gives no note.
        """
        if not self._gazetteer:
            self._gazetteer.append(places.case_gazetteer(self.reconciliation.case))
        answer = self._gazetteer[0].resolve(name, region=region)
        if answer.entry is not None or answer.score < places.RESOLVE_THRESHOLD:
            return ""  # resolved after all, or no place is close enough: nothing ties
        return answer.note


def build_view(reconciliation: Reconciliation, *, generated: str, engine_version: str,
               compact_above: int | None = COMPACT_ABOVE, brief_above: int | None = BRIEF_ABOVE,
               rows_above: int | None = ROWS_ABOVE, records: Sequence[TrackRecord] | None = None) -> ReportView:
    """The report's view of ``reconciliation``; ``generated`` (the run's time) and ``engine_version`` as given.

    With more than ``compact_above`` events (``None``: never), the events without a conflict are compact rows
    (``rows``) and only the others have cards (``events``); with more than ``brief_above`` cards (``None``: never),
    every card is brief (`EventView.brief`); with more than ``rows_above`` of them (``None``: never), they are rows
    too (``conflict_rows``) and the contents list is left out. The per-event parts are made on demand (`LazySequence`);
    this function makes one cheap pass over the events. ``records`` are the track records of ``[reconciliation]``
    if the caller has them (by default they are computed here). See the module docstring for the rules the view
    follows.
    """
    index = _Index.of(reconciliation)
    case = reconciliation.case
    events = reconciliation.events
    anchors = _anchors([event.id for event in events])
    notes = _change_notes(reconciliation.changes, {event.id for event in events})
    compact = compact_above is not None and len(events) > compact_above
    carded = [i for i, event in enumerate(events) if event.conflicts] if compact else range(len(events))
    rowed = [i for i, event in enumerate(events) if not event.conflicts] if compact else range(0)
    listed: Sequence[int] = range(0)
    if compact and rows_above is not None and len(carded) > rows_above:
        listed, carded = carded, []
    brief = brief_above is not None and len(carded) > brief_above

    def card(position: int) -> EventView:
        i = carded[position]
        return _event_view(index, events[i], anchors[i], f"e{i + 1}", notes.get(events[i].id, ""), brief=brief)

    def rows_of(positions: Sequence[int]) -> LazySequence[EventRow]:
        """The compact rows of the events at ``positions``, made on demand."""
        def row(k: int) -> EventRow:
            i = positions[k]
            return _event_row(index, events[i], anchors[i], notes.get(events[i].id, ""))

        return LazySequence(len(positions), row)

    def toc_entry(i: int) -> TocEntry:
        event = events[i]
        return TocEntry(anchor=anchors[i], title=_event_title(event), grade=_grade_badge(event.grade),
                        conflicts=len(event.conflicts))

    per_source = Counter(claim.source for claim in case.claims)
    sources = tuple(
        SourceView(
            id=source.id, token=index.tokens[source.id], name=source.name, kind=source.kind,
            kind_label=_KIND_LABELS.get(source.kind, source.kind),
            speaks_for=index.party(source.speaks_for) if source.speaks_for else "no party",
            aligned_with=_list(index.party(p) for p in source.aligned_with) or "—",
            claims=per_source[source.id], location=_location(source.file, source.line),
        )
        for source in case.sources
    )
    parties = tuple(
        PartyView(id=party.id, name=party.name, aligned_with=_list(index.party(p) for p in party.aligned_with))
        for party in case.parties
    )

    kind_counts: Counter[str] = Counter(conflict.kind for event in events for conflict in event.conflicts)
    grade_counts: Counter[str] = Counter(event.grade for event in events)
    kinds = _ordered(CONFLICT_KINDS, kind_counts)
    grades = _ordered(GRADES, grade_counts)

    in_events = {claim for event in events for claim in (*event.claims, *event.superseded)}
    unassigned = tuple(_claim_ref(index, claim) for claim in case.claims if claim.global_id not in in_events)

    return ReportView(
        title=case.title,
        case_id=case.id,
        generated=generated,
        engine_version=engine_version,
        parties=parties,
        sources=sources,
        event_count=len(events),
        claim_count=len(case.claims),
        conflict_count=sum(kind_counts.values()),
        conflicted_events=sum(1 for event in events if event.conflicts),
        conflict_tallies=tuple(Tally(key=k, label=_kind_label(k), count=kind_counts[k],
                                     description=_kind_description(k)) for k in kinds),
        grade_tallies=tuple(Tally(key=g, label=_grade_label(g), count=grade_counts[g],
                                  description=_grade_description(g)) for g in grades),
        kind_options=(FilterOption("", "any or none"), FilterOption("none", "no conflict"),
                      *(FilterOption(k, _kind_label(k)) for k in kinds)),
        source_options=(FilterOption("", "any source"),
                        *(FilterOption(s.token, f"{_isolated(s.name)} ({s.id})") for s in sources)),
        grade_options=(FilterOption("", "any grade"), *(FilterOption(g, _grade_label(g)) for g in grades)),
        timeline=_timeline(index),
        toc=LazySequence(0 if listed else len(events), toc_entry),
        events=LazySequence(len(carded), card),
        unassigned=unassigned,
        methodology=reconciliation.methodology,
        grade_legend=tuple(_grade_badge(g) for g in grades),
        kind_legend=tuple(_kind_badge(k) for k in kinds),
        credit=OWN_PLACES_ONLY if reconciliation.case.regional_gazetteer == regional.NONE else GAZETTEER_CREDIT,
        rejected=tuple(RejectedView(claim=r.claim or "", file=r.file, line=r.line, reason=_runs_isolated(r.reason))
                       for r in reconciliation.rejected),
        changes=_changes_view(reconciliation, dict(zip((e.id for e in events), anchors, strict=True))),
        track_records=tuple(_record_view(record)
                            for record in (track_records([reconciliation]) if records is None else records)
                            if record.source in index.sources or record.statements),
        rows=rows_of(rowed),
        rows_note=_rows_note(len(events), len(rowed), compact_above) if compact else "",
        brief_note=_brief_note(len(carded), brief_above) if brief else "",
        conflict_rows=rows_of(listed),
        conflict_rows_note=_conflict_rows_note(len(listed), rows_above) if listed else "",
        toc_note=(f"The contents are left out: a list of {len(events):,} events is no way to find one. Use the "
                  "filters, or your browser's search for an event id, a place or a date.") if listed else "",
    )


def _conflict_rows_note(rows: int, rows_above: int | None) -> str:
    return (f"This report has {rows:,} events with a conflict, more than {rows_above or 0:,}: so that a browser can "
            "open it, they are listed one per row, each with every conflict in a sentence saying which source says "
            "what, its grade, sources, independent origins and reconciled figures. Each claim's value, the claims "
            "in their own words and the matching evidence are in reconciliation.json; reconcile explain says why "
            "two claims were matched, and reconcile run --full-report writes every event as a full card.")


def _brief_note(cards: int, brief_above: int | None) -> str:
    return (f"This report has {cards:,} event cards, more than {brief_above or 0:,}: so that a browser can open it, "
            "each card is brief. It keeps every conflict with each source's value, the independence of the "
            "sources, the reconciled figures with every source's value, who started it according to each source, "
            "and its claims, one per line with where they are in the files. The places as written, the claims side "
            "by side with their quotes, the casualty chart, the revisions and the matching evidence are in "
            "reconciliation.json; reconcile explain says why two claims were matched, and reconcile run "
            "--full-report writes every card in full.")


def _rows_note(events: int, rows: int, compact_above: int | None) -> str:
    return (f"This report has {events:,} events, more than {compact_above or 0:,}: so that it stays readable, the "
            f"{rows:,} events on which the sources do not contradict each other are listed one per row, with their "
            "grade, sources, independent origins and reconciled figures. Their claims, every source's value and "
            "the matching evidence are in reconciliation.json (and events.csv); reconcile explain says why two "
            "claims were matched.")


_SOURCE: Final = operator.attrgetter("source")


def _event_row(index: _Index, event: Event, anchor: str, change_note: str) -> EventRow:
    """The compact row of an event: without a conflict, or, in the largest reports, with its conflicts."""
    # Made for every event of the largest reports: each claim and source is looked up once (in C: a claim is never
    # false), each set of sources named once (`_Index.reporters`).
    claim_ids = {*event.claims, *event.superseded}
    source_count, tokens, reported_by = index.reporters(
        frozenset(map(_SOURCE, filter(None, map(index.claims.get, claim_ids)))))
    party = index.party
    when = format_span(event.date)
    conflicts = event.conflicts
    return EventRow(
        id=event.id, anchor=anchor, title=_title(when, _event_places(event)), date_label=when,
        counts=_counts(len(claim_ids), source_count, len(set(event.superseded))), grade=_grade_badge(event.grade),
        grade_value=event.grade,
        kinds=" ".join(dict.fromkeys([conflict.kind for conflict in conflicts])) if conflicts else "",
        sources=tokens, reported_by=reported_by, origins_label=_origins_label(event.independent_origins),
        figures=tuple([f"{party(f.party)} · {f.category} · {f.measure}: low {f.low} · best {f.best} · "
                       f"high {'open' if f.high is None else f.high}{_row_basis(basis)}"
                       for f, basis in zip(event.casualties, index.bases(event), strict=True)]),
        change_note=change_note,
        conflicts=tuple([ConflictView(badge=_kind_badge(kind), summary=_runs_isolated(summary), values=())
                         for kind, summary in dict.fromkeys((c.kind, c.summary) for c in conflicts)]),
        disagreements=_disagreements(index, event, pairs=False) if conflicts else (),
    )


def _row_basis(basis: FigureBasis) -> str:
    """`` (enemy claim only, single-source)``: a figure's basis in a compact row, and the categories it may count
    again (`` (independent media, single-source; may be the civilians again)``)."""
    again = f"; may be the {' or '.join(basis.overlaps)} again" if basis.overlaps else ""
    return f" ({basis.kind or 'no source gives it'}, {basis.grade}{again})"


def _change_notes(changes: Sequence[Change], present: set[str]) -> dict[str, str]:
    """Event id -> what its card says: new since the earlier run, or changed (events of this report only)."""
    notes: dict[str, str] = {}
    for change in changes:
        for event_id in change.events:
            if event_id not in present:
                continue
            if change.kind == "event-added":
                notes[event_id] = "New since the earlier run"
            else:
                notes.setdefault(event_id, "Changed since the earlier run")
    return notes


def _changes_view(reconciliation: Reconciliation, anchors: dict[str, str]) -> ChangesView | None:
    """The "Changes since" section, or ``None`` when the run was not compared with an earlier one."""
    since = reconciliation.changes_since
    if since is None:
        return None
    changes = reconciliation.changes
    groups = []
    for kind in _ordered(CHANGE_KINDS, Counter(change.kind for change in changes)):
        views = tuple(
            ChangeView(kind=change.kind, summary=_runs_isolated(change.summary),
                       links=tuple(ChangeLink(id=e, anchor=anchors[e]) for e in dict.fromkeys(change.events)
                                   if e in anchors))
            for change in changes if change.kind == kind)
        if views:
            label, description = CHANGE_LABELS.get(kind, (kind, "a change of another kind"))
            groups.append(ChangeGroup(key=kind, label=label, description=description, changes=views))
    run = f"the earlier run of this case, generated {since}" if since else "the earlier run of this case"
    if changes:
        count = len(changes)
        lead = (f"{count} change{'s' if count != 1 else ''} since {run}. Links lead to the events as they are now; "
                "ids that are no longer used are named in the sentences.")
    else:
        lead = f"Nothing changed since {run}: the same events, claims, figures, conflicts and grades."
    title = f"Changes since {since}" if since else "Changes since the earlier run"
    return ChangesView(since=since, title=title, count=len(changes), lead=lead, groups=tuple(groups))


def _ordered(known: Sequence[str], seen: Counter[str]) -> tuple[str, ...]:
    """The known vocabulary in its order, then anything else that occurs, sorted (so nothing is hidden)."""
    return (*known, *sorted(key for key in seen if key not in known))


def _kind_label(kind: str) -> str:
    return CONFLICT_LABELS.get(kind, (kind.capitalize(), ""))[0]


def _kind_description(kind: str) -> str:
    return CONFLICT_LABELS.get(kind, ("", "a conflict of another kind"))[1]


def _grade_label(grade: str) -> str:
    return GRADE_LABELS.get(grade, (grade.capitalize(), ""))[0]


def _grade_description(grade: str) -> str:
    return GRADE_LABELS.get(grade, ("", "a grade of another kind"))[1]


# A report draws one badge per conflict and per event, from a handful of kinds and grades: each is made once.
@functools.lru_cache(maxsize=256)
def _kind_badge(kind: str) -> Badge:
    return Badge(key=_css_key(kind, CONFLICT_KINDS), label=_kind_label(kind), description=_kind_description(kind))


@functools.lru_cache(maxsize=256)
def _grade_badge(grade: str) -> Badge:
    return Badge(key=_css_key(grade, GRADES), label=_grade_label(grade), description=_grade_description(grade))


def _css_key(value: str, known: Sequence[str]) -> str:
    return value if value in known else "other"


def _location(file: str, line: int) -> str:
    return f"{file}:{line}" if line else file


def _claim_ref(index: _Index, claim: Claim) -> ClaimRef:
    return ClaimRef(id=claim.global_id, source_name=index.source_name(claim.source), stated=claim.stated.isoformat(),
                    date_text=claim.date.text or format_span(claim.date), place=claim.place, quote=claim.quote,
                    location=_location(claim.file, claim.line))


def _event_places(event: Event) -> str:
    """Each place once, by a name its claims wrote (`merge.place_names`); at most three, then a count."""
    names = list(dict.fromkeys(" ".join(name.split()) for name in place_names(event.places)))
    where = _list([_isolated(n) for n in names[:3] if n])
    if len(names) > 3:
        where += f" and {len(names) - 3} more"
    return where


#: The explicit embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), taken out of the names a title
#: is made of: one left open in a name (a right-to-left override) would turn the rest of the title, the contents
#: line and the timeline entry around it, and a stray closing isolate would end the isolate a name is set in. The
#: claim's own text, where the report shows it, stays as written in an element of its own (``<bdi>``).
_EXPLICIT_BIDI: Final = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


# A place name is isolated once per report, not once per event it names (a name with letters other than ASCII
# is read character by character).
@functools.lru_cache(maxsize=1 << 14)
def _isolated(text: str) -> str:
    """``text`` without explicit directional controls (`_EXPLICIT_BIDI`), between the first-strong isolate and its
    closing mark (U+2068, U+2069) when it holds right-to-left letters, else as it is: in a title of English words,
    commas and dates, an Arabic or Hebrew name then keeps its place and its neighbours theirs (two such names side
    by side would otherwise read as one right-to-left run, the comma between them moved)."""
    if text.isascii():
        return text
    text = text.translate(_EXPLICIT_BIDI)
    if not any(unicodedata.bidirectional(char) in ("R", "AL") for char in text):
        return text
    return f"\u2068{text}\u2069"


_RTL_LETTERS: Final = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff"
# Spaces, digits, punctuation and symbols: what a run of right-to-left text may hold between its letters.
_RUN_NEUTRALS: Final = "\\s0-9!-/:-@\\[-`{-~\u00a0-\u00bf\u2010-\u2027\u2030-\u205e"
_RTL_RUN: Final = re.compile(f"[{_RTL_LETTERS}](?:[{_RTL_LETTERS}{_RUN_NEUTRALS}]*[{_RTL_LETTERS}])?")


def _runs_isolated(text: str) -> str:
    """A sentence of the engine's own words (a conflict, a change, an admission, a matching reason) with every run
    of right-to-left text in it (a name or a place as written, from its first right-to-left letter to its last)
    between U+2068 and U+2069, and no explicit directional controls (`_EXPLICIT_BIDI`): the numbers, brackets and
    words after a right-to-left name then stay where the sentence puts them, as `_isolated` does for a name."""
    if text.isascii():
        return text
    return _RTL_RUN.sub(lambda run: f"\u2068{run.group()}\u2069", text.translate(_EXPLICIT_BIDI))


def _event_title(event: Event) -> str:
    """``<date span> — <places>``."""
    return _title(format_span(event.date), _event_places(event))


def _title(when: str, where: str) -> str:
    return f"{when} — {where}" if where else when


def _chain_text(index: _Index, chain: Sequence[str]) -> str:
    """``Panorama, relaying Ministry of Defence of Armenia``: each step by name, a name as written in quotes."""
    names = [index.named(step) if step in index.sources else index.party(step) if step in index.parties
             else f"“{_isolated(step)}”" for step in chain]
    return ", relaying ".join(names)


def _whose_word(index: _Index, gid: str, relay: Relay | None, probable: Sequence[ProbableRelay]) -> str:
    """Whose word a claim is: a relay chain, a probable relay with its evidence, or the source's own word."""
    if relay is not None:
        return _chain_text(index, relay.chain)
    if probable:
        return "; ".join(
            f"its own, as written; but it nearly repeats {_isolated(index.claim_source(p.original))} ({p.original}): "
            f"quote similarity {p.similarity:g} of 100, stated {_days_later(p.days)}, so it is taken as a probable "
            "relay"
            for p in probable)
    return "its own (it names no source it relays)" if gid in index.claims else ""


def _days_later(days: int) -> str:
    return "the same day" if days == 0 else f"{days} day{'s' if days != 1 else ''} later"


def _origin_note(index: _Index, group: OriginGroup, relayed: set[str], probable: set[str]) -> str:
    """Why the claims of one origin group are one witness."""
    reasons = []
    if len(group.origins) > 1 and group.sides:
        reasons.append("they speak for or with " + _list(index.party(side) for side in group.sides))
    if relayed & set(group.claims):
        reasons.append("a relay is its origin's word")
    if probable & set(group.claims):
        reasons.append("a probable relay is the word of the claim it repeats")
    return "; ".join(reasons)


def _origins_label(count: int) -> str:
    if count == 0:
        return "No origin asserts it"
    return "1 origin asserts it" if count == 1 else f"{count} independent origins assert it"


def _admission_view(index: _Index, admission: Admission) -> AdmissionView:
    confirms = admission.counted and bool(admission.alleged_by)
    return AdmissionView(claim=admission.claim, label=_admission_label(index, admission),
                         summary=_runs_isolated(admission.summary),
                         counted=admission.counted, confirms=confirms)


def _admission_label(index: _Index, admission: Admission) -> str:
    """The label of an admission: of its own side's losses, or, where the claim gives no soldiers of the conceding
    party's side, of civilian casualties its own side caused."""
    label = _ADMISSION_LABELS.get(admission.kind, f"Admission against interest: {admission.kind}")
    claim = index.claims.get(admission.claim)
    if admission.kind != "losses" or claim is None:
        return label
    alignment = index.alignment
    side = alignment.side(admission.party)
    if side in alignment.speaker(claim).sides and any(
            c.category == "soldiers" and alignment.side(c.party) == side for c in claim.casualties):
        return label
    return _HARM_LABEL


def _responsibilities(index: _Index, event: Event) -> tuple[Responsibility, ...]:
    """The event's claims of responsibility (`reconcile.independence.responsibilities`), from its claims."""
    claims = [index.claims[gid] for gid in event.claims if gid in index.claims]
    if not any(claim.initiator for claim in claims):
        return ()
    superseded = set(event.superseded)
    counted = {claim.global_id for claim in claims} - superseded
    return responsibilities(claims, counted, index.alignment, event.origins)


def _responsibility_view(found: Responsibility) -> ResponsibilityView:
    return ResponsibilityView(claim=found.claim, label=_RESPONSIBILITY_LABEL,
                              summary=_runs_isolated(found.summary),
                              counted=found.counted, agreed=found.counted and bool(found.alleged_by))


def _grade_note(event: Event) -> str:
    """For an event with an admission that an opposing side asserts: what it means for the grade."""
    confirming = [a for a in event.admissions if a.counted and a.alleged_by]
    if not confirming:
        return ""
    if event.grade == "confirmed":
        return "Confirmed: the party a fact harms concedes it, and the opposing side says so too (see Independence)."
    reason = {"contested": "a conflict between the sources takes precedence",
              "denied": "nobody who still speaks asserts it"}.get(event.grade, "the grading rule in force decides")
    return (f"The party a fact harms concedes it, and the opposing side says so too (see Independence); the grade is "
            f"{_grade_label(event.grade).lower()} all the same: {reason}.")


@attrs.frozen
class _Independence:
    """The independence parts of an event card (the fields of `EventView` of the same names)."""

    origins_label: str
    origins: tuple[OriginView, ...]
    relays: tuple[str, ...]
    probable_relays: tuple[ProbableRelayView, ...]
    admissions: tuple[AdmissionView, ...]
    grade_note: str
    responsibilities: tuple[ResponsibilityView, ...] = ()


def _independence(index: _Index, event: Event) -> _Independence:
    """The independence parts of an event card."""
    relayed = {relay.claim for relay in event.relays}
    probable = {relay.claim for relay in event.probable_relays}
    chains = {relay.claim: relay for relay in event.relays}

    def members(group: OriginGroup) -> tuple[str, ...]:
        """One line per speaker (a source, or a relay chain), with its claims; a probable relay says so."""
        by_who: dict[str, list[str]] = {}
        for gid in group.claims:
            relay = chains.get(gid)
            who = _chain_text(index, relay.chain) if relay else _isolated(index.claim_source(gid))
            by_who.setdefault(who, []).append(f"{gid}, a probable relay" if gid in probable else gid)
        return tuple(f"{who} ({'; '.join(ids)})" for who, ids in by_who.items())

    origins = tuple(
        OriginView(number=number, members=members(group), note=_origin_note(index, group, relayed, probable))
        for number, group in enumerate(event.origins, start=1))
    return _Independence(
        origins_label=_origins_label(event.independent_origins),
        origins=origins,
        relays=tuple(f"{_chain_text(index, relay.chain)} ({relay.claim})" for relay in event.relays),
        probable_relays=tuple(
            ProbableRelayView(claim=p.claim, original=p.original, summary=_runs_isolated(p.summary),
                              similarity=f"{p.similarity:g}",
                              days=_days_later(p.days),
                              figures={0: "no figures in common", 1: "the same figure"}.get(
                                  p.figures, f"the same {p.figures} figures"))
            for p in event.probable_relays),
        admissions=tuple(_admission_view(index, a) for a in event.admissions),
        grade_note=_grade_note(event),
        responsibilities=tuple(_responsibility_view(r) for r in _responsibilities(index, event)),
    )


def _record_view(record: TrackRecord) -> TrackRecordView:
    """A track record as table cells: counts as "n of m", the score to two decimals with what it rests on."""
    share = record.within_share
    within = f"{record.within} of {record.compared} ({share:.0%})" if share is not None else "—"
    return TrackRecordView(
        source_id=record.source, name=record.name, kind_label=_KIND_LABELS.get(record.kind, record.kind),
        statements=str(record.statements),
        relays=f"{record.relayed} named, {record.probable_relays} probable",
        within=within,
        revised=f"{record.revised} of {record.statements}",
        denials=(f"{record.contradicted} of {record.denials} contradicted by its own later word" if record.denials
                 else "no denial"),
        admissions=str(record.admissions),
        score="—" if record.score is None else f"{record.score:.2f}",
        score_note=("" if record.score is None
                    else f"on {record.scored_on} object{'' if record.scored_on == 1 else 's'}"),
    )


def _event_view(index: _Index, event: Event, anchor: str, key: str, change_note: str = "", *,
                brief: bool = False) -> EventView:
    superseded = set(event.superseded)
    claim_ids = _claim_order(index, (*event.claims, *event.superseded), superseded)
    relays = {relay.claim: relay for relay in event.relays}
    probable: dict[str, list[ProbableRelay]] = {}
    for relay in event.probable_relays:
        probable.setdefault(relay.claim, []).append(relay)
    parts = _independence(index, event)
    admitted: dict[str, list[str]] = {}
    for view in parts.admissions:
        admitted.setdefault(view.claim, []).append(
            view.label + (" (the opposing side says so too: the fact is confirmed)" if view.confirms else ""))
    claimed: dict[str, list[str]] = {}
    for found in parts.responsibilities:
        claimed.setdefault(found.claim, []).append(
            found.label + (" (the opposing side names it too: the attribution is agreed, not conceded)"
                           if found.agreed else ""))
    claims = tuple(
        attrs.evolve(_claim_view(index, gid, gid in superseded),
                     whose_word=_whose_word(index, gid, relays.get(gid), probable.get(gid, ())),
                     admissions=tuple(admitted.get(gid, ())), responsibility=tuple(claimed.get(gid, ())))
        for gid in claim_ids)
    source_ids = sorted({index.claims[gid].source for gid in claim_ids if gid in index.claims},
                        key=lambda s: index.tokens.get(s, s))
    kinds = tuple(dict.fromkeys(conflict.kind for conflict in event.conflicts))
    figures = tuple(_figure_row(index, figure, basis)
                    for figure, basis in zip(event.casualties, index.bases(event), strict=True))
    return EventView(
        id=event.id,
        anchor=anchor,
        key=key,
        title=_event_title(event),
        date_label=format_span(event.date),
        precision_label=_precision_label(event.date),
        counts=_counts(len(claim_ids), len(source_ids), len(superseded)),
        grade=_grade_badge(event.grade),
        grade_value=event.grade,
        kinds=" ".join(kinds),
        sources=" ".join(index.tokens.get(s, "") for s in source_ids if s in index.tokens),
        conflicts=_conflict_views(index, event.conflicts),
        disagreements=_disagreements(index, event),
        places=() if brief else _place_rows(index, event),
        claims=claims,
        figures=figures,
        chart=None if brief else _casualty_chart(index, event, key),
        initiators=tuple(_initiator_line(index, claim, party, claim in superseded)
                         for claim, party in event.initiators),
        revisions=() if brief else _revisions(index, claim_ids, superseded),
        evidence=() if brief else tuple(_evidence_view(index, pair) for pair in event.evidence),
        change_note=change_note,
        independent_origins=event.independent_origins,
        origins_label=parts.origins_label,
        origins=parts.origins,
        relays=parts.relays,
        probable_relays=parts.probable_relays,
        admissions=parts.admissions,
        grade_note=parts.grade_note,
        brief=brief,
        responsibilities=parts.responsibilities,
    )


def _place_rows(index: _Index, event: Event) -> tuple[PlaceRow, ...]:
    """One row per claim, in the order of the event's place mentions, with every mention of that claim."""
    rows: dict[str, list[PlaceMentionView]] = {}
    sources: dict[str, str] = {}
    for m in event.places:
        claim = index.claims.get(m.claim)
        rows.setdefault(m.claim, []).append(PlaceMentionView(
            text=m.text, resolved=m.resolved is not None, resolved_id=m.resolved or "",
            resolved_name=m.name or m.resolved or "",
            note="" if m.resolved is not None else index.ambiguity(m.text, claim.region if claim else None)))
        sources.setdefault(m.claim, m.source)
    out = []
    for gid, mentions in rows.items():
        claim = index.claims.get(gid)
        out.append(PlaceRow(claim=gid, source_name=index.source_name(sources[gid]),
                            written=claim.place if claim else "", mentions=tuple(mentions)))
    return tuple(out)


def _initiator_line(index: _Index, claim_id: str, party: str, superseded: bool) -> str:
    """Who started it according to one claim, named by its id (a source that said so twice is two lines, told
    apart) and marked when superseded, since a revision may have changed it; a denial's initiator is marked as
    one, and where it is the source's own side or an ally, the party the denial clears, it reads "not" that party
    (as the attribution conflict's value does): the source says who did not start it."""
    claim = index.claims.get(claim_id)
    notes = [claim_id]
    if claim is not None and claim.stance == "denies":
        notes.append("in a denial")
    if superseded:
        notes.append("superseded")
    named = index.party(party)
    if index.cleared(claim) is not None:
        named = f"not {named}"
    return f"{_isolated(index.claim_source(claim_id))} ({', '.join(notes)}): {named}"


def _claim_order(index: _Index, ids: Iterable[str], superseded: set[str]) -> tuple[str, ...]:
    """Each claim once, grouped by source (in the case's source order), oldest first, a revised claim before its
    revision; claims missing from the case last."""
    def key(gid: str) -> tuple[int, str, dt.date, bool, str, int, str]:
        claim = index.claims.get(gid)
        if claim is None:
            return (1, "", dt.date.min, False, "", 0, gid)
        return (0, index.tokens.get(claim.source, claim.source), claim.stated, gid not in superseded, claim.file,
                claim.line, gid)

    return tuple(sorted(dict.fromkeys(ids), key=key))


def _counts(claims: int, sources: int, superseded: int) -> str:
    text = f"{claims} claim{'s' if claims != 1 else ''} from {sources} source{'s' if sources != 1 else ''}"
    return f"{text}, {superseded} superseded" if superseded else text


def _claim_figures(index: _Index, claim: Claim) -> tuple[ClaimFigureView, ...]:
    return tuple(
        ClaimFigureView(party=index.casualty_party(c.party), category=c.category, measure=measure,
                        text=count.text or format_count(count), interval=format_count(count))
        for c in claim.casualties for measure, count in c.measures()
    )


def _claim_view(index: _Index, gid: str, superseded: bool) -> ClaimView:
    claim = index.claims.get(gid)
    if claim is None:  # a broken contract upstream; show the id rather than drop it
        return ClaimView(
            id=gid, source_id="", source_name=gid.partition("/")[0], source_kind="", stated="", date_text="",
            date_label="", stance="", stance_label="", place="", region="", initiator="", relays="",
            quote="(this claim is not in the case)", reference="", link=None, figures=(), superseded=superseded,
            status="not in the case", revises=(), location="",
        )
    source = index.sources.get(claim.source)
    later = index.superseded_by.get(gid, ())
    status = ""
    if superseded:
        status = f"superseded by {_list(later)}" if later else "no longer counts: the source spoke again"
    revises = (*(f"supersedes {old}" for old in claim.supersedes), *(f"adds to {base}" for base in claim.adds_to))
    relays = ""
    if claim.relays:
        relays = (index.named(claim.relays) if claim.relays in index.sources
                  else index.party(claim.relays) if claim.relays in index.parties else _isolated(claim.relays))
    return ClaimView(
        id=gid,
        source_id=claim.source,
        source_name=source.name if source else claim.source,
        source_kind=_KIND_LABELS.get(source.kind, source.kind) if source else "",
        stated=claim.stated.isoformat(),
        date_text=claim.date.text or format_span(claim.date),
        date_label=format_span(claim.date),
        stance=claim.stance,
        stance_label="denies" if claim.stance == "denies" else "asserts",
        place=claim.place,
        region=claim.region or "",
        initiator=index.party(claim.initiator),
        relays=relays,
        quote=claim.quote,
        reference=claim.reference or "",
        link=safe_link(claim.url),
        figures=_claim_figures(index, claim),
        superseded=superseded,
        status=status,
        revises=revises,
        location=_location(claim.file, claim.line),
        clears="" if (cleared := index.cleared(claim)) is None else index.party(cleared),
    )


def _value_view(index: _Index, value: FigureValue) -> ValueView:
    note = value.note
    if not note and not value.counted:
        note = "not counted"
    if value.outside and "outside" not in note:
        note = _list(n for n in (note, "outside the reconciled range") if n)
    return ValueView(claim=value.claim, source_id=value.source, source_name=index.source_name(value.source),
                     text=value.count.text or format_count(value.count), interval=format_count(value.count),
                     counted=value.counted, outside=value.outside, note=note)


def _figure_row(index: _Index, figure: Figure, basis: FigureBasis | None = None) -> FigureRow:
    return FigureRow(
        party=index.casualty_party(figure.party), category=figure.category, measure=figure.measure,
        low=str(figure.low), best=str(figure.best), high="open" if figure.high is None else str(figure.high),
        open_high=figure.high is None, values=tuple(_value_view(index, v) for v in figure.values),
        basis="" if basis is None else _basis_text(basis, figure), basis_kind="" if basis is None else basis.kind,
    )


def _basis_text(basis: FigureBasis, figure: Figure) -> str:
    """``Rests on only a side's claim about its enemy's losses ("heavy losses": the best is the least those words
    allow), 1 independent origin; resting on a single origin.``

    The best is said to be the least the words allow only when it is: a best that another value of the figure gives
    (“ten” beside an admission of “at least 5”) lies within what the words allow, and is said so."""
    again = _overlap_text(basis, figure)
    if not basis.kind:
        return f"Rests on no source's counted figure; {_FIGURE_GRADE_LABELS.get(basis.grade, basis.grade)}.{again}"
    words = "; ".join(f"“{word}”" for word in basis.words)
    least = any(value.counted and value.count.low == figure.best and " ".join(value.count.text.split()) in basis.words
                for value in figure.values)
    reading = "the best is the least those words allow" if least else "the best lies within what those words allow"
    vague = f" ({words}: {reading})" if words else ""
    origins = f"{basis.origins} independent origin{'' if basis.origins == 1 else 's'}"
    return (f"Rests on {_BASIS_LABELS.get(basis.kind, basis.kind)}{vague}, {origins}; "
            f"{_FIGURE_GRADE_LABELS.get(basis.grade, basis.grade)}.{again}")


def _overlap_text(basis: FigureBasis, figure: Figure) -> str:
    """`` These may be the civilians counted beside them: a source gives people of unknown status, not who they
    were; do not add the two up.`` for a figure that may count another category's people again (of a party named
    beside it, for a figure of an unknown party), else ``""``."""
    if not basis.overlaps:
        return ""
    if figure.party == UNKNOWN:
        return (f" These may be the {' or the '.join(basis.overlaps)} counted beside them for a party: a source gives "
                "people without saying whose side they were on; do not add the two up.")
    return (f" These may be the {' or the '.join(basis.overlaps)} counted beside them: a source gives people of "
            "unknown status, not who they were; do not add the two up.")


def _conflict_views(index: _Index, conflicts: Sequence[Conflict]) -> tuple[ConflictView, ...]:
    """The conflicts of a card, each sentence once: two claims of one source that say the same thing against another
    source make two conflicts with one sentence (they are two pairs of claims in ``reconciliation.json``), which the
    card shows as one, with the values of all their claims."""
    if len({(c.kind, c.summary) for c in conflicts}) == len(conflicts):
        return tuple(_conflict_view(index, conflict) for conflict in conflicts)
    views: dict[tuple[str, str], ConflictView] = {}
    for conflict in conflicts:
        view = _conflict_view(index, conflict)
        seen = views.get((conflict.kind, conflict.summary))
        if seen is None:
            views[conflict.kind, conflict.summary] = view
        else:
            shown = {value.claim for value in seen.values}
            more = tuple(value for value in view.values if value.claim not in shown)
            views[conflict.kind, conflict.summary] = attrs.evolve(seen, values=seen.values + more)
    return tuple(views.values())


def _conflict_view(index: _Index, conflict: Conflict) -> ConflictView:
    values = tuple(
        ConflictValueView(claim=claim, source_name=index.claim_source(claim), value=value)
        for claim, value in zip(conflict.claims, conflict.values, strict=False)
    )
    # Claims without a value (values shorter than claims) are still listed.
    values += tuple(ConflictValueView(claim=claim, source_name=index.claim_source(claim), value="")
                    for claim in conflict.claims[len(conflict.values):])
    return ConflictView(badge=_kind_badge(conflict.kind), summary=_runs_isolated(conflict.summary), values=values)


# --- disagreements: the conflicts of an event grouped by what they are about -------------------------------------

#: What a disagreement of each kind is about, as its heading says (casualties: per figure, see `_figure_subject`).
_SUBJECTS: Final[dict[str, str]] = {
    "existence": "Whether it happened",
    "attribution": "Who started it",
    "location": "Where it happened",
    "date": "When it happened",
}
#: An existence conflict's values (``asserts``, ``denies``) as a reader says them.
_EXISTENCE_VALUES: Final[dict[str, str]] = {"asserts": "It happened", "denies": "It did not happen as told (a denial)"}
#: A casualty figure's category as the subject of a sentence, and how its party is named after it.
_FIGURE_NOUNS: Final[dict[str, tuple[str, str]]] = {
    "soldiers": ("Soldiers", "of {}"),
    "civilians": ("Civilians", "of {}"),
    "unknown": ("People", "on {}'s side"),
}


def _figure_subject(index: _Index, figure: Figure) -> str:
    """``Soldiers of Azerbaijan killed``: what a casualty disagreement is about."""
    noun, whose = _FIGURE_NOUNS.get(figure.category, (figure.category.capitalize(), "of {}"))
    if figure.party == UNKNOWN:
        return f"{noun} of an unknown party {figure.measure}"
    return f"{noun} {whose.format(index.party(figure.party))} {figure.measure}"


def _names_figure(index: _Index, figure: Figure, summary: str) -> bool:
    """Whether a casualty conflict's sentence is about ``figure``: the engine writes ``… soldiers of Azerbaijan were
    killed`` (``… people on Azerbaijan's side …`` for an unknown category), naming the party as the case does."""
    whose = ("of an unknown party" if figure.party == UNKNOWN else
             _FIGURE_NOUNS.get(figure.category, ("", "of {}"))[1].format(index.parties.get(figure.party, figure.party)))
    return f" {whose} was {figure.measure}" in summary or f" {whose} were {figure.measure}" in summary


def _record_count(count: Count) -> str:
    """A count as a conflict's value states it: its canonical form, then the source's words where they differ."""
    canonical = format_count(count)
    text = " ".join(count.text.split())
    return f"{canonical} ({text})" if text and text != canonical else canonical


_NONE_GIVEN: Final[dict[int, Count]] = {}


def _casualty_subject(index: _Index, event: Event) -> Callable[[Conflict], int | None]:
    """For a casualty conflict, the position of its figure in ``event.casualties`` (``None`` where it cannot be told).

    A conflict names its two claims but not its figure: the figure is the one both claims give a value in; where
    they give values in several, the one whose values are the conflict's, and then the one its sentence names. Made
    once per event, in one pass over the figures' values; each conflict then looks at its two claims' figures."""
    given: dict[str, dict[int, Count]] = {}  # claim -> figure position -> its count (stated as `_record_count`)
    for position, figure in enumerate(event.casualties):
        for value in figure.values:
            given.setdefault(value.claim, {})[position] = value.count

    def subject(conflict: Conflict) -> int | None:
        if len(conflict.claims) != 2:
            return None
        first, second = given.get(conflict.claims[0], _NONE_GIVEN), given.get(conflict.claims[1], _NONE_GIVEN)
        found = [position for position in first if position in second]
        if len(found) > 1:
            found = [p for p in found
                     if (_record_count(first[p]), _record_count(second[p])) == tuple(conflict.values)] or found
        if len(found) > 1:
            found = [p for p in found if _names_figure(index, event.casualties[p], conflict.summary)]
        return found[0] if len(found) == 1 else None

    return subject


def _placed(event: Event) -> dict[str, tuple[str, str]]:
    """Claim -> (the ids, the names) of the gazetteer places it resolved to: what a location conflict compares."""
    found: dict[str, dict[str, str]] = {}
    for mention in event.places:
        if mention.resolved is not None:
            found.setdefault(mention.claim, {})[mention.resolved] = mention.name or mention.resolved
    return {claim: (" ".join(ids), _list(dict.fromkeys(ids.values()))) for claim, ids in found.items()}


# The same values recur across a report's events (``2 (two)``, ``armenia``): each is read once.
@functools.lru_cache(maxsize=1 << 16)
def _value_label(kind: str, value: str, place: tuple[str, str] | None = None) -> tuple[str, str, str]:
    """A conflict's value as (what tells it apart, what the disagreement lists once, the source's own words where
    they differ).

    The engine writes a figure as ``2 (two)`` and a date as ``25 April 1992 (1992-04-25)``: the canonical part is
    the value, the rest the source's words. A place is the gazetteer's places the claim resolved to (``place``), the
    place as written being its words. An existence value reads as a sentence; other values are as given."""
    value = " ".join(value.split())
    if kind == "location" and place is not None:
        return place[0], place[1], value
    label, words = _value_words(kind, value)
    return label, label, words


def _value_words(kind: str, value: str) -> tuple[str, str]:
    if not value:
        return "(no value given)", ""
    if kind == "casualties" and value.endswith(")") and " (" in value:
        canonical, _, words = value.partition(" (")
        return canonical, words[:-1]
    if kind == "date" and value.endswith(")") and " (" in value:
        words, _, canonical = value.rpartition(" (")
        return canonical[:-1], words
    if kind == "existence":
        return _EXISTENCE_VALUES.get(value, value), ""
    return value, ""


def _mark(number: int) -> str:
    """A value's letter: A … Z, then AA, AB, …"""
    mark = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        mark = chr(65 + rest) + mark
    return mark


#: The letters of the first values of a disagreement (`_mark`), made once: most disagreements have two values.
_MARKS: Final = tuple(_mark(number) for number in range(26 * 27))
#: The position of each known kind in `CONFLICT_KINDS`: the order of an event's disagreements.
_KIND_RANKS: Final = {kind: rank for rank, kind in enumerate(CONFLICT_KINDS)}


def _disagreements(index: _Index, event: Event, *, pairs: bool = True) -> tuple[DisagreementView, ...]:
    """The conflicts of ``event`` grouped by what they are about, in the order of the kinds (`CONFLICT_KINDS`) and,
    for casualties, of the figures: one `DisagreementView` per kind, and per figure for casualties. A casualty
    conflict whose figure cannot be told is a disagreement of its own. Linear in the event's conflicts.

    Made for every row of the largest reports (``pairs=False``): each group's values are then made only when
    asked for (`_Deferred`), the row showing them as its ``lines``."""
    conflicts = event.conflicts
    if not conflicts:
        return ()
    figure_of = _casualty_subject(index, event) if any(c.kind == "casualties" for c in conflicts) else None
    groups: dict[tuple[str, int], list[Conflict]] = {}
    for position, conflict in enumerate(conflicts):
        slot = -1
        if conflict.kind == "casualties" and figure_of is not None:
            found = figure_of(conflict)
            slot = len(event.casualties) + position if found is None else found
        groups.setdefault((conflict.kind, slot), []).append(conflict)
    if all(kind in _KIND_RANKS for kind, _ in groups):
        ranks = _KIND_RANKS
    else:  # the known kinds in their order, then the others, sorted (`_ordered`)
        kinds = _ordered(CONFLICT_KINDS, Counter(kind for kind, _ in groups))
        ranks = {kind: rank for rank, kind in enumerate(kinds)}
    order = sorted(groups, key=lambda key: (ranks[key[0]], key[1])) if len(groups) > 1 else list(groups)
    placed = _placed(event) if any(kind == "location" for kind, _ in groups) else {}
    views = []
    for kind, slot in order:
        if kind == "casualties" and 0 <= slot < len(event.casualties):
            subject = _figure_subject(index, event.casualties[slot])
        else:
            subject = _SUBJECTS.get(kind, _kind_label(kind))
        views.append(_disagreement(index, kind, subject, groups[kind, slot], placed, pairs=pairs))
    return tuple(views)


def _disagreement(index: _Index, kind: str, subject: str, conflicts: Sequence[Conflict],
                  placed: dict[str, tuple[str, str]], *, pairs: bool = True) -> DisagreementView:
    """One disagreement: each distinct value once with who gives it, and how the conflicts (pairs) follow from the
    values. Counting only: a value's claims, the distinct pairs, and the pairs between two values. With
    ``pairs=False`` (a compact row), the values are made when first asked for, the lines at once."""
    labels: list[str] = []
    members: list[dict[str, str]] = []  # per value: claim -> the source's words
    between: dict[tuple[int, int], int] = {}  # values (i < j) -> the pairs of claims between them
    first = conflicts[0] if len(conflicts) == 1 else None
    if first is not None and len(first.claims) == 2 and len(first.values) == 2 and first.claims[0] != first.claims[1]:
        # Most disagreements are one conflict between two claims: two values (or one, the same words read twice).
        (a, b), (value_a, value_b) = first.claims, first.values
        key_a, label_a, words_a = _value_label(kind, value_a, placed.get(a) if placed else None)
        key_b, label_b, words_b = _value_label(kind, value_b, placed.get(b) if placed else None)
        within = key_a == key_b
        if within:
            labels.append(label_a)
            members.append({a: words_a, b: words_b})
        else:
            labels += (label_a, label_b)
            members += ({a: words_a}, {b: words_b})
            between[0, 1] = 1
        complete = derivable = not within
    else:
        complete, derivable, within = _tally(kind, conflicts, placed, labels, members, between)
    marks = _MARKS[:len(members)] if len(members) <= len(_MARKS) else [_mark(n) for n in range(len(members))]
    contradicts = [""] * len(members)
    if len(between) < len(members) * (len(members) - 1) // 2:  # some two values do not conflict: say which do
        which: list[list[str]] = [[] for _ in members]
        for i, j in sorted(between):
            which[i].append(marks[j])
            which[j].append(marks[i])
        contradicts = [_and(found) for found in which]
    count = len(conflicts)
    if complete:
        note = "" if len(members) == 2 else "Each of these values conflicts with every other."
    elif derivable:
        note = ("Not every value conflicts with every other: each says which it conflicts with (every source of one "
                "against every source of the other).")
    elif within:
        note = ("Some claims that give the same value conflict all the same (the same words, read differently): the "
                "conflicts below, pair by pair, say which claims conflict.")
    else:
        note = ("Not every source of a value conflicts with every source of another (a source is not set against its "
                "own word, nor a relay against its origin): the conflicts below, pair by pair, say which.")
    given_by = index.who_gives(members)
    if any(contradicts):
        lines = tuple([f"{mark + ': ' if against else ''}{_isolated(label)} — {who}"
                       f"{f' (conflicts with {against})' if against else ''}"
                       for mark, label, who, against in zip(marks, labels, given_by, contradicts, strict=True)])
    else:
        lines = tuple([f"{_isolated(label)} — {who}" for label, who in zip(labels, given_by, strict=True)])

    def values() -> tuple[DisagreementValue, ...]:
        made = []
        for number, (label, claims) in enumerate(zip(labels, members, strict=True)):
            by_source: dict[str, list[DisagreementClaim]] = {}
            for claim, words in claims.items():
                by_source.setdefault(index.claim_source(claim), []).append(
                    DisagreementClaim(claim=claim, words=words if words != label else ""))
            made.append(DisagreementValue(
                mark=marks[number], label=label,
                sources=tuple(DisagreementSource(source_name=name, claims=tuple(found))
                              for name, found in by_source.items()),
                contradicts=contradicts[number]))
        return tuple(made)

    return DisagreementView(badge=_kind_badge(kind), subject=subject, values=values() if pairs else _Deferred(values),
                            pair_count=count, complete=complete, derivable=derivable, note=note,
                            pairs=_conflict_views(index, conflicts) if pairs or not derivable else (), lines=lines)


def _tally(kind: str, conflicts: Sequence[Conflict], placed: dict[str, tuple[str, str]], labels: list[str],
           members: list[dict[str, str]], between: dict[tuple[int, int], int]) -> tuple[bool, bool, bool]:
    """The values of ``conflicts`` into ``labels`` and ``members`` (per value: claim -> the source's words), the
    pairs between two values into ``between``; returns whether the disagreement is complete, derivable, and whether
    two claims of one value conflict (`DisagreementView`)."""
    numbers: dict[str, int] = {}
    belongs: dict[str, int] = {}  # claim -> its (first) value
    single = True  # every claim gives one value
    seen: set[tuple[str, str]] = set()
    within = False
    for conflict in conflicts:
        claims, given = conflict.claims, conflict.values
        if len(given) < len(claims):  # a claim without a value
            given = (*given, *[""] * (len(claims) - len(given)))
        sides = []
        for claim, value in zip(claims, given, strict=False):  # a value without a claim is no one's
            key, label, words = _value_label(kind, value, placed.get(claim) if placed else None)
            number = numbers.get(key)
            if number is None:
                number = numbers[key] = len(members)
                members.append({})
                labels.append(label)
            members[number].setdefault(claim, words)
            if belongs.setdefault(claim, number) != number:
                single = False
            sides.append((claim, number))
        for (a, i), (b, j) in itertools.combinations(sides, 2):
            pair = (a, b) if a <= b else (b, a)
            if pair in seen:
                continue
            seen.add(pair)
            if i == j or a == b:
                within = True
            else:
                two = (i, j) if i < j else (j, i)
                between[two] = between.get(two, 0) + 1
    sizes = [len(m) for m in members]
    cross = (sum(sizes) ** 2 - sum(n * n for n in sizes)) // 2
    complete = single and not within and len(seen) == cross
    derivable = complete or (single and not within and all(
        count == sizes[i] * sizes[j] for (i, j), count in between.items()))
    return complete, derivable, within


def _and(items: Sequence[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _says(index: _Index, claim: Claim) -> str:
    """What a statement says, in short: its figures as given, else that the incident happened (or not): a denial
    that clears its own side denies that its side started it, not that it happened."""
    figures = "; ".join(f"{f.party} {f.category} {f.measure} “{_isolated(f.text)}”"
                        for f in _claim_figures(index, claim))
    if figures:
        return figures
    if claim.stance != "denies":
        return f"the incident, at {_isolated(claim.place)}"
    cleared = index.cleared(claim)
    return "that the incident happened" if cleared is None else f"that {index.party(cleared)} started it"


def _revisions(index: _Index, claim_ids: Sequence[str], superseded: set[str]) -> tuple[RevisionHistory, ...]:
    """Per source that made more than one statement about the event, or revised one: its statements in order.

    Order: by the day stated, then superseded statements before the others (a revision comes after what it
    revises), then by position in the claim file.
    """
    by_source: dict[str, list[Claim]] = {}
    for gid in claim_ids:
        claim = index.claims.get(gid)
        if claim is not None:
            by_source.setdefault(claim.source, []).append(claim)
    out: list[RevisionHistory] = []
    for source_id in sorted(by_source, key=lambda s: index.tokens.get(s, s)):
        claims = by_source[source_id]
        revised = any(c.supersedes or c.adds_to for c in claims) or any(c.global_id in superseded for c in claims)
        if len(claims) < 2 and not revised:
            continue
        claims.sort(key=lambda c: (c.stated, c.global_id not in superseded, c.file, c.line, c.global_id))
        entries = []
        for claim in claims:
            gid = claim.global_id
            notes = [*(f"supersedes {old}" for old in claim.supersedes), *(f"adds to {b}" for b in claim.adds_to)]
            if gid in superseded:
                later = index.superseded_by.get(gid, ())
                notes.append(f"superseded by {_list(later)}" if later else "no longer counts")
            entries.append(RevisionEntry(claim=gid, stated=claim.stated.isoformat(),
                                         stance_label=claim.stance.capitalize(), says=_says(index, claim),
                                         superseded=gid in superseded, note="; ".join(notes)))
        out.append(RevisionHistory(source_name=index.source_name(source_id), entries=tuple(entries)))
    return tuple(out)


def _evidence_view(index: _Index, pair: PairScore) -> EvidenceView:
    scale = max((abs(c.weight) for c in pair.contributions), default=0.0) or 1.0
    contributions = []
    for c in pair.contributions:
        width = _r(abs(c.weight) / scale * 50.0)
        sign = "pos" if c.weight > 0 else "neg" if c.weight < 0 else "zero"
        contributions.append(ContributionView(
            feature=c.feature, weight=f"{c.weight:+.2f}", sign=sign, detail=_runs_isolated(c.detail),
            bar_x=50.0 if c.weight >= 0 else _r(50.0 - width), bar_width=width,
        ))
    return EvidenceView(a=pair.a, b=pair.b, a_source=index.claim_source(pair.a), b_source=index.claim_source(pair.b),
                        total=f"{pair.total:+.2f}", contributions=tuple(contributions))


# --- the casualty-range chart -----------------------------------------------------------------------------------


_CHART_BAR_MIN_WIDTH: Final = 3.0  # a reconciled range, however narrow, so that an exact figure shows


def _nice_max(value: float) -> tuple[float, float]:
    """A round axis maximum at or above ``value`` and its tick step: 1, 2 or 5 times a power of ten, at least 1
    (counts are whole numbers), giving at most six ticks after 0."""
    if value <= 1:
        return 1.0, 1.0
    raw = value / 5
    power = 10 ** math.floor(math.log10(raw))
    step = max(1.0, next(m * power for m in (1, 2, 5, 10) if m * power >= raw))
    return math.ceil(value / step) * step, step


def _diamond(cx: float, cy: float, size: float = 7.0) -> str:
    return (f"{_r(cx)},{_r(cy - size)} {_r(cx + size)},{_r(cy)} {_r(cx)},{_r(cy + size)} "
            f"{_r(cx - size)},{_r(cy)}")


def _casualty_chart(index: _Index, event: Event, key: str) -> CasualtyChart | None:
    """Per figure: the reconciled low–high bar with the best mark, then one dot (or bar) per source's value.

    The x axis runs from 0 to a round number at or above every finite value; an open high (reconciled or a
    source's) is drawn to the right edge of the plot and ends in an arrow.
    """
    figures = event.casualties
    if not figures:
        return None
    finite: list[int] = []
    has_open = False
    for figure in figures:
        finite += [figure.low, figure.best]
        if figure.high is None:
            has_open = True
        else:
            finite.append(figure.high)
        for value in figure.values:
            finite.append(value.count.low)
            if value.count.high is None:
                has_open = True
            else:
                finite.append(value.count.high)
    top = float(max(finite, default=0))
    if has_open:  # leave room to the right of the largest known value, so an open bar reads as "more"
        top += max(1.0, top * 0.25)
    axis_max, step = _nice_max(top)
    left = _CHART_LABEL_WIDTH
    right = _CHART_WIDTH - _CHART_RIGHT_MARGIN

    def x(value: float) -> float:
        return _r(left + (right - left) * value / axis_max)

    def arrow(y: float) -> str:
        tip = right + 12
        return f"{_r(right)},{_r(y - 5)} {_r(tip)},{_r(y)} {_r(right)},{_r(y + 5)}"

    groups: list[ChartGroup] = []
    y = _CHART_TOP
    for figure in figures:
        label_y = y + 12
        bar_y = label_y + _CHART_ROW - 4
        party = index.casualty_party(figure.party)
        high = "open" if figure.high is None else str(figure.high)
        summary = f"low {figure.low} · best {figure.best} · high {high}"
        dots = []
        dot_y = bar_y
        for value in figure.values:
            dot_y += _CHART_ROW
            count = value.count
            source = value.source
            status = "" if value.counted else " (not counted)"
            if value.outside:
                status += " (outside)"
            text = count.text or format_count(count)
            x1 = x(count.low)
            x2 = x(count.high) if count.high is not None else _r(right)
            dots.append(ChartDot(
                y=_r(dot_y), text_y=_r(dot_y + 4), label=_truncate(f"{source} “{text}”{status}"),
                title=f"{index.named(source)} ({value.claim}): “{_isolated(text)}” = {format_count(count)}{status}",
                x1=x1, x2=x2, width=_r(x2 - x1), open=count.high is None,
                arrow=arrow(dot_y) if count.high is None else "",
                counted=value.counted, outside=value.outside,
            ))
        x_low = x(figure.low)
        x_high = x(figure.high) if figure.high is not None else _r(right)
        bar_width = max(_r(x_high - x_low), _CHART_BAR_MIN_WIDTH)
        groups.append(ChartGroup(
            label=_truncate(f"{party} · {figure.category} · {figure.measure}", 60), label_y=_r(label_y),
            y=_r(bar_y), text_y=_r(bar_y + 4), bar_top=_r(bar_y - 6), grid_top=_r(bar_y - 12),
            grid_bottom=_r(dot_y + 10), best_points=_diamond(x(figure.best), bar_y), summary=summary,
            x_low=x_low, x_high=x_high, bar_x=_on_plot(x_low, bar_width, left, _r(right)), bar_width=bar_width,
            x_best=x(figure.best), open=figure.high is None, arrow=arrow(bar_y) if figure.high is None else "",
            dots=tuple(dots),
        ))
        y = dot_y + _CHART_ROW / 2 + _CHART_GROUP_GAP
    axis_y = y
    ticks = []
    n = round(axis_max / step)
    for i in range(n + 1):
        tick = i * step
        ticks.append(Tick(x=x(tick), label_x=x(tick), label=f"{round(tick):,}"))
    title = "Casualty figures, low to high, with each source's value: " + "; ".join(
        f"{index.casualty_party(f.party)} {f.category} {f.measure}: low {f.low}, best {f.best}, "
        f"high {'open' if f.high is None else f.high}" for f in figures)
    return CasualtyChart(
        width=_CHART_WIDTH, height=_r(axis_y + _CHART_AXIS_HEIGHT), plot_left=left, plot_right=_r(right),
        axis_y=_r(axis_y), tick_y=_r(axis_y + 17), tick_mark_y=_r(axis_y + 4), title=title,
        title_id=f"{key}-chart-title", gradient_id=f"{key}-open", ticks=tuple(ticks), groups=tuple(groups),
    )


# --- the timeline -----------------------------------------------------------------------------------------------


def _domain(stated: Sequence[dt.date], spans: Sequence[DateSpan]) -> tuple[dt.date, dt.date]:
    """The drawn period: every statement day and event end, and event starts not far before them.

    An event that starts more than the period's own length (at least a week) before it (a period total over a
    year, say) is clipped, so that it does not squeeze the rest into a corner; its bar starts with an arrow. The
    limit is worked out on day numbers, so that it stops at the first day of the calendar instead of overflowing.
    """
    ends = [*stated, *(s.end for s in spans)]
    lo0, hi = min(ends), max(ends)
    reach = max((hi - lo0).days + 1, 7)
    limit = dt.date.fromordinal(max(lo0.toordinal() - reach, dt.date.min.toordinal()))
    lo = min([lo0, *(s.start for s in spans if s.start >= limit)])
    return lo, hi


def _ticks(lo: dt.date, hi: dt.date) -> list[dt.date]:
    """The days of ``lo..hi`` that get a tick: every day, Mondays, the first of each month, or the first of January
    of every year (of every 2, 5, 10, … years when there would be more than `_AXIS_YEARS`), by the span's length.
    Made without walking every day, as a span may cover the whole calendar."""
    days = (hi - lo).days + 1
    if days <= 16:
        return [lo + dt.timedelta(days=i) for i in range(days)]
    if days <= 120:
        monday = lo + dt.timedelta(days=-lo.weekday() % 7)
        return [monday + dt.timedelta(days=i) for i in range(0, (hi - monday).days + 1, 7)]
    if days <= 900:
        return [first for first in _month_starts(lo, hi) if first >= lo]
    first_year = lo.year if (lo.month, lo.day) == (1, 1) else lo.year + 1
    for step in _YEAR_STEPS:
        years = range(-(-first_year // step) * step, hi.year + 1, step)
        if len(years) <= _AXIS_YEARS:
            break
    return [dt.date(year, 1, 1) for year in years]


def _month_starts(lo: dt.date, hi: dt.date) -> list[dt.date]:
    """The first day of each month from ``lo``'s to ``hi``'s."""
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    return [dt.date(lo.year + (lo.month - 1 + i) // 12, (lo.month - 1 + i) % 12 + 1, 1) for i in range(months)]


_TIMELINE_BINS: Final = 120  # a binned timeline has at most this many periods
_AXIS_YEARS: Final = 24  # a timeline's axis names at most this many years
_YEAR_STEPS: Final = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)  # years per tick, or per period, on a long timeline
_PERIOD_YEARS: Final = {f"per {step:,} years": step for step in _YEAR_STEPS[1:]}
_HISTOGRAM_HEIGHT: Final = 150.0
_SOURCE_BAR_HEIGHT: Final = 14.0
_LANE_MIN_WIDTH: Final = 3.0  # an event's bar, however short its span, so that a day on a long timeline shows
_BIN_MIN_WIDTH: Final = 1.0  # a period's bar, however few days the period has


def _periods(lo: dt.date, hi: dt.date) -> tuple[str, list[dt.date]]:
    """How a binned timeline cuts ``lo..hi``: the unit's label and the first day of each period (the first may lie
    before ``lo``), the finest of days, weeks (from ``lo``), months, years and runs of 2, 5, 10, … years (from a
    multiple of that many) that makes at most `_TIMELINE_BINS`."""
    days = (hi - lo).days + 1
    if days <= _TIMELINE_BINS:
        return "per day", [lo + dt.timedelta(days=i) for i in range(days)]
    if days <= 7 * _TIMELINE_BINS:
        return "per week", [lo + dt.timedelta(days=i) for i in range(0, days, 7)]
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    if months <= _TIMELINE_BINS:
        return "per month", _month_starts(lo, hi)
    if hi.year - lo.year + 1 <= _TIMELINE_BINS:
        return "per year", [dt.date(year, 1, 1) for year in range(lo.year, hi.year + 1)]
    step = next(step for step in _YEAR_STEPS[1:] if hi.year // step - lo.year // step + 1 <= _TIMELINE_BINS)
    return f"per {step:,} years", [dt.date(max(year, dt.MINYEAR), 1, 1)
                                   for year in range(lo.year // step * step, hi.year + 1, step)]


def _period_name(unit: str, start: dt.date) -> str:
    if unit == "per day":
        return format_day(start)
    if unit == "per week":
        return f"the week from {format_day(start)}"
    if unit == "per month":
        return f"{_MONTHS[start.month - 1]} {start.year}"
    step = _PERIOD_YEARS.get(unit, 1)
    last = min(start.year // step * step + step - 1, dt.MAXYEAR)
    return str(start.year) if last == start.year else f"{start.year}–{last}"


def _on_plot(x: float, width: float, left: float, right: float) -> float:
    """Where a bar of ``width`` from ``x`` starts so that it stays on the plot ``left..right``: ``x``, or moved left
    to end at ``right`` when its minimum width would take it past the edge (a one-day event on the last day of a
    long timeline, a last period of a day). Never left of ``left``: no bar is wider than the plot."""
    if x + width <= right:
        return x
    return max(left, _r(right - width))


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _timeline(index: _Index) -> Timeline | None:
    """One lane per event (its date span; made on demand) and one per source (a dot on each day it made
    statements); with more than `TIMELINE_LANES_ABOVE` events, the events and statements counted per period."""
    rec = index.reconciliation
    claims = rec.case.claims
    if not rec.events and not claims:
        return None
    lo, hi = _domain([c.stated for c in claims], [e.date for e in rec.events])
    days = (hi - lo).days + 1
    left = _TIMELINE_LABEL_WIDTH
    right = _TIMELINE_WIDTH - 16

    def x(day: dt.date) -> float:
        return _r(left + (right - left) * (day - lo).days / days)

    if len(rec.events) > TIMELINE_LANES_ABOVE:
        return _binned_timeline(index, lo, hi, x)
    y = _TIMELINE_HEADER
    events_label_y = y - 8

    def lane(i: int) -> TimelineEventLane:
        event = rec.events[i]
        y = _TIMELINE_HEADER + (i + 1) * _TIMELINE_ROW
        clipped = event.date.start < lo
        x1 = left if clipped else x(event.date.start)
        x2 = x(event.date.end + dt.timedelta(days=1)) if event.date.end < hi else _r(right)
        where = _event_places(event)
        short = _short_span(event.date, hi.year)
        grade = _grade_badge(event.grade)
        width = max(_r(x2 - x1), _LANE_MIN_WIDTH)
        return TimelineEventLane(
            label=_truncate(f"{short} · {where}" if where else short, 32), grade=grade.key,
            grade_label=grade.label,
            title=f"{_event_title(event)} ({event.id}): {grade.label.lower()}, {format_span(event.date)}",
            y=_r(y), text_y=_r(y + 4), bar_top=_r(y - 6), x1=_on_plot(x1, width, left, right), width=width,
            clipped_start=clipped,
            arrow=f"{_r(left + 8)},{_r(y - 6)} {_r(left)},{_r(y)} {_r(left + 8)},{_r(y + 6)}" if clipped else "",
        )

    lanes = LazySequence(len(rec.events), lane)
    y += len(rec.events) * _TIMELINE_ROW
    y += _TIMELINE_HEADER + 18
    sources_label_y = y - 8
    by_source: dict[str, dict[dt.date, list[str]]] = {}
    for claim in claims:
        by_source.setdefault(claim.source, {}).setdefault(claim.stated, []).append(claim.global_id)
    source_lanes = []
    day_width = (right - left) / days
    for source in rec.case.sources:
        statements = by_source.get(source.id)
        if not statements:
            continue
        y += _TIMELINE_ROW
        dots = []
        for day in sorted(statements):
            ids = statements[day]
            centre = x(day) + day_width / 2
            dots.append(TimelineDot(
                cx=_r(centre), r=7.0 if len(ids) > 1 else 4.5, count=str(len(ids)) if len(ids) > 1 else "",
                title=f"{_isolated(source.name)}, {format_day(day)}: {_list(ids)}",
            ))
        source_lanes.append(TimelineSourceLane(label=_truncate(_isolated(source.name), 38), y=_r(y), text_y=_r(y + 4),
                                               count_y=_r(y + 3.5), dots=tuple(dots)))
    axis_y = y + _TIMELINE_ROW
    each = f"each of {len(source_lanes)} sources" if len(source_lanes) != 1 else "its one source"
    title = (f"Timeline from {format_day(lo)} to {format_day(hi)}: {_plural(len(lanes), 'event')} as date spans, "
             f"and the days on which {each} made its statements")
    return Timeline(
        width=_TIMELINE_WIDTH, height=_r(axis_y + _CHART_AXIS_HEIGHT + 16), plot_left=left, plot_right=_r(right),
        title=title, title_id="timeline-title", events_label_y=_r(events_label_y),
        sources_label_y=_r(sources_label_y), grid_top=_r(events_label_y - 10), grade_x=_r(left - 8),
        axis_y=_r(axis_y), tick_y=_r(axis_y + 16), years=_years(lo, hi), years_y=_r(axis_y + 32),
        ticks=_axis_ticks(lo, hi, x), events=lanes, sources=tuple(source_lanes),
    )


def _years(lo: dt.date, hi: dt.date) -> str:
    return f"{lo.year}" if lo.year == hi.year else f"{lo.year}–{hi.year}"


def _axis_ticks(lo: dt.date, hi: dt.date, x: Callable[[dt.date], float]) -> tuple[Tick, ...]:
    days = (hi - lo).days + 1
    day_width = (_TIMELINE_WIDTH - 16 - _TIMELINE_LABEL_WIDTH) / days
    ticks = []
    for day in _ticks(lo, hi):
        if days <= 120:  # days and weeks: the label names the day, centred on it when every day has a tick
            label, label_x = _short_day(day), x(day) + (day_width / 2 if days <= 16 else 0)
        elif days <= 900:
            label, label_x = _MONTHS[day.month - 1][:3], x(day)
        else:
            label, label_x = str(day.year), x(day)
        ticks.append(Tick(x=x(day), label_x=_r(label_x), label=label))
    return tuple(ticks)


def _binned_timeline(index: _Index, lo: dt.date, hi: dt.date, x: Callable[[dt.date], float]) -> Timeline:
    """The timeline of a large case: events per period as bars stacked by grade, statements per source and period."""
    rec = index.reconciliation
    left = _TIMELINE_LABEL_WIDTH
    right = _TIMELINE_WIDTH - 16
    unit, starts = _periods(lo, hi)
    edges = [x(max(start, lo)) for start in starts] + [_r(right)]

    def period(day: dt.date) -> int:
        return max(0, bisect.bisect_right(starts, day) - 1)

    def place(k: int) -> tuple[float, float]:
        """The ``x`` and width of period ``k``'s bars: 1 unit short of the next period, on the plot."""
        width = max(_r(edges[k + 1] - edges[k] - 1), _BIN_MIN_WIDTH)
        return _on_plot(edges[k], width, left, right), width

    # Counted per day first: a case has a few thousand days and up to millions of events and statements.
    per_bin: list[Counter[str]] = [Counter() for _ in starts]
    for (start, graded), count in Counter([(event.date.start, event.grade) for event in rec.events]).items():
        per_bin[period(max(start, lo))][graded] += count
    peak = max((sum(c.values()) for c in per_bin), default=0) or 1
    top = _TIMELINE_HEADER + 6
    bottom = top + _HISTOGRAM_HEIGHT
    bins = []
    for k, counts in enumerate(per_bin):
        total = sum(counts.values())
        if not total:
            continue
        bars, base = [], bottom
        bar_x, bar_width = place(k)
        present = [grade for grade in _ordered(GRADES, counts) if counts[grade]]
        for grade in present:
            height = _HISTOGRAM_HEIGHT * counts[grade] / peak
            base -= height
            bars.append(TimelineBar(x=bar_x, y=_r(base), width=bar_width, height=max(_r(height), 0.5), grade=grade))
        parts = ", ".join(f"{counts[g]:,} {_grade_label(g).lower()}" for g in present)
        bins.append(TimelineBin(title=f"{_period_name(unit, starts[k])}: {_plural(total, 'event')} ({parts})",
                                bars=tuple(bars), count=total))
    y = bottom + _TIMELINE_HEADER + 18
    sources_label_y = y - 8
    by_source: dict[str, list[int]] = {}
    for (source_id, stated), count in Counter([(claim.source, claim.stated) for claim in rec.case.claims]).items():
        by_source.setdefault(source_id, [0] * len(starts))[period(max(stated, lo))] += count
    source_lanes = []
    for source in rec.case.sources:
        counts_of = by_source.get(source.id)
        if not counts_of:
            continue
        y += _TIMELINE_ROW
        most = max(counts_of)
        lane_bins = []
        for k, count in enumerate(counts_of):
            if count:
                height = max(_r(_SOURCE_BAR_HEIGHT * count / most), 1.0)
                bar_x, bar_width = place(k)
                bar = TimelineBar(x=bar_x, y=_r(y + 6 - height), width=bar_width, height=height)
                lane_bins.append(TimelineBin(
                    title=f"{source.name}, {_period_name(unit, starts[k])}: {_plural(count, 'statement')}",
                    bars=(bar,), count=count))
        source_lanes.append(TimelineSourceLane(label=_truncate(_isolated(source.name), 38), y=_r(y), text_y=_r(y + 4),
                                               count_y=_r(y + 3.5), dots=(), bins=tuple(lane_bins)))
    axis_y = y + _TIMELINE_ROW
    title = (f"Timeline from {format_day(lo)} to {format_day(hi)}: the {len(rec.events):,} events counted "
             f"{unit} by the day they began, stacked by grade, and the statements of each of {len(source_lanes)} "
             f"sources {unit}")
    return Timeline(
        width=_TIMELINE_WIDTH, height=_r(axis_y + _CHART_AXIS_HEIGHT + 16), plot_left=left, plot_right=_r(right),
        title=title, title_id="timeline-title", events_label_y=_r(_TIMELINE_HEADER - 8),
        sources_label_y=_r(sources_label_y), grid_top=_r(_TIMELINE_HEADER - 18), grade_x=_r(left - 8),
        axis_y=_r(axis_y), tick_y=_r(axis_y + 16), years=_years(lo, hi), years_y=_r(axis_y + 32),
        ticks=_axis_ticks(lo, hi, x), events=(), sources=tuple(source_lanes), binned=True, bin_label=unit,
        bins=tuple(bins), histogram_top=_r(top), histogram_bottom=_r(bottom), peak=peak,
        peak_label=f"tallest: {_plural(peak, 'event')}",
    )
