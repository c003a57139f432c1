"""The store builds atomically, rebuilds when stale, and never leaves a broken file."""

from __future__ import annotations

import hashlib
import os
import signal
import time
from pathlib import Path

import duckdb
import pytest

from rift import store
from rift.errors import ChronicleError, StoreError


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


def test_a_file_rift_did_not_make_is_never_overwritten(
    mini_chronicle: Path, isolated_db: Path
) -> None:
    isolated_db.parent.mkdir(parents=True, exist_ok=True)
    isolated_db.write_bytes(b"my thesis, chapter 3")
    assert store.inspect(isolated_db, mini_chronicle) is store.State.FOREIGN
    with pytest.raises(StoreError, match="not a rift database; rift will not overwrite it"):
        store.ensure(isolated_db, mini_chronicle)
    with pytest.raises(StoreError, match="not a rift database"):
        store.build(isolated_db, mini_chronicle)
    assert isolated_db.read_bytes() == b"my thesis, chapter 3"


def test_an_empty_file_is_replaced(mini_chronicle: Path, isolated_db: Path) -> None:
    isolated_db.parent.mkdir(parents=True, exist_ok=True)
    isolated_db.touch()
    store.ensure(isolated_db, mini_chronicle)
    assert store.inspect(isolated_db, mini_chronicle) is store.State.CURRENT


def test_another_programs_duckdb_database_is_not_rifts(
    mini_chronicle: Path, isolated_db: Path
) -> None:
    isolated_db.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(isolated_db)) as con:
        con.execute("CREATE TABLE meta (key VARCHAR, value VARCHAR)")
        con.execute("INSERT INTO meta VALUES ('owner', 'someone else')")
    before = digest(isolated_db)
    with pytest.raises(StoreError, match="not a rift database"):
        store.ensure(isolated_db, mini_chronicle)
    assert digest(isolated_db) == before


def test_rift_databases_carry_a_marker(mini_chronicle: Path, isolated_db: Path) -> None:
    store.build(isolated_db, mini_chronicle)
    with duckdb.connect(str(isolated_db), read_only=True) as con:
        assert con.execute("SELECT value FROM meta WHERE key = 'application'").fetchone() == (
            "rift",
        )
    assert store.inspect(isolated_db, mini_chronicle) is store.State.CURRENT
    store.build(isolated_db, mini_chronicle)  # its own databases it replaces


def test_a_damaged_database_is_one_line_saying_what_to_do(
    mini_chronicle: Path, isolated_db: Path
) -> None:
    store.build(isolated_db, mini_chronicle)
    isolated_db.write_bytes(isolated_db.read_bytes()[:5000])  # truncated
    assert store.inspect(isolated_db, mini_chronicle) is store.State.DAMAGED
    with pytest.raises(StoreError, match=r"damaged.*remove it and rift rebuilds it"):
        store.ensure(isolated_db, mini_chronicle)


def test_a_damaged_database_in_rifts_own_folder_is_rebuilt(
    mini_chronicle: Path, isolated_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "data_folder", lambda: isolated_db.parent)
    store.build(isolated_db, mini_chronicle)
    isolated_db.write_bytes(isolated_db.read_bytes()[:5000])
    store.ensure(isolated_db, mini_chronicle)
    assert store.inspect(isolated_db, mini_chronicle) is store.State.CURRENT


@pytest.mark.parametrize("where", ["/proc/rift.duckdb", "{file}/rift.duckdb", "{folder}"])
def test_an_unwritable_database_path_is_one_line(
    where: str, mini_chronicle: Path, tmp_path: Path
) -> None:
    (tmp_path / "plain").write_text("a file")
    path = Path(where.format(file=tmp_path / "plain", folder=tmp_path))
    with pytest.raises(StoreError, match=r"cannot write the database|is a folder") as caught:
        store.build(path, mini_chronicle)
    assert "\n" not in str(caught.value)


def test_leftovers_of_killed_builds_are_removed_by_the_next(
    mini_chronicle: Path, isolated_db: Path
) -> None:
    folder = isolated_db.parent
    folder.mkdir(parents=True)
    dead = folder / f"{store.TEMP_PREFIX}999999999-abc.duckdb"  # no such process
    running = folder / f"{store.TEMP_PREFIX}{os.getpid()}-abc.duckdb"  # a build under way
    dead.write_bytes(b"half a database")
    running.write_bytes(b"half a database")
    store.build(isolated_db, mini_chronicle)
    assert not dead.exists() and running.exists()


def test_sigterm_during_a_build_removes_its_temporary_files(
    mini_chronicle: Path, isolated_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.build(isolated_db, mini_chronicle)
    before = digest(isolated_db)
    write = store._write

    def terminated(path: Path, chronicle: object) -> None:
        write(path, chronicle)  # type: ignore[arg-type]
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # the handler interrupts this

    monkeypatch.setattr(store, "_write", terminated)
    with pytest.raises(StoreError, match="stopped"):
        store.build(isolated_db, mini_chronicle)
    assert digest(isolated_db) == before
    assert sorted(p.name for p in isolated_db.parent.iterdir()) == ["rift.duckdb"]
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_a_larger_chronicle_builds(tmp_path: Path, isolated_db: Path) -> None:
    """2,000 events of varied dates (benchmarks/bench_store.py times the build by size)."""
    folder = tmp_path / "large"
    folder.mkdir()
    (folder / "large.yaml").write_text(large_chronicle(2000), encoding="utf-8")
    report = store.build(isolated_db, folder)
    assert report.events == 2000
    with duckdb.connect(str(isolated_db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events WHERE earliest <= latest").fetchone() == (
            2000,
        )


def large_chronicle(events: int) -> str:
    """A valid chronicle of `events` events (dates and kinds varied), for size tests."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from bench_store import synthetic_chronicle

    return synthetic_chronicle(events)


def test_rift_db_sets_the_default_path(isolated_db: Path) -> None:
    assert store.default_path() == isolated_db
