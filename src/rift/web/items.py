"""One page per item, as `rift show` gives it, with what surrounds it.

An event shows the periods of its states in force at its date and their events
a year either side (`rift periods` and `rift events` for those states); a period
the events of its actors while it lasted (`rift events --from --to`); an
actor its periods, key events and dyads; a source the items that cite it. An id
asked for under the wrong kind (`/events/ALB`) is sent to its own page.

Everything comes from the chronicle in memory (`rift.web.snapshot`), the same
answers as the library's without a query per request.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from rift.web.catalogue import PAGES
from rift.web.errors import missing_is_404
from rift.web.pages import page
from rift.web.snapshot import Snapshot

router = APIRouter(include_in_schema=False)


def _show(chronicle: Snapshot, ident: str, kind: str) -> dict[str, Any] | RedirectResponse:
    with missing_is_404():
        data: dict[str, Any] = chronicle.show(ident)
    if data["kind"] != kind:
        return RedirectResponse(f"/{PAGES[data['kind']]}/{ident}", status_code=308)
    return data


def _actor_ids(item: dict[str, Any]) -> list[str]:
    return [a["id"] for a in item.get("actors") or []]


@router.get("/events/{ident}", response_class=HTMLResponse)
def event(request: Request, ident: str) -> Response:
    chronicle = request.app.state.chronicle.snapshot()
    data = _show(chronicle, ident, "event")
    if isinstance(data, RedirectResponse):
        return data
    item = data["item"]
    # the event's states frame its surroundings (a leader's own periods are on his page)
    states = request.app.state.catalogue.states
    actors = [a for a in _actor_ids(item) if a in states] or _actor_ids(item)
    year = int(item["earliest"][:4])
    nearby = chronicle.events(actors, str(year - 1), str(year + 1))
    return page(
        request,
        "event.html",
        data=data,
        item=item,
        periods=chronicle.periods(actors, item["date"], item["date"]),
        nearby=[e for e in nearby if e["id"] != ident],
    )


@router.get("/periods/{ident}", response_class=HTMLResponse)
def period(request: Request, ident: str) -> Response:
    chronicle = request.app.state.chronicle.snapshot()
    data = _show(chronicle, ident, "period")
    if isinstance(data, RedirectResponse):
        return data
    item = data["item"]
    during = chronicle.events(_actor_ids(item), item["start"], item["end"])
    states = [a["id"] for a in item["actors"]]
    return page(request, "period.html", data=data, item=item, during=during, dyad=states)


@router.get("/actors/{ident}", response_class=HTMLResponse)
def actor(request: Request, ident: str) -> Response:
    chronicle = request.app.state.chronicle.snapshot()
    data = _show(chronicle, ident, "actor")
    if isinstance(data, RedirectResponse):
        return data
    partners = {
        other["id"]: None
        for p in data["periods"]
        if p["kind"] == "phase"
        for other in p["actors"]
        if other["id"] != ident
    }
    return page(request, "actor.html", data=data, item=data["item"], partners=list(partners))


@router.get("/sources/{ident}", response_class=HTMLResponse)
def source(request: Request, ident: str) -> Response:
    chronicle = request.app.state.chronicle.snapshot()
    data = _show(chronicle, ident, "source")
    if isinstance(data, RedirectResponse):
        return data
    return page(request, "source.html", data=data, item=data["item"])
