"""Run the stages over one text and assemble the report (the JSON contract)."""

from __future__ import annotations

from typing import Any

from rift.check import claims as claim_stage
from rift.check import discourse, lexicon, link, omissions, segment, timex
from rift.check.decide import Decider
from rift.check.knowledge import Item, Knowledge

Report = dict[str, Any]


def evidence_entry(item: Item) -> dict[str, Any]:
    return {
        "id": item.id,
        "title": item.title,
        "date": item.when,
        "sources": [s["id"] for s in item.sources],
    }


def check_parsed(doc: Any, text: str, know: Knowledge, document: str) -> Report:
    """Check `text`, already parsed as `doc`, against `know`."""
    clauses = segment.clauses(doc, text)
    mentions = link.link(doc, text, know.names)
    mentions = sorted(
        [*mentions, *discourse.resolve(doc, mentions, know.kinds, know.countries)],
        key=lambda m: (m.start, m.end),
    )
    times = timex.expressions(text)
    found = claim_stage.build(
        doc, text, clauses, mentions, times, lexicon.load(), know.kinds, know.countries
    )
    decider = Decider(know)
    judged = decider.judge_all(found)
    reported = [(c, j) for c, j in judged if c.frames or c.actors or c.time]
    evidence = [item for _, j in judged for item in j.evidence if j.verdict != "unverifiable"]
    missing = omissions.omissions(know, evidence, mentions, times)
    claims_out = []
    for number, (claim, judgement) in enumerate(reported, start=1):
        claims_out.append(
            {
                "id": f"c{number}",
                "start": claim.start,
                "end": claim.end,
                "text": claim.text,
                "claim": _paraphrase(claim, know),
                "frames": [_frame_entry(f) for f in claim.frames],
                "verdict": judgement.verdict,
                "reason": judgement.reason,
                "rule": judgement.rule,
                "evidence": [evidence_entry(i) for i in judgement.evidence],
                "correction": judgement.correction,
                "confidence": round(judgement.confidence, 2),
            }
        )
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
    source = claim.time_source or "no time"
    return f"{' + '.join(parts) or 'statement'} ({when}, {source})"
