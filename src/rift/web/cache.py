"""Responses kept in memory: the database is read-only for the server's life, so the answer
to a GET of a given URL never changes, and some answers take the library a second
(`rift overview` computes six dates' scores).

Only complete 200 responses are kept, least recently used first out, within a
count and a size; static files are left to the browser's own cache. `visit`
asks the app for pages once when the server starts (every item page), so the
first visitors of each do not wait for it to be drawn.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from rift.web.security import ASGIApp, Message, Receive, Scope, Send

Key = tuple[str, str, bytes]

#: Responses kept at most, and their bodies' total size in bytes.
ENTRIES = 4096
SIZE = 64_000_000


class ResponseCache:
    """ASGI middleware that replays the kept response to a repeated GET."""

    def __init__(
        self, app: ASGIApp, entries: int = ENTRIES, size: int = SIZE, skip: str = "/static/"
    ) -> None:
        self.app = app
        self.entries = entries
        self.size = size
        self.skip = skip
        self.kept: OrderedDict[Key, tuple[Message, bytes]] = OrderedDict()
        self.bytes = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or scope["path"].startswith(self.skip)
        ):
            await self.app(scope, receive, send)
            return
        key: Key = (scope["method"], scope["path"], scope.get("query_string", b""))
        if key in self.kept:
            self.kept.move_to_end(key)
            start, body = self.kept[key]
            # copies: the middleware outside may change the message it is given
            await send({**start, "headers": list(start.get("headers", []))})
            await send({"type": "http.response.body", "body": body})
            return
        start_message: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                start_message.update(message, headers=list(message.get("headers", [])))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False) and start_message.get("status") == 200:
                    self._keep(key, start_message, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, keep)

    def _keep(self, key: Key, start: Message, body: bytes) -> None:
        if not self.entries or len(body) > self.size // 16:
            return
        if key in self.kept:
            self.bytes -= len(self.kept[key][1])
        self.kept[key] = (start, body)
        self.bytes += len(body)
        while len(self.kept) > self.entries or self.bytes > self.size:
            _, (_, dropped) = self.kept.popitem(last=False)
            self.bytes -= len(dropped)


async def visit(app: ASGIApp, urls: Iterable[str]) -> int:
    """GET each of `urls` from `app`, one after another, as a visitor would, dropping the answers
    (a `ResponseCache` inside keeps them); how many were 200."""
    return sum([await _get(app, url) == 200 for url in urls])


async def _get(app: ASGIApp, url: str) -> int:
    """The status of `app`'s answer to a GET of `url` (the body is not kept)."""
    path, _, query = url.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"rift")],
        "client": None,
        "server": None,
    }
    status = 0

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def drop(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, drop)
    return status
