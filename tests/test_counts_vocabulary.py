"""The count vocabulary as casualty reports write it: ``tens of``, ``fifty-odd``, ``just over 20``, ``a score``,
``minimum 5``, ``20 (approx.)``, ``at least several`` and their kin, read as intervals consistent with the vague
table and the bound words of `reconcile.normalize`."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.models import Count
from reconcile.normalize import MAX_COUNT, VAGUE, format_count, parse_count

# ---------------------------------------------------------------------------------------------------------------
# Focused examples
# ---------------------------------------------------------------------------------------------------------------

READINGS: list[tuple[str, int, int | None]] = [
    ("scores of", 40, None),
    ("tens of", 20, None),
    ("dozens of", 24, None),
    ("hundreds of", 200, None),
    ("thousands of", 2000, None),
    ("a couple of", 2, 3),
    ("a handful", 2, 5),
    ("a handful of", 2, 5),
    ("a dozen or two", 12, 24),
    ("a score or two", 20, 40),
    ("a hundred or two", 100, 200),
    ("one thousand or two", 1000, 2000),
    ("at least several", 3, None),
    ("at least a few", 2, None),
    ("at least a couple", 2, None),
    ("at least dozens", 24, None),
    ("at least dozens of", 24, None),
    ("no fewer than several", 3, None),
    ("more than a few", 3, None),
    ("more than a few hundred", 201, None),
    ("over several dozen", 37, None),
    ("at least several hundred", 300, None),
    ("40-plus", 40, None),
    ("40 plus", 40, None),
    ("40 and above", 40, None),
    ("40 and over", 40, None),
    ("40 at least", 40, None),
    ("fifty-odd", 50, 59),
    ("50 odd", 50, 59),
    ("50-odd", 50, 59),
    ("twenty-odd", 20, 29),
    ("10-odd", 10, 19),
    ("120-odd", 120, 129),
    ("100-odd", 100, 199),
    ("a hundred-odd", 100, 199),
    ("1,000-odd", 1000, 1999),
    ("1,500 odd", 1500, 1599),
    ("just over 20", 21, 24),
    ("a little over 20", 21, 24),
    ("slightly more than 20", 21, 24),
    ("just above 20", 21, 24),
    ("just over 100", 101, 120),
    ("just over 3", 4, 4),
    ("just over 1", 2, 2),
    ("just over 0", 1, 1),
    ("just over a dozen", 13, 14),
    ("in excess of 100", 101, None),
    ("well over 100", 101, None),
    ("well above 100", 101, None),
    ("well in excess of 100", 101, None),
    ("a score", 16, 24),
    ("a score of", 16, 24),
    ("two score", 32, 48),
    ("three score or so", 48, 72),
    ("more than a score", 21, None),
    ("2-3 score", 40, 60),
    ("several score", 60, 180),
    ("20 (approx.)", 16, 24),
    ("20 approx.", 16, 24),
    ("20 approx", 16, 24),
    ("20 (approximately)", 16, 24),
    ("20 or thereabouts", 16, 24),
    ("an estimated 20", 16, 24),
    ("estimated 20", 16, 24),
    ("est. 20", 16, 24),
    ("20 est.", 16, 24),
    ("minimum 5", 5, None),
    ("minimum of 5", 5, None),
    ("min. 5", 5, None),
    ("min 5", 5, None),
    ("5 minimum", 5, None),
    ("5 (minimum)", 5, None),
    ("max 10", 0, 10),
    ("max. 10", 0, 10),
    ("maximum 10", 0, 10),
    ("maximum of 10", 0, 10),
    ("10 max", 0, 10),
    ("10 (max.)", 0, 10),
    ("10 at most", 0, 10),
    ("dozen", 10, 14),
    ("Dozen", 10, 14),
]


@pytest.mark.parametrize(("text", "low", "high"), READINGS)
def test_reading(text: str, low: int, high: int | None) -> None:
    """Each phrasing reads as the interval a casualty recorder would give it."""
    count = parse_count(text)
    assert (count.low, count.high, count.text) == (low, high, text)


@pytest.mark.parametrize(
    "text",
    ["35-odd", "5-odd", "0-odd", "odd", "dozen-odd", "up to several", "about dozens", "fewer than a few",
     "at least some", "at least none", "at least casualties", "more than a number of", "several of", "a few of",
     "many of", "a dozen of", "score", "scores of of", "a score or three", "just over several",
     "at least 5 (approx.)", "at leastseveral", "overseveral", "(20)", "20 (soldiers)", "minimally 5", "maxi 10",
     "overall 10", "20 (", "a handful dozen"],
)
def test_refused(text: str) -> None:
    """Phrases outside the documented forms are still refused, with the list of accepted forms."""
    with pytest.raises(NormalizeError, match=r"^cannot read a count from .*; expected a whole number"):
        parse_count(text)


def test_a_figure_too_large_once_read_is_refused_as_too_large() -> None:
    """A new form whose reading reaches above the limit is refused for the limit, not as unreadable."""
    refusal = r"^expected figures of at most 1,000,000, got '1,000,000-odd'; it reads as 1,000,000 to "
    with pytest.raises(NormalizeError, match=refusal):
        parse_count("1,000,000-odd")


@pytest.mark.parametrize("text", ["unknown", "Unknown", "?", "??", "n/a", "N/A", "-", "—", "not given", "unclear"])
def test_no_figure_says_leave_the_field_out(text: str) -> None:
    """A text that says the figure is not known is refused with the advice to leave the field out."""
    with pytest.raises(NormalizeError) as info:
        parse_count(text)
    assert str(info.value).startswith(
        f"cannot read a count from {text!r}: where the source gives no figure, leave the field out; expected a whole "
    )


@pytest.mark.parametrize("text", ["III", "XII", " IV ", "MCM"])
def test_roman_numerals_say_write_digits(text: str) -> None:
    """A Roman numeral is refused with the advice to write the figure in digits."""
    with pytest.raises(NormalizeError) as info:
        parse_count(text)
    assert str(info.value).startswith(
        f"cannot read a count from {text!r}: Roman numerals are not read, write the figure in digits; expected "
    )


@pytest.mark.parametrize("text", ["iii", "mix", "civil", "IIII", "VV", "huge losses"])
def test_no_hint_for_other_words(text: str) -> None:
    """Lower-case words and invalid numerals get the plain message: no hint is guessed."""
    with pytest.raises(NormalizeError) as info:
        parse_count(text)
    assert str(info.value).startswith(f"cannot read a count from {text!r}; expected a whole number ")


def test_every_form_is_listed_in_the_error() -> None:
    """The message of an unknown phrase names the new families and which phrases take "of"."""
    with pytest.raises(NormalizeError) as info:
        parse_count("huge losses")
    message = str(info.value)
    for shown in ("a dozen or two", "just over 10", "fifty-odd", "two score", "at least several", "a handful",
                  "a score", "(a couple, a handful, a score, tens, dozens, scores, hundreds, thousands, tens of "
                  "thousands, hundreds of thousands also followed by 'of')"):
        assert shown in message


# ---------------------------------------------------------------------------------------------------------------
# Properties, family by family
# ---------------------------------------------------------------------------------------------------------------


def _bare(count: Count) -> Count:
    return Count(count.low, count.high)


def _reading(text: str) -> Count | str:
    """The count of ``text`` without its text, or the error's first words (its text differs)."""
    try:
        return _bare(parse_count(text))
    except NormalizeError as error:
        return str(error).split(", got")[0].split(" from ")[0]


_WORDS_BELOW_100 = {
    20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety",
    10: "ten", 15: "fifteen", 3: "three", 1: "one",
}


def _written(number: int, style: int) -> str:
    """``number`` in digits, grouped by commas, or in words where the test knows them."""
    if style == 1:
        return f"{number:,}"
    if style == 2 and number in _WORDS_BELOW_100:
        return _WORDS_BELOW_100[number]
    return str(number)


def _expected_odd(number: int) -> Count | None:
    """N-odd, computed from N's decimal digits: N up to N + 10^(trailing zeros) - 1; None unless N ends in 0."""
    digits = str(number)
    zeros = len(digits) - len(digits.rstrip("0"))
    if number < 10 or zeros == 0:
        return None
    return Count(number, number + 10**zeros - 1)


_ROUND = st.one_of(
    st.sampled_from([10, 20, 30, 50, 90, 100, 120, 200, 1000, 1500, 10_000, 999_990, 1_000_000]),
    st.integers(1, 100_000).map(lambda n: 10 * n),
    st.integers(0, 2_000),
)


@given(_ROUND, st.sampled_from(["{}-odd", "{} odd", "{}–odd", "{} -odd", "{}\u2014odd", "{}  ODD"]), st.integers(0, 2))
@example(50, "{}-odd", 2)
@example(100, "{} odd", 0)
@example(999_990, "{}-odd", 0)
@example(35, "{}-odd", 0)
def test_odd_is_n_up_to_the_next_step(number: int, form: str, style: int) -> None:
    """``X-odd`` and ``X odd`` read the same, in digits or words and with any dash: N up to the next step of its last
    non-zero digit; a number not ending in 0 is refused."""
    text = form.format(_written(number, style))
    expected = _expected_odd(number)
    if expected is None:
        assert _reading(text) == "cannot read a count"
    elif expected.high is not None and expected.high > MAX_COUNT:
        assert _reading(text) == "expected figures of at most 1,000,000"
    else:
        assert _reading(text) == expected
        assert _reading(text) == _reading(f"{number}-odd")


_TAKES_OF = ["a couple", "a handful", "a score", "tens", "dozens", "scores", "hundreds", "thousands",
             "tens of thousands", "hundreds of thousands"]


@given(st.sampled_from(_TAKES_OF), st.sampled_from(["{} of", "{}  of", "{} OF", " {} of ", "{}\u00a0of"]))
def test_of_after_a_vague_phrase_reads_as_the_phrase(phrase: str, form: str) -> None:
    """``tens of`` is ``tens``, ``a handful of`` is ``a handful``: "of" changes nothing, in any case or spacing."""
    assert _reading(form.format(phrase)) == Count(VAGUE[phrase].low, VAGUE[phrase].high)


@given(st.sampled_from([phrase for phrase in VAGUE if phrase not in _TAKES_OF and not phrase.endswith(" of")]))
def test_other_vague_phrases_do_not_take_of(phrase: str) -> None:
    """Only the documented phrases take "of": ``several of`` and ``no one of`` are refused."""
    assert _reading(f"{phrase} of") == "cannot read a count"


_JUST_OVER = ["just over", "just above", "a little over", "a little above", "a little more than", "slightly over",
              "slightly above", "slightly more than"]


@given(st.integers(0, MAX_COUNT), st.sampled_from(_JUST_OVER), st.integers(0, 2))
@example(0, "just over", 0)
@example(3, "just over", 0)
@example(MAX_COUNT - 1, "just over", 0)
def test_just_over_is_more_than_with_a_ceiling(number: int, words: str, style: int) -> None:
    """``just over N`` starts where ``more than N`` does and ends 20% above N (one above at least)."""
    text = f"{words} {_written(number, style)}"
    ceiling = number + max(1, (2 * number + 5) // 10)
    if ceiling > MAX_COUNT:
        assert _reading(text) == "expected figures of at most 1,000,000"
        return
    reading = _reading(text)
    assert reading == Count(number + 1, ceiling)
    more_than = _reading(f"more than {number}")
    assert isinstance(more_than, Count)
    assert more_than.low == number + 1


_SYNONYMS = {
    "more than {}": ["in excess of {}", "well in excess of {}", "well over {}", "well above {}"],
    "at least {}": ["minimum {}", "minimum of {}", "min. {}", "min {}", "{}-plus", "{} plus", "{} and above",
                    "{} and over", "{} at least", "{} minimum", "{} min.", "{} (minimum)", "{} (at least)", "{}+"],
    "up to {}": ["maximum {}", "maximum of {}", "max. {}", "max {}", "{} max", "{} max.", "{} maximum",
                 "{} at most", "{} (max)"],
    "about {}": ["an estimated {}", "estimated {}", "est. {}", "{} est.", "{} approx.", "{} approx",
                 "{} approximately", "{} or thereabouts", "{} (approx.)", "{}(approx.)", "{} (approx)"],
}


@given(
    st.sampled_from([(plain, form) for plain, forms in _SYNONYMS.items() for form in forms]),
    st.one_of(st.integers(0, MAX_COUNT), st.integers(0, 100)),
    st.integers(0, 2),
    st.sampled_from(["", "a dozen", "two score"]),
)
@example(("about {}", "{} (approx.)"), 1_000_000, 0, "")
def test_new_bound_words_read_as_their_plain_kin(pair: tuple[str, str], number: int, style: int, unit: str) -> None:
    """Each new bound word, before or after the number or in brackets, reads as its plain kin (``in excess of N``
    as ``more than N``, ``N (approx.)`` as ``about N``), dozens and scores included, and is refused alike."""
    plain, form = pair
    amount = unit or _written(number, style)
    assert _reading(form.format(amount)) == _reading(plain.format(amount))


_BOUNDABLE = ["a couple", "a few", "a handful", "several", "tens", "dozens", "scores", "hundreds", "thousands"]
_LOWER_BOUNDS = {"at least": 0, "no fewer than": 0, "upwards of": 0, "minimum": 0, "more than": 1, "over": 1,
                 "above": 1, "in excess of": 1, "well over": 1}


@given(st.sampled_from(_BOUNDABLE), st.sampled_from(sorted(_LOWER_BOUNDS)), st.booleans())
def test_a_lower_bound_on_a_vague_word_bounds_its_low_end(phrase: str, bound: str, of: bool) -> None:
    """``at least several`` is several with no ceiling, ``more than a few`` starts one above a few's low end."""
    text = f"{bound} {phrase}{' of' if of and phrase in _TAKES_OF else ''}"
    assert _reading(text) == Count(VAGUE[phrase].low + _LOWER_BOUNDS[bound], None)


@given(
    st.sampled_from(["a couple of", "a couple", "a few", "several"]),
    st.sampled_from([("dozen", 12), ("score", 20), ("hundred", 100), ("thousand", 1000)]),
    st.sampled_from(sorted(_LOWER_BOUNDS)),
)
def test_a_lower_bound_on_a_loose_multiple_bounds_its_low_end(words: str, unit: tuple[str, int], bound: str) -> None:
    """``more than a few hundred`` starts one above 200, ``at least several dozen`` at 36."""
    name, size = unit
    low = VAGUE[words.removesuffix(" of")].low * size
    assert _reading(f"{bound} {words} {name}") == Count(low + _LOWER_BOUNDS[bound], None)


@given(
    st.sampled_from([*_BOUNDABLE, "several dozen", "a few hundred"]),
    st.sampled_from(["up to", "at most", "fewer than", "under", "about", "nearly", "just over", "max"]),
)
def test_other_bounds_on_vague_words_are_refused(phrase: str, bound: str) -> None:
    """Only a lower bound combines with a vague word: ``up to several`` or ``about dozens`` is refused."""
    assert _reading(f"{bound} {phrase}") == "cannot read a count"


@given(st.sampled_from([("dozen", 12), ("score", 20), ("hundred", 100), ("thousand", 1000)]),
       st.sampled_from(["a", "an", "one", "A", "ONE"]), st.sampled_from([" ", "  ", "\u00a0"]))
def test_a_unit_or_two_is_one_or_two_of_it(unit: tuple[str, int], article: str, space: str) -> None:
    """``a dozen or two`` is 12 to 24, ``a hundred or two`` 100 to 200, however spaced and cased."""
    name, size = unit
    assert _reading(space.join([article, name, "or", "two"])) == Count(size, 2 * size)


@given(st.integers(1, MAX_COUNT // 20 + 2), st.sampled_from(["{} score", "about {} score", "{} score or so"]))
@example(1, "{} score")
@example(41667, "{} score")
def test_a_number_of_scores_alone_is_about_twenty_times_it(number: int, form: str) -> None:
    """``N score`` alone is read like ``about 20N``, as ``N dozen`` is like ``about 12N``."""
    assert _reading(form.format(number)) == _reading(f"about {20 * number}")


@given(st.integers(1, MAX_COUNT // 20), st.integers(0, 50),
       st.sampled_from(["{} to {} score", "{}-{} score", "between {} and {} score"]))
def test_a_range_of_scores_counts_both_ends_in_scores(low: int, more: int, form: str) -> None:
    """``A to B score`` is 20A to 20B, or refused for the limit."""
    high = low + more
    expected: Count | str = Count(20 * low, 20 * high)
    if 20 * high > MAX_COUNT:
        expected = "expected figures of at most 1,000,000"
    assert _reading(form.format(low, high)) == expected


@given(st.integers(1, MAX_COUNT // 20), st.sampled_from(["more than", "at least", "up to", "fewer than", "just over"]))
def test_a_bound_on_scores_is_the_bound_on_twenty_times_the_number(number: int, bound: str) -> None:
    """``more than a score`` is ``more than 20``: a bound reads the scores as their exact number."""
    assert _reading(f"{bound} {number} score") == _reading(f"{bound} {20 * number}")


_NEW_FORMS = [text for text, _, _ in READINGS]


@st.composite
def _variants(draw: st.DrawFn) -> tuple[str, str]:
    """A new form, and the same words in other case, with other spacing and other dashes."""
    text = draw(st.sampled_from(_NEW_FORMS))
    cased = "".join(char.upper() if draw(st.booleans()) else char for char in text)
    spaced = cased.replace(" ", draw(st.sampled_from([" ", "  ", "\u00a0", "\t", " \u202f"])))
    dashed = spaced.replace("-", draw(st.sampled_from(["-", "\u2013", "\u2014", "\u2212"])))
    return text, draw(st.sampled_from(["", " ", "\n"])) + dashed + draw(st.sampled_from(["", " ", "  "]))


@given(_variants())
def test_case_spacing_and_dashes_do_not_matter(pair: tuple[str, str]) -> None:
    """Each new form reads the same in any case, with extra or other spaces and any dash, and keeps its text."""
    text, variant = pair
    count = parse_count(variant)
    assert _bare(count) == _bare(parse_count(text))
    assert count.text == variant


# ---------------------------------------------------------------------------------------------------------------
# The module's count properties, over texts built from the new words
# ---------------------------------------------------------------------------------------------------------------

_TOKENS = (
    "at least more than over just well a little slightly in excess of minimum min min. max max. maximum odd -odd "
    "plus -plus and above score scores tens dozens hundreds thousands handful couple few several dozen hundred "
    "thousand one two fifty 50 100 20 0 1000000 999990 ( ) (approx.) approx. approx estimated an est. or so "
    "thereabouts - – + ~ , of unknown ? III"
)
_TEXTS = st.one_of(
    st.lists(st.sampled_from([*_TOKENS.split(), " "]), max_size=6).map(" ".join),
    st.lists(st.sampled_from([*_TOKENS.split(), " "]), max_size=6).map("".join),
    st.sampled_from(_NEW_FORMS),
)


@given(_TEXTS)
@example("1000000-odd")
@example("just over 1000000")
@example("a thousand or two")
def test_parse_count_is_total_on_the_new_words(text: str) -> None:
    """On texts of the new words, parse_count returns an interval within the limit, low first, or raises
    NormalizeError; an accepted text keeps its words."""
    try:
        count = parse_count(text)
    except NormalizeError:
        return
    assert 0 <= count.low <= MAX_COUNT
    assert count.high is None or count.low <= count.high <= MAX_COUNT
    assert count.text == text


@given(_TEXTS)
def test_new_counts_round_trip(text: str) -> None:
    """Whatever parse_count reads from the new words, its canonical text reads back as the same interval."""
    try:
        count = parse_count(text)
    except NormalizeError:
        return
    assert _bare(parse_count(format_count(count))) == _bare(count)


@given(_TEXTS)
def test_parse_count_is_deterministic_on_the_new_words(text: str) -> None:
    """Reading the same text twice gives the same result or the same error."""
    assert _reading(text) == _reading(text)


@pytest.mark.parametrize(("text", "low"), [
    ("tens of thousands", 20_000), ("Tens of thousands of", 20_000), ("hundreds of thousands", 200_000),
    ("hundreds of thousands of", 200_000), ("more than tens of thousands", 20_001),
    ("at least hundreds of thousands", 200_000),
])
def test_tens_and_hundreds_of_thousands(text: str, low: int) -> None:
    """War-scale plurals read like the plurals of the table, times a thousand, with no ceiling."""
    count = parse_count(text)
    assert (count.low, count.high, count.text) == (low, None, text)


@given(st.integers(1, 10_000), st.sampled_from(["just under", "just below", "a little under", "a little less than",
                                                 "slightly under", "slightly below", "slightly less than"]))
def test_just_under_mirrors_just_over(number: int, words: str) -> None:
    """``just under N`` is below N by as much as ``just over N`` is above it: never N itself, always N-1."""
    over = parse_count(f"just over {number}")
    under = parse_count(f"{words} {number}")
    assert under.high == number - 1
    assert number - under.low == over.high - number  # type: ignore[operator]
    assert under.low <= under.high


def test_just_under_nothing_leaves_no_count() -> None:
    with pytest.raises(NormalizeError, match="leaves no possible count"):
        parse_count("just under 0")
