"""``/api/events`` and ``/api/dyads``: coded events, one by one or by directed pair."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from redline.query import core as queries
from redline.web.params import EventFilters, Limit, ListResponse, Offset, listing
from redline.web.state import StoreCursor, answer

router = APIRouter(prefix="/api", tags=["events"])


@router.get("/events")
async def api_events(
    request: Request,
    filters: EventFilters,
    doc_id: Annotated[str | None, Query(max_length=100)] = None,
    negated: bool | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Coded events matching every filter given (the same filters as ``redline events``)."""

    def query(con, memo) -> ListResponse:
        items, total = queries.list_events(
            con,
            limit=limit,
            offset=offset,
            memo=memo,
            doc_id=doc_id,
            negated=negated,
            **filters.as_kwargs(),
        )
        return listing(items, total, limit, offset)

    return await answer(request, query)


@router.get("/dyads")
def api_dyads(
    filters: EventFilters,
    con: StoreCursor,
    min_events: Annotated[int, Query(ge=1, le=100_000)] = 1,
    coded: Annotated[
        bool, Query(description="Only pairs of actors with codes, not bare mention texts.")
    ] = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Directed source→target pairs with event counts and mean Goldstein."""
    items, total = queries.list_dyads(
        con, min_events=min_events, coded=coded, limit=limit, offset=offset, **filters.as_kwargs()
    )
    return listing(items, total, limit, offset)
