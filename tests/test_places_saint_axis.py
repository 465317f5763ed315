"""Two place-reading defects a QA round found: Saint and Sainte abbreviated (St. Louis, St Petersburg, Ste-Marie),
whose *st* folded alone to the Arabic word for a dam (St. Louis read as a dam named Louis), and the English front
named by its town with the town after "axis of" or before "front" (*fighting on the axis of Salah al-Din*, *on the
Bakhmut front*), whose words and the fighting before them were read as places."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.places import SAME_PLACE_THRESHOLD, mentions, parse, same_place, similarity, split_places

# Invented one-word names, so that no gazetteer, generic word or state name reads them.
NAMES = st.sampled_from(("Qarvenu", "Tolmasi", "Zindrava", "Obrekul", "Feshmari", "Ulvadoch", "Parsimet", "Kendrova"))
SAINTS = st.sampled_from(("St. ", "St ", "St.", "St-"))
SAINTES = st.sampled_from(("Ste. ", "Ste ", "Ste-", "Ste."))


@pytest.mark.parametrize(("short", "long"), [
    ("St. Louis", "Saint-Louis"),
    ("St Louis", "Saint Louis"),
    ("St. Petersburg", "Saint Petersburg"),
    ("Ste-Marie", "Sainte-Marie"),
    ("Ste. Marie", "Sainte Marie"),
])  # fmt: skip
def test_saint_abbreviated_is_saint(short: str, long: str) -> None:
    """A capitalised St or Ste before a capitalised name is Saint or Sainte: one name, scored 1.0."""
    assert similarity(short, long) == 1.0


@given(SAINTS, NAMES)
def test_st_is_read_as_saint_before_any_name(saint: str, name: str) -> None:
    """St written any way before a capitalised name reads as Saint, with no qualifier tag (the dam of سد)."""
    short, long = parse(saint + name), parse("Saint " + name)
    assert (short.stem, short.tags, short.kind) == (long.stem, long.tags, long.kind)
    assert "dam" not in short.tags


@given(SAINTES, NAMES)
def test_ste_is_read_as_sainte(sainte: str, name: str) -> None:
    """Ste written any way before a capitalised name reads as Sainte."""
    assert similarity(sainte + name, "Sainte-" + name) == 1.0


def test_st_louis_is_no_dam() -> None:
    """St. Louis is no dam named Louis: below the threshold against Louis Dam, as Saint Louis is; St after a name
    (Main St., a street) stays as written."""
    assert "dam" not in parse("St. Louis").tags
    assert similarity("St. Louis", "Louis Dam") < SAME_PLACE_THRESHOLD
    assert "saint" not in parse("Main St.").stem


def test_one_saint_and_two_saints() -> None:
    """St. Louis and Saint-Louis are one place; St. Louis and St. Paul two, as Saint Louis and Saint Paul are: the
    head word alone is no name."""
    assert same_place("St. Louis", "Saint-Louis")
    assert not same_place("St. Louis", "St. Paul")
    assert similarity("St. Louis", "St. Paul") == similarity("Saint Louis", "Saint Paul")


def test_st_petersburg_is_sankt_peterburg() -> None:
    """St. Petersburg is Sankt-Peterburg and Санкт-Петербург (Saint and Sankt both head the name)."""
    assert same_place("St. Petersburg", "Sankt-Peterburg")
    assert same_place("St. Petersburg", "Санкт-Петербург")


def test_split_places_keeps_st_as_written() -> None:
    """`split_places` gives the name as written; its reading is Saint's."""
    assert split_places("shelling in St. Louis") == ("St Louis",)


@pytest.mark.parametrize(("text", "name"), [
    ("fighting on the axis of Salah al-Din", "Salah al-Din"),
    ("Fighting on the axis of Ain Zara", "Ain Zara"),
    ("axis of Salah al-Din", "Salah al-Din"),
    ("fighting on the Kupiansk axis", "Kupiansk"),
    ("clashes on the Salah al-Din axis", "Salah al-Din"),
    ("on the Pokrovsk front", "Pokrovsk"),
    ("fighting on the Bakhmut front", "Bakhmut"),
])  # fmt: skip
def test_front_named_by_its_town(text: str, name: str) -> None:
    """The English axis of X, the X axis and the X front name the front at X: X is the one place, an area, and the
    fighting, axis and front are context."""
    found = mentions(text)
    assert [(m.name, m.kind, m.area) for m in found] == [(name, "region", True)]
    assert split_places(text) == (name,)


@given(NAMES)
def test_axis_of_any_town(name: str) -> None:
    """The axis of a town is that town's front, as the town's axis is; the direction of a town stays towards it (no
    front), and a capitalised Front is a party's name."""
    assert split_places(f"fighting on the axis of {name}") == split_places(f"fighting on the {name} axis") == (name,)
    assert [(m.name, m.kind) for m in mentions(f"in the direction of {name}")] == [(name, None)]
    assert split_places(f"{name} Front") == (f"{name} Front",)
