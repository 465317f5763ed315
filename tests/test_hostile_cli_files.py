"""The commands against paths and files that stand in their way: a case folder given as a path through a file, an
editor's schema folder that is a file, an output path that is a file. Exit code 2 naming the path, never an internal
error, and nothing half-written."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from reconcile.authoring import SCHEMA_FOLDER, new_case
from reconcile.cli import main

from .conftest import SOURCE_YAML, MakeCase

STAMP = ("--timestamp", "2026-01-01T00:00:00Z")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


# --- new and add-source: the folder, or the schemas' folder, is in the way ------------------------------------------

@pytest.mark.parametrize(("where", "said"), [
    ("file", "it is a file, not a folder"),
    ("file/case", "/file is a file, not a folder"),
    ("file/a/b", "/file is a file, not a folder"),
])
def test_new_where_a_file_stands_names_it(tmp_path: Path, where: str, said: str) -> None:
    (tmp_path / "file").write_text("not a folder\n")
    code, _out, err = run("new", str(tmp_path / where), "--title", "T", "--party", "a")
    assert code == 2, err
    assert "internal error" not in err
    assert f"cannot create the case folder {tmp_path / where}: " in err
    assert said in err
    assert (tmp_path / "file").read_text() == "not a folder\n"


def test_new_with_a_file_where_the_schemas_go_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / SCHEMA_FOLDER).write_text("")
    code, _out, err = run("new", str(folder), "--title", "T", "--party", "a")
    assert code == 2
    assert "internal error" not in err
    assert f"{folder / SCHEMA_FOLDER} is a file" in err
    assert "nothing was written" in err
    assert sorted(p.name for p in folder.iterdir()) == [SCHEMA_FOLDER]


def test_new_with_a_folder_where_a_schema_goes_writes_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    (blocked / SCHEMA_FOLDER / "case.schema.json").mkdir(parents=True)
    code, _out, err = run("new", str(blocked), "--title", "T", "--party", "a")
    assert code == 2
    assert "internal error" not in err
    assert "case.schema.json is a folder" in err
    assert not (blocked / "case.yaml").exists()


def test_add_source_with_a_file_where_the_schemas_go_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    new_case(folder, title="T", parties=["a"])
    for item in sorted((folder / SCHEMA_FOLDER).iterdir()):
        item.unlink()
    (folder / SCHEMA_FOLDER).rmdir()
    (folder / SCHEMA_FOLDER).write_text("")
    code, _out, err = run("add-source", str(folder), "s", "--kind", "monitor")
    assert code == 2
    assert "internal error" not in err
    assert "nothing was written" in err
    assert not (folder / "s.yaml").exists()


# --- run: the output path is a file, or lies under one -------------------------------------------------------------

@pytest.mark.parametrize(("where", "said"), [
    ("file", "it is a file, not a folder"),
    ("file/out", "/file is a file, not a folder"),
])
def test_run_with_a_file_as_the_output_folder_names_it(make_case: MakeCase, tmp_path: Path, where: str,
                                                        said: str) -> None:
    case = make_case({"am-mod.yaml": SOURCE_YAML})
    (tmp_path / "file").write_text("kept\n")
    code, _out, err = run("run", str(case), "--out", str(tmp_path / where), "--no-previous", "-q", *STAMP)
    assert code == 2
    assert f"cannot create the output folder {tmp_path / where}: " in err
    assert said in err
    assert "File exists" not in err
    assert "Not a directory" not in err
    assert (tmp_path / "file").read_text() == "kept\n"


# --- the case folder given as something else ----------------------------------------------------------------------

def test_a_claim_file_given_for_its_case_folder_names_the_folder(make_case: MakeCase) -> None:
    case = make_case({"am-mod.yaml": SOURCE_YAML})
    code, _out, err = run("validate", str(case / "am-mod.yaml"))
    assert code == 2
    assert f"{case / 'am-mod.yaml'}: not a case folder: it is a file; give the folder that holds it and its " \
           f"case.yaml: {case}" in err


@pytest.mark.parametrize(("make", "said"), [
    (lambda path: None, "it does not exist"),
    (lambda path: path.write_text("x"), "it is a file, not a folder"),
    (lambda path: path.symlink_to(path), "it is a link that leads to nothing (its target is missing, or the links "
                                         "loop)"),
    (lambda path: path.symlink_to(path.parent / "gone"), "it is a link that leads to nothing"),
])
def test_a_case_path_that_is_no_folder_says_what_it_is(tmp_path: Path, make: Callable[[Path], object],
                                                         said: str) -> None:
    path = tmp_path / "case"
    make(path)
    code, _out, err = run("validate", str(path))
    assert code == 2
    assert f"{path}: not a case folder: {said}" in err


def test_sources_counts_one_problem_in_the_singular(tmp_path: Path) -> None:
    code, _out, err = run("sources", str(tmp_path / "nowhere"))
    assert code == 2
    assert err.splitlines()[-1] == f"{tmp_path / 'nowhere'}: 1 problem; nothing computed"


# --- CSV: a row that repeats the header, source cells that differ invisibly ----------------------------------------

CSV_HEADER = "source_id,source_name,source_kind,id,stated,quote,date,place\n"
CSV_ROW = "osce,OSCE,monitor,{id},2012-06-04,shelling,2012-06-04,Berdavan\n"


@pytest.mark.parametrize("again", [CSV_HEADER, "\ufeff" + CSV_HEADER, CSV_HEADER.upper().replace(",", " , ")])
def test_a_row_that_repeats_the_header_is_named_so(make_case: MakeCase, again: str) -> None:
    """Two exports joined one after the other: the second header (with its byte-order mark, in any letter case)
    is one problem, not a claim of source 'source_id' or a claim with the id 'id'."""
    case = make_case({"osce.csv": CSV_HEADER + CSV_ROW.format(id="a") + again + CSV_ROW.format(id="b")})
    code, _out, err = run("validate", str(case))
    assert code == 2
    assert err.splitlines()[0] == ("test-case/osce.csv:3: the row repeats the header (line 1), as where two exports "
                                   "are joined one after the other: delete the row")
    code, _out, err = run("run", str(case), "--keep-going", "--no-previous", "--out", str(case.parent / "out"), "-q",
                          *STAMP)
    assert code == 0
    assert "test-case/osce.csv:3: rejected a claim: the row repeats the header" in err
    data = json.loads((case.parent / "out" / "reconciliation.json").read_text())
    assert [claim["id"] for claim in data["claims"]] == ["a", "b"]
    assert [item["claim"] for item in data["rejected"]] == [None]


def test_a_header_repeated_before_the_first_claim_is_not_read_as_the_source(make_case: MakeCase) -> None:
    case = make_case({"osce.csv": CSV_HEADER + CSV_HEADER + CSV_ROW.format(id="a")})
    code, _out, err = run("validate", str(case))
    assert code == 2
    assert err.splitlines()[0].startswith("test-case/osce.csv:2: the row repeats the header (line 1)")
    assert "source_kind" not in err


def test_source_cells_that_differ_show_both_values(make_case: MakeCase) -> None:
    """A byte-order mark left at the start of a row cannot be seen: the message shows both cells."""
    case = make_case({"osce.csv": CSV_HEADER + CSV_ROW.format(id="a") + "\ufeff" + CSV_ROW.format(id="b")})
    code, _out, err = run("validate", str(case))
    assert code == 2
    assert err.splitlines()[0] == ("test-case/osce.csv:3: source_id: the source columns must repeat the first row's "
                                   "values (line 2): got '\\ufeffosce', line 2 has 'osce'")


# --- YAML and JSON: characters that break lines or look like spaces ----------------------------------------------

def _claims_yaml(quote: str, date: str) -> str:
    return ("source: {id: osce, name: OSCE, kind: monitor}\nclaims:\n"
            f"  - id: a\n    stated: 2012-06-04\n    quote: {quote}\n    date: 2012-06-04\n    place: X\n"
            f"  - id: b\n    stated: 2012-06-04\n    quote: q\n    date: {date}\n    place: X\n")


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
def test_a_unicode_line_separator_does_not_move_the_lines_of_problems(make_case: MakeCase, separator: str) -> None:
    """YAML 1.1 reads U+2028 and U+2029 as line breaks; the problems name the lines an editor shows."""
    text = _claims_yaml(f'"one{separator}two{separator}three"', "2012-06-0x")
    assert text.splitlines()[11 - 1 + 2] == "    date: 2012-06-0x"  # str.splitlines counts them too
    case = make_case({"osce.yaml": text.encode()})
    code, _out, err = run("validate", str(case))
    assert code == 2
    assert err.splitlines()[0].startswith("test-case/osce.yaml:11: $.claims[1].date: cannot read a date")
    code, _out, err = run("run", str(case), "--keep-going", "--no-previous", "--out", str(case.parent / "out"), "-q",
                          *STAMP)
    assert "test-case/osce.yaml:8: rejected osce/b:" in err


def test_a_line_separator_in_plain_text_is_named_with_its_line(make_case: MakeCase) -> None:
    case = make_case({"osce.yaml": _claims_yaml("one\u2028two", "2012-06-04").encode()})
    code, _out, err = run("validate", str(case))
    assert code == 2
    assert err.splitlines()[0] == (
        "test-case/osce.yaml:6: invalid YAML: could not find expected ':'; line 5 holds U+2028 (line separator) at "
        "column 15, which YAML reads as a line break: delete it, or put the text in double quotes")


@pytest.mark.parametrize(("name", "text", "said"), [
    ("osce.yaml", _claims_yaml("q", "2012-06-04").replace("    stated", "\u00a0   stated", 1),
     "test-case/osce.yaml:5: invalid YAML: mapping values are not allowed in this context; line 4 holds U+00A0 "
     "(no-break space) at column 1, which YAML does not read as a space"),
    ("osce.yaml", _claims_yaml("q", "2012-06-04").replace("  - id: b", "\ufeff  - id: b"),
     "test-case/osce.yaml:8: invalid YAML: did not find expected '-' indicator; line 8 holds U+FEFF (a byte-order "
     "mark, as left in the middle where two files are joined) at column 1"),
    ("osce.json", '{"source": {"id": "osce", "name": "OSCE", "kind": "monitor"},\n\ufeff"claims": []}',
     "test-case/osce.json:2: invalid JSON: Expecting property name enclosed in double quotes (column 1); line 2 "
     "holds U+FEFF"),
    ("osce.json", '{"source": {"id": "osce", "name": "OSCE", "kind": "monitor"},\u200b\n"claims": []}',
     "test-case/osce.json:1: invalid JSON: Expecting property name enclosed in double quotes (column 62); line 1 "
     "holds U+200B "
     "(zero-width space) at column 62"),
])
def test_a_syntax_error_at_an_unseen_character_names_it(make_case: MakeCase, name: str, text: str, said: str) -> None:
    case = make_case({name: text.encode()})
    code, _out, err = run("validate", str(case))
    assert code == 2
    assert err.splitlines()[0].startswith(said), err


def test_a_syntax_error_without_an_unseen_character_keeps_its_message(make_case: MakeCase) -> None:
    case = make_case({"osce.yaml": _claims_yaml("q", "2012-06-04").replace("    stated", "   stated", 1)})
    code, _out, err = run("validate", str(case))
    assert code == 2
    assert err.splitlines()[0] == "test-case/osce.yaml:4: invalid YAML: did not find expected '-' indicator"


def test_a_json_syntax_error_names_its_column(make_case: MakeCase) -> None:
    """An export is often one line of megabytes: the line alone does not say where."""
    claims = ", ".join(f'{{"id": "c{k}", "stated": "2012-06-04", "quote": "q", "date": "2012-06-04", "place": "X"}}'
                       for k in range(50))
    text = f'{{"source": {{"id": "osce", "name": "OSCE", "kind": "monitor"}}, "claims": [{claims},]}}'
    case = make_case({"osce.json": text})
    code, _out, err = run("validate", str(case))
    assert code == 2
    assert err.splitlines()[0] == (f"test-case/osce.json:1: invalid JSON: a comma after the last item of a list or an "
                                   f"object (column {len(text) - 1}): JSON allows none before the closing ] or }} "
                                   "(JavaScript and YAML do); delete the comma")


# --- a true or a false where a count is expected ------------------------------------------------------------------

@pytest.mark.parametrize(("name", "text", "said"), [
    ("osce.json", '{"source": {"id": "osce", "name": "OSCE", "kind": "monitor"}, "claims": [{"id": "c1", '
                  '"stated": "2012-06-04", "quote": "q", "date": "2012-06-04", "place": "X", "casualties": '
                  '[{"party": "armenia", "killed": true}]}]}',
     "$.claims[0].casualties[0].killed: expected a count, got the JSON value true; write a number (0 for none)"),
    ("osce.yaml", "source: {id: osce, name: OSCE, kind: monitor}\nclaims:\n  - {id: c1, stated: 2012-06-04, "
                  "quote: q, date: 2012-06-04, place: X, casualties: [{party: armenia, killed: no}]}\n",
     "$.claims[0].casualties[0].killed: expected a count, got true/false (YAML reads a plain yes, no, on, off, true "
     "or false so); write 0 for none, or put the word in quotes to keep it as text"),
])
def test_a_boolean_count_is_named_in_the_words_of_its_file(make_case: MakeCase, name: str, text: str,
                                                            said: str) -> None:
    """Not Python's `True` and `False`, and not a YAML hint in a JSON file."""
    case = make_case({name: text})
    code, _out, err = run("validate", str(case))
    assert code == 2
    assert err.splitlines()[0].endswith(said), err


# --- a supersedes or adds_to that names a claim by an id that only looks like its id ------------------------------

@pytest.mark.parametrize(("written", "meant", "how"), [
    ("с1", "c1", "looks like it: some of its letters are others that look alike (Cyrillic с)"),
    ("ｃ1", "c1", "looks like it: some of its letters are others that look alike (Fullwidth ｃ)"),
    ("C1", "c1", "differs from it only by letter case"),
    ("osce/С1", "osce/c1", "looks like it: some of its letters are others that look alike (Cyrillic С)"),
])
def test_a_reference_to_a_look_alike_id_names_the_id_meant(make_case: MakeCase, written: str, meant: str,
                                                           how: str) -> None:
    text = ("source: {id: osce, name: OSCE, kind: monitor}\nclaims:\n"
            "  - {id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: X}\n"
            f"  - {{id: c2, stated: 2012-06-05, quote: q, date: 2012-06-04, place: X, supersedes: ['{written}']}}\n")
    case = make_case({"osce.yaml": text})
    code, _out, err = run("validate", str(case))
    assert code == 2
    assert err.splitlines()[0] == (f"test-case/osce.yaml:4: $.claims[1].supersedes[0]: names {written!r}, but source "
                                   f"'osce' has no claim with that id; did you mean {meant!r}? {written!r} {how}")


def test_a_reference_to_an_unknown_id_that_looks_like_no_other_is_told_as_before(make_case: MakeCase) -> None:
    text = ("source: {id: osce, name: OSCE, kind: monitor}\nclaims:\n"
            "  - {id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: X}\n"
            "  - {id: C2, stated: 2012-06-05, quote: q, date: 2012-06-04, place: X, supersedes: [c2, c9]}\n")
    code, _out, err = run("validate", str(make_case({"osce.yaml": text})))
    assert code == 2
    assert err.splitlines()[:2] == [
        "test-case/osce.yaml:4: $.claims[1].supersedes[0]: names 'c2', but source 'osce' has no claim with that id",
        "test-case/osce.yaml:4: $.claims[1].supersedes[1]: names 'c9', but source 'osce' has no claim with that id"]


@pytest.mark.parametrize("end", ["\r", "\r\n", "\n"])
def test_a_refused_character_is_named_on_its_line_whatever_ends_the_lines(make_case: MakeCase, end: str) -> None:
    """A file saved with CR alone (old Mac) has lines, as YAML counts them for every other problem."""
    text = _claims_yaml("q", "2012-06-04").replace("    quote: q\n    date", "    quote: q\x01x\n    date")
    case = make_case({"osce.yaml": text.replace("\n", end).encode()})
    code, _out, err = run("validate", str(case))
    assert code == 2
    assert err.splitlines()[0].startswith("test-case/osce.yaml:5: invalid YAML: the character U+0001 (column 13) ")


def test_new_that_cannot_create_its_folder_leaves_none_of_the_folders_above(tmp_path: Path) -> None:
    folder = tmp_path / "made" / ("a" * 300)  # longer than a file name may be
    code, _out, err = run("new", str(folder), "--title", "T", "--party", "a", "--id", "x")
    assert code == 2
    assert f"cannot create the case folder {folder}: " in err
    assert not (tmp_path / "made").exists()


def test_a_file_as_the_output_folder_is_told_before_the_case_is_read(tmp_path: Path) -> None:
    """Not after minutes of matching: the case here does not even exist."""
    (tmp_path / "file").write_text("kept\n")
    code, _out, err = run("run", str(tmp_path / "no-case"), "--out", str(tmp_path / "file"), "--no-previous", "-q")
    assert code == 2
    assert err.splitlines() == [f"reconcile: cannot create the output folder {tmp_path / 'file'}: it is a file, not a "
                                "folder; choose another --out (nothing was written)"]


# --- a party id with a colon in a CSV casualty column ---------------------------------------------------------------

COLON_CASE = """\
case: test-case
title: T
parties:
  - {id: "un:mission", name: UN Mission}
  - {id: armenia, name: Armenia}
"""


def test_the_csv_template_of_a_party_id_with_a_colon_reads_back(make_case: MakeCase) -> None:
    """An id may hold a colon; `template csv` names such a party in its columns, and `validate` reads them."""
    case = make_case({"case.yaml": COLON_CASE})
    code, template, _err = run("template", "csv", str(case))
    assert code == 0
    header, example = template.splitlines()
    assert "killed:un:mission:soldiers" in header.split(",")
    (case / "osce.csv").write_text(header + "\n" + example.replace("EXAMPLE: replace or delete this row", "ref")
                                   .replace("my-source", "osce") + "\n", encoding="utf-8")
    code, out, err = run("validate", str(case))
    assert code == 0, err
    assert "valid" in out


@pytest.mark.parametrize(("column", "said"), [
    ("Killed : UN:Mission : Soldiers", None),
    ("killed:un:mission:bogus", "column 'killed:un:mission:bogus': unknown category 'bogus'; expected one of "
                                "soldiers, civilians, unknown"),
])
def test_a_casualty_column_takes_the_party_between_the_measure_and_the_category(make_case: MakeCase, column: str,
                                                                                said: str | None) -> None:
    text = (CSV_HEADER.rstrip("\n") + f",{column}\n" + CSV_ROW.format(id="a").rstrip("\n") + ",3\n")
    case = make_case({"case.yaml": COLON_CASE, "osce.csv": text})
    code, _out, err = run("validate", str(case))
    if said is None:
        assert code == 0, err
    else:
        assert code == 2
        assert err.splitlines()[0] == f"test-case/osce.csv:1: {said}"


def test_a_latin_reference_to_an_id_written_in_another_script_names_the_ids_letters(make_case: MakeCase) -> None:
    text = ("source: {id: osce, name: OSCE, kind: monitor}\nclaims:\n"
            "  - {id: с1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: X}\n"  # a Cyrillic с
            "  - {id: c2, stated: 2012-06-05, quote: q, date: 2012-06-04, place: X, adds_to: [c1]}\n")
    code, _out, err = run("validate", str(make_case({"osce.yaml": text})))
    assert code == 2
    assert err.splitlines()[0].endswith("has no claim with that id; did you mean 'с1'? 'c1' looks like it: some "
                                        "letters of 'с1' are others that look alike (Cyrillic с)")
