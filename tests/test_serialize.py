"""reconciliation.json and events.csv: complete, stable, safe."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import tempfile
from pathlib import Path
from typing import Any

import attrs
import cattrs
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile import MatchConfig, load_case, reconcile, serialize
from reconcile.errors import OutputError
from reconcile.merge import FigureBases, place_names
from reconcile.models import (
    Admission,
    Case,
    Casualties,
    Change,
    Claim,
    Conflict,
    Contribution,
    Count,
    DateSpan,
    Event,
    Figure,
    FigureValue,
    GazetteerEntry,
    OriginGroup,
    PairScore,
    Party,
    PlaceMention,
    ProbableRelay,
    Reconciliation,
    Rejected,
    Relay,
    Source,
)
from reconcile.output import write_outputs
from reconcile.serialize import (
    EVENT_COLUMNS,
    SCHEMA_VERSION,
    events_csv,
    from_json,
    to_data,
    to_json,
    write_events_csv,
    write_json,
)

from .conftest import SEED
from .strategies import changes, claims

DAY = DateSpan(dt.date(2012, 6, 5), dt.date(2012, 6, 5), "day", "2012-06-05")


def make_reconciliation(claim_list: tuple = (), place: str = "Voskepar") -> Reconciliation:  # type: ignore[type-arg]
    case = Case(
        id="t", title="T",
        parties=(Party("armenia", "Armenia"), Party("azerbaijan", "Azerbaijan")),
        sources=(Source("am", "Am MoD", "belligerent", "armenia", file="t/am.yaml", line=2),
                 Source("src", "A source", "media")),
        claims=tuple(claim_list),
        rejected=(Rejected(None, "t/x.yaml", 4, "$.claims[0].date: cannot read"),),
    )
    event = Event(
        id="ev-2012-06-05-abcdef", claims=("am/a", "az/b"), superseded=("az/c",), date=DAY,
        places=(PlaceMention("am/a", "am", place, "voskepar", None),), grade="contested",
        casualties=(Figure("azerbaijan", "soldiers", "killed", 4, 5, None, (
            FigureValue("am/a", "am", Count(4, 4, "four")),
            FigureValue("az/c", "az", Count(0, 0, "0"), counted=False, note="superseded by az/b"))),),
        initiators=(("am/a", "azerbaijan"), ("az/b", "armenia")),
        conflicts=(Conflict("attribution", ("am/a", "az/b"), ("azerbaijan", "armenia"), "They disagree."),),
        evidence=(PairScore("am/a", "az/b", 3.5, (Contribution("date", 2.0, "same day"),)),),
        independent_origins=2,
        origins=(OriginGroup(("am", "src"), ("am/a", "src/d"), ("armenia",)), OriginGroup(("az",), ("az/b",))),
        relays=(Relay("src/d", ("src", "am")),),
        probable_relays=(ProbableRelay("src/e", "am/a", 92.5, 1, 1, "A source nearly repeats Am MoD."),),
        admissions=(Admission("az/b", "az", "losses", "azerbaijan", True, ("am/a",), "Az concedes."),),
    )
    return Reconciliation(case=case, events=(event,), methodology=("Best is the monitor's figure.",))


def test_json_round_trip() -> None:
    """reconciliation.json reads back into the same reconciliation."""
    original = make_reconciliation()
    back, generated = from_json(to_json(original, generated="2026-01-01T00:00:00Z"))
    assert back == original
    assert generated == "2026-01-01T00:00:00Z"


@given(claim_list=st.lists(claims(), max_size=4, unique_by=lambda c: c.id))
def test_json_round_trip_of_claims(claim_list: list) -> None:  # type: ignore[type-arg]
    """Every claim survives the trip through reconciliation.json."""
    original = make_reconciliation(tuple(claim_list))
    assert from_json(to_json(original, generated="x"))[0] == original


def test_json_holds_the_documented_fields() -> None:
    """The JSON carries the case, sources, claims with global ids, events and rejected claims."""
    data = json.loads(to_json(make_reconciliation(), generated="g"))
    assert data["format"] == "reconcile/reconciliation"
    assert data["schema_version"] == 3
    assert data["case"] == {"id": "t", "title": "T", "regional_gazetteer": "am-az"}
    event = data["events"][0]
    assert event["initiators"] == [{"claim": "am/a", "party": "azerbaijan"}, {"claim": "az/b", "party": "armenia"}]
    assert event["casualties"][0]["high"] is None
    assert event["date"] == {"start": "2012-06-05", "end": "2012-06-05", "precision": "day", "text": "2012-06-05"}
    assert data["rejected"] == [
        {"claim": None, "file": "t/x.yaml", "line": 4, "reason": "$.claims[0].date: cannot read"}]


CHANGE = Change("figure-changed", ("ev-2012-06-05-abcdef",), ("am/a",),
                (("party", "azerbaijan"), ("low", 4), ("high", None)),
                (("party", "azerbaijan"), ("low", 5), ("high", 6)), "In event ev-2012-06-05-abcdef, low 4 → 5.")


def with_changes(*items: Change, since: str | None = "2026-01-01T00:00:00Z") -> Reconciliation:
    return attrs.evolve(make_reconciliation(), changes=items, changes_since=since)


def test_json_round_trip_with_changes() -> None:
    """The changes and the earlier run's time read back as written."""
    original = with_changes(CHANGE, attrs.evolve(CHANGE, kind="events-merged", before=(("events", ("a", "b")),)))
    assert from_json(to_json(original, generated="g"))[0] == original


@given(items=st.lists(changes(), max_size=4), since=st.one_of(st.none(), st.text(max_size=20)))
def test_json_round_trip_of_any_changes(items: list[Change], since: str | None) -> None:
    """Every change, with values of each allowed type, survives the trip through reconciliation.json."""
    original = with_changes(*items, since=since)
    assert from_json(to_json(original, generated="g"))[0] == original


def test_changes_are_plain_json_objects() -> None:
    """A change's values are a JSON object by name, lists of ids are arrays, an open high is null."""
    data = json.loads(to_json(with_changes(attrs.evolve(CHANGE, after=(("events", ("x", "y")),))), generated="g"))
    assert data["changes_since"] == "2026-01-01T00:00:00Z"
    assert data["changes"] == [{
        "kind": "figure-changed", "events": ["ev-2012-06-05-abcdef"], "claims": ["am/a"],
        "before": {"party": "azerbaijan", "low": 4, "high": None}, "after": {"events": ["x", "y"]},
        "summary": "In event ev-2012-06-05-abcdef, low 4 → 5."}]


def test_schema_version_1_reads_as_a_run_without_changes() -> None:
    """A reconciliation.json of schema version 1 (before changes existed) still reads, with no changes."""
    data = json.loads(to_json(make_reconciliation(), generated="g"))
    data["schema_version"] = 1
    del data["changes"], data["changes_since"]
    back, generated = from_json(json.dumps(data))
    assert back == make_reconciliation()
    assert (back.changes, back.changes_since, generated) == ((), None, "g")


def test_schema_version_2_reads_as_events_without_independence_data() -> None:
    """A version 2 file (before independence data) reads with no origins, relays, probable relays or admissions."""
    data = json.loads(to_json(make_reconciliation(), generated="g"))
    data["schema_version"] = 2
    del data["track_records"]
    for event in data["events"]:
        for key in ("independent_origins", "origins", "relays", "probable_relays", "admissions"):
            del event[key]
    (event,) = from_json(json.dumps(data))[0].events
    assert (event.independent_origins, event.origins, event.relays, event.probable_relays, event.admissions) == (
        0, (), (), (), ())


def test_events_carry_their_independence_data() -> None:
    """Each event's origin groups, relay chains, probable relays and admissions are plain JSON objects."""
    (event,) = json.loads(to_json(make_reconciliation(), generated="g"))["events"]
    assert (event["independent_origins"], event["relays"], event["admissions"][0]["alleged_by"]) == (
        2, [{"claim": "src/d", "chain": ["src", "am"]}], ["am/a"])
    assert event["probable_relays"][0]["similarity"] == 92.5


def test_track_records_are_written_per_source() -> None:
    """track_records has one record per source, with the share within the range and the advisory score."""
    said = Claim(source="am", id="a", stated=dt.date(2012, 6, 5), quote="q", date=DAY, place="Voskepar")
    records = json.loads(to_json(make_reconciliation((said,)), generated="g"))["track_records"]
    assert [(r["source"], r["statements"], r["within_share"], r["score"]) for r in records] == [
        ("am", 1, None, None), ("src", 0, None, None)]


@pytest.mark.parametrize(("damage", "message"), [
    (lambda c: c.update(kind="event-vanished"), "changes[0].kind: expected one of rules-changed, "),
    (lambda c: c.update(events="ev-1"), "changes[0].events: expected a list of text"),
    (lambda c: c.update(before={"low": True}), "changes[0].before.low: expected text, a whole number"),
    (lambda c: c.update(after={"claims": [1]}), "changes[0].after.claims: expected text, a whole number"),
    (lambda c: c.pop("summary"), "changes[0]: expected an object with kind, events, claims"),
])
def test_damaged_change_is_refused(damage: object, message: str) -> None:
    """A change with an unknown kind or a value of the wrong type makes the file damaged, naming the place."""
    data = json.loads(to_json(with_changes(CHANGE), generated="g"))
    damage(data["changes"][0])  # type: ignore[operator]
    with pytest.raises(OutputError, match="damaged or incomplete") as info:
        from_json(json.dumps(data))
    assert message in str(info.value)


def test_json_is_deterministic() -> None:
    """The same reconciliation gives the same bytes."""
    assert to_json(make_reconciliation(), generated="g") == to_json(make_reconciliation(), generated="g")


@pytest.mark.parametrize("version", [99, 0, "2", True, None])
def test_other_schema_version_is_refused(version: object) -> None:
    """A reconciliation.json of another schema version is refused with a clear message."""
    data = json.loads(to_json(make_reconciliation(), generated="g"))
    data["schema_version"] = version
    with pytest.raises(OutputError) as info:
        from_json(json.dumps(data), name="old.json")
    assert str(info.value) == (
        f"old.json: schema version {json.dumps(version)} is not supported by this reconcile (0.1.0, schema version "
        f"{SCHEMA_VERSION}); run the case again from its claim files")


def test_damaged_json_is_refused() -> None:
    """A truncated or foreign JSON file gives an OutputError, not a traceback."""
    with pytest.raises(OutputError, match="not JSON"):
        from_json("{")
    with pytest.raises(OutputError, match="not a reconciliation"):
        from_json("[]")
    data = json.loads(to_json(make_reconciliation(), generated="g"))
    del data["events"][0]["grade"]
    with pytest.raises(OutputError, match="damaged or incomplete"):
        from_json(json.dumps(data))


def test_events_csv_rows() -> None:
    """events.csv has one row per event, party, category and measure, with an empty cell for an open high."""
    rows = list(csv.DictReader(io.StringIO(events_csv(make_reconciliation()))))
    assert tuple(rows[0]) == EVENT_COLUMNS
    assert len(rows) == 1
    row = rows[0]
    assert (row["event_id"], row["party"], row["measure"], row["low"], row["best"], row["high"]) == (
        "ev-2012-06-05-abcdef", "azerbaijan", "killed", "4", "5", "")
    assert row["independent_origins"] == "2"
    assert row["conflicts"] == "attribution"
    assert row["places"] == "Voskepar"
    assert row["gazetteer_ids"] == "voskepar"


@pytest.mark.parametrize("payload", ["=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tx"])
def test_events_csv_defuses_formulas(payload: str) -> None:
    """A cell a spreadsheet would run as a formula is prefixed with an apostrophe."""
    row = next(csv.DictReader(io.StringIO(events_csv(make_reconciliation(place=payload)))))
    assert row["places"] == "'" + payload


def test_events_csv_event_without_figures_has_one_row() -> None:
    """An event without figures still has its row, the figure cells empty, its shared cells defused."""
    rec = make_reconciliation(place="=1+1")
    bare = attrs.evolve(rec.events[0], casualties=())
    (row,) = csv.DictReader(io.StringIO(events_csv(attrs.evolve(rec, events=(bare,)))))
    assert [row[column] for column in ("party", "category", "measure", "low", "best", "high")] == [""] * 6
    assert (row["places"], row["grade"], row["conflicts"]) == ("'=1+1", bare.grade, "attribution")


def test_json_matches_the_published_schema() -> None:
    """reconciliation.json validates against docs/reconciliation.schema.json."""
    import jsonschema

    from .conftest import ROOT

    schema = json.loads((ROOT / "docs" / "reconciliation.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(to_json(make_reconciliation(), generated="g"))
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
    changed = json.loads(to_json(with_changes(CHANGE, attrs.evolve(CHANGE, after=(("events", ("x",)),))),
                                 generated="g"))
    jsonschema.validate(changed, schema, cls=jsonschema.Draft202012Validator)
    changed["changes"][0]["kind"] = "event-vanished"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(changed, schema, cls=jsonschema.Draft202012Validator)
    data["events"][0]["casualties"][0]["low"] = -1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


# --- streaming --------------------------------------------------------------------------------------------------


@given(claim_list=st.lists(claims(), max_size=4, unique_by=lambda c: c.id), items=st.lists(changes(), max_size=3))
def test_streamed_json_is_to_data(claim_list: list, items: list[Change]) -> None:  # type: ignore[type-arg]
    """The JSON written item by item reads as exactly `to_data`, and `to_json` is what `write_json` writes."""
    original = attrs.evolve(make_reconciliation(tuple(claim_list)), changes=tuple(items), changes_since="s")
    buffer = io.StringIO()
    write_json(original, buffer, generated="g")
    assert json.loads(buffer.getvalue()) == to_data(original, generated="g")
    assert buffer.getvalue() == to_json(original, generated="g")


def test_streamed_json_round_trip_through_a_file(tmp_path: Path) -> None:
    """A reconciliation written into a file with `write_json` reads back equal."""
    original = with_changes(CHANGE)
    path = tmp_path / "reconciliation.json"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        write_json(original, handle, generated="2026-01-01T00:00:00Z")
    assert from_json(path.read_text(encoding="utf-8")) == (original, "2026-01-01T00:00:00Z")


def test_json_layout_is_one_item_per_line() -> None:
    """Each top-level member starts a line, each item of a top-level list is one line of JSON, empty lists are
    `[]`, and the text ends with a newline."""
    said = Claim(source="am", id="a", stated=dt.date(2012, 6, 5), quote="q\nwith a newline", date=DAY, place="V")
    text = to_json(make_reconciliation((said,)), generated="g")
    lines = text.split("\n")
    assert lines[:3] == ["{", '  "format": "reconcile/reconciliation",', '  "schema_version": 3,']
    assert text.endswith("\n}\n")
    assert '  "changes": [],' in lines
    start = lines.index('  "events": [')
    assert lines[start + 2] == "  ],"
    event = json.loads(lines[start + 1].strip())
    assert event["id"] == "ev-2012-06-05-abcdef"
    claim_line = lines[lines.index('  "claims": [') + 1]
    assert json.loads(claim_line.strip())["quote"] == "q\nwith a newline"


def test_json_keeps_utf8_text_as_is() -> None:
    """Non-ASCII text is written as UTF-8, not as escapes."""
    original = make_reconciliation(place="Բերդավան")
    assert "Բերդավան" in to_json(original, generated="g")


def test_changing_one_event_changes_one_line() -> None:
    """Two reconciliations that differ in one event's grade differ in exactly one line of their JSON."""
    first = make_reconciliation()
    second = attrs.evolve(first, events=(attrs.evolve(first.events[0], grade="corroborated"),))
    a = to_json(first, generated="g").split("\n")
    b = to_json(second, generated="g").split("\n")
    assert len(a) == len(b)
    assert sum(x != y for x, y in zip(a, b, strict=True)) == 1


def test_streamed_csv_is_events_csv() -> None:
    """`write_events_csv` writes exactly the text of `events_csv`."""
    buffer = io.StringIO()
    write_events_csv(make_reconciliation(), buffer)
    assert buffer.getvalue() == events_csv(make_reconciliation())


# --- encoding: orjson, and the standard library where orjson refuses an item -------------------------------------


def _items(text: str, key: str) -> list[str]:
    """The lines of the items of the top-level list ``key`` in the text of reconciliation.json."""
    lines = text.split("\n")
    start = lines.index(f'  "{key}": [') + 1
    end = lines.index("  ],", start) if "  ]," in lines[start:] else lines.index("  ]", start)
    return [line.removeprefix("    ").removesuffix(",") for line in lines[start:end]]


SAID = Claim(source="am", id="a", stated=dt.date(2012, 6, 5), quote="Բերդավան: q", date=DAY, place="Voskepar")


def test_json_items_are_compact_orjson() -> None:
    """Each item, and each top-level member that is not a list, is orjson's compact JSON of its `to_data` value."""
    original = attrs.evolve(make_reconciliation((SAID,)), changes=(CHANGE,))
    text = to_json(original, generated="g")
    data = to_data(original, generated="g")
    for key in ("parties", "sources", "claims", "events", "rejected", "methodology", "changes", "track_records"):
        assert _items(text, key) == [orjson.dumps(item).decode() for item in data[key]], key
    assert '\n  "engine": {"name":"reconcile","version":' in text
    assert '"quote":"Բերդավան: q"' in text


@pytest.mark.parametrize("claim", [
    # The models take any text (the loader rejects a claim with a lone surrogate, but the Python API builds claims
    # directly): orjson refuses one.
    attrs.evolve(SAID, quote="a lone \ud800 surrogate"),
    # The models take any whole number (the loader stops at a million): orjson stops at 64 bits.
    attrs.evolve(SAID, casualties=(Casualties("armenia", killed=Count(2**70, None, "a lot")),)),
], ids=["lone surrogate", "beyond 64 bits"])
def test_an_item_orjson_refuses_is_written_by_the_standard_library(claim: Claim) -> None:
    """A claim orjson refuses is written as the standard library writes it, with the same value; the rest by orjson."""
    original = make_reconciliation((claim,))
    text = to_json(original, generated="g")
    data = to_data(original, generated="g")
    assert _items(text, "claims") == [json.dumps(data["claims"][0], ensure_ascii=False)]
    assert _items(text, "events") == [orjson.dumps(data["events"][0]).decode()]
    assert json.loads(text) == data


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan], ids=["inf", "-inf", "nan"])
def test_a_non_finite_number_is_written_as_before_never_as_null(value: float) -> None:
    """A NaN or an infinity (an infinite weight of a custom MatchConfig, a NaN coordinate) is written by the standard
    library as ``Infinity`` or ``NaN``, as before, not as orjson's ``null``."""
    first = make_reconciliation()
    event = attrs.evolve(first.events[0], evidence=(PairScore("am/a", "az/b", value, (
        Contribution("link", value, "linked by supersedes"),)),))
    case = attrs.evolve(first.case, gazetteer=(GazetteerEntry("v", "Voskepar", lat=value, lon=45.0),))
    original = attrs.evolve(first, events=(event,), case=case)
    text = to_json(original, generated="g")
    data = to_data(original, generated="g")
    assert _items(text, "events") == [json.dumps(data["events"][0], ensure_ascii=False)]
    assert _items(text, "gazetteer") == [json.dumps(data["gazetteer"][0], ensure_ascii=False)]
    back = json.loads(text)
    total, lat = back["events"][0]["evidence"][0]["total"], back["gazetteer"][0]["lat"]
    assert total is not None
    assert lat is not None
    assert (total, lat) == (value, value) or (math.isnan(total) and math.isnan(lat))
    weight = from_json(text)[0].events[0].evidence[0].contributions[0].weight
    assert weight == value or (math.isnan(weight) and math.isnan(value))


def test_an_infinite_match_weight_reaches_the_json_through_the_pipeline() -> None:
    """An infinite weight in a MatchConfig ends up in an event's evidence, written as ``Infinity`` (not ``null``)."""
    result = reconcile(load_case(SEED), config=MatchConfig(link_weight=math.inf))
    text = to_json(result, generated="g")
    assert "Infinity" in text
    assert json.loads(text) == to_data(result, generated="g")


@pytest.mark.parametrize("value", [
    2**64, -(2**63) - 1, "a\ud800", {1: "a"}, {"a": [serialize._NonFinite(math.nan), (1, 2)]},
    {"x": {"y": serialize._NonFinite(-math.inf)}},
], ids=["2**64", "-2**63-1", "lone surrogate", "int key", "nan in a list", "-inf in a dict"])
def test_encode_falls_back_to_the_standard_library(value: object) -> None:
    """Whatever orjson refuses (a NaN or an infinity as the converter gives it included), `_encode` writes as the
    standard library does."""
    assert serialize._encode(value) == json.dumps(value, ensure_ascii=False)


@pytest.mark.parametrize("value", [{1, 2}, dt.date(2012, 6, 5), {"a": object()}], ids=["set", "date", "object"])
def test_encode_raises_as_the_standard_library_does(value: object) -> None:
    """What neither can write raises the standard library's TypeError, as before orjson was used."""
    with pytest.raises(TypeError) as expected:
        json.dumps(value, ensure_ascii=False)
    with pytest.raises(TypeError) as info:
        serialize._encode(value)
    assert str(info.value) == str(expected.value)


# --- the converter's fast hooks give exactly cattrs' own output --------------------------------------------------


def _plain_converter() -> cattrs.Converter:
    """The converter of reconciliation.json as it was before the fast hooks: cattrs' own, and ISO dates."""
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_unstructure_hook(dt.date, lambda value: value.isoformat())
    return converter


def _same(a: Any, b: Any, path: str = "$") -> None:
    """``a == b`` with the same types throughout (a list stays a list, a tuple a tuple) and keys in the same order."""
    assert type(a) is type(b), f"{path}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, dict):
        assert list(a) == list(b), path
        for key in a:
            _same(a[key], b[key], f"{path}.{key}")
    elif isinstance(a, list | tuple):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            _same(x, y, f"{path}[{i}]")
    else:
        assert a == b, path


FULL = attrs.evolve(
    SAID, reference="MoD release 12", url="https://example.org/x", region="Tavush", event="shooting",
    initiator="azerbaijan", relays="src", supersedes=("am/z",), adds_to=("am/y", "am/x"),
    casualties=(Casualties("armenia", "soldiers", killed=Count(1, None, "at least 1"), wounded=Count(2, 2, "2")),))


def _to_data_by_cattrs_own_hooks(reconciliation: Reconciliation) -> dict[str, Any]:
    """`to_data` through a converter without the fast hooks."""
    fast = serialize._converter
    try:
        serialize._converter = _plain_converter()
        return to_data(reconciliation, generated="g")
    finally:
        serialize._converter = fast


@given(claim_list=st.lists(claims(), max_size=4, unique_by=lambda c: c.id))
def test_fast_hooks_give_cattrs_own_output(claim_list: list[Claim]) -> None:
    """`to_data` with the fast hooks is exactly `to_data` with cattrs' own hooks (types and key order included)."""
    case = attrs.evolve(make_reconciliation((FULL, attrs.evolve(SAID, id="b"), *claim_list)).case, gazetteer=(
        GazetteerEntry("v", "Voskepar", ("Ոսկեպար",), "armenia", "Tavush", 41.07, 45.05), GazetteerEntry("w", "W")))
    original = attrs.evolve(make_reconciliation(), case=case, changes=(CHANGE,))
    _same(to_data(original, generated="g"), _to_data_by_cattrs_own_hooks(original))


def test_fast_hooks_give_cattrs_own_output_on_the_seed_case() -> None:
    """On the seed case, every item of `to_data` is exactly what cattrs' own hooks give."""
    result = reconcile(load_case(SEED))
    _same(to_data(result, generated="g"), _to_data_by_cattrs_own_hooks(result))


def test_fast_hooks_are_in_place() -> None:
    """Optionals of primitives are given as they are and tuples of primitives by `list`, tuples of objects by one
    call per tuple: cattrs' generated code calls no generic hook per value."""
    from cattrs.fns import identity

    converter = serialize._converter
    for type_ in (str | None, int | None, bool | None):
        assert converter.get_unstructure_hook(type_) is identity
    assert converter.get_unstructure_hook(float | None) is serialize._unstructure_float
    for type_ in (tuple[str, ...], tuple[int, ...], tuple[tuple[str, str], ...]):
        assert converter.get_unstructure_hook(type_) is list
    hook = converter.get_unstructure_hook(tuple[Contribution, ...])
    assert hook.__qualname__.startswith("_make_converter.")


# --- the files as `reconcile run` writes them --------------------------------------------------------------------


def _written(original: Reconciliation, name: str, write: Any) -> str:
    """The text of ``name`` as `reconcile.output.write_outputs` writes it with ``write``."""
    with tempfile.TemporaryDirectory() as folder:
        write_outputs(Path(folder), {name: write})
        return (Path(folder) / name).read_bytes().decode("utf-8")


@given(claim_list=st.lists(claims(), max_size=4, unique_by=lambda c: c.id), items=st.lists(changes(), max_size=3))
def test_json_written_into_an_output_file_is_to_json(claim_list: list[Claim], items: list[Change]) -> None:
    """`write_json` writes orjson's bytes straight into the file `write_outputs` opens (`Utf8Handle`), and text into
    any other handle: the same text either way, an item the standard library writes included."""
    refused = attrs.evolve(SAID, id="big", casualties=(Casualties("armenia", killed=Count(2**70, None, "a lot")),))
    original = attrs.evolve(make_reconciliation((*claim_list, refused)), changes=tuple(items), changes_since="s")
    text = _written(original, "reconciliation.json",
                    lambda handle: write_json(original, handle, generated="Բ g"))
    assert text == to_json(original, generated="Բ g")
    assert json.dumps(serialize._converter.unstructure(refused)["casualties"], ensure_ascii=False) in text


def test_json_bytes_follow_the_text_already_in_the_handle(tmp_path: Path) -> None:
    """What a writer wrote into the handle before `write_json` stays before the JSON (the text layer is flushed
    first), and text written after it comes after."""
    original = make_reconciliation((SAID,))

    def write(handle: Any) -> None:
        handle.write("before ")
        write_json(original, handle, generated="g")
        handle.write("after")

    assert _written(original, "x", write) == "before " + to_json(original, generated="g") + "after"


def test_a_lone_surrogate_cannot_be_written_into_a_file() -> None:
    """Text with a lone surrogate (only the Python API can make one) has no UTF-8 form: writing it into a file raises
    `UnicodeEncodeError`, as the text handle did before the bytes were written straight; `to_json` still gives it."""
    original = make_reconciliation((attrs.evolve(SAID, quote="a lone \ud800 surrogate"),))
    assert "a lone \ud800 surrogate" in to_json(original, generated="g")
    with pytest.raises(UnicodeEncodeError):
        _written(original, "reconciliation.json", lambda handle: write_json(original, handle, generated="g"))


# --- events.csv: figure cells made once per distinct figure ------------------------------------------------------


def _plain_events_csv(reconciliation: Reconciliation) -> str:
    """events.csv as written before figure cells were reused: every cell made safe on its own."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EVENT_COLUMNS)
    cell = serialize._cell
    source_of = {claim.global_id: claim.source for claim in reconciliation.case.claims}
    bases = FigureBases(reconciliation.case)
    for event in reconciliation.events:
        places = "; ".join(place_names(event.places))
        gazetteer_ids = "; ".join(dict.fromkeys(m.resolved for m in event.places if m.resolved))
        sources = "; ".join(sorted({source_of[c] for c in event.claims if c in source_of}))
        conflicts = "; ".join(sorted({conflict.kind for conflict in event.conflicts}))
        common = [cell(v) for v in (event.id, event.date.start.isoformat(), event.date.end.isoformat(),
                                    event.date.precision, places, gazetteer_ids, sources, "; ".join(event.claims))]
        tail = [cell(v) for v in (event.grade, event.independent_origins, conflicts)]
        if not event.casualties:
            writer.writerow([*common, *[""] * 11, *tail])
        for f, b in zip(event.casualties, bases(event), strict=True):
            writer.writerow([*common, *(cell(v) for v in (f.party, f.category, f.measure, f.low, f.best, f.high)),
                             *(cell(v) for v in (b.grade, b.kind, b.origins, "; ".join(b.words),
                                                 "; ".join(b.overlaps))), *tail])
    return buffer.getvalue()


class _Shown(str):
    """Text that shows itself otherwise (equal to, and hashed as, the plain text)."""

    __slots__ = ()

    def __str__(self) -> str:
        return "=shown"


_figure_texts = st.sampled_from(["armenia", "=SUM(A1)", "-x", "@a", "soldiers", "killed", _Shown("armenia")])
_figure_numbers = st.sampled_from([0, 1, 5, -1, True, False])


@given(figures=st.lists(st.tuples(_figure_texts, _figure_texts, _figure_texts, _figure_numbers, _figure_numbers,
                                  st.one_of(st.none(), _figure_numbers)), max_size=12),
       split=st.integers(0, 12))
def test_events_csv_reuses_only_equal_figure_cells(figures: list[tuple[Any, ...]], split: int) -> None:
    """`write_events_csv` reuses a figure's cells for an equal figure only when its values are plain text and whole
    numbers (``True == 1``, but its cell says ``True``; a text subclass may show itself otherwise): the same text
    as every cell made on its own."""
    first = make_reconciliation()
    made = tuple(Figure(*values) for values in figures)
    events = (attrs.evolve(first.events[0], casualties=made[:split]),
              attrs.evolve(first.events[0], id="-second", casualties=made[split:]))
    original = attrs.evolve(first, events=events)
    assert events_csv(original) == _plain_events_csv(original)
