"""Defects found by transcribing a case of the insurgency in Cabo Delgado, Mozambique, as a conflict-data coder would
(the attack on Palma from 24 March 2021, the fall of Mocímboa da Praia in August 2020 and its recapture in August
2021, Macomia, Quissanga, Muidumbe; the Ministry of Defence and the police, Islamic State claims through Amaq in
Arabic and English, the Rwanda Defence Force, a private military contractor, Lusa, Zitamar and Carta de Moçambique,
Cabo Ligado, OCHA): Portuguese counts and dates the Mozambican and Portuguese press write every day that were
refused, the words of a district's seat, an administrative post or a port read as place names that two claims about
two places shared, the Arabic spelling of Palma read as no place, a ministry's denial relayed by an outlet that also
reported the incident raising no existence conflict, and a relay written as the id of the source's own claim."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.merge import merge_group
from reconcile.models import Case, Claim, DateSpan, Group, Party, Source
from reconcile.normalize import NormalizeError, parse_count, parse_date
from reconcile.places import mentions

from .conftest import MakeCase
from .test_hostile_text import problems_of
from .test_match import claim, score, weight

# --- counts ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high"), [
    ("meia centena", 40, 60),  # half a hundred, as meia dúzia is half a dozen
    ("mais de meia centena", 51, None),
    ("cerca de meia centena", 40, 60),
    ("meio milhar", 400, 600),
    ("perto de 50", 40, 50),  # close to 50: nearly, as the French près de
    ("perto de uma centena", 80, 100),
    ("à volta de 40", 32, 48),
    ("em redor de 40", 32, 48),
    ("largas dezenas", 30, 90),  # many tens: several tens
    ("largas centenas", 300, 900),
    ("uma trintena", 24, 36),
    ("uma cinquentena", 40, 60),
    ("vinte e tal", 20, 29),
    ("trinta e poucos", 30, 39),
    ("uns quantos", 2, 5),
    ("umas quantas", 2, 5),
    ("um par de", 2, 3),
    ("um número não especificado", 1, None),
    ("um número não especificado de", 1, None),
    ("um número não divulgado", 1, None),
])
def test_portuguese_counts_of_the_press_are_read(text: str, low: int, high: int | None) -> None:
    """Counts of Lusa, Carta de Moçambique and the ministry's statements; "um número não especificado" was refused
    with a hint to write "um", which reads as exactly one."""
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)


# --- dates -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "start", "end"), [
    ("na madrugada de 28 de maio de 2020", "2020-05-28", "2020-05-28"),
    ("na madrugada de quinta-feira, 28 de maio de 2020", "2020-05-28", "2020-05-28"),
    ("na tarde de 26 de março de 2021", "2021-03-26", "2021-03-26"),
    ("na tarde de sexta-feira, 26 de março de 2021", "2021-03-26", "2021-03-26"),
    ("na manhã de 24 de março de 2021", "2021-03-24", "2021-03-24"),
    ("ao fim da tarde de 24 de março de 2021", "2021-03-24", "2021-03-24"),
    ("nesta quarta-feira, 24 de março de 2021", "2021-03-24", "2021-03-24"),
    ("na passada quarta-feira, 24 de março de 2021", "2021-03-24", "2021-03-24"),
    ("a 24 de março de 2021", "2021-03-24", "2021-03-24"),  # on 24 March, as Portugal writes it
    ("a 8 de Agosto de 2021", "2021-08-08", "2021-08-08"),
    ("no dia 24 de março de 2021", "2021-03-24", "2021-03-24"),
    ("dia 24 de março de 2021", "2021-03-24", "2021-03-24"),
    ("no passado dia 24 de março de 2021", "2021-03-24", "2021-03-24"),
    ("nos dias 24 e 25 de março de 2021", "2021-03-24", "2021-03-25"),
    ("em finais de março de 2021", "2021-03-21", "2021-03-31"),
    ("finais de março de 2021", "2021-03-21", "2021-03-31"),
    ("em inícios de abril de 2021", "2021-04-01", "2021-04-10"),
    ("em meados do mês de julho de 2021", "2021-07-11", "2021-07-20"),
    ("no mês de julho de 2021", "2021-07-01", "2021-07-31"),
    ("durante o mês de julho de 2021", "2021-07-01", "2021-07-31"),
    ("de 24 de março até 5 de abril de 2021", "2021-03-24", "2021-04-05"),
    ("desde 24 de março até 5 de abril de 2021", "2021-03-24", "2021-04-05"),
])
def test_portuguese_dates_of_the_press_are_read(text: str, start: str, end: str) -> None:
    """The part of the day, the day after "a", "no dia" or "nesta", the end of a month and "até" (until)."""
    span = parse_date(text)
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)


@pytest.mark.parametrize(("read", "refused"), [
    ("desde 24 de março até 5 de abril de 2021", "desde 24 de março de 2021"),  # since: open to the statement
    ("na madrugada de 24 de março de 2021", "na noite de 24 de março de 2021"),  # which night?
    ("na madrugada de sábado, 27 de março de 2021", "na madrugada de sábado"),  # no date: counts from the statement
    ("na madrugada de sábado, 27 de março de 2021", "na madrugada de sexta-feira, 27 de março de 2021"),
])
def test_portuguese_dates_without_their_days_stay_refused(read: str, refused: str) -> None:
    """What the English and Spanish forms refuse, the Portuguese ones refuse too, beside the form now read: a range
    from a day "até" (until) another, but not "desde" (since) alone; a part of the day before its date, but not
    before a day of the week alone or before a date that is not that day of the week (27 March 2021 was a
    Saturday)."""
    assert parse_date(read).precision in ("day", "range")
    with pytest.raises(NormalizeError):
        parse_date(refused)


# --- places ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("posto administrativo de Mbau", ["Mbau"]),
    ("sede distrital de Quissanga", ["Quissanga"]),
    ("vila-sede de Quissanga", ["Quissanga"]),
    ("Macomia-sede", ["Macomia"]),
    ("vila de Macomia e aldeias vizinhas", ["Macomia"]),
    ("campo de futebol da aldeia de Muatide", ["Muatide"]),
    ("estrada do Hotel Amarula, arredores de Palma", ["Hotel Amarula", "Palma"]),
    ("porto de Mocímboa da Praia", ["Mocímboa da Praia"]),
    ("port of Mocímboa da Praia", ["Mocímboa da Praia"]),
    ("la ville portuaire de Mocímboa da Praia", ["Mocímboa da Praia"]),
    ("the strategic town of Palma", ["Palma"]),
    ("vila de Palma, a cerca de seis quilómetros dos projetos de gás", ["Palma"]),
    ("povoação de Chitunda", ["Chitunda"]),
    ("cidade de Pemba", ["Pemba"]),
    ("quartel de Mueda", ["Mueda"]),
    ("mata de Catupa", ["Catupa"]),
    ("praia de Palma", ["Palma"]),
])
def test_portuguese_words_of_a_place_are_no_names(text: str, names: list[str]) -> None:
    """The seat, the post, the port, the neighbouring villages and the road of a place are where in or around it."""
    assert [m.name for m in mentions(text)] == names


@pytest.mark.parametrize(("text", "name"), [
    ("porto de Pemba", "Porto"), ("praia de Palma", "Praia"), ("campo de futebol de Muatide", "Campo Grande"),
    ("povoação de Chitunda", "Povoação"), ("cidade de Pemba", "Cidade Velha"), ("port of Pemba", "Port Sudan"),
    ("posto administrativo de Mbau", "Posto da Mata"), ("vila-sede de Quissanga", "Centre-Nord"),
])
def test_capitalised_the_words_are_names(text: str, name: str) -> None:
    """Porto, Praia and Povoação are towns, and the words begin names: generic in lower case only."""
    assert ([m.name for m in mentions(text)][:-1], [m.name for m in mentions(name)]) == ([], [name])


@pytest.mark.parametrize(("first", "second"), [
    ("sede distrital de Quissanga", "sede distrital de Meluco"),
    ("porto de Mocímboa da Praia", "porto de Pemba"),
    ("Macomia e aldeias vizinhas", "Meluco e aldeias vizinhas"),
])
def test_two_places_with_one_word_of_place_are_not_one_place(first: str, second: str) -> None:
    """Raids on the seats of two districts are two places: the shared "distrital" scored them as one name."""
    assert weight(score(claim("a/1", 0, first), claim("b/1", 0, second)), "place") < 0


@pytest.mark.parametrize("text", ["بالما", "بلدة بالما", "في بلدة بالما"])
def test_palma_in_arabic_is_a_place(text: str) -> None:
    """بالما (Palma, as Amaq writes it) was read as ب (in) and the article before ما, and so as no place at all:
    the claim named no specific place and stayed out of the event. Two letters after the article are a name's own,
    as بالي (Bali) is."""
    assert [m.name for m in mentions(text)] == ["بالما"]
    # بالفاشر (in El Fasher) keeps its reading
    assert [m.name for m in mentions("سوق صابرين بالفاشر")] == ["صابرين", "الفاشر"]


# --- a relayed denial --------------------------------------------------------------------------------------------

PARTIES = (Party("mozambique", "Mozambique"), Party("is", "Islamic State"))
SOURCES = (
    Source("mdn", "Ministry of Defence of Mozambique", "belligerent", speaks_for="mozambique"),
    Source("amaq", "Amaq", "belligerent", speaks_for="is"),
    Source("zitamar", "Zitamar News", "media"),
)


def _claim(gid: str, **fields: object) -> Claim:
    source, _, cid = gid.partition("/")
    day = dt.date(2020, 8, 12)
    return Claim(source=source, id=cid, stated=day, quote="q", date=DateSpan(day, day, "day"),
                 place="Mocímboa da Praia", **fields)  # type: ignore[arg-type]


def test_an_outlets_own_report_does_not_take_back_the_denial_it_relays() -> None:
    """Zitamar reported the fall of the port and, the next day, the ministry's denial that it fell: the outlet's own
    report counted as the denying source asserting the incident, so the ministry's denial raised no conflict."""
    claims = (_claim("amaq/a"), _claim("zitamar/own"), _claim("zitamar/gov", stance="denies", relays="mdn"))
    case = Case("t", "T", PARTIES, SOURCES, claims, ())
    event = merge_group(case, Group("e1", tuple(c.global_id for c in claims)))
    assert [(c.kind, c.claims) for c in event.conflicts] == [("existence", ("amaq/a", "zitamar/gov"))]
    assert event.conflicts[0].summary == (
        "Amaq says the incident happened; Zitamar News (relaying Ministry of Defence of Mozambique) denies it.")
    # the ministry's own report beside its own denial: its denial is of the figures, as before
    own = (_claim("amaq/a"), _claim("mdn/own"), _claim("mdn/denial", stance="denies"))
    event = merge_group(Case("t", "T", PARTIES, SOURCES, own, ()), Group("e1", tuple(c.global_id for c in own)))
    assert event.conflicts == ()


# --- a relay written as the id of the source's own claim ---------------------------------------------------------

AMAQ = ("source: {id: am-mod, name: M, kind: belligerent, speaks_for: armenia}\nclaims:\n"
        "  - {id: palma-ar, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Voskepar}\n"
        "  - {id: palma-en, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Voskepar, relays: palma-ar}\n")


def test_a_relays_naming_a_claim_of_its_own_source_is_refused(make_case: MakeCase) -> None:
    """The English version of a statement "relaying" its Arabic original by the claim's id: read as a source outside
    the case, the two claims of one statement were kept apart as two incidents of the source."""
    assert problems_of(make_case({"am-mod.yaml": AMAQ})) == [
        "test-case/am-mod.yaml:4: $.claims[1].relays: 'palma-ar' names a claim of the claim's own source ('am-mod'), "
        "not a source: relays names another source whose word this claim passes on; a claim that revises or adds to "
        "one of its source's own names it in supersedes or adds_to, and one statement in two languages is one claim"
    ]


def test_a_before_the_day_is_on_and_between_two_days_to() -> None:
    """``a 24 de março`` is on 24 March, as Portugal writes the day; between two days ``a`` stays *to*."""
    assert (parse_date("a 24 de março de 2021").precision, parse_date("de 24 a 27 de março de 2021").end) == (
        "day", dt.date(2021, 3, 27))


@pytest.mark.parametrize(("text", "low", "high"), [
    ("duas dezenas", 16, 24),  # about 20, as two dozen is about 24
    ("três dezenas", 24, 36),
    ("mais de duas dezenas", 21, None),
    ("pelo menos duas dezenas", 20, None),
    ("dos decenas", 16, 24),
    ("two tens", 16, 24),
])
def test_a_number_of_tens_counts_like_a_number_of_dozens(text: str, low: int, high: int | None) -> None:
    """"Duas dezenas de mortos" (two tens of dead) is how the Portuguese press writes about 20; it was refused."""
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)


def test_abductions_in_the_plural_are_abductions() -> None:
    """"raptos de mulheres" (the Portuguese and Spanish kidnappings) had no type, as "rapto" has."""
    from reconcile.match import event_type

    assert event_type("raptos de mulheres em Macomia") == "abduction"


@pytest.mark.parametrize(("text", "start"), [
    ("desde 24 de março de 2021", "2021-03-24"),
    ("desde quarta-feira, 24 de março de 2021", "2021-03-24"),
    ("since 24 March 2021", "2021-03-24"),
    ("desde el 16 de enero de 2025", "2025-01-16"),
    ("depuis le 24 mars 2021", "2021-03-24"),
    ("since March 2021", "2021-03-01"),
])
def test_a_date_since_a_day_is_refused_with_the_span_to_write(text: str, start: str) -> None:
    """A running total ("desde 24 de março", since 24 March) was refused with the general list of forms, which it
    matched but for its first word: the message now says why and what to write."""
    with pytest.raises(NormalizeError) as info:
        parse_date(text)
    assert str(info.value) == (
        f"cannot read a date from {text!r}: a date since a day runs to the day of the statement, which a date does "
        f"not know; write the span it covers, from {start} to the day the source said it ({start}/YYYY-MM-DD)")
