"""A casualty recorder's Sahel workbook (Burkina Faso and Mali: Barsalogho, Djibo, Nondin and Soro, Moura) saved as
CSV, one file per source, with the slips a spreadsheet makes: a date cell saved as it shows (`Aug-24`), a day
named from the statement (`samedi dernier`), a formula or an error value in a figure, a French "not known"
(`n/d`, `NC`, `non communiqué`), a misspelt column; and a province written in brackets after the village."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import pytest

from reconcile.load import _column_meant, _spreadsheet_date_hint
from reconcile.merge import merge_group
from reconcile.models import Case, Casualties, Claim, Count, DateSpan, Group, Party, Source
from reconcile.normalize import NormalizeError, parse_count, parse_date
from reconcile.places import Gazetteer

from .conftest import MakeCase
from .test_load import problems_of

CSV_HEADER = "source_id,source_name,source_kind,id,stated,quote,date,place\n"
CSV_ROW = "lefaso,Lefaso.net,media,lf-1,{stated},Barsalgho : au lendemain de l'attaque,{date},Barsalgho\n"


# --- 1. a date cell saved as the spreadsheet shows it --------------------------------------------------------------


@pytest.mark.parametrize(("written", "said"), [
    ("Aug-24", "month and year (mmm-yy: August 2024?), without its day"),
    ("août-24", "month and year (mmm-yy: August 2024?), without its day"),
    ("févr.-24", "month and year (mmm-yy: February 2024?), without its day"),
    ("Mar-22", "month and year (mmm-yy: March 2022?), without its day"),
    ("24-Aug-24", "with a two-digit year (d-mmm-yy: 24 August 2024?)"),
    ("25-févr.-24", "with a two-digit year (d-mmm-yy: 25 February 2024?)"),
    ("24-août", "day and month (d-mmm: 24 August), without its year"),
])
def test_a_date_in_a_spreadsheets_short_display_format_is_named(written: str, said: str) -> None:
    hint = _spreadsheet_date_hint(written)
    assert said in hint
    assert "format the column as text, or as the date format YYYY-MM-DD, and save again" in hint
    # Nothing is said where no date was shown: a name, a day that does not exist, a month alone.
    for other in ("Moura-22", "31-Feb-24", "Aug", "24 August 2024", "2024-08"):
        assert _spreadsheet_date_hint(other) == ""


def test_the_days_to_write_are_given(make_case: MakeCase) -> None:
    folder = make_case({"lefaso.csv": CSV_HEADER + CSV_ROW.format(stated="Aug-24", date="24-Aug-24")})
    date, stated = problems_of(folder)
    assert date.startswith("test-case/lefaso.csv:2: date: cannot read a date from '24-Aug-24'")
    assert date.endswith("or write 2024-08-24 if that is the day")
    assert stated.startswith("test-case/lefaso.csv:2: stated: expected the statement date as one ISO day")
    assert stated.endswith("where the source gives the month only, write 2024-08")


@pytest.mark.parametrize(("written", "month"), [
    ("Aug-2024", (2024, 8)), ("août-2024", (2024, 8)), ("févr.-2024", (2024, 2)), ("June-2012", (2012, 6)),
    ("Mars - 2022", (2022, 3)),
])
def test_a_month_and_year_joined_by_a_dash_is_the_month(written: str, month: tuple[int, int]) -> None:
    """`mmm-yyyy`, as a spreadsheet shows a date cell so formatted: the month. Before, it was refused as a range
    "across a new year" to be written "1 August 2023 - 31 December 2024"."""
    span = parse_date(written)
    first = dt.date(*month, 1)
    assert (span.start, span.precision, span.text) == (first, "month", written)
    assert span.end.month == first.month
    assert (span.end + dt.timedelta(days=1)).day == 1
    # A month word of two languages is refused with its readings, as with a space.
    with pytest.raises(NormalizeError, match="October 2022 in Bosnian/Croatian/Serbian or November 2022"):
        parse_date("listopad-2022")


# --- 2. a day named from the day of the statement -------------------------------------------------------------------


@pytest.mark.parametrize("written", ["samedi dernier", "hier", "avant-hier", "la veille", "ce dimanche",
                                     "yesterday", "last Saturday", "Saturday"])
def test_a_day_named_from_the_statement_says_to_write_the_day(written: str, make_case: MakeCase) -> None:
    folder = make_case({"lefaso.csv": CSV_HEADER + CSV_ROW.format(stated="2024-08-27", date=written)})
    (problem,) = problems_of(folder)
    assert problem.startswith(f"test-case/lefaso.csv:2: date: cannot read a date from {written!r}")
    assert "a day named from the day of the statement is not read" in problem
    assert "write the day it names, as 2012-06-04" in problem


# --- 3. formulas, error values and "not known" in a figure ----------------------------------------------------------


@pytest.mark.parametrize("written", ["#N/A", "#VALUE!", "#VALEUR!", "#REF!", "#DIV/0!", "#NOM?", "Err:502"])
def test_a_spreadsheet_error_value_is_named(written: str) -> None:
    with pytest.raises(NormalizeError, match="it is a spreadsheet's error value \\(its formula failed\\)"):
        parse_count(written)
    with pytest.raises(NormalizeError, match="'#3' is the number of something"):  # a number sign is still one
        parse_count("#3")


@pytest.mark.parametrize("written", ["=SUM(200,199)", "=C4+C5", "=SOMME(C2:C4)"])
def test_a_formula_saved_as_text_is_named(written: str) -> None:
    with pytest.raises(NormalizeError, match="it is a spreadsheet formula saved as its text"):
        parse_count(written)


@pytest.mark.parametrize("written", ["n/d", "ND", "NC", "n.c.", "inconnu", "Non communiqué", "non précisé",
                                     "indéterminé", "pas de bilan"])
def test_a_french_not_known_says_to_leave_the_field_out(written: str) -> None:
    with pytest.raises(NormalizeError, match="where the source gives no figure, leave the field out"):
        parse_count(written)


# --- 4. a misspelt column ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "meant"), [
    ("intiator", "initiator"), ("palce", "place"), ("qoute", "quote"), ("refrence", "reference"),
    ("srated", "stated"), ("kiled:jnim:soldiers", "killed:jnim:soldiers"), ("wonded:bf", "wounded:bf"),
])
def test_a_column_one_slip_from_a_columns_name_is_named(written: str, meant: str) -> None:
    assert _column_meant(written) == meant
    # A column of one's own is no slip: no guess.
    for own in ("notes", "admin1", "fatalities", "tué:jnim", "id2"):
        assert _column_meant(own) is None


def test_the_header_problem_names_the_column_meant_and_where_notes_go(make_case: MakeCase) -> None:
    header = "source_id,source_name,source_kind,id,stated,quote,date,place,intiator,notes\n"
    row = "scm,Sahel Conflict Monitor,analyst,s1,2024-09-02,q,2024-08-24,Barsalogo,jnim,coded from AFP\n"
    (problem,) = problems_of(make_case({"scm.csv": header + row}))
    assert problem.startswith("test-case/scm.csv:1: unknown columns 'intiator' (did you mean initiator?), 'notes';")
    assert problem.endswith("a column of your own (notes, a coder's fields) is not read: delete it, or move its "
                            "words into reference")


def test_a_casualty_column_in_french_is_told_the_measures(make_case: MakeCase) -> None:
    header = "source_id,source_name,source_kind,id,stated,quote,date,place,tués:armenia\n"
    row = "aib,AIB,belligerent,a1,2024-08-25,q,2024-08-24,Barsalogho,3\n"
    (problem,) = problems_of(make_case({"aib.csv": header + row}))
    assert problem.startswith("test-case/aib.csv:1: unknown column 'tués:armenia'; expected")
    assert problem.endswith("; a casualty column's name begins with its measure, in English: killed, wounded, "
                            "captured, missing")
    assert "a column of your own" not in problem


# --- 5. a province in brackets after the village ---------------------------------------------------------------------

PARTIES = (Party("burkina-faso", "Burkina Faso"), Party("jnim", "JNIM"))
SOURCES = (
    Source("afp", "Agence France-Presse", "media"),
    Source("lefaso", "Lefaso.net", "media"),
    Source("aib", "AIB", "belligerent", speaks_for="burkina-faso"),
)


def _claim(gid: str, place: str, killed: tuple[int, int | None], region: str | None = None) -> Claim:
    source, cid = gid.split("/")
    day = dt.date(2024, 8, 24)
    return Claim(source=source, id=cid, stated=dt.date(2024, 9, 10), quote="...",
                 date=DateSpan(day, day, "day", "2024-08-24"), place=place, region=region, initiator="jnim",
                 casualties=(Casualties("burkina-faso", "civilians", killed=Count(*killed, str(killed))),))


def test_a_province_another_claim_gives_as_its_region_is_no_place_beyond() -> None:
    """The Collectif's 400 dead of "Barsalogho (Sanmatenga)", where the government's claim gives Sanmatenga as its
    region: one village, its province in brackets. Before, Sanmatenga was a place beyond the other claims', and the
    figure was left out of the range as one that may count other incidents."""
    claims = (
        _claim("afp/a1", "Barsalogho", (100, None)),
        _claim("lefaso/l2", "Barsalogho (Sanmatenga)", (320, 600)),
        _claim("aib/b1", "Barsalogho", (30, 90), region="Sanmatenga, Centre-Nord"),
    )
    case = Case("t", "T", PARTIES, SOURCES, claims, ())
    event = merge_group(case, Group("e1", tuple(c.global_id for c in claims)), gazetteer=Gazetteer(()))
    (figure,) = event.casualties
    (value,) = [v for v in figure.values if v.claim == "lefaso/l2"]
    assert value.counted
    assert "beyond" not in value.note
    assert figure.high == 600
    # A place that no claim gives as its region is still beyond the others' ground.
    claims = (
        _claim("afp/a1", "Barsalogho", (100, None)),
        _claim("lefaso/l2", "Barsalogho and Kaya", (320, 600)),
        _claim("aib/b1", "Barsalogho", (30, 90), region="Sanmatenga, Centre-Nord"),
    )
    case = Case("t", "T", PARTIES, SOURCES, claims, ())
    event = merge_group(case, Group("e1", tuple(c.global_id for c in claims)), gazetteer=Gazetteer(()))
    (figure,) = event.casualties
    (value,) = [v for v in figure.values if v.claim == "lefaso/l2"]
    assert not value.counted
    assert "it names places beyond those of" in value.note


# --- 6. a government's denial that clears its army, against a monitor that blames the army ------------------------

SOURCES_SORO = (
    Source("hrw", "Human Rights Watch", "monitor"),
    Source("aib", "AIB", "belligerent", speaks_for="burkina-faso"),
)


def _soro(gid: str, initiator: str, *, stance: Literal["asserts", "denies"] = "asserts",
          killed: tuple[int, int | None] | None = None) -> Claim:
    source, cid = gid.split("/")
    day = dt.date(2024, 2, 25)
    casualties = () if killed is None else (
        Casualties("burkina-faso", "civilians", killed=Count(*killed, str(killed))),)
    return Claim(source=source, id=cid, stated=dt.date(2024, 4, 27), quote="...",
                 date=DateSpan(day, day, "day", "2024-02-25"), place="Nondin and Soro", initiator=initiator,
                 stance=stance, casualties=casualties)


def test_a_denial_clearing_its_own_side_disputes_the_attribution_to_that_side() -> None:
    """Nondin and Soro, 25 February 2024: HRW says the army executed at least 223 villagers; the government, whose
    prosecutor had announced about 170 executed (by nobody named), "rejects the unfounded accusations against the
    army". The denial names the army as the party it clears: before, it agreed with HRW on who did it (one side
    named by both), and the dispute showed nowhere, as the government asserts the killings and its denial raises no
    existence conflict."""
    claims = (
        _soro("hrw/h1", "burkina-faso", killed=(223, None)),
        _soro("aib/a1", "unknown", killed=(136, 204)),
        _soro("aib/a2", "burkina-faso", stance="denies"),
    )
    case = Case("t", "T", PARTIES, SOURCES_SORO, claims, ())
    event = merge_group(case, Group("e1", tuple(c.global_id for c in claims)), gazetteer=Gazetteer(()))
    assert not [c for c in event.conflicts if c.kind == "existence"]
    (conflict,) = [c for c in event.conflicts if c.kind == "attribution"]
    assert conflict.claims == ("aib/a2", "hrw/h1")
    assert conflict.values == ("not Burkina Faso", "Burkina Faso")
    assert conflict.summary == "AIB denies that Burkina Faso started it; Human Rights Watch says Burkina Faso did."
    # A denial that blames the other side is an attribution conflict as before, and one that names nobody is none.
    blaming = (_soro("hrw/h1", "burkina-faso"), _soro("aib/a2", "jnim", stance="denies"))
    event = merge_group(Case("t", "T", PARTIES, SOURCES_SORO, blaming, ()), Group("e1", ("hrw/h1", "aib/a2")),
                        gazetteer=Gazetteer(()))
    assert [c.values for c in event.conflicts if c.kind == "attribution"] == [("JNIM", "Burkina Faso")]
