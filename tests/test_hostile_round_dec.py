"""Hostile inputs, December round: files saved with CR alone (old Mac line ends), raw controls in JSON text, an empty
JSON file, CSV rows of the wrong length named by their columns, ``regional_gazetteer: ""`` and ``template csv`` /
``sources`` with a folder after an option."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import _documents
from reconcile.cli import main
from reconcile.errors import CaseError
from reconcile.load import load_case

from .conftest import MakeCase
from .test_hostile_text import problems_of, rejected_reasons

CSV_HEADER = "source_id,source_name,source_kind,speaks_for,id,stated,quote,date,place,killed:armenia\n"


def csv_row(claim_id: str, quote: str = "q", figure: str = "3", date: str = "2012-06-04") -> str:
    return f"am-mod,M,belligerent,armenia,{claim_id},2012-06-04,{quote},{date},Voskepar,{figure}\n"


def json_source(dates: list[str]) -> str:
    """A JSON source file, one claim per line of ``dates`` spread over several lines each."""
    claims = [{"id": f"c{k}", "stated": "2012-06-04", "quote": "q", "date": date, "place": "Voskepar"}
              for k, date in enumerate(dates)]
    return json.dumps({"source": {"id": "am-mod", "name": "M", "kind": "media"}, "claims": claims}, indent=2) + "\n"


def run(*argv: str) -> tuple[int, str, str]:
    import io

    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


# --- 1. lines of a file saved with CR alone ----------------------------------------------------------------------

def test_a_json_syntax_error_in_a_cr_only_file_names_its_own_line(make_case: MakeCase) -> None:
    """JSON with CR line ends: the line of a syntax error is the editor's, not 1 (the decoder counted LF only)."""
    text = json_source(["2012-06-04"]).replace('"place": "Voskepar"', '"place": "Voskepar",').replace("\n", "\r")
    problems = problems_of(make_case({"am-mod.json": text.encode()}))
    assert problems == ["test-case/am-mod.json:14: invalid JSON: a comma after the last item of a list or an object "
                        "(column 5): JSON allows none before the closing ] or } (JavaScript and YAML do); delete the "
                        "comma"]


@given(st.lists(st.sampled_from(["2012-06-04", "2012-13-04", "Junr 4"]), min_size=1, max_size=6),
       st.sampled_from(["\r", "\r\n"]))
@example(["2012-06-04", "2012-13-04"], "\r")
def test_json_lines_are_the_same_whatever_ends_them(tmp_path_factory: pytest.TempPathFactory, dates: list[str],
                                                    ending: str) -> None:
    """A claim's problem is on the same line whether the file's lines end with LF, CR or CR LF."""
    lines = {}
    for name, end in (("lf", "\n"), ("other", ending)):
        folder = tmp_path_factory.mktemp(name) / "test-case"
        folder.mkdir()
        (folder / "case.yaml").write_text("case: test-case\ntitle: T\nparties: [{id: armenia, name: Armenia}]\n")
        (folder / "am-mod.json").write_bytes(json_source(dates).replace("\n", end).encode())
        try:
            load_case(folder)
            lines[name] = []
        except CaseError as exc:
            lines[name] = [(p.line, p.field, p.message) for p in exc.problems]
    assert lines["lf"] == lines["other"]


@pytest.mark.parametrize("name", ["am-mod.json", "am-mod.yaml", "am-mod.csv"])
def test_a_byte_not_utf8_in_a_cr_only_file_is_on_its_own_line(make_case: MakeCase, name: str) -> None:
    """The line of a byte that is not UTF-8 counts CR line ends too (it was 1 for any line of a CR-only file)."""
    text = {"am-mod.json": json_source(["2012-06-04"]).replace("Voskepar", "Voskep\xe1r"),
            "am-mod.yaml": "source: {id: am-mod, name: M, kind: media}\nclaims:\n  - {id: c1, stated: 2012-06-04, "
                           "quote: q, date: 2012-06-04, place: Voskep\xe1r}\n",
            "am-mod.csv": CSV_HEADER + csv_row("c1") + csv_row("c2").replace("Voskepar", "Voskep\xe1r")}[name]
    line = {"am-mod.json": 13, "am-mod.yaml": 3, "am-mod.csv": 3}[name]
    shown = text.replace("\r", "\n").split("\n")[line - 1].strip()
    for end in ("\r", "\r\n", "\n"):
        problems = problems_of(make_case({name: text.replace("\n", end).encode("latin-1")}))
        assert problems == [f"test-case/{name}:{line}: the file is not UTF-8: byte 0xe1 cannot be decoded; it reads "
                            f"as Latin text in Windows-1252, in which line {line} is {shown!r}: if that is the text, "
                            "open the file as Windows-1252 in an editor, then save the file as UTF-8"]


# --- 2. JSON: raw controls inside a text, an empty file ------------------------------------------------------------

@pytest.mark.parametrize(("raw", "named"), [
    ("\t", "a tab (column 24) inside a text: JSON cannot hold it as it is; write it as the escape \\t, or delete it"),
    ("\n", "a line break (column 24) inside a text: JSON cannot hold it as it is; write it as the escape \\n, or "
           "delete it"),
    ("\x00", "the control character U+0000 (column 24) inside a text: JSON cannot hold it as it is; write it as the "
             "escape \\u0000, or delete it"),
])
def test_a_raw_control_in_a_json_text_is_named(make_case: MakeCase, raw: str, named: str) -> None:
    """A tab or a line break pasted into a JSON string: named, with the escape to write (the decoder said only
    "Invalid control character at")."""
    text = json_source(["2012-06-04"]).replace('"quote": "q"', f'"quote": "a quote{raw}b"')
    assert problems_of(make_case({"am-mod.json": text})) == [f"test-case/am-mod.json:11: invalid JSON: {named}"]


@pytest.mark.parametrize(("text", "named"), [
    (json_source(["2012-06-04"]) * 2, "17: invalid JSON: more follows the end of the JSON document (column 1): a "
     "source file is one JSON object (a file of one object per line, JSON Lines, is not read; or a } or ] too many "
     "ended it early)"),
    ("// exported\n" + json_source(["2012-06-04"]), "1: invalid JSON: a comment (column 1): JSON has no comments; "
     "delete it"),
])
def test_json_lines_and_comments_are_named(make_case: MakeCase, text: str, named: str) -> None:
    """A second document (JSON Lines) and a comment are named as such (they read "Extra data", "Expecting value")."""
    assert problems_of(make_case({"am-mod.json": text})) == [f"test-case/am-mod.json:{named}"]


@pytest.mark.parametrize("text", ["", " \n\r\n\t"])
def test_an_empty_json_file_is_named_empty(make_case: MakeCase, text: str) -> None:
    """An empty JSON file is named as empty, as an empty YAML file is (it read "Expecting value (column 1)")."""
    assert problems_of(make_case({"am-mod.json": text})) == [
        "test-case/am-mod.json: the file is empty; a source file holds a `source:` mapping and a `claims:` list"]


def test_an_empty_document_parses_to_nothing() -> None:
    assert _documents.parse_json("\n \t").data is None


# --- 3. CSV rows of the wrong length -----------------------------------------------------------------------------

def test_a_short_row_names_the_columns_it_has_no_cell_for(make_case: MakeCase) -> None:
    row = csv_row("c2").removesuffix(",Voskepar,3\n") + "\n"
    folder = make_case({"am-mod.csv": CSV_HEADER + csv_row("c1") + row})
    assert problems_of(folder) == [
        "test-case/am-mod.csv:3: place: the row has 8 cells; the header has 10: no cell for the columns place, "
        "killed:armenia (every row needs a cell, empty or not, for each column: a cell or a comma is missing)"]


@pytest.mark.parametrize(("quote", "figure", "date", "column", "pieces", "written"), [
    ("shelling, near the village", "3", "2012-06-04", "quote", "'shelling' and ' near the village'",
     '"shelling, near the village"'),
    ("q", "1,200", "2012-06-04", "killed:armenia", "'1' and '200'", '"1,200"'),
    ("q", "3", "4 June, 2012", "date", "'4 June' and ' 2012'", '"4 June, 2012"'),
    ("a, b, c", "3", "2012-06-04", "quote", "'a' and ' b' and ' c'", '"a, b, c"'),
])
def test_a_comma_outside_quotes_is_named_with_its_column(make_case: MakeCase, quote: str, figure: str, date: str,
                                                         column: str, pieces: str, written: str) -> None:
    """A row made longer by a comma outside double quotes names the column whose cell it split (it named none)."""
    folder = make_case({"am-mod.csv": CSV_HEADER + csv_row("c1", quote, figure, date) + csv_row("c2")})
    cells = 10 + written.count(",")
    assert rejected_reasons(folder) == (["am-mod/c2"], [
        f"am-mod/c1: {column}: the row has {cells} cells; the header has 10: the {column} cell seems to hold a comma "
        f"outside double quotes, which splits it into {written.count(',') + 1} cells, {pieces}; put the cell in "
        f"double quotes ({written})"])


def test_extra_cells_that_fit_no_column_are_shown(make_case: MakeCase) -> None:
    folder = make_case({"am-mod.csv": CSV_HEADER + csv_row("c1").replace("\n", ",4,\n") + csv_row("c2")})
    assert rejected_reasons(folder)[1] == [
        "am-mod/c1: the row has 12 cells; the header has 10: 2 cells past the last column, killed:armenia ('4', ''); "
        "a cell that holds a comma must be in double quotes"]


@given(st.text(st.sampled_from("abc ,"), min_size=1, max_size=12).filter(lambda t: ", " in t and t.strip() == t))
@example("shelling, near")
def test_a_quote_split_after_a_comma_and_space_is_named(tmp_path_factory: pytest.TempPathFactory,
                                                        quote: str) -> None:
    """Whatever the quote, one split by commas each followed by a space is named as the quote column's."""
    folder = tmp_path_factory.mktemp("case") / "test-case"
    folder.mkdir()
    (folder / "case.yaml").write_text("case: test-case\ntitle: T\nparties: [{id: armenia, name: Armenia}]\n")
    (folder / "am-mod.csv").write_text(CSV_HEADER + csv_row("c1", quote.replace(",", ", ").replace(",  ", ", ")) +
                                       csv_row("c2"), encoding="utf-8")
    _ids, reasons = rejected_reasons(folder)
    assert reasons[0].startswith("am-mod/c1: quote: ")


# --- 4. regional_gazetteer ---------------------------------------------------------------------------------------

CASE = "case: test-case\ntitle: T\nparties: [{id: armenia, name: Armenia}]\n"
SOURCE = "source: {id: am-mod, name: M, kind: media}\nclaims: []\n"


@pytest.mark.parametrize("written", ['""', "' '", "''"])
def test_an_empty_regional_gazetteer_is_left_out(make_case: MakeCase, written: str) -> None:
    """``regional_gazetteer: ""`` is the key left out, as an empty optional field is elsewhere (it was refused as
    "no regional gazetteer ''"): the case gets the gazetteer of its region."""
    case = load_case(make_case({"case.yaml": CASE + f"regional_gazetteer: {written}\n", "am-mod.yaml": SOURCE}))
    assert case.regional_gazetteer == "am-az"


@pytest.mark.parametrize(("written", "read"), [("None", "none"), (" AM-AZ ", "am-az")])
def test_a_regional_gazetteer_is_read_in_any_letter_case(make_case: MakeCase, written: str, read: str) -> None:
    case = load_case(make_case({"case.yaml": CASE + f"regional_gazetteer: '{written}'\n", "am-mod.yaml": SOURCE}))
    assert case.regional_gazetteer == read


def test_an_unknown_regional_gazetteer_says_how_to_leave_it_out(make_case: MakeCase) -> None:
    problems = problems_of(make_case({"case.yaml": CASE + "regional_gazetteer: caucasus\n", "am-mod.yaml": SOURCE}))
    assert problems == [
        "test-case/case.yaml:4: $.regional_gazetteer: no regional gazetteer 'caucasus': the package ships am-az "
        "(Armenia and Azerbaijan (GeoNames, CC BY 4.0)); write 'none' for the case's own places only, or leave the "
        "key out for the gazetteer of the case's region"]


# --- 5. a folder after an option; template parties -----------------------------------------------------------------

def test_template_takes_the_case_after_party(make_case: MakeCase) -> None:
    """``template csv --party X CASE_DIR`` works as ``template csv CASE_DIR --party X`` (argparse refused it)."""
    folder = make_case({})
    code, out, err = run("template", "csv", "--party", "azerbaijan", str(folder))
    assert (code, err) == (0, "")
    assert run("template", "csv", str(folder), "--party", "azerbaijan")[1] == out
    assert out.split("\n")[0].split(",adds_to,")[1].startswith("killed:azerbaijan:soldiers,")
    assert "killed:nkr:soldiers" in out


def test_template_refuses_a_party_of_no_case(make_case: MakeCase) -> None:
    """A --party that is not one of the case's parties is refused: validate would refuse its columns."""
    code, out, err = run("template", "csv", str(make_case({})), "--party", "russia")
    assert (code, out) == (2, "")
    assert err == ("reconcile: --party 'russia': not a party of this case (armenia, azerbaijan, nkr); the case's "
                   "parties get their columns without --party\n")


def test_template_reads_a_party_by_its_alias_once(make_case: MakeCase) -> None:
    """A party named by an alias, or twice, gets its columns once, under its id (a repeated column is refused)."""
    _code, out, _err = run("template", "csv", str(make_case({})), "--party", "Armenian", "--party", "armenia")
    header = out.split("\n")[0].split(",")
    assert header.count("killed:armenia:soldiers") == 1
    _code, out, _err = run("template", "csv", "--party", "x", "--party", "x")
    assert out.split("\n")[0].split(",").count("killed:x:soldiers") == 1


def test_template_refuses_a_party_that_is_no_id() -> None:
    code, out, err = run("template", "csv", "--party", "a b")
    assert (code, out) == (2, "")
    assert "--party 'a b': a party id is letters, digits" in err


def test_sources_reads_folders_on_both_sides_of_an_option(make_case: MakeCase, tmp_path: Path) -> None:
    folder = make_case({"am-mod.yaml": SOURCE.replace("claims: []", "claims:\n  - {id: c1, stated: 2012-06-04, "
                                                      "quote: q, date: 2012-06-04, place: Voskepar}")})
    code, out, _err = run("sources", str(folder), "--json", str(folder))
    assert code == 0
    assert json.loads(out)


@pytest.mark.parametrize("argv", [["template", "csv", "--party", "x", "a", "b"], ["template", "csv", "--bogus"]])
def test_other_arguments_left_over_are_still_refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        run(*argv)
    assert info.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_the_split_cell_message_of_errors_md_is_printed(tmp_path: Path) -> None:
    """docs/errors.md quotes the message of a quote split by a comma as reconcile prints it."""
    folder = tmp_path / "kivu"
    folder.mkdir()
    (folder / "case.yaml").write_text("case: kivu\ntitle: T\nparties: [{id: rdc, name: RDC}]\n", encoding="utf-8")
    header = "source_id,source_name,source_kind,id,stated,quote,date,place,killed:rdc\n"
    row = "actualite,Actualite,media,a{k},2023-01-05,{quote},2023-01-04,Goma,3\n"
    (folder / "actualite.csv").write_text(header + "".join(row.format(k=k, quote="shelling") for k in (1, 2)) +
                                          row.format(k=3, quote="shelling, near Goma"), encoding="utf-8")
    (printed,) = problems_of(folder)
    errors = (Path(__file__).parent.parent / "docs" / "errors.md").read_text(encoding="utf-8")
    assert printed.startswith("kivu/actualite.csv:4: quote: ")
    assert f"\n{printed}\n" in errors


# --- 6. add-source --speaks-for by a party's name --------------------------------------------------------------------

@pytest.mark.parametrize("written", ["Armenia", "Армения", " ARMENIA "])
def test_add_source_speaks_for_a_party_by_its_name(make_case: MakeCase, written: str) -> None:
    """``--speaks-for`` takes a party's name or alias as the files do (it was refused: "not a party of this case"),
    and the file gets the party's id."""
    folder = make_case({})
    code, _out, err = run("add-source", str(folder), "am-mod", "--kind", "belligerent", "--speaks-for", written)
    assert (code, err) == (0, "")
    assert [(s.id, s.speaks_for) for s in load_case(folder).sources] == [("am-mod", "armenia")]


def test_add_source_speaks_for_a_typo_asks_for_the_party_meant(make_case: MakeCase) -> None:
    folder = make_case({})
    code, _out, err = run("add-source", str(folder), "am-mod", "--kind", "belligerent", "--speaks-for", "armneia")
    assert code == 2
    assert err == ("reconcile: --speaks-for 'armneia': not a party of this case (armenia, azerbaijan, nkr); did you "
                   "mean 'armenia'?\n")
    assert not (folder / "am-mod.yaml").exists()


# --- 7. a damaged reconciliation.json (diff, --previous) -----------------------------------------------------------

@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The reconciliation.json of a small case, as data."""
    from reconcile.pipeline import reconcile
    from reconcile.serialize import to_json

    folder = tmp_path_factory.mktemp("written") / "test-case"
    folder.mkdir()
    (folder / "case.yaml").write_text("case: test-case\ntitle: T\nparties: [{id: armenia, name: Armenia}]\n")
    (folder / "am-mod.yaml").write_text(
        "source: {id: am-mod, name: M, kind: media}\nclaims:\n  - {id: c1, stated: 2012-06-04, quote: q, date: "
        "2012-06-04, place: Voskepar, casualties: [{party: armenia, killed: 3}]}\n")
    data: dict[str, object] = json.loads(to_json(reconcile(load_case(folder)), generated="g"))
    return data


@pytest.mark.parametrize(("damage", "told"), [
    (lambda d: d["events"][0].update(claims="abc"), "$.events[0].claims: expected a list, got \"abc\""),
    (lambda d: d["claims"][0].update(id=None), "$.claims[0].id: expected text, got null"),
    (lambda d: d["claims"][0].update(id=7), "$.claims[0].id: expected text, got 7"),
    (lambda d: d.update(events=5), "$.events: expected a list, got 5"),
    (lambda d: d["events"][0].pop("grade"), "$.events[0].grade: required field missing"),
])
def test_a_damaged_reconciliation_is_refused_naming_the_place(written: dict[str, object], damage: object,
                                                              told: str) -> None:
    """A value of the wrong type in a reconciliation.json is damage, named by its path (cattrs read ``null`` as the
    text 'None' and a text as a list of its letters, so ``diff`` and ``--previous`` told wrong changes)."""
    from reconcile.errors import OutputError
    from reconcile.serialize import from_json

    data = json.loads(json.dumps(written))
    damage(data)  # type: ignore[operator]
    with pytest.raises(OutputError) as info:
        from_json(json.dumps(data), name="old.json")
    assert str(info.value) == f"old.json: the file is damaged or incomplete ({told})"


def test_an_undamaged_reconciliation_reads_back(written: dict[str, object]) -> None:
    from reconcile.serialize import from_json, to_json

    reconciliation, generated = from_json(json.dumps(written))
    assert json.loads(to_json(reconciliation, generated=generated)) == written


# --- 8. a claim that both supersedes and adds to another -----------------------------------------------------------

@pytest.mark.parametrize(("name", "text", "told"), [
    ("am-mod.yaml", "source: {id: am-mod, name: M, kind: media}\nclaims:\n"
     "  - {id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Voskepar}\n"
     "  - {id: c2, stated: 2012-06-05, quote: q, date: 2012-06-04, place: Voskepar, supersedes: [c1],\n"
     "     adds_to: [am-mod/c1]}\n", "$.claims[1].adds_to[0]: names 'am-mod/c1'"),
    ("am-mod.csv", "source_id,source_name,source_kind,id,stated,quote,date,place,supersedes,adds_to\n"
     "am-mod,M,media,c1,2012-06-04,q,2012-06-04,Voskepar,,\nam-mod,M,media,c2,2012-06-05,q,2012-06-04,Voskepar,c1,c1\n",
     "adds_to: names 'c1'"),
])
def test_a_claim_cannot_supersede_and_add_to_one_claim(make_case: MakeCase, name: str, text: str,
                                                         told: str) -> None:
    """Replacing a claim's figures and adding to them contradict each other: the claim is rejected, not read as a
    revision (which dropped the figures it said it added to)."""
    assert rejected_reasons(make_case({name: text})) == (["am-mod/c1"], [
        f"am-mod/c2: {told}, which this claim also supersedes: a claim replaces another's figures (supersedes) or "
        "adds its own to them (adds_to), not both; keep one"])


# --- 9. an empty case.yaml or gazetteer.yaml ----------------------------------------------------------------------

@pytest.mark.parametrize(("name", "told"), [
    ("case.yaml", "the file is empty; case.yaml holds the case's `case` id, `title` and `parties` (reconcile new "
                  "writes one)"),
    ("gazetteer.yaml", "the file is empty; a gazetteer holds a `places:` list (`places: []` for none yet), or delete "
                       "the file"),
])
@pytest.mark.parametrize("text", ["", "# nothing yet\n"])
def test_an_empty_case_or_gazetteer_file_is_named_empty(make_case: MakeCase, name: str, told: str,
                                                        text: str) -> None:
    """Named as an empty source file is (it read "$: expected a mapping of keys to values, got nothing")."""
    assert problems_of(make_case({name: text, "am-mod.yaml": SOURCE})) == [f"test-case/{name}: {told}"]


# --- 10. a YAML !!timestamp with a time of day ------------------------------------------------------------------

@pytest.mark.parametrize(("field", "written", "shown"), [
    ("stated", "!!timestamp 2012-06-04T10:00:00Z", "'2012-06-04T10:00:00+00:00'"),
    ("date", "!!timestamp 2012-06-04 10:00:00", "'2012-06-04T10:00:00'"),
])
def test_a_tagged_timestamp_is_shown_as_written_not_as_python(make_case: MakeCase, field: str, written: str,
                                                               shown: str) -> None:
    """A moment made by YAML's ``!!timestamp`` is shown as ISO text (it showed ``datetime.datetime(2012, 6, 4, 10,
    0, ...)``, Python's form, in the message)."""
    claim = {"stated": "2012-06-04", "date": "2012-06-04", field: written}
    text = ("source: {id: am-mod, name: M, kind: media}\nclaims:\n  - id: c1\n    quote: q\n    place: Voskepar\n"
            f"    stated: {claim['stated']}\n    date: {claim['date']}\n")
    (problem,) = problems_of(make_case({"am-mod.yaml": text}))
    assert f", got {shown}; a time of day is not read: write the day alone, 2012-06-04" in problem
    assert "datetime" not in problem


# --- 11. an id whose accented letter is decomposed (NFD) ------------------------------------------------------------

def test_a_decomposed_letter_in_an_id_is_named(make_case: MakeCase) -> None:
    """An id written with e + U+0301 (as macOS saves text) looks like 'café': the message names the combining mark
    and the composed id to write (it gave only the id rule and the id, which showed as valid)."""
    text = ("source: {id: am-mod, name: M, kind: media}\nclaims:\n"
            "  - {id: \"cafe\\u0301\", stated: 2012-06-04, quote: q, date: 2012-06-04, place: Voskepar}\n")
    (problem,) = problems_of(make_case({"am-mod.yaml": text}))
    assert problem == (
        "test-case/am-mod.yaml:3: $.claims[0].id: an id is letters, digits, '.', '_', ':' and '-' (at most 200), "
        "starting with a letter or digit: it writes 'é' as 2 characters, 'e' and U+0301 (a combining mark, as some "
        "systems save accented letters); write each such letter as one character (the composed form, NFC: 'café') "
        "(got 'cafe\u0301')")


@given(st.text(st.sampled_from("ab1-éüñ"), min_size=1, max_size=8).filter(lambda t: t[0] not in "-"))
def test_every_decomposed_id_that_composes_to_a_valid_one_is_named(written: str) -> None:
    """Whatever the id, its decomposed form is refused naming a combining mark exactly when it holds one."""
    import unicodedata

    from reconcile.load import _id_problem

    decomposed = unicodedata.normalize("NFD", written)
    if decomposed != written:
        assert "combining mark" in _id_problem(decomposed)
        assert repr(written) in _id_problem(decomposed)
