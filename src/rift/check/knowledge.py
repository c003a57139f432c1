"""What the checker knows: the chronicle's items, read once from the store.

Each item carries its interval, its actors with roles, the actors' countries
(so that "Hoxha" can stand for Albania) and the frame it declares
(`rift.frames`): what it asserts, with roles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from rift import dates, queries
from rift.check.link import Gazetteer, gazetteer

if TYPE_CHECKING:
    import duckdb


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
    frame: dict[str, Any]  # the declared frame, as stored (see rift.model.Frame)
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


@dataclass(eq=False)  # one chronicle is one object: compared and hashed by identity
class Knowledge:
    """The chronicle, ready for checking."""

    items: list[Item]
    actors: dict[str, dict[str, Any]]
    names: Gazetteer
    countries: dict[str, str]

    @cached_property
    def kinds(self) -> dict[str, str]:
        return {a: str(row.get("kind", "")) for a, row in self.actors.items()}

    @cached_property
    def by_type(self) -> dict[str, list[Item]]:
        """Items by the type of the frame they declare."""
        found: dict[str, list[Item]] = {}
        for item in self.items:
            found.setdefault(str(item.frame.get("type", "other")), []).append(item)
        return found

    @cached_property
    def genders(self) -> dict[str, str]:
        """The gender of each person the chronicle gives one."""
        return {a: str(row["gender"]) for a, row in self.actors.items() if row.get("gender")}

    def kind_of(self, actor: str) -> str:
        return self.kinds.get(actor, "")

    def name_of(self, actor: str) -> str:
        return str(self.actors.get(actor, {}).get("name", actor))


def load(con: duckdb.DuckDBPyConnection) -> Knowledge:
    """Read the chronicle's items from an open store."""
    dates.remember(
        [
            dates.Interval(*row)
            for row in con.execute(
                "SELECT edtf, earliest, latest, core_start, core_end FROM intervals"
            ).fetchall()
        ]
    )
    actor_rows = queries.actors(con)
    declared = {
        str(ident): json.loads(frame)
        for ident, frame in con.execute(
            "SELECT id, frame FROM events UNION ALL SELECT id, frame FROM periods"
        ).fetchall()
    }
    also = {
        str(ident): json.loads(frames)
        for ident, frames in con.execute("SELECT id, also FROM events").fetchall()
    }
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
            "frame": declared[row["id"]],
        }

    items = [
        Item(
            **common(row),
            kind="event",
            date=row["date"],
            interval=dates.parse(row["date"]),
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
            period_kind=row["kind"],
            level=row["level"],
            status=row["status"],
            start=dates.parse(row["start"]),
            end=dates.parse(row["end"]) if row["end"] else None,
        )
        for row in queries.periods(con)
    ]
    # an event that asserts several frames is compared once under each
    items += [replace(item, frame=frame) for item in items for frame in also.get(item.id, [])]
    return Knowledge(items, {str(a["id"]): a for a in actor_rows}, gazetteer(actor_rows), countries)


def _closure(actors: dict[str, str], countries: dict[str, str]) -> frozenset[str]:
    return frozenset([*actors, *(countries[a] for a in actors if a in countries)])
