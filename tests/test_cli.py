"""The command line: exit codes, summaries and problem listings."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reconcile.cli import main

from .conftest import SEED, SOURCE_YAML, MakeCase


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_validate_valid_case_exits_0_with_a_summary(make_case: MakeCase) -> None:
    """A valid case prints parties, sources and claims per source, and exits 0."""
    code, out, err = run("validate", str(make_case({"am-mod.yaml": SOURCE_YAML})))
    assert code == 0
    assert err == ""
    assert "parties: Armenia (armenia), Azerbaijan (azerbaijan), Nagorno-Karabakh Republic (nkr)" in out
    assert "am-mod     1 claim   Ministry of Defence of Armenia (belligerent, speaks for armenia)" in out
    assert out.rstrip().endswith("valid")


def test_validate_invalid_case_exits_2_listing_every_problem(make_case: MakeCase) -> None:
    """An invalid case lists each problem on stderr and exits 2."""
    bad = SOURCE_YAML.replace("stance", "x").replace("category: soldiers", "category: generals").replace(
        "    initiator:", "    initator:")
    code, out, err = run("validate", str(make_case({"am-mod.yaml": bad})))
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("test-case/am-mod.yaml:12: $.claims[0].initator: unknown key")
    assert lines[-1].endswith("2 problems; the case is not valid")


def test_validate_json_format(make_case: MakeCase) -> None:
    """--format json prints machine-readable problems with file, line and field."""
    bad = SOURCE_YAML.replace("category: soldiers", "category: generals")
    code, out, _ = run("validate", "--format", "json", str(make_case({"am-mod.yaml": bad})))
    assert code == 2
    data = json.loads(out)
    assert data["valid"] is False
    assert data["problems"] == [{
        "file": "test-case/am-mod.yaml", "line": 15, "field": "$.claims[0].casualties[0].category",
        "claim": "am-mod/c1", "message": "expected one of soldiers, civilians, unknown (got 'generals')"}]


def test_validate_missing_folder_exits_2() -> None:
    """A folder that does not exist is bad input, not a crash."""
    code, _, err = run("validate", "no/such/folder")
    assert code == 2
    assert "not a case folder" in err


def test_validate_seed_case() -> None:
    """The seed case is valid."""
    code, out, err = run("validate", str(SEED))
    assert (code, err) == (0, "")
    assert "2012-tavush-qazakh" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the engine version."""
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("reconcile ")


def test_validate_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    """validate --help explains usage with an example."""
    with pytest.raises(SystemExit):
        main(["validate", "--help"])
    assert "reconcile validate claims/2012-tavush-qazakh" in capsys.readouterr().out


def test_run_writes_the_outputs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """run writes reconciliation.json and events.csv and prints a summary."""
    code, out, err = run("run", str(SEED), "--out", str(tmp_path / "out"), "--timestamp", "2026-01-01T00:00:00Z")
    assert (code, err) == (0, "")
    data = json.loads((tmp_path / "out" / "reconciliation.json").read_text(encoding="utf-8"))
    assert data["generated"] == "2026-01-01T00:00:00Z"
    assert (tmp_path / "out" / "events.csv").is_file()
    assert out.startswith("2012-tavush-qazakh: 18 claims from 11 sources -> ")


def test_run_is_deterministic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two runs on the same input with a pinned timestamp give byte-identical files."""
    for name in ("a", "b"):
        assert run("run", str(SEED), "--out", str(tmp_path / name), "--timestamp", "2026-01-01T00:00:00Z")[0] == 0
    for file in ("reconciliation.json", "events.csv"):
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "b" / file).read_bytes()


def test_full_report_gives_every_event_a_full_card(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With the large-report thresholds below the seed case's size, run writes rows and brief cards, and
    --full-report writes a full card for every event; the other outputs are the same either way."""
    import reconcile.report

    monkeypatch.setattr(reconcile.report, "COMPACT_ABOVE", 2)
    monkeypatch.setattr(reconcile.report, "BRIEF_ABOVE", 1)
    stamp = ("--timestamp", "2026-01-01T00:00:00Z")
    assert run("run", str(SEED), "--out", str(tmp_path / "large"), *stamp)[0] == 0
    assert run("run", str(SEED), "--out", str(tmp_path / "full"), "--full-report", *stamp)[0] == 0
    large = (tmp_path / "large" / "report.html").read_text(encoding="utf-8")
    full = (tmp_path / "full" / "report.html").read_text(encoding="utf-8")
    events = json.loads((tmp_path / "full" / "reconciliation.json").read_text(encoding="utf-8"))["events"]
    assert "each card is brief" in large
    assert 'class="compact-events"' in large
    assert '<table class="claims">' not in large
    assert "each card is brief" not in full
    assert 'class="compact-events"' not in full
    assert full.count('<table class="claims">') == full.count("<article class=\"event-card") == len(events)
    for file in ("reconciliation.json", "events.csv"):
        assert (tmp_path / "large" / file).read_bytes() == (tmp_path / "full" / file).read_bytes()
    monkeypatch.setattr(reconcile.report, "ROWS_ABOVE", 1)
    assert run("run", str(SEED), "--out", str(tmp_path / "rows"), *stamp)[0] == 0
    assert run("run", str(SEED), "--out", str(tmp_path / "full-again"), "--full-report", *stamp)[0] == 0
    rows = (tmp_path / "rows" / "report.html").read_text(encoding="utf-8")
    assert 'class="compact-events conflict-events"' in rows
    assert "<article" not in rows
    assert (tmp_path / "full-again" / "report.html").read_text(encoding="utf-8") == full


def test_source_date_epoch_pins_the_timestamp(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """SOURCE_DATE_EPOCH sets the recorded run time, for reproducible builds."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert run("run", str(SEED), "--out", str(tmp_path))[0] == 0
    assert json.loads((tmp_path / "reconciliation.json").read_text(encoding="utf-8"))["generated"] == \
        "1970-01-01T00:00:00Z"


@pytest.mark.parametrize("command", ["run", "explain", "sources"])
def test_mistyped_processes_setting_is_bad_input(tmp_path, monkeypatch, command) -> None:  # type: ignore[no-untyped-def]
    """A RECONCILE_PROCESSES that is not a whole number stops the command before it reads or writes anything."""
    monkeypatch.setenv("RECONCILE_PROCESSES", "two")
    argv = {"run": ["run", str(SEED), "--out", str(tmp_path / "out")],
            "explain": ["explain", str(SEED), "a/1", "b/2"], "sources": ["sources", str(SEED)]}[command]
    code, out, err = run(*argv)
    assert (code, out) == (2, "")
    assert err.strip() == ("reconcile: RECONCILE_PROCESSES: expected a whole number of processes (1 turns the "
                           "worker processes off), got 'two'")
    assert not (tmp_path / "out").exists()


def test_whole_number_processes_settings_are_accepted(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Any whole number is a setting: 1 or less turns the worker processes off."""
    for setting in ("1", " 3 ", "0"):
        monkeypatch.setenv("RECONCILE_PROCESSES", setting)
        assert run("run", str(SEED), "--out", str(tmp_path / "out"), "--quiet")[0] == 0


def test_bad_timestamp_is_bad_input(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An unreadable --timestamp exits 2 and writes nothing."""
    code, _, err = run("run", str(SEED), "--out", str(tmp_path / "out"), "--timestamp", "yesterday")
    assert code == 2
    assert "--timestamp: not an ISO date and time (got 'yesterday')" in err
    assert not (tmp_path / "out").exists()


def test_explain_prints_contributions_and_verdict() -> None:
    """explain lists each feature's weight, the total against the threshold, and the verdict."""
    code, out, _ = run("explain", str(SEED), "am-mod/am-2012-06-05", "az-mod/az-confirm-2012-06-05")
    assert code == 0
    assert out.splitlines()[0] == "am-mod/am-2012-06-05  <->  az-mod/az-confirm-2012-06-05"
    assert "threshold" in out
    assert "Same event" in out


def test_explain_unknown_claim_names_close_ids() -> None:
    """An unknown claim id is bad input, with close ids suggested."""
    code, _, err = run("explain", str(SEED), "panorama/panorama", "nkr-mod/nkr-2012-06-06")
    assert code == 2
    assert "close ids: panorama/panorama-2012-06-07" in err


def test_the_summary_counts_in_the_singular_where_there_is_one(make_case: MakeCase, tmp_path: Path) -> None:
    """A case of one claim says "1 claim from 1 source -> 1 event", not "1 claims"."""
    case = make_case({"am-mod.yaml": SOURCE_YAML})
    code, out, err = run("run", str(case), "--out", str(tmp_path / "out"), "--timestamp", "2026-01-01T00:00:00Z")
    assert (code, err) == (0, "")
    assert out.startswith("test-case: 1 claim from 1 source -> 1 event\n")
