"""The pipeline every entry point runs: clean → parse → named stages (actors, quotes, events, …).

The CLI, the API, the web server, batch jobs and Spark all build one :class:`Pipeline` from one
:class:`~redline.config.Config` and feed it documents. Its stages are registered components (see
:mod:`redline.stages`) that declare what they need and set; ``add_stage``, ``remove_stage`` and
``replace_stage`` change them by name, as spaCy's ``add_pipe`` does. The spaCy pipeline and the
stages are loaded on first use, so a pipeline handed to worker processes is loaded there, once.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from redline import datafiles
from redline.clean import clean_document
from redline.collector import collector_paused
from redline.config import Config
from redline.errors import RedlineError
from redline.ingest.raw import RawDocument
from redline.model import Document
from redline.nlp import annotate_parsed, load_model
from redline.nlp.parse import forget_parse, join_pieces, parse_long, split_for_parsing
from redline.stages import (
    REGISTRY,
    Stage,
    StageSpec,
    build,
    check_order,
    register_function,
    stage_failure,
)
from redline.stages import resolve as resolve_stage

# Documents longer than this are parsed alone, so one long article neither holds up a batch nor
# shares its time budget with it.
LONG_DOCUMENT = 100_000


# Coded once before worker processes are forked, so that every stage's data is loaded (a place,
# a date the rules cannot read, a quotation, a reporting verb, an amount, an event).
WARM_UP_TEXT = (
    "PARIS (Reuters) - France will send 300 more troops to Mali, President Emmanuel Macron said "
    'on Monday. "We will not abandon our allies," he told reporters in Paris after meeting '
    "Malian leaders, who condemned the attack on a base near Gao. Talks had been held in Bamako "
    "on Jan. 6 and 7, 2020."
)


class DocumentTimeout(BaseException):  # noqa: N818 - a BaseException so no stage swallows it
    """A document ran over its time budget (``[pipeline] doc_timeout``)."""


@contextmanager
def time_limit(seconds: float | None):
    """Raise :class:`DocumentTimeout` in this thread after ``seconds`` (main thread only).

    Signals reach only the main thread, so elsewhere (a web server's worker thread) there is no
    limit; the batch runner and the worker processes run documents in their main thread.
    """
    usable = (
        seconds
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise DocumentTimeout(f"over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Pipeline:
    """Codes documents with one loaded spaCy pipeline and the configured stages.

    ``config`` is a :class:`Config`, a TOML path or a mapping of overrides; ``model``,
    ``workers``, ``batch_size`` and ``actors`` override its ``[pipeline]`` keys. ``stages`` may
    still be given as ``(name, function)`` pairs to run exactly those.
    """

    def __init__(
        self,
        config: Config | str | Path | dict[str, Any] | None = None,
        *,
        model: str | None = None,
        workers: int | None = None,
        batch_size: int | None = None,
        stages: list[tuple[str, Stage]] | None = None,
        actors: Iterable[str] = (),
        doc_timeout: float | None = None,
    ) -> None:
        config = Config.coerce(config)
        overrides: dict[str, Any] = {
            "pipeline.model": model,
            "pipeline.workers": workers,
            "pipeline.batch_size": batch_size,
            "pipeline.doc_timeout": doc_timeout,
        }
        actors = tuple(str(a) for a in actors)
        if actors:
            overrides["pipeline.actors"] = list(config.get("pipeline.actors", [])) + list(actors)
        self.config = config.updated(overrides)
        self._specs: list[StageSpec] = []
        if stages is not None:
            for name, func in stages:
                self._specs.append(StageSpec(name, _constant(func)))
        else:
            self._specs = [resolve_stage(n, self.config) for n in self.config.pipeline["stages"]]
            check_order(self._specs)
        self._nlp = None
        self._stages: list[tuple[str, Stage]] | None = None
        self._warm = False

    # -- settings --------------------------------------------------------------------------

    @property
    def model(self) -> str | None:
        return self.config.pipeline.get("model") or None

    @property
    def workers(self) -> int:
        value = int(self.config.pipeline.get("workers") or 0)
        return value if value > 0 else (os.cpu_count() or 1)

    @property
    def batch_size(self) -> int:
        return int(self.config.pipeline.get("batch_size") or 16)

    @property
    def batch_chars(self) -> int:
        return int(self.config.pipeline.get("batch_chars") or 20_000)

    @property
    def piece_chars(self) -> int:
        """The longest piece a long text is cut into (never more than ``batch_chars``)."""
        return min(int(self.config.pipeline.get("piece_chars") or 20_000), self.batch_chars)

    @property
    def doc_timeout(self) -> float | None:
        value = self.config.pipeline.get("doc_timeout")
        return float(value) if value else None

    @property
    def stage_names(self) -> list[str]:
        return [spec.name for spec in self._specs]

    # -- changing the stages ------------------------------------------------------------------

    def add_stage(
        self,
        name: str,
        func: Stage | None = None,
        *,
        before: str | None = None,
        after: str | None = None,
        requires: Iterable[str] = (),
        assigns: Iterable[str] = (),
    ) -> None:
        """Add a stage by registered name, or a function under ``name``; last unless placed."""
        if name in self.stage_names:
            raise RedlineError("E034", f"stage {name!r} is already in the pipeline")
        if func is not None:
            spec = register_function(name, func, requires=requires, assigns=assigns)
        else:
            spec = resolve_stage(name, self.config)
        specs = list(self._specs)
        specs.insert(self._position(before, after, len(specs)), spec)
        check_order(specs)
        self._specs = specs
        self._stages = None

    def remove_stage(self, name: str) -> None:
        """Take a stage out by name (the stages after it must not need what it set)."""
        specs = [s for s in self._specs if s.name != name]
        if len(specs) == len(self._specs):
            raise RedlineError("E035", f"no stage {name!r}; stages: {self.stage_names}")
        check_order(specs)
        self._specs = specs
        self._stages = None

    def configure(self, overrides: dict[str, Any]) -> Pipeline:
        """Apply config overrides (``{"stage.events.min_confidence": 0.1}``); stages are rebuilt
        with them on next use."""
        self.config = self.config.updated(overrides)
        self._stages = None
        return self

    def replace_stage(self, name: str, func: Stage) -> None:
        """Run ``func`` in place of stage ``name``, keeping its place and contract."""
        index = self._index(name)
        old = self._specs[index]
        self._specs[index] = StageSpec(name, _constant(func), old.requires, old.assigns, old.doc)
        self._stages = None

    def _index(self, name: str) -> int:
        for i, spec in enumerate(self._specs):
            if spec.name == name:
                return i
        raise RedlineError("E035", f"no stage {name!r}; stages: {self.stage_names}")

    def _position(self, before: str | None, after: str | None, default: int) -> int:
        if before is not None:
            return self._index(before)
        if after is not None:
            return self._index(after) + 1
        return default

    # -- loading -------------------------------------------------------------------------------

    def load(self) -> Pipeline:
        """Load the spaCy pipeline and build the stages (done on first use; idempotent)."""
        datafiles.activate(self.config)
        with collector_paused():
            if self._nlp is None:
                self._nlp = load_model(
                    self.model,
                    bool(self.config.pipeline.get("fast_rules", True)),
                    bool(self.config.pipeline.get("lean_inference", True)),
                    bool(self.config.pipeline.get("embed_cache", True)),
                )
            if self._stages is None:
                self._stages = [(spec.name, build(spec, self.config)) for spec in self._specs]
        return self

    def warm_up(self) -> Pipeline:
        """Load everything, including what stages load on first use (the gazetteer, lexicons, the
        date parser), by coding one short text: worker processes forked afterwards share it all
        copy-on-write instead of each loading its own."""
        with collector_paused():
            self.load()
            raw = RawDocument(source="<warm-up>", text=WARM_UP_TEXT, published="2020-01-06")
            doc = clean_document(raw)
            self.finish(doc, self.parse(doc.text))
        self._warm = True
        return self

    def unload(self) -> None:
        """Drop the spaCy pipeline and the stages (they are loaded again on next use), with the
        process-wide caches they were loaded through: the main process of a run with workers
        needs none of it once they are forked, and it is the largest process (36 MB less)."""
        self._nlp = None
        self._stages = None
        self._warm = False
        forget_loaded()

    @property
    def loaded(self) -> bool:
        return self._nlp is not None and self._stages is not None

    @property
    def nlp(self):
        return self.load()._nlp

    @property
    def stages(self) -> list[tuple[str, Stage]]:
        return self.load()._stages or []

    def __getstate__(self) -> dict[str, Any]:
        # Worker processes load their own spaCy pipeline and stages from the config.
        state = dict(self.__dict__)
        state["_nlp"] = None
        state["_stages"] = None
        state["_warm"] = False
        return state

    # -- coding ------------------------------------------------------------------------------

    def __call__(self, doc: Document) -> Document:
        """Code one document in this process."""
        self.load()
        return next(self._pipe_batch([doc]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Parse and code ``docs`` lazily, in input order.

        With more than one worker this uses the same process pool as ``redline code``; a document
        that fails there is yielded with the reason in its ``warnings``.
        """
        if self.workers > 1:
            from redline.batch import pool_code

            yield from pool_code(docs, self)
            return
        self.load()
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self._pipe_batch(batch)
                batch = []
        if batch:
            yield from self._pipe_batch(batch)

    def _pipe_batch(self, batch: list[Document]) -> Iterator[Document]:
        # A text longer than ``piece_chars`` is parsed in pieces cut at paragraph (else sentence)
        # breaks, grouped like any other text and joined again, so the parser never holds more
        # than ``batch_chars`` characters whatever the input (see _parse_groups).
        cap = self.piece_chars
        pieces_of = [
            split_for_parsing(d.text, cap) if len(d.text) > cap else [d.text] for d in batch
        ]
        parses = self._parse_groups([piece for pieces in pieces_of for piece in pieces])
        log = _rss_log()
        for doc, pieces in zip(batch, pieces_of, strict=True):
            parts = [next(parses) for _ in pieces]
            parsed = parts[0] if len(parts) == 1 else join_pieces(self.nlp, parts, doc.text)
            del parts
            coded = self.finish(doc, parsed)
            if log is not None:
                log(doc)
            yield coded

    def _parse_groups(self, texts: list[str]) -> Iterator[Any]:
        """Parse ``texts`` in order, in groups of at most ``batch_chars`` characters.

        spaCy keeps the activations of every layer of its two token-to-vector networks for
        every token of the group it is given (about 16 kB a token each, while the group is
        parsed), so the group's size in characters, not in documents, sets the peak memory:
        16 long interviews together took 1.4 GB, one 56,000-character text alone 300 MB more
        than the idle worker, a group of 20,000 characters about 80 MB more.
        """
        # A group that holds a long text (a piece of a cut article, or one nearly that long)
        # stops at ``piece_chars``: two long pieces parsed together are what raised a worker's
        # peak, not groups of many short articles (docs/benchmarks.md, fourteenth round).
        long_text = self.piece_chars // 2
        group: list[str] = []
        size = longest = 0
        for text in texts:
            longest_with = max(longest, len(text))
            cap = self.piece_chars if longest_with > long_text else self.batch_chars
            if group and (size + len(text) > cap or len(group) >= self.batch_size):
                yield from self.nlp.pipe(group, batch_size=len(group))
                group, size, longest = [], 0, 0
            group.append(text)
            size += len(text)
            longest = max(longest, len(text))
        if group:
            yield from self.nlp.pipe(group, batch_size=len(group))

    def parse(self, text: str):
        """One text's parse (a long one in pieces, joined into one Doc over the same text)."""
        return parse_long(self.nlp, text, self.piece_chars)

    def code_batch(self, batch: list[Document]) -> list[Document | tuple[Document, str]]:
        """Code a batch within the time budget; a document that fails is ``(doc, reason)``.

        The batch is parsed together (spaCy is faster so); if that runs over the budget of the
        whole batch or breaks, each document is coded alone under its own budget so that only the
        culprit is lost. The batch is coded in a spaCy memory zone (see ``_memory_zone``).
        """
        if not self._warm:
            self.warm_up()
        with self._memory_zone():
            return self._code_batch(batch)

    def _memory_zone(self) -> contextlib.AbstractContextManager:
        """spaCy's ``memory_zone``: the strings and lexemes of words first seen in a batch are
        freed after it, so a worker's vocabulary does not grow with a stream of new names,
        numbers and typos. Entered only once everything is loaded (``warm_up``), so what the
        model and the stages keep is made outside any zone; no stage keeps a spaCy object past
        its document (``finish`` drops the parse). ``[pipeline] memory_zone = false`` turns it
        off."""
        if not self.config.pipeline.get("memory_zone", True) or not hasattr(
            self.nlp, "memory_zone"
        ):
            return contextlib.nullcontext()
        return self.nlp.memory_zone()

    def _code_batch(self, batch: list[Document]) -> list[Document | tuple[Document, str]]:
        budget = self.doc_timeout
        short = [d for d in batch if len(d.text) <= LONG_DOCUMENT]
        results: dict[int, Document | tuple[Document, str]] = {}
        if short:
            try:
                with time_limit(budget * len(short) if budget else None):
                    for doc, coded in zip(short, self._pipe_batch(short), strict=True):
                        results[id(doc)] = coded
            except (DocumentTimeout, Exception):
                results = {}
        out: list[Document | tuple[Document, str]] = []
        for doc in batch:
            if id(doc) in results:
                out.append(results[id(doc)])
                continue
            try:
                with time_limit(budget):
                    out.append(self.finish(doc, self.parse(doc.text)))
            except DocumentTimeout:
                doc.parsed = None
                out.append((doc, f"took over {budget:g} s (doc_timeout); skipped alone"))
            except Exception as exc:
                doc.parsed = None
                out.append((doc, f"cannot parse: {type(exc).__name__}: {exc}"))
        return out

    def finish(self, doc: Document, parsed, *, keep_parse: bool = False) -> Document:
        """Run the stages after the parse on one document. ``keep_parse`` leaves ``doc.parsed``
        set afterwards (the places evaluation reads the parse to judge a place)."""
        annotate_parsed(doc, parsed)
        try:
            for name, stage in self.stages:
                try:
                    doc = stage(doc)
                except DocumentTimeout:
                    raise
                except Exception as exc:  # one stage failing must not lose the document
                    doc.warnings.append(stage_failure(name, exc))
        finally:
            if not keep_parse:
                doc.parsed = None
                forget_parse()
        return doc


def forget_loaded() -> None:
    """Clear the caches that keep a loaded pipeline alive after :meth:`Pipeline.unload`: the
    spaCy model, the data-file tables, the gazetteer and the date parser (about 36 MB in all
    once freed). Another Pipeline keeps what it holds; a new one loads them again."""
    from redline.enrich import dates
    from redline.nlp import parse

    parse._load.cache_clear()
    datafiles.clear_caches()  # the gazetteer and the actor book among them
    dates._parser.cache_clear()
    dates._by_dateparser.cache_clear()


def _rss_log() -> Callable[[Document], None] | None:
    """With ``REDLINE_RSS_LOG=FILE`` set, a function appending one line per coded document to
    FILE (process id, source, characters, RSS and peak RSS in MB): to find what makes a worker's
    memory spike. None (no cost) otherwise."""
    path = os.environ.get("REDLINE_RSS_LOG")
    if not path:
        return None
    import resource

    page = os.sysconf("SC_PAGE_SIZE")

    def log(doc: Document) -> None:
        with open("/proc/self/statm", encoding="ascii") as fh:
            rss = int(fh.read().split()[1]) * page / 1e6
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
        with open(path, "a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\t{doc.source}\t{len(doc.text)}\t{rss:.0f}\t{peak:.0f}\n")

    return log


def _constant(func: Stage) -> Callable[..., Stage]:
    def factory(config: Config, **settings: Any) -> Stage:
        return func

    return factory


def default_stages(book: Any | None = None) -> list[tuple[str, Stage]]:
    """The default stages, built (for code that runs them by hand, as benchmarks do)."""
    config = Config.load()
    datafiles.activate(config)
    specs = [resolve_stage(n, config) for n in config.pipeline["stages"]]
    return [(spec.name, build(spec, config)) for spec in specs]


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
            _default = Pipeline(workers=1)
        pipeline = _default
    raw = RawDocument(source=source, text=text, title=title, published=published)
    return pipeline(clean_document(raw))


__all__ = ["REGISTRY", "DocumentTimeout", "Pipeline", "code_text", "default_stages", "time_limit"]
