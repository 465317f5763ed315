"""Defects found in the QA of a case of the Armenia–Azerbaijan border clashes of 12–14 September 2022 (Jermuk, Sotk,
Goris, Vardenis; Kəlbəcər, Laçın, Daşkəsən; Armenian, Azerbaijani, Russian and English sources).

1. A claim naming a place that the gazetteer cannot resolve was placed only at the places it resolves, and a
   location conflict was flagged against a claim naming that very place: Jermuk is a variant of a village of
   Shirak in the shipped gazetteer too, so "Goris, Sotk and Jermuk directions" resolved to Goris and Sotk alone and
   the event said "the Ministry of Defence of Armenia places it at Goris, Sotk; the Ministry of Defence of
   Azerbaijan places it at Jermuk (`Cermuk`): at least 44 km apart". A name the gazetteer does not resolve that is
   the same place as a name of the other claim is a place the two have in common.
5. And the name a gazetteer cannot tell from a namesake stayed unresolved beside the other places of its text:
   Jermuk in "Goris, Sotk and Jermuk" had no entry and no coordinates, though one of the two places of that name
   lies 44 km from Sotk and the other 190 km. It is now the one that lies within `NEAR_KM` of them, where one does.
2. The Azerbaijani district in the plural and its cases (`Kəlbəcər və Laçın rayonları`, `rayonlarının`,
   `rayonlarında`, `rayonundan`), the settlement (`yaşayış məntəqəsi`, `məntəqələri`) and the villages in a case
   (`kəndlərində`), and the Armenian directions in the plural (`Գորիսի և Կապանի ուղղություններ`), stayed in the
   names: "Laçın rayonları" was a place the gazetteer did not know and "məntəqələri" a place of its own.
3. A count with no figure as the ministries give it before the toll, "there are dead", "we have martyrs", was
   refused in Armenian (`կան զոհեր`, `ունենք զոհեր`, `կորուստներ կան`), Azerbaijani (`şəhidlərimiz var`, `itki
   var`) and Russian (`есть погибшие`), where `զոհեր`, `itkilər` and `есть жертвы` read as at least one.
4. Many and a large number were refused in Armenian (`բազմաթիվ`, `շատ`, `մեծ թվով`) and Azerbaijani (`çoxlu`,
   `bir çox`, `xeyli`, `çox sayda`), where the English, Russian and Turkish words read as 6 or more.
"""

from __future__ import annotations

import pytest

from reconcile import places
from reconcile.merge import merge_group
from reconcile.models import Group
from reconcile.normalize import parse_count, parse_date
from reconcile.places import Gazetteer
from tests.test_merge import case_of, claim, summaries

SHIPPED = Gazetteer.default()


def located(*claims: object) -> list[str]:
    """The location conflicts of ``claims`` merged as one event, with the shipped gazetteer."""
    group = Group("e1", tuple(c.global_id for c in claims))  # type: ignore[attr-defined]
    return summaries(merge_group(case_of(claims), group, gazetteer=SHIPPED), "location")  # type: ignore[arg-type]


# --- 1. a place the gazetteer does not resolve, named by both claims -----------------------------------------------


def test_an_unresolved_name_in_common_is_no_location_conflict() -> None:
    """Jermuk, which the shipped gazetteer cannot tell from a village of its name, is still Cermuk's Jermuk."""
    assert SHIPPED.resolve_entry("Jermuk") is None  # the premise: ambiguous
    # Goris and Kapan lie too far from Jermuk to tell it from its namesake (`Gazetteer.resolve_beside`)
    assert located(claim("wire/a", place="Jermuk, Goris, Kapan"), claim("az-mod/b", place="Cermuk")) == []
    assert located(claim("am-mod/a", place="Գորիսի և Ջերմուկի ուղղություններ"),
                   claim("az-mod/b", place="Cermuk istiqaməti")) == []
    assert located(claim("wire/a", place="в районе Джермука и Гориса"), claim("az-mod/b", place="Cermuk")) == []
    # an unresolved name that is no place of the other claim changes nothing: Goris and Jermuk against Kalbajar
    assert located(claim("am-mod/a", place="Goris, Jermuk"), claim("az-mod/b", place="Kəlbəcər")) == [
        "Ministry of Defence of Armenia places it at Goris (Armenia); Ministry of Defence of Azerbaijan places it at "
        "Kalbajar (Azerbaijan): 71 km apart and in different countries."
    ]


# --- 2. the Azerbaijani districts in the plural, the settlement, the Armenian directions in the plural -------------


@pytest.mark.parametrize(("text", "names"), [
    ("Daşkəsən, Kəlbəcər və Laçın rayonları istiqamətində", ["Daşkəsən", "Kəlbəcər", "Laçın"]),
    ("Kəlbəcər və Laçın rayonlarının yaşayış məntəqələri", ["Kəlbəcər", "Laçın"]),
    ("Laçın rayonlarında", ["Laçın"]),
    ("Kəlbəcər rayonundan", ["Kəlbəcər"]),
    ("Tovuz rayonunun kəndlərində", ["Tovuz"]),
    ("Laçın rayonunun yaşayış məntəqəsi", ["Laçın"]),
    ("Գորիսի և Կապանի ուղղություններ", ["Գորիսի", "Կապանի"]),
    ("Վարդենիսի ուղղությունները", ["Վարդենիսի"]),
])
def test_unit_and_direction_words_in_the_plural_are_no_names(text: str, names: list[str]) -> None:
    assert [mention.name for mention in places.mentions(text)] == names


def test_the_district_in_the_plural_resolves_its_town() -> None:
    """"Laçın rayonları" was a name of its own, which the gazetteer did not know."""
    found = SHIPPED.resolve_entry(places.split_places("Kəlbəcər və Laçın rayonları")[-1])
    assert found is not None
    assert found.name == "Laçın"


# --- 3. "there are dead" with no figure ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "կան զոհեր", "զոհեր կան", "ունենք զոհեր", "կորուստներ կան", "ունի կորուստներ",
    "şəhidlərimiz var", "Şəhidlərimiz var", "şəhid var", "şəhidlər", "itkilərimiz var", "itki var",
    "есть погибшие", "имеются погибшие",
])
def test_there_are_dead_is_at_least_one(text: str) -> None:
    count = parse_count(text)
    assert (count.low, count.high) == (1, None)


def test_there_are_dead_takes_its_verb() -> None:
    """"There are dead" reads; the dead (погибшие) with no word that there are: still refused, as "the dead" is."""
    assert parse_count("есть погибшие").low == 1
    with pytest.raises(ValueError, match="cannot read a count"):
        parse_count("погибшие")


# --- 4. many, in Armenian and Azerbaijani -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["բազմաթիվ", "շատ", "մեծ թվով", "çoxlu", "bir çox", "xeyli", "çox sayda", "çoxsaylı"])
def test_many_in_armenian_and_azerbaijani(text: str) -> None:
    """As many, numerous and a large number read in English, Russian and Turkish: 6 or more."""
    count = parse_count(text)
    assert (count.low, count.high) == (6, None)


# --- 5. a name places tie for, beside the other places of its text ------------------------------------------------


def test_a_tied_name_is_the_place_beside_the_others_of_its_text() -> None:
    """Jermuk beside Sotk is the town of Vayots Dzor, 44 km away, not the village of Shirak GeoNames also calls so;
    alone, or beside places far from both, it stays unresolved."""
    sotk = SHIPPED.resolve_entry("Sotk")
    assert sotk is not None
    assert sotk.lat is not None
    assert sotk.lon is not None
    found = SHIPPED.resolve_beside("Ջերմուկ", [(sotk.lat, sotk.lon)])
    assert found is not None
    assert found.name == "Jermuk"
    assert SHIPPED.resolve_beside("Jermuk", []) is None
    assert SHIPPED.resolve_beside("Jermuk", [(38.5, 48.5)]) is None  # far from both
    event = merge_group(case_of([claim("am-mod/a", place="Goris, Sotk and Jermuk directions")]),
                        Group("e1", ("am-mod/a",)), gazetteer=SHIPPED)
    # Jermuk read as a direction (a region) keeps its generic word as written, as every resolved region does.
    assert [(p.text, p.name) for p in event.places] == [
        ("Goris", "Goris"), ("Sotk", "Sotk"), ("Jermuk directions", "Jermuk")]


# --- 6. a time of day in a date ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "written"), [
    ("13 September 2022 at 00:05", "'13 September 2022' (2022-09-13)"),
    ("September 13, 2022, 00:05 UTC", "'September 13, 2022' (2022-09-13)"),
    ("2022 թ. սեպտեմբերի 13-ին, ժամը 00:05-ին", "'2022 թ. սեպտեմբերի 13-ին' (2022-09-13)"),
    ("2022-ci il sentyabrın 13-ü saat 00:05-də", "'2022-ci il sentyabrın 13-ü' (2022-09-13)"),
    ("13 сентября 2022 г. в 00:05", "'13 сентября 2022 г.' (2022-09-13)"),
])
def test_a_time_of_day_is_refused_with_the_date_to_write(text: str, written: str) -> None:
    with pytest.raises(ValueError, match="cannot read a date") as refused:
        parse_date(text)
    assert str(refused.value) == (f"cannot read a date from {text!r}: a time of day is not read; write the date "
                                  f"alone, {written}, and keep the hour in the quote")


# --- 7. the Armenian settlement words in their cases, and the civilian settlements of a town ------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("Սյունիքի մարզի Գորիս քաղաքում", ["Սյունիքի", "Գորիս"]),
    ("Գորիս քաղաքից", ["Գորիս"]),
    ("Սոթք բնակավայրում", ["Սոթք"]),
    ("Ջերմուկ համայնքում", ["Ջերմուկ"]),
    ("Ջերմուկ, Սոթք, Վերին Շորժա համայնքների խաղաղ բնակավայրերը", ["Ջերմուկ", "Սոթք", "Վերին Շորժա"]),
    ("civilian settlements of Jermuk", ["Jermuk"]),
    ("мирные населенные пункты Джермука", ["Джермука"]),
    ("Kəlbəcər rayonunun mülki yaşayış məntəqələri", ["Kəlbəcər"]),
    ("dinc yaşayış məntəqələri, Laçın", ["Laçın"]),
])
def test_settlement_words_in_their_cases_are_no_names(text: str, names: list[str]) -> None:
    assert [mention.name for mention in places.mentions(text)] == names


def test_civilian_begins_a_name_in_capitals() -> None:
    """Capitalised, the Russian peaceful is the town of Mirny; the Armenian town in the locative meets its town."""
    assert [mention.name for mention in places.mentions("Мирный")] == ["Мирный"]
    found = SHIPPED.resolve_entry(places.split_places("Գորիս քաղաքում")[0])
    assert found is not None
    assert found.name == "Goris"
