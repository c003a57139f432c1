"""Run the stages over one text and assemble the report (the JSON contract)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from rift.check import claims as claim_stage
from rift.check import discourse, lexicon, link, nlp, omissions, segment, timex
from rift.check.decide import decider
from rift.check.knowledge import Item, Knowledge
from rift.check.spans import Mention, TimeExpression

Report = dict[str, Any]


def evidence_entry(item: Item) -> dict[str, Any]:
    return {
        "id": item.id,
        "title": item.title,
        "date": item.when,
        "sources": [s["id"] for s in item.sources],
    }


#: A text is checked a block of whole paragraphs at a time, so that time and memory grow
#: linearly with its length. What carries from sentence to sentence (pronouns, a time
#: named earlier, "this decision") stays within a block; essays of up to this many
#: characters are one block, checked exactly as a whole.
BLOCK_CHARS = 10_000
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Block:
    """A stretch of a text, `start` characters into it."""

    start: int
    text: str


@dataclass
class Analysis:
    """What one block yields: claims judged, evidence, mentions and times (text offsets)."""

    claims: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[Item] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)


def blocks(text: str, size: int | None = None) -> list[Block]:
    """`text` cut after line ends into blocks of at most `size` (`BLOCK_CHARS`) characters.

    A single paragraph longer than `size` is cut after a sentence end (else at a
    space, else anywhere): such a paragraph is not an essay's.
    """
    size = size or BLOCK_CHARS
    found: list[Block] = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        cut = text.rfind("\n", start, limit) + 1
        if cut <= start:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, start, limit)]
            cut = ends[-1] if ends else text.rfind(" ", start, limit) + 1
        if cut <= start:
            cut = limit
        found.append(Block(start, text[start:cut]))
        start = cut
    if start < len(text) or not found:
        found.append(Block(start, text[start:]))
    return found


def analyse(doc: Any, block: Block, know: Knowledge) -> Analysis:
    """Check one block, already parsed as `doc`; offsets in the result are the text's."""
    text = block.text
    clauses = segment.clauses(doc, text)
    seen = nlp.unseen(text)  # no works cited: "(Djilas 1962)" names no one, no time
    mentions = link.link(doc, seen, know.names)
    travel = lexicon.load().words_of("visit")
    mentions = sorted(
        [
            *mentions,
            *discourse.resolve(
                doc, mentions, know.kinds, know.countries, text, travel, know.genders
            ),
        ],
        key=lambda m: (m.start, m.end),
    )
    times = timex.expressions(seen)
    found = claim_stage.build(
        doc, text, clauses, mentions, times, lexicon.load(), know.kinds, know.countries
    )
    judged = decider(know).judge_all(found)
    reported = [(c, j) for c, j in judged if c.frames or c.actors or c.time]
    shift = block.start
    return Analysis(
        claims=[
            {
                # the words the verdict is about: the claim, or only the words a flag
                # holds wrong (its date, its place, a number in a name)
                "start": claim.start + shift + (judgement.focus or (0, 0))[0],
                "end": shift + (claim.start + judgement.focus[1] if judgement.focus else claim.end),
                "text": (
                    text[claim.start + judgement.focus[0] : claim.start + judgement.focus[1]]
                    if judgement.focus
                    else claim.text
                ),
                "claim_start": claim.start + shift,
                "claim_end": claim.end + shift,
                "claim": _paraphrase(claim, know),
                "frames": [_frame_entry(f) for f in claim.frames],
                "verdict": judgement.verdict,
                "reason": judgement.reason,
                "rule": judgement.rule,
                "evidence": [evidence_entry(i) for i in judgement.evidence],
                "correction": judgement.correction,
                "confidence": round(judgement.confidence, 2),
            }
            for claim, judgement in reported
        ],
        evidence=[item for _, j in judged for item in j.evidence if j.verdict != "unverifiable"],
        mentions=[replace(m, start=m.start + shift, end=m.end + shift) for m in mentions],
        times=[replace(t, start=t.start + shift, end=t.end + shift) for t in times],
    )


def assemble(document: str, text: str, parts: list[Analysis], know: Knowledge) -> Report:
    """The report on a whole text from the analyses of its blocks, in order."""
    claims_out = [
        {"id": f"c{number}", **entry}
        for number, entry in enumerate((c for part in parts for c in part.claims), start=1)
    ]
    mentions = [m for part in parts for m in part.mentions]
    times = [t for part in parts for t in part.times if not t.invalid]
    evidence = [item for part in parts for item in part.evidence]
    missing = omissions.omissions(know, evidence, mentions, times)
    counts = {
        v: sum(1 for c in claims_out if c["verdict"] == v)
        for v in ("supported", "contradicted", "partly_supported", "unverifiable")
    }
    return {
        "document": document,
        "text": text,  # for the markdown and HTML views; not part of the JSON output
        "claims": claims_out,
        "omissions": [
            {
                "id": item.id,
                "statement": f"{item.title} ({item.when.replace('/', '–')})",
                "date": item.date if item.kind == "event" else item.interval.edtf,
                "salience": item.salience,
                "summary": item.summary,
            }
            for item in missing
        ],
        "summary": {
            "claims": len(claims_out),
            **counts,
            "omissions": len(missing),
            "main_actors": omissions.main_actors(mentions, know),
        },
    }


def check_parsed(doc: Any, text: str, know: Knowledge, document: str) -> Report:
    """Check `text`, already parsed whole as `doc`, against `know` (one block)."""
    return assemble(document, text, [analyse(doc, Block(0, text), know)], know)


def _frame_entry(frame: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"type": frame.type, "roles": frame.roles}
    if frame.negated:
        entry["negated"] = True
    if frame.hedged:
        entry["hedged"] = True
    if frame.quantity is not None:
        entry["quantity"] = frame.quantity
    if frame.place:
        entry["place"] = frame.place
    return entry


def _paraphrase(claim: claim_stage.Claim, know: Knowledge) -> str:
    """What the claim asserts, in a normalized form: frames, roles, time."""
    parts = []
    for frame in claim.frames:
        roles = "; ".join(
            f"{role}: {', '.join(know.name_of(a) for a in actors)}"
            for role, actors in frame.roles.items()
        )
        parts.append(f"{'not ' if frame.negated else ''}{frame.type}({roles})")
    when = claim.time.interval.edtf if claim.time else "undated"
    if claim.time is not None and claim.time.invalid:
        when = f"invalid date {claim.time.text!r}"
    source = claim.time_source or "no time"
    return f"{' + '.join(parts) or 'statement'} ({when}, {source})"
