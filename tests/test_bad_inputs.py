"""The bad-input corpus (tests/data/bad/expected.yaml): every case gives exactly the outcome in the table."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from reconcile.cli import main
from reconcile.errors import CaseError
from reconcile.load import MAX_TEXT_CHARS, load_case

from .conftest import CASE_YAML, SOURCE_YAML, MakeCase

BAD = Path(__file__).parent / "data" / "bad"
TABLE: list[dict[str, Any]] = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))


def run_cli(*argv: str, cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    before = os.getcwd()
    os.chdir(cwd)
    try:
        code = main(list(argv), stdout=out, stderr=err)
    finally:
        os.chdir(before)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the corpus, so that runs write their outputs under tmp_path."""
    target = tmp_path / "bad"
    shutil.copytree(BAD, target)
    return target


def test_the_corpus_is_large_enough() -> None:
    """At least 30 stored cases, each a folder listed once in the table."""
    folders = sorted(p.name for p in BAD.iterdir() if p.is_dir())
    assert len(folders) >= 30
    assert folders == sorted(row["case"] for row in TABLE)


@pytest.mark.parametrize("row", TABLE, ids=[row["case"] for row in TABLE])
def test_validate_gives_the_tabled_outcome(row: dict[str, Any], corpus: Path) -> None:
    """validate exits 0 for accepted cases, else 2 with the tabled problem first."""
    code, _, err = run_cli("validate", row["case"], cwd=corpus)
    if row["outcome"] == "accepts":
        assert (code, err) == (0, "")
    else:
        assert code == 2
        assert err.splitlines()[0] == row["problem"]
        assert "Traceback" not in err


@pytest.mark.parametrize("row", TABLE, ids=[row["case"] for row in TABLE])
def test_keep_going_reads_what_the_table_says(row: dict[str, Any]) -> None:
    """With rejection on, bad claims are listed with reasons and the rest is read; file problems still stop."""
    from reconcile.errors import CaseError

    if row["outcome"] == "stops":
        with pytest.raises(CaseError):
            load_case(BAD / row["case"], on_bad_claim="reject")
        return
    case = load_case(BAD / row["case"], on_bad_claim="reject")
    assert (len(case.claims), len(case.rejected)) == (row["claims"], row["rejected"])
    assert all(rejected.reason and rejected.file and rejected.line for rejected in case.rejected)


@pytest.mark.parametrize("row", TABLE, ids=[row["case"] for row in TABLE])
def test_run_writes_nothing_unless_it_succeeds(row: dict[str, Any], corpus: Path) -> None:
    """run exits 2 writing nothing for bad input; with --keep-going rejected claims are listed in the output."""
    out_dir = corpus / "out"
    code, _, err = run_cli("run", row["case"], "--out", str(out_dir), "--timestamp", "2026-01-01T00:00:00Z",
                           cwd=corpus)
    if row["outcome"] == "accepts":
        assert code == 0, err
        assert (out_dir / "reconciliation.json").is_file()
        return
    assert code == 2
    assert not out_dir.exists()
    code, _, err = run_cli("run", row["case"], "--keep-going", "--out", str(out_dir), cwd=corpus)
    if row["outcome"] == "stops":
        assert code == 2
        assert not out_dir.exists()
    else:
        assert code == 0, err
        data = json.loads((out_dir / "reconciliation.json").read_text(encoding="utf-8"))
        assert len(data["rejected"]) == row["rejected"]
        assert len(data["claims"]) == row["claims"]


def test_multi_megabyte_quote_is_rejected(make_case: MakeCase) -> None:
    """A quote longer than the text limit rejects its claim, saying so."""
    quote = "x" * (3 * 1024 * 1024) + " the enemy was repelled, suffering casualties"
    text = SOURCE_YAML.replace("quote: the enemy was repelled, suffering casualties", "quote: " + quote)
    case = load_case(make_case({"am-mod.yaml": text}), on_bad_claim="reject")
    (rejected,) = case.rejected
    assert rejected.reason == (f"$.claims[0].quote: text of {len(quote):,} characters is longer than the limit of "
                               f"{MAX_TEXT_CHARS:,}")


def test_fifty_thousand_claims_in_one_file(make_case: MakeCase) -> None:
    """A source file with 50,000 claims is read whole."""
    body = SOURCE_YAML.split("claims:\n", 1)[1]
    claims = "".join(body.replace("id: c1", f"id: c{i}") for i in range(50_000))
    case = load_case(make_case({"am-mod.yaml": SOURCE_YAML.split("claims:\n", 1)[0] + "claims:\n" + claims}))
    assert len(case.claims) == 50_000


def test_link_out_of_the_folder_stops_the_run(make_case: MakeCase, tmp_path: Path) -> None:
    """A source file that links outside the case folder is refused and nothing is written."""
    outside = tmp_path / "secret.yaml"
    outside.write_text(SOURCE_YAML, encoding="utf-8")
    folder = make_case({"case.yaml": CASE_YAML})
    (folder / "am-mod.yaml").symlink_to(outside)
    code, _, err = run_cli("run", str(folder), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert code == 2
    assert "links to a file outside the case folder" in err
    assert not (tmp_path / "out").exists()


# --- text that is not valid Unicode: an unpaired surrogate (U+D800 to U+DFFF) cannot be written as UTF-8 ----------

SURROGATE_REASON = (
    "text with an unpaired surrogate (\\ud800) is not valid Unicode: an escape from \\ud800 to \\udfff is half of a "
    "character, not a character; write the character itself (in 'shelling \\ud800 near the village')")


def two_claims(first_quote: str) -> dict[str, Any]:
    """A source with claims c1 (quoting ``first_quote``) and c2, as plain data."""
    claim = {"id": "c1", "stated": "2012-06-04", "quote": first_quote, "date": "2012-06-04",
             "place": "near Berdavan", "casualties": [{"party": "armenia", "killed": 3}]}
    return {"source": {"id": "am-mod", "name": "Ministry of Defence of Armenia", "kind": "belligerent",
                       "speaks_for": "armenia"},
            "claims": [claim, {**claim, "id": "c2", "quote": "shelling near the village"}]}


def assert_run_rejects_one_claim(folder: Path, tmp_path: Path, problem: str) -> None:
    """run stops naming the problem; with --keep-going it writes valid UTF-8 outputs that list the rejection."""
    out_dir = tmp_path / "out"
    code, _, err = run_cli("run", str(folder), "--out", str(out_dir), cwd=tmp_path)
    assert (code, err.splitlines()[0]) == (2, problem)
    assert "Traceback" not in err
    assert "internal error" not in err
    assert not out_dir.exists()
    code, _, err = run_cli("run", str(folder), "--keep-going", "--out", str(out_dir), cwd=tmp_path)
    assert code == 0, err
    assert "Traceback" not in err
    assert "internal error" not in err
    data = json.loads((out_dir / "reconciliation.json").read_bytes().decode("utf-8"))
    assert [claim["id"] for claim in data["claims"]] == ["c2"]
    assert [rejected["claim"] for rejected in data["rejected"]] == ["am-mod/c1"]
    (out_dir / "report.html").read_bytes().decode("utf-8")
    (out_dir / "events.csv").read_bytes().decode("utf-8")


def assert_first_claim_rejected(folder: Path, tmp_path: Path, file: str, claim_line: int, quote_line: int) -> None:
    """Claim c1 of `two_claims`, starting on ``claim_line``, is rejected for the surrogate in its quote (on
    ``quote_line``), c2 is read, and `reconcile run` says so."""
    case = load_case(folder, on_bad_claim="reject")
    assert [claim.global_id for claim in case.claims] == ["am-mod/c2"]
    (rejected,) = case.rejected
    assert (rejected.claim, rejected.file, rejected.line) == ("am-mod/c1", file, claim_line)
    assert rejected.reason == "$.claims[0].quote: " + SURROGATE_REASON
    assert_run_rejects_one_claim(folder, tmp_path, f"{file}:{quote_line}: $.claims[0].quote: " + SURROGATE_REASON)


def test_json_claim_with_an_unpaired_surrogate_is_rejected(make_case: MakeCase, tmp_path: Path) -> None:
    """A \\ud800 escape in a JSON claim rejects that claim, naming file, line, claim and field; the rest is read."""
    text = json.dumps(two_claims("shelling \ud800 near the village"), indent=2)  # ensure_ascii writes \ud800
    assert "\\ud800" in text
    assert_first_claim_rejected(make_case({"am-mod.json": text}), tmp_path, "test-case/am-mod.json", 9, 9)


def test_json_escapes_of_a_whole_character_are_read(make_case: MakeCase) -> None:
    """Two escapes that make one character (\\ud83d\\ude00, as json.dumps writes an emoji) are that character."""
    text = json.dumps(two_claims("shelling \U0001f4a5 near the village"), indent=2)
    assert "\\ud83d\\udca5" in text
    case = load_case(make_case({"am-mod.json": text}))
    assert case.rejected == ()
    assert case.claims[0].quote == "shelling \U0001f4a5 near the village"


@pytest.mark.parametrize("loader", ["libyaml", "pure-python"])
def test_yaml_claim_with_a_surrogate_escape_is_rejected(make_case: MakeCase, tmp_path: Path, loader: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A "\\ud800" escape in a YAML claim rejects that claim as in JSON, whether libyaml (which refuses the escape)
    or the pure-Python loader (which reads it) parses the file."""
    from reconcile import _documents

    if loader == "pure-python":
        monkeypatch.setattr(_documents, "_TextDatesLoader", _documents._PureTextDatesLoader)
    else:
        assert _documents._TextDatesLoader.__mro__[1] is getattr(yaml, "CSafeLoader", None)
    text = yaml.safe_dump(two_claims("shelling \ud800 near the village"), sort_keys=False, allow_unicode=True)
    assert 'quote: "shelling \\uD800 near the village"' in text
    assert_first_claim_rejected(make_case({"am-mod.yaml": text}), tmp_path, "test-case/am-mod.yaml", 7, 9)


def test_yaml_escape_above_unicode_stops_the_file(make_case: MakeCase) -> None:
    """An escape past U+10FFFF names no character at all: the file does not parse, and libyaml's line is kept."""
    text = SOURCE_YAML.replace("quote: the enemy was repelled", 'quote: "the enemy \\U00110000 was repelled"')
    with pytest.raises(CaseError) as info:
        load_case(make_case({"am-mod.yaml": text}), on_bad_claim="reject")
    assert [str(p) for p in info.value.problems] == [
        "test-case/am-mod.yaml:9: invalid YAML: found invalid Unicode character escape code (a \\u or \\U escape "
        "must name one character: not \\ud800 to \\udfff, each half of a character, nor above \\U0010ffff); write "
        "the character itself"]


@pytest.mark.parametrize(("file", "old", "new", "problem"), [
    ("case.yaml", "title: A test case", 'title: "shelling \\ud800 near the village"',
     "test-case/case.yaml:2: $.title: "),
    ("case.yaml", "aliases: [Azerbaijani, Azərbaycan]", 'aliases: [Azerbaijani, "shelling \\ud800 near the village"]',
     "test-case/case.yaml:9: $.parties[1].aliases[1]: "),
    ("gazetteer.yaml", None, 'places:\n  - id: x\n    name: "shelling \\ud800 near the village"\n',
     "test-case/gazetteer.yaml:3: $.places[0].name: "),
    ("am-mod.yaml", "name: Ministry of Defence of Armenia", 'name: "shelling \\ud800 near the village"',
     "test-case/am-mod.yaml:3: $.source.name: "),
])
def test_surrogate_outside_a_claim_stops_the_run(make_case: MakeCase, tmp_path: Path, file: str, old: str | None,
                                                 new: str, problem: str) -> None:
    """A surrogate in case.yaml, the gazetteer or a source header stops the run, naming file, line and field,
    even with --keep-going, and nothing is written."""
    base = {"case.yaml": CASE_YAML, "am-mod.yaml": SOURCE_YAML, "gazetteer.yaml": ""}[file]
    files = {"am-mod.yaml": SOURCE_YAML, file: base.replace(old, new) if old else new}
    folder = make_case(files)
    with pytest.raises(CaseError) as info:
        load_case(folder, on_bad_claim="reject")
    assert [str(p) for p in info.value.problems] == [problem + SURROGATE_REASON]
    for keep_going in ((), ("--keep-going",)):
        code, _, err = run_cli("run", str(folder), *keep_going, "--out", str(tmp_path / "out"), cwd=tmp_path)
        assert (code, err.splitlines()[0]) == (2, problem + SURROGATE_REASON)
        assert "Traceback" not in err
        assert not (tmp_path / "out").exists()


def test_file_name_that_is_not_utf8_stops_the_run(make_case: MakeCase, tmp_path: Path) -> None:
    """A claim file whose name holds bytes that are not UTF-8 (it would be written into every claim's provenance)
    is refused, naming those bytes."""
    folder = make_case({})
    try:
        (folder / os.fsdecode(b"am-\xff.yaml")).write_text(SOURCE_YAML, encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("the file system does not take names that are not UTF-8")
    problem = ("test-case/am-\\xff.yaml: the file's name is not valid UTF-8 (or holds an unpaired surrogate); rename "
               "the file")
    with pytest.raises(CaseError) as info:
        load_case(folder, on_bad_claim="reject")
    assert [str(p) for p in info.value.problems] == [problem]
    code, _, err = run_cli("run", str(folder), "--keep-going", "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert (code, err.splitlines()[0]) == (2, problem)
    assert not (tmp_path / "out").exists()


def test_authoring_refuses_text_it_could_not_read_back(tmp_path: Path) -> None:
    """`reconcile new` given bytes that are not UTF-8 (Python holds them as surrogates) refuses, writing nothing,
    instead of writing a case.yaml the loader cannot read."""
    title = os.fsdecode(b"clashes at Chin\xe4ri")
    code, _, err = run_cli("new", str(tmp_path / "case"), "--title", title, "--party", "armenia", cwd=tmp_path)
    assert (code, err) == (2, (
        "reconcile: --title: text with an unpaired surrogate (\\udce4) is not valid Unicode (on a command line, "
        "bytes that are not UTF-8 become \\udc80 to \\udcff); give it as UTF-8 text "
        "(got 'clashes at Chin\\udce4ri')\n"))
    assert not (tmp_path / "case").exists()
