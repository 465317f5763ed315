"""Independence: whose word each claim is, who passes on whose word, who concedes what against its own side, and
how many independent origins assert an event.

Pure: functions of their arguments only. The merge stage calls `assess` once per event; ``docs/independence.md``
states every rule with its reason. In short:

- **Origin.** A claim's origin is the source it ``relays`` when that is a source of the case, else its own source;
  a relayed name that is no source of the case is an origin of its own (``relayed: <name>``), shared by every
  claim that relays the same name. A `Speaker` is an origin with its kind and the alignment components (`sides`)
  it speaks for or with.
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
  (any measure, at least one), or that its own side started it. An admission that a claim of an opposing side also
  asserts (``alleged_by``) concedes a fact that harms the conceding party: it confirms the event.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Sequence
from typing import Final

import attrs
from rapidfuzz import fuzz, utils

from reconcile.models import (
    UNKNOWN,
    Admission,
    Claim,
    Count,
    OriginGroup,
    Party,
    ProbableRelay,
    Relay,
    Source,
)
from reconcile.normalize import format_count

__all__ = [
    "DEFAULT_RELAY_DAYS",
    "DEFAULT_RELAY_SIMILARITY",
    "Alignment",
    "Assessment",
    "Speaker",
    "admissions",
    "alignment_components",
    "assess",
    "origin_groups",
    "probable_relays",
    "quote_similarity",
    "relay_chains",
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
    """Party id -> the smallest id of its alignment component (alignment is symmetric and, for safety, transitive)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for party in sorted(parties, key=lambda p: p.id):
        find(party.id)
        for other in party.aligned_with:
            a, b = find(party.id), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {p: find(p) for p in parent}


@attrs.frozen
class Speaker:
    """Whose word a claim is: the origin id, its kind and the alignment components it speaks for or with."""

    origin: str
    kind: str
    sides: frozenset[str]


class Alignment:
    """Look-ups over a case's parties and sources: alignment components, speakers, names. Built once per case."""

    def __init__(self, parties: Iterable[Party], sources: Iterable[Source]) -> None:
        self.sources: dict[str, Source] = {s.id: s for s in sorted(sources, key=lambda s: s.id)}
        self.parties: dict[str, Party] = {p.id: p for p in sorted(parties, key=lambda p: p.id)}
        self.component = alignment_components(self.parties.values())
        # A claim's speaker depends only on its source and what it relays; merge asks for it several times per claim.
        self._speakers: dict[tuple[str, str | None], Speaker] = {}

    def side(self, party: str) -> str:
        """The alignment component of a party (its smallest aligned id); an unknown party is its own."""
        return self.component.get(party, party)

    def sides(self, source: Source | None) -> frozenset[str]:
        """The components a source speaks for (``speaks_for``) or with (``aligned_with``)."""
        if source is None:
            return frozenset()
        parties = (source.speaks_for,) if source.speaks_for else ()
        return frozenset(self.side(p) for p in (*parties, *source.aligned_with))

    def speaker(self, claim: Claim) -> Speaker:
        """The origin of a claim: the relayed source where it is a source of the case, else the claim's source.

        A relay of a name the case does not know is that name's word (two relays of one name are one origin), with
        the relaying source's kind and alignment (the only ones known).
        """
        key = (claim.source, claim.relays)
        found = self._speakers.get(key)
        if found is None:
            found = self._speakers[key] = self._speaker(claim)
        return found

    def _speaker(self, claim: Claim) -> Speaker:
        own = self.sources.get(claim.source)
        if claim.relays and claim.relays in self.sources:
            origin = self.sources[claim.relays]
            return Speaker(origin.id, origin.kind, self.sides(origin))
        kind = own.kind if own else "media"
        if claim.relays:
            return Speaker(_RELAYED + claim.relays.strip().casefold(), kind, self.sides(own))
        return Speaker(claim.source, kind, self.sides(own))

    def source_name(self, source_id: str) -> str:
        source = self.sources.get(source_id)
        return source.name if source else source_id

    def party_name(self, party: str) -> str:
        found = self.parties.get(party)
        return found.name if found else party

    def who(self, claim: Claim) -> str:
        """The name of who says it, with the relayed source where there is one."""
        name = self.source_name(claim.source)
        if claim.relays:
            return f"{name} (relaying {self.source_name(claim.relays)})"
        return name


def _relays(claim: Claim) -> bool:
    """Whether a claim passes on someone else's word (a relay of its own source is its own word)."""
    return bool(claim.relays) and claim.relays != claim.source


def _opposed(a: Speaker, b: Speaker) -> bool:
    """Both speak for a side, and for no side in common."""
    return bool(a.sides) and bool(b.sides) and not a.sides & b.sides


# --------------------------------------------------------------------------------------------------------------
# Probable relays
# --------------------------------------------------------------------------------------------------------------


def quote_similarity(a: str, b: str) -> float:
    """How nearly two quotes repeat each other, from 0 to 100 (rapidfuzz, after lower-casing and removing punctuation).

    The whole-string similarity (``fuzz.ratio``); when both quotes have at least eight words, also the best match of
    the shorter inside the longer (``fuzz.partial_ratio``), so that an outlet that wraps a ministry's sentence in
    its own words is found. Symmetric.
    """
    x, y = sorted((utils.default_process(a), utils.default_process(b)))
    if not x or not y:
        return 0.0
    score = float(fuzz.ratio(x, y))
    if min(len(x.split()), len(y.split())) >= _PARTIAL_MIN_WORDS:
        score = max(score, float(fuzz.partial_ratio(x, y)))
    return score


_FigureKey = tuple[str, str, str]


def _figures(claim: Claim) -> dict[_FigureKey, Count]:
    return {(c.party, c.category, measure): count for c in claim.casualties for measure, count in c.measures()}


def _same_figures(a: Claim, b: Claim) -> int | None:
    """How many figures two claims share, or ``None`` when a shared figure differs."""
    fa, fb = _figures(a), _figures(b)
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
    ordered = sorted({c.global_id: c for c in claims}.values(), key=lambda c: c.global_id)
    speakers = {c.global_id: alignment.speaker(c) for c in ordered}
    out: list[ProbableRelay] = []

    def precedence(c: Claim) -> tuple[object, ...]:
        return (c.stated, _FIRST_SPEAKER.get(speakers[c.global_id].kind, 9), c.global_id)

    for a, b in itertools.combinations(ordered, 2):
        sa, sb = speakers[a.global_id], speakers[b.global_id]
        if a.source == b.source or sa.origin == sb.origin or a.stance != b.stance or _opposed(sa, sb):
            continue
        gap = abs((b.stated - a.stated).days)
        if gap > days:
            continue
        shared = _same_figures(a, b)
        if shared is None:
            continue
        original, copy = sorted((a, b), key=precedence)
        if gap == 0 and _relays(copy):
            # On the same day the order is a guess: a claim that names what it relays is not the copy; the other may be.
            original, copy = copy, original
        if _relays(copy) or copy.global_id in first_hand:
            continue
        score = round(quote_similarity(a.quote, b.quote), 1)
        if score < similarity:
            continue
        figures = {0: "no figures in common", 1: "the same figure"}.get(shared, f"the same {shared} figures")
        out.append(ProbableRelay(
            claim=copy.global_id, original=original.global_id, similarity=score, days=gap, figures=shared,
            summary=(f"{alignment.who(copy)} nearly repeats {alignment.who(original)} ({original.global_id}): "
                     f"quote similarity {score:g} of 100, {figures}, stated {_days(gap)}. It is taken as a probable "
                     "relay, not as an independent origin."),
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


def _mouthpieces(counted: Sequence[Claim]) -> set[str]:
    """Sources that speak in the event only by relaying: no counted asserting claim of their own word."""
    first_hand = {c.source for c in counted if c.stance == "asserts" and not _relays(c)}
    return {c.source for c in counted if _relays(c)} - first_hand


def origin_groups(
    counted: Sequence[Claim], alignment: Alignment, probable: Iterable[ProbableRelay] = ()
) -> tuple[OriginGroup, ...]:
    """The independent witnesses of an event: its asserting origins, joined when they are not independent.

    ``counted`` are the event's claims that still count (not superseded). Origins of asserting claims are joined
    when they share a side (speak for or with the same or aligned parties), when one is a source that speaks in the
    event only by relaying the other, and when a claim of one is a probable relay of a claim of the other. Groups are
    sorted by their origins.
    """
    unique = sorted({c.global_id: c for c in counted}.values(), key=lambda c: c.global_id)
    speakers = {c.global_id: alignment.speaker(c) for c in unique}
    asserting = [c for c in unique if c.stance == "asserts"]
    links = _Union()
    sides: dict[str, set[str]] = {}
    for claim in asserting:
        speaker = speakers[claim.global_id]
        links.find(speaker.origin)
        sides.setdefault(speaker.origin, set()).update(speaker.sides)
    mouthpieces = _mouthpieces(unique)
    for claim in unique:
        if _relays(claim) and claim.source in mouthpieces:
            links.union(claim.source, speakers[claim.global_id].origin)
    by_id = {c.global_id: c for c in unique}
    for relay in probable:
        copy, original = by_id.get(relay.claim), by_id.get(relay.original)
        if copy is not None and original is not None:
            links.union(speakers[copy.global_id].origin, speakers[original.global_id].origin)
    first_with_side: dict[str, str] = {}
    for origin in sorted(sides):
        for side in sorted(sides[origin]):
            if side in first_with_side:
                links.union(first_with_side[side], origin)
            else:
                first_with_side[side] = origin
    members: dict[str, list[str]] = {}
    for origin in sorted(sides):
        members.setdefault(links.find(origin), []).append(origin)
    groups = []
    for origins in members.values():
        claims = tuple(c.global_id for c in asserting if speakers[c.global_id].origin in origins)
        shared = sorted({side for origin in origins for side in sides[origin]})
        groups.append(OriginGroup(origins=tuple(origins), claims=claims, sides=tuple(shared)))
    return tuple(sorted(groups, key=lambda g: g.origins))


def relay_chains(claims: Sequence[Claim], counted: Collection[str], alignment: Alignment) -> tuple[Relay, ...]:
    """For each claim of the event that relays another's word: the chain of speakers to its origin.

    The chain goes on past a relayed source of the case when, in the event, that source speaks only by relaying
    (no counted asserting claim of its own word) and relays exactly one other source; it stops before a repeat.
    Sorted by claim.
    """
    unique = sorted({c.global_id: c for c in claims}.values(), key=lambda c: c.global_id)
    live = [c for c in unique if c.global_id in counted]
    mouthpieces = _mouthpieces(live)
    targets: dict[str, set[str]] = {}
    for claim in live:
        if _relays(claim) and claim.relays:
            targets.setdefault(claim.source, set()).add(claim.relays)
    out = []
    for claim in unique:
        if not _relays(claim) or not claim.relays:
            continue
        chain = [claim.source, claim.relays]
        while chain[-1] in alignment.sources and chain[-1] in mouthpieces and len(targets[chain[-1]]) == 1:
            (step,) = targets[chain[-1]]
            if step in chain:
                break
            chain.append(step)
        out.append(Relay(claim=claim.global_id, chain=tuple(chain)))
    return tuple(out)


# --------------------------------------------------------------------------------------------------------------
# Admissions against interest
# --------------------------------------------------------------------------------------------------------------


def _own_losses(claim: Claim, speaker: Speaker, alignment: Alignment) -> dict[str, list[tuple[str, Count]]]:
    """Party -> (measure, count) of its soldiers' losses, at least one, where the party is the speaker's side."""
    out: dict[str, list[tuple[str, Count]]] = {}
    for casualties in claim.casualties:
        if casualties.category != "soldiers" or alignment.side(casualties.party) not in speaker.sides:
            continue
        for measure, count in casualties.measures():
            if count.low >= 1:
                out.setdefault(casualties.party, []).append((measure, count))
    return out


def _alleges_losses(claim: Claim, side: str, measures: Collection[str], alignment: Alignment) -> bool:
    return any(
        alignment.side(c.party) == side and c.category in ("soldiers", "unknown")
        and any(m in measures and count.low >= 1 for m, count in c.measures())
        for c in claim.casualties
    )


def _too(alignment: Alignment, claims: Sequence[Claim]) -> str:
    """`` X and Y, on the opposing side, say so too.``"""
    names = list(dict.fromkeys(alignment.who(c) for c in claims))
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f" {listed}, on the opposing side, {'says' if len(names) == 1 else 'say'} so too."


def admissions(
    claims: Sequence[Claim], counted: Collection[str], alignment: Alignment, groups: Sequence[OriginGroup] = ()
) -> tuple[Admission, ...]:
    """Every claim of the event that concedes something against its own side, and who on the other side says so.

    - **losses**: the claim's origin speaks for or with a side, and the claim gives losses (killed, wounded,
      captured or missing; at least one) of that side's soldiers. One admission per party. Civilians and the
      ``unknown`` category are left out: a side's own civilian victims of the enemy are rarely against its interest,
      and ``unknown`` may be civilians.
    - **initiative**: the claim names a party of the origin's own side as the one that started it.

    ``counted`` is the set of global ids that still count; an admission is ``counted`` when its claim counts and
    asserts. For a counted admission, ``alleged_by`` lists the counted asserting claims of an opposing side (a
    speaker for a side, not the conceding one) outside the conceding origin's group (``groups``) that assert the
    same fact: losses of that side's soldiers (or people of unknown category) in one of the same measures, or that
    side as the initiator. Sorted by claim, kind and party.
    """
    unique = sorted({c.global_id: c for c in claims}.values(), key=lambda c: c.global_id)
    speakers = {c.global_id: alignment.speaker(c) for c in unique}
    group_of = {origin: index for index, group in enumerate(groups) for origin in group.origins}
    live = [c for c in unique if c.global_id in counted and c.stance == "asserts"]
    live_ids = {c.global_id for c in live}
    out: list[Admission] = []

    def opponents(speaker: Speaker, side: str) -> list[Claim]:
        own = group_of.get(speaker.origin, -1)
        return [c for c in live
                if speakers[c.global_id].sides and side not in speakers[c.global_id].sides
                and group_of.get(speakers[c.global_id].origin, -2) != own]

    for claim in unique:
        speaker = speakers[claim.global_id]
        if not speaker.sides:
            continue
        counts = claim.global_id in live_ids
        who = alignment.who(claim)
        for party, losses in sorted(_own_losses(claim, speaker, alignment).items()):
            measures = {m for m, _ in losses}
            side = alignment.side(party)
            alleged = [c for c in opponents(speaker, side) if _alleges_losses(c, side, measures, alignment)] \
                if counts else []
            listed = ", ".join(f"{format_count(count)} {measure}" for measure, count in losses)
            summary = f"{who} concedes losses of its own side: soldiers of {alignment.party_name(party)}, {listed}."
            if alleged:
                summary += _too(alignment, alleged)
            out.append(Admission(claim.global_id, speaker.origin, "losses", party, counts,
                                 tuple(c.global_id for c in alleged), summary))
        initiator = claim.initiator
        if initiator and initiator != UNKNOWN and alignment.side(initiator) in speaker.sides:
            side = alignment.side(initiator)
            alleged = [c for c in opponents(speaker, side)
                       if c.initiator and c.initiator != UNKNOWN and alignment.side(c.initiator) == side] \
                if counts else []
            summary = f"{who} concedes that its own side ({alignment.party_name(initiator)}) started it."
            if alleged:
                summary += _too(alignment, alleged)
            out.append(Admission(claim.global_id, speaker.origin, "initiative", initiator, counts,
                                 tuple(c.global_id for c in alleged), summary))
    return tuple(sorted(out, key=lambda a: (a.claim, a.kind, a.party)))


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
    live = [c for c in claims if c.global_id in counted]
    probable = probable_relays(live, alignment, similarity=similarity, days=days, first_hand=first_hand)
    groups = origin_groups(live, alignment, probable)
    return Assessment(
        origins=groups,
        relays=relay_chains(claims, counted, alignment),
        probable_relays=probable,
        admissions=admissions(claims, counted, alignment, groups),
    )

