"""Slavic place names of two words in their cases, and the regions and front directions named by adjectives.

Russian, Ukrainian, Serbian-Croatian and Polish decline both words of a name of an adjective and a noun in agreement
(Часів Яр: у Часовому Яру, в Часовом Яре, під Часовим Яром; Кривий Ріг: у Кривому Розі; Novi Sad: u Novom Sadu;
Nowa Huta: w Nowej Hucie). Such a name is also read in the nominative, so that it meets its nominative spellings in
any script, for the similarity and for the blocking keys, while two places of similar names stay apart.
"""

from __future__ import annotations

import pytest

from reconcile.block import is_candidate
from reconcile.match import MatchConfig, claim_features
from reconcile.places import SAME_PLACE_THRESHOLD, Gazetteer, mentions, parse, phonetic_keys, similarity
from tests.test_match import PARTIES, claim

# --------------------------------------------------------------------------------------------------------------
# Two words in agreement
# --------------------------------------------------------------------------------------------------------------

#: Declined names with a nominative spelling they scored below the threshold against (the scores before: 0.00 to
#: 0.74).
DECLINED = [
    ("у Часовому Яру", "Часів Яр"),
    ("у Часовому Яру", "Chasiv Yar"),
    ("в Часовом Яре", "Chasiv Yar"),
    ("під Часовим Яром", "Chasiv Yar"),
    ("біля Часового Яру", "Часів Яр"),
    ("у Кривому Розі", "Кривий Ріг"),
    ("у Кривому Розі", "Kryvyi Rih"),
    ("у Кривому Розі", "Krivoy Rog"),
    ("в Кривом Роге", "Kryvyi Rih"),
    ("в Кривом Роге", "Кривий Ріг"),
    ("під Кривим Рогом", "Kryvyi Rih"),
    ("у Великій Новосілці", "Великая Новосёлка"),
    ("у Білій Церкві", "Біла Церква"),
    ("у Білій Церкві", "Bila Tserkva"),
    ("в Старом Осколе", "Stary Oskol"),
    ("у Старому Осколі", "Staryi Oskil"),
    ("у Старому Осколі", "Старий Оскіл"),
    ("u Novom Sadu", "Novi Sad"),
    ("u Novom Sadu", "Нови Сад"),
    ("w Nowej Hucie", "Nowa Huta"),
    ("u Banjoj Luci", "Banja Luka"),
]


@pytest.mark.parametrize(("declined", "nominative"), DECLINED)
def test_a_declined_name_of_two_words_is_its_nominative(declined: str, nominative: str) -> None:
    """Both words' case endings are read back to the nominative, with the consonants the case changed (Розі: Ріг,
    Церкві: Церква, Hucie: Huta, Luci: Luka) and the Ukrainian і of a closed syllable (Рогом: Ріг)."""
    assert similarity(declined, nominative) >= SAME_PLACE_THRESHOLD
    assert similarity(nominative, declined) == similarity(declined, nominative)


@pytest.mark.parametrize(
    ("declined", "nominative"),
    [("у Часовому Яру", "Chasiv Yar"), ("у Новій Каховці", "Nova Kakhovka"), ("у Кривому Розі", "Kryvyi Rih"),
     ("в Кривом Роге", "Kryvyi Rih"), ("під Вугледаром", "Vuhledar"), ("Кривий Ріг", "Kryvyi Rih")],
)
def test_a_declined_name_shares_a_blocking_key_with_its_nominative(declined: str, nominative: str) -> None:
    """The nominative reading's key, and the key of a final Ukrainian г romanized h (Rih), put the two spellings
    side by side in blocking: the -ці of Каховці and the -ом of Вугледаром changed the consonant skeleton."""
    assert set(phonetic_keys(declined)) & set(phonetic_keys(nominative))


#: Different places of similar names, declined and not: none may reach the threshold.
APART = [
    ("Великий Бурлук", "Малий Бурлук"),
    ("у Великому Бурлуці", "Малий Бурлук"),
    ("Новоселівка", "Новосілка"),
    ("у Новоселівці", "Новосілка"),
    ("у Новосілці", "Новоселівка"),
    ("Велика Новосілка", "Новосілка"),
    ("у Великій Новосілці", "Новосілка"),
    ("Часів Яр", "Часовий"),
    ("у Старому Осколі", "Новий Оскіл"),
    ("в Новой Каховке", "Старая Каховка"),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_different_places_stay_apart(a: str, b: str) -> None:
    assert similarity(a, b) < SAME_PLACE_THRESHOLD


@pytest.mark.parametrize(
    ("declined", "nominative", "other"),
    [("у Новій Каховці", "Нова Каховка", "Каховка"), ("у Часовому Яру", "Часів Яр", "Яр"),
     ("у Кривому Розі", "Кривий Ріг", "Ріг"), ("у Старому Осколі", "Старий Оскіл", "Оскіл"),
     ("у Білій Церкві", "Біла Церква", "Церква"), ("в Новой Каховке", "Новая Каховка", "Каховка")],
)
def test_a_declined_name_scores_no_higher_than_its_nominative(declined: str, nominative: str, other: str) -> None:
    """The nominative reading is a second reading: against a third name it never scores above the nominative
    itself (Нова Каховка and Каховка are the qualifier's, and Часів Яр and Яр the extra word's, to tell apart)."""
    assert similarity(declined, other) <= similarity(nominative, other)


def test_a_noun_without_an_adjective_in_agreement_is_no_case() -> None:
    """Two capitalised words whose endings do not agree are read as written (a nominative adjective before a
    noun: Кривий Ріг, Новий Оскіл); a name in the nominative is unchanged."""
    assert phonetic_keys("Кривий Ріг") == ("KRPRK",)  # no second reading, whose key would follow
    assert similarity("Новий Оскіл", "Старий Оскіл") < SAME_PLACE_THRESHOLD
    assert similarity("Кривой Рог", "Кривий Ріг") >= SAME_PLACE_THRESHOLD


# --------------------------------------------------------------------------------------------------------------
# Words a name is made of that fold as generic words
# --------------------------------------------------------------------------------------------------------------


def test_bila_is_no_near() -> None:
    """The Ukrainian біля (near) is a context word by its spelling: Біла (white), which folds alike, is a word of
    the name Біла Церква (it was left out, and Bila Tserkva read as Tserkva)."""
    assert parse("Біла Церква").stem == parse("Bila Tserkva").stem != parse("Церква").stem
    assert [m.name for m in mentions("біля Часового Яру")] == ["Часового Яру"]
    assert [m.name for m in mentions("Біля Часового Яру")] == ["Часового Яру"]


@pytest.mark.parametrize(("text", "name"), [("у Білій Церкві", "Білій Церкві"), ("в Белой Церкви", "Белой Церкви"),
                                            ("церковь в Шуше", "Шуше")])
def test_a_capitalised_building_word_after_a_name_word_is_part_of_the_name(text: str, name: str) -> None:
    """Russian and Ukrainian write a common noun in lower case: a capitalised church after a capitalised word is the
    name's (Белая Церковь), a church in lower case the building struck."""
    assert [m.name for m in mentions(text)] == [name]


# --------------------------------------------------------------------------------------------------------------
# Regions named by adjectives, front directions
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("adjective", "name"),
    [("Баткенская область", "Batken"), ("Курской области", "Kursk Oblast"), ("в Курской области", "Kursk"),
     ("Харківської області", "Kharkiv Oblast"), ("Донецкой области", "Donetsk"), ("Курскую область", "Kursk")],
)
def test_a_region_adjective_in_any_case_is_read_by_its_stem(adjective: str, name: str) -> None:
    """The adjective's suffix and case ending come off next to its region word; a short name keeps its -ск (Курск)
    and so does -цк (Донецк)."""
    assert parse(adjective).kind == "region"
    assert similarity(adjective, name) == 1.0


@pytest.mark.parametrize(
    ("text", "name"),
    [("Баткенская область", "Баткенская область"), ("в Курской области", "Курской области"),
     ("у Харківській області", "Харківській області")],
)
def test_a_region_adjective_that_is_the_place_keeps_its_word(text: str, name: str) -> None:
    """A unit named by an adjective, the text's own place, is named with its unit word (the event's place reads
    Курской области, not Курской); in an address it stays the bare adjective (Ізюмського in "Кам'янка Ізюмського
    району")."""
    (found,) = mentions(text)
    assert (found.name, found.kind, found.area) == (name, "region", True)


@pytest.mark.parametrize("text", ["the Pokrovsk direction", "Pokrovsk direction", "the Pokrovsk axis"])
def test_an_english_front_direction_is_an_area(text: str) -> None:
    """The Pokrovsk direction is the stretch of front named by the town, as на Покровському напрямку is."""
    (found,) = mentions(text)
    assert (found.name, found.kind, found.area) == ("Pokrovsk", "region", True)
    assert similarity(text, "на Покровському напрямку") >= SAME_PLACE_THRESHOLD


@pytest.mark.parametrize("text", ["in the direction of Pokrovsk", "towards Pokrovsk"])
def test_the_direction_of_a_town_is_towards_it(text: str) -> None:
    (found,) = mentions(text)
    assert (found.name, found.kind) == ("Pokrovsk", None)


def test_a_road_axis_stays_a_road() -> None:
    assert [(m.name, m.kind) for m in mentions("the Gao–Ansongo axis")] == [("Gao", None), ("Ansongo", None)]
    assert parse("the Gao–Ansongo axis").kind is None


def test_an_english_front_direction_meets_the_slavic_one_in_blocking() -> None:
    """Both name no specific place, so blocking asks for a region key in common: the Slavic adjective's key without
    its case ending is the town's (Покровському: Pokrovsk)."""
    found = claim_features(
        (claim("ua/a", 0, "на Покровському напрямку"), claim("isw/b", 0, "the Pokrovsk direction")),
        gazetteer=Gazetteer(()), parties=PARTIES,
    )
    assert is_candidate(found[0], found[1], MatchConfig())
