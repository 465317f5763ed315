"""Regressions of the place-word lists: words of one language that started words of another,
and generic words that are also the first word of real names."""

from __future__ import annotations

import pytest

from reconcile.match import event_type
from reconcile.places import mentions


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


@pytest.mark.parametrize(("text", "names"), [
    ("Sitio Nuevo", ["Sitio Nuevo"]),  # Sitionuevo, Magdalena
    ("Sitio Nuevo, Magdalena", ["Sitio Nuevo", "Magdalena"]),
    ("en el sitio conocido como El Filo", ["El Filo"]),
])
def test_sitio_begins_names(text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(text)] == names


@pytest.mark.parametrize(("text", "names"), [
    ("Post 4, Kupwara", ["Post 4", "Kupwara"]),
    ("Checkpoint 300", ["Checkpoint 300"]),
    ("погранзастава Кайрагач", ["Кайрагач"]),
])
def test_a_post_keeps_its_number(text: str, names: list[str]) -> None:
    """A post word is context before a name, but a post named by its number keeps it: Post 4 and Post 9 of one
    district are two posts, not the district."""
    assert [m.name for m in mentions(text)] == names
