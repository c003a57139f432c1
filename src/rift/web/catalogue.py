"""What every id is called, read once: the labels of links between pages.

>>> Catalogue({"ALB": ("actor", "Albania")}).label("ALB")
'Albania'
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rift import queries

if TYPE_CHECKING:
    import duckdb

PAGES = {"event": "events", "period": "periods", "actor": "actors", "source": "sources"}


@dataclass(frozen=True)
class Catalogue:
    """Each id's kind and the words to show for it."""

    entries: dict[str, tuple[str, str]]
    states: frozenset[str] = frozenset()

    @classmethod
    def read(cls, con: duckdb.DuckDBPyConnection) -> Catalogue:
        entries: dict[str, tuple[str, str]] = {}
        actors = queries.actors(con)
        for row in actors:
            entries[row["id"]] = ("actor", row["name"])
        for row in queries.sources(con):
            entries[row["id"]] = ("source", row["citation"])
        for row in queries.periods(con):
            entries[row["id"]] = ("period", row["title"])
        for row in queries.events(con):
            entries[row["id"]] = ("event", row["title"])
        return cls(entries, frozenset(a["id"] for a in actors if a["kind"] == "state"))

    def label(self, ident: str) -> str:
        """The name or title of `ident`, or the id itself when unknown."""
        return self.entries.get(ident, ("", ident))[1]

    def url(self, ident: str) -> str | None:
        """The page of `ident`, e.g. /events/stalin-dies-1953."""
        kind = self.entries.get(ident, ("", ""))[0]
        return f"/{PAGES[kind]}/{ident}" if kind else None

    def urls(self) -> Iterator[str]:
        """The page of every id: events, periods, actors, then sources."""
        for wanted in PAGES:
            for ident, (kind, _) in self.entries.items():
                if kind == wanted:
                    yield f"/{PAGES[kind]}/{ident}"

    def actors(self) -> list[tuple[str, str]]:
        """(id, name) of every actor, by name."""
        found = [(i, name) for i, (k, name) in self.entries.items() if k == "actor"]
        return sorted(found, key=lambda pair: pair[1])
