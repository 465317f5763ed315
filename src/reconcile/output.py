"""Write a run's files into the output folder without ever leaving a half-written folder behind.

Every file is first written completely into a staging folder next to the output folder (same file system), by a
writer that streams into an open text handle, and synced to disk; then each is moved into place with an atomic
rename, in the order given, and the folder itself is synced. Before the first move every destination is checked
(a folder where a file should go is refused), and a move that fails all the same puts back the files the earlier
moves replaced. A failure before the moves — a full disk, or any exception a writer raises, such as a template
error halfway through a report — leaves the earlier output untouched, and leaves no output folder behind where
there was none; the staging folder is removed either way. Other files in the output folder are left alone.

Writers are plain callables, ``writer(handle)``: the handle is a text file (UTF-8, no newline translation) that is
seekable, so a writer may start again from the top (``handle.seek(0); handle.truncate()``). It is a `Utf8Handle`, so
a writer that has UTF-8 bytes at hand may write them into its binary ``buffer`` instead, after flushing the handle.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TextIO

from reconcile.errors import OutputError

__all__ = ["Utf8Handle", "Writer", "not_a_folder", "write_files", "write_outputs"]

#: Writes one file's content into an open text handle; what it returns is ignored.
Writer = Callable[[TextIO], object]

# Large enough that streaming many small pieces costs few system calls.
_BUFFER = 1 << 20


class Utf8Handle(io.TextIOWrapper):
    """The text handle `write_outputs` gives each writer: UTF-8, no newline translation. Being of this class is the
    promise that bytes written into its ``buffer`` (once the handle is flushed) are the same file as their text
    written into the handle (`reconcile.serialize.write_json` writes orjson's bytes so)."""


def _open_utf8(path: Path) -> Utf8Handle:
    return Utf8Handle(open(path, "wb", buffering=_BUFFER), encoding="utf-8", newline="")


def write_outputs(folder: Path, writers: Mapping[str, Writer]) -> None:
    """Write each file of ``writers`` ({name: writer}) into ``folder`` (created if missing), all or nothing.

    The writers run in the given order, each into its own file in the staging folder; the files are moved into
    place in the same order once every writer has finished and every destination is known to take a file. An
    `OSError` while writing or moving becomes an `OutputError`; any other exception from a writer passes through
    unchanged, with nothing moved. A move that fails all the same puts back the files already replaced, and a
    folder this call created is removed again when nothing was written into it.
    """
    for name in writers:
        if not name or "/" in name or "\\" in name or name in (".", ".."):
            raise OutputError(f"refusing to write a file named {name!r}")
    created = _missing_folders(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _remove_empty(created)
        raise OutputError(f"cannot create the output folder {folder}: {not_a_folder(folder) or exc.strerror or exc}; "
                          "choose another --out (nothing was written)") from None
    if not folder.is_dir():
        raise OutputError(f"the output path {folder} is not a folder")
    _check_destinations(folder, writers)  # before the writers' work, and again before the first move
    try:
        staging = Path(tempfile.mkdtemp(prefix=".reconcile-staging-", dir=folder))
    except OSError as exc:
        _remove_empty(created)
        raise OutputError(f"cannot write into {folder}: {exc.strerror or exc}") from None
    moved = False
    try:
        for name, writer in writers.items():
            with _open_utf8(staging / name) as handle:
                writer(handle)
                handle.flush()
                os.fsync(handle.fileno())
        _check_destinations(folder, writers)
        _move_all(staging, folder, writers)
        moved = True
        _sync_folder(folder)
    except OSError as exc:
        if isinstance(exc, OutputError):
            raise
        raise OutputError(f"cannot write into {folder}: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if not moved:
            _remove_empty(created)


def not_a_folder(folder: Path) -> str:
    """What stands where ``folder`` or one of the folders above it should be, in words (``""`` when nothing does)."""
    for path in (folder, *folder.parents):
        if os.path.lexists(path) and not path.is_dir():
            what = "a file, not a folder" if path.is_file() else "not a folder"
            return f"it is {what}" if path == folder else f"{path} is {what}"
    return ""


def _missing_folders(folder: Path) -> list[Path]:
    """The folders that creating ``folder`` would create, deepest first."""
    missing: list[Path] = []
    for path in (folder, *folder.parents):
        if os.path.lexists(path):
            break
        missing.append(path)
    return missing


def _remove_empty(folders: list[Path]) -> None:
    """Remove the given folders, deepest first, as long as each is empty."""
    for path in folders:
        try:
            path.rmdir()
        except OSError:
            return


def _check_destinations(folder: Path, names: Iterable[str]) -> None:
    """`OutputError` when a file cannot be moved to one of the ``names`` in ``folder``: before any move, so that
    either every file is replaced or none."""
    for name in names:
        target = folder / name
        if target.is_dir() and not target.is_symlink():
            raise OutputError(f"cannot write {target}: it is a folder; move it away or choose another --out, and "
                              "run again (nothing was written)")


def _move_all(staging: Path, folder: Path, names: Iterable[str]) -> None:
    """Move each file from ``staging`` to ``folder``; when a move fails, put back the files the earlier moves
    replaced (kept as hard links in ``staging`` where the file system allows) and remove those they added, then
    raise."""
    done: list[tuple[Path, Path | None]] = []
    try:
        for name in names:
            target = folder / name
            earlier: Path | None = None
            if os.path.lexists(target):
                earlier = staging / f".earlier-{name}"
                try:
                    os.link(target, earlier, follow_symlinks=False)
                except OSError:
                    earlier = target  # cannot be kept: the new file stays
            os.replace(staging / name, target)
            done.append((target, earlier))
    except OSError:
        for target, earlier in reversed(done):
            with contextlib.suppress(OSError):
                if earlier is None:
                    target.unlink()
                elif earlier != target:
                    os.replace(earlier, target)
        raise


def write_files(folder: Path, files: Mapping[str, str]) -> None:
    """Write ``files`` ({name: text}) into ``folder`` (created if missing), all or nothing; see `write_outputs`."""
    write_outputs(folder, {name: _text_writer(text) for name, text in files.items()})


def _text_writer(text: str) -> Writer:
    return lambda handle: handle.write(text)


def _sync_folder(folder: Path) -> None:
    """Make the renames durable where the system allows syncing a folder (not on Windows)."""
    if not hasattr(os, "O_DIRECTORY"):  # pragma: no cover - Windows
        return
    with contextlib.suppress(OSError):  # some file systems refuse to sync a folder; the files are synced
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
