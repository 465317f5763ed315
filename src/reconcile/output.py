"""Write a run's files into the output folder without ever leaving a half-written folder behind.

Every file is first written completely into a staging folder next to the output folder (same file system), then
each is moved into place with an atomic rename. A failure before the moves leaves the earlier output untouched; the
staging folder is removed either way. Other files in the output folder are left alone.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from reconcile.errors import OutputError

__all__ = ["write_files"]


def write_files(folder: Path, files: Mapping[str, str]) -> None:
    """Write ``files`` ({name: text}) into ``folder`` (created if missing), all or nothing."""
    for name in files:
        if not name or "/" in name or "\\" in name or name in (".", ".."):
            raise OutputError(f"refusing to write a file named {name!r}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder {folder}: {exc.strerror or exc}") from None
    if not folder.is_dir():
        raise OutputError(f"the output path {folder} is not a folder")
    try:
        staging = Path(tempfile.mkdtemp(prefix=".reconcile-staging-", dir=folder))
    except OSError as exc:
        raise OutputError(f"cannot write into {folder}: {exc.strerror or exc}") from None
    try:
        for name, text in files.items():
            with open(staging / name, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        for name in files:
            os.replace(staging / name, folder / name)
    except OSError as exc:
        raise OutputError(f"cannot write into {folder}: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
