"""Shared fixtures: a small chronicle written in the test, and an isolated database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rift.chronicle import CHRONICLE_DIR

MINI = """\
actors:
  - id: ALB
    kind: state
    name: Albania
    aliases: [Tirana]
    demonyms: [Albanian]
  - id: SUN
    kind: state
    name: Soviet Union
    aliases: [USSR, Moscow]
    demonyms: [Soviet]
  - id: warsaw-pact
    kind: alliance
    name: Warsaw Pact
sources:
  - id: test-source-2000
    type: book
    class: scholarly
    citation: "A. Author, A Book Written for the Tests (Nowhere: Test Press, 2000)."
events:
  - id: pact-founded-1955
    date: "1955-05-14"
    title: The Warsaw Pact is founded
    summary: Albania and the Soviet Union are among the founding members.
    actors:
      - {id: ALB, role: participant}
      - {id: SUN, role: participant}
    cameo: "057"
    salience: 1
    frame: {type: join, agent: [ALB, SUN], org: warsaw-pact}
    sources:
      - {id: test-source-2000, at: "ch. 1"}
  - id: relations-broken-1961
    date: 1961-12
    title: The Soviet Union breaks off relations with Albania
    summary: The break follows the split of 1960-61.
    actors:
      - {id: SUN, role: source}
      - {id: ALB, role: target}
    cameo: "161"
    salience: 1
    frame: {type: break_relations, agent: [SUN, ALB]}
    sources:
      - {id: test-source-2000}
periods:
  - id: alb-in-pact
    kind: membership
    start: "1955-05-14"
    end: "1968-09-13"
    title: Albania in the Warsaw Pact
    summary: Albania is a member of the Warsaw Pact.
    actors:
      - {id: ALB, role: source}
      - {id: warsaw-pact, role: target}
    sources:
      - {id: test-source-2000}
  - id: no-relations
    kind: relations
    level: none
    start: "1961-12"
    end: "1990-07-30"
    title: No diplomatic relations between Albania and the Soviet Union
    summary: Relations are broken off until 1990.
    actors:
      - {id: ALB, role: participant}
      - {id: SUN, role: participant}
    sources:
      - {id: test-source-2000}
"""


@pytest.fixture
def mini_chronicle(tmp_path: Path) -> Path:
    """A folder holding one small, valid chronicle file."""
    folder = tmp_path / "mini"
    folder.mkdir()
    (folder / "mini.yaml").write_text(MINI, encoding="utf-8")
    return folder


@pytest.fixture
def bundled_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled chronicle, to break in tests."""
    folder = tmp_path / "chronicle"
    shutil.copytree(CHRONICLE_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


@pytest.fixture(autouse=True)
def isolated_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own database path and the bundled chronicle."""
    path = tmp_path / "db" / "rift.duckdb"
    monkeypatch.setenv("RIFT_DB", str(path))
    monkeypatch.delenv("RIFT_CHRONICLE", raising=False)
    return path


@pytest.fixture(scope="session")
def bundled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database built from the bundled chronicle, shared by read-only tests."""
    from rift import store

    path = tmp_path_factory.mktemp("bundled") / "rift.duckdb"
    store.build(path, CHRONICLE_DIR)
    return path
