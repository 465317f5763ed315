"""Tests of how `reconcile.places` reads the Yugoslav wars' and Kosovo's names: the j that Serbian, Croatian,
German, Czech and Polish spellings write for the glide and English ones for the affricate, and Albanian spellings
read in Serbian letters (Qyshk = Ćuška)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from reconcile import block
from reconcile.load import load_case
from reconcile.pipeline import reconcile
from reconcile.places import SAME_PLACE_THRESHOLD, fold, parse, phonetic_key, phonetic_keys, similarity
from tests.test_match import claim, features


def _meet(a: str, b: str) -> bool:
    """Whether blocking puts the two names under one phonetic key."""
    return bool(set(phonetic_keys(a)) & set(phonetic_keys(b)))


# --------------------------------------------------------------------------------------------------------------
# The j of Serbian Latin and the ј, љ, њ of Serbian Cyrillic
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Bijeljina", "Бијељина"),
        ("Meja", "Меја"),
        ("Banja Luka", "Бања Лука"),
        ("Gnjilane", "Гњилане"),
        ("Podujevo", "Подујево"),
        ("Sarajevo", "Сарајево"),
        ("Jagodina", "Јагодина"),
        ("Prijedor", "Приједор"),
        ("Trebinje", "Требиње"),
        ("Bajina Bašta", "Бајина Башта"),
        ("Banja Koviljača", "Бања Ковиљача"),
        ("Majorsk", "Майорск"),
    ],
)
def test_latin_and_cyrillic_spellings_of_the_glide_meet_in_blocking(latin: str, cyrillic: str) -> None:
    """A Latin j the key cannot tell from the affricate, and the Cyrillic ј, љ, њ, й it spells: the two spellings
    score as one name and share a phonetic key (Bijeljina and Бијељина were never compared)."""
    assert similarity(latin, cyrillic) >= SAME_PLACE_THRESHOLD
    assert _meet(latin, cyrillic)


def test_the_blocked_pair_of_the_report_is_now_a_candidate() -> None:
    """The two Bijeljina claims of one day, in Latin and Cyrillic letters, are a candidate pair."""
    fa, fb = features(claim("hrw/a", 0, "Bijeljina"), claim("srna/b", 0, "Бијељина"))
    assert block.is_candidate(fa, fb, block.MatchConfig())


@pytest.mark.parametrize(("latin", "cyrillic"), [("Bijeljina", "Бијељина"), ("Kraljevo", "Краљево"),
                                                 ("Valjevo", "Ваљево")])
def test_the_south_slavic_lj_reads_the_stem_j_as_the_glide_first(latin: str, cyrillic: str) -> None:
    """A stem with lj before a vowel is spelled the South Slavic way: its first key reads every j beside a vowel as
    the glide, as the Cyrillic ј is read, so the two spellings have one skeleton (a cognate to the matcher)."""
    assert phonetic_key(latin) == phonetic_key(cyrillic)


def test_the_south_slavic_lj_keeps_the_affricates_key_too() -> None:
    """The lj stem's key with its j read as the affricate stays among its keys: nothing that met it before is lost."""
    assert phonetic_keys("Bijeljina") == ("PLN", "PSLN")


@pytest.mark.parametrize(("latin", "cyrillic"), [("Ljubenić", "Љубенић"), ("Zaječar", "Зајечар"),
                                                 ("Koviljača", "Ковиљача"), ("Knjaževac", "Књажевац")])
def test_a_word_with_south_slavic_letters_reads_its_j_as_the_glide(latin: str, cyrillic: str) -> None:
    """A letter of the alphabets whose j is the glide (č ć đ š ž ...) marks the word: its j is y and its lj, nj are
    the Cyrillic љ, њ, so the folded spellings are one but for the ambiguous c (Knjaževac)."""
    assert fold(latin).replace("c", "ʦ") == fold(cyrillic)
    assert "j" not in fold(latin)


def test_scholarly_romanizations_keep_their_j() -> None:
    """A caron beside macrons or dots below is a scholarly romanization of Persian or Arabic, whose j is dzh."""
    assert "j" in fold("Jōšaqān")


@pytest.mark.parametrize(
    "spellings",
    [
        ("Jenin", "Дженин", "جنين"),
        ("Jalilabad", "Cəlilabad", "Джалилабад"),
        ("Jabalia", "جباليا"),
        ("Juba", "Джуба"),
        ("Najaf", "النجف"),
        ("Hawija", "الحويجة"),
        ("Ijevan", "Իջևան", "Иджеван"),
        ("Kajaran", "Քաջարան"),
        ("Sinjar", "سنجار"),
        ("Ganja", "Gəncə", "Гянджа"),
    ],
    ids=lambda s: s[0],
)
def test_english_j_keeps_one_key_with_the_affricate(spellings: tuple[str, ...]) -> None:
    """Where English and Azerbaijani spellings write dzh, the first keys stay one: the glide reading adds keys on the
    Cyrillic side only, and an English j name keeps its single key."""
    assert len({phonetic_key(name) for name in spellings}) == 1
    assert phonetic_keys(spellings[0]) == (phonetic_key(spellings[0]),)


def test_a_generic_word_is_not_spelled_with_j() -> None:
    """Only the words of the name are spelled with j: село (village) and районе (in the area of) are left out as
    before, whose й would otherwise make them no generic words."""
    assert phonetic_keys("село Меја") == phonetic_keys("Меја") == ("M", "MS")
    assert phonetic_keys("в районе Майорска") == phonetic_keys("Майорска") == ("MRSK", "MSRSK")


_SERBIAN_CONSONANTS = {
    "b": "б", "d": "д", "g": "г", "k": "к", "l": "л", "m": "м", "n": "н", "p": "п", "r": "р", "s": "с", "t": "т",
    "v": "в", "z": "з", "j": "ј", "lj": "љ", "nj": "њ", "š": "ш", "ž": "ж", "č": "ч", "ć": "ћ", "đ": "ђ",
}
_SERBIAN_VOWELS = {"a": "а", "e": "е", "i": "и", "o": "о", "u": "у"}
_syllables = st.lists(st.tuples(st.sampled_from(sorted(_SERBIAN_CONSONANTS)), st.sampled_from(sorted(_SERBIAN_VOWELS))),
                      min_size=2, max_size=5)


@given(_syllables)
@example([("m", "e"), ("j", "a")])
@example([("b", "a"), ("nj", "a")])
@example([("b", "i"), ("j", "e"), ("lj", "i"), ("n", "a")])
def test_a_serbian_word_and_its_cyrillic_spelling_meet(syllables: list[tuple[str, str]]) -> None:
    """Serbian is written in two alphabets letter for letter (j = ј, lj = љ, nj = њ): a word in one and the same word
    in the other score as one name and share a blocking key."""
    latin = "".join(c + v for c, v in syllables).capitalize()
    cyrillic = "".join(_SERBIAN_CONSONANTS[c] + _SERBIAN_VOWELS[v] for c, v in syllables).capitalize()
    assume(all(parse(word).kind is None and not parse(word).tags for word in (latin, cyrillic)))
    assert similarity(latin, cyrillic) >= SAME_PLACE_THRESHOLD
    assert _meet(latin, cyrillic)


# --------------------------------------------------------------------------------------------------------------
# Albanian spelling read in Serbian letters
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("serbian", "albanian"),
    [
        ("Ćuška", "Qyshk"),
        ("Ljubenić", "Lubeniq"),
        ("Obilić", "Obiliq"),
        ("Leposavić", "Leposaviq"),
        ("Džafer", "Xhafer"),
        ("Đakova", "Gjakova"),
        ("Peć", "Pejë"),
        ("Пећ", "Pejë"),
        ("Prizren", "Prizreni"),
        ("Klina", "Klinë"),
        ("Gračanica", "Graçanicë"),
    ],
)
def test_albanian_spellings_meet_their_serbian_spellings(serbian: str, albanian: str) -> None:
    """q = ć, gj = đ, xh = dž, ç = č, a final ë is silent: an Albanian spelling is also read in Serbian letters, and
    meets the Serbian name of one root in score and in blocking."""
    assert similarity(serbian, albanian) >= SAME_PLACE_THRESHOLD
    assert _meet(serbian, albanian)


@pytest.mark.parametrize(("a", "b"), [("Ferizaj", "Uroševac"), ("Skenderaj", "Srbica"), ("Glogovac", "Drenas"),
                                      ("Nerqin Getashen", "Verin Getashen"), ("Shaqi", "Shushi")])
def test_different_names_stay_apart(a: str, b: str) -> None:
    """Kosovo's towns with an Albanian name of another root are not joined, and the Albanian reading is no
    reading of an Armenian qualifier (Nerqin, lower, is still not Verin, upper) or of an Armenian name's q."""
    assert similarity(a, b) < SAME_PLACE_THRESHOLD


@pytest.mark.parametrize(("name", "other"), [("Qazakh", "Газах"), ("Qabala", "Габала"), ("Qusayr", "القصير"),
                                             ("Iraq", "Ирак"), ("Dimashq", "دمشق"), ("Qubadlı", "Губадлы")])
def test_q_of_other_languages_is_still_k(name: str, other: str) -> None:
    """Azerbaijani and Arabic q = k keeps its reading and its key: the Albanian reading is only a second reading,
    and only where the name shows Albanian spelling (q before a, o, u or after a consonant does not)."""
    assert similarity(name, other) >= SAME_PLACE_THRESHOLD
    assert phonetic_key(name) == phonetic_key(other)
    assert "K" in phonetic_key(name)


def test_a_name_with_azerbaijani_letters_is_not_read_as_albanian() -> None:
    """ə, ı, ş, ğ, ö, ü mark Azerbaijani spelling, whose q before i is k: one key only."""
    assert phonetic_keys("Qırmızı Samux") == (phonetic_key("Qırmızı Samux"),)


_ALBANIAN = {"ć": "q", "đ": "gj", "dž": "xh", "č": "ç", "š": "sh", "ž": "zh"}
_plain = st.sampled_from(("b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "š", "ž", "č"))
_marked = st.sampled_from(("ć", "đ", "dž"))
_front = st.sampled_from(("e", "i"))
_any_vowel = st.sampled_from(("a", "e", "i", "o", "u"))


@st.composite
def _albanian_words(draw: st.DrawFn) -> str:
    """A Serbian word of consonant-vowel syllables with one letter that Albanian writes its own way: ć before e or
    i, or at the end after a vowel, đ or dž before any vowel."""
    syllables = [draw(_plain) + draw(_any_vowel) for _ in range(draw(st.integers(1, 3)))]
    letter = draw(_marked)
    marked = letter + (draw(_front) if letter == "ć" else draw(_any_vowel))
    at = draw(st.integers(0, len(syllables)))
    if letter == "ć" and draw(st.booleans()):
        return "".join(syllables) + "ć"
    return "".join([*syllables[:at], marked, *syllables[at:]])


@given(_albanian_words())
@example("ćiška")
@example("lubenić")
@example("đakova")
def test_an_albanian_spelling_reads_as_its_serbian_spelling(serbian: str) -> None:
    """A Serbian word written in Albanian letters (ć = q, đ = gj, dž = xh, č = ç, š = sh, ž = zh) scores as the
    same name and shares a blocking key with it."""
    albanian = serbian
    for letter, spelled in _ALBANIAN.items():
        albanian = albanian.replace(letter, spelled)
    serbian, albanian = serbian.capitalize(), albanian.capitalize()
    # A drawn word may happen to spell a generic word or a qualifier of some language (Gjada reads as the Arabic
    # جادة, a road): that is a word of another kind, not a name.
    assume(all(parse(word).kind is None and not parse(word).tags for word in (serbian, albanian)))
    assert similarity(serbian, albanian) >= SAME_PLACE_THRESHOLD
    assert similarity(albanian, serbian) == similarity(serbian, albanian)
    assert _meet(serbian, albanian)


# --------------------------------------------------------------------------------------------------------------
# The reported cases, end to end
# --------------------------------------------------------------------------------------------------------------


def _case(tmp_path: Path, a: tuple[str, str, str], b: tuple[str, str, str]) -> list[list[str]]:
    """The events of a case of two sources' claims (source, claim id, place) of one day and toll."""
    (tmp_path / "case.yaml").write_text(
        "case: balkans\ntitle: T\nregional_gazetteer: none\nparties:\n"
        "  - {id: fry, name: Federal Republic of Yugoslavia}\n  - {id: civ, name: civilians}\n", encoding="utf-8")
    for source, claim_id, place in (a, b):
        (tmp_path / f"{source}.yaml").write_text(
            f"source: {{id: {source}, name: {source}, kind: media}}\nclaims:\n"
            f"  - id: {claim_id}\n    stated: 1999-05-16\n    quote: q\n    date: 1999-05-14\n"
            f"    place: {place}\n    initiator: fry\n    casualties:\n      - {{party: civ, killed: 41}}\n",
            encoding="utf-8")
    return [sorted(event.claims) for event in reconcile(load_case(tmp_path)).events]


def test_bijeljina_in_latin_and_cyrillic_is_one_event(tmp_path: Path) -> None:
    """The report's first case: one killing of one day and toll, named in Serbian Latin and Cyrillic letters."""
    assert _case(tmp_path, ("hrw", "a", "Bijeljina"), ("srna", "b", "Бијељина")) == [["hrw/a", "srna/b"]]


def test_cuska_and_qyshk_is_one_event(tmp_path: Path) -> None:
    """The report's second case: Ćuška, near Peć, and Qyshk, near Pejë, of one day and toll are one execution."""
    assert _case(tmp_path, ("hrw", "a", "'Ćuška, Peć'"), ("kp", "b", "'Qyshk, Pejë'")) == [["hrw/a", "kp/b"]]
