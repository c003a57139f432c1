"""Read the store: listings, one item in full, and the state of the world on a date.

Every function takes an open DuckDB connection and returns plain dicts with the
stable field names documented in the README (they are the JSON output).
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from rift import dates
from rift.errors import InputError

if TYPE_CHECKING:
    import duckdb

Row = dict[str, Any]

#: The years `on` answers for: it looks a year either side of the date.
QUERY_RANGE = (2, 9998)

#: An event row with its actors and sources (the lists are built with the store:
#: see `rift.store.DERIVED`); a query goes on with WHERE.
_EVENTS = """
SELECT e.id, e.date, e.earliest, e.latest, e.title, e.summary, e.type, e.cameo, e.goldstein,
       e.salience, l.actors, l.sources, e.note
FROM events e JOIN event_lists l ON l.id = e.id
"""

_PERIODS = """
SELECT p.id, p.kind, p.start, p."end", p.earliest, p.latest, p.title, p.summary, p.level,
       p.status, p.office, p.salience, l.actors, l.sources, p.note
FROM periods p JOIN period_lists l ON l.id = p.id
"""


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[Row]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    rows = []
    for values in cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        for key in ("earliest", "latest"):
            if key in row and row[key] is not None:
                row[key] = "open" if row[key] == dates.OPEN_END else row[key].isoformat()
        rows.append(row)
    return rows


def _known_ids(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [r[0] for r in con.execute(f"SELECT id FROM {table}").fetchall()]


def require_actors(con: duckdb.DuckDBPyConnection, ids: list[str]) -> None:
    """Raise `InputError` naming the first id that is not an actor."""
    if ids:
        check_actors(ids, set(_known_ids(con, "actors")))


def check_actors(ids: list[str], known: set[str]) -> None:
    """Raise `InputError` naming the first of `ids` not in `known` (the actor ids)."""
    for ident in ids:
        if ident not in known:
            raise InputError(f"unknown actor {ident!r}{_suggest(ident, known)}")


def _suggest(ident: str, known: set[str]) -> str:
    import difflib  # only on a mistake

    close = difflib.get_close_matches(ident, sorted(known), n=3, cutoff=0.6)
    close += sorted(k for k in known if k.lower() == ident.lower() and k not in close)
    return f" (did you mean {', '.join(close)}?)" if close else " (see `rift actors`)"


def window(start: str | None, end: str | None) -> tuple[Any, Any]:
    """The days from `start` to `end` (EDTF, either open) as the listings filter on them."""
    low = dates.parse(start).earliest if start else dates.OPEN_START
    high = dates.parse(end).latest if end else dates.OPEN_END
    if high < low:
        raise InputError(f"--to {end} is before --from {start}")
    return low, high


def require_choice(option: str, value: str, valid: list[str]) -> None:
    """Raise `InputError` listing the valid values when `value` is not one of them."""
    if value not in valid:
        raise InputError(f"{option} {value!r} is not one of: {', '.join(valid)}")


def literal(name: str) -> list[str]:
    """The values of one of `rift.vocabulary`'s literal types."""
    from typing import get_args

    from rift import vocabulary

    return [str(v) for v in get_args(getattr(vocabulary, name))]


def require_event_type(event_type: str) -> None:
    """Raise `InputError` unless `event_type` is a PLOVER type or a CAMEO code prefix."""
    from rift import cameo

    codes = cameo.table()
    if event_type.isdigit():
        if not any(code.startswith(event_type) for code in codes):
            raise InputError(f"--type {event_type!r}: no CAMEO code starts with it")
        return
    plover = sorted({c.plover for c in codes.values() if c.plover})
    require_choice("--type", event_type.upper(), plover)


def actors(con: duckdb.DuckDBPyConnection, kind: str | None = None) -> list[Row]:
    """All actors, optionally of one kind."""
    sql = "SELECT id, kind, name, aliases, demonyms, wikidata, cow, country, gender FROM actors"
    params: list[Any] = []
    if kind:
        require_choice("--kind", kind, literal("ActorKind"))
        sql += " WHERE kind = ?"
        params.append(kind)
    return _rows(con, sql + " ORDER BY kind, id", params)


def sources(con: duckdb.DuckDBPyConnection) -> list[Row]:
    """All sources, with how many events and periods cite each."""
    return _rows(
        con,
        """SELECT s.id, s.type, s."class", s.citation, s.url,
                  (SELECT count(DISTINCT event_id) FROM event_sources WHERE source_id = s.id)
                  + (SELECT count(DISTINCT period_id) FROM period_sources WHERE source_id = s.id)
                  AS cited_by
           FROM sources s ORDER BY s.id""",
        [],
    )


def events(
    con: duckdb.DuckDBPyConnection,
    actor_ids: list[str] | None = None,
    start: str | None = None,
    end: str | None = None,
    event_type: str | None = None,
    min_salience: int | None = None,
) -> list[Row]:
    """Events involving every actor in `actor_ids`, overlapping [start, end]."""
    actor_ids = actor_ids or []
    require_actors(con, actor_ids)
    low, high = window(start, end)
    sql = f"{_EVENTS} WHERE e.earliest <= ? AND e.latest >= ?"
    params: list[Any] = [high, low]
    for ident in actor_ids:
        sql += (
            " AND EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.actor_id = ?)"
        )
        params.append(ident)
    if event_type:
        require_event_type(event_type)
        if event_type.isdigit():
            sql += " AND starts_with(e.cameo, ?)"
            params.append(event_type)
        else:
            sql += " AND e.type = ?"
            params.append(event_type.upper())
    if min_salience is not None:
        sql += " AND e.salience <= ?"
        params.append(min_salience)
    return _rows(con, sql + " ORDER BY e.earliest, e.latest, e.id", params)


def periods(
    con: duckdb.DuckDBPyConnection,
    actor_ids: list[str] | None = None,
    start: str | None = None,
    end: str | None = None,
    kind: str | None = None,
) -> list[Row]:
    """Periods involving every actor in `actor_ids`, overlapping [start, end]."""
    actor_ids = actor_ids or []
    require_actors(con, actor_ids)
    low, high = window(start, end)
    sql = f"{_PERIODS} WHERE p.earliest <= ? AND p.latest >= ?"
    params: list[Any] = [high, low]
    for ident in actor_ids:
        sql += (
            " AND EXISTS (SELECT 1 FROM period_actors x"
            " WHERE x.period_id = p.id AND x.actor_id = ?)"
        )
        params.append(ident)
    if kind:
        require_choice("--kind", kind, literal("PeriodKind"))
        sql += " AND p.kind = ?"
        params.append(kind)
    return _rows(con, sql + " ORDER BY p.earliest, p.kind, p.id", params)


def on(con: duckdb.DuckDBPyConnection, when: str, actor_ids: list[str] | None = None) -> Row:
    """The state of the world on `when`: active periods, current phases, events a year around.

    With actors, only periods and events involving at least one of them, or the
    people and parties of a state among them, are kept.
    """
    actor_ids = actor_ids or []
    require_actors(con, actor_ids)
    day = on_day(when)
    involve_p, involve_e, extra = "", "", []
    if actor_ids:
        marks = ", ".join("?" * len(actor_ids))
        members = con.execute(
            f"SELECT id FROM actors WHERE country IN ({marks}) ORDER BY id", actor_ids
        ).fetchall()
        widened = [*actor_ids, *(m[0] for m in members if m[0] not in actor_ids)]
        marks = ", ".join("?" * len(widened))
        involve_p = (
            f" AND EXISTS (SELECT 1 FROM period_actors x WHERE x.period_id = p.id"
            f" AND x.actor_id IN ({marks}))"
        )
        involve_e = (
            f" AND EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id"
            f" AND x.actor_id IN ({marks}))"
        )
        extra = widened
    active = _rows(
        con,
        f"{_PERIODS} WHERE p.core_start <= ? AND p.core_end >= ?"
        f"{involve_p} ORDER BY p.kind, p.core_start, p.id",
        [day.core_end, day.core_start, *extra],
    )
    around = _rows(
        con,
        f"{_EVENTS} WHERE e.earliest <= ? AND e.latest >= ?{involve_e} ORDER BY e.earliest, e.id",
        [day.core_end + timedelta(days=366), day.core_start - timedelta(days=366), *extra],
    )
    phases = [p for p in active if p["kind"] == "phase"]
    return {
        "date": when,
        "actors": actor_ids,
        "periods": [p for p in active if p["kind"] != "phase"],
        "phases": phases,
        "scores": _scores(con, [tuple(a["id"] for a in p["actors"]) for p in phases], when),
        "events": around,
    }


def on_day(when: str) -> dates.Interval:
    """The date `rift on` is asked about; `InputError` when it is not EDTF or out of range."""
    day = dates.parse(when)
    if not QUERY_RANGE[0] <= day.earliest.year <= day.latest.year <= QUERY_RANGE[1]:
        raise InputError(
            f"{when}: out of range: `rift on` answers for dates from "
            f"{QUERY_RANGE[0]:04d} to {QUERY_RANGE[1]} (it looks a year either side)"
        )
    return day


def _scores(con: duckdb.DuckDBPyConnection, pairs: list[tuple[str, ...]], when: str) -> list[Row]:
    """Phase and composite score of each dyad at `when` (see `rift.measure`)."""
    from rift import measure

    found = []
    for pair in dict.fromkeys(pairs):
        if len(pair) == 2:
            score = measure.at(con, pair[0], pair[1], when)
            if score:
                found.append(score)
    return found


def show(con: duckdb.DuckDBPyConnection, ident: str) -> Row:
    """Everything about one actor, event, period or source, with full citations."""
    # one query, not one a table: the first table (in `_SHOW`'s order) holding the id
    found = con.execute(
        " UNION ALL ".join(
            f"SELECT '{table}', {rank} FROM {table} WHERE id = $id"
            for rank, table in enumerate(_SHOW)
        )
        + " ORDER BY 2 LIMIT 1",
        {"id": ident},
    ).fetchone()
    if found:
        return {"kind": found[0][:-1], **_SHOW[found[0]](con, ident)}
    known = set()
    for table in ("events", "periods", "actors", "sources"):
        known.update(_known_ids(con, table))
    raise unknown_id(ident, known)


def unknown_id(ident: str, known: set[str]) -> InputError:
    """The error for an id that is none of `known`, with the closest ids as suggestions."""
    return InputError(
        f"unknown id {ident!r}: no actor, event, period or source has it{_suggest(ident, known)}"
    )


def _cite(con: duckdb.DuckDBPyConnection, row: Row) -> Row:
    """`row` with each source's citation and address, in the order cited."""
    refs = row.get("sources") or []
    found = {
        ident: (citation, url)
        for ident, citation, url in con.execute(
            "SELECT id, citation, url FROM sources WHERE list_contains(?::VARCHAR[], id)",
            [[r["id"] for r in refs]],
        ).fetchall()
    }
    cited = []
    for ref in refs:
        citation, url = found.get(ref["id"], (None, None))
        cited.append({"id": ref["id"], "at": ref["at"], "citation": citation, "url": url})
    return {**row, "sources": cited}


def _show_event(con: duckdb.DuckDBPyConnection, ident: str) -> Row:
    from rift import measure

    rows = _rows(con, f"{_EVENTS} WHERE e.id = ?", [ident])
    item = rows[0]
    pairs = measure.dyads_in(con, [a["id"] for a in item["actors"]])
    return {"item": _cite(con, item), "scores": _scores(con, list(pairs), item["date"])}


def _show_period(con: duckdb.DuckDBPyConnection, ident: str) -> Row:
    rows = _rows(con, f"{_PERIODS} WHERE p.id = ?", [ident])
    return {"item": _cite(con, rows[0])}


def _show_actor(con: duckdb.DuckDBPyConnection, ident: str) -> Row:
    row = _rows(
        con,
        "SELECT id, kind, name, aliases, demonyms, wikidata, cow, gender FROM actors WHERE id = ?",
        [ident],
    )[0]
    return {
        "item": row,
        "periods": periods(con, [ident]),
        "events": events(con, [ident], min_salience=2),
    }


def _show_source(con: duckdb.DuckDBPyConnection, ident: str) -> Row:
    row = _rows(con, "SELECT id, type, citation, url FROM sources WHERE id = ?", [ident])[0]
    cited = _rows(
        con,
        """SELECT event_id AS id, 'event' AS kind, "at" FROM event_sources WHERE source_id = ?
           UNION ALL
           SELECT period_id, 'period', "at" FROM period_sources WHERE source_id = ?
           ORDER BY id""",
        [ident, ident],
    )
    return {"item": row, "cited_by": cited}


_SHOW = {
    "events": _show_event,
    "periods": _show_period,
    "actors": _show_actor,
    "sources": _show_source,
}
