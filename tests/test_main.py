"""The `rift` program: the quick path answers exactly as Typer does, and leaves it the rest."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from rift.cli import app
from rift.main import QUICK, main, read

runner = CliRunner()


@pytest.fixture(autouse=True)
def use_bundled_db(bundled_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RIFT_DB", str(bundled_db))


def quick(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Exit status, standard output and standard error of `main(args)`."""
    try:
        main(args)
        status = 0
    except SystemExit as exc:
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


ANSWERED = [
    ["on", "1965-06-01", "-f", "json"],
    ["on", "1965-06-01", "--actor", "ALB", "--format=csv"],
    ["on", "--actor", "ALB", "-a", "SUN", "1961", "-f", "table"],
    ["events", "--actor", "ALB", "--from", "1960", "--to", "1961"],
    ["events", "--type", "SANCTION", "--min-salience", "1", "-f", "csv"],
    ["events", "--type=16", "--from=1961"],
    ["periods", "-a", "ALB", "--kind", "phase", "-f", "json"],
    ["show", "vlore-base-crisis-1961"],
    ["show", "ALB", "-f", "table"],
    ["show", "-f", "csv", "pla"],
    ["actors", "--kind", "state"],
    ["sources", "-f", "csv"],
    ["overview", "-f", "json"],
    ["overview", "--format", "table"],
    ["check", "tests/data/errors-one.txt", "-f", "json"],
    ["check", "-f", "markdown", "tests/data/errors-one.txt", "tests/data/errors-two.txt"],
    ["check", "no-such-essay.txt"],
    # rift's own refusals: one line and exit 2 on either path
    ["on", "9999"],
    ["on", "1961-02-30"],
    ["show", "vlore-base-crisis"],
    ["events", "--actor", "XXX"],
    ["periods", "--kind", "bogus"],
    ["events", "--from", "1962", "--to", "1950"],
    ["actors", "--kind", "planet"],
]


@pytest.mark.parametrize("args", ANSWERED, ids=" ".join)
def test_the_quick_path_answers_as_typer_does(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert read(QUICK[args[0]], args[1:]) is not None
    status, out, err = quick(args, capsys)
    typed: Any = runner.invoke(app, args)
    assert (status, out, err) == (typed.exit_code, typed.stdout, typed.stderr)


LEFT_TO_TYPER = [
    ["on"],
    ["on", "--help"],
    ["on", "1965", "1966"],
    ["on", "1965", "--actor"],
    ["on", "1965", "-a=ALB"],
    ["on", "1965", "-aALB"],
    ["on", "1965", "-f", "JSON"],
    ["on", "1965", "-fjson"],
    ["on", "1965", "--act", "ALB"],
    ["on", ""],
    ["show", "--", "ALB"],
    ["show", "-"],
    ["events", "--min-salience", "4"],
    ["events", "--min-salience", "01"],
    ["events", "--from", "-1"],
    ["events", "--from", "1960", "--from", "1961"],
    ["events", "--from="],
    ["periods", "--type", "SANCTION"],
    ["sources", "extra"],
    ["check"],
    ["check", "essay.txt", "-f", "pdf"],
]


@pytest.mark.parametrize("args", LEFT_TO_TYPER, ids=" ".join)
def test_anything_unusual_is_left_to_typer(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert read(QUICK[args[0]], args[1:]) is None
    status, _, _ = quick(args, capsys)
    assert status == runner.invoke(app, args).exit_code


def test_standard_input_is_left_to_typer() -> None:
    assert read(QUICK["check"], ["-"]) is None
    assert read(QUICK["check"], ["essay.txt", "-"]) is None


@pytest.mark.parametrize("args", [["index", "ALB", "SUN", "-f", "csv"], ["index", "ALB", "--all"]])
def test_other_commands_are_typers(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = quick(args, capsys)
    typed: Any = runner.invoke(app, args)
    assert (status, out, err) == (typed.exit_code, typed.stdout, typed.stderr)


@pytest.mark.parametrize("args", [[], ["--help"], ["on", "--help"]])
def test_help_is_typers(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = quick(args, capsys)
    assert status == runner.invoke(app, args).exit_code
    assert "Usage:" in out and "--help" in out


@pytest.mark.parametrize("name", QUICK)
def test_the_quick_commands_take_the_options_typer_declares(name: str) -> None:
    command: Any = typer.main.get_command(app)
    declared = command.commands[name].params
    options = {
        spelling: (param.name, param.multiple)
        for param in declared
        if param.param_type_name == "option"
        for spelling in param.opts
    }
    arguments = tuple(param.name for param in declared if param.param_type_name == "argument")
    assert {k: (o.dest, o.many) for k, o in QUICK[name].options.items()} == options
    assert QUICK[name].arguments == arguments


def test_the_quick_path_loads_neither_typer_nor_pydantic() -> None:
    script = (
        "import sys\n"
        "from rift.main import main\n"
        "for args in (['on', '1965-06-01', '-f', 'json'], ['actors', '--kind', 'state'],\n"
        "             ['show', 'vlore-base-crisis-1961'], ['events', '--type', '16']):\n"
        "    main(args)\n"
        "heavy = ('typer', 'click', 'pydantic', 'rich', 'edtf', 'yaml', 'numpy', 'spacy')\n"
        "print([m for m in heavy if m in sys.modules], file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stderr.strip() == "[]"
