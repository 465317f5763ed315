"""The bounds that spare the partial match of long quotes (`independence._partial_may_reach`) never hide a score.

The partial match of two quotes of different lengths is found in windows of the longer as long as the shorter, or
shorter ones at its very start or end; a quote that overlaps the other only at an end is where a bound on the
whole-length windows alone would be wrong.
"""

from __future__ import annotations

from hypothesis import assume, example, given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from reconcile.independence import _partial_may_reach

WORDS = st.sampled_from(("the", "enemy", "attacked", "our", "positions", "at", "dawn", "two", "soldiers", "were",
                         "killed", "near", "Berdavan", "with", "mortars", "ministry", "said", "a", "b"))


@given(st.lists(WORDS, min_size=1, max_size=25), st.lists(WORDS, max_size=25), st.integers(0, 25),
       st.sampled_from(("start", "end", "inside")), st.floats(0, 100))
@example(["said", "two", "soldiers", "were", "killed", "near", "Berdavan", "at", "dawn"], ["the", "ministry"] * 6, 6,
         "start", 75.0)
@example(["said", "two", "soldiers", "were", "killed", "near", "Berdavan", "at", "dawn"], ["the", "ministry"] * 6, 6,
         "end", 75.0)
def test_no_partial_match_is_ruled_out_that_reaches_the_cutoff(
    quote: list[str], other: list[str], overlap: int, where: str, cutoff: float,
) -> None:
    """Where the bound says the cutoff cannot be reached, the partial match does not reach it (the longer quote holds
    the shorter's last words at its start, its first words at its end, or all of it inside)."""
    x = " ".join(quote)
    if where == "start":
        y = " ".join([*quote[len(quote) - overlap:], *other])
    elif where == "end":
        y = " ".join([*other, *quote[:overlap]])
    else:
        y = " ".join([*other[:overlap], *quote, *other[overlap:]])
    assume(y)  # both quotes have words where the partial match is tried
    for one, two in ((x, y), (y, x)):
        if not _partial_may_reach(one, two, cutoff):
            assert fuzz.partial_ratio(one, two) < cutoff
