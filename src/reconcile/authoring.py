"""Start claim files the way analysts work: a case folder, a source file with an example, a spreadsheet header.

Every YAML file written here starts with a ``# yaml-language-server: $schema=...`` line pointing at a copy of the
package's JSON Schemas inside the case folder (``.schemas/``, which the loader ignores like every hidden folder),
so that editors with YAML support validate and complete the file as the analyst types, offline.

Nothing here overwrites a file: an existing file is an `AuthoringError`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Final

import yaml

from reconcile import regional
from reconcile._documents import find_surrogate
from reconcile.errors import CaseError, Problem, ReconcileError
from reconcile.load import CSV_EXAMPLE_REFERENCE, Limits, _Reader
from reconcile.models import SOURCE_KINDS, Party

__all__ = ["SCHEMA_FOLDER", "AuthoringError", "add_source", "csv_template", "new_case", "read_parties", "schema_text"]

SCHEMA_FOLDER: Final = ".schemas"
SCHEMAS: Final = ("case", "source", "gazetteer")
_CASE_ID: Final = re.compile(r"[a-z0-9][a-z0-9._-]{0,99}")
_ID: Final = re.compile(r"[^\W_][\w.:-]{0,199}")


class AuthoringError(ReconcileError, ValueError):
    """A file cannot be created as asked (it exists, or an argument is not a valid id)."""


def schema_text(kind: str) -> str:
    """The JSON Schema for ``case``, ``source`` or ``gazetteer`` files, as shipped in the package."""
    if kind not in SCHEMAS:
        raise AuthoringError(f"no schema {kind!r}; expected one of {', '.join(SCHEMAS)}")
    return resources.files("reconcile").joinpath("schemas", f"{kind}.schema.json").read_text(encoding="utf-8")


def _schema_line(kind: str) -> str:
    return f"# yaml-language-server: $schema={SCHEMA_FOLDER}/{kind}.schema.json\n"


def _check_text(text: str, what: str) -> None:
    """Refuse text that could not be read back: YAML would write a surrogate as an escape that the loader refuses.

    A surrogate comes from the command line when it holds bytes that are not UTF-8 (Python keeps each as \\udcXX).
    """
    if (index := find_surrogate(text)) is not None:
        raise AuthoringError(f"{what}: text with an unpaired surrogate (\\u{ord(text[index]):04x}) is not valid "
                             "Unicode (on a command line, bytes that are not UTF-8 become \\udc80 to \\udcff); give "
                             f"it as UTF-8 text (got {text!r})")


def _write_new(path: Path, text: str) -> None:
    try:
        with open(path, "x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        raise AuthoringError(f"{path} already exists; not overwriting it") from None
    except OSError as exc:
        raise AuthoringError(f"cannot write {path}: {exc.strerror or exc}") from None


def _install_schemas(folder: Path) -> None:
    target = folder / SCHEMA_FOLDER
    target.mkdir(exist_ok=True)
    for kind in SCHEMAS:
        (target / f"{kind}.schema.json").write_text(schema_text(kind), encoding="utf-8")


def new_case(folder: Path, *, title: str, parties: Sequence[str], case_id: str | None = None) -> list[Path]:
    """Create a case folder with ``case.yaml`` (and the schemas for editors); returns the files written.

    ``parties`` are ``ID`` or ``ID=Name`` strings; the case id defaults to the folder's name.
    """
    _check_text(title, "--title")
    _check_text(folder.name, "the folder's name")
    case_id = case_id or folder.name
    if not _CASE_ID.fullmatch(case_id):
        raise AuthoringError(f"case id {case_id!r}: use lowercase letters, digits, '.', '_' and '-' (it names the "
                             "output folder); give --id or rename the folder")
    if not parties:
        raise AuthoringError("a case needs at least one party: --party ID or --party ID=Name")
    entries = []
    for spec in parties:
        party_id, _, name = spec.partition("=")
        party_id, name = party_id.strip(), name.strip() or party_id.strip().replace("-", " ").title()
        if not _ID.fullmatch(party_id):
            raise AuthoringError(f"party id {party_id!r}: use letters, digits, '.', '_', ':' and '-'")
        _check_text(name, f"--party {party_id}")
        entries.append({"id": party_id, "name": name, "aliases": []})
    if len({e["id"] for e in entries}) != len(entries):
        raise AuthoringError("a party id is given twice")
    folder.mkdir(parents=True, exist_ok=True)
    body = yaml.safe_dump({"case": case_id, "title": title, "parties": entries}, allow_unicode=True, sort_keys=False)
    shipped = ", ".join(f"{name} ({region.title})" for name, region in regional.REGIONS.items())
    text = (_schema_line("case") + "# The parties of the conflict. Aliases: every other name sources use for a "
            "party, in any script.\n# aligned_with: [other party id] marks allies, whose sources do not corroborate "
            "each other.\n# regional_gazetteer: the shipped gazetteer places are also looked up in, or none; left "
            f"out, chosen from the parties.\n# Shipped: {shipped}.\n" + body)
    path = folder / "case.yaml"
    _write_new(path, text)
    _install_schemas(folder)
    return [path]


def read_parties(folder: Path) -> tuple[str, tuple[Party, ...]]:
    """The case id and parties declared in ``folder/case.yaml``; `CaseError` when it cannot be read."""
    reader = _Reader(folder.resolve(), Limits())
    candidates = [folder / name for name in ("case.yaml", "case.yml") if (folder / name).is_file()]
    if not candidates:
        raise CaseError([Problem(str(folder), 0, "", "no case.yaml: create the case first with `reconcile new`")])
    loaded = reader.read_case_file(candidates[0])
    if loaded is None:
        raise CaseError(reader.file_problems)
    raw, _resolver, parties = loaded
    return raw.case, parties


def add_source(folder: Path, source_id: str, *, kind: str, name: str | None = None,
               speaks_for: str | None = None) -> Path:
    """Add ``<source_id>.yaml`` to the case with the source header and one commented example claim."""
    if not _ID.fullmatch(source_id):
        raise AuthoringError(f"source id {source_id!r}: use letters, digits, '.', '_', ':' and '-'")
    if kind not in SOURCE_KINDS:
        raise AuthoringError(f"source kind {kind!r}: expected one of {', '.join(SOURCE_KINDS)}")
    if name is not None:
        _check_text(name, "--name")
    _case_id, parties = read_parties(folder)
    ids = [party.id for party in parties]
    if speaks_for is not None and speaks_for not in ids:
        raise AuthoringError(f"--speaks-for {speaks_for!r}: not a party of this case ({', '.join(ids)})")
    existing = [p for p in folder.iterdir() if p.stem == source_id and p.suffix.lower() in (".yaml", ".yml", ".json",
                                                                                          ".csv")]
    if existing:
        raise AuthoringError(f"{existing[0]} already exists; not overwriting it")
    header: dict[str, object] = {"id": source_id, "name": name or source_id, "kind": kind}
    if speaks_for:
        header["speaks_for"] = speaks_for
    example_party = speaks_for or (ids[0] if ids else "PARTY")
    text = (_schema_line("source") + yaml.safe_dump({"source": header}, allow_unicode=True, sort_keys=False)
            + "claims: []\n"
            + _EXAMPLE.format(party=example_party))
    path = folder / f"{source_id}.yaml"
    _write_new(path, text)
    _install_schemas(folder)
    return path


# Commented out so that the file is valid as created; the analyst copies it under `claims:` (removing `[]`).
_EXAMPLE: Final = """\
# An example claim: copy it under `claims:` (and remove the `[]`), then fill in what the source said.
#  - id: 2012-06-04-statement       # unique within this file
#    stated: 2012-06-04             # when the source said it (one ISO day)
#    reference: statement of 4 June 2012
#    url: https://example.org/statement
#    quote: the source's own words, verbatim
#    date: 2012-06-04               # when it happened: 2012-06, 4 June 2012, early June 2012, 2012-06-04/2012-06-05
#    place: near the village of ...  # as the source wrote it, in any script
#    initiator: unknown             # a party id or alias, or unknown
#    stance: asserts                # or denies
#    casualties:
#      - party: {party}
#        category: soldiers         # soldiers | civilians | unknown
#        killed: 3                  # a number, "three", "15 to 20", "at least 4", "several"
#        wounded: several
"""

_CSV_SOURCE: Final = ("source_id", "source_name", "source_kind", "speaks_for", "source_aligned_with")
_CSV_CLAIM: Final = ("id", "stated", "reference", "url", "quote", "date", "place", "region", "event", "initiator",
                     "stance", "relays", "supersedes", "adds_to")


def csv_template(parties: Sequence[str]) -> str:
    """A CSV header for a source (killed and wounded columns per party and category) and one example row."""
    import csv
    import io

    casualty = [f"{measure}:{party}:{category}" for party in parties for category in ("soldiers", "civilians")
                for measure in ("killed", "wounded")]
    header = [*_CSV_SOURCE, *_CSV_CLAIM, *casualty]
    example = {
        "source_id": "my-source", "source_name": "Name of the source", "source_kind": "media",
        "id": "example-1", "stated": "2012-06-04", "reference": CSV_EXAMPLE_REFERENCE,
        "quote": "the source's own words", "date": "4 June 2012", "place": "near the village of ...",
        "initiator": "unknown", "stance": "asserts",
    }
    if casualty:
        example[casualty[0]] = "3"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerow([example.get(column, "") for column in header])
    return buffer.getvalue()
