"""Command-line options that more than one command takes, declared once so their flags and help
read the same everywhere (``redline code`` and ``redline spark``)."""

from __future__ import annotations

from typing import Annotated

import typer

Model = Annotated[
    str | None, typer.Option("--model", help="spaCy pipeline to load (name or path).")
]
Published = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for inputs that lack one."),
]
MaxMb = Annotated[
    float | None,
    typer.Option(
        "--max-mb",
        help="Skip inputs (JSON Lines: records) larger than this many megabytes (default 50).",
    ),
]
