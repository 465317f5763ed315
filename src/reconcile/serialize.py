"""The stable outputs of a reconciliation, as text: ``reconciliation.json`` and ``events.csv``.

``reconciliation.json`` is a complete state: `from_json` reads it back into the same models through the same cattrs
converter, so a later run can start from it. Its layout is described by ``docs/reconciliation.schema.json``
(``schema_version`` below). Schema version 2 added ``changes`` and ``changes_since`` (what changed since an earlier
run, `reconcile.changes`); version 3 added to each event its independent origins, relay chains, probable relays and
admissions against interest (`reconcile.independence`), the grade ``confirmed``, and ``track_records`` (per source,
`reconcile.track_records`; written for readers, recomputed rather than read back), and later, within version 3, to
each figure its ``basis`` (what its best rests on, `reconcile.merge.FigureBases`; written for readers, recomputed
rather than read back, so a file without it reads the same). A file of version 1 reads as one without changes, and a
file of version 1 or 2 as events without independence data (zero independent origins); any other version is
refused.

``events.csv`` has one row per event × party × category × measure (an event with no figures gets one row with
those columns empty, so that no event is missing), in the spirit of UCDP GED's columns: each figure with what it
rests on (``figure_grade``, ``basis``, ``basis_origins``, ``basis_words``: the figure's own sources, see
`reconcile.merge.FigureBasis`), for a figure of people of unknown status the categories whose people it may count
again (``overlaps``: not to be added to theirs), then its event's grade and number of independent origins. Cells
that a spreadsheet would run as a formula (starting with ``= + - @``, a tab or a carriage return) are prefixed
with ``'``.

Both are deterministic: the same reconciliation gives the same bytes. The only field that changes between runs
is ``generated`` (the run's time), which the caller passes in and can pin. Both are written into a text handle
item by item (`write_json`, `write_events_csv`), so that neither is ever held whole in memory; `to_json` and
`events_csv` give the same text as a string. ``reconciliation.json`` has one top-level member per line and each
item of a top-level list on a line of its own, each item compact JSON written by orjson (by the standard library's
encoder where orjson refuses an item, see `_encode`); into a file that `reconcile.output.write_outputs` opened,
orjson's UTF-8 bytes go as they are. `read_json` reads the file back from a path: only a regular
file or a pipe, of at most `MAX_READ_BYTES` (4 GiB, twice the output of a million claims), is read.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import json
import math
import operator
import os
import re
import stat
import sys
import types
import typing
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, TextIO

import attrs
import cattrs
import orjson
from cattrs.fns import identity

from reconcile import regional
from reconcile._documents import MAX_DEPTH, format_path, json_surrogates
from reconcile._version import __version__
from reconcile.errors import OutputError
from reconcile.merge import FigureBases, FigureBasis, place_names
from reconcile.models import (
    CHANGE_KINDS,
    Case,
    Change,
    ChangeValue,
    Claim,
    Event,
    GazetteerEntry,
    Party,
    Reconciliation,
    Rejected,
    Source,
)
from reconcile.output import Utf8Handle
from reconcile.track_records import TrackRecord, track_records

__all__ = [
    "MAX_READ_BYTES",
    "READABLE_VERSIONS",
    "SCHEMA_VERSION",
    "changes_data",
    "events_csv",
    "figure_bases",
    "from_json",
    "read_json",
    "to_data",
    "to_json",
    "write_events_csv",
    "write_json",
]

SCHEMA_VERSION: Final = 3
#: The schema versions `from_json` reads: 1 lacks ``changes`` and ``changes_since``, and reads as a run without them;
#: 1 and 2 lack the events' independence data, and read with none (`reconcile.models.Event` defaults).
READABLE_VERSIONS: Final = (1, 2, 3)
FORMAT: Final = "reconcile/reconciliation"
#: The largest ``reconciliation.json`` `read_json` reads: twice the size of a million claims' (about 2 GB).
MAX_READ_BYTES: Final = 4 * 1024**3


class _NonFinite(float):
    """A NaN or an infinity in the JSON-ready data (a match weight of a custom `reconcile.MatchConfig` may be one).

    orjson writes these as ``null``, the standard library as ``NaN``, ``Infinity`` and ``-Infinity``. orjson refuses
    a subclass of float, so an item holding one goes to the standard library's encoder and is written as before,
    instead of silently as ``null``. It equals the float it stands for (a NaN, as ever, equals nothing).
    """

    __slots__ = ()


def _unstructure_float(value: Any) -> Any:
    """A float as is, a NaN or an infinity as `_NonFinite`; anything else (``None``, an int) as is."""
    if value.__class__ is float and not math.isfinite(value):
        return _NonFinite(value)
    return value


#: Types whose values the converter gives as they are (``float`` too, but through `_unstructure_float`).
_PRIMITIVES: Final = (str, int, bool, float)


def _optional_primitive(type_: Any) -> bool:
    """``X | None`` with a primitive ``X`` (``str | None``, ``int | None``, ...)."""
    if typing.get_origin(type_) not in (typing.Union, types.UnionType):
        return False
    args = typing.get_args(type_)
    return len(args) == 2 and type(None) in args and any(arg in _PRIMITIVES for arg in args)


def _homogeneous_tuple(type_: Any) -> bool:
    """``tuple[X, ...]``."""
    args = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _make_converter() -> cattrs.Converter:
    """The converter of ``reconciliation.json``: cattrs' own hooks, with faster ones that give equal output.

    - a date is its ISO text;
    - ``X | None`` of a primitive ``X`` is the value as is: cattrs would call a generic hook per value; given as
      `identity`, cattrs' generated code reads the attribute without a call (``float | None`` goes through
      `_unstructure_float`, so that orjson cannot write a NaN as ``null``);
    - ``tuple[X, ...]`` is a list: ``list(value)`` where the items are given as they are (primitives, and pairs of
      primitives, which cattrs gives as equal tuples), else ``list(map(hook, value))`` with the item's hook (cattrs'
      own hook feeds a generator to the list, one more Python frame per item).
    """
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_unstructure_hook(dt.date, operator.methodcaller("isoformat"))
    converter.register_unstructure_hook(float, _unstructure_float)

    def optional_hook(type_: Any) -> Callable[[Any], Any]:
        return _unstructure_float if float in typing.get_args(type_) else identity

    def as_is(type_: Any) -> bool:
        """Whether the converter gives values of ``type_`` unchanged (or, for a tuple of such, as an equal tuple)."""
        if converter.get_unstructure_hook(type_) is identity:
            return True
        args = typing.get_args(type_)
        return (typing.get_origin(type_) is tuple and bool(args) and Ellipsis not in args
                and all(converter.get_unstructure_hook(arg) is identity for arg in args))

    def tuple_hook(type_: Any) -> Callable[[Any], Any]:
        item_type = typing.get_args(type_)[0]
        if as_is(item_type):
            return list
        item_hook = converter.get_unstructure_hook(item_type)
        return lambda value: list(map(item_hook, value))

    converter.register_unstructure_hook_factory(_optional_primitive, optional_hook)
    converter.register_unstructure_hook_factory(_homogeneous_tuple, tuple_hook)
    _strict_structure(converter)
    return converter


class _Expected(ValueError):
    """A value of a reconciliation.json read back that is not of the kind reconcile writes there; the message says
    what was expected and what was found, in the words of JSON (``expected text, got null``)."""


def _json_value(value: Any) -> str:
    """``value`` as JSON writes it, shortened: what a damaged file holds, shown in its own terms (``null``, ``true``,
    ``"abc"``, ``{"a": 1}``), never as Python shows it."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=True)
    except (TypeError, ValueError, RecursionError):
        text = "a value nested too deep to show"
    text = text if len(text) <= 60 else text[:57] + "..."
    # A character that is not printable (a direction override, a zero-width space) as its JSON escape, as JSON
    # writes a control character: shown on a terminal, it would reorder or hide the message.
    return text if text.isprintable() else "".join(char if char.isprintable() else json.dumps(char)[1:-1]
                                                   for char in text)


def _either(words: Sequence[object]) -> str:
    """``"a", "b" or "c"``: the values a member may take."""
    shown = [_json_value(word) for word in words]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]


def _strict_structure(converter: cattrs.Converter) -> None:
    """Read values only as reconcile writes them: cattrs would make ``null`` the text ``'None'``, a number text, and
    a text a tuple of its letters (``"claims": "abc"`` three claims), so that a damaged or edited file read as
    ``--previous`` or by ``diff`` gave wrong changes without a word. A value of another type, a date not written as
    ``YYYY-MM-DD`` and a word outside its vocabulary (a grade, a stance, a category) are `_Expected`, which
    `from_json` reports as damage at its place (an item of a list by its index)."""

    def typed(kind: type, what: str) -> Callable[[Any, Any], Any]:
        def hook(value: Any, _: Any) -> Any:
            if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
                return value
            raise _Expected(f"expected {what}, got {_json_value(value)}")
        return hook

    converter.register_structure_hook(str, typed(str, "text"))
    converter.register_structure_hook(int, typed(int, "a whole number"))
    converter.register_structure_hook(bool, typed(bool, "true or false"))
    number = typed(int | float, "a number")  # type: ignore[arg-type]

    def a_float(value: Any, _: Any) -> float:
        try:
            return float(number(value, float))
        except OverflowError:  # a whole number of hundreds of digits
            raise _Expected(f"expected a number, got {_json_value(value)}") from None

    converter.register_structure_hook(float, a_float)

    def a_date(value: Any, _: Any) -> dt.date:
        try:
            day = dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            day = None
        if day is None or day.isoformat() != value:
            raise _Expected(f"expected a date written YYYY-MM-DD, got {_json_value(value)}")
        return day

    converter.register_structure_hook(dt.date, a_date)

    def literal_hook(type_: Any) -> Callable[[Any, Any], Any]:
        words = typing.get_args(type_)
        listed = _either(words)

        def hook(value: Any, _: Any) -> Any:
            if type(value) is str and value in words:
                return value
            raise _Expected(f"expected {listed}, got {_json_value(value)}")
        return hook

    def is_literal(type_: Any) -> bool:
        return typing.get_origin(type_) is typing.Literal

    converter.register_structure_hook_factory(is_literal, literal_hook)

    def tuple_hook(type_: Any) -> Callable[[Any, Any], Any]:
        item_type = typing.get_args(type_)[0]
        item_hook = converter.get_structure_hook(item_type)
        # Text and whole numbers as JSON reads them are of exactly their type: checked without a call per item.
        exact = item_type if item_type in (str, int) else None

        def hook(value: Any, _: Any) -> tuple[Any, ...]:
            if type(value) is not list:
                raise _Expected(f"expected a list, got {_json_value(value)}")
            if exact is not None and all(type(item) is exact for item in value):
                return tuple(value)
            try:
                return tuple([item_hook(item, item_type) for item in value])
            except Exception:
                # Read again one by one, only to say which item is damaged ($.events[2].casualties[0].best).
                for index, item in enumerate(value):
                    try:
                        item_hook(item, item_type)
                    except Exception as exc:
                        exc.__notes__ = [*getattr(exc, "__notes__", []), cattrs.errors.IterableValidationNote(
                            f"Structuring {type_} @ index {index}", index, item_type)]
                        raise cattrs.IterableValidationError(f"While structuring {type_!r}", [exc], type_) from None
                raise
        return hook

    converter.register_structure_hook_factory(_homogeneous_tuple, tuple_hook)


_converter = _make_converter()


class _Inlined:
    """The converter's unstructuring of attrs classes written out as one Python function per class, each with the
    fields' conversions inline: the same dicts as the converter gives, made with fewer Python calls.

    cattrs' generated code calls a hook per field that is not given as it is: for a tuple of objects a function
    that maps the item's hook over it (even over an empty tuple), for an optional object cattrs' generic
    ``unstructure_optional``, for a float `_unstructure_float`. A claim and an event of a large case hold about ten
    such fields each, most of them empty or ``None`` (a sixth of the time of unstructuring them at 100k claims).
    Here, per field, from the declared type and the converter's hook for it:

    - a hook that gives the value as it is (`identity`): the attribute;
    - `list` (a tuple of such values): ``[*value]``, the same list;
    - `_unstructure_float`: the same test inline;
    - an attrs class: this class's own function for it, also for ``X | None`` (``None`` as it is) and
      ``tuple[X, ...]`` (``list(map(function, value))`` as the converter's tuple hook does, and ``[]`` for an
      empty tuple without a call);
    - anything else (a date): the converter's hook, called as cattrs calls it.

    Keys in the order of the fields, fields that are not in ``__init__`` left out, as cattrs does. The functions
    follow the declared types, as cattrs' do; ``tests/test_output_fast.py`` checks on generated reconciliations
    that they give exactly the converter's dicts (types and key order included).
    """

    def __init__(self, converter: cattrs.Converter) -> None:
        self._converter = converter
        self._namespace: dict[str, Any] = {"_NonFinite": _NonFinite, "_isfinite": math.isfinite}
        self._done: set[type] = set()

    def function(self, cls: type, name: str, *, first: Sequence[tuple[str, str]] = (),
                 replaced: Mapping[str, str] = types.MappingProxyType({})) -> Callable[[Any], dict[str, Any]]:
        """A function ``name`` that unstructures an instance of ``cls`` (``i`` in the expressions): ``first`` are
        ``(key, expression)`` entries put before the fields, ``replaced`` maps a field to the expression given
        instead of its conversion (in the field's place)."""
        entries = [f"{key!r}: {expression}" for key, expression in first]
        entries.extend(f"{key!r}: {replaced.get(key, expression)}" for key, expression in self._fields(cls))
        self._define(name, entries)
        function: Callable[[Any], dict[str, Any]] = self._namespace[name]
        return function

    @staticmethod
    def _name(cls: type) -> str:
        return f"_unstructure_{cls.__name__}"

    def _define(self, name: str, entries: Sequence[str]) -> None:
        source = f"def {name}(i):\n    return {{{', '.join(entries)}}}\n"
        exec(compile(source, f"<reconcile.serialize {name}>", "exec"), self._namespace)

    def _class(self, cls: type) -> str:
        """The name of ``cls``'s function, defined on first use."""
        if cls not in self._done:
            self._done.add(cls)
            self._define(self._name(cls), [f"{key!r}: {expression}" for key, expression in self._fields(cls)])
        return self._name(cls)

    def _fields(self, cls: type) -> list[tuple[str, str]]:
        hints = typing.get_type_hints(cls)
        return [(field.name, self._expression(f"i.{field.name}", hints[field.name]))
                for field in attrs.fields(cls) if field.init]

    def _expression(self, value: str, type_: Any) -> str:
        hook = self._converter.get_unstructure_hook(type_)
        if hook is identity:
            return value
        if hook is list:
            return f"[*{value}]"
        if hook is _unstructure_float:
            return f"(_NonFinite(v) if (v := {value}).__class__ is float and not _isfinite(v) else v)"
        if attrs.has(type_):
            return f"{self._class(type_)}({value})"
        args = typing.get_args(type_)
        if _homogeneous_tuple(type_) and attrs.has(args[0]):
            return f"([] if (v := {value}) == () else list(map({self._class(args[0])}, v)))"
        if typing.get_origin(type_) in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args:
            (inner,) = (arg for arg in args if arg is not type(None))
            if attrs.has(inner):
                return f"(None if (v := {value}) is None else {self._class(inner)}(v))"
        hook_name = f"_hook_{len(self._namespace)}"
        self._namespace[hook_name] = hook
        return f"{hook_name}({value})"


def _inlined(converter: cattrs.Converter) -> tuple[Callable[[Claim], dict[str, Any]],
                                                    Callable[[Event], dict[str, Any]]]:
    """`_claim_data` and `_event_data` as `_Inlined` functions of ``converter``."""
    inlined = _Inlined(converter)
    claim = inlined.function(Claim, "_claim_data", first=[("global_id", "i.global_id")])
    event = inlined.function(Event, "_event_data", replaced={
        "initiators": "[{'claim': claim, 'party': party} for claim, party in i.initiators]"})
    return claim, event


_claim_data_inlined, _event_data_inlined = _inlined(_converter)


def _event_data(event: Event) -> dict[str, Any]:
    data: dict[str, Any] = _converter.unstructure(event)
    data["initiators"] = [{"claim": claim, "party": party} for claim, party in event.initiators]
    return data


def _event_from(data: Any, where: str) -> Event:
    """An event of a reconciliation.json read back; its initiators are written as objects, and its figures' bases,
    written for readers, are left out. Raises `_Damaged` naming the place of the first value not written so."""
    data = dict(_object(data, where))
    initiators = []
    for index, item in enumerate(_listed(data.get("initiators", []), f"{where}.initiators")):
        at = f"{where}.initiators[{index}]"
        item = _object(item, at)
        initiators.append(tuple(_text(_member(item, key, at), f"{at}.{key}") for key in ("claim", "party")))
    data["initiators"] = initiators
    if "casualties" in data:
        # A figure's basis is written for readers and worked out again from the rest (`FigureBases`).
        data["casualties"] = [
            {key: value for key, value in _object(figure, f"{where}.casualties[{index}]").items() if key != "basis"}
            for index, figure in enumerate(_listed(data["casualties"], f"{where}.casualties"))]
    event: Event = _at(where, _converter.structure, data, Event)
    return event


def _basis_data(basis: FigureBasis) -> dict[str, Any]:
    """A figure's basis as written in ``reconciliation.json`` (``events[].casualties[].basis``)."""
    return {"grade": basis.grade, "kind": basis.kind, "origins": basis.origins, "claims": list(basis.claims),
            "words": list(basis.words), "overlaps": list(basis.overlaps)}


class _Bases:
    """The figures' bases of one reconciliation's events (`FigureBases`), each event's worked out once for all the
    outputs written of it (`figure_bases`); `FigureBases` is built when an event with figures first asks (many
    events have none)."""

    def __init__(self, case: Case) -> None:
        self._case = case
        self._bases: FigureBases | None = None
        # id(event) -> (the event, its bases): the event is kept so that its id names it for as long as it is here.
        self._known: dict[int, tuple[Event, tuple[FigureBasis, ...]]] = {}

    def __call__(self, event: Event) -> tuple[FigureBasis, ...]:
        if not event.casualties:
            return ()
        found = self._known.get(id(event))
        if found is not None and found[0] is event:
            return found[1]
        if self._bases is None:
            self._bases = FigureBases(self._case)
        made = self._bases(event)
        self._known[id(event)] = (event, made)
        return made


# id(reconciliation) -> its `_Bases`, for as long as the reconciliation lives (`weakref.finalize` drops it).
_SHARED_BASES: dict[int, _Bases] = {}


def figure_bases(reconciliation: Reconciliation) -> Callable[[Event], tuple[FigureBasis, ...]]:
    """What each figure of an event of ``reconciliation`` rests on (`reconcile.merge.FigureBases`), one call per
    event, each event's worked out once for every output written of the reconciliation.

    ``reconciliation.json``, ``events.csv`` and the report each give every figure's basis, and working them out three
    times was about 40 % of writing the three files (at 100k claims). They depend only on the case and the event,
    both immutable, so they are kept with the reconciliation for as long as it lives, and the second and third
    output read them: 16 MiB at 100k claims, about 3 % of the reconciliation itself.
    """
    key = id(reconciliation)
    shared = _SHARED_BASES.get(key)
    if shared is None:
        shared = _SHARED_BASES[key] = _Bases(reconciliation.case)
        weakref.finalize(reconciliation, _SHARED_BASES.pop, key, None)
    return shared


def _with_bases(event_data: Callable[[Event], dict[str, Any]],
                reconciliation: Reconciliation) -> Callable[[Event], dict[str, Any]]:
    """``event_data`` with each figure's ``basis`` added after its values."""
    bases = figure_bases(reconciliation)

    def data(event: Event) -> dict[str, Any]:
        out = event_data(event)
        for figure, basis in zip(out["casualties"], bases(event), strict=True):
            figure["basis"] = _basis_data(basis)
        return out

    return data


def _values_data(values: tuple[tuple[str, ChangeValue], ...]) -> dict[str, Any]:
    return {name: list(value) if isinstance(value, tuple) else value for name, value in values}


def _values_from(data: object, where: str) -> tuple[tuple[str, ChangeValue], ...]:
    out: list[tuple[str, ChangeValue]] = []
    for name, value in _object(data, where).items():
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            out.append((name, tuple(value)))
        elif value is None or isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
            out.append((name, value))
        else:
            raise _Damaged(f"{where}.{name}: expected text, a whole number, null or a list of text, got "
                           f"{_json_value(value)}")
    return tuple(out)


def _change_data(change: Change) -> dict[str, Any]:
    return {"kind": change.kind, "events": list(change.events), "claims": list(change.claims),
            "before": _values_data(change.before), "after": _values_data(change.after), "summary": change.summary}


def changes_data(changes: Iterable[Change]) -> list[dict[str, Any]]:
    """The JSON-ready form of a list of changes, as in the ``changes`` of ``reconciliation.json``."""
    return [_change_data(change) for change in changes]


def _change_from(data: object, index: int) -> Change:
    where = f"$.changes[{index}]"
    if not isinstance(data, dict) or set(data) != {"kind", "events", "claims", "before", "after", "summary"}:
        raise _Damaged(f"{where}: expected an object with kind, events, claims, before, after and summary")
    if data["kind"] not in CHANGE_KINDS:
        raise _Damaged(f"{where}.kind: expected one of {', '.join(CHANGE_KINDS)}, got {_json_value(data['kind'])}")
    for key in ("events", "claims"):
        if not isinstance(data[key], list) or not all(isinstance(item, str) for item in data[key]):
            raise _Damaged(f"{where}.{key}: expected a list of text, got {_json_value(data[key])}")
    summary = _text(data["summary"], f"{where}.summary")
    return Change(kind=data["kind"], events=tuple(data["events"]), claims=tuple(data["claims"]),
                  before=_values_from(data["before"], f"{where}.before"),
                  after=_values_from(data["after"], f"{where}.after"), summary=summary)


def _claim_data(claim: Claim) -> dict[str, Any]:
    return {"global_id": claim.global_id, **_converter.unstructure(claim)}


def _record_data(record: TrackRecord) -> dict[str, Any]:
    data: dict[str, Any] = _converter.unstructure(record)
    data["within_share"] = None if record.within_share is None else round(record.within_share, 6)
    return data


def _sections(reconciliation: Reconciliation, *, generated: str, records: Sequence[TrackRecord] | None,
              inlined: bool = False) -> Iterator[tuple[str, Any, bool]]:
    """The top-level members of ``reconciliation.json`` in order: (key, value, whether the value is a list given as
    an iterator of its items). The lists are made item by item, so that a writer never holds them whole. With
    ``inlined``, claims and events are made by the `_Inlined` functions (equal items, in less time)."""
    case = reconciliation.case
    claim_data, event_data = (_claim_data_inlined, _event_data_inlined) if inlined else (_claim_data, _event_data)
    yield "format", FORMAT, False
    yield "schema_version", SCHEMA_VERSION, False
    yield "engine", {"name": "reconcile", "version": __version__}, False
    yield "generated", generated, False
    yield "case", {"id": case.id, "title": case.title, "regional_gazetteer": case.regional_gazetteer}, False
    yield "parties", (_converter.unstructure(party) for party in case.parties), True
    yield "sources", (_converter.unstructure(source) for source in case.sources), True
    yield "gazetteer", (_converter.unstructure(entry) for entry in case.gazetteer), True
    yield "claims", map(claim_data, case.claims), True
    yield "events", map(_with_bases(event_data, reconciliation), reconciliation.events), True
    yield "rejected", (_converter.unstructure(rejected) for rejected in case.rejected), True
    yield "methodology", iter(reconciliation.methodology), True
    yield "changes_since", reconciliation.changes_since, False
    yield "changes", (_change_data(change) for change in reconciliation.changes), True
    if records is None:
        records = track_records([reconciliation])
    yield "track_records", (_record_data(record) for record in records), True


def to_data(reconciliation: Reconciliation, *, generated: str) -> dict[str, Any]:
    """The JSON-ready form of ``reconciliation``; ``generated`` is the run's time as text."""
    return {key: list(value) if many else value
            for key, value, many in _sections(reconciliation, generated=generated, records=None)}


#: The standard library's C encoder (no indent, UTF-8 text as is, ", " and ": " between values): the fallback of
#: `_encode`, for an item that orjson refuses.
_ENCODER: Final = json.JSONEncoder(ensure_ascii=False, check_circular=False)
#: orjson is made to refuse dates and dataclasses, which the standard library refuses, and subclasses of str, int,
#: dict and list, whose own methods the standard library may call: an item holding one goes to `_ENCODER`, which
#: writes it or raises as before.
_ORJSON_OPTIONS: Final = (orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
                          | orjson.OPT_PASSTHROUGH_SUBCLASS)


def _encode(value: object) -> str:
    """``value`` as one line of JSON, compact (``","`` and ``":"``), by orjson.

    Where orjson refuses it (an int beyond 64 bits, text with a lone surrogate, a key that is not text, a NaN or an
    infinity, see `_NonFinite`), the standard library's encoder writes it instead, exactly as before orjson was used
    (with ``", "`` and ``": "``), or raises as it did: the same JSON value either way.
    """
    try:
        return orjson.dumps(value, option=_ORJSON_OPTIONS).decode()
    except orjson.JSONEncodeError:
        return _ENCODER.encode(value)


def _encode_utf8(value: object) -> bytes:
    """`_encode`'s text in UTF-8, as orjson gives it. Text with a lone surrogate (which orjson refuses, and UTF-8
    cannot hold) raises `UnicodeEncodeError`, as writing `_encode`'s text into a UTF-8 file does."""
    try:
        return orjson.dumps(value, option=_ORJSON_OPTIONS)
    except orjson.JSONEncodeError:
        return _ENCODER.encode(value).encode("utf-8")


_Text = typing.TypeVar("_Text", str, bytes)


def write_json(reconciliation: Reconciliation, handle: TextIO, *, generated: str,
               records: Sequence[TrackRecord] | None = None) -> None:
    """Write ``reconciliation.json`` into ``handle`` item by item; its value is `to_data`'s.

    ``records`` are the reconciliation's track records (``track_records([reconciliation])``), when the caller has
    them already (they cost seconds on a large case); by default they are computed here.

    Layout (only whitespace; any JSON reader sees the same value): one top-level member per line, and each item of a
    top-level list (a claim, an event, a source, ...) on a line of its own, so that a diff names the items that
    changed; an empty list is ``[]``. UTF-8 as is, a newline at the end. Each item (and each member that is not a
    list) is compact JSON written by orjson, no list is held whole; an item that orjson refuses is written by the
    standard library's encoder, as before (`_encode`).
    """
    sections = _sections(reconciliation, generated=generated, records=records, inlined=True)
    if isinstance(handle, Utf8Handle):
        # orjson gives UTF-8: written as it is, not decoded only to be encoded again (a sixth of the JSON's time
        # at 100k claims). The handle's text layer is flushed first, so the bytes follow whatever it holds.
        handle.flush()
        _write_sections(sections, handle.buffer.write, _encode_utf8, str.encode)
    else:
        _write_sections(sections, handle.write, _encode, str)


def _write_sections(sections: Iterable[tuple[str, Any, bool]], write: Callable[[_Text], object],
                    encode: Callable[[object], _Text], literal: Callable[[str], _Text]) -> None:
    """`write_json`'s layout, as text or as UTF-8 bytes (``encode`` and ``literal`` give one or the other)."""
    first_member, next_member = literal("\n  "), literal(",\n  ")
    first_item, next_item = literal("[\n    "), literal(",\n    ")
    colon, closed, empty = literal(": "), literal("\n  ]"), literal("[]")
    write(literal("{"))
    first = True
    for key, value, many in sections:
        write((first_member if first else next_member) + encode(key) + colon)
        first = False
        if not many:
            write(encode(value))
            continue
        opened = False
        for item in value:
            write((next_item if opened else first_item) + encode(item))
            opened = True
        write(closed if opened else empty)
    write(literal("\n}\n"))


def to_json(reconciliation: Reconciliation, *, generated: str) -> str:
    """``reconciliation.json`` as text, laid out as `write_json` writes it."""
    buffer = io.StringIO()
    write_json(reconciliation, buffer, generated=generated)
    return buffer.getvalue()


class _Damaged(Exception):
    """A value of a reconciliation.json that reconcile did not write so, with where it is (``$.claims[3].id: ...``)."""


def _listed(value: Any, where: str) -> list[Any]:
    if type(value) is not list:
        raise _Damaged(f"{where}: expected a list, got {_json_value(value)}")
    return value


def _object(value: Any, where: str) -> dict[str, Any]:
    if type(value) is not dict:
        raise _Damaged(f"{where}: expected an object, got {_json_value(value)}")
    return value


def _text(value: Any, where: str) -> str:
    if type(value) is not str:
        raise _Damaged(f"{where}: expected text, got {_json_value(value)}")
    return value


def _member(data: dict[str, Any], key: str, where: str = "$") -> Any:
    try:
        return data[key]
    except KeyError:
        raise _Damaged(f"{where}.{key}: missing (reconcile writes it)") from None


#: The longest ``generated`` read back: reconcile writes an ISO 8601 time (``2026-01-01T00:00:00Z``); the Python API
#: takes any text, and a longer one is damage (it is printed on the terminal and in the report).
_MAX_GENERATED: Final = 100

#: A ``generated`` that starts as a date (``2026-``): then it must be a valid ISO 8601 date and time, as
#: ``reconcile run`` writes it (other text, which the Python API takes, is read as it is).
_DATED: Final = re.compile(r"[0-9]{4}-")

_Read = typing.TypeVar("_Read")


def _told(error: BaseException, type_: Any) -> str:
    """A failure of the converter in plain words: ours (`_Expected`) and the models' (a date span that ends before it
    starts, a count whose high is below its low) as they are, never an exception's name or repr."""
    if isinstance(error, ValueError):  # `_Expected`, and the models' checks
        return str(error)
    if isinstance(error, KeyError):
        return "required field missing"
    if isinstance(error, cattrs.ForbiddenExtraKeysError):
        return f"members that reconcile does not write: {', '.join(sorted(map(_json_value, error.extra_fields)))}"
    return "not a value that reconcile writes there"


def _at(where: str, read: Callable[..., _Read], *args: Any) -> _Read:
    """``read(*args)``, its failure told as damage at ``where`` and the path inside (the first problem)."""
    try:
        return read(*args)
    except cattrs.BaseValidationError as exc:
        message, _, path = cattrs.transform_error(exc, path=where, format_exception=_told)[0].rpartition(" @ ")
        raise _Damaged(f"{path}: {message}") from None
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise _Damaged(f"{where}: {_told(exc, None)}") from None


def _index(items: Iterable[tuple[str, str]], what: str) -> dict[str, str]:
    """Each id of ``items`` (``(id, where)``) with where it is; `_Damaged` at the second place of an id listed twice
    (a reconciliation lists each party, source, claim and event once: a second would be compared as one)."""
    seen: dict[str, str] = {}
    for key, where in items:
        first = seen.setdefault(key, where)
        if first != where:
            raise _Damaged(f"{where}: the {what} {_json_value(key)} is listed twice (also at {first})")
    return seen


def _check_whole(case: Case, events: Sequence[Event]) -> None:
    """`_Damaged` where the parts of a reconciliation read back do not fit together as every run writes them (each
    id once, each claim of a source of the case and in exactly one event, what an event says of its own claims,
    figures ordered ``0 <= low <= best <= high``): `reconcile.changes.compare` would tell such damage as changes."""
    _index(((party.id, f"$.parties[{k}].id") for k, party in enumerate(case.parties)), "party")
    sources = _index(((source.id, f"$.sources[{k}].id") for k, source in enumerate(case.sources)), "source")
    claims = _index(((claim.global_id, f"$.claims[{k}]") for k, claim in enumerate(case.claims)), "claim")
    for k, claim in enumerate(case.claims):
        if claim.source not in sources:
            raise _Damaged(f"$.claims[{k}].source: {_json_value(claim.source)} is no source of the case ($.sources)")
    parties = {party.id for party in case.parties} | {"unknown"}
    _index(((event.id, f"$.events[{k}].id") for k, event in enumerate(events)), "event")
    home: dict[str, str] = {}
    for k, event in enumerate(events):
        where = f"$.events[{k}]"
        if not event.claims:
            raise _Damaged(f"{where}.claims: an event has at least one claim, got []")
        listed = f"{where}.claims"
        for j, gid in enumerate(event.claims):
            if gid not in claims:
                raise _Damaged(f"{listed}[{j}]: the claim {_json_value(gid)} is not in $.claims")
            if gid in home:
                raise _Damaged(f"{listed}[{j}]: the claim {_json_value(gid)} is listed twice (also in {home[gid]})")
            home[gid] = listed
        own = set(event.claims)

        def mine(gid: str, at: str, own: set[str] = own, event: Event = event) -> None:
            if gid not in own:
                raise _Damaged(f"{at}: the claim {_json_value(gid)} is not one of the event's ({event.id})")

        for j, gid in enumerate(event.superseded):
            mine(gid, f"{where}.superseded[{j}]")
        for j, (gid, party) in enumerate(event.initiators):
            mine(gid, f"{where}.initiators[{j}].claim")
            if party not in parties:
                raise _Damaged(f"{where}.initiators[{j}].party: {_json_value(party)} is no party of the case")
        for j, conflict in enumerate(event.conflicts):
            for i, gid in enumerate(conflict.claims):
                mine(gid, f"{where}.conflicts[{j}].claims[{i}]")
        figures: dict[tuple[str, str, str], int] = {}
        for j, figure in enumerate(event.casualties):
            at = f"{where}.casualties[{j}]"
            if figure.party not in parties:
                raise _Damaged(f"{at}.party: {_json_value(figure.party)} is no party of the case")
            key = (figure.party, figure.category, figure.measure)
            if (other := figures.setdefault(key, j)) != j:
                raise _Damaged(f"{at}: a second figure for {figure.party}, {figure.category}, {figure.measure} (also "
                               f"at {where}.casualties[{other}])")
            high = "open" if figure.high is None else figure.high
            if not (0 <= figure.low <= figure.best and (figure.high is None or figure.best <= figure.high)):
                raise _Damaged(f"{at}: low {figure.low}, best {figure.best}, high {high}: a figure has "
                               "0 <= low <= best <= high")
            for i, value in enumerate(figure.values):
                mine(value.claim, f"{at}.values[{i}].claim")
        if event.independent_origins < 0:
            raise _Damaged(f"{where}.independent_origins: expected a whole number of 0 or more, got "
                           f"{event.independent_origins}")
    for k, claim in enumerate(case.claims):
        if claim.global_id not in home:
            raise _Damaged(f"$.claims[{k}]: the claim {_json_value(claim.global_id)} is in no event (every claim is "
                           "in one)")


def _not_json(text: str, exc: json.JSONDecodeError) -> str:
    """Why ``text`` is not JSON, in words: a file cut short (its text ends inside the document: inside a text, a
    ``null``, ``true`` or ``false``, or before a closing bracket) or ending in zero bytes (NUL), as an output does
    whose copy or save stopped before its end, is told so; else the decoder's message with its line and column."""
    stopped = "as a file does whose copy or save stopped before its end"
    whole = text.rstrip("\x00")
    if len(whole) < len(text) and exc.pos >= len(whole.rstrip()):
        zeros = len(text) - len(whole)
        return f"not JSON: the file ends in {zeros:,} zero byte{'s' if zeros != 1 else ''} (NUL), {stopped}"
    rest = text[exc.pos :].rstrip()
    if not rest or exc.msg.startswith("Unterminated string") or any(
            word.startswith(rest) for word in ("null", "true", "false")):
        return f"not JSON: the file is cut short (its JSON stops at line {exc.lineno} before its end), {stopped}"
    return f"not JSON ({exc.msg} (line {exc.lineno}, column {exc.colno}))"


def from_json(text: str, *, name: str = "reconciliation.json", whole: bool = False) -> tuple[Reconciliation, str]:
    """Read a ``reconciliation.json`` back into the models; returns it with its ``generated`` text.

    Reads schema versions 1, 2 and 3 (`READABLE_VERSIONS`; a version 1 file has no changes, and events of versions
    1 and 2 have no independence data). ``track_records`` are not read: they follow from the rest. Raises
    `OutputError` when the text is not such a file, is damaged (a value not written as reconcile writes it: ``null``
    where text is, a date not written ``YYYY-MM-DD``, a grade outside the grades, ...), or is of another schema
    version; the message names the place, as ``$.events[2].casualties[0].best``. With ``whole``, also when its parts
    do not fit together as every run writes them (`_check_whole`: an id listed twice, an event naming a claim the
    file lacks, a claim in no event or in two, a figure whose low is above its best, ...): `read_json` reads a file
    so, for `reconcile.changes.compare`, which would tell such damage as changes.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise OutputError(f"{name}: {_not_json(text, exc)}") from None
    except RecursionError:
        raise OutputError(f"{name}: the document is nested more than {MAX_DEPTH} levels deep, so it is not a "
                          "reconciliation written by reconcile; refused") from None
    except ValueError:  # a whole number of more digits than Python converts
        raise OutputError(f"{name}: a number has more than {sys.get_int_max_str_digits():,} digits, so the file is "
                          "not a reconciliation written by reconcile; refused") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise OutputError(f"{name}: not a reconciliation written by reconcile (no \"format\": {FORMAT!r})")
    if found := json_surrogates(text, data):  # reconcile never writes one: the file was edited or damaged
        path, problem = found[0]
        raise OutputError(f"{name}: {format_path(path)}: {problem}; the file is damaged, or was edited; run the case "
                          "again from its claim files")
    version = data.get("schema_version")
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        raise OutputError(f"{name}: schema version {_json_value(version)} is not supported by this reconcile "
                          f"({__version__}, schema version {SCHEMA_VERSION}); run the case again from its claim files")
    try:
        reconciliation, generated = _read(data, version)
        if whole:
            _check_whole(reconciliation.case, reconciliation.events)
    except _Damaged as exc:
        raise OutputError(f"{name}: the file is damaged or incomplete ({exc})") from None
    except RecursionError:  # no value reconcile writes is nested deep: a damaged one is not worth naming
        raise OutputError(f"{name}: the file is damaged or incomplete (a value is nested deeper than reconcile "
                          "writes)") from None
    return reconciliation, generated


def _read(data: dict[str, Any], version: int) -> tuple[Reconciliation, str]:
    """`from_json`'s reading of the parsed document ``data`` of schema ``version``; raises `_Damaged`."""
    generated = _text(_member(data, "generated"), "$.generated")
    if len(generated) > _MAX_GENERATED or not generated.isprintable():
        raise _Damaged(f"$.generated: expected the run's time, such as \"2026-01-01T00:00:00Z\" (at most "
                       f"{_MAX_GENERATED} characters, none a control character or line break), got "
                       f"{_json_value(generated)}")
    if _DATED.match(generated):
        try:
            dt.datetime.fromisoformat(generated)
        except ValueError:
            raise _Damaged(f"$.generated: {_json_value(generated)} is written as a date and time, but is not a valid "
                           "one (ISO 8601, such as \"2026-01-01T00:00:00Z\")") from None
    if "engine" in data:
        _object(data["engine"], "$.engine")
    if "track_records" in data:
        _listed(data["track_records"], "$.track_records")
    head = _object(_member(data, "case"), "$.case")
    case_id = _text(_member(head, "id", "$.case"), "$.case.id")
    if not case_id:
        raise _Damaged("$.case.id: expected the case's id, got \"\"")
    title = _text(_member(head, "title", "$.case"), "$.case.title")
    regions = (*regional.REGIONS, regional.NONE)
    if "regional_gazetteer" in head and head["regional_gazetteer"] not in regions:
        raise _Damaged(f"$.case.regional_gazetteer: expected {_either(regions)}, got "
                       f"{_json_value(head['regional_gazetteer'])}")
    claims = []
    for index, item in enumerate(_listed(_member(data, "claims"), "$.claims")):
        where = f"$.claims[{index}]"
        item = _object(item, where)
        claim = _at(where, _converter.structure, {k: v for k, v in item.items() if k != "global_id"}, Claim)
        if "global_id" in item and item["global_id"] != claim.global_id:
            raise _Damaged(f"{where}.global_id: {_json_value(item['global_id'])} is not the claim's source and id "
                           f"({_json_value(claim.global_id)})")
        claims.append(claim)
    case = Case(
        id=case_id, title=title,
        parties=_at("$.parties", _converter.structure, _member(data, "parties"), tuple[Party, ...]),
        sources=_at("$.sources", _converter.structure, _member(data, "sources"), tuple[Source, ...]),
        claims=tuple(claims),
        gazetteer=_at("$.gazetteer", _converter.structure, _member(data, "gazetteer"), tuple[GazetteerEntry, ...]),
        rejected=_at("$.rejected", _converter.structure, _member(data, "rejected"), tuple[Rejected, ...]),
        # written since schema version 3 of 2026-12; an earlier file's case gets the inferred one
        **({"regional_gazetteer": head["regional_gazetteer"]} if "regional_gazetteer" in head else {}),
    )
    events = tuple(_event_from(item, f"$.events[{index}]")
                   for index, item in enumerate(_listed(_member(data, "events"), "$.events")))
    methodology = tuple(_text(line, f"$.methodology[{index}]")
                        for index, line in enumerate(_listed(_member(data, "methodology"), "$.methodology")))
    changes: tuple[Change, ...] = ()
    since: str | None = None
    if version >= 2:
        changes = tuple(_change_from(item, index)
                        for index, item in enumerate(_listed(_member(data, "changes"), "$.changes")))
        since = _member(data, "changes_since")
        if since is not None and not isinstance(since, str):
            raise _Damaged(f"$.changes_since: expected text or null, got {_json_value(since)}")
    return Reconciliation(case=case, events=events, methodology=methodology, changes=changes,
                          changes_since=since), generated


def read_json(path: str | os.PathLike[str], *, max_bytes: int = MAX_READ_BYTES) -> tuple[Reconciliation, str]:
    """Read the ``reconciliation.json`` at ``path`` back into the models, as `from_json` does the text with
    ``whole`` (its parts checked to fit together, as `reconcile run` and ``diff`` compare what they read).

    Only a regular file or a pipe is read, and at most ``max_bytes`` of it (`MAX_READ_BYTES` by default); a device,
    a folder, a larger file or one that does not start as a JSON object is refused before it is read whole.
    Raises `OutputError` naming the file when it cannot be read or is not such a file.
    """
    shown = os.fsdecode(path)
    try:
        with open(path, "rb") as handle:
            problem = _unreadable(handle, max_bytes)
            raw = b"" if problem else handle.read(max_bytes + 1)
    except OSError as exc:
        raise OutputError(f"cannot read {shown}: {exc.strerror or exc}") from None
    if not problem and len(raw) > max_bytes:
        problem = f"it holds more than {max_bytes:,} bytes, the most a reconciliation.json may hold; refused"
    if problem:
        raise OutputError(f"{shown}: {problem}")
    try:
        # A byte-order mark is what an editor saving as "UTF-8 with BOM" adds (Notepad did by default): not JSON's,
        # but the text after it is the file as written.
        text = raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        raise OutputError(f"{shown}: not UTF-8 text, so not a reconciliation.json") from None
    del raw
    return from_json(text, name=shown, whole=True)


def _unreadable(handle: io.BufferedReader, max_bytes: int) -> str:
    """Why the open file cannot be a ``reconciliation.json`` to read, judged before reading it whole; else ``""``."""
    info = os.fstat(handle.fileno())
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
        return "not a regular file (a device or a socket), so not a reconciliation.json; refused"
    if info.st_size > max_bytes:
        return (f"the file is {info.st_size:,} bytes; the most a reconciliation.json may hold is {max_bytes:,} "
                "bytes; refused")
    start = handle.peek(1 << 16).removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(start)
    except UnicodeDecodeError:
        return "not UTF-8 text, so not a reconciliation.json"
    if start and not start.startswith(b"{"):
        return f"not a reconciliation written by reconcile (it does not start with '{{'; no \"format\": {FORMAT!r})"
    return ""


# --- events.csv -------------------------------------------------------------------------------------------------

EVENT_COLUMNS: Final = (
    "event_id", "date_start", "date_end", "date_precision", "places", "gazetteer_ids", "sources", "claims",
    "party", "category", "measure", "low", "best", "high", "figure_grade", "basis", "basis_origins", "basis_words",
    "overlaps", "grade", "independent_origins", "conflicts",
)

_FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    # A leading apostrophe makes spreadsheets show the text instead of running it as a formula.
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def write_events_csv(reconciliation: Reconciliation, handle: TextIO) -> None:
    """Write ``events.csv`` into ``handle`` row by row; see the module docstring for its rows and safety rule."""
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(EVENT_COLUMNS)
    source_of = {claim.global_id: claim.source for claim in reconciliation.case.claims}.get
    bases = figure_bases(reconciliation)
    # The figure cells of a row repeat across events (a few thousand distinct at 100k claims): made safe once each.
    figure_cells: dict[tuple[object, ...], list[str]] = {}
    tail_cells: dict[tuple[object, ...], list[str]] = {}
    for event in reconciliation.events:
        places = "; ".join(place_names(event.places))
        gazetteer_ids = "; ".join(dict.fromkeys([m.resolved for m in event.places if m.resolved]))
        sources = "; ".join(sorted({source for source in map(source_of, event.claims) if source is not None}))
        conflicts = "; ".join(sorted({conflict.kind for conflict in event.conflicts}))
        # The cells every row of the event shares are made safe once (an event has a row per figure).
        common = _cells((event.id, event.date.start.isoformat(), event.date.end.isoformat(), event.date.precision,
                         places, gazetteer_ids, sources, "; ".join(event.claims)))
        # The last cells repeat across events (a grade, a count, a few kinds): made once per distinct value.
        last = (event.grade, event.independent_origins, conflicts)
        tail = tail_cells.get(last) if _plain_tail(last) else None
        if tail is None:
            tail = [_cell(value) for value in last]
            if _plain_tail(last):
                tail_cells[last] = tail
        if not event.casualties:
            writer.writerow([*common, "", "", "", "", "", "", "", "", "", "", "", *tail])
        for figure, basis in zip(event.casualties, bases(event), strict=True):
            key = (figure.party, figure.category, figure.measure, figure.low, figure.best, figure.high)
            cells = figure_cells.get(key) if _plain_figure(key) else None
            if cells is None:
                cells = [_cell(value) for value in key]
                if _plain_figure(key):
                    figure_cells[key] = cells
            writer.writerow(common + cells + _basis_cells(basis) + tail)


def _basis_cells(basis: FigureBasis) -> list[str]:
    """A figure's basis as cells: its grade, kind and number of origins (our words), the sources' words (made
    safe: they are the claim files' text), and the categories it may count again (`FigureBasis.overlaps`)."""
    return [basis.grade, basis.kind, str(basis.origins), _cell("; ".join(basis.words)), "; ".join(basis.overlaps)]


_JUST_TEXT: Final = frozenset({str})
_STARTS: Final = itertools.repeat(_FORMULA_STARTS)
_starts_with: Final[Callable[[object, tuple[str, ...]], bool]] = str.startswith  # type: ignore[assignment]


def _cells(values: tuple[object, ...]) -> list[str]:
    """``[_cell(value) for value in values]``; values that are all plain text needing no apostrophe (the usual
    case) are recognised in two passes in C, and given as they are (``str`` of a ``str`` is itself)."""
    if _JUST_TEXT.issuperset(map(type, values)) and not any(map(_starts_with, values, _STARTS)):
        return list(values)  # type: ignore[arg-type]
    return [_cell(value) for value in values]


def _plain_tail(key: tuple[object, ...]) -> bool:
    """Whether an event's last cells are of their declared types exactly (text, a whole number, text), so that
    equal keys give equal cells and a key's cells may be reused (as `_plain_figure`)."""
    grade, origins, conflicts = key
    return grade.__class__ is conflicts.__class__ is str and origins.__class__ is int


def _plain_figure(key: tuple[object, ...]) -> bool:
    """Whether a figure's cells are of their declared types exactly (text, whole numbers, ``None`` for no high):
    then equal keys give equal cells (``True == 1``, but its cell is ``True``), so a key's cells may be reused."""
    party, category, measure, low, best, high = key
    return (party.__class__ is category.__class__ is measure.__class__ is str and low.__class__ is best.__class__
            is int and (high is None or high.__class__ is int))


def events_csv(reconciliation: Reconciliation) -> str:
    """``events.csv`` as text, as `write_events_csv` writes it."""
    buffer = io.StringIO()
    write_events_csv(reconciliation, buffer)
    return buffer.getvalue()
