"""``redline serve``: the dashboard and JSON API over a store, on localhost by default."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DEFAULT_DB = "redline.duckdb"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def serve(
    db: str = DEFAULT_DB,
    host: str = "127.0.0.1",
    port: int = 8000,
    allow_store: bool = False,
    allow_hosts: tuple[str, ...] = (),
    workers: int = 1,
) -> None:
    """Serve the store at ``db`` on http://host:port/ until interrupted.

    The store is only read (unless ``allow_store``, for pasted texts) and never held open
    between requests, so ``redline code`` can add documents to it while the dashboard runs.
    Requests must name ``host``, a loopback name or one of ``allow_hosts`` (DNS rebinding).
    ``workers`` > 1 runs that many server processes on the port, each with its own read-only
    connections, so answering JSON is not bound to one Python process.
    """
    import uvicorn

    from redline.errors import RedlineError
    from redline.web import create_app

    if not Path(db).is_file():
        typer.echo(
            f"redline: error: no store at {db}: code some news first, e.g. "
            f"redline code examples/ --db {db}",
            err=True,
        )
        raise typer.Exit(2)
    try:
        app = create_app(db, allow_store=allow_store, host=host, allowed_hosts=allow_hosts)
    except RedlineError as exc:
        typer.echo(f"redline: error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if host not in LOCAL_HOSTS:
        typer.echo(f"redline: warning: serving on {host}, reachable from other machines", err=True)
        if host in ("0.0.0.0", "::") and not allow_hosts:
            typer.echo(
                "redline: warning: only requests naming localhost are answered; add "
                "--allow-host NAME for the name other machines use",
                err=True,
            )
    shown = f"[{host}]" if ":" in host else host
    mode = "read-write" if allow_store else "read-only"
    processes = f", {workers} processes" if workers > 1 else ""
    typer.echo(f"redline serving {db} at http://{shown}:{port}/ ({mode}{processes}; Ctrl+C stops)")
    if workers > 1:
        import json
        import os

        from redline.web.app import SETTINGS_VARIABLE

        app.state.redline.close()  # each worker process opens its own
        settings = {
            "db": db,
            "allow_store": allow_store,
            "host": host,
            "allowed_hosts": allow_hosts,
        }
        os.environ[SETTINGS_VARIABLE] = json.dumps(settings)
        uvicorn.run(
            "redline.web.app:app_from_environment",
            factory=True,
            workers=workers,
            host=host,
            port=port,
            log_level="warning",
        )
        return
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to the ``redline`` command line."""

    @app.command("serve")
    def serve_command(
        db: Annotated[str, typer.Option("--db", help="DuckDB store to serve.")] = DEFAULT_DB,
        host: Annotated[
            str,
            typer.Option(
                "--host",
                help="Address to bind; other than localhost exposes the store to the network.",
            ),
        ] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
        allow_store: Annotated[
            bool,
            typer.Option(
                "--allow-store",
                help="Let texts coded on the Code page be stored (POST /api/code?store=true).",
            ),
        ] = False,
        allow_host: Annotated[
            list[str] | None,
            typer.Option(
                "--allow-host",
                help="Another name the server may be reached by (Host header); repeatable.",
            ),
        ] = None,
        workers: Annotated[
            int,
            typer.Option("--workers", min=1, max=64, help="Server processes (for heavy use)."),
        ] = 1,
    ) -> None:
        """Serve a dashboard and JSON API over the store (http://127.0.0.1:8000/)."""
        serve(
            db=db,
            host=host,
            port=port,
            allow_store=allow_store,
            allow_hosts=tuple(allow_host or ()),
            workers=workers,
        )
