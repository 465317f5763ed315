"""Merge: one reconciled `Event` per group of claims, with casualty ranges, conflicts, revisions and a grade.

The stage is pure: `merge` and `merge_group` read only their arguments (no files, clock, environment or mutable
globals). The policy is data: a frozen `Rules` value holds the casualty rule, the grading rule and the location
threshold, so a user swaps a rule without touching the pipeline (see ``docs/merge-rules.md``).

What the pipeline does for one group, in order:

1. **Claims.** Every claim of the group is kept (``Event.claims``). A claim named in the ``supersedes`` of another
   claim of the same source in the group is *superseded*: it stays in the record, but its figures, stance,
   initiator, place and date no longer count (``Event.superseded``).
2. **Figures.** For each party, category and measure, each source's figure is the one in its latest statement
   (by ``stated``, ties by global id) among the claims that still count; claims that the latest one names in
   ``adds_to`` add up with it (4 killed, then "a fifth" = 5). Each source's figure gets a *role* for the party
   (`Role`: own side, enemy side, monitor, media), and the casualty rule (`Rules.casualties`, default
   `credible_range`) turns the counted figures into ``(low, best, high)``. Every counted value that does not
   overlap ``[low, high]`` is flagged ``outside``.
3. **Conflicts** between claims of different origins (a relay is its origin's word), pairwise, so that adding a
   claim of a new source never removes a conflict between two others: casualties, existence, attribution,
   location, date (`CONFLICT_KINDS`).
4. **Independence** (`reconcile.independence`): the event's independent origins, relay chains, probable relays
   (claims that nearly repeat another origin's earlier claim without saying so) and admissions against interest.
5. **Places, date, initiators**, and the **grade** (`Rules.grade`, default `precedence_grade`).

`FigureBases` says, for the outputs, what each figure's best rests on, from that figure's own sources: the kind of
source, how many independent origins give it, and a figure grade (`FigureBasis`).
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import itertools
import operator
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Final, Literal, NamedTuple, TypeVar

import attrs

from reconcile.errors import ReconcileError
from reconcile.independence import (
    DEFAULT_RELAY_DAYS,
    DEFAULT_RELAY_SIMILARITY,
    Alignment,
    Said,
    _assess,
    cleared_party,
    witness_groups,
)
from reconcile.match import VagueNames
from reconcile.models import (
    CATEGORIES,
    CONFLICT_KINDS,
    GRADES,
    MEASURES,
    UNKNOWN,
    Admission,
    Case,
    Category,
    Claim,
    Conflict,
    Count,
    DateSpan,
    Event,
    Figure,
    FigureValue,
    GazetteerEntry,
    Grade,
    Group,
    Measure,
    PlaceMention,
    Precision,
)
from reconcile.normalize import format_count, format_date
from reconcile.places import (
    SAME_PLACE_THRESHOLD,
    Gazetteer,
    Mention,
    case_gazetteer,
    distance_km,
    fold,
    lookup_name,
    mentions,
    name_words,
    parse,
    place_label,
    place_readings,
    point_of,
    similarity,
)

__all__ = [
    "BASIS_KINDS",
    "DEFAULT_LOCATION_KM",
    "DEFAULT_RULES",
    "FIGURE_GRADES",
    "ROLES",
    "BasisKind",
    "CasualtyRule",
    "FigureBases",
    "FigureBasis",
    "FigureGrade",
    "FigureInput",
    "GradeInput",
    "GradeRule",
    "MergeError",
    "Role",
    "Rules",
    "SourceFigure",
    "credible_range",
    "merge",
    "merge_group",
    "overlapping_categories",
    "place_names",
    "precedence_grade",
    "sides_taking_part",
    "within",
]

#: How a source stands to the party whose losses a figure counts.
#:
#: The role is the origin's (`reconcile.independence.Alignment.speaker`): a relayed party's word is that party's, and
#: a monitor passing on a name that is neither a source nor a party of the case is not a monitor counting.
#:
#: - ``monitor``: a monitor (``Source.kind == "monitor"``) that speaks for and is aligned with no party;
#: - ``own``: the figure costs the source's side something: the source speaks for the party or an aligned one (or
#:   is itself aligned with one of them) and gives its own side's soldiers' (or people's) losses, or it gives
#:   civilians of any party (its own side's, the enemy's, or a party that stands for the civilian population) that
#:   it says its own side killed: an admission against interest;
#: - ``partisan``: a civilian toll in its source's side's interest: civilians (of its own side or of any other
#:   party) it says another side killed (the figure accuses that side), or none killed where it names its own side,
#:   or a denial naming its own side (the figure clears it);
#: - ``media``: a media outlet, analyst (or any other source) that speaks for and is aligned with no party;
#: - ``enemy``: the source speaks for, or is aligned with, another side only, and the figure is of that side's
#:   soldiers or people of unknown status (a claim about the enemy's losses), or of another party's civilians in a
#:   claim that blames nobody.
#:
#: Only civilians are read by whom the claim blames (its ``initiator``): a side's soldiers killed are its loss
#: whoever killed them, while civilians killed are a charge against whoever killed them.
Role = Literal["monitor", "own", "partisan", "media", "enemy"]
ROLES: Final[tuple[Role, ...]] = ("monitor", "own", "partisan", "media", "enemy")

#: Places farther apart than this (great-circle km) cannot be one incident's place.
DEFAULT_LOCATION_KM: Final = 25.0


class MergeError(ReconcileError, ValueError):
    """A broken contract in the merge: a group names a claim the case lacks, a casualty rule returns an impossible
    range (or numbers that are not whole), or a grading rule a grade not in `GRADES`."""


# --------------------------------------------------------------------------------------------------------------
# What the rules receive
# --------------------------------------------------------------------------------------------------------------


@attrs.frozen
class SourceFigure:
    """One source's counted figure for one party, category and measure, as a casualty rule sees it.

    ``count`` is the source's figure (the sum, where claims add up); ``claims`` are the global ids it comes from;
    ``origin`` is the source whose word it is (the relayed source for a relay); ``role`` is the origin's stance
    towards the figure's party.
    """

    source: str
    origin: str
    role: Role
    count: Count
    claims: tuple[str, ...]


@attrs.frozen
class FigureInput:
    """The argument of a casualty rule: a figure's key and the counted figures, one per source, sorted by source."""

    party: str
    category: Category
    measure: Measure
    values: tuple[SourceFigure, ...]

    def counts(self, *roles: Role) -> tuple[Count, ...]:
        """The counts of the values with one of ``roles`` (all values when no role is given)."""
        return tuple(v.count for v in self.values if not roles or v.role in roles)


@attrs.frozen
class GradeInput:
    """The argument of a grading rule, computed from the claims that still count (not superseded).

    ``asserting`` and ``denying`` are the origins (sorted, distinct) of asserting claims and of denials of the
    incident; ``independent`` is how many independent origins assert (`reconcile.independence.origin_groups`:
    origins are joined when they speak for the same or aligned parties, when one only relays the other, or when a
    claim of one is a probable relay of the other; a monitor or an unaligned outlet stands alone). ``admissions``
    are the admissions against interest of asserting claims; one with ``alleged_by`` concedes a fact that an
    opposing side asserts. ``clearing`` are the origins of denials that clear their own side
    (`reconcile.independence.cleared_party`: the denial names its own side or an ally as the party it clears), which
    ``denying`` leaves out: they dispute who did it, not that it happened.
    """

    asserting: tuple[str, ...]
    denying: tuple[str, ...]
    independent: int
    conflicts: tuple[Conflict, ...]
    admissions: tuple[Admission, ...] = ()
    clearing: tuple[str, ...] = ()


#: ``(figure) -> (low, best, high)``; ``high is None`` means open. Must keep ``0 <= low <= best <= high``.
CasualtyRule = Callable[[FigureInput], tuple[int, int, int | None]]
#: ``(grade input) -> grade``.
GradeRule = Callable[[GradeInput], Grade]


# --------------------------------------------------------------------------------------------------------------
# The default rules
# --------------------------------------------------------------------------------------------------------------


def _precise(counts: Iterable[Count]) -> list[Count]:
    return [c for c in counts if c.high is not None]


def credible_range(figure: FigureInput) -> tuple[int, int, int | None]:
    """Own-side admissions are the floor, claims about the enemy the loosest ceiling, a monitor's figure the best.

    A count's point is its low end (the conservative reading: "15 to 20" counts as 15). A *precise* count has an
    upper end; an open one ("at least 4", "suffering casualties") only constrains.

    An admission is a figure that costs its source's side: its own soldiers' losses, or civilians (of any party) it
    says its own side killed. A civilian toll that a side blames on another side is an accusation, not an
    admission (tolls that accuse the enemy are often inflated), and a "none" of civilians where a side names its
    own side (of its own civilians or another party's) clears itself; both are partisan figures, credible as a
    ceiling but never as a floor.

    best, the first that applies:
    1. a neutral monitor's precise figure (the highest, if monitors differ: a monitor counts confirmed cases);
    2. the party's own precise admission (the highest, if several own-side sources speak);
    3. the lowest precise figure of media and analysts;
    4. the lowest precise figure of the belligerents' other claims (partisan figures and the enemy side's), a
       partisan none (a side clearing itself, which counts nobody) only when no other of them is given: beside
       only open ones ("more than 60") the next rule applies to them;
    5. only open counts: the highest low among them (the least that every statement allows).

    best is then raised to the highest low of admissions and of monitors (their words are credible minimums).

    low: the highest low of admissions where the party admits any (sources rarely overstate their own dead), else
    the lowest low among precise counts; when none is precise, the lowest of the belligerents' lows and of the
    highest low of media and monitors (neutral floors are one floor: "at least 30" does not doubt "at least 59").

    high: the highest upper end among media, monitors, partisan figures and the enemy side; the enemy side is left
    out when a monitor gives a precise figure (a neutral count outranks a belligerent's claim about its enemy,
    whose toll above it is then flagged as outside), while a party's own civilian toll stays in (it counts its own
    dead, where a monitor counts only those it could confirm); with no such source, the highest upper end of all.
    Open when none of those counts has an upper end, or when an admission or a monitor's count is open above all of
    them ("at least 500" beside "about 300"); never below best. A partisan none beside another belligerent's toll
    is no upper end: beside "more than 60" alone the high is open. Upper ends that all lie below the low of an
    admission or a monitor's count bound nothing: the high is then the highest upper end of admissions and monitors
    (the enemy's none beside an admission of "several", 3 to 9, leaves 9).
    """
    return _credible_range([(value.role, value.count) for value in figure.values])


def _credible_range(values: Sequence[tuple[Role, Count]]) -> tuple[int, int, int | None]:
    """`credible_range` of the values' roles and counts: merge calls it without building the `FigureInput`."""
    if len(values) == 1:
        # Half the figures of a large case have one value, and every rule above then picks it: (low, low, high).
        ((_role, only),) = values
        return only.low, only.low, only.high
    by_role: dict[Role, list[Count]] = {role: [] for role in ROLES}  # one pass: merge calls this for every figure
    for role, count in values:
        by_role.setdefault(role, []).append(count)  # any other role counts only in everything
    everything = [count for _role, count in values]
    own, monitor, media, enemy = by_role["own"], by_role["monitor"], by_role["media"], by_role["enemy"]
    partisan = by_role["partisan"]
    monitor_precise = _precise(monitor)
    belligerent = _precise(partisan + enemy)
    # A partisan none clears its side and counts nobody: the best only where no other belligerent figure is given.
    # Beside an open one ("more than 60") it bounds nothing either: the best is then the open figures' (step 5).
    tolls = [c for c in partisan if c.high != 0] + enemy
    cleared = bool(partisan) and len(tolls) < len(partisan) + len(enemy) and bool(tolls)
    counted = _precise(tolls) if partisan else belligerent
    best_order = (
        (monitor_precise, max),
        (_precise(own), max),
        (_precise(media), min),
        (counted or ([] if cleared else belligerent), min),
    )
    for counts, pick in best_order:
        if counts:
            best = pick(c.low for c in counts)
            break
    else:
        best = max(c.low for c in everything)
    minimums = own + monitor
    if minimums:
        best = max(best, max(c.low for c in minimums))

    # An admission is a floor; without one, the most conservative reading any source gives. Where every count is
    # open, the neutral sources' floors are one floor, their highest: an outlet's earlier "at least 30" does not
    # doubt another's "at least 59", it knew less; a belligerent's floor (an accusation, a claim about the enemy)
    # still lowers the low on its own, as no floor of a side is credible.
    if own:
        low = max(c.low for c in own)
    elif precise := _precise(everything):
        low = min(c.low for c in precise)
    else:
        floors = [count.low for role, count in values if role not in ("media", "monitor")]
        if media or monitor:
            floors.append(max(c.low for c in media + monitor))
        low = min(floors)

    ceiling = media + monitor + partisan if monitor_precise else media + monitor + partisan + enemy
    if cleared:  # a side's none beside another belligerent's toll is no ceiling of it
        nones = {id(c) for c in partisan if c.high == 0}
        ceiling = [c for c in ceiling if id(c) not in nones]
    ends = [c.high for c in (ceiling or everything) if c.high is not None]
    if not ends:
        return low, best, None
    top = max(ends)
    # A credible minimum left open above every upper end ("at least 500" beside "about 300") bounds nothing: the
    # high stays open rather than close at that minimum, which no source gives as a ceiling.
    if any(c.high is None and c.low > top for c in minimums):
        return low, best, None
    # Nor does a ceiling below a credible minimum bound it: an enemy's none (or any toll under what the party itself
    # admits) beside an admission of "several" (3 to 9) leaves the admission's own upper end, as it stands alone,
    # rather than close the range at its low end.
    if any(c.low > top for c in minimums):
        top = max(c.high for c in minimums if c.high is not None)
    return low, best, max(top, best)


def precedence_grade(grade: GradeInput) -> Grade:
    """The first that applies: denied, contested, confirmed, corroborated, single-source.

    1. denied: denials of the incident count and no assertion does (nobody who still speaks says it happened);
    2. contested: there is at least one conflict (agreement on some points does not outweigh a disagreement the
       reader must see);
    3. confirmed: the party a fact harms concedes it, and an opposing side asserts it (an admission against
       interest with an allegation: its own soldiers' losses, or civilians its own side harmed; a side claiming
       responsibility for starting it concedes nothing);
    4. corroborated: two or more independent origins assert it (sources for different, non-aligned parties, or a
       monitor or unaligned outlet besides a party's source; a relay or a probable relay is its origin's word);
    5. single-source: everything rests on one origin, or on origins that are not independent of one another.
    """
    if grade.denying and not grade.asserting:
        return "denied"
    if grade.conflicts:
        return "contested"
    if any(admission.alleged_by for admission in grade.admissions):
        return "confirmed"
    if grade.independent >= 2:
        return "corroborated"
    return "single-source"


def _rule_text(rule: Callable[..., object]) -> list[str]:
    """A rule's docstring as lines (one per paragraph or list item), or its name when it has none.

    A rule of the user's (one not defined in ``reconcile``, or one given arguments with `functools.partial`) is
    named first, as ``custom rule module.name(arguments):``, so that a reader of the methodology knows which code
    produced the figures; a partial is described by the docstring of the function it wraps.
    """
    name, doc = _rule_name_and_doc(rule)
    if not doc:
        return [f"custom rule {name} (undocumented)"]
    lines: list[str] = []
    for paragraph in doc.split("\n\n"):
        current: list[str] = []
        for line in paragraph.splitlines():
            stripped = line.strip()
            starts_item = stripped[:2].rstrip(".").isdigit() or stripped.endswith(":")
            if current and (starts_item or current[-1].endswith(":")):
                lines.append(" ".join(current))
                current = []
            current.append(stripped)
        if current:
            lines.append(" ".join(current))
    if name:
        lines[0] = f"custom rule {name}: {lines[0]}"
    return lines


def _rule_name_and_doc(rule: Callable[..., object]) -> tuple[str, str | None]:
    """The rule's qualified name (empty for a function of ``reconcile`` itself) and its docstring."""
    arguments: list[str] = []
    function: object = rule
    while isinstance(function, functools.partial):
        arguments[:0] = [*(repr(a) for a in function.args), *(f"{k}={v!r}" for k, v in function.keywords.items())]
        function = function.func
    if inspect.isroutine(function) or inspect.isclass(function):
        doc, owner = inspect.getdoc(function), function
    else:  # a callable object: its class says what it does
        doc, owner = inspect.getdoc(function), type(function)
    module = str(getattr(owner, "__module__", "") or "")
    qualname = str(getattr(owner, "__qualname__", "") or getattr(owner, "__name__", "") or repr(owner))
    if module.split(".")[0] == "reconcile" and function is rule:
        return ("" if doc else qualname), doc
    called = f"({', '.join(arguments)})" if arguments else ""
    return f"{module}.{qualname}{called}" if module else f"{qualname}{called}", doc


def _real(value: object) -> bool:
    """Whether ``value`` is an int or float (not a bool, nor text such as "10")."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def _claim_ids(value: str | Iterable[str]) -> frozenset[str]:
    """Global claim ids as a set; one id given as text is one id, not its letters."""
    return frozenset((value,) if isinstance(value, str) else value)


@attrs.frozen
class Rules:
    """The merge policy: plain callables and thresholds, swapped with ``attrs.evolve(DEFAULT_RULES, ...)``.

    - ``casualties``: `CasualtyRule`, from a `FigureInput` to ``(low, best, high)``; default `credible_range`;
    - ``grade``: `GradeRule`, from a `GradeInput` to a `Grade`; default `precedence_grade`;
    - ``location_km``: two places farther apart than this are a location conflict; default 25 km;
    - ``relay_similarity``: a claim whose quote is at least this similar (0 to 100) to an earlier claim of another
      origin may be a probable relay (`reconcile.independence.probable_relays`); default 85;
    - ``relay_days``: ... when stated at most this many days after it; default 3;
    - ``first_hand``: global ids of claims checked by hand as first-hand: never flagged as probable relays.
    """

    casualties: CasualtyRule = attrs.field(default=credible_range)
    grade: GradeRule = attrs.field(default=precedence_grade)
    location_km: float = attrs.field(default=DEFAULT_LOCATION_KM)
    relay_similarity: float = attrs.field(default=DEFAULT_RELAY_SIMILARITY)
    relay_days: int = attrs.field(default=DEFAULT_RELAY_DAYS)
    first_hand: frozenset[str] = attrs.field(default=frozenset(), converter=_claim_ids)

    @casualties.validator
    @grade.validator
    def _callable(self, attribute: attrs.Attribute[Callable[..., object]], value: object) -> None:
        # None or a rule's name failed deep in the merge ("'NoneType' object is not callable").
        if not callable(value):
            takes = ("a FigureInput and returns (low, best, high)" if attribute.name == "casualties" else
                     "a GradeInput and returns a grade")
            raise TypeError(f"Rules.{attribute.name} must be a function that takes {takes}, got {value!r}")

    @location_km.validator
    def _positive(self, _attribute: attrs.Attribute[float], value: float) -> None:
        if not _real(value) or not value > 0:
            raise ValueError(f"location_km must be a positive number of kilometres, got {value!r}")

    @relay_similarity.validator
    def _percent(self, _attribute: attrs.Attribute[float], value: float) -> None:
        if not _real(value) or not 0 < value <= 100:
            raise ValueError(f"relay_similarity must be above 0 and at most 100, got {value!r}")

    @relay_days.validator
    def _days(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"relay_days must be a whole number of days, 0 or more, got {value!r}")

    def describe(self) -> list[str]:
        """The rules in plain sentences, for the methodology section of a report."""
        return [
            "Claims: a claim that its own source supersedes stays in the record but no longer counts (figures, "
            "denial, initiator, place, date).",
            "Figures: for each party, category and measure, each source's figure is the one in its latest "
            "statement (by statement date, ties by claim id); claims it adds to (adds_to) add up with it.",
            "Roles: a figure's source is own side (it speaks for, or is aligned with, the party or an ally), enemy "
            "side, monitor or media/analyst; a figure of civilians is read by whom its claim blames (initiator): "
            "civilians of any party it says its own side killed are an admission, civilians it says another side "
            "killed accuse that side, and none killed (or a denial) where it names its own side clears it, so the "
            "last two are partisan figures, not admissions; a claim that relays a source of "
            "the case counts as that source, one that relays a party of the case (by id, name or alias) as that "
            "party's own source, and one that relays any other name is of unknown provenance: a monitor's such "
            "relay counts as media/analyst.",
            *(f"Casualty rule: {line}" for line in _rule_text(self.casualties)),
            "Outside: a counted figure that does not overlap [low, high] is flagged as outside the range.",
            "Basis: each figure says what its best rests on, from its own sources only: the strongest kind of "
            "source whose counted value holds the best (monitor, own admission, independent media, belligerent "
            "about own side, belligerent about another party, enemy claim only), how many independent origins give "
            "it (a relay is its origin's word), their words where vague, and a figure grade (contested, confirmed, "
            "corroborated, single-source).",
            "Conflicts are found between claims of different origins (a source revising itself is not a "
            "conflict): casualties (figures that cannot both be true), existence (a denial of the incident against an "
            "assertion, from a source that does not itself assert the incident; a denial naming its own side as "
            "the party it clears disputes who did it, not that it happened), "
            "attribution (initiators of different sides: aligned parties are one side; 'unknown' disagrees with "
            "nobody), "
            f"location (places more than {self.location_km:g} km apart, or in different countries, with no "
            "pair of the two claims' places compatible), date (spans of two assertions that do not overlap; a "
            "source's second part dated later does not count where its main claim dates the incident; a denial "
            "dates nothing).",
            "Date: the days all counted assertions allow (their intersection), or the span covering them all when "
            "they do not overlap; the denials' days only where no assertion counts (a denial says the incident did "
            "not happen, not when it happened).",
            "Independence: the origins of asserting claims are joined when they speak for the same or aligned "
            "parties, when one speaks in the event only by relaying the other (a relay of a relay counts as the "
            "original), or when a claim of one is a probable relay of a claim of the other; each group left is one "
            "independent origin.",
            f"Probable relays: a claim that names no relayed source but nearly repeats an earlier claim of another "
            f"origin (quote similarity at least {self.relay_similarity:g} of 100, the same stance, no figure that "
            f"differs, stated at most {self.relay_days} day{'s' if self.relay_days != 1 else ''} later, not across "
            "opposing sides) is flagged and does not count as an independent origin"
            + (f"; {len(self.first_hand)} claim{'s' if len(self.first_hand) != 1 else ''} checked as first-hand "
               f"{'are' if len(self.first_hand) != 1 else 'is'} never flagged: {', '.join(sorted(self.first_hand))}."
               if self.first_hand else "."),
            "Admissions against interest: a claim whose origin concedes losses of its own side's soldiers (at least "
            "one, any measure), or civilian casualties its own side caused; it confirms the event when a claim of "
            "an opposing side, in another origin group, asserts the same fact. A side saying that its own side "
            "started it claims responsibility: evidence of who attacked, but no concession, so it confirms nothing. "
            "A statement relayed counts once.",
            *(f"Grade: {line}" for line in _rule_text(self.grade)),
        ]


DEFAULT_RULES: Final = Rules()


def within(count: Count, low: int, high: int | None) -> bool:
    """Whether a value lies within ``[low, high]``: some number the source's words allow is in the range.

    An interval is inside when it overlaps the range, so "suffering casualties" (at least 1) lies within
    ``[3, 5]``; "15 to 20" does not lie within ``[4, 5]``.
    """
    return count.overlaps(Count(low, high))


# --------------------------------------------------------------------------------------------------------------
# The cast: parties, alignment, origins, roles
# --------------------------------------------------------------------------------------------------------------


class _Cast(Alignment):
    """Look-ups over a case: claims, sources, parties, alignment (`Alignment`), who speaks in each claim, and the
    names in each place text. Built once per case and only read while merging, so groups can be merged in any
    order or process.

    ``merging``: the global ids of the claims to be merged when not all of them (`merge_group`): the look-ups per
    claim (`said_by_id`) are then built for those alone.
    """

    def __init__(self, case: Case, merging: Collection[str] | None = None,
                 read: dict[str, tuple[Mention, ...]] | None = None,
                 taking_part: frozenset[str] | None = None) -> None:
        super().__init__(case.parties, case.sources)
        self.case = case
        self.claims: dict[str, Claim] = {}
        copies: dict[str, list[Claim]] = {}
        for claim in case.claims:
            first = self.claims.setdefault(claim.global_id, claim)
            if first is not claim:
                copies.setdefault(claim.global_id, [first]).append(claim)
        # A global id read twice keeps one claim, chosen by content so that the order of reading does not matter:
        # the first file and line, and repr (slow) only breaks ties between copies read from one file and line.
        for gid, same in copies.items():
            first_place = min((claim.file, claim.line) for claim in same)
            tied = [claim for claim in same if (claim.file, claim.line) == first_place]
            self.claims[gid] = tied[0] if len(tied) == 1 else min(tied, key=repr)
        to_merge = self.claims if merging is None else {g: self.claims[g] for g in merging if g in self.claims}
        # Global id -> the claim with its speaker, which merge and `reconcile.independence` ask for again and again.
        self.said_by_id: dict[str, Said] = {
            gid: Said(gid, claim, self.speaker(claim)) for gid, claim in to_merge.items()
        }
        # A party's id, name or alias, folded -> the party (the first by id where two share a name): for `country`.
        self._party_of_name: dict[str, str] = {}
        for party in self.parties.values():
            for name in (party.id, party.name, *party.aliases):
                self._party_of_name.setdefault(name.casefold(), party.id)
        # Names that say no place of their own ("the front line", "Armenian positions"), as matching's default
        # words read them: left out of an event's places where the text names others (`places`).
        self.vague = VagueNames.of(parties=case.parties)
        # (place text, region) -> each name with the entry it resolves to, for `gazetteer` (`places`).
        self._places: dict[tuple[str, str | None], tuple[tuple[str, GazetteerEntry | None], ...]] = {}
        # (place text, region) -> the places of the incident it names, for `gazetteer` (`spots`).
        self._spots: dict[tuple[str, str | None], tuple[_Spot, ...]] = {}
        # (place text, region, km) -> its `distinct_spots`.
        self._distinct: dict[tuple[str, str | None, float], tuple[_Spot, ...]] = {}
        self._region_spots: dict[str, tuple[_Spot, ...]] = {}  # a region text's names, whatever the gazetteer
        self._gazetteer: Gazetteer | None = None
        # Place text -> its `places.mentions`; ``read``, where matching has read the case's texts already.
        self._mentions: dict[str, tuple[Mention, ...]] = {} if read is None else read
        # (start, end, precision) -> an event's date (`_event_date`).
        self.dates: dict[tuple[dt.date, dt.date, Precision], DateSpan] = {}
        # The sides that take part (`takes_part`), worked out when a note or a basis first asks; given by an engine
        # that merges a share of the claims (`sides_taking_part` of the whole case).
        self._taking_part: frozenset[str] | None = taking_part

    def takes_part(self, party: str) -> bool:
        """Whether a party's side takes part in the conflict as the case records it: a source speaks for or with
        it, a claim relays it, or a claim names it as the one that started something. A party that does none of
        these (one that stands for the civilian population, say) is no one's enemy: its civilians killed are not
        "the enemy's losses"."""
        if self._taking_part is None:
            self._taking_part = self.sides_taking_part()
        return self.side(party) in self._taking_part

    def sides_taking_part(self) -> frozenset[str]:
        """The sides of `takes_part`, over every claim of the case."""
        sides = {side for source in self.sources.values() for side in self.sides(source)}
        for claim in self.claims.values():
            sides.update(self.speaker(claim).sides)
            if claim.initiator and claim.initiator != UNKNOWN:
                sides.add(self.side(claim.initiator))
        return frozenset(sides)

    def places(
        self, text: str, region: str | None, gazetteer: Gazetteer
    ) -> tuple[tuple[str, GazetteerEntry | None], ...]:
        """The names of a place text as a list of places shows them (`places.place_label`: a region with its generic
        words, "Qazakh Rayon"), each with the entry it resolves to given the region (or ``None``), each once: claims
        repeat places and regions, and asking the gazetteer again costs a look-up per name."""
        if gazetteer is not self._gazetteer:
            self._places, self._spots, self._distinct, self._gazetteer = {}, {}, {}, gazetteer
        key = (text, region)
        found = self._places.get(key)
        if found is None:
            read = [
                # A name that resolves names a place of its own: it is labelled as one, never as vague words.
                (place_label(mention) if entry is not None else place_label(mention, self.vague(mention.name)), entry)
                for mention, entry in self._resolved(text, region, gazetteer)
            ]
            found = self._places[key] = tuple(dict.fromkeys(read))
        return found

    def _resolved(
        self, text: str, region: str | None, gazetteer: Gazetteer
    ) -> list[tuple[Mention, GazetteerEntry | None]]:
        """Each name of a place text with the entry it resolves to, in the claim's region (`place_readings`); a name
        that places tie for, beside the other places of the text (`Gazetteer.resolve_beside`): Jermuk in "Goris,
        Sotk and Jermuk" is the Jermuk near Sotk."""
        named = self._mentions.get(text)
        if named is None:
            named = self._mentions[text] = mentions(text)  # one text, many regions: read once
        readings = place_readings(text, region, named, vague=self.vague)
        # A unit by its name with the unit's word (`lookup_name`): Ağdam rayonu is the town of the Ağdam district.
        entries = [gazetteer.resolve_entry(lookup_name(mention), region=hint) for mention, hint in readings]
        if len(readings) > 1 and None in entries:
            points = [(e.lat, e.lon) for e in entries if e is not None and e.lat is not None and e.lon is not None]
            if points:
                entries = [
                    entry if entry is not None or self.vague(mention.name)
                    else gazetteer.resolve_beside(lookup_name(mention), points, region=hint)
                    for (mention, hint), entry in zip(readings, entries, strict=True)
                ]
        return [(mention, entry) for (mention, _hint), entry in zip(readings, entries, strict=True)]

    def spots(self, claim: Claim, gazetteer: Gazetteer) -> tuple[_Spot, ...]:
        """The places that a claim's place text names, as `_Spot` values (see `_beyond`): its settlements, sites and
        unmarked names, and the towns written after them to say what they lie in (Kyiv in "Okhmatdyt children's
        hospital, Kyiv"); not its regions, states, places a distance is measured from, or names that say no place
        of their own ("the front line")."""
        if gazetteer is not self._gazetteer:
            self._places, self._spots, self._distinct, self._gazetteer = {}, {}, {}, gazetteer
        key = (claim.place, claim.region)
        found = self._spots.get(key)
        if found is None:
            # Asked for the few claims that name several places and for those they are compared with: kept apart
            # from `places`, which every claim asks for, so that the many texts of one name cost no memory here.
            text, region = key
            spots = [
                _Spot(mention.name, entry, mention.container)
                for mention, entry in self._resolved(text, region, gazetteer)
                if not (self.vague(mention.name) or mention.kind == "region" or mention.reference
                        or (mention.broad and not mention.container))
            ]
            found = self._spots[key] = tuple(dict.fromkeys(spots))
        return found

    def region_spots(self, region: str | None) -> tuple[_Spot, ...]:
        """The names of a claim's ``region`` text ("Sanmatenga, Centre-Nord"), as `_Spot` values without entries:
        what the claim's place lies in (see `_beyond`)."""
        if region is None or not region.strip():
            return ()
        found = self._region_spots.get(region)
        if found is None:
            found = self._region_spots[region] = tuple(dict.fromkeys(
                _Spot(mention.name, None) for mention in mentions(region) if not self.vague(mention.name)))
        return found

    def distinct_spots(self, claim: Claim, gazetteer: Gazetteer, km: float) -> tuple[_Spot, ...]:
        """The places of `spots` that are not containers, those that are one place with an earlier one left out
        (`_distinct_spots`): how many places of the incident a claim names."""
        key = (claim.place, claim.region, km)
        found = self._distinct.get(key)
        if found is None:
            found = self._distinct[key] = tuple(_distinct_spots(
                [spot for spot in self.spots(claim, gazetteer) if not spot.container], km))
        return found

    def named(self, claim: Claim, gazetteer: Gazetteer) -> tuple[_Spot, ...]:
        """Every place that a claim's place text names, as `_Spot` values: those of `spots` and also its regions,
        directions and areas ("Jermuk direction"), not the names that say no place of their own ("the front
        line"). Asked only for the claims of a location conflict (`_unresolved_in_common`)."""
        return tuple(dict.fromkeys(
            _Spot(mention.name, entry, mention.container)
            for mention, entry in self._resolved(claim.place, claim.region, gazetteer)
            if not self.vague(mention.name)
        ))

    def named_places(self, claim: Claim, gazetteer: Gazetteer) -> int:
        """How many names `places` lists for a claim's place text: at least as many as its `spots`."""
        return len(self.places(claim.place, claim.region, gazetteer))

    def role(self, said: Said, party: str, category: Category, count: Count) -> Role:
        """The role of ``said``'s origin for its figure ``count`` of ``party``'s ``category`` (see `Role`)."""
        speaker = said.speaker
        sides = speaker.sides
        if not sides:
            return "monitor" if speaker.kind == "monitor" else "media"
        own_party = self.component.get(party, party) in sides  # `side`, inline: asked for every figure
        if category != "civilians":
            return "own" if own_party else "enemy"
        # Civilians killed are a charge against whoever killed them: the claim's initiator says whom it blames.
        blamed = said.claim.initiator
        if blamed is None or blamed == UNKNOWN:
            return "own" if own_party else "enemy"  # it blames nobody: its toll accuses no one
        if self.component.get(blamed, blamed) not in sides:
            return "partisan"  # another side killed them (its own side's civilians or anyone's): an accusation
        if count.high == 0 or said.claim.stance == "denies":
            return "partisan"  # none killed by its own side, or a denial naming its own side: it clears itself
        return "own"  # its own side killed them, whoever's civilians they were: an admission against interest

    def country(self, value: str | None) -> str | None:
        """A gazetteer country as a party id where it names a party of the case (id, name or alias), else folded."""
        if value is None or not value.strip():
            return None
        folded = value.strip().casefold()
        return self._party_of_name.get(folded, folded)


class _Spot(NamedTuple):
    """A place named in a claim's place text: the name as written, its gazetteer entry (or ``None``), and whether
    it is written to say what the incident's place lies in (`places.Mention.container`)."""

    name: str
    entry: GazetteerEntry | None
    container: bool = False


def _same_spot(a: _Spot, b: _Spot, km: float) -> bool:
    """Whether two named places can be one incident's place: the same entry, or two entries within ``km`` of each
    other; where either has no coordinates, names that `places.similarity` takes for one place."""
    x, y = a.entry, b.entry
    if x is not None and y is not None:
        if x.id == y.id:
            return True
        if x.lat is not None and x.lon is not None and y.lat is not None and y.lon is not None:
            return distance_km(x.lat, x.lon, y.lat, y.lon) <= km
    names_a = {a.name} if x is None else {a.name, x.name}
    names_b = {b.name} if y is None else {b.name, y.name}
    return any(_one_name(p, q) for p in names_a for q in names_b)


@functools.lru_cache(maxsize=1 << 16)  # the claims of an event name the same few places again and again
def _one_name(a: str, b: str) -> bool:
    """Whether `places.similarity` takes two names for one place."""
    return similarity(a, b) >= SAME_PLACE_THRESHOLD


def _located(spot: _Spot) -> bool:
    return spot.entry is not None and spot.entry.lat is not None and spot.entry.lon is not None


def _distinct_spots(spots: Sequence[_Spot], km: float) -> list[_Spot]:
    """``spots`` without those that are one place with an earlier one (`_same_spot`)."""
    kept: list[_Spot] = []
    for spot in spots:
        if not any(_same_spot(spot, other, km) for other in kept):
            kept.append(spot)
    return kept


def _beyond(cast: _Cast, wide: Said, narrow: Said, gazetteer: Gazetteer, km: float,
            event: Sequence[Said], resolved: bool | None = None) -> tuple[str, ...]:
    """The places that ``wide`` names beyond those of ``narrow`` and of every other claim of ``event`` (the claims
    that still count), where ``wide`` covers more ground: it names more distinct places of the incident than
    ``narrow`` (`_Cast.spots`, places within ``km`` of each other counted once), one of them in common with
    ``narrow``, and one that no other claim of the event names. Else ``()``. Where the gazetteer resolves some
    place of the event, only a place with coordinates more than ``km`` from all of ``narrow``'s, which must all
    have coordinates, counts as one beyond; where it resolves none (a case without a gazetteer), the names
    decide. ``resolved``: whether the gazetteer resolves some place of the event, where the caller knows.

    A monitor's round-up of one night's strikes ("43 killed in Kyiv, Kryvyi Rih, Dnipro, Pokrovsk and Kramatorsk")
    joins the event of the strike on Kyiv, where the city's own toll is 33: its 43 counts the other cities' dead
    too. A place that another claim of the event names is the event's ground ("near Berd and Chinari", where a
    monitor reports from Chinari): the two villages name one clash. A claim added to the event can only take
    places out of the result, so a conflict that the result suppresses can come back, never go (law 5).
    """
    if cast.named_places(wide.claim, gazetteer) < 2:
        return ()
    spots = [spot for spot in cast.spots(wide.claim, gazetteer) if not spot.container]
    if len(spots) < 2:  # most claims name one place, and one place covers no more ground than another claim's
        return ()
    others = cast.spots(narrow.claim, gazetteer)
    if not others:
        return ()
    mine = cast.distinct_spots(wide.claim, gazetteer, km)
    if len(mine) <= len(cast.distinct_spots(narrow.claim, gazetteer, km)):
        return ()
    # A town that ``narrow`` names as what its place lies in is common ground too: "Okhmatdyt children's
    # hospital, Kyiv" is in the Kyiv of a round-up.
    outside = [spot for spot in mine if not any(_same_spot(spot, other, km) for other in others)]
    if len(outside) == len(mine):  # no place in common: another place, which is a matter of location
        return ()
    if resolved is None:
        resolved = any(spot.entry is not None for said in event for spot in cast.spots(said.claim, gazetteer))
    if resolved or any(spot.entry is not None for spot in (*mine, *others)):
        # Where the gazetteer knows some of its places, a name it does not know may be a hamlet next to them ("the
        # villages of Karmirgyugh and Gandzak"), and a place it knows may be next to a name it does not ("Masis",
        # a name of several villages, beside Norabats): only a distance tells that a place lies beyond.
        if not all(_located(other) for other in others):
            return ()
        outside = [spot for spot in outside if _located(spot)]
    if not outside:
        return ()
    for said in event:
        if said is not wide and said is not narrow:
            ground = cast.spots(said.claim, gazetteer)
            outside = [spot for spot in outside if not any(_same_spot(spot, other, km) for other in ground)]
            if not outside:
                return ()
    # A name that a claim of the event (``wide`` and ``narrow`` among them) gives as its region is what the
    # incident's place lies in, not a place beyond it: "Barsalogho (Sanmatenga)" beside a claim of region
    # "Sanmatenga, Centre-Nord" names one village, with its province written in brackets.
    for said in event:
        regions = cast.region_spots(said.claim.region)
        outside = [spot for spot in outside if not any(_same_spot(spot, other, km) for other in regions)]
        if not outside:
            return ()
    return tuple(spot.name for spot in outside)


class _Ground:
    """`_beyond` over the claims of one event that still count, each pair asked once: the figures, their cautions
    and the casualty conflicts ask it of the same pairs. Only a claim whose place text names several places
    (``several``) can cover more ground, and most events have none."""

    def __init__(self, cast: _Cast, gazetteer: Gazetteer, km: float, event: Sequence[Said]) -> None:
        self.cast, self.gazetteer, self.km, self.event = cast, gazetteer, km, event
        # One claim covers no more ground than another of the event's: there is none.
        self.several = frozenset(
            s.gid for s in event if cast.named_places(s.claim, gazetteer) > 1) if len(event) > 1 else frozenset()
        self._asked: dict[tuple[str, str], tuple[str, ...]] = {}
        self._resolved: bool | None = None

    def beyond(self, wide: Said, narrow: Said) -> tuple[str, ...]:
        """`_beyond` of the two claims."""
        if wide.gid not in self.several:
            return ()
        key = (wide.gid, narrow.gid)
        found = self._asked.get(key)
        if found is None:
            if self._resolved is None:  # whether the gazetteer resolves some place of the event, asked once
                self._resolved = any(spot.entry is not None for said in self.event
                                     for spot in self.cast.spots(said.claim, self.gazetteer))
            found = self._asked[key] = _beyond(self.cast, wide, narrow, self.gazetteer, self.km, self.event,
                                               self._resolved)
        return found


# --------------------------------------------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------------------------------------------

#: A figure's key: party id, category, measure.
_Key = tuple[str, Category, Measure]

_NOUNS: Final[Mapping[str, tuple[str, str]]] = {
    "soldiers": ("soldier", "soldiers"),
    "civilians": ("civilian", "civilians"),
    "unknown": ("person", "people"),
}


def _value_text(count: Count) -> str:
    """A count for the record: its canonical form, with the source's words where they differ."""
    canonical = format_count(count)
    text = " ".join(count.text.split())
    return f"{canonical} ({text})" if text and text != canonical else canonical


def _words(count: Count) -> str:
    """The source's own words for a count that is not an exact number, as a parenthesis (else nothing)."""
    text = " ".join(count.text.split())
    return f' ("{text}")' if not count.exact and text and text != format_count(count) else ""


#: Whose casualties a figure of the party ``unknown`` counts, as a conflict's sentence says it (not "civilians of
#: unknown").
_UNKNOWN_PARTY_WHOSE: Final = "of an unknown party"


def _figure_sentence(cast: _Cast, key: _Key, first: _Counted, second: _Counted) -> str:
    """``A says 4 soldiers of X were killed; B says 5.`` (zero reads "no soldiers ..." and "none")."""
    party, category, measure = key
    singular, plural = _NOUNS[category]
    count = first.total
    one = count.low == 1 and (count.exact or count.high is None)
    noun = singular if one else plural
    whose = (_UNKNOWN_PARTY_WHOSE if party == UNKNOWN
             else f"on {cast.party_name(party)}'s side" if category == "unknown" else f"of {cast.party_name(party)}")
    amount = "no" if count.exact and count.low == 0 else format_count(count)
    verb = "was" if one else "were"
    other = "none" if second.total.exact and second.total.low == 0 else format_count(second.total)
    return (
        f"{cast.who(first.head.claim)} says {amount} {noun} {whose} {verb} {measure}{_words(count)}; "
        f"{cast.who(second.head.claim)} says {other}{_words(second.total)}."
    )


def _date_text(span: DateSpan) -> str:
    canonical = format_date(span)
    text = " ".join(span.text.split())
    return f"{text} ({canonical})" if text and text != canonical else canonical


# --------------------------------------------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------------------------------------------

class _Counted(NamedTuple):
    """A source's counted figure: the head claim (its latest statement), the global ids of the parts that add up,
    the sum, and the role of the head's origin for the figure's party."""

    head: Said
    parts: tuple[str, ...]
    total: Count
    role: Role


#: One claim's count in a figure.
_Statement = tuple[Said, Count]


_ROLE_NOTES: Final[Mapping[Role, str]] = {
    "monitor": "a neutral monitor's figure",
    "own": "the party's own figure",
    "partisan": "a figure in its source's side's interest (it blames another side, or clears its own): not an "
                "admission",
    "media": "a media or analyst figure",
    "enemy": "a claim about the enemy's losses",
}


#: The note of a toll of another party's civilians in which a side concedes that its own side caused it (role
#: ``own``; of its own side's civilians, it stays "the party's own figure").
_ADMITTED_HARM: Final = "an admission against interest: it says its own side caused these civilian casualties"
#: The note of a side's toll of civilians of a party that takes no part (`_Cast.takes_part`: a party that stands for
#: the civilian population, say) in a claim that blames nobody (role ``enemy``): they are not the enemy's losses.
_OTHER_CIVILIANS: Final = "a figure of civilians of a party that takes no part; the claim blames nobody"


def _role_note(cast: _Cast, said: Said, role: Role, party: str, category: Category) -> str:
    """What a counted value's role means, in words (`_ROLE_NOTES`), said right for civilians of another party than
    the source's own side: a toll its own side caused is an admission, and the civilians of a party that takes no
    part (`_Cast.takes_part`) are not "the enemy's losses"."""
    if category == "civilians" and role in ("own", "enemy") and cast.side(party) not in said.speaker.sides:
        if role == "own":
            return _ADMITTED_HARM  # another party's civilians are own only where it names its own side
        if not cast.takes_part(party):
            return _OTHER_CIVILIANS
    return _ROLE_NOTES[role]


def _sum(counts: Sequence[Count]) -> Count:
    highs = [c.high for c in counts]
    high = None if any(h is None for h in highs) else sum(h for h in highs if h is not None)
    return Count(sum(c.low for c in counts), high, " + ".join(c.text or format_count(c) for c in counts))


def _head_and_chain(live: Sequence[_Statement]) -> tuple[Said, list[str], dict[str, _Statement]]:
    """A source's latest statement of a figure (the head), the global ids of the statements that add up to it (in
    order of statement), and the statements by global id."""
    by_id = {said.gid: (said, count) for said, count in live}
    if len(by_id) == 1:
        # The common case: one statement is the figure, whatever it adds to (nothing else of the figure, or itself).
        ((gid, (head, _count)),) = by_id.items()
        return head, [gid], by_id
    added = {target for said, _ in live for target in said.claim.adds_to if target in by_id}
    # A claim that others add to is part of a later total, never a head of its own; with a cycle (hand-built
    # models only: the loader rejects cycles) every claim is a candidate.
    heads = [said for said, _ in by_id.values() if said.gid not in added] or [said for said, _ in by_id.values()]
    head = max(heads, key=lambda said: (said.claim.stated, said.gid))
    chain: list[str] = []
    todo = [head.gid]
    while todo:
        gid = todo.pop()
        if gid in chain or gid not in by_id:
            continue
        chain.append(gid)
        todo.extend(sorted(by_id[gid][0].claim.adds_to, reverse=True))
    chain.sort(key=lambda gid: (by_id[gid][0].claim.stated, gid))
    return head, chain, by_id


def _source_figure(
    cast: _Cast, items: Sequence[_Statement], superseded: Mapping[str, tuple[str, ...]], party: str,
    category: Category, values: list[FigureValue],
) -> _Counted | None:
    """One source's statements of one figure: which count, which add up, which are history (see `merge_group`).
    Adds their values to ``values``; returns the counted figure, if any."""
    if len(items) == 1 and items[0][0].gid not in superseded:
        # The common case: one statement, which is the figure.
        head, total = items[0]
        role = cast.role(head, party, category, total)
        values.append(FigureValue(head.gid, head.claim.source, total,
                                  note=_role_note(cast, head, role, party, category)))
        return _Counted(head, (head.gid,), total, role)
    live = [(said, count) for said, count in items if said.gid not in superseded]
    if len(live) < len(items):
        for said, count in items:
            if said.gid in superseded:
                note = f"superseded by {', '.join(superseded[said.gid])}"
                values.append(FigureValue(said.gid, said.claim.source, count, counted=False, note=note))
    if not live:
        return None
    head, chain, by_id = _head_and_chain(live)
    source = head.claim.source
    if len(chain) == 1:
        total = by_id[head.gid][1]
        role = cast.role(head, party, category, total)
        values.append(FigureValue(head.gid, source, total, note=_role_note(cast, head, role, party, category)))
    else:
        total = _sum([by_id[gid][1] for gid in chain])
        role = cast.role(head, party, category, total)
        listed = " + ".join(f"{gid} ({format_count(by_id[gid][1])})" for gid in chain)
        for gid in chain:
            values.append(FigureValue(
                gid, source, by_id[gid][1], counted=False,
                note=f"counted in the source's total of {format_count(total)}: {listed}",
            ))
        values.append(FigureValue(head.gid, source, total,
                                  note=f"total of {listed}; {_role_note(cast, head, role, party, category)}"))
    if len(by_id) > len(chain):
        for gid, (said, count) in sorted(by_id.items()):
            if gid not in chain:
                values.append(FigureValue(
                    gid, said.claim.source, count, counted=False,
                    note=f"earlier statement: the source's latest figure is in {head.gid}",
                ))
    return _Counted(head, tuple(chain), total, role)


def _stale_relays(by_source: dict[tuple[str, str], list[_Statement]], superseded: Mapping[str, tuple[str, ...]],
                  values: list[FigureValue]) -> dict[tuple[str, str], list[_Statement]]:
    """Takes out of ``by_source`` (statements of one figure by (source, origin)) the relays of an origin made before
    that origin's own latest statement of the figure in the event, adds them to ``values`` as history, and returns
    them by (source, origin).

    An origin's word is its latest statement (`_source_figure`), whoever passes it on: an outlet that relayed the
    ministry's first toll has not heard the ministry's revision, and its figure is the ministry's earlier word, not
    a second current one. A relay of the same day as the origin's latest statement, or later, still counts, unless
    its figure is that of a statement the origin has revised and not that of its latest (the outlet of the
    revision's day that repeats the first toll passes on the first statement, not the second).
    """
    removed: dict[tuple[str, str], list[_Statement]] = {}
    latest: dict[str, Said] = {}
    latest_count: dict[str, tuple[int, int | None]] = {}
    revised: dict[str, set[tuple[int, int | None]]] = {}
    for (source, origin), items in by_source.items():
        if source == origin:
            for said, count in items:
                if said.gid in superseded:
                    revised.setdefault(origin, set()).add((count.low, count.high))
                else:
                    known = latest.get(origin)
                    if known is None or (said.claim.stated, said.gid) > (known.claim.stated, known.gid):
                        latest[origin] = said
                        latest_count[origin] = (count.low, count.high)
    if not latest:
        return removed
    for key in list(by_source):
        source, origin = key
        head = latest.get(origin)
        if source == origin or head is None:
            continue
        kept: list[_Statement] = []
        then = revised.get(origin, set()) - {latest_count[origin]}
        for said, count in by_source[key]:
            if said.gid not in superseded and (said.claim.stated < head.claim.stated
                                               or (count.low, count.high) in then):
                values.append(FigureValue(said.gid, source, count, counted=False, note=(
                    f"relays an earlier statement of {origin}: its latest figure is in {head.gid}")))
                removed.setdefault(key, []).append((said, count))
            else:
                kept.append((said, count))
        if kept:
            by_source[key] = kept
        else:
            del by_source[key]
    return removed


def _wide_figures(counted: Sequence[_Counted], ground: _Ground) -> dict[str, str]:
    """The counted figures of one key whose claim covers more ground than another counted figure's of another
    source and origin (`_beyond`) and that count more than it, by the head's global id, each with the note its value
    takes. A figure of more ground that counts no more than the other's is no total of other incidents: it counts,
    and disagrees where it is below (`_casualty_conflicts`).

    The claim that names the fewest places is never among them, so the range always has a figure left."""
    wide: dict[str, str] = {}
    for figure in counted:
        if figure.head.gid not in ground.several:
            continue
        for other in counted:
            if other is figure or figure.total.low <= other.total.low or not _apart(figure.head, other.head):
                continue
            beyond = ground.beyond(figure.head, other.head)
            if beyond:
                wide[figure.head.gid] = f"{_beyond_note(other.head.gid, beyond)}; not counted in the range"
                break
    return wide


def _figure_order(key: _Key) -> tuple[str, int, int]:
    """Figures come by party, then in the order of `CATEGORIES` and of `MEASURES`."""
    return key[0], _CATEGORY_RANK[key[1]], _MEASURE_RANK[key[2]]


#: What `_checked_range` hands a rule: a `FigureInput`, or the roles and counts for `_credible_range`.
_RuleInput = TypeVar("_RuleInput")

_CATEGORY_RANK: Final = {category: rank for rank, category in enumerate(CATEGORIES)}
_MEASURE_RANK: Final = {measure: rank for rank, measure in enumerate(MEASURES)}


def _figures(
    cast: _Cast, claims: Sequence[Said], superseded: Mapping[str, tuple[str, ...]], rules: Rules, ground: _Ground,
) -> tuple[tuple[Figure, ...], dict[_Key, list[_Counted]]]:
    """The figures of an event, and each figure's counted per-source values (for the casualty conflicts)."""
    # Statements by figure, in the order of the claims; split by source only for a figure of several statements.
    statements: dict[_Key, list[_Statement]] = {}
    for said in claims:
        for casualties in said.claim.casualties:
            party, category = casualties.party, casualties.category
            # `Casualties.measures`, inline: a tuple per call costs more than the four look-ups.
            for measure, count in (("killed", casualties.killed), ("wounded", casualties.wounded),
                                   ("captured", casualties.captured), ("missing", casualties.missing)):
                if count is not None:
                    key = (party, category, measure)
                    found = statements.get(key)  # type: ignore[arg-type]
                    if found is None:
                        statements[key] = [(said, count)]  # type: ignore[index]
                    else:
                        found.append((said, count))
    # The default rule is worked out from the counted values directly, without a `FigureInput` per figure.
    default_rule = rules.casualties is credible_range
    figures: list[Figure] = []
    counted_by_key: dict[_Key, list[_Counted]] = {}
    for key in sorted(statements, key=_figure_order) if len(statements) > 1 else statements:
        party, category, measure = key
        items = statements[key]
        if default_rule and len(items) == 1 and items[0][0].gid not in superseded:
            # Most figures: one statement of one source, which the default rule takes as it is (low, low, high), so
            # that it is never outside; `_source_figure` and `_credible_range` would say the same.
            head, total = items[0]
            role = cast.role(head, party, category, total)
            figures.append(Figure(party, category, measure, total.low, total.low, total.high, (
                FigureValue(head.gid, head.claim.source, total, note=_role_note(cast, head, role, party, category)),
            )))
            counted_by_key[key] = [_Counted(head, (head.gid,), total, role)]
            continue
        # A source's statements of one origin: its own word, or what it relays of one other. An outlet that relays
        # one side's toll and then the other's has not revised anything: each relayed word is its origin's.
        by_source: dict[tuple[str, str], list[_Statement]] = {}
        for said, count in items:
            by_source.setdefault((said.claim.source, said.speaker.origin), []).append((said, count))
        values: list[FigureValue] = []
        counted: list[_Counted] = []
        # Relays their origin has since revised: out of the range and the basis, still in the conflicts, so that
        # adding a claim of a new source (the origin's correction) never hides a disagreement (law 5,
        # docs/testing-rules.md): what the relay passed on was said.
        stale = _stale_relays(by_source, superseded, values) if len(by_source) > 1 else {}
        for source in sorted(by_source) if len(by_source) > 1 else by_source:
            source_counted = _source_figure(cast, by_source[source], superseded, party, category, values)
            if source_counted is not None:
                counted.append(source_counted)
        if not counted:
            # Only withdrawn (superseded) figures: the source took them back, so there is nothing to reconcile;
            # the claims stay in Event.claims and Event.superseded.
            continue
        # A figure of a claim that covers more ground than another counted one (`_beyond`) may count other
        # incidents too: out of the range and the basis, still in the conflicts, where it is judged as a total.
        wide = _wide_figures(counted, ground) if len(counted) > 1 and ground.several else {}
        ranged = [c for c in counted if c.head.gid not in wide] if wide else counted
        if default_rule:
            low, best, high = _checked_range(_credible_range, [(c.role, c.total) for c in ranged], key)
        else:
            rule_input = FigureInput(party, category, measure, tuple(
                SourceFigure(c.head.claim.source, c.head.speaker.origin, c.role, c.total, c.parts) for c in ranged
            ))
            low, best, high = _checked_range(rules.casualties, rule_input, key)
        for index, value in enumerate(values):
            count = value.count
            if value.counted and value.claim in wide:
                values[index] = FigureValue(value.claim, value.source, count, counted=False, note=wide[value.claim])
                continue
            # `within`, inline: a counted value that does not overlap [low, high] is outside.
            inside = (count.high is None or low <= count.high) and (high is None or count.low <= high)
            if value.counted and not inside:
                values[index] = FigureValue(value.claim, value.source, count, counted=True, outside=True,
                                            note=value.note)  # values come with outside=False
        if len(values) > 1:
            # A total shares its claim id with its last part: the counted row comes after the history rows.
            values.sort(key=lambda v: (v.source, v.claim, v.counted))
        figures.append(Figure(party, category, measure, low, best, high, tuple(values)))
        for source in sorted(stale):
            said_then = _source_figure(cast, stale[source], superseded, party, category, [])
            if said_then is not None:
                counted.append(said_then)
        counted_by_key[key] = counted
    if figures and ground.several and len(ground.event) > 1:
        figures = [_cautioned(cast, figure, ground) for figure in figures]
    return tuple(figures), counted_by_key


def _cautioned(cast: _Cast, figure: Figure, ground: _Ground) -> Figure:
    """``figure`` with a caution added to the note of each counted value whose claim covers more ground than
    another claim of the event that still counts, of another source and origin (`_beyond`): the figure is all the
    event has of its claim's kind, yet it may count other incidents too."""
    values = list(figure.values)
    changed = False
    for index, value in enumerate(values):
        said = cast.said_by_id.get(value.claim) if value.counted and value.claim in ground.several else None
        if said is None:
            continue
        for other in ground.event:
            if other is said or not _apart(said, other):
                continue
            beyond = ground.beyond(said, other)
            if beyond:
                values[index] = attrs.evolve(value, note=f"{value.note}; {_beyond_note(other.gid, beyond)}")
                changed = True
                break
    return attrs.evolve(figure, values=tuple(values)) if changed else figure


def _beyond_note(narrow: str, beyond: Sequence[str]) -> str:
    return f"it names places beyond those of {narrow} ({', '.join(beyond)}): its figure may count other incidents too"


def _checked_range(
    rule: Callable[[_RuleInput], tuple[int, int, int | None]], figure: _RuleInput, key: _Key
) -> tuple[int, int, int | None]:
    result: object = rule(figure)
    checked = _as_range(result)
    if checked is not None:
        low, best, high = checked
        if 0 <= low <= best and (high is None or best <= high):
            return checked
    raise _RangeError(_rule_name(rule), result, key)


def _as_range(result: object) -> tuple[int, int, int | None] | None:
    """A rule's result as three ints (``high`` may be None), or None when it is not three whole numbers."""
    if not (isinstance(result, tuple) and len(result) == 3):
        return None
    low, best, high = result
    if type(low) is int and type(best) is int and (high is None or type(high) is int):
        return low, best, high
    low, best = _whole(low), _whole(best)
    if low is None or best is None:
        return None
    if high is None:
        return low, best, None
    high = _whole(high)
    return None if high is None else (low, best, high)


def _whole(value: object) -> int | None:
    """A whole number as an int (numpy's integers too), else None: a float, even 3.0, or a bool is no count."""
    if type(value) is int:
        return value
    if isinstance(value, bool | float) or not hasattr(type(value), "__index__"):
        return None
    return operator.index(value)  # type: ignore[arg-type]


class _RangeError(MergeError):
    """A casualty rule's result that is no possible range: not three whole numbers (``high`` may be None), or not
    in the order ``0 <= low <= best <= high``."""

    def __init__(self, rule: str, result: object, key: _Key) -> None:
        party, category, measure = key
        if isinstance(result, tuple) and len(result) == 3:
            low, best, high = result
            text, whole = f"(low={low!r}, best={best!r}, high={high!r})", _as_range(result) is not None
        else:
            text, whole = repr(result), False
        expected = ("0 <= low <= best <= high" if whole else
                    "a tuple (low, best, high) of whole numbers (int; high None when open) with "
                    "0 <= low <= best <= high")
        super().__init__(f"casualty rule {rule} returned {text} for {party}/{category}/{measure}; expected {expected}")


def _rule_name(rule: Callable[..., object]) -> str:
    return str(getattr(rule, "__name__", repr(rule)))


# --------------------------------------------------------------------------------------------------------------
# The basis of a figure
# --------------------------------------------------------------------------------------------------------------

#: What a figure's best rests on: the kind of source whose counted value gives it, strongest first
#: (docs/merge-rules.md, "The basis of a figure").
BasisKind = Literal["monitor", "own admission", "independent media", "belligerent about own side",
                    "belligerent about another party", "enemy claim only"]
BASIS_KINDS: Final[tuple[BasisKind, ...]] = (
    "monitor", "own admission", "independent media", "belligerent about own side", "belligerent about another party",
    "enemy claim only",
)
#: How well a figure is attested by its own sources; ``unsupported`` where no counted value gives the best (a custom
#: casualty rule's best that no source states).
FigureGrade = Literal["confirmed", "corroborated", "contested", "single-source", "unsupported"]
FIGURE_GRADES: Final[tuple[FigureGrade, ...]] = (
    "confirmed", "corroborated", "contested", "single-source", "unsupported")


@attrs.frozen
class FigureBasis:
    """What a reconciled figure's best rests on, judged from that figure's own sources alone.

    - ``kind``: the strongest kind (`BASIS_KINDS`) among the counted values that give the best (whose interval holds
      it); ``""`` where none does;
    - ``origins``: how many independent origins give the best (`reconcile.independence.witness_groups`: a relay is
      its origin's word, and the sources of one side are one witness);
    - ``claims``: the claims of the counted values that give the best;
    - ``words``: the sources' own words of those values of ``kind`` that are not an exact number ("heavy losses":
      the best is then the least the words allow, not an estimate);
    - ``grade``: ``contested`` when two counted values of different origins cannot both be true; else
      ``confirmed`` when an own admission that concedes the best (its low is at least the best: "heavy losses"
      concedes 1, not the 160 it holds) and a value of an origin speaking for the opposing side both give the
      best; else ``corroborated`` when two or more independent origins give it; else ``single-source`` (one) or
      ``unsupported`` (none);
    - ``overlaps``: not what the best rests on but how to read the figure beside the event's others. For a figure of
      people of unknown status (category ``unknown``), the categories (``soldiers``, ``civilians``) of the same
      party and measure that the event also has a counted figure of, where a claim counted in this figure gives
      none of that category (`overlapping_categories`): its people may be the same as theirs ("three people were
      killed" beside "three civilians were killed"), so the two are not to be added up. For a figure of the party
      ``unknown``, besides, the categories of a named party's figures of the same measure that it may count again.
      Empty for every other figure.
    """

    grade: FigureGrade
    kind: BasisKind | Literal[""]
    origins: int
    claims: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    overlaps: tuple[Category, ...] = ()


def overlapping_categories(event: Event, figure: Figure) -> tuple[Category, ...]:
    """The categories whose people a figure of people of unknown status or of an unknown party may count again
    (`FigureBasis.overlaps`).

    For a figure of category ``unknown``: each other category of the same party and measure that ``event`` has a
    counted figure of, where some claim counted in ``figure`` gives no counted figure of that category. A source
    that says "three people were killed" has not said they were not the three civilians another source counts; one
    that gives "three civilians and two others" in one claim has told its two groups apart, and its others are
    not the civilians.

    For a figure of the party ``unknown`` (people whose side no source named): besides, each category (``soldiers``,
    ``civilians``) of a named party's counted figure of the same measure, of the figure's own category or any where
    its category is ``unknown``, under the same rule: "100 to 300 civilians killed" of a source that names nobody's
    civilians may be the 471 civilians a ministry counts for its side. In the order of `CATEGORIES`; empty for
    any other figure.
    """
    unknown_party = figure.party == UNKNOWN
    if figure.category != "unknown" and not unknown_party:
        return ()
    unknown = {value.claim for value in figure.values if value.counted}
    found: list[Category] = []
    for other in event.casualties:
        if other.category == "unknown" or other.measure != figure.measure or other.category in found:
            continue
        if other.party == figure.party:
            if figure.category != "unknown":
                continue
        elif not unknown_party or other.party == UNKNOWN or figure.category not in ("unknown", other.category):
            continue
        if (unknown - {value.claim for value in other.values if value.counted}
                and any(value.counted for value in other.values)):
            found.append(other.category)
    return tuple(sorted(found, key=CATEGORIES.index))


#: Counted values whose claim the case does not have (hand-built events): the basis of nothing.
_UNSUPPORTED: Final = FigureBasis("unsupported", "", 0)
_BASIS_RANK: Final[Mapping[str, int]] = {kind: rank for rank, kind in enumerate(BASIS_KINDS)}


class _Support(NamedTuple):
    """A counted value of a figure with who said it (``None`` for a claim the case lacks), the kind of source it is
    for the figure, and, for an own admission, the side that concedes it."""

    value: FigureValue
    said: Said | None
    kind: BasisKind | Literal[""]
    conceding: str | None


class FigureBases:
    """The basis of every figure of an event: ``FigureBases(case)(event)`` gives one `FigureBasis` per figure of
    ``event.casualties``, in order.

    Worked out from the case and the event alone (the figures, their counted values, the probable relays), with the
    merge's own roles, so a reconciliation read back from ``reconciliation.json`` gives the same bases. Build it once
    per case: it indexes the case's claims.
    """

    def __init__(self, case: Case) -> None:
        self._cast = _Cast(case, merging=())

    def __call__(self, event: Event) -> tuple[FigureBasis, ...]:
        return tuple([self.basis(event, figure) for figure in event.casualties])

    def basis(self, event: Event, figure: Figure) -> FigureBasis:
        """The basis of one figure of ``event`` (see `FigureBasis`)."""
        basis = self._basis(event, figure)
        if (figure.category == "unknown" or figure.party == UNKNOWN) and (
                overlaps := overlapping_categories(event, figure)):
            return attrs.evolve(basis, overlaps=overlaps)
        return basis

    def _basis(self, event: Event, figure: Figure) -> FigureBasis:
        values = [self._support(value, figure) for value in figure.values if value.counted]
        if not values:
            return _UNSUPPORTED
        best = figure.best
        if len(values) == 1:
            # Most figures: one source's value, which the default rule takes as it is.
            ((value, _said, kind, _conceding),) = values
            if not value.count.contains(best):
                return _UNSUPPORTED
            count = value.count
            words: tuple[str, ...] = (" ".join(count.text.split()),) if not count.exact and count.text.strip() else ()
            return FigureBasis("single-source", kind, 1, (value.claim,), words)
        contested = any(
            x.value.source != y.value.source and _origin(x) != _origin(y) and not x.value.count.overlaps(y.value.count)
            for x, y in itertools.combinations(values, 2))
        giving = [v for v in values if v.value.count.contains(best)]
        if not giving:
            return FigureBasis("contested" if contested else "unsupported", "", 0)
        kind = min((v.kind for v in giving), key=lambda k: _BASIS_RANK.get(k, len(_BASIS_RANK)))
        group_of: dict[str, int] = {}
        said = [v.said for v in giving if v.said is not None]
        for index, members in enumerate(witness_groups(said, event.probable_relays)):
            group_of.update(dict.fromkeys(members, index))
        for v in giving:
            group_of.setdefault(_origin(v), -1 - len(group_of))  # a claim the case lacks: a witness of its own
        origins = len(set(group_of.values()))
        # Sorted: in the order of the sources, a relay of one of them by an outlet that sorts first would reorder
        # the words (adding a relay changes no basis).
        words = tuple(sorted({
            " ".join(v.value.count.text.split()) for v in giving
            if v.kind == kind and not v.value.count.exact and v.value.count.text.strip()}))
        claims = tuple(dict.fromkeys(v.value.claim for v in giving))
        if contested:
            grade: FigureGrade = "contested"
        elif any(v.conceding is not None and v.value.count.low >= best and any(
                o.said is not None and o.said.speaker.sides and v.conceding not in o.said.speaker.sides
                and group_of[_origin(o)] != group_of[_origin(v)] for o in giving) for v in giving):
            grade = "confirmed"
        else:
            grade = "corroborated" if origins >= 2 else "single-source"
        return FigureBasis(grade, kind, origins, claims, words)

    def _support(self, value: FigureValue, figure: Figure) -> _Support:
        cast = self._cast
        claim = cast.claims.get(value.claim)
        if claim is None:
            return _Support(value, None, "", None)
        said = Said(value.claim, claim, cast.speaker(claim))
        party, category, count = figure.party, figure.category, value.count
        role = cast.role(said, party, category, count)
        if role == "monitor":
            return _Support(value, said, "monitor", None)
        if role == "media":
            return _Support(value, said, "independent media", None)
        if role == "own" and count.low >= 1:
            initiator = claim.initiator
            if category == "soldiers":
                return _Support(value, said, "own admission", cast.side(party))
            if category == "civilians" and initiator is not None and initiator != UNKNOWN:
                return _Support(value, said, "own admission", cast.side(initiator))  # its side harmed them
        if role in ("own", "partisan"):
            own = cast.side(party) in said.speaker.sides
            return _Support(value, said, "belligerent about own side" if own else "belligerent about another party",
                            None)
        if category == "civilians" and not cast.takes_part(party):
            return _Support(value, said, "belligerent about another party", None)  # no one's enemy
        return _Support(value, said, "enemy claim only", None)


def _origin(support: _Support) -> str:
    """Whose word a counted value is: its claim's origin, or its source for a claim the case lacks."""
    return support.said.speaker.origin if support.said is not None else support.value.source


# --------------------------------------------------------------------------------------------------------------
# Conflicts
# --------------------------------------------------------------------------------------------------------------


def _apart(a: Said, b: Said) -> bool:
    """Claims are compared only when they come from different sources and origins (else it is a revision)."""
    return a.claim.source != b.claim.source and a.speaker.origin != b.speaker.origin


def _ordered(a: Said, b: Said) -> tuple[Said, Said]:
    return (a, b) if (a.claim.source, a.gid) <= (b.claim.source, b.gid) else (b, a)


def _casualty_conflicts(cast: _Cast, counted: Mapping[_Key, list[_Counted]], ground: _Ground) -> list[Conflict]:
    out: list[Conflict] = []
    for key, values in counted.items():
        for x, y in itertools.combinations(values, 2):
            if not _apart(x.head, y.head) or x.total.overlaps(y.total):
                continue
            # A figure of a claim that covers more ground (`_beyond`) may count more: it disagrees with the
            # other only where it is the smaller, a total below one of its parts.
            if x.total.low > y.total.low and ground.beyond(x.head, y.head):
                continue
            if y.total.low > x.total.low and ground.beyond(y.head, x.head):
                continue
            first, second = (x, y) if _ordered(x.head, y.head)[0] is x.head else (y, x)
            out.append(Conflict(
                "casualties",
                (first.head.gid, second.head.gid),
                (_value_text(first.total), _value_text(second.total)),
                _figure_sentence(cast, key, first, second),
            ))
    return out


def _existence_conflicts(cast: _Cast, counted: Sequence[Said]) -> list[Conflict]:
    """A denial of the incident against each assertion of another origin, unless the denying voice asserts the
    incident itself.

    A denial that names its own side (or an ally) as the party it clears (`_clears_own_side`) denies who did it,
    not that the incident happened: it raises no existence conflict, with anyone. What it disputes shows as the
    attribution conflicts with the claims that blame its side and as casualty conflicts. Hezbollah's "the Islamic
    Resistance has no connection to the Majdal Shams incident" does not say that nothing fell on Majdal Shams.

    A source that says the incident happened (in a claim that still counts) and also denies something about it
    denies its figures or its attribution, not the incident: those disagreements are the casualty and attribution
    conflicts. The voice is the source with the origin it speaks for (`_voice`): the source's own claims decide,
    not its origin's, so another source relaying it cannot remove a conflict; and an outlet's own report of the
    incident does not take back the denial of another voice it relays beside it (a ministry's denial, as the
    outlet passes it on). A source that takes the incident back supersedes its assertion with the denial.
    """
    out: list[Conflict] = []
    asserting = {_voice(s) for s in counted if s.claim.stance == "asserts"}
    for denial in (s for s in counted if s.claim.stance == "denies" and _voice(s) not in asserting
                   and not _clears_own_side(cast, s)):
        denies = f"{cast.who(denial.claim)} denies it{_denial_initiator(cast, denial)}."
        for said in (s for s in counted if s.claim.stance == "asserts"):
            if _apart(said, denial):
                out.append(Conflict(
                    "existence",
                    (said.gid, denial.gid),
                    ("asserts", "denies"),
                    f"{cast.who(said.claim)} says the incident happened; {denies}",
                ))
    return out


def _voice(said: Said) -> tuple[str, str]:
    """Who says a claim: its source and the origin it speaks for, the source itself or the one it relays."""
    return said.claim.source, said.speaker.origin


def _denial_initiator(cast: _Cast, denial: Said) -> str:
    """What a denial's initiator says, for the sentence of its existence conflict: the party it blames instead, so
    that a reader sees a denial of the incident from a denial that puts it on someone else ("denies shooting down
    the helicopter: the army did it"). A denial that names its own side (or an ally), the party it clears, raises
    no existence conflict (`_existence_conflicts`)."""
    initiator = denial.claim.initiator
    if not initiator or initiator == UNKNOWN or _clears_own_side(cast, denial):
        return ""
    return f", blaming {cast.party_name(initiator)}"


def _attribution_conflicts(cast: _Cast, counted: Sequence[Said]) -> list[Conflict]:
    """Two claims of different origins that name initiators of different sides (`Alignment.side`).

    Parties declared aligned (``aligned_with``) are one side: the Mozambican ministry and the Rwanda Defence Force
    each naming its own forces as the attacker in a joint operation, or one claim naming the NKR and another Armenia,
    agree on who started it. Each pair is judged on its own two initiators, so a claim added never removes one.
    """
    named = [(s, s.claim.initiator) for s in counted if s.claim.initiator is not None and s.claim.initiator != UNKNOWN]
    out: list[Conflict] = []
    for (x, x_by), (y, y_by) in itertools.combinations(named, 2):
        if not _apart(x, y):
            continue
        if cast.side(x_by) == cast.side(y_by):
            # A denial that clears its own side (or an ally) disputes an assertion that blames that side: "the
            # government rejects the accusations against the army" against a monitor's "the army executed them".
            cleared = _cleared(cast, x, y) or _cleared(cast, y, x)
            if cleared is not None:
                denial, said = cleared
                name = cast.party_name(said.claim.initiator or UNKNOWN)
                said_first = _ordered(said, denial)[0] is said
                out.append(Conflict(
                    "attribution",
                    (said.gid, denial.gid) if said_first else (denial.gid, said.gid),
                    (name, f"not {name}") if said_first else (f"not {name}", name),
                    f"{cast.who(said.claim)} says {name} started it; {cast.who(denial.claim)} denies that "
                    f"{name} did." if said_first else
                    f"{cast.who(denial.claim)} denies that {name} started it; {cast.who(said.claim)} says "
                    f"{name} did.",
                ))
            continue
        if _clears_own_side(cast, x) or _clears_own_side(cast, y):
            # A denial that clears its own side names nobody as the one who started it: it disputes only a claim
            # that blames that side (above). Beside a claim naming another side it agrees: the Turkish defence
            # ministry's "we did not shell the resort" and the foreign ministry's "the PKK did it". Before, the
            # sentence read "… says Turkey did" of the denial.
            continue
        a, b = _ordered(x, y)
        by_a, by_b = (x_by, y_by) if a is x else (y_by, x_by)
        names = (cast.party_name(by_a), cast.party_name(by_b))
        out.append(Conflict(
            "attribution",
            (a.gid, b.gid),
            names,
            f"{cast.who(a.claim)} says {names[0]} started it; {cast.who(b.claim)} says {names[1]} did.",
        ))
    return out


def _clears_own_side(cast: _Cast, said: Said) -> bool:
    """Whether ``said`` is a denial naming its own side (or an ally) as the party it clears (`cleared_party`)."""
    return said.claim.stance == "denies" and cleared_party(said.claim, said.speaker, cast) is not None


def _cleared(cast: _Cast, denial: Said, said: Said) -> tuple[Said, Said] | None:
    """``(denial, said)`` where ``denial`` denies, naming its own side (or an ally) as the party it clears, and
    ``said`` asserts the incident, blaming that side; else ``None`` (the caller has found both initiators on one
    side)."""
    if said.claim.stance != "asserts":
        return None
    return (denial, said) if _clears_own_side(cast, denial) else None


def _compatible(cast: _Cast, a: GazetteerEntry, b: GazetteerEntry, km: float) -> bool:
    """Two resolved places can be one incident's: same country (or unknown) and within ``km`` (or no coordinates).

    Countries are compared only when both name parties of the case, or neither does: a gazetteer that writes
    ``AM`` and one that writes ``armenia`` are not taken to disagree.
    """
    if a.id == b.id:
        return True
    ca, cb = cast.country(a.country), cast.country(b.country)
    if ca is not None and cb is not None and ca != cb and ((ca in cast.parties) == (cb in cast.parties)):
        return False
    return not (
        a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
        and distance_km(a.lat, a.lon, b.lat, b.lon) > km
    )


def _place_label(cast: _Cast, entries: Sequence[GazetteerEntry]) -> str:
    labels = []
    for entry in entries:
        country = cast.country(entry.country)
        where = cast.party_name(country) if country in cast.parties else entry.country
        labels.append(f"{entry.name} ({where})" if where else entry.name)
    return ", ".join(labels)


def _location_conflicts(
    cast: _Cast, counted: Sequence[Said], places: Mapping[str, list[GazetteerEntry]], km: float,
    gazetteer: Gazetteer,
) -> list[Conflict]:
    out: list[Conflict] = []
    located = [(s, {entry.id for entry in places[s.gid]}) for s in counted if places.get(s.gid)]
    for (x, x_ids), (y, y_ids) in itertools.combinations(located, 2):
        # Most claims of an event name one place in common: then one pair of their places is the same entry,
        # which `_compatible` takes as compatible without looking further.
        if not x_ids.isdisjoint(y_ids) or not _apart(x, y):
            continue
        a, b = _ordered(x, y)
        pairs = [(p, q) for p in places[a.gid] for q in places[b.gid]]
        if any(_compatible(cast, p, q, km) for p, q in pairs) or _unresolved_in_common(cast, a, b, gazetteer):
            continue
        reasons = []
        distances = [
            distance_km(p.lat, p.lon, q.lat, q.lon)
            for p, q in pairs
            if p.lat is not None and p.lon is not None and q.lat is not None and q.lon is not None
        ]
        if distances:
            closest = f"{min(distances):.0f} km apart"
            reasons.append(closest if len(distances) == 1 else f"at least {closest}")
        if all(
            cast.country(p.country) is not None and cast.country(q.country) is not None
            and cast.country(p.country) != cast.country(q.country)
            for p, q in pairs
        ):
            reasons.append("in different countries")
        out.append(Conflict(
            "location",
            (a.gid, b.gid),
            (a.claim.place, b.claim.place),
            f"{cast.who(a.claim)} places it at {_place_label(cast, places[a.gid])}; {cast.who(b.claim)} places it at "
            f"{_place_label(cast, places[b.gid])}: {' and '.join(reasons) or 'incompatible places'}.",
        ))
    return out


def _unresolved_in_common(cast: _Cast, a: Said, b: Said, gazetteer: Gazetteer) -> bool:
    """Whether one claim names a place the gazetteer does not resolve that is a place the other names: a name
    that `places.similarity` takes for one of the other's names, or for the name of the entry one resolves to.
    Jermuk, a variant of a village of Shirak too, is no entry, but it is the Jermuk of another claim's `Cermuk`."""
    mine, theirs = cast.named(a.claim, gazetteer), cast.named(b.claim, gazetteer)
    return any(
        (p.entry is None or q.entry is None) and _same_spot(p, q, 0.0) for p in mine for q in theirs
    )


def _dating(claims: Sequence[Said], counted: Sequence[Said]) -> list[Said]:
    """The claims of ``counted`` (the counted assertions: `_asserting`) that date the incident for their source: not a
    second part (``adds_to`` naming a claim of its source in the event, superseded or not) where the source has a
    claim in ``counted`` that is not one.

    A second part tells what happened after (a soldier wounded the next day): its date is not the source's date for
    the incident, unless the source asserts nothing else in the event.
    """
    if not any(s.claim.adds_to for s in counted):
        return list(counted)
    own = {(s.claim.source, s.gid) for s in claims}
    later = {s.gid for s in counted if any((s.claim.source, target) in own for target in s.claim.adds_to)}
    dated = {s.claim.source for s in counted if s.gid not in later}
    return [s for s in counted if s.gid not in later or s.claim.source not in dated]


def _asserting(counted: Sequence[Said]) -> list[Said]:
    """The claims that say the incident happened: those that can say when it happened.

    A denial says that the incident did not happen, or not as told; its date is the day of what it answers (often
    the report it denies, or the day it was made), not evidence of when the incident happened.
    """
    return [s for s in counted if s.claim.stance == "asserts"]


def _date_conflicts(cast: _Cast, claims: Sequence[Said], counted: Sequence[Said]) -> list[Conflict]:
    """Two claims of different origins, both asserting the incident, whose spans share no day (`_dating`: second
    parts aside). A denial takes part in none: its disagreement is the existence conflict (or, where it clears its own
    side, the attribution conflict), and each pair is judged on its own two claims, so a claim added never removes
    one."""
    out: list[Conflict] = []
    for x, y in itertools.combinations(_dating(claims, _asserting(counted)), 2):
        dx, dy = x.claim.date, y.claim.date
        if (dx.start <= dy.end and dy.start <= dx.end) or not _apart(x, y):  # `DateSpan.overlaps`, inline
            continue
        a, b = _ordered(x, y)
        da, db = _date_text(a.claim.date), _date_text(b.claim.date)
        out.append(Conflict(
            "date", (a.gid, b.gid), (da, db), f"{cast.who(a.claim)} dates it {da}; {cast.who(b.claim)} dates it {db}."
        ))
    return out


def _conflict_key(conflict: Conflict) -> tuple[int, tuple[str, ...], tuple[str, ...], str]:
    return (CONFLICT_KINDS.index(conflict.kind), conflict.claims, conflict.values, conflict.summary)


# --------------------------------------------------------------------------------------------------------------
# Date and places
# --------------------------------------------------------------------------------------------------------------


def _event_date(cast: _Cast, spans: Sequence[DateSpan]) -> DateSpan:
    """The intersection of the spans when they share a day; else their hull (and a date conflict says why). The
    spans are the counted asserting claims', or the counted denials' where no assertion counts (`_merge_group`)."""
    precision: Precision
    if len(spans) == 1:
        # Most events: one counted claim, whose span it is (written in its canonical form).
        (span,) = spans
        start, end = span.start, span.end
        precision = "day" if start == end else span.precision
    else:
        start, end = max(s.start for s in spans), min(s.end for s in spans)
        if start <= end:
            same = sorted({s.precision for s in spans if (s.start, s.end) == (start, end)})
            precision = "day" if start == end else (same[0] if len(same) == 1 else "range")
        else:
            start, end = min(s.start for s in spans), max(s.end for s in spans)
            precision = "range"
    key = (start, end, precision)
    found = cast.dates.get(key)
    if found is None:
        # Events share dates: each distinct one is written once.
        found = cast.dates[key] = DateSpan(start, end, precision, format_date(DateSpan(start, end, precision)))
    return found


def _places(
    cast: _Cast, claims: Sequence[Said], gazetteer: Gazetteer
) -> tuple[tuple[PlaceMention, ...], dict[str, list[GazetteerEntry]]]:
    """One mention per claim and place name (``split_places``), resolved with the claim's region as the hint (or the
    first region its place text names: `places.place_lookups`); a place text written as coordinates, or one that
    writes a point among its words and resolves no name (`places.point_of`), resolves to its point, for
    `_location_conflicts` only."""
    mentions: list[PlaceMention] = []
    resolved: dict[str, list[GazetteerEntry]] = {}
    for gid, claim, _speaker in claims:
        for name, entry in cast.places(claim.place, claim.region, gazetteer):
            if entry is None:
                mentions.append(PlaceMention(gid, claim.source, name))
            else:
                mentions.append(PlaceMention(gid, claim.source, name, entry.id, entry.name))
                resolved.setdefault(gid, []).append(entry)
        point = point_of(claim.place) if gid not in resolved else None
        if point is not None:
            # A place written as coordinates (or with a point among its words) is its point, which
            # `_location_conflicts` measures as an entry's.
            resolved[gid] = [GazetteerEntry(f"@{point[0]!r},{point[1]!r}", claim.place.strip(), lat=point[0],
                                            lon=point[1])]
    return tuple(mentions), resolved


def place_names(places: Iterable[PlaceMention]) -> tuple[str, ...]:
    """The names an event's places (`Event.places`) go by in its title, the ``places`` column of ``events.csv`` and
    the changes since an earlier run, each once, in the order of ``places``:

    - a resolved place by its gazetteer's name, unless more sources of the event wrote another name for it. A
      source that wrote a spelling of the gazetteer's name (in any script or romanization, or misspelled: a
      similarity of `places.SAME_PLACE_THRESHOLD` or more, as "Asagi Askipara" and "Moses" are of "Aşağı Əskipara"
      and "Movses") counts for it; the other names count by name (`places.fold`: Stepanakert, Ստեփանակերտ and
      Степанакерт are one), a source once however many of its claims wrote it. GeoNames calls Stepanakert
      *Khankendi*: an event more sources placed in Stepanakert is titled so, by its spelling most of them wrote
      (the first in Unicode order of spellings as many wrote). On a tie the gazetteer's name stands;
    - a place not resolved as written (`places.place_label`), once for the spellings of one name (`places.fold`:
      "Artsakh" and "Արցախ", "Нагорный Карабах" and "Nagorny Karabakh") and for the names the places module calls
      one place (`places.SAME_PLACE_THRESHOLD`: "Pont-Sondé" and "Ponsonde"; "Perexê", "Barakh" and "برخ" by way of
      one another, the closest first) with the same generic words and qualifiers ("Donetsk region" is not
      "Donetsk"), never two names one claim lists side by side (two villages). Each by the spelling most of its
      sources wrote (the first in Unicode order of spellings as many wrote).

    The choice depends on no order of the mentions. The gazetteer's name and id stay in the mentions (``name``,
    ``resolved``) for the places table and ``reconciliation.json``."""
    places = tuple(places)
    # entry -> name (None: the gazetteer's own) -> spelling -> the sources that wrote it
    written: dict[str, dict[str | None, dict[str, set[str]]]] = {}
    official: dict[str, str] = {}
    for m in places:
        if m.resolved is not None and m.name and (m.resolved not in official or m.name < official[m.resolved]):
            official[m.resolved] = m.name
    if all(m.resolved in official and _spells(m.text if m.text.strip() else official[m.resolved], official[m.resolved])
           for m in places):
        # Most events: every place resolved, and written as a spelling of its gazetteer's name, which stands.
        return tuple(dict.fromkeys(official[m.resolved] for m in places))  # type: ignore[index]
    for m in places:
        if m.resolved is None:
            continue
        gazetteer_name = official.get(m.resolved)
        spelling = m.text if m.text.strip() else gazetteer_name or m.resolved
        key = None if gazetteer_name is not None and _spells(spelling, gazetteer_name) else fold(spelling)
        written.setdefault(m.resolved, {}).setdefault(key, {}).setdefault(spelling, set()).add(m.source)
    chosen: dict[str, str] = {}
    for entry, names in written.items():
        counts = {key: len(set().union(*spellings.values())) for key, spellings in names.items()}
        key = min(counts, key=lambda k: (-counts[k], k is not None, k or ""))
        if key is None:
            chosen[entry] = official[entry]
        else:
            spellings = names[key]
            chosen[entry] = min(spellings, key=lambda name: (-len(spellings[name]), name))
    # an unresolved name's key (its spellings in any script are one) -> spelling -> the sources that wrote it
    unresolved: dict[tuple[object, ...], dict[str, set[str]]] = {}
    claims: dict[tuple[object, ...], set[str]] = {}  # the claims that wrote it
    for m in places:
        if m.resolved is None:
            written_key = _written_key(m.text)
            unresolved.setdefault(written_key, {}).setdefault(m.text, set()).add(m.source)
            claims.setdefault(written_key, set()).add(m.claim)
    labels: dict[tuple[object, ...], str] = {}
    for group in _same_places(unresolved, claims):
        wrote: dict[str, set[str]] = {}
        for written_key in group:
            wrote.update(unresolved[written_key])  # a spelling has one key: no two keys share it
        label = min(wrote, key=lambda name: (-len(wrote[name]), name))
        labels.update(dict.fromkeys(group, label))
    return tuple(
        dict.fromkeys(chosen[m.resolved] if m.resolved is not None else labels[_written_key(m.text)] for m in places)
    )


def _same_places(unresolved: Mapping[tuple[object, ...], Mapping[str, object]],
                 claims: Mapping[tuple[object, ...], set[str]]) -> list[list[tuple[object, ...]]]:
    """The keys of an event's unresolved names (`_written_key`) grouped by place: two names the places module calls
    one place (`places.SAME_PLACE_THRESHOLD`, the best of their spellings) with the same generic words and
    qualifiers (`_shape`: "Donetsk region" is not Donetsk), the closest pairs first, unless a claim wrote names of
    both groups (two villages a claim lists stay two, however alike). Depends on no order of the keys."""
    if len(unresolved) < 2:  # most events: one unresolved name, or none
        return [[key] for key in unresolved]
    # By each key's first spelling: no two keys share a spelling, so the order is the keys' own.
    keys = sorted(unresolved, key=lambda key: min(unresolved[key]))
    shapes = [_shape(min(unresolved[key])) for key in keys]
    pairs = []
    for i, j in itertools.combinations(range(len(keys)), 2):
        if shapes[i] != shapes[j]:
            continue
        score = max(_name_similarity(a, b) for a in unresolved[keys[i]] for b in unresolved[keys[j]])
        if score >= SAME_PLACE_THRESHOLD:
            pairs.append((-score, i, j))
    if not pairs:
        return [[key] for key in keys]
    root = list(range(len(keys)))
    wrote = [set(claims[key]) for key in keys]  # a group's claims, at its root

    def find(i: int) -> int:
        while root[i] != i:
            i = root[i]
        return i

    for _, i, j in sorted(pairs):
        a, b = find(i), find(j)
        if a != b and wrote[a].isdisjoint(wrote[b]):
            a, b = min(a, b), max(a, b)
            root[b] = a
            wrote[a] |= wrote[b]
    groups: dict[int, list[tuple[object, ...]]] = {}
    for i, key in enumerate(keys):
        groups.setdefault(find(i), []).append(key)
    return list(groups.values())


@functools.lru_cache(maxsize=1 << 16)
def _shape(text: str) -> tuple[object, ...]:
    """What an unresolved name's words say besides the name (`_written_key`): its kind, its qualifiers and how many
    words it has beyond those of its stem (`places.name_words`), so that "Armenia–Azerbaijan border" and a
    misspelt "Armenia–Azerbayjan" stay two."""
    name = parse(text)
    return (name.kind, tuple(sorted(name.tags)), len(re.findall(r"\w+", text)) - len(name_words(text)))


@functools.lru_cache(maxsize=1 << 16)  # an event's few unresolved spellings, asked for its title and its row
def _name_similarity(a: str, b: str) -> float:
    return similarity(a, b)


@functools.lru_cache(maxsize=1 << 16)
def _written_key(text: str) -> tuple[object, ...]:
    """The key of an unresolved name as written in any script or romanization (`places.fold`), with what its words
    say of it (a region, a border) and their number, so that "Donetsk region" and "Donetsk", "Armenia–Azerbaijan
    border" and "Armenia–Azerbaijan" stay two; the text itself where nothing of it folds (punctuation)."""
    name = parse(text)
    if not name.key:
        return (text,)
    return (name.key, name.kind, tuple(sorted(name.tags)), len(re.findall(r"\w+", text)))


@functools.lru_cache(maxsize=1 << 16)  # an event's few places, the case's few spellings of each: asked again and again
def _spells(spelling: str, name: str) -> bool:
    """Whether ``spelling`` writes ``name`` (the same name in a script or romanization, or nearly: a misspelling)."""
    return spelling == name or fold(spelling) == fold(name) or similarity(spelling, name) >= SAME_PLACE_THRESHOLD


# --------------------------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------------------------


def _superseded(claims: Sequence[Said]) -> dict[str, tuple[str, ...]]:
    """Global id -> the claims of the same source in the group that supersede it (sorted)."""
    revising = [s for s in claims if s.claim.supersedes]
    if not revising:
        return {}
    present = {s.gid: s.claim for s in claims}
    out: dict[str, list[str]] = {}
    for said in revising:
        for target in said.claim.supersedes:
            old = present.get(target)
            # Only a source can revise itself; a reference to another source's claim is ignored.
            if old is not None and old.source == said.claim.source and target != said.gid:
                out.setdefault(target, []).append(said.gid)
    return {gid: tuple(sorted(by)) for gid, by in out.items()}


def sides_taking_part(case: Case) -> frozenset[str]:
    """The sides that take part in the conflict as the case records it: a source speaks for or with them, a claim
    relays them, or a claim names them as the one that started something (their civilians killed are "the enemy's
    losses" to the other side; a party that does none of these stands for no side)."""
    return _Cast(case, merging=()).sides_taking_part()


def merge_group(case: Case, group: Group, *, rules: Rules | None = None, gazetteer: Gazetteer | None = None) -> Event:
    """Reconcile one group of claims into one event (see the module docstring for the steps).

    ``rules`` defaults to `DEFAULT_RULES`; ``gazetteer`` to the shipped gazetteer extended with the case's own
    places. Raises `MergeError` when the group names a claim the case does not have, when the casualty rule
    returns no possible range (three whole numbers, ``0 <= low <= best <= high``), or when the grading rule returns
    no grade of `GRADES`.
    """
    rules = DEFAULT_RULES if rules is None else rules
    gazetteer = case_gazetteer(case) if gazetteer is None else gazetteer
    return _merge_group(_Cast(case, group.claims), group, rules, gazetteer)


def _merge_group(cast: _Cast, group: Group, rules: Rules, gazetteer: Gazetteer) -> Event:
    ids = sorted(set(group.claims))
    try:
        # As `Alignment.said` gives them; `said_by_id` holds every claim of the case that is to be merged.
        said = [cast.said_by_id[gid] for gid in ids]
    except KeyError:
        missing = [gid for gid in ids if gid not in cast.claims]
        raise MergeError(f"group {group.id!r} names claims the case does not have: {', '.join(missing)}") from None
    if not ids:
        raise MergeError(f"group {group.id!r} has no claims")
    superseded = _superseded(said)
    counted = [s for s in said if s.gid not in superseded] if superseded else said

    # The claims that still count, as `_beyond` reads an event's ground.
    ground = _Ground(cast, gazetteer, rules.location_km, counted)
    figures, counted_figures = _figures(cast, said, superseded, rules, ground)
    mentions, resolved = _places(cast, said, gazetteer)
    # A conflict takes two counted claims; a third of the events of a large case have one.
    conflicts = tuple(sorted(
        [
            *_casualty_conflicts(cast, counted_figures, ground),
            *_existence_conflicts(cast, counted),
            *_attribution_conflicts(cast, counted),
            *_location_conflicts(cast, counted, resolved, rules.location_km, gazetteer),
            *_date_conflicts(cast, said, counted),
        ],
        key=_conflict_key,
    )) if len(counted) > 1 else ()
    independence = _assess(said, {s.gid for s in counted}, cast, rules.relay_similarity, rules.relay_days,
                           rules.first_hand)
    asserting: set[str] = set()
    denying: set[str] = set()
    clearing: set[str] = set()
    for s in counted:
        stance = s.claim.stance
        if stance == "asserts":
            asserting.add(s.speaker.origin)
        elif stance == "denies":
            # A denial that clears its own side disputes who did it, not that it happened: no denial of the incident.
            (clearing if _clears_own_side(cast, s) else denying).add(s.speaker.origin)
    grade_input = GradeInput(
        asserting=tuple(sorted(asserting)),
        denying=tuple(sorted(denying)),
        independent=independence.independent,
        conflicts=conflicts,
        admissions=tuple([a for a in independence.admissions if a.counted]),
        clearing=tuple(sorted(clearing)),
    )
    grade = rules.grade(grade_input)
    if grade not in GRADES:
        raise MergeError(f"grading rule {_rule_name(rules.grade)} returned {grade!r} for event {group.id}; expected "
                         f"one of {', '.join(GRADES)}")
    return Event(
        id=group.id,
        claims=tuple(ids),
        superseded=tuple(sorted(superseded)),
        # The asserting claims date the incident; denials only where no assertion counts (`_asserting`). Every claim
        # superseded (a cycle of revisions, which the loader rejects): the date still needs a span.
        date=_event_date(cast, [s.claim.date for s in _asserting(counted) or counted or said]),
        places=mentions,
        grade=grade,
        casualties=figures,
        initiators=tuple([(s.gid, s.claim.initiator) for s in said if s.claim.initiator is not None]),
        conflicts=conflicts,
        evidence=group.evidence,
        independent_origins=independence.independent,
        origins=independence.origins,
        relays=independence.relays,
        probable_relays=independence.probable_relays,
        admissions=independence.admissions,
    )


def merge(
    case: Case, groups: Sequence[Group], *, rules: Rules | None = None, gazetteer: Gazetteer | None = None,
    mentions: dict[str, tuple[Mention, ...]] | None = None, taking_part: frozenset[str] | None = None,
) -> tuple[Event, ...]:
    """Reconcile every group of a case; the events come in the order of the groups' ids.

    The gazetteer (default: the shipped one extended with the case's places) is built once for the call.
    ``mentions``: the `places.mentions` of place texts by text, as matching read them (`match.claim_features`):
    each text is then read once in a run; texts not in it are read here and added. ``taking_part``: the sides
    that take part in the conflict (`sides_taking_part`), for an engine whose ``case`` holds a share of the
    claims: whether a side takes part is a matter of the whole case.
    """
    rules = DEFAULT_RULES if rules is None else rules
    gazetteer = case_gazetteer(case) if gazetteer is None else gazetteer
    cast = _Cast(case, read=mentions, taking_part=taking_part)  # lookups over the case, built once for all groups
    ordered = sorted(groups, key=lambda g: (g.id, tuple(sorted(g.claims))))
    return tuple(_merge_group(cast, g, rules, gazetteer) for g in ordered)
