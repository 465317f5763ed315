"""Defects found in a QA round: the sides of a border stayed one shared place name.

After the border words became words of context, the names written beside them stayed names: "на
армяно-азербайджанской границе, Джермук" and "на армяно-азербайджанской границе, Берд" on one day scored +5 as "one
name" (*армяно-азербайджанской*), though Jermuk and Berd are 118 km apart; so did the Armenian, Georgian and Turkish
adjectives of the two parties (հայ-ադրբեջանական, სომხეთ-აზერბაიჯანის, Ermeni-Azerbaycan), and the names of
countries that are no party of the case ("the Turkey-Syria border, Akçakale" and "..., Ceylanpınar"; "la frontera
con Colombia, Cúcuta" and "..., Arauca"). A name written right beside a border noun is a side of the border, a
state's size (`places.Mention.broad`, as "Libya" in "Ain Zara, Tripoli, Libya"): it says where the town lies, not
which place the incident was at. A country's name alone ("Syria") keeps its meaning.
"""

from __future__ import annotations

import pytest

from reconcile import places
from reconcile.match import MatchConfig
from tests.test_border_words_qa import place_weight

# --- two towns on one border stay apart; one town still meets itself -----------------------------------------------

TWO_TOWNS = [
    # the parties' adjectives, in Russian, Armenian, Georgian and Turkish
    ("на армяно-азербайджанской границе, Джермук", "на армяно-азербайджанской границе, Берд"),
    ("հայ-ադրբեջանական սահմանին, Ջերմուկ", "հայ-ադրբեջանական սահմանին, Բերդ"),
    ("სომხეთ-აზერბაიჯანის საზღვარზე, ჯერმუკი", "სომხეთ-აზერბაიჯანის საზღვარზე, ბერდი"),
    ("Ermeni-Azerbaycan sınırı, Cermuk", "Ermeni-Azerbaycan sınırı, Berd"),
    # countries that are no party of the case, by name and by adjective
    ("Turkey-Syria border, Akçakale", "Turkey-Syria border, Ceylanpınar"),
    ("Türkiye-Suriye sınırı, Akçakale", "Türkiye-Suriye sınırı, Ceylanpınar"),
    ("Turkish-Syrian border, Akçakale", "Turkish-Syrian border, Ceylanpınar"),
    ("на турецко-сирийской границе, Акчакале", "на турецко-сирийской границе, Джейланпынар"),
    ("граница Турции и Сирии, Акчакале", "граница Турции и Сирии, Джейланпынар"),
    ("frontera turco-siria, Akçakale", "frontera turco-siria, Ceylanpınar"),
    ("frontière syro-turque, Akçakale", "frontière syro-turque, Ceylanpınar"),
    ("la frontera con Colombia, Cúcuta", "la frontera con Colombia, Arauca"),
    ("frontera colombo-venezolana, Cúcuta", "frontera colombo-venezolana, Arauca"),
    ("مرز ایران و عراق, مهران", "مرز ایران و عراق, بدره"),
]


@pytest.mark.parametrize(("a", "b"), TWO_TOWNS)
def test_two_towns_on_one_border_are_two_places(a: str, b: str) -> None:
    weight, detail = place_weight(a, b)
    assert weight < 0, detail


@pytest.mark.parametrize(("a", "b"), TWO_TOWNS)
def test_one_town_on_one_border_still_meets_itself(a: str, b: str) -> None:
    weight, detail = place_weight(a, a)
    assert weight > 0, detail
    assert places.mentions(b)[-1].name not in detail


@pytest.mark.parametrize(("a", "b"), [
    ("на армяно-азербайджанской границе, Джермук", "Jermuk"),
    ("Turkey-Syria border, Akçakale", "Akçakale"),
    ("la frontera con Colombia, Cúcuta", "Cúcuta, Norte de Santander"),
])
def test_the_town_on_the_border_meets_the_town(a: str, b: str) -> None:
    weight, detail = place_weight(a, b)
    assert weight > 0, detail


def test_the_border_alone_is_one_region_at_most() -> None:
    """"The Turkey-Syria border" on both sides names no place of the incident's size: no +5 as one name."""
    weight, detail = place_weight("Turkey-Syria border", "Turkey-Syria border")
    assert 0 <= weight <= 1, detail
    assert "no specific place" in detail


# --- which names are sides --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "sides"), [
    ("на армяно-азербайджанской границе, Джермук", ["армяно-азербайджанской"]),
    ("հայ-ադրբեջանական սահմանին, Ջերմուկ", ["հայ-ադրբեջանական"]),
    ("Türkiye-Suriye sınırı, Akçakale", ["Türkiye-Suriye"]),
    ("the Syrian border town of Tal Abyad", ["Syrian"]),
    ("граница Турции и Сирии, Акчакале", ["Турции", "Сирии"]),
    ("the Turkey and Syria border, Akçakale", ["Turkey", "Syria"]),
    ("frontera entre Colombia y Venezuela, Cúcuta", ["Colombia", "Venezuela"]),
    ("la frontera con Colombia, Cúcuta", ["Colombia"]),
    ("la frontière syro-turque près de Akçakale", ["syro-turque"]),
    ("on the border with the Gaza Strip, Kerem Shalom", ["Gaza Strip"]),
    ("na granicy z Białorusią, Usnarz Górny", ["Białorusią"]),
    ("Ermənistan ilə sərhəd, Tovuz", ["Ermənistan"]),
    ("مرز ایران و عراق, مهران", ["ایران", "عراق"]),
])
def test_the_names_beside_a_border_are_its_sides(text: str, sides: list[str]) -> None:
    found = places.mentions(text)
    assert [m.name for m in found if m.broad] == sides
    assert all(not m.broad for m in found if m.name not in sides)


@pytest.mark.parametrize("text", [
    "Akçakale, Turkey-Syria", "the Rafah border crossing", "sərhədyanı Qaymaqlı kəndi",
    "Tovuz rayonu sərhədində", "Jermuk, near the border", "sınırda, Akçakale", "Frontera",
])
def test_other_names_are_no_sides(text: str) -> None:
    """A crossing's name, a village the border adjective qualifies, a district whose border it is, and a place
    named Frontera are places."""
    found = places.mentions(text)
    assert not found[0].broad, found


@pytest.mark.parametrize("text", ["Syria", "Colombia"])
def test_a_country_alone_is_the_country(text: str) -> None:
    """A country alone is the country, a state's size (`places.COUNTRY_NAMES`), not a side of a border: its name as
    written, nothing else."""
    (found,) = places.mentions(text)
    assert (found.name, found.broad, found.reference) == (text, True, False)


def test_a_district_after_a_head_final_border_is_no_side() -> None:
    """Azerbaijani writes the sides before the border: after it, "Kəlbəcər rayonu istiqamətində" is a direction."""
    found = places.mentions("Ermənistan-Azərbaycan dövlət sərhədinin Kəlbəcər rayonu istiqamətində")
    assert [(m.name, m.broad) for m in found] == [("Ermənistan-Azərbaycan dövlət", True), ("Kəlbəcər", False)]


def test_a_country_alone_keeps_its_meaning() -> None:
    """Two claims that name only a state meet in it, at a region's weight: the state says where the incidents were
    as coarsely as a region does (it read as a place's name, +5, before the states were listed)."""
    weight, detail = place_weight("Syria", "Syria")
    assert weight == MatchConfig().place_same_region, detail
    assert "one region" in detail


@pytest.mark.parametrize(("text", "sides"), [
    ("Jermuk and the Syria border", ["Syria"]),
    ("fighting at the border with Azerbaijan and in Jermuk", ["Azerbaijan"]),
])
def test_a_place_beside_a_side_is_no_side(text: str, sides: list[str]) -> None:
    """Past "and", only a name that ends or starts its piece, with nothing between, is the border's other side."""
    assert [m.name for m in places.mentions(text) if m.broad] == sides
