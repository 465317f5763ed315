"""Writing outputs: all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.errors import OutputError
from reconcile.output import write_files


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
