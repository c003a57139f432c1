"""A text sent to be checked: pasted (JSON or a form field) or uploaded as a file.

Whatever the way in, the bytes go through `rift.check.inputs.decode`, so the web
refuses what `rift check` refuses (empty, binary, not UTF-8, not English) with the
same message, and reads an HTML file's visible text as the command line does.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request
from pydantic import BaseModel, Field, ValidationError
from starlette.datastructures import UploadFile

from rift.check.inputs import Text, decode
from rift.errors import InputError

PASTED = "pasted text"


class CheckRequest(BaseModel):
    """The JSON body of `POST /api/check`."""

    text: str = Field(description="The English text to check (plain text or HTML).")
    document: str | None = Field(
        default=None, max_length=200, description="A name for the text in the report."
    )


#: The request body of `POST /api/check` as OpenAPI states it: JSON or a multipart file.
OPENAPI_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": CheckRequest.model_json_schema()},
            "text/plain": {"schema": {"type": "string"}},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "text": {"type": "string"},
                    },
                }
            },
        },
    }
}


class UnsupportedBody(InputError):
    """The body is neither JSON nor a form."""


async def text_from(request: Request) -> Text:
    """The text a request asks to check; `InputError` with one clear line otherwise.

    JSON `{"text": ...}`, a plain-text or HTML body, or a form with a `file` or a
    `text` field (a file wins when both are given).
    """
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        return _from_json(await request.body())
    if kind in ("text/plain", "text/html"):
        return decode(PASTED, await request.body())
    if kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
        async with request.form() as form:
            upload = form.get("file")
            if isinstance(upload, UploadFile) and (upload.filename or upload.size):
                return decode(upload.filename or "uploaded file", await upload.read())
            pasted = form.get("text")
            if isinstance(pasted, str):
                return decode(PASTED, pasted.encode("utf-8"))
        raise InputError("paste a text or choose a file to check")
    raise UnsupportedBody(
        'send JSON {"text": "..."}, plain text, or a multipart form with a file or a text field'
    )


def _from_json(body: bytes) -> Text:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"the body is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError('the body must be a JSON object: {"text": "..."}')
    try:
        request = CheckRequest.model_validate(data)
    except ValidationError as exc:
        problem = exc.errors()[0]
        field = ".".join(str(p) for p in problem["loc"]) or "body"
        raise InputError(f"{field}: {problem['msg']}") from exc
    try:
        encoded = request.text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError("text: contains characters that are not valid Unicode") from exc
    return decode(request.document or PASTED, encoded)
