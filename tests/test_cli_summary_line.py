"""The summary line names the case folder as the problem lines do, also when the folder is given as ``.``."""

from __future__ import annotations

import io

import pytest

from reconcile.cli import main

from .conftest import MakeCase

BAD = "source: {id: am-mod, name: M, kind: belligerent}\nclaims:\n  - {id: c1, stated: 2012-06-04, quote: q, date: x}\n"


@pytest.mark.parametrize("command", [["validate"], ["run", "--out", "out"]])
def test_dot_is_named_by_the_folder(make_case: MakeCase, monkeypatch: pytest.MonkeyPatch,
                                    command: list[str]) -> None:
    folder = make_case({"am-mod.yaml": BAD})
    monkeypatch.chdir(folder)
    err = io.StringIO()
    assert main([*command, "."], stdout=io.StringIO(), stderr=err) == 2
    lines = err.getvalue().splitlines()
    assert lines[0].startswith(f"{folder.name}/am-mod.yaml:3: ")
    assert lines[-1].startswith(f"{folder.name}: 2 problems; ")
