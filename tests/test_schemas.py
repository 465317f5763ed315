"""The JSON Schemas for claim files: shipped with the package, equal to docs/schemas/, and in step with the loader."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from reconcile._documents import decode, parse_json, parse_yaml

from .conftest import ROOT

BAD = ROOT / "tests" / "data" / "bad"
KINDS = ("case", "source", "gazetteer")


def schema(kind: str) -> dict[str, Any]:
    text = resources.files("reconcile").joinpath("schemas", f"{kind}.schema.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def kind_of(path: Path) -> str:
    if path.stem.lower() == "case":
        return "case"
    return "gazetteer" if path.stem.lower() == "gazetteer" else "source"


def data_of(path: Path) -> Any:
    text = decode(path.read_bytes())
    return (parse_json(text) if path.suffix.lower() == ".json" else parse_yaml(text)).data


def errors(path: Path) -> list[str]:
    validator = jsonschema.Draft202012Validator(schema(kind_of(path)))
    return [error.message for error in validator.iter_errors(data_of(path))]


@pytest.mark.parametrize("kind", KINDS)
def test_schemas_are_valid_and_published(kind: str) -> None:
    """Each shipped schema is a valid JSON Schema and equals its copy in docs/schemas/."""
    jsonschema.Draft202012Validator.check_schema(schema(kind))
    assert (ROOT / "docs" / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8") == json.dumps(
        schema(kind), indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("path", sorted(p for p in (ROOT / "claims").rglob("*") if p.suffix in (".yaml", ".json")),
                         ids=lambda p: p.name)
def test_shipped_cases_satisfy_the_schemas(path: Path) -> None:
    """Every YAML and JSON file of the shipped cases validates."""
    assert errors(path) == []


REJECTED_BY_BOTH = [
    "unknown-key", "missing-required-field", "wrong-type", "negative-count", "absurd-count", "claims-not-mappings",
    "unknown-source-kind", "id-with-path-characters", "source-id-with-path-characters", "case-id-path-traversal",
    "empty-quote", "stated-not-a-day", "gazetteer-bad-coordinates",
]


@pytest.mark.parametrize("case", REJECTED_BY_BOTH)
def test_schemas_reject_what_the_loader_rejects(case: str) -> None:
    """A sample of the bad-input corpus that the loader refuses is refused by the schemas too."""
    found = [error for path in sorted((BAD / case).iterdir()) if path.suffix in (".yaml", ".json")
             for error in errors(path)]
    assert found


@pytest.mark.parametrize("case", ["bom-and-crlf", "html-and-js-in-every-text-field", "javascript-and-data-urls"])
def test_schemas_accept_what_the_loader_accepts(case: str) -> None:
    """Cases the loader accepts pass the schemas."""
    for path in sorted((BAD / case).iterdir()):
        if path.suffix in (".yaml", ".json"):
            assert errors(path) == [], path


def test_schema_accepts_an_empty_regional_gazetteer(tmp_path: Path) -> None:
    """`regional_gazetteer: ""` is read as the key left out (docs/claim-format.md); the schema says so too."""
    case = tmp_path / "case.yaml"
    case.write_text('case: c\ntitle: C\nregional_gazetteer: ""\nparties:\n  - id: a\n    name: A\n', encoding="utf-8")
    assert errors(case) == []
