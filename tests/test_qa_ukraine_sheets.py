"""A casualty recorder's Ukraine case (strikes on Kharkiv, Kramatorsk, Chasiv Yar, Pokrovsk in 2022-2024), kept in
spreadsheets: what real exports do to a CSV file that carries no ambiguity is read as the clean file is. A byte-order
mark, Windows or old Mac line ends (inside quoted cells too), blank rows, the empty column a spreadsheet adds after
the last one (in every row, or in the header only) and spaces around a cell's value; and saving a file again with
other line ends or padded cells is no edit of its claims. A ``relays`` typed on another keyboard layout (a Cyrillic
``о`` in ``ru-mod``) is refused rather than read as a second, independent witness."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import load_case, reconcile
from reconcile.models import Claim
from reconcile.normalize import parse_count
from reconcile.serialize import from_json

from .conftest import MakeCase
from .test_load import problems_of

CASE_YAML = """\
case: ua-strikes
title: Strikes on Ukrainian towns, 2022-2024
parties:
  - id: ukraine
    name: Ukraine
    aliases: [Україна, Украина, ЗСУ]
  - id: russia
    name: Russia
    aliases: [Росія, Россия, РФ]
"""

HEADER = ("source_id", "source_name", "source_kind", "speaks_for", "id", "stated", "quote", "date", "place",
          "initiator", "relays", "supersedes", "killed:ukraine:civilians", "wounded:ukraine:civilians")
SOURCE = ("ua-kharkiv-ova", "Харківська ОВА", "belligerent", "ukraine")
ROWS = (
    (*SOURCE, "kh-2024-05-25", "2024-05-25", "Окупанти вдарили по гіпермаркету в Харкові.\nПопередньо, 2 загиблих, "
     "33 поранених.", "25 травня 2024", "Харків", "Росія", "", "", "2", "33"),
    (*SOURCE, "kh-2024-05-26", "2024-05-26", "Кількість загиблих зросла до 12, 43 людини поранені.", "2024-05-25",
     "Харків, гіпермаркет «Епіцентр»", "Росія", "", "kh-2024-05-25", "12", "43"),
)

#: What an export may pad a cell with: spaces, a tab, a no-break space.
PADS = st.sampled_from(("", " ", "  ", "\t", "\xa0"))
#: The quirks of real exports; each keeps the file's meaning.
QUIRKS = ("bom", "crlf", "cr", "trailing column", "trailing column in the header only", "blank rows", "padded cells",
          "quote every cell", "sep line")
#: Excel's ``sep=,`` line, as Excel writes it and as a spreadsheet that does not know it saves it again.
SEP_LINES = st.sampled_from(("sep=,", '"sep=,"', "sep=" + "," * len(HEADER), "SEP=,"))


def written(rows: Sequence[Sequence[str]], *, newline: str = "\n", quote_all: bool = False) -> str:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator=newline, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL).writerows(rows)
    return out.getvalue()


def exported(rows: Sequence[Sequence[str]], quirks: frozenset[str], pads: Sequence[tuple[str, str]] = (),
             sep: str = "sep=,") -> bytes:
    """``rows`` under HEADER as a spreadsheet with ``quirks`` would save them (``pads``: what pads each cell; ``sep``:
    the ``sep=,`` line, with the quirk "sep line")."""
    header, body = list(HEADER), [list(row) for row in rows]
    if "padded cells" in quirks:
        pad = iter(pads or [(" ", " ")] * 1000)
        body = [[(lambda before, after: before + cell + after)(*next(pad, ("", ""))) if cell else cell
                 for cell in row] for row in body]
    if "trailing column" in quirks:
        header, body = [*header, ""], [[*row, ""] for row in body]
    elif "trailing column in the header only" in quirks:
        header = [*header, ""]
    if "blank rows" in quirks:
        body = [cell for row in body for cell in (row, [""] * len(row))] + [[]]
    newline = "\r\n" if "crlf" in quirks else "\r" if "cr" in quirks else "\n"
    text = written([header, *body], newline="\n", quote_all="quote every cell" in quirks)
    if "sep line" in quirks:
        text = f"{sep}\n{text}"
    # A spreadsheet saving with Windows line ends writes them inside quoted cells too.
    text = text.replace("\n", newline)
    return ("\ufeff" if "bom" in quirks else "").encode() + text.encode("utf-8")


def claims_of(files: Mapping[str, bytes]) -> list[Claim]:
    """The claims read from a case of ``files``, without where they were read (a blank row moves a line)."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "ua-strikes"
        root.mkdir()
        (root / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
        for name, data in files.items():
            (root / name).write_bytes(data)
        return [attrs.evolve(claim, file="", line=0) for claim in load_case(root).claims]


CLEAN = claims_of({"ua-kharkiv-ova.csv": exported(ROWS, frozenset())})


@given(st.sets(st.sampled_from(QUIRKS)).map(frozenset), st.lists(st.tuples(PADS, PADS), min_size=40, max_size=40),
       SEP_LINES)
@example(frozenset({"bom", "crlf", "trailing column"}), [], "sep=,")
@example(frozenset({"crlf"}), [], "sep=,")
@example(frozenset({"cr", "quote every cell"}), [], "sep=,")
@example(frozenset({"trailing column in the header only"}), [], "sep=,")
@example(frozenset({"padded cells"}), [(" ", " ")] * 40, "sep=,")
@example(frozenset({"padded cells"}), [("\xa0", "\xa0")] * 40, "sep=,")
@example(frozenset({"sep line", "bom"}), [], '"sep=,"')
@example(frozenset({"sep line", "crlf"}), [], "sep=" + "," * len(HEADER))
def test_an_export_with_its_quirks_reads_as_the_clean_sheet(quirks: frozenset[str], pads: list[tuple[str, str]],
                                                             sep: str) -> None:
    """Law: a CSV with a byte-order mark, CRLF or CR line ends, blank rows, an empty column after the last one (in
    every row, or in the header only), spaces around its cells, every cell quoted, or Excel's ``sep=,`` line (also
    as ``"sep=,"`` or ``sep=,,,,``, as a spreadsheet that does not know it saves it again) reads as the clean CSV
    does."""
    # The clean export: two claims, the second revising the first, the quote's line break kept.
    assert [claim.supersedes for claim in CLEAN] == [(), ("ua-kharkiv-ova/kh-2024-05-25",)]
    assert "Харкові.\nПопередньо" in CLEAN[0].quote
    assert claims_of({"ua-kharkiv-ova.csv": exported(ROWS, quirks, pads)}) == CLEAN


def test_padded_id_date_and_place_read_without_their_spaces(make_case: MakeCase) -> None:
    """`` kh-2024-05-25 `` is the id kh-2024-05-25 (it was refused as not an id), the place and the dates' texts
    are kept without the spaces."""
    data = exported(ROWS, frozenset({"padded cells"}), [(" ", "  ")] * 40)
    (first, second) = load_case(make_case({"case.yaml": CASE_YAML, "ua-kharkiv-ova.csv": data})).claims
    assert (first.id, first.place, first.date.text) == ("kh-2024-05-25", "Харків", "25 травня 2024")
    assert second.supersedes == ("ua-kharkiv-ova/kh-2024-05-25",)


def test_a_short_row_names_an_unnamed_column_by_its_place(make_case: MakeCase) -> None:
    """A row short of named columns as well as of the spreadsheet's unnamed last column names that one by its
    letter and number, not by an empty name."""
    text = written([[*HEADER, ""], ROWS[0][:-2]])
    (problem,) = problems_of(make_case({"case.yaml": CASE_YAML, "ua-kharkiv-ova.csv": text}))
    assert problem.endswith(
        ":2: killed:ukraine:civilians: the row has 12 cells; the header has 15: no cell for the columns "
        "killed:ukraine:civilians, wounded:ukraine:civilians, column O (15) (every row needs a cell, empty or not, "
        "for each column: a cell or a comma is missing)")


def test_a_sheet_saved_again_with_windows_line_ends_and_padding_is_no_edit() -> None:
    """An incremental run over the same claims, the file saved again with CRLF line ends (inside the quote too) and
    spaces around its cells, lists no change: before, each claim whose quote held a line break or whose cells were
    padded was told as edited."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "ua-strikes"
        root.mkdir()
        (root / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
        sheet = root / "ua-kharkiv-ova.csv"
        sheet.write_bytes(exported(ROWS, frozenset()))
        first = reconcile(load_case(root))
        previous, generated = from_json(first.to_json(generated="2026-01-01T00:00:00Z"))
        sheet.write_bytes(exported(ROWS, frozenset({"bom", "crlf", "padded cells", "trailing column"})))
        again = reconcile(load_case(root), previous=previous, since=generated)
    assert again.changes == ()
    assert again.events == first.events


RELAYING = """\
source:
  id: ria
  name: РИА Новости
  kind: media
  aligned_with: [russia]
claims:
  - id: ria-2022-04-08
    stated: 2022-04-08
    quote: Минобороны России назвало сообщения об ударе по вокзалу Краматорска провокацией.
    date: 8 апреля 2022
    place: Краматорск
    stance: denies
    relays: {relays}
"""
RU_MOD = """\
source:
  id: ru-mod
  name: Министерство обороны РФ
  kind: belligerent
  speaks_for: russia
claims:
  - id: mo-2022-04-08
    stated: 2022-04-08
    quote: Все заявления о якобы ракетном ударе по вокзалу Краматорска являются провокацией.
    date: 8 апреля 2022
    place: Краматорск
    stance: denies
"""


def test_a_relays_typed_with_a_cyrillic_letter_is_refused(make_case: MakeCase) -> None:
    """``ru-mоd`` with a Cyrillic ``о`` (a keyboard layout left on Russian) looks like the source id ``ru-mod``: as a
    name of a source outside the case it would count the relay as an independent witness; it is refused with the id
    meant, however short (``riа`` too). A name in another script that looks like no source id is read as written."""
    folder = make_case({"case.yaml": CASE_YAML, "ria.yaml": RELAYING.format(relays="ru-mоd"), "ru-mod.yaml": RU_MOD})
    assert [problem.split(": ", 1)[1] for problem in problems_of(folder)] == [
        "$.claims[0].relays: 'ru-mоd' is no source id of the case, but looks like 'ru-mod': letters of another script "
        "stand for some of its letters (the word 'ru-mоd' has Cyrillic о among Latin letters: retype it in one "
        "script); did you mean ru-mod? (a source outside the case is named by its name, such as Interfax)"]
    short = make_case({"case.yaml": CASE_YAML, "ria.yaml": RELAYING.format(relays="ru-mod"),
                       "ru-mod.yaml": RU_MOD.replace("relays", "x") + "    relays: riа\n"})
    (problem,) = problems_of(short)
    assert "'riа' is no source id of the case, but looks like 'ria'" in problem
    # The name of a source outside the case in another script (ТАСС) looks like no source id: read as written.
    case = load_case(make_case({"case.yaml": CASE_YAML, "ria.yaml": RELAYING.format(relays="ТАСС"),
                                "ru-mod.yaml": RU_MOD}))
    assert {claim.global_id: claim.relays for claim in case.claims}["ria/ria-2022-04-08"] == "ТАСС"



def test_source_columns_that_name_the_same_values_agree(make_case: MakeCase) -> None:
    """A row whose ``source_kind`` is in another letter case, or whose ``speaks_for`` names the party by an alias,
    repeats the first row's source: its claim is read (it was refused as not repeating the first row's values). A
    row that names another party still differs."""
    rows = [list(ROWS[0]), list(ROWS[1])]
    rows[1][HEADER.index("source_kind")] = "Belligerent"
    rows[1][HEADER.index("speaks_for")] = "Україна"
    case = load_case(make_case({"case.yaml": CASE_YAML, "ua-kharkiv-ova.csv": written([HEADER, *rows])}))
    assert [claim.global_id for claim in case.claims] == ["ua-kharkiv-ova/kh-2024-05-25",
                                                          "ua-kharkiv-ova/kh-2024-05-26"]
    assert case.sources[0].speaks_for == "ukraine"
    rows[1][HEADER.index("speaks_for")] = "Росія"
    (problem,) = problems_of(make_case({"case.yaml": CASE_YAML, "ua-kharkiv-ova.csv": written([HEADER, *rows])}))
    assert problem.endswith(":4: speaks_for: the source columns must repeat the first row's values (line 2): got "
                            "'Росія', line 2 has 'ukraine'")


def test_a_trailing_comma_in_a_json_source_is_named(make_case: MakeCase) -> None:
    """The Kyiv Independent's JSON file edited by hand, with a comma after its last claim: the problem says so, on the
    line of the closing bracket (it said only "Expecting value")."""
    text = ('{"source": {"id": "kyiv-independent", "name": "The Kyiv Independent", "kind": "media"},\n'
            ' "claims": [{"id": "ki-2024-05-25", "stated": "2024-05-25", "quote": "Guided bombs hit the Epicentr '
            'hypermarket in Kharkiv.", "date": "2024-05-25", "place": "Kharkiv", "relays": "ua-kharkiv-ova"},\n'
            ' ]}\n')
    assert problems_of(make_case({"case.yaml": CASE_YAML, "kyiv-independent.json": text})) == [
        "test-case/kyiv-independent.json:3: invalid JSON: a comma after the last item of a list or an object (column "
        "2): JSON allows none before the closing ] or } (JavaScript and YAML do); delete the comma"]


# --- after the QA round: a header's spelling of a column, and "several" in the genitive ---------------------------


def test_a_column_spelled_with_spaces_is_refused_naming_the_column_meant(make_case: MakeCase) -> None:
    """`source id` and `Source-Kind` are refused as unknown columns (the format names its columns one way), with the
    column they spell: a user fixing the header sees what to write."""
    header = "source id,source_name,Source-Kind,id,stated,quote,date,place"
    problems = problems_of(make_case({"x.csv": f"{header}\nx,X,media,1,2024-01-01,q,2024-01-01,Kyiv\n"}))
    (unknown,) = [p for p in problems if "unknown column" in p]
    assert "'source id' (did you mean source_id?)" in unknown
    assert "'Source-Kind' (did you mean source_kind?)" in unknown


@pytest.mark.parametrize(("text", "interval"), [
    ("кількох", (3, 9)), ("декількох", (3, 9)), ("не менше кількох", (3, None)), ("нескольких", (3, 9)),
    ("не менее нескольких", (3, None)), ("более нескольких сотен", (301, None)),
    ("понад кількох тисяч", (3001, None)),
])
def test_several_in_the_genitive_reads_as_several(text: str, interval: tuple[int, int | None]) -> None:
    """Ukrainian кількох, Russian нескольких (the genitive that bounds take) read as кілька, несколько do."""
    count = parse_count(text)
    assert (count.low, count.high) == interval
