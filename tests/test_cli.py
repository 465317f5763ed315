"""The command line: exit codes, summaries and problem listings."""

from __future__ import annotations

import io
import json

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
