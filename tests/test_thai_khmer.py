"""Gaps found coding the Thai–Cambodian border clashes (Preah Vihear, February 2011; Chong Bok, Ta Muen Thom / Ta Moan
Thom and Ta Khwai / Ta Krabey, May–July 2025) from the Royal Thai Army, the Thai Ministry of Public Health, the
Cambodian Ministry of National Defence and the Thai and Khmer press: every Thai and Khmer date and count was refused
(``24 ก.ค. พ.ศ. 2568``, ``ថ្ងៃទី២៤ ខែកក្កដា ឆ្នាំ២០២៥``, ``กว่า 100 นาย``, ``ជាង ៥០ នាក់``), no Thai or Khmer event word
had a type (ปะทะ, ការបាញ់ប្រហារ), and the generic words written onto a name stayed part of it (บริเวณปราสาทตาเมือนធม
read as one name with the district and the province after it), so that the two sides' accounts of one clash were
never compared."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.match import EVENT_TYPES_KHMER, EVENT_TYPES_THAI, event_type
from reconcile.models import Party
from reconcile.normalize import PartyResolver, parse_count, parse_date
from reconcile.places import mentions, phonetic_keys, similarity

from .readings import assert_forms_read, count_of, documented_forms, in_digits, span_of

D = dt.date

# The Gregorian months as Thai and Khmer write them, apart from the tables they test.
THAI_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
               "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
THAI_ABBREVIATIONS = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
KHMER_MONTHS = ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា",
                "ធ្នូ")
THAI_UNITS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
KHMER_UNITS = ("សូន្យ", "មួយ", "ពីរ", "បី", "បួន", "ប្រាំ", "ប្រាំមួយ", "ប្រាំពីរ", "ប្រាំបី", "ប្រាំបួន")
KHMER_TENS = ("", "ដប់", "ម្ភៃ", "សាមសិប", "សែសិប", "ហាសិប", "ហុកសិប", "ចិតសិប", "ប៉ែតសិប", "កៅសិប")


def thai_digits(number: int) -> str:
    return in_digits(number, "๐๑๒๓๔๕๖๗๘๙")


def khmer_digits(number: int) -> str:
    return in_digits(number, "០១២៣៤៥៦៧៨៩")


def thai_number(number: int) -> str:
    """0 to 99 in Thai words: ยี่ for the two before ten, เอ็ด for a one after a ten."""
    tens, unit = divmod(number, 10)
    if not tens:
        return THAI_UNITS[unit]
    ten = {1: "สิบ", 2: "ยี่สิบ"}.get(tens, f"{THAI_UNITS[tens]}สิบ")
    return ten + ("" if not unit else "เอ็ด" if unit == 1 else THAI_UNITS[unit])


def khmer_number(number: int) -> str:
    tens, unit = divmod(number, 10)
    return KHMER_UNITS[unit] if not tens else KHMER_TENS[tens] + (KHMER_UNITS[unit] if unit else "")


# --- Thai dates ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "24 กรกฎาคม 2025", "24 ก.ค. 2025", "24ก.ค.2025", "24 ก.ค. พ.ศ. 2568", "วันที่ 24 ก.ค. พ.ศ. 2568",
    "เมื่อวันที่ 24 กรกฎาคม พ.ศ. 2568", "๒๔ ก.ค. พ.ศ. ๒๕๖๘", "24 กรกฎาคม พุทธศักราช 2568", "24 กรกฎาคม ค.ศ. 2025",
    "วันพฤหัสบดีที่ 24 กรกฎาคม พ.ศ. 2568", "วันพฤหัสบดี 24 ก.ค. 2025",
])
def test_the_forms_of_a_thai_day(text: str) -> None:
    """Day, month (in full or abbreviated), year: Gregorian, or Buddhist after พ.ศ. (CE + 543); Thai or ASCII
    digits, spaced or not, after วันที่ and a day of the week that fits."""
    assert span_of(text) == (D(2025, 7, 24), D(2025, 7, 24), "day")


@given(st.integers(1942, 2100), st.integers(1, 12), st.integers(1, 28), st.booleans(), st.booleans())
@example(2011, 2, 4, True, True)
def test_every_thai_month_in_either_era_is_its_month(year: int, month: int, day: int, buddhist: bool,
                                                    short: bool) -> None:
    """Each month, in full or abbreviated, with its Buddhist year after พ.ศ. or its Gregorian year."""
    name = (THAI_ABBREVIATIONS if short else THAI_MONTHS)[month - 1]
    written = f"พ.ศ. {thai_digits(year + 543)}" if buddhist else str(year)
    assert span_of(f"{thai_digits(day)} {name} {written}") == (D(year, month, day), D(year, month, day), "day")
    assert span_of(f"{name} {written}")[2] == "month"


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("4-7 กุมภาพันธ์ พ.ศ. ๒๕๕๔", D(2011, 2, 4), D(2011, 2, 7), "range"),
    ("ระหว่างวันที่ 24-28 ก.ค. 2025", D(2025, 7, 24), D(2025, 7, 28), "range"),
    ("ตั้งแต่วันที่ 24 ถึง 28 กรกฎาคม พ.ศ. 2568", D(2025, 7, 24), D(2025, 7, 28), "range"),
    ("ระหว่างวันที่ 30 มิ.ย. ถึง 2 ก.ค. พ.ศ. 2568", D(2025, 6, 30), D(2025, 7, 2), "range"),
    ("วันที่ 24 และ 25 ก.ค. 2025", D(2025, 7, 24), D(2025, 7, 25), "range"),
    ("ปลายเดือนกรกฎาคม 2025", D(2025, 7, 21), D(2025, 7, 31), "range"),
    ("ต้นเดือน ก.ค. พ.ศ. 2568", D(2025, 7, 1), D(2025, 7, 10), "range"),
    ("กลางเดือนกรกฎาคม พ.ศ. 2568", D(2025, 7, 11), D(2025, 7, 20), "range"),
    ("พ.ศ. 2568", D(2025, 1, 1), D(2025, 12, 31), "year"),
])
def test_thai_ranges_parts_and_years(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    """ระหว่าง / ตั้งแต่ ... ถึง (between, from ... to), และ (and), the parts of a month before it (ต้นเดือน, early),
    a Buddhist year alone."""
    assert span_of(text) == (start, end, precision)


def test_a_buddhist_year_without_its_era_word_is_refused_not_moved() -> None:
    """Thai writes 2568 for 2025 without พ.ศ. as often as with it; read as written it would be a day five centuries
    ahead, moved it would be a guess: the message names both."""
    with pytest.raises(NormalizeError, match=r"^cannot read a date from '24 กรกฎาคม 2568': 2568 is a year of the "
                       r"Buddhist Era \(2025\), which is not read without its era word, so that no year is moved "
                       r"silently; write พ\.ศ\. 2568 as the source means it, or the Gregorian year$"):
        parse_date("24 กรกฎาคม 2568")


def test_a_thai_year_of_two_digits_names_the_year_it_shortens() -> None:
    with pytest.raises(NormalizeError, match=r"68 shortens the Buddhist year 2568 \(2025\).*write พ\.ศ\. 2568 or 2025"):
        parse_date("24 ก.ค. 68")


def test_a_thai_buddhist_year_before_1941_is_refused() -> None:
    """Until 1940 the Thai year began on 1 April: January to March of BE 2480 are in 1938, not 1937."""
    with pytest.raises(NormalizeError, match=r"before 2484 \(1941\) the Thai year began on 1 April"):
        parse_date("มกราคม พ.ศ. 2480")


def test_a_thai_day_of_the_week_is_checked() -> None:
    with pytest.raises(NormalizeError, match="2025-07-24 was a Thursday, not a Friday"):
        parse_date("วันศุกร์ที่ 24 กรกฎาคม พ.ศ. 2568")


# --- Khmer dates ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "ថ្ងៃទី២៤ ខែកក្កដា ឆ្នាំ២០២៥", "២៤ កក្កដា ២០២៥", "ថ្ងៃទី24ខែកក្កដាឆ្នាំ2025", "នៅថ្ងៃទី២៤ ខែកក្កដា ឆ្នាំ២០២៥",
    "ថ្ងៃព្រហស្បតិ៍ ទី២៤ ខែកក្កដា ឆ្នាំ២០២៥", "ថ្ងៃទី២៤ ខែកក្កដា ព.ស.២៥៦៩", "ថ្ងៃទី២៤ ខែកក្កដា គ.ស.២០២៥",
])
def test_the_forms_of_a_khmer_day(text: str) -> None:
    """ថ្ងៃទី (day), ខែ (month), ឆ្នាំ (year), spaced or not, a day of the week that fits, the Buddhist year of July."""
    assert span_of(text) == (D(2025, 7, 24), D(2025, 7, 24), "day")


@given(st.integers(2000, 2100), st.integers(1, 12), st.integers(1, 28))
def test_every_khmer_month_is_its_month(year: int, month: int, day: int) -> None:
    text = f"ថ្ងៃទី{khmer_digits(day)} ខែ{KHMER_MONTHS[month - 1]} ឆ្នាំ{khmer_digits(year)}"
    assert span_of(text) == (D(year, month, day), D(year, month, day), "day")


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("ពីថ្ងៃទី២៤ ដល់ថ្ងៃទី២៦ ខែកក្កដា ឆ្នាំ២០២៥", D(2025, 7, 24), D(2025, 7, 26), "range"),
    ("ពីថ្ងៃទី៣០ ខែមិថុនា ដល់ថ្ងៃទី២ ខែកក្កដា ឆ្នាំ២០២៥", D(2025, 6, 30), D(2025, 7, 2), "range"),
    ("២៤-២៦ កក្កដា ២០២៥", D(2025, 7, 24), D(2025, 7, 26), "range"),
    ("ថ្ងៃទី២៤ និង ២៥ ខែកក្កដា ឆ្នាំ២០២៥", D(2025, 7, 24), D(2025, 7, 25), "range"),
    ("ចុងខែកក្កដា ឆ្នាំ២០២៥", D(2025, 7, 21), D(2025, 7, 31), "range"),
    ("ខែកុម្ភៈ ឆ្នាំ២០១១", D(2011, 2, 1), D(2011, 2, 28), "month"),
    ("ថ្ងៃទី២៤ ខែមករា ព.ស.២៥៦៨", D(2025, 1, 24), D(2025, 1, 24), "day"),
])
def test_khmer_ranges_parts_and_buddhist_years(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    """ពី ... ដល់ (from ... to), និង (and), ចុងខែ (late in the month); the Cambodian Buddhist year is CE + 543 before
    Visak Bochea and CE + 544 after it."""
    assert span_of(text) == (start, end, precision)


@pytest.mark.parametrize("text", ["ថ្ងៃទី២៤ ខែឧសភា ព.ស.២៥៦៩", "ព.ស.២៥៦៩", "ខែមេសា ព.ស.២៥៦៩"])
def test_a_cambodian_buddhist_year_that_may_be_two_years_is_refused(text: str) -> None:
    """The year turns at Visak Bochea, late April to early June as the lunisolar calendar falls: a date of April to
    June, or a year alone, may be either Gregorian year."""
    with pytest.raises(NormalizeError, match=r"turns at Visak Bochea .* 2569 is 2026 before it and 2025 after it"):
        parse_date(text)


@pytest.mark.parametrize("text", ["២៤ កក្កដា ២៥៦៩", "ថ្ងៃទី២៤ ខែកក្កដា ឆ្នាំ២៥៦៩"])
def test_a_khmer_buddhist_year_without_its_era_word_is_refused(text: str) -> None:
    with pytest.raises(NormalizeError, match=r"2569 is a year of the Buddhist Era \(2025 from July to December, 2026 "
                       r"from January to March\).*write ព\.ស\. 2569"):
        parse_date(text)


def test_a_khmer_lunisolar_date_is_refused_with_the_form_to_write() -> None:
    with pytest.raises(NormalizeError, match=r"lunisolar calendar.*write the Gregorian date, as 2025-07-24"):
        parse_date("១៤កើត ខែអាសាឍ ឆ្នាំម្សាញ់ សប្តស័ក ព.ស.២៥៦៩")


# --- counts --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high"), [
    ("12 ราย", 12, 12),
    ("๖ นาย", 6, 6),
    ("๑๔ ราย", 14, 14),
    ("3 ศพ", 3, 3),
    ("สี่สิบหก คน", 46, 46),
    ("ยี่สิบเอ็ด", 21, 21),
    ("สองร้อยห้าสิบ", 250, 250),
    ("หนึ่งพันห้าร้อย", 1500, 1500),
    ("สองหมื่น", 20000, 20000),
    ("อย่างน้อย 14 ราย", 14, None),
    ("ไม่ต่ำกว่า 14 คน", 14, None),
    ("กว่า 100 นาย", 101, None),
    ("มากกว่า 100 นาย", 101, None),
    ("100 กว่านาย", 101, None),
    ("100กว่าราย", 101, None),
    ("20 คนขึ้นไป", 20, None),
    ("ไม่เกิน 20 คน", 0, 20),
    ("ต่ำกว่า 10 ราย", 0, 9),
    ("ประมาณ 30 ราย", 24, 36),
    ("ราว ๆ 30 ราย", 24, 36),
    ("ราวๆ30ราย", 24, 36),
    ("20 คนโดยประมาณ", 16, 24),
    ("เกือบ 50 คน", 40, 50),
    ("10-12 ราย", 10, 12),
    ("10 ถึง 12 ราย", 10, 12),
    ("10 หรือ 12 ราย", 10, 12),
    ("หลายนาย", 3, 9),
    ("หลายสิบคน", 30, 90),
    ("นับร้อยคน", 200, None),
    ("จำนวนมาก", 6, None),
    ("ไม่มี", 0, 0),
    ("ไม่มีผู้บาดเจ็บ", 0, 0),
    ("หลักร้อยคน", 100, 999),
])
def test_thai_counts(text: str, low: int, high: int | None) -> None:
    """Classifiers of people after the number (ราย, นาย, คน, ศพ), number words, bounds before the number (อย่างน้อย,
    กว่า, ไม่เกิน, ประมาณ) and after it (กว่า, ขึ้นไป, โดยประมาณ), ranges, vague words, spaced or not."""
    assert count_of(text) == (low, high)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("១ នាក់", 1, 1),
    ("៥០នាក់", 50, 50),
    ("ប្រាំ នាក់", 5, 5),
    ("ម្ភៃប្រាំ", 25, 25),
    ("ប្រាំមួយរយ", 600, 600),
    ("ជាង ៥០ នាក់", 51, None),
    ("៥០ នាក់ជាង", 51, None),
    ("យ៉ាងហោចណាស់ ៣ នាក់", 3, None),
    ("យ៉ាងហោចណាស់៣នាក់", 3, None),
    ("មិនលើសពី ២០ នាក់", 0, 20),
    ("តិចជាង ១០ នាក់", 0, 9),
    ("ប្រហែល ២០ នាក់", 16, 24),
    ("ជិត ៥០ នាក់", 40, 50),
    ("ពី ១០ ទៅ ១២ នាក់", 10, 12),
    ("១០-១២ នាក់", 10, 12),
    ("១០ ឬ ១២ នាក់", 10, 12),
    ("ច្រើននាក់", 6, None),
    ("រាប់រយនាក់", 200, None),
    ("មួយចំនួន", 2, None),
    ("គ្មាន", 0, 0),
])
def test_khmer_counts(text: str, low: int, high: int | None) -> None:
    """The classifier នាក់, number words, bounds before the number (ជាង, យ៉ាងហោចណាស់, ប្រហែល) and after it (ជាង),
    ranges (ពី ... ទៅ), vague words (ច្រើន, រាប់រយ), spaced or not."""
    assert count_of(text) == (low, high)


@given(st.integers(0, 99))
@example(21)
@example(12)
def test_thai_and_khmer_number_words_are_their_numbers(number: int) -> None:
    assert count_of(thai_number(number)) == (number, number)
    assert count_of(f"{khmer_number(number)}នាក់") == (number, number)


@given(st.integers(0, 9999))
def test_thai_and_khmer_digits_with_a_classifier_are_the_number(number: int) -> None:
    assert count_of(f"{thai_digits(number)} นาย") == (number, number)
    assert count_of(f"{khmer_digits(number)} នាក់") == (number, number)


@pytest.mark.parametrize("text", ["เสียชีวิต 12 ราย", "ស្លាប់ ១៣ នាក់", "ราย", "ทหาร 5 นาย", "กขค"])
def test_thai_and_khmer_words_of_no_list_read_as_no_count(text: str) -> None:
    """A verb or a noun before the number, a classifier alone, letters of no word: refused, not guessed."""
    with pytest.raises(NormalizeError, match=r"Thai, Khmer, Chinese, .* forms are listed in docs/normalization\.md"):
        parse_count(text)


@pytest.mark.parametrize(("text", "write"), [
    ("เสียชีวิต 12 ราย", "12 ราย"), ("ทหาร 5 นาย", "5 นาย"), ("ស្លាប់ ១៣ នាក់", "13 នាក់"),
    ("บาดเจ็บ อย่างน้อย 14 ราย", "อย่างน้อย 14 ราย"),
])
def test_a_thai_or_khmer_word_before_the_figure_names_the_count_to_write(text: str, write: str) -> None:
    """Thai and Khmer write the verb or the noun before the figure: the message names the count to write."""
    with pytest.raises(NormalizeError, match=f"a figure is read without the words before it .*; write '{write}' and "
                       "keep the source's words in the quote"):
        parse_count(text)


# --- event types ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("ปะทะ", "clash"),
    ("การปะทะด้วยอาวุธ", "clash"),
    ("ยิงปะทะ", "clash"),
    ("ยิงจรวด BM-21", "shelling"),
    ("เปิดฉากยิงด้วยอาวุธหนัก", "shelling"),
    ("ยิงจรวดมีผู้เสียชีวิต", "shelling"),
    ("ยิง", "shooting"),
    ("หยุดยิง", "shooting"),
    ("เหยียบกับระเบิด", "mine"),
    ("ระเบิด", "bombing"),
    ("รุกล้ำอธิปไตย", "incursion"),
    ("เสียชีวิต", "casualty"),
    ("ការបាញ់ប្រហារ", "shooting"),
    ("ការវាយប្រហារ", "clash"),
    ("ការប៉ះទង្គិចគ្នា", "clash"),
    ("បាញ់កាំភ្លើងធំ", "shelling"),
    ("ទម្លាក់គ្រាប់បែក", "shelling"),
    ("គ្រាប់មីន", "mine"),
    ("ឈ្លានពាន", "incursion"),
    ("ស្លាប់", "casualty"),
])
def test_thai_and_khmer_event_words(text: str, kind: str) -> None:
    """Stems anywhere in the unspaced text, the longest first; the words of attack, battle and death only where no
    other stem is."""
    assert event_type(text) == kind


# --- places --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "names", "kinds"), [
    ("บริเวณปราสาทตาเมือนธม อำเภอพนมดงรัก จังหวัดสุรินทร์", ["ตาเมือนธม", "พนมดงรัก", "สุรินทร์"],
     ["settlement", "region", "region"]),
    ("ช่องบก อ.น้ำยืน จ.อุบลราชธานี", ["ช่องบก", "น\u0e49\u0e4d\u0e32ยืน", "อุบลราชธานี"], [None, "region", "region"]),
    ("ប្រាសាទតាមាន់ធំ ស្រុកបន្ទាយអំពិល ខេត្តឧត្តរមានជ័យ", ["តាមាន់ធំ", "បន្ទាយអំពិល", "ឧត្តរមានជ័យ"],
     ["settlement", "region", "region"]),
    ("នៅតំបន់ប្រាសាទព្រះវិហារ", ["ព្រះវិហារ"], ["settlement"]),
    ("บ้านหนองจาน", ["บ้านหนองจาน"], [None]),
])
def test_thai_and_khmer_generic_words_written_onto_a_name(text: str, names: list[str], kinds: list[str | None]) -> None:
    """The temple, the area of, province, district (also abbreviated: จ., อ.) come off the start of a name, and a
    space between Thai or Khmer phrases parts them as a comma does; บ้าน, which begins village names, stays."""
    found = mentions(text)
    assert [m.name for m in found] == names
    assert [m.kind for m in found] == kinds


@pytest.mark.parametrize(("a", "b"), [
    ("ปราสาทตาเมือนธม", "Ta Muen Thom temple"),
    ("ปราสาทตาเมือนธม", "Prasat Ta Muen Thom"),
    ("ប្រាសាទតាមាន់ធំ", "Prasat Ta Moan Thom"),
    ("ប្រាសាទតាមាន់ធំ", "ปราสาทตาเมือนธม"),
    ("จังหวัดสุรินทร์", "Surin province"),
    ("อำเภอกันทรลักษ์", "Kantharalak district"),
    ("ศรีสะเกษ", "Sisaket"),
    ("น้ำยืน", "Nam Yuen"),
    ("เชียงใหม่", "Chiang Mai"),
    ("ภูมะเขือ", "Phu Makhuea"),
    ("ខេត្តឧត្តរមានជ័យ", "Oddar Meanchey province"),
    ("ស្រុកបន្ទាយអំពិល", "Banteay Ampil district"),
    ("ភ្នំពេញ", "Phnom Penh"),
    ("ប្រាសាទព្រះវិហារ", "Preah Vihear temple"),
])
def test_thai_and_khmer_names_meet_their_romanizations(a: str, b: str) -> None:
    """Thai read with its vowels in the order they are said (เมือน is muean) and its finals as RTGS writes them,
    Khmer with its nikahit as m and its bantoc silent; the temple and the units are generic words in every script."""
    assert similarity(a, b) >= 0.76


def test_the_temple_of_both_sides_shares_a_blocking_key() -> None:
    """Ta Muen Thom in Thai and Ta Moan Thom in Khmer and in Latin letters share a phonetic key, so that the two
    sides' claims are compared."""
    assert {phonetic_keys(name)[0] for name in ("ตาเมือนธม", "តាមាន់ធំ", "Ta Muen Thom", "Ta Moan Thom")} == {"TMNTM"}


@pytest.mark.parametrize(("a", "b"), [("ที่", "Ti"), ("ใน", "Nai"), ("ณ", "N")])
def test_short_thai_words_of_place_are_generic_in_thai_only(a: str, b: str) -> None:
    """ที่ (at) and ใน (in) read as Ti and Nai: in Latin letters those are names, not generic words."""
    assert [m.name for m in mentions(f"{b} Khet")] == [f"{b} Khet"]


@pytest.mark.parametrize(("stem", "kind"), sorted((stem, kind) for types in (EVENT_TYPES_THAI, EVENT_TYPES_KHMER)
                                                  for kind, stems in types.items() for stem in stems))
def test_each_thai_and_khmer_stem_alone_gives_its_type(stem: str, kind: str) -> None:
    assert event_type(stem) == kind


@pytest.mark.parametrize("language", ["Thai", "Khmer"])
def test_the_docs_list_forms_that_read(language: str) -> None:
    """Every form in the first column of the tables of docs/normalization.md reads as a count or a date."""
    forms = documented_forms(f"### {language}", every_form=True)
    assert len(forms) > 60
    assert_forms_read(forms)


# --- parties -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "party"), [
    ("ฝ่ายกัมพูชา", "cambodia"), ("ทางกัมพูชา", "cambodia"), ("ฝ่าย ไทย", "thailand"), ("ประเทศไทย", "thailand"),
    ("ភាគីថៃ", "thailand"), ("ខាងកម្ពុជា", "cambodia"), ("ប្រទេសកម្ពុជា", "cambodia"),
])
def test_a_thai_or_khmer_side_written_onto_a_party_name_names_the_party(text: str, party: str) -> None:
    """The side of (ฝ่าย, ทาง, ភាគី, ខាង) and the country (ประเทศ, ប្រទេស), written onto the name as Thai and Khmer
    write words, name the party of the name."""
    resolver = PartyResolver([Party("thailand", "Thailand", ("ไทย", "ថៃ")),
                              Party("cambodia", "Cambodia", ("กัมพูชา", "កម្ពុជា"))])
    assert resolver.resolve(text) == party


def test_a_thai_side_word_before_no_party_is_still_unknown() -> None:
    resolver = PartyResolver([Party("thailand", "Thailand", ("ไทย",))])
    with pytest.raises(NormalizeError, match="unknown party 'ฝ่ายลาว'"):
        resolver.resolve("ฝ่ายลาว")
