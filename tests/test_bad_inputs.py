"""The bad-input corpus (tests/data/bad/expected.yaml): every case gives exactly the outcome in the table."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from reconcile.cli import main
from reconcile.load import MAX_TEXT_CHARS, load_case

from .conftest import CASE_YAML, SOURCE_YAML, MakeCase

BAD = Path(__file__).parent / "data" / "bad"
TABLE: list[dict[str, Any]] = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))


def run_cli(*argv: str, cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    import os

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
