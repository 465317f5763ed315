"""A value of a closed list one slip away from a word of it is refused with the word meant, as a party is
(``did you mean 'armenia'?``): ``category: civilian`` said only "expected one of soldiers, civilians, unknown". So do
the source kind, the stance, a casualty column's category, ``regional_gazetteer``, an unknown key and an unknown CSV
column."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.authoring import AuthoringError, add_source
from reconcile.errors import CaseError
from reconcile.load import load_case

from .conftest import CASE_YAML, MakeCase


def problems(folder: Path) -> list[str]:
    with pytest.raises(CaseError) as info:
        load_case(folder)
    return [str(p) for p in info.value.problems]


def yaml_source(kind: str = "belligerent", stance: str = "asserts", category: str = "soldiers",
                extra: str = "") -> str:
    return (f"source: {{id: am-mod, name: M, kind: '{kind}', speaks_for: armenia}}\nclaims:\n"
            f"  - {{id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Voskepar, stance: '{stance}',\n"
            f"     casualties: [{{party: armenia, category: '{category}', killed: 3{extra}}}]}}\n")


@pytest.mark.parametrize(("source", "problem"), [
    (yaml_source(category="civilian"), "$.claims[0].casualties[0].category: expected one of soldiers, civilians, "
                                       "unknown (got 'civilian'); did you mean 'civilians'?"),
    (yaml_source(category="Soldier"), "$.claims[0].casualties[0].category: expected one of soldiers, civilians, "
                                      "unknown (got 'Soldier'); did you mean 'soldiers'?"),
    (yaml_source(stance="denied"), "$.claims[0].stance: expected one of asserts, denies (got 'denied'); did you "
                                   "mean 'denies'?"),
    (yaml_source(kind="monitors"), "$.source.kind: unknown source kind; expected one of belligerent, monitor, "
                                   "media, analyst (got 'monitors'); did you mean 'monitor'?"),
    (yaml_source(extra=", kiled: 2"), "$.claims[0].casualties[0].kiled: unknown key 'kiled' (did you mean "
                                      "'killed'?); the keys accepted here are: party, category, killed, wounded, "
                                      "captured, missing"),
])
def test_a_near_miss_in_yaml_names_the_word_meant(make_case: MakeCase, source: str, problem: str) -> None:
    assert any(found.endswith(problem) for found in problems(make_case({"am-mod.yaml": source}))), problem


def test_only_a_near_miss_gets_a_hint(make_case: MakeCase) -> None:
    """``generals`` is no slip of any category: refused as before, without a word meant; ``civilian`` beside it is."""
    text = yaml_source(category="generals") + (
        "  - {id: c2, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Voskepar,\n"
        "     casualties: [{party: armenia, category: civilian, killed: 3}]}\n")
    first, second = problems(make_case({"am-mod.yaml": text}))
    assert first.endswith("category: expected one of soldiers, civilians, unknown (got 'generals')")
    assert second.endswith("category: expected one of soldiers, civilians, unknown (got 'civilian'); did you mean "
                           "'civilians'?")


HEADER = "source_id,source_name,source_kind,speaks_for,id,stated,quote,date,place,stance"


def test_near_misses_in_a_csv_file_name_the_words_meant(make_case: MakeCase) -> None:
    """The kind and stance of a row, and a casualty column's category."""
    text = (f"{HEADER},killed:armenia:civilian\n"
            "am-mod,M,belligerant,armenia,c1,2012-06-04,q,2012-06-04,Voskepar,asserted,3\n")
    assert problems(make_case({"am-mod.csv": text})) == [
        "test-case/am-mod.csv:1: column 'killed:armenia:civilian': unknown category 'civilian'; expected one of "
        "soldiers, civilians, unknown; did you mean 'civilians'?"]
    text = f"{HEADER}\nam-mod,M,belligerant,armenia,c1,2012-06-04,q,2012-06-04,Voskepar,asserted\n"
    assert problems(make_case({"am-mod.csv": text})) == [
        "test-case/am-mod.csv:2: source_kind: unknown source kind; expected one of belligerent, monitor, media, "
        "analyst (got 'belligerant'); did you mean 'belligerent'?",
        "test-case/am-mod.csv:2: stance: expected one of asserts, denies (got 'asserted'); did you mean 'asserts'?"]


def test_a_csv_column_with_a_typo_names_the_column_meant(make_case: MakeCase) -> None:
    """A measure misspelt in a casualty column, and a column of the format misspelt."""
    text = (f"{HEADER.replace('place', 'plcae')},kiled:armenia:soldiers\n"
            "am-mod,M,belligerent,armenia,c1,2012-06-04,q,2012-06-04,Voskepar,asserts,3\n")
    (unknown,) = [p for p in problems(make_case({"am-mod.csv": text})) if "unknown column" in p]
    assert "unknown columns 'plcae' (did you mean place?), 'kiled:armenia:soldiers' (did you mean " \
           "killed:armenia:soldiers?); expected" in unknown


def test_a_regional_gazetteer_with_a_typo_names_the_one_meant(make_case: MakeCase) -> None:
    case = CASE_YAML.replace("parties:", "regional_gazetteer: am_az\nparties:", 1)
    (found,) = problems(make_case({"case.yaml": case, "am-mod.yaml": yaml_source()}))
    assert "no regional gazetteer 'am_az' (did you mean 'am-az'?): the package ships am-az" in found


def test_add_source_names_the_kind_meant(make_case: MakeCase) -> None:
    """The Python API's add_source (the command's --kind is a choice of argparse)."""
    with pytest.raises(AuthoringError, match=r"source kind 'monitors': expected one of belligerent, monitor, media, "
                                             r"analyst; did you mean 'monitor'\?"):
        add_source(make_case({}), "osce", kind="monitors")
