"""An English possessive of a state before the place it holds ("Ukraine's Kharkiv", "the Philippines' Palawan") is
read as an address writes it: the place, held by the state, not a name whose first word is the state."""

from __future__ import annotations

import pytest

from reconcile import places
from reconcile.match import MatchConfig

from .strategies import place_weight


@pytest.mark.parametrize(("text", "names"), [
    ("Ukraine's Kharkiv", ["Kharkiv", "Ukraine"]),
    ("near Ukraine’s Kharkiv", ["Kharkiv", "Ukraine"]),
    ("a village in Russia's Belgorod region", ["Belgorod", "Russia"]),
    ("Syria's Idlib province", ["Idlib", "Syria"]),
    ("the Philippines' Palawan", ["Palawan", "Philippines"]),
    ("South Sudan's Upper Nile state", ["Upper Nile", "South Sudan"]),
    ("Azerbaijan's Tovuz district", ["Tovuz", "Azerbaijan"]),
])
def test_a_states_possessive_holds_the_place(text: str, names: list[str]) -> None:
    found = places.mentions(text)
    assert [m.name for m in found] == names
    assert not found[0].broad
    assert found[-1].broad


@pytest.mark.parametrize(("text", "name"), [
    ("St. John's", "St John"),
    ("Martha's Vineyard", "Martha Vineyard"),
    ("Nerk'in Getashen", "Nerk'in Getashen"),
])
def test_other_possessives_and_apostrophes_stay_in_the_name(text: str, name: str) -> None:
    assert [m.name for m in places.mentions(text)] == [name]


def test_two_places_of_one_state_are_two_places() -> None:
    """The state's name is no word of the places' names: Idlib and Aleppo are two places, not two names alike."""
    assert place_weight("Syria's Idlib", "Syria's Aleppo") == MatchConfig().place_different
    assert place_weight("Ukraine's Kharkiv", "Kharkiv") == MatchConfig().place_same_name


def test_the_place_resolves_in_the_shipped_gazetteer() -> None:
    gazetteer = places.Gazetteer.default()
    (name, _state) = places.mentions("Azerbaijan's Tovuz district")
    assert gazetteer.resolve(name.name, region="Tovuz").entry is not None
