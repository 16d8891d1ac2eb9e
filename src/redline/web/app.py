"""The web app: a JSON API and HTML pages over one DuckDB store (``redline serve``).

The store is opened once: read-only by default, so the server can never change what was coded;
read-write for the app's whole life when storing pasted texts is allowed, because DuckDB will not
let one process hold the same file both ways (and a store open for writing in another process,
such as a running ``redline code``, cannot be opened here at all). Each request reads through its
own cursor, since a DuckDB connection must not be shared between threads.

Safety: pages are rendered by Jinja with autoescaping and the scripts only ever insert data with
``textContent``; a Content-Security-Policy forbids inline and foreign scripts; request bodies are
capped; every parameter is validated; SQL is parameterised (see :mod:`redline.query.core`).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import asynccontextmanager
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from redline.errors import RedlineError
from redline.model import Document
from redline.query import core as queries
from redline.store.jsonl import document_record
from redline.web.render import css_name, document_segments, event_summary, safe_url

MAX_BODY_BYTES = 200_000
MAX_LIMIT = 500
SCRATCH_SIZE = 16
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
PACKAGE_DIR = Path(str(resources.files("redline.web")))

# A factory returns something that codes one Document (a redline.pipeline.Pipeline).
PipelineFactory = Callable[[], Callable[[Document], Document]]


# -- plumbing -----------------------------------------------------------------------------------


class Guard:
    """ASGI middleware: security headers on every response, and bodies over the cap refused early
    from their Content-Length (bodies sent without one are counted where they are read)."""

    def __init__(self, app, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_body:
            response = JSONResponse(status_code=413, content={"detail": _too_large(self.max_body)})
            await response(scope, receive, self._with_headers(send))
            return
        await self.app(scope, receive, self._with_headers(send))

    @staticmethod
    def _with_headers(send):
        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    h for h in message.get("headers", []) if h[0] not in dict(SECURITY_HEADERS)
                ]
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        return send_with_headers


def _too_large(limit: int) -> str:
    return f"request body too large: the limit is {limit // 1000} kB"


class StoreAccess:
    """One connection to the store for the app's life; a fresh cursor for every request."""

    def __init__(self, db_path: str, *, allow_store: bool) -> None:
        from redline.store import Store

        self.path = db_path
        self.allow_store = allow_store
        self.lock = threading.Lock()
        self.store = None
        if not allow_store and not Path(db_path).is_file():
            raise RedlineError(
                "E060",
                f"no store at {db_path}: code some news first "
                f"(redline code examples/ --db {db_path})",
            )
        if allow_store:
            self.store = Store(db_path)
            self.con = self.store.con
        else:
            try:
                self.con = duckdb.connect(db_path, read_only=True)
            except duckdb.Error as exc:
                raise RedlineError("E061", f"cannot open store {db_path} read-only: {exc}") from exc
        found = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'documents'"
        ).fetchone()[0]
        if not found:
            self.close()
            raise RedlineError("E062", f"{db_path} is not a redline store (no documents table)")

    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self.lock:
            cur = self.con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def write(self, doc: Document) -> None:
        if self.store is None:
            raise RedlineError("E063", "the store is open read-only")
        with self.lock:
            self.store.write([doc])

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
        else:
            self.con.close()


class Scratch:
    """Texts coded through the app but not stored, kept briefly so the document view can show
    them. Bounded: the oldest is dropped first."""

    def __init__(self, size: int = SCRATCH_SIZE) -> None:
        self.size = size
        self.docs: OrderedDict[str, Document] = OrderedDict()
        self.lock = threading.Lock()

    def put(self, doc: Document) -> None:
        with self.lock:
            self.docs[doc.id] = doc
            self.docs.move_to_end(doc.id)
            while len(self.docs) > self.size:
                self.docs.popitem(last=False)

    def get(self, doc_id: str) -> Document | None:
        with self.lock:
            return self.docs.get(doc_id)


class LazyPipeline:
    """Loads the pipeline on the first text to code, once, and codes one text at a time."""

    def __init__(self, factory: PipelineFactory | None) -> None:
        self.factory = factory
        self.pipeline: Callable[[Document], Document] | None = None
        self.lock = threading.Lock()

    def code(self, text: str, *, published: str | None, title: str | None) -> Document:
        from redline.pipeline import Pipeline, code_text

        with self.lock:
            if self.pipeline is None:
                self.pipeline = (self.factory or Pipeline)()
            return code_text(
                text, published=published, title=title, source="<web>", pipeline=self.pipeline
            )


def _template_env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(PACKAGE_DIR / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["quad_names"] = queries.QUAD_CLASSES
    env.filters["css_name"] = css_name
    return env


def _check_date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(422, f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None


def _listing(items: list[dict[str, Any]], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


# -- parameters ---------------------------------------------------------------------------------

Text = Annotated[str | None, Query(max_length=200)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]


def event_filter_params(
    actor: Annotated[
        str | None,
        Query(max_length=200, description="Either side: actor code or mention, any case."),
    ] = None,
    source: Annotated[str | None, Query(max_length=200, description="Source actor.")] = None,
    target: Annotated[str | None, Query(max_length=200, description="Target actor.")] = None,
    code: Annotated[
        str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO code or prefix, e.g. 04 or 042.")
    ] = None,
    root: Annotated[str | None, Query(pattern=r"^\d{2}$", description="CAMEO root.")] = None,
    plover: Annotated[
        str | None, Query(pattern=r"^[A-Za-z_-]{1,40}$", description="PLOVER event type.")
    ] = None,
    quad_class: Annotated[
        int | None,
        Query(
            ge=1,
            le=4,
            description="1 verbal cooperation, "
            "2 material cooperation, 3 verbal conflict, "
            "4 material conflict.",
        ),
    ] = None,
    speaker: Annotated[
        str | None, Query(max_length=200, description="Who reported the event.")
    ] = None,
    date_from: Annotated[
        str | None, Query(max_length=10, description="First day, YYYY-MM-DD.")
    ] = None,
    date_to: Annotated[
        str | None, Query(max_length=10, description="Last day, YYYY-MM-DD.")
    ] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the sentence.")] = None,
) -> dict[str, Any]:
    """The event filters shared by /api/events, /api/actors, /api/dyads and /api/timeline."""
    start, end = _check_date("date_from", date_from), _check_date("date_to", date_to)
    if start and end and start > end:
        raise HTTPException(422, f"date_from {start} is after date_to {end}")
    return {
        "actor": actor or None,
        "source": source or None,
        "target": target or None,
        "code": code or None,
        "root": root or None,
        "plover": plover or None,
        "quad_class": quad_class,
        "speaker": speaker or None,
        "date_from": start,
        "date_to": end,
        "q": q or None,
    }


EventFilters = Annotated[dict[str, Any], Depends(event_filter_params)]


# -- the app ------------------------------------------------------------------------------------


def create_app(
    db_path: str,
    *,
    allow_store: bool = False,
    pipeline_factory: PipelineFactory | None = None,
    max_body: int = MAX_BODY_BYTES,
) -> FastAPI:
    """The dashboard and JSON API over the store at ``db_path``.

    ``allow_store`` opens the store read-write so ``POST /api/code?store=true`` can add pasted
    texts; otherwise the store is only read. ``pipeline_factory`` builds the pipeline that codes
    pasted texts (``redline.pipeline.Pipeline`` by default, loaded on the first request).
    """
    access = StoreAccess(str(db_path), allow_store=allow_store)
    scratch = Scratch()
    coder = LazyPipeline(pipeline_factory)
    templates = _template_env()

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        access.close()

    app = FastAPI(
        title="redline",
        summary="Coded news: documents, events, quotes, actors and dyads from a redline store.",
        version=_version(),
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN; the schema is enough
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.access = access
    app.state.scratch = scratch
    app.add_middleware(Guard, max_body=max_body)
    app.mount("/static", StaticFiles(directory=str(PACKAGE_DIR / "static")), name="static")
    cursor = Depends(access.cursor)

    def page(template: str, code: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("allow_store", allow_store)
        html = templates.get_template(template).render(**context)
        return HTMLResponse(html, status_code=code)

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if wants_json(request):
            return JSONResponse(
                {"detail": exc.detail},
                status_code=exc.status_code,
                headers=getattr(exc, "headers", None),
            )
        return page("error.html", exc.status_code, status=exc.status_code, message=exc.detail)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        errors = [
            {
                "parameter": ".".join(str(p) for p in e.get("loc", ())[1:]) or "body",
                "message": e.get("msg", "invalid"),
            }
            for e in exc.errors()
        ]
        message = "; ".join(f"{e['parameter']}: {e['message']}" for e in errors)
        if wants_json(request):
            return JSONResponse(
                {"detail": f"invalid parameter {message}", "errors": errors}, status_code=422
            )
        return page("error.html", 422, status=422, message=f"invalid parameter {message}")

    # -- JSON API -------------------------------------------------------------------------------

    @app.get("/api/summary", tags=["api"])
    def api_summary(con=cursor) -> dict[str, int]:
        """How many documents, sentences, entities, quotes and events the store holds."""
        return queries.summary(con)

    @app.get("/api/documents", tags=["api"])
    def api_documents(
        q: Text = None, limit: Limit = 50, offset: Offset = 0, con=cursor
    ) -> dict[str, Any]:
        """Documents, newest first; ``q`` searches title, text and source."""
        items, total = queries.list_documents(con, q=q, limit=limit, offset=offset)
        return _listing(items, total, limit, offset)

    @app.get("/api/documents/{doc_id}", tags=["api"])
    def api_document(doc_id: Annotated[str, _doc_id_path()], con=cursor) -> dict[str, Any]:
        """One document with all its spans: the JSON Lines record."""
        doc = queries.load_document(con, doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id}")
        return document_record(doc)

    @app.get("/api/events", tags=["api"])
    def api_events(
        filters: EventFilters,
        doc_id: Annotated[str | None, Query(max_length=100)] = None,
        negated: bool | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
        con=cursor,
    ) -> dict[str, Any]:
        """Coded events matching every filter given."""
        items, total = queries.list_events(
            con, limit=limit, offset=offset, doc_id=doc_id, negated=negated, **filters
        )
        return _listing(items, total, limit, offset)

    @app.get("/api/quotes", tags=["api"])
    def api_quotes(
        speaker: Text = None,
        q: Text = None,
        kind: Annotated[str | None, Query(pattern=r"^(direct|mixed|indirect)$")] = None,
        doc_id: Annotated[str | None, Query(max_length=100)] = None,
        limit: Limit = 50,
        offset: Offset = 0,
        con=cursor,
    ) -> dict[str, Any]:
        """Quotations, by speaker (``speaker`` matches part of the name) and words (``q``)."""
        items, total = queries.list_quotes(
            con, speaker=speaker, q=q, kind=kind, doc_id=doc_id, limit=limit, offset=offset
        )
        return _listing(items, total, limit, offset)

    @app.get("/api/speakers", tags=["api"])
    def api_speakers(
        q: Text = None, limit: Limit = 50, offset: Offset = 0, con=cursor
    ) -> dict[str, Any]:
        """Everyone quoted, most quoted first."""
        items, total = queries.list_speakers(con, q=q, limit=limit, offset=offset)
        return _listing(items, total, limit, offset)

    @app.get("/api/actors", tags=["api"])
    def api_actors(
        filters: EventFilters,
        name: Annotated[
            str | None, Query(max_length=200, description="Part of the actor's name or code.")
        ] = None,
        limit: Limit = 50,
        offset: Offset = 0,
        con=cursor,
    ) -> dict[str, Any]:
        """Actors in events (negated events left out), most active first."""
        items, total = queries.list_actors(con, name=name, limit=limit, offset=offset, **filters)
        return _listing(items, total, limit, offset)

    @app.get("/api/dyads", tags=["api"])
    def api_dyads(
        filters: EventFilters,
        min_events: Annotated[int, Query(ge=1, le=100_000)] = 1,
        limit: Limit = 50,
        offset: Offset = 0,
        con=cursor,
    ) -> dict[str, Any]:
        """Directed source→target pairs with event counts and mean Goldstein."""
        items, total = queries.list_dyads(
            con, min_events=min_events, limit=limit, offset=offset, **filters
        )
        return _listing(items, total, limit, offset)

    @app.get("/api/timeline", tags=["api"])
    def api_timeline(
        filters: EventFilters,
        interval: Annotated[str, Query(pattern=r"^(day|month|year)$")] = "day",
        limit: Annotated[int, Query(ge=1, le=10_000)] = 5000,
        offset: Offset = 0,
        con=cursor,
    ) -> dict[str, Any]:
        """Events per period and QuadClass with their mean Goldstein (``items``), and per period
        over all classes (``totals``); filter by actor or dyad with the event filters."""
        items, total = queries.timeline(
            con, interval=interval, limit=limit, offset=offset, **filters
        )
        totals = queries.timeline_totals(con, interval=interval, **filters)
        return _listing(items, total, limit, offset) | {"interval": interval, "totals": totals}

    @app.post("/api/code", tags=["api"], openapi_extra=_code_openapi())
    async def api_code(
        request: Request,
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
        ``{"text": ..., "published": "YYYY-MM-DD", "title": ...}`` or plain text."""
        if store and not allow_store:
            raise HTTPException(
                403,
                "storing is turned off: start the server with "
                "`redline serve --allow-store` to store coded texts",
            )
        body = await _read_body(request, max_body)
        text, published, title = _code_request(request, body, published, title)
        try:
            doc = await run_in_threadpool(coder.code, text, published=published, title=title)
        except RedlineError as exc:
            raise HTTPException(503, f"cannot code text: {exc}") from exc
        if store:
            await run_in_threadpool(access.write, doc)
        else:
            scratch.put(doc)
        record = document_record(doc)
        return JSONResponse(record, headers={"x-redline-stored": "true" if store else "false"})

    # -- pages ----------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index_page(q: Text = None, offset: Offset = 0, con=cursor):
        limit = 25
        items, total = queries.list_documents(con, q=q, limit=limit, offset=offset)
        return page(
            "index.html",
            nav="documents",
            items=items,
            total=total,
            q=q or "",
            offset=offset,
            limit=limit,
            counts=queries.summary(con),
        )

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(doc_id: Annotated[str, _doc_id_path()], con=cursor):
        doc = queries.load_document(con, doc_id)
        stored = doc is not None
        if doc is None:
            doc = scratch.get(doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id}")
        return page(
            "document.html",
            nav="documents",
            doc=doc,
            stored=stored,
            segments=document_segments(doc),
            url=safe_url(doc.url),
            event_titles=[event_summary(doc, i) for i in range(len(doc.events))],
            entity_labels=sorted({e.label for e in doc.entities}),
        )

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page():
        return page("timeline.html", nav="timeline")

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page():
        return page("network.html", nav="network")

    @app.get("/quotes", response_class=HTMLResponse, include_in_schema=False)
    def quotes_page(speaker: Text = None, q: Text = None, offset: Offset = 0, con=cursor):
        limit = 25
        items, total = queries.list_quotes(con, speaker=speaker, q=q, limit=limit, offset=offset)
        speakers, n_speakers = queries.list_speakers(con, limit=40)
        return page(
            "quotes.html",
            nav="quotes",
            items=items,
            total=total,
            speaker=speaker or "",
            q=q or "",
            offset=offset,
            limit=limit,
            speakers=speakers,
            n_speakers=n_speakers,
        )

    @app.get("/code", response_class=HTMLResponse, include_in_schema=False)
    def code_page():
        return page("code.html", nav="code", max_kb=max_body // 1000)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return RedirectResponse("/static/favicon.svg")

    return app


def _doc_id_path():
    from fastapi import Path as PathParam

    return PathParam(min_length=1, max_length=100, description="The document's id.")


def _code_openapi() -> dict[str, Any]:
    return {
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
                },
                "text/plain": {"schema": {"type": "string"}},
            },
        }
    }


async def _read_body(request: Request, limit: int) -> bytes:
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise HTTPException(413, _too_large(limit))
    return bytes(body)


def _code_request(
    request: Request, body: bytes, published: str | None, title: str | None
) -> tuple[str, str | None, str | None]:
    """The text, date and title of a POST /api/code request, checked."""
    kind = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    try:
        raw = body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "the body is not UTF-8 text") from None
    if kind == "application/json":
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
    elif kind == "text/plain":
        text = raw
    else:
        raise HTTPException(415, "send the text as application/json or text/plain")
    if not text.strip():
        raise HTTPException(422, "text is empty: paste an article to code")
    if title is not None and len(title) > 500:
        raise HTTPException(422, "title is longer than 500 characters")
    return text, _check_date("published", published), title or None


def _version() -> str:
    from redline import __version__

    return __version__
