"""``--rules``: run, explain and validate with the user's own Rules and MatchConfig, read from a file or module."""

from __future__ import annotations

import io
import json
import sys
import textwrap
from pathlib import Path

import pytest

from reconcile.cli import main

from .conftest import SEED

STAMP = ("--timestamp", "2026-01-01T00:00:00Z")

#: A rule that is easy to see in the output: every figure is (0, 0, open).
NOTHING_KNOWN = '''
    import attrs
    import reconcile


    def nothing_known(figure):
        """Every figure is unknown: low and best 0, high open."""
        return 0, 0, None


    RULES = attrs.evolve(reconcile.DEFAULT_RULES, casualties=nothing_known)
    MATCH_CONFIG = reconcile.MatchConfig(match_threshold=6.0)
    STRICT = attrs.evolve(reconcile.DEFAULT_RULES, location_km=5.0)
'''


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def result(out: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((out / "reconciliation.json").read_text(encoding="utf-8"))
    return data


def figures(data: dict[str, object]) -> list[tuple[int, int, int | None]]:
    events = data["events"]
    assert isinstance(events, list)
    return [(f["low"], f["best"], f["high"]) for event in events for f in event["casualties"]]


def test_run_reconciles_with_the_rules_and_matching_of_a_file(tmp_path: Path) -> None:
    """A file's RULES and MATCH_CONFIG are used, and the methodology names the rule with its module."""
    rules = write(tmp_path, "my-rules.py", NOTHING_KNOWN)
    code, out, err = run("run", str(SEED), "--rules", str(rules), "--out", str(tmp_path / "out"), *STAMP)
    assert (code, err) == (0, "")
    assert (f"\nrules: RULES from {rules} (casualty rule my_rules.nothing_known), MATCH_CONFIG from {rules}\n"
            in out)
    data = result(tmp_path / "out")
    assert figures(data)
    assert set(figures(data)) == {(0, 0, None)}
    methodology = data["methodology"]
    assert isinstance(methodology, list)
    assert ("Casualty rule: custom rule my_rules.nothing_known: Every figure is unknown: low and best 0, high open."
            in methodology)
    assert methodology[0].startswith("Matching: two claims are taken to describe one incident when their score "
                                     "reaches +6 bits")
    assert "custom rule my_rules.nothing_known" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")


def test_a_name_after_the_colon_takes_that_value_alone(tmp_path: Path) -> None:
    """``FILE:NAME`` takes that Rules, with the default matching, not the file's RULES and MATCH_CONFIG."""
    rules = write(tmp_path, "my_rules.py", NOTHING_KNOWN)
    code, _, err = run("run", str(SEED), "--rules", f"{rules}:STRICT", "--out", str(tmp_path / "out"), *STAMP)
    assert (code, err) == (0, "")
    methodology = result(tmp_path / "out")["methodology"]
    assert isinstance(methodology, list)
    assert any("location (places more than 5 km apart" in line for line in methodology)
    assert "reaches +5 bits" in methodology[0]
    assert not any("custom rule" in line for line in methodology)


def test_the_rules_and_the_matching_may_come_from_two_modules(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """``--rules`` twice, as module names found from the current folder: one Rules and one MatchConfig."""
    write(tmp_path, "myorg/__init__.py", "")
    write(tmp_path, "myorg/merge_rules.py", NOTHING_KNOWN)
    write(tmp_path, "myorg/matching.py", "import reconcile\nWIDE = reconcile.MatchConfig(match_threshold=4.0)\n")
    monkeypatch.chdir(tmp_path)
    code, _, err = run("run", str(SEED.resolve()), "--rules", "myorg.merge_rules:RULES", "--rules",
                       "myorg.matching:WIDE", "--out", "out", *STAMP)
    assert (code, err) == (0, "")
    methodology = result(tmp_path / "out")["methodology"]
    assert isinstance(methodology, list)
    assert "reaches +4 bits" in methodology[0]
    assert any(line.startswith("Casualty rule: custom rule myorg.merge_rules.nothing_known:") for line in methodology)


BROKEN_FILES = {
    "not-there": (None, "{spec}: there is no file {path}"),
    "raises": ("import reconcile\n\n\ndef build():\n    return {}['rules']\n\n\nRULES = build()\n",
               "{spec}: {path} raises KeyError: 'rules' when it is imported ({path}, line 5, in build)"),
    "invalid": ("import attrs, reconcile\nRULES = attrs.evolve(reconcile.DEFAULT_RULES, location_km=0)\n",
                "{spec}: {path} raises ValueError: location_km must be a positive number of kilometres, got 0 when "
                "it is imported ({path}, line 2, at its top level)"),
    "syntax": ("RULES = (\n", "{spec}: {path}, line 1: not valid Python: "),
    "nothing": ("import attrs, reconcile\nLOOSE = attrs.evolve(reconcile.DEFAULT_RULES, location_km=50.0)\n",
                "{spec}: {path} defines neither RULES (a reconcile.Rules) nor MATCH_CONFIG (a reconcile.MatchConfig); "
                "it defines LOOSE (a Rules)"),
    "function": ("def RULES(figure):\n    return 0, 0, None\n",
                 "{spec}: RULES in {path} is a function, not a Rules: to use it as the casualty rule, write RULES = "
                 "attrs.evolve(reconcile.DEFAULT_RULES, casualties=RULES) (grade=... for a grading rule)"),
    "swapped": ("import reconcile\nRULES = reconcile.MatchConfig()\n",
                "{spec}: RULES in {path} is a MatchConfig, not a Rules"),
}


@pytest.mark.parametrize("command", ["run", "validate"])
@pytest.mark.parametrize("broken", sorted(BROKEN_FILES))
def test_rules_that_cannot_be_used_stop_the_command_naming_the_file(tmp_path: Path, command: str,
                                                                     broken: str) -> None:
    """A missing file, one that raises or is no Python, one without rules or with a value of the wrong kind: exit
    2, one line naming the file and the problem, no traceback, nothing written."""
    text, expected = BROKEN_FILES[broken]
    path = tmp_path / f"rules_{broken}.py"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    extra = ("--out", str(tmp_path / "out"), *STAMP) if command == "run" else ()
    code, out, err = run(command, str(SEED), "--rules", str(path), *extra)
    assert code == 2
    assert err.startswith("reconcile: --rules " + expected.format(spec=path, path=path)), err
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err
    assert out == ""
    assert not (tmp_path / "out").exists()


def test_a_missing_name_lists_the_rules_the_file_has(tmp_path: Path) -> None:
    """``FILE:NAME`` where the file has no NAME says so, with the Rules and MatchConfig it does define."""
    rules = write(tmp_path, "my_rules.py", NOTHING_KNOWN)
    code, _, err = run("run", str(SEED), "--rules", f"{rules}:STRCT", "--out", str(tmp_path / "out"))
    assert code == 2
    assert err == (f"reconcile: --rules {rules}:STRCT: {rules} has no STRCT; it defines MATCH_CONFIG (a MatchConfig), "
                   "RULES (a Rules), STRICT (a Rules)\n")


def test_an_unknown_module_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A module name that imports nothing says where it was looked for."""
    monkeypatch.chdir(tmp_path)
    code, _, err = run("run", str(SEED.resolve()), "--rules", "no_such_rules_module", "--out", "out")
    assert code == 2
    assert err == ("reconcile: --rules no_such_rules_module: no module named no_such_rules_module in the current "
                   "folder or on the Python path\n")


def test_a_rule_that_returns_no_range_is_told_with_its_file(tmp_path: Path) -> None:
    """A casualty rule whose result the merge refuses: exit 2, the rule, its result and the spec; nothing written."""
    rules = write(tmp_path, "backwards.py", '''
        import attrs, reconcile


        def backwards(figure):
            """low above best."""
            return 5, 3, None


        RULES = attrs.evolve(reconcile.DEFAULT_RULES, casualties=backwards)
    ''')
    code, _, err = run("run", str(SEED), "--rules", str(rules), "--out", str(tmp_path / "out"), *STAMP)
    assert code == 2
    assert err.startswith(f"reconcile: --rules {rules}: casualty rule backwards returned (low=5, best=3, high=None) "
                          "for ")
    assert "nothing was written" in err
    assert "internal error" not in err
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_a_rule_that_raises_is_told_at_its_line(tmp_path: Path) -> None:
    """An exception inside the user's rule is the rule's, not a bug of reconcile: exit 2, the file and the line."""
    rules = write(tmp_path, "dividing.py", '''
        import attrs, reconcile


        def dividing(figure):
            """Divides by nothing."""
            return 0, len(figure.counts()) // 0, None


        RULES = attrs.evolve(reconcile.DEFAULT_RULES, casualties=dividing)
    ''')
    code, _, err = run("run", str(SEED), "--rules", str(rules), "--out", str(tmp_path / "out"), *STAMP)
    assert code == 2
    assert err == (f"reconcile: --rules {rules}: a rule raised ZeroDivisionError: integer division or modulo by zero "
                   f"({rules}, line 7, in dividing); nothing was written\n")
    assert not (tmp_path / "out").exists()


def test_a_run_under_other_rules_than_the_earlier_output_says_so(tmp_path: Path) -> None:
    """Compared with an output made under other rules, the run warns that its changes come from the rules too,
    and the rules-changed change names the rule, now and before; back to the defaults, the same the other way."""
    rules = write(tmp_path, "my_rules.py", NOTHING_KNOWN)
    out = str(tmp_path / "out")
    assert run("run", str(SEED), "--out", out, *STAMP)[0] == 0

    code, _, err = run("run", str(SEED), "-q", "--rules", str(rules), "--out", out, *STAMP)
    assert code == 0
    assert err == (f"note: the earlier output {tmp_path / 'out' / 'reconciliation.json'} was made under other "
                   "matching or merge rules than this run (casualty rule: my_rules.nothing_known now, the default "
                   "before): the changes listed come from the rules as well as from the claim files. To see what "
                   "the claim files changed, run with the rules that run used (the defaults, if it had no --rules); "
                   "to compare with nothing, --no-previous\n")
    changes = result(tmp_path / "out")["changes"]
    assert isinstance(changes, list)
    assert changes[0]["kind"] == "rules-changed"
    assert "casualty rule: my_rules.nothing_known now, the default before" in changes[0]["summary"]

    code, _, err = run("run", str(SEED), "-q", "--out", out, *STAMP)
    assert code == 0
    assert "(casualty rule: the default now, my_rules.nothing_known before)" in err
    assert "run with --rules naming the file that defines my_rules.nothing_known" in err


def test_a_run_under_the_same_rules_again_lists_no_change(tmp_path: Path) -> None:
    """The same rules twice: no rules-changed, no note."""
    rules = write(tmp_path, "my_rules.py", NOTHING_KNOWN)
    out = str(tmp_path / "out")
    for _ in range(2):
        code, _, err = run("run", str(SEED), "-q", "--rules", str(rules), "--out", out, *STAMP)
        assert (code, err) == (0, "")
    assert result(tmp_path / "out")["changes"] == []


def test_explain_scores_with_the_matching_of_the_rules(tmp_path: Path) -> None:
    """explain uses the MatchConfig of ``--rules``, and says where it came from."""
    rules = write(tmp_path, "my_rules.py", NOTHING_KNOWN)
    code, out, err = run("explain", str(SEED), "am-mod/am-2012-06-05", "az-mod/az-confirm-2012-06-05",
                         "--rules", str(rules))
    assert (code, err) == (0, "")
    assert out.startswith(f"matching: MATCH_CONFIG from {rules}\n")
    assert "the threshold +6.00" in out


def test_validate_checks_and_names_the_rules(tmp_path: Path) -> None:
    """validate loads and checks the rules, and its summary (text or JSON) names them."""
    rules = write(tmp_path, "my_rules.py", NOTHING_KNOWN)
    code, out, _ = run("validate", str(SEED), "--rules", str(rules))
    assert code == 0
    assert (f"rules: RULES from {rules} (casualty rule my_rules.nothing_known), MATCH_CONFIG from {rules}: loaded "
            "and checked (what a rule returns is checked by reconcile run)\nvalid\n") in out
    code, out, _ = run("validate", str(SEED), "--format", "json", "--rules", f"{rules}:STRICT")
    assert code == 0
    assert json.loads(out)["rules"] == [f"STRICT from {rules}"]


def test_a_file_named_as_a_loaded_module_is_refused(tmp_path: Path) -> None:
    """A rules file named json.py would replace the standard json module: it is refused, saying to rename it."""
    rules = write(tmp_path, "json.py", NOTHING_KNOWN)
    code, _, err = run("validate", str(SEED), "--rules", str(rules))
    assert code == 2
    assert err.startswith(f"reconcile: --rules {rules}: {rules} would be the module json, but a module of that name "
                          "is already loaded (")
    assert err.endswith("); rename the file\n")


def test_the_workers_of_a_local_dask_cluster_use_the_rules_of_a_file(tmp_path: Path) -> None:
    """--engine dask with a rules file outside the Python path: the worker processes import it, and the files are
    those of --engine local, byte for byte."""
    pytest.importorskip("distributed")
    rules = write(tmp_path / "elsewhere", "dask_rules.py", NOTHING_KNOWN)
    local, dask = tmp_path / "local", tmp_path / "dask"
    for folder, engine in ((local, ["--engine", "local"]), (dask, ["--engine", "dask", "--workers", "1"])):
        code, _, err = run("run", str(SEED), "-q", "--rules", str(rules), "--out", str(folder), *STAMP, *engine)
        assert (code, err) == (0, "")
    for name in ("reconciliation.json", "events.csv"):
        assert (dask / name).read_bytes() == (local / name).read_bytes(), name
    assert str(rules.parent) not in sys.path


def test_one_file_named_twice_gives_its_rules_and_its_matching(tmp_path: Path) -> None:
    """``FILE:STRICT`` and ``FILE:MATCH_CONFIG``: one Rules and one MatchConfig of the same file; a second Rules is
    refused, naming the first."""
    rules = write(tmp_path, "my_rules.py", NOTHING_KNOWN)
    code, out, _ = run("validate", str(SEED), "--rules", f"{rules}:STRICT", "--rules", f"{rules}:MATCH_CONFIG")
    assert code == 0
    assert f"rules: STRICT from {rules}, MATCH_CONFIG from {rules}: loaded" in out
    code, _, err = run("validate", str(SEED), "--rules", f"{rules}:STRICT", "--rules", f"{rules}:RULES")
    assert code == 2
    assert err == (f"reconcile: --rules {rules}:RULES: RULES is a second Rules (the first: STRICT from {rules}); give "
                   "at most one Rules and one MatchConfig\n")
