"""An outlet that relays one side's word and then the other side's has passed on two words, not revised one: each
relayed figure counts as its origin's, and a relayed denial is not contradicted by a later relay of another
speaker (found on a DR Congo case: Actualite relaying the M23's 8 dead, then the FARDC's 272)."""

from __future__ import annotations

from reconcile.track_records import track_records

from .test_independence import claim, event_of, killed, reconciliation_of, record


def _values(event: object, party: str) -> list[tuple[str, int, bool, str]]:
    (figure,) = [f for f in event.casualties if f.party == party]  # type: ignore[attr-defined]
    return [(v.claim, v.count.low, v.counted, v.note) for v in figure.values]


def test_each_relayed_origin_keeps_its_latest_figure() -> None:
    event = event_of(
        claim("wire/a", stated="2012-06-05", relays="az-mod", casualties=(killed("armenia", 8),)),
        claim("wire/b", stated="2012-06-07", relays="am-mod", casualties=(killed("armenia", 27),)),
    )
    values = _values(event, "armenia")
    assert [(gid, low, counted) for gid, low, counted, _ in values] == [("wire/a", 8, True), ("wire/b", 27, True)]
    assert not any("earlier statement" in note for *_, note in values)


def test_the_same_origin_relayed_twice_is_still_a_revision() -> None:
    event = event_of(
        claim("wire/a", stated="2012-06-05", relays="am-mod", casualties=(killed("armenia", 8),)),
        claim("wire/b", stated="2012-06-07", relays="am-mod", casualties=(killed("armenia", 27),)),
    )
    values = _values(event, "armenia")
    assert [(gid, counted) for gid, _, counted, _ in values] == [("wire/a", False), ("wire/b", True)]
    assert "earlier statement: the source's latest figure is in wire/b" in values[0][3]


def test_a_relayed_denial_is_not_contradicted_by_another_speakers_account() -> None:
    rec = reconciliation_of({"e": [
        claim("wire/a", stated="2012-06-05", relays="az-mod", stance="denies"),
        claim("wire/b", stated="2012-06-07", relays="am-mod", casualties=(killed("armenia", 27),)),
    ]})
    found = record(track_records([rec]), "wire")
    assert (found.denials, found.contradicted, found.revised) == (1, 0, 0)


def test_a_relayed_denial_taken_back_by_its_speaker_is_contradicted() -> None:
    rec = reconciliation_of({"e": [
        claim("wire/a", stated="2012-06-05", relays="az-mod", stance="denies"),
        claim("wire/b", stated="2012-06-07", relays="az-mod"),
    ]})
    found = record(track_records([rec]), "wire")
    assert (found.denials, found.contradicted) == (1, 1)
