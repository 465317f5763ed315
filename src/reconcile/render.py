"""The discrepancy report as one self-contained HTML document: the view model through Jinja2 templates.

Edge module: it reads template files, nothing else. Rules:

- **Where the templates are.** ``templates=None`` uses the shipped templates: ``reconcile/templates`` inside the
  installed package, or, in a source checkout or editable install, ``reports/templates`` at the repository root.
  A custom folder (``--templates DIR``) must hold ``report.html.j2``; any other file it lacks (``report.css``,
  ``report.js``, ...) is taken from the shipped templates, so a folder can override just one piece.
- **Escaping.** Autoescape is on for every template, whatever its name, and undefined names are errors
  (`jinja2.StrictUndefined`). Text from claim files reaches the page only through ``{{ }}``, escaped.
- **No network.** The page loads nothing: CSS and JS are inlined by the template, and a Content-Security-Policy
  ``<meta>`` forbids every load (``default-src 'none'``). Inline ``<script>`` and ``<style>`` elements are allowed
  by their SHA-256 hashes, computed here from the rendered page (the template receives the policy as ``csp``), so
  a custom template's own inline script or style is allowed too, and nothing else is. Images only as ``data:``.
- **Streamed.** The page is written piece by piece (`jinja2.Template.generate`) while the view makes one event at
  a time. The policy must be known before the page's head is written, so it is computed from the page rendered
  without its events (the shipped templates' script and style do not depend on them), and every inline block of
  the page as written is checked against it; a custom template whose inline blocks do depend on the events is
  rendered a second time with the policy of the page it wrote. Either way the hashes are those of the page.
- **Compact.** The shipped templates are read with the indentation of their lines removed (`_Dedented`): it is
  there for whoever edits them, and was a seventh of a large report's bytes. Whitespace in HTML collapses, so the
  page looks the same; text from claim files is never touched. A custom folder's templates are read as written.
- **Compiled once, escaped in one call.** Jinja2's Python code of the shipped templates comes with them
  (``compiled-templates.json``, `compiled_templates`), used only for a template whose name, text, Jinja2 version and
  settings are those it was made from (`_ShippedCode`); every other template is compiled as it is loaded. Nothing
  is written at run time. The compiled code escapes with `_escape`, which gives exactly what `markupsafe.escape`
  gives.
- **Deterministic.** The same reconciliation, ``generated`` and templates give the same text.
- **Errors.** Templates that are missing, unreadable or broken raise `OutputError` with the file and line, also
  halfway through a page: write into a file that is discarded on failure (`reconcile.output.write_outputs`).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import importlib.resources
import io
import itertools
import json
import re
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from pathlib import Path
from typing import Any, Final, TextIO

import attrs
import jinja2
import jinja2.bccache
import markupsafe

from reconcile._version import __version__
from reconcile.errors import OutputError
from reconcile.models import Reconciliation
from reconcile.report import BRIEF_ABOVE, COMPACT_ABOVE, ROWS_ABOVE, ReportView, build_view
from reconcile.track_records import TrackRecord

__all__ = ["REPORT_TEMPLATE", "render_report", "render_view", "shipped_templates", "write_report", "write_view"]

#: The name of the page template; a custom templates folder must contain it.
REPORT_TEMPLATE: Final = "report.html.j2"

_INLINE: Final = re.compile(r"<(script|style)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)


def shipped_templates() -> Path:
    """The folder of the templates that come with reconcile.

    First ``reconcile/templates`` inside the installed package (a wheel), else ``reports/templates`` in the
    source tree this module was imported from (an editable install or a checkout). Raises `OutputError` if neither
    holds ``report.html.j2``.
    """
    candidates: list[Path] = []
    packaged = importlib.resources.files("reconcile") / "templates"
    if isinstance(packaged, Path):
        candidates.append(packaged)
    candidates.append(Path(__file__).resolve().parents[2] / "reports" / "templates")
    for folder in candidates:
        if (folder / REPORT_TEMPLATE).is_file():
            return folder
    tried = ", ".join(str(folder) for folder in candidates)
    raise OutputError(f"the report templates that come with reconcile are missing (looked in {tried}); "
                      "reinstall reconcile, or pass a templates folder")


class _Dedented(jinja2.FileSystemLoader):
    """A file loader that removes the indentation of every line of the template source (the shipped templates
    are indented for people; the page need not be)."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        return _INDENT.sub("", source), filename, uptodate


_INDENT: Final = re.compile(r"^[ \t]+", re.MULTILINE)


# markupsafe's ``_escape_inner`` (C), where this version of markupsafe has it.
_ESCAPE_INNER: Final[Callable[[str], str] | None] = getattr(markupsafe, "_escape_inner", None)


def _escape(value: object) -> markupsafe.Markup:
    """`markupsafe.escape`, the same object for the same value, in one Python call instead of two for plain text.

    For a ``str``, ``escape`` calls ``Markup(_escape_inner(value))``, and ``Markup.__new__`` (Python) gives
    ``str.__new__(Markup, ...)`` for text: made here directly. A report of 100k claims escapes about 900,000
    values, and the two Python calls were a fifth of the page's rendering. Anything else goes to ``escape``.
    """
    if type(value) is str and _ESCAPE_INNER is not None:
        return _new_str(markupsafe.Markup, _ESCAPE_INNER(value))
    return markupsafe.escape(value)


_new_str: Final = str.__new__


class _Template(jinja2.Template):
    """A template whose compiled code escapes with `_escape` (the name ``escape`` of its module, which Jinja2
    binds to `markupsafe.escape`, and calls for every ``{{ }}`` under autoescape)."""

    @classmethod
    def _from_namespace(cls, environment: jinja2.Environment, namespace: MutableMapping[str, Any],
                        globals: MutableMapping[str, Any]) -> jinja2.Template:
        if namespace.get("escape") is markupsafe.escape:
            namespace["escape"] = _escape
        return super()._from_namespace(environment, namespace, globals)


#: The Python code Jinja2 makes of the shipped templates, shipped beside them (`compiled_templates`).
COMPILED_TEMPLATES: Final = "compiled-templates.json"


def _settings(environment: jinja2.Environment) -> str:
    """Everything besides a template's name and text that the Python code Jinja2 makes of it depends on."""
    return repr((jinja2.__version__, environment.block_start_string, environment.block_end_string,
                 environment.variable_start_string, environment.variable_end_string,
                 environment.comment_start_string, environment.comment_end_string,
                 environment.line_statement_prefix, environment.line_comment_prefix, environment.trim_blocks,
                 environment.lstrip_blocks, environment.newline_sequence, environment.keep_trailing_newline,
                 environment.autoescape, environment.optimized, environment.is_async,
                 sorted(environment.extensions)))


def _digest(settings: str, name: str, source: str) -> str:
    return hashlib.sha256(repr((settings, name, source)).encode("utf-8", "surrogatepass")).hexdigest()


class _ShippedCode(jinja2.BytecodeCache):
    """Jinja2's Python code for templates whose name, text and environment are those it was made from.

    Jinja2 compiles every template of a report anew in each run (parsing it and writing its Python code: about
    0.1 s, a seventh of a run on the seed case). The code of the shipped templates comes with them
    (`COMPILED_TEMPLATES`, written by `compiled_templates`), keyed by a digest of the Jinja2 version, the
    environment's settings, the template's name and its text as loaded: a template that differs in any of these (a
    custom folder's, an edited one, another Jinja2) has no entry and is compiled as before, so a stale code is never
    used. (The filters and tests Jinja2 may fold into constants are `_environment`'s own, as when the code was
    made: a change there changes `compiled_templates`, and its test fails until the file is written again.) Only
    compiling the code with Python remains. Nothing is ever written (`set_bucket` does nothing).
    """

    def __init__(self, shipped: Path) -> None:
        self._shipped = shipped
        self._codes: dict[str, str] | None = None
        self._settings = ""

    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None,
                   source: str) -> jinja2.bccache.Bucket:
        bucket = jinja2.bccache.Bucket(environment, name, "")
        if self._codes is None:
            self._codes = _read_codes(self._shipped / COMPILED_TEMPLATES)
            self._settings = _settings(environment)
        code = self._codes.get(_digest(self._settings, name, source)) if self._codes else None
        if code is not None:  # as `jinja2.Environment.compile` compiles its own code
            bucket.code = compile(code, "<template>" if filename is None else filename, "exec")
        return bucket

    def set_bucket(self, bucket: jinja2.bccache.Bucket) -> None:
        return

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:  # pragma: no cover - get_bucket does it
        return

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:  # pragma: no cover - never written
        return


def _read_codes(path: Path) -> dict[str, str]:
    """The shipped code by digest; none when the file is missing or not as `compiled_templates` writes it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    codes = data.get("codes") if isinstance(data, dict) else None
    if not isinstance(codes, dict):
        return {}
    return {key: value for key, value in codes.items() if isinstance(value, str)}


def compiled_templates() -> str:
    """The text of `COMPILED_TEMPLATES` for the shipped templates as they are now, with this Jinja2: write it into the
    shipped templates folder after editing a template (``tests/test_report.py`` checks that it is current)::

        (shipped_templates() / COMPILED_TEMPLATES).write_text(compiled_templates(), encoding="utf-8")
    """
    folder = shipped_templates()
    environment = _environment(None)
    settings = _settings(environment)
    codes = {}
    for path in sorted(folder.iterdir()):
        if path.name == COMPILED_TEMPLATES or not path.is_file():
            continue
        source, _, _ = environment.loader.get_source(environment, path.name)  # type: ignore[union-attr]
        codes[_digest(settings, path.name, source)] = environment.compile(source, path.name, raw=True)
    about = ("Jinja2's Python code of the templates beside this file, made by reconcile.render.compiled_templates "
             "and used only for a template whose name, text, Jinja2 version and settings match its key.")
    return json.dumps({"about": about, "codes": codes}, indent=1, sort_keys=True) + "\n"


def _environment(templates: Path | None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if templates is not None:
        if not templates.is_dir():
            raise OutputError(f"the templates folder {templates} does not exist or is not a folder")
        if not (templates / REPORT_TEMPLATE).is_file():
            raise OutputError(f"the templates folder {templates} has no {REPORT_TEMPLATE}; copy the shipped "
                              "one as a start (see docs/report.md)")
        loaders.append(jinja2.FileSystemLoader(str(templates), encoding="utf-8"))
        with contextlib.suppress(OutputError):  # a complete custom folder needs nothing shipped
            loaders.append(_Dedented(str(shipped_templates()), encoding="utf-8"))
    else:
        loaders.append(_Dedented(str(shipped_templates()), encoding="utf-8"))
    environment = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,
    )
    environment.template_class = _Template
    with contextlib.suppress(OutputError):
        environment.bytecode_cache = _ShippedCode(shipped_templates())
    return environment


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


#: An inline block as found in a page: (``script`` or ``style``, its content, the whole element as written).
_Block = tuple[str, str, str]


def _policy(blocks: Sequence[_Block]) -> str:
    """The CSP for a page with these inline blocks: no loads at all, its own inline scripts and styles by hash."""
    scripts: dict[str, None] = {}
    styles: dict[str, None] = {}
    for kind, content, _ in blocks:
        target = scripts if kind == "script" else styles
        target[_hash(content)] = None
    script_src = " ".join(scripts) or "'none'"
    style_src = " ".join(styles) or "'none'"
    return (f"default-src 'none'; script-src {script_src}; style-src {style_src}; img-src data:; "
            "base-uri 'none'; form-action 'none'")


_OPENER: Final = re.compile(r"<(script|style)\b", re.IGNORECASE)
_OPEN_TAG: Final = re.compile(r"<(script|style)\b[^>]*>", re.IGNORECASE)
_CLOSER: Final = {"script": re.compile(r"</script", re.IGNORECASE), "style": re.compile(r"</style", re.IGNORECASE)}
_TAIL: Final = len("<script")


def _unfinished_close(text: str, kind: str) -> str:
    """The end of ``text`` from where a closing tag of ``kind`` may have begun and not finished (``</sty``,
    ``</style`` and spaces), else the empty text."""
    tail = text[text.rfind("<"):] if "<" in text else ""
    name = "</" + kind
    lowered = tail.lower()
    if name.startswith(lowered) or (lowered.startswith(name) and not lowered[len(name):].strip()):
        return tail
    return ""


class _InlineScanner:
    """Finds the inline ``<script>`` and ``<style>`` elements of a page given in pieces: exactly those `_INLINE`
    finds in the whole page, each as soon as it is closed, holding only the text of a block not yet closed (and a
    few characters)."""

    def __init__(self) -> None:
        self.blocks: list[_Block] = []
        self._pieces: list[str] = []
        self._waiting = ""  # the kind of the block held, whose opening tag is complete: "script" or "style"
        self._recent = ""  # the start of its closing tag, if the text held ends with one

    def feed(self, text: str) -> None:
        if self._waiting:
            seen = self._recent + text
            if not _CLOSER[self._waiting].search(seen):  # still no closing tag: nothing can be decided yet
                self._recent = _unfinished_close(seen, self._waiting)
                self._pieces.append(text)
                return
        self._pieces.append(text)
        self._scan(final=False)

    def close(self) -> list[_Block]:
        self._scan(final=True)
        return self.blocks

    def _scan(self, *, final: bool) -> None:
        text = "".join(self._pieces)
        self._pieces = []
        self._waiting = ""
        position = 0
        while True:
            opener = _OPENER.search(text, position)
            if opener is None:
                if not final:  # keep what could be the start of a tag cut in two
                    self._pieces = [text[max(position, len(text) - _TAIL):]]
                return
            match = _INLINE.match(text, opener.start())
            if match is not None:
                self.blocks.append((match.group(1).lower(), match.group(2), match.group(0)))
                position = match.end()
            elif final:  # never closed: as the regular expression does, go on from the next character
                position = opener.start() + 1
            else:  # wait for the rest of the block
                self._pieces = [text[opener.start():]]
                if _OPEN_TAG.match(text, opener.start()):
                    self._waiting = opener.group(1).lower()
                    self._recent = _unfinished_close(text, self._waiting)
                return


def _inline_blocks(html: str) -> list[_Block]:
    return [(match.group(1).lower(), match.group(2), match.group(0)) for match in _INLINE.finditer(html)]


# Pieces of the page joined before each write: Jinja yields many small strings.
_BATCH: Final = 512


def _stream(template: jinja2.Template, templates: Path | None, sink: TextIO | None, **context: object) -> list[_Block]:
    """Render ``template`` piece by piece into ``sink`` (``None``: nowhere), with a newline at the end; returns the
    page's inline blocks. Template errors become `OutputError`s, whenever they happen."""
    scanner = _InlineScanner()
    # What `jinja2.Template.generate` does, without its generator around the template's own: each of the millions
    # of pieces of a large page passed through both.
    generated = template.root_render_func(template.new_context(context))
    last = ""
    while True:
        with _template_errors(templates):  # only the template's own errors: writing happens outside
            try:
                pieces = list(itertools.islice(generated, _BATCH))
            except Exception:
                template.environment.handle_exception()  # raises the error, its traceback in template lines
                raise  # pragma: no cover - handle_exception always raises
        if not pieces:
            break
        batch = "".join(pieces)
        if not batch:
            continue
        scanner.feed(batch)
        if sink is not None:
            sink.write(batch)
        last = batch[-1]
    if last != "\n" and sink is not None:
        sink.write("\n")
    return scanner.close()


@contextlib.contextmanager
def _template_errors(templates: Path | None) -> Iterator[None]:
    """Errors of the templates (missing, broken, an unknown name, unreadable) as `OutputError` naming where; with a
    custom templates folder, also any other error its templates raise while rendering (``{{ 1 / 0 }}``, a filter
    given the wrong type): they are the user's input. In the shipped templates such an error is a bug, and passes
    through."""
    try:
        yield
    except jinja2.TemplateNotFound as exc:
        raise OutputError(f"report template {exc.name!r} not found in {_where(templates)}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise OutputError(f"{exc.filename or exc.name}:{exc.lineno}: template error: {exc.message}") from None
    except jinja2.UndefinedError as exc:
        raise OutputError(f"report template in {_where(templates)} uses an unknown name: {exc.message}") from None
    except OSError as exc:
        raise OutputError(f"cannot read the report templates in {_where(templates)}: {exc}") from None
    except Exception as exc:
        if templates is None:
            raise
        raise OutputError(f"a report template in {templates} failed while rendering: {type(exc).__name__}: "
                          f"{exc}") from None


def _skeleton(view: ReportView) -> ReportView:
    """The view without its per-event parts: the page around the events, cheap to render."""
    timeline = None if view.timeline is None else attrs.evolve(view.timeline, events=())
    return attrs.evolve(view, events=(), rows=(), conflict_rows=(), toc=(), timeline=timeline)


def write_view(view: ReportView, handle: TextIO, *, templates: Path | None = None) -> None:
    """Write the HTML of a report view into ``handle``, piece by piece; see the module docstring for the rules.

    The template receives ``view`` (a `ReportView`) and ``csp`` (the Content-Security-Policy text). The policy is
    computed from the page rendered without its events (cheap), and checked against the inline blocks of the page
    as it is written; a template whose inline scripts or styles depend on the events is rendered a second time,
    from the top of ``handle`` (which must then be seekable), with the policy of the page it wrote.
    """
    env = _environment(templates)
    with _template_errors(templates):
        template = env.get_template(REPORT_TEMPLATE)
    try:
        expected = _stream(template, templates, None, view=_skeleton(view), csp="")
    except OutputError:
        # The page around the events did not render without them (a template that reads one event outside the
        # loop, say): take the blocks from the whole page instead.
        expected = _stream(template, templates, None, view=view, csp="")
    found = _stream(template, templates, handle, view=view, csp=_policy(expected))
    if found == expected:
        return
    try:
        handle.seek(0)
        handle.truncate()
    except (OSError, ValueError) as exc:
        raise OutputError("the report template's inline scripts or styles depend on the events, which needs a "
                          f"second pass over a seekable output ({exc})") from None
    again = _stream(template, templates, handle, view=view, csp=_policy(found))
    if again != found:
        raise OutputError("the report template changes its inline scripts or styles with the csp value")


def render_view(view: ReportView, *, templates: Path | None = None) -> str:
    """The HTML text of a report view, as `write_view` writes it."""
    buffer = io.StringIO()
    write_view(view, buffer, templates=templates)
    return buffer.getvalue()


def _where(templates: Path | None) -> str:
    return str(templates) if templates is not None else "the shipped templates"


def write_report(reconciliation: Reconciliation, handle: TextIO, *, generated: str, templates: Path | None = None,
                 compact_above: int | None = COMPACT_ABOVE, brief_above: int | None = BRIEF_ABOVE,
                 rows_above: int | None = ROWS_ABOVE, records: Sequence[TrackRecord] | None = None) -> None:
    """Write the discrepancy report of ``reconciliation`` into ``handle``, one event at a time.

    ``generated`` is the run's time as text, shown as given (pin it for byte-identical output); ``templates`` is a
    custom templates folder, ``None`` for the shipped templates. With more than ``compact_above`` events, those
    without a conflict are listed one per row; with more than ``brief_above`` cards every card is brief; with more
    than ``rows_above`` events with a conflict those are rows too (``None``: never; see
    `reconcile.report.build_view`). ``records`` are the track records if the caller has them already. Raises
    `OutputError` when templates are missing or broken, also halfway through: write into a file that is discarded
    on failure (`reconcile.output.write_outputs` does).
    """
    view = build_view(reconciliation, generated=generated, engine_version=__version__, compact_above=compact_above,
                      brief_above=brief_above, rows_above=rows_above, records=records)
    write_view(view, handle, templates=templates)


def render_report(reconciliation: Reconciliation, *, generated: str, templates: Path | None = None,
                  compact_above: int | None = COMPACT_ABOVE, brief_above: int | None = BRIEF_ABOVE,
                  rows_above: int | None = ROWS_ABOVE) -> str:
    """The discrepancy report of ``reconciliation`` as one self-contained HTML document (see `write_report`)."""
    buffer = io.StringIO()
    write_report(reconciliation, buffer, generated=generated, templates=templates, compact_above=compact_above,
                 brief_above=brief_above, rows_above=rows_above)
    return buffer.getvalue()
