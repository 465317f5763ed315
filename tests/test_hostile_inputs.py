"""Hostile inputs found by fuzzing: each is a clear problem naming file, line and field, never a traceback, and
nothing is dropped or changed silently."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile import _documents
from reconcile.cli import main
from reconcile.errors import CaseError
from reconcile.load import load_case
from reconcile.models import Count

from .conftest import CASE_YAML, MakeCase

HEADER = "source: {id: am-mod, name: M, kind: belligerent, speaks_for: armenia}\nclaims:\n"
CLAIM = "  - {id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Voskepar}\n"
OTHER = "  - {id: c2, stated: 2012-06-05, quote: q, date: 2012-06-05, place: Berdavan}\n"
LONG = "9" * 4301


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(CaseError) as info:
        load_case(folder)
    return [str(p) for p in info.value.problems]


def run_cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, err.getvalue()


def rejected_reasons(folder: Path) -> tuple[list[str], list[str]]:
    """The claims read and the reasons of the rejected ones, with --keep-going."""
    case = load_case(folder, on_bad_claim="reject")
    return [c.global_id for c in case.claims], [f"{r.claim}: {r.reason}" for r in case.rejected]


def json_source(*claims: str) -> str:
    return ('{"source": {"id": "am-mod", "name": "M", "kind": "monitor"},\n "claims": [\n  '
            + ",\n  ".join(claims) + "]}\n")


def json_claim(claim_id: str, extra: str = "", place: str = '"Voskepar"') -> str:
    return (f'{{"id": "{claim_id}", "stated": "2012-06-04", "quote": "q", "date": "2012-06-04", "place": {place}'
            f'{extra}}}')


# --- 1. integers longer than Python converts --------------------------------------------------------------------

TOO_LONG = "a number written with 4,301 digits (99999999...99999999) is too long to read (at most 4,300 digits)"


@pytest.mark.parametrize(("extra", "place", "field", "message"), [
    (f', "casualties": [{{"party": "armenia", "killed": {LONG}}}]', '"Voskepar"', "$.claims[0].casualties[0].killed",
     TOO_LONG),
    ("", LONG, "$.claims[0].place", TOO_LONG),
    ("", "-" + LONG, "$.claims[0].place", TOO_LONG.replace("(99999999...", "(-9999999...")),
])
def test_json_integer_too_long_rejects_its_claim(make_case: MakeCase, extra: str, place: str, field: str,
                                                 message: str) -> None:
    """A JSON integer of more than 4,300 digits is one problem at its field and line; --keep-going rejects only its
    claim."""
    text = json_source(json_claim("c1", extra, place), json_claim("c2"))
    folder = make_case({"am-mod.json": text})
    assert problems_of(folder) == [f"test-case/am-mod.json:3: {field}: {message}"]
    assert rejected_reasons(folder) == (["am-mod/c2"], [f"am-mod/c1: {field}: {message}"])


def test_json_integer_too_long_names_its_own_line(make_case: MakeCase) -> None:
    """In an indented file the problem is on the number's line, not the claim's."""
    data = {"source": {"id": "am-mod", "name": "M", "kind": "monitor"}, "claims": [
        {"id": "c1", "stated": "2012-06-04", "quote": "q", "date": "2012-06-04", "place": "Voskepar",
         "casualties": [{"party": "armenia", "wounded": 2, "killed": 12345}]}]}
    text = json.dumps(data, indent=2).replace("12345", LONG)
    line = text[: text.index(LONG)].count("\n") + 1
    assert problems_of(make_case({"am-mod.json": text})) == [
        f"test-case/am-mod.json:{line}: $.claims[0].casualties[0].killed: {TOO_LONG}"]


def test_json_integer_too_long_outside_a_claim_stops(make_case: MakeCase) -> None:
    """In the source header the same integer stops the file even with --keep-going."""
    text = json_source(json_claim("c1")).replace('"name": "M"', f'"name": {LONG}')
    folder = make_case({"am-mod.json": text})
    with pytest.raises(CaseError) as info:
        load_case(folder, on_bad_claim="reject")
    assert [str(p) for p in info.value.problems] == [f"test-case/am-mod.json:1: $.source.name: {TOO_LONG}"]


@pytest.mark.parametrize(("claim", "where"), [
    (f"  - {{id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: {LONG}}}\n", "4: $.claims[1].place"),
    ("  - {id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Voskepar,\n"
     f"     casualties: [{{party: armenia, killed: {LONG}}}]}}\n", "5: $.claims[1].casualties[0].killed"),
])
def test_yaml_integer_too_long_rejects_its_claim(make_case: MakeCase, claim: str, where: str) -> None:
    """In YAML the same integer is one plain problem with its line and field, not Python's hint."""
    folder = make_case({"am-mod.yaml": HEADER + OTHER + claim})
    assert problems_of(folder) == [f"test-case/am-mod.yaml:{where}: {TOO_LONG}"]
    assert rejected_reasons(folder)[0] == ["am-mod/c2"]


# --- 2. YAML tags that cannot build their value ------------------------------------------------------------------

TAG_CASES = [
    ("!!bool abc", "cannot read 'abc' as !!bool: expected true or false (yes/no, on/off); remove the tag to keep "
                   "the text as written"),
    ("!!timestamp x", "cannot read 'x' as !!timestamp: expected a date such as 2012-06-04 or a date and time such "
                      "as 2012-06-04 10:00:00; remove the tag to keep the text as written"),
    ("!!timestamp 2012-02-30", "cannot read '2012-02-30' as !!timestamp: expected a date such as 2012-06-04 or a "
                               "date and time such as 2012-06-04 10:00:00 (day is out of range for month); remove "
                               "the tag to keep the text as written"),
    ("!!int abc", "cannot read 'abc' as !!int: expected a whole number; remove the tag to keep the text as written"),
    ("!!float abc", "cannot read 'abc' as !!float: expected a number; remove the tag to keep the text as written"),
    ("!!binary a", "cannot read 'a' as !!binary: expected base64 data; remove the tag to keep the text as "
                       "written"),
    ("!!int [1]", "!!int needs a single value, not a list"),
]


@pytest.mark.parametrize(("value", "message"), TAG_CASES, ids=[value for value, _ in TAG_CASES])
@pytest.mark.parametrize("loader", ["libyaml", "pure-python"])
def test_bad_yaml_tag_rejects_its_claim(make_case: MakeCase, monkeypatch: pytest.MonkeyPatch, value: str,
                                        message: str, loader: str) -> None:
    """A tag that cannot build its value is a problem at the value's line and field, and rejects only its claim."""
    from reconcile import _documents

    if loader == "pure-python":
        monkeypatch.setattr(_documents, "_TextDatesLoader", _documents._PureTextDatesLoader)
    claim = CLAIM.replace("place: Voskepar", f"place: {value}")
    folder = make_case({"am-mod.yaml": HEADER + OTHER + claim})
    assert problems_of(folder) == [f"test-case/am-mod.yaml:4: $.claims[1].place: {message}"]
    assert rejected_reasons(folder) == (["am-mod/c2"], [f"am-mod/c1: $.claims[1].place: {message}"])


def test_bad_yaml_tag_in_a_count_is_one_problem(make_case: MakeCase) -> None:
    """The value kept in its place (the text) does not add a second problem about the same field."""
    claim = CLAIM.replace("}\n", ",\n     casualties: [{party: armenia, killed: !!int ten}]}\n")
    assert problems_of(make_case({"am-mod.yaml": HEADER + claim})) == [
        "test-case/am-mod.yaml:4: $.claims[0].casualties[0].killed: cannot read 'ten' as !!int: expected a whole "
        "number; remove the tag to keep the text as written"]


def test_bad_yaml_tag_in_case_yaml_and_gazetteer(make_case: MakeCase) -> None:
    """Outside a claim the problem stops the case, still with line and field."""
    from .conftest import CASE_YAML

    gazetteer = "places:\n  - id: x\n    name: !!timestamp x\n"
    folder = make_case({"case.yaml": CASE_YAML.replace("title: A test case", "title: !!bool maybe"),
                        "gazetteer.yaml": gazetteer, "am-mod.yaml": HEADER + CLAIM})
    with pytest.raises(CaseError) as info:
        load_case(folder, on_bad_claim="reject")
    assert [str(p) for p in info.value.problems] == [
        "test-case/case.yaml:2: $.title: cannot read 'maybe' as !!bool: expected true or false (yes/no, on/off); "
        "remove the tag to keep the text as written",
        "test-case/gazetteer.yaml:3: $.places[0].name: cannot read 'x' as !!timestamp: expected a date such as "
        "2012-06-04 or a date and time such as 2012-06-04 10:00:00; remove the tag to keep the text as written"]


def test_yaml_tag_of_the_wrong_kind_names_the_field(make_case: MakeCase) -> None:
    """A collection tag on a scalar stops the file with the value's line and field."""
    claim = CLAIM.replace("place: Voskepar", "place: !!map x")
    assert problems_of(make_case({"am-mod.yaml": HEADER + claim})) == [
        "test-case/am-mod.yaml:3: $.claims[0].place: invalid YAML: expected a mapping node, but found scalar"]


@pytest.mark.parametrize("value", [value for value, _ in TAG_CASES])
def test_bad_yaml_tag_through_the_cli(make_case: MakeCase, tmp_path: Path, value: str) -> None:
    """validate and run answer with problems, never an internal error."""
    folder = make_case({"am-mod.yaml": HEADER + OTHER + CLAIM.replace("place: Voskepar", f"place: {value}")})
    code, err = run_cli("validate", str(folder))
    assert code == 2
    assert "internal error" not in err
    code, err = run_cli("run", str(folder), "--keep-going", "--out", str(tmp_path / "out"), "--quiet")
    assert code == 0
    assert "internal error" not in err
    written = json.loads((tmp_path / "out" / "reconciliation.json").read_text(encoding="utf-8"))
    assert [r["claim"] for r in written["rejected"]] == ["am-mod/c1"]


# --- 3. a folder that cannot be listed ---------------------------------------------------------------------------


def test_unlistable_folder_is_a_problem(make_case: MakeCase, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder that cannot be listed (no permission) is a problem naming the folder, not a PermissionError."""
    folder = make_case({"am-mod.yaml": HEADER + CLAIM})
    real_iterdir = Path.iterdir

    def iterdir(self: Path):  # type: ignore[no-untyped-def]
        if self == folder.resolve():
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    assert problems_of(folder) == ["test-case: cannot list the folder's files: Permission denied"]
    code, err = run_cli("validate", str(folder))
    assert (code, err.splitlines()[0]) == (2, "test-case: cannot list the folder's files: Permission denied")


def test_unreadable_folder_is_a_problem(make_case: MakeCase, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder whose kind cannot even be looked up is a problem naming it."""
    folder = make_case({"am-mod.yaml": HEADER + CLAIM})

    def is_dir(self: Path) -> bool:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "is_dir", is_dir)
    assert problems_of(folder) == [f"{folder}: cannot read the folder: Permission denied"]


def test_unreadable_file_in_the_folder_is_a_problem(make_case: MakeCase, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file of the folder that cannot be looked up is a problem naming the file, not a broken link."""
    folder = make_case({"am-mod.yaml": HEADER + CLAIM})
    real_resolve = Path.resolve

    def resolve(self: Path, strict: bool = False) -> Path:
        if self.name == "am-mod.yaml":
            raise PermissionError(13, "Permission denied", str(self))
        return real_resolve(self, strict=strict)

    monkeypatch.setattr(Path, "resolve", resolve)
    assert problems_of(folder) == ["test-case/am-mod.yaml: cannot read the file: Permission denied"]


# --- 4. empty required CSV cells ---------------------------------------------------------------------------------


def test_empty_required_csv_cells_name_their_columns(make_case: MakeCase) -> None:
    """Each empty required cell is its own problem, named by its column."""
    text = ("source_id,source_name,source_kind,id,stated,quote,date,place\n"
            "am-mod,M,monitor,c1,2012-06-04,q,2012-06-04,Voskepar\n"
            "am-mod,M,monitor,c2,2012-06-04,,2012-06-04,\n")
    folder = make_case({"am-mod.csv": text})
    assert sorted(problems_of(folder)) == ["test-case/am-mod.csv:3: place: required, but missing",
                                           "test-case/am-mod.csv:3: quote: required, but missing"]
    code, err = run_cli("validate", str(folder))
    assert code == 2
    assert "2 problems" in err


# --- 5. raw control characters in YAML ---------------------------------------------------------------------------


@pytest.mark.parametrize("loader", ["libyaml", "pure-python"])
def test_yaml_control_character_names_line_and_column(make_case: MakeCase, monkeypatch: pytest.MonkeyPatch,
                                                      loader: str) -> None:
    """A raw control character is refused with its line and column (characters, not bytes), not its position."""
    from reconcile import _documents

    if loader == "pure-python":
        monkeypatch.setattr(_documents, "_TextDatesLoader", _documents._PureTextDatesLoader)
    claim = CLAIM.replace("quote: q", 'quote: "Ճակատ \x0b"')
    assert problems_of(make_case({"am-mod.yaml": HEADER + OTHER + claim})) == [
        "test-case/am-mod.yaml:4: invalid YAML: the character U+000B (column 48) is not allowed in a YAML file; "
        "delete it, or write it as the escape \\x0b inside double quotes"]


# --- 6. a key given twice in a JSON claim -------------------------------------------------------------------------


def test_json_duplicate_key_in_a_claim_rejects_only_that_claim(make_case: MakeCase) -> None:
    """As in YAML, a key given twice in a claim rejects that claim with the field's path; the rest is read."""
    first = json_claim("c1").replace('"quote": "q"', '"quote": "q",\n   "quote": "r"')
    folder = make_case({"am-mod.json": json_source(first, json_claim("c2"))})
    problem = "$.claims[0].quote: duplicate key 'quote' (first on line 3)"
    assert problems_of(folder) == [f"test-case/am-mod.json:4: {problem}"]
    assert rejected_reasons(folder) == (["am-mod/c2"], [f"am-mod/c1: {problem}"])


def test_json_duplicate_key_in_a_casualty_entry(make_case: MakeCase) -> None:
    extra = ', "casualties": [{"party": "armenia", "killed": 1, "killed": 2}]'
    folder = make_case({"am-mod.json": json_source(json_claim("c1", extra), json_claim("c2"))})
    assert rejected_reasons(folder) == (["am-mod/c2"], [
        "am-mod/c1: $.claims[0].casualties[0].killed: duplicate key 'killed' (first on line 3)"])


def test_json_duplicate_key_outside_a_claim_still_stops(make_case: MakeCase) -> None:
    text = json_source(json_claim("c1")).replace('"kind": "monitor"', '"kind": "monitor",\n "kind": "media"')
    with pytest.raises(CaseError) as info:
        load_case(make_case({"am-mod.json": text}), on_bad_claim="reject")
    assert [str(p) for p in info.value.problems] == [
        "test-case/am-mod.json:2: $.source.kind: duplicate key 'kind' (first on line 1)"]


# --- 7. YAML 1.1 number forms stay as written ----------------------------------------------------------------------


def test_yaml_number_forms_keep_their_text(make_case: MakeCase) -> None:
    """0604, 010, 0x10 and 1_000 are kept as written where text is expected; a count of 010 is ten."""
    text = HEADER + (
        "  - {id: 0604, stated: 2012-06-04, quote: 010, date: 2012-06-04, place: 0x10, region: 1_000,\n"
        "     casualties: [{party: armenia, killed: 010, wounded: 7}]}\n"
        "  - {id: 2012, stated: 2012-06-05, quote: '1:30', date: 2012-06-05, place: Voskepar, supersedes: ['0604']}\n")
    case = load_case(make_case({"am-mod.yaml": text}))
    first, second = sorted(case.claims, key=lambda c: c.stated)
    assert (first.id, first.quote, first.place, first.region) == ("0604", "010", "0x10", "1_000")
    assert first.casualties[0].killed == Count(10, 10, "010")
    assert first.casualties[0].wounded == Count(7, 7, "7")
    assert (second.id, second.supersedes) == ("2012", ("am-mod/0604",))


@pytest.mark.parametrize("count", ["1:30", "0x10", "0o10", "1_000", "0b11"])
def test_yaml_count_in_another_base_is_refused(make_case: MakeCase, count: str) -> None:
    """A count in base 60, 16, 8 or 2 is refused with the text as written, never read as another number."""
    claim = CLAIM.replace("}\n", f",\n     casualties: [{{party: armenia, killed: {count}}}]}}\n")
    (problem,) = problems_of(make_case({"am-mod.yaml": HEADER + claim}))
    assert problem.startswith(f"test-case/am-mod.yaml:4: $.claims[0].casualties[0].killed: cannot read a count from "
                              f"'{count}'; expected a whole number")


def test_yaml_plain_numbers_are_still_numbers(make_case: MakeCase) -> None:
    """Plain decimals stay numbers: gazetteer coordinates, counts, a float count refused as before."""
    gazetteer = "places:\n  - {id: x, name: X, lat: 41.05, lon: -45}\n"
    claim = CLAIM.replace("}\n", ",\n     casualties: [{party: armenia, killed: 0, wounded: 12}]}\n")
    case = load_case(make_case({"gazetteer.yaml": gazetteer, "am-mod.yaml": HEADER + claim}))
    assert (case.gazetteer[0].lat, case.gazetteer[0].lon) == (41.05, -45.0)
    assert case.claims[0].casualties[0].killed == Count(0, 0, "0")
    assert case.claims[0].casualties[0].wounded == Count(12, 12, "12")


# --- 8. cycles through adds_to; casualties that are not a list ------------------------------------------------------


def test_adds_to_cycle_names_adds_to(make_case: MakeCase) -> None:
    text = HEADER + CLAIM.replace("}\n", ", adds_to: [c2]}\n") + OTHER.replace("}\n", ", adds_to: [c1]}\n")
    assert problems_of(make_case({"am-mod.yaml": text})) == [
        "test-case/am-mod.yaml:3: $.claims[0].adds_to: supersedes/adds_to form a cycle: am-mod/c1 -> am-mod/c2 -> "
        "am-mod/c1",
        "test-case/am-mod.yaml:4: $.claims[1].adds_to: supersedes/adds_to form a cycle: am-mod/c1 -> am-mod/c2 -> "
        "am-mod/c1"]


def test_mixed_cycle_names_each_claims_own_field(make_case: MakeCase) -> None:
    text = HEADER + CLAIM.replace("}\n", ", supersedes: [c2]}\n") + OTHER.replace("}\n", ", adds_to: [c1]}\n")
    found = problems_of(make_case({"am-mod.yaml": text}))
    assert [problem.split(": ")[1] for problem in found] == ["$.claims[0].supersedes", "$.claims[1].adds_to"]


@pytest.mark.parametrize(("value", "got"), [("{party: armenia, killed: 1}", "a mapping"), ("lots", "text"),
                                            ("3", "a number")])
def test_casualties_that_are_not_a_list_are_one_problem(make_case: MakeCase, value: str, got: str) -> None:
    claim = CLAIM.replace("}\n", f", casualties: {value}}}\n")
    assert problems_of(make_case({"am-mod.yaml": HEADER + claim})) == [
        f"test-case/am-mod.yaml:3: $.claims[0].casualties: expected a list of casualty entries, got {got}"]


def test_parties_that_are_not_a_list_are_one_problem(make_case: MakeCase) -> None:
    case_yaml = "case: test-case\ntitle: T\nparties: {id: armenia, name: Armenia}\n"
    assert problems_of(make_case({"case.yaml": case_yaml, "am-mod.yaml": HEADER + CLAIM})) == [
        "test-case/case.yaml:3: $.parties: expected a list of parties, got a mapping"]


# --- a long string after the last object of a JSON file --------------------------------------------------------


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='ab"\\{}[],: \n\u00e9'),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(alphabet='k"{[\\'), inner, max_size=4),
    max_leaves=20,
)


def _brackets_outside_strings(text: str) -> list[int]:
    """Where ``[`` and ``{`` stand outside JSON strings, read one character at a time."""
    found: list[int] = []
    in_string = escaped = False
    for position, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            found.append(position)
    return found


@given(_JSON_VALUES)
def test_json_openings_are_found_in_order_each_search_starting_where_the_last_ended(value: object) -> None:
    """The objects and arrays of a JSON text are found where they open, in order (the brackets outside strings),
    each search starting where the last one ended: the text is read once, whatever follows the last opening (a
    place name of 99,000 characters after it took 24 s to validate)."""
    text = json.dumps(value, ensure_ascii=False)
    expected = _brackets_outside_strings(text)
    starts: list[int] = []
    real = _documents._OPENING

    class Counting:
        def match(self, string: str, position: int) -> re.Match[str] | None:
            starts.append(position)
            return real.match(string, position)

    with mock.patch.object(_documents, "_OPENING", Counting()):
        found = list(_documents._openings(text))
    assert found == expected
    assert len(starts) == len(expected) + 1  # one search per opening, and the one that finds no more
    assert starts == [0, *(real.match(text, start).end() for start in starts[:-1])]  # type: ignore[union-attr]


def test_a_json_claim_with_a_very_long_place_is_read(make_case: MakeCase) -> None:
    """A claim file whose last string is long (a place of 99,000 characters, within the text limit) is read."""
    place = " ".join(["Voskepar"] * 11_000)
    claim = {"id": "c1", "stated": "2012-06-04", "quote": "q", "date": "2012-06-04", "place": place}
    folder = make_case({"am-mod.json": json.dumps({
        "source": {"id": "am-mod", "name": "M", "kind": "belligerent", "speaks_for": "armenia"}, "claims": [claim]})})
    case = load_case(folder)
    assert [c.place for c in case.claims] == [place]


# --- 9. control characters: through escapes in YAML and JSON, raw in JSON and CSV ---------------------------------

CSV_HEADER = "source_id,source_name,source_kind,speaks_for,id,stated,quote,date,place,region,killed:armenia\n"
CSV_ROW = "am-mod,M,belligerent,armenia,{id},2012-06-04,{quote},2012-06-04,{place},{region},{killed}\n"


def csv_row(claim_id: str, quote: str = "q", place: str = "Voskepar", region: str = "", killed: str = "") -> str:
    return CSV_ROW.format(id=claim_id, quote=quote, place=place, region=region, killed=killed)


def c0_problem(shown: str, excerpt: str) -> str:
    """The problem of a C0 control or DEL, ``shown`` as its escape (and name), in the text ``excerpt``."""
    return (f"text with a control character ({shown}) is not allowed: text may hold tabs and line breaks but no "
            f"other control character; delete it (in {excerpt})")


def c1_problem(shown: str, excerpt: str, meant: str | None) -> str:
    """The problem of a C1 control, with the character Windows-1252 has in its place (``meant``) where it has one."""
    where = f" ({shown} stands where {meant} was meant)" if meant else ""
    return (f"text with a control character ({shown}) is not allowed: U+0080 to U+009F are control characters, and "
            f"in text they usually mean that Windows-1252 text was decoded as Latin-1{where}; write the character "
            f"meant (in {excerpt})")


YAML_CONTROL_ESCAPES = [
    ('"a \\0 b"', c0_problem("\\u0000, NUL", "'a \\x00 b'")),
    ('"shelling \\e[31m near"', c0_problem("\\u001b, escape", "'shelling \\x1b[31m near'")),
    ('"ring \\x07"', c0_problem("\\u0007, bell", "'ring \\x07'")),
    ('"form \\f feed"', c0_problem("\\u000c, form feed", "'form \\x0c feed'")),
    ('"del \\x7F"', c0_problem("\\u007f, delete", "'del \\x7f'")),
    ('"nul \\u0000"', c0_problem("\\u0000, NUL", "'nul \\x00'")),
    ('"esc \\U0000001b"', c0_problem("\\u001b, escape", "'esc \\x1b'")),
    ('"the enemy\\u0092s losses"', c1_problem("\\u0092", "'the enemy\\x92s losses'", "’")),
    ('"next line \\N"', c1_problem("\\u0085", "'next line \\x85'", "…")),
    ('"\\x81"', c1_problem("\\u0081", "'\\x81'", None)),
]


@pytest.mark.parametrize(("quote", "message"), YAML_CONTROL_ESCAPES, ids=[q for q, _ in YAML_CONTROL_ESCAPES])
@pytest.mark.parametrize("loader", ["libyaml", "pure-python"])
def test_yaml_control_escape_rejects_its_claim(make_case: MakeCase, monkeypatch: pytest.MonkeyPatch, quote: str,
                                               message: str, loader: str) -> None:
    """A control character written as an escape in a double-quoted YAML string rejects its claim, naming the field,
    the control as its escape and the text around it; tab, line feed and carriage return stay allowed."""
    if loader == "pure-python":
        monkeypatch.setattr(_documents, "_TextDatesLoader", _documents._PureTextDatesLoader)
    allowed = OTHER.replace("quote: q", 'quote: "a\\tb\\nc\\r"')
    folder = make_case({"am-mod.yaml": HEADER + allowed + CLAIM.replace("quote: q", f"quote: {quote}")})
    assert problems_of(folder) == [f"test-case/am-mod.yaml:4: $.claims[1].quote: {message}"]
    assert rejected_reasons(folder) == (["am-mod/c2"], [f"am-mod/c1: $.claims[1].quote: {message}"])
    assert load_case(folder, on_bad_claim="reject").claims[0].quote == "a\tb\nc\r"


JSON_CONTROLS = [
    ('"a \\u0000 b"', c0_problem("\\u0000, NUL", "'a \\x00 b'")),
    ('"shelling \\u001B[31m"', c0_problem("\\u001b, escape", "'shelling \\x1b[31m'")),
    ('"back\\bspace"', c0_problem("\\u0008, backspace", "'back\\x08space'")),
    ('"the enemy\\u0092s losses"', c1_problem("\\u0092", "'the enemy\\x92s losses'", "’")),
    ('"the enemy\u0092s losses"', c1_problem("\\u0092", "'the enemy\\x92s losses'", "’")),  # raw, as UTF-8
    ('"raw \u007f"', c0_problem("\\u007f, delete", "'raw \\x7f'")),
]


@pytest.mark.parametrize(("quote", "message"), JSON_CONTROLS, ids=["u0000", "u001b", "b", "u0092", "raw-c1", "raw-del"])
@pytest.mark.parametrize("path", ["fast", "careful"])
def test_json_control_character_rejects_its_claim(make_case: MakeCase, monkeypatch: pytest.MonkeyPatch, quote: str,
                                                  message: str, path: str) -> None:
    """In JSON a control character comes from an escape (\\u0000, \\b) or is written raw (DEL, C1): it rejects its
    claim, on the fast path for well-formed files and on the careful decoder's path alike."""
    text = json_source(json_claim("c1").replace('"quote": "q"', f'"quote": {quote}'),
                       json_claim("c2").replace('"quote": "q"', '"quote": "a\\tb\\nc"'))
    if path == "careful":
        monkeypatch.setattr(_documents, "_fast_json", lambda text, max_depth: None)
    else:
        assert _documents._fast_json(text, 64) is not None
    folder = make_case({"am-mod.json": text})
    assert problems_of(folder) == [f"test-case/am-mod.json:3: $.claims[0].quote: {message}"]
    assert rejected_reasons(folder) == (["am-mod/c2"], [f"am-mod/c1: $.claims[0].quote: {message}"])


def test_json_fast_and_careful_paths_find_the_same_controls(make_case: MakeCase,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A file with controls in values and keys, nested and in lists, gives the same problems on both paths."""
    extra = (', "supersedes": ["x\\u0007"], "casualties": [{"party": "arm\\u0085enia", "killed": 1}], '
             '"a\\u001fkey": 1')
    text = json_source(json_claim("c1", extra), json_claim("c2", ', "region": "R\\u009f"'), json_claim("c3"))

    def problems() -> list[tuple[str, int, str, str]]:
        with pytest.raises(CaseError) as info:
            load_case(make_case({"am-mod.json": text}))
        return [(p.file, p.line, p.field, p.message) for p in info.value.problems]

    assert _documents._fast_json(text, 64) is not None
    fast = problems()
    monkeypatch.setattr(_documents, "_fast_json", lambda text, max_depth: None)
    assert problems() == fast
    assert sorted((line, field, message[:30]) for _, line, field, message in fast) == [
        (3, "$.claims[0].casualties[0].party", "text with a control character "),
        (3, "$.claims[0].supersedes[0]", "text with a control character "),
        (3, "$.claims[0]['a\\x1fkey']", "a key with a control character"),
        (4, "$.claims[1].region", "text with a control character ")]
    assert rejected_reasons(make_case({"am-mod.json": text}))[0] == ["am-mod/c3"]


@pytest.mark.parametrize(("file", "text", "problem"), [
    ("case.yaml", CASE_YAML.replace("title: A test case", 'title: "A \\a case"'),
     "test-case/case.yaml:2: $.title: " + c0_problem("\\u0007, bell", "'A \\x07 case'")),
    ("gazetteer.yaml", 'places:\n  - id: x\n    name: "X\\u0096Y"\n',
     "test-case/gazetteer.yaml:3: $.places[0].name: " + c1_problem("\\u0096", "'X\\x96Y'", "–")),
    ("am-mod.yaml", HEADER.replace("name: M", 'name: "M\\e"') + CLAIM,
     "test-case/am-mod.yaml:1: $.source.name: " + c0_problem("\\u001b, escape", "'M\\x1b'")),
    ("am-mod.json", json_source(json_claim("c1")).replace('"name": "M"', '"name": "M\\u0000"'),
     "test-case/am-mod.json:1: $.source.name: " + c0_problem("\\u0000, NUL", "'M\\x00'")),
    ("am-mod.csv", CSV_HEADER + csv_row("c1").replace(",M,", ",M\x07,"),
     "test-case/am-mod.csv:2: source_name: " + c0_problem("\\u0007, bell", "'M\\x07'")),
    ("am-mod.csv", CSV_HEADER.replace("region", "region\x0b") + csv_row("c1"),
     "test-case/am-mod.csv:1: column 10 of the CSV header: " + c0_problem("\\u000b, vertical tab", "'region\\x0b'")),
])
def test_control_character_outside_a_claim_stops(make_case: MakeCase, file: str, text: str, problem: str) -> None:
    """In case.yaml, the gazetteer, a source header or a CSV header a control character stops the case, even with
    --keep-going, naming file, line and field."""
    files = {file: text.encode("utf-8")}
    if not file.startswith("am-mod"):
        files["am-mod.yaml"] = (HEADER + CLAIM).encode("utf-8")
    with pytest.raises(CaseError) as info:
        load_case(make_case(files), on_bad_claim="reject")
    assert [str(p) for p in info.value.problems] == [problem]


def test_csv_control_characters_reject_their_claim_naming_the_column(make_case: MakeCase) -> None:
    """CSV has no escapes, but a cell can hold a raw control character: the claim is rejected naming each column,
    a figure's column too, and a cell of only a control character (which `str.strip` would take for blank)."""
    text = (CSV_HEADER + csv_row("c1", quote="q\x07", killed="3\x1b", region="\x0b")
            + csv_row("c2", quote='"a\tb\r\nc"') + csv_row("c3").replace(",M,", ",M\x92,")
            + ",,,,\x1f,,,,,,\n" + csv_row("c4", killed="\x0c"))
    folder = make_case({"am-mod.csv": text.encode("utf-8")})
    read, reasons = rejected_reasons(folder)
    assert read == ["am-mod/c2"]
    assert reasons == [
        "am-mod/c1: quote: " + c0_problem("\\u0007, bell", "'q\\x07'") + "; region: "
        + c0_problem("\\u000b, vertical tab", "'\\x0b'") + "; killed:armenia: "
        + c0_problem("\\u001b, escape", "'3\\x1b'"),
        "am-mod/c3: source_name: " + c1_problem("\\u0092", "'M\\x92'", "’"),
        "None: id: " + c0_problem("\\u001f", "'\\x1f'")
        + "; source_id: the source columns must repeat the first row's values (line 2): got an empty cell, line 2 "
          "has 'am-mod'",
        "am-mod/c4: killed:armenia: " + c0_problem("\\u000c, form feed", "'\\x0c'"),
    ]
    # Tab and line break are read, not refused; the line break as \n, whichever convention wrote it.
    assert load_case(folder, on_bad_claim="reject").claims[0].quote == "a\tb\nc"


def test_yaml_key_with_a_control_escape_names_the_key(make_case: MakeCase) -> None:
    claim = CLAIM.replace("place: Voskepar", 'place: Voskepar, "col\\aour": red')
    assert rejected_reasons(make_case({"am-mod.yaml": HEADER + OTHER + claim})) == (["am-mod/c2"], [
        "am-mod/c1: $.claims[1]['col\\x07our']: "
        + c0_problem("\\u0007, bell", "'col\\x07our'").replace("text with", "a key with", 1)])


def test_files_without_a_control_escape_are_not_searched(make_case: MakeCase,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The search of every value runs only for a file whose text holds an escape (or raw character) that can make
    a control character or a surrogate: clean files cost nothing more to read."""

    def searched(data: object) -> list[object]:
        raise AssertionError("a clean file was searched value by value")

    monkeypatch.setattr(_documents, "text_warnings", searched)
    csv_text = CSV_HEADER + csv_row("c2", quote='"tab\there"')
    case = load_case(make_case({"am-mod.yaml": HEADER + CLAIM.replace("quote: q", 'quote: "a\\tb \\u00e9 \\\\e"'),
                                "osce.json": json_source(json_claim("c1", ', "region": "a\\tb\\u00e9\\\\b"'))
                                .replace('"am-mod"', '"osce"'),
                                "az.csv": csv_text.replace("am-mod,", "az,")}))
    assert sorted(claim.quote for claim in case.claims) == ["a\tb é \\e", "q", "tab\there"]
    assert not _documents.raw_controls("é \u00a0 « » tab\t\r\n".encode())


@pytest.mark.parametrize("raw", [b"\x00", b"\x07", b"\x1b", b"\x7f", "\u0080".encode(), "\u0092".encode(),
                                 "\u009f".encode()])
def test_raw_controls_are_found_in_the_bytes(raw: bytes) -> None:
    assert _documents.raw_controls("Ոսկեպար ".encode() + raw + b" x")


# --- 10. numbers where text is expected keep their written form ---------------------------------------------------


def test_yaml_decimals_in_text_fields_keep_their_written_form(make_case: MakeCase) -> None:
    """``1.50``, ``1.10``, ``1.0e+3`` and ``.inf`` are YAML numbers; in a field of text they are the text as written
    (``1.50`` stays "1.50", as ``0604`` stays "0604"), in ids, quotes, places, regions, events, references and lists
    of ids alike."""
    text = HEADER + (
        "  - {id: 1.10, stated: 2012-06-04, quote: 1.50, date: 2012-06-04, place: 1e3, region: 1.0e+3, event: .inf,\n"
        "     reference: -0.50, url: 2.0}\n"
        "  - {id: 1.20, stated: 2012-06-05, quote: 10.0, date: 2012-06-05, place: Voskepar, supersedes: [1.10],\n"
        "     relays: 1.00}\n")
    case = load_case(make_case({"am-mod.yaml": text}))
    first, second = sorted(case.claims, key=lambda c: c.stated)
    assert (first.id, first.quote, first.place, first.region, first.event, first.reference, first.url) == (
        "1.10", "1.50", "1e3", "1.0e+3", ".inf", "-0.50", "2.0")
    assert (second.id, second.quote, second.supersedes, second.relays) == ("1.20", "10.0", ("am-mod/1.10",), "1.00")


def test_decimals_in_text_outside_claims_and_in_json(make_case: MakeCase) -> None:
    """The same in case.yaml, the gazetteer and a source header; JSON numbers in text fields are their text too;
    numbers where numbers belong are unchanged."""
    case_yaml = CASE_YAML.replace("title: A test case", "title: 2012.10").replace(
        "aliases: [NKR, Artsakh]", "aliases: [NKR, Artsakh, 3.50]")
    gazetteer = "places:\n  - {id: 1.50, name: 2.50, variants: [2.500], region: 0.10, lat: 41.05, lon: -45}\n"
    source = json_source(json_claim("c1").replace('"quote": "q"', '"quote": 1.50').replace('"id": "c1"', '"id": 1.10')
                         .replace('"place": "Voskepar"', '"place": 1E3'))
    case = load_case(make_case({"case.yaml": case_yaml, "gazetteer.yaml": gazetteer,
                                "osce.json": source.replace('"name": "M"', '"name": 4.20').replace("am-mod", "osce")}))
    assert case.title == "2012.10"
    assert [p.aliases for p in case.parties if p.id == "nkr"] == [("NKR", "Artsakh", "3.50")]
    place = case.gazetteer[0]
    assert (place.id, place.name, place.variants, place.region) == ("1.50", "2.50", ("2.500",), "0.10")
    assert (place.lat, place.lon) == (41.05, -45.0)
    assert type(place.lat) is float
    assert [(s.name, s.id) for s in case.sources] == [("4.20", "osce")]
    assert [(c.id, c.quote, c.place) for c in case.claims] == [("1.10", "1.50", "1E3")]


@pytest.mark.parametrize("form", ["yaml", "json"])
def test_decimal_counts_are_still_numbers(make_case: MakeCase, form: str) -> None:
    """A count of 2.50 stays a number where a number belongs, refused as before (named as written), while the same
    2.50 as a quote is its text."""
    if form == "yaml":
        text = HEADER + CLAIM.replace("}\n", ", casualties: [{party: armenia, killed: 2.50}]}\n") + OTHER.replace(
            "quote: q", "quote: 2.50")
        folder = make_case({"am-mod.yaml": text})
    else:
        folder = make_case({"am-mod.json": json_source(
            json_claim("c1", ', "casualties": [{"party": "armenia", "killed": 2.50}]'),
            json_claim("c2").replace('"quote": "q"', '"quote": 2.50'))})
    case = load_case(folder, on_bad_claim="reject")
    assert [(c.id, c.quote) for c in case.claims] == [("c2", "2.50")]
    assert [r.reason for r in case.rejected] == [
        "$.claims[0].casualties[0].killed: a count must be a whole number, got 2.50"]


def test_yaml_true_false_in_text_says_to_quote_it(make_case: MakeCase) -> None:
    """``quote: yes`` is YAML's true, whose written form is gone: the problem says to put it in quotes."""
    folder = make_case({"am-mod.yaml": HEADER + OTHER + CLAIM.replace("place: Voskepar", "place: No")})
    assert problems_of(folder) == [
        "test-case/am-mod.yaml:4: $.claims[1].place: expected text, got true/false (YAML reads a plain yes, no, on, "
        "off, true or false so); put the value in quotes to keep it as text"]


# --- 11. unknown and Python tags ---------------------------------------------------------------------------------

UNKNOWN_TAG = ("unknown tag '!foo': claim files hold plain YAML data (text, numbers, lists and mappings); remove the "
               "tag to keep the value as written")


def python_tag(tag: str) -> str:
    return (f"the tag '{tag}' asks YAML to build a Python object, which reconcile never does: remove the tag to keep "
            "the value as plain data")


@pytest.mark.parametrize(("value", "message"), [
    ("!foo bar", UNKNOWN_TAG),
    ("!foo [a, b]", UNKNOWN_TAG),
    ("!!python/object:os.system x", python_tag("!!python/object:os.system")),
    ("!!python/object/apply:os.system ['touch {marker}']", python_tag("!!python/object/apply:os.system")),
    ("!!python/name:os.system ''", python_tag("!!python/name:os.system")),
])
@pytest.mark.parametrize("loader", ["libyaml", "pure-python"])
def test_yaml_tag_without_a_constructor_rejects_its_claim(make_case: MakeCase, monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path, value: str, message: str,
                                                          loader: str) -> None:
    """An unknown tag or a Python tag in a claim is a problem at the value's field and line, rejecting only its claim;
    nothing is built or run."""
    if loader == "pure-python":
        monkeypatch.setattr(_documents, "_TextDatesLoader", _documents._PureTextDatesLoader)
    marker = tmp_path / "pwned"
    claim = CLAIM.replace("quote: q, date: 2012-06-04, place: Voskepar",
                          f"quote: q, date: 2012-06-04,\n     place: {value.format(marker=marker)}")
    folder = make_case({"am-mod.yaml": HEADER + OTHER + claim})
    assert problems_of(folder) == [f"test-case/am-mod.yaml:5: $.claims[1].place: {message}"]
    assert rejected_reasons(folder) == (["am-mod/c2"], [f"am-mod/c1: $.claims[1].place: {message}"])
    assert not marker.exists()


def test_yaml_tag_on_a_whole_claim_rejects_it_by_its_id(make_case: MakeCase, tmp_path: Path) -> None:
    claim = CLAIM.replace("  - {", "  - !foo {")
    folder = make_case({"am-mod.yaml": HEADER + OTHER + claim})
    assert rejected_reasons(folder) == (["am-mod/c2"], [f"am-mod/c1: $.claims[1]: {UNKNOWN_TAG}"])
    code, err = run_cli("run", str(folder), "--keep-going", "--out", str(tmp_path / "out"), "--quiet")
    assert code == 0
    assert "internal error" not in err


@pytest.mark.parametrize(("file", "text", "problem"), [
    ("am-mod.yaml", HEADER.replace("name: M", "name: !foo M") + CLAIM, f"am-mod.yaml:1: $.source.name: {UNKNOWN_TAG}"),
    ("am-mod.yaml", HEADER.replace("claims:", "claims: !!python/object/new:list") + CLAIM,
     f"am-mod.yaml:2: $.claims: {python_tag('!!python/object/new:list')}"),
    ("case.yaml", CASE_YAML.replace("title: A test case", "title: !!python/object:os.system x"),
     f"case.yaml:2: $.title: {python_tag('!!python/object:os.system')}"),
    ("gazetteer.yaml", "places:\n  - id: x\n    name: !foo X\n", f"gazetteer.yaml:3: $.places[0].name: {UNKNOWN_TAG}"),
])
def test_yaml_tag_outside_a_claim_stops_naming_the_field(make_case: MakeCase, file: str, text: str,
                                                         problem: str) -> None:
    files = {"am-mod.yaml": HEADER + CLAIM, file: text}
    with pytest.raises(CaseError) as info:
        load_case(make_case(files), on_bad_claim="reject")
    assert [str(p) for p in info.value.problems] == [f"test-case/{problem}"]
    code, err = run_cli("validate", str(make_case(files)))
    assert (code, err.splitlines()[0]) == (2, f"test-case/{problem}")


# --- 12. text that is empty or shows nothing ---------------------------------------------------------------------

ZWSP = "\\u200b"  # as written in a double-quoted YAML string or in JSON


def invisible(escapes: str) -> str:
    return f"it holds only invisible characters ({escapes})"


OPTIONAL_INVISIBLE = "holds only invisible characters ({}): leave the field out if it has no value, or write the value"


@pytest.mark.parametrize(("field", "value", "message"), [
    ("place", f'"{ZWSP}"', f"must not be empty: {invisible(ZWSP)} (got '\\u200b')"),
    ("place", '"\\u00ad \\u2060\\ufeff"', "must not be empty: " + invisible("\\u00ad, \\u2060, \\ufeff")
     + " (got '\\xad \\u2060\\ufeff')"),
    ("quote", '"\\u200c\\u200d\\u3000"', "must not be empty: " + invisible("\\u200c, \\u200d")
     + " (got '\\u200c\\u200d\\u3000')"),
    ("id", f'"{ZWSP}"', f"must not be empty: {invisible(ZWSP)} (got '\\u200b')"),
    ("region", f'"{ZWSP} "', OPTIONAL_INVISIBLE.format(ZWSP) + " (got '\\u200b ')"),
    ("initiator", '"\\u2060"', OPTIONAL_INVISIBLE.format("\\u2060") + " (got '\\u2060')"),
    # Letters and symbols that Unicode says show nothing: the Hangul fillers, a variation selector, blank Braille
    # (Python's repr shows them as they are: the escapes in the message name them).
    ("place", '"\\u3164"', "must not be empty: " + invisible("\\u3164") + " (got " + repr("\u3164") + ")"),
    ("quote", '"\\u115f\\u1160\\uffa0 \\u034f"', "must not be empty: "
     + invisible("\\u115f, \\u1160, \\uffa0, \\u034f") + " (got " + repr("\u115f\u1160\uffa0 \u034f") + ")"),
    # Astral ignorables, written as themselves (JSON has no 8-digit escape): named with their 8-digit escape.
    ("place", '"\U000e0100\U0001d173"', "must not be empty: " + invisible("\\U000e0100, \\U0001d173")
     + " (got " + repr("\U000e0100\U0001d173") + ")"),
    ("region", '"\\ufe0f\\u2800"',
     OPTIONAL_INVISIBLE.format("\\ufe0f, \\u2800") + " (got " + repr("\ufe0f\u2800") + ")"),
])
@pytest.mark.parametrize("form", ["yaml", "json"])
def test_invisible_text_rejects_its_claim(make_case: MakeCase, field: str, value: str, message: str,
                                          form: str) -> None:
    """Required text of only invisible characters (zero-width space, soft hyphen, word joiner, byte-order mark...)
    is empty; optional text of only invisible characters is a problem too, not silently kept."""
    fields = {"id": '"c1"', "stated": '"2012-06-04"', "quote": '"q"', "date": '"2012-06-04"', "place": '"Voskepar"',
              field: value}  # the escapes are written alike in YAML's double-quoted strings and in JSON
    if form == "yaml":
        claim = "  - {" + ", ".join(f"{key}: {text}" for key, text in fields.items()) + "}\n"
        files, where = {"am-mod.yaml": HEADER + OTHER + claim}, "am-mod.yaml:4: $.claims[1]"
    else:
        claim = "{" + ", ".join(f'"{key}": {text}' for key, text in fields.items()) + "}"
        files, where = {"am-mod.json": json_source(claim, json_claim("c2"))}, "am-mod.json:3: $.claims[0]"
    assert problems_of(make_case(files)) == [f"test-case/{where}.{field}: {message}"]
    assert rejected_reasons(make_case(files))[0] == ["am-mod/c2"]


def test_a_party_of_invisible_characters_rejects_its_claim(make_case: MakeCase) -> None:
    claim = CLAIM.replace("}\n", ', casualties: [{party: "\\u200d", killed: 1}, {party: " ", killed: 2}]}\n')
    assert problems_of(make_case({"am-mod.yaml": HEADER + claim})) == [
        "test-case/am-mod.yaml:3: $.claims[0].casualties[0].party: must not be empty: " + invisible("\\u200d")
        + " (got '\\u200d')",
        "test-case/am-mod.yaml:3: $.claims[0].casualties[1].party: must not be empty (got ' ')"]


def test_an_invisible_list_item_is_named_at_its_own_index(make_case: MakeCase) -> None:
    """Blank items of a list are left out as absent, but an item of only invisible characters beside them is named
    by its index in the file, not in the list without the blanks."""
    claim = CLAIM.replace("}\n", ', supersedes: ["", " ", "\\u200b"]}\n')
    found = problems_of(make_case({"am-mod.yaml": HEADER + claim}))
    assert len(found) == 1
    assert found[0].startswith(f"test-case/am-mod.yaml:3: $.claims[0].supersedes: item 2 "
                               f"{OPTIONAL_INVISIBLE.format(ZWSP)}")


def test_text_with_something_visible_is_kept_as_written(make_case: MakeCase) -> None:
    """Invisible characters beside visible ones are the source's text: kept, never stripped; only text with
    nothing visible is refused."""
    claim = CLAIM.replace("place: Voskepar", 'place: "\\u200bVoskepar\\u00ad", region: "\\u2060Tavush"')
    hidden = OTHER.replace("place: Berdavan", 'place: "\\u200b\\u00ad"')
    case = load_case(make_case({"am-mod.yaml": HEADER + claim.replace("quote: q", 'quote: " q\\u200d "') + hidden}),
                     on_bad_claim="reject")
    assert [(c.quote, c.place, c.region) for c in case.claims] == [(" q\u200d ", "\u200bVoskepar\u00ad",
                                                                    "\u2060Tavush")]
    assert [r.claim for r in case.rejected] == ["am-mod/c2"]


def test_optional_text_that_is_empty_or_whitespace_is_absent(make_case: MakeCase) -> None:
    """An optional field given as empty or whitespace reads as left out, as an empty CSV cell does: reference, url,
    region, event, initiator and relays are None, stance and category their defaults, empty ids in lists dropped."""
    claim = CLAIM.replace("}\n", (', reference: "", url: " ", region: "\\u3000", event: "\\t", initiator: " ", '
                                  'relays: "", stance: " ", supersedes: ["", " "], adds_to: "",\n'
                                  '     casualties: [{party: armenia, category: " ", killed: 1}]}\n'))
    (claim_read,) = load_case(make_case({"am-mod.yaml": HEADER + claim})).claims
    assert (claim_read.reference, claim_read.url, claim_read.region, claim_read.event, claim_read.initiator,
            claim_read.relays) == (None,) * 6
    assert (claim_read.stance, claim_read.supersedes, claim_read.adds_to) == ("asserts", (), ())
    assert [(c.party, c.category) for c in claim_read.casualties] == [("armenia", "unknown")]


@pytest.mark.parametrize(("file", "text", "problem"), [
    ("am-mod.yaml", HEADER.replace("name: M", f'name: "{ZWSP}"') + CLAIM,
     f"am-mod.yaml:1: $.source.name: must not be empty: {invisible(ZWSP)} (got '\\u200b')"),
    ("am-mod.yaml", HEADER.replace("name: M", 'name: " "') + CLAIM, "am-mod.yaml:1: $.source.name: must not be empty "
                                                                    "(got ' ')"),
    ("am-mod.yaml", HEADER.replace("speaks_for: armenia", 'speaks_for: "\\u00ad"') + CLAIM,
     "am-mod.yaml:1: $.source.speaks_for: holds only invisible characters (\\u00ad): leave the field out if it has no "
     "value, or write the value (got '\\xad')"),
    ("case.yaml", CASE_YAML.replace("title: A test case", f'title: "{ZWSP}"'),
     f"case.yaml:2: $.title: must not be empty: {invisible(ZWSP)} (got '\\u200b')"),
    ("case.yaml", CASE_YAML.replace("name: Armenia", 'name: "\\ufeff"'),
     "case.yaml:5: $.parties[0].name: must not be empty: it holds only invisible characters (\\ufeff) "
     "(got '\\ufeff')"),
    ("case.yaml", CASE_YAML.replace("aliases: [NKR, Artsakh]", f'aliases: [NKR, "{ZWSP}", Artsakh]'),
     f"case.yaml:12: $.parties[2].aliases[1]: holds only invisible characters ({ZWSP}): leave the field out if it "
     "has no value, or write the value (got '\\u200b')"),
    ("gazetteer.yaml", f'places:\n  - id: x\n    name: "{ZWSP}"\n',
     f"gazetteer.yaml:3: $.places[0].name: must not be empty: {invisible(ZWSP)} (got '\\u200b')"),
    ("gazetteer.yaml", 'places:\n  - id: " "\n    name: X\n', "gazetteer.yaml:2: $.places[0].id: must not be empty "
                                                             "(got ' ')"),
    ("am-mod.csv", CSV_HEADER + csv_row("c1").replace(",M,", ",\u200b,"),
     f"am-mod.csv:2: source_name: must not be empty: {invisible(ZWSP)}"),
])
def test_empty_text_outside_a_claim_stops(make_case: MakeCase, file: str, text: str, problem: str) -> None:
    """A source's name, the case's title, a party's name, a gazetteer entry's id or name must show something; an
    alias, a region or a party to speak for of only invisible characters is named too."""
    files = {"am-mod.yaml": HEADER + CLAIM, file: text}
    with pytest.raises(CaseError) as info:
        load_case(make_case(files), on_bad_claim="reject")
    assert [str(p) for p in info.value.problems] == [f"test-case/{problem}"]


def test_csv_cells_of_invisible_characters_reject_their_claim(make_case: MakeCase) -> None:
    """A CSV cell of only invisible characters is not an empty cell: the claim is rejected naming the column; a
    cell of only whitespace is an empty cell."""
    text = CSV_HEADER + csv_row("c1", place="\u200b", region="\u2060") + csv_row("c2", region=" \u3000 ")
    read, reasons = rejected_reasons(make_case({"am-mod.csv": text.encode("utf-8")}))
    assert read == ["am-mod/c2"]
    assert reasons == [
        f"am-mod/c1: place: must not be empty: {invisible(ZWSP)} (got '\\u200b'); region: holds only invisible "
        "characters (\\u2060): leave the field out if it has no value, or write the value (got '\\u2060')"]


# --- 13. CSV rows of empty cells -----------------------------------------------------------------------------------


def test_csv_rows_of_empty_or_whitespace_cells_are_skipped_and_documented(make_case: MakeCase) -> None:
    """Spreadsheets export rows of only separators: such a row, or one whose cells are only whitespace, is
    skipped (the lines of the other rows are kept), and docs/errors.md says so under "What is accepted"; a row
    holding a control character is not empty."""
    text = (CSV_HEADER + csv_row("c1") + ",,,,,,,,,,\n" + " , ,\t,  ,\u3000,,,,,,\n" + csv_row("c2") + ",,,\n"
            + ",,,,,,,\x0b,,,\n")
    folder = make_case({"am-mod.csv": text.encode("utf-8")})
    case = load_case(folder, on_bad_claim="reject")
    assert [(c.id, c.line) for c in case.claims] == [("c1", 2), ("c2", 5)]
    assert [(r.line, r.reason.split(" (")[0]) for r in case.rejected] == [
        (7, "date: text with a control character")]
    accepted = (Path(__file__).parent.parent / "docs" / "errors.md").read_text(encoding="utf-8").split(
        "## What is accepted")[1].split("\n## ")[0]
    assert ("A CSV row whose cells are all empty or only whitespace (`,,,,`, as spreadsheets export blank rows) is "
            "skipped") in " ".join(accepted.split())


def test_csv_whose_first_row_is_short_reads_the_source_from_a_full_row(make_case: MakeCase) -> None:
    """A first row with fewer cells than the header is rejected for that, not a crash; the source is read from the
    first full row."""
    text = "id,stated,quote,date,place,source_id,source_name,source_kind\nc1,2012-06-04\n" \
           "c2,2012-06-04,q,2012-06-04,Voskepar,am-mod,M,monitor\n"
    assert rejected_reasons(make_case({"am-mod.csv": text})) == (
        ["am-mod/c2"], ["am-mod/c1: quote: the row has 2 cells; the header has 8: no cell for the columns quote, date, "
                        "place, source_id, source_name and 1 more (every row needs a cell, empty or not, for each "
                        "column: a cell or a comma is missing)"])


# --- 14. bytes that cannot be what was meant: legacy encodings, files cut short, workbooks -------------------------

CYRILLIC_YAML = HEADER + ("  - id: c1\n    stated: 2012-06-04\n    quote: противник отброшен\n    date: 2012-06-04\n"
                          "    place: Voskepar\n")


@pytest.mark.parametrize(("codec", "said", "script", "quote"), [
    ("cp1251", "Windows-1251", "Cyrillic", "противник отброшен"),
    ("koi8_r", "KOI8-R", "Cyrillic", "противник отброшен"),
    ("cp1251", "Windows-1251", "Cyrillic", "ПРОТИВНИК ВІДКИНУТИЙ"),
    ("koi8_r", "KOI8-R", "Cyrillic", "ПРОТИВНИК ОТБРОШЕН"),
    ("cp1253", "Windows-1253", "Greek", "Δύο στρατιώτες σκοτώθηκαν"),
])
def test_a_file_in_a_windows_encoding_is_named_with_its_line_as_it_reads(make_case: MakeCase, codec: str, said: str,
                                                                         script: str, quote: str) -> None:
    """A Russian, Ukrainian or Greek Windows (or old Unix) export names the encoding it is most likely in and shows
    its line as that encoding reads it, for the user to confirm: the guess is not certain, so the file is not read
    in it."""
    text = CYRILLIC_YAML.replace("противник отброшен", quote).encode(codec)
    assert problems_of(make_case({"am-mod.yaml": text})) == [
        f"test-case/am-mod.yaml:5: the file is not UTF-8: byte 0x{quote.encode(codec)[:1].hex()} cannot be "
        f"decoded; it reads as {script} text in {said}, in which line 5 is 'quote: {quote}': if that is "
        f"the text, open the file as {said} in an editor, then save the file as UTF-8"]


def test_a_long_line_in_a_legacy_encoding_is_shown_around_its_byte(make_case: MakeCase) -> None:
    text = HEADER + f"  - {{id: c1, stated: 2012-06-04, quote: {'x' * 100} Güneş {'y' * 100}, date: 2012-06-04}}\n"
    (problem,) = problems_of(make_case({"am-mod.yaml": text.encode("cp1252", errors="replace")}))
    assert f"in which line 3 is '…{'x' * 38} Güne? {'y' * 35}…'" in problem


def test_utf8_with_a_pasted_byte_of_another_encoding_gets_no_guess(make_case: MakeCase) -> None:
    """A UTF-8 file with one byte of Windows-1251 pasted in is no Windows-1251 file: reading it so would spoil the
    rest, so only the byte is named."""
    text = CYRILLIC_YAML.encode("utf-8").replace("отброшен".encode(), "отброшен".encode("cp1251"))
    assert problems_of(make_case({"am-mod.yaml": text})) == [
        "test-case/am-mod.yaml:5: the file is not UTF-8: byte 0xee cannot be decoded; save the file as UTF-8"]


@pytest.mark.parametrize("name", ["am-mod.yaml", "am-mod.json", "am-mod.csv", "case.yaml"])
def test_a_file_cut_short_inside_a_letter_is_told_as_cut_short(make_case: MakeCase, name: str) -> None:
    """The file is UTF-8, cut short by a copy or download that stopped: saving it as UTF-8, which the message said,
    would not bring back what is missing."""
    raw = "противник".encode()
    text = b"# \xd0\xb0\n" + raw[:3] if name != "am-mod.csv" else b"source_id,\xd0\xb0\n" + raw[:3]
    problems = problems_of(make_case({name: text}))
    assert problems == [
        f"test-case/{name}:2: the file ends in the middle of a character (its last bytes, 0xd1, begin a letter "
        "that UTF-8 writes in more bytes): the file was cut short, as by a copy or download that stopped; get the "
        "whole file again, since what followed is missing"]


def test_a_lead_byte_at_the_end_of_an_ascii_file_is_read_as_another_encoding(make_case: MakeCase) -> None:
    """``café`` at the very end of a Windows-1252 file is a letter of it, not a cut UTF-8 letter."""
    text = (HEADER + "  - {id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: café}").encode("cp1252")
    (problem,) = problems_of(make_case({"am-mod.yaml": text}))
    assert problem.startswith("test-case/am-mod.yaml:3: the file is not UTF-8: byte 0xe9 cannot be decoded; it "
                              "reads as Latin text in Windows-1252")


@pytest.mark.parametrize(("name", "tail", "line", "said"), [
    ("am-mod.json", b"\x00" * 4096, 16, "ends in 4,096 zero bytes"),
    ("am-mod.csv", b"\x00", 3, "ends in 1 zero byte"),
    ("am-mod.yaml", b"\x00\x00", 4, "ends in 2 zero bytes"),
])
def test_a_file_ending_in_zero_bytes_is_told_as_unfinished(make_case: MakeCase, name: str, tail: bytes, line: int,
                                                           said: str) -> None:
    """A file whose copy or save stopped before the space kept for it was filled ends in zero bytes: it was told as
    a second JSON document, a short CSV row or a character YAML refuses."""
    text = {"am-mod.json": json.dumps({"source": {"id": "am-mod", "name": "M", "kind": "media"}, "claims": [
                {"id": "c1", "stated": "2012-06-04", "quote": "q", "date": "2012-06-04", "place": "Voskepar"}]},
                indent=1),
            "am-mod.csv": "source_id,source_name,source_kind,id,stated,quote,date,place\n"
                          "am-mod,M,media,c1,2012-06-04,q,2012-06-04,Voskepar\n",
            "am-mod.yaml": HEADER + CLAIM}[name]
    assert problems_of(make_case({name: text.encode() + tail})) == [
        f"test-case/{name}:{line}: the file {said} (NUL), as a file does whose copy, download or save stopped before "
        "its end: get the whole file again, since what followed may be missing (or, if the file is whole, delete "
        "them)"]


def test_a_file_of_zero_bytes_only_says_so(make_case: MakeCase) -> None:
    assert problems_of(make_case({"am-mod.csv": b"\x00" * 100})) == [
        "test-case/am-mod.csv:1: the file holds nothing but 100 zero bytes (NUL), as a file does whose copy, download "
        "or save stopped before its end: get the whole file again, since what followed may be missing (or, if the "
        "file is whole, delete them)"]


@pytest.mark.parametrize(("start", "kind"), [
    (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive (an Excel .xlsx or OpenDocument .ods workbook is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "an Office document of the old format (an Excel .xls workbook is one)"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "a PDF document"),
])
def test_a_workbook_saved_under_a_claim_files_name_is_named(make_case: MakeCase, start: bytes, kind: str) -> None:
    """A workbook renamed to ``.csv`` was told as a byte that is not UTF-8, and "save the file as UTF-8" (which a
    workbook cannot be)."""
    assert problems_of(make_case({"am-mod.csv": start + bytes(range(256)) * 4})) == [
        f"test-case/am-mod.csv:1: the file is {kind}, not text: claim files are text (YAML, JSON or CSV); a workbook "
        "is read once saved from its program as \"CSV UTF-8 (Comma delimited)\""]


def test_utf16_without_a_byte_order_mark_is_still_named_whatever_its_end(make_case: MakeCase) -> None:
    """UTF-16 (little-endian) ends in a zero byte: it is named as UTF-16, not as a file ending in zero bytes."""
    assert problems_of(make_case({"am-mod.yaml": (HEADER + CLAIM).encode("utf-16-le")})) == [
        "test-case/am-mod.yaml:1: the file is UTF-16, not UTF-8; save the file as UTF-8"]


def test_run_on_a_file_cut_short_writes_nothing(make_case: MakeCase, tmp_path: Path) -> None:
    folder = make_case({"am-mod.yaml": (HEADER + CLAIM).encode() + "отброшен".encode()[:5]})
    code, err = run_cli("run", "-q", "--no-previous", "--out", str(tmp_path / "out"), str(folder))
    assert (code, "Traceback" in err, (tmp_path / "out").exists()) == (2, False, False)
    assert "test-case/am-mod.yaml:4: the file ends in the middle of a character" in err


# --- 15. an earlier output cut short or ending in zero bytes -------------------------------------------------------

@pytest.mark.parametrize(("damage", "said"), [
    (lambda raw: raw[: len(raw) // 2], "not JSON: the file is cut short (its JSON stops at line "),
    (lambda raw: raw[: raw.rindex(b"null") + 2], "not JSON: the file is cut short (its JSON stops at line "),
    (lambda raw: raw + b"\x00" * 512, "not JSON: the file ends in 512 zero bytes (NUL), as a file does whose copy or "
                                      "save stopped before its end"),
])
def test_an_earlier_output_cut_short_is_told_so_and_kept(make_case: MakeCase, tmp_path: Path,
                                                         damage: object, said: str) -> None:
    """The likeliest damage to a reconciliation.json, a copy that stopped, was told with the decoder's words
    (``Expecting ',' delimiter``, ``Extra data``); the run still writes nothing."""
    folder = make_case({"am-mod.yaml": HEADER + CLAIM})
    out = tmp_path / "out"
    assert run_cli("run", "-q", "--timestamp", "2026-01-01T00:00:00Z", "--out", str(out), str(folder))[0] == 0
    earlier = out / "reconciliation.json"
    earlier.write_bytes(damage(earlier.read_bytes()))  # type: ignore[operator]
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    code, err = run_cli("run", "-q", "--timestamp", "2026-01-02T00:00:00Z", "--out", str(out), str(folder))
    assert (code, "Traceback" in err) == (2, False)
    assert f"cannot compare with the earlier output: {earlier}: {said}" in err
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


# --- 16. a case file or gazetteer in JSON or CSV -------------------------------------------------------------------

@pytest.mark.parametrize(("name", "text", "said"), [
    ("gazetteer.json", json.dumps({"places": [{"id": "b", "name": "Berdavan"}]}),
     "the case's gazetteer is read from gazetteer.yaml only: this file is not read; write it in YAML as gazetteer.yaml "
     "(a JSON file reads as YAML: rename it gazetteer.yaml)"),
    ("Gazetteer.csv", "id,name\nb,Berdavan\n",
     "the case's gazetteer is read from gazetteer.yaml only: this file is not read; write it in YAML as "
     "gazetteer.yaml"),
])
def test_a_gazetteer_not_in_yaml_is_named_as_a_gazetteer(make_case: MakeCase, name: str, text: str, said: str) -> None:
    """A gazetteer written in JSON was read as a source file and told as one without `source` and `claims`."""
    assert problems_of(make_case({"am-mod.yaml": HEADER + CLAIM, name: text})) == [f"test-case/{name}: {said}"]


def test_a_case_file_in_json_is_named_beside_the_missing_case_yaml(make_case: MakeCase) -> None:
    folder = make_case({"am-mod.yaml": HEADER + CLAIM, "case.yaml": None})
    (folder / "case.json").write_text(json.dumps({"case": "test-case", "title": "T", "parties": [
        {"id": "armenia", "name": "Armenia"}, {"id": "azerbaijan", "name": "Azerbaijan"}]}), encoding="utf-8")
    assert problems_of(folder) == [
        "test-case: no case.yaml: a case folder needs a case.yaml that names the case and its parties",
        "test-case/case.json: the case file is read from case.yaml only: this file is not read; write it in YAML as "
        "case.yaml (a JSON file reads as YAML: rename it case.yaml)"]
    (folder / "case.json").rename(folder / "case.yaml")
    assert [claim.global_id for claim in load_case(folder).claims] == ["am-mod/c1"]
