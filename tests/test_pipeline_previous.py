"""`reconcile(case, previous=...)` given a path or parsed JSON instead of a reconciliation says what it needs,
instead of an AttributeError from deep in the comparison (found by a user of the Python API)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.load import load_case
from reconcile.pipeline import reconcile

from .conftest import SEED


@pytest.mark.parametrize("previous", ["out/reconciliation.json", Path("out/reconciliation.json"), {"events": []}])
def test_previous_that_is_no_reconciliation_is_a_type_error(previous: object) -> None:
    with pytest.raises(TypeError, match=r"previous must be a Reconciliation, such as the first item that "
                                        r"reconcile\.serialize\.read_json\(path\) returns; got "):
        reconcile(load_case(SEED), previous=previous)  # type: ignore[arg-type]
