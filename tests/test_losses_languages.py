"""Losses and casualties with no figure, in the languages ministries write them (docs/normalization.md, *Losses and
casualties with no figure*).

QA of a Mali case: the Malian army's "pertes importantes" and a Wagner channel's "тяжёлые потери" were refused,
though the English "heavy losses" reads as at least one; so were the Armenian and Azerbaijani ministries' "the enemy
suffered losses" in their own words (`կորուստներ է կրել`, `itki verib`), the founding case's phrase.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.models import Count
from reconcile.normalize import _LANGUAGES, _LOSS_WORDS, parse_count

ONE_OR_MORE = (1, None)
NONE = (0, 0)

READINGS = [
    ("тяжёлые потери", ONE_OR_MORE), ("тяжелые потери", ONE_OR_MORE), ("понесли значительные потери", ONE_OR_MORE),
    ("понёс потери", ONE_OR_MORE), ("без потерь", NONE), ("жертв нет", NONE), ("жертвы", ONE_OR_MORE),
    ("зазнали значних втрат", ONE_OR_MORE), ("втрати", ONE_OR_MORE), ("без втрат", NONE),
    ("pertes importantes", ONE_OR_MORE), ("de lourdes pertes", ONE_OR_MORE), ("a subi de lourdes pertes", ONE_OR_MORE),
    ("des victimes", ONE_OR_MORE), ("sans victimes", NONE), ("aucune perte", NONE),
    ("Pertes Considérables", ONE_OR_MORE),
    ("cuantiosas bajas", ONE_OR_MORE), ("sufrieron numerosas bajas", ONE_OR_MORE), ("sin bajas", NONE),
    ("perdidas", ONE_OR_MORE), ("pesadas baixas", ONE_OR_MORE), ("sem vítimas", NONE),
    ("خسائر فادحة", ONE_OR_MORE), ("إصابات مؤكدة", ONE_OR_MORE), ("خسائر مؤكدة", ONE_OR_MORE),
    ("تكبد خسائر", ONE_OR_MORE), ("دون خسائر", NONE), ("بدون ضحايا", NONE),
    ("կորուստներ է կրել", ONE_OR_MORE), ("ծանր կորուստներ", ONE_OR_MORE), ("առանց կորուստների", NONE),
    ("itki verib", ONE_OR_MORE), ("canlı qüvvədə itki verib", ONE_OR_MORE), ("ağır itkilər", ONE_OR_MORE),
    ("itkisiz", NONE), ("ağır kayıplar verdi", ONE_OR_MORE), ("kayıp yok", NONE), ("zayiat", ONE_OR_MORE),
    ("تلفات سنگین", ONE_OR_MORE), ("ciężkie straty", ONE_OR_MORE), ("bez strat", NONE), ("těžké ztráty", ONE_OR_MORE),
    ("bez ztrát", NONE), ("teški gubici", ONE_OR_MORE), ("без жртава", NONE), ("მძიმე დანაკარგები", ONE_OR_MORE),
    ("بھاری جانی نقصان", ONE_OR_MORE), ("tidak ada korban jiwa", NONE), ("重大伤亡", ONE_OR_MORE), ("无人伤亡", NONE),
    ("schwere Verluste", ONE_OR_MORE), ("ohne Verluste", NONE), ("Opfer", ONE_OR_MORE),
    ("hanno subito pesanti perdite", ONE_OR_MORE), ("nessuna vittima", NONE), ("pierderi grele", ONE_OR_MORE),
    ("fara pierderi", NONE),
    ("significant losses", ONE_OR_MORE), ("suffered heavy casualties", ONE_OR_MORE),
    ("suffering serious losses", ONE_OR_MORE),
]


@pytest.mark.parametrize(("text", "interval"), READINGS)
def test_losses_with_no_figure_read_as_the_english_words(text: str, interval: tuple[int, int | None]) -> None:
    assert parse_count(text) == Count(*interval, text=text)


@pytest.mark.parametrize("text", ["huge losses", "огромные потери", "ogromne straty", "losses of", "losses heavy"])
def test_huge_losses_stay_the_analysts_own_reading(text: str) -> None:
    """`huge losses` is the docs' example of a reading of one's own (the mapping form): refused in every language."""
    with pytest.raises(NormalizeError, match=r"^cannot read a count from"):
        parse_count(text)


@pytest.mark.parametrize(("text", "figure"), [("12 жертв", "12"), ("3 bajas", "3"), ("10 pertes", "10"),
                                               ("3 ضحايا", "3"), ("5 korban", "5"), ("3 կորուստ", "3")])
def test_a_figure_with_the_word_after_it_gets_the_figure_to_write(text: str, figure: str) -> None:
    with pytest.raises(NormalizeError, match=f"write '{figure}'"):
        parse_count(text)


def test_every_table_belongs_to_a_language_that_is_read() -> None:
    """A table under a name no language has would be silently left out."""
    assert set(_LOSS_WORDS) <= {language.name for language in _LANGUAGES}


PHRASES = sorted({(name, phrase, english) for name, table in _LOSS_WORDS.items()
                  for phrase, english in table.items()})


@given(st.sampled_from(PHRASES), st.sampled_from([str, str.upper, " {}  ".format, lambda t: t.replace(" ", "  ")]))
def test_every_phrase_reads_as_its_english_words(case: tuple[str, str, str], shape: Callable[[str], str]) -> None:
    """Each phrase of every table reads as the English words it stands for, whatever its case and spacing."""
    _, phrase, english = case
    text = shape(phrase)
    found = parse_count(text)
    expected = parse_count(english)
    assert (found.low, found.high) == (expected.low, expected.high)
