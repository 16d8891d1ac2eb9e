"""``/api/summary``, ``/api/documents`` and ``/api/documents/{id}``: the stored documents."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from redline.query import core as queries
from redline.store.jsonl import document_record
from redline.web.params import (
    DateFrom,
    DateTo,
    DocId,
    Limit,
    ListResponse,
    Offset,
    Text,
    check_dates,
    listing,
)
from redline.web.state import StoreCursor, answer

router = APIRouter(prefix="/api", tags=["documents"])


@router.get("/summary")
def api_summary(con: StoreCursor) -> dict[str, int]:
    """How many documents, sentences, entities, quotes and events the store holds."""
    return queries.summary(con)


@router.get("/documents")
async def api_documents(
    request: Request,
    q: Text = None,
    outlet: Text = None,
    duplicates: Annotated[
        bool, Query(description="false leaves out near-duplicates of other documents.")
    ] = True,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Documents, newest first; ``q`` searches title, text and source."""
    date_from, date_to = check_dates(date_from, date_to)

    def query(con, memo) -> ListResponse:
        items, total = queries.list_documents(
            con,
            q=q,
            outlet=outlet,
            duplicates=duplicates,
            date_from=date_from,
            date_to=date_to,
            limit=limit,
            offset=offset,
            memo=memo,
        )
        return listing(items, total, limit, offset)

    return await answer(request, query)


@router.get("/documents/{doc_id}")
def api_document(doc_id: DocId, con: StoreCursor) -> dict[str, Any]:
    """One document with all its spans: the JSON Lines record."""
    doc = queries.load_document(con, doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id}")
    return document_record(doc)
