"""Hebrew one-letter words (ב in, ל to, מ from, ו and, ש that, כ as) written onto a place name."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.places import SAME_PLACE_THRESHOLD, phonetic_key, phonetic_keys, similarity

PREFIXED = [
    ("בשדרות", "שדרות"),
    ("ובשדרות", "שדרות"),
    ("לשדרות", "שדרות"),
    ("בעזה", "עזה"),
    ("מרפיח", "רפיח"),
    ("בחאן יונס", "חאן יונס"),
    ("ובית חאנון", "בית חאנון"),
    ("\u200fבשדרות", "שדרות"),
]


@pytest.mark.parametrize(("prefixed", "name"), PREFIXED)
def test_prefixed_name_is_the_name(prefixed: str, name: str) -> None:
    """A name with one-letter words written onto it scores 1.0 against the name."""
    assert similarity(prefixed, name) == 1.0
    assert similarity(name, prefixed) == 1.0


@pytest.mark.parametrize(
    ("prefixed", "name"),
    [("בשדרות", "Sderot"), ("ובשדרות", "Sderot"), ("מרפיח", "Rafah"), ("בחאן יונס", "Khan Younis")],
)
def test_prefixed_name_matches_its_romanization(prefixed: str, name: str) -> None:
    """The prefixed Hebrew name scores as the bare Hebrew name does against its romanization."""
    assert similarity(prefixed, name) >= SAME_PLACE_THRESHOLD


@pytest.mark.parametrize(
    ("name", "other"),
    [("לוד", "Od"), ("מגן", "Gan"), ("באר שבע", "Ar Sheva"), ("כפר עזה", "Far Aza")],
)
def test_name_beginning_with_a_prefix_letter_keeps_it(name: str, other: str) -> None:
    """A name whose own first letter is a prefix letter does not match the name without it."""
    assert similarity(name, other) < SAME_PLACE_THRESHOLD


@pytest.mark.parametrize("name", ["לוד", "מגן", "באר שבע", "כפר עזה", "הרצליה", "שדרות"])
def test_no_second_key_without_a_prefix(name: str) -> None:
    """A name with no one-letter word to take off has its one phonetic key."""
    assert phonetic_keys(name) == (phonetic_key(name),)


def test_a_latin_name_loses_no_first_letter() -> None:
    """A Latin name's first letter is no prefix: Sderot has no key of "derot" (its other key is the French silent
    final t's, `places._FRENCH_SILENT_RE`)."""
    assert phonetic_keys("Sderot")[0] == phonetic_key("Sderot")
    assert phonetic_key("derot") not in phonetic_keys("Sderot")


def test_prefixed_name_shares_a_key_with_its_romanization() -> None:
    """בשדרות has a blocking key Sderot has, and its own first."""
    keys = phonetic_keys("ובשדרות")
    assert keys[0] == phonetic_key("ובשדרות")
    assert phonetic_key("Sderot") in keys


HEBREW_NAMES = st.text(st.sampled_from("אבגדהוזחטיכלמנסעפצקרשת"), min_size=3, max_size=8)


@given(HEBREW_NAMES, st.sampled_from(["ב", "ל", "מ", "ו", "וב", "ומ", "של", "כ"]))
def test_prefix_never_lowers_similarity(name: str, prefix: str) -> None:
    """Writing a one-letter word onto a name of three letters or more leaves it the same place."""
    assert similarity(prefix + name, name) == 1.0


@given(HEBREW_NAMES, HEBREW_NAMES)
def test_similarity_stays_symmetric(a: str, b: str) -> None:
    """Reading prefixes keeps similarity symmetric."""
    assert similarity(a, b) == similarity(b, a)


def test_a_hebrew_name_with_a_preposition_meets_its_name_in_blocking() -> None:
    """בשדרות ("in Sderot") and Sderot share a blocking key, so their claims are compared at all."""
    from reconcile import block
    from tests.test_match import claim, features

    a, b = features(claim("idf/a", 0, "בשדרות"), claim("wire/b", 0, "Sderot"))
    assert block.blocking_keys(a, block.MatchConfig()) & block.blocking_keys(b, block.MatchConfig())
    assert block.is_candidate(a, b, block.MatchConfig())
