"""Tests of how `reconcile.places` reads names from eastern Ukraine and Syria: the glide j and the German z in the
phonetic key, generic words that are also name words, and Ukrainian compound prefixes."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from reconcile.places import (
    GENERIC_WORDS,
    SAME_PLACE_THRESHOLD,
    fold,
    mentions,
    parse,
    phonetic_key,
    similarity,
)

# --------------------------------------------------------------------------------------------------------------
# The phonetic key: German, Polish and Czech spellings of the glide
# --------------------------------------------------------------------------------------------------------------

GLIDE_SPELLINGS = [
    ("Marjinka", "Marinka", "Мар'їнка", "Марьинка"),
    ("Awdijiwka", "Avdiivka", "Авдіївка", "Авдеевка"),
    ("Sjewjerodonezk", "Sievierodonetsk", "Северодонецк"),
    ("Kyjiw", "Kyiv", "Київ", "Kiev"),
    ("Makijiwka", "Makiivka", "Макеевка"),
    ("Bjelgorod", "Belgorod", "Белгород"),
    ("Isjum", "Izium", "Изюм"),
    ("Kjur", "Kür", "Кюр"),
    ("Donezk", "Donetsk", "Донецк"),
]


@pytest.mark.parametrize("spellings", GLIDE_SPELLINGS, ids=lambda s: s[0])
def test_glide_spellings_share_a_phonetic_key(spellings: tuple[str, ...]) -> None:
    """A j that only the glide is written as, and the German z of -цк, leave the key as the other spellings have it."""
    assert len({phonetic_key(name) for name in spellings}) == 1


@pytest.mark.parametrize(
    "spellings",
    [
        ("Ganja", "Gandzha", "Gəncə", "Гянджа"),
        ("Najaf", "النجف"),
        ("Borjomi", "ბორჯომი"),
        ("Arjut", "Арджут"),
        ("Baiji", "بيجي"),
        ("Hawija", "الحويجة"),
        ("Gulijan", "Գուլիջան"),
    ],
    ids=lambda s: s[0],
)
def test_english_j_stays_an_affricate_in_the_key(spellings: tuple[str, ...]) -> None:
    """Where English writes dzh as j (after n, r, the velars, between vowels), the key keeps it."""
    assert len({phonetic_key(name) for name in spellings}) == 1


def test_zk_inside_a_stem_is_not_the_german_tsk() -> None:
    """Only the final -zk is German for -цк: Tovuzkala keeps its z."""
    assert phonetic_key("Tovuzkala") == phonetic_key("Թովուզղալա")


# --------------------------------------------------------------------------------------------------------------
# Generic words that are also name words
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Kafr Naya", "kafrnaya"),
        ("Kafr Naha", "kafrnaha"),
        ("كفر ناحية", "kfrnaha"),
        ("Kafr La", "kafrla"),
        ("Ай Нор", "new ay"),
        ("Jor Nor", "new jor"),
    ],
)
def test_name_words_are_not_read_as_generic_words(name: str, folded: str) -> None:
    """A glide (Naya, Ай, Jor) or a vowel an abjad leaves out (Naha, ناحية) keeps a word apart from a generic one."""
    assert fold(name) == folded


def test_two_kafr_villages_are_not_one_name() -> None:
    """Kafr Naya and Kafr Naha, two villages, differ in their second word."""
    assert similarity("Kafr Naya", "Kafr Naha") < 1.0
    assert fold("Kafr Naya") != fold("Kafr Naha")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("near Kafr Naya", ("Kafr Naya",)),
        ("the village of Kafr Naha, Aleppo governorate", ("Kafr Naha", "Aleppo")),
        ("Tell village", ("Tell",)),
        ("Ras al-Ain district", ("Ras al-Ain",)),
    ],
)
def test_mentions_keep_the_word_after_a_head_word(text: str, names: tuple[str, ...]) -> None:
    """Claim text keeps Kafr's complement, and still drops a settlement or region word after a complete name."""
    assert tuple(m.name for m in mentions(text)) == names


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Kafr Naha district", "region"),
        ("Tell village", "settlement"),
        ("ناحية عين عيسى", "region"),
        ("Deir ez-Zor Governorate", "region"),
    ],
)
def test_generic_words_still_say_the_kind(name: str, kind: str) -> None:
    """Generic words in their own script and after a complete name are still generic."""
    assert parse(name).kind == kind


head_words = st.sampled_from(["Kafr", "Tell", "Deir", "Beit", "Ain", "Ras", "كفر", "تل", "دير"])
generic_words = st.sampled_from([w for kind in ("context", "region") for w in GENERIC_WORDS[kind]])


@given(head_words, generic_words)
@example("Kafr", "میں")  # a postposition after a head word: back in the name, and no qualifier (Middle)
def test_a_name_never_folds_to_its_head_word_alone(head: str, word: str) -> None:
    """A head word and one more word (not a settlement word) fold to more than the head word: except a one-sound
    word the head ends with, which doubled sounds being one absorbs (Ras с = Rass = Ras), as in any name."""
    assume(not parse(head).stem.endswith(parse(word).stem))
    assert parse(f"{head} {word}").stem != parse(head).stem


# --------------------------------------------------------------------------------------------------------------
# Ukrainian compound prefixes
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Верхньоторецьке", "upper toreʦke"),
        ("Verkhnotoretske", "upper toreʦke"),
        ("Verkhnyotoretske", "upper toreʦke"),
        ("Нижньоторецьке", "lower toreʦke"),
        ("Nyzhnotoretske", "lower toreʦke"),
        ("Nyzhnyotoretske", "lower toreʦke"),
        ("Великоновосілка", "big novosilka"),
        ("Velykonovosilka", "big novosilka"),
    ],
)
def test_ukrainian_compound_prefixes_are_qualifiers(name: str, folded: str) -> None:
    """Верхньо-, Нижньо- and Велико- and their romanizations are Upper, Lower and Big, as Russian Верхне- is."""
    assert fold(name) == folded


def test_upper_and_lower_toretske_are_told_apart() -> None:
    """Upper and Lower Toretske are two villages; Нижньоторецьке and Nizhnetoretskoye one."""
    assert similarity("Верхньоторецьке", "Нижньоторецьке") < SAME_PLACE_THRESHOLD
    assert similarity("Нижньоторецьке", "Nizhnetoretskoye") >= SAME_PLACE_THRESHOLD


@pytest.mark.parametrize(("text", "names"), [("near Naha", ("Naha",)), ("Fi and Mn", ("Fi", "Mn"))])
def test_arabic_script_generic_words_do_not_take_latin_names(text: str, names: tuple[str, ...]) -> None:
    """ناحية (nahiya), في and من fold as Naha, Fi and Mn, but only their Arabic spelling is a generic word."""
    assert tuple(m.name for m in mentions(text)) == names
