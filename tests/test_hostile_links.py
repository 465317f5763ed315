"""Hostile shapes of `supersedes`/`adds_to` across many claims: every claim is still told once, in text that does not
grow with the square of the claims, and what a claim is told does not depend on the order of the claims."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from reconcile.cli import main
from reconcile.errors import CaseError, Problem
from reconcile.load import Limits, load_case

from .conftest import SEED, SOURCE_YAML, MakeCase

HEADER = "source: {id: am-mod, name: M, kind: belligerent, speaks_for: armenia}\nclaims:\n"


def claim(cid: str, *, date: str = "2012-06-04", supersedes: tuple[str, ...] = (),
          adds_to: tuple[str, ...] = (), relays: str = "") -> str:
    extra = "".join(f", {field}: [{', '.join(ids)}]"
                    for field, ids in (("supersedes", supersedes), ("adds_to", adds_to)) if ids)
    extra += f", relays: {relays}" if relays else ""
    return f"  - {{id: {cid}, stated: 2012-06-04, quote: q, date: {date}, place: Voskepar{extra}}}\n"


def problems(folder: Path) -> tuple[Problem, ...]:
    with pytest.raises(CaseError) as info:
        load_case(folder)
    return info.value.problems


def test_a_long_cycle_is_told_briefly_to_each_claim(make_case: MakeCase) -> None:
    """A cycle through 300 claims (each revises the next, the last the first) is told to each of them, by its ends
    and its length: listing every id to every claim made text of the claims squared (gigabytes at 10,000)."""
    n = 300
    text = HEADER + "".join(claim(f"c{i:03}", supersedes=(f"c{(i + 1) % n:03}",)) for i in range(n))
    found = problems(make_case({"am-mod.yaml": text}))
    assert len(found) == n
    assert {p.claim for p in found} == {f"am-mod/c{i:03}" for i in range(n)}
    assert all(p.field.endswith(".supersedes") for p in found)
    (message,) = {p.message for p in found}
    assert message == ("supersedes/adds_to form a cycle: " + " -> ".join(f"am-mod/c{i:03}" for i in range(10))
                       + " -> ... (280 claims more) -> "
                       + " -> ".join(f"am-mod/c{i:03}" for i in range(290, 300)) + " -> am-mod/c000")


def test_a_short_cycle_is_told_in_full(make_case: MakeCase) -> None:
    n = 20
    text = HEADER + "".join(claim(f"c{i:02}", adds_to=(f"c{(i + 1) % n:02}",)) for i in range(n))
    found = problems(make_case({"am-mod.yaml": text}))
    (message,) = {p.message for p in found}
    assert message == ("supersedes/adds_to form a cycle: "
                       + " -> ".join(f"am-mod/c{i:02}" for i in [*range(n), 0]))


def test_claims_on_many_cycles_are_told_once_each(make_case: MakeCase) -> None:
    """Each claim adds to the first and revises the next: every claim is on a cycle with the first, and the first
    on as many cycles as there are claims. Each claim gets one problem, not one per cycle it is on (which made the
    problems of 4,000 such claims gigabytes)."""
    n = 60
    text = HEADER + "".join(
        claim(f"c{i:02}", supersedes=(f"c{i + 1:02}",) if i + 1 < n else (), adds_to=("c00",) if i else ())
        for i in range(n))
    found = problems(make_case({"am-mod.yaml": text}))
    assert Counter(p.claim for p in found) == Counter(f"am-mod/c{i:02}" for i in range(n))
    assert all("cycle" in p.message and len(p.message) < 200 for p in found), found[:3]
    # each claim is named at a field that leads back into the cycles: c00 revises c01, the others add to c00
    fields = {p.claim: p.field for p in found}
    assert fields["am-mod/c00"] == "$.claims[0].supersedes"
    assert fields["am-mod/c05"] == "$.claims[5].adds_to"


def test_each_claim_of_a_small_knot_is_told_its_own_shortest_cycle(make_case: MakeCase) -> None:
    """a and b revise each other, c adds to b and b to c: c is told its own cycle, from its smallest id."""
    text = HEADER + claim("a", supersedes=("b",)) + claim("b", supersedes=("a",), adds_to=("c",)) + claim(
        "c", adds_to=("b",))
    found = {p.claim: (p.field, p.message) for p in problems(make_case({"am-mod.yaml": text}))}
    assert found == {
        "am-mod/a": ("$.claims[0].supersedes", "supersedes/adds_to form a cycle: am-mod/a -> am-mod/b -> am-mod/a"),
        "am-mod/b": ("$.claims[1].supersedes", "supersedes/adds_to form a cycle: am-mod/a -> am-mod/b -> am-mod/a"),
        "am-mod/c": ("$.claims[2].adds_to", "supersedes/adds_to form a cycle: am-mod/b -> am-mod/c -> am-mod/b"),
    }


@pytest.mark.parametrize("order", [["d", "a", "x", "b"], ["a", "x", "b", "d"], ["b", "x", "a", "d"]])
def test_a_dependant_names_the_same_rejected_claim_in_any_order(make_case: MakeCase, order: list[str]) -> None:
    """d revises a and b; a revises x, which relays its own source, and so does b. d names a, the first of the
    claims it revises that is rejected, whatever the order of the claims in the file (it named b or a by the order
    in which the claims happened to be checked)."""
    claims = {"d": claim("d", supersedes=("a", "b")), "a": claim("a", supersedes=("x",)),
              "x": claim("x", relays="am-mod"), "b": claim("b", relays="am-mod")}
    case = load_case(make_case({"am-mod.yaml": HEADER + "".join(claims[c] for c in order)}), on_bad_claim="reject")
    assert case.claims == ()
    reasons = {r.claim: r.reason.split(": ", 1)[1] for r in case.rejected}
    assert reasons["am-mod/d"] == "depends on am-mod/a, which is rejected"
    assert reasons["am-mod/a"] == "depends on am-mod/x, which is rejected"


def test_a_long_chain_listed_newest_first_is_rejected_whole(make_case: MakeCase) -> None:
    """Revisions listed newest first, each revising the next, the oldest unreadable: every one is rejected, each
    naming the claim it revises (one walk along the chain, not one pass over the claims per link)."""
    n = 400
    text = HEADER + "".join(
        claim(f"c{i:03}", supersedes=(f"c{i + 1:03}",)) if i + 1 < n else claim(f"c{i:03}", date="someday")
        for i in range(n))
    case = load_case(make_case({"am-mod.yaml": text}), on_bad_claim="reject")
    assert case.claims == ()
    reasons = {r.claim: r.reason for r in case.rejected}
    assert len(reasons) == n
    assert all(reasons[f"am-mod/c{i:03}"] == f"$.claims[{i}]: depends on am-mod/c{i + 1:03}, which is rejected"
               for i in range(n - 1))


# --- the last day a date can name ----------------------------------------------------------------------------------

CSV_HEADER = "source_id,source_name,source_kind,id,stated,quote,date,place,region\n"


@pytest.mark.parametrize(("name", "text"), [
    ("am-mod.yaml", HEADER + "  - {id: c1, stated: 9999-12-31, quote: q, date: 9999-12-31, place: Voskepar}\n"),
    ("am-mod.json", '{"source": {"id": "am-mod", "name": "M", "kind": "monitor"}, "claims": [{"id": "c1", '
                    '"stated": "9999-12-31", "quote": "q", "date": "9999-12", "place": "Voskepar"}]}'),
    ("am-mod.csv", CSV_HEADER + "am-mod,M,monitor,c1,9999-12-31,q,9999,Voskepar,\n"),
])
def test_a_statement_on_the_last_day_of_9999_is_read(make_case: MakeCase, name: str, text: str) -> None:
    """`stated: 9999-12-31` is a day like any other: checking that the event is not after the statement added a
    day to it, beyond the last date Python has, and failed with OverflowError (a traceback) in every form."""
    case = load_case(make_case({name: text}))
    assert [(c.global_id, c.stated.isoformat()) for c in case.claims] == [("am-mod/c1", "9999-12-31")]


@pytest.mark.parametrize(("name", "text"), [
    ("am-mod.yaml", HEADER + "  - {id: c1, stated: 9999-12-31, quote: q, date: 9999-12-31, place: Voskepar, "
                             "colour: red}\n"),
    ("am-mod.csv", CSV_HEADER + "am-mod,M,monitor,c1,9999-12-31,q,9999-12-31,Voskepar,\u200b\n"),
])
def test_a_bad_claim_stated_on_the_last_day_of_9999_is_rejected_for_its_problem(
        make_case: MakeCase, name: str, text: str) -> None:
    folder = make_case({name: text})
    (problem,) = problems(folder)
    assert problem.claim == "am-mod/c1"
    assert "colour" in problem.field or problem.field == "region"
    (rejected,) = load_case(folder, on_bad_claim="reject").rejected
    assert rejected.claim == "am-mod/c1"


# --- what stands in the case folder under a claim file's name ------------------------------------------------------


@pytest.mark.parametrize("name", ["case.yaml", "gazetteer.yaml"])
def test_a_folder_in_place_of_the_case_or_gazetteer_file_is_named(make_case: MakeCase, name: str) -> None:
    """A folder named case.yaml was told as "no case.yaml"; one named gazetteer.yaml was passed over as a
    sub-folder, and the case read without its places."""
    folder = make_case({"am-mod.yaml": SOURCE_YAML})
    (folder / name).unlink(missing_ok=True)
    (folder / name).mkdir()
    assert [str(p) for p in problems(folder)] == [f"test-case/{name}: is a folder, not a file; {name} must be a file"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_with_a_claim_files_name_is_refused(make_case: MakeCase) -> None:
    """A named pipe `x.yaml` was passed over without a word (its claims lost); reading it would wait forever."""
    folder = make_case({"am-mod.yaml": SOURCE_YAML})
    os.mkfifo(folder / "az-mod.yaml")
    assert [str(p) for p in problems(folder)] == [
        "test-case/az-mod.yaml: is not a regular file (a named pipe, a socket or a device); refused: a claim file "
        "is a file"]


def test_a_line_break_in_a_file_name_keeps_each_problem_on_one_line(make_case: MakeCase, tmp_path: Path) -> None:
    """A file name holding a line break (or a terminal escape) is shown with escapes in every problem and every
    rejected claim printed: a raw break split the line, and its second half read as a problem of its own."""
    name = "am\nfake.yaml:1: $.claims[0]: \x1b[31mforged.yaml"
    folder = make_case({name: SOURCE_YAML.replace("    place: near Berdavan and Chinari\n", "")})
    for argv in (["validate", str(folder)],
                 ["run", "--keep-going", "--no-previous", "--timestamp", "2026-01-01T00:00:00Z", "--out",
                  str(tmp_path / "out"), str(folder)]):
        out, err = io.StringIO(), io.StringIO()
        main(argv, stdout=out, stderr=err)
        told = [line for line in err.getvalue().splitlines() if "forged" in line]
        assert told, err.getvalue()
        assert all(line.startswith("test-case/am\\nfake.yaml:1: $.claims[0]: \\x1b[31mforged.yaml:") for line in told)
        assert "\x1b" not in err.getvalue()
        assert "$.claims[0].place" in err.getvalue()


def test_a_csv_row_that_depends_on_a_rejected_row_names_the_column(make_case: MakeCase) -> None:
    """In a CSV file the problem of a row whose claim revises or adds to a rejected claim names the column it does
    so in (it named no field at all: `file:3: depends on ...`)."""
    text = ("source_id,source_name,source_kind,id,stated,quote,date,place,supersedes,adds_to\n"
            "am-mod,M,monitor,c1,2012-06-04,q,someday,Voskepar,,\n"
            "am-mod,M,monitor,c2,2012-06-04,q,2012-06-04,Voskepar,c1,\n"
            "am-mod,M,monitor,c3,2012-06-04,q,2012-06-04,Voskepar,,c2\n")
    found = {p.claim: str(p) for p in problems(make_case({"am-mod.csv": text}))}
    assert found["am-mod/c2"] == "test-case/am-mod.csv:3: supersedes: depends on am-mod/c1, which is rejected"
    assert found["am-mod/c3"] == "test-case/am-mod.csv:4: adds_to: depends on am-mod/c2, which is rejected"


# --- gazetteer coordinates that are not numbers ----------------------------------------------------------------------


@pytest.mark.parametrize(("written", "told"), [
    (".nan", "expected a finite number, got nan (not a number)"),
    ("-.inf", "expected a finite number, got -inf (infinity)"),
    ("'41.05'", "expected a number, got the text '41.05' (write the number without quotes, with digits and a "
                "decimal point: 41.05)"),
    ("1e5", "expected a number, got the text '1e5': YAML reads a number with an exponent as text unless it has a "
            "decimal point and a signed exponent (4.0e+1); write it as 100000.0"),
    ("1" + "0" * 400, "expected a coordinate, got a whole number too large to be one"),
])
def test_a_coordinate_that_is_not_a_finite_number_is_shown(make_case: MakeCase, written: str, told: str) -> None:
    """`.nan` and `.inf` were told "expected a number, got a number"; a quoted number or YAML's `1e5` (text in
    YAML 1.1) "got text", without the text; a number beyond any float "invalid value (int too large to convert
    to float)", in Python's words."""
    gazetteer = f"places:\n  - {{id: x, name: X, lat: {written}, lon: 45.08}}\n"
    found = problems(make_case({"gazetteer.yaml": gazetteer, "am-mod.yaml": SOURCE_YAML}))
    assert [str(p) for p in found] == [f"test-case/gazetteer.yaml:2: $.places[0].lat: {told}"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_as_the_earlier_output_is_refused_not_waited_on(tmp_path: Path) -> None:
    """A named pipe called reconciliation.json in the output folder was opened as the earlier output to compare
    with, and the run waited for a writer forever. It is refused, naming it, and nothing is written."""
    out = tmp_path / "out"
    out.mkdir()
    os.mkfifo(out / "reconciliation.json")
    # In a process of its own, with a timeout against the wait: the run must end, whatever it says.
    done = subprocess.run([sys.executable, "-m", "reconcile.cli", "run", "-q", "--timestamp", "2026-01-01T00:00:00Z",
                           "--out", str(out), str(SEED)], capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "RECONCILE_PROCESSES": "1"})
    assert done.returncode == 2
    assert f"{out / 'reconciliation.json'} is not a file" in done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["reconciliation.json"]


def test_two_csv_columns_for_one_figure_are_named(make_case: MakeCase) -> None:
    """A party written by two of its names, or its category left out beside `unknown`, makes two columns of one
    figure: both are named, by letter and name (the header was refused without saying which columns)."""
    text = ("source_id,source_name,source_kind,id,stated,quote,date,place,killed:armenia,wounded:nkr,"
            "killed:Armenian:unknown\n"
            "am-mod,M,monitor,c1,2012-06-04,q,2012-06-04,Voskepar,3,,4\n")
    assert [str(p) for p in problems(make_case({"am-mod.csv": text}))] == [
        "test-case/am-mod.csv:1: two casualty columns name the same measure, party and category (killed, armenia, "
        "unknown): columns I (9) and K (11), 'killed:armenia' and 'killed:Armenian:unknown'; keep one"]


def test_a_csv_files_unknown_source_kind_is_shown(make_case: MakeCase) -> None:
    """In YAML the problem shows the kind written; in a CSV file it showed nothing of it."""
    text = ("source_id,source_name,source_kind,id,stated,quote,date,place\n"
            "am-mod,M,medai,c1,2012-06-04,q,2012-06-04,Voskepar\n")
    assert [str(p) for p in problems(make_case({"am-mod.csv": text}))] == [
        "test-case/am-mod.csv:2: source_kind: unknown source kind; expected one of belligerent, monitor, media, "
        "analyst (got 'medai'); did you mean 'media'?"]


@pytest.mark.parametrize(("written", "told"), [
    ("!!binary aGVsbG8=", "binary data (a !!binary value)"),
    ("!!set {a, b}", "a set (a !!set value)"),
])
def test_a_yaml_value_of_a_python_type_is_named_in_words(make_case: MakeCase, written: str, told: str) -> None:
    """`!!binary` and `!!set` build values that were named by their Python types (`got bytes`, `got set`)."""
    text = f"source: {{id: am-mod, name: {written}, kind: media}}\nclaims: []\n"
    assert [str(p) for p in problems(make_case({"am-mod.yaml": text}))] == [
        f"test-case/am-mod.yaml:1: $.source.name: expected text, got {told}"]


def test_nesting_beyond_the_parser_under_a_raised_depth_limit_is_not_told_as_beyond_the_limit(
        make_case: MakeCase) -> None:
    """With the depth limit raised to a million, a JSON file nested 100,000 deep exhausted Python's recursion, and
    was told "nested more than 1000000 levels deep", which it is not."""
    depth = 100_000
    text = '{"source": {"id": "am-mod", "name": "M", "kind": "media"}, "claims": ' + "[" * depth + "]" * depth + "}"
    folder = make_case({"am-mod.json": text})
    with pytest.raises(CaseError) as info:
        load_case(folder, limits=Limits(depth=1_000_000))
    (problem,) = info.value.problems
    assert problem.file == "test-case/am-mod.json"
    assert problem.message == ("the document is nested too deeply to be read: the parser cannot follow it, whatever "
                               "the depth limit of 1,000,000 levels allows; refused (nest it less deeply)")
