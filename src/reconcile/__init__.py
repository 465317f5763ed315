"""reconcile: reconcile conflicting source claims about the same incidents.

The public API, for notebooks and scripts::

    import reconcile

    case = reconcile.load_case("claims/2012-tavush-qazakh")
    result = reconcile.reconcile(case)
    result.events, result.conflicts(), result.to_records(), result.to_json()

Everything else lives in the stage modules (``reconcile.load``, ``reconcile.places``, ``reconcile.match``,
``reconcile.cluster``, ``reconcile.merge``, ``reconcile.serialize``, ``reconcile.render``), documented in docs/.
"""

from __future__ import annotations

from reconcile._version import __version__
from reconcile.errors import CaseError, NormalizeError, OutputError, Problem, ReconcileError
from reconcile.load import Limits, load_case
from reconcile.match import MatchConfig
from reconcile.merge import DEFAULT_RULES, Rules
from reconcile.models import Case, Claim, Conflict, Event, Figure, Reconciliation
from reconcile.pipeline import reconcile
from reconcile.places import Gazetteer
from reconcile.track_records import track_records

__all__ = [
    "DEFAULT_RULES",
    "Case",
    "CaseError",
    "Claim",
    "Conflict",
    "Event",
    "Figure",
    "Gazetteer",
    "Limits",
    "MatchConfig",
    "NormalizeError",
    "OutputError",
    "Problem",
    "ReconcileError",
    "Reconciliation",
    "Rules",
    "__version__",
    "load_case",
    "reconcile",
    "track_records",
]
