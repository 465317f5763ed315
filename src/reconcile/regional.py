"""The regional gazetteers the package ships, and which cases they serve.

A case gazetteer adds to the gazetteer the package ships for the case's region; a case elsewhere gets none, since
a shipped gazetteer would take a foreign name for the nearest spelling it lists (Axum for Varagavan, Taiz for
Tovuz) and lend the event its name, id and coordinates. ``case.yaml`` names the regional gazetteer
(``regional_gazetteer: am-az``, or ``none``); without the key, `infer` chooses it from what the case says of
itself: a party, or a place of its own gazetteer, in one of the region's countries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Final

import attrs

if TYPE_CHECKING:
    from reconcile.models import GazetteerEntry, Party

__all__ = ["NONE", "REGIONS", "Region", "describe", "infer", "reason"]

#: The ``regional_gazetteer`` value for no shipped gazetteer: the case's own places only.
NONE: Final = "none"


@attrs.frozen
class Region:
    """A shipped regional gazetteer: its title, its countries (as ``country`` in a gazetteer entry, by name and ISO
    code) and the beginnings of the words that name them or their people in the scripts their sources write."""

    title: str
    countries: frozenset[str]
    words: tuple[str, ...]


#: The shipped regional gazetteers by their ``regional_gazetteer`` name.
REGIONS: Final[Mapping[str, Region]] = {
    "am-az": Region(
        title="Armenia and Azerbaijan (GeoNames, CC BY 4.0)",
        countries=frozenset({"armenia", "azerbaijan", "am", "az", "arm", "aze"}),
        # Armenia, Armenian(s), Hayastan; Azerbaijan(i), Azeri; Nagorno-Karabakh and Artsakh, which lie within the
        # region; in Armenian, Azerbaijani and Russian (whose case endings the stems leave open).
        words=("armenia", "hayastan", "հայաստան", "армени", "армян", "ermənistan", "ermenistan", "azerbaijan",
               "azeri", "azərbaycan", "azerbaycan", "ադրբեջան", "азербайдж", "азери", "karabakh", "karabagh",
               "qarabağ", "карабах", "ղարաբաղ", "artsakh", "արցախ", "арцах"),
    ),
}

_WORD_RE: Final = re.compile(r"[^\W\d_]+")


def infer(parties: Iterable[Party], gazetteer: Iterable[GazetteerEntry]) -> str:
    """The regional gazetteer a case without ``regional_gazetteer`` gets: the first region (in `REGIONS` order)
    that `reason` finds the case in, else `NONE`."""
    parties, gazetteer = tuple(parties), tuple(gazetteer)
    return next((name for name in REGIONS if reason(name, parties, gazetteer) is not None), NONE)


def reason(name: str, parties: Iterable[Party], gazetteer: Iterable[GazetteerEntry]) -> str | None:
    """Why a case lies in region ``name`` ("party Armenia", "place Berd of the case gazetteer"), or ``None``: a
    word of a party's id, name or alias begins with one of the region's words, or a place of the case's own
    gazetteer lies in one of its countries."""
    region = REGIONS[name]
    for party in parties:
        for text in (party.id, party.name, *party.aliases):
            if any(word.startswith(region.words) for word in _WORD_RE.findall(text.casefold())):
                return f"party {party.name}"
    for entry in gazetteer:
        if entry.country is not None and entry.country.strip().casefold() in region.countries:
            return f"place {entry.name} of the case gazetteer"
    return None


def describe(name: str, parties: Iterable[Party], gazetteer: Iterable[GazetteerEntry]) -> str:
    """The methodology's sentence on where a case's places are resolved: in region ``name``'s gazetteer or in
    none, and in the case's own gazetteer, with why (`reason`, or case.yaml where the case says more than that)."""
    parties, gazetteer = tuple(parties), tuple(gazetteer)
    own = f"the case's own gazetteer ({len(gazetteer)} place{'s' if len(gazetteer) != 1 else ''})"
    if name == NONE:
        inferred = infer(parties, gazetteer)
        why = ("as case.yaml says (regional_gazetteer: none)" if inferred != NONE else
               "since no party or place of the case lies in the region of one; regional_gazetteer in case.yaml "
               f"names one ({', '.join(REGIONS)})")
        return f"Places: resolved in {own} only, with no shipped regional gazetteer, {why}."
    found = reason(name, parties, gazetteer)
    why = (f"as for any case in its region ({found}); regional_gazetteer: none in case.yaml leaves it out"
           if found is not None
           else f"as case.yaml says (regional_gazetteer: {name})")
    return f"Places: resolved in {own} and the shipped gazetteer of {REGIONS[name].title}, {why}."
