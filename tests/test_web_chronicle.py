"""The chronicle the server answers from: warmed up in order, then set aside from the collector."""

from __future__ import annotations

import asyncio
import gc
import threading
from pathlib import Path

import pytest

from rift.web.charts import Charts
from rift.web.chronicle import Chronicle, settle
from rift.web.database import Database


def test_settling_after_the_warm_up_freezes_what_is_in_memory(bundled_db: Path) -> None:
    database = Database(bundled_db)
    done = threading.Event()
    frozen: list[int] = []

    def after(chronicle: Chronicle) -> None:
        frozen.append(gc.get_freeze_count())
        done.set()

    chronicle = Chronicle(database, Charts(database), warm=[settle, after])
    try:
        chronicle.start()
        assert done.wait(timeout=120)
        # the snapshot was read before the warm-up, so it is among the frozen objects
        assert frozen[0] > len(chronicle.snapshot().events())
    finally:
        chronicle.close()
        gc.unfreeze()
        database.close()


def test_a_request_that_gives_up_waiting_does_not_cancel_the_snapshot(bundled_db: Path) -> None:
    # as when a server shuts down while its start-up visits wait for the snapshot
    database = Database(bundled_db)
    chronicle = Chronicle(database, Charts(database))

    async def give_up() -> None:
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(chronicle.ready(), 0.01)

    try:
        asyncio.run(give_up())
        assert chronicle.snapshot().events()
    finally:
        chronicle.close()
        database.close()
