"""Notes on legal claims that are very likely not what their author meant: each is read, but not as written.

`case_notes` gives them for a case that loaded; `reconcile validate` and `reconcile run` print them (docs/errors.md,
"Notes"). A note never changes the result: the case is valid, and the notes only say what to write instead.

- **A list of places read as an address** (`place`): a text of three or more comma-separated names is read
  address-style, smallest place first, each inside the next (`places.mentions`): in "Kyiv, Kryvyi Rih, Dnipro,
  Pokrovsk" the incident is at Kyiv and the other three only contain it. The note is given where the pieces are
  plain names (no unit or place word, no distance, no near word, no state of `places.STATE_NAMES`, and no name the
  case itself gives as a region or country: a gazetteer entry's ``region`` or ``country``, a claim's ``region``, a
  party's id, name or alias) and either there are four or more of them, or the case's gazetteer resolves two of
  them to places more than `APART_KM` apart, neither listed in the other's region. Three plain names alone are no
  sign: "Kafr Nabl, Maarat al-Numan, Idlib" is an address of three plain names too.
- **A revision across an incident and a period total** (`supersedes`): a claim about one incident that supersedes
  a period total, or the other way round (`match.is_period_total`). The link puts both claims in one group before
  matching (docs/matching.md, cluster rule 1), so the incident claim is kept apart from the other sources' reports
  of the incident, and the total from the other totals.
- **A relay that may name a source of the case** (`relays`): a ``relays`` that is no source of the case as the
  loader links them, but may name some (`independence.Alignment.relayed_source`): two or more sources whose names
  hold it as well, or one it names only in part (a word of its name, or a name that leaves out whose it is). It is
  read as a speaker outside the case, an origin of its own; the note names the candidates and the id to write.
- **A party's denial reported without a relay** (`relays`): a denial with an ``initiator`` (a party, not
  ``unknown``) from a source that speaks for no side (no ``speaks_for``, no ``aligned_with``; not a belligerent)
  and relays no one. It is read as the source's own denial of the incident, blaming the initiator ("Reuters denies
  it, blaming Hezbollah"), where it is almost always an outlet reporting a party's denial ("Hezbollah denied any
  involvement"). The note says to write ``relays`` with the denying party or its source, naming the case's
  sources that speak for the initiator's side (`independence.Alignment.side`) as candidates.
- **One incident twice in one statement** (`stated`): two claims of one source, stated the same day at the same
  ``url`` (or with none), in the same voice (``relays``, ``stance``), with the same date and place text (or, after a
  run, place texts the run resolved to one gazetteer place) and no link between them, direct or through a chain.
  Claims of one statement are read as the separate incidents it lists and never share an event
  (docs/claim-format.md, "One statement, or two"), so an update written as a second claim counts the incident
  twice. One note a claim, naming the first claim it is not linked to.
- **An assertion and a denial in one statement** (`stance`): a denial and an assertion of one source, stated the
  same day at the same ``url`` (or with none), in the same voice (``relays``), about days they share and one place
  (a name of each place text the places module calls the same, or one text; one text only where the statement
  names more than 64 places that day), with no link between them, direct or through a chain. Claims of one
  statement are read as the separate incidents it lists and never share an event, so the denial stands apart from
  the incident the assertion reports, as an incident of its own that other sources' claims may join. Most often
  the statement reports the incident and denies who did it or its toll ("the Turkish army shelled the resort; the
  accusations against the guerrillas are lies"; a strike announced, its civilian dead denied): one claim, the
  assertion with its initiator and figures. One note a denial, naming the first such assertion.
- **A denial taken back without a link** (`supersedes`): a claim of one source, in one voice (``relays``), that
  asserts an incident its earlier claim (stated on an earlier day) denies, about days they share and one place (a
  name of each place text the places module calls the same, or one text), with no link between them: an admission
  after a denial. Where the denial clears its own side (``initiator`` its own side or an ally), only an assertion
  that names that side as the initiator takes it back (`independence.contradicts_denial`): "the PKK did it" after
  "our army did not shell the resort" is no note. Without ``supersedes`` the denial still counts, its figures (a
  ``killed: 0``) and the party it blames or clears beside the admission (docs/merge-rules.md, "What a denial
  denies"). After a run (``reconcile run``), where the events are known, the note is given where the admission
  shares the denial's event instead of by the place names: that is where the denial counts beside it, and a case's
  places need not be compared. One note an assertion, naming the first such denial.
- **A denial that carries the figure it denies** (`casualties`): a denial whose figure of its own side (the
  speaker's side, `independence.Alignment.speaker`: the source's ``speaks_for`` and allies, or the party it relays)
  is an open floor above zero ("more than 40"), or is more than the same source's own assertion of the incident
  gives for that party, category and measure (same voice, a day in common, one event after a run or one place
  before, no link between them). A denial's figures are what its source asserts, so such a figure reads as the
  denier conceding it: most likely the other side's claim, copied into the rebuttal. A denial's own zero, or its
  own smaller toll, gets no note; nor does its figure of the other side.
- **Civilians coded two ways in one event** (`casualties`, after a run): a claim gives the civilians (or people of
  unknown status) of a party that takes no part (`merge.sides_taking_part`: a party for the civilian population,
  such as ``civilians`` or "Población civil"), while another claim of the same event gives the civilians of a side
  (``category: civilians``). The two are two figures, never compared: the same dead may be counted twice, and the
  sources' disagreement about them is not flagged (docs/merge-rules.md, "What civilians are"). One note an event,
  on its first claim of the party's coding, naming the first claim of the other.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from reconcile import places
from reconcile.independence import Alignment, RelayedSource, contradicts_denial, relayed_key
from reconcile.match import MatchConfig, is_period_total
from reconcile.models import UNKNOWN, Case, Claim, Event, GazetteerEntry
from reconcile.normalize import format_count

__all__ = ["APART_KM", "Note", "case_notes"]

#: Two places farther apart than this are not one inside the other in an address: a province named by its capital
#: (Kharkiv for Kharkiv oblast, Idlib for its governorate) rarely holds a place farther from that capital, while the
#: cities a strike or an offensive hits together often lie further apart (Kyiv and Kryvyi Rih, 330 km).
APART_KM: Final = 250.0


@attrs.frozen
class Note:
    """A note on one claim: where it is (``file``, ``line``: the line its claim starts on; `reconcile validate` and
    `reconcile run` give the line of the ``field``, `reconcile.load.field_lines`), the claim's global id, the
    ``field`` it is about and the ``message``, which says what the engine does and what to write instead."""

    file: str
    line: int
    claim: str
    field: str
    message: str


def case_notes(case: Case, events: Sequence[Event] | None = None) -> tuple[Note, ...]:
    """The notes on the claims of ``case``, in the order of the claims (see the module docstring).

    ``events``, the case's reconciled events where a run has made them: a denial taken back is then noted where the
    admission shares its event (the engine's word that they are one incident, and where the denial counts beside
    it), rather than where their place texts name a place of one name.
    """
    incident = _OneIncident(events)  # shared by the two notes that ask whether two claims are of one incident
    return (*_address_notes(case), *_revision_notes(case), *_relay_notes(case),
            *_unrelayed_denial_notes(case), *_statement_notes(case, events),
            *_statement_denial_notes(case), *_denial_notes(case, incident), *_denied_figure_notes(case, incident),
            *_civilian_coding_notes(case, events))


def _address_notes(case: Case) -> list[Note]:
    known = _region_names(case)
    found: list[tuple[Claim, tuple[places.Mention, ...]]] = []
    read: dict[str, tuple[places.Mention, ...]] = {}  # place texts repeat from claim to claim: each read once
    for claim in case.claims:
        plain = read.get(claim.place)
        if plain is None:
            plain = read[claim.place] = _plain_names(claim.place, known)
        if plain:
            found.append((claim, plain))
    if not found:
        return []
    gazetteer = None
    out = []
    for claim, plain in found:
        far = None
        if len(plain) < 4:
            if gazetteer is None:
                gazetteer = places.case_gazetteer(case)
            far = _far_apart(gazetteer, plain, claim.region)
            if far is None:
                continue
        names = [m.name for m in plain]
        why = (f"{far[0]} and {far[1]} lie {far[2]:,.0f} km apart in the gazetteer, so neither lies in the other"
               if far else f"{len(names)} names without a unit word are more often a list than an address")
        listed = _listed(names)
        message = (f"{claim.place!r} is read as an address, each place inside the next: the incident at {names[0]}, "
                   f"and {_listed(names[1:])} only the places it lies in ({why}); if these are places of the "
                   f"incident, write {listed!r}, or separate them with ';' ({'; '.join(names)!r}); if it is an "
                   "address, nothing needs to change")
        out.append(Note(claim.file, claim.line, claim.global_id, "place", message))
    return out


def _listed(names: Sequence[str]) -> str:
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _region_names(case: Case) -> frozenset[str]:
    """The names the case gives as regions or countries, casefolded: its gazetteer's regions and countries, its
    claims' regions and its parties' ids, names and aliases."""
    names: set[str | None] = {claim.region for claim in case.claims}
    for entry in case.gazetteer:
        names.update((entry.region, entry.country))
    for party in case.parties:
        names.update((party.id, party.name, *party.aliases))
    return frozenset(name.strip().casefold() for name in names if name)


def _plain_names(text: str, known: frozenset[str]) -> tuple[places.Mention, ...]:
    """The mentions of ``text`` where it is read as an address of three or more pieces that are each one plain
    name (see the module docstring), else ``()``."""
    if text.count(",") < 2 and not any(comma in text for comma in "،，၊፣"):
        return ()
    found = places.mentions(text)
    if len(found) < 3 or not any(m.container for m in found):
        return ()
    for mention in found:
        if (mention.kind is not None or mention.reference or mention.area or mention.text.strip() != mention.name
                or places.state_name(mention.name) or mention.name.casefold() in known):
            return ()
    return found


def _far_apart(gazetteer: places.Gazetteer, found: Sequence[places.Mention],
               region: str | None) -> tuple[str, str, float] | None:
    """Two of the names that the gazetteer resolves to places more than `APART_KM` apart, neither in the other's
    region, with their distance; else ``None``."""
    resolved = [(m.name, entry) for m in found
                if (entry := gazetteer.resolve_entry(m.name, region=region)) is not None
                and entry.lat is not None and entry.lon is not None]
    for (a, one), (b, other) in itertools.combinations(resolved, 2):
        if one.id == other.id or _within(one, b) or _within(other, a):
            continue
        km = places.distance_km(one.lat or 0.0, one.lon or 0.0, other.lat or 0.0, other.lon or 0.0)
        if km > APART_KM:
            return a, b, km
    return None


def _within(entry: GazetteerEntry, name: str) -> bool:
    return any(value is not None and places.similarity(value, name) >= places.REGION_THRESHOLD
               for value in (entry.region, entry.country))


def _revision_notes(case: Case) -> Iterable[Note]:
    claims = {claim.global_id: claim for claim in case.claims}
    config = MatchConfig()
    read: dict[str, bool] = {}

    def period(claim: Claim) -> bool:  # each claim read once, however many revisions name it
        found = read.get(claim.global_id)
        if found is None:
            found = read[claim.global_id] = is_period_total(claim, config)
        return found

    for claim in case.claims:
        for earlier in claim.supersedes:
            other = claims.get(earlier)
            if other is None or period(claim) == period(other):
                continue
            total, incident = (claim, other) if period(claim) else (other, claim)
            yield Note(claim.file, claim.line, claim.global_id, "supersedes", (
                f"{claim.id} supersedes {other.id}, but {total.id} is a period total ({_period(total)}) and "
                f"{incident.id} the report of one incident: the link puts both in one event, so {incident.id} is "
                "kept apart from the other sources' reports of the incident; if the later claim gives the toll of "
                "the whole period, leave out supersedes and keep both claims, the total matched with the other "
                "totals (docs/matching.md, \"Period totals\"); if it revises the incident, give it the incident's "
                "date"))


def _relay_notes(case: Case) -> Iterable[Note]:
    sources = {source.id for source in case.sources}
    relaying = [claim for claim in case.claims if claim.relays and claim.relays not in sources]
    if not relaying:
        return
    alignment = Alignment(case.parties, case.sources)
    found: dict[tuple[str, str], RelayedSource] = {}
    for claim in relaying:
        written = claim.relays
        assert written is not None
        key = (written, claim.source)
        if key not in found:
            found[key] = alignment.relayed_source(written, claim.source)
        candidates = found[key].candidates
        if not candidates:
            continue
        named = [f"{source_id} ({alignment.source_name(source_id)})" for source_id in candidates]
        if len(named) > 1:
            may = f"may name any of {len(named)} sources of the case: {_listed(named)}"
            meant = "write the id of the source whose word it is"
        else:
            left_out = found[key].left_out
            may = f"may name {named[0]}" + (f", whose name also says {left_out!r}" if left_out else "")
            meant = "if it is that source's word, write its id"
        yield Note(claim.file, claim.line, claim.global_id, "relays", (
            f"{written!r} is no source of the case as written, but {may}: it is read as a speaker outside the "
            f"case, an origin of its own that may count as one more independent witness; {meant} "
            f"({' or '.join(f'relays: {source_id}' for source_id in candidates[:3])}), or, where it is a speaker "
            "outside the case, its name in full "
            "(docs/independence.md, \"Whose word is a claim?\")"))


def _unrelayed_denial_notes(case: Case) -> Iterable[Note]:
    """One note on each denial with an initiator, relaying no one, from a source that speaks for no side (see the
    module docstring): read as the source's own denial of the incident, blaming the initiator, where it most often
    reports the denial of a party. The sources that speak for the initiator's side are named as the likely origin."""
    denials = [claim for claim in case.claims
               if claim.stance == "denies" and claim.initiator not in (None, UNKNOWN) and not claim.relays]
    if not denials:
        return
    alignment = Alignment(case.parties, case.sources)
    found: dict[str, str] = {}  # the candidates named for each initiator
    for claim in denials:
        source = alignment.sources.get(claim.source)
        if source is None or source.kind == "belligerent" or alignment.sides(source):
            continue
        initiator = claim.initiator
        assert initiator is not None
        party = alignment.party_name(initiator)
        who = found.get(initiator)
        if who is None:
            side = alignment.side(initiator)
            # the initiator's own sources first, then those of its allies
            speaking = sorted((s for s in alignment.sources.values()
                               if s.speaks_for and alignment.side(s.speaks_for) == side),
                              key=lambda s: (s.speaks_for != initiator, s.id))
            named = [f"relays: {s.id} ({s.name})" for s in speaking[:3]]
            more = len(speaking) - len(named)
            if named:
                who = f"the case's sources that speak for {party}'s side: {' or '.join(named)}"
                who += f", or {more} more" if more else ""
            else:
                who = (f"no source of the case speaks for {party}'s side: the party's id, relays: {initiator}, or "
                       "the speaker's name")
            found[initiator] = who
        yield Note(claim.file, claim.line, claim.global_id, "relays", (
            f"{claim.id} denies, with initiator {initiator}, and relays no one: {source.name} speaks for no side, so "
            f"this is read as {source.name} itself denying the incident and blaming {party}; if it reports a "
            f"party's denial (\"{party} denied any involvement\"), write relays: <the denying party or its source> "
            f"({who}), and the denial is that party's word (docs/merge-rules.md, \"What a denial denies\"); if "
            f"{source.name} itself denies the incident, nothing needs to change"))


def _period(claim: Claim) -> str:
    span = claim.date
    if span.days > MatchConfig().max_incident_days:
        return f"{span.start.isoformat()} to {span.end.isoformat()}, {span.days} days"
    return f"its event {claim.event!r} reads as a total"


def _statement_notes(case: Case, events: Sequence[Event] | None = None) -> Iterable[Note]:
    """One note on each claim of a statement that an earlier claim of it, about the same day and place, is not
    linked to: the note names the first such claim. Claims joined by ``supersedes``/``adds_to``, directly or
    through a chain, start in one event (docs/matching.md, cluster rule 1), so they are never counted twice. One
    note a claim, not one a pair: a statement of thousands of such claims (a spreadsheet's rows, each "the border")
    gets as many notes, not millions.

    The same place is the same place text; after a run (``events``), also two texts that the run resolved to one
    gazetteer place (``Escoda Shoal`` and ``Escoda (Sabina) Shoal``, as a statement and its release in a second
    language write it), each claim's places read from its event, so that no place is compared twice."""
    same_text = list(_same_text_statement_notes(case))
    yield from same_text
    if events:
        yield from _same_place_statement_notes(case, events, {note.claim for note in same_text})


def _same_place_statement_notes(case: Case, events: Sequence[Event], noted: set[str]) -> Iterable[Note]:
    """The notes of `_statement_notes` on claims whose place texts differ but resolved to one gazetteer place, for the
    claims not ``noted`` already (one note a claim)."""
    resolved: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for event in events:
        for place in event.places:
            if place.resolved is not None:
                resolved.setdefault(place.claim, set()).add(place.resolved)
                names[place.resolved] = place.name or place.resolved
    groups: dict[tuple[object, ...], list[Claim]] = {}
    for claim in case.claims:
        if claim.global_id in resolved:
            key = (claim.source, claim.stated, claim.url, claim.relays, claim.stance, claim.date.start,
                   claim.date.end)
            groups.setdefault(key, []).append(claim)
    unit = _link_units(case.claims) if any(len(group) > 1 for group in groups.values()) else {}
    for group in groups.values():
        if len(group) < 2:
            continue
        first_at: dict[str, list[Claim]] = {}  # each gazetteer place -> the group's claims there, one a link unit
        for claim in group:
            own = unit.get(claim.global_id, claim.global_id)
            text = " ".join(claim.place.casefold().split())
            found = None
            for entry in sorted(resolved[claim.global_id]):
                earlier = first_at.setdefault(entry, [])
                found = found or next(
                    ((other, entry) for other in earlier if unit.get(other.global_id, other.global_id) != own
                     and " ".join(other.place.casefold().split()) != text), None)
                if all(unit.get(other.global_id, other.global_id) != own for other in earlier):
                    earlier.append(claim)
            if found is None or claim.global_id in noted:
                continue
            first, entry = found
            where = f"at {claim.url}" if claim.url else "with no url"
            yield Note(claim.file, claim.line, claim.global_id, "stated", (
                f"{claim.id} and {first.id} are stated the same day, {claim.stated.isoformat()}, {where}, about "
                f"{claim.date.text or claim.date.start.isoformat()} at {claim.place!r} and {first.place!r}, which "
                f"the gazetteer reads as one place, {names[entry]}: as parts of one statement, which lists separate "
                "incidents separately, they are never put in one event, so if they are one incident it is counted "
                f"twice; if {claim.id} updates {first.id} or gives it in another language, write supersedes: "
                f"{first.id} (or give each its url where they are two publications); if they are two incidents, "
                "nothing needs to change"))


def _same_text_statement_notes(case: Case) -> Iterable[Note]:
    groups: dict[tuple[object, ...], list[Claim]] = {}
    spelled: dict[str, str] = {}  # a place text as compared, each distinct text worked out once
    for claim in case.claims:
        place = spelled.get(claim.place)
        if place is None:
            place = spelled[claim.place] = " ".join(claim.place.casefold().split())
        key = (claim.source, claim.stated, claim.url, claim.relays, claim.stance, claim.date.start, claim.date.end,
               place)
        groups.setdefault(key, []).append(claim)
    unit = _link_units(case.claims) if any(len(group) > 1 for group in groups.values()) else {}
    for group in groups.values():
        if len(group) < 2:
            continue
        first_of: dict[str, Claim] = {}  # each link unit's first claim in the group, in the order of the claims
        for claim in group:
            own = unit.get(claim.global_id, claim.global_id)
            first = next((other for key, other in first_of.items() if key != own), None)
            first_of.setdefault(own, claim)
            if first is None:
                continue
            where = f"at {claim.url}" if claim.url else "with no url"
            yield Note(claim.file, claim.line, claim.global_id, "stated", (
                f"{claim.id} and {first.id} are stated the same day, {claim.stated.isoformat()}, {where}, about "
                f"{claim.date.text or claim.date.start.isoformat()} at {claim.place!r}: as parts of one statement, "
                "which lists separate incidents separately, they are never put in one event, so if they are one "
                f"incident it is counted twice; if {claim.id} updates {first.id}, write supersedes: {first.id} (or "
                "give each its url where they are two publications); if they are two incidents, nothing needs to "
                "change"))


#: Above this many place texts asserted on one day in one statement (a spreadsheet's rows), a denial is compared with
#: the assertions of its own place text only, not by the names of each: the work stays linear in the claims.
_MANY_PLACES: Final = 64


def _statement_denial_notes(case: Case) -> Iterable[Note]:
    """One note on each denial of a statement that an assertion of the same statement and voice, about a day they
    share and one place, is not linked to (see the module docstring): the note names the first such assertion. By
    the place names, before a run and after it alike: two claims of one statement never share an event."""
    longest = MatchConfig().max_incident_days
    groups: dict[tuple[object, ...], list[Claim]] = {}
    for claim in case.claims:
        if claim.date.days <= longest:
            groups.setdefault((claim.source, claim.stated, claim.url, _voice(claim)), []).append(claim)
    statements = [group for group in groups.values() if len({claim.stance for claim in group}) > 1]
    if not statements:
        return
    unit = _link_units(case.claims)
    incident = _OneIncident(None)
    for group in statements:
        by_day: dict[object, dict[str, list[Claim]]] = {}  # the assertions by day, then by place text as compared
        for claim in group:
            if claim.stance == "asserts":
                text = " ".join(claim.place.casefold().split())
                for day in _days(claim):
                    by_day.setdefault(day, {}).setdefault(text, []).append(claim)
        for denial in (claim for claim in group if claim.stance == "denies"):
            said: Claim | None = None
            own = unit.get(denial.global_id)
            text = " ".join(denial.place.casefold().split())
            compared: set[str] = set()  # each place text compared once a denial
            for day in _days(denial):
                on_day = by_day.get(day, {})
                # a statement of many places on one day: the denial's own text only, as `_statement_notes`
                places_of = ((text, on_day.get(text, [])),) if len(on_day) > _MANY_PLACES else on_day.items()
                for place, claims in places_of:
                    if place in compared:
                        continue
                    other = next((claim for claim in claims if unit.get(claim.global_id) != own), None)
                    if other is None:
                        continue
                    compared.add(place)
                    if place == text or incident(denial, other):
                        said = other
                        break
                if said is not None:
                    break
            if said is None:
                continue
            where = f"at {denial.url}" if denial.url else "with no url"
            yield Note(denial.file, denial.line, denial.global_id, "stance", (
                f"{denial.id} denies and {said.id} asserts, stated the same day, {denial.stated.isoformat()}, "
                f"{where}, about {denial.date.text or denial.date.start.isoformat()} at {denial.place!r}: as parts "
                "of one statement they are read as two incidents and never put in one event, so the denial stands "
                f"apart from the incident {said.id} reports; if the statement reports the incident and denies who "
                f"did it or its toll, write it as one claim, {said.id} with its initiator and figures; if they are two "
                "publications, give each its url; if they are two incidents, nothing needs to change"))


def _link_units(claims: Sequence[Claim]) -> dict[str, str]:
    """Each claim's link unit, named by one of its claims: claims joined by ``supersedes``/``adds_to``, directly
    or through a chain, are of one unit."""
    parent: dict[str, str] = {}

    def root(name: str) -> str:
        top = name
        while (up := parent.get(top, top)) != top:
            top = up
        while (up := parent.get(name, name)) != top:  # flatten the path walked, so that later finds are short
            parent[name] = top
            name = up
        return top

    for claim in claims:
        for other in (*claim.supersedes, *claim.adds_to):
            one, two = root(claim.global_id), root(other)
            if one != two:
                parent[one] = two
    return {claim.global_id: root(claim.global_id) for claim in claims}


def _linked(claim: Claim, other: Claim) -> bool:
    return other.global_id in claim.supersedes or other.global_id in claim.adds_to


def _denial_notes(case: Case, incident: _OneIncident) -> Iterable[Note]:
    longest = MatchConfig().max_incident_days
    denials = [claim for claim in case.claims if claim.stance == "denies" and claim.date.days <= longest]
    if not denials:
        return
    voices = {(claim.source, _voice(claim)) for claim in denials}
    by_day: dict[tuple[str, str], dict[object, list[Claim]]] = {}
    for claim in case.claims:
        voice = (claim.source, _voice(claim))
        if claim.stance == "denies" or voice not in voices or claim.date.days > longest:
            continue
        days = by_day.setdefault(voice, {})
        for day in _days(claim):
            days.setdefault(day, []).append(claim)
    # One note an assertion, naming the first denial it may take back: many denials and assertions of one source
    # about one place make as many notes, not one a pair. A denial that clears its own side is taken back only by
    # its side named as the one that did it (`contradicts_denial`): "the PKK did it" after "our army did not shell
    # the resort" says the same thing again.
    alignment = Alignment(case.parties, case.sources)
    found: dict[str, tuple[Claim, Claim]] = {}
    for denial in denials:
        days = by_day.get((denial.source, _voice(denial)), {})
        seen: set[str] = set()
        for day in _days(denial):
            for later in days.get(day, ()):
                if later.global_id in seen or later.global_id in found:
                    continue
                seen.add(later.global_id)
                if (later.stated <= denial.stated or _linked(later, denial) or _linked(denial, later)
                        or not contradicts_denial(later, denial, alignment) or not incident(denial, later)):
                    continue
                found[later.global_id] = (later, denial)
    order = {claim.global_id: index for index, claim in enumerate(case.claims)}
    for later, denial in sorted(found.values(), key=lambda pair: order[pair[0].global_id]):
        yield Note(later.file, later.line, later.global_id, "supersedes", (
            f"{later.id} (stated {later.stated.isoformat()}) asserts the incident that {denial.id} (stated "
            f"{denial.stated.isoformat()}) denies, about {later.date.text or later.date.start.isoformat()} at "
            f"{later.place!r}, with no link between them: the denial still counts, its figures and the party "
            f"it blames or clears beside {later.id}; if {later.id} takes the denial back (an admission after "
            f"a denial), write supersedes: {denial.id}; if the source still denies the toll or who did it, "
            "nothing needs to change"))


def _denied_figure_notes(case: Case, incident: _OneIncident) -> Iterable[Note]:
    """A denial's figure of its own side that reads as a toll it concedes where the coder very likely wrote the
    figure it denies (see the module docstring): an open floor above zero, or more than the same source's
    assertion of the incident gives (same voice, a day in common, one event after a run or one place before)."""
    denials = [claim for claim in case.claims if claim.stance == "denies" and claim.casualties]
    if not denials:
        return
    alignment = Alignment(case.parties, case.sources)
    voices = {(claim.source, _voice(claim)) for claim in denials}
    by_voice: dict[tuple[str, str], list[Claim]] = {}  # the assertions of each voice that denies
    for claim in case.claims:
        if claim.stance == "asserts" and claim.casualties and (voice := (claim.source, _voice(claim))) in voices:
            by_voice.setdefault(voice, []).append(claim)
    for denial in denials:
        speaker = alignment.speaker(denial)
        own = [c for c in denial.casualties if alignment.side(c.party) in speaker.sides]
        if not own:
            continue
        counts = [count for c in own for _measure, count in c.measures()]
        if not any(count.low >= 1 for count in counts):
            continue  # a denial's own zero: nothing it concedes
        asserted = [] if all(count.high is None for count in counts) else [
            claim for claim in by_voice.get((denial.source, _voice(denial)), ())
            if not _linked(claim, denial) and not _linked(denial, claim)
            and claim.date.start <= denial.date.end and denial.date.start <= claim.date.end
            and incident(denial, claim)]
        for casualties in own:
            for measure, count in casualties.measures():
                said = f"{casualties.party} {casualties.category} {measure}: {count.text or format_count(count)!r}"
                if count.low >= 1 and count.high is None:
                    yield Note(denial.file, denial.line, denial.global_id, "casualties", (
                        f"{denial.id} denies, and gives {said}, an open figure of its own side: a denial's figures "
                        f"are what its source says, so this reads as conceding at least {count.low} "
                        f"{measure} (docs/merge-rules.md, \"What a denial denies\"); if it is the figure the denial "
                        "rejects, leave it out here (the claim that gives it carries it) and write the denial's "
                        f"own figure ({measure}: 0, or the toll it gives), or none"))
                    continue
                for claim in asserted:
                    given = [getattr(c, measure) for c in claim.casualties
                             if (c.party, c.category) == (casualties.party, casualties.category)]
                    high = next((g.high for g in given if g is not None and g.high is not None), None)
                    if high is not None and count.low > high:
                        yield Note(denial.file, denial.line, denial.global_id, "casualties", (
                            f"{denial.id} denies, and gives {said}, more than the {high} that {claim.id} of the "
                            "same source asserts for its own side: a denial's figures are what its source says "
                            "(docs/merge-rules.md, \"What a denial denies\"); if it is the figure the denial "
                            "rejects, leave it out here and write the denial's own figure, or none"))
                        break


def _civilian_coding_notes(case: Case, events: Sequence[Event] | None) -> Iterable[Note]:
    """The claims of an event that give the civilians of a party taking no part where another claim of the event
    gives the civilians of a side (see the module docstring): only after a run, where the events are known."""
    if not events or not any(c.category == "civilians" for claim in case.claims for c in claim.casualties):
        return
    from reconcile.merge import sides_taking_part

    taking_part = sides_taking_part(case)
    alignment = Alignment(case.parties, case.sources)
    claims = {claim.global_id: claim for claim in case.claims}
    for event in events:
        as_party: list[tuple[Claim, str]] = []  # a claim and the party its civilians are given as
        as_side: list[tuple[Claim, str]] = []  # a claim and the side whose civilians it gives
        for gid in event.claims:
            claim = claims.get(gid)
            if claim is None:
                continue
            for c in claim.casualties:
                side = alignment.side(c.party)
                if side not in taking_part and c.category in ("civilians", "unknown"):
                    as_party.append((claim, c.party))
                    break
            for c in claim.casualties:
                if c.category == "civilians" and alignment.side(c.party) in taking_part:
                    as_side.append((claim, c.party))
                    break
        if not as_party or not as_side:
            continue
        claim, party = as_party[0]
        other, side = next(((o, s) for o, s in as_side if o.global_id != claim.global_id), (None, ""))
        if other is None:
            continue
        more = _and_more(len({c.global_id for c, _p in as_party}) - 1)
        more_other = _and_more(len({c.global_id for c, _s in as_side}) - 1)
        yield Note(claim.file, claim.line, claim.global_id, "casualties", (
            f"{claim.id}{more} of event {event.id} {'give' if more else 'gives'} the dead or wounded as the party "
            f"{party}, which takes no part (no source speaks for it, no claim blames it), while "
            f"{other.id}{more_other} {'give' if more_other else 'gives'} them as {side} "
            "civilians (category: civilians): the two codings are two figures that are never compared, so the same "
            "people may be counted twice and the sources' disagreement about them is not flagged; if "
            f"{party} stands for the civilian population, code them one way in the case, as the civilians of the "
            "side they belong to (docs/merge-rules.md, \"What civilians are\")"))


def _and_more(count: int) -> str:
    return "" if count <= 0 else f" and {count} other claim{'s' if count != 1 else ''}"


def _voice(claim: Claim) -> str:
    return relayed_key(claim.relays) if claim.relays else ""


def _days(claim: Claim) -> list[object]:
    start = claim.date.start
    return [start.fromordinal(start.toordinal() + n) for n in range(claim.date.days)]


class _OneIncident:
    """Whether two claims are taken as reports of one incident for a note: after a run (``events``), where they share
    an event; before, where their place texts are one text or name a place of one name
    (`places.SAME_PLACE_THRESHOLD`). Each text's names and each pair of texts are worked out once: a case repeats
    its places."""

    def __init__(self, events: Sequence[Event] | None) -> None:
        self._event_of = None if events is None else {
            gid: index for index, event in enumerate(events) for gid in (*event.claims, *event.superseded)}
        self._names: dict[str, tuple[str, ...]] = {}
        self._same: dict[tuple[str, str], bool] = {}

    def __call__(self, a: Claim, b: Claim) -> bool:
        if self._event_of is not None:
            return self._event_of.get(a.global_id, -1) == self._event_of.get(b.global_id, -2)
        key = (a.place, b.place) if a.place <= b.place else (b.place, a.place)
        found = self._same.get(key)
        if found is None:
            found = self._same[key] = self._one_place(*key)
        return found

    def _one_place(self, a: str, b: str) -> bool:
        if " ".join(a.casefold().split()) == " ".join(b.casefold().split()):
            return True
        for text in (a, b):
            if text not in self._names:
                self._names[text] = tuple(m.name for m in places.mentions(text))
        return any(places.similarity(x, y) >= places.SAME_PLACE_THRESHOLD
                   for x in self._names[a] for y in self._names[b])
