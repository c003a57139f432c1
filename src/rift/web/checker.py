"""Checks run in a separate worker process, so that a long text never holds up other requests.

The worker runs at a lower CPU priority than the server: where cores are few,
checks back to back would otherwise take a core's share from the pages.

The worker loads spaCy on its first check (2–3 s) and keeps it, with its own
read-only connection to the database, for the life of the server; the server
process itself never imports spaCy. Nothing a user submits is kept: the text
goes to the worker and the report comes back.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rift.errors import RiftError

if TYPE_CHECKING:
    import duckdb

    from rift.check.inputs import Text

Report = dict[str, Any]

#: The worker's niceness (0 to 19, higher yields more): a check gives way to page requests.
WORKER_NICENESS = 10

#: Checks waiting or running beyond this are refused with 503 rather than queued for minutes
#: (more than the load test's 50 clients, each waiting for its answer, can have pending).
MAX_PENDING = 64


class CheckerBusy(RiftError):
    """Too many checks are waiting; the client should try again shortly."""


@lru_cache(maxsize=1)
def _connection(db: str) -> duckdb.DuckDBPyConnection:
    """The worker's own read-only connection, opened on its first check."""
    import duckdb

    return duckdb.connect(db, read_only=True)


def lower_priority(niceness: int = WORKER_NICENESS) -> None:
    """Run this process at a lower CPU priority (the worker's initializer; POSIX only)."""
    if hasattr(os, "nice"):
        os.nice(niceness)


def check_in_worker(db: str, text: Text) -> Report:
    """Check one text against the database at `db` (runs in the worker process)."""
    from rift.check import run

    return run.check_texts(_connection(db), [text])[0]


class Checker:
    """A pool of `workers` processes that check texts against the database at `db`."""

    def __init__(self, db: Path, workers: int = 1) -> None:
        self.db = str(db)
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._pending = 0

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn, not fork: the server holds threads and an open database
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=context, initializer=lower_priority
            )
        return self._pool

    async def check(self, text: Text) -> Report:
        """The check report of `text` (the JSON contract, with the text for annotation)."""
        if self._pending >= MAX_PENDING:
            raise CheckerBusy(
                f"the checker has {self._pending} texts waiting; try again in a minute"
            )
        self._pending += 1
        try:
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self._executor(), check_in_worker, self.db, text)
        finally:
            self._pending -= 1

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
