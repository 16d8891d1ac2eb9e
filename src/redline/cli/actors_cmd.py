"""``redline actors``: ask the actor knowledge base who a phrase names, and why."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from redline.actors import ActorMatch, load_actors
from redline.errors import RedlineError

app = typer.Typer(help="Look up actor codes (countries, organisations, roles, office-holders).")


@app.callback()
def actors() -> None:
    """Look up actor codes (countries, organisations, roles, office-holders)."""


def lookup_phrase(phrase: str, date: str | None, actors: list[Path]) -> ActorMatch | None:
    """The plain function behind ``redline actors lookup``."""
    return load_actors(extra=tuple(str(p) for p in actors)).lookup(phrase, date=date)


@app.command()
def lookup(
    phrase: str = typer.Argument(
        ..., help='A noun phrase, e.g. "Kremlin spokesperson Dmitry Peskov".'
    ),
    date: str | None = typer.Option(
        None, "--date", help="Article date (YYYY-MM-DD) for dated roles."
    ),
    actors: list[Path] = typer.Option(
        [], "--actors", help="Your own actor YAML file (repeatable); its entries win."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the match as JSON."),
) -> None:
    """Print the actor code a phrase resolves to, with the rule that produced it."""
    try:
        match = lookup_phrase(phrase, date, actors)
    except RedlineError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    if as_json:
        typer.echo(json.dumps(asdict(match) if match else None, ensure_ascii=False))
        raise typer.Exit(0 if match else 1)
    console = Console(width=120)
    if match is None:
        console.print(f"no actor found in {phrase!r}")
        raise typer.Exit(1)
    table = Table(title=f"{phrase!r}" + (f" on {date}" if date else ""), show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    for field in ("code", "name", "kind", "country", "sector", "rule"):
        table.add_row(field, str(getattr(match, field) or "-"))
    console.print(table)
