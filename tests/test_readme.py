"""The README's two commands and CI stay in step."""

from __future__ import annotations

import re

from .conftest import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)


def test_ci_runs_exactly_the_readme_test_command() -> None:
    """.ci/run contains the README's test command verbatim."""
    test_command = next(c for c in readme_commands() if "pytest" in c)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_readme_main_command_runs_the_seed_case() -> None:
    """The README's main command installs reconcile and runs it on the seed case."""
    main_command = readme_commands()[0]
    assert "pip install" in main_command
    assert "claims/2012-tavush-qazakh" in main_command
