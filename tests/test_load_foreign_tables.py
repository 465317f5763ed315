"""A table that is not a claim file — another dataset's export (ACLED's, UCDP's), one row per event, saved with
commas or with a European locale's semicolons — is named as such, not as a dozen unknown columns to fix one by
one or as a file to save with commas that would still not read."""

from __future__ import annotations

import pytest

from reconcile import load_case

from .conftest import MakeCase
from .test_load import problems_of

EVENT_EXPORT = ["event_id_cnty", "event_date", "year", "event_type", "actor1", "country", "location", "latitude",
                "longitude", "source", "notes", "fatalities"]
ROW = ["ARM1", "04 June 2012", "2012", "Battles", "Military Forces of Azerbaijan", "Armenia", "Berdavan", "41.1",
       "45.0", "Azatutyun", "clash", "3"]


@pytest.mark.parametrize("separator", [",", ";", "\t", "|"])
def test_another_datasets_export_is_named_as_not_a_claim_file(make_case: MakeCase, separator: str) -> None:
    text = separator.join(EVENT_EXPORT) + "\n" + separator.join(ROW) + "\n"
    (found,) = problems_of(make_case({"events.csv": text}))
    assert found.startswith("test-case/events.csv:1: ")
    assert "none of its columns ('event_id_cnty', 'event_date', 'year', 'event_type', 'actor1', 'country' and 6 more)" \
        " is a column of a claim file" in found
    assert "source_id, source_name, source_kind, id, stated, quote, date, place" in found
    # Semicolons and tabs are read; a separator that is not is named too, and no advice to resave with commas,
    # which would not help.
    assert ("separates its columns with" in found) is (separator == "|")
    assert "save it as CSV with commas" not in found


def test_a_claim_file_with_some_unknown_columns_still_lists_them(make_case: MakeCase) -> None:
    """Only a table with no claim column at all is called another table: a claim file with a typo'd column is told
    which columns are unknown."""
    text = ("source_id,source_name,source_kind,id,stated,quote,date,place,plcae,notes,extra\n"
            "mon,Monitor,monitor,r1,2012-06-04,q,2012-06-04,Berdavan,x,y,z\n")
    (found,) = problems_of(make_case({"mon.csv": text}))
    assert "unknown columns 'plcae' (did you mean place?), 'notes', 'extra'" in found
    assert "is a column of a claim file" not in found


def test_a_claim_file_saved_with_semicolons_is_read(make_case: MakeCase) -> None:
    """It was told to use commas; it is a claim file, not another table, and is read."""
    text = ("source_id;source_name;source_kind;id;stated;quote;date;place\n"
            "mon;Monitor;monitor;r1;2012-06-04;q;2012-06-04;Berdavan\n")
    assert [claim.global_id for claim in load_case(make_case({"mon.csv": text})).claims] == ["mon/r1"]


def test_a_claim_file_saved_with_vertical_bars_is_still_told_to_save_it_again(make_case: MakeCase) -> None:
    text = ("source_id|source_name|source_kind|id|stated|quote|date|place\n"
            "mon|Monitor|monitor|r1|2012-06-04|q|2012-06-04|Berdavan\n")
    (found,) = problems_of(make_case({"mon.csv": text}))
    assert "the header reads as one column" in found
    assert "save it as CSV with commas (or semicolons, or tabs) between the columns" in found
    assert "is a column of a claim file" not in found


def test_a_casualty_column_counts_as_a_claim_column(make_case: MakeCase) -> None:
    """A header whose only known columns are casualty columns is a claim file missing columns, not another table."""
    text = "killed:armenia:civilians,notes,where,when\n1,a,b,c\n"
    found = problems_of(make_case({"mon.csv": text}))
    assert not any("is a column of a claim file" in problem for problem in found)
    assert [problem.split(": ")[1].split(" ")[:2] for problem in found] == [["missing", "required"],
                                                                            ["unknown", "columns"]]
