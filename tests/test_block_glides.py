"""The French ou before a vowel is the w of other spellings, for blocking too.

QA of a Mali case: the army's "Tin-Zaouatene", the rebels' "Tinzawaten" and a Russian channel's "под Тинзауатеном"
scored as one name (0.85, 0.83) and the pairs at +7 and +9.5, over the threshold, but were never compared: their
phonetic keys (TNSTN against TNSPTN) shared nothing, so blocking kept them apart and the battle made three events.
A stem with a u between vowels now also waits under the key with that u read as w (docs/matching.md, "Blocking").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile import places
from reconcile.block import blocked_reason, blocking_keys
from reconcile.match import MatchConfig
from tests.test_match import claim, features


def test_the_spellings_share_a_key() -> None:
    keys = [set(places.phonetic_keys(name)) for name in ("Tinzawaten", "Tin-Zaouatene", "Tinzaouatène",
                                                           "Тинзауатеном")]
    assert set.intersection(*keys)


def test_the_claims_are_compared() -> None:
    """Two claims of the same day, one at Tin-Zaouatene and one at Tinzawaten, are a candidate pair."""
    a, b = features(claim("x/1", place="Tin-Zaouatene"), claim("y/1", place="Tinzawaten"))
    config = MatchConfig()
    assert blocking_keys(a, config) & blocking_keys(b, config)
    assert blocked_reason(a, b, config) is None


_LETTERS = st.text(alphabet="aeioubdgkmnrstvwz", min_size=1, max_size=10)


@given(_LETTERS)
def test_a_glide_adds_keys_and_takes_none_away(stem: str) -> None:
    """Reading a u between vowels as w only adds keys: every key the stem had, it keeps (recall never drops)."""
    assert set(places._stem_keys(stem)) <= set(places._glide_keys(stem))
    if "u" not in stem:
        assert places._glide_keys(stem) == places._stem_keys(stem)


@pytest.mark.parametrize(("french", "other"), [("Jouaiyya", "Jwaya"), ("Tinzaouatène", "Tinzawaten"),
                                                ("Kouara", "Kwara"), ("Jouaiya", "Jwaya")])
def test_a_french_ou_before_a_vowel_scores_as_the_w_it_spells(french: str, other: str) -> None:
    """QA of a Lebanon case: the IDF's Jouaiyya and UNIFIL's Jwaya (جويا) scored 0.73, a neighbouring village's
    score; read with its ou as w, the French spelling is one name with the other (at least 0.85)."""
    assert places.similarity(french, other) >= 0.85
    assert places.similarity(other, french) == places.similarity(french, other)


def test_a_first_ou_and_an_ou_before_a_consonant_keep_their_readings() -> None:
    """Ouagadougou (a first Ou, read as w by the sound rules) and Khouribga (ou before a consonant, u) are as they
    were."""
    assert places.similarity("Ouagadougou", "Wagadugu") == 1.0
    assert places.similarity("Khouribga", "Khuribga") == 1.0
