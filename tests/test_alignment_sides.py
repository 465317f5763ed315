"""The name of an alignment component (a side): the party the others align with, whatever the order of the input,
and only a name: every result but the side names is what it would be under any other choice of member."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from unittest import mock

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reconcile import independence
from reconcile.independence import Alignment, alignment_components, representative
from reconcile.merge import merge_group
from reconcile.models import Case, Casualties, Claim, Count, DateSpan, Event, Group, Party, Source
from reconcile.places import Gazetteer

GEORGIA = (
    Party("georgia", "Georgia"),
    Party("russia", "Russia"),
    Party("south-ossetia", "South Ossetia", aligned_with=("russia",)),
    Party("abkhazia", "Abkhazia", aligned_with=("russia",)),
)
SOMALIA = (
    Party("somalia", "Federal Government of Somalia"),
    Party("al-shabaab", "Harakat al-Shabaab al-Mujahideen"),
    Party("amisom", "AMISOM/ATMIS", aligned_with=("somalia",)),
    Party("usa", "United States", aligned_with=("somalia",)),
)
CAUCASUS = (
    Party("armenia", "Armenia"),
    Party("azerbaijan", "Azerbaijan"),
    Party("nkr", "Nagorno-Karabakh Republic", aligned_with=("armenia",)),
)
GEORGIA_SOURCES = (
    Source("ge-mod", "Ministry of Defence of Georgia", "belligerent", speaks_for="georgia"),
    Source("ru-mod", "Ministry of Defence of the Russian Federation", "belligerent", speaks_for="russia"),
    Source("so-press", "South Ossetian press service", "belligerent", speaks_for="south-ossetia"),
    Source("ab-mod", "Ministry of Defence of Abkhazia", "belligerent", speaks_for="abkhazia"),
    Source("ru-tv", "Russian state television", "media", aligned_with=("russia",)),
    Source("ab-tv", "Abkhaz television", "media", aligned_with=("abkhazia",)),
    Source("osce", "OSCE monitors", "monitor"),
    Source("wire", "Wire Agency", "media"),
)
NO_PLACES = Gazetteer(())


def smallest_member(parties: Iterable[Party]) -> dict[str, str]:
    """The former naming: party id -> the smallest id of its alignment component."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for party in parties:
        find(party.id)
        for other in party.aligned_with:
            a, b = find(party.id), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {p: find(p) for p in parent}


def partition(component: dict[str, str]) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for party, head in component.items():
        groups.setdefault(head, set()).add(party)
    return {frozenset(g) for g in groups.values()}


# --- the rule ----------------------------------------------------------------------------------------------------


def test_the_side_of_clients_is_named_by_their_patron() -> None:
    """South Ossetia and Abkhazia aligned with Russia: their side is Russia's, not the alphabetically first."""
    assert alignment_components(GEORGIA) == {
        "georgia": "georgia", "russia": "russia", "south-ossetia": "russia", "abkhazia": "russia"}


def test_the_side_of_a_government_and_its_allies_is_the_government() -> None:
    """AMISOM and the United States aligned with Somalia: the side is Somalia's, not AMISOM's."""
    assert alignment_components(SOMALIA) == {
        "somalia": "somalia", "al-shabaab": "al-shabaab", "amisom": "somalia", "usa": "somalia"}


def test_the_seed_side_stays_armenia() -> None:
    assert alignment_components(CAUCASUS) == {"armenia": "armenia", "azerbaijan": "azerbaijan", "nkr": "armenia"}


def test_a_patron_that_lists_its_clients_back_still_names_the_side() -> None:
    parties = (*GEORGIA[:1], attrs.evolve(GEORGIA[1], aligned_with=("abkhazia", "south-ossetia")), *GEORGIA[2:])
    assert alignment_components(parties)["abkhazia"] == "russia"


def test_a_chain_of_alignments_is_named_by_its_end() -> None:
    """A militia aligned with a breakaway region aligned with a state: the state names the side."""
    parties = (Party("a-militia", "Militia", aligned_with=("b-region",)),
               Party("b-region", "Region", aligned_with=("z-state",)), Party("z-state", "State"))
    assert set(alignment_components(parties).values()) == {"z-state"}


def test_mutual_alignment_falls_back_to_the_smallest_id() -> None:
    parties = (Party("y", "Y", aligned_with=("x",)), Party("x", "X", aligned_with=("y",)))
    assert alignment_components(parties) == {"x": "x", "y": "x"}


def test_alignment_side_names_the_patron_for_sources_and_unknown_parties() -> None:
    alignment = Alignment(GEORGIA, GEORGIA_SOURCES)
    assert alignment.side("abkhazia") == "russia"
    assert alignment.side("nobody") == "nobody"
    assert alignment.sides(alignment.sources["ab-tv"]) == frozenset({"russia"})


# --- order does not matter ---------------------------------------------------------------------------------------

IDS = ("a", "b", "c", "d", "e", "f")


@st.composite
def party_lists(draw: st.DrawFn) -> tuple[Party, ...]:
    ids = draw(st.lists(st.sampled_from(IDS), min_size=1, max_size=len(IDS), unique=True))
    return tuple(Party(pid, pid.upper(), aligned_with=tuple(draw(st.lists(st.sampled_from(IDS), max_size=3))))
                 for pid in ids)


def reordered(parties: Sequence[Party], order: Sequence[int], flips: Sequence[bool]) -> tuple[Party, ...]:
    """The parties in another order, some ``aligned_with`` lists reversed, and each entry repeated."""
    out = []
    for k, i in enumerate(j for j in order if j < len(parties)):
        listed = tuple(reversed(parties[i].aligned_with)) if flips[k] else parties[i].aligned_with
        out.append(attrs.evolve(parties[i], aligned_with=listed + listed[::-1]))
    return tuple(out)


@given(party_lists(), st.permutations(range(len(IDS))), st.lists(st.booleans(), min_size=len(IDS), max_size=len(IDS)))
@example((Party("b", "B", aligned_with=("a",)), Party("a", "A", aligned_with=("b", "c")), Party("c", "C")),
         (2, 1, 0, 3, 4, 5), [True] * len(IDS))
@example((Party("a", "A", aligned_with=("b",)), Party("b", "B", aligned_with=("c",)),
          Party("c", "C", aligned_with=("a",))), (1, 2, 0, 3, 4, 5), [False] * len(IDS))
def test_the_representative_does_not_depend_on_order(
    parties: tuple[Party, ...], order: Sequence[int], flips: Sequence[bool],
) -> None:
    """Permuting the parties and their ``aligned_with`` lists, or repeating an entry, names the same sides."""
    assert alignment_components(reordered(parties, order, flips)) == alignment_components(parties)


@given(party_lists())
@example((Party("b", "B", aligned_with=("a",)), Party("a", "A", aligned_with=("b", "c")), Party("c", "C")))
def test_only_the_names_change(parties: tuple[Party, ...]) -> None:
    """The components are the former ones; each is named by one of its members, one the most others name."""
    new, old = alignment_components(parties), smallest_member(parties)
    assert new.keys() == old.keys()
    assert partition(new) == partition(old)
    for head in set(new.values()):
        assert new[head] == head
        assert representative([p for p in new if new[p] == head],
                              {p.id: p.aligned_with for p in parties}) == head
    named_by = {p: sum(p in q.aligned_with and q.id != p for q in parties) for p in new}
    for party, head in new.items():
        assert named_by[head] >= named_by[party]


# --- every result but the names is unchanged ---------------------------------------------------------------------

DAY = dt.date(2008, 8, 8)
PARTY_IDS = tuple(p.id for p in GEORGIA)


@st.composite
def georgia_claims(draw: st.DrawFn) -> tuple[Claim, ...]:
    out = []
    for n in range(draw(st.integers(1, 6))):
        source = draw(st.sampled_from([s.id for s in GEORGIA_SOURCES]))
        figures = draw(st.lists(st.tuples(st.sampled_from(PARTY_IDS), st.sampled_from(("soldiers", "civilians")),
                                          st.integers(0, 12)), max_size=2, unique_by=lambda f: (f[0], f[1])))
        out.append(Claim(
            source=source, id=f"c{n}", stated=DAY + dt.timedelta(days=draw(st.integers(0, 2))),
            quote=draw(st.sampled_from(("Our forces repelled an attack near Tskhinvali and lost men.",
                                        f"{source} statement {n}"))),
            date=DateSpan(DAY, DAY, "day"), place="near Tskhinvali",
            stance=draw(st.sampled_from(("asserts", "asserts", "denies"))),
            casualties=tuple(Casualties(p, c, killed=Count(v, v, str(v))) for p, c, v in figures),  # type: ignore[arg-type]
            initiator=draw(st.sampled_from((None, *PARTY_IDS))),
            relays=draw(st.sampled_from((None, None, "ru-mod", "ab-mod", "Abkhazia", "South Ossetian officials"))),
        ))
    return tuple(out)


def merged(claims: Sequence[Claim]) -> Event:
    case = Case("t", "Test", GEORGIA, GEORGIA_SOURCES, tuple(claims))
    return merge_group(case, Group("e", tuple(c.global_id for c in claims)), gazetteer=NO_PLACES)


def unnamed(event: Event) -> Event:
    return attrs.evolve(event, origins=tuple(attrs.evolve(g, sides=()) for g in event.origins))


@settings(max_examples=60, deadline=None)
@given(georgia_claims())
@example((
    Claim(source="ru-mod", id="c0", stated=DAY, quote="x", date=DateSpan(DAY, DAY, "day"), place="near Tskhinvali",
          casualties=(Casualties("russia", "soldiers", killed=Count(10, 10, "10")),), initiator="georgia"),
    Claim(source="so-press", id="c1", stated=DAY, quote="y", date=DateSpan(DAY, DAY, "day"), place="near Tskhinvali",
          casualties=(Casualties("south-ossetia", "civilians", killed=Count(15, 15, "15")),), initiator="georgia"),
    Claim(source="ge-mod", id="c2", stated=DAY, quote="z", date=DateSpan(DAY, DAY, "day"), place="near Tskhinvali",
          casualties=(Casualties("russia", "soldiers", killed=Count(10, 10, "10")),), initiator="georgia"),
))
def test_naming_sides_by_their_patron_changes_nothing_else(claims: tuple[Claim, ...]) -> None:
    """The event of the same claims under the former naming (smallest id: Abkhazia) and the new one (Russia):
    equal origins, grades, figures, conflicts, admissions and sentences; only ``sides`` read Russia for Abkhazia."""
    new = merged(claims)
    with mock.patch.object(independence, "alignment_components", smallest_member):
        old = merged(claims)
    assert unnamed(new) == unnamed(old)
    rename = {smallest_member(GEORGIA)[p]: alignment_components(GEORGIA)[p] for p in PARTY_IDS}
    assert [g.sides for g in new.origins] == [tuple(sorted(rename.get(s, s) for s in g.sides)) for g in old.origins]
    if any(g.sides for g in old.origins):
        assert "abkhazia" not in {s for g in new.origins for s in g.sides}


def test_a_russian_ministry_claim_shows_the_russian_side() -> None:
    claim = Claim(source="ru-mod", id="c0", stated=DAY, quote="x", date=DateSpan(DAY, DAY, "day"),
                  place="near Tskhinvali", initiator="georgia")
    assert [g.sides for g in merged([claim]).origins] == [("russia",)]
