"""`rift check` input and output: endless, UTF-16 and HTML input, and where `-o` may write."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from rift import output
from rift.check import inputs
from rift.cli import app
from rift.errors import InputError

runner = CliRunner()
ESSAY = Path(__file__).resolve().parents[1] / "examples" / "albania-soviet-essay.txt"


@pytest.fixture(autouse=True)
def use_bundled_db(bundled_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RIFT_DB", str(bundled_db))


class Endless(io.RawIOBase):
    """`yes "Stalin died in 1953."`: a stream that never ends, counting what was read."""

    line = b"Stalin died in 1953.\n"

    def __init__(self) -> None:
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = len(buffer)
        data = (self.line * (size // len(self.line) + 1))[:size]
        buffer[:size] = data
        self.given += size
        return size


def check(*args: str, stdin: Any = None) -> Any:
    return runner.invoke(app, ["check", *args], input=stdin)


def one_line_refusal(result: Any, *words: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rift: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_endless_standard_input_is_read_only_to_the_limit() -> None:
    stream = Endless()
    with pytest.raises(InputError, match="too large"):
        inputs.read(["-"], io.BufferedReader(stream))
    assert stream.given <= inputs.MAX_BYTES + 1 + io.DEFAULT_BUFFER_SIZE


def test_yes_piped_into_check_is_refused_in_one_line(bundled_db: Path) -> None:
    rift = Path(sys.executable).with_name("rift")
    yes = subprocess.Popen(["yes", "Stalin died in 1953."], stdout=subprocess.PIPE)
    try:
        done = subprocess.run(
            [str(rift), "check", "-"],
            stdin=yes.stdout,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "RIFT_DB": str(bundled_db)},
        )
    finally:
        yes.kill()
        yes.wait()
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "rift: <stdin>: too large to check (over 2 MB, the limit): split it into smaller files"
    ]


def test_dev_zero_is_refused_in_one_line() -> None:
    one_line_refusal(check("/dev/zero"), "/dev/zero", "too large")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_is_named_with_the_way_to_convert_it(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "essay.txt"
    path.write_bytes("Stalin died in 1953. Albania left the Warsaw Pact.".encode(encoding))
    one_line_refusal(check(str(path)), "UTF-16", "iconv -f UTF-16 -t UTF-8")


def test_html_reports_give_the_text_their_offsets_index(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><p>Stalin &amp; history:</p><p>Stalin died in <b>1953</b>.</p></body></html>",
        encoding="utf-8",
    )
    result = check("--format", "json", str(page))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    checked = report["checked_text"]
    assert "<p>" not in checked
    assert report["claims"]
    for claim in report["claims"]:
        assert checked[claim["start"] : claim["end"]] == claim["text"]


def test_plain_text_reports_have_no_checked_text(tmp_path: Path) -> None:
    path = tmp_path / "essay.txt"
    path.write_text("Stalin died in 1953.", encoding="utf-8")
    result = check("--format", "json", str(path))
    assert result.exit_code == 0, result.output
    assert "checked_text" not in json.loads(result.stdout)


def test_output_naming_an_input_is_refused_and_the_essay_kept(tmp_path: Path) -> None:
    essay = tmp_path / "essay.txt"
    essay.write_text(ESSAY.read_text(encoding="utf-8"), encoding="utf-8")
    before = essay.read_bytes()
    one_line_refusal(check(str(essay), "-o", str(essay)), "is one of the texts to check")
    one_line_refusal(check(str(essay), "-o", str(tmp_path / "." / "essay.txt")), "one of the texts")
    assert essay.read_bytes() == before


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("{tmp}/no/such/folder/report.txt", "does not exist"),
        ("/proc/report.txt", "cannot write"),
        ("{tmp}", "is a folder"),
        ("{tmp}/plain/report.txt", "does not exist"),
    ],
)
def test_output_is_checked_before_the_check_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, words: str
) -> None:
    (tmp_path / "plain").write_text("a file")
    essay = tmp_path / "essay.txt"
    essay.write_text("Stalin died in 1953.", encoding="utf-8")

    def never(*args: object) -> None:
        raise AssertionError("the check ran")

    monkeypatch.setattr("rift.check.run.check_texts", never)
    one_line_refusal(check(str(essay), "-o", target.format(tmp=tmp_path)), words)


def test_output_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    output.require_writable(out)
    output.write(out, "first")
    output.write(out, "second")
    assert out.read_text(encoding="utf-8") == "second"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]
