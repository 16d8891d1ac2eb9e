"""Coding a batch of inputs into the store: what ``redline code`` does, as a plain function.

Reading, cleaning, parsing and storing are chained so that one bad input never stops the batch:
each failure becomes one :class:`Outcome` with a one-line reason, documents are written to the
store a chunk at a time in transactions, and a crash inside one document is retried alone so the
documents around it are still coded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from redline.clean import clean_document
from redline.enrich.dedupe import DuplicateFinder, mark_duplicates
from redline.errors import RedlineError
from redline.ingest import read_sources
from redline.ingest.raw import IngestError, RawDocument
from redline.model import Document
from redline.pipeline import Pipeline
from redline.store import JsonlWriter, Store

CODED, SKIPPED, FAILED = "coded", "skipped", "failed"


@dataclass
class Outcome:
    """What happened to one input: coded (with its document), skipped or failed (with a reason)."""

    source: str
    status: str
    reason: str = ""
    doc: Document | None = None

    def line(self) -> str:
        return f"{self.source}: {self.status}: {self.reason}"


@dataclass
class RunSummary:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def coded(self) -> list[Document]:
        return [o.doc for o in self.outcomes if o.status == CODED and o.doc is not None]

    def line(self) -> str:
        return (
            f"{self.count(CODED)} coded, {self.count(SKIPPED)} skipped, {self.count(FAILED)} failed"
        )

    @property
    def exit_code(self) -> int:
        return 1 if self.count(FAILED) else 0


def prepare(
    paths: Iterable[str], *, max_bytes: int, published: str | None = None
) -> Iterator[Document | Outcome]:
    """Read and clean every input: yields cleaned Documents, or Outcomes for what was not usable."""
    for item in read_sources(paths, max_bytes=max_bytes):
        if isinstance(item, IngestError):
            yield Outcome(item.source, item.status, item.reason)
            continue
        yield from _clean(item, published)


def _clean(raw: RawDocument, published: str | None) -> Iterator[Document | Outcome]:
    try:
        doc = clean_document(raw, published=published)
    except RedlineError as exc:
        yield Outcome(raw.source, FAILED, exc.message)
        return
    except Exception as exc:  # a cleaner bug must not stop the batch
        yield Outcome(raw.source, FAILED, f"cannot clean: {type(exc).__name__}: {exc}")
        return
    if not doc.text.strip():
        yield Outcome(raw.source, SKIPPED, "no article text")
        return
    yield doc


def code_documents(
    docs: list[Document],
    pipeline: Pipeline,
    *,
    store: Store | None = None,
    jsonl: JsonlWriter | None = None,
    recode: bool = False,
    chunk_size: int = 64,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Parse, code and store ``docs``, a chunk at a time; returns one Outcome per document.

    Near-duplicates of each other or of stored documents are still coded, marked with
    ``duplicate_of`` so counts across articles are not inflated.
    """
    outcomes: list[Outcome] = []

    def report(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)

    seen: set[str] = set()
    todo: list[Document] = []
    stored = store.existing_ids(d.id for d in docs) if store is not None and not recode else set()
    for doc in docs:
        if doc.id in seen:
            report(Outcome(doc.source, SKIPPED, f"same text as an earlier input (id {doc.id})"))
        elif doc.id in stored:
            report(Outcome(doc.source, SKIPPED, f"already in the store (id {doc.id})"))
        else:
            todo.append(doc)
        seen.add(doc.id)

    finder = DuplicateFinder()
    if store is not None:
        finder.load_store(store)
    mark_duplicates(todo, finder)

    for start in range(0, len(todo), chunk_size):
        chunk = todo[start : start + chunk_size]
        coded, failed = _code_chunk(chunk, pipeline)
        if store is not None and coded:
            store.write(coded)
        for doc in coded:
            if jsonl is not None:
                jsonl.write(doc)
            report(Outcome(doc.source, CODED, doc=doc))
        for outcome in failed:
            report(outcome)
    return outcomes


def _code_chunk(chunk: list[Document], pipeline: Pipeline) -> tuple[list[Document], list[Outcome]]:
    try:
        return list(pipeline.pipe(chunk)), []
    except Exception:
        pass
    # Something in the chunk broke the parser: code one at a time so only the culprit is lost.
    coded, failed = [], []
    for doc in chunk:
        try:
            coded.append(pipeline(doc))
        except Exception as exc:
            failed.append(Outcome(doc.source, FAILED, f"cannot parse: {type(exc).__name__}: {exc}"))
    return coded, failed
