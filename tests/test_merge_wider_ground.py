"""A claim that covers more ground than another of its event: a monitor's round-up of one night's strikes on several
cities joins the event of the strike on one of them, and its toll counts the other cities' dead too
(`reconcile.merge._beyond`, docs/merge-rules.md section 1)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from reconcile.merge import merge_group
from reconcile.models import (
    Case,
    Casualties,
    Claim,
    Count,
    DateSpan,
    Event,
    Figure,
    GazetteerEntry,
    Group,
    Party,
    Source,
)
from reconcile.places import Gazetteer

PARTIES = (Party("ukraine", "Ukraine"), Party("russia", "Russia"))
SOURCES = (
    Source("un", "UN monitoring mission", "monitor"),
    Source("city", "City military administration", "belligerent", speaks_for="ukraine"),
    Source("wire", "Wire agency", "media"),
    Source("region", "Regional administration", "belligerent", speaks_for="ukraine"),
)
NO_PLACES = Gazetteer(())
# Two cities 390 km apart, and a village 6 km from the first.
CITIES = (
    GazetteerEntry("north", "Northton", country="ukraine", lat=50.45, lon=30.52),
    GazetteerEntry("south", "Southport", country="ukraine", lat=47.91, lon=33.39),
    GazetteerEntry("hamlet", "Hamletsk", country="ukraine", lat=50.49, lon=30.45),
)
CITIES_GAZETTEER = Gazetteer(CITIES)


def claim(gid: str, place: str, killed: int | tuple[int, int | None] | None, *, stated: str = "2024-07-09",
          wounded: int | None = None) -> Claim:
    source, cid = gid.split("/")
    low, high = (killed, killed) if isinstance(killed, int) else killed if killed else (0, 0)
    casualties = ()
    if killed is not None or wounded is not None:
        casualties = (Casualties(
            "ukraine", "civilians",
            killed=Count(low, high, str(killed)) if killed is not None else None,
            wounded=Count(wounded, wounded, str(wounded)) if wounded is not None else None,
        ),)
    day = dt.date(2024, 7, 8)
    return Claim(source=source, id=cid, stated=dt.date.fromisoformat(stated), quote="...",
                 date=DateSpan(day, day, "day", "2024-07-08"), place=place, initiator="russia",
                 casualties=casualties)


def event_of(claims: Sequence[Claim], gazetteer: Gazetteer = NO_PLACES,
             places: tuple[GazetteerEntry, ...] = ()) -> Event:
    case = Case("test", "Test case", PARTIES, SOURCES, tuple(claims), places)
    return merge_group(case, Group("e1", tuple(c.global_id for c in claims)), gazetteer=gazetteer)


def killed(event: Event, measure: str = "killed") -> Figure:
    (found,) = [f for f in event.casualties if f.measure == measure]
    return found


def casualty_conflicts(event: Event) -> list[tuple[str, str]]:
    return [c.claims for c in event.conflicts if c.kind == "casualties"]


ROUND_UP = "Kyiv, Kryvyi Rih, Dnipro and Pokrovsk"


def test_a_round_up_of_several_cities_does_not_set_one_citys_toll() -> None:
    event = event_of([claim("un/u1", ROUND_UP, (43, None)), claim("city/c1", "Київ", 33)])
    figure = killed(event)
    assert (figure.low, figure.best, figure.high) == (33, 33, 33)
    (wide,) = [v for v in figure.values if v.claim == "un/u1"]
    assert not wide.counted
    assert "beyond those of city/c1 (Kryvyi Rih, Dnipro, Pokrovsk)" in wide.note
    assert "not counted in the range" in wide.note
    assert casualty_conflicts(event) == []  # 43 across four cities and 33 in one can both be true


def test_a_round_up_below_one_of_its_parts_is_a_conflict_and_counts() -> None:
    # Counting no more than the part, it is no total of other incidents: it stays in the range.
    event = event_of([claim("un/u1", ROUND_UP, 20), claim("city/c1", "Kyiv", 33)])
    assert casualty_conflicts(event) == [("city/c1", "un/u1")]
    figure = killed(event)
    assert all(v.counted for v in figure.values)
    assert (figure.low, figure.best) == (20, 20)


def test_a_place_another_claim_names_is_the_events_ground() -> None:
    # The regional administration reports from Dnipro in the same event: the round-up covers no more than the event.
    event = event_of([claim("un/u1", "Kyiv and Dnipro", 43), claim("city/c1", "Kyiv", 33),
                      claim("region/r1", "Dnipro", None)])
    figure = killed(event)
    assert all(v.counted for v in figure.values)
    assert casualty_conflicts(event) == [("city/c1", "un/u1")]


def test_two_claims_naming_as_many_places_cover_the_same_ground() -> None:
    event = event_of([claim("un/u1", "Kyiv and Dnipro", 43), claim("wire/w1", "Kyiv and Kharkiv", 30)])
    assert all(v.counted for v in killed(event).values)
    assert casualty_conflicts(event) == [("un/u1", "wire/w1")]


def test_a_town_the_other_claim_is_in_is_common_ground() -> None:
    # "Okhmatdyt children's hospital, Kyiv": the hospital is in the Kyiv of the round-up.
    event = event_of([claim("un/u1", ROUND_UP, 43), claim("wire/w1", "Okhmatdyt children's hospital, Kyiv", 2)])
    assert not next(v for v in killed(event).values if v.claim == "un/u1").counted
    assert casualty_conflicts(event) == []


def test_the_only_figure_of_its_kind_counts_with_a_caution() -> None:
    # Only the round-up gives the wounded: the event keeps its figure, and the note says it may count more.
    event = event_of([claim("un/u1", ROUND_UP, 43, wounded=190), claim("city/c1", "Kyiv", 33)])
    wounded = killed(event, "wounded")
    assert (wounded.low, wounded.best, wounded.high) == (190, 190, 190)
    (value,) = wounded.values
    assert value.counted
    assert value.note.startswith("a neutral monitor's figure; it names places beyond those of city/c1")


def test_distances_decide_where_the_gazetteer_knows_the_places() -> None:
    far = event_of([claim("un/u1", "Northton and Southport", 43), claim("city/c1", "Northton", 33)],
                   CITIES_GAZETTEER, CITIES)
    assert not next(v for v in killed(far).values if v.claim == "un/u1").counted
    near = event_of([claim("un/u1", "Northton and Hamletsk", 43), claim("city/c1", "Northton", 33)],
                    CITIES_GAZETTEER, CITIES)
    assert all(v.counted for v in killed(near).values)  # a village 6 km away names the same clash
    assert casualty_conflicts(near) == [("city/c1", "un/u1")]


def test_a_name_the_gazetteer_does_not_know_is_not_known_to_lie_beyond() -> None:
    event = event_of([claim("un/u1", "Northton and Zabolottia", 43), claim("city/c1", "Northton", 33)],
                     CITIES_GAZETTEER, CITIES)
    assert all(v.counted for v in killed(event).values)
    assert casualty_conflicts(event) == [("city/c1", "un/u1")]


@given(st.permutations(range(4)))
def test_the_result_does_not_depend_on_the_order_of_the_claims(order: list[int]) -> None:
    claims = [claim("un/u1", ROUND_UP, 43), claim("city/c1", "Kyiv", 33), claim("wire/w1", "Kyiv", 31),
              claim("region/r1", "Kyiv and Dnipro", 40)]
    event = event_of([claims[i] for i in order])
    assert event == event_of(claims)
    figure = killed(event)
    # Dnipro is the round-up's and the region's: the region's claim covers no ground the event lacks.
    assert {v.claim for v in figure.values if not v.counted} == {"un/u1"}
    assert (figure.low, figure.high) == (31, 40)
