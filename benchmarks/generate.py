"""Generate synthetic reconciliation cases with a known answer, for benchmarks.

Usage::

    .venv/bin/python benchmarks/generate.py --claims 10000 [--seed 1] [--out /tmp/reconcile-bench]
        [--per-day 25] [--format auto|yaml|csv]

writes ``OUT/synthetic-<claims>-s<seed>/`` (a case folder: ``case.yaml``, ``gazetteer.yaml`` and one claim file per
source) and ``OUT/synthetic-<claims>-s<seed>.gold.json`` beside it, *outside* the folder, so that the loader never
reads it. The gold file maps every global claim id to the id of the incident it reports.

The world (deterministic for a seed; the same seed and size give the same bytes):

- **Incidents** happen at the real places of the shipped gazetteer (``reconcile/data/gazetteer-am-az.json``), ten
  times likelier in the regions along the border and the line of contact than inland, and within those by a
  seeded Zipf-like popularity (a few villages see many incidents). Karabakh districts are the NKR–Azerbaijan front,
  the rest the Armenia–Azerbaijan border. A tenth of incidents name a second, nearby village. The case spans
  ``incidents / per_day`` days from 1 January 1992, so that a case ten times larger covers ten times the days at
  the same density (what grows with a real archive), rather than packing ten times the incidents into each day.
- **Sources** of the spec's kinds: the two or three belligerents' ministries (speaking for their party), monitors,
  state media aligned with a side, independent media and analysts; more media outlets join as the case grows,
  so that no source file holds more than about 70,000 claims.
- **Each source reports a share** of the incidents it would hear of (a ministry most of its own front's, a monitor
  few), in its own language and script: Armenian sources in Armenian letters or Armenian romanizations, Azerbaijani
  sources in Azerbaijani Latin, Russian-language media in Cyrillic, international media in English, each with the
  generic words of its language ("с. Бердаван", "Berdavan kəndi yaxınlığında", "near the village of Berdavan").
  Spellings are the gazetteer's variants; 3 % of names carry a typo from a small pool per place (the same few
  misspellings recur, as in real archives). 5 % of claims name no specific place ("the line of contact", a
  region only).
- **Noise**: date jitter of a day (8 %), precision (day 75 %, month 7 %, early/mid/late 7 %, ranges 11 %) in ISO and
  English forms; counts as digits, words, ranges ("15 to 20"), bounds ("at least 4") and vague words ("several",
  "heavy losses"); partisan bias (a ministry lowers its own losses and inflates the enemy's); denials by the
  accused side (``killed: 0``); revisions (``supersedes``) and second parts (``adds_to``); unlinked updates;
  each side blaming the other (``initiator``); state media relaying their ministry (``relays``); a few period
  totals by analysts ("N killed since ...", their own incident in the gold).

Format: YAML below 5,000 claims; above, CSV for every source except the monitors, whose files are JSON (both
fast formats are exercised). ``--format`` forces one.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import io
import json
import math
import random
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Final, Literal

import attrs
import yaml

Format = Literal["auto", "yaml", "csv"]

#: Below this many claims the case is written as YAML; above, as CSV and JSON.
YAML_BELOW: Final = 5_000
#: Most claims one media outlet file should hold; more outlets join as the case grows.
CLAIMS_PER_OUTLET: Final = 70_000
#: Most claims one belligerent's file should hold (the loader refuses files over 64 MiB).
CLAIMS_PER_SERVICE: Final = 120_000
START: Final = dt.date(1992, 1, 1)

# Districts along the Armenia–Azerbaijan border and the line of contact: incidents happen there.
FRONT_REGIONS: Final = frozenset({
    "Tavush", "Gegharkunik", "Syunik", "Vayots Dzor", "Ararat", "Qazax", "Ağstafa", "Tovuz", "Gədəbəy",
    "Daşkəsən", "Kəlbəcər", "Laçın", "Naxçıvan", "Ağdam", "Füzuli", "Tərtər", "Xocavənd", "Xocalı", "Xankəndi",
    "Şuşa", "Cəbrayıl", "Zəngilan", "Qubadlı", "Goranboy", "Beyləqan", "Ağcabədi", "Bərdə",
})  # fmt: skip
# Of those, the districts of the Karabakh line of contact: the NKR's front.
KARABAKH_REGIONS: Final = frozenset({
    "Ağdam", "Füzuli", "Tərtər", "Xocavənd", "Xocalı", "Xankəndi", "Şuşa", "Cəbrayıl", "Zəngilan", "Qubadlı",
    "Kəlbəcər", "Laçın", "Goranboy", "Beyləqan", "Ağcabədi", "Bərdə",
})  # fmt: skip

PARTIES: Final = (
    {"id": "armenia", "name": "Armenia",
     "aliases": ["Armenian", "Armenians", "armed forces of Armenia", "Hayastan", "Հայաստան", "Армения", "Ermənistan"]},
    {"id": "azerbaijan", "name": "Azerbaijan",
     "aliases": ["Azerbaijani", "Azeri", "Azerbaijani forces", "Azərbaycan", "Ադրբեջան", "Азербайджан"]},
    {"id": "nkr", "name": "Nagorno-Karabakh Republic",
     "aliases": ["NKR", "Nagorno-Karabakh", "Artsakh", "Defence Army", "Արցախ", "НКР", "Dağlıq Qarabağ"],
     "aligned_with": ["armenia"]},
)  # fmt: skip

# How each language names a party when it writes the initiator (party ids and aliases of case.yaml).
PARTY_WORDS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "hy": {"armenia": ("armenia", "Հայաստան"), "azerbaijan": ("azerbaijan", "Ադրբեջան"), "nkr": ("nkr", "Արցախ")},
    "az": {"armenia": ("Ermənistan", "armenia"), "azerbaijan": ("Azərbaycan", "azerbaijan"),
           "nkr": ("Dağlıq Qarabağ", "nkr")},
    "ru": {"armenia": ("Армения", "armenia"), "azerbaijan": ("Азербайджан", "azerbaijan"), "nkr": ("НКР", "nkr")},
    "en": {"armenia": ("Armenian", "armenia", "armed forces of Armenia"),
           "azerbaijan": ("Azerbaijani forces", "Azeri", "azerbaijan"), "nkr": ("NKR", "Defence Army", "nkr")},
}  # fmt: skip

# Place texts per language: the name as {x}; {y} a second name.
PLACE_TEMPLATES: Final[dict[str, tuple[str, ...]]] = {
    "hy": ("{x}", "{x} գյուղ", "{x} գյուղի մոտ", "{x} գյուղի մոտակայքում"),
    "hy-latn": ("{x}", "near {x}", "the village of {x}", "{x} village"),
    "az": ("{x}", "{x} kəndi", "{x} kəndi yaxınlığında", "{x} istiqamətində"),
    "ru": ("{x}", "с. {x}", "село {x}", "у села {x}", "в районе села {x}"),
    "en": ("{x}", "near {x}", "the village of {x}", "{x} village", "outskirts of {x}"),
}
PAIR_TEMPLATES: Final[dict[str, str]] = {
    "hy": "{x} և {y} գյուղերի մոտ", "hy-latn": "near {x} and {y}", "az": "{x} və {y} kəndləri",
    "ru": "у сёл {x} и {y}", "en": "near the villages of {x} and {y}",
}  # fmt: skip
VAGUE_PLACES: Final[dict[str, tuple[str, ...]]] = {
    "hy": ("շփման գիծ", "Armenia–Azerbaijan border"), "hy-latn": ("the line of contact", "the border"),
    "az": ("təmas xətti", "Armenia–Azerbaijan border"), "ru": ("линия соприкосновения", "the border"),
    "en": ("the line of contact", "the Armenia–Azerbaijan border", "the front line"),
}  # fmt: skip
REGION_WORDS: Final[dict[str, str]] = {
    "hy": "{r} marz", "hy-latn": "{r} Province", "az": "{r} rayonu", "ru": "{r} район", "en": "{r} region",
}
EVENT_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "shelling": ("shelling", "artillery fire", "mortar fire", "drone strike"),
    "shooting": ("ceasefire violation", "sniper fire", "small-arms fire", "shooting"),
    "incursion": ("incursion", "subversive group infiltration attempt", "sabotage raid", "attempted offensive"),
    "clash": ("clash", "skirmish", "firefight", "attack on positions"),
    "mine": ("landmine explosion", "mine blast"),
}
EVENT_SHARE: Final = (("shelling", 0.3), ("shooting", 0.35), ("incursion", 0.12), ("clash", 0.18), ("mine", 0.05))
VAGUE_COUNTS: Final = ("several", "a few", "some", "dozens", "heavy losses", "suffering casualties", "casualties")
NUMBER_WORDS: Final = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
MONTHS: Final = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December")  # fmt: skip

Lang = str


@attrs.frozen
class SourceSpec:
    """A generated source: who it is, its language, which parties it hears about and how often it reports."""

    id: str
    name: str
    kind: Literal["belligerent", "monitor", "media", "analyst"]
    lang: Lang
    speaks_for: str | None = None
    aligned_with: tuple[str, ...] = ()
    #: probability of reporting an incident on each front ("am" Armenia–Azerbaijan border, "nk" Karabakh)
    rate: tuple[float, float] = (0.0, 0.0)
    relays: str | None = None  # the ministry a state outlet relays
    #: sources of one group share the group's rate: one of them, at random, reports an incident
    group: str | None = None


@attrs.frozen
class Place:
    id: str
    name: str
    region: str
    country: str
    lat: float
    lon: float
    spellings: dict[str, tuple[str, ...]]  # lang -> spellings of that script


@attrs.define
class Incident:
    id: str
    day: dt.date
    front: str  # "am" or "nk"
    sides: tuple[str, str]  # (Armenian side, Azerbaijan)
    places: tuple[Place, ...]
    kind: str
    initiator: str
    killed: dict[tuple[str, str], int]  # (party, category) -> killed
    wounded: dict[tuple[str, str], int]


@attrs.define
class GeneratedCase:
    """Where a generated case was written, and what it holds."""

    case_dir: Path
    gold_path: Path
    claims: int
    incidents: int
    sources: int
    format: str


# --------------------------------------------------------------------------------------------------------------
# The cast
# --------------------------------------------------------------------------------------------------------------


def sources_for(n_claims: int) -> list[SourceSpec]:
    """The sources of a case of about ``n_claims`` claims: a fixed core plus more outlets for larger cases."""
    core = [
        SourceSpec("am-mod", "Ministry of Defence of Armenia", "belligerent", "hy", "armenia", (), (0.75, 0.15)),
        SourceSpec("az-mod", "Ministry of Defence of Azerbaijan", "belligerent", "az", "azerbaijan", (), (0.7, 0.7)),
        SourceSpec("nkr-mod", "Defence Ministry of the NKR", "belligerent", "hy-latn", "nkr", (), (0.0, 0.75)),
        SourceSpec("osce", "OSCE monitoring officials", "monitor", "en", None, (), (0.05, 0.08)),
        SourceSpec("icrc", "ICRC delegation", "monitor", "en", None, (), (0.02, 0.03)),
        SourceSpec("armenpress", "Armenpress", "media", "hy", None, ("armenia",), (0.2, 0.15), "am-mod"),
        SourceSpec("azertac", "AZERTAC", "media", "az", None, ("azerbaijan",), (0.2, 0.2), "az-mod"),
        SourceSpec("interfax", "Interfax", "media", "ru", None, (), (0.1, 0.1)),
        SourceSpec("rferl", "Radio Free Europe/Radio Liberty", "media", "en", None, (), (0.08, 0.08)),
        SourceSpec("crisis-group", "International Crisis Group", "analyst", "en", None, (), (0.01, 0.01)),
        SourceSpec("de-waal", "Thomas de Waal", "analyst", "en", None, (), (0.005, 0.005)),
    ]
    # Large cases: each belligerent speaks through several services (one file each stays below the loader's file
    # size limit); one of them reports an incident, so the claims per incident stay the same.
    services = min(4, max(1, math.ceil(n_claims * 0.32 / CLAIMS_PER_SERVICE)))
    if services > 1:
        more = {
            "am-mod": [("am-border-guard", "Border Guard of the National Security Service of Armenia"),
                       ("am-general-staff", "General Staff of the Armed Forces of Armenia"),
                       ("am-mod-press", "Press service of the Ministry of Defence of Armenia")],
            "az-mod": [("az-border-service", "State Border Service of Azerbaijan"),
                       ("az-general-staff", "General Staff of the Armed Forces of Azerbaijan"),
                       ("az-mod-press", "Press service of the Ministry of Defence of Azerbaijan")],
            "nkr-mod": [("nkr-defence-army", "Defence Army of the NKR"), ("nkr-general-staff", "NKR General Staff"),
                        ("nkr-mod-press", "Press service of the NKR Defence Ministry")],
        }
        grouped: list[SourceSpec] = []
        for spec in core:
            if spec.id in more:
                grouped.append(attrs.evolve(spec, group=spec.id))
                grouped.extend(attrs.evolve(spec, id=sid, name=name, group=spec.id)
                               for sid, name in more[spec.id][: services - 1])
            else:
                grouped.append(spec)
        core = grouped
    extra = max(0, math.ceil(n_claims / CLAIMS_PER_OUTLET) - 8)
    langs = ("en", "ru", "hy-latn", "en", "ru")
    for k in range(extra):
        lang = langs[k % len(langs)]
        core.append(SourceSpec(f"outlet-{k + 1:02d}", f"Regional outlet {k + 1}", "media", lang, None, (),
                               (0.06, 0.06)))
    return core


def _script(text: str) -> str:
    if any("\u0531" <= ch <= "\u058f" for ch in text):
        return "hy"
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        return "ru"
    if any(ch in "əıšçğöüƏİŞÇĞÖÜ" or ch == "ş" for ch in text):
        return "az"
    if text.isascii():
        return "latn"
    return "other"


def _typos(name: str, rng: random.Random, k: int) -> tuple[str, ...]:
    """A small fixed pool of misspellings of a name: a doubled, dropped or swapped letter."""
    out: list[str] = []
    for _ in range(k):
        if len(name) < 5:
            break
        i = rng.randrange(1, len(name) - 1)
        op = rng.randrange(3)
        if op == 0:
            typo = name[:i] + name[i] + name[i:]
        elif op == 1:
            typo = name[:i] + name[i + 1:]
        else:
            typo = name[:i] + name[i + 1] + name[i] + name[i + 2:]
        if typo != name and typo not in out:
            out.append(typo)
    return tuple(out)


def load_places(rng: random.Random) -> tuple[list[Place], list[float]]:
    """The shipped gazetteer's places with their spellings by script, and their incident weights."""
    text = resources.files("reconcile").joinpath("data", "gazetteer-am-az.json").read_text(encoding="utf-8")
    data = json.loads(text)
    fields = list(data["fields"])
    places: list[Place] = []
    for row in data["places"]:
        rec = dict(zip(fields, row, strict=True))
        names = [rec["name"], *rec["variants"]]
        by: dict[str, list[str]] = {"hy": [], "az": [], "ru": [], "latn": []}
        for name in names:
            script = _script(name)
            if script in by and name not in by[script]:
                by[script].append(name)
        latin = by["latn"] or [rec["name"]]
        spellings = {
            "hy": tuple(by["hy"] or latin[:2]),
            "hy-latn": tuple(latin[:4]),
            "az": tuple(by["az"] or latin[:2]) if rec["country"] == "azerbaijan" else tuple(latin[:3]),
            "ru": tuple(by["ru"] or latin[:1]),
            "en": (rec["name"], *latin[:2]),
        }
        places.append(Place(rec["id"], rec["name"], rec["region"], rec["country"], rec["lat"], rec["lon"],
                            {lang: tuple(dict.fromkeys(names)) for lang, names in spellings.items()}))
    popularity = list(range(1, len(places) + 1))
    rng.shuffle(popularity)
    weights = [
        (10.0 if p.region in FRONT_REGIONS else 0.3) / rank ** 0.6 for p, rank in zip(places, popularity, strict=True)
    ]
    return places, weights


def _near(places: Sequence[Place], place: Place, km: float) -> list[Place]:
    out = []
    for other in places:
        if other is place:
            continue
        dlat = (other.lat - place.lat) * 111.0
        dlon = (other.lon - place.lon) * 111.0 * math.cos(math.radians(place.lat))
        if dlat * dlat + dlon * dlon <= km * km:
            out.append(other)
    return out


# --------------------------------------------------------------------------------------------------------------
# Writing claims
# --------------------------------------------------------------------------------------------------------------


def _date_text(day: dt.date, rng: random.Random) -> str:
    """The event date as a source writes it, with its precision."""
    r = rng.random()
    month = MONTHS[day.month - 1]
    if r < 0.45:
        return day.isoformat()
    if r < 0.60:
        return f"{day.day} {month} {day.year}"
    if r < 0.75:
        return f"{month} {day.day}, {day.year}"
    if r < 0.79:
        return f"{day.year:04d}-{day.month:02d}"
    if r < 0.82:
        return f"{month} {day.year}"
    if r < 0.89:
        part = "early" if day.day <= 10 else "mid" if day.day <= 20 else "late"
        return f"{part} {month} {day.year}" if rng.random() < 0.7 else f"{part}-{month} {day.year}"
    # A two-day range around the day.
    first = day - dt.timedelta(days=rng.randrange(2))
    last = first + dt.timedelta(days=1)
    if first.month == last.month and rng.random() < 0.5:
        return f"{first.day}-{last.day} {MONTHS[first.month - 1]} {first.year}"
    return f"{first.isoformat()}/{last.isoformat()}"


def _count_text(value: int, rng: random.Random, *, precise: float) -> str:
    """A figure as a source gives it: mostly the number, sometimes words, ranges, bounds or vague words."""
    r = rng.random()
    if value == 0:
        return "0" if r < 0.7 else "no losses"
    if r < precise:
        return str(value)
    if r < precise + 0.1 and value < len(NUMBER_WORDS):
        return NUMBER_WORDS[value]
    if r < precise + 0.2:
        return f"at least {max(1, value - rng.randrange(2))}"
    if r < precise + 0.3 and value >= 3:
        return f"{value - 1} to {value + rng.randrange(1, 4)}"
    return rng.choice(VAGUE_COUNTS) if value >= 2 else "suffering casualties"


class _Writer:
    """Turns incidents into claims of every source, and collects the gold grouping."""

    def __init__(self, rng: random.Random, sources: Sequence[SourceSpec], places: Sequence[Place]) -> None:
        self.rng = rng
        self.sources = sources
        self.places = places
        self.claims: dict[str, list[dict[str, Any]]] = {s.id: [] for s in sources}
        self.gold: dict[str, str] = {}
        self.counters: dict[str, int] = {s.id: 0 for s in sources}
        self.typos: dict[str, tuple[str, ...]] = {}

    def _id(self, source: SourceSpec, day: dt.date) -> str:
        self.counters[source.id] += 1
        return f"{day.isoformat()}-{self.counters[source.id]}"

    def spelling(self, place: Place, lang: str) -> str:
        rng = self.rng
        names = place.spellings[lang]
        name = names[0] if rng.random() < 0.5 else rng.choice(names)
        if rng.random() < 0.03:
            key = f"{place.id}|{name}"
            pool = self.typos.get(key)
            if pool is None:
                pool = self.typos[key] = _typos(name, random.Random(key), 3)
            if pool:
                name = rng.choice(pool)
        return name

    def place_text(self, incident: Incident, source: SourceSpec) -> tuple[str, str | None]:
        rng = self.rng
        lang = source.lang
        main = incident.places[0]
        region: str | None = None
        if rng.random() < 0.05:
            # No specific place: the line of contact, or a region only.
            if rng.random() < 0.5:
                return rng.choice(VAGUE_PLACES[lang]), main.region if rng.random() < 0.5 else None
            return REGION_WORDS[lang].format(r=main.region), None
        if rng.random() < 0.3:
            region = main.region if rng.random() < 0.6 else REGION_WORDS[lang].format(r=main.region)
        if len(incident.places) > 1 and rng.random() < 0.7:
            x, y = (self.spelling(p, lang) for p in incident.places[:2])
            return PAIR_TEMPLATES[lang].format(x=x, y=y), region
        return rng.choice(PLACE_TEMPLATES[lang]).format(x=self.spelling(main, lang)), region

    def initiator(self, incident: Incident, source: SourceSpec) -> str | None:
        rng = self.rng
        armenian, azeri = incident.sides
        own = source.speaks_for or (source.aligned_with[0] if source.aligned_with else None)
        if own in ("armenia", "nkr"):
            who = azeri if rng.random() < 0.95 else "unknown"
        elif own == "azerbaijan":
            who = armenian if rng.random() < 0.95 else "unknown"
        elif source.kind == "monitor":
            who = "unknown" if rng.random() < 0.8 else incident.initiator
        else:
            r = rng.random()
            who = incident.initiator if r < 0.5 else ("unknown" if r < 0.8 else None)
        if who is None or who == "unknown":
            return who
        return rng.choice(PARTY_WORDS.get(source.lang, PARTY_WORDS["en"])[who])

    def casualties(self, incident: Incident, source: SourceSpec) -> dict[str, str]:
        """Columns ``measure:party[:category]`` -> count text, with the source's bias."""
        rng = self.rng
        own = source.speaks_for or (source.aligned_with[0] if source.aligned_with else None)
        own_sides = {"armenia", "nkr"} if own in ("armenia", "nkr") else {"azerbaijan"} if own else set()
        out: dict[str, str] = {}
        for measure, table in (("killed", incident.killed), ("wounded", incident.wounded)):
            for (party, category), value in table.items():
                if source.kind == "monitor":
                    if rng.random() < 0.3:
                        continue
                    shown, precise = value, 0.8
                elif own is None:
                    if rng.random() < 0.3:
                        continue
                    shown, precise = value, 0.55
                elif party in own_sides:
                    r = rng.random()
                    if r < 0.15:
                        continue  # silence about own losses
                    shown = value if r < 0.75 else max(0, value - 1 - rng.randrange(2))
                    precise = 0.85
                else:
                    if value == 0 and rng.random() < 0.7:
                        continue
                    shown = max(1, round(value * rng.uniform(1.0, 3.0)))
                    precise = 0.4
                plain = category == "unknown" or (source.kind == "media" and rng.random() < 0.5)
                cat = "" if plain else f":{category}"
                out[f"{measure}:{party}{cat}"] = _count_text(shown, rng, precise=precise)
        return out

    def event(self, incident: Incident) -> str:
        return self.rng.choice(EVENT_WORDS[incident.kind])

    def quote(self, incident: Incident, place: str, event: str, source: SourceSpec) -> str:
        verbs = ("reported", "stated", "said", "claimed")
        return (f"The {source.name} {self.rng.choice(verbs)} {event} near {place} on "
                f"{incident.day.strftime('%d %B %Y')}; details in the statement.")

    def claim(self, incident: Incident, source: SourceSpec, stated: dt.date, **extra: Any) -> dict[str, Any]:
        rng = self.rng
        day = incident.day
        if rng.random() < 0.08:
            day += dt.timedelta(days=rng.choice((-1, 1)))  # the source's date is a day off
        place, region = self.place_text(incident, source)
        event = self.event(incident)
        claim: dict[str, Any] = {
            "id": self._id(source, stated),
            "stated": max(stated, day).isoformat(),
            "quote": self.quote(incident, place, event, source),
            "date": _date_text(day, rng),
            "place": place,
            "event": event,
        }
        if region:
            claim["region"] = region
        initiator = self.initiator(incident, source)
        if initiator is not None:
            claim["initiator"] = initiator
        claim["casualties"] = self.casualties(incident, source)
        if source.relays and rng.random() < 0.5:
            claim["relays"] = source.relays
        claim.update(extra)
        self.claims[source.id].append(claim)
        self.gold[f"{source.id}/{claim['id']}"] = incident.id
        return claim

    def report(self, incident: Incident) -> int:
        """Every source's claims about one incident; returns how many."""
        rng = self.rng
        made = 0
        front = 0 if incident.front == "am" else 1
        reporters: list[SourceSpec] = []
        groups: dict[str, list[SourceSpec]] = {}
        for s in self.sources:
            if s.group is None:
                if rng.random() < s.rate[front]:
                    reporters.append(s)
            elif s.group == s.id and rng.random() < s.rate[front]:
                groups[s.id] = []
        for s in self.sources:
            if s.group in groups:
                groups[s.group].append(s)
        reporters.extend(rng.choice(members) for members in groups.values())
        for source in reporters:
            stated = incident.day + dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
            first = self.claim(incident, source, stated)
            made += 1
            r = rng.random()
            later = stated + dt.timedelta(days=rng.randrange(1, 8))
            if source.kind == "belligerent" and r < 0.10:
                # A revision: new figures, superseding the first statement.
                self.claim(incident, source, later, supersedes=[first["id"]])
                made += 1
            elif source.kind == "belligerent" and r < 0.13:
                # A second part: one more killed, on top of the first statement.
                side = source.speaks_for or "armenia"
                extra = {"casualties": {f"killed:{side}:soldiers": "1"}}
                part = self.claim(incident, source, later, adds_to=[first["id"]])
                part.update(extra)
                made += 1
            elif r < 0.16:
                # An update without a link: a later statement about the same dates.
                self.claim(incident, source, later)
                made += 1
        # The accused side denies: its ministry says nothing happened (its own killed: 0).
        accused = incident.initiator
        ministry = {"azerbaijan": "az-mod", "armenia": "am-mod", "nkr": "nkr-mod"}[accused]
        if reporters and rng.random() < 0.12 and not any(s.id == ministry for s in reporters):
            source = next(s for s in self.sources if s.id == ministry)
            stated = incident.day + dt.timedelta(days=rng.choice((0, 1)))
            denial = self.claim(incident, source, stated, stance="denies")
            denial["casualties"] = {f"killed:{accused}": "0"} if rng.random() < 0.5 else {}
            denial["quote"] = "The reports are disinformation: no such incident took place."
            denial.pop("initiator", None)
            made += 1
        return made

    def period_total(self, number: int, start: dt.date, end: dt.date) -> None:
        """An analyst's period total: its own incident in the gold."""
        rng = self.rng
        source = next(s for s in self.sources if s.kind == "analyst")
        claim = {
            "id": self._id(source, end),
            "stated": end.isoformat(),
            "quote": f"At least {number} soldiers have been killed along the line of contact since "
                     f"{start.strftime('%B %Y')}.",
            "date": f"{start.isoformat()}/{end.isoformat()}",
            "place": rng.choice(("the line of contact", "the Armenia–Azerbaijan border")),
            "event": "ceasefire violations (period total)",
            "casualties": {"killed:armenia": f"at least {number // 2}", "killed:azerbaijan": f"at least {number // 2}"},
        }
        self.claims[source.id].append(claim)
        self.gold[f"{source.id}/{claim['id']}"] = f"total-{len(self.gold)}"


def _incidents(rng: random.Random, places: Sequence[Place], weights: Sequence[float], count: int,
               days: int) -> list[Incident]:
    cumulative: list[float] = []
    total = 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    neighbours: dict[str, list[Place]] = {}
    out: list[Incident] = []
    for k in range(count):
        place = places[min(len(places) - 1, bisect.bisect_left(cumulative, rng.random() * total))]
        karabakh = place.region in KARABAKH_REGIONS and rng.random() < 0.8
        sides = ("nkr" if karabakh else "armenia", "azerbaijan")
        chosen = [place]
        if rng.random() < 0.1:
            near = neighbours.get(place.id)
            if near is None:
                near = neighbours[place.id] = _near(places, place, 8.0)
            if near:
                chosen.append(rng.choice(near))
        r, acc = rng.random(), 0.0
        kind = EVENT_SHARE[-1][0]
        for name, share in EVENT_SHARE:
            acc += share
            if r < acc:
                kind = name
                break
        killed: dict[tuple[str, str], int] = {}
        wounded: dict[tuple[str, str], int] = {}
        for side in sides:
            if rng.random() < 0.45:
                category = "civilians" if rng.random() < 0.12 else "soldiers"
                killed[(side, category)] = rng.choice((1, 1, 1, 2, 2, 3, 4, 5)) if rng.random() < 0.95 else \
                    rng.randrange(6, 25)
            if rng.random() < 0.35:
                wounded[(side, "soldiers")] = rng.choice((1, 1, 2, 3, 4, 6))
        out.append(Incident(
            id=f"inc-{k:07d}",
            day=START + dt.timedelta(days=rng.randrange(days)),
            front="nk" if karabakh else "am",
            sides=sides,
            places=tuple(chosen),
            kind=kind,
            initiator=rng.choice(sides),
            killed=killed,
            wounded=wounded,
        ))
    return out


# --------------------------------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------------------------------

CSV_BASE: Final = ("source_id", "source_name", "source_kind", "speaks_for", "source_aligned_with", "id", "stated",
                   "reference", "url", "quote", "date", "place", "region", "event", "initiator", "stance", "relays",
                   "supersedes", "adds_to")  # fmt: skip


def _casualty_list(columns: dict[str, str]) -> list[dict[str, Any]]:
    """``{"killed:armenia:soldiers": "3"}`` -> ``[{"party": "armenia", "category": "soldiers", "killed": "3"}]``."""
    entries: dict[tuple[str, str], dict[str, Any]] = {}
    for column, value in columns.items():
        measure, party, *rest = column.split(":")
        category = rest[0] if rest else "unknown"
        entry = entries.setdefault((party, category), {"party": party} | (
            {"category": category} if category != "unknown" else {}))
        entry[measure] = int(value) if value.isdigit() else value
    return list(entries.values())


def _structured(claim: dict[str, Any]) -> dict[str, Any]:
    out = {key: value for key, value in claim.items() if key != "casualties"}
    casualties = _casualty_list(claim.get("casualties", {}))
    if casualties:
        out["casualties"] = casualties
    return out


def _source_header(source: SourceSpec) -> dict[str, Any]:
    header: dict[str, Any] = {"id": source.id, "name": source.name, "kind": source.kind}
    if source.speaks_for:
        header["speaks_for"] = source.speaks_for
    if source.aligned_with:
        header["aligned_with"] = list(source.aligned_with)
    return header


def _write_csv(path: Path, source: SourceSpec, claims: Sequence[dict[str, Any]]) -> None:
    casualty_columns = sorted({column for claim in claims for column in claim.get("casualties", {})})
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*CSV_BASE, *casualty_columns])
    fixed = [source.id, source.name, source.kind, source.speaks_for or "", ";".join(source.aligned_with)]
    for claim in claims:
        row = [*fixed]
        for column in CSV_BASE[5:]:
            value = claim.get(column, "")
            row.append(";".join(value) if isinstance(value, list) else value)
        casualties = claim.get("casualties", {})
        row.extend(casualties.get(column, "") for column in casualty_columns)
        writer.writerow(row)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def _write_json(path: Path, source: SourceSpec, claims: Sequence[dict[str, Any]]) -> None:
    document = {"source": _source_header(source), "claims": [_structured(claim) for claim in claims]}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _write_yaml(path: Path, source: SourceSpec, claims: Sequence[dict[str, Any]]) -> None:
    document = {"source": _source_header(source), "claims": [_structured(claim) for claim in claims]}
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=120)
    path.write_text(text, encoding="utf-8")


CASE_GAZETTEER: Final = """\
# Places of this synthetic case that the shipped gazetteer lacks: none are needed, but the file shows the layer.
places:
  - id: synthetic-height-1024
    name: Height 1024
    variants: [Высота 1024, Բարձունք 1024]
    country: armenia
    region: Tavush
    lat: 41.06
    lon: 45.17
"""


def generate(n_claims: int, *, seed: int = 1, out: str | Path = "/tmp/reconcile-bench", per_day: float = 25.0,
             fmt: Format = "auto") -> GeneratedCase:
    """Write a synthetic case of about ``n_claims`` claims (whole incidents: a few more) and its gold grouping."""
    rng = random.Random(seed)
    places, weights = load_places(rng)
    sources = sources_for(n_claims)
    writer = _Writer(rng, sources, places)
    # Expected claims per incident, from the rates (about 2.4 with the core sources): used to size the time span.
    per_incident = 2.4 + 0.06 * max(0, len(sources) - 11)
    expected_incidents = max(10, round(n_claims / per_incident))
    days = max(14, round(expected_incidents / per_day))
    made = 0
    incidents = 0
    batch = 1000
    while made < n_claims:
        for incident in _incidents(rng, places, weights, batch, days):
            incident.id = f"inc-{incidents:07d}"
            incidents += 1
            made += writer.report(incident)
            if made >= n_claims:
                break
    for k in range(max(1, n_claims // 20_000)):
        end = START + dt.timedelta(days=rng.randrange(180, days + 180))
        number = rng.randrange(20, 200)
        start = START + dt.timedelta(days=rng.randrange(0, 90) + 365 * k // 4)
        writer.period_total(number, min(start, end - dt.timedelta(days=90)), end)
    total = sum(len(claims) for claims in writer.claims.values())

    name = f"synthetic-{n_claims}-s{seed}"
    root = Path(out)
    case_dir = root / name
    case_dir.mkdir(parents=True, exist_ok=True)
    for old in case_dir.iterdir():
        if old.is_file():
            old.unlink()
    kind = ("yaml" if n_claims < YAML_BELOW else "csv") if fmt == "auto" else fmt
    case_data = {"case": name, "title": f"Synthetic case: {total:,} claims about {incidents:,} incidents (seed {seed})",
                 "parties": [dict(p) for p in PARTIES]}
    (case_dir / "case.yaml").write_text(yaml.safe_dump(case_data, allow_unicode=True, sort_keys=False),
                                        encoding="utf-8")
    (case_dir / "gazetteer.yaml").write_text(CASE_GAZETTEER, encoding="utf-8")
    used = 0
    for source in sources:
        claims = writer.claims[source.id]
        if not claims:
            continue
        used += 1
        if kind == "yaml":
            _write_yaml(case_dir / f"{source.id}.yaml", source, claims)
        elif source.kind == "monitor":
            _write_json(case_dir / f"{source.id}.json", source, claims)
        else:
            _write_csv(case_dir / f"{source.id}.csv", source, claims)
    gold_path = root / f"{name}.gold.json"
    gold_path.write_text(json.dumps(dict(sorted(writer.gold.items())), indent=0) + "\n", encoding="utf-8")
    return GeneratedCase(case_dir, gold_path, total, incidents, used, kind if kind == "yaml" else "csv+json")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1000, help="about how many claims (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default="/tmp/reconcile-bench", help="folder for the case and its gold file")
    parser.add_argument("--per-day", type=float, default=25.0, help="incidents per day across the region")
    parser.add_argument("--format", choices=("auto", "yaml", "csv"), default="auto")
    args = parser.parse_args(argv)
    made = generate(args.claims, seed=args.seed, out=args.out, per_day=args.per_day, fmt=args.format)
    print(f"{made.case_dir}: {made.claims:,} claims, {made.incidents:,} incidents, {made.sources} sources "
          f"({made.format}); gold: {made.gold_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
