"""The stages in order: claims -> groups of claims about one incident -> reconciled events.

Pure: no files, clock or environment. The CLI and the Python API both call `reconcile`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reconcile import _gc, regional
from reconcile.changes import with_changes
from reconcile.cluster import group_claims
from reconcile.match import MatchConfig
from reconcile.merge import DEFAULT_RULES, Rules, merge
from reconcile.models import Case, Reconciliation
from reconcile.places import Gazetteer, Mention, case_gazetteer

if TYPE_CHECKING:
    from reconcile.engine import Engine

__all__ = ["reconcile"]


def reconcile(case: Case, *, config: MatchConfig | None = None, rules: Rules | None = None,
              gazetteer: Gazetteer | None = None, previous: Reconciliation | None = None,
              since: str = "", engine: Engine | None = None) -> Reconciliation:
    """Match the case's claims into incidents and merge each into an event.

    ``config`` holds the matching weights and thresholds, ``rules`` the merge rules; both default to the documented
    defaults. ``gazetteer`` defaults to the case's regional gazetteer (``case.regional_gazetteer``, see
    `reconcile.regional`) extended by the case's own.

    ``previous`` is an earlier result of the case (e.g. read back with `reconcile.serialize.from_json`) and
    ``since`` its run time: the result then lists what changed since it (``changes``, ``changes_since``; see
    `reconcile.changes`). The events never depend on ``previous``: every claim is reconciled again, so adding
    claim files and running against the earlier result gives exactly the events of one run over all the files.

    ``engine`` says where matching and merging run: in this process by default, or on a Dask cluster with
    `reconcile.engine.DaskEngine` (``docs/engines.md``); the events are the same either way.
    """
    if previous is not None and not isinstance(previous, Reconciliation):
        # A path or the parsed JSON would fail deep in the comparison, naming an attribute the caller never wrote.
        raise TypeError(f"previous must be a Reconciliation, such as the first item that "
                        f"reconcile.serialize.read_json(path) returns; got {type(previous).__name__}")
    config = config or MatchConfig()
    rules = rules or DEFAULT_RULES
    given, gazetteer = gazetteer, case_gazetteer(case) if gazetteer is None else gazetteer
    with _gc.paused():  # the stages build millions of objects that live to the end of the run
        if engine is None:
            # Matching and merge both name the places of every claim: each distinct place text is read once.
            mentions: dict[str, tuple[Mention, ...]] = {}
            groups = group_claims(case, config=config, gazetteer=gazetteer, mentions=mentions)
            events = merge(case, groups, rules=rules, gazetteer=gazetteer, mentions=mentions)
            del mentions
        else:
            events = engine.events(case, config=config, rules=rules, gazetteer=gazetteer)
    places = (regional.describe(case.regional_gazetteer, case.parties, case.gazetteer) if given is None else
              "Places: resolved in the gazetteer the caller gave.")
    result = Reconciliation(case=case, events=events,
                            methodology=(*config.describe(), places, *rules.describe()))
    return result if previous is None else with_changes(result, previous, since=since)
