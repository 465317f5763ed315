"""Immutable values that flow between the stages of a reconciliation.

Every class here is a frozen attrs class holding tuples, never lists, so values are hashable and safe to share.
Input models (what the loader produces from claim files):

- `Party`, `Source`, `GazetteerEntry`: the cast and the map of a case.
- `DateSpan`: when something happened, as an inclusive interval of days with the precision the source gave.
- `Count`: a casualty figure as an interval ``[low, high]`` (``high`` is ``None`` when open) plus the source's text.
- `Casualties`: one party and category's figures in one claim.
- `Claim`: one statement of one source about one incident, with its provenance (source, file, line).
- `Rejected`: a claim (or a piece of a file) that could not be read, with the reason.
- `Case`: all of the above for one case folder.
"""

from __future__ import annotations

import datetime as dt
from typing import Final, Literal

import attrs

from reconcile import regional

#: How exact a date is: one day, an interval of days given by the source (an ISO interval, "early June"), a
#: calendar month, or a calendar year.
Precision = Literal["day", "range", "month", "year"]
PRECISIONS: Final = ("day", "range", "month", "year")

SourceKind = Literal["belligerent", "monitor", "media", "analyst"]
SOURCE_KINDS: Final = ("belligerent", "monitor", "media", "analyst")

Category = Literal["soldiers", "civilians", "unknown"]
CATEGORIES: Final = ("soldiers", "civilians", "unknown")

Measure = Literal["killed", "wounded", "captured", "missing"]
MEASURES: Final = ("killed", "wounded", "captured", "missing")

Stance = Literal["asserts", "denies"]
STANCES: Final = ("asserts", "denies")

#: The initiator value for "the source says it does not know who started it".
UNKNOWN: Final = "unknown"


@attrs.frozen
class Party:
    """A side of the conflict, as declared in ``case.yaml``."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    aligned_with: tuple[str, ...] = ()


@attrs.frozen
class Source:
    """Who speaks: a ministry, a monitor, an outlet or an analyst; ``file`` and ``line`` locate its declaration."""

    id: str
    name: str
    kind: SourceKind
    speaks_for: str | None = None
    aligned_with: tuple[str, ...] = ()
    file: str = ""
    line: int = 0


@attrs.frozen
class GazetteerEntry:
    """A place with its spellings; coordinates in decimal degrees (WGS 84) where known."""

    id: str
    name: str
    variants: tuple[str, ...] = ()
    country: str | None = None
    region: str | None = None
    lat: float | None = None
    lon: float | None = None


@attrs.frozen
class DateSpan:
    """An inclusive interval of days ``[start, end]`` with the precision of the source's wording.

    ``text`` is the date as the source gave it.
    """

    start: dt.date
    end: dt.date
    precision: Precision
    text: str = ""

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"date span ends ({self.end}) before it starts ({self.start})")

    @property
    def days(self) -> int:
        """Number of days covered, both ends included."""
        return (self.end - self.start).days + 1

    def overlaps(self, other: DateSpan) -> bool:
        return self.start <= other.end and other.start <= self.end


@attrs.frozen
class Count:
    """A figure as the interval ``[low, high]`` of values the source's words allow; ``high is None`` means open.

    ``text`` is what the source wrote (``"15 to 20"``, ``"several"``, ``"3"``).
    """

    low: int
    high: int | None
    text: str = ""

    def __attrs_post_init__(self) -> None:
        if self.low < 0:
            raise ValueError(f"a count cannot be negative (low={self.low})")
        if self.high is not None and self.high < self.low:
            raise ValueError(f"a count's high ({self.high}) is below its low ({self.low})")

    @property
    def exact(self) -> bool:
        return self.high == self.low

    def contains(self, value: int) -> bool:
        return self.low <= value and (self.high is None or value <= self.high)

    def overlaps(self, other: Count) -> bool:
        return (self.high is None or other.low <= self.high) and (other.high is None or self.low <= other.high)


@attrs.frozen
class Casualties:
    """One claim's figures for one party and category; a measure left out is ``None`` (the source said nothing)."""

    party: str
    category: Category = "unknown"
    killed: Count | None = None
    wounded: Count | None = None
    captured: Count | None = None
    missing: Count | None = None

    def measures(self) -> tuple[tuple[Measure, Count], ...]:
        """The measures the source gave, in the fixed order of `MEASURES`."""
        out: list[tuple[Measure, Count]] = []
        measure: Measure
        for measure in ("killed", "wounded", "captured", "missing"):
            value = getattr(self, measure)
            if value is not None:
                out.append((measure, value))
        return tuple(out)


@attrs.frozen
class Claim:
    """One statement of one source about one incident.

    Text fields keep the source's own words (``place`` as written, in any script); ``initiator`` and the parties
    of ``casualties`` are resolved to party ids of the case (``initiator`` may also be `UNKNOWN`). ``relays`` is a
    source id of the case where the relayed source is one, else the name as written. ``supersedes`` and ``adds_to``
    hold *global* claim ids (``"<source>/<id>"``). ``file`` and ``line`` say where the claim starts.
    """

    source: str
    id: str
    stated: dt.date
    quote: str
    date: DateSpan
    place: str
    reference: str | None = None
    url: str | None = None
    region: str | None = None
    event: str | None = None
    initiator: str | None = None
    stance: Stance = "asserts"
    relays: str | None = None
    supersedes: tuple[str, ...] = ()
    adds_to: tuple[str, ...] = ()
    casualties: tuple[Casualties, ...] = ()
    file: str = ""
    line: int = 0

    @property
    def global_id(self) -> str:
        return f"{self.source}/{self.id}"


@attrs.frozen
class Rejected:
    """A claim the loader could not accept, kept with the reason so that nothing is silently dropped.

    ``claim`` is the global id where the claim has a readable one, else ``None``.
    """

    claim: str | None
    file: str
    line: int
    reason: str


@attrs.frozen
class Case:
    """One case folder, read and normalized: the input of a reconciliation."""

    id: str
    title: str
    parties: tuple[Party, ...]
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    gazetteer: tuple[GazetteerEntry, ...] = ()
    rejected: tuple[Rejected, ...] = ()
    path: str = ""
    #: The shipped regional gazetteer the case's places are also resolved in (`reconcile.regional.REGIONS`), or
    #: ``"none"``; by default the one `regional.infer` finds the case in from its parties and gazetteer.
    regional_gazetteer: str = attrs.field(
        validator=attrs.validators.in_((*regional.REGIONS, regional.NONE)))

    @regional_gazetteer.default
    def _infer_regional_gazetteer(self) -> str:
        return regional.infer(self.parties, self.gazetteer)

    def party(self, party_id: str) -> Party:
        for party in self.parties:
            if party.id == party_id:
                return party
        raise KeyError(party_id)

    def source(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)


# --- matching: which claims describe the same incident -----------------------------------------------------------


@attrs.frozen
class Contribution:
    """One feature's share of a pair's match score, in log-odds (bits): positive for "same incident"."""

    feature: str
    weight: float
    detail: str


@attrs.frozen
class PairScore:
    """A scored candidate pair of claims (global ids, ``a < b``): the total is the sum of the contributions."""

    a: str
    b: str
    total: float
    contributions: tuple[Contribution, ...] = ()


@attrs.frozen
class Group:
    """Claims judged to describe one incident, with the scored pairs that joined them (``evidence``)."""

    id: str
    claims: tuple[str, ...]
    evidence: tuple[PairScore, ...] = ()


# --- merging: one reconciled record per incident -----------------------------------------------------------------

ConflictKind = Literal["casualties", "existence", "attribution", "location", "date"]
CONFLICT_KINDS: Final = ("casualties", "existence", "attribution", "location", "date")

#: How well an event is attested (docs/merge-rules.md, "Grades"). `GRADES` is the order for display, from the
#: strongest attestation to none; the default grading rule decides in the order denied, contested, confirmed,
#: corroborated, single-source.
Grade = Literal["confirmed", "corroborated", "contested", "single-source", "denied"]
GRADES: Final = ("confirmed", "corroborated", "contested", "single-source", "denied")

#: What a source concedes against its own side (docs/independence.md): losses of its own side's soldiers, or that
#: its own side started it.
AdmissionKind = Literal["losses", "initiative"]
ADMISSION_KINDS: Final = ("losses", "initiative")


@attrs.frozen
class FigureValue:
    """One claim's figure within a merged figure.

    ``counted`` is False for a figure that no longer counts (superseded, or an earlier statement of a source that
    spoke again); ``note`` says why in words. ``outside`` flags a counted value that lies outside ``[low, high]``.
    """

    claim: str
    source: str
    count: Count
    counted: bool = True
    outside: bool = False
    note: str = ""


@attrs.frozen
class Figure:
    """The reconciled figure for one party, category and measure: ``low <= best <= high`` (``high`` may be open)."""

    party: str
    category: Category
    measure: Measure
    low: int
    best: int
    high: int | None
    values: tuple[FigureValue, ...] = ()


@attrs.frozen
class Conflict:
    """A disagreement between sources: its kind, the claims involved, each claim's value, and one plain sentence."""

    kind: ConflictKind
    claims: tuple[str, ...]
    values: tuple[str, ...]
    summary: str


@attrs.frozen
class PlaceMention:
    """How one claim names the place: as written, and the gazetteer entry it resolved to (or ``None``)."""

    claim: str
    source: str
    text: str
    resolved: str | None = None
    name: str | None = None


@attrs.frozen
class Relay:
    """A claim that passes on another's word (``relays``): the chain of speakers from the claim's source to the origin.

    ``chain`` starts with the claim's source and ends with the source whose word it is; each step is a source id of
    the case, or a name as written where the relayed source is not one. A step is followed further only when the
    relayed source speaks in the event solely by relaying one other source.
    """

    claim: str
    chain: tuple[str, ...]


@attrs.frozen
class ProbableRelay:
    """A claim that nearly repeats an earlier claim of another origin without saying so: probably a relay.

    ``claim`` repeats ``original``; ``similarity`` is the quote similarity (0 to 100, see
    `reconcile.independence.quote_similarity`), ``days`` how many days later it was stated, ``figures`` how many
    figures the two share (all equal). Advisory: the claim does not count as an independent origin.
    """

    claim: str
    original: str
    similarity: float
    days: int
    figures: int
    summary: str = ""


@attrs.frozen
class Admission:
    """A claim that concedes something against its own side: its losses, or that its side started it.

    ``origin`` is whose admission it is (the relayed source for a relay); ``party`` the party whose losses or
    initiative it concedes. ``counted`` is True when the claim still counts and asserts. ``alleged_by`` lists the
    counted claims of an opposing side that assert the same fact: an admission with such an allegation confirms the
    event (docs/independence.md).
    """

    claim: str
    origin: str
    kind: AdmissionKind
    party: str
    counted: bool = True
    alleged_by: tuple[str, ...] = ()
    summary: str = ""


@attrs.frozen
class OriginGroup:
    """Origins of an event's asserting claims that are not independent of one another, and those claims.

    ``origins`` are source ids (or ``relayed: <name>`` for a relayed name that is no source of the case); ``sides``
    the alignment components (party ids) they speak for or with. Each group is one independent witness.
    """

    origins: tuple[str, ...]
    claims: tuple[str, ...]
    sides: tuple[str, ...] = ()


@attrs.frozen
class Event:
    """One reconciled incident: every claim of it (superseded ones included) and what they add up to.

    ``independent_origins`` is how many independent origins assert it (``len(origins)``); ``relays``,
    ``probable_relays`` and ``admissions`` say who passes on whose word and who concedes what
    (docs/independence.md).
    """

    id: str
    claims: tuple[str, ...]
    superseded: tuple[str, ...]
    date: DateSpan
    places: tuple[PlaceMention, ...]
    grade: Grade
    casualties: tuple[Figure, ...] = ()
    initiators: tuple[tuple[str, str], ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    evidence: tuple[PairScore, ...] = ()
    independent_origins: int = 0
    origins: tuple[OriginGroup, ...] = ()
    relays: tuple[Relay, ...] = ()
    probable_relays: tuple[ProbableRelay, ...] = ()
    admissions: tuple[Admission, ...] = ()


# --- changes: what a rerun changed against an earlier result ----------------------------------------------------

ChangeKind = Literal[
    "rules-changed",
    "event-added", "events-merged", "event-split", "events-regrouped", "event-renamed", "event-removed",
    "claims-added", "claim-superseded", "figure-changed", "conflict-opened", "conflict-resolved", "grade-changed",
    "date-changed",
    "claim-edited", "claim-removed", "claim-rejected",
]
#: The kinds of `Change`, in the order a list of changes is sorted (docs/incremental.md says what each means).
CHANGE_KINDS: Final = (
    "rules-changed",
    "event-added", "events-merged", "event-split", "events-regrouped", "event-renamed", "event-removed",
    "claims-added", "claim-superseded", "figure-changed", "conflict-opened", "conflict-resolved", "grade-changed",
    "date-changed",
    "claim-edited", "claim-removed", "claim-rejected",
)

#: A value before or after a change: text, a whole number, ``None`` (nothing, e.g. an open high), or a list of ids.
ChangeValue = str | int | None | tuple[str, ...]


@attrs.frozen
class Change:
    """One thing a run changed against an earlier result, for people (``summary``) and machines (the rest).

    ``events`` are the event ids concerned (for a change of events' make-up, the ids before and after); ``claims``
    the global claim ids concerned. ``before`` and ``after`` hold the values that changed as ``(name, value)``
    pairs, empty where there was nothing before (a new event) or is nothing after (a removed claim).
    """

    kind: ChangeKind
    events: tuple[str, ...]
    claims: tuple[str, ...]
    before: tuple[tuple[str, ChangeValue], ...]
    after: tuple[tuple[str, ChangeValue], ...]
    summary: str


@attrs.frozen
class Reconciliation:
    """The result of reconciling a case: its events, with the case they came from and the rules in force.

    ``methodology`` holds one plain sentence per rule, threshold or weight used, for the report and the JSON.
    ``changes`` lists what changed since an earlier result of the case, and ``changes_since`` is that result's run
    time; ``changes_since`` is ``None`` when the run was not compared with an earlier one.
    """

    case: Case
    events: tuple[Event, ...]
    methodology: tuple[str, ...] = ()
    changes: tuple[Change, ...] = ()
    changes_since: str | None = None

    @property
    def rejected(self) -> tuple[Rejected, ...]:
        return self.case.rejected

    def claim(self, global_id: str) -> Claim:
        for claim in self.case.claims:
            if claim.global_id == global_id:
                return claim
        raise KeyError(global_id)

    def conflicts(self) -> tuple[tuple[str, Conflict], ...]:
        """Every conflict as (event id, conflict), in event order."""
        return tuple((event.id, conflict) for event in self.events for conflict in event.conflicts)

    def to_records(self) -> list[dict[str, object]]:
        """One flat dict per event × party × category × measure, ready for ``pandas.DataFrame(records)``.

        An event without figures gives one record with ``party``, ``category``, ``measure``, ``low``, ``best`` and
        ``high`` set to ``None``, so that every event appears. ``high`` is ``None`` where it is open.
        """
        sources = {claim.global_id: claim.source for claim in self.case.claims}
        records: list[dict[str, object]] = []
        for event in self.events:
            common: dict[str, object] = {
                "event_id": event.id,
                "date_start": event.date.start,
                "date_end": event.date.end,
                "date_precision": event.date.precision,
                "grade": event.grade,
                "independent_origins": event.independent_origins,
                "places": tuple(dict.fromkeys(m.name or m.text for m in event.places)),
                "sources": tuple(sorted({sources[c] for c in event.claims if c in sources})),
                "claims": event.claims,
                "conflicts": tuple(sorted({c.kind for c in event.conflicts})),
            }
            figures: tuple[Figure | None, ...] = event.casualties or (None,)
            for figure in figures:
                records.append({
                    **common,
                    "party": figure.party if figure else None,
                    "category": figure.category if figure else None,
                    "measure": figure.measure if figure else None,
                    "low": figure.low if figure else None,
                    "best": figure.best if figure else None,
                    "high": figure.high if figure else None,
                })
        return records

    def to_json(self, *, generated: str = "") -> str:
        """The text of ``reconciliation.json`` (see `reconcile.serialize`); ``generated`` is the run's time."""
        from reconcile.serialize import to_json  # serialize imports this module

        return to_json(self, generated=generated)

    def _repr_html_(self) -> str:
        """A compact summary table for Jupyter: one row per event."""
        from html import escape

        rows = []
        for event in self.events:
            figures = "; ".join(
                f"{f.party} {f.measure} {f.low}–{f.best}–{'open' if f.high is None else f.high}"
                for f in event.casualties)
            kinds = ", ".join(sorted({c.kind for c in event.conflicts}))
            span = event.date.start.isoformat() + (
                "" if event.date.start == event.date.end else f" – {event.date.end.isoformat()}")
            places = ", ".join(dict.fromkeys(m.name or m.text for m in event.places))
            cells = (event.id, span, places, event.grade, kinds, figures, str(len(event.claims)))
            rows.append("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in cells) + "</tr>")
        head = "".join(f"<th>{name}</th>" for name in
                       ("event", "date", "places", "grade", "conflicts", "figures (low–best–high)", "claims"))
        caption = escape(f"{self.case.title}: {len(self.events)} events from {len(self.case.claims)} claims"
                         f"{f', {len(self.rejected)} rejected' if self.rejected else ''}")
        return (f"<table><caption>{caption}</caption><thead><tr>{head}</tr></thead>"
                f"<tbody>{''.join(rows)}</tbody></table>")
