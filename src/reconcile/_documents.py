"""Parse untrusted file text into plain Python data, remembering the line where each value starts.

This is the outermost edge of the loader: bytes in, ``(data, lines)`` out, where ``lines`` maps a field path such as
``("claims", 2, "date")`` to a 1-based line number. Nothing here knows what a claim is.

Safety rules:

- Files are UTF-8 (a byte-order mark is dropped); any other bytes are an error naming the line.
- Files larger than the loader's limit are refused before they are read (see `reconcile.load.Limits`).
- YAML is read with the safe loader (no Python objects), dates stay text (the normalizer reads them), duplicate
  keys are an error (YAML would silently keep the last one), and anchors/aliases are allowed only while the
  expanded document stays below ``max_nodes`` values and ``max_depth`` levels (no "billion laughs").
- JSON: duplicate keys are an error, nesting deeper than ``max_depth`` is refused.
- CSV: the header must be unique; each row knows its line (quoted cells may span lines).
"""

from __future__ import annotations

import csv
import io
import json
import json.decoder
import json.scanner
import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any, Final

import attrs
import yaml

# Defaults; the loader passes its own `Limits`.
MAX_FILE_BYTES: Final = 64 * 1024 * 1024
MAX_NODES: Final = 2_000_000
MAX_DEPTH: Final = 64

Path = tuple[str | int, ...]


class DocumentError(Exception):
    """A file cannot be parsed at all; ``line`` is 0 when the position is unknown."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


@attrs.frozen
class Document:
    """Parsed data with the line of every value that has one (and of every key, for mappings)."""

    data: Any
    lines: dict[Path, int]
    #: Problems that do not stop parsing (duplicate keys), as (path, line, message).
    warnings: tuple[tuple[Path, int, str], ...] = ()

    def line(self, path: Path) -> int:
        """The line of ``path``, or of its nearest ancestor that has one."""
        while path:
            found = self.lines.get(path)
            if found:
                return found
            path = path[:-1]
        return self.lines.get((), 1)


def format_path(path: Path) -> str:
    """``("claims", 2, "date")`` -> ``$.claims[2].date``."""
    out = ["$"]
    for part in path:
        if isinstance(part, int) and not isinstance(part, bool):
            out.append(f"[{part}]")
        elif isinstance(part, str) and part.isidentifier():
            out.append(f".{part}")
        else:
            out.append(f"[{part!r}]")
    return "".join(out)


def decode(raw: bytes) -> str:
    """UTF-8 text of ``raw`` without a byte-order mark; other encodings are refused with the line of the bad byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        bad = raw[exc.start : exc.start + 1]
        raise DocumentError(
            f"the file is not UTF-8: byte 0x{bad.hex()} cannot be decoded; save the file as UTF-8", line
        ) from None


# --- YAML -------------------------------------------------------------------------------------------------------

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TextDatesLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """The safe loader, but dates stay strings: ``2012-06-04`` is read by the normalizer like any other date form."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


def parse_yaml(text: str, *, max_nodes: int = MAX_NODES, max_depth: int = MAX_DEPTH) -> Document:
    """Parse one YAML document safely; see the module docstring for the rules."""
    loader = _TextDatesLoader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else 0
            problem = exc.problem or exc.context or "invalid YAML"
            raise DocumentError(f"invalid YAML: {problem}", line) from None
        except yaml.YAMLError as exc:
            raise DocumentError(f"invalid YAML: {exc}") from None
        except RecursionError:
            raise DocumentError(f"the document is nested more than {max_depth} levels deep; refused") from None
        if node is None:
            return Document(data=None, lines={})
        lines, warnings = _yaml_lines(node, max_nodes=max_nodes, max_depth=max_depth)
        try:
            data = loader.construct_document(node)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else 0
            raise DocumentError(f"invalid YAML: {exc.problem or exc.context}", line) from None
        except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
            raise DocumentError(f"invalid YAML: {exc}") from None
        return Document(data=data, lines=lines, warnings=tuple(warnings))
    finally:
        loader.dispose()


def _yaml_lines(
    root: yaml.Node, *, max_nodes: int, max_depth: int
) -> tuple[dict[Path, int], list[tuple[Path, int, str]]]:
    """Map paths to lines and find duplicate keys; when aliases occur, check the expanded size and depth too."""
    lines: dict[Path, int] = {(): root.start_mark.line + 1}
    warnings: list[tuple[Path, int, str]] = []
    seen: set[int] = set()
    aliased = False
    walk: list[tuple[yaml.Node, Path]] = [(root, ())]
    while walk:
        node, path = walk.pop()
        if len(path) >= max_depth:
            raise DocumentError(f"the document is nested more than {max_depth} levels deep; refused",
                                node.start_mark.line + 1)
        if isinstance(node, yaml.ScalarNode):
            continue
        if id(node) in seen:  # an alias: its lines are those of the anchor
            aliased = True
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: dict[Any, int] = {}
            for key_node, value_node in node.value:
                name = key_node.value if isinstance(key_node, yaml.ScalarNode) else repr(key_node.value)
                line = key_node.start_mark.line + 1
                if name in keys:
                    warnings.append((path, line, f"duplicate key {name!r} (first on line {keys[name]})"))
                    continue
                keys[name] = line
                child = (*path, name)
                lines[child] = line
                walk.append((value_node, child))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                child = (*path, index)
                lines[child] = item.start_mark.line + 1
                walk.append((item, child))
    if aliased:
        _check_expansion(root, max_nodes=max_nodes, max_depth=max_depth)
    return lines, warnings


def _check_expansion(root: yaml.Node, *, max_nodes: int, max_depth: int) -> None:
    """Refuse alias bombs and recursive aliases.

    Aliases make the node graph a DAG (or a cycle): sizes are computed once per node so that a bomb is measured
    without being expanded, and a node reached again while it is being measured is a recursive alias.
    """
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, expanded = stack.pop()
        key = id(node)
        if expanded:
            on_path.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            if sizes[key] > max_nodes:
                raise DocumentError(
                    f"the document expands to more than {max_nodes:,} values (anchors and aliases); refused",
                    node.start_mark.line + 1,
                )
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise DocumentError("a recursive alias (an anchor that contains itself) is not allowed",
                                node.start_mark.line + 1)
        if depth > max_depth:
            raise DocumentError(f"the document is nested more than {max_depth} levels deep; refused",
                                node.start_mark.line + 1)
        on_path.add(key)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in _children(node))


def _children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            yield key_node
            yield value_node
    elif isinstance(node, yaml.SequenceNode):
        yield from node.value


# --- JSON -------------------------------------------------------------------------------------------------------


class _LineDecoder(json.JSONDecoder):
    """A JSON decoder that records where each object and array starts and refuses duplicate keys.

    The pure-Python scanner is used because only it calls back into ``parse_object`` / ``parse_array``.
    """

    def __init__(self, text: str, max_depth: int) -> None:
        super().__init__(object_pairs_hook=self._pairs)
        self.text = text
        self.max_depth = max_depth
        self.offsets: dict[int, int] = {}
        self.depth = 0
        self.duplicates: list[tuple[int, str]] = []
        self._current = 0
        self.parse_object = self._parse_object
        self.parse_array = self._parse_array
        self.scan_once = json.scanner.py_make_scanner(self)  # type: ignore[attr-defined]

    def _pairs(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                self.duplicates.append((self._current, key))
                continue
            out[key] = value
        return out

    def _enter(self, offset: int) -> None:
        self.depth += 1
        if self.depth > self.max_depth:
            raise DocumentError(f"the document is nested more than {self.max_depth} levels deep; refused",
                                self.text.count("\n", 0, offset) + 1)

    def _parse_object(self, s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
        self._enter(s_and_end[1])
        start = self._current = s_and_end[1] - 1
        obj, end = json.decoder.JSONObject(s_and_end, *args)  # type: ignore[attr-defined]
        self.offsets[id(obj)] = start
        self.depth -= 1
        return obj, end

    def _parse_array(self, s_and_end: tuple[str, int], scan_once: Any) -> tuple[Any, int]:
        self._enter(s_and_end[1])
        obj, end = json.decoder.JSONArray(s_and_end, scan_once)  # type: ignore[attr-defined]
        self.offsets[id(obj)] = s_and_end[1] - 1
        self.depth -= 1
        return obj, end


def parse_json(text: str, *, max_depth: int = MAX_DEPTH) -> Document:
    """Parse JSON, mapping each object's and array's path to the line where it starts.

    Well-formed files without duplicate keys take a fast path (the C decoder, then one scan for where each object
    and array starts); anything else is parsed again by the line-tracking decoder, which words the problems.
    """
    fast = _fast_json(text, max_depth)
    if fast is not None:
        return fast
    decoder = _LineDecoder(text, max_depth)
    try:
        data = decoder.decode(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"invalid JSON: {exc.msg}", exc.lineno) from None
    except RecursionError:
        raise DocumentError(f"the document is nested more than {max_depth} levels deep; refused") from None
    warnings = [((), text.count("\n", 0, offset) + 1, f"duplicate key {key!r}") for offset, key in decoder.duplicates]

    # Offsets -> lines in one pass over sorted offsets instead of counting newlines per object.
    newline_positions = [i for i, ch in enumerate(text) if ch == "\n"] if decoder.offsets else []

    def line_of(offset: int) -> int:
        return bisect_left(newline_positions, offset) + 1

    lines: dict[Path, int] = {}
    walk: list[tuple[Any, Path]] = [(data, ())]
    while walk:
        value, path = walk.pop()
        if isinstance(value, dict | list) and id(value) in decoder.offsets:
            lines[path] = line_of(decoder.offsets[id(value)])
        if isinstance(value, dict):
            walk.extend((item, (*path, key)) for key, item in value.items())
        elif isinstance(value, list):
            walk.extend((item, (*path, index)) for index, item in enumerate(value))
    return Document(data=data, lines=lines, warnings=tuple(warnings))


# Everything up to the next "{" or "[" outside a string (strings skipped whole), possessive so that it never
# backtracks: one match per object or array, in document order.
_OPENING: Final = re.compile(r'(?:[^"{\[]++|"(?:[^"\\]++|\\.)*+")*+([{\[])')


class _Unusual(Exception):
    """The fast JSON path cannot vouch for this file: the careful decoder reads it."""


def _fast_json(text: str, max_depth: int) -> Document | None:
    """`parse_json` for well-formed JSON without duplicate keys nested at most ``max_depth`` deep, else ``None``.

    The C decoder builds the data; a regular expression finds where each object and array starts, and a walk of
    the data in document order pairs them up (objects and arrays open in the same order as a pre-order walk meets
    them, which holds because no key was dropped as a duplicate).
    """
    duplicates = False

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal duplicates
        out = dict(items)
        if len(out) != len(items):
            duplicates = True
        return out

    try:
        data = json.loads(text, object_pairs_hook=pairs)
    except (ValueError, RecursionError):
        return None
    if duplicates:
        return None
    starts = (match.start(1) for match in _OPENING.finditer(text))
    lines: dict[Path, int] = {}
    position = 0
    line = 1

    def walk(value: Any, path: Path, depth: int) -> None:
        nonlocal position, line
        if depth > max_depth:
            raise _Unusual
        start = next(starts, None)
        if start is None:
            raise _Unusual
        line += text.count("\n", position, start)
        position = start
        lines[path] = line
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            if isinstance(item, dict | list):
                walk(item, (*path, key), depth + 1)

    try:
        if isinstance(data, dict | list):
            walk(data, (), 1)
    except (_Unusual, RecursionError):
        return None
    if next(starts, None) is not None:
        return None
    return Document(data=data, lines=lines)


# --- CSV --------------------------------------------------------------------------------------------------------


@attrs.frozen
class Table:
    """A CSV file: its header and its rows, each with the line where the row starts."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


def parse_csv(text: str) -> Table:
    """Parse CSV text (comma-separated, double quotes, any newline convention)."""
    # A cell may be long; the file-size limit already bounds every cell, and the loader checks text lengths.
    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, tuple[str, ...]]] = []
    header: tuple[str, ...] | None = None
    line = 1
    try:
        for row in reader:
            if header is None:
                header = tuple(cell.strip() for cell in row)
            elif any(cell.strip() for cell in row):
                rows.append((line, tuple(row)))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise DocumentError(f"invalid CSV: {exc}", reader.line_num or line) from None
    if header is None or not any(header):
        raise DocumentError("the CSV file is empty: it needs a header row and one row per claim", 1)
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise DocumentError(f"the CSV header names column {name!r} twice", 1)
        seen.add(name)
    return Table(header=header, rows=tuple(rows))
