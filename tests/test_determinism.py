"""Determinism: the same input gives byte-identical outputs, whatever the order files are listed in."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from reconcile.cli import main

from .conftest import SEED

OUTPUTS = ("reconciliation.json", "events.csv", "report.html")


def run_into(folder: Path, case: Path = SEED) -> dict[str, bytes]:
    code = main(["run", str(case), "--out", str(folder), "--timestamp", "2026-01-01T00:00:00Z"],
                stdout=io.StringIO(), stderr=io.StringIO())
    assert code == 0
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


def test_two_runs_are_byte_identical(tmp_path: Path) -> None:
    """Two runs on the same input give the same bytes in every output."""
    assert run_into(tmp_path / "a") == run_into(tmp_path / "b")


def test_file_listing_order_does_not_matter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files listed by the operating system in reverse order give the same bytes."""
    first = run_into(tmp_path / "a")
    real_iterdir = Path.iterdir

    def reversed_iterdir(self: Path) -> Iterator[Path]:
        return iter(sorted(real_iterdir(self), reverse=True))

    monkeypatch.setattr(Path, "iterdir", reversed_iterdir)
    assert run_into(tmp_path / "b") == first


def test_claim_order_within_a_file_does_not_matter(tmp_path: Path) -> None:
    """Reversing the order of claims inside each YAML source file changes nothing but their line numbers."""
    import json

    import yaml

    case = tmp_path / "case"
    case.mkdir()
    for path in SEED.iterdir():
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".yaml" and path.name not in ("case.yaml", "gazetteer.yaml"):
            data = yaml.safe_load(text)
            data["claims"] = list(reversed(data["claims"]))
            text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        (case / path.name).write_text(text, encoding="utf-8")
    # The case folder name appears in file paths: keep it equal to the seed's.
    renamed = tmp_path / SEED.name
    case.rename(renamed)

    def comparable(data: bytes) -> object:
        loaded = json.loads(data)
        for claim in loaded["claims"]:
            claim["line"] = 0
        for source in loaded["sources"]:
            source["line"] = 0
        return {key: value for key, value in loaded.items() if key != "generated"}

    original = run_into(tmp_path / "a")["reconciliation.json"]
    shuffled = run_into(tmp_path / "b", renamed)["reconciliation.json"]
    assert comparable(shuffled) == comparable(original)
