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
def quotes(
    gold: GoldPath,
    limit: Limit = None,
    skip: Annotated[
        int, typer.Option("--skip", min=0, help="Leave out the first N records (before --limit).")
    ] = 0,
    json_out: JsonOut = None,
    name_key: Annotated[
        Path | None,
        typer.Option(
            "--name-key",
            exists=True,
            dir_okay=False,
            help="Hand-checked speaker names (evaluation/namekey/key.jsonl): the names of "
            "matched direct + mixed quotes are scored against it too.",
        ),
    ] = None,
    actor_key: Annotated[
        Path | None,
        typer.Option(
            "--actor-key",
            exists=True,
            dir_okay=False,
            help="Speakers' actor codes by an analyst (evaluation/namekey/actors.jsonl): the "
            "actor codes of the quotes scored with --name-key, by country and in full.",
        ),
    ] = None,
) -> None:
    """Quote detection by kind and speaker attribution, against PolNeAR-format gold."""
    from redline.evaluate.quotes import evaluate_quotes, format_quotes_report

    metrics = evaluate_quotes(
        str(gold),
        limit=limit,
        skip=skip,
        name_key=str(name_key) if name_key else None,
        actor_key=str(actor_key) if actor_key else None,
    )
    typer.echo(format_quotes_report(metrics))
    _write(metrics, json_out)


DocsGold = Annotated[
    Path | None,
    typer.Option(
        "--docs",
        exists=True,
        help="Document-level gold: a gold.jsonl (doc_id, split, events) or a folder of passes.",
    ),
]
Split = Annotated[
    str,
    typer.Option(
        "--split",
        help="Which articles of --docs to score: dev, train, check, check2, train2, check3, "
        "train3, check4, train4, check5, train5, check6, train6, check7, train7, check8, train8, "
        "check9, check10, train9, check11, check12, train10, check13, train11, train12, check14, "
        "train13, train14, train15, train16, train17, check15, train18, train19, train20, train21, "
        "check16, check17, check18, test or all.",
    ),
]
Articles = Annotated[
    Path | None,
    typer.Option("--articles", help="articles.jsonl for --docs (default: found beside it)."),
]


@app.command()
def events(
    gold: Annotated[
        Path | None,
        typer.Argument(dir_okay=False, help="Gold JSON Lines file of sentences."),
    ] = None,
    docs: DocsGold = None,
    split: Split = "dev",
    articles: Articles = None,
    limit: Limit = None,
    json_out: JsonOut = None,
    rules: Annotated[int, typer.Option("--rules", help="Rules listed in the report.")] = 25,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence", min=0.0, max=1.0, help="With --docs: the events' threshold."
        ),
    ] = None,
) -> None:
    """Event coding against CAMEO/PLOVER gold sentences (GOLD) or whole articles (--docs)."""
    if (gold is None) == (docs is None):
        raise typer.BadParameter("give either a gold sentence file or --docs GOLD")
    if docs is not None:
        from redline.errors import InputError
        from redline.evaluate.docgold import evaluate_doc_events, format_doc_report

        try:
            metrics = evaluate_doc_events(
                docs, split=split, articles=articles, limit=limit, min_confidence=min_confidence
            )
        except InputError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
        typer.echo(format_doc_report(metrics, rules=rules))
        _write(metrics, json_out)
        return
    if not gold.is_file():
        raise typer.BadParameter(f"gold file {gold} does not exist")
    from redline.evaluate.events import evaluate_events, format_events_report

    metrics = evaluate_events(str(gold), limit=limit)
    typer.echo(format_events_report(metrics))
    _write(metrics, json_out)


@app.command()
def places(
    gold: Annotated[
        Path | None,
        typer.Argument(dir_okay=False, help="event_location_gold JSON Lines file."),
    ] = None,
    place_gold: Annotated[
        Path | None,
        typer.Option(
            "--gold",
            file_okay=False,
            help="A place gold folder (articles.jsonl + gold/<id>.json): every place mention.",
        ),
    ] = None,
    limit: Limit = None,
    json_out: JsonOut = None,
    errors: Annotated[int, typer.Option("--errors", min=0, help="List N misses.")] = 0,
) -> None:
    """Event places against event_location_gold (GOLD), or every geocoded place mention of
    whole articles against a place gold folder (--gold evaluation/placegold)."""
    if (gold is None) == (place_gold is None):
        raise typer.BadParameter("give either an event_location_gold file or --gold FOLDER")
    if place_gold is not None:
        from redline.errors import InputError
        from redline.evaluate.places import evaluate_placegold, format_placegold_report

        try:
            metrics = evaluate_placegold(place_gold, limit=limit)
        except InputError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from exc
        typer.echo(format_placegold_report(metrics, errors=errors))
        _write(metrics, json_out)
        return
    if not gold.is_file():
        raise typer.BadParameter(f"gold file {gold} does not exist")
    from redline.evaluate.places import evaluate_places, format_places_report

    metrics = evaluate_places(str(gold), limit=limit)
    typer.echo(format_places_report(metrics, errors=errors))
    _write(metrics, json_out)
