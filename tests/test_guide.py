"""docs/guide.md: every command in the guide runs, in order, and does what the text says."""

from __future__ import annotations

import io
import json
import re
import shlex
import shutil
from pathlib import Path

import pytest

from reconcile._documents import parse_yaml
from reconcile.cli import main

from .conftest import ROOT, SEED

GUIDE = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"```(sh|yaml)( file=(\S+))?\n(.*?)```", re.DOTALL)


def test_the_claim_shown_is_the_seed_claim() -> None:
    """The example claim in section 1 is what the seed's am-mod.yaml says."""
    snippet = next(m.group(4) for m in BLOCK.finditer(GUIDE) if m.group(1) == "yaml" and not m.group(3))
    (shown,) = parse_yaml(snippet).data
    seed = parse_yaml((SEED / "am-mod.yaml").read_text(encoding="utf-8")).data
    (actual,) = [c for c in seed["claims"] if c["id"] == shown["id"]]
    assert {key: actual[key] for key in shown} == shown


def test_every_command_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The guide's commands and files, executed in order in a scratch folder, all succeed as described."""
    (tmp_path / "claims").mkdir()
    shutil.copytree(SEED, tmp_path / "claims" / SEED.name)
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path)
    outputs: list[str] = []
    for match in BLOCK.finditer(GUIDE):
        kind, target, body = match.group(1), match.group(3), match.group(4)
        if kind == "yaml":
            if target:
                Path(target).write_text(body, encoding="utf-8")
            continue
        for line in body.splitlines():
            words = shlex.split(line, comments=True)
            if not words:
                continue
            if words[:2] == ["cp", "-r"]:
                shutil.copytree(words[2], words[3])
                continue
            assert words[0] == "reconcile", line
            out, err = io.StringIO(), io.StringIO()
            code = main(words[1:], stdout=out, stderr=err)
            assert code == 0, f"{line}\n{err.getvalue()}"
            outputs.append(out.getvalue())
    report = json.loads(Path("work/report/reconciliation.json").read_text(encoding="utf-8"))
    kinds = {change["kind"] for change in report["changes"]}
    assert {"claims-added", "grade-changed"} <= kinds
    assert not kinds & {"event-renamed", "events-merged", "event-split", "events-regrouped", "event-removed"}
    (horadiz,) = [e for e in report["events"] if "example-monitor/report-2012-06-08" in e["claims"]]
    assert "nkr-mod/nkr-2012-06-06" in horadiz["claims"]
    assert horadiz["grade"] == "corroborated"
    assert "no changes" in outputs[-1]
