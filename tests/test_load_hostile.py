"""Hostile and messy input: each refused with a message naming file, line, field and what
to do, never a traceback and never read silently wrong."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.cli import main
from reconcile.errors import CaseError
from reconcile.load import Limits, _FileRead, _Reader, load_case
from reconcile.models import Source

from .conftest import CASE_YAML, MakeCase
from .test_load import problems_of

HEADER = "source: {id: am-mod, name: M, kind: belligerent, speaks_for: armenia}\nclaims:\n"
ACCEPTED = ("id, stated, quote, date, place, reference, url, region, event, initiator, stance, relays, supersedes, "
            "adds_to, casualties")


def claim(claim_id: str = "c1", stated: str = "2012-06-04", date: str = "2012-06-04", **more: str) -> str:
    """One claim of `HEADER`'s source in YAML's flow style, with ``more`` keys written as given."""
    extra = "".join(f", {key}: {value}" for key, value in more.items())
    return (f"  - {{id: {claim_id}, stated: {stated}, quote: q, date: {date}, place: Berdavan{extra}}}\n")


def cli(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    code = main(list(args), stdout=io.StringIO(), stderr=err)
    return code, err.getvalue()


# --- 1. keys that YAML reads as true, a number or nothing ----------------------------------------------------------


def test_unknown_keys_of_several_types_are_each_named_as_written(make_case: MakeCase) -> None:
    """`on:` (true to YAML) beside a misspelt key crashed sorting the keys; each is named with its line."""
    text = HEADER + ("  - id: c1\n    stated: 2012-06-04\n    on: 2012-06-04\n    quote: q\n    date: 2012-06-04\n"
                     "    place: Berdavan\n    1: a\n    null: b\n    yes: c\n"
                     "    casualites: [{party: armenia, killed: 3}]\n")
    found = problems_of(make_case({"am-mod.yaml": text}))
    assert found == [
        f"test-case/am-mod.yaml:5: $.claims[0].on: unknown key 'on' (written without quotes, YAML reads it as true); "
        f"the keys accepted here are: {ACCEPTED}",
        f"test-case/am-mod.yaml:9: $.claims[0]['1']: unknown key '1' (written without quotes, YAML reads it as the "
        f"number 1); the keys accepted here are: {ACCEPTED}",
        f"test-case/am-mod.yaml:10: $.claims[0].null: unknown key 'null' (written without quotes, YAML reads it as "
        f"nothing (null)); the keys accepted here are: {ACCEPTED}",
        f"test-case/am-mod.yaml:11: $.claims[0].yes: unknown key 'yes' (written without quotes, YAML reads it as "
        f"true); the keys accepted here are: {ACCEPTED}",
        f"test-case/am-mod.yaml:12: $.claims[0].casualites: unknown key 'casualites' (did you mean 'casualties'?); "
        f"the keys accepted here are: "
        f"{ACCEPTED}",
    ]


def test_keys_of_several_types_in_case_yaml_are_named(make_case: MakeCase) -> None:
    """The same in case.yaml, whose problems stop the reading."""
    found = problems_of(make_case({"case.yaml": CASE_YAML + "on: 1\n3: x\ntitel: y\n"}))
    assert [problem.split(": ", 2)[1] for problem in found] == ["$.on", "$['3']", "$.titel"]
    assert "unknown key 'on' (written without quotes, YAML reads it as true)" in found[0]


def test_keys_that_yaml_reads_as_one_value_stay_two_keys(make_case: MakeCase) -> None:
    """`on:` and `true:` were both the key true to YAML, one value silently dropping the other."""
    found = problems_of(make_case({"am-mod.yaml": HEADER + "  - {id: c1, on: a, true: b}\n"}))
    assert sum("unknown key 'on'" in problem for problem in found) == 1
    assert sum("unknown key 'true'" in problem for problem in found) == 1


YAML_KEYS = st.sampled_from(["on", "off", "yes", "no", "true", "false", "null", "~", "1", "-3", "2.5", "0x10", "Y",
                             "plaec", "casualites", "initator", "NULL", "On"])


@given(st.lists(YAML_KEYS, min_size=1, max_size=6, unique=True))
@example(["on", "casualites"])
@example(["1", "null", "yes", "plaec"])
def test_every_unknown_key_of_any_type_is_named_once(keys: list[str]) -> None:
    """Whatever YAML reads a claim's unknown keys as, reading never crashes and names each key once, as written."""
    import tempfile

    lines = "".join(f"    {key}: v{k}\n" for k, key in enumerate(keys))
    text = HEADER + "  - id: c1\n    stated: 2012-06-04\n    quote: q\n    date: 2012-06-04\n    place: X\n" + lines
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "c"
        folder.mkdir()
        (folder / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
        (folder / "am-mod.yaml").write_text(text, encoding="utf-8")
        with pytest.raises(CaseError) as info:
            load_case(folder)
    messages = [problem.message for problem in info.value.problems]
    for key in keys:
        assert sum(message.startswith(f"unknown key {key!r}") for message in messages) == 1
    assert len(messages) == len(keys)


# --- 2. supersedes forward in time ----------------------------------------------------------------------------------


def test_a_claim_cannot_supersede_a_later_claim(make_case: MakeCase) -> None:
    """The 16 September toll superseding the 19 September one dropped the later toll; it is refused, naming both."""
    text = HEADER + claim("toll-1", "2012-06-04", supersedes="toll-2") + claim("toll-2", "2012-06-07")
    (found,) = problems_of(make_case({"am-mod.yaml": text}))
    assert found == (
        "test-case/am-mod.yaml:3: $.claims[0].supersedes[0]: supersedes 'toll-2', stated 2012-06-07, after this "
        "claim (stated 2012-06-04): a claim revises its source's earlier claims; to have the later claim replace "
        "this one, name 'toll-1' in the supersedes of 'toll-2' instead")


def test_a_claim_may_supersede_one_of_the_same_day_or_earlier(make_case: MakeCase) -> None:
    text = (HEADER + claim("a", "2012-06-04") + claim("b", "2012-06-04", supersedes="a")
            + claim("c", "2012-06-05", supersedes="b"))
    assert len(load_case(make_case({"am-mod.yaml": text})).claims) == 3


def test_a_forward_supersedes_in_csv_names_the_column_and_keep_going_keeps_the_later(make_case: MakeCase) -> None:
    text = ("source_id,source_name,source_kind,id,stated,quote,date,place,supersedes\n"
            "m,M,monitor,t1,2012-06-04,q,2012-06-04,Berdavan,t2\n"
            "m,M,monitor,t2,2012-06-09,q,2012-06-04,Berdavan,\n")
    folder = make_case({"m.csv": text})
    (found,) = problems_of(folder)
    assert found.startswith("test-case/m.csv:2: supersedes: supersedes 't2', stated 2012-06-09, after this claim")
    case = load_case(folder, on_bad_claim="reject")
    assert [c.global_id for c in case.claims] == ["m/t2"]


# --- 3. a problem inside an anchor, used through an alias ----------------------------------------------------------


def test_a_duplicate_key_under_an_anchor_is_charged_to_every_claim_that_holds_it(make_case: MakeCase) -> None:
    """It was charged to the claim with the alias only, and the claim where it is written was read with killed=5."""
    text = HEADER + ("  - id: aki-1\n    stated: 2012-06-04\n    quote: q\n    date: 2012-06-04\n    place: Berdavan\n"
                     "    casualties: &toll\n      - {party: armenia, killed: 3, killed: 5}\n"
                     "  - id: aki-2\n    stated: 2012-06-04\n    quote: q\n    date: 2012-06-04\n    place: Chinari\n"
                     "    casualties: *toll\n")
    folder = make_case({"am-mod.yaml": text})
    assert problems_of(folder) == [
        "test-case/am-mod.yaml:9: $.claims[0].casualties[0]: duplicate key 'killed' (first on line 9)",
        "test-case/am-mod.yaml:9: $.claims[1].casualties[0]: duplicate key 'killed' (first on line 9); it is in the "
        "value anchored on line 8, which this uses through an alias",
    ]
    case = load_case(folder, on_bad_claim="reject")
    assert (case.claims, [r.claim for r in case.rejected]) == ((), ["am-mod/aki-1", "am-mod/aki-2"])


@given(st.integers(1, 5), st.data())
@example(2, None)
def test_an_unreadable_value_under_an_anchor_rejects_every_claim_that_uses_it(count: int, data: st.DataObject | None,
                                                                            ) -> None:
    """However many claims use the anchored value, and whichever claim holds the anchor, each is rejected."""
    import tempfile

    anchor = 0 if data is None else data.draw(st.integers(0, count - 1))
    claims = "".join(
        f"  - {{id: c{k}, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Berdavan, casualties: "
        + ("&bad [{party: armenia, killed: !!int abc}]" if k == anchor else "*bad" if k > anchor else
           "[{party: armenia, killed: 1}]") + "}\n" for k in range(count))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "c"
        folder.mkdir()
        (folder / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
        (folder / "am-mod.yaml").write_text(HEADER + claims, encoding="utf-8")
        case = load_case(folder, on_bad_claim="reject")
    assert [c.id for c in case.claims] == [f"c{k}" for k in range(anchor)]
    assert [r.claim for r in case.rejected] == [f"am-mod/c{k}" for k in range(anchor, count)]
    assert all("cannot read 'abc' as !!int" in r.reason for r in case.rejected)


# --- 4. relays: a typo of a source id, the claim's own source ------------------------------------------------------

RELAYED = "source: {id: kg-gknb, name: State Committee, kind: belligerent, speaks_for: armenia}\nclaims:\n" + claim()


@pytest.mark.parametrize("written", ["kg-gkbn", "KG-GKB", "kg-gknbb", "kggknb"])
def test_a_relays_typo_of_a_source_id_is_refused_with_the_id_meant(make_case: MakeCase, written: str) -> None:
    """A typo made the relay a second independent witness."""
    folder = make_case({"kg-gknb.yaml": RELAYED,
                        "tass.yaml": "source: {id: tass, name: TASS, kind: media}\nclaims:\n" + claim(relays=written)})
    (found,) = problems_of(folder)
    assert found == (f"test-case/tass.yaml:3: $.claims[0].relays: {written!r} is no source id of the case; did you "
                     "mean kg-gknb? (a source outside the case is named by its name, such as Interfax)")


@pytest.mark.parametrize("written", ["Interfax", "источник в погранслужбе", "AP", "afp-fr-desk", "kg-mfa",
                                     "State Committee", "KG-GKNB", "kz-gknb", "kg-gknv"])
def test_names_of_sources_outside_the_case_and_ids_of_its_own_are_accepted(make_case: MakeCase,
                                                                          written: str) -> None:
    """An outside source may be named by an id-like name that differs from a case's id by a changed letter (another
    country's `kz-gknb`): only swapped, dropped or added letters are taken for typos."""
    afp = "source: {id: afp, name: AFP, kind: media}\nclaims:\n" + claim(relays=f"'{written}'")
    folder = make_case({"kg-gknb.yaml": RELAYED, "afp.yaml": afp})
    (relay,) = [c for c in load_case(folder).claims if c.source == "afp"]
    assert relay.relays == ("kg-gknb" if written.casefold() in ("kg-gknb", "state committee") else written)


@pytest.mark.parametrize("written", ["tass", "TASS", "Tass"])
def test_a_claim_cannot_relay_its_own_source(make_case: MakeCase, written: str) -> None:
    (found,) = problems_of(make_case({
        "tass.yaml": "source: {id: tass, name: TASS, kind: media}\nclaims:\n" + claim(relays=written)}))
    assert found == ("test-case/tass.yaml:3: $.claims[0].relays: names the claim's own source ('tass'): a claim "
                     "relays another source's word; leave relays out when the source speaks for itself")


# --- 5. the CSV template's example row alone -----------------------------------------------------------------------


def test_a_file_holding_only_the_templates_example_row_is_refused(make_case: MakeCase) -> None:
    """The template as written became a real event of 2012; even --keep-going does not read it."""
    from reconcile.authoring import csv_template

    folder = make_case({"kabar.csv": csv_template(["armenia"])})
    (found,) = problems_of(folder)
    assert found.startswith("test-case/kabar.csv:2: reference: this is the example row of the CSV template (its "
                            "reference reads 'EXAMPLE: replace or delete this row'), and the file holds no other row: "
                            "replace it with the source's claims")
    with pytest.raises(CaseError):
        load_case(folder, on_bad_claim="reject")


# --- 6. files that are not the case's -----------------------------------------------------------------------------


def test_office_lock_files_and_links_to_folders_are_ignored(make_case: MakeCase, tmp_path: Path) -> None:
    """Excel's owner file ~$name.csv (binary) blocked the case; LibreOffice's .~lock file is hidden; a link to a
    folder was refused as "a file" outside the case."""
    source = ("source_id,source_name,source_kind,id,stated,quote,date,place\n"
              "m,M,monitor,a,2012-06-04,q,2012-06-04,Berdavan\n")
    folder = make_case({"m.csv": source, "~$m.csv": b"\x07Analyst    \x07\x00A\x00n", ".~lock.m.csv#": "x,y\n"})
    outside = tmp_path / "outside"
    outside.mkdir()
    (folder / "dirlink.yaml").symlink_to(outside, target_is_directory=True)
    (folder / "sub.json").mkdir()
    assert [c.global_id for c in load_case(folder).claims] == ["m/a"]


# --- 7. a year before 1800 -----------------------------------------------------------------------------------------


def test_a_date_before_1800_is_refused_with_the_year_meant(make_case: MakeCase) -> None:
    (found,) = problems_of(make_case({"am-mod.yaml": HEADER + claim(stated="2022-09-17", date="0022-09-16")}))
    assert found == ("test-case/am-mod.yaml:3: $.claims[0].date: the event is dated 0022-09-16, before 1800 (the "
                     "statement is of 2022-09-17): check the year (a typo: 0022 for 2022?) (got '0022-09-16')")


def test_a_statement_before_1800_is_refused(make_case: MakeCase) -> None:
    found = problems_of(make_case({
        "m.csv": "source_id,source_name,source_kind,id,stated,quote,date,place\nm,M,media,a,1722-09-17,q,1722,X\n"}))
    assert found == [
        "test-case/m.csv:2: date: the event is dated 1722-01-01, before 1800: check the year (a typo, or a date of "
        "another calendar?) (got '1722')",
        "test-case/m.csv:2: stated: the statement is dated 1722-09-17, before 1800: check the year (a typo, or a date "
        "of another calendar?) (got '1722-09-17')"]


def test_an_event_long_before_its_statement_is_legal(make_case: MakeCase) -> None:
    """A tribunal or a retrospective report may speak of events decades back: accepted, as documented."""
    case = load_case(make_case({"am-mod.yaml": HEADER + claim(stated="2022-09-16", date="1992-02-26")}))
    assert case.claims[0].date.start.isoformat() == "1992-02-26"


# --- 8. the Python API's arguments -----------------------------------------------------------------------------


def test_an_unknown_on_bad_claim_is_refused(make_case: MakeCase) -> None:
    with pytest.raises(ValueError, match=r"^on_bad_claim must be one of 'error', 'reject', got 'raise'$"):
        load_case(make_case({}), on_bad_claim="raise")  # type: ignore[arg-type]


@pytest.mark.parametrize("path", ["", "  "])
def test_an_empty_path_is_refused_not_read_as_the_current_folder(make_case: MakeCase, monkeypatch: pytest.MonkeyPatch,
                                                                 path: str) -> None:
    monkeypatch.chdir(make_case({}))
    with pytest.raises(CaseError, match="no case folder given"):
        load_case(path)


# --- 9. a source file without claims ------------------------------------------------------------------------------


def test_a_source_file_without_claims_says_they_are_missing(make_case: MakeCase) -> None:
    found = problems_of(make_case({"am-mod.yaml": HEADER.replace("claims:", "claim:") + claim()}))
    assert found[0] == ("test-case/am-mod.yaml:1: $.claims: required, but missing: a source file holds its claims in "
                        "a `claims:` list (`claims: []` while it has none)")


# --- 10. what a file-level message says -----------------------------------------------------------------------------

CSV_TEXT = ("source_id,source_name,source_kind,id,stated,quote,date,place\n"
            "m,Монитор,monitor,a,2012-06-04,q,2012-06-04,Berdavan\n")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_csv_is_named_with_the_save_option(make_case: MakeCase, encoding: str) -> None:
    (found,) = problems_of(make_case({"m.csv": CSV_TEXT.encode(encoding)}))
    assert found == ('test-case/m.csv:1: the file is UTF-16, not UTF-8 (Excel saves "Unicode Text" so): save it as '
                     '"CSV UTF-8 (Comma delimited)" (Excel\'s option), or as UTF-8 with commas between the columns')


def test_excels_unicode_text_is_named_as_utf16(make_case: MakeCase) -> None:
    """Excel's "Unicode Text" is UTF-16 with tabs: tabs are read, and only the encoding is named."""
    (found,) = problems_of(make_case({"m.csv": CSV_TEXT.replace(",", "\t").encode("utf-16")}))
    assert found.startswith("test-case/m.csv:1: the file is UTF-16, not UTF-8 (Excel saves \"Unicode Text\" so)")
    assert "tabs" not in found


def test_a_utf16_yaml_file_is_named(make_case: MakeCase) -> None:
    (found,) = problems_of(make_case({"am-mod.yaml": (HEADER + claim()).encode("utf-16")}))
    assert found == "test-case/am-mod.yaml:1: the file is UTF-16, not UTF-8; save the file as UTF-8"


def test_excels_sep_line_is_skipped_and_lines_keep_their_numbers(make_case: MakeCase) -> None:
    """`sep=,` (Excel's separator hint, hidden by Excel) was read as the header."""
    text = "\ufeffsep=,\r\n" + CSV_TEXT.replace("\n", "\r\n") + "m,Монитор,monitor,b,2012-06-04,q,x,Berdavan\r\n"
    (found,) = problems_of(make_case({"m.csv": text}))
    assert found.startswith("test-case/m.csv:4: date: cannot read a date from 'x'")
    case = load_case(make_case({"m.csv": text}), on_bad_claim="reject")
    assert [(c.id, c.line) for c in case.claims] == [("a", 3)]


def test_a_sep_line_naming_a_separator_not_read_is_refused(make_case: MakeCase) -> None:
    (found,) = problems_of(make_case({"m.csv": "sep=|\n" + CSV_TEXT.replace(",", "|")}))
    assert found.startswith("test-case/m.csv:1: ")
    assert "vertical bars, which cannot be read" in found


def test_a_sep_line_naming_semicolons_is_read(make_case: MakeCase) -> None:
    (claim,) = load_case(make_case({"m.csv": "sep=;\n" + CSV_TEXT.replace(",", ";")})).claims
    assert (claim.global_id, claim.line) == ("m/a", 3)


def test_yaml_indented_with_tabs_says_so(make_case: MakeCase) -> None:
    (found,) = problems_of(make_case({"t.yaml": "source:\n\tid: t\n\tname: T\n\tkind: media\nclaims: []\n"}))
    assert found == ("test-case/t.yaml:2: invalid YAML: line 2 is indented with a tab; YAML allows only spaces for "
                     "indentation: replace the tabs with spaces")


def test_a_file_of_several_yaml_documents_says_so(make_case: MakeCase) -> None:
    (found,) = problems_of(make_case({"t.yaml": HEADER + claim() + "---\n" + HEADER + claim("c2")}))
    assert found.startswith("test-case/t.yaml:4: invalid YAML: the file holds several YAML documents")


def test_a_json_true_is_explained_as_json(make_case: MakeCase) -> None:
    text = ('{"source": {"id": "j", "name": "J", "kind": "media"}, "claims": [{"id": "a", "stated": "2012-06-04", '
            '"quote": true, "date": "2012-06-04", "place": "X"}]}')
    (found,) = problems_of(make_case({"j.json": text}))
    assert found == ("test-case/j.json:1: $.claims[0].quote: expected text, got the JSON value true or false; put "
                     'the value in quotes to keep it as text ("true")')


def test_a_yaml_key_that_is_a_list_is_shown_as_written(make_case: MakeCase) -> None:
    (found,) = problems_of(make_case({"t.yaml": HEADER + "  - id: c1\n    ? [a, b]\n    : 3\n"}))
    assert found == ("test-case/t.yaml:4: $.claims[0]['[a, b]']: invalid YAML: a key must be a single value, not a "
                     "list ([a, b])")


@pytest.mark.parametrize(("written", "message"), [
    ("!!float 7", "a count is a whole number; the tag !!float makes 7 a number with a fraction: remove the tag (got "
                  "!!float 7)"),
    ("1.0e+3", "write the count 1000 in digits, not with an exponent (got 1.0e+3)"),
])
def test_whole_counts_in_a_float_form_are_named_for_their_form(make_case: MakeCase, written: str,
                                                               message: str) -> None:
    (found,) = problems_of(make_case({
        "am-mod.yaml": HEADER + claim(casualties=f"[{{party: armenia, killed: {written}}}]")}))
    assert found == f"test-case/am-mod.yaml:3: $.claims[0].casualties[0].killed: {message}"


# --- 11. the --keep-going hint --------------------------------------------------------------------------------------


def test_the_keep_going_hint_is_given_only_for_claim_problems(make_case: MakeCase, tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    folder = make_case({"case.yaml": "case: Bad Id\ntitle: t\nparties: [{id: a, name: A}]\n"})
    code, err = cli("run", "--out", out, str(folder))
    assert (code, err.splitlines()[-1]) == (2, f"{folder}: 1 problem; nothing written")

    folder = make_case({"case.yaml": CASE_YAML, "am-mod.yaml": HEADER + claim(date="x")})
    code, err = cli("run", "--out", out, str(folder))
    assert err.splitlines()[-1] == (f"{folder}: 1 problem; nothing written (--keep-going rejects bad claims and "
                                    "reconciles the rest)")

    make_case({"broken.yaml": "source: [\n"})
    code, err = cli("run", "--out", out, str(folder))
    assert err.splitlines()[-1] == (f"{folder}: 2 problems; nothing written (--keep-going rejects bad claims, but "
                                    "the 1 problem of whole files must be fixed first)")
    assert not os.path.exists(out)


# --- 12. source ids that look alike --------------------------------------------------------------------------------


@pytest.mark.parametrize(("second", "how"), [
    ("CSTO-WATCH", "differs from it only by letter case"),
    ("cst\u043e-watch", "looks like it: letters of other scripts stand for some of its letters (the word "
                        "'cst\u043e-watch' has Cyrillic \u043e among Latin letters: retype it in one script)"),
    ("\u0421STO-watch", "looks like it"),
    ("csto-w\u03b1tch", "looks like it"),
])
def test_source_ids_that_look_alike_are_refused(make_case: MakeCase, second: str, how: str) -> None:
    folder = make_case({
        "a.yaml": "source: {id: csto-watch, name: Watch, kind: monitor}\nclaims:\n" + claim(),
        "b.yaml": f"source: {{id: {second}, name: Watch 2, kind: monitor}}\nclaims:\n" + claim()})
    (found,) = problems_of(folder)
    assert found.startswith(f"test-case/b.yaml:1: $.source.id: source id {second!r} {how}")
    assert found.endswith("and 'csto-watch' is declared in test-case/a.yaml: ids that look alike name one source in "
                          "the report; use one id for one source, or ids that differ visibly")


def test_lookalike_source_ids_read_in_parallel_are_read_again_here(tmp_path: Path) -> None:
    """Files read by worker processes are joined only when no two of their sources look alike; else they are read
    here, which names the problem."""
    reader = _Reader(tmp_path, Limits())

    def read(source_id: str) -> _FileRead:
        return _FileRead([], (Source(id=source_id, name=source_id, kind="media"), f"{source_id}.yaml"), [])

    assert not reader.join([read("csto-watch"), read("CSTO-WATCH")])
    assert reader.join([read("csto-watch"), read("osce")])
