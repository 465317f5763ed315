"""A relayed claim's figure is its origin's: a party's word passed on by a monitor is that party's claim, and a
relayed name that is neither a source nor a party of the case never gets a monitor's rank."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from reconcile import load_case, reconcile
from reconcile.merge import merge_group
from reconcile.models import Case, Casualties, Claim, Count, DateSpan, Event, Figure, Group, Party, Source
from reconcile.places import Gazetteer

PARTIES = (
    Party("mali", "Mali", aliases=("FAMa", "armée malienne")),
    Party("wagner", "Wagner Group", aliases=("Wagner",), aligned_with=("mali",)),
    Party("jnim", "JNIM", aliases=("GSIM", "Jama'at Nusrat al-Islam wal-Muslimin")),
)
SOURCES = (
    Source("fama", "Armed forces of Mali", "belligerent", speaks_for="mali"),
    Source("monitor", "A jihadist media monitor", "monitor"),
    Source("acled", "A conflict data project", "analyst"),
    Source("radio", "A radio station", "media"),
)
NO_PLACES = Gazetteer(())
DAY = dt.date(2023, 3, 3)
MONITOR_NOTE = "a neutral monitor's figure"


def claim(gid: str, killed: int, *, party: str = "mali", **fields: Any) -> Claim:
    source, cid = gid.split("/")
    casualties = (Casualties(party, "soldiers", killed=Count(killed, killed, str(killed))),)
    return Claim(source=source, id=cid, stated=DAY, quote=gid, date=DateSpan(DAY, DAY, "day"), place="Gao",
                 casualties=casualties, **fields)


def event_of(*claims: Claim) -> Event:
    case = Case("t", "Test", PARTIES, SOURCES, claims)
    return merge_group(case, Group("e", tuple(c.global_id for c in claims)), gazetteer=NO_PLACES)


def figure(event: Event, party: str = "mali") -> Figure:
    (found,) = [f for f in event.casualties if f.party == party]
    return found


def note(event: Event, gid: str, party: str = "mali") -> str:
    (value,) = [v for v in figure(event, party).values if v.claim == gid and v.counted]
    return value.note


def gao(relays: str) -> Event:
    """A Sahel case: the army admits 4, an analyst codes 9, a monitor relays 15 from ``relays``."""
    return event_of(claim("fama/f1", 4), claim("acled/a1", 9), claim("monitor/m1", 15, relays=relays))


def test_a_monitor_relaying_a_party_by_id_passes_on_an_enemy_claim() -> None:
    """A monitor's "JNIM claimed 15 Malian soldiers killed" (relays: jnim) is JNIM's claim about its enemy."""
    event = gao("jnim")
    assert (figure(event).low, figure(event).best, figure(event).high) == (4, 4, 15)
    assert note(event, "monitor/m1") == "a claim about the enemy's losses"


def test_a_party_is_recognised_by_alias_as_the_loader_resolves_an_initiator() -> None:
    """An alias in another letter case names the party as its id does."""
    assert note(gao("gsim"), "monitor/m1") == "a claim about the enemy's losses"
    assert note(gao("  Jama'at Nusrat al-Islam wal-Muslimin "), "monitor/m1") == "a claim about the enemy's losses"


def test_a_relayed_party_reporting_its_own_losses_is_its_own_figure() -> None:
    """JNIM's word about JNIM's dead, relayed, is JNIM's own figure (an admission, not a neutral count)."""
    event = event_of(claim("fama/f1", 20, party="jnim"), claim("monitor/m1", 3, party="jnim", relays="jnim"))
    assert note(event, "monitor/m1", "jnim") == "the party's own figure"
    assert figure(event, "jnim").low == 3


def test_a_relayed_unknown_name_is_not_a_monitor_count() -> None:
    """A name that is neither a source nor a party of the case is unknown provenance: media rank, not monitor."""
    event = gao("a jihadist channel on Telegram")
    assert note(event, "monitor/m1") == "a media or analyst figure"
    assert (figure(event).low, figure(event).best, figure(event).high) == (4, 4, 15)
    # Without the army's own figure, the lowest media/analyst figure is best, not the relayed 15.
    alone = event_of(claim("acled/a1", 9), claim("monitor/m1", 15, relays="a jihadist channel on Telegram"))
    assert (figure(alone).low, figure(alone).best, figure(alone).high) == (9, 9, 15)


def test_a_name_holding_a_party_is_that_partys_word() -> None:
    """JNIM's media arm names JNIM: its claim of Malian dead is a claim about its enemy's losses."""
    assert note(gao("JNIM az-Zallaqa media"), "monitor/m1") == "a claim about the enemy's losses"


def test_relaying_unknown_is_not_a_party() -> None:
    """``relays: unknown`` names nobody: unknown provenance, not the reserved party value."""
    assert note(gao("unknown"), "monitor/m1") == "a media or analyst figure"


def test_a_monitor_counting_itself_keeps_its_rank() -> None:
    """The monitor's own count (no relay) still ranks first, and a relay of the monitor is the monitor's word."""
    own = event_of(claim("fama/f1", 4), claim("acled/a1", 9), claim("monitor/m1", 15))
    assert note(own, "monitor/m1") == MONITOR_NOTE
    assert figure(own).best == 15
    relayed = event_of(claim("fama/f1", 4), claim("radio/r1", 15, relays="monitor"))
    assert note(relayed, "radio/r1") == MONITOR_NOTE


def test_a_relayed_party_is_one_side_with_the_party_for_independence() -> None:
    """A relay of JNIM and the army are opposed sides, each one origin: the relayed origin speaks for JNIM."""
    event = gao("jnim")
    sides = {group.origins: group.sides for group in event.origins}
    assert sides[("relayed: jnim",)] == ("jnim",)


PARTY_NAMES = st.sampled_from(["jnim", "JNIM", "gsim", "GSIM", "Jama'at Nusrat al-Islam wal-Muslimin"])
FIGURE_PARTY = st.sampled_from(["mali", "wagner", "jnim"])
COUNTS = st.lists(st.integers(0, 60), min_size=3, max_size=3)


@given(name=PARTY_NAMES, party=FIGURE_PARTY, counts=COUNTS)
def test_a_relayed_party_counts_as_a_source_speaking_for_it(name: str, party: str, counts: list[int]) -> None:
    """Law: relaying a party (any of its names) gives the range a source speaking for that party would get."""
    a, b, c = counts
    relayed = event_of(claim("fama/f1", a, party=party), claim("acled/a1", b, party=party),
                       claim("monitor/m1", c, party=party, relays=name))
    speaking = Source("monitor", "A jihadist media monitor", "belligerent", speaks_for="jnim")
    direct_claims = (claim("fama/f1", a, party=party), claim("acled/a1", b, party=party),
                     claim("monitor/m1", c, party=party))
    direct_case = Case("t", "Test", PARTIES, (*SOURCES[:1], speaking, *SOURCES[2:]), direct_claims)
    direct = merge_group(direct_case, Group("e", tuple(x.global_id for x in direct_claims)), gazetteer=NO_PLACES)
    got, want = figure(relayed, party), figure(direct, party)
    assert (got.low, got.best, got.high) == (want.low, want.best, want.high)
    assert [v.note for v in got.values] == [v.note for v in want.values]


@given(name=st.text(min_size=1, max_size=12).filter(lambda s: s.strip()), counts=COUNTS)
def test_a_monitor_relay_never_gets_a_monitor_rank(name: str, counts: list[int]) -> None:
    """Law: whatever name a monitor relays (other than a monitor of the case), its figure is not a monitor's."""
    a, b, c = counts
    event = event_of(claim("fama/f1", a), claim("acled/a1", b), claim("monitor/m1", c, relays=name))
    assert all(v.note != MONITOR_NOTE for f in event.casualties for v in f.values)


CASE_YAML = """case: t
title: Test
parties:
  - {id: mali, name: Mali, aliases: [FAMa]}
  - {id: jnim, name: JNIM, aliases: [GSIM]}
"""


def test_the_loaded_case_labels_the_relayed_figure(tmp_path: Path) -> None:
    """From claim files to reconciliation.json: the relayed 15 is JNIM's claim, and best is the army's 4."""
    (tmp_path / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
    (tmp_path / "fama.yaml").write_text(
        "source: {id: fama, name: FAMa staff, kind: belligerent, speaks_for: mali}\n"
        "claims:\n"
        "  - {id: f1, stated: 2023-03-03, quote: 4 soldiers fell, date: 2023-03-03, place: Gao,\n"
        "     casualties: [{party: mali, category: soldiers, killed: 4}]}\n", encoding="utf-8")
    (tmp_path / "monitor.json").write_text(json.dumps({
        "source": {"id": "monitor", "name": "Media monitor", "kind": "monitor"},
        "claims": [{"id": "m1", "stated": "2023-03-04", "relays": "GSIM", "quote": "GSIM claimed 15 killed",
                    "date": "2023-03-03", "place": "Gao",
                    "casualties": [{"party": "mali", "category": "soldiers", "killed": 15}]}]}), encoding="utf-8")
    result = reconcile(load_case(tmp_path))
    (event,) = result.events
    fig = figure(event)
    assert (fig.low, fig.best, fig.high) == (4, 4, 15)
    assert note(event, "monitor/m1") == "a claim about the enemy's losses"
    assert any("one that relays a party of the case" in line for line in result.methodology)
