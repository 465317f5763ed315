"""Pausing Python's cyclic garbage collector while a stage builds many long-lived objects.

Loading a case and running the stages create millions of small objects that all live to the end of the run. The
collector, triggered by allocations, walks the growing heap again and again while they are being built (about a
fifth of the load time at a million claims, measured by ``benchmarks/run.py``); none of these objects form garbage
cycles worth collecting midway. `paused` turns automatic collection off for the duration and restores the caller's
setting afterwards, so a program that disabled the collector itself keeps it disabled.

On the way out, what the block built is handed to the oldest generation unexamined (`gc.freeze` then
`gc.unfreeze`, two list splices), so that switching the collector back on does not walk it all again: else the
first young collection afterwards examines every object allocated during the pause, and the next two generations
examine the survivors once more (2.5 s of a 30 s run at 100k claims, measured with `gc.callbacks`). The objects
stay collectable; the oldest generation is examined when its own rule says so. Where the program has frozen objects
itself (`gc.get_freeze_count`), they are left frozen and nothing is moved.
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
            if not gc.get_freeze_count():  # unfreezing would thaw what the program froze
                gc.freeze()
                gc.unfreeze()
            gc.enable()
