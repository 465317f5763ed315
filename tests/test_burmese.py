"""Gaps found coding Myanmar 2021-24 (the junta's MRTV and Global New Light of Myanmar in Burmese, NUG and PDF
statements, the Arakan Army and MNDAA statements, RFA Burmese and DVB): every Burmese date and count was refused
(``၂၀၂၃ ခုနှစ် ဧပြီလ ၁၁ ရက်``, ``အနည်းဆုံး ၁၀၀``, ``၁၀ ဦး``, ``ဒါဇင်နဲ့ချီ``), a date of the traditional Myanmar
calendar was refused without saying why, no Burmese event word had a type (လေကြောင်းတိုက်ခိုက်, တိုက်ပွဲ), and
camps, "around" and "inside" written onto a name stayed part of it (မုန်းလိုင်ခက်ဒုက္ခသည်စခန်း, လားရှိုးမြို့တဝိုက်)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.match import event_type
from reconcile.normalize import parse_date
from reconcile.places import mentions, similarity

from .readings import count_of, span_of

D = dt.date

# The Gregorian months as the Burmese press writes them, apart from the tables they test.
MONTHS = ("ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်", "စက်တင်ဘာ", "အောက်တိုဘာ",
          "နိုဝင်ဘာ", "ဒီဇင်ဘာ")


def burmese_digits(number: int) -> str:
    return str(number).translate(str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉"))


# --- dates ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "၂၀၂၃ ခုနှစ် ဧပြီလ ၁၁ ရက်", "၂၀၂၃ ခုနှစ်၊ ဧပြီလ ၁၁ ရက်နေ့", "၂၀၂၃ခုနှစ်ဧပြီလ၁၁ရက်", "၂၀၂၃ ဧပြီ ၁၁",
    "ဧပြီ ၁၁ ရက်၊ ၂၀၂၃", "ဧပြီလ ၁၁ ရက် ၂၀၂၃", "၁၁ ဧပြီ ၂၀၂၃", "၂၀၂၃ ခုနှစ် ဧပြီလ ၁၁ ရက်နေ့က",
    "၂၀၂၃ ခုနှစ် ဧပြီလ ၁၁ ရက် ညပိုင်း", "2023 ခုနှစ် ဧပြီလ 11 ရက်",
])
def test_the_forms_of_a_burmese_day(text: str) -> None:
    """Year first with ခုနှစ် (year), လ (month) and ရက် (day), or month first, spaced or not, Burmese or ASCII
    digits, the Burmese comma, a part of the day: the day."""
    assert span_of(text) == (D(2023, 4, 11), D(2023, 4, 11), "day")


@given(st.integers(2000, 2030), st.integers(1, 12), st.integers(1, 28))
def test_every_burmese_month_is_its_month(year: int, month: int, day: int) -> None:
    name = MONTHS[month - 1]
    text = f"{burmese_digits(year)} ခုနှစ် {name}လ {burmese_digits(day)} ရက်"
    assert span_of(text) == (D(year, month, day), D(year, month, day), "day")
    assert span_of(f"{burmese_digits(year)} ခုနှစ် {name}လ")[2] == "month"


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("၂၀၂၃ ခုနှစ် အောက်တိုဘာလ ၂၇ ရက်မှ ၃၀ ရက်အထိ", D(2023, 10, 27), D(2023, 10, 30), "range"),
    ("အောက်တိုဘာ ၂၇ ရက်မှ ၃၀ ရက်၊ ၂၀၂၃", D(2023, 10, 27), D(2023, 10, 30), "range"),
    ("၂၀၂၄ ခုနှစ် ဇူလိုင်လ ၃ ရက်မှ ၂၀၂၄ ခုနှစ် ဩဂုတ်လ ၃ ရက်", D(2024, 7, 3), D(2024, 8, 3), "range"),
    ("၂၀၂၃ ခုနှစ် ဒီဇင်ဘာလ ၃၀ ရက်မှ ၂၀၂၄ ခုနှစ် ဇန်နဝါရီလ ၂ ရက်", D(2023, 12, 30), D(2024, 1, 2), "range"),
    ("၂၀၂၃ ခုနှစ် ဧပြီလ ၁၁ ရက်နှင့် ၁၂ ရက်", D(2023, 4, 11), D(2023, 4, 12), "range"),
    ("၂၀၂၃ ခုနှစ် ဧပြီလကုန်ပိုင်း", D(2023, 4, 21), D(2023, 4, 30), "range"),
    ("၂၀၂၃ ခုနှစ် ဧပြီလ အစောပိုင်း", D(2023, 4, 1), D(2023, 4, 10), "range"),
    ("၂၀၂၃ ခုနှစ် ဧပြီလလယ်", D(2023, 4, 11), D(2023, 4, 20), "range"),
    ("၂၀၂၃ ခုနှစ် ဩဂုတ်လ", D(2023, 8, 1), D(2023, 8, 31), "month"),
    ("၂၀၂၃ ခုနှစ် သြဂုတ်လ", D(2023, 8, 1), D(2023, 8, 31), "month"),
])
def test_burmese_ranges_parts_and_months(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    """မှ ... အထိ (from ... until), နှင့် (and), the year of each end where both have one, parts of a month after it
    (လကုန်ပိုင်း, late in the month), the variant spellings of August."""
    assert span_of(text) == (start, end, precision)


def test_an_impossible_burmese_day_says_so() -> None:
    with pytest.raises(NormalizeError, match="April 2023 has 30 days"):
        parse_date("၂၀၂၃ ခုနှစ် ဧပြီလ ၃၁ ရက်")


@pytest.mark.parametrize("text", [
    "၁၃၈၅ ခုနှစ် တန်ခူးလဆန်း ၁ ရက်", "တပေါင်းလပြည့်နေ့", "ကဆုန်လဆုတ် ၅ ရက်၊ ၁၃၈၅", "မြန်မာသက္ကရာဇ် ၁၃၈၅",
])
def test_a_date_of_the_myanmar_calendar_is_refused_with_the_form_to_write(text: str) -> None:
    """The lunisolar calendar's leap months and days are set by decree: no exact conversion without its tables, so
    the date is refused, naming the Gregorian forms to write."""
    with pytest.raises(NormalizeError, match=r"traditional Myanmar calendar.*write the Gregorian date, as 2023-04-11"):
        parse_date(text)


# --- counts --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high"), [
    ("၁၆၈", 168, 168),
    ("၁၀ ဦး", 10, 10),
    ("၁၀ဦး", 10, 10),
    ("၁၀ ယောက်", 10, 10),
    ("သုံးဦး", 3, 3),
    ("နှစ်ယောက်", 2, 2),
    ("ခုနစ်", 7, 7),
    ("ခုနှစ်ဦး", 7, 7),
    ("ဆယ့်ငါး", 15, 15),
    ("နှစ်ဆယ့်ကိုး ဦး", 29, 29),
    ("ခုနှစ်ဆယ်", 70, 70),
    ("တစ်ရာ့နှစ်ဆယ်", 120, 120),
    ("တစ်ထောင့်ငါးရာ", 1500, 1500),
    ("အနည်းဆုံး ၁၀၀", 100, None),
    ("အနည်းဆုံး ၁၀၀ ကျော်", 101, None),
    ("၁၀၀ ကျော်", 101, None),
    ("၁၀၀ ဦးကျော်", 101, None),
    ("၁၀၀ ထက်မနည်း", 100, None),
    ("၁၀၀ ခန့်", 80, 120),
    ("ငါးဆယ်ခန့်", 40, 60),
    ("၂၀ နီးပါး", 16, 20),
    ("၂၀ အထိ", 0, 20),
    ("၁၅ မှ ၂၀", 15, 20),
    ("၁၅ မှ ၂၀ ဦး", 15, 20),
    ("၁၅ ဦးမှ ၂၀ ဦးအထိ", 15, 20),
    ("၁၅ နှင့် ၂၀ ကြား", 15, 20),
    ("၁၀ သို့မဟုတ် ၁၂", 10, 12),
    ("ဒါဇင်နဲ့ချီ", 24, None),
    ("ဒါဇင်ချီ", 24, None),
    ("ရာနဲ့ချီ", 200, None),
    ("ရာနှင့်ချီ", 200, None),
    ("ထောင်ပေါင်းများစွာ", 2000, None),
    ("ဆယ်ဂဏန်း", 10, 99),
    ("အချို့", 1, None),
    ("အကျအဆုံးမရှိ", 0, 0),
])
def test_burmese_counts(text: str, low: int, high: int | None) -> None:
    """Bounds before the number (အနည်းဆုံး) and after it (ကျော်, ခန့်), the classifiers of people (ဦး, ယောက်),
    number words with ဆယ့် and ရာ့ before another number, ranges and vague quantities, spaced or not."""
    assert count_of(text) == (low, high)


@given(st.integers(0, 999))
def test_burmese_digits_with_a_classifier_are_the_number(number: int) -> None:
    assert count_of(f"{burmese_digits(number)} ဦး") == (number, number)


@pytest.mark.parametrize("text", ["လူ ၁၀ ဦး", "ရာဇ", "ဦး"])
def test_burmese_words_of_no_list_read_as_no_count(text: str) -> None:
    """A noun before the number, letters of no word, a classifier alone: refused, not guessed."""
    with pytest.raises(NormalizeError, match=r"Kurmanji Kurdish forms are listed in docs/normalization\.md"):
        count_of(text)


# --- event types ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("လေကြောင်းတိုက်ခိုက်မှု", "shelling"),
    ("ဗုံးကြဲတိုက်ခိုက်မှု", "shelling"),
    ("လက်နက်ကြီးဖြင့် ပစ်ခတ်", "shelling"),
    ("ဒရုန်းဖြင့် တိုက်ခိုက်", "shelling"),
    ("တိုက်ပွဲ", "clash"),
    ("တိုက်ခိုက်", "clash"),
    ("ပစ်ခတ်", "shooting"),
    ("ပစ်ခတ်သတ်ဖြတ်", "shooting"),
    ("မိုင်းထိမှန်မှု", "mine"),
    ("ဗုံးပေါက်ကွဲမှု", "bombing"),
    ("စီးနင်းသိမ်းပိုက်", "incursion"),
    ("ပြန်ပေးဆွဲ", "abduction"),
    ("သေဆုံး", "casualty"),
])
def test_burmese_event_words(text: str, kind: str) -> None:
    """Stems anywhere in the unspaced text, the words of attack, battle and death only where no other stem is."""
    assert event_type(text) == kind


# --- places --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("မုန်းလိုင်ခက်ဒုက္ခသည်စခန်း", ["မုန်းလိုင်ခက်"]),
    ("လိုင်ဇာမြို့အနီး မုန်းလိုင်ခက်စစ်ရှောင်စခန်း", ["လိုင်ဇာ", "မုန်းလိုင်ခက်"]),
    ("လားရှိုးမြို့တဝိုက်", ["လားရှိုး"]),
    ("လားရှိုးမြို့အရှေ့ဘက်", ["လားရှိုး"]),
    ("ပလက်ဝမြို့နယ်အတွင်း", ["ပလက်ဝ"]),
    ("ကွမ်းလုံမြို့ပေါ်", ["ကွမ်းလုံ"]),
])
def test_burmese_camps_and_postpositions_written_onto_a_name(text: str, names: list[str]) -> None:
    """A camp of the displaced, around, inside, a side of the place and the town proper come off the name."""
    found = [m.name for m in mentions(text)]
    assert found == names
    assert similarity(found[0], {"လားရှိုး": "Lashio", "ပလက်ဝ": "Paletwa", "ကွမ်းလုံ": "Kunlong"}.get(
        found[0], found[0])) >= 0.76
