"""A check report laid out for reading: the text in paragraphs, each claim marked in place.

Pure data for the template, which escapes every piece: a paragraph is a list
of segments, plain text or a claim's text with its verdict, and the notes of the
claims that begin in it. A claim that begins inside another is noted, not
marked again.

>>> text = "Stalin died in 1956. He was old."
>>> claim = {"id": "c1", "start": 0, "end": 19, "verdict": "contradicted"}
>>> [s.text for s in paragraphs(text, [claim])[0].segments]
['Stalin died in 1956', '. He was old.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

Claim = dict[str, Any]


@dataclass(frozen=True)
class Segment:
    """A run of the text; `claim` is set when the run is a claim's own words."""

    text: str
    claim: Claim | None = None


@dataclass
class Paragraph:
    segments: list[Segment] = field(default_factory=list)
    notes: list[Claim] = field(default_factory=list)


def _spans(text: str) -> list[tuple[int, int]]:
    """Non-empty lines of `text`, as (start, end) offsets."""
    found, start = [], 0
    for match in re.finditer(r"\n", text):
        found.append((start, match.start()))
        start = match.end()
    found.append((start, len(text)))
    return [(a, b) for a, b in found if text[a:b].strip()]


def _outermost(claims: list[Claim]) -> list[Claim]:
    chosen: list[Claim] = []
    for claim in sorted(claims, key=lambda c: (c["start"], -c["end"])):
        if not chosen or claim["start"] >= chosen[-1]["end"]:
            chosen.append(claim)
    return chosen


def paragraphs(text: str, claims: list[Claim]) -> list[Paragraph]:
    """The text's paragraphs with their claims marked and noted."""
    marked = _outermost(claims)
    out = []
    for start, end in _spans(text):
        paragraph = Paragraph(notes=[c for c in claims if start <= c["start"] < end])
        cursor = start
        for claim in (c for c in marked if start <= c["start"] < end):
            stop = min(claim["end"], end)
            if claim["start"] > cursor:
                paragraph.segments.append(Segment(text[cursor : claim["start"]]))
            paragraph.segments.append(Segment(text[claim["start"] : stop], claim))
            cursor = stop
        if cursor < end:
            paragraph.segments.append(Segment(text[cursor:end]))
        out.append(paragraph)
    return out


def note(claim: Claim) -> str:
    """What a reader needs to know about a claim, in one line (for a tooltip)."""
    verdict = claim["verdict"].replace("_", " ")
    if claim.get("correction"):
        return f"{verdict}: {claim['correction']}"
    if claim.get("evidence"):
        return f"{verdict}: " + "; ".join(f"{e['title']} ({e['date']})" for e in claim["evidence"])
    if claim.get("reason"):
        return f"{verdict}: {claim['reason']}"
    return verdict
