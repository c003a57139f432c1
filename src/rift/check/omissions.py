"""Stage 7: omissions: what an honest account of the same actors and years would mention.

The text's main actors are the states it names most (at most two; the first
must be named at least twice). Its span runs from the earliest to the latest
year it states explicitly. Every salience-1 chronicle item that involves a main
actor, overlaps that span and is not the evidence of any claim is an omission;
a text on a short span (`FOCUSED_YEARS` at most) must also mention the
salience-2 items that involve all of its main actors within it. And an account
of a year names its salience-2 events: those of the years the text dates most
often, `DWELT` at most.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rift import dates
from rift.check.knowledge import Item, Knowledge
from rift.check.spans import Mention, TimeExpression

#: A text whose stated years span at most this many is a close account of them.
FOCUSED_YEARS = 12
#: At most this many salience-2 events of the years a text dwells on are omissions (3
#: found 0.68 of the omissions the readable sets' annotators listed, with 13.6
#: omissions a text; 8 found 0.75 with 18.4).
DWELT = 8


def main_actors(mentions: Iterable[Mention], know: Knowledge) -> list[str]:
    """The (at most two) states the text is about."""
    counts = Counter(know.countries.get(m.actor, m.actor) for m in mentions)
    states = [(a, n) for a, n in counts.most_common() if know.kind_of(a) == "state"]
    if not states or states[0][1] < 2:
        return []
    return [a for a, _ in states[:2]]


def text_span(times: Iterable[TimeExpression]) -> dates.Interval | None:
    """From the earliest to the latest explicit, non-era time in the text."""
    points = [
        t.interval
        for t in times
        if t.precision != "era" or (t.interval.core_end - t.interval.core_start).days < 3660
    ]
    if not points:
        return None
    low = min(p.core_start for p in points)
    high = max(p.core_end for p in points)
    return dates.Interval(f"{low.isoformat()}/{high.isoformat()}", low, high, low, high)


def years_told(times: Iterable[TimeExpression]) -> Counter[int]:
    """How often the text dates something in each year, to the year or closer (not
    an era, nor a span of years)."""
    return Counter(
        t.interval.core_start.year
        for t in times
        if t.precision in ("year", "month", "day")
        and t.interval.core_start.year == t.interval.core_end.year
    )


def omissions(
    know: Knowledge,
    claims_evidence: Iterable[Item],
    mentions: list[Mention],
    times: list[TimeExpression],
) -> list[Item]:
    """Salience-1 items on the main actors, within the text's span, that no claim
    matched; and the few salience-2 events of the years the text dwells on most."""
    actors = main_actors(mentions, know)
    span = text_span(times)
    if not actors or span is None:
        return []
    used = {item.id for item in claims_evidence}
    told = years_told(times)
    focused = span.core_end.year - span.core_start.year <= FOCUSED_YEARS
    missing: list[Item] = []
    dwelt: list[tuple[int, int, Item]] = []
    for item in know.items:
        if item.id in used or item.period_kind in ("phase", "leader"):
            continue
        involved = [a for a in actors if item.involves(a, know.countries)]
        if not involved or not item.interval.overlaps(span):
            continue
        closer = focused and item.salience == 2 and len(involved) == len(actors)
        if item.salience == 1 or closer:
            used.add(item.id)  # an event with several frames is omitted once
            missing.append(item)
        elif item.salience == 2 and item.kind == "event" and told[item.interval.core_start.year]:
            # an event of a year the text tells of: an account of that year names it
            dwelt.append((told[item.interval.core_start.year], len(involved), item))
    dwelt.sort(key=lambda d: (-d[0], -d[1], d[2].interval.core_start))
    added = 0
    for _, _, item in dwelt:
        if added >= DWELT:
            break
        if item.id not in used:
            used.add(item.id)
            missing.append(item)
            added += 1
    return sorted(missing, key=lambda i: i.interval.core_start)
