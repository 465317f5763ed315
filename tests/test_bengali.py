"""Gaps found coding the Bangladesh–Myanmar border (shells and drones across the Naf into Teknaf and Ghumdhum, the
Arakan Army's 2024 offensive on Maungdaw) from Prothom Alo, Bangla Tribune and BGB in Bengali beside The Daily
Star, the Arakan Army and the junta: Bengali digits, number words, classifiers, bounds, ranges and vague words;
Gregorian dates day or year first with the day's ordinal ending, weekdays, the Bengali calendar refused; event
words; the inherent vowel and the anusvara of Bengali names, their genitive, and the generic words beside them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.match import event_type
from reconcile.normalize import parse_count, parse_date
from reconcile.places import SAME_PLACE_THRESHOLD, similarity

from .readings import assert_forms_read, count_of, documented_forms, span_of

D = dt.date

_span, _count = span_of, count_of


# ---------------------------------------------------------------------------------------------------------------
# 1. Counts
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high"), [
    ("৫", 5, 5),                               # Bengali digits
    ("১,২০০", 1200, 1200),
    ("১,০০,০০০", 100_000, 100_000),            # grouped in the South Asian way
    ("৫ জন", 5, 5),                            # the classifier of persons after the number
    ("৫জন", 5, 5),                             # ... joined to it
    ("২০টি", 20, 20),                          # the classifier of things
    ("দুজন", 2, 2),                            # two persons
    ("দুইজন", 2, 2),
    ("একজন", 1, 1),
    ("অন্তত ৯৫ জন", 95, None),                 # at least
    ("কমপক্ষে ২০", 20, None),
    ("২০ জনের বেশি", 21, None),                # more than (the genitive: than 20 persons more)
    ("২০-এর বেশি", 21, None),
    ("২০ এর বেশি", 21, None),
    ("৫০ জনেরও বেশি", 51, None),               # more than even 50
    ("২০ জনের চেয়ে বেশি", 21, None),
    ("বিশের বেশি", 21, None),
    ("১০০-এর অধিক", 101, None),
    ("৩০ বা তার বেশি", 30, None),              # 30 or more
    ("সর্বোচ্চ ২০", 0, 20),                    # at most
    ("২০ জন পর্যন্ত", 0, 20),                  # up to
    ("২০ জনের কম", 0, 19),                     # fewer than
    ("প্রায় ৫০", 40, 60),                      # about / nearly: read as about
    ("আনুমানিক ৫০", 40, 60),
    ("৫০ জনের মতো", 40, 60),                   # some 50
    ("১০ থেকে ১২ জন", 10, 12),                 # ranges
    ("১০ থেকে ১২ জন পর্যন্ত", 10, 12),
    ("১০ বা ১২", 10, 12),
    ("দশ থেকে বারো", 10, 12),
    ("কয়েকজন", 3, 9),                          # several
    ("বেশ কয়েকজন", 3, 9),
    ("কয়েক", 3, 9),
    ("অনেক", 6, None),                         # many, as English "many"
    ("শতাধিক", 101, None),                     # over a hundred
    ("দুই শতাধিক", 201, None),                 # over two hundred
    ("শত শত", 200, None),                      # hundreds
    ("হাজার হাজার", 2000, None),               # thousands
    ("কয়েক ডজন", 36, 108),                     # several dozen
    ("কয়েকশ", 300, 900),                       # several hundred
    ("কয়েক হাজার", 3000, 9000),
    ("হতাহত", 1, None),                        # casualties
    ("কেউ না", 0, 0),                          # nobody
])
def test_bengali_counts(text: str, low: int, high: int | None) -> None:
    assert _count(text) == (low, high)


#: The Bengali words for 0 to 99, each written out here as a coder reads it, with the spellings the press uses.
_WORDS: dict[str, int] = {
    "শূন্য": 0, "এক": 1, "দুই": 2, "দু": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8, "নয়": 9,
    "দশ": 10, "এগারো": 11, "এগার": 11, "বারো": 12, "তেরো": 13, "চৌদ্দ": 14, "পনেরো": 15, "পনের": 15, "ষোলো": 16,
    "ষোল": 16, "সতেরো": 17, "আঠারো": 18, "উনিশ": 19, "বিশ": 20, "একুশ": 21, "বাইশ": 22, "তেইশ": 23,
    "চব্বিশ": 24, "পঁচিশ": 25, "ছাব্বিশ": 26, "সাতাশ": 27, "আটাশ": 28, "ঊনত্রিশ": 29, "উনত্রিশ": 29, "ত্রিশ": 30,
    "তিরিশ": 30, "একত্রিশ": 31, "বত্রিশ": 32, "তেত্রিশ": 33, "চৌত্রিশ": 34, "পঁয়ত্রিশ": 35, "ছত্রিশ": 36,
    "সাঁইত্রিশ": 37, "আটত্রিশ": 38, "ঊনচল্লিশ": 39, "চল্লিশ": 40, "একচল্লিশ": 41, "বিয়াল্লিশ": 42,
    "তেতাল্লিশ": 43, "চুয়াল্লিশ": 44, "পঁয়তাল্লিশ": 45, "ছেচল্লিশ": 46, "সাতচল্লিশ": 47, "আটচল্লিশ": 48,
    "ঊনপঞ্চাশ": 49, "পঞ্চাশ": 50, "একান্ন": 51, "বাহান্ন": 52, "বায়ান্ন": 52, "তিপ্পান্ন": 53, "চুয়ান্ন": 54,
    "পঞ্চান্ন": 55, "ছাপ্পান্ন": 56, "সাতান্ন": 57, "আটান্ন": 58, "ঊনষাট": 59, "ষাট": 60, "একষট্টি": 61,
    "বাষট্টি": 62, "তেষট্টি": 63, "চৌষট্টি": 64, "পঁয়ষট্টি": 65, "ছেষট্টি": 66, "সাতষট্টি": 67, "আটষট্টি": 68,
    "ঊনসত্তর": 69, "সত্তর": 70, "একাত্তর": 71, "বাহাত্তর": 72, "তিয়াত্তর": 73, "চুয়াত্তর": 74, "পঁচাত্তর": 75,
    "ছিয়াত্তর": 76, "সাতাত্তর": 77, "আটাত্তর": 78, "ঊনআশি": 79, "উনাশি": 79, "আশি": 80, "একাশি": 81,
    "বিরাশি": 82, "তিরাশি": 83, "চুরাশি": 84, "পঁচাশি": 85, "ছিয়াশি": 86, "সাতাশি": 87, "অষ্টাশি": 88,
    "ঊননব্বই": 89, "নব্বই": 90, "একানব্বই": 91, "বিরানব্বই": 92, "তিরানব্বই": 93, "চুরানব্বই": 94,
    "পঁচানব্বই": 95, "ছিয়ানব্বই": 96, "সাতানব্বই": 97, "আটানব্বই": 98, "নিরানব্বই": 99,
}  # fmt: skip


def test_every_number_to_ninety_nine_has_its_word() -> None:
    """The table of the test names every number from 0 to 99."""
    assert set(_WORDS.values()) == set(range(100))


@pytest.mark.parametrize(("text", "number"), sorted(_WORDS.items(), key=lambda item: item[1]))
def test_bengali_number_words(text: str, number: int) -> None:
    assert _count(text) == (number, number)


@pytest.mark.parametrize(("text", "number"), [
    ("একশ", 100), ("একশো", 100), ("এক শ", 100), ("এক শত", 100), ("শত", 100), ("দুইশ", 200), ("দুশো", 200),
    ("পাঁচশো", 500), ("পাঁচ শত", 500), ("দুই শত চৌষট্টি", 264), ("হাজার", 1000), ("এক হাজার", 1000),
    ("দুই হাজার পাঁচশ পঁচিশ", 2525), ("পঁচিশ হাজার", 25_000), ("এক লাখ", 100_000), ("দুই লক্ষ", 200_000),
    ("দুই লাখ পঞ্চাশ হাজার", 250_000), ("৫ জন", 5), ("পাঁচজন", 5), ("পাঁচ জন", 5), ("দশটি", 10),
])
def test_bengali_hundreds_thousands_and_lakhs(text: str, number: int) -> None:
    assert _count(text) == (number, number)


_UNITS = [word for word, number in _WORDS.items() if number < 10]


def _bengali(number: int) -> str:
    """``number`` (1 to 99,999) in Bengali words: the thousands (1-99) and হাজার, the hundreds and শ (joined to the
    unit, as the press writes it: পাঁচশ), the rest as its own word."""
    words = {number: word for word, number in reversed(_WORDS.items())}  # the first spelling of each number
    thousands, rest = divmod(number, 1000)
    hundreds, small = divmod(rest, 100)
    parts = []
    if thousands:
        parts.append(f"{words[thousands]} হাজার")
    if hundreds:
        parts.append(f"{words[hundreds]}শ")
    if small:
        parts.append(words[small])
    return " ".join(parts)


@given(st.integers(min_value=1, max_value=99_999),
       st.sampled_from(["", "অন্তত ", "সর্বোচ্চ ", "প্রায় "]), st.sampled_from(["", " জন"]))
@example(1, "", "")                    # এক
@example(264, "", " জন")              # দুইশ চৌষট্টি জন
@example(2525, "", "")                 # দুই হাজার পাঁচশ পঁচিশ
@example(99_999, "অন্তত ", "")
@example(10_000, "", "")               # দশ হাজার
def test_any_bengali_number_reads_as_itself(number: int, bound: str, classifier: str) -> None:
    """Every number to 99,999 in Bengali words reads as itself, alone, with the classifier after it and after each
    kind of bound."""
    low, high = _count(f"{bound}{_bengali(number)}{classifier}")
    if bound == "প্রায় ":
        assert low <= number <= (high or 0)
    else:
        assert (low, high) == {"": (number, number), "অন্তত ": (number, None), "সর্বোচ্চ ": (0, number)}[bound]


@given(st.integers(min_value=1, max_value=99_999))
def test_bengali_digits_read_as_ascii_digits(number: int) -> None:
    """Bengali digits (০ to ৯) read as the ASCII digits they are, with the classifier and before a bound."""
    bengali = str(number).translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"))
    assert _count(bengali) == (number, number)
    assert _count(f"{bengali} জনের বেশি") == (number + 1, None)


@pytest.mark.parametrize("text", [
    "তিনি",          # he: starts with তিন (three), and was read as 3 by a phrase matched within the word
    "তিন জন সৈন্য",   # three soldiers: the noun is not read, as in English
    "জন",            # a classifier alone
    "২০ সৈন্য",
    "এক কোটি",       # a crore: above the largest figure
    "৫ই",            # a day's ordinal ending: a date's, not a count's
])
def test_bengali_counts_refused(text: str) -> None:
    with pytest.raises(NormalizeError):
        parse_count(text)


# The words of a hundred, a thousand, a lakh and a crore, and what each multiplies by, apart from the tables.
_MULTIPLIERS = {"শ": 100, "শো": 100, "শত": 100, "হাজার": 1000, "সহস্র": 1000, "লাখ": 100_000, "লক্ষ": 100_000,
                "কোটি": 10_000_000}


@given(st.sampled_from(sorted(word for word, number in _WORDS.items() if number)),
       st.sampled_from(sorted(_MULTIPLIERS)), st.booleans(), st.sampled_from(["", "অন্তত "]))
@example("তিন", "হাজার", False, "")       # সাড়ে তিন হাজার: 3,500
@example("তিন", "শ", True, "")            # সাড়ে তিনশ: 350
@example("বারো", "শ", True, "")           # সাড়ে বারোশ: 1,250
@example("নয়", "লাখ", False, "")          # সাড়ে নয় লাখ: 950,000
@example("নয়", "কোটি", False, "")         # above the largest figure
def test_a_number_and_a_half_counts_the_multiplier_after_it(number_word: str, multiplier: str, joined: bool,
                                                           bound: str) -> None:
    """সাড়ে (and a half) and a number before a multiplier are that many and a half of it, the hundred apart or
    joined to the number (সাড়ে তিনশ), alone and after a bound; a figure above the largest accepted is refused as
    such."""
    number = _WORDS[number_word]
    figure = number * _MULTIPLIERS[multiplier] + _MULTIPLIERS[multiplier] // 2
    text = f"{bound}সাড়ে {number_word}{'' if joined and _MULTIPLIERS[multiplier] == 100 else ' '}{multiplier}"
    if figure > 1_000_000:
        with pytest.raises(NormalizeError, match="expected figures of at most 1,000,000"):
            parse_count(text)
    else:
        assert _count(text) == ((figure, figure) if not bound else (figure, None))


@pytest.mark.parametrize("multiplier", sorted(_MULTIPLIERS))
def test_half_of_zero_is_no_count(multiplier: str) -> None:
    """শূন্য (zero) before a multiplier makes no number, with সাড়ে or without: refused, not read as a half."""
    for text in (f"সাড়ে শূন্য {multiplier}", f"শূন্য {multiplier}"):
        with pytest.raises(NormalizeError, match=r"^cannot read a count"):
            parse_count(text)


@pytest.mark.parametrize(("half", "times"), [("দেড়", 3), ("আড়াই", 5)])
@pytest.mark.parametrize("multiplier", sorted(_MULTIPLIERS))
def test_one_and_two_and_a_half_count_the_multiplier_after_them(half: str, times: int, multiplier: str) -> None:
    """দেড় is one and a half and আড়াই two and a half of the multiplier after them, apart or (a hundred) joined: দেড়
    শ 150, দেড়শো 150, আড়াই হাজার 2,500, দেড় লাখ 150,000; a crore so is above the largest figure."""
    figure = times * _MULTIPLIERS[multiplier] // 2
    forms = [f"{half} {multiplier}", *([f"{half}{multiplier}"] if _MULTIPLIERS[multiplier] == 100 else [])]
    for text in forms:
        if figure > 1_000_000:
            with pytest.raises(NormalizeError, match="expected figures of at most 1,000,000"):
                parse_count(text)
        else:
            assert _count(text) == (figure, figure)
            assert _count(f"{text}ের বেশি") == (figure + 1, None)


@pytest.mark.parametrize(("text", "english"), [
    ("দেড় শ", "150"), ("দেড়শ", "150"), ("দেড় হাজার", "1500"), ("আড়াই শ", "250"), ("আড়াই হাজার", "2500"),
    ("সাড়ে তিন হাজার", "3500"), ("অন্তত দেড় হাজার জন", "at least 1500"), ("দেড় শতাধিক", "more than 150"),
    ("দেড় হাজার থেকে দুই হাজার", "1500 to 2000"), ("দেড় ডজন", "about 18"), ("আড়াই ডজন", "about 30"),
    ("অন্তত দেড় ডজন", "at least 18"),
])
def test_bengali_halves(text: str, english: str) -> None:
    """The halves as the Bangladeshi press writes figures, with bounds, ranges and dozens (loose, as dozens are)."""
    assert _count(text) == _count(english)


@pytest.mark.parametrize(("text", "written", "meaning"), [
    ("দেড়", "দেড়", "one and a half"), ("আড়াই", "আড়াই", "two and a half"), ("আড়াই জন", "আড়াই", "two and a half"),
    ("সাড়ে তিন", "সাড়ে", "a number and a half"), ("দেড় থেকে দুই হাজার", "দেড়", "one and a half"),
])
def test_a_half_with_no_multiplier_is_refused_as_no_whole_count(text: str, written: str, meaning: str) -> None:
    """A half alone, or before no multiplier, is no whole count: the message says what it is and what it counts."""
    with pytest.raises(NormalizeError) as refused:
        parse_count(text)
    assert str(refused.value).startswith(
        f"cannot read a count from {text!r}: {written!r} is {meaning}, no whole count alone; it is read before শ, "
        "হাজার, লাখ, কোটি or ডজন, which it counts (দেড় শ: 150, আড়াই হাজার: 2,500, সাড়ে তিন হাজার: 3,500): write "
        "the multiplier the source meant after it, or the figure in digits; expected ")


# ---------------------------------------------------------------------------------------------------------------
# 2. Dates
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("৫ ফেব্রুয়ারি ২০২৪", D(2024, 2, 5), D(2024, 2, 5), "day"),
    ("৫ ফেব্রুয়ারী ২০২৪", D(2024, 2, 5), D(2024, 2, 5), "day"),
    ("৫ই ফেব্রুয়ারি ২০২৪", D(2024, 2, 5), D(2024, 2, 5), "day"),     # the day's ordinal ending
    ("২৫শে আগস্ট ২০১৭", D(2017, 8, 25), D(2017, 8, 25), "day"),
    ("১লা জানুয়ারি ২০২৪", D(2024, 1, 1), D(2024, 1, 1), "day"),
    ("২০২৪ সালের ৫ ফেব্রুয়ারি", D(2024, 2, 5), D(2024, 2, 5), "day"),  # the year first
    ("২০১৭ সালের ২৫ আগস্ট", D(2017, 8, 25), D(2017, 8, 25), "day"),
    ("ফেব্রুয়ারি ২০২৪", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("২০২৪ সালের ফেব্রুয়ারি", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("২০১৭ সালে", D(2017, 1, 1), D(2017, 12, 31), "year"),
    ("ফেব্রুয়ারির শুরুতে ২০২৪", D(2024, 2, 1), D(2024, 2, 10), "range"),
    ("মার্চের মাঝামাঝি ২০২৪", D(2024, 3, 11), D(2024, 3, 20), "range"),
    ("২০২৪ সালের আগস্টের শেষের দিকে", D(2024, 8, 21), D(2024, 8, 31), "range"),
    ("২০১৭ সালের আগস্ট মাসের শেষে", D(2017, 8, 21), D(2017, 8, 31), "range"),
    ("৪ থেকে ৬ ফেব্রুয়ারি ২০২৪", D(2024, 2, 4), D(2024, 2, 6), "range"),
    ("৪ ও ৫ ফেব্রুয়ারি ২০২৪", D(2024, 2, 4), D(2024, 2, 5), "range"),
    ("৩০ ডিসেম্বর ২০২৩ থেকে ২ জানুয়ারি ২০২৪", D(2023, 12, 30), D(2024, 1, 2), "range"),
    ("সোমবার, ৫ ফেব্রুয়ারি ২০২৪", D(2024, 2, 5), D(2024, 2, 5), "day"),  # weekdays, before and after
    ("৫ ফেব্রুয়ারি ২০২৪, সোমবার", D(2024, 2, 5), D(2024, 2, 5), "day"),
    ("রোববার ৪ ফেব্রুয়ারি ২০২৪", D(2024, 2, 4), D(2024, 2, 4), "day"),
    ("রবিবার, ৪ ফেব্রুয়ারি ২০২৪", D(2024, 2, 4), D(2024, 2, 4), "day"),
    ("শুক্রবার, ২৫ আগস্ট ২০১৭", D(2017, 8, 25), D(2017, 8, 25), "day"),
])
def test_bengali_dates(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    assert _span(text) == (start, end, precision)


_MONTHS = ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
           "নভেম্বর", "ডিসেম্বর")
_WEEKDAYS = ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার")


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)), st.booleans())
@example(D(2024, 2, 29), False)
@example(D(2017, 8, 25), True)
def test_any_bengali_day_reads_as_itself(day: dt.date, weekday: bool) -> None:
    """Every day in Bengali digits and month names reads as itself, with its day of the week before it or not."""
    digits = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
    text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}".translate(digits)
    if weekday:
        text = f"{_WEEKDAYS[day.weekday()]}, {text}"
    assert _span(text) == (day, day, "day")


def test_a_weekday_that_does_not_fit_is_refused_naming_the_day() -> None:
    with pytest.raises(NormalizeError, match="2024-02-05 was a Monday, not a Sunday"):
        parse_date("রবিবার, ৫ ফেব্রুয়ারি ২০২৪")
    with pytest.raises(NormalizeError, match="2024-02-05 was a Monday, not a Thursday"):
        parse_date("৫ ফেব্রুয়ারি ২০২৪, বৃহস্পতিবার")


@pytest.mark.parametrize("text", ["২২ ফাল্গুন ১৪৩০", "১ বৈশাখ ১৪৩১", "১৪৩১ বঙ্গাব্দ", "৮ ফাল্গুন ১৪৩০ বঙ্গাব্দ"])
def test_the_bengali_calendar_is_refused_with_the_forms_to_write(text: str) -> None:
    with pytest.raises(NormalizeError, match=r"dates of the Bengali calendar .* write the Gregorian date"):
        parse_date(text)


def test_the_docs_list_the_bengali_forms() -> None:
    """Every form in the Bengali table of docs/normalization.md reads, its words as well as its figures (the table
    writes Bengali digits, which `documented_forms` does not look for)."""
    forms = documented_forms("### Bengali", every_form=True)
    assert len(forms) > 80
    assert_forms_read(forms)


# ---------------------------------------------------------------------------------------------------------------
# 3. Event words
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("গোলাগুলি", "clash"), ("গোলাগুলির ঘটনায়", "clash"), ("সংঘর্ষ", "clash"), ("হামলা", "clash"),
    ("হামলায়", "clash"), ("গোলা", "shelling"), ("মর্টার শেল", "shelling"), ("মর্টার শেলের আঘাতে", "shelling"),
    ("বিমান হামলা", "shelling"), ("বিমান হামলায়", "shelling"), ("ড্রোন হামলা", "shelling"),
    ("মাইন বিস্ফোরণ", "mine"), ("মাইন বিস্ফোরণে", "mine"), ("অপহরণ", "abduction"), ("গুলি", "shooting"),
    ("অনুপ্রবেশ", "incursion"), ("বোমা হামলা", "bombing"), ("বিস্ফোরণ", "bombing"),
])
def test_bengali_event_words(text: str, kind: str) -> None:
    assert event_type(text) == kind


# ---------------------------------------------------------------------------------------------------------------
# 4. Places
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b"), [
    ("টেকনাফ", "Teknaf"), ("ঘুমধুম", "Ghumdhum"), ("ঘুমধুম", "Gumdhum"), ("বান্দরবান", "Bandarban"),
    ("মংডু", "Mongdu"),                          # the anusvara is ng, the vowel before it said
    ("বুচিডং", "Buchidong"),
    ("রংপুর", "Rangpur"),
    ("কুতুপালং", "Kutupalong"),
    ("পালংখালী", "Palongkhali"),
    ("নাইক্ষ্যংছড়ি", "Naikhongchhari"),
    ("কক্সবাজার", "Cox's Bazar"),               # the vowel of a word's first consonant
    ("মহেশখালী", "Moheshkhali"),
    ("কলকাতা", "Kolkata"),
    ("ঘুমধুম ইউনিয়নের জলপাইতলী গ্রাম", "Jalpaitoli village, Ghumdhum"),
])
def test_bengali_names_meet_their_romanizations(a: str, b: str) -> None:
    assert similarity(a, b) >= SAME_PLACE_THRESHOLD


@pytest.mark.parametrize(("written", "name", "other"), [
    ("ঘুমধুম ইউনিয়ন", "ঘুমধুম", "Ghumdhum"),            # union
    ("ঘুমধুম ইউনিয়নে", "ঘুমধুম", "Ghumdhum"),           # in the union
    ("টেকনাফ উপজেলা", "টেকনাফ", "Teknaf"),              # upazila
    ("টেকনাফ উপজেলার", "টেকনাফ", "Teknaf"),
    ("বান্দরবান জেলা", "বান্দরবান", "Bandarban"),        # district
    ("বান্দরবান জেলায়", "বান্দরবান", "Bandarban"),
    ("জলপাইতলী গ্রাম", "জলপাইতলী", "Jalpaitoli"),        # village
    ("জলপাইতলী গ্রামে", "জলপাইতলী", "Jalpaitoli"),
    ("ঘুমধুম সীমান্ত এলাকা", "ঘুমধুম", "Ghumdhum"),      # border, area
    ("টেকনাফ সীমান্তে", "টেকনাফ", "Teknaf"),
    ("মংডু শহর", "মংডু", "Mongdu"),                     # town
    ("ঘুমধুমের", "ঘুমধুম", "Ghumdhum"),                 # the genitive written onto the name
    ("টেকনাফের", "টেকনাফ", "Teknaf"),
    ("বুচিডংয়ের", "বুচিডং", "Buchidong"),
])
def test_bengali_place_words_are_left_out(written: str, name: str, other: str) -> None:
    """A generic word beside a Bengali name, and the genitive written onto it, change nothing of its reading."""
    assert similarity(written, other) == similarity(name, other)


@pytest.mark.parametrize(("a", "b"), [
    ("মংডু", "Teknaf"), ("ঘুমধুম", "Teknaf"), ("বুচিডং", "Bandarban"), ("কক্সবাজার", "Khagrachhari"),
    ("রংপুর", "Rangamati"),
])
def test_different_bengali_names_stay_apart(a: str, b: str) -> None:
    assert similarity(a, b) < SAME_PLACE_THRESHOLD


# ---------------------------------------------------------------------------------------------------------------
# 5. A case
# ---------------------------------------------------------------------------------------------------------------

_CASE = """\
case: naf-2024
title: Shells across the Naf, 2024
regional_gazetteer: none
parties:
  - {id: myanmar, name: Myanmar military, aliases: [BGP, বিজিপি]}
  - {id: arakan-army, name: Arakan Army, aliases: [AA, আরাকান আর্মি]}
  - {id: bangladesh, name: Bangladesh, aliases: [বাংলাদেশ, BGB]}
"""

_PROTHOM_ALO = """\
source: {id: prothom-alo, name: Prothom Alo, kind: media}
claims:
  - id: pa-1
    stated: 2024-02-05
    quote: বান্দরবানের নাইক্ষ্যংছড়ির ঘুমধুম ইউনিয়নের জলপাইতলী গ্রামে মিয়ানমার থেকে ছোড়া মর্টার শেলের আঘাতে দুজন নিহত।
    date: ৫ ফেব্রুয়ারি ২০২৪, সোমবার
    place: ঘুমধুম ইউনিয়নের জলপাইতলী গ্রাম
    event: মর্টার শেল
    initiator: unknown
    casualties:
      - {party: bangladesh, category: civilians, killed: দুজন}
"""

_DAILY_STAR = """\
source: {id: daily-star, name: The Daily Star, kind: media}
claims:
  - id: ds-1
    stated: 2024-02-05
    quote: Two people were killed when a mortar shell fired from Myanmar landed in Jalpaitoli village of Ghumdhum.
    date: 2024-02-05
    place: Jalpaitoli village, Ghumdhum
    event: mortar shell
    initiator: unknown
    casualties:
      - {party: bangladesh, category: civilians, killed: 2}
"""


def test_a_shell_told_in_bengali_and_english_is_one_event(tmp_path: Path) -> None:
    """The Bengali claim reads (its date with the weekday after it, its count দুজন) and meets the English one."""
    import reconcile

    (tmp_path / "case.yaml").write_text(_CASE, encoding="utf-8")
    (tmp_path / "prothom-alo.yaml").write_text(_PROTHOM_ALO, encoding="utf-8")
    (tmp_path / "daily-star.yaml").write_text(_DAILY_STAR, encoding="utf-8")
    result = reconcile.reconcile(reconcile.load_case(tmp_path))
    assert [sorted(event.claims) for event in result.events] == [["daily-star/ds-1", "prothom-alo/pa-1"]]
