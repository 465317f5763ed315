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
BLOCK = re.compile(r"```(sh|yaml|csv|python)( file=(\S+))?\n(.*?)```", re.DOTALL)


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
    monkeypatch.chdir(tmp_path)
    outputs: dict[str, str] = {}
    for match in BLOCK.finditer(GUIDE):
        kind, target, body = match.group(1), match.group(3), match.group(4)
        if kind != "sh":
            if target:
                Path(target).write_text(body, encoding="utf-8")
            continue
        for line in body.splitlines():
            words = shlex.split(line, comments=True)
            if not words:
                continue
            if words[:2] == ["mkdir", "-p"]:
                Path(words[2]).mkdir(parents=True, exist_ok=True)
                continue
            if words[:2] == ["cp", "-r"]:  # as cp does, the copy's parent folder must exist
                assert Path(words[3]).parent.is_dir(), f"{line}: cp cannot create {words[3]}: no such folder"
                shutil.copytree(words[2], words[3])
                continue
            assert words[0] == "reconcile", line
            redirect = words[words.index(">") + 1] if ">" in words else None
            words = words[:words.index(">")] if redirect else words
            out, err = io.StringIO(), io.StringIO()
            code = main(words[1:], stdout=out, stderr=err)
            assert code == 0, f"{line}\n{err.getvalue()}"
            if redirect:
                Path(redirect).write_text(out.getvalue(), encoding="utf-8")
            outputs[line] = out.getvalue()
    report = json.loads(Path("work/report/reconciliation.json").read_text(encoding="utf-8"))
    kinds = {change["kind"] for change in report["changes"]}
    assert {"claims-added", "grade-changed"} <= kinds
    assert not kinds & {"event-renamed", "events-merged", "event-split", "events-regrouped", "event-removed"}
    (horadiz,) = [e for e in report["events"] if "example-monitor/report-2012-06-08" in e["claims"]]
    assert "nkr-mod/nkr-2012-06-06" in horadiz["claims"]
    assert horadiz["grade"] == "corroborated"
    (diff,) = [out for line, out in outputs.items() if line.startswith("reconcile diff ")]
    assert "no changes" in diff
    own = json.loads(Path("work/2020-report/reconciliation.json").read_text(encoding="utf-8"))
    (event,) = own["events"]
    assert len(event["claims"]) == 3
    assert event["grade"] == "contested"
    assert [c["kind"] for c in event["conflicts"]] == ["attribution"]
    assert "1 event" in next(out for line, out in outputs.items() if line.startswith("reconcile run work/2020-tavush"))
    mine = json.loads(Path("work/my-rules-report/reconciliation.json").read_text(encoding="utf-8"))
    assert any(line.startswith("Casualty rule: custom rule my_rules.lowest_credible: best is the low of the default")
               for line in mine["methodology"])
    assert all(f["best"] == f["low"] for event in mine["events"] for f in event["casualties"])


def test_the_csv_shown_uses_the_template_columns(tmp_path: Path) -> None:
    """Every column of the guide's CSV source is a column that `reconcile template csv` prints for its case."""
    blocks = {m.group(3): m.group(4) for m in BLOCK.finditer(GUIDE) if m.group(3)}
    (csv_name,) = [name for name in blocks if name.endswith(".csv")]
    case_yaml = next(body for name, body in blocks.items() if name.endswith("case.yaml"))
    (tmp_path / "case.yaml").write_text(case_yaml, encoding="utf-8")
    out = io.StringIO()
    assert main(["template", "csv", str(tmp_path)], stdout=out, stderr=io.StringIO()) == 0
    template = set(out.getvalue().splitlines()[0].split(","))
    shown = blocks[csv_name].splitlines()[0].split(",")
    assert set(shown) <= template, set(shown) - template
