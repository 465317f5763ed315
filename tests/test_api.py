"""The public Python API: what docs/python-api.md documents is what reconcile exports, and its examples run."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

import reconcile

from .conftest import ROOT

DOC = (ROOT / "docs" / "python-api.md").read_text(encoding="utf-8")


def test_all_matches_the_documented_api() -> None:
    """__all__ lists exactly the names in the doc's table."""
    documented = set()
    for cell in re.findall(r"^\| (`.+?`) \|", DOC, flags=re.MULTILINE):
        documented.update(re.findall(r"`(\w+)", cell))
    assert set(reconcile.__all__) == documented


def test_every_public_name_exists() -> None:
    """Each name in __all__ is importable from reconcile."""
    for name in reconcile.__all__:
        assert hasattr(reconcile, name), name


def test_doc_examples_run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                          tmp_path: Path) -> None:
    """The code blocks of docs/python-api.md run, in order, from a folder that holds the repository's cases (what
    they write stays out of the repository); the files written with a custom rule name it in their methodology."""
    for name in ("claims", "tests"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    for block in re.findall(r"```python\n(.*?)```", DOC, flags=re.DOTALL):
        exec(compile(block, "docs/python-api.md", "exec"), namespace)
    assert "ev-" in capsys.readouterr().out
    assert os.getcwd() == str(tmp_path)
    written = sorted(p.name for p in (tmp_path / "reports").glob("*/*"))
    assert written == ["events.csv", "reconciliation.json", "report.html"]
    saved = json.loads(next((tmp_path / "reports").glob("*/reconciliation.json")).read_text(encoding="utf-8"))
    assert any("more than 10 km apart" in line for line in saved["methodology"])


def test_records_cover_every_event() -> None:
    """to_records gives at least one record per event, with low <= best <= high."""
    result = reconcile.reconcile(reconcile.load_case(ROOT / "claims" / "2012-tavush-qazakh"))
    records = result.to_records()
    assert {r["event_id"] for r in records} == {e.id for e in result.events}
    for r in records:
        if r["low"] is not None:
            assert r["low"] <= r["best"]  # type: ignore[operator]
            assert r["high"] is None or r["best"] <= r["high"]  # type: ignore[operator]


def test_repr_html_escapes_text() -> None:
    """The Jupyter table escapes text from claim files."""
    bad = ROOT / "tests" / "data" / "bad" / "html-and-js-in-every-text-field"
    result = reconcile.reconcile(reconcile.load_case(bad))
    html = result._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
