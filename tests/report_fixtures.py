"""Hand-built reconciliations for the report tests: every conflict kind, every grade, revisions, open highs, an event
without casualties, a period total that starts long before the rest, a claim in no event, a rejected claim,
independent origins, a relay chain, a probable relay and admissions against interest (one that an opposing side
asserts), and hostile text in every text field a claim file can set.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import attrs

from reconcile.models import (
    Admission,
    Case,
    Casualties,
    Change,
    Claim,
    Conflict,
    Contribution,
    Count,
    DateSpan,
    Event,
    Figure,
    FigureValue,
    OriginGroup,
    PairScore,
    Party,
    PlaceMention,
    ProbableRelay,
    Reconciliation,
    Rejected,
    Relay,
    Source,
)

SCRIPT: Final = "<script>alert(1)</script>"
ATTR: Final = '"><img src=x onerror=alert(1)>'
JS_URL: Final = "javascript:alert(1)"
HOSTILE: Final = f"{SCRIPT} {ATTR}"

#: URLs that must never become links, and ones that must.
BAD_URLS: Final = (
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "\tjavascript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//example.org/no-scheme",
    "http:no-host",
    "file:///etc/passwd",
)
GOOD_URLS: Final = ("https://example.org/report?a=1&b=2", "HTTP://example.org/upper", " https://example.org/padded ")


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def span(start: str, end: str | None = None, precision: str = "day", text: str = "") -> DateSpan:
    first = day(start)
    last = day(end) if end else first
    return DateSpan(first, last, precision, text or (start if end is None else f"{start}/{end}"))  # type: ignore[arg-type]


PARTIES: Final = (
    Party("armenia", "Armenia"),
    Party("azerbaijan", "Azerbaijan"),
    Party("nkr", "Nagorno-Karabakh Republic", aligned_with=("armenia",)),
)

SOURCES: Final = (
    Source("am-mod", "Ministry of Defence of Armenia", "belligerent", speaks_for="armenia", file="am-mod.yaml",
           line=1),
    Source("az-mod", "Ministry of Defence of Azerbaijan", "belligerent", speaks_for="azerbaijan",
           file="az-mod.csv", line=1),
    Source("osce", "OSCE monitors", "monitor", file="osce.yaml", line=1),
    Source("article", "The article", "analyst", file="article.yaml", line=1),
    Source("evil", f"Evil {HOSTILE} Agency", "media", aligned_with=("armenia",), file="evil.yaml", line=1),
)


def _claim(source: str, cid: str, stated: str, when: DateSpan, place: str, **extra: object) -> Claim:
    return Claim(source=source, id=cid, stated=day(stated), quote=str(extra.pop("quote", f"{source} said so")),
                 date=when, place=place, file=f"{source}.yaml", line=int(str(extra.pop("line", 3))),
                 **extra)  # type: ignore[arg-type]


CLAIMS: Final = (
    _claim("am-mod", "c0604", "2012-06-04", span("2012-06-04"), "near Berdavan and Chinari",
           initiator="azerbaijan", url="https://example.org/am-mod?x=1&y=2",
           reference="Statement of 4 June", quote="the enemy was repelled, suffering casualties",
           casualties=(Casualties("armenia", "soldiers", killed=Count(3, 3, "three"), wounded=Count(6, 6, "six")),
                       Casualties("azerbaijan", "soldiers", killed=Count(1, None, "suffering casualties")))),
    _claim("az-mod", "d0604", "2012-06-04", span("2012-06-04"), "the border", stance="denies",
           initiator="armenia", casualties=(Casualties("azerbaijan", "soldiers", killed=Count(0, 0, "0")),)),
    _claim("am-mod", "c0605", "2012-06-05", span("2012-06-05"), "Voskepar", initiator="azerbaijan",
           casualties=(Casualties("azerbaijan", "soldiers", killed=Count(4, 4, "four")),)),
    _claim("az-mod", "d0605", "2012-06-05", span("2012-06-05"), "the border", stance="denies", line=7,
           casualties=(Casualties("azerbaijan", "soldiers", killed=Count(0, 0, "0")),)),
    _claim("az-mod", "k0605", "2012-06-05", span("2012-06-05"), "Asagi Askipara", initiator="armenia",
           supersedes=("az-mod/d0605",), line=9,
           casualties=(Casualties("azerbaijan", "soldiers", killed=Count(4, 4, "four")),)),
    _claim("az-mod", "f0605", "2012-06-06", span("2012-06-06"), "Qazakh Rayon", adds_to=("az-mod/k0605",),
           line=11, casualties=(Casualties("azerbaijan", "soldiers", killed=Count(1, 1, "1")),)),
    _claim("osce", "visit", "2012-06-02", span("2012-05-31", "2012-06-02", "range"), "Aygepar"),
    _claim("article", "since-2011", "2012-06-07", span("2011-01-01", "2012-06-07", "range"), "the border",
           casualties=(Casualties("azerbaijan", "unknown", wounded=Count(3, 9, "several")),)),
    _claim("article", "infobox", "2012-06-07", span("2012-06-01", "2012-06-07", "range"), "the border", line=9),
    _claim("evil", "x1", "2012-06-03", span("2012-06-03"), f"Village {HOSTILE}", quote=f"Quote {HOSTILE}",
           url=JS_URL, reference=f"Ref {HOSTILE}", region=f"Region {HOSTILE}", initiator="azerbaijan",
           casualties=(Casualties("armenia", "civilians", killed=Count(2, 2, f"two {SCRIPT}")),)),
    *(_claim("evil", f"bad{i}", "2012-06-03", span("2012-06-03"), "somewhere", url=url, line=20 + i)
      for i, url in enumerate(BAD_URLS)),
    *(_claim("evil", f"good{i}", "2012-06-03", span("2012-06-03"), "somewhere", url=url, line=40 + i)
      for i, url in enumerate(GOOD_URLS)),
    _claim("osce", "lonely", "2012-06-08", span("2012-06-08"), "nowhere", quote="matched to nothing", line=9),
)

_URL_CLAIMS: Final = tuple(f"evil/bad{i}" for i in range(len(BAD_URLS))) + tuple(
    f"evil/good{i}" for i in range(len(GOOD_URLS)))


def _evidence(a: str, b: str, *weights: tuple[str, float, str]) -> PairScore:
    return PairScore(a=a, b=b, total=sum(w for _, w, _ in weights),
                     contributions=tuple(Contribution(f, w, d) for f, w, d in weights))


EVENTS: Final = (
    Event(
        id="ev-2011", claims=("article/since-2011",), superseded=(),
        date=span("2011-01-01", "2012-06-07", "range"),
        places=(PlaceMention("article/since-2011", "article", "the border"),), grade="single-source",
        casualties=(Figure("azerbaijan", "unknown", "wounded", 3, 3, 9,
                           (FigureValue("article/since-2011", "article", Count(3, 9, "several")),)),),
    ),
    Event(
        id="ev-0531", claims=("osce/visit",), superseded=(), date=span("2012-05-31", "2012-06-02", "range"),
        places=(PlaceMention("osce/visit", "osce", "Aygepar", "aygepar", "Aygepar"),), grade="corroborated",
        independent_origins=1, origins=(OriginGroup(("osce",), ("osce/visit",)),),
    ),
    Event(
        id="ev-0603-evil", claims=("evil/x1", *_URL_CLAIMS), superseded=(), date=span("2012-06-03"),
        places=(PlaceMention("evil/x1", "evil", f"Village {HOSTILE}", "vil", f"Resolved {HOSTILE}"),),
        grade="denied",
        casualties=(Figure("armenia", "civilians", "killed", 2, 2, 2,
                           (FigureValue("evil/x1", "evil", Count(2, 2, f"two {SCRIPT}"), note=f"note {HOSTILE}"),)),),
        initiators=(("evil/x1", "azerbaijan"),),
        conflicts=(Conflict("location", ("evil/x1", "evil/bad0"), (f"v {HOSTILE}", "somewhere"),
                            f"Summary {HOSTILE}"),),
        evidence=(_evidence("evil/bad0", "evil/x1", (f"feat {SCRIPT}", 1.5, f"detail {HOSTILE}")),),
        independent_origins=1,
        origins=(OriginGroup((f"relayed: spokesman {HOSTILE}", "evil"), ("evil/x1", "evil/bad1"), ("armenia",)),),
        relays=(Relay("evil/x1", ("evil", f"Spokesman {HOSTILE}")),),
        probable_relays=(ProbableRelay("evil/bad1", "evil/x1", 91.5, 0, 0, f"Probable {HOSTILE}"),),
        admissions=(Admission("evil/x1", f"relayed: spokesman {HOSTILE}", "initiative", "armenia", True, (),
                              f"Admission {HOSTILE}"),),
    ),
    Event(
        id="ev-0604", claims=("am-mod/c0604", "az-mod/d0604"), superseded=(), date=span("2012-06-04"),
        places=(PlaceMention("am-mod/c0604", "am-mod", "Berdavan", "berdavan", "Berdavan"),
                PlaceMention("am-mod/c0604", "am-mod", "Chinari", "chinari", "Chinari"),
                PlaceMention("az-mod/d0604", "az-mod", "the border")),
        grade="contested",
        casualties=(
            Figure("armenia", "soldiers", "killed", 3, 3, 3,
                   (FigureValue("am-mod/c0604", "am-mod", Count(3, 3, "three")),)),
            Figure("azerbaijan", "soldiers", "killed", 0, 1, None, (
                FigureValue("am-mod/c0604", "am-mod", Count(1, None, "suffering casualties")),
                FigureValue("az-mod/d0604", "az-mod", Count(0, 0, "0")))),
        ),
        initiators=(("am-mod/c0604", "azerbaijan"), ("az-mod/d0604", "armenia")),
        conflicts=(
            Conflict("casualties", ("am-mod/c0604", "az-mod/d0604"), ("at least 1", "0"),
                     "Armenia says at least 1 Azerbaijani soldier was killed; Azerbaijan says none."),
            Conflict("existence", ("am-mod/c0604", "az-mod/d0604"), ("asserts", "denies"),
                     "Armenia says the incident happened; Azerbaijan denies it."),
            Conflict("attribution", ("am-mod/c0604", "az-mod/d0604"), ("Azerbaijan", "Armenia"),
                     "Armenia says Azerbaijan started it; Azerbaijan says Armenia did."),
        ),
        evidence=(_evidence("am-mod/c0604", "az-mod/d0604", ("date", 3.0, "both on 2012-06-04"),
                            ("place", -1.25, "no specific place in 'the border'"), ("source", 0.0, "different")),),
        independent_origins=1, origins=(OriginGroup(("am-mod",), ("am-mod/c0604",), ("armenia",)),),
        admissions=(Admission("am-mod/c0604", "am-mod", "losses", "armenia", True, (),
                              "Ministry of Defence of Armenia concedes losses of its own side: soldiers of Armenia, 3 "
                              "killed, 6 wounded."),),
    ),
    Event(
        id="ev-0605", claims=("am-mod/c0605", "az-mod/k0605", "az-mod/f0605"), superseded=("az-mod/d0605",),
        date=span("2012-06-05", "2012-06-06", "range"),
        places=(PlaceMention("am-mod/c0605", "am-mod", "Voskepar", "voskepar", "Voskepar"),
                PlaceMention("az-mod/k0605", "az-mod", "Asagi Askipara", "asagi-askipara", "Aşağı Əskipara")),
        grade="contested",
        casualties=(Figure("azerbaijan", "soldiers", "killed", 4, 5, 5, (
            FigureValue("am-mod/c0605", "am-mod", Count(4, 4, "four"), outside=True),
            FigureValue("az-mod/d0605", "az-mod", Count(0, 0, "0"), counted=False, note="superseded by az-mod/k0605"),
            FigureValue("az-mod/f0605", "az-mod", Count(5, 5, "four + 1")),
        )),),
        conflicts=(
            Conflict("casualties", ("am-mod/c0605", "az-mod/f0605"), ("4", "5"), "Armenia says 4; Azerbaijan says 5."),
            Conflict("location", ("am-mod/c0605", "az-mod/k0605"), ("Voskepar", "Asagi Askipara"),
                     "Armenia puts it at Voskepar; Azerbaijan at Aşağı Əskipara."),
            Conflict("date", ("am-mod/c0605", "az-mod/f0605"), ("2012-06-05", "2012-06-06"),
                     "Armenia dates it 5 June; Azerbaijan 6 June."),
        ),
        evidence=(_evidence("az-mod/d0605", "az-mod/k0605", ("link", 30.0, "k0605 supersedes d0605")),),
        independent_origins=2,
        origins=(OriginGroup(("am-mod",), ("am-mod/c0605",), ("armenia",)),
                 OriginGroup(("az-mod",), ("az-mod/f0605", "az-mod/k0605"), ("azerbaijan",))),
        admissions=(Admission("az-mod/k0605", "az-mod", "losses", "azerbaijan", True, ("am-mod/c0605",),
                              "Ministry of Defence of Azerbaijan concedes losses of its own side: soldiers of "
                              "Azerbaijan, 4 killed. Ministry of Defence of Armenia, on the opposing side, says so "
                              "too."),),
    ),
)

METHODOLOGY: Final = (
    "Matching: pairs scoring at least 4.0 bits are one incident.",
    f"Rule with hostile text {HOSTILE}",
)

REJECTED: Final = (Rejected(None, "broken.yaml", 12, f"not a date {HOSTILE}"),
                   Rejected("evil/zz", "evil.yaml", 30, "missing quote"))


def sample_case() -> Case:
    return Case(id="test-case", title=f"A test case {HOSTILE}", parties=PARTIES, sources=SOURCES, claims=CLAIMS,
                rejected=REJECTED, path="/tmp/test-case")


def sample_reconciliation() -> Reconciliation:
    """Five events: single-source with a period span, corroborated, denied (hostile), contested twice."""
    return Reconciliation(case=sample_case(), events=EVENTS, methodology=METHODOLOGY)


#: What a rerun changed: every structural kind a reader meets, a gone id with hostile text, hostile sentences.
CHANGES: Final = (
    Change("rules-changed", (), (), (("lines", 2),), (("lines", 3),), "The rules differ from the earlier run's."),
    Change("event-added", ("ev-0531",), ("osce/visit",), (("events", ()),), (("events", ("ev-0531",)),),
           "New event ev-0531 (2012-05-31/2012-06-02, Aygepar) from 1 claim: osce/visit."),
    Change("events-merged", (f"ev-gone-{SCRIPT}", "ev-0605"), ("az-mod/f0605",),
           (("events", (f"ev-gone-{SCRIPT}", "ev-0605")),), (("events", ("ev-0605",)),),
           f"Events ev-gone-{SCRIPT} and ev-0605 are now one event, ev-0605; ev-gone-{SCRIPT} is retired."),
    Change("claims-added", ("ev-0605",), ("az-mod/f0605",), (("claims", 3),), (("claims", 4),),
           "Event ev-0605 has 1 new claim: az-mod/f0605."),
    Change("conflict-opened", ("ev-0603-evil",), ("evil/x1", "evil/bad0"), (),
           (("kind", "location"), ("summary", f"Summary {HOSTILE}")),
           f"In event ev-0603-evil, a new location conflict: Summary {HOSTILE}"),
    Change("claim-removed", ("ev-gone",), ("osce/old",), (("file", "osce.yaml"),), (),
           "Claim osce/old (in event ev-gone) is no longer in the case files."),
)
SINCE: Final = "2024-05-01T08:00:00Z"


def changed_reconciliation() -> Reconciliation:
    """The sample reconciliation as a rerun against an earlier output (`CHANGES` since `SINCE`)."""
    return attrs.evolve(sample_reconciliation(), changes=CHANGES, changes_since=SINCE)
