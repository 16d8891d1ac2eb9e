"""Query parameters shared by the API's routes, validated before any query runs."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

import orjson
from fastapi import Depends, HTTPException, Query
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse

from redline.errors import RedlineError
from redline.query import EventFilter

MAX_LIMIT = 500

Text = Annotated[str | None, Query(max_length=200)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
DocId = Annotated[str, PathParam(min_length=1, max_length=100, description="The document's id.")]
DateFrom = Annotated[
    str | None, Query(max_length=10, description="First day: YYYY, YYYY-MM or YYYY-MM-DD.")
]
DateTo = Annotated[
    str | None, Query(max_length=10, description="Last day, inclusive, as date_from.")
]


def check_dates(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """The date filters as the query layer reads them; 422 with the reason when malformed."""
    from redline.query import date_bound

    bounds = []
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        try:
            bounds.append(date_bound(value, end=name == "date_to"))
        except RedlineError as exc:
            raise HTTPException(422, f"{name}: {exc}") from None
    start, end = bounds
    if start and end and start > end:
        raise HTTPException(422, f"date_from {date_from} is after date_to {date_to}")
    return date_from or None, date_to or None


async def event_filter_params(
    actor: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Either side: an actor code by prefix (USA finds USAGOV) or the "
            "mention text exactly, any case.",
        ),
    ] = None,
    source: Annotated[
        str | None, Query(max_length=200, description="Source actor, matched as actor.")
    ] = None,
    target: Annotated[
        str | None, Query(max_length=200, description="Target actor, matched as actor.")
    ] = None,
    code: Annotated[
        str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO code or prefix, e.g. 04 or 042.")
    ] = None,
    root: Annotated[str | None, Query(pattern=r"^\d{1,2}$", description="CAMEO root.")] = None,
    plover: Annotated[
        str | None, Query(pattern=r"^[A-Za-z_-]{1,40}$", description="PLOVER event type.")
    ] = None,
    quad_class: Annotated[
        int | None,
        Query(
            ge=1,
            le=4,
            description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
            "4 material conflict.",
        ),
    ] = None,
    speaker: Annotated[
        str | None, Query(max_length=200, description="Who reported the event (substring).")
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the sentence.")] = None,
) -> EventFilter:
    """The event filters shared by /api/events, /api/actors, /api/dyads and /api/timeline."""
    date_from, date_to = check_dates(date_from, date_to)
    return EventFilter(
        actor=actor or None,
        source=source or None,
        target=target or None,
        code=code or None,
        root=root or None,
        plover=plover or None,
        quad_class=quad_class,
        speaker=speaker or None,
        date_from=date_from,
        date_to=date_to,
        q=q or None,
    )


EventFilters = Annotated[EventFilter, Depends(event_filter_params)]


class ListResponse(JSONResponse):
    """JSON written straight from the query's rows. FastAPI's own encoding walks every value
    of every row again (6 ms for a page of 50 events, a third of the request); the rows are
    plain values already, so orjson writes them (0.07 ms for a page of 50 events where the
    standard library took 0.46 ms), with dates as ISO text like ``date.isoformat``."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, default=_plain)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, tuple | set):
        return list(value)
    return str(value)


def listing(
    items: list[dict[str, Any]], total: int, limit: int, offset: int, **extra: Any
) -> ListResponse:
    """The shape of every list the API answers: ``items``, ``total``, ``limit``, ``offset``."""
    return ListResponse({"items": items, "total": total, "limit": limit, "offset": offset} | extra)
