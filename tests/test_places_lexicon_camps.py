"""Place-name vocabulary and keys: abjad final h, Hebrew and Arabic camp words and articles, squares, stations
and buildings, Slavic abbreviations and oblique adjectives, the Hebrew ע for ghayn, and the keys of a name with one
word more."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.places import (
    SAME_PLACE_THRESHOLD,
    fold,
    phonetic_key,
    phonetic_keys,
    phonetic_word_keys,
    similarity,
    split_places,
)


def _meet(a: str, b: str) -> bool:
    """Whether two names share a blocking key (their own or that of a name with one word more)."""
    return bool(set(phonetic_keys(a) + phonetic_word_keys(a)) & set(phonetic_keys(b) + phonetic_word_keys(b)))


# --------------------------------------------------------------------------------------------------------------
# An abjad final h: the short vowel before it is unwritten
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("abjad", "latin"),
    [("رفح", "Rafah"), ("دير البلح", "Deir al-Balah"), ("רפיח", "Rafah"), ("בית חאנון", "Beit Hanoun")],
)
def test_abjad_final_h_shares_the_key_of_the_latin_spelling(abjad: str, latin: str) -> None:
    """A final ح/ח after a consonant keys as the Latin -ah does (the key leaves a final h out)."""
    assert phonetic_key(abjad) == phonetic_key(latin)
    assert similarity(abjad, latin) >= SAME_PLACE_THRESHOLD


def test_hebrew_het_is_h() -> None:
    """Hebrew ח is read h, as Israel's romanization and the Arabic ح it writes have it."""
    assert fold("חיפה") == "hifa"
    assert similarity("חיפה", "Haifa") > 0.9


@given(st.text(st.sampled_from("bdflmnrv"), min_size=1, max_size=4))
@example("rf")
def test_final_h_never_changes_the_key(consonants: str) -> None:
    """A name and the name with an h after it share the key, after a vowel or a consonant (one that makes no
    digraph with the h)."""
    for name in (consonants + "a", consonants):
        assert phonetic_key(name + "h") == phonetic_key(name)


# --------------------------------------------------------------------------------------------------------------
# Generic words
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("במחנה הפליטים ג'באליה", "Jabalia refugee camp"),
        ("מחנה פליטים ג'באליה", "Jabalia"),
        ("مخيم جباليا للاجئين", "Jabalia"),
        ("אל-ח'יאם", "El-Khiam"),
    ],
)
def test_hebrew_and_arabic_camp_words_and_article(text: str, name: str) -> None:
    """Camp and refugee words with their prefixes, and the Hebrew-written Arabic article, leave the stem."""
    assert phonetic_key(text) == phonetic_key(name)
    assert similarity(text, name) >= SAME_PLACE_THRESHOLD


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gori main square", "Gori"),
        ("მოედანი გორი", "Gori"),
        ("площадь Ленина", "Lenin square"),
        ("Kramatorsk railway station", "Kramatorsk"),
        ("Kramatorsk train station", "Kramatorsk"),
        ("залізничний вокзал Краматорська", "Kramatorsk"),
        ("в центре Харькова", "Kharkiv"),
        ("у центрі Харкова", "Kharkiv"),
        ("downtown Kharkiv", "Kharkiv"),
        ("Mariupol drama theatre", "Маріуполь"),
        ("Kremenchuk shopping mall", "Кременчук"),
        ("hromada Bakhmut", "Bakhmut"),
        ("Донецкой Народной Республике", "Donetsk"),
    ],
)
def test_squares_stations_buildings_and_units_leave_the_stem(text: str, name: str) -> None:
    """Squares, stations, buildings, "the centre of" and administrative words are not the place's name."""
    assert phonetic_key(text) == phonetic_key(name)
    assert similarity(text, name) >= SAME_PLACE_THRESHOLD


@pytest.mark.parametrize(("region", "other"), [("Central Darfur", "Darfur"), ("Centre-Nord", "Nord")])
def test_central_still_names_a_region(region: str, other: str) -> None:
    """The English "Central" and the French "Centre" begin names of regions: they stay in the stem."""
    assert fold(region) != fold(other)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("ж/д вокзал в Краматорске", ("Краматорске",)),
        ("ж.-д. станция Лозовая", ("Лозовая",)),
        ("с.м.т. Покровське", ("Покровське",)),
        ("п.г.т. Покровское", ("Покровское",)),
    ],
)
def test_slavic_abbreviations_do_not_come_apart(text: str, places: tuple[str, ...]) -> None:
    """ж/д (railway), с.м.т. and п.г.т. (urban-type settlement) are generic, not letters or places."""
    assert split_places(text) == places


# --------------------------------------------------------------------------------------------------------------
# Slavic oblique adjectives
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("oblique", "name"), [("Ізюмського", "Izium"), ("Покровського", "Pokrovske"), ("Ізюмського району", "Izium")]
)
def test_oblique_adjective_is_the_name(oblique: str, name: str) -> None:
    """The genitive and dative of a -ський/-ский adjective may be left out as an ending."""
    assert similarity(oblique, name) >= SAME_PLACE_THRESHOLD


# --------------------------------------------------------------------------------------------------------------
# The Hebrew ע for a ghayn
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("hebrew", "other"), [("עזה", "Gaza"), ("עזה", "غزة"), ("בעזה", "Gaza")])
def test_hebrew_ayin_is_also_ghayn(hebrew: str, other: str) -> None:
    """A name beginning with ע is also read with it as gh, for 0.95: it scores and keys as Gaza does."""
    assert similarity(hebrew, other) >= SAME_PLACE_THRESHOLD
    assert phonetic_key(other) in phonetic_keys(hebrew)


def test_hebrew_ayin_with_geresh_is_ghayn() -> None:
    """ע׳ is the ghayn itself (ע׳ג׳ר = Ghajar)."""
    assert fold("ע'ג'ר") == fold("ע׳ג׳ר") == "ɣʤr"
    assert phonetic_key("ע'ג'ר") == phonetic_key("Ghajar")


# --------------------------------------------------------------------------------------------------------------
# Blocking a name with one word more
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("longer", "name"), [("central Kharkiv", "Kharkiv"), ("Karmir Aghbyur", "Aghbyur")])
def test_a_name_with_one_word_more_meets_the_name(longer: str, name: str) -> None:
    """A name the similarity accepts with its end word left out shares a blocking key with it."""
    assert _meet(longer, name)


def test_a_head_word_gets_no_word_keys() -> None:
    """Kfar Aza names another place than Aza: no key without the head word."""
    assert phonetic_word_keys("Kfar Aza") == ()
    assert not _meet("Kfar Aza", "Aza")


@given(st.lists(st.sampled_from(["Gori", "Kharkiv", "Aghbyur", "Lenin", "Zugdidi", "Rafah"]), min_size=1, max_size=3))
def test_word_keys_are_extra(words: list[str]) -> None:
    """The word keys never repeat the name's own keys, and a one-word name has none."""
    name = " ".join(words)
    keys = phonetic_word_keys(name)
    assert not set(keys) & set(phonetic_keys(name))
    if len(words) == 1:
        assert keys == ()
