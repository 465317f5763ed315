"""A note of ``reconcile validate`` and ``reconcile run`` names the line of the field it is about, not the line its
claim starts on: the ``place`` of ``kyiv-ind/k1`` on line 11 was noted at line 6. YAML keeps every key's line; a
JSON file keeps its objects' lines only, so the key's line is found in its text; a CSV row is one line."""

from __future__ import annotations

import json
from pathlib import Path

from reconcile._documents import json_key_line
from reconcile.load import field_lines, load_case

from .test_cli_notes import CASE, _claim, _source, run

LIST = "Kyiv, Kryvyi Rih, Dnipro, Pokrovsk"


def _notes(case: Path) -> list[tuple[str, int, str]]:
    code, out, _ = run("validate", "--format", "json", str(case))
    assert code == 0
    return [(note["file"], note["line"], note["field"]) for note in json.loads(out)["notes"]]


def test_a_yaml_note_is_at_the_line_of_its_field(tmp_path: Path) -> None:
    """The place on line 11 (the claim starts on 6), the supersedes of a revision on its own line, on stderr too."""
    case = tmp_path / "notes-case"
    total = _claim("t1", "Pokrovsk", date="2024-06-01/2024-08-30", stated="2024-08-30", killed=40, supersedes="k0")
    _source(case, "kyiv-ind", _claim("k1", LIST), _claim("k0", "Pokrovsk"), total)
    text = (case / "kyiv-ind.yaml").read_text(encoding="utf-8").splitlines()
    place = text.index(f"    place: {LIST}") + 1
    supersedes = text.index("    supersedes: k0") + 1
    assert (place, supersedes) == (11, 36)
    assert _notes(case) == [("notes-case/kyiv-ind.yaml", 11, "place"), ("notes-case/kyiv-ind.yaml", 36, "supersedes")]
    _, _, err = run("validate", str(case))
    assert err.startswith("note: notes-case/kyiv-ind.yaml:11: kyiv-ind/k1: place:")


def test_a_json_note_is_at_the_line_of_its_field(tmp_path: Path) -> None:
    """A JSON file's claim: the line its ``place`` key is written on, also where two claims start on one line."""
    case = tmp_path / "notes-case"
    case.mkdir()
    (case / "case.yaml").write_text(CASE, encoding="utf-8")
    (case / "rows.json").write_text(
        '{"source": {"id": "rows", "name": "Rows", "kind": "media"},\n'
        ' "claims": [\n'
        '  {"id": "r0", "stated": "2024-07-08", "quote": "q", "date": "2024-07-08", "place": "Lviv"}, {"id": "r1",\n'
        '   "stated": "2024-07-08",\n'
        '   "quote": "q",\n'
        '   "date": "2024-07-08",\n'
        f'   "place": "{LIST}"}}\n'
        ' ]}\n', encoding="utf-8")
    assert _notes(case) == [("notes-case/rows.json", 7, "place")]


def test_a_csv_note_is_at_its_row(tmp_path: Path) -> None:
    """A CSV claim is one line: its row; and a field not written in a file falls back to its claim's line."""
    case = tmp_path / "notes-case"
    case.mkdir()
    (case / "case.yaml").write_text(CASE, encoding="utf-8")
    (case / "rows.csv").write_text(
        "source_id,source_name,source_kind,id,stated,quote,date,place\n"
        "rows,Rows,media,r0,2024-07-08,q,2024-07-08,Lviv\n"
        f'rows,Rows,media,r1,2024-07-08,q,2024-07-08,"{LIST}"\n', encoding="utf-8")
    assert _notes(case) == [("notes-case/rows.csv", 3, "place")]
    _source(tmp_path / "yaml-case", "kyiv-ind", _claim("k1", LIST))
    loaded = load_case(tmp_path / "yaml-case")
    assert field_lines(loaded, [("kyiv-ind/k1", "supersedes"), ("kyiv-ind/k1", "place")]) == {
        ("kyiv-ind/k1", "supersedes"): 6, ("kyiv-ind/k1", "place"): 11}


def test_json_key_line_walks_objects_and_arrays() -> None:
    text = '{"a": {"b": [1, {"c": 2,\n "d": 3}, {"e":\n 4}]},\n "f": 5}'
    assert json_key_line(text, ("a", "b", 1, "d")) == 2
    assert json_key_line(text, ("a", "b", 2, "e")) == 2
    assert json_key_line(text, ("f",)) == 4
    assert json_key_line(text, ("a", "b", 3, "e")) == 0
    assert json_key_line(text, ("a", "x")) == 0
