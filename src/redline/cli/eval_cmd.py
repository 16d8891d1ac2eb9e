"""``redline eval``: score redline against gold data (evaluation is part of the product)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Score redline on gold data: quotes (PolNeAR format), events (CAMEO/PLOVER), places.",
    no_args_is_help=True,
)

GoldPath = Annotated[
    Path, typer.Argument(exists=True, dir_okay=False, readable=True, help="Gold JSON Lines file.")
]
Limit = Annotated[int | None, typer.Option("--limit", min=1, help="Score the first N records.")]
JsonOut = Annotated[Path | None, typer.Option("--json", help="Also write the metrics as JSON.")]


def _write(metrics: dict, json_out: Path | None) -> None:
    if json_out is not None:
        json_out.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")


@app.command()
def quotes(gold: GoldPath, limit: Limit = None, json_out: JsonOut = None) -> None:
    """Quote detection by kind and speaker attribution, against PolNeAR-format gold."""
    from redline.evaluate.quotes import evaluate_quotes, format_quotes_report

    metrics = evaluate_quotes(str(gold), limit=limit)
    typer.echo(format_quotes_report(metrics))
    _write(metrics, json_out)


@app.command()
def events(gold: GoldPath, limit: Limit = None, json_out: JsonOut = None) -> None:
    """Event detection, dyads, codes and PLOVER types, against CAMEO/PLOVER gold sentences."""
    from redline.evaluate.events import evaluate_events, format_events_report

    metrics = evaluate_events(str(gold), limit=limit)
    typer.echo(format_events_report(metrics))
    _write(metrics, json_out)


@app.command()
def places(
    gold: GoldPath,
    limit: Limit = None,
    json_out: JsonOut = None,
    errors: Annotated[int, typer.Option("--errors", min=0, help="List N misses.")] = 0,
) -> None:
    """Event places against event_location_gold (verb span + location span per sentence)."""
    from redline.evaluate.places import evaluate_places, format_places_report

    metrics = evaluate_places(str(gold), limit=limit)
    typer.echo(format_places_report(metrics, errors=errors))
    _write(metrics, json_out)
