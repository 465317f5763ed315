"""Defects found by transcribing two cases as a casualty recorder would (Sudan 2023-2024: SAF, RSF, the Sudan
Doctors Network, OCHA, Radio Dabanga; Tigray and Amhara 2020-2023: the federal government, Tigrai TV, the EHRC,
Amnesty, Reuters): Arabic dates and counts that statements write every day and that were refused, and a casualty
figure of the party ``unknown`` that counted against matching and read as an initiator in the report."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.load import load_case
from reconcile.match import MatchConfig
from reconcile.normalize import NormalizeError, parse_count, parse_date
from reconcile.pipeline import reconcile
from reconcile.places import mentions, similarity
from reconcile.render import render_report
from reconcile.report import build_view

from .conftest import MakeCase
from .test_independence import claim as merge_claim
from .test_independence import event_of
from .test_match import claim, score, weight

#: The Arabic days of the week, Monday first, and the Gregorian months as Egypt and Sudan name them.
_AR_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
_AR_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
              "ديسمبر")

days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


def _arabic(day: dt.date) -> str:
    return f"{day.day} {_AR_MONTHS[day.month - 1]} {day.year}"


def _read(text: str) -> tuple[dt.date, dt.date, str]:
    span = parse_date(text)
    return span.start, span.end, span.precision


# --- Arabic dates ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "يوم الثلاثاء الموافق 13 أغسطس 2024",
    "الثلاثاء الموافق 13 أغسطس 2024م",
    "الثلاثاء، الموافق 13 أغسطس 2024",
])
def test_a_day_of_the_week_corresponding_to_a_date_is_that_date(text: str) -> None:
    """``يوم الثلاثاء الموافق 13 أغسطس 2024`` (Tuesday, corresponding to 13 August 2024), as SAF and ministry
    statements date an event, is 13 August 2024 (before, the general message)."""
    assert _read(text) == (dt.date(2024, 8, 13), dt.date(2024, 8, 13), "day")


def test_a_day_of_the_week_corresponding_to_another_date_is_refused_with_the_day() -> None:
    """The day of the week is still checked: 13 August 2024 was a Tuesday, not a Wednesday."""
    with pytest.raises(NormalizeError, match="2024-08-13 was a Tuesday, not a Wednesday"):
        parse_date("يوم الأربعاء الموافق 13 أغسطس 2024")


def test_monday_with_a_hamza_on_its_alif_is_monday() -> None:
    """``الأثنين``, as Monday is often typed, is Monday, as ``الاثنين`` and ``الإثنين`` are."""
    assert _read("الأثنين 2 ديسمبر 2024") == (dt.date(2024, 12, 2), dt.date(2024, 12, 2), "day")


@given(days)
def test_any_arabic_day_after_its_weekday_and_al_muwafiq_is_that_day(day: dt.date) -> None:
    """Law: ``يوم <its weekday> الموافق <date>`` reads as the date alone."""
    weekday = _AR_WEEKDAYS[day.weekday()]
    assert _read(f"يوم {weekday} الموافق {_arabic(day)}") == _read(_arabic(day)) == (day, day, "day")


@pytest.mark.parametrize(("text", "start", "end"), [
    ("بين 15 و19 ديسمبر 2023", (2023, 12, 15), (2023, 12, 19)),
    ("بين 15 و 19 ديسمبر 2023", (2023, 12, 15), (2023, 12, 19)),
    ("ما بين 15 و19 ديسمبر 2023", (2023, 12, 15), (2023, 12, 19)),
    ("15 و16 ديسمبر 2023", (2023, 12, 15), (2023, 12, 16)),
    ("بين 30 نوفمبر و2 ديسمبر 2023", (2023, 11, 30), (2023, 12, 2)),
])
def test_arabic_ranges_with_between_and_and(text: str, start: tuple[int, int, int], end: tuple[int, int, int]) -> None:
    """``بين 15 و19 ديسمبر 2023`` (between 15 and 19 December), with و (and) written onto the day as Arabic writes
    it or apart, is a range, as ``between 15 and 19 December 2023`` is (before, only ``من ... إلى`` was read)."""
    assert _read(text) == (dt.date(*start), dt.date(*end), "range")


def test_an_arabic_range_that_runs_backwards_is_refused() -> None:
    with pytest.raises(NormalizeError, match="ends before it starts"):
        parse_date("بين 19 و15 ديسمبر 2023")


@given(days, st.integers(min_value=1, max_value=20))
def test_any_arabic_range_between_two_days_is_those_days(first: dt.date, length: int) -> None:
    """Law: ``بين <a> و<b>`` reads as ``من <a> إلى <b>`` (from a to b), for any two days in order."""
    last = first + dt.timedelta(days=length)
    if last.year > 2099:
        return
    left = str(first.day) if (first.year, first.month) == (last.year, last.month) else (
        f"{first.day} {_AR_MONTHS[first.month - 1]}" if first.year == last.year else _arabic(first))
    between = _read(f"بين {left} و{_arabic(last)}")
    assert between == _read(f"من {left} إلى {_arabic(last)}") == (first, last, "range")


@pytest.mark.parametrize("text", ["13 أغسطس 2024", "أغسطس 2024", "أواخر أغسطس 2024", "من 15 إلى 19 ديسمبر 2023"])
def test_fi_before_an_arabic_date_is_left_out(text: str) -> None:
    """``في 13 أغسطس 2024`` (on 13 August 2024) is read as the date, as English ``on`` and ``in`` are left out."""
    assert _read(f"في {text}") == _read(text)


# --- Arabic counts -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["ما بين 20 و30", "ما بين 20 و 30", "ما بين 20 إلى 30", "ما بين عشرين وثلاثين"])
def test_ma_bayna_is_a_range(text: str) -> None:
    """``ما بين 20 و30`` (between 20 and 30), as the Arabic press writes a toll, is 20 to 30, as ``بين 20 و30`` is
    (before, the general message)."""
    count = parse_count(text)
    assert (count.low, count.high) == (20, 30)


# --- a casualty figure of the party "unknown" --------------------------------------------------------------------


def test_a_figure_of_an_unknown_party_names_no_party() -> None:
    """A figure of the party ``unknown`` (Amnesty's "scores" killed in Mai-Kadra, whose the dead were not said) names
    no party, as an initiator ``unknown`` names none: it does not count against a claim that names one (before,
    "no party in common (unknown / armenia)", -1.5)."""
    pair = score(claim("osce/a", 0, killed={"unknown": 40}), claim("am/b", 0, killed={"armenia": 600}))
    assert weight(pair, "parties") == 0.0
    named = score(claim("osce/a", 0, killed={"unknown": 40, "russia": 2}), claim("am/b", 0, initiator="azerbaijan",
                                                                                  killed={"armenia": 600}))
    assert weight(named, "parties") == MatchConfig().parties_disjoint


def test_a_conflict_over_an_unknown_partys_dead_says_so() -> None:
    """The sentence of a casualty conflict over the party ``unknown`` says "of an unknown party", not "of
    unknown"."""
    from .test_independence import killed

    event = event_of(merge_claim("osce/a", casualties=(killed("unknown", 5, "civilians"),)),
                     merge_claim("wire/b", casualties=(killed("unknown", 9, "civilians"),)))
    (sentence,) = [c.summary for c in event.conflicts if c.kind == "casualties"]
    assert sentence == "OSCE monitors says 5 civilians of an unknown party were killed; Wire Agency says 9."


_MAI_KADRA = """\
source:
  id: {source}
  name: {name}
  kind: monitor
claims:
  - id: c1
    stated: 2012-06-10
    quote: people were killed near Berdavan
    date: 2012-06-04
    place: Berdavan
    casualties:
      - party: unknown
        category: civilians
        killed: {killed}
"""


def test_the_report_names_an_unknown_party_as_unknown_not_as_unsaid(make_case: MakeCase) -> None:
    """The report names the party ``unknown`` of a figure "unknown party", not "unknown (the source says it is not
    known)", which is what an initiator ``unknown`` means; its disagreement is about "Civilians of an unknown party
    killed"."""
    rec = reconcile(load_case(make_case({
        "osce.yaml": _MAI_KADRA.format(source="osce", name="OSCE monitors", killed="5"),
        "icrc.yaml": _MAI_KADRA.format(source="icrc", name="ICRC", killed="9"),
    })))
    (event,) = rec.events
    assert [c.summary for c in event.conflicts] == [
        "ICRC says 9 civilians of an unknown party were killed; OSCE monitors says 5."]
    view = build_view(rec, generated="g", engine_version="t")
    (card,) = view.events
    assert [row.party for row in card.figures] == ["unknown party"]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", render_report(rec, generated="g")))
    assert "the source says it is not known" not in text
    assert "Civilians of an unknown party killed" in text


# --- the surroundings of a place ---------------------------------------------------------------------------------

#: Names in a script, and the ways sources add "and its surroundings" to them in that script.
_SURROUNDINGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "latin": (("Wad Madani", "El Fasher", "Mekelle", "Goma", "Bahir Dar"),
              ("and surrounding villages", "and the surrounding villages", "and its surroundings",
               "and surrounding areas", "and adjacent areas", "et ses environs", "et les villages environnants")),
    "arabic": (("ود مدني", "الفاشر", "أم درمان", "نيالا"),
               ("والقرى المحيطة", "والقرى المحيطة بها", "والقرى المجاورة", "وضواحيها", "وما حولها", "ومحيطها")),
    "ethiopic": (("መቐለ", "አክሱም", "ባሕር ዳር"), ("እና አካባቢዋ", "እና አካባቢው")),
}


def _names(text: str) -> list[str]:
    return [mention.name for mention in mentions(text)]


@pytest.mark.parametrize(("text", "name"), [
    ("Wad Madani and the surrounding villages", "Wad Madani"),
    ("Wad Madani and its surroundings", "Wad Madani"),
    ("Goma et ses environs", "Goma"),
    ("ود مدني والقرى المحيطة", "ود مدني"),
    ("الفاشر وما حولها", "الفاشر"),
    ("መቐለ እና አካባቢዋ", "መቐለ"),
])
def test_the_surroundings_of_a_place_name_no_place(text: str, name: str) -> None:
    """"Wad Madani and the surrounding villages" names Wad Madani only: before, "surrounding" (Arabic المحيطة, the
    "its" of "its surroundings", the French "ses" of "ses environs") was read as a second place, and the Amharic
    "and" (እና) joined "Mekelle and its surroundings" into one name."""
    assert _names(text) == [name]


@given(st.sampled_from(sorted(_SURROUNDINGS)).flatmap(
    lambda script: st.tuples(st.sampled_from(_SURROUNDINGS[script][0]), st.sampled_from(_SURROUNDINGS[script][1]))))
def test_adding_the_surroundings_names_the_same_places(case: tuple[str, str]) -> None:
    """Law: a place with its surroundings added names the places the place alone names."""
    name, surroundings = case
    assert _names(f"{name} {surroundings}") == _names(name) == [name]


def test_amharic_or_lists_two_places() -> None:
    """ወይም (or) between two places lists them, as "or" does."""
    assert _names("መቐለ ወይም አክሱም") == ["መቐለ", "አክሱም"]


@pytest.mark.parametrize(("text", "name"), [
    ("شرق مدينة الفاشر", "الفاشر"),
    ("جنوب مدينة الفاشر", "الفاشر"),
    ("غرب قرية أبو شوك", "أبو شوك"),
    ("شمال معسكر زمزم", "زمزم"),
])
def test_an_arabic_direction_before_a_generic_word_is_a_direction(text: str, name: str) -> None:
    """``شرق مدينة الفاشر`` (east of the town of El Fasher) names El Fasher: before, "east" (شرق) was read as a
    town of its own, named by the word مدينة (town) after it. North Darfur and South Kordofan keep their compass
    word, as no generic word follows it."""
    assert _names(text) == [name]
    assert [_names(region) for region in ("شمال دارفور", "جنوب كردفان", "ولاية جنوب كردفان")] == [
        ["شمال دارفور"], ["جنوب كردفان"], ["جنوب كردفان"]]


# --- a Tigrinya month without its era ----------------------------------------------------------------------------


def test_a_tigrinya_day_without_its_era_is_refused_with_both_days() -> None:
    """``4 ሕዳር 2013`` (Tigrai TV, without ዓ.ም.) is refused, as Eritrea names November so: the message names both
    days it may be, 13 November 2020 (Hidar 4, 2013, Ethiopian calendar) and 4 November 2013, where it gave the
    example 2012-06-04 before; a span of such a month names none."""
    with pytest.raises(NormalizeError) as day:
        parse_date("4 ሕዳር 2013")
    assert str(day.value).endswith(
        "as Eritrea dates (2020-11-13 by the Ethiopian calendar, 2013-11-04 by the Gregorian); write ዓ.ም. after the "
        "year if the source counts Ethiopian years, else the Gregorian date, as 2013-11-04")
    with pytest.raises(NormalizeError) as span:
        parse_date("ካብ 19 ክሳብ 20 ሕዳር 2013")
    assert str(span.value).endswith("as Eritrea dates; write ዓ.ም. after the year if the source counts Ethiopian "
                                    "years, else the Gregorian date, as 2012-06-04")


@pytest.mark.parametrize(("text", "other"), [
    ("ባሕር ዳር አየር ማረፊያ", "Bahir Dar airport"),
    ("መዕርፎ ነፈርቲ ባሕር ዳር", "Bahir Dar airport"),
    ("مطار الفاشر", "El Fasher airport"),
    ("аэропорт Донецка", "l'aéroport de Donetsk"),
])
def test_an_airport_compares_as_its_place_across_scripts(text: str, other: str) -> None:
    """The government's ``ባሕር ዳር አየር ማረፊያ`` and Reuters' "Bahir Dar airport" are one name, as a station or a
    hospital compares as its place: before, the words for airport were read as part of the name, which no other
    script spells alike (0.72, below the threshold 0.76)."""
    assert similarity(text, other) >= 0.9
    assert _names(other) == _names(other.replace("l'aéroport de ", "").replace(" airport", ""))
