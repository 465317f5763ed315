"""Place names in the scripts that write vowels as signs on consonants, and romanizations the folding must read."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.places import SAME_PLACE_THRESHOLD, SUBSTITUTION_COSTS, fold, phonetic_key, phonetic_keys, similarity


@pytest.mark.parametrize(
    ("written", "romanized"),
    [
        ("पुंछ", "Poonch"),
        ("कोटली", "Kotli"),
        ("उड़ी", "Uri"),
        ("कुपवाड़ा", "Kupwara"),
        ("नौशेरा", "Nowshera"),
        ("ਅੰਮ੍ਰਿਤਸਰ", "Amritsar"),
        ("বরিশাল", "Barisal"),
    ],
)
def test_brahmic_names_keep_their_vowel_signs(written: str, romanized: str) -> None:
    """Vowel signs, nasal signs and the nukta flap are read, so a Hindi, Punjabi or Bengali name meets its English
    spelling."""
    assert similarity(written, romanized) >= SAME_PLACE_THRESHOLD


def test_a_devanagari_vowel_sign_is_read() -> None:
    """कोटली folds with its o and i, not as a bare consonant skeleton."""
    assert fold("कोटली") == fold("Kotli") == "kotli"


def test_anusvara_is_a_nasal_before_the_next_consonant() -> None:
    """The anusvara of पुंछ is the n of Poonch; before a labial it is m, as in Latin spellings."""
    assert fold("पुंछ") == "punʧ"
    assert fold("कंपनी") == "kmpni"  # the inherent a is not written; a vowel left out is cheap


def test_latin_combining_marks_still_strip() -> None:
    """Latin decorative diacritics are not read as abugida signs."""
    assert fold(unicodedata.normalize("NFD", "Gəncə")) == fold("Gəncə")


def test_nowshera_and_naushera_are_one_place() -> None:
    """English ow before a consonant is the diphthong other spellings write au."""
    assert similarity("Nowshera", "Naushera") >= SAME_PLACE_THRESHOLD
    assert phonetic_key("Nowshera") == phonetic_key("Naushera")


@pytest.mark.parametrize(("french", "english"), [("Kouchar", "Kushar"), ("El-Facher", "El Fasher")])
def test_french_ch_shares_a_key_with_sh(french: str, english: str) -> None:
    """A pair the similarity accepts through the cheap ch/sh confusion meets in blocking."""
    assert similarity(french, english) >= SAME_PLACE_THRESHOLD
    assert phonetic_key(french) == phonetic_key(english)


# The consonants of the key, and a stand-in spelling for each, to build stems from.
_CONSONANTS = "bdfgklmnprstvxzʃʒʧʤʦʣɣ"
_CHEAP = 0.5


def test_every_cheap_consonant_confusion_stays_in_one_key_class() -> None:
    """Two consonants `SUBSTITUTION_COSTS` lets replace each other for at most 0.5 share a key class, so a name and
    the name with that confusion share a phonetic key (the ambiguous c before k, and l/gh, are left: c is an
    affricate for the key, and the Armenian ł for gh is rare outside Hübschmann-Meillet text)."""
    left = {("c", "k"), ("l", "ɣ")}
    for (a, b), cost in SUBSTITUTION_COSTS.items():
        if cost <= _CHEAP and a in _CONSONANTS + "c" and b in _CONSONANTS + "c" and (a, b) not in left:
            assert phonetic_key(f"a{a}a") == phonetic_key(f"a{b}a"), (a, b)


_stems = st.lists(st.sampled_from(_CONSONANTS), min_size=2, max_size=6).flatmap(
    lambda consonants: st.lists(st.sampled_from("aeiou"), min_size=len(consonants), max_size=len(consonants)).map(
        lambda vowels: "".join(c + v for c, v in zip(consonants, vowels, strict=True))
    )
)
_confusions = st.sampled_from(
    sorted(
        (a, b)
        for (a, b), cost in SUBSTITUTION_COSTS.items()
        if cost <= _CHEAP and a in _CONSONANTS and b in _CONSONANTS and {a, b} != {"l", "ɣ"}
    )
)


@given(_stems, _confusions)
@example("kuʧar", ("ʧ", "ʃ"))
@example("faʧer", ("ʧ", "ʃ"))
@example("bodabababa", ("b", "v"))  # an initial vo is read o (Voskepar = Oskepar): out of the law's reach
def test_a_confused_consonant_keeps_the_key(stem: str, confusion: tuple[str, str]) -> None:
    """A stem and the stem with one cheap confusion of a consonant that reach `SAME_PLACE_THRESHOLD` share a key,
    unless the confusion makes an initial vo or vu, which the sound rules read as o and u.

    The general law (any two names at the threshold share a key) does not hold: a consonant no romanization
    confuses costs 1.6, and a stem of seven sounds forgives one (see the pinned counterexample below)."""
    a, b = confusion
    if a not in fold(stem):
        return
    varied = fold(stem).replace(a, b, 1)
    if varied.startswith(("vo", "vu")) and not fold(stem).startswith(("vo", "vu")):
        return
    if similarity(stem, varied) >= SAME_PLACE_THRESHOLD:
        assert phonetic_key(stem) == phonetic_key(varied)


def test_an_unrelated_consonant_in_a_long_name_parts_the_keys() -> None:
    """Why the key cannot bound the similarity in general: one unconfused consonant in a long name."""
    assert similarity("Karmiraghbyur", "Karmiraghbyul") >= SAME_PLACE_THRESHOLD
    assert phonetic_key("Karmiraghbyur") != phonetic_key("Karmiraghbyul")


@pytest.mark.parametrize(("a", "b"), [("Kitshanga", "Kitchanga"), ("Rutshuru", "Rutchuru"),
                                      ("Tshisekedi", "Chisekedi")])
def test_tsh_is_the_affricate_ch(a: str, b: str) -> None:
    """The Bantu tsh is one sound, ch: the two spellings score as one name and share a blocking key (a denial of the
    Kitshanga killings met the claim of Kitchanga only once they did)."""
    assert similarity(a, b) >= SAME_PLACE_THRESHOLD
    assert set(phonetic_keys(a)) & set(phonetic_keys(b))


@pytest.mark.parametrize(("inflected", "name"), [("Շուշիում", "Shushi"), ("Շուշիից", "Shushi"),
                                                 ("Մարտունիում", "Martuni"), ("Գյումրիում", "Gyumri")])
def test_armenian_cases_after_a_final_i(inflected: str, name: str) -> None:
    """The Armenian locative and ablative follow a name's final i (in Shushi, from Shushi), where the ablative's
    own i is one with it: the name is still the name."""
    assert similarity(inflected, name) >= 0.9


@pytest.mark.parametrize(("written", "name"), [("வவுனியா", "Vavuniya"), ("முல்லைத்தீவு", "Mullaitivu"),
                                               ("कोटली", "Kotli"), ("अमृतसर", "Amritsar")])
def test_the_inherent_vowel_where_the_script_says_it(written: str, name: str) -> None:
    """Tamil and Sinhala mark a consonant without its vowel, so a bare consonant before another carries a
    (வவுனியா is Vavuniya, no longer 'uniya'); Devanagari words are read as written, as Hindi drops it (Amritsar)."""
    assert similarity(written, name) >= 0.85
