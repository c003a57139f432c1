"""Events and periods as items of a timeline, their uncertainty kept as fuzzy ends.

An item is drawn from the first day it may begin to the last day it may end
(`rift.dates`: a `1961~` start may be any day of 1960–1962). The part known for
certain is solid; the rest fades out: `fade_in` and `fade_out` are the fractions
of the item's length at each end that are uncertain. An event dated to the day
is a point.

>>> items([], [])["items"]
[]
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from rift import dates

Row = dict[str, Any]

#: Lanes from top to bottom: the few long periods by kind, then the many events.
GROUPS = (
    ("phase", "Phases"),
    ("relations", "Diplomatic relations"),
    ("alliance", "Alliances"),
    ("membership", "Memberships"),
    ("leader", "Leaders"),
    ("aid", "Aid"),
    ("base", "Bases"),
    ("policy", "Policies"),
    ("event", "Events"),
)


def _fractions(outer: tuple[date, date], solid: tuple[date, date]) -> tuple[float, float]:
    """The uncertain share of `outer` before and after `solid`."""
    length = (outer[1] - outer[0]).days + 1
    before = max(0, (solid[0] - outer[0]).days) / length
    after = max(0, (outer[1] - solid[1]).days) / length
    return round(before, 4), round(after, 4)


def event_item(row: Row) -> Row:
    """One event: a point if dated to a day, else a span fading out where it is uncertain."""
    when = dates.parse(row["date"])
    item: Row = {
        "id": row["id"],
        "kind": "event",
        "group": "event",
        "title": row["title"],
        "date": row["date"],
        "url": f"/events/{row['id']}",
        "salience": row["salience"],
        "type": row["type"],
        "goldstein": row["goldstein"],
        "start": when.earliest.isoformat(),
    }
    if when.earliest == when.latest:
        return {**item, "end": None, "fade_in": 0.0, "fade_out": 0.0}
    # an imprecise date without qualifiers ("1961") is certain to fall in the span but not
    # where: it fades in from both ends to its middle
    solid = (when.core_start, when.core_end) if when.uncertain else _middle(when)
    fade_in, fade_out = _fractions((when.earliest, when.latest), solid)
    return {
        **item,
        "end": (when.latest + timedelta(days=1)).isoformat(),
        "fade_in": fade_in,
        "fade_out": fade_out,
    }


def _middle(when: dates.Interval) -> tuple[date, date]:
    middle = date.fromordinal((when.earliest.toordinal() + when.latest.toordinal()) // 2)
    return middle, middle


def period_item(row: Row, horizon: date) -> Row:
    """One period: solid from the last day it may have begun to the first day it may have ended."""
    begins = dates.parse(row["start"])
    ends = dates.parse(row["end"]) if row["end"] else None
    last = min(ends.latest, horizon) if ends else horizon
    outer = (begins.earliest, last)
    solid = (begins.latest, ends.earliest if ends else last)
    fade_in, fade_out = _fractions(outer, solid)
    return {
        "id": row["id"],
        "kind": "period",
        "group": row["kind"],
        "title": row["title"],
        "date": f"{row['start']}/{row['end'] or '..'}",
        "url": f"/periods/{row['id']}",
        "salience": row["salience"],
        "level": row["level"],
        "start": outer[0].isoformat(),
        "end": (outer[1] + timedelta(days=1)).isoformat(),
        "fade_in": fade_in,
        "fade_out": fade_out,
        "open": ends is None,
    }


def items(events: list[Row], periods: list[Row]) -> Row:
    """Timeline groups and items for `events` and `periods` (rows as `rift.queries` gives)."""
    known = [date.fromisoformat(r["latest"]) for r in [*events, *periods] if r["latest"] != "open"]
    horizon = max(known, default=date(1992, 12, 31))
    shown = [event_item(e) for e in events] + [period_item(p, horizon) for p in periods]
    used = {i["group"] for i in shown}
    return {
        "groups": [{"id": g, "title": t} for g, t in GROUPS if g in used],
        "items": shown,
    }
