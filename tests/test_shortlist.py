"""The gazetteer shortlists place names in batches (`Gazetteer._shortlists`, one `rapidfuzz.process.cdist` call for
many names): the same shortlist, best first, as searching for one name at a time, and the same scores."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from reconcile import match, places
from reconcile.load import load_case
from reconcile.models import GazetteerEntry
from reconcile.places import Gazetteer, parse

from .conftest import SEED
from .test_parallel import NAMES

# Few letters and short stems: many stems score alike, so the order of ties decides who is shortlisted.
stems = st.text(alphabet="abdek", min_size=1, max_size=6)


def _one_at_a_time(stem: str, choices: list[str]) -> list[str]:
    """The shortlist of one stem as a search for it alone gives it."""
    return [found for found, _score, _i in process.extract(
        stem, choices, scorer=fuzz.ratio, limit=places._SHORTLIST, score_cutoff=places._SHORTLIST_CUTOFF)]


def _gazetteer(stems: list[str]) -> Gazetteer:
    return Gazetteer([GazetteerEntry(id=f"p{k}", name=stem) for k, stem in enumerate(stems)])


@given(queries=st.lists(stems, min_size=1, max_size=8),
       choices=st.lists(stems, min_size=0, max_size=120, unique=True),
       cells=st.sampled_from([1, 7, 100, places._CDIST_CELLS]), batch=st.sampled_from([0, places._CDIST_MIN]))
@example(queries=["a"], choices=[], cells=places._CDIST_CELLS, batch=0)  # nothing to shortlist
@example(queries=["ab", "ab"], choices=["ab", "ba", "abd", "b"], cells=1, batch=0)  # one query per block
def test_shortlists_are_one_search_per_stem(queries: list[str], choices: list[str], cells: int, batch: int) -> None:
    """Stems compared in blocks of any size (``batch`` 0: however few they are) shortlist what a search for each
    stem alone does, in its order: the best first, ties in the order the gazetteer met the stems, none below the
    cutoff, at most `_SHORTLIST`."""
    gazetteer = _gazetteer(choices)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(places, "_CDIST_CELLS", cells)
        patch.setattr(places, "_CDIST_MIN", batch)
        found = gazetteer._shortlists(queries)
    assert found == [_one_at_a_time(stem, gazetteer._stems) for stem in queries]


def test_shortlist_holds_at_most_its_length_of_tied_stems(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sixty stems tie for one query: the first `_SHORTLIST` met are kept, as a search keeps them."""
    tied = [f"kar{letters}" for letters in ("ab", "ad", "ae", "ak", "ba", "bd", "be", "bk", "da", "db", "de", "dk",
                                           "ea", "eb", "ed", "ek", "ka", "kb", "kd", "ke")]
    choices = [*tied, *(f"mar{t[3:]}" for t in tied), *(f"par{t[3:]}" for t in tied)]
    gazetteer = _gazetteer(choices)
    monkeypatch.setattr(places, "_CDIST_MIN", 0)
    [found] = gazetteer._shortlists(["karxx"])
    assert len(found) == places._SHORTLIST
    assert found == _one_at_a_time("karxx", gazetteer._stems)
    assert found[: len(tied)] == tied  # the best, in the order they were met


@pytest.mark.parametrize("batch", [0, places._CDIST_MIN])
def test_a_batch_scores_as_one_reading_at_a_time(monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    """`score_readings` over many readings (with repeats, and one already scored) gives each the scores that
    resolving it alone gives, and keeps them: the names then resolve as on a gazetteer that scored nothing ahead."""
    batch_scored, single = Gazetteer(list(Gazetteer.default())), Gazetteer(list(Gazetteer.default()))
    batch_scored.score_readings([parse("Berdavan")])
    readings = [parse(name) for name in [*NAMES, *NAMES]]
    monkeypatch.setattr(places, "_CDIST_MIN", batch)
    scores = batch_scored.score_readings(readings)
    monkeypatch.undo()
    assert scores == [single._scores(reading) for reading in readings]
    assert batch_scored.unscored(NAMES) == []
    for name in NAMES:
        assert batch_scored.resolve(name, region="Tavush") == single.resolve(name, region="Tavush")


def test_features_shortlist_the_names_in_one_batch_without_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without worker processes the features stage scores every name of the case in one batch before it resolves
    them (one shortlisting call for all of them), and resolves them as before."""
    monkeypatch.setenv("RECONCILE_PROCESSES", "1")
    case = load_case(SEED)
    calls: list[int] = []
    shortlists = Gazetteer._shortlists

    def counted(self: Gazetteer, stems: list[str]) -> list[list[str]]:
        calls.append(len(stems))
        return shortlists(self, stems)

    monkeypatch.setattr(Gazetteer, "_shortlists", counted)
    gazetteer = Gazetteer(list(Gazetteer.default()))
    features = match.claim_features(case.claims, gazetteer=gazetteer, parties=case.parties)
    assert len(calls) == 1
    assert calls[0] > 1
    # Resolved one at a time, each name shortlisted on its own when first met:
    unique = match.unique_claims(case.claims)
    lookup = match._GazetteerLookup(Gazetteer(list(Gazetteer.default())))
    one_by_one = match._features(unique, match.link_units(unique), lookup, match.MatchConfig(), case.parties, (0, 1))
    assert len(calls) > 2
    assert set(calls[1:]) == {1}
    # (features compare by identity: their fields are compared)
    assert [attrs.astuple(f, recurse=False) for f in features] == [attrs.astuple(f, recurse=False) for f in one_by_one]
