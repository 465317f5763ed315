"""The seed case end to end: what a reader of the founding article expects the reconciliation to say."""

from __future__ import annotations

import pytest

from reconcile import load_case, reconcile
from reconcile.models import Event, Reconciliation

from .conftest import SEED


@pytest.fixture(scope="module")
def result() -> Reconciliation:
    return reconcile(load_case(SEED))


def event_of(result: Reconciliation, claim: str) -> Event:
    (event,) = [e for e in result.events if claim in e.claims]
    return event


def test_every_claim_is_in_exactly_one_event(result: Reconciliation) -> None:
    """Nothing is lost and nothing is counted twice."""
    placed = [c for e in result.events for c in e.claims]
    assert sorted(placed) == sorted(c.global_id for c in result.case.claims)
    assert result.rejected == ()


def test_june_4_event_carries_an_attribution_conflict(result: Reconciliation) -> None:
    """Armenia blames Azerbaijan for 4 June; Azerbaijan's denial blames the Armenian army itself."""
    event = event_of(result, "am-mod/am-2012-06-04")
    assert "az-mod/az-denial-2012-06-04" in event.claims
    assert "attribution" in {c.kind for c in event.conflicts}
    assert "existence" in {c.kind for c in event.conflicts}


def test_june_5_azerbaijani_dead_best_five_with_the_denial_superseded(result: Reconciliation) -> None:
    """Both sides' figures count (4 from Armenia, 4 + 1 from Azerbaijan); the denial is superseded; best is 5."""
    event = event_of(result, "am-mod/am-2012-06-05")
    assert {"az-mod/az-confirm-2012-06-05", "az-mod/az-fifth-2012-06-05", "az-mod/az-denial-2012-06-05"} <= set(
        event.claims)
    assert event.superseded == ("az-mod/az-denial-2012-06-05",)
    (killed,) = [f for f in event.casualties if (f.party, f.measure) == ("azerbaijan", "killed")]
    assert (killed.low, killed.best, killed.high) == (5, 5, 5)
    counted_sources = {v.source for v in killed.values if v.counted}
    assert counted_sources == {"am-mod", "az-mod"}
    assert all(not v.counted for v in killed.values if v.claim == "az-mod/az-denial-2012-06-05")
    assert "attribution" in {c.kind for c in event.conflicts}
    assert "existence" not in {c.kind for c in event.conflicts}


def test_june_5_is_placed_on_both_sides_of_the_border(result: Reconciliation) -> None:
    """Voskepar (Armenia) and Aşağı Əskipara (Azerbaijan) are a location conflict: each side's own soil."""
    event = event_of(result, "am-mod/am-2012-06-05")
    location = [c for c in event.conflicts if c.kind == "location"]
    assert location
    assert any("Voskepar" in c.summary and "Əskipara" in c.summary for c in location)


def test_horadiz_stands_alone_and_is_single_source(result: Reconciliation) -> None:
    """The NKR claim at Horadiz on 6 June is its own single-source event; Panorama's next-day report is apart."""
    event = event_of(result, "nkr-mod/nkr-2012-06-06")
    assert event.claims == ("nkr-mod/nkr-2012-06-06",)
    assert event.grade == "single-source"


def test_karmiraghbyur_reports_join(result: Reconciliation) -> None:
    """The wounding at Nerkin Karmirarghbyur and the OSCE visit to Nerkin Karmiraghbyur are one event."""
    event = event_of(result, "armenian-media/media-wounding-2012-06-01")
    assert "osce/osce-2012-06-02" in event.claims
    assert event.grade == "corroborated"


def test_period_totals_are_not_swallowed(result: Reconciliation) -> None:
    """'63 killed since 2011' and the infobox totals stay apart from every clash."""
    for claim in ("article/since-2011", "article/infobox-totals"):
        assert event_of(result, claim).claims == (claim,)
