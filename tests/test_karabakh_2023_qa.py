"""Defects found in the QA of a case of Azerbaijan's offensive in Nagorno-Karabakh of 19–20 September 2023 and the
fuel depot explosion near Stepanakert of 25 September (Armenian, Azerbaijani, Russian and English sources).

1. An accident in Azerbaijani, Armenian, Russian and Ukrainian ("yanacaq anbarında qəza", "վթար", "դժբախտ
   պատահար", "авария на складе") was of no type, where "accident" and the Turkish "kaza" are `noncombat`: the
   account of an accident was not told from the "explosion" (a `bombing`) it explains.
2. The Armenian road words in the cases a place text writes them (`Ստեփանակերտ-Ասկերան մայրուղու մոտ`, near the
   Stepanakert–Askeran highway; `մայրուղում`, `ճանապարհի վրա`) and the Armenian "in the vicinity of"
   (`հարևանությամբ`, `մերձակայքում`) stayed in the name: the whole text was one place of its own, which no
   gazetteer resolves, and it was listed in the event's title.
3. A depot, a warehouse or a store struck or blown up in a place ("fuel depot near Stepanakert", "склад ГСМ",
   "yanacaq anbarı", "վառելիքի պահեստ") was a place of its own: the event's title listed "fuel depot".
4. A place no gazetteer resolves, written by the sources in two scripts (the ombudsman's "Artsakh" and "Արցախ"),
   was listed twice in the event's title ("Արցախ; Artsakh"), where a resolved place is listed once.
5. An Armenian figure with the article or the genitive on its digits (`ավելի քան 400-ը`, `68-ի`) was refused.
6. An Azerbaijani figure with the dative on its digits (`125-ə`: the toll has reached 125) was refused.
"""

from __future__ import annotations

import pytest

from reconcile.match import event_type
from reconcile.merge import place_names
from reconcile.models import PlaceMention
from reconcile.normalize import parse_count, parse_date
from reconcile.places import mentions


@pytest.mark.parametrize("text", [
    "yanacaq anbarında qəza", "qəza", "yol qəzası", "qəzada həlak olub", "bədbəxt hadisə", "վթար",
    "վթարի հետևանքով", "ավտովթար", "դժբախտ պատահար", "авария на складе топлива", "взрыв в результате аварии",
    "аварія",
])  # fmt: skip
def test_an_accident_in_azerbaijani_armenian_russian_is_noncombat(text: str) -> None:
    assert event_type(text) == "noncombat"


def test_the_emergency_services_and_an_explosion_are_no_accident() -> None:
    """Whole words: the emergency rescue works after the blast are of no type, the blast stays a `bombing`, and the
    accident that explains it is `noncombat`."""
    assert event_type("yanacaq anbarında qəza") == event_type("վառելիքի պահեստում վթար") == "noncombat"
    assert event_type("аварийно-спасательные работы") == event_type("վթարային-փրկարարական աշխատանքներ") == "unknown"
    assert event_type("yanacaqdoldurma məntəqəsində partlayış") == "bombing"
    assert event_type("վառելիքի պահեստում պայթյուն") == "bombing"


@pytest.mark.parametrize("text", [
    "Ստեփանակերտ-Ասկերան մայրուղու հարևանությամբ", "Ստեփանակերտ-Ասկերան մայրուղու մոտ",
    "Ստեփանակերտ-Ասկերան մայրուղում", "Ստեփանակերտ-Ասկերան ճանապարհի վրա",
])  # fmt: skip
def test_an_armenian_road_in_its_cases_names_its_two_towns(text: str) -> None:
    assert [(m.name, m.reference) for m in mentions(text)] == [("Ստեփանակերտ", True), ("Ասկերան", True)]


@pytest.mark.parametrize("text", ["Ստեփանակերտի հարևանությամբ", "Ստեփանակերտի մերձակայքում"])
def test_the_armenian_in_the_vicinity_of_is_no_part_of_the_name(text: str) -> None:
    assert [m.name for m in mentions(text)] == ["Ստեփանակերտի"]


@pytest.mark.parametrize(("text", "name"), [
    ("fuel depot near Stepanakert", "Stepanakert"), ("ammunition depot near Stepanakert", "Stepanakert"),
    ("warehouse in Kyiv", "Kyiv"), ("Xankəndi yaxınlığındakı yanacaq anbarı", "Xankəndi"),
    ("Ստեփանակերտի մոտ վառելիքի պահեստում", "Ստեփանակերտի"),
])  # fmt: skip
def test_a_depot_is_no_place_of_its_own(text: str, name: str) -> None:
    assert [m.name for m in mentions(text)] == [name]


def test_an_unresolved_name_in_two_scripts_is_listed_once() -> None:
    """The ombudsman's Artsakh and Արցախ (no gazetteer entry) are one name; Artsakh, by two claims' sources, shows."""
    places = (PlaceMention("omb/a", "omb", "Արցախ"), PlaceMention("omb/b", "omb", "Artsakh"),
              PlaceMention("icrc/c", "icrc", "Artsakh"))
    assert place_names(places) == ("Artsakh",)
    assert place_names(tuple(reversed(places))) == ("Artsakh",)
    # a name with its region or border word stays apart from the bare name
    apart = (PlaceMention("a/1", "a", "Donetsk"), PlaceMention("b/1", "b", "Donetsk region"),
             PlaceMention("c/1", "c", "Armenia–Azerbaijan border"), PlaceMention("d/1", "d", "Armenia–Azerbaijan"))
    assert place_names((*places, *apart)) == ("Artsakh", "Donetsk", "Donetsk region", "Armenia–Azerbaijan border",
                                              "Armenia–Azerbaijan")




@pytest.mark.parametrize(("text", "low", "high"), [
    ("400-ը", 400, 400), ("68-ի", 68, 68), ("200-ն", 200, 200), ("ավելի քան 400-ը", 401, None),
    ("առնվազն 32-ը", 32, None), ("10-ից 12-ը", 10, 12),
])  # fmt: skip
def test_an_armenian_figure_with_its_article_or_genitive_is_the_figure(text: str, low: int, high: int | None) -> None:
    """5. The ombudsman's "վիրավորվել է ավելի քան 400-ը" (over 400 wounded) and "հասել է 68-ի" (reached 68) were
    refused: the article or the genitive on the digits says nothing of the figure."""
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)


def test_an_armenian_figure_ending_leaves_a_night_s_genitive_days() -> None:
    """The genitive of a date's days is no figure's: the night of the 10th into the 11th stays a night, and the
    toll of that night reads with its ending."""
    span = parse_date("հոկտեմբերի 10-ի լույս 11-ի գիշերը 2020")
    assert (span.start.day, span.end.day) == (10, 11)
    assert parse_count("հասել է 68-ի".rpartition(" ")[2]).low == 68


@pytest.mark.parametrize(("text", "low", "high"), [
    ("125-ə", 125, 125), ("68-ə", 68, 68), ("20-yə", 20, 20), ("30-a", 30, 30), ("ən azı 125-ə", 125, None),
])  # fmt: skip
def test_an_azerbaijani_figure_with_its_dative_is_the_figure(text: str, low: int, high: int | None) -> None:
    """6. Report.az's "ölənlərin sayı 125-ə çatıb" (the toll has reached 125) was refused as `125-ə`; a range up
    to a figure in the dative (`10-dan 12-yə qədər`) still reads as the range."""
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)
    assert (parse_count("10-dan 12-yə qədər").low, parse_count("10-dan 12-yə qədər").high) == (10, 12)
