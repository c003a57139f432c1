"""Render check reports: JSON (the contract), text, markdown and HTML.

Markdown and HTML show the text itself with each claim highlighted by its
verdict and a numbered note beside it; every piece of the input is escaped.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from typing import Any

Report = dict[str, Any]

MARKS = {
    "supported": "✓",
    "contradicted": "✗",
    "partly_supported": "◐",
    "unverifiable": "?",
}
LABELS = {
    "supported": "supported",
    "contradicted": "contradicted",
    "partly_supported": "partly supported",
    "unverifiable": "unverifiable",
}


def render(reports: list[Report], fmt: str) -> str:
    """All reports in one format."""
    if fmt == "json":
        plain = [{k: v for k, v in r.items() if k != "text"} for r in reports]
        data: Any = plain[0] if len(plain) == 1 else plain
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        return "\n".join(as_markdown(r) for r in reports)
    if fmt == "html":
        return as_html(reports)
    return "\n".join(as_text(r) for r in reports)


def summary_line(report: Report) -> str:
    s = report["summary"]
    return (
        f"{s['claims']} claims: {s['supported']} supported, {s['contradicted']} contradicted, "
        f"{s['partly_supported']} partly supported, {s['unverifiable']} unverifiable; "
        f"{s['omissions']} omission{'s' if s['omissions'] != 1 else ''}"
    )


def _evidence(item: dict[str, Any]) -> str:
    sources = ", ".join(item["sources"])
    return f"{item['title']} ({item['date']}) [{sources}]"


def as_text(report: Report) -> str:
    """Claims in order with verdict, evidence and correction; omissions; a summary line."""
    lines = [f"== {report['document']}"]
    for claim in report["claims"]:
        whole = report["text"][claim["claim_start"] : claim["claim_end"]]
        wrong = f" [held wrong: {claim['text']}]" if whole != claim["text"] else ""
        lines.append(f"{MARKS[claim['verdict']]} {LABELS[claim['verdict']]}: {whole}{wrong}")
        for item in claim["evidence"]:
            lines.append(f"    evidence: {_evidence(item)}")
        if claim["correction"]:
            lines.append(f"    correction: {claim['correction']}")
    if report["omissions"]:
        lines.append("Omitted:")
        lines.extend(f"  - {o['statement']}" for o in report["omissions"])
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def _top_level(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims that do not start inside an earlier one (nested ones are noted, not marked)."""
    chosen: list[dict[str, Any]] = []
    for claim in sorted(claims, key=lambda c: (c["start"], -c["end"])):
        if chosen and claim["start"] < chosen[-1]["end"]:
            continue
        chosen.append(claim)
    return chosen


def _note(claim: dict[str, Any]) -> str:
    parts = [LABELS[claim["verdict"]]]
    if claim["correction"]:
        parts.append(claim["correction"])
    elif claim["evidence"]:
        parts.append("; ".join(_evidence(e) for e in claim["evidence"]))
    return ": ".join(parts)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def _md(text: str) -> str:
    """Escape what markdown would read as markup (and HTML)."""
    escaped = MD_SPECIAL.sub(r"\\\1", text)
    return re.sub(r"^(\s*)([#>+-]|\d+\.)", r"\1\\\2", escaped)


def _marked(
    text: str,
    claims: list[dict[str, Any]],
    span: tuple[int, int],
    escape: Callable[[str], str],
    mark: Callable[[dict[str, Any], str], str],
) -> str:
    """One paragraph with its top-level claims rendered by `mark` and the rest escaped."""
    start, end = span
    pieces, cursor = [], start
    for claim in (c for c in claims if start <= c["start"] < end):
        stop = min(claim["end"], end)
        pieces.append(escape(text[cursor : claim["start"]]))
        pieces.append(mark(claim, escape(text[claim["start"] : stop])))
        cursor = stop
    pieces.append(escape(text[cursor:end]))
    return "".join(pieces)


def as_markdown(report: Report) -> str:
    """The text with claims in bold, a verdict mark and a numbered note after each paragraph."""
    text = report["text"]
    marked = _top_level(report["claims"])
    out = [f"# Check of {_md(report['document'])}", ""]
    for start, end in _paragraphs(text):
        out.append(_marked(text, marked, (start, end), _md, _bold))
        out.append("")
        notes = [c for c in report["claims"] if start <= c["start"] < end]
        for claim in notes:
            out.append(f"> {claim['id']} {MARKS[claim['verdict']]} {_md(_note(claim))}  ")
        if notes:
            out.append("")
    if report["omissions"]:
        out.append("## Omitted")
        out.append("")
        out.extend(f"- {_md(o['statement'])}" for o in report["omissions"])
        out.append("")
    out.append(f"*{_md(summary_line(report))}*")
    return "\n".join(out) + "\n"


STYLE = """
body { font: 16px/1.55 Georgia, serif; margin: 2em auto; max-width: 72em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; }
.row { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2em;
       border-bottom: 1px solid #eee; padding: .6em 0; }
mark { padding: 0 .1em; border-radius: 3px; }
mark.supported { background: #d9f2dc; } mark.contradicted { background: #f8d0cc; }
mark.partly_supported { background: #fbe7b5; } mark.unverifiable { background: #e6e6e6; }
sup { font: 11px sans-serif; color: #555; }
aside { font: 13px/1.4 sans-serif; color: #333; }
aside p { margin: 0 0 .5em; }
.verdict { font-weight: bold; }
.summary { font: 14px sans-serif; margin-top: 1.5em; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _bold(claim: dict[str, Any], shown: str) -> str:
    return f"**{shown}**<sup>{claim['id']} {MARKS[claim['verdict']]}</sup>"


def _highlight(claim: dict[str, Any], shown: str) -> str:
    return (
        f'<mark class="{claim["verdict"]}" id="{claim["id"]}">{shown}</mark>'
        f"<sup>{claim['id']} {MARKS[claim['verdict']]}</sup>"
    )


def _html_report(report: Report) -> str:
    text = report["text"]
    marked = _top_level(report["claims"])
    rows = []
    for start, end in _paragraphs(text):
        paragraph = _marked(text, marked, (start, end), _esc, _highlight)
        notes = "".join(
            f'<p><span class="verdict">{c["id"]} {MARKS[c["verdict"]]}</span> {_esc(_note(c))}</p>'
            for c in report["claims"]
            if start <= c["start"] < end
        )
        rows.append(f'<div class="row"><p>{paragraph}</p><aside>{notes}</aside></div>')
    omitted = "".join(f"<li>{_esc(o['statement'])}</li>" for o in report["omissions"])
    return (
        f"<section><h1>Check of {_esc(report['document'])}</h1>{''.join(rows)}"
        + (f"<h2>Omitted</h2><ul>{omitted}</ul>" if omitted else "")
        + f'<p class="summary">{_esc(summary_line(report))}</p></section>'
    )


def as_html(reports: list[Report]) -> str:
    """One self-contained HTML page (inline CSS, no scripts, no external resources)."""
    body = "".join(_html_report(r) for r in reports)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>rift check</title><style>{STYLE}</style></head><body>{body}</body></html>\n"
    )
