"""A claim that names a unit as its place (an area: "Spin Boldak district") against the place of that name.

An area is a region for everything the region comparison does, and also a name: where it is one name with a place
(or an area) of the other claim, that place weight counts when it is positive and higher than the region's.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.block import candidate_pairs, is_candidate
from reconcile.match import ClaimFeatures, Links, MatchConfig, Scorer, claim_features
from reconcile.models import Claim, GazetteerEntry
from reconcile.places import Gazetteer
from tests.test_match import GAZETTEER, PARTIES, claim

CONFIG = MatchConfig()
#: Spin Boldak, a town of Kandahar province, and Wesh beside it; Tavush, a village of the province of its name.
AFGHAN = Gazetteer(
    (
        GazetteerEntry("spin-boldak", "Spin Boldak", ("Spin Buldak", "سپین بولدک"), "afghanistan", "Kandahar",
                       31.00575, 66.40009),
        GazetteerEntry("wesh", "Wesh", (), "afghanistan", "Kandahar", 31.0107, 66.4023),
        GazetteerEntry("kandahar", "Kandahar", ("Qandahar",), "afghanistan", "Kandahar", 31.61332, 65.71013),
        GazetteerEntry("tavush", "Tavush", ("Tovuz village",), "armenia", "Tavush", 40.98, 45.03),
        GazetteerEntry("berdavan", "Berdavan", ("Բերդավան",), "armenia", "Tavush", 41.20503, 44.99967),
    )
)
EMPTY = Gazetteer(())


def feats(*claims: Claim, gazetteer: Gazetteer = GAZETTEER) -> tuple[ClaimFeatures, ...]:
    return claim_features(claims, gazetteer=gazetteer, parties=PARTIES)


def place(a: Claim, b: Claim, gazetteer: Gazetteer = GAZETTEER) -> tuple[float, str]:
    """The explained place contribution of two claims: weight and sentence."""
    found = feats(a, b, gazetteer=gazetteer)
    part = Scorer(found)._place(found[0], found[1], True)
    return part[1], part[2]


# --- focused examples ----------------------------------------------------------------------------------------------


def test_a_district_is_one_name_with_the_town_of_its_name() -> None:
    """"Spin Boldak district" against "Spin Buldak" scores as two spellings of one town, not as one region."""
    weight, detail = place(claim("af/a", 0, "Spin Boldak district", region="Kandahar"),
                           claim("un/b", 0, "Spin Buldak", region="Kandahar province"))
    assert weight == CONFIG.place_same_name
    assert "'Spin Boldak' and 'Spin Buldak' are one name" in detail
    assert "a unit named as the place" in detail


def test_a_district_is_the_gazetteer_place_of_its_name() -> None:
    """With the town in the gazetteer (in a province of another name), both names are that gazetteer place."""
    weight, _ = place(claim("af/a", 0, "Spin Boldak district, Kandahar province"),
                      claim("un/b", 0, "Spin Buldak"), gazetteer=AFGHAN)
    assert weight == CONFIG.place_same_entry


def test_a_unit_meets_the_place_of_its_name_without_a_gazetteer() -> None:
    """Without any gazetteer entry, "Gwoza district" against "Gwoza" is one name (not "no region to compare")."""
    weight, _ = place(claim("ng/a", 0, "Gwoza district"), claim("hrw/b", 0, "Gwoza"), gazetteer=EMPTY)
    assert weight == CONFIG.place_same_name


def test_two_areas_of_one_name_are_one_name() -> None:
    """Two spellings of one district are one name, not "regions differ"."""
    weight, _ = place(claim("af/a", 0, "Spin Boldak district"), claim("un/b", 0, "Spin Buldak district"))
    assert weight == CONFIG.place_same_name


def test_a_district_against_a_village_in_it_stays_a_region() -> None:
    """"Qazakh Rayon" against "Asagi Askipara, Qazakh Rayon": another name in one region, +1 as before, with or
    without the town of Qazakh in the gazetteer."""
    a, b = claim("az/a", 0, "Qazakh Rayon"), claim("am/b", 0, "Asagi Askipara, Qazakh Rayon")
    for gazetteer in (GAZETTEER, Gazetteer.default()):
        weight, detail = place(a, b, gazetteer=gazetteer)
        assert (weight, "both lie in one region" in detail) == (CONFIG.place_same_region, True)


def test_an_area_against_a_village_of_another_region_is_unchanged() -> None:
    """An area and a village of another name in another region: the regions differ, as before."""
    weight, detail = place(claim("af/a", 0, "Spin Boldak district", region="Kandahar"),
                           claim("am/b", 0, "Berdavan"))
    assert (weight, "the regions differ" in detail) == (CONFIG.place_other_region, True)


def test_a_district_against_a_village_near_its_town_stays_a_region() -> None:
    """The distance from the town of the district's name to a village of another name says nothing: the district
    holds the village (Wesh, a kilometre from Spin Boldak), so the pair scores as one region."""
    weight, detail = place(claim("af/a", 0, "Spin Boldak district, Kandahar province"),
                           claim("un/b", 0, "Wesh", region="Kandahar"), gazetteer=AFGHAN)
    assert (weight, "both lie in one region" in detail) == (CONFIG.place_same_region, True)


def test_a_gazetteer_region_is_not_the_village_of_its_name() -> None:
    """A unit the gazetteer gives as the region of the place of its name (Tavush, a province with a village
    Tavush in it) is that region: it holds many villages, and scores as one region against the village."""
    weight, detail = place(claim("am/a", 0, "Tavush marz"), claim("az/b", 0, "Tavush"), gazetteer=AFGHAN)
    assert (weight, "both lie in one region" in detail) == (CONFIG.place_same_region, True)


def test_the_district_and_the_town_are_a_candidate_pair_and_one_event() -> None:
    """Blocking lets the area meet the town though they share no region word (nor a figure), and the pair links."""
    a = claim("af/a", 0, "Spin Boldak district")
    b = claim("un/b", 0, "Spin Buldak", region="Kandahar province")
    found = feats(a, b)
    assert not found[0].regions & found[1].regions
    assert is_candidate(found[0], found[1], CONFIG)
    assert candidate_pairs(found, CONFIG) == [(0, 1)]
    assert [(i, j) for _, i, j in Scorer(found).links([(0, 1)])] == [(0, 1)]


# --- properties ----------------------------------------------------------------------------------------------------

AREA_PLACES = ("Spin Boldak district", "Spin Buldak", "Spin Buldak district", "Spin Boldak",
               "Spin Boldak district, Kandahar province", "Kandahar province", "Kandahar", "Gwoza district",
               "Gwoza", "Tavush region", "Tavush marz", "Berdavan", "Qazakh Rayon", "Asagi Askipara, Qazakh Rayon",
               "Voskepar", "the border")
AREA_REGIONS = (None, None, "Kandahar", "Tavush")
GAZETTEERS = (GAZETTEER, AFGHAN, EMPTY)


@st.composite
def area_claims(draw: st.DrawFn, max_size: int = 8) -> list[Claim]:
    """Claims of a few days, many of them naming a unit as their place, the others its town or other places."""
    out = []
    for n in range(draw(st.integers(2, max_size))):
        out.append(claim(f"{draw(st.sampled_from(('am', 'az', 'un')))}/c{n}", draw(st.integers(0, 2)),
                         draw(st.sampled_from(AREA_PLACES)), region=draw(st.sampled_from(AREA_REGIONS)),
                         killed=draw(st.dictionaries(st.sampled_from(("armenia",)), st.integers(1, 3), max_size=1))))
    return out


def _chunks(pairs: Sequence[tuple[int, int]], size: int) -> list[tuple[list[int], list[int]]]:
    return [([i for i, _ in pairs[k : k + size]], [j for _, j in pairs[k : k + size]])
            for k in range(0, len(pairs), size)]


@given(area_claims(), st.sampled_from(GAZETTEERS), st.sampled_from((-30.0, 2.0, 5.0)),
       st.randoms(use_true_random=False))
@example(  # one area against two towns of one region set: the key of the pair reads the towns too
    [claim("af/a", 0, "Spin Boldak district"), claim("un/b", 0, "Spin Buldak", region="Tavush"),
     claim("un/c", 0, "Berdavan", region="Tavush")], GAZETTEER, -30.0, random.Random(0))
@example(  # two areas against one town: the key reads each area
    [claim("un/b", 0, "Spin Buldak"), claim("af/a", 0, "Spin Boldak district"),
     claim("ng/c", 0, "Gwoza district")], EMPTY, -30.0, random.Random(0))
def test_scoring_on_arrays_and_pair_by_pair_agree(claims: list[Claim], gazetteer: Gazetteer, threshold: float,
                                                  rnd: random.Random) -> None:
    """With areas, `Scorer.links_of_chunks` gives the links of `Scorer.links`, and every total is the sum of the
    explained contributions, to the bit, in any order of pairs."""
    found = feats(*claims, gazetteer=gazetteer)
    config = MatchConfig(match_threshold=threshold, veto_threshold=threshold - 50)
    pairs = [(i, j) if rnd.random() < 0.5 else (j, i) for i, j in itertools.combinations(range(len(found)), 2)]
    rnd.shuffle(pairs)
    expected = [(total.hex(), i, j) for total, i, j in Scorer(found, config).links(pairs)]
    chunked = Scorer(found, config).links_of_chunks(_chunks(pairs, 2))
    assert isinstance(chunked, Links)
    assert [(total.hex(), i, j) for total, i, j in chunked] == expected
    scorer = Scorer(found, config)
    for i, j in pairs:
        assert scorer.total(i, j).hex() == Scorer(found, config).score(i, j).total.hex()


@given(area_claims(), st.sampled_from(GAZETTEERS))
def test_an_area_only_adds_evidence(claims: list[Claim], gazetteer: Gazetteer) -> None:
    """The place weight of a pair is at least what it is with the areas left out, equal to it when neither claim
    names an area, and above it only by a positive place weight."""
    found = feats(*claims, gazetteer=gazetteer)
    plain = tuple(attrs.evolve(f, areas=()) for f in found)
    scorer, region_only = Scorer(found), Scorer(plain)
    for i, j in itertools.combinations(range(len(found)), 2):
        with_areas = scorer._place(found[i], found[j], False)[1]
        without = region_only._place(plain[i], plain[j], False)[1]
        assert with_areas >= without
        if not (found[i].areas or found[j].areas):
            assert with_areas == without
        elif with_areas > without:
            assert with_areas > 0.0
