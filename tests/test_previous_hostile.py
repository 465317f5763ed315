"""A damaged earlier output (``reconcile run``'s ``reconciliation.json`` read back to say what changed, and the files
of ``reconcile diff``): the run stops before writing anything, and the message names the file, the place in it
(a JSON path, as ``$.events[1].casualties[0]``) and what is wrong, in the words of JSON, never a traceback, an
exception's name or a Python repr. Before, a file with a malformed ``generated``, an id listed twice, a figure whose
low is above its best, or a claim in two events was read, and the "what changed" section told made-up changes."""

from __future__ import annotations

import copy
import io
import json
import math
import re
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reconcile.cli import main
from reconcile.errors import OutputError
from reconcile.serialize import from_json, read_json

from .conftest import CASE_YAML, SOURCE_YAML

STAMP = ("--timestamp", "2026-01-01T00:00:00Z")
LATER = ("--timestamp", "2026-02-01T00:00:00Z")

#: A second source, with a claim of another day and place: a second event.
AZ_YAML = """\
source:
  id: az-mod
  name: Ministry of Defence of Azerbaijan
  kind: belligerent
  speaks_for: azerbaijan
claims:
  - id: c1
    stated: 2012-06-06
    quote: an Armenian sabotage group was repelled near Gizilhajili, two soldiers were killed
    date: 2012-06-06
    place: Gizilhajili
    initiator: armenia
    casualties:
      - party: azerbaijan
        category: soldiers
        killed: 2
"""

#: Names of Python's exceptions and reprs that a message must not show.
INTERNALS = re.compile(r"Traceback|TypeError|KeyError|ValueError|AttributeError|IndexError|Exception|\bNone\b|"
                       r"\bTrue\b|\bFalse\b|<class|typing\.|Literal\[|\bdict\b|\bstr\b|\bint\b|NoneType")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, Any]]:
    """A case of two events (each with a figure and an initiator), its output folder, and its reconciliation.json
    as data."""
    root = tmp_path_factory.mktemp("previous")
    case = root / "test-case"
    case.mkdir()
    for name, text in (("case.yaml", CASE_YAML), ("am-mod.yaml", SOURCE_YAML), ("az-mod.yaml", AZ_YAML)):
        (case / name).write_text(textwrap.dedent(text), encoding="utf-8")
    out = root / "out"
    code, _, err = run("run", str(case), "--out", str(out), "-q", *STAMP)
    assert code == 0, err
    data = json.loads((out / "reconciliation.json").read_text(encoding="utf-8"))
    assert len(data["events"]) == 2
    assert all(event["casualties"] for event in data["events"])
    return case, out, data


def _event(data: dict[str, Any], index: int = 0) -> dict[str, Any]:
    event: dict[str, Any] = data["events"][index]
    return event


def _figure(data: dict[str, Any]) -> dict[str, Any]:
    figure: dict[str, Any] = _event(data)["casualties"][0]
    return figure


Damage = Callable[[dict[str, Any]], object]

DAMAGES: list[tuple[str, Damage, str]] = [
    # generated: the earlier run's time, told in the summary line and the report's "Changes since ..."
    ("generated null", lambda d: d.update(generated=None), "$.generated: expected text, got null"),
    ("generated number", lambda d: d.update(generated=12), "$.generated: expected text, got 12"),
    ("generated list", lambda d: d.update(generated=["x"]), '$.generated: expected text, got ["x"]'),
    ("generated escape", lambda d: d.update(generated="2026\x1b[2J"),
     '$.generated: expected the run\'s time, such as "2026-01-01T00:00:00Z" (at most 100 characters, none a '
     'control character or line break), got "2026\\u001b[2J"'),
    ("generated huge", lambda d: d.update(generated="9" * 10_000), "$.generated: expected the run's time"),
    ("generated no time", lambda d: d.update(generated="2026-13-45T99:00:00Z"),
     '$.generated: "2026-13-45T99:00:00Z" is written as a date and time, but is not a valid one (ISO 8601, such as '
     '"2026-01-01T00:00:00Z")'),
    ("generated missing", lambda d: d.pop("generated"), "$.generated: missing (reconcile writes it)"),
    # the case and the top level
    ("case a list", lambda d: d.update(case=[]), "$.case: expected an object, got []"),
    ("case missing", lambda d: d.pop("case"), "$.case: missing (reconcile writes it)"),
    ("case id a number", lambda d: d["case"].update(id=5), "$.case.id: expected text, got 5"),
    ("case title null", lambda d: d["case"].update(title=None), "$.case.title: expected text, got null"),
    ("regional gazetteer", lambda d: d["case"].update(regional_gazetteer="xx"),
     '$.case.regional_gazetteer: expected "am-az" or "none", got "xx"'),
    ("events missing", lambda d: d.pop("events"), "$.events: missing (reconcile writes it)"),
    ("methodology text", lambda d: d.update(methodology="abc"), '$.methodology: expected a list, got "abc"'),
    ("methodology numbers", lambda d: d.update(methodology=[1, None]), "$.methodology[0]: expected text, got 1"),
    ("changes since a number", lambda d: d.update(changes_since=5), "$.changes_since: expected text or null, got 5"),
    ("change not an object", lambda d: d.update(changes=[{"kind": "x"}]),
     "$.changes[0]: expected an object with kind, events, claims, before, after and summary"),
    ("engine a number", lambda d: d.update(engine=5), "$.engine: expected an object, got 5"),
    ("track records text", lambda d: d.update(track_records="x"), '$.track_records: expected a list, got "x"'),
    ("party twice", lambda d: d["parties"].append(d["parties"][0]),
     '$.parties[3].id: the party "armenia" is listed twice (also at $.parties[0].id)'),
    ("source twice", lambda d: d["sources"].append(d["sources"][0]),
     '$.sources[2].id: the source "am-mod" is listed twice (also at $.sources[0].id)'),
    # claims
    ("claim text", lambda d: d["claims"].__setitem__(0, "abc"), '$.claims[0]: expected an object, got "abc"'),
    ("claim null", lambda d: d["claims"].__setitem__(0, None), "$.claims[0]: expected an object, got null"),
    ("claim twice", lambda d: d["claims"].append(copy.deepcopy(d["claims"][0])),
     '$.claims[2]: the claim "am-mod/c1" is listed twice (also at $.claims[0])'),
    ("claim of no source", lambda d: d["claims"][0].update(source="nobody", global_id="nobody/c1"),
     '$.claims[0].source: "nobody" is no source of the case ($.sources)'),
    ("global id not the claim's", lambda d: d["claims"][0].update(id="c9"),
     '$.claims[0].global_id: "am-mod/c1" is not the claim\'s source and id ("am-mod/c9")'),
    ("stance", lambda d: d["claims"][0].update(stance="maybe"),
     '$.claims[0].stance: expected "asserts" or "denies", got "maybe"'),
    ("stated no day", lambda d: d["claims"][0].update(stated="2012-02-30"),
     '$.claims[0].stated: expected a date written YYYY-MM-DD, got "2012-02-30"'),
    ("stated a number", lambda d: d["claims"][0].update(stated=20120604),
     "$.claims[0].stated: expected a date written YYYY-MM-DD, got 20120604"),
    ("claim date backwards", lambda d: d["claims"][0]["date"].update(start="2012-06-05", end="2012-06-01"),
     "$.claims[0].date: date span ends (2012-06-01) before it starts (2012-06-05)"),
    ("claim count negative", lambda d: d["claims"][0]["casualties"][0].update(killed={"low": -1, "high": 2}),
     "$.claims[0].casualties[0].killed: a count cannot be negative (low=-1)"),
    ("claim member unknown", lambda d: d["claims"][0].update(bogus=1),
     '$.claims[0]: members that reconcile does not write: "bogus"'),
    ("claim member shown escaped", lambda d: d["claims"][0].update({"bo\u202egus": 1}),
     '$.claims[0]: members that reconcile does not write: "bo\\u202egus"'),
    ("id shown escaped", lambda d: _event(d)["claims"].append("a\u202eb"),
     '$.events[0].claims[1]: the claim "a\\u202eb" is not in $.claims'),
    # events
    ("event text", lambda d: d["events"].__setitem__(0, "x"), '$.events[0]: expected an object, got "x"'),
    ("event id twice", lambda d: _event(d, 1).update(id=_event(d)["id"]), "$.events[1].id: the event"),
    ("event listed twice", lambda d: d["events"].append(copy.deepcopy(_event(d))), "$.events[2].id: the event"),
    ("event of an unknown claim", lambda d: _event(d)["claims"].append("nobody/x"),
     '$.events[0].claims[1]: the claim "nobody/x" is not in $.claims'),
    ("claim in two events", lambda d: _event(d, 1)["claims"].append(_event(d)["claims"][0]),
     '$.events[1].claims[1]: the claim "am-mod/c1" is listed twice (also in $.events[0].claims)'),
    ("event of no claims", lambda d: _event(d).update(claims=[]),
     "$.events[0].claims: an event has at least one claim, got []"),
    ("claim in no event", lambda d: d["events"].pop(), '$.claims[1]: the claim "az-mod/c1" is in no event'),
    ("grade", lambda d: _event(d).update(grade="awesome"),
     '$.events[0].grade: expected "confirmed", "corroborated", "contested", "single-source" or "denied", got '
     '"awesome"'),
    ("event date backwards", lambda d: _event(d)["date"].update(start="2012-06-09"),
     "$.events[0].date: date span ends (2012-06-04) before it starts (2012-06-09)"),
    ("precision", lambda d: _event(d)["date"].update(precision="hour"),
     '$.events[0].date.precision: expected "day", "range", "month" or "year", got "hour"'),
    ("origins negative", lambda d: _event(d).update(independent_origins=-3),
     "$.events[0].independent_origins: expected a whole number of 0 or more, got -3"),
    ("superseded unknown", lambda d: _event(d).update(superseded=["nobody/x"]),
     '$.events[0].superseded[0]: the claim "nobody/x" is not one of the event\'s'),
    ("initiator text", lambda d: _event(d).update(initiators=["x"]),
     '$.events[0].initiators[0]: expected an object, got "x"'),
    ("initiators an object", lambda d: _event(d).update(initiators={"a": 1}),
     '$.events[0].initiators: expected a list, got {"a": 1}'),
    ("initiator without party", lambda d: _event(d).update(initiators=[{"claim": "am-mod/c1"}]),
     "$.events[0].initiators[0].party: missing (reconcile writes it)"),
    ("initiator of another event", lambda d: _event(d).update(initiators=[{"claim": "az-mod/c1", "party": "armenia"}]),
     '$.events[0].initiators[0].claim: the claim "az-mod/c1" is not one of the event\'s'),
    ("initiator no party", lambda d: _event(d).update(initiators=[{"claim": "am-mod/c1", "party": "mars"}]),
     '$.events[0].initiators[0].party: "mars" is no party of the case'),
    ("conflict of another event", lambda d: _event(d).update(conflicts=[
        {"kind": "date", "claims": ["am-mod/c1", "az-mod/c1"], "values": ["a", "b"], "summary": "s"}]),
     '$.events[0].conflicts[0].claims[1]: the claim "az-mod/c1" is not one of the event\'s'),
    ("conflict kind", lambda d: _event(d).update(conflicts=[{"kind": "feud", "claims": [], "values": [],
                                                             "summary": ""}]),
     '$.events[0].conflicts[0].kind: expected "casualties", "existence", "attribution", "location" or "date", got '
     '"feud"'),
    # figures
    ("casualties text", lambda d: _event(d).update(casualties="x"), '$.events[0].casualties: expected a list, got "x"'),
    ("figure text", lambda d: _event(d).update(casualties=["x"]),
     '$.events[0].casualties[0]: expected an object, got "x"'),
    ("low above best", lambda d: _figure(d).update(low=5, best=3, high=9),
     "$.events[0].casualties[0]: low 5, best 3, high 9: a figure has 0 <= low <= best <= high"),
    ("best above high", lambda d: _figure(d).update(low=1, best=50, high=3),
     "$.events[0].casualties[0]: low 1, best 50, high 3: a figure has 0 <= low <= best <= high"),
    ("negative low", lambda d: _figure(d).update(low=-4),
     "$.events[0].casualties[0]: low -4,"),
    ("best a fraction", lambda d: _figure(d).update(best=1.5),
     "$.events[0].casualties[0].best: expected a whole number, got 1.5"),
    ("best true", lambda d: _figure(d).update(best=True), "$.events[0].casualties[0].best: expected a whole number, "
     "got true"),
    ("best NaN", lambda d: _figure(d).update(best=math.nan),
     "$.events[0].casualties[0].best: expected a whole number, got NaN"),
    ("high infinite", lambda d: _figure(d).update(high=math.inf),
     "$.events[0].casualties[0].high: expected a whole number, got Infinity"),
    ("figure twice", lambda d: _event(d)["casualties"].insert(1, copy.deepcopy(_figure(d))),
     "$.events[0].casualties[1]: a second figure for armenia, soldiers, killed (also at $.events[0].casualties[0])"),
    ("figure of no party", lambda d: _figure(d).update(party="martians"),
     '$.events[0].casualties[0].party: "martians" is no party of the case'),
    ("category", lambda d: _figure(d).update(category="robots"),
     '$.events[0].casualties[0].category: expected "soldiers", "civilians" or "unknown", got "robots"'),
    ("value of another event", lambda d: _figure(d)["values"][0].update(claim="az-mod/c1", source="az-mod"),
     '$.events[0].casualties[0].values[0].claim: the claim "az-mod/c1" is not one of the event\'s'),
]


@pytest.mark.parametrize(("damage", "told"), [(damage, told) for _, damage, told in DAMAGES],
                         ids=[name for name, _, _ in DAMAGES])
def test_a_damaged_earlier_output_stops_the_run_naming_the_place(
        written: tuple[Path, Path, dict[str, Any]], tmp_path: Path, damage: Damage, told: str) -> None:
    """The run exits 2, writes nothing (the earlier files stay as they were), and names the file and the place."""
    case, out, data = written
    folder = tmp_path / "out"
    shutil.copytree(out, folder)
    damaged = copy.deepcopy(data)
    damage(damaged)
    path = folder / "reconciliation.json"
    path.write_text(json.dumps(damaged, ensure_ascii=False), encoding="utf-8")
    before = {file.name: file.read_bytes() for file in folder.iterdir()}
    code, stdout, err = run("run", str(case), "--out", str(folder), *LATER)
    assert (code, stdout) == (2, "")
    assert f"cannot compare with the earlier output: {path}: the file is damaged or incomplete ({told}" in err
    assert "run again with --no-previous" in err
    assert not INTERNALS.search(err), err
    assert {file.name: file.read_bytes() for file in folder.iterdir()} == before


@pytest.mark.parametrize(("damage", "told"), [(damage, told) for _, damage, told in DAMAGES[::7]],
                         ids=[name for name, _, _ in DAMAGES[::7]])
def test_diff_of_a_damaged_file_exits_2_naming_the_place(written: tuple[Path, Path, dict[str, Any]], tmp_path: Path,
                                                         damage: Damage, told: str) -> None:
    _, out, data = written
    damaged = copy.deepcopy(data)
    damage(damaged)
    old = tmp_path / "old.json"
    old.write_text(json.dumps(damaged), encoding="utf-8")
    code, stdout, err = run("diff", str(old), str(out))
    assert (code, stdout) == (2, "")
    assert f"reconcile: {old}: the file is damaged or incomplete ({told}" in err


def test_an_undamaged_earlier_output_is_compared(written: tuple[Path, Path, dict[str, Any]], tmp_path: Path) -> None:
    """The checks refuse nothing that a run writes; an empty `generated` (the Python API's default) is no time."""
    case, out, data = written
    folder = tmp_path / "out"
    shutil.copytree(out, folder)
    assert read_json(folder / "reconciliation.json")[1] == "2026-01-01T00:00:00Z"
    (folder / "reconciliation.json").write_text(json.dumps({**data, "generated": ""}), encoding="utf-8")
    code, stdout, err = run("run", str(case), "--out", str(folder), *LATER)
    assert (code, err) == (0, "")
    assert f"changes since the earlier run ({folder / 'reconciliation.json'}): none" in stdout


def test_from_json_checks_the_parts_only_when_asked(written: tuple[Path, Path, dict[str, Any]]) -> None:
    """`from_json` reads any reconciliation back (tests build partial ones); ``whole=True``, as `read_json` does,
    also checks that its parts fit together."""
    _, _, data = written
    damaged = copy.deepcopy(data)
    damaged["events"].pop()
    assert len(from_json(json.dumps(damaged))[0].events) == 1
    with pytest.raises(OutputError, match=re.escape('($.claims[1]: the claim "az-mod/c1" is in no event')):
        from_json(json.dumps(damaged), whole=True)


@pytest.mark.parametrize("command", ["run", "diff"])
def test_a_folder_named_reconciliation_json_in_the_folder_given_is_named(
        written: tuple[Path, Path, dict[str, Any]], tmp_path: Path, command: str) -> None:
    """``--previous FOLDER`` (and ``diff FOLDER``) whose reconciliation.json is itself a folder: told as that, not as
    a folder without a reconciliation.json."""
    case, out, _ = written
    given = tmp_path / "archive"
    (given / "reconciliation.json").mkdir(parents=True)
    argv = (["run", str(case), "--out", str(tmp_path / "new"), "--previous", str(given), *LATER] if command == "run"
            else ["diff", str(given), str(out)])
    code, stdout, err = run(*argv)
    assert (code, stdout) == (2, "")
    assert err == (f"reconcile: {given / 'reconciliation.json'} is not a file (a folder, a named pipe or a device), "
                   "so it is no earlier output: give an output folder of reconcile run, or the reconciliation.json in "
                   "one\n")
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize("loop", [False, True])
def test_a_link_to_a_missing_earlier_output_stops_the_run(
        written: tuple[Path, Path, dict[str, Any]], tmp_path: Path, loop: bool) -> None:
    """An output folder whose reconciliation.json is a symbolic link to a file that is gone (or a loop of links):
    the run stops and says so, rather than taking it for no earlier output and replacing the link unannounced."""
    case, out, _ = written
    folder = tmp_path / "out"
    shutil.copytree(out, folder)
    link = folder / "reconciliation.json"
    link.unlink()
    if loop:
        link.symlink_to(folder / "other.json")
        (folder / "other.json").symlink_to(link)
    else:
        link.symlink_to(tmp_path / "archive" / "reconciliation.json")
    code, stdout, err = run("run", str(case), "--out", str(folder), *LATER)
    assert (code, stdout) == (2, "")
    assert err.startswith(f"reconcile: {link} is a symbolic link to ")
    assert "run again with --no-previous" in err
    assert link.is_symlink()
    assert run("run", str(case), "--out", str(folder), "--no-previous", "-q", *LATER)[0] == 0
    assert link.is_file()
    assert not link.is_symlink()
