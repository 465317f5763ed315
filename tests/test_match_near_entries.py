"""A name that only comes near a gazetteer spelling is not that place: the place feature with weak look-ups.

The shipped gazetteer lists Armenia and Azerbaijan only; names of other countries land just below the resolve
threshold of some unrelated entry (Kobani and Qaboun near Kapan). Such entries stay blocking keys but are no
evidence that two names are one place or lie close.
"""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from reconcile.block import blocking_keys, candidate_pairs
from reconcile.match import (
    MatchConfig,
    NearEntries,
    Scorer,
    claim_features,
    explain,
    partition_features,
    place_queries,
    resolve_place_queries,
    score_pair,
    unique_claims,
)
from reconcile.models import GazetteerEntry, Party
from reconcile.places import RESOLVE_THRESHOLD, Gazetteer
from tests.test_match import case_of, claim, weight

CONFIG = MatchConfig()
PARTIES = (Party("sdf", "SDF"), Party("syria", "Syrian government"))

#: Kapan with a neighbour 0.9 km away, and two villages that share one name.
GAZETTEER = Gazetteer(
    (
        GazetteerEntry("kapan", "Kapan", ("Կապան", "Капан"), "armenia", "Syunik", 39.2075, 46.4058),
        GazetteerEntry("bartsravan", "Bartsravan", ("Բարձրավան",), "armenia", "Syunik", 39.2150, 46.4100),
        GazetteerEntry("amasia-1", "Amasia", ("Ամասիա",), "armenia", "Shirak", 40.9546, 43.7872),
        GazetteerEntry("amasia-2", "Amasia", ("Ամասիա",), "armenia", "Ararat", 39.9869, 44.7364),
    )
)
NO_GAZETTEER = Gazetteer(())


def place_score(a: str, b: str, gazetteer: Gazetteer = GAZETTEER) -> tuple[float, str]:
    """The place contribution of two claims of one day naming ``a`` and ``b``."""
    first, second = claim("mon-a/a1", 0, a), claim("mon-b/b1", 0, b)
    feats = claim_features((first, second), gazetteer=gazetteer, config=CONFIG, parties=PARTIES)
    pair = score_pair(*feats, config=CONFIG)
    detail = next(c.detail for c in pair.contributions if c.feature == "place")
    return weight(pair, "place"), detail


def test_two_names_near_one_spelling_compare_as_names() -> None:
    """Kobani and Qaboun both come near Kapan: they score what the names say, not one gazetteer place."""
    found, detail = place_score("Kobani", "Qaboun")
    assert (found, detail) == place_score("Kobani", "Qaboun", NO_GAZETTEER)
    assert "gazetteer" not in detail


def test_a_name_near_the_spelling_of_a_matched_place_is_one_name() -> None:
    """A name near a spelling of the place the other name matched is worth one name, not one gazetteer place."""
    found, detail = place_score("Kapant", "Капан")
    assert found == CONFIG.place_same_name
    assert detail == ("'Kapant' and 'Капан' are one name: 'Kapant' is close to a spelling of gazetteer place kapan, "
                      "which 'Капан' is")


def test_the_point_of_a_place_a_name_only_comes_near_is_no_distance() -> None:
    """Kobani is not 0.9 km from Bartsravan because it comes near Kapan: the names are compared."""
    assert place_score("Kobani", "Bartsravan") == place_score("Kobani", "Bartsravan", NO_GAZETTEER)
    assert place_score("Kobani", "Bartsravan")[0] == CONFIG.place_different


def test_matched_places_keep_their_evidence() -> None:
    """Two spellings of one matched place, tied homonyms and matched neighbours weigh as before."""
    assert place_score("Kapan", "Կապան")[0] == CONFIG.place_same_entry
    assert place_score("Amasia", "Ամասիա")[0] == CONFIG.place_same_entry
    assert place_score("Kapan", "Bartsravan")[0] == CONFIG.near_km[0][1]


def test_a_name_near_a_listed_spelling_keeps_its_blocking_keys() -> None:
    """Kapant (another fold, another skeleton) still meets Капан through the entry it comes near."""
    feats = claim_features((claim("mon-a/a1", 0, "Kapant"), claim("mon-b/b1", 0, "Капан")), gazetteer=GAZETTEER,
                           config=CONFIG, parties=PARTIES)
    near = feats[0].places[0]
    assert (near.entries, near.matched, bool(near.points)) == (("kapan",), False, True)
    assert "e:kapan" in blocking_keys(feats[0], CONFIG)
    assert candidate_pairs(feats, CONFIG) == [(0, 1)]


def test_the_shipped_gazetteer_does_not_join_kobani_and_qaboun_as_kapan() -> None:
    """Two monitors name Kobani and Qaboun: the explanation never calls them one gazetteer place."""
    case = case_of(claim("mon-a/a1", 0, "Kobani"), claim("mon-b/b1", 0, "Qaboun"))
    text = explain(case, "mon-a/a1", "mon-b/b1", gazetteer=Gazetteer.default())
    assert "gazetteer place" not in text
    assert "'Kobani' and 'Qaboun' are one name" in text


def test_partitions_read_weak_look_ups_from_the_table() -> None:
    """The engine's table (pickled to its workers) says which look-ups only came near, as the features do."""
    claims = unique_claims([claim("mon-a/a1", 0, "Kobani"), claim("mon-b/b1", 0, "Kapan"),
                            claim("mon-c/c1", 0, "Amasia")])
    table = resolve_place_queries(place_queries(claims, parties=PARTIES), GAZETTEER)
    table = pickle.loads(pickle.dumps(table))
    assert isinstance(table[("kobani", None)], NearEntries)
    parts = partition_features(claims, units={c.global_id: c.global_id for c in claims}, table=table,
                               config=CONFIG, parties=PARTIES)
    whole = claim_features(claims, gazetteer=GAZETTEER, config=CONFIG, parties=PARTIES)
    assert [f.places for f in parts] == [f.places for f in whole]
    assert [p.matched for f in whole for p in f.places] == [False, True, True]


NAMES = ("Kobani", "Qaboun", "Kapant", "Kaplan", "Kazapan", "Kapan", "Капан", "Khapan", "Bartsravan", "Amasia",
         "Ամասիա", "Homs", "Mosul", "Baiji", "Kupiansk")


@given(st.sampled_from(NAMES), st.sampled_from(NAMES))
def test_a_weak_look_up_never_outweighs_the_names(a: str, b: str) -> None:
    """Where either name matches no entry, the place weight is what the names say (no gazetteer), or at most one
    name when the other matched the entry it comes near; one gazetteer place needs both names matched."""
    found, _ = place_score(a, b)
    names, _ = place_score(a, b, NO_GAZETTEER)
    matched = [GAZETTEER.resolve(name).score >= RESOLVE_THRESHOLD for name in (a, b)]
    if not any(matched):
        assert found == names
    elif not all(matched):
        assert found in (names, CONFIG.place_same_name)
    assert found <= CONFIG.place_same_name or all(matched)


def test_scanned_totals_are_the_scores_with_weak_look_ups() -> None:
    """The scanning paths (one pair at a time, and chunks on arrays) total every pair as `score` does, places that
    only come near a spelling included (their claims carry no place signature)."""
    places = [f"{a} and {b}" for a in NAMES[:6] for b in NAMES[6:]] + list(NAMES)
    feats = claim_features([claim(f"s{n}/c", 0, place) for n, place in enumerate(places)], gazetteer=GAZETTEER,
                           config=CONFIG, parties=PARTIES)
    pairs = [(i, j) for i in range(len(feats)) for j in range(i + 1, len(feats))]
    scorer = Scorer(feats, CONFIG)
    expected = {(i, j): total for i, j in pairs if (total := scorer.score(i, j).total) >= CONFIG.match_threshold}
    assert {(i, j): total for total, i, j in Scorer(feats, CONFIG).links(pairs)} == expected
    chunks = [([i for i, _ in pairs], [j for _, j in pairs])]
    assert {(i, j): total for total, i, j in Scorer(feats, CONFIG).links_of_chunks(chunks)} == expected
