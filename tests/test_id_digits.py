"""Claim and source ids that differ only by the script of their digits (``c1`` and ``c١``, an Arabic-Indic one) read
as one id, and are refused as look-alikes, as ids that differ only by letter case or by letters of another script
are: a report, ``explain`` or a ``supersedes`` that names one would name either. Before, both were accepted as two
claims. Ids of one value in other digits stay apart (``c1`` and ``c٢``); an id with a letter decomposed (NFD) was
already refused, naming the combining mark."""

from __future__ import annotations

import io

import pytest

from reconcile.cli import main

from .conftest import MakeCase

CLAIM = "  - {{id: {id}, stated: 2012-06-0{day}, quote: q{day}, date: 2012-06-0{day}, place: X{extra}}}\n"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _source(source_id: str, *claims: str) -> str:
    return f"source: {{id: {source_id}, name: OSCE, kind: monitor}}\nclaims:\n" + "".join(claims)


@pytest.mark.parametrize(("other", "digits"), [
    ("c\u0661", "Arabic-Indic \u0661"),  # c١
    ("c\u06f1", "Extended Arabic-Indic \u06f1"),  # c۱, as Persian and Urdu keyboards type it
    ("c\u0967", "Devanagari \u0967"),  # c१
    ("C\u09e7", "Bengali \u09e7"),  # C১: letter case and digits
])
def test_claim_ids_that_differ_only_by_the_script_of_their_digits_are_refused(
        make_case: MakeCase, other: str, digits: str) -> None:
    text = _source("osce", CLAIM.format(id="c1", day=4, extra=""), CLAIM.format(id=other, day=5, extra=""))
    code, _out, err = run("validate", str(make_case({"osce.yaml": text})))
    assert code == 2
    assert err.splitlines()[0] == (
        f"test-case/osce.yaml:4: $.claims[1].id: claim id {other!r} differs from it only by digits of another script "
        f"({digits}), and 'c1' is used in test-case/osce.yaml:3: ids that look alike name one claim in the report; "
        "use one id for one claim, or ids that differ visibly")


def test_a_reference_with_digits_of_another_script_names_the_id_meant(make_case: MakeCase) -> None:
    """``c٢`` (an Arabic-Indic two) is another id than ``c1``: only the reference is a problem."""
    text = _source("osce", CLAIM.format(id="c1", day=4, extra=""),
                   CLAIM.format(id="c\u0662", day=5, extra=", supersedes: ['c\u0661']"))
    code, _out, err = run("validate", str(make_case({"osce.yaml": text})))
    assert code == 2
    assert err.splitlines()[1].endswith(": 1 problem; the case is not valid")
    assert err.splitlines()[0] == (
        "test-case/osce.yaml:4: $.claims[1].supersedes[0]: names 'c\u0661', but source 'osce' has no claim with that "
        "id; did you mean 'c1'? 'c\u0661' differs from it only by digits of another script (Arabic-Indic \u0661)")


def test_a_reference_to_a_look_alike_of_two_claims_names_the_first(make_case: MakeCase) -> None:
    """``c1`` and ``C1`` both exist (the second refused as a look-alike): a fullwidth ``c１`` means the first, not the
    one refused."""
    text = _source("osce", CLAIM.format(id="c1", day=4, extra=""), CLAIM.format(id="C1", day=5, extra=""),
                   CLAIM.format(id="c3", day=6, extra=", supersedes: ['c\uff11']"))
    code, _out, err = run("validate", str(make_case({"osce.yaml": text})))
    assert code == 2
    assert "did you mean 'c1'?" in err


def test_source_ids_that_differ_only_by_the_script_of_their_digits_are_refused(make_case: MakeCase) -> None:
    case = make_case({"a.yaml": _source("osce1", CLAIM.format(id="c1", day=4, extra="")),
                      "b.yaml": _source("osce\u0661", CLAIM.format(id="c1", day=5, extra=""))})
    code, _out, err = run("validate", str(case))
    assert code == 2
    assert "source id 'osce\u0661' differs from it only by digits of another script (Arabic-Indic \u0661)" in err
