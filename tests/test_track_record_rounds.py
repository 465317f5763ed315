"""Track records' truth-discovery rounds on arrays (`reconcile.track_records._Rounds`, used from a few thousand
distinct comparisons on) give the same floats, to the last bit, as the rounds worked out in Python."""

from __future__ import annotations

import importlib
from operator import itemgetter

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.models import Count
from reconcile.track_records import TruthObject, _gain, _Losses, _Rounds, truth_scores

from .test_independence import _reference_scores, truth_objects_lists

_module = importlib.import_module("reconcile.track_records")  # the package's name is the function

comparisons = st.lists(st.tuples(st.integers(0, 3), st.integers(1, 3), st.floats(0.0, 1.0)), min_size=1, max_size=5)
scores_tables = st.lists(st.one_of(st.just(0.0), st.floats(0.0, 1.0)), min_size=4, max_size=4)


def _bits(values: list[float]) -> list[str]:
    return [value.hex() for value in values]


@given(kinds=st.lists(comparisons.map(tuple), min_size=1, max_size=12, unique=True), scores=scores_tables,
       data=st.data())
@example(kinds=[((0, 1, -0.0), (1, 1, -0.0)), ((2, 1, -0.0),)], scores=[0.0, 0.0, 0.5, 0.0], data=None)
def test_rounds_on_arrays_are_the_python_rounds_to_the_last_bit(kinds: list[tuple[tuple[int, int, float], ...]],
                                                                 scores: list[float],
                                                                 data: st.DataObject | None) -> None:
    """Each source's gain from `_Rounds` is bit for bit `_gain` of `_Losses`: the same weights, the same sums in the
    same order (a -0.0 included, which ``sum`` turns into 0.0), whatever the sources' comparisons."""
    losses = _Losses(kinds)
    if data is None:
        mine = [[0, 1], [1], [], [1, 0, 0]]
    else:
        mine = data.draw(st.lists(st.lists(st.integers(0, len(kinds) - 1), max_size=8), min_size=1, max_size=5))
    plain = losses(scores)
    expected = [_gain(plain, itemgetter(*kinds_) if len(kinds_) > 1 else None, kinds_) for kinds_ in mine]
    assert _bits(_Rounds(losses, mine).gains(scores)) == _bits(expected)
    assert _bits(_Rounds(losses, mine).losses(scores).tolist()) == _bits(plain)


@given(truth_objects_lists)
def test_scores_on_arrays_are_the_documented_rule(objects: list[TruthObject]) -> None:
    """`truth_scores` with every round on arrays gives the rule's scores, computed plainly."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_module, "_ARRAYS_FROM", 0)
        assert {s: (t.score, t.objects) for s, t in truth_scores(objects).items()} == _reference_scores(objects)


def test_a_large_case_goes_to_the_arrays(monkeypatch: pytest.MonkeyPatch) -> None:
    """From `_ARRAYS_FROM` distinct comparisons on, the rounds are worked out on arrays, with the same scores."""
    objects = [TruthObject(("c", str(i), "figure"), (("a", Count(i, i)), ("b", Count(i + k, None)), ("c", Count(k, k))))
               for i in range(60) for k in range(40)]
    used = []
    original = _Rounds.gains

    def gains(self: _Rounds, scores: list[float]) -> list[float]:
        used.append(True)
        return original(self, scores)

    monkeypatch.setattr(_Rounds, "gains", gains)
    monkeypatch.setattr(_module, "_ARRAYS_FROM", 2_000)
    on_arrays = truth_scores(objects)
    assert used
    monkeypatch.setattr(_module, "_ARRAYS_FROM", 10**9)
    assert truth_scores(objects) == on_arrays
