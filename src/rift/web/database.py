"""The server's one read-only DuckDB connection, and a cursor of it for each request.

DuckDB connections are not to be shared between threads while in use, and
FastAPI runs each request's handler in a worker thread; `cursor()` gives every
request its own connection to the same opened database.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from rift.errors import StoreError

if TYPE_CHECKING:
    import duckdb


QUERY_THREADS = 1


class Database:
    """A read-only view of the rift database at `path`, built first if missing or stale."""

    def __init__(self, path: Path | None = None) -> None:
        import duckdb

        from rift import store

        self.path = store.ensure(path)
        try:
            self._root = duckdb.connect(str(self.path), read_only=True)
            # one thread per query: the server runs several queries at once instead
            self._root.execute(f"SET threads TO {QUERY_THREADS}")
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the database: {exc}") from exc

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection for one request, closed afterwards."""
        con = self._root.cursor()
        try:
            yield con
        finally:
            con.close()

    def close(self) -> None:
        self._root.close()
