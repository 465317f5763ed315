"""Tests of the words in a place text that are not the place's name: administrative units of any country, Urdu and
Hindi postpositions, parts of a place (market, sector), hedged distances, and the English article *a*."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from reconcile.load import load_case
from reconcile.match import MatchConfig, claim_features, score_pair
from reconcile.models import Claim, DateSpan, Party
from reconcile.pipeline import reconcile
from reconcile.places import (
    GENERIC_WORDS,
    SAME_PLACE_THRESHOLD,
    Gazetteer,
    fold,
    mentions,
    parse,
    similarity,
    split_places,
)

# --------------------------------------------------------------------------------------------------------------
# Administrative units are regions, not a place two villages share
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Humera, Western Tigray Zone", "Western Tigray"),
        ("Pazigyi village, Kanbalu Township", "Kanbalu"),
        ("Adi Daero, Laelay Adiabo woreda", "Laelay Adiabo"),
        ("Samre wereda", "Samre"),
        ("Nakyal, Kotli tehsil", "Kotli"),
        ("Uri taluka", "Uri"),
        ("Mendhar mandal", "Mendhar"),
        ("Tatrinote Union Council", "Tatrinote"),
        ("Geneina locality", "Geneina"),
        ("Magway Division", "Magway"),
        ("Neelum valley", "Neelum"),
    ],
)
def test_an_administrative_unit_is_a_region(text: str, region: str) -> None:
    """A unit word (zone, township, woreda, tehsil, union council, locality ...) makes the name before it a region."""
    assert [m.name for m in mentions(text) if m.kind == "region"] == [region]


@pytest.mark.parametrize("text", ["مديرية صرواح", "ولاية غرب دارفور", "تحصیل کوٹلی", "ज़िला पुंछ"])
def test_a_unit_word_in_arabic_or_indic_script_is_a_region(text: str) -> None:
    """Yemen's مديرية, Sudan's ولاية, the Urdu تحصیل and the Hindi ज़िला say the name is a region."""
    assert parse(text).kind == "region"


PARTIES = (Party("gov", "Government"), Party("reb", "Rebels"))


def _claim(source: str, place: str) -> Claim:
    day = dt.date(2020, 11, 9)
    return Claim(source=source, id="c", stated=day, quote="q", date=DateSpan(day, day, "day"), place=place)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Humera, Western Tigray Zone", "Mai Kadra, Western Tigray Zone"),
        ("Pazigyi village, Kanbalu Township", "Ywathit village, Kanbalu Township"),
    ],
)
def test_two_villages_of_one_unit_are_two_places(a: str, b: str) -> None:
    """Two villages named with the unit they lie in compare as two names, not as "one name" through the unit."""
    fa, fb = claim_features([_claim("s1", a), _claim("s2", b)], gazetteer=Gazetteer(()), parties=PARTIES)
    place = next(c for c in score_pair(fa, fb).contributions if c.feature == "place")
    assert place.weight < 0, place.reason


def test_a_village_and_its_unit_alone_lie_in_one_region() -> None:
    """A claim naming only the unit and one naming a village in it: no specific place to compare, one region."""
    fa, fb = claim_features(
        [_claim("s1", "Pazigyi village, Kanbalu Township"), _claim("s2", "Kanbalu Township")],
        gazetteer=Gazetteer(()), parties=PARTIES,
    )
    place = next(c for c in score_pair(fa, fb).contributions if c.feature == "place")
    assert place.weight > 0, place.reason


def test_state_inside_a_name_is_not_a_unit() -> None:
    """State before another word of a name is an adjective (a Soviet state farm), not a unit word."""
    assert parse("Shahumyan State Farm").kind is None
    assert parse("Ayrum Winemaking State Farm Settlement").kind == "settlement"


# --------------------------------------------------------------------------------------------------------------
# Urdu and Hindi postpositions, sector, market
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("نکیال سیکٹر میں", "Nakyal"),
        ("نکیال میں", "Nakyal"),
        ("नकियाल सेक्टर में", "नकियाल"),
        ("پونچھ کے", "پونچھ"),
        ("سوق ضحيان", "Dhahyan"),
        ("Dhahyan market", "Dhahyan"),
    ],
)
def test_postpositions_and_generic_words_are_not_the_name(text: str, name: str) -> None:
    """Urdu میں/کے, Hindi में, سیکٹر/सेक्टर (sector) and سوق/market are left out of the name."""
    assert similarity(text, name) >= SAME_PLACE_THRESHOLD
    assert len(split_places(text)) == 1


@pytest.mark.parametrize("text", ["نکیال میں", "نکیال سیکٹر میں", "میں نکیال", "کوٹلی میں"])
def test_a_postposition_is_never_a_qualifier(text: str) -> None:
    """میں ("in") folds like Mijin (Middle) but is a postposition: it never becomes the qualifier "middle"."""
    assert parse(text).tags == frozenset()


@pytest.mark.parametrize("name", ["Ke Lay", "Se Par", "Ka Ni", "Par"])
def test_indic_postpositions_are_generic_in_their_own_script_only(name: str) -> None:
    """के, से, पर and का are postpositions in Devanagari; Ke, Se, Par and Ka in Latin letters are syllables of names."""
    assert len(fold(name).replace(" ", "")) >= len(name.replace(" ", "")) - 1


INDIC_GENERIC_WORDS = sorted(
    word for words in GENERIC_WORDS.values() for word in words if any("\u0900" <= ch <= "\u0dff" for ch in word)
)


LATIN_GENERIC_WORDS = frozenset(word for words in GENERIC_WORDS.values() for word in words if word.isascii())


@given(st.sampled_from(INDIC_GENERIC_WORDS))
@example("पर")
@example("ज़िला")  # zila: a generic word in Latin letters too
def test_an_indic_generic_word_read_in_latin_letters_is_a_name(word: str) -> None:
    """Whatever an Indic generic word folds to, the same sounds in Latin letters are a word of a name (one-letter
    readings aside: they may be a Cyrillic preposition, с; and readings that are a Latin generic word of their own,
    as ज़िला is zila)."""
    latin = fold(word).capitalize()
    assume(len(latin) > 1 and latin.casefold() not in LATIN_GENERIC_WORDS)
    assert split_places(f"{latin} Lay") == (f"{latin} Lay",)


THAI_KHMER_GENERIC_WORDS = sorted(
    word for words in GENERIC_WORDS.values() for word in words
    if any("\u0e00" <= ch <= "\u0e7f" or "\u1780" <= ch <= "\u17ff" for ch in word)
)


@given(st.sampled_from(THAI_KHMER_GENERIC_WORDS))
@example("ที่")
@example("ใน")
def test_a_thai_or_khmer_generic_word_read_in_latin_letters_is_a_name(word: str) -> None:
    """Thai and Khmer generic words are generic in their own script only: ที่ (at) reads as Ti, ใน (in) as Nai, and
    those are words of names in Latin letters (readings that sound as a Latin generic word, as ปราสาท is prasat and
    อำเภอ amphoe, aside)."""
    latin = fold(word).capitalize()
    assume(len(latin) > 1 and fold(latin) not in {fold(generic) for generic in LATIN_GENERIC_WORDS})
    assert split_places(f"{latin} Lay") == (f"{latin} Lay",)


def test_a_military_camp_is_no_place_of_its_own() -> None:
    """A military camp west of Marib city names Marib only."""
    assert split_places("military camp west of Marib city") == ("Marib",)


# --------------------------------------------------------------------------------------------------------------
# Hedged distances
# --------------------------------------------------------------------------------------------------------------

HEDGES = ["about", "some", "roughly", "approximately", "approx.", "nearly", "up to", "around", "около"]


@pytest.mark.parametrize("hedge", HEDGES)
def test_a_hedged_distance_is_not_a_name(hedge: str) -> None:
    """Togoga, about 20 km west of Mekelle, names Togoga and Mekelle (where the distance is measured from), not
    "about"; the incident's place is Togoga."""
    text = f"Togoga, {hedge} 20 km west of Mekelle"
    assert [(m.name, m.reference) for m in mentions(text)] == [("Togoga", False), ("Mekelle", True)]
    assert split_places(text) == ("Togoga",)


@given(st.sampled_from(HEDGES), st.integers(1, 500), st.sampled_from(["km", "kilometres", "miles", "metres"]))
@example("up to", 3, "km")
def test_a_hedge_before_a_distance_is_context(hedge: str, number: int, unit: str) -> None:
    """Whatever the hedge, number and unit, the text folds to the place it is measured from."""
    assert fold(f"{hedge} {number} {unit} north of Mekelle") == fold("Mekelle")


@pytest.mark.parametrize("name", ["Some", "Upton", "Nearly Hall"])
def test_a_hedge_word_without_a_distance_is_part_of_a_name(name: str) -> None:
    """A hedge word is context only before a distance."""
    assert split_places(name) == (name,)


# --------------------------------------------------------------------------------------------------------------
# The English article
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Nang Pa", "A Nang Pa"),
        ("a village near A Nang Pa", "A Nang Pa"),
        ("A Village near Humera", "Humera"),
        ("a village near Humera", "Humera"),
        ("near a Humera checkpoint", "Humera"),  # a checkpoint is a context word
        ("à 30 km de Gao", "Gao"),
    ],
)
def test_a_is_an_article_only_before_a_common_noun(text: str, name: str) -> None:
    """The article *a* is written in lower case or comes before a lower-case or generic word; a capital A before a
    capitalised word is the name's own (A Nang Pa, a Kachin village)."""
    assert split_places(text) == (name,)


def test_a_nang_pa_keeps_its_a() -> None:
    """A Nang Pa and Nang Pa are read as two names, not one."""
    assert fold("A Nang Pa") != fold("Nang Pa")


@pytest.mark.parametrize("text", ["D Lashkargah", "د لښکرګاه ښار", "T Kafan"])
def test_a_lone_letter_is_no_ordinal(text: str) -> None:
    """An ordinal written with digits (5th) is read as its word before folding drops the digits, so a lone D or T
    (the Pashto د, "of") is no "fifth" or "fourth"."""
    assert parse(text).tags == frozenset()


@pytest.mark.parametrize(("text", "tag"), [("5th Kafan", "fifth"), ("Kafan 2ND", "second"), ("1st Kafan", "first")])
def test_ordinals_with_digits_stay_qualifiers(text: str, tag: str) -> None:
    assert parse(text).tags == frozenset({tag})
    assert parse(text).stem == parse("Kafan").stem


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("د لښکرګاه ښار", "لښکرګاه", "settlement"), ("د هلمند ولایت", "هلمند", "region"),
    ("Nawa wuleswali", "Nawa", "region"), ("در شهر کندز", "کندز", "settlement"),
])
def test_dari_and_pashto_words(text: str, name: str, kind: str) -> None:
    """Pashto د (of), Dari در (in), the words for city, district and province are not the name."""
    assert [(m.name, m.kind) for m in mentions(text)] == [(name, kind)]


@pytest.mark.parametrize(("text", "names"), [
    ("No Fire Zone", []), ("Mullivaikkal, safe zone", ["Mullivaikkal"]), ("buffer zone near Kfar Kila", ["Kfar Kila"]),
    ("Idlib de-escalation zone", ["Idlib"]), ("Humera, Western Tigray Zone", ["Humera", "Western Tigray"]),
])
def test_a_zone_of_war_is_no_region(text: str, names: list[str]) -> None:
    """A no-fire, safe or buffer zone is an area, not a region named "No Fire"; an administrative zone still is."""
    assert [m.name for m in mentions(text)] == names


@pytest.mark.parametrize(("a", "b"), [("Kabul PD9", "Kabul PD 13"), ("district 9", "district 13"),
                                      ("Camp 3", "Camp 5"), ("Hill 402", "Hill 420")])
def test_a_number_tells_places_of_one_name_apart(a: str, b: str) -> None:
    """A number in a name is a tag of its own: two numbers are two places; the same number written apart or
    together is one."""
    assert similarity(a, b) <= 0.5
    assert similarity(a, a.replace(" ", "")) == 1.0 or " " not in a


@pytest.mark.parametrize(("text", "found"), [
    ("police district 9 of Kabul", [("district 9", False), ("Kabul", True)]),
    ("police district 13, Kabul", [("district 13", False), ("Kabul", True)]),
    ("28 May", [("28 May", False)]),
    ("Berdavan, 3 km north", [("Berdavan", False)]),
])
def test_numbered_places_and_what_contains_them(text: str, found: list[tuple[str, bool]]) -> None:
    """A number with the word before it names a place (district 9), a leading number is part of the name (28 May),
    a distance's number is none; the place after "of" a numbered district contains it."""
    assert [(m.name, m.container) for m in mentions(text) if m.kind != "region"] == found


def test_two_numbered_districts_of_one_city_are_two_events(tmp_path: Path) -> None:
    """Two bombings in police districts 9 and 13 of Kabul on one day, 2 and 85 killed, stay two events (they merged
    on Kabul, +5; two numbered districts of one name count as neighbours, +1)."""
    (tmp_path / "case.yaml").write_text("case: kb\ntitle: T\nparties:\n  - {id: af, name: Afghanistan}\n",
                                        encoding="utf-8")
    (tmp_path / "a.yaml").write_text(
        "source: {id: a, name: A, kind: media}\nclaims:\n"
        "  - {id: x, stated: 2021-05-08, quote: q, date: 2021-05-08, place: police district 9 of Kabul,"
        " event: bombing, casualties: [{party: af, category: civilians, killed: 2}]}\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text(
        "source: {id: b, name: B, kind: monitor}\nclaims:\n"
        "  - {id: y, stated: 2021-05-10, quote: q, date: 2021-05-08, place: \"police district 13, Kabul\","
        " event: bombing, casualties: [{party: af, category: civilians, killed: 85}]}\n", encoding="utf-8")
    assert len(reconcile(load_case(tmp_path)).events) == 2


@pytest.mark.parametrize(("a", "b"), [("Mullivaikkal East", "Mullivaikkal West"), ("district 9", "district 13"),
                                      ("North Waziristan", "South Waziristan")])
def test_two_numbers_or_sides_of_one_name_are_different_names(a: str, b: str) -> None:
    """They share a skeleton, which marks a cognate or a neighbour elsewhere; here the name says two places, so the
    place feature counts them as different names (-4), and a claim naming the plain name cannot chain them."""
    fa, fb = claim_features([_claim("s1", a), _claim("s2", b)], gazetteer=Gazetteer(()), parties=PARTIES)
    place = next(c for c in score_pair(fa, fb).contributions if c.feature == "place")
    assert place.weight == MatchConfig().place_different, place.reason


@pytest.mark.parametrize("text", ["долина реки Галван", "в долине реки Галван", "у долині річки Галван"])
def test_the_russian_and_ukrainian_valley_is_no_part_of_the_name(text: str) -> None:
    """The valley (долина), as the English "valley" and the Russian gorge (ущелье): its river is the name, so the text
    meets the valley's name in any script (the word stayed in the name, and the text met no other spelling)."""
    names = [m.name for m in mentions(text)]
    assert not any("долин" in name for name in names)
    assert similarity(text, "Galwan Valley") >= SAME_PLACE_THRESHOLD
