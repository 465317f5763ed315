"""A party's own civilian toll is read by whom its claim blames: an accusation against another side is a partisan
figure (a ceiling, never the floor or the best beside a neutral count), a toll its own side is blamed for is an
admission, and a "none" where it names its own side clears itself and is no admission either."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.merge import DEFAULT_RULES, merge_group
from reconcile.models import Case, Casualties, Category, Claim, Count, DateSpan, Event, Figure, Group, Party, Source
from reconcile.places import Gazetteer

PARTIES = (
    Party("gov", "Government", aliases=("national army",)),
    Party("militia", "Militia", aliases=("the rebels",), aligned_with=("gov",)),
    Party("rebels", "Rebel Front", aliases=("RF",)),
)
SOURCES = (
    Source("ministry", "Ministry of Information", "belligerent", speaks_for="gov"),
    Source("front", "Rebel Front press office", "belligerent", speaks_for="rebels"),
    Source("monitor", "Human rights monitor", "monitor"),
    Source("wire", "Wire agency", "media"),
)
NO_PLACES = Gazetteer(())
DAY = dt.date(2022, 11, 30)
PARTISAN_NOTE = "a figure in its source's side's interest (it blames another side, or clears its own): not an " \
                "admission"
OWN_NOTE = "the party's own figure"


def count(low: int, high: int | None, text: str | None = None) -> Count:
    return Count(low, high, text if text is not None else (str(low) if low == high else f"{low} to {high}"))


def claim(gid: str, killed: Count, *, party: str = "gov", category: Category = "civilians", **fields: Any) -> Claim:
    source, cid = gid.split("/")
    return Claim(source=source, id=cid, stated=DAY, quote=gid, date=DateSpan(DAY, DAY, "day"), place="Hilltown",
                 casualties=(Casualties(party, category, killed=killed),), **fields)


def event_of(*claims: Claim) -> Event:
    case = Case("t", "Test", PARTIES, SOURCES, claims)
    return merge_group(case, Group("e", tuple(c.global_id for c in claims)), gazetteer=NO_PLACES)


def figure(event: Event, party: str = "gov") -> Figure:
    (found,) = [f for f in event.casualties if f.party == party]
    return found


def span(found: Figure) -> tuple[int, int, int | None]:
    return found.low, found.best, found.high


def note(found: Figure, gid: str) -> str:
    (value,) = [v for v in found.values if v.claim == gid and v.counted]
    return value.note


def test_an_accusation_is_no_floor_beside_a_monitor() -> None:
    """The government blames the rebels for 272 civilian dead; a monitor counts about 100: the cautious reading is
    the monitor's, and the government's toll is the high end, not outside."""
    found = figure(event_of(
        claim("ministry/m1", count(272, 272), initiator="rebels"),
        claim("monitor/u1", count(80, 120, "about 100"), initiator="rebels"),
    ))
    assert span(found) == (80, 80, 272)
    assert not any(v.outside for v in found.values)
    assert note(found, "ministry/m1") == PARTISAN_NOTE


def test_an_accusation_is_no_best_beside_an_outlet() -> None:
    """Without a monitor, an independent outlet's precise figure is the best, the accusation the high end."""
    found = figure(event_of(
        claim("ministry/m1", count(40, 40), initiator="rebels"),
        claim("wire/w1", count(12, 12), initiator="rebels"),
    ))
    assert span(found) == (12, 12, 40)


def test_between_two_belligerents_the_lower_toll_is_the_best() -> None:
    """The government blames the rebels for 40 civilian dead; the rebels say 6 died: with no neutral count, the
    best is the lower of the two partisan figures (the conservative reading) and the range spans both."""
    found = figure(event_of(
        claim("ministry/m1", count(40, 40), initiator="rebels"),
        claim("front/f1", count(6, 6), initiator="gov"),
    ))
    assert span(found) == (6, 6, 40)


def test_an_aligned_party_blamed_is_the_own_side() -> None:
    """Civilians the government says its own aligned militia killed are an admission: the floor and the best."""
    found = figure(event_of(
        claim("ministry/m1", count(5, 5), initiator="militia"),
        claim("wire/w1", count(3, 3)),
    ))
    assert span(found) == (5, 5, 5)
    assert note(found, "ministry/m1") == OWN_NOTE


def test_a_denial_that_clears_its_own_side_is_no_best() -> None:
    """The army denies killing any civilians in its own operation; two outlets say about 30: the zero is not an
    admission, so the best is the outlets' figure and the zero stays in the range as its low end."""
    event = event_of(
        claim("ministry/d1", count(0, 0, "none"), initiator="gov", stance="denies"),
        claim("wire/w1", count(24, 36, "about 30"), initiator="gov"),
    )
    found = figure(event)
    assert span(found) == (0, 24, 36)
    assert note(found, "ministry/d1") == PARTISAN_NOTE
    assert {c.kind for c in event.conflicts} >= {"casualties"}


def test_a_toll_its_own_side_is_blamed_for_is_an_admission() -> None:
    """The army concedes its strike killed 2 civilians; an outlet says 9: the concession is the floor and best."""
    found = figure(event_of(
        claim("ministry/a1", count(2, 2), initiator="gov"),
        claim("wire/w1", count(9, 9), initiator="gov"),
    ))
    assert span(found) == (2, 2, 9)
    assert note(found, "ministry/a1") == OWN_NOTE


def test_a_toll_that_blames_nobody_is_the_own_side() -> None:
    """No initiator, or "unknown": the claim accuses no one, so the toll stays the party's own figure."""
    for blamed in (None, "unknown"):
        found = figure(event_of(claim("ministry/m1", count(6, 6), initiator=blamed), claim("wire/w1", count(9, 9))))
        assert span(found) == (6, 6, 9)
        assert note(found, "ministry/m1") == OWN_NOTE


def test_soldiers_killed_by_the_enemy_stay_an_admission() -> None:
    """A side's soldiers killed are its loss whoever killed them: the blame does not change their role."""
    found = figure(event_of(
        claim("ministry/m1", count(4, 4), category="soldiers", initiator="rebels"),
        claim("front/f1", count(30, 30), category="soldiers", initiator="rebels"),
    ))
    assert span(found) == (4, 4, 30)
    assert note(found, "ministry/m1") == OWN_NOTE


def test_the_rule_is_described() -> None:
    text = " ".join(DEFAULT_RULES.describe())
    assert "partisan figures, not admissions" in text
    assert "accusation, not an admission" in text


FIGURES = st.integers(0, 400)


@given(accused=FIGURES, monitor_low=FIGURES, spread=st.integers(0, 40))
@example(accused=272, monitor_low=80, spread=40)
@example(accused=0, monitor_low=3, spread=0)
def test_an_accusation_never_floors_nor_picks_the_best(accused: int, monitor_low: int, spread: int) -> None:
    """Law: beside a monitor's precise count, an own-side accusation is the best only where it is the monitor's;
    low is the lower of the two, high the higher, and neither is outside."""
    monitor = count(monitor_low, monitor_low + spread)
    found = figure(event_of(
        claim("ministry/m1", count(accused, accused), initiator="rebels"),
        claim("monitor/u1", monitor, initiator="rebels"),
    ))
    assert span(found) == (min(accused, monitor_low), monitor_low, max(accused, monitor_low + spread))
    assert not any(v.outside for v in found.values)


@given(toll=FIGURES, other=FIGURES, blamed=st.sampled_from(["gov", "militia", "rebels", "unknown", None]))
@example(toll=0, other=30, blamed="gov")
def test_only_a_toll_that_costs_the_side_is_a_floor(toll: int, other: int, blamed: str | None) -> None:
    """Law: the party's own civilian toll floors the range exactly when it concedes something (its side or an ally
    blamed, a toll above none) or blames nobody."""
    found = figure(event_of(
        claim("ministry/m1", count(toll, toll), initiator=blamed),
        claim("wire/w1", count(other, other)),
    ))
    admission = blamed in (None, "unknown") or (blamed in ("gov", "militia") and toll > 0)
    assert (note(found, "ministry/m1") == OWN_NOTE) is admission
    if admission:
        assert span(found) == (toll, toll, max(toll, other))
    else:
        assert span(found) == (min(toll, other), other, max(toll, other))
