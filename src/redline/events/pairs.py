"""The learned actor-pair event model (issue #9 pairs13): the tuple, not the trigger.

The lexicon and the trigger proposer both start from a word and then look for who did it to
whom; on unseen articles most missed gold events have no candidate at their trigger at all.
This model starts from the other end: in each sentence, every ordered pair (source, target) of
actor mentions the document's actor resolution places in a country (the same
:class:`~redline.events.arguments.ActorResolver` the coder uses; the quote's speaker for a
sentence inside a quote; "no target" for a subject, as the gold writes an event nobody is the
target of), and a small softmax regression gives P(root | pair) over the 20 CAMEO roots and
"none" from the dependency path between the two mentions (its labels, lemmas, top word,
prepositions, negation and modal words, the lexicon's roots for its lemmas), the mentions'
roles, order and distance, the quote context, what the rule coder already coded in the
sentence, and the top word's tok2vec row (``doc.tensor``).

A pair whose best root reaches the model's threshold and whose (source country, target
country, root) the coder did not already emit in the sentence becomes an event at the path's
top word, with the rule ``pairs:11 p=0.62 path=nsubj<criticize>dobj``. The weights are
``data/events/pairs.json`` (numbers only), written by ``scripts/train_event_pairs.py`` from the
document gold; inference is numpy only, CPU. Off by default (``[stage.events] pairs``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from redline import datafiles
from redline.errors import RedlineError
from redline.evaluate.docgold import actor_country
from redline.events.proposer import (
    CLASSES,
    ROOTS,
    VECTOR_WIDTH,
    ProposerModel,
    in_quote,
    model_from_dict,
    reported,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Span, Token

    from redline.events.arguments import ActorResolver
    from redline.events.lexicon import Lexicon
    from redline.model import Document, Event

# the dependencies a mention's head may hang by (not a compound or modifier inside a phrase)
MENTION_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "dative", "agent", "appos", "conj", "attr",
     "ROOT", "npadvmod", "oprd"}
)  # fmt: skip
MENTION_POS = frozenset({"PROPN", "NOUN", "PRON"})
SUBJECT_ROLES = frozenset({"nsubj", "nsubjpass", "speaker"})
MODALS = frozenset({"would", "could", "may", "might", "should", "will", "can", "must"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
MAX_MENTIONS = 10  # a sentence listing more actors than this is a list, not an act between them
NO_TARGET = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """One resolved actor mention of a sentence: what an event's source or target records."""

    text: str
    start: int
    end: int
    code: str
    head: Token | None  # None: the quote's speaker, outside the sentence's own words
    role: str  # nsubj, dobj, pobj:against, poss, speaker, ...

    @property
    def country(self) -> str:
        return actor_country(self.code)


@dataclass(frozen=True, slots=True)
class Pair:
    """One candidate (source, target) of a sentence: the target None is "no target"."""

    source: Mention
    target: Mention | None
    top: Token  # the path's top word: the event's trigger
    path: str  # dependency labels up from the source, the top word, down to the target
    between: tuple[Token, ...] = ()  # the path's words past the source up to the target

    @property
    def countries(self) -> tuple[str, str]:
        return self.source.country, self.target.country if self.target else NO_TARGET


def load_pairs_model() -> ProposerModel | None:
    """The shipped ``events/pairs.json`` (a softmax of the proposer's shape); None if none."""
    return _load_pairs_model()


@datafiles.cached
def _load_pairs_model() -> ProposerModel | None:
    try:
        layers = datafiles.layers("events/pairs.json")
    except RedlineError:
        return None
    if not layers:
        return None
    return model_from_dict(json.loads(layers[-1].text))


# -- mentions and pairs -------------------------------------------------------------------------


def _role(tok: Token) -> str:
    if tok.dep_ == "pobj":
        return f"pobj:{tok.head.lower_}"
    if tok.dep_ == "conj":  # "Russia and China": the first conjunct's role
        first = tok
        for _ in range(4):
            if first.dep_ != "conj":
                break
            first = first.head
        return _role(first) if first.dep_ != "conj" else "conj"
    return tok.dep_


def sentence_mentions(sent: Span, doc: Document, resolver: ActorResolver) -> list[Mention]:
    """The actor mentions of ``sent`` resolved to a code with a country (one per phrase), and
    the quote's speaker when the sentence is inside a quote with a resolved speaker."""
    out: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for tok in sent:
        if tok.pos_ not in MENTION_POS or tok.dep_ not in MENTION_DEPS:
            continue
        arg = resolver.argument(tok, tok.dep_)
        if arg.actor is None or not actor_country(arg.code) or (arg.start, arg.end) in seen:
            continue
        seen.add((arg.start, arg.end))
        out.append(Mention(arg.text, arg.start, arg.end, arg.code, tok, _role(tok)))
        if len(out) >= MAX_MENTIONS:
            return []
    for quote in doc.quotes:
        if not (quote.start <= sent.start_char < quote.end) or not quote.actor:
            continue
        if quote.speaker_start is None or not actor_country(quote.actor):
            continue
        span = (quote.speaker_start, quote.speaker_end or quote.speaker_start)
        if span in seen or any(m.code == quote.actor for m in out if m.role in SUBJECT_ROLES):
            continue
        text = quote.speaker_text or doc.text[span[0] : span[1]]
        out.append(Mention(text, span[0], span[1], quote.actor, None, "speaker"))
        break
    return out


def _chain(tok: Token, memo: dict[int, list[Token]] | None = None) -> list[Token]:
    """``tok`` and its heads up to the root (kept in ``memo`` by token for the sentence)."""
    if memo is not None and tok.i in memo:
        return memo[tok.i]
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 40:
        chain.append(chain[-1].head)
    if memo is not None:
        memo[tok.i] = chain
    return chain


def _anchor(mention: Mention, sent: Span) -> Token:
    return mention.head if mention.head is not None else sent.root


def pair_path(
    source: Mention, target: Mention | None, sent: Span, memo: dict | None = None
) -> tuple[Token, str, tuple[Token, ...]]:
    """(the top word, the path string, the words on the path past the source) between two
    mentions; with no target, the word the source hangs on (its verb) is the top."""
    a = _anchor(source, sent)
    if target is None:
        top = a.head if a.head.i != a.i else a
        return top, f"{source.role}<{top.lemma_.lower()}>", (top,)
    b = _anchor(target, sent)
    up_a, up_b = _chain(a, memo), _chain(b, memo)
    on_b = {t.i: n for n, t in enumerate(up_b)}
    for n, tok in enumerate(up_a):
        if tok.i in on_b:
            top, ia, ib = tok, n, on_b[tok.i]
            break
    else:  # two trees (a parse split): the source's root
        top, ia, ib = up_a[-1], len(up_a) - 1, len(up_b)
    down = list(reversed(up_b[:ib]))
    up = "<".join(t.dep_ for t in up_a[:ia]) or ("speaker" if source.head is None else "self")
    dn = ">".join(t.dep_ for t in down) or ("speaker" if target.head is None else "self")
    # the words past the source up to the top, then those below the top down to the target;
    # when one mention heads the other (the top), its own heads up to the root: the verb it
    # is an argument of ("met Russia's foreign minister") says what the pair does
    between = []
    for tok in up_a[1:]:
        between.append(tok)
        if tok.i == top.i:
            break
    for tok in up_b[1:]:
        if tok.i == top.i:
            break
        between.append(tok)
    return top, f"{up}<{top.lemma_.lower()}>{dn}", tuple(between) or (top,)


def sentence_pairs(mentions: list[Mention], sent: Span) -> list[Pair]:
    """Every ordered pair of distinct mentions, and each subject with no target."""
    out = []
    memo: dict[int, list[Token]] = {}
    for a in mentions:
        for b in mentions:
            if a is b or (a.start, a.end) == (b.start, b.end):
                continue
            out.append(Pair(a, b, *pair_path(a, b, sent, memo)))
        if a.role in SUBJECT_ROLES:
            out.append(Pair(a, None, *pair_path(a, None, sent, memo)))
    return out


_ROOTS_SEEN: list[Any] = [None, {}]  # the last lexicon asked, its answers by (lemma, pos)


def _lexicon_roots(lexicon: Lexicon, lemma: str, pos: str) -> frozenset[str]:
    """The roots the lexicon gives ``lemma`` as a ``pos`` (asked again and again per pair; the
    answers are kept for the last lexicon asked)."""
    if _ROOTS_SEEN[0] is not lexicon:
        _ROOTS_SEEN[0], _ROOTS_SEEN[1] = lexicon, {}
    seen = _ROOTS_SEEN[1]
    key = (lemma, pos)
    if key not in seen:
        seen[key] = frozenset(e.code[:2] for e in lexicon.candidates(lemma, pos))
    return seen[key]


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n <= 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8+"


def pair_features(
    pair: Pair,
    sent: Span,
    doc: Document,
    lexicon: Lexicon,
    coded: list[tuple[str, str, str]],
) -> list[str]:
    """The sparse feature names of one pair (stable: the weights are keyed by them).
    ``coded``: (source country, target country, root) of each event the rule coder coded in
    the sentence, before the precision filter. The first name is the top word's lemma."""
    top = pair.top
    lemma = top.lemma_.lower()
    src, tgt = pair.source, pair.target
    roles = f"{src.role}|{tgt.role if tgt else 'none'}"
    pos = "verb" if top.pos_ == "VERB" else "noun"
    out = [
        f"top={lemma}",
        f"toppos={top.pos_}",
        f"top|pos={lemma}|{top.pos_}",
        f"path={pair.path}",
        f"roles={roles}",
        f"top|roles={lemma}|{roles}",
        f"src={src.role}",
        f"tgt={tgt.role if tgt else 'none'}",
        f"srcsec={src.code[3:6] or 'country'}",
        f"tgtsec={(tgt.code[3:6] or 'country') if tgt else 'none'}",
    ]
    if tgt is None:
        out.append("notarget")
    else:
        out.append("same_country" if src.country == tgt.country else "two_countries")
        out.append("order=" + ("src_first" if src.start < tgt.start else "tgt_first"))
        a, b = _anchor(src, sent), _anchor(tgt, sent)
        out.append(f"dist={_bucket(abs(a.i - b.i) // 2)}")
    tokens = pair.between or (top,)
    out.append(f"pathlen={_bucket(len(tokens))}")
    roots: set[str] = set()
    for tok in tokens:
        word = tok.lemma_.lower()
        if tok.i != top.i and tok.pos_ in ("VERB", "NOUN", "ADJ"):
            out.append(f"pathlemma={word}")
        if tok.pos_ == "ADP":
            out.append(f"prep={tok.lower_}")
        tpos = "verb" if tok.pos_ == "VERB" else "noun"
        roots.update(_lexicon_roots(lexicon, word, tpos))
        for child in tok.children:
            if child.dep_ == "neg" or child.lower_ in NEGATIONS:
                out.append("neg")
            elif child.dep_ == "aux" and child.lower_ in MODALS:
                out.append(f"modal={child.lower_}")
            elif child.dep_ == "prep" and tok.i == top.i:
                out.append(f"topprep={child.lower_}")
    out += [f"lex={r}" for r in sorted(roots)] or ["lex=none"]
    out += [f"toplex={e}" for e in sorted(_lexicon_roots(lexicon, lemma, pos))]
    speech = "quote" if in_quote(doc, top.idx) else "reported" if reported(top) else "plain"
    out.append(f"speech={speech}")
    here = pair.countries
    mine = sorted({r for s, t, r in coded if (s, t) == here})
    out += [f"coded={r}" for r in mine] or ["coded=nothing"]
    if not coded:
        out.append("sentcoded=nothing")
    else:
        out += [f"sentcoded={r}" for r in sorted({r for _, _, r in coded})]
        if any(s == here[0] for s, _, _ in coded):
            out.append("coded_src")
    return list(dict.fromkeys(out))


def pair_vectors(sent: Span, pairs: list[Pair]) -> np.ndarray:
    tensor = sent.doc.tensor
    if getattr(tensor, "ndim", 0) != 2 or tensor.shape[0] != len(sent.doc):
        return np.zeros((len(pairs), VECTOR_WIDTH))
    return np.asarray(tensor[[p.top.i for p in pairs]], dtype=float)


def coded_tuples(events: list[Event]) -> list[tuple[str, str, str]]:
    return [
        (actor_country(e.source_actor), actor_country(e.target_actor), e.root_code) for e in events
    ]


def sentence_examples(
    sent: Span, doc: Document, resolver: ActorResolver, lexicon: Lexicon, coded: list[Event]
) -> tuple[list[Pair], list[list[str]], np.ndarray]:
    """The sentence's pairs, their features and top-word vectors (training and inference)."""
    pairs = sentence_pairs(sentence_mentions(sent, doc, resolver), sent)
    if not pairs:
        return [], [], np.zeros((0, VECTOR_WIDTH))
    tuples = coded_tuples(coded)
    rows = [pair_features(p, sent, doc, lexicon, tuples) for p in pairs]
    return pairs, rows, pair_vectors(sent, pairs)


# -- events -------------------------------------------------------------------------------------


def pair_event(sent: Span, doc: Document, pair: Pair, root: str, p: float) -> Event:
    """The event of one pair: at the path's top word, its mode from the words on it."""
    from redline.events.cameo import load_cameo
    from redline.events.coder import coded_event

    code = load_cameo()[f"{root}0"]
    top = pair.top
    words = {c.lower_ for c in top.children} | {c.dep_ for c in top.children}
    negated = "neg" in words or bool(words & NEGATIONS)
    conditional = bool(words & MODALS) or any(
        c.dep_ == "mark" and c.lower_ == "if" for c in top.children
    )
    start, end = top.idx, top.idx + len(top.text)
    rule = f"pairs:{root} p={p:.2f} path={pair.path}"
    return coded_event(
        sent, doc, code, pair.source, pair.target, start, end, negated=negated,
        conditional=conditional, reported_by=None, rule=rule, confidence=None,
    )  # fmt: skip


def sentence_candidates(
    doc: Document, resolver: ActorResolver, lexicon: Lexicon, coded: list[Event]
) -> Iterator[tuple[Span, list[Pair], list[list[str]], np.ndarray]]:
    """(sentence, its pairs, their features, their top words' vectors) for each sentence of
    ``doc`` with a pair; ``coded``: every event the rule coder coded (before the filter)."""
    parsed = doc.parsed
    if parsed is None:
        return
    for sent in parsed.sents:
        lo, hi = sent.start_char, sent.end_char
        if not doc.text[lo:hi].strip():
            continue
        here = [e for e in coded if lo <= _at(e) < hi]
        pairs, rows, vectors = sentence_examples(sent, doc, resolver, lexicon, here)
        if pairs:
            yield sent, pairs, rows, vectors


def _at(event: Event) -> int:
    return event.trigger_start if event.trigger_start is not None else event.start


def pair_events(
    doc: Document,
    resolver: ActorResolver,
    lexicon: Lexicon,
    model: ProposerModel,
    coded: list[Event],
    emitted: list[Event],
) -> list[Event]:
    """The pair model's events of ``doc``: for each sentence, its pairs whose best root reaches
    the model's threshold and whose tuple is not among the sentence's ``emitted`` events (one
    event per tuple a sentence, the likeliest). ``coded``: every event the rule coder coded
    (before the precision filter), a feature of the pairs."""
    out: list[Event] = []
    for sent, pairs, rows, vectors in sentence_candidates(doc, resolver, lexicon, coded):
        lo, hi = sent.start_char, sent.end_char
        done = set(coded_tuples([e for e in emitted if lo <= _at(e) < hi]))
        probs = model.probabilities(rows, vectors)
        best: dict[tuple[str, str, str], tuple[float, Pair]] = {}
        for pair, p in zip(pairs, probs, strict=True):
            k = int(np.argmax(p[:-1]))
            if p[k] < model.threshold:
                continue
            key = (*pair.countries, ROOTS[k])
            if key in done or (key in best and best[key][0] >= p[k]):
                continue
            best[key] = (float(p[k]), pair)
        for key, (p, pair) in sorted(best.items(), key=lambda kv: kv[1][1].top.i):
            out.append(pair_event(sent, doc, pair, key[2], p))
    return out


def empty_model(threshold: float = 2.0) -> ProposerModel:
    """A model that never fires (training: the pairs are recorded, not scored)."""
    n = len(CLASSES)
    return ProposerModel({}, np.zeros((0, n)), np.zeros((0, n)), np.zeros(n), threshold, {})
