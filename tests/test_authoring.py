"""Authoring: scaffolded case folders, source files and CSV templates are valid and never overwrite."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from reconcile._documents import parse_yaml
from reconcile.authoring import AuthoringError, add_source, csv_template, new_case, schema_text
from reconcile.errors import CaseError
from reconcile.load import CSV_EXAMPLE_REFERENCE, load_case


def test_new_case_is_valid_and_points_editors_at_its_schema(tmp_path: Path) -> None:
    """reconcile new writes a case.yaml that loads, starts with the schema line, and ships the schema beside it."""
    folder = tmp_path / "my-case"
    (path,) = new_case(folder, title="Border clashes", parties=["armenia=Armenia", "azerbaijan"])
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=.schemas/case.schema.json\n")
    assert (folder / ".schemas" / "case.schema.json").is_file()
    case = load_case(folder)
    assert (case.id, case.title) == ("my-case", "Border clashes")
    assert [(p.id, p.name) for p in case.parties] == [("armenia", "Armenia"), ("azerbaijan", "Azerbaijan")]
    # the comment tells where the regional gazetteer is set and what ships; these parties get the shipped one
    assert "# regional_gazetteer:" in text
    assert "am-az (Armenia and Azerbaijan" in text
    assert case.regional_gazetteer == "am-az"


def test_new_case_refuses_a_bad_case_id(tmp_path: Path) -> None:
    """A folder name that cannot be a case id asks for --id."""
    with pytest.raises(AuthoringError, match="give --id or rename the folder"):
        new_case(tmp_path / "My Case", title="t", parties=["a"])


def test_new_case_never_overwrites(tmp_path: Path) -> None:
    """An existing case.yaml is left alone."""
    new_case(tmp_path / "c", title="t", parties=["a"])
    with pytest.raises(AuthoringError, match="already exists"):
        new_case(tmp_path / "c", title="other", parties=["b"])
    assert "title: t\n" in (tmp_path / "c" / "case.yaml").read_text(encoding="utf-8")


def test_add_source_gives_a_valid_file_with_a_commented_example(tmp_path: Path) -> None:
    """The new source file loads as a source with no claims; its example claim, uncommented and given a quote of
    the source's, is valid too (left as written, it is refused as the example: tests/test_authoring_new_user.py)."""
    folder = tmp_path / "c"
    new_case(folder, title="t", parties=["armenia", "azerbaijan"])
    path = add_source(folder, "am-mod", kind="belligerent", name="Ministry of Defence", speaks_for="armenia")
    case = load_case(folder)
    assert [(s.id, s.kind, s.speaks_for) for s in case.sources] == [("am-mod", "belligerent", "armenia")]
    text = path.read_text(encoding="utf-8")
    example = "\n".join(line[1:] for line in text.splitlines() if line.startswith("#  ") or line.startswith("#    "))
    example = example.replace("the source's own words, verbatim", "the enemy was repelled")
    path.write_text(text.replace("claims: []\n", "claims:\n" + example + "\n"), encoding="utf-8")
    (claim,) = load_case(folder).claims
    assert claim.global_id == "am-mod/2012-06-04-statement"
    data = parse_yaml(path.read_text(encoding="utf-8")).data
    jsonschema.validate(data, json.loads(schema_text("source")))


def test_add_source_checks_its_arguments(tmp_path: Path) -> None:
    """Unknown kinds and parties, bad ids and existing files are refused."""
    folder = tmp_path / "c"
    new_case(folder, title="t", parties=["armenia"])
    with pytest.raises(AuthoringError, match="source kind 'blog'"):
        add_source(folder, "x", kind="blog")
    with pytest.raises(AuthoringError, match="not a party of this case"):
        add_source(folder, "x", kind="media", speaks_for="georgia")
    with pytest.raises(AuthoringError, match=r"source id '\.\./x'"):
        add_source(folder, "../x", kind="media")
    add_source(folder, "x", kind="media")
    with pytest.raises(AuthoringError, match="already exists"):
        add_source(folder, "x", kind="media")


def test_add_source_needs_a_case(tmp_path: Path) -> None:
    """Adding a source where there is no case.yaml says to create the case first."""
    with pytest.raises(CaseError, match="reconcile new"):
        add_source(tmp_path, "x", kind="media")


def test_csv_template_loads_as_a_source(tmp_path: Path) -> None:
    """The CSV template's header and example row make a valid source file once the row's reference, which marks it
    as the example to replace, is cleared; as written, the file is refused (it would read as a real claim)."""
    folder = tmp_path / "c"
    new_case(folder, title="t", parties=["armenia", "azerbaijan"])
    template = csv_template(["armenia", "azerbaijan"])
    (folder / "my-source.csv").write_text(template, encoding="utf-8")
    with pytest.raises(CaseError, match="example row of the CSV template"):
        load_case(folder)
    (folder / "my-source.csv").write_text(template.replace(CSV_EXAMPLE_REFERENCE, ""), encoding="utf-8")
    (claim,) = load_case(folder).claims
    assert claim.global_id == "my-source/example-1"
    header = next(csv.reader(io.StringIO(csv_template(["armenia"]))))
    assert header[-4:] == ["killed:armenia:soldiers", "wounded:armenia:soldiers", "killed:armenia:civilians",
                           "wounded:armenia:civilians"]
