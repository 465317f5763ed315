"""The figure table of the report says how far up an open figure's high is: at least its best. A side's "more than
60" civilians killed beside the other side's none gives low 0, best 61 and an open high; the cell read "open (≥ 0)",
which says nothing the low does not."""

from __future__ import annotations

import io
import re
from pathlib import Path

from reconcile.cli import main

from .conftest import MakeCase

CASE = """\
case: open-high
title: An open toll beside a denial
parties:
  - {id: georgia, name: Georgia}
  - {id: russia, name: Russia}
"""
GEORGIA = """\
source: {id: ge-mod, name: Ministry of Defence of Georgia, kind: belligerent, speaks_for: georgia}
claims:
  - id: g1
    stated: 2008-08-10
    quote: more than 60 civilians were killed in Gori by Russian bombing
    date: 2008-08-09
    place: Gori
    initiator: russia
    casualties:
      - {party: georgia, category: civilians, killed: more than 60}
"""
RUSSIA = """\
source: {id: ru-mod, name: Ministry of Defence of Russia, kind: belligerent, speaks_for: russia}
claims:
  - id: r1
    stated: 2008-08-10
    quote: no civilians were harmed in Gori; the strikes hit military targets
    date: 2008-08-09
    place: Gori
    initiator: russia
    stance: denies
    casualties:
      - {party: georgia, category: civilians, killed: 0}
"""


def test_an_open_high_reads_at_least_the_best(make_case: MakeCase, tmp_path: Path) -> None:
    folder = make_case({"case.yaml": CASE, "ge-mod.yaml": GEORGIA, "ru-mod.yaml": RUSSIA})
    out = tmp_path / "out"
    assert main(["run", str(folder), "--out", str(out), "-q"], stdout=io.StringIO(), stderr=io.StringIO()) == 0
    html = (out / "report.html").read_text(encoding="utf-8")
    row = re.search(r'<td class="num">(\d+)</td>\s*<td class="num best">(\d+)</td>\s*<td class="num">'
                    r'<span class="open-high">open</span> <span class="muted">\(≥ (\d+)\)</span>', html)
    assert row is not None
    assert row.groups() == ("0", "61", "61")
