"""The web application: the database, the checker, the templates and the routes, put together.

>>> from rift.web.app import create_app
>>> app = create_app()                       # doctest: +SKIP
>>> # uvicorn.run(app)  -- or `rift serve`
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from anyio import to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from rift import __version__
from rift.web import api, cache, check_page, errors, items, pages
from rift.web.cache import ResponseCache
from rift.web.catalogue import Catalogue
from rift.web.charts import Charts
from rift.web.checker import Checker
from rift.web.chronicle import Chronicle, Warm
from rift.web.database import Database
from rift.web.security import MAX_BODY, STATIC, BodyLimit, SecurityHeaders, content_security_policy
from rift.web.security import web_url as safe_web_url

log = logging.getLogger("rift.web")

TEMPLATES = Path(__file__).parent / "templates"
HANDLER_THREADS = 4
DESCRIPTION = (
    "The rift chronicle of Albania–Soviet Cold War relations, read-only. Every route "
    "returns the JSON of the matching `rift` command with `--format json`, with the "
    'same field names (see the README). Errors are one line: `{"error": "..."}`.'
)


def signed(value: float | None) -> str:
    """A score with its sign, one decimal: +3.5, −2.0 (blank when there is none)."""
    return "" if value is None else f"{value:+.1f}".replace("-", "−")


def num(value: float | None, digits: int = 1) -> str:
    """A number to `digits` decimals (blank when there is none)."""
    return "" if value is None else f"{value:.{digits}f}"


def templates_for(catalogue: Catalogue) -> Jinja2Templates:
    """Jinja templates (autoescaped) with the helpers the pages use."""
    templates = Jinja2Templates(directory=str(TEMPLATES))
    env = templates.env
    # the templates ship with the package: not stat'ed on every render to see if they changed
    # (each stat gives the GIL away, and under load waits to have it back)
    env.auto_reload = False
    env.globals.update(label=catalogue.label, url_of=catalogue.url, version=__version__)
    env.filters.update(web_url=safe_web_url, signed=signed, num=num)
    for name in env.list_templates():
        env.get_template(name)  # compiled now (0.1 s) rather than by each page's first visitor
    return templates


async def visit_items(app: FastAPI, chronicle: Chronicle, catalogue: Catalogue, kept: int) -> int:
    """Every item page, asked once as the server starts (within what the cache keeps)."""
    if not kept:
        return 0
    # some 700 pages of a millisecond each, one at a time between the visitors' requests
    try:
        await chronicle.ready()
        return await cache.visit(app, list(catalogue.urls())[: kept // 2])
    except Exception:
        # each page is drawn again by the first request that asks for it, and fails there
        log.warning("drawing the item pages at start-up failed", exc_info=True)
        return 0


def create_app(
    db_path: Path | None = None,
    check_workers: int = 1,
    warm: Sequence[Warm] = pages.WARM,
    kept: int = cache.ENTRIES,
) -> FastAPI:
    """The rift explorer over the database at `db_path` (default: as `rift` finds it).

    `warm` is what the server computes when it starts, in that order, before
    visitors ask (`rift.web.pages.WARM`); `kept` is how many GET responses it
    keeps in memory to send again (0: none, every request is answered afresh).
    When it keeps any, the server also draws every item page once when it starts
    (`app.state.visits`, a task), so that none is drawn while visitors wait.
    """
    database = Database(db_path)
    with database.cursor() as con:
        catalogue = Catalogue.read(con)
    checker = Checker(database.path, check_workers)
    chronicle = Chronicle(database, Charts(database), warm=warm)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # a few threads for the pages, which read memory: more only contend for the GIL;
        # the slow queries and the charts have threads of their own (`rift.web.answers`)
        to_thread.current_default_thread_limiter().total_tokens = HANDLER_THREADS
        chronicle.start()
        visits = asyncio.create_task(visit_items(app, chronicle, catalogue, kept))
        app.state.visits = visits
        yield
        visits.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await visits
        chronicle.close()
        checker.close()

    app = FastAPI(
        title="rift",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    state: Any = app.state
    state.db = database
    state.checker = checker
    state.catalogue = catalogue
    state.chronicle = chronicle
    state.templates = templates_for(catalogue)
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(items.router)
    app.include_router(check_page.router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.add_middleware(ResponseCache, entries=kept)
    app.add_middleware(BodyLimit, limit=MAX_BODY)
    app.add_middleware(SecurityHeaders, policy=content_security_policy())
    return app
