"""Event types of wars with air power and bombings, second parts and the date, and denials of figures only.

Three readings a casualty recorder relies on: the event vocabulary knows air strikes, bombings and their phrases
("suicide car bomb" is an attack, not a suicide); a claim that ``adds_to`` another is a later part of its source's
story, not its source's date for the incident; and a source that asserts an incident and denies something about it
denies the figures, not the incident.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.load import load_case
from reconcile.match import EVENT_FAMILIES, EVENT_TYPE_EXCEPTIONS, EVENT_TYPES, MatchConfig, event_type
from reconcile.models import Casualties, Claim, Count
from reconcile.pipeline import reconcile
from tests import test_match as m
from tests.test_merge import claim, event_of, killed, summaries

DOCS = Path(__file__).parent.parent / "docs"

# --------------------------------------------------------------------------------------------------------------
# Event types
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("suicide car bomb", "bombing"),
        ("suicide attack", "bombing"),
        ("suicide bombing", "bombing"),
        ("car bomb", "bombing"),
        ("car-bombing of a market", "bombing"),
        ("VBIED attack", "bombing"),
        ("bombing", "bombing"),
        ("air strike", "shelling"),
        ("airstrike", "shelling"),
        ("Air-strike on a convoy", "shelling"),
        ("air raid", "shelling"),
        ("barrel bombs", "shelling"),
        ("drone strike", "shelling"),
        ("roadside bomb", "mine"),
        ("ambush", "clash"),
    ],
)
def test_conflict_events_have_their_type(text: str, kind: str) -> None:
    """Air strikes, bombings and their phrases are read as the type they name, not as a suicide or unknown."""
    assert event_type(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("suicide of a conscript", "noncombat"),
        ("sabotage raid", "incursion"),
        ("internal disagreements within the army", "noncombat"),
        ("mortar fire", "shelling"),
        ("IED explosion", "mine"),
    ],
)
def test_single_words_keep_their_type(text: str, kind: str) -> None:
    """A word outside any phrase keeps the type it had: a suicide alone is a non-combat death, a raid an incursion."""
    assert event_type(text) == kind


def test_a_car_bomb_and_a_vbied_attack_count_for_a_match() -> None:
    """Two accounts of one car bomb (a suicide car bomb, a VBIED attack) are the same kind of event."""
    pair = m.score(m.claim("am/a", 0, event="suicide car bomb"), m.claim("az/b", 0, event="VBIED attack"))
    assert m.weight(pair, "event") == MatchConfig().event_same


def test_a_car_bomb_is_one_event_across_sources(tmp_path: Path) -> None:
    """A belligerent's "suicide car bomb" and a monitor's "VBIED attack" in one town in one week are one event."""
    (tmp_path / "case.yaml").write_text(
        "case: car-bomb\ntitle: Test\nparties:\n  - {id: north, name: Northern Forces}\n"
        "  - {id: group, name: Armed Group, aliases: [the group]}\n", encoding="utf-8")
    (tmp_path / "north.yaml").write_text(
        "source: {id: north-gc, name: Northern Command, kind: belligerent, speaks_for: north}\nclaims:\n"
        "  - {id: s1, stated: 2017-02-07, quote: q, date: 2017-02-07, place: Velino, event: suicide car bomb,\n"
        "     initiator: the group, casualties: [{party: north, category: civilians, killed: 5}]}\n",
        encoding="utf-8")
    (tmp_path / "obs.yaml").write_text(
        "source: {id: obs, name: Observatory, kind: monitor}\nclaims:\n"
        "  - {id: o1, stated: 2017-02-10, quote: q, date: early February 2017, place: Velino,\n"
        "     event: VBIED attack, initiator: the group,\n"
        "     casualties: [{party: north, category: civilians, killed: a handful of}]}\n", encoding="utf-8")
    result = reconcile(load_case(tmp_path))
    assert [sorted(event.claims) for event in result.events] == [["north-gc/s1", "obs/o1"]]


def _documented_types() -> dict[str, tuple[tuple[str, ...], str]]:
    """The event-type table of docs/matching.md: type -> (stems, family)."""
    text = (DOCS / "matching.md").read_text(encoding="utf-8")
    section = text.split("### Event types", 1)[1].split("\n### ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| (.+?) \| (.+?) \|$", section, flags=re.MULTILINE)
    return {kind: (tuple(stems.split(", ")), family) for kind, stems, family in rows}


def test_documented_table_is_the_vocabulary() -> None:
    """The table in docs/matching.md lists every type, its stems in order and its family, as the code has them."""
    documented = _documented_types()
    assert {kind: stems for kind, (stems, _) in documented.items()} == dict(EVENT_TYPES)
    assert {kind: tuple(family.split(", ")) for kind, (_, family) in documented.items()
            if kind in EVENT_FAMILIES} == dict(EVENT_FAMILIES)


PHRASES = sorted(stem for stems in EVENT_TYPES.values() for stem in stems if " " in stem)
WORDS = sorted(stem for stems in EVENT_TYPES.values() for stem in stems if " " not in stem)
TYPE_OF = {stem: kind for kind, stems in EVENT_TYPES.items() for stem in stems}


@given(st.sampled_from(PHRASES), st.lists(st.sampled_from(WORDS), max_size=3),
       st.lists(st.sampled_from(WORDS), max_size=3))
@example("fighter aircraft", ["fire"], [])  # "fire fighter aircraft": an exception phrase hides "fighter"
@example("fighter aircraft", ["firefight"], [])  # "firefight" is no "fire" of the exception "fire fighter"
def test_a_phrase_outranks_the_words_around_it(phrase: str, before: list[str], after: list[str]) -> None:
    """Whatever single words surround a phrase, the text is of the phrase's type, unless the words make another
    phrase at least as long with it: a stem's, or an exception's (`EVENT_TYPE_EXCEPTIONS`: a phrase that names no
    event hides its words from every stem)."""
    text = " ".join([*before, phrase, *after])
    rivals = [p for p in (*PHRASES, *(e for e in EVENT_TYPE_EXCEPTIONS if " " in e))
              if p != phrase and len(p.split()) >= len(phrase.split()) and p in text]
    assert event_type(text) == TYPE_OF[phrase] or rivals


def test_an_exception_phrase_takes_no_word_a_longer_stem_reads() -> None:
    """"fire fighter" (no event) is not in "a firefight, fighter jets": the firefight is a word of its own, as a word
    is read by the longest stem it starts with, and the fighter jets are there."""
    assert event_type("after a firefight, fighter jets struck the village") == "shelling"
    assert event_type("fire fighters were killed") == "casualty"  # the exception still holds


@given(st.sampled_from(PHRASES))
def test_a_hyphenated_phrase_is_the_phrase(phrase: str) -> None:
    """A phrase written with hyphens ("car-bomb") is of the phrase's type."""
    assert event_type(phrase.replace(" ", "-")) == event_type(phrase) == TYPE_OF[phrase]


# --------------------------------------------------------------------------------------------------------------
# Second parts and the date
# --------------------------------------------------------------------------------------------------------------


def test_a_later_second_part_is_no_date_conflict() -> None:
    """A source's main claim dates the battle the 17th; its second part (one more wounded the 18th, ``adds_to`` the
    main claim) does not make the source date the incident the 18th against the other side's 17th."""
    event = event_of(
        claim("am-mod/main", date="2017-03-17", casualties=(killed("armenia", 3),)),
        claim("am-mod/more", stated="2017-03-19", date="2017-03-18", adds_to=("am-mod/main",),
              casualties=(Casualties("armenia", "soldiers", wounded=Count(1, 1, "1")),)),
        claim("az-mod/a", date="2017-03-17", casualties=(killed("armenia", (24, None), "dozens of"),)),
    )
    assert summaries(event, "date") == []


def test_a_second_part_without_its_main_claim_dates_the_incident() -> None:
    """A second part whose main claim is in another event is its source's only word on this one: it dates it."""
    event = event_of(
        claim("am-mod/more", date="2017-03-18", adds_to=("am-mod/main",)),
        claim("az-mod/a", date="2017-03-17"),
    )
    assert len(summaries(event, "date")) == 1


def test_a_source_of_second_parts_only_dates_the_incident() -> None:
    """A source whose counted claims in the event are all second parts (claims that add to each other, as only a
    hand-built model can have them) still dates the incident."""
    event = event_of(
        claim("am-mod/a", date="2017-03-18", adds_to=("am-mod/b",)),
        claim("am-mod/b", date="2017-03-18", adds_to=("am-mod/a",)),
        claim("az-mod/c", date="2017-03-17"),
    )
    assert len(summaries(event, "date")) == 2


def test_the_main_claim_still_disagrees_on_the_date() -> None:
    """The source's main claim is its date for the incident, and is compared as before."""
    event = event_of(
        claim("am-mod/main", date="2017-03-15"),
        claim("am-mod/more", date="2017-03-17", adds_to=("am-mod/main",)),
        claim("az-mod/a", date="2017-03-17"),
    )
    assert [c.claims for c in event.conflicts if c.kind == "date"] == [("am-mod/main", "az-mod/a")]


DAYS = st.sampled_from(["2017-03-15", "2017-03-16", "2017-03-17", "2017-03-18"])


@given(st.lists(st.tuples(st.sampled_from(["am-mod", "az-mod", "osce", "wire"]), DAYS), min_size=1, max_size=4,
                unique_by=lambda item: item[0]),
       st.lists(st.tuples(st.integers(0, 3), DAYS), max_size=3))
def test_second_parts_add_no_date_conflict(mains: list[tuple[str, str]], parts: list[tuple[int, str]]) -> None:
    """Adding second parts of sources that have a main claim leaves the date conflicts as they were."""
    base = [claim(f"{source}/main", date=day) for source, day in mains]
    more = [
        claim(f"{mains[at % len(mains)][0]}/part{k}", date=day, adds_to=(f"{mains[at % len(mains)][0]}/main",))
        for k, (at, day) in enumerate(parts)
    ]
    before = {c.claims for c in event_of(*base).conflicts if c.kind == "date"}
    after = {c.claims for c in event_of(*base, *more).conflicts if c.kind == "date"}
    assert after == before


# --------------------------------------------------------------------------------------------------------------
# Denials of figures only
# --------------------------------------------------------------------------------------------------------------


def _civilians(low: int, high: int | None, text: str) -> Casualties:
    return Casualties("armenia", "civilians", killed=Count(low, high, text))


def _strike_with_civilian_denial() -> list[Claim]:
    """A ministry announces a strike that killed 68 fighters, then denies the civilian deaths that a monitor and a
    news agency report."""
    return [
        claim("az-mod/strike", stated="2017-01-20", date="2017-01-20", casualties=(killed("armenia", 68),)),
        claim("az-mod/no-civilians", stated="2017-01-22", date="2017-01-20", stance="denies",
              casualties=(_civilians(0, 0, "none"),)),
        claim("osce/count", stated="2017-01-21", date="2017-01-20",
              casualties=(_civilians(14, None, "at least 14"),)),
        claim("wire/report", stated="2017-01-21", date="2017-01-20",
              casualties=(_civilians(24, None, "dozens of"),)),
    ]


def test_a_source_asserting_the_incident_denies_only_its_figures() -> None:
    """A source that asserts the strike and denies the civilian deaths raises no existence conflict."""
    assert summaries(event_of(*_strike_with_civilian_denial()), "existence") == []


def test_the_denied_figures_are_casualty_conflicts() -> None:
    """What the source does deny, the civilian deaths, shows as casualty conflicts against its "none"."""
    assert summaries(event_of(*_strike_with_civilian_denial()), "casualties") == [
        "Ministry of Defence of Azerbaijan says no civilians of Armenia were killed; OSCE monitors says at least "
        "14.",
        "Ministry of Defence of Azerbaijan says no civilians of Armenia were killed; Wire Agency says at least 24 "
        "(\"dozens of\").",
    ]


def test_a_denial_with_figures_from_a_source_that_asserts_nothing_denies_the_incident() -> None:
    """A side that denies there was any fighting writes ``killed: 0``: that is a denial of the incident."""
    event = event_of(
        claim("am-mod/a", casualties=(killed("azerbaijan", 4),)),
        claim("az-mod/b", stance="denies", casualties=(killed("azerbaijan", 0),)),
    )
    assert summaries(event, "existence") == [
        "Ministry of Defence of Armenia says the incident happened; Ministry of Defence of Azerbaijan denies it."
    ]


def test_a_relay_of_the_assertion_keeps_the_denial_of_the_incident() -> None:
    """Another source relaying the denying ministry's assertion does not turn the ministry's own denial into a
    denial of figures: adding a claim of a new source never removes a conflict."""
    event = event_of(
        claim("am-mod/a"),
        claim("az-mod/b", stance="denies"),
        claim("wire/c", relays="az-mod"),
    )
    assert summaries(event, "existence") == [
        "Ministry of Defence of Armenia says the incident happened; Ministry of Defence of Azerbaijan denies it."
    ]


def test_a_denial_that_supersedes_the_assertion_denies_the_incident() -> None:
    """A source that takes its assertion back with a denial that supersedes it denies the incident."""
    event = event_of(
        claim("am-mod/a"),
        claim("az-mod/old", stated="2012-06-05"),
        claim("az-mod/new", stated="2012-06-06", stance="denies", supersedes=("az-mod/old",)),
    )
    assert len(summaries(event, "existence")) == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("shelling since dawn", "shelling"),
        ("shelling since this morning", "shelling"),
        ("fighting since Sunday", "clash"),
        ("mortar fire since 6 am", "shelling"),
        ("mortar fire since 06:00", "shelling"),
        ("shelling since the early hours", "shelling"),
        ("since yesterday", "unknown"),
        ("63 killed since 2011", "total"),
        ("casualties since 7 October", "total"),
        ("losses since the ceasefire", "total"),
        ("killed since the start of the war", "total"),
    ],
)
def test_since_makes_a_total_only_before_a_period(text: str, kind: str) -> None:
    """"since" with a time of the day or a weekday after it starts one incident; before a year, a date or an event
    it starts a period (a period total is never matched with one incident, so the difference splits events)."""
    assert event_type(text) == kind


@given(st.sampled_from(["dawn", "noon", "midnight", "yesterday", "Monday", "7 pm", "19:30", "last night"]),
       st.sampled_from(["shelling", "clash", "sniper fire", "drone strike"]))
def test_since_a_time_of_day_keeps_the_type(when: str, event: str) -> None:
    assert event_type(f"{event} since {when}") == event_type(event)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("firefight", "clash"), ("a firefight near the post", "clash"), ("exchange of fire", "shooting"),
     ("gunfire", "shooting"), ("bombardment", "shelling")],
)
def test_a_word_is_read_by_its_longest_stem(text: str, kind: str) -> None:
    """A word that starts with two stems is read by the longer: "firefight" is a clash, not the fire of shooting."""
    assert event_type(text) == kind


@given(st.sampled_from(WORDS))
def test_a_stem_alone_is_its_own_type(stem: str) -> None:
    """Each one-word stem, written alone, is of its own type: no shorter stem it starts with takes it."""
    assert event_type(stem) == TYPE_OF[stem]


@pytest.mark.parametrize(("first", "second"), [("IED attack on a patrol", "bomb attack on a patrol"),
                                               ("roadside bomb", "car bomb"), ("VBIED", "landmine blast")])
def test_a_bombing_and_a_mine_are_not_incompatible(first: str, second: str) -> None:
    """One source's IED is another's bomb attack: a bombing against a mine counts neither for nor against a match."""
    pair = m.score(m.claim("am/a", 0, event=first), m.claim("az/b", 0, event=second))
    assert m.weight(pair, "event") == 0.0


@pytest.mark.parametrize(("first", "second"), [("suicide bombing", "suicide of a conscript"),
                                               ("landmine blast", "clash"), ("IED", "accident")])
def test_other_families_stay_incompatible(first: str, second: str) -> None:
    """A bombing against a non-combat death, and a mine against combat or a non-combat death, count against."""
    pair = m.score(m.claim("am/a", 0, event=first), m.claim("az/b", 0, event=second))
    assert m.weight(pair, "event") == MatchConfig().event_incompatible
