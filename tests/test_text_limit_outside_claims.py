"""`Limits.text_chars` bounds every text a case is read from, not only a claim's: a gazetteer entry's region of a
million characters was read, and a run of the seed case beside it took minutes comparing it with the claims'
regions. Outside a claim a text too long is a problem of its file, told with its field."""

from __future__ import annotations

import io

import pytest

from reconcile.cli import main
from reconcile.errors import CaseError
from reconcile.load import Limits, load_case

from .conftest import CASE_YAML, SOURCE_YAML, MakeCase

LONG = "x" * 41
LIMIT = Limits(text_chars=40)


def _problems(folder: object) -> list[tuple[str, int, str, str]]:
    with pytest.raises(CaseError) as caught:
        load_case(folder, limits=LIMIT)  # type: ignore[arg-type]
    return [(p.file, p.line, p.field, p.message) for p in caught.value.problems]


TOO_LONG = "text of 41 characters is longer than the limit of 40"


@pytest.mark.parametrize(("files", "where"), [
    ({"gazetteer.yaml": f"places:\n  - id: voskepar\n    name: Voskepar\n    region: {LONG}\n"},
     ("test-case/gazetteer.yaml", 4, "$.places[0].region")),
    ({"gazetteer.yaml": f"places:\n  - id: voskepar\n    name: Voskepar\n    variants: [Voskipar, {LONG}]\n"},
     ("test-case/gazetteer.yaml", 4, "$.places[0].variants[1]")),
    ({"gazetteer.yaml": f"places:\n  - id: {LONG}\n    name: Voskepar\n    country: {LONG}\n"},
     ("test-case/gazetteer.yaml", 2, "$.places[0].id")),
    ({"case.yaml": CASE_YAML.replace("title: A test case", f"title: {LONG}")},
     ("test-case/case.yaml", 2, "$.title")),
    ({"case.yaml": CASE_YAML.replace("aliases: [NKR, Artsakh]", f"aliases: [NKR, {LONG}]")},
     ("test-case/case.yaml", 12, "$.parties[2].aliases[1]")),
    ({"am-mod.yaml": SOURCE_YAML.replace("name: Ministry of Defence of Armenia", f"name: {LONG}")},
     ("test-case/am-mod.yaml", 3, "$.source.name")),
    ({"am-mod.csv": f"source_id,source_name,source_kind,id,stated,quote,date,place\n"
                    f"am-mod,{LONG},media,c1,2012-06-04,q,2012-06-04,Voskepar\n"},
     ("test-case/am-mod.csv", 2, "source_name")),
])
def test_a_text_over_the_limit_outside_a_claim_is_a_problem_of_its_file(
        make_case: MakeCase, files: dict[str, str], where: tuple[str, int, str]) -> None:
    """Each text of case.yaml, gazetteer.yaml and a source header longer than the limit: told with its file, line
    and field, as a claim's is."""
    assert (*where, TOO_LONG) in _problems(make_case(files))


def test_the_limit_outside_claims_is_set_from_the_command_line(make_case: MakeCase) -> None:
    """`--limit text_chars=N` bounds a gazetteer's texts too; the run stops before writing anything."""
    case = make_case({"gazetteer.yaml": f"places:\n  - id: voskepar\n    name: Voskepar\n    region: {LONG}\n"})
    out_dir = case.parent / "out"
    err = io.StringIO()
    code = main(["run", "--no-previous", "--limit", "text_chars=40", "--out", str(out_dir), str(case)],
                stdout=io.StringIO(), stderr=err)
    assert code == 2
    assert f"test-case/gazetteer.yaml:4: $.places[0].region: {TOO_LONG}" in err.getvalue()
    assert not out_dir.exists()


def test_an_unknown_regional_gazetteer_is_shown_clipped(make_case: MakeCase) -> None:
    """A long word that names no shipped gazetteer is shown by its first 60 characters, not whole."""
    case = make_case({"case.yaml": CASE_YAML + f"regional_gazetteer: a{'b' * 100_000}\n"})
    [(_, _, field, message)] = _problems(case)
    assert field == "$.regional_gazetteer"
    assert message.startswith(f"no regional gazetteer 'a{'b' * 59}...': the package ships ")
    assert len(message) < 1000
