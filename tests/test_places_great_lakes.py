"""Place words of the Great Lakes and East Africa: English hills and displacement sites, Swahili and Kinyarwanda /
Kirundi generic words, context words and directions, and a town's centre written onto its name."""

from __future__ import annotations

import pytest

from reconcile.models import GazetteerEntry
from reconcile.places import Gazetteer, mentions, split_places

_GREAT_LAKES = Gazetteer((
    GazetteerEntry("cd-runyoni", "Runyoni", (), "dr congo", "Nord-Kivu"),
    GazetteerEntry("cd-lac-vert", "Lac Vert", (), "dr congo", "Nord-Kivu"),
    GazetteerEntry("cd-mugunga", "Mugunga", (), "dr congo", "Nord-Kivu"),
    GazetteerEntry("cd-sake", "Saké", ("Sake",), "dr congo", "Nord-Kivu"),
    GazetteerEntry("cd-goma", "Goma", (), "dr congo", "Nord-Kivu"),
    GazetteerEntry("cd-kishishe", "Kishishe", (), "dr congo", "Nord-Kivu"),
    GazetteerEntry("rw-rubavu", "Rubavu", ("Gisenyi",), "rwanda", "Western Province"),
))


@pytest.mark.parametrize(("text", "names"), [
    ("Runyoni hills", ("Runyoni",)),
    ("Runyoni hill", ("Runyoni",)),
    ("the Masisi heights", ("Masisi",)),
    ("Kanyabayonga ridge", ("Kanyabayonga",)),
    ("the Mugunga displacement site", ("Mugunga",)),
    ("Lac Vert displacement sites", ("Lac Vert",)),
    ("Mugunga and Lac Vert displacement sites", ("Mugunga", "Lac Vert")),
    ("Bulengo displacement camp", ("Bulengo",)),
])
def test_english_hills_and_displacement_sites_are_generic_words(text: str, names: tuple[str, ...]) -> None:
    """The English hill(s), heights, ridge and displacement site(s) or camp(s) are no part of the name."""
    assert split_places(text) == names


@pytest.mark.parametrize("name", ["Golan Heights", "Signal Hill", "Blue Ridge"])
def test_capitalised_hill_words_stay_in_names(name: str) -> None:
    """Capitalised, Hill, Heights and Ridge are words of names."""
    assert split_places(name) == (name,)


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("kijiji cha Kishishe", "Kishishe", "settlement"),
    ("vijiji vya Kibirizi", "Kibirizi", "settlement"),
    ("mjini Bunagana", "Bunagana", "settlement"),
    ("mji wa Goma", "Goma", "settlement"),
    ("katika kambi ya Mugunga", "Mugunga", "settlement"),
    ("kambi ya wakimbizi ya Kakuma", "Kakuma", "settlement"),
    ("kambini Kakuma", "Kakuma", "settlement"),
    ("eneo la Rutshuru", "Rutshuru", None),
    ("maeneo ya Masisi", "Masisi", None),
    ("karibu na Kitshanga", "Kitshanga", None),
    ("karibu na mji wa Sake", "Sake", "settlement"),
    ("wilaya ya Masisi", "Masisi", "region"),
    ("jimbo la Kivu Kaskazini", "Kivu Kaskazini", "region"),
])
def test_swahili_place_words(text: str, name: str, kind: str | None) -> None:
    """Swahili words for village, town, camp, refugees, area, near, in and of say what the name is, not which."""
    found = mentions(text)
    assert [(m.name, m.kind) for m in found] == [(name, kind)]


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("umudugudu wa Kishishe", "Kishishe", "settlement"),
    ("mu mudugudu wa Bweyeye", "Bweyeye", "settlement"),
    ("mu karere ka Rubavu", "Rubavu", "region"),
    ("akarere ka Rusizi", "Rusizi", "region"),
    ("mu murenge wa Bugeshi", "Bugeshi", "region"),
    ("intara ya Cibitoke", "Cibitoke", "region"),
    ("hafi ya Gisenyi", "Gisenyi", None),
    ("hafi ya Bugarama", "Bugarama", None),
    ("mu mujyi wa Goma", "Goma", "settlement"),
    ("umujyi wa Bukavu", "Bukavu", "settlement"),
    ("ku musozi wa Runyoni", "Runyoni", None),
    ("ku musozi wa Gatare", "Gatare", None),
])
def test_kinyarwanda_and_kirundi_place_words(text: str, name: str, kind: str | None) -> None:
    """Kinyarwanda and Kirundi words for village, town, hill, district, sector, province, near, in and of."""
    assert [(m.name, m.kind) for m in mentions(text)] == [(name, kind)]


@pytest.mark.parametrize(("text", "name"), [
    ("kaskazini mwa Goma", "Goma"),
    ("kusini mwa Bukavu", "Bukavu"),
    ("mashariki ya Beni", "Beni"),
    ("mu majyaruguru ya Rubavu", "Rubavu"),
    ("mu burengerazuba bwa Kigali", "Kigali"),
])
def test_swahili_and_kinyarwanda_directions_measure_from_a_place(text: str, name: str) -> None:
    """A Swahili or Kinyarwanda compass word with its "of" is a direction from the place after it."""
    (found,) = mentions(text)
    assert (found.name, found.reference) == (name, True)


def test_swahili_compass_word_stays_in_a_name() -> None:
    """Outside a direction phrase a Swahili compass word is a word of the name (Pemba Kusini, South Pemba)."""
    assert split_places("Pemba Kusini") == ("Pemba Kusini",)


@pytest.mark.parametrize("name", ["Mji Mwema", "Kambi Mpya"])
def test_capitalised_swahili_words_begin_names(name: str) -> None:
    """Capitalised, the short Swahili words for town and camp begin names."""
    assert split_places(name) == (name,)


@pytest.mark.parametrize(("text", "name"), [
    ("Saké-centre", "Saké"),
    ("Sake-centre", "Sake"),
    ("Goma centre-ville", "Goma"),
    ("Bukavu-center", "Bukavu"),
    ("le centre de Goma", "Goma"),
    ("Kiwanja centre", "Kiwanja"),
])
def test_a_town_centre_is_the_town(text: str, name: str) -> None:
    """A town's centre written after it, or "the centre of", is the town."""
    assert split_places(text) == (name,)


@pytest.mark.parametrize("name", ["Centre-Nord", "Centre-Est", "Kasaï-Central", "Central Darfur"])
def test_capitalised_centre_stays_in_region_names(name: str) -> None:
    """Capitalised, Centre and Central are words of names of regions."""
    assert split_places(name) == (name,)


@pytest.mark.parametrize(("text", "place"), [
    ("Runyoni hills", "cd-runyoni"),
    ("Lac Vert displacement sites", "cd-lac-vert"),
    ("the Mugunga displacement site", "cd-mugunga"),
    ("Saké-centre", "cd-sake"),
    ("Sake-centre", "cd-sake"),
    ("Goma centre-ville", "cd-goma"),
    ("kijiji cha Kishishe", "cd-kishishe"),
    ("umudugudu wa Kishishe", "cd-kishishe"),
    ("katika kambi ya Mugunga", "cd-mugunga"),
    ("mu karere ka Rubavu", "rw-rubavu"),
    ("hafi ya Gisenyi", "rw-rubavu"),
])
def test_place_texts_resolve_to_the_place(text: str, place: str) -> None:
    """Each name the place words surround resolves to its place."""
    (name,) = split_places(text)
    resolved = _GREAT_LAKES.resolve(name)
    assert resolved.entry is not None
    assert resolved.entry.id == place
    assert _GREAT_LAKES.resolve(text).entry == resolved.entry
