"""The stages in order: claims -> groups of claims about one incident -> reconciled events.

Pure: no files, clock or environment. The CLI and the Python API both call `reconcile`.
"""

from __future__ import annotations

from reconcile.cluster import group_claims
from reconcile.match import MatchConfig
from reconcile.merge import DEFAULT_RULES, Rules, merge
from reconcile.models import Case, Reconciliation
from reconcile.places import Gazetteer

__all__ = ["reconcile"]


def reconcile(case: Case, *, config: MatchConfig | None = None, rules: Rules | None = None,
              gazetteer: Gazetteer | None = None) -> Reconciliation:
    """Match the case's claims into incidents and merge each into an event.

    ``config`` holds the matching weights and thresholds, ``rules`` the merge rules; both default to the documented
    defaults. ``gazetteer`` defaults to the shipped regional gazetteer extended by the case's own.
    """
    config = config or MatchConfig()
    rules = rules or DEFAULT_RULES
    gazetteer = gazetteer or Gazetteer.default().extended(case.gazetteer)
    groups = group_claims(case, config=config, gazetteer=gazetteer)
    events = merge(case, groups, rules=rules, gazetteer=gazetteer)
    return Reconciliation(case=case, events=events, methodology=(*config.describe(), *rules.describe()))
