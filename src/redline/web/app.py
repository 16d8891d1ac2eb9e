"""The web app: a JSON API and HTML pages over one DuckDB store (``redline serve``).

:func:`create_app` assembles the app: the routes live in :mod:`redline.web.routes`, one module
per resource; what they share (store access, the pasted-text coder, templates) in
:mod:`redline.web.state`; the front door (Host check, same-origin writes, body cap, security
headers) in :mod:`redline.web.security`.

The store is never held open: requests share a read-only connection that is closed when idle or
when a writer waits (:class:`redline.store.duck.SharedReader`), so ``redline code`` can write to
the store while the dashboard runs, and the dashboard shows what it wrote on the next request.

Safety: pages are rendered by Jinja with autoescaping and the scripts only ever insert data with
``textContent``; a Content-Security-Policy forbids inline and foreign scripts; request bodies are
capped; every parameter is validated; SQL is parameterised (see :mod:`redline.query.core`).
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from redline.web.cache import CachedReads
from redline.web.routes import ROUTERS
from redline.web.security import Guard, allowed_host_names
from redline.web.state import (
    CODE_QUEUE_SIZE,
    PACKAGE_DIR,
    READ_WAIT_SECONDS,
    AppState,
    Coder,
    PipelineFactory,
    StoreAccess,
)

MAX_BODY_BYTES = 200_000
# How `redline serve --workers N` tells each worker process what to serve (JSON).
SETTINGS_VARIABLE = "REDLINE_SERVE_SETTINGS"


def create_app(
    db_path: str,
    *,
    allow_store: bool = False,
    pipeline_factory: PipelineFactory | None = None,
    max_body: int = MAX_BODY_BYTES,
    host: str | None = None,
    allowed_hosts: Iterable[str] = (),
    code_queue: int = CODE_QUEUE_SIZE,
    read_wait: float = READ_WAIT_SECONDS,
) -> FastAPI:
    """The dashboard and JSON API over the store at ``db_path``.

    ``allow_store`` lets ``POST /api/code?store=true`` add pasted texts to the store;
    ``pipeline_factory`` builds the pipeline that codes them (``redline.pipeline.Pipeline`` by
    default, loaded on the first text). Requests must name ``host`` (the bound address),
    a loopback name, or one of ``allowed_hosts`` in their Host header. ``code_queue`` texts may
    wait to be coded; ``read_wait`` is how long a request waits for a writer (then 503).
    """
    state = AppState(
        access=StoreAccess(str(db_path), allow_store=allow_store, read_wait=read_wait),
        coder=Coder(pipeline_factory, queue_size=code_queue),
        allow_store=allow_store,
        max_body=max_body,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        state.close()

    app = FastAPI(
        title="redline",
        summary="Coded news: documents, events, quotes, actors and dyads from a redline store.",
        version=_version(),
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN; the schema is enough
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.redline = state
    app.state.access = state.access
    app.state.scratch = state.scratch
    app.add_middleware(CachedReads, db_path=str(db_path))  # inside the Guard: checked first
    app.add_middleware(Guard, max_body=max_body, hosts=allowed_host_names(host, allowed_hosts))
    app.mount("/static", StaticFiles(directory=str(PACKAGE_DIR / "static")), name="static")
    for router in ROUTERS:
        app.include_router(router)
    _add_error_handlers(app, state)
    return app


def app_from_environment() -> FastAPI:
    """The app for one of ``redline serve --workers N``'s processes, from the settings the
    command left in the environment (uvicorn starts each worker from an import string)."""
    import json
    import os

    settings = json.loads(os.environ[SETTINGS_VARIABLE])
    return create_app(
        settings["db"],
        allow_store=settings["allow_store"],
        host=settings["host"],
        allowed_hosts=settings["allowed_hosts"],
    )


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _add_error_handlers(app: FastAPI, state: AppState) -> None:
    """Errors as JSON for the API and as a page for the dashboard."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if _wants_json(request):
            return JSONResponse(
                {"detail": exc.detail},
                status_code=exc.status_code,
                headers=getattr(exc, "headers", None),
            )
        return state.page("error.html", exc.status_code, status=exc.status_code, message=exc.detail)

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
        if _wants_json(request):
            return JSONResponse(
                {"detail": f"invalid parameter {message}", "errors": errors}, status_code=422
            )
        return state.page("error.html", 422, status=422, message=f"invalid parameter {message}")


def _version() -> str:
    from redline import __version__

    return __version__
