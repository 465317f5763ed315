"""Rules of the user's named on the command line (``--rules SPEC``): read from a Python file or module and checked,
so that every mistake is told in one message naming the file and what is wrong, never as a traceback.

``SPEC`` is the ``module:attribute`` form of uvicorn, gunicorn and ``flask --app``, which also takes a file:

- ``PATH.py`` or ``PATH.py:NAME``: the file is run as a module named after it (``my-rules.py`` is ``my_rules``,
  the name the methodology gives a rule of it), with its folder on the import path while it runs, as Python runs
  a script, so that it can import the files beside it;
- ``MODULE`` or ``MODULE:NAME``: the module is imported (``myorg.rules:STRICT``), the current folder first on the
  import path, as ``python -m`` does.

Without ``NAME`` the module's ``RULES`` (a `reconcile.merge.Rules`) and ``MATCH_CONFIG`` (a
`reconcile.match.MatchConfig`) are taken, at least one of them; ``NAME`` (dotted for an attribute of an attribute)
takes that one value, a ``Rules`` or a ``MatchConfig``. Several specs combine into at most one of each.

Rules are values (``docs/merge-rules.md``): nothing here calls them. What they return is checked by the merge
(`reconcile.merge.MergeError`), and `rule_failure` tells an exception raised inside the user's code from a bug of
``reconcile``.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import importlib.util
import inspect
import os
import re
import sys
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType, TracebackType

import attrs

from reconcile.errors import ReconcileError
from reconcile.match import MatchConfig
from reconcile.merge import Rules

__all__ = ["RulesFileError", "UserRules", "load_rules", "rule_failure"]

#: The names a module's rules are taken from when the spec names none.
RULES_NAME = "RULES"
CONFIG_NAME = "MATCH_CONFIG"

#: Modules this process ran from a file, by module name: a later spec of a file with the same name runs afresh and
#: replaces it, but a module of another origin (``json.py`` against the standard ``json``) is never replaced.
_FROM_FILES: dict[str, Path] = {}

_DOTTED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")


class RulesFileError(ReconcileError):
    """A ``--rules`` spec that cannot be used: the file or module is missing, does not run, or holds no rules."""


@attrs.frozen
class UserRules:
    """The rules and matching configuration that ``--rules`` named, and where they came from.

    ``rules`` or ``config`` is None where the specs gave none (the defaults then apply); ``rules_from`` and
    ``config_from`` say where each came from (``RULES from my_rules.py``); ``files`` are the files of the modules
    read, by which `rule_failure` knows the user's code in a traceback; ``modules`` their names and ``folders`` the
    folders they were imported from (`importable`).
    """

    specs: tuple[str, ...]
    rules: Rules | None
    config: MatchConfig | None
    rules_from: str | None
    config_from: str | None
    files: frozenset[Path]
    modules: tuple[str, ...] = ()
    folders: tuple[str, ...] = ()

    @contextlib.contextmanager
    def importable(self) -> Iterator[None]:
        """The folders the rules were imported from on the import path while the block runs: worker processes
        started in it (a local Dask cluster) inherit the path and can import the rules' modules by name."""
        added = [folder for folder in self.folders if folder not in sys.path]
        sys.path[:0] = added
        try:
            yield
        finally:
            for folder in added:
                with contextlib.suppress(ValueError):
                    sys.path.remove(folder)

    def not_importable(self, exc: BaseException) -> str | None:
        """``exc`` as a sentence when it says that one of the rules' modules cannot be imported (on Dask workers that
        do not have it), else None."""
        text = str(exc)
        for module in self.modules:
            top = module.split(".")[0]
            if f"No module named '{module}'" in text or f"No module named '{top}'" in text:
                return (f"--rules {' '.join(self.specs)}: the Dask workers cannot import {module}, the module of the "
                        "rules: install it where the workers run (with --engine dask --scheduler), or run with "
                        "--engine local")
        return None

    @property
    def origins(self) -> tuple[str, ...]:
        """Where the values given came from: ``("RULES from my_rules.py", "MATCH_CONFIG from my_rules.py")``."""
        return tuple(origin for origin in (self.rules_from, self.config_from) if origin is not None)

    def describe(self) -> str:
        """What is in force, for a message: ``RULES from my_rules.py, MATCH_CONFIG from my_rules.py``."""
        return ", ".join(self.origins)


@attrs.frozen
class _Source:
    """A spec split: what to read (a file or a module), and the attribute to take, if one is named."""

    spec: str
    target: str
    name: str | None
    is_file: bool

    @property
    def where(self) -> str:
        """The file or module, as messages name it."""
        return self.target if self.is_file else f"module {self.target}"


def load_rules(specs: Sequence[str]) -> UserRules:
    """The rules named by ``specs`` (see the module docstring), checked. Raises `RulesFileError` with one sentence
    naming the spec and the problem."""
    rules: Rules | None = None
    config: MatchConfig | None = None
    rules_from: str | None = None
    config_from: str | None = None
    files: set[Path] = set()
    modules: list[str] = []
    folders: list[str] = []
    read: dict[Path, ModuleType] = {}  # a file named by two specs is run once: its values are of one module
    for spec in specs:
        source = _split(spec)
        if source.is_file:
            key = _resolved(Path(source.target))
            module = read[key] if key in read else read.setdefault(key, _load_file(source))
        else:
            module = _import(source)
        modules.append(module.__name__)
        folders.append(str(_resolved(Path(source.target)).parent) if source.is_file else os.getcwd())
        if getattr(module, "__file__", None):
            files.add(_resolved(Path(str(module.__file__))))
        for name, value in _values(module, source):
            origin = f"{name} from {source.target}"
            if isinstance(value, Rules):
                if rules_from is not None:
                    raise RulesFileError(f"--rules {spec}: {name} is a second Rules (the first: {rules_from}); give "
                                         "at most one Rules and one MatchConfig")
                rules, rules_from = value, origin
            else:
                if config_from is not None:
                    raise RulesFileError(f"--rules {spec}: {name} is a second MatchConfig (the first: "
                                         f"{config_from}); give at most one Rules and one MatchConfig")
                config, config_from = value, origin
            files.update(_rule_files(value))
    return UserRules(tuple(specs), rules, config, rules_from, config_from, frozenset(files), tuple(modules),
                     tuple(dict.fromkeys(folders)))


def _split(spec: str) -> _Source:
    """``spec`` as what to read and the attribute named after its last colon, when that is a (dotted) name: a
    colon in a path (``C:\\rules.py``) is part of it."""
    target, colon, name = spec.rpartition(":")
    if not colon or not target or not _DOTTED.fullmatch(name):
        target, name = spec, ""
    if not name and spec.endswith(":"):
        raise RulesFileError(f"--rules {spec}: nothing after the colon; write {spec}NAME, or leave out the colon "
                             f"to take {RULES_NAME} and {CONFIG_NAME}")
    separators = {"/", os.sep, os.altsep or "/"}
    is_file = target.endswith(".py") or any(sep in target for sep in separators)
    if not is_file and not _DOTTED.fullmatch(target):
        raise RulesFileError(f"--rules {spec}: {target!r} is neither a Python file (a path ending in .py) nor a "
                             "module name (such as myorg.rules)")
    return _Source(spec, target, name or None, is_file)


def _load_file(source: _Source) -> ModuleType:
    path = Path(source.target)
    if not path.exists():
        raise RulesFileError(f"--rules {source.spec}: there is no file {source.target}")
    if path.is_dir():
        raise RulesFileError(f"--rules {source.spec}: {source.target} is a folder; give the .py file that defines "
                             f"the rules (or the module, as package.module)")
    if path.suffix != ".py":
        raise RulesFileError(f"--rules {source.spec}: {source.target} is not a Python file (.py)")
    resolved = _resolved(path)
    name = re.sub(r"\W", "_", path.stem, flags=re.ASCII)
    name = name if name[:1].isalpha() or name[:1] == "_" else f"_{name}"
    loaded = sys.modules.get(name)
    if loaded is not None and _FROM_FILES.get(name) is None:
        raise RulesFileError(f"--rules {source.spec}: {source.target} would be the module {name}, but a module of that "
                             f"name is already loaded ({getattr(loaded, '__file__', None) or 'built in'}); rename "
                             "the file")
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:  # pragma: no cover - a .py file always has a loader
        raise RulesFileError(f"--rules {source.spec}: {source.target} cannot be read as Python")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # as an import would: attrs, dataclasses and pickle look the module up by its name
    try:
        with _on_path(str(resolved.parent)):
            spec.loader.exec_module(module)
    except BaseException as exc:
        del sys.modules[name]
        _FROM_FILES.pop(name, None)
        if isinstance(exc, KeyboardInterrupt):
            raise
        raise RulesFileError(f"--rules {source.spec}: {_import_failure(exc, {resolved}, source.target)}") from None
    _FROM_FILES[name] = resolved
    return module


def _import(source: _Source) -> ModuleType:
    top = source.target.split(".")[0]
    try:
        with _on_path(os.getcwd()):
            return importlib.import_module(source.target)
    except ModuleNotFoundError as exc:
        if exc.name is not None and (source.target == exc.name or source.target.startswith(f"{exc.name}.")):
            file = Path(*source.target.split(".")).with_suffix(".py")
            hint = f" (for the file {file}, give its path: --rules {file})" if file.exists() else ""
            raise RulesFileError(f"--rules {source.spec}: no module named {exc.name} in the current folder or on the "
                                 f"Python path{hint}") from None
        raise RulesFileError(f"--rules {source.spec}: {_import_failure(exc, set(), top)}") from None
    except KeyboardInterrupt:
        raise
    except BaseException as exc:
        raise RulesFileError(f"--rules {source.spec}: {_import_failure(exc, set(), top)}") from None


@contextlib.contextmanager
def _on_path(folder: str) -> Iterator[None]:
    """``folder`` first on the import path while the block runs, then taken out again."""
    sys.path.insert(0, folder)
    try:
        yield
    finally:
        with contextlib.suppress(ValueError):
            sys.path.remove(folder)


def _import_failure(exc: BaseException, files: set[Path], what: str) -> str:
    """An exception raised while the user's file or module ran, as a sentence with the line it was raised at."""
    if isinstance(exc, SyntaxError):
        file = _shown(exc.filename) if exc.filename else what
        where = f"{file}, line {exc.lineno}" if exc.lineno else file
        return f"{where}: not valid Python: {exc.msg}"
    if isinstance(exc, SystemExit):
        return f"{what} calls exit ({exc.code!r}) when it is imported"
    frame = _users_frame(exc.__traceback__, files)
    where = f" ({frame})" if frame else ""
    return f"{what} raises {_exception_text(exc)} when it is imported{where}"


def _values(module: ModuleType, source: _Source) -> list[tuple[str, Rules | MatchConfig]]:
    """The values the spec names in ``module``: its NAME, or its RULES and MATCH_CONFIG; checked for their types."""
    if source.name is not None:
        value: object = module
        for part in source.name.split("."):
            if not hasattr(value, part):
                raise RulesFileError(f"--rules {source.spec}: {source.where} has no {source.name}"
                                     f"{_candidates(module)}")
            value = getattr(value, part)
        return [(source.name, _checked(value, source.name, source))]
    found = [(name, getattr(module, name)) for name in (RULES_NAME, CONFIG_NAME) if hasattr(module, name)]
    if not found:
        raise RulesFileError(f"--rules {source.spec}: {source.where} defines neither {RULES_NAME} (a reconcile.Rules) "
                             f"nor {CONFIG_NAME} (a reconcile.MatchConfig){_candidates(module)}")
    checked: list[tuple[str, Rules | MatchConfig]] = []
    for name, value in found:
        wanted = Rules if name == RULES_NAME else MatchConfig
        if not isinstance(value, wanted):
            raise RulesFileError(f"--rules {source.spec}: {name} in {source.target} {_not_a(value, wanted.__name__)}")
        checked.append((name, value))
    return checked


def _checked(value: object, name: str, source: _Source) -> Rules | MatchConfig:
    if isinstance(value, Rules | MatchConfig):
        return value
    raise RulesFileError(f"--rules {source.spec}: {name} in {source.target} {_not_a(value, 'Rules nor a MatchConfig')}")


def _not_a(value: object, wanted: str) -> str:
    """Why ``value`` is no ``wanted``, with what to write instead where the slip is a common one."""
    if value is Rules or value is MatchConfig:
        return (f"is the class {value.__name__}, not a value of it: write {value.__name__}(...) with the fields to "
                "change, or attrs.evolve(reconcile.DEFAULT_RULES, ...)")
    if callable(value) and not isinstance(value, type):
        called = getattr(value, "__name__", "the function")
        return (f"is a function, not a {wanted}: to use it as the casualty rule, write RULES = "
                f"attrs.evolve(reconcile.DEFAULT_RULES, casualties={called}) (grade=... for a grading rule)")
    return f"is a {type(value).__name__}, not a {wanted}"


def _candidates(module: ModuleType) -> str:
    """The Rules and MatchConfig values ``module`` does define, to name in a message."""
    names = [f"{name} (a {type(value).__name__})" for name, value in sorted(vars(module).items())
             if isinstance(value, Rules | MatchConfig) and not name.startswith("_")]
    return f"; it defines {', '.join(names)}" if names else ""


def _rule_files(value: Rules | MatchConfig) -> set[Path]:
    """The files the rules of ``value`` are defined in: a rule may live in a module the spec's module imports."""
    if not isinstance(value, Rules):
        return set()
    files = set()
    for rule in (value.casualties, value.grade):
        function: object = rule
        while isinstance(function, functools.partial):
            function = function.func
        owner = function if inspect.isroutine(function) or inspect.isclass(function) else type(function)
        try:
            filename = inspect.getfile(owner)
        except TypeError:  # built in: no file
            continue
        if not _is_reconcile(Path(filename)):
            files.add(_resolved(Path(filename)))
    return files


def rule_failure(exc: BaseException, user: UserRules) -> str | None:
    """``exc``, raised during a run, as a sentence when it was raised inside the user's code (a frame of one of
    ``user.files`` is on its traceback), else None: a bug of reconcile, not of the rules."""
    if isinstance(exc, ReconcileError):
        return None
    frame = _users_frame(exc.__traceback__, set(user.files))
    if frame is None:
        return None
    return f"--rules {' '.join(user.specs)}: a rule raised {_exception_text(exc)} ({frame})"


def _users_frame(tb: TracebackType | None, files: set[Path]) -> str | None:
    """The innermost frame of ``tb`` in one of ``files``, as ``file, line N, in function``. Without files (a module
    that failed to import, whose file is not known), the files are those whose top level ran on the way: the module's
    and any module it imported, not the standard library function that raised."""
    frames = [(frame.f_code, line) for frame, line in traceback.walk_tb(tb)
              if not frame.f_code.co_filename.startswith("<")]  # importlib's frozen frames
    if not files:
        files = {_resolved(Path(code.co_filename)) for code, _line in frames
                 if code.co_name == "<module>" and not _is_reconcile(Path(code.co_filename))}
    found = None
    for code, line in frames:
        if _resolved(Path(code.co_filename)) in files:
            where = "at its top level" if code.co_name == "<module>" else f"in {code.co_name}"
            found = f"{_shown(code.co_filename)}, line {line}, {where}"
    return found


def _shown(filename: str) -> str:
    """A file as messages name it: relative to the current folder when it lies in it, as a user gives it."""
    path = Path(filename)
    with contextlib.suppress(OSError, ValueError):
        here = Path.cwd()
        if path.is_absolute() and path.is_relative_to(here):
            return str(path.relative_to(here))
    return filename


def _is_reconcile(path: Path) -> bool:
    return _resolved(path).is_relative_to(_resolved(Path(__file__)).parent)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # pragma: no cover - a loop of links
        return path.absolute()


def _exception_text(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
