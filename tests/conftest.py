"""Shared fixtures and hypothesis profiles.

Profiles: ``default`` is fast for everyday runs; ``ci`` (selected with HYPOTHESIS_PROFILE=ci) tries more examples.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import textwrap
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile("ci", max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims" / "2012-tavush-qazakh"

CASE_YAML = """\
case: test-case
title: A test case
parties:
  - id: armenia
    name: Armenia
    aliases: [Armenian, Հայաստան, Армения]
  - id: azerbaijan
    name: Azerbaijan
    aliases: [Azerbaijani, Azərbaycan]
  - id: nkr
    name: Nagorno-Karabakh Republic
    aliases: [NKR, Artsakh]
    aligned_with: [armenia]
"""

SOURCE_YAML = """\
source:
  id: am-mod
  name: Ministry of Defence of Armenia
  kind: belligerent
  speaks_for: armenia
claims:
  - id: c1
    stated: 2012-06-04
    quote: the enemy was repelled, suffering casualties
    date: 2012-06-04
    place: near Berdavan and Chinari
    initiator: azerbaijan
    casualties:
      - party: armenia
        category: soldiers
        killed: 3
        wounded: six
      - party: Azerbaijani
        killed: suffering casualties
"""

MakeCase = Callable[[Mapping[str, str | bytes | None]], Path]


@pytest.fixture
def make_case(tmp_path: Path) -> MakeCase:
    """Write a case folder from {file name: text}; ``case.yaml`` defaults to a three-party case."""

    def make(files: Mapping[str, str | bytes | None]) -> Path:
        folder = tmp_path / "test-case"
        folder.mkdir(exist_ok=True)
        all_files: dict[str, str | bytes | None] = {"case.yaml": CASE_YAML, **files}
        for name, content in all_files.items():
            if content is None:
                continue
            path = folder / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(textwrap.dedent(content), encoding="utf-8")
        return folder

    return make


def benchmark_generator() -> ModuleType:
    """benchmarks/generate.py, the generator of synthetic cases (the benchmarks folder is not a package)."""
    spec = importlib.util.spec_from_file_location("reconcile_benchmark_generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module
