"""The learned trigger proposer (issue #9): events the lexicon has no wording for.

On unseen articles most gold events get no candidate at all: "called the report a hoax",
"brokered talks", "vowed to retaliate" phrased some way no lexicon entry lists. For each token
the coder offers it (a verb or noun, as the model says, that no lexicon entry tried in its
sentence and no coded event stands on, whose lemma the model saw in a gold trigger), a small
softmax regression gives P(root | token) over the 20 CAMEO roots and "none", from sparse
features of the parse (lemma, suffix, part of speech, dependency, head, children, quote /
reported clause, what the subject and object look like: a named actor, a pronoun, other; the
lexicon's roots for the lemma and its head: its near-misses) and the token's contextual vector
(``doc.tensor``, the tok2vec row the parser already computed: no extra cost). No feature looks
an actor up, so scoring costs little next to the rest of the events stage.

A token whose best root is at least the model's threshold becomes a candidate through a generic
frame (:func:`proposed_entry`): who does it is found and resolved as for any lexicon event
(``redline.events.arguments``), and the precision filter scores it like any other candidate
(its features say "proposed"). The rule names it: ``proposer:11 p=0.83; source:...``.

The weights are ``data/events/proposer.json`` (numbers only, about 1 MB), written by
``scripts/train_event_proposer.py`` from the document gold in the repository; inference is a
sparse sum and one small matrix product per sentence, numpy only, CPU.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from redline import datafiles
from redline.events.lexicon import LexiconEntry

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

    from redline.events.arguments import ActorResolver
    from redline.events.lexicon import Lexicon
    from redline.model import Document

ROOTS = tuple(f"{i:02d}" for i in range(1, 21))
CLASSES = (*ROOTS, "none")
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ"})
# the objects of these prepositions are whom a proposed event is aimed at (the generic frame)
GENERIC_PREPS = ("against", "on", "with", "to", "into", "for", "at", "over", "between")
# an adjective's own complement ("critical of", "angry about")
ADJECTIVE_PREPS = (*GENERIC_PREPS, "of", "about")
SAYING = frozenset(
    {"say", "tell", "state", "add", "claim", "insist", "note", "write", "tweet", "declare",
     "argue", "stress", "warn", "complain", "accuse", "call", "describe", "announce"}
)  # fmt: skip
PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd"})
VECTOR_WIDTH = 96  # en_core_web_sm's tok2vec
# entity kinds an actor is named by
ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"})


@dataclass(frozen=True)
class ProposerModel:
    """Softmax weights: one row per sparse feature, one per vector dimension, one bias."""

    features: dict[str, int]
    sparse: np.ndarray  # (features, classes)
    dense: np.ndarray  # (vector width, classes)
    bias: np.ndarray  # (classes,)
    threshold: float
    meta: dict[str, Any]
    # the lemmas seen in gold triggers often enough (``train_event_proposer.py --lemma-share``):
    # only these are scored (None: every one), so that features are built for a few tokens a
    # sentence, not all of them
    lemmas: frozenset[str] | None = None

    def probabilities(self, rows: list[list[str]], vectors: np.ndarray) -> np.ndarray:
        """P(class) for each token: its feature names and its contextual vector."""
        z = np.tile(self.bias, (len(rows), 1))
        index = self.features
        get = index.get
        found = [[j for j in map(get, names) if j is not None] for names in rows]
        sizes = np.fromiter((len(idx) for idx in found), dtype=np.int64, count=len(found))
        flat = [j for idx in found for j in idx]
        if flat:  # each row's weights summed: one gather and one segmented sum for the sentence
            filled = sizes > 0
            starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))[filled]
            z[filled] += np.add.reduceat(self.sparse[flat], starts, axis=0)
        if vectors.shape[1] == self.dense.shape[0]:
            z += vectors @ self.dense
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    @property
    def parts_of_speech(self) -> frozenset[str]:
        """The parts of speech the model was trained to score (older models: all three)."""
        return frozenset(self.meta.get("pos") or CANDIDATE_POS)


def model_from_dict(data: dict[str, Any]) -> ProposerModel:
    names = list(data["features"])
    return ProposerModel(
        features={n: i for i, n in enumerate(names)},
        sparse=np.asarray([data["features"][n] for n in names], dtype=float).reshape(
            len(names), len(CLASSES)
        ),
        dense=np.asarray(data["dense"], dtype=float).reshape(-1, len(CLASSES)),
        bias=np.asarray(data["bias"], dtype=float),
        threshold=float(data.get("threshold", 0.5)),
        meta={k: v for k, v in data.items() if k not in ("features", "dense", "bias", "lemmas")},
        lemmas=frozenset(data["lemmas"]) if data.get("lemmas") else None,
    )


@datafiles.cached
def load_proposer() -> ProposerModel | None:
    """The shipped (or a user's layered) ``events/proposer.json``; None when there is none."""
    data = datafiles.last_json("events/proposer.json")
    return None if data is None else model_from_dict(data)


# -- features -----------------------------------------------------------------------------------


def candidate_tokens(sent: Span, pos: frozenset[str] = CANDIDATE_POS) -> list[Token]:
    """The tokens of ``sent`` of the parts of speech ``pos`` a proposal may be made at."""
    return [t for t in sent if t.pos_ in pos and t.is_alpha and len(t.text) > 1]


def in_quote(doc: Document, offset: int) -> bool:
    return any(q.start <= offset < q.end for q in doc.quotes)


def reported(tok: Token) -> bool:
    """Whether ``tok`` is in a clause a saying verb governs ("X said Y was a hoax")."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in SAYING:
            return True
        cur = cur.head
    return False


def evaluative(tok: Token) -> bool:
    """A judgement said of someone: the predicate of a copula ("is a hoax", "was
    unconscionable") or an adjective on it ("a very serious and disturbing report")."""
    if tok.dep_ in PREDICATE_DEPS:
        return True
    return tok.pos_ == "ADJ" and tok.dep_ in ("amod", "conj") and tok.head.dep_ in PREDICATE_DEPS


def _subject(tok: Token) -> Token | None:
    holder = tok.head if tok.dep_ in PREDICATE_DEPS or tok.dep_ == "amod" else tok
    for child in holder.children:
        if child.dep_ in ("nsubj", "nsubjpass", "poss"):
            return child
    if tok.pos_ == "NOUN":
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _object(tok: Token) -> tuple[Token | None, str | None]:
    for child in tok.children:
        if child.dep_ in ("dobj", "dative"):
            return child, None
    preps = ADJECTIVE_PREPS if tok.pos_ == "ADJ" else GENERIC_PREPS
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj, child.lower_
    return None, None


def _kind(tok: Token | None) -> str:
    """What an argument looks like, from the parse alone (no actor lookup: the proposer scores
    every candidate token, so its features must cost next to nothing): a named entity of a kind
    actors are (itself or a word on it: "the Chinese government"), a pronoun, other, none."""
    if tok is None:
        return "none"
    if tok.pos_ == "PRON":
        return "pronoun"
    if tok.ent_type_ in ACTOR_ENTS:
        return f"ent:{tok.ent_type_}"
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "poss") and child.ent_type_ in ACTOR_ENTS:
            return f"ent:{child.ent_type_}"
    return "other"


def token_features(
    tok: Token, doc: Document, resolver: ActorResolver, lexicon: Lexicon
) -> list[str]:
    """The sparse feature names of one candidate token (stable: the weights are keyed by them).

    Cheap by design (issue #9: the proposer may add little to the events stage): the parse
    around the token, its quote context, what its arguments look like (:func:`_kind`), and the
    lexicon's near-misses (the roots the lexicon gives this lemma, in this part of speech or
    the other, and the roots of the word it hangs on). ``resolver`` is unused (kept for
    callers)."""
    lemma = tok.lemma_.lower()
    head = tok.head
    out = [
        f"lemma={lemma}",
        f"pos={tok.pos_}",
        f"tag={tok.tag_}",
        f"dep={tok.dep_}",
        f"lemma|pos={lemma}|{tok.pos_}",
        f"suf={lemma[-3:]}|{tok.pos_}",
        f"head={head.lemma_.lower()}|{tok.dep_}",
        f"headpos={head.pos_}|{tok.dep_}",
    ]
    for child in tok.children:
        out.append(f"kid={child.dep_}")
        if child.dep_ in ("prep", "agent", "prt", "dative"):
            out.append(f"kid={child.dep_}:{child.lower_}")
        elif child.dep_ in ("dobj", "nsubj", "nsubjpass", "compound", "amod", "advmod", "neg"):
            out.append(f"kid={child.dep_}:{child.lemma_.lower()}")
    quoted = in_quote(doc, tok.idx)
    told = reported(tok)
    speech = "quote" if quoted else "reported" if told else "plain"
    out.append(f"speech={speech}")
    out.append(f"speech|pos={speech}|{tok.pos_}")
    if evaluative(tok):
        out.append(f"evaluative|speech={speech}")
    subject = _kind(_subject(tok))
    obj, prep = _object(tok)
    target = _kind(obj)
    sk, tk = subject.split(":")[0], target.split(":")[0]
    out += [
        f"subj={subject}",
        f"obj={target}",
        f"subj|obj={sk}|{tk}",
        f"subj|obj|pos={sk}|{tk}|{tok.pos_}",
    ]
    if prep:
        out.append(f"objprep={prep}")
        out.append(f"lemma|objprep={lemma}|{prep}")
    pos = "verb" if tok.pos_ == "VERB" else "noun"
    other = "noun" if pos == "verb" else "verb"
    guesses = sorted({e.code[:2] for e in lexicon.candidates(lemma, pos)})
    out += [f"lex={g}" for g in guesses] or ["lex=none"]
    out += [f"lexother={g}" for g in sorted({e.code[:2] for e in lexicon.candidates(lemma, other)})]
    if head.i != tok.i:
        hpos = "verb" if head.pos_ == "VERB" else "noun"
        heads = sorted({e.code[:2] for e in lexicon.candidates(head.lemma_.lower(), hpos)})
        out += [f"lexhead={g}|{tok.dep_}" for g in heads]
    return out


def token_vectors(sent: Span, tokens: list[Token]) -> np.ndarray:
    """The parse's contextual vectors of ``tokens`` (zeros when the parse kept none)."""
    tensor = sent.doc.tensor
    if getattr(tensor, "ndim", 0) != 2 or tensor.shape[0] != len(sent.doc):
        return np.zeros((len(tokens), VECTOR_WIDTH))
    return np.asarray(tensor[[t.i for t in tokens]], dtype=float)


# -- the generic frame ---------------------------------------------------------------------------


def proposed_entry(tok: Token, root: str, p: float, speech: bool) -> tuple[LexiconEntry, Any]:
    """(entry, (prep object, prep word)) of the generic frame for a proposal of ``root``.

    A judgement in a quote or reported clause ("X is a hoax", said Y) is the speaker's act on
    the one judged (a speech act); otherwise the verb's subject (the "by" agent), the noun's
    possessor or agent acts on the direct object or the object of against/on/with/to/....
    """
    code = f"{root}0"
    lemma = tok.lemma_.lower()
    note = f"{p:.2f}"
    common = {"code": code, "lemmas": (lemma,), "note": note, "origin": "proposer"}
    if speech and evaluative(tok):
        entry = LexiconEntry(pos="verb", target="dobj", speaker=True,
                             pattern="(speaker:) T is <judgement>", **common)  # fmt: skip
        return entry, (None, None)
    obj, prep = _object(tok)
    pos = "noun" if tok.pos_ == "NOUN" else "verb"
    if prep is not None:
        entry = LexiconEntry(pos=pos, target="prep", preps=(prep,),
                             pattern=f"S {lemma} {prep} T", **common)  # fmt: skip
        return entry, (obj, prep)
    target = "dobj" if pos == "verb" else "none"
    return LexiconEntry(pos=pos, target=target, pattern=f"S {lemma} T", **common), (None, None)


def offered_tokens(
    sent: Span,
    pos: frozenset[str],
    taken: set[int],
    spans: Sequence[tuple[int, int]],
    lemmas: frozenset[str] | None = None,
) -> list[Token]:
    """The tokens of ``sent`` the coder offers the proposer: of the parts of speech ``pos``, not
    in ``taken`` (a lexicon entry tried them), inside no coded event's trigger (``spans``,
    character offsets), of a lemma in ``lemmas`` (None: any)."""
    out = []
    for tok in candidate_tokens(sent, pos):
        if tok.i in taken or (lemmas is not None and tok.lemma_.lower() not in lemmas):
            continue
        start = tok.idx
        if not any(s <= start < e for s, e in spans):
            out.append(tok)
    return out


def proposals(
    sent: Span,
    doc: Document,
    resolver: ActorResolver,
    lexicon: Lexicon,
    model: ProposerModel,
    taken: set[int],
    spans: Sequence[tuple[int, int]] = (),
) -> list[tuple[Token, str, float]]:
    """(token, root, probability) for each token the coder offers (:func:`offered_tokens`)
    whose best root reaches the model's threshold."""
    tokens = offered_tokens(sent, model.parts_of_speech, taken, spans, model.lemmas)
    if not tokens:
        return []
    rows = [token_features(t, doc, resolver, lexicon) for t in tokens]
    probs = model.probabilities(rows, token_vectors(sent, tokens))
    out = []
    for tok, p in zip(tokens, probs, strict=True):
        best = int(np.argmax(p[:-1]))
        if p[best] >= model.threshold:
            out.append((tok, ROOTS[best], float(p[best])))
    return out
