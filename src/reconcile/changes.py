"""What changed between two results of one case: new events, events that gained claims, moved figures, ...

Pure: `compare` takes two `Reconciliation` values (typically an earlier output read back with
`reconcile.serialize.from_json`, and the result of the run that follows) and returns the `Change` records, sorted.
It only reads the two results; the events of a run never depend on an earlier one, so a run that adds claim files
gives exactly the events a run over all files gives (``docs/incremental.md``).

The rules:

- **Events are followed by their claims.** Old and new events that share a claim (one that is in both results)
  are connected; each connected set is one structural change: an event with no old claim is ``event-added``, one
  old and one new event under different ids ``event-renamed``, several old into one ``events-merged``, one old
  into several ``event-split``, several into several ``events-regrouped``, an old event none of whose claims is
  left ``event-removed``. One old and one new event under the same id is the same event: no structural change.
- **An event's predecessor** is the old event with its id, else the only old event of its connected set when
  that set is one old and one new event (a renamed event). Figures, grade and date are compared with it; an event
  without a predecessor (new, or merged or split under a new id) has only its structural change.
- **Claims:** a claim of the new result that the old one lacks is listed once, in ``event-added`` or in
  ``claims-added`` of its event; a claim of the old result that the new one lacks is ``claim-rejected`` when the new
  result rejected it, else ``claim-removed``; a claim in both whose content (anything but its file and line) differs
  is ``claim-edited``; a claim of the old result that the new one supersedes, and the old one did not, is
  ``claim-superseded``.
- **Conflicts** are compared over the whole result, as a multiset of (kind, each claim with its value), where a
  claim stands for the statement it revises (``supersedes``, followed to the first): a conflict that moved to another
  event with its claims, or that a source's revision carries over, is not a change. A conflict between the same
  statements whose values changed (a revised figure that still disagrees) still stands: the figure, edit or
  revision is told, not the conflict.
- **Rules:** when the two results' methodology differ, ``rules-changed`` comes first: changes may then come from the
  rules rather than the claim files. Its sentence names the user's casualty and grading rules where the two results
  name different ones (`rules_difference`).
- **Order:** by kind (`reconcile.models.CHANGE_KINDS`), then by event ids, claim ids and sentence. The same two
  results always give the same list.

`compare` trusts neither result: an event naming a claim its case lacks, or a repeated id, gives changes, never an
exception.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

import attrs

from reconcile.merge import place_names
from reconcile.models import (
    CHANGE_KINDS,
    Change,
    ChangeKind,
    ChangeValue,
    Claim,
    Conflict,
    DateSpan,
    Event,
    Figure,
    Reconciliation,
    Rejected,
)

__all__ = ["CHANGE_LABELS", "STRUCTURAL", "compare", "counts_text", "custom_rules", "rules_difference", "with_changes"]

#: Per kind: (heading for a group of such changes, what the kind means), in the order of `CHANGE_KINDS`.
CHANGE_LABELS: Final[Mapping[str, tuple[str, str]]] = {
    "rules-changed": ("Rules changed", "the matching or merge rules differ from the earlier run's"),
    "event-added": ("New events", "events made only of claims the earlier run did not have"),
    "events-merged": ("Events merged", "several earlier events are now one"),
    "event-split": ("Events split", "one earlier event is now several"),
    "events-regrouped": ("Events regrouped", "the claims of several earlier events are now grouped differently"),
    "event-renamed": ("Events renamed", "an event has a new id: its earliest statement changed"),
    "event-removed": ("Events removed", "none of the event's claims is left"),
    "claims-added": ("Events that gained claims", "new claims joined an event"),
    "claim-superseded": ("Claims superseded", "a source revised an earlier statement"),
    "figure-changed": ("Figures moved", "an event's low, best or high figure changed"),
    "conflict-opened": ("Conflicts opened", "sources now disagree where they did not"),
    "conflict-resolved": ("Conflicts resolved", "a disagreement no longer stands"),
    "grade-changed": ("Grades changed", "an event's grade changed"),
    "date-changed": ("Dates changed", "the days an event is dated to changed"),
    "claim-edited": ("Claims edited", "a claim changed in its file"),
    "claim-removed": ("Claims removed", "a claim is no longer in the case files"),
    "claim-rejected": ("Claims rejected", "a claim could not be read this time"),
}

#: The kinds that change which events there are; their ``before``/``after`` hold ``events``: the ids.
STRUCTURAL: Final = frozenset({"event-added", "events-merged", "event-split", "events-regrouped", "event-renamed",
                               "event-removed"})

_ORDER: Final = {kind: index for index, kind in enumerate(CHANGE_KINDS)}
_LISTED: Final = 5  # ids named in a sentence before "and N more"


def compare(old: Reconciliation, new: Reconciliation) -> tuple[Change, ...]:
    """The changes from ``old`` to ``new``, by the rules of the module docstring, sorted."""
    return _Comparison(old, new).changes()


def with_changes(new: Reconciliation, old: Reconciliation, *, since: str) -> Reconciliation:
    """``new`` with its ``changes`` against ``old`` and ``changes_since`` set to ``since`` (``old``'s run time)."""
    return attrs.evolve(new, changes=compare(old, new), changes_since=since)


def counts_text(changes: Sequence[Change]) -> str:
    """The changes counted by kind: ``"new events: 1; events that gained claims: 2"``, or ``"none"``."""
    counts = Counter(change.kind for change in changes)
    parts = [f"{CHANGE_LABELS[kind][0].lower()}: {counts[kind]}" for kind in CHANGE_KINDS if counts[kind]]
    return "; ".join(parts) or "none"


# --- the comparison ---------------------------------------------------------------------------------------------


def _anchor_key(claim: Claim) -> tuple[str, str]:
    return (claim.stated.isoformat(), claim.global_id)


def _ids(items: Iterable[str]) -> str:
    """Ids in a sentence: ``a``, ``a and b``, ``a, b and c``; after five, a count of the rest."""
    listed = list(items)
    if len(listed) > _LISTED:
        return ", ".join(listed[:_LISTED]) + f" and {len(listed) - _LISTED} more"
    return " and ".join(listed) if len(listed) <= 2 else ", ".join(listed[:-1]) + " and " + listed[-1]


#: A methodology line of a user's rule (`reconcile.merge.Rules.describe`): its kind and its qualified name.
_CUSTOM_RULE: Final = re.compile(r"(Casualty rule|Grade): custom rule (.+?)(?: \(undocumented\))?(?:: |$)")
_RULE_KINDS: Final = {"Casualty rule": "casualty rule", "Grade": "grading rule"}


def custom_rules(methodology: Iterable[str]) -> dict[str, str]:
    """The user's rules a methodology names, by kind: ``{"casualty rule": "my_rules.capped"}``; empty for the
    default rules."""
    named: dict[str, str] = {}
    for line in methodology:
        match = _CUSTOM_RULE.match(line)
        if match:
            named.setdefault(_RULE_KINDS[match.group(1)], match.group(2))
    return named


def rules_difference(old: Iterable[str], new: Iterable[str]) -> str:
    """How the user's rules named in two methodologies differ, in words (``casualty rule: my_rules.capped now, the
    default before``), or "" where they name the same."""
    before, after = custom_rules(old), custom_rules(new)
    return "; ".join(f"{kind}: {after.get(kind, 'the default')} now, {before.get(kind, 'the default')} before"
                     for kind in _RULE_KINDS.values() if before.get(kind) != after.get(kind))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _span(span: DateSpan) -> str:
    start, end = span.start.isoformat(), span.end.isoformat()
    return start if start == end else f"{start}/{end}"


def _content(claim: Claim) -> Claim:
    """A claim without where it is in the files: moving a claim is not editing it."""
    return attrs.evolve(claim, file="", line=0)


def _claim_fields(claim: Claim) -> dict[str, ChangeValue]:
    """A claim's fields as plain values, to say which changed and how."""
    casualties = "; ".join(
        f"{c.party} {c.category} {measure} {count.text or count.low}"
        for c in claim.casualties for measure, count in c.measures()
    )
    return {
        "stated": claim.stated.isoformat(), "quote": claim.quote, "date": _span(claim.date),
        "date_text": claim.date.text, "place": claim.place, "reference": claim.reference, "url": claim.url,
        "region": claim.region, "event": claim.event, "initiator": claim.initiator, "stance": claim.stance,
        "relays": claim.relays, "supersedes": claim.supersedes, "adds_to": claim.adds_to,
        "casualties": casualties,
    }


_ConflictKey = tuple[str, tuple[tuple[str, str], ...]]


def _statements(key: _ConflictKey) -> _ConflictKey:
    """A conflict's key without the values: which statements disagree, and how."""
    kind, pairs = key
    return (kind, tuple((gid, "") for gid, _ in pairs))


def _revised_statements(claims: Iterable[Claim]) -> dict[str, str]:
    """Each claim that revises another (``supersedes``): the first statement of its chain of revisions.

    A claim that revises several statements stands for the first of them by id; a cycle (which the loader
    rejects) stops where it closes.
    """
    targets: dict[str, tuple[str, ...]] = {}
    for claim in claims:
        if claim.supersedes:
            targets.setdefault(claim.global_id, tuple(sorted(claim.supersedes)))
    first: dict[str, str] = {}
    for gid in targets:
        seen = [gid]
        while (step := targets.get(seen[-1])) and step[0] not in seen:
            seen.append(step[0])
        first[gid] = seen[-1]
    return first


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _figure_key(figure: Figure) -> tuple[str, str, str]:
    return (figure.party, figure.category, figure.measure)


def _rejected_key(item: Rejected) -> tuple[str | None, str, int, str]:
    # A rejected claim with an id is the same rejection wherever its line moved; one without is known by its place.
    return (item.claim, item.file, 0 if item.claim else item.line, item.reason)


class _Comparison:
    """Look-ups over the two results, built once."""

    def __init__(self, old: Reconciliation, new: Reconciliation) -> None:
        self.old, self.new = old, new
        self.old_claims = {c.global_id: c for c in old.case.claims}
        self.new_claims = {c.global_id: c for c in new.case.claims}
        self.parties = {p.id: p.name for p in (*old.case.parties, *new.case.parties)}
        self.old_by_id = {e.id: e for e in old.events}
        self.old_home = {gid: e.id for e in old.events for gid in e.claims}
        self.new_home = {gid: e.id for e in new.events for gid in e.claims}
        self.added = {gid for gid in self.new_claims if gid not in self.old_claims}
        self.rejected_now = {r.claim for r in new.case.rejected if r.claim is not None}
        self.revises = _revised_statements((*old.case.claims, *new.case.claims))
        self.out: list[Change] = []

    def changes(self) -> tuple[Change, ...]:
        differ = len(set(self.old.methodology) ^ set(self.new.methodology))
        if differ:
            named = rules_difference(self.old.methodology, self.new.methodology)
            self.emit("rules-changed", (), (), (("lines", len(self.old.methodology)),),
                      (("lines", len(self.new.methodology)),),
                      f"The matching and merge rules differ from the earlier run's ({_plural(differ, 'rule line')} "
                      f"{'differs' if differ == 1 else 'differ'}{'; ' + named if named else ''}): some of the "
                      "changes below may come from the rules, not from the claim files.")
        predecessors = self.structure()
        for event in self.new.events:
            self.claims_added(event)
            before = predecessors.get(event)
            if before is not None:
                self.figures(before, event)
                self.grade(before, event)
                self.date(before, event)
        self.superseded()
        self.conflicts()
        self.claims()
        return tuple(sorted(self.out, key=lambda c: (_ORDER.get(c.kind, len(_ORDER)), c.events, c.claims, c.summary)))

    def emit(self, kind: ChangeKind, events: Iterable[str], claims: Iterable[str],
             before: Iterable[tuple[str, ChangeValue]], after: Iterable[tuple[str, ChangeValue]],
             summary: str) -> None:
        self.out.append(Change(kind=kind, events=tuple(events), claims=tuple(claims), before=tuple(before),
                               after=tuple(after), summary=summary))

    # --- labels ---

    def label(self, event: Event) -> str:
        """``ev-… (2012-06-05, Voskepar)``: the id, the date and up to two places."""
        names = list(dict.fromkeys(" ".join(name.split()) for name in place_names(event.places)))
        where = ", ".join(names[:2]) + (f" and {len(names) - 2} more" if len(names) > 2 else "")
        return f"{event.id} ({_span(event.date)}{', ' + where if where else ''})"

    def party(self, party_id: str) -> str:
        return self.parties.get(party_id, party_id)

    # --- events: which there are ---

    def structure(self) -> dict[Event, Event]:
        """Emit the structural changes; return each new event's predecessor."""
        old_events, new_events = self.old.events, self.new.events
        parent = list(range(len(old_events) + len(new_events)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        new_index: dict[str, int] = {}
        for j, event in enumerate(new_events):
            for gid in event.claims:
                new_index.setdefault(gid, len(old_events) + j)
        for i, event in enumerate(old_events):
            for gid in event.claims:
                other = new_index.get(gid)
                if other is not None and gid in self.new_claims:
                    parent[find(i)] = find(other)
        groups: dict[int, tuple[list[Event], list[Event]]] = {}
        for i, event in enumerate((*old_events, *new_events)):
            olds, news = groups.setdefault(find(i), ([], []))
            (olds if i < len(old_events) else news).append(event)

        predecessors: dict[Event, Event] = {}
        for event in new_events:
            same = self.old_by_id.get(event.id)
            if same is not None:
                predecessors[event] = same
        for olds, news in groups.values():
            olds.sort(key=lambda e: e.id)
            news.sort(key=lambda e: e.id)
            if len(olds) == 1 and len(news) == 1 and news[0] not in predecessors:
                predecessors[news[0]] = olds[0]
            self.structural(olds, news)
        return predecessors

    def structural(self, olds: list[Event], news: list[Event]) -> None:
        before = tuple(e.id for e in olds)
        after = tuple(e.id for e in news)
        ids = tuple(sorted({*before, *after}))
        new_ids = set(after)
        retired = [i for i in before if i not in new_ids]
        joined = sorted(gid for e in news for gid in e.claims if gid in self.added)
        by = f", after the new claim{'s' if len(joined) != 1 else ''} {_ids(joined)}" if joined else ""
        retire = f"; {_ids(retired)} {'is' if len(retired) == 1 else 'are'} retired" if retired else ""
        values = ((("events", before),), (("events", after),))
        if not olds:
            event = news[0]
            self.emit("event-added", ids, event.claims, *values,
                      f"New event {self.label(event)} from {_plural(len(event.claims), 'claim')}: "
                      f"{_ids(event.claims)}.")
        elif not news:
            event = olds[0]
            gone = sorted(event.claims)
            rejected = [gid for gid in gone if gid in self.rejected_now]
            how = "no longer in the case files" if not rejected else (
                "rejected" if len(rejected) == len(gone) else "removed from the case files or rejected")
            self.emit("event-removed", ids, gone, *values,
                      f"Event {self.label(event)} is gone: its {_plural(len(gone), 'claim')} ({_ids(gone)}) "
                      f"{'is' if len(gone) == 1 else 'are'} {how}.")
        elif len(olds) == 1 and len(news) == 1:
            if before != after:
                self.emit("event-renamed", ids, self.new_anchor(news[0]), *values,
                          f"Event {before[0]} is now {self.label(news[0])}: {self.rename_reason(olds[0], news[0])}.")
        elif len(news) == 1:
            self.emit("events-merged", ids, joined, *values,
                      f"Events {_ids(before)} are now one event, {self.label(news[0])}{by}{retire}.")
        elif len(olds) == 1:
            kept = f"; {before[0]} stays with the part that has its earliest statement" if before[0] in new_ids else ""
            self.emit("event-split", ids, joined, *values,
                      f"Event {before[0]} is split into {_ids(after)}{by}{kept}{retire}.")
        else:
            self.emit("events-regrouped", ids, joined, *values,
                      f"The claims of events {_ids(before)} are now grouped as {_ids(after)}{by}{retire}.")

    def anchor(self, event: Event, claims: Mapping[str, Claim]) -> Claim | None:
        known = [claims[gid] for gid in event.claims if gid in claims]
        return min(known, key=_anchor_key) if known else None

    def new_anchor(self, event: Event) -> tuple[str, ...]:
        anchor = self.anchor(event, self.new_claims)
        return (anchor.global_id,) if anchor else ()

    def rename_reason(self, old: Event, new: Event) -> str:
        """Why one event's id changed, per the id rule (docs/matching.md, "Event ids")."""
        was = self.anchor(old, self.old_claims)
        now = self.anchor(new, self.new_claims)
        if was is None or now is None:
            return "its claims are listed differently"
        if now.global_id != was.global_id:
            if was.global_id not in self.new_claims:
                left = "rejected" if was.global_id in self.rejected_now else "no longer in the case files"
                return (f"its earliest statement, {was.global_id}, is {left}, so {now.global_id} "
                        f"(stated {now.stated.isoformat()}) anchors it now")
            if now.global_id in self.added and now.stated == was.stated:
                return (f"the new claim {now.global_id} was stated on the same day as its earliest statement so far, "
                        f"{was.global_id} ({was.stated.isoformat()}), and anchors it now because its id sorts first")
            if now.global_id in self.added:
                return (f"the new claim {now.global_id}, stated {now.stated.isoformat()}, is earlier than its "
                        f"earliest statement so far, {was.global_id} (stated {was.stated.isoformat()}), and "
                        "anchors it now")
            return (f"{now.global_id} (stated {now.stated.isoformat()}) is now its earliest statement, before "
                    f"{was.global_id} (stated {self.new_claims[was.global_id].stated.isoformat()})")
        if _content(now) != _content(self.old_claims.get(now.global_id, now)):
            return f"its earliest statement, {now.global_id}, was edited"
        if len(new.id) != len(old.id):
            return ("its id shares its date and first six hex digits with another event's, so both take twelve"
                    if len(new.id) > len(old.id) else
                    "its id no longer shares its first six hex digits with another event's")
        return "its id was given by another rule"

    # --- events: what they say ---

    def claims_added(self, event: Event) -> None:
        joined = sorted(gid for gid in event.claims if gid in self.added)
        if not joined or len(joined) == len(set(event.claims)):
            return  # an event of new claims only is event-added
        count = len(set(event.claims))
        self.emit("claims-added", (event.id,), joined, (("claims", count - len(joined)),), (("claims", count),),
                  f"Event {self.label(event)} has {_plural(len(joined), 'new claim')}: {_ids(joined)}.")

    def figures(self, old: Event, new: Event) -> None:
        before = {_figure_key(f): f for f in old.casualties}
        after = {_figure_key(f): f for f in new.casualties}
        for key in sorted({*before, *after}):
            was, now = before.get(key), after.get(key)
            if was is not None and now is not None and (was.low, was.best, was.high) == (now.low, now.best, now.high):
                continue
            party, category, measure = key
            what = f"{self.party(party)}, {category}, {measure}"
            ident: tuple[tuple[str, ChangeValue], ...] = (("party", party), ("category", category),
                                                          ("measure", measure))
            old_values = {(v.claim, v.count, v.counted, v.outside) for v in (was.values if was else ())}
            claims = sorted({v.claim for v in (now.values if now else ()) if (v.claim, v.count, v.counted,
                                                                                v.outside) not in old_values})
            if was is None:
                assert now is not None
                sentence = f"In event {new.id}, a new figure for {what}: {_range(now)}."
            elif now is None:
                sentence = f"In event {new.id}, there is no figure for {what} any more (it was {_range(was)})."
            else:
                moved = [f"{name} {_high(a)} → {_high(b)}" for name, a, b in
                         (("low", was.low, now.low), ("best", was.best, now.best), ("high", was.high, now.high))
                         if a != b]
                sentence = f"In event {new.id}, {what} moved: {', '.join(moved)}."
            self.emit("figure-changed", (new.id,), claims, (*ident, *_numbers(was)), (*ident, *_numbers(now)),
                      sentence)

    def grade(self, old: Event, new: Event) -> None:
        if old.grade != new.grade:
            self.emit("grade-changed", (new.id,), (), (("grade", old.grade),), (("grade", new.grade),),
                      f"Event {new.id} is now {new.grade} (it was {old.grade}).")

    def date(self, old: Event, new: Event) -> None:
        was, now = old.date, new.date
        if (was.start, was.end, was.precision) != (now.start, now.end, now.precision):
            self.emit("date-changed", (new.id,), (), _date_values(was), _date_values(now),
                      f"Event {new.id} is now dated {_span(now)} (it was {_span(was)}).")

    def superseded(self) -> None:
        was = {gid for e in self.old.events for gid in e.superseded}
        for event in self.new.events:
            later_of: dict[str, list[str]] = {}
            for gid in event.claims:
                claim = self.new_claims.get(gid)
                for target in claim.supersedes if claim else ():
                    later_of.setdefault(target, []).append(gid)
            for gid in sorted(set(event.superseded)):
                if gid in was or gid not in self.old_claims:
                    continue
                by = sorted(later_of.get(gid, []))
                revised = f" by {_ids(by)}" if by else ""
                self.emit("claim-superseded", (event.id,), (gid, *by), (("superseded", "no"),),
                          (("superseded", "yes"),),
                          f"In event {event.id}, {gid} is superseded{revised}: the source revised it, and its "
                          "figures, denial and initiator no longer count.")

    def conflict_key(self, conflict: Conflict) -> _ConflictKey:
        """The kind and each claim, as the first statement it revises, with its value."""
        pairs = itertools.zip_longest((self.revises.get(gid, gid) for gid in conflict.claims), conflict.values,
                                      fillvalue="")
        return (conflict.kind, tuple(sorted(pairs)))

    def conflicts(self) -> None:
        def bag(events: Sequence[Event]) -> Counter[_ConflictKey]:
            return Counter(self.conflict_key(c) for e in events for c in e.conflicts)

        def between(counts: Counter[_ConflictKey]) -> Counter[_ConflictKey]:
            return Counter(_statements(key) for key in counts.elements())

        before, after = bag(self.old.events), bag(self.new.events)
        opened, resolved = after - before, before - after
        # Left on both sides between the same statements: one conflict whose values moved, and it still stands.
        stands = between(opened) & between(resolved)
        opened_stands, resolved_stands = Counter(stands), Counter(stands)
        for event in self.new.events:
            for conflict in event.conflicts:
                key = self.conflict_key(conflict)
                if opened[key] > 0:
                    opened[key] -= 1
                    if opened_stands[_statements(key)] > 0:
                        opened_stands[_statements(key)] -= 1
                        continue
                    self.emit("conflict-opened", (event.id,), conflict.claims, (),
                              (("kind", conflict.kind), ("summary", conflict.summary)),
                              f"In event {event.id}, a new {conflict.kind} conflict: {conflict.summary}")
        for event in self.old.events:
            for conflict in event.conflicts:
                key = self.conflict_key(conflict)
                if resolved[key] > 0:
                    resolved[key] -= 1
                    if resolved_stands[_statements(key)] > 0:
                        resolved_stands[_statements(key)] -= 1
                        continue
                    # Told in the event that holds its claims now, if one does; else in the event it was in.
                    homes = {self.new_home.get(gid) for gid in conflict.claims}
                    home = homes.pop() if len(homes) == 1 else None
                    event_id = home if home is not None else event.id
                    self.emit("conflict-resolved", (event_id,), conflict.claims,
                              (("kind", conflict.kind), ("summary", conflict.summary)), (),
                              f"In event {event_id}, {_article(conflict.kind)} {conflict.kind} conflict no longer "
                              f"stands: {conflict.summary}")

    # --- claims ---

    def claims(self) -> None:
        for gid in sorted(self.old_claims):
            home = (self.old_home[gid],) if gid in self.old_home else ()
            where = f" (in event {home[0]})" if home else ""
            if gid not in self.new_claims:
                if gid in self.rejected_now:
                    continue  # told with its reason below
                self.emit("claim-removed", home, (gid,), (("file", self.old_claims[gid].file),), (),
                          f"Claim {gid}{where} is no longer in the case files.")
                continue
            was, now = _claim_fields(self.old_claims[gid]), _claim_fields(self.new_claims[gid])
            changed = [name for name in was if was[name] != now[name]]
            if changed:
                now_home = (self.new_home[gid],) if gid in self.new_home else ()
                self.emit("claim-edited", tuple(sorted({*home, *now_home})), (gid,),
                          ((name, was[name]) for name in changed), ((name, now[name]) for name in changed),
                          f"Claim {gid} changed in its file: {', '.join(name.replace('_', ' ') for name in changed)}.")
        known = {_rejected_key(r) for r in self.old.case.rejected}
        for item in self.new.case.rejected:
            if _rejected_key(item) in known:
                continue
            rejected = item.claim
            home = (self.old_home[rejected],) if rejected is not None and rejected in self.old_home else ()
            where = f"{item.file}:{item.line}" if item.line else item.file
            if rejected is None:
                sentence = f"A claim in {where} is rejected: {item.reason}"
            else:
                it_was = f" (it was in event {home[0]})" if home else ""
                sentence = f"Claim {rejected}{it_was} is rejected ({where}): {item.reason}"
            self.emit("claim-rejected", home, (rejected,) if rejected else (), (),
                      (("file", item.file), ("line", item.line), ("reason", item.reason)), sentence)


def _high(value: int | None) -> str:
    return "open" if value is None else str(value)


def _range(figure: Figure) -> str:
    return f"low {figure.low}, best {figure.best}, high {_high(figure.high)}"


def _numbers(figure: Figure | None) -> tuple[tuple[str, ChangeValue], ...]:
    if figure is None:
        return ()
    return (("low", figure.low), ("best", figure.best), ("high", figure.high))


def _date_values(span: DateSpan) -> tuple[tuple[str, ChangeValue], ...]:
    return (("start", span.start.isoformat()), ("end", span.end.isoformat()), ("precision", span.precision))
