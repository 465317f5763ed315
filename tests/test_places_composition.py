"""Two ways two spellings of a name may differ, together: syllables written apart or joined (Thi Tu, Thitu; Huang Yan,
Huangyan; Yeon Pyeong, Yeonpyeong) and a word more on one side that the rules score with a factor (a capitalised
feature word, 0.85; a lower-case generic word, 1.0; a qualifier or a number, 0.9). Each alone scored as the rules
say; together the joined name and the extra word were not left out at once (*Thi Tu Island* / *Thitu* 0.51)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from reconcile.places import (
    _HEAD_WORDS,
    SAME_PLACE_THRESHOLD,
    _fold_word,
    parse,
    phonetic_keys,
    phonetic_word_keys,
    similarity,
)

# Syllables of names as several romanizations write them: Vietnamese with and without its marks, Chinese pinyin,
# Korean in the Revised Romanization and McCune–Reischauer, Burmese and Thai names in their romanizations.
SYLLABLES = (
    "Thị", "Tứ", "Trường", "Sa", "Điện", "Biên", "Phủ", "Sinh", "Tồn", "Vinh", "Song", "Tử",
    "Thi", "Tu", "Truong", "Nam", "Yit", "Dien", "Bien", "Phu", "Binh", "Dinh",
    "Huang", "Yan", "Yong", "Xing", "Shu", "Mei", "Ji", "Zhong", "Ye", "Xian", "Wei", "Qiong", "Zhu", "Za",
    "Yeon", "Pyeong", "Baek", "Nyeong", "Dok", "Gang", "Hwa", "Seong", "Cheon", "Yŏn", "P'yŏng", "Kang",
    "Chiang", "Mai", "Yuen", "Hsi", "Paw", "Lai", "Kyauk", "Taw",
)  # fmt: skip

# How a word more may stand with a name, and the factor the rules give it alone: a capitalised feature word is a
# word of the name (0.85), a lower-case generic word is left out (1.0), a qualifier or a number tags the name (0.9).
EXTRAS = (
    ("{} Island", 0.85), ("{} Islet", 0.85), ("{} Peninsula", 0.85), ("{} Mountains", 0.85), ("{} Reef", 0.85),
    ("Isla {}", 0.85), ("Pulo {}", 0.85), ("Akhund {}", 0.85),
    ("{} town", 1.0), ("{} village", 1.0), ("{} island", 1.0), ("đảo {}", 1.0), ("village of {}", 1.0),
    ("near {}", 1.0),
    ("North {}", 0.9), ("Big {}", 0.9), ("Upper {}", 0.9), ("Nerkin {}", 0.9), ("New {}", 0.9), ("{} 2", 0.9),
    ("North {} Island", 0.9 * 0.85), ("Big {} Island", 0.9 * 0.85), ("{} Island 3", 0.9 * 0.85),
    ("đảo {} Island", 0.85),
)  # fmt: skip

# Joined, apart, hyphenated.
SEPARATORS = ("", " ", "-")

# Scores are not exactly multiplicative where the join changes a sound at the seam (Yeon + Pyeong reads m before p).
TOLERANCE = 0.02


def _written(syllables: list[str], separators: list[str], marks: bool) -> str:
    """The syllables with a separator between each two, a joined syllable in lower case; without the Vietnamese
    marks unless ``marks`` (English names of Vietnamese places are written without them: Thitu for Thị Tứ)."""
    text = syllables[0] + "".join(
        sep + (syl.lower() if sep == "" else syl) for sep, syl in zip(separators, syllables[1:], strict=False)
    )
    if marks:
        return text
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare.replace("đ", "d").replace("Đ", "D"))


_SPACINGS = st.lists(st.sampled_from(SEPARATORS), min_size=2, max_size=2)


@given(
    syllables=st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3),
    spacing=_SPACINGS,
    respacing=_SPACINGS,
    marks=st.booleans(),
    extra=st.sampled_from(EXTRAS),
)
# Before: 0.51, 0.56, 0.60 and 0.43 (Thi Tu Island / Thitu, Huangyan Island / Huang Yan, Yeon Pyeong Island /
# Yeonpyeong, Thitu Island / Thị Tứ): the word more was left out only where the other name had as many words as the
# rest, counted as written.
@example(syllables=["Thi", "Tu"], spacing=[" ", " "], respacing=["", ""], marks=True, extra=("{} Island", 0.85))
@example(syllables=["Huang", "Yan"], spacing=["", ""], respacing=[" ", " "], marks=True, extra=("{} Island", 0.85))
@example(syllables=["Yeon", "Pyeong"], spacing=[" ", " "], respacing=["", ""], marks=True,
         extra=("{} Island", 0.85))
@example(syllables=["Thị", "Tứ"], spacing=["", ""], respacing=[" ", " "], marks=False, extra=("{} Island", 0.85))
@example(syllables=["Thị", "Tứ"], spacing=["", ""], respacing=[" ", " "], marks=False,
         extra=("đảo {} Island", 0.85))
# Before: 0.68; the word more is on the name of fewer words (two, against three).
@example(syllables=["Dien", "Bien", "Phu"], spacing=["", ""], respacing=[" ", " "], marks=True,
         extra=("{} Island", 0.85))
# Before: 0.70; Xian reads as the head word Khan, which the joined name hides: the names' head words differed.
@example(syllables=["Baek", "Pyeong", "Xian"], spacing=[" ", " "], respacing=[" ", ""], marks=True,
         extra=("{} Island", 0.85))
# Before: 0.77, 0.73 and 0.60: a feature word before the name, a description, a number with a feature word.
@example(syllables=["Za", "Wei", "Trường"], spacing=[" ", " "], respacing=[" ", ""], marks=True,
         extra=("Isla {}", 0.85))
@example(syllables=["Za", "Wei", "Trường"], spacing=[" ", " "], respacing=[" ", ""], marks=True,
         extra=("Akhund {}", 0.85))
@example(syllables=["Za", "Wei", "Trường"], spacing=[" ", " "], respacing=["", " "], marks=True,
         extra=("{} Island 3", 0.9 * 0.85))
@example(syllables=["Truong", "Sa"], spacing=[" ", " "], respacing=["", ""], marks=True,
         extra=("North {} Island", 0.9 * 0.85))
# Found while fixing: Ye Yeon joins to the stem of Yeon alone, which is also one of its parts; Xianxian joined is no
# head word, and Xian Xian apart two.
@example(syllables=["Ye", "Yeon"], spacing=[" ", " "], respacing=["-", "-"], marks=True,
         extra=("đảo {} Island", 0.85))
@example(syllables=["Xian", "Xian"], spacing=["", ""], respacing=[" ", ""], marks=False, extra=("{} Island", 0.85))
# The Vietnamese border (biên giới) read in any letter case hid Biên, a syllable of names (Điện Biên Phủ).
@example(syllables=["Biên", "Biên"], spacing=[" ", ""], respacing=["", ""], marks=True, extra=("{} Island", 0.85))
def test_a_word_more_and_a_respacing_compose(
    syllables: list[str], spacing: list[str], respacing: list[str], marks: bool, extra: tuple[str, float]
) -> None:
    """A name with a word more, against the name spaced another way, scores at least the word's factor times the
    score of the two spacings, and the same both ways round."""
    pattern, factor = extra
    name, respaced = _written(syllables, spacing, marks), _written(syllables, respacing, True)
    # A syllable that reads as a qualifier (Ha, the Armenian; Tồnji, lower) makes another name, a name of one or
    # two sounds a word of the lexicons (Ye Ye is e, the Albanian "and"), and a name of head words only (Xian Xian,
    # read as Khan Khan) is never compared without a word: not this law's cases.
    assume(not parse(name).tags and not parse(respaced).tags and len(parse(name).stem) > 2)
    assume(not all(_fold_word(syllable) in _HEAD_WORDS for syllable in syllables))
    longer = pattern.format(name)
    score = similarity(longer, respaced)
    assert score >= factor * similarity(name, respaced) - TOLERANCE
    assert similarity(respaced, longer) == score


@pytest.mark.parametrize(
    ("a", "b", "before"),
    [
        ("Thị Tứ", "Thitu Island", 0.43),
        ("đảo Thị Tứ", "Thitu Island", 0.43),
        ("Thi Tu Island", "Thitu", 0.51),
        ("Huang Yan Island", "Huangyan", 0.65),
        ("Huangyan Island", "Huang Yan", 0.56),
        ("Trường Sa Island", "Truongsa", 0.68),
        ("Yeon Pyeong Island", "Yeonpyeong", 0.60),
        ("Nam Yit Island", "Namyit", 0.59),
        ("Đảo Song Tử Tây", "Songtutay Island", 0.62),
    ],
)
def test_joined_name_with_a_feature_word_scores_as_the_feature_word(a: str, b: str, before: float) -> None:
    """A name written joined on one side and apart with a capitalised feature word on the other scores the feature
    word's 0.85, as the joined name alone scores 1.0 and the feature word alone 0.85."""
    assert similarity(a, b) == pytest.approx(0.85)
    assert before < SAME_PLACE_THRESHOLD
    assert similarity(b, a) == similarity(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Song Tu", "Song Ay"),  # a word in common and a word of each: 0.72 as before, not one word more
        ("Namyit", "Nam Island"),
        ("Thitu Reef", "Thitu Island"),
        ("Beit Hanoun", "Бейт-Лахия"),  # Бейт is the head word Beit: 0.71 without it
        ("Бейт-Лахия", "Лахия"),  # 0.85 before: Бейт was no head word, and left out
        ("Дейр-эз-Зор", "Зор"),  # 0.85 before
        ("Kfar Aza", "Aza"),
        ("Ain Issa", "Ain"),
    ],
)
def test_names_sharing_syllables_stay_apart(a: str, b: str) -> None:
    """Two places whose names share a word or a syllable are not taken for one."""
    assert similarity(a, b) < SAME_PLACE_THRESHOLD
    assert similarity(b, a) == similarity(a, b)


def test_a_head_word_stays_while_the_feature_word_is_left_out() -> None:
    """A name with a head word meets the name joined without its feature word (0.57 before: the joined name showed
    no head word), and they share a blocking key; the head word itself is never left out."""
    assert similarity("Ras Tanura Peninsula", "Rastanura") == pytest.approx(0.85)
    assert set(phonetic_word_keys("Ras Tanura Peninsula")) & set(phonetic_keys("Rastanura"))
    assert similarity("Ras Tanura Peninsula", "Tanura") < SAME_PLACE_THRESHOLD
