"""The loader: a case folder in, a Case or every problem out."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile._documents import parse_json, parse_yaml
from reconcile.errors import CaseError, Problem
from reconcile.load import load_case
from reconcile.models import Count

from .conftest import SOURCE_YAML, MakeCase

CSV_HEADER = "source_id,source_name,source_kind,speaks_for,id,stated,quote,date,place,initiator,killed:armenia:soldiers"


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(CaseError) as info:
        load_case(folder)
    return [str(p) for p in info.value.problems]


def test_reads_a_yaml_source(make_case: MakeCase) -> None:
    """A valid YAML source gives claims with normalized dates, counts and party ids."""
    case = load_case(make_case({"am-mod.yaml": SOURCE_YAML}))
    (claim,) = case.claims
    assert claim.global_id == "am-mod/c1"
    assert claim.stated == dt.date(2012, 6, 4)
    assert claim.date.start == claim.date.end == dt.date(2012, 6, 4)
    assert claim.initiator == "azerbaijan"
    assert claim.place == "near Berdavan and Chinari"
    by_party = {c.party: c for c in claim.casualties}
    assert by_party["armenia"].killed == Count(3, 3, "3")
    assert by_party["armenia"].wounded is not None
    assert by_party["armenia"].wounded.low == 6
    assert by_party["azerbaijan"].killed is not None
    assert by_party["azerbaijan"].killed.high is None


def test_claim_keeps_its_provenance(make_case: MakeCase) -> None:
    """Every claim knows its source, file and line."""
    case = load_case(make_case({"am-mod.yaml": SOURCE_YAML}))
    (claim,) = case.claims
    assert (claim.source, claim.file, claim.line) == ("am-mod", "test-case/am-mod.yaml", 7)
    assert case.sources[0].file == "test-case/am-mod.yaml"


def test_json_source_reads_like_yaml(make_case: MakeCase) -> None:
    """The JSON form of a source gives the same claims as the YAML form."""
    import yaml

    data = yaml.safe_load(SOURCE_YAML.replace("2012-06-04", "'2012-06-04'"))
    from_yaml = load_case(make_case({"am-mod.yaml": SOURCE_YAML})).claims
    folder = make_case({"am-mod.yaml": None, "am-mod.JSON": json.dumps(data, indent=2)})
    (folder / "am-mod.yaml").unlink()
    from_json = load_case(folder).claims
    assert [c.global_id for c in from_json] == [c.global_id for c in from_yaml]
    assert from_json[0].casualties == from_yaml[0].casualties
    assert from_json[0].line == 9


def test_csv_source(make_case: MakeCase) -> None:
    """A CSV row is a claim; casualty columns name measure, party and category; lists split on semicolons."""
    csv_text = (
        "source_id,source_name,source_kind,id,stated,quote,date,place,supersedes,killed:armenia:soldiers,wounded:nkr\n"
        "osce,OSCE,monitor,a,2012-06-02,\"shelling, traces\",2012-06-02,Aygepar,,1,\n"
        "osce,OSCE,monitor,b,2012-06-03,later,2012-06-02,Aygepar,a,,2\n"
    )
    case = load_case(make_case({"osce.csv": csv_text}))
    a, b = case.claims
    assert a.quote == "shelling, traces"
    assert (a.casualties[0].party, a.casualties[0].category) == ("armenia", "soldiers")
    assert b.supersedes == ("osce/a",)
    assert (b.casualties[0].party, b.casualties[0].category) == ("nkr", "unknown")
    assert b.line == 3


def test_repeated_texts_are_kept_once(make_case: MakeCase) -> None:
    """Places, regions, event types, stances and casualty categories that repeat across claims share one string
    (a large case holds each once); each CSV row reads them as new text."""
    row = "osce,OSCE,monitor,{id},2012-06-02,q,2012-06-02,Aygepar,Tavush,shelling,denies,1\n"
    csv_text = ("source_id,source_name,source_kind,id,stated,quote,date,place,region,event,stance,"
                "killed:armenia:soldiers\n" + row.format(id="a") + row.format(id="b"))
    a, b = load_case(make_case({"osce.csv": csv_text})).claims
    assert (a.place, a.region, a.event, a.stance) == ("Aygepar", "Tavush", "shelling", "denies")
    for name in ("place", "region", "event", "stance"):
        assert getattr(a, name) is getattr(b, name), name
    assert a.casualties[0].category is b.casualties[0].category


def test_every_problem_is_reported_in_one_run(make_case: MakeCase) -> None:
    """Problems in several claims and files all come back together, sorted by file and line."""
    bad = SOURCE_YAML.replace("initiator: azerbaijan", "initiator: martians").replace("category: soldiers",
                                                                                     "category: generals")
    other = SOURCE_YAML.replace("am-mod", "az-mod").replace("    place: near Berdavan and Chinari\n", "")
    found = problems_of(make_case({"am-mod.yaml": bad, "az-mod.yaml": other}))
    assert len(found) == 3
    assert found[0].startswith("test-case/am-mod.yaml:12: $.claims[0].initiator: ")
    assert found[1] == "test-case/am-mod.yaml:15: $.claims[0].casualties[0].category: " \
        "expected one of soldiers, civilians, unknown (got 'generals')"
    assert found[2] == "test-case/az-mod.yaml:7: $.claims[0].place: required, but missing"


def test_unknown_key_is_an_error(make_case: MakeCase) -> None:
    """A typo in a key must not silently drop data."""
    found = problems_of(make_case({"am-mod.yaml": SOURCE_YAML.replace("    initiator:", "    initator:")}))
    assert found == [
        "test-case/am-mod.yaml:12: $.claims[0].initator: unknown key 'initator' "
        "(did you mean 'initiator'?); the keys accepted here are: id, "
        "stated, quote, date, place, reference, url, region, event, initiator, stance, relays, supersedes, adds_to, "
        "casualties"
    ]


def test_wrong_type_is_named(make_case: MakeCase) -> None:
    """A list where text belongs is refused with what was expected."""
    found = problems_of(make_case({"am-mod.yaml": SOURCE_YAML.replace("place: near Berdavan and Chinari",
                                                                      "place: [Berdavan, Chinari]")}))
    assert found == ["test-case/am-mod.yaml:11: $.claims[0].place: expected text, got a list"]


def test_bad_date_names_file_line_field_and_text(make_case: MakeCase) -> None:
    """An unreadable event date is reported with its location and the text."""
    found = problems_of(make_case({"am-mod.yaml": SOURCE_YAML.replace("date: 2012-06-04", "date: Junr 4, 2012")}))
    assert len(found) == 1
    assert found[0].startswith("test-case/am-mod.yaml:10: $.claims[0].date: ")
    assert "'Junr 4, 2012'" in found[0]


def test_bad_count_names_the_measure(make_case: MakeCase) -> None:
    """An unknown vague phrase is reported at its measure."""
    found = problems_of(make_case({"am-mod.yaml": SOURCE_YAML.replace("wounded: six", "wounded: heaps")}))
    assert len(found) == 1
    assert found[0].startswith("test-case/am-mod.yaml:17: $.claims[0].casualties[0].wounded: ")
    assert "'heaps'" in found[0]


def test_unknown_party_is_an_error(make_case: MakeCase) -> None:
    """A casualty party that case.yaml does not declare is refused."""
    found = problems_of(make_case({"am-mod.yaml": SOURCE_YAML.replace("party: Azerbaijani", "party: Georgia")}))
    assert len(found) == 1
    assert found[0].startswith("test-case/am-mod.yaml:18: $.claims[0].casualties[1].party: ")


def test_parties_resolve_by_alias_in_any_script(make_case: MakeCase) -> None:
    """Aliases resolve case-insensitively, in Armenian or Cyrillic script too."""
    text = SOURCE_YAML.replace("initiator: azerbaijan", "initiator: AZƏRBAYCAN").replace(
        "party: armenia", "party: армения")
    (claim,) = load_case(make_case({"am-mod.yaml": text})).claims
    assert claim.initiator == "azerbaijan"
    assert {c.party for c in claim.casualties} == {"armenia", "azerbaijan"}


def test_duplicate_claim_id(make_case: MakeCase) -> None:
    """Two claims of one source with the same id are an error naming the first."""
    text = SOURCE_YAML + SOURCE_YAML.split("claims:\n", 1)[1]
    found = problems_of(make_case({"am-mod.yaml": text}))
    assert found == ["test-case/am-mod.yaml:20: $.claims[1].id: claim id 'c1' is already used in "
                     "test-case/am-mod.yaml:7"]


def test_source_in_two_files(make_case: MakeCase) -> None:
    """A source id declared in two files is an error."""
    found = problems_of(make_case({"am-mod.yaml": SOURCE_YAML, "am-mod-2.yaml": SOURCE_YAML}))
    assert found == ["test-case/am-mod.yaml:2: $.source.id: source id 'am-mod' is already declared in "
                     "test-case/am-mod-2.yaml; one source, one file"]


def test_supersedes_unknown_claim(make_case: MakeCase) -> None:
    """A revision of a claim that does not exist is an error."""
    text = SOURCE_YAML.replace("    initiator: azerbaijan", "    initiator: azerbaijan\n    supersedes: [c0]")
    found = problems_of(make_case({"am-mod.yaml": text}))
    assert found == ["test-case/am-mod.yaml:7: $.claims[0].supersedes[0]: names 'c0', but source 'am-mod' has no "
                     "claim with that id"]


def test_a_claim_names_only_other_claims_of_its_source(make_case: MakeCase) -> None:
    """A claim that names itself, or a claim of another source (even one that exists), is an error at the name;
    the claims it may name are resolved to global ids."""
    second = SOURCE_YAML.split("claims:\n", 1)[1].replace("id: c1", "id: c2").replace(
        "    initiator: azerbaijan", "    initiator: azerbaijan\n    supersedes: [c2, az-mod/c1, am-mod/c1]")
    other = SOURCE_YAML.replace("am-mod", "az-mod").replace("speaks_for: armenia", "speaks_for: azerbaijan")
    folder = make_case({"am-mod.yaml": SOURCE_YAML + second, "az-mod.yaml": other})
    assert problems_of(folder) == [
        "test-case/am-mod.yaml:20: $.claims[1].supersedes[0]: a claim cannot name itself",
        "test-case/am-mod.yaml:20: $.claims[1].supersedes[1]: names 'az-mod/c1', a claim of another source; a "
        "source can only revise or add to its own claims"]
    fixed = second.replace("supersedes: [c2, az-mod/c1, am-mod/c1]", "adds_to: [am-mod/c1, c1]")
    case = load_case(make_case({"am-mod.yaml": SOURCE_YAML + fixed, "az-mod.yaml": other}))
    assert case.claims[1].adds_to == ("am-mod/c1",)


def test_supersedes_cycle(make_case: MakeCase) -> None:
    """Claims that revise each other in a circle are an error for each of them."""
    second = SOURCE_YAML.split("claims:\n", 1)[1].replace("id: c1", "id: c2")
    text = (SOURCE_YAML + second).replace("    initiator: azerbaijan", "    initiator: azerbaijan\n    supersedes: X")
    text = text.replace("supersedes: X", "supersedes: c2", 1).replace("supersedes: X", "supersedes: c1", 1)
    found = problems_of(make_case({"am-mod.yaml": text}))
    assert len(found) == 2
    assert all("supersedes/adds_to form a cycle: am-mod/c1 -> am-mod/c2 -> am-mod/c1" in f for f in found)


def test_reject_mode_keeps_the_rest(make_case: MakeCase) -> None:
    """With on_bad_claim='reject' a bad claim is listed with its reason and the others are read."""
    second = SOURCE_YAML.split("claims:\n", 1)[1].replace("id: c1", "id: c2").replace("date: 2012-06-04",
                                                                                       "date: someday")
    case = load_case(make_case({"am-mod.yaml": SOURCE_YAML + second}), on_bad_claim="reject")
    assert [c.global_id for c in case.claims] == ["am-mod/c1"]
    (rejected,) = case.rejected
    assert (rejected.claim, rejected.file, rejected.line) == ("am-mod/c2", "test-case/am-mod.yaml", 20)
    assert rejected.reason.startswith("$.claims[1].date: ")


def test_reject_mode_rejects_dependants(make_case: MakeCase) -> None:
    """A claim that revises a rejected claim is rejected with it, saying why."""
    second = SOURCE_YAML.split("claims:\n", 1)[1].replace("id: c1", "id: c2").replace(
        "    initiator: azerbaijan", "    initiator: azerbaijan\n    supersedes: [c1]")
    first = SOURCE_YAML.replace("wounded: six", "wounded: heaps")
    case = load_case(make_case({"am-mod.yaml": first + second}), on_bad_claim="reject")
    assert case.claims == ()
    reasons = {r.claim: r.reason for r in case.rejected}
    assert reasons["am-mod/c2"] == "$.claims[1]: depends on am-mod/c1, which is rejected"


def test_missing_case_yaml(make_case: MakeCase) -> None:
    """A folder without case.yaml is refused with a clear message."""
    folder = make_case({"am-mod.yaml": SOURCE_YAML})
    (folder / "case.yaml").unlink()
    assert problems_of(folder) == ["test-case: no case.yaml: a case folder needs a case.yaml that names the case "
                                   "and its parties"]


def test_not_a_folder(tmp_path: Path) -> None:
    """A path that is not a folder is refused."""
    with pytest.raises(CaseError) as info:
        load_case(tmp_path / "nowhere")
    assert info.value.problems == (Problem(str(tmp_path / "nowhere"), 0, "",
                                           "not a case folder: it does not exist"),)


def test_non_utf8_names_the_line(make_case: MakeCase) -> None:
    """Bytes that are not UTF-8 are refused with their line."""
    raw = SOURCE_YAML.encode().replace(b"Chinari", b"Chin\xe4ri")
    assert problems_of(make_case({"am-mod.yaml": raw})) == [
        "test-case/am-mod.yaml:11: the file is not UTF-8: byte 0xe4 cannot be decoded; it reads as Latin text in "
        "Windows-1252, in which line 11 is 'place: near Berdavan and Chinäri': if that is the text, open the file as "
        "Windows-1252 in an editor, then save the file as UTF-8"]


def test_bom_and_crlf_are_accepted(make_case: MakeCase) -> None:
    """A byte-order mark and Windows line ends read like plain UTF-8."""
    raw = b"\xef\xbb\xbf" + SOURCE_YAML.replace("\n", "\r\n").encode()
    (claim,) = load_case(make_case({"am-mod.yaml": raw})).claims
    assert claim.quote == "the enemy was repelled, suffering casualties"


def test_python_object_tag_is_refused(make_case: MakeCase) -> None:
    """YAML that asks to build Python objects is refused, not executed."""
    text = SOURCE_YAML.replace("quote: the enemy", "quote: !!python/object/apply:os.system ['echo hi']\n    x: the")
    found = problems_of(make_case({"am-mod.yaml": text}))
    assert found[0].startswith("test-case/am-mod.yaml:9: $.claims[0].quote: the tag "
                               "'!!python/object/apply:os.system' asks YAML to build a Python object")
    assert all("$.claims[0]" in problem for problem in found)  # only the claim is rejected, nothing run


def test_alias_bomb_is_refused(make_case: MakeCase) -> None:
    """An alias bomb is measured without being expanded and refused."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    found = problems_of(make_case({"am-mod.yaml": "\n".join(lines) + "\n"}))
    assert found == ["test-case/am-mod.yaml:7: the document expands to more than 2,000,000 values (anchors and "
                     "aliases); refused"]


def test_duplicate_yaml_key(make_case: MakeCase) -> None:
    """A key given twice in one mapping is an error (YAML would silently keep the last)."""
    text = SOURCE_YAML.replace("    place: near", "    quote: again\n    place: near")
    found = problems_of(make_case({"am-mod.yaml": text}))
    assert found == ["test-case/am-mod.yaml:11: $.claims[0]: duplicate key 'quote' (first on line 9)"]


def test_deep_json_is_refused(make_case: MakeCase) -> None:
    """Deeply nested JSON is refused with a message, not a RecursionError."""
    found = problems_of(make_case({"x.json": "[" * 100_000 + "]" * 100_000}))
    assert found == ["test-case/x.json:1: the document is nested more than 64 levels deep; refused"]


def test_empty_file(make_case: MakeCase) -> None:
    """An empty source file is an error, not an empty source."""
    assert problems_of(make_case({"am-mod.yaml": ""})) == [
        "test-case/am-mod.yaml: the file is empty; a source file holds a `source:` mapping and a `claims:` list"]


def test_csv_unknown_column(make_case: MakeCase) -> None:
    """A CSV column the format does not know is an error, as an unknown key is."""
    text = CSV_HEADER + ",colour\nam,Am MoD,belligerent,armenia,a,2012-06-04,q,2012-06-04,Berdavan,,3,red\n"
    found = problems_of(make_case({"am.csv": text}))
    assert found[0].startswith("test-case/am.csv:1: unknown column 'colour'; expected source_id")


def test_csv_problem_names_the_column(make_case: MakeCase) -> None:
    """A bad cell is reported with its row's line and its column name."""
    text = CSV_HEADER + "\nam,Am MoD,belligerent,armenia,a,2012-06-04,q,2012-06-04,Berdavan,,lots and lots\n"
    found = problems_of(make_case({"am.csv": text}))
    assert len(found) == 1
    assert found[0].startswith("test-case/am.csv:2: killed:armenia:soldiers: ")


def test_csv_source_columns_must_agree(make_case: MakeCase) -> None:
    """Rows of one CSV file must name the same source."""
    text = (CSV_HEADER + "\nam,Am MoD,belligerent,armenia,a,2012-06-04,q,2012-06-04,Berdavan,,3\n"
            "am,Other,belligerent,armenia,b,2012-06-04,q,2012-06-04,Berdavan,,3\n")
    assert problems_of(make_case({"am.csv": text})) == [
        "test-case/am.csv:3: source_name: the source columns must repeat the first row's values (line 2): got "
        "'Other', line 2 has 'Am MoD'"]


def test_symlink_out_of_the_folder_is_refused(make_case: MakeCase, tmp_path: Path) -> None:
    """A link to a file outside the case folder is not followed."""
    outside = tmp_path / "outside.yaml"
    outside.write_text(SOURCE_YAML, encoding="utf-8")
    folder = make_case({})
    (folder / "am-mod.yaml").symlink_to(outside)
    assert problems_of(folder) == ["test-case/am-mod.yaml: links to a file outside the case folder; refused (copy "
                                   "the file into the folder instead)"]


def test_case_id_must_be_a_safe_slug(make_case: MakeCase) -> None:
    """The case id names the output folder, so path characters are refused."""
    from .conftest import CASE_YAML

    found = problems_of(make_case({"case.yaml": CASE_YAML.replace("case: test-case", "case: ../../etc")}))
    assert found == ["test-case/case.yaml:1: $.case: a case id is lowercase letters, digits, '.', '_' and '-' (it "
                     "names the output folder) (got '../../etc')"]


def test_gazetteer_entries_are_read(make_case: MakeCase) -> None:
    """gazetteer.yaml places become entries with coordinates."""
    gazetteer = ("places:\n  - id: voskepar\n    name: Voskepar\n    variants: [Ոսկեպար, Oskepar]\n"
                 "    country: armenia\n    lat: 41.07\n    lon: 45.06\n")
    case = load_case(make_case({"gazetteer.yaml": gazetteer, "am-mod.yaml": SOURCE_YAML}))
    (entry,) = case.gazetteer
    assert (entry.id, entry.variants, entry.lat) == ("voskepar", ("Ոսկեպար", "Oskepar"), 41.07)


def test_limits_are_configurable(make_case: MakeCase) -> None:
    """Each limit can be lowered, and exceeding it is reported with the limit."""
    from reconcile.load import Limits

    folder = make_case({"am-mod.yaml": SOURCE_YAML})
    with pytest.raises(CaseError) as info:
        load_case(folder, limits=Limits(file_bytes=400))
    assert str(info.value.problems[0]) == (
        f"test-case/am-mod.yaml: the file is {len(SOURCE_YAML.encode()):,} bytes; the limit is 400 bytes: split it "
        "into several files")
    with pytest.raises(CaseError) as info:
        load_case(folder, limits=Limits(claims_per_file=0))
    assert str(info.value.problems[0]) == ("test-case/am-mod.yaml:6: $.claims: 1 claims in one file; the limit is 0: "
                                           "split the source into several files")
    with pytest.raises(CaseError) as info:
        load_case(folder, limits=Limits(text_chars=10))
    # The texts of case.yaml and of the source header are bounded too (tests/test_text_limit_outside_claims.py).
    assert [p.field for p in info.value.problems] == ["$.source.name", "$.claims[0].quote", "$.claims[0].place",
                                                      "$.title", "$.parties[1].aliases[0]", "$.parties[2].name"]
    with pytest.raises(CaseError) as info:
        load_case(folder, limits=Limits(depth=3))
    assert "nested more than 3 levels deep" in str(info.value)


@pytest.mark.parametrize("bad", [False, True])
@pytest.mark.parametrize("collector_on", [True, False])
def test_loading_restores_the_garbage_collector(make_case: MakeCase, bad: bool, collector_on: bool) -> None:
    """The loader pauses automatic garbage collection while it builds the case, and leaves the caller's setting as it
    was, also when the case has problems."""
    import gc

    folder = make_case({"s.yaml": SOURCE_YAML.replace("2012-06-04", "June 40th") if bad else SOURCE_YAML})
    was = gc.isenabled()
    try:
        gc.enable() if collector_on else gc.disable()
        if bad:
            with pytest.raises(CaseError):
                load_case(folder)
        else:
            load_case(folder)
        assert gc.isenabled() is collector_on
    finally:
        gc.enable() if was else gc.disable()


# Text mixing surrogates with characters that look like the start of an escape once written (a backslash, u, d, 8).
_ESCAPE_BAIT = st.text(st.characters(categories=["Cs"]) | st.sampled_from(["a", "\\", "u", "d", "8", "0", "é", "💥"]),
                       max_size=6)


@given(values=st.lists(_ESCAPE_BAIT, max_size=4), form=st.sampled_from(["json", "yaml"]))
@example(values=["a\udca5"], form="json")  # a lone low half, with no high half anywhere in the file
@example(values=["\ud83d\udca5", "\\ud800"], form="json")  # a pair that is one character; a backslash, then text
@example(values=["\ud83d\ud83d\udca5"], form="json")  # a high half before a pair
def test_every_value_holding_a_surrogate_is_found(values: list[str], form: str) -> None:
    """However a surrogate is escaped in JSON (a lone half, a reversed pair, an escaped backslash before `ud800`, a
    pair that reads as one character) or YAML, the parse layer warns at exactly the values that hold one."""
    if form == "json":
        doc = parse_json(json.dumps({"v": values}))  # ensure_ascii: every surrogate is written as an escape
    else:
        doc = parse_yaml(yaml.safe_dump({"v": values}, allow_unicode=True))
    holding = [("v", i) for i, value in enumerate(doc.data["v"]) if re.search("[\ud800-\udfff]", value)]
    assert [where for where, _line, _message in doc.warnings] == holding
