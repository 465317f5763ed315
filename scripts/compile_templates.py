"""Write Jinja2's Python code of the shipped report templates beside them, after a template is edited.

Usage::

    .venv/bin/python scripts/compile_templates.py

``reports/templates/compiled-templates.json`` holds, for each shipped template, the code Jinja2 makes of it, keyed
by the Jinja2 version, the renderer's settings, the template's name and its text (`reconcile.render._ShippedCode`):
a run uses it instead of compiling the templates again, and only for a template that matches its key, so a stale
file costs time, never a wrong page. The test suite fails while the file differs from what the templates give now
(``tests/test_report.py::test_shipped_compiled_templates_are_current``). The same templates and Jinja2 give the
same bytes.
"""

from __future__ import annotations

from reconcile.render import COMPILED_TEMPLATES, compiled_templates, shipped_templates


def main() -> None:
    target = shipped_templates() / COMPILED_TEMPLATES
    target.write_text(compiled_templates(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
