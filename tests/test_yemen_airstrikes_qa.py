"""Defects found in the QA of a case of disputed air strikes in Yemen, 2018–2022 (the Dahyan school bus, Saada, 9
August 2018; the Hodeidah fish market, 2 August 2018; the Saada remand prison and the Hodeidah telecom building, 21
January 2022): Saba and Al Masirah in Arabic relaying the Houthi-run health ministry, the coalition's spokesman via
SPA in Arabic and English, the coalition's JIAT, the ICRC, UNICEF and OCHA, MSF, Save the Children, Reuters and AP.

1. Arabic news dates an attack by today or yesterday before the date it names: Saba's ``فجر اليوم الجمعة 21 يناير
   2022`` (at dawn today, Friday 21 January 2022), ``صباح اليوم الخميس 9 أغسطس 2018``, ``أمس الخميس 9 أغسطس 2018``.
   They were refused with the general list of forms, where ``فجر الجمعة 21 يناير 2022`` was read. The date says
   which day; the day of the week is still checked.
2. A date written as the source wrote it from its own day (``yesterday``, Al Masirah's ``أمس``, ``last night``) was
   refused with the general list of forms, which does not say what is wrong: the message now says that the date does
   not know the day of the statement, and what to write.
3. A claim relaying a party by its id (``relays: houthis``, as docs/merge-rules.md asks for a party's voice with no
   source of its own) was named by the id in every conflict sentence ("Saba News Agency (relaying houthis) says
   51"), in the report's "Whose word" row and its relay chains (relaying “houthis”, in quotes as an unknown name).
   The party is named by its name, as the initiator and the casualties are.
4. The prison struck in Saada was named with words of its kind that were read as words of the name: "Saada remand
   prison" was the place "Saada remand", "Saada detention centre" "Saada detention", "Ofer detention facility" a
   name of three words, Saba's "السجن الاحتياطي، صعدة" (the remand prison, Saada) a place "الاحتياطي" beside Saada,
   and "مبنى الاتصالات، الحديدة" (the telecommunications building, Hodeidah) a place of its own; none resolved to
   the gazetteer's Saada. The prison's and the building's words are context words, as prison and hospital are.
5. An Arabic unit or settlement word with "in" written onto it (بمحافظة, in the governorate of; بمدينة, in the
   city of) after a name was read as that name's word: "سوق ضحيان بمحافظة صعدة" (Dahyan market in Saada
   governorate) made Dahyan a region and Saada the incident's place, and "السجن الاحتياطي بمدينة صعدة" (the remand
   prison in the city of Saada) a place "الاحتياطي بمدينة صعدة". Such a word is a preposition and its noun: it
   names the next name, as Arabic and Hebrew write units before their names.
6. The coalition denied the Dahyan strike's toll on 10 August 2018 ("the claims ... are false"; killed: 0) and
   accepted its investigators' finding that the strike was unjustified on 1 September. Coded without `supersedes`,
   the denial kept counting beside the admission: the event's low end was 0 and every toll had a casualty conflict
   with the coalition's "none", with nothing to say that the source had taken it back. `validate` and `run` now note
   an assertion that follows a denial of its source (same voice, shared days, one place) with no link.
7. A toll with a part of it, as the Houthi health ministry's "51 شهيدا بينهم 40 طفلا" (51 martyrs, among them 40
   children) and Reuters' "51 people, including 40 children", was refused with the general list of forms: the
   message now gives the whole to write.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import attrs
import pytest

from reconcile.errors import NormalizeError
from reconcile.load import load_case
from reconcile.normalize import parse_count, parse_date
from reconcile.notes import case_notes
from reconcile.pipeline import reconcile
from reconcile.places import mentions
from reconcile.report import build_view

# --- 1. today and yesterday before an Arabic date ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("فجر اليوم الجمعة 21 يناير 2022", "2022-01-21"),
        ("فجر اليوم الجمعة 21 يناير 2022م", "2022-01-21"),
        ("صباح اليوم الخميس 9 أغسطس 2018", "2018-08-09"),
        ("ظهر اليوم الخميس 9 أغسطس 2018", "2018-08-09"),
        ("مساء اليوم 9 أغسطس 2018", "2018-08-09"),
        ("اليوم الخميس 9 أغسطس 2018", "2018-08-09"),
        ("اليوم الخميس الموافق 9 أغسطس 2018", "2018-08-09"),
        ("أمس الخميس 9 أغسطس 2018", "2018-08-09"),
        ("امس الخميس 9 اغسطس 2018", "2018-08-09"),
        ("مساء أمس الخميس 9 آب 2018", "2018-08-09"),
        ("فجر اليوم الجمعة 18 جمادى الآخرة 1443هـ", "2022-01-21"),
    ],
)
def test_today_or_yesterday_before_an_arabic_date_is_that_date(text: str, day: str) -> None:
    """Today (اليوم) or yesterday (أمس), alone or after a part of the day, before a date: the date's day."""
    span = parse_date(text)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == (day, day, "day")


def test_the_day_of_the_week_after_today_is_still_checked() -> None:
    """"Today, Friday 9 August 2018" is refused: 9 August 2018 was a Thursday."""
    with pytest.raises(NormalizeError, match="2018-08-09 was a Thursday, not a Friday"):
        parse_date("اليوم الجمعة 9 أغسطس 2018")


# --- 2. a day named from the statement's day ----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["yesterday", "Yesterday morning", "yesterday's strike", "last night", "today",
                                  "أمس", "فجر اليوم", "أمس الخميس", "الليلة الماضية"])
def test_a_day_named_from_the_statement_is_refused_with_what_to_write(text: str) -> None:
    """Yesterday, today, last night alone: the message says the date does not know the statement's day."""
    with pytest.raises(NormalizeError) as error:
        parse_date(text)
    assert str(error.value) == (
        f"cannot read a date from {text!r}: a day named from the day of the statement (yesterday, today, last night) "
        "is a day the date does not know; write that day, counted from 'stated' (for yesterday, the day before "
        "it), and keep the words in the quote")


# --- 3. a party relayed by its id is named ------------------------------------------------------------------------


CASE = """\
case: yemen-test
title: Yemen test
parties:
  - id: houthis
    name: Ansar Allah (Houthis)
    aliases: [Houthi]
  - id: coalition
    name: Saudi-led coalition
"""
SABA = """\
source: {id: saba, name: Saba News Agency, kind: media, aligned_with: [houthis]}
claims:
  - id: s1
    stated: 2018-08-13
    quote: ارتفاع حصيلة جريمة العدوان في ضحيان إلى 51 شهيدا
    date: 2018-08-09
    place: Dahyan
    initiator: coalition
    relays: houthis
    casualties:
      - {party: houthis, category: civilians, killed: 51}
"""
ICRC = """\
source: {id: icrc, name: International Committee of the Red Cross, kind: monitor}
claims:
  - id: i1
    stated: 2018-08-09
    quote: the bodies of 29 children
    date: 2018-08-09
    place: Dahyan
    casualties:
      - {party: houthis, category: civilians, killed: 29}
"""


def test_a_party_relayed_by_its_id_is_named_by_its_name(tmp_path: Path) -> None:
    """The conflict sentence, the relay chain and the "Whose word" row name the party, not its id."""
    for name, text in (("case.yaml", CASE), ("saba.yaml", SABA), ("icrc.yaml", ICRC)):
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    rec = reconcile(load_case(tmp_path))
    (event,) = rec.events
    (conflict,) = [c for c in event.conflicts if c.kind == "casualties"]
    assert "Saba News Agency (relaying Ansar Allah (Houthis)) says 51" in conflict.summary
    view = build_view(rec, generated="2026-01-01T00:00:00Z", engine_version="1")
    (card,) = view.events
    assert card.relays == ("Saba News Agency, relaying Ansar Allah (Houthis) (saba/s1)",)
    whose = {c.id: c.whose_word for c in card.claims}
    assert whose["saba/s1"] == "Saba News Agency, relaying Ansar Allah (Houthis)"


# --- 4. the words of a prison or a building struck ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Saada remand prison", ["Saada"]),
        ("Saada detention centre", ["Saada"]),
        ("the detention centre in Saada", ["Saada"]),
        ("Ofer detention facility", ["Ofer"]),
        ("Zhytomyr pre-trial detention centre", ["Zhytomyr"]),
        ("السجن الاحتياطي، صعدة", ["صعدة"]),
        ("السجن المركزي في صعدة", ["صعدة"]),
        ("telecommunications building, Al-Hodeidah", ["Al-Hodeidah"]),
        ("مبنى الاتصالات، الحديدة", ["الحديدة"]),
    ],
)
def test_a_prison_or_building_struck_is_named_by_its_place(text: str, names: list[str]) -> None:
    """Remand, detention, facility, building and their Arabic words are context words, as prison is."""
    assert [m.name for m in mentions(text)] == names


# --- 5. an Arabic unit word with "in" written onto it names the next name ----------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("سوق ضحيان بمحافظة صعدة", [("ضحيان", None), ("صعدة", "region")]),
        ("سجن صعدة بمديرية مجز", [("صعدة", None), ("مجز", "region")]),
        ("السجن الاحتياطي بمدينة صعدة", [("صعدة", "settlement")]),
        ("مستشفى الثورة بمدينة الحديدة", [("الثورة", None), ("الحديدة", "settlement")]),
        ("رأس العين بمحافظة الحسكة", [("رأس العين", None), ("الحسكة", "region")]),
        ("שדרות במחוז הדרום", [("שדרות", None), ("הדרום", "region")]),
    ],
)
def test_an_arabic_unit_word_with_in_names_the_next_name(text: str, read: list[tuple[str, str | None]]) -> None:
    """بمحافظة after a name is the next name's governorate, not the word of the name before it."""
    assert [(m.name, m.kind) for m in mentions(text)] == read


GAZETTEER = """\
places:
  - {id: dahyan, name: Dahyan, variants: [ضحيان], country: yemen, region: Saada, lat: 17.07, lon: 43.60}
  - {id: saada, name: Saada, variants: [صعدة], country: yemen, region: Saada, lat: 16.94, lon: 43.76}
"""
PRISON = """\
source: {id: saba, name: Saba News Agency, kind: media, aligned_with: [houthis]}
claims:
  - id: prison
    stated: 2022-01-22
    quote: ارتفاع حصيلة ضحايا جريمة استهداف السجن الاحتياطي بصعدة إلى 87 شهيدا
    date: 2022-01-21
    place: السجن الاحتياطي بمدينة صعدة
    relays: houthis
    casualties:
      - {party: houthis, category: civilians, killed: 87}
  - id: bus
    stated: 2018-08-09
    quote: استشهاد 43 مواطنا في غارة استهدفت حافلة تقل طلابا في سوق ضحيان
    date: 2018-08-09
    place: سوق ضحيان بمحافظة صعدة
    relays: houthis
    casualties:
      - {party: houthis, category: civilians, killed: 43}
"""


def test_arabic_places_resolve_to_the_incidents_place(tmp_path: Path) -> None:
    """The remand prison in the city of Saada is at Saada; Dahyan market in Saada governorate at Dahyan."""
    for name, text in (("case.yaml", CASE), ("gazetteer.yaml", GAZETTEER), ("saba.yaml", PRISON)):
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    rec = reconcile(load_case(tmp_path))
    places = {(p.claim, p.text, p.resolved) for event in rec.events for p in event.places}
    assert places == {("saba/prison", "صعدة", "saada"), ("saba/bus", "ضحيان", "dahyan"),
                      ("saba/bus", "صعدة", "saada")}
    (bus,) = [event for event in rec.events if "saba/bus" in event.claims]
    assert [p.text for p in bus.places if p.resolved == "dahyan"] == ["ضحيان"]


# --- 6. a denial taken back without a link is noted ----------------------------------------------------------------


COALITION = """\
source: {{id: coalition, name: Saudi-led coalition, kind: belligerent, speaks_for: coalition}}
claims:
  - id: deny
    stated: {deny_stated}
    quote: The claims that the coalition targeted a bus of school children are false.
    date: 2018-08-09
    place: Dahyan
    stance: denies
    casualties:
      - {{party: houthis, category: civilians, killed: 0}}
  - id: accept
    stated: 2018-09-01
    quote: The Joint Forces Command accepts the results of the JIAT and regrets the mistakes.
    date: 9 August 2018
    place: {place}
    initiator: coalition
{link}
"""


def notes_of(tmp_path: Path, *, deny_stated: str = "2018-08-10", place: str = "Dahyan market",
             link: str = "") -> list[str]:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "case.yaml").write_text(CASE, encoding="utf-8")
    text = COALITION.format(deny_stated=deny_stated, place=place, link=link)
    (tmp_path / "coalition.yaml").write_text(text, encoding="utf-8")
    return [f"{n.claim}: {n.field}: {n.message}" for n in case_notes(load_case(tmp_path))]


def test_an_admission_after_a_denial_without_a_link_is_noted(tmp_path: Path) -> None:
    """The later assertion names the denial it may take back, and the link to write."""
    assert notes_of(tmp_path) == [
        "coalition/accept: supersedes: accept (stated 2018-09-01) asserts the incident that deny (stated 2018-08-10) "
        "denies, about 9 August 2018 at 'Dahyan market', with no link between them: the denial still counts, its "
        "figures and the party it blames or clears beside accept; if accept takes the denial back (an admission "
        "after a denial), write supersedes: deny; if the source still denies the toll or who did it, nothing needs "
        "to change"]


@pytest.mark.parametrize(
    "fields",
    [
        {"link": "    supersedes: deny"},  # the link is written
        {"deny_stated": "2018-09-01"},  # one statement: a strike announced, its civilian toll denied
        {"deny_stated": "2018-09-02"},  # the denial comes after: it denies the toll, not the incident
        {"place": "Hodeidah"},  # another place
    ],
)
def test_no_note_where_the_denial_is_linked_later_or_elsewhere(tmp_path: Path, fields: dict[str, str]) -> None:
    """A linked revision, a denial of the same day or later, or one about another place is no admission after it
    (where the same claims without the change are noted). The denial of the same day is noted as one statement's
    assertion and denial instead, which never share an event (`stance`: tests/test_zakho_2022_qa.py)."""
    assert len(notes_of(tmp_path / "noted")) == 1
    assert [note for note in notes_of(tmp_path / "changed", **fields) if ": stance: " not in note] == []


def test_after_a_run_the_note_follows_the_events(tmp_path: Path) -> None:
    """Where the events are known, the pair is noted where the admission shares the denial's event, whatever names
    their places, and not where the two are apart."""
    from reconcile.models import Event

    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "case.yaml").write_text(CASE, encoding="utf-8")
    (tmp_path / "coalition.yaml").write_text(
        COALITION.format(deny_stated="2018-08-10", place="Dahyan market", link=""), encoding="utf-8")
    case = load_case(tmp_path)
    together = reconcile(case).events
    assert [sorted(event.claims) for event in together] == [["coalition/accept", "coalition/deny"]]
    assert [n.claim for n in case_notes(case, together)] == ["coalition/accept"]
    # The same claims in two events (as a run with other weights may make them): nothing counts together.
    apart = tuple(attrs.evolve(together[0], id=f"ev-{gid}", claims=(gid,)) for gid in together[0].claims)
    assert all(isinstance(event, Event) for event in apart)
    assert case_notes(case, apart) == ()


# --- 7. a toll with a part of it --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "whole"),
    [
        ("51, including 40 children", "including", "51"),
        ("at least 29, among them 10 women", "among them", "at least 29"),
        ("51 شهيدا بينهم 40 طفلا", "بينهم", "51"),
        ("أكثر من 80 منهم 10 أطفال", "منهم", "أكثر من 80"),
        ("79 (56 children)", "(", "79"),
    ],
)
def test_a_toll_with_a_part_of_it_gives_the_whole_to_write(text: str, word: str, whole: str) -> None:
    """The message names the words of the part and the whole to write."""
    with pytest.raises(NormalizeError) as error:
        parse_count(text)
    assert str(error.value).startswith(
        f"cannot read a count from {text!r}: the words from {word!r} on give a part of the figure (who some of them "
        f"were); write {whole!r}, the whole, and keep the part in the quote; expected ")
