"""A CSV header cell longer than the csv module's default field limit (131,072 characters): the header line is read
to tell its separator before the limit was raised for the file, and the run ended in `internal error: Error: field
larger than field limit (131072)` (exit 1) instead of naming the column."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from reconcile.cli import main

from .conftest import MakeCase

DEFAULT_FIELD_LIMIT = 131_072
LONG = "region" + "x" * 140_000


@pytest.fixture(autouse=True)
def _default_field_limit() -> Iterator[None]:
    """The csv module's limit is global: an earlier test that read a large file raised it. Each test here starts
    from the default, as a fresh process does."""
    before = csv.field_size_limit(DEFAULT_FIELD_LIMIT)
    yield
    csv.field_size_limit(before)


def _case(make_case: MakeCase) -> Path:
    return make_case({"s.csv": f"source_id,source_name,source_kind,id,stated,quote,date,place,{LONG}\n"
                               "s,S,media,c1,2012-06-04,q,2012-06-04,Voskepar,x\n"})


@pytest.mark.parametrize("command", ["validate", "run", "sources"])
def test_a_header_cell_longer_than_the_csv_field_limit_is_an_unknown_column(make_case: MakeCase,
                                                                             command: str) -> None:
    """validate, run and sources name the column (shown by its first 200 characters) and exit 2; run writes
    nothing."""
    case = _case(make_case)
    out_dir = case.parent / "out"
    argv = [command, str(case)] + (["--no-previous", "--out", str(out_dir)] if command == "run" else [])
    err = io.StringIO()
    assert main(argv, stdout=io.StringIO(), stderr=err) == 2
    assert "internal error" not in err.getvalue()
    assert f"test-case/s.csv:1: unknown column '{LONG[:200]}...'; expected source_id, " in err.getvalue()
    assert len(err.getvalue()) < 2_000
    assert not out_dir.exists()
