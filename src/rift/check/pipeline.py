"""Run the stages over one text and assemble the report (the JSON contract)."""

from __future__ import annotations

from typing import Any

from rift.check import claims as claim_stage
from rift.check import link, omissions, segment, timex
from rift.check.knowledge import Item, Knowledge
from rift.check.spans import TimeExpression
from rift.check.verify import Judgement, Verifier

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
    times = timex.expressions(text)
    found = claim_stage.build(doc, text, clauses, mentions, times)
    verifier = Verifier(know)
    judged: list[tuple[claim_stage.Claim, Judgement]] = []
    for claim in found:
        judgement = verifier.judge(claim, judged)
        judged.append((claim, judgement))
        _anchor_followers(claim, judgement, found)
    reported = [(c, j) for c, j in judged if c.categories or c.actors or c.time]
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
                "verdict": judgement.verdict,
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


def _anchor_followers(
    claim: claim_stage.Claim, judgement: Judgement, found: list[claim_stage.Claim]
) -> None:
    """A named event without a date ("the dissolution of the Soviet bloc") dates its sentence."""
    if not (
        claim.nominal
        and claim.time_source in (None, "inherited")
        and judgement.verdict == "supported"
        and judgement.evidence
        and judgement.evidence[0].kind == "event"
    ):
        return
    event = judgement.evidence[0]
    anchor = claim_stage.as_years(timex_from(event))
    for other in found:
        if (
            other.sentence == claim.sentence
            and other is not claim
            and other.time_source in (None, "inherited")
        ):
            other.time, other.time_source = anchor, "anchored"


def timex_from(item: Item) -> TimeExpression:
    return TimeExpression(0, 0, item.date, item.interval, "at", "day")


def _paraphrase(claim: claim_stage.Claim, know: Knowledge) -> str:
    """What the claim asserts, in a normalized form: subject, predicate, object, time."""
    who = ", ".join(know.name_of(a) for a in claim.subjects) or "—"
    what = ", ".join(c.name for c in claim.categories) or "statement"
    rest = [know.name_of(a) for a in claim.actors if a not in claim.subjects]
    when = claim.time.interval.edtf if claim.time else "undated"
    polarity = "not " if claim.negated else ""
    source = claim.time_source or "no time"
    return f"{who} {polarity}{what} {', '.join(rest) or '—'} ({when}, {source})"
