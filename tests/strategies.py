"""Hypothesis strategies for the input models, kept in step with src/reconcile/models.py."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from reconcile import _documents
from reconcile.match import claim_features, score_pair
from reconcile.models import CATEGORIES, CHANGE_KINDS, Casualties, Change, Claim, Count, DateSpan, Party
from reconcile.normalize import format_count, format_date
from reconcile.places import Gazetteer

PARTIES = ("armenia", "azerbaijan", "nkr")

ids = st.from_regex(r"[a-z0-9][a-z0-9._:-]{0,12}", fullmatch=True)
# Text a source might write, in several scripts, without leading/trailing blanks (YAML folds those).
texts = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs"), exclude_characters="\x85\u2028\u2029"),
    min_size=1, max_size=40,
).map(str.strip).filter(bool).filter(lambda text: _documents.mojibake_problem(text) is None)

days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


@st.composite
def spans(draw: st.DrawFn) -> DateSpan:
    """A span in canonical form: one day, an ISO interval or a calendar month."""
    start = draw(days)
    kind = draw(st.sampled_from(("day", "range", "month")))
    if kind == "day":
        span = DateSpan(start, start, "day")
    elif kind == "range":
        end = start + dt.timedelta(days=draw(st.integers(1, 40)))
        span = DateSpan(start, end, "range")
    else:
        first = start.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        span = DateSpan(first, nxt - dt.timedelta(days=1), "month")
    return DateSpan(span.start, span.end, span.precision, format_date(span))


@st.composite
def counts(draw: st.DrawFn) -> Count:
    low = draw(st.integers(0, 500))
    high = draw(st.one_of(st.none(), st.integers(low, low + 50)))
    count = Count(low, high)
    return Count(low, high, format_count(count))


@st.composite
def casualties(draw: st.DrawFn, party: str) -> Casualties:
    measures = draw(st.dictionaries(st.sampled_from(("killed", "wounded", "captured", "missing")), counts(),
                                    min_size=1))
    return Casualties(party=party, category=draw(st.sampled_from(CATEGORIES)), **measures)


@st.composite
def claims(draw: st.DrawFn, source: str = "src") -> Claim:
    parties = draw(st.lists(st.sampled_from(PARTIES), unique=True, max_size=2))
    date = draw(spans())
    return Claim(
        source=source,
        id=draw(ids),
        # said on the event's first day (or the day before, in another time zone) or later, as a loader requires
        stated=date.start + dt.timedelta(days=draw(st.integers(-1, 400))),
        quote=draw(texts),
        date=date,
        place=draw(texts),
        region=draw(st.one_of(st.none(), texts)),
        initiator=draw(st.one_of(st.none(), st.sampled_from((*PARTIES, "unknown")))),
        stance=draw(st.sampled_from(("asserts", "denies"))),
        casualties=tuple(sorted((draw(casualties(p)) for p in parties), key=lambda c: (c.party, c.category))),
    )


def claim_to_yaml_data(claim: Claim) -> dict[str, object]:
    """The claim-file form of a claim (what an analyst would write for it)."""
    data: dict[str, object] = {
        "id": claim.id, "stated": claim.stated.isoformat(), "quote": claim.quote, "date": claim.date.text,
        "place": claim.place, "stance": claim.stance,
    }
    if claim.region is not None:
        data["region"] = claim.region
    if claim.initiator is not None:
        data["initiator"] = claim.initiator
    if claim.casualties:
        data["casualties"] = [
            {"party": c.party, "category": c.category, **{m: v.text for m, v in c.measures()}} for c in claim.casualties
        ]
    return data


# A value before or after a change: text, a whole number, nothing, or a list of ids.
change_values = st.one_of(texts, st.integers(-5, 500), st.none(), st.lists(ids, max_size=3).map(tuple))


@st.composite
def changes(draw: st.DrawFn) -> Change:
    """A change as reconciliation.json may hold it (the values need not make sense together)."""
    names = st.sampled_from(("low", "best", "high", "grade", "events", "claims", "file", "reason"))
    return Change(
        kind=draw(st.sampled_from(CHANGE_KINDS)),
        events=tuple(draw(st.lists(ids, max_size=3))),
        claims=tuple(draw(st.lists(ids, max_size=3))),
        before=tuple(draw(st.dictionaries(names, change_values, max_size=3)).items()),
        after=tuple(draw(st.dictionaries(names, change_values, max_size=3)).items()),
        summary=draw(texts),
    )


def place_claim(source: str, place: str, day: dt.date = dt.date(2019, 6, 4)) -> Claim:
    """A claim that differs from another only by its source and place text: for comparing places alone."""
    return Claim(source=source, id="c", stated=day, quote="q", date=DateSpan(day, day, "day"), place=place)


def place_weight(a: str, b: str, parties: tuple[Party, ...] = ()) -> float:
    """The place feature's weight between two claims of one day that name ``a`` and ``b``, with no gazetteer."""
    fa, fb = claim_features([place_claim("s1", a), place_claim("s2", b)], gazetteer=Gazetteer(()), parties=parties)
    return next(c for c in score_pair(fa, fb).contributions if c.feature == "place").weight
