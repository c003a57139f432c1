"""The JSON API under /api/: the command line's `--format json`, one route per command.

Each handler is a call to the library function the command calls, or to its
twin over the chronicle in memory (`rift.web.snapshot`, tested to give the same
answers); the body is the same JSON text `rift ... --format json` prints, field
for field. The slow answers are computed once, on threads of their own.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from rift import measure, render
from rift import overview as summary
from rift import phases as detect
from rift.web import timeline
from rift.web.chronicle import Chronicle
from rift.web.errors import missing_is_404
from rift.web.snapshot import Snapshot
from rift.web.submission import OPENAPI_BODY, text_from


class Error(BaseModel):
    """Every error: one line saying what was wrong."""

    error: str


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": Error, "description": description}
    for status, description in [
        (400, "A parameter cannot be used (an unknown actor, a date that is not EDTF)."),
        (404, "No item, actor or dyad of that id."),
        (422, "A parameter has the wrong form (a salience that is not 1, 2 or 3)."),
    ]
}

router = APIRouter(prefix="/api", responses=ERRORS)


def snapshot(request: Request) -> Snapshot:
    """The chronicle in memory (for handlers on worker threads: it may wait for the reading)."""
    return chronicle(request).snapshot()


def chronicle(request: Request) -> Chronicle:
    found: Chronicle = request.app.state.chronicle
    return found


async def require_actors(request: Request, ids: list[str]) -> None:
    """404 naming the first of `ids` that is not an actor."""
    with missing_is_404():
        (await chronicle(request).ready()).require_actors(ids)


Actors = Annotated[
    list[str] | None, Query(alias="actor", description="Actor id (repeatable), e.g. ALB, SUN.")
]
From = Annotated[str | None, Query(alias="from", description="EDTF date, e.g. 1955 or 1961-12.")]
To = Annotated[str | None, Query(alias="to", description="EDTF date, e.g. 1968-09-13.")]
By = Annotated[str, Query(description="year, quarter or month.", pattern="^(year|quarter|month)$")]
ActorId = Annotated[str, Path(description="An actor id, e.g. ALB.")]


def as_json(data: Any) -> Response:
    """The CLI's JSON text of `data`."""
    return Response(render.to_json(data), media_type="application/json")


@router.get("/actors", summary="Actors (rift actors)", tags=["chronicle"])
def actors(
    request: Request,
    kind: Annotated[
        str | None, Query(description="state, person, party, organization, alliance")
    ] = None,
) -> Response:
    return as_json(snapshot(request).actors(kind))


@router.get("/sources", summary="Works cited (rift sources)", tags=["chronicle"])
def sources(request: Request) -> Response:
    return as_json(snapshot(request).sources())


@router.get(
    "/events", summary="Events involving every given actor (rift events)", tags=["chronicle"]
)
def events(
    request: Request,
    actor: Actors = None,
    start: From = None,
    end: To = None,
    event_type: Annotated[
        str | None,
        Query(alias="type", description="PLOVER type (e.g. SANCTION) or CAMEO code prefix."),
    ] = None,
    min_salience: Annotated[
        int | None, Query(ge=1, le=3, description="Keep salience N or more important (1 = most).")
    ] = None,
) -> Response:
    return as_json(snapshot(request).events(actor, start, end, event_type, min_salience))


@router.get(
    "/periods", summary="Periods involving every given actor (rift periods)", tags=["chronicle"]
)
def periods(
    request: Request,
    actor: Actors = None,
    start: From = None,
    end: To = None,
    kind: Annotated[
        str | None,
        Query(description="relations, membership, alliance, leader, aid, base, policy, phase"),
    ] = None,
) -> Response:
    return as_json(snapshot(request).periods(actor, start, end, kind))


@router.get("/items/{ident}", summary="One item in full (rift show)", tags=["chronicle"])
def item(
    request: Request, ident: Annotated[str, Path(description="Any id, e.g. warsaw-pact.")]
) -> Response:
    with missing_is_404():
        return as_json(snapshot(request).show(ident))


@router.get("/on/{when}", summary="The state of things on a date (rift on)", tags=["chronicle"])
def on(
    request: Request,
    when: Annotated[str, Path(description="EDTF date, e.g. 1965-06-01.")],
    actor: Actors = None,
) -> Response:
    return as_json(snapshot(request).on(when, actor))


@router.get("/overview", summary="What the chronicle holds (rift overview)", tags=["chronicle"])
async def overview(request: Request) -> Response:
    return as_json(await chronicle(request).answer(summary.overview))


@router.get(
    "/index/{a}",
    summary="Event totals for every partner of A (rift index A --all)",
    tags=["chronicle"],
)
async def partners(request: Request, a: ActorId, by: By = "year") -> Response:
    await require_actors(request, [a])
    return as_json(await chronicle(request).answer(measure.partners, a, by))


@router.get(
    "/index/{a}/{b}",
    summary="Cooperation–conflict series of a dyad (rift index)",
    tags=["chronicle"],
)
async def index(
    request: Request,
    a: ActorId,
    b: ActorId,
    by: By = "year",
    start: From = None,
    end: To = None,
) -> Response:
    await require_actors(request, [a, b])
    return as_json(await chronicle(request).answer(measure.series, a, b, by, start, end))


@router.get(
    "/phases/{a}/{b}",
    summary="Curated phases and detected change points (rift phases)",
    tags=["chronicle"],
)
async def phases(
    request: Request, a: ActorId, b: ActorId, start: From = None, end: To = None
) -> Response:
    await require_actors(request, [a, b])
    return as_json(await chronicle(request).answer(detect.phases, a, b, start, end))


@router.get(
    "/timeline",
    summary="Events and periods as timeline items, with their uncertain ends",
    tags=["explorer"],
)
def timeline_items(
    request: Request,
    actor: Actors = None,
    start: From = None,
    end: To = None,
    event_type: Annotated[
        str | None,
        Query(alias="type", description="PLOVER type (e.g. SANCTION) or CAMEO code prefix."),
    ] = None,
    min_salience: Annotated[int | None, Query(ge=1, le=3)] = None,
    kind: Annotated[
        list[str] | None, Query(description="Kinds of period to include (repeatable).")
    ] = None,
) -> Response:
    chronicle = snapshot(request)
    found = chronicle.events(actor, start, end, event_type, min_salience)
    spans = [p for p in chronicle.periods(actor, start, end) if not kind or p["kind"] in kind]
    return as_json(timeline.items(found, spans))


@router.post(
    "/check",
    summary="Check an English text against the chronicle (rift check --format json)",
    tags=["check"],
    openapi_extra=OPENAPI_BODY,
    responses={
        413: {"model": Error, "description": "The body is over 1 MB."},
        415: {"model": Error, "description": "The body is neither JSON, plain text nor a form."},
        503: {"model": Error, "description": "Too many checks are waiting."},
    },
)
async def check(request: Request) -> Response:
    report = await request.app.state.checker.check(await text_from(request))
    return as_json({k: v for k, v in report.items() if k != "text"})
