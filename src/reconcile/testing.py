"""A test kit for merge rules: realistic hypothesis strategies for cases, and property checks of the merge laws.

Users property-test the project's rules and their own (``docs/testing-rules.md``)::

    from reconcile.testing import check_merge_laws
    check_merge_laws(my_rules)          # raises AssertionError with hypothesis' falsifying example

The laws, each checked through the real pipeline (`reconcile.pipeline.reconcile`):

1. **Order** (`check_order_independence`): shuffling the case's claims, parties, sources and gazetteer entries
   gives the same events (compared in `canonical` form: ids, claims, figures, conflicts, grades, dates, places).
2. **Reading twice** (`check_idempotence`): a case in which some claims appear twice (the same value) gives the
   same events as the case in which they appear once. (The loader refuses a second claim with one id; hand-built
   models may repeat one, and the merge keeps one.)
3. **Nothing lost** (`check_nothing_lost`): every claim of the case is in exactly one event, and an event names
   only claims of the case (a claim the loader rejected is in `Case.rejected` instead).
4. **Ranges** (`check_ranges`): for every figure ``0 <= low <= best <= high`` (``high`` None is open), and every
   counted value lies within ``[low, high]`` (overlaps it, `reconcile.merge.within`) exactly when it is not
   flagged ``outside``. A rule that returns an impossible range, or numbers that are not whole (a float), makes
   the pipeline raise `MergeError`; the kit reports that as a broken law 4.
5. **Monotonicity** (`check_monotonicity`): adding one claim of a new source never removes a conflict between
   two other claims (conflicts compared by kind and the set of their two claims).

`check_merge_laws` checks all five on each generated case. The plain functions `merge_law_violations` (laws 3
and 4 on one result), `order_violations`, `duplicate_violations` and `monotonicity_violations` check one example
without hypothesis, for pinning a counterexample in a test.

The strategies (`parties`, `sources`, `claims`, `cases`) draw small conflicts as analysts meet them: two to four
parties, some aligned; belligerents' ministries, monitors, aligned and unaligned media; several incidents, each
reported by a share of the sources with noise: place names in several spellings and scripts (real Armenian and
Azerbaijani border villages, and synthetic names), date jitter and partial dates, vague counts, partisan figures,
denials (of the incident, blaming another side, or clearing the denier's own side), revisions (``supersedes``),
multi-part statements (``adds_to``), relays and disagreeing attributions.

This module needs hypothesis (``pip install 'reconcile[testing]'``); the rest of the package does not.
"""

from __future__ import annotations

import datetime as dt
import functools
import textwrap
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from typing import Final, TypeVar

import attrs

try:
    from hypothesis import HealthCheck, given, note, settings
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError("reconcile.testing needs hypothesis: pip install 'reconcile[testing]'") from exc

from reconcile import pipeline
from reconcile.match import MatchConfig
from reconcile.merge import Rules, _RangeError, within
from reconcile.models import (
    UNKNOWN,
    Case,
    Casualties,
    Category,
    Claim,
    Conflict,
    DateSpan,
    Event,
    FigureValue,
    GazetteerEntry,
    Grade,
    PairScore,
    Party,
    PlaceMention,
    Precision,
    Reconciliation,
    Source,
    SourceKind,
    Stance,
)
from reconcile.normalize import format_count, parse_count, parse_date
from reconcile.places import Gazetteer, regional_gazetteer

__all__ = [
    "LAWS",
    "CanonicalEvent",
    "canonical",
    "cases",
    "check_idempotence",
    "check_merge_laws",
    "check_monotonicity",
    "check_nothing_lost",
    "check_order_independence",
    "check_ranges",
    "claims",
    "describe_case",
    "duplicate_violations",
    "merge_law_violations",
    "monotonicity_violations",
    "newcomers",
    "order_violations",
    "parties",
    "reorderings",
    "sources",
]

T = TypeVar("T")
H = TypeVar("H", bound=Hashable)

# ==============================================================================================================
# The cast: parties and sources
# ==============================================================================================================

#: The parties of the Armenian–Azerbaijani cases, with aliases in their scripts (as the seed case writes them).
_CAUCASUS: Final = (
    Party("armenia", "Armenia", ("Armenian", "Armenians", "Հայաստան", "Ermənistan", "Армения")),
    Party("azerbaijan", "Azerbaijan", ("Azerbaijani", "Azeri", "Azərbaycan", "Ադրբեջան", "Азербайджан")),
    Party("nkr", "Nagorno-Karabakh Republic", ("NKR", "Artsakh", "Արցախ", "Нагорный Карабах"), ("armenia",)),
)

#: Fictional pairs of opposing states, so that strategies do not draw only the Caucasus.
_SIDES: Final = (
    (Party("nordia", "Republic of Nordia", ("Nordian", "Nordians", "Нордия")),
     Party("sudmark", "Sudmark", ("Sudmarker", "Sudmarkers", "Судмарк"))),
    (Party("velaria", "Velaria", ("Velarian", "Велария")),
     Party("ostrovia", "Federation of Ostrovia", ("Ostrovian", "Островия"))),
)
#: Fictional third parties as (label, id suffix); each is drawn aligned with one side or with nobody.
_THIRD: Final = (
    ("People's Militia", "militia"),
    ("Volunteer Corps", "volunteers"),
    ("River Front", "river-front"),
)

#: Sources of the Caucasus cases per party: (id, name) of a defence ministry, a foreign ministry, state media.
_CAUCASUS_VOICES: Final[Mapping[str, tuple[tuple[str, str], tuple[str, str], tuple[str, str]]]] = {
    "armenia": (("am-mod", "Ministry of Defence of Armenia"), ("am-mfa", "Ministry of Foreign Affairs of Armenia"),
                ("armenpress", "Armenpress")),
    "azerbaijan": (("az-mod", "Ministry of Defence of Azerbaijan"),
                   ("az-mfa", "Ministry of Foreign Affairs of Azerbaijan"), ("azertac", "AZERTAC")),
    "nkr": (("nkr-mod", "Ministry of Defence of the Nagorno-Karabakh Republic"),
            ("nkr-mfa", "Ministry of Foreign Affairs of the Nagorno-Karabakh Republic"),
            ("artsakhpress", "Artsakhpress")),
}

#: Sources that speak for no party: (id, name, kind). The first monitor and outlet come early in the catalogue.
_NEUTRAL: Final[tuple[tuple[str, str, SourceKind], ...]] = (
    ("monitors", "Ceasefire monitoring mission", "monitor"),
    ("wire", "International wire service", "media"),
    ("red-cross", "International Committee of the Red Cross", "monitor"),
    ("analyst", "Independent conflict analyst", "analyst"),
    ("regional-news", "Regional news agency", "media"),
)


def _is_caucasus(party_ids: Collection[str]) -> bool:
    return {"armenia", "azerbaijan"} <= set(party_ids)


@st.composite
def _parties(draw: st.DrawFn, min_size: int, max_size: int) -> tuple[Party, ...]:
    if not 2 <= min_size <= max_size <= 4:
        raise ValueError(f"parties: need 2 <= min_size <= max_size <= 4, got {min_size} and {max_size}")
    size = draw(st.integers(min_size, max_size))
    if size <= 3 and draw(st.booleans()):
        return _CAUCASUS[:size]
    first, second = draw(st.sampled_from(_SIDES))
    out = [first, second]
    for k in range(size - 2):
        label, slug = _THIRD[k]
        side = draw(st.sampled_from((0, 1, -1)))  # aligned with the first side, the second, or nobody
        if side < 0:
            out.append(Party(f"{first.id}-{slug}", label, (slug,)))
        else:
            host = out[side]
            out.append(Party(f"{host.id}-{slug}", f"{host.name} {label}", (f"{host.id} {slug}",), (host.id,)))
    return tuple(out)


def parties(*, min_size: int = 2, max_size: int = 4) -> st.SearchStrategy[tuple[Party, ...]]:
    """The parties of a small conflict: two opposing sides and up to two more, some aligned with a side.

    Half the time (when at most three parties are asked for) the parties of the Armenian–Azerbaijani cases:
    Armenia, Azerbaijan and the Nagorno-Karabakh Republic (aligned with Armenia); else two fictional states with
    a militia or volunteer corps aligned with one of them, or an independent faction. The two sides come first.
    """
    return _parties(min_size, max_size)


def _components(parties: Sequence[Party]) -> dict[str, str]:
    """Party id -> the first party (in the given order) of its alignment group (alignment is symmetric)."""
    ids = [p.id for p in parties]
    root = {pid: pid for pid in ids}

    def find(pid: str) -> str:
        while root[pid] != pid:
            pid = root[pid]
        return pid

    for party in parties:
        for other in party.aligned_with:
            if other in root:
                a, b = find(party.id), find(other)
                if a != b:
                    keep, gone = sorted((a, b), key=ids.index)
                    root[gone] = keep
    return {pid: find(pid) for pid in ids}


def _catalogue(parties: Sequence[Party]) -> list[Source]:
    """Every source a case of these parties may have, most typical first (so that shrinking keeps those)."""
    component = _components(parties)
    heads = [p for p in parties if component[p.id] == p.id]  # one party per alignment group
    voices = {
        p.id: _CAUCASUS_VOICES.get(p.id) or (
            (f"{p.id}-mod", f"Ministry of Defence of {p.name}"),
            (f"{p.id}-mfa", f"Ministry of Foreign Affairs of {p.name}"),
            (f"{p.id}-tv", f"{p.name} State Television"),
        )
        for p in parties
    }
    sides = heads[:2]
    out: list[Source] = []
    for party in sides:  # the two sides' defence ministries
        out.append(Source(voices[party.id][0][0], voices[party.id][0][1], "belligerent", speaks_for=party.id))
    out.extend(Source(sid, name, kind) for sid, name, kind in _NEUTRAL[:2])
    for party in heads:  # state media, aligned with a side without speaking for it
        out.append(Source(voices[party.id][2][0], voices[party.id][2][1], "media", aligned_with=(party.id,)))
    for party in parties:  # every other party's defence ministry
        if party not in sides:
            out.append(Source(voices[party.id][0][0], voices[party.id][0][1], "belligerent", speaks_for=party.id))
    for party in sides:  # a second voice of a side: its foreign ministry
        out.append(Source(voices[party.id][1][0], voices[party.id][1][1], "belligerent", speaks_for=party.id))
    out.extend(Source(sid, name, kind) for sid, name, kind in _NEUTRAL[2:])
    seen: set[str] = set()
    unique = []
    for source in out:
        if source.id not in seen:
            seen.add(source.id)
            unique.append(source)
    return [attrs.evolve(s, file=f"{s.id}.yaml", line=1) for s in unique]


@st.composite
def _sources(draw: st.DrawFn, parties: tuple[Party, ...], min_size: int, max_size: int) -> tuple[Source, ...]:
    catalogue = _catalogue(parties)
    top = min(max_size, len(catalogue))
    low = min(min_size, top)
    chosen = draw(st.lists(st.integers(0, len(catalogue) - 1), unique=True, min_size=low, max_size=top))
    return tuple(catalogue[k] for k in sorted(chosen))


def sources(parties: Sequence[Party], *, min_size: int = 2, max_size: int = 7) -> st.SearchStrategy[tuple[Source, ...]]:
    """Sources of a case of ``parties`` (values, e.g. drawn from `parties`): every kind, ids unique.

    Drawn from a catalogue: each side's defence ministry (belligerent, ``speaks_for`` the side), a ceasefire
    monitoring mission (monitor), an international wire service (media, unaligned), each side's state media (media,
    ``aligned_with`` the side), the other parties' ministries, each side's foreign ministry, the Red Cross
    (monitor), an independent analyst and a regional news agency. The Caucasus parties get their real sources'
    names (Ministry of Defence of Armenia, AZERTAC, Armenpress ...). Shrinks towards the two sides' ministries.
    Combine with `parties` by ``parties().flatmap(sources)``.
    """
    return _sources(tuple(parties), min_size, max_size)


# ==============================================================================================================
# Places
# ==============================================================================================================


@attrs.frozen
class _Site:
    """A place incidents happen at: its spellings (the first is the canonical name), country and region names.

    ``across`` is the key of the village facing it across the border or line of contact; ``entry`` is the case
    gazetteer's entry for a place the shipped gazetteer lacks (else ``None``).
    """

    key: str
    spellings: tuple[str, ...]
    country: str | None
    regions: tuple[str, ...] = ()
    across: str | None = None
    entry: GazetteerEntry | None = None


def _listed(key: str, name: str, variants: tuple[str, ...], country: str, region: str,
            lat: float | None = None, lon: float | None = None) -> GazetteerEntry:
    return GazetteerEntry(key, name, variants, country, region, lat, lon)


_TAVUSH: Final = ("Tavush", "Tavush Province", "Tavush region", "Տավուշ", "Тавуш")
_QAZAX: Final = ("Qazax", "Gazakh District", "Qazakh Rayon", "Газахский район")
_TOVUZ: Final = ("Tovuz", "Tovuz District", "Товузский район")
_FUZULI: Final = ("Füzuli", "Fizuli District", "Физулинский район")
_AGHDAM: Final = ("Ağdam", "Aghdam District")

#: Real villages and towns of the Tavush–Qazakh border and the Karabakh line of contact, spelled in Latin
#: transliteration, Armenian, Cyrillic and Azerbaijani script as sources write them. Places the shipped GeoNames
#: gazetteer lacks carry their case-gazetteer entry (without coordinates, as in the seed case).
_CAUCASUS_SITES: Final = (
    _Site("voskepar", ("Voskepar", "Ոսկեպար", "Воскепар", "Oskepar"), "armenia", _TAVUSH, "asagi-askipara"),
    _Site("asagi-askipara", ("Aşağı Əskipara", "Asagi Askipara", "Ashaghy Askipara", "Ашагы Аскипара"),
          "azerbaijan", _QAZAX, "voskepar",
          _listed("asagi-askipara", "Aşağı Əskipara", ("Asagi Askipara", "Ashaghy Askipara", "Ашагы Аскипара"),
                  "azerbaijan", "Qazakh Rayon")),
    _Site("berdavan", ("Berdavan", "Բերդավան", "Бердаван"), "armenia", _TAVUSH, "gazakh"),
    _Site("gazakh", ("Qazax", "Gazakh", "Kazakh", "Газах", "Ղազախ"), "azerbaijan", _QAZAX, "berdavan"),
    _Site("nerkin-karmiraghbyur", ("Nerkin Karmiraghbyur", "Ներքին Կարմիրաղբյուր", "Nerkin Karmirarghbyur",
                                   "Неркин Кармирахпюр"), "armenia", _TAVUSH, "tovuz"),
    _Site("tovuz", ("Tovuz", "Tauz", "Товуз"), "azerbaijan", _TOVUZ, "nerkin-karmiraghbyur"),
    _Site("chinari", ("Chinari", "Չինարի", "Чинари", "Chinar"), "armenia", _TAVUSH),
    _Site("movses", ("Movses", "Մովսես", "Мовсес", "Moses"), "armenia", _TAVUSH),
    _Site("aygepar", ("Aygepar", "Այգեպար", "Айгепар", "Aigepar"), "armenia", _TAVUSH, None,
          _listed("aygepar", "Aygepar", ("Aigepar", "Այգեպար", "Айгепар"), "armenia", "Tavush")),
    _Site("baghanis", ("Baghanis", "Բաղանիս", "Баганис"), "armenia", _TAVUSH),
    _Site("horadiz", ("Horadiz", "Горадиз", "Հորադիզ", "Goradiz"), "azerbaijan", _FUZULI),
    _Site("aghdam", ("Ağdam", "Aghdam", "Агдам", "Աղդամ"), "azerbaijan", _AGHDAM),
)

_ONSETS: Final = ("Vel", "Kar", "Dor", "Mir", "Sol", "Tar", "Ber", "Zel", "Ost", "Lom", "Gor", "Nov")
_ENDINGS: Final = ("ino", "ovka", "ava", "ets", "ar", "an", "ovo", "ica", "ashen", "abad")
_LATIN_TO_CYRILLIC: Final = {
    "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "k": "к", "l": "л", "m": "м",
    "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф", "h": "х", "c": "ц", "y": "ы",
}  # fmt: skip
_SPELLING_SHIFTS: Final = (("v", "w"), ("k", "c"), ("ov", "off"), ("sh", "ş"), ("ts", "tz"), ("ica", "itsa"))


_DIGRAPHS: Final = (("shch", "щ"), ("zh", "ж"), ("sh", "ш"), ("ch", "ч"), ("kh", "х"), ("ts", "ц"), ("ny", "ний"))


def _cyrillic(name: str) -> str:
    """A Latin name in Cyrillic, as a Russian-language outlet would write it (word by word, capitalized)."""
    words = []
    for word in name.lower().split():
        for latin, cyrillic in _DIGRAPHS:
            word = word.replace(latin, cyrillic)
        word = "".join(_LATIN_TO_CYRILLIC.get(ch, ch) for ch in word)
        words.append(word[:1].upper() + word[1:])
    return " ".join(words)


@st.composite
def _synthetic_site(draw: st.DrawFn, key: str, country: str | None, regions: tuple[str, ...],
                    at: tuple[float, float] | None) -> _Site:
    """A place no gazetteer ships: a name from syllables, a variant spelling, a Cyrillic form, maybe listed."""
    name = draw(st.sampled_from(_ONSETS)) + draw(st.sampled_from(_ENDINGS))
    prefix = draw(st.sampled_from(("", "", "Nizhny ", "Verkhny ")))
    name = prefix + name
    spellings = [name]
    for old, new in _SPELLING_SHIFTS:
        if old in name.lower():
            spellings.append(name.replace(old, new))
            break
    spellings.append(_cyrillic(name))
    entry = None
    if at is not None and draw(st.booleans()):
        entry = GazetteerEntry(key, name, tuple(spellings[1:]), country, regions[0] if regions else None, *at)
    return _Site(key, tuple(dict.fromkeys(spellings)), country, regions, None, entry)


@st.composite
def _sites(draw: st.DrawFn, parties: tuple[Party, ...]) -> tuple[_Site, ...]:
    """The places of a case: real ones for the Caucasus parties (plus an unlisted hamlet), else synthetic."""
    ids = [p.id for p in parties]
    if _is_caucasus(ids):
        chosen = draw(st.lists(st.sampled_from(_CAUCASUS_SITES), min_size=1, max_size=4, unique_by=lambda s: s.key))
        keys = {s.key for s in chosen}
        # A border village brings the one facing it, so that the sides can each name their own.
        chosen += [s for s in _CAUCASUS_SITES if s.key not in keys and any(c.across == s.key for c in chosen)]
        if draw(st.booleans()):
            chosen.append(draw(_synthetic_site("hamlet", draw(st.sampled_from(("armenia", "azerbaijan"))), (), None)))
        return tuple(chosen)
    component = _components(parties)
    heads = [p.id for p in parties if component[p.id] == p.id]
    heads = (heads * 2)[:2]  # all parties aligned: both sides of the line are theirs
    lat0, lon0 = 47.2, 12.4  # a fictional border; nothing in the shipped gazetteer lies near it
    out = []
    count = draw(st.integers(1, 3))
    for k in range(count):
        home, other = (heads[0], heads[1]) if k % 2 == 0 else (heads[1], heads[0])
        at = (round(lat0 + 0.05 * k, 4), round(lon0 + 0.07 * k, 4))
        site = draw(_synthetic_site(f"site-{k}", home, (f"{home.title()} border district",), at))
        if draw(st.booleans()):  # a village across the line, 3 km away, in the other side's country
            facing = draw(_synthetic_site(f"site-{k}-across", other, (f"{other.title()} border district",),
                                          (at[0] + 0.027, at[1])))
            out.append(attrs.evolve(site, across=facing.key))
            out.append(attrs.evolve(facing, across=site.key))
        else:
            out.append(site)
    return tuple(out)


# ==============================================================================================================
# Incidents and the claims that report them
# ==============================================================================================================

#: Kinds of incident, with the category of people they mostly kill (villages are shelled, posts attacked).
_KINDS: Final[tuple[tuple[str, Category], ...]] = (
    ("cross-border incursion", "soldiers"),
    ("shelling of villages", "civilians"),
    ("sniper fire", "soldiers"),
    ("skirmish on the line of contact", "soldiers"),
    ("mortar attack", "civilians"),
    ("sabotage attempt", "soldiers"),
)
_WORDS: Final = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


@attrs.frozen
class _Incident:
    """What happened (the truth the sources report with noise)."""

    key: int
    day: dt.date
    site: _Site
    also: _Site | None
    kind: str
    category: Category
    initiator: str
    losses: tuple[tuple[str, int, int], ...]  # (party, killed, wounded)


@attrs.frozen
class _World:
    parties: tuple[Party, ...]
    sources: tuple[Source, ...]
    sites: tuple[_Site, ...]
    component: Mapping[str, str]

    def sides(self, source: Source) -> frozenset[str]:
        named = ((source.speaks_for,) if source.speaks_for else ()) + source.aligned_with
        return frozenset(self.component.get(p, p) for p in named)

    def site(self, key: str | None) -> _Site | None:
        return next((s for s in self.sites if s.key == key), None)

    def enemy_of(self, sides: frozenset[str]) -> list[str]:
        return [p.id for p in self.parties if self.component[p.id] not in sides]


@st.composite
def _incident(draw: st.DrawFn, world: _World, key: int, base: dt.date) -> _Incident:
    site = draw(st.sampled_from(world.sites))
    near = [s for s in world.sites if s.key != site.key and s.country == site.country]
    also = draw(st.sampled_from(near)) if near and draw(st.integers(0, 4)) == 0 else None
    kind, category = draw(st.sampled_from(_KINDS))
    heads = [p.id for p in world.parties if world.component[p.id] == p.id][:2]
    initiator = draw(st.sampled_from(heads))
    victims = draw(st.lists(st.sampled_from([p.id for p in world.parties]), min_size=1, max_size=2, unique=True))
    losses = tuple(
        (party, draw(st.integers(0, 8)), draw(st.integers(0, 12))) for party in victims
    )
    return _Incident(key, base + dt.timedelta(days=draw(st.integers(0, 40))), site, also, kind, category,
                     initiator, losses)


def _date_text(draw: st.DrawFn, day: dt.date) -> str:
    """How a source dates the incident: with jitter, as a day, a range, a part of a month or a month."""
    day += dt.timedelta(days=draw(st.sampled_from((0, 0, 0, 0, 0, 0, 1, -1))))
    month = day.strftime("%B")
    form = draw(st.integers(0, 9))
    if form <= 3:
        return (day.isoformat(), f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}",
                day.isoformat())[form]
    if form in (4, 5):
        lo = day - dt.timedelta(days=draw(st.integers(0, 1)))
        hi = day + dt.timedelta(days=draw(st.integers(1, 2)))
        if form == 4 or lo.month != hi.month:
            return f"{lo.isoformat()}/{hi.isoformat()}"
        return f"{lo.day} to {hi.day} {month} {day.year}"
    if form in (6, 7):
        part = "early" if day.day <= 10 else ("mid-" if day.day <= 20 else "late")
        return f"{part}{'' if part.endswith('-') else ' '}{month} {day.year}"
    return f"{month} {day.year}" if form == 8 else day.strftime("%Y-%m")


def _place_text(draw: st.DrawFn, world: _World, incident: _Incident, sides: frozenset[str]) -> str:
    """The place as a source writes it: its own side's village where one faces the site, any spelling."""
    if draw(st.integers(0, 11)) == 0:
        return draw(st.sampled_from(("the border", "the line of contact", "the front line")))
    site = incident.site
    across = world.site(site.across)
    if across is not None and across.country in sides and draw(st.booleans()):
        site = across
    name = draw(st.sampled_from(site.spellings))
    if incident.also is not None and draw(st.booleans()):
        other = draw(st.sampled_from(incident.also.spellings))
        return draw(st.sampled_from((f"{name} and {other}", f"near {name} and {other}")))
    return draw(st.sampled_from((name, f"near {name}", f"the village of {name}", f"{name} village",
                                 f"outskirts of {name}")))


def _count_text(draw: st.DrawFn, role: str, true: int) -> str | None:
    """A figure as a source of ``role`` states it for a party that lost ``true``, or ``None`` when it is silent.

    Own side: the truth, an understatement, or silence. Enemy side: inflated, often vague or open. Monitor: the
    confirmed figure or "at least" it. Media: a vague word or an approximation.
    """
    choice = draw(st.integers(0, 5))
    if role == "own":
        if choice == 5:
            return None
        value = true if choice <= 2 else max(0, true - draw(st.integers(1, 3)))
        return str(value) if choice % 2 or value > 10 else _WORDS[value]
    if role == "enemy":
        inflated = true * draw(st.integers(1, 4)) + draw(st.integers(0, 5))
        if inflated == 0 and choice > 0:
            return None  # nobody boasts of killing none of the enemy
        if choice == 0:
            return draw(st.sampled_from(("suffering casualties", "heavy losses", "dozens", "losses")))
        if choice == 1:
            return f"at least {max(inflated, 1)}"
        if choice == 2:
            return f"{inflated} to {inflated + draw(st.integers(2, 6))}"
        return str(inflated) if choice < 5 else None
    if role == "monitor":
        if choice >= 4:
            return None
        return f"at least {true}" if choice == 3 and true > 0 else str(true)
    if choice == 5:
        return None
    if choice == 0 and 3 <= true <= 9:
        return "several"
    if choice == 1 and 2 <= true <= 5:
        return draw(st.sampled_from(("a few", "a couple" if true <= 3 else "a few")))
    if choice == 2 and true >= 5:
        return f"about {true}"
    if choice == 3 and true > 0:
        return f"{max(true - 1, 0)}-{true + draw(st.integers(1, 3))}"
    return str(true)


def _role(world: _World, sides: frozenset[str], kind: SourceKind, party: str) -> str:
    if world.component.get(party, party) in sides:
        return "own"
    if sides:
        return "enemy"
    return "monitor" if kind == "monitor" else "media"


def _casualties(draw: st.DrawFn, world: _World, incident: _Incident, sides: frozenset[str], kind: SourceKind,
                stance: Stance) -> tuple[Casualties, ...]:
    figures: dict[tuple[str, Category], Casualties] = {}
    for party, killed, wounded in incident.losses:
        role = _role(world, sides, kind, party)
        category: Category = incident.category if role != "media" or draw(st.booleans()) else "unknown"
        if stance == "denies":
            if role != "own":
                continue
            figures[party, "soldiers"] = Casualties(party, "soldiers", killed=parse_count(
                draw(st.sampled_from(("0", "no losses", "none")))))
            continue
        k = _count_text(draw, role, killed)
        w = _count_text(draw, role, wounded) if draw(st.booleans()) else None
        if k is None and w is None:
            continue
        figures[party, category] = Casualties(
            party, category,
            killed=None if k is None else parse_count(k),
            wounded=None if w is None else parse_count(w),
        )
    return tuple(sorted(figures.values(), key=lambda c: (c.party, c.category)))


_PEOPLE: Final[Mapping[Category, str]] = {"soldiers": "soldiers", "civilians": "civilians", "unknown": "people"}


def _quote(place: str, incident: _Incident, stance: Stance, casualties: Sequence[Casualties],
           parties: Mapping[str, Party], *, clears: bool = False) -> str:
    """The source's words, short: what happened where, and its figures as it gave them."""
    if stance == "denies":
        if clears:
            return f"Our forces took no part in the {incident.kind} ({place}); our units suffered no losses."
        return f"Reports of a {incident.kind} ({place}) are not true; our units suffered no losses."
    parts = [f"{incident.kind} ({place})"]
    for c in casualties:
        for measure, count in c.measures():
            parts.append(f"{count.text} {_PEOPLE[c.category]} of {parties[c.party].name} {measure}")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


@attrs.define
class _Ids:
    """Claim ids per source, unique: the statement date, with a suffix when a source speaks twice that day."""

    used: dict[str, set[str]] = attrs.Factory(dict)

    def next(self, source: str, stated: dt.date) -> str:
        taken = self.used.setdefault(source, set())
        base = stated.isoformat()
        claim_id, k = base, 1
        while claim_id in taken:
            k += 1
            claim_id = f"{base}-{k}"
        taken.add(claim_id)
        return claim_id


def _initiator(draw: st.DrawFn, world: _World, incident: _Incident, sides: frozenset[str],
               kind: SourceKind, *, denial: bool = False) -> str | None:
    if sides:  # a belligerent (or aligned outlet) blames the other side, whoever fired first
        enemies = world.enemy_of(sides)
        if not enemies or draw(st.integers(0, 5)) == 0:
            # Where an assertion names nobody, a denial names its own side, the party it clears ("our forces took
            # no part"): it disputes who did it, not that it happened (docs/merge-rules.md, "What a denial
            # denies"). The same draws as naming nobody, so that the cases drawn before stay the same.
            return min(sides) if denial else None
        return incident.initiator if incident.initiator in enemies else draw(st.sampled_from(enemies))
    return draw(st.sampled_from((None, UNKNOWN, incident.initiator) if kind == "monitor" else
                                (None, incident.initiator, UNKNOWN, incident.initiator)))


@st.composite
def _reports(draw: st.DrawFn, world: _World, incident: _Incident, source: Source, ids: _Ids,
             budget: int) -> list[Claim]:
    """One source's claims about one incident: a statement, then maybe a revision, a second part or an update."""
    party_by_id = {p.id: p for p in world.parties}
    relays: str | None = None
    speaker = source
    if source.kind in ("media", "analyst") and draw(st.integers(0, 2)) == 0:
        voices = [s for s in world.sources if s.kind == "belligerent"]
        if voices and draw(st.integers(0, 3)) > 0:
            speaker = draw(st.sampled_from(voices))
            relays = speaker.id
        else:
            relays = draw(st.sampled_from(("the defence ministry", "a ministry spokesman", "local officials")))
    sides = world.sides(speaker)  # a relay tells its origin's side of the story
    stance: Stance = "asserts"
    if speaker.kind == "belligerent" and draw(st.integers(0, 4)) == 0:
        stance = "denies"

    def statement(stated: dt.date, stance: Stance, casualties: tuple[Casualties, ...] | None = None,
                  supersedes: tuple[str, ...] = (), adds_to: tuple[str, ...] = ()) -> Claim:
        place = _place_text(draw, world, incident, sides)
        date = parse_date(_date_text(draw, incident.day))
        stated = max(stated, date.start)  # a source speaks after the fact (a month: at the earliest on its first day)
        figures = _casualties(draw, world, incident, sides, speaker.kind, stance) if casualties is None else casualties
        regions = incident.site.regions
        region = draw(st.sampled_from(regions)) if draw(st.booleans()) and regions else None
        event = incident.kind if draw(st.integers(0, 3)) else None
        initiator = (_initiator(draw, world, incident, sides, speaker.kind, denial=stance == "denies")
                     if stance == "asserts" or draw(st.booleans()) else None)
        return Claim(
            source=source.id,
            id=ids.next(source.id, stated),
            stated=stated,
            quote=_quote(place, incident, stance, figures, party_by_id, clears=initiator in sides),
            date=date,
            place=place,
            reference=f"statement of {stated.day} {stated:%B %Y}",
            region=region,
            event=event,
            initiator=initiator,
            stance=stance,
            relays=relays,
            supersedes=supersedes,
            adds_to=adds_to,
            casualties=figures,
            file=f"{source.id}.yaml",
        )

    first = statement(incident.day + dt.timedelta(days=draw(st.integers(0, 2))), stance)
    out = [first]
    if budget > 1 and source.kind in ("belligerent", "media") and draw(st.integers(0, 2)) == 0:
        later = first.stated + dt.timedelta(days=draw(st.integers(0, 3)))
        follow = draw(st.sampled_from(("revision", "adds_to", "update")))
        if follow == "revision" or first.stance == "denies":
            # A toll revised, or a denial withdrawn: the new statement replaces the old one.
            out.append(statement(later, "asserts", supersedes=(first.global_id,)))
        elif follow == "adds_to" and sides:
            own = [c for c in first.casualties if world.component.get(c.party, c.party) in sides]
            if own:
                # "A fifth soldier died of his wounds": one more on top of the first statement's toll.
                extra = attrs.evolve(own[0], killed=parse_count(draw(st.sampled_from(("1", "one")))),
                                     wounded=None, captured=None, missing=None)
                out.append(statement(later, "asserts", casualties=(extra,), adds_to=(first.global_id,)))
        else:
            out.append(statement(later, "asserts"))  # an update without a link: the latest statement counts
    return out[:budget]


@st.composite
def _scenario(draw: st.DrawFn, world: _World, max_incidents: int, max_claims: int) -> tuple[Claim, ...]:
    if max_claims < 1 or max_incidents < 1:
        raise ValueError(f"claims: need max_claims >= 1 and max_incidents >= 1, got {max_claims}, {max_incidents}")
    base = draw(st.dates(dt.date(2010, 1, 1), dt.date(2022, 12, 31)))
    ids = _Ids()
    out: list[Claim] = []
    for key in range(draw(st.integers(1, max_incidents))):
        incident = draw(_incident(world, key, base))
        reporters = draw(st.lists(st.sampled_from(world.sources), min_size=1, max_size=len(world.sources),
                                  unique_by=lambda s: s.id))
        for source in reporters:
            if len(out) >= max_claims:
                break
            out.extend(draw(_reports(world, incident, source, ids, max_claims - len(out))))
    return tuple(out)


def _world(parties: Sequence[Party], sources: Sequence[Source], sites: tuple[_Site, ...]) -> _World:
    return _World(tuple(parties), tuple(sources), sites, _components(parties))


@st.composite
def _claims(draw: st.DrawFn, parties: tuple[Party, ...], sources: tuple[Source, ...], max_incidents: int,
            max_claims: int) -> tuple[Claim, ...]:
    if not sources:
        raise ValueError("claims: need at least one source")
    sites = draw(_sites(parties))
    return draw(_scenario(_world(parties, sources, sites), max_incidents, max_claims))


def claims(parties: Sequence[Party], sources: Sequence[Source], *, max_incidents: int = 3,
           max_claims: int = 10) -> st.SearchStrategy[tuple[Claim, ...]]:
    """The claims of a case: up to ``max_incidents`` incidents, each reported by a share of ``sources``.

    ``parties`` and ``sources`` are values (e.g. drawn from `parties` and `sources`). At most ``max_claims``
    claims in all, global ids unique; ``supersedes`` and ``adds_to`` name earlier claims of the same source only
    (so there are no cycles). Noise, as sources produce it:

    - places: real border villages in Latin, Armenian, Cyrillic or Azerbaijani spelling (Voskepar / Ոսկեպար /
      Воскепар, Aşağı Əskipara / Asagi Askipara, Qazax / Gazakh / Газах ...) when the parties are Armenia and
      Azerbaijan, synthetic names with variant and Cyrillic spellings otherwise; each side may name its own
      village facing the site across the border; "near X", "X and Y", or only "the border";
    - dates: a day off by one, ISO or English days, ISO intervals, "early/mid-/late June 2012", a month;
    - counts: own side truthful or understating, the enemy's inflated or vague ("dozens", "at least 9"),
      monitors exact or "at least", media "several", "about 10", "4-7";
    - stances and links: denials (``killed: 0`` for the denier's side; naming nobody, the side they blame instead,
      or their own side as the party they clear), revisions that supersede a figure or
      withdraw a denial, second parts that add to a toll (``adds_to``), updates without a link; outlets that
      relay a ministry (``relays``) or an unnamed official; belligerents blaming the other side.
    """
    return _claims(tuple(parties), tuple(sources), max_incidents, max_claims)


@st.composite
def _cases(draw: st.DrawFn, min_parties: int, max_parties: int, max_sources: int, max_incidents: int,
           max_claims: int) -> Case:
    cast = draw(parties(min_size=min_parties, max_size=max_parties))
    voices = draw(sources(cast, max_size=max_sources))
    sites = draw(_sites(cast))
    found = draw(_scenario(_world(cast, voices, sites), max_incidents, max_claims))
    gazetteer = tuple(s.entry for s in sites if s.entry is not None and draw(st.integers(0, 3)))
    return Case(
        id="generated-case",
        title="A conflict drawn by reconcile.testing",
        parties=cast,
        sources=voices,
        claims=found,
        gazetteer=gazetteer,
    )


def cases(*, min_parties: int = 2, max_parties: int = 4, max_sources: int = 7, max_incidents: int = 3,
          max_claims: int = 10) -> st.SearchStrategy[Case]:
    """Whole `Case` values: `parties`, `sources` of them, `claims` about their incidents, and a case gazetteer.

    The case gazetteer lists (most of the time) the drawn places the shipped gazetteer lacks, as the seed case
    does (Aşağı Əskipara, Aygepar, and synthetic places with coordinates on a fictional border). Keep
    ``max_claims`` small: each example runs the whole pipeline, whose matching is quadratic in the worst case.
    """
    return _cases(min_parties, max_parties, max_sources, max_incidents, max_claims)


_default_cases: Final = cases  # the check functions take a parameter named ``cases``


# ==============================================================================================================
# Canonical form of a result
# ==============================================================================================================


def _bag(items: Iterable[H]) -> frozenset[tuple[H, int]]:
    """A multiset as a frozenset of (item, multiplicity): order does not count, repetition does."""
    return frozenset(Counter(items).items())


_FigureForm = tuple[str, str, str, int, int, int | None, frozenset[tuple[FigureValue, int]]]
_ConflictForm = tuple[str, frozenset[tuple[str, str]], str]


@attrs.frozen
class CanonicalEvent:
    """An event with every order-free part as a multiset, so that two results compare by content.

    ``figures`` are (party, category, measure, low, best, high, values); ``conflicts`` are (kind, the claims
    paired with their values, summary). Sentences (summaries, notes) are part of the form: a report that reads
    differently is a different result.
    """

    id: str
    claims: tuple[str, ...]
    superseded: tuple[str, ...]
    date: tuple[dt.date, dt.date, Precision, str]
    grade: Grade
    figures: frozenset[tuple[_FigureForm, int]]
    conflicts: frozenset[tuple[_ConflictForm, int]]
    places: frozenset[tuple[PlaceMention, int]]
    initiators: frozenset[tuple[tuple[str, str], int]]
    evidence: frozenset[tuple[PairScore, int]]


def _canonical_event(event: Event) -> CanonicalEvent:
    return CanonicalEvent(
        id=event.id,
        claims=tuple(sorted(event.claims)),
        superseded=tuple(sorted(event.superseded)),
        date=(event.date.start, event.date.end, event.date.precision, event.date.text),
        grade=event.grade,
        figures=_bag((f.party, f.category, f.measure, f.low, f.best, f.high, _bag(f.values)) for f in event.casualties),
        conflicts=_bag((c.kind, frozenset(zip(c.claims, c.values, strict=False)), c.summary) for c in event.conflicts),
        places=_bag(event.places),
        initiators=_bag(event.initiators),
        evidence=_bag(event.evidence),
    )


def canonical(reconciliation: Reconciliation) -> frozenset[tuple[CanonicalEvent, int]]:
    """The events of a result as a multiset of `CanonicalEvent`: equal for results that say the same things."""
    return _bag(_canonical_event(e) for e in reconciliation.events)


def _short(value: object, limit: int = 400) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _figures_diff(a: frozenset[tuple[_FigureForm, int]], b: frozenset[tuple[_FigureForm, int]], before_name: str,
                  after_name: str) -> list[str]:
    """How two events' figures differ, figure by figure: the range first (what a casualty rule decides), then the
    values (counted, outside, notes); a figure or value only in one result is named with the result."""
    def by_key(bag: frozenset[tuple[_FigureForm, int]]) -> dict[tuple[str, str, str], list[_FigureForm]]:
        out: dict[tuple[str, str, str], list[_FigureForm]] = {}
        for form, times in bag:
            out.setdefault(form[:3], []).extend([form] * times)
        return out

    def bounds(form: _FigureForm) -> str:
        return f"(low={form[3]}, best={form[4]}, high={'open' if form[5] is None else form[5]})"

    old, new = by_key(a), by_key(b)
    lines: list[str] = []
    for key in sorted(old.keys() | new.keys()):
        label = "figure " + "/".join(key)
        first, second = sorted(old.get(key, []), key=repr), sorted(new.get(key, []), key=repr)
        if first == second:
            continue
        if not first or not second:
            here, name = (second, after_name) if second else (first, before_name)
            lines.append(f"{label} {', '.join(bounds(f) for f in here)} is only in {name}")
            continue
        if len(first) != 1 or len(second) != 1:
            lines.append(f"{label}: {_short([bounds(f) for f in first])} in {before_name}; "
                         f"{_short([bounds(f) for f in second])} in {after_name}")
            continue
        (x,), (y,) = first, second
        if x[3:6] != y[3:6]:
            lines.append(f"{label} differs: {bounds(x)} in {before_name}; {bounds(y)} in {after_name}")
        if x[6] != y[6]:
            lines.append(f"{label}: values differ (only in {before_name}: {_short(sorted(map(repr, x[6] - y[6])))}; "
                         f"only in {after_name}: {_short(sorted(map(repr, y[6] - x[6])))})")
    return lines


def _diff(before: Reconciliation, after: Reconciliation, *, before_name: str, after_name: str) -> list[str]:
    """Differences between two results, event by event and field by field, in sentences."""
    old = {e.id: _canonical_event(e) for e in before.events}
    new = {e.id: _canonical_event(e) for e in after.events}
    out: list[str] = []
    for event_id in sorted(old.keys() - new.keys()):
        out.append(f"event {event_id} (claims {', '.join(old[event_id].claims)}) is only in {before_name}")
    for event_id in sorted(new.keys() - old.keys()):
        out.append(f"event {event_id} (claims {', '.join(new[event_id].claims)}) is only in {after_name}")
    for event_id in sorted(old.keys() & new.keys()):
        for field in attrs.fields(CanonicalEvent):
            a, b = getattr(old[event_id], field.name), getattr(new[event_id], field.name)
            if a != b:
                if field.name == "figures":
                    out.extend(f"event {event_id}: {line}" for line in _figures_diff(a, b, before_name, after_name))
                    continue
                if isinstance(a, frozenset) and isinstance(b, frozenset):
                    detail = f"only in {before_name}: {_short(sorted(map(repr, a - b)))}; only in {after_name}: " \
                             f"{_short(sorted(map(repr, b - a)))}"
                else:
                    detail = f"{before_name}: {_short(a)}; {after_name}: {_short(b)}"
                out.append(f"event {event_id}: {field.name} differs ({detail})")
    if not out and canonical(before) != canonical(after):
        out.append(f"{before_name} and {after_name} list their events a different number of times")
    return out


# ==============================================================================================================
# The laws on examples (no hypothesis)
# ==============================================================================================================


class _RangeRefused(AssertionError):
    """The merge refused a casualty rule's range (`MergeError`): law 4 is broken, whichever law was being checked."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"merge law 4 (ranges) broken:\n- {detail}")
        self.detail = detail


@functools.lru_cache(maxsize=64)
def _gazetteer(region: str, entries: tuple[GazetteerEntry, ...]) -> Gazetteer:
    """The pipeline's default gazetteer for a case (its regional one, extended by the case's entries), built once.

    Building it (indexing the shipped gazetteer) takes most of a pipeline run on a small case; the cache key is
    the case's entries in their order, so a reordered gazetteer is built anew and law 1 still covers it.
    """
    return regional_gazetteer(region).extended(entries)


def _reconcile(case: Case, rules: Rules | None, config: MatchConfig | None) -> Reconciliation:
    """The real pipeline with its default gazetteer; a range the merge refuses (`MergeError`) is a broken law 4.

    Other refusals (a grading rule's unknown grade) are no law's: they propagate, with hypothesis' example.
    """
    try:
        gazetteer = _gazetteer(case.regional_gazetteer, case.gazetteer)
        return pipeline.reconcile(case, config=config, rules=rules, gazetteer=gazetteer)
    except _RangeError as exc:
        raise _RangeRefused(f"the merge refused a result: {exc}") from exc


def merge_law_violations(reconciliation: Reconciliation) -> list[str]:
    """The breaches of the laws checkable on one result, in sentences (empty when it keeps them).

    - Law 3, nothing lost: every claim of the case is in exactly one event; an event names only claims of the
      case, each once, and its superseded claims are among its claims.
    - Law 4, ranges: ``0 <= low <= best <= high`` for every figure (``high`` None is open), and every counted
      value lies within ``[low, high]`` (overlaps it) exactly when it is not flagged ``outside``.
    """
    out: list[str] = []
    case = reconciliation.case
    known = {c.global_id for c in case.claims}
    homes: dict[str, list[str]] = {}
    for event in reconciliation.events:
        for gid, times in Counter(event.claims).items():
            if times > 1:
                out.append(f"law 3: event {event.id} lists claim {gid} {times} times")
            if gid not in known:
                out.append(f"law 3: event {event.id} names claim {gid}, which is not a claim of the case")
            homes.setdefault(gid, []).append(event.id)
        stray = sorted(set(event.superseded) - set(event.claims))
        if stray:
            out.append(f"law 3: event {event.id} marks {', '.join(stray)} superseded but does not list them")
        for fig in event.casualties:
            what = f"event {event.id}, {fig.party}/{fig.category}/{fig.measure}"
            if not (0 <= fig.low <= fig.best and (fig.high is None or fig.best <= fig.high)):
                out.append(f"law 4: {what}: low={fig.low}, best={fig.best}, high={fig.high} breaks "
                           "0 <= low <= best <= high")
                continue
            for value in fig.values:
                if not value.counted:
                    continue
                inside = within(value.count, fig.low, fig.high)
                if inside == value.outside:
                    said = "flagged outside but lies within" if inside else "lies outside but is not flagged"
                    text = value.count.text or format_count(value.count)
                    out.append(f"law 4: {what}: {value.claim}'s {text} [{value.count.low}, {value.count.high}] "
                               f"{said} [{fig.low}, {fig.high}]")
    for claim in sorted(known):
        found = homes.get(claim, [])
        if not found:
            out.append(f"law 3: claim {claim} is in no event")
        elif len(found) > 1:
            out.append(f"law 3: claim {claim} is in {len(found)} events: {', '.join(found)}")
    return out


def order_violations(case: Case, reordered: Case, *, rules: Rules | None = None,
                     config: MatchConfig | None = None) -> list[str]:
    """Law 1: ``reordered`` (the same case with claims, parties, sources, gazetteer in another order) gives the
    same events as ``case``; the differences found, in sentences.

    Like every function here that runs the pipeline, raises AssertionError (law 4) when the merge refuses a range.
    """
    return _diff(_reconcile(case, rules, config), _reconcile(reordered, rules, config),
                 before_name="the case as given", after_name="the reordered case")


def duplicate_violations(case: Case, claim_ids: Collection[str], *, rules: Rules | None = None,
                         config: MatchConfig | None = None) -> list[str]:
    """Law 2: the case with the claims ``claim_ids`` (global ids) read a second time gives the same events."""
    return _duplicate_diff(case, _reconcile(case, rules, config), claim_ids, rules, config)


def _duplicate_diff(case: Case, before: Reconciliation, claim_ids: Collection[str], rules: Rules | None,
                    config: MatchConfig | None) -> list[str]:
    again = tuple(c for c in case.claims if c.global_id in claim_ids)
    doubled = attrs.evolve(case, claims=case.claims + again)
    return _diff(before, _reconcile(doubled, rules, config),
                 before_name="the case", after_name="the case with claims read twice")


def _conflicts(result: Reconciliation) -> dict[tuple[str, frozenset[str]], tuple[str, Conflict]]:
    return {(c.kind, frozenset(c.claims)): (event_id, c) for event_id, c in result.conflicts()}


def monotonicity_violations(case: Case, source: Source, claim: Claim, *, rules: Rules | None = None,
                            config: MatchConfig | None = None) -> list[str]:
    """Law 5: adding ``claim`` of the new ``source`` to ``case`` keeps every conflict of the case.

    Conflicts compare by kind and the set of their claims. ``source`` must not be a source of the case and
    ``claim.source`` must be its id. Each breach says whether the merge dropped the conflict (both claims still
    share an event) or the matching moved its claims apart.
    """
    return _monotonicity_diff(case, _reconcile(case, rules, config), source, claim, rules, config)


def _monotonicity_diff(case: Case, before: Reconciliation, source: Source, claim: Claim, rules: Rules | None,
                       config: MatchConfig | None) -> list[str]:
    if any(s.id == source.id for s in case.sources) or claim.source != source.id:
        raise ValueError(f"monotonicity: {claim.global_id!r} must be a claim of a source new to the case")
    after = _reconcile(attrs.evolve(case, sources=(*case.sources, source), claims=(*case.claims, claim)),
                       rules, config)
    now = _conflicts(after)
    where = {gid: e.id for e in after.events for gid in e.claims}
    out = []
    for key, (event_id, conflict) in sorted(_conflicts(before).items(), key=lambda kv: (kv[0][0], sorted(kv[0][1]))):
        if key in now:
            continue
        homes = sorted({where.get(gid, "no event") for gid in conflict.claims})
        if len(homes) == 1:
            why = f"both claims are still in event {homes[0]}: the merge dropped it"
        else:
            why = "the matching no longer puts its claims in one event: " + ", ".join(
                f"{gid} is in {where.get(gid, 'no event')}" for gid in conflict.claims)
        out.append(f"the {conflict.kind} conflict of event {event_id} ({conflict.summary}) is gone after adding "
                   f"{claim.global_id}: {why}")
    return out


# ==============================================================================================================
# Reading and reducing a counterexample
# ==============================================================================================================


def _source_line(s: Source) -> str:
    stands = f", speaks for {s.speaks_for}" if s.speaks_for else ""
    stands += f", aligned with {', '.join(s.aligned_with)}" if s.aligned_with else ""
    return f"source {s.id}: {s.kind}{stands}"


def _claim_line(c: Claim) -> str:
    figures = "; ".join(
        f"{x.party}/{x.category} " + ", ".join(f"{m} {v.text or format_count(v)}" for m, v in x.measures())
        for x in c.casualties
    )
    return (
        f"claim {c.global_id} (stated {c.stated}): {c.stance} {c.date.text or c.date.start} at {c.place!r}"
        + (f" [{c.region}]" if c.region else "")
        + (f", initiator {c.initiator}" if c.initiator else "")
        + (f", relays {c.relays}" if c.relays else "")
        + (f", {figures}" if figures else "")
        + (f", supersedes {', '.join(c.supersedes)}" if c.supersedes else "")
        + (f", adds to {', '.join(c.adds_to)}" if c.adds_to else "")
    )


def describe_case(case: Case) -> str:
    """A case in a few lines (its parties, one line per source and per claim), for reading a counterexample."""
    lines = [f"case {case.id}: parties " + ", ".join(
        p.id + (f" (aligned with {', '.join(p.aligned_with)})" if p.aligned_with else "") for p in case.parties)]
    lines += [f"  {_source_line(s)}" for s in case.sources]
    lines += [f"  {_claim_line(c)}" for c in case.claims]
    if case.gazetteer:
        lines.append("  gazetteer: " + ", ".join(g.id for g in case.gazetteer))
    return "\n".join(lines)


_LABELS: Final[Mapping[int, str]] = {
    1: "1 (order)", 2: "2 (reading twice)", 3: "3 (nothing lost)", 4: "4 (ranges)", 5: "5 (monotonicity)",
}
#: The order `check_merge_laws` checks in: the laws of one result first, then those that need a second run.
_ALL_LAWS: Final = (4, 3, 1, 2, 5)


@attrs.frozen
class _Drawn:
    """A drawn case and what the laws vary: a reordering (law 1), claims read twice (2), a newcomer (5)."""

    case: Case
    reordered: Case | None = None
    twice: frozenset[str] = frozenset()
    newcomer: tuple[Source, Claim] | None = None


def _in_order_of(case: Case, template: Case) -> Case:
    """``case`` with its claims, parties, sources and entries in the order they have in ``template``."""
    def rank(keys: Iterable[str]) -> dict[str, int]:
        index: dict[str, int] = {}
        for k, key in enumerate(keys):
            index.setdefault(key, k)
        return index

    claims = rank(c.global_id for c in template.claims)
    parties, sources = rank(p.id for p in template.parties), rank(s.id for s in template.sources)
    places = rank(g.id for g in template.gazetteer)
    return attrs.evolve(
        case,
        claims=tuple(sorted(case.claims, key=lambda c: claims.get(c.global_id, -1))),
        parties=tuple(sorted(case.parties, key=lambda p: parties.get(p.id, -1))),
        sources=tuple(sorted(case.sources, key=lambda s: sources.get(s.id, -1))),
        gazetteer=tuple(sorted(case.gazetteer, key=lambda g: places.get(g.id, -1))),
    )


def _describe(drawn: _Drawn) -> str:
    lines = [describe_case(drawn.case)]
    if drawn.reordered is not None:
        order = _in_order_of(drawn.case, drawn.reordered)
        lines.append("reordered: claims " + ", ".join(c.global_id for c in order.claims) + "; sources "
                     + ", ".join(s.id for s in order.sources) + "; parties " + ", ".join(p.id for p in order.parties))
    if drawn.twice:
        lines.append(f"read twice: {', '.join(sorted(drawn.twice))}")
    if drawn.newcomer is not None:
        source, claim = drawn.newcomer
        lines.append(f"added ({_source_line(source)}): {_claim_line(claim)}")
    return "\n".join(lines)


def _law_violations(law: int, drawn: _Drawn, base: Reconciliation, rules: Rules | None,
                    config: MatchConfig | None) -> list[str]:
    """The breaches of one law by ``drawn``, given its result ``base``."""
    case = drawn.case
    if law in (3, 4):
        return [v for v in merge_law_violations(base) if v.startswith(f"law {law}:")]
    if law == 1:
        reordered = case if drawn.reordered is None else _in_order_of(case, drawn.reordered)
        return _diff(base, _reconcile(reordered, rules, config),
                     before_name="the case as given", after_name="the reordered case")
    if law == 2:
        return _duplicate_diff(case, base, drawn.twice, rules, config) if drawn.twice else []
    if drawn.newcomer is None:
        return []
    source, claim = drawn.newcomer
    return _monotonicity_diff(case, base, source, claim, rules, config)


def _breach(laws: Sequence[int], drawn: _Drawn, rules: Rules | None,
            config: MatchConfig | None) -> tuple[int, list[str]] | None:
    """The first of ``laws`` that ``drawn`` breaks, with its breaches; a range the merge refuses is law 4."""
    try:
        base = _reconcile(drawn.case, rules, config)
        for law in laws:
            found = _law_violations(law, drawn, base, rules, config)
            if found:
                return law, found
    except _RangeRefused as exc:
        return 4, [exc.detail]
    return None


def _without_claims(drawn: _Drawn, gone: Collection[str]) -> _Drawn:
    """``drawn`` without the claims ``gone`` and every claim that revises or adds to one of them."""
    removed = set(gone)
    grew = True
    while grew:
        extra = {c.global_id for c in drawn.case.claims if removed & {*c.supersedes, *c.adds_to}} - removed
        grew = bool(extra)
        removed |= extra
    claims = tuple(c for c in drawn.case.claims if c.global_id not in removed)
    return attrs.evolve(drawn, case=attrs.evolve(drawn.case, claims=claims), twice=drawn.twice - removed)


#: Ways to make a claim plainer, one field at a time.
_PLAINER: Final[tuple[Callable[[Claim], Claim], ...]] = (
    lambda c: attrs.evolve(c, casualties=()),
    lambda c: attrs.evolve(c, initiator=None),
    lambda c: attrs.evolve(c, relays=None),
    lambda c: attrs.evolve(c, region=None),
    lambda c: attrs.evolve(c, event=None),
    lambda c: attrs.evolve(c, reference=None, url=None),
    lambda c: attrs.evolve(c, supersedes=()),
    lambda c: attrs.evolve(c, adds_to=()),
)


def _plainer(claim: Claim) -> Iterable[Claim]:
    """``claim`` with one field plainer, one figure fewer, or one measure fewer."""
    for plainer in _PLAINER:
        simpler = plainer(claim)
        if simpler != claim:
            yield simpler
    figures = claim.casualties
    for k, figure in enumerate(figures):
        if len(figures) > 1:
            yield attrs.evolve(claim, casualties=(*figures[:k], *figures[k + 1:]))
        if len(figure.measures()) > 1:
            for fewer in (attrs.evolve(figure, killed=None), attrs.evolve(figure, wounded=None),
                          attrs.evolve(figure, captured=None), attrs.evolve(figure, missing=None)):
                if fewer != figure:
                    yield attrs.evolve(claim, casualties=(*figures[:k], fewer, *figures[k + 1:]))


def _smaller(drawn: _Drawn) -> Iterable[_Drawn]:
    """Variants of ``drawn`` one step smaller or plainer, biggest steps first."""
    case = drawn.case
    for claim in case.claims:
        yield _without_claims(drawn, {claim.global_id})
    used = {c.source for c in case.claims} | {c.relays for c in case.claims if c.relays}
    if drawn.newcomer is not None and drawn.newcomer[1].relays:
        used.add(drawn.newcomer[1].relays)
    for source in case.sources:
        if source.id not in used:
            yield attrs.evolve(drawn, case=attrs.evolve(case, sources=tuple(s for s in case.sources if s != source)))
    for entry in case.gazetteer:
        yield attrs.evolve(drawn, case=attrs.evolve(case, gazetteer=tuple(g for g in case.gazetteer if g != entry)))
    named = {p for c in case.claims for p in (c.initiator, *(x.party for x in c.casualties))}
    named |= {p for s in case.sources for p in (s.speaks_for, *s.aligned_with)}
    named |= {a for p in case.parties for a in p.aligned_with}
    if drawn.newcomer is not None:
        source, claim = drawn.newcomer
        named |= {source.speaks_for, *source.aligned_with, claim.initiator, *(x.party for x in claim.casualties)}
    for party in case.parties:
        if party.id not in named:
            yield attrs.evolve(drawn, case=attrs.evolve(case, parties=tuple(p for p in case.parties if p != party)))
    for k, claim in enumerate(case.claims):
        for simpler in _plainer(claim):
            yield attrs.evolve(drawn, case=attrs.evolve(case, claims=(*case.claims[:k], simpler, *case.claims[k + 1:])))
    if len(drawn.twice) > 1:
        for gid in sorted(drawn.twice):
            yield attrs.evolve(drawn, twice=drawn.twice - {gid})
    if drawn.newcomer is not None:
        source, claim = drawn.newcomer
        for simpler in _plainer(claim):
            yield attrs.evolve(drawn, newcomer=(source, simpler))


def _reduce(drawn: _Drawn, fails: Callable[[_Drawn], bool], *, budget: int = 200) -> _Drawn:
    """The smallest variant of ``drawn`` found that still ``fails``: greedy, one step at a time, within ``budget``.

    Hypothesis shrinks the choices behind a case; removing one reporter there redraws every later claim, so a
    shrunk case often keeps claims it does not need. This pass works on the case itself: it drops claims (with
    the claims that name them), unused sources, parties and gazetteer entries, and plain fields, one at a time,
    keeping each step after which the same law still breaks. After a kept step it goes on from the same position
    (what came before was tried already); passes repeat while one keeps a step, at most ``budget`` tries in all.
    """
    current = drawn
    spent = 0
    progress = True
    while progress and spent < budget:
        progress = False
        candidates = list(_smaller(current))
        position = 0
        while position < len(candidates) and spent < budget:
            spent += 1
            try:
                broken = fails(candidates[position])
            except Exception:  # a variant that crashes the pipeline shows another problem, not this one
                broken = False
            if broken:
                current, progress = candidates[position], True
                candidates = list(_smaller(current))
            else:
                position += 1
    return current


def _reproduction(law: int, drawn: _Drawn) -> str:
    """Python that reproduces the breach without hypothesis (the models' reprs are Python)."""
    lines = ["import datetime", "from reconcile.models import *", f"case = {drawn.case!r}"]
    if law in (3, 4):
        lines += ["from reconcile.pipeline import reconcile", "from reconcile.testing import merge_law_violations",
                  "print(merge_law_violations(reconcile(case, rules=rules)))"]
    elif law == 1:
        order = _in_order_of(drawn.case, drawn.reordered or drawn.case)
        lines += ["from reconcile.testing import order_violations", f"reordered = {order!r}",
                  "print(order_violations(case, reordered, rules=rules))"]
    elif law == 2:
        lines += ["from reconcile.testing import duplicate_violations",
                  f"print(duplicate_violations(case, {sorted(drawn.twice)!r}, rules=rules))"]
    elif drawn.newcomer is not None:
        source, claim = drawn.newcomer
        lines += [f"source = {source!r}", f"claim = {claim!r}", "from reconcile.testing import monotonicity_violations",
                  "print(monotonicity_violations(case, source, claim, rules=rules))"]
    return "\n".join(lines)


# ==============================================================================================================
# The laws as hypothesis properties
# ==============================================================================================================


def _settings(max_examples: int) -> settings:
    """The profile in force, with the example budget and no deadline (a pipeline run takes a while)."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        report_multiple_bugs=False,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )


def _fail(law: int, violations: Sequence[str]) -> None:
    if violations:
        raise AssertionError(f"merge law {_LABELS[law]} broken:\n- " + "\n- ".join(violations))


@st.composite
def _reordering(draw: st.DrawFn, case: Case) -> Case:
    def shuffle(items: tuple[T, ...]) -> tuple[T, ...]:
        return tuple(draw(st.permutations(items)))

    return attrs.evolve(case, claims=shuffle(case.claims), parties=shuffle(case.parties),
                        sources=shuffle(case.sources), gazetteer=shuffle(case.gazetteer))


def reorderings(case: Case) -> st.SearchStrategy[Case]:
    """``case`` with its claims, parties, sources and gazetteer entries each in a drawn order (law 1)."""
    return _reordering(case)


def newcomers(case: Case) -> st.SearchStrategy[tuple[Source, Claim]]:
    """A source new to ``case`` and one claim of it (law 5).

    The source is of any kind (a belligerent speaks for a party, an outlet may be aligned with one); the claim
    usually retells an incident of the case (a claim's date, maybe a day or two off, and its place) with its own
    stance, initiator and figures, and may relay a source of the case.
    """
    return _newcomer(case)


@st.composite
def _newcomer(draw: st.DrawFn, case: Case) -> tuple[Source, Claim]:
    taken = {s.id for s in case.sources}
    source_id, k = "newcomer", 1
    while source_id in taken:
        k += 1
        source_id = f"newcomer-{k}"
    party_ids = [p.id for p in case.parties]
    kind: SourceKind = draw(st.sampled_from(("media", "monitor", "belligerent", "analyst")))
    speaks_for = draw(st.sampled_from(party_ids)) if kind == "belligerent" and party_ids else None
    aligned = (draw(st.sampled_from(party_ids)),) if kind == "media" and party_ids and draw(st.booleans()) else ()
    source = Source(source_id, f"Newcomer {kind}", kind, speaks_for=speaks_for, aligned_with=aligned,
                    file=f"{source_id}.yaml", line=1)
    template = draw(st.sampled_from(case.claims)) if case.claims else None
    if template is None:
        day = draw(st.dates(dt.date(2010, 1, 1), dt.date(2022, 12, 31)))
        date, place = DateSpan(day, day, "day", day.isoformat()), "the border"
    else:
        date, place = template.date, template.place
        if draw(st.booleans()):
            shifted = date.start + dt.timedelta(days=draw(st.integers(-2, 2)))
            date = parse_date(shifted.isoformat())
    casualties = []
    for c in template.casualties if template else ():
        k = c.killed.low if c.killed is not None else 0
        text = draw(st.sampled_from((str(k), str(k * 3 + 2), "several", "at least 1", "no losses")))
        casualties.append(Casualties(c.party, c.category, killed=parse_count(text)))
    stance: Stance = draw(st.sampled_from(("asserts", "asserts", "denies")))
    relays = draw(st.sampled_from(sorted(taken))) if taken and kind == "media" and draw(st.booleans()) else None
    claim = Claim(
        source=source_id, id=date.start.isoformat(), stated=date.end + dt.timedelta(days=draw(st.integers(0, 2))),
        quote="A newcomer's account.", date=date, place=place,
        initiator=draw(st.sampled_from((None, UNKNOWN, *party_ids))),
        stance=stance, relays=relays, casualties=tuple(sorted(casualties, key=lambda c: (c.party, c.category))),
        file=f"{source_id}.yaml",
    )
    return source, claim


@st.composite
def _drawn(draw: st.DrawFn, strategy: st.SearchStrategy[Case], laws: Collection[int]) -> _Drawn:
    case = draw(strategy)
    reordered = draw(_reordering(case)) if 1 in laws else None
    ids = sorted({c.global_id for c in case.claims})
    twice = frozenset(draw(st.lists(st.sampled_from(ids), min_size=1, unique=True))) if 2 in laws and ids else None
    newcomer = draw(_newcomer(case)) if 5 in laws else None
    return _Drawn(case, reordered, twice or frozenset(), newcomer)


def _check(laws: Sequence[int], rules: Rules | None, config: MatchConfig | None, max_examples: int,
           cases: st.SearchStrategy[Case] | None) -> None:
    """Run ``laws`` as one hypothesis property; on a breach, reduce the counterexample and raise AssertionError."""
    failing: list[tuple[int, _Drawn]] = []

    @_settings(max_examples)
    @given(_drawn(_default_cases() if cases is None else cases, laws))
    def merge_laws(drawn: _Drawn) -> None:
        # Hypothesis calls the test last with its final, shrunk example: what is recorded then is what it reports
        # (and nothing, when that example fails for another reason than a law, such as a rule's own assert).
        failing.clear()
        note(_describe(drawn))
        found = _breach(laws, drawn, rules, config)
        if found is not None:
            failing.append((found[0], drawn))
            _fail(*found)

    try:
        merge_laws()
    except AssertionError as exc:
        if not failing:
            raise
        law, drawn = failing[0]

        def same_law(candidate: _Drawn) -> bool:
            found = _breach((law,), candidate, rules, config)
            return found is not None and found[0] == law

        reduced = _reduce(drawn, same_law)
        found = _breach((law,), reduced, rules, config)
        if found is None:  # law 4 broken only in a variant (a reordered case, a newcomer's): report it as it is
            raise
        message = (
            f"merge law {_LABELS[law]} broken:\n- " + "\n- ".join(found[1])
            + "\n\nThe smallest case found (hypothesis' falsifying example, above, reduced by reconcile.testing):\n"
            + _describe(reduced)
            + "\n\nTo reproduce it without hypothesis (``rules`` is your Rules value):\n"
            + textwrap.indent(_reproduction(law, reduced), "    ")
        )
        raise AssertionError(message) from exc


def check_order_independence(rules: Rules | None = None, *, config: MatchConfig | None = None,
                             max_examples: int = 50, cases: st.SearchStrategy[Case] | None = None) -> None:
    """Law 1: the result does not depend on the order of claims, parties, sources or gazetteer entries.

    Runs the pipeline on each drawn case (default `cases`) and on a shuffled copy (`reorderings`); raises
    AssertionError naming the events that differ, with the counterexample (see `check_merge_laws`).
    """
    _check((1,), rules, config, max_examples, cases)


def check_idempotence(rules: Rules | None = None, *, config: MatchConfig | None = None,
                      max_examples: int = 50, cases: st.SearchStrategy[Case] | None = None) -> None:
    """Law 2: reading a claim twice changes nothing: the case with some claims repeated gives the same events."""
    _check((2,), rules, config, max_examples, cases)


def check_nothing_lost(rules: Rules | None = None, *, config: MatchConfig | None = None,
                       max_examples: int = 50, cases: st.SearchStrategy[Case] | None = None) -> None:
    """Law 3: every claim ends in exactly one event (or in ``case.rejected``); events name only the case's claims."""
    _check((3,), rules, config, max_examples, cases)


def check_ranges(rules: Rules | None = None, *, config: MatchConfig | None = None,
                 max_examples: int = 50, cases: st.SearchStrategy[Case] | None = None) -> None:
    """Law 4: ``low <= best <= high`` for every figure; a counted value outside ``[low, high]`` is flagged."""
    _check((4,), rules, config, max_examples, cases)


def check_monotonicity(rules: Rules | None = None, *, config: MatchConfig | None = None,
                       max_examples: int = 50, cases: st.SearchStrategy[Case] | None = None) -> None:
    """Law 5: adding one claim of a new source (`newcomers`) never removes a conflict between two other claims."""
    _check((5,), rules, config, max_examples, cases)


def check_merge_laws(rules: Rules | None = None, *, config: MatchConfig | None = None, max_examples: int = 50,
                     cases: st.SearchStrategy[Case] | None = None) -> None:
    """Property-test ``rules`` (default `reconcile.merge.DEFAULT_RULES`) against the five merge laws.

    Each drawn case (default `cases`; pass your own strategy to focus) goes through the real pipeline
    (`reconcile.pipeline.reconcile` with ``rules``, ``config`` and the default gazetteer), and the laws are
    checked in the order 4, 3, 1, 2, 5 (one result first, then the laws that need more runs). A range the merge
    refuses (`MergeError`) is a broken law 4, whichever law was being checked.

    On a breach, raises AssertionError naming the law, with the breaches in sentences, the case reduced claim by
    claim (hypothesis shrinks the choices behind a case, which often leaves claims it does not need), and Python
    that reproduces it; hypothesis' own falsifying example is in the exception it is raised from. Other
    exceptions (your rule crashing) propagate as raised. The hypothesis profile in force supplies every setting
    but ``max_examples``, ``deadline`` (none) and ``report_multiple_bugs`` (off: the first law broken is reported).
    """
    _check(_ALL_LAWS, rules, config, max_examples, cases)


#: The laws by name, each with its check, in the order of the docs.
LAWS: Final[Mapping[str, Callable[..., None]]] = {
    "order": check_order_independence,
    "reading twice": check_idempotence,
    "nothing lost": check_nothing_lost,
    "ranges": check_ranges,
    "monotonicity": check_monotonicity,
}
