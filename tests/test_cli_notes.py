"""Notes of ``reconcile validate`` and ``reconcile run`` on legal claims that are very likely not what their author
meant: a list of places read as an address, and a revision across an incident and a period total."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reconcile.cli import main
from reconcile.load import load_case
from reconcile.notes import case_notes
from reconcile.pipeline import reconcile

from .conftest import SEED
from .strategies import place_weight

CASE = """\
case: notes-case
title: Notes
parties:
  - id: ukraine
    name: Ukraine
  - id: russia
    name: Russia
"""

CLAIM = """\
  - id: {id}
    stated: {stated}
    url: https://example.org/{id}
    quote: q
    date: {date}
    place: {place}
    casualties:
      - party: ukraine
        category: civilians
        killed: {killed}
"""


def _source(folder: Path, source: str, *claims: str, extra: str = "") -> None:
    folder.mkdir(exist_ok=True)
    (folder / "case.yaml").write_text(CASE, encoding="utf-8")
    head = f"source:\n  id: {source}\n  name: {source}\n  kind: media\nclaims:\n"
    (folder / f"{source}.yaml").write_text(head + "".join(claims) + extra, encoding="utf-8")


def _claim(claim_id: str, place: str, *, date: str = "2024-08-26", stated: str = "2024-08-26", killed: int = 7,
           supersedes: str | None = None) -> str:
    text = CLAIM.format(id=claim_id, stated=stated, date=date, place=place, killed=killed)
    return text + (f"    supersedes: {supersedes}\n" if supersedes else "")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


# --------------------------------------------------------------------------------------------------------------
# A list of places read as an address
# --------------------------------------------------------------------------------------------------------------


def test_four_plain_names_get_a_note_naming_file_line_claim_field_and_the_fix(tmp_path: Path) -> None:
    """validate notes the text on stderr with where it is, what is read and what to write instead; exit 0. The
    trap: so written, the text meets "Dnipro" as a container (+1); joined by "and" or ";" as a place (+5)."""
    assert place_weight("Kyiv, Kryvyi Rih, Dnipro, Pokrovsk", "Dnipro") < place_weight(
        "Kyiv, Kryvyi Rih, Dnipro and Pokrovsk", "Dnipro") == place_weight("Kyiv; Kryvyi Rih; Dnipro; Pokrovsk",
                                                                           "Dnipro")
    case = tmp_path / "notes-case"
    _source(case, "kyiv-ind", _claim("k1", "Kyiv, Kryvyi Rih, Dnipro, Pokrovsk"))
    code, out, err = run("validate", str(case))
    assert code == 0
    assert out.endswith("valid\n")
    assert err.startswith("note: notes-case/kyiv-ind.yaml:11: kyiv-ind/k1: place: 'Kyiv, Kryvyi Rih, Dnipro, "
                          "Pokrovsk' is read as an address, each place inside the next: the incident at Kyiv, ")
    assert "write 'Kyiv, Kryvyi Rih, Dnipro and Pokrovsk', or separate them with ';'" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    "place",
    [
        "Ain Zara, Tripoli, Libya",
        "Kafr Nabl, Maarat al-Numan, Idlib",
        "Selydove, Pokrovsk district, Donetsk oblast",
        "Uri, Baramulla, Jammu & Kashmir",
        "Kramatorsk, Donetsk, Ukraine",  # Ukraine is a party of the case: a country, not a place of a list
        "Kyiv, Kharkiv and Odesa",
        "Kyiv; Kryvyi Rih; Dnipro; Pokrovsk",
        "Kyiv, Kharkiv, Odesa",  # three plain names, and no gazetteer to tell them apart from an address
        "near Kyiv, Kryvyi Rih, Dnipro, Pokrovsk",
    ],
)
def test_addresses_and_lists_get_no_note(tmp_path: Path, place: str) -> None:
    """Real addresses, lists already joined with and or ';', and three names the case cannot tell: no note."""
    case = tmp_path / "notes-case"
    _source(case, "kyiv-ind", _claim("k1", place))
    assert case_notes(load_case(case)) == ()


GAZETTEER = """\
places:
  - {id: kyiv, name: Kyiv, lat: 50.45, lon: 30.52}
  - {id: kharkiv, name: Kharkiv, lat: 49.99, lon: 36.23}
  - {id: odesa, name: Odesa, lat: 46.48, lon: 30.73}
  - {id: kafr-nabl, name: Kafr Nabl, lat: 35.61, lon: 36.56}
  - {id: maarat, name: Maarat al-Numan, lat: 35.65, lon: 36.67}
  - {id: idlib, name: Idlib, lat: 35.93, lon: 36.63}
  - {id: izium, name: Izium, region: Kharkiv oblast, lat: 49.21, lon: 37.26}
"""


@pytest.mark.parametrize(("place", "noted"), [
    ("Kyiv, Kharkiv, Odesa", True),  # 409 km apart
    ("Kafr Nabl, Maarat al-Numan, Idlib", False),  # all within 40 km
    ("Izium, Kharkiv, Ukraine", False),
])
def test_three_names_are_noted_where_the_gazetteer_puts_two_far_apart(tmp_path: Path, place: str,
                                                                      noted: bool) -> None:
    """Three plain names get a note only where the gazetteer resolves two of them to places more than 250 km apart,
    neither listed in the other's region."""
    case = tmp_path / "notes-case"
    _source(case, "kyiv-ind", _claim("k1", place))
    (case / "gazetteer.yaml").write_text(GAZETTEER, encoding="utf-8")
    notes = case_notes(load_case(case))
    assert bool(notes) is noted
    if noted:
        assert "Kyiv and Kharkiv lie 409 km apart in the gazetteer" in notes[0].message


# --------------------------------------------------------------------------------------------------------------
# A revision across an incident and a period total
# --------------------------------------------------------------------------------------------------------------


def _revision_case(folder: Path, *, linked: bool) -> Path:
    total = _claim("t1", "Donetsk oblast", date="2024-06-01 to 2024-08-30", stated="2024-08-30", killed=300,
                   supersedes="k1" if linked else None)
    _source(folder, "kyiv-ind", _claim("k1", "Pokrovsk"), total)
    other = folder / "ukr-pravda.yaml"
    other.write_text("source:\n  id: ukr-pravda\n  name: UP\n  kind: media\nclaims:\n"
                     + _claim("u1", "Pokrovsk"), encoding="utf-8")
    return folder


def test_a_revision_across_an_incident_and_a_total_gets_a_note(tmp_path: Path) -> None:
    """validate --format json lists the note under "notes", keeping the other keys; unlinked there is none. The
    trap: linked to the total, the incident claim is not in one event with the other source's report of it."""
    case = _revision_case(tmp_path / "notes-case", linked=True)
    for folder, linked in ((case, True), (_revision_case(tmp_path / "other", linked=False), False)):
        events = reconcile(load_case(folder)).events
        assert any({"kyiv-ind/k1", "ukr-pravda/u1"} <= set(event.claims) for event in events) is not linked
    code, out, _err = run("validate", "--format", "json", str(case))
    data = json.loads(out)
    assert code == 0
    assert data["valid"]
    assert data["not_read"] == []
    assert data["problems"] == []
    [note] = data["notes"]
    assert {k: note[k] for k in ("file", "claim", "field")} == {
        "file": "notes-case/kyiv-ind.yaml", "claim": "kyiv-ind/t1", "field": "supersedes"}
    assert note["line"] > 6
    assert note["message"].startswith("t1 supersedes k1, but t1 is a period total (2024-06-01 to 2024-08-30, 91 "
                                      "days) and k1 the report of one incident")
    assert "leave out supersedes" in note["message"]
    assert case_notes(load_case(tmp_path / "other")) == ()


def test_a_revision_of_one_incident_gets_no_note(tmp_path: Path) -> None:
    """An incident claim revised by another of the same incident is what supersedes is for."""
    case = tmp_path / "notes-case"
    _source(case, "kyiv-ind", _claim("k1", "Pokrovsk"), _claim("k2", "Pokrovsk", stated="2024-08-27", killed=9,
                                                               supersedes="k1"))
    assert case_notes(load_case(case)) == ()


# --------------------------------------------------------------------------------------------------------------
# One incident twice in one statement
# --------------------------------------------------------------------------------------------------------------


def test_two_claims_of_one_statement_about_one_day_and_place_get_a_note(tmp_path: Path) -> None:
    """Two claims of one source, one day, no url, same date and place, unlinked: a note on the second. The trap:
    claims of one statement never share an event, so the incident is two events."""
    case = tmp_path / "notes-case"
    first, second = _claim("a1", "Pokrovsk", killed=3), _claim("a2", "pokrovsk ", killed=4)
    _source(case, "a", first.replace("    url: https://example.org/a1\n", ""),
            second.replace("    url: https://example.org/a2\n", ""))
    loaded = load_case(case)
    assert len(reconcile(loaded).events) == 2
    [note] = case_notes(loaded)
    assert (note.claim, note.field, note.line) == ("a/a2", "stated", 15)
    assert note.message.startswith("a2 and a1 are stated the same day, 2024-08-26, with no url, about 2024-08-26 at "
                                   "'pokrovsk': as parts of one statement")
    assert "if a2 updates a1, write supersedes: a1" in note.message


@pytest.mark.parametrize(("second", "linked"), [
    (_claim("a2", "Pokrovsk", killed=4), False),  # its own url: another publication, compared as such
    (_claim("a2", "Selydove", killed=4), False),
    (_claim("a2", "Pokrovsk", killed=4, date="2024-08-25"), False),
    (_claim("a2", "Pokrovsk", killed=4, supersedes="a1"), True),
])
def test_claims_of_one_statement_that_differ_or_are_linked_get_no_note(tmp_path: Path, second: str,
                                                                      linked: bool) -> None:
    """Another url, place or date, or a link between them: no note."""
    case = tmp_path / "notes-case"
    first = _claim("a1", "Pokrovsk", killed=3)
    if linked:
        first, second = (text.replace(f"    url: https://example.org/{i}\n", "")
                         for text, i in ((first, "a1"), (second, "a2")))
    _source(case, "a", first, second)
    assert case_notes(load_case(case)) == ()


# --------------------------------------------------------------------------------------------------------------
# Where notes are shown
# --------------------------------------------------------------------------------------------------------------


def test_run_shows_the_notes_on_stderr_but_not_with_quiet(tmp_path: Path) -> None:
    """run prints the same notes as validate, on stderr; -q prints nothing but problems."""
    case = _revision_case(tmp_path / "notes-case", linked=True)
    code, out, err = run("run", str(case), "--out", str(tmp_path / "out"), "--no-previous")
    assert code == 0
    assert "notes-case: 3 claims" in out
    assert err.startswith("note: notes-case/kyiv-ind.yaml:")
    assert "kyiv-ind/t1: supersedes: t1 supersedes k1" in err
    assert run("run", "-q", str(case), "--out", str(tmp_path / "out"), "--no-previous") == (0, "", "")
    assert run("validate", "-q", str(case)) == (0, "", "")


def test_the_seed_case_has_no_notes() -> None:
    """The seed case gets no note, in text or JSON."""
    assert case_notes(load_case(SEED)) == ()
    code, out, _err = run("validate", "--format", "json", str(SEED))
    assert code == 0
    assert json.loads(out)["notes"] == []


# --------------------------------------------------------------------------------------------------------------
# A denial that carries the figure it denies
# --------------------------------------------------------------------------------------------------------------

GALWAN_CASE = """\
case: galwan
title: Galwan
parties:
  - id: india
    name: India
  - id: china
    name: China
"""

DENIAL = """\
  - id: {id}
    stated: 2020-06-20
    url: https://example.org/{id}
    quote: q
    date: 2020-06-15
    place: Galwan Valley
    stance: {stance}
    casualties:
      - party: {party}
        category: soldiers
        killed: {killed}
"""


def _galwan(folder: Path, *claims: tuple[str, str, str, str]) -> Path:
    """A case of one Chinese source with the claims (id, stance, party, killed)."""
    folder.mkdir()
    (folder / "case.yaml").write_text(GALWAN_CASE, encoding="utf-8")
    head = "source:\n  id: cn-mfa\n  name: China MFA\n  kind: belligerent\n  speaks_for: china\nclaims:\n"
    body = "".join(DENIAL.format(id=i, stance=s, party=p, killed=k) for i, s, p, k in claims)
    (folder / "cn-mfa.yaml").write_text(head + body, encoding="utf-8")
    return folder


def test_a_denial_with_an_open_figure_of_its_own_side_gets_a_note(tmp_path: Path) -> None:
    """"more than 40" of its own soldiers in China's rebuttal reads as China conceding at least 41 killed: noted at
    the casualties field, with what to write instead."""
    case = _galwan(tmp_path / "galwan", ("d1", "denies", "china", "more than 40"))
    code, _out, err = run("validate", str(case))
    assert code == 0
    assert err.startswith("note: galwan/cn-mfa.yaml:14: cn-mfa/d1: casualties: d1 denies, and gives china soldiers "
                          "killed: 'more than 40', an open figure of its own side")
    assert "reads as conceding at least 41 killed" in err
    assert err.count("\n") == 1


def test_a_denial_giving_more_than_its_own_assertion_gets_a_note(tmp_path: Path) -> None:
    """The source asserts 4 of its own killed, and its denial of the other side's 43 gives 43 for its own side."""
    case = _galwan(tmp_path / "galwan", ("a1", "asserts", "china", "4"), ("d1", "denies", "china", "43"))
    notes = case_notes(load_case(case))
    assert [(n.claim, n.field) for n in notes] == [("cn-mfa/d1", "casualties")]
    assert "gives china soldiers killed: '43', more than the 4 that a1 of the same source asserts" in notes[0].message
    # After a run, where the events are known, the same.
    events = reconcile(load_case(case)).events
    assert [n.claim for n in case_notes(load_case(case), events)] == ["cn-mfa/d1"]


@pytest.mark.parametrize("claims", [
    [("d1", "denies", "china", "0")],  # a denial's own zero
    [("d1", "denies", "china", "4")],  # its own toll
    [("a1", "asserts", "china", "4"), ("d1", "denies", "china", "4")],  # its own toll, as asserted
    [("a1", "asserts", "china", "4"), ("d1", "denies", "china", "none")],
    [("d1", "denies", "india", "more than 20")],  # the other side's figure: what it says of its enemy
])
def test_legitimate_denials_get_no_note(tmp_path: Path, claims: list[tuple[str, str, str, str]]) -> None:
    """Beside a miscoded denial, which is noted, the legitimate ones are not."""
    case = _galwan(tmp_path / "galwan", *claims, ("dx", "denies", "china", "more than 40"))
    assert [n.claim for n in case_notes(load_case(case))] == ["cn-mfa/dx"]
