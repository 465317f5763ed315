"""Defects found in the QA of a case of attacks on shipping in the Red Sea and the Gulf of Aden, 2023–2024 (the
Galaxy Leader, the Rubymar, the True Confidence, the Tutor, the Verbena; the Houthi claims of hits on the USS
Eisenhower): Yahya Saree's statements in Arabic, CENTCOM, UKMTO and Ambrey advisories, ship operators, the
Philippine DFA and Reuters.

1. Nautical miles were no distance unit: UKMTO's "54NM southwest of Aden", "50 NM west of Mokha", "35NM south of Al
   Mukha" were read as places named "54NM", "50 NM", "35NM", which met nothing, and the abbreviated points of the
   compass ("97NM NW of Hodeidah") were read as names. NM, nm and nmi are units, and NE, SW, NNE ... are compass
   words in a direction phrase.
2. "the Gulf of Aden" was read as two places, "Gulf" and Aden, the port (a container): a claim in the gulf met any
   claim in the port as one gazetteer place. "Gulf of", "Sea of", "Strait of", "Bay of" and "Ocean of" before a
   capitalised name are one name (the Gulf of Aden, the Sea of Azov, the Strait of Hormuz).
3. "off the coast of Hodeidah" named a place "coast", and the Houthi "قبالة المخا" (off Mokha) a place of both words
   that met Mokha nowhere: the lower-case coast, coasts, waters and shore, and the Arabic قبالة (off) and سواحل
   (coasts) are context.
4. Two incidents placed from one port at distances and bearings far apart ("50 NM west of Mokha", "10 NM south of
   Mokha") met as one gazetteer place (+6) and were merged. The distance and bearing of a place given from one
   place alone are read (`places.offset`), and two that put the incidents farther apart than the last `near_km`
   level are different places (`place_far`).
5. A ship's name in quotes in `event` set the event's type: the tanker "Sniper" was a shooting, the ship "Ambush" a
   clash. A quoted name is left out before the event's words are read.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from reconcile.load import load_case
from reconcile.match import event_type
from reconcile.pipeline import reconcile
from reconcile.places import Mention, mentions, offset, offset_apart_km, split_places, water_namesake

# --- 1. nautical miles and abbreviated compass points ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("54NM southwest of Aden", ("Aden",)),
        ("54 NM southwest of Aden", ("Aden",)),
        ("54 nm south-west of Aden", ("Aden",)),
        ("80 nmi west of Aden", ("Aden",)),
        ("35NM south of Al Mukha", ("Al Mukha",)),
        ("97NM NW of Hodeidah", ("Hodeidah",)),
        ("approximately 70NM SE of Aden", ("Aden",)),
    ],
)
def test_nautical_miles_and_compass_abbreviations_are_a_distance(text: str, names: tuple[str, ...]) -> None:
    assert split_places(text) == names


def test_compass_abbreviations_only_in_a_direction_phrase() -> None:
    """NW after a distance is a direction; elsewhere the letters stay what they were."""
    assert split_places("some 97NM NW of Hodeidah") == ("Hodeidah",)
    assert split_places("70 km NNE of Hodeidah") == ("Hodeidah",)
    assert split_places("Kafr Nabl, 20 km NE of Idlib") == ("Kafr Nabl",)
    assert split_places("Se Kong") == ("Se Kong",)


# --- 2. a gulf, a sea, a strait of a name -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gulf of Aden", ("Gulf of Aden",)),
        ("in the Gulf of Aden", ("Gulf of Aden",)),
        ("the Sea of Azov", ("Sea of Azov",)),
        ("Strait of Hormuz", ("Strait of Hormuz",)),
        ("the Bay of Bengal", ("Bay of Bengal",)),
        ("Gulf of Aden, 54NM SW of Aden", ("Gulf of Aden",)),
    ],
)
def test_a_water_body_of_a_name_is_one_name(text: str, names: tuple[str, ...]) -> None:
    assert split_places(text) == names
    assert water_namesake(names[0]) == names[0].split()[-1]
    # Not other words before "of": the district of a city is still in it.
    assert split_places("police district 9 of Kabul") == ("district 9", "Kabul")


# --- 3. off the coast ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("off the coast of Hodeidah", ("Hodeidah",)),
        ("in the waters off Aden", ("Aden",)),
        ("قبالة المخا", ("المخا",)),
        ("قبالة سواحل الحديدة", ("الحديدة",)),
    ],
)
def test_the_coast_off_a_port_is_context(text: str, names: tuple[str, ...]) -> None:
    assert split_places(text) == names
    # Capitalised, the coast is a word of a name.
    assert split_places("Ivory Coast") == ("Ivory Coast",)
    assert split_places("Gold Coast") == ("Gold Coast",)


# --- 4. two places given from one port ----------------------------------------------------------------------------


def test_offset_reads_distance_and_bearing() -> None:
    assert offset("54NM southwest of Aden") == (100.008, 225.0)
    assert offset("54NM SW of Aden") == (100.008, 225.0)
    assert offset("50 nautical miles southwest of Aden") == (92.6, 225.0)
    assert offset("about 50 nautical miles off Aden") == (92.6, None)
    assert offset("20 km north of Gao") == (20.0, 0.0)
    assert offset("2.5 km north-east of Gao") == (2.5, 45.0)
    assert offset("near Gao") is None
    assert offset("20 km north of Gao and 30 km south of Mopti") is None
    assert offset_apart_km((100.008, 225.0), (92.6, 225.0)) == pytest.approx(7.408)
    assert offset_apart_km((92.6, 270.0), (18.52, 180.0)) == pytest.approx(94.43, abs=0.01)
    assert offset_apart_km((92.6, None), (18.52, 180.0)) is None


CASE = """\
case: red-sea-test
title: Red Sea test
parties:
  - id: houthis
    name: Ansar Allah (Houthis)
  - id: seafarers
    name: Merchant seafarers
"""
GAZETTEER = """\
places:
  - {id: mokha, name: Mokha, variants: [Al Mukha, المخا], country: yemen, lat: 13.3196, lon: 43.25}
  - {id: aden, name: Aden, variants: [عدن], country: yemen, lat: 12.7855, lon: 45.0187}
"""


def _source(source: str, kind: str, place: str, event: str) -> str:
    return textwrap.dedent(f"""\
        source: {{id: {source}, name: {source}, kind: {kind}}}
        claims:
          - id: c1
            stated: 2024-07-15
            quote: a vessel was hit {place}
            date: 2024-07-15
            place: {place}
            event: {event}
            initiator: houthis
        """)


def _events(tmp_path: Path, a: str, b: str, event: str = "missile strike on a vessel") -> list[list[str]]:
    (tmp_path / "case.yaml").write_text(CASE, encoding="utf-8")
    (tmp_path / "gazetteer.yaml").write_text(GAZETTEER, encoding="utf-8")
    (tmp_path / "ukmto.yaml").write_text(_source("ukmto", "monitor", a, event), encoding="utf-8")
    (tmp_path / "ambrey.yaml").write_text(_source("ambrey", "analyst", b, event), encoding="utf-8")
    return sorted(sorted(event.claims) for event in reconcile(load_case(tmp_path)).events)


def test_two_incidents_given_far_apart_from_one_port_stay_apart(tmp_path: Path) -> None:
    """50 NM west and 10 NM south of Mokha lie 94 km apart: two incidents, not one gazetteer place."""
    assert _events(tmp_path, "50NM west of Mokha", "10 NM south of Mokha") == [["ambrey/c1"], ["ukmto/c1"]]
    assert _events(tmp_path, "50 nautical miles west of Mokha", "20 km south of Mokha") == [["ambrey/c1"], ["ukmto/c1"]]


def test_one_incident_given_from_one_port_in_two_ways_is_one(tmp_path: Path) -> None:
    """54NM SW and 50 nautical miles southwest of Aden lie 7 km apart; a distance without a bearing says nothing of
    where from the port."""
    one, event = [["ambrey/c1", "ukmto/c1"]], "vessel incident"
    assert _events(tmp_path, "54NM SW of Aden", "50 nautical miles southwest of Aden", event) == one
    assert _events(tmp_path, "54NM southwest of Aden", "about 50 nautical miles off Aden", event) == one


def test_an_advisory_in_nautical_miles_meets_a_claim_off_the_port(tmp_path: Path) -> None:
    """UKMTO's "35NM south of Al Mukha" against the Houthi "قبالة المخا": one gazetteer place, +6 (before, "35NM" was
    a place of its own, or with NM read, "قبالة المخا" only came near Mokha: +1), enough with the day alone."""
    assert _events(tmp_path, "35NM south of Al Mukha", "قبالة المخا", event="vessel incident") == [
        ["ambrey/c1", "ukmto/c1"]]


def test_the_gulf_of_aden_is_not_the_port_of_aden(tmp_path: Path) -> None:
    """A claim "in the Gulf of Aden" does not meet one "in Aden" as one gazetteer place (+6 before): the gulf is
    named after the port, which it names as a reference, one area (+1)."""
    assert mentions("in the Gulf of Aden") == (Mention("Gulf of Aden", "in the Gulf of Aden"),
                                               Mention("Aden", "in the Gulf of Aden", reference=True))
    assert _events(tmp_path, "in the Gulf of Aden", "in Aden", "vessel incident") == [["ambrey/c1"], ["ukmto/c1"]]


def test_the_gulf_of_aden_meets_a_place_given_from_aden(tmp_path: Path) -> None:
    """CENTCOM's "in the Gulf of Aden" and UKMTO's "54NM SW of Aden" about a missile strike on one day: one area
    (+1), the day (+3) and the kind (+1) make one incident. Before, "54NM SW" was a place of its own (−4)."""
    assert _events(tmp_path, "in the Gulf of Aden", "54NM SW of Aden") == [["ambrey/c1", "ukmto/c1"]]
    assert _events(tmp_path, "خليج عدن", "54NM SW of Aden") == [["ambrey/c1", "ukmto/c1"]]


# --- 5. a ship's name in quotes in the event ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('seizure of the tanker "Sniper"', "unknown"),
        ("seizure of the ship “Ambush”", "unknown"),
        ("seizure of the tanker „Raid“", "unknown"),
        ('missile attack on the ship "Execution Star"', "shelling"),
    ],
)
def test_a_name_in_quotes_sets_no_event_type(text: str, kind: str) -> None:
    """The ship a coder names in quotes is no word of the event; a quote inside a word (a Hebrew acronym's
    gershayim) or around the whole text is read."""
    assert event_type(text) == kind
    assert event_type('"ambush"') == "clash"
    assert event_type('ירי של צה"ל') == event_type("ירי של צה״ל") == "shooting"
