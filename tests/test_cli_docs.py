"""The messages that docs/errors.md quotes for a new case's first problems are what the commands print."""

from __future__ import annotations

import io
import re
from pathlib import Path

from reconcile.cli import main

from .conftest import ROOT, SEED

ERRORS = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
SECTION = ERRORS.split("## The first problems of a new case", 1)[1].split("\n## ", 1)[0]

CASE = """\
case: my-case
title: A case with a new case's mistakes
parties:
  - {id: kyrgyzstan, name: Kyrgyzstan}
  - {id: tajikistan, name: Tajikistan}
"""
KG_BORDER = """\
source: {id: kg-border, name: Border Service of Kyrgyzstan, kind: belligerent, speaks_for: kyrgyzstan}
claims:
  - {id: kg-2022-09-14, stated: 2022-09-14, quote: q, date: 2022-09-14, place: Golovnaya}
  - {id: kg-2022-09-16, stated: 2022-09-16, quote: q, date: 2022-09-16, place: Batken, initiator: Tajik}
  - {id: kg-2022-09-18, stated: 2022-09-18, quote: q, date: 2022-09-16, place: Batken, supersedes: kg-2022-09-16}
  - id: kg-2022-09-19
    stated: 2022-09-19
    quote: q
    date: 2022-09-16
    place: Batken
    casualty: [{party: kyrgyzstan, killed: 3}]
"""
HEADER = "source_id,source_name,source_kind,id,stated,reference,quote,date,place\n"
SPREADSHEET = HEADER + "media,Media,media,m-1,14/09/2022,,q,14/09/2022,Batken\n"
TEMPLATE_ROW = HEADER + ("my-source,Name of the source,media,example-1,2012-06-04,EXAMPLE: replace or delete this row,"
                         "q,4 June 2012,x\n")
# The example claim of `add-source`, uncommented below `claims: []` (line 6), and uncommented but never filled in.
BELOW_EMPTY = """\
source:
  id: ukrinform
  name: Ukrinform
  kind: media
# the claims
claims: []
  - {id: u-1, stated: 2022-09-14, quote: q, date: 2022-09-14, place: Batken}
"""
UNFILLED = """\
source: {id: unfilled, name: Unfilled, kind: media}
claims:
  - id: 2012-06-04-statement
    stated: 2012-06-04
    quote: the source's own words, verbatim
    date: 2012-06-04
    place: near the village of ...
"""
SEMICOLONS = HEADER.replace(",", ";") + "eu;EU;media;e-1;2022-09-14;;shelling; near Batken;2022-09-14;Batken\n"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def quoted(row: str) -> list[str]:
    """The parts of the message quoted in a row's first cell: its code spans, cut at each elided '...'."""
    first = row.split(" | ")[0]
    parts = [part.strip(" ,") for span in re.findall(r"`([^`]+)`", first) for part in span.split("...")]
    return [part for part in parts if " " in part]  # a message, not a word such as `explain`


def test_every_message_of_the_first_problems_table_is_printed(tmp_path: Path) -> None:
    """Each message in errors.md's table of a new case's first problems is printed, as quoted, by validate or
    explain on a case that makes those mistakes."""
    case = tmp_path / "my-case"
    case.mkdir()
    for name, text in {"case.yaml": CASE, "kg-border.yaml": KG_BORDER, "media.csv": SPREADSHEET,
                       "template.csv": TEMPLATE_ROW, "eu.csv": SEMICOLONS, "ukrinform.yaml": BELOW_EMPTY,
                       "unfilled.yaml": UNFILLED}.items():
        (case / name).write_text(text, encoding="utf-8")
    code, _, validated = run("validate", str(case))
    assert code == 2
    for name in ("media.csv", "template.csv", "eu.csv", "ukrinform.yaml", "unfilled.yaml"):
        (case / name).unlink()
    (case / "kg-border.yaml").write_text(KG_BORDER.split("  - id: kg-2022-09-19")[0].replace(", initiator: Tajik", ""),
                                         encoding="utf-8")
    code, _, explained = run("explain", str(case), "kg-border/kg-2022-09-41", "kg-border/kg-2022-09-14")
    assert code == 2
    # two sources that number their claims alike, named by the claim id alone
    for source_id in ("kg-media", "tj-mfa"):
        (case / f"{source_id}.yaml").write_text(
            f"source: {{id: {source_id}, name: {source_id}, kind: media}}\n"
            "claims:\n  - {id: c1, stated: 2022-09-14, quote: q, date: 2022-09-14, place: Batken}\n", encoding="utf-8")
    code, _, ambiguous = run("explain", str(case), "c1", "kg-border/kg-2022-09-14")
    assert code == 2
    explained += ambiguous
    rows = [line for line in SECTION.splitlines() if line.startswith("| `")]
    assert len(rows) >= 7
    for row in rows:
        printed = explained if "(from `explain`)" in row else validated
        assert quoted(row), row
        for part in quoted(row):
            assert part in printed, (part, printed)


def test_sources_explains_each_column() -> None:
    """Below its table, `reconcile sources` says what each column that is not plain counts; -q leaves that out."""
    code, out, _ = run("sources", str(SEED))
    assert code == 0
    lines = out.splitlines()
    header = lines[0]
    for column in ("figures within", "revised", "denials contradicted", "score"):
        assert column in header
        assert any(line.startswith(f"{column}: ") for line in lines[1:]), column
    code, quiet, _ = run("sources", str(SEED), "-q")
    assert not any(line.startswith("revised: ") for line in quiet.splitlines())


def test_add_source_reads_kind_in_any_letter_case(tmp_path: Path) -> None:
    """--kind is read in any letter case and with spaces around it, as the kind of a claim file is."""
    case = tmp_path / "my-case"
    case.mkdir()
    (case / "case.yaml").write_text(CASE, encoding="utf-8")
    code, _, err = run("add-source", str(case), "un", "--kind", " Monitor ")
    assert code == 0, err
    assert "kind: monitor\n" in (case / "un.yaml").read_text(encoding="utf-8")


def test_add_source_notes_a_belligerent_that_speaks_for_no_party(tmp_path: Path) -> None:
    """A belligerent added without --speaks-for gets a note saying how to name its side; one with it does not."""
    case = tmp_path / "my-case"
    case.mkdir()
    (case / "case.yaml").write_text(CASE, encoding="utf-8")
    code, out, _ = run("add-source", str(case), "kg-mod", "--kind", "belligerent")
    assert code == 0
    assert "note: kg-mod is a belligerent that speaks for no party; if it speaks for one, add speaks_for" in out
    code, out, _ = run("add-source", str(case), "tj-mod", "--kind", "belligerent", "--speaks-for", "tajikistan")
    assert code == 0
    assert "note:" not in out


def test_new_says_what_comes_next(tmp_path: Path) -> None:
    """`new` says to list the parties' aliases, and how to start a source in YAML or in a spreadsheet."""
    code, out, _ = run("new", str(tmp_path / "my-case"), "--title", "T", "--party", "kyrgyzstan")
    assert code == 0
    assert "aliases" in out
    assert f"reconcile add-source {tmp_path / 'my-case'} SOURCE_ID --kind KIND" in out
    assert f"reconcile template csv {tmp_path / 'my-case'} > {tmp_path / 'my-case' / 'SOURCE_ID.csv'}" in out
