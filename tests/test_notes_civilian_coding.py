"""The note of ``reconcile run`` on one event whose claims give civilians two ways: as a party that takes no part
(a party for the civilian population) and as the civilians of a side (``category: civilians``)."""

from __future__ import annotations

import io
from pathlib import Path

from reconcile.cli import main
from reconcile.load import load_case
from reconcile.notes import case_notes
from reconcile.pipeline import reconcile

CASE = """\
case: civilians-coded
title: Civilians coded two ways
parties:
  - id: haiti
    name: Haiti
  - id: gran-grif
    name: Gran Grif
  - id: civilians
    name: Civilian population
"""

POLICE = """\
source: {id: pnh, name: Police nationale d'Haïti, kind: belligerent, speaks_for: haiti}
claims:
  - id: pnh-1
    stated: 2024-10-04
    quote: au moins 70 morts à Pont-Sondé
    date: 2024-10-03
    place: Pont-Sondé
    initiator: gran-grif
    casualties:
      - {party: haiti, category: civilians, killed: at least 70}
"""

MONITOR = """\
source: {id: un, name: OHCHR, kind: monitor}
claims:
  - id: un-1
    stated: 2024-10-05
    quote: 115 people killed in Pont-Sondé
    date: 2024-10-03
    place: Pont-Sondé
    initiator: gran-grif
    casualties:
      - {party: {party}, category: {category}, killed: 115}
"""


def _case(tmp_path: Path, party: str, category: str) -> Path:
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "case.yaml").write_text(CASE, encoding="utf-8")
    (folder / "pnh.yaml").write_text(POLICE, encoding="utf-8")
    (folder / "un.yaml").write_text(MONITOR.replace("{party}", party).replace("{category}", category),
                                    encoding="utf-8")
    return folder


def _notes(folder: Path) -> list[str]:
    case = load_case(folder)
    events = reconcile(case).events
    assert len(events) == 1  # the two claims are one incident
    return [note.message for note in case_notes(case, events) if note.field == "casualties"]


def test_civilians_as_a_party_beside_a_sides_civilians_are_noted(tmp_path: Path) -> None:
    (message,) = _notes(_case(tmp_path, "civilians", "unknown"))
    assert message.startswith("un-1 of event ")
    assert "as the party civilians, which takes no part" in message
    assert "while pnh-1 gives them as haiti civilians" in message


def test_one_coding_gives_no_note(tmp_path: Path) -> None:
    assert _notes(_case(tmp_path, "haiti", "civilians")) == []


def test_validate_has_no_events_and_no_such_note(tmp_path: Path) -> None:
    folder = _case(tmp_path, "civilians", "civilians")
    assert [n for n in case_notes(load_case(folder)) if "takes no part" in n.message] == []


def test_run_prints_the_note_with_the_file_and_line(tmp_path: Path) -> None:
    folder = _case(tmp_path, "civilians", "civilians")
    err = io.StringIO()
    code = main(["run", "--no-previous", "--out", str(tmp_path / "out"), str(folder)], stdout=io.StringIO(),
                stderr=err)
    assert code == 0
    line = next(line for line in err.getvalue().splitlines() if "takes no part" in line)
    assert line.startswith("note: case/un.yaml:")
    assert "un/un-1: casualties:" in line
