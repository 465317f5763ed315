"""Hedged figures, as statements and news give casualties: a figure the source asserts and a larger one it allows
(``at least 12, possibly 20``, ``dozens, possibly hundreds``, ``au moins 12, peut-être 20``), read as the interval
from the asserted low end to the allowed high end; and the words that say no figure is confirmed (``unconfirmed``),
refused with the advice to leave the field out."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import normalize
from reconcile.errors import CaseError, NormalizeError
from reconcile.load import load_case
from reconcile.models import Count
from reconcile.normalize import MAX_COUNT, format_count, parse_count

from .conftest import SOURCE_YAML, MakeCase
from .readings import DOCS, count_of

# ---------------------------------------------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------------------------------------------

ENGLISH: list[tuple[str, tuple[int, int | None]]] = [
    ("at least 3, possibly 5", (3, 5)),
    ("at least 12, possibly as many as 20", (12, 20)),
    ("12, possibly 15", (12, 15)),
    ("at least 12 and possibly up to 20", (12, 20)),
    ("12, perhaps 15", (12, 15)),
    ("12, maybe more", (12, None)),
    ("12 and possibly more", (12, None)),
    ("at least 12, and perhaps many more", (12, None)),
    ("dozens, possibly hundreds", (24, None)),
    ("15, with some reports saying 20", (15, 20)),
    ("15, with reports of up to 20", (15, 20)),
    ("15, according to some reports 20", (15, 20)),
    ("12, if not more", (12, None)),
    ("dozens, if not hundreds", (24, None)),
    ("12 or even 20", (12, 20)),
    ("twelve, possibly twenty", (12, 20)),
    ("at least twelve, but possibly even more", (12, None)),
    ("12, likely higher", (12, None)),
    ("more than 12, possibly 20", (13, 20)),
    ("about 10, possibly 20", (8, 20)),
    ("15-20, possibly 30", (15, 30)),
    ("12, possibly 10 to 20", (12, 20)),
    ("12, possibly about 20", (12, 24)),
    ("several, perhaps a dozen", (3, 14)),
    ("none, possibly 3", (0, 3)),
    ("up to 20, possibly 30", (0, 30)),
    ("12, possibly 12", (12, 12)),
    ("12 (possibly 20)", (12, 20)),
    ("12 (perhaps more)", (12, None)),
    ("12 \u2014 and possibly 20", (12, 20)),
    ("12; possibly 20", (12, 20)),
    ("AT LEAST 12,  POSSIBLY 20", (12, 20)),
    ("12 confirmed, up to 20 reported", (12, 20)),
    ("12 confirmed, 20 reported", (12, 20)),
    ("12 verified and up to 20 claimed", (12, 20)),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_hedged_figures(text: str, expected: tuple[int, int | None]) -> None:
    """A hedged figure reads from the asserted figure's low end to the allowed figure's high end, open after "more"
    or an open figure; the text is kept as written."""
    assert count_of(text) == expected
    assert parse_count(text).text == text


@pytest.mark.parametrize(("text", "shown"), [
    ("20, possibly 15", "the figure it allows ('15') is below the one it asserts ('20'); expected the larger figure "
                        "after 'possibly'"),
    ("at least 12, possibly 10", "the figure it allows ('10') is below the one it asserts ('at least 12')"),
    ("hundreds, possibly dozens", "the figure it allows ('dozens') is below the one it asserts ('hundreds')"),
    ("15 to 20, perhaps 18", "the figure it allows ('18') is below the one it asserts ('15 to 20')"),
    ("12 confirmed, 10 reported", "the figure it allows ('10') is below the one it asserts ('12'); expected the "
                                  "larger figure after 'reported'"),
])
def test_a_hedge_below_the_asserted_figure_runs_backwards(text: str, shown: str) -> None:
    """A hedge allows more than the source asserts; one below it runs backwards and is refused."""
    with pytest.raises(NormalizeError) as info:
        parse_count(text)
    assert str(info.value).startswith(f"hedged figure {text!r} runs backwards: {shown}")


@pytest.mark.parametrize("text", ["up to 20, possibly more", "fewer than 5, perhaps more", "none, possibly more"])
def test_a_hedge_that_lifts_the_only_bound_is_refused(text: str) -> None:
    """``up to 20, possibly more`` lifts the ceiling that is all the figure says: 0 or more is no figure, so it is
    refused with the figure to write and the mapping form."""
    firm = text.split(",")[0]
    with pytest.raises(NormalizeError) as info:
        parse_count(text)
    assert str(info.value) == (
        f"cannot read a count from {text!r}: {text.split(', ')[1].rsplit(' ', 1)[0]!r} lifts the ceiling of "
        f"{firm!r}, its only bound, which leaves no figure (0 or more); write {firm!r} and keep the source's words in "
        "the quote, or your own reading in the mapping form")


@pytest.mark.parametrize(("text", "message"), [
    ("12, possibly 2000000", "in the hedged figure '12, possibly 2000000': expected figures of at most 1,000,000, got "
                             "'2000000'"),
    ("20 to 15, possibly 30", "in the hedged figure '20 to 15, possibly 30': range '20 to 15' runs backwards; "
                              "expected the smaller number first"),
    ("2.5, possibly 3", "in the hedged figure '2.5, possibly 3': a count must be a whole number, got '2.5'"),
])
def test_a_part_that_breaks_its_own_rule_names_the_hedged_figure(text: str, message: str) -> None:
    """A part of a hedged figure is read as a whole figure is, and its error names the hedged figure."""
    with pytest.raises(NormalizeError) as info:
        parse_count(text)
    assert str(info.value) == message


@pytest.mark.parametrize("text", [
    "possibly 20", "12, possibly", "12 possibly", "12, possibly 20 soldiers", "12, possibly a few more",
    "au moins 12, possibly 20", "at least 12, peut-être 20", "12, 15", "3, 4", "12 confirmed", "20 reported",
    "12, perhaps 15, possibly 20", "12 confirmed, possibly more", "12, possibly 20 reported",
])
def test_what_is_no_hedged_figure_stays_refused(text: str) -> None:
    """A hedge word with no figure on one side, a part no reader reads, or two languages in one figure are refused
    as before."""
    with pytest.raises(NormalizeError, match=r"^cannot read a count from "):
        parse_count(text)


# ---------------------------------------------------------------------------------------------------------------
# Other languages: the same construction with each language's words, its parts read by its own reader
# ---------------------------------------------------------------------------------------------------------------

LANGUAGES: list[tuple[str, tuple[int, int | None]]] = [
    # French
    ("au moins 12, peut-être 20", (12, 20)),
    ("au moins 12, peut-etre 20", (12, 20)),
    ("12, voire 20", (12, 20)),
    ("12 voire plus", (12, None)),
    ("au moins douze, et peut-être davantage", (12, None)),
    ("des dizaines, voire des centaines", (20, None)),
    ("une dizaine, peut-être une vingtaine", (8, 24)),
    # Spanish
    ("al menos 12, posiblemente 20", (12, 20)),
    ("12, quizás 20", (12, 20)),
    ("al menos 12, y tal vez más", (12, None)),
    ("decenas, o incluso cientos", (20, None)),
    # Portuguese
    ("pelo menos 12, possivelmente 20", (12, 20)),
    ("12, talvez mais", (12, None)),
    ("dezenas, ou até centenas", (20, None)),
    # Russian
    ("не менее 12, возможно 20", (12, 20)),
    ("не менее 12, а возможно и 20", (12, 20)),
    ("не менее 12, а возможно, и 20", (12, 20)),
    ("не менее двенадцати, а возможно и больше", (12, None)),
    ("десятки, а то и сотни", (20, None)),
    # Ukrainian
    ("щонайменше 12, можливо 20", (12, 20)),
    ("щонайменше 12, а можливо й більше", (12, None)),
    ("десятки, а то й сотні", (20, None)),
    # Arabic
    ("12 على الأقل وربما 20", (12, 20)),
    ("على الأقل 12، وربما أكثر", (12, None)),
    ("عشرات بل مئات", (20, None)),
    ("١٢ وربما ٢٠", (12, 20)),
    # Turkish
    ("en az 12, belki 20", (12, 20)),
    ("en az 12, belki de daha fazla", (12, None)),
    ("onlarca, hatta yüzlerce", (20, None)),
    # Persian
    ("حداقل ۱۲، شاید ۲۰", (12, 20)),
    ("۱۲ و احتمالاً بیشتر", (12, None)),
    ("دست‌کم ۱۲، احتمالا ۲۰", (12, 20)),
]


@pytest.mark.parametrize(("text", "expected"), LANGUAGES)
def test_hedged_figures_in_other_languages(text: str, expected: tuple[int, int | None]) -> None:
    """Each language's hedge words join two figures of that language, read as the English construction is."""
    assert count_of(text) == expected
    assert parse_count(text).text == text


@pytest.mark.parametrize("text", [
    "20, peut-être 15", "20, posiblemente 15", "20, possivelmente 15", "20, возможно 15", "20, можливо 15",
    "20 وربما 15", "20, belki 15", "۲۰، شاید ۱۵",
])
def test_a_hedge_below_runs_backwards_in_every_language(text: str) -> None:
    """A hedge below the asserted figure is refused in every language, as in English."""
    with pytest.raises(NormalizeError, match=r"^hedged figure .* runs backwards: the figure it allows"):
        parse_count(text)


#: For each language: an open minimum and the larger figure it allows, and the same minimum hedged with "more".
TEMPLATES: list[tuple[str, str]] = [
    ("at least {a}, possibly {b}", "at least {a}, possibly more"),
    ("au moins {a}, peut-être {b}", "au moins {a}, peut-être plus"),
    ("al menos {a}, posiblemente {b}", "al menos {a}, posiblemente más"),
    ("pelo menos {a}, possivelmente {b}", "pelo menos {a}, possivelmente mais"),
    ("не менее {a}, а возможно и {b}", "не менее {a}, а возможно и больше"),
    ("щонайменше {a}, можливо {b}", "щонайменше {a}, можливо більше"),
    ("{a} على الأقل وربما {b}", "{a} على الأقل وربما أكثر"),
    ("en az {a}, belki de {b}", "en az {a}, belki de daha fazla"),
    ("حداقل {a}، شاید {b}", "حداقل {a}، شاید بیشتر"),
]

_FIGURES = st.one_of(st.integers(0, 100), st.integers(0, MAX_COUNT))


@given(st.sampled_from(TEMPLATES), _FIGURES, _FIGURES)
@example(TEMPLATES[0], 12, 20)
@example(TEMPLATES[0], 20, 12)
@example(TEMPLATES[0], 7, 7)
@example(TEMPLATES[4], 0, 0)
def test_at_least_a_possibly_b_reads_a_to_b(template: tuple[str, str], a: int, b: int) -> None:
    """``at least a, possibly b`` (in each language read) is [a, b] when b >= a and runs backwards when b < a;
    ``at least a, possibly more`` is a or more (for a above 0: 0 or more is no figure)."""
    figure, more = template
    text = figure.format(a=a, b=b)
    if b >= a:
        assert count_of(text) == (a, b)
    else:
        with pytest.raises(NormalizeError, match="runs backwards"):
            parse_count(text)
    if a > 0:
        assert count_of(more.format(a=a)) == (a, None)


# ---------------------------------------------------------------------------------------------------------------
# Laws over many asserted and allowed figures
# ---------------------------------------------------------------------------------------------------------------

_ASSERTED = ["{a}", "at least {a}", "more than {a}", "about {a}", "nearly {a}", "up to {a}", "{a} to {c}",
             "several", "dozens", "a few hundred", "none"]
_ALLOWED = ["{b}", "as many as {b}", "up to {b}", "about {b}", "{b} to {c}", "more than {b}", "more", "many more",
            "hundreds", "thousands", "a dozen"]
_LEADS = ["possibly", "perhaps", "maybe", "and possibly", "but perhaps even", "if not", "or even",
          "with some reports saying"]
_SMALL = st.integers(0, 5_000)


@given(st.sampled_from(_ASSERTED), st.sampled_from(_LEADS), st.sampled_from(_ALLOWED), _SMALL, _SMALL, _SMALL,
       st.sampled_from([", ", " ", "; ", " - "]))
@example("{a}", "possibly", "{b}", 20, 15, 0, ", ")
@example("up to {a}", "possibly", "more", 20, 0, 0, ", ")
@example("dozens", "possibly", "hundreds", 0, 0, 0, ", ")
def test_the_reading_covers_what_is_asserted_and_what_is_allowed(
    asserted: str, lead: str, allowed: str, a: int, b: int, c: int, separator: str
) -> None:
    """Every hedged figure reads from the asserted low end to the allowed high end (open where the allowed figure
    is); it is refused where the allowed figure lies below the asserted one (its high end below the asserted high
    end, or below the low end of an open one), and where nothing is left but 0 or more."""
    c = max(a, b) + c
    firm_text, allowed_text = asserted.format(a=a, c=c), allowed.format(b=b, c=c)
    firm = parse_count(firm_text)
    allowed_count = None if allowed_text in ("more", "many more") else parse_count(allowed_text)
    high = None if allowed_count is None else allowed_count.high
    text = f"{firm_text}{separator}{lead} {allowed_text}"
    reach = firm.low if firm.high is None else firm.high
    if allowed_count is not None and ((high is not None and high < reach)
                                      or (high is None and firm.high is None and allowed_count.low < firm.low)):
        with pytest.raises(NormalizeError, match="runs backwards"):
            parse_count(text)
        return
    if firm.low == 0 and high is None:
        with pytest.raises(NormalizeError, match=r"leaves no figure \(0 or more\)"):
            parse_count(text)
        return
    count = parse_count(text)
    assert (count.low, count.high) == (firm.low, high)
    assert count.high is None or count.low <= count.high
    assert firm.high is None or count.high is None or count.high >= firm.high
    assert count.text == text
    reread = parse_count(format_count(count))
    assert (reread.low, reread.high) == (count.low, count.high)


@given(st.integers(0, MAX_COUNT), st.integers(0, MAX_COUNT),
       st.sampled_from(["{a}, possibly {b}", "At Least {a},  Perhaps {b}", " {a}  and maybe {b} ",
                        "{a} (possibly {b})"]))
def test_the_text_is_kept_as_written(a: int, b: int, form: str) -> None:
    """Case and spaces do not change the reading; the text is kept as the source wrote it."""
    low, high = min(a, b), max(a, b)
    text = form.format(a=low, b=high)
    assert parse_count(text) == Count(low, high, text)


# ---------------------------------------------------------------------------------------------------------------
# Words that say no figure is confirmed
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["unconfirmed", "Unconfirmed", "not confirmed", "not yet confirmed", "unverified",
                                  "not verified", "not yet known", "unknown number", "Number unknown"])
def test_unconfirmed_says_leave_the_field_out(text: str) -> None:
    """``unconfirmed`` and ``unknown number`` get the advice ``unknown`` gets: leave the field out."""
    with pytest.raises(NormalizeError) as info:
        parse_count(text)
    assert str(info.value).startswith(
        f"cannot read a count from {text!r}: where the source gives no figure, leave the field out; expected "
    )


def test_an_unknown_number_of_still_reads_as_casualties() -> None:
    """``an unknown number (of)`` says that some were hit, 1 or more, as before; only the note ``unknown number``
    is no figure."""
    assert count_of("an unknown number") == (1, None)
    assert count_of("an unknown number of") == (1, None)


# ---------------------------------------------------------------------------------------------------------------
# Every documented form reads as it read before hedged figures
# ---------------------------------------------------------------------------------------------------------------


def _reading(written: str) -> tuple[int, int | None] | None:
    try:
        return count_of(written)
    except NormalizeError:
        return None


def test_hedged_figures_only_read_what_nothing_else_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every form written in docs/normalization.md (counts, dates, words: 5,000 and more) reads as it reads without
    the hedge reader, or was refused without it: hedged figures are read only where nothing else reads, so a
    documented form never changes its reading by them."""
    forms = sorted(set(re.findall(r"`([^`\n]+)`", (DOCS / "normalization.md").read_text(encoding="utf-8"))))
    with_hedges = {written: _reading(written) for written in forms}
    monkeypatch.setattr(normalize, "_hedged_count", lambda folded, value: None)
    changed = [(written, before, with_hedges[written]) for written in forms
               if (before := _reading(written)) is not None and before != with_hedges[written]]
    assert changed == []
    assert sum(1 for written in forms if with_hedges[written] != _reading(written)) > 20  # the hedged forms


# ---------------------------------------------------------------------------------------------------------------
# In a claim file
# ---------------------------------------------------------------------------------------------------------------


def test_a_hedged_figure_loads(make_case: MakeCase) -> None:
    """A hedged figure in a claim file is read with its text kept for the report."""
    text = SOURCE_YAML.replace("killed: 3", "killed: at least 3, possibly 5")
    (claim,) = load_case(make_case({"am-mod.yaml": text})).claims
    assert claim.casualties[0].killed == Count(3, 5, "at least 3, possibly 5")


def test_a_backwards_hedge_names_the_file_line_and_field(make_case: MakeCase) -> None:
    """A hedge below the asserted figure is a problem at its claim's field."""
    text = SOURCE_YAML.replace("killed: 3", "killed: 20, possibly 15")
    with pytest.raises(CaseError) as info:
        load_case(make_case({"am-mod.yaml": text}))
    (problem,) = (str(found) for found in info.value.problems)
    assert problem.startswith("test-case/am-mod.yaml:16: $.claims[0].casualties[0].killed: hedged figure "
                              "'20, possibly 15' runs backwards")
