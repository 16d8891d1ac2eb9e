"""A learned classifier of evaluative statements (issue #9 judge40): does a speaker judge an
actor named in their own words, and which way?

The evaluative rules (:mod:`redline.events.evaluative`) are phrase lists; this model asks one
question of one speech situation instead. A candidate is a quote the quotes stage attributed
to a speaker resolved to an actor (a quotation or a clause reported with a speech verb), and a
mention inside its words, in one sentence, resolved to another actor code. A numpy softmax
over none / criticism (111) / praise (051) scores it from the lemmas of the words, the lemmas
near the actor, the actor's dependency and governor, subject or not, negation, the number of
actors in the words, the quote's kind, same country or not, and the mean tok2vec row of the
words (``doc.tensor``, which the parser already computed).

Only tuples the coder's kept events lack are added: one event per document (source country,
target country, root), the first candidate at the model's threshold. The rule names the model
and its probability (``judgement:111 p=0.83; quote:indirect``); the event's span is the
sentence, its trigger the speaker's words in it, its confidence the probability.

Weights: ``data/events/judgement.json``, written by ``scripts/train_judgement.py --write``
from the free docgold splits; on by default (``[stage.events] judgement``; docs/benchmarks.md,
judge40, has the cross-validation: about +6 right / +1.4 wrong root tuples over the 981 free
articles, out of fold, at p >= 0.8).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from redline import datafiles
from redline.evaluate.docgold import actor_country
from redline.events.softmax import SoftmaxModel, learned_event, softmax_model_from_dict
from redline.model import Document, Event, Mention, Quote
from redline.nlp.parse import sentence_spans

JUDGEMENT_CLASSES = ("none", "neg", "pos")
JUDGEMENT_CODES = {"neg": "111", "pos": "051"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
NEAR_WINDOW = 4  # tokens either side of the actor read as its context
TENSOR_WIDTH = 96
NEGATORS = frozenset({"never", "no", "not", "n't"})


# the judgement model is the shared small softmax (redline.events.softmax), over three classes
JudgementModel = SoftmaxModel


def judgement_model_from_dict(data: dict[str, Any]) -> JudgementModel:
    return softmax_model_from_dict(data, len(JUDGEMENT_CLASSES))


@datafiles.cached
def load_judgement() -> JudgementModel | None:
    """The shipped (or a user's layered) ``events/judgement.json``; None when there is none."""
    data = datafiles.last_json("events/judgement.json")
    return None if data is None else judgement_model_from_dict(data)


# -- candidates and features -------------------------------------------------------------------


@dataclass
class JudgementCandidate:
    """One (speaker, judged actor, sentence): the quote, the mention, the sentence and the
    quote's words in it."""

    quote: Quote
    mention: Mention
    sent: Any
    words: list[Any]
    mention_tokens: list[Any]
    speaker_tokens: list[Any]
    actors_in_words: int


def judgement_candidates(
    doc: Document, parsed: Any, *, same_actor: bool = False
) -> Iterator[JudgementCandidate]:
    """Every candidate of ``doc`` (module doc), once per (sentence, speaker, actor code);
    ``same_actor``: also mentions of the speaker's own actor code (an experiment's)."""
    seen: set[tuple] = set()
    for quote in doc.quotes:
        if not quote.actor or quote.speaker_start is None or quote.speaker_end is None:
            continue
        speaker_span = parsed.char_span(
            quote.speaker_start, quote.speaker_end, alignment_mode="expand"
        )
        speaker_tokens = list(speaker_span) if speaker_span is not None else []
        inside = [
            m
            for m in doc.mentions
            if m.actor
            and m.start >= quote.start
            and m.end <= quote.end
            and not (quote.speaker_start <= m.start < quote.speaker_end)
            and (same_actor or m.actor != quote.actor)
        ]
        if not inside:
            continue
        for sent in sentence_spans(parsed):
            if sent.end_char <= quote.start or sent.start_char >= quote.end:
                continue
            here = [m for m in inside if sent.start_char <= m.start < sent.end_char]
            if not here:
                continue
            words = [t for t in sent if quote.start <= t.idx < quote.end]
            actors = len({m.actor for m in here})
            for mention in here:
                key = (sent.start_char, quote.actor, mention.actor)
                if key in seen:
                    continue
                seen.add(key)
                span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                yield JudgementCandidate(
                    quote, mention, sent, words, list(span), speaker_tokens, actors
                )


def _valence(tok: Any, valence: Mapping[str, float]) -> float:
    return valence.get(tok.lower_, valence.get(tok.lemma_.lower(), 0.0))


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    return sum(x >= e for e in edges)


def judgement_features(
    words: list[Any],
    mention_tokens: list[Any],
    speaker_tokens: list[Any],
    actors_in_words: int,
    kind: str,
    same_country: bool,
    valence: Mapping[str, float] | None = None,
) -> tuple[list[str], np.ndarray]:
    """Sparse feature names and the dense row of one candidate. ``valence`` (word -> -4..4, a
    polarity lexicon such as VADER's) is for experiments: none ships, and without one its
    features are constant."""
    valence = valence or {}
    own = {t.i for t in mention_tokens} | {t.i for t in speaker_tokens}
    head = min(mention_tokens, key=lambda t: sum(1 for _ in t.ancestors))
    names = [
        f"kind={kind}",
        f"dep={head.dep_}",
        f"hd={head.dep_}:{head.head.lemma_.lower()}",
        f"nact={min(actors_in_words, 4)}",
    ]
    if same_country:
        names.append("same_country")
    if head.dep_ in SUBJECT_DEPS:
        names.append("subject")
    negated = False
    total_pos = total_neg = near_pos = near_neg = 0.0
    mention_i = [t.i for t in mention_tokens]
    lo, hi = min(mention_i), max(mention_i)
    for tok in words:
        if tok.dep_ == "neg" or tok.lower_ in NEGATORS:
            negated = True
        if tok.i in own or not tok.is_alpha:
            continue
        lemma = tok.lemma_.lower()
        if not tok.is_stop:
            names.append(f"l={lemma}")
        v = _valence(tok, valence)
        near = lo - NEAR_WINDOW <= tok.i <= hi + NEAR_WINDOW
        if near and not tok.is_stop:
            names.append(f"near={lemma}")
        if v > 0:
            total_pos += v
            near_pos += v if near else 0.0
        elif v < 0:
            total_neg -= v
            near_neg -= v if near else 0.0
    gov = head.head
    names.append(f"gov={gov.lemma_.lower()}")
    gv = _valence(gov, valence)
    if gv:
        names.append(f"gov_val={'+' if gv > 0 else '-'}{'n' if negated else ''}")
    if negated:
        names.append("negated")
    names.append(f"vneg={_bucket(total_neg, (0.5, 2, 4, 7))}")
    names.append(f"vpos={_bucket(total_pos, (0.5, 2, 4, 7))}")
    names.append(f"nneg={_bucket(near_neg, (0.5, 2, 4))}")
    names.append(f"npos={_bucket(near_pos, (0.5, 2, 4))}")
    n = max(len(words), 1)
    dense = [total_neg / n, total_pos / n, near_neg / 4, near_pos / 4, float(negated)]
    tensor = words[0].doc.tensor if words else None
    if getattr(tensor, "ndim", 0) == 2 and tensor.shape[0] == len(words[0].doc):
        vec = np.asarray(tensor[[t.i for t in words]], dtype=float).mean(axis=0)
    else:
        vec = np.zeros(TENSOR_WIDTH)
    return names, np.concatenate([np.array(dense), vec]).astype(np.float32)


def candidate_features(
    cand: JudgementCandidate, valence: Mapping[str, float] | None = None
) -> tuple[list[str], np.ndarray]:
    same = actor_country(cand.quote.actor) == actor_country(cand.mention.actor)
    return judgement_features(
        cand.words, cand.mention_tokens, cand.speaker_tokens, cand.actors_in_words,
        cand.quote.kind, same, valence,
    )  # fmt: skip


# -- events ------------------------------------------------------------------------------------


def _root_tuple(source: str | None, target: str | None, root: str) -> tuple[str, str, str]:
    return actor_country(source), actor_country(target), root


def judgement_events(
    doc: Document, parsed: Any, model: JudgementModel, kept: list[Event]
) -> list[Event]:
    """The events the model adds to ``kept`` (the coder's events at the filter's threshold):
    per (source country, target country, root) none of ``kept`` has, the first candidate at
    the model's threshold."""
    have = {_root_tuple(e.source_actor, e.target_actor, e.root_code) for e in kept}
    out: list[Event] = []
    for cand in judgement_candidates(doc, parsed):
        if not cand.words:
            continue
        names, dense = candidate_features(cand)
        p = model.probabilities(names, dense)
        best = int(np.argmax(p[1:])) + 1
        if p[best] < model.threshold:
            continue
        code = JUDGEMENT_CODES[JUDGEMENT_CLASSES[best]]
        key = _root_tuple(cand.quote.actor, cand.mention.actor, code[:2])
        if key in have:
            continue
        have.add(key)
        quote, mention = cand.quote, cand.mention
        first, last = cand.words[0], cand.words[-1]
        out.append(
            learned_event(
                doc,
                cand.sent,
                code,
                source=(quote.speaker_start, quote.speaker_end, quote.actor),
                target=(mention.start, mention.end, mention.actor),
                trigger=(first.idx, last.idx + len(last.text)),
                rule=f"judgement:{code} p={p[best]:.2f}; quote:{quote.kind}",
                probability=p[best],
            )
        )
    return out
