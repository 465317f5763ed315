"""Somali place text: the town, village, outskirts and vicinity words before a name, and iyo (and) between names."""

from __future__ import annotations

import pytest

from reconcile.places import mentions


@pytest.mark.parametrize(("text", "names"), [
    ("magaalada Kismaayo", ["Kismaayo"]),
    ("tuulada Leego", ["Leego"]),
    ("duleedka Afgooye", ["Afgooye"]),
    ("agagaarka Jowhar", ["Jowhar"]),
    ("deegaanka Ceel Baraf", ["Ceel Baraf"]),
    ("Muqdisho iyo Afgooye", ["Muqdisho", "Afgooye"]),
    ("Janaale iyo Buulo Mareer", ["Janaale", "Buulo Mareer"]),
    ("tuulooyinka Leego iyo Janaale", ["Leego", "Janaale"]),
    # capitalised, the words begin names; "Iyo" written so is a name
    ("Magaalada Kismaayo", ["Magaalada Kismaayo"]),
    ("Iyo", ["Iyo"]),
])
def test_somali_place_words_are_no_part_of_the_name(text: str, names: list[str]) -> None:
    assert [m.name for m in mentions(text)] == names
