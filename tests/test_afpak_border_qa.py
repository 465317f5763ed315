"""Afghanistan–Pakistan border QA: a bare name in Pashto or Dari script that may stand for the district a place of
the other claim lies in."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.block import candidate_pairs, is_candidate
from reconcile.errors import NormalizeError
from reconcile.match import MatchConfig, Scorer, claim_features, event_type
from reconcile.normalize import parse_count, parse_date
from reconcile.places import Gazetteer
from tests.test_match import PARTIES, claim

CONFIG = MatchConfig()
EMPTY = Gazetteer(())


def test_a_bare_name_in_another_script_may_stand_for_the_district_of_the_other_place() -> None:
    """"سپین بولدک" (the Taliban's Pashto) against "Spin Boldak district, Kandahar" (Kandahar read as a place in the
    district) meets it as the Latin "Spin Boldak" does: in blocking, and as one region in scoring (before, the
    region names were compared as written, so the Pashto name was a different place, -4, and never compared)."""
    for name in ("Spin Boldak", "سپین بولدک"):
        found = claim_features((claim("af/a", 0, name), claim("tolo/b", 0, "Spin Boldak district, Kandahar")),
                               gazetteer=EMPTY, parties=PARTIES)
        assert is_candidate(found[0], found[1], CONFIG)
        assert (0, 1) in set(candidate_pairs(found, CONFIG))
        _, weight, detail = Scorer(found)._place(found[0], found[1], True)
        assert weight == CONFIG.place_same_region, name
        assert "is also the name of the region 'Kandahar' lies in" in detail


def test_a_bare_name_of_another_region_in_another_script_stays_apart() -> None:
    """"تورخم" (Torkham) is no spelling of Spin Boldak: the phonetic key alone does not make a region one."""
    found = claim_features((claim("af/a", 0, "تورخم"), claim("tolo/b", 0, "Spin Boldak district, Kandahar")),
                           gazetteer=EMPTY, parties=PARTIES)
    _, weight, _ = Scorer(found)._place(found[0], found[1], True)
    assert weight < CONFIG.place_same_region


def _place_names(text: str) -> list[str]:
    (found,) = claim_features((claim("af/a", 0, text),), gazetteer=EMPTY, parties=PARTIES)
    return [p.name for p in found.places if not p.reference]


def test_the_durand_line_is_the_border_by_its_name_not_a_place() -> None:
    """The Durand Line, in English, Pashto and Dari, and the Taliban's "hypothetical line" name the
    Afghanistan–Pakistan border, as the Line of Control names Kashmir's: no specific place (before, "Durand Line"
    was a place, "different names" against every town on the border)."""
    for text in ("along the Durand Line", "Durand Line / ډیورنډ کرښه", "خط دیورند", "آن سوی خط فرضی"):
        assert _place_names(text) == [], text


def test_persian_across_and_opposite_words_are_no_names() -> None:
    """"مقابل ولایت خوست" (opposite Khost province) names Khost, not a place called مقابل (opposite)."""
    (found,) = claim_features((claim("af/a", 0, "آن سوی خط فرضی، مقابل ولایت خوست"),), gazetteer=EMPTY,
                              parties=PARTIES)
    assert [p.name for p in found.places] == []
    assert found.region_text == "خوست"


def test_urdu_and_pashto_event_words_are_read() -> None:
    """ISPR's and Geo's Urdu, and the Taliban's Pashto, name the border incidents in words that were all `unknown`:
    firing, an exchange of fire, shelling, an air strike, a clash, an explosion."""
    assert [event_type(text) for text in (
        "بلا اشتعال فائرنگ", "فائرنگ کا تبادلہ", "گولہ باری", "فضائی حملہ", "حملہ", "جھڑپیں", "دھماکہ",
        "د ډزو تبادله", "هوایي بمبار", "ډرون برید",
    )] == ["shooting", "shooting", "shelling", "shelling", "clash", "clash", "bombing",
           "shooting", "shelling", "shelling"]


def test_a_pashto_number_written_as_a_sum_is_refused_with_digits_to_write() -> None:
    """"پنځوس او اته" (fifty and eight, 58) is not read; the message asks for the figure in digits, where before it
    told the user to write "پنځوس" (50), a figure the source did not give."""
    with pytest.raises(NormalizeError) as raised:
        parse_count("پنځوس او اته")
    message = str(raised.value)
    assert ("'پنځوس او اته' is a number written as a sum, which is not read, and 'پنځوس' alone is only a part of "
            "it; write the figure in digits") in message
    assert "write 'پنځوس'" not in message


def test_urdu_and_hindi_nights_written_after_their_days_are_read() -> None:
    """ISPR's Urdu releases date a night's fighting after its days ("11 اور 12 اکتوبر 2025 کی درمیانی شب", the
    intervening night of 11 and 12 October), as the Hindi "की दरमियानी रात" is read; both refused before (and Hindi
    "और", and, between the days)."""
    night = (dt.date(2025, 10, 11), dt.date(2025, 10, 12))
    for text in ("11 اور 12 اکتوبر 2025 کی درمیانی شب", "۱۱/۱۲ اکتوبر ۲۰۲۵ کی شب", "11-12 اکتوبر 2025 کی رات کو",
                 "11 اور 12 اکتوبر 2025"):
        span = parse_date(text)
        assert (span.start, span.end, span.precision) == (*night, "range"), text
    hindi = parse_date("15 और 16 जून 2020 की दरमियानी रात")
    assert (hindi.start, hindi.end) == (dt.date(2020, 6, 15), dt.date(2020, 6, 16))
    # One day's night does not say which night, as "night of 11 October 2025" does not.
    with pytest.raises(NormalizeError):
        parse_date("11 اکتوبر 2025 کی شب")



def test_an_urdu_day_of_the_week_before_the_date_is_checked() -> None:
    """"جمعرات 15 دسمبر 2022" (Thursday), as ISPR's Urdu releases write it, is read and checked, as the Persian
    "پنجشنبه ۲۴ قوس ۱۴۰۱" is (before, refused: "cannot read a date"); "جمعہ" (Friday) does not fit that day."""
    for text in ("جمعرات 15 دسمبر 2022", "بروز جمعرات، 15 دسمبر 2022", "پیر 12 دسمبر 2022"):
        assert parse_date(text).precision == "day", text
    with pytest.raises(NormalizeError, match="2022-12-15 was a Thursday, not a Friday"):
        parse_date("جمعہ 15 دسمبر 2022")
