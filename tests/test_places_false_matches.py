"""Place names that look alike and are two places, and one place written with words onto its name: Korean big and
small (대, 소) written onto a name, and Hebrew one-letter words and the article written onto a generic word or a
name."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.places import SAME_PLACE_THRESHOLD, fold, parse, similarity, split_places

# --- Korean: 대 (big) and 소 (small) written onto a name ------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [("대연평도", "연평도"), ("대연평도에서", "연평도"), ("대연평도", "Greater Yeonpyeong Island"),
     ("소연평도", "Lesser Yeonpyeong Island"), ("대연평도", "Big Yeonpyeong"), ("대연평도", "Yeonpyeongdo"),
     ("대이작도", "이작도")],
)
def test_korean_size_prefix_is_a_qualifier(a: str, b: str) -> None:
    """A name with 대 or 소 written onto it meets the name without it, as Nerkin Dvin meets Dvin."""
    assert similarity(a, b) >= SAME_PLACE_THRESHOLD
    assert similarity(b, a) == similarity(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("대연평도", "소연평도"), ("대연평도에서", "소연평도"), ("소연평도", "Greater Yeonpyeong Island"),
     ("대이작도", "소이작도")],
)
def test_korean_big_and_small_are_two_places(a: str, b: str) -> None:
    """Greater and Lesser Yeonpyeong Island are two islands (0.77 before: the romanized readings let it pass)."""
    assert similarity(a, b) == 0.5


def test_korean_size_prefix_reads_as_a_tag() -> None:
    """대연평도 reads as Big 연평도, and its fold is idempotent."""
    assert parse("대연평도").tags == frozenset({"big"})
    assert parse("소연평도").tags == frozenset({"small"})
    assert fold("대연평도") == fold("Big 연평도") == fold(fold("대연평도"))


@pytest.mark.parametrize("name", ["대구", "대전", "소사", "대청도", "대성동"])
def test_two_syllable_names_keep_their_first_syllable(name: str) -> None:
    """Where one syllable of the name would stay (대구, Daegu; 대청도, Daecheong Island), 대 and 소 are the name's."""
    assert parse(name).tags == frozenset()


def test_daecheong_island_is_no_big_cheongdo() -> None:
    """대청도 (Daecheong Island) keeps its own name: it does not meet 청도 (Cheongdo), and still meets its spellings."""
    assert similarity("대청도", "청도") < SAME_PLACE_THRESHOLD
    assert similarity("대청도", "Taech'ŏngdo") >= SAME_PLACE_THRESHOLD


KOREAN_NAMES = st.text(st.sampled_from("연평백령강화김포파주개성이작"), min_size=2, max_size=4)


@given(KOREAN_NAMES, st.sampled_from(["", "도", "도에서"]))
@example("연평", "도")
def test_big_and_small_of_one_name_stay_apart(name: str, unit: str) -> None:
    """대 and 소 on one name of two syllables or more are two places in every reading, and symmetric."""
    big, small = f"대{name}{unit}", f"소{name}{unit}"
    assert similarity(big, small) == similarity(small, big) <= 0.5


@given(KOREAN_NAMES, st.sampled_from(["대", "소"]), st.sampled_from(["", "도"]))
@example("이이", "대", "")  # two syllables that read as one letter, i: "big i" folded again lost the i
def test_size_prefix_keeps_fold_idempotent_and_meets_the_name(name: str, size: str, unit: str) -> None:
    """The fold of a sized name is idempotent, and the name meets it for the missing qualifier alone where the name
    reads as three letters or more (two syllables of vowels alone, 이이, read as one letter: no qualifier is read
    before them)."""
    sized = f"{size}{name}{unit}"
    assert fold(fold(sized)) == fold(sized)
    assert similarity(sized, name + unit) == similarity(name + unit, sized)
    if len(fold(name)) >= 3:
        assert similarity(sized, name + unit) >= 0.9 * 0.95


# --- Hebrew: one-letter words written onto a generic word --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [("בקיבוץ בארי", ("בארי",)), ("מהקיבוץ בארי", ("בארי",)), ("ובעיר שדרות", ("שדרות",)),
     ("ביישוב מטולה", ("מטולה",)), ("ולמושב שלומי", ("שלומי",)), ("בקיבוץ נחל עוז", ("נחל עוז",)),
     ("מקיבוץ כפר עזה", ("כפר עזה",))],
)
def test_hebrew_generic_word_with_one_letter_words(text: str, names: tuple[str, ...]) -> None:
    """A generic word with ב, ל, מ, ו, ש or the article written onto it is that generic word: the name is left
    (before, בקיבוץ stayed a word of the name: 'בקיבוץ בארי')."""
    assert split_places(text) == names


@pytest.mark.parametrize(("text", "name"), [("ביישוב מטולה", "Metula"), ("בקיבוץ בארי", "Be'eri")])
def test_hebrew_generic_word_with_one_letter_words_meets_the_name(text: str, name: str) -> None:
    """ביישוב מטולה (in the locality of Metula) is Metula (0.80 before, with יישוב a word of the name)."""
    assert fold(text) == fold(text.split(" ", 1)[1])
    assert similarity(text, name) >= 0.9


@pytest.mark.parametrize("name", ["מטולה", "מעלות", "לכיש", "במטולה", "בארי", "מגדל"])
def test_a_name_keeps_its_first_letters(name: str) -> None:
    """A name whose first letters are one-letter words is no generic word: its letters stay in its fold."""
    assert split_places(name) == (name,)
    assert len(fold(name)) >= len(name) - 2


HEBREW_GENERICS = st.sampled_from(["קיבוץ", "מושב", "יישוב"])
HEBREW_PLACES = st.sampled_from(["שדרות", "בארי", "מטולה", "שלומי", "נחל עוז", "קריית שמונה"])


@given(st.sampled_from(["ב", "ל", "מ", "ו", "ה", "וב", "ומ", "מה", "וה", "שב", "ומה"]), HEBREW_GENERICS, HEBREW_PLACES)
@example("ב", "קיבוץ", "בארי")
def test_one_letter_words_on_a_generic_word_change_nothing(prefix: str, generic: str, place: str) -> None:
    """Writing one-letter words onto the generic word before a name leaves the name's fold and its mentions."""
    text = f"{prefix}{generic} {place}"
    assert fold(text) == fold(place)
    assert split_places(text) == (place,)
    assert similarity(text, place) == similarity(place, text) == 1.0


# --- Hebrew: the article after a one-letter word --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefixed", "name"),
    [("מהגולן", "Golan"), ("מהגולן", "גולן"), ("והנגב", "Negev"), ("ומהגולן", "הגולן"), ("שהגולן", "גולן")],
)
def test_hebrew_article_after_a_one_letter_word_comes_off(prefixed: str, name: str) -> None:
    """מהגולן (from the Golan) is read without מ and the article ה too (0.74 against Golan before)."""
    assert similarity(prefixed, name) == similarity(name, prefixed) >= 0.76


@pytest.mark.parametrize(("name", "other"), [("הרמל", "Ramla"), ("הרמל", "רמלה"), ("הרצליה", "Rezliya")])
def test_a_first_he_is_the_names_own(name: str, other: str) -> None:
    """A ה that stands first stays on the name: Hermel (הרמל) is no Ramla."""
    assert similarity(name, other) < SAME_PLACE_THRESHOLD


@given(st.sampled_from(["מ", "ו", "ומ", "ש"]), st.sampled_from(["גולן", "נגב", "כרמל", "גליל", "חרמון"]))
@example("מ", "גולן")
def test_one_letter_words_before_the_article_never_lower_similarity(prefix: str, name: str) -> None:
    """The article after a one-letter word leaves the name the same place as the name with or without it."""
    assert similarity(f"{prefix}ה{name}", f"ה{name}") == 1.0
    assert similarity(f"{prefix}ה{name}", name) == similarity(name, f"{prefix}ה{name}") == 1.0
