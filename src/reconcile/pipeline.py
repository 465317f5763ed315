"""The stages in order: claims -> groups of claims about one incident -> reconciled events.

Pure: no files, clock or environment. The CLI and the Python API both call `reconcile`.
"""

from __future__ import annotations

from reconcile.changes import with_changes
from reconcile.cluster import group_claims
from reconcile.match import MatchConfig
from reconcile.merge import DEFAULT_RULES, Rules, merge
from reconcile.models import Case, Reconciliation
from reconcile.places import Gazetteer

__all__ = ["reconcile"]


def reconcile(case: Case, *, config: MatchConfig | None = None, rules: Rules | None = None,
              gazetteer: Gazetteer | None = None, previous: Reconciliation | None = None,
              since: str = "") -> Reconciliation:
    """Match the case's claims into incidents and merge each into an event.

    ``config`` holds the matching weights and thresholds, ``rules`` the merge rules; both default to the documented
    defaults. ``gazetteer`` defaults to the shipped regional gazetteer extended by the case's own.

    ``previous`` is an earlier result of the case (e.g. read back with `reconcile.serialize.from_json`) and
    ``since`` its run time: the result then lists what changed since it (``changes``, ``changes_since``; see
    `reconcile.changes`). The events never depend on ``previous``: every claim is reconciled again, so adding
    claim files and running against the earlier result gives exactly the events of one run over all the files.
    """
    config = config or MatchConfig()
    rules = rules or DEFAULT_RULES
    gazetteer = gazetteer or Gazetteer.default().extended(case.gazetteer)
    groups = group_claims(case, config=config, gazetteer=gazetteer)
    events = merge(case, groups, rules=rules, gazetteer=gazetteer)
    result = Reconciliation(case=case, events=events, methodology=(*config.describe(), *rules.describe()))
    return result if previous is None else with_changes(result, previous, since=since)
