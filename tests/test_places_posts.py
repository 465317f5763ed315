"""Border posts, checkpoints and sectors are where on a place, not its name: both sides' reports of one post meet."""

from __future__ import annotations

import pytest

from reconcile.places import mentions


@pytest.mark.parametrize(("text", "names"), [
    ("погранзастава Кайрагач", ["Кайрагач"]),
    ("на участке пограничной заставы Кайрагач", ["Кайрагач"]),
    ("участок Кайрагач", ["Кайрагач"]),
    ("блокпост у села Кок-Таш", ["Кок-Таш"]),
    ("на КПП Кайрагач", ["Кайрагач"]),
    ("КПВВ Майорск", ["Майорск"]),
    ("пункт пропуска Кайрагач", ["Кайрагач"]),
    ("прикордонна застава Мілове", ["Мілове"]),
    ("Kairagach border outpost", ["Kairagach"]),
    ("checkpoint Kairagach", ["Kairagach"]),
    ("Kairagach frontier post", ["Kairagach"]),
])
def test_post_words_are_no_names(text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(text)] == names


def test_both_sides_name_one_post() -> None:
    """The two sides' words for one post give one name, as the QA case of a border clash had it."""
    assert [m.name for m in mentions("погранзастава Кайрагач")] == [m.name for m in mentions("участок Кайрагач")]
