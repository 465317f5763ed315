"""Place names of north-east Syria and the Turkish border as sources write them: Arabic script, Kurmanji (Latin
letters with ê î û ç ş), Sorani (Arabic letters with ۆ ێ ڕ), Turkish with its case endings, and English
romanizations; matched without a gazetteer."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.match import MatchConfig, Scorer, claim_features
from reconcile.models import GazetteerEntry
from reconcile.places import (
    SAME_PLACE_THRESHOLD,
    Gazetteer,
    _without_ending,
    fold,
    mentions,
    phonetic_keys,
    similarity,
    split_places,
)
from tests.test_match import PARTIES, claim

EMPTY = Gazetteer(())


# --- an Arabic m before n and a labial --------------------------------------------------------------------------


@pytest.mark.parametrize("latin", ["Manbij", "Menbij", "Mambij", "Menbîc", "Манбидж"])
def test_an_abjad_m_before_n_and_a_labial_keeps_its_n(latin: str) -> None:
    """منبج is m-n-b-j: the n before b reads as m, and the two m were one (mbʤ, 0.64 to Manbij)."""
    assert fold("منبج") == "mambʤ"
    assert similarity("منبج", latin) >= SAME_PLACE_THRESHOLD
    assert set(phonetic_keys("منبج")) & set(phonetic_keys(latin))


@given(st.text(alphabet="منبجپمعيالو", min_size=1, max_size=8))
@example("منبج")
@example("ممنب")
def test_abjad_folding_stays_idempotent(word: str) -> None:
    """The vowel written between m and n is a Latin letter: folding the fold changes nothing."""
    assert fold(fold(word)) == fold(word)


def test_latin_doubled_m_before_b_is_still_one() -> None:
    """The rule is the abjad's: a Latin doubled m before b stays one m."""
    assert fold("Mammbo") == fold("Mambo")


# --- Kurmanji and Sorani place words ---------------------------------------------------------------------------


@pytest.mark.parametrize("other", ["Ain Issa", "Ayn Isa", "عين عيسى"])
def test_kurdish_en_is_the_head_word_spring_not_the_spanish_en(other: str) -> None:
    """Ên Îsa (Ain Issa) kept its Ên: it folded as the Spanish "en" and read as Îsa."""
    assert split_places("Ên Îsa") == ("Ên Îsa",)
    assert similarity("Ên Îsa", other) >= SAME_PLACE_THRESHOLD


@pytest.mark.parametrize(("text", "names"), [
    ("en Ituri", ("Ituri",)),
    ("En la vereda El Carmen", ("El Carmen",)),
    ("en el municipio de Tumaco", ("Tumaco",)),
])
def test_the_spanish_and_french_en_is_still_context(text: str, names: tuple[str, ...]) -> None:
    assert split_places(text) == names


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("li gundê Til Temir", "Til Temir", "settlement"),
    ("bajarê Serêkaniyê", "Serêkaniyê", "settlement"),
    ("li bajarê Kobanê", "Kobanê", "settlement"),
    ("li gunde Til Temir", "Til Temir", "settlement"),
    ("herêma Girê Spî", "Girê Spî", "region"),
    ("nêzîkî Tel Temir", "Tel Temir", None),
    ("li Qamişlo", "Qamişlo", None),
    ("لە شاری کۆبانێ", "کۆبانێ", "settlement"),
    ("گوندی تل تەمر", "تل تەمر", "settlement"),
    ("navçeya Dirbêsiyê", "Dirbêsiyê", "region"),
    ("navçe Dirbêsiyê", "Dirbêsiyê", "region"),
    ("gundewarê Qamişlo", "Qamişlo", "region"),
    ("kampa Holê", "Holê", "settlement"),
    ("li derdora Til Temir", "Til Temir", None),
])
def test_kurdish_place_words(text: str, name: str, kind: str | None) -> None:
    """Kurmanji and Sorani words for in, village, town, region and near say what the name is, not which."""
    found = mentions(text)
    assert [(m.name, m.kind) for m in found] == [(name, kind)]


@pytest.mark.parametrize("name", ["Li Xian", "Ji'an", "Gunde", "Bajar Kala"])
def test_capitalised_kurdish_short_words_stay_in_names(name: str) -> None:
    """Li, Ji, Gund and Bajar are context only in lower case: capitalised they begin names."""
    assert split_places(name) == (name,)


@pytest.mark.parametrize(("long", "short"), [
    ("Til Temir", "Temir"), ("Girê Spî", "Spî"), ("Kaniya Kurda", "Kurda"), ("Dêra Sor", "Sor"),
])
def test_kurdish_head_words_name_other_places(long: str, short: str) -> None:
    """Til (tell), Girê (hill), Kaniya (spring), Dêra (monastery) head names, as Tal, Ayn and Deir do: the name
    without them is another place (0.85 before, the one-extra-word relief)."""
    assert similarity(long, short) < SAME_PLACE_THRESHOLD


@pytest.mark.parametrize(("long", "short"), [("Ain Issa", "Ain"), ("Girê Spî", "Girê"), ("Tal Abyad", "Tal")])
def test_a_bare_head_word_is_not_the_name_it_heads(long: str, short: str) -> None:
    """A name of nothing but a head word gets no extra-word relief against a name it heads (0.85 before)."""
    assert similarity(long, short) < SAME_PLACE_THRESHOLD


def test_a_name_with_a_word_more_still_gets_relief() -> None:
    assert similarity("Kala", "Kala-Machtagi") >= SAME_PLACE_THRESHOLD


# --- countryside, and Arabic unit words before their names --------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Tal Abyad countryside", "Tal Abyad"),
    ("countryside of Derik", "Derik"),
    ("ريف تل أبيض", "تل أبيض"),
    ("بريف منبج", "منبج"),
    ("Resulayn kırsalı", "Resulayn"),
])
def test_the_countryside_of_a_town_is_an_area_named_by_it(text: str, name: str) -> None:
    """English countryside, Arabic ريف (with "in" written onto it) and Turkish kırsalı were read into the name."""
    found = mentions(text)
    assert [(m.name, m.kind) for m in found] == [(name, "region")]


@pytest.mark.parametrize(("text", "expected"), [
    ("مدينة رأس العين بمحافظة الحسكة", [("رأس العين", "settlement"), ("الحسكة", "region")]),
    ("بلدة تل تمر بمحافظة الحسكة", [("تل تمر", "settlement"), ("الحسكة", "region")]),
    ("مدينة رأس العين بريف الحسكة", [("رأس العين", "settlement"), ("الحسكة", "region")]),
    ("בעיר שדרות במחוז הדרום", [("שדרות", "settlement"), ("הדרום", "region")]),
])
def test_an_arabic_unit_word_names_the_name_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    """Arabic writes a unit before its name: the governorate was read as the city's word (Ras al-Ain a region) and
    Hasakah as the incident's specific place."""
    assert [(m.name, m.kind) for m in mentions(text)] == expected


def test_an_arabic_address_meets_the_town_without_a_gazetteer() -> None:
    """"The city of Ras al-Ain in the governorate of Hasakah" and "Ras al-Ain" are one place (it scored −4:
    Hasakah against Ras al-Ain)."""
    config = MatchConfig()
    found = claim_features(
        (claim("sana/a", 0, "مدينة رأس العين بمحافظة الحسكة"), claim("sohr/b", 0, "Ras al-Ain")),
        gazetteer=EMPTY, parties=PARTIES,
    )
    weight = Scorer(found)._place(found[0], found[1], True)[1]
    assert weight == config.place_same_name


# --- apostrophes: Turkish case endings, the hamza and the ayin ---------------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("Tel Abyad'ın merkezi", ("Tel Abyad",)),
    ("Tel Rıfat'ta", ("Tel Rıfat",)),
    ("Resulayn'dan", ("Resulayn",)),
    ("Münbiç'te", ("Münbiç",)),
    ("Kobani'nin", ("Kobani",)),
    ("Ayn El Arap'ın", ("Ayn El Arap",)),
    ("Gao's outskirts", ("Gao",)),
])
def test_endings_after_an_apostrophe_come_off(text: str, names: tuple[str, ...]) -> None:
    assert split_places(text) == names


@pytest.mark.parametrize("name", ["Ra's al-'Ayn", "Dar'a", "San'a", "Sa'da", "Jaba'in", "Ta'izz", "Ma'arrat al-Nu'man"])
def test_a_hamza_or_ayin_apostrophe_is_no_ending(name: str) -> None:
    """Ra's al-'Ayn lost its s as an English possessive (Ra al-'Ayn, 0.69 to Ras al-Ain)."""
    assert split_places(name) == (name,)


def test_the_scholarly_spelling_of_ras_al_ain_meets_the_others() -> None:
    (name,) = split_places("Ra's al-'Ayn")
    assert similarity(name, "Ras al-Ain") >= SAME_PLACE_THRESHOLD
    assert similarity(name, "رأس العين") >= SAME_PLACE_THRESHOLD


@given(st.text(alphabet="abdiklmnrstuy", min_size=3, max_size=8), st.sampled_from("aeiu"))
@example("dar", "a")
def test_a_one_letter_ending_is_never_taken_off(stem: str, letter: str) -> None:
    """An apostrophe before one letter is an ayin of the name (Dar'a, San'a), whatever the letters, in a word
    without a Turkish letter (Karkamış'a, with one, loses its dative 'a: tests/test_places_near.py)."""
    word = stem.capitalize() + "'" + letter
    assert _without_ending(word) == word


# --- a unit and the larger units after it ---------------------------------------------------------------------------

_BORDER = Gazetteer((
    GazetteerEntry("karkamis", "Karkamış", ("Karkamis",), "turkey", "Gaziantep", 36.8347, 37.9985),
    GazetteerEntry("spin-boldak", "Spin Boldak", ("Spin Buldak",), "afghanistan", "Kandahar", 31.00575, 66.40009),
    GazetteerEntry("kandahar", "Kandahar", (), "afghanistan", "Kandahar", 31.61332, 65.71013),
))


def _place_weight(a: str, b: str, gazetteer: Gazetteer) -> float:
    found = claim_features((claim("aa/a", 0, a), claim("sdf/b", 0, b)), gazetteer=gazetteer, parties=PARTIES)
    return Scorer(found)._place(found[0], found[1], True)[1]


def test_a_unit_then_a_name_no_gazetteer_lists_is_the_unit_in_a_province() -> None:
    """"Karkamis district, Gaziantep": the town Karkamış is a gazetteer place, Gaziantep none, so Gaziantep is the
    province, not a village of the district; the claim meets "Karkamış" at one gazetteer place (it scored −4,
    Gaziantep against Karkamış, and a denial of the rocket fire stood apart from the claim it denies)."""
    assert _place_weight("Karkamis district, Gaziantep", "Karkamış", _BORDER) == MatchConfig().place_same_entry


def test_a_unit_then_a_listed_place_is_still_the_place_in_the_unit() -> None:
    """Where the gazetteer lists the name after the unit, that name is the place, as before."""
    assert _place_weight("Spin Boldak district, Kandahar", "Kandahar", _BORDER) == MatchConfig().place_same_entry


def test_without_a_gazetteer_a_unit_then_a_bare_name_reads_as_before() -> None:
    """Without a gazetteer the text cannot tell a province from a village: the bare name stays the place."""
    assert _place_weight("Karkamis district, Gaziantep", "Gaziantep", EMPTY) == MatchConfig().place_same_name


@pytest.mark.parametrize(("text", "expected"), [
    ("ريف الحسكة الشمالي", [("الحسكة", "region")]),
    ("ريف الحسكة الشمالي وريف حلب الشمالي الشرقي", [("الحسكة", "region"), ("حلب", "region")]),
    ("مدينة رأس العين بريف الحسكة الشمالي", [("رأس العين", "settlement"), ("الحسكة", "region")]),
    ("the western countryside of Tal Abyad", [("Tal Abyad", "region")]),
])
def test_the_part_of_a_countryside_is_no_name(text: str, expected: list[tuple[str, str]]) -> None:
    """Which part of a town's countryside (ريف الحسكة الشمالي, the northern countryside of Hasakah) was read into the
    name (الحسكة الشمالي) or as a name of its own (western)."""
    assert [(m.name, m.kind) for m in mentions(text)] == expected


@pytest.mark.parametrize("name", ["الجبل الغربي", "Western Sahara", "Eastern Ghouta"])
def test_compass_adjectives_outside_a_countryside_stay_in_names(name: str) -> None:
    assert split_places(name) == (name,)


# --- region words with the Arabic article ---------------------------------------------------------------------------


def _region_weight(a: str, b: str) -> float:
    found = claim_features((claim("aa/a", 0, "the border", region=a), claim("sdf/b", 0, "the border", region=b)),
                           gazetteer=EMPTY, parties=PARTIES)
    return Scorer(found)._place(found[0], found[1], True)[1]


def test_the_arabic_article_makes_no_region_in_common() -> None:
    """"al-Hasakah" and "al-Raqqa" lay "in one region" by the key of their article, al (L)."""
    config = MatchConfig()
    assert _region_weight("al-Hasakah", "al-Raqqa") == config.place_other_region
    assert _region_weight("al-Hasakah", "Hasakah province") == config.place_same_region
    assert _region_weight("ar-Raqqa", "Raqqa") == config.place_same_region
