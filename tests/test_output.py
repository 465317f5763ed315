"""Writing outputs: all or nothing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TextIO

import pytest

from reconcile.errors import OutputError
from reconcile.output import Writer, write_files, write_outputs


def test_writes_all_files(tmp_path: Path) -> None:
    """Every file lands in the folder, which is created if missing, and no staging folder is left."""
    folder = tmp_path / "out" / "case"
    write_files(folder, {"a.json": "{}\n", "b.csv": "x\n"})
    assert sorted(p.name for p in folder.iterdir()) == ["a.json", "b.csv"]
    assert (folder / "a.json").read_text(encoding="utf-8") == "{}\n"


def test_failure_leaves_earlier_output_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When writing fails, the files of the earlier run are still whole and no staging folder remains."""
    folder = tmp_path / "out"
    write_files(folder, {"a.json": "old\n", "b.csv": "old\n"})

    import reconcile.output as output

    real_replace = output.os.replace
    calls: list[str] = []

    def fail_on_write(*args: object, **kwargs: object) -> None:
        calls.append("x")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", fail_on_write)
    with pytest.raises(OutputError, match="No space left on device"):
        write_files(folder, {"a.json": "new\n", "b.csv": "new\n"})
    monkeypatch.setattr(output.os, "replace", real_replace)
    assert calls
    assert sorted(p.name for p in folder.iterdir()) == ["a.json", "b.csv"]
    assert (folder / "a.json").read_text(encoding="utf-8") == "old\n"


def test_other_files_are_left_alone(tmp_path: Path) -> None:
    """A user's own files in the output folder survive a run."""
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    write_files(folder, {"a.json": "{}"})
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("name", ["../evil", "a/b", "", ".."])
def test_file_names_cannot_leave_the_folder(tmp_path: Path, name: str) -> None:
    """A file name with path characters is refused."""
    with pytest.raises(OutputError, match="refusing to write"):
        write_files(tmp_path / "out", {name: "x"})


def test_output_path_that_is_a_file(tmp_path: Path) -> None:
    """An output path that is an existing file gives an OutputError."""
    (tmp_path / "f").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError):
        write_files(tmp_path / "f", {"a": "b"})


# --- writers that stream into a handle --------------------------------------------------------------------------


def test_writers_stream_into_each_file(tmp_path: Path) -> None:
    """write_outputs calls each writer with an open text handle and moves the files into place."""
    folder = tmp_path / "out"

    def numbers(handle: TextIO) -> None:
        for number in range(3):
            handle.write(f"{number}\n")

    write_outputs(folder, {"numbers.txt": numbers, "word.txt": lambda handle: handle.write("ünï\n")})
    assert (folder / "numbers.txt").read_text(encoding="utf-8") == "0\n1\n2\n"
    assert (folder / "word.txt").read_bytes() == "ünï\n".encode()
    assert sorted(p.name for p in folder.iterdir()) == ["numbers.txt", "word.txt"]


def test_a_writer_that_raises_halfway_leaves_the_earlier_output(tmp_path: Path) -> None:
    """An exception from a writer, after it wrote part of its file, passes through unchanged; the earlier files are
    whole and no staging folder remains."""
    folder = tmp_path / "out"
    write_files(folder, {"a.json": "old\n", "b.html": "old\n"})

    def half(handle: TextIO) -> None:
        handle.write("<html>half a page")
        raise RuntimeError("template bug")

    with pytest.raises(RuntimeError, match="template bug"):
        write_outputs(folder, {"a.json": lambda handle: handle.write("new\n"), "b.html": half})
    assert sorted(p.name for p in folder.iterdir()) == ["a.json", "b.html"]
    assert (folder / "a.json").read_text(encoding="utf-8") == "old\n"
    assert (folder / "b.html").read_text(encoding="utf-8") == "old\n"


def test_a_full_disk_while_streaming_is_an_output_error(tmp_path: Path) -> None:
    """An OSError raised while a writer writes becomes an OutputError naming the folder, and the output folder the
    call created is gone again."""
    folder = tmp_path / "out"

    def full(handle: TextIO) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match=f"cannot write into {re.escape(str(folder))}: No space left on device"):
        write_outputs(folder, {"a.json": full})
    assert not folder.exists()


def test_writers_may_start_again(tmp_path: Path) -> None:
    """The handle is seekable: a writer can go back to the top and write its file again."""
    folder = tmp_path / "out"

    def twice(handle: TextIO) -> None:
        handle.write("a first draft that is longer\n")
        handle.seek(0)
        handle.truncate()
        handle.write("final\n")

    write_outputs(folder, {"a.txt": twice})
    assert (folder / "a.txt").read_text(encoding="utf-8") == "final\n"


def test_files_are_moved_in_the_given_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The files are moved into place in the order of the mapping, after every writer has finished."""
    import reconcile.output as output

    events: list[str] = []
    real = output.os.replace

    def replace(src: str, dst: str | Path) -> None:
        events.append(f"move {Path(dst).name}")
        real(src, dst)

    def writer(name: str) -> Writer:
        return lambda handle: events.append(f"write {name}")

    monkeypatch.setattr(output.os, "replace", replace)
    write_outputs(tmp_path / "out", {"b": writer("b"), "a": writer("a")})
    assert events == ["write b", "write a", "move b", "move a"]
