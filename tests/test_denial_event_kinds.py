"""A denial that names the kind of incident it denies is compared by it (docs/matching.md, "What a denial names").

Found on a Zaporizhzhia case: the Russian ministry's "no executions of prisoners took place near Rabotino" joined the
same day's shelling of Robotyne (one gazetteer place, one day: +9) and raised an existence conflict on the shelling,
as a denial's event was never compared. Each test of the denial's kind failed before the change, when a denial's
event weighed 0 whatever it named; the tests of bare denials and of a denial's alternative account keep the old rule.
"""

from __future__ import annotations

from typing import Any

import pytest

from reconcile.match import DENIED_KINDS, MatchConfig, event_type, names_denied_kind
from reconcile.models import Claim
from reconcile.pipeline import reconcile

from .test_match import case_of, claim, score, weight

CONFIG = MatchConfig()

SHELLING = {"event": "artillery shelling of the village", "initiator": "azerbaijan"}


def _denial(event: str | None, **fields: Any) -> Claim:
    return claim("az/denial", 0, "near Berdavan", stance="denies", event=event, **fields)


@pytest.mark.parametrize(("denied", "expected"), [
    ("execution of prisoners (denied)", CONFIG.event_denied_other),
    ("no executions of prisoners took place", CONFIG.event_denied_other),
    ("расстрел пленных — фейк", CONFIG.event_denied_other),
    ("artillery shelling", CONFIG.event_same),
    ("air strike", CONFIG.event_same),  # one type, shelling: fire from afar
    ("attack on a convoy", 0.0),  # a clash: compatible with a shelling
    ("kidnapping of villagers", 0.0),  # an abduction: of the combat family too
])
def test_a_denial_is_compared_by_the_kind_it_names(denied: str, expected: float) -> None:
    shelling = claim("am/shelling", 0, "Berdavan", **SHELLING)
    assert weight(score(_denial(denied), shelling), "event") == expected
    assert weight(score(shelling, _denial(denied)), "event") == expected


@pytest.mark.parametrize("denied", [
    None, "reports of the incident are false", "no civilians were killed", "fabricated report",
])
def test_a_bare_denial_still_matches_by_place_and_date(denied: str | None) -> None:
    shelling = claim("am/shelling", 0, "Berdavan", **SHELLING)
    pair = score(_denial(denied), shelling)
    assert weight(pair, "event") == 0.0
    assert pair.total >= CONFIG.match_threshold


@pytest.mark.parametrize("alternative", [
    "internal disagreements within the Armenian army (no cross-border incursion)",
    "a road accident", "suicide of a conscript", "the soldiers stepped on a landmine",
])
def test_the_account_a_denial_gives_instead_is_not_compared(alternative: str) -> None:
    """A non-combat or mine type is what the denying side says happened instead: it differs from the incident it
    answers by nature (the seed case's 4 June denial), so it counts neither for nor against."""
    incursion = claim("am/incursion", 0, "Berdavan", event="cross-border incursion", initiator="azerbaijan")
    assert weight(score(_denial(alternative), incursion), "event") == 0.0


def test_two_denials_of_different_kinds_are_two_incidents() -> None:
    a = claim("am/a", 0, "Berdavan", stance="denies", event="no shelling of Berdavan")
    b = claim("az/b", 0, "Berdavan", stance="denies", event="no executions of prisoners")
    assert weight(score(a, b), "event") == CONFIG.event_denied_other


def test_which_kinds_a_denial_names() -> None:
    assert {"incursion", "shelling", "bombing", "shooting", "clash", "abduction", "execution"} == DENIED_KINDS
    assert names_denied_kind(False, "noncombat")
    assert names_denied_kind(True, "execution")
    assert not any(names_denied_kind(True, kind) for kind in ("noncombat", "mine", "unknown", "casualty"))
    assert event_type("no executions of prisoners took place") == "execution"


def test_the_denial_of_executions_stays_apart_from_the_shelling() -> None:
    """Through the pipeline: the shelling stands alone with no existence conflict, and the denial is an event of its
    own (`denied`), not a dispute of the shelling."""
    shelling = claim("am/shelling", 0, "Berdavan", **SHELLING)
    denial = claim("az/denial", 0, "near Berdavan", stance="denies", initiator="armenia",
                   event="no executions of prisoners took place near Berdavan: the video is staged")
    events = reconcile(case_of(shelling, denial)).events
    assert sorted(tuple(e.claims) for e in events) == [("am/shelling",), ("az/denial",)]
    assert not [c for e in events for c in e.conflicts if c.kind == "existence"]


def test_the_denial_of_a_shelling_still_disputes_it() -> None:
    shelling = claim("am/shelling", 0, "Berdavan", **SHELLING)
    denial = claim("az/denial", 0, "near Berdavan", stance="denies", event="shelling of Berdavan (denied)")
    (event,) = reconcile(case_of(shelling, denial)).events
    assert [c.kind for c in event.conflicts] == ["existence"]
