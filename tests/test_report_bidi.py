"""Right-to-left claim text in the HTML report, on the rendered page: every place the report sets a name, a place, a
date or a quote as written (or a sentence of its own that names one) isolates it, so that Arabic, Hebrew or Sorani
text never reorders the English, numbers and ids around it; claim text stays escaped.

The browser checks (what the reader sees) are in tests/test_browser_bidi.py.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import Final

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.render import render_report
from reconcile.report import _runs_isolated

GENERATED: Final = "2024-06-01T12:00:00Z"

#: A case that mixes right-to-left and left-to-right text everywhere a coder can write it: party names (Arabic, and
#: a Hebrew party aligned with it), source names (Hebrew, Sorani, Arabic, Turkish), places, a date written in
#: Arabic, figures in Arabic-Indic digits, quotes mixing Arabic or Hebrew with Latin ids, numbers and dates, a
#: reference address with Arabic in it, and a place and a quote written without spaces.
MIXED_CASE: Final = {
    "case.yaml": """\
        case: mixed-bidi
        title: "رأس العين / Ras al-Ain, October 2019"
        parties:
          - id: turkey
            name: Turkey
            aliases: [Turkish, تركيا]
          - id: sdf
            name: "قوات سوريا الديمقراطية"
            aliases: [SDF, قسد]
          - id: syria
            name: Syria
          - id: ypg
            name: "יחידות הגנה"
            aligned_with: [sdf]
        """,
    "gazetteer.yaml": """\
        places:
          - id: ras-al-ain
            name: Ras al-Ain
            variants: [Serêkaniyê, رأس العين, سەرێکانیێ, ראס אל-עין]
            country: syria
            region: Hasakah
            lat: 36.8503
            lon: 40.0706
          - id: ceylanpinar
            name: Ceylanpınar
            variants: [Ceylanpinar]
            country: turkey
            lat: 36.8439
            lon: 40.0489
        """,
    "sana.yaml": """\
        source:
          id: sana-ar
          name: "وكالة <b>سانا</b>"
          kind: media
          aligned_with: [syria]
        claims:
          - id: ar-001
            stated: 2019-10-09
            reference: "https://sana.sy/?p=12345678901234567890&q=العدوان_التركي_على_رأس_العين"
            quote: "قصف تركي على مدينة رأس العين (الحسكة) يوم 2019-10-09، مقتل 12 مدنياً وفق المصدر ar-001"
            date: "9 تشرين الأول 2019"
            place: "رأس العين"
            initiator: turkey
            casualties:
              - {party: sdf, category: civilians, killed: "١٢"}
        """,
    "hebrew.yaml": """\
        source:
          id: he-news
          name: "חדשות הצפון"
          kind: media
        claims:
          - id: he-7
            stated: 2019-10-10
            reference: "כתבה מס׳ 42"
            quote: "הפגזה בראס אל-עין, 9 הרוגים; מקור: SDF-2019/10"
            date: 2019-10-09
            place: "ראס אל-עין"
            initiator: sdf
            casualties:
              - {party: sdf, category: civilians, killed: 9}
        """,
    "sorani.yaml": """\
        source:
          id: rudaw-ckb
          name: "ڕووداو"
          kind: media
          aligned_with: [sdf, ypg]
        claims:
          - id: ckb-3
            stated: 2019-10-09
            reference: Rudaw Sorani
            quote: "تۆپبارانی سەرێکانیێ؛ ٧ کەس کوژران"
            date: 2019-10-09
            place: "سەرێکانیێ"
            initiator: turkey
            casualties:
              - {party: sdf, category: civilians, killed: "٧"}
        """,
    "trmod.yaml": """\
        source:
          id: tr-mod
          name: Millî Savunma Bakanlığı
          kind: belligerent
          speaks_for: turkey
        claims:
          - id: TR-2019-10-09-A
            stated: 2019-10-09
            reference: MSB statement
            quote: "Ceylanpınar'a havan saldırısı; 0 sivil kayıp"
            date: 2019-10-08
            place: Ceylanpınar
            initiator: sdf
            casualties:
              - {party: sdf, category: soldiers, killed: 15}
        """,
    "longword.yaml": """\
        source:
          id: long-ar
          name: "مصدرمحليبدونمسافاتمصدرمحليبدونمسافاتمصدرمحليبدونمسافات"
          kind: media
        claims:
          - id: L-1
            stated: 2020-03-01
            reference: "https://example.org/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            quote: "قصفعلىقريةبدونمسافاتقصفعلىقريةبدونمسافاتقصفعلىقريةبدونمسافاتقصفعلىقريةبدونمسافات"
            date: 2020-03-01
            place: "قريةطويلةجدابدونأيمسافاتقريةطويلةجدابدونأيمسافاتقريةطويلةجدابدونأيمسافات"
            casualties:
              - {party: syria, category: soldiers, killed: 2}
        """,
}

#: Right-to-left letters (Arabic-Indic digits are numbers, not letters: they never turn the text around them).
_RTL: Final = re.compile("[\u0590-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ISOLATE: Final = re.compile("\u2068[^\u2066-\u2069]*\u2069")
_VOID: Final = frozenset({"br", "meta", "img", "input", "link", "hr", "wbr", "col", "source"})


def write_mixed_case(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in MIXED_CASE.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def mixed_html(folder: Path, **layout: int) -> str:
    from reconcile.load import load_case
    from reconcile.pipeline import reconcile

    return render_report(reconcile(load_case(write_mixed_case(folder))), generated=GENERATED, **layout)


class _Unisolated(HTMLParser):
    """Right-to-left text that is neither in an isolating element (``<bdi>``, an element with ``dir``) nor between
    U+2068 and U+2069, with the elements it is in; option and title text (each its own paragraph) aside."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, bool]] = []
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            isolating = tag in ("bdi", "option", "title", "script", "style") or any(k == "dir" for k, _ in attrs)
            self.stack.append((tag, isolating))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        bare = _ISOLATE.sub("", data)
        if _RTL.search(bare) and not any(isolating for _, isolating in self.stack):
            self.found.append(("/".join(tag for tag, _ in self.stack[-3:]), data.strip()[:60]))


def _unisolated(html: str) -> list[tuple[str, str]]:
    parser = _Unisolated()
    parser.feed(html)
    return parser.found


@pytest.mark.parametrize("layout", [{}, {"compact_above": 0, "rows_above": 0}, {"compact_above": 0}])
def test_every_right_to_left_text_is_isolated(tmp_path: Path, layout: dict[str, int]) -> None:
    """Names, places, dates and quotes as written, and the report's sentences that name them (initiators, the
    sources' alignment, who reported an event, conflicts, matching reasons), in cards and in rows alike."""
    html = mixed_html(tmp_path / "case", **layout)
    assert _RTL.search(html)
    assert _unisolated(html) == []


def test_source_filter_labels_isolate_the_name(tmp_path: Path) -> None:
    html = mixed_html(tmp_path / "case")
    labels = re.findall(r'<option value="s\d+">([^<]*)</option>', html)
    assert "\u2068ڕووداو\u2069 (rudaw-ckb)" in labels
    assert "Millî Savunma Bakanlığı (tr-mod)" in labels


def test_ids_are_never_inside_an_isolate(tmp_path: Path) -> None:
    """An id copied from the page is the id: no directional mark in or around it."""
    html = mixed_html(tmp_path / "case")
    for isolate in _ISOLATE.findall(html):
        for claim_id in ("ar-001", "he-7", "ckb-3", "sana-ar", "he-news", "rudaw-ckb"):
            assert claim_id not in isolate, isolate
    for code in re.findall(r"<code[^>]*>([^<]*)</code>", html):
        assert not set(code) & {"\u2066", "\u2067", "\u2068", "\u2069"}, code


def test_right_to_left_names_stay_escaped(tmp_path: Path) -> None:
    html = mixed_html(tmp_path / "case")
    assert "<b>" not in html
    assert "وكالة &lt;b&gt;سانا&lt;/b&gt;" in html


def test_quotes_and_cells_align_to_their_own_start() -> None:
    """A right-to-left quote or cell starts at the right, with its rule on that side."""
    css = (Path(__file__).resolve().parent.parent / "reports" / "templates" / "report.css").read_text("utf-8")
    assert "text-align: left" not in css
    assert "border-left: 3px solid var(--rule-strong)" not in css
    assert re.search(r"\.quote \{[^}]*border-inline-start", css)


_rtl_or_latin = st.text(st.sampled_from("אבגدهوۆێ ١٢3(),:;'“”-/abc\u202e\u2067\u2069"), max_size=30)


@given(_rtl_or_latin)
@example("חדשות הצפון says 9; ڕووداو says 7.")
@example("'ראס אל-עין' and 'سەرێکانیێ' are one place")
@example("\u202eabc ب")
def test_runs_isolated_isolates_each_right_to_left_run(text: str) -> None:
    """The sentence is unchanged but for the isolates (and explicit controls taken out); every right-to-left letter
    is inside one; no isolate holds a left-to-right letter, so English words and ids stay outside."""
    out = _runs_isolated(text)
    controls = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
    assert out.replace("\u2068", "").replace("\u2069", "") == text.translate(controls)
    assert not _RTL.search(_ISOLATE.sub("", out))
    for isolate in _ISOLATE.findall(out):
        assert not any(unicodedata.bidirectional(char) == "L" for char in isolate)
    assert out.count("\u2068") == out.count("\u2069")


def test_runs_isolated_leaves_ascii_alone() -> None:
    text = "Ministry of Defence of Armenia says 3; OSCE monitors say 2."
    assert _runs_isolated(text) is text
