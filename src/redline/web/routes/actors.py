"""``/api/actors``: every actor in an event, most active first."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from redline.query import core as queries
from redline.web.params import EventFilters, Limit, Offset, listing
from redline.web.state import StoreCursor

router = APIRouter(prefix="/api", tags=["actors"])


@router.get("/actors")
def api_actors(
    filters: EventFilters,
    con: StoreCursor,
    name: Annotated[
        str | None, Query(max_length=200, description="Part of the actor's name or code.")
    ] = None,
    coded: Annotated[
        bool,
        Query(description="Only actors with an actor code (true), or mention texts too (false)."),
    ] = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Actors in events (negated events left out), most active first."""
    items, total = queries.list_actors(
        con, name=name, coded=coded, limit=limit, offset=offset, **filters.as_kwargs()
    )
    return listing(items, total, limit, offset)
