"""Pages for people: the overview, the timeline, a date, a dyad, the lists, the API docs.

Each handler gathers what the matching `rift` commands return and hands it to
its template; nothing is computed here that the library does not already give.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rift import measure, queries, render
from rift import overview as summary
from rift import phases as detect
from rift.web.api import Actors, By, Con, From, To
from rift.web.charts import pairs
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


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, con: Con) -> HTMLResponse:
    data = summary.overview(con)
    dyads = [
        {"a": a, "b": b, "phases": queries.periods(con, [a, b], kind="phase")}
        for a, b in NEIGHBOURS
    ]
    key_events = queries.events(con, list(summary.DYAD), min_salience=1)
    chart = "&".join(f"actor={x}" for pair in NEIGHBOURS for x in pair)
    return page(
        request, "overview.html", data=data, dyads=dyads, key_events=key_events, chart=chart
    )


@router.get("/timeline", response_class=HTMLResponse)
def timeline(
    request: Request,
    con: Con,
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
        types=sorted({e["type"] for e in queries.events(con) if e["type"]}),
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
def on(request: Request, con: Con, when: str, actor: Actors = None) -> HTMLResponse:
    state = queries.on(con, when, actor)
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
def dyads(request: Request, con: Con) -> HTMLResponse:
    phased: dict[tuple[str, ...], int] = {}
    for period in queries.periods(con, kind="phase"):
        pair = tuple(a["id"] for a in period["actors"])
        phased[pair] = phased.get(pair, 0) + 1
    return page(
        request,
        "dyads.html",
        phased=sorted(phased.items()),
        partners=measure.partners(con, "ALB"),
        actors=request.app.state.catalogue.actors(),
    )


@router.get("/dyads/go", response_class=RedirectResponse)
def dyad_form(a: Annotated[str, Query()], b: Annotated[str, Query()]) -> RedirectResponse:
    """The dyad form's target: /dyads/go?a=ALB&b=SUN goes to /dyads/ALB/SUN."""
    return RedirectResponse(f"/dyads/{quote(a, safe='')}/{quote(b, safe='')}")


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad(
    request: Request, con: Con, a: str, b: str, by: By = "year", start: From = None, end: To = None
) -> HTMLResponse:
    with missing_is_404():
        queries.require_actors(con, [a, b])
    rows = measure.series(con, a, b, by, start, end)
    found = detect.phases(con, a, b, start, end)
    window = [("from", start), ("to", end)]
    query = "&".join(f"{k}={v}" for k, v in window if v)
    return page(
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


@router.get("/dyads/{a}/{b}/series.csv")
def dyad_csv(
    con: Con, a: str, b: str, by: By = "year", start: From = None, end: To = None
) -> Response:
    with missing_is_404():
        queries.require_actors(con, [a, b])
    rows = measure.series(con, a, b, by, start, end)
    return Response(
        render.to_csv(rows),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="rift-{a}-{b}-{by}.csv"'},
    )


@router.get("/dyads/{a}/{b}/series.json")
def dyad_json(
    con: Con, a: str, b: str, by: By = "year", start: From = None, end: To = None
) -> Response:
    with missing_is_404():
        queries.require_actors(con, [a, b])
    rows = measure.series(con, a, b, by, start, end)
    return Response(
        render.to_json(rows),
        media_type="application/json",
        headers={"content-disposition": f'attachment; filename="rift-{a}-{b}-{by}.json"'},
    )


@router.get("/chart.svg")
def chart(request: Request, actor: Actors = None, start: From = None, end: To = None) -> Response:
    """`rift plot A B [C D ...]` as an image."""
    svg = request.app.state.charts.svg(pairs(actor or []), start, end)
    return Response(svg, media_type="image/svg+xml", headers={"cache-control": "max-age=3600"})


@router.get("/actors", response_class=HTMLResponse)
def actor_list(request: Request, con: Con) -> HTMLResponse:
    return page(request, "actors.html", rows=queries.actors(con))


@router.get("/sources", response_class=HTMLResponse)
def source_list(request: Request, con: Con) -> HTMLResponse:
    return page(request, "sources.html", rows=queries.sources(con))


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI, served from the package (no CDN)."""
    return page(request, "docs.html")
