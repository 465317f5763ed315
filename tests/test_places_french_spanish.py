"""Tests of French, Spanish and Portuguese place texts: administrative-unit words, the "de" inside a name, and the
place a distance is measured from."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.match import claim_features
from reconcile.models import Party
from reconcile.places import Gazetteer, mentions
from tests.strategies import place_claim, place_weight

PARTIES = (Party("gov", "Government"), Party("reb", "Rebels"))


_claim = place_claim


def _place_weight(a: str, b: str) -> float:
    return place_weight(a, b, PARTIES)


# --------------------------------------------------------------------------------------------------------------
# Administrative units
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("village de Kalunguta, groupement de Bapere, chefferie des Bashu, territoire de Beni",
         ["Bapere", "Bashu", "Beni"]),
        ("Kishishe, secteur de Bwito", ["Bwito"]),
        ("collectivité de Bashali", ["Bashali"]),
        ("corregimiento El Plateado, municipio de Argelia, departamento del Cauca", ["El Plateado", "Argelia",
                                                                                    "Cauca"]),
        ("zona rural del municipio de Tumaco", ["Tumaco"]),
        ("provincia de Esmeraldas", ["Esmeraldas"]),
        ("comuna de Ercilla", ["Ercilla"]),
        ("parroquia San José", ["San José"]),
        ("município de Palma", ["Palma"]),
    ],
)
def test_a_french_or_spanish_unit_word_makes_a_region(text: str, regions: list[str]) -> None:
    """Territoire, groupement, chefferie, secteur, municipio, corregimiento, zona ... say the name is a region."""
    assert [m.name for m in mentions(text) if m.kind == "region"] == regions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("vereda La Guayacana", "Guayacana"),
        ("site de déplacés de Mugunga", "Mugunga"),
        ("cité de Kiwanja", "Kiwanja"),
        ("aldea Chimaltenango", "Chimaltenango"),
        ("caserío Buenos Aires", "Buenos Aires"),
        ("povoado de Mocímboa", "Mocímboa"),
    ],
)
def test_a_hamlet_word_makes_a_settlement(text: str, name: str) -> None:
    """A vereda, a displacement site, a cité, an aldea, a caserío or a povoado is one specific place."""
    assert [(m.name, m.kind) for m in mentions(text)] == [(name, "settlement")]


def test_the_ethiopian_wereda_stays_a_district() -> None:
    """The vereda is told apart from the wereda, which the lexicon hears as the same word."""
    assert [(m.name, m.kind) for m in mentions("Samre wereda")] == [("Samre", "region")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("village de Mukondi, groupement de Bapere, chefferie des Bashu, territoire de Beni",
         "village de Kalunguta, groupement de Bapere, chefferie des Bashu, territoire de Beni"),
        ("vereda La Guayacana, zona rural del municipio de Tumaco",
         "vereda El Azúcar, zona rural del municipio de Tumaco"),
    ],
)
def test_two_villages_of_one_unit_are_two_places(a: str, b: str) -> None:
    """Two villages named with the units they lie in compare by their names, not as one place through a unit."""
    assert _place_weight(a, b) < 0


# --------------------------------------------------------------------------------------------------------------
# "de" inside a name
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Santander de Quilichao", ["Santander de Quilichao"]),
        ("Tibú, Norte de Santander", ["Tibú", "Norte de Santander"]),
        ("San Andrés de Tumaco", ["San Andrés de Tumaco"]),
        ("El Carmen de Bolívar", ["El Carmen de Bolívar"]),
        ("Santa Cruz de la Sierra", ["Santa Cruz de la Sierra"]),
        ("Valle del Cauca", ["Valle del Cauca"]),
        ("Cruzeiro do Sul", ["Cruzeiro do Sul"]),
        ("territoire de Beni", ["Beni"]),
        ("Kiwanja, territoire de Rutshuru", ["Kiwanja", "Rutshuru"]),
        ("au nord de Goma", ["Goma"]),
        ("Kitchanga de village", ["Kitchanga"]),
    ],
)
def test_a_lower_case_de_between_capitalised_words_is_part_of_the_name(text: str, names: list[str]) -> None:
    """De, del, do between two capitalised name words join them; after a unit word or a direction they do not."""
    assert [m.name for m in mentions(text)] == names


def test_two_names_sharing_a_word_after_de_are_two_places() -> None:
    """Santander de Quilichao (Cauca) and Tibú, Norte de Santander share no place."""
    assert _place_weight("Santander de Quilichao", "Tibú, Norte de Santander") < 0


_NAME = st.from_regex(r"[A-Z][a-z]{3,8}", fullmatch=True)


@given(_NAME, _NAME)
@example("Santander", "Quilichao")
@example("Vsvv", "Aaaa")  # Vsvv folds as WSW, and Ene is ENE: capitalised, names, not compass points
@example("Ene", "Aaaa")
def test_a_name_with_de_is_one_mention(first: str, second: str) -> None:
    """Two capitalised words that are not generic words, joined by a lower-case de, read as one name."""
    found = mentions(f"{first} de {second}")
    if all(m.kind is None for m in mentions(first) + mentions(second)) and len(mentions(first)) == 1 == len(
        mentions(second)
    ):
        assert [m.name for m in found] == [f"{first} de {second}"]


# --------------------------------------------------------------------------------------------------------------
# The place a distance is measured from
# --------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Sake, à 27 km à l'ouest de Goma", [("Sake", False), ("Goma", True)]),
        ("Mugunga, à 10 km de Goma", [("Mugunga", False), ("Goma", True)]),
        ("Oicha, 30 km north of Beni", [("Oicha", False), ("Beni", True)]),
        ("20 km north of Gao", [("Gao", True)]),
        ("Goma", [("Goma", False)]),
        ("Nord-Kivu", [("Nord-Kivu", False)]),
    ],
)
def test_a_name_after_a_distance_is_a_reference(text: str, read: list[tuple[str, bool]]) -> None:
    """The name a distance or direction is measured from is marked as a reference; other names are not."""
    assert [(m.name, m.reference) for m in mentions(text)] == read


def test_two_places_measured_from_one_town_are_two_places() -> None:
    """Sake and Mugunga, both given by their distance from Goma, do not share Goma as a place."""
    assert _place_weight("Sake, à 27 km à l'ouest de Goma", "Mugunga, à 10 km à l'ouest de Goma") < 0


def test_a_reference_is_the_place_when_it_is_the_only_name() -> None:
    """"20 km north of Gao" happened near Gao: it compares as Gao with a claim naming Gao."""
    assert _place_weight("20 km north of Gao", "Gao") > 0


def test_a_reference_is_marked_on_the_claims_places() -> None:
    """Beside another name, the reference town is a place marked as a reference."""
    (found,) = claim_features([_claim("s1", "Sake, 27 km west of Goma")], gazetteer=Gazetteer(()), parties=PARTIES)
    assert [(p.name, p.reference) for p in found.places] == [("Sake", False), ("Goma", True)]


def test_a_reference_meets_a_claim_that_names_the_town() -> None:
    """"8 km from Oicha, on the Oicha-Eringeti road" and "Oïcha, 8 km north" share Oicha."""
    assert _place_weight("à 8 km d'Oicha, axe Oicha-Eringeti", "Oïcha, 8 km north") > 0
