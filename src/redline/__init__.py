"""redline: news in, an auditable record of who did what to whom out."""

from redline.model import (
    Document,
    Entity,
    Event,
    Mention,
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
    "Mention",
    "Pipeline",
    "Place",
    "Quantity",
    "Quote",
    "Sentence",
    "code_text",
    "entity_graph",
    "__version__",
]


def __getattr__(name: str):
    # The pipeline pulls in spaCy; import it only when asked so `import redline` stays cheap.
    if name in ("Pipeline", "code_text"):
        from redline import pipeline

        return getattr(pipeline, name)
    if name == "entity_graph":  # who is who in a coded document: entities with their mentions
        from redline.actors.graph import entity_graph

        return entity_graph
    raise AttributeError(name)
