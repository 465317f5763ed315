"""A CSV cell whose quote never closes is reported on the line where its row starts, with its column and claim:
Python's reader reports it where the text ends, which in a long export is the last line, far from the mistake."""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import load_case
from reconcile._documents import DocumentError, parse_csv

from .conftest import MakeCase
from .test_load import problems_of

HEADER = ("source_id", "id", "quote", "place")
CELLS = st.text(st.sampled_from('ab ,"\n\r'), max_size=6)
NEWLINES = st.sampled_from(("\n", "\r\n", "\r"))


def written(rows: list[tuple[str, ...]], newline: str) -> str:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator=newline, quoting=csv.QUOTE_MINIMAL).writerows(rows)
    return out.getvalue()


def test_an_unclosed_quote_names_its_row_column_and_claim() -> None:
    text = (
        "source_id,id,quote,place\n"
        "mon,c1,plain,Berdavan\n"
        'mon,c2,"he said ""no, it was not us,Berdavan\n'
        "mon,c3,fine,Berdavan\n"
        "mon,c4,fine,Berdavan\n"
    )
    with pytest.raises(DocumentError) as info:
        parse_csv(text)
    assert info.value.line == 3
    assert "column 3 ('quote') of claim 'c2'" in info.value.message
    assert "never closed" in info.value.message
    assert '\'"he said ""no, it was not us,Berdavan\\nmo…\'' in info.value.message  # its first 40 characters


def test_a_lone_quote_inside_a_cell_says_how_to_write_it() -> None:
    text = 'source_id,id,quote,place\nmon,c1,"he said "no", it was not us",Berdavan\nmon,c2,fine,Berdavan\n'
    with pytest.raises(DocumentError) as info:
        parse_csv(text)
    assert info.value.line == 2
    assert 'a " inside a quoted cell is written twice ("")' in info.value.message


@given(st.lists(st.tuples(CELLS, CELLS, CELLS, CELLS), min_size=1, max_size=6), st.data(), NEWLINES)
@example(rows=[("", "", "", "")], data=None, newline="\n")
def test_the_row_of_an_unclosed_quote_is_found_whatever_came_before(
        rows: list[tuple[str, ...]], data: st.DataObject | None, newline: str) -> None:
    """Rows written correctly (quotes doubled, line breaks inside quoted cells), then a row whose cell opens a quote
    that never closes: the error is on that row's first line and names that cell's column."""
    broken = 0 if data is None else data.draw(st.integers(0, len(rows) - 1))
    column = 1 if data is None else data.draw(st.integers(1, len(HEADER)))
    head = written([HEADER, *rows[:broken]], newline)
    cells = [re.sub(r'[",\r\n]', "", c) or "x" for c in rows[broken]]
    tail = ",".join([*cells[: column - 1], '"open' + newline + "more", *cells[column:]]) + newline
    line = len(re.findall(r"\r\n|\r|\n", head)) + 1  # the header and the rows before, line breaks in cells too
    with pytest.raises(DocumentError) as info:
        parse_csv(head + tail)
    assert info.value.line == line
    assert f"column {column} ({HEADER[column - 1]!r})" in info.value.message
    if column > 2:
        assert f"of claim {cells[1].strip()!r}" in info.value.message



COLUMNS = ("source_id", "source_name", "source_kind", "id", "stated", "quote", "date", "place")
CELLS_OF_ROW = ("mon", "Monitor", "monitor", "c1", "2012-06-04", "plain", "2012-06-04", "Berdavan")


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_file_with_semicolons_or_tabs_is_read(make_case: MakeCase, separator: str) -> None:
    """A spreadsheet in a European locale saves "CSV" with semicolons (Excel's list separator, even for "CSV UTF-8
    (Comma delimited)"): it was refused as one unknown column; it reads as its comma twin does."""
    text = f"{separator.join(COLUMNS)}\n{separator.join(CELLS_OF_ROW)}\n"
    case = load_case(make_case({"mon.csv": text}))
    assert [(claim.global_id, claim.quote, claim.place, claim.line) for claim in case.claims] == [
        ("mon/c1", "plain", "Berdavan", 2)]


def test_a_file_with_vertical_bars_says_so(make_case: MakeCase) -> None:
    """A separator that is not read: the header reads as one unknown column, and the error says which separator
    the file uses and what to do, instead of listing the expected columns."""
    (found,) = problems_of(make_case({"mon.csv": f"{'|'.join(COLUMNS)}\n{'|'.join(CELLS_OF_ROW)}\n"}))
    assert found.startswith("test-case/mon.csv:1: the header reads as one column, ")
    assert "separates its columns with vertical bars" in found
    assert found.endswith("save it as CSV with commas (or semicolons, or tabs) between the columns")
