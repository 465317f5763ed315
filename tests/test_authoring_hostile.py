"""What a hostile-input hunt found in `reconcile new` and `add-source` (files that `validate` then refused, names
that Windows cannot hold), and YAML's ordered collections (`!!omap`, `!!pairs`) shown as Python tuples."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile._documents import parse_yaml
from reconcile.authoring import AuthoringError, add_source, new_case
from reconcile.errors import CaseError
from reconcile.load import load_case

from .conftest import MakeCase


@pytest.fixture
def case(tmp_path: Path) -> Path:
    folder = tmp_path / "c"
    new_case(folder, title="T", parties=["armenia", "azerbaijan"])
    add_source(folder, "am-mod", kind="belligerent", speaks_for="armenia")
    return folder


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_file())


# --- add-source: an id that looks like a source file's already there ----------------------------------------------

@pytest.mark.parametrize(("source_id", "how"), [
    ("ам-mod", "looks like it: letters of other scripts stand for some of its letters (the word 'ам-mod' has "
               "Cyrillic а, м among Latin letters"),
    ("am-mоd", "looks like it: letters of other scripts stand for some of its letters"),  # a Cyrillic о
    ("AM-MOD", "differs from it only by letter case"),
    ("ａｍ-mod", "differs from it only by compatibility forms of its characters (such as fullwidth letters)"),
])
def test_add_source_refuses_an_id_that_looks_like_a_source_files(case: Path, source_id: str, how: str) -> None:
    """The file was created, and `validate` then refused the case for two look-alike source ids."""
    with pytest.raises(AuthoringError) as info:
        add_source(case, source_id, kind="media")
    message = str(info.value)
    assert message.startswith(f"source id {source_id!r} {how}")
    assert f"'am-mod' names the file {case / 'am-mod.yaml'}: ids that look alike name one source in the report" \
        in message
    assert files(case) == ["am-mod.yaml", "case.yaml"]
    load_case(case)  # still valid


def test_the_look_alike_check_is_validates(tmp_path: Path) -> None:
    """The reason is the loader's: the same two ids written by hand are refused by `validate` for the same reason."""
    folder = tmp_path / "c"
    new_case(folder, title="T", parties=["armenia"])
    add_source(folder, "am-mod", kind="media")
    with pytest.raises(AuthoringError) as info:
        add_source(folder, "ам-mod", kind="media")
    (folder / "x.yaml").write_text("source: {id: ам-mod, name: M, kind: media}\nclaims: []\n", encoding="utf-8")
    with pytest.raises(CaseError) as loaded:
        load_case(folder)
    (problem,) = loaded.value.problems
    told = str(info.value)
    assert told.split(", and ")[0] == problem.message.split(", and ")[0]
    assert told.split(": ids that look alike")[1] == problem.message.split(": ids that look alike")[1]


def test_add_source_still_accepts_an_id_that_differs_visibly(case: Path) -> None:
    add_source(case, "az-mod", kind="belligerent", speaks_for="azerbaijan")
    assert [s.id for s in load_case(case).sources] == ["am-mod", "az-mod"]


def test_other_files_do_not_count_as_sources(case: Path) -> None:
    """Hidden files, lock files and files the loader does not read name no source."""
    for name in (".ам-mod.yaml", "~$ам-mod.yaml", "ам-mod.txt", "ам-mod.xlsx"):
        (case / name).write_text("x", encoding="utf-8")
    (case / "am-mod.yaml").unlink()
    add_source(case, "AM-MOD", kind="media")
    assert (case / "AM-MOD.yaml").is_file()


# --- names that Windows cannot hold ----------------------------------------------------------------------------

RESERVED = ["CON", "con", "Prn", "aux", "NUL", "nul.x", "COM1", "com9", "LPT1", "lpt9.backup", "COM¹", "lpt³"]


@pytest.mark.parametrize("source_id", RESERVED)
def test_add_source_refuses_a_windows_device_name(case: Path, source_id: str) -> None:
    with pytest.raises(AuthoringError, match=r"is a device name on Windows.*a case folder is shared across machines"):
        add_source(case, source_id, kind="media")
    assert files(case) == ["am-mod.yaml", "case.yaml"]


@pytest.mark.parametrize("source_id", ["console", "com10", "lpt", "nullah", "acon", "aux-1"])
def test_names_that_only_start_like_a_device_are_accepted(case: Path, source_id: str) -> None:
    add_source(case, source_id, kind="media")
    assert (case / f"{source_id}.yaml").is_file()


def test_add_source_refuses_a_colon_in_the_files_name(case: Path) -> None:
    with pytest.raises(AuthoringError, match=r"source id 'a:b' names the file a:b.yaml, and Windows refuses a ':'"):
        add_source(case, "a:b", kind="media")


@pytest.mark.parametrize("source_id", ["gazetteer", "Gazetteer", "CASE"])
def test_add_source_refuses_the_cases_own_files(case: Path, source_id: str) -> None:
    """`add-source . gazetteer` wrote a source file that the loader read as the case's gazetteer."""
    with pytest.raises(AuthoringError, match=r"is the case's own .* file, not a source file"):
        add_source(case, source_id, kind="media")
    assert files(case) == ["am-mod.yaml", "case.yaml"]


@pytest.mark.parametrize("name", [*RESERVED, "x.", "x ", "my case.", "a:b"])
def test_new_case_refuses_a_folder_name_windows_cannot_hold(tmp_path: Path, name: str) -> None:
    with pytest.raises(AuthoringError, match=r"the folder's name .*a case folder is shared across machines"):
        new_case(tmp_path / name, title="T", parties=["a"], case_id="ok")
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("case_id", ["con", "nul.x", "com1", "lpt9.a", "x.", "case-1."])
def test_new_case_refuses_a_case_id_windows_cannot_hold(tmp_path: Path, case_id: str) -> None:
    """The case id names the output folder."""
    with pytest.raises(AuthoringError, match=r"case id .*: it names the output folder, and .*give another --id"):
        new_case(tmp_path / "ok", title="T", parties=["a"], case_id=case_id)
    assert not (tmp_path / "ok").exists()


@given(st.text(alphabet="conCONprnPRNauxAUXnulNULlptLPTcomCOM0123456789¹²³.x -", max_size=8))
@example("con")
@example("COM1.yaml")
@example("lpt1 .x")
def test_a_refused_folder_name_is_refused_for_a_reason_that_holds(name: str) -> None:
    """Every name refused is a device name (what comes before its first dot or space) or ends in a dot or space."""
    from reconcile.authoring import _portable_problem

    base = name.split(".")[0].rstrip(" ").upper()
    device = base in {"CON", "PRN", "AUX", "NUL"} or (
        len(base) == 4 and base[:3] in {"COM", "LPT"} and base[3] in "0123456789¹²³")
    assert (_portable_problem(name) is not None) == (device or name.endswith((".", " ")))


# --- new and add-source: text that validate refuses --------------------------------------------------------------

@pytest.mark.parametrize(("title", "told"), [
    ("a\x1bb", "text with a control character (\\u001b, escape) is not allowed"),
    ("a\u202eb", "text with a bidirectional formatting character that is never closed"),
    ("\u200b", "must not be empty: it holds only invisible characters"),
    ("   ", "must not be empty"),
    ("a\ufffdb", "text with the replacement character"),
    ("Ð\u0090Ñ\u0080Ð¼ÐµÐ½Ð¸Ñ\u008f", "looks like 'Армения' saved in the wrong encoding"),
])
def test_new_case_refuses_a_title_that_validate_refuses(tmp_path: Path, title: str, told: str) -> None:
    """The case.yaml was written, and `validate` then refused it."""
    with pytest.raises(AuthoringError) as info:
        new_case(tmp_path / "c", title=title, parties=["a"])
    assert str(info.value).startswith("--title: ")
    assert told in str(info.value)
    assert not (tmp_path / "c").exists()


def test_new_case_names_the_party_option_that_validate_refuses(tmp_path: Path) -> None:
    with pytest.raises(AuthoringError, match=r"^--party 'b=x\\x07': text with a control character \(\\u0007"):
        new_case(tmp_path / "c", title="T", parties=["a", "b=x\x07"])
    with pytest.raises(AuthoringError,
                       match=r"^--party 'b=X': the name 'X' of party 'b' is already a name of party 'a'"):
        new_case(tmp_path / "c", title="T", parties=["a=X", "b=X"])
    assert not (tmp_path / "c").exists()


def test_new_case_keeps_what_validate_accepts(tmp_path: Path) -> None:
    new_case(tmp_path / "c", title="Line one\nline two — ü", parties=["a=Ａ", "b"])
    assert load_case(tmp_path / "c").title == "Line one\nline two — ü"


@pytest.mark.parametrize("name", ["a\x1bb", "a\u202eb", "\u200b", "Ð\u0090Ñ\u0080Ð¼ÐµÐ½Ð¸Ñ\u008f"])
def test_add_source_refuses_a_name_that_validate_refuses(case: Path, name: str) -> None:
    with pytest.raises(AuthoringError, match=r"^--name: "):
        add_source(case, "new-source", kind="media", name=name)
    assert files(case) == ["am-mod.yaml", "case.yaml"]


# --- YAML's ordered collections ----------------------------------------------------------------------------------

HEADER = "source: {id: am-mod, name: M, kind: belligerent, speaks_for: armenia}\nclaims:\n"
OMAP = "an ordered mapping (!!omap): claim files hold plain mappings, not ordered ones; remove the tag"
PAIRS = "a list of pairs (!!pairs): claim files hold plain mappings, not ordered ones; remove the tag"


def reasons(folder: Path) -> list[tuple[str | None, int, str]]:
    return [(r.claim, r.line, r.reason) for r in load_case(folder, on_bad_claim="reject").rejected]


def test_a_claim_written_as_an_omap_is_rejected_by_its_id(make_case: MakeCase) -> None:
    """It was "expected a mapping of keys to values, got a list", without its id."""
    text = (HEADER + "  - !!omap\n    - id: c1\n    - stated: 2012-06-04\n    - quote: q\n    - date: 2012-06-04\n"
            "    - place: Voskepar\n"
            "  - {id: c2, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Voskepar}\n")
    folder = make_case({"am-mod.yaml": text})
    case = load_case(folder, on_bad_claim="reject")
    assert [c.global_id for c in case.claims] == ["am-mod/c2"]
    ((claim, line, reason),) = reasons(folder)
    assert (claim, line) == ("am-mod/c1", 3)
    assert reason.startswith(f"$.claims[0]: {OMAP}")


@pytest.mark.parametrize(("value", "told"), [
    ("!!omap [{a: b}]", OMAP),
    ("!!pairs [{a: b}, {a: c}]", PAIRS),
    ("!!omap [[a, b]]", OMAP),  # not pairs at all: it stopped the run as invalid YAML
    ("!!omap {a: b}", OMAP),
    ("!!pairs x", PAIRS),
])
@pytest.mark.parametrize("field", ["place", "date", "initiator", "casualties"])
def test_a_claims_value_written_as_an_omap_is_named_in_words(make_case: MakeCase, value: str, told: str,
                                                             field: str) -> None:
    fields = {"id": "c1", "stated": "2012-06-04", "quote": "q", "date": "2012-06-04", "place": "Voskepar",
              field: value}
    text = HEADER + "  - {" + ", ".join(f"{k}: {v}" for k, v in fields.items()) + "}\n"
    ((claim, _, reason),) = reasons(make_case({"am-mod.yaml": text}))
    assert claim == "am-mod/c1"
    assert reason.startswith(f"$.claims[0].{field}: {told}")
    assert "(" + "'" not in reason.replace("(!!", "")  # no tuple shown


def test_a_casualty_written_as_an_omap_is_named_in_words(make_case: MakeCase) -> None:
    """It was "expected a mapping of keys to values (got ('party', 'armenia'))"."""
    text = (HEADER + "  - {id: c1, stated: 2012-06-04, quote: q, date: 2012-06-04, place: Voskepar,\n"
            "     casualties: [!!omap [{party: armenia}, {killed: 1}]]}\n")
    ((_, _, reason),) = reasons(make_case({"am-mod.yaml": text}))
    assert reason.startswith(f"$.claims[0].casualties[0]: {OMAP}")


@pytest.mark.parametrize("text", [
    "source: !!omap [{id: am-mod}, {name: M}, {kind: media}]\nclaims: []\n",
    "--- !!omap\n- source: {id: am-mod, name: M, kind: media}\n- claims: []\n",
    "source: {id: am-mod, name: !!pairs [{a: b}], kind: media}\nclaims: []\n",
])
def test_an_omap_outside_a_claim_stops_the_run(make_case: MakeCase, text: str) -> None:
    with pytest.raises(CaseError) as info:
        load_case(make_case({"am-mod.yaml": text}), on_bad_claim="reject")
    assert any(("(!!omap)" in p.message or "(!!pairs)" in p.message) and p.file == "test-case/am-mod.yaml"
               for p in info.value.problems)
    assert not any("('" in p.message for p in info.value.problems)


def test_no_tuple_is_built() -> None:
    doc = parse_yaml("a: !!omap [{x: 1}, {y: 2}]\nb: !!pairs [{x: 1}, {x: 2}]\nc: !!omap [[1, 2]]\n")
    assert doc.data == {"a": {"x": 1, "y": 2}, "b": {"x": 2}, "c": [[1, 2]]}
    assert [(path, line) for path, line, _ in doc.warnings] == [(("a",), 1), (("b",), 2), (("c",), 3)]
