"""``/api/quotes`` and ``/api/speakers``: quotations and who said them."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from redline.query import core as queries
from redline.web.params import DateFrom, DateTo, Limit, Offset, Text, check_dates, listing
from redline.web.state import StoreCursor

router = APIRouter(prefix="/api", tags=["quotes"])


@router.get("/quotes")
def api_quotes(
    con: StoreCursor,
    speaker: Text = None,
    q: Text = None,
    kind: Annotated[str | None, Query(pattern=r"^(direct|mixed|indirect)$")] = None,
    actor: Annotated[
        str | None, Query(max_length=200, description="Speaker's actor code, by prefix.")
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    doc_id: Annotated[str | None, Query(max_length=100)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Quotations, by speaker (``speaker`` matches part of the name) and words (``q``): the
    same filters as ``redline quotes``."""
    date_from, date_to = check_dates(date_from, date_to)
    items, total = queries.list_quotes(
        con,
        speaker=speaker,
        q=q,
        kind=kind,
        actor=actor,
        date_from=date_from,
        date_to=date_to,
        doc_id=doc_id,
        limit=limit,
        offset=offset,
    )
    return listing(items, total, limit, offset)


@router.get("/speakers")
def api_speakers(
    con: StoreCursor, q: Text = None, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    """Everyone quoted, most quoted first."""
    items, total = queries.list_speakers(con, q=q, limit=limit, offset=offset)
    return listing(items, total, limit, offset)
