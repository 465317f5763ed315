"""Defects found in the QA of a 2020 Nagorno-Karabakh war case (Ganja, Barda, Stepanakert; Armenian, Azerbaijani,
Russian and English sources).

1. An outlet's two reports of one day, one relaying a side's claim and the other relaying the other side's denial
   (TASS: "Stepanakert shelled", per the Artsakh army; "the Azerbaijani MoD denies shelling civilians in
   Khankendi"), were read as one statement listing two incidents: a veto that split the denial from the incident
   it denies. Claims that pass on different voices are two statements.
2. The Armenian `տասնյակ` (a ten) under a bound was read as tens: `ավելի քան տասնյակ`, `տասնյակից ավելի` (more
   than ten) as 21 or more, `առնվազն տասնյակ` (at least ten) as 20 or more; `մի տասնյակ` (a ten) was refused.
3. The front direction after its town in the nominative and the other cases the two ministries write
   (`Ağdərə istiqaməti`, `Tərtər istiqamətindən`, `Մարտակերտի ուղղություն`) stayed in the name: "Ağdərə istiqaməti"
   was a place of its own, 0.85 from "Ağdərə"; only the locatives (`istiqamətində`, `ուղղությամբ`) were context.
4. The date as the Azerbaijani MoD and Prosecutor General write it, the month in the genitive before the day with
   its ending (`2020-ci il oktyabrın 17-də`, `oktyabrın 11-i`), and `... tarixində` (on the date), were refused.
5. A night as the Armenian and Azerbaijani ministries date it, the night's word after the days
   (`հոկտեմբերի 10-ի լույս 11-ի գիշերը`, `oktyabrın 10-dan 11-nə keçən gecə`), was refused.
6. Ranges of figures in Armenian (`10-ից 12`, `10-ից մինչև 12`) and Azerbaijani (`10-dan 12-yə qədər`,
   `10-dan 12-dək`, `10 ilə 12 arasında`) were refused.
7. The residential quarter or the centre of a town struck stayed in the name, so that the town was not found in
   the gazetteer: "жилой квартал Гянджи", "Gəncənin yaşayış massivi", "Ganja residential area" were names of their
   own (0.77 to 0.85 from Ganja), "residential area of Ganja" and "Bərdə şəhərinin mərkəzi" named a second place
   ("residential", "mərkəzi").
8. The Azerbaijani and Turkish several hundred and several thousand (`bir neçə yüz`, `bir neçə min`, `birkaç
   yüz`, `birkaç bin`) were refused, where the Armenian and Russian ones read.
9. A relayed speaker named by its party in a case form ("Генпрокуратура Азербайджана", "Минобороны Армении",
   `Ադրբեջանի ՊՆ`, "Ermənistanın MN") was of unknown provenance, an independent origin beside the party's own
   statement: TASS relaying "Генпрокуратура Азербайджана" made a second witness of Azerbaijan's word.
10. The Artsakh army claiming a strike on Ganja (`initiator: nkr`) and the Azerbaijani Prosecutor General blaming
    Armenia: the event card listed an attribution conflict (NKR against Armenia) and, under Independence, "the
    Prosecutor General, on the opposing side, says so too. The attribution is agreed across the line." The
    agreement is on the same attacker: an ally named is no agreement (nor, since allies are one side, an
    attribution conflict).
11. A quote that names its speaker with a colon (`quote: Шушан Степанян: «...»`), not in quotes, was refused as
    "invalid YAML: mapping values are not allowed in this context", with no word of why or what to do.
12. A running total dated from a day in the Armenian, Azerbaijani or Russian words of the statement
    (`սեպտեմբերի 27-ից ի վեր`, `sentyabrın 27-dən bəri`, `с 27 сентября`: since 27 September) was no period total,
    as "since 27 September" is: a total of a few weeks was compared with single incidents.
13. A range of days in Armenian (`սեպտեմբերի 27-ից հոկտեմբերի 10-ը`) and Azerbaijani (`sentyabrın 27-dən
    oktyabrın 10-dək`, `... 10-na qədər`), as the running totals are dated, was refused.
"""

from __future__ import annotations

import random

import pytest

from reconcile import places
from reconcile._documents import DocumentError, parse_yaml
from reconcile.independence import Alignment, responsibilities
from reconcile.match import MatchConfig, event_type, one_statement, relayed_voice
from reconcile.merge import merge_group
from reconcile.models import Case, Group, Party
from reconcile.normalize import PartyResolver, parse_count, parse_date
from reconcile.pipeline import reconcile
from tests.test_independence import NO_PLACES, SOURCES, event_of
from tests.test_independence import alignment as independence_alignment
from tests.test_independence import claim as said
from tests.test_match import _check_chunked_links, _check_fast_totals, case_of, claim, features, score, weight

# --- 1. relays of different voices are not one statement -----------------------------------------------------------


def test_voice_reads_relays() -> None:
    assert relayed_voice(claim("tass/a", 0)) == ""
    assert relayed_voice(claim("tass/a", 0, relays="az-mod")) == relayed_voice(claim("tass/b", 0, relays=" AZ-MOD "))
    assert relayed_voice(claim("tass/a", 0, relays="Генпрокуратура  Азербайджана")) == "генпрокуратура азербайджана"


def test_relays_of_two_voices_the_same_day_are_two_statements() -> None:
    """An agency's report of one side's claim and its report of the other side's denial, the same day and without
    addresses, may be about one incident: compared as two sources' claims, not the veto."""
    claimed = claim("tass/a", 0, "Бердаван", relays="am-mod", killed={"armenia": 2})
    denied = claim("tass/b", 0, "Berdavan", relays="az-mod", stance="denies")
    pair = score(claimed, denied)
    assert weight(pair, "source") == 0.0
    detail = next(c.detail for c in pair.contributions if c.feature == "source")
    assert "relays am-mod" in detail
    assert "relays az-mod" in detail
    assert len(reconcile(case_of(claimed, denied)).events) == 1


def test_own_word_and_a_relayed_denial_the_same_day_are_two_statements() -> None:
    own = claim("tass/a", 0, "Berdavan", killed={"armenia": 2})
    relayed = claim("tass/b", 0, "Berdavan", relays="az-mod", stance="denies")
    assert weight(score(own, relayed), "source") == 0.0
    assert "its own word" in next(c.detail for c in score(own, relayed).contributions if c.feature == "source")


def test_one_voice_relayed_twice_the_same_day_keeps_the_veto() -> None:
    """Two claims passing on one voice the same day are one statement listing two incidents, as before; so are two
    of the source's own; and two claims about different dates stay apart whatever they relay."""
    a = claim("tass/a", 0, "Berdavan", relays="az-mod")
    b = claim("tass/b", 0, "Voskepar", relays=" AZ-MOD")
    assert weight(score(a, b), "source") == MatchConfig().same_source_apart
    assert weight(score(claim("tass/c", 0, "Berdavan"), claim("tass/d", 0, "Voskepar")), "source") \
        == MatchConfig().same_source_apart
    far = claim("tass/e", 3, "Berdavan", relays="az-mod")
    assert weight(score(a, far), "source") == MatchConfig().same_source_apart
    fa, fb = features(a, b)
    assert one_statement(fa, fb)


def test_fast_and_chunked_scoring_read_the_voice() -> None:
    """The scanner and the array path give the totals of the feature methods for relays of one and two voices."""
    claims = [claim("tass/a", 0, "Бердаван", relays="am-mod", killed={"armenia": 2}),
              claim("tass/b", 0, "Berdavan", relays="az-mod", stance="denies"),
              claim("tass/c", 0, "Voskepar", relays="az-mod"),
              claim("tass/d", 0, "Berdavan"),
              claim("am/e", 0, "Berdavan", killed={"armenia": 2})]
    feats = features(*claims)
    order = [(i, j) for i in range(len(feats)) for j in range(i + 1, len(feats))]
    _check_fast_totals(feats, order)
    for threshold in (-7.0, 0.0, 5.0):
        _check_chunked_links(feats, threshold, random.Random(1))


# --- 2. the Armenian ten under a bound ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high"), [
    ("ավելի քան տասնյակ", 11, None),
    ("ավելի, քան տասնյակ", 11, None),
    ("տասնյակից ավելի", 11, None),
    ("տասնյակից ավել", 11, None),
    ("առնվազն տասնյակ", 10, None),
    ("տասնյակից ոչ պակաս", 10, None),
    ("տասնյակից պակաս", 0, 9),
    ("մինչև տասնյակ", 0, 10),
    ("մոտ տասնյակ", 8, 12),
    ("մի տասնյակ", 8, 12),
    ("մեկ տասնյակ", 8, 12),
    ("ավելի քան մի տասնյակ", 11, None),
])
def test_armenian_ten_under_a_bound_is_one_ten(text: str, low: int, high: int | None) -> None:
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("տասնյակ", 20, None),  # alone: tens, as before
    ("տասնյակներ", 20, None),
    ("մի քանի տասնյակ", 30, 90),
    ("առնվազն տասնյակ հազարավոր", 20000, None),  # at least tens of thousands, not at least ten thousands
    ("քսանից ավելի", 21, None),
    ("20-ից ավելի", 21, None),
])
def test_armenian_tens_alone_are_still_tens(text: str, low: int, high: int | None) -> None:
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)


# --- 3. the front direction after its town ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("Ağdərə istiqaməti", "Ağdərə"),
    ("Tərtər istiqamətindən", "Tərtər"),
    ("Xankəndi istiqamətinə", "Xankəndi"),
    ("Füzuli, Cəbrayıl istiqamətlərində", "Cəbrayıl"),
    ("Մարտակերտի ուղղություն", "Մարտակերտի"),
    ("Հադրութի ուղղությունում", "Հադրութի"),
])
def test_direction_words_are_no_part_of_the_name(text: str, name: str) -> None:
    assert places.mentions(text)[-1].name == name


def test_a_direction_meets_its_town() -> None:
    assert places.similarity("Ağdərə istiqaməti", "Ağdərə") == 1.0
    assert places.same_place("Մարտակերտի ուղղություն", "Մարտակերտ")


# --- 4. Azerbaijani dates with the month in the genitive ----------------------------------------------------------


@pytest.mark.parametrize(("text", "first", "last"), [
    ("2020-ci il oktyabrın 17-də", "2020-10-17", "2020-10-17"),
    ("2020-ci il oktyabrın 11-i", "2020-10-11", "2020-10-11"),
    ("oktyabrın 28-də, 2020", "2020-10-28", "2020-10-28"),
    ("2020-ci il sentyabrın 27-si", "2020-09-27", "2020-09-27"),
    ("2020-ci il noyabrın 9-u", "2020-11-09", "2020-11-09"),
    ("iyunun 3-ü 2022", "2022-06-03", "2022-06-03"),
    ("2020-ci il oktyabrın 6-da", "2020-10-06", "2020-10-06"),
    ("11 oktyabr 2020-ci il tarixində", "2020-10-11", "2020-10-11"),
    ("2020-ci ildə oktyabrda", "2020-10-01", "2020-10-31"),
    ("2020-ci il oktyabrın 10-11-də", "2020-10-10", "2020-10-11"),
])
def test_azerbaijani_genitive_dates(text: str, first: str, last: str) -> None:
    span = parse_date(text)
    assert (span.start.isoformat(), span.end.isoformat()) == (first, last)


def test_azerbaijani_day_without_year_is_still_refused() -> None:
    with pytest.raises(ValueError, match="cannot read a date"):
        parse_date("oktyabrın 11-də")


# --- 5. Armenian and Azerbaijani nights ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2020 թ. հոկտեմբերի 10-ի լույս 11-ի գիշերը",
    "2020 թվականի հոկտեմբերի 10-ից 11-ի գիշերը",
    "հոկտեմբերի 10-ի լույս 11-ի գիշերը, 2020 թ.",
    "2020-ci il oktyabrın 10-dan 11-nə keçən gecə",
    "oktyabrın 10-dan 11-nə keçən gecə, 2020",
    "2020-ci il oktyabrın 10-dan 11-nə keçən gecəsi",
])
def test_armenian_and_azerbaijani_nights(text: str) -> None:
    span = parse_date(text)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == ("2020-10-10", "2020-10-11", "range")


def test_a_night_of_days_apart_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot read a date"):
        parse_date("2020 թ. հոկտեմբերի 10-ի լույս 12-ի գիշերը")


# --- 6. Armenian and Azerbaijani ranges of figures ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high"), [
    ("10-ից 12", 10, 12),
    ("10-ից մինչև 12", 10, 12),
    ("10-dan 12-yə qədər", 10, 12),
    ("20-dən 30-a qədər", 20, 30),
    ("6-dan 9-a qədər", 6, 9),
    ("10-dan 12-dək", 10, 12),
    ("10 ilə 12 arasında", 10, 12),
])
def test_armenian_and_azerbaijani_ranges(text: str, low: int, high: int) -> None:
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("20-ից ավելի", 21, None),  # a bound after the number is still a bound
    ("20-dən çox", 21, None),
    ("20-yə qədər", 0, 20),
])
def test_bounds_after_the_number_are_no_ranges(text: str, low: int, high: int | None) -> None:
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)


def test_a_backward_range_is_refused() -> None:
    with pytest.raises(ValueError, match="runs backwards"):
        parse_count("12-ից 10")


# --- 7. the residential quarter and the centre of a town ------------------------------------------------------------


@pytest.mark.parametrize(("text", "entry"), [
    ("жилой квартал Гянджи", "Ganja"),
    ("Gəncənin yaşayış massivi", "Ganja"),
    ("Gəncə şəhəri, yaşayış massivi", "Ganja"),
    ("Ganja residential area", "Ganja"),
    ("residential area of Ganja", "Ganja"),
    ("Bərdə şəhərinin mərkəzi", "Barda"),
    ("Բարդայի կենտրոնում", "Barda"),
])
def test_the_quarter_struck_is_its_town(text: str, entry: str) -> None:
    gazetteer = places.Gazetteer.default()
    names = places.split_places(text)
    assert len(names) == 1
    found = gazetteer.resolve_entry(names[0])
    assert found is not None
    assert found.name == entry


def test_central_in_a_region_name_stays() -> None:
    """Capitalised, Mərkəzi is the Central of a region's name, as Central and Centre are."""
    assert places.split_places("Mərkəzi Aran") == ("Mərkəzi Aran",)


# --- 8. several hundred in Azerbaijani and Turkish -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high"), [
    ("bir neçə on", 30, 90),
    ("bir neçə yüz", 300, 900),
    ("bir neçə min", 3000, 9000),
    ("birkaç on", 30, 90),
    ("birkaç yüz", 300, 900),
    ("birkaç bin", 3000, 9000),
    ("ən azı bir neçə yüz", 300, None),
])
def test_several_hundred_in_azerbaijani_and_turkish(text: str, low: int, high: int | None) -> None:
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)


# --- 9. a relayed speaker named by its party in a case form -------------------------------------------------------

KARABAKH_PARTIES = (
    Party("armenia", "Armenia", aliases=("Armenian", "Հայաստան", "Ermənistan", "Армения")),
    Party("azerbaijan", "Azerbaijan", aliases=("Azerbaijani", "Azərbaycan", "Ադրբեջան", "Азербайджан")),
    Party("nkr", "Nagorno-Karabakh Republic", aliases=("Artsakh", "Արցախ", "НКР"), aligned_with=("armenia",)),
)


@pytest.mark.parametrize(("relayed", "party"), [
    ("Генпрокуратура Азербайджана", "azerbaijan"),
    ("Минобороны Армении", "armenia"),
    ("ВС Армении", "armenia"),
    ("Ադրբեջանի ՊՆ", "azerbaijan"),
    ("Հայաստանի ՊՆ", "armenia"),
    ("Արցախի ՊԲ", "nkr"),
    ("Ermənistanın MN", "armenia"),
    ("Azərbaycanın Baş Prokurorluğu", "azerbaijan"),
])
def test_a_party_named_in_a_case_form(relayed: str, party: str) -> None:
    assert PartyResolver(KARABAKH_PARTIES).named_in(relayed) == frozenset({party})


@pytest.mark.parametrize("relayed", ["Минобороны Армении и Азербайджана", "a local official", "Azerbaijanis"])
def test_two_parties_or_none_in_a_case_form(relayed: str) -> None:
    assert len(PartyResolver(KARABAKH_PARTIES).named_in(relayed)) != 1


def test_a_relay_of_the_prosecutor_in_the_genitive_is_no_second_witness() -> None:
    """The Prosecutor General's toll and TASS relaying "Генпрокуратура Азербайджана": one side's word, one origin."""
    claims = (said("az-mod/a"), said("wire/b", relays="Генпрокуратура Азербайджана"))
    case = Case("t", "Test", KARABAKH_PARTIES, SOURCES, claims)
    event = merge_group(case, Group("e", tuple(c.global_id for c in claims)), gazetteer=NO_PLACES)
    assert event.independent_origins == 1
    assert Alignment(KARABAKH_PARTIES, SOURCES).party_named_in("Генпрокуратура Азербайджана") == "azerbaijan"


# --- 10. a claim of responsibility and an ally blamed ---------------------------------------------------------------


def test_an_ally_blamed_is_no_agreement_on_the_attacker() -> None:
    claimed = said("nkr-mod/a", initiator="nkr")
    blamed = said("az-mod/b", initiator="armenia")
    event = event_of(claimed, blamed)
    # No disagreement either: the NKR and Armenia are one side, so the two name one attacker's side (merge-rules.md,
    # section 4); but the Azerbaijani side names another party than the one that claims it, so it does not say so too.
    assert event.conflicts == ()
    (found,) = responsibilities((claimed, blamed), {claimed.global_id, blamed.global_id}, independence_alignment())
    assert found.alleged_by == ()
    assert "agreed" not in found.summary
    assert "says so too" not in found.summary


def test_the_same_attacker_named_across_the_line_is_still_agreement() -> None:
    claimed = said("nkr-mod/a", initiator="nkr")
    blamed = said("az-mod/b", initiator="nkr")
    assert event_of(claimed, blamed).conflicts == ()
    (found,) = responsibilities((claimed, blamed), {claimed.global_id, blamed.global_id}, independence_alignment())
    assert found.alleged_by == (blamed.global_id,)


# --- 11. a colon inside an unquoted YAML text -----------------------------------------------------------------------


def test_a_colon_in_an_unquoted_quote_is_explained() -> None:
    text = "claims:\n  - id: a\n    quote: Шушан Степанян: «Армения не стреляла»\n"
    with pytest.raises(DocumentError) as raised:
        parse_yaml(text)
    assert raised.value.line == 3
    assert "column 26: a colon and a space inside a text not in quotes" in raised.value.message
    assert "quote: >-" in raised.value.message


def test_other_mapping_problems_get_no_colon_hint() -> None:
    """A colon where a key is expected is no text's: no hint about quoting a text."""
    with pytest.raises(DocumentError) as raised:
        parse_yaml("a: b\n c: d\n")
    assert "a colon and a space inside a text" not in raised.value.message


# --- 12. "since" a day in Armenian, Azerbaijani and Russian -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "զոհված զինծառայողներ սեպտեմբերի 27-ից ի վեր",
    "սեպտեմբերից ի վեր",
    "sentyabrın 27-dən bəri həlak olanlar",
    "27 sentyabrdan bəri",
    "sentyabrin 27-den beri",
    "sentyabrın 27-dən etibarən mülki itkilər",
    "число погибших с 27 сентября",
    "начиная с 27 сентября",
])
def test_since_a_day_is_a_period_total(text: str) -> None:
    assert event_type(text) == "total"


@pytest.mark.parametrize(("text", "kind"), [
    ("առավոտից ի վեր հրետակոծություն", "shelling"),  # since the morning: one incident
    ("səhərdən bəri atəş", "shooting"),
    ("обстрел с утра", "shelling"),
    ("обстрел с 27 по 28 сентября", "shelling"),  # a range of days, not since
    ("в ночь с 27 на 28 сентября обстрел", "shelling"),
    ("sentyabrın 27-dən", "unknown"),  # from the 27th, no since
])
def test_since_a_time_of_day_or_a_range_is_no_total(text: str, kind: str) -> None:
    assert event_type(text) == kind


# --- 13. Armenian and Azerbaijani ranges of days ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "first", "last"), [
    ("2020 թ. սեպտեմբերի 27-ից հոկտեմբերի 10-ը", "2020-09-27", "2020-10-10"),
    ("2020 թ. սեպտեմբերի 27-ից մինչև հոկտեմբերի 10-ը", "2020-09-27", "2020-10-10"),
    ("սեպտեմբերի 27-ից հոկտեմբերի 10, 2020", "2020-09-27", "2020-10-10"),
    ("2020 թ. սեպտեմբերի 27-ից 30-ը", "2020-09-27", "2020-09-30"),
    ("2020-ci il sentyabrın 27-dən oktyabrın 10-dək", "2020-09-27", "2020-10-10"),
    ("2020-ci il sentyabrın 27-dən oktyabrın 10-na qədər", "2020-09-27", "2020-10-10"),
    ("sentyabrın 27-dən 30-a qədər, 2020", "2020-09-27", "2020-09-30"),
])
def test_armenian_and_azerbaijani_ranges_of_days(text: str, first: str, last: str) -> None:
    span = parse_date(text)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == (first, last, "range")


def test_a_range_of_days_that_runs_backwards_is_refused() -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        parse_date("2020 թ. հոկտեմբերի 30-ից 27-ը")
