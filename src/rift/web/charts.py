"""Charts for the pages: `rift.plot`'s SVG, drawn once per dyad and window, then kept.

The database is read-only for the server's life, so a chart never changes;
matplotlib is not thread-safe, so one chart is drawn at a time.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

from rift import measure, plot, queries
from rift.errors import InputError
from rift.web.database import Database

Dyads = tuple[tuple[str, str], ...]
Key = tuple[Dyads, str | None, str | None]

#: Charts kept in memory (about 100–150 kB each).
KEEP = 64


def pairs(actor_ids: list[str]) -> Dyads:
    """`[A, B, C, D]` as `((A, B), (C, D))`, as `rift plot A B C D` reads them."""
    if not actor_ids or len(actor_ids) % 2:
        raise InputError("give actor ids in pairs: actor=A&actor=B[&actor=C&actor=D...]")
    return tuple(zip(actor_ids[::2], actor_ids[1::2], strict=True))


class Charts:
    """SVG charts of dyads' composite series over the database `db`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._kept: dict[Key, bytes] = {}
        self._drawing = threading.Lock()

    def svg(self, dyads: Dyads, start: str | None = None, end: str | None = None) -> bytes:
        """The chart of `dyads` (the first one's phases as bands), as SVG."""
        key = (dyads, start, end)
        if key in self._kept:
            return self._kept[key]
        with self._drawing:
            if key not in self._kept:
                self._kept[key] = self._draw(dyads, start, end)
                if len(self._kept) > KEEP:
                    del self._kept[next(iter(self._kept))]
            return self._kept[key]

    def _draw(self, dyads: Dyads, start: str | None, end: str | None) -> bytes:
        with self.db.cursor() as con, tempfile.TemporaryDirectory() as folder:
            for a, b in dyads:
                queries.require_actors(con, [a, b])
                if not measure.series(con, a, b, "year", start, end):
                    raise InputError(f"nothing on record for {a}–{b} between {start} and {end}")
            return plot.plot(con, list(dyads), Path(folder) / "chart.svg", start, end).read_bytes()
