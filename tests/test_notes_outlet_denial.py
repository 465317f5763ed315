"""The note on a denial with an initiator, from a source that speaks for no side and relays no one: it is read as
the outlet itself denying the incident and blaming the initiator, where it almost always reports a party's denial."""

from __future__ import annotations

import io
from pathlib import Path

from reconcile.cli import main
from reconcile.load import load_case
from reconcile.notes import case_notes

CASE = """\
case: majdal-shams
title: Majdal Shams
parties:
  - id: israel
    name: Israel
  - id: hezbollah
    name: Hezbollah
  - id: iran
    name: Iran
    aligned_with: [hezbollah]
"""

HEZBOLLAH = """\
source: {id: hz, name: Hezbollah Media Relations, kind: belligerent, speaks_for: hezbollah}
claims:
  - id: hz-1
    stated: 2024-07-27
    quote: the Islamic Resistance has no connection to the incident
    date: 2024-07-27
    place: Majdal Shams
    initiator: hezbollah
    stance: denies
"""

IRAN = """\
source: {id: ir, name: Iranian Foreign Ministry, kind: belligerent, speaks_for: iran}
claims: []
"""

OUTLET = """\
source: {id: reuters, name: Reuters, kind: {kind}{more}}
claims:
  - id: r-1
    stated: 2024-07-27
    quote: Hezbollah denied any involvement in the strike on Majdal Shams
    date: 2024-07-27
    place: Majdal Shams
    initiator: {initiator}
    stance: denies{relays}
"""


def _case(tmp_path: Path, *, kind: str = "media", more: str = "", initiator: str = "hezbollah", relays: str = "",
          parties: bool = True) -> Path:
    folder = tmp_path / "case"
    folder.mkdir(parents=True)
    (folder / "case.yaml").write_text(CASE, encoding="utf-8")
    if parties:
        (folder / "hz.yaml").write_text(HEZBOLLAH, encoding="utf-8")
        (folder / "ir.yaml").write_text(IRAN, encoding="utf-8")
    text = OUTLET.replace("{kind}", kind).replace("{more}", more).replace("{initiator}", initiator)
    (folder / "reuters.yaml").write_text(text.replace("{relays}", f"\n    relays: {relays}" if relays else ""),
                                         encoding="utf-8")
    return folder


def _notes(folder: Path) -> list[str]:
    return [note.message for note in case_notes(load_case(folder)) if note.claim == "reuters/r-1"]


def test_an_outlets_denial_with_an_initiator_and_no_relay_is_noted(tmp_path: Path) -> None:
    (message,) = _notes(_case(tmp_path))
    assert message.startswith("r-1 denies, with initiator hezbollah, and relays no one: Reuters speaks for no side, "
                              "so this is read as Reuters itself denying the incident and blaming Hezbollah; ")
    assert "write relays: <the denying party or its source>" in message
    # the initiator's own source first, then its ally's
    assert ("the case's sources that speak for Hezbollah's side: relays: hz (Hezbollah Media Relations) or "
            "relays: ir (Iranian Foreign Ministry)") in message


def test_a_monitors_and_an_analysts_denial_are_noted_too(tmp_path: Path) -> None:
    assert len(_notes(_case(tmp_path / "m", kind="monitor"))) == 1
    assert len(_notes(_case(tmp_path / "a", kind="analyst"))) == 1


def test_without_a_source_of_the_side_the_party_itself_is_named(tmp_path: Path) -> None:
    (message,) = _notes(_case(tmp_path, parties=False))
    assert "no source of the case speaks for Hezbollah's side: the party's id, relays: hezbollah" in message


def test_a_relay_a_side_no_initiator_or_unknown_give_no_note(tmp_path: Path) -> None:
    assert _notes(_case(tmp_path / "relayed", relays="hz")) == []
    assert _notes(_case(tmp_path / "named", relays="Hezbollah")) == []
    assert _notes(_case(tmp_path / "speaks", kind="belligerent", more=", speaks_for: israel")) == []
    assert _notes(_case(tmp_path / "aligned", more=", aligned_with: [israel]")) == []
    assert _notes(_case(tmp_path / "unknown", initiator="unknown")) == []


def test_validate_prints_the_note_at_its_claim(tmp_path: Path) -> None:
    folder = _case(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    assert main(["validate", str(folder)], stdout=out, stderr=err) == 0
    (line,) = [line for line in err.getvalue().splitlines() if "reuters/r-1" in line]
    assert line.startswith("note: ")
    assert "reuters.yaml:3: reuters/r-1: relays: r-1 denies, with initiator hezbollah" in line
    assert out.getvalue().endswith("valid\n")
