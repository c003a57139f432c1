"""Validate chronicle files: schema, ids, references, dates and conventions.

Every problem is a `Problem(file, line, message)`; nothing stops at the first.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ValidationError

from rift import cameo, dates, frames
from rift.chronicle.reader import Item, ReadError, read
from rift.errors import Problem
from rift.model import Actor, Event, Frame, Period, Source

MODELS: dict[str, type[BaseModel]] = {
    "actors": Actor,
    "sources": Source,
    "events": Event,
    "periods": Period,
}

#: Which roles each kind of period must name (see docs/chronicle-format.md).
PERIOD_ROLES: dict[str, set[str]] = {
    "relations": {"participant"},
    "alliance": {"participant"},
    "phase": {"participant"},
    "membership": {"source", "target"},
    "leader": {"source", "target"},
    "aid": {"source", "target"},
    "base": {"source", "target"},
    "policy": {"source"},
}


@dataclass
class Chronicle:
    """Validated chronicle items by id, with where each was defined."""

    actors: dict[str, Actor] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    periods: dict[str, Period] = field(default_factory=dict)
    origins: dict[str, tuple[str, int]] = field(default_factory=dict)


def _label(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def _schema_problems(item: Item, kind: str, exc: ValidationError) -> Iterable[Problem]:
    name = f"{kind[:-1]} {item.data.get('id', '?')!r}"
    for error in exc.errors():
        loc = error["loc"]
        where = ".".join(str(part) for part in loc) or "entry"
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown field"
        elif error["type"] == "missing":
            message = "missing required field"
        elif error["type"] == "value_error":
            message = str(error.get("ctx", {}).get("error", message))
        yield Problem(item.file, item.line_of(loc[0] if loc else ""), f"{name}: {where}: {message}")


def _parse(paths: list[Path]) -> tuple[dict[str, list[Item]], list[Problem]]:
    items: dict[str, list[Item]] = {kind: [] for kind in MODELS}
    problems: list[Problem] = []
    for path in paths:
        label = _label(path)
        try:
            lists = read(path, label)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 1
            problems.append(Problem(label, line, f"invalid YAML: {exc.problem or exc}"))
            continue
        except ReadError as exc:
            problems.append(Problem(label, exc.line, exc.message))
            continue
        for key, entries in lists.items():
            if key not in MODELS:
                line = entries[0].line - 1 if entries else 1
                problems.append(
                    Problem(
                        label,
                        max(line, 1),
                        f"unknown section {key!r}: expected one of " + ", ".join(MODELS),
                    )
                )
                continue
            items[key].extend(entries)
    return items, problems


def check(directory: Path) -> tuple[Chronicle, list[Problem]]:
    """Load every `*.yaml` under `directory`; return what validated and every problem."""
    paths = sorted(directory.glob("*.yaml"))
    if not directory.is_dir():
        return Chronicle(), [Problem(str(directory), 1, "no such chronicle folder")]
    if not paths:
        return Chronicle(), [Problem(_label(directory), 1, "no chronicle files (*.yaml) here")]
    items, problems = _parse(paths)
    chronicle = Chronicle()
    seen: dict[str, Item] = {}
    for kind, model in MODELS.items():
        target: dict[str, BaseModel] = getattr(chronicle, kind)
        for item in items[kind]:
            try:
                record = model.model_validate(item.data)
            except ValidationError as exc:
                problems.extend(_schema_problems(item, kind, exc))
                continue
            ident = str(getattr(record, "id"))  # noqa: B009 - every model has an id
            if ident in seen:
                first = seen[ident]
                problems.append(
                    Problem(
                        item.file,
                        item.line_of("id"),
                        f"duplicate id {ident!r} (first defined at {first.file}:{first.line})",
                    )
                )
                continue
            seen[ident] = item
            target[ident] = record
            chronicle.origins[ident] = (item.file, item.line)
    problems.extend(_reference_problems(chronicle, seen))
    if not problems:  # compare dates across items only once each item is sound
        from rift.chronicle.consistency import date_conflicts

        problems.extend(date_conflicts(chronicle))
    return chronicle, problems


def _reference_problems(chronicle: Chronicle, seen: dict[str, Item]) -> Iterable[Problem]:
    records: list[Event | Period] = [*chronicle.events.values(), *chronicle.periods.values()]
    for record in records:
        item = seen[record.id]
        name = f"{'event' if isinstance(record, Event) else 'period'} {record.id!r}"
        for actor in record.actors:
            if actor.id not in chronicle.actors:
                yield Problem(
                    item.file, item.line_of("actors"), f"{name}: unknown actor {actor.id!r}"
                )
        for cited in record.sources:
            if cited.id not in chronicle.sources:
                yield Problem(
                    item.file, item.line_of("sources"), f"{name}: unknown source {cited.id!r}"
                )
        if isinstance(record, Event):
            for frame in [record.frame, *record.also]:
                yield from _frame_problems(frame, chronicle, item, name)
            if cameo.lookup(record.cameo) is None:
                yield Problem(
                    item.file,
                    item.line_of("cameo"),
                    f"{name}: {record.cameo!r} is not a CAMEO event code",
                )
        else:
            yield from _period_problems(record, item, name)


def _period_problems(period: Period, item: Item, name: str) -> Iterable[Problem]:
    if period.end is not None:
        start, end = dates.parse(period.start), dates.parse(period.end)
        if end.latest < start.earliest:
            yield Problem(
                item.file,
                item.line_of("end"),
                f"{name}: ends ({period.end}) before it starts ({period.start})",
            )
    if (period.kind == "relations") != (period.level is not None):
        yield Problem(
            item.file,
            item.line_of("level" if period.level else "kind"),
            f"{name}: `level` is required for relations periods and only for them",
        )
    if period.status is not None and period.kind != "membership":
        yield Problem(
            item.file, item.line_of("status"), f"{name}: `status` is for memberships only"
        )
    if period.office is not None and period.kind != "leader":
        yield Problem(item.file, item.line_of("office"), f"{name}: `office` is for leaders only")
    roles = {actor.role for actor in period.actors}
    wanted = PERIOD_ROLES[period.kind]
    if not wanted <= roles:
        missing = ", ".join(sorted(wanted - roles))
        yield Problem(
            item.file,
            item.line_of("actors"),
            f"{name}: a {period.kind} period needs actors with role {missing}",
        )


#: Actor kinds that can fill the `org` role of a frame.
ORG_KINDS = {"organization", "alliance", "party"}


def _frame_problems(frame: Frame, chronicle: Chronicle, item: Item, name: str) -> Iterable[Problem]:
    """A frame names known actors, fills the roles its type needs, and has an org for `org`."""
    line = item.line_of("frame")
    kind = frames.TYPES[frame.type]
    if kind.period:
        yield Problem(item.file, line, f"{name}: frame type {frame.type!r} is for periods only")
    for role in frames.ACTOR_ROLES:
        for actor in frame.actors_in(role):
            if actor not in chronicle.actors:
                yield Problem(item.file, line, f"{name}: frame {role}: unknown actor {actor!r}")
            elif role == "org" and chronicle.actors[actor].kind not in ORG_KINDS:
                yield Problem(
                    item.file, line, f"{name}: frame org: {actor!r} is not an organization"
                )
    for side, person in frame.led_by.items():
        for actor in (side, person):
            if actor not in chronicle.actors:
                yield Problem(item.file, line, f"{name}: frame led_by: unknown actor {actor!r}")
        if person in chronicle.actors and chronicle.actors[person].kind != "person":
            yield Problem(item.file, line, f"{name}: frame led_by: {person!r} is not a person")
    for role in kind.needs:
        if not frame.actors_in(role):
            yield Problem(
                item.file, line, f"{name}: a {frame.type} frame needs its {role} role filled"
            )
