"""Defects found in the QA of a case of the 2019–2020 offensive on Tripoli (the Tajoura migrant detention centre
strike of 2-3 July 2019, the military academy strike of 4 January 2020, Gharyan, Tarhuna, Mitiga airport, Ain
Zara): the LNA's spokesman and the GNA's Volcano of Rage office and health ministry in Arabic, UNSMIL, the Libyan
Red Crescent, Le Monde, Agenzia Nova, the Libya Observer, Al Wasat and AFP.

1. A building struck in a place was named with words that were read as the place's name: the migrants' shelter
   ("Tajoura migrant shelter", "centre de détention de migrants de Tadjourah" gave the place "migrants", "centro di
   detenzione di Tagiura" the places "centro" and "detenzione", "مركز إيواء المهاجرين غير الشرعيين بتاجوراء" one
   name of six words) and the military academy ("Military Academy, Al-Hadhba" gave "Academy", "école militaire",
   "الكلية العسكرية"). Claims of one incident were compared by those words and kept apart: the Volcano of Rage's
   Tajoura claim, Le Monde's and UNSMIL's academy claims were events of their own. Their words are context words,
   as prison and hospital are; a capitalised Centre after one is too ("Tajoura Detention Centre").
2. The Arabic in (ب) written onto a name after a facility's word with the article (الكلية العسكرية بطرابلس, the
   military college in Tripoli; المهاجرين بتاجوراء) was left on the name, which then matched neither Tripoli nor
   Tajoura. A definite word takes no name as its complement, so the ب there is the preposition.
3. With a building listed in the gazetteer beside its town (Tajoura Detention Centre and Tajoura), the town's own
   name was ambiguous between the two once the building's words are context words. The town is meant where the name
   says no building, the building where it does.
4. The Arabic front axis (محور عين زارة, the Ain Zara axis) was read as a word of the name, and the English "Salah
   al-Din axis" as the road between "Salah al" and "Din": the article's hyphen is no road's.
5. Dates as agencies and Arabic outlets wrote them were refused: "overnight on 2-3 July 2019", "Saturday evening, 4
   January 2020" (and the French "samedi soir", the Italian "sabato sera"), and the night named by its two days of
   the week, "ليلة الثلاثاء الأربعاء 2-3 يوليو 2019".
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from reconcile.errors import NormalizeError
from reconcile.load import load_case
from reconcile.normalize import parse_count, parse_date
from reconcile.pipeline import reconcile
from reconcile.places import Gazetteer, GazetteerEntry, mentions, split_places

# --- 1. the words of a migrants' shelter or a military academy -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tajoura migrant shelter", ["Tajoura"]),
        ("Tajoura Detention Centre, east of Tripoli", ["Tajoura", "Tripoli"]),
        ("centre de détention de migrants de Tadjourah", ["Tadjourah"]),
        ("centro di detenzione di Tagiura", ["Tagiura"]),
        ("مركز إيواء تاجوراء", ["تاجوراء"]),
        ("مركز ايواء المهاجرين - تاجوراء", ["تاجوراء"]),
        ("Military Academy, Al-Hadhba, Tripoli", ["Al-Hadhba", "Tripoli"]),
        ("école militaire, quartier d'Al-Hadhba, Tripoli", ["Al-Hadhba", "Tripoli"]),
        ("military academy in Tripoli", ["Tripoli"]),
        ("الكلية العسكرية، حي الهضبة، طرابلس", ["الهضبة", "طرابلس"]),
    ],
)
def test_a_shelter_or_an_academy_struck_is_named_by_its_place(text: str, names: list[str]) -> None:
    """Shelter, migrants, detention, academy, college, école, centro and their Arabic words name no place."""
    assert [m.name for m in mentions(text)] == names


def test_a_centre_is_a_buildings_word_only_after_one() -> None:
    """A capitalised Centre after another word of a building is that building's (Tajoura Detention Centre); elsewhere
    it stays a word of its name (Centre-Nord, Centro Habana, Goma Centre)."""
    assert split_places("Tajoura Detention Centre") == ("Tajoura",)
    assert [split_places(text) for text in ("Centre-Nord", "Centro Habana", "Goma Centre")] == [
        ("Centre-Nord",), ("Centro Habana",), ("Goma Centre",)]


# --- 2. the Arabic in written onto a name after a facility's word -----------------------------------------------


ARABIC_IN = {
    "مركز إيواء المهاجرين غير الشرعيين بتاجوراء": ["تاجوراء"],
    "الكلية العسكرية بطرابلس": ["طرابلس"],
    "السجن المركزي ببغداد": ["بغداد"],
    # after a generic word without the article, or a word of a name, the ب is the name's own
    "مستشفى بنغازي": ["بنغازي"],
    "مطار بنينا": ["بنينا"],
    "العاصمة بغداد": ["العاصمة بغداد"],
}


def test_arabic_in_after_a_facility_word_with_the_article() -> None:
    """الكلية العسكرية بطرابلس is the military college in Tripoli; مستشفى بنغازي the Benghazi hospital."""
    assert {text: [m.name for m in mentions(text)] for text in ARABIC_IN} == ARABIC_IN


# --- 3. a building listed beside its town ------------------------------------------------------------------------


GAZETTEER = Gazetteer((
    GazetteerEntry(id="tajoura", name="Tajoura", variants=("Tajura", "تاجوراء"), country="libya",
                   lat=32.8817, lon=13.35),
    GazetteerEntry(id="tajoura-dc", name="Tajoura Detention Centre",
                   variants=("Tajoura migrant detention center", "مركز إيواء المهاجرين بتاجوراء"), country="libya",
                   lat=32.864, lon=13.354),
))


TOWN_OR_BUILDING = {
    "Tajoura": "tajoura",
    "تاجوراء": "tajoura",
    "Tadjourah": "tajoura",
    "Tajoura Detention Centre": "tajoura-dc",
    "the detention centre in Tajoura": "tajoura-dc",
    "near Tajoura": "tajoura",
    "the outskirts of Tajoura": "tajoura",
    "مركز إيواء المهاجرين بتاجوراء": "tajoura-dc",
}


def test_a_town_and_a_building_in_it_are_told_apart_by_the_name() -> None:
    """The town where the name says no building, the building where it does."""
    found = {name: GAZETTEER.resolve(name).entry for name in TOWN_OR_BUILDING}
    assert {name: entry.id if entry else None for name, entry in found.items()} == TOWN_OR_BUILDING


# --- 4. the Arabic front axis, and the article's hyphen before an axis ------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("محور عين زارة", [("عين زارة", "region")]),
        ("جبهة نهم", [("نهم", "region")]),
        ("Salah al-Din axis", [("Salah al-Din", "region")]),
        ("the al-Khalatat axis", [("al-Khalatat", "region")]),
    ],
)
def test_a_front_axis_names_its_place(text: str, read: list[tuple[str, str | None]]) -> None:
    """محور (axis) before a name and axis after it are the stretch of front at that place."""
    assert [(m.name, m.kind) for m in mentions(text)] == read


def test_the_articles_hyphen_is_no_roads() -> None:
    """Salah al-Din axis is the front at Salah al-Din; two towns joined by a hyphen are still a road's ends."""
    read = [[(m.name, m.kind) for m in mentions(text)] for text in ("Salah al-Din axis", "Gao-Ansongo axis")]
    assert read == [[("Salah al-Din", "region")], [("Gao", None), ("Ansongo", None)]]


# --- 5. dates of a night and of a part of a named day -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("overnight on 2-3 July 2019", "2019-07-02", "2019-07-03", "range"),
        ("overnight 2/3 July 2019", "2019-07-02", "2019-07-03", "range"),
        ("Saturday evening, 4 January 2020", "2020-01-04", "2020-01-04", "day"),
        ("on Saturday morning, 4 January 2020", "2020-01-04", "2020-01-04", "day"),
        ("samedi soir 4 janvier 2020", "2020-01-04", "2020-01-04", "day"),
        ("sabato sera 4 gennaio 2020", "2020-01-04", "2020-01-04", "day"),
        ("ليلة الثلاثاء الأربعاء 2-3 يوليو 2019", "2019-07-02", "2019-07-03", "range"),
        ("ليلة الثلاثاء إلى الأربعاء 2 إلى 3 يوليو 2019", "2019-07-02", "2019-07-03", "range"),
        ("the night of Tuesday to Wednesday, 2-3 July 2019", "2019-07-02", "2019-07-03", "range"),
    ],
)
def test_a_night_or_a_part_of_a_named_day(text: str, start: str, end: str, precision: str) -> None:
    """Overnight before a night's days, a part of the day after its day of the week, a night named by its days."""
    span = parse_date(text)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == (start, end, precision)


def test_overnight_reads_a_night_and_no_single_day() -> None:
    """Overnight before the days of a night is that night; before one day (which night?) it is refused, as night of
    is, and so is a night after a day of the week."""
    assert parse_date("overnight 2-3 July 2019").precision == "range"
    for text in ("overnight on 2 July 2019", "Saturday night, 4 January 2020"):
        with pytest.raises(NormalizeError, match="cannot read a date"):
            parse_date(text)


def test_the_days_of_the_week_of_a_night_are_checked() -> None:
    """2-3 July 2019 was Tuesday to Wednesday, not Monday to Tuesday."""
    with pytest.raises(NormalizeError, match="2019-07-02 was a Tuesday and 2019-07-03 a Wednesday, not a Monday"):
        parse_date("ليلة الإثنين الثلاثاء 2-3 يوليو 2019")


# --- the incident whose claims were kept apart ----------------------------------------------------------------------


CASE = """\
case: tripoli-qa
title: Tripoli offensive
parties:
  - {id: lna, name: Libyan National Army, aliases: [LNA, قوات حفتر]}
  - {id: gna, name: Government of National Accord, aliases: [GNA, حكومة الوفاق]}
  - {id: migrants, name: Migrants, aliases: [المهاجرين]}
"""
CASE_GAZETTEER = """\
places:
  - {id: tripoli, name: Tripoli, variants: [طرابلس], country: libya, lat: 32.8872, lon: 13.1913}
  - {id: tajoura, name: Tajoura, variants: [تاجوراء], country: libya, lat: 32.8817, lon: 13.35}
  - {id: tajoura-dc, name: Tajoura Detention Centre, country: libya, lat: 32.864, lon: 13.354}
"""
SOURCES = {
    "volcano.yaml": """\
source: {id: volcano, name: Volcano of Rage media office, kind: belligerent, speaks_for: gna}
claims:
  - id: v-tajoura
    stated: 2019-07-03
    quote: طيران مجرم الحرب حفتر يستهدف مركز إيواء المهاجرين غير الشرعيين بتاجوراء
    date: ليلة 2 إلى 3 يوليو 2019
    place: مركز إيواء المهاجرين غير الشرعيين بتاجوراء
    initiator: lna
    casualties:
      - {party: migrants, category: civilians, killed: نحو 40}
  - id: v-academy
    stated: 2020-01-04
    quote: طيران حفتر المسير يستهدف طلبة الكلية العسكرية بطرابلس
    date: 4 يناير 2020
    place: الكلية العسكرية بطرابلس
    initiator: lna
""",
    "unsmil.yaml": """\
source: {id: unsmil, name: UNSMIL, kind: monitor}
claims:
  - id: u-tajoura
    stated: 2019-07-03
    quote: The airstrike on the Tajoura Detention Centre killed at least 44 migrants.
    date: night of 2 to 3 July 2019
    place: Tajoura Detention Centre, east of Tripoli
    casualties:
      - {party: migrants, category: civilians, killed: at least 44}
  - id: u-academy
    stated: 2020-01-05
    quote: UNSMIL strongly condemns the attack on the Military Academy in Al-Hadhba area in Tripoli last night.
    date: 4 January 2020
    place: Military Academy, Al-Hadhba, Tripoli
""",
    "lemonde.yaml": """\
source: {id: lemonde, name: Le Monde, kind: media}
claims:
  - id: lm-tadjourah
    stated: 2019-07-03
    quote: Au moins 44 migrants ont été tués dans un raid aérien contre un centre de détention à Tadjourah.
    date: nuit du 2 au 3 juillet 2019
    place: centre de détention de migrants de Tadjourah, banlieue est de Tripoli
    casualties:
      - {party: migrants, category: civilians, killed: au moins 44}
  - id: lm-academie
    stated: 2020-01-05
    quote: Une frappe contre une école militaire de Tripoli a fait au moins 28 morts parmi les cadets, samedi soir.
    date: samedi soir 4 janvier 2020
    place: école militaire, quartier d'Al-Hadhba, Tripoli
""",
}


def test_one_incident_named_by_its_building_in_three_languages_is_one_event(tmp_path: Path) -> None:
    """The Tajoura strike and the academy strike, each named by its building in Arabic, English and French, are
    one event each, and Tajoura resolves to the town."""
    for name, text in (("case.yaml", CASE), ("gazetteer.yaml", CASE_GAZETTEER), *SOURCES.items()):
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    rec = reconcile(load_case(tmp_path))
    events = sorted(sorted(event.claims) for event in rec.events)
    assert events == [
        ["lemonde/lm-academie", "unsmil/u-academy", "volcano/v-academy"],
        ["lemonde/lm-tadjourah", "unsmil/u-tajoura", "volcano/v-tajoura"],
    ]
    resolved = {(p.claim, p.resolved) for event in rec.events for p in event.places if p.resolved is not None}
    assert {("volcano/v-tajoura", "tajoura"), ("lemonde/lm-tadjourah", "tajoura"),
            ("volcano/v-academy", "tripoli")} <= resolved


# --- an airport's "international" ----------------------------------------------------------------------------------


def test_an_airports_international_names_no_place() -> None:
    """مطار معيتيقة الدولي and l'aéroport international de Mitiga are Mitiga; International Falls keeps its word."""
    read = [split_places(text) for text in (
        "مطار معيتيقة الدولي", "l'aéroport international de Mitiga", "Benina International Airport",
        "International Falls")]
    assert read == [("معيتيقة",), ("Mitiga",), ("Benina",), ("International Falls",)]


# --- Arabic counts as Libyan and Maghrebi statements write them ------------------------------------------------------


ARABIC_COUNTS = {
    "أزيد من 40": (41, None),  # Maghrebi: more than
    "ما يفوق 40": (41, None),
    "يزيد عن 40": (41, None),
    "ما يربو على 40": (41, None),
    "ما يناهز ٤٠": (32, 48),
    "لا خسائر بشرية": (0, 0),
    "دون إصابات": (0, 0),
    "بدون إصابات": (0, 0),
}


def test_arabic_counts_of_libyan_and_maghrebi_statements() -> None:
    """أزيد من and ما يفوق are more than, ما يناهز about, دون إصابات and لا خسائر بشرية none."""
    read = {text: (count.low, count.high) for text in ARABIC_COUNTS for count in (parse_count(text),)}
    assert read == ARABIC_COUNTS


def test_an_arabic_dual_is_refused_as_two() -> None:
    """قتيلان (two killed) is a noun in the dual, no figure: the message says to write 2."""
    with pytest.raises(NormalizeError, match="'قتيلان' is the dual of a noun: two of them; write 2"):
        parse_count("قتيلان")


def test_an_air_base_is_named_by_its_place() -> None:
    """قاعدة الوطية الجوية, Watiya air base and base aérienne d'al-Watiya are al-Watiya; Aïr keeps its name."""
    read = [split_places(text) for text in (
        "قاعدة الوطية الجوية", "Watiya air base", "Al-Watiya Air Base", "base aérienne d'al-Watiya",
        "the Aïr mountains")]
    assert read == [("الوطية",), ("Watiya",), ("Al-Watiya",), ("al-Watiya",), ("Aïr",)]
