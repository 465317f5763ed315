"""Regressions found by attacking this round's own changes: words of one language that started words of another,
and generic words that are also the first word of real names."""

from __future__ import annotations

import pytest

from reconcile.match import MatchConfig, event_type
from reconcile.places import fold, mentions


@pytest.mark.parametrize(("text", "kind"), [
    ("обстрел минувшей ночью", "shelling"),  # мину- is "last", not the mine
    ("обстрел в течение 20 минут", "shelling"),
    ("подрыв на мину", "mine"),
    ("наступного дня", "unknown"),  # Ukrainian "next day", not an offensive
    ("القنصلية", "unknown"),  # the consulate, not sniping
    ("Diyarbakır kazasında saldırı", "clash"),  # the district (kaza), not an accident
    ("trafik kazası", "noncombat"),
    ("intihar eylemi", "bombing"),  # Turkish press: a suicide attack
    ("attentat-suicide", "bombing"),
    ("attaque suicide", "bombing"),
])
def test_event_words_of_one_language_do_not_type_another(text: str, kind: str) -> None:
    assert event_type(text) == kind


def test_ibb_is_a_place_not_the_international_border() -> None:
    assert fold("Ibb") not in MatchConfig().vague_place_words
    assert [m.name for m in mentions("Ibb")] == ["Ibb"]


@pytest.mark.parametrize(("text", "names"), [
    ("Sitio Nuevo", ["Sitio Nuevo"]),  # Sitionuevo, Magdalena
    ("Sitio Nuevo, Magdalena", ["Sitio Nuevo", "Magdalena"]),
    ("en el sitio conocido como El Filo", ["El Filo"]),
])
def test_sitio_begins_names(text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(text)] == names
