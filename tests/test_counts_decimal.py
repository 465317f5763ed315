"""Whole figures written with a decimal point, as spreadsheets and data-frame exports write them, and figures whose
thousands are grouped by points."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile._documents import WrittenFloat
from reconcile.errors import NormalizeError
from reconcile.load import load_case
from reconcile.normalize import MAX_COUNT, parse_count

from .conftest import MakeCase
from .test_load import CSV_HEADER, problems_of


@pytest.mark.parametrize("value", ["12.0", "12.00", "12,0", " 12.0 ", 12.0, WrittenFloat(12.0, "12.0")])
def test_a_whole_figure_with_a_point_and_zeros_is_that_figure(value: object) -> None:
    count = parse_count(value)
    assert (count.low, count.high) == (12, 12)


def test_the_figure_keeps_its_text_as_written() -> None:
    assert parse_count(WrittenFloat(12.0, "12.00")).text == "12.00"
    assert parse_count("12,0").text == "12,0"


@given(st.integers(0, MAX_COUNT), st.sampled_from([".0", ".00", ",0", ",00"]))
@example(0, ".0")
@example(MAX_COUNT, ".00")
def test_a_point_and_zeros_change_nothing(number: int, tail: str) -> None:
    written = parse_count(f"{number}{tail}")
    assert (written.low, written.high) == (number, number)


@pytest.mark.parametrize(("value", "plain"), [
    ("1.200", "1200"), ("12.000", "12000"), ("1.000.000", "1000000"), (WrittenFloat(1.0, "1.000"), "1000"),
])
def test_thousands_grouped_by_points_are_refused_with_the_way_to_write_them(value: object, plain: str) -> None:
    thousands = rf"whole number, got .*; if the point separates thousands, write {plain}$"
    with pytest.raises(NormalizeError, match=thousands):
        parse_count(value)


@pytest.mark.parametrize("value", ["2.5", "12.05", "12.000 1", 2.5, WrittenFloat(2.5, "2.50")])
def test_a_fraction_is_still_refused(value: object) -> None:
    with pytest.raises(NormalizeError, match=r"whole number|cannot read a count"):
        parse_count(value)


def test_a_yaml_figure_written_with_a_point_loads(make_case: MakeCase) -> None:
    source = """\
        source: {id: ngo, name: NGO, kind: monitor}
        claims:
          - id: c1
            stated: 2012-06-05
            quote: twelve killed
            date: 2012-06-04
            place: Berdavan
            casualties:
              - {party: armenia, killed: 12.0, wounded: "3,0"}
        """
    (claim,) = load_case(make_case({"ngo.yaml": source})).claims
    (toll,) = claim.casualties
    assert (toll.killed.low, toll.killed.high, toll.killed.text) == (12, 12, "12.0")
    assert (toll.wounded.low, toll.wounded.high) == (3, 3)


def test_a_csv_figure_written_with_a_point_loads(make_case: MakeCase) -> None:
    row = 'ngo,NGO,monitor,,c1,2012-06-05,twelve killed,2012-06-04,Berdavan,,12.0'
    (claim,) = load_case(make_case({"ngo.csv": f"{CSV_HEADER}\n{row}\n"})).claims
    (toll,) = claim.casualties
    assert (toll.killed.low, toll.killed.high) == (12, 12)


def test_a_json_figure_grouped_by_points_names_file_claim_and_field(make_case: MakeCase) -> None:
    source = ('{"source": {"id": "js", "name": "J", "kind": "media"}, "claims": [{"id": "a", "stated": "2012-06-05", '
              '"quote": "q", "date": "2012-06-04", "place": "Berdavan", "casualties": [{"party": "armenia", '
              '"killed": 1.000}]}]}')
    (problem,) = problems_of(make_case({"js.json": source}))
    assert "js.json" in problem
    assert "casualties[0].killed: a count must be a whole number, got 1.000;" in problem
    assert problem.endswith("if the point separates thousands, write 1000")
