"""Two merge defects found by QA of a Cabo Delgado case (docs/merge-rules.md sections 4 and 5).

- A denial narrowed a multi-day event's date: an outlet's relayed ministry denial dated 12 August shrank the 5–12
  August 2020 offensive on Mocímboa da Praia to "12 August 2020". A denial says the incident did not happen (or not
  as told), not when it happened: the asserting claims date the event, and a denial takes part in no date conflict.
- Allies named as initiators gave an attribution conflict: the Mozambican ministry and the Rwanda Defence Force
  (parties declared aligned) each naming their own forces as the attacker of a joint operation made the event
  "contested". Aligned parties are one side: initiators of one side agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
from hypothesis import example, given

from reconcile.merge import merge_group
from reconcile.models import Case, Claim, DateSpan, Event, Group, Party, Source
from reconcile.places import Gazetteer
from tests.test_merge import BASE_SOURCES, NEW_SOURCES, claim, claim_lists, event_of, merged, summaries

PARTIES = (
    Party("mozambique", "Mozambique"),
    Party("rwanda", "Rwanda", aligned_with=("mozambique",)),
    Party("is", "Islamic State"),
)
SOURCES = (
    Source("mdn", "Ministry of National Defence of Mozambique", "belligerent", speaks_for="mozambique"),
    Source("rdf", "Rwanda Defence Force", "belligerent", speaks_for="rwanda"),
    Source("amaq", "Amaq", "belligerent", speaks_for="is"),
    Source("zitamar", "Zitamar News", "media"),
    Source("lusa", "Lusa", "media"),
    Source("cabo-ligado", "Cabo Ligado", "monitor"),
)
NO_PLACES = Gazetteer(())


def _claim(gid: str, start: str, end: str | None = None, **fields: object) -> Claim:
    source, _, cid = gid.partition("/")
    first = dt.date.fromisoformat(start)
    last = dt.date.fromisoformat(end) if end else first
    span = DateSpan(first, last, "day" if first == last else "range")
    return Claim(source=source, id=cid, stated=last, quote="q", date=span, place="Mocímboa da Praia",
                 **fields)  # type: ignore[arg-type]


def _event(*claims: Claim) -> Event:
    case = Case("cabo-delgado", "Cabo Delgado", PARTIES, SOURCES, claims, ())
    return merge_group(case, Group("e", tuple(c.global_id for c in claims)), gazetteer=NO_PLACES)


def _span(event: Event) -> tuple[str, str, str]:
    return event.date.start.isoformat(), event.date.end.isoformat(), event.date.precision


# --- a denial is no evidence of when -----------------------------------------------------------------------------

OFFENSIVE = (
    _claim("amaq/offensive", "2020-08-05", "2020-08-12", initiator="is"),
    _claim("cabo-ligado/weekly", "2020-08-05", "2020-08-12"),
    _claim("lusa/port", "2020-08-05", "2020-08-12"),
)


def test_a_relayed_denial_does_not_narrow_the_offensive() -> None:
    """Several sources date the offensive 5–12 August; Zitamar's relay of the ministry's denial that the port fell,
    dated 12 August, made the event "12 August 2020"."""
    denial = _claim("zitamar/gov", "2020-08-12", stance="denies", relays="mdn")
    event = _event(*OFFENSIVE, denial)
    assert _span(event) == ("2020-08-05", "2020-08-12", "range")
    assert [(c.kind, c.claims) for c in event.conflicts] == [
        ("existence", (c.global_id, "zitamar/gov")) for c in sorted(OFFENSIVE, key=lambda c: c.global_id)
    ]


def test_a_denial_dated_the_day_after_is_no_date_conflict() -> None:
    """A denial dated the day it was made (13 August) answers the report of the 12th: it disagrees that the incident
    happened (the existence conflict), not on its date; and the event stays on the 12th, not the 12th–13th."""
    event = _event(_claim("zitamar/own", "2020-08-12"), _claim("mdn/denial", "2020-08-13", stance="denies"))
    assert _span(event) == ("2020-08-12", "2020-08-12", "day")
    assert [c.kind for c in event.conflicts] == ["existence"]


def test_a_denial_of_the_figures_does_not_date_the_incident() -> None:
    """A source that asserts the incident and denies something about it dates it by its assertion."""
    event = event_of(
        claim("am-mod/a", date="2012-06-01", until="2012-06-07"),
        claim("az-mod/a", date="2012-06-01", until="2012-06-07"),
        claim("az-mod/b", stance="denies", date="2012-06-09"),
    )
    assert (event.date.start, event.date.end) == (dt.date(2012, 6, 1), dt.date(2012, 6, 7))
    assert event.conflicts == ()


def test_denials_alone_date_the_event() -> None:
    """Where every counted claim is a denial, the denials' days are all there is: their intersection, as before;
    denials that do not meet give the span covering them, and no date conflict (they deny it, they do not date it).
    A source that takes its report back with a denial leaves the denial to date the event."""
    event = _event(_claim("mdn/a", "2020-08-10", "2020-08-14", stance="denies"),
                   _claim("rdf/b", "2020-08-12", stance="denies"))
    assert (_span(event), event.grade) == (("2020-08-12", "2020-08-12", "day"), "denied")
    apart = _event(_claim("mdn/a", "2020-08-10", stance="denies"), _claim("amaq/b", "2020-08-12", stance="denies"))
    assert (_span(apart), apart.conflicts) == (("2020-08-10", "2020-08-12", "range"), ())
    back = _event(_claim("mdn/first", "2020-08-05", "2020-08-12"),
                  _claim("mdn/back", "2020-08-12", stance="denies", supersedes=("mdn/first",)))
    assert _span(back) == ("2020-08-12", "2020-08-12", "day")


def test_two_assertions_still_disagree_on_the_date() -> None:
    """Assertions whose spans share no day still conflict, and a denial dated apart from both adds no date conflict
    and leaves the event's span to them."""
    event = _event(_claim("amaq/a", "2020-08-05"), _claim("lusa/b", "2020-08-09"),
                   _claim("mdn/c", "2020-08-10", stance="denies"))
    assert [c.claims for c in event.conflicts if c.kind == "date"] == [("amaq/a", "lusa/b")]
    assert _span(event) == ("2020-08-05", "2020-08-09", "range")


def _denials(claims: Sequence[Claim]) -> list[Claim]:
    return [attrs.evolve(c, id=f"new{k}", stance="denies") for k, c in enumerate(claims)]


@given(claim_lists(BASE_SOURCES), claim_lists(NEW_SOURCES, min_size=1))
@example(  # the offensive: a denial dated its last day made the event that day
    [claim("am-mod/c0", date="2012-06-03", until="2012-06-05"),
     claim("osce/c1", date="2012-06-03", until="2012-06-05")],
    [claim("wire/c0", date="2012-06-05")],
)
@example([claim("am-mod/c0", date="2012-06-04")], [claim("wire/c0", date="2012-06-05")])
def test_denials_of_new_sources_change_no_date(base: list[Claim], extra: list[Claim]) -> None:
    """Denials of sources not yet in the event neither move the date of an event that an assertion dates nor add or
    remove a date conflict."""
    before, after = merged(base), merged([*base, *_denials(extra)])
    if any(c.stance == "asserts" and c.global_id not in before.superseded for c in base):
        assert after.date == before.date
    assert summaries(after, "date") == summaries(before, "date")


# --- allies name one side -----------------------------------------------------------------------------------------


def test_allies_naming_their_own_forces_agree_on_the_attacker() -> None:
    """The joint operation to retake Mocímboa da Praia in August 2021: the ministry names Mozambique's forces, the
    RDF its own; the two parties are aligned, so nobody disagrees on who started it. The ministry and the RDF are one
    side, so the event rests on one origin group: single-source, not contested."""
    event = _event(_claim("mdn/retaken", "2021-08-08", initiator="mozambique"),
                   _claim("rdf/retaken", "2021-08-08", initiator="rwanda"))
    assert (event.conflicts, event.grade) == ((), "single-source")
    assert event.initiators == (("mdn/retaken", "mozambique"), ("rdf/retaken", "rwanda"))


def test_the_other_side_as_initiator_still_disagrees_with_each_ally() -> None:
    """Amaq claims the attack for the Islamic State: that disagrees with each ally's account, by name."""
    event = _event(_claim("mdn/retaken", "2021-08-08", initiator="mozambique"),
                   _claim("rdf/retaken", "2021-08-08", initiator="rwanda"),
                   _claim("amaq/attack", "2021-08-08", initiator="is"))
    assert summaries(event, "attribution") == [
        "Amaq says Islamic State started it; Ministry of National Defence of Mozambique says Mozambique did.",
        "Amaq says Islamic State started it; Rwanda Defence Force says Rwanda did.",
    ]
    assert event.grade == "contested"


def test_the_nkr_and_armenia_as_attacker_are_one_side() -> None:
    """In the seed's terms: a claim naming the NKR and one naming Armenia as the attacker agree; either against
    Azerbaijan disagrees."""
    agreed = event_of(claim("az-mod/a", initiator="armenia"), claim("osce/b", initiator="nkr"))
    assert summaries(agreed, "attribution") == []
    against = event_of(claim("nkr-mod/a", initiator="azerbaijan"), claim("osce/b", initiator="nkr"))
    assert summaries(against, "attribution") == [
        "Ministry of Defence of the Nagorno-Karabakh Republic says Azerbaijan started it; OSCE monitors says "
        "Nagorno-Karabakh Republic did."
    ]


def _as_armenia(claims: Sequence[Claim]) -> list[Claim]:
    return [attrs.evolve(c, initiator="armenia") if c.initiator == "nkr" else c for c in claims]


@given(claim_lists(BASE_SOURCES + NEW_SOURCES))
@example([claim("az-mod/c0", initiator="armenia"), claim("osce/c1", initiator="nkr")])
def test_attribution_conflicts_are_between_sides(claims: list[Claim]) -> None:
    """Naming the NKR or Armenia, its ally, gives the same attribution conflicts between the same claims."""
    def pairs(event: Event) -> list[tuple[str, ...]]:
        return [c.claims for c in event.conflicts if c.kind == "attribution"]

    assert pairs(merged(claims)) == pairs(merged(_as_armenia(claims)))
