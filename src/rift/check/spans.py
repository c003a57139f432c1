"""Typed pieces of a checked text, each located by character offsets (end exclusive)."""

from __future__ import annotations

from dataclasses import dataclass

from rift.dates import Interval


@dataclass(frozen=True)
class Clause:
    """The smallest stretch of a sentence that states one thing."""

    start: int
    end: int
    sentence: int  # index of the sentence in the text
    paragraph: int
    head: int  # token index of the clause's head in the parsed document
    tokens: tuple[int, ...]  # token indices the span covers
    own: frozenset[int] = frozenset()  # of those, the ones not in a nested clause


@dataclass(frozen=True)
class Mention:
    """A reference to a chronicle actor in the text."""

    actor: str
    start: int
    end: int
    via: str  # name, alias, demonym, carry-over


@dataclass(frozen=True)
class TimeExpression:
    """A temporal expression and the interval it denotes.

    `mode` says how a claim relates to the interval: `at` (within it), `throughout`
    (all of it), `since`, `until`, `by`, `after`, `before`.
    """

    start: int
    end: int
    text: str
    interval: Interval
    mode: str = "at"
    precision: str = "year"  # day, month, year, decade, era
    relative: bool = False  # resolved against an earlier expression ("that year")
    #: what a relative expression comes to when counted from another time the text
    #: names before it ("in December of that year": of 1961, not of 1968)
    others: tuple[Interval, ...] = ()
    #: Why the expression names no real date ("31 February 1961", "in 19999"); then
    #: `interval` is only a placeholder and a claim timed by it is `unverifiable`.
    invalid: str | None = None
