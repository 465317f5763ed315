"""Period totals over one period and one area match each other (docs/matching.md, "Period totals"). Found coding
the war totals of August 2008 in and around South Ossetia: Georgia's ministry said 169 of its soldiers were killed,
the EU fact-finding mission 170; Russia's ministry said 64 of its soldiers, the mission 67. The totals name a
country or a party's land ("Georgia", "Южная Осетия"), which is no place: they shared no blocking key and scored
below the threshold, and the disagreements were never flagged. Each test failed before the change."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import reconcile
from reconcile.block import is_candidate
from reconcile.match import MatchConfig, Scorer

from .test_block_fast import chunked_links_match
from .test_match import case_of, claim, features, score, weight

CONFIG = MatchConfig()

# ---------------------------------------------------------------------------------------------------------------
# The case, through the Python API
# ---------------------------------------------------------------------------------------------------------------

CASE = """\
case: 2008-south-ossetia-totals
title: War totals of the August 2008 war in and around South Ossetia
parties:
  - id: georgia
    name: Georgia
    aliases: [Georgian, Georgian forces, საქართველო, Грузия]
  - id: russia
    name: Russian Federation
    aliases: [Russia, Russian, Russian forces, Россия]
  - id: south-ossetia
    name: South Ossetia (de facto authorities)
    aliases: [South Ossetian, Южная Осетия, სამხრეთ ოსეთი]
    aligned_with: [russia]
"""

SOURCES = {
    "ge-mod.yaml": """\
source: {id: ge-mod, name: Ministry of Defence of Georgia, kind: belligerent, speaks_for: georgia}
claims:
  - id: war-losses
    stated: 2008-09-15
    quote: ომის დროს დაიღუპა 169 ქართველი სამხედრო მოსამსახურე.
    date: 2008-08-07/2008-08-12
    place: საქართველო
    event: total losses of the war
    initiator: russia
    casualties:
      - {party: georgia, category: soldiers, killed: 169}
  - id: gori-0812
    stated: 2008-08-12
    quote: რუსულმა ავიაციამ დაბომბა გორი.
    date: 2008-08-12
    place: Gori
    event: airstrike
    initiator: russia
    casualties:
      - {party: georgia, category: civilians, killed: 8}
""",
    "ru-mod.yaml": """\
source: {id: ru-mod, name: Ministry of Defence of Russia, kind: belligerent, speaks_for: russia}
claims:
  - id: losses-0820
    stated: 2008-08-20
    quote: >-
      Потери российских войск за весь период операции по принуждению Грузии к миру составили 64 человека погибшими
      и 283 ранеными.
    date: с 8 по 12 августа 2008
    place: Южная Осетия
    event: потери за весь период операции
    initiator: georgia
    casualties:
      - {party: russia, category: soldiers, killed: 64, wounded: 283}
""",
    "iiffmcg.yaml": """\
source: {id: iiffmcg, name: Independent International Fact-Finding Mission on the Conflict in Georgia, kind: analyst}
claims:
  - id: ge-toll
    stated: 2009-09-30
    quote: "Georgian losses: 170 servicemen, 14 policemen and 228 civilians killed."
    date: 7-12 August 2008
    place: Georgia
    event: war (total losses)
    casualties:
      - {party: georgia, category: soldiers, killed: 170}
      - {party: georgia, category: civilians, killed: 228}
  - id: ru-toll
    stated: 2009-09-30
    quote: "Russian losses: 67 servicemen killed, 283 wounded."
    date: 7-12 August 2008
    place: South Ossetia
    event: war (total losses)
    casualties:
      - {party: russia, category: soldiers, killed: 67, wounded: 283}
""",
    "hrw.yaml": """\
source: {id: hrw, name: Human Rights Watch, kind: monitor}
claims:
  - id: gori-district-toll
    stated: 2009-01-23
    quote: In total, at least 50 civilians were killed in Gori district during the war.
    date: 2008-08-07/2008-08-12
    place: Gori district
    event: civilian deaths (total)
    casualties:
      - {party: georgia, category: civilians, killed: at least 50}
  - id: tskhinvali-district-toll
    stated: 2009-01-23
    quote: In total, at least 50 civilians were killed in the Tskhinvali district during the war, by our count.
    date: 2008-08-07/2008-08-12
    place: Tskhinvali district
    event: civilian deaths (total)
    casualties:
      - {party: south-ossetia, category: civilians, killed: at least 50}
""",
    "osce.yaml": """\
source: {id: osce, name: OSCE Mission to Georgia, kind: monitor}
claims:
  - id: prewar-shooting
    stated: 2008-08-06
    quote: >-
      Since the start of the year the mission has recorded 31 shooting incidents in the Georgian–Ossetian conflict
      zone, with 9 people killed.
    date: 2008-01-01/2008-08-06
    place: the Georgian–Ossetian conflict zone
    event: shooting incidents (total since the start of the year)
    casualties:
      - {party: unknown, category: unknown, killed: 9}
""",
    "civil-ge.yaml": """\
source: {id: civil-ge, name: Civil.ge, kind: media}
claims:
  - id: prewar-toll
    stated: 2008-08-07
    quote: Since January, 11 people have been killed in shootouts along the administrative boundary line.
    date: 2008-01-01/2008-08-07
    place: along the administrative boundary line
    event: shootouts (total)
    casualties:
      - {party: unknown, category: unknown, killed: 11}
""",
}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> reconcile.Reconciliation:
    folder: Path = tmp_path_factory.mktemp("totals") / "2008-south-ossetia-totals"
    folder.mkdir()
    (folder / "case.yaml").write_text(CASE, encoding="utf-8")
    for name, text in SOURCES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return reconcile.reconcile(reconcile.load_case(folder))


def events_of(result: reconcile.Reconciliation) -> set[frozenset[str]]:
    return {frozenset(event.claims) for event in result.events}


def test_the_war_totals_of_one_party_are_one_event_and_disagree(result: reconcile.Reconciliation) -> None:
    """Georgia's 169 ("საქართველო") and the mission's 170 ("Georgia"); Russia's 64 ("Южная Осетия", 8–12 August)
    and the mission's 67 ("South Ossetia", 7–12 August): each pair one event, its disagreement flagged (before:
    four events, no conflict)."""
    events = events_of(result)
    assert frozenset({"ge-mod/war-losses", "iiffmcg/ge-toll"}) in events
    assert frozenset({"ru-mod/losses-0820", "iiffmcg/ru-toll"}) in events
    summaries = [conflict.summary for _event, conflict in result.conflicts() if conflict.kind == "casualties"]
    assert any("169" in text and "170" in text for text in summaries)
    assert any("64" in text and "67" in text for text in summaries)


def test_the_whole_conflicts_totals_are_one_event(result: reconcile.Reconciliation) -> None:
    """Two totals since January over the whole conflict, in two wordings ("the Georgian–Ossetian conflict zone",
    "along the administrative boundary line"): one event, 9 against 11."""
    assert frozenset({"osce/prewar-shooting", "civil-ge/prewar-toll"}) in events_of(result)


def test_region_totals_and_incidents_stay_apart(result: reconcile.Reconciliation) -> None:
    """A district's total meets neither another district's nor a whole country's, and no total meets the one
    incident of its dates and country."""
    events = events_of(result)
    for alone in ("hrw/gori-district-toll", "hrw/tskhinvali-district-toll", "ge-mod/gori-0812"):
        assert frozenset({alone}) in events
    assert len(result.events) == 6


# ---------------------------------------------------------------------------------------------------------------
# The rules, pair by pair
# ---------------------------------------------------------------------------------------------------------------


def test_totals_of_one_country_over_one_period_match() -> None:
    """A party's name is no place, but two totals naming one party's land lie in one area; 5 of 6 days shared is one
    period."""
    a = claim("am/t", (0, 5), "Armenia", event="total", killed={"armenia": 30})
    b = claim("osce/t", (1, 5), "Armenian territory", event="total", killed={"armenia": 31})
    pair = score(a, b)
    assert weight(pair, "date") == CONFIG.period_same_span
    assert weight(pair, "place") == CONFIG.period_same_area
    assert pair.total >= CONFIG.match_threshold
    assert "two period totals over one area (armenia's territory / armenia's territory)" in str(pair.contributions)
    assert is_candidate(*features(a, b), CONFIG)


def test_totals_of_the_whole_border_match() -> None:
    """"the border" and "Armenia–Azerbaijan border" (two parties: no one party's land) are both the whole conflict."""
    a = claim("am/t", (0, 90), "the border", event="total")
    b = claim("az/t", (0, 91), "Armenia–Azerbaijan border", event="total")
    pair = score(a, b)
    assert weight(pair, "place") == CONFIG.period_same_area
    assert pair.total >= CONFIG.match_threshold


@pytest.mark.parametrize(("first", "second"), [
    (("the border", "Tavush"), ("the border", "Qazakh Rayon")),  # two regions
    (("the border", "Tavush"), ("Azerbaijan", None)),            # a region and another party's land
    (("Armenia", None), ("Azerbaijan", None)),                   # two parties' land
    (("Armenia", None), ("the border", None)),                   # a party's land and the whole conflict
])
def test_totals_of_other_areas_do_not_match(first: tuple[str, str | None], second: tuple[str, str | None]) -> None:
    """Over one period, a total meets a total of its own area and no other."""
    a = claim("am/t", (0, 5), first[0], region=first[1], event="total")
    same = claim("osce/t", (0, 5), first[0], region=first[1], event="total")
    assert score(a, same).total >= CONFIG.match_threshold
    b = claim("osce/t", (0, 5), second[0], region=second[1], event="total")
    assert score(a, b).total < CONFIG.match_threshold
    assert not is_candidate(*features(a, b), CONFIG)


def test_totals_of_different_periods_count_against() -> None:
    """A week's total and the year's at one place are two totals: less than half of the longer span is shared (it
    counted nothing, and the place and an event type matched them)."""
    a = claim("am/t", (0, 6), "Berdavan", event="total")
    b = claim("osce/t", (-300, 6), "Berdavan", event="total")
    pair = score(a, b)
    assert weight(pair, "date") == CONFIG.period_other_span
    assert pair.total < CONFIG.match_threshold


def test_a_total_never_meets_an_incident_of_its_country() -> None:
    """The total meets the other total of its country, never the incident of its dates there."""
    total = claim("am/t", (0, 5), "Armenia", event="total", killed={"armenia": 3})
    other = claim("az/t", (0, 5), "Armenia", event="total", killed={"armenia": 4})
    incident = claim("osce/i", 2, "Armenia", event="clash", killed={"armenia": 3})
    feats = features(total, other, incident)
    assert is_candidate(feats[0], feats[1], CONFIG)
    assert not is_candidate(feats[0], feats[2], CONFIG)
    assert not is_candidate(feats[1], feats[2], CONFIG)
    assert weight(score(total, incident), "place") == CONFIG.place_unknown  # the total's area is no region here
    assert [group.claims for group in reconcile.reconcile(case_of(total, other, incident)).events] == [
        ("am/t", "az/t"), ("osce/i",)]


def test_totals_on_arrays_are_scored_as_pair_by_pair() -> None:
    """The scan on arrays gives every total of period totals that `Scorer.links` gives, to the bit, and the
    same-area pairs are links."""
    claims = [claim("am/a", (0, 5), "Armenia", event="total", killed={"armenia": 30}),
              claim("osce/b", (1, 5), "Armenian territory", event="total", killed={"armenia": 31}),
              claim("az/c", (0, 5), "Azerbaijan", event="total"),
              claim("az/d", (-200, 5), "the border", event="total"),
              claim("osce/e", (-190, 5), "Armenia–Azerbaijan border", event="total"),
              claim("am/f", (0, 5), "Tavush region", event="total"),
              claim("az/g", (0, 100), "Berdavan"),
              claim("osce/h", (0, 4), "Berdavan", event="total")]
    feats = features(*claims)
    chunked_links_match(feats, MatchConfig(match_threshold=-1e30, veto_threshold=-2e30), random.Random(3))
    linked = {(feats[i].id, feats[j].id) for _total, i, j in Scorer(feats, CONFIG).links(
        (i, j) for i in range(len(feats)) for j in range(i + 1, len(feats)))}
    assert linked == {("am/a", "osce/b"), ("az/d", "osce/e")}


def test_a_places_total_is_not_its_regions() -> None:
    """A total at a village and the total of its region are over different areas: they lie in one region, but that
    is no evidence for one total (it was +1, and with one period and a type they matched)."""
    pair = score(claim("am/t", (0, 5), "Tavush region", event="total"), claim("osce/t", (0, 4), "Berdavan",
                                                                                event="total"))
    assert weight(pair, "place") == CONFIG.place_unknown
    assert pair.total < CONFIG.match_threshold
