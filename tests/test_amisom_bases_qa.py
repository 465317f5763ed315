"""Al-Shabaab's attacks on AMISOM bases, 2015-2017 (El Adde, Kulbiyow, Leego, Janaale, Halgan): the Somali c is
the ayin that English spellings leave out (Ceel Cado = El Adde); Somali "more than" after the number (100 ka badan),
its words for losses (khasaare) and days of the week with the article (maalintii Jimcaha); the French "certains";
a vague admission ("heavy losses") no longer confirms a toll it does not concede; and a wire relaying both sides
no longer makes them one witness."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.block import candidate_pairs
from reconcile.errors import NormalizeError
from reconcile.match import claim_features
from reconcile.normalize import parse_count, parse_date
from reconcile.places import SAME_PLACE_THRESHOLD, Gazetteer, phonetic_keys, similarity

from .test_independence import claim as claim_i
from .test_independence import event_of as independence_event
from .test_match import claim
from .test_merge_basis import basis
from .test_merge_basis import claim as basis_claim

# --------------------------------------------------------------------------------------------------------------
# 1. The Somali c is the ayin
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("somali", "other"), [
    ("Ceel Cado", "El Adde"),       # the Kenyan base of 15 January 2016: 0.35 before
    ("Ceel Cadde", "El Adde"),
    ("Ceel Cado", "العدي"),          # al-Shabaab's Arabic: 0.39 before
    ("Cadaado", "Adado"),
    ("Ceel Buur", "El Bur"),
    ("Ceel Waaq", "El Wak"),
    ("Cabudwaaq", "Abudwak"),
    ("Ceerigaabo", "Erigavo"),
])
def test_a_somali_spelling_meets_the_spelling_without_its_ayin(somali: str, other: str) -> None:
    """Somali writes the ayin as c; English and Italian spellings leave it out and Arabic writes ع, a vowel to the
    matcher. Read as an affricate, the Somali spelling met neither."""
    assert similarity(somali, other) >= SAME_PLACE_THRESHOLD
    assert set(phonetic_keys(somali)) & set(phonetic_keys(other))


def test_somali_and_english_claims_of_one_attack_are_compared() -> None:
    """Al-Shabaab's Somali release at Ceel Cado and KDF's statement at El Adde shared no blocking key: the two
    accounts of one attack were two events."""
    found = claim_features((claim("shabaab/a", 0, "Ceel Cado"), claim("kdf/b", 0, "El Adde")),
                           gazetteer=Gazetteer(()), parties=())
    assert candidate_pairs(found) == [(0, 1)]
    # A name that does not show itself Somali keeps its c: a ch, which Somali does not write (Cooch Behar), no long
    # vowel written double (Cadiz, Calabria, Cabudwak, an English spelling of Cabudwaaq).
    for name, without_c in (("Cooch Behar", "Ooch Behar"), ("Caen", "Aen"), ("Cadiz", "Adiz"),
                            ("Calabria", "Alabria"), ("Cabudwak", "Abudwak")):
        assert similarity(name, without_c) < SAME_PLACE_THRESHOLD


# --------------------------------------------------------------------------------------------------------------
# 2. Somali and French counts
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high"), [
    ("100 ka badan", 101, None),      # askari 100 ka badan: more than 100 soldiers, once the noun is gone
    ("boqol ka badan", 101, None),
    ("ka badan 100", 101, None),      # dad ka badan 100: people more than 100
    ("100 ka yar", 0, 99),
    ("ka yar 100", 0, 99),
    ("khasaare", 1, None),            # losses
    ("khasaaro", 1, None),
    ("khasaare culus", 1, None),      # heavy losses
    ("khasaare badan", 1, None),
    ("khasaare lixaad leh", 1, None),
    ("khasaare nafeed", 1, None),     # loss of life
    ("certains", 1, None),            # certains militaires sont portés disparus: some
    ("certaines", 1, None),
])
def test_somali_and_french_counts(text: str, low: int, high: int | None) -> None:
    """Each was refused; the message for "100 ka badan" even told to write "100", dropping the bound."""
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)


# --------------------------------------------------------------------------------------------------------------
# 3. A vague admission confirms no toll
# --------------------------------------------------------------------------------------------------------------


def test_heavy_losses_beside_the_enemys_claim_do_not_confirm_a_toll() -> None:
    """India concedes "heavy losses" (at least 1), Pakistan claims more than 100 and an outlet about 200: the best
    rests on the outlet's figure, which the open admission holds but does not concede. It was `confirmed` (the
    side it costs concedes the toll); it is corroborated."""
    own = basis_claim("adgpi/a", figures=("india:soldiers:killed=heavy losses",))
    enemy = basis_claim("ispr/i", figures=("india:soldiers:killed=more than 100",))
    outlet = basis_claim("wire/w", figures=("india:soldiers:killed=about 200",))
    figure, found = basis([own, enemy, outlet], "india")
    assert figure.best > 1
    assert found.grade == "corroborated"
    # An admission of the toll itself ("at least 160") still confirms it beside the enemy's claim.
    conceded = basis_claim("adgpi/a", figures=("india:soldiers:killed=at least 160",))
    figure, found = basis([conceded, enemy], "india")
    assert (figure.best, found.grade) == (160, "confirmed")


# --------------------------------------------------------------------------------------------------------------
# 4. A wire relaying both sides does not make them one witness
# --------------------------------------------------------------------------------------------------------------


def test_a_wire_relaying_both_sides_keeps_them_two_origins() -> None:
    """Reuters passes on Kenya's "casualties" and al-Shabaab's "more than 100", and says nothing of its own: it was
    joined to each origin it relays, so Kenya and al-Shabaab became one witness (El Adde: 2 origins, not 3)."""
    event = independence_event(claim_i("am-mod/a"), claim_i("az-mod/b"), claim_i("wire/c", relays="am-mod"),
                               claim_i("wire/d", relays="az-mod"))
    assert [g.origins for g in event.origins] == [("am-mod",), ("az-mod",)]


def test_a_relay_of_a_wire_relaying_both_sides_adds_no_origin() -> None:
    """An outlet relaying that wire is counted with one of the two, never as a third witness."""
    event = independence_event(claim_i("am-mod/a"), claim_i("az-mod/b"), claim_i("wire/c", relays="am-mod"),
                               claim_i("wire/d", relays="az-mod"), claim_i("news/e", relays="wire"))
    assert event.independent_origins == 2


# --------------------------------------------------------------------------------------------------------------
# 5. Somali dates: the day of the week with its article, the month in the past
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("maalintii Jimcaha 15ka Janaayo 2016", dt.date(2016, 1, 15)),  # El Adde: on the Friday
    ("Jimcaha 15ka Janaayo 2016", dt.date(2016, 1, 15)),
    ("maalinta Axadda 3da Janaayo 2021", dt.date(2021, 1, 3)),
    ("Sabtida 14ka Oktoobar 2017", dt.date(2017, 10, 14)),
    ("15ka bishii Janaayo 2016", dt.date(2016, 1, 15)),
])
def test_somali_days_with_the_article(text: str, day: dt.date) -> None:
    span = parse_date(text)
    assert (span.start, span.end, span.precision) == (day, day, "day")


def test_a_somali_day_with_the_article_is_checked_against_the_date() -> None:
    """15 January 2016 was a Friday, not a Thursday (Khamiista)."""
    with pytest.raises(NormalizeError, match="does not fit the date"):
        parse_date("Khamiista 15ka Janaayo 2016")


def test_the_somali_month_in_the_past() -> None:
    span = parse_date("bishii Juun 2016")
    assert (span.start, span.end, span.precision) == (dt.date(2016, 6, 1), dt.date(2016, 6, 30), "month")


# --------------------------------------------------------------------------------------------------------------
# 6. The article written onto a Latin name
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("joined", "apart"), [
    ("Eladde", "El Adde"),  # KDF's spelling beside the agencies': 0.63 before
    ("Elwak", "El Wak"),
    ("Elbur", "El Bur"),
    ("Elwak", "Ceel Waaq"),
])
def test_the_article_written_onto_a_name_comes_off_as_written_apart(joined: str, apart: str) -> None:
    assert similarity(joined, apart) >= SAME_PLACE_THRESHOLD
    assert set(phonetic_keys(joined)) & set(phonetic_keys(apart))
