"""The ``reconcile`` command: the only module that reads argv, prints and sets exit codes.

Exit codes: 0 success, 1 internal error (a bug: please report it), 2 bad input (every problem is listed), 141 when
the program reading the output stops before the end (as for a program ended by SIGPIPE).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

import attrs

from reconcile import _gc, regional
from reconcile._parallel import setting_problem
from reconcile._version import __version__
from reconcile.changes import CHANGE_LABELS, compare, counts_text
from reconcile.errors import CaseError, OutputError, Problem, ReconcileError
from reconcile.load import Limits, load_case, tables_not_read
from reconcile.models import CHANGE_KINDS, CONFLICT_KINDS, GRADES, SOURCE_KINDS, Case, Change, Event, Reconciliation
from reconcile.output import Writer, not_a_folder, write_outputs
from reconcile.serialize import changes_data, read_json, write_events_csv, write_json

if TYPE_CHECKING:
    from reconcile._user_rules import UserRules
    from reconcile.engine import Engine
    from reconcile.notes import Note

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2
#: What a shell reports for a program ended by SIGPIPE, as ``yes | head`` ends ``yes``.
EXIT_CLOSED_PIPE = 141

_EPILOG = """\
examples:
  reconcile run claims/2012-tavush-qazakh
  reconcile explain claims/2012-tavush-qazakh am-mod/am-2012-06-05 az-mod/az-confirm-2012-06-05
  reconcile validate claims/2012-tavush-qazakh
  reconcile validate --format json claims/my-case
  reconcile diff old/reconciliation.json reports/2012-tavush-qazakh/reconciliation.json
  reconcile new claims/my-case --title "My case" --party armenia --party azerbaijan
  reconcile add-source claims/my-case am-mod --kind belligerent --speaks-for armenia
  reconcile template csv claims/my-case > my-source.csv
  reconcile schema source > source.schema.json
  reconcile sources claims/2012-tavush-qazakh

progress goes to stderr when it is a terminal (silence it with --quiet); colour only on a terminal and never
when NO_COLOR is set; results on stdout, problems on stderr

exit codes: 0 ok, 1 internal error, 2 bad input (every problem is listed, as file:line: field: message), 141 when
the program reading the output closes it early (as in reconcile sources --json CASE | head)
"""


_LIMIT_NAMES = tuple(field.name for field in attrs.fields(Limits))
_LIMIT_HELP = (f"change a loader limit (repeatable): {', '.join(_LIMIT_NAMES)}; defaults "
               + ", ".join(f"{field.name}={field.default:_}" for field in attrs.fields(Limits)))


_RULES_HELP = ("use your own rules, from a Python file or an importable module: its RULES (a reconcile.Rules) and "
               "MATCH_CONFIG (a reconcile.MatchConfig), or the one value named after a colon "
               "(my_rules.py:STRICT, myorg.rules:WIDE); repeat it to take the Rules and the MatchConfig from "
               "different places (docs/merge-rules.md, section 8)")


def _limit(text: str) -> tuple[str, int]:
    name, _, value = text.partition("=")
    if name not in _LIMIT_NAMES:
        raise argparse.ArgumentTypeError(f"unknown limit {name!r}; expected one of {', '.join(_LIMIT_NAMES)}")
    try:
        number = int(value.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{name}: expected a whole number, got {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{name}: a limit cannot be negative")
    return name, number


def _limits(given: Sequence[tuple[str, int]]) -> Limits:
    return Limits(**dict(given))


def _count(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {number}")
    return number


def _path(text: str) -> str:
    """A path argument or option, refused when empty or only whitespace: an empty path would silently mean the
    current folder (``CASE_DIR``, ``--previous``) or the default (``--out``, ``--templates``)."""
    return _given(text, "a path")


def _value(text: str) -> str:
    """Any other text argument or option, refused when empty or only whitespace (``--id ""`` would silently mean
    the folder's name, ``--timestamp ""`` now)."""
    return _given(text, "a value")


def _word(text: str) -> str:
    """A word of a fixed list (``--kind``), read in any letter case and with spaces around it, as claim files read
    it."""
    return _value(text).strip().lower()


def _given(text: str, what: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError(f"expected {what}, got {'nothing' if not text else 'only whitespace'} "
                                         f"({text!r})")
    return text


def _engine(args: argparse.Namespace) -> Engine | None:
    """The engine of ``run --engine``: ``None`` (this process) for local; for dask, the cluster at ``--scheduler``
    or a local cluster of ``--workers`` processes, started and stopped by the run. `ReconcileError` (exit 2) when
    the options do not fit together or Dask is not installed."""
    if args.engine == "local":
        if args.scheduler is not None or args.workers is not None:
            raise ReconcileError("--scheduler and --workers go with --engine dask")
        return None
    if args.scheduler is not None and args.workers is not None:
        raise ReconcileError("--workers starts a local cluster; a cluster given by --scheduler has its own workers")
    from reconcile.engine import DaskEngine

    return DaskEngine(scheduler=args.scheduler, workers=2 if args.workers is None else args.workers)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reconcile",
        description="Reconcile conflicting source claims about the same incidents.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"reconcile {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="print no progress and no summary; problems still go to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # --quiet is accepted after the command too; SUPPRESS keeps the subcommand from resetting a global --quiet.
    quiet = argparse.ArgumentParser(add_help=False)
    quiet.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                       help="print no progress and no summary; problems still go to stderr")
    # run, explain and validate take the user's rules the same way, so that one command line serves all three.
    user_rules = argparse.ArgumentParser(add_help=False)
    user_rules.add_argument("--rules", action="append", metavar="FILE.py[:NAME]|MODULE[:NAME]", type=_value,
                            help=_RULES_HELP)

    validate = commands.add_parser(
        "validate",
        parents=[quiet, user_rules],
        help="check a case folder and list every problem",
        description="Read a case folder (case.yaml, gazetteer.yaml, one file per source) and check it against the "
        "claim format. Prints a summary when the case is valid, or every problem found; notes on stderr name valid "
        "claims that are very likely not what was meant, with what to write instead (docs/errors.md, Notes).",
        epilog="examples:\n  reconcile validate claims/2012-tavush-qazakh\n"
        "  reconcile validate --format json claims/my-case > problems.json\n"
        "  reconcile validate claims/my-case --rules my_rules.py   # also check the rules a run would use\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    validate.add_argument("case_dir", metavar="CASE_DIR", type=_path, help="the case folder")
    validate.add_argument("--limit", action="append", default=[], metavar="NAME=VALUE", type=_limit,
                          help=_LIMIT_HELP)
    validate.add_argument("--format", choices=("text", "json"), default="text",
                          help="text for people (default), json for pipelines and editors")

    run = commands.add_parser(
        "run",
        parents=[quiet, user_rules],
        help="reconcile a case and write reconciliation.json, events.csv and report.html",
        description="Read a case folder, match the claims that describe the same incident, merge them into events "
        "and write the results into the output folder: reconciliation.json (the complete, documented result), "
        "events.csv (one row per event, party, category and measure) and report.html (the discrepancy report). "
        "When the output folder already holds a reconciliation.json, the run is compared with it: what changed "
        "(new events, events that gained claims, moved figures, conflicts opened or resolved, ...) is listed in "
        "the report and the JSON. The events do not depend on the earlier output. "
        "Nothing is written when the case has problems.",
        epilog="examples:\n  reconcile run claims/2012-tavush-qazakh\n"
        "  reconcile run claims/my-case --out results/ --keep-going\n"
        "  reconcile run claims/my-case --previous archive/reconciliation.json\n"
        "  reconcile run claims/my-case --rules my_rules.py   # its RULES and MATCH_CONFIG (docs/merge-rules.md)\n"
        "  reconcile run claims/my-case --rules my_rules.py:STRICT --out reports/strict\n"
        "  SOURCE_DATE_EPOCH=0 reconcile run claims/my-case   # reproducible output\n"
        "  reconcile run claims/my-case --engine dask --workers 4   # on a local Dask cluster of 4 processes\n"
        "  reconcile run claims/my-case --engine dask --scheduler tcp://scheduler:8786   # on a running cluster\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("case_dir", metavar="CASE_DIR", type=_path, help="the case folder")
    run.add_argument("--out", metavar="DIR", type=_path, help="output folder (default: reports/<case id>/)")
    run.add_argument("--limit", action="append", default=[], metavar="NAME=VALUE", type=_limit, help=_LIMIT_HELP)
    run.add_argument("--keep-going", action="store_true",
                     help="reject claims that have problems (listed in the output with their reasons) and "
                     "reconcile the rest, instead of stopping")
    run.add_argument("--templates", metavar="DIR", type=_path, help="render report.html with your own Jinja2 templates")
    run.add_argument("--full-report", action="store_true",
                     help="give every event a full card in report.html, however many there are (by default, above "
                          "1,000 events those without a conflict are one row each, above 1,000 cards the cards are "
                          "brief, and above 5,000 events with a conflict those are rows too: docs/report.md)")
    earlier = run.add_mutually_exclusive_group()
    earlier.add_argument("--previous", metavar="FILE", type=_path,
                         help="list what changed since this earlier reconciliation.json, or the one in this earlier "
                         "output folder (default: the one in the output folder, if there is one)")
    earlier.add_argument("--no-previous", action="store_true",
                         help="do not compare with an earlier output, even if the output folder holds one")
    run.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="where matching and merging run: in this process (local, the default) or on a Dask "
                     "cluster (needs pip install 'reconcile[dask]'); the results are the same (docs/engines.md)")
    run.add_argument("--scheduler", metavar="ADDRESS", type=_value,
                     help="with --engine dask: the address of a running dask.distributed scheduler")
    run.add_argument("--workers", metavar="N", type=_count,
                     help="with --engine dask and no --scheduler: the worker processes of the local cluster "
                     "started for the run (default 2)")
    explain = commands.add_parser(
        "explain",
        parents=[quiet, user_rules],
        help="say why two claims were (or were not) matched into one event",
        description="Score the pair of claims as the matcher does and print each feature's contribution (in "
        "log-odds), the total against the threshold, and whether the claims share an event, and why not where "
        "they don't. Claims are named by global id, <source id>/<claim id>, or by the claim id alone where only one "
        "source of the case has it (where several do, the message names them).",
        epilog="examples:\n  reconcile explain claims/2012-tavush-qazakh am-mod/am-2012-06-05 "
        "az-mod/az-confirm-2012-06-05\n"
        "  reconcile explain claims/2012-tavush-qazakh am-2012-06-05 az-confirm-2012-06-05\n"
        "  reconcile explain claims/my-case a/1 b/1 --rules my_rules.py   # scored with its MATCH_CONFIG\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    explain.add_argument("case_dir", metavar="CASE_DIR", type=_path, help="the case folder")
    explain.add_argument("claim_a", metavar="CLAIM_A", type=_value,
                         help="a global claim id, e.g. am-mod/am-2012-06-05, or the claim id alone "
                         "(am-2012-06-05) where one source alone has it")
    explain.add_argument("claim_b", metavar="CLAIM_B", type=_value, help="another claim, named the same way")

    diff = commands.add_parser(
        "diff",
        parents=[quiet],
        help="say what changed between two reconciliation.json files",
        description="Compare two outputs of reconcile run (reconciliation.json files, usually of one case) and "
        "list what changed from the first to the second: new events, events that gained claims, moved "
        "figures, conflicts opened or resolved, changed grades, superseded, removed or rejected claims, and "
        "events merged, split or renamed. Exits 0 whatever changed; 2 when a file cannot be read.",
        epilog="examples:\n  reconcile diff old/reconciliation.json reports/my-case/reconciliation.json\n"
        "  reconcile diff --json old.json new.json > changes.json\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    diff.add_argument("old", metavar="OLD", type=_path,
                      help="the earlier reconciliation.json (or the output folder that holds it)")
    diff.add_argument("new", metavar="NEW", type=_path,
                      help="the later reconciliation.json (or the output folder that holds it)")
    diff.add_argument("--json", action="store_true", help="print the changes as JSON, for machines")

    run.add_argument("--timestamp", metavar="ISO", type=_value,
                     help="the run time recorded in the outputs (default: $SOURCE_DATE_EPOCH if set, else now); "
                     "its day is also the run's day, after which no claim may be stated (a day more is allowed for "
                     "time zones; default: today in UTC)")

    new = commands.add_parser(
        "new",
        parents=[quiet],
        help="create a case folder with its case.yaml",
        description="Create a case folder and its case.yaml, naming the case and its parties. The file starts "
        "with a yaml-language-server line so that editors validate and complete it; the JSON Schemas are copied "
        "into the folder's hidden .schemas/ folder. Nothing is overwritten.",
        epilog="example:\n  reconcile new claims/2020-tavush --title \"July 2020 Tavush clashes\" "
        "--party armenia=Armenia --party azerbaijan=Azerbaijan\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    new.add_argument("case_dir", metavar="CASE_DIR", type=_path,
                     help="the folder to create (its name is the case id)")
    new.add_argument("--title", required=True, type=_value, help="the case's title, for reports")
    new.add_argument("--party", action="append", required=True, metavar="ID[=NAME]", type=_value,
                     help="a party of the conflict (repeat for each party)")
    new.add_argument("--id", dest="case_id", metavar="CASE_ID", type=_value,
                     help="the case id, if not the folder's name")

    add_source = commands.add_parser(
        "add-source",
        parents=[quiet],
        help="add a source file with one commented example claim",
        description="Add <ID>.yaml to a case: the source's header (id, name, kind, the party it speaks for) and "
        "one example claim, commented out, to copy for each statement. Nothing is overwritten.",
        epilog="example:\n  reconcile add-source claims/2020-tavush am-mod --kind belligerent "
        "--speaks-for armenia --name \"Ministry of Defence of Armenia\"\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_source.add_argument("case_dir", metavar="CASE_DIR", type=_path, help="the case folder")
    add_source.add_argument("source_id", metavar="ID", type=_value, help="the source's id (also the file's name)")
    add_source.add_argument("--kind", required=True, choices=SOURCE_KINDS, type=_word,
                            help="what kind of source it is: belligerent (a party's own body: a ministry, an army, a "
                            "spokesperson; give --speaks-for), monitor (a neutral mission counting what it verifies), "
                            "media, or analyst (docs/claim-format.md)")
    add_source.add_argument("--name", type=_value, help="the source's full name (default: its id)")
    add_source.add_argument("--speaks-for", metavar="PARTY", type=_value, help="the party id the source speaks for")

    template = commands.add_parser(
        "template",
        parents=[quiet],
        help="print a CSV header and example row for spreadsheet users",
        description="Print a CSV header (with killed and wounded columns for each party and category) and one "
        "example row, for analysts who transcribe statements in a spreadsheet. With CASE_DIR the parties are "
        "the case's; otherwise give --party.",
        epilog="examples:\n  reconcile template csv claims/2012-tavush-qazakh > my-source.csv\n"
        "  reconcile template csv --party armenia --party azerbaijan > my-source.csv\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    template.add_argument("format", choices=("csv",), help="the template's format")
    template.add_argument("case_dir", metavar="CASE_DIR", nargs="?", type=_path,
                          help="take the parties from this case")
    template.add_argument("--party", action="append", default=[], metavar="ID", type=_value,
                          help="a party id (repeatable)")

    sources = commands.add_parser(
        "sources",
        parents=[quiet],
        help="print each source's track record across one or several cases",
        description="Reconcile each case and print, per source, how often its figures fell inside the final "
        "[low, high], how often it revised a statement or had its denials contradicted by its own later word, and "
        "an advisory truth-discovery score (docs/independence.md). Sources are matched across cases by id.",
        epilog="examples:\n  reconcile sources claims/2012-tavush-qazakh\n"
        "  reconcile sources claims/case-a claims/case-b --json\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sources.add_argument("case_dirs", metavar="CASE_DIR", nargs="+", type=_path,
                         help="one or more case folders (a folder named twice is read once)")
    sources.add_argument("--json", action="store_true", help="print the records as JSON, for machines")

    schema = commands.add_parser(
        "schema",
        parents=[quiet],
        help="print the JSON Schema of case.yaml, source files or gazetteer.yaml",
        description="Print one of the JSON Schemas that describe claim files, for editors and data pipelines.",
        epilog="example:\n  reconcile schema source > source.schema.json\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    schema.add_argument("kind", choices=("case", "source", "gazetteer"), help="which file's schema")
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    for stream in (out, err):
        _replace_unencodable(stream)
    try:
        code = _main(argv, out, err)
        out.flush()
    except BrokenPipeError:  # the reader went away (``reconcile sources --json CASE | head``): stop quietly
        _discard(out)
        return EXIT_CLOSED_PIPE
    return code


def _replace_unencodable(stream: TextIO) -> None:
    """Let ``stream`` write a character its encoding lacks as a backslash escape instead of failing."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and getattr(stream, "errors", None) == "strict":
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="backslashreplace")


def _discard(stream: TextIO) -> None:
    """Point the closed ``stream`` at the null device, so that what is still buffered goes nowhere on exit."""
    with contextlib.suppress(ValueError, OSError):
        descriptor = os.open(os.devnull, os.O_WRONLY)
        os.dup2(descriptor, stream.fileno())
        os.close(descriptor)


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """``parser.parse_args(argv)``, but a folder given after an option is taken for the command's folder argument
    where argparse leaves it over: ``template csv --party x CASE_DIR`` (an optional positional is matched, empty,
    before the option) and ``sources CASE_DIR --json CASE_DIR`` (the folders before the option are matched
    alone). Anything else left over is refused as before."""
    args, extras = parser.parse_known_args(argv)
    folders = [extra for extra in extras if not extra.startswith("-")]
    if extras and len(folders) == len(extras):
        try:
            if args.command == "template" and args.case_dir is None and len(folders) == 1:
                args.case_dir = _path(folders[0])
                return args
            if args.command == "sources":
                args.case_dirs = [*args.case_dirs, *map(_path, folders)]
                return args
        except argparse.ArgumentTypeError as exc:
            parser.error(f"argument CASE_DIR: {exc}")
    if extras:
        parser.error(f"unrecognized arguments: {' '.join(extras)}")
    return args


def _main(argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    parser = build_parser()
    args = _parse(parser, argv)
    if args.command is None:
        parser.print_help(out)
        return EXIT_BAD_INPUT
    try:
        if args.command in ("run", "explain", "sources") and (problem := setting_problem()) is not None:
            raise ReconcileError(problem)  # before any work: nothing is read or written
        if args.command == "validate":
            return _validate(args.case_dir, args.format, out, err, _limits(args.limit), quiet=args.quiet,
                             user=_user_rules(args))
        if args.command == "run":
            return _run(args, out, err)
        if args.command == "explain":
            return _explain(args, out, err)
        if args.command == "diff":
            return _diff(args, out)
        if args.command == "sources":
            return _sources(args, out, err)
        if args.command in ("new", "add-source", "template", "schema"):
            return _author(args, out, err)
    except BrokenPipeError:
        raise
    except ReconcileError as exc:  # a deliberate error not handled by its command
        print(_style(err, f"reconcile: {exc}", _RED), file=err)
        return EXIT_BAD_INPUT
    except Exception as exc:  # pragma: no cover - a bug; say so instead of showing a traceback
        print(f"reconcile: internal error: {type(exc).__name__}: {exc}\n"
              "This is a bug in reconcile; please report it with the command you ran.", file=err)
        return EXIT_INTERNAL
    parser.error(f"unknown command {args.command!r}")  # pragma: no cover - argparse rejects it first


def _validate(case_dir: str, fmt: str, out: TextIO, err: TextIO, limits: Limits, *, quiet: bool = False,
              user: UserRules | None = None) -> int:
    """Check the case; ``quiet`` leaves out the text summary (of a valid case, or the count of problems): the
    problems themselves, the exit code and a requested JSON document stay. ``user``, the rules of ``--rules``, were
    loaded and checked before (a problem with them stops the command first); the summary names them."""
    not_read = tables_not_read(case_dir)
    try:
        case = load_case(case_dir, limits=limits, run_day=_run_day(None))
    except CaseError as exc:
        if fmt == "json":
            _print_json({"valid": False, "problems": [
                {"file": p.file, "line": p.line, "field": p.field, "claim": p.claim, "message": p.message}
                for p in exc.problems], "not_read": not_read, "notes": []}, out)
        else:
            _print_problems(err, exc)
            count = len(exc.problems)
            if not quiet:
                _print_not_read(err, not_read)
                print(f"{_folder_label(case_dir)}: {count} problem{'s' if count != 1 else ''}; the case is not valid",
                      file=err)
        return EXIT_BAD_INPUT
    notes = _case_notes(case)
    if fmt == "json":
        rules = {} if user is None else {"rules": list(user.origins)}
        _print_json({"valid": True, "case": case.id, "problems": [], **_summary_data(case), "not_read": not_read,
                     "notes": [attrs.asdict(note) for note in notes], **rules}, out)
    elif not quiet:
        _print_not_read(err, not_read)
        _print_notes(err, notes)
        print(_summary_text(case, user), file=out)
    return EXIT_OK


def _print_not_read(err: TextIO, not_read: Sequence[str]) -> None:
    """A note on each spreadsheet in the case folder, which is not read: a source kept only as a workbook is
    otherwise missing from the result without a word."""
    for name in not_read:
        print(_style(err, _shown(f"note: {name} is not read: claim files are .yaml, .yml, .json or .csv; save it "
                                 "as \"CSV UTF-8\" with commas between the columns to read it"), _YELLOW), file=err)


def _case_notes(case: Case, events: Sequence[Event] | None = None) -> tuple[Note, ...]:
    """The notes on the case's gazetteer (`reconcile.load.gazetteer_notes`), then on its claims
    (`reconcile.notes.case_notes`, with the run's ``events`` where there are), each at the line of the field it is
    about (`reconcile.load.field_lines`), not at the line its claim starts on."""
    from reconcile.load import field_lines, gazetteer_notes
    from reconcile.notes import case_notes

    notes = case_notes(case, events)
    lines = field_lines(case, [(note.claim, note.field) for note in notes]) if notes else {}
    return (*gazetteer_notes(case),
            *(attrs.evolve(note, line=lines.get((note.claim, note.field), note.line)) for note in notes))


def _print_notes(err: TextIO, notes: Sequence[Note]) -> None:
    """Each note on a legal claim that is very likely not what its author meant (`reconcile.notes`), one a line:
    where, which claim and field, what the engine does and what to write instead."""
    for note in notes:
        where = f"{note.file}:{note.line}" if note.line else note.file
        claim = f"{note.claim}: " if note.claim else ""  # none on a note on the gazetteer (`load.gazetteer_notes`)
        print(_style(err, _shown(f"note: {where}: {claim}{note.field}: {note.message}"), _YELLOW), file=err)


def _timestamp(given: str | None) -> str:
    """The run's time: the given text (checked), else $SOURCE_DATE_EPOCH (reproducible builds), else now, in UTC."""
    if given is not None:
        try:
            moment = dt.datetime.fromisoformat(given)
        except ValueError:
            raise ReconcileError(f"--timestamp: not an ISO date and time (got {given!r})") from None
    elif os.environ.get("SOURCE_DATE_EPOCH"):
        epoch = os.environ["SOURCE_DATE_EPOCH"]
        try:
            moment = dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
        except (ValueError, OverflowError, OSError):
            raise ReconcileError(f"SOURCE_DATE_EPOCH: not a number of seconds (got {epoch!r})") from None
    else:
        moment = dt.datetime.now(tz=dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _run_day(timestamp: str | None) -> dt.date:
    """The run's day in UTC, after which no claim may be stated (`load_case`'s ``run_day``): the day of the given
    ``--timestamp``, else today. Not $SOURCE_DATE_EPOCH's, which pins the time recorded for reproducible output
    (often 1970), not the day the claims are read."""
    if timestamp is None:
        return dt.datetime.now(tz=dt.UTC).date()
    return dt.date.fromisoformat(_timestamp(timestamp)[:10])


def _check_out(folder: Path, case_dir: str) -> None:
    """`ReconcileError` when the output folder is the case folder, where the next run would read the outputs as
    claim files."""
    case = Path(case_dir)
    try:
        same = folder.exists() and case.exists() and os.path.samefile(folder, case)
    except OSError:
        same = False
    if same or folder.resolve() == case.resolve():
        raise ReconcileError(f"the output folder {folder} is the case folder {case_dir}: the next run would read "
                             "the outputs as claim files; choose another folder with --out")
    # A file where the folder should be is told now, not after the case has been read and reconciled.
    if problem := not_a_folder(folder):
        raise ReconcileError(f"cannot create the output folder {folder}: {problem}; choose another --out (nothing "
                             "was written)")


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    generated = _timestamp(args.timestamp)
    if args.out is not None:
        _check_out(Path(args.out), args.case_dir)
    engine = _engine(args)  # before reading: a missing Dask or a wrong option is told at once
    user = _user_rules(args)  # so are rules that cannot be loaded
    progress = _Progress(err, enabled=not args.quiet, stages=4)
    try:
        return _run_stages(args, out, err, progress, generated=generated, engine=engine, user=user)
    finally:
        progress.end()  # a run an error stopped: the bar's line is cleared, so the message has a line of its own


def _run_stages(args: argparse.Namespace, out: TextIO, err: TextIO, progress: _Progress, *, generated: str,
                engine: Engine | None, user: UserRules | None) -> int:
    """`_run` from reading the case on, each stage shown by ``progress``."""
    progress.stage("reading claim files")
    try:
        case = load_case(args.case_dir, on_bad_claim="reject" if args.keep_going else "error",
                         limits=_limits(args.limit), run_day=_run_day(args.timestamp))
    except CaseError as exc:
        progress.done()
        _print_problems(err, exc)
        count = len(exc.problems)
        hint = "" if args.keep_going else _keep_going_hint(exc)
        print(f"{_folder_label(args.case_dir)}: {count} problem{'s' if count != 1 else ''}; nothing written{hint}",
              file=err)
        return EXIT_BAD_INPUT
    folder = Path(args.out) if args.out is not None else Path("reports") / case.id
    if args.out is None:
        _check_out(folder, args.case_dir)
    previous = _previous(args, folder, case)
    # Imported here: `validate` should not pay for loading the matcher, the gazetteer and Jinja2.
    from reconcile.pipeline import reconcile
    from reconcile.render import write_report
    from reconcile.report import BRIEF_ABOVE, COMPACT_ABOVE, ROWS_ABOVE
    from reconcile.track_records import track_records

    progress.stage(f"matching and merging {len(case.claims):,} claims")
    config, rules = (None, None) if user is None else (user.config, user.rules)
    try:
        # The worker processes of a local Dask cluster import the rules' modules by name, from the path they inherit.
        with contextlib.nullcontext() if user is None or engine is None else user.importable():
            if previous is None:
                reconciliation = reconcile(case, config=config, rules=rules, engine=engine)
            else:
                reconciliation = reconcile(case, config=config, rules=rules, previous=previous.reconciliation,
                                           since=previous.generated, engine=engine)
    except Exception as exc:
        if user is None:
            raise
        raise ReconcileError(_rules_failure(exc, user)) from None
    progress.stage(f"rendering {len(reconciliation.events):,} events")
    templates = Path(args.templates) if args.templates is not None else None
    # --full-report: every event a full card; else large reports get compact rows and brief cards (docs/report.md).
    compact_above, brief_above, rows_above = ((None, None, None) if args.full_report
                                              else (COMPACT_ABOVE, BRIEF_ABOVE, ROWS_ABOVE))
    # The reconciliation lives on while the outputs are written: the cyclic garbage collector need not walk its
    # millions of objects again and again (a third of the output stage's time at 100k claims). Nor need it walk
    # what the writers keep till the end, such as the basis of every figure (twelve full collections, 6 s at a
    # million claims): the collector is paused while they run.
    with _gc.paused():
        gc.freeze()
        try:
            records = track_records([reconciliation])  # in the report and the JSON: seconds on a large case, so once
            # Each file is streamed into a staging folder and moved into place only once all three are whole: a
            # template that breaks halfway through the report leaves the earlier output as it was.
            writers: dict[str, Writer] = {
                "events.csv": lambda handle: write_events_csv(reconciliation, handle),
                "report.html": lambda handle: write_report(reconciliation, handle, generated=generated,
                                                           templates=templates, records=records,
                                                           compact_above=compact_above, brief_above=brief_above,
                                                           rows_above=rows_above),
                # Moved into place last: it is the state the next run compares with, so if a move fails, the next run
                # still lists the changes since the output the report was written for.
                "reconciliation.json": lambda handle: write_json(reconciliation, handle, generated=generated,
                                                                 records=records),
            }
            progress.stage(f"writing {folder}")
            write_outputs(folder, writers)
        finally:
            gc.unfreeze()
    progress.done()
    if previous is not None and any(change.kind == "rules-changed" for change in reconciliation.changes):
        print(_style(err, _shown(_rules_changed_note(previous, reconciliation, user)), _YELLOW), file=err)
    if not args.quiet:
        _print_not_read(err, tables_not_read(args.case_dir))
        _print_notes(err, _case_notes(case, reconciliation.events))
    for rejected in case.rejected:
        where = f"{rejected.file}:{rejected.line}" if rejected.line else rejected.file
        print(_style(err, f"{_shown(where)}: rejected {_shown(rejected.claim or 'a claim')}: "
                          f"{_shown_lines(rejected.reason)}", _YELLOW), file=err)
    if not args.quiet:
        print(_run_summary(reconciliation, folder, writers, None if previous is None else previous.path, user),
              file=out)
    return EXIT_OK


def _rules_failure(exc: Exception, user: UserRules) -> str:
    """A run with the user's rules that failed, as the message to print: a rule's result the merge refused, or an
    exception raised inside the user's code, names the rules given; anything else is a bug of reconcile, raised
    again."""
    from reconcile._user_rules import rule_failure
    from reconcile.merge import MergeError

    # A rule's result the merge refuses; other MergeErrors (a group naming claims the case lacks) are reconcile's.
    if isinstance(exc, MergeError) and user.rules is not None and str(exc).startswith(("casualty rule ",
                                                                                        "grading rule ")):
        return (f"--rules {' '.join(user.specs)}: {exc}; nothing was written (docs/testing-rules.md shows how to "
                "property-test a rule)")
    failure = rule_failure(exc, user) or user.not_importable(exc)
    if failure is None:
        raise exc
    return f"{failure}; nothing was written"


def _rules_changed_note(previous: _Earlier, now: Reconciliation, user: UserRules | None) -> str:
    """Why the changes of a run compared with an output made under other rules are not only the claim files', and
    how to compare like with like."""
    from reconcile.changes import custom_rules, rules_difference

    named = rules_difference(previous.reconciliation.methodology, now.methodology)
    then = custom_rules(previous.reconciliation.methodology)
    if then:
        same = "run with --rules naming the file that defines " + ", ".join(then.values())
    else:
        same = "run with the rules that run used" + (" (the defaults, if it had no --rules)" if user else "")
    return (f"note: the earlier output {previous.path} was made under other matching or merge rules than this run"
            f"{' (' + named + ')' if named else ''}: the changes listed come from the rules as well as from the "
            f"claim files. To see what the claim files changed, {same}; to compare with nothing, --no-previous")


# --- terminal niceties: progress and colour, only for people at a terminal -------------------------------------

_RED = "31"
_YELLOW = "33"


def _folder_label(case_dir: str) -> str:
    """A case folder as a summary line names it: as given, or by its name where what was given has none (``.``,
    ``..``), as the problem lines name the files in it."""
    path = Path(case_dir)
    return case_dir if path.name not in ("", ".", "..") else path.resolve().name or case_dir


def _keep_going_hint(exc: CaseError) -> str:
    """What --keep-going would do about the problems of ``exc``: reject the claims that have one and reconcile the
    rest, when every problem is a claim's; nothing when none is (a broken case.yaml, a file that does not parse:
    --keep-going stops on them too); both, when there are both."""
    if not exc.claim_problems:
        return ""
    files = len(exc.problems) - len(exc.claim_problems)
    if not files:
        return " (--keep-going rejects bad claims and reconciles the rest)"
    return (f" (--keep-going rejects bad claims, but the {files} problem{'s' if files != 1 else ''} of whole files "
            "must be fixed first)")


def _print_problems(err: TextIO, exc: CaseError) -> None:
    """Every problem of a case, one per line, on stderr (red on a terminal)."""
    for problem in exc.problems:
        print(_style(err, _problem_line(problem), _RED), file=err)


def _problem_line(problem: Problem) -> str:
    """``problem`` as one printed line (`Problem.__str__`), whatever its file's name holds: a line break in a
    name would otherwise split it in two, and the second line read as another problem."""
    where = f"{_shown(problem.file)}:{problem.line}" if problem.line else _shown(problem.file)
    message = _shown_lines(problem.message)
    return f"{where}: {_shown(problem.field)}: {message}" if problem.field else f"{where}: {message}"


def _shown(text: str) -> str:
    """``text`` from a claim file, safe to print: each character that is not printable (a terminal escape, a line
    break, a direction override) is written as its escape, as problems show values (``\\x1b``)."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def _shown_lines(text: str) -> str:
    """`_shown` for each line of ``text``, keeping its line breaks."""
    return "\n".join(map(_shown, text.split("\n")))


_NOT_ASCII_TEXT: Final = re.compile(r"[^\x20-\x7e\n]+")


def _print_json(data: object, out: TextIO) -> None:
    """``data`` as indented JSON on ``out``, each character that is not printable written as a ``\\u`` escape."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    out.write(_NOT_ASCII_TEXT.sub(_json_escapes, text))
    out.write("\n")


def _json_escapes(match: re.Match[str]) -> str:
    run = match.group()
    if run.isprintable():
        return run
    return "".join(char if char.isprintable() else json.dumps(char)[1:-1] for char in run)


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _style(stream: TextIO, text: str, colour: str) -> str:
    """``text`` in colour when ``stream`` is a terminal and neither NO_COLOR nor TERM=dumb says otherwise."""
    if not _is_terminal(stream) or "NO_COLOR" in os.environ or os.environ.get("TERM") == "dumb":
        return text
    return f"\x1b[{colour}m{text}\x1b[0m"


class _Progress:
    """Stage lines with a bar on stderr, redrawn in place; silent unless stderr is a terminal (and not --quiet).

    A stage line appears only once the run has taken more than a moment, so quick runs stay quiet.
    """

    def __init__(self, stream: TextIO, *, enabled: bool, stages: int) -> None:
        self.stream = stream
        self.enabled = enabled and _is_terminal(stream)
        self.stages = stages
        self.number = 0
        self.started = time.monotonic()
        self.shown = False

    def stage(self, label: str) -> None:
        self.number += 1
        if not self.enabled or (time.monotonic() - self.started < 0.5 and self.number == 1):
            return
        filled = round(20 * (self.number - 1) / self.stages)
        bar = "#" * filled + "-" * (20 - filled)
        self.stream.write(f"\r\x1b[K[{bar}] {self.number}/{self.stages} {label}...")
        self.stream.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            elapsed = time.monotonic() - self.started
            self.stream.write(f"\r\x1b[K[{'#' * 20}] done in {elapsed:.1f} s\n")
            self.stream.flush()
            self.shown = False

    def end(self) -> None:
        """Clear a stage line still shown (an error stopped the run before `done`): what is printed next, such as
        the error, starts a line of its own instead of following the bar."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


#: What the columns of ``reconcile sources`` count (docs/independence.md, "Source track records").
_SOURCES_LEGEND = (
    "figures within: of its figures that another origin also gives, how many lie inside the event's final "
    "[low, high] (- when none is compared)\n"
    "revised: its claims it replaced itself (superseded, or a figure updated by a later statement)\n"
    "denials contradicted: of its denials, how many its own later word contradicts (- when it denies nothing)\n"
    "score: advisory truth-discovery score (docs/independence.md); it never changes ranges or grades"
)


def _sources(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from reconcile.pipeline import reconcile
    from reconcile.track_records import track_records

    results = []
    folders: dict[str, str] = {}  # case id -> the folder it was read from
    for case_dir in _distinct_folders(args.case_dirs, err):
        try:
            case = load_case(case_dir, run_day=_run_day(None))
        except CaseError as exc:
            _print_problems(err, exc)
            count = len(exc.problems)
            print(f"{_folder_label(case_dir)}: {count} problem{'s' if count != 1 else ''}; nothing computed", file=err)
            return EXIT_BAD_INPUT
        if case.id in folders:  # a copy, or another version: both are read, as they may differ, but say so
            print(_style(err, f"reconcile: warning: {_shown(case_dir)} and {_shown(folders[case.id])} are both case "
                              f"{_shown(repr(case.id))} (a copy, or two versions of it?): a statement in both is "
                              "counted twice; give one of them", _YELLOW), file=err)
        folders.setdefault(case.id, case_dir)
        results.append(reconcile(case))
    records = track_records(results)
    if args.json:
        _print_json([attrs.asdict(record) for record in records], out)
        return EXIT_OK
    width = max((len(_shown(r.source)) for r in records), default=6)
    print(f"{'source':<{width}}  kind         statements  figures within  revised  denials contradicted  score",
          file=out)
    for r in records:
        within = f"{r.within}/{r.compared}" if r.compared else "-"
        denials = f"{r.contradicted}/{r.denials}" if r.denials else "-"
        score = f"{r.score:.2f}" if r.score is not None else "-"
        print(f"{_shown(r.source):<{width}}  {_shown(r.kind):<11}  {r.statements:>10}  {within:>14}  {r.revised:>7}  "
              f"{denials:>20}  {score:>5}", file=out)
    if not args.quiet:
        print(_SOURCES_LEGEND, file=out)
    return EXIT_OK


def _distinct_folders(case_dirs: Sequence[str], err: TextIO) -> list[str]:
    """``case_dirs`` without a folder named again, however spelled (``claims/x/``, ``./claims/x``, an absolute path,
    a link to it): its statements would be counted twice. Each one left out is named on stderr."""
    first: dict[object, str] = {}
    kept = []
    for case_dir in case_dirs:
        key = _folder_key(case_dir)
        if key in first:
            print(f"reconcile: {_shown(case_dir)} is the same case folder as {_shown(first[key])}; it is read once",
                  file=err)
            continue
        first[key] = case_dir
        kept.append(case_dir)
    return kept


def _folder_key(path: str) -> object:
    """What identifies the folder at ``path``: its device and inode (links followed), or for a path that cannot be
    read (refused when it is loaded) its absolute spelling."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return os.path.abspath(path)
    return (status.st_dev, status.st_ino)


def _author(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from reconcile.authoring import add_source, csv_template, new_case, schema_text, template_parties

    if args.command == "schema":
        out.write(schema_text(args.kind))
        return EXIT_OK
    if args.command == "template":
        parties = template_parties(Path(args.case_dir) if args.case_dir is not None else None, args.party)
        if not parties:
            raise ReconcileError("template csv: give CASE_DIR or at least one --party, so the casualty columns "
                                 "can name the parties")
        out.write(csv_template(parties))
        return EXIT_OK
    if args.command == "new":
        written = new_case(Path(args.case_dir), title=args.title, parties=args.party, case_id=args.case_id)
        if not args.quiet:
            csv_file = Path(args.case_dir) / "SOURCE_ID.csv"
            print(f"created {written[0]}; add under each party's aliases the other names sources use for it, then "
                  f"start a file per source: reconcile add-source {args.case_dir} SOURCE_ID --kind KIND (or reconcile "
                  f"template csv {args.case_dir} > {csv_file} for a spreadsheet)", file=out)
        return EXIT_OK
    path = add_source(Path(args.case_dir), args.source_id, kind=args.kind, name=args.name,
                      speaks_for=args.speaks_for)
    if not args.quiet:
        print(f"created {path}; copy its example claim for each statement, then: reconcile validate "
              f"{args.case_dir}", file=out)
        if args.kind == "belligerent" and args.speaks_for is None:
            print(f"note: {args.source_id} is a belligerent that speaks for no party; if it speaks for one, add "
                  "speaks_for: PARTY to its header, so that its figures are read as that side's", file=out)
    return EXIT_OK


@attrs.frozen
class _Earlier:
    """An earlier output read back: the reconciliation, its run time and where it was read from."""

    reconciliation: Reconciliation
    generated: str
    path: Path


def _previous(args: argparse.Namespace, folder: Path, case: Case) -> _Earlier | None:
    """The earlier output to compare with (``--previous``, else the output folder's), or ``None``.

    Raises `ReconcileError` when it exists but cannot be used: a run that cannot say what changed writes nothing.
    """
    if args.no_previous:
        return None
    given = args.previous is not None
    path = _output_file(Path(args.previous)) if given else folder / "reconciliation.json"
    if not given and not path.exists():
        if path.is_symlink():
            # A link to a file that is gone, or a loop of links: the user kept the earlier output elsewhere, and
            # replacing the link would lose where.
            raise ReconcileError(f"{path} is a symbolic link to {os.readlink(path)}, which cannot be read (it does "
                                 "not exist, or the links loop), so there is no earlier output to compare with; "
                                 "restore the file it names, or run again with --no-previous (the link is then "
                                 "replaced)")
        return None
    if not given and not path.is_file():
        # A named pipe there would be waited on forever; a folder could not be read (nor replaced).
        raise ReconcileError(f"{path} is not a file (a folder, a named pipe or a device), so it cannot be the "
                             "earlier output to compare with; move it away, or choose another --out")
    how = ("to compare with nothing, run again with --no-previous instead of --previous" if given else
           f"to reconcile without it, run again with --no-previous ({path} is then replaced)")
    try:
        previous, since = read_json(path)
    except OutputError as exc:
        raise ReconcileError(f"cannot compare with the earlier output: {exc}\n{how}") from None
    if previous.case.id != case.id:
        raise ReconcileError(f"the earlier output {path} is of case {previous.case.id!r}, not {case.id!r}; pass "
                             "--previous with an output of this case, or --no-previous")
    return _Earlier(previous, since, path)


def _output_file(path: Path) -> Path:
    """The ``reconciliation.json`` that ``path`` names: the file itself, or the one in an output folder (`run --out`
    names the folder, so a user names it again). A folder without one is refused, saying what is missing."""
    if not path.is_dir():
        return path
    inside = path / "reconciliation.json"
    if inside.exists() and not inside.is_file():
        raise ReconcileError(f"{inside} is not a file (a folder, a named pipe or a device), so it is no earlier "
                             "output: give an output folder of reconcile run, or the reconciliation.json in one")
    if not inside.is_file():
        raise ReconcileError(f"{path} is a folder without a reconciliation.json: give an output folder of "
                             "reconcile run, or the reconciliation.json in one")
    return inside


def _diff(args: argparse.Namespace, out: TextIO) -> int:
    old_path, new_path = _output_file(Path(args.old)), _output_file(Path(args.new))
    old, old_generated = read_json(old_path)
    new, new_generated = read_json(new_path)
    changes = compare(old, new)
    if args.json:
        _print_json({
            "old": {"file": str(old_path), "case": old.case.id, "generated": old_generated},
            "new": {"file": str(new_path), "case": new.case.id, "generated": new_generated},
            "changes": changes_data(changes),
        }, out)
        return EXIT_OK
    cases = _shown(old.case.id if old.case.id == new.case.id else f"{old.case.id} -> {new.case.id}")
    head = (f"{cases}: from {old_path} (generated {_shown(old_generated)}) to {new_path} "
            f"(generated {_shown(new_generated)})")
    print(head, file=out)
    print(_changes_text(changes), file=out)
    return EXIT_OK


def _changes_text(changes: Sequence[Change]) -> str:
    """Every change, grouped under the heading of its kind."""
    if not changes:
        return "no changes: the same events, claims, figures, conflicts and grades"
    count = len(changes)
    lines = [f"{count} change{'s' if count != 1 else ''}: {counts_text(changes)}"]
    for kind in CHANGE_KINDS:
        these = [change for change in changes if change.kind == kind]
        if these:
            lines.append(f"{CHANGE_LABELS[kind][0]}:")
            lines.extend(f"  - {_shown(change.summary)}" for change in these)
    return "\n".join(lines)


def _explain(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    user = _user_rules(args)
    try:
        case = load_case(args.case_dir, on_bad_claim="reject", run_day=_run_day(None))
    except CaseError as exc:
        _print_problems(err, exc)
        return EXIT_BAD_INPUT
    from reconcile.match import explain

    config = None if user is None else user.config
    if user is not None:
        # Only the matching takes part in whether two claims share an event: a Rules alone changes nothing here.
        print(_shown(f"matching: {_config_origin(user)}"), file=out)
    print(explain(case, args.claim_a, args.claim_b, config=config), file=out)
    return EXIT_OK


def _user_rules(args: argparse.Namespace) -> UserRules | None:
    """The rules of ``--rules``, loaded and checked (`RulesFileError`, exit 2, naming the file and the problem), or
    None without the option."""
    if not args.rules:
        return None
    from reconcile._user_rules import load_rules

    return load_rules(args.rules)


def _rules_text(user: UserRules) -> str:
    """The user's rules as the summaries name them: each value and its file, with the rules of its own it brings
    (``RULES from my_rules.py (casualty rule my_rules.capped), MATCH_CONFIG from my_rules.py``)."""
    from reconcile.changes import custom_rules

    parts = []
    if user.rules is not None and user.rules_from is not None:
        named = "; ".join(f"{kind} {name}" for kind, name in custom_rules(user.rules.describe()).items())
        parts.append(user.rules_from + (f" ({named})" if named else ""))
    if user.config_from is not None:
        parts.append(user.config_from)
    return ", ".join(parts)


def _config_origin(user: UserRules) -> str:
    """Where the matching configuration of a command with ``--rules`` comes from."""
    if user.config_from is None:
        return "the default MatchConfig (--rules gave none; merge rules do not change the matching)"
    return user.config_from


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def _run_summary(reconciliation: Reconciliation, folder: Path, files: Iterable[str], previous: Path | None,
                 user: UserRules | None = None) -> str:
    events = reconciliation.events
    kinds = Counter(conflict.kind for _, conflict in reconciliation.conflicts())
    grades = Counter(event.grade for event in events)
    case = reconciliation.case
    lines = [
        f"{case.id}: {_counted(len(case.claims), 'claim')} from {_counted(len(case.sources), 'source')} -> "
        f"{_counted(len(events), 'event')}",
        "grades: " + (", ".join(f"{grades[g]} {g}" for g in GRADES if grades[g]) or "none"),
        "conflicts: " + (", ".join(f"{kinds[k]} {k}" for k in CONFLICT_KINDS if kinds[k]) or "none"),
    ]
    if user is not None:
        lines.append(_shown(f"rules: {_rules_text(user)}"))
    if case.rejected:
        lines.append(f"rejected: {_counted(len(case.rejected), 'claim')} (see above and reconciliation.json)")
    if previous is not None:
        # An earlier output written through the Python API may have an empty `generated`: no time to name.
        lines.append(f"changes since {reconciliation.changes_since or 'the earlier run'} ({previous}): "
                     f"{counts_text(reconciliation.changes)}")
    lines.extend(f"wrote {folder / name}" for name in files)
    return "\n".join(lines)


def _summary_data(case: Case) -> dict[str, object]:
    per_source = Counter(claim.source for claim in case.claims)
    return {
        "parties": [party.id for party in case.parties],
        "sources": {source.id: per_source[source.id] for source in case.sources},
        "claims": len(case.claims),
        "gazetteer_entries": len(case.gazetteer),
        "regional_gazetteer": case.regional_gazetteer,
    }


def _summary_text(case: Case, user: UserRules | None = None) -> str:
    per_source = Counter(claim.source for claim in case.claims)
    width = max((len(_shown(source.id)) for source in case.sources), default=0)
    lines = [
        f"{_shown(case.id)}: {_shown(case.title)}",
        f"parties: {', '.join(f'{_shown(p.name)} ({_shown(p.id)})' for p in case.parties)}",
        f"sources: {len(case.sources)}",
    ]
    for source in case.sources:
        speaks = f", speaks for {_shown(source.speaks_for)}" if source.speaks_for else ""
        count = per_source[source.id]
        lines.append(f"  {_shown(source.id):<{width}}  {count:>4} claim{'s' if count != 1 else ' '}  "
                     f"{_shown(source.name)} ({_shown(source.kind)}{speaks})")
    lines.append(f"claims: {len(case.claims)}; gazetteer entries: {len(case.gazetteer)}")
    lines.append(_shown(regional.describe(case.regional_gazetteer, case.parties, case.gazetteer)))
    if user is not None:
        lines.append(_shown(f"rules: {_rules_text(user)}: loaded and checked (what a rule returns is checked by "
                            "reconcile run)"))
    lines.append("valid")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
