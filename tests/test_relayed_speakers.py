"""A relayed speaker named by its party ("porte-parole des FARDC", "Armenian MoD spokesman", "M-23 spokesman"):
the side's word, never an independent witness beside the party's own statement; a name of two parties or of none
is still of unknown provenance."""

from __future__ import annotations

import pytest

from reconcile.independence import Alignment
from reconcile.merge import merge_group
from reconcile.models import Case, Claim, Event, Group, Party

from .test_independence import NO_PLACES, SOURCES, claim

PARTIES = (
    Party("armenia", "Armenia", aliases=("Armenian",)),
    Party("azerbaijan", "Azerbaijan", aliases=("Azerbaijani",)),
    Party("nkr", "Nagorno-Karabakh Republic", aligned_with=("armenia",)),
)


def event_of(*claims: Claim) -> Event:
    case = Case("t", "Test", PARTIES, SOURCES, tuple(claims))
    return merge_group(case, Group("e", tuple(c.global_id for c in claims)), gazetteer=NO_PLACES)


@pytest.mark.parametrize("relayed", [
    "Armenian MoD spokesman", "a spokesman of the Ministry of Defence of Armenia", "porte-parole (Armenia)",
    "пресс-секретарь, Armenia",
])
def test_a_speaker_named_by_its_party_is_one_origin_with_the_party(relayed: str) -> None:
    """Before, the wire's relay was a second independent origin beside the ministry: two witnesses of one word."""
    event = event_of(claim("am-mod/a"), claim("wire/b", relays=relayed))
    assert event.independent_origins == 1
    (group,) = event.origins
    assert group.sides == ("armenia",)
    assert Alignment(PARTIES, SOURCES).party_named_in(relayed) == "armenia"


def test_the_speaker_keeps_the_relaying_sources_rank() -> None:
    """The name tells whose side speaks, not what kind of speaker it is: a monitor's relay ranks as media."""
    said = Alignment(PARTIES, SOURCES).speaker(claim("osce/b", relays="Azerbaijani officials"))
    assert (said.origin, said.kind, sorted(said.sides)) == ("relayed: azerbaijani officials", "media", ["azerbaijan"])


@pytest.mark.parametrize("relayed", ["Armenian and Azerbaijani officials", "a ministry spokesman", "local residents"])
def test_two_parties_or_none_leave_the_relay_of_unknown_provenance(relayed: str) -> None:
    said = Alignment(PARTIES, SOURCES).speaker(claim("wire/b", relays=relayed))
    assert said.sides == frozenset()
    event = event_of(claim("am-mod/a"), claim("wire/b", relays=relayed))
    assert event.independent_origins == 2


def test_a_party_named_exactly_still_speaks_as_the_party() -> None:
    said = Alignment(PARTIES, SOURCES).speaker(claim("wire/b", relays="Azerbaijan"))
    assert (said.kind, sorted(said.sides)) == ("belligerent", ["azerbaijan"])


def test_an_aligned_party_named_speaks_for_its_alignment() -> None:
    """NKR is aligned with Armenia: an NKR spokesman relayed is not independent of the Armenian ministry."""
    event = event_of(claim("am-mod/a"), claim("news/b", relays="Nagorno-Karabakh Republic army spokesman"))
    assert event.independent_origins == 1
