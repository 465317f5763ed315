"""Pure scoring of claim pairs: how strongly does the evidence say two claims describe one incident?

Each pair gets a `PairScore`: a total in bits (log2 odds, Fellegi–Sunter style) that is the plain sum of one
`Contribution` per feature, each with a sentence saying what was compared. Positive weights are evidence for "the
same incident", negative ones against. The features, in the order they are listed:

- ``link``: the two claims are joined by ``supersedes`` / ``adds_to`` (directly or through a chain): decisive.
- ``source``: two claims of one source that are not linked. Reporting different dates, or twice in one statement,
  is the source's own word that they are two incidents (a veto); a later statement about the same dates may be an
  update (a small penalty).
- ``date``: overlap of the date spans (widened by the slack of their precision), graded by how precise they are; a
  gap of days between them; a period total against a single incident; a gap beyond the blocking window.
- ``place``: the best evidence among the places each claim names: one gazetteer place, distance in km where both
  have coordinates, else name similarity (`reconcile.places.similarity`). A claim that names no specific place
  ("the border") is compared by region, and, where it names a unit as its place (an *area*: "Spin Boldak
  district"), by that unit's name too.
- ``casualties``: figures of the same party, category and measure: equal exact figures are strong evidence,
  overlapping ranges weak, disjoint ones mild evidence against (tolls get revised). A denial's ``0`` is what the
  denial denies, not a figure against matching: it is neutral.
- ``event``: the free-text ``event`` normalized to `EVENT_TYPES` (see `event_type`).
- ``parties``: claims that name parties (initiator, casualties) but no side in common, but for a claim that names
  the attacker alone (`sides_apart`).

Weights and thresholds are data: `MatchConfig`. ``score(a, b) == score(b, a)`` exactly: a pair is always scored in
the order of its global ids. Nothing here reads files, the clock or the environment; `claim_features` does the
per-claim work (place resolution, folding, event type) once, so scoring a pair is cheap.

`explain` renders a pair's score and the clustering's verdict for ``reconcile explain``.
"""

from __future__ import annotations

import array
import bisect
import functools
import math
import re
import sys
import unicodedata
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, NamedTuple, Protocol, TypeVar
from urllib.parse import urlsplit

import attrs
from rapidfuzz import fuzz, process

from reconcile import places
from reconcile._parallel import prepare_gazetteer
from reconcile.errors import ReconcileError
from reconcile.independence import alignment_components, relayed_key
from reconcile.models import UNKNOWN, Case, Claim, Contribution, Count, DateSpan, GazetteerEntry, PairScore, Party
from reconcile.normalize import PartyResolver

if TYPE_CHECKING:
    from reconcile.places import Gazetteer

_Node = TypeVar("_Node", str, int)

__all__ = [
    "DENIED_KINDS",
    "EVENT_FAMILIES",
    "EVENT_TYPES",
    "EVENT_TYPES_HANGUL",
    "EVENT_TYPES_HEBREW",
    "EVENT_TYPE_EXCEPTIONS",
    "VAGUE_PLACE_WORDS",
    "ClaimFeatures",
    "FigureFeature",
    "Links",
    "MatchConfig",
    "NearEntries",
    "OutsideEntries",
    "Place",
    "PlaceQuery",
    "PlaceTable",
    "Scorer",
    "VagueNames",
    "claim_features",
    "date_gap",
    "event_type",
    "explain",
    "is_period_total",
    "link_units",
    "names_denied_kind",
    "partition_features",
    "place_queries",
    "resolve_place_queries",
    "score_pair",
    "smallest_roots",
    "unique_claims",
]


# --------------------------------------------------------------------------------------------------------------
# Configuration
# --------------------------------------------------------------------------------------------------------------

#: Words that say where along a line something happened, not which place: a place text made only of these (and
#: of the case's party names) names no specific place. The places module already drops its generic words
#: (village, near, border, rayon ...); these are the ones it keeps as names. A word written in Latin letters is
#: matched in any spelling that folds alike (`places.fold`), a word in another script only as it is spelled (as
#: the places module reads its Arabic and Indic generic words): the short words of a phrase written in Arabic or
#: Devanagari letters (آف, of; او سی, OC) fold as syllables of names.
VAGUE_PLACE_WORDS: Final = (
    "line", "lines", "contact", "front", "frontline", "frontlines", "ceasefire", "boundary", "borders",
    "frontier", "frontiers", "trench", "trenches", "zone", "zones", "post", "posts", "base", "bases", "northern",
    "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeast", "northwest",
    "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower",
    "state", "states", "country", "countries", "whole", "entire", "several", "various", "multiple", "other",
    "military", "army", "armed", "forces", "side", "sides", "enemy", "that", "which", "runs", "run", "part",
    "parts", "stretch", "length", "theatre", "theater", "region", "regions", "province", "district",
    # The conjunction inside a state's name ("Jammu and Kashmir", `places.STATE_NAMES`), no word of its region.
    "and", "und", "et",
    # Front lines by their names: the Line of Control (LoC) and the Working Boundary and International Border (IB)
    # of Kashmir, a contact, demarcation, separation or armistice line, the administrative boundary line (ABL),
    # the Line of Actual Control, the Green Line; and the ceasefire written in two words. Not "blue" (the Blue Line
    # of Lebanon): it tells the Blue Nile from the White Nile.
    "control", "loc", "working", "international", "ib", "demarcation", "separation", "armistice", "administrative",
    "abl", "actual", "green", "cease",
    # The Durand Line, the Afghanistan–Pakistan border by its name, in Pashto ډیورنډ کرښه (کرښه, line), Dari
    # دیورند / خط دیورند and Urdu ڈیورنڈ لائن; the Taliban's خط فرضی, Pashto فرضي کرښه (the hypothetical line: they
    # do not recognise it as a border).
    "durand", "ډیورنډ", "ډیورند", "دیورند", "دیورنډ", "ڈیورنڈ", "کرښه", "کرښې", "کرښی", "فرضی", "فرضي",
    # The Line of Actual Control by its letters, in capitals only (a word written in capitals here is matched as
    # written): "Lac" is a province of Chad and the French lake (Lac Vert). In Hindi एलएसी and वास्तविक नियंत्रण
    # रेखा (the line of actual control), in Chinese 实际控制线.
    "LAC", "एलएसी", "वास्तविक", "实际控制线", "實際控制線",
    # A road named without its towns ("on the road to X"): the towns are the places (`places.mentions`).
    "road", "roads", "highway", "highways", "motorway", "axis",
    # The same in the scripts of their sources: Hindi नियंत्रण रेखा, एलओसी, लाइन ऑफ कंट्रोल, अंतरराष्ट्रीय सीमा; Urdu
    # لائن آف کنٹرول, ایل او سی, کنٹرول لائن, ورکنگ باؤنڈری, بین الاقوامی سرحد, and its قریب (near) after a name;
    # Russian and Ukrainian линия/лінія соприкосновения/зіткнення, разграничения/розмежування, фронта/фронту;
    # Armenian շփման գիծ, Azerbaijani təmas xətti, cəbhə xətti; Bosnian, Croatian and Serbian linija
    # razgraničenja, fronta, razdvajanja; Arabic خط التماس, خط الهدنة, الخط الأزرق, خط الجبهة; Hebrew הקו הירוק;
    # Georgian გამყოფი ხაზი.
    "नियंत्रण", "रेखा", "लाइन", "ऑफ", "कंट्रोल", "एलओसी", "अंतरराष्ट्रीय", "अंतर्राष्ट्रीय", "सीमा", "لائن", "آف",
    "کنٹرول", "ایل", "او", "سی", "ورکنگ", "باؤنڈری", "بین", "الاقوامی", "سرحد", "قریب", "линия", "линии", "линию",
    "лінія", "лінії", "лінію", "соприкосновения", "зіткнення", "разграничения", "розмежування", "разъединения",
    "фронта", "фронту", "фронт", "շփման", "գիծ", "գծում", "գծի", "təmas", "xətti", "xəttində", "cəbhə", "linija",
    "liniji", "linije", "razgraničenja", "razgranicenja", "razdvajanja", "fronta", "خط", "التماس", "الهدنة",
    "الأزرق", "الجبهة", "הקו", "הירוק", "ხაზი", "ხაზთან", "გამყოფი", "საოკუპაციო",
    # The whole line and its parts, as the Armenian, Azerbaijani, Russian and Turkish statements of a front-wide
    # offensive name them: Russian and Ukrainian по всей линии соприкосновения, на всём протяжении линии фронта,
    # по всій лінії (the whole line, its whole length); Armenian շփման գծի հարավային, հարավ-արևելյան և
    # հյուսիս-արևելյան ուղղություններ (the southern, south-eastern and north-eastern directions of the line of
    # contact, the compass words in both spellings of և), ողջ / ամբողջ (whole), երկայնքով (along), գծով (along
    # the line: ողջ շփման գծով); Azerbaijani
    # cəbhənin (of the front), xəttinin, bütün (whole); Turkish temas hattı, cephe hattı (the line of contact, the
    # front line), as "the whole line", "southern" and "front" are in English.
    "всей", "всю", "вся", "весь", "всём", "всем", "протяжении", "всій", "всієї", "протязі",
    "հարավային", "հյուսիսային", "արևելյան", "արեւելյան", "արևմտյան", "արեւմտյան", "հարավ", "հյուսիս", "արևելք",
    "արեւելք", "արևմուտք", "արեւմուտք", "ողջ", "ամբողջ", "երկայնքով", "գծով", "cəbhənin", "xəttinin", "bütün", "temas",
    "hattı", "hattında", "hattının", "cephe", "cephesi", "cephesinde",
    # The state border, as "state" and "international" above: Azerbaijani dövlət sərhədi, Russian государственная
    # граница, Ukrainian державний кордон, Armenian պետական սահման, Georgian სახელმწიფო საზღვარი, Turkish devlet
    # sınırı (the border words themselves are words of context of the places module, as "border" is).
    "dövlət", "государственная", "государственной", "государственную", "государственный", "государственного",
    "государственном", "державний", "державного", "державному", "державним", "պետական", "სახელმწიფო", "devlet",
)  # fmt: skip


def _number(value: object, *, whole: bool) -> bool:
    """Whether ``value`` is an int or a float other than NaN (an int when ``whole``); a bool is no number here.

    An infinite weight is one (``link_weight=math.inf``: a link always decides); NaN compares with nothing.
    """
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return not whole and isinstance(value, float) and not math.isnan(value)


@attrs.frozen
class MatchConfig:
    """Weights (bits of log2 odds) and thresholds of matching and clustering; every default is documented in
    ``docs/matching.md``.

    The defaults keep one invariant that blocking relies on (see `reconcile.block.unblocked_bound`): a pair that
    shares no blocking key cannot reach `match_threshold`. Change weights together with the blocking radius.
    """

    # Clustering.
    match_threshold: float = 5.0  #: a pair at or above it is a link between claims
    merge_threshold: float = 5.0  #: average score across two groups needed to merge them (average linkage)
    veto_threshold: float = -8.0  #: a pair below it never shares an event

    # Blocking and dates.
    date_window_days: int = 3  #: largest gap in days between two widened spans that is still compared
    slack_day: int = 0  #: days added on each side of a span given to the day
    slack_range: int = 1  #: ... of an interval ("early June", "2012-06-04/2012-06-05")
    slack_month: int = 3  #: ... of a calendar month
    slack_year: int = 15  #: ... of a calendar year
    max_incident_days: int = 60  #: a longer span is a period total, not one incident

    date_same_day: float = 3.0  #: both claims on one and the same day
    date_overlap_short: float = 2.0  #: spans overlap, the longer is at most 3 days
    date_overlap_medium: float = 1.0  #: spans overlap, the longer is at most 10 days
    date_overlap_long: float = 0.5  #: spans overlap, the longer is at most 31 days
    date_overlap_vague: float = 0.0  #: spans overlap, the longer is over 31 days
    date_one_day: float = -3.0  #: spans one day apart (June 6 and June 7): at one place, usually a new incident
    date_one_day_denial: float = 0.0
    """Spans one day apart where one claim is a denial: neutral, as a denial tells nothing of its own that could set
    two neighbouring incidents apart, and is often dated by the report it answers (see docs/matching.md)."""
    date_few_days: float = -6.0  #: spans 2 days up to the window apart
    blocked_weight: float = -20.0  #: beyond the window, or a period total against one incident: never matched
    period_same_span: float = 3.0  #: two period totals over one period: they share half the longer span or more
    period_other_span: float = -3.0  #: two period totals whose spans overlap, but less than that: two totals

    # Places.
    place_same_entry: float = 6.0  #: both names match one gazetteer place (see `Scorer._place_pair`)
    near_km: tuple[tuple[float, float], ...] = ((1.0, 6.0), (4.0, 4.5), (8.0, 2.5), (15.0, 0.0))
    """Distance levels: (at most km, weight), nearest first; neighbouring villages are evidence for one clash."""
    place_far: float = -4.5  #: both have coordinates, farther apart than the last level
    place_same_name: float = 5.0  #: names the places module calls the same (`places.SAME_PLACE_THRESHOLD`)
    similar_name_threshold: float = 0.65  #: a similarity at or above it (but below the same-place one), or ...
    place_similar_name: float = 1.0  #: ... one phonetic skeleton: a cognate or a neighbour's name (Voskepar, Əskipara)
    place_different: float = -4.0  #: different names and no coordinates to say they are close
    place_same_region: float = 1.0  #: one claim names no specific place; both lie in one region
    place_reference: float = 1.0
    """The most a place a distance, a direction or a near word gives the incident's place from (`Place.away`: Gori
    in "Shindisi and Ruisi villages near Gori") earns against the other claim's place: the same area, not the same
    place."""
    place_unknown: float = 0.0  #: one claim names no specific place, and no region to compare
    place_other_region: float = -2.0  #: one claim names no specific place; their regions differ
    period_same_area: float = 3.0
    """Two period totals, neither naming a specific place, over one area: one region, one party's territory (its
    name alone: "Georgia", "Южная Осетия"), or both the whole conflict (the border, the line of contact)."""

    # Casualties.
    figures_equal: float = 2.5  #: per party/measure: equal exact non-zero figures
    figures_overlap: float = 0.5  #: once, if some figures overlap without being equal exact ones
    figures_disjoint: float = -1.0  #: per party/measure: figures that cannot both be true
    casualties_min: float = -2.0  #: the casualties contribution is clipped to [min, max]
    casualties_max: float = 4.0

    # Event type and parties.
    event_same: float = 1.0  #: the same event type (both an incursion)
    event_incompatible: float = -2.0  #: a combat type against a non-combat one (a clash and an accident)
    event_denied_other: float = -5.0
    """A denial that names the kind of incident it denies (`DENIED_KINDS`: "no executions of prisoners took place")
    against a claim of an incompatible type (a shelling): the denial is about another incident."""
    parties_disjoint: float = -1.5  #: no side in common, but for the attacker named alone (`sides_apart`)

    # Sources and links.
    same_source_update: float = -0.5  #: one source, not linked, another statement about overlapping dates
    same_source_apart: float = -25.0
    """One source, not linked, different dates or the same statement: a veto, below `veto_threshold` however well
    every other feature agrees (+14 at most: the same day, one place, equal figures, one event type). At -20 a
    statement's two claims of one day, place, figures and type scored -6 and could share an event."""
    link_weight: float = 30.0  #: supersedes / adds_to: decisive

    vague_place_words: frozenset[str] = frozenset(VAGUE_PLACE_WORDS)

    def __attrs_post_init__(self) -> None:
        # A weight given as text or a day count given as a fraction failed deep in scoring, or silently changed the
        # result (slack_day=0.5): every number is checked here, by its name.
        for name, whole in _NUMBER_FIELDS:
            value = getattr(self, name)
            if not _number(value, whole=whole):
                kind = "a whole number (int)" if whole else "a number (int or float, not NaN)"
                error = ValueError if isinstance(value, float) else TypeError  # nan, or 0.5 days
                raise error(f"MatchConfig.{name} must be {kind}, got {value!r}")
        if not (isinstance(self.near_km, tuple) and all(
                isinstance(level, tuple) and len(level) == 2 and all(_number(v, whole=False) for v in level)
                for level in self.near_km)):
            raise TypeError(f"MatchConfig.near_km must be a tuple of (km, weight) tuples of numbers, "
                            f"got {self.near_km!r}")
        if not self.veto_threshold < self.match_threshold:
            raise ValueError(
                f"veto_threshold ({self.veto_threshold}) must be below match_threshold ({self.match_threshold})"
            )
        if self.date_window_days < 0 or self.max_incident_days < 1:
            raise ValueError("date_window_days must be >= 0 and max_incident_days >= 1")
        kms = [km for km, _ in self.near_km]
        if not kms or kms != sorted(kms) or kms[0] <= 0:
            raise ValueError(f"near_km must list increasing positive distances, got {self.near_km!r}")

    @property
    def far_km(self) -> float:
        """Beyond this distance two places count as far apart (the last `near_km` level)."""
        return self.near_km[-1][0]

    def describe(self) -> list[str]:
        """The matching rules with this configuration's numbers, in plain sentences (the report's methodology)."""
        levels = ", ".join(f"within {km:g} km {w:+g}" for km, w in self.near_km)
        return [
            f"Matching: two claims are taken to describe one incident when their score reaches "
            f"{self.match_threshold:+g} bits (log2 odds, the sum of the features below), or when a source links "
            f"them (supersedes/adds_to, {self.link_weight:+g}).",
            f"Dates: spans widened by {self.slack_day}/{self.slack_range}/{self.slack_month}/{self.slack_year} days "
            f"(day/range/month/year precision); the same day {self.date_same_day:+g}, overlapping spans "
            f"{self.date_overlap_short:+g} to {self.date_overlap_vague:+g} as they get longer, one day apart "
            f"{self.date_one_day:+g} (a denial and another claim {self.date_one_day_denial:+g}), up to "
            f"{self.date_window_days} days apart {self.date_few_days:+g}; farther "
            f"apart, or a period total (over {self.max_incident_days} days, or an event of type 'total') against "
            f"one incident, {self.blocked_weight:+g}; two period totals sharing half the longer span or more "
            f"{self.period_same_span:+g}, less {self.period_other_span:+g}.",
            f"Places: one gazetteer place, both names matching it {self.place_same_entry:+g} (one only near a "
            f"spelling of the place the other matches: one name); by distance {levels}, farther "
            f"{self.place_far:+g}; without coordinates, one name {self.place_same_name:+g}, similar names "
            f"{self.place_similar_name:+g}, different names {self.place_different:+g}; a claim naming no specific "
            f"place: same region {self.place_same_region:+g}, other region {self.place_other_region:+g}, "
            f"unknown {self.place_unknown:+g}; a town the incident is placed away from (a distance, a direction or "
            f"'near' from it) counts at most {self.place_reference:+g} against the other's place; two period totals "
            f"naming no specific place, over one area (a region, a party's territory, or the whole conflict) "
            f"{self.period_same_area:+g}.",
            f"Casualties: equal exact figures {self.figures_equal:+g} each, overlapping ones {self.figures_overlap:+g}"
            f", disjoint ones {self.figures_disjoint:+g} each, within [{self.casualties_min:+g}, "
            f"{self.casualties_max:+g}]; a denial's zero is neutral.",
            f"Event type: the same {self.event_same:+g}, combat against non-combat {self.event_incompatible:+g}, "
            f"a denial naming the kind it denies (an execution, a shelling) against another kind "
            f"{self.event_denied_other:+g}; "
            f"no side in common (but for a claim naming the attacker alone, whose target is open) "
            f"{self.parties_disjoint:+g}; one source, not linked: a later statement on the same "
            f"dates, or another publication (url) of the same day, {self.same_source_update:+g}, other dates or the "
            f"same statement {self.same_source_apart:+g}.",
            f"Events: links are taken strongest first; two groups merge unless a pair across them scores below "
            f"{self.veto_threshold:+g} or their link units match on average below {self.merge_threshold:+g}.",
        ]

    def slack(self, precision: str) -> int:
        """Days a span of this precision is widened by on each side before it is compared."""
        return {"day": self.slack_day, "range": self.slack_range, "month": self.slack_month}.get(
            precision, self.slack_year
        )


# --------------------------------------------------------------------------------------------------------------
# Event types
# --------------------------------------------------------------------------------------------------------------

#: The event vocabulary: type -> stems that select it, a stem of several words (a phrase) matching as many words
#: in a row, each word of the text starting with the phrase's word. The stem matching the most words wins, so that a
#: phrase outranks its words ("suicide car bomb" is a bombing, not a suicide; "air raid" is not a raid on the
#: ground); among stems of as many words, the first type in this order wins. A word alone is read by the longest
#: stem it starts with ("firefight" is a clash, not fire). Text in no vocabulary is ``unknown``.
EVENT_TYPES: Final[Mapping[str, tuple[str, ...]]] = {
    "total": ("total", "cumulative", "overall", "since"),
    "noncombat": ("internal", "disagreement", "accident", "suicide", "hazing", "illness", "disease", "negligen",
                  "misconduct", "noncombat", "non-combat", "murder", "heart attack", "cardiac arrest", "heat stroke",
                  "heatstroke", "drown", "electrocut"),
    "mine": ("mine", "landmine", "explosive", "unexploded", "ied", "roadside bomb", "booby trap", "uxo", "erw=",
             "demin"),
    "execution": ("execution", "executed", "executing", "execute=", "extrajudici", "extra judicial", "firing squad",
                  "kill of prisoner", "kill of captive", "kill of pow", "murder of prisoner", "murder of captive"),
    "abduction": ("kidnap", "abduct", "hostage", "forced disappearance", "enforced disappearance",
                  "forcibly disappeared"),
    "incursion": ("incursion", "infiltrat", "penetrat", "raid", "subversive", "sabotag", "offensive", "assault",
                  "breach", "intrusion", "storm", "invasion", "counteroffensive"),
    "shelling": ("shell", "artillery", "mortar", "bombard", "rocket", "howitzer", "grenade", "drone", "missile",
                 "mlrs", "cluster", "strike", "airstrike", "air strike", "air raid", "air attack", "aerial",
                 "warplane", "barrel bomb", "bombing raid", "suicide drone", "gunship", "fighter jet",
                 "fighter plane", "fighter aircraft", "loitering munition", "explosive laden drone", "rpg=",
                 "counter battery", "shahed", "war plane", "war jet"),
    "bombing": ("bomb", "vbied", "svbied", "car bomb", "suicide attack", "suicide bomb", "suicide car",
                "suicide vehicle", "suicide truck", "suicide vest", "suicide belt", "pbied", "vehicle borne",
                "person borne", "body borne", "explosion", "explod", "blast", "detonat", "kamikaze", "explosive laden",
                "booby trapped car", "booby trapped vehicle"),
    "shooting": ("shoot", "shot", "gunfire", "fire", "firing", "sniper", "ceasefire", "gun", "crossfire", "bullet"),
    "clash": ("clash", "skirmish", "fight", "battle", "combat", "hostilit", "attack", "engagement", "firefight",
              "ambush", "counterattack"),
    "monitoring": ("monitor", "inspect", "investigat", "observer", "fact-finding"),
    "casualty": ("kill", "wound", "death", "dead", "died", "injur", "casualt", "assassin", "homicid", "mass grave",
                 "behead", "decapit"),
}  # fmt: skip

#: The stems of `EVENT_TYPES` in the other languages bulletins are written in (Russian, Ukrainian, French, Spanish,
#: Portuguese, Arabic, Armenian, Georgian, Azerbaijani, Turkish), read by the same rules: ministries and monitors
#: name the event in their own language ("обстрел", "embuscade", "hostigamiento", "قصف مدفعي", "დაბომბვა"). Where
#: an English stem already starts the word (combat, accident, mine, bomb, drone, bombard, raid), it is not
#: repeated. Arabic words are also read without their article and attached conjunctions and prepositions (القصف,
#: والقصف, بالقصف).
#: A stem that ends in "=" matches the whole word only: short words of one language that start words of another
#: ("mina", the Spanish mine, and "minaret"; "tir" and "tired").
EVENT_TYPES_OTHER_LANGUAGES: Final[Mapping[str, tuple[str, ...]]] = {
    # A period only where the words name one: "since the start of", "cumulative", "in total" — not a toll ("bilan",
    # "حصيلة": one incident's as often as a period's) nor a bare "since" (depuis ce matin, desde la madrugada).
    "total": ("с начала года", "с начала месяца", "с начала войны", "с начала конфликта", "с начала операции",
              "с начала перемирия", "в общей сложности", "за весь период", "з початку року", "з початку місяця",
              "з початку війни", "з початку конфлікту", "від початку року", "від початку війни", "depuis le début",
              "depuis début", "cumul", "desde el inicio", "desde el comienzo", "desde principios", "desde inicios",
              "en lo que va del año", "en lo que va de año", "desde o início", "desde o inicio", "desde o começo",
              "acumulad", "منذ بداية", "منذ مطلع", "منذ بدء", "الحصيلة الإجمالية", "حصيلة إجمالية", "إجمالي",
              "اجمالي", "başından beri", "başından bu yana", "toplam=", "toplamda=", "ümumilikdə", "əvvəlindən bəri",
              "սկզբից ի վեր", "ընդհանուր առմամբ", "sejak awal tahun", "sejak awal", "sepanjang tahun",
              # Kurmanji: since the start of the year, of the war; in all
              "ji destpêka salê", "ji destpêka şer", "bi giştî",
              # Vietnamese: since the start of the year, since the start; Filipino: in all, since the start (of
              # the year)
              "từ đầu năm", "kể từ đầu", "sa kabuuan", "mula simula", "mula sa simula", "mula noong simula",
              # Kyrgyz: since the start (of the year); Tajik: since the start of the year, in all
              "башынан бери", "аз аввали сол", "дар маҷмӯъ", "дар маҷмуъ", "дар мачмуъ", "дар мажмуъ",
              # Polish: since the start of the year, in total; Czech: since the start of the year, in total
              "od początku roku", "od poczatku roku", "łącznie", "lacznie", "od začátku roku", "od zacatku roku",
              "celkem",
              # German: in all, since the start of the year; Italian: since the start of the year (dall'inizio
              # dell'anno, its words apart at the apostrophes), in all;
              # Romanian: since the start of the year
              "insgesamt", "seit jahresbeginn", "seit beginn des jahres", "dall inizio dell anno",
              "complessivament", "de la începutul anului", "de la inceputul anului"),
    "noncombat": ("несчастн", "самоубийств", "суицид", "дедовщин", "неуставн", "болезн", "халатност", "нещасн",
                  "самогубств", "хвороб", "maladie", "bizutage", "meurtre", "suicidio", "suicídio", "enfermedad",
                  "doença", "انتحار", "ինքնասպան", "intihar", "xəstəlik", "hastalık", "kaza=", "kazası=", "kazada=",
                  "حادث سير", "حادث مروري", "kecelakaan", "kemalangan", "bunuh diri",
                  # An accident in Russian, Ukrainian, Azerbaijani and Armenian (not аварийно-спасательные, the
                  # emergency rescue, nor վթարային, emergency, nor a qəza word of another sense: whole words only)
                  "авария=", "аварии=", "аварию=", "аварией=", "аварія=", "аварії=", "аварію=", "аварією=", "qəza=",
                  "qəzası=", "qəzada=", "qəzanın=", "qəzaya=", "qəzadan=", "bədbəxt hadisə", "վթար=", "վթարի=",
                  "վթարը=", "վթարից=", "վթարով=", "վթարում=", "ավտովթար", "դժբախտ պատահար",
                  # Kurmanji: suicide, an accident, illness
                  "xwekuşt", "qeza=", "qezay", "nexweşî",
                  # Vietnamese: an accident, suicide; Filipino: an accident, suicide (nagpakamatay: killed oneself)
                  "tai nạn", "tự tử", "tự sát", "aksidente", "nagpakamatay", "pagpapakamatay",
                  # Greek: an accident, suicide, drowning, illness; Albanian: an accident, suicide
                  "ατυχημ", "αυτοκτον", "πνιγμ", "ασθενει", "aksident", "vetëvras", "vetevras",
                  # Kyrgyz: an accident; Tajik: an accident, suicide
                  "кырсык", "садама", "худкуш",
                  # Polish: an accident, suicide; Czech: an accident, suicide
                  "wypadek", "wypadku", "wypadkiem", "samobójst", "samobojst", "nehod", "sebevražd", "sebevrazd",
                  # German: an accident, suicide (Selbstmord; Selbstmordanschlag is a bombing); Italian: a road
                  # accident (incidente alone is also an incident); Romanian: suicide
                  "unfall", "unfäll", "selbstmord", "suizid", "incidente stradal", "sinucid"),
    "mine": ("мина=", "мины=", "мину=", "миной", "мине=", "минн", "фугас", "взрывн устройств", "растяжк", "міна=",
             "міни=", "міну=", "міною", "міні=", "мінн", "вибухов пристр", "розтяжк", "explosif", "engin explosif",
             "mina=", "minas=", "minad", "explosivo", "artefacto explosivo", "لغم", "ألغام", "الغام", "عبوة ناسفة",
             "ناسفة", "ական", "mayın", "patlayıcı", "el yapımı patlayıcı", "неразорвав", "взрывоопасн", "разминир",
             "нерозірван", "вибухонебезпечн", "розмінув", "eei=", "non explos", "démin", "sin explotar", "desmin",
             "não explodid", "متفجر", "مخلفات الحرب", "مخلفات حرب", "غير منفجر", "عبوة", "عبوات", "nakiya", "miino",
             "ნაღმ", "განაღმ", "bomu la ardhini", "mabomu ya ardhini", "ranjau", "bahan peledak", "bom rakitan",
             "alat peledak",
             # Kurmanji: a mine (mayîn, and without its mark), explosives
             "mayîn", "mayin", "teqemen",
             # Vietnamese: a mine (mìn), a naval mine (thủy lôi), unexploded ordnance (bom mìn)
             "mìn=", "thủy lôi", "thuỷ lôi", "bom mìn",
             # Greek: a mine (νάρκη, and its cases; not ναρκωτικά, drugs), a minefield, an explosive device;
             # Albanian: a mine (minë, minat), an explosive, an explosive device
             "ναρκη=", "ναρκης=", "ναρκες=", "ναρκων=", "ναρκοπεδ", "εκρηκτικ μηχανισμ", "minë=", "minës=", "minat=",
             "minave=", "eksploziv", "mjet shpërthyes", "mjet shperthyes",
             # Tajik: a mine in the ezāfe and the plural (минаи, минаҳо, as typed with Russian letters минахо),
             # explosives
             "минаи=", "минаҳо=", "минахо=", "маводи тарканда",
             # Polish: a mine (mina, and its cases), an explosive charge, unexploded ordnance; Czech: a mine, a booby
             # trap
             "miny=", "minę=", "minie=", "ładunek wybuch", "ladunek wybuch", "ładunku wybuch", "ladunku wybuch",
             "niewybuch", "nástražn", "nastrazn",
             # German: a booby trap, an explosive device, unexploded ordnance; Italian: an explosive device (ordigno),
             # Romanian: a mine (mină), an explosive device, unexploded
             "sprengfall", "sprengsatz", "blindgäng", "blindgang", "ordign", "mină=", "minei=", "minele=",
             "dispozitiv exploziv", "neexplodat"),
    # The killing of captives: an execution, by shooting (расстрел, розстріл, დახვრეტა, գնդակահարություն,
    # güllələnmə, fusilamiento), extrajudicial or summary; not the treasury (казна) nor a strategy (стратегія),
    # nor the Indonesian idaman (longed-for).
    "execution": ("расстрел", "казнь=", "казни=", "казнью=", "казнен", "казнён", "казнил", "казнят", "внесудебн",
                  "розстріл", "страта=", "страти=", "страту=", "стратою=", "страчен", "стратил", "позасудов",
                  "exécution", "exécuté", "fusillé", "ejecuci", "ejecutad", "fusilamiento", "fusilad", "execuç",
                  "executad", "fuzilament", "fuzilad", "إعدام", "اعدام", "أعدم", "اعدم", "գնդակահար", "մահապատ",
                  "արտադատական", "güllələn", "edam", "idam=", "idamı=", "idama=", "idamın=", "infaz", "დახვრეტ",
                  "დახვრიტ", "სიკვდილით დასჯ",
                  "eksekusi",
                  # Haitian Creole: an execution (egzekisyon), executed (egzekite)
                  "egzekisyon", "egzekite"),
    "abduction": ("похищ", "похит", "заложник", "викрад", "заручник", "enlèvement", "enlevé", "otage", "rapt=",
                  "disparition forcée", "secuestr", "rehén=", "rehenes=", "rapto=", "raptad", "desaparición forzada",
                  # the Spanish and Portuguese rapto in the plural (raptos de mulheres em Macomia)
                  "raptos=",
                  "sequestr", "refém=", "reféns=", "desaparecimento forçado", "اختطاف", "اختطف", "خطف", "مختطف",
                  "رهائن", "رهينة", "garkuwa da mutane", "satar mutane", "afduub",
                  "გატაც", "მძევ", "utekaji nyara", "kuteka nyara", "kutekwa nyara", "mateka", "sandera",
                  "penyandera", "disandera", "menyandera", "tersandera", "culik", "penculik", "diculik", "menculik",
                  "penghilangan paksa",
                  # Kurmanji: abduction, abducted (revandin, revandin); hostage. Not revîn, fleeing.
                  "revand", "rehîn",
                  # Vietnamese: kidnapping (bắt cóc), a hostage (con tin); Filipino: abducted (dinukot), abduction,
                  # kidnapped, a captive
                  "bắt cóc", "con tin", "dinukot", "pagdukot", "dukot=", "kinidnap", "pagkidnap", "bihag", "binihag",
                  # Greek: abduction, hostage, abducted; Albanian: abduction, hostage, hostage-taking; Serbian
                  # (Latin and Cyrillic): abduction
                  "απαγωγ", "ομηρ", "απηχθ", "rrëmbim", "rrembim", "rrëmby", "rremby", "peng=", "pengj",
                  "pengmarrj", "otmic", "отмиц",
                  # Kyrgyz: a hostage (барымта); Tajik: a hostage, abducted
                  "барымта", "гаравгон", "рабуд",
                  # Polish: abduction, hostage; Czech: abduction, abducted, a hostage
                  "porwan", "uprowadz", "zakładni", "zakladni", "únos", "unesen", "rukojm",
                  # German: abduction, a hostage; Italian: abduction, abducted, a hostage; Romanian: abduction,
                  # abducted, a hostage
                  "entführ", "entfuhr", "entfuehr", "geisel", "rapiment", "rapit", "ostagg", "răpir", "rapire",
                  "răpit", "ostatic"),
    "incursion": ("вторжен", "проникнов", "прорыв", "диверс", "наступлен", "штурм", "рейд", "вторгнен", "проникнен",
                  "прорив", "наступу=", "наступом", "assaut", "incursión", "infiltrac", "ofensiva", "asalto", "sabotaj",
                  "incursão", "infiltraç", "assalto", "توغل", "تسلل", "اقتحام", "ներխուժ", "դիվերսի", "գրոհ",
                  "təxribat", "sızma", "baskın", "taarruz", "контрнаступ", "наступ=", "наступательн", "наступальн",
                  "invasión", "invasão", "contraofensiva", "дрг=", "захват", "захоплен", "duullaan", "غزوة", "إغارة",
                  "اغارة", "შეჭრ", "იერიშ", "uvamizi", "kuvamia", "uvamiaji", "penyusup", "menyusup", "infiltrasi",
                  "invasi", "penyerbu", "serbu", "menyerbu", "diserbu", "penggerebek", "menggerebek", "digerebek",
                  # Kurmanji: a ground attack (êrîşa bejahî). Not dagirker, the occupier: the Kurdish press names
                  # the Turkish state so in reports of every kind.
                  "êrîş bejahî", "êrîş bejayî",
                  # Vietnamese: intrusion (xâm nhập), violation (xâm phạm, as of waters), invasion (xâm lược,
                  # xâm chiếm), a raid (đột kích); Filipino: intrusion (panghihimasok), a raid or storming (salakay,
                  # lusob)
                  "xâm nhập", "xâm phạm", "xâm lược", "xâm chiếm", "đột kích", "panghihimasok", "salakay",
                  "pagsalakay", "sinalakay", "lusob", "paglusob", "nilusob",
                  # Greek: a violation (of airspace, of territorial waters), an invasion, infiltration, an
                  # overflight; Albanian: infiltration, a raid
                  "παραβιασ", "εισβολ", "διεισδυσ", "υπερπτησ", "infiltrim", "bastisj",
                  # Kyrgyz: an invasion (басып кирүү), a violation of the border; Tajik: aggression (also as
                  # typed with Russian letters), a saboteur
                  "басып кир", "чек араны буз", "таҷовуз", "тачовуз", "тажовуз", "тахрибкор",
                  # Polish: an incursion, a violation (of the border, of airspace), sabotage; Czech: an incursion,
                  # a violation
                  "wtargnię", "wtargnie", "naruszeni", "dywersj", "szturm", "vpád", "narušení", "naruseni",
                  # German: a violation of the border or of airspace, an intrusion, an incursion (Vorstoß, as ss);
                  # Italian: a violation (of the border, of airspace), infiltration, sabotage; Romanian: a
                  # violation (încălcarea spațiului aerian), an incursion, infiltration, penetration
                  "grenzverletz", "luftraumverletz", "eindring", "vorstoss", "sconfinament", "violazion",
                  "infiltrazion", "sabotagg", "încălcar", "incalcar", "incursiun", "infiltrar", "pătrunder",
                  "patrunder"),
    "shelling": ("обстрел", "артилл", "миномет", "миномёт", "ракет", "гаубиц", "гранатомет", "беспилот", "дрон", "бпла",
                 "авиаудар", "авианалет", "авианалёт", "бомбардир", "удар", "рсзо", "снаряд", "обстріл", "артил",
                 "міномет", "гранатомет", "безпілот", "авіаудар", "бомбардув", "рсзв", "artiller", "obus", "mortier",
                 # a war plane, as the English (`WAR_WORDS`): the French, Spanish, Portuguese and Turkish
                 "avion de guerre", "avions de guerre", "avión de guerra", "aviones de guerra", "avião de guerra",
                 "aviões de guerra", "savaş uçağ", "savaş uçak",
                 "roquette", "frappe", "frappe aérienne", "mortero", "cohete", "misil", "ataque aéreo", "dron", "obús",
                 "artilharia", "morteiro", "foguete", "míssil", "قصف", "مدفعي", "مدفعية", "هاون", "صاروخ", "صواريخ",
                 "مسيرات", "طائرة مسيرة", "طائرات مسيرة", "طائرة درون", "طائرات درون", "الدرون", "غارة", "غارات",
                 "قذيفة", "قذائف", "راجمة",
                 "հրետակոծ", "հրետան", "ականանետ", "հրթիռ", "անօդաչու", "աթս", "artilleriya", "minaatan", "raket",
                 "pilotsuz", "pua=", "zərbə", "bombardman", "top atəşi", "mərmi", "topçu", "top atışı", "havan=",
                 "roket", "füze", "siha=", "iha=", "insansız hava", "hava saldırısı", "obüs", "артобстр", "артудар",
                 "артналет", "артналёт", "ضربة جوية", "ضربات جوية", "قنبلة يدوية", "قنابل يدوية", "قنابل عنقودية",
                 "براميل متفجرة", "برميل متفجر", "madfac", "madaafiic", "прилет", "прилёт", "приліт", "каб=", "фаб=",
                 "шахед", "duqey", "duqay", "duqee", "gantaal", "hoobiy", "weerar cirka", "diyaarad aan duuliye",
                 "დაბომბ", "ავიადაბომბ", "საარტილერიო", "არტილერი", "საჰაერო დარტყმ", "ნაღმმტყორცნ", "ნაღმსატყორცნ",
                 # Persian and Dari (missile, drone, bombardment, mortar, rocket, artillery, air strike), Sorani
                 # (missile, drone, shelling)
                 "موشک", "پهپاد", "بمباران", "خمپاره", "راکت", "توپخانه", "حمله هوایی", "حملات هوایی", "مووشەک",
                 # Pashto: bombardment (بمبار, بمبارۍ: هوایي بمبار), an air strike (هوايي برید), a rocket (راکټ),
                 # a drone, a missile (توغندی); Urdu: shelling (گولہ باری), bombardment (بمباری), an air strike
                 # (فضائی حملہ, ہوائی حملہ), a drone, a mortar, a rocket, a missile, artillery
                 "بمبار", "هوايي برید", "هوایي برید", "راکټ", "توغندی", "توغندي", "ډرون", "گولہ باری", "گولا باری",
                 "بمباری", "فضائی حمل", "ہوائی حمل", "ڈرون", "مارٹر", "راکٹ", "میزائل", "توپخان",
                 "درۆن", "تۆپباران", "makombora", "kombora", "mizinga", "shambuli la anga", "mashambuli ya anga",
                 "ndege isiyo na rubani", "ndege zisizo na rubani", "ndege za kivita", "ibisasu", "igisasu",
                 "serangan udara", "serangan dari udara", "serangan drone", "mortir", "artileri", "rudal", "granat",
                 "pesawat tempur",
                 # Kurmanji: bombardment, shelling, artillery, mortar, the Turkish armed drone (SÎHA), aircraft,
                 # unmanned, missile, a strike (lêdan), an air attack; the Turkish air operation (hava harekâtı)
                 "bombebaran", "bombardiman", "bombardûman", "topbaran", "topavêj", "hawan=", "hawen=", "sîha",
                 "balafir", "firok", "bêmirov", "mûşek", "lêdan", "êrîş hewayî", "hava harekât",
                 # Vietnamese: shelling (pháo kích, nã pháo), artillery, a mortar (súng cối), an air strike
                 # (không kích), a missile (tên lửa), a drone (máy bay không người lái)
                 "pháo kích", "nã pháo", "pháo binh", "súng cối", "không kích", "tên lửa", "máy bay không người lái",
                 # Greek: bombardment, artillery, a mortar, a shell, a rocket, a missile, an air raid, an
                 # unmanned craft; Albanian: a mortar, a shell (predhë), an air attack; Serbian: shelling, a mortar
                 "βομβαρδ", "πυροβολικ", "ολμ", "οβιδ", "ρουκετ", "πυραυλ", "αεροπορικ επιδρομ", "αεροπορικ επιθεσ",
                 "μη επανδρωμεν", "mortaj", "predh", "sulm ajror", "sulmi ajror", "sulme ajrore", "granatiranj",
                 "гранатирањ", "minobacač", "минобацач",
                 # Kyrgyz: shelling (аткылоо: минометтон аткылоо, mortar shelling), a drone (учкучсуз), an air
                 # strike; Tajik: artillery shelling (тӯпборон, and without its mark), bombardment,
                 # artillery, an unmanned craft, an air attack
                 "аткыл", "учкучсуз", "абадан сокку", "тӯпборон", "тупборон", "бомбаборон", "тӯпхона", "тупхона",
                 "бесарнишин", "ҳамлаи ҳаво", "хамлаи хаво",
                 # Polish: shelling (ostrzał; ostrzelanie, as the Russian обстрел), a rocket or missile (rakieta,
                 # pocisk rakietowy), artillery, a mortar, unmanned, an air raid; Czech: shelling, a
                 # rocket, a missile (střela, not střelba, shooting), artillery, an air raid
                 "ostrzał", "ostrzal", "ostrzel", "rakiet", "pocisk", "artyler", "moździerz", "mozdzierz", "bezzałog",
                 "bezzalog", "nalot", "ostřel", "ostrel", "raket", "střela=", "strela=", "střely=", "strely=",
                 "dělostřel", "delostrel", "nálet", "nalet",
                 # German: shelling (Beschuss, beschossen), a drone (Drohne, Drohnenangriff), a fighter jet, an air raid
                 # (Luftangriff, Luftschlag), a rocket (Rakete: raket above), a missile (Marschflugkörper),
                 # artillery, a grenade; Italian: a rocket (razzo, razzi: not razzia, a raid), a missile,
                 # artillery, a mortar, an air raid (raid aereo, attacco aereo: not raid alone), a drone attack;
                 # Romanian: a rocket or missile (rachetă), artillery (artileri above), a shell (obuz), a strike
                 # (lovitură), an air attack, a drone attack (atac cu drone; dronă: dron above)
                 "beschuss", "beschoss", "drohne", "kampfflugzeug", "kampfjet", "luftangriff", "luftschlag",
                 "luftschläg", "marschflugkörper", "marschflugkorper", "artillerie", "granatwerfer", "razzo=",
                 "razzi=", "missil", "artiglier",
                 "mortai", "raid aere", "attacco aere", "attacchi aere", "attacco con dron", "attacco missilistic",
                 "rachet", "obuz", "lovitur", "atac aerian", "atacuri aeriene", "atac cu dron", "atac cu rachet",
                 "atacul cu dron"),
    "bombing": ("взрыв", "теракт", "смертник", "вибух", "attentat", "voiture piégée", "atentado", "explosión",
                "coche bomba", "carro bomba", "explosão", "تفجير", "انفجار", "انتحاري", "مفخخة", "سيارة مفخخة",
                "պայթյուն", "պայթուց", "partlayış", "patlama", "bombalı", "intihar saldırısı", "intihar eylemi",
                "intihar bombacısı", "attentat suicide", "attaque suicide", "terör saldırısı", "подрыв", "підрив",
                "взорв", "подорвал", "підірв", "véhicule piégé", "moto piégée", "camion piégé", "камикадзе",
                "камікадзе", "détonation", "detonac", "ataque suicida", "terrorista suicida", "استشهادي",
                "انغماس", "حزام ناسف", "أحزمة ناسفة", "احزمة ناسفة", "عبوة لاصقة", "عبوات لاصقة", "قنبلة", "قنابل",
                "kunar bakin wake", "bam=", "qarax", "qarxi", "qarxa", "miidaamin", "ismiidaam", "چاودن", "ځانمرګ",
                # Urdu: an explosion (دھماکہ, دھماکے), a suicide attack (خودکش)
                "دھماک", "خودکش",
                "აფეთქ", "ააფეთქ", "bomu=", "mabomu=", "mlipuko", "milipuko", "kujitoa mhanga", "bom=", "ledakan",
                "meledak", "diledakkan", "peledakan", "letupan", "pemboman", "pengeboman", "bom bunuh diri",
                "bom mobil",
                # Kurmanji: an explosion (teqîn, and without its mark), exploded (teqiya), set off (teqandin), a
                # suicide attack (êrîşa xwekujî)
                "teqîn", "teqin", "teqiy", "teqand", "xwekuj",
                # Vietnamese: an explosion (vụ nổ, phát nổ), a bombing (đánh bom); not nổ alone, which is also
                # opening fire (nổ súng). Filipino: an explosion (pagsabog), a bombing (pambobomba), bombed
                # (binomba), but not with water (EVENT_TYPE_EXCEPTIONS)
                "vụ nổ", "phát nổ", "nổ tung", "đánh bom", "pagsabog", "sumabog", "pinasabog", "pambobomba",
                "binomba",
                # Greek: an explosion, a bomb (βόμβα, and its cases; not βομβαρδισμός), a bombing; Albanian: an
                # explosion (shpërthim, and without its mark); Serbian: an explosion
                "εκρηξ", "βομβα=", "βομβας=", "βομβες=", "βομβων=", "βομβιστ", "shpërthim", "shperthim", "eksplozij",
                "експлозиј",
                # Kyrgyz: an explosion, blowing up; Tajik: an explosion
                "жарыл", "жардыр", "таркиш", "таркид",
                # Polish: an explosion (eksplozja, wybuch); Czech: an explosion
                "eksplozj", "wybuch", "výbuch", "vybuch", "exploz",
                # German: an attack (Anschlag, a terror or bomb attack), a suicide attack; Italian: an explosion, a
                # car bomb; Romanian: an attack (atentat)
                "anschlag", "anschläg", "selbstmordanschl", "sprengstoffanschl", "esplosion", "esplos", "autobomb",
                "atentat"),
    "shooting": ("стрельб", "огонь", "огня", "огнем", "огнём", "снайпер", "выстрел", "стрелков", "прекращения огня",
                 "стрілян", "вогонь", "вогню", "вогнем", "постріл", "tir=", "tirs=", "fusillade", "tireur",
                 "coups de feu", "cessez-le-feu", "tiroteo", "disparo", "balacera", "francotirador", "fuego",
                 "alto el fuego", "hostigamiento", "tiroteio", "franco-atirador", "fogo", "cessar-fogo", "إطلاق نار",
                 "اطلاق نار", "قنص=", "قناص", "رصاص", "وقف إطلاق النار", "կրակ", "դիպուկահար", "հրադադար", "atəş",
                 "atəşkəs", "snayper", "ateş", "ateşkes", "keskin nişancı", "silahlı saldırı", "перемир", "toogasho",
                 "toogt", "rasaas",
                 "სროლ", "სნაიპერ", "risasi", "kusitisha mapigano", "usitishaji wa mapigano", "penembak", "tembak",
                 "menembak", "ditembak", "tertembak", "gencatan senjata",
                 # Kurmanji: gunfire (gulebaran), a ceasefire, fire
                 "gulebar", "agirbest", "agir=", "agirê=",
                 # Urdu: firing (فائرنگ: بلا اشتعال فائرنگ, unprovoked firing; فائرنگ کا تبادلہ, an exchange of fire);
                 # Persian and Dari: shooting (تیراندازی), fire (شلیک); Pashto: shots (ډزې, د ډزو تبادله)
                 "فائرنگ", "تیراندازی", "شلیک", "ډزې=", "ډزو=", "ډزی=", "ډزه=",
                 # Vietnamese: to shoot (bắn), to open fire (nổ súng), a shooting spree (xả súng), a sniper (bắn
                 # tỉa), a ceasefire (ngừng bắn); Filipino: a shooting (pamamaril), shot (binaril), fired upon
                 # (pinaputukan), a ceasefire (tigil-putukan)
                 "bắn=", "nổ súng", "xả súng", "ngừng bắn", "pamamaril", "namaril", "binaril", "pinaputukan",
                 "nagpaputok", "pagpapaputok", "tigil putukan",
                 # Greek: fire (πυρά, των πυρών), shooting (πυροβολισμοί; πυροβολικό, artillery, is shelling), a
                 # marksman, a ceasefire and its violation; Albanian: shots (të shtëna), shot at (qëlloi, qëlluan),
                 # a sniper, a ceasefire, a burst of fire; Serbian: shooting, a shot
                 "πυρα=", "πυρων=", "πυρ=", "πυροβολ", "σκοπευτ", "εκεχειρ", "παραβιασ εκεχειρ", "παραβιασ της εκεχειρ",
                 "shtën", "shten", "qëllo", "qello", "qëllu", "qellu", "armëpushim", "armepushim", "breshëri",
                 "pucnjav", "пуцњав", "pucanj", "пуцањ", "pucal", "пуцал", "снајпер",
                 # Kyrgyz: firing (ок атуу; not атышуу, an exchange of fire), opening fire, a ceasefire; Tajik:
                 # firing (тирпарронӣ, тирандозӣ), opening fire, a ceasefire
                 "ок атуу", "ок атт", "ок атып", "ок атк", "ок ач", "атуу=", "ок токтот", "тирпаррон", "тирандоз",
                 "оташкушо", "оташбас",
                 # Polish: a shooting, a shot, a sniper, a ceasefire; Czech: shooting, a shot, a sniper, a ceasefire
                 "strzał", "strzal", "strzel", "snajper", "zawieszeni broni", "rozejm", "střelb",
                 "strelb", "výstřel", "vystrel", "odstřelovač", "odstrelovac", "příměří", "primeri=",
                 # German: shots (Schuss, Schüsse), a shooting (Schießerei), a sniper, a ceasefire; Italian: a
                 # shooting (sparatoria), shots, a sniper, a ceasefire; Romanian: shots (împușcături), a sniper, a
                 # ceasefire
                 "schuss", "schüss", "schuess", "schiess", "scharfschütz", "scharfschutz", "waffenruh",
                 "waffenstillstand", "feuerpause", "sparator", "spari=", "sparo=", "cecchin",
                 "cessate il fuoco", "împușc", "impusc", "împuşc", "lunetist", "încetarea focului",
                 "incetarea focului", "foc de arm", "focuri de arm",
                 # Haitian Creole: gunfire (fiziyad), a shooting (tiraj)
                 "fiziyad", "tiraj="),
    "clash": ("боестолкн", "боев", "боя", "бои", "боях", "боем", "столкновен", "атак", "нападен", "засад", "перестрелк",
              "сражен", "бій", "бою", "бої", "боєзіткн", "бойов", "зіткнен", "напад", "засідк", "перестрілк",
              "affrontement", "accrochage", "attaqu", "embuscade", "échange de tirs", "enfrentamiento", "choque",
              "ataque", "emboscada", "hostilid", "confronto", "اشتباك", "اشتباكات", "معارك", "معركة", "هجوم", "كمين",
              "مواجهات", "մարտեր", "մարտակ", "մարտում", "բախում", "հարձակ", "դարան", "döyüş", "toqquşma", "hücum",
              "atışma", "pusqu", "çatışma", "çarpışma", "saldırı", "pusu", "muharebe", "бой=", "контратак", "контрудар",
              "contraataque", "kwanton bauna", "hari=", "harin=", "weerar", "dagaal", "gaadmo", "напал", "atac",
              "asonada", "هاجم", "هجمات", "هجمة", "قتال", "horimaad",
              "შეჯახებ", "ბრძოლ", "შეტევ", "კონტრშეტევ", "თავდასხმ", "ჩასაფრ",
              # Persian and Dari (attack, clash, battle), Pashto (attack, clash, fighting), Sorani (attack)
              "حمله", "حملات", "درگیر", "نبرد", "برید", "نښت", "جګړ", "جگړ", "هێرش", "mapigano", "mapambano",
              # Urdu, as ISPR's and Geo's Urdu bulletins write them: an attack (حملہ, حملے, حملوں), a clash (جھڑپ,
              # جھڑپیں), fighting (لڑائی)
              "حملہ", "حملے", "حملوں", "جھڑپ", "لڑائی",
              "shambuli", "mashambuli", "kuvizia", "imirwano", "igitero", "ibitero", "urugamba",
              # Indonesian and Malay: an exchange of fire (kontak tembak, baku tembak, tembak-menembak, kontak
              # senjata), a clash (bentrok), a battle (pertempuran), an attack (serangan, penyerangan), an ambush
              # (penghadangan; Malay serang hendap), war (perang; not perangkat, a device)
              "kontak tembak", "baku tembak", "tembak menembak", "kontak senjata", "bentrok", "pertempuran",
              "bertempur", "tempur=",
              "serang", "penyerang", "menyerang", "diserang", "penghadang", "pengadang", "menghadang", "dihadang",
              "perang=",
              # Kurmanji: a clash (pevçûn, and without its marks), war and fighting (şer), an attack (êrîş), an
              # ambush, a confrontation
              "pevçûn", "pevcun", "şer=", "şerê=", "şerên=", "şerek", "êrîş", "erîş", "kemîn", "rûbirûbûn",
              # Vietnamese: an attack (tấn công), a clash (đụng độ, xung đột), fighting (giao tranh, giao chiến,
              # chiến đấu), a gunfight (đấu súng), an ambush (phục kích), a beating (đánh đập, hành hung: as
              # the Chinese 殴打); Filipino: an attack (atake, pag-atake, inatake), a clash (sagupaan, engkuwentro),
              # fighting (bakbakan, labanan), an exchange of fire (barilan), an ambush (pananambang)
              "tấn công", "đụng độ", "xung đột", "giao tranh", "giao chiến", "chiến đấu", "đấu súng", "phục kích",
              "đánh đập", "hành hung", "atake", "inatake", "umatake", "sagupaan", "nagsagupa", "engkuwentro",
              "engkwentro", "enkwentro", "bakbakan", "labanan", "barilan", "pananambang", "tinambangan",
              # Greek: a clash or collision (σύγκρουση), an attack (επίθεση, επιτέθηκαν), a battle, an ambush,
              # hostilities, an exchange of fire, ramming (εμβολισμός: a boat rammed, as the Turkish çarpışma);
              # Albanian: an attack (sulm, sulmi, sulmuan), a clash (përleshje, and without its mark), a collision,
              # fighting, an exchange of fire; Serbian: a clash, an attack
              "συγκρου", "επιθεσ", "επιτεθ", "μαχη=", "μαχης=", "μαχες=", "μαχων=", "ενεδρ", "εχθροπραξ",
              "ανταλλαγ πυρων", "εμβολισ", "sulm", "përleshj", "perleshj", "përplasj", "perplasj", "luftim",
              "shkëmbim zjarri", "shkembim zjarri", "sukob", "сукоб", "napad", "napal",
              # Kyrgyz: an exchange of fire (атышуу, as перестрелка), a clash, an attack, an assault, fighting;
              # Tajik: an attack (ҳамла, ҳуҷум), a clash (задухӯрд, and without its mark), a conflict; each also
              # as typed with Russian letters (хамла, хучум or хужум, мунокиша)
              "атыш", "кагылыш", "чабуул", "кол салуу", "салгылаш", "ҳамла", "ҳуҷум", "задухӯрд", "задухурд",
              "муноқиша", "низоъ", "хамла", "хучум", "хужум", "мунокиша",
              # Polish: an attack (atak; atak rakietowy is shelling), a clash, fighting, an ambush, a skirmish; Czech:
              # an attack, a clash, fighting, an exchange of fire, an ambush
              "atak", "napaś", "starci", "walki=", "walka=", "walkach=", "zasadzk", "potyczk",
              "útok", "utok", "střet", "boje=", "boj=", "bojů", "boju=", "bojích", "bojich", "přestřelk",
              "prestrelk", "přepad", "prepad",
              # German: an attack (Angriff), a firefight (Gefecht, Feuergefecht), fighting (Kampf, Kämpfe), a clash
              # (Zusammenstoß; ß casefolds to ss), an ambush; Italian: an attack, clashes, fighting, an ambush, a
              # battle; Romanian: a clash (ciocnire), fighting (lupte), a confrontation, an ambush
              "angriff", "gefecht", "kampf", "kämpf", "kaempf", "zusammenstoss", "zusammenstöss",
              "hinterhalt", "attacc", "scontr", "imboscat", "battagli", "ciocnir", "lupte=", "luptele=", "luptă=",
              "confruntar", "confruntăr", "ambuscad",
              # Haitian Creole: a battle, fighting (batay, goumen), a confrontation (konfwontasyon)
              "batay=", "goumen", "konfwontasyon"),
    "monitoring": ("мониторинг", "наблюдател", "инспекц", "расследован", "моніторинг", "спостерігач", "розслідуван",
                   "surveillance", "observateur", "enquête", "monitoreo", "observador", "investigac", "inspecc",
                   "monitoramento", "investigaç", "inspeç", "مراقب", "رصد", "تحقيق", "մոնիտորինգ", "դիտորդ",
                   "monitorinq", "müşahidə", "izleme", "gözlem", "soruşturma", "uchunguzi", "investigasi",
                   "penyelidikan", "penyidikan", "pemantau",
                   # Kurmanji: an investigation, an observer, monitoring
                   "lêkolîn", "çavdêr", "şopand",
                   # Vietnamese: an investigation, monitoring, an observer; Filipino: an investigation
                   "điều tra", "giám sát", "quan sát viên", "imbestigasyon", "pagsisiyasat", "sinisiyasat",
                   # Greek: an investigation, an observer; Albanian: an investigation, an observer
                   "ερευν", "παρατηρητ", "hetim", "vëzhgues", "vezhgues",
                   # Kyrgyz: an investigation, an observer; Tajik: an investigation, an observer
                   "иликт", "тергөө", "байкоочу", "тафтиш", "мушоҳидакор", "мушохидакор",
                   # Polish: an investigation, an inquiry; Czech: an investigation
                   "śledztw", "sledztw", "dochodzeni", "vyšetřov", "vysetrov",
                   # German: an investigation, an inquiry, an observer; Italian: an investigation, an inquiry, an
                   # observer; Romanian: an inquiry, an investigation, an observer
                   "ermittl", "untersuch", "beobachter", "indagin", "inchiest", "osservator", "anchet", "investigaț",
                   "investigaţ", "observator"),
    "casualty": ("убит", "погиб", "гибел", "ранен", "смерт", "жертв", "потер", "вбит", "загин", "загибел", "поранен",
                 "втрат", "tué", "mort=", "morts=", "morte=", "mortes=", "mortos=", "mortas=", "blessé", "blessure",
                 "victime", "décès", "muert", "herid", "víctima", "fallec", "asesinat", "masacre", "ferid", "vítima",
                 "massacre", "قتل", "قتلى", "قتيل", "جرحى", "إصابة", "مقتل", "مجزرة", "ضحايا", "զոհ", "սպան", "վիրավոր",
                 "մահ", "həlak", "öldür", "yaral", "şəhid", "itki", "ölü", "yaralı", "şehit", "kayıp", "убийств",
                 "вбивств", "sicari",
                 "falsos positivos",
                 "fosse commune", "fosa común", "vala comum", "массов захоронен", "اغتيال",
                 "مقبرة جماعية", "décapit", "убил", "kashe=", "dilay=", "xasuuq", "dhaawac", "dhimasho", "mauaji",
                 "vifo=", "majeruhi", "ubwicanyi", "tewas", "korban", "gugur", "meninggal", "terbunuh",
                 "pembunuh", "dibunuh", "membunuh", "luka=", "terluka", "cedera", "pembantaian", "mati=",
                 "jenazah",
                 # Kurmanji: killed (kuştin), martyred, wounded, death, a massacre
                 "kuşt", "şehîd", "birîndar", "mirin=", "komkuj", "qetlîam",
                 # Vietnamese: killed (thiệt mạng, tử vong, chết), fallen (hy sinh), wounded (bị thương), casualties
                 # (thương vong), a body (thi thể), killing (giết, sát hại), a massacre (thảm sát); Filipino: dead
                 # (nasawi, namatay, patay), killed (napatay, pinatay), wounded (sugatan, nasugatan), hurt
                 # (nasaktan), a body (bangkay), a massacre (masaker)
                 "thiệt mạng", "tử vong", "chết=", "hy sinh", "bị thương", "thương vong", "thi thể", "giết",
                 "sát hại", "thảm sát", "nasawi", "pagkasawi", "namatay", "pagkamatay", "napatay", "pinatay",
                 "pagpatay", "patay=", "sugatan", "nasugatan", "nasaktan", "bangkay", "masaker",
                 # Greek: dead, killed, wounded, death, victims, murder; Albanian: killed (të vrarë, vrau),
                 # killing, wounded, death, died, victims, a massacre; Serbian: killed, wounded, perished
                 "νεκρ", "σκοτωθ", "σκοτωσ", "τραυματ", "θανατ", "θυματ", "δολοφον", "vrarë", "vrare", "vrau=",
                 "vras", "plagos", "vdek", "vdiq", "viktim", "masakr", "ubijen", "убијен", "ranjen", "рањен",
                 "poginu", "погину",
                 # Kyrgyz: died, fell (каза болду, курман болду; not Курманбек, a name), wounded, death, killed;
                 # Tajik: perished, killed, wounded, injured, death, a massacre; also as typed with Russian
                 # letters (халок, мачрух or мажрух)
                 "каза бол", "каза тап", "курман бол", "жарадар", "өлүм", "өлтүр", "ҳалок", "кушта", "куштор", "захм",
                 "маҷрӯҳ", "маҷруҳ", "фавт", "халок", "мачрух", "мажрух",
                 # Polish: killed (zabici), died (zginęło, zginęli), victims, the wounded, death, fallen; Czech:
                 # killed, the dead, died, the wounded, victims
                 "zabic", "zabit", "zabój", "zaboj", "zginę", "zgine", "zginą", "zginal", "ofiar", "ranni=",
                 "rannych=", "ranny=", "ranna=", "rannego=", "rannymi=", "śmier", "smier", "polegl", "poległ", "zmarł",
                 "zmarl", "mrtv", "zemřel", "zemrel", "zahynul", "zraněn", "zranen", "obět", "obeti=", "obětí",
                 # German: the dead (Tote, Toten), killed (getötet), the wounded (verletzt, verwundet), died (ums
                 # Leben, starben), victims, fatalities; Italian: the dead (morti, morto), killed (uccisi), the wounded
                 # (feriti), victims, died (deceduti); Romanian: the dead (morți), killed (uciși), the wounded (răniți),
                 # died (decedat, au murit)
                 "tote=", "toten=", "toter=", "getötet", "getotet", "getoetet", "tötung", "verletzt", "verwundet",
                 "ums leben", "starb", "opfer", "todesopfer", "morti=", "morto=", "morta=", "uccis", "ferit",
                 "vittim", "decedut", "morți=", "morţi=", "mortii=", "morții=", "uciș", "ucis", "uciş", "răniț",
                 "ranit", "răniţ", "decedat", "decese", "murit",
                 # Haitian Creole: a massacre (masak; not a stem: Indonesian masakan is cooking), died (mouri),
                 # killed (touye), wounded (blese), an assassination (asasina)
                 "masak=", "mouri=", "touye", "blese=", "asasina",
                 # bodies (kadav), death (lanmò), a lynching (lenchaj); French: a killing (tuerie), a lynching
                 "kadav=", "lanmò=", "lanmo=", "tuerie", "lynchage", "lenchaj"),
}  # fmt: skip

#: The stems of `EVENT_TYPES` in Chinese (simplified and traditional characters) and Hindi. Chinese writes no spaces,
#: so a Chinese stem is found anywhere in a run of Chinese characters, the longest first ("自杀式袭击" is a bombing
#: before "袭击", an attack, is a clash): 激烈肢体冲突 is a clash, 非法越线 an incursion, 鸣枪 a shooting.
EVENT_TYPES_HAN: Final[Mapping[str, tuple[str, ...]]] = {
    "total": ("累计", "累計", "总计", "總計"),
    "noncombat": ("意外", "事故", "自杀", "自殺", "溺水", "溺亡", "溺斃", "溺毙", "疾病", "高原反应", "高原反應"),
    "mine": ("地雷", "简易爆炸装置", "簡易爆炸裝置", "未爆弹", "未爆彈", "排雷"),
    "abduction": ("绑架", "綁架", "劫持", "人质", "人質"),
    "incursion": ("越线", "越線", "越界", "越境", "入侵", "侵入", "渗透", "滲透", "突袭", "突襲", "进攻", "進攻",
                  "闯入", "闖入", "侵犯"),
    "shelling": ("炮击", "炮擊", "砲擊", "炮轰", "炮轟", "空袭", "空襲", "轰炸", "轟炸", "火箭弹", "火箭彈", "导弹",
                 "導彈", "无人机", "無人機", "迫击炮", "迫擊炮"),
    "bombing": ("爆炸", "炸弹", "炸彈", "自杀式袭击", "自殺式襲擊", "自杀式爆炸", "自殺式爆炸", "汽车炸弹", "汽車炸彈"),
    "shooting": ("开枪", "開槍", "鸣枪", "鳴槍", "枪击", "槍擊", "射击", "射擊", "狙击", "狙擊", "停火"),
    "clash": ("冲突", "衝突", "交火", "交战", "交戰", "战斗", "戰鬥", "斗殴", "鬥毆", "殴打", "毆打", "打斗", "打鬥",
              "袭击", "襲擊", "攻击", "攻擊", "伏击", "伏擊", "枪战", "槍戰", "肉搏", "械斗", "械鬥"),
    "monitoring": ("调查", "調查", "观察员", "觀察員", "监测", "監測"),
    "casualty": ("死亡", "牺牲", "犧牲", "阵亡", "陣亡", "伤亡", "傷亡", "受伤", "受傷", "遇难", "遇難", "杀害",
                 "殺害", "屠杀", "屠殺"),
}  # fmt: skip
#: The stems of `EVENT_TYPES` in Burmese, as the junta's and the resistance's statements and the Burmese press name
#: events. Burmese writes no spaces between words, so a stem is found anywhere in a run of Burmese letters, the
#: longest first, as Chinese stems are: လေကြောင်းတိုက်ခိုက်မှု (an air attack) is shelling before တိုက်ခိုက် (an
#: attack) is a clash; ဗုံးကြဲ (bombs dropped) is an air strike, ဗုံးခွဲ and ဗုံးပေါက်ကွဲ (a bomb set off) a bombing.
#: The words of attack and battle and of death and wounds (`_BURMESE_GENERAL_STEMS`) are read only where no other stem
#: is in the text, as Burmese writes them after the word of the means (ဗုံးကြဲတိုက်ခိုက်, attacked by dropping
#: bombs; ပစ်ခတ်သတ်ဖြတ်, shot dead). A total (စုစုပေါင်း; ပေါင်းချုပ်, စာရင်းချုပ်, a tally) comes before every other
#: stem, as "total" does in English: လေကြောင်းတိုက်ခိုက်မှုများ (စုစုပေါင်း), air strikes (in total), is a total.
EVENT_TYPES_BURMESE: Final[Mapping[str, tuple[str, ...]]] = {
    "total": ("စုစုပေါင်း", "ပေါင်းချုပ်", "စာရင်းချုပ်"),
    "noncombat": ("မတော်တဆ", "ယာဉ်တိုက်မှု", "ကိုယ့်ကိုယ်ကိုသတ်သေ"),
    "mine": ("မိုင်း", "မြေမြှုပ်မိုင်း", "မိုင်းထိ", "မိုင်းနင်း", "မိုင်းပေါက်", "မိုင်းခွဲ", "မိုင်းဆွဲ"),
    "abduction": ("ပြန်ပေးဆွဲ", "ဓားစာခံ", "အဓမ္မခေါ်ဆောင်"),
    "incursion": ("စီးနင်း", "သိမ်းပိုက်", "ထိုးစစ်", "ဝင်ရောက်တိုက်ခိုက်", "ချီတက်"),
    "shelling": ("လေကြောင်းတိုက်ခိုက်", "လေကြောင်းဗုံးကြဲ", "လေကြောင်းမှတိုက်ခိုက်", "လေယာဉ်ဖြင့်တိုက်ခိုက်",
                 "ဗုံးကြဲ", "လက်နက်ကြီး", "အမြောက်", "စိန်ပြောင်း", "ဒုံးကျည်", "ဒရုန်း", "ဂျက်လေယာဉ်",
                 "တိုက်လေယာဉ်", "ရဟတ်ယာဉ်"),
    "bombing": ("ဗုံးခွဲ", "ဗုံးပေါက်ကွဲ", "ပေါက်ကွဲ", "အသေခံဗုံး", "ဗုံးထောင်"),
    "shooting": ("ပစ်ခတ်", "ပစ်သတ်", "သေနတ်", "ကျည်ဆံ", "အပစ်အခတ်ရပ်စဲ"),
    "clash": ("တိုက်ပွဲ", "တိုက်ခိုက်", "ချုံခို", "ထိတွေ့တိုက်ပွဲ", "ပစ်ခတ်တိုက်ခိုက်"),
    "monitoring": ("စုံစမ်းစစ်ဆေး", "စုံစမ်းထောက်လှမ်း", "လေ့လာစောင့်ကြည့်"),
    "casualty": ("သေဆုံး", "ကျဆုံး", "သတ်ဖြတ်", "ဒဏ်ရာ", "အကျအဆုံး", "အစုလိုက်အပြုံလိုက်သတ်ဖြတ်"),
}  # fmt: skip
#: The Burmese words of attack, battle, death and wounds: read after every other stem.
_BURMESE_GENERAL_STEMS: Final = frozenset(("တိုက်ပွဲ", "တိုက်ခိုက်", *EVENT_TYPES_BURMESE["casualty"]))
#: `EVENT_TYPES_BURMESE` as (stem, type): a total first, the general stems last, the longest stems first, and the
#: types in their order among stems as long.
_BURMESE_EVENT_STEMS: Final[tuple[tuple[str, str], ...]] = tuple(sorted(
    ((unicodedata.normalize("NFC", stem), kind) for kind, stems in EVENT_TYPES_BURMESE.items() for stem in stems),
    key=lambda item: (item[1] != "total", item[0] in _BURMESE_GENERAL_STEMS, -len(item[0]))))
_BURMESE_EVENT_RE: Final = re.compile("[\u1000-\u109f]")
#: The stems of `EVENT_TYPES` in Korean, as the Joint Chiefs of Staff, the Ministry of National Defense, KCNA and the
#: Korean press name events. Korean writes its particles onto a word (포격을, 교전이) and its compounds without
#: spaces (포사격, 총격전, 목함지뢰), so a stem is found anywhere in a run of Hangul, the longest first, as Chinese
#: stems are: 총격전 (a firefight) is a clash before 총격 (gunfire) is a shooting, 포사격 (artillery fire) a shelling
#: before 사격 (firing) a shooting; 지뢰 폭발 (a mine blast) is a mine, as the mine comes first among stems as long.
#: 도발 (provocation) and 무인기 (a drone) name no type: with 침범 (intrusion) a drone is an incursion.
EVENT_TYPES_HANGUL: Final[Mapping[str, tuple[str, ...]]] = {
    "total": ("누적", "누계", "총계"),
    "noncombat": ("사고", "자살", "익사", "오발", "질병", "가혹행위"),
    "mine": ("지뢰", "목함지뢰", "불발탄", "폭발물", "급조폭발물"),
    "abduction": ("납치", "인질", "나포", "억류"),
    "incursion": ("침범", "침투", "침입", "침공", "월경", "월선", "습격", "기습"),
    "shelling": ("포격", "포사격", "포탄", "해안포", "방사포", "박격포", "곡사포", "포병", "미사일", "로켓", "공습",
                 "폭격", "포화"),
    "bombing": ("폭발", "폭탄", "자폭", "폭탄테러", "차량폭탄"),
    "shooting": ("총격", "사격", "발포", "저격", "기관총", "고사총", "총탄", "총성"),
    "clash": ("교전", "총격전", "포격전", "격전", "충돌", "전투", "공격", "매복", "반격", "무력충돌", "접전"),
    "monitoring": ("조사", "감시", "시찰", "검증"),
    "casualty": ("사망", "전사", "부상", "사상", "살해", "희생", "순직"),
}  # fmt: skip
#: `EVENT_TYPES_HANGUL` as (stem, type), the longest stems first and the types in their order among stems as long.
_HANGUL_EVENT_STEMS: Final[tuple[tuple[str, str], ...]] = tuple(sorted(
    ((stem, kind) for kind, stems in EVENT_TYPES_HANGUL.items() for stem in stems), key=lambda item: -len(item[0])))
_HANGUL_EVENT_RE: Final = re.compile("[\uac00-\ud7a3]")

#: The stems of `EVENT_TYPES` in Thai and in Khmer, as the Royal Thai Army, the Cambodian Ministry of National Defence,
#: the foreign ministries and the Thai and Khmer press name events. Neither writes spaces between words, so a stem is
#: found anywhere in a run of their letters, the longest first, as Burmese stems are: ยิงจรวด (rocket fire) is
#: shelling before ยิง (firing) is a shooting, กับระเบิด (a landmine) a mine before ระเบิด (a bomb) a bombing, ยิงปะทะ
#: (an exchange of fire) a clash; បាញ់កាំភ្លើងធំ (artillery fire) is shelling before បាញ់ (firing) a shooting. The
#: words of attack, battle, death and wounds (`_THAI_KHMER_GENERAL_STEMS`) are read only where no other stem is in the
#: text, as they follow the word of the means (ยิงจรวดมีผู้เสียชีวิต, rocket fire with dead).
EVENT_TYPES_THAI: Final[Mapping[str, tuple[str, ...]]] = {
    "total": ("ยอดสะสม", "สะสม", "ยอดรวม", "รวมทั้งสิ้น", "นับตั้งแต่"),
    "noncombat": ("อุบัติเหตุ", "ฆ่าตัวตาย", "เจ็บป่วย", "จมน้ำ"),
    "mine": ("กับระเบิด", "ทุ่นระเบิด", "เหยียบกับระเบิด", "เก็บกู้ทุ่นระเบิด"),
    "abduction": ("ลักพาตัว", "จับเป็นตัวประกัน", "ตัวประกัน", "อุ้ม"),
    "incursion": ("รุกล้ำ", "ล้ำแดน", "บุกรุก", "รุกคืบ", "แทรกซึม", "บุกยึด", "รุกราน", "ยึดพื้นที่"),
    "shelling": ("ยิงจรวด", "จรวด", "ปืนใหญ่", "อาวุธหนัก", "ระดมยิง", "ปืนครก", "เครื่องยิงลูกระเบิด", "โดรน",
                 "อากาศยานไร้คนขับ", "โจมตีทางอากาศ", "เครื่องบินรบ", "ทิ้งระเบิด", "ขีปนาวุธ", "บีเอ็ม-21"),
    "bombing": ("ระเบิด", "คาร์บอมบ์", "ลอบวางระเบิด", "ระเบิดพลีชีพ"),
    "shooting": ("ยิง", "ซุ่มยิง", "สไนเปอร์", "หยุดยิง", "ยิงใส่", "ยิงปืน"),
    "clash": ("ปะทะ", "ยิงปะทะ", "ต่อสู้", "สู้รบ", "การรบ", "โจมตี", "ซุ่มโจมตี", "เปิดฉากโจมตี"),
    "monitoring": ("ตรวจสอบ", "ผู้สังเกตการณ์", "สอบสวน"),
    "casualty": ("เสียชีวิต", "บาดเจ็บ", "สังหาร", "ผู้เสียชีวิต", "ผู้บาดเจ็บ", "ความสูญเสีย"),
}  # fmt: skip
EVENT_TYPES_KHMER: Final[Mapping[str, tuple[str, ...]]] = {
    "total": ("សរុប", "ចាប់តាំងពីដើម"),
    "noncombat": ("គ្រោះថ្នាក់", "សម្លាប់ខ្លួន", "ជំងឺ", "លង់ទឹក"),
    "mine": ("មីន", "គ្រាប់មីន", "ដោះមីន", "គ្រាប់មិនទាន់ផ្ទុះ"),
    "abduction": ("ចាប់ជំរិត", "ចំណាប់ខ្មាំង", "ចាប់ពង្រត់"),
    "incursion": ("ឈ្លានពាន", "លុកលុយ", "ចូលលុកលុយ", "ជ្រៀតចូល", "រំលោភទឹកដី", "វាយលុក", "ដណ្ដើមទីតាំង"),
    "shelling": ("កាំភ្លើងធំ", "បាញ់កាំភ្លើងធំ", "រ៉ុក្កែត", "គ្រាប់រ៉ុក្កែត", "ដ្រូន", "យន្តហោះ", "យន្តហោះចម្បាំង",
                 "ទម្លាក់គ្រាប់បែក", "កាំភ្លើងត្បាល់", "ទម្លាក់គ្រាប់", "បាញ់ផ្លោង", "អាវុធធុនធ្ងន់"),
    "bombing": ("គ្រាប់បែក", "ការផ្ទុះ", "ផ្ទុះ", "បំផ្ទុះ"),
    "shooting": ("បាញ់", "បាញ់ប្រហារ", "ការបាញ់", "ឈប់បាញ់", "បទឈប់បាញ់", "អ្នកលបបាញ់"),
    "clash": ("ប៉ះទង្គិច", "ប្រយុទ្ធ", "ការប្រយុទ្ធ", "វាយប្រហារ", "ការវាយប្រហារ", "សមរភូមិ", "ឡោមព័ទ្ធ"),
    "monitoring": ("ស៊ើបអង្កេត", "អ្នកសង្កេតការណ៍", "ត្រួតពិនិត្យ"),
    "casualty": ("ស្លាប់", "របួស", "បាត់បង់ជីវិត", "ពលី", "សម្លាប់"),
}  # fmt: skip
#: The Thai and Khmer words of attack, battle, death and wounds: read after every other stem.
_THAI_KHMER_GENERAL_STEMS: Final = frozenset(unicodedata.normalize("NFKC", stem) for stem in (
    "โจมตี", "ต่อสู้", "สู้รบ", "ปะทะ", *EVENT_TYPES_THAI["casualty"], "វាយប្រហារ", "ការវាយប្រហារ", "ប្រយុទ្ធ",
    "ការប្រយុទ្ធ", *EVENT_TYPES_KHMER["casualty"]))


#: The numeric fields of `MatchConfig`, checked when one is made: (name, whether a whole number).
_NUMBER_FIELDS: Final = tuple((f.name, str(f.type) == "int") for f in attrs.fields(MatchConfig)
                              if str(f.type) in ("float", "int"))


def _general_last(types: Mapping[str, tuple[str, ...]], general: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """``types`` as (stem, type) in NFKC and casefolded, as the text is: the ``general`` stems last, the longest stems
    first, and the types in their order among stems as long."""
    return tuple(sorted(
        ((unicodedata.normalize("NFKC", stem).casefold(), kind) for kind, stems in types.items() for stem in stems),
        key=lambda item: (item[0] in general, -len(item[0]))))


_THAI_EVENT_STEMS: Final = _general_last(EVENT_TYPES_THAI, _THAI_KHMER_GENERAL_STEMS)
_THAI_EVENT_RE: Final = re.compile("[\u0e01-\u0e4e]")
_KHMER_EVENT_STEMS: Final = _general_last(EVENT_TYPES_KHMER, _THAI_KHMER_GENERAL_STEMS)
_KHMER_EVENT_RE: Final = re.compile("[\u1780-\u17dd]")

#: Hindi stems, read as the words of other languages are: झड़प (clash), मुठभेड़ (encounter), हमला (attack), घुसपैठ
#: (infiltration), गोलीबारी (firing), गोलाबारी (shelling), विस्फोट (explosion).
_EVENT_TYPES_HINDI: Final[Mapping[str, tuple[str, ...]]] = {
    "clash": ("झड़प", "मुठभेड़", "हमल", "संघर्ष"), "incursion": ("घुसपैठ", "अतिक्रमण"), "shooting": ("गोलीबारी",),
    "shelling": ("गोलाबारी", "ड्रोन"), "bombing": ("विस्फोट", "धमाक"), "mine": ("बारूदी सुरंग",),
    "casualty": ("शहीद", "हताहत", "मारे"),
}  # fmt: skip
#: Bengali stems, as the Bangladeshi press, BGB and ISPR name events, read as the words of other languages are (a
#: word starts with its stem, so that its case endings are read: হামলায়, in the attack; গোলাগুলির, of the exchange of
#: fire): সংঘর্ষ, সংঘাত (clash), হামলা, আক্রমণ (attack), গোলাগুলি (an exchange of fire, a clash as перестрелка and
#: échange de tirs are), লড়াই, যুদ্ধ (fighting, war); গোলা, গোলাবর্ষণ (shell, shelling), মর্টার, শেল, কামান
#: (cannon), রকেট, ক্ষেপণাস্ত্র (missile), ড্রোন, বিমান হামলা (air strike), যুদ্ধবিমান (warplane); গুলি, গুলিবর্ষণ
#: (firing); বোমা, বিস্ফোরণ (bomb, explosion), আত্মঘাতী (suicide attack); মাইন, স্থলমাইন, মাইন বিস্ফোরণ (mine blast),
#: বিস্ফোরক (explosive); অপহরণ, অপহৃত, জিম্মি (abduction, abducted, hostage); অনুপ্রবেশ (infiltration); নিহত, আহত,
#: হত্যা, মৃত্যু, হতাহত, গণহত্যা (killed, wounded, killing, death, casualties, massacre); তদন্ত (investigation);
#: দুর্ঘটনা, আত্মহত্যা (accident, suicide).
_EVENT_TYPES_BENGALI: Final[Mapping[str, tuple[str, ...]]] = {
    "noncombat": ("দুর্ঘটনা", "আত্মহত্যা"),
    "mine": ("মাইন", "স্থলমাইন", "মাইন বিস্ফোরণ", "বিস্ফোরক"), "abduction": ("অপহরণ", "অপহৃত", "জিম্মি"),
    "incursion": ("অনুপ্রবেশ",),
    "shelling": ("গোলা", "গোলাবর্ষণ", "মর্টার", "শেল", "কামান", "রকেট", "ক্ষেপণাস্ত্র", "ড্রোন", "বিমান হামলা",
                 "যুদ্ধবিমান"),
    "bombing": ("বোমা", "বিস্ফোরণ", "আত্মঘাতী"), "shooting": ("গুলি", "গুলিবর্ষণ"),
    "clash": ("সংঘর্ষ", "সংঘাত", "হামলা", "আক্রমণ", "গোলাগুলি", "লড়াই", "যুদ্ধ"),
    "monitoring": ("তদন্ত",),
    "casualty": ("নিহত", "আহত", "হত্যা", "মৃত্যু", "হতাহত", "গণহত্যা"),
}  # fmt: skip
#: Amharic and Tigrinya stems, as Ethiopian and Tigrayan statements and the Amharic and Tigrinya press name events,
#: read as the words of other languages are, also without the Amharic በ, የ, ከ, ለ and the Tigrinya ብ, ን written onto a
#: word (`_ETHIOPIC_PROCLITIC`: የድሮን ጥቃት, a drone's attack; ብድሮን, by drone): ግጭት (clash), ውጊያ, Tigrinya ውግእ
#: (fighting), ጦርነት, ኩናት (war), ጥቃት, መጥቃዕቲ (attack), ደፈጣ (ambush); የአየር ጥቃት, የአየር ድብደባ (air strike),
#: ድብደባ (bombardment), ድሮን, ሰው አልባ (unmanned: a drone), መድፍ (artillery), ከባድ መሳሪያ (heavy weapons), ሚሳኤል,
#: ሮኬት, ሞርታር, የቦምብ ድብደባ (bombing from the air); ቦምብ (bomb), ፍንዳታ (explosion); ፈንጂ (mine, explosive); ተኩስ,
#: ተኹሲ (firing); ወረራ, ወራር (invasion); እገታ, ጠለፋ (kidnapping); ግድያ, ቅትለት (killing), ጭፍጨፋ, ህልቂት (massacre);
#: ምርመራ (investigation).
_EVENT_TYPES_ETHIOPIC: Final[Mapping[str, tuple[str, ...]]] = {
    "mine": ("ፈንጂ",), "abduction": ("እገታ", "ጠለፋ"), "incursion": ("ወረራ", "ወራር"),
    "shelling": ("አየር ጥቃት", "አየር ድብደባ", "ድብደባ", "ድሮን", "ሰው አልባ", "መድፍ", "ከባድ መሳሪያ", "ከባድ መሣሪያ", "ሚሳኤል",
                 "ሮኬት", "ሞርታር", "ቦምብ ድብደባ"),
    "bombing": ("ቦምብ", "ፍንዳታ"), "shooting": ("ተኩስ", "ተኩሲ", "ተኹሲ"),
    "clash": ("ግጭት", "ውጊያ", "ውግእ", "ጦርነት", "ኩናት", "ኲናት", "ጥቃት", "መጥቃዕቲ", "ደፈጣ"),
    "monitoring": ("ምርመራ",), "casualty": ("ግድያ", "ቅትለት", "ጭፍጨፋ", "ህልቂት", "ሕልቂት"),
}  # fmt: skip
#: Tamil and Sinhala stems, as the Sri Lankan defence ministry, the LTTE and TamilNet, and the Tamil and Sinhala
#: press name events, read as the words of other languages are (a word starts with its stem: எறிகணைத், ගැටුම්වලින්).
#: Tamil: எறிகணை, ஷெல் (shell), ஆட்லறி, பீரங்கி (artillery), விமானத் தாக்குதல், வான் தாக்குதல் (air strike),
#: குண்டுவீச்சு (bombardment); தற்கொடை (self-sacrifice: the LTTE's word for a suicide attack), தற்கொலைத் தாக்குதல்
#: (suicide attack), கரும்புலி (a Black Tiger), குண்டுவெடிப்பு (bomb blast); மோதல் (clash), சண்டை (fight),
#: தாக்குதல் (attack), ஊடுருவல் (infiltration), கண்ணிவெடி (mine), துப்பாக்கிச் சூடு (gunfire), கடத்தல் (abduction),
#: படுகொலை (massacre), கொல்லப்பட்ட (killed), பலி (death). Sinhala: ෂෙල් (shell), කාලතුවක්කු (artillery), ගුවන්
#: ප්‍රහාර (air strike), බෝම්බ හෙලීම (bombs dropped); මරාගෙන මැරෙන (suicide: "killing and dying"), පිපිරීම
#: (explosion), බෝම්බ (bomb); ගැටුම (clash), සටන (battle), ප්‍රහාරය (attack), බිම් බෝම්බ (landmine), වෙඩි (gunshots),
#: පැහැරගැනීම (abduction), ඝාතනය (killing), සංහාරය (massacre). The Sinhala stems are written without the zero-width
#: joiner of ප්‍ර and බ්‍ර, which `event_type` leaves out of Sinhala text.
_EVENT_TYPES_TAMIL_SINHALA: Final[Mapping[str, tuple[str, ...]]] = {
    "mine": ("கண்ணிவெடி", "கிளைமோர்", "බිම් බෝම්බ", "ක්ලේමෝර්"),
    "abduction": ("கடத்தல்", "கடத்தப்பட்", "පැහැරගැනීම", "පැහැර ගැනීම", "පැහැරගෙන"),
    "incursion": ("ஊடுருவல்", "ஊடுருவ"),
    "shelling": ("எறிகணை", "ஷெல்", "ஆட்லறி", "ஆர்ட்டிலரி", "பீரங்கி", "மோட்டார்", "ரொக்கெட்", "ராக்கெட்",
                 "விமானத் தாக்குதல்", "விமான தாக்குதல்", "விமானக் குண்டு", "வான் தாக்குதல்", "வான்வழித் தாக்குதல்",
                 "குண்டுவீச்சு", "குண்டு வீச்சு", "கிபிர்", "ෂෙල්", "කාලතුවක්කු", "ගුවන් ප්රහාර", "බෝම්බ හෙලීම",
                 "බෝම්බ හෙළීම", "මෝටාර්", "රොකට්"),
    "bombing": ("தற்கொடை", "தற்கொலைத் தாக்குதல்", "தற்கொலை தாக்குதல்", "தற்கொலைக் குண்டு", "தற்கொலை குண்டு",
                "கரும்புலி", "குண்டுவெடிப்பு", "குண்டு வெடிப்பு", "මරාගෙන මැරෙන", "බෝම්බ පිපිරීම", "පිපිරීම",
                "බෝම්බ"),
    "shooting": ("துப்பாக்கிச் சூடு", "துப்பாக்கிச் சூட்ட", "துப்பாக்கி சூடு", "වෙඩි"),
    "clash": ("மோதல்", "சண்டை", "தாக்குதல்", "பதுங்கித் தாக்குதல்", "ගැටුම", "සටන", "ප්රහාර"),
    "casualty": ("படுகொலை", "கொல்லப்பட்", "பலி", "உயிரிழப்பு", "உயிரிழந்", "காயமடைந்", "ඝාතනය", "සංහාරය",
                 "මිය ගිය", "තුවාල"),
}  # fmt: skip
#: The Sinhala letters, in whose text the zero-width joiner (ප්‍ර, ශ්‍රී) is left out before stems are read.
_SINHALA_EVENT_RE: Final = re.compile("[\u0d80-\u0dff]")
#: `EVENT_TYPES_HAN` as (stem, type), the longest stems first and the types in their order among stems as long.
_HAN_EVENT_STEMS: Final[tuple[tuple[str, str], ...]] = tuple(sorted(
    ((stem, kind) for kind, stems in EVENT_TYPES_HAN.items() for stem in stems), key=lambda item: -len(item[0])))
_HAN_EVENT_RE: Final = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
#: The scripts written without spaces between words (Chinese, Burmese, Korean, Thai, Khmer, tried in this order),
#: each with its stems in the order they are tried: in a text with a letter of the script, a stem is found anywhere
#: in it.
_UNSPACED_EVENT_STEMS: Final[tuple[tuple[re.Pattern[str], tuple[tuple[str, str], ...]], ...]] = (
    (_HAN_EVENT_RE, _HAN_EVENT_STEMS), (_BURMESE_EVENT_RE, _BURMESE_EVENT_STEMS),
    (_HANGUL_EVENT_RE, _HANGUL_EVENT_STEMS), (_THAI_EVENT_RE, _THAI_EVENT_STEMS),
    (_KHMER_EVENT_RE, _KHMER_EVENT_STEMS))
#: The stems of `EVENT_TYPES` in Hebrew, as the IDF, the Israeli ministries and the Hebrew press name events, read by
#: the same rules. A word is also read without the one-letter words and the article written onto it (התקיפה,
#: בתקיפה, מהירי: `_HEBREW_PROCLITIC`), without its points, with its final letters as the others (ם as מ) and with an
#: acronym's gershayim left out (כטב״ם, a drone, is כטבם). A strike (תקיפה) is `shelling`, as "strike" is; an attack
#: (התקפה, מתקפה) or a terror attack (פיגוע) is a `clash`, as "attack" is; an explosive charge (מטען) is a `mine`,
#: as an IED is; an elimination (חיסול) is a `casualty`, as an assassination is.
EVENT_TYPES_HEBREW: Final[Mapping[str, tuple[str, ...]]] = {
    "total": ("מתחילת המלחמה", "מאז תחילת", "מאז פרוץ", "בסך הכל", "בסך הכול", "סך הכל", "סך הכול"),
    "noncombat": ("תאונ", "התאבדות=", "מחלה=", "מחלת", "רשלנות"),
    "mine": ("מוקש", "מטען", "חומר נפץ"),
    "abduction": ("חטיפ", "נחטף", "חטופ", "בני ערובה", "בן ערובה", "שבוי"),
    "incursion": ("חדיר", "הסתננ", "פשיט", "פליש", "תמרון", "מבצע קרקעי", "כניסה קרקעית", "פעילות קרקעית",
                  "תקיפה קרקעית", "מתקפה קרקעית"),
    "shelling": ("תקיפ", "הפצצ", "הפגז", "פגז", "ארטילרי", "תותח", "רקט", "טיל=", "טילים", "טילי", "שיגור", "מטח",
                 "מרגמ", "פצמר", "כטבם", "כטבמ", "רחפן", "מלט=", "ירי רקטות", "ירי טיל", "ירי נט", "ירי ארטילרי",
                 "ירי מרגמות", "ירי פצמרים", "ירי כטבמ", "חיל האוויר", "מטוסי קרב", "כלי טיס"),
    "bombing": ("פיצוץ", "התפוצצות", "פיגוע התאבדות", "מחבל מתאבד", "מחבלת מתאבדת", "רכב תופת", "מכונית תופת",
                "פצצ"),
    "shooting": ("ירי=", "יריות", "צלף", "צליפ", "פיגוע ירי", "הפסקת אש", "הפסקת האש"),
    "clash": ("קרב=", "קרבות", "לחימה", "התקפ", "מתקפ", "פיגוע", "מארב", "היתקלות", "עימות", "עימותים", "חילופי אש",
              "חילופי ירי", "התנגשות", "התנגשויות"),
    "monitoring": ("משקיפ", "תחקיר", "חקיר", "פיקוח"),
    "casualty": ("חיסול", "חוסל", "הרג=", "הריג", "נהרג", "הרוג", "פצוע", "נפצע", "פציע", "טבח"),
}  # fmt: skip

#: Families of event types: two types that share a family are compatible; ``combat`` against ``noncombat`` is not.
#: A ``bombing`` is of two families: a planted or driven bomb is fought like combat and built like a mine, so one
#: source's IED is another's bomb attack. An ``abduction`` is combat: captives are taken in a raid or an attack, and
#: one source's kidnapping is another's attack on the village. An ``execution`` (of captives) is of the captive
#: family, with the ``abduction`` that took them and the ``shooting`` that killed them (расстрел is both): not an
#: exchange of fire, a shelling or an accident. ``monitoring``, ``casualty`` and ``unknown`` are
#: compatible with everything (a visit investigates an incident, a casualty report is about one); ``total`` is
#: handled by the date feature (a period total is not one incident).
EVENT_FAMILIES: Final[Mapping[str, tuple[str, ...]]] = {
    "incursion": ("combat",), "shelling": ("combat",), "bombing": ("combat", "mine"),
    "shooting": ("combat", "captive"), "clash": ("combat",), "abduction": ("combat", "captive"),
    "noncombat": ("noncombat",), "mine": ("mine",), "execution": ("captive",),
}  # fmt: skip

#: `EVENT_FAMILIES` as bit masks, one bit a family: two types are incompatible when both have a mask and the masks
#: share no bit. A type in no family has none.
_FAMILY_MASKS: Final[Mapping[str, int]] = {
    kind: sum(1 << sorted({f for fs in EVENT_FAMILIES.values() for f in fs}).index(f) for f in families)
    for kind, families in EVENT_FAMILIES.items()
}


#: Words and phrases that start with a stem of `EVENT_TYPES` but name no event, in any language: read as no type,
#: and their words are not read on their own. A mine that is dug, or a vehicle built against mines, is no mine
#: incident ("clash at the gold mine", "ambush on a mine-resistant vehicle", "miners attacked", "mineral"); gunmen
#: are who attacked, not a shooting ("gunmen abducted 30"); a hunger strike is no air strike; firefighters are no
#: firefight; internal troops and internal security forces fight, and the internally displaced are not an
#: internal (non-combat) loss; a sexual assault is no assault on a position; a bulletin is no bullet. A one-word
#: exception outranks the shorter stems the word starts with ("miners": not "mine"); a phrase hides its words from
#: every stem.
EVENT_TYPE_EXCEPTIONS: Final[tuple[str, ...]] = (
    "miner", "mineworker", "gunm", "firefighter", "firework", "internally", "bulletin", "mine resist",
    "mine protect", "mine site", "mine work", "mine shaft", "mine owner", "mine pit", "gold mine", "coal mine",
    "copper mine", "diamond mine", "jade mine", "ruby mine", "cobalt mine", "coltan mine", "uranium mine",
    "iron mine", "salt mine", "lithium mine", "hunger strike", "general strike", "fire fighter", "fire brigade",
    "fire station", "internal troops", "internal security", "internal affairs", "sexual assault",
    # The Filipino bomba is also a pump, and a water cannon is a "bomb of water" (bomba ng tubig; binomba ng tubig,
    # water-cannoned): no bombing.
    "bomba ng tubig", "binomba ng tubig", "pagbomba ng tubig", "pambobomba ng tubig",
    # A war crime, a prisoner of war, a war zone, a war correspondent, a war veteran or memorial, a war-torn land
    # name no war's toll (`WAR_WORDS`), in the languages that name a war: it is their other words that say what
    # happened. The Arabic with and without the article (جرائم حرب, جرائم الحرب); the Armenian adjective
    # պատերազմական (of war: պատերազմական հանցագործություն, a war crime) as one word.
    "war crim", "prisoner of war", "war zone", "war correspond", "war veteran", "war memorial", "war torn",
    "crime de guerre", "criminel de guerre", "prisonnier de guerre", "zone de guerre", "crimen de guerra",
    "crímenes de guerra", "crime de guerra", "criminal de guerra", "prisionero de guerra", "prisioneiro de guerra",
    "zona de guerra", "ветеран войн", "ветеран війн", "جرائم حرب", "جرائم الحرب", "جريمة حرب", "جريمة الحرب",
    "أسر حرب", "أسر الحرب", "ომის დანაშაულ", "պատերազմական", "müharibə cinayət", "savaş suç", "savaş esir",
)  # fmt: skip

#: The words of a war, named as the event: the toll of a whole war ("169 Georgian soldiers were killed in the war",
#: "в ходе войны", "ომში", "44 günlük müharibədə") is a period total, read as `total` where no other type than
#: ``casualty`` is named: "shelling during the war" is a shelling, one incident of it. In English, Russian,
#: Ukrainian, Georgian, Armenian, Azerbaijani, Turkish, French, Spanish, Portuguese and Arabic, whole words in
#: their cases where a prefix would take other words (warplane, военный, savaşçı: a fighter; حربية, of war), a war
#: plane a `shelling` and a war crime no type (`EVENT_TYPE_EXCEPTIONS`).
WAR_WORDS: Final[tuple[str, ...]] = (
    "war=", "wars=", "война=", "войны=", "войне=", "войну=", "войной=", "войною=", "войн=", "війна=", "війни=",
    "війні=", "війну=", "війною=", "війн=", "ომი=", "ომის=", "ომში=", "ომს=", "ომმა=", "ომით=", "ომისას=",
    "պատերազմ", "müharibə", "savaş=", "savaşı=", "savaşta=", "savaşın=", "savaşında=", "savaşından=", "savaşa=",
    "guerre=", "guerres=", "guerra=", "guerras=", "حرب=", "حروب=",
)  # fmt: skip


#: The types a denial names as what it denies (docs/matching.md, "What a denial names"): the acts of a side, those
#: of the ``combat`` and ``captive`` families ("no executions of prisoners took place", "gunfire at the border
#: (denied)", "denies the air strike"). The event feature compares them with the other claim's type, as it compares
#: two accounts': a denial of an execution is about no shelling. A denial of another type is not compared: a
#: ``noncombat`` or ``mine`` type is the account it gives instead, of deaths no attack caused ("internal
#: disagreements within the Armenian army", an accident, a mine), which differs from the incident it answers by
#: nature; ``casualty``, ``monitoring`` and ``unknown`` name no kind ("reports of the incident are false").
DENIED_KINDS: Final[frozenset[str]] = frozenset(
    kind for kind, families in EVENT_FAMILIES.items() if {"combat", "captive"} & set(families))


def names_denied_kind(denies: bool, kind: str) -> bool:
    """Whether the event feature compares a claim's type ``kind``: an assertion's always, a denial's only where it
    names what it denies (`DENIED_KINDS`)."""
    return not denies or kind in DENIED_KINDS


def _incompatible(a: str, b: str) -> bool:
    """Whether event types ``a`` and ``b`` share no family, both having one."""
    ma, mb = _FAMILY_MASKS.get(a, 0), _FAMILY_MASKS.get(b, 0)
    return bool(ma and mb and not ma & mb)

#: The letters of the Arabic script that Persian, Pashto and Urdu write apart from Arabic, and Arabic's final
#: alef maksura, read as the Arabic yeh and kaf: "انتحاری" (Dari, Pashto) is "انتحاري", "قتلى" is "قتلي"; the
#: short vowels, shadda and sukun, the dagger alef and the tatweel are left out ("مسيّرة" is "مسيرة").
_ARABIC_LETTER_FORMS: Final = str.maketrans({"\u06cc": "\u064a", "\u0649": "\u064a", "\u06a9": "\u0643",
                                              **dict.fromkeys([*range(0x64b, 0x653), 0x670, 0x640]),
                                              # Hebrew: the final letters as the others (ם as מ), points left out
                                              **dict(zip("ךםןףץ", "כמנפצ", strict=True)),
                                              **dict.fromkeys([*range(0x591, 0x5be), 0x5bf, 0x5c1, 0x5c2, 0x5c4,
                                                               0x5c5, 0x5c7])})

#: The Greek vowels with the tonos or the dialytika as the plain vowels, and the final sigma as the sigma that
#: casefolding makes of it: text and stems are compared without them, as capitals are written (ΕΠΙΘΕΣΗ), so that
#: "επίθεση" and "επιθέσεις" start with "επιθεσ" alike and "της" in a stem is the word of the text.
_GREEK_ACCENTS: Final = str.maketrans("άέήίόύώϊϋΐΰς", "αεηιουωιυιυσ")

#: What `_event_kind` says of a text that names a war and no incident: a ``total`` where the claim spans more than a
#: day (`event_type` says ``total`` of it).
_WAR: Final = "war"

#: `EVENT_TYPES` as (type, words of the stem), longest stems first and in the order of the types among stems of as
#: many words: the first that matches is the type. `WAR_WORDS` (`_WAR`, a ``total``) come after every type but
#: ``casualty`` in that order: a war is a period total only where no incident is named.
_EVENT_STEMS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = tuple(sorted(
    ((kind, tuple(unicodedata.normalize("NFKC", stem).translate(_ARABIC_LETTER_FORMS).translate(_GREEK_ACCENTS)
                  .split()))
     for kind, stems in (*((kind, stems) for kind, stems in EVENT_TYPES.items() if kind != "casualty"),
                         (_WAR, WAR_WORDS), ("casualty", EVENT_TYPES["casualty"]))
     for stem in (*stems, *(() if stems is WAR_WORDS else (
                  *EVENT_TYPES_OTHER_LANGUAGES.get(kind, ()), *_EVENT_TYPES_HINDI.get(kind, ()),
                  *EVENT_TYPES_HEBREW.get(kind, ()), *_EVENT_TYPES_ETHIOPIC.get(kind, ()),
                  *_EVENT_TYPES_TAMIL_SINHALA.get(kind, ()),
                  *_EVENT_TYPES_BENGALI.get(kind, ()))))),
    key=lambda item: -len(item[1]),
))

#: The phrases of `EVENT_TYPE_EXCEPTIONS`, as words.
_EXCEPTION_PHRASES: Final[tuple[tuple[str, ...], ...]] = tuple(
    tuple(stem.split()) for stem in EVENT_TYPE_EXCEPTIONS if " " in stem)

#: The stems of one word, the one-word exceptions among them (a word they start is read as no type).
_WORD_STEMS: Final[frozenset[str]] = frozenset(
    [*(stem[0] for _, stem in _EVENT_STEMS if len(stem) == 1), *(s for s in EVENT_TYPE_EXCEPTIONS if " " not in s)])

#: `_WORD_STEMS` by their first three letters, which every one has: a word is compared only with the stems that
#: start as it does.
_WORD_STEMS_BY_START: Final[Mapping[str, tuple[str, ...]]] = {
    start: tuple(s for s in _WORD_STEMS if s[:3] == start) for start in {s[:3] for s in _WORD_STEMS}
}

# The combining marks of the Basic Multilingual Plane's scripts, which `\w` leaves out: the vowel signs of Brahmic
# and Southeast Asian scripts (வவுனியா, मुंबई), Hebrew and Arabic points, diacritics written apart.
_MARKS: Final = "".join(
    chr(c) for c in range(0x300, 0x10000) if unicodedata.category(chr(c)).startswith("M")
)
#: A word of a name: letters and the marks written on them (a vowel sign does not end a word).
_NAME_WORD_RE: Final = re.compile(f"[^\\W\\d_](?:[^\\W\\d_]|[{re.escape(_MARKS)}])*")
#: A word of a region text: a word of a name (`_NAME_WORD_RE`), an apostrophe between its letters among them, as
#: McCune–Reischauer marks an aspirated consonant (Yŏnch'ŏn, P'aju) and transliterations of Arabic the ayn and hamza
#: (Ma'arrat): one word, not two.
_REGION_WORD_RE: Final = re.compile(
    f"[^\\W\\d_](?:[^\\W\\d_]|[{re.escape(_MARKS)}]|['’ʼ‘](?=[^\\W\\d_]))*")
#: A word of an event text: a word of a name (`_NAME_WORD_RE`), or several joined by hyphens ("car-bomb").
_EVENT_WORD_RE: Final = re.compile(
    f"[^\\W\\d_](?:[^\\W\\d_]|[{re.escape(_MARKS)}])*(?:-[^\\W\\d_](?:[^\\W\\d_]|[{re.escape(_MARKS)}])*)*")
#: The Arabic article and the one-letter conjunctions and prepositions written onto a word (و, ف, ب, ل, ك), as in
#: والقصف, بالقصف, للقصف, وقصف.
_ARABIC_PROCLITIC: Final = re.compile("^(?:[وف]?(?:[بلك]?ال|لل)|[وف][بلك]?|[بلك])(?=[\u0621-\u064a]{3})")
#: The Hebrew one-letter words written onto a word, in their order: ו "and", ש "that", ב, ל, מ or כ, then the
#: article ה (בתקיפה, in the strike; והתקיפה, and the strike; מהירי, from the fire), where three letters remain.
_HEBREW_PROCLITIC: Final = re.compile("^ו?(?:ש?[בלמכ])?ה?(?=[\u05d0-\u05ea]{3})")
#: The Amharic በ (in, by), የ (of), ከ (from), ለ (for) and the Tigrinya ብ (by), ን (to) written onto a word (የድሮን, of a
#: drone; ብድሮን, by drone), where three syllables remain.
_ETHIOPIC_PROCLITIC: Final = re.compile("^[በየከለብን](?=[\u1200-\u135a]{3})")
#: The gershayim (or a double quote typed for it) inside a Hebrew acronym: כטב״ם, נ"ט, read as כטבם, נט.
_HEBREW_GERSHAYIM: Final = re.compile('(?<=[\u05d0-\u05ea])["\u05f4](?=[\u05d0-\u05ea])')
#: "since" with a time of the same day or a day of the week after it: the start of one incident ("shelling since
#: dawn", "fighting since Sunday"), not of a period; only "since" of a period ("since 2011", "since 7 October",
#: "since the ceasefire") makes a `total`.
_SINCE_TODAY: Final = re.compile(
    r"\bsince\s+(?:(?:this|last|early|late|the)\s+)?(?:morning|dawn|daybreak|sunrise|noon|midday|afternoon|evening"
    r"|dusk|sunset|nightfall|night|midnight|the\s+early\s+hours|yesterday|today|tonight|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|\d{1,2}(?::\d{2})?\s*(?:am\b|pm\b|a\.m\.|p\.m\.|h\b|hrs?\b|o'clock)"
    r"|\d{1,2}:\d{2})"
)


#: "Since" a day, as the Armenian, Azerbaijani and Russian statements date a running total: the day's digits with
#: the ablative and ի վեր (սեպտեմբերի 27-ից ի վեր, since 27 September), with -dan/-dən and bəri or etibarən
#: (sentyabrın 27-dən bəri, 27 sentyabrdan bəri; etibarən, counting from), or с before a day and its month (с 27
#: сентября, начиная с 27 сентября). A day names a period where a time of the day would not (առավոտից ի վեր,
#: səhərdən bəri, с утра: since the morning, one incident's start), so only a day, or a month, makes a `total`.
_AZ_MONTH_STEMS: Final = "yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr"
_RU_MONTHS_GENITIVE: Final = ("января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября"
                              "|декабря")
_HY_MONTH_STEMS: Final = ("հունվար|փետրվար|մարտ|ապրիլ|մայիս|հունիս|հուլիս|օգոստոս|սեպտեմբեր|հոկտեմբեր|նոյեմբեր"
                          "|դեկտեմբեր")
#: And the Turkish day, month or year in the ablative after an apostrophe, or after ayı, tarihi, yılı (the month,
#: the date, the year of), with bu yana, beri or itibaren (9 Ekim'den bu yana, 9 Ekim 2019'dan beri, Ekim ayından
#: bu yana, 9 Ekim tarihinden itibaren: since 9 October), the Arabic منذ before a day and its month
#: (منذ 9 تشرين الأول, منذ 9 أكتوبر), and the Kurmanji ji ... ve around a day and its month or a start (ji 9ê Cotmehê
#: ve, ji destpêka êrişê ve: since the start of the attack).
_TR_MONTHS: Final = "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
_AR_MONTHS: Final = ("يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
                     "|كانون الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|تشرين الأول"
                     "|تشرين الاول|تشرين الثاني|كانون الأول|كانون الاول")
_SINCE_A_DAY: Final = re.compile(
    rf"(?:[0-9]{{1,2}} ?-?|(?:{_HY_MONTH_STEMS})ի?)ից ի վեր"
    rf"|(?:[0-9]{{1,2}} ?-?n?d[aəe]n|(?:{_AZ_MONTH_STEMS})(?:d[aəe]n|[ıi]n|un)?(?: [0-9]{{1,2}} ?-?n?d[aəe]n)?)"
    rf" (?:b[əe]ri|etibar[əe]n)"
    rf"|(?<![^\W\d_])с [0-9]{{1,2}} (?:{_RU_MONTHS_GENITIVE})(?! по | до )"
    rf"|(?:(?:{_TR_MONTHS})(?: [0-9]{{4}})?|[0-9]{{4}})(?:['’]?[dt][ae]n| ayından| tarihinden| yılından)"
    rf" (?:bu yana|beri|itibaren)"
    rf"|منذ (?:[0-9٠-٩]{{1,2}} )?(?:{_AR_MONTHS})"
    rf"|(?<![^\W\d_])ji (?:[0-9]{{1,2}}\S* \S+(?: [0-9]{{4}}\S*)?|destpêka \S+) ve(?![^\W\d_])")


def _longest_stem(word: str) -> str:
    """The longest one-word stem (`_WORD_STEMS`) that ``word`` starts with, or ""; a stem that ends in "=" only as
    the whole word."""
    return max((s for s in _WORD_STEMS_BY_START.get(word[:3], ())
                if (word == s[:-1] if s[-1] == "=" else word.startswith(s))), key=len, default="")


def event_type(text: str | None) -> str:
    """The type of event a free-text ``event`` names, from `EVENT_TYPES` (``unknown`` when none fits). A war's words
    with no incident named (`WAR_WORDS`) are a ``total``; matching takes them for one only of a claim that spans more
    than a day (`_event_kind`).

    >>> event_type("cross-border incursion"), event_type("infiltration attempt"), event_type(None)
    ('incursion', 'incursion', 'unknown')
    >>> event_type("suicide car bomb"), event_type("suicide of a conscript"), event_type("air raid")
    ('bombing', 'noncombat', 'shelling')
    >>> event_type("63 killed since 2011"), event_type("shelling since dawn")
    ('total', 'shelling')
    >>> event_type("killed in the war"), event_type("shelling during the war"), event_type("war crimes")
    ('total', 'shelling', 'unknown')
    >>> event_type("summary execution"), event_type("расстрел пленных"), event_type("killed")
    ('execution', 'execution', 'casualty')
    >>> event_type("ambush on a mine-resistant vehicle"), event_type("kidnapping"), event_type("attaque kamikaze")
    ('clash', 'abduction', 'bombing')
    >>> event_type("激烈肢体冲突"), event_type("非法越线，鸣枪威胁"), event_type("हिंसक झड़प")
    ('clash', 'incursion', 'clash')
    >>> event_type("포격 도발"), event_type("총격전이 벌어졌다"), event_type("무인기 침범")
    ('shelling', 'clash', 'incursion')
    """
    kind = _event_kind(text)
    return "total" if kind == _WAR else kind


def is_period_total(claim: Claim, config: MatchConfig | None = None) -> bool:
    """Whether matching reads ``claim`` as a period total (docs/matching.md, "Period totals"), as `claim_features`
    does: its date spans more than ``max_incident_days``, or its event type is ``total`` (a war named as the event
    counts only for a claim over more than one day)."""
    config = config or MatchConfig()
    return _period(claim.date, _dated_kind(_event_kind(claim.event), claim.date), config)


def _dated_kind(kind: str, date: DateSpan) -> str:
    """The type a claim is matched by, given `_event_kind` of its event: a war's words make a ``total`` only of a
    claim over more than a day."""
    if kind == _WAR:
        return "total" if date.end > date.start else "unknown"
    return kind


def _period(date: DateSpan, kind: str, config: MatchConfig) -> bool:
    """Whether a claim of this date and type (`_dated_kind`) is a period total (docs/matching.md, "Period totals")."""
    return date.days > config.max_incident_days or kind == "total"


#: A name in quotes in an event text, as coders write a ship's, an operation's or a unit's name ("seizure of the
#: tanker "Sniper""): in straight double quotes, typographic double or single quotes or guillemets, opened after no
#: letter and closed before none (so not the gershayim of a Hebrew acronym, צה"ל).
_QUOTED_NAME_RE: Final = re.compile(
    r'(?<!\w)(?:"[^"\n]{1,80}"|“[^”\n]{1,80}”|„[^“”\n]{1,80}[“”]|«[^»\n]{1,80}»|‘[^’\n]{1,80}’)(?!\w)')


@functools.lru_cache(maxsize=1 << 14)  # a case repeats its event texts: `is_period_total` asks for each claim
def _event_kind(text: str | None) -> str:
    """`event_type`, but `_WAR` for a text that names a war and no incident, which is a period total only of a claim
    that spans more than a day: a coder who writes "war" as the event of each incident has named no toll of a war."""
    if not text:
        return "unknown"
    # A name in quotes is no word of the event: the ship "Sniper", the tanker “Raid”, operation «Ambush».
    unquoted = _QUOTED_NAME_RE.sub(" ", text)
    if unquoted != text and any(ch.isalpha() for ch in unquoted):
        text = unquoted
    folded = unicodedata.normalize("NFKC", text).casefold().replace("i\u0307", "i")  # Turkish İ casefolds to i̇
    if _SINCE_A_DAY.search(folded):
        return "total"
    if not folded.isascii():
        for script, unspaced in _UNSPACED_EVENT_STEMS:
            if script.search(folded):
                for unspaced_stem, unspaced_kind in unspaced:
                    if unspaced_stem in folded:
                        return unspaced_kind
    if not folded.isascii():
        folded = _HEBREW_GERSHAYIM.sub("", folded).translate(_GREEK_ACCENTS)
        if _SINHALA_EVENT_RE.search(folded):  # the joiner of ප්‍ර would end a word: ප්‍රහාරය is one
            folded = folded.replace("\u200d", "")
    words = _EVENT_WORD_RE.findall(_SINCE_TODAY.sub(" ", folded))
    # A hyphenated word is one word for a stem that has the hyphen ("non-combat") and its parts for the others
    # ("car-bomb" is the phrase "car bomb").
    parts = [part for word in words for part in word.split("-")]
    # An Arabic word is also read without its article and the conjunctions and prepositions written onto it
    # (القصف, بالقصف): ``bare`` holds each part so read, and a phrase's word matches either ("بعبوة لاصقة", where
    # the first word has a preposition and the second only looks as if it had one). None: no such word.
    bare: list[str] | None = None
    if not folded.isascii():
        words = [word.translate(_ARABIC_LETTER_FORMS) for word in words]
        parts = [part.translate(_ARABIC_LETTER_FORMS) for part in parts]
        bare = [_ETHIOPIC_PROCLITIC.sub("", _HEBREW_PROCLITIC.sub("", _ARABIC_PROCLITIC.sub("", part)))
                for part in parts]
        if bare == parts:
            bare = None
    # The first one to three letters of the parts: a phrase whose first word starts otherwise is not looked for.
    starts = {part[:n] for part in (parts if bare is None else parts + bare) for n in (1, 2, 3)}
    # The words of an exception phrase ("mine-resistant", "gold mine") are read by no stem: emptied in the parts,
    # and a hyphenated word that holds one is left out whole. A part that a longer stem reads is not the phrase's
    # word, as everywhere: "firefight fighter jets" holds no "fire fighter".
    hidden = {at + k for stem in _EXCEPTION_PHRASES if stem[0][:3] in starts
              for at in range(len(parts) - len(stem) + 1)
              if all(parts[at + k].startswith(word) and len(_longest_stem(parts[at + k]).rstrip("=")) <= len(word)
                     for k, word in enumerate(stem)) for k in range(len(stem))}
    if hidden:
        whole, at = [], 0
        for word in words:
            width = word.count("-") + 1
            if hidden.isdisjoint(range(at, at + width)):
                whole.append(word)
            at += width
        parts = ["" if at in hidden else part for at, part in enumerate(parts)]
        if bare is not None:
            bare = ["" if at in hidden else part for at, part in enumerate(bare)]
        words = whole + parts
    else:
        words += [part for word in words if "-" in word for part in word.split("-")]
    if bare is not None:
        words += bare
    # A word is read by the longest stem it starts with: "firefight" is a firefight, not fire.
    # A stem that ends in "=" is a whole word ("mina=" is the Spanish mine, not the start of "minaret").
    read = {_longest_stem(word) for word in words}
    for kind, stem in _EVENT_STEMS:
        if len(stem) == 1:
            if stem[0] in read:
                return kind
        elif stem[0][:3] not in starts:
            continue
        elif bare is None:
            if any(all(parts[at + k].startswith(word) for k, word in enumerate(stem))
                   for at in range(len(parts) - len(stem) + 1)):
                return kind
        elif any(all(parts[at + k].startswith(word) or bare[at + k].startswith(word) for k, word in enumerate(stem))
                 for at in range(len(parts) - len(stem) + 1)):
            return kind
    return "unknown"


# --------------------------------------------------------------------------------------------------------------
# Per-claim features
# --------------------------------------------------------------------------------------------------------------


@attrs.frozen
class Place:
    """One specific place a claim names: ``name`` as written, its folded and phonetic keys, the gazetteer entries it
    may be (the resolved one, the tied candidates when the gazetteer abstains, or the entries it only comes near)
    and their coordinates.

    ``matched`` is False when the name reaches `places.RESOLVE_THRESHOLD` for none of ``entries``: a name from
    beyond the gazetteer's region (Kobani) comes near some listed spelling (Kapan) without being that place. Such
    entries and points are blocking keys, so that a misspelling meets the place's listed spellings, but not evidence
    that two names are one place or lie close (`Scorer`).

    ``reference`` is True for a place a distance is measured from in a text that names another place (Goma in "Sake,
    27 km west of Goma"), and for a place written after the incident's place to say what it lies in (Tripoli in "Ain
    Zara, Tripoli": `places.Mention.container`): it meets the other claim's places, but two references are not
    compared with each other, as two suburbs of one city, or two places measured from one town, are not therefore
    one place.

    ``away`` is True for such a reference that a distance, a direction or a near word gives (`places.Mention.reference`:
    Goma in "Sake, 27 km west of Goma", Gori in "Shindisi and Ruisi villages near Gori", the towns of a road), not for
    a container: the incident was away from it, so it meets the other claim's place only in one area (`Scorer`).

    ``offset`` is the distance (km) and bearing (degrees, or ``None``) at which the incident lies from this place
    where the text gives it from this place alone ("54NM southwest of Aden", "20 km north of Gao":
    `places.offset`): two claims placed from one place at bearings and distances that put them far apart are two
    places (`Scorer`).

    ``broad`` is True for a place of a state's size written beside the incident's place (`places.Mention.broad`:
    "Jammu and Kashmir" in "Uri, Baramulla district, Jammu and Kashmir"; always a reference): a claim that names it
    meets the other claim in one region, never at one place (`Scorer`). ``outside`` is the region that turned the
    name's gazetteer matches away (they all lie outside it, which the gazetteer lists), or ``None``.

    ``within`` are the folded names of the regions the place lies in: those of the gazetteer entries it matches, the
    claim's ``region`` and the region-kind names of its text ("Idlib" of "Maarat al-Numan, Idlib governorate").
    ``seat`` are, for a bare name of the incident's place (no word of its kind, no reference), the folded names of
    the region it may stand for: the name itself where the gazetteer knows no place of it, or the region of the
    place it matches where that region bears the place's name (Saada, the city of Saada governorate; Kharkiv, of
    Kharkiv oblast). Sources write the province by the city's name: such a name meets a place of the other claim
    that lies ``within`` one of its ``seat`` regions in one region at least (`Scorer._place_pair`), and blocking
    compares the two. "Saada city" or "مدينة صعدة" names the city only and has no ``seat``.
    """

    name: str
    key: str
    phonetic: str
    entries: tuple[str, ...] = ()
    points: tuple[tuple[float, float], ...] = ()
    matched: bool = True
    reference: bool = False
    broad: bool = False
    outside: str | None = None
    away: bool = False
    seat: tuple[str, ...] = ()
    within: tuple[str, ...] = ()
    offset: tuple[float, float | None] | None = None


@attrs.frozen
class FigureFeature:
    """One casualty figure of a claim: party, category, measure and its interval."""

    party: str
    category: str
    measure: str
    count: Count

    @property
    def exact_value(self) -> int | None:
        """The figure when it is one exact non-zero number, else ``None``."""
        return self.count.low if self.count.high == self.count.low and self.count.low > 0 else None


def publication(url: str | None) -> str:
    """``url`` as the address of one publication, or "" where it names none: without its scheme, a leading
    ``www.``, its fragment (an anchor inside the page), a final slash and the parameters that only say where a reader
    came from (``utm_source=...``, ``fbclid``, ``gclid``), the host in lower case. Two claims of one source made the
    same day are one statement unless both give a url and these differ (`one_statement`)."""
    if url is None:
        return ""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # no address a parser reads (http://[::1): the text as written names the publication
        return url.strip()
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    if not host and not path:
        return ""
    query = "&".join(item for item in parts.query.split("&")
                     if item and not item.casefold().startswith(_TRACKING_PARAMETERS))
    return f"{host}{path}?{query}" if query else f"{host}{path}"


#: Parameters of an address that say where its reader came from, not which page it is (`publication`).
_TRACKING_PARAMETERS: Final = ("utm_", "fbclid=", "gclid=")


def relayed_voice(claim: Claim) -> str:
    """Whose word a claim passes on (``relays``, as `independence.relayed_key` compares relayed names: its letter
    case, spacing and punctuation aside), "" for its source's own word."""
    return relayed_key(claim.relays) if claim.relays else ""


def two_voices(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Whether two claims of one source give two voices' accounts: each relays another speaker, or one is a
    denial and the other passes on (or is) another voice's word. An outlet that writes "the city's administration
    said a missile hit the hospital; Russia's ministry denied it" in one article has not listed two incidents, as a
    source that lists two claims of its own (or relays one voice twice, or gives its own report beside a relay) in
    one statement has: the source feature compares such claims as claims of two sources."""
    x, y = relayed_voice(a.claim), relayed_voice(b.claim)
    return x != y and (bool(x and y) or a.denies != b.denies)


def one_statement(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Whether two claims of one source were made in one statement: the same ``stated`` day, and no two different
    publications (`publication`) — a source's release of the day in a second language, or its update later in the
    day at an address of its own, is another statement, as one of another day is."""
    return a.claim.stated == b.claim.stated and (
        not a.publication or not b.publication or a.publication == b.publication)


class Sides(NamedTuple):
    """The sides a claim names, as the parties feature compares them (`sides_apart`).

    ``named``: each party the claim names (initiator, casualties; `unknown` names none) as its alignment component
    (`independence.alignment_components`), named by its representative, so that allies (a breakaway region and its
    patron) are one side. ``blames``: the claim names an initiator and no party's casualties, so it speaks of the
    attacker alone and leaves open whom it attacked.
    """

    named: frozenset[str]
    blames: bool


@attrs.frozen(eq=False)
class ClaimFeatures:
    """What matching needs of one claim, computed once by `claim_features`.

    ``start``/``end`` are day ordinals of the span widened by the slack of its precision; ``unit`` is the global id
    that names the claim's link unit (the claims joined to it by supersedes/adds_to, directly or through a chain);
    ``regions`` are phonetic keys of the region words it gives (its ``region``, region-kind mentions, and the
    regions of the gazetteer places it names), the keys of a state it names (`places.Mention.broad`) also marked as
    a state's (`_compared_regions`); a period total that names neither a specific place nor a region has instead
    the key of its area (`_Resolver.territory`: a party's territory, or the whole conflict). ``areas`` are, for a
    claim that names no specific place, the units its text is about (`places.Mention.area`: "Spin Boldak
    district"), each as the place of its name: it is a region, and it also meets a place of one name.
    ``places_id`` numbers the distinct ``places`` and ``areas`` of one run, so that scoring can reuse the
    comparison of two place sets.
    """

    claim: Claim
    id: str
    start: int
    end: int
    period: bool
    places: tuple[Place, ...]
    regions: frozenset[str]
    region_text: str
    event: str
    figures: tuple[FigureFeature, ...]
    parties: frozenset[str]
    unit: str
    links: frozenset[str]
    places_id: int = 0
    areas: tuple[Place, ...] = ()
    #: The sides ``parties`` are on (`Sides`), as the parties feature compares them.
    sides: Sides = attrs.field(factory=lambda: Sides(frozenset(), False))
    # Copied from the claim or derived once: read for every pair, so plain fields rather than properties.
    source: str = attrs.field(init=False, default=attrs.Factory(lambda self: self.claim.source, takes_self=True))
    days: int = attrs.field(init=False, default=attrs.Factory(lambda self: self.claim.date.days, takes_self=True))
    denies: bool = attrs.field(
        init=False, default=attrs.Factory(lambda self: self.claim.stance == "denies", takes_self=True)
    )
    #: True when the claim names no specific place (only "the border", a region, a country).
    unplaced: bool = attrs.field(init=False, default=attrs.Factory(lambda self: not self.places, takes_self=True))
    #: The claim's ``url`` as `publication` reads it ("" without one): which publication the statement is.
    publication: str = attrs.field(
        init=False, default=attrs.Factory(lambda self: publication(self.claim.url), takes_self=True)
    )


#: The words that make a place's name the name of the armed group based there ("Wharf Jérémie gang", "gang de Wharf
#: Jérémie", "gang of Village de Dieu", "baz Grand Ravine"), folded: English, French, Spanish, Portuguese and Haitian
#: Creole, with the words joining them to the place.
_GROUP_WORDS: Final = frozenset(places.fold(word) for word in (
    "gang", "gangs", "group", "groupe", "gwoup", "grupo", "baz", "band", "bande", "banda", "bandi", "militia",
    "milice", "milicia", "milícia", "cartel", "clan", "of", "de", "du", "des", "d", "la", "le", "del", "da", "do"))


def _party_words(parties: Iterable[Party]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Folded words of the parties' ids, names and aliases, in three sets: the names a word says alone (a one-word id,
    name or alias, and each whole name: "Armenian", "DPR"), the words inside names of several words ("Donetsk",
    "People", "Republic" of "Donetsk People's Republic"), and the places armed groups are named after (`_GROUP_WORDS`:
    "Wharf Jérémie gang", "gang de Wharf Jérémie" -> "wharf jeremie", folded words joined by a space). "Armenia–
    Azerbaijan border" names no place; nor do "Azerbaijani Armed Forces positions" (every word a party's word), but
    "Donetsk" alone is the city, not the party named after it: a word inside a party's name makes only a name of
    several such words vague, and never the whole name of the place a gang is named after (Wharf Jérémie, where the
    Wharf Jérémie gang killed)."""
    alone: set[str] = set()
    inside: set[str] = set()
    named_after: set[str] = set()
    wholes: set[str] = set()
    for party in parties:
        for name in (party.id, party.name, *party.aliases):
            words = [places.fold(word) for word in _NAME_WORD_RE.findall(name)]
            wholes.add(" ".join(words))
            (alone if len(words) == 1 else inside).update(words)
            alone.add(places.fold(name))
            # The group's words before or after the place's (gang de Wharf Jérémie, Wharf Jérémie gang), one of
            # them more than a joining word; the place keeps its own (Village de Dieu).
            start, end = 0, len(words)
            while start < end and words[start] in _GROUP_WORDS:
                start += 1
            while end > start and words[end - 1] in _GROUP_WORDS:
                end -= 1
            if end - start > 1 and any(word not in _GROUP_JOINS for word in (*words[:start], *words[end:])):
                named_after.add(" ".join(words[start:end]))
    alone.discard("")
    inside.discard("")
    # A place's name that is itself a party's name ("Islamic State" beside "Islamic State group") is the party's.
    return frozenset(alone), frozenset(inside - alone), frozenset(named_after - wholes)


#: The words of `_GROUP_WORDS` that only join a group's word to its place ("gang *de* Wharf Jérémie"): alone beside a
#: place they name no group ("Village de Dieu" is a place).
_GROUP_JOINS: Final = frozenset(places.fold(word) for word in (
    "of", "de", "du", "des", "d", "la", "le", "del", "da", "do"))


#: What a party's one-word name ends in when a source writes it as the word for its people or side, after the name
#: or the name without its last vowel (Armenia -> Armenian, Azerbaijan -> Azerbaijani, Ukraine -> Ukrainian, Sudan
#: -> Sudanese, Israel -> Israeli): the English endings only, so that Ukrainka (a village) stays a place.
_DEMONYM_TAILS: Final = frozenset(("", "s", "n", "ns", "an", "ans", "ian", "ians", "i", "is", "ese", "ean", "eans",
                                   "ite", "ites", "ic", "ish", "e", "es"))


def smallest_roots(edges: Iterable[tuple[_Node, _Node]]) -> dict[_Node, _Node]:
    """Each item an edge touches -> the smallest item of its connected component (union-find, path compression)."""
    parent: dict[_Node, _Node] = {}

    def find(x: _Node) -> _Node:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent.keys() | parent.values()}


def link_units(claims: Sequence[Claim]) -> dict[str, str]:
    """Global id -> the smallest global id of its link unit (union-find over supersedes and adds_to).

    Targets that are not among ``claims`` are ignored. Small and computed first: it is the only part of the
    features that looks across claims (the Dask engine computes it once and hands each partition its share).
    """
    ids = {claim.global_id for claim in claims}
    roots = smallest_roots(
        (claim.global_id, target)
        for claim in claims
        for target in (*claim.supersedes, *claim.adds_to)
        if target in ids and target != claim.global_id
    )
    return {gid: roots.get(gid, gid) for gid in ids}


def unique_claims(claims: Iterable[Claim]) -> list[Claim]:
    """The distinct claims sorted by global id: a claim read twice (two copies of a file) counts once, the first
    copy; two different claims under one id raise `ReconcileError`."""
    by_id: dict[str, Claim] = {}
    for claim in claims:
        seen = by_id.setdefault(claim.global_id, claim)
        if seen is not claim and attrs.evolve(seen, file="", line=0) != attrs.evolve(claim, file="", line=0):
            raise ReconcileError(f"two different claims have the id {claim.global_id!r}")
    return [by_id[gid] for gid in sorted(by_id)]


class PlaceQuery(NamedTuple):
    """One gazetteer look-up that computing features makes: a place name as written (``name``, folded ``key``)
    with the claim's ``region`` (folded ``folded_region``, ``None`` without one)."""

    key: str
    folded_region: str | None
    name: str
    region: str | None


#: The answers to the place look-ups of a run: (folded name, folded region) -> the gazetteer entries the name may
#: be, sorted by id (see `resolve_place_queries`); a `NearEntries` where the name matches none of them.
PlaceTable = Mapping[tuple[str, str | None], tuple[GazetteerEntry, ...]]


class NearEntries(tuple[GazetteerEntry, ...]):
    """The entries a name only comes near: the best of them scores at least `places.SAME_PLACE_THRESHOLD` but below
    `places.RESOLVE_THRESHOLD`, so the gazetteer matches none (see `Place.matched`). A tuple of the entries like any
    other answer, so that whatever reads an answer's entries (blocking, the engine's table of points) reads these
    too; only the kind says that they are not the place."""

    __slots__ = ()


class OutsideEntries(NearEntries):
    """The entries a name matches when all of them lie outside the claim's region, which the gazetteer lists
    (`places.Gazetteer.resolve` abstains: the source means a place the gazetteer misses, not a namesake elsewhere):
    a `NearEntries`, since the name is none of them."""

    __slots__ = ()


#: How `_Resolver` looks a place up: (name, key, region, folded region) -> the entries it may be.
_Lookup = Callable[[str, str, str | None, str | None], tuple[GazetteerEntry, ...]]


def _candidates(resolution: places.Resolution) -> tuple[GazetteerEntry, ...]:
    """The entries a name may be: the resolved one or, where the gazetteer abstains, the tied candidates; a
    `NearEntries` when it abstains because no candidate reaches `places.RESOLVE_THRESHOLD`."""
    if resolution.entry is not None:
        return (resolution.entry,)
    # The gazetteer abstains when places tie (homonyms, or one place listed twice); the tied candidates are what
    # the name may mean, and any of them sharing an id or lying close is evidence. It abstains too when the best
    # candidate is merely similar: then the candidates are where the name's other spellings are to be found, no more.
    floor = max(places.SAME_PLACE_THRESHOLD, resolution.score - places.TIE_MARGIN)
    found = sorted((entry for entry, score in resolution.candidates if score >= floor), key=lambda entry: entry.id)
    if resolution.outside is not None:
        return OutsideEntries(found)
    return tuple(found) if resolution.score >= places.RESOLVE_THRESHOLD else NearEntries(found)


class _GazetteerLookup:
    """Place look-ups asked of the gazetteer, cached per (folded name, folded region).

    The gazetteer reads a name only through its folded form (and the region through its own), so spellings that
    fold alike share one look-up: resolving is the slow part of computing features. Its state is per folded
    name: the answers for one name never depend on the look-ups of another (`resolve_place_queries` relies on it).
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self._gazetteer = gazetteer
        self._by_name: dict[str, places.Resolution] = {}
        self._resolved: dict[tuple[str, str | None], tuple[GazetteerEntry, ...]] = {}

    def __call__(self, name: str, key: str, region: str | None,
                 folded_region: str | None) -> tuple[GazetteerEntry, ...]:
        entries = self._resolved.get((key, folded_region))
        if entries is None:
            entries = self._resolved[(key, folded_region)] = _candidates(self._resolve(name, key, region))
        return entries

    def _resolve(self, name: str, key: str, region: str | None) -> places.Resolution:
        """``gazetteer.resolve(name, region=region)``, as far as `_Resolver.place` reads it (entry, score,
        candidates).

        The region only counts for names that reach the resolve threshold (it picks among several, and turns away
        one that lies outside a region the gazetteer lists): when none does, the answer without the region is the
        same, so it is looked up once per folded name (with the first spelling met).
        """
        base = self._by_name.get(key)
        if base is None:
            base = self._by_name[key] = self._gazetteer.resolve(name)
        if region is None or not any(score >= places.RESOLVE_THRESHOLD for _entry, score in base.candidates):
            return base
        return self._gazetteer.resolve(name, region=region)


class _Located(NamedTuple):
    place: Place
    regions: frozenset[str]  # region keys of the gazetteer entries the place may be
    holders: tuple[str, ...] = ()  # folded names of the regions of the entries it matches (`Place.within`)
    seats: tuple[str, ...] = ()  # folded names of the regions the name may stand for, written bare (`Place.seat`)


class _Resolver:
    """Place look-ups of one run, cached: claims repeat the same few thousand names and place texts.

    Caches, from the coarsest: the place part of a claim's features by (place text, region); a `Place` by
    (name, region); the look-up itself (``lookup``: the gazetteer's, cached per folded name and region, or a
    precomputed `PlaceTable`) is called once per (name, region).
    """

    def __init__(self, lookup: _Lookup, vague: _VagueWords,
                 mentions: dict[str, tuple[places.Mention, ...]] | None = None,
                 owners: _PartyOwners | None = None) -> None:
        self._lookup = lookup
        self._vague = VagueNames(vague)
        self._owners = owners or _PartyOwners({}, ())
        self._territories: dict[tuple[str, str | None], str] = {}
        # The mentions of each place text; a dict shared with another resolver over the same claims (the features
        # list the names to score first, then resolve them) parses each text once.
        self._mentions = {} if mentions is None else mentions
        self._places: dict[tuple[str, str | None, str], _Located] = {}
        self._regions: dict[str, frozenset[str]] = {}
        self._region_names: dict[str, tuple[str, ...]] = {}
        self._texts: dict[tuple[str, str | None], _PlaceText] = {}

    def is_vague(self, name: str) -> bool:
        return self._vague(name)

    def region_keys(self, text: str | None) -> frozenset[str]:
        """Phonetic keys of the words of a region text, each with the keys of its other readings
        (`places.phonetic_keys`: на Покровському напрямку also waits under Pokrovsk's key), its vague words and
        unit words left out ("northern Tavush" -> TVS, "Tovuz rayonu" -> TPS: the key RN of rayonu made every two
        rayons one region), and the Arabic article written as a word of its own ("al-Hasakah" -> KSK): its key L
        made "al-Hasakah" and "al-Raqqa" one region."""
        if not text:
            return frozenset()
        found = self._regions.get(text)
        if found is None:
            words = _REGION_WORD_RE.findall(text)
            articles = places._arabic_articles([places.fold(word) for word in words]) if len(words) > 1 else ()
            found = frozenset(
                key
                for n, word in enumerate(words)
                # A unit's word (rayonu, район, մարզ, oblast) says what the region is, not which: as the vague
                # "district", left out, or every two rayons were one region by its key (Tovuz rayonu, Ağdam rayonu).
                if n not in articles and not self._vague.word(word) and places.parse(word).kind != "region"
                for key in places.phonetic_keys(word)
                if key
            )
            self._regions[text] = found
        return found

    def region_names(self, text: str | None) -> tuple[str, ...]:
        """The folded names of a region text without the words of its kind ("Kharkiv oblast", "Kharkivska oblast"
        -> xarkiv; "Saada governorate" -> sada), as `Place.within` and `Place.seat` hold them."""
        if not text:
            return ()
        found = self._region_names.get(text)
        if found is None:
            mentions = self._mentions.get(text)
            if mentions is None:
                mentions = self._mentions[text] = places.mentions(text)
            # The name, and the whole text folded: "Kharkivska oblast" folds as Kharkiv, its name "Kharkivska" not.
            named = [places.fold(part) for mention in mentions if not mention.broad
                     for part in (mention.name, mention.text)]
            found = self._region_names[text] = tuple(dict.fromkeys(name for name in named if name))
        return found

    def territory(self, text: str, region: str | None) -> str:
        """The area key of a period total whose place text and region name no specific place and no region
        (`_TERRITORY`): the territory of the one party its vague names name ("Georgia", "Южная Осетия", "the
        Georgian side"), else the whole conflict ("the Armenia–Azerbaijan border", "line of contact", "the
        border")."""
        found = self._territories.get((text, region))
        if found is None:
            mentions = self._mentions.get(text)
            if mentions is None:
                mentions = self._mentions[text] = places.mentions(text)
            named: set[str] = set()
            for name in (*(mention.name for mention in mentions if self.is_vague(mention.name)), region or ""):
                named |= self._owners(name)
            found = self._territories[(text, region)] = _TERRITORY + (min(named) if len(named) == 1 else _WHOLE)
        return found

    def place(self, name: str, region: str | None, lookup: str | None = None) -> _Located:
        """The `Place` a name stands for, and the region keys of the entries it may be; ``lookup``: the text to
        look it up by in the gazetteer, where that is not the name (a unit's name with its unit word,
        `places.lookup_name`: Ağdam rayonu, the town of the Ağdam district, not a village Ağdam elsewhere)."""
        lookup = lookup or name
        cached = self._places.get((name, region, lookup))
        if cached is not None:
            return cached
        key = places.fold(name)
        # A unit's name with its word folds as the name alone but resolves as a unit: its look-up is kept apart
        # from the name's.
        unit = places.parse(lookup).kind == "region"
        entries = self._lookup(lookup, f"{places.fold(lookup)}\x1funit" if unit else places.fold(lookup), region,
                               places.fold(region) if region else None)
        place = Place(
            name=name,
            key=key,
            phonetic=places.phonetic_key(name),
            entries=tuple(entry.id for entry in entries),
            points=tuple(
                dict.fromkeys(
                    (entry.lat, entry.lon) for entry in entries if entry.lat is not None and entry.lon is not None
                )
            ),
            matched=not isinstance(entries, NearEntries),
            outside=region if isinstance(entries, OutsideEntries) else None,
        )
        regions: set[str] = set()
        for entry in entries:
            regions |= self.region_keys(entry.region)
        # A name the gazetteer does not know may be a region's as well as a town's; one it matches is the seat of
        # a region where that region bears the place's name as written, in one of its spellings (Saada of Saada
        # governorate, صعدة; not Dahyan, nor a town's other name, Stalino for Donetsk of Donetsk oblast, nor a
        # village's name with a word more, Upper Dashkasan). A town the gazetteer places in a province of another
        # name may still be the seat of a unit the gazetteer does not list, named after it and written by the other
        # claim (Zakho, of Duhok province in the gazetteer, and "Barakh, Zakho district"; Iraq's and Turkey's
        # districts, as Yemen's and Afghanistan's, bear their towns' names): its spellings are seats too, as the name
        # of a town the gazetteer does not know is.
        holders: dict[str, None] = {}
        seats: dict[str, None] = {} if place.matched and entries else {key: None}
        if place.matched:
            for entry in entries:
                names = self.region_names(entry.region)
                holders.update(dict.fromkeys(names))
                if places.similarity(name, entry.name) >= places.SAME_PLACE_THRESHOLD:
                    seats.update(dict.fromkeys(
                        folded for spelling in (name, entry.name, *entry.variants)
                        if (folded := places.fold(spelling))))
                if key in names or (
                    places.fold(entry.name) in names
                    and key in {places.fold(spelling) for spelling in (entry.name, *entry.variants)}
                    and places.similarity(name, entry.name) >= places.SAME_PLACE_THRESHOLD
                ):
                    seats.update(dict.fromkeys((key, *names)))
        found = self._places[(name, region, lookup)] = _Located(place, frozenset(regions), tuple(holders),
                                                                tuple(seats))
        return found

    def _state_place(self, mention: places.Mention, region: str | None) -> bool:
        """Whether a state's name written as the incident's place (`places.country_name`; not a container, not a
        reference) is a place of the gazetteer, which has it as a spelling (`places.Gazetteer.resolve` gives a
        state's name no other place): then it is that place, not the state."""
        if mention.container or mention.reference or places.country_name(mention.name) is None:
            return False
        found = self.place(mention.name, region).place
        return found.matched and bool(found.entries)

    def place_text(self, text: str, region: str | None) -> _PlaceText:
        """The places, region keys and region names of one claim's place text and region (see `claim_features`)."""
        found = self._texts.get((text, region))
        if found is not None:
            return found
        point = places.coordinates(text)
        if point is not None:
            # A place written as coordinates ("48.0159, 37.8028", "12°01'N 043°28'E") is that point: no gazetteer
            # entry, compared with the other claim's points by distance and blocked by them.
            located = Place(name=text, key=f"@{point[0]!r},{point[1]!r}", phonetic="", points=(point,), matched=True,
                            within=self.region_names(region))
            found = _PlaceText((located,), frozenset(self.region_keys(region)), region or "", ())
            self._texts[(text, region)] = found
            return found
        inside = places.coordinates_within(text)
        if inside is not None:
            # A point written inside the text ("near Avdiivka (48.139, 37.743)") is the incident's place, as a text
            # that is only the point is; the names beside it say where that point lies (references, as a town a
            # distance is given from), and they give their regions.
            (lat, lon), rest = inside
            beside = self.place_text(rest, region) if rest else _PlaceText((), frozenset(), "", ())
            located = Place(name=text, key=f"@{lat!r},{lon!r}", phonetic="", points=((lat, lon),), matched=True,
                            within=self.region_names(region))
            found = _PlaceText(
                (located, *(place if place.reference else attrs.evolve(place, reference=True)
                            for place in (*beside.places, *beside.areas))),
                frozenset(self.region_keys(region)) | beside.regions, beside.region_text or region or "", ())
            self._texts[(text, region)] = found
            return found
        specific: list[Place] = []
        areas: list[Place] = []
        regions: set[str] = set(self.region_keys(region))
        region_names = [region] if region else []
        mentions = self._mentions.get(text)
        if mentions is None:
            mentions = self._mentions[text] = places.mentions(text)
        mentions = self._unit_first(mentions, region)
        named = [mention for mention in mentions if not self.is_vague(mention.name)]
        # The names are resolved in the claim's region, else in the first region the text names (`region_hint`).
        hint = region or next((mention.name for mention in mentions if mention.kind == "region"), None)
        # A place a distance is measured from ("Sake, 27 km west of Goma") or that contains the incident's place
        # ("Ain Zara, Tripoli") is the incident's place when the text names no other place ("20 km north of Gao",
        # "the front line, Tripoli"); else it is a reference (see `Place`) and a region.
        measured_only = all(
            mention.reference or mention.container or mention.kind == "region" or mention.broad for mention in named
        )
        # A state ("Jammu and Kashmir", `places.Mention.broad`) is a region of the claim; beside a place of the
        # incident it is also a reference of the claim, as a container, that meets the other claim only in one region.
        placed = any(mention.kind != "region" and not mention.broad for mention in named)
        # The regions the text and the claim name ("Idlib" of "Maarat al-Numan, Idlib governorate"): each of its
        # places lies in them (`Place.within`).
        text_regions = tuple(dict.fromkeys((*self.region_names(region), *(
            places.fold(part) for mention in named if mention.kind == "region" and not mention.broad
            for part in (mention.name, mention.text)))))
        for mention in named:
            if mention.broad and not self._state_place(mention, hint):
                state = places.state_name(mention.name) or places.country_name(mention.name) or mention.name
                # Its keys, and each marked as a state's: blocking reads the first, `_compared_regions` both.
                keys = self.region_keys(state)
                regions |= keys | {_STATE_KEY + key for key in keys}
                region_names.append(mention.name)
                if placed and mention.kind != "region":
                    place = self.place(mention.name, hint).place
                    specific.append(attrs.evolve(place, reference=True, broad=True))
                continue
            if mention.kind == "region":
                regions |= self.region_keys(mention.name)
                region_names.append(mention.name)
                if mention.area:
                    # The unit is looked up as the place of its name, in the claim's region or the first region
                    # the text names after it (`places.place_lookups`), not in itself. A unit that the gazetteer
                    # gives as the region of the place of its name (Tavush marz and the village of Tavush in it,
                    # Qazakh Rayon and the town of Qazakh) is that region, which holds many places; a unit it does
                    # not know as one (Spin Boldak district, its town in Kandahar province) stands for its place.
                    # By its name with the unit's word (`places.lookup_name`): Ağdam rayonu is the town of the
                    # Ağdam district, not a village Ağdam of Tovuz.
                    area, area_regions, *_ = self.place(mention.name, region or next(
                        (m.name for m in mentions if m.kind == "region" and not m.area), None),
                        lookup=places.lookup_name(mention))
                    own = self.region_keys(mention.name)
                    if not (area.matched and area.entries and own and own <= area_regions):
                        # Listed beside a place of the incident ("Akçakale ilçesi ve Ceylanpınar": the unit and
                        # the town, `places.mentions`), the unit is a place of the incident as the town is.
                        (specific if placed else areas).append(area)
                        regions |= area_regions if placed else frozenset()
                continue
            place, entry_regions, holders, seats = self.place(mention.name, hint)
            if (mention.reference or mention.container) and not measured_only:
                place = attrs.evolve(place, reference=True, away=mention.reference)
                regions |= self.region_keys(mention.name)
            else:
                if mention.reference and len(named) == 1 and (given := places.offset(mention.text)):
                    # The only place of the text, which the incident is given from ("54NM southwest of Aden"): the
                    # distance and bearing say where from it.
                    place = attrs.evolve(place, offset=given)
                # The regions it lies in, and those a bare name of it may stand for (`Place.seat`, `Place.within`).
                within = tuple(dict.fromkeys((*holders, *text_regions)))
                seat = seats if mention.kind is None and not (mention.reference or mention.container) else ()
                if within or seat:
                    place = attrs.evolve(place, seat=seat, within=within)
            specific.append(place)
            regions |= entry_regions
        found = _PlaceText(tuple(dict.fromkeys(specific)), frozenset(regions), ", ".join(dict.fromkeys(region_names)),
                           () if specific else tuple(dict.fromkeys(areas)))
        self._texts[(text, region)] = found
        return found


    def _unit_first(self, mentions: tuple[places.Mention, ...], region: str | None) -> tuple[places.Mention, ...]:
        """The mentions of a text that starts with a unit followed by bare names (`places.mentions` reads "Karkamis
        district, Gaziantep" as the village Gaziantep in the district Karkamis, as "Qazakh Rayon, Asagi Askipara"
        is), read as the unit and the larger units it lies in, address-style, where the gazetteer says so: the
        unit's name is a gazetteer place of another region than itself (the town Karkamış, of Gaziantep province)
        and none of the bare names after it is one. Then the unit is the text's place (an area) and the names after
        it are regions; otherwise the text is read as `places.mentions` reads it."""
        if (
            len(mentions) < 2
            or mentions[0].kind != "region"
            or mentions[0].area
            or mentions[0].reference
            or mentions[0].broad
            or any(m.kind is not None or m.reference or m.broad for m in mentions[1:])
        ):
            return mentions
        unit, unit_regions, *_ = self.place(mentions[0].name, region)
        own = self.region_keys(mentions[0].name)
        if not (unit.matched and unit.entries) or (own and own <= unit_regions):
            return mentions
        for mention in mentions[1:]:
            found = self.place(mention.name, region or mentions[0].name).place
            if found.matched and found.entries:
                return mentions
        return (attrs.evolve(mentions[0], area=True),
                *(attrs.evolve(m, kind="region", container=False) for m in mentions[1:]))


def _comparable(a: tuple[Place, ...], b: tuple[Place, ...]) -> Iterator[tuple[Place, Place]]:
    """The pairs of places of two claims the place feature compares: all but two references (`Place`), as two
    places measured from one town, or two suburbs of one city, are not therefore one place. Each side has a place
    that is no reference."""
    return ((p, q) for p in a for q in b if not (p.reference and q.reference))


class _PlaceText(NamedTuple):
    places: tuple[Place, ...]
    regions: frozenset[str]
    region_text: str
    areas: tuple[Place, ...]  # the units named as the place, of a text that names no specific place


def claim_features(
    claims: Iterable[Claim],
    *,
    gazetteer: Gazetteer,
    config: MatchConfig | None = None,
    parties: Iterable[Party] = (),
    mentions: dict[str, tuple[places.Mention, ...]] | None = None,
) -> tuple[ClaimFeatures, ...]:
    """Features of every claim, sorted by global id.

    Rules:

    - places: `places.mentions` of the place text; a mention whose words are all vague words or words of the
      case's party names ("Armenia–Azerbaijan border", "line of contact") is no place; a region-kind mention
      ("Qazakh Rayon") is a region, and so is a place a distance or direction is measured from ("Sake, 27 km west
      of Goma": Goma) when the text names another place; every other mention is a specific place, resolved in
      ``gazetteer`` with the claim's region; a region mention that is the text's own place (`places.Mention.area`)
      is also resolved as a place of its name, an area, kept when the text names no specific place, and a
      specific place where the text lists it beside one ("Akçakale ilçesi ve Ceylanpınar");
    - dates: the span widened on each side by the slack of its precision; a span longer than
      ``max_incident_days``, or an event of type ``total``, makes the claim a period total;
    - figures: each measure of each casualty entry; parties: the initiator (unless unknown) and casualty parties;
    - links: the link unit over the ``supersedes`` and ``adds_to`` of all ``claims`` (targets outside are ignored);
    - a claim given twice counts once; two different claims with one global id raise `ReconcileError`.

    ``mentions``: the `places.mentions` of place texts, by text, read already or to be read again later (merge
    names the places of every claim too); each text is read once for the names and the features, and the readings
    this call makes are added to it.
    """
    config = config or MatchConfig()
    unique = unique_claims(claims)
    parties = tuple(parties)

    walked: list[list[str]] = []
    if mentions is None:
        mentions = {}

    def names() -> Iterator[str]:  # walked once, and only when the names are to be scored before the features
        if not walked:
            walked.append([query.name for query in _place_queries(unique, config, parties, mentions)])
        yield from walked[0]

    # The names are scored on every core first, when there are enough of them, else here in one batch (the answers
    # are the same as one look-up at a time; the batch shortlists them together, `places.Gazetteer.score_readings`).
    if not prepare_gazetteer(gazetteer, names()):
        gazetteer.score_readings(gazetteer.unscored(names()))
    return _features(unique, link_units(unique), _GazetteerLookup(gazetteer), config, parties, (0, 1), mentions)


def place_queries(
    claims: Iterable[Claim], *, config: MatchConfig | None = None, parties: Iterable[Party] = ()
) -> list[PlaceQuery]:
    """The gazetteer look-ups that `claim_features` makes for ``claims`` (distinct claims sorted by global id,
    `unique_claims`), each (folded name, folded region) once, in the order it first makes them.

    Features of one partition of claims at a time need the look-ups of all of them made first: the queries of
    consecutive partitions, concatenated in order and each kept where it first appears, are the queries of the
    whole run in its order (a look-up is first made at the first mention of its name and region). The walk is the
    features' own (`_Resolver.place_text`), with a look-up that records instead of resolving.
    """
    return _place_queries(claims, config or MatchConfig(), tuple(parties), {})


def _place_queries(claims: Iterable[Claim], config: MatchConfig, parties: Iterable[Party],
                   mentions: dict[str, tuple[places.Mention, ...]]) -> list[PlaceQuery]:
    """`place_queries`, keeping the mentions of each place text in ``mentions`` (see `_Resolver`)."""
    found: dict[tuple[str, str | None], PlaceQuery] = {}

    def record(name: str, key: str, region: str | None, folded_region: str | None) -> tuple[GazetteerEntry, ...]:
        found.setdefault((key, folded_region), PlaceQuery(key, folded_region, name, region))
        return ()

    resolver = _Resolver(record, _vague_keys(config, parties), mentions)
    for claim in claims:
        resolver.place_text(claim.place, claim.region)
    return list(found.values())


def resolve_place_queries(
    queries: Iterable[PlaceQuery], gazetteer: Gazetteer
) -> dict[tuple[str, str | None], tuple[GazetteerEntry, ...]]:
    """The answers `claim_features` gets for ``queries`` (from `place_queries`, in their order), as a table.

    The look-up keeps its state per folded name (the first spelling met is resolved, the region asked only where
    it can change the answer): the queries may be split by folded name, each share resolved on its own (in its
    order), and the tables joined; the answers are those of one look-up over all of them.
    """
    queries = list(queries)
    gazetteer.score_readings(gazetteer.unscored(q.name for q in queries))  # shortlisted together, in one batch
    lookup = _GazetteerLookup(gazetteer)
    return {(q.key, q.folded_region): lookup(q.name, q.key, q.region, q.folded_region) for q in queries}


def partition_features(
    claims: Sequence[Claim],
    *,
    units: Mapping[str, str],
    table: PlaceTable,
    config: MatchConfig | None = None,
    parties: Iterable[Party] = (),
    places_ids: tuple[int, int] = (0, 1),
) -> tuple[ClaimFeatures, ...]:
    """`claim_features` of one partition of a run's claims, given what crosses partitions: the link units
    (`link_units` over all claims; at least ``claims`` and the targets of their links) and the answers to the
    run's place look-ups (``table``, `resolve_place_queries`).

    ``claims`` are distinct and sorted by global id (a slice of `unique_claims`). The features equal those of
    `claim_features` over the whole run but for ``places_id``, which only numbers place sets for the caches of
    blocking and scoring: with ``places_ids=(k, n)`` the numbers are ``k``, ``k + n``, ``k + 2n``, ..., so that the
    features of partitions ``0 .. n-1`` can be scored together without two place sets sharing a number.
    """
    config = config or MatchConfig()

    def look_up(_name: str, key: str, _region: str | None, folded_region: str | None) -> tuple[GazetteerEntry, ...]:
        return table[(key, folded_region)]

    return _features(claims, units, look_up, config, parties, places_ids)


class _VagueWords(NamedTuple):
    """The vague words as `_Resolver.is_vague` looks them up: a word is vague when its fold is in ``folded`` or
    its case-folded spelling in ``spelled``, or it is the people's word of a party (case-folded, one of ``stems`` — a
    party's one-word Latin name, or that name without its last vowel — then an ending of `_DEMONYM_TAILS`);
    ``inside``: the folded words found only inside parties' names of several words, vague only in a name all of
    whose words are (see `_party_words`); ``cases``: the parties' names as `PartyResolver.named_in` reads them,
    for a party's name in a case form (`_CASE_FORM_MIN`); ``exact``: the vague words written in Latin capitals
    ("LAC"), vague only as written (the Chadian province Lac is a place); ``named_after``: the places of several words
    that armed groups are named after, folded words joined by a space, never vague (see `_party_words`)."""

    folded: frozenset[str]
    spelled: frozenset[str]
    inside: frozenset[str] = frozenset()
    stems: tuple[str, ...] = ()
    cases: PartyResolver | None = None
    exact: frozenset[str] = frozenset()
    named_after: frozenset[str] = frozenset()


class _PartyOwners:
    """Which parties a name made of party words names (`_Resolver.territory`): each word that names one party
    alone (a word of its id, name or aliases that no other party's names have, and no vague place word: "Georgia",
    "Грузия", "Ossetia" of "South Ossetia"; or its people's word, "Georgian"), and the whole name where it is one of
    a party's names. ``words``: folded word or name -> the parties it names; ``stems``: (people's word stem, party),
    as `_vague_keys` makes them."""

    def __init__(self, words: Mapping[str, frozenset[str]], stems: tuple[tuple[str, str], ...]) -> None:
        self._words = words
        self._stems = stems
        self._names: dict[str, frozenset[str]] = {}

    @classmethod
    def of(cls, config: MatchConfig, parties: Iterable[Party]) -> _PartyOwners:
        vague = {places.fold(word) for word in config.vague_place_words}
        words: dict[str, set[str]] = {}
        stems: set[tuple[str, str]] = set()
        for party in parties:
            for name in (party.id, party.name, *party.aliases):
                found = [places.fold(word) for word in _NAME_WORD_RE.findall(name)]
                for word in {places.fold(name), *found} - vague - {""}:
                    words.setdefault(word, set()).add(party.id)
                if len(found) == 1 and name.isalpha() and _latin(name) and len(name) >= 4:
                    stem = name.casefold()
                    stems.add((stem, party.id))
                    if stem[-1] in "aeiouy" and len(stem) >= 5:
                        stems.add((stem[:-1], party.id))
        return cls({word: frozenset(ids) for word, ids in words.items()}, tuple(sorted(stems)))

    def __call__(self, name: str) -> frozenset[str]:
        found = self._names.get(name)
        if found is None:
            named: set[str] = set()
            whole = self._words.get(places.fold(name), frozenset())
            if len(whole) == 1:
                named |= whole
            for word in _NAME_WORD_RE.findall(name):
                owners = self._words.get(places.fold(word))
                if owners is None:
                    spelled = word.casefold()
                    owners = frozenset(party for stem, party in self._stems
                                       if spelled.startswith(stem) and spelled[len(stem):] in _DEMONYM_TAILS)
                if len(owners) == 1:
                    named |= owners
            found = self._names[name] = frozenset(named)
        return found


#: The area keys of period totals that name no specific place and no region (`ClaimFeatures.regions`,
#: `_Resolver.territory`): ``=`` and a party id for that party's territory, ``=*`` for the whole conflict. No
#: phonetic key starts with ``=``.
_TERRITORY: Final = "="
_WHOLE: Final = "*"


class VagueNames:
    """Whether a place name says no place of its own, as matching reads it: every word of it a vague place word
    (`MatchConfig.vague_place_words`: "the front line", "LoC") or a word of a party's name ("Armenian positions"),
    and no number in it (District 9, Camp 3 name places). ``VagueNames.of(config, parties)``; called with a name,
    cached per name. Merge asks it too, so that an event's places are the names matching compared."""

    def __init__(self, words: _VagueWords) -> None:
        self._words = words
        self._names: dict[str, bool] = {}

    @classmethod
    def of(cls, config: MatchConfig | None = None, parties: Iterable[Party] = ()) -> VagueNames:
        """The vague names of ``config`` (default `MatchConfig`) and the case's ``parties``."""
        return cls(_vague_keys(config or MatchConfig(), parties))

    def __call__(self, name: str) -> bool:
        found = self._names.get(name)
        if found is None:
            words = _NAME_WORD_RE.findall(name)
            inside = self._words.inside
            # A number names a place of its own (District 9, Camp 3), whatever the words with it. A word found only
            # inside a party's name of several words counts in a name of several words ("Donetsk People's Republic
            # positions"), never alone ("Donetsk").
            found = self._names[name] = not any(ch.isdigit() for ch in name) and (
                not words or all(self.word(word) or (len(words) > 1 and places.fold(word) in inside)
                                 for word in words)) and (
                # The place a gang is named after ("Wharf Jérémie" of "Wharf Jérémie gang") is that place.
                " ".join(places.fold(word) for word in words) not in self._words.named_after)
        return found

    def word(self, word: str) -> bool:
        """Whether one word is vague by itself: a vague place word, a party's one-word name, its people's word, or
        the name in a case form (`_CASE_FORM_MIN`)."""
        folded = places.fold(word)
        words = self._words
        if folded in words.folded or word.casefold() in words.spelled or word in words.exact:
            return True
        spelled = word.casefold()
        return any(spelled.startswith(stem) and spelled[len(stem):] in _DEMONYM_TAILS for stem in words.stems) or (
            words.cases is not None and len(word) >= _CASE_FORM_MIN and bool(words.cases.named_in(word)))


#: A word of at least this many letters that is a party's one-word name in a case form, as a relayed speaker's
#: party is read (`PartyResolver.named_in`: Армении, Азербайджаном, Հայաստանի, Ermənistanın, the genitive and the
#: instrumental of "the border of Armenia", "the border with Azerbaijan"), is a party's word, vague as the name is.
#: A shorter one is not: the case form of a short name is often a place's own (Malia of Mali, Irana).
_CASE_FORM_MIN: Final = 7


#: A Latin vague word of at most this many letters is looked up as spelled: folded, a short word stands for too many
#: names (the border's "IB" folds as the Yemeni city of Ibb).
_SPELLED_LATIN_MAX: Final = 3


def _vague_keys(config: MatchConfig, parties: Iterable[Party]) -> _VagueWords:
    """The vague words as `_Resolver.is_vague` looks them up: folded; a vague word written in another script than
    Latin, or a short Latin one (`_SPELLED_LATIN_MAX`), as spelled (case-folded) instead (see
    `VAGUE_PLACE_WORDS`), one written in Latin capitals as written; the party words folded."""
    exact = {word for word in config.vague_place_words if word.isupper() and _latin(word)}
    spelled = {word for word in config.vague_place_words - exact
               if not _latin(word) or len(word) <= _SPELLED_LATIN_MAX}
    parties = tuple(parties)
    alone, inside, named_after = _party_words(parties)
    # The stems of the people's words: a one-word Latin name of four letters or more, and without its last vowel.
    names = {name.casefold() for party in parties for name in (party.id, party.name, *party.aliases)
             if len(_NAME_WORD_RE.findall(name)) == 1 and name.isalpha() and _latin(name) and len(name) >= 4}
    stems = names | {name[:-1] for name in names if name[-1] in "aeiouy" and len(name) >= 5}
    return _VagueWords(
        frozenset(places.fold(word) for word in config.vague_place_words - spelled - exact) | alone,
        frozenset(word.casefold() for word in spelled),
        inside,
        tuple(sorted(stems)),
        # A case's parties are valid; others (a test's, an API caller's) are read as far as they are.
        PartyResolver(parties, problems=[]) if parties else None,
        frozenset(exact),
        named_after,
    )


def _latin(word: str) -> bool:
    """Whether a word is written in Latin letters (ASCII and the Latin supplements and extensions)."""
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF for ch in word)


def _shared(made: dict[int, int], value: int) -> int:
    """``value`` as the one int object of that value in ``made``."""
    return made.setdefault(value, value)


def _features(
    claims: Sequence[Claim],
    units: Mapping[str, str],
    lookup: _Lookup,
    config: MatchConfig,
    parties: Iterable[Party],
    places_ids: tuple[int, int],
    mentions: dict[str, tuple[places.Mention, ...]] | None = None,
) -> tuple[ClaimFeatures, ...]:
    """The features of distinct claims sorted by global id (the rules of `claim_features`; ``mentions``: see
    `_Resolver`)."""
    parties = tuple(parties)
    resolver = _Resolver(lookup, _vague_keys(config, parties), mentions, _PartyOwners.of(config, parties))
    side_of = alignment_components(parties)
    sides_of: dict[tuple[frozenset[str], bool], Sides] = {}
    first_id, step = places_ids
    out: list[ClaimFeatures] = []
    place_sets: dict[tuple[tuple[Place, ...], tuple[Place, ...]], int] = {}
    kinds: dict[str | None, str] = {}
    slacks = {precision: config.slack(precision) for precision in ("day", "range", "month", "year")}
    figures_of: dict[tuple[str, str, str, Count], FigureFeature] = {}
    # Day numbers and place-set numbers repeat from claim to claim: one int object for each value, not one per
    # claim (96 bytes a claim at a million claims, and pages that a forked worker would copy when it reads them).
    ints: dict[int, int] = {}
    for claim in claims:
        where = resolver.place_text(claim.place, claim.region)
        date = claim.date
        slack = slacks[date.precision]
        kind = kinds.get(claim.event)
        if kind is None:
            kind = kinds[claim.event] = _event_kind(claim.event)
        kind = _dated_kind(kind, date)
        figures: list[FigureFeature] = []
        named: set[str] = set()
        for entry in claim.casualties:
            if entry.party != UNKNOWN:  # a figure of a party nobody named names no party, as an initiator `unknown`
                named.add(entry.party)
            for measure, count in entry.measures():
                figure_key = (entry.party, entry.category, measure, count)
                figure = figures_of.get(figure_key)
                if figure is None:
                    figure = figures_of[figure_key] = FigureFeature(entry.party, entry.category, measure, count)
                figures.append(figure)
        if claim.initiator and claim.initiator != UNKNOWN:
            named.add(claim.initiator)
        gid = claim.global_id
        links = claim.supersedes + claim.adds_to
        named_parties = frozenset(named)
        blames = bool(named_parties) and not any(entry.party != UNKNOWN for entry in claim.casualties)
        sides = sides_of.get((named_parties, blames))
        if sides is None:
            sides = sides_of[(named_parties, blames)] = Sides(frozenset(side_of.get(p, p) for p in named_parties),
                                                              blames)
        unique = where.places
        where_named = (unique, where.areas)
        period = _period(date, kind, config)
        regions = where.regions
        if period and not unique and not regions:
            # A period total over a party's territory or the whole conflict: that area is its region.
            regions = frozenset((resolver.territory(claim.place, claim.region),))
        out.append(
            ClaimFeatures(
                claim=claim,
                id=gid,
                start=_shared(ints, date.start.toordinal() - slack),
                end=_shared(ints, date.end.toordinal() + slack),
                period=period,
                places=unique,
                regions=regions,
                region_text=where.region_text,
                event=kind,
                figures=tuple(figures),
                parties=named_parties,
                unit=units[gid],
                links=frozenset(t for t in links if t in units) if links else frozenset(),
                places_id=_shared(ints, first_id + step * place_sets.setdefault(where_named, len(place_sets))),
                areas=where.areas,
                sides=sides,
            )
        )
    return tuple(out)


# --------------------------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------------------------


def date_gap(a: ClaimFeatures, b: ClaimFeatures) -> int:
    """Days between the two widened spans: 0 when they overlap, 1 for consecutive days."""
    return max(0, max(a.start, b.start) - min(a.end, b.end))


def _span_text(f: ClaimFeatures) -> str:
    span = f.claim.date
    return span.start.isoformat() if span.days == 1 else f"{span.start.isoformat()}/{span.end.isoformat()}"


#: Marks a copy of each region key of a state's name (`places.Mention.broad`) in `ClaimFeatures.regions`.
_STATE_KEY: Final = "^"


def _same_period(a: ClaimFeatures, b: ClaimFeatures) -> int:
    """The days two period totals whose spans overlap (widened) share, where that is at least half of the longer
    span (they count over one period: "7–12 August" and "8–12 August"), else 0: a war's toll and the year's, or two
    months' tolls, are different totals."""
    span_a, span_b = a.claim.date, b.claim.date
    shared = (min(span_a.end, span_b.end) - max(span_a.start, span_b.start)).days + 1
    return shared if 2 * shared >= max(a.days, b.days) else 0


def _compared_regions(a: ClaimFeatures, b: ClaimFeatures) -> tuple[frozenset[str], frozenset[str]]:
    """The region keys of two claims that the place feature compares when one names no specific place: where both
    say more than their state (a place, or a region word other than a state's), those others; else all of them,
    the states' among them. "Nikial sector, AJK" and "Leepa valley, AJK" do not lie in one region by AJK, nor do
    "Kotli district, AJK" and "Neelum valley, AJK" (they lie in two); "AJK" alone lies in one with both."""
    if not any(key.startswith(_STATE_KEY) for key in (*a.regions, *b.regions)):
        return a.regions, b.regions
    whole_a, fine_a = _state_regions(a.regions)
    whole_b, fine_b = _state_regions(b.regions)
    if (a.places or fine_a) and (b.places or fine_b):
        return fine_a, fine_b
    return whole_a, whole_b


def _state_regions(regions: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """A claim's region keys (`ClaimFeatures.regions`) without the marked copies of its states' keys, and without
    its states' keys."""
    states = {key.removeprefix(_STATE_KEY) for key in regions if key.startswith(_STATE_KEY)}
    whole = frozenset(key for key in regions if not key.startswith(_STATE_KEY))
    return whole, whole - states


def _seat_of(p: Place, q: Place) -> bool:
    """Whether ``p`` is a bare name that may stand for a region ``q`` lies in (`Place.seat`, `Place.within`):
    "Saada" against "Dahyan" of Saada governorate. The names are one as written, or as two spellings of one name
    (`seat_key`, `places.same_place`): "سپین بولدک" against a place of "Spin Boldak district"."""
    if not p.seat or p.reference or not q.within:
        return False
    return any(name in q.within for name in p.seat) or any(
        seat_key(name) == seat_key(region) and places.same_place(name, region)
        for name in p.seat for region in q.within)


@functools.lru_cache(maxsize=1 << 14)
def seat_key(name: str) -> str:
    """The phonetic key a folded region name of `Place.seat` or `Place.within` is compared and blocked by, so that
    the name in another script meets it (سپین بولدک, Spin Boldak: SPMPLTK)."""
    return places.phonetic_key(name)


def _no_coordinates(p: Place, q: Place) -> str:
    """Why two names are compared by name: no coordinates, or a name the gazetteer matches only outside the claim's
    region (`Place.outside`), which it is not."""
    turned = [place for place in (p, q) if place.outside is not None]
    if not turned:
        return "no coordinates to compare"
    return "; ".join(f"{place.name!r} matches gazetteer places only outside region {place.outside!r}, which the "
                     "gazetteer lists, so it is unresolved and compared by name" for place in turned)


def _territorial(regions: frozenset[str]) -> bool:
    """Whether region keys are the area of a period total that names no region (`_Resolver.territory`)."""
    return any(key.startswith(_TERRITORY) for key in regions)


def _region_text(f: ClaimFeatures) -> str:
    """The regions of a claim in words, for `explain`: its region names, the area of a period total
    (`_Resolver.territory`), or "by its places"."""
    if f.region_text:
        return f.region_text
    area = next((key for key in f.regions if key.startswith(_TERRITORY)), None)
    if area is None:
        return "by its places"
    party = area.removeprefix(_TERRITORY)
    return "the whole conflict" if party == _WHOLE else f"{party}'s territory"


def _unplaced(a: ClaimFeatures, b: ClaimFeatures) -> str:
    """The place texts of the claims that name no specific place, quoted."""
    return " and ".join(repr(f.claim.place) for f in (a, b) if not f.places)


def _a(kind: str) -> str:
    """An event type with its article: "an incursion", "a clash"."""
    return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"


def _count_text(count: Count) -> str:
    if count.text and not count.text.isdigit():
        return repr(count.text)
    if count.high == count.low:
        return str(count.low)
    return f"{count.low}+" if count.high is None else f"{count.low}-{count.high}"


class Links:
    """Links ``(total, i, j)`` in the order added, held in three typed arrays: 20 bytes a link, where a list of tuples
    of a float and two ints takes about 150 (a million claims make five million links).

    Iterating gives the tuples back, each total the very float that was added. `Scorer.links` gives them; a worker
    process hands them over as three arrays, not millions of tuples (`reconcile._parallel`).
    """

    __slots__ = ("firsts", "seconds", "totals")

    def __init__(self, links: Iterable[tuple[float, int, int]] = ()) -> None:
        self.totals = array.array("d")
        self.firsts = array.array("q")
        self.seconds = array.array("q")
        self.extend(links)

    def append(self, link: tuple[float, int, int]) -> None:
        total, i, j = link
        self.totals.append(total)
        self.firsts.append(i)
        self.seconds.append(j)

    def extend(self, links: Iterable[tuple[float, int, int]]) -> None:
        if isinstance(links, Links):
            self.totals.extend(links.totals)
            self.firsts.extend(links.firsts)
            self.seconds.extend(links.seconds)
        else:
            for link in links:
                self.append(link)

    def renumbered(self, positions: Sequence[int]) -> Links:
        """The same links, in the same order, with each claim ``i`` at ``positions[i]``."""
        out = Links()
        out.totals = array.array("d", self.totals)
        out.firsts = array.array("q", map(positions.__getitem__, self.firsts))
        out.seconds = array.array("q", map(positions.__getitem__, self.seconds))
        return out

    def __len__(self) -> int:
        return len(self.totals)

    def __iter__(self) -> Iterator[tuple[float, int, int]]:
        return zip(self.totals, self.firsts, self.seconds, strict=True)

    def __repr__(self) -> str:
        return f"<Links: {len(self)}>"


class _Out(Protocol):
    def append(self, link: tuple[float, int, int], /) -> None: ...


_O = TypeVar("_O", bound=_Out)


class _ScanChunks(Protocol):
    """How `Scorer.links_of_chunks` scores chunks of pairs (see `Scorer._scanner`)."""

    def __call__(self, chunks: Iterable[tuple[Sequence[int], Sequence[int]]], threshold: float, out: _O, /) -> _O: ...


class _Scan(Protocol):
    """How `Scorer` scores pairs without sentences (see `Scorer._scanner`): ``scan(pairs, threshold, linked, out)``
    appends the links to ``out`` and gives it back."""

    def __call__(self, pairs: Iterable[tuple[int, int]], threshold: float, linked: bool, out: _O, /) -> _O: ...


class _PairTotal(Protocol):
    """How `Scorer` scores one pair without sentences (see `Scorer._scanner`): ``pair_total(i, j, floor)``, ``i < j``,
    is the pair's total, or ``None`` when the cheap features already put it below ``floor``."""

    def __call__(self, i: int, j: int, floor: float, /) -> float | None: ...


#: A hair below a threshold: a bound is a sum of weights in another order than the total's, so a bound check only
#: drops the sure misses, and the exact comparison is made on the total itself.
_HAIR: Final = 1e-9
_ALL: Final = -math.inf  # the threshold that every pair reaches


def _best_place(cfg: MatchConfig) -> float:
    """The highest weight the place feature can give a pair (`Scorer._place`)."""
    return max(cfg.place_same_entry, cfg.place_same_name, cfg.place_similar_name, cfg.place_same_region,
               cfg.place_reference, cfg.period_same_area, cfg.place_unknown, cfg.place_other_region,
               cfg.place_different, cfg.place_far,
               *(weight for _, weight in cfg.near_km))


_UNKNOWN_CATEGORY: Final = "unknown"
# Event types that say nothing of which incident: two claims of one of them earn no bonus for it.
_NO_EVENT: Final = ("unknown", "monitoring", "casualty")


def _figure_rows(f: ClaimFeatures, numbers: dict[object, int]) -> tuple[tuple[int, str, int, int | None, int | None,
                                                                            bool], ...]:
    """A claim's figures as `Scorer._scanner` compares them: ``(party and measure as a number, category, low, high,
    exact value, denied to zero)``, the values `Scorer._casualties` reads of each figure."""
    return tuple((numbers.setdefault(("f", x.party, x.measure), len(numbers)), x.category, x.count.low,
                  x.count.high, x.exact_value, f.denies and x.count.high == 0) for x in f.figures)


class Scorer:
    """Scores pairs of one run's claim features, with caches shared across pairs (name similarities, comparisons
    of two sets of places, totals asked for again).

    ``total(i, j)`` is the score of ``features[i]`` and ``features[j]``; ``score(i, j)`` the full `PairScore`. Both
    compute the same contributions in the same order, so ``score(i, j).total == total(i, j)`` exactly.
    """

    def __init__(self, features: tuple[ClaimFeatures, ...], config: MatchConfig | None = None) -> None:
        self.features = features
        self.config = config or MatchConfig()
        self._names: dict[tuple[str, str], float] = {}
        self._place_weights: dict[tuple[int, int], float] = {}
        self._area_weights: dict[tuple[int, int], float | None] = {}  # by pair of place sets, as `_place_weights`
        self._places_explained: dict[tuple[int, int], tuple[str, float, str]] = {}  # by ordered pair of place sets
        # Totals asked for again, by pair ``i * n + j`` (``i < j``): one int a key rather than a tuple of two (about
        # 90 bytes less a pair; the evidence of every event at a million claims, 0.7 million pairs).
        self._totals: dict[int, float] = {}
        self._scan: _Scan | None = None  # built for the first pair scored without sentences
        self._scan_chunks: _ScanChunks | None = None  # built with ``_scan``
        self._pair_total: _PairTotal | None = None  # built with ``_scan``
        self._known: tuple[memoryview, memoryview, memoryview] | None = None  # totals of links (`know`)
        # Scored pairs repeat the same contributions ("different sources", the same dates or figures): five in six
        # at 100k claims. The evidence of every event holds them, so equal ones are one object.
        self._contributions_made: dict[tuple[str, float, str], Contribution] = {}

    @functools.cached_property
    def index(self) -> dict[str, int]:
        """Each claim's position in ``features`` by global id, made when first asked (explaining a pair): a worker
        process that only scores candidate pairs never reads the ids."""
        return {f.id: i for i, f in enumerate(self.features)}

    def _key(self, i: int, j: int) -> int:
        """The key of the pair ``i < j`` among the kept totals."""
        return i * len(self.features) + j

    def know(self, links: Links) -> None:
        """Take the totals of ``links`` as known: `total` and `total_if_at_least` read a known pair's total rather
        than score the pair again. ``links`` must come from `links` of this scorer or of one with equal features and
        config (the workers of `reconcile._parallel` give such links): each total is then the very float scoring
        gives.

        Clustering asks for the totals of the pairs across two groups before merging them, and a third of these
        pairs are links (1.7 of 5.1 million at a million claims). The links are held sorted by their pair, in
        arrays made with numpy (20 bytes a link): a claim's links are found by its position, and a pair among them
        by bisection.
        """
        import numpy  # loaded only for large cases (`reconcile.cluster`)

        n = len(self.features)
        firsts = numpy.frombuffer(links.firsts, dtype=numpy.int64)
        seconds = numpy.frombuffer(links.seconds, dtype=numpy.int64)
        low, high = numpy.minimum(firsts, seconds), numpy.maximum(firsts, seconds)
        order = numpy.lexsort((high, low))
        starts = numpy.searchsorted(low[order], numpy.arange(n + 1, dtype=numpy.int64))
        partners = high[order].astype(numpy.int32 if n < 2**31 else numpy.int64)
        totals = numpy.frombuffer(links.totals, dtype=numpy.float64)[order]
        self._known = (starts.data, partners.data, totals.data)  # memoryviews: items read as Python ints, floats

    def _known_total(self, i: int, j: int) -> float | None:
        """The total of the pair ``i < j`` when it is a known link (`know`), else ``None``."""
        if self._known is None:
            return None
        starts, partners, totals = self._known
        first, last = starts[i], starts[i + 1]
        if first == last:
            return None
        k = bisect.bisect_left(partners, j, first, last)
        return totals[k] if k < last and partners[k] == j else None

    def total(self, i: int, j: int, *, cache: bool = True) -> float:
        """The pair's total score; kept for the next call unless ``cache`` is False."""
        pair = (i, j) if i < j else (j, i)
        key = self._key(*pair)
        found = self._totals.get(key)
        if found is None and self._known is not None:
            found = self._known_total(*pair)
        if found is None:
            found = (self._pair_total or self._scanner_pair_total())(*pair, _ALL)
            assert found is not None  # every pair reaches the lowest threshold
            if cache:
                self._totals[key] = found
        return found

    def total_if_at_least(self, i: int, j: int, threshold: float, *, cache: bool = False) -> float | None:
        """The pair's total when it reaches ``threshold``, else ``None``; exactly `total` when it does.

        The cheap features (link or source, date, place) come first; when even the best casualties, event and
        parties contributions could not lift them to the threshold the rest is not computed. Most candidate pairs
        end there. A total kept by an earlier call is read; with ``cache``, a total computed here is kept too when
        it reaches the threshold (a pair below it is mostly ruled out again by the cheap features alone). A known
        link's total (`know`) is read too.
        """
        if i > j:
            i, j = j, i
        # `_key` and `_known_total` inline: clustering asks this for hundreds of thousands of pairs.
        key = i * len(self.features) + j
        found = self._totals.get(key)
        if found is None and self._known is not None:
            starts, partners, totals = self._known
            first, last = starts[i], starts[i + 1]
            if first != last:
                k = bisect.bisect_left(partners, j, first, last)
                if k < last and partners[k] == j:
                    found = totals[k]
        if found is not None:
            return found if found >= threshold else None
        found = (self._pair_total or self._scanner_pair_total())(i, j, threshold - _HAIR)
        if found is None or found < threshold:
            return None
        if cache:
            self._totals[key] = found
        return found

    @functools.cached_property
    def blocked_vetoes(self) -> bool:
        """Whether every pair of claims of two link units whose dates are blocked (a period total against one
        incident, or spans farther apart than the window) scores below ``veto_threshold``: the blocked weight with
        the best that every other feature can give stays below it (by more than a hair, as the bound checks of
        `_scanner`). With the default weights it does, by one bit; clustering then tells such a veto from the two
        groups' dates alone (`reconcile.cluster`)."""
        cfg = self.config
        best = (max(0.0, cfg.same_source_apart, cfg.same_source_update) + _best_place(cfg)
                + max(0.0, cfg.casualties_max) + max(0.0, cfg.event_same, cfg.event_incompatible)
                + max(0.0, cfg.parties_disjoint))
        return cfg.blocked_weight + best < cfg.veto_threshold - _HAIR

    def first_below(self, firsts: Sequence[int], seconds: Sequence[int], threshold: float,
                    totals: dict[tuple[int, int], float] | None = None,
                    given: tuple[int, int, float] | None = None) -> tuple[int, int] | None:
        """The first pair ``(x, y)``, ``x`` of ``firsts`` and ``y`` of ``seconds`` in their order, whose total is
        below ``threshold``, or ``None``: what `total_if_at_least` tells of each pair in turn, in one call. The
        totals of the pairs before the one found go into ``totals``, by ``(x, y)``; ``given`` is a pair ``(x, y,
        total)`` whose total is known already.

        Clustering asks this of every pair across two groups before merging them (hundreds of thousands of pairs
        at 100k claims): one call per merge check, with the lookups of `total_if_at_least` inline.
        """
        pair_total = self._pair_total or self._scanner_pair_total()
        n = len(self.features)
        kept = self._totals
        known = self._known
        floor = threshold - _HAIR
        x0, y0, total0 = given if given is not None else (-1, -1, 0.0)
        for x in firsts:
            for y in seconds:
                if x == x0 and y == y0:
                    found: float | None = total0
                else:
                    i, j = (x, y) if x < y else (y, x)
                    found = kept.get(i * n + j)
                    if found is None and known is not None:
                        starts, partners, known_totals = known
                        first, last = starts[i], starts[i + 1]
                        if first != last:
                            k = bisect.bisect_left(partners, j, first, last)
                            if k < last and partners[k] == j:
                                found = known_totals[k]
                    if found is None:
                        found = pair_total(i, j, floor)
                if found is None or found < threshold:
                    return x, y
                if totals is not None:
                    totals[x, y] = found
        return None

    def _scanner_pair_total(self) -> _PairTotal:
        self._scanner()
        assert self._pair_total is not None
        return self._pair_total

    def links(self, pairs: Iterable[tuple[int, int]]) -> Links:
        """The candidate pairs scoring at least ``match_threshold``, as ``(total, i, j)`` with ``i < j`` (held in
        arrays: `Links`): the scoring stage.

        Pairs within one link unit are skipped (the unit is one group already). Totals are not cached: most
        candidate pairs are scored once and dropped, most of them after the cheap features (`_scanner`).
        """
        return (self._scan or self._scanner())(pairs, self.config.match_threshold, False, Links())

    def links_of_chunks(self, chunks: Iterable[tuple[Sequence[int], Sequence[int]]]) -> Links:
        """`links` of the pairs of ``chunks``, as `reconcile.block.candidate_pair_chunks` gives them: two sequences
        of positions per chunk, pair ``k`` their ``k``-th items in either order. The same links in the same order
        as `links` over the same pairs in the same order.

        The weights, the bound checks and the totals run on numpy arrays, a chunk at a time; the place and parties
        weights are worked out by their feature methods once per distinct pair of what they read. Worth it from
        thousands of pairs on: it loads numpy.

        The per-claim arrays are made at the first call, whether or not it has chunks: called with none before
        worker processes are forked, it makes them once for all (`reconcile._parallel`).
        """
        if self._scan_chunks is None:
            self._scanner()
        assert self._scan_chunks is not None
        return self._scan_chunks(chunks, self.config.match_threshold, Links())

    def _scanner(self) -> _Scan:
        """The one implementation of scoring pairs without sentences, built once per scorer: `links` runs it over
        the candidate pairs, `total`, `total_if_at_least` and `first_below` over one pair at a time (``pair_total(i,
        j, floor)``: the total of ``i < j``, or ``None`` once the cheap features put it below ``floor``, which
        ``scan`` calls for each pair).

        ``scan(pairs, threshold, linked, out)`` appends ``(total, i, j)``, ``i < j``, to ``out`` for the pairs scoring
        at least ``threshold`` (pairs within one link unit only when ``linked``), and gives ``out`` back. A total is
        the sum of the weights of `_contributions`, each the very float its feature method gives, in the same order:
        exactly `score`'s. The cheap features (link or source, date) are worked out here from plain per-claim values
        (a few lists of ints and flags, built once); then, unless the best weights still to come could not lift the
        pair to the threshold, the place, whose comparison is kept per pair of *place signatures* (claims whose
        places all have coordinates compare by gazetteer entries and coordinates only, whatever the spelling); then,
        with the same check, casualties, event and parties from the feature methods. Most candidate pairs end after
        the date. The pairs come as an iterable, not one call each, because `links` scores millions.
        """
        cfg = self.config
        best_place = _best_place(cfg)
        window = cfg.date_window_days
        link, apart, update = cfg.link_weight, cfg.same_source_apart, cfg.same_source_update
        blocked = cfg.blocked_weight
        one_day, few_days, same_day = cfg.date_one_day, cfg.date_few_days, cfg.date_same_day
        one_day_denial = cfg.date_one_day_denial
        short, medium, long_, vague = (cfg.date_overlap_short, cfg.date_overlap_medium, cfg.date_overlap_long,
                                       cfg.date_overlap_vague)
        same_span, other_span = cfg.period_same_span, cfg.period_other_span
        features = self.features
        numbers: dict[object, int] = {}
        unit = [numbers.setdefault(("u", f.unit), len(numbers)) for f in features]
        source = [numbers.setdefault(("s", f.source), len(numbers)) for f in features]
        # Whose word each claim passes on, by number (0: its source's own), for `two_voices`.
        voices: dict[str, int] = {"": 0}
        voice = [voices.setdefault(relayed_voice(f.claim), len(voices)) for f in features]
        del voices
        days_made: dict[int, int] = {}  # one int object per day, not per claim (as `_features` does)
        stated = [days_made.setdefault(day, day) for day in (f.claim.stated.toordinal() for f in features)]
        # The publication of each claim by number, 0 for none (`one_statement`).
        publications: dict[str, int] = {"": 0}
        published = [publications.setdefault(f.publication, len(publications)) for f in features]
        del publications
        day_start = [days_made.setdefault(day, day) for day in (f.claim.date.start.toordinal() for f in features)]
        day_end = [days_made.setdefault(day, day) for day in (f.claim.date.end.toordinal() for f in features)]
        start = [f.start for f in features]
        end = [f.end for f in features]
        period = [f.period for f in features]
        days = [f.days for f in features]
        # Claims share their place sets (one in ten distinct at 100k claims), and a place set is its number.
        signatures: dict[int, int] = {}
        signature = [signatures[f.places_id] if f.places_id in signatures else
                     signatures.setdefault(f.places_id, self._place_signature(f, numbers)) for f in features]
        del signatures
        # The best the casualties and event features can add for a pair: nothing without figures on both sides, no
        # event bonus unless both assert one and the same specific type.
        figures = [bool(f.figures) for f in features]
        denies = [f.denies for f in features]
        event = [f.event if names_denied_kind(f.denies, f.event) and f.event not in _NO_EVENT else None
                 for f in features]
        cas_max, event_max, parties_max = cfg.casualties_max, max(0.0, cfg.event_same), max(0.0, cfg.parties_disjoint)
        rest_no_figures = max(0.0, min(cas_max, cfg.casualties_min)) + event_max + parties_max
        # The figures as the casualties feature reads them, as plain values (see `_casualties`, which this must agree
        # with to the last bit: the tests compare every pair). Claims share their figures (a fifth of the claims'
        # figures are distinct at 100k claims) and figures their values: each distinct row and tuple is one object,
        # so that a million claims do not hold a million tuples in every process that scores.
        rows_made: dict[object, Any] = {}
        figure_rows = [rows_made.setdefault(rows, rows) for rows in (
            tuple(rows_made.setdefault(row, row) for row in _figure_rows(f, numbers)) for f in features)]
        del rows_made
        cas_min, equal, disjoint = cfg.casualties_min, cfg.figures_equal, cfg.figures_disjoint
        overlap = cfg.figures_overlap
        event_same, event_incompatible, parties_disjoint = cfg.event_same, cfg.event_incompatible, cfg.parties_disjoint
        event_denied_other = cfg.event_denied_other
        # Whether the event feature reads each claim's type (`names_denied_kind`).
        named = [names_denied_kind(f.denies, f.event) for f in features]
        incompatible = _incompatible
        place_cache: dict[tuple[int, int], float] = {}
        # The scorer keeps `scan`, so `scan` reaches the scorer weakly: a strong reference would make a cycle, and
        # the pipeline, which pauses the cycle collector (`reconcile._gc`), could then not free the features and
        # caches of a scorer it has let go (68 MiB at 100k claims, through the merge and the report).
        owner = weakref.ref(self)

        def pair_total(i: int, j: int, floor: float) -> float | None:
            """The total of the pair ``i < j``, or ``None`` once the best weights still to come could not lift the
            weights so far to ``floor``."""
            # link or source
            if unit[i] == unit[j]:
                w0 = link
            elif source[i] != source[j] or (voice[i] != voice[j] and (
                    (voice[i] and voice[j]) or denies[i] != denies[j])):  # `two_voices`
                w0 = 0.0
            elif day_start[i] > day_end[j] or day_start[j] > day_end[i] or (stated[i] == stated[j] and (
                    not published[i] or not published[j] or published[i] == published[j])):
                w0 = apart
            else:
                w0 = update
            # date
            if period[i] != period[j]:
                w1 = blocked
            else:
                gap = max(start[i], start[j]) - min(end[i], end[j])
                if gap > window:
                    w1 = blocked
                elif gap > 0:
                    w1 = few_days if gap > 1 else one_day_denial if denies[i] or denies[j] else one_day
                else:
                    longest = max(days[i], days[j])
                    if longest == 1 and day_start[i] == day_start[j]:
                        w1 = same_day
                    elif longest <= 3:
                        w1 = short
                    elif longest <= 10:
                        w1 = medium
                    elif longest <= 31:
                        w1 = long_
                    else:
                        w1 = vague
                    if period[i]:  # two period totals (`_same_period`)
                        shared = min(day_end[i], day_end[j]) - max(day_start[i], day_start[j]) + 1
                        w1 = max(w1, same_span) if 2 * shared >= longest else other_span
            if figures[i] and figures[j]:
                bound = cas_max + (event_max if event[i] is not None and event[i] == event[j] else 0.0)
                bound += parties_max
            else:
                bound = rest_no_figures - (event_max if event[i] is None or event[i] != event[j] else 0.0)
            if w0 + w1 + best_place + bound < floor:
                return None
            # place
            si, sj = signature[i], signature[j]
            if si < 0 or sj < 0:
                w2 = place_weight(i, j)
            else:
                key = (si, sj) if si <= sj else (sj, si)
                found = place_cache.get(key)
                if found is None:
                    found = place_cache[key] = place_weight(i, j)
                w2 = found
            if w0 + w1 + w2 + bound < floor:
                return None
            return finish(i, j, w0, w1, w2)

        def place_weight(i: int, j: int) -> float:
            me = owner()
            assert me is not None  # a scorer's scan is called only through the scorer
            return me._place(features[i], features[j], False)[1]

        def scan(pairs: Iterable[tuple[int, int]], threshold: float, linked: bool, out: _O) -> _O:
            floor = threshold - _HAIR
            for i, j in pairs:
                if i > j:
                    i, j = j, i
                if not linked and unit[i] == unit[j]:
                    continue
                total = pair_total(i, j, floor)
                if total is not None and total >= threshold:
                    out.append((total, i, j))
            return out

        def casualties(i: int, j: int) -> float:
            """The casualties weight of two claims that both give figures: per party and measure, the best outcome
            over figures of compatible categories."""
            w3 = 0.0
            outcomes: dict[int, int] = {}
            for figure, category, low, high, exact, zero in figure_rows[i]:
                for figure2, category2, low2, high2, exact2, zero2 in figure_rows[j]:
                    if figure != figure2 or (category != category2 and category != _UNKNOWN_CATEGORY
                                       and category2 != _UNKNOWN_CATEGORY):
                        continue
                    if zero or zero2:
                        rank = 0
                    elif exact is not None and exact == exact2:
                        rank = 3
                    elif (high is None or low2 <= high) and (high2 is None or low <= high2):
                        rank = 2
                    else:
                        rank = 1
                    if rank > outcomes.get(figure, -1):
                        outcomes[figure] = rank
            if outcomes:
                ranks = list(outcomes.values())
                w3 = equal * ranks.count(3) + disjoint * ranks.count(1)
                if 2 in ranks:
                    w3 += overlap
                w3 = min(cas_max, max(cas_min, w3))
            return w3

        def finish(i: int, j: int, w0: float, w1: float, w2: float) -> float:
            """The pair's total: the casualties, event and parties weights after ``w0``, ``w1``, ``w2``."""
            w3 = casualties(i, j) if figures[i] and figures[j] else 0.0
            # event
            a, b = features[i], features[j]
            if not named[i] or not named[j]:
                w4 = 0.0
            elif a.event == b.event and a.event not in _NO_EVENT:
                w4 = event_same
            elif incompatible(a.event, b.event):
                w4 = event_denied_other if a.denies or b.denies else event_incompatible
            else:
                w4 = 0.0
            # parties
            w5 = parties_disjoint if sides_apart(a.sides, b.sides) else 0.0
            return sum([w0, w1, w2, w3, w4, w5])

        arrays: list[Any] = []  # the per-claim values as numpy arrays, made at the first chunk

        def claim_arrays() -> list[Any]:
            import numpy  # only for chunks of pairs (large cases: `reconcile.cluster.cluster_features`)

            def ints(values: Iterable[int]) -> Any:  # day numbers and numbers of distinct values: 32 bits hold them
                return numpy.fromiter(values, dtype=numpy.int32, count=len(features))

            kinds: dict[object, int] = {}
            # What the place feature reads of a claim, as numbers: its signature (-1: none, see
            # `_place_signature`), its place set and its regions, each numbered apart from the others.
            place_sets = ints(kinds.setdefault(("i", f.places_id), len(kinds)) for f in features)
            # (whether the claim names a place too: see `_compared_regions`)
            # (and whether it is a period total: two in one area weigh `period_same_area`)
            region_sets = ints(kinds.setdefault(("r", f.regions, bool(f.places), f.period), len(kinds))
                               for f in features)
            events = ints(-1 if kind is None else kinds.setdefault(("e", kind), len(kinds)) for kind in event)
            arrays.extend([ints(unit), ints(source), ints(stated), ints(day_start), ints(day_end), ints(start),
                           ints(end), numpy.array(period, dtype=bool), ints(days), ints(signature),
                           numpy.array(figures, dtype=bool), events, place_sets, region_sets,
                           numpy.array([not f.places for f in features], dtype=bool),
                           max(len(kinds), len(numbers)) + 1])  # above every number: a pair of them is one key
            # The event and parties features read: the denial flag, the event type (numbered), whether it is a
            # specific one, its families (`_FAMILY_MASKS`, 0: none) and the set of parties (numbered).
            arrays.extend([numpy.array(named, dtype=bool), numpy.array([f.denies for f in features], dtype=bool),
                           ints(kinds.setdefault(("t", f.event), len(kinds)) for f in features),
                           numpy.array([f.event not in _NO_EVENT for f in features], dtype=bool),
                           ints(_FAMILY_MASKS.get(f.event, 0) for f in features),
                           ints(kinds.setdefault(("p", f.sides), len(kinds)) for f in features),
                           ints(kinds.setdefault(("c", rows), len(kinds)) for rows in figure_rows)])
            arrays.append(len(kinds) + 1)
            arrays.append(ints(published))
            arrays.append(ints(voice))
            # A pair in which a claim names an area (`_area`) reads the places and areas of both claims besides
            # their regions: ``areas[claim]``, and the number of each claim's regions and place set together
            # (``readings``, and the width that makes a pair of them one key). ``None`` in a run without areas.
            if any(f.areas for f in features):
                readings: dict[tuple[frozenset[str], int, bool], int] = {}
                arrays.append((numpy.array([bool(f.areas) for f in features], dtype=bool),
                               ints(readings.setdefault((f.regions, f.places_id, f.period), len(readings))
                                    for f in features),
                               len(readings) + 1))
            else:
                arrays.append(None)
            # The figure rows of `casualties`, one table of all the distinct rows of claims: ``row_set[claim]``
            # is the claim's rows, ``row_at[row_set]`` and ``row_count[row_set]`` where they are, then per row
            # its party and measure, category (numbered, -1: unknown), low, high (open: the largest int64),
            # exact value (0: none; an exact value is above 0) and whether it is a denial's zero. ``None`` when a
            # figure is too large for int64: then `casualties` works them out.
            sets: dict[tuple[tuple[int, str, int, int | None, int | None, bool], ...], int] = {}
            row_set = ints(sets.setdefault(rows, len(sets)) for rows in figure_rows)
            distinct = list(sets)
            categories: dict[str, int] = {_UNKNOWN_CATEGORY: -1}
            flat = [(figure, categories.setdefault(category, len(categories) - 1), low,
                     numpy.iinfo(numpy.int64).max if high is None else high, 0 if exact is None else exact, zero)
                    for rows in distinct for figure, category, low, high, exact, zero in rows]
            count = numpy.fromiter(map(len, distinct), dtype=numpy.int64, count=len(distinct))
            try:
                columns = [numpy.array([row[k] for row in flat], dtype=numpy.int64) for k in range(5)]
            except OverflowError:
                arrays.append(None)
            else:
                arrays.append((row_set, numpy.cumsum(count) - count, count, *columns,
                               numpy.array([row[5] for row in flat], dtype=bool)))
            return arrays

        # Place weights of pairs of signatures by the pair's number (see below), across chunks, as `place_cache`.
        chunk_places: dict[int, float] = {}

        def scan_chunks(chunks: Iterable[tuple[Sequence[int], Sequence[int]]], threshold: float, out: _O) -> _O:
            """`scan` over chunks of pairs (`reconcile.block.candidate_pair_chunks`), pairs of one link unit
            skipped, worked out on arrays: every weight is the float `scan` gives (a constant of the config, or the
            feature's own function called once per distinct pair of what it reads: place, parties and, within a
            chunk, figure rows; the casualties weight on arrays, in `casualties`'s float operations), every bound
            check the same sum in the same order, and each total the very sum `finish` makes, for the pairs still in
            the running (in their order)."""
            import numpy

            me = owner()
            assert me is not None  # a scorer's scan is called only through the scorer
            place = me._place
            floor = threshold - _HAIR
            (unit_a, source_a, stated_a, day_start_a, day_end_a, start_a, end_a, period_a, days_a, signature_a,
             figures_a, event_a, place_set_a, region_set_a, unplaced_a, width, named_a, denies_a, type_a,
             specific_a, family_a, party_set_a, rows_a, key_width, published_a, voice_a, area_table, row_table) = (
                arrays or claim_arrays())
            # A total is `finish`'s ``sum`` of the six weights: on Python 3.11, one addition after another from the
            # int 0, which numpy makes the same way (later Pythons compensate the rounding: summed as `finish`).
            whole_sums = sys.version_info < (3, 12)

            def casualty_weights(first: Any, second: Any) -> Any:
                """`casualties` of the pairs ``first[k]``, ``second[k]`` (both give figures), on arrays: every pair
                of their rows; per pair and party and measure, the best outcome of the rows of compatible
                categories; then the weight of the outcomes, in the same float operations."""
                row_set, row_at, row_count, figure, category, low, high, exact, zero = row_table
                set1, set2 = row_set[first], row_set[second]
                count1, count2 = row_count[set1], row_count[set2]
                cross = count1 * count2
                pair = numpy.repeat(numpy.arange(len(first), dtype=numpy.int64), cross)
                k = numpy.arange(int(cross.sum()), dtype=numpy.int64) - numpy.repeat(numpy.cumsum(cross) - cross,
                                                                                     cross)
                across = numpy.repeat(count2, cross)
                row1 = numpy.repeat(row_at[set1], cross) + k // across
                row2 = numpy.repeat(row_at[set2], cross) + k % across
                del k, across
                c1, c2 = category[row1], category[row2]
                compatible = (figure[row1] == figure[row2]) & ((c1 == c2) | (c1 < 0) | (c2 < 0))
                row1, row2, pair = row1[compatible], row2[compatible], pair[compatible]
                del c1, c2, compatible
                outcome = numpy.select(
                    [zero[row1] | zero[row2], (exact[row1] > 0) & (exact[row1] == exact[row2]),
                     (low[row2] <= high[row1]) & (low[row1] <= high[row2])], [0, 3, 2], 1)
                # The best outcome per pair and party and measure: the last of each in sorted order.
                ranked = numpy.sort((pair * width + figure[row1]) * 4 + outcome)  # figures are numbers below width
                del row1, row2, outcome
                group = ranked >> 2
                best = ranked[numpy.append(group[1:] != group[:-1], True)] if len(ranked) else ranked
                owner, best = (best >> 2) // width, best & 3
                n = len(first)
                equal_count = numpy.bincount(owner[best == 3], minlength=n)
                disjoint_count = numpy.bincount(owner[best == 1], minlength=n)
                w3 = equal * equal_count.astype(numpy.float64) + disjoint * disjoint_count.astype(numpy.float64)
                w3 = numpy.where(numpy.bincount(owner[best == 2], minlength=n) > 0, w3 + overlap, w3)
                w3 = numpy.where(w3 > cas_min, w3, cas_min)  # max(cas_min, w3), min(cas_max, ...): as Python
                w3 = numpy.where(w3 < cas_max, w3, cas_max)
                return numpy.where(numpy.bincount(owner, minlength=n) > 0, w3, 0.0)
            for partners, claims in chunks:
                p = numpy.frombuffer(partners, dtype=numpy.int64) if isinstance(partners, array.array) else \
                    numpy.asarray(partners, dtype=numpy.int64)
                c = numpy.frombuffer(claims, dtype=numpy.int64) if isinstance(claims, array.array) else \
                    numpy.asarray(claims, dtype=numpy.int64)
                first, second = numpy.minimum(p, c), numpy.maximum(p, c)
                apart_units = unit_a[first] != unit_a[second]
                first, second = first[apart_units], second[apart_units]
                # link or source (one unit is left out above)
                ds1, ds2, de1, de2 = day_start_a[first], day_start_a[second], day_end_a[first], day_end_a[second]
                p1, p2 = published_a[first], published_a[second]
                one = (stated_a[first] == stated_a[second]) & ((p1 == 0) | (p2 == 0) | (p1 == p2))
                v1, v2 = voice_a[first], voice_a[second]
                voices = (v1 != v2) & (((v1 != 0) & (v2 != 0)) | (denies_a[first] != denies_a[second]))  # `two_voices`
                w0 = numpy.where((source_a[first] != source_a[second]) | voices, 0.0, numpy.where(
                    (ds1 > de2) | (ds2 > de1) | one, apart, update))
                del p1, p2, one, v1, v2, voices
                # date
                gap = numpy.maximum(start_a[first], start_a[second]) - numpy.minimum(end_a[first], end_a[second])
                longest = numpy.maximum(days_a[first], days_a[second])
                w1 = numpy.select(
                    [period_a[first] != period_a[second], gap > window, gap == 1, gap > 0,
                     (longest == 1) & (ds1 == ds2), longest <= 3, longest <= 10, longest <= 31],
                    [blocked, blocked, numpy.where(denies_a[first] | denies_a[second], one_day_denial, one_day),
                     few_days, same_day, short, medium, long_], vague)
                # two period totals whose spans overlap (`_same_period`)
                totals = period_a[first] & period_a[second] & (gap <= 0)
                if totals.any():
                    shared = numpy.minimum(de1, de2) - numpy.maximum(ds1, ds2) + 1
                    w1 = numpy.where(totals, numpy.where(2 * shared >= longest, numpy.maximum(w1, same_span),
                                                         other_span), w1)
                    del shared
                del totals
                del ds1, ds2, de1, de2, gap, longest
                e1, e2 = event_a[first], event_a[second]
                same_event = (e1 >= 0) & (e1 == e2)
                bound = numpy.where(figures_a[first] & figures_a[second],
                                    cas_max + numpy.where(same_event, event_max, 0.0) + parties_max,
                                    rest_no_figures - numpy.where(same_event, 0.0, event_max))
                del e1, e2, same_event
                near = ~(w0 + w1 + best_place + bound < floor)
                first, second, w0, w1, bound = first[near], second[near], w0[near], w1[near], bound[near]
                # place: one weight per pair of what the place feature reads of the two claims, numbered
                s1, s2 = signature_a[first], signature_a[second]
                both_signed = (s1 >= 0) & (s2 >= 0)
                k1 = numpy.where(both_signed, s1, place_set_a[first])
                k2 = numpy.where(both_signed, s2, place_set_a[second])
                unplaced = unplaced_a[first] | unplaced_a[second]
                k1 = numpy.where(unplaced, region_set_a[first], k1)
                k2 = numpy.where(unplaced, region_set_a[second], k2)
                key = (numpy.minimum(k1, k2).astype(numpy.int64) * width + numpy.maximum(k1, k2)) * 2 + both_signed
                if area_table is not None:
                    # A pair with an area: numbered by the regions and place sets of both, below zero and odd
                    # (kept across chunks as pairs of signatures are).
                    areas_a, readings_a, readings_width = area_table
                    named = areas_a[first] | areas_a[second]
                    n1, n2 = readings_a[first], readings_a[second]
                    key = numpy.where(named, -1 - 2 * (numpy.minimum(n1, n2).astype(numpy.int64) * readings_width
                                                       + numpy.maximum(n1, n2)), key)
                    del named, n1, n2
                del s1, s2, k1, k2, unplaced, both_signed
                keys, where, back = numpy.unique(key, return_index=True, return_inverse=True)
                weights = []
                for number, k in zip(keys.tolist(), where.tolist(), strict=True):
                    found = chunk_places.get(number) if number & 1 else None
                    if found is None:
                        found = place(features[int(first[k])], features[int(second[k])], False)[1]
                        if number & 1:  # two signatures, or an area; `_place` keeps pairs of place sets itself
                            chunk_places[number] = found
                    weights.append(found)
                w2 = numpy.array(weights, dtype=numpy.float64)[back.reshape(-1)]
                del key, keys, where, back, weights
                close = ~(w0 + w1 + w2 + bound < floor)
                first, second, w0, w1, w2 = first[close], second[close], w0[close], w1[close], w2[close]
                del bound, close
                # event, as `finish` works it out
                t1, t2 = type_a[first], type_a[second]
                f1, f2 = family_a[first], family_a[second]
                w4 = numpy.where(~(named_a[first] & named_a[second]), 0.0, numpy.where(
                    (t1 == t2) & specific_a[first], event_same,
                    numpy.where((f1 != 0) & (f2 != 0) & ((f1 & f2) == 0),
                                numpy.where(denies_a[first] | denies_a[second], event_denied_other,
                                            event_incompatible), 0.0)))
                del t1, t2, f1, f2
                # parties: one answer per pair of party sets
                p1, p2 = party_set_a[first], party_set_a[second]
                keys, where, back = numpy.unique(numpy.minimum(p1, p2).astype(numpy.int64) * key_width
                                                 + numpy.maximum(p1, p2),
                                                 return_index=True, return_inverse=True)
                del p1, p2
                weights = []
                for k in where.tolist():
                    x, y = features[int(first[k])].sides, features[int(second[k])].sides
                    weights.append(parties_disjoint if sides_apart(x, y) else 0.0)
                w5 = numpy.array(weights, dtype=numpy.float64)[back.reshape(-1)]
                del keys, where, back, weights
                # The casualties weight is 0.0 unless both claims give figures, and at most its maximum: pairs
                # that cannot reach the threshold even so are surely out (the sum in another order than the
                # total's: a hair of margin, as above).
                both = figures_a[first] & figures_a[second]
                chance = ~(w0 + w1 + w2 + numpy.where(both, cas_max, 0.0) + w4 + w5 < floor)
                first, second, w0, w1, w2, w4, w5, both = (
                    first[chance], second[chance], w0[chance], w1[chance], w2[chance], w4[chance], w5[chance],
                    both[chance])
                # casualties: one weight per pair of figure rows in the chunk (claims share them; kept across
                # chunks they would be millions at a million claims)
                w3 = numpy.zeros(len(first), dtype=numpy.float64)
                if both.any():
                    r1, r2 = rows_a[first[both]], rows_a[second[both]]
                    keys, where, back = numpy.unique(numpy.minimum(r1, r2).astype(numpy.int64) * key_width
                                                     + numpy.maximum(r1, r2),
                                                     return_index=True, return_inverse=True)
                    del r1, r2
                    with_figures = numpy.flatnonzero(both)[where]
                    if row_table is not None:
                        found_weights = casualty_weights(first[with_figures], second[with_figures])
                    else:
                        found_weights = numpy.array([casualties(int(first[k]), int(second[k]))
                                                     for k in with_figures.tolist()], dtype=numpy.float64)
                    w3[both] = found_weights[back.reshape(-1)]
                    del keys, where, back, found_weights, with_figures
                # the total: the very sum `finish` makes, of the same floats
                if whole_sums and isinstance(out, Links):
                    total = 0.0 + w0
                    for w in (w1, w2, w3, w4, w5):
                        total += w
                    linked = total >= threshold
                    out.totals.frombytes(total[linked].tobytes())
                    out.firsts.frombytes(first[linked].astype(numpy.int64).tobytes())
                    out.seconds.frombytes(second[linked].astype(numpy.int64).tobytes())
                    continue
                for i, j, x0, x1, x2, x3, x4, x5 in zip(first.tolist(), second.tolist(), w0.tolist(), w1.tolist(),
                                                        w2.tolist(), w3.tolist(), w4.tolist(), w5.tolist(),
                                                        strict=True):
                    total = sum([x0, x1, x2, x3, x4, x5])
                    if total >= threshold:
                        out.append((total, i, j))
            return out

        self._scan_chunks = scan_chunks
        self._pair_total = pair_total
        self._scan = scan
        return scan

    @staticmethod
    def _place_signature(f: ClaimFeatures, numbers: dict[object, int]) -> int:
        """A number for what the place feature reads of a claim when every place it names has coordinates of entries
        it matches (then two places compare by gazetteer entries and distance alone, never by name): equal numbers,
        equal place weights against any such claim. -1 for a claim without a specific place or with a place without
        such coordinates (compared by name, or by region)."""
        if not f.places or not all(place.points and place.matched and not place.reference and not place.broad
                                   for place in f.places):
            return -1
        # A bare name that may be a region, or a place in one, also compares by the region's name (`_seat_of`); a
        # place given by a distance and bearing from another, by them (`Place.offset`).
        return numbers.setdefault(("p", frozenset((place.entries, place.points, place.seat, place.within, place.offset)
                                                  for place in f.places)), len(numbers))

    def score(self, i: int, j: int) -> PairScore:
        """The pair's score with every contribution and its sentence."""
        i, j = (i, j) if i < j else (j, i)
        parts = self._contributions(i, j, explain=True)
        total = sum([weight for _, weight, _ in parts])
        self._totals[self._key(i, j)] = total
        made = self._contributions_made
        contributions = []
        for part in parts:  # `_contribution`, inline: each explained pair has six
            found = made.get(part)
            if found is None or (part[1] == 0.0 and math.copysign(1.0, part[1]) != math.copysign(1.0, found.weight)):
                found = self._contribution(*part)
            contributions.append(found)
        return PairScore(a=self.features[i].id, b=self.features[j].id, total=total, contributions=tuple(contributions))

    def _contribution(self, feature: str, weight: float, detail: str) -> Contribution:
        """``Contribution(feature, weight, detail)``: the one made before if any (a zero keeps its sign)."""
        made = self._contributions_made
        found = made.get((feature, weight, detail))
        if found is None or (weight == 0.0 and math.copysign(1.0, weight) != math.copysign(1.0, found.weight)):
            found = Contribution(feature, weight, detail)
            made.setdefault((feature, weight, detail), found)
        return found

    def name_similarity(self, a: str, b: str) -> float:
        key = (a, b) if a <= b else (b, a)
        found = self._names.get(key)
        if found is None:
            found = self._names[key] = places.similarity(*key)
        return found

    # The features. Each returns (feature, weight, sentence); the sentence is "" when ``explain`` is False so that
    # bulk scoring does not format text nobody reads. ``a`` always sorts before ``b``.

    def _contributions(self, i: int, j: int, *, explain: bool) -> list[tuple[str, float, str]]:
        a, b = self.features[i], self.features[j]
        parts = [self._link_or_source(a, b, explain), self._date(a, b, explain), self._place(a, b, explain)]
        parts += [self._casualties(a, b, explain), self._event(a, b, explain), self._parties(a, b, explain)]
        return parts

    def _link_or_source(self, a: ClaimFeatures, b: ClaimFeatures, explain: bool) -> tuple[str, float, str]:
        cfg = self.config
        if a.unit == b.unit:
            if not explain:
                return ("link", cfg.link_weight, "")
            how = [f"{x.id} {verb} {y.id}" for x, y in ((a, b), (b, a)) for verb, targets in
                   (("supersedes", x.claim.supersedes), ("adds to", x.claim.adds_to)) if y.id in targets]
            said = "; ".join(how) if how else "they are linked through a chain of supersedes/adds_to"
            return ("link", cfg.link_weight, f"{said}: the source itself says they are one incident")
        if a.source != b.source:
            return ("source", 0.0, "different sources" if explain else "")
        if two_voices(a, b):
            if not explain:
                return ("source", 0.0, "")
            voices = [(f"relays {x.claim.relays}" if x.claim.relays else "its own word")
                      + (", a denial" if x.denies else "") for x in (a, b)]
            return ("source", 0.0,
                    f"both by {a.source}, two voices ({voices[0]}; {voices[1]}): compared as two sources")
        if not a.claim.date.overlaps(b.claim.date):
            detail = (f"both by {a.source}, not linked, about different dates ({_span_text(a)} and "
                      f"{_span_text(b)}): by the source's own account two incidents") if explain else ""
            return ("source", cfg.same_source_apart, detail)
        if one_statement(a, b):
            detail = (f"both by {a.source} in one statement of {a.claim.stated.isoformat()}, not linked: a source "
                      "lists separate incidents separately") if explain else ""
            return ("source", cfg.same_source_apart, detail)
        if not explain:
            return ("source", cfg.same_source_update, "")
        if a.claim.stated == b.claim.stated:
            detail = (f"both by {a.source}, two publications of {a.claim.stated.isoformat()} ({a.claim.url} and "
                      f"{b.claim.url}), not linked: one may update the other or give it in another language")
        else:
            detail = (f"both by {a.source}, statements of {a.claim.stated.isoformat()} and "
                      f"{b.claim.stated.isoformat()}, not linked: a later statement may update an earlier one")
        return ("source", cfg.same_source_update, detail)

    def _date(self, a: ClaimFeatures, b: ClaimFeatures, explain: bool) -> tuple[str, float, str]:
        cfg = self.config
        if a.period != b.period:
            period, single = (a, b) if a.period else (b, a)
            detail = (f"blocked: {period.id} is a period total ({_span_text(period)}, {period.claim.date.days} days"
                      f"), not one incident like {single.id}") if explain else ""
            return ("date", cfg.blocked_weight, detail)
        gap = date_gap(a, b)
        if gap > cfg.date_window_days:
            raw = max(a.claim.date.start, b.claim.date.start) - min(a.claim.date.end, b.claim.date.end)
            detail = (f"blocked: dates {raw.days} days apart ({_span_text(a)} and {_span_text(b)}; the window is "
                      f"{cfg.date_window_days} days)") if explain else ""
            return ("date", cfg.blocked_weight, detail)
        if gap:
            weight = cfg.date_few_days if gap > 1 else cfg.date_one_day_denial if a.denies or b.denies else \
                cfg.date_one_day
            detail = (f"{_span_text(a)} and {_span_text(b)} are {gap} day{'s' if gap > 1 else ''} apart"
                      ": at one place that is usually another incident") if explain else ""
            return ("date", weight, detail)
        longest = max(a.days, b.days)
        if a.period:  # two period totals
            weight = self._overlap(a, b, longest, False)[0]
            shared = _same_period(a, b)
            if shared:
                weight = max(weight, cfg.period_same_span)
                detail = (f"two period totals over one period: {_span_text(a)} and {_span_text(b)} share {shared} "
                          f"of {longest} days")
            else:
                weight = cfg.period_other_span
                detail = (f"two period totals over different periods: {_span_text(a)} and {_span_text(b)} share "
                          f"less than half of {longest} days")
            return ("date", weight, detail if explain else "")
        weight, detail = self._overlap(a, b, longest, explain)
        return ("date", weight, detail)

    def _overlap(self, a: ClaimFeatures, b: ClaimFeatures, longest: int, explain: bool) -> tuple[float, str]:
        """The date weight of two overlapping spans, the longer ``longest`` days, and its sentence."""
        cfg = self.config
        if longest == 1:
            if a.claim.date.start == b.claim.date.start:
                return (cfg.date_same_day, f"both on {_span_text(a)}" if explain else "")
            longest = 2  # one day apart, but within the slack of the other's precision
        if longest <= 3:
            weight, how = cfg.date_overlap_short, "overlap closely"
        elif longest <= 10:
            weight, how = cfg.date_overlap_medium, "overlap"
        elif longest <= 31:
            weight, how = cfg.date_overlap_long, "overlap, one spanning up to a month"
        else:
            weight, how = cfg.date_overlap_vague, f"overlap, but one spans {longest} days, which says little"
        return (weight, f"{_span_text(a)} and {_span_text(b)} {how}" if explain else "")

    def _place(self, a: ClaimFeatures, b: ClaimFeatures, explain: bool) -> tuple[str, float, str]:
        cfg = self.config
        if not a.places or not b.places:
            regions_a, regions_b = _compared_regions(a, b)
            totals = a.period and b.period
            if regions_a & regions_b and totals and not a.places and not b.places:
                weight, how = cfg.period_same_area, "two period totals over one area"
            elif regions_a & regions_b and totals:
                # A place's total and its region's count over different areas: one holds the other.
                weight, how = cfg.place_unknown, "a period total at a place and one over a region it lies in"
            elif regions_a & regions_b:
                weight, how = cfg.place_same_region, "both lie in one region"
            elif _territorial(regions_a) or _territorial(regions_b):
                # Two parties' territories, or one and a region, or the whole conflict: one may hold the other. (A
                # total's area beside one incident, a pair only a link joins, is no region: as it was.)
                weight = cfg.place_unknown
                how = "two period totals over areas that may hold one another" if totals else ""
            elif regions_a and regions_b:
                weight, how = cfg.place_other_region, "and the regions differ"
            else:
                weight, how = cfg.place_unknown, ""
            if a.areas or b.areas:
                named = self._area(a, b, explain)
                if named is not None and named[0] > 0.0 and named[0] > weight:
                    return ("place", named[0], named[1])
            if not how:
                detail = f"no specific place in {_unplaced(a, b)} to compare" if explain else ""
                return ("place", weight, detail)
            if not explain:
                return ("place", weight, "")
            regions = f"{_region_text(a)} / {_region_text(b)}"
            return ("place", weight, f"no specific place in {_unplaced(a, b)}; {how} ({regions})")
        if not explain:
            # The same few sets of places recur across many pairs: their best weight is computed once.
            key = (a.places_id, b.places_id) if a.places_id <= b.places_id else (b.places_id, a.places_id)
            found = self._place_weights.get(key)
            if found is None:
                found = max(self._place_pair(p, q, False)[0] for p, q in _comparable(a.places, b.places))
                self._place_weights[key] = found
            return ("place", found, "")
        # Events join claims of the same few places: the evidence of every event compares each ordered pair of
        # place sets once (a third of the pairs at 100k claims).
        key = (a.places_id, b.places_id)
        explained = self._places_explained.get(key)
        if explained is None:
            best = max((self._place_pair(p, q, True) for p, q in _comparable(a.places, b.places)),
                       key=lambda item: item[0])
            explained = self._places_explained[key] = ("place", best[0], best[1])
        return explained

    def _area(self, a: ClaimFeatures, b: ClaimFeatures, explain: bool) -> tuple[float, str] | None:
        """The best weight of a name an area of one claim shares with a place, or an area, of the other (for a pair
        in which a claim names no specific place), with its sentence; ``None`` when no such pair of names compares.

        An area is the unit a text names as its place ("Spin Boldak district"): it stands for the place of its
        name (Spin Buldak, the town) as much as for the land around. Its name is compared as a place's
        (`_place_pair`) against the other claim's places, or its areas when it names none, but only by gazetteer
        place and name: a unit holds villages of other names, so the distance between the place of its name and
        another gazetteer place says nothing of where the incident was. The caller keeps the region weight unless
        this one is positive and higher.
        """
        # Claims of the same areas meet the same places again and again: their best weight is computed once.
        key = (a.places_id, b.places_id) if a.places_id <= b.places_id else (b.places_id, a.places_id)
        if not explain and key in self._area_weights:
            known = self._area_weights[key]
            return None if known is None else (known, "")
        if a.places:
            pairs = [(p, q) for p in a.places for q in b.areas]
        elif b.places:
            pairs = [(p, q) for p in a.areas for q in b.places]
        else:
            pairs = [(p, q) for p in a.areas for q in b.areas]
        best: tuple[float, str] | None = None
        for p, q in pairs:
            if not (set(p.entries) & set(q.entries)) and p.points and q.points and p.matched and q.matched:
                continue  # two gazetteer places: told apart by distance, not by name
            found = self._place_pair(p, q, explain)
            if best is None or found[0] > best[0]:
                best = found
        if not explain:
            self._area_weights[key] = None if best is None else best[0]
            return best
        if best is None:
            return None
        return best[0], f"no specific place in {_unplaced(a, b)}, but a unit named as the place: {best[1]}"

    def _place_pair(self, p: Place, q: Place, explain: bool) -> tuple[float, str]:
        """The place weight of two names. One gazetteer place is as strong as the weaker of the two look-ups: both
        matched, `place_same_entry`; one only near a spelling of the place the other matched (above
        `places.SAME_PLACE_THRESHOLD`, `NearEntries`), what one name is worth, `place_same_name`; both only near
        it, nothing: two names near one spelling need not be near each other (Kobani and Qaboun both come near
        Kapan), so they compare as names. Coordinates count only where both names matched their entries.

        A state beside the other claim's place (`Place.broad`: "Uri, Baramulla district, Kashmir" against
        "Kashmir") contains it: where the two agree, they lie in one region, `place_same_region`, and no more. A
        place the incident is given from (`Place.away`: Gori in "Shindisi and Ruisi villages near Gori" against
        "Gori") is where the incident was not: where the two agree, they lie in one area, `place_reference`, and no
        more."""
        weight, detail = self._place_weight(p, q, explain)
        if weight >= self.config.place_same_region:
            return weight, detail
        seat, other = (p, q) if _seat_of(p, q) else (q, p) if _seat_of(q, p) else (None, None)
        if seat is None or other is None:
            return weight, detail
        detail = (f"{detail}; but {seat.name!r}, written without a word of its kind, is also the name of the region "
                  f"{other.name!r} lies in, which it may mean: one region") if explain else ""
        return self.config.place_same_region, detail

    def _place_weight(self, p: Place, q: Place, explain: bool) -> tuple[float, str]:
        """`_place_pair` but for a bare name that may be the region the other place lies in (`Place.seat`)."""
        weight, detail = self._names_pair(p, q, explain)
        if weight >= self.config.place_same_name and p.offset and q.offset and (
                apart := places.offset_apart_km(p.offset, q.offset)) is not None and apart > self.config.far_km:
            # One place (one gazetteer place, one name), but the incident given from it at distances and bearings
            # far apart ("50 NM west of Mokha", "10 NM south of Mokha"): two places.
            detail = (f"{detail}; but the two are given from it at distances and bearings {apart:.0f} km apart: "
                      "different places") if explain else ""
            return self.config.place_far, detail
        away = p if p.away else q if q.away else None
        if away is not None and weight > self.config.place_reference:
            detail = (f"{detail}; but {away.name!r} is a place the incident is given from (by a distance, a "
                      "direction or near), not its place: one area only") if explain else ""
            return self.config.place_reference, detail
        broad = p if p.broad else q if q.broad else None
        if broad is None or weight <= self.config.place_same_region:
            return weight, detail
        other = q if broad is p else p
        detail = (f"{detail}; but {broad.name!r} is a state the other claim's place lies in, so {other.name!r} only "
                  "lies in one region with it") if explain else ""
        return self.config.place_same_region, detail

    def _names_pair(self, p: Place, q: Place, explain: bool) -> tuple[float, str]:
        """`_place_pair` of two places of the incident's size."""
        cfg = self.config
        names = f"{p.name!r} and {q.name!r}" if explain else ""
        shared = set(p.entries) & set(q.entries)
        if shared and p.matched and q.matched:
            return cfg.place_same_entry, f"{names} are one gazetteer place ({min(shared)})" if explain else ""
        if shared and (p.matched or q.matched):
            near, place = (q, p) if p.matched else (p, q)
            if near.outside is None:
                detail = (f"{names} are one name: {near.name!r} is close to a spelling of gazetteer place "
                          f"{min(shared)}, which {place.name!r} is")
            else:
                detail = (f"{names} are one name: {near.name!r} matches gazetteer place {min(shared)} only outside "
                          f"region {near.outside!r}, which the gazetteer lists, so it is unresolved; {place.name!r} "
                          "is that place")
            return cfg.place_same_name, detail if explain else ""
        if p.points and q.points and p.matched and q.matched:
            km = min(places.distance_km(*x, *y) for x in p.points for y in q.points)
            for limit, weight in cfg.near_km:
                if km <= limit:
                    return weight, f"{names} are {km:.1f} km apart (within {limit:g} km)" if explain else ""
            return cfg.place_far, f"{names} are {km:.0f} km apart: different places" if explain else ""
        sim = 1.0 if p.key == q.key else self.name_similarity(p.name, q.name)
        if sim >= places.SAME_PLACE_THRESHOLD:
            return cfg.place_same_name, f"{names} are one name (similarity {sim:.2f})" if explain else ""
        # One consonant skeleton (Voskepar, Əskipara: SKPR) marks a cognate even where the spellings drift apart.
        cognate = len(p.phonetic) >= 3 and p.phonetic == q.phonetic
        if (sim >= cfg.similar_name_threshold or cognate) and not places.apart(p.name, q.name):
            how = f"similarity {sim:.2f}" + (f", one skeleton {p.phonetic}" if cognate else "")
            detail = f"{names} have similar names ({how}): a cognate or a neighbouring village, no coordinates to tell"
            return cfg.place_similar_name, detail if explain else ""
        if not explain:
            return cfg.place_different, ""
        detail = f"{names} are different names (similarity {sim:.2f}), {_no_coordinates(p, q)}"
        return cfg.place_different, detail

    def _casualties(self, a: ClaimFeatures, b: ClaimFeatures, explain: bool) -> tuple[str, float, str]:
        cfg = self.config
        if not a.figures or not b.figures:
            return ("casualties", 0.0, "figures in one claim only, or none" if explain else "")
        # Per party and measure, the best outcome over figures of compatible categories: equal, overlap, disjoint.
        outcomes: dict[tuple[str, str], tuple[int, str]] = {}
        for x in a.figures:
            for y in b.figures:
                if x.party != y.party or x.measure != y.measure:
                    continue
                if x.category != y.category and _UNKNOWN_CATEGORY not in (x.category, y.category):
                    continue
                zero_denial = a if a.denies and x.count.high == 0 else b if b.denies and y.count.high == 0 else None
                what = ""  # the sentence is written only when explaining
                if zero_denial is not None:
                    rank = 0
                    if explain:
                        what = f"{zero_denial.id} denies them (0), which is what it is about"
                elif x.exact_value is not None and x.exact_value == y.exact_value:
                    rank = 3
                    if explain:
                        what = f"{x.exact_value} in both"
                elif x.count.overlaps(y.count):
                    rank = 2
                    if explain:
                        what = f"{_count_text(x.count)} and {_count_text(y.count)} overlap"
                else:
                    rank = 1
                    if explain:
                        what = f"{_count_text(x.count)} against {_count_text(y.count)}"
                key = (x.party, x.measure)
                if key not in outcomes or rank > outcomes[key][0]:
                    outcomes[key] = (rank, what)
        if not outcomes:
            return ("casualties", 0.0, "no figures of one party and measure in both" if explain else "")
        ranks = [rank for rank, _ in outcomes.values()]
        weight = cfg.figures_equal * ranks.count(3) + cfg.figures_disjoint * ranks.count(1)
        if 2 in ranks:
            weight += cfg.figures_overlap
        weight = min(cfg.casualties_max, max(cfg.casualties_min, weight))
        if not explain:
            return ("casualties", weight, "")
        said = "; ".join(f"{party} {measure}: {what}" for (party, measure), (_, what) in sorted(outcomes.items()))
        return ("casualties", weight, said)

    def _event(self, a: ClaimFeatures, b: ClaimFeatures, explain: bool) -> tuple[str, float, str]:
        cfg = self.config
        if not names_denied_kind(a.denies, a.event) or not names_denied_kind(b.denies, b.event):
            return ("event", 0.0, "a denial that names no kind of incident it denies is not compared (its type is "
                                  "the account it gives instead, or none)" if explain else "")
        if a.event == b.event and a.event not in _NO_EVENT:
            return ("event", cfg.event_same, f"both describe {_a(a.event)}" if explain else "")
        if _incompatible(a.event, b.event):
            if a.denies or b.denies:
                denial = a if a.denies else b
                detail = (f"{denial.id} denies {_a(denial.event)}; {_a(a.event)} and {_a(b.event)} are different "
                          "kinds of event: the denial is about another incident")
                return ("event", cfg.event_denied_other, detail if explain else "")
            detail = f"{_a(a.event)} and {_a(b.event)} are different kinds of event"
            return ("event", cfg.event_incompatible, detail if explain else "")
        if not explain:
            return ("event", 0.0, "")
        if "unknown" in (a.event, b.event):
            return ("event", 0.0, "no event type to compare")
        return ("event", 0.0, f"{_a(a.event)} and {_a(b.event)}: compatible")

    def _parties(self, a: ClaimFeatures, b: ClaimFeatures, explain: bool) -> tuple[str, float, str]:
        if sides_apart(a.sides, b.sides):
            if not explain:
                return ("parties", self.config.parties_disjoint, "")
            detail = f"no side in common ({', '.join(sorted(a.parties))} / {', '.join(sorted(b.parties))})"
            return ("parties", self.config.parties_disjoint, detail)
        if not explain:
            return ("parties", 0.0, "")
        if a.sides.named and b.sides.named and a.sides.named.isdisjoint(b.sides.named):
            return ("parties", 0.0, f"one side each ({', '.join(sorted(a.parties))} / {', '.join(sorted(b.parties))})"
                                    ", one named as the attacker alone: its target is left open")
        return ("parties", 0.0, "parties compatible")


def sides_apart(a: Sides, b: Sides) -> bool:
    """Whether two claims' sides (`ClaimFeatures.sides`) count against one incident: both name sides, none in
    common, and either one of them names two sides or more (a claim about a clash of two sides and one about a
    third side), or each names one side and neither as the attacker alone (one side's dead and the other's).

    A claim that names only the attacker leaves open whom it attacked: "Azerbaijan shelled the village" and "three
    Armenian soldiers were killed" may well be one incident, and so may two claims that blame different sides (an
    attribution dispute, for the report to flag).
    """
    if not (a.named and b.named and a.named.isdisjoint(b.named)):
        return False
    return len(a.named) > 1 or len(b.named) > 1 or not (a.blames or b.blames)


def score_pair(a: ClaimFeatures, b: ClaimFeatures, *, config: MatchConfig | None = None) -> PairScore:
    """The score of two claims' features; symmetric, ``score_pair(a, b) == score_pair(b, a)``.

    Both claims must come from one `claim_features` call (their link units are computed over the whole set).
    """
    first, second = (a, b) if a.id <= b.id else (b, a)
    return Scorer((first, second), config).score(0, 1)


# --------------------------------------------------------------------------------------------------------------
# Explanation
# --------------------------------------------------------------------------------------------------------------


def _lookup(case: Case, claim_id: str) -> Claim:
    """The claim of ``case`` with the global id ``claim_id``, or with the claim id ``claim_id`` (no ``/``: no source
    named) where one source alone has it; `ReconcileError` naming the sources that have it where several do, the
    problem of a rejected claim, or the close ids."""
    for claim in case.claims:
        if claim.global_id == claim_id:
            return claim
    if "/" not in claim_id:
        named = sorted(claim.global_id for claim in case.claims if claim.id == claim_id)
        if len(named) == 1:
            return _lookup(case, named[0])
        if named:
            sources = ", ".join(gid.partition("/")[0] for gid in named)
            raise ReconcileError(f"claim id {claim_id!r} is in {len(named)} sources of case {case.id!r} "
                                 f"({sources}): name one as <source id>/<claim id>, e.g. {named[0]}")
        rejected_ids = sorted({r.claim for r in case.rejected if r.claim and r.claim.partition("/")[2] == claim_id})
        if len(rejected_ids) == 1:
            claim_id = rejected_ids[0]  # told below as rejected, under its global id
    for rejected in case.rejected:
        if rejected.claim == claim_id:
            where = f"{rejected.file}:{rejected.line}" if rejected.line else rejected.file
            raise ReconcileError(f"claim {claim_id!r} of case {case.id!r} was rejected, so it is in no event "
                                 f"({where}: {rejected.reason})")
    ids = sorted(claim.global_id for claim in case.claims)
    # An id written in other letter case (``AM-MOD/C1``, or ``C1`` alone) first: ids tell letter case apart, and the
    # fuzzy score, which compares letters as written, puts it nowhere near.
    folded = claim_id.casefold()
    same = [gid for gid in ids
            if folded == (gid if "/" in folded else gid.partition("/")[2]).casefold()][:3]
    close = same + [
        found for found, _score, _ in process.extract(claim_id, ids, scorer=fuzz.WRatio, limit=3, score_cutoff=50)
        if found not in same
    ][:3 - len(same)]
    hint = (" (ids tell letter case apart)" if same else "") + (f"; close ids: {', '.join(close)}" if close else "")
    raise ReconcileError(f"no claim {claim_id!r} in case {case.id!r}{hint}")


def explain(
    case: Case,
    a: str,
    b: str,
    *,
    config: MatchConfig | None = None,
    gazetteer: Gazetteer | None = None,
) -> str:
    """Why two claims share an event or not, as text for ``reconcile explain CASE CLAIM_A CLAIM_B``.

    Lists the pair's contributions (feature, signed weight, sentence), the total against the threshold, and the
    verdict of the clustering with its reason: blocked (never compared), below the threshold, kept apart by the
    clustering rule, or in one event (directly or through other claims). A claim is named by its global id
    (``am-mod/am-2012-06-05``), or by its claim id alone where only one source of the case has it. Unknown ids raise
    `ReconcileError` naming the close ids (an id in other letter case first); a claim id several sources have,
    naming those sources.
    """
    # cluster imports this module; importing it here, at call time, keeps the stages' order block <- match <- cluster
    # for everything but this report.
    from reconcile import cluster

    claim_a, claim_b = _lookup(case, a), _lookup(case, b)
    if claim_a.global_id == claim_b.global_id:
        twice = f"got {a!r} twice" if a == b else f"{a!r} and {b!r} both name {claim_a.global_id}"
        raise ReconcileError(f"explain needs two different claims, {twice}")
    config = config or MatchConfig()
    result = cluster.run(case, config=config, gazetteer=gazetteer)
    scorer = result.scorer
    pair = scorer.score(scorer.index[claim_a.global_id], scorer.index[claim_b.global_id])
    width = max(len(c.feature) for c in pair.contributions)
    lines = [f"{pair.a}  <->  {pair.b}"]
    lines += [f"  {c.feature:<{width}}  {c.weight:+7.2f}  {c.detail}" for c in pair.contributions]
    verdict = "at or above" if pair.total >= config.match_threshold else "below"
    lines.append(f"  {'total':<{width}}  {pair.total:+7.2f}  {verdict} the threshold {config.match_threshold:+.2f}")
    lines.append(result.verdict(pair.a, pair.b))
    return "\n".join(lines)
