"""The checks of a case's gazetteer.yaml: two places that share one spelling are noted (a claim that writes it
resolves to neither), at the line and field of the later spelling; one variant written without brackets is one
variant, not its letters."""

from __future__ import annotations

import json
from pathlib import Path

from reconcile.cli import main
from reconcile.load import gazetteer_notes, load_case

CASE = """\
case: qa-gaz
title: QA gazetteer
regional_gazetteer: none
parties:
  - id: armenia
    name: Armenia
  - id: azerbaijan
    name: Azerbaijan
"""

SOURCE = """\
source:
  id: s1
  name: Source one
  kind: media
claims:
  - id: c1
    stated: 2012-06-04
    quote: q
    date: 2012-06-04
    place: Berdavan
"""


def _case(tmp_path: Path, gazetteer: str) -> Path:
    folder = tmp_path / "qa-gaz"
    folder.mkdir()
    (folder / "case.yaml").write_text(CASE, encoding="utf-8")
    (folder / "s1.yaml").write_text(SOURCE, encoding="utf-8")
    (folder / "gazetteer.yaml").write_text(gazetteer, encoding="utf-8")
    return folder


SHARED = """\
places:
  - id: berdavan
    name: Berdavan
    country: armenia
  - id: chinari
    name: Chinari
    variants: [Berdavan, Չինարի]
    country: armenia
"""


def test_a_variant_that_is_another_places_name_is_noted_at_its_line(tmp_path: Path, capsys) -> None:
    folder = _case(tmp_path, SHARED)
    assert main(["validate", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "note: qa-gaz/gazetteer.yaml:7: $.places[1].variants[0]: place 'chinari' has the variant 'Berdavan'" in err
    assert "place 'berdavan' has as its name" in err


def test_the_note_is_listed_by_validate_json(tmp_path: Path, capsys) -> None:
    folder = _case(tmp_path, SHARED)
    assert main(["validate", "--format", "json", str(folder)]) == 0
    notes = json.loads(capsys.readouterr().out)["notes"]
    assert [(n["file"], n["line"], n["claim"], n["field"]) for n in notes] == [
        ("qa-gaz/gazetteer.yaml", 7, "", "$.places[1].variants[0]")]


def test_two_places_of_one_name_in_two_scripts_are_noted(tmp_path: Path) -> None:
    folder = _case(tmp_path, """\
places:
  - id: a
    name: Berdavan
  - id: b
    name: Բերդավան
    region: Shirak
""")
    notes = gazetteer_notes(load_case(folder))
    assert [(n.line, n.field) for n in notes] == [(5, "$.places[1].name")]
    assert "'Բերդավան' ('Berdavan' there)" in notes[0].message


def test_distinct_spellings_and_repeats_within_one_place_are_not_noted(tmp_path: Path) -> None:
    folder = _case(tmp_path, """\
places:
  - id: a
    name: Berdavan
    variants: [berdavan, Բերդավան]
  - id: b
    name: Chinari
""")
    assert gazetteer_notes(load_case(folder)) == ()


def test_one_variant_without_brackets_is_one_variant(tmp_path: Path) -> None:
    folder = _case(tmp_path, """\
places:
  - id: a
    name: Berdavan
    variants: Բերդավան
""")
    assert load_case(folder).gazetteer[0].variants == ("Բերդավան",)


TAVUSH = """\
places:
  - id: berdavan
    name: Berdavan
    region: Tavush
    lat: 41.2
    lon: 45.0
  - id: movses
    name: Movses
    region: Tavush
    lat: 40.9
    lon: 45.4
  - id: chinari
    name: Chinari
    region: Tavush
    lat: {lat}
    lon: {lon}
"""


def test_coordinates_swapped_within_range_are_noted(tmp_path: Path) -> None:
    folder = _case(tmp_path, TAVUSH.format(lat=45.0, lon=40.9))
    notes = gazetteer_notes(load_case(folder))
    assert [(n.line, n.field) for n in notes] == [(15, "$.places[2].lat")]
    assert "with lat and lon swapped (40.9, 45)" in notes[0].message
    assert "region 'Tavush'" in notes[0].message


def test_a_turned_sign_is_noted(tmp_path: Path) -> None:
    notes = gazetteer_notes(load_case(_case(tmp_path, TAVUSH.format(lat=40.9, lon=-45.1))))
    assert len(notes) == 1
    assert "with lon's sign turned" in notes[0].message


def test_coordinates_near_the_others_or_far_either_way_are_not_noted(tmp_path: Path) -> None:
    assert gazetteer_notes(load_case(_case(tmp_path, TAVUSH.format(lat=40.9, lon=45.1)))) == ()
    other = tmp_path / "far"
    other.mkdir()
    # Far from Berdavan and Movses whichever way it is read: no reading to suggest.
    assert gazetteer_notes(load_case(_case(other, TAVUSH.format(lat=10.0, lon=10.0)))) == ()


def test_run_prints_the_gazetteer_notes_and_writes_outputs_as_without(tmp_path: Path, capsys) -> None:
    folder = _case(tmp_path, SHARED)
    out = tmp_path / "out"
    assert main(["run", "--no-previous", "--timestamp", "2026-01-01T00:00:00Z", "--out", str(out), str(folder)]) == 0
    assert "$.places[1].variants[0]: place 'chinari'" in capsys.readouterr().err


def test_of_two_places_alone_neither_is_noted(tmp_path: Path) -> None:
    folder = _case(tmp_path, """\
places:
  - id: berdavan
    name: Berdavan
    region: Tavush
    lat: 41.2
    lon: 45.0
  - id: chinari
    name: Chinari
    region: Tavush
    lat: 45.0
    lon: 41.0
""")
    assert gazetteer_notes(load_case(folder)) == ()


def test_a_country_one_slip_from_a_state_or_a_party_is_noted(tmp_path: Path) -> None:
    folder = _case(tmp_path, """\
places:
  - id: a
    name: Berdavan
    country: armnia
  - id: b
    name: Chinari
    country: Azerbaijn
""")
    notes = gazetteer_notes(load_case(folder))
    assert [(n.line, n.field) for n in notes] == [(4, "$.places[0].country"), (7, "$.places[1].country")]
    assert "did you mean 'Armenia'?" in notes[0].message
    assert "did you mean 'Azerbaijan'?" in notes[1].message


def test_a_country_of_the_case_own_or_a_code_is_not_noted(tmp_path: Path) -> None:
    folder = _case(tmp_path, """\
places:
  - id: a
    name: Kalar
    country: Kurdistan
  - id: b
    name: Mosul
    country: IQ
  - id: c
    name: Tehran
    country: iran
  - id: d
    name: Cair Paravel
    country: narnia
""")
    assert gazetteer_notes(load_case(folder)) == ()
