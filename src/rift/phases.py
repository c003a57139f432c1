"""Phases of a dyad: the chronicle's curated phases next to change points in its series.

Detection uses `ruptures` (PELT, least-squares cost: changes in the mean) on the
yearly composite series. The series is first divided by a robust estimate of
its noise, σ = MAD(first differences) / (0.6745 × √2), floored at one Goldstein
point so that a flat series is not split on rounding; the penalty is then the
modified BIC, 3 × ln(n), as in Zhang & Siegmund (2007) and the R changepoint
package's default. Segments are at least two bins long. Nothing is tuned to a
particular dyad.

A curated boundary (the start of every phase after the first) is matched when a
detected change point lies within one year of it.
"""

from __future__ import annotations

import itertools
import math
from datetime import date
from typing import TYPE_CHECKING, Any

from rift import measure, queries

if TYPE_CHECKING:
    import duckdb

TOLERANCE_DAYS = 366
MIN_SIZE = 2
NOISE_FLOOR = 1.0


def noise(values: list[float]) -> float:
    """Robust noise level of a series: MAD of first differences, scaled to σ."""
    diffs = sorted(abs(b - a) for a, b in itertools.pairwise(values))
    if not diffs:
        return NOISE_FLOOR
    middle = len(diffs) // 2
    mad = diffs[middle] if len(diffs) % 2 else (diffs[middle - 1] + diffs[middle]) / 2
    return max(NOISE_FLOOR, mad / (0.6745 * math.sqrt(2)))


def change_points(values: list[float]) -> list[int]:
    """Indices where a new segment of the series begins (PELT, l2 cost, MBIC penalty)."""
    if len(values) < 2 * MIN_SIZE:
        return []
    import numpy as np
    import ruptures

    sigma = noise(values)
    signal = np.asarray(values, dtype=float).reshape(-1, 1) / sigma
    penalty = 3 * math.log(len(values))
    breaks = ruptures.Pelt(model="l2", min_size=MIN_SIZE, jump=1).fit(signal).predict(pen=penalty)
    return [int(b) for b in breaks[:-1]]  # the last break is the series' end


def phases(
    con: duckdb.DuckDBPyConnection, a: str, b: str, start: str | None = None, end: str | None = None
) -> dict[str, Any]:
    """Curated phases, detected change points and their agreement for the dyad A–B."""
    # Years without relations on record have no score; change points are sought in the rest.
    rows = [r for r in measure.series(con, a, b, "year", start, end) if r["composite"] is not None]
    values = [float(r["composite"]) for r in rows]
    detected = [
        {
            "date": rows[i]["start"],
            "bin": rows[i]["bin"],
            "before": round(_mean(values[prev:i]), 2),
            "after": round(_mean(values[i:nxt]), 2),
        }
        for prev, i, nxt in _neighbours(change_points(values), len(values))
    ]
    curated = queries.periods(con, [a, b], start, end, kind="phase")
    boundaries = [{"date": p["earliest"], "phase": p["title"], "id": p["id"]} for p in curated[1:]]
    for boundary in boundaries:
        near = [
            d
            for d in detected
            if abs((date.fromisoformat(d["date"]) - date.fromisoformat(boundary["date"])).days)
            <= TOLERANCE_DAYS
        ]
        boundary["matched"] = bool(near)
        boundary["nearest"] = near[0]["date"] if near else None
    matched = sum(1 for b in boundaries if b["matched"])
    return {
        "dyad": [a, b],
        "method": {
            "algorithm": "PELT (ruptures)",
            "cost": "l2",
            "penalty": "3 ln(n) on the series scaled by its robust noise σ",
            "sigma": round(noise(values), 3),
            "min_size_years": MIN_SIZE,
            "tolerance_days": TOLERANCE_DAYS,
        },
        "curated": [
            {"id": p["id"], "title": p["title"], "start": p["start"], "end": p["end"]}
            for p in curated
        ],
        "detected": detected,
        "boundaries": boundaries,
        "agreement": {
            "matched": matched,
            "boundaries": len(boundaries),
            "ratio": round(matched / len(boundaries), 3) if boundaries else None,
        },
    }


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _neighbours(points: list[int], length: int) -> list[tuple[int, int, int]]:
    edges = [0, *points, length]
    return [(edges[i - 1], edges[i], edges[i + 1]) for i in range(1, len(edges) - 1)]
