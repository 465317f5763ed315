"""Parse untrusted file text into plain Python data, remembering the line where each value starts.

This is the outermost edge of the loader: bytes in, ``(data, lines)`` out, where ``lines`` maps a field path such as
``("claims", 2, "date")`` to a 1-based line number. Nothing here knows what a claim is.

Safety rules:

- Files are UTF-8 (a byte-order mark is dropped); any other bytes are an error naming the line, and a file in UTF-16
  or UTF-32 (by its byte-order mark, or by the zero bytes of text in a Latin or Cyrillic script) is named so, as are
  a file cut short or ending in zero bytes, a workbook, archive or PDF, and the one-byte Windows encoding a file
  most likely is (`decode`).
- Files larger than the loader's limit are refused before they are read (see `reconcile.load.Limits`).
- YAML is read with the safe loader (no Python objects), dates stay text (the normalizer reads them), duplicate
  keys are an error (YAML would silently keep the last one), and anchors/aliases are allowed only while the
  expanded document stays below ``max_nodes`` values and ``max_depth`` levels (no "billion laughs"). A problem
  inside an anchored value (a duplicate key, a value its tag cannot build) is a warning at every path where the value
  occurs, the anchor's and each alias's. A file holds one document; a tab in the indentation is named as such.
- YAML keys are text: a key that YAML would read as true, a number or nothing (``on``, ``1``, ``null``) is kept as
  written (`WrittenKey`, which says what YAML reads it as); a key written as a list or a mapping is refused.
- YAML numbers: only plain decimals are numbers (``12``, ``-3``, ``4.5``); what YAML 1.1 would read as octal,
  hexadecimal, binary, base 60 or with ``_`` separators (``0604``, ``0x10``, ``1:30``, ``1_000``) stays text, as
  written. A value a tag cannot build (``!!bool abc``, ``!!int abc``, ``!!timestamp 2012-02-30``), or an integer
  with more digits than Python converts, is a warning at its path and line and is kept as its source text.
- JSON: duplicate keys are a warning at the key's path, nesting deeper than ``max_depth`` is refused, and an
  integer with more digits than Python converts is a warning at its path, kept as its digits.
- Text must be valid Unicode. Strict UTF-8 decoding leaves no surrogate (U+D800 to U+DFFF) in the file's text, but a
  ``\\ud800`` escape (JSON; YAML, through the pure-Python loader) puts one in a value or key, where it cannot be
  written out as UTF-8 again: each such value or key is a warning at its path, so that the loader rejects the claim
  that holds it, or stops when it is outside a claim. Only files whose text holds such an escape are searched.
- Text holds no control character but tab, line feed and carriage return: a C0 control, DEL or a C1 control
  (U+0080 to U+009F) in a value or key is a warning at its path, as a surrogate is, found in the same search. In YAML
  and JSON one can only come from an escape (``\\0``, ``\\e``, ``\\x07``, ``\\u001b``; a raw one does not parse)
  or, in JSON, a raw DEL or C1 character: only a file holding such an escape or character is searched.
- Plain YAML numbers and JSON numbers with a fraction or exponent are read as `WrittenFloat`, a float that keeps the
  text it was written as (``1.50``), so that a field of text reads it as written.
- A YAML tag without a constructor (``!foo``, ``!!python/object:os.system``) is a warning at its value's path and
  line; the value is read as the plain data under the tag, and no object is ever built.
- CSV: the header must be unique; each row knows its line (quoted cells may span lines); a row whose every cell
  is empty or whitespace is skipped (spreadsheets export such rows), unless a cell holds a control character. The
  columns are separated by commas, semicolons or tabs, as the header line shows; Excel's first line ``sep=,`` or
  ``sep=;`` names the separator and is skipped (another separator named there is refused).
"""

from __future__ import annotations

import csv
import io
import json
import json.decoder
import json.scanner
import re
import sys
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any, Final, Literal

import attrs
import yaml
import yaml.reader

# Defaults; the loader passes its own `Limits`.
MAX_FILE_BYTES: Final = 64 * 1024 * 1024
MAX_NODES: Final = 2_000_000
MAX_DEPTH: Final = 64

Path = tuple[str | int, ...]


class DocumentError(Exception):
    """A file cannot be parsed at all; ``line`` is 0 when the position is unknown, ``path`` is the value's where it
    is known."""

    def __init__(self, message: str, line: int = 0, path: Path = ()) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.path = path


Remark = tuple[Path, int, str]  # a warning: (path, line, message)


@attrs.frozen
class Document:
    """Parsed data with the line of every value that has one (and of every key, for mappings)."""

    data: Any
    lines: dict[Path, int]
    #: Problems that do not stop parsing (duplicate keys, invalid Unicode), as (path, line, message).
    warnings: tuple[Remark, ...] = ()
    #: The file's syntax, for messages that depend on it (YAML's yes and no, JSON's true and false).
    syntax: Literal["yaml", "json", "csv"] = "yaml"
    # warnings_under's index: prefix length -> prefix -> warnings (built on first use).
    _under: dict[int, dict[Path, list[Remark]]] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    def warnings_under(self, path: Path) -> list[Remark]:
        """The warnings at ``path`` or inside it, without scanning every warning for every path asked about."""
        if not self.warnings:
            return []
        index = self._under.get(len(path))
        if index is None:
            index = self._under[len(path)] = {}
            for warning in self.warnings:
                if len(warning[0]) >= len(path):
                    index.setdefault(warning[0][: len(path)], []).append(warning)
        return index.get(path, [])

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


#: The advice that ends the message of a file that is not UTF-8 (the loader words it for CSV files).
SAVE_AS_UTF8: Final = "save the file as UTF-8"


def decode(raw: bytes) -> str:
    """UTF-8 text of ``raw`` without a byte-order mark; other encodings are refused with the line of the bad byte,
    and UTF-16 and UTF-32 (`wide_encoding`) by name. So are, for what they are, bytes that cannot be what was meant:

    - a workbook, an archive or a PDF (`binary_kind`), by its first bytes, as a file saved as ``.xlsx`` and renamed;
    - a file cut short inside a character (a copy or download that stopped), and one whose end is zero bytes (NUL),
      as a file is whose writing stopped before the space kept for it was filled: what followed is missing, and
      saving the file again would keep it so;
    - text in a one-byte encoding (Cyrillic Windows-1251 or KOI8-R, Greek Windows-1253, Latin Windows-1252), which is
      guessed (`legacy_encoding`) and named with the bad byte's line as it reads in it, for the user to confirm:
      the guess is never certain, so such a file is never read in it."""
    kind = binary_kind(raw)
    if kind is not None:
        raise DocumentError(f"the file is {kind}, not text: claim files are text (YAML, JSON or CSV); a workbook is "
                            'read once saved from its program as "CSV UTF-8 (Comma delimited)"', 1)
    # UTF-16 without a byte-order mark may decode as UTF-8: ASCII and Cyrillic letters alike become pairs of bytes
    # below 0x80, one of each pair a zero; its last byte may be a zero too.
    wide = wide_encoding(raw)
    if wide is not None:
        raise DocumentError(f"the file is {wide[:6].upper()}, not UTF-8; {SAVE_AS_UTF8}", 1)
    if raw.endswith(b"\x00"):
        whole = raw.rstrip(b"\x00")
        zeros = len(raw) - len(whole)
        where = "holds nothing but" if not whole.strip() else "ends in"
        raise DocumentError(
            f"the file {where} {zeros:,} zero byte{'s' if zeros != 1 else ''} (NUL), as a file does whose copy, "
            "download or save stopped before its end: get the whole file again, since what followed may be "
            "missing (or, if the file is whole, delete them)", _line_at(raw, len(whole)))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = _line_at(raw, exc.start)
        tail = raw[exc.start :]
        if exc.reason == "unexpected end of data" and (len(tail) > 1 or not raw[: exc.start].isascii()):
            # A lead byte alone at the end of a file that is ASCII before it may as well be a letter of another
            # encoding (``café`` in Windows-1252 without a line break after it).
            raise DocumentError(
                f"the file ends in the middle of a character (its last bytes, 0x{tail.hex()}, begin a letter that "
                "UTF-8 writes in more bytes): the file was cut short, as by a copy or download that stopped; get the "
                "whole file again, since what followed is missing", line) from None
        bad = raw[exc.start : exc.start + 1]
        advice = SAVE_AS_UTF8
        if (legacy := legacy_encoding(raw, exc.start)) is not None:
            script, codec, shown = legacy
            advice = (f"it reads as {script} text in {codec}, in which line {line} is {shown!r}: if that is the text, "
                      f"open the file as {codec} in an editor, then {SAVE_AS_UTF8}")
        raise DocumentError(f"the file is not UTF-8: byte 0x{bad.hex()} cannot be decoded; {advice}",
                            line) from None


def _line_at(raw: bytes, offset: int) -> int:
    """The line of the byte at ``offset`` of ``raw``, as editors count lines: a file saved with CR alone (old Mac)
    has lines too."""
    before = raw[:offset]
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1


#: The first bytes of files that are no text, and what they are.
_SIGNATURES: Final = (
    (b"PK\x03\x04", "a ZIP archive (an Excel .xlsx or OpenDocument .ods workbook is one)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Office document of the old format (an Excel .xls workbook is one)"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "compressed (gzip)"),
)


def binary_kind(raw: bytes) -> str | None:
    """What ``raw`` is, in words, when its first bytes are those of a workbook, an archive or a PDF, else ``None``."""
    return next((kind for signature, kind in _SIGNATURES if raw.startswith(signature)), None)


#: The one-byte encodings `legacy_encoding` tells apart, with the script they write and its most frequent letters:
#: the words of these scripts are all bytes of 0x80 and above, and the encoding that reads such a file as its
#: script's usual letters is the one it is in (Russian text read as KOI8-R, or Greek read as Windows-1251, gives
#: letters of the script, but seldom its common ones). Latin text has a letter above 0x7f among ASCII letters.
_WORD_ENCODINGS: Final = (
    ("cp1251", "Windows-1251", "Cyrillic", "оеаинтсрвлкмдпуяі"),
    ("koi8_r", "KOI8-R", "Cyrillic", "оеаинтсрвлкмдпуя"),
    ("cp1253", "Windows-1253", "Greek", "αοιετνσςρηκπμυλάέίόή"),
)
_LATIN_ENCODING: Final = ("cp1252", "Windows-1252", "Latin")
_HIGH_RUN: Final = re.compile(rb"[\x80-\xff]+")


def legacy_encoding(raw: bytes, offset: int) -> tuple[str, str, str] | None:
    """The script and the name of the one-byte encoding that ``raw``, which is not UTF-8 at ``offset``, most likely
    is, and the line of ``offset`` as it reads in it (around the byte, when the line is long); ``None`` when no guess
    holds.

    - no guess where the file's other bytes above 0x7f are mostly valid UTF-8 (a UTF-8 file with bytes of another
      encoding pasted in: reading the whole file in that encoding would be wrong);
    - where most of those bytes stand in runs of three or more (whole words), Cyrillic Windows-1251 or KOI8-R, or
      Greek Windows-1253, whichever reads the most of them as the usual letters of its script;
    - Windows-1252 where they stand alone among ASCII letters (``été``, ``Größe``);
    - no guess where the encoding read so gives anything but letters and common punctuation for them."""
    sample = raw[max(0, offset - 32_768) : offset + 32_768]
    runs = _HIGH_RUN.findall(sample)
    high = sum(map(len, runs))
    utf8 = sum(len(run) for run in runs if _is_utf8(run))
    if not high or utf8 * 2 > high:
        return None
    long = sum(len(run) for run in runs if len(run) >= 3)
    if long * 2 >= high:
        def usual(encoding: tuple[str, str, str, str]) -> int:
            letters = "".join(run.decode(encoding[0], "replace") for run in runs).lower()
            return sum(char in encoding[3] for char in letters)

        codec, name, script, _ = max(_WORD_ENCODINGS, key=usual)
    else:
        codec, name, script = _LATIN_ENCODING
    letters = "".join(run.decode(codec, "replace") for run in runs)
    if sum(char.isalpha() or char in "«»„“”‘’–—…№°€" for char in letters) < 0.9 * len(letters):
        return None
    start = max(raw.rfind(b"\n", 0, offset), raw.rfind(b"\r", 0, offset)) + 1
    ends = [end for end in (raw.find(b"\n", offset), raw.find(b"\r", offset)) if end >= 0]
    line = raw[start : min(ends, default=len(raw))].decode(codec, "replace")
    column = len(raw[start:offset].decode(codec, "replace"))
    if len(line) > 80:
        left = max(0, column - 40)
        line = ("…" if left else "") + line[left : left + 80] + ("…" if left + 80 < len(line) else "")
    return script, name, line.strip()


def _is_utf8(run: bytes) -> bool:
    try:
        run.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def wide_encoding(raw: bytes) -> str | None:
    """The codec of ``raw`` when it is UTF-32 or UTF-16 (``"utf-32"``, ``"utf-16"``, ``"utf-16-le"``,
    ``"utf-16-be"``), else ``None``: by its byte-order mark, or without one by its first bytes, every other one
    zero as in text of Latin or Cyrillic letters (text in UTF-8 holds no zero byte but for a control character,
    which claim files may not hold)."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    start = raw[:400]
    pairs = len(start) // 2
    if pairs < 4:
        return None
    even, odd = start[0 : 2 * pairs : 2].count(0), start[1 : 2 * pairs : 2].count(0)
    if odd >= pairs * 0.6 and even == 0:
        return "utf-16-le"
    if even >= pairs * 0.6 and odd == 0:
        return "utf-16-be"
    return None


def too_many_digits(digits: str) -> str | None:
    """The problem with ``digits`` (an integer as written, maybe with a sign or ``_``) when it has more digits than
    Python converts to a number, else ``None``."""
    plain = digits.lstrip("+-").replace("_", "")
    limit = sys.get_int_max_str_digits()
    if not (limit and len(plain) > limit and plain.isascii() and plain.isdigit()):
        return None
    return (f"a number written with {len(plain):,} digits ({digits[:8]}...{digits[-8:]}) is too long to read (at "
            f"most {limit:,} digits)")


# --- text that is not valid Unicode, and control characters ------------------------------------------------------

_SURROGATE: Final = re.compile("[\ud800-\udfff]")
# The escapes that can make a surrogate, so that only a file holding one is searched value by value (an escaped
# backslash before one only costs a needless search). YAML: any \uD800 to \uDFFF or \U0000D800 to \U0000DFFF.
# JSON: only an unpaired one, since a high half followed by a low half (\ud83d\ude00, as `json.dumps` writes an emoji)
# is read as one character.
_YAML_SURROGATE_ESCAPE: Final = re.compile(r"\\(?:u|U0000)[dD][89a-fA-F]")
_JSON_SURROGATE_ESCAPE: Final = re.compile(
    r"\\u[dD](?:[89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|[c-fC-F](?<!\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F]))")

# Control characters that text may not hold: C0 but tab, line feed and carriage return; DEL; C1 (U+0080 to U+009F).
_CONTROL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A character that text may not hold: a control character or a surrogate.
_BAD_CHARACTER: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# The code of a control character as an escape's hexadecimal digits: 00 to 1F, 7F, 80 to 9F.
_CONTROL_HEX: Final = "(?:[01][0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])"
# The escapes that can make a control character, after an even number of backslashes (each pair an escaped
# backslash, as in "C:\\bin"). YAML: \0 \a \b \v \f \e, \N (U+0085), \x, \u and \U of one; JSON: \b, \f and \u of one.
_ESCAPING: Final = r"(?<!\\)(?:\\\\)*+\\"
_YAML_CONTROL_ESCAPE: Final = rf"{_ESCAPING}(?:[0abvfeN]|x{_CONTROL_HEX}|u00{_CONTROL_HEX}|U000000{_CONTROL_HEX})"
_JSON_CONTROL_ESCAPE: Final = rf"{_ESCAPING}(?:[bf]|u00{_CONTROL_HEX})"
# The escapes that `text_problem` may refuse: one of explicit bidirectional formatting (U+202A to U+202E, U+2066 to
# U+2069) or the replacement character (U+FFFD), and mojibake written as escapes (json.dumps writes "MÃ©naka" as
# "M\u00c3\u00a9naka"): an escaped lead (U+00C0 to U+00FF) right before an escaped continuation as read (U+0080 to
# U+00BF, or Windows-1252's U+0152 to U+02DC and U+2013 to U+2122), so that an escaped letter alone ("\u00e9") costs
# no search.
_SUSPECT_HEX: Final = "(?:202[a-eA-E]|206[6-9]|[fF]{3}[dD])"
_CONTINUATION_HEX: Final = "(?:00[89abAB][0-9a-fA-F]|01[5-9][0-9a-fA-F]|02[cCdD][0-9a-fA-F]|20[1-3][0-9a-fA-F]|2122)"
_YAML_SUSPECT_ESCAPE: Final = (rf"{_ESCAPING}(?:(?:x|u00)[c-fC-F][0-9a-fA-F]"
                               rf"\\(?:x[89abAB][0-9a-fA-F]|u{_CONTINUATION_HEX})|u{_SUSPECT_HEX}|U0000{_SUSPECT_HEX})")
_JSON_SUSPECT_ESCAPE: Final = rf"{_ESCAPING}(?:u00[c-fC-F][0-9a-fA-F]\\u{_CONTINUATION_HEX}|u{_SUSPECT_HEX})"
# The escapes that can make text that `text_problem` refuses, searched for in one pass.
_YAML_ESCAPE: Final = re.compile(f"{_YAML_SURROGATE_ESCAPE.pattern}|{_YAML_CONTROL_ESCAPE}|{_YAML_SUSPECT_ESCAPE}")
_JSON_ESCAPE: Final = re.compile(f"{_JSON_SURROGATE_ESCAPE.pattern}|{_JSON_CONTROL_ESCAPE}|{_JSON_SUSPECT_ESCAPE}")
# Raw control characters in UTF-8 bytes: C0 but tab, line feed and carriage return, and DEL are single bytes (found by
# deleting every other byte); C1 are 0xC2 followed by 0x80 to 0x9F.
_CONTROL_BYTES: Final = bytes(b for b in range(256) if (b < 0x20 and b not in (0x09, 0x0A, 0x0D)) or b == 0x7F)
_OTHER_BYTES: Final = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_C1_BYTES: Final = re.compile(b"\xc2[\x80-\x9f]")
_C1_TEXT: Final = re.compile("[\x7f-\x9f]")
_CONTROL_NAMES: Final = {0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
                         0x1B: "escape", 0x7F: "delete"}


def find_surrogate(text: str) -> int | None:
    """Where ``text`` holds its first surrogate (U+D800 to U+DFFF: not valid Unicode, not writable as UTF-8)."""
    if text.isascii():
        return None
    found = _SURROGATE.search(text)
    return None if found is None else found.start()


#: What libyaml says of a document nested deeper than it follows (`_LIBYAML_MAX_DEPTH` levels of collections).
_LIBYAML_TOO_DEEP: Final = "exceeded maximum nesting depth"
_LIBYAML_MAX_DEPTH: Final = 1000


def _too_deep_to_read(max_depth: int) -> str:
    """The problem of a document whose nesting the parser cannot follow before the depth check stops it (a limit
    raised above what Python's recursion allows): its depth is not known, only that it is too deep to read."""
    return (f"the document is nested too deeply to be read: the parser cannot follow it, whatever the depth limit "
            f"of {max_depth:,} levels allows; refused (nest it less deeply)")


def _excerpt(text: str, start: int) -> str:
    """The text around ``text[start]`` (24 characters either side), as ``repr`` shows it: quoted, with what is not
    printable as its escape."""
    end = start + 1
    before, after = text[max(0, start - 24) : start], text[end : end + 24]
    return repr(("..." if start > 24 else "") + before + text[start] + after + ("..." if end + 24 < len(text) else ""))


def surrogate_problem(text: str) -> str | None:
    """What is wrong with ``text`` when it holds a surrogate, else ``None``.

    The message names the first surrogate as the escape that wrote it and shows the text around it.
    """
    start = find_surrogate(text)
    if start is None:
        return None
    high, low = text[start], text[start + 1 : start + 2]
    if "\ud800" <= high <= "\udbff" and "\udc00" <= low <= "\udfff":
        # Two halves of one character, escaped one by one: JSON joins them, YAML never does (so only YAML gets here).
        char = chr(0x10000 + ((ord(high) - 0xD800) << 10) + (ord(low) - 0xDC00))
        return (f"text with a character written as two surrogate escapes (\\u{ord(high):04x}\\u{ord(low):04x}), "
                f"which YAML reads as two halves, not one character: write it as \\U{ord(char):08x} or as the "
                f"character itself (in {_excerpt(text, start)})")
    return (f"text with an unpaired surrogate (\\u{ord(text[start]):04x}) is not valid Unicode: an escape from "
            f"\\ud800 to \\udfff is half of a character, not a character; write the character itself "
            f"(in {_excerpt(text, start)})")


def control_problem(text: str) -> str | None:
    """What is wrong with ``text`` when it holds a control character other than tab, line feed and carriage return
    (C0, DEL, C1), else ``None``.

    The message names the first one as its escape (``\\u001b``) and shows the text around it, the control escaped;
    for a C1 control it adds that the text looks like Windows-1252 decoded as Latin-1.
    """
    found = _CONTROL.search(text)
    return None if found is None else _control_problem(text, found.start())


def _control_problem(text: str, start: int) -> str:
    code = ord(text[start])
    name = _CONTROL_NAMES.get(code)
    shown = f"\\u{code:04x}" + (f", {name}" if name else "")
    if code < 0x80:
        return (f"text with a control character ({shown}) is not allowed: text may hold tabs and line breaks but no "
                f"other control character; delete it (in {_excerpt(text, start)})")
    try:
        meant = f" ({shown} stands where {bytes([code]).decode('cp1252')} was meant)"
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: no character in Windows-1252
        meant = ""
    return (f"text with a control character ({shown}) is not allowed: U+0080 to U+009F are control characters, and "
            f"in text they usually mean that Windows-1252 text was decoded as Latin-1{meant}; write the character "
            f"meant (in {_excerpt(text, start)})")


def text_problem(text: str) -> str | None:
    """What is wrong with ``text``, else ``None``: `control_problem` or `surrogate_problem`, for the first character
    of either kind; else `bidi_problem`; else `replacement_problem`; else `mojibake_problem`."""
    found = _BAD_CHARACTER.search(text)
    if found is None:
        if text.isascii():
            return None
        return bidi_problem(text) or replacement_problem(text) or mojibake_problem(text)
    if found.group() >= "\ud800":
        return surrogate_problem(text)
    if found.group() >= "\x80" and (problem := mojibake_problem(text)) is not None:
        return problem  # UTF-8 read as Latin-1: its C1 controls are continuation bytes ("Ù\x84" is "ل")
    return _control_problem(text, found.start())


def raw_controls(raw: bytes) -> bool:
    """Whether the UTF-8 bytes ``raw`` hold a control character other than tab, line feed and carriage return."""
    return bool(raw.translate(None, _OTHER_BYTES)) or (b"\xc2" in raw and _C1_BYTES.search(raw) is not None)


def raw_suspects(raw: bytes) -> bool:
    """Whether the UTF-8 bytes ``raw`` may hold text that `text_problem` refuses without an escape: a raw control
    character, explicit bidirectional formatting, the replacement character, or the start of mojibake. A file
    without any is not searched text by text (the search of its bytes is much faster)."""
    return raw_controls(raw) or (b"\xe2" in raw and _BIDI_BYTES.search(raw) is not None) or (
        b"\xc3" in raw and _MOJIBAKE_BYTES.search(raw) is not None) or _REPLACEMENT_BYTES in raw


def text_suspects(text: str) -> bool:
    """`raw_suspects` of ``text`` already decoded."""
    return (not text.isascii() and _SUSPECT.search(text) is not None) or _CONTROL.search(text) is not None


# --- explicit bidirectional formatting ----------------------------------------------------------------------------

# Embeddings and overrides, closed by U+202C; isolates, closed by U+2069. Left open, one reorders or reverses the
# text after it wherever the text is shown (a report sentence, a spreadsheet cell, a terminal line), so "40" after
# an open right-to-left override reads "04". The marks U+200E, U+200F and U+061C open nothing and stay allowed.
_BIDI_OPENERS: Final = {
    "\u202a": "left-to-right embedding", "\u202b": "right-to-left embedding", "\u202d": "left-to-right override",
    "\u202e": "right-to-left override", "\u2066": "left-to-right isolate", "\u2067": "right-to-left isolate",
    "\u2068": "first strong isolate",
}
_POP_EMBEDDING: Final = "\u202c"  # pop directional formatting: closes an embedding or an override
_POP_ISOLATE: Final = "\u2069"  # pop directional isolate: closes an isolate
_BIDI_NAMES: Final = {**_BIDI_OPENERS, _POP_EMBEDDING: "pop directional formatting",
                      _POP_ISOLATE: "pop directional isolate"}
_BIDI: Final = re.compile("[\u202a-\u202e\u2066-\u2069]")
_BIDI_BYTES: Final = re.compile(b"\xe2(?:\x80[\xaa-\xae]|\x81[\xa6-\xa9])")


def bidi_problem(text: str) -> str | None:
    """What is wrong with ``text`` when its explicit bidirectional formatting is not balanced, else ``None``.

    Balanced: each embedding or override (U+202A, U+202B, U+202D, U+202E) is closed by U+202C, each isolate (U+2066
    to U+2068) by U+2069, properly nested; such text is accepted as written. The message names the first opener
    left open, or the first closer that closes nothing, and shows the text around it.
    """
    opened: list[int] = []
    for found in _BIDI.finditer(text):
        character, start = found.group(), found.start()
        if character in _BIDI_OPENERS:
            opened.append(start)
            continue
        closes = _POP_EMBEDDING if character == _POP_EMBEDDING else _POP_ISOLATE
        if not opened or (text[opened[-1]] in "\u2066\u2067\u2068") != (closes == _POP_ISOLATE):
            return (f"text with a bidirectional formatting character that closes nothing ({_bidi_shown(character)}) "
                    f"is not allowed: it may close what surrounds the text where the text is shown; delete it "
                    f"(in {_excerpt(text, start)})")
        opened.pop()
    if not opened:
        return None
    start = opened[0]
    character = text[start]
    closer = _POP_ISOLATE if character in "\u2066\u2067\u2068" else _POP_EMBEDDING
    return (f"text with a bidirectional formatting character that is never closed ({_bidi_shown(character)}) is not "
            f"allowed: it reorders the text after it wherever the text is shown (\"40\" may read \"04\"); close it "
            f"with \\u{ord(closer):04x} ({_BIDI_NAMES[closer]}) or delete it (in {_excerpt(text, start)})")


def _bidi_shown(character: str) -> str:
    return f"\\u{ord(character):04x}, {_BIDI_NAMES[character]}"


# --- the replacement character: letters lost to a wrong decoding ------------------------------------------------

# U+FFFD, which a decoder writes for each byte it cannot read: the letters that stood there are gone.
_REPLACEMENT: Final = "\ufffd"
_REPLACEMENT_BYTES: Final = _REPLACEMENT.encode()


def replacement_problem(text: str) -> str | None:
    """What is wrong with ``text`` when it holds the replacement character U+FFFD (�), else ``None``.

    A program writes U+FFFD where it could not decode the bytes it read (text in Windows-1252 or Windows-1251 read
    as UTF-8, most often): the letters that stood there are lost, and no reading of the text can bring them back.
    A place name so written ("Dar�a") resolves to no place and matches no other claim's spelling, a figure or a
    quote is no longer the source's. The message shows the text around the first one.
    """
    start = text.find(_REPLACEMENT)
    if start < 0:
        return None
    return (f"text with the replacement character (\\ufffd, {_REPLACEMENT}) has lost letters: a program wrote it "
            f"where it could not decode the bytes it read (text in another encoding read as UTF-8); write the "
            f"letters meant, from the source (in {_excerpt(text, start)})")


# --- mojibake: UTF-8 text read as Windows-1252 (or Latin-1) and saved again -------------------------------------

# What each byte 0x80 to 0xFF reads as in Windows-1252, or in Latin-1 where Windows-1252 has no character.
_CP1252_READING: Final = {byte: bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)
                          for byte in range(0x80, 0x100)}
# Text -> the bytes it was read from (as code points 0 to 255), for `str.translate` then a Latin-1 encoding.
_BYTE_OF: Final = {ord(character): byte for byte, character in _CP1252_READING.items()}
# UTF-8 continuation bytes (0x80 to 0xBF) as read; a lead byte of 0xC2 to 0xF4 reads as U+00C2 to U+00F4 either way.
_CONTINUATIONS: Final = "".join(_CP1252_READING[byte] for byte in range(0x80, 0xC0))
# "à" is C3 A0, and editors turn the no-break space A0 into a space: "Ã" before a space may start mojibake too.
# Read as Latin-1, the continuations 0x80 to 0x9F are the C1 controls U+0080 to U+009F.
_MOJIBAKE: Final = re.compile(f"[\u00c2-\u00f4][{re.escape(_CONTINUATIONS)}\x80-\x9f]|\u00c3 ")
_MOJIBAKE_BYTES: Final = re.compile(
    b"\xc3[\x82-\xb4](?:" + b"|".join(re.escape(character.encode()) for character in _CONTINUATIONS) + b")|\xc3\x83 ")
_SUSPECT: Final = re.compile(f"{_BIDI.pattern}|{_MOJIBAKE.pattern}|{_REPLACEMENT}")


def mojibake_problem(text: str) -> str | None:
    """What is wrong with ``text`` when it is UTF-8 text read as Windows-1252 (or Latin-1) and saved again, else
    ``None``: "MÃ©naka" is "Ménaka", "Ð¥Ð°Ñ€ÐºÑ–Ð²" is "Харків".

    It is when ftfy, made for this, finds it (`ftfy.badness.is_bad`, and `ftfy.fix_encoding` gives the text meant),
    or when the whole text, written as the Windows-1252 bytes it reads as, decodes as UTF-8 to another text with at
    least two letters beyond ASCII (`_utf8_reading`: the Armenian "ÕˆÕ½Õ¯..." that ftfy lets pass). Legitimate
    text of any language passes: "SÃO PAULO", and an accented capital before a dash or a no-break space
    ("LOMÉ–COTONOU", "COMMUNIQUÉ : bilan"), whose two characters happen to be the bytes of one letter. Only text with
    a sequence that could start mojibake (`_MOJIBAKE`) is asked.
    """
    meant = mojibake_reading(text)
    if meant is None:
        return None
    start = next((k for k, (written, read) in enumerate(zip(text, meant, strict=False)) if written != read), 0)
    read_as = "Latin-1" if _C1_TEXT.search(text) else "Windows-1252"
    return (f"{_excerpt(text, start)} looks like {_excerpt(meant, start)} saved in the wrong encoding (UTF-8 read as "
            f"{read_as} and saved again); write the text meant")


def mojibake_reading(text: str) -> str | None:
    """The text ``text`` was before it became mojibake (see `mojibake_problem`), or ``None`` when it is none."""
    if _MOJIBAKE.search(text) is None:
        return None
    import ftfy  # only for the rare text that holds such a sequence
    import ftfy.badness

    meant = ftfy.fix_encoding(text) if ftfy.badness.is_bad(text) else None
    if meant is None or meant == text:
        meant = _utf8_reading(text)
    return meant


def _utf8_reading(text: str) -> str | None:
    """``text`` as the UTF-8 of its Windows-1252 bytes, when that is another text with two letters or more beyond
    ASCII, each word of it in one script (`single_script`). Chance makes one letter ("É" and an en dash are the
    bytes of "ɖ") or a word of two scripts ("PERÚ—" would be "PERڗ")."""
    try:
        meant = text.translate(_BYTE_OF).encode("latin-1").decode("utf-8")
    except UnicodeError:
        return None
    if meant == text or sum(character.isalpha() and not character.isascii() for character in meant) < 2:
        return None
    return meant if all(single_script(word) for word in meant.split()) else None


def single_script(word: str) -> bool:
    """Whether the letters of ``word`` are all of one script (by the first word of their Unicode names: LATIN,
    CYRILLIC, ARMENIAN...)."""
    scripts = {unicodedata.name(character, "").split(" ", 1)[0] for character in word if character.isalpha()}
    return len(scripts) <= 1


def _walk_texts(data: Any, problem_of: Callable[[str], str | None]) -> list[tuple[Path, str]]:
    """(path, message) for every key and text value in ``data`` that ``problem_of`` finds a problem with, in
    document order."""
    found: list[tuple[Path, str]] = []
    walk: list[tuple[Any, Path]] = [(data, ())]
    while walk:
        value, path = walk.pop()
        if isinstance(value, str):
            if (problem := problem_of(value)) is not None:
                found.append((path, problem))
        elif isinstance(value, dict):
            items = []
            for key, item in value.items():
                if isinstance(key, str) and (problem := problem_of(key)) is not None:
                    found.append(((*path, key), problem.replace("text with", "a key with", 1)))
                items.append((item, (*path, key)))
            walk.extend(reversed(items))
        elif isinstance(value, list):
            walk.extend(reversed([(item, (*path, index)) for index, item in enumerate(value)]))
    return found


def _surrogate_warnings(data: Any) -> list[tuple[Path, str]]:
    """(path, message) for every key and text value in ``data`` that holds a surrogate, in document order."""
    return _walk_texts(data, surrogate_problem)


def text_warnings(data: Any) -> list[tuple[Path, str]]:
    """(path, message) for every key and text value in ``data`` that holds a surrogate or a control character, in
    document order."""
    return _walk_texts(data, text_problem)


def json_surrogates(text: str, data: Any) -> list[tuple[Path, str]]:
    """(path, message) for every key and text value of ``data``, parsed from the JSON ``text``, that holds a
    surrogate; searched only when the text holds an escape that can make one."""
    if "\\" not in text or _JSON_SURROGATE_ESCAPE.search(text) is None:
        return []
    return _surrogate_warnings(data)


def _check_text(doc: Document, text: str, escapes: re.Pattern[str], raw: bool = False) -> Document:
    """``doc`` with a warning for every value or key that holds a surrogate or a control character; the data is
    searched only when the text holds one of the ``escapes`` that can make one, or when ``raw`` (the text holds a
    control character as it is)."""
    if not raw and ("\\" not in text or escapes.search(text) is None):
        return doc
    found = text_warnings(doc.data)
    return _with_warnings(doc, found) if found else doc


def _json_raw_controls(text: str) -> bool:
    """Whether JSON ``text`` holds a raw DEL or C1 control (the decoder refuses raw C0 controls in strings)."""
    return "\x7f" in text if text.isascii() else _C1_TEXT.search(text) is not None


def _with_warnings(doc: Document, found: list[tuple[Path, str]]) -> Document:
    return Document(data=doc.data, lines=doc.lines,
                    warnings=doc.warnings + tuple((path, doc.line(path), message) for path, message in found),
                    syntax=doc.syntax)


class WrittenFloat(float):
    """A number with a fraction or an exponent that keeps the text it was written as (``1.50``, not ``1.5``): a
    field of text reads it as written; as a number it is the float."""

    __slots__ = ("text",)
    text: str

    def __new__(cls, value: float, text: str) -> WrittenFloat:
        number = super().__new__(cls, value)
        number.text = text
        return number

    def __reduce__(self) -> tuple[type[WrittenFloat], tuple[float, str]]:
        return WrittenFloat, (float(self), self.text)


def _written_float(text: str) -> WrittenFloat:
    return WrittenFloat(float(text), text)


# --- YAML -------------------------------------------------------------------------------------------------------

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TextDatesLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """The safe loader, but dates stay strings: ``2012-06-04`` is read by the normalizer like any other date form;
    so do numbers in any form but plain decimals, and values that their tag cannot build are noted, not raised."""

    #: (node, problem) for each value that its tag could not build (see `_tolerant`); set for each document.
    unreadable: list[tuple[yaml.Node, str]]


# YAML 1.1 reads 0604 as octal (388), 0x10 as 16, 1:30 as base 60 (90) and 1_000 as 1000: ids, quotes and counts
# would change silently. Only plain decimals are numbers; every other form stays the text it was written as.
_NUMBER_FORMS: Final = {
    "tag:yaml.org,2002:int": re.compile(r"^(?:0|-?[1-9][0-9]*)$"),
    "tag:yaml.org,2002:float": re.compile(
        r"^(?:[-+]?[0-9]+\.[0-9]*(?:[eE][-+][0-9]+)?|\.[0-9]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)"
        r"|\.(?:nan|NaN|NAN))$"),
}

_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, _NUMBER_FORMS.get(tag, regexp)) for tag, regexp in resolvers
            if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


class _PureTextDatesLoader(yaml.SafeLoader):
    """`_TextDatesLoader` in pure Python: it reads a ``\\ud800`` escape, which libyaml refuses without naming the
    value, so that the value can be named (see `parse_yaml`)."""

    unreadable: list[tuple[yaml.Node, str]]


_PureTextDatesLoader.yaml_implicit_resolvers = _TextDatesLoader.yaml_implicit_resolvers

# What each tag whose constructor can fail on a scalar expects.
_TAG_FORMS: Final = {
    "tag:yaml.org,2002:bool": "true or false (yes/no, on/off)",
    "tag:yaml.org,2002:int": "a whole number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:timestamp": "a date such as 2012-06-04 or a date and time such as 2012-06-04 10:00:00",
    "tag:yaml.org,2002:binary": "base64 data",
}


def _tolerant(construct: Any, tag: str) -> Any:
    """``construct`` (a constructor of ``tag``), but a value it cannot build is noted on the loader with its node
    and kept as its source text, so that the file's reader names the value instead of failing on the file."""

    def build(loader: Any, node: yaml.Node) -> Any:
        try:
            return construct(loader, node)
        except Exception as exc:  # KeyError, AttributeError, ValueError...: whatever the value makes it raise
            text = node.value if isinstance(node, yaml.ScalarNode) else None
            short = "!!" + tag.rsplit(":", 1)[-1]
            if text is None:
                kind = "list" if isinstance(node, yaml.SequenceNode) else "mapping"
                problem = f"{short} needs a single value, not a {kind}"
            elif tag == "tag:yaml.org,2002:int" and (long := too_many_digits(text)) is not None:
                problem = long
            else:
                reason = f" ({exc})" if tag == "tag:yaml.org,2002:timestamp" and isinstance(exc, ValueError) else ""
                problem = (f"cannot read {text!r} as {short}: expected {_TAG_FORMS[tag]}{reason}; remove the tag "
                           "to keep the text as written")
            loader.unreadable.append((node, problem))
            return text

    return build


def _keeps_text(construct: Any) -> Any:
    """``construct`` (of floats), but a float keeps its text as written (`WrittenFloat`)."""

    def build(loader: Any, node: yaml.Node) -> Any:
        value = construct(loader, node)
        if type(value) is float and isinstance(node, yaml.ScalarNode):
            return WrittenFloat(value, node.value)
        return value

    return build


_YAML_TAG_PREFIX: Final = "tag:yaml.org,2002:"


def _unknown_tag(loader: Any, node: yaml.Node) -> Any:
    """A value whose tag has no constructor (``!foo``, ``!!python/object:os.system``): noted on the loader, as an
    unreadable value is, and read as the plain data under the tag; no object is built."""
    tag = str(node.tag)
    shown = "!!" + tag[len(_YAML_TAG_PREFIX):] if tag.startswith(_YAML_TAG_PREFIX) else tag
    if shown.startswith("!!python/"):
        problem = (f"the tag {shown!r} asks YAML to build a Python object, which reconcile never does: remove the "
                   "tag to keep the value as plain data")
    else:
        problem = (f"unknown tag {shown!r}: claim files hold plain YAML data (text, numbers, lists and mappings); "
                   "remove the tag to keep the value as written")
    loader.unreadable.append((node, problem))
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)


#: The tags of YAML's ordered collections, which build lists of Python tuples: each named in words.
_ORDERED_TAGS: Final = {
    _YAML_TAG_PREFIX + "omap": "an ordered mapping (!!omap)",
    _YAML_TAG_PREFIX + "pairs": "a list of pairs (!!pairs)",
}


def _ordered_pairs(loader: Any, node: yaml.Node) -> Any:
    """A ``!!omap`` or ``!!pairs`` value: noted on the loader as unreadable, for claim files hold plain mappings, and
    read as the mapping of its pairs when each item is one ``key: value`` (so that a claim written so is still known
    by its id), else as the plain data under the tag; no tuple is built."""
    shown = _ORDERED_TAGS[str(node.tag)]
    loader.unreadable.append((node, f"{shown}: claim files hold plain mappings, not ordered ones; remove the tag, "
                                    "and where a mapping belongs write each `key: value` once, not as an item of a "
                                    "list"))
    if isinstance(node, yaml.SequenceNode) and all(
            isinstance(item, yaml.MappingNode) and len(item.value) == 1 for item in node.value):
        pairs = yaml.MappingNode("tag:yaml.org,2002:map", [pair for item in node.value for pair in item.value],
                                 node.start_mark, node.end_mark)
        return loader.construct_mapping(pairs, deep=True)
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)


class WrittenKey(str):
    """A mapping key that YAML reads as something other than text (``on`` as true, ``1`` as a number, ``null`` or
    an empty key as nothing), kept as the text it was written as: every key of a claim file is a name, so that a
    key is named as written, two keys never become one (``on`` and ``true``), and keys of different types are
    never compared. ``read_as`` says what YAML reads it as, for the message that names it."""

    read_as: str

    def __new__(cls, text: str, read_as: str) -> WrittenKey:
        key = super().__new__(cls, text)
        key.read_as = read_as
        return key

    def __reduce__(self) -> tuple[type[WrittenKey], tuple[str, str]]:
        return WrittenKey, (str(self), self.read_as)


def _read_as(value: Any) -> str:
    """What YAML read a key as, in words: ``true``, ``nothing (null)``, ``the number 1``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nothing (null)"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    return f"a {type(value).__name__}"


def _construct_mapping(loader: Any, node: yaml.Node, deep: bool = False) -> dict[Any, Any]:
    """`SafeConstructor.construct_mapping`, but a key that YAML reads as something other than text is kept as the
    text it was written as (`WrittenKey`), and a key that is a list or a mapping is refused, named as written."""
    if not isinstance(node, yaml.MappingNode):
        found = getattr(node, "id", "a value")
        raise yaml.constructor.ConstructorError(None, None, f"expected a mapping node, but found {found}",
                                                node.start_mark)
    loader.flatten_mapping(node)
    mapping: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            kind = "list" if isinstance(key_node, yaml.SequenceNode) else "mapping"
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping", node.start_mark,
                f"a key must be a single value, not a {kind} ({_node_text(key_node)})", key_node.start_mark)
        key = loader.construct_object(key_node, deep=deep)
        if not isinstance(key, str):
            key = WrittenKey(key_node.value, _read_as(key))
        mapping[key] = loader.construct_object(value_node, deep=deep)
    return mapping


for _loader in (_TextDatesLoader, _PureTextDatesLoader):
    _loader.construct_mapping = _construct_mapping  # type: ignore[method-assign]
    for _tag in _TAG_FORMS:
        _loader.add_constructor(_tag, _tolerant(_loader.yaml_constructors[_tag], _tag))
    _float_tag = _YAML_TAG_PREFIX + "float"
    _loader.add_constructor(_float_tag, _keeps_text(_loader.yaml_constructors[_float_tag]))
    _loader.add_constructor(None, _unknown_tag)
    for _tag in _ORDERED_TAGS:
        _loader.add_constructor(_tag, _ordered_pairs)

# libyaml's words for a \u or \U escape that names no character: a surrogate (U+D800 to U+DFFF) or a number above
# U+10FFFF.
_LIBYAML_BAD_ESCAPE: Final = "found invalid Unicode character escape code"
_BAD_ESCAPE_HELP: Final = (
    " (a \\u or \\U escape must name one character: not \\ud800 to \\udfff, each half of a character, nor above "
    "\\U0010ffff); write the character itself")


#: PyYAML's and libyaml's problem where a colon and a space stand inside a value that is not in quotes.
_MAPPING_VALUES: Final = "mapping values are not allowed in this context"


def _colon_in_text(text: str, line: int, column: int, problem: str) -> str:
    """The hint for `_MAPPING_VALUES` where the colon YAML stopped at stands in a value after its key (``quote:
    Shushan Stepanyan: "..."``, as statements quote their speaker), else nothing: the value is to be quoted, or written
    as a block."""
    if problem != _MAPPING_VALUES:
        return ""
    rows = _NEWLINE.split(text, line + 1)
    if not 0 <= line < len(rows):
        return ""
    written = rows[line]
    key_end = written.find(": ")
    if not 0 <= key_end < column or written[column : column + 1] != ":":
        return ""
    return (f" (column {column + 1}: a colon and a space inside a text not in quotes, as a quote that names its "
            "speaker has, start a mapping in YAML; put the whole text in quotes, 'like this' (a ' inside it written "
            "twice, ''), or write it on the lines after `quote: >-`, indented)")


_EMPTY_FLOW_KEY: Final = re.compile(r"^(\s*)([^\s#][^#]*?):\s*(\[\s*\]|\{\s*\})\s*(?:#.*)?$")


def _items_under_empty_list(text: str, line: int) -> str:
    """The hint where YAML stopped at a list item (``- id: ...``) whose key above, past blank lines and comments, is
    written as an empty list or mapping (``claims: []``): a claim copied from the example that `add-source` writes,
    with the ``[]`` left in place. Else nothing."""
    rows = _NEWLINE.split(text, line + 1)
    if not 0 <= line < len(rows) or not rows[line].lstrip().startswith("-"):
        return ""
    for above in range(line - 1, -1, -1):
        written = rows[above].strip()
        if not written or written.startswith("#"):
            continue
        key = _EMPTY_FLOW_KEY.match(rows[above])
        if key is None:
            return ""
        name, empty = key.group(2).strip(), key.group(3)
        return (f" (line {above + 1} writes `{name}: {empty}`, whose `{empty}` leaves it empty, so the items below "
                f"it belong to nothing; delete the `{empty}` and keep `{name}:`)")
    return ""


class _BadEscape(DocumentError):
    """libyaml refused an escape that names no character."""


def parse_yaml(text: str, *, max_nodes: int = MAX_NODES, max_depth: int = MAX_DEPTH,
               suspects: bool | None = None) -> Document:
    """Parse one YAML document safely; see the module docstring for the rules.

    ``suspects`` says whether the text may hold a value that `text_problem` refuses without an escape (`raw_suspects`
    of the file's bytes, which is faster to find); when it is ``None`` the text is searched.

    libyaml refuses a whole file for one surrogate escape, naming only the line. The file is then read again by the
    pure-Python loader, which keeps the surrogate, so that the check of every value names it and only the value's
    claim is rejected; when that reading fails too or finds no surrogate, libyaml's refusal stands.
    """
    try:
        doc = _parse_yaml(_TextDatesLoader, text, max_nodes=max_nodes, max_depth=max_depth)
        return _check_text(doc, text, _YAML_ESCAPE, text_suspects(text) if suspects is None else suspects)
    except _BadEscape as refusal:
        try:
            doc = _parse_yaml(_PureTextDatesLoader, text, max_nodes=max_nodes, max_depth=max_depth)
        except DocumentError:
            raise DocumentError(refusal.message, refusal.line) from None
        if not _surrogate_warnings(doc.data):
            raise DocumentError(refusal.message, refusal.line) from None
        return _with_warnings(doc, text_warnings(doc.data))


def _parse_yaml(loader_class: type[_TextDatesLoader] | type[_PureTextDatesLoader], text: str, *, max_nodes: int,
                max_depth: int) -> Document:
    # libyaml (not a subclass of the pure-Python SafeLoader) counts the position of a refused character in bytes.
    in_bytes = not issubclass(loader_class, yaml.SafeLoader)
    try:
        loader = loader_class(text)  # the pure-Python reader checks every character here
    except yaml.reader.ReaderError as exc:
        raise _unacceptable(exc, text, in_bytes=in_bytes) from None
    loader.unreadable = []
    lines_of = _FileLines.of(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.reader.ReaderError as exc:
            raise _unacceptable(exc, text, in_bytes=in_bytes) from None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            if lines_of is not None and mark is not None:
                mark = lines_of.corrected(mark)
            line = mark.line + 1 if mark is not None else 0
            problem = exc.problem or exc.context or "invalid YAML"
            if problem == _LIBYAML_BAD_ESCAPE:
                raise _BadEscape(f"invalid YAML: {problem}{_BAD_ESCAPE_HELP}", line) from None
            if problem == _LIBYAML_TOO_DEEP:
                # libyaml stops at its own depth before the depth check sees the document: the same problem.
                raise DocumentError(f"the document is nested more than {max_depth} levels deep; refused"
                                    if max_depth < _LIBYAML_MAX_DEPTH else _too_deep_to_read(max_depth), line) from None
            if exc.context == _SECOND_DOCUMENT:
                problem = ("the file holds several YAML documents (each `---` line after the first document starts "
                           "another); a claim file is one document: delete the `---` line, or move what follows it "
                           "into a file of its own")
            elif mark is not None and (tab := _tab_problem(text, mark.line, mark.column)) is not None:
                problem = tab
            elif lines_of is not None and mark is not None and (breaks := lines_of.breaks_near(mark.line)):
                problem += breaks
            elif mark is not None and (colon := _colon_in_text(text, mark.line, mark.column, problem)):
                problem += colon
            elif mark is not None and (empty := _items_under_empty_list(text, mark.line)):
                problem += empty
            elif mark is not None:
                problem += _unseen_near(text, mark.line, "YAML")
            raise DocumentError(f"invalid YAML: {problem}", line) from None
        except yaml.YAMLError as exc:
            raise DocumentError(f"invalid YAML: {exc}") from None
        except RecursionError:
            raise DocumentError(_too_deep_to_read(max_depth)) from None
        except ValueError as exc:  # the pure-Python scanner's chr() of an escape above U+10FFFF
            raise DocumentError(f"invalid YAML: {exc}") from None
        if node is None:
            return Document(data=None, lines={})
        if lines_of is not None:
            lines_of.correct_tree(node)
        lines, duplicates, aliased = _yaml_lines(node, max_nodes=max_nodes, max_depth=max_depth)
        try:
            data = loader.construct_document(node)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else 0
            problem = exc.problem or exc.context or ""
            # A tag without a constructor (a Python object, say) refuses the file; any other problem is a value's.
            known = mark is not None and not problem.startswith("could not determine a constructor")
            path = _path_at(node, mark.index) if known and mark is not None else ()
            raise DocumentError(f"invalid YAML: {problem}", line, path) from None
        except Exception as exc:  # a constructor not made `_tolerant` failed: still the file's problem, not a bug
            raise DocumentError(f"invalid YAML: {exc}") from None
        warnings: list[Remark] = []
        if aliased and (duplicates or loader.unreadable):
            # A problem may be under an anchor, at every path of an alias too.
            warnings = _spread(node, [(mapping, line, problem) for _, mapping, line, problem in duplicates]
                               + [(value, value.start_mark.line + 1, problem) for value, problem in loader.unreadable])
        else:  # each node at one path
            warnings = [(path, line, problem) for path, _, line, problem in duplicates]
            if loader.unreadable:
                warnings.extend(_unreadable_warnings(node, loader.unreadable))
        return Document(data=data, lines=lines, warnings=tuple(warnings))
    finally:
        loader.dispose()


# What YAML 1.1 (PyYAML, libyaml) reads as a line break besides \n, \r\n and \r: NEL and the Unicode line and
# paragraph separators, which editors, grep and git do not count as lines.
_UNICODE_BREAKS: Final = ("\x85", "\u2028", "\u2029")
_YAML_BREAK: Final = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_BREAK_NAMES: Final = {"\x85": "U+0085 (next line)", "\u2028": "U+2028 (line separator)",
                       "\u2029": "U+2029 (paragraph separator)"}


class _FileLines:
    """The lines of a YAML file as its editor counts them, for a file where YAML counts more: YAML 1.1 reads NEL,
    U+2028 and U+2029 as line breaks (text pasted from a web page or a PDF holds them), so each would move every
    problem after it down a line. A mark's line is YAML's; `corrected` gives a mark with the file's."""

    def __init__(self, text: str) -> None:
        self._text = text
        # own[n]: the file's own breaks among YAML's first n.
        own = [0]
        for match in _YAML_BREAK.finditer(text):
            own.append(own[-1] + (match.group() not in _UNICODE_BREAKS))
        self._own = own
        self._corrected: dict[int, tuple[yaml.Mark, yaml.Mark]] = {}  # id(mark) -> (the mark, its corrected copy)

    @classmethod
    def of(cls, text: str) -> _FileLines | None:
        """The corrector of ``text``, or ``None`` when YAML counts its lines as its editor does (nearly always)."""
        return cls(text) if any(brk in text for brk in _UNICODE_BREAKS) else None

    def corrected(self, mark: yaml.Mark) -> yaml.Mark:
        """``mark`` with the file's line (libyaml's marks cannot be changed): one copy per mark, as nodes share
        marks."""
        found = self._corrected.get(id(mark))
        if found is not None and found[0] is mark:
            return found[1]
        line = self._own[min(mark.line, len(self._own) - 1)]
        copy = yaml.Mark(mark.name, mark.index, line, mark.column, None, 0)  # no buffer: no snippet
        self._corrected[id(mark)] = (mark, copy)
        return copy

    def correct_tree(self, root: yaml.Node) -> None:
        """Give every node of the document marks with the file's lines, each node once (aliases share nodes)."""
        seen: set[int] = set()
        stack = [root]
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            node.start_mark = self.corrected(node.start_mark)
            node.end_mark = self.corrected(node.end_mark)
            stack.extend(_children(node))

    def breaks_near(self, line: int) -> str:
        """Where YAML refused something on ``line`` (the file's, from 0) or the line before, and a break of YAML's
        own stands there: what it is and what to do, else ``""``."""
        rows = _NEWLINE.split(self._text, line + 1)
        for number in (line, line - 1):
            if 0 <= number < len(rows) and (found := next((c for c in rows[number] if c in _BREAK_NAMES), None)):
                column = rows[number].index(found) + 1
                return (f"; line {number + 1} holds {_BREAK_NAMES[found]} at column {column}, which YAML reads as a "
                        "line break: delete it, or put the text in double quotes")
        return ""


# Characters that look like a space or like nothing, which YAML and JSON do not read as a space: where one stands on
# the line of a syntax error, it is the likely cause, and cannot be seen (pasted from a web page or a word processor,
# or a byte-order mark left in the middle where two files were joined).
_UNSEEN: Final = {
    "\u00a0": "U+00A0 (no-break space)", "\u202f": "U+202F (narrow no-break space)",
    "\u2007": "U+2007 (figure space)", "\u3000": "U+3000 (ideographic space)",
    **{chr(code): f"U+{code:04X} ({unicodedata.name(chr(code)).lower()})" for code in range(0x2000, 0x200B)},
    "\u200b": "U+200B (zero-width space)", "\u2060": "U+2060 (word joiner)",
    "\ufeff": "U+FEFF (a byte-order mark, as left in the middle where two files are joined)",
}
_UNSEEN_CLASS: Final = re.compile("[" + "".join(_UNSEEN) + "]")
_ZERO_WIDTH: Final = frozenset("\u200b\u2060\ufeff")


def _unseen_near(text: str, line: int, syntax: str) -> str:
    """Where the parser of ``syntax`` refused ``line`` (from 0) and it, or the line before, holds a character of
    `_UNSEEN`: which, where, and what to do (``"; line 4 holds U+00A0 ..."``), else ``""``."""
    rows = _NEWLINE.split(text, line + 1)
    for number in (line, line - 1):
        if 0 <= number < len(rows) and (found := _UNSEEN_CLASS.search(rows[number])) is not None:
            char = found.group()
            advice = ("cannot be seen: delete it where it is not part of a text" if char in _ZERO_WIDTH else
                      f"{syntax} does not read as a space: write a space where it stands for one")
            return f"; line {number + 1} holds {_UNSEEN[char]} at column {found.start() + 1}, which {advice}"
    return ""


def _yaml_lines(
    root: yaml.Node, *, max_nodes: int, max_depth: int
) -> tuple[dict[Path, int], list[tuple[Path, yaml.Node, int, str]], bool]:
    """Map paths to lines and find duplicate keys, each as (its mapping's path where first met, the mapping's node,
    line, problem); say whether aliases occur, and then check the expanded size and depth too."""
    lines: dict[Path, int] = {(): root.start_mark.line + 1}
    duplicates: list[tuple[Path, yaml.Node, int, str]] = []
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
                name = _key_name(key_node)
                line = key_node.start_mark.line + 1
                if name in keys:
                    duplicates.append((path, node, line, f"duplicate key {name!r} (first on line {keys[name]})"))
                    continue
                if key_node.tag == _MERGE_TAG and isinstance(value_node, yaml.SequenceNode):
                    duplicates.extend((path, node, line, problem) for problem in _merge_clashes(node, value_node))
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
    return lines, duplicates, aliased


_MERGE_TAG: Final = "tag:yaml.org,2002:merge"


def _merge_clashes(mapping: yaml.MappingNode, merged: yaml.SequenceNode) -> list[str]:
    """The problem of each key that two of the mappings ``merged`` into ``mapping`` by ``<<: [*a, *b]`` give, and
    ``mapping`` does not give itself: YAML's rule keeps the value of the first of them, PyYAML (6.0) the last, so
    that either reading drops a value without a word."""
    own = {_key_name(key) for key, _ in mapping.value if key.tag != _MERGE_TAG}
    first: dict[str, int] = {}
    problems: list[str] = []
    for node in merged.value:
        if not isinstance(node, yaml.MappingNode):
            continue  # PyYAML refuses it when it builds the mapping
        for key, _ in node.value:
            name, line = _key_name(key), key.start_mark.line + 1
            if name in first and name not in own:
                problems.append(f"key {name!r} is given by two of the mappings that `<<` merges here (lines "
                                f"{first[name]} and {line}): one value would be dropped without a word (YAML's rule "
                                "keeps the first, the parser the last); give the key once, in one of them or in this "
                                "mapping itself")
            first.setdefault(name, line)
    return problems


def _key_name(key_node: yaml.Node) -> str:
    """A mapping key as a step of a path: its text as written (a list or a mapping written in flow style)."""
    return key_node.value if isinstance(key_node, yaml.ScalarNode) else _node_text(key_node)


def _node_text(node: yaml.Node, limit: int = 60) -> str:
    """A node written in YAML's flow style (``[a, b]``, ``{a: 1}``), cut to about ``limit`` characters."""
    if isinstance(node, yaml.ScalarNode):
        text = str(node.value)
    elif isinstance(node, yaml.SequenceNode):
        text = "[" + ", ".join(_node_text(item, limit) for item in node.value[:10]) + "]"
    else:
        text = "{" + ", ".join(f"{_node_text(key, limit)}: {_node_text(value, limit)}"
                               for key, value in node.value[:10]) + "}"
    return text if len(text) <= limit else text[: limit - 1] + "…"


# libyaml's and PyYAML's words for a second document in a file read as one.
_SECOND_DOCUMENT: Final = "expected a single document in the stream"


def _tab_problem(text: str, line: int, column: int) -> str | None:
    """What YAML refused on ``line`` (from 0) at ``column``, when it is a tab: YAML indents with spaces only."""
    rows = _NEWLINE.split(text, line + 1)
    if line >= len(rows):
        return None
    row = rows[line]
    indent = row[: len(row) - len(row.lstrip(" \t"))]
    if "\t" in indent and column <= len(indent):
        return (f"line {line + 1} is indented with a tab; YAML allows only spaces for indentation: replace the tabs "
                "with spaces")
    if column < len(row) and row[column] == "\t":
        return (f"a tab at column {column + 1}, where YAML allows only spaces (to indent, and after a `-` or a "
                "`:`): replace it with spaces")
    return None


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


def _unacceptable(exc: yaml.reader.ReaderError, text: str, *, in_bytes: bool) -> DocumentError:
    """The reader's refusal of a character, with its line and column (``in_bytes``: the position counts UTF-8
    bytes, not characters)."""
    if in_bytes:
        before = text.encode("utf-8", "surrogatepass")[: exc.position].decode("utf-8", "replace")
    else:
        before = text[: exc.position]
    # Lines as YAML and editors count them elsewhere: a file saved with CR alone (old Mac) has lines too.
    line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
    column = len(before) - (max(before.rfind("\n"), before.rfind("\r")) + 1) + 1
    if not isinstance(exc.character, int):
        return DocumentError(f"invalid YAML: {exc.reason} (column {column})", line)
    code = exc.character
    escape = f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
    return DocumentError(
        f"invalid YAML: the character U+{code:04X} (column {column}) is not allowed in a YAML file; delete it, or "
        f"write it as the escape {escape} inside double quotes", line)


def _spread(root: yaml.Node, notes: list[tuple[yaml.Node, int, str]]) -> list[Remark]:
    """(path, line, problem) for each of ``notes`` (a node, the line of the problem, the problem) at every path where
    its node occurs, in order of lines: a value under an anchor is also each value that an alias of it gives, so
    that its problem is charged to the claim where it is written and to every claim that uses it through an alias
    (which the message says). The document is walked once, each node's problems gathered once."""
    own: dict[int, list[tuple[Path, int, str, int]]] = defaultdict(list)
    for node, line, problem in notes:
        own[id(node)].append(((), line, problem, 0))
    # Post-order over the node graph: each node's problems, its own and those below it, relative to it, with the line
    # of the outermost alias that reaches them (0 when none does).
    below: dict[int, list[tuple[Path, int, str, int]]] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, ready = stack.pop()
        if id(node) in below:
            continue
        steps = list(_steps(node))
        if not ready:
            stack.append((node, True))
            stack.extend((child, False) for _, child, _ in steps if id(child) not in below)
            continue
        found = list(own.get(id(node), ()))
        for step, child, alias in steps:
            for path, line, problem, via in below[id(child)]:
                found.append(((step, *path), line, problem, child.start_mark.line + 1 if alias else via))
        below[id(node)] = found
    out: list[Remark] = []
    for path, line, problem, via in sorted(below[id(root)], key=lambda note: note[1]):
        if via:
            problem = f"{problem}; it is in the value anchored on line {via}, which this uses through an alias"
        out.append((path, line, problem))
    return out


def _steps(node: yaml.Node) -> Iterator[tuple[str | int, yaml.Node, bool]]:
    """(step, child, whether the child is reached through an alias) for each child of ``node``, keys with the step of
    their value. A child is reached through an alias where it was written before the place that refers to it (an
    anchor comes before each of its aliases)."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            name = _key_name(key_node)
            yield name, key_node, False
            yield name, value_node, value_node.start_mark.index < key_node.end_mark.index
    elif isinstance(node, yaml.SequenceNode):
        after = node.start_mark.index  # where the last item written here ends
        for index, item in enumerate(node.value):
            alias = item.start_mark.index < after
            yield index, item, alias
            if not alias:
                after = item.end_mark.index


def _unreadable_warnings(root: yaml.Node, unreadable: list[tuple[yaml.Node, str]]) -> list[Remark]:
    """(path, line, problem) for each value noted as unreadable, in a document without aliases."""
    problems = {id(node): problem for node, problem in unreadable}
    return [(path, node.start_mark.line + 1, problems[id(node)]) for node, path in _nodes(root)
            if id(node) in problems]


def _path_at(root: yaml.Node, offset: int) -> Path:
    """The path of the first value in the document that starts at ``offset`` (a mark's index), else ``()``."""
    return next((path for node, path in _nodes(root) if node.start_mark.index == offset), ())


def _nodes(root: yaml.Node) -> Iterator[tuple[yaml.Node, Path]]:
    """Every node of the document with its path, keys with the path of their value, in document order; the
    contents of an aliased collection once, at the path where they are written (the first in document order)."""
    seen: set[int] = set()
    walk: list[tuple[yaml.Node, Path]] = [(root, ())]
    while walk:
        node, path = walk.pop()
        yield node, path
        if isinstance(node, yaml.ScalarNode) or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in reversed(node.value):
                name = _key_name(key_node)
                walk.append((value_node, (*path, name)))
                walk.append((key_node, (*path, name)))
        elif isinstance(node, yaml.SequenceNode):
            walk.extend((item, (*path, index)) for index, item in reversed(list(enumerate(node.value))))


# --- JSON -------------------------------------------------------------------------------------------------------


class _LongNumber(str):
    """An integer with more digits than Python converts, kept as its digits."""

    __slots__ = ()


class _LineDecoder(json.JSONDecoder):
    """A JSON decoder that records where each object and array starts, notes duplicate keys and integers too long to
    convert.

    The pure-Python scanner is used because only it calls back into ``parse_object`` / ``parse_array``.
    """

    def __init__(self, text: str, max_depth: int, *, long_numbers: bool = False) -> None:
        super().__init__(object_pairs_hook=self._pairs, parse_int=self._int if long_numbers else None,
                         parse_float=_written_float)
        self.text = text
        self.max_depth = max_depth
        self.offsets: dict[int, int] = {}
        self.depth = 0
        #: (object, where it starts, key) for each key given again in an object.
        self.duplicates: list[tuple[dict[str, Any], int, str]] = []
        self.long_numbers: list[_LongNumber] = []
        self._starts: list[int] = []
        self.parse_object = self._parse_object
        self.parse_array = self._parse_array
        self.scan_once = json.scanner.py_make_scanner(self)  # type: ignore[attr-defined]

    def _pairs(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                self.duplicates.append((out, self._starts[-1], key))
                continue
            out[key] = value
        return out

    def _int(self, digits: str) -> int | str:
        try:
            return int(digits)
        except ValueError:
            number = _LongNumber(digits)
            self.long_numbers.append(number)
            return number

    def _enter(self, offset: int) -> None:
        self.depth += 1
        if self.depth > self.max_depth:
            raise DocumentError(f"the document is nested more than {self.max_depth} levels deep; refused",
                                self.text.count("\n", 0, offset) + 1)

    def _parse_object(self, s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
        self._enter(s_and_end[1])
        start = s_and_end[1] - 1
        self._starts.append(start)
        obj, end = json.decoder.JSONObject(s_and_end, *args)  # type: ignore[attr-defined]
        self._starts.pop()
        self.offsets[id(obj)] = start
        self.depth -= 1
        return obj, end

    def _parse_array(self, s_and_end: tuple[str, int], scan_once: Any) -> tuple[Any, int]:
        self._enter(s_and_end[1])
        obj, end = json.decoder.JSONArray(s_and_end, scan_once)  # type: ignore[attr-defined]
        self.offsets[id(obj)] = s_and_end[1] - 1
        self.depth -= 1
        return obj, end


def parse_json(text: str, *, max_depth: int = MAX_DEPTH, suspects: bool | None = None) -> Document:
    """Parse JSON, mapping each object's and array's path to the line where it starts.

    Well-formed files without duplicate keys take a fast path (the C decoder, then one scan for where each object
    and array starts); anything else is parsed again by the line-tracking decoder, which words the problems: a key
    given twice is a warning at the key's path (the first value is kept), and so is an integer too long to convert
    (kept as its digits). Either way a value or key holding a surrogate or a control character is a warning at its
    path, and so is one with unbalanced bidirectional formatting or mojibake (`text_problem`); ``suspects`` says
    whether the text may hold a value refused without an escape (`raw_suspects` of the file's bytes, which is faster
    to find), and when it is ``None`` the text is searched. A text of only whitespace is a document of no data, as
    an empty YAML file is, so that the reader names it as empty; lines are counted at CR, LF and CR LF alike.
    """
    if not text.strip(_JSON_SPACE):
        return Document(data=None, lines={}, syntax="json")  # empty, as YAML reads an empty file: named as such
    if "\r" in text:
        # A file saved with CR alone (old Mac) has lines as editors count them; JSON reads CR and LF alike between
        # values and refuses both raw inside a string, so reading each lone CR as LF changes no value and no offset.
        text = _LONE_CR.sub("\n", text)
    if suspects is None:
        suspects = _json_raw_controls(text) or text_suspects(text)
    fast = _fast_json(text, max_depth)
    if fast is not None:
        return _check_text(fast, text, _JSON_ESCAPE, suspects)
    decoder = _LineDecoder(text, max_depth)
    try:
        try:
            data = decoder.decode(text)
        except ValueError as exc:
            if isinstance(exc, json.JSONDecodeError):
                raise
            # An integer too long to convert: read again, noting each (slower, so only when there is one).
            decoder = _LineDecoder(text, max_depth, long_numbers=True)
            data = decoder.decode(text)
    except json.JSONDecodeError as exc:
        # The column too: an export is often one line of megabytes.
        raise DocumentError(f"invalid JSON: {_json_syntax_problem(exc)}{_unseen_near(text, exc.lineno - 1, 'JSON')}",
                            exc.lineno) from None
    except RecursionError:
        raise DocumentError(_too_deep_to_read(max_depth)) from None

    # Offsets -> lines in one pass over sorted offsets instead of counting newlines per object.
    newline_positions = [i for i, ch in enumerate(text) if ch == "\n"] if decoder.offsets else []

    def line_of(offset: int) -> int:
        return bisect_left(newline_positions, offset) + 1

    # The paths of the objects with a key given twice and of the long numbers, found by the walk for lines.
    wanted = {id(obj) for obj, _, _ in decoder.duplicates} | {id(number) for number in decoder.long_numbers}
    paths: dict[int, Path] = {}
    lines: dict[Path, int] = {}
    walk: list[tuple[Any, Path]] = [(data, ())]
    while walk:
        value, path = walk.pop()
        if wanted and id(value) in wanted:
            paths.setdefault(id(value), path)
        if isinstance(value, dict | list) and id(value) in decoder.offsets:
            lines[path] = line_of(decoder.offsets[id(value)])
        if isinstance(value, dict):
            walk.extend((item, (*path, key)) for key, item in value.items())
        elif isinstance(value, list):
            walk.extend((item, (*path, index)) for index, item in enumerate(value))
    warnings: list[Remark] = []
    if decoder.duplicates:
        warnings.extend(_duplicate_warnings(text, decoder.duplicates, paths, line_of))
    if decoder.long_numbers:
        offsets = _long_number_offsets(text, decoder.long_numbers)
        for index, number in enumerate(decoder.long_numbers):
            if id(number) in paths:  # else the value of a key given twice, dropped
                line = line_of(offsets[index]) if index < len(offsets) else 1
                problem = too_many_digits(number) or f"a number of {len(number):,} digits is too long to read"
                warnings.append((paths[id(number)], line, problem))
    warnings.sort(key=lambda warning: warning[1])
    return _check_text(Document(data=data, lines=lines, warnings=tuple(warnings), syntax="json"), text, _JSON_ESCAPE,
                       suspects)


#: What JSON reads as whitespace between values.
_JSON_SPACE: Final = " \t\r\n"
_LONE_CR: Final = re.compile(r"\r(?!\n)")
#: The escape JSON text writes for a control character that may not stand raw inside a string.
_JSON_CONTROL_ESCAPES: Final = {"\t": ("a tab", "\\t"), "\n": ("a line break", "\\n"),
                                "\r": ("a line break", "\\n")}


def _json_syntax_problem(exc: json.JSONDecodeError) -> str:
    """The decoder's message with the column (an export is often one line of megabytes); a raw control character
    inside a string, which the decoder calls only an "invalid control character at", is named with the escape to
    write: a tab or a line break pasted into a quote is the usual one. "Extra data" (a second document, as in JSON
    Lines) and a comment are named as such."""
    if exc.msg == "Invalid control character at" and exc.pos < len(exc.doc):
        char = exc.doc[exc.pos]
        what, escape = _JSON_CONTROL_ESCAPES.get(char, (f"the control character U+{ord(char):04X}",
                                                        f"\\u{ord(char):04x}"))
        return (f"{what} (column {exc.colno}) inside a text: JSON cannot hold it as it is; write it as the escape "
                f"{escape}, or delete it")
    if exc.msg == "Extra data":
        return (f"more follows the end of the JSON document (column {exc.colno}): a source file is one JSON object "
                "(a file of one object per line, JSON Lines, is not read; or a } or ] too many ended it early)")
    if exc.doc.startswith(("//", "/*"), exc.pos):
        return f"a comment (column {exc.colno}): JSON has no comments; delete it"
    # Python 3.11 says "Expecting value" at the ] (or "Expecting property name" at the }), 3.13 names the comma.
    closing = exc.doc[exc.pos:].lstrip(_JSON_SPACE)[:1]
    if exc.msg.startswith("Illegal trailing comma") or (
            closing in ("]", "}") and exc.doc[:exc.pos].rstrip(_JSON_SPACE).endswith(",")):
        return (f"a comma after the last item of a list or an object (column {exc.colno}): JSON allows none before "
                "the closing ] or } (JavaScript and YAML do); delete the comma")
    return f"{exc.msg} (column {exc.colno})"


# A string (skipped whole), an opening or closing bracket, or a number; possessive, so that it never backtracks.
_JSON_TOKEN: Final = re.compile(r'"(?:[^"\\]++|\\.)*+"|[{}\[\]]|-?[0-9]++(?:\.[0-9]++)?+(?:[eE][-+]?[0-9]++)?+')
_COLON: Final = re.compile(r"\s*+:")


def _duplicate_warnings(text: str, duplicates: list[tuple[dict[str, Any], int, str]], paths: dict[int, Path],
                        line_of: Callable[[int], int]) -> list[Remark]:
    """(path, line, message) for each key given again in an object, at the line where it is given again."""
    found: list[Remark] = []
    seen: dict[tuple[int, str], int] = {}
    keys_of: dict[int, dict[str, list[int]]] = {}
    for obj, start, key in duplicates:
        keys = keys_of.get(start)
        if keys is None:
            keys = keys_of[start] = _key_offsets(text, start)
        repeat = seen[start, key] = seen.get((start, key), 0) + 1
        offsets = keys.get(key, [])
        first = line_of(offsets[0]) if offsets else line_of(start)
        line = line_of(offsets[repeat]) if repeat < len(offsets) else first
        found.append(((*paths.get(id(obj), ()), key), line, f"duplicate key {key!r} (first on line {first})"))
    return found


def _key_offsets(text: str, start: int) -> dict[str, list[int]]:
    """Where each key of the JSON object that starts at ``start`` is written, in order."""
    keys: dict[str, list[int]] = {}
    depth = 0
    for match in _JSON_TOKEN.finditer(text, start):
        token = match.group()
        if token in ("{", "["):
            depth += 1
        elif token in ("}", "]"):
            depth -= 1
            if depth == 0:
                break
        elif depth == 1 and token[0] == '"' and _COLON.match(text, match.end()):
            keys.setdefault(json.loads(token), []).append(match.start())
    return keys


def json_key_line(text: str, path: Path) -> int:
    """The line on which JSON ``text`` writes the last key of ``path`` (``("claims", 2, "place")``), whose steps
    before it are keys of objects and indices of arrays of objects; 0 where it does not. `parse_json` keeps the lines
    of objects and arrays only: a message about one field of an object that read asks for it here."""
    offset = text.find("{")
    for depth, step in enumerate(path):
        if offset < 0:
            return 0
        if isinstance(step, int):
            offset = _element_start(text, offset, step)
            continue
        found = _key_offsets(text, offset).get(step)
        if not found:
            return 0
        if depth == len(path) - 1:
            return text.count("\n", 0, found[0]) + 1
        colon = _COLON.match(text, _JSON_TOKEN.match(text, found[0]).end())  # type: ignore[union-attr]
        offset = -1 if colon is None else len(text) - len(text[colon.end():].lstrip(_JSON_SPACE))
    return 0


def _element_start(text: str, start: int, index: int) -> int:
    """Where the ``index``-th object or array of the JSON array at ``start`` begins, -1 where it has none so many
    (an element that is a scalar is counted where it is a string or a number)."""
    if not text.startswith("[", start):
        return -1
    depth, count = 0, 0
    for match in _JSON_TOKEN.finditer(text, start):
        token = match.group()
        if token in ("{", "["):
            if depth == 1:
                if count == index:
                    return match.start()
                count += 1
            depth += 1
        elif token in ("}", "]"):
            depth -= 1
            if depth == 0:
                return -1
        elif depth == 1:
            count += 1
    return -1


def _long_number_offsets(text: str, numbers: list[_LongNumber]) -> list[int]:
    """Where each of ``numbers`` (the long integers the decoder met, in document order) is written."""
    offsets: list[int] = []
    pending = iter(numbers)
    wanted = next(pending, None)
    for match in _JSON_TOKEN.finditer(text):
        if wanted is None:
            break
        if match.group() == wanted:
            offsets.append(match.start())
            wanted = next(pending, None)
    return offsets


# Everything up to the next "{" or "[" outside a string (strings skipped whole), possessive so that it never
# backtracks: one match per object or array, in document order.
_OPENING: Final = re.compile(r'(?:[^"{\[]++|"(?:[^"\\]++|\\.)*+")*+([{\[])')


def _openings(text: str) -> Iterator[int]:
    """Where each object and array of well-formed JSON ``text`` opens, in order.

    Each search starts where the last one ended, outside any string, and the pattern steps over whole strings: so
    the text is read once. (`re.finditer` would, after the last opening, try again from every following position,
    each attempt reading to the end: a long string after the last opening, such as a place name of 100,000
    characters, took seconds per claim.)"""
    position = 0
    while (found := _OPENING.match(text, position)) is not None:
        yield found.start(1)
        position = found.end()


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
        data = json.loads(text, object_pairs_hook=pairs, parse_float=_written_float)
    except (ValueError, RecursionError):
        return None
    if duplicates:
        return None
    starts = _openings(text)
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
    return Document(data=data, lines=lines, syntax="json")


# --- CSV --------------------------------------------------------------------------------------------------------


def _unclosed_quote(text: str, line: int, separator: str = ",") -> tuple[list[str], int | None] | None:
    """The cells of the row starting on ``line`` up to the one whose opening quote is not closed on its row (that
    cell last, as written from its quote on), and the line of the quote that ends it (``None`` when none does); or
    None when every quoted cell of the row closes.

    Python's reader reports an unclosed quote where the text ends, which sends a user to the last line of a long
    file, and a quote that a later row's quote closes where that quote is; the row's own line and cell are what
    they need to fix it. A quoted cell over several lines that a lone quote ends in the middle of a cell is taken
    as opened by mistake: the row where it starts is the one to look at."""
    at = row = 0
    for _ in range(line - 1):
        found = _NEWLINE.search(text, at)
        if found is None:
            return None
        at = row = found.end()
    cells: list[str] = []
    while True:
        start = at
        if text.startswith('"', at):
            close = at
            while True:
                close = text.find('"', close + 1)
                if close < 0:
                    return [*cells, text[start:]], None
                if not text.startswith('"', close + 1):
                    break
                close += 1  # a doubled quote stands for one quote inside the cell
            at = close + 1
            if at < len(text) and text[at] not in (separator, "\r", "\n"):  # a lone quote ends the cell early
                if (newline := _NEWLINE.search(text, start, close)) is None:
                    return None
                return [*cells, text[start : newline.start()]], line + len(_NEWLINE.findall(text, row, close))
        end = _CELL_END[separator].search(text, at)
        if end is None or end.group() != separator:
            return None
        cells.append(text[start : end.start()])
        at = end.end()


_NEWLINE: Final = re.compile(r"\r\n|\r|\n")
#: A line break inside a cell written as Windows (``\r\n``) or old Macs (``\r``) write it: read as ``\n``.
_LINE_BREAK: Final = re.compile(r"\r\n?")
#: The end of a cell, by the column separator.
_CELL_END: Final = {separator: re.compile(re.escape(separator) + r"|\r\n|\r|\n") for separator in ",;\t"}
#: How much of an unclosed cell an error shows.
_SHOWN_CELL: Final = 40


def _unclosed_message(cells: list[str], closed_on: int | None, header: tuple[str, ...] | None) -> str:
    """What `parse_csv` says of a row whose cell does not close its quote on its row (`_unclosed_quote`)."""
    column = len(cells)
    name = f"column {column}"
    if header is not None and column <= len(header):
        name += f" ({header[column - 1]!r})"
        if "id" in header[: column - 1]:
            name += f" of claim {cells[header.index('id')].strip().strip(chr(34))!r}"
    cell = cells[-1]
    shown = cell if len(cell) <= _SHOWN_CELL else cell[:_SHOWN_CELL] + "…"
    if closed_on is not None:
        return (f"the quoted cell of {name} that starts on this line is not closed on it (a closing \" is missing, "
                f"or a \" inside it is not doubled), so the next lines are read into it up to a \" on line "
                f"{closed_on}: {shown!r}")
    return (f"the quoted cell of {name} that starts on this line is never closed (a closing \" is missing, or a "
            f"\" inside it is not doubled), so the rest of the file would be read into it: {shown!r}")


@attrs.frozen
class Table:
    """A CSV file: its header and its rows, each with the line where the row starts."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    #: Whether a cell may hold text that `text_problem` refuses (a control character other than tab and line breaks,
    #: unbalanced bidirectional formatting, mojibake): only then are cells searched.
    suspects: bool = False
    #: The line of the header: 2 after Excel's ``sep=,`` line.
    header_line: int = 1
    #: The column separator the file is read with (`SEPARATORS`).
    separator: str = ","


#: The column separators a claim file may use, and their names: the comma, the semicolon that a spreadsheet writes
#: where the decimal mark is a comma (Excel writes the system's list separator, even for "CSV UTF-8 (Comma
#: delimited)"), and the tab.
SEPARATORS: Final = {",": "commas", ";": "semicolons", "\t": "tabs"}
_SEPARATOR_NAMES: Final = {**SEPARATORS, "|": "vertical bars"}
#: Excel's first line that names the column separator (``sep=,``, ``sep=;``): Excel reads it and hides it; it is no
#: header. As a spreadsheet that does not know it saves it again: its cell in quotes (``"sep=,"``), or the line
#: padded with the empty cells of the other columns (``sep=,,,,``, ``sep=;;;;``, ``sep=;,,,``).
_SEP_HINT: Final = re.compile(r'(?:sep=([^\r\n])|"sep=([^"\r\n])")(?:,*|;*|\t*)(?=\r\n|\r|\n|$)', re.IGNORECASE)


def _width(line: str, separator: str) -> int:
    """How many cells the header ``line`` reads as with ``separator`` between them, double quotes kept to."""
    if separator not in line:
        return 1
    return len(next(csv.reader([line], delimiter=separator), ()))


def _column_separator(text: str, sep_line: re.Match[str] | None) -> str:
    """The separator of the CSV ``text``: the one Excel's ``sep_line`` names, else the comma when the header line
    reads as two or more cells with commas, else the semicolon or the tab that does so (a comma file whose header
    has a ``;`` in a quoted cell is read with commas); the comma when none does (a header of one column).

    Refused: a separator other than these named by the ``sep=`` line, a ``sep=`` line whose separator does not
    split the header while another one does, and a header that both the semicolon and the tab split."""
    at = 0 if sep_line is None else sep_line.end()
    found = _NEWLINE.search(text, at)
    if found is not None and sep_line is not None:  # the line break that ends the `sep=` line
        at = found.end()
        found = _NEWLINE.search(text, at)
    line = text[at : found.start() if found is not None else len(text)]
    splits = [separator for separator in SEPARATORS if _width(line, separator) >= 2]
    if sep_line is not None:
        named: str = next(filter(None, sep_line.groups()))
        name = _SEPARATOR_NAMES.get(named, f"{named!r}")
        if named not in SEPARATORS:
            raise DocumentError(
                f"the first line, {sep_line.group()!r}, is Excel's note that the columns are separated by {name}, "
                "which cannot be read: save the file as CSV with commas, semicolons or tabs between the columns "
                "(Excel: \"CSV UTF-8 (Comma delimited)\")", 1)
        if splits and named not in splits:
            raise DocumentError(
                f"the first line, {sep_line.group()!r}, is Excel's note that the columns are separated by {name}, "
                f"but the header on line 2 is separated by {SEPARATORS[splits[0]]}: delete the first line, or "
                "correct it", 1)
        return named
    if not splits or splits[0] == ",":
        return ","
    if len(splits) > 1:
        raise DocumentError(
            "the header is separated both by semicolons and by tabs, and it cannot be told which one separates the "
            "columns: separate the columns with one of them (or with commas), or put the file's separator on a "
            "first line of its own, as Excel does (sep=;)", 1)
    return splits[0]


def parse_csv(text: str, *, suspects: bool | None = None) -> Table:
    """Parse CSV text (double quotes, any newline convention) with the columns separated by commas, semicolons or
    tabs (`_column_separator`: the header line tells which).

    A row whose every cell is empty or whitespace is skipped (spreadsheets export such rows), unless one of its
    cells holds a control character. ``suspects`` says whether a cell may hold text that `text_problem` refuses
    (`raw_suspects` of the file's bytes, which is faster to find); when it is ``None`` the text is searched.

    A first line ``sep=,`` or ``sep=;`` (which some exports write so that Excel opens the file with that separator,
    and which Excel hides) is skipped: it names the separator the file uses, and the header follows on line 2; so
    is that line as a spreadsheet that does not know it saves it again (``"sep=,"``, ``sep=,,,,``). One that names
    a separator not read (``sep=|``) is refused.

    A line break inside a quoted cell is read as ``\n`` whichever convention wrote it (``\r\n``, ``\r``), as YAML
    reads one: the same file saved with Windows line ends holds the same text.
    """
    if suspects is None:
        suspects = text_suspects(text)
    # A cell may be long; the file-size limit already bounds every cell, and the loader checks text lengths. Raised
    # before the header line is first read (`_column_separator`), whose cell may be as long.
    if csv.field_size_limit() < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    sep_line = _SEP_HINT.match(text)
    separator = _column_separator(text, sep_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    rows: list[tuple[int, tuple[str, ...]]] = []
    header: tuple[str, ...] | None = None
    written: list[str] = []  # the header as written
    line = 1
    skip = sep_line is not None
    returns = "\r" in text
    try:
        for row in reader:
            if returns:
                row = [_LINE_BREAK.sub("\n", cell) if "\r" in cell else cell for cell in row]
            if skip:  # the `sep=` line: the header comes next
                skip = False
                line = reader.line_num + 1
                continue
            if header is None:
                written = row
                header = tuple(cell.strip() for cell in row)
            elif any(map(str.strip, row)) or (
                    suspects and any(_CONTROL.search(cell) is not None for cell in row)):
                rows.append((line, tuple(row)))
            line = reader.line_num + 1
    except csv.Error as exc:
        if (unclosed := _unclosed_quote(text, line, separator)) is not None:
            raise DocumentError(f"invalid CSV: {_unclosed_message(*unclosed, header)}", line) from None
        hint = ""
        if "expected after" in str(exc):
            hint = ': a " inside a quoted cell is written twice (""), and a cell that starts with " ends with it'
        raise DocumentError(f"invalid CSV: {exc}{hint}", reader.line_num or line) from None
    header_line = 2 if sep_line is not None else 1
    if header is None or not any(header):
        raise DocumentError("the CSV file is empty: it needs a header row and one row per claim", header_line)
    if suspects:
        for number, name in enumerate(written, start=1):
            if (found := _CONTROL.search(name)) is not None:
                raise DocumentError(f"column {number} of the CSV header: {_control_problem(name, found.start())}",
                                    header_line)
    # A column named twice is the loader's to judge, with every other problem of the header.
    return Table(header=header, rows=tuple(rows), suspects=suspects, header_line=header_line,
                 separator=separator)
