"""`rift serve`: the chronicle, its measures and the checker in a browser.

A thin layer over the library: `api` (the JSON of each `rift` command),
`pages` and `items` (the same data as pages), `check_page`, with `database`
(read-only), `checker` (a worker process), `charts`, `timeline`, `annotate`,
`security` and `errors` around them. `app.create_app` puts them together.
"""

from __future__ import annotations

from pathlib import Path


def serve(host: str = "127.0.0.1", port: int = 8000, db: Path | None = None) -> None:
    """Open the database read-only and serve the explorer until interrupted."""
    import uvicorn

    from rift.web.app import create_app
    from rift.web.chronicle import settle
    from rift.web.pages import WARM

    app = create_app(db, warm=(*WARM, settle))
    print(f"rift: serving the chronicle at http://{host}:{port}/ (Ctrl-C stops)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
