"""An event's title, the ``places`` column of events.csv and the changes list an unresolved place once for the
spellings its claims wrote that the places module calls one place (`places.SAME_PLACE_THRESHOLD`), not only for
those of one key (`places.fold`): QA rounds saw "Pont-Sondé; Ponsonde" and "Perexê; Barakh; برخ" where the claims
spell one place differently. Names one claim lists side by side, and names with other generic words or
qualifiers, stay apart."""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.cli import main
from reconcile.merge import place_names
from reconcile.models import PlaceMention

from .conftest import MakeCase


def unresolved(claim: str, text: str) -> PlaceMention:
    return PlaceMention(claim, claim.partition("/")[0], text)


def test_spellings_of_one_unresolved_place_are_one_name_by_most_sources() -> None:
    """Ponsonde (two sources) and Pont-Sondé (one) are one place, 0.95 apart: Ponsonde. Beside it, the border of
    Armenia and Azerbaijan stays apart from a misspelt Armenia–Azerbaijan (other generic words), Donetsk region
    from Donetsk, and Upper from Lower Ponsonde."""
    places = (unresolved("hpn/a", "Pont-Sondé"), unresolved("afp/b", "Ponsonde"), unresolved("ap/c", "Ponsonde"))
    assert place_names(places) == ("Ponsonde",)
    apart = (unresolved("a/1", "Armenia–Azerbaijan border"), unresolved("b/1", "Armenia–Azerbayjan"),
             unresolved("c/1", "Donetsk region"), unresolved("d/1", "Donetsk"),
             unresolved("e/1", "Upper Ponsonde"), unresolved("f/1", "Lower Ponsonde"))
    assert place_names((*places, *apart)) == ("Ponsonde", "Armenia–Azerbaijan border", "Armenia–Azerbayjan",
                                              "Donetsk region", "Donetsk", "Upper Ponsonde", "Lower Ponsonde")


def test_a_place_spelt_in_three_ways_by_three_sources_is_titled_by_the_first_in_unicode_order() -> None:
    """Perexê (Kurmanji), Barakh and برخ, one source each: one place, by the first of its spellings as many wrote;
    by برخ once a second source writes it."""
    places = (unresolved("anha/a", "Perexê"), unresolved("sohr/b", "Barakh"), unresolved("sana/c", "برخ"))
    assert place_names(places) == ("Barakh",)
    assert place_names((*places, unresolved("jazeera/d", "برخ"))) == ("برخ",)


def test_names_one_claim_lists_stay_two_however_alike() -> None:
    """One claim names Perexê and Barakh, so they are two places; another's برخ joins the closer, Barakh."""
    places = (unresolved("anha/a", "Perexê"), unresolved("anha/a", "Barakh"), unresolved("sana/c", "برخ"))
    assert place_names(places) == ("Perexê", "Barakh")
    # Two claims of one source may name one place two ways: only a claim's own list keeps names apart.
    assert place_names((unresolved("anha/a", "Perexê"), unresolved("anha/b", "Barakh"))) == ("Barakh",)


SPELLINGS = (
    ("hpn/a", "Pont-Sondé"), ("afp/b", "Ponsonde"), ("ap/c", "Ponsonde"), ("anha/a", "Perexê"),
    ("anha/a", "Barakh"), ("sana/c", "برخ"), ("sohr/d", "Barakh"), ("a/1", "Armenia–Azerbaijan border"),
    ("b/1", "Armenia–Azerbayjan"), ("c/1", "Nagorno-Karabakh"), ("d/1", "Nagorny Karabakh"),
    ("e/1", "Нагорный Карабах"),
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.permutations(SPELLINGS))
def test_the_names_depend_on_no_order_of_the_mentions(order: list[tuple[str, str]]) -> None:
    """Any order of the mentions groups the same names and titles each group alike (only the order of first
    appearance follows the mentions)."""
    names = place_names(tuple(unresolved(claim, text) for claim, text in order))
    assert sorted(names) == sorted(("Ponsonde", "Perexê", "Barakh", "Armenia–Azerbaijan border",
                                    "Armenia–Azerbayjan", "Nagorno-Karabakh"))


def source(source_id: str, place: str) -> str:
    return f"""\
source:
  id: {source_id}
  name: {source_id.upper()}
  kind: media
claims:
  - id: c1
    stated: 2021-08-16
    quote: A market in {place} was shelled
    date: 2021-08-16
    place: {place}
    event: shelling
    initiator: gangs
    casualties:
      - party: civilians
        category: civilians
        killed: 3
"""


CASE = """\
case: artibonite-market
title: Shelling of a market in the Artibonite
parties:
  - id: gangs
    name: Armed gangs
  - id: civilians
    name: Civilians
"""


def test_the_outputs_title_an_unresolved_place_once(make_case: MakeCase, tmp_path: Path) -> None:
    """A place no gazetteer holds, spelt Pont-Sondé by one source and Ponsonde by two: events.csv lists it once."""
    folder = make_case({"case.yaml": CASE, "hpn.yaml": source("hpn", "Pont-Sondé"),
                        "afp.yaml": source("afp", "Ponsonde"), "ap.yaml": source("ap", "Ponsonde")})
    out = tmp_path / "out"
    assert main(["run", "-q", "--no-previous", "--timestamp", "2026-01-01T00:00:00Z", "--out", str(out),
                 str(folder)]) == 0
    (row,) = csv.DictReader((out / "events.csv").read_text(encoding="utf-8").splitlines())
    assert (row["places"], row["gazetteer_ids"]) == ("Ponsonde", "")
    assert "16 August 2021 — Ponsonde<" in (out / "report.html").read_text(encoding="utf-8")
