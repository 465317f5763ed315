"""A claim file that a spreadsheet saved with semicolons (Excel writes the system's list separator, a semicolon,
wherever the decimal mark is a comma, even for "CSV UTF-8 (Comma delimited)") or with tabs reads as the same claims
as its comma twin, through the same paths and with the same messages; what stays ambiguous or foreign is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile import load_case
from reconcile._documents import DocumentError, parse_csv
from reconcile.models import Claim

from .conftest import CASE_YAML, MakeCase
from .test_load import problems_of

HEADER = ("source_id", "source_name", "source_kind", "source_aligned_with", "id", "stated", "quote", "date",
          "place", "supersedes", "adds_to", "killed:armenia:soldiers", "wounded:nkr")
SOURCE = ("osce", "OSCE; Yerevan office", "monitor", "armenia; nkr")
ROWS = [
    (*SOURCE, "a", "2012-06-02", 'he said "no; it was not us", then\nleft', "2012-06-02", "Aygepar", "", "", "1", ""),
    (*SOURCE, "b", "2012-06-03", "shelling, traces; a drone", "2012-06-02", "Aygepar", "a", "", "", "2"),
    (*SOURCE, "c", "2012-06-04", "later\r\nagain", "2012-06-03", "Berdavan", "a; b", "", "1,200", ""),
]


def written(rows: list[tuple[str, ...]], separator: str, newline: str = "\n") -> str:
    """``rows`` as a spreadsheet saves them with ``separator``: a cell that holds it, a quote or a line break is
    quoted, a quote in it doubled (Python's writer leaves a line break other than its line end unquoted)."""

    def cell(text: str) -> str:
        if any(char in text for char in (separator, '"', "\r", "\n")):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "".join(separator.join(map(cell, row)) + newline for row in rows)


def claims_of(tmp_path: Path, name: str, content: str | bytes) -> list[Claim]:
    folder = tmp_path / name / "test-case"  # one folder's name: the claims name their file by it
    folder.mkdir(parents=True)
    (folder / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
    path = folder / "osce.csv"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return list(load_case(folder).claims)


COMMA_TWIN = written([HEADER, *ROWS], ",")


@pytest.mark.parametrize("separator", [";", "\t"])
@pytest.mark.parametrize("variant", ["plain", "bom", "crlf", "sep line", "bom crlf sep line"])
def test_a_file_of_semicolons_or_tabs_reads_as_its_comma_twin(tmp_path: Path, separator: str, variant: str) -> None:
    """Quoted cells holding the separator, a line break (LF, CRLF) or doubled quotes, a list cell, a byte-order
    mark, CRLF line ends and Excel's ``sep=`` line: the same claims, on the same lines."""
    newline = "\r\n" if "crlf" in variant else "\n"
    sep_line = "sep=" + separator + newline if "sep line" in variant else ""
    twin_line = "sep=," + newline if "sep line" in variant else ""
    bom = "\ufeff" if "bom" in variant else ""
    text = bom + sep_line + written([HEADER, *ROWS], separator, newline)
    twin = bom + twin_line + written([HEADER, *ROWS], ",", newline)
    expected = claims_of(tmp_path, "commas", twin)
    assert claims_of(tmp_path, "other", text) == expected
    a, _, c = expected
    assert (a.quote, a.line) == ('he said "no; it was not us", then\nleft', 2 + bool(sep_line))
    assert (c.supersedes, c.adds_to, c.quote) == (("osce/a", "osce/b"), (), "later\nagain")


def test_a_semicolon_table_has_the_same_rows_as_its_comma_twin() -> None:
    table = parse_csv(written([HEADER, *ROWS], ";"))
    twin = parse_csv(COMMA_TWIN)
    assert (table.header, table.rows, table.separator) == (twin.header, twin.rows, ";")
    assert twin.separator == ","


CELL = st.text(st.sampled_from('ab ;,"\t\n\r'), max_size=5)


@given(st.lists(st.tuples(CELL, CELL, CELL, CELL), max_size=6),
       st.sampled_from((";", "\t")), st.sampled_from(("\n", "\r\n", "\r")))
def test_any_cells_written_with_semicolons_or_tabs_read_as_with_commas(
        rows: list[tuple[str, ...]], separator: str, newline: str) -> None:
    """Whatever the cells hold (the separators, quotes, line breaks), a spreadsheet's file of semicolons or tabs
    has the rows, on the lines, of its comma twin."""
    header = ("source_id", "id", "quote", "place")
    table = parse_csv(written([header, *rows], separator, newline))
    twin = parse_csv(written([header, *rows], ",", newline))
    assert (table.header, table.rows, table.separator) == (twin.header, twin.rows, separator)


def test_excels_padded_sep_lines_name_the_separator() -> None:
    """``sep=;`` as a spreadsheet that does not know it saves it again: in quotes, or padded with empty cells."""
    body = written([HEADER, *ROWS], ";")
    for line in ("sep=;", '"sep=;"', "SEP=;", "sep=;;;;", "sep=;,,,"):
        table = parse_csv(line + "\n" + body)
        assert (table.separator, table.header_line, table.rows[0][0]) == (";", 2, 3), line


def test_a_comma_file_whose_header_holds_a_semicolon_in_quotes_reads_with_commas() -> None:
    table = parse_csv('id,"note; other",place\nc1,"x; y",Berdavan\n')
    assert (table.separator, table.header, table.rows) == (",", ("id", "note; other", "place"),
                                                           ((2, ("c1", "x; y", "Berdavan")),))


def test_a_semicolon_header_with_a_quoted_comma_reads_with_semicolons() -> None:
    table = parse_csv('"note, other";id;place\n"x, y";c1;Berdavan\n')
    assert (table.separator, table.header) == (";", ("note, other", "id", "place"))


def test_a_bad_cell_in_a_semicolon_file_is_named_by_line_claim_and_column(make_case: MakeCase) -> None:
    rows = [ROWS[0], (*ROWS[1][:7], "someday", *ROWS[1][8:])]
    (found,) = problems_of(make_case({"osce.csv": written([HEADER, *rows], ";")}))
    assert found.startswith("test-case/osce.csv:4: date: cannot read a date from 'someday'")
    case = load_case(make_case({"osce.csv": written([HEADER, *rows], ";")}), on_bad_claim="reject")
    (rejected,) = case.rejected
    assert (rejected.line, rejected.claim) == (4, "osce/b")


def test_an_unclosed_quote_in_a_semicolon_file_names_its_row_column_and_claim() -> None:
    text = "source_id;id;quote;place\nmon;c1;plain;Berdavan\nmon;c2;\"he said no; it was not us;Berdavan\n"
    with pytest.raises(DocumentError) as info:
        parse_csv(text)
    assert info.value.line == 3
    assert "column 3 ('quote') of claim 'c2'" in info.value.message


def test_an_unquoted_list_in_a_semicolon_file_names_its_column(make_case: MakeCase) -> None:
    """A list cell whose items are not in double quotes splits the row: the message names the list's column and
    the semicolon, as a comma file's names the comma."""
    text = written([HEADER, ROWS[0], ROWS[1]], ";") + 'osce;"OSCE; Yerevan office";monitor;"armenia; nkr";c;' \
        "2012-06-04;q;" \
        "2012-06-03;Berdavan;a; b;;;\n"
    (found,) = problems_of(make_case({"osce.csv": text}))
    assert found == ("test-case/osce.csv:5: supersedes: the row has 14 cells; the header has 13: the supersedes cell "
                     "seems to hold a semicolon outside double quotes, which splits it into 2 cells, 'a' and ' b'; "
                     'put the cell in double quotes ("a; b")')


def test_a_short_row_in_a_tab_file_says_a_tab_is_missing(make_case: MakeCase) -> None:
    text = written([HEADER, ROWS[0]], "\t") + "\t".join(ROWS[1][:-2]) + "\n"
    found = problems_of(make_case({"osce.csv": text}))
    assert any("test-case/osce.csv:4: " in problem and "a cell or a tab is missing" in problem
               for problem in found), found


def test_a_sep_line_of_vertical_bars_is_refused() -> None:
    with pytest.raises(DocumentError) as info:
        parse_csv("sep=|\n" + "|".join(HEADER) + "\n")
    assert info.value.line == 1
    assert "separated by vertical bars, which cannot be read" in info.value.message


def test_a_sep_line_that_the_header_contradicts_is_refused() -> None:
    with pytest.raises(DocumentError) as info:
        parse_csv("sep=;\n" + COMMA_TWIN)
    assert info.value.message == (
        "the first line, 'sep=;', is Excel's note that the columns are separated by semicolons, but the header on "
        "line 2 is separated by commas: delete the first line, or correct it")


def test_a_header_split_by_both_semicolons_and_tabs_is_refused() -> None:
    with pytest.raises(DocumentError) as info:
        parse_csv("source_id;source_name\tid;quote\nx;y\tz;w\n")
    assert info.value.line == 1
    assert "separated both by semicolons and by tabs" in info.value.message


def test_a_header_in_double_quotes_says_so(make_case: MakeCase) -> None:
    """The whole header line in double quotes reads as one cell whichever the separator: it is named, not each
    column as missing."""
    text = '"' + ";".join(HEADER) + '"\n' + written([ROWS[1]], ";")
    (found,) = problems_of(make_case({"osce.csv": text}))
    assert found.startswith("test-case/osce.csv:1: the header cell 'source_id;source_name;")
    assert "is the header line in double quotes?" in found


def test_a_semicolon_row_of_the_wrong_width_keeps_the_row_width_message(make_case: MakeCase) -> None:
    text = written([HEADER, ROWS[0], (*ROWS[1], "extra", "more")], ";")
    found = problems_of(make_case({"osce.csv": text}))
    assert any("the row has 15 cells; the header has 13" in problem for problem in found), found


def test_a_semicolon_file_not_in_utf8_names_only_the_encoding(make_case: MakeCase) -> None:
    text = written([HEADER, ("osce", "OSCE", "monitor", "", "a", "2012-06-02", "q", "2012-06-02", "Ménaka", "", "",
                             "", "")], ";")
    assert problems_of(make_case({"osce.csv": text.encode("cp1252")})) == [
        "test-case/osce.csv:2: the file is not UTF-8: byte 0xe9 cannot be decoded; it reads as Latin text in "
        "Windows-1252, in which line 2 is 'osce;OSCE;monitor;;a;2012-06-02;q;2012-06-02;Ménaka;;;;': if that is the "
        "text, open the file as Windows-1252 in an editor, then save the file as UTF-8"]
