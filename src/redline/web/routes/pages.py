"""The HTML pages: documents, one document, quotes, timeline, network, code."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from fastapi.responses import HTMLResponse, RedirectResponse

from redline.query import core as queries
from redline.web.params import DocId, Offset, Text
from redline.web.render import document_segments, event_summary, safe_url
from redline.web.state import ReadMemo, State, StoreCursor

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
PAGE_SIZE = 25


@router.get("/")
def index_page(state: State, con: StoreCursor, memo: ReadMemo, q: Text = None, offset: Offset = 0):
    items, total = queries.list_documents(con, q=q, limit=PAGE_SIZE, offset=offset, memo=memo)
    return state.page(
        "index.html",
        nav="documents",
        items=items,
        total=total,
        q=q or "",
        offset=offset,
        limit=PAGE_SIZE,
        counts=queries.summary(con),
    )


@router.get("/documents/{doc_id}")
def document_page(doc_id: DocId, state: State, con: StoreCursor):
    doc = queries.load_document(con, doc_id)
    stored = doc is not None
    if doc is None:
        doc = state.scratch.get(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id}")
    return state.page(
        "document.html",
        nav="documents",
        doc=doc,
        stored=stored,
        segments=document_segments(doc),
        url=safe_url(doc.url),
        event_titles=[event_summary(doc, i) for i in range(len(doc.events))],
        entity_labels=sorted({e.label for e in doc.entities}),
    )


@router.get("/timeline")
def timeline_page(state: State):
    return state.page("timeline.html", nav="timeline")


@router.get("/network")
def network_page(state: State):
    return state.page("network.html", nav="network")


@router.get("/quotes")
def quotes_page(
    state: State, con: StoreCursor, speaker: Text = None, q: Text = None, offset: Offset = 0
):
    items, total = queries.list_quotes(con, speaker=speaker, q=q, limit=PAGE_SIZE, offset=offset)
    speakers, n_speakers = queries.list_speakers(con, limit=40)
    return state.page(
        "quotes.html",
        nav="quotes",
        items=items,
        total=total,
        speaker=speaker or "",
        q=q or "",
        offset=offset,
        limit=PAGE_SIZE,
        speakers=speakers,
        n_speakers=n_speakers,
    )


@router.get("/code")
def code_page(state: State):
    return state.page("code.html", nav="code", max_kb=state.max_body // 1000)


@router.get("/favicon.ico")
def favicon():
    return RedirectResponse("/static/favicon.svg")
