"""What a figure rests on, relays counted once, claims of responsibility, and civilians of any party.

QA of the Kashmir, Colombia and Kosovo cases (docs/merge-rules.md: section 2, "The basis of a figure", section 7;
docs/independence.md, section 4):

1. a lone enemy claim ("5 Indian soldiers killed") was exported as a precise, corroborated toll: each figure now says
   what its best rests on, from its own sources (`FigureBases`), in events.csv, reconciliation.json and the report;
2. a relay of a ministry's admission was listed as a second admission: one statement relayed counts once;
3. a side claiming its own attack was an "admission against interest" that confirmed the event: it is a claim of
   responsibility, which corroborates but never confirms;
4. civilians coded as a party of their own ("civiles") were "the enemy's losses", and a side conceding civilian
   deaths its attack caused was no admission.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import jsonschema
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reconcile.independence import Alignment, responsibilities
from reconcile.load import load_case
from reconcile.merge import BASIS_KINDS, DEFAULT_RULES, FIGURE_GRADES, FigureBases, FigureBasis, merge_group
from reconcile.models import (
    Case,
    Casualties,
    Category,
    Claim,
    Count,
    DateSpan,
    Event,
    Figure,
    Group,
    Party,
    Reconciliation,
    Source,
    Stance,
)
from reconcile.normalize import parse_count
from reconcile.pipeline import reconcile
from reconcile.places import Gazetteer
from reconcile.report import build_view
from reconcile.serialize import EVENT_COLUMNS, events_csv, from_json, to_json
from reconcile.testing import cases, reorderings
from reconcile.track_records import track_records

from .conftest import ROOT, SEED

PARTIES = (
    Party("india", "India", aliases=("Indian Army",)),
    Party("pakistan", "Pakistan", aliases=("Pakistan Army",)),
    Party("colombia", "Colombia"),
    Party("farc", "FARC-EP"),
    Party("civiles", "Población civil"),
)
SOURCES = (
    Source("ispr", "ISPR", "belligerent", speaks_for="pakistan"),
    Source("adgpi", "Indian Army (ADGPI)", "belligerent", speaks_for="india"),
    Source("dawn", "Dawn", "media"),
    Source("pti", "Press Trust of India", "media"),
    Source("ani", "Asian News International", "media"),
    Source("unmogip", "UNMOGIP", "monitor"),
    Source("ejc", "Ejército Nacional de Colombia", "belligerent", speaks_for="colombia"),
    Source("farc-sec", "Secretariado FARC-EP", "belligerent", speaks_for="farc"),
    Source("policia", "Policía Nacional de Colombia", "belligerent", speaks_for="colombia"),
    Source("wire", "Wire Agency", "media"),
)
NO_PLACES = Gazetteer(())
GENERATED = "2026-01-01T00:00:00Z"
SCHEMA = json.loads((ROOT / "docs" / "reconciliation.schema.json").read_text(encoding="utf-8"))


def claim(gid: str, *, stated: str = "2019-06-09", stance: Stance = "asserts", **fields: Any) -> Claim:
    """A claim on 9 June 2019 at Dudhnial; ``figures`` as ``party:category:measure=count text``."""
    source, cid = gid.split("/")
    day = dt.date(2019, 6, 9)
    figures: dict[tuple[str, str], dict[str, Count]] = {}
    for spec in fields.pop("figures", ()):
        key, text = spec.split("=")
        party, category, measure = key.split(":")
        figures.setdefault((party, category), {})[measure] = parse_count(text)
    casualties = fields.pop("casualties", None) or tuple(
        Casualties(party, category, **counts)  # type: ignore[arg-type]
        for (party, category), counts in figures.items())
    return Claim(source=source, id=cid, stated=dt.date.fromisoformat(stated), quote=gid,
                 date=DateSpan(day, day, "day"), place="Dudhnial", stance=stance, casualties=casualties, **fields)


def case_of(*claims: Claim) -> Case:
    return Case("t", "Test", PARTIES, SOURCES, tuple(claims), regional_gazetteer="none")


def event_of(*claims: Claim) -> Event:
    """All ``claims`` merged as one event (no matching, no gazetteer)."""
    return merge_group(case_of(*claims), Group("e", tuple(c.global_id for c in claims)), gazetteer=NO_PLACES)


def reconciliation_of(*claims: Claim) -> Reconciliation:
    return Reconciliation(case_of(*claims), (event_of(*claims),), methodology=tuple(DEFAULT_RULES.describe()))


def basis(event_claims: tuple[Claim, ...] | list[Claim], party: str, category: str = "soldiers",
          measure: str = "killed") -> tuple[Figure, FigureBasis]:
    event = event_of(*event_claims)
    bases = FigureBases(case_of(*event_claims))(event)
    for figure, found in zip(event.casualties, bases, strict=True):
        if (figure.party, figure.category, figure.measure) == (party, category, measure):
            return figure, found
    raise AssertionError(f"no figure {party}/{category}/{measure}")


def note(figure: Figure, gid: str) -> str:
    (value,) = [v for v in figure.values if v.claim == gid and v.counted]
    return value.note


# The Kashmir repro: ISPR claims 5 Indian soldiers killed beside a girl killed that Dawn reports too.
ISPR_5 = claim("ispr/pr-120", initiator="india",
               figures=("pakistan:civilians:killed=1", "india:soldiers:killed=5"))
DAWN_GIRL = claim("dawn/d-10", stated="2019-06-10", initiator="india", figures=("pakistan:civilians:killed=one",))


# --- 1. the basis of a figure ------------------------------------------------------------------------------------


def test_a_lone_enemy_claim_rests_on_the_enemy_alone() -> None:
    """The event is corroborated (Dawn and ISPR both report it), but India's 5 dead rest on Pakistan's word about
    its enemy alone: one origin, enemy claim only, single-source."""
    event = event_of(ISPR_5, DAWN_GIRL)
    assert event.grade == "corroborated"
    _figure, found = basis([ISPR_5, DAWN_GIRL], "india")
    assert found == FigureBasis("single-source", "enemy claim only", 1, ("ispr/pr-120",), ())


def test_events_csv_says_what_each_figure_rests_on() -> None:
    """events.csv has the figure's grade, basis, origins, words and overlaps right after the figure, before the
    event's."""
    rows = list(csv.DictReader(io.StringIO(events_csv(reconciliation_of(ISPR_5, DAWN_GIRL)))))
    assert EVENT_COLUMNS[EVENT_COLUMNS.index("high") + 1:EVENT_COLUMNS.index("grade")] == (
        "figure_grade", "basis", "basis_origins", "basis_words", "overlaps")
    india = next(row for row in rows if row["party"] == "india")
    assert [india[k] for k in ("best", "figure_grade", "basis", "basis_origins", "grade")] == [
        "5", "single-source", "enemy claim only", "1", "corroborated"]
    girl = next(row for row in rows if row["party"] == "pakistan")
    assert [girl[k] for k in ("figure_grade", "basis", "basis_origins")] == [
        "corroborated", "independent media", "2"]


def test_vague_enemy_words_are_the_least_they_allow_and_say_so() -> None:
    """"heavy losses" from the enemy alone gives best 1 with an open high (docs: the least every statement allows),
    and the basis carries the words, so the 1 reads as a floor."""
    figure, found = basis([claim("adgpi/a", figures=("pakistan:soldiers:killed=heavy losses",))], "pakistan")
    assert (figure.low, figure.best, figure.high) == (1, 1, None)
    assert (found.kind, found.words) == ("enemy claim only", ("heavy losses",))
    rec = reconciliation_of(claim("adgpi/a", figures=("pakistan:soldiers:killed=heavy losses",)))
    (row,) = csv.DictReader(io.StringIO(events_csv(rec)))
    assert (row["high"], row["basis_words"]) == ("", "heavy losses")


def test_each_kind_of_basis() -> None:
    """A monitor's count outranks an admission, an admission outranks media, media an enemy claim."""
    own = claim("adgpi/a", figures=("india:soldiers:killed=2",))
    monitor = claim("unmogip/u", figures=("india:soldiers:killed=2",))
    media = claim("wire/w", figures=("india:soldiers:killed=2",))
    enemy = claim("ispr/i", figures=("india:soldiers:killed=2",))
    assert basis([own, monitor, media, enemy], "india")[1].kind == "monitor"
    assert basis([own, media, enemy], "india")[1].kind == "own admission"
    assert basis([media, enemy], "india")[1].kind == "independent media"
    assert basis([claim("adgpi/z", figures=("india:soldiers:killed=0",))], "india")[1].kind == \
        "belligerent about own side"


def test_an_admission_the_enemy_gives_too_confirms_the_figure() -> None:
    """India concedes 4 and Pakistan says 4: the toll is confirmed; Pakistan says 9 instead: contested."""
    own = claim("adgpi/a", figures=("india:soldiers:killed=4",))
    assert basis([own, claim("ispr/i", figures=("india:soldiers:killed=4",))], "india")[1].grade == "confirmed"
    found = basis([own, claim("ispr/i", figures=("india:soldiers:killed=9",))], "india")[1]
    assert (found.grade, found.kind, found.claims) == ("contested", "own admission", ("adgpi/a",))


def test_a_relay_adds_no_origin_to_a_figure() -> None:
    """PTI relaying ADGPI's 2 is ADGPI's word: one origin; a monitor's own count of 2 makes two."""
    own = claim("adgpi/a", figures=("india:soldiers:killed=2",))
    relay = claim("pti/p", relays="adgpi", figures=("india:soldiers:killed=2",))
    alone = basis([own, relay], "india")[1]
    assert (alone.grade, alone.kind, alone.origins) == ("single-source", "own admission", 1)
    counted = basis([own, relay, claim("unmogip/u", figures=("india:soldiers:killed=2",))], "india")[1]
    assert (counted.grade, counted.kind, counted.origins) == ("corroborated", "monitor", 2)


def test_reconciliation_json_carries_the_basis_and_reads_back() -> None:
    """Each figure of reconciliation.json has its basis, valid by the published schema; reading the file back gives
    the same reconciliation, and the same bases worked out again."""
    rec = reconciliation_of(ISPR_5, DAWN_GIRL)
    text = to_json(rec, generated=GENERATED)
    data = json.loads(text)
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
    india = next(f for f in data["events"][0]["casualties"] if f["party"] == "india")
    assert india["basis"] == {"grade": "single-source", "kind": "enemy claim only", "origins": 1,
                              "claims": ["ispr/pr-120"], "words": [], "overlaps": []}
    back, _ = from_json(text)
    assert back == rec
    assert FigureBases(back.case)(back.events[0]) == FigureBases(rec.case)(rec.events[0])


def test_the_report_says_what_the_best_rests_on() -> None:
    """The figures table of the card says that India's 5 rest on an enemy claim only."""
    (card,) = build_view(reconciliation_of(ISPR_5, DAWN_GIRL), generated=GENERATED, engine_version="1").events
    india = next(f for f in card.figures if f.party == "India")
    assert india.basis_kind == "enemy claim only"
    assert india.basis == ("Rests on only a side's claim about its enemy's losses, 1 independent origin; resting on "
                           "a single origin.")


def test_the_seed_figures_rest_on_what_the_docs_say() -> None:
    """4 June 2012: Armenia concedes 3 soldiers killed and Azerbaijan's denial gives the same 3: the toll is
    confirmed though the event is contested; 5 June: the Azerbaijani admission of 5 against Armenia's 4 is
    contested."""
    rec = reconcile(load_case(SEED))
    bases = FigureBases(rec.case)
    found = {(e.id[:13], f.party, f.category, f.measure): b
             for e in rec.events for f, b in zip(e.casualties, bases(e), strict=True)}
    june4 = found["ev-2012-06-04", "armenia", "soldiers", "killed"]
    assert (june4.grade, june4.kind, june4.origins) == ("confirmed", "own admission", 2)
    june5 = found["ev-2012-06-05", "azerbaijan", "soldiers", "killed"]
    assert (june5.grade, june5.kind) == ("contested", "own admission")


@settings(max_examples=25, deadline=None)
@given(data=st.data(), case=cases(max_claims=8))
def test_the_basis_does_not_depend_on_the_order_of_claims(data: st.DataObject, case: Case) -> None:
    """Law: shuffling claims, parties, sources and gazetteer entries gives every figure the same basis."""
    shuffled = data.draw(reorderings(case))

    def bases_of(rec: Reconciliation) -> dict[tuple[str, str, str, str], FigureBasis]:
        bases = FigureBases(rec.case)
        return {(e.id, f.party, f.category, f.measure): b
                for e in rec.events for f, b in zip(e.casualties, bases(e), strict=True)}

    assert bases_of(reconcile(shuffled)) == bases_of(reconcile(case))


@settings(max_examples=40, deadline=None)
@given(case=cases(max_claims=8))
def test_a_basis_rests_on_counted_values_that_give_the_best(case: Case) -> None:
    """Law: a basis names only counted values whose interval holds the best, counts at most one origin per such
    value (at least one where there is any), and grades and kinds are of the published vocabularies."""
    rec = reconcile(case)
    bases = FigureBases(rec.case)
    for event in rec.events:
        for figure, found in zip(event.casualties, bases(event), strict=True):
            counted = {v.claim: v.count for v in figure.values if v.counted}
            assert set(found.claims) <= counted.keys()
            assert all(counted[gid].contains(figure.best) for gid in found.claims)
            assert (found.origins >= 1) is bool(found.claims)
            assert found.origins <= len(found.claims)
            assert found.grade in FIGURE_GRADES
            assert found.kind in (*BASIS_KINDS, "")
            assert found.grade != "corroborated" or found.origins >= 2


SIDES = st.sampled_from(["ispr", "adgpi", "dawn", "unmogip", "wire"])


@st.composite
def one_claim_per_source(draw: st.DrawFn) -> list[Claim]:
    """Claims of distinct sources about India's soldiers killed, each a number or a vague phrase."""
    sources = draw(st.lists(SIDES, min_size=1, max_size=5, unique=True))
    texts = st.sampled_from(["0", "1", "2", "3", "5", "2 to 4", "at least 2", "heavy losses", "several"])
    return [claim(f"{s}/c", figures=(f"india:soldiers:killed={draw(texts)}",)) for s in sources]


@given(claims=one_claim_per_source(), relayed=st.integers(0, 4))
@example(claims=[claim("adgpi/c", figures=("india:soldiers:killed=2",))], relayed=0)
@example(claims=[claim("dawn/c", figures=("india:soldiers:killed=2 to 4",)),
                 claim("wire/c", figures=("india:soldiers:killed=at least 2",)),
                 claim("ispr/c", figures=("india:soldiers:killed=0",))], relayed=1)  # words reordered by the relay
def test_a_relay_of_a_claim_changes_no_basis(claims: list[Claim], relayed: int) -> None:
    """Law: adding an outlet's relay of one of the claims (same figure) leaves the figure's basis as it was, and
    lists no admission twice."""
    original = claims[relayed % len(claims)]
    relay = claim("ani/r", relays=original.source, casualties=original.casualties)
    before, after = basis(claims, "india")[1], basis([*claims, relay], "india")[1]
    assert (after.grade, after.kind, after.origins, after.words) == (
        before.grade, before.kind, before.origins, before.words)
    assert len(event_of(*claims, relay).admissions) == len(event_of(*claims).admissions)


# --- 2. one statement relayed counts once ------------------------------------------------------------------------


ADGPI = claim("adgpi/a", initiator="pakistan", figures=("india:soldiers:killed=1", "india:soldiers:wounded=2"))
PTI_RELAY = claim("pti/p", relays="adgpi", initiator="pakistan",
                  figures=("india:soldiers:killed=1", "india:soldiers:wounded=2"))


def test_a_relayed_admission_is_listed_once() -> None:
    """PTI relaying ADGPI's own dead is ADGPI's admission: listed once, on ADGPI's claim, not in PTI's record."""
    event = event_of(ADGPI, PTI_RELAY)
    assert [(a.claim, a.origin) for a in event.admissions] == [("adgpi/a", "adgpi")]
    records = {r.source: r for r in track_records([Reconciliation(case_of(ADGPI, PTI_RELAY), (event,))])}
    assert (records["adgpi"].admissions, records["pti"].admissions) == (1, 0)


def test_a_relay_alone_carries_its_origins_admission_once() -> None:
    """Where ADGPI does not speak in the event, the first relay of it carries its admission, once for two relays."""
    ani = claim("ani/n", stated="2019-06-10", relays="adgpi", figures=("india:soldiers:killed=1",))
    assert [(a.claim, a.origin) for a in event_of(PTI_RELAY, ani).admissions] == [("pti/p", "adgpi")]


def test_those_who_say_so_too_are_named_once_per_origin() -> None:
    """ISPR and PTI relaying ISPR both give Indian dead that India concedes: ISPR alone is named as saying so too."""
    ispr = claim("ispr/i", figures=("india:soldiers:killed=1",))
    relay = claim("pti/q", relays="ispr", figures=("india:soldiers:killed=1",))
    (admission,) = event_of(ADGPI, ispr, relay).admissions
    assert admission.alleged_by == ("ispr/i",)
    assert admission.summary.endswith(" ISPR, on the opposing side, says so too.")


# --- 3. claims of responsibility ---------------------------------------------------------------------------------


FARC_ATTACK = claim("farc-sec/parte", initiator="farc")
POLICE = claim("policia/com", initiator="farc")


def test_a_claim_of_responsibility_is_no_admission_and_does_not_confirm() -> None:
    """FARC saying its units attacked, the police saying FARC attacked: corroborated, no admission."""
    event = event_of(FARC_ATTACK, POLICE)
    assert (event.admissions, event.grade) == ((), "corroborated")
    (found,) = responsibilities([FARC_ATTACK, POLICE], {"farc-sec/parte", "policia/com"},
                                Alignment(PARTIES, SOURCES), event.origins)
    assert (found.claim, found.party, found.alleged_by) == ("farc-sec/parte", "farc", ("policia/com",))


def test_the_report_words_a_claim_of_responsibility_as_such() -> None:
    """The card lists the claim of responsibility, agreed across the line; the claim's column says so and carries
    no admission tag; no grade note speaks of a concession."""
    (card,) = build_view(reconciliation_of(FARC_ATTACK, POLICE), generated=GENERATED, engine_version="1").events
    (found,) = card.responsibilities
    assert (found.label, found.agreed, card.admissions, card.grade_note) == (
        "Claims responsibility: its own side started it", True, (), "")
    column = next(c for c in card.claims if c.id == "farc-sec/parte")
    assert (column.admissions, column.responsibility) == (
        (), ("Claims responsibility: its own side started it (the opposing side names it too: the attribution is "
             "agreed, not conceded)",))


def test_a_denial_naming_its_own_side_claims_nothing() -> None:
    """A denial's initiator is whom it blames or clears: neither responsibility nor admission."""
    denial = claim("farc-sec/d", initiator="farc", stance="denies")
    assert responsibilities([denial, POLICE], {"farc-sec/d", "policia/com"}, Alignment(PARTIES, SOURCES)) == ()


def test_the_rules_say_a_claim_of_responsibility_confirms_nothing() -> None:
    text = " ".join(DEFAULT_RULES.describe())
    assert "claims responsibility: evidence of who attacked, but no concession, so it confirms nothing" in text


# --- 4. civilians of any party -----------------------------------------------------------------------------------


ARMY_119 = claim("ejc/c-051", stated="2002-05-06", initiator="farc", figures=("civiles:civilians:killed=119",))
FARC_79 = claim("farc-sec/perdon", stated="2015-12-06", initiator="farc", figures=("civiles:civilians:killed=79",))


def test_a_side_conceding_civilians_its_attack_killed_admits_it() -> None:
    """Bojayá: FARC concedes 79 civilians its cylinder killed (an admission: floor and best), the army blames FARC
    for 119 (an accusation, the high end); the admission is listed, with the army saying so too."""
    figure, found = basis([ARMY_119, FARC_79], "civiles", "civilians")
    assert (figure.low, figure.best, figure.high) == (79, 79, 119)
    assert note(figure, "farc-sec/perdon") == ("an admission against interest: it says its own side caused these "
                                               "civilian casualties")
    assert note(figure, "ejc/c-051").startswith("a figure in its source's side's interest (it blames another side")
    assert (found.kind, found.grade) == ("own admission", "contested")
    (admission,) = event_of(ARMY_119, FARC_79).admissions
    assert (admission.claim, admission.kind, admission.party, admission.alleged_by) == (
        "farc-sec/perdon", "losses", "civiles", ("ejc/c-051",))
    assert responsibilities([ARMY_119, FARC_79], {"ejc/c-051", "farc-sec/perdon"}, Alignment(PARTIES, SOURCES)) == ()


def test_civilians_of_a_party_that_takes_no_part_are_not_the_enemys_losses() -> None:
    """The army's toll of the civilian population, blaming nobody: no "claim about the enemy's losses"."""
    figure, found = basis([claim("ejc/x", figures=("civiles:civilians:killed=119",))], "civiles", "civilians")
    assert note(figure, "ejc/x") == "a figure of civilians of a party that takes no part; the claim blames nobody"
    assert found.kind == "belligerent about another party"


def test_civilians_of_the_enemys_side_stay_the_enemys_losses() -> None:
    """ISPR on Indian civilians, blaming nobody: India takes part, so this is a claim about the enemy's losses."""
    figure, found = basis([claim("ispr/x", figures=("india:civilians:killed=3",))], "india", "civilians")
    assert note(figure, "ispr/x") == "a claim about the enemy's losses"
    assert found.kind == "enemy claim only"


def test_a_denial_naming_its_own_side_clears_it_whatever_its_toll() -> None:
    """A denial coded with its own side as initiator clears that side: partisan, never the floor."""
    denial = claim("ejc/d", initiator="colombia", stance="denies", figures=("colombia:civilians:killed=12",))
    figure, found = basis([denial, claim("wire/w", figures=("colombia:civilians:killed=30",))],
                          "colombia", "civilians")
    assert (figure.low, figure.best) == (12, 30)
    assert found.kind == "independent media"
    assert event_of(denial).admissions == ()


CATEGORY: Category = "civilians"


@given(tolls=st.lists(st.tuples(st.sampled_from(["ejc", "farc-sec", "policia", "wire"]), st.integers(0, 150),
                                st.sampled_from(["colombia", "farc"])), min_size=1, max_size=4,
                      unique_by=lambda t: t[0]))
@example(tolls=[("ejc", 119, "farc"), ("farc-sec", 79, "farc")])
@example(tolls=[("ejc", 5, "colombia"), ("wire", 9, "farc")])  # its own side's strike: an admission either way
def test_civilians_coded_as_a_party_or_a_category_reconcile_alike(tolls: list[tuple[str, int, str]]) -> None:
    """Law: where each claim names who did it, Colombia's civilians and a party standing for the civilian
    population get the same low, best and high: a civilian toll is read by whom it blames, whoever's it is."""
    def span(party: str) -> tuple[int, int, int | None]:
        made = [claim(f"{s}/c", initiator=by, figures=(f"{party}:civilians:killed={n}",)) for s, n, by in tolls]
        figure = basis(made, party, CATEGORY)[0]
        return figure.low, figure.best, figure.high

    assert span("colombia") == span("civiles")
