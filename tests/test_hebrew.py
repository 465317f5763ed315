"""Gaps found coding Israel–Gaza and Israel–Lebanon cross-border incidents from the IDF's Hebrew statements and the
Hebrew press: Hebrew figures (``לפחות 20``, ``כ-30``, ``יותר מ-20``, ``עשרות``, number words in both genders) and dates
(``7 באוקטובר 2023``, ``ה-7 לאוקטובר``, ``בליל 7-8 באוקטובר``) were refused, Hebrew event words (תקיפה, ירי, חיסול,
מארב) were ``unknown``, and place text kept the one-letter words and the place words of Hebrew (בג׳באליה, בשכונת
שג׳אעייה, מדרום לחאן יונס) in the name."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.match import EVENT_TYPES_HEBREW, event_type
from reconcile.normalize import parse_count, parse_date
from reconcile.places import SAME_PLACE_THRESHOLD, parse, similarity

from .readings import count_of, span_of

D = dt.date

# ---------------------------------------------------------------------------------------------------------------
# Counts
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "number"), [
    ("אחד", 1), ("אחת", 1), ("שניים", 2), ("שתיים", 2), ("שני", 2), ("שלושה", 3), ("שלוש", 3), ("שלשה", 3),
    ("שלושת", 3), ("ארבעה", 4), ("ארבע", 4), ("חמישה", 5), ("שישה", 6), ("שש", 6), ("שבעה", 7), ("שמונה", 8),
    ("תשעה", 9), ("תשע", 9), ("עשרה", 10), ("עשר", 10), ("אחד עשר", 11), ("אחת עשרה", 11), ("שנים עשר", 12),
    ("שתים-עשרה", 12), ("שלושה־עשר", 13), ("תשע עשרה", 19), ("עשרים", 20), ("עשרים ואחד", 21),
    ("עשרים וחמישה", 25), ("עשרים ושלוש", 23), ("שלושים", 30), ("ששים", 60), ("תשעים ותשעה", 99), ("מאה", 100),
    ("מאה ועשרים", 120), ("מאתיים", 200), ("מאתיים וחמישים", 250), ("שלוש מאות", 300), ("שמונה מאות", 800),
    ("אלף", 1000), ("אלפיים", 2000), ("שלושת אלפים", 3000), ("עשרת אלפים", 10000), ("עשרים אלף", 20000),
    ("אפס", 0), ("שְׁלוֹשָׁה", 3),
])
def test_number_words(text: str, number: int) -> None:
    """Hebrew numbers in the masculine, the feminine and the construct state, full and defective spellings, with
    points or without, read as the number."""
    assert count_of(text) == (number, number)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("לפחות 20", 20, None), ("לכל הפחות 20", 20, None), ("לא פחות מ-20", 20, None), ("20 לפחות", 20, None),
    ("20 ומעלה", 20, None), ("20 או יותר", 20, None), ("יותר מ-20", 21, None), ("יותר מ־20", 21, None),
    ("יותר מ20", 21, None), ("יותר מעשרים", 21, None), ("מעל 100", 101, None), ("מעל ל-100", 101, None),
    ("למעלה מ-100", 101, None), ("עד 20", 0, 20), ("לכל היותר 5", 0, 5), ("פחות מ-20", 0, 19),
    ("כ-30", 24, 36), ("כ־30", 24, 36), ("כ30", 24, 36), ("כשלושים", 24, 36), ("בערך 30", 24, 36),
    ("כתריסר", 10, 14), ("כמעט 20", 16, 20), ("קרוב ל-20", 16, 20),
    ("10 עד 20", 10, 20), ("מ-10 עד 20", 10, 20), ("בין 10 ל-20", 10, 20), ("בין עשרה לעשרים", 10, 20),
    ("חמישה או שישה", 5, 6),
    ("כמה", 3, 9), ("מספר", 2, None), ("רבים", 6, None), ("עשרות", 20, None), ("מאות", 200, None),
    ("אלפים", 2000, None), ("עשרות אלפים", 20000, None), ("כמה עשרות", 30, 90), ("כמה מאות", 300, 900),
    ("אין נפגעים", 0, 0), ("נפגעים", 1, None),
])
def test_bounds_ranges_and_vague_words(text: str, low: int, high: int | None) -> None:
    """The bounds, ranges and vague words of Hebrew read as the English ones, the one-letter words written onto the
    figure (כ-30, מ-20, ל-20) with a hyphen, a maqaf or nothing."""
    assert count_of(text) == (low, high)


def test_a_figure_with_a_noun_is_refused_with_the_figure_to_write() -> None:
    """``עשרות מחבלים`` (dozens of terrorists) is refused, as ``dozens of terrorists`` is: the message names the
    figure to write."""
    with pytest.raises(NormalizeError, match="write 'עשרות'"):
        parse_count("עשרות מחבלים")


# ---------------------------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------------------------


MONTHS = ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר",
          "דצמבר")


@pytest.mark.parametrize(("number", "month"), list(enumerate(MONTHS, start=1)))
def test_month_names_with_their_prepositions(number: int, month: str) -> None:
    """Each month alone, after ב ("in": 7 באוקטובר) and after ל ("to": ה-7 לאוקטובר, as it is also written)."""
    for written in (f"3 {month} 2023", f"3 ב{month} 2023", f"3 ל{month} 2023", f"ה-3 ב{month} 2023"):
        assert span_of(written) == (D(2023, number, 3), D(2023, number, 3), "day")
    assert span_of(f"ב{month} 2023")[2] == "month"


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("7 באוקטובר 2023", D(2023, 10, 7), D(2023, 10, 7), "day"),
    ("ב-7 באוקטובר 2023", D(2023, 10, 7), D(2023, 10, 7), "day"),
    ("ה־7 באוקטובר 2023", D(2023, 10, 7), D(2023, 10, 7), "day"),
    ("1 במרס 2024", D(2024, 3, 1), D(2024, 3, 1), "day"),
    ("אוקטובר 2023", D(2023, 10, 1), D(2023, 10, 31), "month"),
    ("בתחילת אוקטובר 2023", D(2023, 10, 1), D(2023, 10, 10), "range"),
    ("באמצע אוקטובר 2023", D(2023, 10, 11), D(2023, 10, 20), "range"),
    ("בסוף חודש נובמבר 2023", D(2023, 11, 21), D(2023, 11, 30), "range"),
    ("7-8 באוקטובר 2023", D(2023, 10, 7), D(2023, 10, 8), "range"),
    ("בין 7 ל-8 באוקטובר 2023", D(2023, 10, 7), D(2023, 10, 8), "range"),
    ("מ-7 עד 9 באוקטובר 2023", D(2023, 10, 7), D(2023, 10, 9), "range"),
    ("מה-7 עד ה-9 באוקטובר 2023", D(2023, 10, 7), D(2023, 10, 9), "range"),
    ("בליל 7-8 באוקטובר 2023", D(2023, 10, 7), D(2023, 10, 8), "range"),
    ("בלילה שבין 7 ל-8 באוקטובר 2023", D(2023, 10, 7), D(2023, 10, 8), "range"),
    ("בשבת, 7 באוקטובר 2023", D(2023, 10, 7), D(2023, 10, 7), "day"),
    ("ביום ראשון 8 באוקטובר 2023", D(2023, 10, 8), D(2023, 10, 8), "day"),
    ("יום א׳ 8 באוקטובר 2023", D(2023, 10, 8), D(2023, 10, 8), "day"),
    ("ביום שלישי, 12 בדצמבר 2023", D(2023, 12, 12), D(2023, 12, 12), "day"),
])
def test_dates(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    assert span_of(text) == (start, end, precision)


def test_a_day_of_the_week_is_checked() -> None:
    """A Hebrew day of the week that is not the date's is refused with the day it was, as in every language."""
    with pytest.raises(NormalizeError, match="was a Saturday, not a Sunday"):
        parse_date("ביום ראשון 7 באוקטובר 2023")


@pytest.mark.parametrize("text", ['כ"ב בתשרי תשפ"ד', "22 בתשרי 5784", "אדר ב׳ 5784"])
def test_hebrew_calendar_is_refused_by_name(text: str) -> None:
    """A date of the Hebrew calendar is refused with a message that says so, not the general one."""
    with pytest.raises(NormalizeError, match="dates of the Hebrew calendar are not read"):
        parse_date(text)


@pytest.mark.parametrize("text", ["בליל שבת", "7 באוקטובר", "7.10.2023"])
def test_dates_without_a_year_or_in_digits_stay_refused(text: str) -> None:
    with pytest.raises(NormalizeError):
        parse_date(text)


# ---------------------------------------------------------------------------------------------------------------
# Event types
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("תקיפה אווירית", "shelling"), ("בתקיפה", "shelling"), ("והתקיפה", "shelling"), ("תְּקִיפָה", "shelling"),
    ("ירי רקטות", "shelling"), ("ירי טילי נ״ט", "shelling"), ('ירי נ"ט', "shelling"), ("תקיפת כטב״ם", "shelling"),
    ("מטח רקטות", "shelling"), ("הפגזה", "shelling"), ("ירי", "shooting"), ("מהירי", "shooting"),
    ("פיגוע ירי", "shooting"), ("הפסקת האש", "shooting"), ("פיגוע", "clash"), ("מארב", "clash"),
    ("חילופי אש", "clash"), ("קרבות", "clash"), ("פיגוע התאבדות", "bombing"), ("פיצוץ מטען", "mine"),
    ("מוקש", "mine"), ("מבצע קרקעי", "incursion"), ("חדירת מחבלים", "incursion"), ("תקיפה קרקעית", "incursion"),
    ("חטיפה", "abduction"), ("נחטפו", "abduction"), ("חיסול", "casualty"), ("תאונת דרכים", "noncombat"),
    ("מתחילת המלחמה", "total"), ("הרגע", "unknown"),
])
def test_hebrew_event_words(text: str, kind: str) -> None:
    """Hebrew event words, with the one-letter words and the article written onto them, points, the gershayim of
    an acronym and final letters, select the types their English equivalents select."""
    assert event_type(text) == kind


HEBREW_STEMS = sorted((stem.removesuffix("="), kind) for kind, stems in EVENT_TYPES_HEBREW.items() for stem in stems)


@pytest.mark.parametrize(("stem", "kind"), HEBREW_STEMS)
def test_each_hebrew_stem_alone_gives_its_type(stem: str, kind: str) -> None:
    assert event_type(stem) == kind


def test_every_one_word_hebrew_stem_has_three_letters() -> None:
    """Words are compared only with the stems that start with their first three letters."""
    assert [stem for stem, _ in HEBREW_STEMS if " " not in stem and len(stem) < 3] == []


# ---------------------------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("prefixed", "name"), [
    ("בג׳באליה", "ג׳באליה"), ("בג'באליה", "ג'באליה"), ("מג׳באליה", "ג׳באליה"), ("בשג׳אעייה", "שג׳אעייה"),
    ("בְּחַאן יוּנִס", "חאן יונס"), ("בַּג׳בָּאלְיָה", "ג׳באליה"),
])
def test_a_one_letter_word_before_a_geresh_or_points_comes_off(prefixed: str, name: str) -> None:
    """The one-letter words come off a name whose second letter carries a geresh (ג׳ = j) or whose letters carry
    points: they were kept, and בג׳באליה was no Jabalia."""
    assert similarity(prefixed, name) == 1.0


@pytest.mark.parametrize(("text", "name"), [
    ("בג׳באליה", "Jabalia"), ("בשג'אעייה", "الشجاعية"), ("בשכונת שג'אעייה", "Shuja'iyya"),
    ("שכונת שג׳אעייה", "حي الشجاعية"), ("באזור בינת ג'בייל", "Bint Jbeil"), ("מדרום לחאן יונס", "Khan Younis"),
    ("סמוך לרפיח", "Rafah"), ("ממזרח לג׳באליה", "جباليا"), ("בפאתי חאן יונס", "Khan Yunis"),
])
def test_hebrew_place_text_matches_the_name(text: str, name: str) -> None:
    assert similarity(text, name) >= SAME_PLACE_THRESHOLD


@pytest.mark.parametrize(("text", "name"), [
    ("בשכונת שג׳אעייה", "שג׳אעייה"), ("באזור בינת ג'בייל", "בינת ג'בייל"), ("העיירה בינת ג'בייל", "בינת ג'בייל"),
    ("מדרום לחאן יונס", "חאן יונס"), ("מצפון ללוד", "לוד"), ("בסמוך לג׳באליה", "ג׳באליה"),
])
def test_hebrew_place_words_are_not_the_name(text: str, name: str) -> None:
    """Area, neighbourhood, town and the words of place that take ל (north of, near) say where, not which place."""
    assert parse(text).stem == parse(name).stem


def test_a_place_word_alone_stays_a_name() -> None:
    """אזור (area) alone is the name of a town, Azor: a text of generic words only keeps them."""
    assert similarity("אזור", "Azor") >= SAME_PLACE_THRESHOLD


def test_lamed_stays_on_a_name_after_other_words() -> None:
    """Only after a word that takes ל is a first ל the preposition: ליד לוד (near Lod) keeps Lod's."""
    assert parse("ליד לוד").stem == parse("לוד").stem


HEBREW_LETTERS = st.sampled_from([*"אבגדהוזחטיכלמנסעפצקרשת", "ג׳", "ז׳", "צ׳"])
NAMES = st.lists(HEBREW_LETTERS, min_size=3, max_size=8).map("".join)


@given(NAMES, st.sampled_from(["ב", "ל", "מ", "ו", "וב", "ומ", "של", "כ"]))
def test_prefix_never_lowers_similarity_with_geresh(name: str, prefix: str) -> None:
    """Writing a one-letter word onto a name of three letters or more, some with a geresh, leaves it the same
    place."""
    assert similarity(prefix + name, name) == 1.0


def test_documented_hebrew_table_is_the_vocabulary() -> None:
    """docs/matching.md lists the Hebrew stems exactly."""
    text = (Path(__file__).resolve().parent.parent / "docs" / "matching.md").read_text(encoding="utf-8")
    section = text.split("### Event types in Hebrew", 1)[1].split("\n### ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \|$", section, flags=re.MULTILINE)
    assert {kind: tuple(stems.split(", ")) for kind, stems in rows} == dict(EVENT_TYPES_HEBREW)


@pytest.mark.parametrize(("text", "name"), [("העיר עזה", "Gaza City"), ("בעיר עזה", "غزة"), ("העיר עזה", "Gaza")])
def test_ayin_after_place_words_is_also_the_ghayn(text: str, name: str) -> None:
    """A name that begins with ע after the place words before it is read with the ghayn too, as a name that begins
    the text is (עזה = Gaza): העיר עזה, the city of Gaza, was no Gaza City (0.51)."""
    assert similarity(text, name) >= SAME_PLACE_THRESHOLD


def test_kfar_aza_is_still_not_gaza() -> None:
    """A head word is no place word: כפר עזה (Kfar Aza) stays apart from Gaza."""
    assert similarity("כפר עזה", "Gaza") < SAME_PLACE_THRESHOLD

