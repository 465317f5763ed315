"""The shipped regional gazetteer serves only cases in its region (`reconcile.regional`).

A case elsewhere must not have its places taken for the nearest spelling the shipped gazetteer lists: Taiz is not
Tovuz, Axum not Varagavan, Keran not Gogaran. case.yaml can name the regional gazetteer, or leave it out.
"""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

from reconcile import pipeline, regional
from reconcile.cli import main
from reconcile.errors import CaseError
from reconcile.load import load_case
from reconcile.models import Case, GazetteerEntry, Party
from reconcile.places import Gazetteer, case_gazetteer
from reconcile.report import GAZETTEER_CREDIT, OWN_PLACES_ONLY
from reconcile.serialize import from_json, to_json

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "claims" / "2012-tavush-qazakh"

YEMEN_CASE = """\
case: yemen-test
title: Air strikes in Yemen
parties:
  - {id: houthis, name: Ansar Allah, aliases: [Houthis]}
  - {id: coalition, name: Saudi-led coalition}
"""
# Each place is a spelling the shipped gazetteer of Armenia and Azerbaijan lists for a place of its own, or comes
# within its resolving threshold of one.
YEMEN_CLAIMS = """\
source: {id: ocha, name: UN OCHA, kind: monitor}
claims:
  - {id: taiz, stated: 2019-03-16, quote: q, date: 2019-03-15, place: Taiz, event: shelling}
  - {id: axum, stated: 2019-03-17, quote: q, date: 2019-03-17, place: Axum, event: shelling}
  - {id: keran, stated: 2019-03-19, quote: q, date: 2019-03-19, place: Keran sector, event: shelling}
"""


def _case(folder: Path, case_yaml: str, claims: str = YEMEN_CLAIMS, gazetteer: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "case.yaml").write_text(case_yaml, encoding="utf-8")
    (folder / "ocha.yaml").write_text(claims, encoding="utf-8")
    if gazetteer is not None:
        (folder / "gazetteer.yaml").write_text(gazetteer, encoding="utf-8")
    return folder


def _resolved(case: Case) -> list[tuple[str, str | None]]:
    """Each event's places as the merge resolved them: (name, gazetteer id)."""
    result = pipeline.reconcile(case)
    return sorted(((m.name, m.resolved) for event in result.events for m in event.places), key=str)


def test_shipped_gazetteer_does_not_capture_places_abroad(tmp_path: Path) -> None:
    """A case whose parties lie outside Armenia and Azerbaijan gets no shipped gazetteer: its places keep their
    names and take no id or coordinates of a village there."""
    case = load_case(_case(tmp_path / "ye", YEMEN_CASE))
    assert case.regional_gazetteer == regional.NONE
    assert [resolved for _, resolved in _resolved(case)] == [None, None, None]
    # the same claims, told to use the shipped gazetteer, are captured by it: the test above has teeth
    told = load_case(_case(tmp_path / "told", YEMEN_CASE + "regional_gazetteer: am-az\n"))
    assert told.regional_gazetteer == "am-az"
    assert any(resolved is not None for _, resolved in _resolved(told))


def test_seed_case_keeps_its_regional_gazetteer() -> None:
    """The seed case names Armenia among its parties, so the shipped gazetteer serves it."""
    case = load_case(SEED)
    assert case.regional_gazetteer == "am-az"
    assert regional.reason("am-az", case.parties, case.gazetteer) == "party Armenia"
    assert len(case_gazetteer(case)) == len(Gazetteer.default()) + len(case.gazetteer)


def test_case_yaml_can_leave_the_regional_gazetteer_out(tmp_path: Path) -> None:
    """``regional_gazetteer: none`` on a case of the region leaves only the case's own places."""
    folder = tmp_path / "seed"
    folder.mkdir()
    for file in SEED.iterdir():
        (folder / file.name).write_bytes(file.read_bytes())
    with (folder / "case.yaml").open("a", encoding="utf-8") as out:
        out.write("regional_gazetteer: none\n")
    case = load_case(folder)
    assert case.regional_gazetteer == regional.NONE
    own = {entry.id for entry in case.gazetteer}
    assert {resolved for _, resolved in _resolved(case) if resolved is not None} <= own
    assert len(case_gazetteer(case)) == len(own)


@pytest.mark.parametrize(("parties", "country", "expected"), [
    ("  - {id: am, name: Armenian Armed Forces}\n", None, "am-az"),
    ("  - {id: az, name: Силы Азербайджана}\n", None, "am-az"),
    ("  - {id: nk, name: Defence Army, aliases: [Artsakh]}\n", None, "am-az"),
    ("  - {id: ua, name: Ukraine}\n", None, "none"),
    ("  - {id: ua, name: Ukraine}\n", "Armenia", "am-az"),
    ("  - {id: ua, name: Ukraine}\n", "UA", "none"),
])
def test_inferred_from_parties_and_gazetteer_countries(tmp_path: Path, parties: str, country: str | None,
                                                       expected: str) -> None:
    """Without the key, the case lies in the region when a party's id, name or alias names one of its countries or
    peoples (in any of the scripts listed), or a place of its own gazetteer lies in one of its countries."""
    gazetteer = None if country is None else (
        f"places:\n  - {{id: p1, name: Somewhere, country: {country}}}\n")
    case = load_case(_case(tmp_path, f"case: t\ntitle: T\nparties:\n{parties}", gazetteer=gazetteer))
    assert case.regional_gazetteer == expected


def test_unknown_regional_gazetteer_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A name the package does not ship is refused with the file, the line, the field and what is shipped."""
    folder = _case(tmp_path / "bad", YEMEN_CASE + "regional_gazetteer: yemen\n")
    with pytest.raises(CaseError) as caught:
        load_case(folder)
    [problem] = caught.value.problems
    assert (Path(problem.file).name, problem.line, problem.field) == ("case.yaml", 6, "$.regional_gazetteer")
    assert all(word in problem.message for word in ("'yemen'", "am-az", "'none'"))
    assert main(["validate", str(folder)]) == 2
    assert "case.yaml:6: $.regional_gazetteer:" in capsys.readouterr().err


def test_validate_says_where_places_are_resolved(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """validate's summary says which gazetteer serves the case and why, and its JSON form names it."""
    folder = _case(tmp_path / "ye", YEMEN_CASE)
    assert main(["validate", str(folder)]) == 0
    assert "no shipped regional gazetteer" in capsys.readouterr().out
    assert main(["validate", "--format", "json", str(SEED)]) == 0
    assert json.loads(capsys.readouterr().out)["regional_gazetteer"] == "am-az"


def test_outputs_record_the_choice(tmp_path: Path) -> None:
    """reconciliation.json's case names the regional gazetteer and reads it back; the methodology says it; the
    report credits GeoNames only where its data was used."""
    for folder, name, credit in ((_case(tmp_path / "ye", YEMEN_CASE), "none", OWN_PLACES_ONLY),
                                 (SEED, "am-az", GAZETTEER_CREDIT)):
        out = tmp_path / f"out-{name}"
        assert main(["run", "-q", "--out", str(out), str(folder)]) == 0
        data = json.loads((out / "reconciliation.json").read_text(encoding="utf-8"))
        assert data["case"]["regional_gazetteer"] == name
        assert sum(line.startswith("Places: resolved in") for line in data["methodology"]) == 1
        html = (out / "report.html").read_text(encoding="utf-8")
        assert str(escape(credit)) in html
        assert (str(escape(GAZETTEER_CREDIT)) in html) == (name != "none")
        back, _ = from_json((out / "reconciliation.json").read_text(encoding="utf-8"))
        assert back.case.regional_gazetteer == name


def test_earlier_files_read_back_with_the_inferred_choice() -> None:
    """A reconciliation.json written before the field existed reads back with the gazetteer the case implies."""
    result = pipeline.reconcile(attrs.evolve(load_case(SEED), regional_gazetteer=regional.NONE))
    data = json.loads(to_json(result, generated="g"))
    del data["case"]["regional_gazetteer"]
    back, _ = from_json(json.dumps(data))
    assert back.case.regional_gazetteer == "am-az"


def test_schemas_list_the_shipped_regions() -> None:
    """The case.yaml schema offers exactly the shipped regional gazetteers, none, and "" (read as the key left out)."""
    for path in (ROOT / "src" / "reconcile" / "schemas" / "case.schema.json",
                 ROOT / "docs" / "schemas" / "case.schema.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        [choices, _] = schema["properties"]["regional_gazetteer"]["oneOf"]
        assert choices["enum"] == [*regional.REGIONS, regional.NONE, ""]


def test_a_case_refuses_an_unknown_region() -> None:
    """The model refuses a regional gazetteer the package does not ship, so no code path can ask for one."""
    with pytest.raises(ValueError, match="regional_gazetteer"):
        Case("t", "T", (), (), (), regional_gazetteer="yemen")


WORDS = st.sampled_from(["Armenia", "Azerbaijani", "Ukraine", "Houthis", "Artsakh", "Syria", "Армения", "Kurds"])
PARTY_LISTS = st.lists(st.builds(lambda i, name: Party(f"p{i}", name), st.integers(0, 99), WORDS), max_size=5,
                       unique_by=lambda p: p.id)
ENTRY_LISTS = st.lists(st.builds(lambda i, country: GazetteerEntry(f"g{i}", "X", country=country),
                                 st.integers(0, 99), st.sampled_from([None, "armenia", "AZ", "Yemen", "ua"])),
                       max_size=4, unique_by=lambda e: e.id)


@given(PARTY_LISTS, ENTRY_LISTS, st.randoms(use_true_random=False))
def test_inference_ignores_order(parties: list[Party], entries: list[GazetteerEntry], rnd: object) -> None:
    """Law 1 for the choice: the parties and gazetteer places in any order give the same regional gazetteer, and it
    is a shipped one exactly when a reason is found."""
    choice = regional.infer(parties, entries)
    shuffled_parties, shuffled_entries = list(parties), list(entries)
    rnd.shuffle(shuffled_parties)  # type: ignore[attr-defined]
    rnd.shuffle(shuffled_entries)  # type: ignore[attr-defined]
    assert regional.infer(shuffled_parties, shuffled_entries) == choice
    assert (choice != regional.NONE) == (regional.reason("am-az", parties, entries) is not None)


def test_gazetteers_of_each_choice() -> None:
    """The empty gazetteer for none resolves nothing; the shipped one resolves its own places."""
    none = case_gazetteer(Case("t", "T", (), (), (), regional_gazetteer=regional.NONE))
    shipped = case_gazetteer(Case("t", "T", (), (), (), regional_gazetteer="am-az"))
    assert none.resolve("Berdavan").entry is None
    assert shipped.resolve("Berdavan").entry is not None
    assert shipped is Gazetteer.default()
