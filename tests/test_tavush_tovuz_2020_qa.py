"""The July 2020 Armenian–Azerbaijani border clashes in Tavush / Tovuz (12–16 July 2020), and the November 2014
shoot-down of an Armenian Mi-24 near Aghdam, from a QA case of Armenian (MoD, Armenpress), Azerbaijani (MoD, APA,
Trend), Russian (TASS, RIA, a Telegram channel) and monitors' claims.

Two places called Ağdam: a village of the Tovuz district, where a civilian was killed on 14 July 2020, which the case
lists in its own gazetteer, and the town of Ağdam in Karabakh, the seat of the Ağdam district, which the shipped
gazetteer lists. Before:

- a unit's name, "Ağdam rayonu", "Агдамский район", "Aghdam district", resolved to the case's village of Tovuz (the
  case's own entry preferred over the shipped town it ties with), and "Tovuz rayonu", "Товузский район" to
  nothing: the shipped gazetteer also gives "Tovuz" as a name of the Armenian village of Tavush and of Berd;
- a bare "Aghdam" of 2014 resolved to the case's village of Tovuz too, 130 km from the town;
- every two districts named with the Azerbaijani or Russian unit word were "one region" ("Tovuz rayonu" and "Ağdam
  rayonu", "Tovuz rayonu" and "Агдамский район"), through the key of rayonu / район, so a Karabakh line-of-contact
  claim of 14 July ("Агдамский район") joined the shelling of Dondar Quşçu in Tovuz.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from reconcile.load import load_case
from reconcile.match import claim_features, score_pair
from reconcile.models import Claim, DateSpan, GazetteerEntry
from reconcile.pipeline import reconcile
from reconcile.places import Gazetteer, lookup_name, mentions

DAY = dt.date(2020, 7, 14)
AGDAM_TOVUZ = GazetteerEntry(id="agdam-tovuz", name="Ağdam", variants=("Agdam", "Aghdam", "Агдам"),
                             country="azerbaijan", region="Tovuz", lat=40.905, lon=45.583)
SHIPPED_AGHDAM = "geonames:148619"
SHIPPED_TOVUZ = "geonames:584821"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default().extended([AGDAM_TOVUZ])


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ağdam rayonu", SHIPPED_AGHDAM),
        ("Ağdam rayonu istiqaməti", SHIPPED_AGHDAM),
        ("Агдамский район", SHIPPED_AGHDAM),
        ("Aghdam district", SHIPPED_AGHDAM),
        ("Tovuz rayonu", SHIPPED_TOVUZ),
        ("Товузский район", SHIPPED_TOVUZ),
        ("Tovuz district", SHIPPED_TOVUZ),
    ],
)
def test_a_unit_name_is_the_place_in_the_unit_of_its_name(gazetteer: Gazetteer, name: str, expected: str) -> None:
    """Before: the case's village of Tovuz for the Ağdam district, nothing for the Tovuz district."""
    found = gazetteer.resolve(name)
    assert found.entry is not None, found.note
    assert found.entry.id == expected, found.note


@pytest.mark.parametrize("name", ["Aghdam", "Агдам", "Ağdam"])
def test_a_bare_name_of_a_case_place_and_a_far_shipped_namesake_is_ambiguous(gazetteer: Gazetteer,
                                                                           name: str) -> None:
    """Before: the case's village of Tovuz, 130 km from the town of Ağdam that the name may as well mean."""
    found = gazetteer.resolve(name)
    assert found.entry is None
    assert {e.id for e, _s in found.candidates} >= {"agdam-tovuz", SHIPPED_AGHDAM}


def test_the_region_still_picks_the_case_village(gazetteer: Gazetteer) -> None:
    for region in ("Tovuz rayonu", "Товузский район"):
        found = gazetteer.resolve("Агдам", region=region)
        assert found.entry is not None
        assert found.entry.id == "agdam-tovuz"


def test_a_case_entry_beside_its_shipped_namesake_is_still_preferred() -> None:
    """The case's entry of a place the shipped gazetteer lists too (its own spelling, its coordinates) stays
    preferred, as before: only a namesake farther than NEAR_KM is another place."""
    chinari = GazetteerEntry(id="chinari", name="Chinari", variants=("Չինարի", "Чинари"), country="armenia",
                             region="Tavush", lat=40.8547, lon=45.5778)
    found = Gazetteer.default().extended([chinari]).resolve("Չինարի")
    assert found.entry is not None
    assert found.entry.id == "chinari"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ağdam rayonu", ["Ağdam rayonu"]),
        ("Ağdam kəndi, Tovuz rayonu", ["Ağdam", "Tovuz rayonu"]),
        ("Tavush direction", ["Tavush direction"]),
        ("Агдам", ["Агдам"]),
    ],
)
def test_lookup_name_keeps_the_unit_word(text: str, names: list[str]) -> None:
    assert [lookup_name(m) for m in mentions(text)] == names


def _claim(source: str, place: str, region: str | None = None) -> Claim:
    return Claim(source=source, id="c", stated=DAY, quote="q", date=DateSpan(DAY, DAY, "day"), place=place,
                 region=region, event="shelling")


def _place(a: Claim, b: Claim, gazetteer: Gazetteer) -> tuple[float, str]:
    fa, fb = claim_features([a, b], gazetteer=gazetteer)
    found = next(c for c in score_pair(fa, fb).contributions if c.feature == "place")
    return found.weight, found.detail


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("positions", "Tovuz rayonu"), ("positions", "Ağdam rayonu")),
        (("positions", "Tovuz rayonu"), ("Агдамский район", None)),
        (("positions", "Товузский район"), ("positions", "Агдамский район")),
        (("positions", "Tavush marz"), ("positions", "Syunik marz")),
    ],
)
def test_two_districts_are_not_one_region_by_their_unit_word(gazetteer: Gazetteer, a: tuple[str, str | None],
                                                             b: tuple[str, str | None]) -> None:
    """Before: "both lie in one region (Tovuz rayonu / Ağdam rayonu)", +1, by the key of rayonu."""
    weight, detail = _place(_claim("s1", *a), _claim("s2", *b), gazetteer)
    assert weight < 0, detail
    assert "one region" not in detail


def test_one_district_by_two_unit_words_is_still_one_region(gazetteer: Gazetteer) -> None:
    weight, detail = _place(_claim("s1", "positions", "Tovuz rayonu"), _claim("s2", "positions", "Tovuz district"),
                            gazetteer)
    assert weight > 0
    assert "one region" in detail


CASE = """\
case: tovuz-2020
title: July 2020 border clashes
parties:
  - {id: armenia, name: Armenia, aliases: [Armenian, Ermənistan, Армения]}
  - {id: azerbaijan, name: Azerbaijan, aliases: [Azerbaijani, Azərbaycan, Азербайджан]}
  - {id: nkr, name: Nagorno-Karabakh Republic, aliases: [NKR, НКР], aligned_with: [armenia]}
"""

GAZETTEER = """\
places:
  - {id: agdam-tovuz, name: Ağdam, variants: [Agdam, Aghdam, Агдам], country: azerbaijan, region: Tovuz,
     lat: 40.905, lon: 45.583}
"""

AZ_MOD = """\
source: {id: az-mod, name: Azerbaijani MoD, kind: belligerent, speaks_for: azerbaijan}
claims:
  - id: dondar
    stated: 2020-07-14
    quote: Düşmən Tovuz rayonunun Dondar Quşçu kəndini atəşə tutub.
    date: 14 iyul 2020-ci il
    place: Dondar Quşçu kəndi
    region: Tovuz rayonu
    event: shelling of a village
    initiator: armenia
  - id: agdam-village
    stated: 2020-07-14
    quote: В результате обстрела села Агдам Товузского района погиб житель.
    date: 14 июля 2020 г.
    place: село Агдам
    region: Товузский район
    event: shelling of a village
    initiator: armenia
    casualties: [{party: azerbaijan, category: civilians, killed: 1}]
  - id: mi24-2014
    stated: 2014-11-12
    quote: Ağdam rayonu istiqamətində Mi-24 helikopteri vurulub.
    date: 12 noyabr 2014-cü il
    place: Ağdam rayonu istiqaməti
    event: helicopter shot down
    initiator: armenia
"""

TELEGRAM = """\
source: {id: tg, name: Telegram channel, kind: media}
claims:
  - id: karabakh
    stated: 2020-07-14
    quote: обстрел азербайджанских позиций в Агдамском районе, погиб 1 военнослужащий
    date: 14 июля 2020
    place: Агдамский район
    event: обстрел
    initiator: НКР
    casualties: [{party: azerbaijan, category: soldiers, killed: 1}]
  - id: mi24-2014
    stated: 2014-11-12
    quote: Армянский Ми-24 сбит у Агдама, трое погибли.
    date: 12 ноября 2014 г.
    place: near Aghdam, line of contact
    event: helicopter shot down
    initiator: azerbaijan
    casualties: [{party: nkr, category: soldiers, killed: 3}]
"""


def test_the_two_agdams_and_two_districts_stay_apart(tmp_path: Path) -> None:
    for name, text in (("case.yaml", CASE), ("gazetteer.yaml", GAZETTEER), ("az-mod.yaml", AZ_MOD),
                       ("tg.yaml", TELEGRAM)):
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    result = reconcile(load_case(tmp_path))
    events = {frozenset(event.claims) for event in result.events}
    # The Karabakh line of contact (the Ağdam district) is not the shelling of Dondar Quşçu (Tovuz) nor the village
    # Ağdam of Tovuz: before, it joined Dondar Quşçu as "one region (Tovuz rayonu / Агдамский район)".
    assert frozenset({"tg/karabakh"}) in events
    assert frozenset({"az-mod/dondar"}) in events
    assert frozenset({"az-mod/agdam-village"}) in events
    # The 2014 shoot-down near Ağdam is one event, placed at the town of Ağdam, never at the village of Tovuz.
    assert frozenset({"az-mod/mi24-2014", "tg/mi24-2014"}) in events
    placed = {p.claim: p.resolved for event in result.events for p in event.places}
    assert placed["az-mod/mi24-2014"] == SHIPPED_AGHDAM
    assert placed["tg/mi24-2014"] != "agdam-tovuz"
    assert placed["tg/karabakh"] == SHIPPED_AGHDAM
    assert placed["az-mod/agdam-village"] == "agdam-tovuz"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Տավուշի մարզի սահմանային հատված", ["Տավուշի"]),  # before: Տավուշի and հատված, a place
        ("սահմանի հատվածը Բերդի մոտ", ["Բերդի"]),
        ("Չինարիի հատվածով", ["Չինարիի"]),
    ],
)
def test_the_armenian_section_of_the_border_is_no_place(text: str, names: list[str]) -> None:
    assert [mention.name for mention in mentions(text)] == names
