"""Tests of the merge stage: casualty rules, revisions, conflicts, grades, laws, and the seed case."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from pathlib import Path
from random import Random
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.merge import (
    DEFAULT_RULES,
    FigureInput,
    GradeInput,
    MergeError,
    Rules,
    credible_range,
    merge,
    merge_group,
    precedence_grade,
    within,
)
from reconcile.models import (
    Admission,
    Case,
    Casualties,
    Claim,
    Count,
    DateSpan,
    Event,
    Figure,
    GazetteerEntry,
    Grade,
    Group,
    PairScore,
    Party,
    Source,
)
from reconcile.places import Gazetteer

# --- factories -----------------------------------------------------------------------------------------------

PARTIES = (
    Party("armenia", "Armenia"),
    Party("azerbaijan", "Azerbaijan"),
    Party("nkr", "Nagorno-Karabakh Republic", aligned_with=("armenia",)),
)
SOURCES = (
    Source("am-mod", "Ministry of Defence of Armenia", "belligerent", speaks_for="armenia"),
    Source("az-mod", "Ministry of Defence of Azerbaijan", "belligerent", speaks_for="azerbaijan"),
    Source("nkr-mod", "Ministry of Defence of the Nagorno-Karabakh Republic", "belligerent", speaks_for="nkr"),
    Source("osce", "OSCE monitors", "monitor"),
    Source("wire", "Wire Agency", "media"),
    Source("am-tv", "Armenian Public TV", "media", aligned_with=("armenia",)),
)
# Test places. Chinari and Horadiz carry their GeoNames coordinates; Aygepar's are set 4 km from Chinari so that a
# near pair exists; Voskepar and Aşağı Əskipara (neighbours across the border) have none, as in the seed case.
PLACES = (
    GazetteerEntry("chinari", "Chinari", country="armenia", region="Tavush", lat=40.85469, lon=45.57781),
    GazetteerEntry("aygepar", "Aygepar", country="armenia", region="Tavush", lat=40.88, lon=45.55),
    GazetteerEntry("voskepar", "Voskepar", country="armenia", region="Tavush"),
    GazetteerEntry("asagi-askipara", "Aşağı Əskipara", ("Asagi Askipara",), country="azerbaijan"),
    GazetteerEntry("horadiz", "Horadiz", country="azerbaijan", region="Füzuli", lat=39.45015, lon=47.33496),
)
GAZETTEER = Gazetteer(PLACES)


def n(value: int | tuple[int, int | None], text: str = "") -> Count:
    """A count: an exact number or a (low, high) interval, with the source's text."""
    low, high = (value, value) if isinstance(value, int) else value
    return Count(low, high, text or str(value if isinstance(value, int) else f"{low} to {high}"))


def killed(party: str, value: int | tuple[int, int | None], text: str = "", **more: Count) -> Casualties:
    """Soldiers of ``party`` killed (and any other measures given as counts)."""
    return Casualties(party, "soldiers", killed=n(value, text), **more)


def claim(
    gid: str,
    *,
    stated: str = "2012-06-05",
    date: str = "2012-06-05",
    until: str | None = None,
    place: str = "Voskepar",
    **fields: Any,
) -> Claim:
    """A claim with global id ``source/id``; dates as ISO days, ``until`` makes the date a range."""
    source, cid = gid.split("/")
    start = dt.date.fromisoformat(date)
    end = dt.date.fromisoformat(until) if until else start
    span = DateSpan(start, end, "day" if end == start else "range", date if not until else f"{date}/{until}")
    return Claim(
        source=source, id=cid, stated=dt.date.fromisoformat(stated), quote="...", date=span, place=place, **fields
    )


def case_of(claims: Sequence[Claim]) -> Case:
    return Case("test", "Test case", PARTIES, SOURCES, tuple(claims), PLACES)


def event_of(*claims: Claim, rules: Rules | None = None) -> Event:
    """Merge all ``claims`` as one group."""
    group = Group("e1", tuple(c.global_id for c in claims))
    return merge_group(case_of(claims), group, rules=rules, gazetteer=GAZETTEER)


def figure(event: Event, party: str, measure: str = "killed") -> Figure:
    (found,) = [f for f in event.casualties if f.party == party and f.measure == measure]
    return found


def summaries(event: Event, kind: str) -> list[str]:
    return [c.summary for c in event.conflicts if c.kind == kind]


# --- casualty rule -------------------------------------------------------------------------------------------


def test_own_admission_is_the_floor() -> None:
    """A party's admission of its own dead is the low end, above a lower figure from media."""
    event = event_of(
        claim("az-mod/a", casualties=(killed("azerbaijan", 3),)),
        claim("wire/b", casualties=(killed("azerbaijan", 2),)),
    )
    assert (figure(event, "azerbaijan").low, figure(event, "azerbaijan").best) == (3, 3)


def test_enemy_claim_is_the_ceiling() -> None:
    """With no monitor, the enemy's claim about a party's dead is the high end."""
    event = event_of(
        claim("az-mod/a", casualties=(killed("azerbaijan", 3),)),
        claim("am-mod/b", casualties=(killed("azerbaijan", 20),)),
    )
    fig = figure(event, "azerbaijan")
    assert (fig.low, fig.best, fig.high) == (3, 3, 20)


def test_monitor_figure_is_best() -> None:
    """A neutral monitor's figure is best, ahead of both sides' figures."""
    event = event_of(
        claim("az-mod/a", casualties=(killed("azerbaijan", 3),)),
        claim("am-mod/b", casualties=(killed("azerbaijan", 20),)),
        claim("osce/c", casualties=(killed("azerbaijan", 5),)),
    )
    fig = figure(event, "azerbaijan")
    assert (fig.low, fig.best, fig.high) == (3, 5, 5)


def test_inflated_enemy_toll_is_flagged_outside() -> None:
    """An enemy's toll above a monitor's figure stays counted and is flagged outside the range."""
    event = event_of(
        claim("am-mod/b", casualties=(killed("azerbaijan", 20),)),
        claim("osce/c", casualties=(killed("azerbaijan", 5),)),
    )
    (enemy,) = [v for v in figure(event, "azerbaijan").values if v.source == "am-mod"]
    assert (enemy.counted, enemy.outside) == (True, True)


def test_best_is_never_below_own_admission() -> None:
    """A monitor's lower count does not pull best below what the party itself admits."""
    event = event_of(
        claim("az-mod/a", casualties=(killed("azerbaijan", 5),)),
        claim("osce/c", casualties=(killed("azerbaijan", 3),)),
    )
    assert figure(event, "azerbaijan").best == 5


def test_media_figure_comes_before_enemy_claim() -> None:
    """Without monitor or own figure, best is the media's figure rather than the enemy's."""
    event = event_of(
        claim("wire/a", casualties=(killed("azerbaijan", 7),)),
        claim("am-mod/b", casualties=(killed("azerbaijan", 10),)),
    )
    fig = figure(event, "azerbaijan")
    assert (fig.low, fig.best, fig.high) == (7, 7, 10)


def test_vague_count_does_not_decide_best() -> None:
    """An own-side "suffering casualties" only sets the floor; the enemy's precise figure is best."""
    event = event_of(
        claim("az-mod/a", casualties=(killed("azerbaijan", (1, None), "suffering casualties"),)),
        claim("am-mod/b", casualties=(killed("azerbaijan", 4),)),
    )
    fig = figure(event, "azerbaijan")
    assert (fig.low, fig.best, fig.high) == (1, 4, 4)


def test_only_vague_counts_give_an_open_range() -> None:
    """With open counts only, best is the least that every statement allows and high stays open."""
    event = event_of(
        claim("am-mod/a", casualties=(killed("azerbaijan", (1, None), "suffering casualties"),)),
        claim("wire/b", casualties=(killed("azerbaijan", (4, None), "at least 4"),)),
    )
    fig = figure(event, "azerbaijan")
    assert (fig.low, fig.best, fig.high) == (1, 4, None)


def test_open_enemy_claim_keeps_high_open() -> None:
    """A denial's zero against the enemy's "suffering casualties" gives [0, 0, open], both inside."""
    event = event_of(
        claim("az-mod/a", stance="denies", casualties=(killed("azerbaijan", 0),)),
        claim("am-mod/b", casualties=(killed("azerbaijan", (1, None), "suffering casualties"),)),
    )
    fig = figure(event, "azerbaijan")
    assert ((fig.low, fig.best, fig.high), [v.outside for v in fig.values]) == ((0, 0, None), [False, False])


def test_range_counts_at_its_low_end() -> None:
    """A range ("15 to 20") counts at its low end for best and reaches its high end for high."""
    event = event_of(claim("wire/a", casualties=(killed("armenia", (15, 20)),)))
    fig = figure(event, "armenia")
    assert (fig.low, fig.best, fig.high) == (15, 15, 20)


def test_aligned_source_counts_as_own_side() -> None:
    """An Armenian-aligned outlet's figure for NKR's dead is an own-side admission (NKR is aligned with Armenia)."""
    event = event_of(
        claim("am-tv/a", casualties=(killed("nkr", 2),)),
        claim("az-mod/b", casualties=(killed("nkr", 9),)),
    )
    fig = figure(event, "nkr")
    assert (fig.low, fig.best, fig.high) == (2, 2, 9)


def test_credible_range_on_a_bare_input() -> None:
    """The default rule can be called on its own with a hand-made `FigureInput`."""
    from reconcile.merge import SourceFigure

    value = SourceFigure("osce", "osce", "monitor", Count(2, 2), ("osce/a",))
    assert credible_range(FigureInput("armenia", "soldiers", "killed", (value,))) == (2, 2, 2)


# --- several claims of one source ----------------------------------------------------------------------------


def test_adds_to_figures_add_up() -> None:
    """Four killed in the clash plus a fifth shot later make the source's figure five."""
    event = event_of(
        claim("az-mod/clash", casualties=(killed("azerbaijan", 4, "four"),)),
        claim("az-mod/fifth", adds_to=("az-mod/clash",), casualties=(killed("azerbaijan", 1),)),
    )
    fig = figure(event, "azerbaijan")
    assert ([v.count.low for v in fig.values if v.counted], fig.best) == ([5], 5)


def test_adds_to_parts_stay_in_the_record() -> None:
    """The parts of a sum keep their own counts, uncounted, with a note naming the total."""
    event = event_of(
        claim("az-mod/clash", casualties=(killed("azerbaijan", 4, "four"),)),
        claim("az-mod/fifth", adds_to=("az-mod/clash",), casualties=(killed("azerbaijan", 1),)),
    )
    parts = [v for v in figure(event, "azerbaijan").values if not v.counted]
    assert [(v.claim, v.count.text, v.note) for v in parts] == [
        ("az-mod/clash", "four", "counted in the source's total of 5: az-mod/clash (4) + az-mod/fifth (1)"),
        ("az-mod/fifth", "1", "counted in the source's total of 5: az-mod/clash (4) + az-mod/fifth (1)"),
    ]


def test_adds_to_holds_whatever_the_claim_ids() -> None:
    """A claim that adds to another is the later part even when its id sorts first and the day is the same."""
    event = event_of(
        claim("az-mod/z-clash", casualties=(killed("azerbaijan", 4),)),
        claim("az-mod/a-fifth", adds_to=("az-mod/z-clash",), casualties=(killed("azerbaijan", 1),)),
    )
    assert figure(event, "azerbaijan").best == 5


def test_adds_to_another_measure_is_a_figure_of_its_own() -> None:
    """A claim that adds to another only in a measure the other does not give is that measure's figure alone."""
    event = event_of(
        claim("az-mod/clash", casualties=(killed("azerbaijan", 4),)),
        claim("az-mod/later", adds_to=("az-mod/clash",),
              casualties=(Casualties("azerbaijan", "soldiers", wounded=n(2)),)),
    )
    wounded = figure(event, "azerbaijan", "wounded")
    assert ([(v.claim, v.count.low, v.counted, v.note) for v in wounded.values], wounded.best) == (
        [("az-mod/later", 2, True, "the party's own figure")], 2)
    assert figure(event, "azerbaijan").best == 4


def test_latest_statement_counts() -> None:
    """A source's later toll replaces its earlier one without any supersedes."""
    event = event_of(
        claim("am-mod/first", stated="2012-06-05", casualties=(killed("armenia", 1),)),
        claim("am-mod/update", stated="2012-06-06", casualties=(killed("armenia", 6),)),
    )
    fig = figure(event, "armenia")
    assert ([(v.claim, v.counted) for v in fig.values], fig.best) == (
        [("am-mod/first", False), ("am-mod/update", True)],
        6,
    )


def test_earlier_statement_has_a_note() -> None:
    """An earlier statement's figure says where the source's latest figure is."""
    event = event_of(
        claim("am-mod/first", stated="2012-06-05", casualties=(killed("armenia", 1),)),
        claim("am-mod/update", stated="2012-06-06", casualties=(killed("armenia", 6),)),
    )
    note = figure(event, "armenia").values[0].note
    assert note == "earlier statement: the source's latest figure is in am-mod/update"


def test_latest_statement_is_per_measure() -> None:
    """An earlier claim's wounded still count when the later claim gives only the killed."""
    event = event_of(
        claim("am-mod/first", stated="2012-06-05", casualties=(killed("armenia", 1, wounded=n(4)),)),
        claim("am-mod/update", stated="2012-06-06", casualties=(killed("armenia", 6),)),
    )
    assert figure(event, "armenia", "wounded").best == 4


def test_supersedes_retires_a_figure() -> None:
    """A superseded claim's figure stays, uncounted, with the note "superseded by <id>"."""
    event = event_of(
        claim("az-mod/denial", stance="denies", casualties=(killed("azerbaijan", 0),)),
        claim("az-mod/confirm", supersedes=("az-mod/denial",), casualties=(killed("azerbaijan", 4),)),
    )
    (old,) = [v for v in figure(event, "azerbaijan").values if v.claim == "az-mod/denial"]
    assert (old.counted, old.note) == (False, "superseded by az-mod/confirm")


def test_supersedes_retires_a_denial() -> None:
    """A withdrawn denial raises no existence conflict and the event is not graded denied."""
    event = event_of(
        claim("am-mod/report"),
        claim("az-mod/denial", stance="denies"),
        claim("az-mod/confirm", supersedes=("az-mod/denial",)),
    )
    assert (summaries(event, "existence"), event.grade, event.superseded) == (
        [],
        "corroborated",
        ("az-mod/denial",),
    )


def test_supersedes_retires_an_initiator() -> None:
    """A superseded claim's initiator raises no attribution conflict but stays in the event's initiators."""
    event = event_of(
        claim("am-mod/report", initiator="azerbaijan"),
        claim("az-mod/first", initiator="armenia"),
        claim("az-mod/second", initiator="azerbaijan", supersedes=("az-mod/first",)),
    )
    assert (summaries(event, "attribution"), ("az-mod/first", "armenia") in event.initiators) == ([], True)


def test_superseded_claim_stays_in_the_record() -> None:
    """Every claim of the group, superseded ones included, is in Event.claims."""
    event = event_of(
        claim("az-mod/denial", stance="denies"),
        claim("az-mod/confirm", supersedes=("az-mod/denial",)),
    )
    assert event.claims == ("az-mod/confirm", "az-mod/denial")


def test_revision_is_not_a_conflict() -> None:
    """A source that changes its own toll and story contradicts nobody."""
    event = event_of(
        claim("am-mod/first", stated="2012-06-05", initiator="azerbaijan", casualties=(killed("armenia", 1),)),
        claim("am-mod/update", stated="2012-06-08", date="2012-06-06", initiator="unknown",
              casualties=(killed("armenia", 6),)),
    )
    assert event.conflicts == ()


# --- conflicts -----------------------------------------------------------------------------------------------


def test_casualty_conflict_sentence() -> None:
    """Figures that cannot both be true make a casualties conflict read as one sentence."""
    event = event_of(
        claim("am-mod/a", casualties=(killed("azerbaijan", 4, "four"),)),
        claim("az-mod/b", casualties=(killed("azerbaijan", 5),)),
    )
    assert summaries(event, "casualties") == [
        "Ministry of Defence of Armenia says 4 soldiers of Azerbaijan were killed; "
        "Ministry of Defence of Azerbaijan says 5."
    ]


def test_casualty_conflict_values() -> None:
    """A casualties conflict lists each claim's value, with the source's words where they differ."""
    event = event_of(
        claim("am-mod/a", casualties=(killed("azerbaijan", (1, None), "suffering casualties"),)),
        claim("az-mod/b", stance="denies", casualties=(killed("azerbaijan", 0),)),
    )
    (conflict,) = [c for c in event.conflicts if c.kind == "casualties"]
    assert (conflict.claims, conflict.values) == (("am-mod/a", "az-mod/b"), ("at least 1 (suffering casualties)", "0"))


def test_casualty_conflict_sentence_with_zero_and_vague_count() -> None:
    """A vague count quotes the source's words and zero reads "none"."""
    event = event_of(
        claim("am-mod/a", casualties=(killed("azerbaijan", (1, None), "suffering casualties"),)),
        claim("az-mod/b", stance="denies", casualties=(killed("azerbaijan", 0),)),
    )
    assert summaries(event, "casualties") == [
        'Ministry of Defence of Armenia says at least 1 soldier of Azerbaijan was killed ("suffering casualties"); '
        "Ministry of Defence of Azerbaijan says none."
    ]


def test_overlapping_counts_do_not_conflict() -> None:
    """"15 to 20" and "at least 18" can both be true."""
    event = event_of(
        claim("am-mod/a", casualties=(killed("azerbaijan", (15, 20)),)),
        claim("wire/b", casualties=(killed("azerbaijan", (18, None), "at least 18"),)),
    )
    assert summaries(event, "casualties") == []


def test_existence_conflict_sentence() -> None:
    """A denial against another source's assertion is an existence conflict."""
    event = event_of(claim("am-mod/a"), claim("az-mod/b", stance="denies"))
    assert summaries(event, "existence") == [
        "Ministry of Defence of Armenia says the incident happened; Ministry of Defence of Azerbaijan denies it."
    ]


def test_attribution_conflict_sentence() -> None:
    """Different initiators named by different sources are an attribution conflict."""
    event = event_of(claim("am-mod/a", initiator="azerbaijan"), claim("az-mod/b", initiator="armenia"))
    assert summaries(event, "attribution") == [
        "Ministry of Defence of Armenia says Azerbaijan started it; Ministry of Defence of Azerbaijan says Armenia did."
    ]


def test_unknown_initiator_is_no_disagreement() -> None:
    """A source that says it does not know who started it disagrees with nobody."""
    event = event_of(claim("am-mod/a", initiator="azerbaijan"), claim("osce/b", initiator="unknown"))
    assert summaries(event, "attribution") == []


def test_cross_border_neighbours_are_a_location_conflict() -> None:
    """Each side placing the clash on its own soil is a location conflict, however close the villages."""
    event = event_of(
        claim("am-mod/a", place="in the vicinity of Voskepar village"),
        claim("az-mod/b", place="the village of Asagi Askipara"),
    )
    assert summaries(event, "location") == [
        "Ministry of Defence of Armenia places it at Voskepar (Armenia); Ministry of Defence of Azerbaijan places it "
        "at Aşağı Əskipara (Azerbaijan): in different countries."
    ]


def test_distant_places_are_a_location_conflict() -> None:
    """Places farther apart than the threshold are a location conflict that says how far."""
    event = event_of(claim("am-mod/a", place="Chinari"), claim("wire/b", place="near Horadiz"))
    assert summaries(event, "location") == [
        "Ministry of Defence of Armenia places it at Chinari (Armenia); Wire Agency places it at Horadiz "
        "(Azerbaijan): 216 km apart and in different countries."
    ]


def test_nearby_places_do_not_conflict() -> None:
    """Two villages 4 km apart in one country can be one incident's place."""
    event = event_of(claim("am-mod/a", place="Chinari"), claim("wire/b", place="Aygepar"))
    assert summaries(event, "location") == []


def test_one_shared_place_is_enough() -> None:
    """Claims that name a common place do not conflict, whatever else they name."""
    event = event_of(
        claim("am-mod/a", place="Voskepar and Asagi Askipara"),
        claim("az-mod/b", place="Asagi Askipara"),
    )
    assert summaries(event, "location") == []


def test_unresolved_places_do_not_conflict() -> None:
    """A place the gazetteer cannot resolve takes part in no location conflict."""
    event = event_of(claim("am-mod/a", place="the border"), claim("az-mod/b", place="Asagi Askipara"))
    assert summaries(event, "location") == []


def test_location_threshold_is_a_rule() -> None:
    """With a 1 km threshold, villages 4 km apart are a location conflict."""
    event = event_of(
        claim("am-mod/a", place="Chinari"),
        claim("wire/b", place="Aygepar"),
        rules=attrs.evolve(DEFAULT_RULES, location_km=1.0),
    )
    assert len(summaries(event, "location")) == 1


def test_date_conflict_sentence() -> None:
    """Spans that share no day are a date conflict."""
    event = event_of(claim("nkr-mod/a", date="2012-06-06"), claim("wire/b", date="2012-06-07"))
    assert summaries(event, "date") == [
        "Ministry of Defence of the Nagorno-Karabakh Republic dates it 2012-06-06; Wire Agency dates it 2012-06-07."
    ]


def test_superseded_claim_takes_part_in_no_conflict() -> None:
    """A superseded claim's date, place, figures and stance conflict with nothing."""
    event = event_of(
        claim("am-mod/a", initiator="azerbaijan", casualties=(killed("azerbaijan", 4),)),
        claim("az-mod/old", stance="denies", date="2012-06-01", place="Horadiz", initiator="armenia",
              casualties=(killed("azerbaijan", 0),)),
        claim("az-mod/new", supersedes=("az-mod/old",), casualties=(killed("azerbaijan", 4),)),
    )
    assert event.conflicts == ()


def test_relay_does_not_conflict_with_its_origin() -> None:
    """An outlet relaying a ministry's older figure is the ministry's word, not a second voice against it."""
    event = event_of(
        claim("am-mod/a", casualties=(killed("armenia", 6),)),
        claim("wire/b", relays="am-mod", casualties=(killed("armenia", 1),)),
    )
    assert event.conflicts == ()


def test_a_relay_of_a_revised_toll_is_history() -> None:
    """An outlet that relayed the ministry's first toll (5), stated before the ministry corrected it to 3, passes on
    the ministry's earlier word: it no longer counts, so the ministry's own current figure sets the floor (before,
    the stale 5 made low and best 5 and flagged the ministry's 3 as outside the range), and the note says why."""
    event = event_of(
        claim("am-mod/first", stated="2012-06-05", casualties=(killed("armenia", 5),)),
        claim("am-mod/fixed", stated="2012-06-06", supersedes=("am-mod/first",), casualties=(killed("armenia", 3),)),
        claim("wire/relay", stated="2012-06-05", relays="am-mod", casualties=(killed("armenia", 5),)),
        claim("az-mod/enemy", stated="2012-06-05", casualties=(killed("armenia", 12),)),
    )
    found = figure(event, "armenia")
    assert (found.low, found.best, found.high) == (3, 3, 12)
    (relay,) = [v for v in found.values if v.claim == "wire/relay"]
    assert not relay.counted
    assert relay.note == "relays an earlier statement of am-mod: its latest figure is in am-mod/fixed"
    assert not any(v.outside for v in found.values)


def test_a_stale_relay_still_disagrees() -> None:
    """A relay its origin has since corrected leaves the range, not the conflicts: what it passed on was said, and
    adding the origin's correction (a claim of a new source) must not hide the disagreement (law 5)."""
    before = (
        claim("az-mod/zero", stated="2012-06-05", casualties=(killed("armenia", 0),)),
        claim("wire/relay", stated="2012-06-05", relays="am-mod", casualties=(killed("armenia", 5),)),
    )
    after = (*before, claim("am-mod/fixed", stated="2012-06-06", casualties=(killed("armenia", 3),)))
    pairs = [{c.claims for c in event_of(*claims).conflicts if c.kind == "casualties"} for claims in (before, after)]
    assert ("az-mod/zero", "wire/relay") in pairs[0]
    assert pairs[0] <= pairs[1]
    assert ("am-mod/fixed", "az-mod/zero") in pairs[1]
    found = figure(event_of(*after), "armenia")
    assert [v.claim for v in found.values if v.counted] == ["am-mod/fixed", "az-mod/zero"]


@pytest.mark.parametrize("stated", ["2012-06-06", "2012-06-07"])
def test_a_relay_as_late_as_the_origins_latest_word_counts(stated: str) -> None:
    """A relay stated on the day of the origin's latest statement of the figure, or after it, is the origin's word
    as it stands: it counts (one origin, so no conflict); so does a relay of an origin that gives no figure of its
    own in the event."""
    event = event_of(
        claim("am-mod/a", stated="2012-06-06", casualties=(killed("armenia", 3),)),
        claim("wire/relay", stated=stated, relays="am-mod", casualties=(killed("armenia", 3),)),
        claim("news/relay", stated="2012-06-05", relays="az-mod", casualties=(killed("armenia", 9),)),
    )
    values = {v.claim: v for v in figure(event, "armenia").values}
    assert values["wire/relay"].counted
    assert values["news/relay"].counted


def test_a_relay_of_the_revisions_day_that_repeats_the_first_toll_is_history() -> None:
    """An outlet stated on the day of the ministry's revision (6 -> 7) that still gives the first toll (6) passes on
    the first statement: it no longer counts (before, its 6, the lower of two partisan figures, made the best 6
    against the ministry's own 7), and the note says why; a relay of that day that gives the revised figure counts."""
    event = event_of(
        claim("am-mod/first", stated="2012-06-05", casualties=(killed("azerbaijan", 6),)),
        claim("am-mod/fixed", stated="2012-06-06", supersedes=("am-mod/first",),
              casualties=(killed("azerbaijan", 7),)),
        claim("wire/relay", stated="2012-06-06", relays="am-mod", casualties=(killed("azerbaijan", 6),)),
        claim("news/relay", stated="2012-06-06", relays="am-mod", casualties=(killed("azerbaijan", 7),)),
    )
    found = figure(event, "azerbaijan")
    assert (found.low, found.best, found.high) == (7, 7, 7)
    values = {v.claim: v for v in found.values}
    assert not values["wire/relay"].counted
    assert values["wire/relay"].note == "relays an earlier statement of am-mod: its latest figure is in am-mod/fixed"
    assert values["news/relay"].counted


def test_conflicts_are_sorted_by_kind_then_claims() -> None:
    """Conflicts come in the order casualties, existence, attribution, location, date (a denial dates nothing, so
    the date conflict is between two assertions)."""
    event = event_of(
        claim("am-mod/a", initiator="azerbaijan", place="Voskepar", casualties=(killed("azerbaijan", 4),)),
        claim("az-mod/b", initiator="armenia", place="Asagi Askipara", date="2012-06-04",
              casualties=(killed("azerbaijan", 0),)),
        claim("wire/c", stance="denies", place="the border"),
    )
    assert [(c.kind, c.claims) for c in event.conflicts] == [
        ("casualties", ("am-mod/a", "az-mod/b")),
        ("existence", ("am-mod/a", "wire/c")),
        ("existence", ("az-mod/b", "wire/c")),
        ("attribution", ("am-mod/a", "az-mod/b")),
        ("location", ("am-mod/a", "az-mod/b")),
        ("date", ("am-mod/a", "az-mod/b")),
    ]


# --- grades --------------------------------------------------------------------------------------------------


def test_corroborated_by_a_monitor() -> None:
    """A party's ministry and a monitor that agree corroborate each other."""
    assert event_of(claim("am-mod/a"), claim("osce/b")).grade == "corroborated"


def test_corroborated_by_both_sides() -> None:
    """The two sides' ministries agreeing are two independent origins."""
    assert event_of(claim("am-mod/a"), claim("az-mod/b")).grade == "corroborated"


def test_aligned_parties_do_not_corroborate() -> None:
    """NKR is aligned with Armenia, so their ministries together are a single source."""
    assert event_of(claim("am-mod/a"), claim("nkr-mod/b")).grade == "single-source"


def test_aligned_outlet_does_not_corroborate() -> None:
    """An outlet aligned with Armenia adds no independent origin to Armenia's ministry."""
    assert event_of(claim("am-mod/a"), claim("am-tv/b")).grade == "single-source"


def test_relay_counts_as_the_relayed_source() -> None:
    """A wire story relaying Armenia's ministry is the ministry's word: single-source."""
    assert event_of(claim("am-mod/a"), claim("wire/b", relays="am-mod")).grade == "single-source"


def test_relay_takes_the_relayed_source_role() -> None:
    """A wire story relaying Azerbaijan's ministry about Azerbaijani dead is an own-side admission."""
    event = event_of(
        claim("wire/a", relays="az-mod", casualties=(killed("azerbaijan", 3),)),
        claim("am-mod/b", casualties=(killed("azerbaijan", 20),)),
    )
    fig = figure(event, "azerbaijan")
    assert (fig.low, fig.best, fig.high) == (3, 3, 20)


def test_relays_of_one_unknown_name_are_one_origin() -> None:
    """Two outlets relaying the same unnamed-in-the-case spokesman do not corroborate each other."""
    event = event_of(claim("wire/a", relays="a ministry spokesman"), claim("osce/b", relays="A ministry spokesman"))
    assert event.grade == "single-source"


def test_single_source() -> None:
    """One source alone is single-source."""
    assert event_of(claim("nkr-mod/a")).grade == "single-source"


def test_denied() -> None:
    """An event whose only counted claims are denials is denied."""
    assert event_of(claim("az-mod/a", stance="denies")).grade == "denied"


def test_contested() -> None:
    """Any conflict makes the event contested."""
    assert event_of(claim("am-mod/a"), claim("az-mod/b", stance="denies")).grade == "contested"


def test_denied_takes_precedence_over_contested() -> None:
    """Two denials that each blame the other side are still denied: nobody says it happened."""
    event = event_of(
        claim("az-mod/a", stance="denies", initiator="armenia"),
        claim("am-mod/b", stance="denies", initiator="azerbaijan"),
    )
    assert (event.grade, [c.kind for c in event.conflicts]) == ("denied", ["attribution"])


def test_contested_takes_precedence_over_corroborated() -> None:
    """Independent sources that disagree on who started it are contested, not corroborated."""
    event = event_of(claim("am-mod/a", initiator="azerbaijan"), claim("osce/b", initiator="armenia"))
    assert event.grade == "contested"


def grade_input(independent: int, *admissions: Admission) -> GradeInput:
    return GradeInput(asserting=("am-mod", "az-mod"), denying=(), independent=independent, conflicts=(),
                      admissions=admissions)


def test_conceded_fact_alleged_by_the_other_side_is_confirmed() -> None:
    """An admission with an opposing allegation makes precedence_grade say confirmed."""
    conceded = Admission("az-mod/b", "az-mod", "losses", "azerbaijan", True, ("am-mod/a",))
    assert precedence_grade(grade_input(2, conceded)) == "confirmed"


def test_admission_without_allegation_is_not_confirmed() -> None:
    """An admission nobody on the other side asserts leaves the grade to the independent origins."""
    alone = Admission("az-mod/b", "az-mod", "losses", "azerbaijan", True)
    assert precedence_grade(grade_input(2, alone)) == "corroborated"


def test_grade_rule_receives_the_counted_admissions() -> None:
    """The grading rule sees the admissions of claims that count and assert, not those of withdrawn claims."""
    seen: list[GradeInput] = []

    def spy(grade: GradeInput) -> Grade:
        seen.append(grade)
        return "single-source"

    event_of(claim("az-mod/a", casualties=(killed("azerbaijan", 2),)),
             claim("az-mod/b", stated="2012-06-06", supersedes=("az-mod/a",)),
             claim("nkr-mod/c", casualties=(killed("nkr", 1),)), rules=Rules(grade=spy))
    assert [a.claim for a in seen[0].admissions] == ["nkr-mod/c"]


# --- swapping rules ------------------------------------------------------------------------------------------


def test_swapped_casualty_rule_is_used() -> None:
    """A user's casualty rule replaces the default: here, best is the highest figure."""

    def highest(fig: FigureInput) -> tuple[int, int, int | None]:
        top = max(c.low for c in fig.counts())
        return min(c.low for c in fig.counts()), top, top

    event = event_of(
        claim("az-mod/a", casualties=(killed("azerbaijan", 3),)),
        claim("am-mod/b", casualties=(killed("azerbaijan", 20),)),
        rules=Rules(casualties=highest),
    )
    assert figure(event, "azerbaijan").best == 20


def test_swapped_grade_rule_is_used() -> None:
    """A user's grading rule replaces the default."""

    def strict(grade: GradeInput) -> Grade:
        return "corroborated" if grade.independent >= 3 else "single-source"

    event = event_of(claim("am-mod/a"), claim("osce/b"), rules=Rules(grade=strict))
    assert event.grade == "single-source"


def test_broken_casualty_rule_is_an_error() -> None:
    """A rule returning best above high breaks the contract and raises MergeError."""
    rules = Rules(casualties=lambda fig: (0, 5, 2))
    with pytest.raises(MergeError, match=r"returned \(low=0, best=5, high=2\) for armenia/soldiers/killed"):
        event_of(claim("am-mod/a", casualties=(killed("armenia", 1),)), rules=rules)


@pytest.mark.parametrize(("returned", "shown"), [
    ((0, 0.5, 1), r"\(low=0, best=0\.5, high=1\)"),  # statistics.median of two figures
    ((1, 1.0, 1), r"\(low=1, best=1\.0, high=1\)"),  # a whole float is still no count: JSON would write 1.0
    ((0, True, 1), r"\(low=0, best=True, high=1\)"),
    ((0, 1), r"\(0, 1\)"),
    ([0, 1, 1], r"\[0, 1, 1\]"),
    (None, "None"),
])
def test_a_casualty_rule_must_return_three_whole_numbers(returned: object, shown: str) -> None:
    """A rule returning a fraction, a bool or no triple raises MergeError naming the rule and what it returned.

    Before, a fraction was written to reconciliation.json, which reconcile then refused to read back as damaged.
    """
    def rule(figure: FigureInput) -> Any:
        return returned

    with pytest.raises(MergeError, match=rf"casualty rule rule returned {shown} for armenia/soldiers/killed; "
                                         r"expected a tuple \(low, best, high\) of whole numbers \(int; high None when "
                                         r"open\) with 0 <= low <= best <= high"):
        event_of(claim("am-mod/a", casualties=(killed("armenia", 1),)), rules=Rules(casualties=rule))


def test_a_casualty_rule_may_return_integers_of_other_types() -> None:
    """A whole number of another type (numpy's int64) is taken as the int it stands for."""
    class Whole:
        def __init__(self, value: int) -> None:
            self.value = value

        def __index__(self) -> int:
            return self.value

    rules = Rules(casualties=lambda fig: (Whole(1), Whole(2), None))  # type: ignore[arg-type, return-value]
    found = figure(event_of(claim("am-mod/a", casualties=(killed("armenia", 2),)), rules=rules), "armenia")
    assert (found.low, found.best, found.high) == (1, 2, None)
    assert type(found.best) is int


def test_a_grading_rule_must_return_a_grade() -> None:
    """A grading rule returning a word that is not a grade raises MergeError; before, the event carried it into
    reconciliation.json, which reconcile then refused to read back as damaged."""
    def disputed(grade: GradeInput) -> Any:
        return "disputed"

    with pytest.raises(MergeError, match=r"grading rule disputed returned 'disputed' for event e1; expected one of "
                                         r"confirmed, corroborated, contested, single-source, denied"):
        event_of(claim("am-mod/a"), rules=Rules(grade=disputed))


def _capped(figure: FigureInput, cap: int = 100) -> tuple[int, int, int | None]:
    """The default range, with best at most ``cap``.

    Used by the methodology tests."""
    low, best, high = credible_range(figure)
    return low, min(best, max(low, cap)), high


class _Median:
    """best is the median of the lows."""

    def __call__(self, figure: FigureInput) -> tuple[int, int, int | None]:
        return credible_range(figure)


def test_describe_names_a_custom_rule() -> None:
    """The methodology names a user's rule by module and name (with a partial's arguments) before its docstring, so
    that a reader knows which code gave the figures; a partial is described by its function's docstring, not by
    functools' own."""
    def lines(rule: Any) -> list[str]:
        return [line for line in attrs.evolve(DEFAULT_RULES, casualties=rule).describe()
                if line.startswith("Casualty rule")]

    assert lines(_capped)[:2] == [f"Casualty rule: custom rule {__name__}._capped: The default range, with best at "
                                  f"most ``cap``.", "Casualty rule: Used by the methodology tests."]
    assert lines(functools.partial(_capped, cap=50))[0] == (
        f"Casualty rule: custom rule {__name__}._capped(cap=50): The default range, with best at most ``cap``.")
    assert lines(_Median()) == [f"Casualty rule: custom rule {__name__}._Median: best is the median of the lows."]
    assert lines(lambda figure: (0, 0, 0)) == [f"Casualty rule: custom rule {__name__}.test_describe_names_a_custom_"
                                               f"rule.<locals>.<lambda> (undocumented)"]
    grade = [line for line in attrs.evolve(DEFAULT_RULES, grade=lambda g: "denied").describe()
             if line.startswith("Grade")]
    assert grade == [f"Grade: custom rule {__name__}.test_describe_names_a_custom_rule.<locals>.<lambda> "
                     f"(undocumented)"]
    assert "custom rule" not in " ".join(DEFAULT_RULES.describe())


def test_describe_states_the_rules() -> None:
    """The methodology text names the best order and the location threshold."""
    text = "\n".join(attrs.evolve(DEFAULT_RULES, location_km=10).describe())
    assert "1. a neutral monitor's precise figure" in text
    assert "more than 10 km apart" in text


@pytest.mark.parametrize(("given", "error", "message"), [
    ({"casualties": None}, TypeError, r"Rules\.casualties must be a function that takes a FigureInput and returns "
                                      r"\(low, best, high\), got None"),
    ({"grade": "precedence_grade"}, TypeError, r"Rules\.grade must be a function that takes a GradeInput and "
                                               r"returns a grade, got 'precedence_grade'"),
    ({"location_km": "10"}, ValueError, r"location_km must be a positive number of kilometres, got '10'"),
    ({"relay_similarity": "85"}, ValueError, r"relay_similarity must be above 0 and at most 100, got '85'"),
])
def test_rules_name_a_setting_of_the_wrong_kind(given: dict[str, Any], error: type[Exception], message: str) -> None:
    """A rule that is not a function, or a threshold given as text, is refused by its name when the rules are made;
    before, it failed in the merge ("'NoneType' object is not callable", "'>' not supported ...")."""
    with pytest.raises(error, match=message):
        Rules(**given)


def test_location_threshold_must_be_positive() -> None:
    """A zero or negative threshold is refused when the rules are built."""
    with pytest.raises(ValueError, match="location_km must be a positive number"):
        Rules(location_km=0)


# --- event fields --------------------------------------------------------------------------------------------


def test_event_id_and_evidence_come_from_the_group() -> None:
    """Event.id is Group.id and Event.evidence is Group.evidence."""
    claims = (claim("am-mod/a"), claim("osce/b"))
    evidence = (PairScore("am-mod/a", "osce/b", 3.5),)
    event = merge_group(case_of(claims), Group("g7", ("am-mod/a", "osce/b"), evidence), gazetteer=GAZETTEER)
    assert (event.id, event.evidence) == ("g7", evidence)


def test_unknown_claim_in_group_is_an_error() -> None:
    """A group naming a claim the case lacks raises MergeError naming it."""
    with pytest.raises(MergeError, match="names claims the case does not have: am-mod/zz"):
        merge_group(case_of([claim("am-mod/a")]), Group("g", ("am-mod/a", "am-mod/zz")), gazetteer=GAZETTEER)


def test_a_country_named_by_a_party_name_or_alias_is_that_party() -> None:
    """Gazetteers write a country as a party's id, name or alias (any case): all three are the party's."""
    parties = (Party("armenia", "Republic of Armenia", aliases=("AM",)), *PARTIES[1:])
    places = (
        GazetteerEntry("a", "Alpha", country="Republic of ARMENIA"),
        GazetteerEntry("b", "Beta", country="am"),
        GazetteerEntry("c", "Gamma", country="AZERBAIJAN"),
    )
    claims = [claim("am-mod/a", place="Alpha"), claim("wire/b", place="Beta"), claim("az-mod/c", place="Gamma")]
    case = Case("test", "Test case", parties, SOURCES, tuple(claims), places)
    event = merge_group(case, Group("e", tuple(c.global_id for c in claims)), gazetteer=Gazetteer(places))
    assert summaries(event, "location") == [
        "Ministry of Defence of Armenia places it at Alpha (Republic of Armenia); Ministry of Defence of Azerbaijan "
        "places it at Gamma (Azerbaijan): in different countries.",
        "Ministry of Defence of Azerbaijan places it at Gamma (Azerbaijan); Wire Agency places it at Beta (Republic of "
        "Armenia): in different countries.",
    ]


def test_place_mentions_are_resolved_with_the_gazetteer() -> None:
    """Each place name of a claim becomes a mention, resolved where the gazetteer knows it."""
    event = event_of(claim("am-mod/a", place="near Chinari and Kirants"))
    assert [(p.claim, p.text, p.resolved, p.name) for p in event.places] == [
        ("am-mod/a", "Chinari", "chinari", "Chinari"),
        ("am-mod/a", "Kirants", None, None),
    ]


def test_place_is_resolved_with_the_claim_region() -> None:
    """The claim's region is the hint that tells homonym villages apart."""
    twins = (
        GazetteerEntry("berd-am", "Berd", country="armenia", region="Tavush"),
        GazetteerEntry("berd-az", "Berd", country="azerbaijan", region="Qazakh Rayon"),
    )
    one = claim("am-mod/a", place="Berd", region="Qazakh Rayon")
    event = merge_group(case_of([one]), Group("e", ("am-mod/a",)), gazetteer=Gazetteer(twins))
    assert [p.resolved for p in event.places] == ["berd-az"]


def test_event_date_is_the_intersection() -> None:
    """Overlapping spans give the days all of them allow."""
    event = event_of(
        claim("am-mod/a", date="2012-06-01", until="2012-06-10"),
        claim("az-mod/b", date="2012-06-05"),
    )
    assert (event.date.start, event.date.end, event.date.precision) == (
        dt.date(2012, 6, 5), dt.date(2012, 6, 5), "day"
    )


def test_event_date_is_the_hull_when_spans_do_not_meet() -> None:
    """Spans that do not overlap give the span covering them all, as a range."""
    event = event_of(claim("am-mod/a", date="2012-06-04"), claim("az-mod/b", date="2012-06-06"))
    assert (event.date.start, event.date.end, event.date.precision) == (
        dt.date(2012, 6, 4), dt.date(2012, 6, 6), "range"
    )


def test_initiators_list_every_claim_that_names_one() -> None:
    """Initiators pair each claim with the party it names (or "unknown"), superseded claims included."""
    event = event_of(
        claim("az-mod/first", initiator="armenia"),
        claim("az-mod/second", initiator="unknown", supersedes=("az-mod/first",)),
        claim("osce/c"),
    )
    assert event.initiators == (("az-mod/first", "armenia"), ("az-mod/second", "unknown"))


def test_merge_orders_events_by_group_id() -> None:
    """merge returns one event per group, in the order of the groups' ids."""
    claims = (claim("am-mod/a"), claim("az-mod/b"))
    events = merge(
        case_of(claims), [Group("g2", ("az-mod/b",)), Group("g1", ("am-mod/a",))], gazetteer=GAZETTEER
    )
    assert [e.id for e in events] == ["g1", "g2"]


def test_within_means_overlap() -> None:
    """A value lies within a range when some number its words allow is in it."""
    assert (within(Count(1, None), 3, 5), within(Count(15, 20), 4, 5), within(Count(4, 4), 4, None)) == (
        True,
        False,
        True,
    )


# --- laws (hypothesis) ---------------------------------------------------------------------------------------

BASE_SOURCES = ("am-mod", "az-mod", "nkr-mod", "osce")
NEW_SOURCES = ("wire", "am-tv")
PLACE_TEXTS = ("Voskepar", "Asagi Askipara", "Chinari", "Aygepar", "near Horadiz", "the border", "Chinari and Voskepar",
               "Chinari and Horadiz", "Horadiz, Aygepar and Chinari")
DAY0 = dt.date(2012, 6, 3)

counts = st.builds(
    lambda low, extra: Count(low, None if extra is None else low + extra, "x"),
    st.integers(0, 12),
    st.one_of(st.none(), st.integers(0, 6)),
)


@st.composite
def casualty_lists(draw: st.DrawFn) -> tuple[Casualties, ...]:
    parties = draw(st.lists(st.sampled_from(("armenia", "azerbaijan", "nkr")), unique=True, max_size=2))
    return tuple(
        Casualties(
            party,
            draw(st.sampled_from(("soldiers", "unknown"))),
            killed=draw(counts),
            wounded=draw(st.one_of(st.none(), counts)),
        )
        for party in sorted(parties)
    )


@st.composite
def claim_lists(draw: st.DrawFn, sources: Sequence[str], min_size: int = 1) -> list[Claim]:
    """Claims of ``sources``; revisions (supersedes, adds_to) name earlier claims of the same source only."""
    out: list[Claim] = []
    size = draw(st.integers(min_size, 6))
    for k in range(size):
        source = draw(st.sampled_from(sources))
        own_earlier = [c.global_id for c in out if c.source == source]
        refs = draw(st.lists(st.sampled_from(own_earlier), unique=True, max_size=2)) if own_earlier else []
        split = draw(st.integers(0, len(refs)))
        start = DAY0 + dt.timedelta(days=draw(st.integers(0, 3)))
        end = start + dt.timedelta(days=draw(st.integers(0, 2)))
        # Any source may relay any other, one of the new sources too (its correction, added later, is a claim of a
        # new source: `test_adding_a_new_source_keeps_conflicts`).
        relays = draw(st.one_of(st.none(), st.sampled_from(BASE_SOURCES + NEW_SOURCES)))
        out.append(Claim(
            source=source,
            id=f"c{k}",
            stated=DAY0 + dt.timedelta(days=draw(st.integers(0, 4))),
            quote="...",
            date=DateSpan(start, end, "day" if start == end else "range"),
            place=draw(st.sampled_from(PLACE_TEXTS)),
            initiator=draw(st.one_of(st.none(), st.sampled_from(("armenia", "azerbaijan", "nkr", "unknown")))),
            stance=draw(st.sampled_from(("asserts", "asserts", "denies"))),
            relays=relays if relays != source else None,
            supersedes=tuple(refs[:split]),
            adds_to=tuple(refs[split:]),
            casualties=draw(casualty_lists()),
        ))
    return out


def merged(claims: Sequence[Claim], rules: Rules | None = None) -> Event:
    return merge_group(case_of(claims), Group("e", tuple(c.global_id for c in claims)), rules=rules,
                       gazetteer=GAZETTEER)


ADDS_UP_EXAMPLE = [
    claim("am-mod/c0", casualties=(killed("azerbaijan", 4),)),
    claim("az-mod/c1", casualties=(killed("azerbaijan", 4),)),
    claim("az-mod/c2", adds_to=("az-mod/c1",), casualties=(killed("azerbaijan", 1),)),
]


@given(claim_lists(BASE_SOURCES + NEW_SOURCES))
@example(ADDS_UP_EXAMPLE)
def test_ranges_hold(claims: list[Claim]) -> None:
    """low <= best <= high for every figure, and every counted value is inside [low, high] or flagged outside."""
    for fig in merged(claims).casualties:
        assert fig.low <= fig.best
        assert fig.high is None or fig.best <= fig.high
        for value in fig.values:
            assert not value.counted or value.outside != within(value.count, fig.low, fig.high)


@given(claim_lists(BASE_SOURCES + NEW_SOURCES), st.randoms(use_true_random=False))
def test_order_does_not_matter(claims: list[Claim], random: Random) -> None:
    """Shuffling the case's claims, sources and parties and the group's ids gives the same event."""
    before = merged(claims)
    shuffled = list(claims)
    random.shuffle(shuffled)
    sources, parties = list(SOURCES), list(PARTIES)
    random.shuffle(sources)
    random.shuffle(parties)
    ids = [c.global_id for c in claims]
    random.shuffle(ids)
    case = Case("test", "Test case", tuple(parties), tuple(sources), tuple(shuffled), PLACES)
    assert merge_group(case, Group("e", tuple(ids)), gazetteer=GAZETTEER) == before


@given(claim_lists(BASE_SOURCES + NEW_SOURCES))
def test_reading_a_claim_twice_changes_nothing(claims: list[Claim]) -> None:
    """A case that lists every claim twice, and a group that names each twice, give the same event."""
    doubled = merge_group(
        case_of([*claims, *claims]), Group("e", tuple(c.global_id for c in [*claims, *claims])), gazetteer=GAZETTEER
    )
    assert doubled == merged(claims)


@given(claim_lists(BASE_SOURCES + NEW_SOURCES))
def test_every_claim_appears(claims: list[Claim]) -> None:
    """Every claim of the group appears in Event.claims."""
    assert set(merged(claims).claims) == {c.global_id for c in claims}


@given(claim_lists(BASE_SOURCES), claim_lists(NEW_SOURCES, min_size=1))
@example(
    [
        claim("am-mod/c0", casualties=(killed("azerbaijan", 4),)),
        claim("az-mod/c1", casualties=(killed("azerbaijan", 5),)),
    ],
    [claim("wire/c0", casualties=(killed("azerbaijan", 9),))],
)
@example(  # a relay of wire's first word, then wire's correction: the relay's conflict stays
    [
        claim("az-mod/c0", stated="2012-06-05", casualties=(killed("armenia", 0),)),
        claim("osce/c1", stated="2012-06-05", relays="wire", casualties=(killed("armenia", 5),)),
    ],
    [claim("wire/c0", stated="2012-06-06", casualties=(killed("armenia", 3),))],
)
def test_adding_a_new_source_keeps_conflicts(base: list[Claim], extra: list[Claim]) -> None:
    """Claims of sources not yet in the event never remove a conflict between the others."""
    extra = [attrs.evolve(c, id=f"new{k}") for k, c in enumerate(extra)]
    before = set(merged(base).conflicts)
    after = set(merged([*base, *extra]).conflicts)
    assert before <= after


# --- the seed case -------------------------------------------------------------------------------------------

SEED = Path(__file__).resolve().parent.parent / "claims" / "2012-tavush-qazakh"
JUNE_4 = (
    "am-mod/am-2012-06-04",
    "az-mod/az-denial-2012-06-04",
    "am-mfa/nalbandian-2012-06-04",
    "armenian-side/accusation-2012-06-04",
)
JUNE_5 = (
    "am-mod/am-2012-06-05",
    "az-mod/az-denial-2012-06-05",
    "az-mod/az-confirm-2012-06-05",
    "az-mod/az-fifth-2012-06-05",
    "azerbaijani-side/accusation-2012-06-05",
)
HORADIZ = ("nkr-mod/nkr-2012-06-06",)


@pytest.fixture(scope="module")
def seed_events() -> dict[str, Event]:
    """The seed case merged with hand-built groups (the matching stage is tested on its own)."""
    from reconcile.load import load_case

    case = load_case(SEED)
    groups = [Group("2012-06-04", JUNE_4), Group("2012-06-05", JUNE_5), Group("2012-06-06", HORADIZ)]
    # The case's own gazetteer lists every place of the seed; it keeps the test independent of the shipped data.
    return {e.id: e for e in merge(case, groups, gazetteer=Gazetteer(case.gazetteer))}


def test_seed_june_4_attribution_conflict(seed_events: dict[str, Event]) -> None:
    """On 4 June Armenia's ministry blames Azerbaijan and Azerbaijan's denial blames the Armenian army."""
    assert (
        "Ministry of Defence of Armenia says Azerbaijan started it; Ministry of Defence of Azerbaijan says Armenia did."
        in summaries(seed_events["2012-06-04"], "attribution")
    )


def test_seed_june_4_is_contested(seed_events: dict[str, Event]) -> None:
    """The 4 June event stands denied by Azerbaijan against Armenia's account: contested."""
    event = seed_events["2012-06-04"]
    assert (event.grade, len(summaries(event, "existence"))) == ("contested", 3)


def test_seed_june_5_attribution_conflict(seed_events: dict[str, Event]) -> None:
    """On 5 June each ministry blames the other side."""
    assert (
        "Ministry of Defence of Armenia says Azerbaijan started it; Ministry of Defence of Azerbaijan says Armenia did."
        in summaries(seed_events["2012-06-05"], "attribution")
    )


def test_seed_june_5_azerbaijani_killed(seed_events: dict[str, Event]) -> None:
    """Azerbaijani killed on 5 June: best 5 (4 + 1), both sides counted, the denial superseded."""
    event = seed_events["2012-06-05"]
    fig = figure(event, "azerbaijan")
    counted = sorted(v.source for v in fig.values if v.counted)
    (denial,) = [v for v in fig.values if v.claim == "az-mod/az-denial-2012-06-05"]
    assert (fig.best, counted, denial.counted, event.superseded) == (
        5,
        ["am-mod", "az-mod"],
        False,
        ("az-mod/az-denial-2012-06-05",),
    )


def test_seed_june_5_places_on_both_sides_of_the_border(seed_events: dict[str, Event]) -> None:
    """Voskepar (Armenia) against Aşağı Əskipara (Azerbaijan) is a location conflict."""
    assert (
        "Ministry of Defence of Armenia places it at Voskepar (Armenia); Ministry of Defence of Azerbaijan places it "
        "at Aşağı Əskipara (Azerbaijan): in different countries." in summaries(seed_events["2012-06-05"], "location")
    )


def test_seed_june_5_has_no_existence_conflict(seed_events: dict[str, Event]) -> None:
    """Azerbaijan's 5 June denial is withdrawn, so nobody denies the 5 June clash any more."""
    assert summaries(seed_events["2012-06-05"], "existence") == []


def test_seed_horadiz_is_single_source(seed_events: dict[str, Event]) -> None:
    """The Horadiz claim of NKR's ministry stands alone."""
    assert seed_events["2012-06-06"].grade == "single-source"
