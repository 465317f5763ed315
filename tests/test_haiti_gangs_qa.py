"""Haiti's gang violence, 2024: a gang named after its neighbourhood leaves the neighbourhood a place; Haitian Creole
yesterday (yè) and today (jodi a) are no date, and the ending of 1ye no word of its own; the hard c of a French
spelling meets the k of its Creole spelling in blocking (Kenscoff, Kenskòf)."""

from __future__ import annotations

import pytest

from reconcile.block import candidate_pairs
from reconcile.errors import NormalizeError
from reconcile.match import MatchConfig, Scorer, VagueNames, claim_features, event_type
from reconcile.models import Party
from reconcile.normalize import parse_count, parse_date
from reconcile.places import Gazetteer, mentions, phonetic_keys

from .test_match import claim

PARTIES = (
    Party("viv-ansanm", "Viv Ansanm",
          aliases=("Wharf Jérémie gang", "gang de Village de Dieu", "Micanor", "Islamic State group",
                   "Islamic State")),
    Party("haiti", "Haiti", aliases=("Police nationale d'Haïti",)),
)
VAGUE = VagueNames.of(parties=PARTIES)


@pytest.mark.parametrize("name", ["Wharf Jérémie", "Wharf Jeremie", "Village de Dieu"])
def test_the_place_a_gang_is_named_after_is_a_place(name: str) -> None:
    """Before, every word of "Wharf Jérémie" was a word inside the name "Wharf Jérémie gang", so the place was
    vague: a claim at Wharf Jérémie named no place."""
    assert not VAGUE(name)


@pytest.mark.parametrize("name", ["Wharf Jérémie gang", "Viv Ansanm", "Micanor", "Islamic State",
                                  "Police nationale"])
def test_a_gangs_own_names_still_name_no_place(name: str) -> None:
    assert VAGUE(name)


def test_a_denial_at_the_gangs_neighbourhood_meets_the_massacre_there() -> None:
    """The gang's denial at "Wharf Jérémie" and a monitor's report at "Wharf Jérémie, Cité Soleil" are compared as
    one place; before, the denial named no place, scored +0 and stood as an event of its own."""
    found = claim_features((claim("gang/a", 0, "Wharf Jérémie", stance="denies"),
                            claim("rnddh/b", 0, "Wharf Jérémie, Cité Soleil")),
                           gazetteer=Gazetteer(()), parties=PARTIES)
    assert all(f.places for f in found)
    assert Scorer(found)._place(found[0], found[1], True)[1] == MatchConfig().place_same_name


@pytest.mark.parametrize("text", ["yè", "Yè", "yè swa", "avantyè", "jodi a", "maten an", "hier", "avant-hier",
                                  "aujourd'hui"])
def test_a_creole_or_french_day_named_from_the_statement_says_so(text: str) -> None:
    """Before, yè was read as the ending of 1ye and left out: the message asked for 'yè YYYY', which then read as
    the whole year; French hier got the general list of forms."""
    with pytest.raises(NormalizeError, match="a day named from the day of the statement"):
        parse_date(text)


@pytest.mark.parametrize("text", ["yè 2024", "yè oktòb 2024"])
def test_creole_yesterday_before_more_than_one_day_is_refused(text: str) -> None:
    """Before, 'yè 2024' read as the year 2024 and 'yè oktòb 2024' as the month, yè left out."""
    with pytest.raises(NormalizeError, match="read only before one day"):
        parse_date(text)


@pytest.mark.parametrize("text", ["yè, 3 oktòb 2024", "yè swa, 3 oktòb 2024", "jodi a, jedi 3 oktòb 2024",
                                  "3 oktòb 2024"])
def test_creole_yesterday_or_today_before_the_day_is_that_day(text: str) -> None:
    span = parse_date(text)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == ("2024-10-03", "2024-10-03", "day")


@pytest.mark.parametrize("text", ["1ye oktòb 2024", "1-ye oktòb 2024"])
def test_the_creole_first_is_still_read(text: str) -> None:
    span = parse_date(text)
    assert (span.start.isoformat(), span.precision) == ("2024-10-01", "day")


@pytest.mark.parametrize(("french", "creole"), [("Kenscoff", "Kenskòf"), ("Kenscoff", "Kenskof")])
def test_a_hard_c_meets_the_creole_k_in_blocking(french: str, creole: str) -> None:
    """Kenscoff and Kenskòf score as one name (0.95) but shared no blocking key (KNSP, KNSKP): two claims of one
    night's attack scored +8 and were never compared."""
    assert set(phonetic_keys(french)) & set(phonetic_keys(creole))
    found = claim_features((claim("pnh/a", 0, french), claim("radio/b", 0, creole)), gazetteer=Gazetteer(()),
                           parties=PARTIES)
    assert candidate_pairs(found) == [(0, 1)]


@pytest.mark.parametrize("name", ["Cacak", "Donetsk", "Cəbrayıl"])
def test_a_c_keeps_its_affricate_key(name: str) -> None:
    """The reading of c as k adds a key; the first key, of the affricate, stays."""
    assert phonetic_keys(name)[0].startswith(("S", "T"))


@pytest.mark.parametrize(("text", "low", "high"), [
    ("de san sèt", 207, 207),  # OHCHR's Wharf Jérémie toll, in words
    ("san sèt", 107, 107),
    ("de mil sèt", 2007, 2007),
    ("pa mwens pase 20", 20, None),
    ("omwen 70, petèt 100", 70, 100),
    ("70, petèt plis", 70, None),
    ("omwen douz, e petèt plis", 12, None),
    ("omwen 70, si se pa 100", 70, 100),
    ("70 oubyen 80", 70, 80),
    ("20 konsa", 16, 24),
    ("dè douzèn", 24, None),
    ("plizyè douzèn", 36, 108),
    ("kèk douzèn", 24, 60),
    ("yon", 1, 1),
])
def test_creole_counts_as_the_radio_and_the_monitors_write_them(text: str, low: int, high: int | None) -> None:
    """Each was refused: sèt after a hundred (207), no fewer than, a hedge, or, or so, and dozens."""
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)


@pytest.mark.parametrize("text", ["sèt", "pět set"])
def test_set_alone_stays_as_it_was(text: str) -> None:
    """sèt alone is still refused (Czech set), and the Czech hundreds still read."""
    if text == "sèt":
        with pytest.raises(NormalizeError):
            parse_count(text)
    else:
        assert parse_count(text).low == 500


@pytest.mark.parametrize(("text", "kind"), [
    ("batay ant gang yo", "clash"), ("goumen", "clash"), ("fiziyad", "shooting"), ("egzekisyon", "execution"),
    ("kadav plizyè granmoun", "casualty"), ("lanmò", "casualty"), ("tuerie", "casualty"), ("lynchage", "casualty"),
])
def test_creole_and_french_words_of_the_incident(text: str, kind: str) -> None:
    """Each was of no type: two claims of one massacre, 'kadav' and 'masak', were not compared by type."""
    assert event_type(text) == kind


def test_creole_since_a_day_gets_the_span_to_write() -> None:
    """Before, 'depi 3 oktòb 2024' got the general list of forms."""
    with pytest.raises(NormalizeError, match=r"a date since a day runs to the day of the statement.*2024-10-03/"):
        parse_date("depi 3 oktòb 2024")


@pytest.mark.parametrize(("text", "names"), [
    ("nan Ponsonde", ["Ponsonde"]), ("zòn Ponsonde", ["Ponsonde"]), ("nan zòn Kwadebouke", ["Kwadebouke"]),
    ("katye Solino", ["Solino"]), ("bò Akayè", ["Akayè"]), ("nan vil Mibalè", ["Mibalè"]),
    ("lavil Pòtoprens", ["Pòtoprens"]), ("depatman Latibonit", ["Latibonit"]),
    ("Ponsonde, nan komin Sen Mak", ["Ponsonde", "Sen Mak"]),
    ("Nan", ["Nan"]), ("Nan Ning", ["Nan Ning"]),  # capitalised, they begin names
])
def test_creole_place_words_are_no_part_of_the_name(text: str, names: list[str]) -> None:
    """Before, 'nan zòn Kwadebouke' was one name with its words, and in 'nan vil Mibalè' nan was a place."""
    assert [mention.name for mention in mentions(text)] == names


def test_a_silent_french_ending_meets_the_creole_spelling_in_blocking() -> None:
    """Cabaret and Kabarè (0.74) scored +7.5 with the same figures but shared no key (SPRT, KPR)."""
    found = claim_features((claim("ap/a", 0, "Cabaret"), claim("dp/b", 0, "Kabarè")), gazetteer=Gazetteer(()),
                           parties=PARTIES)
    assert candidate_pairs(found) == [(0, 1)]


@pytest.mark.parametrize("text", ["hier, 3 octobre 2024", "hier soir, jeudi 3 octobre 2024",
                                  "aujourd'hui, 3 octobre 2024", "ce matin, 3 octobre 2024"])
def test_french_yesterday_or_today_before_the_day_is_that_day(text: str) -> None:
    """Le Nouvelliste and the police write "hier, jeudi 3 octobre"; before, refused with the general list."""
    span = parse_date(text)
    assert (span.start.isoformat(), span.precision) == ("2024-10-03", "day")
