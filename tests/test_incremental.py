"""New claim files on an existing reconciliation: incremental equals batch, stable ids, and `run`/`diff` on the CLI.

The laws are checked on realistic generated cases (`reconcile.testing.cases`) split into files read first (A) and
files added later (B), through the real pipeline and a round trip of A's result through reconciliation.json.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

import attrs
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from reconcile.changes import STRUCTURAL
from reconcile.cli import main
from reconcile.models import CHANGE_KINDS, Case, Claim, Reconciliation
from reconcile.pipeline import reconcile
from reconcile.serialize import from_json, to_json
from reconcile.testing import cases

from .conftest import ROOT, SOURCE_YAML, MakeCase
from .test_match import case_of, claim

# Each example runs the whole pipeline two or three times: a third of the profile's budget keeps the suite quick.
EXAMPLES = max(10, settings.default.max_examples // 3)


def _closed(claims: Iterable[Claim], kept: set[str]) -> set[str]:
    """``kept`` with every claim its claims revise or add to, transitively: a revision is not read before the
    statement it revises exists."""
    targets = {c.global_id: (*c.supersedes, *c.adds_to) for c in claims}
    todo, out = list(kept), set(kept)
    while todo:
        for target in targets.get(todo.pop(), ()):
            if target in targets and target not in out:
                out.add(target)
                todo.append(target)
    return out


def _earlier(case: Case, kept: set[str]) -> Case:
    """The case as it was before the other claims' files were added: only ``kept`` claims and their sources."""
    claims = tuple(c for c in case.claims if c.global_id in kept)
    speaking = {c.source for c in claims}
    return attrs.evolve(case, claims=claims, sources=tuple(s for s in case.sources if s.id in speaking))


@st.composite
def additions(draw: st.DrawFn, *, later: bool) -> tuple[Case, Case]:
    """(the case with files A, the case with files A and B): B is any share of the claims, or, with ``later``,
    the claims stated after a drawn day (statements as they come out)."""
    case = draw(cases(max_claims=10))
    ids = sorted(c.global_id for c in case.claims)
    if later:
        days = sorted({c.stated for c in case.claims})
        cut = draw(st.sampled_from(days[:-1] or days))  # a day before the last, so that B is rarely empty
        kept = _closed(case.claims, {c.global_id for c in case.claims if c.stated <= cut})
        assume(all(c.stated > cut for c in case.claims if c.global_id not in kept))
    else:
        kept = _closed(case.claims, set(draw(st.lists(st.sampled_from(ids), unique=True))))
    return _earlier(case, kept), case


def _incremental(earlier: Case, case: Case) -> tuple[Reconciliation, Reconciliation]:
    """A's result, and the run over A and B against it (read back from its JSON, as `reconcile run` does)."""
    first = reconcile(earlier)
    previous, since = from_json(to_json(first, generated="2026-01-01T00:00:00Z"))
    return first, reconcile(case, previous=previous, since=since)


def _anchor(claims: dict[str, Claim], ids: Iterable[str]) -> Claim:
    return min((claims[gid] for gid in ids), key=lambda c: (c.stated, c.global_id))


def _before_after(change: object) -> tuple[tuple[str, ...], tuple[str, ...]]:
    before, after = dict(change.before), dict(change.after)  # type: ignore[attr-defined]
    return tuple(before.get("events", ())), tuple(after.get("events", ()))  # type: ignore[arg-type]


def accounting_violations(old: Reconciliation, new: Reconciliation) -> list[str]:
    """Every added claim, retired id, new id and lost claim is told exactly once, in the right kind of change."""
    out = []
    old_claims = {c.global_id for c in old.case.claims}
    new_home = {gid: e.id for e in new.events for gid in e.claims}
    for gid in sorted(set(new_home) - old_claims):
        told = [c for c in new.changes if c.kind in ("event-added", "claims-added") and gid in c.claims]
        if len(told) != 1 or new_home[gid] not in told[0].events:
            out.append(f"added claim {gid} (in {new_home[gid]}) is told {len(told)} times")
    old_ids, new_ids = {e.id for e in old.events}, {e.id for e in new.events}
    structural = [_before_after(c) for c in new.changes if c.kind in STRUCTURAL]
    for gone in sorted(old_ids - new_ids):
        if sum(gone in before and gone not in after for before, after in structural) != 1:
            out.append(f"retired id {gone} is not told once")
    for fresh in sorted(new_ids - old_ids):
        if sum(fresh in after for _, after in structural) != 1:
            out.append(f"new id {fresh} is not told once")
    for lost in sorted(old_claims - {c.global_id for c in new.case.claims}):
        if sum(c.kind in ("claim-removed", "claim-rejected") and lost in c.claims for c in new.changes) != 1:
            out.append(f"lost claim {lost} is not told once")
    return out


def id_violations(old: Reconciliation, new: Reconciliation) -> list[str]:
    """The id law for additions stated later than every earlier claim: an earlier event keeps its id unless the new
    claims merge it with an earlier event of an earlier anchor, and then one change retires the id."""
    out = []
    old_claims = {c.global_id: c for c in old.case.claims}
    new_claims = {c.global_id: c for c in new.case.claims}
    old_home = {gid: e.id for e in old.events for gid in e.claims}
    homes = {gid: e for e in new.events for gid in e.claims}
    for event in old.events:
        anchor = _anchor(old_claims, event.claims)
        home = homes[anchor.global_id]
        if home.id == event.id:
            continue
        first = _anchor(new_claims, home.claims)
        if first.global_id not in old_home or old_home[first.global_id] == event.id:
            out.append(f"{event.id} became {home.id} without a merge with an earlier event")
        told = [c for c in new.changes if c.kind in ("events-merged", "events-regrouped")
                and event.id in _before_after(c)[0] and event.id not in _before_after(c)[1]]
        if len(told) != 1 or "retired" not in told[0].summary:
            out.append(f"the retired id {event.id} is not told as merged: {told}")
    out.extend(f"renamed without an earlier statement: {c.summary}" for c in new.changes if c.kind == "event-renamed")
    return out


# --- hand-built additions (claims from the matcher's factory; ids from the real pipeline) -------------------------

#: Two events that a third claim joins: x and y score below the threshold, z matches both.
MERGE_X = claim("am/x", 0, "Tavush region", killed={"azerbaijan": 4})
MERGE_Y = claim("az/y", 0, "Voskepar", stated=1)
MERGE_Z = claim("osce/z", 0, "Voskepar", killed={"azerbaijan": 4}, stated=2)
#: One event that a later claim splits: z matches x best, but y's source says z is another incident (other day).
SPLIT_X = claim("am/x", (0, 1), "Berdavan", killed={"armenia": 3}, precision="range")
SPLIT_Y = claim("az/y", 0, "Berdavan")
SPLIT_Z = claim("az/z", 1, "Berdavan", killed={"armenia": 3}, stated=1)
#: A statement transcribed late, and one about the same incident stated before it, added later.
LATE = claim("am/x", 0, "Berdavan", killed={"armenia": 3}, stated=3)
EARLY = claim("osce/y", 0, "Berdavan", killed={"armenia": 3}, stated=1)


# --- the laws ---------------------------------------------------------------------------------------------------


@settings(max_examples=EXAMPLES)
@given(additions(later=False))
@example((case_of(MERGE_X, MERGE_Y), case_of(MERGE_X, MERGE_Y, MERGE_Z)))
@example((case_of(SPLIT_X, SPLIT_Y), case_of(SPLIT_X, SPLIT_Y, SPLIT_Z)))
@example((case_of(LATE), case_of(LATE, EARLY)))
def test_adding_files_gives_what_one_run_over_all_files_gives(pair: tuple[Case, Case]) -> None:
    """Reconciling A, then adding B against A's output, gives exactly the events of reconciling A and B at once."""
    earlier, case = pair
    _, incremental = _incremental(earlier, case)
    batch = reconcile(case)
    assert incremental.events == batch.events
    assert attrs.evolve(incremental, changes=(), changes_since=None) == batch
    assert incremental.changes_since == "2026-01-01T00:00:00Z"


@settings(max_examples=EXAMPLES)
@given(additions(later=False))
@example((case_of(MERGE_X, MERGE_Y), case_of(MERGE_X, MERGE_Y, MERGE_Z)))
@example((case_of(SPLIT_X, SPLIT_Y), case_of(SPLIT_X, SPLIT_Y, SPLIT_Z)))
@example((case_of(SPLIT_X, SPLIT_Y, SPLIT_Z), case_of(SPLIT_X, SPLIT_Y)))
def test_changes_tell_every_added_claim_and_every_changed_id_once(pair: tuple[Case, Case]) -> None:
    """Each added claim, retired id, new id and lost claim appears in exactly one change of the right kind."""
    earlier, case = pair
    old, new = _incremental(earlier, case)
    assert accounting_violations(old, new) == []
    assert accounting_violations(new, reconcile(earlier, previous=new)) == []  # and taking B away again


@settings(max_examples=EXAMPLES)
@given(additions(later=True))
@example((case_of(MERGE_X, MERGE_Y), case_of(MERGE_X, MERGE_Y, MERGE_Z)))
@example((case_of(SPLIT_X, SPLIT_Y), case_of(SPLIT_X, SPLIT_Y, SPLIT_Z)))
def test_ids_survive_later_statements_unless_events_merge(pair: tuple[Case, Case]) -> None:
    """Claims stated after every earlier one keep each earlier event's id, unless they merge it into an event with
    an earlier anchor, which a change then tells."""
    earlier, case = pair
    assert id_violations(*_incremental(earlier, case)) == []


# --- the documented exceptions ----------------------------------------------------------------------------------


def _changes(before: tuple[Claim, ...], after: tuple[Claim, ...]) -> tuple[Reconciliation, Reconciliation]:
    return _incremental(case_of(*before), case_of(*after))


def test_an_earlier_statement_gives_the_event_a_new_id() -> None:
    """A new claim stated before the event's earliest statement anchors it: the id changes and the change says why."""
    old, new = _changes((LATE,), (LATE, EARLY))
    assert [e.id for e in new.events] == [e.id for e in reconcile(case_of(LATE, EARLY)).events]
    (was,), (now,) = old.events, new.events
    assert was.id != now.id
    renamed = next(c for c in new.changes if c.kind == "event-renamed")
    assert (renamed.events, renamed.claims) == (tuple(sorted((was.id, now.id))), ("osce/y",))
    assert renamed.summary == (
        f"Event {was.id} is now {now.id} (2012-06-04, Berdavan): the new claim osce/y, stated 2012-06-05, is earlier "
        "than its earliest statement so far, am/x (stated 2012-06-07), and anchors it now.")


def test_a_same_day_statement_with_a_smaller_id_gives_a_new_id() -> None:
    """On the same day the smaller global id anchors: a new claim whose id sorts first renames the event."""
    first = claim("am/x", 0, "Berdavan", killed={"armenia": 3}, stated=3)
    sorts_first = claim("ag/y", 0, "Berdavan", killed={"armenia": 3}, stated=3)
    sorts_last = claim("osce/y", 0, "Berdavan", killed={"armenia": 3}, stated=3)
    old, new = _changes((first,), (first, sorts_first))
    assert [c.kind for c in new.changes if c.kind == "event-renamed"] == ["event-renamed"]
    assert "sorts first" in next(c.summary for c in new.changes if c.kind == "event-renamed")
    _, kept = _changes((first,), (first, sorts_last))
    assert [e.id for e in kept.events] == [e.id for e in old.events]


def test_a_claim_that_joins_two_events_keeps_the_earlier_anchors_id() -> None:
    """When new claims merge two events, the merged event keeps the id of the one stated first; the other is retired."""
    old, new = _changes((MERGE_X, MERGE_Y), (MERGE_X, MERGE_Y, MERGE_Z))
    ids = {e.claims: e.id for e in old.events}
    kept, retired = ids[("am/x",)], ids[("az/y",)]
    assert [e.id for e in new.events] == [kept]
    merged = next(c for c in new.changes if c.kind == "events-merged")
    assert (merged.claims, dict(merged.after)["events"]) == (("osce/z",), (kept,))
    assert merged.summary.endswith(f"after the new claim osce/z; {retired} is retired.")


def test_a_later_claim_can_split_an_event() -> None:
    """A new claim can pull part of an event away: the part with the earliest statement keeps the id."""
    old, new = _changes((SPLIT_X, SPLIT_Y), (SPLIT_X, SPLIT_Y, SPLIT_Z))
    (was,) = old.events
    assert {e.claims: e.id for e in new.events}[("az/y",)] == was.id
    split = next(c for c in new.changes if c.kind == "event-split")
    assert dict(split.before)["events"] == (was.id,)
    assert split.claims == ("az/z",)
    assert "stays with the part that has its earliest statement" in split.summary


def test_removing_the_earliest_statement_gives_a_new_id() -> None:
    """A claim file taken away with the event's anchor renames the event after its next statement."""
    late = claim("osce/y", 0, "Berdavan", killed={"armenia": 3}, stated=3)
    early = claim("am/x", 0, "Berdavan", killed={"armenia": 3}, stated=1)
    _, new = _changes((early, late), (late,))
    renamed = next(c for c in new.changes if c.kind == "event-renamed")
    assert "its earliest statement, am/x, is no longer in the case files" in renamed.summary


# --- the command line -------------------------------------------------------------------------------------------

OSCE_YAML = """\
source:
  id: osce
  name: OSCE monitors
  kind: monitor
claims:
  - id: visit
    stated: 2012-06-06
    quote: the monitors counted four dead Armenian soldiers near Berdavan
    date: 2012-06-04
    place: Berdavan
    casualties:
      - party: armenia
        category: soldiers
        killed: 4
"""
T1, T2 = "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def grown(make_case: MakeCase, tmp_path: Path) -> tuple[Path, Path]:
    """A case reconciled once into ``out``, then given a new monitor's file: (case folder, output folder)."""
    folder = make_case({"am-mod.yaml": SOURCE_YAML})
    out = tmp_path / "out"
    assert run("run", str(folder), "--out", str(out), "--timestamp", T1)[0] == 0
    (folder / "osce.yaml").write_text(OSCE_YAML, encoding="utf-8")
    return folder, out


def _json(path: Path) -> dict:  # type: ignore[type-arg]
    data: dict = json.loads(path.read_text(encoding="utf-8"))  # type: ignore[type-arg]
    return data


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_run_lists_the_changes_since_the_earlier_output(grown: tuple[Path, Path]) -> None:
    """A rerun after adding a file records what changed in reconciliation.json and prints the counts."""
    folder, out = grown
    code, stdout, err = run("run", str(folder), "--out", str(out), "--timestamp", T2)
    assert (code, err) == (0, "")
    data = _json(out / "reconciliation.json")
    assert data["changes_since"] == T1
    kinds = [c["kind"] for c in data["changes"]]
    assert kinds == ["claims-added", "figure-changed", "conflict-opened", "grade-changed"]
    assert data["changes"][0]["claims"] == ["osce/visit"]
    assert f"changes since {T1} ({out / 'reconciliation.json'}): events that gained claims: 1; figures moved: 1; " \
           "conflicts opened: 1; grades changed: 1" in stdout


def test_the_report_shows_the_changes_at_the_top(grown: tuple[Path, Path]) -> None:
    """report.html has a "Changes since" section before the overview, with every change's sentence."""
    folder, out = grown
    assert run("run", str(folder), "--out", str(out), "--timestamp", T2)[0] == 0
    html = (out / "report.html").read_text(encoding="utf-8")
    data = _json(out / "reconciliation.json")
    assert f'<h2 id="changes-h">Changes since {T1}</h2>' in html
    assert html.index('id="changes"') < html.index('id="overview"')
    from markupsafe import escape

    for change in data["changes"]:
        assert str(escape(change["summary"])) in html
    assert "Changed since the earlier run" in html


def test_a_rerun_gives_the_events_of_a_fresh_run(grown: tuple[Path, Path], tmp_path: Path) -> None:
    """The rerun's events, events.csv and report body equal those of a run over all files without the earlier
    output."""
    folder, out = grown
    assert run("run", str(folder), "--out", str(out), "--timestamp", T2)[0] == 0
    fresh = tmp_path / "fresh"
    assert run("run", str(folder), "--out", str(fresh), "--timestamp", T2)[0] == 0
    assert _json(out / "reconciliation.json")["events"] == _json(fresh / "reconciliation.json")["events"]
    assert (out / "events.csv").read_bytes() == (fresh / "events.csv").read_bytes()
    assert _json(fresh / "reconciliation.json")["changes_since"] is None


def test_no_previous_ignores_the_earlier_output(grown: tuple[Path, Path]) -> None:
    """--no-previous lists no changes and the report has no "Changes since" section."""
    folder, out = grown
    code, stdout, _ = run("run", str(folder), "--out", str(out), "--timestamp", T2, "--no-previous")
    assert code == 0
    data = _json(out / "reconciliation.json")
    assert (data["changes_since"], data["changes"]) == (None, [])
    assert 'id="changes"' not in (out / "report.html").read_text(encoding="utf-8")
    assert "changes since" not in stdout


def test_previous_file_from_elsewhere(grown: tuple[Path, Path], tmp_path: Path) -> None:
    """--previous FILE compares with that output, whatever the output folder holds."""
    folder, out = grown
    archive = tmp_path / "archive.json"
    shutil.copy(out / "reconciliation.json", archive)
    elsewhere = tmp_path / "elsewhere"
    assert run("run", str(folder), "--out", str(elsewhere), "--timestamp", T2, "--previous", str(archive))[0] == 0
    assert _json(elsewhere / "reconciliation.json")["changes_since"] == T1


def test_an_unchanged_case_reports_nothing_changed(grown: tuple[Path, Path]) -> None:
    """Two reruns without new files: the second lists no changes, and its report says nothing changed."""
    folder, out = grown
    assert run("run", str(folder), "--out", str(out), "--timestamp", T2)[0] == 0
    code, stdout, _ = run("run", str(folder), "--out", str(out), "--timestamp", "2026-03-01T00:00:00Z")
    assert code == 0
    assert f"changes since {T2} ({out / 'reconciliation.json'}): none" in stdout
    assert f"Nothing changed since the earlier run of this case, generated {T2}" in (
        out / "report.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("content", "message"), [
    ("{", "not JSON"),
    ('{"format": "reconcile/reconciliation", "schema_version": 99}', "schema version 99 is not supported"),
    (b"\xff\xfe", "not UTF-8 text"),
])
def test_an_unusable_earlier_output_stops_the_run(grown: tuple[Path, Path], content: str | bytes,
                                                 message: str) -> None:
    """A damaged or incompatible reconciliation.json in the output folder: exit 2, nothing written, and the hint
    to run with --no-previous."""
    folder, out = grown
    target = out / "reconciliation.json"
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")
    before = _snapshot(out)
    code, stdout, err = run("run", str(folder), "--out", str(out), "--timestamp", T2)
    assert (code, stdout) == (2, "")
    assert message in err
    assert err.rstrip().endswith(f"to reconcile without it, run again with --no-previous ({target} is then "
                                 "replaced)")
    assert _snapshot(out) == before


def test_an_earlier_output_with_a_lone_surrogate_stops_the_run(grown: tuple[Path, Path]) -> None:
    """reconcile never writes an unpaired surrogate escape, so one in the earlier output (an edit) is named with its
    place: exit 2, nothing written, instead of an internal error while writing the new outputs."""
    folder, out = grown
    target = out / "reconciliation.json"
    data = _json(target)
    data["claims"][0]["quote"] = "shelling \ud800 near the village"
    target.write_text(json.dumps(data), encoding="utf-8")  # ASCII-escaped: the surrogate as the escape \ud800
    before = _snapshot(out)
    code, stdout, err = run("run", str(folder), "--out", str(out), "--timestamp", T2)
    assert (code, stdout) == (2, "")
    assert f"{target}: $.claims[0].quote: text with an unpaired surrogate (\\ud800) is not valid Unicode" in err
    assert "Traceback" not in err
    assert "internal error" not in err
    assert _snapshot(out) == before


def test_a_missing_previous_file_is_bad_input(grown: tuple[Path, Path], tmp_path: Path) -> None:
    """--previous naming no file exits 2 and names the file."""
    folder, out = grown
    code, _, err = run("run", str(folder), "--out", str(out), "--previous", str(tmp_path / "nope.json"))
    assert code == 2
    assert f"cannot compare with the earlier output: cannot read {tmp_path / 'nope.json'}: No such file" in err


def test_an_earlier_output_of_another_case_is_refused(grown: tuple[Path, Path], tmp_path: Path) -> None:
    """Comparing with another case's output would list nonsense: exit 2, nothing written."""
    folder, out = grown
    data = _json(out / "reconciliation.json")
    data["case"]["id"] = "another-case"
    other = tmp_path / "other.json"
    other.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run("run", str(folder), "--out", str(out), "--previous", str(other))
    assert code == 2
    assert f"the earlier output {other} is of case 'another-case', not 'test-case'" in err


def test_previous_and_no_previous_exclude_each_other(grown: tuple[Path, Path]) -> None:
    """Giving both options is a usage error."""
    folder, out = grown
    with pytest.raises(SystemExit) as info:
        run("run", str(folder), "--previous", str(out / "reconciliation.json"), "--no-previous")
    assert info.value.code == 2


def test_a_schema_version_1_output_is_compared(grown: tuple[Path, Path]) -> None:
    """An output of schema version 1 (before changes existed) still serves as the earlier output."""
    folder, out = grown
    data = _json(out / "reconciliation.json")
    data["schema_version"] = 1
    del data["changes"], data["changes_since"]
    (out / "reconciliation.json").write_text(json.dumps(data), encoding="utf-8")
    assert run("run", str(folder), "--out", str(out), "--timestamp", T2)[0] == 0
    assert _json(out / "reconciliation.json")["changes"]


def test_a_failure_while_rendering_leaves_the_earlier_output(grown: tuple[Path, Path], tmp_path: Path) -> None:
    """A broken report template stops the run after reading the earlier output: every file is as it was."""
    folder, out = grown
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "report.html.j2").write_text("{% for %}", encoding="utf-8")
    before = _snapshot(out)
    code, _, err = run("run", str(folder), "--out", str(out), "--templates", str(templates))
    assert code == 2
    assert "template error" in err
    assert _snapshot(out) == before


def test_a_template_failing_halfway_leaves_the_earlier_output(grown: tuple[Path, Path], tmp_path: Path) -> None:
    """A custom template that fails inside the events, after the page's head is written, exits 2: every file is as it
    was and no staging folder is left."""
    folder, out = grown
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "report.html.j2").write_text(
        '<head><meta http-equiv="Content-Security-Policy" content="{{ csp }}"></head>\n'
        "{% for event in view.events %}<h3>{{ event.title }}</h3>{{ event.no_such_field }}{% endfor %}",
        encoding="utf-8")
    before = _snapshot(out)
    code, _, err = run("run", str(folder), "--out", str(out), "--templates", str(templates))
    assert code == 2
    assert "uses an unknown name" in err
    assert _snapshot(out) == before
    assert sorted(p.name for p in out.iterdir()) == ["events.csv", "reconciliation.json", "report.html"]


def test_a_crash_while_rendering_leaves_the_earlier_output(grown: tuple[Path, Path],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected error in the renderer (a bug) exits 1 and leaves every file as it was."""
    folder, out = grown

    def broken(reconciliation: object, handle: TextIO, **kwargs: object) -> None:
        handle.write("<!DOCTYPE html>\n<html lang=\"en\">half a report")
        raise RuntimeError("renderer bug")

    monkeypatch.setattr("reconcile.render.write_report", broken)
    before = _snapshot(out)
    code, _, err = run("run", str(folder), "--out", str(out))
    assert code == 1
    assert "internal error: RuntimeError: renderer bug" in err
    assert _snapshot(out) == before
    assert sorted(p.name for p in out.iterdir()) == ["events.csv", "reconciliation.json", "report.html"]


def test_reconciliation_json_is_moved_into_place_last(grown: tuple[Path, Path],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """If moving reconciliation.json fails, it still holds the earlier state, so the next run lists the changes
    again."""
    folder, out = grown
    import reconcile.output as output

    real = output.os.replace

    def refuse_json(src: str, dst: str | Path) -> None:
        if Path(dst).name == "reconciliation.json":
            raise OSError(13, "Permission denied")
        real(src, dst)

    monkeypatch.setattr(output.os, "replace", refuse_json)
    earlier = (out / "reconciliation.json").read_bytes()
    code, _, err = run("run", str(folder), "--out", str(out), "--timestamp", T2)
    assert code == 2
    assert "Permission denied" in err
    assert (out / "reconciliation.json").read_bytes() == earlier
    monkeypatch.setattr(output.os, "replace", real)
    assert run("run", str(folder), "--out", str(out), "--timestamp", T2)[0] == 0
    assert _json(out / "reconciliation.json")["changes_since"] == T1


# --- reconcile diff ---------------------------------------------------------------------------------------------


@pytest.fixture
def outputs(grown: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    """The earlier and the later reconciliation.json of the grown case."""
    folder, out = grown
    old = tmp_path / "old.json"
    shutil.copy(out / "reconciliation.json", old)
    assert run("run", str(folder), "--out", str(out), "--timestamp", T2)[0] == 0
    return old, out / "reconciliation.json"


def test_diff_prints_the_changes_for_people(outputs: tuple[Path, Path]) -> None:
    """diff prints the files and their times, the counts, then each change under the heading of its kind; exit 0."""
    old, new = outputs
    code, stdout, err = run("diff", str(old), str(new))
    assert (code, err) == (0, "")
    lines = stdout.splitlines()
    assert lines[0] == f"test-case: from {old} (generated {T1}) to {new} (generated {T2})"
    assert lines[1] == ("4 changes: events that gained claims: 1; figures moved: 1; conflicts opened: 1; grades "
                        "changed: 1")
    assert lines[2] == "Events that gained claims:"
    assert lines[3].startswith("  - Event ev-2012-06-04-")
    assert lines[3].endswith("has 1 new claim: osce/visit.")
    assert [line for line in lines if not line.startswith("  - ")][2:] == [
        "Events that gained claims:", "Figures moved:", "Conflicts opened:", "Grades changed:"]


def test_diff_json_gives_the_changes_of_the_later_run(outputs: tuple[Path, Path]) -> None:
    """diff --json gives the files, cases and times, and exactly the changes the later run recorded."""
    old, new = outputs
    code, stdout, _ = run("diff", "--json", str(old), str(new))
    assert code == 0
    data = json.loads(stdout)
    assert data["old"] == {"file": str(old), "case": "test-case", "generated": T1}
    assert data["new"] == {"file": str(new), "case": "test-case", "generated": T2}
    assert data["changes"] == _json(new)["changes"]


def test_diff_of_one_file_with_itself_says_no_changes(outputs: tuple[Path, Path]) -> None:
    """The same output twice: no changes, exit 0."""
    _, new = outputs
    code, stdout, _ = run("diff", str(new), str(new))
    assert code == 0
    assert stdout.splitlines()[1] == "no changes: the same events, claims, figures, conflicts and grades"


@pytest.mark.parametrize(("content", "message"), [
    (None, "cannot read {path}: No such file or directory"),
    ("{", "{path}: not JSON: the file is cut short (its JSON stops at line 1 before its end), as a file does whose "
          "copy or save stopped before its end"),
    ('{"format" 1}', "{path}: not JSON (Expecting ':' delimiter (line 1, column 11))"),
    ("[1]", "{path}: not a reconciliation written by reconcile"),
    ('{"format": "reconcile/reconciliation", "schema_version": 99}', "{path}: schema version 99 is not supported"),
    ('{"format": "reconcile/reconciliation", "schema_version": 2}', "{path}: the file is damaged or incomplete"),
])
def test_diff_of_a_bad_file_exits_2(outputs: tuple[Path, Path], tmp_path: Path, content: str | None,
                                    message: str) -> None:
    """A missing, damaged or incompatible file exits 2 with a message naming it."""
    _, new = outputs
    bad = tmp_path / "bad.json"
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    code, stdout, err = run("diff", str(bad), str(new))
    assert (code, stdout) == (2, "")
    assert err.startswith("reconcile: " + message.format(path=bad))


# --- docs/incremental.md ----------------------------------------------------------------------------------------

DOC = (ROOT / "docs" / "incremental.md").read_text(encoding="utf-8")


def test_the_docs_explain_every_change_kind() -> None:
    """The table of kinds in docs/incremental.md lists exactly the kinds, in their order."""
    section = DOC[DOC.index("## The kinds of change"):DOC.index("## In `reconciliation.json`")]
    assert re.findall(r"^\| `([a-z-]+)` \|", section, flags=re.MULTILINE) == list(CHANGE_KINDS)


def test_the_docs_json_example_is_what_run_writes(outputs: tuple[Path, Path]) -> None:
    """The change shown in docs/incremental.md is the one the documented workflow records."""
    shown = json.loads(re.findall(r"```json\n(.*?)```", DOC, flags=re.DOTALL)[0])
    _, new = outputs
    assert shown in _json(new)["changes"]


def test_the_docs_python_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Python block of docs/incremental.md runs from the repository root."""
    monkeypatch.chdir(ROOT)
    for block in re.findall(r"```python\n(.*?)```", DOC, flags=re.DOTALL):
        exec(compile(block, "docs/incremental.md", "exec"), {})
