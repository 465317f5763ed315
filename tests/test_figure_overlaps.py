"""People of unknown status beside soldiers or civilians of the same side: a figure that may count them again.

QA of an India–Pakistan case: Dawn wrote "three people were killed in Chakothi", ISPR "3 civilians martyred". The
event had two figures of Pakistan's killed, 3 of unknown status and 3 civilians, and events.csv gave no hint that
adding them up counts the same three people twice. A figure of category ``unknown`` now names the categories whose
people it may count again (`FigureBasis.overlaps`, docs/merge-rules.md, "People of unknown status"), in events.csv,
reconciliation.json and the report.
"""

from __future__ import annotations

import csv
import io
import json

import jsonschema
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.merge import FigureBases
from reconcile.models import Claim
from reconcile.report import build_view
from reconcile.serialize import events_csv, from_json, to_json

from .test_merge_basis import GENERATED, SCHEMA, basis, case_of, claim, event_of, reconciliation_of

DAWN_PEOPLE = claim("dawn/d2", stated="2019-06-10", initiator="india", figures=("pakistan:unknown:killed=three",))
ISPR_CIVILIANS = claim("ispr/pr-7", initiator="india", figures=("pakistan:civilians:killed=3",))


def test_people_of_unknown_status_beside_civilians_may_be_the_same_people() -> None:
    """Dawn's three people and ISPR's three civilians: the unknown figure may count the civilians again; the
    civilians' figure itself says nothing of the kind."""
    _, unknown = basis([DAWN_PEOPLE, ISPR_CIVILIANS], "pakistan", "unknown")
    _, civilians = basis([DAWN_PEOPLE, ISPR_CIVILIANS], "pakistan", "civilians")
    assert unknown.overlaps == ("civilians",)
    assert civilians.overlaps == ()


def test_a_claim_that_tells_its_groups_apart_overlaps_nothing() -> None:
    """A claim giving 3 civilians and 2 others of unknown status has told the two apart."""
    both = claim("dawn/d3", initiator="india", figures=("pakistan:civilians:killed=3", "pakistan:unknown:killed=2"))
    _, unknown = basis([both], "pakistan", "unknown")
    assert unknown.overlaps == ()
    # A second outlet's people of unknown status, which gives no civilians, may be the civilians again.
    other = claim("pti/p1", initiator="india", figures=("pakistan:unknown:killed=5",))
    _, unknown = basis([both, other], "pakistan", "unknown")
    assert unknown.overlaps == ("civilians",)


def test_only_the_same_party_and_measure_overlap() -> None:
    """People of unknown status on Pakistan's side killed do not overlap India's civilians killed or Pakistan's
    civilians wounded."""
    indian = claim("adgpi/a1", initiator="pakistan", figures=("india:civilians:killed=3",))
    wounded = claim("ispr/pr-8", initiator="india", figures=("pakistan:civilians:wounded=4",))
    _, unknown = basis([DAWN_PEOPLE, indian, wounded], "pakistan", "unknown")
    assert unknown.overlaps == ()


def test_soldiers_and_civilians_both_in_the_order_of_categories() -> None:
    soldiers = claim("ispr/pr-9", initiator="india", figures=("pakistan:soldiers:killed=2",))
    _, unknown = basis([ISPR_CIVILIANS, DAWN_PEOPLE, soldiers], "pakistan", "unknown")
    assert unknown.overlaps == ("soldiers", "civilians")


def test_a_superseded_statement_counts_for_nothing() -> None:
    """Dawn's people of unknown status, revised into civilians by Dawn itself: the revision retires the earlier
    figure, and nothing is flagged."""
    revised = claim("dawn/d4", stated="2019-06-11", initiator="india", supersedes=("dawn/d2",),
                    figures=("pakistan:civilians:killed=3",))
    claims = (DAWN_PEOPLE, revised, ISPR_CIVILIANS)
    event = event_of(*claims)
    assert [f.category for f in event.casualties] == ["civilians"]
    assert [b.overlaps for b in FigureBases(case_of(*claims))(event)] == [()]


def test_the_outputs_say_so() -> None:
    """events.csv has the categories in its ``overlaps`` column; reconciliation.json in the figure's basis, valid by
    the published schema and read back the same; the report's figure tells the reader not to add the two up."""
    rec = reconciliation_of(DAWN_PEOPLE, ISPR_CIVILIANS)
    rows = {row["category"]: row for row in csv.DictReader(io.StringIO(events_csv(rec)))}
    assert (rows["unknown"]["overlaps"], rows["civilians"]["overlaps"]) == ("civilians", "")
    text = to_json(rec, generated=GENERATED)
    data = json.loads(text)
    jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
    assert {f["category"]: f["basis"]["overlaps"] for f in data["events"][0]["casualties"]} == {
        "unknown": ["civilians"], "civilians": []}
    back, _ = from_json(text)
    assert back == rec
    (card,) = build_view(rec, generated=GENERATED, engine_version="1").events
    texts = {f.category: f.basis for f in card.figures}
    assert "may be the civilians counted beside them" in texts["unknown"]
    assert "may be" not in texts["civilians"]


def test_people_of_an_unknown_party_beside_a_sides_civilians_may_be_the_same_people() -> None:
    """QA of the al-Ahli hospital blast (Gaza, 17 October 2023): the US estimate of 100 to 300 civilians killed,
    whose side it does not name, beside the ministry's 471 civilians of its own side. The estimate may count the
    same dead; so may people of unknown status of an unknown party; the side's own figure says nothing of the kind,
    and a claim that gives both has told them apart."""
    moh = claim("moh/m2", initiator="india", figures=("pakistan:civilians:killed=471",))
    estimate = claim("odni/u1", figures=("unknown:civilians:killed=100-300",))
    people = claim("dgse/f1", figures=("unknown:unknown:killed=10-50",))
    soldiers = claim("ispr/s1", figures=("pakistan:soldiers:killed=2",))
    claims = [moh, estimate, people, soldiers]
    assert basis(claims, "unknown", "civilians")[1].overlaps == ("civilians",)
    assert basis(claims, "unknown", "unknown")[1].overlaps == ("soldiers", "civilians")
    assert basis(claims, "pakistan", "civilians")[1].overlaps == ()
    both = claim("wire/w1", figures=("pakistan:civilians:killed=4", "unknown:civilians:killed=2"))
    assert basis([both], "unknown", "civilians")[1].overlaps == ()
    rec = reconciliation_of(moh, estimate)
    (card,) = build_view(rec, generated=GENERATED, engine_version="1").events
    texts = {(f.party, f.category): f.basis for f in card.figures}
    assert "may be the civilians counted beside them for a party" in next(
        text for (party, _), text in texts.items() if "unknown" in party)


_CATEGORY = st.sampled_from(["soldiers", "civilians", "unknown"])
_FIGURE = st.tuples(st.sampled_from(["pakistan", "india", "unknown"]), _CATEGORY,
                    st.sampled_from(["killed", "wounded"]), st.integers(0, 9))
_SOURCES = ("dawn", "pti", "ani", "ispr", "adgpi", "unmogip")


@st.composite
def _claims(draw: st.DrawFn) -> list[Claim]:
    made = []
    for n, figures in enumerate(draw(st.lists(st.lists(_FIGURE, min_size=1, max_size=4,
                                                           unique_by=lambda f: f[:3]), min_size=1, max_size=5))):
        made.append(claim(f"{draw(st.sampled_from(_SOURCES))}/c{n}", stated=f"2019-06-{10 + n}",
                          figures=tuple(f"{p}:{c}:{m}={k}" for p, c, m, k in figures)))
    return made


@given(_claims(), st.randoms(use_true_random=False))
@example([claim("dawn/c0", figures=("pakistan:unknown:killed=3", "pakistan:civilians:killed=3"))], None)
def test_overlaps_name_only_other_counted_figures_and_do_not_depend_on_order(claims: list[Claim],
                                                                             shuffle: object) -> None:
    """A figure's overlaps are the categories, other than unknown, of counted figures of the same measure in the
    event — of the same party for a figure of unknown status, of a named party and the figure's category (any, if
    unknown) for a figure of the party unknown — each with a claim of the figure that gives none of it; only a
    figure of unknown status or party has any; and the order of the claims changes none of them."""
    event = event_of(*claims)
    bases = FigureBases(case_of(*claims))(event)
    for figure, found in zip(event.casualties, bases, strict=True):
        nobody = figure.party == "unknown"
        if figure.category != "unknown" and not nobody:
            assert found.overlaps == ()
            continue
        mine = {v.claim for v in figure.values if v.counted}
        expected = [c for c in ("soldiers", "civilians") if any(
            other.category == c and other.measure == figure.measure
            and ((other.party == figure.party and figure.category == "unknown")
                 or (nobody and other.party != "unknown" and figure.category in ("unknown", c)))
            and any(v.counted for v in other.values) and mine - {v.claim for v in other.values if v.counted}
            for other in event.casualties)]
        assert found.overlaps == tuple(expected)
    if shuffle is not None:
        reordered = list(claims)
        shuffle.shuffle(reordered)  # type: ignore[attr-defined]
        again = event_of(*reordered)
        assert FigureBases(case_of(*reordered))(again) == bases
