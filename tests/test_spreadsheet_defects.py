"""What a casualty recorder keeping claims in a spreadsheet runs into: the template's example row left in, a file
saved with semicolons, problems named by column, a rejected claim that the report must lead to, header cells
written in another letter case or with spaces, and the empty column a spreadsheet adds after the last one."""

from __future__ import annotations

import csv
import io
import re

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.authoring import csv_template
from reconcile.load import CSV_EXAMPLE_REFERENCE, _column_name, load_case
from reconcile.render import render_report

from .conftest import MakeCase
from .report_fixtures import sample_reconciliation
from .test_load import problems_of

HEADER = "source_id,source_name,source_kind,id,stated,quote,date,place,supersedes,killed:armenia:civilians"
ROW = "mon,Monitor,monitor,{id},2012-06-04,plain,2012-06-04,Berdavan,{supersedes},{killed}"


def rows(*cells: dict[str, str]) -> str:
    return "\n".join([HEADER, *(ROW.format(**{"supersedes": "", "killed": "", **row}) for row in cells)]) + "\n"


def template_with(rows_after: list[list[str]], source: tuple[str, str, str] | None = None) -> str:
    """The CSV template for armenia, its example row kept (with ``source`` in its source columns, when given),
    and ``rows_after`` appended as the header orders them."""
    text = csv_template(["armenia"])
    table = list(csv.reader(io.StringIO(text)))
    if source is not None:
        table[1][:3] = source
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([*table, *rows_after])
    return out.getvalue()


def real_row(claim_id: str) -> list[str]:
    header = next(csv.reader(io.StringIO(csv_template(["armenia"]))))
    cells = {"source_id": "mon", "source_name": "Monitor", "source_kind": "monitor", "id": claim_id,
             "stated": "2019-06-04", "quote": "two killed", "date": "2019-06-04", "place": "Berdavan",
             "killed:armenia:civilians": "2"}
    return [cells.get(name, "") for name in header]


def test_the_templates_example_row_left_above_real_rows_is_named_as_such(make_case: MakeCase) -> None:
    """The example row kept above real rows was the source row, so every real row was blamed for its source
    columns; now the example row is the one problem, on its own line."""
    (found,) = problems_of(make_case({"mon.csv": template_with([real_row("r1"), real_row("r2")])}))
    assert found.startswith("test-case/mon.csv:2: reference: this is the example row of the CSV template")
    assert "delete the row" in found


def test_the_example_row_with_the_sources_columns_is_rejected_and_the_real_rows_kept(make_case: MakeCase) -> None:
    """With the source's columns typed into the example row, it read as a 2012 claim of the source; it is now
    rejected, and the real claims are kept."""
    folder = make_case({"mon.csv": template_with([real_row("r1"), real_row("r2")], ("mon", "Monitor", "monitor"))})
    case = load_case(folder, on_bad_claim="reject")
    assert [claim.global_id for claim in case.claims] == ["mon/r1", "mon/r2"]
    (rejected,) = case.rejected
    assert (rejected.line, CSV_EXAMPLE_REFERENCE in rejected.reason) == (2, True)


def test_a_semicolon_file_with_a_quoted_line_break_is_read(make_case: MakeCase) -> None:
    """A quoted multi-line cell made the comma parser fail before the header was looked at; the file is read with
    semicolons, its cell whole."""
    text = ("id;stated;date;place;quote;source_id;source_name;source_kind\n"
            'r1;2019-06-04;2019-06-04;Berdavan;"a drone struck.\n""Three"" killed,\nincluding a child.";'
            "mon;Monitor;monitor\n")
    (claim,) = load_case(make_case({"mon.csv": text})).claims
    assert (claim.quote, claim.line) == ('a drone struck.\n"Three" killed,\nincluding a child.', 2)


def test_a_vertical_bar_file_with_a_quoted_line_break_names_the_separator(make_case: MakeCase) -> None:
    """A quoted multi-line cell made the comma parser fail before the header was looked at."""
    text = ("id|stated|date|place|quote|source_id|source_name|source_kind\n"
            'r1|2019-06-04|2019-06-04|Berdavan|"a drone struck.\n""Three"" killed,\nincluding a child."|'
            "mon|Monitor|monitor\n")
    (found,) = problems_of(make_case({"mon.csv": text}))
    assert found.startswith("test-case/mon.csv:1: the header reads as one column, ")
    assert "separates its columns with vertical bars" in found


def test_a_duplicate_id_in_csv_names_the_column_and_the_rows_other_problems(make_case: MakeCase) -> None:
    """CSV problems found across claims named a JSON path whose index skips blank rows; they name the column, and
    a duplicate's own broken reference is listed too."""
    text = rows({"id": "c1"}, {"id": "x"}, {"id": "c1", "supersedes": "nope"})
    text = text.replace("\nmon,Monitor,monitor,x,", "\n,,,,,,,,,\nmon,Monitor,monitor,x,")  # a blank row
    found = problems_of(make_case({"mon.csv": text}))
    assert found == ["test-case/mon.csv:5: id: claim id 'c1' is already used in test-case/mon.csv:2",
                     "test-case/mon.csv:5: supersedes: names 'nope', but source 'mon' has no claim with that id"]
    assert not any("$." in problem for problem in found)


def test_the_rejected_tile_and_the_contents_lead_to_the_rejected_claims() -> None:
    """In a big report the rejected claims were found only by scrolling past every event."""
    page = render_report(sample_reconciliation(), generated="2026-01-01T00:00:00Z")
    assert re.search(r'<li><a href="#rejected"><span class="num">\d+</span> rejected</a></li>', page)
    toc = page[page.index('<nav class="toc"'):]
    toc = toc[:toc.index("</nav>")]
    assert '<a href="#rejected">Rejected claims</a>' in toc
    assert 'id="rejected"' in page
    rec = sample_reconciliation()
    clean = render_report(attrs.evolve(rec, case=attrs.evolve(rec.case, rejected=())),
                          generated="2026-01-01T00:00:00Z")
    assert 'href="#rejected"' not in clean  # no link to an empty list


def test_header_cells_match_in_any_letter_case_and_around_spaces(make_case: MakeCase) -> None:
    header = "Source_ID , source_name,SOURCE_KIND,ID,Stated,quote,date,Place,Killed: armenia : Civilians"
    row = "mon,Monitor,monitor,c1,2012-06-04,plain,2012-06-04,Berdavan,3"
    (claim,) = load_case(make_case({"mon.csv": f"{header}\n{row}\n"})).claims
    assert (claim.global_id, claim.place, claim.casualties[0].category) == ("mon/c1", "Berdavan", "civilians")


def test_two_header_cells_naming_one_column_are_refused(make_case: MakeCase) -> None:
    header = "source_id,source_name,source_kind,id,stated,quote,date,place,ID"
    (found,) = problems_of(make_case({"mon.csv": f"{header}\nmon,M,monitor,c1,2012-06-04,q,2012-06-04,B,c2\n"}))
    assert "names column 'id' twice (columns D (4) and I (9)" in found


def test_an_empty_trailing_column_is_left_out_and_a_filled_one_is_placed(make_case: MakeCase) -> None:
    """A spreadsheet exports a trailing empty column as an unnamed one: nothing is in it, so it is left out; an
    unnamed column holding values is named by its letter and number."""
    header = "source_id,source_name,source_kind,id,stated,quote,date,place,,"
    empty = load_case(make_case({"mon.csv": f"{header}\nmon,M,monitor,c1,2012-06-04,q,2012-06-04,B,,\n"}))
    assert [claim.global_id for claim in empty.claims] == ["mon/c1"]
    (found,) = problems_of(make_case({"mon.csv": f"{header}\nmon,M,monitor,c1,2012-06-04,q,2012-06-04,B,,x\n"}))
    assert found == ("test-case/mon.csv:1: column J (10) has no name in the header but holds values (line 2): "
                     "give it a column's name, or delete the column")


@given(st.integers(0, 26 * 27 + 30))
@example(0)
@example(25)
@example(26)
@example(26 * 27)
def test_column_names_are_the_spreadsheets(index: int) -> None:
    """Letters count in bijective base 26 (A..Z, AA..ZZ, AAA..): reading them back gives the index."""
    letters, number = _column_name(index).split()
    value = 0
    for letter in letters:
        value = value * 26 + ord(letter) - ord("A") + 1
    assert (value - 1, number) == (index, f"({index + 1})")
