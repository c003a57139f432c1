"""The check page: paste a text or upload a file, read it back with its claims judged.

Nothing submitted is stored and there is no permalink: the report is in the
response and nowhere else.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from rift.check.report import summary_line
from rift.errors import InputError
from rift.web import annotate
from rift.web.pages import page
from rift.web.submission import PASTED, text_from

router = APIRouter(include_in_schema=False)

VERDICTS = ("supported", "contradicted", "partly_supported", "unverifiable")


@router.get("/check", response_class=HTMLResponse)
def form(request: Request) -> HTMLResponse:
    return page(request, "check.html", report=None, pasted="", problem=None)


@router.post("/check", response_class=HTMLResponse)
async def check(request: Request) -> HTMLResponse:
    try:
        text = await text_from(request)
    except InputError as exc:
        response = page(request, "check.html", report=None, pasted="", problem=str(exc))
        response.status_code = 400
        return response
    report = await request.app.state.checker.check(text)
    return page(
        request,
        "check.html",
        report=report,
        pasted=text.text if text.name == PASTED else "",
        problem=None,
        paragraphs=annotate.paragraphs(report["text"], report["claims"]),
        note=annotate.note,
        summary=summary_line(report),
        verdicts=VERDICTS,
    )
