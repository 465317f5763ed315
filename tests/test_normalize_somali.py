"""Gaps found coding the Somali insurgency, 2017-2024 (SNA, AFRICOM, AMISOM/ATMIS, al-Shabaab's Somali and Arabic
releases, Somali-language media, wires, monitors): Somali counts, number words and dates, Somali days of the week,
and the Somali and Arabic words for an air strike, a suicide bombing, a shooting, a mortar round, a raid."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.match import EVENT_TYPES_OTHER_LANGUAGES, event_type
from reconcile.normalize import parse_count, parse_date

from .readings import count_of, span_of

D = dt.date
DOCS = Path(__file__).resolve().parent.parent / "docs"


_span, _count = span_of, count_of


# ---------------------------------------------------------------------------------------------------------------
# 1. Somali counts
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high"), [
    ("ugu yaraan 20", 20, None),            # at least 20
    ("Ugu Yaraan 79", 79, None),
    ("ugu yaraan toban", 10, None),          # at least ten
    ("in ka badan 30", 31, None),            # more than 30
    ("inka badan 30", 31, None),
    ("wax ka badan 300", 301, None),
    ("in ka badan boqol", 101, None),        # more than a hundred
    ("ku dhawaad 15", 12, 15),               # close to 15: nearly
    ("ku dhowaad 300", 240, 300),
    ("qiyaastii 20", 16, 24),                # approximately
    ("qiyaas ahaan 20", 16, 24),
    ("illaa 10", 0, 10),                     # up to
    ("ilaa 300", 0, 300),
    ("ugu badnaan 6", 0, 6),                 # at most
    ("in ka yar 10", 0, 9),                  # fewer than
    ("20 ama ka badan", 20, None),           # 20 or more
    ("20 ama ka yar", 0, 20),
    ("10 ama 12", 10, 12),                   # or
    ("10 ilaa 15", 10, 15),                  # from 10 to 15
    ("10 illaa 15", 10, 15),
    ("laga bilaabo 10 ilaa 15", 10, 15),
    ("toban ilaa labaatan", 10, 20),
    ("inta u dhexeysa 10 iyo 15", 10, 15),   # between 10 and 15
    ("inta u dhaxaysa shan iyo toban iyo labaatan", 15, 20),
    ("tiro badan", 6, None),                 # many
    ("dhowr", 3, 9),                         # several
    ("dhawr", 3, 9),
    ("dhowr boqol", 300, 900),               # several hundred
    ("tobanaan", 20, None),                  # tens
    ("boqolaal", 200, None),                 # hundreds
    ("kumanaan", 2000, None),                # thousands
    ("toban", 10, 10),
    ("shan iyo labaatan", 25, 25),
    ("boqol iyo shan iyo labaatan", 125, 125),
    ("laba boqol", 200, 200),
    ("kun iyo shan boqol", 1500, 1500),
    ("ugu yaraan 20 (labaatan)", 20, None),  # a number repeated in brackets
])
def test_somali_counts(text: str, low: int, high: int | None) -> None:
    assert _count(text) == (low, high)


_UNITS = ("eber", "kow", "laba", "saddex", "afar", "shan", "lix", "toddoba", "siddeed", "sagaal")
_TENS = ("", "toban", "labaatan", "soddon", "afartan", "konton", "lixdan", "toddobaatan", "siddeetan", "sagaashan")


def _somali(number: int) -> str:
    """``number`` in Somali words: the unit before the ten (``shan iyo labaatan``), parts joined by ``iyo``."""
    if number < 10:
        return _UNITS[number]
    thousands, rest = divmod(number, 1000)
    hundreds, small = divmod(rest, 100)
    parts = []
    if thousands:
        parts.append("kun" if thousands == 1 else f"{_somali(thousands)} kun")
    if hundreds:
        parts.append("boqol" if hundreds == 1 else f"{_UNITS[hundreds]} boqol")
    if small:
        tens, unit = divmod(small, 10)
        parts.append(_UNITS[small] if small < 10 else _TENS[tens] if not unit else f"{_UNITS[unit]} iyo {_TENS[tens]}")
    return " iyo ".join(parts)


@given(st.integers(min_value=0, max_value=999_999), st.sampled_from(["", "ugu yaraan ", "illaa "]))
@example(11, "")
@example(121_025, "")
@example(1_500, "ugu yaraan ")
def test_somali_number_words(number: int, bound: str) -> None:
    low, high = _count(f"{bound}{_somali(number)}")
    assert (low, high) == {"": (number, number), "ugu yaraan ": (number, None), "illaa ": (0, number)}[bound]


@pytest.mark.parametrize("text", [
    "ugu yaraan 20 qof",   # a noun after the figure: 20 people
    "10 iyo 15",           # "10 and 15": no range without inta u dhexeysa
    "toban iyo shan",      # the ten before the unit is no number
    "tiro",                # "number" alone
    "ugu yaraan",
])
def test_somali_counts_refused(text: str) -> None:
    with pytest.raises(NormalizeError, match="cannot read a count"):
        parse_count(text)


def test_a_somali_range_that_runs_backwards_is_refused() -> None:
    with pytest.raises(NormalizeError, match="backwards"):
        parse_count("15 ilaa 10")


def test_a_noun_after_a_somali_count_gets_the_count_to_write() -> None:
    with pytest.raises(NormalizeError, match=r"write 'in ka badan 300'.*'qof'|'qof'.*write 'in ka badan 300'"):
        parse_count("in ka badan 300 qof")


# ---------------------------------------------------------------------------------------------------------------
# 2. Somali dates and days of the week
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("3da Janaayo 2021", D(2021, 1, 3), D(2021, 1, 3), "day"),      # the determiner joined to the day
    ("3-da Janaayo 2021", D(2021, 1, 3), D(2021, 1, 3), "day"),
    ("3dii Janaayo 2021", D(2021, 1, 3), D(2021, 1, 3), "day"),
    ("10ka Febraayo 2024", D(2024, 2, 10), D(2024, 2, 10), "day"),
    ("5ta Juun 2021", D(2021, 6, 5), D(2021, 6, 5), "day"),
    ("3 Janaayo 2021", D(2021, 1, 3), D(2021, 1, 3), "day"),
    ("Janaayo 3, 2021", D(2021, 1, 3), D(2021, 1, 3), "day"),
    ("3da bisha Janaayo 2021", D(2021, 1, 3), D(2021, 1, 3), "day"),
    ("14ka Oktoobar 2017", D(2017, 10, 14), D(2017, 10, 14), "day"),
    ("Noofembar 21 2017", D(2017, 11, 21), D(2017, 11, 21), "day"),
    ("28ka Diseembar 2019", D(2019, 12, 28), D(2019, 12, 28), "day"),
    ("12ka Luulyo 2019", D(2019, 7, 12), D(2019, 7, 12), "day"),
    ("2da Agoosto 2024", D(2024, 8, 2), D(2024, 8, 2), "day"),
    ("26 Maajo 2023", D(2023, 5, 26), D(2023, 5, 26), "day"),
    ("Janaayo 2021", D(2021, 1, 1), D(2021, 1, 31), "month"),
    ("bisha Maarso 2020", D(2020, 3, 1), D(2020, 3, 31), "month"),
    ("horraantii Oktoobar 2019", D(2019, 10, 1), D(2019, 10, 10), "range"),
    ("horraantii bisha Oktoobar 2019", D(2019, 10, 1), D(2019, 10, 10), "range"),
    ("bartamihii Maarso 2020", D(2020, 3, 11), D(2020, 3, 20), "range"),
    ("dabayaaqadii Febraayo 2024", D(2024, 2, 21), D(2024, 2, 29), "range"),
    ("10-11 Febraayo 2024", D(2024, 2, 10), D(2024, 2, 11), "range"),
    ("10ka ilaa 11ka Febraayo 2024", D(2024, 2, 10), D(2024, 2, 11), "range"),
    ("inta u dhexeysa 10 iyo 12 Febraayo 2024", D(2024, 2, 10), D(2024, 2, 12), "range"),
    ("3da iyo 4ta Janaayo 2021", D(2021, 1, 3), D(2021, 1, 4), "range"),
    ("31ka Diseembar 2020 ilaa 2da Janaayo 2021", D(2020, 12, 31), D(2021, 1, 2), "range"),
    ("Axad, 3da Janaayo 2021", D(2021, 1, 3), D(2021, 1, 3), "day"),       # a Sunday
    ("Axaddii 3da Janaayo 2021", D(2021, 1, 3), D(2021, 1, 3), "day"),
    ("maalinta Axad 3da Janaayo 2021", D(2021, 1, 3), D(2021, 1, 3), "day"),
    ("Sabti, 14ka Oktoobar 2017", D(2017, 10, 14), D(2017, 10, 14), "day"),  # a Saturday
    ("Jimce 26ka Maajo 2023", D(2023, 5, 26), D(2023, 5, 26), "day"),        # a Friday
])
def test_somali_dates(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    assert _span(text) == (start, end, precision)


@pytest.mark.parametrize(("text", "message"), [
    ("maanta oo Axad ah", "cannot read a date"),        # "today, a Sunday": no day without the statement's
    ("Axad", "cannot read a date"),
    ("ka Janaayo 2021", "cannot read a date"),          # a determiner joins a day's digits, nothing else
    ("3 ka Janaayo 2021", "cannot read a date"),
    ("3da janvier 2021", "cannot read a date"),         # the Somali determiner is not read in French
    ("3da Janaayo", "cannot read a date"),              # no year
    ("31ka Juun 2021", "June 2021 has 30 days"),
    ("Isniin, 3da Janaayo 2021", "2021-01-03 was a Sunday, not a Monday"),
    ("Axad Janaayo 2021", "a day of the week is read only before one day"),
])
def test_somali_dates_refused(text: str, message: str) -> None:
    with pytest.raises(NormalizeError, match=re.escape(message)):
        parse_date(text)


_MONTHS = ("Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luulyo", "Agoosto", "Sebtembar", "Oktoobar",
           "Nofembar", "Disembar")
#: Monday first, as named and in the past, alone or after maalinta / maalintii (the day).
_WEEKDAYS = (("Isniin", "Isniintii"), ("Talaado", "Talaadadii"), ("Arbaco", "Arbacadii"), ("Khamiis", "Khamiistii"),
             ("Jimce", "Jimcihii"), ("Sabti", "Sabtidii"), ("Axad", "Axaddii"))
_DATE_FORMS = ("{d}da {m} {y}", "{d}-da {m} {y}", "{d}kii {m} {y}", "{m} {d}, {y}", "{d}ta bisha {m} {y}")


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)), st.integers(0, 99), st.integers(0, 5),
       st.booleans())
@example(D(2021, 1, 3), 0, 0, False)   # Axad, 3da Janaayo 2021
@example(D(2024, 2, 29), 3, 2, True)   # maalinta Khamiistii ... 29 Febraayo 2024
def test_a_somali_weekday_before_its_date(day: dt.date, form: int, lead: int, wrong: bool) -> None:
    date = _DATE_FORMS[form % len(_DATE_FORMS)].format(d=day.day, m=_MONTHS[day.month - 1], y=day.year)
    weekday = (day.weekday() + wrong) % 7
    name = _WEEKDAYS[weekday][form % 2]
    written = f"{('', 'maalinta ', 'maalintii ')[lead % 3]}{name}{',' * (lead > 2)} {date}"
    if wrong:
        with pytest.raises(NormalizeError, match=f"{day.isoformat()} was a"):
            parse_date(written)
    else:
        assert _span(written) == (day, day, "day")
        assert _span(date) == (day, day, "day")


# ---------------------------------------------------------------------------------------------------------------
# 3. Event words: Somali and al-Shabaab's Arabic
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("duqeyn", "shelling"), ("duqeymo cirka ah", "shelling"), ("duqaymo", "shelling"), ("la duqeeyay", "shelling"),
    ("weerar cirka ah", "shelling"), ("gantaalo", "shelling"), ("hoobiyayaal", "shelling"),
    ("diyaarad aan duuliye lahayn", "shelling"),
    ("ismiidaamin", "bombing"), ("weerar ismiidaamin ah", "bombing"), ("gaari qarxay", "bombing"),
    ("toogasho", "shooting"), ("la toogtay", "shooting"), ("rasaas", "shooting"),
    ("miino", "mine"), ("duullaan", "incursion"), ("iska horimaad", "clash"),
    ("xasuuq", "casualty"), ("dhaawac", "casualty"),
    ("غزوة كولبيو", "incursion"), ("الإغارة على القاعدة", "incursion"),
    # the words read before stay as they were
    ("weerar", "clash"), ("gaadmo", "clash"), ("qarax", "bombing"), ("afduub", "abduction"), ("madaafiic", "shelling"),
    # an elder (duq, duqa) is no air strike
    ("duqa magaalada", "unknown"),
])
def test_somali_and_arabic_event_words(text: str, kind: str) -> None:
    assert event_type(text) == kind


def test_the_somali_stems_are_in_the_docs_table() -> None:
    text = (DOCS / "matching.md").read_text(encoding="utf-8")
    for stem in ("duqey", "gantaal", "hoobiy", "weerar cirka", "ismiidaam", "toogasho", "miino", "duullaan", "غزوة"):
        assert any(stem in stems for stems in EVENT_TYPES_OTHER_LANGUAGES.values())
        assert stem in text


def test_the_docs_list_the_somali_forms() -> None:
    section = (DOCS / "normalization.md").read_text(encoding="utf-8").split("### Somali", 1)[1].split("\n### ", 1)[0]
    rows = re.findall(r"^\| (.+?) \| .+ \|$", section.split("Months:", 1)[0], flags=re.MULTILINE)
    forms = [written for row in rows for written in re.findall(r"`([^`]+)`", row) if re.search("[0-9]", written)]
    assert len(forms) > 20
    for written in forms:
        try:
            parse_count(written)
        except NormalizeError:
            parse_date(written)
