"""Every error as one line a person can act on: JSON under /api/, a plain page elsewhere.

rift's own errors carry their message (`InputError`: 400; an unknown item: 404);
FastAPI's validation errors become one sentence naming the parameter; anything
unexpected is a 500 whose details go to the server's log, never to the page.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from rift.errors import InputError, RiftError
from rift.web.checker import CheckerBusy
from rift.web.submission import UnsupportedBody

log = logging.getLogger("rift.web")


class NotFound(InputError):
    """The item, actor or page asked for does not exist."""


@contextmanager
def missing_is_404() -> Iterator[None]:
    """Inside, an unknown id (an `InputError`) means the thing asked for is not there."""
    try:
        yield
    except InputError as exc:
        raise NotFound(str(exc)) from exc


def status_of(exc: RiftError) -> int:
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, CheckerBusy):
        return 503
    if isinstance(exc, UnsupportedBody):
        return 415
    return 400


def validation_message(exc: RequestValidationError) -> str:
    """The first problem of a request, in one sentence: where, and what is wrong."""
    problems = exc.errors()
    if not problems:
        return "the request is not valid"
    first = problems[0]
    where = [str(part) for part in first.get("loc", ()) if part != "body"]
    place = f"{where[0]} parameter {where[-1]!r}" if len(where) > 1 else "the request body"
    message = str(first.get("msg", "is not valid")).rstrip(".")
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{place}: {message[:1].lower()}{message[1:]}{more}"


def error_response(request: Request, status: int, message: str) -> Response:
    """One line of JSON for the API, the error page for a person."""
    message = " ".join(message.split())
    accept = request.headers.get("accept", "")
    wants_json = "application/json" in accept and "text/html" not in accept
    if request.url.path.startswith("/api/") or wants_json:
        return JSONResponse({"error": message}, status_code=status)
    templates = request.app.state.templates
    return HTMLResponse(
        templates.get_template("error.html").render(
            request=request, status=status, message=message
        ),
        status_code=status,
    )


def install(app: FastAPI) -> None:
    """Route every kind of error through `error_response`."""

    async def rift_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RiftError)
        return error_response(request, status_of(exc), str(exc))

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return error_response(request, 422, validation_message(exc))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        messages: dict[int, str] = {
            404: f"there is no page at {request.url.path}",
            405: f"{request.method} is not allowed here: rift serves the chronicle read-only",
        }
        detail: Any = exc.detail
        message = messages.get(exc.status_code) or str(detail)
        response = error_response(request, exc.status_code, message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    async def unexpected(request: Request, exc: Exception) -> Response:
        log.error("error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(
            request, 500, "the server failed on this request; the error is in its log"
        )

    app.add_exception_handler(RiftError, rift_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(Exception, unexpected)
