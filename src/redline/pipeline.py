"""The pipeline every entry point runs: clean → parse → actors → quotes → events → enrich.

The CLI, the API, the web server and batch jobs all build one :class:`Pipeline` and feed it
documents; each stage is a plain function ``Document -> Document``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial

from redline.actors import ActorBook, load_actors, tag_entity_actors
from redline.actors.graph import build_entity_graph, link_event_actors, link_quote_speakers
from redline.clean import clean_document
from redline.enrich import ENRICH_STAGES
from redline.events import make_event_coder
from redline.ingest.raw import RawDocument
from redline.model import Document
from redline.nlp import annotate_parsed, load_model
from redline.nlp.parse import LONG_TEXT, parse_long
from redline.quotes import extract_quotes
from redline.quotes.actors import attribute_quote_actors

Stage = Callable[[Document], Document]


@dataclass
class Pipeline:
    """Codes documents in batches with one loaded spaCy pipeline.

    ``workers`` > 1 parses in that many processes (``nlp.pipe(n_process=...)``); the light
    stages after the parse run in this process.
    """

    model: str | None = None
    workers: int = 1
    batch_size: int = 16
    stages: list[tuple[str, Stage]] = field(default_factory=list)
    actors: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self.nlp = load_model(self.model)
        if not self.stages:
            self.stages = default_stages(load_actors(extra=tuple(self.actors)))

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Parse and code ``docs`` lazily, in input order."""
        pending: list[Document] = []

        def texts() -> Iterator[tuple[str, int]]:
            for i, doc in enumerate(docs):
                pending.append(doc)
                # a long text is parsed in pieces below (memory); the batch gets a stand-in
                yield ("" if len(doc.text) > LONG_TEXT else doc.text), i

        kwargs = {"batch_size": self.batch_size, "as_tuples": True}
        if self.workers > 1:
            kwargs["n_process"] = self.workers
        for parsed, _ in self.nlp.pipe(texts(), **kwargs):
            doc = pending.pop(0)
            if len(doc.text) > LONG_TEXT:
                parsed = parse_long(self.nlp, doc.text)
            yield self.finish(doc, parsed)

    def finish(self, doc: Document, parsed) -> Document:
        """Run the stages after the parse on one document."""
        annotate_parsed(doc, parsed)
        for name, stage in self.stages:
            try:
                doc = stage(doc)
            except Exception as exc:  # one stage failing must not lose the document
                doc.warnings.append(f"stage {name} failed: {type(exc).__name__}: {exc}")
        doc.parsed = None
        return doc


def default_stages(book: ActorBook | None = None) -> list[tuple[str, Stage]]:
    """The stages after parsing, in the order data flows.

    Actors come first so quotes and events can use the entities' actor codes, and quotes come
    before events so an event inside a quotation carries its speaker; ``book`` carries
    the user's own actor files (``--actors``) into every stage that resolves actors.
    """
    book = book or load_actors()
    return [
        ("actors", partial(tag_entity_actors, book=book)),
        ("graph", partial(build_entity_graph, book=book)),
        ("quotes", extract_quotes),
        ("speakers", link_quote_speakers),
        ("quote_actors", partial(attribute_quote_actors, book=book)),
        ("events", make_event_coder(book=book)),
        ("event_actors", link_event_actors),
        *ENRICH_STAGES,
    ]


_default: Pipeline | None = None


def code_text(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    source: str = "<text>",
    pipeline: Pipeline | None = None,
) -> Document:
    """Clean and code one text: ``redline.code_text(text, published="2024-09-13")``."""
    global _default
    if pipeline is None:
        if _default is None:
            _default = Pipeline()
        pipeline = _default
    raw = RawDocument(source=source, text=text, title=title, published=published)
    return pipeline(clean_document(raw))
