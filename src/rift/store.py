"""The embedded store: the chronicle compiled into one DuckDB file.

`build` is atomic: it writes a temporary file beside the target and renames it
into place, so a failed or interrupted build leaves the previous database as it
was. `ensure` rebuilds when the database is missing, older than the chronicle
files, or of another schema version.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rift.errors import StoreError

if TYPE_CHECKING:
    import duckdb

    from rift.chronicle import Chronicle

SCHEMA_VERSION = "7"
PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_CHRONICLE = PACKAGE_DIR / "chronicle"

SCHEMA = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE actors (
    id VARCHAR PRIMARY KEY, kind VARCHAR, name VARCHAR, aliases VARCHAR[],
    demonyms VARCHAR[], wikidata VARCHAR, cow INTEGER, country VARCHAR);
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
#: a dyad's rows sit together (DuckDB then skips the rest of the table).
DERIVED = """
CREATE OR REPLACE TABLE event_pairs AS
SELECT pa.event_id, pa.actor_id AS a, pb.actor_id AS b, pa.role AS a_role, pb.role AS b_role,
       e.earliest, e.latest, e.goldstein
FROM event_actors pa
JOIN event_actors pb ON pb.event_id = pa.event_id AND pb.actor_id <> pa.actor_id
JOIN events e ON e.id = pa.event_id
ORDER BY a, b, earliest;
"""


def derive(con: duckdb.DuckDBPyConnection) -> None:
    """Build the tables derived from the chronicle's own (call after inserting)."""
    con.execute(DERIVED)


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
    from platformdirs import user_data_path

    return user_data_path("rift", appauthor=False) / "rift.duckdb"


def chronicle_dir() -> Path:
    """`RIFT_CHRONICLE` if set, else the bundled chronicle."""
    override = os.environ.get("RIFT_CHRONICLE")
    return Path(override).expanduser() if override else DEFAULT_CHRONICLE


def _inputs(directory: Path) -> list[Path]:
    return [*sorted(directory.glob("*.yaml")), PACKAGE_DIR / "cameo.csv"]


def is_stale(db: Path, directory: Path) -> bool:
    """The database is missing, older than any chronicle file, or of another schema."""
    if not db.exists():
        return True
    built = db.stat().st_mtime
    if any(path.stat().st_mtime > built for path in _inputs(directory) if path.exists()):
        return True
    import duckdb

    try:
        with duckdb.connect(str(db), read_only=True) as con:
            row = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except duckdb.Error:
        return True
    return row is None or row[0] != SCHEMA_VERSION


def build(db: Path, directory: Path) -> BuildReport:
    """Validate the chronicle under `directory` and compile it into `db`, atomically.

    Raises `ChronicleError` when the chronicle does not validate; the existing
    database, if any, is left untouched.
    """
    from rift.chronicle import load

    began = time.perf_counter()
    chronicle = load(directory)
    db.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".rift-build-", suffix=".duckdb", dir=db.parent)
    os.close(handle)
    temp = Path(temp_name)
    temp.unlink()  # duckdb wants to create the file itself
    try:
        _write(temp, chronicle)
        os.replace(temp, db)
    finally:
        for leftover in (temp, temp.with_name(temp.name + ".wal")):
            if leftover.exists():
                leftover.unlink()
    return BuildReport(
        db,
        len(chronicle.actors),
        len(chronicle.sources),
        len(chronicle.events),
        len(chronicle.periods),
        time.perf_counter() - began,
    )


def _write(path: Path, chronicle: Chronicle) -> None:
    import duckdb

    from rift import cameo, dates

    con = duckdb.connect(str(path))
    try:
        con.execute(SCHEMA)
        _insert(
            con,
            "INSERT INTO meta VALUES (?, ?)",
            [("schema", SCHEMA_VERSION), ("built_at", time.strftime("%Y-%m-%dT%H:%M:%S"))],
        )
        _insert(
            con,
            "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (a.id, a.kind, a.name, a.aliases, a.demonyms, a.wikidata, a.cow, a.country)
                for a in chronicle.actors.values()
            ],
        )
        _insert(
            con,
            "INSERT INTO sources VALUES (?, ?, ?, ?, ?)",
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
        _insert(con, f"INSERT INTO events VALUES ({', '.join('?' * 16)})", event_rows)
        _insert(con, "INSERT INTO event_actors VALUES (?, ?, ?)", event_actors)
        _insert(con, "INSERT INTO event_sources VALUES (?, ?, ?, ?)", event_sources)
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
        _insert(con, f"INSERT INTO periods VALUES ({', '.join('?' * 17)})", period_rows)
        _insert(con, "INSERT INTO period_actors VALUES (?, ?, ?)", period_actors)
        _insert(con, "INSERT INTO period_sources VALUES (?, ?, ?, ?)", period_sources)
        texts = {e.date for e in chronicle.events.values()}
        texts |= {d for p in chronicle.periods.values() for d in (p.start, p.end) if d}
        _insert(
            con,
            "INSERT INTO intervals VALUES (?, ?, ?, ?, ?)",
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


def _insert(con: duckdb.DuckDBPyConnection, sql: str, rows: list[Any]) -> None:
    if rows:  # duckdb rejects executemany with no parameters
        con.executemany(sql, rows)


def ensure(db: Path | None = None, directory: Path | None = None) -> Path:
    """The database path, built first if it is missing or stale."""
    path = db or default_path()
    source = directory or chronicle_dir()
    if is_stale(path, source):
        build(path, source)
    return path


@contextmanager
def connect(db: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to an up-to-date database."""
    import duckdb

    path = ensure(db)
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open the database: {exc}") from exc
    try:
        yield con
    finally:
        con.close()
