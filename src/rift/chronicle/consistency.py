"""Checks across items: one fact dated differently in two places, and weak sourcing.

A fact the chronicle states twice must carry one date. Two items state the same
fact when

- two events assert the same *unique* frame (a type that happens once for the same
  roles, see `rift.frames`) for the same roles: their dates must overlap;
- an event takes or leaves an office, joins or leaves an organization, or
  establishes relations, and a period of the same actors starts or ends within a
  year of it: the event's date must overlap that boundary;
- a period names the event that starts or ends it (`starts_with`, `ends_with`):
  the boundary is written exactly as the event's date;
- an event declares a span it is complete within (`complete_within`): its date
  lies inside the span.

>>> from rift.chronicle import load
>>> date_conflicts(load())
[]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import timedelta

from rift import dates
from rift.chronicle.validation import Chronicle
from rift.errors import Problem
from rift.model import Event, Frame, Period

#: How far apart an event and a period boundary may lie and still be the same fact.
NEAR = timedelta(days=366)

#: Event frame types that open or close a kind of period, and which boundary.
BOUNDARIES: dict[str, tuple[str, str]] = {
    "take_office": ("leader", "start"),
    "leave_office": ("leader", "end"),
    "join": ("membership", "start"),
    "leave": ("membership", "end"),
    "expel": ("membership", "end"),
    "establish_relations": ("relations", "start"),
}


def _key(frame: Frame) -> tuple[object, ...]:
    """The roles that make two frames of a type the same fact."""
    agents: object = frozenset(frame.agent) if frame.type in _SYMMETRIC else tuple(frame.agent)
    return (frame.type, agents, frozenset(frame.patient), frame.org, _office(frame.office))


_SYMMETRIC = {"establish_relations", "break_relations", "restore_relations", "reconcile"}


def _office(office: str | None) -> str | None:
    """`Prime Minister (Chairman of the Council of Ministers)` and `Prime Minister` match."""
    return office.split("(")[0].strip().lower() if office else None


def _overlap(a: dates.Interval, b: dates.Interval) -> bool:
    return a.earliest <= b.latest and b.earliest <= a.latest


def _near(a: dates.Interval, b: dates.Interval) -> bool:
    return a.earliest - NEAR <= b.latest and b.earliest - NEAR <= a.latest


def _where(chronicle: Chronicle, ident: str) -> str:
    file, line = chronicle.origins.get(ident, ("?", 0))
    return f"{file}:{line}"


def _problem(chronicle: Chronicle, ident: str, message: str) -> Problem:
    file, line = chronicle.origins.get(ident, ("?", 1))
    return Problem(file, line, message)


def _unique_frames(chronicle: Chronicle) -> Iterator[Problem]:
    seen: dict[tuple[object, ...], Event] = {}
    for event in chronicle.events.values():
        for frame in [event.frame, *event.also]:
            if not frame.is_unique or frame.type == "other":
                continue
            key = _key(frame)
            first = seen.setdefault(key, event)
            if first is event:
                continue
            if not _overlap(dates.parse(first.date), dates.parse(event.date)):
                yield _problem(
                    chronicle,
                    event.id,
                    f"event {event.id!r}: the same {frame.type} as {first.id!r} "
                    f"({_where(chronicle, first.id)}) is dated {event.date} here "
                    f"and {first.date} there",
                )


def _roles(period: Period) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    by_role = {
        role: frozenset(a.id for a in period.actors if a.role == role)
        for role in ("source", "target", "participant")
    }
    return by_role["source"], by_role["target"], by_role["participant"]


def _matches(frame: Frame, period: Period) -> bool:
    source, target, participants = _roles(period)
    if period.kind == "leader":
        return (
            bool(frame.agent)
            and set(frame.agent) <= source
            and set(frame.patient) == set(target)
            and (_office(frame.office) in (None, _office(period.office)))
        )
    if period.kind == "membership":
        members = frame.agent or frame.patient
        return bool(source) and frame.org in target and source <= set(members)
    return set(frame.agent) == set(participants) and period.level != "none"


def _boundaries(chronicle: Chronicle) -> Iterator[Problem]:
    for event in chronicle.events.values():
        when = dates.parse(event.date)
        for frame in [event.frame, *event.also]:
            if frame.type not in BOUNDARIES:
                continue
            kind, side = BOUNDARIES[frame.type]
            for period in chronicle.periods.values():
                bound = period.start if side == "start" else period.end
                if period.kind != kind or bound is None or not _matches(frame, period):
                    continue
                edge = dates.parse(bound)
                if _near(when, edge) and not _overlap(when, edge):
                    yield _problem(
                        chronicle,
                        event.id,
                        f"event {event.id!r} ({frame.type}, {event.date}) and the {side} "
                        f"of period {period.id!r} ({bound}, {_where(chronicle, period.id)}) "
                        "look like one fact with two dates",
                    )


def _spans(chronicle: Chronicle) -> Iterator[Problem]:
    """An event declared complete within a span lies inside it."""
    for event in chronicle.events.values():
        when = dates.parse(event.date)
        for frame in [event.frame, *event.also]:
            if frame.complete_within is None:
                continue
            span = dates.parse(frame.complete_within)
            if not span.earliest <= when.earliest <= when.latest <= span.latest:
                yield _problem(
                    chronicle,
                    event.id,
                    f"event {event.id!r} ({event.date}) lies outside the span it declares "
                    f"complete ({frame.complete_within})",
                )


def _declared(chronicle: Chronicle) -> Iterator[Problem]:
    for period in chronicle.periods.values():
        for side, ref, bound in (
            ("start", period.starts_with, period.start),
            ("end", period.ends_with, period.end),
        ):
            if ref is None:
                continue
            event = chronicle.events.get(ref)
            if event is None:
                yield _problem(chronicle, period.id, f"period {period.id!r}: unknown event {ref!r}")
            elif bound != event.date:
                yield _problem(
                    chronicle,
                    period.id,
                    f"period {period.id!r}: its {side} ({bound}) is the event {ref!r}, "
                    f"dated {event.date} at {_where(chronicle, ref)}",
                )


def date_conflicts(chronicle: Chronicle) -> list[Problem]:
    """Every fact the chronicle dates differently in two items."""
    return [
        *_unique_frames(chronicle),
        *_boundaries(chronicle),
        *_declared(chronicle),
        *_spans(chronicle),
    ]


def weakly_sourced(chronicle: Chronicle) -> list[Problem]:
    """Events and periods whose every source is of class `other` (for `--strict`)."""
    items: Iterable[Event | Period] = [*chronicle.events.values(), *chronicle.periods.values()]
    problems = []
    for item in items:
        classes = {
            chronicle.sources[c.id].class_ for c in item.sources if c.id in chronicle.sources
        }
        if classes == {"other"}:
            kind = "event" if isinstance(item, Event) else "period"
            problems.append(
                _problem(
                    chronicle,
                    item.id,
                    f"{kind} {item.id!r}: only sources of class other (mirrors, partisan "
                    "sites, blogs); add a scholarly, archive, press or encyclopedic source",
                )
            )
    return problems
