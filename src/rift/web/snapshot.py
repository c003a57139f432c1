"""The chronicle read into memory once, for the pages every visitor opens.

The database is read-only for the server's life, so what an item page needs
(`rift show`, the events and periods around the item, `rift on`) can be answered
from a few bulk queries made at start-up (every event, period, actor and source,
and the yearly scores of the dyads with curated phases) instead of a dozen
queries per request. Each answer is the library's, field for field and in the
same order; `tests/test_web_snapshot.py` compares the two over every id and
many dates. The rows are shared between requests: callers read them, never
change them.

>>> snapshot = Snapshot.read(database)                  # doctest: +SKIP
>>> snapshot.show("warsaw-pact") == queries.show(con, "warsaw-pact")  # doctest: +SKIP
True
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from rift import dates, measure, queries

if TYPE_CHECKING:
    from rift.web.database import Database

Row = dict[str, Any]
Pair = tuple[str, str]


@dataclass(frozen=True)
class Dated:
    """A row of `rift events` or `rift periods` with its days and actors, ready to filter."""

    row: Row
    earliest: date
    latest: date
    actors: frozenset[str]
    core: tuple[date, date] | None = None


def _dated(row: Row, core: tuple[date, date] | None = None) -> Dated:
    latest = dates.OPEN_END if row["latest"] == "open" else date.fromisoformat(row["latest"])
    actors = frozenset(a["id"] for a in row["actors"] or [])
    return Dated(row, date.fromisoformat(row["earliest"]), latest, actors, core)


class Snapshot:
    """Every event, period, actor and source, indexed; `rift show`, `events`, `periods`, `on`."""

    def __init__(
        self,
        db: Database,
        events: list[Row],
        periods: list[Row],
        actors: list[Row],
        sources: list[Row],
        cores: dict[str, tuple[date, date]],
    ) -> None:
        self.db = db
        self.events_ = [_dated(e) for e in events]
        self.periods_ = [_dated(p, cores[p["id"]]) for p in periods]
        self._actors = actors
        self._sources = sources
        self.event = {e["id"]: e for e in events}
        self.period = {p["id"]: p for p in periods}
        self.actor = {a["id"]: a for a in actors}
        self.source = {s["id"]: s for s in sources}
        self.known_actors = set(self.actor)
        self.phased = [d.actors for d in self.periods_ if d.row["kind"] == "phase"]
        self._scores: dict[tuple[str, str, int], Row | None] = {}
        self._scoring = threading.Lock()

    @classmethod
    def read(cls, db: Database) -> Snapshot:
        """Read the whole chronicle from `db`, with the yearly scores of the phased dyads."""
        with db.cursor() as con:
            cores = {
                ident: (start, end)
                for ident, start, end in con.execute(
                    "SELECT id, core_start, core_end FROM periods"
                ).fetchall()
            }
            snapshot = cls(
                db,
                queries.events(con),
                queries.periods(con),
                queries.actors(con),
                queries.sources(con),
                cores,
            )
            snapshot._read_scores(con)
        return snapshot

    def _read_scores(self, con: Any) -> None:
        """Each phased dyad's yearly phase and composite, both ways, over the years on record."""
        days = [d.earliest for d in self.events_ + self.periods_ if d.earliest > dates.OPEN_START]
        days += [d.latest for d in self.events_ + self.periods_ if d.latest < dates.OPEN_END]
        if not days:
            return
        first, last = str(min(days).year), str(max(days).year)
        pairs = {(a, b) for s in self.phased for a in s for b in s if a != b}
        for a, b in sorted(pairs):
            for row in measure.series(con, a, b, "year", first, last):
                self._scores[(a, b, int(row["bin"]))] = {
                    "dyad": [a, b],
                    "year": row["bin"],
                    "phase": row["phase"],
                    "composite": row["composite"],
                }

    # -- the library's checks, against the ids in memory

    def require_actors(self, ids: list[str]) -> None:
        """`InputError` naming the first id that is not an actor (as `rift` says it)."""
        queries.check_actors(ids, self.known_actors)

    # -- listings

    def actors(self, kind: str | None = None) -> list[Row]:
        """As `queries.actors`: all actors, optionally of one kind."""
        if kind:
            queries.require_choice("--kind", kind, queries.literal("ActorKind"))
        return [a for a in self._actors if not kind or a["kind"] == kind]

    def sources(self) -> list[Row]:
        """As `queries.sources`: all sources, with how many events and periods cite each."""
        return self._sources

    def events(
        self,
        actor_ids: list[str] | None = None,
        start: str | None = None,
        end: str | None = None,
        event_type: str | None = None,
        min_salience: int | None = None,
    ) -> list[Row]:
        """As `queries.events`: events involving every actor, overlapping [start, end]."""
        actor_ids = actor_ids or []
        self.require_actors(actor_ids)
        low, high = queries.window(start, end)
        wanted = set(actor_ids)
        if event_type:
            queries.require_event_type(event_type)
        found = []
        for e in self.events_:
            if e.earliest > high or e.latest < low or not wanted <= e.actors:
                continue
            row = e.row
            if event_type and not _of_type(row, event_type):
                continue
            if min_salience is not None and (
                row["salience"] is None or row["salience"] > min_salience
            ):
                continue
            found.append(row)
        return found

    def periods(
        self,
        actor_ids: list[str] | None = None,
        start: str | None = None,
        end: str | None = None,
        kind: str | None = None,
    ) -> list[Row]:
        """As `queries.periods`: periods involving every actor, overlapping [start, end]."""
        actor_ids = actor_ids or []
        self.require_actors(actor_ids)
        low, high = queries.window(start, end)
        if kind:
            queries.require_choice("--kind", kind, queries.literal("PeriodKind"))
        wanted = set(actor_ids)
        return [
            p.row
            for p in self.periods_
            if p.earliest <= high
            and p.latest >= low
            and wanted <= p.actors
            and (not kind or p.row["kind"] == kind)
        ]

    # -- rift on

    def on(self, when: str, actor_ids: list[str] | None = None) -> Row:
        """As `queries.on`: periods in force on `when`, current phases and scores, events around."""
        actor_ids = actor_ids or []
        self.require_actors(actor_ids)
        day = queries.on_day(when)
        widened: set[str] = set()
        if actor_ids:
            members = sorted(a["id"] for a in self._actors if a["country"] in actor_ids)
            widened = {*actor_ids, *members}
        active = sorted(
            (
                p
                for p in self.periods_
                if p.core is not None
                and p.core[0] <= day.core_end
                and p.core[1] >= day.core_start
                and (not widened or p.actors & widened)
            ),
            key=lambda p: (p.row["kind"], p.core[0] if p.core else None, p.row["id"]),
        )
        low = day.core_start - timedelta(days=366)
        high = day.core_end + timedelta(days=366)
        around = sorted(
            (
                e
                for e in self.events_
                if e.earliest <= high and e.latest >= low and (not widened or e.actors & widened)
            ),
            key=lambda e: (e.earliest, e.row["id"]),
        )
        phases = [p.row for p in active if p.row["kind"] == "phase"]
        return {
            "date": when,
            "actors": actor_ids,
            "periods": [p.row for p in active if p.row["kind"] != "phase"],
            "phases": phases,
            "scores": self.scores([tuple(a["id"] for a in p["actors"]) for p in phases], when),
            "events": [e.row for e in around],
        }

    def scores(self, pairs: list[tuple[str, ...]], when: str) -> list[Row]:
        """As the library's: the phase and composite score of each dyad in the year of `when`."""
        found = []
        for pair in dict.fromkeys(pairs):
            if len(pair) == 2:
                score = self.at(pair[0], pair[1], when)
                if score:
                    found.append(score)
        return found

    def at(self, a: str, b: str, when: str) -> Row | None:
        """As `measure.at`; a year beyond those read at start-up is asked of the database once."""
        key = (a, b, dates.parse(when).core_start.year)
        if key not in self._scores:
            with self._scoring, self.db.cursor() as con:
                if key not in self._scores:
                    self._scores[key] = measure.at(con, a, b, str(key[2]))
        return self._scores[key]

    # -- rift show

    def show(self, ident: str) -> Row:
        """As `queries.show`: everything about one event, period, actor or source."""
        if ident in self.event:
            item = self.event[ident]
            pairs = self.dyads_in([a["id"] for a in item["actors"]])
            return {
                "kind": "event",
                "item": self._cite(item),
                "scores": self.scores(list(pairs), item["date"]),
            }
        if ident in self.period:
            return {"kind": "period", "item": self._cite(self.period[ident])}
        if ident in self.actor:
            row = {k: v for k, v in self.actor[ident].items() if k != "country"}
            return {
                "kind": "actor",
                "item": row,
                "periods": self.periods([ident]),
                "events": self.events([ident], min_salience=2),
            }
        if ident in self.source:
            row = {k: self.source[ident][k] for k in ("id", "type", "citation", "url")}
            return {"kind": "source", "item": row, "cited_by": self._cited_by(ident)}
        known = {*self.event, *self.period, *self.actor, *self.source}
        raise queries.unknown_id(ident, known)

    def kind_of(self, ident: str) -> str | None:
        """'event', 'period', 'actor' or 'source' (as `show` would say), None when unknown."""
        for kind, rows in (
            ("event", self.event),
            ("period", self.period),
            ("actor", self.actor),
            ("source", self.source),
        ):
            if ident in rows:
                return kind
        return None

    def dyads_in(self, actor_ids: list[str]) -> list[Pair]:
        """As `measure.dyads_in`: pairs of the states among `actor_ids` with curated phases."""
        states = [a for a in dict.fromkeys(actor_ids) if self._kind(a) == "state"]
        return [
            (first, second)
            for i, first in enumerate(states)
            for second in states[i + 1 :]
            if any(first in s and second in s for s in self.phased)
        ]

    def _kind(self, ident: str) -> str | None:
        row = self.actor.get(ident)
        return row["kind"] if row else None

    def _cite(self, row: Row) -> Row:
        cited = []
        for ref in row.get("sources") or []:
            source = self.source.get(ref["id"], {})
            cited.append(
                {
                    "id": ref["id"],
                    "at": ref["at"],
                    "citation": source.get("citation"),
                    "url": source.get("url"),
                }
            )
        return {**row, "sources": cited}

    def _cited_by(self, ident: str) -> list[Row]:
        found = [
            {"id": row["id"], "kind": kind, "at": ref["at"]}
            for kind, rows in (("event", self.event), ("period", self.period))
            for row in rows.values()
            for ref in row["sources"] or []
            if ref["id"] == ident
        ]
        return sorted(found, key=lambda r: r["id"])


def _of_type(row: Row, event_type: str) -> bool:
    if event_type.isdigit():
        return bool(row["cameo"]) and str(row["cameo"]).startswith(event_type)
    return bool(row["type"] == event_type.upper())
