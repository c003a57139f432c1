"""What the server sends to keep a browser safe: the Content-Security-Policy, a bound on
request bodies, and links that can only lead to the web.

The policy allows scripts and styles from the server itself only. vis-timeline's
standalone build injects its stylesheets as `<style>` elements; rather than allow
every inline style, the policy lists the SHA-256 of each one, computed from the
vendored file at start-up.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY = 1_000_000
STATIC = Path(__file__).parent / "static"
VIS_JS = STATIC / "vendor" / "vis-timeline" / "vis-timeline-graph2d.min.js"

# The minified helper that appends a <style> element: `function b(t,e){void 0===e&&(e={});
# var i=e.insertAt;...createElement("style")`. Its name changes from build to build.
_INJECTOR = re.compile(r"function (\w+)\(t,e\)\{void 0===e&&\(e=\{\}\);var i=e\.insertAt;")


def injected_styles(script: str) -> list[str]:
    """The stylesheets a vis-timeline build injects as `<style>` elements, as they are inserted."""
    found = _INJECTOR.search(script)
    if not found:
        return []
    name = re.escape(found.group(1))
    call = re.compile(rf"(?<![\w.$]){name}\((\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*')\)")
    return [_js_string(literal) for literal in call.findall(script)]


def _js_string(literal: str) -> str:
    """The value of a JavaScript string literal in single or double quotes."""
    body = literal[1:-1]
    if literal[0] == "'":
        body = re.sub(r'(?<!\\)((?:\\\\)*)"', r'\1\\"', body.replace("\\'", "'"))
    value: str = json.loads(f'"{body}"')
    return value


def style_hash(css: str) -> str:
    """The CSP source expression that allows one inline stylesheet."""
    digest = hashlib.sha256(css.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(script_file: Path = VIS_JS) -> str:
    """The policy for every response: nothing from elsewhere, no inline scripts."""
    hashes = [style_hash(css) for css in injected_styles(script_file.read_text("utf-8"))]
    styles = " ".join(["'self'", *dict.fromkeys(hashes)])
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            f"style-src {styles}",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


def web_url(url: str | None) -> str | None:
    """`url` if it is an http(s) address, else None (never a `javascript:` or `data:` link)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url if parts.scheme in ("http", "https") and parts.netloc else None


class SecurityHeaders:
    """ASGI middleware: add the policy and the usual hardening headers to every response."""

    def __init__(self, app: ASGIApp, policy: str) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", policy.encode("ascii")),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.headers]
            await send(message)

        await self.app(scope, receive, with_headers)


class BodyLimit:
    """ASGI middleware: refuse a request body over `limit` bytes with 413 and one line of JSON.

    The body is read (up to the limit) before the application sees it, so a
    client that sends no Content-Length, or a false one, is bounded too.
    """

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            await self._refuse(send)
            return
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._refuse(send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        limit = f"{self.limit / 1e6:g} MB"
        body = json.dumps({"error": f"the request is too large: the limit is {limit}"}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
