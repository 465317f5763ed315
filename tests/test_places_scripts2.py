"""Burmese names read as they are romanized, the Egyptian and Sudanese g of the Arabic jim, and the Latin x that is
ks: readings the similarity and blocking must share."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.load import load_case
from reconcile.pipeline import reconcile
from reconcile.places import SAME_PLACE_THRESHOLD, fold, phonetic_key, phonetic_keys, similarity


@pytest.mark.parametrize(
    ("burmese", "english"),
    [
        ("စစ်ကိုင်း", "Sagaing"),
        ("ပဇီကြီး", "Pazigyi"),
        ("လားရှိုး", "Lashio"),
        ("မြဝတီ", "Myawaddy"),
        ("ရန်ကုန်", "Yangon"),
        ("နေပြည်တော်", "Naypyidaw"),
        ("စစ်တွေ", "Sittwe"),
        ("မြစ်ကြီးနား", "Myitkyina"),
        ("ပုသိမ်", "Pathein"),
        ("ကျောက်ဆည်", "Kyaukse"),
        ("ဘားအံ", "Hpa-an"),
    ],
)
def test_burmese_names_meet_their_english_spellings(burmese: str, english: str) -> None:
    """A Burmese name is read syllable by syllable as the standard romanization reads it, medials and killed finals
    included, so it meets the English spelling published from that romanization."""
    assert similarity(burmese, english) >= SAME_PLACE_THRESHOLD
    if english != "Sagaing":  # its English name leaves out the glottal stop written စ် (Sittwe keeps it): no key
        assert set(phonetic_keys(burmese)) & set(phonetic_keys(english))


@pytest.mark.parametrize(
    ("burmese", "romanized"),
    [
        ("မြစ်ကြီးနား", "Myitkyina"),  # medials ြ = y, the killed final စ် = it
        ("စစ်တွေ", "Sittwe"),  # ွ = w before ေ
        ("မိတ္ထီလာ", "Meiktila"),  # a final stacked with the virama; ိတ် = eik
        ("မင်္ဂလာဒုံ", "Mingaladon"),  # the kinzi င်္ = ng; ုံ = on
        ("မုံရွာ", "Monywa"),
        ("တောင်", "Taung"),  # ောင် = aung
        ("ဆိုင်", "Saing"),  # ိုင် = aing
    ],
)
def test_burmese_rhymes_are_read_whole(burmese: str, romanized: str) -> None:
    """The vowel and the killed final of a syllable are one rhyme with its own reading (ိုင် is aing, not i-u-n)."""
    assert fold(burmese) == fold(romanized)


def test_different_burmese_places_stay_apart() -> None:
    """Taunggyi and Taungoo, both "Taung-", are two towns."""
    assert similarity("တောင်ကြီး", "တောင်ငူ") < SAME_PLACE_THRESHOLD


@pytest.mark.parametrize(("aspirated", "plain"), [("Hpa-an", "Pa-an"), ("Hsipaw", "Sipaw"), ("Htantabin", "Tantabin")])
def test_burmese_aspirates_written_with_an_initial_h(aspirated: str, plain: str) -> None:
    """BGN/PCGN writes the Burmese aspirates hp, ht, hk, hs: the same names as the plain spellings."""
    assert fold(aspirated) == fold(plain)


def test_an_arabic_stem_keeps_its_first_h() -> None:
    """Only a capital H before a stop or s is the Burmese aspirate: a stem folded from Arabic letters (الحسكة =
    hska) keeps its h when folded again."""
    assert fold("الحسكة") == fold(fold("الحسكة")) == "hska"
    assert similarity("al-Hasakah", "الحسكة") >= SAME_PLACE_THRESHOLD


@given(st.text(st.characters(min_codepoint=0x1000, max_codepoint=0x104F), min_size=1, max_size=12))
@example("ော်")
@example("င်္")
@example("ဥက္ကလာ")
def test_burmese_folding_is_idempotent(text: str) -> None:
    """Any string of Burmese letters and signs folds without error to a key that folds to itself."""
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("El Geneina", "Al-Junaynah"),
        ("الجنينة", "El Geneina"),
        ("Geneina", "الجنينة"),
        ("Giza", "الجيزة"),
        ("Gezira", "Al Jazirah"),
    ],
)
def test_the_egyptian_g_of_the_jim(a: str, b: str) -> None:
    """Egyptian and Sudanese romanizations write the jim g: an Arabic name is also read so, and its claims meet in
    blocking (a key in common)."""
    assert similarity(a, b) >= SAME_PLACE_THRESHOLD
    assert set(phonetic_keys(a)) & set(phonetic_keys(b))


@pytest.mark.parametrize(("a", "b"), [("Jrashen", "Grashen"), ("Jermuk", "Germuk"), ("Ganja", "Gyanga")])
def test_a_j_outside_arabic_names_is_no_g(a: str, b: str) -> None:
    """Armenian and Azerbaijani j (dzh) is not read as g: only names in Arabic letters or with the article are."""
    assert similarity(a, b) < SAME_PLACE_THRESHOLD
    assert phonetic_keys(a) == (phonetic_key(a),)


def test_x_is_ks_outside_azerbaijani_spellings() -> None:
    """Axum is Aksum; an x written with Azerbaijani letters, or first in a word, stays kh only."""
    assert similarity("Axum", "Aksum") >= SAME_PLACE_THRESHOLD
    assert set(phonetic_keys("Axum")) & set(phonetic_keys("Aksum"))
    assert phonetic_keys("Xaçmaz") == (phonetic_key("Xaçmaz"),)
    assert phonetic_keys("Xankendi") == (phonetic_key("Xankendi"),)


@pytest.mark.parametrize(("a", "b"), [("Gexasar", "Gexadir"), ("Ptxni", "Ptxunq"), ("Qax", "Qazax")])
def test_the_ks_reading_tips_no_armenian_or_azerbaijani_pair(a: str, b: str) -> None:
    """x is kh in Armenian and Azerbaijani romanizations: the ks reading is weaker evidence and joins no two of
    their different places."""
    assert similarity(a, b) < SAME_PLACE_THRESHOLD


WORDS = st.text(st.sampled_from("aeioubdgklmnrstvz"), min_size=1, max_size=6)


@given(WORDS, WORDS)
@example("a", "um")
def test_a_second_reading_joins_its_spelling_in_similarity_and_blocking(before: str, after: str) -> None:
    """A name with x after a letter matches its spelling with ks, and shares a phonetic key with it (the blocking
    bound: what similarity forgives, blocking compares)."""
    x_name, ks_name = f"B{before}x{after}", f"B{before}ks{after}"
    assert similarity(x_name, ks_name) >= SAME_PLACE_THRESHOLD
    assert set(phonetic_keys(x_name)) & set(phonetic_keys(ks_name))
    jim_name, g_name = f"al-J{before}{after}", f"G{before}{after}"
    assert similarity(jim_name, g_name) >= SAME_PLACE_THRESHOLD
    assert set(phonetic_keys(jim_name)) & set(phonetic_keys(g_name))


@given(WORDS, WORDS)
def test_readings_keep_similarity_symmetric(a: str, b: str) -> None:
    """Reading a name two ways keeps the similarity symmetric."""
    x, y = f"al-J{a}x", f"G{b}ks"
    assert similarity(x, y) == similarity(y, x)


@pytest.mark.parametrize(("a", "b"), [("الجنينة", "El Geneina"), ("Axum", "Aksum")])
def test_claims_with_a_second_reading_are_compared(a: str, b: str) -> None:
    """Blocking puts every name under the keys of its other readings, so the two claims are a candidate pair."""
    from reconcile import block
    from tests.test_match import claim, features

    fa, fb = features(claim("src1/a", 0, a), claim("src2/b", 0, b))
    assert block.is_candidate(fa, fb, block.MatchConfig())


def test_a_vowel_sign_does_not_cut_a_word_of_a_party_name(tmp_path: Path) -> None:
    """Party aliases in Tamil script do not make Tamil place names vague: a word of a name runs on through its vowel
    signs (கிளிநொச்சி is one word, not கி, ளி ...), so the place still meets its Latin spelling."""
    (tmp_path / "case.yaml").write_text(
        "case: lk\ntitle: T\nregional_gazetteer: none\nparties:\n"
        "  - {id: gov, name: Government of Sri Lanka, aliases: [SLA, ශ්‍රී ලංකා යුද හමුදාව, இலங்கை இராணுவம்]}\n"
        "  - {id: ltte, name: Liberation Tigers of Tamil Eelam, aliases: [LTTE, தமிழீழ விடுதலைப் புலிகள், புலிகள்,\n"
        "      எல்டிடிஈ, சிங்கள இராணுவம்]}\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(
        "source: {id: tn, name: TamilNet, kind: media}\nclaims:\n"
        "  - {id: t, stated: 2009-05-02, quote: q, date: 2009-05-02, place: கிளிநொச்சி, event: shelling}\n",
        encoding="utf-8")
    (tmp_path / "b.yaml").write_text(
        "source: {id: sla, name: SLA, kind: belligerent, speaks_for: gov}\nclaims:\n"
        "  - {id: s, stated: 2009-05-02, quote: q, date: 2009-05-02, place: Kilinochchi, event: shelling}\n",
        encoding="utf-8")
    result = reconcile(load_case(tmp_path))
    assert [sorted(event.claims) for event in result.events] == [["sla/s", "tn/t"]]


@pytest.mark.parametrize(("abjad", "latin"), [("کندز", "Kunduz"), ("قندهار", "Kandahar")])
def test_two_abjad_letters_are_two_sounds(abjad: str, latin: str) -> None:
    """د+ز is d, a vowel the script leaves unwritten, and z, not the one sound dz: کندز meets Kunduz."""
    assert similarity(abjad, latin) >= SAME_PLACE_THRESHOLD
    assert "ʣ" not in fold(abjad)
