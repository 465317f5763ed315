"""A new user's first source files: the example claim of `add-source` and the example row of `template csv` lead to
a clear message or a valid claim, never to a wrong one read silently (found following docs/guide.md)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from reconcile.authoring import AuthoringError, add_source, csv_template, new_case
from reconcile.errors import CaseError
from reconcile.load import load_case


def _uncommented(text: str) -> str:
    """The example claim of an `add-source` file with its `#` taken off, as a user uncomments it in an editor."""
    return "\n".join(line[1:] for line in text.splitlines() if line.startswith(("#  ", "#    "))) + "\n"


def _source(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "2022-kramatorsk"
    new_case(folder, title="Kramatorsk", parties=["ukraine", "russia"])
    return folder, add_source(folder, "ukrinform", kind="media")


def _problems(folder: Path) -> list[str]:
    with pytest.raises(CaseError) as caught:
        load_case(folder)
    return [str(problem) for problem in caught.value.problems]


def test_items_below_claims_that_keeps_its_empty_list_say_to_delete_it(tmp_path: Path) -> None:
    """The example claim uncommented where it stands, below `claims: []`, is a YAML error that names the `[]` to
    delete (it used to say only 'did not find expected key')."""
    folder, path = _source(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text + _uncommented(text).replace("the source's own words, verbatim", "Загиблих 39"),
                    encoding="utf-8")
    (problem,) = _problems(folder)
    assert "`claims: []`" in problem
    assert "delete the `[]`" in problem
    assert problem.startswith(f"{folder.name}/ukrinform.yaml:")


def test_the_example_claim_left_as_written_is_refused_not_read(tmp_path: Path) -> None:
    """The example claim uncommented and never filled in was read as a claim of 3 soldiers killed on 4 June 2012:
    an event of the case that no source reported. It is refused, naming its quote, in YAML and in JSON."""
    folder, path = _source(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("claims: []\n", "claims:\n" + _uncommented(text)), encoding="utf-8")
    (problem,) = _problems(folder)
    assert "$.claims[0].quote" in problem
    assert "example claim that `reconcile add-source` writes" in problem
    # filled in, it is read
    path.write_text(text.replace("claims: []\n", "claims:\n" + _uncommented(text).replace(
        "the source's own words, verbatim", "Загиблих 39")), encoding="utf-8")
    (claim,) = load_case(folder).claims
    assert claim.quote == "Загиблих 39"


def test_the_csv_template_writes_its_example_days_as_the_guide_asks(tmp_path: Path) -> None:
    """docs/guide.md asks for days written as 2020-07-12 in Text columns (a spreadsheet rewrites '4 June 2012'
    as its own date); the template's example row writes its date so, as its `stated`."""
    row = next(csv.DictReader(io.StringIO(csv_template(["ukraine"]))))
    assert row["date"] == row["stated"] == "2012-06-04"


def test_a_party_given_twice_is_named_with_what_to_do(tmp_path: Path) -> None:
    """`--party ukraine=Ukraine --party ukraine=Україна` (a second name meant as an alias) names the party and
    points at its aliases; it said only 'a party id is given twice'."""
    with pytest.raises(AuthoringError) as caught:
        new_case(tmp_path / "k", title="t", parties=["ukraine=Ukraine", "russia", "ukraine=Україна"])
    assert "--party ukraine" in str(caught.value)
    assert "aliases" in str(caught.value)
    assert not (tmp_path / "k").exists()


def test_explain_says_when_a_pair_joined_through_others_matches_itself(tmp_path: Path) -> None:
    """Three sources on one strike: two of the three pairs joined the groups, the third, as strong, is no link of
    the evidence. `explain` said of it only 'joined through other claims of the event', as of a pair below the
    threshold; it says that the pair scores at or above the threshold too."""
    import io

    from reconcile.cli import main

    folder = tmp_path / "2022-kramatorsk"
    new_case(folder, title="Kramatorsk", parties=["ukraine=Ukraine", "russia=Russia"])
    for source, kind, killed in (("hrw", "monitor", "at least 58"), ("ohchr", "monitor", "at least 60"),
                                 ("bbc", "media", "at least 50")):
        (folder / f"{source}.yaml").write_text(
            f"source: {{id: {source}, name: {source}, kind: {kind}}}\nclaims:\n"
            f"  - {{id: c1, stated: 2022-04-11, quote: q, date: 2022-04-08, place: Kramatorsk railway station, "
            f"casualties: [{{party: ukraine, category: civilians, killed: {killed}}}]}}\n", encoding="utf-8")
    verdicts = []
    for a, b in (("bbc/c1", "hrw/c1"), ("bbc/c1", "ohchr/c1"), ("hrw/c1", "ohchr/c1")):
        out = io.StringIO()
        assert main(["explain", str(folder), a, b], stdout=out, stderr=io.StringIO()) == 0
        verdicts.append(out.getvalue().splitlines()[-1])
    assert sum("this pair joined their groups" in verdict for verdict in verdicts) == 2
    (other,) = (verdict for verdict in verdicts if "this pair joined" not in verdict)
    assert "joined through other claims of the event first" in other
    assert other.endswith("this pair scores at or above the threshold too.")


def test_the_timeline_of_a_case_of_one_event_and_one_source_is_worded_for_one(tmp_path: Path) -> None:
    """A new case's first run may have one event and one source: the timeline's title said '1 events as date
    spans' and 'each of 1 sources'. (The filter status, 'Showing all 1 events.', is the report script's: left.)"""
    import io

    from reconcile.cli import main

    folder = tmp_path / "2022-kramatorsk"
    new_case(folder, title="Kramatorsk", parties=["ukraine=Ukraine", "russia=Russia"])
    (folder / "hrw.yaml").write_text(
        "source: {id: hrw, name: HRW, kind: monitor}\nclaims:\n"
        "  - {id: c1, stated: 2022-04-11, quote: q, date: 2022-04-08, place: Kramatorsk}\n"
        "  - {id: c2, stated: 2022-04-12, quote: q, date: 2022-04-08, place: Kramatorsk, supersedes: c1}\n",
        encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", "-q", "--no-previous", "--out", str(out), str(folder)], stdout=io.StringIO(),
                stderr=io.StringIO()) == 0
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "1 event as date spans, and the days on which its one source made its statements" in report
