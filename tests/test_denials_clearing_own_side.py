"""A denial that names its own side (or an ally) as the party it clears denies who did it, not that the incident
happened (docs/merge-rules.md, "What a denial denies"), reported by two QA rounds.

Hezbollah's "the Islamic Resistance has no connection to the Majdal Shams incident" (27 July 2024) and the Turkish
defence ministry's "our army did not shell the Zakho resort" (20 July 2022) raised an existence conflict against
every assertion of another voice ("Reuters says the incident happened; Hezbollah denies it, clearing Hezbollah."),
even against an outlet of its own side reporting the incident, and made an event of such a denial alone "denied".
Now such a denial disputes the claims that blame its side (attribution) and its figures (casualties) only: no
existence conflict, no denial of the incident in the grade, the report, the track records or the notes.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import attrs
from hypothesis import HealthCheck, find, settings

from reconcile.load import load_case
from reconcile.merge import DEFAULT_RULES, GradeInput
from reconcile.models import Case, Claim, DateSpan, Grade, Reconciliation
from reconcile.notes import case_notes
from reconcile.pipeline import reconcile
from reconcile.render import render_report
from reconcile.report import build_view
from reconcile.testing import claims as drawn_claims
from reconcile.track_records import track_records, truth_objects

from .test_independence import PARTIES, SOURCES, claim, event_of, killed

GENERATED = "2024-08-01T00:00:00Z"

CASE = """\
case: majdal-shams-2024
title: Majdal Shams rocket strike
parties:
  - {id: israel, name: Israel}
  - {id: hezbollah, name: Hezbollah, aliases: [Islamic Resistance]}
"""
FILES = {
    "idf.yaml": """\
        source: {id: idf, name: Israel Defense Forces, kind: belligerent, speaks_for: israel}
        claims:
          - id: i1
            stated: 2024-07-27
            quote: A rocket fired by Hezbollah hit a football pitch in Majdal Shams, killing 12 children.
            date: 27 July 2024
            place: Majdal Shams
            event: rocket strike
            initiator: hezbollah
            casualties:
              - {party: israel, category: civilians, killed: 12}
        """,
    "hezbollah.yaml": """\
        source: {id: hezbollah, name: Hezbollah media relations, kind: belligerent, speaks_for: hezbollah}
        claims:
          - id: h1
            stated: 2024-07-27
            quote: The Islamic Resistance has no connection to the Majdal Shams incident.
            date: 27 July 2024
            place: Majdal Shams
            stance: denies
            initiator: hezbollah
        """,
    "reuters.yaml": """\
        source: {id: reuters, name: Reuters, kind: media}
        claims:
          - id: r1
            stated: 2024-07-27
            quote: Twelve children and teenagers were killed when a rocket struck a football field in Majdal Shams.
            date: 27 July 2024
            place: Majdal Shams
            event: rocket strike
            casualties:
              - {party: israel, category: civilians, killed: 12}
        """,
    "al-manar.yaml": """\
        source: {id: al-manar, name: Al-Manar, kind: media, aligned_with: [hezbollah]}
        claims:
          - id: m1
            stated: 2024-07-27
            quote: An explosion in Majdal Shams in the occupied Golan killed 12 people.
            date: 27 July 2024
            place: Majdal Shams
            casualties:
              - {party: israel, category: civilians, killed: 12}
        """,
}


def _case(tmp_path: Path, files: dict[str, str]) -> Path:
    (tmp_path / "case.yaml").write_text(CASE, encoding="utf-8")
    for name, text in files.items():
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


def _one(rec: Reconciliation) -> Reconciliation:
    assert len(rec.events) == 1, [event.claims for event in rec.events]
    return rec


# --- conflicts ------------------------------------------------------------------------------------------------------


def test_hezbollahs_denial_disputes_who_did_it_not_the_strike(tmp_path: Path) -> None:
    """Against the IDF, Reuters and Al-Manar (an outlet of its own side) it raised three existence conflicts; it
    now disputes only the IDF's attribution to Hezbollah."""
    (event,) = _one(reconcile(load_case(_case(tmp_path, FILES)))).events
    assert [(c.kind, c.claims, c.summary) for c in event.conflicts] == [
        ("attribution", ("hezbollah/h1", "idf/i1"), "Hezbollah media relations denies that Hezbollah started it; "
         "Israel Defense Forces says Hezbollah did."),
    ]
    assert event.grade == "contested"


def test_an_ally_cleared_is_no_denial_of_the_incident() -> None:
    """The Armenian ministry clears the NKR (its ally) of a shelling an outlet reports: no conflict at all."""
    event = event_of(claim("wire/a"), claim("am-mod/b", stance="denies", initiator="nkr"))
    assert event.conflicts == ()


def test_its_figures_are_still_disputed() -> None:
    """"We killed no civilians" against "their shelling killed 5": the toll and who did it, not whether it happened."""
    event = event_of(claim("am-mod/a", initiator="azerbaijan", casualties=(killed("armenia", 5, "civilians"),)),
                     claim("az-mod/b", stance="denies", initiator="azerbaijan",
                           casualties=(killed("armenia", 0, "civilians"),)))
    assert sorted(c.kind for c in event.conflicts) == ["attribution", "casualties"]


# --- the grade ------------------------------------------------------------------------------------------------------


def _graded(*claims: Claim) -> tuple[Grade, GradeInput]:
    seen: list[GradeInput] = []

    def spy(grade: GradeInput) -> Grade:
        seen.append(grade)
        return DEFAULT_RULES.grade(grade)

    event = event_of(*claims, rules=attrs.evolve(DEFAULT_RULES, grade=spy))
    (given,) = seen
    return event.grade, given


def test_two_outlets_and_a_denial_clearing_its_side_corroborate() -> None:
    """Two independent outlets report the incident, blaming nobody; the Azerbaijani ministry says its army had no
    part in it: nothing is in conflict (before: contested, by two existence conflicts)."""
    grade, given = _graded(claim("wire/a"), claim("news/b"), claim("az-mod/c", stance="denies", initiator="azerbaijan"))
    assert (grade, given.denying, given.clearing) == ("corroborated", (), ("az-mod",))


def test_a_denial_clearing_its_side_alone_is_not_denied() -> None:
    """Nobody denies the incident: the event rests on the one voice that speaks of it (before: denied)."""
    grade, given = _graded(claim("az-mod/c", stance="denies", initiator="azerbaijan"))
    assert (grade, given.asserting, given.denying, given.clearing) == ("single-source", (), (), ("az-mod",))


def test_a_denial_of_the_incident_beside_one_clearing_a_side_is_denied_by_it_alone(tmp_path: Path) -> None:
    """The OSCE says nothing happened, the Azerbaijani ministry that its army took no part: denied, and the card
    names the OSCE only as the one that denies it."""
    claims = (claim("osce/a", stance="denies"), claim("az-mod/b", stance="denies", initiator="azerbaijan"))
    grade, given = _graded(*claims)
    assert (grade, given.denying, given.clearing) == ("denied", ("osce",), ("az-mod",))
    rec = Reconciliation(Case("t", "Test", PARTIES, SOURCES, claims, regional_gazetteer="none"),
                         (event_of(*claims),))
    page = render_report(rec, generated=GENERATED)
    assert "Denied by <bdi>OSCE monitors</bdi> <code class=\"small\">osce/a</code>." in page


# --- the report's words -----------------------------------------------------------------------------------------------


def test_the_card_says_whom_the_denial_clears(tmp_path: Path) -> None:
    """Who started it: "not Hezbollah" (before: "Hezbollah", as if it blamed itself); its statements, taken back by
    a later one, deny that Hezbollah started it (before: "that the incident happened")."""
    files = dict(FILES)
    files["hezbollah.yaml"] = FILES["hezbollah.yaml"].rstrip(" ") + """\
          - id: h2
            stated: 2024-07-28
            quote: We reiterate that the Islamic Resistance has no connection to the incident.
            date: 27 July 2024
            place: Majdal Shams
            stance: denies
            initiator: hezbollah
            supersedes: [h1]
        """
    (card,) = build_view(_one(reconcile(load_case(_case(tmp_path, files)))), generated=GENERATED,
                         engine_version="1").events
    assert "Hezbollah media relations (hezbollah/h2, in a denial): not Hezbollah" in card.initiators
    (history,) = [h for h in card.revisions if h.source_name == "Hezbollah media relations"]
    assert [entry.says for entry in history.entries] == ["that Hezbollah started it"] * 2
    assert [view.clears for view in card.claims if view.stance == "denies"] == ["Hezbollah"] * 2


# --- track records --------------------------------------------------------------------------------------------------


def test_the_denial_takes_no_side_on_whether_it_happened(tmp_path: Path) -> None:
    """Track records: Hezbollah's denial is no vote that the strike did not happen (before: "denies" against three
    "asserts"), nor a vote that Hezbollah did it (before: its initiator, Hezbollah, agreed with the IDF's)."""
    rec = _one(reconcile(load_case(_case(tmp_path, FILES))))
    objects = {obj.key[-1]: dict(obj.values) for obj in truth_objects(rec)}
    assert objects["existence"] == {"al-manar": "asserts", "idf": "asserts", "reuters": "asserts"}
    assert "attribution" not in objects  # the IDF alone names who started it


def _contradicted(*claims: Claim) -> tuple[int, int]:
    rec = Reconciliation(Case("t", "Test", PARTIES, SOURCES, claims), (event_of(*claims),))
    (record,) = [r for r in track_records([rec]) if r.source == "az-mod"]
    return record.denials, record.contradicted


def test_a_later_word_blaming_another_side_does_not_contradict_it() -> None:
    """"Our army took no part", then "the Armenian army fired": the same account (before: contradicted)."""
    denial = claim("az-mod/a", stance="denies", initiator="azerbaijan")
    assert _contradicted(denial, claim("az-mod/b", stated="2012-06-06", initiator="armenia"),
                         claim("am-mod/c", initiator="azerbaijan")) == (1, 0)
    assert _contradicted(denial, claim("az-mod/b", stated="2012-06-06", initiator="azerbaijan"),
                         claim("am-mod/c", initiator="azerbaijan")) == (1, 1)


# --- notes ----------------------------------------------------------------------------------------------------------


def _taken_back_notes(*claims: Claim) -> list[str]:
    case = Case("t", "Test", PARTIES, SOURCES, claims)
    return [note.claim for note in case_notes(case) if note.field == "supersedes"]


def test_no_note_that_the_denial_was_taken_back_by_the_same_account() -> None:
    """A later assertion that blames another side takes nothing back; one that names its own side may (before: a
    note on both)."""
    denial = claim("az-mod/a", stance="denies", initiator="azerbaijan")
    assert _taken_back_notes(denial, claim("az-mod/b", stated="2012-06-06", initiator="armenia")) == []
    assert _taken_back_notes(denial, claim("az-mod/b", stated="2012-06-06", initiator="azerbaijan")) == ["az-mod/b"]


# --- the law kit ----------------------------------------------------------------------------------------------------


def test_the_strategies_draw_denials_that_clear_their_own_side() -> None:
    """`reconcile.testing.claims` draws them, so that the merge laws are checked on them too."""
    sides = {source.id: source.speaks_for for source in SOURCES if source.speaks_for}

    def clears(drawn: tuple[Claim, ...]) -> bool:
        return any(c.stance == "denies" and c.initiator is not None and c.initiator == sides.get(c.source)
                   for c in drawn)

    found = find(drawn_claims(PARTIES, SOURCES), clears,
                 settings=settings(database=None, max_examples=2000, suppress_health_check=list(HealthCheck)))
    assert clears(found)


def test_a_denial_a_day_later_dates_nothing_and_disputes_nothing() -> None:
    """The denial still dates nothing where an assertion counts: the event is the outlet's day, with no conflict
    (before: an existence conflict)."""
    day = DateSpan(dt.date(2012, 6, 4), dt.date(2012, 6, 4), "day")
    event = event_of(attrs.evolve(claim("wire/a"), date=day),
                     claim("az-mod/b", stance="denies", initiator="azerbaijan"))
    assert (event.date.start, event.date.end, event.conflicts) == (day.start, day.end, ())
