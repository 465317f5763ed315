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
- **Deterministic.** The same reconciliation, ``generated`` and templates give the same text.
- **Errors.** Templates that are missing, unreadable or broken raise `OutputError` with the file and line.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import importlib.resources
import re
from pathlib import Path
from typing import Final

import jinja2

from reconcile._version import __version__
from reconcile.errors import OutputError
from reconcile.models import Reconciliation
from reconcile.report import ReportView, build_view

__all__ = ["REPORT_TEMPLATE", "render_report", "render_view", "shipped_templates"]

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


def _environment(templates: Path | None) -> jinja2.Environment:
    folders = [shipped_templates()] if templates is None else [templates]
    if templates is not None:
        if not templates.is_dir():
            raise OutputError(f"the templates folder {templates} does not exist or is not a folder")
        if not (templates / REPORT_TEMPLATE).is_file():
            raise OutputError(f"the templates folder {templates} has no {REPORT_TEMPLATE}; copy the shipped "
                              "one as a start (see docs/report.md)")
        with contextlib.suppress(OutputError):  # a complete custom folder needs nothing shipped
            folders.append(shipped_templates())
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(folder) for folder in folders], encoding="utf-8"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,
    )


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _policy(html: str) -> str:
    """The CSP for a page: no loads at all, its own inline scripts and styles allowed by hash."""
    scripts: dict[str, None] = {}
    styles: dict[str, None] = {}
    for match in _INLINE.finditer(html):
        target = scripts if match.group(1).lower() == "script" else styles
        target[_hash(match.group(2))] = None
    script_src = " ".join(scripts) or "'none'"
    style_src = " ".join(styles) or "'none'"
    return (f"default-src 'none'; script-src {script_src}; style-src {style_src}; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def _inline_blocks(html: str) -> list[str]:
    return [match.group(0) for match in _INLINE.finditer(html)]


def render_view(view: ReportView, *, templates: Path | None = None) -> str:
    """The HTML text of a report view; see the module docstring for the rules.

    The template receives ``view`` (a `ReportView`) and ``csp`` (the Content-Security-Policy text).
    """
    env = _environment(templates)
    try:
        template = env.get_template(REPORT_TEMPLATE)
        # First pass: find the inline scripts and styles to hash; the policy does not change them.
        draft = template.render(view=view, csp="")
        csp = _policy(draft)
        html = template.render(view=view, csp=csp)
    except jinja2.TemplateNotFound as exc:
        raise OutputError(f"report template {exc.name!r} not found in {_where(templates)}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise OutputError(f"{exc.filename or exc.name}:{exc.lineno}: template error: {exc.message}") from None
    except jinja2.UndefinedError as exc:
        raise OutputError(f"report template in {_where(templates)} uses an unknown name: {exc.message}") from None
    except OSError as exc:
        raise OutputError(f"cannot read the report templates in {_where(templates)}: {exc}") from None
    if _inline_blocks(html) != _inline_blocks(draft):  # pragma: no cover - a template that depends on csp
        raise OutputError("the report template changes its inline scripts or styles with the csp value")
    return html if html.endswith("\n") else html + "\n"


def _where(templates: Path | None) -> str:
    return str(templates) if templates is not None else "the shipped templates"


def render_report(reconciliation: Reconciliation, *, generated: str, templates: Path | None = None) -> str:
    """The discrepancy report of ``reconciliation`` as one self-contained HTML document.

    ``generated`` is the run's time as text, shown as given (pin it for byte-identical output); ``templates`` is a
    custom templates folder, ``None`` for the shipped templates. Raises `OutputError` when templates are missing or
    broken.
    """
    view = build_view(reconciliation, generated=generated, engine_version=__version__)
    return render_view(view, templates=templates)
