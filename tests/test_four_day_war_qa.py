"""Defects found in the QA of a case of the April 2016 escalation in Nagorno-Karabakh (the "Four-Day War": Lele
Tepe, Talish, Seysulan, Martuni, Tartar; Armenian, Azerbaijani, Russian, Turkish and English sources).

1. The height taken or held, named by its hill with the word for a height or hill beside it, as the two ministries
   and the Turkish and Russian press write it (`Lələtəpə yüksəkliyi`, `Lele Tepe tepesi`, `высота Лелетепе`,
   `Լելե Թեփե բարձունքը`), stayed in the name: "Lele Tepe tepesi" and "Lələtəpə yüksəkliyi" were 0.55 apart, so
   the Azerbaijani ministry's claim of the height was an event of its own, apart from Anadolu's relay of it and
   from the Armenian denial. The English "hill" and "heights" were already context.
2. The whole line of contact and its directions, as the statements of the front-wide offensive name them, read as
   specific places: `по всей линии соприкосновения` (along the whole line of contact), `шփման գծի հարավային,
   հարավ-արևելյան և հյուսիս-արևելյան ուղղություններ` (its southern, south-eastern and north-eastern directions),
   `cəbhə xətti boyu` (along the front line), `temas hattı boyunca`, "the southern and north-eastern directions":
   each a place of its own name, scored against the real places of other claims, where "the line of contact" and
   "линия соприкосновения" name none.
3. A date without its year, as the ministries date the events of their own days (`ապրիլի 2-ին`, `в ночь с 1 на 2
   апреля`, `2 aprel`), was refused with the general list of forms, which does not say what is missing.
"""

from __future__ import annotations

import pytest

from reconcile import places
from reconcile.errors import NormalizeError
from reconcile.match import VagueNames
from reconcile.normalize import parse_date, parse_stated
from reconcile.pipeline import reconcile
from tests.test_match import case_of, claim, features

# --- 1. the height beside its hill's name ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Lələtəpə yüksəkliyi", "Lələtəpə"),
    ("Lele Tepe tepesi", "Lele Tepe"),
    ("высота Лелетепе", "Лелетепе"),
    ("Լելե Թեփե բարձունքը", "Լելե Թեփե"),
    ("Talış yüksəklikləri", "Talış"),
    ("на высоте Лелетепе", "Лелетепе"),
])
def test_height_words_are_no_part_of_the_name(text: str, name: str) -> None:
    assert [m.name for m in places.mentions(text)] == [name]


def test_heights_in_three_languages_are_one_name() -> None:
    """The word of a height beside the hill's name is left out; the bare təpə that ends names (Lələ təpə), a
    capitalised Высота that begins one, and a height's number (высота 1024) stay."""
    assert places.similarity("Lələtəpə yüksəkliyi", "Lele Tepe tepesi") >= places.SAME_PLACE_THRESHOLD
    assert places.same_place("высота Лелетепе", "Լելե Թեփե բարձունքը")
    for name in ("Lələ təpə", "Ağ təpə", "Высота", "высота 1024"):
        assert [m.name for m in places.mentions(name)] == [name]


def test_a_height_claimed_and_its_relay_are_one_event() -> None:
    """The ministry's claim of the height and a news agency's report of it, the same day."""
    ministry = claim("az-mod/lele", 0, "Lələtəpə yüksəkliyi", initiator="armenia")
    agency = claim("aa/lele", 0, "Lele Tepe tepesi", initiator="armenia", relays="az-mod")
    assert len(reconcile(case_of(ministry, agency)).events) == 1


# --- 2. the whole line of contact and its directions ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "по всей линии соприкосновения",
    "на всём протяжении линии фронта",
    "շփման գծի հարավային, հարավ-արևելյան և հյուսիս-արևելյան ուղղություններ",
    "շփման գծի հարավային ուղղությամբ",
    "ողջ շփման գծով",
    "cəbhə xətti boyu",
    "bütün cəbhə xətti",
    "temas hattı boyunca",
    "the southern and north-eastern directions of the line of contact",
])
def test_the_whole_line_names_no_place(text: str) -> None:
    (found,) = features(claim("s/a", 0, text))
    assert found.places == ()


@pytest.mark.parametrize("word", ["всей", "հարավային", "հյուսիս", "արեւելյան", "bütün", "hattı"])
def test_line_words_are_vague(word: str) -> None:
    assert VagueNames.of()(word)


def test_a_village_on_the_whole_line_is_still_a_place() -> None:
    (found,) = features(claim("s/a", 0, "Чинари, по всей линии соприкосновения"))
    assert [p.name for p in found.places] == ["Чинари"]
    (found,) = features(claim("s/a", 0, "по всей линии соприкосновения"))
    assert found.places == ()


# --- 3. a date without its year ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "example"), [
    ("2 April", "2 April YYYY"),
    ("ապրիլի 2-ին", "YYYY թ. ապրիլի 2-ին"),
    ("ապրիլի 1-ի լույս 2-ի գիշերը", "YYYY թ. ապրիլի 1-ի լույս 2-ի գիշերը"),
    ("в ночь с 1 на 2 апреля", "в ночь с 1 на 2 апреля YYYY"),
    ("2 aprel", "2 aprel YYYY"),
    ("aprelin 2-də", "aprelin 2-də YYYY"),
    ("2 Nisan", "2 Nisan YYYY"),
    ("the morning of 4 June", "the morning of 4 June YYYY"),
    ("29 February", "29 February YYYY"),
])
def test_a_date_without_its_year_says_so(text: str, example: str) -> None:
    """As the ministries date the events of their own days: the message says the year is missing and where it goes,
    not the general list of forms."""
    with pytest.raises(NormalizeError) as refused:
        parse_date(text)
    assert str(refused.value) == (
        f"cannot read a date from {text!r}: it gives no year; write the year the source means with it "
        f"({example!r}): the year of the events, not always that of the statement")


@pytest.mark.parametrize("text", ["yesterday", "Sunday 3 January", "4 June 2012 at dawn", "June 31"])
def test_other_refusals_keep_their_message(text: str) -> None:
    """A text that reads with no year added, or a weekday that no placeholder year fits, keeps its message; nor does
    a statement date (ISO only) get the advice."""
    with pytest.raises(NormalizeError) as refused:
        parse_date(text)
    assert "it gives no year" not in str(refused.value)
    with pytest.raises(NormalizeError) as stated:
        parse_stated("2 April")
    assert "YYYY" not in str(stated.value)
    with pytest.raises(NormalizeError, match="it gives no year"):
        parse_date("2 April")


# --- 4. the label of the line of contact ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "label"), [
    ("the line of contact", "line of contact"),
    ("the Line of Contact", "Line of Contact"),
    ("along the line of contact", "line of contact"),
    ("on the Line of Control", "Line of Control"),
])
def test_the_line_of_contact_is_listed_as_written(text: str, label: str) -> None:
    """An event placed only on "the Line of Contact" listed its places as *Line* and *Contact* (in the report and
    in events.csv), where "line of contact" without the article was listed whole."""
    vague = VagueNames.of()
    shown = [places.place_label(m, vague(m.name)) for m in places.mentions(text)]
    assert list(dict.fromkeys(shown)) == [label]


def test_an_event_on_the_line_of_contact_lists_it_once() -> None:
    monitor = claim("osce/a", 0, "the Line of Contact")
    (event,) = reconcile(case_of(monitor)).events
    assert [place.text for place in event.places] == ["Line of Contact"]
