"""The report states the conflicts of an event once per disagreement, each value once with who gives it, and loses
no pair: every conflict of ``reconciliation.json`` follows from the values, or is shown pair by pair."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape

from reconcile.load import load_case
from reconcile.models import Event, Reconciliation
from reconcile.pipeline import reconcile
from reconcile.render import render_report
from reconcile.report import DisagreementView, EventRow, EventView, build_view

from .conftest import SEED, MakeCase
from .report_fixtures import sample_reconciliation


def _source(source: str, name: str, speaks_for: str | None, claims: str) -> str:
    head = f"source:\n  id: {source}\n  name: {name}\n  kind: {'belligerent' if speaks_for else 'monitor'}\n"
    return head + (f"  speaks_for: {speaks_for}\n" if speaks_for else "") + "claims:\n" + claims


def _claim(claim: str, date: str, *, casualties: str = "", extra: str = "") -> str:
    return (f"  - id: {claim}\n    stated: 2012-06-10\n    quote: shelling near Berdavan\n    date: {date}\n"
            f"    place: Berdavan\n{extra}" + (f"    casualties:\n{casualties}" if casualties else ""))


def _soldiers(party: str, **measures: str) -> str:
    lines = "".join(f"        {measure}: {value}\n" for measure, value in measures.items())
    return f"      - party: {party}\n        category: soldiers\n{lines}"


def _claims_of(group: DisagreementView, mark: str) -> set[str]:
    (value,) = [v for v in group.values if v.mark == mark]
    return {claim.claim for source in value.sources for claim in source.claims}


def _derived(group: DisagreementView) -> set[frozenset[str]]:
    """The pairs of claims a reader gets from a disagreement: from its values (every two claims of different values
    when complete, of values marked as conflicting when derivable), else from its pairs, sentence by sentence."""
    if group.derivable:
        out = set()
        for value in group.values:
            others = (re.split(r", | and ", value.contradicts) if value.contradicts
                      else [v.mark for v in group.values if v is not value])
            for other in others:
                out |= {frozenset((a, b)) for a in _claims_of(group, value.mark) for b in _claims_of(group, other)}
        return out
    out = set()
    for pair in group.pairs:
        sides: dict[str, set[str]] = {}
        for value in pair.values:
            sides.setdefault(value.source_name, set()).add(value.claim)
        first, second = sides.values()
        out |= {frozenset((a, b)) for a in first for b in second}
    return out


def _pairs(event: Event) -> set[tuple[str, frozenset[str]]]:
    return {(conflict.kind, frozenset(conflict.claims)) for conflict in event.conflicts}


def _check(event: Event, disagreements: tuple[DisagreementView, ...]) -> None:
    """Nothing is lost: the disagreements stand for every conflict once, and give exactly its pairs."""
    assert sum(group.pair_count for group in disagreements) == len(event.conflicts)
    assert {(group.badge.key, pair) for group in disagreements for pair in _derived(group)} == _pairs(event)


def _views(rec: Reconciliation) -> list[tuple[Event, EventView, EventRow]]:
    cards = {card.id: card for card in build_view(rec, generated="g", engine_version="t", brief_above=None).events}
    rows = {row.id: row for row in build_view(rec, generated="g", engine_version="t", compact_above=0,
                                              rows_above=0).conflict_rows}
    return [(event, cards[event.id], rows[event.id]) for event in rec.events if event.conflicts]


@pytest.mark.parametrize("case", ["seed", "sample"])
def test_disagreements_lose_no_pair(case: str) -> None:
    """In cards and rows alike, the disagreements of each event give back exactly its conflicts (pairs of claims)."""
    rec = reconcile(load_case(SEED)) if case == "seed" else sample_reconciliation()
    views = _views(rec)
    assert views
    for event, card, row in views:
        _check(event, card.disagreements)
        _check(event, row.disagreements)
        assert [g.subject for g in card.disagreements] == [g.subject for g in row.disagreements]


def test_the_seed_states_each_disagreement_once() -> None:
    """The seed's event of 5 June: the location conflicts are one disagreement with each place once, and the
    place that conflicts with both others is marked so (the other two do not conflict with each other)."""
    rec = reconcile(load_case(SEED))
    card = next(card for event, card, _ in _views(rec) if event.id == "ev-2012-06-05-adaee9")
    assert [(g.badge.key, g.subject, g.pair_count) for g in card.disagreements] == [
        ("casualties", "Soldiers of Azerbaijan killed", 1), ("attribution", "Who started it", 1),
        ("location", "Where it happened", 2)]
    casualties = card.disagreements[0]
    assert [(v.label, [c.words for s in v.sources for c in s.claims]) for v in casualties.values] == [
        ("4", ["four"]), ("5", ["four + 1"])]
    where = card.disagreements[2]
    assert (where.complete, where.derivable) == (False, True)
    assert [(v.mark, v.contradicts) for v in where.values] == [("A", "B and C"), ("B", "A"), ("C", "A")]


def test_a_denial_reads_as_not_as_told() -> None:
    """The seed's denial of 4 June (Azerbaijan's ministry puts the deaths down to the Armenian army's internal
    disagreements) denies the incident as the others told it: its value reads "It did not happen as told (a
    denial)", not "It did not happen", since a denial may only blame another side."""
    rec = reconcile(load_case(SEED))
    labels = {v.label for _event, card, _row in _views(rec) for g in card.disagreements
              if g.badge.key == "existence" for v in g.values}
    assert labels == {"It happened", "It did not happen as told (a denial)"}


MAIN_SAYS_ONE = _source("am-mod", "Ministry of Defence of Armenia", "armenia", _claim(
    "m1", "2012-06-04", casualties=_soldiers("armenia", killed="1", wounded="1")))
ENEMY_SAYS_THREE = _source("az-mod", "Ministry of Defence of Azerbaijan", "azerbaijan", _claim(
    "z1", "2012-06-04", casualties=_soldiers("armenia", killed="3", wounded="3")))


def test_two_figures_with_the_same_values_are_two_disagreements(make_case: MakeCase) -> None:
    """Two claims that disagree the same way about two figures (1 against 3 killed, 1 against 3 wounded) make two
    conflicts with the same claims and values: each is told apart by its figure, not merged into one."""
    rec = reconcile(load_case(make_case({"am-mod.yaml": MAIN_SAYS_ONE, "az-mod.yaml": ENEMY_SAYS_THREE})))
    ((event, card, row),) = _views(rec)
    assert [c.values for c in event.conflicts] == [("1", "3"), ("1", "3")]
    assert [g.subject for g in card.disagreements] == ["Soldiers of Armenia killed", "Soldiers of Armenia wounded"]
    for group in card.disagreements:
        (pair,) = group.pairs
        assert group.subject.rsplit(" ", 1)[1] in pair.summary
        assert [v.label for v in group.values] == ["1", "3"]
    _check(event, card.disagreements)
    _check(event, row.disagreements)


OVERLAP = {
    "am-mod.yaml": _source("am-mod", "Ministry of Defence of Armenia", "armenia", _claim(
        "m1", "2012-06-04", casualties=_soldiers("armenia", killed="1"))),
    "az-mod.yaml": _source("az-mod", "Ministry of Defence of Azerbaijan", "azerbaijan", _claim(
        "z1", "2012-06-04", casualties=_soldiers("armenia", killed="several"))),
    "icrc.yaml": _source("icrc", "ICRC delegation", None, _claim(
        "i1", "2012-06-04", casualties=_soldiers("armenia", killed="5"))),
}


def test_overlapping_values_are_marked_not_run_together(make_case: MakeCase) -> None:
    """1 conflicts with “several” (3–9) and with 5, which do not conflict with each other: the values say which
    conflicts with which, so that no one reads 3–9 against 5 into the list."""
    rec = reconcile(load_case(make_case(OVERLAP)))
    ((event, card, row),) = _views(rec)
    assert len(event.conflicts) == 2
    (group,) = card.disagreements
    assert (group.complete, group.derivable) == (False, True)
    assert [(v.mark, v.label, v.contradicts) for v in group.values] == [
        ("A", "1", "B and C"), ("B", "3 to 9", "A"), ("C", "5", "A")]
    assert "Not every value conflicts with every other" in group.note
    _check(event, card.disagreements)
    _check(event, row.disagreements)
    assert row.disagreements[0].lines == ("A: 1 — Ministry of Defence of Armenia (conflicts with B and C)",
                                          "B: 3 to 9 — Ministry of Defence of Azerbaijan (conflicts with A)",
                                          "C: 5 — ICRC delegation (conflicts with A)")
    html = render_report(rec, generated="g")
    assert "conflicts with B and C" in html
    assert '<details class="conflict-pairs">' in html  # the pairs follow from the marks: closed


RELAYED = {
    "am-mod.yaml": _source("am-mod", "Ministry of Defence of Armenia", "armenia", _claim(
        "m1", "2012-06-04", extra="    initiator: azerbaijan\n")),
    "icrc.yaml": _source("icrc", "ICRC delegation", None, _claim(
        "i1", "2012-06-04", extra="    initiator: azerbaijan\n")),
    "armenpress.yaml": _source("armenpress", "Armenpress", None, _claim(
        "p1", "2012-06-04", extra="    initiator: armenia\n    relays: am-mod\n")),
    "az-mod.yaml": _source("az-mod", "Ministry of Defence of Azerbaijan", "azerbaijan", _claim(
        "z1", "2012-06-04", extra="    initiator: armenia\n")),
}


def test_a_pair_the_values_do_not_imply_is_shown_pair_by_pair(make_case: MakeCase) -> None:
    """Armenpress relays the Ministry of Armenia yet blames Armenia, as the Ministry of Azerbaijan does: it conflicts
    with the ICRC (another origin) but not with the Ministry it relays (its own origin's word). Grouped by value
    (Azerbaijan: Ministry of Armenia, ICRC; Armenia: Armenpress, Ministry of Azerbaijan), the values alone would
    set Armenpress against the Ministry it relays too, so the pairs are shown, open, and say which."""
    rec = reconcile(load_case(make_case(RELAYED)))
    ((event, card, row),) = _views(rec)
    assert {frozenset(c.claims) for c in event.conflicts} == {
        frozenset(pair)
        for pair in (("icrc/i1", "armenpress/p1"), ("icrc/i1", "az-mod/z1"), ("am-mod/m1", "az-mod/z1"))}
    (group,) = card.disagreements
    assert (group.complete, group.derivable) == (False, False)
    assert "pair by pair" in group.note
    assert [pair.summary for pair in group.pairs] == [c.summary for c in event.conflicts]
    assert [v.contradicts for v in group.values] == ["", ""]  # the two values conflict: the pairs say which claims
    assert row.disagreements[0].pairs  # a compact row shows them too
    _check(event, card.disagreements)
    _check(event, row.disagreements)
    html = render_report(rec, generated="g")
    assert '<details class="conflict-pairs" open>' in html
    assert str(escape(event.conflicts[0].summary)) in html


def test_a_card_says_how_many_disagreements_and_pairs(make_case: MakeCase) -> None:
    """The card counts its disagreements and, as the header does, its conflicts (pairs of claims)."""
    rec = reconcile(load_case(make_case({"am-mod.yaml": MAIN_SAYS_ONE, "az-mod.yaml": ENEMY_SAYS_THREE})))
    html = render_report(rec, generated="g")
    assert "2 disagreements, each value once with who gives it" in html
    assert "(2 conflicts between two claims, as counted above)" in html
    assert re.search(r'<span class="num">2</span> conflicts <span class="stat-note">between two claims each', html)


@pytest.mark.parametrize("case", ["seed", "sample"])
def test_a_row_makes_its_values_only_when_read(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A compact row shows its disagreements as lines: the values (with their sources and claims), which the largest
    reports make for thousands of rows, are made when first read, and then are the card's, the same each time."""
    import reconcile.report as report

    rec = reconcile(load_case(SEED)) if case == "seed" else sample_reconciliation()
    made: list[object] = []
    value = report.DisagreementValue

    def counted(**fields: object) -> object:
        made.append(fields)
        return value(**fields)

    monkeypatch.setattr(report, "DisagreementValue", counted)
    rows = {row.id: row for row in build_view(rec, generated="g", engine_version="t", compact_above=0,
                                              rows_above=0).conflict_rows}
    assert rows
    assert all(group.lines for row in rows.values() for group in row.disagreements)
    assert made == []
    monkeypatch.setattr(report, "DisagreementValue", value)
    for _, card, row in _views(rec):
        for in_card, in_row in zip(card.disagreements, row.disagreements, strict=True):
            assert list(in_row.values) == list(in_card.values)
            assert in_row.values[0] is in_row.values[0]
            assert in_row.lines == in_card.lines
            assert (in_row.complete, in_row.derivable, in_row.note) == (in_card.complete, in_card.derivable,
                                                                        in_card.note)
