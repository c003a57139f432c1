"""Bad input to the query commands and the store: one line naming the problem, exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from rift.cli import app

runner = CliRunner()
RIFT = str(Path(sys.executable).with_name("rift"))


@pytest.fixture(autouse=True)
def use_bundled_db(bundled_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RIFT_DB", str(bundled_db))


def refused(*args: str, env: dict[str, str] | None = None) -> str:
    """The one line `rift ARGS` fails with (exit status 2, no traceback)."""
    result: Any = runner.invoke(app, list(args), env=env)
    assert result.exit_code == 2, result.output
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rift: "), result.stderr
    return str(lines[0])


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["on", "9999"], "out of range"),
        (["on", "0001-01-01"], "out of range"),
        (["on", "9999~"], "out of range"),
        (["events", "--from", "9999~"], "out of range"),
        (["events", "--to", "0001~"], "out of range"),
        (["periods", "--from", "1961/1950"], "reversed interval"),
        (["events", "--from", "1961/1950"], "reversed interval"),
        (["events", "--from", "1962", "--to", "1950"], "before"),
        (["on", "1961-02-30"], "not an EDTF date"),
    ],
)
def test_dates_out_of_range_or_reversed(args: list[str], words: str) -> None:
    assert words in refused(*args)


def test_an_unknown_event_type_lists_the_valid_ones() -> None:
    line = refused("events", "--type", "NOTATYPE")
    assert "'NOTATYPE' is not one of" in line and "SANCTION" in line and "AID" in line
    assert "no CAMEO code starts with it" in refused("events", "--type", "99")


def test_an_unknown_kind_lists_the_valid_ones() -> None:
    line = refused("periods", "--kind", "nonsense")
    assert "relations, membership, alliance" in line
    assert "state, person" in refused("actors", "--kind", "nonsense")


def test_known_types_and_kinds_still_work() -> None:
    for args in (["events", "--type", "sanction"], ["periods", "--kind", "relations"]):
        result = runner.invoke(app, [*args, "--format", "json"])
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("[")


def test_a_full_disk_on_standard_output_is_one_line(bundled_db: Path) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [RIFT, "events", "--format", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "RIFT_DB": str(bundled_db)},
            timeout=120,
        )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "rift: cannot write the output: No space left on device"
    ]


def test_rift_db_naming_a_file_rift_did_not_make(tmp_path: Path) -> None:
    thesis = tmp_path / "thesis.docx"
    thesis.write_bytes(b"PK\x03\x04 three years of work")
    line = refused("events", env={"RIFT_DB": str(thesis)})
    assert "not a rift database; rift will not overwrite it" in line
    assert refused("build", env={"RIFT_DB": str(thesis)}) == line
    assert thesis.read_bytes() == b"PK\x03\x04 three years of work"


@pytest.mark.parametrize("where", ["/proc/rift.duckdb", "{tmp}/plain/rift.duckdb", "{tmp}"])
def test_an_unwritable_database_path(tmp_path: Path, where: str) -> None:
    (tmp_path / "plain").write_text("a file")
    line = refused("events", env={"RIFT_DB": where.format(tmp=tmp_path)})
    assert "cannot write the database" in line or "is a folder" in line


def test_a_build_stopped_by_sigterm_leaves_no_temporary_files(tmp_path: Path) -> None:
    db = tmp_path / "db" / "rift.duckdb"
    env = {**os.environ, "RIFT_DB": str(db)}
    subprocess.run([RIFT, "build"], env=env, check=True, capture_output=True, timeout=120)
    before = db.read_bytes()
    # stop a build while it writes: SIGTERM from the build's own writer, at a known point
    script = (
        "import os, signal, sys, time\n"
        "from rift import store\n"
        "write = store._write\n"
        "def stopped(path, chronicle):\n"
        "    write(path, chronicle)\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "    time.sleep(30)\n"
        "store._write = stopped\n"
        "from rift.cli import app\n"
        "sys.argv = ['rift', 'build']\n"
        "app()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        "rift: the build was stopped (SIGTERM); the database was not changed"
    ]
    assert db.read_bytes() == before
    assert [p.name for p in db.parent.iterdir()] == ["rift.duckdb"]
