"""A party named after a place does not make the place vague: "Donetsk" is the city, not the Donetsk People's
Republic; the whole name, a one-word name and the word for a party's people still name no place."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.match import MatchConfig, Scorer, VagueNames, claim_features
from reconcile.models import Party
from reconcile.places import Gazetteer

from .test_match import claim

PARTIES = (
    Party("dpr", "Donetsk People's Republic", aliases=("DPR", "DNR")),
    Party("ukraine", "Ukraine", aliases=("Armed Forces of Ukraine",)),
    Party("south-ossetia", "South Ossetia", aliases=("Tskhinvali regime",)),
    Party("azerbaijan", "Azerbaijan", aliases=("Azerbaijani Armed Forces",)),
    Party("sudan", "Sudan"),
    Party("israel", "Israel"),
)
VAGUE = VagueNames.of(parties=PARTIES)


@pytest.mark.parametrize("name", ["Donetsk", "Tskhinvali", "Ukrainka", "Sudairi", "Armed Forces Square"])
def test_a_word_inside_a_partys_name_is_a_place_alone(name: str) -> None:
    assert not VAGUE(name)


@pytest.mark.parametrize("name", [
    "Donetsk People's Republic", "DPR", "Tskhinvali regime", "Ukraine", "Ukrainian", "Ukrainians", "Azerbaijani",
    "Azerbaijani Armed Forces", "Sudanese", "Israeli", "Israelis", "Ukraine–Donetsk People's Republic",
])
def test_a_partys_name_and_its_peoples_word_name_no_place(name: str) -> None:
    assert VAGUE(name)


@given(st.sampled_from(["ka", "ovka", "sk", "opol", "ske"]))
@example("ka")
def test_only_the_english_peoples_endings_make_a_partys_word(tail: str) -> None:
    """Ukrainka, Ukrainovka … are villages; only Ukrainian(s) and its kin are the party's people."""
    assert not VAGUE("Ukrain" + tail)


def test_two_claims_at_the_city_of_a_partys_name_are_compared_by_place() -> None:
    """The claims at Donetsk meet as one place; before, "Donetsk" was a word of the DPR's name, so neither named a
    place and they scored as claims without one."""
    found = claim_features((claim("ua/a", 0, "Donetsk"), claim("osce/b", 0, "Donetsk")), gazetteer=Gazetteer(()),
                           parties=PARTIES)
    assert all(f.places for f in found)
    assert Scorer(found)._place(found[0], found[1], True)[1] == MatchConfig().place_same_name
