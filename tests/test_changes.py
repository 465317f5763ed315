"""What changed between two results (`reconcile.changes.compare`), on hand-built reconciliations."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from reconcile.changes import CHANGE_LABELS, STRUCTURAL, compare, counts_text, with_changes
from reconcile.models import (
    CHANGE_KINDS,
    Case,
    Change,
    Claim,
    Conflict,
    Count,
    DateSpan,
    Event,
    Figure,
    FigureValue,
    Party,
    PlaceMention,
    Reconciliation,
    Rejected,
)

DAY = DateSpan(dt.date(2012, 6, 5), dt.date(2012, 6, 5), "day", "2012-06-05")
PARTIES = (Party("armenia", "Armenia"), Party("azerbaijan", "Azerbaijan"))


def claim(gid: str, stated: int = 5, **fields: object) -> Claim:
    """A claim ``"source/id"`` about 5 June 2012, stated on ``stated`` June."""
    source, _, cid = gid.partition("/")
    return Claim(source=source, id=cid, stated=dt.date(2012, 6, stated), quote="q", date=DAY, place="Voskepar",
                 file=f"{source}.yaml", line=1, **fields)  # type: ignore[arg-type]


def event(eid: str, *claims: str, **fields: object) -> Event:
    values: dict[str, object] = {"superseded": (), "date": DAY, "grade": "single-source",
                                 "places": (PlaceMention(claims[0], "x", "Voskepar", "voskepar", "Voskepar"),)}
    values.update(fields)
    return Event(id=eid, claims=claims, **values)  # type: ignore[arg-type]


def result(claims: tuple[Claim, ...], *events: Event, rejected: tuple[Rejected, ...] = (),
           methodology: tuple[str, ...] = ("rule",)) -> Reconciliation:
    case = Case(id="c", title="C", parties=PARTIES, sources=(), claims=claims, rejected=rejected)
    return Reconciliation(case=case, events=events, methodology=methodology)


def figure(low: int, best: int, high: int | None, *values: FigureValue) -> Figure:
    return Figure("azerbaijan", "soldiers", "killed", low, best, high, values)


A, B, C, D = claim("am/a", 5), claim("az/b", 6), claim("osce/c", 7), claim("media/d", 8)
CONFLICT = Conflict("casualties", ("am/a", "az/b"), ("4", "5"), "Armenia says 4; Azerbaijan says 5.")


def kinds(changes: tuple[Change, ...]) -> list[str]:
    return [c.kind for c in changes]


def test_the_same_result_has_no_changes() -> None:
    """Comparing a result with itself gives no change."""
    old = result((A, B), event("ev-1", "am/a", "az/b", conflicts=(CONFLICT,), casualties=(figure(4, 4, 5),)))
    assert compare(old, old) == ()


def test_an_event_of_new_claims_is_added() -> None:
    """An event made only of claims the old result lacks is one event-added change naming them."""
    old = result((A,), event("ev-1", "am/a"))
    new = result((A, B, C), event("ev-1", "am/a"), event("ev-2", "az/b", "osce/c"))
    assert compare(old, new) == (Change(
        "event-added", ("ev-2",), ("az/b", "osce/c"), (("events", ()),), (("events", ("ev-2",)),),
        "New event ev-2 (2012-06-05, Voskepar) from 2 claims: az/b and osce/c."),)


def test_claims_that_join_an_event_are_listed_with_it() -> None:
    """New claims in an event that keeps its id are one claims-added change, with the counts before and after."""
    old = result((A,), event("ev-1", "am/a"))
    new = result((A, B), event("ev-1", "am/a", "az/b"))
    assert compare(old, new) == (Change(
        "claims-added", ("ev-1",), ("az/b",), (("claims", 1),), (("claims", 2),),
        "Event ev-1 (2012-06-05, Voskepar) has 1 new claim: az/b."),)


def test_a_moved_figure_gives_its_range_before_and_after() -> None:
    """A figure whose best and high moved says so, with the new values' claims."""
    old = result((A, B), event("ev-1", "am/a", "az/b", casualties=(
        figure(4, 4, 4, FigureValue("am/a", "am", Count(4, 4))),)))
    new = result((A, B, C), event("ev-1", "am/a", "az/b", "osce/c", casualties=(
        figure(4, 5, None, FigureValue("am/a", "am", Count(4, 4)), FigureValue("osce/c", "osce", Count(5, None))),)))
    figures = [c for c in compare(old, new) if c.kind == "figure-changed"]
    ident = (("party", "azerbaijan"), ("category", "soldiers"), ("measure", "killed"))
    assert figures == [Change(
        "figure-changed", ("ev-1",), ("osce/c",), (*ident, ("low", 4), ("best", 4), ("high", 4)),
        (*ident, ("low", 4), ("best", 5), ("high", None)),
        "In event ev-1, Azerbaijan, soldiers, killed moved: best 4 → 5, high 4 → open.")]


def test_a_figure_that_appears_or_goes_is_a_change() -> None:
    """A figure new in an event, or gone from it, is a figure-changed with no numbers on the empty side."""
    with_figure = result((A,), event("ev-1", "am/a", casualties=(figure(3, 3, 3),)))
    without = result((A,), event("ev-1", "am/a"))
    appeared = compare(without, with_figure)[0]
    assert appeared.summary == "In event ev-1, a new figure for Azerbaijan, soldiers, killed: low 3, best 3, high 3."
    assert dict(appeared.before) == {"party": "azerbaijan", "category": "soldiers", "measure": "killed"}
    gone = compare(with_figure, without)[0]
    assert gone.summary == ("In event ev-1, there is no figure for Azerbaijan, soldiers, killed any more (it was low "
                            "3, best 3, high 3).")
    assert dict(gone.after) == {"party": "azerbaijan", "category": "soldiers", "measure": "killed"}


def test_conflicts_opened_and_resolved() -> None:
    """A conflict only in the new result is opened; one only in the old result is resolved."""
    other = Conflict("attribution", ("am/a", "az/b"), ("Azerbaijan", "Armenia"), "They blame each other.")
    old = result((A, B), event("ev-1", "am/a", "az/b", conflicts=(CONFLICT,)))
    new = result((A, B), event("ev-1", "am/a", "az/b", conflicts=(other,)))
    opened, resolved = compare(old, new)
    assert opened == Change("conflict-opened", ("ev-1",), ("am/a", "az/b"), (),
                            (("kind", "attribution"), ("summary", "They blame each other.")),
                            "In event ev-1, a new attribution conflict: They blame each other.")
    assert resolved.kind == "conflict-resolved"
    assert resolved.summary == ("In event ev-1, a casualties conflict no longer stands: Armenia says 4; Azerbaijan "
                                "says 5.")


def test_a_conflict_that_moves_with_its_claims_is_no_change() -> None:
    """Conflicts are compared over the whole result: the same disagreement in a renamed event is not new."""
    old = result((A, B), event("ev-1", "am/a", "az/b", conflicts=(CONFLICT,)))
    new = result((A, B), event("ev-2", "am/a", "az/b", conflicts=(CONFLICT,)))
    assert kinds(compare(old, new)) == ["event-renamed"]


def test_two_disagreements_of_one_pair_are_counted() -> None:
    """Two equal conflicts of one pair of claims (e.g. killed and wounded) count as two: losing one is a change."""
    old = result((A, B), event("ev-1", "am/a", "az/b", conflicts=(CONFLICT, CONFLICT)))
    new = result((A, B), event("ev-1", "am/a", "az/b", conflicts=(CONFLICT,)))
    assert kinds(compare(old, new)) == ["conflict-resolved"]


def test_grade_and_date_changes() -> None:
    """A new grade and a new date span are each one change with the old and new values."""
    later = DateSpan(dt.date(2012, 6, 5), dt.date(2012, 6, 6), "range", "")
    old = result((A,), event("ev-1", "am/a"))
    new = result((A,), event("ev-1", "am/a", grade="contested", date=later))
    grade, date = compare(old, new)
    assert (grade.before, grade.after) == ((("grade", "single-source"),), (("grade", "contested"),))
    assert grade.summary == "Event ev-1 is now contested (it was single-source)."
    assert date.after == (("start", "2012-06-05"), ("end", "2012-06-06"), ("precision", "range"))
    assert date.summary == "Event ev-1 is now dated 2012-06-05/2012-06-06 (it was 2012-06-05)."


def test_a_revised_claim_is_superseded() -> None:
    """A claim of the old result that the new one supersedes names the claim that revises it."""
    revision = claim("am/a2", 7, supersedes=("am/a",))
    old = result((A,), event("ev-1", "am/a"))
    new = result((A, revision), event("ev-1", "am/a", "am/a2", superseded=("am/a",)))
    superseded = [c for c in compare(old, new) if c.kind == "claim-superseded"]
    assert superseded == [Change(
        "claim-superseded", ("ev-1",), ("am/a", "am/a2"), (("superseded", "no"),), (("superseded", "yes"),),
        "In event ev-1, am/a is superseded by am/a2: the source revised it, and its figures, denial and initiator no "
        "longer count.")]


def test_merged_events_name_the_retired_id_and_the_joining_claim() -> None:
    """Two old events in one new event are events-merged: the ids before and after, the new claim, the retired id."""
    old = result((A, B), event("ev-a", "am/a"), event("ev-b", "az/b"))
    new = result((A, B, C), event("ev-a", "am/a", "az/b", "osce/c"))
    merged = compare(old, new)[0]
    assert merged == Change(
        "events-merged", ("ev-a", "ev-b"), ("osce/c",), (("events", ("ev-a", "ev-b")),), (("events", ("ev-a",)),),
        "Events ev-a and ev-b are now one event, ev-a (2012-06-05, Voskepar), after the new claim osce/c; ev-b is "
        "retired.")


def test_a_split_event_says_which_part_keeps_the_id() -> None:
    """One old event in two new events is event-split; the part with the earliest statement keeps the id."""
    old = result((A, B), event("ev-a", "am/a", "az/b"))
    new = result((A, B, C), event("ev-a", "am/a"), event("ev-c", "az/b", "osce/c"))
    split = compare(old, new)[0]
    assert (split.kind, split.events, split.claims) == ("event-split", ("ev-a", "ev-c"), ("osce/c",))
    assert split.summary == ("Event ev-a is split into ev-a and ev-c, after the new claim osce/c; ev-a stays with the "
                             "part that has its earliest statement.")


def test_regrouped_events() -> None:
    """Claims of two old events spread over two new events under other ids are events-regrouped."""
    old = result((A, B, C, D), event("ev-a", "am/a", "az/b"), event("ev-c", "osce/c", "media/d"))
    new = result((A, B, C, D), event("ev-a", "am/a", "osce/c"), event("ev-b", "az/b", "media/d"))
    regrouped = compare(old, new)[0]
    assert regrouped.kind == "events-regrouped"
    assert (regrouped.before, regrouped.after) == ((("events", ("ev-a", "ev-c")),), (("events", ("ev-a", "ev-b")),))
    assert regrouped.summary == ("The claims of events ev-a and ev-c are now grouped as ev-a and ev-b; ev-c is "
                                 "retired.")


def test_an_earlier_statement_renames_the_event() -> None:
    """A new claim stated before the event's earliest statement anchors it: event-renamed says so."""
    early = claim("osce/e", 2)
    old = result((A,), event("ev-a", "am/a"))
    new = result((A, early), event("ev-e", "am/a", "osce/e"))
    renamed = compare(old, new)[0]
    assert (renamed.kind, renamed.events, renamed.claims) == ("event-renamed", ("ev-a", "ev-e"), ("osce/e",))
    assert renamed.summary == (
        "Event ev-a is now ev-e (2012-06-05, Voskepar): the new claim osce/e, stated 2012-06-02, is earlier than its "
        "earliest statement so far, am/a (stated 2012-06-05), and anchors it now.")


def test_a_removed_anchor_renames_the_event() -> None:
    """When the event's earliest statement leaves the case, the next one anchors it."""
    old = result((A, B), event("ev-a", "am/a", "az/b"))
    new = result((B,), event("ev-b", "az/b"))
    renamed, removed = compare(old, new)
    assert renamed.summary == ("Event ev-a is now ev-b (2012-06-05, Voskepar): its earliest statement, am/a, is no "
                               "longer in the case files, so az/b (stated 2012-06-06) anchors it now.")
    assert removed == Change("claim-removed", ("ev-a",), ("am/a",), (("file", "am.yaml"),), (),
                             "Claim am/a (in event ev-a) is no longer in the case files.")


def test_an_event_whose_claims_are_all_gone_is_removed() -> None:
    """An old event none of whose claims is left is event-removed, and each claim is claim-removed."""
    old = result((A, B), event("ev-a", "am/a"), event("ev-b", "az/b"))
    new = result((B,), event("ev-b", "az/b"))
    assert kinds(compare(old, new)) == ["event-removed", "claim-removed"]
    assert compare(old, new)[0].summary == ("Event ev-a (2012-06-05, Voskepar) is gone: its 1 claim (am/a) is no "
                                            "longer in the case files.")


def test_a_claim_rejected_now_gives_its_reason_and_old_event() -> None:
    """A claim that was read before and is rejected now is claim-rejected (not removed), with the reason."""
    old = result((A, B), event("ev-a", "am/a", "az/b"))
    bad = Rejected("am/a", "am.yaml", 4, "$.claims[0].date: cannot read 'soon'")
    new = result((B,), event("ev-b", "az/b"), rejected=(bad,))
    rejected = [c for c in compare(old, new) if c.kind.startswith("claim-")]
    assert rejected == [Change(
        "claim-rejected", ("ev-a",), ("am/a",), (),
        (("file", "am.yaml"), ("line", 4), ("reason", "$.claims[0].date: cannot read 'soon'")),
        "Claim am/a (it was in event ev-a) is rejected (am.yaml:4): $.claims[0].date: cannot read 'soon'")]


def test_a_rejection_seen_before_is_no_change() -> None:
    """The same rejection in both results, even on another line, is not reported again."""
    old = result((A,), event("ev-a", "am/a"), rejected=(Rejected("az/z", "az.yaml", 4, "missing quote"),))
    new = result((A,), event("ev-a", "am/a"), rejected=(Rejected("az/z", "az.yaml", 9, "missing quote"),))
    assert compare(old, new) == ()
    anonymous = result((A,), event("ev-a", "am/a"), rejected=(Rejected(None, "x.yaml", 2, "not YAML"),))
    assert [c.summary for c in compare(old, anonymous)] == ["A claim in x.yaml:2 is rejected: not YAML"]


def test_an_edited_claim_lists_the_changed_fields() -> None:
    """A claim whose content changed is claim-edited with the old and new values; a moved claim is not edited."""
    old = result((A,), event("ev-a", "am/a"))
    moved = result((attrs.evolve(A, line=30, file="am.csv"),), event("ev-a", "am/a"))
    assert compare(old, moved) == ()
    edited = result((attrs.evolve(A, place="Berdavan", initiator="azerbaijan"),), event("ev-a", "am/a"))
    assert compare(old, edited) == (Change(
        "claim-edited", ("ev-a",), ("am/a",), (("place", "Voskepar"), ("initiator", None)),
        (("place", "Berdavan"), ("initiator", "azerbaijan")), "Claim am/a changed in its file: place, initiator."),)


def test_changed_rules_come_first() -> None:
    """Different methodology is rules-changed, sorted before every other change."""
    old = result((A,), event("ev-a", "am/a"))
    new = result((A, B), event("ev-a", "am/a"), event("ev-b", "az/b"), methodology=("rule", "another rule"))
    assert kinds(compare(old, new)) == ["rules-changed", "event-added"]
    assert compare(old, new)[0].summary == (
        "The matching and merge rules differ from the earlier run's (1 rule line differs): some of the changes "
        "below may come from the rules, not from the claim files.")


def test_changes_are_sorted_by_kind() -> None:
    """The list follows CHANGE_KINDS, then event ids."""
    old = result((A, B), event("ev-a", "am/a"), event("ev-b", "az/b"))
    new = result((B, C, D), event("ev-b", "az/b", "osce/c", grade="contested"), event("ev-d", "media/d"))
    changes = compare(old, new)
    assert kinds(changes) == ["event-added", "event-removed", "claims-added", "grade-changed", "claim-removed"]
    assert sorted(changes, key=lambda c: CHANGE_KINDS.index(c.kind)) == list(changes)


def test_every_kind_has_a_label() -> None:
    """Each change kind has a heading and a description, and the structural kinds are kinds."""
    assert list(CHANGE_LABELS) == list(CHANGE_KINDS)
    assert set(CHANGE_KINDS) >= STRUCTURAL


def test_counts_text() -> None:
    """The counts read as headings with numbers, in kind order; no changes read as none."""
    old = result((A,), event("ev-a", "am/a"))
    new = result((A, B, C), event("ev-a", "am/a", "az/b", grade="corroborated"), event("ev-c", "osce/c"))
    assert counts_text(compare(old, new)) == "new events: 1; events that gained claims: 1; grades changed: 1"
    assert counts_text(()) == "none"


def test_with_changes_records_the_earlier_run_time() -> None:
    """with_changes sets changes and changes_since and leaves the events alone."""
    old = result((A,), event("ev-a", "am/a"))
    new = result((A, B), event("ev-a", "am/a", "az/b"))
    out = with_changes(new, old, since="2026-01-01T00:00:00Z")
    assert (out.events, out.changes_since, out.changes) == (new.events, "2026-01-01T00:00:00Z", compare(old, new))


# --- untrusted input --------------------------------------------------------------------------------------------

gids = st.sampled_from(("am/a", "az/b", "osce/c", "media/d", "ghost/x"))


@st.composite
def results(draw: st.DrawFn) -> Reconciliation:
    """Results as a damaged file may hold them: events naming unknown or repeated claims, ids used twice."""
    known = draw(st.lists(st.sampled_from((A, B, C, D)), unique=True))
    events = [event(draw(st.sampled_from(("ev-1", "ev-2", "ev-3"))), *draw(st.lists(gids, min_size=1, max_size=4)),
                    grade=draw(st.sampled_from(("contested", "single-source"))),
                    superseded=tuple(draw(st.lists(gids, max_size=2))),
                    conflicts=(CONFLICT,) * draw(st.integers(0, 2)))
              for _ in range(draw(st.integers(0, 4)))]
    rejected = tuple(Rejected(draw(st.one_of(st.none(), gids)), "f.yaml", 1, "bad") for _ in range(draw(
        st.integers(0, 2))))
    return result(tuple(known), *events, rejected=rejected)


@given(results(), results())
def test_compare_never_raises_on_damaged_results(old: Reconciliation, new: Reconciliation) -> None:
    """Any two results, however inconsistent, give a sorted list of changes of known kinds."""
    changes = compare(old, new)
    assert all(c.kind in CHANGE_KINDS for c in changes)
    assert [CHANGE_KINDS.index(c.kind) for c in changes] == sorted(CHANGE_KINDS.index(c.kind) for c in changes)
