"""Start claim files the way analysts work: a case folder, a source file with an example, a spreadsheet header.

Every YAML file written here starts with a ``# yaml-language-server: $schema=...`` line pointing at a copy of the
package's JSON Schemas inside the case folder (``.schemas/``, which the loader ignores like every hidden folder),
so that editors with YAML support validate and complete the file as the analyst types, offline.

Nothing here overwrites a file: an existing file is an `AuthoringError`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Final

import yaml

from reconcile import regional
from reconcile._documents import find_surrogate
from reconcile.errors import CaseError, NormalizeError, Problem, ReconcileError
from reconcile.load import (
    _IGNORED_PREFIXES,
    CASE_FILES,
    CSV_EXAMPLE_REFERENCE,
    GAZETTEER_FILES,
    SOURCE_SUFFIXES,
    YAML_EXAMPLE_QUOTE,
    Limits,
    _alike_problem,
    _near_party_id,
    _near_word,
    _RawSource,
    _Reader,
    _source_key,
    _structure,
)
from reconcile.models import SOURCE_KINDS, UNKNOWN, Party
from reconcile.normalize import PartyResolver

__all__ = ["SCHEMA_FOLDER", "AuthoringError", "add_source", "csv_template", "new_case", "read_parties", "schema_text",
           "template_parties"]

SCHEMA_FOLDER: Final = ".schemas"
SCHEMAS: Final = ("case", "source", "gazetteer")
_CASE_ID: Final = re.compile(r"[a-z0-9][a-z0-9._-]{0,99}")
_ID: Final = re.compile(r"[^\W_][\w.:-]{0,199}")


#: The names Windows keeps for devices, in any letter case and with any extension (``con.yaml``, ``COM1.x.yaml``):
#: no file or folder can have one there. Windows reads the superscript digits as digits too.
_WINDOWS_RESERVED: Final = re.compile(r"(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]) *(?:\..*)?",
                                      re.IGNORECASE | re.DOTALL)
_SHARED: Final = "a case folder is shared across machines, and a name that one system cannot hold breaks it there"


class AuthoringError(ReconcileError, ValueError):
    """A file cannot be created as asked (it exists, or an argument is not a valid id)."""


def _portable_problem(name: str) -> str | None:
    """Why ``name``, a file's or folder's name, cannot be one on every system the case folder is copied to; else
    ``None``. Windows keeps device names (`_WINDOWS_RESERVED`), drops a final dot or space (two names become one),
    and refuses a colon (macOS shows it as a slash)."""
    if _WINDOWS_RESERVED.fullmatch(name):
        device = re.split(r"[ .]", name, maxsplit=1)[0]
        return f"{device!r} is a device name on Windows, which cannot name a file or folder there, with any extension"
    if name.endswith((".", " ")):
        return "Windows drops a final dot or space from a file's or folder's name"
    if ":" in name:
        return "Windows refuses a ':' in a file's or folder's name"
    return None


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


def _path_problem(path: Path, exc: OSError) -> str:
    """Why ``path`` cannot be created (``exc`` the error that said so), in words: the part of it that is a file where
    a folder is needed, or the system's reason."""
    for part in (path, *path.parents):
        if os.path.lexists(part) and not part.is_dir():
            what = "a file, not a folder" if part.is_file() else "not a folder"
            return f"{part} is {what}" if part != path else f"it is {what}"
    return exc.strerror or str(exc)


def _schemas_problem(folder: Path) -> str | None:
    """Why the schemas for editors cannot be written into ``folder`` (something that is not a folder where their
    folder goes, or a folder where one of them goes), before anything is written; else ``None``."""
    target = folder / SCHEMA_FOLDER
    if os.path.lexists(target) and not target.is_dir():
        return f"{target} is a file; the schemas for editors go into a folder of that name"
    for kind in SCHEMAS:
        schema = target / f"{kind}.schema.json"
        if schema.is_dir():
            return f"{schema} is a folder; the schema for editors goes into a file of that name"
    return None


def _install_schemas(folder: Path) -> None:
    target = folder / SCHEMA_FOLDER
    target.mkdir(exist_ok=True)
    for kind in SCHEMAS:
        (target / f"{kind}.schema.json").write_text(schema_text(kind), encoding="utf-8")


def _write_with_schemas(folder: Path, path: Path, text: str) -> None:
    """Write ``path`` (a new file) and the schemas for editors beside it, all or nothing: what stands in the way of
    the schemas is refused before the file is written, and should writing them fail all the same, the file is
    removed again."""
    if (problem := _schemas_problem(folder)) is not None:
        raise AuthoringError(f"{problem}; move it away and run again (nothing was written)")
    _write_new(path, text)
    try:
        _install_schemas(folder)
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise AuthoringError(f"cannot write the schemas for editors into {folder / SCHEMA_FOLDER}: "
                             f"{exc.strerror or exc} (nothing was written)") from None


def new_case(folder: Path, *, title: str, parties: Sequence[str], case_id: str | None = None) -> list[Path]:
    """Create a case folder with ``case.yaml`` (and the schemas for editors); returns the files written.

    ``parties`` are ``ID`` or ``ID=Name`` strings; the case id defaults to the folder's name.
    """
    _check_text(title, "--title")
    _check_text(folder.name, "the folder's name")
    if folder.name not in ("", "..") and (why := _portable_problem(folder.name)) is not None:
        raise AuthoringError(f"the folder's name {folder.name!r}: {why}; {_SHARED}: name the folder otherwise")
    given = case_id
    case_id = case_id or folder.name
    if not _CASE_ID.fullmatch(case_id):
        raise AuthoringError(f"case id {case_id!r}: use lowercase letters, digits, '.', '_' and '-' (it names the "
                             "output folder); give --id or rename the folder")
    if (why := _portable_problem(case_id)) is not None:
        raise AuthoringError(f"case id {case_id!r}: it names the output folder, and {why}; {_SHARED}: give "
                             + ("another --id" if given else "--id or rename the folder"))
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
    seen: set[object] = set()
    for entry in entries:
        if entry["id"] in seen:
            raise AuthoringError(
                f"--party {entry['id']}: the party id is given twice; give each party once, and list its other names "
                "(in any script) under its aliases in case.yaml")
        seen.add(entry["id"])
    body = yaml.safe_dump({"case": case_id, "title": title, "parties": entries}, allow_unicode=True, sort_keys=False)
    shipped = ", ".join(f"{name} ({region.title})" for name, region in regional.REGIONS.items())
    text = (_schema_line("case") + "# The parties of the conflict. Aliases: every other name sources use for a "
            "party, in any script.\n# aligned_with: [other party id] marks allies, whose sources do not corroborate "
            "each other.\n# regional_gazetteer: the shipped gazetteer places are also looked up in, or none; left "
            f"out, chosen from the parties.\n# Shipped: {shipped}.\n" + body)
    path = folder / "case.yaml"
    # The file as the loader reads it: what `reconcile validate` would refuse in it is refused here, by its option.
    reader = _Reader(folder.resolve(), Limits())
    if reader.read_case_file(path, text=text) is None or reader.file_problems:
        options = {"$.case": "--id" if given else "case id", "$.title": "--title", "$.parties": "--party",
                   **{f"$.parties[{index}]": f"--party {spec!r}" for index, spec in enumerate(parties)}}
        raise AuthoringError("; ".join(_told(problem, options) for problem in reader.file_problems))
    created = [part for part in (folder, *folder.parents) if not os.path.lexists(part)]
    try:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise AuthoringError(f"cannot create the case folder {folder}: {_path_problem(folder, exc)}") from None
        _write_with_schemas(folder, path, text)
    except AuthoringError:
        for part in created:  # deepest first: the folders made for this case, as long as they are empty
            try:
                part.rmdir()
            except FileNotFoundError:
                continue  # not made: the error came first
            except OSError:
                if os.path.lexists(part):
                    break
        raise
    return [path]


def _told(problem: Problem, options: dict[str, str]) -> str:
    """A problem of a file about to be written, named by the option that gave the value (``options``: each path
    of the file, or the path of a list entry, to its option), with the loader's reason."""
    field = problem.field
    option = options.get(field) or next((options[path] for path in options if field.startswith(path + ".")),
                                        field or "the file")
    return f"{option}: {problem.message}"


def _read_case(folder: Path) -> tuple[_Reader, str, PartyResolver, tuple[Party, ...]]:
    """A reader of ``folder``, with the case id, party resolver and parties of its case.yaml; `CaseError` when it
    cannot be read."""
    reader = _Reader(folder.resolve(), Limits())
    candidates = [folder / name for name in ("case.yaml", "case.yml") if (folder / name).is_file()]
    if not candidates:
        raise CaseError([Problem(str(folder), 0, "", "no case.yaml: create the case first with `reconcile new`")])
    loaded = reader.read_case_file(candidates[0])
    if loaded is None:
        raise CaseError(reader.file_problems)
    raw, resolver, parties = loaded
    return reader, raw.case, resolver, parties


def read_parties(folder: Path) -> tuple[str, tuple[Party, ...]]:
    """The case id and parties declared in ``folder/case.yaml``; `CaseError` when it cannot be read."""
    _reader, case_id, _resolver, parties = _read_case(folder)
    return case_id, parties


def _source_file_problem(folder: Path, source_id: str) -> str | None:
    """Why ``<source_id>.yaml`` cannot be added to ``folder``: it, or a source file of that name with another
    extension, exists; it would be the case's own file; its name cannot be a file's on every system; or its id looks
    like the name of a source file there (`load._alike_problem`: `reconcile validate` refuses such ids)."""
    name = f"{source_id}.yaml"
    if name.lower() in CASE_FILES + GAZETTEER_FILES:
        own = name.split(".")[0].lower()
        return (f"source id {source_id!r}: {name} is the case's own {own} file, not a source file; give the source "
                "another id")
    if (why := _portable_problem(name)) is not None:
        return f"source id {source_id!r} names the file {name}, and {why}; {_SHARED}: give the source another id"
    key = _source_key(source_id)
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if (entry.name.startswith(_IGNORED_PREFIXES) or entry.suffix.lower() not in SOURCE_SUFFIXES
                or entry.name.lower() in CASE_FILES + GAZETTEER_FILES or find_surrogate(entry.name) is not None):
            continue
        if entry.stem == source_id:
            return f"{entry} already exists; not overwriting it"
        if _source_key(entry.stem) == key:
            return _alike_problem(source_id, entry.stem, str(entry), where="names the file")
    return None


def add_source(folder: Path, source_id: str, *, kind: str, name: str | None = None,
               speaks_for: str | None = None) -> Path:
    """Add ``<source_id>.yaml`` to the case with the source header and one commented example claim."""
    if not _ID.fullmatch(source_id):
        raise AuthoringError(f"source id {source_id!r}: use letters, digits, '.', '_', ':' and '-'")
    if kind not in SOURCE_KINDS:
        near = _near_word(kind, SOURCE_KINDS)
        raise AuthoringError(f"source kind {kind!r}: expected one of {', '.join(SOURCE_KINDS)}"
                             + ("" if near is None else f"; did you mean {near!r}?"))
    if name is not None:
        _check_text(name, "--name")
    reader, _case_id, resolver, parties = _read_case(folder)
    ids = [party.id for party in parties]
    if speaks_for is not None:
        # A party's name or alias, in any letter case, names it as in the files (the file gets the id).
        written, speaks_for = speaks_for, _party_id(resolver, speaks_for)
        if speaks_for is None:
            raise AuthoringError(f"--speaks-for {written!r}: not a party of this case ({', '.join(ids)})"
                                 f"{_did_you_mean(written, ids)}")
    if (problem := _source_file_problem(folder, source_id)) is not None:
        raise AuthoringError(problem)
    header: dict[str, object] = {"id": source_id, "name": name or source_id, "kind": kind}
    if speaks_for:
        header["speaks_for"] = speaks_for
    example_party = speaks_for or (ids[0] if ids else "PARTY")
    text = (_schema_line("source") + yaml.safe_dump({"source": header}, allow_unicode=True, sort_keys=False)
            + "claims: []\n"
            + _EXAMPLE.format(party=example_party, quote=YAML_EXAMPLE_QUOTE))
    path = folder / f"{source_id}.yaml"
    # The header as the loader reads it: what `reconcile validate` would refuse in it is refused here, by its option.
    before = len(reader.file_problems)
    doc = reader.parse(path, text)
    raw = _structure(doc.data["source"], _RawSource, ("source",))[0] if doc is not None else None
    if raw is not None:
        reader.check_source(raw, resolver, reader.display(path), doc, ("source",))
    if problems := reader.file_problems[before:]:
        options = {"$.source.id": "source id", "$.source.name": "--name", "$.source.speaks_for": "--speaks-for"}
        raise AuthoringError("; ".join(_told(problem, options) for problem in problems))
    _write_with_schemas(folder, path, text)
    return path


# Commented out so that the file is valid as created; the analyst copies it under `claims:` (removing `[]`).
_EXAMPLE: Final = """\
# An example claim: copy it under `claims:` (and remove the `[]`), then fill in what the source said.
#  - id: 2012-06-04-statement       # unique within this file
#    stated: 2012-06-04             # when the source said it (one ISO day)
#    reference: statement of 4 June 2012
#    url: https://example.org/statement
#    quote: {quote}
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


def _party_id(resolver: PartyResolver, name: str) -> str | None:
    """The id of the case's party that ``name`` names (its id, name or an alias, as the loader reads them), else
    ``None`` (for ``unknown`` too: no party)."""
    try:
        party_id = resolver.resolve(name)
    except NormalizeError:
        return None
    return None if party_id == UNKNOWN else party_id


def _did_you_mean(name: str, ids: Sequence[str]) -> str:
    """``"; did you mean 'armenia'?"`` where ``name`` is a typo of one of the party ``ids``, as validate asks."""
    near = _near_party_id(name, ids)
    return "" if near is None else f"; did you mean {near!r}?"


def template_parties(folder: Path | None, named: Sequence[str]) -> list[str]:
    """The party ids whose casualty columns `csv_template` writes: the ``named`` ones (``--party``) first, then the
    case's (with a ``folder``), each once; `AuthoringError` for a name that `reconcile validate` would refuse in the
    header written: with a case, one that names none of its parties (an id, name or alias, in any letter case, is
    its party's id); without, one that is not a party id. A party named twice would make a column repeated."""
    ids: list[str] = []
    if folder is None:
        for name in named:
            if not _ID.fullmatch(name.strip()):
                raise AuthoringError(f"--party {name!r}: a party id is letters, digits, '.', '_', ':' and '-'")
            if name.strip() not in ids:
                ids.append(name.strip())
        return ids
    _reader, _case_id, resolver, parties = _read_case(folder)
    for name in named:
        found = _party_id(resolver, name)
        if found is None:
            known = [party.id for party in parties]
            raise AuthoringError(f"--party {name!r}: not a party of this case ({', '.join(known)}); the case's "
                                 f"parties get their columns without --party{_did_you_mean(name, known)}")
        if found not in ids:
            ids.append(found)
    return ids + [party.id for party in parties if party.id not in ids]


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
        "quote": "the source's own words", "date": "2012-06-04", "place": "near the village of ...",
        "initiator": "unknown", "stance": "asserts",
    }
    if casualty:
        example[casualty[0]] = "3"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerow([example.get(column, "") for column in header])
    return buffer.getvalue()
