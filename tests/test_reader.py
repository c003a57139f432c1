"""The chronicle reader: files it cannot read are problems at `file:line`, never a traceback."""

from __future__ import annotations

import resource
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rift.chronicle import check
from rift.chronicle.reader import ReadError, read
from rift.cli import app

BOMB = """\
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def problems_in(folder: Path) -> list[str]:
    return [str(p) for p in check(folder)[1]]


def test_a_folder_named_like_a_chronicle_file(mini_chronicle: Path) -> None:
    (mini_chronicle / "more.yaml").mkdir()
    assert problems_in(mini_chronicle) == [
        f"{relative(mini_chronicle / 'more.yaml')}:1: is a folder, not a chronicle file"
    ]


def test_an_unreadable_file(mini_chronicle: Path) -> None:
    (mini_chronicle / "gone.yaml").symlink_to(mini_chronicle / "nowhere.yaml")
    [problem] = problems_in(mini_chronicle)
    assert problem.endswith("gone.yaml:1: cannot read: No such file or directory")


def test_a_non_utf8_byte_is_reported_at_its_line(mini_chronicle: Path) -> None:
    path = mini_chronicle / "mini.yaml"
    lines = path.read_bytes().split(b"\n")
    at = next(i for i, line in enumerate(lines) if b"Warsaw" in line)
    lines[at] = lines[at].replace(b"Warsaw", b"Warsz\xe9wa")
    path.write_bytes(b"\n".join(lines))
    [problem] = problems_in(mini_chronicle)
    assert problem.endswith(f"mini.yaml:{at + 1}: not UTF-8: byte 0xe9: save the file as UTF-8")


@pytest.mark.parametrize("where", ["top", "inside an event"])
def test_an_alias_bomb_is_refused_without_expanding_it(mini_chronicle: Path, where: str) -> None:
    text = BOMB
    if where == "inside an event":
        mini = (mini_chronicle / "mini.yaml").read_text(encoding="utf-8")
        bomb = "\n".join("      " + line for line in BOMB.splitlines())
        text = mini.replace("    salience: 1\n", f"    salience: 1\n    note:\n{bomb}\n", 1)
        (mini_chronicle / "mini.yaml").unlink()
    (mini_chronicle / "bomb.yaml").write_text(text, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    problems = problems_in(mini_chronicle)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000  # KB
    assert problems and all("bomb.yaml:" in p for p in problems)
    if where == "inside an event":
        assert any("anchors and aliases" in p and "are not allowed" in p for p in problems)


def test_an_alias_is_reported_at_its_anchor() -> None:
    with pytest.raises(ReadError, match="aliases") as caught:
        read_text("events:\n  - &one {id: a}\n  - *one\n")
    assert caught.value.line == 2


def test_every_problem_is_file_line_message(mini_chronicle: Path) -> None:
    (mini_chronicle / "broken.yaml").write_text("events: [1\nactors: 2\n", encoding="utf-8")
    (mini_chronicle / "list.yaml").write_text("- a\n- b\n", encoding="utf-8")
    (mini_chronicle / "shape.yaml").write_text("events:\n  - id: x\nactors: 3\n")
    result = CliRunner().invoke(app, ["validate", str(mini_chronicle)])
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3
    for line in lines:
        file, number, message = line.split(":", 2)
        assert file.endswith(".yaml") and number.isdigit() and message.strip()
    assert any(line.endswith("shape.yaml:3: `actors` must be a list") for line in lines)


def relative(path: Path) -> str:
    import os

    return os.path.relpath(path)


def read_text(text: str, tmp: Path | None = None) -> object:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.yaml"
        path.write_text(text, encoding="utf-8")
        return read(path, "x.yaml")
