"""The note on one incident twice in one statement, where a statement holds many claims about one day and place:
one note a claim, never one a pair (a spreadsheet of 3,000 rows of "the border" gave 4.5 million notes, a minute
and 2.7 GB before `validate` said anything), and none between claims joined through a chain of links, which start
in one event."""

from __future__ import annotations

import io

from reconcile.cli import main
from reconcile.load import load_case
from reconcile.notes import case_notes
from reconcile.pipeline import reconcile

from .conftest import MakeCase

HEADER = "source_id,source_name,source_kind,id,stated,quote,date,place,adds_to\n"


def _rows(count: int, *, chain: bool = False) -> str:
    """``count`` claims of source s, stated the same day about the same day and place; each adds to the one before
    it where ``chain``."""
    return HEADER + "".join(f"s,S,media,c{i},2012-06-04,q,2012-06-04,the border,{f'c{i - 1}' if chain and i else ''}\n"
                            for i in range(count))


def test_each_claim_of_a_statement_gets_one_note_naming_the_first(make_case: MakeCase) -> None:
    """Three unlinked claims: a note on the second and one on the third, each naming the first (not three notes,
    the third told twice)."""
    notes = case_notes(load_case(make_case({"s.csv": _rows(3)})))
    assert [(note.claim, note.line, note.field) for note in notes] == [("s/c1", 3, "stated"), ("s/c2", 4, "stated")]
    assert [note.message.split(" are stated")[0] for note in notes] == ["c1 and c0", "c2 and c0"]


def test_a_statement_of_many_claims_gets_as_many_notes_as_claims_less_one(make_case: MakeCase) -> None:
    """400 rows of one statement about "the border" on one day: 399 notes, not 79,800 (one a pair)."""
    case = make_case({"s.csv": _rows(400)})
    assert len(case_notes(load_case(case))) == 399
    err = io.StringIO()
    assert main(["validate", str(case)], stdout=io.StringIO(), stderr=err) == 0
    assert err.getvalue().count("note: ") == 399


def test_claims_joined_through_a_chain_of_links_get_no_note(make_case: MakeCase) -> None:
    """c2 adds to c1, which adds to c0: all three start in one event (cluster rule 1), so c2 beside c0 is no
    incident counted twice."""
    case = load_case(make_case({"s.csv": _rows(3, chain=True)}))
    assert case_notes(case) == ()
    [event] = reconcile(case).events
    assert len(event.claims) == 3


def test_a_claim_beside_a_chain_is_noted_once_against_it(make_case: MakeCase) -> None:
    """c0 and c1 linked, c2 on its own: one note, on c2, naming c0 (the first claim of the statement)."""
    rows = HEADER + "".join(f"s,S,media,{claim},2012-06-04,q,2012-06-04,the border,{adds_to}\n"
                            for claim, adds_to in (("c0", ""), ("c1", "c0"), ("c2", "")))
    [note] = case_notes(load_case(make_case({"s.csv": rows})))
    assert (note.claim, note.message.split(" are stated")[0]) == ("s/c2", "c2 and c0")


DENIALS = "source_id,source_name,source_kind,id,stated,quote,date,place,stance\n"


def test_many_denials_and_assertions_of_one_place_note_each_assertion_once(make_case: MakeCase) -> None:
    """60 denials stated on 4 June and 60 assertions stated on 5 June, one source, one day and place: each assertion
    is noted once, naming the first denial (60 notes, not 3,600)."""
    rows = DENIALS + "".join(f"s,S,media,d{i},2012-06-04,q,2012-06-03,Berd,denies\n" for i in range(60)) + "".join(
        f"s,S,media,a{i},2012-06-05,q,2012-06-03,Berd,asserts\n" for i in range(60))
    notes = [note for note in case_notes(load_case(make_case({"s.csv": rows}))) if note.field == "supersedes"]
    assert sorted(note.claim for note in notes) == sorted(f"s/a{i}" for i in range(60))
    assert all("that d0 (stated 2012-06-04) denies" in note.message for note in notes)
