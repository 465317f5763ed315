"""Readings shared within a run give what reading afresh gives.

Matching and merge both read the place text of every claim (`places.mentions`): a run reads each distinct text
once and both stages use that reading.
"""

from __future__ import annotations

from collections import Counter

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import merge as merge_module
from reconcile import places
from reconcile.cluster import group_claims
from reconcile.match import ClaimFeatures, claim_features
from reconcile.merge import merge
from reconcile.models import Claim
from reconcile.pipeline import reconcile
from tests.test_match import DAY, GAZETTEER, PARTIES, case_of, claim, claims_strategy

# Place texts that name a region in the text (the hint of the other names), a distance, a container, or nothing.
HINTED = ("Asagi Askipara, Qazakh Rayon", "Berdavan, Tavush region", "Ağdam kəndi, Tovuz rayonu",
          "5 km north of Berdavan", "Voskepar, Ijevan", "Tavush region", "the border")


@st.composite
def hinted_claims(draw: st.DrawFn) -> list[Claim]:
    """Small cases whose place texts are often hinted by a region they name, and whose claims have regions."""
    out = draw(claims_strategy(min_size=1, max_size=8))
    texts = st.sampled_from(HINTED)
    return [c if draw(st.booleans()) else claim(c.global_id, (c.date.start - DAY).days, draw(texts),
                                                 region=c.region, killed={"armenia": 1})
            for c in out]


def _values(features: ClaimFeatures) -> tuple[object, ...]:
    """The fields of ``features`` (which compare by identity)."""
    return attrs.astuple(features, recurse=False)


def _counting(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Count the readings of each place text, wherever a stage reads one."""
    read: Counter[str] = Counter()
    plain = places.mentions

    def counted(text: str) -> tuple[places.Mention, ...]:
        read[text] += 1
        return plain(text)

    monkeypatch.setattr(places, "mentions", counted)
    monkeypatch.setattr(merge_module, "mentions", counted)
    return read


def test_a_run_reads_each_place_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Matching and merge share the readings: each distinct place text is read once in a run, whatever the
    regions it comes with; and each region text too (a claim's region, or a region its place text names), where
    matching reads it for the regions a place lies in (`match.Place.within`)."""
    claims = [
        claim("am/a", 0, "Asagi Askipara, Qazakh Rayon", killed={"armenia": 2}),
        claim("az/b", 0, "Asagi Askipara, Qazakh Rayon", region="Tavush", killed={"armenia": 2}),
        claim("osce/c", 0, "Berdavan, Tavush region"),
        claim("am/d", 1, "Berdavan, Tavush region", region="Qazakh Rayon"),
        claim("az/e", 3, "Voskepar"),
    ]
    read = _counting(monkeypatch)
    reconcile(case_of(*claims), gazetteer=GAZETTEER)
    assert {c.place for c in claims} <= set(read)
    assert set(read.values()) == {1}


@given(hinted_claims())
@example([claim("am/a", 0, "Ağdam kəndi, Tovuz rayonu"),
          claim("az/b", 0, "Ağdam kəndi, Tovuz rayonu", region="Tavush")])
def test_shared_readings_are_fresh_readings(claims: list[Claim]) -> None:
    """The readings the features leave are each text's own `places.mentions`, and the features and events made
    with them shared are those made with each stage reading afresh."""
    case = case_of(*claims)
    shared: dict[str, tuple[places.Mention, ...]] = {}
    with_shared = claim_features(claims, gazetteer=GAZETTEER, parties=PARTIES, mentions=shared)
    assert [_values(f) for f in with_shared] == [_values(f) for f in claim_features(claims, gazetteer=GAZETTEER,
                                                                                   parties=PARTIES)]
    # Every place text, and the region texts matching reads for the regions a place lies in (`match.Place.within`:
    # a claim's region, a region its place text names), each its own fresh reading.
    assert {c.place for c in claims} <= set(shared)
    assert shared == {text: places.mentions(text) for text in shared}
    shared = {}
    groups = group_claims(case, gazetteer=GAZETTEER, mentions=shared)
    assert groups == group_claims(case, gazetteer=GAZETTEER)
    assert merge(case, groups, gazetteer=GAZETTEER, mentions=shared) == merge(case, groups, gazetteer=GAZETTEER)


def test_merge_reads_the_texts_it_is_not_given() -> None:
    """Texts missing from the readings merge is given are read there and added."""
    claims = [claim("am/a", 0, "Berdavan, Tavush region"), claim("az/b", 0, "Voskepar")]
    case = case_of(*claims)
    groups = group_claims(case, gazetteer=GAZETTEER)
    given = {"Voskepar": places.mentions("Voskepar")}
    assert merge(case, groups, gazetteer=GAZETTEER, mentions=given) == merge(case, groups, gazetteer=GAZETTEER)
    assert given == {c.place: places.mentions(c.place) for c in claims}
