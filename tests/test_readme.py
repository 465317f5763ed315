"""The README's two commands and CI stay in step."""

from __future__ import annotations

import argparse
import re

from reconcile.cli import build_parser

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


def test_the_commands_table_names_every_option() -> None:
    """Each row of the README's command table names exactly the options of its command (--help and --quiet, which
    every command takes, are said below the table), and every command has a row."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `reconcile ([a-z-]+)([^`]*)` \|", text, re.MULTILINE)
    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert sorted(name for name, _ in rows) == sorted(commands)
    for name, usage in rows:
        documented = set(re.findall(r"--[a-z][a-z-]*", usage))
        options = {option for action in commands[name]._actions for option in action.option_strings
                   if option.startswith("--")} - {"--help", "--quiet"}
        assert documented == options, f"{name}: missing {options - documented}, unknown {documented - options}"
