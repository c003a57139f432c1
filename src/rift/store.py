"""The embedded store: the chronicle compiled into one DuckDB file.

`build` is atomic: it writes a temporary file beside the target and renames it
into place, so a failed or interrupted build leaves the previous database as it
was. `ensure` rebuilds when the database is missing, older than the chronicle
files, or of another schema version.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rift.errors import StoreError

if TYPE_CHECKING:
    import duckdb

    from rift.chronicle import Chronicle

SCHEMA_VERSION = "10"
#: The `meta` row that marks a database as rift's own: rift replaces no other file.
APPLICATION = "rift"
DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of every DuckDB file
TEMP_PREFIX = ".rift-build-"  # then the building process's id
PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_CHRONICLE = PACKAGE_DIR / "chronicle"

SCHEMA = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE actors (
    id VARCHAR PRIMARY KEY, kind VARCHAR, name VARCHAR, aliases VARCHAR[],
    demonyms VARCHAR[], wikidata VARCHAR, cow INTEGER, country VARCHAR, gender VARCHAR);
CREATE TABLE sources (
    id VARCHAR PRIMARY KEY, type VARCHAR, citation VARCHAR, url VARCHAR, "class" VARCHAR);
CREATE TABLE events (
    id VARCHAR PRIMARY KEY, date VARCHAR, earliest DATE, latest DATE,
    core_start DATE, core_end DATE, title VARCHAR, summary VARCHAR,
    type VARCHAR, cameo VARCHAR, goldstein DOUBLE, salience INTEGER, note VARCHAR,
    origin VARCHAR, frame JSON, also JSON);
CREATE TABLE event_actors (event_id VARCHAR, actor_id VARCHAR, role VARCHAR);
CREATE TABLE event_sources (event_id VARCHAR, source_id VARCHAR, "at" VARCHAR, position INTEGER);
CREATE TABLE periods (
    id VARCHAR PRIMARY KEY, kind VARCHAR, start VARCHAR, "end" VARCHAR,
    earliest DATE, latest DATE, core_start DATE, core_end DATE, title VARCHAR,
    summary VARCHAR, level VARCHAR, status VARCHAR, office VARCHAR, salience INTEGER,
    note VARCHAR, origin VARCHAR, frame JSON);
CREATE TABLE period_actors (period_id VARCHAR, actor_id VARCHAR, role VARCHAR);
CREATE TABLE period_sources (period_id VARCHAR, source_id VARCHAR, "at" VARCHAR, position INTEGER);
CREATE TABLE intervals (
    edtf VARCHAR PRIMARY KEY, earliest DATE, latest DATE, core_start DATE, core_end DATE);
"""


#: Every ordered pair of actors of an event, with what the measures need, sorted so that
#: a dyad's rows sit together (DuckDB then skips the rest of the table); and each event's
#: and period's actors and sources as lists, which the queries would otherwise gather
#: in correlated subqueries costing most of a query's time.
DERIVED = """
CREATE OR REPLACE TABLE event_pairs AS
SELECT pa.event_id, pa.actor_id AS a, pb.actor_id AS b, pa.role AS a_role, pb.role AS b_role,
       e.earliest, e.latest, e.goldstein
FROM event_actors pa
JOIN event_actors pb ON pb.event_id = pa.event_id AND pb.actor_id <> pa.actor_id
JOIN events e ON e.id = pa.event_id
ORDER BY a, b, earliest;

CREATE OR REPLACE TABLE event_lists AS
SELECT e.id,
    (SELECT list({'id': a.actor_id, 'role': a.role} ORDER BY a.role DESC, a.actor_id)
       FROM event_actors a WHERE a.event_id = e.id) AS actors,
    (SELECT list({'id': s.source_id, 'at': s."at"} ORDER BY s.position)
       FROM event_sources s WHERE s.event_id = e.id) AS sources
FROM events e;

CREATE OR REPLACE TABLE period_lists AS
SELECT p.id,
    (SELECT list({'id': a.actor_id, 'role': a.role} ORDER BY a.role DESC, a.actor_id)
       FROM period_actors a WHERE a.period_id = p.id) AS actors,
    (SELECT list({'id': s.source_id, 'at': s."at"} ORDER BY s.position)
       FROM period_sources s WHERE s.period_id = p.id) AS sources
FROM periods p;
"""


def derive(con: duckdb.DuckDBPyConnection) -> None:
    """Build the tables derived from the chronicle's own (call after inserting)."""
    from rift import measure

    con.execute(DERIVED)
    measure.store_years(con)


@dataclass(frozen=True)
class BuildReport:
    """What a build wrote, and how long it took."""

    path: Path
    actors: int
    sources: int
    events: int
    periods: int
    seconds: float


def default_path() -> Path:
    """`RIFT_DB` if set, else `rift.duckdb` in the user data folder."""
    override = os.environ.get("RIFT_DB")
    if override:
        return Path(override).expanduser()
    return data_folder() / "rift.duckdb"


def data_folder() -> Path:
    """rift's own folder in the user data folder: every file in it is rift's to replace."""
    from platformdirs import user_data_path

    return user_data_path("rift", appauthor=False)


def chronicle_dir() -> Path:
    """`RIFT_CHRONICLE` if set, else the bundled chronicle."""
    override = os.environ.get("RIFT_CHRONICLE")
    return Path(override).expanduser() if override else DEFAULT_CHRONICLE


def _inputs(directory: Path) -> list[Path]:
    return [*sorted(directory.glob("*.yaml")), PACKAGE_DIR / "cameo.csv"]


class State(StrEnum):
    """What a database path holds (see `inspect`)."""

    MISSING = "missing"
    CURRENT = "current"  # a rift database, up to date
    STALE = "stale"  # a rift database, older than the chronicle or of another schema
    DAMAGED = "damaged"  # a DuckDB file that cannot be read
    FOREIGN = "foreign"  # a file rift did not make: never replaced


def _open(db: Path, directory: Path) -> tuple[duckdb.DuckDBPyConnection | None, State]:
    """Open `db` read-only and say what it holds; the connection is kept only when current."""
    if not db.exists():
        return None, State.MISSING
    if db.is_dir():
        raise StoreError(f"{db}: is a folder, not a database file (see RIFT_DB)")
    try:
        with db.open("rb") as file:
            head = file.read(16)
    except OSError as exc:
        raise StoreError(f"{db}: cannot read the database: {exc.strerror}") from exc
    if not head:
        return None, State.MISSING  # an empty file holds nothing to lose
    if head[8:12] != DUCKDB_MAGIC:
        return None, State.FOREIGN
    import duckdb

    try:
        con = duckdb.connect(str(db), read_only=True)
        # one thread: sums of floats (the measures' Goldstein totals) then come out the
        # same on every run, not in the order parallel workers happen to add them
        con.execute("SET threads = 1")
    except duckdb.Error as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"{db}: the database is in use by another process: {exc}") from exc
        return None, State.DAMAGED
    try:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
    except duckdb.CatalogException:
        meta = {}  # no meta table: another program's database
    except duckdb.Error:
        con.close()
        return None, State.DAMAGED
    if meta.get("application") != APPLICATION and not {"schema", "built_at"} <= set(meta):
        con.close()  # schema 6 and older carry no marker but these two keys
        return None, State.FOREIGN
    built = db.stat().st_mtime
    old = any(path.stat().st_mtime > built for path in _inputs(directory) if path.exists())
    if old or meta.get("schema") != SCHEMA_VERSION:
        con.close()
        return None, State.STALE
    return con, State.CURRENT


def inspect(db: Path, directory: Path) -> State:
    """What `db` holds, compared with the chronicle under `directory`."""
    con, state = _open(db, directory)
    if con is not None:
        con.close()
    return state


def is_stale(db: Path, directory: Path) -> bool:
    """The database must be (re)built: it is missing, damaged, old or of another schema."""
    return inspect(db, directory) is not State.CURRENT


def _require_replaceable(db: Path, state: State) -> None:
    """Refuse, in one line, to replace a file rift did not make."""
    owned = db.parent.resolve() == data_folder().resolve()
    if state is State.FOREIGN and not owned:
        raise StoreError(
            f"{db}: not a rift database; rift will not overwrite it "
            "(point RIFT_DB at another file, or remove this one)"
        )
    if state is State.DAMAGED and not owned:
        raise StoreError(
            f"{db}: the database is damaged and cannot be read; remove it and rift "
            "rebuilds it from the chronicle"
        )


def build(db: Path, directory: Path) -> BuildReport:
    """Validate the chronicle under `directory` and compile it into `db`, atomically.

    Raises `ChronicleError` when the chronicle does not validate, `StoreError` when
    `db` is a file rift did not make or cannot be written; the existing database,
    if any, is left untouched. Temporary files of builds that were killed are removed.
    """
    from rift.chronicle import load

    began = time.perf_counter()
    _require_replaceable(db, inspect(db, directory))
    with _collector_paused():
        chronicle = load(directory)
    try:
        db.parent.mkdir(parents=True, exist_ok=True)
        _sweep(db.parent)
        handle, temp_name = tempfile.mkstemp(
            prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=".duckdb", dir=db.parent
        )
        os.close(handle)
    except OSError as exc:
        raise StoreError(
            f"{db}: cannot write the database here: {exc.strerror or exc} "
            "(point RIFT_DB at a writable file)"
        ) from exc
    temp = Path(temp_name)
    temp.unlink()  # duckdb wants to create the file itself
    try:
        with _stopped_by_sigterm(), _collector_paused():
            _write(temp, chronicle)
            os.replace(temp, db)
    except OSError as exc:
        raise StoreError(f"{db}: cannot write the database: {exc.strerror or exc}") from exc
    finally:
        for leftover in (temp, temp.with_name(temp.name + ".wal")):
            leftover.unlink(missing_ok=True)
    return BuildReport(
        db,
        len(chronicle.actors),
        len(chronicle.sources),
        len(chronicle.events),
        len(chronicle.periods),
        time.perf_counter() - began,
    )


def _sweep(folder: Path) -> None:
    """Remove the temporary files of builds whose process no longer runs (killed builds)."""
    for path in folder.glob(f"{TEMP_PREFIX}*"):
        owner = path.name[len(TEMP_PREFIX) :].split("-", 1)[0]
        if owner.isdigit() and _running(int(owner)):
            continue
        if not owner.isdigit() and time.time() - path.stat().st_mtime < 3600:
            continue  # an older rift's name, without a process id: only when long abandoned
        path.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a build piles up objects.

    Reading a chronicle makes some forty objects an event, none of them in a
    cycle; the collector scanning them again and again took half of a large build.
    """
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class BuildStopped(StoreError):
    """SIGTERM arrived during a build; the temporary files were removed."""


@contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """Turn SIGTERM into an exception, so that the build cleans up before the process ends."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    message = "the build was stopped (SIGTERM); the database was not changed"
    stopped = False

    def stop(signum: int, frame: object) -> None:
        nonlocal stopped
        stopped = True
        raise BuildStopped(message)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    except Exception as exc:
        if stopped and not isinstance(exc, BuildStopped):
            # DuckDB interrupts a running query on a signal and raises its own error
            raise BuildStopped(message) from exc
        raise
    finally:
        signal.signal(signal.SIGTERM, previous)


def _write(path: Path, chronicle: Chronicle) -> None:
    import duckdb

    from rift import cameo, dates

    con = duckdb.connect(str(path))
    folder = path.parent
    try:
        con.execute(SCHEMA)
        _insert(
            con,
            folder,
            "meta",
            [
                ("application", APPLICATION),
                ("schema", SCHEMA_VERSION),
                ("built_at", time.strftime("%Y-%m-%dT%H:%M:%S")),
            ],
        )
        _insert(
            con,
            folder,
            "actors",
            [
                (
                    a.id,
                    a.kind,
                    a.name,
                    a.aliases,
                    a.demonyms,
                    a.wikidata,
                    a.cow,
                    a.country,
                    a.gender,
                )
                for a in chronicle.actors.values()
            ],
        )
        _insert(
            con,
            folder,
            "sources",
            [(s.id, s.type, s.citation, s.url, s.class_) for s in chronicle.sources.values()],
        )
        event_rows, event_actors, event_sources = [], [], []
        for e in chronicle.events.values():
            when = dates.parse(e.date)
            code = cameo.lookup(e.cameo)
            assert code is not None  # validation guarantees it
            weight = e.goldstein if e.goldstein is not None else code.goldstein
            file, line = chronicle.origins[e.id]
            event_rows.append(
                (
                    e.id,
                    e.date,
                    when.earliest,
                    when.latest,
                    when.core_start,
                    when.core_end,
                    e.title,
                    e.summary,
                    code.plover,
                    e.cameo,
                    weight,
                    e.salience,
                    e.note,
                    f"{file}:{line}",
                    e.frame.model_dump_json(by_alias=True, exclude_defaults=True),
                    "["
                    + ", ".join(
                        f.model_dump_json(by_alias=True, exclude_defaults=True) for f in e.also
                    )
                    + "]",
                )
            )
            event_actors += [(e.id, a.id, a.role) for a in e.actors]
            event_sources += [(e.id, s.id, s.at, i) for i, s in enumerate(e.sources)]
        _insert(con, folder, "events", event_rows)
        _insert(con, folder, "event_actors", event_actors)
        _insert(con, folder, "event_sources", event_sources)
        period_rows, period_actors, period_sources = [], [], []
        for p in chronicle.periods.values():
            when = dates.span(p.start, p.end)
            file, line = chronicle.origins[p.id]
            period_rows.append(
                (
                    p.id,
                    p.kind,
                    p.start,
                    p.end,
                    when.earliest,
                    when.latest,
                    when.core_start,
                    when.core_end,
                    p.title,
                    p.summary,
                    p.level,
                    p.status,
                    p.office,
                    p.salience,
                    p.note,
                    f"{file}:{line}",
                    p.asserted.model_dump_json(by_alias=True, exclude_defaults=True),
                )
            )
            period_actors += [(p.id, a.id, a.role) for a in p.actors]
            period_sources += [(p.id, s.id, s.at, i) for i, s in enumerate(p.sources)]
        _insert(con, folder, "periods", period_rows)
        _insert(con, folder, "period_actors", period_actors)
        _insert(con, folder, "period_sources", period_sources)
        texts = {e.date for e in chronicle.events.values()}
        texts |= {d for p in chronicle.periods.values() for d in (p.start, p.end) if d}
        _insert(
            con,
            folder,
            "intervals",
            [
                (t, i.earliest, i.latest, i.core_start, i.core_end)
                for t in sorted(texts)
                for i in [dates.parse(t)]
            ],
        )
        derive(con)
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _insert(
    con: duckdb.DuckDBPyConnection, folder: Path, table: str, rows: list[tuple[Any, ...]]
) -> None:
    """Insert `rows` into `table` in one statement, through a newline-delimited JSON file.

    DuckDB binds Python parameters one row at a time (20,000 events took minutes);
    its JSON reader loads the same rows in a fraction of a second.
    """
    if not rows:
        return
    described = con.execute(f"DESCRIBE {table}").fetchall()
    names = [str(row[0]) for row in described]
    types = ["VARCHAR" if row[1] == "JSON" else str(row[1]) for row in described]
    handle, name = tempfile.mkstemp(
        prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=".jsonl", dir=folder
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            for row in rows:
                file.write(json.dumps(dict(zip(names, row, strict=True)), default=str))
                file.write("\n")
        columns = ", ".join(f"'{n}': '{t}'" for n, t in zip(names, types, strict=True))
        con.execute(
            f"INSERT INTO {table} SELECT * FROM read_json(?, format = 'newline_delimited', "
            f"columns = {{{columns}}})",
            [name],
        )
    finally:
        os.unlink(name)


def ensure(db: Path | None = None, directory: Path | None = None) -> Path:
    """The database path, built first if it is missing or stale."""
    path = db or default_path()
    source = directory or chronicle_dir()
    if is_stale(path, source):
        build(path, source)
    return path


@contextmanager
def connect(db: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to an up-to-date database (built first when needed).

    The file is opened once when it is current. A failure to read it later (a
    damaged file) is a `StoreError` saying what to do.
    """
    import duckdb

    path = db or default_path()
    source = chronicle_dir()
    con, state = _open(path, source)
    if con is None:
        build(path, source)
        con, state = _open(path, source)
        if con is None:
            raise StoreError(f"{path}: cannot open the database just built ({state})")
    try:
        yield con
    except duckdb.Error as exc:
        reason = str(exc).splitlines()[0]
        raise StoreError(
            f"{path}: cannot read the database ({reason}); remove it and rift rebuilds it"
        ) from exc
    finally:
        con.close()
