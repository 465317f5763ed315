"""The merge stage's cheaper paths agree with the plain computations they replace.

Merge asks the gazetteer with a claim's region only where the region can change the entry
(`Gazetteer.resolve_entry`), skips the place pairs of two claims that share an entry, and the independence rules
read each claim's measures without building them; each is checked here against the plain form it stands for.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Collection, Sequence

from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import independence, merge
from reconcile.independence import Alignment, Said
from reconcile.merge import _Cast, _compatible
from reconcile.models import Casualties, Claim, Count, DateSpan, GazetteerEntry, OriginGroup, ProbableRelay
from reconcile.places import Gazetteer, Resolution
from tests.test_merge import BASE_SOURCES, GAZETTEER, NEW_SOURCES, PARTIES, SOURCES, case_of, claim_lists

# --------------------------------------------------------------------------------------------------------------
# Gazetteer look-ups with a region
# --------------------------------------------------------------------------------------------------------------

# Homonyms in two regions (Movses, Berd), a place listed twice in one region (Aygepar), and names alone.
HOMONYMS = (
    GazetteerEntry("movses-t", "Movses", country="armenia", region="Tavush"),
    GazetteerEntry("movses-s", "Movses", country="armenia", region="Syunik"),
    GazetteerEntry("berd-t", "Berd", country="armenia", region="Tavush"),
    GazetteerEntry("berd-g", "Berd", ("Berdik",), country="armenia", region="Gegharkunik"),
    GazetteerEntry("aygepar-1", "Aygepar", country="armenia", region="Tavush"),
    GazetteerEntry("aygepar-2", "Aygepar", country="armenia", region="Tavush"),
    GazetteerEntry("chinari", "Chinari", country="armenia", region="Tavush"),
    GazetteerEntry("horadiz", "Horadiz", country="azerbaijan", region="Füzuli"),
)
NAMES = ("Movses", "Movsés", "Movsesi", "Berd", "Berdik", "Aygepar", "Aygepat", "Chinari", "Horadiz", "Voskepar", "")
REGIONS = (None, "Tavush", "Tavush Province", "Syunik", "Gegharkunik", "Füzuli", "Armenia", "nowhere")
queries = st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(REGIONS)), min_size=1, max_size=12)


@given(queries)
@example([("Movses", None), ("Movses", "Syunik")])
@example([("Movses", "Tavush"), ("Movses", None), ("Movses", "Syunik")])
def test_resolve_entry_is_the_entry_of_resolve(asked: list[tuple[str, str | None]]) -> None:
    """In any order of questions, the entry a name resolves to with a region is the one `resolve` gives."""
    shortcut, plain = Gazetteer(HOMONYMS), Gazetteer(HOMONYMS)
    for name, region in asked:
        assert shortcut.resolve_entry(name, region=region) == plain.resolve(name, region=region).entry


def test_region_picks_among_homonyms() -> None:
    """A name of two places is resolved by the region that holds one of them, and left unresolved without one."""
    gazetteer = Gazetteer(HOMONYMS)
    assert gazetteer.resolve_entry("Movses") is None
    assert gazetteer.resolve_entry("Movses", region="Syunik") == HOMONYMS[1]
    assert gazetteer.resolve_entry("Movses", region="Tavush") == HOMONYMS[0]
    # one place of the name, outside a region the gazetteer lists: not that place; in a region it does not list: it
    assert gazetteer.resolve_entry("Chinari", region="Syunik") is None
    assert gazetteer.resolve_entry("Chinari", region="the border") == gazetteer.resolve("Chinari").entry == HOMONYMS[6]


def test_resolve_entry_takes_a_remembered_answer() -> None:
    """An answer handed over with `Gazetteer.remember` for the name and region is taken as it is, even where the
    answer without the region would do (the answer here is made up, to see which one is taken)."""
    gazetteer = Gazetteer(HOMONYMS)
    gazetteer.remember([("Chinari", "Syunik", Resolution(HOMONYMS[7], 1.0))])
    assert gazetteer.resolve_entry("Chinari", region="Syunik") == HOMONYMS[7]


# --------------------------------------------------------------------------------------------------------------
# Independence: measures read in place
# --------------------------------------------------------------------------------------------------------------

ALIGNMENT = Alignment(PARTIES, SOURCES)
DAY = dt.date(2012, 6, 3)
claim_batches = claim_lists(BASE_SOURCES + NEW_SOURCES)


def _alleges_losses_plainly(claim: Claim, side: str, measures: Collection[str]) -> bool:
    """Whether a claim gives losses of ``side``'s soldiers (or people of unknown category) in one of ``measures``."""
    return any(
        ALIGNMENT.side(c.party) == side and c.category in ("soldiers", "unknown")
        and any(m in measures and count.low >= 1 for m, count in c.measures())
        for c in claim.casualties
    )


@given(claim_batches, st.sampled_from(("armenia", "azerbaijan", "nkr")),
       st.sets(st.sampled_from(("killed", "wounded", "captured", "missing"))))
def test_alleged_losses_read_every_measure(claims: list[Claim], side: str, measures: set[str]) -> None:
    """A claim alleges losses of a side in some measures exactly when one of its figures says so."""
    for claim in claims:
        assert independence._alleges_losses(claim, ALIGNMENT.side(side), measures, ALIGNMENT) == \
            _alleges_losses_plainly(claim, ALIGNMENT.side(side), measures)


@given(claim_batches)
@example([Claim("am-mod", "c0", DAY, "...", DateSpan(DAY, DAY, "day"), "Voskepar", casualties=(
    Casualties("armenia", "soldiers", killed=Count(0, 0), captured=Count(2, 2), missing=Count(1, None)),
))])
def test_claim_figures_and_own_losses_read_every_measure(claims: list[Claim]) -> None:
    """A claim's figures, and the losses it concedes, are those `Casualties.measures` lists."""
    for said in ALIGNMENT.said(claims):
        claim, speaker = said.claim, said.speaker
        assert independence._figures(claim) == {
            (c.party, c.category, m): count for c in claim.casualties for m, count in c.measures()
        }
        own: dict[str, list[tuple[str, Count]]] = {}
        for c in claim.casualties:
            if c.category == "soldiers" and ALIGNMENT.side(c.party) in speaker.sides:
                for m, count in c.measures():
                    if count.low >= 1:
                        own.setdefault(c.party, []).append((m, count))
        assert independence._own_losses(claim, speaker, ALIGNMENT) == own


# --------------------------------------------------------------------------------------------------------------
# Independent origins
# --------------------------------------------------------------------------------------------------------------


def _origin_groups_plainly(counted: Sequence[Said], probable: Sequence[ProbableRelay]) -> tuple[OriginGroup, ...]:
    """The origin groups as the rule states them: union the joined origins, collect each group, sort the groups."""
    asserting = [s for s in counted if s.claim.stance == "asserts"]
    sides: dict[str, set[str]] = {}
    for said in asserting:
        sides.setdefault(said.speaker.origin, set()).update(said.speaker.sides)
    parent = {origin: origin for origin in sides}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)

    mouthpieces = independence._mouthpieces(counted)
    relayed: dict[str, list[str]] = {}  # a source that only relays is joined to the smallest origin it relays
    for said in counted:
        if said.claim.source in mouthpieces and independence._relays(said.claim):
            relayed.setdefault(said.claim.source, []).append(said.speaker.origin)
    for source, origins in relayed.items():
        join(source, min(origins))
    by_id = {s.gid: s for s in counted}
    for relay in probable:
        if relay.claim in by_id and relay.original in by_id:
            join(by_id[relay.claim].speaker.origin, by_id[relay.original].speaker.origin)
    for a, b in itertools.combinations(sorted(sides), 2):
        if sides[a] & sides[b]:
            join(a, b)
    members: dict[str, list[str]] = {}
    for origin in sorted(sides):
        members.setdefault(root(origin), []).append(origin)
    groups = [
        OriginGroup(tuple(origins), tuple(s.gid for s in asserting if s.speaker.origin in origins),
                    tuple(sorted({side for origin in origins for side in sides[origin]})))
        for origins in members.values()
    ]
    return tuple(sorted(groups, key=lambda g: g.origins))


def _relayed(gid: str, relays: str | None = None) -> Claim:
    source, cid = gid.split("/")
    return Claim(source, cid, DAY, "...", DateSpan(DAY, DAY, "day"), "Voskepar", relays=relays)


@given(claim_batches, st.floats(50, 100))
@example([_relayed("am-tv/c0", relays="osce"), _relayed("az-mod/c1")], 85.0)  # origins met out of order
def test_origin_groups_are_the_rule(claims: list[Claim], similarity: float) -> None:
    """The groups come out whole and sorted by their origins, with their claims in order, however they were joined."""
    said = ALIGNMENT.said(claims)
    probable = independence._probable_relays(said, ALIGNMENT, similarity, 3, ())
    assert independence._origin_groups(said, probable) == _origin_groups_plainly(said, probable)


# --------------------------------------------------------------------------------------------------------------
# Location conflicts
# --------------------------------------------------------------------------------------------------------------


@given(claim_batches, st.floats(1, 300))
def test_location_conflicts_compare_every_pair_of_places(claims: list[Claim], km: float) -> None:
    """Claims that share an entry are never a location conflict, and the conflicts left are those between claims
    with no compatible pair of places and no unresolved name in common, whichever places they share."""
    cast = _Cast(case_of(claims))
    said = [cast.said_by_id[gid] for gid in sorted(cast.said_by_id)]
    _mentions, resolved = merge._places(cast, said, GAZETTEER)
    found = merge._location_conflicts(cast, said, resolved, km, GAZETTEER)
    expected = {
        tuple(s.gid for s in merge._ordered(x, y))
        for x, y in itertools.combinations([s for s in said if resolved.get(s.gid)], 2)
        if merge._apart(x, y)
        and not any(_compatible(cast, p, q, km) for p in resolved[x.gid] for q in resolved[y.gid])
        and not merge._unresolved_in_common(cast, *merge._ordered(x, y), GAZETTEER)
    }
    assert {conflict.claims for conflict in found} == expected
