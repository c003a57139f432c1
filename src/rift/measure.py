"""Cooperation–conflict series for a dyad: events, structure, and a composite.

Everything is computed in DuckDB SQL over the store, so the same queries serve
the bundled chronicle and millions of imported events.

Event series, per bin, for events whose actors include both A and B:
    events            number of events (an event whose EDTF bounds cover k bins
                      counts 1/k in each, so it is neither dropped nor double counted)
    goldstein_sum     Σ share × Goldstein weight; goldstein_mean = sum / events
    cooperative, conflictual (and *_sum): the same split by sign of the weight
    a_to_b, b_to_a, mutual: events by direction (A source and B target, the
                      reverse, or anything else) and their Goldstein sums

Structural series, per bin, from periods (fraction of the bin's days covered):
    relations_known   fraction of the bin covered by a relations period of the pair
    relations         level of diplomatic relations over those days, as days-weighted
                      rank (0 none, 1 relations without resident envoys or with a
                      chargé d'affaires, 2 legation, 3 embassy);
                      null when no relations period covers any day of the bin
    alliance          a shared alliance: an alliance period between A and B, or both
                      active members of the same alliance organization
    aid               an aid period between them, either way
    base              a military base of one in the other
    phase             the curated phase covering most of the bin

    structural = 10 × clip(relations/3 − 1 + 0.4·alliance + 0.4·aid + 0.2·base, −1, 1)
so relations broken off or never established (a `level: none` period) is −10,
normal relations at embassy level 0, and embassy relations with alliance, aid
and a base +10. A bin that no relations period covers has no relations on
record: its `relations`, `structural` and `composite` are null, never −10, since
a gap in the record is not hostility. A partly covered bin is scored on the
days on record.

Composite, on the same −10…+10 scale:
    composite = (1 − w/4) × structural + (w/4) × goldstein_mean,  w = min(events, 1)
so a bin without events shows the structure alone, and events move a bin by at
most a quarter of the way: the state of the relationship (relations, alliance,
aid) dominates, the events of the year colour it. Without a structure on record
the composite is null too: events alone do not place a bin on the scale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from rift import dates
from rift.errors import InputError
from rift.queries import Row, require_actors

if TYPE_CHECKING:
    import duckdb

Bin = Literal["year", "quarter", "month"]
BINS: tuple[Bin, ...] = ("year", "quarter", "month")

_STEP = {"year": "INTERVAL 1 YEAR", "quarter": "INTERVAL 3 MONTH", "month": "INTERVAL 1 MONTH"}

_LABEL = {
    "year": "strftime(b.start, '%Y')",
    "quarter": "strftime(b.start, '%Y') || '-Q' || CAST(quarter(b.start) AS VARCHAR)",
    "month": "strftime(b.start, '%Y-%m')",
}

# Events between A and each partner, spread over the bins their bounds cover.
_EVENTS = """
dyad_events AS (
    SELECT event_id AS id, earliest, latest, goldstein, b AS partner,
           CASE WHEN a_role = 'source' AND b_role = 'target' THEN 'ab'
                WHEN b_role = 'source' AND a_role = 'target' THEN 'ba'
                ELSE 'mutual' END AS direction
    FROM event_pairs
    WHERE a = $a {partner_filter}
      AND latest >= $low AND earliest <= $high
),
single AS (
    SELECT partner, direction, goldstein, 1.0 AS share,
           CAST(date_trunc('{unit}', earliest) AS DATE) AS bin
    FROM dyad_events WHERE date_trunc('{unit}', earliest) = date_trunc('{unit}', latest)
),
spread AS (
    SELECT partner, direction, goldstein,
           1.0 / count(*) OVER (PARTITION BY id, partner) AS share, CAST(bin AS DATE) AS bin
    FROM (
        SELECT *, unnest(generate_series(date_trunc('{unit}', earliest),
                                         date_trunc('{unit}', latest), {step})) AS bin
        FROM dyad_events WHERE date_trunc('{unit}', earliest) <> date_trunc('{unit}', latest)
    )
),
shares AS (
    SELECT * FROM single UNION ALL SELECT * FROM spread
),
event_bins AS (
    SELECT partner, bin,
        sum(share) AS events,
        sum(share * goldstein) AS goldstein_sum,
        sum(share) FILTER (WHERE goldstein > 0) AS cooperative,
        sum(share * goldstein) FILTER (WHERE goldstein > 0) AS cooperative_sum,
        sum(share) FILTER (WHERE goldstein < 0) AS conflictual,
        sum(share * goldstein) FILTER (WHERE goldstein < 0) AS conflictual_sum,
        sum(share) FILTER (WHERE direction = 'ab') AS a_to_b,
        sum(share * goldstein) FILTER (WHERE direction = 'ab') AS a_to_b_goldstein,
        sum(share) FILTER (WHERE direction = 'ba') AS b_to_a,
        sum(share * goldstein) FILTER (WHERE direction = 'ba') AS b_to_a_goldstein,
        sum(share) FILTER (WHERE direction = 'mutual') AS mutual
    FROM shares WHERE bin >= date_trunc('{unit}', $low) AND bin <= $high
    GROUP BY partner, bin
)"""

# Periods shared by A and B, clipped to their core bounds.
_STRUCTURE = """
pair_periods AS (
    SELECT p.kind, p.level, p.title, p.core_start AS s, p.core_end AS f
    FROM periods p
    WHERE EXISTS (SELECT 1 FROM period_actors x WHERE x.period_id = p.id AND x.actor_id = $a)
      AND EXISTS (SELECT 1 FROM period_actors x WHERE x.period_id = p.id AND x.actor_id = $b)
      AND p.kind IN ('relations', 'alliance', 'aid', 'base', 'phase')
),
shared_alliances AS (
    SELECT 'alliance' AS kind, NULL AS level, NULL AS title,
           greatest(pa.core_start, pb.core_start) AS s, least(pa.core_end, pb.core_end) AS f
    FROM periods pa
    JOIN period_actors ma ON ma.period_id = pa.id AND ma.actor_id = $a AND ma.role = 'source'
    JOIN period_actors oa ON oa.period_id = pa.id AND oa.role = 'target'
    JOIN actors org ON org.id = oa.actor_id AND org.kind = 'alliance'
    JOIN period_actors ob ON ob.actor_id = oa.actor_id AND ob.role = 'target'
    JOIN periods pb ON pb.id = ob.period_id
    JOIN period_actors mb ON mb.period_id = pb.id AND mb.actor_id = $b AND mb.role = 'source'
    WHERE pa.kind = 'membership' AND pb.kind = 'membership'
      AND coalesce(pa.status, 'active') = 'active' AND coalesce(pb.status, 'active') = 'active'
      AND greatest(pa.core_start, pb.core_start) <= least(pa.core_end, pb.core_end)
),
covered AS (
    SELECT b.start, k.kind, k.level, k.title,
           (datediff('day', greatest(k.s, b.start), least(k.f, b.finish)) + 1)
             / (datediff('day', b.start, b.finish) + 1) AS frac
    FROM bins b
    JOIN (SELECT * FROM pair_periods UNION ALL SELECT * FROM shared_alliances) k
      ON k.s <= b.finish AND k.f >= b.start
),
structure AS (
    SELECT start,
        sum(frac * CASE level WHEN 'embassy' THEN 3 WHEN 'legation' THEN 2
                              WHEN 'charge' THEN 1 WHEN 'nonresident' THEN 1 ELSE 0 END)
            FILTER (WHERE kind = 'relations')
            / sum(frac) FILTER (WHERE kind = 'relations') AS relations,
        coalesce(sum(frac) FILTER (WHERE kind = 'relations'), 0) AS relations_known,
        coalesce(max(frac) FILTER (WHERE kind = 'alliance'), 0) AS alliance,
        coalesce(max(frac) FILTER (WHERE kind = 'aid'), 0) AS aid,
        coalesce(max(frac) FILTER (WHERE kind = 'base'), 0) AS base,
        arg_max(title, frac) FILTER (WHERE kind = 'phase') AS phase
    FROM covered GROUP BY start
)"""

_SERIES = """
WITH bins AS (
    SELECT CAST(s AS DATE) AS start,
           CAST(s + {step} - INTERVAL 1 DAY AS DATE) AS finish
    FROM generate_series(date_trunc('{unit}', $low), $high, {step}) AS t(s)
),
{events},
{structure},
joined AS (
    SELECT {label} AS bin, b.start, b.finish AS "end",
        coalesce(ev.events, 0) AS events,
        coalesce(ev.goldstein_sum, 0) AS goldstein_sum,
        ev.goldstein_sum / nullif(ev.events, 0) AS goldstein_mean,
        coalesce(ev.cooperative, 0) AS cooperative,
        coalesce(ev.cooperative_sum, 0) AS cooperative_sum,
        coalesce(ev.conflictual, 0) AS conflictual,
        coalesce(ev.conflictual_sum, 0) AS conflictual_sum,
        coalesce(ev.a_to_b, 0) AS a_to_b,
        coalesce(ev.a_to_b_goldstein, 0) AS a_to_b_goldstein,
        coalesce(ev.b_to_a, 0) AS b_to_a,
        coalesce(ev.b_to_a_goldstein, 0) AS b_to_a_goldstein,
        coalesce(ev.mutual, 0) AS mutual,
        st.relations,
        least(1.0, coalesce(st.relations_known, 0)) AS relations_known,
        coalesce(st.alliance, 0) AS alliance,
        coalesce(st.aid, 0) AS aid,
        coalesce(st.base, 0) AS base,
        st.phase,
        -- least/greatest skip nulls in DuckDB: keep a bin without relations on record null
        CASE WHEN st.relations IS NOT NULL THEN 10 * greatest(-1, least(1, st.relations / 3 - 1
            + 0.4 * coalesce(st.alliance, 0) + 0.4 * coalesce(st.aid, 0)
            + 0.2 * coalesce(st.base, 0))) END AS structural
    FROM bins b
    LEFT JOIN (SELECT * FROM event_bins WHERE partner = $b) ev ON ev.bin = b.start
    LEFT JOIN structure st ON st.start = b.start
)
SELECT *,
    (1 - least(events, 1) / 4) * structural + least(events, 1) / 4 * coalesce(goldstein_mean, 0)
        AS composite
FROM joined ORDER BY start
"""

_PARTNERS = """
WITH {events}
SELECT partner, sum(events) AS events, sum(goldstein_sum) AS goldstein_sum,
       sum(goldstein_sum) / nullif(sum(events), 0) AS goldstein_mean,
       sum(cooperative) AS cooperative, sum(conflictual) AS conflictual,
       count(*) AS bins
FROM event_bins GROUP BY partner ORDER BY events DESC, partner
"""


def _check_bin(by: str) -> Bin:
    if by not in BINS:
        raise InputError(f"--by must be one of {', '.join(BINS)}, not {by!r}")
    return by


def dyad_span(con: duckdb.DuckDBPyConnection, a: str, b: str) -> tuple[Any, Any]:
    """First and last day on which the chronicle says anything about the pair."""
    row = con.execute(
        """
        WITH items AS (
            SELECT earliest AS s, latest AS f FROM event_pairs WHERE a = $a AND b = $b
            UNION ALL
            SELECT p.core_start, p.core_end FROM periods p
            WHERE p.id IN (SELECT period_id FROM period_actors WHERE actor_id = $a)
              AND p.id IN (SELECT period_id FROM period_actors WHERE actor_id = $b)
        )
        SELECT min(s) FILTER (WHERE s > $open_start),
               CASE WHEN bool_or(f >= $open_end) THEN (SELECT max(latest) FROM events)
                    ELSE max(f) END
        FROM items
        """,
        {"a": a, "b": b, "open_start": dates.OPEN_START, "open_end": dates.OPEN_END},
    ).fetchone()
    if row is None or row[0] is None:
        raise InputError(f"the chronicle has no events or periods involving both {a} and {b}")
    return row[0], row[1]


def series(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    by: str = "year",
    start: str | None = None,
    end: str | None = None,
) -> list[Row]:
    """The event, structural and composite series of the dyad A–B, one row per bin."""
    unit = _check_bin(by)
    if a == b:
        raise InputError("a dyad needs two different actors")
    require_actors(con, [a, b])
    first, last = dyad_span(con, a, b)
    low = dates.parse(start).earliest if start else first
    high = dates.parse(end).latest if end else last
    if high < low:
        shown_start = start or f"{first} (the first record of {a}–{b})"
        shown_end = end or f"{last} (the last record of {a}–{b})"
        raise InputError(f"--to {shown_end} is before --from {shown_start}")
    sql = _SERIES.format(
        step=_STEP[unit],
        unit=unit,
        label=_LABEL[unit],
        events=_EVENTS.format(partner_filter="AND b = $b", unit=unit, step=_STEP[unit]),
        structure=_STRUCTURE,
    )
    cursor = con.execute(sql, {"a": a, "b": b, "low": low, "high": high})
    names = [d[0] for d in cursor.description]
    return [_round(dict(zip(names, values, strict=True))) for values in cursor.fetchall()]


def partners(con: duckdb.DuckDBPyConnection, a: str, by: str = "year") -> list[Row]:
    """Event totals for every dyad of actor A (one row per partner)."""
    unit = _check_bin(by)
    require_actors(con, [a])
    sql = _PARTNERS.format(events=_EVENTS.format(partner_filter="", unit=unit, step=_STEP[unit]))
    cursor = con.execute(sql, {"a": a, "low": dates.OPEN_START, "high": dates.OPEN_END})
    names = [d[0] for d in cursor.description]
    return [_round(dict(zip(names, values, strict=True))) for values in cursor.fetchall()]


def _round(row: Row) -> Row:
    for key, value in row.items():
        if isinstance(value, float):
            row[key] = round(value, 4)
        elif hasattr(value, "isoformat"):
            row[key] = value.isoformat()
    return row


def at(con: duckdb.DuckDBPyConnection, a: str, b: str, when: str) -> Row | None:
    """The dyad's curated phase and yearly composite score in the year of `when`.

    Read from `dyad_years` when the build stored that year (see `store_years`),
    else computed here.
    """
    year = str(dates.parse(when).core_start.year)
    stored = con.execute(
        "SELECT year, phase, composite FROM dyad_years WHERE a = ? AND b = ? AND year = ?",
        [a, b, year],
    ).fetchone()
    if stored is None:
        try:
            rows = series(con, a, b, "year", year, year)
        except InputError:
            return None  # nothing on record for this pair
        if not rows:
            return None
        stored = (rows[0]["bin"], rows[0]["phase"], rows[0]["composite"])
    return {"dyad": [a, b], "year": stored[0], "phase": stored[1], "composite": stored[2]}


def store_years(con: duckdb.DuckDBPyConnection) -> None:
    """Store in `dyad_years` the yearly phase and composite of every dyad with curated phases.

    These are the dyads `rift on` and `rift show` score; `at` then reads a row
    instead of running `series`, which was most of those commands' time. A
    dyad's phase and composite do not depend on the order of its actors (only
    the directed event counts, not stored here, do), so each pair is computed once
    and stored in both orders.
    """
    con.execute(
        "CREATE OR REPLACE TABLE dyad_years "
        "(a VARCHAR, b VARCHAR, year VARCHAR, phase VARCHAR, composite DOUBLE)"
    )
    pairs = con.execute(
        """SELECT DISTINCT x.actor_id, y.actor_id FROM periods p
           JOIN period_actors x ON x.period_id = p.id
           JOIN period_actors y ON y.period_id = p.id AND y.actor_id > x.actor_id
           WHERE p.kind = 'phase' ORDER BY ALL"""
    ).fetchall()
    columns: dict[str, list[Any]] = {"a": [], "b": [], "year": [], "phase": [], "composite": []}
    for a, b in pairs:
        for row in series(con, a, b, "year"):
            for first, second in ((a, b), (b, a)):
                values = (first, second, row["bin"], row["phase"], row["composite"])
                for key, value in zip(columns, values, strict=True):
                    columns[key].append(value)
    con.execute(
        "INSERT INTO dyad_years SELECT unnest($a), unnest($b), unnest($year), unnest($phase), "
        "unnest(CAST($composite AS DOUBLE[]))",
        columns,
    )


def dyads_in(con: duckdb.DuckDBPyConnection, actor_ids: list[str]) -> list[tuple[str, str]]:
    """Pairs among `actor_ids` that are states with curated phases, in a stable order."""
    kinds = dict(
        con.execute(
            "SELECT id, kind FROM actors WHERE list_contains(?::VARCHAR[], id)", [actor_ids]
        ).fetchall()
    )
    states = [a for a in dict.fromkeys(actor_ids) if kinds.get(a) == "state"]
    pairs = []
    for i, first in enumerate(states):
        for second in states[i + 1 :]:
            phased = con.execute(
                """SELECT count(*) FROM periods p WHERE p.kind = 'phase'
                   AND p.id IN (SELECT period_id FROM period_actors WHERE actor_id = ?)
                   AND p.id IN (SELECT period_id FROM period_actors WHERE actor_id = ?)""",
                [first, second],
            ).fetchone()
            if phased and phased[0]:
                pairs.append((first, second))
    return pairs
