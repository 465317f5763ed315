"""Defects found in QA of how counts and dates are read (`reconcile.normalize`).

1. An Azerbaijani figure with the possessive of the third person on its digits (`192-si həlak olub`, 192 of them
   were killed; `ən azı 192-si`) was refused, and `192-si` alone with "range runs backwards": the Kurmanji table
   read the ending `si` as `sî` (thirty), so the text was a range from 192 to 30. Other endings joined to digits
   (`192-ün`, `192-de`, `192-ին`, `192-си`) were read so too, as French `un`, Haitian Creole `de`, Armenian `ին`,
   Tajik `си`.
2. English dead or casualties said to exist with no figure (`there are dead`, `some dead`) were refused, where the
   Russian `есть погибшие` and the Armenian `կան զոհեր` read as at least one; so were the French `il y a des
   morts`, the Spanish `hay muertos` and the Arabic `هناك قتلى`.
3. An English today or yesterday before the date it names (`yesterday, 9 August 2018`) was refused with the general
   message, where the Arabic `أمس الخميس 9 أغسطس 2018` is read as the date.
"""

from __future__ import annotations

import pytest

from reconcile.errors import NormalizeError
from reconcile.normalize import parse_count, parse_date


@pytest.mark.parametrize(("text", "low", "high"), [
    ("192-si", 192, 192), ("192-sı", 192, 192), ("40-ı", 40, 40), ("12-si", 12, 12), ("30-u", 30, 30),
    ("25-i", 25, 25), ("ən azı 192-si", 192, None), ("ən azı 192-sı", 192, None), ("təxminən 100-ü", 80, 120),
])  # fmt: skip
def test_an_azerbaijani_figure_with_its_possessive_is_the_figure(text: str, low: int, high: int | None) -> None:
    """1. ``192-si həlak olub`` (192 of them were killed): the possessive says nothing of the figure, as the
    dative of ``125-ə`` does not; ranges with endings still read as ranges."""
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)
    ranged = parse_count("10-dan 12-yə qədər")
    assert (ranged.low, ranged.high) == (10, 12)


@pytest.mark.parametrize("text", ["192-ün", "192-un", "192-de", "192-du", "192-ին", "192-си"])
def test_an_ending_joined_to_digits_is_no_range_that_runs_backwards(text: str) -> None:
    """1. An ending on the digits that another language's table reads as a smaller number word is no range: the
    message is not that of a range that runs backwards. A range that does run backwards still gets it."""
    with pytest.raises(NormalizeError) as raised:
        parse_count(text)
    assert "runs backwards" not in str(raised.value)
    for backwards in ("20-15", "20-fifteen", "от 20 до 15"):
        with pytest.raises(NormalizeError, match="runs backwards"):
            parse_count(backwards)


@pytest.mark.parametrize("text", [
    "there are dead", "There were dead", "there are casualties", "there were casualties", "there have been deaths",
    "some dead", "some casualties", "some fatalities", "there were losses",
    "il y a des morts", "il y a eu des victimes", "hay muertos", "hubo víctimas", "هناك قتلى", "هناك ضحايا",
    "є загиблі",
])  # fmt: skip
def test_dead_said_to_exist_with_no_figure_is_at_least_one(text: str) -> None:
    """2. As ``casualties``, ``есть погибшие`` and ``կան զոհեր``: at least one; ``dead`` alone stays refused."""
    count = parse_count(text)
    assert (count.low, count.high, count.text) == (1, None, text)
    with pytest.raises(NormalizeError):
        parse_count("dead")


@pytest.mark.parametrize("text", [
    "yesterday, 9 August 2018", "Yesterday 9 August 2018", "today, 9 August 2018",
    "yesterday, Thursday 9 August 2018", "yesterday, Thursday, 9 August 2018", "yesterday, August 9, 2018",
    "yesterday morning, 9 August 2018", "this morning, 9 August 2018",
])  # fmt: skip
def test_an_english_today_or_yesterday_before_a_date_is_the_date(text: str) -> None:
    """3. As the Arabic ``أمس الخميس 9 أغسطس 2018``: the date says which day; the word adds nothing to it."""
    span = parse_date(text)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision, span.text) == (
        "2018-08-09", "2018-08-09", "day", text)


@pytest.mark.parametrize(("text", "message"), [
    ("yesterday, Friday 9 August 2018", "2018-08-09 was a Thursday"),
    ("yesterday, August 2018", "today or yesterday is read only before one day"),
    ("yesterday, 9-10 August 2018", "today or yesterday is read only before one day"),
])  # fmt: skip
def test_an_english_today_or_yesterday_names_one_day_only(text: str, message: str) -> None:
    """3. Before a span of days, or before a day of the week that does not fit the date, it is refused as a part of
    the day is; alone, and the night before a date, as before."""
    with pytest.raises(NormalizeError, match=message):
        parse_date(text)
    for alone in ("yesterday", "yesterday morning", "today Sunday"):
        with pytest.raises(NormalizeError, match="a day named from the day of the statement"):
            parse_date(alone)
    with pytest.raises(NormalizeError, match="cannot read a date"):
        parse_date("last night, 9 August 2018")
