"""Benchmark `rift index` on a synthetic store of 1,000,000 events over 200 actors.

Reports, in one run, the time of a plain DuckDB GROUP BY over the events table
(the baseline), of the series of one dyad (`measure.series`), and of the event
totals of every dyad of one actor (`measure.partners`), and their ratios.

    .venv/bin/python benchmarks/bench_measure.py [--events 1000000] [--actors 200]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from rift import measure, store


def synthesize(path: Path, events: int, actors: int) -> None:
    """A store with `events` random dyadic events (a tenth with year precision)."""
    con = duckdb.connect(str(path))
    con.execute(store.SCHEMA)
    con.execute("INSERT INTO meta VALUES ('schema', ?)", [store.SCHEMA_VERSION])
    con.execute(
        f"""INSERT INTO actors SELECT 'A' || lpad(CAST(i AS VARCHAR), 3, '0'), 'state',
            'Actor ' || i, [], [], NULL, NULL, NULL FROM range({actors}) t(i)"""
    )
    con.execute(
        f"""
        CREATE TEMP TABLE raw AS
        SELECT i, CAST(DATE '1950-01-01' + CAST(random() * 15000 AS INTEGER) AS DATE) AS d,
               i % 10 = 0 AS yearly,
               round(random() * 20 - 10, 1) AS g,
               CAST(floor(random() * {actors}) AS INTEGER) AS a,
               CAST(floor(random() * {actors}) AS INTEGER) AS b
        FROM range({events}) t(i)
        """
    )
    con.execute(
        """INSERT INTO events SELECT 'e' || i,
            CASE WHEN yearly THEN strftime(d, '%Y') ELSE strftime(d, '%Y-%m-%d') END,
            CASE WHEN yearly THEN date_trunc('year', d) ELSE d END,
            CASE WHEN yearly THEN CAST(date_trunc('year', d) + INTERVAL 1 YEAR
                                       - INTERVAL 1 DAY AS DATE) ELSE d END,
            d, d, 'synthetic', 'synthetic event', 'COOPERATE', '010', g, 3, NULL, 'bench'
           FROM raw"""
    )
    con.execute(
        """INSERT INTO event_actors
           SELECT 'e' || i, 'A' || lpad(CAST(a AS VARCHAR), 3, '0'), 'source' FROM raw
           UNION ALL
           SELECT 'e' || i, 'A' || lpad(CAST(CASE WHEN b = a THEN (a + 1) % 200 ELSE b END
                                                AS VARCHAR), 3, '0'), 'target' FROM raw"""
    )
    con.execute(
        """INSERT INTO periods VALUES ('p0', 'relations', '1950', NULL, DATE '1950-01-01',
           DATE '9999-12-31', DATE '1950-01-01', DATE '9999-12-31', 'relations', 'relations',
           'embassy', NULL, NULL, 2, NULL, 'bench')"""
    )
    con.execute(
        "INSERT INTO period_actors VALUES ('p0', 'A000', 'participant'), "
        "('p0', 'A001', 'participant')"
    )
    store.derive(con)
    con.close()


def timed(action: Callable[[], object], repeat: int = 3) -> float:
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--actors", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "synthetic.duckdb"
        began = time.perf_counter()
        synthesize(path, args.events, args.actors)
        made = time.perf_counter() - began
        with duckdb.connect(str(path), read_only=True) as con:
            plain = timed(
                lambda: con.execute(
                    "SELECT date_trunc('year', earliest) AS y, count(*), sum(goldstein) "
                    "FROM events GROUP BY y"
                ).fetchall()
            )
            dyad = timed(lambda: measure.series(con, "A000", "A001"))
            partners = timed(lambda: measure.partners(con, "A000"))
    print(f"synthetic store     {args.events} events, {args.actors} actors ({made:.1f} s to make)")
    print(f"plain GROUP BY      {plain:7.3f} s   (baseline)")
    print(f"index one dyad      {dyad:7.3f} s   ({dyad / plain:5.2f}x the GROUP BY)")
    print(f"index all dyads     {partners:7.3f} s   ({partners / plain:5.2f}x the GROUP BY)")


if __name__ == "__main__":
    main()
