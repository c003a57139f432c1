"""Pages for people: the overview, the timeline, a date, a dyad, the lists, the API docs.

Each handler gathers what the matching `rift` commands return and hands it to
its template; nothing is computed here that the library does not already give.
Listings come from the chronicle in memory; the slow answers (the overview, a
dyad's series and phases, charts) are computed once on threads of their own
(`rift.web.chronicle`), the first of them warmed up when the server starts.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from rift import measure, render
from rift import overview as summary
from rift import phases as detect
from rift.web.api import Actors, By, From, To
from rift.web.charts import pairs
from rift.web.chronicle import Chronicle
from rift.web.errors import missing_is_404

router = APIRouter(include_in_schema=False)

#: The dyads the overview sets beside Albania–USSR.
NEIGHBOURS = (("ALB", "SUN"), ("ALB", "YUG"), ("ALB", "CHN"))
#: The timeline opens on the key and important events (salience 1–2); "all events" shows the rest.
DEFAULT_SALIENCE = "2"
PERIOD_KINDS = ("phase", "relations", "alliance", "membership", "leader", "aid", "base", "policy")
SERIES_COLUMNS = (
    "bin",
    "events",
    "goldstein_mean",
    "cooperative",
    "conflictual",
    "relations",
    "alliance",
    "aid",
    "base",
    "structural",
    "composite",
    "phase",
)


def page(request: Request, template: str, **context: Any) -> HTMLResponse:
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, template, context
    )
    return response


async def rendered(request: Request, template: str, **context: Any) -> HTMLResponse:
    """`page`, rendered on a worker thread (for handlers that run on the event loop)."""
    return await run_in_threadpool(page, request, template, **context)


def chronicle_of(request: Request) -> Chronicle:
    chronicle: Chronicle = request.app.state.chronicle
    return chronicle


def warm_overview(chronicle: Chronicle) -> None:
    """The overview's answers, asked for before the first visitor does."""
    chronicle.answer_now(summary.overview)
    chronicle.chart_now(NEIGHBOURS)


def warm_dyads(chronicle: Chronicle) -> None:
    """The dyads page and the overview's dyads: series, phases and charts."""
    chronicle.answer_now(measure.partners, "ALB", "year")
    for a, b in NEIGHBOURS:
        chronicle.answer_now(measure.series, a, b, "year", None, None)
        chronicle.answer_now(detect.phases, a, b, None, None)
        chronicle.chart_now(((a, b),))


#: What the server computes when it starts, in this order.
WARM = (warm_overview, warm_dyads)


@router.get("/", response_class=HTMLResponse)
async def overview(request: Request) -> HTMLResponse:
    chronicle = chronicle_of(request)
    data = await chronicle.answer(summary.overview)
    snapshot = await chronicle.ready()
    dyads = [
        {"a": a, "b": b, "phases": snapshot.periods([a, b], kind="phase")} for a, b in NEIGHBOURS
    ]
    key_events = snapshot.events(list(summary.DYAD), min_salience=1)
    chart = "&".join(f"actor={x}" for pair in NEIGHBOURS for x in pair)
    return await rendered(
        request, "overview.html", data=data, dyads=dyads, key_events=key_events, chart=chart
    )


@router.get("/timeline", response_class=HTMLResponse)
def timeline(
    request: Request,
    actor: Actors = None,
    kind: Annotated[list[str] | None, Query()] = None,
) -> HTMLResponse:
    chosen_actors = actor if actor is not None else list(summary.DYAD)
    chosen_kinds = kind if kind is not None else list(PERIOD_KINDS)
    passed = dict(request.query_params)
    passed.setdefault("min_salience", DEFAULT_SALIENCE)
    source = urlencode(
        [("actor", a) for a in chosen_actors if a]
        + [("kind", k) for k in chosen_kinds]
        + [(k, v) for k, v in passed.items() if v and k not in ("actor", "kind")]
    )
    return page(
        request,
        "timeline.html",
        actors=request.app.state.catalogue.actors(),
        types=sorted({e["type"] for e in chronicle_of(request).snapshot().events() if e["type"]}),
        kinds=PERIOD_KINDS,
        chosen_actors=chosen_actors,
        chosen_kinds=chosen_kinds,
        params=passed,
        source=f"/api/timeline?{source}",
    )


@router.get("/on", response_class=RedirectResponse)
def on_form(date: Annotated[str, Query()], actor: Actors = None) -> RedirectResponse:
    """The date form's target: /on?date=1965 goes to /on/1965."""
    query = urlencode([("actor", a) for a in actor or [] if a])
    return RedirectResponse(f"/on/{quote(date.strip(), safe='')}" + (f"?{query}" if query else ""))


@router.get("/on/{when}", response_class=HTMLResponse)
def on(request: Request, when: str, actor: Actors = None) -> HTMLResponse:
    state = chronicle_of(request).snapshot().on(when, actor)
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for period in state["periods"]:
        by_kind.setdefault(period["kind"], []).append(period)
    return page(
        request,
        "on.html",
        state=state,
        by_kind=by_kind,
        actors=request.app.state.catalogue.actors(),
    )


@router.get("/dyads", response_class=HTMLResponse)
async def dyads(request: Request) -> HTMLResponse:
    chronicle = chronicle_of(request)
    partners = await chronicle.answer(measure.partners, "ALB", "year")
    phased: dict[tuple[str, ...], int] = {}
    for period in (await chronicle.ready()).periods(kind="phase"):
        pair = tuple(a["id"] for a in period["actors"])
        phased[pair] = phased.get(pair, 0) + 1
    return await rendered(
        request,
        "dyads.html",
        phased=sorted(phased.items()),
        partners=partners,
        actors=request.app.state.catalogue.actors(),
    )


@router.get("/dyads/go", response_class=RedirectResponse)
def dyad_form(a: Annotated[str, Query()], b: Annotated[str, Query()]) -> RedirectResponse:
    """The dyad form's target: /dyads/go?a=ALB&b=SUN goes to /dyads/ALB/SUN."""
    return RedirectResponse(f"/dyads/{quote(a, safe='')}/{quote(b, safe='')}")


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
async def dyad(
    request: Request, a: str, b: str, by: By = "year", start: From = None, end: To = None
) -> HTMLResponse:
    rows = await _series(request, a, b, by, start, end)
    found = await chronicle_of(request).answer(detect.phases, a, b, start, end)
    window = [("from", start), ("to", end)]
    query = "&".join(f"{k}={v}" for k, v in window if v)
    return await rendered(
        request,
        "dyad.html",
        a=a,
        b=b,
        by=by,
        start=start,
        end=end,
        rows=rows,
        columns=SERIES_COLUMNS,
        phases=found,
        query=query,
    )


async def _series(
    request: Request, a: str, b: str, by: str, start: str | None, end: str | None
) -> list[dict[str, Any]]:
    """The dyad's series (`rift index`); 404 when either actor is unknown."""
    chronicle = chronicle_of(request)
    with missing_is_404():
        (await chronicle.ready()).require_actors([a, b])
    rows: list[dict[str, Any]] = await chronicle.answer(measure.series, a, b, by, start, end)
    return rows


@router.get("/dyads/{a}/{b}/series.csv")
async def dyad_csv(
    request: Request, a: str, b: str, by: By = "year", start: From = None, end: To = None
) -> Response:
    rows = await _series(request, a, b, by, start, end)
    return Response(
        render.to_csv(rows),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="rift-{a}-{b}-{by}.csv"'},
    )


@router.get("/dyads/{a}/{b}/series.json")
async def dyad_json(
    request: Request, a: str, b: str, by: By = "year", start: From = None, end: To = None
) -> Response:
    rows = await _series(request, a, b, by, start, end)
    return Response(
        render.to_json(rows),
        media_type="application/json",
        headers={"content-disposition": f'attachment; filename="rift-{a}-{b}-{by}.json"'},
    )


@router.get("/chart.svg")
async def chart(
    request: Request, actor: Actors = None, start: From = None, end: To = None
) -> Response:
    """`rift plot A B [C D ...]` as an image."""
    svg = await chronicle_of(request).chart(pairs(actor or []), start, end)
    return Response(svg, media_type="image/svg+xml", headers={"cache-control": "max-age=3600"})


@router.get("/actors", response_class=HTMLResponse)
def actor_list(request: Request) -> HTMLResponse:
    return page(request, "actors.html", rows=chronicle_of(request).snapshot().actors())


@router.get("/sources", response_class=HTMLResponse)
def source_list(request: Request) -> HTMLResponse:
    return page(request, "sources.html", rows=chronicle_of(request).snapshot().sources())


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI, served from the package (no CDN)."""
    return page(request, "docs.html")
