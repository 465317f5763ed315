"""Hostile inputs, third December round: two parties whose names look alike (letters of another script standing for
Latin ones) are refused in case.yaml, as two source ids or claim ids that look alike are."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.cli import main
from reconcile.errors import NormalizeError
from reconcile.models import Party
from reconcile.normalize import PartyResolver

from .conftest import MakeCase
from .test_hostile_text import problems_of

# --- 1. party names that look alike --------------------------------------------------------------------------------

LOOKALIKE_CASE = """\
    case: test-case
    title: T
    parties:
      - id: armenia
        name: Armenia
      - id: аrmenia
        name: Second
      - id: azerbaijan
        name: Azerbaijan
    """


def test_a_party_id_that_looks_like_another_is_refused(make_case: MakeCase) -> None:
    """``аrmenia`` with a Cyrillic ``а`` beside ``armenia``: the two read the same in the report, and the claims
    would split one side's figures between them without a word; the second is refused, naming the odd letter."""
    assert problems_of(make_case({"case.yaml": LOOKALIKE_CASE})) == [
        "test-case/case.yaml:6: $.parties[1].id: the name 'аrmenia' of party 'аrmenia' looks like the name "
        "'armenia' of party 'armenia': letters of another script stand for some of its letters (the word 'аrmenia' "
        "has Cyrillic а among Latin letters: retype it in one script); two parties whose names look alike cannot "
        "be told apart in the claims or the report: write each name in one script, or give names that differ "
        "visibly",
    ]


PAIRS_THAT_LOOK_ALIKE = [
    (Party(id="nato", name="NATO"), Party(id="other", name="ΝΑΤΟ")),  # Greek capitals, every letter a look-alike
    (Party(id="a", name="A", aliases=("Kokkina",)), Party(id="b", name="B", aliases=("Коkkinа",))),
    (Party(id="a", name="A", aliases=("Ukraine",)), Party(id="b", name="B", aliases=("Ukrαine",))),
]


@pytest.mark.parametrize(("first", "second"), PAIRS_THAT_LOOK_ALIKE)
def test_names_or_aliases_that_look_alike_cannot_name_two_parties(first: Party, second: Party) -> None:
    """Names of each party in several scripts, and one party's own names that look alike, stay accepted."""
    with pytest.raises(NormalizeError, match=r"looks like the name .* letters of another script"):
        PartyResolver([first, second])
    resolver = PartyResolver([
        first,
        Party(id="ru", name="Russia", aliases=("Россия", "РФ", "Rоssia")),  # its own look-alike: still one party
        Party(id="ua", name="Ukraine" if first.id != "a" else "Ukrayina", aliases=("Україна", "ЗСУ")),
    ])
    assert [resolver.resolve(name) for name in ("Россия", "Україна", "ЗСУ", "Rоssia")] == ["ru", "ua", "ua", "ru"]


def test_reconcile_new_refuses_parties_that_look_alike(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``reconcile new`` writes nothing that ``validate`` would then refuse."""
    folder = tmp_path / "case"
    code = main(["new", str(folder), "--title", "T", "--party", "armenia", "--party", "аrmenia=Armenia two"])
    assert code == 2
    assert not folder.exists()
    assert "--party 'аrmenia=Armenia two': the name 'аrmenia' of party 'аrmenia' looks like" in capsys.readouterr().err


# --- 2. an id with a ligature is told as a compatibility form, not as letter case ------------------------------------

SOURCE = "source: {id: am-mod, name: M, kind: belligerent, speaks_for: armenia}\nclaims:\n"
CLAIM = "  - id: {id}\n    stated: 2012-06-04\n    quote: q\n    date: 2012-06-04\n    place: Voskepar\n"


def test_an_id_with_a_ligature_is_told_as_a_compatibility_form(make_case: MakeCase) -> None:
    """``ﬁ1`` (the ligature ﬁ) beside ``fi1``: casefolding also folds the ligature, so the reason said "only by
    letter case", which sends the user looking for a capital that is not there."""
    text = (SOURCE + CLAIM.format(id='"ﬁ1"') + CLAIM.format(id="fi1") + CLAIM.format(id="fi3") + CLAIM.format(id="c4")
            + "    supersedes: [ﬁ3]\n")
    assert problems_of(make_case({"am-mod.yaml": text})) == [
        "test-case/am-mod.yaml:8: $.claims[1].id: claim id 'fi1' differs from it only by compatibility forms of its "
        "characters (such as fullwidth letters), and 'ﬁ1' is used in test-case/am-mod.yaml:3: ids that look alike "
        "name one claim in the report; use one id for one claim, or ids that differ visibly",
        "test-case/am-mod.yaml:18: $.claims[3].supersedes[0]: names 'ﬁ3', but source 'am-mod' has no claim with that "
        "id; did you mean 'fi3'? 'ﬁ3' looks like it: some of its letters are others that look alike (Latin ﬁ)",
    ]


# --- 3. an earlier output saved again with a byte-order mark ---------------------------------------------------------

def test_an_earlier_output_with_a_byte_order_mark_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Notepad's "UTF-8 with BOM" puts the mark before the text; the sniffing skipped it, the decoder did not."""
    seed = Path(__file__).parent.parent / "claims" / "2012-tavush-qazakh"
    out = tmp_path / "out"
    stamp = "2026-01-01T00:00:00Z"
    assert main(["run", "-q", "--no-previous", "--timestamp", stamp, "--out", str(out), str(seed)]) == 0
    saved = tmp_path / "saved.json"
    saved.write_bytes(b"\xef\xbb\xbf" + (out / "reconciliation.json").read_bytes())
    assert main(["diff", str(saved), str(out / "reconciliation.json")]) == 0
    assert main(["run", "-q", "--previous", str(saved), "--out", str(out), str(seed)]) == 0
    assert capsys.readouterr().err == ""


# --- 4. a region text of thousands of words costs no similarity per region of the gazetteer ------------------------

def test_a_region_of_more_words_than_any_listed_is_compared_with_none(monkeypatch: pytest.MonkeyPatch) -> None:
    """Such a region cannot lie in one the gazetteer lists (it must have no more words than it), and that count is
    now looked at first: a region of 14,000 words (100,000 characters) cost 0.08 s per listed region, 17 s for one
    claim against the shipped gazetteer, comparing it with each."""
    from reconcile import places
    from reconcile.models import GazetteerEntry

    gazetteer = places.Gazetteer([
        GazetteerEntry("telvik", "Telvik", (), "norland", "Kasmar", 40.00, 44.00),
        GazetteerEntry("marelo", "Marelo", (), "norland", "Dorvan North", 41.10, 45.20),
    ])
    calls: list[tuple[str, str]] = []
    original = places.similarity

    def counted(a: str, b: str) -> float:
        calls.append((a, b))
        return original(a, b)

    monkeypatch.setattr(places, "similarity", counted)
    region = " ".join(f"Kasmar{n}" for n in range(3))
    assert gazetteer._region_points(region) is None
    assert [pair for pair in calls if pair[0] == region] == []
    assert gazetteer._region_points("Dorvan Nort") == ((41.10, 45.20),)  # a region of as many words is compared


# --- 5. a relays written as a claim's global id ----------------------------------------------------------------------

RELAY_CASE = {
    "osce.yaml": "source: {id: osce, name: OSCE, kind: monitor}\nclaims:\n" + CLAIM.format(id="o1"),
    "am-mod.yaml": SOURCE + CLAIM.format(id="c1") + "    relays: RELAYS\n",
}


@pytest.mark.parametrize(("relays", "said"), [
    ("osce/o1", "'osce/o1' names a claim of source 'osce': relays names the source whose word this claim passes on, "
                "not a claim; write 'osce'"),
    ("OSCE/o9", "'OSCE/o9' is no source of the case, but begins with source 'osce': relays names the source whose "
                "word this claim passes on, not a claim; write 'osce'"),
    ("am-mod/c1", "'am-mod/c1' names a claim of source 'am-mod', the claim's own source: relays names another "
                  "source whose word this claim passes on; a claim that revises or adds to one of its source's own "
                  "names it in supersedes or adds_to"),
])
def test_a_relays_written_as_a_claim_id_names_the_source_to_write(make_case: MakeCase, relays: str,
                                                                  said: str) -> None:
    """As written it named a source outside the case: the relay counted as one more independent origin. The name of
    a source outside the case with a slash in it stays a name."""
    from reconcile.load import load_case

    files = {**RELAY_CASE, "am-mod.yaml": RELAY_CASE["am-mod.yaml"].replace("RELAYS", relays)}
    assert problems_of(make_case(files)) == [f"test-case/am-mod.yaml:3: $.claims[0].relays: {said}"]
    files = {**RELAY_CASE, "am-mod.yaml": RELAY_CASE["am-mod.yaml"].replace("RELAYS", "AP/Reuters")}
    assert [claim.relays for claim in load_case(make_case(files)).claims] == ["AP/Reuters", None]
