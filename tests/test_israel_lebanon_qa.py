"""Defects found in the QA of a case of the Israel–Lebanon border exchanges of 2023–2024 (the IDF in Hebrew and
English, Hezbollah's statements in Arabic, Lebanon's NNA in Arabic and French, the Lebanese health ministry, UNIFIL,
ynet in Hebrew, AFP relaying the NNA; Majdal Shams, Alma al-Shaab, Aita al-Shaab, Naqoura, Kfar Kila, Metula,
Kiryat Shmona, Shtula).

1. A Hebrew final א was silent, where the Hebrew spelling of an Arabic name (and of Hebrew ones: כפר סבא, Kfar
   Saba; ירכא, Yarka) writes the vowel a with it, as Arabic writes ا: the IDF's "עיתא א-שעב" read *ayt* + *ʃab*,
   whose t and sh then made one ch (*ayʧab*), so it scored 0.68 to "Aita al-Shaab" and 0.71 to "عيتا الشعب", below
   the threshold, and the IDF's claim of the strike of 21 November 2023 stayed apart from the NNA's and AFP's.
2. A Hebrew first א was silent, where it carries the word's first vowel: "אופקים" (Ofakim) read *vfkim*, the ו
   after the silent א taken for the consonant v, and "אום אל-פחם" (Umm al-Fahm) *vmpahm*, 0.61 to their English
   spellings; "אביבים" (Avivim, the border moshav Hezbollah struck) lost its a and scored 0.73, below the threshold.
   A first א before ו is the vowel u with it; before another consonant it is a. And a geresh typed as a word
   processor or a web page writes it, ’ (U+2019) or ʼ (U+02BC), was dropped as an apostrophe, so "מג’דל שמס" read
   *mgdl* (0.78 to Majdal Shams, at the threshold) and "ח’אן יונס" *hn*: it is the geresh, as ׳ and ' are.
3. Arabic place text as the NNA and Hezbollah write it kept words that are no names: "أطراف بلدة علما الشعب" (the
   outskirts of the town of Alma al-Shaab) named a place "أطراف", "خراج بلدة حولا" (the lands of Houla) one "خراج",
   "مستعمرة المطلة" (the colony of Metula, as Hezbollah names an Israeli town) and "مستوطنة كريات شمونة" kept the
   word in the name, and "كريات شمونة وثكنة عين زيتيم" (Kiryat Shmona and the Ein Zeitim barracks) was one name,
   so Hezbollah's claim of the barrage of 12 June 2024 was never compared with the IDF's "קריית שמונה". The NNA's
   lists after the dual or plural of "town" were one name ("بلدتي عيتا الشعب ورامية", the two towns of Aita
   al-Shaab and Ramyeh), as were the French "les localités de Kfar Kila et Odaïssé" (a place "localités") and the
   IDF's posts and bases ("במוצב זרעית", at the Zar'it post; "בבסיס מירון"), which kept their word in the name.
4. The Hebrew "במוצאי שבת" (on Saturday evening, as the end of the Sabbath is said) before a date was refused, where
   "בשבת" (on Saturday) was read.
5. The Arabic casualties with no figure, "إصابات", as the NNA and Hezbollah write a toll ("وأوقعوا فيه إصابات"),
   and the NNA's "without casualties" ("دون وقوع إصابات", "من دون إصابات", "لا إصابات"; in its French service
   "sans faire de victimes") were refused with the general list of forms, where "إصابات مؤكدة", the English
   "casualties" and "no casualties", and the Hebrew "נפגעים" and "אין נפגעים" were read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.errors import NormalizeError
from reconcile.normalize import parse_count, parse_date
from reconcile.pipeline import reconcile
from reconcile.places import SAME_PLACE_THRESHOLD, fold, mentions, similarity, split_places
from tests.test_match import case_of, claim

# --- 1. a Hebrew final alef is the vowel a ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hebrew", "other"),
    [
        ("עיתא א-שעב", "Aita al-Shaab"),
        ("עיתא א-שעב", "Ayta ash-Shab"),
        ("עיתא א-שעב", "عيتا الشعب"),
        ("עיתא א-שעב", "Aïta el-Chaab"),
    ],
)
def test_a_hebrew_spelling_with_a_final_alef_meets_its_name(hebrew: str, other: str) -> None:
    """The final א of עיתא writes the a of Aita, so the t of the first word no longer runs into the sh of the
    second (before, 0.68 and 0.71)."""
    assert similarity(hebrew, other) >= 0.9
    # Aita al-Shaab, Alma al-Shaab and Aitaroun are three villages of the border: they stay apart.
    for neighbour in ("Alma al-Shaab", "עלמא א-שעב", "עיתרון", "Aitaroun"):
        assert similarity(hebrew, neighbour) < SAME_PLACE_THRESHOLD


@pytest.mark.parametrize(
    ("hebrew", "latin", "least"),
    [("כפר סבא", "Kfar Saba", 0.88), ("ירכא", "Yarka", 0.83), ("כפר כילא", "Kfar Kila", 0.93),
     ("חולא", "Houla", 0.95), ("שיפא", "Shifa", 0.95)],
)
def test_a_final_alef_is_read_as_a(hebrew: str, latin: str, least: float) -> None:
    """Before, 0.86, 0.77, 0.90, 0.90 and 0.90."""
    assert similarity(hebrew, latin) >= least


def test_a_final_alef_after_a_vowel_letter_stays_silent() -> None:
    """After ו or י read as a vowel, and after the gutturals that carry their own, the final א writes no a."""
    assert fold("עיתא") == fold("عيتا") == "ayta"
    assert not fold("הוא").endswith("a")


def test_the_idf_hebrew_claim_joins_the_strike_on_aita_al_shaab() -> None:
    """21 November 2023: the IDF's Hebrew statement, AFP and the NNA on one strike, with no gazetteer."""
    claims = (claim("idf-he/a", 0, "עיתא א-שעב"), claim("afp/b", 0, "Ayta ash-Shab"))
    assert len(reconcile(case_of(*claims)).events) == 1


# --- 2. a Hebrew first alef carries the first vowel -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hebrew", "other", "least"),
    [
        ("אביבים", "Avivim", 0.85),
        ("באביבים", "Avivim", 0.85),
        ("אופקים", "Ofakim", 0.85),
        ("מאופקים", "Ofakim", 0.85),
        ("אום אל-פחם", "Umm al-Fahm", 0.8),  # at most what follows the head word scores (Umm: a head word)
        ("אשדוד", "Ashdod", 0.9),
        ("אשדוד", "أسدود", 0.9),
        ("אדמית", "Adamit", 0.9),
        ("אבו גוש", "Abu Ghosh", 0.78),  # as for Umm: גוש / Ghosh bounds it
    ],
)
def test_a_first_alef_is_the_first_vowel(hebrew: str, other: str, least: float) -> None:
    """Before, 0.73, 0.73, 0.61, 0.61, 0.61, 0.82, 0.80, 0.83 and 0.81. Two names that begin with a head word (Umm,
    Abu) score no more than the words after it (`places._after_head`), which bounds the last two."""
    assert similarity(hebrew, other) >= least


@pytest.mark.parametrize("geresh", ["\u2019", "\u02bc"])
def test_a_geresh_typed_as_a_quotation_mark_is_the_geresh(geresh: str) -> None:
    for letter in "גזצחע":
        assert fold(f"{letter}{geresh}בל") == fold(f"{letter}\u05f3בל")
    assert similarity(f"מג{geresh}דל שמס", "Majdal Shams") == similarity("מג׳דל שמס", "Majdal Shams")


def test_the_idf_hebrew_claim_joins_the_attack_on_avivim() -> None:
    """An anti-tank missile on Avivim, in the IDF's Hebrew and in UNIFIL's English: one event."""
    claims = (claim("idf-he/a", 0, "אביבים"), claim("unifil/b", 0, "Avivim"))
    assert len(reconcile(case_of(*claims)).events) == 1


# --- 3. Arabic words of place text that name no place -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("أطراف بلدة علما الشعب، قضاء صور", ["علما الشعب", "صور"]),
        ("عند اطراف بلدة الناقورة", ["الناقورة"]),
        ("عند أطراف بلدة عيتا الشعب", ["عيتا الشعب"]),
        ("خراج بلدة حولا", ["حولا"]),
        ("مستعمرة المطلة", ["المطلة"]),
        ("بمستعمرة المطلة", ["المطلة"]),
        ("مستوطنة كريات شمونة", ["كريات شمونة"]),
        ("موقع المالكية", ["المالكية"]),
        ("كريات شمونة وثكنة عين زيتيم", ["كريات شمونة", "عين زيتيم"]),
        ("ثكنة برانيت ومستعمرة المطلة", ["برانيت", "المطلة"]),
    ],
)
def test_arabic_outskirts_colonies_and_posts_name_no_place(text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(text)] == names
    assert list(split_places(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("بلدتي عيتا الشعب ورامية", ["عيتا الشعب", "رامية"]),
        ("بلدات عيتا الشعب ورامية وبيت ليف", ["عيتا الشعب", "رامية", "بيت ليف"]),
        ("ببلدتي عيتا الشعب ورامية، قضاء بنت جبيل", ["عيتا الشعب", "رامية", "بنت جبيل"]),
        ("محيط بلدتي كفركلا والعديسة", ["كفركلا", "العديسة"]),
        ("قرى الوزاني ووطى الخيام", ["الوزاني", "وطى الخيام"]),
        ("les localités de Kfar Kila et Odaïssé", ["Kfar Kila", "Odaïssé"]),
        ("במוצב זרעית", ["זרעית"]),
        ("מוצב ברנית", ["ברנית"]),
        ("בבסיס מירון", ["מירון"]),
    ],
)
def test_lists_after_plural_towns_and_posts(text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(text)] == names


def test_without_a_plural_word_an_and_stays_on_its_name() -> None:
    """Only a dual or plural settlement word says that a list follows: a name may begin with و (وادي خالد)."""
    assert [m.name for m in mentions("بلدتي وادي خالد والعريضة")] == ["وادي خالد", "العريضة"]


def test_a_colony_is_its_town() -> None:
    """Hezbollah's "colony of Metula" is the IDF's Metula (before, 0.77, with the word in the name)."""
    assert similarity("مستعمرة المطلة", "מטולה") == similarity("المطلة", "מטולה")


def test_hezbollahs_barrage_on_kiryat_shmona_meets_the_idfs() -> None:
    """12 June 2024: Hezbollah's "Kiryat Shmona and the Ein Zeitim barracks" and the IDF's "קריית שמונה" are one
    incident (before, two events: the pair was never compared)."""
    claims = (claim("hezbollah/a", 0, "كريات شمونة وثكنة عين زيتيم"), claim("idf-he/b", 0, "קריית שמונה"))
    assert len(reconcile(case_of(*claims)).events) == 1


# --- 4. the Hebrew Saturday evening -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["במוצאי שבת, 27 ביולי 2024", "מוצאי שבת 27 ביולי 2024", 'במוצ"ש, 27 ביולי 2024', "במוצ״ש 27 ביולי 2024"]
)
def test_saturday_evening_is_saturday(text: str) -> None:
    span = parse_date(text)
    assert (span.start, span.end, span.precision) == (dt.date(2024, 7, 27), dt.date(2024, 7, 27), "day")


def test_saturday_evening_is_checked_against_the_date() -> None:
    """Checked as every day of the week is; alone, with no date, it stays refused."""
    with pytest.raises(NormalizeError, match="was a Sunday, not a Saturday"):
        parse_date("במוצאי שבת, 28 ביולי 2024")
    with pytest.raises(NormalizeError, match="cannot read a date"):
        parse_date("במוצאי שבת")


# --- 5. the Arabic casualties with no figure, and none --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("إصابات", 1, None),
        ("اصابات", 1, None),
        ("دون إصابات", 0, 0),
        ("بدون إصابات", 0, 0),
        ("من دون إصابات", 0, 0),
        ("دون وقوع إصابات", 0, 0),
        ("من دون وقوع اصابات", 0, 0),
        ("لا إصابات", 0, 0),
        ("sans faire de victimes", 0, 0),
    ],
)
def test_arabic_casualties_and_none(text: str, low: int, high: int | None) -> None:
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)
