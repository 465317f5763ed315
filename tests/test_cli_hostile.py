"""The command line against hostile input and a hostile environment: huge or deeply nested earlier outputs,
destinations that cannot take a file, an output folder that is the case folder, streams that cannot encode a
character or are closed, and terminal escapes in claim files. Never a traceback, never a half-written folder."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import TextIO

import pytest

from reconcile.cli import main
from reconcile.errors import OutputError
from reconcile.output import write_files, write_outputs
from reconcile.serialize import from_json, read_json

from .conftest import SEED, SOURCE_YAML, MakeCase

STAMP = ("--timestamp", "2026-01-01T00:00:00Z")
ESCAPE_NAME = "\x1b[2J\x1b[31mRED"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def command(*argv: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``reconcile ARGV`` in a fresh interpreter, with RECONCILE_PROCESSES=1 and the given environment."""
    return subprocess.run([sys.executable, "-m", "reconcile.cli", *argv], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "RECONCILE_PROCESSES": "1", **(env or {})},
                          check=False)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


@pytest.fixture
def earlier(make_case: MakeCase, tmp_path: Path) -> tuple[Path, Path]:
    """A small case and its output folder, written by one run."""
    case = make_case({"am-mod.yaml": SOURCE_YAML})
    out = tmp_path / "out"
    assert run("run", str(case), "--out", str(out), "-q", *STAMP)[0] == 0
    return case, out


# --- 1. earlier outputs: depth, size, devices, huge numbers --------------------------------------------------------


def test_diff_of_deeply_nested_json_is_bad_input(earlier: tuple[Path, Path], tmp_path: Path) -> None:
    """100,000 nested arrays inside an object: exit 2 naming the file, not a RecursionError."""
    deep = tmp_path / "deep.json"
    deep.write_text('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    code, out, err = run("diff", str(earlier[1] / "reconciliation.json"), str(deep))
    assert (code, out) == (2, "")
    assert f"{deep}: the document is nested more than 64 levels deep" in err
    assert "internal error" not in err


def test_diff_of_a_deep_array_is_refused_before_parsing(earlier: tuple[Path, Path], tmp_path: Path) -> None:
    """A file that does not start with an object is refused at once."""
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, _, err = run("diff", str(deep), str(earlier[1] / "reconciliation.json"))
    assert code == 2
    assert f"{deep}: not a reconciliation written by reconcile" in err


def test_a_number_of_too_many_digits_is_bad_input(earlier: tuple[Path, Path], tmp_path: Path) -> None:
    """A whole number beyond Python's digit limit: exit 2 naming the file, not a ValueError."""
    text = (earlier[1] / "reconciliation.json").read_text(encoding="utf-8")
    big = tmp_path / "big.json"
    big.write_text(text.replace('"schema_version": 3', '"schema_version": ' + "9" * 5000), encoding="utf-8")
    code, _, err = run("diff", str(earlier[1] / "reconciliation.json"), str(big))
    assert code == 2
    assert f"{big}: a number has more than 4,300 digits" in err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_diff_with_dev_zero_ends_at_once(earlier: tuple[Path, Path]) -> None:
    """A device is not read at all (it never ends)."""
    result = command("diff", str(earlier[1] / "reconciliation.json"), "/dev/zero", timeout=60)
    assert result.returncode == 2
    assert "/dev/zero: not a regular file" in result.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_run_previous_dev_zero_ends_at_once(earlier: tuple[Path, Path]) -> None:
    """--previous /dev/zero: exit 2 before any reading, and nothing written."""
    case, out = earlier
    before = snapshot(out)
    result = command("run", str(case), "--out", str(out), "--previous", "/dev/zero", *STAMP, timeout=60)
    assert result.returncode == 2
    assert "cannot compare with the earlier output: /dev/zero: not a regular file" in result.stderr
    assert snapshot(out) == before


def test_a_deep_earlier_output_in_the_folder_stops_the_run(earlier: tuple[Path, Path]) -> None:
    """The output folder's own reconciliation.json, deeply nested: exit 2, with the hint, and nothing written."""
    case, out = earlier
    (out / "reconciliation.json").write_text('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    before = snapshot(out)
    code, _, err = run("run", str(case), "--out", str(out), *STAMP)
    assert code == 2
    assert "nested more than 64 levels deep" in err
    assert "--no-previous" in err
    assert snapshot(out) == before


def test_run_previous_deep_json_is_bad_input(earlier: tuple[Path, Path], tmp_path: Path) -> None:
    """--previous with a deeply nested file: exit 2 naming it."""
    case, out = earlier
    deep = tmp_path / "deep.json"
    deep.write_text('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    code, _, err = run("run", str(case), "--out", str(out), "--previous", str(deep), *STAMP)
    assert code == 2
    assert f"{deep}: the document is nested more than 64 levels deep" in err


def test_read_json_refuses_a_file_above_the_limit(earlier: tuple[Path, Path]) -> None:
    """A regular file larger than the limit is refused from its size, before it is read."""
    with pytest.raises(OutputError, match=r"the most a reconciliation\.json may hold is 100 bytes"):
        read_json(earlier[1] / "reconciliation.json", max_bytes=100)


def test_read_json_reads_a_pipe_only_up_to_the_limit(tmp_path: Path) -> None:
    """A pipe that goes on and on is read up to the limit, then refused."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "wb") as handle:
            handle.write(b"{" + b" " * 5000)

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        with pytest.raises(OutputError, match="more than 1,000 bytes"):
            read_json(fifo, max_bytes=1000)
    finally:
        writer.join(timeout=10)


def test_read_json_of_a_folder_names_it(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=f"cannot read {tmp_path}"):
        read_json(tmp_path)


@pytest.mark.parametrize("damage", [{"claims": [1]}, {"claims": ["a claim"]}, {"events": [1]}])
def test_from_json_of_misshapen_data_is_an_output_error(earlier: tuple[Path, Path], damage: dict[str, object]) -> None:
    """Members of the wrong shape are a damaged file, never an AttributeError or another internal error."""
    data = json.loads((earlier[1] / "reconciliation.json").read_text(encoding="utf-8"))
    data.update(damage)
    with pytest.raises(OutputError, match="damaged or incomplete"):
        from_json(json.dumps(data))


# --- 2. all or nothing: destinations checked before the first move --------------------------------------------------


def test_a_folder_in_place_of_an_output_file_writes_nothing(make_case: MakeCase, tmp_path: Path) -> None:
    """report.html is a folder: exit 2 naming it, and no events.csv moved into place first."""
    case = make_case({"am-mod.yaml": SOURCE_YAML})
    out = tmp_path / "out"
    (out / "report.html").mkdir(parents=True)
    code, _, err = run("run", str(case), "--out", str(out), *STAMP)
    assert code == 2
    assert f"cannot write {out / 'report.html'}: it is a folder" in err
    assert sorted(path.name for path in out.iterdir()) == ["report.html"]


def test_a_folder_in_place_of_an_output_file_keeps_the_earlier_output(earlier: tuple[Path, Path]) -> None:
    """With an earlier output in the folder, it stays whole."""
    case, out = earlier
    source = case / "am-mod.yaml"
    source.write_text(source.read_text(encoding="utf-8").replace("killed: 3", "killed: 4"), encoding="utf-8")
    (out / "report.html").unlink()
    (out / "report.html").mkdir()
    before = snapshot(out)
    code, _, _ = run("run", str(case), "--out", str(out), "--no-previous", "--timestamp", "2027-01-01T00:00:00Z")
    assert code == 2
    assert snapshot(out) == before


def test_a_failed_move_puts_back_the_earlier_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the second move fails, the first file is put back as it was, and a file that was not there before is
    removed again."""
    folder = tmp_path / "out"
    write_files(folder, {"a": "old a\n", "b": "old b\n"})
    real_replace = os.replace
    moves: list[str] = []

    def third_fails(source: str, target: str) -> None:
        moves.append(Path(target).name)
        if len(moves) == 3:
            raise OSError(1, "Operation not permitted")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", third_fails)
    with pytest.raises(OutputError, match="Operation not permitted"):
        write_files(folder, {"new": "new\n", "a": "new a\n", "b": "new b\n"})
    monkeypatch.setattr(os, "replace", real_replace)
    assert moves[:3] == ["new", "a", "b"]
    assert snapshot(folder) == {"a": b"old a\n", "b": b"old b\n"}
    assert [path.name for path in folder.iterdir() if path.name.startswith(".")] == []


# --- 3. no empty output folder left behind ---------------------------------------------------------------------


def test_a_template_error_leaves_no_output_folder(make_case: MakeCase, tmp_path: Path) -> None:
    """A report template that fails: exit 2 and no output folder (nor the parents created for it)."""
    case = make_case({"am-mod.yaml": SOURCE_YAML})
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "report.html.j2").write_text("{{ nothing.here }}", encoding="utf-8")
    out = tmp_path / "results" / "out"
    code, _, err = run("run", str(case), "--out", str(out), "--templates", str(templates), *STAMP)
    assert code == 2
    assert "template" in err
    assert not (tmp_path / "results").exists()


def test_a_failing_writer_leaves_no_folder_it_created(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b"

    def broken(handle: TextIO) -> None:
        handle.write("half")
        raise ValueError("broken writer")

    with pytest.raises(ValueError, match="broken writer"):
        write_outputs(folder, {"x.txt": broken})
    assert not (tmp_path / "a").exists()


def test_a_failing_writer_keeps_a_folder_that_was_there(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()

    def broken(handle: TextIO) -> None:
        raise ValueError("broken writer")

    with pytest.raises(ValueError, match="broken writer"):
        write_outputs(folder, {"x.txt": broken})
    assert folder.is_dir()
    assert list(folder.iterdir()) == []


# --- 4. the output folder is the case folder ---------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["{case}", "{case}/", "{case}/.", "{case}/../test-case"])
def test_out_that_is_the_case_folder_is_refused(make_case: MakeCase, spelling: str) -> None:
    """--out naming the case folder, however spelled: exit 2 before any work, and the case folder unchanged."""
    case = make_case({"am-mod.yaml": SOURCE_YAML})
    before = snapshot(case)
    code, out, err = run("run", str(case), "--out", spelling.format(case=case), *STAMP)
    assert (code, out) == (2, "")
    assert "is the case folder" in err
    assert snapshot(case) == before
    assert run("validate", str(case))[0] == 0


def test_out_that_links_to_the_case_folder_is_refused(make_case: MakeCase, tmp_path: Path) -> None:
    case = make_case({"am-mod.yaml": SOURCE_YAML})
    link = tmp_path / "link"
    link.symlink_to(case, target_is_directory=True)
    code, _, err = run("run", str(case), "--out", str(link), *STAMP)
    assert code == 2
    assert "is the case folder" in err
    assert sorted(path.name for path in case.iterdir()) == ["am-mod.yaml", "case.yaml"]


def test_out_is_checked_before_the_case_is_read(tmp_path: Path) -> None:
    """Even a case with problems is not read when --out is refused."""
    case = tmp_path / "broken"
    case.mkdir()
    code, _, err = run("run", str(case), "--out", str(case))
    assert code == 2
    assert "is the case folder" in err
    assert "case.yaml" not in err


# --- 5. streams: unencodable characters, closed pipes ------------------------------------------------------------


def test_a_stream_that_cannot_encode_a_character(tmp_path: Path) -> None:
    """validate on a latin-1 stdout: the en dash of the title is escaped, not an internal error."""
    result = command("validate", str(SEED), env={"PYTHONIOENCODING": "latin-1"})
    assert result.returncode == 0, result.stderr
    assert "\\u2013" in result.stdout
    assert "internal error" not in result.stderr


def test_an_unencodable_character_in_process(make_case: MakeCase) -> None:
    """main() given an ASCII text stream writes backslash escapes."""
    case = make_case({"am-mod.yaml": SOURCE_YAML.replace("Ministry of Defence", "Ministère de la Défense")})
    buffer = io.BytesIO()
    out = io.TextIOWrapper(buffer, encoding="ascii")
    code = main(["validate", str(case)], stdout=out, stderr=io.StringIO())
    out.flush()
    assert code == 0
    assert "Minist\\xe8re de la D\\xe9fense" in buffer.getvalue().decode("ascii")


class ClosedPipe(io.StringIO):
    """A stdout whose reader has gone away."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_stdout_ends_quietly(make_case: MakeCase) -> None:
    case = make_case({"am-mod.yaml": SOURCE_YAML})
    err = io.StringIO()
    code = main(["sources", "--json", str(case)], stdout=ClosedPipe(), stderr=err)
    assert code == 141
    assert err.getvalue() == ""


def test_a_closed_pipe_ends_quietly_in_a_real_process(make_case: MakeCase) -> None:
    """The reader closes the pipe before anything is written: exit 141 and nothing on stderr."""
    case = make_case({"am-mod.yaml": SOURCE_YAML})
    process = subprocess.Popen([sys.executable, "-m", "reconcile.cli", "sources", "--json", str(case)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "RECONCILE_PROCESSES": "1"})
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()
    with process.stderr:
        stderr = process.stderr.read().decode("utf-8", "replace")
    assert process.wait(timeout=120) == 141
    assert stderr == ""


# --- 6. terminal escapes in claim files ---------------------------------------------------------------------------


def test_validate_escapes_control_characters(make_case: MakeCase) -> None:
    """A source name with terminal escapes is refused, and the problem shows the text escaped; a title with a
    direction override (accepted: it is not a control character) is printed escaped, as problems show values."""
    source = SOURCE_YAML.replace("name: Ministry of Defence of Armenia", 'name: "\\e[2J\\e[31mRED"')
    case = make_case({"am-mod.yaml": source})
    code, out, err = run("validate", str(case))
    assert code == 2
    assert "\x1b" not in out + err
    assert "am-mod.yaml:3: $.source.name: text with a control character (\\u001b, escape)" in err
    assert "\\x1b[2J\\x1b[31mRED" in err

    (case / "am-mod.yaml").write_text(SOURCE_YAML, encoding="utf-8")
    (case / "case.yaml").write_text((case / "case.yaml").read_text(encoding="utf-8").replace(
        "title: A test case", 'title: "Title\\u202eX\\u202c\\u2028end"'), encoding="utf-8")
    code, out, _ = run("validate", str(case))
    assert code == 0
    assert not {"\u202e", "\u2028"} & set(out)
    assert "test-case: Title\\u202eX\\u202c\\u2028end" in out


def test_json_output_escapes_control_characters(make_case: MakeCase) -> None:
    """sources --json escapes what JSON itself lets through and the loader accepts (direction overrides, line
    separators)."""
    name = "a\u202e31m\u202c\u2028b"
    source = SOURCE_YAML.replace("name: Ministry of Defence of Armenia", 'name: "a\\u202e31m\\u202c\\u2028b"')
    code, out, _ = run("sources", "--json", str(make_case({"am-mod.yaml": source})))
    assert code == 0
    assert not {"\u202e", "\u2028"} & set(out)
    assert "a\\u202e31m\\u202c\\u2028b" in out
    assert json.loads(out)[0]["name"] == name


def test_diff_escapes_control_characters(earlier: tuple[Path, Path], tmp_path: Path) -> None:
    """Text read from a reconciliation.json (here a case id and a change's summary) is printed escaped."""
    data = json.loads((earlier[1] / "reconciliation.json").read_text(encoding="utf-8"))
    data["case"]["id"] = "x\x1b[2J"
    data["events"] = data["claims"] = []  # an earlier run of no claims: each event now is new
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run("diff", str(old), str(earlier[1] / "reconciliation.json"))
    assert code == 0
    assert "\x1b" not in out
    assert "x\\x1b[2J -> test-case" in out


# --- 7. one case folder named twice --------------------------------------------------------------------------------


def _statements(out: str) -> dict[str, int]:
    return {record["source"]: record["statements"] for record in json.loads(out)}


@pytest.mark.parametrize("spelling", ["test-case", "test-case/", "./test-case", "./test-case/.", "{tmp}/test-case",
                                      "link", "../{tmp_name}/test-case"])
def test_sources_reads_a_folder_named_twice_once(make_case: MakeCase, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch, spelling: str) -> None:
    """``sources CASE CASE`` with the second spelled differently (a trailing slash, ./, an absolute path, a link):
    each statement counted once, as for the folder alone, and a note on stderr naming the one left out."""
    make_case({"am-mod.yaml": SOURCE_YAML})
    (tmp_path / "link").symlink_to(tmp_path / "test-case", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    again = spelling.format(tmp=tmp_path, tmp_name=tmp_path.name)
    code, alone, _ = run("sources", "--json", "test-case")
    assert code == 0
    code, out, err = run("sources", "--json", "test-case", again)
    assert code == 0
    assert _statements(out) == _statements(alone) == {"am-mod": 1}
    assert json.loads(out) == json.loads(alone)
    assert f"reconcile: {again} is the same case folder as test-case; it is read once\n" == err


def test_sources_reads_each_of_several_repeated_folders_once(make_case: MakeCase, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Two cases, each named twice, in the text table: one line per repeat on stderr, each case read once."""
    make_case({"am-mod.yaml": SOURCE_YAML})
    other = tmp_path / "other"
    other.mkdir()
    (other / "case.yaml").write_text((tmp_path / "test-case" / "case.yaml").read_text(encoding="utf-8").replace(
        "case: test-case", "case: other"), encoding="utf-8")
    (other / "am-mod.yaml").write_text(SOURCE_YAML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run("sources", "test-case", "other", "test-case/", "other/", "-q")
    assert code == 0
    assert out.splitlines()[1].split()[:3] == ["am-mod", "belligerent", "2"]
    assert err.splitlines() == ["reconcile: test-case/ is the same case folder as test-case; it is read once",
                                "reconcile: other/ is the same case folder as other; it is read once"]


def test_sources_warns_of_two_folders_of_one_case(make_case: MakeCase, tmp_path: Path) -> None:
    """A copy of a case folder is another folder with the same case id: both are read (they may differ), with a
    warning that statements in both are counted twice."""
    case = make_case({"am-mod.yaml": SOURCE_YAML})
    copy = tmp_path / "copy"
    copy.mkdir()
    for path in case.iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    code, out, err = run("sources", "--json", str(case), str(copy))
    assert code == 0
    assert _statements(out) == {"am-mod": 2}
    assert (f"reconcile: warning: {copy} and {case} are both case 'test-case' (a copy, or two versions of it?): "
            "a statement in both is counted twice; give one of them") in err


# --- 8. empty paths and values -------------------------------------------------------------------------------------


@pytest.mark.parametrize("empty", ["", "  ", "\t"])
@pytest.mark.parametrize(("argv", "named"), [
    pytest.param(["run", "{case}", "--out", "{empty}"], "--out", id="run-out"),
    pytest.param(["run", "{case}", "--templates", "{empty}"], "--templates", id="run-templates"),
    pytest.param(["run", "{case}", "--previous", "{empty}"], "--previous", id="run-previous"),
    pytest.param(["run", "{case}", "--timestamp", "{empty}"], "--timestamp", id="run-timestamp"),
    pytest.param(["run", "{case}", "--engine", "dask", "--scheduler", "{empty}"], "--scheduler", id="run-scheduler"),
    pytest.param(["run", "{empty}"], "CASE_DIR", id="run-case"),
    pytest.param(["validate", "{empty}"], "CASE_DIR", id="validate-case"),
    pytest.param(["explain", "{empty}", "a/1", "b/2"], "CASE_DIR", id="explain-case"),
    pytest.param(["explain", "{case}", "{empty}", "b/2"], "CLAIM_A", id="explain-claim"),
    pytest.param(["sources", "{case}", "{empty}"], "CASE_DIR", id="sources-case"),
    pytest.param(["diff", "{empty}", "{case}/case.yaml"], "OLD", id="diff-old"),
    pytest.param(["diff", "{case}/case.yaml", "{empty}"], "NEW", id="diff-new"),
    pytest.param(["new", "{empty}", "--id", "x", "--title", "T", "--party", "a"], "CASE_DIR", id="new-case"),
    pytest.param(["new", "n", "--id", "{empty}", "--title", "T", "--party", "a"], "--id", id="new-id"),
    pytest.param(["new", "n", "--title", "{empty}", "--party", "a"], "--title", id="new-title"),
    pytest.param(["new", "n", "--title", "T", "--party", "{empty}"], "--party", id="new-party"),
    pytest.param(["add-source", "{empty}", "s", "--kind", "media"], "CASE_DIR", id="add-source-case"),
    pytest.param(["add-source", "{case}", "s", "--kind", "media", "--name", "{empty}"], "--name",
                 id="add-source-name"),
    pytest.param(["add-source", "{case}", "s", "--kind", "media", "--speaks-for", "{empty}"], "--speaks-for",
                 id="add-source-speaks-for"),
    pytest.param(["template", "csv", "{empty}"], "CASE_DIR", id="template-case"),
    pytest.param(["template", "csv", "--party", "{empty}"], "--party", id="template-party"),
])
def test_an_empty_value_is_bad_usage(make_case: MakeCase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str], argv: list[str], named: str,
                                     empty: str) -> None:
    """An empty path or value (or only whitespace), which would silently mean the current folder or the default
    (``--out ""`` writing to reports/<id>): exit 2 with a usage error naming the option, and nothing written."""
    case = make_case({"am-mod.yaml": SOURCE_YAML})
    monkeypatch.chdir(tmp_path)
    before = sorted(path.name for path in tmp_path.iterdir())
    case_before = snapshot(case)
    with pytest.raises(SystemExit) as info:
        main([arg.format(case=case, empty=empty) for arg in argv], stdout=io.StringIO(), stderr=io.StringIO())
    assert info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"error: argument {named}: expected " in captured.err
    assert "Traceback" not in captured.err
    assert sorted(path.name for path in tmp_path.iterdir()) == before
    assert snapshot(case) == case_before
