"""Workflow messages: what `reconcile validate` lists, what `--quiet` leaves out, and what a later run says changed.

Each test reproduces a mistake a user met: a revision that reported a standing conflict as both new and gone, a
quiet validate that printed its summary, a duplicate id hidden behind its first claim's problem, a claim's second
problem hidden behind its first, a stray CSV quote reported on the line that happened to close it, and a huge
count called "not a whole number".
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile._documents import DocumentError, parse_csv
from reconcile.changes import compare
from reconcile.cli import main
from reconcile.load import load_case
from reconcile.models import Case, Claim, Conflict, DateSpan, Event, Party, PlaceMention, Reconciliation
from reconcile.normalize import MAX_COUNT

from .conftest import MakeCase
from .test_load import problems_of


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


# --- changes: a revision carries its conflicts over ---------------------------------------------------------------

DAY = DateSpan(dt.date(2018, 1, 19), dt.date(2018, 1, 19), "day", "2018-01-19")
PARTIES = (Party("india", "India"), Party("pakistan", "Pakistan"))


def claim(gid: str, stated: int, **fields: object) -> Claim:
    source, _, cid = gid.partition("/")
    return Claim(source=source, id=cid, stated=dt.date(2018, 1, stated), quote="q", date=DAY, place="Uri",
                 file=f"{source}.yaml", line=1, **fields)  # type: ignore[arg-type]


def result(claims: tuple[Claim, ...], *conflicts: Conflict, superseded: tuple[str, ...] = ()) -> Reconciliation:
    gids = tuple(c.global_id for c in claims)
    event = Event(id="ev-1", claims=gids, superseded=superseded, date=DAY, grade="contested",
                  places=(PlaceMention(gids[0], claims[0].source, "Uri"),), conflicts=conflicts)
    case = Case(id="c", title="C", parties=PARTIES, sources=(), claims=claims)
    return Reconciliation(case=case, events=(event,), methodology=("rule",))


def existence(asserting: str) -> Conflict:
    return Conflict("existence", (asserting, "ispr/d1"), ("asserts", "denies"),
                    "Indian Army says the incident happened; ISPR denies it.")


C1, D1 = claim("ia/c1", 19), claim("ispr/d1", 20)
C2 = claim("ia/c2", 26, supersedes=("ia/c1",))
C3 = claim("ia/c3", 28, supersedes=("ia/c2",))


def test_a_conflict_carried_over_by_a_revision_is_no_change() -> None:
    """The denial stood against ia/c1 and stands against ia/c2, which revises it: one disagreement, unchanged."""
    old = result((C1, D1), existence("ia/c1"))
    new = result((C1, C2, D1), existence("ia/c2"), superseded=("ia/c1",))
    kinds = [change.kind for change in compare(old, new)]
    assert "conflict-opened" not in kinds
    assert "conflict-resolved" not in kinds
    assert kinds == ["claims-added", "claim-superseded"]


def test_a_chain_of_revisions_carries_the_conflict_to_its_last_claim() -> None:
    old = result((C1, C2, D1), existence("ia/c2"), superseded=("ia/c1",))
    new = result((C1, C2, C3, D1), existence("ia/c3"), superseded=("ia/c1", "ia/c2"))
    assert not [c for c in compare(old, new) if c.kind.startswith("conflict")]


def test_a_revised_figure_that_still_disagrees_is_the_same_conflict() -> None:
    """The values moved (1 -> 2 against 5) but the two statements still disagree: the figure moved, not the
    conflict."""
    before = Conflict("casualties", ("ia/c1", "ispr/d1"), ("1", "5"), "Indian Army says 1; ISPR says 5.")
    after = Conflict("casualties", ("ia/c2", "ispr/d1"), ("2", "5"), "Indian Army says 2; ISPR says 5.")
    old = result((C1, D1), before)
    new = result((C1, C2, D1), after, superseded=("ia/c1",))
    assert not [c for c in compare(old, new) if c.kind.startswith("conflict")]


def test_a_revision_that_ends_the_disagreement_resolves_it_with_an_article_that_fits() -> None:
    old = result((C1, D1), existence("ia/c1"))
    new = result((C1, C2, D1), superseded=("ia/c1",))
    (resolved,) = [c for c in compare(old, new) if c.kind == "conflict-resolved"]
    assert resolved.summary.startswith("In event ev-1, an existence conflict no longer stands: ")


def test_a_conflict_with_another_source_is_still_new() -> None:
    """Following revisions never pairs a conflict with one between other statements."""
    other = claim("un/u1", 21)
    old = result((C1, D1, other), existence("ia/c1"))
    new = result((C1, C2, D1, other), Conflict("existence", ("un/u1", "ispr/d1"), ("asserts", "denies"), "UN ..."),
                 superseded=("ia/c1",))
    kinds = [change.kind for change in compare(old, new)]
    assert kinds.count("conflict-opened") == 1
    assert kinds.count("conflict-resolved") == 1


@given(st.permutations(["casualties", "existence", "attribution", "location", "date"]))
def test_every_conflict_sentence_reads_a_or_an_by_its_kind(order: list[str]) -> None:
    conflicts = tuple(Conflict(kind, ("ia/c1", "ispr/d1"), ("x", "y"), "S.") for kind in order)  # type: ignore[arg-type]
    old = result((C1, D1), *conflicts)
    new = result((C1, D1))
    for change in compare(old, new):
        assert not re.search(r"\ba [aeiou]", change.summary), change.summary
        assert not re.search(r"\ban [^aeiou ]", change.summary), change.summary


def test_the_revision_repro_run_twice_lists_the_conflict_nowhere(tmp_path: Path) -> None:
    """Through the CLI: a run, a revision added, a second run; the "changes since" hold no conflict."""
    case = tmp_path / "case"
    case.mkdir()
    (case / "case.yaml").write_text("case: rev\ntitle: t\nparties:\n- {id: india, name: India}\n"
                                    "- {id: pakistan, name: Pakistan}\n", encoding="utf-8")
    first = ("source: {id: ia, name: Indian Army, kind: belligerent, speaks_for: india}\nclaims:\n"
             "  - {id: c1, stated: 2018-01-19, quote: one killed, date: 2018-01-19, place: Tangdhar, "
             "casualties: [{party: india, category: soldiers, killed: 1}]}\n")
    (case / "ia.yaml").write_text(first, encoding="utf-8")
    (case / "ispr.yaml").write_text(
        "source: {id: ispr, name: ISPR, kind: belligerent, speaks_for: pakistan}\nclaims:\n"
        "  - {id: d1, stated: 2018-01-20, quote: baseless, date: 2018-01-19, place: Tangdhar, stance: denies}\n",
        encoding="utf-8")
    out = tmp_path / "out"
    assert run("run", "-q", "--out", str(out), str(case))[0] == 0
    (case / "ia.yaml").write_text(
        first + "  - {id: c2, stated: 2018-01-26, quote: a second died, date: 2018-01-19, place: Tangdhar, "
                "supersedes: c1, casualties: [{party: india, category: soldiers, killed: 2}]}\n", encoding="utf-8")
    assert run("run", "-q", "--out", str(out), str(case))[0] == 0
    written = json.loads((out / "reconciliation.json").read_text(encoding="utf-8"))
    assert [e["conflicts"][0]["kind"] for e in written["events"]] == ["existence"]
    assert {c["kind"] for c in written["changes"]} == {"claims-added", "claim-superseded", "figure-changed"}


# --- validate --quiet ---------------------------------------------------------------------------------------------

GOOD = """\
source: {id: mon, name: Monitor, kind: monitor}
claims:
  - {id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Berdavan}
"""


@pytest.mark.parametrize("where", ["before", "after"])
def test_quiet_validate_prints_no_summary_of_a_valid_case(make_case: MakeCase, where: str) -> None:
    folder = str(make_case({"mon.yaml": GOOD}))
    argv = ["-q", "validate", folder] if where == "before" else ["validate", folder, "-q"]
    assert run(*argv) == (0, "", "")


def test_quiet_validate_still_lists_the_problems(make_case: MakeCase) -> None:
    folder = str(make_case({"mon.yaml": GOOD.replace("2012-06-04, place", "Junr 4 2012, place")}))
    code, out, err = run("validate", "-q", folder)
    assert code == 2
    assert out == ""
    assert "Junr 4 2012" in err
    assert "the case is not valid" not in err


def test_quiet_validate_keeps_a_requested_json_document(make_case: MakeCase) -> None:
    code, out, _ = run("validate", "-q", "--format", "json", str(make_case({"mon.yaml": GOOD})))
    assert code == 0
    assert json.loads(out)["valid"] is True


# --- duplicate ids ------------------------------------------------------------------------------------------------

DUPLICATE = """\
source: {id: ia, name: Indian Army, kind: belligerent, speaks_for: armenia}
claims:
  - {id: c1, stated: 2018-01-19, quote: q, date: Junr 19 2018, place: Uri}
  - {id: c1, stated: 2018-01-20, quote: q, date: 2018-01-19, place: Uri}
"""


def test_a_duplicate_id_is_reported_while_the_first_claim_has_a_problem(make_case: MakeCase) -> None:
    problems = problems_of(make_case({"ia.yaml": DUPLICATE}))
    assert len(problems) == 2
    assert "Junr 19 2018" in problems[0]
    assert ":4:" in problems[1]
    assert "claim id 'c1' is already used in" in problems[1]


def test_a_duplicate_id_is_never_an_accepted_claim_and_names_no_id(make_case: MakeCase) -> None:
    """With --keep-going both are rejected; the first keeps the id, the duplicate is known by its line."""
    case = load_case(make_case({"ia.yaml": DUPLICATE}), on_bad_claim="reject")
    assert case.claims == ()
    assert [(r.claim, r.line) for r in case.rejected] == [("ia/c1", 3), (None, 4)]


def test_a_duplicate_of_an_accepted_claim_names_no_id_either(make_case: MakeCase) -> None:
    text = DUPLICATE.replace("Junr 19 2018", "2018-01-19")
    case = load_case(make_case({"ia.yaml": text}), on_bad_claim="reject")
    assert [c.global_id for c in case.claims] == ["ia/c1"]
    assert [(r.claim, r.line) for r in case.rejected] == [(None, 4)]


@given(st.lists(st.sampled_from(["c1", "c2", "c3"]), min_size=1, max_size=6),
       st.lists(st.booleans(), min_size=6, max_size=6))
@example(["c1", "c1"], [False, True, True, True, True, True])
def test_one_global_id_names_at_most_one_claim_of_the_output(tmp_path_factory: pytest.TempPathFactory,
                                                            ids: list[str], good: list[bool]) -> None:
    """Accepted and rejected together: each id once; every claim after the first with an id is a problem."""
    lines = [f"  - {{id: {cid}, stated: 2018-01-19, quote: q, date: {'2018-01-19' if ok else 'Junr 19'}, "
             "place: Uri}" for cid, ok in zip(ids, good, strict=False)]
    folder = tmp_path_factory.mktemp("case")
    (folder / "case.yaml").write_text("case: c\ntitle: t\nparties:\n- {id: india, name: India}\n", encoding="utf-8")
    (folder / "ia.yaml").write_text("source: {id: ia, name: IA, kind: media}\nclaims:\n" + "\n".join(lines) + "\n",
                                    encoding="utf-8")
    case = load_case(folder, on_bad_claim="reject")
    named = [c.global_id for c in case.claims] + [r.claim for r in case.rejected if r.claim is not None]
    assert len(named) == len(set(named)) == len(set(ids))
    assert len(case.claims) + len(case.rejected) == len(ids)


# --- every field's problem of a claim ----------------------------------------------------------------------------


def test_a_wrong_quote_does_not_hide_a_wrong_statement_date(make_case: MakeCase) -> None:
    source = json.dumps({"source": {"id": "js", "name": "J", "kind": "media"}, "claims": [
        {"id": "a", "stated": "20 Nvo 2020", "quote": ["q"], "date": "2020-11-28", "place": "Mekelle"}]})
    problems = problems_of(make_case({"s.json": source}))
    assert len(problems) == 2
    assert "quote" in problems[0]
    assert "stated" in problems[1]


def test_every_field_of_a_claim_is_checked_on_its_own(make_case: MakeCase) -> None:
    text = ("source: {id: t, name: T, kind: media}\nclaims:\n"
            "  - {quote: [q], stated: nope, date: 2020-13-45, place: {a: 1}, stance: maybe, "
            "casualties: [{party: armenia, killed: -3}], bogus: 1}\n")
    fields = sorted(re.search(r"\$\.claims\[0\]\.([a-z_]+)", p).group(1)  # type: ignore[union-attr]
                    for p in problems_of(make_case({"t.yaml": text})))
    assert fields == ["bogus", "casualties", "date", "id", "place", "quote", "stance", "stated"]


def test_a_claim_with_an_unreadable_field_is_rejected_whole(make_case: MakeCase) -> None:
    text = "source: {id: t, name: T, kind: media}\nclaims:\n  - {id: a, stated: 2020-11-20, quote: [q], " \
           "date: 2020-11-20, place: Mekelle}\n"
    case = load_case(make_case({"t.yaml": text}), on_bad_claim="reject")
    assert case.claims == ()
    assert [r.claim for r in case.rejected] == ["t/a"]


# --- a stray quote in a CSV row ----------------------------------------------------------------------------------


def test_a_stray_quote_closed_by_a_later_row_is_reported_on_its_own_row() -> None:
    text = (
        "source_id,id,stated,quote,place\n"
        "yd,y1,2018-08-10,q,Saada\n"
        'yd,y2,2018-08-10,"q,Saada\n'
        'yd,y3,2018-08-10,"quoted, text",Sanaa\n'
        "yd,y4,2018-08-10,q,Sanaa\n"
    )
    with pytest.raises(DocumentError) as info:
        parse_csv(text)
    assert info.value.line == 3
    message = info.value.message
    assert "column 4 ('quote') of claim 'y2'" in message
    assert "line 4" in message
    assert "'\"q,Saada'" in message


@given(st.integers(0, 3), st.sampled_from(["\n", "\r\n"]))
@example(0, "\n")
def test_the_stray_quote_row_is_found_wherever_it_stands(before: int, newline: str) -> None:
    rows = ["source_id,id,quote,place", *(f"m,ok{k},plain,X" for k in range(before)), 'm,bad,"oops,X',
            'm,next,"closed" late,X', "m,last,plain,X"]
    with pytest.raises(DocumentError) as info:
        parse_csv(newline.join(rows) + newline)
    assert info.value.line == before + 2
    assert "claim 'bad'" in info.value.message
    assert f"line {before + 3}" in info.value.message


def test_a_quote_within_one_row_keeps_the_reader_s_message() -> None:
    """A lone quote that opens and ends a cell on one row is not a cell left open: the reader's words stay."""
    with pytest.raises(DocumentError) as info:
        parse_csv('source_id,id,quote\nm,a,"he said "no",x\n')
    assert info.value.line == 2
    assert "not closed" not in info.value.message


# --- counts written with an exponent ------------------------------------------------------------------------------


def count_problem(make_case: MakeCase, written: str) -> str:
    source = ('{"source": {"id": "js", "name": "J", "kind": "media"}, "claims": [{"id": "a", "stated": "2018-08-09", '
              '"quote": "q", "date": "2018-08-09", "place": "Saada", "casualties": [{"party": "armenia", "killed": '
              + written + "}]}]}")
    (problem,) = problems_of(make_case({"s.json": source}))
    return problem


@pytest.mark.parametrize("written", ["1e9", "1.0e7", "1000001.0", "2E6"])
def test_a_huge_whole_count_names_the_limit(make_case: MakeCase, written: str) -> None:
    problem = count_problem(make_case, written)
    assert f"at most {MAX_COUNT:,}" in problem
    assert f"got {written}" in problem
    assert "whole number" not in problem


def test_a_negative_whole_count_says_negative(make_case: MakeCase) -> None:
    assert "cannot be negative, got -2.0" in count_problem(make_case, "-2.0")


@pytest.mark.parametrize("written", ["1.5", "2e-1", "1000000.5"])
def test_a_fraction_is_still_not_a_whole_number(make_case: MakeCase, written: str) -> None:
    assert "must be a whole number" in count_problem(make_case, written)


# --- a statement about an event that begins after it -------------------------------------------------------------


@pytest.mark.parametrize("form", ["yaml", "csv"])
def test_an_event_after_its_statement_is_refused(make_case: MakeCase, form: str) -> None:
    """A statement dated centuries before its event (a Solar Hijri date copied as ISO) is a problem of the claim's
    date, named in YAML and CSV alike; an event on the day after the statement (time zones) is not."""
    if form == "yaml":
        text = ("source: {id: src, name: Src, kind: media}\nclaims:\n"
                "  - {id: a, stated: 1400-04-01, quote: q, date: 2021-06-22, place: Kunduz}\n"
                "  - {id: b, stated: 2021-06-21, quote: q, date: 2021-06-22, place: Kunduz}\n")
    else:
        text = ("source_id,source_name,source_kind,id,stated,quote,date,place\n"
                "src,Src,media,a,1400-04-01,q,2021-06-22,Kunduz\n"
                "src,Src,media,b,2021-06-21,q,2021-06-22,Kunduz\n")
    folder = make_case({f"src.{form}": text})
    [problem] = problems_of(folder)
    assert ":3: " in problem if form == "yaml" else ":2: " in problem
    assert "date: the event begins on 2021-06-22, after the statement (stated 1400-04-01)" in problem
    kept = load_case(folder, on_bad_claim="reject")
    assert [c.global_id for c in kept.claims] == ["src/b"]
    assert [r.claim for r in kept.rejected] == ["src/a"]


@given(st.integers(-30, 30))
@example(1)
@example(2)
def test_an_event_may_begin_at_most_a_day_after_its_statement(offset: int) -> None:
    """The rule in days: accepted exactly when the event begins no later than the day after the statement."""
    import tempfile

    stated = dt.date(2021, 6, 22)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "case.yaml").write_text("case: c\ntitle: t\nparties:\n- {id: x, name: X}\n", encoding="utf-8")
        (folder / "s.yaml").write_text(
            "source: {id: s, name: S, kind: media}\nclaims:\n"
            f"  - {{id: a, stated: {stated}, quote: q, date: {stated + dt.timedelta(days=offset)}, place: P}}\n",
            encoding="utf-8")
        case = load_case(folder, on_bad_claim="reject")
    assert len(case.claims) == (1 if offset <= 1 else 0)
