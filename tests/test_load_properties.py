"""Laws of the loader: anything in gives a Case or a ReconcileError, and models survive a trip through files."""

from __future__ import annotations

import contextlib

import attrs
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reconcile.errors import CaseError, ReconcileError
from reconcile.load import load_case

from .conftest import MakeCase
from .strategies import claim_to_yaml_data, claims

HEADER = {"source": {"id": "src", "name": "A source", "kind": "media"}}

yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


# make_case rewrites the same file names on every example, so sharing its folder between examples is safe.
fixture_ok = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


def load_or_error(folder: object) -> None:
    with contextlib.suppress(ReconcileError):
        load_case(folder)  # type: ignore[arg-type]


@fixture_ok
@given(text=st.text(max_size=300))
@example(text="?")  # a mapping whose key is null: the key must still be shown, not crash
def test_arbitrary_text_gives_a_case_or_a_reconcile_error(make_case: MakeCase, text: str) -> None:
    """Any text as a source file is read or refused with a ReconcileError, never another exception."""
    load_or_error(make_case({"src.yaml": text}))


@fixture_ok
@given(raw=st.binary(max_size=200))
def test_arbitrary_bytes_as_csv_give_a_case_or_a_reconcile_error(make_case: MakeCase, raw: bytes) -> None:
    """Any bytes as a CSV file are read or refused with a ReconcileError."""
    load_or_error(make_case({"src.csv": raw}))


@fixture_ok
@given(document=yaml_values)
def test_arbitrary_yaml_documents_give_a_case_or_a_reconcile_error(make_case: MakeCase, document: object) -> None:
    """Any YAML document as a source file is read or refused with a ReconcileError."""
    load_or_error(make_case({"src.yaml": yaml.safe_dump(document, allow_unicode=True)}))


@fixture_ok
@given(claim_list=st.lists(yaml_values, max_size=3))
def test_arbitrary_claims_give_a_case_or_a_reconcile_error(make_case: MakeCase, claim_list: list[object]) -> None:
    """Arbitrary values in place of claims are read or refused with a ReconcileError."""
    text = yaml.safe_dump({**HEADER, "claims": claim_list}, allow_unicode=True)
    load_or_error(make_case({"src.yaml": text}))


@fixture_ok
@given(claim_list=st.lists(claims(), max_size=4, unique_by=lambda c: c.id))
def test_claims_survive_a_trip_through_a_yaml_file(make_case: MakeCase, claim_list: list[object]) -> None:
    """A claim written in the claim-file form reads back as the same claim (apart from where it was read)."""
    data = {**HEADER, "claims": [claim_to_yaml_data(c) for c in claim_list]}  # type: ignore[arg-type]
    try:
        case = load_case(make_case({"src.yaml": yaml.safe_dump(data, allow_unicode=True)}))
    except CaseError as exc:  # pragma: no cover - shows the problem when the law breaks
        raise AssertionError(str(exc)) from None
    read = {c.id: attrs.evolve(c, file="", line=0) for c in case.claims}
    assert read == {c.id: c for c in claim_list}  # type: ignore[attr-defined]
