"""What the server answers from: the chronicle in memory, and the slow answers computed once.

At start-up a background thread reads the `Snapshot` (half a second) and then
warms the answers most visitors ask for first (the overview, the neighbouring
dyads and their charts), so the server answers at once and the first visitors
of those pages do not wait for them. A request that comes before the snapshot
is read waits for it; one that asks for an answer being warmed waits for that
computation rather than starting its own.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
from collections.abc import Callable, Hashable, Sequence
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from rift.web.answers import Answers
from rift.web.snapshot import Snapshot

if TYPE_CHECKING:
    from rift.web.charts import Charts, Dyads
    from rift.web.database import Database

log = logging.getLogger("rift.web")

#: A step of the warm-up: asks the chronicle for an answer, which is then kept.
Warm = Callable[["Chronicle"], object]


def settle(chronicle: Chronicle) -> None:
    """The last step of `rift serve`'s warm-up: set what is in memory by now aside from the
    garbage collector (`gc.freeze`).

    The snapshot, the warmed answers and the imported libraries stay for the
    server's life, yet a full collection walks them all (some 170,000 objects):
    under load each one held every request up for 100–250 ms (once or twice in
    `benchmarks/bench_serve.py`'s 30 s). Once frozen they are never walked;
    what is made later is collected as before. The collection here is the last
    full one. Only for the server's own process: frozen objects are not
    collected if they later become garbage in reference cycles.
    """
    gc.collect()
    gc.freeze()


class Chronicle:
    """The database `db` read for the web: `snapshot()` for pages, `answer()` for slow queries."""

    def __init__(
        self,
        db: Database,
        charts: Charts,
        warm: Sequence[Warm] = (),
        answers: Answers | None = None,
    ) -> None:
        self.db = db
        self.charts = charts
        self.answers = answers or Answers()
        self._warm = warm
        self._snapshot: Future[Snapshot] = Future()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._stopping = threading.Event()

    def start(self) -> None:
        """Read the snapshot, then warm up, on a background thread (once; again does nothing)."""
        with self._lock:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name="rift-warm-up", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            self._snapshot.set_result(Snapshot.read(self.db))
        except BaseException as exc:
            self._snapshot.set_exception(exc)
            return
        for step in self._warm:
            if self._stopping.is_set():
                return
            try:
                step(self)
            except Exception:
                # the same answer is asked again by the request that needs it, and fails there
                log.warning("warming up: %s failed", getattr(step, "__name__", step), exc_info=True)

    def snapshot(self) -> Snapshot:
        """The chronicle in memory, waiting for it to be read if need be (for handler threads)."""
        self.start()
        return self._snapshot.result()

    async def ready(self) -> Snapshot:
        """The chronicle in memory, awaited (for handlers on the event loop)."""
        self.start()
        # shielded: a waiter cancelled (a server shutting down) must not cancel the snapshot
        # itself, which every later request would then find cancelled
        return await asyncio.shield(asyncio.wrap_future(self._snapshot))

    async def answer(self, query: Callable[..., Any], *args: Hashable) -> Any:
        """`query(con, *args)` (a library function), computed once on the answers' threads."""
        return await self.answers.wait(self._key(query, args), lambda: self._ask(query, args))

    def answer_now(self, query: Callable[..., Any], *args: Hashable) -> Any:
        """`answer`, computed in this thread (for the warm-up)."""
        return self.answers.get(self._key(query, args), lambda: self._ask(query, args))

    async def chart(self, dyads: Dyads, start: str | None, end: str | None) -> bytes:
        """The SVG chart of `dyads`, drawn on the answers' threads (and kept by `Charts`)."""
        svg: bytes = await self.answers.wait(
            ("chart", dyads, start, end), lambda: self.charts.svg(dyads, start, end), keep=False
        )
        return svg

    def chart_now(self, dyads: Dyads, start: str | None = None, end: str | None = None) -> bytes:
        """`chart`, drawn in this thread (for the warm-up)."""
        svg: bytes = self.answers.get(
            ("chart", dyads, start, end), lambda: self.charts.svg(dyads, start, end), keep=False
        )
        return svg

    def close(self) -> None:
        """Stop warming up and let the answers being computed finish."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join()  # the step under way (a query or a chart) ends first
        self.answers.close()

    @staticmethod
    def _key(query: Callable[..., Any], args: tuple[Hashable, ...]) -> Hashable:
        return (query.__module__, query.__qualname__, args)

    def _ask(self, query: Callable[..., Any], args: tuple[Hashable, ...]) -> Any:
        with self.db.cursor() as con:
            return query(con, *args)
