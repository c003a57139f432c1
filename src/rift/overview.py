"""The main job of `make run`: what the chronicle holds and the arc of Albania–USSR relations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rift import queries

if TYPE_CHECKING:
    import duckdb

#: Dates that show the relationship's arc: patronage, the split, the rupture, after 1968,
#: the restoration of relations.
KEY_DATES = ("1950-06-01", "1955-06-01", "1961-06-01", "1965-06-01", "1980-06-01", "1991-06-01")
DYAD = ("ALB", "SUN")


def overview(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Counts, the curated phases of the ALB–SUN dyad, and its state on key dates."""
    size = {
        table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
        for table in ("actors", "sources", "events", "periods")
    }
    span = con.execute("SELECT min(earliest), max(latest) FROM events").fetchone()
    phases = queries.periods(con, list(DYAD), kind="phase")
    states = []
    for when in KEY_DATES:
        state = queries.on(con, when, list(DYAD))
        shared = [p for p in state["periods"] if _both(p)]
        states.append(
            {
                "date": when,
                "phase": [p["title"] for p in state["phases"] if _both(p)],
                "relations": [p["level"] for p in shared if p["kind"] == "relations"],
                "memberships": [
                    f"{_member(p)} in {_org(p)}"
                    + (" (inactive)" if p["status"] == "inactive" else "")
                    for p in state["periods"]
                    if p["kind"] == "membership" and _member(p) in DYAD
                ],
                "aid": [p["title"] for p in shared if p["kind"] == "aid"],
            }
        )
    return {
        "size": size,
        "events_from": span[0].isoformat() if span and span[0] else None,
        "events_to": span[1].isoformat() if span and span[1] else None,
        "dyad": list(DYAD),
        "phases": [
            {"id": p["id"], "title": p["title"], "start": p["start"], "end": p["end"]}
            for p in phases
        ],
        "states": states,
    }


def _ids(period: dict[str, Any]) -> set[str]:
    return {a["id"] for a in period["actors"]}


def _both(period: dict[str, Any]) -> bool:
    return set(DYAD) <= _ids(period)


def _member(period: dict[str, Any]) -> str:
    return next((a["id"] for a in period["actors"] if a["role"] == "source"), "?")


def _org(period: dict[str, Any]) -> str:
    return next((a["id"] for a in period["actors"] if a["role"] == "target"), "?")
