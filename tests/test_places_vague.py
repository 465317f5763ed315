"""An event's places leave out the names matching reads as vague ("the front line", "Armenian positions") where the
text names other places: "X near Y" makes Y a reference, and a vague X must not be the event's only place."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.match import VagueNames
from reconcile.models import Group, Party
from reconcile.places import place_lookups

from .test_merge import GAZETTEER, case_of, claim, merge_group

VAGUE = VagueNames.of(parties=(Party("armenia", "Armenia", ("Armenian",)), Party("azerbaijan", "Azerbaijan",
                                                                                 ("Azerbaijani",))))


@pytest.mark.parametrize(("text", "names"), [
    ("beyond the LoC near Uri", ["Uri"]),
    ("the front line near Avdiivka", ["Avdiivka"]),
    ("Armenian positions near Berdavan", ["Berdavan"]),
    ("Azerbaijani posts near Chinari", ["Chinari"]),
    ("on the contact line near Talish", ["Talish"]),
    ("the Line of Control near Poonch", ["Poonch"]),
    # unchanged: a specific place before "near" keeps the town after it a reference
    ("Konduga, près de Maidugouri", ["Konduga"]),
    ("near the villages of Berdavan and Chinari", ["Berdavan", "Chinari"]),
    # a text of vague names only keeps them: the event still has a place to show
    ("the LoC", ["LoC"]),
    ("along the front line", ["front line"]),
])
def test_vague_names_give_way_to_the_places_named(text: str, names: list[str]) -> None:
    assert [name for name, _region in place_lookups(text, None, vague=VAGUE)] == names


def test_without_the_vague_test_the_reading_is_as_before() -> None:
    assert [name for name, _ in place_lookups("the front line near Avdiivka", None)] == ["front line"]


@given(st.sampled_from(["Berdavan", "Chinari", "Voskepar", "Avdiivka", "Uri", "Gwoza"]),
       st.sampled_from(["the front line", "Armenian positions", "the LoC", "the contact line", "Azerbaijani posts"]),
       st.sampled_from(["near", "close to", "près de", "cerca de"]))
@example("Berdavan", "Armenian positions", "near")
def test_a_vague_name_before_near_never_hides_the_town(town: str, vague: str, near: str) -> None:
    found = [name for name, _ in place_lookups(f"{vague} {near} {town}", None, vague=VAGUE)]
    assert found == [town]


def test_merge_places_the_event_at_the_town_not_at_the_vague_words() -> None:
    """Merge reads the places as matching does, the case's party names among the vague words: "Armenia positions
    near Chinari" is an event at Chinari."""
    claims = (claim("az-mod/a", place="Armenia positions near Chinari"),
              claim("osce/b", place="the front line near Chinari"))
    event = merge_group(case_of(claims), Group("e1", tuple(c.global_id for c in claims)), gazetteer=GAZETTEER)
    assert {(p.claim, p.name) for p in event.places} == {("az-mod/a", "Chinari"), ("osce/b", "Chinari")}
    assert {p.resolved for p in event.places} == {"chinari"}
