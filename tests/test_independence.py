"""Independence: origins, relay chains, probable relays, admissions against interest, grades, track records, the
worked examples of docs/independence.md and the seed case's expectations."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from random import Random
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from rapidfuzz import fuzz, utils

from reconcile.independence import Alignment, _quote_similarity, probable_relays, quote_similarity, responsibilities
from reconcile.merge import DEFAULT_RULES, Rules, merge, merge_group
from reconcile.models import (
    Case,
    Casualties,
    Claim,
    Count,
    DateSpan,
    Event,
    Group,
    Party,
    Reconciliation,
    Source,
)
from reconcile.places import Gazetteer
from reconcile.track_records import TruthObject, track_records, truth_scores

from .conftest import ROOT, SEED

PARTIES = (
    Party("armenia", "Armenia"),
    Party("azerbaijan", "Azerbaijan"),
    Party("nkr", "Nagorno-Karabakh Republic", aligned_with=("armenia",)),
)
SOURCES = (
    Source("am-mod", "Ministry of Defence of Armenia", "belligerent", speaks_for="armenia"),
    Source("az-mod", "Ministry of Defence of Azerbaijan", "belligerent", speaks_for="azerbaijan"),
    Source("nkr-mod", "Ministry of Defence of the NKR", "belligerent", speaks_for="nkr"),
    Source("osce", "OSCE monitors", "monitor"),
    Source("wire", "Wire Agency", "media"),
    Source("news", "News Daily", "media"),
    Source("am-tv", "Armenian Public TV", "media", aligned_with=("armenia",)),
    Source("az-tv", "Azerbaijani State TV", "media", aligned_with=("azerbaijan",)),
    Source("blog", "A blogger", "analyst"),
)
NO_PLACES = Gazetteer(())
QUOTE = "Four soldiers of the enemy were killed when our units repelled an attack near the village."


def claim(gid: str, *, stated: str = "2012-06-05", quote: str | None = None, **fields: Any) -> Claim:
    """A claim on 5 June 2012 "near the village"; the quote defaults to the global id (unlike any other)."""
    source, cid = gid.split("/")
    day = dt.date(2012, 6, 5)
    return Claim(source=source, id=cid, stated=dt.date.fromisoformat(stated), quote=gid if quote is None else quote,
                 date=DateSpan(day, day, "day"), place="near the village", **fields)


def killed(party: str, value: int, category: str = "soldiers") -> Casualties:
    return Casualties(party, category, killed=Count(value, value, str(value)))  # type: ignore[arg-type]


def event_of(*claims: Claim, rules: Rules | None = None, sources: Sequence[Source] = SOURCES) -> Event:
    """All ``claims`` merged as one event, without a gazetteer (so no location conflict)."""
    case = Case("t", "Test", PARTIES, tuple(sources), tuple(claims))
    return merge_group(case, Group("e", tuple(c.global_id for c in claims)), rules=rules, gazetteer=NO_PLACES)


def alignment() -> Alignment:
    return Alignment(PARTIES, SOURCES)


# --- independent origins ---------------------------------------------------------------------------------------


def test_five_outlets_repeating_one_ministry_are_one_origin() -> None:
    """A ministry, two relays of it, a relay of a relay and an aligned outlet are one independent origin."""
    event = event_of(
        claim("am-mod/a"), claim("wire/b", relays="am-mod"), claim("news/c", relays="wire"),
        claim("blog/d", relays="am-mod"), claim("am-tv/e"),
    )
    assert (event.independent_origins, event.grade) == (1, "single-source")


def test_monitor_beside_a_ministry_is_a_second_origin() -> None:
    """A monitor speaking in its own words is independent of a party's ministry."""
    event = event_of(claim("am-mod/a"), claim("osce/b"))
    assert [g.origins for g in event.origins] == [("am-mod",), ("osce",)]


def test_relay_of_a_relay_counts_as_the_original() -> None:
    """An outlet relaying a wire that only relays the monitors is the monitors' word: one origin with them."""
    event = event_of(claim("osce/a"), claim("wire/b", relays="osce"), claim("news/c", relays="wire"))
    assert [g.origins for g in event.origins] == [("osce", "wire")]


def test_relay_chain_is_followed_through_a_mouthpiece() -> None:
    """The chain of a relay of a relay runs to the source whose word it is."""
    event = event_of(claim("am-mod/a"), claim("wire/b", relays="am-mod"), claim("news/c", relays="wire"))
    assert {r.claim: r.chain for r in event.relays} == {
        "news/c": ("news", "wire", "am-mod"), "wire/b": ("wire", "am-mod")}


def test_relay_chain_stops_at_a_source_with_its_own_word() -> None:
    """A relayed source that also speaks in its own words ends the chain: its own word is its own."""
    event = event_of(claim("osce/a"), claim("wire/b", relays="osce"), claim("wire/c"), claim("news/d", relays="wire"))
    assert {r.claim: r.chain for r in event.relays}["news/d"] == ("news", "wire")


def test_outlet_with_its_own_word_is_not_joined_to_what_it_relays() -> None:
    """An Armenian outlet that relays the monitors and also speaks itself does not pull the monitors into its side."""
    event = event_of(claim("am-mod/a"), claim("am-tv/b", relays="osce"), claim("am-tv/c"))
    assert [g.origins for g in event.origins] == [("am-mod", "am-tv"), ("osce",)]


def test_relayed_name_outside_the_case_is_an_origin_of_its_own() -> None:
    """Relaying "a ministry spokesman" (no source of the case) is that spokesman's word, apart from the monitors."""
    event = event_of(claim("wire/a", relays="a ministry spokesman"), claim("osce/b"))
    assert [g.origins for g in event.origins] == [("osce",), ("relayed: a ministry spokesman",)]


def test_one_relayed_name_is_one_origin_with_every_relayer_side() -> None:
    """Outlets of both sides relaying the same unknown name: one origin, whose sides are both relayers' sides."""
    event = event_of(claim("am-tv/a", relays="A Spokesman"), claim("az-tv/b", relays="a spokesman"))
    assert [(g.origins, g.claims, g.sides) for g in event.origins] == [
        (("relayed: a spokesman",), ("am-tv/a", "az-tv/b"), ("armenia", "azerbaijan"))]


def test_denials_are_not_counted_as_origins() -> None:
    """The count is of witnesses that assert the event: a denial adds none."""
    event = event_of(claim("am-mod/a"), claim("az-mod/b", stance="denies"))
    assert event.independent_origins == 1


SPEAKERS = ("am-mod", "az-mod", "nkr-mod", "osce", "wire", "news", "am-tv", "az-tv")
NEWCOMERS = (
    Source("new-wire", "New Wire", "media"),
    Source("new-tv", "New Armenian TV", "media", aligned_with=("armenia",)),
    Source("new-monitor", "New Monitors", "monitor"),
)
QUOTES = (QUOTE, QUOTE + " The ministry said so.", "Shelling was recorded.", "Nothing of the kind happened.")


@st.composite
def events_claims(draw: st.DrawFn) -> list[Claim]:
    """Claims of one event: relays among the speakers, a few shared quotes (so that probable relays occur)."""
    out: list[Claim] = []
    for k in range(draw(st.integers(1, 6))):
        source = draw(st.sampled_from(SPEAKERS))
        relays = draw(st.one_of(st.none(), st.sampled_from((*SPEAKERS, "a ministry spokesman"))))
        own = [c.global_id for c in out if c.source == source]
        out.append(claim(
            f"{source}/c{k}",
            stated=f"2012-06-0{draw(st.integers(4, 8))}",
            quote=draw(st.sampled_from(QUOTES)),
            relays=None if relays == source else relays,
            stance=draw(st.sampled_from(("asserts", "asserts", "denies"))),
            supersedes=tuple(draw(st.lists(st.sampled_from(own), max_size=1))) if own else (),
            casualties=tuple(draw(st.lists(st.builds(killed, st.sampled_from(("armenia", "azerbaijan")),
                                                     st.integers(0, 5)), max_size=1))),
        ))
    return out


@given(events_claims(), st.data())
@example([claim("osce/a"), claim("am-tv/b", relays="osce")], None)
def test_adding_a_relay_never_raises_the_independent_origins(claims: list[Claim], data: st.DataObject | None) -> None:
    """A new source relaying the source of a claim that counts in the event never raises the count of origins."""
    sources = (*SOURCES, *NEWCOMERS)
    before = event_of(*claims, sources=sources)
    counted = [c for c in claims if c.global_id not in before.superseded]
    if data is None:  # the pinned example: relay the outlet that only relays the monitors
        original, newcomer = counted[-1], NEWCOMERS[1]
    else:
        original = data.draw(st.sampled_from(counted))
        newcomer = data.draw(st.sampled_from(NEWCOMERS))
    relay = claim(f"{newcomer.id}/r", stated=str(original.stated), quote=original.quote, relays=original.source,
                  stance=original.stance, casualties=original.casualties)
    after = event_of(*claims, relay, sources=sources)
    assert after.independent_origins <= before.independent_origins


@given(events_claims(), st.randoms(use_true_random=False))
def test_origins_do_not_depend_on_the_order_of_claims(claims: list[Claim], random: Random) -> None:
    """Shuffled claims, sources and parties give the same origins, relays, probable relays and admissions."""
    before = event_of(*claims)
    shuffled, sources, parties = list(claims), list(SOURCES), list(PARTIES)
    for items in (shuffled, sources, parties):
        random.shuffle(items)
    case = Case("t", "Test", tuple(parties), tuple(sources), tuple(shuffled))
    after = merge_group(case, Group("e", tuple(c.global_id for c in shuffled)), gazetteer=NO_PLACES)
    assert (after.origins, after.relays, after.probable_relays, after.admissions) == (
        before.origins, before.relays, before.probable_relays, before.admissions)


# --- probable relays -------------------------------------------------------------------------------------------


def test_near_copy_is_flagged_with_its_evidence() -> None:
    """An outlet repeating a ministry's sentence a day later, same figure, is a probable relay of it."""
    event = event_of(claim("am-mod/a", quote=QUOTE, casualties=(killed("azerbaijan", 4),)),
                     claim("wire/b", stated="2012-06-06", quote=QUOTE + " the ministry said",
                           casualties=(killed("azerbaijan", 4),)))
    (relay,) = event.probable_relays
    assert (relay.claim, relay.original, relay.similarity, relay.days, relay.figures) == (
        "wire/b", "am-mod/a", 100.0, 1, 1)


def test_probable_relay_sentence_says_why() -> None:
    """The flag's sentence names both claims, gives the evidence and says the claim is not independent."""
    event = event_of(claim("am-mod/a", quote=QUOTE), claim("wire/b", quote=QUOTE))
    assert event.probable_relays[0].summary == (
        "Wire Agency nearly repeats Ministry of Defence of Armenia (am-mod/a): quote similarity 100 of 100, no "
        "figures in common, stated the same day. It is taken as a probable relay, not as an independent origin.")


def test_probable_relay_is_not_an_independent_origin() -> None:
    """A ministry and an unmarked copy of it are single-source, not corroborated."""
    event = event_of(claim("am-mod/a", quote=QUOTE), claim("wire/b", quote=QUOTE))
    assert (event.independent_origins, event.grade) == (1, "single-source")


def test_claim_checked_as_first_hand_is_never_flagged() -> None:
    """Rules.first_hand lets a user vouch for a claim: it then counts as independent."""
    rules = attrs.evolve(DEFAULT_RULES, first_hand={"wire/b"})
    event = event_of(claim("am-mod/a", quote=QUOTE), claim("wire/b", quote=QUOTE), rules=rules)
    assert (event.probable_relays, event.grade) == ((), "corroborated")


def test_differing_figures_are_not_a_copy() -> None:
    """Claims worded alike that give different figures are not relays of each other."""
    event = event_of(claim("am-mod/a", quote=QUOTE, casualties=(killed("azerbaijan", 4),)),
                     claim("wire/b", quote=QUOTE, casualties=(killed("azerbaijan", 5),)))
    assert event.probable_relays == ()


def test_a_copy_stated_too_late_is_not_flagged() -> None:
    """A near copy stated more than relay_days later is not flagged."""
    event = event_of(claim("am-mod/a", quote=QUOTE), claim("wire/b", quote=QUOTE, stated="2012-06-09"))
    assert event.probable_relays == ()


def test_opposing_sides_are_never_each_others_relays() -> None:
    """Armenian and Azerbaijani sources worded alike (the transcriber's paraphrase) are not flagged."""
    event = event_of(claim("am-tv/a", quote=QUOTE), claim("az-tv/b", quote=QUOTE))
    assert event.probable_relays == ()


def test_a_marked_relay_is_not_flagged_again() -> None:
    """A claim that names what it relays is its origin's word already: no probable-relay flag on it."""
    event = event_of(claim("am-mod/a", quote=QUOTE), claim("wire/b", quote=QUOTE, relays="osce", stated="2012-06-06"))
    assert event.probable_relays == ()


def test_same_day_original_is_the_belligerent() -> None:
    """On the same day, the outlet is taken to repeat the ministry, not the other way round."""
    relays = probable_relays([claim("wire/a", quote=QUOTE), claim("am-mod/b", quote=QUOTE)], alignment())
    assert [(r.claim, r.original) for r in relays] == [("wire/a", "am-mod/b")]


def test_wrapped_quote_is_found() -> None:
    """A long quote inside an outlet's longer sentence is nearly repeated (partial match of eight words or more)."""
    assert quote_similarity(QUOTE, f"According to the wire service of the capital, {QUOTE} Officials declined.") == 100


def test_short_quotes_are_compared_whole() -> None:
    """Under eight words, one quote inside another is not a near repetition."""
    assert quote_similarity("they attacked", "they attacked the village at dawn with mortars") < 85


@given(st.text(max_size=60), st.text(max_size=60))
@example("", "x")
def test_quote_similarity_is_symmetric_and_bounded(a: str, b: str) -> None:
    """Similarity lies in [0, 100] and does not depend on which quote comes first."""
    assert 0 <= quote_similarity(a, b) == quote_similarity(b, a) <= 100


@given(st.text(alphabet="ab .", max_size=120), st.text(alphabet="ab .", max_size=120), st.floats(1, 100))
@example("a" * 96, "a" * 96 + "b" * 34, 85.0)  # similarity 84.96, which rounds to 85.0
def test_probable_relay_flags_the_rounded_similarity(a: str, b: str, similarity: float) -> None:
    """A pair is flagged exactly when its quote similarity, rounded to one decimal, reaches the threshold, with that
    similarity (the scoring stops early below the threshold, but never for a score that rounds up to it)."""
    relays = probable_relays([claim("wire/a", quote=a), claim("am-mod/b", quote=b)], alignment(),
                             similarity=similarity)
    score = round(quote_similarity(a, b), 1)
    assert [r.similarity for r in relays] == ([score] if score >= similarity else [])


def _plain_similarity(a: str, b: str, cutoff: float) -> float:
    """`_quote_similarity` as first written: the partial match of long quotes always tried."""
    x, y = sorted((utils.default_process(a), utils.default_process(b)))
    if not x or not y:
        return 0.0
    score = float(fuzz.ratio(x, y, score_cutoff=cutoff))
    if min(len(x.split()), len(y.split())) >= 8:
        score = max(score, float(fuzz.partial_ratio(x, y, score_cutoff=max(cutoff, score))))
    return score


RELAY_WORDS = st.sampled_from(("the", "enemy", "attacked", "our", "positions", "at", "dawn", "two", "soldiers",
                               "were", "killed", "near", "Berdavan", "with", "mortars", "ministry", "said"))


@given(st.lists(RELAY_WORDS, min_size=6, max_size=30), st.lists(RELAY_WORDS, min_size=6, max_size=30),
       st.integers(0, 30), st.floats(0, 100))
@example(QUOTE.split(), f"According to the wire service of the capital, {QUOTE} Officials declined.".split(), 0, 84.9)
def test_partial_match_bound_changes_no_score(a: list[str], b: list[str], wrap: int, cutoff: float) -> None:
    """The partial match of long quotes is skipped only where it cannot reach the cutoff: the scores are those of
    always trying it (quotes of the same words, one quote wrapped in the other's words, with a word left out)."""
    x, y = " ".join(a), " ".join(b)
    wrapped = " ".join([*b[:wrap], *a, *b[wrap:]])
    edited = " ".join([*b[:wrap], *a[:wrap], *a[wrap + 1:], *b[wrap:]])  # a word of the quote left out
    for one, other in ((x, y), (x, wrapped), (x, edited)):
        assert _quote_similarity(one, other, cutoff) == _plain_similarity(one, other, cutoff)


def test_said_keeps_the_last_claim_of_each_global_id_sorted() -> None:
    """`Alignment.said`: one entry per global id (the last given), sorted by global id, with the claim's speaker."""
    said = alignment().said([claim("wire/b", quote="first"), claim("am-mod/a", relays="osce"),
                             claim("wire/b", quote="again")])
    assert [(s.gid, s.claim.quote, s.speaker.origin) for s in said] == [
        ("am-mod/a", "am-mod/a", "osce"), ("wire/b", "again", "wire")]


# --- admissions against interest -------------------------------------------------------------------------------


def test_own_soldiers_killed_is_an_admission() -> None:
    """A ministry conceding its own soldiers killed is labelled an admission of losses."""
    (admission,) = event_of(claim("az-mod/a", casualties=(killed("azerbaijan", 3),))).admissions
    assert (admission.claim, admission.kind, admission.party, admission.counted) == (
        "az-mod/a", "losses", "azerbaijan", True)


def test_own_civilians_are_not_an_admission() -> None:
    """A side reporting its own civilian victims is not conceding anything against its interest."""
    assert event_of(claim("am-mod/a", casualties=(killed("armenia", 2, "civilians"),))).admissions == ()


def test_no_own_losses_is_not_an_admission() -> None:
    """Zero own dead concedes nothing."""
    assert event_of(claim("az-mod/a", casualties=(killed("azerbaijan", 0),))).admissions == ()


def test_own_side_starting_it_is_no_admission() -> None:
    """An Armenian outlet saying Armenia started it claims responsibility: no admission against interest
    (docs/merge-rules.md)."""
    made = claim("am-tv/a", initiator="armenia")
    assert event_of(made).admissions == ()
    (found,) = responsibilities([made], {made.global_id}, alignment())
    assert found.summary == "Armenian Public TV claims responsibility: it says its own side (Armenia) started it."


def test_ally_losses_are_own_losses() -> None:
    """NKR is aligned with Armenia: Armenia's ministry conceding NKR soldiers killed is an admission."""
    assert [a.party for a in event_of(claim("am-mod/a", casualties=(killed("nkr", 1),))).admissions] == ["nkr"]


def test_relayed_admission_is_the_origins() -> None:
    """A wire relaying Azerbaijan's ministry on its own dead carries the ministry's admission."""
    (admission,) = event_of(claim("wire/a", relays="az-mod", casualties=(killed("azerbaijan", 3),))).admissions
    assert admission.origin == "az-mod"


def test_enemy_allegation_conceded_confirms_the_event() -> None:
    """Armenia says Azerbaijani soldiers died, Azerbaijan concedes it, nothing else disagrees: confirmed."""
    event = event_of(claim("am-mod/a", casualties=(killed("azerbaijan", 4),)),
                     claim("az-mod/b", casualties=(killed("azerbaijan", 4),)))
    assert (event.grade, event.admissions[0].alleged_by) == ("confirmed", ("am-mod/a",))


def test_claimed_responsibility_alleged_by_the_enemy_corroborates() -> None:
    """Armenia's ministry says Azerbaijan started it and Azerbaijani state TV claims it: two independent origins
    agree on who started it, corroborated, but a claim of responsibility concedes nothing, so not confirmed
    (docs/merge-rules.md)."""
    event = event_of(claim("am-mod/a", initiator="azerbaijan"), claim("az-tv/b", initiator="azerbaijan"))
    assert event.grade == "corroborated"


def test_monitor_agreeing_with_own_losses_only_corroborates() -> None:
    """A party's own dead, also counted by a monitor, are corroborated, not confirmed: no enemy's word is conceded."""
    event = event_of(claim("nkr-mod/a", casualties=(killed("nkr", 1),)),
                     claim("osce/b", casualties=(killed("nkr", 1),)))
    assert (event.grade, event.admissions[0].alleged_by) == ("corroborated", ())


def test_allegation_from_the_same_group_does_not_confirm() -> None:
    """A wire that only relays Azerbaijan's ministry does not allege against it what the ministry concedes."""
    event = event_of(claim("az-mod/a", casualties=(killed("azerbaijan", 2),)),
                     claim("am-tv/b", relays="az-mod", casualties=(killed("azerbaijan", 2),)))
    assert event.grade == "single-source"


def test_conflict_outranks_a_confirmed_fact() -> None:
    """Azerbaijan concedes its dead but the sides disagree on the toll: contested, as on 5 June 2012."""
    event = event_of(claim("am-mod/a", casualties=(killed("azerbaijan", 4),)),
                     claim("az-mod/b", casualties=(killed("azerbaijan", 5),)))
    assert (event.grade, bool(event.admissions[0].alleged_by)) == ("contested", True)


def test_withdrawn_admission_does_not_confirm() -> None:
    """An admission its source superseded is labelled but no longer counts."""
    event = event_of(claim("am-mod/a", casualties=(killed("azerbaijan", 4),)),
                     claim("az-mod/b", casualties=(killed("azerbaijan", 4),)),
                     claim("az-mod/c", stated="2012-06-06", supersedes=("az-mod/b",)))
    assert ([a.counted for a in event.admissions], event.grade) == ([False], "corroborated")


def test_denial_admission_does_not_confirm() -> None:
    """A denial that still concedes own losses is labelled but does not bear on the grade."""
    event = event_of(claim("az-mod/a", stance="denies", casualties=(killed("azerbaijan", 2),)))
    assert [a.counted for a in event.admissions] == [False]


# --- track records ---------------------------------------------------------------------------------------------


def reconciliation_of(groups: dict[str, Sequence[Claim]], case_id: str = "t") -> Reconciliation:
    claims = tuple(c for group in groups.values() for c in group)
    case = Case(case_id, "Test", PARTIES, SOURCES, claims)
    events = merge(case, [Group(gid, tuple(c.global_id for c in cs)) for gid, cs in groups.items()],
                   gazetteer=NO_PLACES)
    return Reconciliation(case=case, events=events)


def record(records: Sequence[Any], source: str) -> Any:
    (found,) = [r for r in records if r.source == source]
    return found


def test_an_outlet_that_relays_both_sides_takes_no_position() -> None:
    """Reuters relayed Kyiv's account of the Okhmatdyt strike and Russia's denial the same day: its latest relay is
    no stance or attribution of its own (before, the denial, picked as its latest claim, set it against the monitor
    and scored it down); an outlet that passes on one voice only stands where that voice does; a source's own word
    is its position whatever it also relays."""
    from reconcile.track_records import truth_objects

    both = [claim("wire/a", relays="am-mod", initiator="azerbaijan"),
            claim("wire/b", relays="az-mod", stance="denies", initiator="armenia")]
    one = [claim("news/c", relays="az-mod", stance="denies", initiator="armenia")]
    own = [claim("am-tv/d", relays="az-mod", stance="denies"), claim("am-tv/e", initiator="azerbaijan")]
    rec = reconciliation_of({"e": [claim("osce/m", initiator="azerbaijan"), *both, *one, *own]})
    objects = {obj.key[-1]: dict(obj.values) for obj in truth_objects(rec)}
    assert "wire" not in objects["existence"]
    assert "wire" not in objects["attribution"]
    assert (objects["existence"]["news"], objects["attribution"]["news"]) == ("denies", "armenia")
    assert (objects["existence"]["am-tv"], objects["attribution"]["am-tv"]) == ("asserts", "azerbaijan")
    assert record(track_records([rec]), "wire").score is None


def test_figures_within_the_range_are_counted() -> None:
    """A monitor's 5 sets the range; the enemy's 20 is outside, the admission of 3 inside (the floor)."""
    rec = reconciliation_of({"e": [claim("am-mod/a", casualties=(killed("azerbaijan", 20),)),
                                   claim("az-mod/b", casualties=(killed("azerbaijan", 3),)),
                                   claim("osce/c", casualties=(killed("azerbaijan", 5),))]})
    records = track_records([rec])
    assert [(record(records, s).compared, record(records, s).within) for s in ("am-mod", "az-mod", "osce")] == [
        (1, 0), (1, 1), (1, 1)]


def test_a_figure_nobody_else_gives_is_not_compared() -> None:
    """A lone figure is trivially inside its own range, so it is not compared."""
    records = track_records([reconciliation_of({"e": [claim("az-mod/a", casualties=(killed("azerbaijan", 3),))]})])
    assert (record(records, "az-mod").compared, record(records, "az-mod").within_share) == (0, None)


def test_updated_toll_counts_as_a_revision() -> None:
    """A toll replaced by a later statement of the same source is a revised statement."""
    rec = reconciliation_of({"e": [claim("az-mod/a", casualties=(killed("azerbaijan", 1),)),
                                   claim("az-mod/b", stated="2012-06-07", casualties=(killed("azerbaijan", 6),))]})
    assert record(track_records([rec]), "az-mod").revised == 1


def test_parts_of_a_total_are_not_revisions() -> None:
    """A claim another one adds to is part of a total, not a revision."""
    rec = reconciliation_of({"e": [claim("az-mod/a", casualties=(killed("azerbaijan", 4),)),
                                   claim("az-mod/b", stated="2012-06-07", adds_to=("az-mod/a",),
                                         casualties=(killed("azerbaijan", 1),))]})
    assert record(track_records([rec]), "az-mod").revised == 0


def test_denial_withdrawn_by_a_confirmation_is_contradicted() -> None:
    """A denial the source supersedes with its own assertion counts as contradicted by its own word."""
    rec = reconciliation_of({"e": [claim("az-mod/a", stance="denies"),
                                   claim("az-mod/b", supersedes=("az-mod/a",))],
                             "f": [claim("az-mod/c", stance="denies")]})
    found = record(track_records([rec]), "az-mod")
    assert (found.denials, found.contradicted, found.revised) == (2, 1, 1)


def test_records_add_up_across_cases() -> None:
    """Several reconciliations run together: a source's numbers are summed, and its cases counted."""
    one = reconciliation_of({"e": [claim("az-mod/a", stance="denies")]}, case_id="one")
    two = reconciliation_of({"e": [claim("az-mod/a", stance="denies"), claim("am-mod/b")]}, case_id="two")
    found = record(track_records([one, two]), "az-mod")
    assert (found.cases, found.statements, found.denials) == (2, 2, 2)


def test_source_compared_with_nobody_has_no_score() -> None:
    """A source that never speaks beside another gets no score rather than a made-up one."""
    records = track_records([reconciliation_of({"e": [claim("am-mod/a")]})])
    assert (record(records, "am-mod").score, record(records, "am-mod").scored_on) == (None, 0)


def test_two_disagreeing_sides_score_the_same() -> None:
    """With two belligerents only, nothing says who is right: their scores are equal."""
    rec = reconciliation_of({"e": [claim("am-mod/a", casualties=(killed("azerbaijan", 20),)),
                                   claim("az-mod/b", casualties=(killed("azerbaijan", 3),))]})
    records = track_records([rec])
    assert record(records, "am-mod").score == record(records, "az-mod").score


def test_copies_share_one_weight() -> None:
    """Three relays agreeing with a ministry do not outvote a monitor: the monitor's score is not lowered by them."""
    figure = ("t", "e", "figure", "azerbaijan", "soldiers", "killed")
    ministry = (("am-mod", Count(20, 20)), ("osce", Count(5, 5)))
    relays = (("wire", Count(20, 20)), ("news", Count(20, 20)), ("blog", Count(20, 20)))
    alone = truth_scores([TruthObject(figure, ministry)])
    copied = truth_scores([TruthObject(figure, (*ministry, *relays), (("am-mod", "blog", "news", "wire"),))])
    assert copied["osce"].score == alone["osce"].score


counts = st.builds(lambda low, extra: Count(low, None if extra is None else low + extra),
                   st.integers(0, 30), st.one_of(st.none(), st.integers(0, 10)))
truth_objects_lists = st.lists(
    st.builds(
        TruthObject,
        st.tuples(st.sampled_from(("a", "b", "c")), st.sampled_from(("figure", "existence"))),
        st.lists(st.tuples(st.sampled_from(SPEAKERS), st.one_of(counts, st.sampled_from(("asserts", "denies")))),
                 min_size=1, max_size=5, unique_by=lambda sv: sv[0]).map(tuple),
        st.lists(st.lists(st.sampled_from(SPEAKERS), min_size=2, max_size=3, unique=True).map(tuple),
                 max_size=2).map(tuple),
    ),
    max_size=8,
)


@given(truth_objects_lists)
@example([TruthObject(("a",), (("am-mod", Count(0, 0)), ("osce", Count(1, None))))])
def test_scores_lie_between_0_and_1(objects: list[TruthObject]) -> None:
    """Every truth-discovery score is in [0, 1]."""
    assert all(0.0 <= s.score <= 1.0 for s in truth_scores(objects).values())


def _reference_scores(objects: list[TruthObject]) -> dict[str, tuple[float, int]]:
    """The documented rule of `truth_scores`, computed the plain way: every round, every object's losses from its
    values and copy groups, with each source's weight its score over its copy group's size."""
    from reconcile.track_records import PRIOR, SMOOTHING, _canonical, _copy_groups, _distance

    ordered = sorted((_canonical(o) for o in objects), key=lambda o: (o.key, repr(o.values), o.copies))
    sources = sorted({s for o in ordered for s, _ in o.values})
    scores = dict.fromkeys(sources, PRIOR)
    counts = dict.fromkeys(sources, 0)
    for _ in range(200):
        gains, counts = dict.fromkeys(sources, 0.0), dict.fromkeys(sources, 0)
        for obj in ordered:
            groups = _copy_groups(obj)
            weight = {s: scores[s] / len(groups[s]) for s, _ in obj.values}
            for source, value in obj.values:
                others = [(weight[t], _distance(value, v)) for t, v in obj.values if t not in groups[source]]
                if not others:
                    continue
                total = sum(w for w, _ in others)
                loss = sum(w * d for w, d in others) / total if total > 0 else sum(d for _, d in others) / len(others)
                gains[source] += 1.0 - loss
                counts[source] += 1
        updated = {s: (gains[s] + PRIOR * SMOOTHING) / (counts[s] + SMOOTHING) for s in sources}
        moved = max((abs(updated[s] - scores[s]) for s in sources), default=0.0)
        scores = updated
        if moved < 1e-12:
            break
    return {s: (round(min(1.0, max(0.0, scores[s])), 6), counts[s]) for s in sources if counts[s]}


@given(truth_objects_lists)
@example([TruthObject(("a",), (("am-mod", Count(0, 0)), ("osce", Count(1, None))))])
def test_scores_are_the_documented_rule_to_the_last_digit(objects: list[TruthObject]) -> None:
    """`truth_scores` works the fixed parts out once; its scores are those of the rule computed plainly."""
    assert {s: (t.score, t.objects) for s, t in truth_scores(objects).items()} == _reference_scores(objects)


def _shuffled(objects: list[TruthObject], random: Random) -> list[TruthObject]:
    """The objects in another order, each with its values in another order."""
    out = [attrs.evolve(obj, values=tuple(random.sample(obj.values, len(obj.values)))) for obj in objects]
    random.shuffle(out)
    return out


@given(truth_objects_lists,
       st.lists(st.tuples(st.sampled_from(SPEAKERS[:3]), st.one_of(counts, st.sampled_from(("asserts", "denies")))),
                min_size=2, max_size=6),
       st.randoms(use_true_random=False))
def test_objects_are_taken_in_one_order_whatever_the_input_order(objects: list[TruthObject],
                                                                  twice: list[tuple[str, Any]],
                                                                  random: Random) -> None:
    """The objects, and each object's values, are summed in an order that depends only on what they are: also
    where two objects share a key, or a hand-made object gives one source two values (`truth_objects` never
    does). Order decides the last bits of the sums, which rounding mostly hides, so the order itself is checked."""
    from reconcile.track_records import _in_order

    objects = [*objects, TruthObject(("a", "figure"), tuple(twice))]
    assert _in_order(_shuffled(objects, random)) == _in_order(objects)


weights_tables = st.lists(st.floats(0.0, 1.0), min_size=4, max_size=4)
comparison_kinds = st.lists(
    st.lists(st.tuples(st.integers(0, 3), st.integers(1, 3), st.floats(0.0, 1.0)), min_size=1, max_size=5)
    .map(tuple), max_size=10)


def _reference_loss(others: tuple[tuple[int, int, float], ...], scores: Sequence[float]) -> float:
    """A source's loss on an object as the docstring of `truth_scores` states it, one step at a time."""
    if len(others) == 1:
        t, size, d = others[0]
        weight = scores[t] / size
        return weight * d / weight if weight > 0 else d
    weights = [scores[t] / size for t, size, _d in others]
    total = sum(weights)
    if total > 0:
        return sum(w * d for w, (_t, _size, d) in zip(weights, others, strict=True)) / total
    return sum(d for _t, _size, d in others) / len(others)


@given(comparison_kinds, weights_tables)
@example([((0, 1, 0.5),)], [0.3, 0.0, 0.0, 0.0])
@example([((0, 1, 0.5), (1, 2, 1.0))], [0.0, 0.0, 0.0, 0.0])
def test_losses_are_the_plain_rule_to_the_last_bit(kinds: list[tuple[tuple[int, int, float], ...]],
                                                   scores: list[float]) -> None:
    """`_Losses` (weights worked out once a round, sums in C) gives each loss exactly as the plain rule does."""
    from reconcile.track_records import _Losses

    assert _Losses(kinds)(scores) == [_reference_loss(others, scores) for others in kinds]


@given(st.lists(st.floats(0.0, 1.0), min_size=1, max_size=8), st.data())
def test_a_gain_is_summed_one_comparison_after_the_other(losses: list[float], data: st.DataObject) -> None:
    """A source's gain is ``1 - loss`` added up over its comparisons in order, from 0.0, as a loop adds it."""
    from operator import itemgetter

    from reconcile.track_records import _gain

    kinds = data.draw(st.lists(st.integers(0, len(losses) - 1), max_size=12))
    expected = 0.0
    for kind in kinds:
        expected += 1.0 - losses[kind]
    assert _gain(losses, itemgetter(*kinds) if len(kinds) > 1 else None, kinds) == expected


@given(truth_objects_lists, st.randoms(use_true_random=False))
def test_scores_do_not_depend_on_input_order(objects: list[TruthObject], random: Random) -> None:
    """Shuffling the objects and each object's values gives the same scores, exactly."""
    assert truth_scores(_shuffled(objects, random)) == truth_scores(objects)


@given(st.lists(events_claims(), min_size=1, max_size=3), st.randoms(use_true_random=False))
def test_track_records_do_not_depend_on_the_order_of_cases(groups: list[list[Claim]], random: Random) -> None:
    """Several reconciliations given in any order, with their claims in any order, give the same records."""
    recs = []
    for number, claims in enumerate(groups):
        renamed = [attrs.evolve(c, id=f"{c.id}-{number}") for c in claims]
        recs.append(reconciliation_of({f"e{number}": renamed}, case_id=f"case{number}"))
    shuffled = [attrs.evolve(r, case=attrs.evolve(r.case, claims=tuple(random.sample(r.case.claims,
                                                                                      len(r.case.claims)))))
                for r in recs]
    random.shuffle(shuffled)
    assert track_records(shuffled) == track_records(recs)


@given(st.lists(events_claims(), min_size=1, max_size=3))
@example([[claim("osce/a", casualties=(killed("azerbaijan", 2),)),
           claim("am-tv/b", relays="osce", casualties=(killed("azerbaijan", 2),)),
           claim("am-mod/c", relays="am-tv", casualties=(killed("azerbaijan", 3),))]])
def test_truth_objects_are_made_canonical(groups: list[list[Claim]]) -> None:
    """`track_records` takes the objects of `truth_objects` as they come, sorted by key only: each must already have
    its values sorted by source, one per source, and its copy groups sorted, as `truth_scores` would put them."""
    from reconcile.track_records import _canonical, truth_objects

    renamed = {f"e{n}": [attrs.evolve(c, id=f"{c.id}-{n}") for c in claims] for n, claims in enumerate(groups)}
    for obj in truth_objects(reconciliation_of(renamed)):
        assert _canonical(obj) is obj


# --- docs/independence.md: the worked examples -----------------------------------------------------------------

DOC = (ROOT / "docs" / "independence.md").read_text(encoding="utf-8")


def doc_table(name: str) -> list[dict[str, str]]:
    """The markdown table after ``<!-- example: name -->`` in docs/independence.md, as one dict per row."""
    lines = DOC.split(f"<!-- example: {name} -->\n", 1)[1].splitlines()
    rows = []
    for line in lines:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    head, _, *body = rows
    return [dict(zip(head, row, strict=True)) for row in body]


def doc_sources() -> tuple[Source, ...]:
    return tuple(Source(r["source"], r["name"], r["kind"], speaks_for=r["speaks for"] or None,  # type: ignore[arg-type]
                        aligned_with=tuple(filter(None, [r["aligned with"]]))) for r in doc_table("sources"))


def test_doc_worked_example_reproduces() -> None:
    """Each row of the example's results (claims, independent origins, grade) is what the merge gives."""
    claims = {r["claim"]: claim(r["claim"], stated=r["stated"], quote=r["quote"], relays=r["relays"] or None,
                                casualties=(Casualties("azerbaijan", "soldiers", killed=Count(4, 4, "four")),))
              for r in doc_table("claims")}
    sources, taken, got, expected = doc_sources(), [], [], []
    for row in doc_table("results"):
        taken += [c for c in row["claims in the event"].removeprefix("the above and ").split(", ") if c]
        event = event_of(*(claims[c] for c in taken), sources=sources)
        got.append((event.independent_origins, event.grade))
        expected.append((int(row["independent origins"]), row["grade"]))
    assert got == expected


def test_doc_probable_relay_evidence_reproduces() -> None:
    """The similarity and delay the doc gives for News A's copy are what the detector finds."""
    claims = [claim(r["claim"], stated=r["stated"], quote=r["quote"], relays=r["relays"] or None)
              for r in doc_table("claims")]
    (relay,) = probable_relays(claims, Alignment(PARTIES, doc_sources()))
    stated = re.search(r"a probable relay,\s+quote similarity (\d+) of 100 .*?stated (\d+)\s+day\s+later", DOC,
                       re.DOTALL)
    assert stated is not None
    assert (relay.claim, relay.original, relay.similarity, relay.days) == (
        "news-a/d", "am-mod/a", float(stated.group(1)), int(stated.group(2)))


def test_doc_track_record_example_reproduces() -> None:
    """The example's track records and scores (to three decimals) are what track_records gives."""
    by_event: dict[str, list[Claim]] = {}
    for r in doc_table("record-claims"):
        party, _, value = r["killed"].partition(" ")
        by_event.setdefault(r["event"], []).append(claim(
            r["claim"], stated=r["stated"], stance=r["stance"], supersedes=tuple(filter(None, [r["supersedes"]])),
            casualties=(killed(party, int(value)),) if party else ()))
    records = track_records([reconciliation_of(by_event)])
    fields = ("statements", "compared", "within", "revised", "denials", "contradicted")
    got = [(r.source, *(str(getattr(r, f)) for f in fields), f"{r.score:.3f}") for r in records if r.statements]
    expected = [(r["source"], *(r[f] for f in fields), r["score"]) for r in doc_table("records")]
    assert got == expected


# --- the seed case ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Reconciliation:
    from reconcile.load import load_case
    from reconcile.pipeline import reconcile

    return reconcile(load_case(SEED))


def seed_event(seed: Reconciliation, claim_id: str) -> Event:
    (event,) = [e for e in seed.events if claim_id in e.claims]
    return event


SEED_GRADES = {
    "article/since-2011": ("single-source", 1),
    "article/april-firing": ("single-source", 1),
    "article/infobox-totals": ("single-source", 1),
    "armenian-media/media-wounding-2012-06-01": ("corroborated", 2),
    "armenian-media/media-aim-2012-06": ("single-source", 1),
    "de-waal/dewaal-2012-06": ("single-source", 1),
    "am-mfa/nalbandian-2012-06-04": ("single-source", 1),
    "armenian-side/accusation-2012-06-04": ("single-source", 1),
    "am-mod/am-2012-06-04": ("contested", 1),
    "azerbaijani-side/accusation-2012-06-05": ("single-source", 1),
    "am-mod/am-2012-06-05": ("contested", 2),
    "nkr-mod/nkr-2012-06-06": ("single-source", 1),
    "panorama/panorama-2012-06-07": ("single-source", 1),
}


@pytest.mark.parametrize("claim_id", SEED_GRADES)
def test_seed_event_grade_and_origins(seed: Reconciliation, claim_id: str) -> None:
    """Each seed event has the grade and number of independent origins docs/independence.md gives."""
    event = seed_event(seed, claim_id)
    assert (event.grade, event.independent_origins) == SEED_GRADES[claim_id]


def test_seed_karmiraghbyur_rests_on_an_armenian_outlet_and_the_monitors(seed: Reconciliation) -> None:
    """The wounding event's two origins are the Armenian media and the OSCE, with no probable relay between them."""
    event = seed_event(seed, "osce/osce-2012-06-02")
    assert ([g.origins for g in event.origins], event.probable_relays) == ([("armenian-media",), ("osce",)], ())


def test_seed_karmiraghbyur_is_single_source_if_the_osce_account_relays_the_ministry() -> None:
    """Marking the OSCE claim as relaying Armenia's ministry (the README's caveat) leaves one side: single-source."""
    from reconcile.load import load_case

    case = load_case(SEED)
    case = attrs.evolve(case, claims=tuple(attrs.evolve(c, relays="am-mod") if c.global_id == "osce/osce-2012-06-02"
                                           else c for c in case.claims))
    event = merge_group(case, Group("k", ("armenian-media/media-wounding-2012-06-01", "osce/osce-2012-06-02")))
    assert (event.grade, event.independent_origins) == ("single-source", 1)


def test_seed_june_5_fact_is_conceded_by_azerbaijan_against_armenias_word(seed: Reconciliation) -> None:
    """Azerbaijan's confirmation of its own dead is an admission that Armenia's ministry asserts from the other side."""
    event = seed_event(seed, "az-mod/az-confirm-2012-06-05")
    assert {(a.claim, a.alleged_by) for a in event.admissions} == {
        ("az-mod/az-confirm-2012-06-05", ("am-mod/am-2012-06-05",)),
        ("az-mod/az-fifth-2012-06-05", ("am-mod/am-2012-06-05",))}


def test_seed_horadiz_own_loss_is_labelled_but_does_not_confirm(seed: Reconciliation) -> None:
    """The NKR ministry's own soldier killed is an admission of losses that no opposing side asserts."""
    (admission,) = seed_event(seed, "nkr-mod/nkr-2012-06-06").admissions
    assert (admission.kind, admission.party, admission.alleged_by) == ("losses", "nkr", ())


def test_seed_azerbaijani_ministry_denials_contradicted(seed: Reconciliation) -> None:
    """Of the Azerbaijani ministry's two denials, its own confirmation contradicts one (5 June)."""
    found = record(track_records([seed]), "az-mod")
    assert (found.denials, found.contradicted) == (2, 1)


def test_seed_methodology_states_the_independence_rules(seed: Reconciliation) -> None:
    """The run's methodology names the probable-relay thresholds and the confirmed grade."""
    text = "\n".join(seed.methodology)
    assert "quote similarity at least 85 of 100" in text
    assert "stated at most 3 days later" in text
    assert "3. confirmed: the party a fact harms concedes it" in text


def test_rules_refuse_a_similarity_out_of_range() -> None:
    """relay_similarity must be above 0 and at most 100."""
    with pytest.raises(ValueError, match="relay_similarity must be above 0 and at most 100, got 101"):
        Rules(relay_similarity=101)


def test_rules_refuse_negative_days() -> None:
    """relay_days must be a whole number of days, 0 or more."""
    with pytest.raises(ValueError, match="relay_days must be a whole number of days, 0 or more, got -1"):
        Rules(relay_days=-1)


def test_one_first_hand_claim_may_be_given_as_text() -> None:
    """Rules(first_hand="wire/b") means that one claim, not its letters."""
    assert Rules(first_hand="wire/b").first_hand == frozenset({"wire/b"})


def test_first_hand_claims_are_named_in_the_methodology() -> None:
    """Claims checked as first-hand are listed in the rules' description."""
    text = "\n".join(attrs.evolve(DEFAULT_RULES, first_hand=["wire/b"]).describe())
    assert "1 claim checked as first-hand is never flagged: wire/b." in text


def test_docs_name_every_grade() -> None:
    """docs/merge-rules.md explains each grade of the precedence, confirmed included."""
    text = (Path(ROOT) / "docs" / "merge-rules.md").read_text(encoding="utf-8")
    for grade in ("denied", "contested", "confirmed", "corroborated", "single-source"):
        assert f"**{grade}**" in text


@pytest.mark.parametrize("module_name", ["reconcile.independence", "reconcile.track_records"])
def test_public_names_are_exported(module_name: str) -> None:
    """__all__ is sorted and lists exactly the public classes, functions and constants of the module."""
    import importlib
    import inspect

    module = importlib.import_module(module_name)
    defined = {name for name, obj in vars(module).items()
               if not name.startswith("_") and getattr(obj, "__module__", None) == module.__name__
               and (inspect.isclass(obj) or inspect.isfunction(obj))}
    assert module.__all__ == sorted(module.__all__, key=lambda n: (not n.isupper(), n))
    assert defined <= set(module.__all__)
    assert all(hasattr(module, name) for name in module.__all__)
