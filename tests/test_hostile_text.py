"""Text that reads wrong wherever it is shown: mojibake, unbalanced bidirectional formatting; and two spreadsheet
messages (a file both not UTF-8 and separated by vertical bars, a row of the wrong length named by its id)."""

from __future__ import annotations

import json
import unicodedata
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


def csv_row(claim_id: str, place: str = "Voskepar", name: str = "M") -> str:
    return f"am-mod,{name},belligerent,armenia,{claim_id},2012-06-04,q,2012-06-04,{place},3\n"


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(CaseError) as info:
        load_case(folder)
    return [str(p) for p in info.value.problems]


def rejected_reasons(folder: Path) -> tuple[list[str], list[str]]:
    case = load_case(folder, on_bad_claim="reject")
    return [c.global_id for c in case.claims], [f"{r.claim}: {r.reason}" for r in case.rejected]


def mojibake(text: str) -> str:
    """``text`` as UTF-8 read as Windows-1252 (Latin-1 where it has no character)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode())


MENAKA = ("'MÃ©naka' looks like 'Ménaka' saved in the wrong encoding (UTF-8 read as Windows-1252 and saved again); "
          "write the text meant")
RLO_OPEN = ("text with a bidirectional formatting character that is never closed (\\u202e, right-to-left override) "
            "is not allowed: it reorders the text after it wherever the text is shown (\"40\" may read \"04\"); close "
            "it with \\u202c (pop directional formatting) or delete it (in {excerpt})")


# --- 1. mojibake ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "meant"), [
    ("MÃ©naka", "Ménaka"), ("attaque Ã\u00a0Tombouctou", "attaque àTombouctou"),
    ("attaque Ã  Tombouctou", "attaque à Tombouctou"), ("Ð¥Ð°Ñ€ÐºÑ–Ð²", "Харків"), ("Ø§Ù„Ø±Ù‚Ø©", "الرقة"),
    (mojibake("Ոսկեպար"), "Ոսկեպար"), ("AzÉ™rbaycan", "Azərbaycan"), ("Ä°stanbul", "İstanbul"),
])
def test_mojibake_is_named_with_the_text_meant(written: str, meant: str) -> None:
    problem = _documents.text_problem(written)
    assert problem is not None
    assert f"looks like {meant!r} saved in the wrong encoding" in problem


@pytest.mark.parametrize("text", [
    "SÃO PAULO", "São Tomé", "IRMÃ E PAI", "É um ataque", "3 × 4", "„Hauptstraße“", "Ménaka", "Azərbaycan",
    "Tiếng Việt", "Харків", "الرقة", "Ոսկեպար", "Gaziantep’te", "ÇAĞLAYAN", "Œuvre «Ñandú»",
    # An accented capital before a dash, a curly apostrophe or a no-break space: two characters that happen to be
    # the bytes of one letter (É and an en dash are those of ɖ), in text that is no mojibake.
    "axe LOMÉ–COTONOU", "QUIBDÓ–ISTMINA", "Moussa TRAORÉ’s former guard", "CHOCÓ–ANTIOQUIA", "PERÚ—",
    "COMMUNIQUÉ\u00a0: bilan", "à Tessité\u00a0»", "PERÚ— QUIBDÓ–ISTMINA",
])
def test_text_written_in_any_script_is_not_mojibake(text: str) -> None:
    assert _documents.text_problem(text) is None


def test_mojibake_in_a_csv_cell_rejects_its_claim(make_case: MakeCase) -> None:
    folder = make_case({"am-mod.csv": CSV_HEADER + csv_row("c1", "MÃ©naka") + csv_row("c2")})
    assert problems_of(folder) == [f"test-case/am-mod.csv:2: place: {MENAKA}"]
    assert rejected_reasons(folder) == (["am-mod/c2"], [f"am-mod/c1: place: {MENAKA}"])


def test_mojibake_in_a_csv_source_column_stops_the_file(make_case: MakeCase) -> None:
    folder = make_case({"am-mod.csv": CSV_HEADER + csv_row("c1", name="MÃ©naka") + csv_row("c2", name="MÃ©naka")})
    assert problems_of(folder) == [f"test-case/am-mod.csv:2: source_name: {MENAKA}"]


def test_mojibake_in_yaml_and_json_is_a_problem_of_its_claim(make_case: MakeCase) -> None:
    claim = CLAIM.replace("Voskepar", "MÃ©naka")
    other = '{"id": "c2", "stated": "2012-06-04", "quote": "q", "date": "2012-06-04", "place": "MÃ©naka"}'
    folder = make_case({"am-mod.yaml": HEADER + claim,
                        "osce.json": '{"source": {"id": "osce", "name": "O", "kind": "monitor"}, "claims": ['
                                     + other + "]}"})
    assert rejected_reasons(folder)[1] == [f"am-mod/c1: $.claims[0].place: {MENAKA}",
                                           f"osce/c2: $.claims[0].place: {MENAKA}"]


def test_mojibake_written_as_escapes_is_found(make_case: MakeCase) -> None:
    """json.dumps writes the mojibake as escapes ("M\\u00c3\\u00a9naka"): they are searched like raw characters."""
    other = json.dumps({"id": "c2", "stated": "2012-06-04", "quote": "q", "date": "2012-06-04", "place": "MÃ©naka"})
    assert "\\u00c3\\u00a9" in other
    folder = make_case({"osce.json": '{"source": {"id": "osce", "name": "O", "kind": "monitor"}, "claims": ['
                                     + other + "]}",
                        "am-mod.yaml": HEADER + CLAIM.replace("place: Voskepar", 'place: "M\\xc3\\xa9naka"')})
    assert rejected_reasons(folder)[1] == [f"am-mod/c1: $.claims[0].place: {MENAKA}",
                                           f"osce/c2: $.claims[0].place: {MENAKA}"]


def test_mojibake_in_a_source_header_field_stops_the_file(make_case: MakeCase) -> None:
    folder = make_case({"am-mod.yaml": HEADER.replace("name: M", "name: MÃ©naka") + CLAIM})
    assert problems_of(folder) == [f"test-case/am-mod.yaml:1: $.source.name: {MENAKA}"]


def test_files_without_suspect_bytes_are_not_searched(make_case: MakeCase, monkeypatch: pytest.MonkeyPatch) -> None:
    """Text in many scripts, without a control character, bidirectional formatting or a mojibake sequence, costs
    no search of each text."""

    def searched(data: object) -> list[object]:
        raise AssertionError("a clean file was searched value by value")

    monkeypatch.setattr(_documents, "text_warnings", searched)
    clean = "Ménaka São Tomé SÃO Харків الرقة Ոսկեպար Azərbaycan «» – ’"
    assert not _documents.raw_suspects(clean.encode())
    load_case(make_case({"am-mod.yaml": HEADER + CLAIM.replace("quote: q", f"quote: {clean}")}))


@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "M", "N", "Zs")), max_size=20))
@example("Ͳ")
@example("ĳ")
@example("Å")
@example("Ոսկեպար")
@example("ÎœĀ")  # partly mojibake: ftfy mends the part that is ("Îœ" is "μ")
@example("Î\xa0\xa0")
@example("Â\xa0")  # a no-break space read as Windows-1252
def test_text_is_mojibake_only_when_it_is_the_reading_of_another_text(text: str) -> None:
    """NFC text of letters of any script is refused as mojibake only when it reads as another text (the one meant,
    named in the message); the reading of a text with two letters or more beyond ASCII, each word in one script, is
    always refused."""
    text = unicodedata.normalize("NFC", text)
    problem = _documents.mojibake_problem(text)
    if problem is not None:
        meant = _documents.mojibake_reading(text)
        assert meant is not None
        assert meant != text
        assert " looks like " in problem
    letters = sum(not c.isascii() and c.isalpha() for c in text)
    if letters >= 2 and all(_documents.single_script(word) for word in text.split()):
        read = mojibake(text)
        if _documents.control_problem(read) is None:
            assert _documents.text_problem(read) is not None
            assert _documents.raw_suspects(read.encode())


# --- 2. explicit bidirectional formatting -----------------------------------------------------------------------

def test_an_open_override_in_a_source_name_stops_the_file(make_case: MakeCase) -> None:
    folder = make_case({"am-mod.yaml": HEADER.replace("name: M", 'name: "Agency \\u202eSIHT DAER"') + CLAIM})
    excerpt = "'Agency \\u202eSIHT DAER'"
    assert problems_of(folder) == [f"test-case/am-mod.yaml:1: $.source.name: {RLO_OPEN.format(excerpt=excerpt)}"]


def test_an_open_override_in_a_csv_cell_rejects_its_claim(make_case: MakeCase) -> None:
    folder = make_case({"am-mod.csv": CSV_HEADER + csv_row("c1", "\u202eRafah") + csv_row("c2")})
    assert rejected_reasons(folder) == (
        ["am-mod/c2"], [f"am-mod/c1: place: {RLO_OPEN.format(excerpt=repr(chr(0x202E) + 'Rafah'))}"])


def test_a_closer_that_closes_nothing_is_named(make_case: MakeCase) -> None:
    claim = CLAIM.replace("quote: q", 'quote: "a \\u2069 b"')
    assert rejected_reasons(make_case({"am-mod.yaml": HEADER + claim}))[1] == [
        "am-mod/c1: $.claims[0].quote: text with a bidirectional formatting character that closes nothing (\\u2069, "
        "pop directional isolate) is not allowed: it may close what surrounds the text where the text is shown; "
        "delete it (in 'a \\u2069 b')"]


def test_balanced_bidirectional_formatting_and_marks_are_accepted(make_case: MakeCase) -> None:
    quote = "\u2067غزة\u2069 \u202bx \u202dy\u202c\u202c \u200e\u200f\u061c"
    claim = CLAIM.replace("quote: q", f'quote: "{quote}"')
    assert load_case(make_case({"am-mod.yaml": HEADER + claim})).claims[0].quote == quote


OPENERS = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
PLAIN = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "Zs")), max_size=6)


@st.composite
def balanced(draw: st.DrawFn, depth: int = 0) -> str:
    parts = draw(st.lists(PLAIN, min_size=1, max_size=3))
    out = parts[0]
    for part in parts[1:]:
        opener = draw(st.sampled_from(OPENERS))
        closer = "\u2069" if opener >= "\u2066" else "\u202c"
        inner = draw(balanced(depth + 1)) if depth < 2 else draw(PLAIN)
        out += opener + inner + closer + part
    return out


@given(balanced(), st.sampled_from(OPENERS), st.integers(min_value=0))
@example("ab", "\u202e", 1)
def test_balanced_text_is_accepted_and_one_open_override_is_refused(text: str, opener: str, at: int) -> None:
    """Balanced explicit formatting passes; the same text with one more opener anywhere is refused."""
    assert _documents.bidi_problem(text) is None
    at %= len(text) + 1
    assert _documents.bidi_problem(text[:at] + opener + text[at:]) is not None


# --- 3. a file both not UTF-8 and separated by semicolons (read) or vertical bars (not read) ------------------

def test_not_utf8_and_semicolons_names_only_the_encoding(make_case: MakeCase) -> None:
    """Semicolons are read: only the encoding is the problem to name."""
    text = CSV_HEADER.replace(",", ";") + csv_row("c1", "Ménaka").replace(",", ";")
    folder = make_case({"am-mod.csv": text.encode("cp1252")})
    assert problems_of(folder) == [
        "test-case/am-mod.csv:2: the file is not UTF-8: byte 0xe9 cannot be decoded; it reads as Latin text in "
        "Windows-1252, in which line 2 is 'am-mod;M;belligerent;armenia;c1;2012-06-04;q;2012-06-04;Ménaka;3': if "
        "that is the text, open the file as Windows-1252 in an editor, then save the file as UTF-8"]


def test_not_utf8_and_vertical_bars_are_named_in_one_message(make_case: MakeCase) -> None:
    text = CSV_HEADER.replace(",", "|") + csv_row("c1", "Ménaka").replace(",", "|")
    folder = make_case({"am-mod.csv": text.encode("cp1252")})
    assert problems_of(folder) == [
        "test-case/am-mod.csv:2: the file is not UTF-8: byte 0xe9 cannot be decoded; it reads as Latin text in "
        "Windows-1252, in which line 2 is 'am-mod|M|belligerent|armenia|c1|2012-06-04|q|2012-06-04|Ménaka|3': if "
        "that is the text, open the file as Windows-1252 in an editor, and its columns are separated "
        "by vertical bars, not commas: save it as \"CSV UTF-8 (Comma delimited)\" (Excel's option for both), or as "
        "UTF-8 with commas between the columns"]


def test_not_utf8_with_commas_keeps_its_message(make_case: MakeCase) -> None:
    folder = make_case({"am-mod.csv": (CSV_HEADER + csv_row("c1", "Ménaka")).encode("cp1252")})
    assert problems_of(folder) == [
        "test-case/am-mod.csv:2: the file is not UTF-8: byte 0xe9 cannot be decoded; it reads as Latin text in "
        "Windows-1252, in which line 2 is 'am-mod,M,belligerent,armenia,c1,2012-06-04,q,2012-06-04,Ménaka,3': if "
        "that is the text, open the file as Windows-1252 in an editor, then save the file as UTF-8"]


# --- 4. a row of the wrong length is named by its id ---------------------------------------------------------

def test_a_row_with_too_many_cells_is_named_by_its_id(make_case: MakeCase) -> None:
    folder = make_case({"am-mod.csv": CSV_HEADER + csv_row("c1").replace("\n", ",extra\n") + csv_row("c2")})
    assert rejected_reasons(folder) == (["am-mod/c2"], [
        "am-mod/c1: the row has 11 cells; the header has 10: 1 cell past the last column, killed:armenia ('extra'); a "
        "cell that holds a comma must be in double quotes"])


def test_a_row_too_short_to_reach_its_id_is_a_claim_without_one(make_case: MakeCase) -> None:
    folder = make_case({"am-mod.csv": CSV_HEADER + "am-mod,M,belligerent\n" + csv_row("c2")})
    assert rejected_reasons(folder) == (["am-mod/c2"], [
        "None: speaks_for: the row has 3 cells; the header has 10: no cell for the columns speaks_for, id, stated, "
        "quote, date and 2 more (every row needs a cell, empty or not, for each column: a cell or a comma is missing)"])
