"""The replacement character U+FFFD (�) marks letters lost to a wrong decoding before the file was saved: a text that
holds one is refused, in every format and however it is written (raw, or as an escape)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import _documents
from reconcile.errors import CaseError
from reconcile.load import load_case

from .conftest import MakeCase

HEADER = "source: {id: am-mod, name: M, kind: belligerent, speaks_for: armenia}\nclaims:\n"
CLAIM = "  - {id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Voskepar}\n"
CSV_HEADER = "source_id,source_name,source_kind,speaks_for,id,stated,quote,date,place,killed:armenia\n"
DARAYA, SHELLED, MINISTERE = "Dar\ufffda", "shelled \ufffd", "Minist\ufffdre"
LOST = ("text with the replacement character (\\ufffd, \ufffd) has lost letters: a program wrote it where it could not "
        "decode the bytes it read (text in another encoding read as UTF-8); write the letters meant, from the source "
        "(in {excerpt})")


def csv_row(claim_id: str, place: str = "Voskepar", name: str = "M") -> str:
    return f"am-mod,{name},belligerent,armenia,{claim_id},2012-06-04,q,2012-06-04,{place},3\n"


def rejected(folder: Path) -> tuple[list[str], list[str]]:
    case = load_case(folder, on_bad_claim="reject")
    return [c.global_id for c in case.claims], [f"{r.claim}: {r.reason}" for r in case.rejected]


def test_a_csv_cell_with_lost_letters_rejects_its_claim(make_case: MakeCase) -> None:
    folder = make_case({"am-mod.csv": CSV_HEADER + csv_row("c1", "Dar\ufffda") + csv_row("c2")})
    with pytest.raises(CaseError) as info:
        load_case(folder)
    assert [str(p) for p in info.value.problems] == [
        f"test-case/am-mod.csv:2: place: {LOST.format(excerpt=repr(DARAYA))}"]
    assert rejected(folder) == (["am-mod/c2"], [f"am-mod/c1: place: {LOST.format(excerpt=repr(DARAYA))}"])


@pytest.mark.parametrize("written", ['"Dar\ufffda"', '"Dar\\ufffda"', '"Dar\\uFFFDa"', '"Dar\\U0000fffda"'])
def test_yaml_raw_or_escaped(make_case: MakeCase, written: str) -> None:
    folder = make_case({"am-mod.yaml": HEADER + CLAIM.replace("place: Voskepar", f"place: {written}")})
    assert rejected(folder) == ([], [f"am-mod/c1: $.claims[0].place: {LOST.format(excerpt=repr(DARAYA))}"])


@pytest.mark.parametrize("ensure_ascii", [True, False])
def test_json_raw_or_escaped(make_case: MakeCase, ensure_ascii: bool) -> None:
    claim = {"id": "c2", "stated": "2012-06-04", "quote": "shelled \ufffd", "date": "2012-06-04", "place": "X"}
    text = json.dumps({"source": {"id": "osce", "name": "O", "kind": "monitor"}, "claims": [claim]},
                      ensure_ascii=ensure_ascii)
    folder = make_case({"osce.json": text})
    assert rejected(folder) == ([], [f"osce/c2: $.claims[0].quote: {LOST.format(excerpt=repr(SHELLED))}"])


def test_a_source_header_field_with_lost_letters_stops_the_file(make_case: MakeCase) -> None:
    folder = make_case({"am-mod.yaml": HEADER.replace("name: M", "name: Minist\ufffdre") + CLAIM})
    with pytest.raises(CaseError) as info:
        load_case(folder)
    assert [str(p) for p in info.value.problems] == [
        f"test-case/am-mod.yaml:1: $.source.name: {LOST.format(excerpt=repr(MINISTERE))}"]


TEXT = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "M", "N", "Zs", "P")), max_size=12)


@given(TEXT, TEXT)
@example("", "")
@example("\ufffd", "")
def test_a_text_is_refused_exactly_when_it_holds_the_replacement_character(before: str, after: str) -> None:
    """Any text with U+FFFD in it is refused (and its bytes are searched), and `replacement_problem` refuses nothing
    else."""
    text = before + "\ufffd" + after
    assert _documents.text_problem(text) is not None
    assert _documents.raw_suspects(text.encode())
    assert _documents.text_suspects(text)
    clean = (before + after).replace("\ufffd", "")
    assert _documents.replacement_problem(clean) is None


# --- UTF-8 read as Latin-1: its C1 controls are continuation bytes ------------------------------------------------

def latin1(text: str) -> str:
    return text.encode().decode("latin-1")


@pytest.mark.parametrize("meant", ["الرقة حلب", "Харків", "Ոսկեպար", "Ménaka", "דיר אל-בלח"])
def test_utf8_read_as_latin1_is_named_as_mojibake_with_the_text_meant(meant: str) -> None:
    problem = _documents.text_problem(latin1(meant))
    assert problem is not None
    assert f"looks like {meant!r} saved in the wrong encoding" in problem


def test_latin1_mojibake_in_a_csv_cell_says_latin1(make_case: MakeCase) -> None:
    folder = make_case({"am-mod.csv": CSV_HEADER + csv_row("c1", latin1("حلب")) + csv_row("c2")})
    ids, reasons = rejected(folder)
    assert ids == ["am-mod/c2"]
    assert reasons == [f"am-mod/c1: place: {latin1('حلب')!r} looks like 'حلب' saved in the wrong encoding (UTF-8 "
                       "read as Latin-1 and saved again); write the text meant"]


def test_a_lone_c1_control_keeps_the_windows_1252_message() -> None:
    problem = _documents.text_problem("the monitors\x92 report")
    assert problem is not None
    assert "(\\u0092 stands where ’ was meant)" in problem
