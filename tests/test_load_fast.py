"""The direct paths of the loader (`_Reader.direct_csv` for CSV rows, `_Reader.direct_claim` for YAML and JSON
mappings) against the careful one (`_Reader.read_claim`): the same case, or the same problems, whatever the input."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reconcile import load
from reconcile.errors import CaseError
from reconcile.load import Limits, load_case

from .conftest import MakeCase

# More examples than the profile's: each of the direct paths' checks is met only by a claim whose other values are
# well formed, and such a claim is one of a few hundred.
fixture_ok = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
                      max_examples=max(settings().max_examples, 150))


@contextmanager
def careful_only() -> Iterator[None]:
    """Every claim read by `read_claim`, as before the direct paths."""
    with mock.patch.object(load._Reader, "direct_csv", return_value=None), \
            mock.patch.object(load._Reader, "direct_claim", return_value=None):
        yield


def outcome(folder: Path, on_bad_claim: load.OnBadClaim, limits: Limits, run_day: dt.date | None) -> object:
    try:
        return load_case(folder, on_bad_claim=on_bad_claim, limits=limits, run_day=run_day)
    except CaseError as exc:
        return exc.problems


def assert_same(folder: Path, limits: Limits, run_day: dt.date | None = None) -> None:
    for on_bad_claim in ("error", "reject"):
        direct = outcome(folder, on_bad_claim, limits, run_day)
        with careful_only():
            careful = outcome(folder, on_bad_claim, limits, run_day)
        assert direct == careful


# Characters that the checks treat apart: letters of several scripts, digits, whitespace, invisible characters
# (zero-width space, a Hangul filler, a tag, the blank Braille pattern, a combining mark), separators, a control.
CHARS = ["a", "Ա", "ж", "1", "١", " ", "\t", "\xa0", "\u200b", "\u3164", "\U000e0001", "\u2800", "\u0301", "_", "-",
         ";", ",", '"', "\n", "/", "\x07"]


# The values of each kind of cell: (well formed, odd). A claim is drawn well formed, then zero, one or two of its
# values are made odd, so that the direct path reads most claims and meets each odd value on its own.
KINDS: dict[str, tuple[list[str], list[str]]] = {
    "text": (["near Berdavan", "Berdavan", "Տավուշ", "1 km", "q"],
             ["", " ", " Berdavan", "Berdavan ", "\u200b", "\u3164x", "\u3164", "x" * 20, "_a", "\u0301a", "\u2800",
              "\U000e0001"]),
    "optional": (["", "", "Tavush", "shelling"],
                 [" ", "\u200b", " Tavush", "\u3164", "\u3164x", "x" * 20, "\xa0", "\u2800 ", "_"]),
    "id": (["c1", "c2", "c3", "c:1.a-b", "Ա1"], ["c1", " c1", "", "bad id", "_x", "x" * 201, "c2 "]),
    "stated": (["2012-06-04", "2012-06-05"],
               ["2012-6-4", " 2012-06-04", "2012-06-31", "2012-06-04T00:00", "", "٢٠١٢-٠٦-٠٤", "x" * 20]),
    "date": (["2012-06-04", "4 June 2012", "June 4, 2012", "2012-06-04/2012-06-05", "early June 2012",
              "4-5 June 2012", "2012"],
             ["2012-02-30", "2012-06-05/2012-06-04", "", " ", "junk", "2012-06-04" + " " * 20, "\u200b"]),
    "count": (["", "", "3", "several", "0", "3 to 5"], [" ", " 3 ", "-1", "x", "\u200b", "١٢"]),
    "party": (["", "armenia", "Armenian", "azerbaijan", "NKR", "unknown"], [" ", " armenia", "Mars", "\u200b"]),
    "stance": (["", "asserts", "denies"], [" ", " denies", "maybe", "\u200b", "Asserts"]),
    "refs": (["", "", "c1", "c2;c3", "src/c1"], ["other/c1", ";", " ; c2", "c9", "c1;c1", "\u200b", "src/"]),
    "category": (["soldiers", "civilians", "unknown"], ["", " ", "police", "\u200b"]),
}
COLUMN_KINDS = {"id": "id", "stated": "stated", "quote": "text", "date": "date", "place": "text",
                "initiator": "party", "stance": "stance", "supersedes": "refs", "adds_to": "refs"}


def value(draw: st.DrawFn, kind: str, odd: bool) -> str:
    good, bad = KINDS[kind]
    if not odd:
        return draw(st.sampled_from(good))
    return draw(st.sampled_from(bad) | st.text(st.sampled_from(CHARS), max_size=4))


def odd_positions(draw: st.DrawFn, size: int) -> set[int]:
    """Which of ``size`` values to make odd: none half of the time, else one, sometimes two."""
    if size == 0 or draw(st.booleans()):
        return set()
    return set(draw(st.lists(st.integers(0, size - 1), min_size=1, max_size=2)))


limits = st.sampled_from([Limits()] * 6 + [Limits(text_chars=5), Limits(text_chars=12)])
# The days of a run: none (no day is too late), or one that the claims' days (of 4 and 5 June 2012) are around.
run_days = st.sampled_from([None, None, dt.date(2012, 6, 2), dt.date(2012, 6, 3), dt.date(2012, 6, 4)])

SOURCE = {"source_id": "src", "source_name": "A source", "source_kind": "media"}
OPTIONAL = ["reference", "url", "region", "event", "initiator", "stance", "relays", "supersedes", "adds_to",
            "speaks_for", "source_aligned_with"]
FIGURES = ["killed:armenia", "killed:armenia:soldiers", "wounded:nkr", "killed:Armenian:civilians",
           "missing:azerbaijan:soldiers", "captured:unknown", "killed:NKR:soldiers"]


@st.composite
def csv_files(draw: st.DrawFn) -> str:
    """A CSV source file: the required columns, some optional and casualty columns, a few rows with odd values
    here and there."""
    header = ["source_id", "source_name", "source_kind", "id", "stated", "quote", "date", "place"]
    header += draw(st.lists(st.sampled_from(OPTIONAL), unique=True, max_size=len(OPTIONAL)))
    header += draw(st.lists(st.sampled_from(FIGURES), unique=True, max_size=4))
    header = draw(st.permutations(header))
    rows = []
    for _ in range(draw(st.integers(1, 8))):
        odd = odd_positions(draw, len(header))
        row = []
        for k, name in enumerate(header):
            if name in SOURCE:
                row.append(draw(st.sampled_from([SOURCE[name] + " ", "B"])) if k in odd else SOURCE[name])
            elif name == "speaks_for":
                row.append("armenia")
            elif name == "source_aligned_with":
                row.append("azerbaijan")
            else:
                row.append(value(draw, "count" if ":" in name else COLUMN_KINDS.get(name, "optional"), k in odd))
        if draw(st.integers(0, 15)) == 0:
            row = row[:-1]  # a short row
        rows.append(row)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


@fixture_ok
@given(text=csv_files(), bounds=limits, run_day=run_days)
@example(text="source_id,source_name,source_kind,id,stated,quote,date,place,killed:armenia\n"
              "src,A source,media,c1,2012-06-04,q,2012-06-04,p,3\n", bounds=Limits(), run_day=None)
def test_csv_rows_read_directly_as_carefully(make_case: MakeCase, text: str, bounds: Limits,
                                            run_day: dt.date | None) -> None:
    """Any CSV file gives the same case, rejections and problems with the direct path as without it."""
    assert_same(make_case({"src.csv": text}), bounds, run_day)


# Values of YAML and JSON claims that CSV cells cannot hold.
others = st.none() | st.integers(-2, 3) | st.booleans() | st.just(["a"]) | st.just({"k": 1}) | st.just(2.5)
FIELD_KINDS = {"id": "id", "stated": "stated", "quote": "text", "date": "date", "place": "text",
               "reference": "optional", "url": "optional", "region": "optional", "event": "optional",
               "initiator": "party", "stance": "stance", "relays": "optional", "supersedes": "refs", "adds_to": "refs"}


@st.composite
def mappings(draw: st.DrawFn) -> Any:
    """A claim as a YAML or JSON file holds it: well formed, or with one or two odd values or keys."""
    if draw(st.integers(0, 30)) == 0:
        return draw(others)
    odd = odd_positions(draw, len(FIELD_KINDS) + 6)
    claim: dict[str, Any] = {}
    for k, (name, kind) in enumerate(FIELD_KINDS.items()):
        required = name in ("id", "stated", "quote", "date", "place")
        if k in odd:
            choice = draw(st.integers(0, 4))
            if choice == 0 and required:
                continue  # missing
            claim[name] = draw(others) if choice == 1 else value(draw, kind, True)
        elif required or draw(st.booleans()):
            claim[name] = value(draw, kind, False)
            if name in ("supersedes", "adds_to") and draw(st.booleans()):
                claim[name] = [item for item in claim[name].split(";") if item]  # a list
    entries = []
    for number in range(draw(st.integers(0, 3))):
        odd_entry = len(FIELD_KINDS) + number in odd
        entry: dict[str, Any] = {"party": value(draw, "party", odd_entry and draw(st.booleans()))}
        if draw(st.booleans()):
            entry["category"] = value(draw, "category", odd_entry and draw(st.booleans()))
        for measure in draw(st.lists(st.sampled_from(["killed", "wounded", "captured", "missing"]), unique=True,
                                     max_size=3)):
            entry[measure] = draw(st.sampled_from(["3", "several", 2, "0"]))
            if odd_entry and draw(st.booleans()):
                entry[measure] = draw(st.sampled_from(KINDS["count"][1]) | st.integers(-1, 5) | others)
        if odd_entry and draw(st.integers(0, 5)) == 0:
            entry["extra"] = 1
        entries.append(entry)
    if entries or draw(st.booleans()):
        claim["casualties"] = draw(others) if len(FIELD_KINDS) + 3 in odd else entries
    if len(FIELD_KINDS) + 4 in odd:
        claim["extra"] = "x"
    if len(FIELD_KINDS) + 5 in odd and "stance" not in claim:
        claim["stance"] = None
    return claim


@fixture_ok
@given(claims=st.lists(mappings(), min_size=1, max_size=6), bounds=limits, run_day=run_days)
def test_json_claims_read_directly_as_carefully(make_case: MakeCase, claims: list[Any], bounds: Limits,
                                               run_day: dt.date | None) -> None:
    """Any list of JSON claims gives the same case, rejections and problems with the direct path as without it."""
    data = {"source": {"id": "src", "name": "A source", "kind": "media"}, "claims": claims}
    assert_same(make_case({"src.json": json.dumps(data, ensure_ascii=False)}), bounds, run_day)


@fixture_ok
@given(claims=st.lists(mappings(), min_size=1, max_size=6), bounds=limits, run_day=run_days)
def test_yaml_claims_read_directly_as_carefully(make_case: MakeCase, claims: list[Any], bounds: Limits,
                                               run_day: dt.date | None) -> None:
    """The same for YAML, which reads some values otherwise (numbers, dates as written)."""
    import yaml

    data = {"source": {"id": "src", "name": "A source", "kind": "media"}, "claims": claims}
    assert_same(make_case({"src.yaml": yaml.safe_dump(data, allow_unicode=True)}), bounds, run_day)


def test_json_warnings_keep_to_the_careful_path(make_case: MakeCase) -> None:
    """A claim holding a value that the document warns about (a surrogate, a key given twice) is read carefully,
    and rejected for it; the others of the file are read directly."""
    text = ('{"source": {"id": "src", "name": "A source", "kind": "media"}, "claims": ['
            '{"id": "c1", "stated": "2012-06-04", "quote": "q\\ud800", "date": "2012-06-04", "place": "p"},'
            '{"id": "c2", "stated": "2012-06-04", "quote": "q", "quote": "r", "date": "2012-06-04", "place": "p"},'
            '{"id": "c3", "stated": "2012-06-04", "quote": "q", "date": "2012-06-04", "place": "p"}]}')
    folder = make_case({"src.json": text})
    assert_same(folder, Limits())
    case = load_case(folder, on_bad_claim="reject")
    assert [c.id for c in case.claims] == ["c3"]
    assert [r.claim for r in case.rejected] == ["src/c1", "src/c2"]


@pytest.mark.parametrize("name", ["src.csv", "src.json"])
def test_well_formed_claims_take_the_direct_path(make_case: MakeCase, name: str) -> None:
    """Well-formed rows and mappings never reach `read_claim` (so the tests above compare two paths)."""
    if name.endswith(".csv"):
        text = ("source_id,source_name,source_kind,id,stated,quote,date,place,region,initiator,supersedes,"
                "killed:armenia:soldiers,wounded:Azerbaijani\n"
                "src,A source,media,c1,2012-06-04,q,2012-06-04,Berdavan,Tavush,Armenian,,3,2\n"
                "src,A source,media,c2,2012-06-05,r,4-5 June 2012,Berdavan,,azerbaijan,c1,several,\n")
    else:
        text = json.dumps({"source": {"id": "src", "name": "A source", "kind": "media"}, "claims": [
            {"id": "c1", "stated": "2012-06-04", "quote": "q", "date": "2012-06-04", "place": "Berdavan",
             "region": "Tavush", "initiator": "Armenian", "casualties": [
                 {"party": "armenia", "category": "soldiers", "killed": "3"}, {"party": "Azerbaijani", "wounded": 2}]},
            {"id": "c2", "stated": "2012-06-05", "quote": "r", "date": "4-5 June 2012", "place": "Berdavan",
             "supersedes": "c1", "casualties": [{"party": "armenia", "category": "soldiers", "killed": "several"}]}]})
    folder = make_case({name: text})
    with mock.patch.object(load._Reader, "read_claim", side_effect=AssertionError("read carefully")):
        case = load_case(folder)
    assert [c.global_id for c in case.claims] == ["src/c1", "src/c2"]
    assert case.claims[1].supersedes == ("src/c1",)
    assert [(c.party, c.category) for c in case.claims[0].casualties] == [("armenia", "soldiers"),
                                                                          ("azerbaijan", "unknown")]
    assert_same(folder, Limits())


# Each odd value alone, in a claim otherwise well formed: every check of the direct paths is met for certain.
GOOD_ROW = {"source_id": "src", "source_name": "A source", "source_kind": "media", "id": "c2", "stated": "2012-06-05",
            "quote": "q", "date": "4 June 2012", "place": "Berdavan", "reference": "r", "url": "u", "region": "Tavush",
            "event": "shelling", "initiator": "azerbaijan", "stance": "denies", "relays": "x", "supersedes": "c1",
            "adds_to": "", "killed:armenia:soldiers": "3", "wounded:Armenian:soldiers": "several", "captured:nkr": ""}
SINGLE_ODDS = [(name, odd) for name, kind in [*COLUMN_KINDS.items(), ("reference", "optional"), ("url", "optional"),
                                               ("region", "optional"), ("event", "optional"), ("relays", "optional"),
                                               ("killed:armenia:soldiers", "count"), ("captured:nkr", "count")]
               for odd in KINDS[kind][1]]


@pytest.mark.parametrize(("name", "odd"), SINGLE_ODDS)
@pytest.mark.parametrize("bounds", [Limits(), Limits(text_chars=12)])
def test_each_odd_cell_alone(make_case: MakeCase, name: str, odd: str, bounds: Limits) -> None:
    """A row with one odd cell after a well-formed row: the same case or problems with the direct path."""
    first = {**GOOD_ROW, "id": "c1", "supersedes": ""}
    out = io.StringIO()
    writer = csv.DictWriter(out, list(GOOD_ROW), lineterminator="\n")
    writer.writeheader()
    writer.writerows([first, {**GOOD_ROW, name: odd}])
    assert_same(make_case({"src.csv": out.getvalue()}), bounds)


GOOD_CLAIM: dict[str, Any] = {
    "id": "c2", "stated": "2012-06-05", "quote": "q", "date": "4 June 2012", "place": "Berdavan", "reference": "r",
    "url": "u", "region": "Tavush", "event": "shelling", "initiator": "azerbaijan", "stance": "denies", "relays": "x",
    "supersedes": ["c1"], "adds_to": "c1", "casualties": [
        {"party": "armenia", "category": "soldiers", "killed": "3", "wounded": 2},
        {"party": "Azerbaijani", "missing": "several"}]}
ENTRY_ODDS: list[tuple[str, Any]] = [
    *(("party", odd) for odd in KINDS["party"][1]), *(("category", odd) for odd in KINDS["category"][1]),
    *(("killed", odd) for odd in [*KINDS["count"][1], -1, 2.5, True, None, ["3"]]), ("extra", 1), ("party", 3),
    ("category", None)]
CLAIM_ODDS: list[tuple[str, Any]] = [
    *((name, odd) for name, kind in FIELD_KINDS.items() for odd in [*KINDS[kind][1], None, 3, 2.5, True, ["a"]]),
    *((name, None) for name in ("id", "quote")), ("extra", "x"), ("casualties", None), ("casualties", {"party": "x"}),
    ("casualties", [{"party": "armenia", "category": "soldiers", "captured": 1}, {"party": "Armenian",
                                                                                    "category": "soldiers",
                                                                                    "killed": 1}]),
    ("casualties", [{"party": "armenia"}]), ("casualties", []), ("casualties", ["x"]), ("supersedes", [" c1"]),
    ("supersedes", ["c1", 2]), ("adds_to", [])]


@pytest.mark.parametrize(("name", "odd"), [*CLAIM_ODDS, *((f"casualties.{key}", odd) for key, odd in ENTRY_ODDS),
                                           ("missing", "id"), ("missing", "date"), ("missing", "stance")])
@pytest.mark.parametrize("bounds", [Limits(), Limits(text_chars=12)])
def test_each_odd_value_alone(make_case: MakeCase, name: str, odd: Any, bounds: Limits) -> None:
    """A JSON claim with one odd value after a well-formed claim: the same case or problems with the direct path."""
    claim = json.loads(json.dumps(GOOD_CLAIM))
    if name == "missing":
        del claim[odd]
    elif name.startswith("casualties."):
        claim["casualties"][0][name.split(".")[1]] = odd
    else:
        claim[name] = odd
    first = {**GOOD_CLAIM, "id": "c1", "supersedes": [], "adds_to": []}
    data = {"source": {"id": "src", "name": "A source", "kind": "media"}, "claims": [first, claim]}
    assert_same(make_case({"src.json": json.dumps(data, ensure_ascii=False)}), bounds)


# The days of a run around the well-formed claim's (stated 5 June 2012, of 4 June, or 6 June below): the statement
# after the run, the event too, or only the event (stated on the run's next day, of the day after).
@pytest.mark.parametrize(("run_day", "date"), [
    (dt.date(2012, 6, 3), "4 June 2012"), (dt.date(2012, 6, 2), "4 June 2012"), (dt.date(2012, 6, 4), "2012-06-06"),
    (dt.date(2012, 6, 4), "4 June 2012")])
@pytest.mark.parametrize("name", ["src.csv", "src.json"])
def test_a_claim_after_the_run_is_read_as_carefully(make_case: MakeCase, name: str, run_day: dt.date,
                                                    date: str) -> None:
    """A claim stated or dated after the run's day (and the day more) is left to `read_claim`, which rejects it."""
    if name.endswith(".csv"):
        out = io.StringIO()
        writer = csv.DictWriter(out, list(GOOD_ROW), lineterminator="\n")
        writer.writeheader()
        writer.writerows([{**GOOD_ROW, "id": "c1", "supersedes": "", "date": date}])
        text = out.getvalue()
    else:
        text = json.dumps({"source": {"id": "src", "name": "A source", "kind": "media"},
                           "claims": [{**GOOD_CLAIM, "id": "c1", "supersedes": [], "adds_to": [], "date": date}]})
    folder = make_case({name: text})
    assert_same(folder, Limits(), run_day)
    case = load_case(folder, on_bad_claim="reject", run_day=run_day)
    assert len(case.claims) == (1 if (run_day, date) == (dt.date(2012, 6, 4), "4 June 2012") else 0)
