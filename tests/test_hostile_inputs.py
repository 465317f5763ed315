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

from .conftest import MakeCase

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
