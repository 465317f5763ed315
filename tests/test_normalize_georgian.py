"""Gaps found coding the August 2008 war in and around South Ossetia (the Georgian Ministry of Defence and press):
Georgian dates (``2008 წლის 8 აგვისტოს``, ``7-დან 8 აგვისტომდე``, the night of 7 to 8 August), Georgian counts
(number words, which count in twenties, and bounds written as case endings: ``5-ზე მეტი``, ``20-მდე``) and the
Georgian event words. All were refused or ``unknown``."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.match import event_type
from reconcile.normalize import parse_count, parse_date

from .readings import count_of, span_of

D = dt.date

# Month forms, written out here apart from the tables they test: nominative, dative, genitive, terminative (-მდე).
MONTHS = (
    ("იანვარი", "იანვარს", "იანვრის", "იანვრამდე"),
    ("თებერვალი", "თებერვალს", "თებერვლის", "თებერვლამდე"),
    ("მარტი", "მარტს", "მარტის", "მარტამდე"),
    ("აპრილი", "აპრილს", "აპრილის", "აპრილამდე"),
    ("მაისი", "მაისს", "მაისის", "მაისამდე"),
    ("ივნისი", "ივნისს", "ივნისის", "ივნისამდე"),
    ("ივლისი", "ივლისს", "ივლისის", "ივლისამდე"),
    ("აგვისტო", "აგვისტოს", "აგვისტოს", "აგვისტომდე"),
    ("სექტემბერი", "სექტემბერს", "სექტემბრის", "სექტემბრამდე"),
    ("ოქტომბერი", "ოქტომბერს", "ოქტომბრის", "ოქტომბრამდე"),
    ("ნოემბერი", "ნოემბერს", "ნოემბრის", "ნოემბრამდე"),
    ("დეკემბერი", "დეკემბერს", "დეკემბრის", "დეკემბრამდე"),
)


_span, _count = span_of, count_of


# ---------------------------------------------------------------------------------------------------------------
# 1. Dates
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("2008 წლის 8 აგვისტოს", D(2008, 8, 8), D(2008, 8, 8), "day"),
    ("8 აგვისტო 2008", D(2008, 8, 8), D(2008, 8, 8), "day"),
    ("2008 წ. 8 აგვისტოს", D(2008, 8, 8), D(2008, 8, 8), "day"),
    ("2008 წლის 8-ში აგვისტოს", D(2008, 8, 8), D(2008, 8, 8), "day"),
    ("2008 წლის 7-8 აგვისტოს", D(2008, 8, 7), D(2008, 8, 8), "range"),
    ("2008 წლის 7-დან 8 აგვისტომდე", D(2008, 8, 7), D(2008, 8, 8), "range"),
    ("7-დან 8 აგვისტომდე 2008", D(2008, 8, 7), D(2008, 8, 8), "range"),
    ("2008 წლის 30 ივლისიდან 2 აგვისტომდე", D(2008, 7, 30), D(2008, 8, 2), "range"),
    ("2008 წლის 7-დან 8 აგვისტოს ღამეს", D(2008, 8, 7), D(2008, 8, 8), "range"),   # the night of 7 to 8 August
    ("2008 წლის 7-8 აგვისტოს ღამეს", D(2008, 8, 7), D(2008, 8, 8), "range"),
    ("2008 წლის აგვისტოში", D(2008, 8, 1), D(2008, 8, 31), "month"),
    ("აგვისტო 2008", D(2008, 8, 1), D(2008, 8, 31), "month"),
    ("2008 წლის აგვისტოს დასაწყისში", D(2008, 8, 1), D(2008, 8, 10), "range"),    # early August
    ("2008 წლის აგვისტოს შუა რიცხვებში", D(2008, 8, 11), D(2008, 8, 20), "range"),  # mid-August
    ("2008 წლის აგვისტოს ბოლოს", D(2008, 8, 21), D(2008, 8, 31), "range"),         # late August
    ("2008 წლის 8 იანვარს", D(2008, 1, 8), D(2008, 1, 8), "day"),
    ("2008 წლის ᲐᲒᲕᲘᲡᲢᲝᲡ ᲓᲐᲡᲐᲬᲧᲘᲡᲨᲘ", D(2008, 8, 1), D(2008, 8, 10), "range"),  # Mtavruli capitals
])
def test_georgian_dates(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    assert _span(text) == (start, end, precision)


@pytest.mark.parametrize("text", [
    "2008 წლის აგვისტომდე",          # until August: no month of its own
    "2008 წლის 8 აგვისტოს ღამეს",     # the night of the 8th: which night is not said
    "2008 წლის 8 აგვისტოდან",         # from 8 August: no end
    "2008 წლის 31 სექტემბერს",        # no such day
    "2008 წლის 9-დან 7 აგვისტომდე",   # backwards
])
def test_georgian_dates_refused(text: str) -> None:
    with pytest.raises(NormalizeError):
        parse_date(text)


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)))
@example(D(1900, 1, 1))
@example(D(2100, 12, 31))
@example(D(2000, 2, 29))
@example(D(2008, 8, 8))
def test_every_georgian_day_reads(day: dt.date) -> None:
    nominative, dative, _, terminative = MONTHS[day.month - 1]
    for text in (f"{day.year} წლის {day.day} {dative}", f"{day.day} {nominative} {day.year}",
                 f"{day.year} წ. {day.day} {dative}", f"{day.day} {dative} {day.year}"):
        assert _span(text) == (day, day, "day"), text
    after = day + dt.timedelta(days=1)
    if after.month == day.month:
        for text in (f"{day.year} წლის {day.day}-დან {after.day} {terminative}",
                     f"{day.year} წლის {day.day}-დან {after.day} {dative} ღამეს"):
            assert _span(text) == (day, after, "range"), text


# ---------------------------------------------------------------------------------------------------------------
# 2. Counts
# ---------------------------------------------------------------------------------------------------------------

_SMALL = ("", "ერთი", "ორი", "სამი", "ოთხი", "ხუთი", "ექვსი", "შვიდი", "რვა", "ცხრა", "ათი", "თერთმეტი", "თორმეტი",
          "ცამეტი", "თოთხმეტი", "თხუთმეტი", "თექვსმეტი", "ჩვიდმეტი", "თვრამეტი", "ცხრამეტი")
_SCORES = ("", "ოცი", "ორმოცი", "სამოცი", "ოთხმოცი")
_HUNDREDS = ("", "ასი", "ორასი", "სამასი", "ოთხასი", "ხუთასი", "ექვსასი", "შვიდასი", "რვაასი", "ცხრაასი")


def _georgian(number: int) -> str:
    """1-999 in Georgian words: scores and the rest joined by და (ოცდახუთი), hundreds written apart (ორას ხუთი)."""
    hundreds, rest = divmod(number, 100)
    if hundreds:
        return _HUNDREDS[hundreds] if not rest else f"{_HUNDREDS[hundreds][:-1]} {_georgian(rest)}"
    scores, small = divmod(rest, 20)
    if not scores:
        return _SMALL[small]
    return _SCORES[scores] if not small else f"{_SCORES[scores][:-1]}და{_SMALL[small]}"


def _oblique(word: str) -> str:
    """A number before a case ending: without its final ი (ხუთი, ხუთზე)."""
    return word[:-1] if word.endswith("ი") else word


@given(st.integers(min_value=1, max_value=999))
@example(1)
@example(20)
@example(30)      # ოცდაათი: twenty and ten
@example(99)      # ოთხმოცდაცხრამეტი
@example(100)
@example(225)     # ორას ოცდახუთი
@example(800)     # რვაასი
def test_georgian_number_words_round_trip(number: int) -> None:
    words = _georgian(number)
    assert _count(words) == (number, number), words
    assert _count(f"{_oblique(words)}ზე მეტი") == (number + 1, None)       # more than N
    assert _count(f"სულ მცირე {words}") == (number, None)                  # at least N


@pytest.mark.parametrize(("text", "low", "high"), [
    ("სულ მცირე 5", 5, None),
    ("5-ზე მეტი", 6, None),
    ("ხუთზე მეტი", 6, None),
    ("5-ზე ნაკლები", 0, 4),
    ("დაახლოებით 20", 16, 24),
    ("20-მდე", 0, 20),
    ("ოცამდე", 0, 20),
    ("რვამდე", 0, 8),
    ("10-დან 15-მდე", 10, 15),
    ("10-15", 10, 15),
    ("5 ან 6", 5, 6),
    ("რამდენიმე", 3, 9),
    ("ათობით", 20, None),
    ("ასობით", 200, None),
    ("ათასობით", 2000, None),
    ("მრავალი", 6, None),
    ("ათასი", 1000, 1000),
    ("ორი ათასი", 2000, 2000),
    ("ათასზე მეტი", 1001, None),
])
def test_georgian_counts(text: str, low: int, high: int | None) -> None:
    assert _count(text) == (low, high)


@pytest.mark.parametrize("text", ["15-დან 10-მდე", "10-დან", "ზე მეტი"])
def test_georgian_counts_refused(text: str) -> None:
    with pytest.raises(NormalizeError):
        parse_count(text)


# ---------------------------------------------------------------------------------------------------------------
# 3. Event words
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("ავიადაბომბვა", "shelling"),            # bombing from the air: an air strike
    ("დაბომბვა", "shelling"),
    ("საარტილერიო დაბომბვა", "shelling"),
    ("საჰაერო დარტყმა", "shelling"),         # air strike
    ("ნაღმმტყორცნის ცეცხლი", "shelling"),    # mortar fire: a mortar is no mine
    ("შეტევა", "clash"),                     # attack
    ("თავდასხმა", "clash"),
    ("სროლა", "shooting"),
    ("ჩასაფრება", "clash"),                  # ambush
    ("აფეთქება", "bombing"),                 # explosion
    ("ნაღმი", "mine"),
    ("ნაღმზე აფეთქება", "mine"),             # a mine explosion, as in English
    ("გატაცება", "abduction"),
    ("შეჯახება", "clash"),
    ("ბრძოლა", "clash"),
    ("შეჭრა", "incursion"),                  # invasion, incursion
])
def test_georgian_event_words(text: str, kind: str) -> None:
    assert event_type(text) == kind
