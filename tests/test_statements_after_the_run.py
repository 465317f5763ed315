"""A claim stated after the day of the run that reads it (`load_case`'s ``run_day``; `reconcile run`'s
``--timestamp`` day, else today in UTC): a typo of its year, which would otherwise be its source's latest statement
and override every real revision of its figures. Refused as a claim problem, with a day more for time zones."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.cli import main
from reconcile.errors import CaseError, Problem
from reconcile.load import load_case

from .conftest import SEED, MakeCase

HEADER = "source: {id: am-mod, name: M, kind: belligerent, speaks_for: armenia}\nclaims:\n"
CSV_HEADER = "source_id,source_name,source_kind,id,stated,quote,date,place\n"
RUN_DAY = dt.date(2026, 12, 2)
TYPO = ("the statement is dated 2102-06-04, after the day of this run (2026-12-02 in UTC, or the next day in time "
        "zones ahead of it): a source cannot have said it after the run that reads it; check the year (a typo: "
        "2102 for 2012?)")


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def problems(folder: Path, run_day: dt.date | None = RUN_DAY) -> list[Problem]:
    with pytest.raises(CaseError) as info:
        load_case(folder, run_day=run_day)
    return list(info.value.problems)


def claim(stated: str, date: str = "2012-06-03", claim_id: str = "c1") -> str:
    return f"  - {{id: {claim_id}, stated: {stated}, quote: q, date: {date}, place: Berdavan}}\n"


@pytest.mark.parametrize(("name", "text", "line", "field"), [
    ("am-mod.yaml", HEADER + claim("2012-06-04", claim_id="c0") + claim("2102-06-04"), 4, "$.claims[1].stated"),
    ("am-mod.json", json.dumps({"source": {"id": "am-mod", "name": "M", "kind": "media"}, "claims": [
        {"id": "c0", "stated": "2012-06-04", "quote": "q", "date": "2012-06-03", "place": "Berdavan"},
        {"id": "c1", "stated": "2102-06-04", "quote": "q", "date": "2012-06-03", "place": "Berdavan"}]}),
     1, "$.claims[1].stated"),
    ("am-mod.csv", CSV_HEADER + "am-mod,M,media,c0,2012-06-04,q,2012-06-03,Berdavan\n"
                                "am-mod,M,media,c1,2102-06-04,q,2012-06-03,Berdavan\n", 3, "stated"),
])
def test_a_statement_after_the_run_is_a_claim_problem(make_case: MakeCase, name: str, text: str, line: int,
                                                      field: str) -> None:
    """`stated: 2102-06-04` (for 2012) is refused, naming the file, line, claim and field, and the year meant."""
    folder = make_case({name: text})
    message = TYPO + " (got '2102-06-04')"
    assert problems(folder) == [Problem(f"test-case/{name}", line, field, message, claim="am-mod/c1")]
    case = load_case(folder, on_bad_claim="reject", run_day=RUN_DAY)
    assert [c.global_id for c in case.claims] == ["am-mod/c0"]
    (rejected,) = case.rejected
    assert (rejected.claim, rejected.line, rejected.reason) == ("am-mod/c1", line, f"{field}: {message}")


def test_without_a_run_day_no_statement_is_too_late(make_case: MakeCase) -> None:
    """The loader reads no clock: without ``run_day`` (the Python API's default) every day is read as before."""
    case = load_case(make_case({"am-mod.yaml": HEADER + claim("2102-06-04")}))
    assert [c.stated for c in case.claims] == [dt.date(2102, 6, 4)]


@given(st.integers(-400, 400))
@example(1)
@example(2)
def test_a_statement_may_be_at_most_a_day_after_the_run(offset: int) -> None:
    """The rule in days: read exactly when the statement is no later than the day after the run's (UTC)."""
    import tempfile

    stated = RUN_DAY + dt.timedelta(days=offset)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "case.yaml").write_text("case: c\ntitle: t\nparties:\n- {id: x, name: X}\n", encoding="utf-8")
        (folder / "s.yaml").write_text(
            "source: {id: s, name: S, kind: media}\nclaims:\n" + claim(stated.isoformat(), stated.isoformat()),
            encoding="utf-8")
        case = load_case(folder, on_bad_claim="reject", run_day=RUN_DAY)
    assert len(case.claims) == (1 if offset <= 1 else 0)
    assert [r.reason.split(": ", 1)[0] for r in case.rejected] == ([] if offset <= 1 else ["$.claims[0].stated"])


def test_a_statement_of_the_next_day_is_read(make_case: MakeCase) -> None:
    """A statement made in Asia the day after the run's day in UTC is read; two days after it is not."""
    folder = make_case({"am-mod.yaml": HEADER + claim("2026-12-03", "2026-12-03") + claim("2026-12-04", "2026-12-03",
                                                                                          claim_id="c2")})
    case = load_case(folder, on_bad_claim="reject", run_day=RUN_DAY)
    assert [c.global_id for c in case.claims] == ["am-mod/c1"]
    (rejected,) = case.rejected
    assert rejected.reason == (
        "$.claims[1].stated: the statement is dated 2026-12-04, after the day of this run (2026-12-02 in UTC, or the "
        "next day in time zones ahead of it): a source cannot have said it after the run that reads it; check the "
        "date (a typo?) (got '2026-12-04')")


def test_an_event_after_the_run_is_told_with_its_statement(make_case: MakeCase) -> None:
    """The year's typo copied into the event's date too: both dates are told in one run."""
    folder = make_case({"am-mod.yaml": HEADER + claim("2102-06-04", "2102-06-03")})
    assert [(p.field, p.message) for p in problems(folder)] == [
        ("$.claims[0].date", "the event is dated 2102-06-03, after the day of this run (2026-12-02 in UTC, or the "
                             "next day in time zones ahead of it): a source reports what has happened; check the "
                             "year (a typo: 2102 for 2012?) (got '2102-06-03')"),
        ("$.claims[0].stated", TYPO + " (got '2102-06-04')")]


def test_an_event_after_the_statement_is_told_once(make_case: MakeCase) -> None:
    """An event after both the run and its statement is told as being after the statement, as before."""
    folder = make_case({"am-mod.yaml": HEADER + claim("2102-06-04", "2102-06-10")})
    found = [(p.field, p.message.split(",")[0]) for p in problems(folder)]
    assert found == [("$.claims[0].date", "the event begins on 2102-06-10"),
                     ("$.claims[0].stated", "the statement is dated 2102-06-04")]


@pytest.mark.parametrize(("run_year", "stated", "check"), [
    (2200, "2201-03-01", "the year (a typo: 2201 for 2021?)"),
    (2200, "2210-01-01", "the year (a typo: 2210 for 2120?)"),
    (3150, "3210-01-01", "the year (a typo: 3210 for 2310 or 3120?)"),
    (2200, "3021-01-01", "the date (a typo?)"),  # 0321 is before 1800; 3201 and 3012 after the run
    (2026, "2126-01-01", "the date (a typo?)"),  # 1226 is before 1800; 2216 and 2162 after the run
])
def test_the_years_meant_are_those_two_swapped_digits_give(make_case: MakeCase, run_year: int, stated: str,
                                                           check: str) -> None:
    """Two neighbouring digits of the year swapped, giving a year from 1800 to the run's: each is named."""
    folder = make_case({"am-mod.yaml": HEADER + claim(stated)})
    (problem,) = problems(folder, dt.date(run_year, 1, 1))
    assert problem.message.endswith(f"; check {check} (got '{stated}')")


def test_the_last_day_there_is_may_be_the_run_day(make_case: MakeCase) -> None:
    """A run on 9999-12-31 reads a statement of that day: the day more is not added beyond the last date."""
    folder = make_case({"am-mod.yaml": HEADER + claim("9999-12-31", "9999-12-31")})
    case = load_case(folder, run_day=dt.date.max)
    assert [c.stated for c in case.claims] == [dt.date.max]


@pytest.mark.parametrize("day", [dt.datetime(2026, 12, 2, tzinfo=dt.UTC), "2026-12-02"])
def test_a_run_day_that_is_no_date_is_refused(make_case: MakeCase, day: object) -> None:
    """A datetime (whose day depends on its zone, and which cannot be compared with a date) or text is refused."""
    with pytest.raises(TypeError, match=r"^run_day must be a datetime\.date \(the run's day in UTC\), got "):
        load_case(make_case({"am-mod.yaml": HEADER + claim("2012-06-04")}), run_day=day)  # type: ignore[arg-type]


# --- the commands: the run's day -----------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["validate", "run", "explain", "sources"])
def test_every_command_that_reads_claims_refuses_a_statement_after_today(make_case: MakeCase, tmp_path: Path,
                                                                         command: str) -> None:
    """Without --timestamp the run's day is today (UTC): a statement of 2102 is refused by every command that
    reads claims (explain rejects it, and says so when asked about it)."""
    folder = make_case({"am-mod.yaml": HEADER + claim("2012-06-04", claim_id="c0") + claim("2102-06-04")})
    argv = {"validate": ["validate", str(folder)], "run": ["run", str(folder), "--out", str(tmp_path / "out")],
            "explain": ["explain", str(folder), "am-mod/c0", "am-mod/c1"], "sources": ["sources", str(folder)]}
    code, _out, err = cli(*argv[command])
    assert code == 2
    assert "test-case/am-mod.yaml:4: $.claims[1].stated: the statement is dated 2102-06-04, after the day of this " \
           "run (" in err
    assert not (tmp_path / "out").exists()


def test_run_takes_the_day_of_its_timestamp_in_utc(make_case: MakeCase, tmp_path: Path) -> None:
    """`run --timestamp` sets the run's day, as its UTC day: 23:30 at UTC-5 on 5 June is 6 June in UTC, so a
    statement of 7 June is read, and one of 8 June is refused (kept going: the other claim is reconciled)."""
    folder = make_case({"am-mod.yaml": HEADER + claim("2012-06-07", "2012-06-03") + claim("2012-06-08", "2012-06-03",
                                                                                          claim_id="c2")})
    code, _out, err = cli("run", str(folder), "--out", str(tmp_path / "out"), "--keep-going", "-q",
                          "--timestamp", "2012-06-05T23:30:00-05:00")
    assert code == 0
    assert "test-case/am-mod.yaml:4: rejected am-mod/c2: $.claims[1].stated: the statement is dated 2012-06-08, " \
           "after the day of this run (2012-06-06 in UTC" in err
    data = json.loads((tmp_path / "out" / "reconciliation.json").read_text(encoding="utf-8"))
    assert data["generated"] == "2012-06-06T04:30:00Z"
    assert [r["claim"] for r in data["rejected"]] == ["am-mod/c2"]


def test_source_date_epoch_does_not_set_the_run_day(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """SOURCE_DATE_EPOCH=0 pins the time recorded (1970) for reproducible output, not the day the claims are read:
    the seed's statements of 2012 are read."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    code, _out, err = cli("run", str(SEED), "--out", str(tmp_path), "-q")
    assert (code, err) == (0, "")
