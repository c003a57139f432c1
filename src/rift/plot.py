"""Charts of dyadic composite series: phases as bands, key events as labelled markers.

Deterministic: matplotlib's Agg backend, fixed size (1600×900 px), no timestamps
in the file's metadata.
"""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rift import measure, queries
from rift.errors import InputError

if TYPE_CHECKING:
    import duckdb

FORMATS = (".png", ".svg")
WIDTH, HEIGHT, DPI = 16, 9, 100
BAND_COLOURS = ("#e8eef7", "#f6ede1", "#e9f3e6", "#f3e6ef", "#eeeeee", "#fdf5d9", "#e3f1f2")
LINE_COLOURS = ("#1f4e9c", "#b5442e", "#2f7d32", "#7b3f9e", "#8a6d00")
LANES = 6
LABEL_CHARS = 48
#: Width of one character of a marker label, in days, at the chart's size and a 7.5 pt font.


def _mid(row: dict[str, Any]) -> date:
    start, end = date.fromisoformat(row["start"]), date.fromisoformat(row["end"])
    return date.fromordinal((start.toordinal() + end.toordinal()) // 2)


def plot(
    con: duckdb.DuckDBPyConnection,
    dyads: list[tuple[str, str]],
    out: Path,
    start: str | None = None,
    end: str | None = None,
) -> Path:
    """Draw the composite series of `dyads` on one time axis into `out` (.png or .svg)."""
    if out.suffix.lower() not in FORMATS:
        raise InputError(f"{out}: the chart must be a .png or .svg file")
    if not dyads:
        raise InputError("name at least one dyad: two actor ids, e.g. ALB SUN")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    matplotlib.rcParams["svg.hashsalt"] = "rift"
    names = {r["id"]: r["name"] for r in queries.actors(con)}
    lines = [(a, b, measure.series(con, a, b, "year", start, end)) for a, b in dyads]
    low = min(date.fromisoformat(rows[0]["start"]) for _, _, rows in lines if rows)
    high = max(date.fromisoformat(rows[-1]["end"]) for _, _, rows in lines if rows)

    fig, axes = plt.subplots(figsize=(WIDTH, HEIGHT), dpi=DPI)
    ax: Any = axes  # matplotlib's stubs do not admit dates, which it plots natively
    first_a, first_b = dyads[0]
    phases = queries.periods(con, [first_a, first_b], low.isoformat(), high.isoformat(), "phase")
    for i, phase in enumerate(phases):
        left = max(date.fromisoformat(phase["earliest"]), low)
        right = (
            high if phase["latest"] == "open" else min(date.fromisoformat(phase["latest"]), high)
        )
        ax.axvspan(left, right, color=BAND_COLOURS[i % len(BAND_COLOURS)], zorder=0, lw=0)
        years = max(1, (right - left).days // 365)
        label = textwrap.fill(phase["title"], width=max(10, years * 3), break_long_words=False)
        half = max(len(line) for line in label.splitlines()) * 2.6 * (high - low).days / 1500
        middle = (left.toordinal() + right.toordinal()) // 2
        centre = date.fromordinal(
            int(min(max(middle, low.toordinal() + half), high.toordinal() - half))
        )
        ax.text(
            centre,
            10.4 + (i % 2) * 1.1,
            label,
            ha="center",
            va="bottom",
            fontsize=9,
            color="#444444",
        )
    for i, (a, b, rows) in enumerate(lines):
        colour = LINE_COLOURS[i % len(LINE_COLOURS)]
        ax.step(
            [_mid(r) for r in rows],
            [r["composite"] for r in rows],
            where="mid",
            color=colour,
            lw=2.2,
            label=f"{names.get(a, a)} – {names.get(b, b)}",
            zorder=3,
        )
    markers = []
    for i, (a, b, _) in enumerate(lines):
        for event in queries.events(con, [a, b], low.isoformat(), high.isoformat(), min_salience=1):
            markers.append((date.fromisoformat(event["earliest"]), event, i))
    markers.sort(key=lambda m: m[0])
    day_per_char = (high - low).days / (WIDTH * DPI * 0.93) * 5.6  # ~5.6 px a character
    free_from: list[date] = [date.min] * LANES
    for number, (when, event, i) in enumerate(markers):
        label = textwrap.shorten(
            f"{event['date'][:4]} {event['title']}", LABEL_CHARS, placeholder="…"
        )
        width = len(label) * day_per_char
        left = (
            when
            if when.toordinal() + width < high.toordinal()
            else date.fromordinal(int(high.toordinal() - width))
        )
        lane = next((k for k in range(LANES) if free_from[k] <= left), number % LANES)
        free_from[lane] = date.fromordinal(int(left.toordinal() + width + 2 * day_per_char))
        y = -11.3 - lane * 0.72
        ax.plot([when, when], [y + 0.3, 10], color="#999999", lw=0.6, ls=":", zorder=1)
        ax.plot(
            [when], [y + 0.3], marker="v", color=LINE_COLOURS[i % len(LINE_COLOURS)], ms=6, zorder=4
        )
        ax.text(left, y, label, fontsize=7.5, ha="left", va="top", color="#222222")
    ax.axhline(0, color="#666666", lw=0.8)
    ax.set_ylim(-11.6 - LANES * 0.72, 12.8)
    ax.set_xlim(low, high)
    ax.set_yticks(range(-10, 11, 5))
    ax.set_ylabel("composite score (−10 conflict … +10 cooperation)")
    ax.xaxis.set_major_locator(mdates.YearLocator(5))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.legend(loc="upper right", bbox_to_anchor=(1.0, 0.92), frameon=True, fontsize=10)
    title = ", ".join(f"{names.get(a, a)}–{names.get(b, b)}" for a, b in dyads)
    ax.set_title(f"Relations {title}, {low.year}–{high.year}", fontsize=14, loc="left", pad=36)
    counts = con.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM periods), "
        "(SELECT count(*) FROM sources)"
    ).fetchone()
    assert counts is not None
    fig.text(
        0.01,
        0.01,
        f"Data: rift chronicle ({counts[0]} events, {counts[1]} periods, {counts[2]} cited "
        f"sources; `rift sources` lists them). Bands: curated phases of "
        f"{names.get(first_a, first_a)}–{names.get(first_b, first_b)}. Markers: salience-1 "
        "events. Composite = structure (relations, alliance, aid, bases) and mean "
        "Goldstein weight of events, yearly.",
        fontsize=8,
        color="#444444",
    )
    fig.subplots_adjust(left=0.06, right=0.99, top=0.88, bottom=0.07)
    out.parent.mkdir(parents=True, exist_ok=True)
    metadata = {"Date": None} if out.suffix.lower() == ".svg" else {"Software": None}
    fig.savefig(out, metadata=metadata)
    plt.close(fig)
    return out
