"""Input of a North Kivu case of French and English sources, kept as a spreadsheet by its recorder:
each refused or noted with a message naming the file, the line and the field, and what to write."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.cli import main
from reconcile.load import _spreadsheet_date_hint, load_case, tables_not_read

from .conftest import MakeCase
from .test_load import problems_of

HEADER = "source: {id: am-mod, name: M, kind: belligerent, speaks_for: armenia}\nclaims:\n"
CSV_HEADER = "source_id,source_name,source_kind,id,stated,quote,date,place\n"
CSV_ROW = "actualite,Actualite.cd,media,a1,{stated},q,{date},Berdavan\n"


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


# --- 1. dates as spreadsheets and pandas save them -----------------------------------------------------------------


def test_a_date_cell_with_its_midnight_time_says_to_write_the_day(make_case: MakeCase) -> None:
    """Excel, LibreOffice and pandas save a date cell as `2022-03-29 00:00:00`: refused (as before), now with the
    day to write and why the time is there."""
    folder = make_case({"actualite.csv": CSV_HEADER + CSV_ROW.format(stated="2022-03-29 00:00:00",
                                                                    date="2022-03-29T00:00:00")})
    found = problems_of(folder)
    assert len(found) == 2
    date, stated = found
    assert date.startswith("test-case/actualite.csv:2: date: cannot read a date from '2022-03-29T00:00:00'")
    assert stated.startswith("test-case/actualite.csv:2: stated: expected the statement date as one ISO day")
    for problem in found:
        assert "a time of day is not read: write the day alone, 2022-03-29" in problem
        assert "format the column as text or as YYYY-MM-DD" in problem


def test_a_serial_day_number_is_named_with_the_day_it_counts(make_case: MakeCase) -> None:
    """A date column formatted as a number exports Excel's serial (44900 is 5 December 2022): named as such."""
    folder = make_case({"actualite.csv": CSV_HEADER + CSV_ROW.format(stated="44900", date="44900")})
    found = problems_of(folder)
    assert found
    assert all("44900 looks like a spreadsheet's day number (2022-12-05 in Excel's count)" in problem
                         for problem in found)
    assert {problem.split(": ")[1] for problem in found} == {"stated", "date"}


def test_a_yaml_date_and_time_gets_the_hint_too(make_case: MakeCase) -> None:
    text = HEADER + "  - {id: c1, stated: 2012-06-04 14:30, quote: q, date: 2012-06-04, place: Berdavan}\n"
    found = problems_of(make_case({"am-mod.yaml": text}))
    assert found == [
        "test-case/am-mod.yaml:3: $.claims[0].stated: expected the statement date as one ISO day like 2012-06-04, "
        "got '2012-06-04 14:30'; a time of day is not read: write the day alone, 2012-06-04 (spreadsheets and pandas "
        "save a date cell with its time, 00:00:00: format the column as text or as YYYY-MM-DD before saving)"]


@given(st.dates(min_value=dt.date(1940, 1, 1), max_value=dt.date(2130, 1, 1)))
@example(dt.date(2022, 12, 5))
def test_a_serial_hint_names_the_day_excel_counts(day: dt.date) -> None:
    """The day named is the one Excel shows for the serial (days since 1899-12-30), for every serial hinted at."""
    serial = (day - dt.date(1899, 12, 30)).days
    hint = _spreadsheet_date_hint(str(serial))
    if 20_000 <= serial <= 80_000:
        assert f"({day.isoformat()} in Excel's count)" in hint
    else:
        assert hint == ""


@pytest.mark.parametrize("text", ["2012", "12", "2012-06-04", "4 June 2012", "june 2012 14:30", "123456"])
def test_other_unread_dates_get_no_spreadsheet_hint(text: str) -> None:
    assert _spreadsheet_date_hint(text) == ""


# --- 2. a source kept only as a workbook ---------------------------------------------------------------------------


SOURCE = HEADER + "  - {id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Berdavan}\n"


def test_a_workbook_in_the_case_folder_is_named_as_not_read(make_case: MakeCase) -> None:
    """A source saved as .xlsx was left out without a word (validate said "valid", run wrote the report without it):
    both now note that it is not read and how to save it; the case stays valid and the exit code 0."""
    folder = make_case({"am-mod.yaml": SOURCE, "az-mod.xlsx": b"PK\x03\x04", "osce.tsv": "a\tb\n",
                        "README.md": "notes", "~$az-mod.xlsx": b"x", ".az-mod.ods": b"x"})
    assert tables_not_read(folder) == ["test-case/az-mod.xlsx", "test-case/osce.tsv"]
    code, out, err = cli("validate", str(folder))
    assert code == 0
    assert out.rstrip().endswith("valid")
    assert err.splitlines() == [
        f'note: test-case/{name} is not read: claim files are .yaml, .yml, .json or .csv; save it as "CSV UTF-8" '
        "with commas between the columns to read it" for name in ("az-mod.xlsx", "osce.tsv")]
    code, out, _ = cli("validate", "--format", "json", str(folder))
    assert code == 0
    assert json.loads(out)["not_read"] == ["test-case/az-mod.xlsx", "test-case/osce.tsv"]
    code, _, err = cli("run", "--out", str(folder.parent / "out"), str(folder))
    assert code == 0
    assert "note: test-case/az-mod.xlsx is not read" in err
    code, _, err = cli("run", "-q", "--out", str(folder.parent / "out"), str(folder))
    assert code == 0
    assert err == ""
    assert len(load_case(folder).claims) == 1  # still ignored, as docs/claim-format.md says


def test_an_invalid_case_notes_the_workbook_beside_its_problems(make_case: MakeCase) -> None:
    folder = make_case({"am-mod.yaml": HEADER + "  - {id: c1}\n", "az-mod.xls": b"\xd0\xcf"})
    code, _, err = cli("validate", str(folder))
    assert code == 2
    assert "note: test-case/az-mod.xls is not read" in err
    code, out, _ = cli("validate", "--format", "json", str(folder))
    assert json.loads(out)["not_read"] == ["test-case/az-mod.xls"]


def test_a_folder_that_cannot_be_listed_has_no_table(tmp_path: Path) -> None:
    assert tables_not_read(tmp_path / "missing") == []


# --- 3. a party misspelt -------------------------------------------------------------------------------------------


def test_a_misspelt_party_is_refused_naming_the_party_meant(make_case: MakeCase) -> None:
    """`Azerbiajan` as an initiator, `armneia` as a casualty's party, in a CSV column and in `speaks_for`: each
    refused as before, now naming the party id it is one slip away from."""
    text = ("source: {id: am-mod, name: M, kind: belligerent, speaks_for: armneia}\nclaims:\n"
            "  - {id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Berdavan, initiator: Azerbiajan,\n"
            "     casualties: [{party: nrk, killed: 1}]}\n")
    table = "source_id,source_name,source_kind,id,stated,quote,date,place,killed:azerbaijna\n"
    found = problems_of(make_case({"am-mod.yaml": text, "osce.csv": table + "osce,O,monitor,c1,2012-06-04,q,"
                                   "2012-06-04,Berdavan,1\n"}))
    known = "expected a party id, name or alias of this case (armenia, azerbaijan, nkr) or 'unknown'"
    assert found == [
        f"test-case/am-mod.yaml:1: $.source.speaks_for: unknown party 'armneia'; {known}; did you mean 'armenia'?",
        # The claims' problems are told with their header's (they were told once it was fixed).
        f"test-case/am-mod.yaml:3: $.claims[0].initiator: unknown party 'Azerbiajan'; {known}; did you mean "
        "'azerbaijan'?",
        f"test-case/am-mod.yaml:4: $.claims[0].casualties[0].party: unknown party 'nrk'; {known}; did you mean "
        "'nkr'?",
        f"test-case/osce.csv:1: column 'killed:azerbaijna': unknown party 'azerbaijna'; {known}; did you mean "
        "'azerbaijan'?",
    ]
    folder = make_case({"am-mod.yaml": text.replace("armneia", "armenia")})
    (folder / "osce.csv").unlink()
    found = problems_of(folder)
    assert found == [
        f"test-case/am-mod.yaml:3: $.claims[0].initiator: unknown party 'Azerbiajan'; {known}; did you mean "
        "'azerbaijan'?",
        f"test-case/am-mod.yaml:4: $.claims[0].casualties[0].party: unknown party 'nrk'; {known}; did you mean "
        "'nkr'?",
    ]


@pytest.mark.parametrize("written", ["Turkey", "xx", "armenia-azerbaijan", "the enemy"])
def test_a_party_far_from_every_id_gets_no_guess(make_case: MakeCase, written: str) -> None:
    text = HEADER + f"  - {{id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: B, initiator: {written}}}\n"
    (problem,) = problems_of(make_case({"am-mod.yaml": text}))
    assert f"unknown party {written!r}" in problem
    assert "did you mean" not in problem


# --- 4. an earlier output named by its folder ----------------------------------------------------------------------


def test_previous_and_diff_take_the_output_folder(make_case: MakeCase, tmp_path: Path) -> None:
    """`--out` names a folder, so a user names that folder again for `--previous` and `diff`; it was refused as
    "cannot read out1: Is a directory". A folder without a reconciliation.json is refused, saying so."""
    folder = make_case({"am-mod.yaml": SOURCE})
    first, second = tmp_path / "out1", tmp_path / "out2"
    assert cli("run", "-q", "--out", str(first), str(folder))[0] == 0
    code, out, err = cli("run", "--out", str(second), "--previous", str(first), str(folder))
    assert (code, err) == (0, "")
    assert "changes since " in out
    assert f"({first / 'reconciliation.json'}): none" in out
    code, out, _ = cli("diff", str(first), str(second))
    assert code == 0
    assert out.startswith(f"test-case: from {first / 'reconciliation.json'} ")
    for args in (("run", "-q", "--out", str(second), "--previous", str(folder), str(folder)),
                 ("diff", str(first), str(folder))):
        code, _, err = cli(*args)
        assert code == 2
        assert err == (f"reconcile: {folder} is a folder without a reconciliation.json: give an output folder of "
                       "reconcile run, or the reconciliation.json in one\n")


# --- 5. a totals row below the claims ------------------------------------------------------------------------------


def test_a_totals_row_is_named_as_such_not_as_another_source(make_case: MakeCase) -> None:
    """A spreadsheet's sum below the claims (only figure cells) was told to "repeat the first row's values" in
    `source_id`; it is now named as a row without a claim's cells, to delete."""
    table = ("source_id,source_name,source_kind,id,stated,quote,date,place,killed:armenia\n"
             "osce,O,monitor,c1,2012-06-04,q,2012-06-04,Berdavan,3\n"
             "osce,O,monitor,c2,2012-06-05,q,2012-06-05,Chinari,4\n"
             ",,,,,,,,7\n"
             "osce,O,monitor,c3,2012-06-06,q,2012-06-06,Voskepar,1\n"
             ",,,c4,2012-06-07,q,2012-06-07,Voskepar,1\n")
    found = problems_of(make_case({"osce.csv": table}))
    assert found == [
        "test-case/osce.csv:4: the row has no source, id, stated, quote, date or place, only other cells (a total or a "
        "note kept below the claims in the spreadsheet?): delete the row, or fill it in as a claim",
        "test-case/osce.csv:6: source_id: the source columns must repeat the first row's values (line 2): got an "
        "empty cell, line 2 has 'osce'",
    ]
