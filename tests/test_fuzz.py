"""Fuzzing the whole pipeline from files: any mix of good and broken claims ends in events or in `rejected`.

Laws: no exception other than reconcile's own; every claim written to a file is either in exactly one event or
listed in `rejected`; the outputs render, as UTF-8.

Files are YAML or JSON, and a quote may hold surrogates (U+D800 to U+DFFF, which `st.text()` never draws): both
formats write them as escapes, which must reject the claim, not fail the run when the outputs are encoded.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.errors import ReconcileError
from reconcile.load import load_case
from reconcile.pipeline import reconcile
from reconcile.render import render_report
from reconcile.serialize import events_csv, to_json

from .conftest import CASE_YAML, MakeCase

PLACES = ["Voskepar", "Ոսկեպար", "Воскепар", "Berdavan", "Aşağı Əskipara", "Asagi Askipara", "Horadiz", "Горадиз",
          "near Berdavan and Chinari", "", "<script>alert(1)</script>", "Nerkin Karmiraghbyur"]
DATES = ["2012-06-04", "2012-06-05", "2012-06", "4 June 2012", "early June 2012", "2012-06-04/2012-06-06",
         "2012-06-07/2012-06-01", "someday", 2012, None]
COUNTS = [0, 1, 3, "three", "several", "at least 4", "15 to 20", "suffering casualties", -1, 2.5, "heaps", None,
          {"text": "huge losses", "low": 1}]
PARTIES = ["armenia", "azerbaijan", "nkr", "Armenian", "Азербайджан", "georgia", None]
# Surrogates and a letter: a lone surrogate, or a high half before a low one (JSON reads that pair as one character).
SURROGATE_TEXT = st.text(st.characters(categories=["Cs"]) | st.just("a"), min_size=1, max_size=3)


@st.composite
def claim_dicts(draw: st.DrawFn, index: int) -> dict[str, Any]:
    claim: dict[str, Any] = {
        "id": draw(st.sampled_from([f"c{index}", f"c{index}", "../x", "", None])),
        "stated": draw(st.sampled_from(["2012-06-04", "2012-06-05", "2012-06-08", "June 2012"])),
        "quote": draw(st.sampled_from(["they attacked", "nothing happened", "", "x" * 50]) | SURROGATE_TEXT),
        "date": draw(st.sampled_from(DATES)),
        "place": draw(st.sampled_from(PLACES)),
    }
    if draw(st.booleans()):
        claim["initiator"] = draw(st.sampled_from(PARTIES))
    if draw(st.booleans()):
        claim["stance"] = draw(st.sampled_from(["asserts", "denies", "maybe"]))
    if draw(st.booleans()):
        claim["casualties"] = [{"party": draw(st.sampled_from(PARTIES)),
                                draw(st.sampled_from(["killed", "wounded", "missing"])): draw(st.sampled_from(COUNTS))}]
    if draw(st.integers(0, 5)) == 0:
        claim[draw(st.sampled_from(["supersedes", "adds_to"]))] = [f"c{draw(st.integers(0, 5))}"]
    if draw(st.integers(0, 8)) == 0:
        claim["colour"] = "red"
    return {key: value for key, value in claim.items() if value is not None}


@st.composite
def source_files(draw: st.DrawFn) -> dict[str, str]:
    files: dict[str, str] = {}
    for number, (source, kind, speaks) in enumerate(draw(st.lists(
            st.sampled_from([("am", "belligerent", "armenia"), ("az", "belligerent", "azerbaijan"),
                             ("osce", "monitor", None), ("press", "media", None)]), min_size=1, max_size=3,
            unique=True))):
        header: dict[str, Any] = {"id": source, "name": source.upper(), "kind": kind}
        if speaks:
            header["speaks_for"] = speaks
        claims = [draw(claim_dicts(number * 10 + i)) for i in range(draw(st.integers(0, 5)))]
        if draw(st.booleans()):
            files[f"{source}.yaml"] = yaml.safe_dump({"source": header, "claims": claims}, allow_unicode=True)
        else:
            files[f"{source}.json"] = json.dumps({"source": header, "claims": claims})
    return files


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
          deadline=None)
@given(files=source_files())
def test_every_claim_ends_in_an_event_or_in_rejected(make_case: MakeCase, files: dict[str, str],
                                                     tmp_path: Path) -> None:
    """Whatever the mix of good and broken claims, each is placed once or rejected, and the outputs render."""
    for old in [*tmp_path.glob("test-case/*.yaml"), *tmp_path.glob("test-case/*.json")]:
        old.unlink()
    folder = make_case({"case.yaml": CASE_YAML, **files})
    written = sum(len(yaml.safe_load(text)["claims"] if name.endswith(".yaml") else json.loads(text)["claims"])
                  for name, text in files.items())
    try:
        case = load_case(folder, on_bad_claim="reject")
    except ReconcileError:
        return  # a file-level problem: the run stops, which the corpus tests cover
    assert len(case.claims) + len(case.rejected) == written
    result = reconcile(case)
    placed = [claim for event in result.events for claim in event.claims]
    assert sorted(placed) == sorted(claim.global_id for claim in case.claims)
    to_json(result, generated="g").encode("utf-8")
    events_csv(result).encode("utf-8")
    html = render_report(result, generated="g")
    html.encode("utf-8")
    assert "<script>alert(1)</script>" not in html
