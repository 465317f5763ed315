"""Gaps found coding the end of the Sri Lankan civil war (the Vanni, January–May 2009: Kilinochchi, Mullaitivu,
Puthukkudiyiruppu, the No Fire Zones, Mullivaikkal) from the Sri Lankan defence ministry, TamilNet, the ICRC, the UN
and the Tamil and Sinhala press: every Tamil and Sinhala date and count was refused (``2009 பெப்ரவரி 1``, ``மே
2ஆம் திகதி, 2009``, ``குறைந்தது ஒன்பது பேர்``, ``2009 පෙබරවාරි 09 වැනි දින``, ``අවම වශයෙන් 40 ක්``, ``28 ට
වැඩි``), no Tamil or Sinhala event word had a type (எறிகணை, ගුවන් ප්‍රහාර), and the generic words after a name
(கிராமம், மாவட்டம், දිස්ත්‍රික්කය) stayed part of it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.match import event_type
from reconcile.normalize import parse_count, parse_date
from reconcile.places import SAME_PLACE_THRESHOLD, parse, similarity

from .readings import assert_forms_read, count_of, documented_forms, in_digits, span_of

D = dt.date

# The months, numbers and digits as Tamil and Sinhala write them, apart from the tables they test.
TAMIL_MONTHS = ("ஜனவரி", "பெப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஓகஸ்ட்", "செப்டெம்பர்",
                "ஒக்டோபர்", "நவம்பர்", "டிசம்பர்")
TAMIL_INDIA_MONTHS = ("ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்",
                      "அக்டோபர்", "நவம்பர்", "டிசம்பர்")
SINHALA_MONTHS = ("ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු", "සැප්තැම්බර්",
                  "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්")
TAMIL_UNITS = ("", "ஒன்று", "இரண்டு", "மூன்று", "நான்கு", "ஐந்து", "ஆறு", "ஏழு", "எட்டு", "ஒன்பது")
TAMIL_TEENS = ("பத்து", "பதினொன்று", "பன்னிரண்டு", "பதின்மூன்று", "பதினான்கு", "பதினைந்து", "பதினாறு", "பதினேழு",
               "பதினெட்டு", "பத்தொன்பது")
TAMIL_TENS = ("", "", "இருபது", "முப்பது", "நாற்பது", "ஐம்பது", "அறுபது", "எழுபது", "எண்பது", "தொண்ணூறு")
# The tens before a unit, as the press writes them apart: இருபத்து மூன்று, 23.
TAMIL_TENS_BEFORE = ("", "", "இருபத்து", "முப்பத்து", "நாற்பத்து", "ஐம்பத்து", "அறுபத்து", "எழுபத்து",
                     "எண்பத்து", "தொண்ணூற்று")
SINHALA_UNITS = ("", "එක", "දෙක", "තුන", "හතර", "පහ", "හය", "හත", "අට", "නවය")
SINHALA_TEENS = ("දහය", "එකොළහ", "දොළහ", "දහතුන", "දාහතර", "පහළොව", "දහසය", "දාහත", "දහඅට", "දහනවය")
SINHALA_TENS = ("", "", "විස්ස", "තිහ", "හතළිහ", "පනහ", "හැට", "හැත්තෑව", "අසූව", "අනූව")
SINHALA_TENS_BEFORE = ("", "", "විසි", "තිස්", "හතළිස්", "පනස්", "හැට", "හැත්තෑ", "අසූ", "අනූ")


def tamil_digits(number: int) -> str:
    return in_digits(number, "௦௧௨௩௪௫௬௭௮௯")


def sinhala_digits(number: int) -> str:
    return in_digits(number, "෦෧෨෩෪෫෬෭෮෯")


def tamil_number(number: int) -> str:
    """1 to 99 in Tamil words, a ten and its unit written apart (இருபத்து மூன்று)."""
    tens, unit = divmod(number, 10)
    if tens < 2:
        return TAMIL_TEENS[unit] if tens else TAMIL_UNITS[unit]
    return TAMIL_TENS[tens] if not unit else f"{TAMIL_TENS_BEFORE[tens]} {TAMIL_UNITS[unit]}"


def sinhala_number(number: int) -> str:
    """1 to 99 in Sinhala words, a ten joined to its unit (විසිපහ, 25)."""
    tens, unit = divmod(number, 10)
    if tens < 2:
        return SINHALA_TEENS[unit] if tens else SINHALA_UNITS[unit]
    return SINHALA_TENS[tens] if not unit else SINHALA_TENS_BEFORE[tens] + SINHALA_UNITS[unit]


@pytest.mark.parametrize(("text", "expected"), [
    ("குறைந்தது ஒன்பது பேர்", (9, None)),
    ("இருபதுக்கும் மேற்பட்டோர்", (21, None)),
    ("60க்கும் மேற்பட்டோர்", (61, None)),
    ("100க்கு மேல்", (101, None)),
    ("64 பேர்", (64, 64)),
    ("௨௮ பேர்", (28, 28)),
    ("சுமார் 10 பேர்", (8, 12)),
    ("ஏறத்தாழ 7,000 பேர்", (5600, 8400)),
    ("100 வரை", (0, 100)),
    ("10 முதல் 15 வரை", (10, 15)),
    ("இருவர்", (2, 2)),
    ("மூவர்", (3, 3)),
    ("இருபத்தைந்து", (25, 25)),
    ("இருபத்திரண்டு", (22, 22)),
    ("நூற்றி இருபது", (120, 120)),
    ("ஏழாயிரம்", (7000, 7000)),
    ("நாற்பதாயிரம்", (40000, 40000)),
    ("நூற்றுக்கும் மேற்பட்டோர்", (101, None)),
    ("ஆயிரத்துக்கும் மேற்பட்ட", (1001, None)),
    ("හතළිස්දහසක්", (40000, 40000)),
    ("හතළිස් දහසක්", (40000, 40000)),
    ("දෙදහස", (2000, 2000)),
    ("පහ දහසක්", (5000, 5000)),
    ("සියයකට වැඩි", (101, None)),
    ("நூற்றுக்கணக்கானோர்", (200, None)),
    ("ஆயிரக்கணக்கான", (2000, None)),
    ("பலர்", (6, None)),
    ("අවම වශයෙන් 40 ක්", (40, None)),
    ("28 ට වැඩි", (29, None)),
    ("28කට වැඩි", (29, None)),
    ("28 දෙනෙකුට වැඩි", (29, None)),
    ("60 ක් පමණ", (48, 72)),
    ("20ක්", (20, 20)),
    ("8 දෙනෙක්", (8, 8)),
    ("෨෮ ක්", (28, 28)),
    ("දෙදෙනා", (2, 2)),
    ("තිදෙනෙක්", (3, 3)),
    ("විසිපහ", (25, 25)),
    ("විස්සක්", (20, 20)),
    ("10 සිට 15 දක්වා", (10, 15)),
    ("100 දක්වා", (0, 100)),
    ("කිහිපයක්", (3, 9)),
    ("සිය ගණනක්", (200, None)),
    ("දහස් ගණනක්", (2000, None)),
])  # fmt: skip
def test_tamil_and_sinhala_counts(text: str, expected: tuple[int, int | None]) -> None:
    """Tamil and Sinhala bounds, ranges, vague words, number words and the words that count persons read as their
    English equivalents."""
    assert count_of(text) == expected


@given(st.integers(1, 99))
@example(25)
@example(19)
@example(90)
def test_tamil_number_words(number: int) -> None:
    """A Tamil number in words reads as the number, with the word for persons after it and under a bound."""
    words = tamil_number(number)
    assert count_of(words) == (number, number)
    assert count_of(f"{words} பேர்") == (number, number)
    assert count_of(f"குறைந்தது {words} பேர்") == (number, None)
    assert count_of(f"{words}க்கும் மேற்பட்டோர்") == (number + 1, None)


@given(st.integers(1, 99))
@example(25)
@example(11)
@example(70)
def test_sinhala_number_words(number: int) -> None:
    """A Sinhala number in words reads as the number, with the indefinite ending ක් and under a bound."""
    words = sinhala_number(number)
    assert count_of(words) == (number, number)
    assert count_of(f"{words}ක්") == (number, number)
    assert count_of(f"අවම වශයෙන් {words}") == (number, None)
    assert count_of(f"{words}කට වැඩි") == (number + 1, None)


@given(st.integers(0, 100_000))
@example(28)
def test_tamil_and_sinhala_digits(number: int) -> None:
    """Tamil digits and Sinhala lith digits read as ASCII ones, with the endings written onto them."""
    assert count_of(f"{tamil_digits(number)} பேர்") == (number, number)
    assert count_of(f"{tamil_digits(number)}க்கும் மேற்பட்டோர்") == (number + 1, None)
    assert count_of(f"{sinhala_digits(number)}ක්") == (number, number)
    assert count_of(f"{sinhala_digits(number)} ට වැඩි") == (number + 1, None)


def test_tamil_death_word_is_no_count() -> None:
    """பலி (killed, a death) is no count: not read as பல (many), which it begins with once its vowel sign is
    left out."""
    with pytest.raises(NormalizeError, match="cannot read a count"):
        parse_count("பலி")


@pytest.mark.parametrize(("text", "expected"), [
    ("2009 பெப்ரவரி 1", (D(2009, 2, 1), D(2009, 2, 1), "day")),
    ("மே 2ஆம் திகதி, 2009", (D(2009, 5, 2), D(2009, 5, 2), "day")),
    ("2009 மே மாதம் 2ஆம் திகதி", (D(2009, 5, 2), D(2009, 5, 2), "day")),
    ("2009ஆம் ஆண்டு மே 2ஆம் திகதி", (D(2009, 5, 2), D(2009, 5, 2), "day")),
    ("2009 மே 2-ம் தேதி", (D(2009, 5, 2), D(2009, 5, 2), "day")),
    ("பெப். 1, 2009", (D(2009, 2, 1), D(2009, 2, 1), "day")),
    ("மே 2009", (D(2009, 5, 1), D(2009, 5, 31), "month")),
    ("2009 ஜனவரி 20 முதல் மே 13 வரை", (D(2009, 1, 20), D(2009, 5, 13), "range")),
    ("ஜனவரி 20 தொடக்கம் மே 13 வரை, 2009", (D(2009, 1, 20), D(2009, 5, 13), "range")),
    ("ஞாயிற்றுக்கிழமை, பெப்ரவரி 1, 2009", (D(2009, 2, 1), D(2009, 2, 1), "day")),
    ("2009 ජනවාරි 02", (D(2009, 1, 2), D(2009, 1, 2), "day")),
    ("2009 පෙබරවාරි 09 වැනි දින", (D(2009, 2, 9), D(2009, 2, 9), "day")),
    ("ජනවාරි 25 වැනිදා, 2009", (D(2009, 1, 25), D(2009, 1, 25), "day")),
    ("2009 මැයි", (D(2009, 5, 1), D(2009, 5, 31), "month")),
    ("2009 ජනවාරි 20 සිට මැයි 13 දක්වා", (D(2009, 1, 20), D(2009, 5, 13), "range")),
    ("ඉරිදා 2009 පෙබරවාරි 1", (D(2009, 2, 1), D(2009, 2, 1), "day")),
    ("බ්‍රහස්පතින්දා 2009 පෙබරවාරි 5", (D(2009, 2, 5), D(2009, 2, 5), "day")),
])  # fmt: skip
def test_tamil_and_sinhala_dates(text: str, expected: tuple[dt.date, dt.date, str]) -> None:
    """Tamil and Sinhala dates, year first or month first, with the words of the day, month and year, read as the
    English forms do."""
    assert span_of(text) == expected


@given(st.integers(1800, 2100), st.integers(1, 12), st.integers(1, 28), st.booleans())
@example(2009, 5, 2, True)
def test_tamil_and_sinhala_months(year: int, month: int, day: int, india: bool) -> None:
    """Every month, in Tamil (as Sri Lanka and as India spell it) and in Sinhala, reads as its day."""
    expected = (D(year, month, day), D(year, month, day), "day")
    tamil = (TAMIL_INDIA_MONTHS if india else TAMIL_MONTHS)[month - 1]
    assert span_of(f"{year} {tamil} {day}") == expected
    assert span_of(f"{tamil} {day}ஆம் திகதி, {year}") == expected
    assert span_of(f"{year} {SINHALA_MONTHS[month - 1]} {day} වැනි දින") == expected


def test_wrong_weekday_is_refused() -> None:
    """A Tamil day of the week that is not the date's is refused, naming the day it was."""
    with pytest.raises(NormalizeError, match="was a Sunday"):
        parse_date("திங்கட்கிழமை 2009 பெப்ரவரி 1")


@pytest.mark.parametrize(("text", "expected"), [
    ("எறிகணை வீச்சு", "shelling"),
    ("எறிகணைத் தாக்குதல்", "shelling"),
    ("ஷெல் தாக்குதல்", "shelling"),
    ("விமானத் தாக்குதல்", "shelling"),
    ("தற்கொடைத் தாக்குதல்", "bombing"),
    ("மோதல்", "clash"),
    ("தாக்குதல்", "clash"),
    ("துப்பாக்கிச் சூட்டில்", "shooting"),
    ("ගුවන් ප්‍රහාර", "shelling"),
    ("මරාගෙන මැරෙන ප්‍රහාරය", "bombing"),
    ("ගැටුම", "clash"),
    ("ප්‍රහාරය", "clash"),
])  # fmt: skip
def test_tamil_and_sinhala_event_words(text: str, expected: str) -> None:
    """Tamil and Sinhala event words have their types, the longer phrase first (an air attack is shelling, an attack
    a clash), and the joiner of ප්‍ර does not split a Sinhala word."""
    assert event_type(text) == expected


@pytest.mark.parametrize(("with_word", "name", "other"), [
    ("முள்ளிவாய்க்கால் கிராமம்", "முள்ளிவாய்க்கால்", "Mullivaikkal"),
    ("புதுக்குடியிருப்பு பிரதேசம்", "புதுக்குடியிருப்பு", "Puthukkudiyiruppu"),
    ("முல்லைத்தீவு மாவட்டம்", "முல்லைத்தீவு", "Mullaitivu"),
    ("මුලතිව් දිස්ත්‍රික්කය", "මුලතිව්", "Mulativu"),
    ("කිළිනොච්චිය නගරය", "කිළිනොච්චිය", "Kilinochchi"),
    ("විශ්වමඩු ප්‍රදේශයේ", "විශ්වමඩු", "Vishvamadu"),
])  # fmt: skip
def test_tamil_and_sinhala_generic_words(with_word: str, name: str, other: str) -> None:
    """A Tamil or Sinhala village, town, area or district word after a name is no part of it: the name with it
    compares with a romanization as the name alone does."""
    assert similarity(with_word, other) == similarity(name, other) >= 0.9


@pytest.mark.parametrize(("a", "b"), [
    ("முள்ளிவாய்க்கால்", "Mullivaaikkaal"), ("புதுக்குடியிருப்பு", "Puthukudiyiruppu"), ("கிளிநொச்சி", "Kilinochchi"),
    ("முல்லைத்தீவு", "Mullaithivu"), ("මුලතිව්", "Mullaitivu"), ("කිළිනොච්චිය", "கிளிநொச்சி"),
])  # fmt: skip
def test_tamil_and_sinhala_spellings_meet(a: str, b: str) -> None:
    """Tamil and Sinhala spellings of the Vanni's places meet their romanizations and each other."""
    assert similarity(a, b) >= 0.9


# Places of the Vanni in Tamil, their romanization, and how Tamil joins a case ending to each: a glide after a vowel
# (விசுவமடு-வ்-இல்), the oblique -அத்து of a name in -அம் (மாங்குளத்தில்), the ending on a final consonant
# (முள்ளிவாய்க்காலில்) or in place of a short u (முல்லைத்தீவில்); apart from the rules they test.
TAMIL_PLACES = (
    ("விசுவமடு", "Visuvamadu", "glide"), ("கிளிநொச்சி", "Kilinochchi", "glide"), ("வவுனியா", "Vavuniya", "glide"),
    ("மடு", "Madhu", "glide"), ("திருகோணமலை", "Thirukonamalai", "glide"), ("முல்லைத்தீவு", "Mullaitivu", "short u"),
    ("புதுக்குடியிருப்பு", "Puthukkudiyiruppu", "short u"), ("ஆனையிறவு", "Anaiyiravu", "short u"),
    ("மாங்குளம்", "Mankulam", "am"), ("யாழ்ப்பாணம்", "Yalpanam", "am"), ("முள்ளிவாய்க்கால்", "Mullivaikkal", "final"),
    ("மன்னார்", "Mannar", "final"), ("ஒட்டுசுட்டான்", "Oddusuddan", "final"),
)
# The locative, the ablative, the genitive and the dative, each as the vowel sign it starts with once joined.
TAMIL_CASES = {"locative": "ில்", "ablative": "ிலிருந்து", "genitive": "ின்", "dative": "ுக்கு"}
_FRONT_VOWEL_SIGNS = frozenset("ிீெேை")  # i, ī, e, ē, ai: the glide ய, the dative -க்கு


def _inflected(name: str, joining: str, case: str) -> str:
    """``name`` in ``case``, joined as its ``joining`` says."""
    ending = TAMIL_CASES[case]
    if joining == "am":
        return name[:-2] + "த்த" + ending  # மாங்குளம் -> மாங்குளத்தில்
    if joining in ("final", "short u"):
        return name[:-1] + ending  # the virama or the short u gives way to the ending's vowel
    if case == "dative" and name[-1] in _FRONT_VOWEL_SIGNS:
        return name + "க்கு"  # கிளிநொச்சிக்கு
    return name + ("ய" if name[-1] in _FRONT_VOWEL_SIGNS else "வ") + ending


@given(st.sampled_from(TAMIL_PLACES), st.sampled_from(sorted(TAMIL_CASES)), st.booleans())
@example(("விசுவமடு", "Visuvamadu", "glide"), "locative", False).via("0.73 before")
@example(("மாங்குளம்", "Mankulam", "am"), "ablative", True).via("the oblique of a name in -am")
@example(("முல்லைத்தீவு", "Mullaitivu", "short u"), "dative", False).via("the short u")
def test_a_tamil_place_name_in_a_case_is_the_place(place: tuple[str, str, str], case: str, apart: bool) -> None:
    """A Tamil place name with a case ending (in, from, of, to) scores with its romanization, and with itself in the
    nominative, as the name alone does but for the second reading's 0.95, over the threshold; the ablative also
    written as the locative and இருந்து apart."""
    name, latin, joining = place
    inflected = _inflected(name, joining, case)
    if apart and case == "ablative":
        inflected = _inflected(name, joining, "locative") + " இருந்து"
    assert similarity(inflected, latin) >= min(0.95 * similarity(name, latin), SAME_PLACE_THRESHOLD) - 1e-9
    assert similarity(inflected, name) >= 0.95 - 1e-9


@pytest.mark.parametrize(("a", "b"), [
    ("திருக்கோவில்", "Thirukkovil"),   # a name that ends as a locative does keeps its own reading
    ("அருகில்", "அருகில்"),
])
def test_a_tamil_name_that_ends_as_a_case_does_is_still_itself(a: str, b: str) -> None:
    assert similarity(a, b) == 1.0


def test_a_tamil_word_of_place_in_a_case_stays_a_word_of_place() -> None:
    """The generic words in a case (அருகில், near; கிராமத்துக்கு, to the village) are not read as names."""
    assert parse("விசுவமடு அருகில்").stem == parse("விசுவமடு").stem
    assert similarity("முள்ளிவாய்க்கால் கிராமத்துக்கு", "Mullivaikkal") >= 0.9


@pytest.mark.parametrize(("a", "b"), [
    ("மாங்குளத்தில்", "Mannar"), ("மன்னாரில்", "Mankulam"), ("விசுவமடுவில்", "Vavuniya"),
])
def test_tamil_places_in_a_case_stay_apart_from_other_places(a: str, b: str) -> None:
    assert similarity(a, b) < SAME_PLACE_THRESHOLD


def test_documented_forms_read() -> None:
    """Every Tamil and Sinhala form with a figure or a day in docs/normalization.md reads."""
    forms = documented_forms("### Tamil") + documented_forms("### Sinhala")
    assert len(forms) > 40
    assert_forms_read(forms)
