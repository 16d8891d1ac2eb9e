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
) -> None:
    """Serve the store at ``db`` on http://host:port/ until interrupted.

    The store is opened read-only unless ``allow_store``; DuckDB lets only one process write a
    file, so stop any running ``redline code`` on the same store first.
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
        app = create_app(db, allow_store=allow_store)
    except RedlineError as exc:
        typer.echo(f"redline: error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if host not in LOCAL_HOSTS:
        typer.echo(f"redline: warning: serving on {host}, reachable from other machines", err=True)
    shown = f"[{host}]" if ":" in host else host
    mode = "read-write" if allow_store else "read-only"
    typer.echo(f"redline serving {db} at http://{shown}:{port}/ ({mode}; Ctrl+C stops)")
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
                help="Open the store read-write so texts "
                "coded on the Code page can be stored (POST /api/code?store=true).",
            ),
        ] = False,
    ) -> None:
        """Serve a dashboard and JSON API over the store (http://127.0.0.1:8000/)."""
        serve(db=db, host=host, port=port, allow_store=allow_store)
