"""``/api/timeline``: events per period, for the timeline page."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from redline.query import core as queries
from redline.web.params import EventFilters, Offset, listing
from redline.web.state import StoreCursor

router = APIRouter(prefix="/api", tags=["timeline"])


@router.get("/timeline")
def api_timeline(
    filters: EventFilters,
    con: StoreCursor,
    interval: Annotated[str, Query(pattern=r"^(day|month|year)$")] = "day",
    limit: Annotated[int, Query(ge=1, le=10_000)] = 5000,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Events per period and QuadClass with their mean Goldstein (``items``), and per period
    over all classes (``totals``); filter by actor or dyad with the event filters."""
    kwargs = filters.as_kwargs()
    items, total = queries.timeline(con, interval=interval, limit=limit, offset=offset, **kwargs)
    totals = queries.timeline_totals(con, interval=interval, **kwargs)
    return listing(items, total, limit, offset, interval=interval, totals=totals)
