"""CLI habits: authoring commands, --quiet, progress and colour only for a terminal, help with examples."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reconcile.cli import build_parser, main

from .conftest import SEED


class Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def run(*argv: str, err: io.StringIO | None = None) -> tuple[int, str, str]:
    out, error = io.StringIO(), err if err is not None else io.StringIO()
    code = main(list(argv), stdout=out, stderr=error)
    return code, out.getvalue(), error.getvalue()


def test_every_command_has_help_with_an_example() -> None:
    """Each subcommand's --help shows at least one example."""
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(commands) == {"validate", "run", "explain", "diff", "new", "add-source", "template", "schema",
                             "sources"}
    for name, sub in commands.items():
        assert "example" in sub.format_help(), name
        assert "reconcile " in (sub.epilog or ""), name


def test_new_add_source_validate_run(tmp_path: Path) -> None:
    """A case scaffolded with new and add-source validates and runs."""
    case = tmp_path / "my-case"
    assert run("new", str(case), "--title", "My case", "--party", "armenia=Armenia", "--party", "azerbaijan")[0] == 0
    assert run("add-source", str(case), "am-mod", "--kind", "belligerent", "--speaks-for", "armenia")[0] == 0
    assert run("validate", str(case))[0] == 0
    assert run("run", str(case), "--out", str(tmp_path / "out"))[0] == 0


def test_authoring_refuses_to_overwrite(tmp_path: Path) -> None:
    """A second new on the same folder exits 2 and says the file exists."""
    case = tmp_path / "c"
    run("new", str(case), "--title", "t", "--party", "a")
    code, _, err = run("new", str(case), "--title", "t", "--party", "a")
    assert code == 2
    assert "already exists; not overwriting it" in err


def test_template_csv_needs_parties() -> None:
    """template csv without a case or parties exits 2 with the reason."""
    code, _, err = run("template", "csv")
    assert code == 2
    assert "give CASE_DIR or at least one --party" in err


def test_template_csv_from_the_seed_case() -> None:
    """template csv CASE_DIR prints a header with the case's parties and an example row."""
    code, out, _ = run("template", "csv", str(SEED))
    assert code == 0
    header, example = out.splitlines()
    assert "killed:azerbaijan:soldiers" in header.split(",")
    assert "example-1" in example


def test_schema_prints_valid_json() -> None:
    """schema source prints the source files' JSON Schema."""
    code, out, _ = run("schema", "source")
    assert code == 0
    assert json.loads(out)["title"] == "reconcile source file"


@pytest.mark.parametrize("where", ["before", "after"])
def test_quiet_silences_the_summary(tmp_path: Path, where: str) -> None:
    """--quiet, before or after the command, prints nothing on success."""
    argv = ["run", str(SEED), "--out", str(tmp_path)]
    argv = ["--quiet", *argv] if where == "before" else [*argv, "--quiet"]
    code, out, err = run(*argv)
    assert (code, out, err) == (0, "", "")


def test_no_progress_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    """Piped stderr gets no progress bar."""
    code, _, err = run("run", str(SEED), "--out", str(tmp_path))
    assert (code, err) == (0, "")


def test_progress_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a terminal a run longer than a moment shows stages with a bar, then 'done'."""
    import reconcile.cli as cli

    clock = iter(range(0, 100, 1))
    monkeypatch.setattr(cli.time, "monotonic", lambda: float(next(clock)))
    code, _, err = run("run", str(SEED), "--out", str(tmp_path), err=Terminal())
    assert code == 0
    assert "2/4 matching and merging 18 claims..." in err
    assert "] done in " in err


def test_an_error_on_a_terminal_starts_a_line_of_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run an error stops while a stage is shown clears the stage's line (it has no newline of its own), so the
    error is not printed after the bar ("... 2/4 matching and merging 18 claims...reconcile: ...")."""
    rules = tmp_path / "dividing.py"
    rules.write_text("import attrs, reconcile\n\n\ndef dividing(figure):\n    return 1 // 0\n\n\n"
                     "RULES = attrs.evolve(reconcile.DEFAULT_RULES, casualties=dividing)\n", encoding="utf-8")
    monkeypatch.setenv("NO_COLOR", "1")
    code, _, err = run("run", str(SEED), "--out", str(tmp_path / "out"), "--rules", str(rules), err=Terminal())
    assert code == 2
    bar, _, message = err.rpartition("\r\x1b[K")
    assert bar.endswith("2/4 matching and merging 18 claims...")
    assert message.startswith(f"reconcile: --rules {rules}: a rule raised ZeroDivisionError")


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    """Problems are red on a terminal, plain when piped or when NO_COLOR is set."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    _, _, coloured = run("validate", "no/such/case", err=Terminal())
    assert "\x1b[31m" in coloured
    _, _, piped = run("validate", "no/such/case")
    assert "\x1b[" not in piped
    monkeypatch.setenv("NO_COLOR", "1")
    _, _, plain = run("validate", "no/such/case", err=Terminal())
    assert "\x1b[" not in plain


def test_limits_from_the_command_line() -> None:
    """--limit lowers a loader limit, and the problem names it."""
    code, _, err = run("validate", str(SEED), "--limit", "text_chars=50")
    assert code == 2
    assert "is longer than the limit of 50" in err


def test_unknown_limit_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown limit name exits 2 listing the known ones."""
    with pytest.raises(SystemExit) as info:
        main(["validate", str(SEED), "--limit", "bogus=1"])
    assert info.value.code == 2
    assert "unknown limit 'bogus'; expected one of file_bytes" in capsys.readouterr().err


def test_sources_prints_track_records() -> None:
    """sources CASE_DIR prints one row per source; --json gives the records for machines."""
    code, out, _ = run("sources", str(SEED))
    assert code == 0
    rows = out.splitlines()
    assert rows[0].startswith("source")
    assert any(row.startswith("az-mod ") and " 1/2 " in row for row in rows)
    code, out, _ = run("sources", str(SEED), "--json")
    records = {record["source"]: record for record in json.loads(out)}
    assert (records["az-mod"]["denials"], records["az-mod"]["contradicted"]) == (2, 1)
