"""``reconcile explain`` takes a claim by its claim id alone, without its source, where one source alone has it
(before, ``explain CASE am-2012-06-05 az-confirm-2012-06-05`` was refused as "no claim"); where several sources
have it, the refusal names them."""

from __future__ import annotations

import attrs
import pytest

from reconcile.errors import ReconcileError
from reconcile.match import explain
from reconcile.models import Rejected

from .conftest import SEED, SOURCE_YAML, MakeCase
from .test_cli import run
from .test_match import GAZETTEER, case_of, claim


def test_a_claim_id_one_source_alone_has_names_its_claim() -> None:
    """The seed's two 5 June claims by their claim ids alone: explained as by their global ids."""
    code, out, err = run("explain", str(SEED), "am-2012-06-05", "az-confirm-2012-06-05")
    assert (code, err) == (0, "")
    assert out == run("explain", str(SEED), "am-mod/am-2012-06-05", "az-mod/az-confirm-2012-06-05")[1]
    assert out.splitlines()[0] == "am-mod/am-2012-06-05  <->  az-mod/az-confirm-2012-06-05"
    # a claim id no source has is unknown, as before, with the close ids
    code, _, err = run("explain", str(SEED), "am-2012-06-09", "az-confirm-2012-06-05")
    assert code == 2
    assert "no claim 'am-2012-06-09'" in err
    assert "close ids: " in err


def test_a_bare_id_may_stand_beside_a_global_one() -> None:
    """One claim by its claim id, the other by its global id."""
    text = explain(case_of(claim("am/a", 0), claim("az/b", 0)), "a", "az/b", gazetteer=GAZETTEER)
    assert text.splitlines()[0] == "am/a  <->  az/b"


def test_a_claim_id_several_sources_have_is_refused_with_their_names() -> None:
    """``c1`` of three sources: which sources have it, and how to name one."""
    case = case_of(claim("osce/c1", 0), claim("am/c1", 0), claim("az/c1", 0), claim("az/c2", 0))
    with pytest.raises(ReconcileError) as caught:
        explain(case, "c1", "az/c2", gazetteer=GAZETTEER)
    assert str(caught.value) == ("claim id 'c1' is in 3 sources of case 'test' (am, az, osce): name one as "
                                 "<source id>/<claim id>, e.g. am/c1")


def test_the_cli_names_the_sources_of_an_ambiguous_claim_id(make_case: MakeCase) -> None:
    """The command exits 2 (bad input) with the message on stderr."""
    other = SOURCE_YAML.replace("id: am-mod", "id: hetq").replace("Ministry of Defence of Armenia", "Hetq").replace(
        "kind: belligerent\n  speaks_for: armenia", "kind: media")
    folder = make_case({"am-mod.yaml": SOURCE_YAML, "hetq.yaml": other})
    code, out, err = run("explain", str(folder), "c1", "hetq/c1")
    assert (code, out) == (2, "")
    assert "claim id 'c1' is in 2 sources of case 'test-case' (am-mod, hetq): name one as <source id>/<claim id>" in err


def test_a_rejected_claim_by_its_claim_id_says_why_it_is_in_no_event() -> None:
    """The claim id of a rejected claim alone: its file, line and reason, under its global id."""
    case = attrs.evolve(case_of(claim("am/a", 0), claim("az/b", 0)), rejected=(
        Rejected(claim="am/c", file="t/am.yaml", line=7, reason="$.claims[2].date: cannot read a date from 'x'"),))
    with pytest.raises(ReconcileError) as caught:
        explain(case, "c", "am/a", gazetteer=GAZETTEER)
    assert str(caught.value) == ("claim 'am/c' of case 'test' was rejected, so it is in no event "
                                 "(t/am.yaml:7: $.claims[2].date: cannot read a date from 'x')")


def test_a_claim_named_both_ways_is_one_claim() -> None:
    """The claim id and the global id of one claim are one claim, said so."""
    with pytest.raises(ReconcileError) as caught:
        explain(case_of(claim("am/a", 0), claim("az/b", 0)), "a", "am/a", gazetteer=GAZETTEER)
    assert str(caught.value) == "explain needs two different claims, 'a' and 'am/a' both name am/a"


def test_an_id_in_other_letter_case_is_suggested() -> None:
    """``AM-MOD/C1`` for ``am-mod/c1``: the fuzzy score compares letters as written and found nothing close; the id
    of other letter case comes first, and the message says ids tell letter case apart."""
    case = case_of(claim("am-mod/c1", 0), claim("az-mod/c2", 0), claim("osce/x7", 0))
    with pytest.raises(ReconcileError) as caught:
        explain(case, "AM-MOD/C1", "az-mod/c2", gazetteer=GAZETTEER)
    assert str(caught.value) == ("no claim 'AM-MOD/C1' in case 'test' (ids tell letter case apart); close ids: "
                                 "am-mod/c1")


def test_the_cli_suggests_an_id_in_other_letter_case(make_case: MakeCase) -> None:
    """Both ways of naming a claim, its global id and its claim id alone, in other letter case."""
    other = SOURCE_YAML.replace("id: am-mod", "id: hetq").replace("Ministry of Defence of Armenia", "Hetq").replace(
        "kind: belligerent\n  speaks_for: armenia", "kind: media").replace("id: c1", "id: h2")
    folder = make_case({"am-mod.yaml": SOURCE_YAML, "hetq.yaml": other})
    code, out, err = run("explain", str(folder), "AM-MOD/C1", "hetq/h2")
    assert (code, out) == (2, "")
    assert "no claim 'AM-MOD/C1' in case 'test-case' (ids tell letter case apart); close ids: am-mod/c1" in err
    code, _, err = run("explain", str(folder), "hetq/h2", "C1")
    assert code == 2
    assert "no claim 'C1' in case 'test-case' (ids tell letter case apart); close ids: am-mod/c1" in err
