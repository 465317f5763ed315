"""Tests of address-style place texts, smallest place first ("Ain Zara, Tripoli"): the later pieces name places that
contain the incident's place, and two places of one city are not therefore one place."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.match import claim_features
from reconcile.models import Party
from reconcile.places import Gazetteer, mentions, split_places
from tests.strategies import place_claim, place_weight

PARTIES = (Party("gna", "Government of National Accord"), Party("lna", "Libyan National Army"))

# Invented one-word names, so that no gazetteer and no generic or direction word reads them.
NAMES = st.sampled_from(("Qarvenu", "Tolmasi", "Zindrava", "Obrekul", "Feshmari", "Ulvadoch", "Parsimet", "Kendrova"))


_claim = place_claim


def _place_weight(a: str, b: str) -> float:
    return place_weight(a, b, PARTIES)


def _read(text: str) -> list[tuple[str, bool]]:
    return [(m.name, m.container) for m in mentions(text)]


# --------------------------------------------------------------------------------------------------------------
# Reading the text
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Ain Zara, Tripoli", [("Ain Zara", False), ("Tripoli", True)]),
        ("Ain Zara, Tripoli, Libya", [("Ain Zara", False), ("Tripoli", True), ("Libya", True)]),
        ("عين زارة، طرابلس", [("عين زارة", False), ("طرابلس", True)]),
        ("Berdavan village, Tavush", [("Berdavan", False), ("Tavush", True)]),
    ],
)
def test_a_place_written_after_the_incidents_place_is_a_container(text: str, read: list[tuple[str, bool]]) -> None:
    """The pieces after the first of a text cut at commas only name places the first one lies in."""
    assert _read(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Aygepar, Movses and Nerkin Karmiraghbyur",
        "Ain Zara; Tajoura",
        "Ain Zara / Tripoli",
        "Ain Zara (Tripoli)",
        "Ain Zara, Tajoura or Tripoli",
        "Tripoli",
    ],
)
def test_a_list_or_a_single_name_has_no_container(text: str) -> None:
    """Names joined by and/or, a semicolon, a slash or a bracket are co-equal places or other names of one place."""
    assert not any(m.container for m in mentions(text))


def test_a_region_or_a_reference_is_no_container() -> None:
    """A region word or a distance already says what a later piece is; it stays a region or a reference."""
    found = mentions("Sake, 27 km west of Goma, Qazakh Rayon")
    assert [(m.name, m.kind, m.reference, m.container) for m in found] == [
        ("Sake", None, False, False), ("Goma", None, True, False), ("Qazakh", "region", False, False)
    ]


def test_a_text_that_starts_with_a_region_has_no_container() -> None:
    """Without a specific first place there is nothing for the later pieces to contain."""
    assert not any(m.container for m in mentions("Qazakh Rayon, Asagi Askipara"))


def test_the_event_keeps_its_container_as_a_place() -> None:
    """The container is where the event happened, only said more coarsely: the event's places keep it."""
    assert split_places("Ain Zara, Tripoli") == ("Ain Zara", "Tripoli")


# --------------------------------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------------------------------


def test_two_suburbs_of_one_city_are_two_places() -> None:
    """"Ain Zara, Tripoli" and "Tajoura, Tripoli" do not share Tripoli as a place."""
    assert _place_weight("Ain Zara, Tripoli", "Tajoura, Tripoli") < 0


def test_a_container_is_marked_on_the_claims_places() -> None:
    """Beside the incident's place, the container is a place compared like a reference."""
    (found,) = claim_features([_claim("s1", "Ain Zara, Tripoli")], gazetteer=Gazetteer(()), parties=PARTIES)
    assert [(p.name, p.reference) for p in found.places] == [("Ain Zara", False), ("Tripoli", True)]


@given(NAMES, NAMES, NAMES)
@example("Qarvenu", "Tolmasi", "Zindrava")
def test_two_places_of_one_container_compare_by_their_own_names(a: str, b: str, city: str) -> None:
    """Two address-style texts with one container weigh as the best pair of places but the two containers: the
    shared container adds nothing."""
    if city in (a, b):
        return
    best = max(_place_weight(a, b), _place_weight(a, city), _place_weight(city, b))
    assert _place_weight(f"{a}, {city}", f"{b}, {city}") == best


@given(NAMES, NAMES)
@example("Qarvenu", "Tolmasi")
def test_a_container_alone_is_the_place(a: str, city: str) -> None:
    """A claim that names only the city meets a claim that names a place in it as the city itself."""
    if a == city:
        return
    assert _place_weight(f"{a}, {city}", city) == _place_weight(city, city) > 0


@given(st.lists(NAMES, min_size=2, max_size=4, unique=True), st.randoms(use_true_random=False))
@example(["Qarvenu", "Tolmasi", "Zindrava"], __import__("random").Random(0))
def test_the_order_of_co_equal_places_does_not_matter(names: list[str], rng: object) -> None:
    """A list "X, Y and Z" names the same places, none a container, in any order."""
    shuffled = list(names)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    def listed(order: list[str]) -> str:
        return ", ".join(order[:-1]) + " and " + order[-1]
    assert sorted(_read(listed(names))) == sorted(_read(listed(shuffled))) == sorted((n, False) for n in names)


def test_a_container_after_a_vague_place_is_the_place() -> None:
    """"the front line, Tripoli" names no specific place but Tripoli: it is the claim's place, not a container."""
    (found,) = claim_features([_claim("s1", "the front line, Tripoli")], gazetteer=Gazetteer(()), parties=PARTIES)
    assert [(p.name, p.reference) for p in found.places] == [("Tripoli", False)]
