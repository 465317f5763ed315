"""Pausing Python's cyclic garbage collector while a stage builds many long-lived objects.

Loading a case and running the stages create millions of small objects that all live to the end of the run. The
collector, triggered by allocations, walks the growing heap again and again while they are being built (about a
fifth of the load time at a million claims, measured by ``benchmarks/run.py``); none of these objects form garbage
cycles worth collecting midway. `paused` turns automatic collection off for the duration and restores the caller's
setting afterwards, so a program that disabled the collector itself keeps it disabled.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused"]


@contextmanager
def paused() -> Iterator[None]:
    """Turn off automatic garbage collection inside the block (nested use is fine)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
