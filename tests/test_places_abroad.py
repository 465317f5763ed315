"""Tests of `reconcile.places` on names from outside Armenia and Azerbaijan: Georgian case endings, the Arabic
diphthong aw, German and Polish spellings of Slavic and Georgian names (ch as kh, z as ts)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.places import SAME_PLACE_THRESHOLD, fold, same_place, similarity

# --------------------------------------------------------------------------------------------------------------
# Pairs the rules join, and pairs they must keep apart
# --------------------------------------------------------------------------------------------------------------

SAME = [
    # The Arabic diphthong aw, written o or u by other romanizations and by Arabic script's waw.
    ("Mosul", "al-Mawsil"),
    ("al-Mawsil", "الموصل"),
    ("al-Mawsil", "Мосул"),
    ("al-Hol", "al-Hawl"),
    ("al-Hawl", "الهول"),
    ("Deir ez-Zor", "Dayr az Zawr"),
    ("Dayr az Zawr", "دير الزور"),
    ("Dayr az Zawr", "Дейр-эз-Зор"),
    ("Awdah", "Oda"),
    ("al-Burayj", "البريج"),
    # German z = ts, German and Polish ch = kh.
    ("Zchinwali", "Tskhinvali"),
    ("Zchinwali", "Цхинвал"),
    ("Mzcheta", "Mtskheta"),
    ("Achalziche", "Akhaltsikhe"),
    ("Donezk", "Donetsk"),
    ("Torezk", "Торецк"),
    ("Charkiw", "Харьков"),
    ("Charków", "Харків"),
    ("Nowa Kachowka", "Нова Каховка"),
    # Georgian case endings.
    ("Gori", "გორში"),
    ("Gori", "გორის"),
    ("გორიდან", "Гори"),
    ("Poti", "ფოთში"),
    ("Gali", "გალში"),
    ("Mtskheta", "მცხეთაში"),
    ("Akhaltsikhe", "ახალციხეში"),
    ("Tbilisi", "თბილისში"),
    ("Zugdidi", "ზუგდიდის"),
]

DIFFERENT = [
    ("Gori", "Goris"),  # Goris is a town of Armenia; the Georgian genitive of Gori is not its name
    ("გორის", "Goris"),
    ("გორში", "Горис"),
    ("Dayr az Zawr", "Dayr Hafir"),
    ("ახალქალაქში", "ახალციხეში"),
    ("Achalkalaki", "Achalziche"),
    ("გალში", "გაგრაში"),
    ("al-Mawsil", "al-Musayyib"),
    ("Nir Oz", "Nir Am"),
    ("Sanaa", "Saada"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_of_one_place_match(a: str, b: str) -> None:
    """Two spellings of one place outside Armenia and Azerbaijan score at least the threshold."""
    assert same_place(a, b), similarity(a, b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_neighbouring_places_stay_apart(a: str, b: str) -> None:
    """The most similar name of another nearby place scores below the threshold."""
    assert similarity(a, b) < SAME_PLACE_THRESHOLD


# --------------------------------------------------------------------------------------------------------------
# The readings behind them
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("al-Mawsil", "mosil"),
        ("al-Hawl", "hol"),
        ("Awdah", "odah"),
        ("Charkiw", "xarkiv"),
        ("Charków", "xarkov"),
        ("Jewlach", "jevlax"),  # German Yevlakh: w before a consonant
        ("Tschernihiw", "ʧernihiv"),  # tsch is the German ch; only another ch is kh
        ("გორში", "gori"),
        ("გორის", "gori"),
        ("გორიდან", "gori"),
        ("გორთან", "gori"),
        ("ბათუმში", "batumi"),
        ("მცხეთაში", "mʦxeta"),  # a stem ending in a vowel keeps it
        ("ახალციხეში", "axalʦixe"),
    ],
)
def test_readings(name: str, key: str) -> None:
    """Names read as the rules say."""
    assert fold(name) == key


@pytest.mark.parametrize(
    ("name", "same_as"),
    [
        ("Aghawnadzor", "Aghavnadzor"),  # ISO 9985 aw for Armenian աւ before n (aghawni, dove) stays av
        ("Pawłohrad", "Pavlohrad"),  # a Polish ł keeps the w of в
        ("Sławsko", "Slavsko"),  # and so before a consonant the diphthong rule reads
        ("Pawlowsk", "Pavlovsk"),  # two w: a German spelling
        ("Jewlach", "Jevlax"),  # e + w is no Arabic diphthong
        ("Novyj", "Novyy"),  # the Russian -yj after a consonant is still the glide
    ],
)
def test_slavic_and_armenian_w_is_v(name: str, same_as: str) -> None:
    """A w that German, Polish or ISO 9985 write for в or ւ is not read as an Arabic diphthong."""
    assert fold(name) == fold(same_as)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Chikwawa", "ʧikvava"),  # an English w before a vowel does not mark a German spelling
        ("Chwarta", "ʧvarta"),
        ("Cherson", "ʧerson"),  # nothing marks it: the English reading stays
        ("al-Burayj", "burayj"),  # the j of an Arabic diphthong ay is not the Russian -yj glide
    ],
)
def test_unmarked_words_keep_the_english_reading(name: str, key: str) -> None:
    """ch stays the English ch, and j the ambiguous j, where no German or Russian spelling shows."""
    assert fold(name) == key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("ოში", "oʃi"),  # Osh: a nominative in -ში with too short a stem to carry the ending
        ("ბაში", "baʃi"),
        ("ახლოს", "axlos"),  # near: a bare -ს is not taken for an ending
        ("სოფელ", "sopel"),
    ],
)
def test_georgian_words_without_an_ending_stay(name: str, key: str) -> None:
    """A Georgian word whose end only looks like a case ending, or has none, is read as written."""
    assert fold(name) == key


# --------------------------------------------------------------------------------------------------------------
# Laws
# --------------------------------------------------------------------------------------------------------------

GEORGIAN_CONSONANTS = "ბგდვზთკლმნპჟრსტფქღყჩცძწჭხჯჰ"  # not შ: a stem ending in შ takes -ში as its own ending
GEORGIAN_LETTERS = GEORGIAN_CONSONANTS + "შაეოუ"
georgian_stems = st.builds(
    lambda head, last: head + last,
    st.text(alphabet=st.sampled_from(GEORGIAN_LETTERS), min_size=2, max_size=7),
    st.sampled_from(GEORGIAN_CONSONANTS),
)


@given(georgian_stems, st.sampled_from(["ში", "ზე", "თან", "იდან", "ის", "ით", "ად", "ამდე", "ისკენ", "ისთვის"]))
@example("ფოთ", "ში")
@example("ბადან", "ის")  # a stem ending as an ending does (-დან) before a genitive
def test_georgian_case_forms_fold_as_the_nominative(stem: str, ending: str) -> None:
    """A consonant-stem Georgian name with a case ending folds as its nominative in -ი."""
    assert fold(stem + ending) == fold(stem + "ი")


LETTERS = "awobchzksltiueyjłšгвовხის" + "ا" + "و"
names = st.text(alphabet=st.sampled_from(LETTERS + " -"), min_size=1, max_size=16)


@given(names)
@example("Mawsil")
@example("Charkiw")
@example("გორში")
@example("Burayj")
def test_fold_is_idempotent(name: str) -> None:
    """Folding a key again gives the key."""
    assert fold(fold(name)) == fold(name)


@given(names, names)
@example("Zchinwali", "Tskhinvali")
@example("al-Mawsil", "Mosul")
def test_similarity_is_symmetric(a: str, b: str) -> None:
    """similarity(a, b) == similarity(b, a)."""
    assert similarity(a, b) == similarity(b, a)
