"""Hostile inputs, second December round: one problem of a file no longer hides the others (an entry of a gazetteer,
of a claim's casualties or of a case's parties that is no mapping; a source header's field; a CSV header's columns;
two aliases clashing)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import CaseError
from reconcile.load import load_case

from .conftest import CASE_YAML, MakeCase
from .test_hostile_text import problems_of, rejected_reasons
from .test_load_fast import fixture_ok, mappings

SOURCE = "source: {id: am-mod, name: M, kind: belligerent, speaks_for: armenia}\nclaims:\n"
CLAIM = "  - id: {id}\n    stated: 2012-06-04\n    quote: q\n    date: 2012-06-04\n    place: Voskepar\n"


# --- 1. an entry that is no mapping hides no other entry's problem ---------------------------------------------------

def test_every_gazetteer_entry_is_checked_whatever_its_neighbours(make_case: MakeCase) -> None:
    """An entry written as text or as a list is told, and so is each problem of the entries before and after it."""
    gazetteer = """\
        places:
          - {id: a, name: A, lat: 91, lon: 10}
          - just a string
          - {id: b, name: ""}
          - [x, y]
          - {id: c, name: C, lat: 5}
        """
    assert problems_of(make_case({"gazetteer.yaml": gazetteer})) == [
        "test-case/gazetteer.yaml:2: $.places[0].lat: latitude must lie in [-90, 90] (got 91)",
        "test-case/gazetteer.yaml:3: $.places[1]: expected a mapping of keys to values (got 'just a string')",
        "test-case/gazetteer.yaml:4: $.places[2].name: must not be empty (got '')",
        "test-case/gazetteer.yaml:5: $.places[3]: expected a mapping of keys to values",
        "test-case/gazetteer.yaml:6: $.places[4]: give both lat and lon, or neither",
    ]


def test_every_problem_of_one_gazetteer_entry_is_told(make_case: MakeCase) -> None:
    """A second id, a latitude and a longitude out of range in one entry: three problems, not the first alone; a
    field of the wrong type does not hide the entry's other fields, nor stand in for a value that is checked."""
    gazetteer = """\
        places:
          - {id: a, name: A}
          - {id: a, name: B, lat: 91, lon: 200}
          - {id: [c], name: C, lat: abc, lon: 10}
          - {id: d, name: [D], lat: 1, lon: 2}
          - {id: d, name: D}
        """
    assert problems_of(make_case({"gazetteer.yaml": gazetteer})) == [
        "test-case/gazetteer.yaml:3: $.places[1].id: place id 'a' is already used by places[0]",
        "test-case/gazetteer.yaml:3: $.places[1].lat: latitude must lie in [-90, 90] (got 91)",
        "test-case/gazetteer.yaml:3: $.places[1].lon: longitude must lie in [-180, 180] (got 200)",
        "test-case/gazetteer.yaml:4: $.places[2].id: expected text, got a list",
        "test-case/gazetteer.yaml:4: $.places[2].lat: expected a number, got the text 'abc' (write the number without "
        "quotes, with digits and a decimal point: 41.05)",
        "test-case/gazetteer.yaml:5: $.places[3].name: expected text, got a list",
        "test-case/gazetteer.yaml:6: $.places[4].id: place id 'd' is already used by places[3]",
    ]


GOOD_PLACE = "{{id: p{k}, name: P{k}}}"
#: Entries with one problem each, of every layer: the type of the entry, the type of a field, a value's check.
BAD_PLACES = ("text", "[a, list]", "{{id: q{k}, name: [Q]}}", "{{id: q{k}, name: Q, lat: 95, lon: 1}}",
              "{{id: q{k}, name: ' '}}", "{{id: q{k}, name: Q, lat: 1}}", "{{id: q{k}, name: Q, height: 3}}")


@given(st.lists(st.one_of(st.none(), st.sampled_from(BAD_PLACES)), min_size=1, max_size=8))
@example(["text", None, "{{id: q{k}, name: Q, lat: 95, lon: 1}}"])
def test_each_bad_gazetteer_entry_is_told_at_its_own_index(tmp_path_factory: pytest.TempPathFactory,
                                                           entries: list[str | None]) -> None:
    """Law: the entries told are exactly the bad ones, whatever their kinds and order (a good entry is ``None``)."""
    folder = tmp_path_factory.mktemp("gazetteer") / "test-case"
    folder.mkdir()
    (folder / "case.yaml").write_text("case: test-case\ntitle: T\nparties: [{id: armenia, name: Armenia}]\n")
    lines = [(GOOD_PLACE if entry is None else entry).format(k=k) for k, entry in enumerate(entries)]
    (folder / "gazetteer.yaml").write_text("places:\n" + "".join(f"  - {line}\n" for line in lines))
    bad = {k for k, entry in enumerate(entries) if entry is not None}
    if not bad:
        assert len(load_case(folder).gazetteer) == len(entries)
        return
    told = {int(problem.split("$.places[")[1].split("]")[0]) for problem in problems_of(folder)}
    assert told == bad


def test_every_casualty_entry_is_checked_whatever_its_neighbours(make_case: MakeCase) -> None:
    """``casualties[0]`` written as text hides neither the count nor the party of a later entry, and the claim is
    rejected with them all."""
    claim = CLAIM.format(id="c1") + """\
    casualties:
      - oops
      - {party: armenia, killed: zillions}
      - {party: narnia, killed: 3}
      - {party: azerbaijan, category: kids, killed: -1}
"""
    problems = problems_of(make_case({"am-mod.yaml": SOURCE + claim}))
    assert [problem.split(": ")[1] for problem in problems] == [
        "$.claims[0].casualties[0]", "$.claims[0].casualties[1].killed", "$.claims[0].casualties[2].party",
        "$.claims[0].casualties[3].category", "$.claims[0].casualties[3].killed"]
    assert problems[0].startswith("test-case/am-mod.yaml:9: ")
    _, rejected = rejected_reasons(make_case({"am-mod.yaml": SOURCE + claim + CLAIM.format(id="c2")}))
    (reason,) = rejected
    assert reason.startswith("am-mod/c1: $.claims[0].casualties[0]: expected a mapping of keys to values")
    assert "casualties[1].killed: cannot read a count from 'zillions'" in reason
    assert "casualties[2].party: unknown party 'narnia'" in reason


def test_a_casualty_field_of_the_wrong_type_hides_no_other_field(make_case: MakeCase) -> None:
    """A party written as a list stands in for nothing: the entry's figures are read and told too, and no problem
    is made up for the party."""
    claim = CLAIM.format(id="c1") + "    casualties:\n      - {party: [armenia], killed: zillions}\n"
    assert [problem.split(": ")[1:3] for problem in problems_of(make_case({"am-mod.yaml": SOURCE + claim}))] == [
        ["$.claims[0].casualties[0].killed", "cannot read a count from 'zillions'; expected a whole number (3, "
                                             "three, twenty-one), a range (15 to 20, 15-20, between 15 and 20, 15 or "
                                             "16, a dozen or two), a bound (at least 4, 4+, more than 10, over 10, "
                                             "just over 10, up to 6, fewer than 5, about 10, nearly 10, fifty-odd), "
                                             "dozens or scores (two dozen, 2-3 dozen, more than a dozen, two score), "
                                             "a loose multiple (several dozen, a few hundred), a lower bound on a "
                                             "vague word (at least several), a hedged figure (at least 12, "
                                             "possibly 20; 12, possibly more; 12 confirmed, up to 20 reported), one "
                                             "of"],
        ["$.claims[0].casualties[0].party", "expected text, got a list"]]


def test_every_party_is_checked_whatever_its_neighbours(make_case: MakeCase) -> None:
    """A party written as text in case.yaml hides no problem of another party."""
    case = """\
        case: test-case
        title: T
        parties:
          - armenia
          - {id: azerbaijan, name: ""}
          - {id: "bad id!", name: X}
          - {id: nkr, name: [N], aliases: ["\\u200b"]}
        """
    assert problems_of(make_case({"case.yaml": case})) == [
        "test-case/case.yaml:4: $.parties[0]: expected a mapping of keys to values (got 'armenia')",
        "test-case/case.yaml:5: $.parties[1].name: must not be empty (got '')",
        "test-case/case.yaml:6: $.parties[2].id: an id is letters, digits, '.', '_', ':' and '-' (at most 200), "
        "starting with a letter or digit (got 'bad id!')",
        "test-case/case.yaml:7: $.parties[3].aliases[0]: holds only invisible characters (\\u200b): leave the field "
        "out if it has no value, or write the value (got '\\u200b')",
        "test-case/case.yaml:7: $.parties[3].name: expected text, got a list",
    ]


def test_a_parties_list_of_the_wrong_type_is_one_problem(make_case: MakeCase) -> None:
    """``parties`` written as text is told as such, not also as a case without parties."""
    case = "case: test-case\ntitle: T\nparties: armenia\n"
    assert problems_of(make_case({"case.yaml": case})) == [
        "test-case/case.yaml:3: $.parties: expected a list of parties, got text"]


def test_every_alias_shared_by_two_parties_is_told_at_the_alias(make_case: MakeCase) -> None:
    case = """\
        case: test-case
        title: T
        parties:
          - {id: armenia, name: Armenia, aliases: [Armenian, Hayastan]}
          - {id: azerbaijan, name: Azerbaijan, aliases: [Armenian, Unknown]}
          - {id: nkr, name: NKR, aliases: [Hayastan]}
        """
    assert problems_of(make_case({"case.yaml": case})) == [
        "test-case/case.yaml:5: $.parties[1].aliases[0]: the name 'Armenian' of party 'azerbaijan' is already a name "
        "of party 'armenia' ('Armenian')",
        "test-case/case.yaml:5: $.parties[1].aliases[1]: party 'azerbaijan' cannot be called 'Unknown': 'unknown' is "
        "reserved",
        "test-case/case.yaml:6: $.parties[2].aliases[0]: the name 'Hayastan' of party 'nkr' is already a name of "
        "party 'armenia' ('Hayastan')",
    ]


def test_each_item_of_a_list_of_text_that_is_not_text_is_named(make_case: MakeCase) -> None:
    """The first item that was not text was told without its index, and hid the others."""
    claim = CLAIM.format(id="c1") + "    supersedes: [c0, [x], {a: b}]\n"
    assert problems_of(make_case({"am-mod.yaml": SOURCE + claim})) == [
        "test-case/am-mod.yaml:8: $.claims[0].supersedes: item 1: expected text, got a list; item 2: expected text, "
        "got a mapping"]


# --- 2. a source header's problems, all of them -------------------------------------------------------------------

def test_a_source_field_of_the_wrong_type_hides_no_other_field(make_case: MakeCase) -> None:
    source = "source: {id: am-mod, name: [M], kind: bogus, speaks_for: narnia}\nclaims: []\n"
    assert [problem.split(": ")[1] for problem in problems_of(make_case({"am-mod.yaml": source}))] == [
        "$.source.kind", "$.source.name", "$.source.speaks_for"]


def test_an_empty_source_cell_is_named_by_its_column_with_the_others(make_case: MakeCase) -> None:
    """An empty ``source_name`` cell is named by its column (it was ``$.source.name``, a path of the YAML form), and
    an unknown kind and party beside it are told too."""
    text = ("source_id,source_name,source_kind,speaks_for,id,stated,quote,date,place\n"
            "t,,bogus,narnia,c1,2012-06-04,q,2012-06-04,B\n")
    problems = problems_of(make_case({"t.csv": text}))
    assert problems[1] == ("test-case/t.csv:2: source_name: required, but the cell is empty (the source columns of "
                           "the first row give the source)")
    assert [problem.split(": ")[1] for problem in problems] == ["source_kind", "source_name", "speaks_for"]


# --- 3. a CSV header's problems, all of them ------------------------------------------------------------------------

def test_every_problem_of_a_csv_header_is_told(make_case: MakeCase) -> None:
    """A column named twice, a casualty column of an unknown party or category, an unknown column and a missing one
    are each told in one run."""
    header = ("source_id,source_name,source_kind,id,ID,stated,qoute,date,place,place,killed:narnia,"
              "wounded:armenia:kids,killed:armenia,killed:Armenian\n")
    problems = problems_of(make_case({"t.csv": header + "t,T,media,c1,c1,2012-06-04,q,2012-06-04,B,B,1,2,3,4\n"}))
    assert [problem.removeprefix("test-case/t.csv:1: ") for problem in problems] == [
        "column 'killed:narnia': unknown party 'narnia'; expected a party id, name or alias of this case (armenia, "
        "azerbaijan, nkr) or 'unknown' (another name of a party is added to its aliases in case.yaml)",
        "column 'wounded:armenia:kids': unknown category 'kids'; expected one of soldiers, civilians, unknown",
        "missing required column: quote",
        "the CSV header names column 'id' twice (columns D (4) and E (5), 'id' and 'ID')",
        "the CSV header names column 'place' twice (columns I (9) and J (10), 'place' and 'place')",
        "two casualty columns name the same measure, party and category (killed, armenia, unknown): columns M (13) "
        "and N (14), 'killed:armenia' and 'killed:Armenian'; keep one",
        "unknown column 'qoute' (did you mean quote?); expected source_id, source_name, source_kind, speaks_for, "
        "source_aligned_with, id, stated, reference, url, quote, date, place, region, event, initiator, stance, "
        "relays, supersedes, adds_to and casualty columns such as 'killed:<party>:<category>'",
    ]


def test_a_column_named_three_times_is_one_problem(make_case: MakeCase) -> None:
    header = "source_id,source_name,source_kind,id,stated,quote,date,place,killed:armenia,Killed:armenia,killed:armenia"
    (problem,) = problems_of(make_case({"t.csv": f"{header}\nt,T,media,c1,2012-06-04,q,2012-06-04,B,1,2,3\n"}))
    assert problem == ("test-case/t.csv:1: the CSV header names column 'killed:armenia' 3 times (columns I (9), J (10) "
                       "and K (11), 'killed:armenia', 'Killed:armenia' and 'killed:armenia')")


# --- 4. claim ids that look alike -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("second", "how"), [
    ("C1", "differs from it only by letter case"),
    ("ｃ1", "differs from it only by compatibility forms of its characters (such as fullwidth letters)"),
    ("с1", "looks like it: letters of other scripts stand for some of its letters"),  # a Cyrillic с
])
def test_a_claim_id_that_looks_like_another_of_its_source_is_rejected(make_case: MakeCase, second: str,
                                                                       how: str) -> None:
    """`c1` and `C1` (or `ｃ1`, `с1`) were two claims of one source that the report, `explain` and a reader of a
    `supersedes` could not tell apart; the second is rejected, naming the first."""
    folder = make_case({"am-mod.yaml": SOURCE + CLAIM.format(id="c1") + CLAIM.format(id=second)})
    (problem,) = problems_of(folder)
    assert problem.startswith(f"test-case/am-mod.yaml:8: $.claims[1].id: claim id {second!r} {how}")
    assert problem.endswith("and 'c1' is used in test-case/am-mod.yaml:3: ids that look alike name one claim in the "
                            "report; use one id for one claim, or ids that differ visibly")
    accepted, rejected = rejected_reasons(folder)
    assert accepted == ["am-mod/c1"]
    assert [reason.split(": ")[0] for reason in rejected] == [f"am-mod/{second}"]


def test_look_alike_claim_ids_are_told_in_a_csv_file_by_their_column(make_case: MakeCase) -> None:
    text = ("source_id,source_name,source_kind,id,stated,quote,date,place\n"
            "t,T,media,Row-1,2012-06-04,q,2012-06-04,B\nt,T,media,row-1,2012-06-04,q,2012-06-04,B\n")
    (problem,) = problems_of(make_case({"t.csv": text}))
    assert problem.startswith("test-case/t.csv:3: id: claim id 'row-1' differs from it only by letter case, and "
                              "'Row-1' is used in test-case/t.csv:2")


def test_look_alike_claim_ids_of_two_sources_are_two_claims(make_case: MakeCase) -> None:
    """Claims are named by source and id: `am-mod/c1` and `osce/C1` are told apart."""
    other = "source: {id: osce, name: O, kind: monitor}\nclaims:\n" + CLAIM.format(id="C1")
    case = load_case(make_case({"am-mod.yaml": SOURCE + CLAIM.format(id="c1"), "osce.yaml": other}))
    assert [claim.global_id for claim in case.claims] == ["am-mod/c1", "osce/C1"]


# --- 5. numbers judged as written, not as the float they read as ----------------------------------------------------

@pytest.mark.parametrize(("written", "told"), [
    ("1e309", "expected figures of at most 1,000,000, got 1e309"),  # was "must be a whole number": a float's inf
    ("1e-400", "a count must be a whole number, got 1e-400"),  # was "write the count 0 in digits": a float's 0.0
    ("-1e309", "a count cannot be negative, got -1e309"),
    ("2.5E2", "write the count 250 in digits, not with an exponent (got 2.5E2)"),
    ("1" + "0" * 500 + ".0", "expected figures of at most 1,000,000, got " + "1" + "0" * 39 + "..."),
])
def test_a_json_count_is_judged_as_written(make_case: MakeCase, written: str, told: str) -> None:
    text = ('{"source": {"id": "am-mod", "name": "M", "kind": "monitor"}, "claims": [{"id": "c1", "stated": '
            '"2012-06-04", "quote": "q", "date": "2012-06-04", "place": "Voskepar", "casualties": [{"party": '
            f'"armenia", "killed": {written}}}]}}]}}')
    assert problems_of(make_case({"am-mod.json": text})) == [
        f"test-case/am-mod.json:1: $.claims[0].casualties[0].killed: {told}"]


@pytest.mark.parametrize(("written", "told"), [
    ("1e3", "write the count 1000 in digits, not with an exponent (got 1e3)"),  # YAML 1.1 reads it as text
    ("1.0e309", "expected figures of at most 1,000,000, got 1.0e309"),
    ("1.0e+309", "expected figures of at most 1,000,000, got 1.0e+309"),  # a YAML float: infinity
    ("1.0e-400", "a count must be a whole number, got 1.0e-400"),  # a YAML float: 0.0
])
def test_a_yaml_count_with_an_exponent_is_told_as_the_number_it_is(make_case: MakeCase, written: str,
                                                                   told: str) -> None:
    claim = CLAIM.format(id="c1") + f"    casualties: [{{party: armenia, killed: {written}}}]\n"
    assert problems_of(make_case({"am-mod.yaml": SOURCE + claim})) == [
        f"test-case/am-mod.yaml:8: $.claims[0].casualties[0].killed: {told}"]


@given(st.integers(-10**7, 10**7), st.integers(-12, 12))
@example(1, -400)
@example(1, 309)
@example(15, -1)
def test_a_count_with_an_exponent_is_refused_for_what_its_exact_value_is(mantissa: int, exponent: int) -> None:
    """Law: ``{m}e{e}`` is told not whole exactly when its exact value has a fraction, negative when it is below 0,
    and too large when it is above the limit; a whole count in range is told to be written in digits."""
    from decimal import Decimal

    from reconcile._documents import WrittenFloat
    from reconcile.load import _whole_number_problem
    from reconcile.normalize import MAX_COUNT

    written = f"{mantissa}e{exponent}"
    exact = Decimal(written)
    told = _whole_number_problem(WrittenFloat(float(written), written))
    if exact != exact.to_integral_value():
        assert told is None  # `parse_count` tells it is not whole
    elif exact < 0:
        assert told == f"a count cannot be negative, got {written}"
    elif exact > MAX_COUNT:
        assert told == f"expected figures of at most {MAX_COUNT:,}, got {written}"
    else:
        assert told == f"write the count {int(exact)} in digits, not with an exponent (got {written})"


@pytest.mark.parametrize(("written", "told"), [
    ("1.0e+309", "expected a coordinate, got a number too large to be one (1.0e+309)"),  # was "got inf (infinity)"
    ("4e1", "expected a number, got the text '4e1': YAML reads a number with an exponent as text unless it has a "
            "decimal point and a signed exponent (4.0e+1); write it as 40.0"),  # was "write it without quotes"
    ("1e999", "expected a number, got the text '1e999': YAML reads a number with an exponent as text unless it has "
              "a decimal point and a signed exponent (4.0e+1); it is too large to be a coordinate"),
])
def test_a_coordinate_with_an_exponent_is_told_as_written(make_case: MakeCase, written: str, told: str) -> None:
    gazetteer = f"places:\n  - {{id: x, name: X, lat: {written}, lon: 45.08}}\n"
    assert problems_of(make_case({"gazetteer.yaml": gazetteer})) == [
        f"test-case/gazetteer.yaml:2: $.places[0].lat: {told}"]


# --- 6. YAML nested deeper than libyaml follows ----------------------------------------------------------------------

@pytest.mark.parametrize("depth", [999, 1001, 100_000])
def test_yaml_nested_past_the_parsers_depth_is_told_as_the_depth_limit(make_case: MakeCase, depth: int) -> None:
    """Past 1,000 levels libyaml stops first, and the file was told "invalid YAML: exceeded maximum nesting depth";
    it is told as any file nested deeper than the limit is."""
    text = "source: {id: am-mod, name: M, kind: media}\nclaims: " + "[" * depth + "]" * depth + "\n"
    assert problems_of(make_case({"am-mod.yaml": text})) == [
        "test-case/am-mod.yaml:2: the document is nested more than 64 levels deep; refused"]


# --- 7. a key given by two mappings that `<<` merges -----------------------------------------------------------------

MERGED = SOURCE + """\
  - &base {id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Berdavan}
  - <<: *base
    id: c2
    place: Chinari
  - <<: [*base, {quote: other}]
    id: c3
"""


def test_a_key_that_two_merged_mappings_give_rejects_its_claim(make_case: MakeCase) -> None:
    """`<<: [*base, {quote: other}]` gave the claim one of two quotes without a word (the parser keeps the last,
    YAML's rule the first); it is rejected, naming both lines. A key of the claim itself over a merged one is YAML's
    way to change a value, and is read."""
    folder = make_case({"am-mod.yaml": MERGED})
    assert problems_of(folder) == [
        "test-case/am-mod.yaml:7: $.claims[2]: key 'quote' is given by two of the mappings that `<<` merges here "
        "(lines 3 and 7): one value would be dropped without a word (YAML's rule keeps the first, the parser the "
        "last); give the key once, in one of them or in this mapping itself"]
    case = load_case(folder, on_bad_claim="reject")
    assert [(claim.id, claim.place) for claim in case.claims] == [("c1", "Berdavan"), ("c2", "Chinari")]


def test_a_key_that_two_merged_mappings_give_outside_a_claim_stops_the_run(make_case: MakeCase) -> None:
    text = ("x-a: &a {name: A}\nx-b: &b {name: B}\n"
            "source: {<<: [*a, *b], id: am-mod, kind: monitor}\nclaims: []\n")
    problems = problems_of(make_case({"am-mod.yaml": text}))
    assert any(problem.startswith("test-case/am-mod.yaml:3: $.source: key 'name' is given by two of the mappings")
               for problem in problems)


# --- 8. a source header's problem hides no claim's ------------------------------------------------------------------

BAD_DATE_CLAIM = CLAIM.format(id="c1").replace("date: 2012-06-04", "date: 2012-06-44")


@pytest.mark.parametrize(("name", "text"), [
    ("am-mod.yaml", SOURCE.replace("belligerent", "belligerant") + BAD_DATE_CLAIM + CLAIM.format(id="c2")),
    ("am-mod.csv", "source_id,source_name,source_kind,id,stated,quote,date,place\n"
                   "am-mod,M,belligerant,c1,2012-06-04,q,2012-06-44,B\nam-mod,M,belligerant,c2,2012-06-04,q,"
                   "2012-06-04,B\n"),
])
def test_a_claim_problem_is_told_with_its_source_headers(make_case: MakeCase, name: str, text: str) -> None:
    """A typo in the source's kind hid every problem of the file's claims until it was fixed; they are told with
    it (the run stops, for the header), and a claim without a problem of its own is told nothing."""
    problems = problems_of(make_case({name: text}))
    assert [problem.split(": ")[1] for problem in problems] == (
        ["$.source.kind", "$.claims[0].date"] if name.endswith(".yaml") else ["date", "source_kind"])
    assert "impossible date '2012-06-44'" in " ".join(problems)


def test_the_claims_of_a_header_with_a_problem_are_checked_on_their_own(make_case: MakeCase) -> None:
    """Such claims are attributed to no source: two of them with one id, or one that another file's source
    would hold, are not told as duplicates, since the source they belong to is not known."""
    bad = SOURCE.replace("belligerent", "belligerant") + CLAIM.format(id="c1") * 2
    good = "source: {id: osce, name: O, kind: monitor}\nclaims:\n" + CLAIM.format(id="c1")
    problems = problems_of(make_case({"am-mod.yaml": bad, "osce.yaml": good}))
    assert [problem.split(": ")[1] for problem in problems] == ["$.source.kind"]


@pytest.mark.parametrize("second", ["aa.yaml", "zz.yaml"])
def test_the_claims_of_a_header_with_a_problem_are_told_whatever_the_other_files(make_case: MakeCase,
                                                                                 second: str) -> None:
    """A header with a problem that names the source of another file: its claims' problems are told, before or
    after that file, and none as a duplicate of that file's claims."""
    header = SOURCE.replace("belligerent", "belligerant")
    problems = problems_of(make_case({"am-mod.yaml": SOURCE + CLAIM.format(id="c1"),
                                      second: header + BAD_DATE_CLAIM}))
    assert [problem.split(": ")[1] for problem in problems] == ["$.source.kind", "$.claims[0].date"]


def test_a_source_declared_in_two_files_is_told_once(make_case: MakeCase) -> None:
    """The second file's claims are not read (they would be told as duplicates of the first file's), as before."""
    problems = problems_of(make_case({"am-mod.yaml": SOURCE + CLAIM.format(id="c1"),
                                      "zz.yaml": SOURCE + BAD_DATE_CLAIM}))
    assert [problem.split(": ")[1] for problem in problems] == ["$.source.id"]


# --- 9. text refused in a CSV file's source cells hides no row's problem --------------------------------------------

CSV_SOURCE = "source_id,source_name,source_kind,source_aligned_with,id,stated,quote,date,place\n"
BELL = ("text with a control character (\\u0007, bell) is not allowed: text may hold tabs and line breaks but no other "
        "control character; delete it")


@pytest.mark.parametrize(("cells", "column"), [
    ("am-mod,M\x07,belligerent,", "source_name"), ("am-mod,M,belli\x07gerent,", "source_kind"),
    ("am-mod,M,belligerent,azer\x07baijan", "source_aligned_with"),
])
def test_a_control_character_in_a_source_cell_hides_no_row_problem(make_case: MakeCase, cells: str,
                                                                   column: str) -> None:
    """A control character in the first row's source cells stopped the file's rows being read, hiding their
    problems: they are told with it (the run stops, for the source), each row's once, and a row that repeats the
    source cells, or writes them without the refused text, is told nothing of them."""
    written = cells.split(",")[["source_name", "source_kind", "source_aligned_with"].index(column) + 1]
    fixed = cells.replace("\x07", "")
    text = (CSV_SOURCE + f"{cells},c1,2012-06-04,q,2012-06-44,B\n{cells},c2,2012-06-04,q,2012-06-04,B\n"
            f"{fixed},c3,2012-06-04,q,2012-06-04,B\n{cells},c4,2012-06-04,q,2012-06-04,\n")
    problems = problems_of(make_case({"am-mod.csv": text}))
    assert problems == [
        "test-case/am-mod.csv:2: date: impossible date '2012-06-44': June 2012 has 30 days",
        f"test-case/am-mod.csv:2: {column}: {BELL} (in {written!r})",
        "test-case/am-mod.csv:5: place: required, but missing",
    ]


def test_the_rows_of_a_source_id_with_refused_text_are_not_read(make_case: MakeCase) -> None:
    """Without an id the rows' claims cannot be named: only the source's problem is told, as for a YAML header."""
    text = CSV_SOURCE + "am\x07mod,M,belligerent,,c1,2012-06-04,q,2012-06-44,B\n"
    assert problems_of(make_case({"am-mod.csv": text})) == [
        f"test-case/am-mod.csv:2: source_id: {BELL} (in 'am\\x07mod')"]


def test_rows_whose_source_cells_differ_otherwise_are_still_told(make_case: MakeCase) -> None:
    """A row whose source cells differ from the first row's elsewhere than in the refused text is told so."""
    text = (CSV_SOURCE + "am-mod,M\x07,belligerent,,c1,2012-06-04,q,2012-06-04,B\n"
            "am-mod,M,media,,c2,2012-06-04,q,2012-06-04,B\n")
    assert problems_of(make_case({"am-mod.csv": text})) == [
        f"test-case/am-mod.csv:2: source_name: {BELL} (in 'M\\x07')",
        "test-case/am-mod.csv:3: source_kind: the source columns must repeat the first row's values (line 2): got "
        "'media', line 2 has 'belligerent'",
    ]


# --- 10. a party's problem in case.yaml hides no source file's problem --------------------------------------------

PARTIES_SOURCE = (SOURCE + "  - {id: c1, stated: 2012-06-04, quote: q, date: 2012-06-44, place: B, initiator: "
                  "Azerbaijani}\n  - {id: c2, stated: 2012-06-04, quote: q, date: 2012-06-04, place: B, initiator: "
                  "Armenian}\n")
DATE_PROBLEM = "test-case/am-mod.yaml:3: $.claims[0].date: impossible date '2012-06-44': June 2012 has 30 days"


def case_yaml(first: str, second: str = "{id: azerbaijan, name: Azerbaijan, aliases: [Azerbaijani]}",
              title: str = "t") -> str:
    return f"case: test-case\ntitle: {title}\nparties:\n  - {first}\n  - {second}\n"


@pytest.mark.parametrize(("case", "told"), [
    (case_yaml("{id: 'arm enia', name: Armenia, aliases: [Armenian]}"),
     "test-case/case.yaml:4: $.parties[0].id: an id is letters, digits, '.', '_', ':' and '-' (at most 200), "
     "starting with a letter or digit (got 'arm enia')"),
    (case_yaml("{id: armenia, name: '', aliases: [Armenian]}"),
     "test-case/case.yaml:4: $.parties[0].name: must not be empty (got '')"),
    (case_yaml("{id: [armenia], name: Armenia, aliases: [Armenian]}"),
     "test-case/case.yaml:4: $.parties[0].id: expected text, got a list"),
    (case_yaml("{id: armenia, name: Armenia, aliases: [Armenian]}", "{id: armenia, name: Azerbaijan, aliases: "
                                                                    "[Azerbaijani]}"),
     "test-case/case.yaml:5: $.parties[1].id: party id 'armenia' is already used by parties[0]"),
    (case_yaml("{id: armenia, name: Armenia, aliases: [Armenian, Azerbaijani]}"),
     "test-case/case.yaml:5: $.parties[1].aliases[0]: the name 'Azerbaijani' of party 'azerbaijan' is already a "
     "name of party 'armenia' ('Azerbaijani')"),
    (case_yaml("{id: armenia, name: Armenia, aliases: [Armenian]}", title="[t]"),
     "test-case/case.yaml:2: $.title: expected text, got a list"),
])
def test_a_party_problem_is_told_with_the_source_files_problems(make_case: MakeCase, case: str, told: str) -> None:
    """A problem in case.yaml stopped every source file being read, hiding their problems till it was fixed: where
    every party has a name that reads, the files are read with the names that do (a name of the party with the
    problem is not told as unknown, nor a name two parties share), and their problems told with it."""
    assert problems_of(make_case({"case.yaml": case, "am-mod.yaml": PARTIES_SOURCE})) == [DATE_PROBLEM, told]


def test_a_case_file_problem_stops_the_run_even_when_the_claims_read(make_case: MakeCase) -> None:
    """The source files are read for their problems only: a case without a problem of its claims still stops, and
    on_bad_claim="reject" does not reconcile it."""
    folder = make_case({"case.yaml": case_yaml("{id: armenia, name: '', aliases: [Armenian]}"),
                        "am-mod.yaml": PARTIES_SOURCE.replace("2012-06-44", "2012-06-04")})
    with pytest.raises(CaseError) as info:
        load_case(folder, on_bad_claim="reject")
    assert [str(problem) for problem in info.value.problems] == [
        "test-case/case.yaml:4: $.parties[0].name: must not be empty (got '')"]
    assert not info.value.claim_problems


@pytest.mark.parametrize("case", [
    case_yaml("{id: armenia, name: Armenia}", "azerbaijan"),  # a party written as its id alone: no name reads
    case_yaml("{id: armenia, name: Armenia}", "{id: [azerbaijan], name: '', aliases: ['  ']}"),
    "case: test-case\ntitle: t\nparties: {armenia: Armenia}\n", "case: test-case\ntitle: t\nparties: [\n",
])
def test_parties_that_cannot_all_be_named_keep_the_source_files_unread(make_case: MakeCase, case: str) -> None:
    """Where a party has no name that reads (or the parties none), a source's name of it would be told as unknown,
    the case file's problem again: the source files are not read, as before; the gazetteer is (it names no party)."""
    problems = problems_of(make_case({"case.yaml": case, "am-mod.yaml": PARTIES_SOURCE,
                                      "gazetteer.yaml": "places:\n  - {id: a, name: A, lat: 91, lon: 1}\n"}))
    assert [problem.split(":")[0] for problem in problems][-1] == "test-case/gazetteer.yaml"
    assert all(problem.split(":")[0] == "test-case/case.yaml" for problem in problems[:-1])
    assert problems[-1] == "test-case/gazetteer.yaml:2: $.places[0].lat: latitude must lie in [-90, 90] (got 91)"


# Problems of case.yaml that leave every name of its parties readable: the title, the case id, a party added with
# an id already used, an alias of only an invisible character, an alias of another party (no name the claims use).
BROKEN_CASES = [
    CASE_YAML.replace("title: A test case", "title: [A test case]"),
    CASE_YAML.replace("case: test-case", "case: Test Case"),
    CASE_YAML + "  - {id: armenia, name: Armenia again}\n",
    CASE_YAML.replace("aliases: [Armenian,", 'aliases: ["\\u200b", Armenian,'),
    CASE_YAML.replace("aliases: [Azerbaijani,", "aliases: [Artsakh, Azerbaijani,"),
]


@fixture_ok
@given(claims=st.lists(mappings(), min_size=1, max_size=4), broken=st.sampled_from(BROKEN_CASES))
def test_a_case_file_problem_changes_no_source_problem(make_case: MakeCase, claims: list[object],
                                                       broken: str) -> None:
    """Property: whatever a source file's claims, the problems told of it with a case file that has one of these
    problems are those told with the case file right."""
    import json

    source = json.dumps({"source": {"id": "src", "name": "A source", "kind": "media"}, "claims": claims})

    def problems(case: str) -> list[str]:
        try:
            load_case(make_case({"case.yaml": case, "src.json": source}))
        except CaseError as exc:
            return [str(problem) for problem in exc.problems if not problem.file.endswith("case.yaml")]
        return []

    assert problems(broken) == problems(CASE_YAML)
