"""redline: news in, an auditable record of who did what to whom out."""

from redline.model import (
    Document,
    Entity,
    Event,
    Place,
    Quantity,
    Quote,
    Sentence,
)

__version__ = "0.1.0"

__all__ = [
    "Document",
    "Entity",
    "Event",
    "Pipeline",
    "Place",
    "Quantity",
    "Quote",
    "Sentence",
    "code_text",
    "__version__",
]


def __getattr__(name: str):
    # The pipeline pulls in spaCy; import it only when asked so `import redline` stays cheap.
    if name in ("Pipeline", "code_text"):
        from redline import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
