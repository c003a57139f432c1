"""The store builds atomically, rebuilds when stale, and never leaves a broken file."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import duckdb
import pytest

from rift import store
from rift.errors import ChronicleError


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_build_writes_every_table(mini_chronicle: Path, isolated_db: Path) -> None:
    report = store.build(isolated_db, mini_chronicle)
    assert (report.events, report.periods, report.actors, report.sources) == (2, 2, 3, 1)
    with duckdb.connect(str(isolated_db), read_only=True) as con:
        row = con.execute(
            "SELECT type, goldstein, earliest, latest FROM events"
            " WHERE id = 'relations-broken-1961'"
        ).fetchone()
        assert row is not None
        assert row[0] == "SANCTION" and row[1] < 0
        assert (row[2].isoformat(), row[3].isoformat()) == ("1961-12-01", "1961-12-31")
        links = con.execute("SELECT count(*) FROM event_actors").fetchone()
        assert links == (4,)
    assert [p.name for p in isolated_db.parent.iterdir()] == ["rift.duckdb"]  # no temp files


def test_build_is_idempotent(mini_chronicle: Path, isolated_db: Path) -> None:
    store.build(isolated_db, mini_chronicle)
    with duckdb.connect(str(isolated_db), read_only=True) as con:
        first = con.execute("SELECT * FROM events ORDER BY id").fetchall()
    store.build(isolated_db, mini_chronicle)
    with duckdb.connect(str(isolated_db), read_only=True) as con:
        assert con.execute("SELECT * FROM events ORDER BY id").fetchall() == first


def test_a_failing_build_leaves_the_old_database(mini_chronicle: Path, isolated_db: Path) -> None:
    store.build(isolated_db, mini_chronicle)
    before = digest(isolated_db)
    path = mini_chronicle / "mini.yaml"
    path.write_text(path.read_text().replace('cameo: "161"', 'cameo: "999"'), encoding="utf-8")
    with pytest.raises(ChronicleError, match=r"mini\.yaml:"):
        store.build(isolated_db, mini_chronicle)
    assert digest(isolated_db) == before
    assert sorted(p.name for p in isolated_db.parent.iterdir()) == ["rift.duckdb"]


def test_an_interrupted_write_leaves_the_old_database(
    mini_chronicle: Path, isolated_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.build(isolated_db, mini_chronicle)
    before = digest(isolated_db)

    def crash(path: Path, chronicle: object) -> None:
        path.write_bytes(b"half a database")
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "_write", crash)
    with pytest.raises(KeyboardInterrupt):
        store.build(isolated_db, mini_chronicle)
    assert digest(isolated_db) == before
    assert sorted(p.name for p in isolated_db.parent.iterdir()) == ["rift.duckdb"]


def test_ensure_rebuilds_only_when_stale(mini_chronicle: Path, isolated_db: Path) -> None:
    assert store.is_stale(isolated_db, mini_chronicle)
    store.ensure(isolated_db, mini_chronicle)
    assert not store.is_stale(isolated_db, mini_chronicle)
    built = isolated_db.stat().st_mtime
    store.ensure(isolated_db, mini_chronicle)
    assert isolated_db.stat().st_mtime == built
    later = time.time() + 5
    os.utime(mini_chronicle / "mini.yaml", (later, later))
    assert store.is_stale(isolated_db, mini_chronicle)


def test_a_corrupt_database_counts_as_stale(mini_chronicle: Path, isolated_db: Path) -> None:
    isolated_db.parent.mkdir(parents=True, exist_ok=True)
    isolated_db.write_bytes(b"not a database")
    assert store.is_stale(isolated_db, mini_chronicle)
    store.ensure(isolated_db, mini_chronicle)
    assert not store.is_stale(isolated_db, mini_chronicle)


def test_rift_db_sets_the_default_path(isolated_db: Path) -> None:
    assert store.default_path() == isolated_db
