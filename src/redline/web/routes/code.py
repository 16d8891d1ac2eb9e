"""``POST /api/code``: code a pasted text, and store it when the server allows.

The body must be JSON (the Guard refuses anything else from browsers and scripts alike, see
:mod:`redline.web.security`); texts are coded one at a time behind a bounded queue
(:class:`redline.web.state.Coder`), so a burst of posts is refused with 429 rather than holding
the pages.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from redline.errors import RedlineError
from redline.store.jsonl import document_record
from redline.web.params import check_dates
from redline.web.security import too_large
from redline.web.state import State

router = APIRouter(prefix="/api", tags=["code"])

CODE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string"},
                        "published": {"type": "string", "format": "date"},
                        "title": {"type": "string"},
                    },
                }
            }
        },
    }
}


@router.post("/code", openapi_extra=CODE_BODY)
async def api_code(
    request: Request,
    state: State,
    store: Annotated[
        bool,
        Query(
            description="Also write the document to the store "
            "(needs a server started with --allow-store)."
        ),
    ] = False,
    published: Annotated[str | None, Query(max_length=10)] = None,
    title: Annotated[str | None, Query(max_length=500)] = None,
) -> dict[str, Any]:
    """Code pasted text and return its JSON Lines record. The body is JSON
    ``{"text": ..., "published": "YYYY-MM-DD", "title": ...}``."""
    if store and not state.allow_store:
        raise HTTPException(
            403,
            "storing is turned off: start the server with "
            "`redline serve --allow-store` to store coded texts",
        )
    body = await read_body(request, state.max_body)
    text, published, title = code_request(body, published, title)
    try:
        doc = await state.coder.code(text, published=published, title=title)
    except RedlineError as exc:
        raise HTTPException(503, f"cannot code text: {exc}") from exc
    if store:
        try:
            await run_in_threadpool(state.access.write, doc)
        except RedlineError as exc:
            raise HTTPException(503, f"cannot store the text: {exc}") from exc
    else:
        state.scratch.put(doc)
    record = document_record(doc)
    return JSONResponse(record, headers={"x-redline-stored": "true" if store else "false"})


async def read_body(request: Request, limit: int) -> bytes:
    """The body, counted as it arrives (a body sent without a length is capped here)."""
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, too_large(limit))
    return bytes(body)


def code_request(
    body: bytes, published: str | None, title: str | None
) -> tuple[str, str | None, str | None]:
    """The text, date and title of a POST /api/code request, checked."""
    try:
        raw = body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "the body is not UTF-8 text") from None
    try:
        data = json.loads(raw or "null")
    except json.JSONDecodeError as exc:
        raise HTTPException(400, f"the body is not valid JSON: {exc.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise HTTPException(422, 'send {"text": "..."} with the article as a string')
    text = data["text"]
    for key, value in (("published", data.get("published")), ("title", data.get("title"))):
        if value is not None and not isinstance(value, str):
            raise HTTPException(422, f"{key} must be a string")
    published = data.get("published") or published
    title = data.get("title") or title
    if not text.strip():
        raise HTTPException(422, "text is empty: paste an article to code")
    if title is not None and len(title) > 500:
        raise HTTPException(422, "title is longer than 500 characters")
    return text, _full_date(published), title or None


def _full_date(value: str | None) -> str | None:
    from datetime import date

    if not value:
        return None
    try:
        check_dates(value, None)
        return date.fromisoformat(value).isoformat()
    except (ValueError, HTTPException):
        raise HTTPException(422, f"published must be a date as YYYY-MM-DD, not {value!r}") from None
