"""Gaps found coding the Russia-Ukraine war on the Donetsk front (Ukrainian General Staff and regional military
administrations, the Russian Ministry of Defence, DPR authorities, the UN monitoring mission, analysts and wire
services): the Ukrainian locative of a place name in -ка, whose к becomes ц (в Авдіївці, у Мар'їнці, по Горлівці),
did not meet the name in any other spelling; and a front direction (на Покровському напрямку) read as the town of
its name."""

from __future__ import annotations

import pytest

from reconcile.match import Scorer, claim_features, event_type
from reconcile.places import SAME_PLACE_THRESHOLD, Gazetteer, mentions, same_place, similarity, split_places

from .test_match import PARTIES, claim


@pytest.mark.parametrize(("written", "other"), [
    ("Авдіївці", "Avdiivka"),
    ("Авдіївці", "Авдіївка"),
    ("Горлівці", "Horlivka"),
    ("Горлівці", "Горлівка"),
    ("Мар’їнці", "Marinka"),
    ("Мар'їнці", "Мар'їнка"),
    ("Каховці", "Kakhovka"),
    ("Новій Каховці", "Nova Kakhovka"),
    ("Олександрівці", "Oleksandrivka"),
])
def test_the_ukrainian_locative_in_tsi_is_the_name_in_ka(written: str, other: str) -> None:
    """Before, `в Авдіївці` scored 0.74 against Avdiivka and `у Горлівці` 0.73 against Horlivka: two reports of
    one strike, one in the locative, were two events where no gazetteer lists the town."""
    assert same_place(written, other)
    assert same_place(other, written)


@pytest.mark.parametrize(("written", "other"), [("Авдіївці", "Andriivka"), ("Горлівці", "Herasymivka")])
def test_the_locative_ending_does_not_join_other_names(written: str, other: str) -> None:
    assert similarity(written, other) < SAME_PLACE_THRESHOLD


@pytest.mark.parametrize("text", ["в Авдіївці", "у Горлівці", "у Мар’їнці"])
def test_the_locative_is_the_place_of_a_claim(text: str) -> None:
    (name,) = split_places(text)
    assert same_place(name, {"в Авдіївці": "Avdiivka", "у Горлівці": "Horlivka", "у Мар’їнці": "Marinka"}[text])


# ---------------------------------------------------------------------------------------------------------------
# A front direction named by an adjective is an area, not the town of its name
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("на Покровському напрямку", "Покровському"),
    ("на Покровському напрямі", "Покровському"),
    ("Вугледарський напрямок", "Вугледарський"),
    ("на Красноармейском направлении", "Красноармейском"),
    ("Покровское направление", "Покровское"),
    ("на Покровському напрямку, Донецька область", "Покровському"),
])
def test_a_front_direction_is_an_area(text: str, name: str) -> None:
    """Before, `на Покровському напрямку` read as the town of Pokrovsk (a specific place), and
    `Покровское направление` as a two-word name `Покровское направление`: a stretch of front was a town, and a
    claim about a village on it (Очеретине) stood against it as another place."""
    first = mentions(text)[0]
    assert (first.name, first.kind, first.area) == (name, "region", True)
    assert split_places(text)[0] == name


@pytest.mark.parametrize("text", [
    "в направлении Покровска", "у напрямку Покровська", "у напрямі Покровська", "в напрямку Покровська",
])
def test_the_direction_before_a_name_says_towards(text: str) -> None:
    """`в направлении X` is towards X, as `в районе X` is near X: the place is X itself, no area."""
    (found,) = mentions(text)
    assert found.kind is None
    assert not found.area
    assert same_place(found.name, "Pokrovsk")


def _place_weight(first: str, second: str, regions: tuple[str | None, str | None] = (None, None)) -> float:
    """The place weight of two claims on one day, without a gazetteer."""
    found = claim_features((claim("ua/a", 0, first, region=regions[0]), claim("isw/b", 0, second, region=regions[1])),
                           gazetteer=Gazetteer(()), parties=PARTIES)
    return Scorer(found)._place(found[0], found[1], True)[1]


def test_a_village_on_a_front_direction_is_no_second_place_against_it() -> None:
    """Without a gazetteer, a General Staff claim on the Pokrovsk direction against an analyst's claim near a village
    on it: before, two different names (-4); now one region (+1). The town of its name is still one name (+5)."""
    assert _place_weight("на Покровському напрямку", "near Ocheretyne", ("Донецька область", "Donetsk Oblast")) > 0
    assert _place_weight("на Покровському напрямку", "Ocheretyne") >= 0
    assert _place_weight("на Покровському напрямку", "Pokrovsk") == _place_weight("Покровськ", "Pokrovsk")


# ---------------------------------------------------------------------------------------------------------------
# The Russian and Ukrainian adjective "offensive"
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "наступательные действия", "наступательная операция", "наступательных действий", "наступальні дії",
    "наступальних дій", "наступальна операція", "Наступальні дії противника",
])
def test_offensive_actions_are_an_incursion_in_russian_and_ukrainian(text: str) -> None:
    """Before, `unknown`, while the English `offensive actions` was an incursion."""
    assert event_type(text) == event_type("offensive actions") == "incursion"


@pytest.mark.parametrize("text", ["наступила ночь", "наступило затишье"])
def test_the_verb_of_the_same_root_is_no_offensive(text: str) -> None:
    assert event_type(text) == "unknown"
