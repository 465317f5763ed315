"""Independence: whose word each claim is, who passes on whose word, who concedes what against its own side, and
how many independent origins assert an event.

Pure: functions of their arguments only. The merge stage calls `assess` once per event; ``docs/independence.md``
states every rule with its reason. In short:

- **Origin.** A claim's origin is the source it ``relays`` when that is a source of the case, else its own source;
  a relayed name that is no source of the case is an origin of its own (``relayed: <name>``), shared by every
  claim that relays the same name (`relayed_key`). Which source of the case a relay names where it gives no
  source's id or name as written (a part of the name, an acronym) is `Alignment.relayed_source`'s, which the loader
  and the notes ask. A `Speaker` is an origin with its kind and the alignment components (`sides`)
  it speaks for or with: a relayed party (by id, name or alias) speaks for that party, whoever passes it on; any
  other relayed name is of unknown provenance, never a monitor's own count.
- **Independent origins** (`origin_groups`). The origins of an event's asserting claims that still count are joined
  when (1) they speak for the same or aligned parties; (2) one is a source that speaks in the event only by relaying
  the other (so a relay of a relay counts as the original); (3) a claim of one is a probable relay of a claim of the
  other. Each group left is one independent witness. Joining never adds a group, so adding a claim that relays a
  source already asserting in the event never raises the count.
- **Relay chains** (`relay_chains`): from a relaying claim's source to its origin, following a relayed source that
  itself speaks in the event only by relaying one other source.
- **Probable relays** (`probable_relays`): a claim without ``relays`` that nearly repeats an earlier claim of
  another origin — quote similarity at least the threshold (`quote_similarity`), the same stance, no figure that
  differs, stated at most a few days later, and not between opposing sides — is flagged, with the evidence.
  Advisory: it is never treated as independent of the claim it repeats, unless the user has checked it as first-hand.
- **Admissions against interest** (`admissions`): a claim whose origin concedes losses of its own side's soldiers
  (any measure, at least one), or asserts that its own side caused civilian casualties (its own side as the
  initiator, civilians of any party harmed; a denial's initiator concedes nothing). An admission that a claim of an
  opposing side also asserts (``alleged_by``) concedes a fact that harms the conceding party: it confirms the event.
- **Claims of responsibility** (`responsibilities`): a claim whose origin says its own side started it. It is strong
  evidence of who attacked, but no concession: a side claiming an attack or announcing its own operation speaks in
  its own interest, so it never confirms an event by itself.
- **One statement relayed counts once**, everywhere: in the independent origins, in the admissions and their
  allegations, in the claims of responsibility, and in the witnesses of a figure (`witness_groups`).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Final, NamedTuple, TypeVar

import attrs
from rapidfuzz import fuzz, utils
from rapidfuzz.distance import LCSseq

from reconcile.errors import NormalizeError
from reconcile.models import (
    UNKNOWN,
    Admission,
    Casualties,
    Claim,
    Count,
    OriginGroup,
    Party,
    ProbableRelay,
    Relay,
    Source,
)
from reconcile.normalize import PartyResolver, _name_words, _party_key, format_count

__all__ = [
    "DEFAULT_RELAY_DAYS",
    "DEFAULT_RELAY_SIMILARITY",
    "Alignment",
    "Assessment",
    "RelayedSource",
    "Responsibility",
    "Said",
    "Speaker",
    "admissions",
    "alignment_components",
    "assess",
    "cleared_party",
    "contradicts_denial",
    "origin_groups",
    "own_side_initiator",
    "probable_relays",
    "quote_similarity",
    "relay_chains",
    "relayed_key",
    "representative",
    "responsibilities",
    "witness_groups",
]

#: A quote at least this similar (0 to 100) to an earlier one of another origin may be a relay.
DEFAULT_RELAY_SIMILARITY: Final = 85.0
#: ... when it was stated at most this many days after it.
DEFAULT_RELAY_DAYS: Final = 3
#: Quotes shorter than this many words are compared whole; longer ones may also be found inside a longer quote.
_PARTIAL_MIN_WORDS: Final = 8
#: Who more likely speaks first when two near-identical claims are stated on the same day.
_FIRST_SPEAKER: Final = {"belligerent": 0, "monitor": 1, "analyst": 2, "media": 3}
_RELAYED: Final = "relayed: "


def alignment_components(parties: Iterable[Party]) -> dict[str, str]:
    """Party id -> the id that names its alignment component (`representative`); alignment is symmetric and, for
    safety, transitive. Every party of the case and every id named in an ``aligned_with`` is a key."""
    parent: dict[str, str] = {}
    # Who names whom in ``aligned_with`` (self-alignment aside), each edge once, whatever the order or repeats.
    names: dict[str, set[str]] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for party in sorted(parties, key=lambda p: p.id):
        find(party.id)
        named = names.setdefault(party.id, set())
        for other in party.aligned_with:
            if other != party.id:
                named.add(other)
            a, b = find(party.id), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    members: dict[str, list[str]] = {}
    for p in parent:
        members.setdefault(find(p), []).append(p)
    head = {root: group[0] if len(group) == 1 else representative(group, names) for root, group in members.items()}
    return {p: head[find(p)] for p in parent}


def representative(members: Collection[str], names: Mapping[str, Collection[str]]) -> str:
    """The party that names an alignment component (``members``; ``names``: party -> the parties its
    ``aligned_with`` names): the one the others align with, as a reader names the side of a war.

    In order: the member the most other members name in their ``aligned_with`` (South Ossetia and Abkhazia aligned
    with Russia: Russia, even where Russia lists them back); then the one the most members align with directly or
    through an ally they align with (a militia aligned with a breakaway region aligned with a state: the state);
    then the one that itself names the fewest members (the patron rather than a client that lists it back); then
    the smallest id. A function of the component alone: the order of the parties and of their ``aligned_with``
    lists does not matter. Which claims share a side never depends on it: it only names the side.
    """
    inside = set(members)
    named_by: dict[str, int] = dict.fromkeys(inside, 0)
    reached_by: dict[str, int] = dict.fromkeys(inside, 0)
    naming: dict[str, int] = {}
    for start in inside:
        direct = {p for p in names.get(start, ()) if p in inside and p != start}
        naming[start] = len(direct)
        for p in direct:
            named_by[p] += 1
        seen = {start, *direct}
        todo = list(direct)
        while todo:
            for nxt in names.get(todo.pop(), ()):
                if nxt in inside and nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        for p in seen - {start}:
            reached_by[p] += 1
    return min(inside, key=lambda p: (-named_by[p], -reached_by[p], naming[p], p))


@attrs.frozen
class Speaker:
    """Whose word a claim is: the origin id, its kind and the alignment components it speaks for or with."""

    origin: str
    kind: str
    sides: frozenset[str]


class Said(NamedTuple):
    """A claim with its global id and speaker, worked out once (`Alignment.said`; merge, once per case): every rule
    asks for both again and again, and ``Claim.global_id`` builds a new string on each call."""

    gid: str
    claim: Claim
    speaker: Speaker


class Alignment:
    """Look-ups over a case's parties and sources: alignment components, speakers, names. Built once per case."""

    def __init__(self, parties: Iterable[Party], sources: Iterable[Source]) -> None:
        self.sources: dict[str, Source] = {s.id: s for s in sorted(sources, key=lambda s: s.id)}
        self.parties: dict[str, Party] = {p.id: p for p in sorted(parties, key=lambda p: p.id)}
        self.component = alignment_components(self.parties.values())
        # A claim's speaker depends only on its source and what it relays; merge asks for it several times per claim.
        self._speakers: dict[tuple[str, str | None], Speaker] = {}
        # ... and so does its name (`who`), in every conflict and admission sentence.
        self._who: dict[tuple[str, str | None], str] = {}
        # Party names for relayed names that are no source (`relayed_party`), built when a claim first needs it.
        self._resolver: PartyResolver | None = None
        # The names of the sources as words, and look-ups over them (`relayed_source`), built when first needed.
        self._forms: dict[str, tuple[_Form, ...]] | None = None
        self._compact_ids: dict[str, set[str]] = {}
        self._compact_names: dict[str, dict[str, frozenset[str]]] = {}  # -> source -> the parties its name names
        self._by_party: dict[str, set[str]] = {}  # the sources with a name that names a party, or speak for it
        self._by_word: dict[str, set[str]] = {}
        self._word_parties: dict[str, str | None] = {}

    def side(self, party: str) -> str:
        """The alignment component of a party, named by its representative (`representative`: the party the others
        align with); an unknown party is its own."""
        return self.component.get(party, party)

    def sides(self, source: Source | None) -> frozenset[str]:
        """The components a source speaks for (``speaks_for``) or with (``aligned_with``)."""
        if source is None:
            return frozenset()
        parties = (source.speaks_for,) if source.speaks_for else ()
        return frozenset(self.side(p) for p in (*parties, *source.aligned_with))

    def speaker(self, claim: Claim) -> Speaker:
        """The origin of a claim: the relayed source where it is a source of the case, else the claim's source.

        A relay of a name that is no source of the case is that name's word (two relays of one name are one origin):

        - a name of a party of the case (id, name or alias): a belligerent speaking for that party;
        - any other name: unknown provenance, with the relaying source's alignment and kind, except that a monitor's
          relay counts as media (a monitor's rank is for what it counts itself, not for what it passes on).
        """
        key = (claim.source, claim.relays)
        found = self._speakers.get(key)
        if found is None:
            found = self._speakers[key] = self._speaker(claim)
        return found

    def said(self, claims: Iterable[Claim]) -> list[Said]:
        """The distinct claims (the last given of each global id), sorted by global id, with their speakers."""
        unique = {c.global_id: c for c in claims}
        return [Said(gid, unique[gid], self.speaker(unique[gid])) for gid in sorted(unique)]

    def _speaker(self, claim: Claim) -> Speaker:
        own = self.sources.get(claim.source)
        if claim.relays and claim.relays in self.sources:
            origin = self.sources[claim.relays]
            return Speaker(origin.id, origin.kind, self.sides(origin))
        kind = own.kind if own else "media"
        if claim.relays:
            relayed = _RELAYED + relayed_key(claim.relays)
            party = self.relayed_party(claim.relays)
            if party is not None:
                # A party's word passed on ("JNIM claimed ...") is that party's claim, as if its own source spoke.
                return Speaker(relayed, "belligerent", frozenset({self.side(party)}))
            # A speaker named by its party ("porte-parole des FARDC", "Armenian MoD spokesman") speaks for that
            # party's side, so it is never an independent witness beside the party's own word; what kind of speaker
            # it is ("spokesman", "media") the name does not tell reliably, so it ranks as the relaying source.
            # Otherwise whose word it is, is unknown: the relaying source's alignment is all that is known. Either
            # way a monitor passing on another voice has not counted anything itself.
            named = self.party_named_in(claim.relays)
            sides = frozenset({self.side(named)}) if named is not None else self.sides(own)
            return Speaker(relayed, "media" if kind == "monitor" else kind, sides)
        return Speaker(claim.source, kind, self.sides(own))

    def relayed_party(self, name: str) -> str | None:
        """The party a relayed name that is no source of the case names (its id, name or alias, as the loader
        reads an ``initiator``), or ``None``."""
        if self._resolver is None:
            try:
                self._resolver = PartyResolver(self.parties.values())
            except NormalizeError:
                # Parties that share a name (hand-built; the loader rejects them) name no party unambiguously.
                self._resolver = PartyResolver(())
        try:
            party = self._resolver.resolve(name)
        except NormalizeError:
            return None
        return None if party == UNKNOWN else party

    def relayed_source(self, written: str, relaying: str | None = None) -> RelayedSource:
        """The source of the case a ``relays`` value names that is no source's id or name as written (the loader
        links those), by ``relaying``'s claim: see `RelayedSource`.

        The value's words (compared as party names are: letter case, diacritics, dashes and spacing aside) must each
        be a word of a name of the source (its name, or a part of it: `_NAME_PARTS`, such as the Arabic name before
        " - NNA"), an acronym of some of its words ("MoD", "SMM" in "OSCE SMM"), the initials of some of the value's
        words where the name gives them ("National News Agency" for "NNA"), a name of the same party ("Armenian"
        for "Armenia"), or a word such as "of" that may be left out; or the whole value is the source's id in
        another letter case or spacing. A value that names a party of the case as a whole is that party's word
        (`relayed_party`), unless it is the whole name of the one source that speaks for that party ("IDF").

        It names a source certainly where it names that source alone, by all the words of a name or by two of them
        or an acronym, and says whose it is where the name does ("MoD" leaves out "of Armenia"), or is passed on by
        a source of that side; else the sources it may name are candidates. So a value that holds a word no name of
        a source has ("Ministry of Defence of Armenia" beside the Azerbaijani ministry) names no source, and one
        that two sources' names hold as well ("MoD" beside both ministries) names neither. Words more than
        `_MOST_CANDIDATES` sources' names have name one only as its whole name."""
        words = _name_words(_party_key(written))
        if not words:
            return RelayedSource(None)
        party = self.relayed_party(written)
        forms = self._source_forms()
        compact = "".join(words)
        # source -> (whole, strong, the name's words left out, the parties the name named so names)
        found: dict[str, tuple[bool, bool, tuple[str, ...], frozenset[str]]] = {}
        by_id = self._compact_ids.get(compact, set())
        if len(by_id) == 1:  # the id spaced or written otherwise ("AM MOD" for am-mod) names its source whatever
            return RelayedSource(next(iter(by_id)))
        for source_id, named in sorted(self._compact_names.get(compact, {}).items()):
            found[source_id] = (True, True, (), named)
        relay = tuple((word, self._word_party(word)) for word in words) if len(words) <= _MOST_RELAY_WORDS else ()
        candidates = self._candidate_sources(relay) if relay else set()
        if len(candidates) > _MOST_CANDIDATES:
            candidates = set()  # words many names have ("ministry"): only a whole name (above) names one
        initials = {(start, end): _initials([w for w, _ in relay[start:end]])
                    for start in range(len(relay)) for end in range(start + 2, len(relay) + 1)} if candidates else {}
        for source_id in sorted(candidates):
            if source_id in found:
                continue
            source = self.sources[source_id]
            best: tuple[_Cover, _Form] | None = None
            for form in forms[source_id]:
                cover = _cover(relay, initials, form, source.speaks_for)
                if cover is not None and (best is None or (len(cover.left_out), -cover.covered)
                                          < (len(best[0].left_out), -best[0].covered)):
                    best = (cover, form)
            if best is not None:
                cover, form = best
                found[source_id] = (not cover.left_out, cover.covered >= 2, cover.left_out,
                                    frozenset(filter(None, form.parties)))
        if party is not None:
            # A party's name is that party's word, or that of the one source that speaks for it by that name
            # ("IDF", both the army's source and an alias of Israel).
            found = {source_id: match for source_id, match in found.items()
                     if match[0] and self.sources[source_id].speaks_for == party}
            if len(found) != 1:
                return RelayedSource(None)
        if not found:
            return RelayedSource(None)
        wholes = [source_id for source_id, (whole, *_) in found.items() if whole]
        pool = sorted(wholes or found)
        if len(pool) == 1:
            (source_id,) = pool
            whole, strong, left_out, named = found[source_id]
            if (whole or strong) and self._says_whose(source_id, named, relay, relaying):
                return RelayedSource(source_id)
            return RelayedSource(None, (source_id,), " ".join(left_out))
        return RelayedSource(None, tuple(pool))

    def _says_whose(self, source_id: str, named: Collection[str], relay: Sequence[tuple[str, str | None]],
                    relaying: str | None) -> bool:
        """Whether a relay that names ``source_id`` by a name that names the parties ``named`` says whose it is:
        where that name names a party of the source's side ("Ministry of Defence of Armenia"), the relay names one
        too ("Armenian MoD", not "MoD"), or the relaying source speaks for or with that side (the Armenian
        ministry's "MoD" passed on by Armenian media). A part of a name that names no party ("Генштаб ЗСУ" of
        "Генштаб ЗСУ / General Staff of the Armed Forces of Ukraine") says as much as the source's name does."""
        sides = self.sides(self.sources[source_id])
        whose = {self.side(party) for party in named} & sides
        if not whose or whose & {self.side(party) for _, party in relay if party}:
            return True
        return bool(sides) and relaying is not None and sides <= self.sides(self.sources.get(relaying))

    def _source_forms(self) -> dict[str, tuple[_Form, ...]]:
        """The names of each source as words (`_Form`): its name and each part of it (`_NAME_PARTS`) that is no
        party's name; built with the look-ups of `_candidate_sources` when a relay first needs them."""
        if self._forms is None:
            self._forms = {}
            self._compact_ids = {}
            self._compact_names = {}
            self._by_party = {}
            self._by_word = {}
            for source in self.sources.values():
                self._compact_ids.setdefault("".join(_name_words(_party_key(source.id))), set()).add(source.id)
                if source.speaks_for:
                    self._by_party.setdefault(source.speaks_for, set()).add(source.id)
                forms: list[_Form] = []
                texts = [source.name, *(_NAME_PARTS.split(source.name) if _NAME_PARTS.search(source.name) else ())]
                for text in dict.fromkeys(texts):
                    words = tuple(_name_words(_party_key(text)))
                    if not words or (text is not source.name and self.relayed_party(text) is not None):
                        continue
                    parties = tuple(map(self._word_party, words)) if len(words) <= _MOST_NAME_WORDS else ()
                    self._compact_names.setdefault("".join(words), {})[source.id] = frozenset(filter(None, parties))
                    if len(words) > _MOST_NAME_WORDS:
                        continue
                    form = _Form(words, parties, _acronyms(words))
                    forms.append(form)
                    for key in itertools.chain((w for w in words if w not in _LINK_WORDS), form.acronyms):
                        self._by_word.setdefault(key, set()).add(source.id)
                    for named in filter(None, form.parties):
                        self._by_party.setdefault(named, set()).add(source.id)
                self._forms[source.id] = tuple(forms)
        return self._forms

    def _candidate_sources(self, relay: Sequence[tuple[str, str | None]]) -> set[str]:
        """The sources a relay of the words ``relay`` (each with the party it names) may name: those that have, for
        each of its words but those such as "of", a name with that word or an acronym that is that word, a word of
        the same party (or that speak for it), or a word that is the initials of a run of words it is in."""
        each: list[set[str]] = []
        for k, (word, party) in enumerate(relay):
            if word in _LINK_WORDS:
                continue
            parts = [self._by_word.get(word, set()), self._by_party.get(party, set()) if party else set()]
            for start in range(max(0, k - _ACRONYM_WORDS + 1), k + 1):
                for end in range(max(start + 2, k + 1), min(len(relay), start + _ACRONYM_WORDS) + 1):
                    parts.extend(self._by_word.get(initials, set())
                                 for initials in _initials([w for w, _ in relay[start:end]]))
            parts = [part for part in parts if part]
            if not parts:
                return set()
            each.append(parts[0] if len(parts) == 1 else set().union(*parts))
        each.sort(key=len)  # the sets are the look-ups' own where a word has one: intersected, never changed
        return set(each[0]).intersection(*each[1:]) if each else set()

    def _word_party(self, word: str) -> str | None:
        """The party one word names by its name or alias, or in a case form (`PartyResolver.named_in`), else
        ``None``: "armenian", "армении"."""
        found = self._word_parties.get(word, "")
        if found == "":
            found = self.relayed_party(word)
            if found is None and self._resolver is not None:
                named = self._resolver.named_in(word)
                found = next(iter(named)) if len(named) == 1 else None
            self._word_parties[word] = found
        return found

    def party_named_in(self, name: str) -> str | None:
        """The one party whose name or alias a relayed name holds among other words ("porte-parole des FARDC",
        "Armenian MoD spokesman"), or ``None`` (none, or two: "Armenian and Azerbaijani officials")."""
        if self.relayed_party(name) is None and self._resolver is not None:
            named = self._resolver.named_in(name)
            if len(named) == 1:
                return next(iter(named))
        return None

    def source_name(self, source_id: str) -> str:
        source = self.sources.get(source_id)
        return source.name if source else source_id

    def party_name(self, party: str) -> str:
        """A party's name in a sentence; ``unknown`` (casualties of a party nobody named) is "an unknown party"."""
        if party == UNKNOWN:
            return "an unknown party"
        found = self.parties.get(party)
        return found.name if found else party

    def relayed_name(self, relays: str) -> str:
        """The name of whom a claim relays: a source of the case by its name, a party written as its id by the
        party's name (``houthis`` is "Ansar Allah (Houthis)"), any other name as written."""
        if relays in self.sources:
            return self.source_name(relays)
        party = self.parties.get(relays)
        return party.name if party is not None else relays

    def who(self, claim: Claim) -> str:
        """The name of who says it, with the relayed source (or party) where there is one."""
        key = (claim.source, claim.relays)
        found = self._who.get(key)
        if found is None:
            name = self.source_name(claim.source)
            found = self._who[key] = f"{name} (relaying {self.relayed_name(claim.relays)})" if claim.relays else name
        return found


def _relays(claim: Claim) -> bool:
    """Whether a claim passes on someone else's word (a relay of its own source is its own word)."""
    return bool(claim.relays) and claim.relays != claim.source


def _opposed(a: Speaker, b: Speaker) -> bool:
    """Both speak for a side, and for no side in common."""
    return bool(a.sides) and bool(b.sides) and a.sides.isdisjoint(b.sides)


# --------------------------------------------------------------------------------------------------------------
# Probable relays
# --------------------------------------------------------------------------------------------------------------


def quote_similarity(a: str, b: str) -> float:
    """How nearly two quotes repeat each other, from 0 to 100 (rapidfuzz, after lower-casing and removing punctuation).

    The whole-string similarity (``fuzz.ratio``); when both quotes have at least eight words, also the best match of
    the shorter inside the longer (``fuzz.partial_ratio``), so that an outlet that wraps a ministry's sentence in
    its own words is found. Symmetric.
    """
    return _quote_similarity(a, b, 0.0)


def _cutoff(similarity: float) -> float:
    """The least quote similarity whose score, rounded to one decimal as `ProbableRelay.similarity` is, can reach
    ``similarity``: rounding moves a score by at most 0.05."""
    return max(0.0, similarity - 0.1)


def _quote_similarity(a: str, b: str, cutoff: float) -> float:
    """`quote_similarity` where it is at least ``cutoff``; below, some number below ``cutoff`` (0)."""
    return _processed_similarity(_processed(a), _processed(b), cutoff)


def _processed(quote: str) -> tuple[str, int]:
    """A quote as compared (lower case, no punctuation) and its number of words."""
    text = utils.default_process(quote)
    return text, len(text.split())


def _processed_similarity(a: tuple[str, int], b: tuple[str, int], cutoff: float) -> float:
    """`_quote_similarity` of two `_processed` quotes (each claim's quote is processed once per event).

    rapidfuzz stops early under a cutoff: most pairs of quotes that get this far are not relays, and the partial
    match of long quotes is the costly part.
    """
    (x, x_words), (y, y_words) = sorted((a, b))
    if not x or not y:
        return 0.0
    score = float(fuzz.ratio(x, y, score_cutoff=cutoff))
    if min(x_words, y_words) >= _PARTIAL_MIN_WORDS and _partial_may_reach(x, y, max(cutoff, score)):
        # Only a partial match above the whole-string one changes the score.
        score = max(score, float(fuzz.partial_ratio(x, y, score_cutoff=max(cutoff, score))))
    return score


def _partial_may_reach(x: str, y: str, cutoff: float) -> bool:
    """Whether ``fuzz.partial_ratio(x, y)`` can reach ``cutoff``, from bounds far cheaper than it.

    The partial match is the best ratio ``200 L / (s + w)`` of the shorter quote (``s`` characters) to a window of
    ``w`` characters of the longer, ``L`` their longest common subsequence. ``L`` is at most the longest common
    subsequence of the two whole quotes (``l``), and at most ``w``; so the ratio is at most ``200 l / (s + l)``. Two
    fifths of the long pairs of a large case are ruled out this way (the margin covers rounding).

    Where the quotes differ in length, rapidfuzz's windows are of ``s`` characters (ratio at most ``100 l / s``) but
    those at the ends of the longer: its first or last ``w < s`` characters, whose common subsequence with the
    shorter quote is at most that of its first or last ``s`` (``p``, ``q``); so at most ``200 p / (s + p)`` or
    ``200 q / (s + q)``. That rules out half of the long pairs left (tests/test_independence_speed.py).
    """
    shorter, longer = (x, y) if len(x) <= len(y) else (y, x)
    size = len(shorter)
    common = LCSseq.similarity(shorter, longer)
    if 200.0 * common / (size + common) + 1e-6 < cutoff:
        return False
    if len(longer) == size or 100.0 * common / size + 1e-6 >= cutoff:
        return True
    return any(200.0 * end / (size + end) + 1e-6 >= cutoff
               for end in (LCSseq.similarity(shorter, longer[:size]), LCSseq.similarity(shorter, longer[-size:])))


_FigureKey = tuple[str, str, str]


def _measures(casualties: Casualties) -> tuple[tuple[str, Count | None], ...]:
    """Every measure of `MEASURES` with the count given or ``None``: `Casualties.measures` without its ``None`` filter,
    for loops that test each one anyway (the rules ask for the measures of every claim of every event)."""
    return (("killed", casualties.killed), ("wounded", casualties.wounded), ("captured", casualties.captured),
            ("missing", casualties.missing))


def _figures(claim: Claim) -> dict[_FigureKey, Count]:
    out: dict[_FigureKey, Count] = {}
    for c in claim.casualties:
        party, category = c.party, c.category
        for measure, count in _measures(c):
            if count is not None:
                out[(party, category, measure)] = count
    return out


def _same_figures(fa: dict[_FigureKey, Count], fb: dict[_FigureKey, Count]) -> int | None:
    """How many figures two claims share (their `_figures`), or ``None`` when a shared figure differs."""
    shared = fa.keys() & fb.keys()
    if any((fa[k].low, fa[k].high) != (fb[k].low, fb[k].high) for k in shared):
        return None
    return len(shared)


def _days(n: int) -> str:
    return "the same day" if n == 0 else f"{n} day{'s' if n != 1 else ''} later"


def probable_relays(
    claims: Sequence[Claim], alignment: Alignment, *, similarity: float = DEFAULT_RELAY_SIMILARITY,
    days: int = DEFAULT_RELAY_DAYS, first_hand: Collection[str] = (),
) -> tuple[ProbableRelay, ...]:
    """Claims that nearly repeat an earlier claim of another origin without saying so, with the evidence.

    A pair of claims of different sources and origins is a probable relay when: the same stance; no figure they
    share differs; stated at most ``days`` apart; not speaking for opposing sides (enemies do not pass on each
    other's word as their own: similar wording across the line is more likely the transcriber's); and quote
    similarity at least ``similarity``. The later claim repeats the earlier; on the same day, the belligerent or
    monitor is taken to have spoken first, then the smaller global id, unless that makes a claim that names what it
    relays the copy (then the other is). A claim that names what it relays, or whose global id is in ``first_hand``
    (checked by hand), is never flagged. Sorted by claim, then original.
    """
    return _probable_relays(alignment.said(claims), alignment, similarity, days, first_hand)


def _precedence(said: Said) -> tuple[dt.date, int, str]:
    """Who is taken to have spoken first: the earlier statement; on one day a belligerent, then a monitor ...;
    then the smaller global id."""
    return (said.claim.stated, _FIRST_SPEAKER.get(said.speaker.kind, 9), said.gid)


def _probable_relays(
    said: Sequence[Said], alignment: Alignment, similarity: float, days: int, first_hand: Collection[str]
) -> tuple[ProbableRelay, ...]:
    """`probable_relays` of distinct claims sorted by global id (`Alignment.said`)."""
    if len(said) < 2:
        return ()
    out: list[ProbableRelay] = []
    # Each claim's figures and processed quote, worked out once for all its pairs.
    figures: dict[str, dict[_FigureKey, Count]] = {}
    quotes: dict[str, tuple[str, int]] = {}
    cutoff = _cutoff(similarity)
    for a, b in itertools.combinations(said, 2):
        ca, cb, sa, sb = a.claim, b.claim, a.speaker, b.speaker
        if ca.source == cb.source or sa.origin == sb.origin or ca.stance != cb.stance \
                or (sa.sides and sb.sides and sa.sides.isdisjoint(sb.sides)):  # `_opposed`, inline
            continue
        gap = abs((cb.stated - ca.stated).days)
        if gap > days:
            continue
        fa, fb = figures.get(a.gid), figures.get(b.gid)
        if fa is None:
            fa = figures[a.gid] = _figures(ca)
        if fb is None:
            fb = figures[b.gid] = _figures(cb)
        shared = _same_figures(fa, fb)
        if shared is None:
            continue
        if gap:
            original, copy = (a, b) if ca.stated < cb.stated else (b, a)  # `_precedence` at once
        else:
            original, copy = (a, b) if _precedence(a) <= _precedence(b) else (b, a)
        if gap == 0 and _relays(copy.claim):
            # On the same day the order is a guess: a claim that names what it relays is not the copy; the other may be.
            original, copy = copy, original
        if _relays(copy.claim) or copy.gid in first_hand:
            continue
        qa, qb = quotes.get(a.gid), quotes.get(b.gid)
        if qa is None:
            qa = quotes[a.gid] = _processed(ca.quote)
        if qb is None:
            qb = quotes[b.gid] = _processed(cb.quote)
        score = round(_processed_similarity(qa, qb, cutoff), 1)
        if score < similarity:
            continue
        figures_text = {0: "no figures in common", 1: "the same figure"}.get(shared, f"the same {shared} figures")
        out.append(ProbableRelay(
            claim=copy.gid, original=original.gid, similarity=score, days=gap, figures=shared,
            summary=(f"{alignment.who(copy.claim)} nearly repeats {alignment.who(original.claim)} ({original.gid}): "
                     f"quote similarity {score:g} of 100, {figures_text}, stated {_days(gap)}. It is taken as a "
                     "probable relay, not as an independent origin."),
        ))
    return tuple(sorted(out, key=lambda p: (p.claim, p.original)))


# --------------------------------------------------------------------------------------------------------------
# Independent origins and relay chains
# --------------------------------------------------------------------------------------------------------------


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _mouthpieces(counted: Sequence[Said]) -> set[str]:
    """Sources that speak in the event only by relaying: no counted asserting claim of their own word."""
    relaying = {s.claim.source for s in counted if _relays(s.claim)}
    if not relaying:
        return relaying
    first_hand = {s.claim.source for s in counted if s.claim.stance == "asserts" and not _relays(s.claim)}
    return relaying - first_hand


def origin_groups(
    counted: Sequence[Claim], alignment: Alignment, probable: Iterable[ProbableRelay] = ()
) -> tuple[OriginGroup, ...]:
    """The independent witnesses of an event: its asserting origins, joined when they are not independent.

    ``counted`` are the event's claims that still count (not superseded). Origins of asserting claims are joined
    when they share a side (speak for or with the same or aligned parties), when one is a source that speaks in the
    event only by relaying the other (one of them, the smallest, where it relays several), and when a claim of one
    is a probable relay of a claim of the other. Groups are sorted by their origins.
    """
    return _origin_groups(alignment.said(counted), probable)


def _origin_groups(counted: Sequence[Said], probable: Iterable[ProbableRelay]) -> tuple[OriginGroup, ...]:
    """`origin_groups` of distinct claims sorted by global id (`Alignment.said`)."""
    asserting = [s for s in counted if s.claim.stance == "asserts"]
    if not asserting:
        return ()
    sides: dict[str, set[str]] = {}
    for said in asserting:
        found = sides.get(said.speaker.origin)
        if found is None:
            sides[said.speaker.origin] = set(said.speaker.sides)
        else:
            found.update(said.speaker.sides)
    if len(sides) == 1:
        # The most common event: one origin asserts it, so one group, whatever it is joined to (only asserting
        # origins make groups).
        ((origin, spoken_for),) = sides.items()
        return (OriginGroup((origin,), tuple(s.gid for s in asserting), tuple(sorted(spoken_for))),)
    # Each component's root is its smallest origin, however the unions come: no origin needs adding first.
    links = _Union()
    mouthpieces = _mouthpieces(counted)
    if mouthpieces:
        relayed: dict[str, set[str]] = {}
        for said in counted:
            if said.claim.source in mouthpieces and _relays(said.claim):
                relayed.setdefault(said.claim.source, set()).add(said.speaker.origin)
        for source, relayed_origins in relayed.items():
            # Joined to one origin only, the smallest, where it relays several: joined to each, a wire relaying the
            # army and the insurgents who attacked it made one witness of the two sides. Only its own name, as the
            # origin of a relay of it, is joined; that relay's word is one of them, so it adds no origin either.
            links.union(source, min(relayed_origins))
    if probable:
        by_id = {s.gid: s for s in counted}
        for relay in probable:
            copy, original = by_id.get(relay.claim), by_id.get(relay.original)
            if copy is not None and original is not None:
                links.union(copy.speaker.origin, original.speaker.origin)
    first_with_side: dict[str, str] = {}
    ordered = sorted(sides)
    for origin in ordered:
        # The sides in any order: the first origin with a side is the same, and so are the groups and their roots.
        for side in sides[origin]:
            if side in first_with_side:
                links.union(first_with_side[side], origin)
            else:
                first_with_side[side] = origin
    # Origins in order, so each group is met first by its smallest origin: the groups come sorted by their origins.
    members: dict[str, list[str]] = {}
    root_of: dict[str, str] = {}
    for origin in ordered:
        root = root_of[origin] = links.find(origin)
        members.setdefault(root, []).append(origin)
    claims: dict[str, list[str]] = {root: [] for root in members}
    for said in asserting:
        claims[root_of[said.speaker.origin]].append(said.gid)
    out = []
    for root, origins in members.items():
        # Most groups are one origin: its sides are the group's, with no set to build.
        spoken_for = sides[origins[0]] if len(origins) == 1 else set().union(*[sides[origin] for origin in origins])
        out.append(OriginGroup(tuple(origins), tuple(claims[root]), tuple(sorted(spoken_for))))
    return tuple(out)


def witness_groups(said: Sequence[Said], probable: Iterable[ProbableRelay] = ()) -> tuple[tuple[str, ...], ...]:
    """The origins of ``said`` joined into independent witnesses, as `origin_groups` joins an event's asserting
    origins but for any claims (a figure's values, a denial's among them): claims of one origin are one witness (a
    relay is its origin's word); origins are joined when they speak for or with the same or aligned parties, or when
    a claim of one is a probable relay of a claim of the other. Each group sorted, the groups by their first origin.
    """
    sides: dict[str, set[str]] = {}
    for s in said:
        sides.setdefault(s.speaker.origin, set()).update(s.speaker.sides)
    if len(sides) < 2:
        return tuple((origin,) for origin in sides)
    links = _Union()
    first_with_side: dict[str, str] = {}
    for origin in sorted(sides):
        links.find(origin)
        for side in sorted(sides[origin]):
            if side in first_with_side:
                links.union(first_with_side[side], origin)
            else:
                first_with_side[side] = origin
    origin_of = {s.gid: s.speaker.origin for s in said}
    for relay in probable:
        copy, original = origin_of.get(relay.claim), origin_of.get(relay.original)
        if copy is not None and original is not None:
            links.union(copy, original)
    groups: dict[str, list[str]] = {}
    for origin in sorted(sides):
        groups.setdefault(links.find(origin), []).append(origin)
    return tuple(tuple(origins) for origins in groups.values())


def relay_chains(claims: Sequence[Claim], counted: Collection[str], alignment: Alignment) -> tuple[Relay, ...]:
    """For each claim of the event that relays another's word: the chain of speakers to its origin.

    The chain goes on past a relayed source of the case when, in the event, that source speaks only by relaying
    (no counted asserting claim of its own word) and relays exactly one other source; it stops before a repeat.
    Sorted by claim.
    """
    return _relay_chains(alignment.said(claims), counted, alignment)


def _relay_chains(said: Sequence[Said], counted: Collection[str], alignment: Alignment) -> tuple[Relay, ...]:
    """`relay_chains` of distinct claims sorted by global id (`Alignment.said`)."""
    relaying = [(s, relayed) for s in said if (relayed := s.claim.relays) and _relays(s.claim)]
    if not relaying:
        return ()
    mouthpieces = _mouthpieces([s for s in said if s.gid in counted])
    targets: dict[str, set[str]] = {}
    for s, relayed in relaying:
        if s.gid in counted:
            targets.setdefault(s.claim.source, set()).add(relayed)
    out = []
    for s, relayed in relaying:
        chain = [s.claim.source, relayed]
        while chain[-1] in alignment.sources and chain[-1] in mouthpieces and len(targets[chain[-1]]) == 1:
            (step,) = targets[chain[-1]]
            if step in chain:
                break
            chain.append(step)
        out.append(Relay(claim=s.gid, chain=tuple(chain)))
    return tuple(out)


# --------------------------------------------------------------------------------------------------------------
# Admissions against interest, and claims of responsibility
# --------------------------------------------------------------------------------------------------------------


def _own_losses(claim: Claim, speaker: Speaker, alignment: Alignment) -> dict[str, list[tuple[str, Count]]]:
    """Party -> (measure, count) of its soldiers' losses, at least one, where the party is the speaker's side."""
    out: dict[str, list[tuple[str, Count]]] = {}
    component = alignment.component
    for casualties in claim.casualties:
        party = casualties.party
        if casualties.category != "soldiers" or component.get(party, party) not in speaker.sides:
            continue
        for measure, count in _measures(casualties):
            if count is not None and count.low >= 1:
                out.setdefault(party, []).append((measure, count))
    return out


def own_side_initiator(claim: Claim, speaker: Speaker, alignment: Alignment) -> str | None:
    """The initiator of an asserting claim where it is the speaker's own side or an ally, else ``None``.

    A denial's initiator is nobody's word against its own side: it is whom the source blames instead or, as coders
    often write it, the party the denial clears.
    """
    initiator = claim.initiator
    if claim.stance != "asserts" or not initiator or initiator == UNKNOWN:
        return None
    return initiator if alignment.component.get(initiator, initiator) in speaker.sides else None


def cleared_party(claim: Claim, speaker: Speaker, alignment: Alignment) -> str | None:
    """The initiator of a denial where it is the speaker's own side or an ally, the party the denial clears, else
    ``None``.

    Such a denial ("the Islamic Resistance has no connection to the incident", ``initiator: hezbollah`` in
    Hezbollah's words; "our army did not shell the resort", ``initiator: turkey`` in the Turkish defence ministry's)
    denies who did it, not that the incident happened: it disputes the claims that blame its side, and its figures,
    but it is no denial of the incident (docs/merge-rules.md, "What a denial denies"). A denial naming another side
    blames that side instead, and one naming nobody (or ``unknown``) denies the incident.
    """
    initiator = claim.initiator
    if claim.stance != "denies" or not initiator or initiator == UNKNOWN:
        return None
    return initiator if alignment.component.get(initiator, initiator) in speaker.sides else None


def contradicts_denial(claim: Claim, denial: Claim, alignment: Alignment) -> bool:
    """Whether ``claim`` asserts what ``denial`` denies: the incident, where the denial denies the incident; that
    the party it clears did it (a party of that side named as the initiator), where the denial clears its own side
    (`cleared_party`). The Turkish defence ministry's "our army did not shell the resort" is not taken back by its
    own later "the PKK did it", nor by a report of the dead that names nobody; "our artillery hit it" would take it
    back. Who says it, and when, is the caller's to check."""
    if claim.stance != "asserts":
        return False
    cleared = cleared_party(denial, alignment.speaker(denial), alignment)
    if cleared is None:
        return True
    initiator = claim.initiator
    return bool(initiator) and initiator != UNKNOWN and alignment.side(str(initiator)) == alignment.side(cleared)


def _civilian_harm(claim: Claim, speaker: Speaker, alignment: Alignment) -> dict[str, list[tuple[str, Count]]]:
    """Party -> (measure, count) of its civilians, at least one, where the claim says its own side did it (any
    party's civilians: the speaker's own, the enemy's, or a party that stands for the civilian population)."""
    if not claim.casualties or own_side_initiator(claim, speaker, alignment) is None:
        return {}
    out: dict[str, list[tuple[str, Count]]] = {}
    for casualties in claim.casualties:
        if casualties.category != "civilians":
            continue
        for measure, count in _measures(casualties):
            if count is not None and count.low >= 1:
                out.setdefault(casualties.party, []).append((measure, count))
    return out


def _alleges_losses(claim: Claim, side: str, measures: Collection[str], alignment: Alignment) -> bool:
    """Whether ``claim`` gives losses of ``side``'s soldiers (or people of unknown category), at least one, in one of
    ``measures``. Loops, not nested generators: asked for every opponent of every admission."""
    component = alignment.component
    for c in claim.casualties:
        if c.category in ("soldiers", "unknown") and component.get(c.party, c.party) == side:
            for m, count in _measures(c):
                if count is not None and m in measures and count.low >= 1:
                    return True
    return False


def _alleges_harm(claim: Claim, by: str, party: str, measures: Collection[str], alignment: Alignment) -> bool:
    """Whether ``claim`` names side ``by`` as the initiator and gives civilians of ``party``'s side harmed (at least
    one) in one of ``measures``."""
    component = alignment.component
    initiator = claim.initiator
    if not initiator or initiator == UNKNOWN or component.get(initiator, initiator) != by:
        return False
    side = component.get(party, party)
    return any(
        component.get(c.party, c.party) == side and c.category == "civilians"
        and any(m in measures and count is not None and count.low >= 1 for m, count in _measures(c))
        for c in claim.casualties
    )


def _too(alignment: Alignment, claims: Sequence[Claim], what: str = "so") -> str:
    """`` X and Y, on the opposing side, say so too.``"""
    names = list(dict.fromkeys(alignment.who(c) for c in claims))
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f" {listed}, on the opposing side, {'says' if len(names) == 1 else 'say'} {what} too."


def _spoken_once(said: Sequence[Said]) -> list[Said]:
    """One statement relayed counts once: of the claims of one origin, its own words, or where it has none here, the
    first relay of it (by statement date, then global id). In the order given."""
    if not any(_relays(s.claim) for s in said):
        return list(said)
    own = {s.speaker.origin for s in said if not _relays(s.claim)}
    first: dict[str, Said] = {}
    for s in said:
        if _relays(s.claim) and s.speaker.origin not in own:
            found = first.get(s.speaker.origin)
            if found is None or (s.claim.stated, s.gid) < (found.claim.stated, found.gid):
                first[s.speaker.origin] = s
    kept = {s.gid for s in first.values()}
    return [s for s in said if not _relays(s.claim) or s.gid in kept]


class _Opponents:
    """The counted asserting claims that can allege something against a side, with the group of their origin."""

    def __init__(self, said: Sequence[Said], counted: Collection[str], groups: Sequence[OriginGroup]) -> None:
        self.group_of = {origin: index for index, group in enumerate(groups) for origin in group.origins}
        live = [s for s in said if s.gid in counted and s.claim.stance == "asserts"]
        self.live = {s.gid for s in live}
        self.accusers = [(s, self.group_of.get(s.speaker.origin, -2)) for s in live if s.speaker.sides]

    def of(self, speaker: Speaker, side: str) -> list[Said]:
        """Claims of a speaker for another side than ``side``, outside ``speaker``'s origin group."""
        own = self.group_of.get(speaker.origin, -1)
        return [s for s, group in self.accusers if side not in s.speaker.sides and group != own]


def admissions(
    claims: Sequence[Claim], counted: Collection[str], alignment: Alignment, groups: Sequence[OriginGroup] = ()
) -> tuple[Admission, ...]:
    """Every claim of the event that concedes casualties against its own side, and who on the other side says so.

    Both are of kind ``losses``, one admission per claim and party:

    - **its own soldiers' losses**: the claim's origin speaks for or with a side, and the claim gives losses
      (killed, wounded, captured or missing; at least one) of that side's soldiers. Civilians and the ``unknown``
      category of its own side are left out: a side's own civilian victims of the enemy are rarely against its
      interest, and ``unknown`` may be civilians;
    - **civilians its own side harmed**: the claim asserts, names its own side (or an ally) as the one that started
      it, and gives civilians of any party harmed (at least one): it concedes that its side caused them. A denial's
      initiator concedes nothing (`own_side_initiator`).

    A side naming itself as the one that started it concedes nothing by that alone: it claims responsibility
    (`responsibilities`), which is often a boast.

    ``counted`` is the set of global ids that still count; an admission is ``counted`` when its claim counts and
    asserts. For a counted admission, ``alleged_by`` lists the counted asserting claims of an opposing side (a
    speaker for a side, not the conceding one) outside the conceding origin's group (``groups``) that assert the
    same fact: losses of that side's soldiers (or people of unknown category) in one of the same measures, or
    civilians of the same party harmed by the conceding side in one of the same measures.

    One statement relayed counts once: a relay's admission is left out where its origin concedes the same in a claim
    of its own (that counts, where the relay counts), and of several relays of one origin only the first is kept;
    likewise in ``alleged_by``. Sorted by claim, kind and party.
    """
    return _admissions(alignment.said(claims), counted, alignment, groups)


def _admissions(
    said: Sequence[Said], counted: Collection[str], alignment: Alignment, groups: Sequence[OriginGroup]
) -> tuple[Admission, ...]:
    """`admissions` of distinct claims sorted by global id (`Alignment.said`)."""
    component = alignment.component
    sided = [s for s in said if s.speaker.sides and s.claim.casualties]
    if not sided:
        return ()  # only a speaker for a side concedes anything, and only in figures
    # Who can allege an admission is only asked for where a counted claim concedes something (`_Opponents.live`).
    opponents: _Opponents | None = None
    out: list[Admission] = []
    for gid, claim, speaker in sided:
        losses = _own_losses(claim, speaker, alignment)
        harm = _civilian_harm(claim, speaker, alignment) if claim.stance == "asserts" else {}
        if not losses and not harm:
            continue
        counts = claim.stance == "asserts" and gid in counted
        if counts and opponents is None:
            opponents = _Opponents(said, counted, groups)
        for party in sorted(losses.keys() | harm.keys()) if harm else sorted(losses):
            alleged: list[Said] = []
            sentences: list[str] = []
            if party in losses:
                measures = {m for m, _ in losses[party]}
                side = component.get(party, party)
                if opponents is not None and counts:
                    alleged += [s for s in opponents.of(speaker, side)
                                if _alleges_losses(s.claim, side, measures, alignment)]
                listed = ", ".join(f"{format_count(count)} {measure}" for measure, count in losses[party])
                sentences.append(f"{alignment.who(claim)} concedes losses of its own side: soldiers of "
                                 f"{alignment.party_name(party)}, {listed}.")
            if party in harm:
                initiator = claim.initiator or ""
                by = component.get(initiator, initiator)
                measures = {m for m, _ in harm[party]}
                if opponents is not None and counts:
                    alleged += [s for s in opponents.of(speaker, by)
                                if _alleges_harm(s.claim, by, party, measures, alignment)]
                listed = ", ".join(f"{format_count(count)} {measure}" for measure, count in harm[party])
                sentences.append(f"{alignment.who(claim)} concedes that its own side "
                                 f"({alignment.party_name(initiator)}) caused civilian casualties: civilians of "
                                 f"{alignment.party_name(party)}, {listed}.")
            if len(alleged) > 1:  # one claim alone is distinct and spoken once
                alleged = _spoken_once(sorted({s.gid: s for s in alleged}.values(), key=lambda s: s.gid))
            if alleged:
                sentences[-1] += _too(alignment, [s.claim for s in alleged])
            out.append(Admission(gid, speaker.origin, "losses", party, counts, tuple(s.gid for s in alleged),
                                 " ".join(sentences)))
    if out:
        out = _conceded_once(out, {s.gid: s for s in sided})
    if len(out) > 1:
        out.sort(key=lambda a: (a.claim, a.kind, a.party))
    return tuple(out)


@attrs.frozen
class Responsibility:
    """A claim in which a side says that its own side (or an ally) started it: a claim of responsibility.

    Not an admission against interest: armed groups claim attacks for credit, and governments announce their own
    operations. ``party`` is the initiator it names; ``counted`` is True when the claim still counts (it asserts by
    definition); ``alleged_by`` lists the counted asserting claims of an opposing side, outside the claiming origin's
    group, that name the same party as the initiator (not an ally of it: the attribution conflicts tell the two
    apart): then both sides agree on who started it.
    """

    claim: str
    origin: str
    party: str
    counted: bool = True
    alleged_by: tuple[str, ...] = ()
    summary: str = ""


#: What `_conceded_once` keeps once per origin: admissions, or claims of responsibility.
_Conceded = TypeVar("_Conceded", Admission, Responsibility)


def _conceded_once(found: list[_Conceded], said: Mapping[str, Said]) -> list[_Conceded]:
    """What was conceded or claimed, one statement relayed counted once: per origin, kind and party, the origin's
    own claims, and a relay only where no claim of the origin's own says it (or none that counts where the relay
    counts); of several relays of one origin, the first (counted first, then by statement date and global id)."""
    if not any(_relays(said[item.claim].claim) for item in found):
        return found
    by_key: dict[tuple[str, str, str], list[_Conceded]] = {}
    for item in found:
        kind = item.kind if isinstance(item, Admission) else "responsibility"
        by_key.setdefault((item.origin, kind, item.party), []).append(item)
    kept: list[_Conceded] = []
    for same in by_key.values():
        own = [item for item in same if not _relays(said[item.claim].claim)]
        relayed = sorted((item for item in same if _relays(said[item.claim].claim)),
                         key=lambda item: (not item.counted, said[item.claim].claim.stated, item.claim))
        kept += own
        if relayed and not any(item.counted or not relayed[0].counted for item in own):
            kept.append(relayed[0])
    return kept


def responsibilities(
    claims: Sequence[Claim], counted: Collection[str], alignment: Alignment, groups: Sequence[OriginGroup] = ()
) -> tuple[Responsibility, ...]:
    """Every asserting claim of the event whose origin names its own side as the one that started it, and who on
    the opposing side names that side too. A claim that also gives civilians harmed is left out: naming its own side
    there concedes that its side caused them, an admission (`admissions`), not a claim of credit. One statement
    relayed counts once, as in `admissions`. Sorted by claim.
    """
    said = alignment.said(claims)
    component = alignment.component
    opponents = _Opponents(said, counted, groups)
    out: list[Responsibility] = []
    by_gid: dict[str, Said] = {}
    for s in said:
        party = own_side_initiator(s.claim, s.speaker, alignment) if s.speaker.sides else None
        if party is None or _civilian_harm(s.claim, s.speaker, alignment):
            continue
        by_gid[s.gid] = s
        side = component.get(party, party)
        counts = s.gid in opponents.live
        # The same attacker: the party itself, not an ally of it. The Azerbaijani side naming Armenia where the
        # Artsakh army claims a strike names the same side, so it is no attribution conflict (`reconcile.merge`: allies
        # are one side), but it does not say what the claim says: no "says so too".
        alleged = _spoken_once([
            o for o in opponents.of(s.speaker, side) if o.claim.initiator == party]) if counts else []
        summary = (f"{alignment.who(s.claim)} claims responsibility: it says its own side "
                   f"({alignment.party_name(party)}) started it.")
        if alleged:
            summary += _too(alignment, [o.claim for o in alleged])
        out.append(Responsibility(s.gid, s.speaker.origin, party, counts, tuple(o.gid for o in alleged), summary))
    return tuple(_conceded_once(out, by_gid))


# --------------------------------------------------------------------------------------------------------------
# One event
# --------------------------------------------------------------------------------------------------------------


@attrs.frozen
class Assessment:
    """The independence of one event's claims: its witnesses, relays, probable relays and admissions."""

    origins: tuple[OriginGroup, ...]
    relays: tuple[Relay, ...]
    probable_relays: tuple[ProbableRelay, ...]
    admissions: tuple[Admission, ...]

    @property
    def independent(self) -> int:
        """How many independent origins assert the event."""
        return len(self.origins)


def assess(
    claims: Sequence[Claim], counted: Collection[str], alignment: Alignment, *,
    similarity: float = DEFAULT_RELAY_SIMILARITY, days: int = DEFAULT_RELAY_DAYS, first_hand: Collection[str] = (),
) -> Assessment:
    """Everything above for one event: ``claims`` are all its claims, ``counted`` the global ids that still count."""
    return _assess(alignment.said(claims), counted, alignment, similarity, days, first_hand)


def _assess(
    said: Sequence[Said], counted: Collection[str], alignment: Alignment, similarity: float, days: int,
    first_hand: Collection[str],
) -> Assessment:
    """`assess` of distinct claims sorted by global id (`Alignment.said`), worked out once for the four rules."""
    live = [s for s in said if s.gid in counted]
    probable = _probable_relays(live, alignment, similarity, days, first_hand)
    groups = _origin_groups(live, probable)
    return Assessment(
        origins=groups,
        relays=_relay_chains(said, counted, alignment),
        probable_relays=probable,
        admissions=_admissions(said, counted, alignment, groups),
    )



# --------------------------------------------------------------------------------------------------------------
# Relayed names: which source of the case a relay names
# --------------------------------------------------------------------------------------------------------------

#: Words of a name that say little of whom it names ("Ministry *of* Defence", "Office *of the* High Commissioner
#: *for* Human Rights", "Ministère *de la* Défense"): an acronym gives their initial or leaves it out (MoD, OHCHR),
#: a relay may leave them out, and a part of a name without them leaves nothing out. As `_party_key` folds them.
_LINK_WORDS: Final = frozenset({
    "a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to",  # English
    "d", "de", "des", "du", "et", "l", "la", "le", "les",  # French
    "del", "el", "las", "los", "y", "da", "das", "do", "dos", "e", "di",  # Spanish, Portuguese, Italian
    "der", "die", "fur", "und",  # German
    "al",  # the Arabic article written apart (Al Jazeera, al-Arabiya)
})
#: The separators of a source's name given in two forms ("الوكالة الوطنية للإعلام - NNA", "National News Agency
#: (NNA)", "Міністерство оборони України / Ministry of Defence of Ukraine"): a dash or a bar between spaces, a slash,
#: brackets. Each part is a name of the source too.
_NAME_PARTS: Final = re.compile(r"\s[-\u2010-\u2015\u2212|]\s|[/()\[\]]")
#: An acronym is read over at most this many words of a name. Names of more words than `_MOST_NAME_WORDS`, and relays
#: of more than `_MOST_RELAY_WORDS`, are compared whole only, so that a hostile name costs no search.
_ACRONYM_WORDS: Final = 8
_MOST_NAME_WORDS: Final = 16
_MOST_RELAY_WORDS: Final = 10
#: A relay whose words more sources' names have than this (a word many names share) names one only by a whole name.
_MOST_CANDIDATES: Final = 64


@functools.lru_cache(maxsize=4096)
def relayed_key(name: str) -> str:
    """A relayed name as compared, one origin to a key: letter case, compatibility forms, the accents of Latin
    letters (``Agência``, ``Agencia``), punctuation and spacing aside (``Al-Jazeera`` is ``al jazeera``), a leading
    "the" left out, and letters written apart as one word (``A.F.P.`` is ``afp``). The marks of other scripts are
    kept (``й`` is no ``и``), so that the key reads as the name. A name of no letters or digits is itself,
    casefolded and its spaces collapsed."""
    folded = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", name).casefold())
    plain = unicodedata.normalize("NFC", "".join(
        char for k, char in enumerate(folded)
        if not (unicodedata.combining(char) and k and folded[k - 1].isascii())))
    out: list[str] = []
    spelled = False  # whether out[-1] is letters written apart, joined
    for word in _name_words(plain):
        if len(word) == 1 and spelled:
            out[-1] += word
        else:
            out.append(word)
            spelled = len(word) == 1
    if len(out) > 1 and out[0] == "the":
        out = out[1:]
    return " ".join(out) or " ".join(name.split()).casefold()


@attrs.frozen
class RelayedSource:
    """What a ``relays`` value that is no source id or name of the case names (`Alignment.relayed_source`).

    ``source``: the source of the case it certainly names, else ``None`` (a speaker outside the case).
    ``candidates``: where it is ``None``, the sources it may name, sorted: two or more that it names as well as each
    other, or one that it names only in part (a word of its name, or a name that leaves out whose it is); empty where
    it names none. ``left_out``: for one candidate named in part, the words of its name the relay leaves out."""

    source: str | None
    candidates: tuple[str, ...] = ()
    left_out: str = ""


class _Form(NamedTuple):
    """A name of a source (its name, or a part of it: `_NAME_PARTS`) as words, with the party each word names and
    the acronyms of its runs of words (`_acronyms`)."""

    words: tuple[str, ...]
    parties: tuple[str | None, ...]
    acronyms: dict[str, tuple[tuple[int, int], ...]]


class _Cover(NamedTuple):
    """How a relay's words cover a name's: the name's content words left out, and how many it covers."""

    left_out: tuple[str, ...]
    covered: int


def _initials(words: Sequence[str]) -> set[str]:
    """The acronyms of ``words``: their initials, each word's of `_LINK_WORDS` given or left out (``Ministry of
    Defence``: ``mod``, ``md``); none for one word, or for more than three link words (no search)."""
    if len(words) < 2 or sum(word in _LINK_WORDS for word in words) > 3:
        return set()
    found = {""}
    for word in words:
        found = {a + word[0] for a in found} | (found if word in _LINK_WORDS else set())
    return {a for a in found if len(a) >= 2}


def _acronyms(words: Sequence[str]) -> dict[str, tuple[tuple[int, int], ...]]:
    """Each acronym of a run of two to `_ACRONYM_WORDS` of ``words`` (`_initials`), with the runs (start, end)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for start in range(len(words)):
        for end in range(start + 2, min(len(words), start + _ACRONYM_WORDS) + 1):
            for acronym in _initials(words[start:end]):
                found.setdefault(acronym, []).append((start, end))
    return {acronym: tuple(runs) for acronym, runs in found.items()}


#: The most steps `_cover` takes on one name before it gives up on it (words that repeat make many ways to try).
_COVER_STEPS: Final = 2000


def _cover(relay: Sequence[tuple[str, str | None]], initials: Mapping[tuple[int, int], set[str]], form: _Form,
           own: str | None) -> _Cover | None:
    """How the words of a relay (each with the party it names) cover the words of ``form``, a name of a source that
    speaks for ``own`` (``initials``: of each run of the relay's words, `_initials`), leaving out as few of its
    words as can be; ``None`` where a word of the relay is none of
    the name's (`Alignment.relayed_source`). Each word of the name stands for at most one word of the relay."""
    best: _Cover | None = None
    steps = 0
    words = form.words

    def search(k: int, used: frozenset[int]) -> None:
        nonlocal best, steps
        steps += 1
        if steps > _COVER_STEPS:
            return
        if k == len(relay):
            left_out = tuple(w for i, w in enumerate(words) if i not in used and w not in _LINK_WORDS)
            covered = sum(words[i] not in _LINK_WORDS for i in used)
            if best is None or (len(left_out), -covered) < (len(best.left_out), -best.covered):
                best = _Cover(left_out, covered)
            return
        word, party = relay[k]
        if word in _LINK_WORDS:
            search(k + 1, used)  # "of" may be left out
        for i, other in enumerate(words):  # a word of the name, or a name of the same party
            if i not in used and (other == word or (party is not None and form.parties[i] == party)):
                search(k + 1, used | {i})
        for start, end in form.acronyms.get(word, ()):  # an acronym of words of the name
            if used.isdisjoint(range(start, end)):
                search(k + 1, used | frozenset(range(start, end)))
        if party is not None and party == own:  # the party the source speaks for, where its name does not say it
            search(k + 1, used)
        for end in range(k + 2, min(len(relay), k + _ACRONYM_WORDS) + 1):  # words whose initials the name gives
            given = initials[k, end]
            for i, other in enumerate(words):
                if i not in used and other in given:
                    search(end, used | {i})

    search(0, frozenset())
    return best
