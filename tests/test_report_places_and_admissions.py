"""The report's place table says why a name was left unresolved, and a denial naming its own side as the initiator is
no admission that its side started it: not in the card, the claim's column or the source's track record."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.independence import Alignment, admissions
from reconcile.load import load_case
from reconcile.merge import merge_group
from reconcile.models import (
    Admission,
    Case,
    Casualties,
    Claim,
    Count,
    DateSpan,
    GazetteerEntry,
    Group,
    Party,
    Reconciliation,
    Source,
)
from reconcile.pipeline import reconcile
from reconcile.places import Gazetteer
from reconcile.render import render_report
from reconcile.report import PlaceMentionView, ReportView, build_view
from reconcile.track_records import track_records

from .conftest import MakeCase

GENERATED = "2024-06-01T12:00:00Z"

# --- places: an ambiguous name says so ----------------------------------------------------------------------------

#: A case away from every shipped regional gazetteer: its places are its own gazetteer's only.
RIVER_CASE = """\
case: river-valley
title: River valley
regional_gazetteer: none
parties:
  - {id: north, name: Northern Forces}
  - {id: south, name: Southern Army}
"""

#: Two villages of one name in different districts (homonyms are common: Aleksandrovka, San José, Novoselivka).
HOMONYMS = """\
places:
  - {id: aleks-kursk, name: Aleksandrovka, region: Kursk, lat: 51.7, lon: 36.2}
  - {id: aleks-tula, name: Aleksandrovka, region: Tula, lat: 54.2, lon: 37.6}
"""


def _source(source_id: str, name: str, side: str, place: str, region: str | None = None) -> str:
    where = f"place: {place}" + (f", region: {region}" if region else "")
    return (f"source: {{id: {source_id}, name: {name}, kind: belligerent, speaks_for: {side}}}\n"
            f"claims:\n  - {{id: a, stated: 2021-03-02, quote: shelling reported, date: 2021-03-02, {where}}}\n")


def _mentions(view: ReportView) -> dict[str, PlaceMentionView]:
    """Every place mention of the report's cards, by claim."""
    return {row.claim: m for card in view.events for row in card.places for m in row.mentions}


def test_ambiguous_place_carries_the_gazetteers_note(make_case: MakeCase) -> None:
    """A name two gazetteer places share is shown with the gazetteer's note (which places tie and what tells them
    apart), not as missing from the gazetteer; a name that matches nothing still reads "not in the gazetteer"."""
    folder = make_case({"case.yaml": RIVER_CASE, "gazetteer.yaml": HOMONYMS,
                        "n.yaml": _source("n", "North Command", "north", "Aleksandrovka"),
                        "s.yaml": _source("s", "South Command", "south", "Qwertzyville")})
    rec = reconcile(load_case(folder))
    mentions = _mentions(build_view(rec, generated=GENERATED, engine_version="1"))
    ambiguous, missing = mentions["n/a"], mentions["s/a"]
    assert not ambiguous.resolved
    assert ambiguous.note == ("ambiguous: 'Aleksandrovka' matches 2 places equally (aleks-kursk, aleks-tula); "
                              "give a region or coordinates")
    assert (missing.resolved, missing.note) == (False, "")
    html = render_report(rec, generated=GENERATED)
    assert "not resolved, ambiguous: &#39;Aleksandrovka&#39; matches 2 places equally" in html
    assert html.count("not in the gazetteer") == 1


def test_region_given_resolves_the_homonym_and_leaves_no_note(make_case: MakeCase) -> None:
    """With the claim's region the gazetteer picks one of the two villages: the card names it, without a note."""
    folder = make_case({"case.yaml": RIVER_CASE, "gazetteer.yaml": HOMONYMS,
                        "n.yaml": _source("n", "North Command", "north", "Aleksandrovka", region="Tula")})
    (mention,) = _mentions(build_view(reconcile(load_case(folder)), generated=GENERATED, engine_version="1")).values()
    assert (mention.resolved, mention.resolved_id, mention.note) == (True, "aleks-tula", "")


def test_note_answers_the_claims_own_region(make_case: MakeCase) -> None:
    """A region that neither village lies in leaves the name ambiguous; the note says so rather than asking for the
    region the claim already gives."""
    folder = make_case({"case.yaml": RIVER_CASE, "gazetteer.yaml": HOMONYMS,
                        "n.yaml": _source("n", "North Command", "north", "Aleksandrovka", region="Oryol")})
    (mention,) = _mentions(build_view(reconcile(load_case(folder)), generated=GENERATED, engine_version="1")).values()
    assert mention.note == ("ambiguous: 'Aleksandrovka' matches 2 places equally (aleks-kursk, aleks-tula); they "
                            "cannot be told apart (none of the matches lies in region 'Oryol', which the gazetteer "
                            "does not list)")


def _homonym_case(copies: int, place: str) -> Case:
    entries = tuple(GazetteerEntry(id=f"p{k}", name="Aleksandrovka", region=f"District {k}", lat=50.0 + k, lon=30.0)
                    for k in range(copies))
    day = dt.date(2021, 3, 2)
    claim = Claim(source="n", id="a", stated=day, quote="shelling reported", date=DateSpan(day, day, "day"),
                  place=place)
    return Case("c", "C", (Party("north", "Northern Forces"),),
                (Source("n", "North Command", "belligerent", speaks_for="north"),), (claim,), gazetteer=entries,
                regional_gazetteer="none")


@given(st.integers(1, 6), st.sampled_from(("Aleksandrovka", "Aleksandrowka", "near Aleksandrovka", "Oktyabrskoye")))
@example(1, "Aleksandrovka")
@example(2, "near Aleksandrovka")
def test_a_note_is_given_exactly_when_places_tie(copies: int, place: str) -> None:
    """A mention has a note only when it is unresolved because several places tie, and the note counts them."""
    rec = reconcile(_homonym_case(copies, place))
    (mention,) = _mentions(build_view(rec, generated=GENERATED, engine_version="1")).values()
    matches = place != "Oktyabrskoye"
    assert mention.resolved == (matches and copies == 1)
    if matches and copies > 1:
        assert mention.note.startswith(f"ambiguous: {mention.text!r}")
        assert f"matches {copies} places equally" in mention.note
    else:
        assert mention.note == ""


def test_brief_cards_and_rows_ask_the_gazetteer_nothing() -> None:
    """Brief cards have no places table, so a large report pays nothing for the notes."""
    rec = reconcile(_homonym_case(2, "Aleksandrovka"))
    view = build_view(rec, generated=GENERATED, engine_version="1", brief_above=0)
    assert [card.places for card in view.events] == [()]


# --- a denial is no admission -------------------------------------------------------------------------------------

PARTIES = (Party("armenia", "Armenia"), Party("azerbaijan", "Azerbaijan"))
SOURCES = (
    Source("am-mod", "Ministry of Defence of Armenia", "belligerent", speaks_for="armenia"),
    Source("azp", "Prosecutor General of Azerbaijan", "belligerent", speaks_for="azerbaijan"),
    Source("wire", "Wire Agency", "media"),
)


def _claim(gid: str, **fields: Any) -> Claim:
    source, cid = gid.split("/")
    day = dt.date(2020, 10, 11)
    return Claim(source=source, id=cid, stated=day, quote=gid, date=DateSpan(day, day, "day"), place="Ganja",
                 **fields)


def _killed(party: str, value: int) -> Casualties:
    return Casualties(party, "soldiers", killed=Count(value, value, str(value)))


def _reconciliation(*claims: Claim) -> Reconciliation:
    case = Case("t", "T", PARTIES, SOURCES, tuple(claims), regional_gazetteer="none")
    event = merge_group(case, Group("e", tuple(c.global_id for c in claims)), gazetteer=Gazetteer(()))
    return Reconciliation(case, (event,))


#: Armenia's denial of the strike, coded with the accused party as its initiator, and Azerbaijan's accusation.
DENIAL = _claim("am-mod/a", stance="denies", initiator="armenia")
ACCUSATION = _claim("azp/b", initiator="armenia")


def test_denial_naming_its_own_side_concedes_nothing() -> None:
    """A ministry denying a strike its own side is accused of is not an admission that its side started it."""
    rec = _reconciliation(DENIAL, ACCUSATION)
    (event,) = rec.events
    assert event.admissions == ()
    (card,) = build_view(rec, generated=GENERATED, engine_version="1").events
    assert card.admissions == ()
    assert all(claim.admissions == () for claim in card.claims)
    html = render_report(rec, generated=GENERATED)
    assert "concedes that its own side" not in html
    assert 'class="tag-admission"' not in html


def test_denial_is_not_counted_in_the_track_record() -> None:
    """The denying source's track record counts no admission against interest."""
    records = {r.source: r for r in track_records([_reconciliation(DENIAL, ACCUSATION)])}
    assert records["am-mod"].admissions == 0


def test_denial_with_own_losses_stays_a_labelled_admission() -> None:
    """A denial's own soldiers' losses are figures it gives instead of the accusation's: still labelled, never
    counted (only its initiator is read differently)."""
    rec = _reconciliation(_claim("am-mod/a", stance="denies", initiator="armenia",
                                 casualties=(_killed("armenia", 2),)),
                          _claim("azp/b", casualties=(_killed("armenia", 20),)))
    assert [(a.kind, a.counted) for a in rec.events[0].admissions] == [("losses", False)]


def test_asserting_claim_naming_its_own_side_claims_responsibility() -> None:
    """The same words asserted (the ministry says its side fired) claim responsibility, which the accuser names too:
    the card says so, but it is no admission against interest and confirms nothing (docs/merge-rules.md)."""
    rec = _reconciliation(_claim("am-mod/a", initiator="armenia"), ACCUSATION)
    assert (rec.events[0].admissions, rec.events[0].grade) == ((), "corroborated")
    (card,) = build_view(rec, generated=GENERATED, engine_version="1").events
    (found,) = card.responsibilities
    assert (found.claim, found.agreed) == ("am-mod/a", True)


def test_report_marks_a_denials_initiator() -> None:
    """"Who started it" says which line comes from a denial; a denial naming its own side says who did not start it
    (before, "…: Armenia", as if the ministry blamed its own side)."""
    (card,) = build_view(_reconciliation(DENIAL, ACCUSATION), generated=GENERATED, engine_version="1").events
    assert card.initiators == ("Ministry of Defence of Armenia (am-mod/a, in a denial): not Armenia",
                               "Prosecutor General of Azerbaijan (azp/b): Armenia")


def test_report_names_the_claim_of_each_initiator_and_marks_a_superseded_one() -> None:
    """A source that named an initiator, then revised its statement, is two lines under "Who started it": each
    names its claim, and the revised one says it is superseded, so that the two are not read as one source's
    word said twice."""
    first = _claim("azp/b", initiator="armenia")
    revision = _claim("azp/c", initiator="azerbaijan", supersedes=("azp/b",))
    (card,) = build_view(_reconciliation(first, revision), generated=GENERATED, engine_version="1").events
    assert sorted(card.initiators) == ["Prosecutor General of Azerbaijan (azp/b, superseded): Armenia",
                                       "Prosecutor General of Azerbaijan (azp/c): Azerbaijan"]


@st.composite
def _claims(draw: st.DrawFn) -> list[Claim]:
    out = []
    for k in range(draw(st.integers(1, 5))):
        source = draw(st.sampled_from(("am-mod", "azp", "wire")))
        out.append(_claim(
            f"{source}/c{k}",
            stance=draw(st.sampled_from(("asserts", "denies"))),
            initiator=draw(st.sampled_from((None, "armenia", "azerbaijan"))),
            casualties=tuple(draw(st.lists(st.builds(_killed, st.sampled_from(("armenia", "azerbaijan")),
                                                     st.integers(0, 3)), max_size=1))),
        ))
    return out


@given(_claims())
@example([DENIAL, ACCUSATION])
def test_admissions_of_initiative_are_asserting_claims_only(claims: list[Claim]) -> None:
    """Every admission that its side started it is an asserting claim's, and turning a claim into a denial takes
    away its initiative admission and nothing else."""
    counted = {c.global_id for c in claims}
    alignment = Alignment(PARTIES, SOURCES)
    found = admissions(claims, counted, alignment)
    stance = {c.global_id: c.stance for c in claims}
    assert all(stance[a.claim] == "asserts" for a in found if a.kind == "initiative")
    assert {a.claim for a in rec_admissions(claims) if a.kind == "initiative"} <= {
        g for g, s in stance.items() if s == "asserts"}
    losses = [(a.claim, a.party, a.counted) for a in found if a.kind == "losses"]
    as_asserted = admissions([attrs.evolve(c, stance="asserts") for c in claims], counted, alignment)
    assert [(a.claim, a.party) for a in found if a.kind == "losses"] == [
        (a.claim, a.party) for a in as_asserted if a.kind == "losses"]
    assert all(counted_ == (stance[gid] == "asserts") for gid, _party, counted_ in losses)


def rec_admissions(claims: list[Claim]) -> tuple[Admission, ...]:
    return _reconciliation(*claims).events[0].admissions


def test_a_denied_events_card_says_who_denies_it() -> None:
    """A card graded denied says, before its details, that nobody who still speaks asserts the event and which
    claims deny it; the denial is not left to the stance row of the claims table. (A denial that clears its own
    side, such as `DENIAL`, denies no incident: tests/test_denials_clearing_own_side.py.)"""
    withdrawn = _claim("azp/b", stance="denies")
    blaming = _claim("am-mod/a", stance="denies", initiator="azerbaijan")
    html = render_report(_reconciliation(blaming, withdrawn, _claim("azp/c", stance="denies", supersedes=("azp/b",))),
                         generated=GENERATED)
    note = html.split('<p class="denied-note">')[1].split("</p>")[0]
    assert note == ("<strong>Denied:</strong> no source that still speaks says it happened. Denied by "
                    '<bdi>Ministry of Defence of Armenia</bdi> <code class="small">am-mod/a</code>; '
                    '<bdi>Prosecutor General of Azerbaijan</bdi> <code class="small">azp/c</code>.')


def test_basis_says_the_best_is_the_least_of_vague_words_only_when_it_is() -> None:
    """An admission of “at least 5” beside the enemy's “ten”: the best (10) is not the least the admission's words
    allow (5), and the basis does not say it is; an admission standing alone gives its least, and says so."""
    admission = _claim("azp/a", casualties=(Casualties("azerbaijan", "soldiers", killed=Count(5, None, "at least 5")),))
    enemy = _claim("am-mod/b", casualties=(Casualties("azerbaijan", "soldiers", killed=Count(10, 10, "ten")),))
    (both,) = build_view(_reconciliation(admission, enemy), generated=GENERATED, engine_version="1").events
    (alone,) = build_view(_reconciliation(admission), generated=GENERATED, engine_version="1").events
    assert [(f.best, f.basis.split(")")[0]) for f in (*both.figures, *alone.figures)] == [
        ("10", "Rests on an admission against interest by the side it costs (“at least 5”: the best lies within "
               "what those words allow"),
        ("5", "Rests on an admission against interest by the side it costs (“at least 5”: the best is the least "
              "those words allow"),
    ]
