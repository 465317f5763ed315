"""Tests of how `reconcile.places` reads where an incident was relative to a place (directions, distances, French
elision), parts of a place (enclave, outskirts, environs), and the French ct in the phonetic key."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.places import fold, mentions, parse, phonetic_key, similarity, split_places

# --------------------------------------------------------------------------------------------------------------
# Directions and distances are context, not names
# --------------------------------------------------------------------------------------------------------------

RELATIVE_PLACES = [
    ("au nord de Gao", ("Gao",)),
    ("au nord de Ménaka", ("Ménaka",)),
    ("20 km north of Gao", ("Gao",)),
    ("40 kilometres north-east of Menaka", ("Menaka",)),
    ("5 miles south of Kherson", ("Kherson",)),
    ("à 30 km de Gao", ("Gao",)),
    ("à l'est de Tessit", ("Tessit",)),
    ("au sud-ouest de Douentza", ("Douentza",)),
    ("aux environs de Gao", ("Gao",)),
    ("aux abords d'Ansongo", ("Ansongo",)),
    ("sur l'axe Boni", ("Boni",)),
    ("в 10 км к северу от Донецка", ("Донецка",)),
    ("в 5 км к юго-западу от Бахмута", ("Бахмута",)),
    ("на північ від Бахмута", ("Бахмута",)),
    ("северо-восточнее Донецка", ("Донецка",)),
    ("north of Mosul and south of Tal Afar", ("Mosul", "Tal Afar")),
]


@pytest.mark.parametrize(("text", "names"), RELATIVE_PLACES)
def test_directions_and_distances_are_not_names(text: str, names: tuple[str, ...]) -> None:
    """Where a text says how far and which way from a place, only the place is a name."""
    assert split_places(text) == names


@pytest.mark.parametrize(("text", "name"), [(t, n[0]) for t, n in RELATIVE_PLACES if len(n) == 1])
def test_a_name_read_with_its_direction_is_the_place(text: str, name: str) -> None:
    """`fold` reads the direction phrase as it reads "near": the key is the place's."""
    assert fold(text) == fold(name)


def test_two_places_north_of_different_towns_are_not_one_name() -> None:
    """The direction both texts share adds nothing: what is left are two different towns."""
    assert split_places("au nord de Gao") != split_places("au nord de Ménaka")
    assert split_places("20 km north of Gao") != split_places("40 km north of Menaka")


@pytest.mark.parametrize("text", ["au nord", "à l'est", "20 km north", "на північ"])
def test_a_direction_alone_is_no_name(text: str) -> None:
    """A place text that only says a direction names no place."""
    assert split_places(text) == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("North Waziristan", ("North Waziristan",)),
        ("West Bank", ("West Bank",)),
        ("Nord-Kivu", ("Nord-Kivu",)),
        ("la région de l'Est", ("Est",)),
        ("Gao est", ("Gao est",)),
        ("Sur", ("Sur",)),
        ("Схід", ("Схід",)),
        ("Северо-Восточный Банк", ("Северо-Восточный Банк",)),
        ("L'viv", ("L'viv",)),
    ],
)
def test_directions_that_are_part_of_a_name_stay(text: str, names: tuple[str, ...]) -> None:
    """A compass word without the shape of a direction phrase is part of the name (or the name)."""
    assert split_places(text) == names


def test_north_and_south_of_one_name_stay_apart() -> None:
    """Names that differ in their compass word are not made one by the direction rule."""
    assert fold("North Waziristan") != fold("South Waziristan")


COMPASS = ["north", "south", "east", "west", "north-east", "nord", "sud", "ouest", "nord-est", "sud-ouest"]
TOWNS = ["Gao", "Ménaka", "Kidal", "Mosul", "Bakhmut", "Ansongo", "Tessit", "Hombori"]


@given(
    st.sampled_from(TOWNS),
    st.sampled_from(COMPASS),
    st.one_of(st.none(), st.integers(1, 200)),
    st.sampled_from(["of", "de", "from"]),
)
def test_any_direction_phrase_leaves_the_town(town: str, direction: str, km: int | None, of: str) -> None:
    """A text "[N km] <direction> of <town>" names the town and nothing else, whichever direction and distance."""
    text = f"{'' if km is None else f'{km} km '}{direction} {of} {town}"
    assert split_places(text) == (town,)
    assert fold(text) == fold(town)


# --------------------------------------------------------------------------------------------------------------
# Parts of a place
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Srebrenica enclave", "Srebrenica"),
        ("the Debaltseve pocket", "Debaltseve"),
        ("the suburbs of Mosul", "Mosul"),
        ("la banlieue de Bamako", "Bamako"),
        ("la périphérie de Mopti", "Mopti"),
        ("le faubourg de Gao", "Gao"),
        ("aux alentours de Kidal", "Kidal"),
        ("на окраине Донецка", "Донецка"),
    ],
)
def test_parts_of_a_place_are_the_place(text: str, name: str) -> None:
    """An enclave, a pocket, the suburbs or the outskirts of a place name that place."""
    assert split_places(text) == (name,)
    assert fold(text) == fold(name)


def test_srebrenica_enclave_shares_the_key_of_the_serbian_spelling() -> None:
    """The text "Srebrenica enclave" is blocked with у Сребреници: one phonetic key."""
    assert phonetic_key("Srebrenica enclave") == phonetic_key("у Сребреници") == phonetic_key("Srebrenica")


# --------------------------------------------------------------------------------------------------------------
# The French ct in the phonetic key
# --------------------------------------------------------------------------------------------------------------


def test_tombouctou_and_timbuktu_share_a_phonetic_key() -> None:
    """The French c before t is a k: Tombouctou and Timbuktu are compared, and score as one place."""
    assert phonetic_key("Tombouctou") == phonetic_key("Timbuktu")
    assert similarity("Tombouctou", "Timbuktu") >= 0.76


@pytest.mark.parametrize(
    ("ascii_spelling", "other"),
    [("Hacmaz", "Hacimaz"), ("Lernanck", "Lernantsk"), ("Bcni", "Bjni"), ("Brcko", "Брчко"), ("Cloxan", "Çloxan")],
)
def test_c_before_other_consonants_stays_an_affricate(ascii_spelling: str, other: str) -> None:
    """Azerbaijani, Armenian and Serbo-Croatian c (ç, ts, č) before a consonant other than t keeps its key."""
    assert phonetic_key(ascii_spelling) == phonetic_key(other)


@pytest.mark.parametrize(("text", "name"), [
    ("в районе Чинари", "Чинари"),
    ("в районе населенного пункта Мовсес", "Мовсес"),
    ("у районі Мар'їнки", "Мар'їнки"),
])
def test_in_the_area_of_names_the_place(text: str, name: str) -> None:
    """Russian and Ukrainian "in the area of X" names X as the place, not a district called X."""
    assert [(m.name, m.kind) for m in mentions(text)] in ([(name, None)], [(name, "settlement")])


@pytest.mark.parametrize("text", ["в Тавушском районе", "Тавушский район", "Tovuz rayonu"])
def test_a_district_is_still_a_region(text: str) -> None:
    """The district word after its name (an adjective in Russian) still makes a region."""
    assert [m.kind for m in mentions(text)] == ["region"]


@pytest.mark.parametrize(("text", "name"), [
    ("Şuşa şəhərində", "Şuşa"), ("Gəncə şəhərinə", "Gəncə"), ("Talış kəndində", "Talış"),
    ("Suqovuşan qəsəbəsində", "Suqovuşan"), ("Şuşa şəhərindəki kilsə", "Şuşa"),
])
def test_azerbaijani_settlement_words_with_endings(text: str, name: str) -> None:
    """The Azerbaijani words for city, village and settlement keep their possessive and case endings in running text
    (in the city of Shusha, the church in it): the place is the name before them."""
    assert [m.name for m in mentions(text)] == [name]
    assert parse(text).stem == parse(name).stem


@pytest.mark.parametrize(("a", "b"), [("Nord-Kivu", "Sud-Kivu"), ("North Waziristan", "South Waziristan"),
                                      ("Mullivaikkal East", "Mullivaikkal West")])
def test_opposite_sides_are_different_places(a: str, b: str) -> None:
    """A compass word in a name (not a direction phrase) is a qualifier: the north and the south of one name are
    two places, and they still share a blocking key, so the pair is scored and kept apart."""
    assert similarity(a, b) <= 0.5
    assert phonetic_key(a) == phonetic_key(b)


@pytest.mark.parametrize(("a", "b"), [("North Kivu", "Nord-Kivu"), ("Sud-Kivu", "South Kivu")])
def test_one_side_in_two_languages_is_one_place(a: str, b: str) -> None:
    assert similarity(a, b) == 1.0
