"""Errors raised by reconcile.

Disagreements between sources are data (conflicts in the reconciliation), never exceptions. Exceptions are for
broken input and broken contracts::

    ReconcileError                  root of everything reconcile raises on purpose
    ├── CaseError (ValueError)      a case folder cannot be read; carries every `Problem` found, not just the first
    ├── NormalizeError (ValueError) one value (a date, a count, a party name) cannot be read; the loader turns it into
    │                               a `Problem` with the file, line and field
    └── OutputError (OSError)       results cannot be written, or an earlier output cannot be read back

Each problem renders as ``path:line: $.claims[2].date: what is wrong (got '...')``.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs


class ReconcileError(Exception):
    """Root of the errors reconcile raises on purpose."""


class NormalizeError(ReconcileError, ValueError):
    """A single value cannot be normalized; the message says what was expected and shows the value with ``!r``."""


class OutputError(ReconcileError, OSError):
    """Output cannot be written, or an earlier output cannot be read back."""


@attrs.frozen
class Problem:
    """One thing wrong with a case: where it is (file, line, field path) and what is wrong.

    ``line`` is 0 when the problem belongs to a whole file; ``field`` is a JSONPath-like ``$.claims[2].date`` or
    ``""`` for the whole file. ``claim`` is the global claim id where one is known.
    """

    file: str
    line: int
    field: str
    message: str
    claim: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"

    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.file, self.line, self.field, self.message)


class CaseError(ReconcileError, ValueError):
    """A case cannot be read; ``problems`` lists every problem found, sorted by file and line.

    ``claim_problems`` are those of them that concern one claim each: ``load_case(..., on_bad_claim="reject")``
    would reject their claims instead (the others concern whole files, and stop the reading either way).
    """

    def __init__(self, problems: Iterable[Problem], *, claim_problems: Iterable[Problem] = ()) -> None:
        self.problems: tuple[Problem, ...] = tuple(sorted(set(problems), key=Problem.sort_key))
        self.claim_problems: tuple[Problem, ...] = tuple(sorted(set(claim_problems), key=Problem.sort_key))
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the case"
        super().__init__("\n".join([head, *map(str, self.problems)]))
