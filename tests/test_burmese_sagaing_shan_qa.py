"""Gaps found coding the Pazigyi air strike (Sagaing, 11 April 2023) and Operation 1027 to the fall of Lashio (northern
Shan, October 2023 to August 2024) from the junta's True News Information Team, the NUG, the MNDAA, RFA Burmese and
ISP-Myanmar: a part of a region written onto its name stayed part of it (ရှမ်းပြည်နယ်မြောက်ပိုင်း, northern Shan
State, 0.34 to *northern Shan State*), two numbers said one after the other (လေးငါးဦး, four or five), between with
အကြား and more than with about (၁၀၀ ကျော်ခန့်) were refused, and so was a date with its day of the week
(၂၀၂၃ ခုနှစ် ဧပြီလ ၁၁ ရက် အင်္ဂါနေ့); the everyday ပဇီကြီးရွာ (Pazigyi village) was not the gazetteer's ပဇီကြီး, and
a township written before its village with no comma was listed as the township and the village together; and a
Burmese total (စုစုပေါင်း) was read as an incident, so ISP-Myanmar's tally of a fortnight in northern Shan never met
OHCHR's."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.errors import NormalizeError
from reconcile.match import MatchConfig, event_type
from reconcile.models import GazetteerEntry
from reconcile.normalize import parse_date
from reconcile.places import Gazetteer, mentions, place_label, similarity

from .readings import count_of, span_of
from .test_match import claim, score

D = dt.date


# --- places --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("ရှမ်းပြည်နယ်မြောက်ပိုင်း", ["ရှမ်း"]),
    ("ရှမ်းပြည်နယ် မြောက်ပိုင်း", ["ရှမ်း"]),
    ("ရှမ်းပြည်နယ်(မြောက်ပိုင်း)", ["ရှမ်း"]),
    ("စစ်ကိုင်းတိုင်းဒေသကြီးအနောက်မြောက်ပိုင်း", ["စစ်ကိုင်း"]),
    ("မကွေးတိုင်းအလယ်ပိုင်း", ["မကွေး"]),
    ("လားရှိုးမြို့အရှေ့မြောက်ဘက်", ["လားရှိုး"]),
])
def test_a_part_of_a_place_written_onto_its_name_comes_off(text: str, names: list[str]) -> None:
    """The northern, north-western, middle part (မြောက်ပိုင်း, အနောက်မြောက်ပိုင်း, အလယ်ပိုင်း) and the sides between
    the four (အရှေ့မြောက်ဘက်), written onto the name, spaced or in brackets: the place, with no second name."""
    assert [m.name for m in mentions(text)] == names


def test_northern_shan_state_in_burmese_meets_its_english() -> None:
    assert similarity("ရှမ်းပြည်နယ်မြောက်ပိုင်း", "northern Shan State") >= 0.76
    assert similarity("ရှမ်းပြည်နယ်မြောက်ပိုင်း", "Shan State") == 1.0


# --- counts --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high"), [
    ("လေးငါးဦး", 4, 5),
    ("နှစ်သုံးယောက်", 2, 3),
    ("ခြောက်ခုနစ်ဦး", 6, 7),
    ("ခုနှစ်ရှစ်ဦး", 7, 8),
    ("လေးငါးဆယ်", 40, 50),
    ("နှစ်သုံးရာ", 200, 300),
    ("၄၀ နှင့် ၅၀ အကြား", 40, 50),
    ("၄၀နဲ့၅၀အကြား", 40, 50),
    ("၁၀၀ ကျော်ခန့်", 101, None),
    ("၁၀၀ ဦးကျော်လောက်", 101, None),
])
def test_burmese_pairs_between_and_more_than_about(text: str, low: int, high: int | None) -> None:
    """Two units one after the other are "one or the other" (လေးငါး, four or five; before ဆယ် and ရာ, tens and
    hundreds), အကြား is between as ကြား is, and ကျော် with about after it is still more than."""
    assert count_of(text) == (low, high)


# --- dates ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "၂၀၂၃ ခုနှစ် ဧပြီလ ၁၁ ရက် အင်္ဂါနေ့", "၂၀၂၃ ခုနှစ် ဧပြီလ ၁၁ ရက်အင်္ဂါနေ့", "၂၀၂၃ခုနှစ်ဧပြီလ၁၁ရက်အင်္ဂါနေ့",
    "အင်္ဂါနေ့ ၂၀၂၃ ခုနှစ် ဧပြီလ ၁၁ ရက်", "အင်္ဂါနေ့၊ ၂၀၂၃ ခုနှစ် ဧပြီလ ၁၁ ရက်", "ဧပြီလ ၁၁ ရက်၊ ၂၀၂၃ ခုနှစ်၊ အင်္ဂါ",
])
def test_a_burmese_day_with_its_day_of_the_week(text: str) -> None:
    """The day of the week (အင်္ဂါ, Tuesday, with နေ့ or not) before the date or after it, written onto it or not."""
    assert span_of(text) == (D(2023, 4, 11), D(2023, 4, 11), "day")


@pytest.mark.parametrize(("text", "day"), [
    ("၂၀၂၄ ခုနှစ် ဩဂုတ်လ ၃ ရက် စနေနေ့", D(2024, 8, 3)),
    ("တနင်္ဂနွေနေ့ ၂၀၂၃ ခုနှစ် အောက်တိုဘာလ ၂၉ ရက်", D(2023, 10, 29)),
    ("၂၀၂၃ ခုနှစ် ဧပြီလ ၁၂ ရက် ဗုဒ္ဓဟူးနေ့", D(2023, 4, 12)),
    ("၂၀၂၃ ခုနှစ် ဧပြီလ ၁၃ ရက် ကြာသပတေးနေ့", D(2023, 4, 13)),
    ("၂၀၂၃ ခုနှစ် ဧပြီလ ၁၄ ရက် သောကြာနေ့", D(2023, 4, 14)),
    ("၂၀၂၃ ခုနှစ် ဧပြီလ ၁၀ ရက် တနင်္လာနေ့", D(2023, 4, 10)),
])
def test_every_burmese_day_of_the_week_is_its_day(text: str, day: dt.date) -> None:
    assert span_of(text) == (day, day, "day")


def test_a_burmese_day_of_the_week_that_does_not_fit_says_so() -> None:
    with pytest.raises(NormalizeError, match="2023-04-11 was a Tuesday, not a Monday"):
        parse_date("၂၀၂၃ ခုနှစ် ဧပြီလ ၁၁ ရက် တနင်္လာနေ့")


# --- the gazetteer and the list of an event's places ------------------------------------------------------------

PAZIGYI = GazetteerEntry(id="pazigyi", name="Pazigyi", variants=("ပဇီကြီး",), country="myanmar", region="Sagaing")
MONYWA = GazetteerEntry(id="monywa", name="Monywa", variants=("မုံရွာ",), country="myanmar", region="Sagaing")
MON = GazetteerEntry(id="mon", name="Mon State", variants=("မွန်",), country="myanmar")


def test_a_village_with_the_bare_word_for_village_is_the_gazetteer_s_village() -> None:
    """ပဇီကြီးရွာ (Pazigyi village, as the press writes it) is the gazetteer's ပဇီကြီး: the bare ရွာ comes off where
    the rest is a name the gazetteer knows. Monywa (မုံရွာ) stays Monywa, and without Monywa in the gazetteer it is
    no other place: one syllable before ရွာ is too short a name to read alone (မုံ, not Mon State's မွန်)."""
    found = Gazetteer([PAZIGYI, MONYWA, MON]).resolve("ပဇီကြီးရွာ")
    assert found.entry == PAZIGYI, found.note
    assert Gazetteer([MONYWA, MON]).resolve("မုံရွာ").entry == MONYWA
    assert Gazetteer([MON, PAZIGYI]).resolve("မုံရွာ").entry is None


@pytest.mark.parametrize(("text", "labels"), [
    ("ကန့်ဘလူမြို့နယ် ပဇီကြီးရွာ", ["ကန့်ဘလူ မြို့နယ်", "ပဇီကြီးရွာ"]),
    ("Kanbalu Township Pazigyi", ["Kanbalu Township", "Pazigyi"]),
    ("Pokrovsk district Selydove", ["Pokrovsk district", "Selydove"]),
])
def test_a_region_is_listed_with_its_generic_words_not_the_next_place(text: str, labels: list[str]) -> None:
    """The township written first with no comma (as Burmese writes it) is listed as the township, not as the
    township and the village after it."""
    assert [place_label(m) for m in mentions(text)] == labels


# --- a period total in Burmese -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "တိုက်ပွဲများ (စုစုပေါင်း)", "လေကြောင်းတိုက်ခိုက်မှုများ (စုစုပေါင်း)", "အကျအဆုံး ပေါင်းချုပ်",
    "အရပ်သားသေဆုံးမှု စာရင်းချုပ်",
])
def test_a_burmese_total_is_a_total(text: str) -> None:
    """စုစုပေါင်း (in total), ပေါင်းချုပ် and စာရင်းချုပ် (a tally) make a total, before every other stem, as the
    English total does: air strikes in total are a total, not an air strike."""
    assert event_type(text) == "total"


def test_a_burmese_total_of_northern_shan_meets_the_monitor_s_of_the_same_fortnight() -> None:
    """ISP-Myanmar's tally for ရှမ်းပြည်နယ်မြောက်ပိုင်း and OHCHR's for northern Shan State over the same 15 days
    are one period total (before, the Burmese one was an incident, blocked against the other as a total)."""
    a = claim("isp/t", (0, 14), "ရှမ်းပြည်နယ်မြောက်ပိုင်း", event="တိုက်ပွဲများ (စုစုပေါင်း)")
    b = claim("ohchr/t", (0, 14), "northern Shan State", event="fighting (period total)")
    assert score(a, b).total >= MatchConfig().match_threshold


# --- a noun before the figure --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "before", "write"), [
    ("လူ ၁၀၀ ကျော်", "လူ", "100 ကျော်"),
    ("အယောက် ၂၀ ကျော်", "အယောက်", "20 ကျော်"),
    ("အရပ်သား၁၀ဦး", "အရပ်သား", "10ဦး"),
])
def test_a_burmese_noun_before_the_figure_is_refused_with_the_count_to_write(text: str, before: str,
                                                                              write: str) -> None:
    """Burmese writes the noun first (လူ ၁၀၀ ကျော်, more than 100 people), onto the number or not: refused, as `10
    people` is, naming the words to leave out and the count to write, as the Thai and Khmer hints do."""
    with pytest.raises(NormalizeError, match=f"without the words before it \\('{before}'\\); write '{write}'"):
        count_of(text)


# --- and between names ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("လားရှိုးမြို့နှင့် သိန္နီမြို့", ["လားရှိုး", "သိန္နီ"]),
    ("လားရှိုးမြို့နှင့်သိန္နီမြို့", ["လားရှိုး", "သိန္နီ"]),
    ("လားရှိုး၊ သိန္နီနှင့် ကွတ်ခိုင်", ["လားရှိုး", "သိန္နီ", "ကွတ်ခိုင်"]),
    ("လားရှိုးနဲ့ သိန္နီ", ["လားရှိုး", "သိန္နီ"]),
    ("လားရှိုး နှင့် သိန္နီ", ["လားရှိုး", "သိန္နီ"]),
    ("ကန့်ဘလူမြို့နယ်နှင့် ကော်လင်းမြို့နယ်", ["ကန့်ဘလူ", "ကော်လင်း"]),
])
def test_burmese_and_between_names_lists_them(text: str, names: list[str]) -> None:
    """နှင့် and နဲ့ (and), written onto the name before them or apart, or onto the town word inside a run, list two
    places, as "and" does: the towns of Lashio and Hseni are two places, not one name the gazetteer never knows."""
    assert [m.name for m in mentions(text)] == names
