"""QA of an India–China (Galwan) case: words read as place names that are no places.

"forward position along the LAC" gave the names *forward* and *LAC*: the Line of Actual Control is a front line as
the LoC is (a vague word of matching, in capitals only: Lac is a province of Chad), and forward, rear, depth and
frontline positions are where along a front, not a name. "the Southern Bank of Pangong Tso" and "the left bank of the
Dnipro" gave *Southern Bank* and *left bank*, so the left banks of two rivers met by name: the bank or shore of a
water is a word of context around the water's name, as Chinese 南岸 is, while the West Bank, the South Bank and the
Left Bank, capitalised alone, stay names.
"""

from __future__ import annotations

import pytest

from reconcile.match import MatchConfig, VagueNames
from reconcile.places import place_lookups, split_places

from .test_match import claim, score, weight


@pytest.mark.parametrize(("text", "names"), [
    ("forward position along the LAC", ("LAC",)),
    ("forward positions along the LAC in eastern Ladakh", ("LAC", "eastern Ladakh")),
    ("Forward positions near Galwan", ("Galwan",)),
    ("frontline positions near Pangong Tso", ("Pangong Tso",)),
    ("rear areas", ()),
    ("depth areas", ()),
    ("передовые позиции у Бахмута", ("Бахмута",)),
    ("передові позиції", ()),
])
def test_position_words_are_no_names(text: str, names: tuple[str, ...]) -> None:
    assert split_places(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("the north bank of Pangong Tso", ("Pangong Tso",)),
    ("Southern Bank of Pangong Tso", ("Pangong Tso",)),
    ("left bank of the Dnipro", ("Dnipro",)),
    ("on the left bank of the Dnipro near Krynky", ("Dnipro",)),
    ("the south shore of Lake Chad", ("Lake Chad",)),
    ("левый берег Днепра", ("Днепра",)),
    ("на левом берегу Днепра", ("Днепра",)),
    ("лівий берег Дніпра", ("Дніпра",)),
    ("на лівому березі Дніпра", ("Дніпра",)),
    ("rive gauche du Dniepr", ("Dniepr",)),
    ("linkes Ufer des Dnepr", ("Dnepr",)),
    ("पैंगोंग झील के उत्तरी किनारे पर", ("पैंगोंग झील",)),
    ("the north bank", ()),
    # capitalised alone, a place of its own
    ("the West Bank", ("West Bank",)),
    ("Beita, West Bank", ("Beita", "West Bank")),
    ("South Bank", ("South Bank",)),
    ("Left Bank", ("Left Bank",)),
    ("North Shore", ("North Shore",)),
    ("Rive Gauche", ("Rive Gauche",)),
    ("Лівий берег", ("Лівий берег",)),
    ("Riva del Garda", ("Riva del Garda",)),
    ("Ribera del Fresno", ("Ribera del Fresno",)),
])
def test_a_bank_or_shore_is_context_around_the_waters_name(text: str, names: tuple[str, ...]) -> None:
    assert split_places(text) == names


def test_the_left_banks_of_two_rivers_do_not_meet_by_name() -> None:
    """Before, both texts were *left bank* first, and the pair scored +5 as one place's name."""
    pair = score(claim("a/1", place="left bank of the Dnipro"), claim("b/1", place="left bank of the Oskil"))
    assert weight(pair, "place") == MatchConfig().place_different
    same = score(claim("a/1", place="left bank of the Dnipro"), claim("b/1", place="the Dnipro, left bank"))
    assert "'Dnipro' and 'Dnipro' are one name" in next(c.detail for c in same.contributions if c.feature == "place")


def test_two_forward_positions_are_no_one_place() -> None:
    """Before, *forward* and *forward* were one name (+5)."""
    pair = score(claim("a/1", place="forward position along the LAC"),
                 claim("b/1", place="forward positions near Pangong Tso"))
    assert weight(pair, "place") == 0.0


@pytest.mark.parametrize("name", ["LAC", "एलएसी", "वास्तविक नियंत्रण रेखा", "实际控制线"])
def test_the_line_of_actual_control_is_vague(name: str) -> None:
    """The LAC in capitals only: Lac, a province of Chad (and the French lake, Lac Vert), is a place."""
    vague = VagueNames.of()
    assert vague(name)
    assert not vague("Lac")
    assert not vague("Lac Vert")


def test_a_town_beside_the_lac_is_the_place() -> None:
    vague = VagueNames.of()
    assert [name for name, _ in place_lookups("the LAC near Galwan", None, vague=vague)] == ["Galwan"]
    assert [name for name, _ in place_lookups("forward positions along the LAC", None, vague=vague)] == ["LAC"]
