"""The closed vocabularies of a claim file (source kind, stance, casualty category) are read in any letter case and
with spaces around them, as spreadsheets keep them ("Denies", "Monitor "); a word of none is still refused."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import CaseError
from reconcile.load import load_case
from reconcile.models import CATEGORIES, SOURCE_KINDS, STANCES

from .conftest import MakeCase

CSV_HEADER = "source_id,source_name,source_kind,speaks_for,id,stated,quote,date,place,stance,killed:armenia:civilians\n"


def yaml_source(kind: str, stance: str, category: str) -> str:
    return (f"source: {{id: am-mod, name: M, kind: '{kind}', speaks_for: armenia}}\nclaims:\n"
            f"  - {{id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Voskepar, stance: '{stance}',\n"
            f"     casualties: [{{party: armenia, category: '{category}', killed: 3}}]}}\n")


def spelled(word: str) -> st.SearchStrategy[str]:
    """``word`` in any letter case, with spaces around it or none."""
    cased = st.lists(st.booleans(), min_size=len(word), max_size=len(word)).map(
        lambda upper: "".join(c.upper() if u else c for c, u in zip(word, upper, strict=True)))
    return st.tuples(st.sampled_from(["", " "]), cased, st.sampled_from(["", " ", "  "])).map("".join)


@given(kind=st.sampled_from(SOURCE_KINDS).flatmap(lambda w: st.tuples(st.just(w), spelled(w))),
       stance=st.sampled_from(STANCES).flatmap(lambda w: st.tuples(st.just(w), spelled(w))),
       category=st.sampled_from(CATEGORIES).flatmap(lambda w: st.tuples(st.just(w), spelled(w))))
@example(kind=("monitor", "Monitor "), stance=("denies", "DENIES"), category=("civilians", "Civilians"))
def test_yaml_vocabulary_in_any_case(tmp_path_factory: pytest.TempPathFactory, kind: tuple[str, str],
                                     stance: tuple[str, str], category: tuple[str, str]) -> None:
    from .conftest import CASE_YAML

    folder = tmp_path_factory.mktemp("case")
    (folder / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
    (folder / "am-mod.yaml").write_text(yaml_source(kind[1], stance[1], category[1]), encoding="utf-8")
    case = load_case(folder)
    (claim,) = case.claims
    assert case.sources[0].kind == kind[0]
    assert claim.stance == stance[0]
    assert [c.category for c in claim.casualties] == [category[0]]


@pytest.mark.parametrize("stance", ["Denies", " DENIES "])
def test_csv_vocabulary_in_any_case(make_case: MakeCase, stance: str) -> None:
    row = f"am-mod,M,Belligerent,armenia,c1,2012-06-04,q,2012-06-04,Voskepar,{stance},3\n"
    case = load_case(make_case({"am-mod.csv": CSV_HEADER + row}))
    assert case.sources[0].kind == "belligerent"
    assert case.claims[0].stance == "denies"


@pytest.mark.parametrize(("field", "value", "message"), [
    ("stance", "denied", "$.claims[0].stance: expected one of asserts, denies (got 'denied')"),
    ("kind", "ministry", "$.source.kind: unknown source kind"),
])
def test_a_word_of_no_vocabulary_is_still_refused(make_case: MakeCase, field: str, value: str, message: str) -> None:
    text = yaml_source("belligerent", "asserts", "soldiers").replace(
        "stance: 'asserts'" if field == "stance" else "kind: 'belligerent'", f"{field}: '{value}'")
    with pytest.raises(CaseError) as info:
        load_case(make_case({"am-mod.yaml": text}))
    assert any(message in str(p) for p in info.value.problems), info.value.problems
