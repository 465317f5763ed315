"""Defects found coding the August 2008 war in and around South Ossetia (the Georgian ministries in Georgian and
English, the Russian Ministry of Defence and Investigative Committee, the South Ossetian authorities, HRW, the OSCE,
Civil.ge, Reuters and the EU fact-finding mission). Each test failed before the change it pins."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile import places
from reconcile.merge import _credible_range
from reconcile.models import GazetteerEntry

from .readings import count_of, span_of
from .test_civilian_tolls import claim, count, event_of, figure, span

# ---------------------------------------------------------------------------------------------------------------
# 1. A side's none beside an open accusation
# ---------------------------------------------------------------------------------------------------------------


def test_a_denials_none_is_no_best_beside_an_open_accusation() -> None:
    """The government says more than 60 of its civilians were killed in the rebels' bombing; the rebels deny it,
    naming themselves, with none killed: the best is the accusation's 61, and the none sets no ceiling (before:
    0, 0, 0, and the accusation was flagged outside the range)."""
    found = figure(event_of(
        claim("ministry/m1", count(61, None, "60-ზე მეტი"), initiator="rebels"),
        claim("front/f1", count(0, 0, "0"), initiator="rebels", stance="denies"),
    ))
    assert span(found) == (0, 61, None)
    assert not any(value.outside for value in found.values)


@given(st.integers(1, 1000), st.booleans())
def test_a_partisan_none_never_sets_the_best_beside_an_open_toll(toll: int, accused: bool) -> None:
    """Beside a side's toll left open ("at least N", an accusation or a claim about the enemy), a partisan none is
    neither the best nor the high: the best is the toll's low end, the high open, the low the none."""
    values = [("partisan", count(0, 0)), ("partisan" if accused else "enemy", count(toll, None))]
    assert _credible_range(values) == (0, toll, None)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------------------------
# 2. Georgian distances, directions and parts of a place
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    # Georgian words are all "lower case" (Mkhedruli has capitals but never writes a name with one), so every word
    # before a unit was read as its amount and the place was lost: no place at all.
    ("გორიდან 10 კილომეტრში", ("გორიდან",)),                      # 10 km from Gori
    ("ცხინვალიდან 5 კმ", ("ცხინვალიდან",)),
    ("ცხინვალიდან ხუთ კილომეტრში", ("ცხინვალიდან",)),
    ("ცხინვალიდან დაახლოებით 5 კმ-ში", ("ცხინვალიდან",)),          # about 5 km from: the km read with its ending
    ("ცხინვალიდან 5 კმ-ის მოშორებით", ("ცხინვალიდან",)),          # at a distance of 5 km
    ("სოფელი ერგნეთი, ცხინვალიდან 5 კმ-ში", ("ერგნეთი",)),        # Tskhinvali is where it is measured from
    ("ტყვიავი, გორის ჩრდილოეთით", ("ტყვიავი",)),                  # Tkviavi, north of Gori
    ("გორის ჩრდილოეთით", ("გორის",)),
    ("გორის ცენტრალური მოედანი", ("გორის",)),                     # the central square of Gori
    ("ცხინვალის ცენტრში", ("ცხინვალის",)),                        # in the centre of Tskhinvali
    ("ცხინვალის გარეუბანში", ("ცხინვალის",)),                     # on the outskirts
    ("ცხინვალის შემოგარენში", ("ცხინვალის",)),                    # in the environs
    ("სამხრეთ ოსეთიდან 5 კმ-ში", ("სამხრეთ ოსეთიდან",)),          # the compass word of a name stays
])
def test_georgian_distance_and_part_words_leave_the_name(text: str, names: tuple[str, ...]) -> None:
    assert places.split_places(text) == names


@pytest.mark.parametrize(("text", "reference"), [
    ("სოფელი ერგნეთი, ცხინვალიდან 5 კმ-ში", "ცხინვალიდან"),
    ("ტყვიავი, გორის ჩრდილოეთით", "გორის"),
])
def test_a_georgian_name_before_its_distance_is_a_reference(text: str, reference: str) -> None:
    assert [m.name for m in places.mentions(text) if m.reference] == [reference]


@pytest.mark.parametrize(("a", "b"), [
    ("ცხინვალიდან 5 კმ-ში", "Tskhinvali"),
    ("გორიდან 10 კილომეტრში", "Гори"),
    ("გორის ცენტრალური მოედანი", "Gori"),
    ("გორის ცენტრში", "centre of Gori"),
    ("ცხინვალის გარეუბანში", "the outskirts of Tskhinvali"),
])
def test_georgian_place_text_meets_its_place(a: str, b: str) -> None:
    assert places.similarity(a, b) == 1.0


def test_the_georgian_region_word_is_a_region() -> None:
    """ცხინვალის რეგიონი (the Tskhinvali region, as Georgian officials name South Ossetia) is a region, as
    ცხინვალის რაიონი is, not a place called "Tskhinvali Region"."""
    (found,) = places.mentions("ცხინვალის რეგიონი")
    assert (found.name, found.kind) == ("ცხინვალის", "region")



# ---------------------------------------------------------------------------------------------------------------
# 3. A list of villages cut at commas only
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "the villages of Kekhvi, Kurta, Achabeti, Tamarasheni",
    "Kekhvi, Kurta, Achabeti, Tamarasheni villages",
    "сёла Тамарашени, Кехви, Курта",
    "სოფლები თამარაშენი, ქურთა, ავნევი",
])
def test_a_plural_village_word_lists_places_not_an_address(text: str) -> None:
    """HRW's burned villages were read as an address, each inside the next: Tamarasheni a state, so that a claim
    naming Tamarasheni met it only as one region. (села, the village's genitive as well as its plural, still heads
    an address: "near the village of Tamarasheni, Tskhinvali".)"""
    assert not any(m.container or m.broad for m in places.mentions(text))
    assert [m.container for m in places.mentions("в районе села Тамарашени, Цхинвал")] == [False, True]



# ---------------------------------------------------------------------------------------------------------------
# 4. Parts of the day and nones, in Russian and Georgian
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("утром 8 августа 2008", dt.date(2008, 8, 8)),
    ("8 августа 2008 года утром", dt.date(2008, 8, 8)),
    ("рано утром 8 августа 2008 г.", dt.date(2008, 8, 8)),
    ("днём 9 августа 2008", dt.date(2008, 8, 9)),
    ("вечером 7 августа 2008 года", dt.date(2008, 8, 7)),
    ("поздно вечером 7 августа 2008", dt.date(2008, 8, 7)),
    ("2008 წლის 8 აგვისტოს დილით", dt.date(2008, 8, 8)),       # in the morning
    ("2008 წლის 7 აგვისტოს საღამოს", dt.date(2008, 8, 7)),     # in the evening
    ("2008 წლის 9 აგვისტოს შუადღისას", dt.date(2008, 8, 9)),   # at midday
])
def test_a_part_of_the_day_is_the_day(text: str, day: dt.date) -> None:
    """They were refused; the night of one day (ночью 8 августа, 8 აგვისტოს ღამით) still is: which night?"""
    assert span_of(text) == (day, day, "day")


@pytest.mark.parametrize("text", ["никто", "ни одного", "ни один", "არავინ", "არცერთი", "არც ერთი"])
def test_a_denials_none_in_russian_and_georgian(text: str) -> None:
    assert count_of(text) == (0, 0)


# ---------------------------------------------------------------------------------------------------------------
# 5. Georgian names in a case resolve in the gazetteer
# ---------------------------------------------------------------------------------------------------------------

SOUTH_OSSETIA = places.Gazetteer((
    GazetteerEntry("kurta", "Kurta", ("Курта", "ქურთა"), "georgia", "South Ossetia", 42.2586, 43.9569),
    GazetteerEntry("java", "Java", ("Dzau", "Джава", "Дзау", "ჯავა"), "georgia", "South Ossetia", 42.3969, 43.9294),
    GazetteerEntry("gori", "Gori", ("Гори", "გორი"), "georgia", "Shida Kartli", 41.9847, 44.1088),
))


@pytest.mark.parametrize(("name", "place"), [
    ("ქურთას", "kurta"),      # the dative
    ("ქურთასა", "kurta"),     # the dative before და (and)
    ("გორს", "gori"),
    ("ჯავას", "java"),
    ("ჯავის", "java"),        # of Java: the -ა dropped before -ის
    ("ჯავიდან", "java"),      # from Java
])
def test_a_georgian_name_in_a_case_resolves(name: str, place: str) -> None:
    found = SOUTH_OSSETIA.resolve(name).entry
    assert (found.id if found else None) == place


def test_a_georgian_name_that_lost_its_a_reads_with_it() -> None:
    assert places.similarity("ჯავის", "Java") == places._SECOND_READING_FACTOR


# ---------------------------------------------------------------------------------------------------------------
# 6. "central" in lower case names no place
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("центральная площадь Гори", ("Гори",)),        # was ("центральная", "Гори"): a place called "central"
    ("на центральной площади Гори", ("Гори",)),
    ("центральна площа Ізюма", ("Ізюма",)),
    ("the central square of Gori", ("Gori",)),        # was ("central", "Gori")
    ("Gori, central square", ("Gori",)),
])
def test_central_in_lower_case_is_no_place(text: str, names: tuple[str, ...]) -> None:
    """Two claims about the central squares of two towns shared a place named "central" (1.0); capitalised, the
    word still begins a name (Central Equatoria, Центральный район)."""
    assert places.split_places(text) == names
    assert places.split_places("Central Equatoria") == ("Central Equatoria",)
