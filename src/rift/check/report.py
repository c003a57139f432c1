"""Render check reports: JSON (the contract), text, markdown and HTML."""

from __future__ import annotations

import json
from typing import Any

Report = dict[str, Any]


def render(reports: list[Report], fmt: str) -> str:
    """All reports in one format."""
    if fmt == "json":
        data: Any = reports[0] if len(reports) == 1 else reports
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return "\n".join(as_text(r) for r in reports)


def as_text(report: Report) -> str:
    lines = [f"== {report['document']}"]
    for claim in report["claims"]:
        lines.append(f"[{claim['verdict']}] {claim['text']}")
        for item in claim["evidence"]:
            lines.append(
                f"    evidence: {item['title']} ({item['date']}) [{', '.join(item['sources'])}]"
            )
        if claim["correction"]:
            lines.append(f"    correction: {claim['correction']}")
    for omission in report["omissions"]:
        lines.append(f"[omitted] {omission['statement']}")
    summary = report["summary"]
    lines.append(
        f"{summary['claims']} claims: {summary['supported']} supported, "
        f"{summary['contradicted']} contradicted, {summary['partly_supported']} partly "
        f"supported, {summary['unverifiable']} unverifiable; {summary['omissions']} omissions"
    )
    return "\n".join(lines) + "\n"
