"""What the checker knows: the chronicle's items, read once from the store.

Each item carries its interval, its actors with roles, the actors' countries
(so that "Hoxha" can stand for Albania), the lexicon categories it stands for,
and a BM25 index over titles and summaries for items no category names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from rift import dates, queries
from rift.check.link import Gazetteer, gazetteer
from rift.check.predicate import item_categories

WORD = re.compile(r"(?u)\b\w\w+\b")

if TYPE_CHECKING:
    import duckdb
    import numpy as np


@dataclass(frozen=True)
class Item:
    """One chronicle event or period, as the checker compares it."""

    id: str
    kind: str  # event or period
    title: str
    summary: str
    date: str  # EDTF as written: the event's date, or start/end for a period
    interval: dates.Interval
    actors: dict[str, str]  # actor id -> role
    closure: frozenset[str]  # actors and the states their people and parties belong to
    categories: frozenset[str]
    salience: int
    sources: tuple[dict[str, Any], ...]
    cameo: str | None = None
    period_kind: str | None = None
    level: str | None = None
    status: str | None = None
    start: dates.Interval | None = None  # periods: the start and the end as intervals
    end: dates.Interval | None = None

    def involves(self, actor: str, countries: dict[str, str]) -> bool:
        """The item involves `actor`, directly or through the actor's country."""
        return actor in self.closure or countries.get(actor) in self.closure

    def role_of(self, actor: str, countries: dict[str, str]) -> str | None:
        if actor in self.actors:
            return self.actors[actor]
        for other, role in self.actors.items():
            if countries.get(other) == actor or countries.get(actor) == other:
                return role
        return None

    @property
    def when(self) -> str:
        """The item's date in words for corrections and evidence."""
        if self.kind == "event":
            return self.date
        return f"{self.date}–{self.end.edtf if self.end else ''}".rstrip("–") + (
            "" if self.end else " onwards"
        )


@dataclass
class Knowledge:
    """The chronicle, ready for checking."""

    items: list[Item]
    actors: dict[str, dict[str, Any]]
    names: Gazetteer
    countries: dict[str, str]
    _scores: dict[str, Any] = field(default_factory=dict, repr=False)

    @cached_property
    def stemmer(self) -> Any:
        import Stemmer

        return Stemmer.Stemmer("english")

    @cached_property
    def stopwords(self) -> frozenset[str]:
        from bm25s.stopwords import STOPWORDS_EN

        return frozenset(STOPWORDS_EN)

    def tokens(self, texts: list[str]) -> list[list[str]]:
        """Lower-cased words of two letters or more, stop words out, stemmed (as bm25s does)."""
        result = []
        for text in texts:
            words = [w for w in WORD.findall(text.lower()) if w not in self.stopwords]
            result.append(self.stemmer.stemWords(words))
        return result

    @cached_property
    def index(self) -> Any:
        import bm25s

        corpus = [f"{item.title}. {item.title}. {item.summary}" for item in self.items]
        retriever = bm25s.BM25()
        retriever.index(self.tokens(corpus), show_progress=False)
        return retriever

    @cached_property
    def position(self) -> dict[str, int]:
        return {item.id: n for n, item in enumerate(self.items)}

    def score(self, text: str, item: Item) -> float:
        """BM25 score of one item against `text`."""
        return float(self.scores(text)[self.position[item.id]])

    def scores(self, text: str) -> np.ndarray:
        """BM25 scores of every item against `text` (cached: a claim is scored once)."""
        if text not in self._scores:
            words = [w for w in self.tokens([text])[0] if w in self.index.vocab_dict]
            self._scores[text] = self.index.get_scores(words)
        return self._scores[text]

    @cached_property
    def item_words(self) -> dict[str, set[str]]:
        corpus = [f"{item.title}. {item.summary}" for item in self.items]
        return {
            item.id: set(words) for item, words in zip(self.items, self.tokens(corpus), strict=True)
        }

    @cached_property
    def name_words(self) -> set[str]:
        """Stemmed words of actor names: shared names alone do not make a match."""
        names = [n.text for n in self.names.names]
        return {w for words in self.tokens(names) for w in words}

    def words(self, item: Item) -> set[str]:
        return self.item_words[item.id]

    @cached_property
    def span(self) -> tuple[date, date]:
        """The first and last day of the chronicle's events."""
        events = [i.interval for i in self.items if i.kind == "event"]
        return min(e.core_start for e in events), max(e.core_end for e in events)

    def kind_of(self, actor: str) -> str:
        return str(self.actors.get(actor, {}).get("kind", ""))

    def name_of(self, actor: str) -> str:
        return str(self.actors.get(actor, {}).get("name", actor))


def load(con: duckdb.DuckDBPyConnection) -> Knowledge:
    """Read the chronicle's items from an open store."""
    actor_rows = queries.actors(con)
    countries = {str(a["id"]): str(a["country"]) for a in actor_rows if a.get("country")}

    def common(row: dict[str, Any]) -> dict[str, Any]:
        actors = {a["id"]: a["role"] for a in row["actors"]}
        return {
            "id": row["id"],
            "title": row["title"],
            "summary": row["summary"],
            "actors": actors,
            "closure": _closure(actors, countries),
            "salience": row["salience"],
            "sources": tuple(row["sources"] or ()),
        }

    items = [
        Item(
            **common(row),
            kind="event",
            date=row["date"],
            interval=dates.parse(row["date"]),
            categories=frozenset(item_categories(row["title"], row["cameo"], None)),
            cameo=row["cameo"],
        )
        for row in queries.events(con)
    ]
    items += [
        Item(
            **common(row),
            kind="period",
            date=row["start"],
            interval=dates.span(row["start"], row["end"]),
            categories=frozenset(item_categories(row["title"], None, row["kind"])),
            period_kind=row["kind"],
            level=row["level"],
            status=row["status"],
            start=dates.parse(row["start"]),
            end=dates.parse(row["end"]) if row["end"] else None,
        )
        for row in queries.periods(con)
    ]
    return Knowledge(items, {str(a["id"]): a for a in actor_rows}, gazetteer(actor_rows), countries)


def _closure(actors: dict[str, str], countries: dict[str, str]) -> frozenset[str]:
    return frozenset([*actors, *(countries[a] for a in actors if a in countries)])
