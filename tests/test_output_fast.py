"""The output stage's fast paths give exactly what the plain paths give: reconciliation.json's items, events.csv's
cells, the report's pieces and the track records."""

from __future__ import annotations

import datetime as dt
import gc
import importlib
import io
import math
from pathlib import Path
from typing import Any

import attrs
import jinja2
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import serialize
from reconcile.errors import OutputError
from reconcile.load import load_case
from reconcile.models import (
    Admission,
    Casualties,
    Claim,
    Conflict,
    Contribution,
    Count,
    DateSpan,
    Event,
    Figure,
    FigureValue,
    OriginGroup,
    PairScore,
    PlaceMention,
    ProbableRelay,
    Relay,
)
from reconcile.pipeline import reconcile
from reconcile.render import REPORT_TEMPLATE, _environment, _stream
from reconcile.serialize import events_csv, to_data, to_json, write_json
from reconcile.testing import cases

from .conftest import SEED
from .strategies import claims
from .test_serialize import _plain_events_csv, _same, _Shown, make_reconciliation

track_records_module = importlib.import_module("reconcile.track_records")

_NON_FINITE: tuple[float, ...] = (math.nan, math.inf, -math.inf)

# --- reconciliation.json: the inlined functions give the converter's items ---------------------------------------

_texts = st.text(max_size=6)
_ids = st.sampled_from(["am/a", "az/b", "src/c", "=x"])
_floats = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-3, 3), st.sampled_from(_NON_FINITE))
_counts = st.builds(Count, st.integers(0, 9), st.one_of(st.none(), st.integers(9, 20)), _texts)
_spans = st.builds(DateSpan, st.just(dt.date(2012, 6, 5)), st.dates(dt.date(2012, 6, 5), dt.date(2013, 1, 1)),
                   st.sampled_from(["day", "range", "month"]), _texts)


def _tuples(items: st.SearchStrategy[Any], max_size: int = 3) -> st.SearchStrategy[Any]:
    """Tuples of ``items``, now and then a list (which a caller may pass): the converter takes either."""
    return st.one_of(st.lists(items, max_size=max_size).map(tuple), st.lists(items, max_size=max_size))


_values = st.builds(FigureValue, _ids, _texts, _counts, st.booleans(), st.booleans(), _texts)
_figures = st.builds(Figure, _texts, _texts, _texts, st.integers(0, 9), st.integers(0, 9),
                     st.one_of(st.none(), st.integers(0, 9)), _tuples(_values))
_pairs = st.builds(PairScore, _ids, _ids, _floats,
                   _tuples(st.builds(Contribution, _texts, _floats, _texts), max_size=5))
events = st.builds(
    Event, id=_texts, claims=_tuples(_ids), superseded=_tuples(_ids), date=_spans,
    places=_tuples(st.builds(PlaceMention, _ids, _texts, _texts, st.one_of(st.none(), _texts),
                             st.one_of(st.none(), _texts))),
    grade=_texts, casualties=_tuples(_figures), initiators=_tuples(st.tuples(_ids, _texts)),
    conflicts=_tuples(st.builds(Conflict, _texts, _tuples(_ids), _tuples(_texts), _texts)),
    evidence=_tuples(_pairs), independent_origins=st.integers(0, 5),
    origins=_tuples(st.builds(OriginGroup, _tuples(_texts), _tuples(_ids), _tuples(_texts))),
    relays=_tuples(st.builds(Relay, _ids, _tuples(_texts))),
    probable_relays=_tuples(st.builds(ProbableRelay, _ids, _ids, _floats, st.integers(0, 9), st.integers(0, 3),
                                      _texts)),
    admissions=_tuples(st.builds(Admission, _ids, _texts, _texts, _texts, st.booleans(), _tuples(_ids), _texts)),
)


def _same_items(inlined: Any, reference: Any) -> None:
    """Equal dicts with equal types and key order, a NaN matching a NaN of the same type."""
    _same(_nan_free(inlined), _nan_free(reference))


def _nan_free(data: Any) -> Any:
    """``data`` with each NaN replaced by its type's name and ``"NaN"``, so that equality can see it."""
    if isinstance(data, float) and math.isnan(data):
        return (type(data).__name__, "NaN")
    if isinstance(data, dict):
        return {key: _nan_free(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_nan_free(value) for value in data]
    if isinstance(data, tuple):
        return tuple(_nan_free(value) for value in data)
    return data


@given(event=events)
@example(event=attrs.evolve(make_reconciliation().events[0], evidence=(
    PairScore("a", "b", math.nan, (Contribution("date", math.inf, "x"), Contribution("place", 1, "y"))),)))
def test_inlined_event_is_the_converters(event: Event) -> None:
    """An event of any shape (empty tuples, lists, no counts, NaN and infinite weights) unstructures by the inlined
    function exactly as by the converter: the same dicts, types and key order, a non-finite float as `_NonFinite`."""
    _same_items(serialize._event_data_inlined(event), serialize._event_data(event))


@given(claim=claims())
@example(claim=Claim("am", "a", dt.date(2012, 6, 5), "q", DateSpan(dt.date(2012, 6, 5), dt.date(2012, 6, 6), "range"),
                     "Voskepar", casualties=(Casualties("armenia", killed=Count(1, None), missing=Count(0, 0)),)))
def test_inlined_claim_is_the_converters(claim: Claim) -> None:
    """A claim unstructures by the inlined function exactly as by the converter, its global id first."""
    _same_items(serialize._claim_data_inlined(claim), serialize._claim_data(claim))


@given(case=cases(max_claims=6))
def test_inlined_items_of_a_reconciled_case(case: Any) -> None:
    """Every claim and event of a reconciled case unstructures by the inlined functions as by the converter."""
    result = reconcile(case)
    for claim in result.case.claims:
        _same_items(serialize._claim_data_inlined(claim), serialize._claim_data(claim))
    for event in result.events:
        _same_items(serialize._event_data_inlined(event), serialize._event_data(event))


def test_inlined_items_of_the_seed_case() -> None:
    """On the seed case, written JSON is `to_data` (made by the converter), item for item."""
    result = reconcile(load_case(SEED))
    inlined = {key: list(value) if many else value
               for key, value, many in serialize._sections(result, generated="g", records=None, inlined=True)}
    _same(inlined, to_data(result, generated="g"))


def test_a_non_finite_weight_is_written_by_the_standard_library() -> None:
    """A NaN or infinite weight reaches the file as the standard library writes it, as before: never as ``null``."""
    original = make_reconciliation()
    event = attrs.evolve(original.events[0], evidence=(PairScore("a", "b", math.inf, (
        Contribution("date", math.nan, "x"), Contribution("place", -math.inf, "y"))),))
    text = to_json(attrs.evolve(original, events=(event,)), generated="g")
    assert '"total": Infinity' in text
    assert '"weight": NaN' in text
    assert '"weight": -Infinity' in text
    assert "null, " not in text.split('"evidence"')[1].split('"independent_origins"')[0]


def test_the_inlined_functions_call_no_hook_but_for_dates() -> None:
    """Tuples, optionals and floats are converted inline: the only hooks the functions call are the dates'."""
    namespace = serialize._event_data_inlined.__globals__
    hooks = [value for key, value in namespace.items() if key.startswith("_hook_")]
    assert hooks
    assert all(hook(dt.date(2012, 6, 5)) == "2012-06-05" for hook in hooks)
    assert {"_unstructure_Count", "_unstructure_Contribution", "_unstructure_DateSpan"} <= set(namespace)


def test_write_json_writes_the_inlined_items(monkeypatch: pytest.MonkeyPatch) -> None:
    """`write_json` makes its claims and events with the inlined functions (`to_data` with the converter's)."""
    made: list[str] = []
    claim_data, event_data = serialize._claim_data_inlined, serialize._event_data_inlined
    monkeypatch.setattr(serialize, "_claim_data_inlined", lambda c: made.append("claim") or claim_data(c))
    monkeypatch.setattr(serialize, "_event_data_inlined", lambda e: made.append("event") or event_data(e))
    original = make_reconciliation((Claim("am", "a", dt.date(2012, 6, 5), "q", DateSpan(
        dt.date(2012, 6, 5), dt.date(2012, 6, 5), "day"), "V"),))
    write_json(original, io.StringIO(), generated="g")
    assert made == ["claim", "event"]
    made.clear()
    to_data(original, generated="g")
    assert made == []


# --- events.csv: cells made safe in bulk, last cells reused ------------------------------------------------------

_cell_values = st.one_of(st.sampled_from(["", "=1+1", "+a", "-b", "@c", "\tt", "\rr", "plain", "ev-1", "2012-06-05",
                                          _Shown("x"), _Shown("=x")]),
                         st.text(max_size=4), st.none(), st.integers(-2, 2), st.booleans())


@given(values=st.lists(_cell_values, max_size=9).map(tuple))
@example(values=("ok", "=bad"))
@example(values=(_Shown("x"),))
def test_cells_are_each_cell(values: tuple[Any, ...]) -> None:
    """`_cells` gives what `_cell` gives for each value: plain text as it is, a formula with its apostrophe,
    anything else (``None``, numbers, a text subclass that shows itself otherwise) through `_cell`."""
    assert serialize._cells(values) == [serialize._cell(value) for value in values]


@given(lasts=st.lists(st.tuples(st.sampled_from(["confirmed", "=g", _Shown("confirmed")]),
                                st.sampled_from([0, 1, -1, True, False]),
                                st.sampled_from(["", "date", "-x"])), min_size=1, max_size=8))
@example(lasts=[("confirmed", 1, ""), ("confirmed", True, "")])
@example(lasts=[("confirmed", 1, ""), (_Shown("confirmed"), 1, "")])
def test_events_csv_reuses_only_equal_last_cells(lasts: list[tuple[Any, int, str]]) -> None:
    """An event's last cells (grade, independent origins, conflicts) are reused only for equal plain values
    (``True == 1``, but its cell says ``True``): the same text as every cell made on its own."""
    first = make_reconciliation().events[0]
    made = []
    for i, (grade, origins, kind) in enumerate(lasts):
        conflicts = (Conflict(kind, (), (), "s"),) if kind else ()
        made.append(attrs.evolve(first, id=f"e{i}", grade=grade, independent_origins=origins, conflicts=conflicts,
                                 casualties=first.casualties if i % 2 else ()))
    original = attrs.evolve(make_reconciliation(), events=tuple(made))
    assert events_csv(original) == _plain_events_csv(original)


# --- report.html: the template's pieces without Jinja2's generator around them -----------------------------------


def _template(tmp_path: Path, text: str) -> jinja2.Template:
    (tmp_path / REPORT_TEMPLATE).write_text(text, encoding="utf-8")
    return _environment(tmp_path).get_template(REPORT_TEMPLATE)


class _Sink:
    def __init__(self) -> None:
        self.pieces: list[str] = []

    def write(self, text: str) -> None:
        self.pieces.append(text)


@given(names=st.lists(st.text(max_size=5), max_size=1200))
def test_streamed_page_is_the_generated_page(names: list[str]) -> None:
    """`_stream` writes exactly the text `jinja2.Template.generate` gives (and a newline at the end), in batches."""
    template = jinja2.Environment(autoescape=True).from_string(
        "<style>p{}</style>{% for n in view %}<p>{{ n }}</p>{% endfor %}")
    sink = _Sink()
    blocks = _stream(template, None, sink, view=names)  # type: ignore[arg-type]
    page = "".join(template.generate(view=names))
    assert "".join(sink.pieces) == page + "\n"
    assert blocks == [("style", "p{}", "<style>p{}</style>")]


def test_an_error_of_a_shipped_template_points_at_its_line(tmp_path: Path) -> None:
    """An error in a template that is not the user's passes through with Jinja2's traceback, whose last frame is
    the template's line (as `jinja2.Template.generate` gives it)."""
    template = _template(tmp_path, "line one\nline two {{ view.x // 0 }}\n")
    with pytest.raises(ZeroDivisionError) as raised:
        _stream(template, None, None, view=attrs.make_class("V", ["x"])(1))
    frame = raised.tb
    while frame.tb_next is not None:
        frame = frame.tb_next
    assert frame.tb_frame.f_code.co_filename.endswith(REPORT_TEMPLATE)
    assert frame.tb_lineno == 2


def test_an_error_of_a_custom_template_halfway_is_an_output_error(tmp_path: Path) -> None:
    """In a custom template, an error raised after pieces were written is an `OutputError` naming the folder."""
    template = _template(tmp_path, "{% for i in range(2000) %}<p>{{ i }}</p>{% endfor %}{{ view.x // 0 }}")
    sink = _Sink()
    with pytest.raises(OutputError, match="ZeroDivisionError"):
        _stream(template, tmp_path, sink, view=attrs.make_class("V", ["x"])(1))
    assert sink.pieces  # the first batches were written before the error


# --- track records: the collector paused, the records the same ---------------------------------------------------


@pytest.mark.parametrize("enabled", [True, False])
def test_track_records_leave_the_collector_as_they_found_it(enabled: bool) -> None:
    """`track_records` pauses automatic collection while it works and restores the caller's setting."""
    result = reconcile(load_case(SEED))
    seen: list[bool] = []
    original = track_records_module._scores

    def scores(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return original(*args, **kwargs)

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        track_records_module._scores = scores
        records = track_records_module.track_records([result])
        assert gc.isenabled() is enabled
    finally:
        track_records_module._scores = original
        (gc.enable if was else gc.disable)()
    assert seen == [False]
    assert records
    assert records == track_records_module._track_records([result])
