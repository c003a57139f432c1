"""The `rift` program: the common read-only queries and `check` start without Typer.

Typer converts every parameter through pydantic, and importing the two costs
more than the query they start (issue 8). So a command line that `QUICK` reads
completely — one of its commands, that command's arguments, its options each
spelled out (`--actor ALB`, `--actor=ALB`, `-a ALB`) with a plain value, a
listed value where there is a list — goes straight to its `rift.views`
function, which is also what the Typer command calls. Everything else (help,
a typo, a missing argument, a value Typer would refuse or read another way)
goes to `rift.cli.app`, so messages, help and exit statuses are Typer's own.
`tests/test_main.py` holds the two paths to the same output.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Option:
    """One option of a quick command: where its value goes and which values are plain."""

    dest: str
    many: bool = False
    #: The values read here when not empty; anything else is Typer's to judge.
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quick:
    """A command `main` runs without Typer, with the same options as in `rift.cli`."""

    arguments: tuple[str, ...] = ()
    options: dict[str, Option] = field(default_factory=dict)
    #: The one argument takes one or more words ("rift check a.txt b.txt").
    variadic: bool = False


_FORMAT = Option("fmt", choices=("table", "json", "csv"))
_ACTOR = Option("actor", many=True)
_COMMON = {"--format": _FORMAT, "-f": _FORMAT}
_WHEN = {"--from": Option("start"), "--to": Option("end")}

QUICK: dict[str, Quick] = {
    "on": Quick(("when",), {"--actor": _ACTOR, "-a": _ACTOR, **_COMMON}),
    "show": Quick(("ident",), _COMMON),
    "events": Quick(
        options={
            "--actor": _ACTOR,
            "-a": _ACTOR,
            **_WHEN,
            "--type": Option("event_type"),
            "--min-salience": Option("min_salience", choices=("1", "2", "3")),
            **_COMMON,
        }
    ),
    "periods": Quick(
        options={"--actor": _ACTOR, "-a": _ACTOR, **_WHEN, "--kind": Option("kind"), **_COMMON}
    ),
    "actors": Quick(options={"--kind": Option("kind"), **_COMMON}),
    "sources": Quick(options=_COMMON),
    "overview": Quick(options=_COMMON),
    "check": Quick(
        ("files",),
        {
            "--format": (_REPORT := Option("fmt", choices=("text", "json", "markdown", "html"))),
            "-f": _REPORT,
            "--output": (_OUT := Option("out")),
            "-o": _OUT,
        },
        variadic=True,
    ),
}


def read(quick: Quick, words: list[str]) -> dict[str, Any] | None:
    """The keyword arguments of the command's view, or None when Typer should read `words`."""
    values: dict[str, Any] = {}
    arguments: list[str] = []
    rest = iter(words)
    for word in rest:
        if not word or word == "-":
            return None
        if not word.startswith("-"):
            arguments.append(word)
            continue
        name, equals, value = word.partition("=") if word.startswith("--") else (word, "", "")
        option = quick.options.get(name)
        if option is None:
            return None
        if not equals:
            value = next(rest, "")
        if not value or value.startswith("-") or (option.choices and value not in option.choices):
            return None
        if option.many:
            values.setdefault(option.dest, []).append(value)
        elif option.dest in values:
            return None  # given twice
        else:
            values[option.dest] = value
    if quick.variadic:
        if not arguments:
            return None
        values[quick.arguments[0]] = arguments
        return _typed(values, report=True)
    if len(arguments) != len(quick.arguments):
        return None
    values.update(zip(quick.arguments, arguments, strict=True))
    return _typed(values)


def _typed(values: dict[str, Any], report: bool = False) -> dict[str, Any]:
    """The values as Typer passes them to a command (an enum, a number, a path)."""
    from pathlib import Path

    from rift.views import CheckFormat, Format

    if "fmt" in values:
        values["fmt"] = (CheckFormat if report else Format)(values["fmt"])
    if "min_salience" in values:
        values["min_salience"] = int(values["min_salience"])
    if "out" in values:
        values["out"] = Path(values["out"])
    return values


def main(argv: list[str] | None = None) -> None:
    """Run `rift` with `argv` (default: the process's arguments)."""
    words = sys.argv[1:] if argv is None else argv
    quick = QUICK.get(words[0]) if words else None
    values = read(quick, words[1:]) if quick is not None else None
    if values is None or "_RIFT_COMPLETE" in os.environ:  # shell completion: Typer's
        from rift.cli import app

        app(args=words)
        return
    from rift import views

    try:
        getattr(views, words[0])(**values)
    except KeyboardInterrupt:
        raise SystemExit(130) from None  # as Typer exits on Ctrl-C


if __name__ == "__main__":
    main()
