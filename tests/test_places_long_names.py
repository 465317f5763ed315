"""Two long names cost time in proportion to their length, not its square: two 3,000-letter names took seconds to
compare and two 100,000-character ones would have taken hours, as the edit distance filled a table of one cell for
every pair of their sounds. Stems of up to 128 sounds each (no place name comes near) are still aligned whole and
score exactly as before; two longer ones are aligned within a band around the table's diagonal, which gives their
distance or more, so their score or less (`places._banded_cells`)."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import places
from reconcile.places import similarity

from .test_places_shortcuts import reference_distance, reference_stems_similarity


def _name(seed: int, length: int, letters: str) -> str:
    rng = random.Random(seed * 1_000_003 + length)  # a name of its own for each length: no cached score
    return "".join(rng.choice(letters) for _ in range(length))


LATIN = "abcdefghijklmnop"
HANGUL = "".join(chr(0xAC00 + 28 * n) for n in range(0, 399, 7))  # syllables without a final consonant


# Cells worked out a sound of two stems aligned in a band: two rows of about 2 * `_BAND` + 1 cells a sound of the
# longer stem (the band's rows, and the rows above them), counted as read; and a whole table has at most 129 * 129.
CELLS_A_SOUND = 2 * (2 * 8 + 2)
WHOLE_TABLE = 129 * 129


def _alignments_worked_out(monkeypatch: pytest.MonkeyPatch, a: str, b: str) -> list[tuple[int, int, int]]:
    """For each alignment of two stems worked out to compare two names: the stems' lengths and its cells."""
    out: list[tuple[int, int, int]] = []
    cells = [0]
    alignment = places._alignment
    banded, spread = getattr(places, "_banded_cells", None), getattr(places, "_spread", None)

    def counted_alignment(x: str, y: str) -> Any:
        out.append((len(x), len(y), (len(x) + 1) * (len(y) + 1)))
        return alignment(x, y)

    def counted_banded(x: str, y: str, wanted: Any) -> Any:
        cells[0] = 0
        assert banded is not None
        found = banded(x, y, wanted)
        out.append((len(x), len(y), cells[0]))
        return found

    def counted_spread(row: list[float], lo: int, start: int, stop: int) -> list[float]:
        cells[0] += stop - start
        assert spread is not None
        return spread(row, lo, start, stop)

    monkeypatch.setattr(places, "_alignment", counted_alignment)
    monkeypatch.setattr(places, "_banded_cells", counted_banded, raising=False)
    monkeypatch.setattr(places, "_spread", counted_spread, raising=False)
    score = similarity(a, b)
    assert 0.0 <= score <= 1.0
    return out


@pytest.mark.parametrize("letters", [LATIN, HANGUL], ids=["latin", "hangul"])
@pytest.mark.parametrize("length", [200, 1600])
def test_two_long_names_are_compared_in_time_linear_in_their_length(monkeypatch: pytest.MonkeyPatch, letters: str,
                                                                    length: int) -> None:
    """Each alignment works out a bounded number of cells a sound of its stems (not one a pair of sounds): a Hangul
    syllable reads as two or three sounds, and each name may be read a few ways (one alignment each)."""
    found = _alignments_worked_out(monkeypatch, _name(1, length, letters), _name(2, length, letters))
    assert found
    for m, n, cells in found:
        assert cells <= max(WHOLE_TABLE, CELLS_A_SOUND * (m + n)), (m, n, cells)


def test_a_long_stem_against_a_short_one_is_aligned_whole() -> None:
    """A table with few cells, however long one of its stems, is worked out whole: the exact distance."""
    long_, short = _name(3, 2000, "aeiklmnrst"), "kalinin"
    assert places._distance.__wrapped__(long_, short) == reference_distance(long_, short)


@settings(max_examples=20, deadline=None)
@given(st.text(alphabet=places._SYMBOLS, min_size=90, max_size=128), st.text(alphabet=places._SYMBOLS, max_size=128),
       st.sampled_from(["", "skaya", "ovka", "um", "i"]))
def test_stems_up_to_the_bound_score_exactly_as_aligned_whole(a: str, b: str, ending: str) -> None:
    a, b = sorted((a[: 128 - len(ending)] + ending, b))
    assert places._stems_similarity.__wrapped__(a, b) == reference_stems_similarity(a, b)


@settings(max_examples=15, deadline=None)
@given(st.text(alphabet=places._SYMBOLS[:8], min_size=129, max_size=220), st.integers(0, 6), st.data())
def test_a_band_gives_the_distance_or_more_and_is_symmetric(a: str, edits: int, data: st.DataObject) -> None:
    """Beyond the bound, each cell of the band is the distance of the two prefixes or more (their score is a lower
    bound), the same with the stems swapped, and exactly the distance when the band holds the whole table."""
    b = list(a)
    for _ in range(edits):
        at = data.draw(st.integers(0, len(b)))
        b.insert(at, data.draw(st.sampled_from(places._SYMBOLS)))
    b = "".join(b)
    corner = (len(a), len(b))
    cells = places._banded_cells(a, b, [corner, (len(a) - 2, len(b) - 1)])
    swapped = places._banded_cells(b, a, [(len(b), len(a)), (len(b) - 1, len(a) - 2)])
    exact = reference_distance(a, b)
    assert exact <= cells[corner] == swapped[len(b), len(a)]
    assert reference_distance(a[:-2], b[:-1]) <= cells[len(a) - 2, len(b) - 1] == swapped[len(b) - 1, len(a) - 2]
    assert places._distance.__wrapped__(a, b) == places._distance.__wrapped__(b, a) == cells[corner]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(places, "_BAND", max(len(a), len(b)))
        assert places._banded_cells(a, b, [corner])[corner] == exact


def test_long_names_keep_the_laws_of_similarity() -> None:
    a, b = _name(4, 3000, LATIN), _name(5, 3000, LATIN)
    assert similarity(a, a) == 1.0
    assert 0.0 <= similarity(a, b) == similarity(b, a) < 1.0
    # One sound more early in a long name: the band follows the shifted diagonal, the names stay alike.
    assert similarity(a, a[:10] + "k" + a[10:]) > places.SAME_PLACE_THRESHOLD


def test_the_batch_aligns_two_long_stems_within_the_band(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scoring a batch of readings (`_batch_stems_similarity`) aligns two long stems one pair at a time, in the
    band, as one by one: not in a table of their size."""
    alignments = places._alignments

    def small(pairs: list[tuple[str, str]]) -> Any:
        assert all(len(a) * len(b) <= 128 * 128 for a, b in pairs)
        return alignments(pairs)

    monkeypatch.setattr(places, "_alignments", small)
    long_pairs = [tuple(sorted((_name(6, 700, "aeiklmnrst"), _name(7, 650, "aeiklmnrst"))))]
    pairs = [*long_pairs, ("berdavan", "berdavanum"), ("kalininkend", "leninkend")]
    found = places._batch_stems_similarity(pairs)
    assert found == {pair: places._stems_similarity.__wrapped__(*pair) for pair in pairs}
