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
document gold; inference is numpy only, CPU. On by default since issue #9 pairs15
(``[stage.events] pairs``), with the mentions the document already has
(:func:`document_mentions`) and paths of at most 4 words.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from redline import datafiles
from redline.evaluate.docgold import actor_country
from redline.events.arguments import TITLE_SECTORS
from redline.events.proposer import (
    CLASSES,
    ROOTS,
    SAYING,
    VECTOR_WIDTH,
    ProposerModel,
    in_quote,
    model_from_dict,
)
from redline.nlp.parse import sentence_spans

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
# the prepositions of a place an act happens in, not an actor's ("the raid in Jerusalem")
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around"})
MAX_MENTIONS = 10  # a sentence listing more actors than this is a list, not an act between them
NO_TARGET = ""
REUSE = True  # the coder's own resolution of a word, when it made one (ActorResolver.resolved)
PREFILTER = False  # may_be_actor: skips 2 in 5 nouns, none placed, but its look-ups cost more
# issue #9 pairs16: the kinds of wrong pair event a reading of 40 unseen articles found, each a
# guard a model may be trained and run with (meta ``guards``): "one", the two mentions are one
# entity (one heads the other's phrase: an appositive, "the Republic of Iran", "Iran's
# president"; or the entity graph links them); "top", the path's top word (the trigger) is no
# verb or noun the lexicon or the proposer knows as a trigger ("militia", "be", "senator");
# "reversed", the target is the top word's doer (its subject or passive agent) and the source
# is not ("I applaud the president": the president does not applaud me)
GUARDS = ("one", "top", "reversed")
DOER_ARMS = frozenset({"nsubj", "csubj", "agent"})


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
        return _country(self.code)


@dataclass(frozen=True, slots=True)
class Pair:
    """One candidate (source, target) of a sentence: the target None is "no target"."""

    source: Mention
    target: Mention | None
    top: Token  # the path's top word: the event's trigger
    path: str  # dependency labels up from the source, the top word, down to the target
    between: tuple[Token, ...] = ()  # the path's words past the source up to the target
    flags: frozenset[str] = frozenset()  # the guards that would drop it (:func:`pair_flags`)

    @property
    def countries(self) -> tuple[str, str]:
        return self.source.country, self.target.country if self.target else NO_TARGET


_COUNTRIES: dict[str, str] = {}


def _country(code: str) -> str:
    """``actor_country(code)``, each code worked out once."""
    found = _COUNTRIES.get(code)
    if found is None:
        if len(_COUNTRIES) > 50_000:
            _COUNTRIES.clear()
        found = _COUNTRIES[code] = actor_country(code)
    return found


def load_pairs_model() -> ProposerModel | None:
    """The shipped ``events/pairs.json`` (a softmax of the proposer's shape); None if none."""
    return _load_pairs_model()


@datafiles.cached
def _load_pairs_model() -> ProposerModel | None:
    data = datafiles.last_json("events/pairs.json")
    return None if data is None else model_from_dict(data)


# -- mentions and pairs -------------------------------------------------------------------------


class Words:
    """One parse's words as plain lists, read once (issue #9 pairs14): the pair step walks
    heads and reads labels, lemmas and children thousands of times a document, and each read
    through spaCy makes a new ``Token``; these are the same values by index. Read with
    ``Doc.to_array`` and one string look-up per distinct id (issue #9 pairs15: a ``Token`` for
    every word of the document cost more than the rest of the pair step's reading); a word's
    ``Token`` is made only when asked (``tokens[i]``)."""

    __slots__ = ("dep", "head", "idx", "kids", "lemma", "lower", "pos", "source", "tokens")

    def __init__(self, parsed: Any) -> None:
        from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, POS

        self.source = parsed
        self.tokens = _Tokens(parsed)
        n = len(parsed)
        arr = parsed.to_array([HEAD, DEP, POS, IDX, LEMMA, LOWER])  # uint64: string ids
        head = (arr[:, 0].astype(np.int64) + np.arange(n)).tolist()  # HEAD: relative
        self.head = head
        strings = _strings(parsed.vocab)
        self.dep = strings(arr[:, 1])
        self.pos = strings(arr[:, 2])
        self.idx = arr[:, 3].tolist()
        self.lemma = strings(arr[:, 4], lower=True)
        self.lower = strings(arr[:, 5])
        kids: list[list[int]] = [[] for _ in range(n)]
        for j, h in enumerate(head):
            if h != j:
                kids[h].append(j)  # in order: what Token.children gives
        self.kids = kids

    def reported(self, i: int) -> bool:
        """``proposer.reported`` by index: in a clause a saying verb governs."""
        head, dep, lemma = self.head, self.dep, self.lemma
        for _ in range(6):
            h = head[i]
            if h == i:
                return False
            if dep[i] == "ccomp" and lemma[h] in SAYING:
                return True
            i = h
        return False


class _Tokens:
    """A parse's ``Token`` objects by index, each made when first asked."""

    __slots__ = ("made", "parsed")

    def __init__(self, parsed: Any) -> None:
        self.parsed, self.made = parsed, {}

    def __getitem__(self, i: int) -> Token:
        found = self.made.get(i)
        if found is None:
            found = self.made[i] = self.parsed[i]
        return found


_STRINGS: list[Any] = [None, {}, {}]  # the vocabulary asked, its strings by id, lowercased


def _strings(vocab: Any):
    """A column of string ids -> its strings from ``vocab``'s string store, each distinct id
    of the column looked up once (``lower``: lowercased, as the lemmas are read)."""
    if _STRINGS[0] is not vocab:
        _STRINGS[0], _STRINGS[1], _STRINGS[2] = vocab, {}, {}
    plain, lowered, store = _STRINGS[1], _STRINGS[2], vocab.strings

    def get(column: np.ndarray, lower: bool = False) -> list[str]:
        table = lowered if lower else plain
        if len(table) > 200_000:  # a long stream: start again rather than grow
            table.clear()
        ids, at = np.unique(column, return_inverse=True)
        names = []
        for x in ids.tolist():
            found = table.get(x)
            if found is None:
                found = store[x] if x else ""
                table[x] = found = found.lower() if lower else found
            names.append(found)
        return [names[j] for j in at.tolist()]

    return get


_WORDS: list[Any] = [None]  # the last parse's Words


def words_of(parsed: Any) -> Words:
    """The :class:`Words` of ``parsed`` (kept for the last parse asked)."""
    found = _WORDS[0]
    if found is None or found.source is not parsed:
        found = _WORDS[0] = Words(parsed)
    return found


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


def _actor_words() -> frozenset[str]:
    """Common nouns the resolver places by their own lemma, whatever the phrase around them."""
    from redline.events import arguments as a

    return frozenset().union(
        a.COMMITTEE_NOUNS, a.AGENCY_NOUNS, a.ENVOY_WORDS, a.HOST_NOUNS, a.DOCUMENT_NOUNS,
        a.OWNED_ACTS, a.OWNED_GROUPS, a.ACT_MAKERS, a.BACK_REFERENCES, a.SIDELESS_ROLES,
    )  # fmt: skip


_MARKS: list[Any] = [None, (), None]  # the last resolver asked, its mention starts, actor words


def may_be_actor(tok: Token, resolver: ActorResolver) -> bool:
    """Whether the resolver may place the common noun ``tok`` (issue #9 pairs14: a resolver
    call on every noun of every sentence was a third of the pair step): a proper noun or a
    pronoun may always be; a common noun only with an actor mention (the book's or the entity
    graph's) somewhere under it, a named entity's label, a lemma or form the book looks up to
    an actor ("officials", "police"), or a lemma the resolver places by itself ("the
    country", "the panel", "the decision")."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return True
    if _MARKS[0] is not resolver:
        starts = sorted({m[0] for m in resolver.mentions} | set(resolver.graph_names)
                        | set(resolver.graph_people) | set(resolver.pronoun_links))  # fmt: skip
        _MARKS[0], _MARKS[1], _MARKS[2] = resolver, starts, _actor_words()
    lemma = tok.lemma_.lower()
    if lemma in _MARKS[2]:
        return True
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    starts = _MARKS[1]
    at = bisect_left(starts, lo)
    if at < len(starts) and starts[at] < hi:
        return True
    if any(p.search(resolver.text, lo, hi) for p, _ in TITLE_SECTORS):
        return True
    return resolver.lookup(tok.lower_) is not None or resolver.lookup(lemma) is not None


PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "flat", "nummod", "det"})


def document_mentions(doc: Document, resolver: ActorResolver) -> dict[int, tuple[str, int, int]]:
    """Each word heading an actor mention with a country, by index: (code, start, end) of the
    phrase, with no resolver call (issue #9 pairs15): the coder's own answers for the words it
    resolved (``ActorResolver.resolved``), then the actor book's mentions of the text and the
    entity graph's mentions with an actor (names, surnames, titles and pronouns it linked),
    each taken to the noun its phrase hangs on ("Russian forces" -> forces)."""
    words = words_of(doc.parsed)
    out: dict[int, tuple[str, int, int]] = {}
    for i, arg in resolver.resolved.items():
        if arg.actor is not None and _country(arg.code):
            out[i] = (arg.code, arg.start, arg.end)
    idx, head, dep, n = words.idx, words.head, words.dep, len(words.idx)
    spans = [(s, e, m.code) for s, e, m in resolver.mentions]
    spans += [(m.start, m.end, m.actor) for m in doc.mentions or () if m.actor]
    home = resolver.home
    for start, end, code in spans:
        if code and code.startswith("---") and home:  # "Republicans", "the House": the home's
            code = home + code[3:]
        if not code or not _country(code):
            continue
        i = bisect_right(idx, end - 1) - 1  # the mention's last word
        if i < 0 or i >= n:
            continue
        for _ in range(3):  # up out of the phrase: "Russian" -> "forces"
            if dep[i] not in PHRASE_DEPS or head[i] == i:
                break
            i = head[i]
        if i not in out:
            out[i] = (code, start, end)
    return out


def sentence_mentions(
    sent: Span,
    doc: Document,
    resolver: ActorResolver,
    found: dict[int, tuple[str, int, int]] | None = None,
) -> list[Mention]:
    """The actor mentions of ``sent`` resolved to a code with a country (one per phrase), and
    the quote's speaker when the sentence is inside a quote with a resolved speaker.
    ``found``: the document's mentions (:func:`document_mentions`) when the cheap mentions
    are on; else every candidate word is resolved (issue #9 pairs13)."""
    out: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    words = words_of(sent.doc)
    pos, dep, tokens = words.pos, words.dep, words.tokens
    text = doc.text
    for i in range(sent.start, sent.end):
        if pos[i] not in MENTION_POS or dep[i] not in MENTION_DEPS:
            continue
        if found is not None:
            hit = found.get(i)
            if hit is None:
                continue
            code, start, end = hit
            tok = tokens[i]
        else:
            tok = tokens[i]
            if PREFILTER and pos[i] == "NOUN" and not may_be_actor(tok, resolver):
                continue
            arg = resolver.resolved.get(i) if REUSE else None
            if arg is None:
                arg = resolver.argument(tok, dep[i])
            if arg.actor is None or not actor_country(arg.code):
                continue
            code, start, end = arg.code, arg.start, arg.end
        if (start, end) in seen:
            continue
        seen.add((start, end))
        out.append(Mention(text[start:end], start, end, code, tok, _role(tok)))
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


def _chain(i: int, words: Words, memo: dict[int, list[int]]) -> list[int]:
    """Word ``i`` and its heads up to the root, by index (kept in ``memo`` for the sentence)."""
    found = memo.get(i)
    if found is not None:
        return found
    head = words.head
    chain = [i]
    while head[chain[-1]] != chain[-1] and len(chain) < 40:
        chain.append(head[chain[-1]])
    memo[i] = chain
    return chain


def pair_path(
    source: Mention,
    target: Mention | None,
    sent: Span,
    memo: dict | None = None,
    root: int | None = None,
    max_path: int | None = None,
) -> tuple[Token, str, tuple[Token, ...]] | None:
    """(the top word, the path string, the words on the path past the source) between two
    mentions; with no target, the word the source hangs on (its verb) is the top. ``root``:
    the sentence root's index (asked of ``sent`` when None). None when the path has more
    than ``max_path`` words past the source (told before any name is made)."""
    words = words_of(sent.doc)
    tokens, head, dep, lemma = words.tokens, words.head, words.dep, words.lemma
    if memo is None:
        memo = {}
    if source.head is None or (target is not None and target.head is None):
        root = sent.root.i if root is None else root
    a = source.head.i if source.head is not None else root
    if target is None:
        top = head[a]
        return tokens[top], f"{source.role}<{lemma[top]}>", (tokens[top],)
    b = target.head.i if target.head is not None else root
    up_a, up_b = _chain(a, words, memo), _chain(b, words, memo)
    on_b = {t: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t in on_b:
            top, ia, ib = t, n, on_b[t]
            break
    else:  # two trees (a parse split): the source's root
        top, ia, ib = up_a[-1], len(up_a) - 1, len(up_b)
    if max_path is not None:  # the length of ``between`` below, told before it is made
        up = ia if ia else len(up_a) - 1  # a source on top: its heads up to the root
        down = ib - 1 if ib else len(up_b) - 1
        if max(up + down, 1) > max_path:
            return None
    up = "<".join(dep[t] for t in up_a[:ia]) or ("speaker" if source.head is None else "self")
    dn = ">".join(dep[t] for t in reversed(up_b[:ib])) or (
        "speaker" if target.head is None else "self"
    )
    # the words past the source up to the top, then those below the top down to the target;
    # when one mention heads the other (the top), its own heads up to the root: the verb it
    # is an argument of ("met Russia's foreign minister") says what the pair does
    between = []
    for t in up_a[1:]:
        between.append(tokens[t])
        if t == top:
            break
    for t in up_b[1:]:
        if t == top:
            break
        between.append(tokens[t])
    return tokens[top], f"{up}<{lemma[top]}>{dn}", tuple(between) or (tokens[top],)


def located(source: Mention, target: Mention) -> bool:
    """Whether two mentions of one country are an actor and a place named as where something
    happened ("Israel ... the raid in Jerusalem"): no act between two actors."""
    if source.country != target.country:
        return False
    return any(m.role.startswith("pobj:") and m.role[5:] in LOCATIVE for m in (source, target))


def sentence_pairs(
    mentions: list[Mention],
    sent: Span,
    max_path: int | None = None,
    no_target: bool = True,
    places: bool = True,
) -> list[Pair]:
    """Every ordered pair of distinct mentions, and each subject with no target (unless not
    ``no_target``); with ``max_path``, only the pairs with at most that many words on their
    path past the source; unless ``places``, no pair of one country :func:`located`."""
    out: list[Pair] = []
    if not mentions:
        return out
    memo: dict[int, list[int]] = {}
    root = sent.root.i if any(m.head is None for m in mentions) else None
    for a in mentions:
        for b in mentions:
            if a is b or (a.start, a.end) == (b.start, b.end):
                continue
            if not places and located(a, b):
                continue
            path = pair_path(a, b, sent, memo, root, max_path)
            if path is not None:
                out.append(Pair(a, b, *path))
        if no_target and a.role in SUBJECT_ROLES:
            out.append(Pair(a, None, *pair_path(a, None, sent, memo, root)))
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


class SentenceMemo:
    """What the pair features read from each word of one sentence, worked out once per word
    instead of once per pair the word is on (issue #9 pairs14: the same names, in the same
    order, as reading the words again for every pair)."""

    __slots__ = ("coded", "doc", "lexicon", "on_path", "root", "tops", "tuples")

    def __init__(self, doc: Document, lexicon: Lexicon, coded: list[tuple[str, str, str]]):
        self.doc, self.lexicon, self.coded = doc, lexicon, coded
        self.on_path: dict[tuple[int, bool], tuple[tuple[str, ...], frozenset[str]]] = {}
        self.tops: dict[int, tuple[str, str, tuple[str, ...], str]] = {}
        self.tuples: dict[tuple[str, str], tuple[str, ...]] = {}
        self.root: int | None = None

    def anchor(self, mention: Mention, sent: Span) -> int:
        """The index of the word a mention stands on (the sentence's root for a speaker)."""
        if mention.head is not None:
            return mention.head.i
        if self.root is None:
            self.root = sent.root.i
        return self.root

    def word(self, words: Words, i: int, is_top: bool) -> tuple[tuple[str, ...], frozenset[str]]:
        """(the names a word on the path adds, the lexicon's roots for it)."""
        key = (i, is_top)
        found = self.on_path.get(key)
        if found is not None:
            return found
        out = []
        word, pos = words.lemma[i], words.pos[i]
        if not is_top and pos in ("VERB", "NOUN", "ADJ"):
            out.append(f"pathlemma={word}")
        if pos == "ADP":
            out.append(f"prep={words.lower[i]}")
        tpos = "verb" if pos == "VERB" else "noun"
        roots = _lexicon_roots(self.lexicon, word, tpos)
        dep, lower = words.dep, words.lower
        for child in words.kids[i]:
            if dep[child] == "neg" or lower[child] in NEGATIONS:
                out.append("neg")
            elif dep[child] == "aux" and lower[child] in MODALS:
                out.append(f"modal={lower[child]}")
            elif dep[child] == "prep" and is_top:
                out.append(f"topprep={lower[child]}")
        found = (tuple(out), roots)
        self.on_path[key] = found
        return found

    def top(self, words: Words, i: int) -> tuple[str, str, tuple[str, ...], str]:
        """(lemma, part of speech, the toplex names, the speech name) of a top word."""
        found = self.tops.get(i)
        if found is None:
            lemma, tag = words.lemma[i], words.pos[i]
            pos = "verb" if tag == "VERB" else "noun"
            toplex = tuple(f"toplex={e}" for e in sorted(_lexicon_roots(self.lexicon, lemma, pos)))
            quoted = in_quote(self.doc, words.idx[i])
            speech = "quote" if quoted else "reported" if words.reported(i) else "plain"
            found = (lemma, tag, toplex, f"speech={speech}")
            self.tops[i] = found
        return found

    def coded_names(self, here: tuple[str, str]) -> tuple[str, ...]:
        found = self.tuples.get(here)
        if found is None:
            coded = self.coded
            mine = sorted({r for s, t, r in coded if (s, t) == here})
            out = [f"coded={r}" for r in mine] or ["coded=nothing"]
            if not coded:
                out.append("sentcoded=nothing")
            else:
                out += [f"sentcoded={r}" for r in sorted({r for _, _, r in coded})]
                if any(s == here[0] for s, _, _ in coded):
                    out.append("coded_src")
            found = tuple(out)
            self.tuples[here] = found
        return found


def pair_features(
    pair: Pair,
    sent: Span,
    doc: Document,
    lexicon: Lexicon,
    coded: list[tuple[str, str, str]],
    memo: SentenceMemo | None = None,
) -> list[str]:
    """The sparse feature names of one pair (stable: the weights are keyed by them).
    ``coded``: (source country, target country, root) of each event the rule coder coded in
    the sentence, before the precision filter. The first name is the top word's lemma.
    ``memo``: the sentence's words read once for all its pairs (made here when None)."""
    if memo is None:
        memo = SentenceMemo(doc, lexicon, coded)
    words = words_of(sent.doc)
    top_i = pair.top.i
    lemma, top_pos, toplex, speech = memo.top(words, top_i)
    src, tgt = pair.source, pair.target
    tgt_role = tgt.role if tgt else "none"
    roles = f"{src.role}|{tgt_role}"
    out = [
        f"top={lemma}",
        f"toppos={top_pos}",
        f"top|pos={lemma}|{top_pos}",
        f"path={pair.path}",
        f"roles={roles}",
        f"top|roles={lemma}|{roles}",
        f"src={src.role}",
        f"tgt={tgt_role}",
        f"srcsec={src.code[3:6] or 'country'}",
        f"tgtsec={(tgt.code[3:6] or 'country') if tgt else 'none'}",
    ]
    if tgt is None:
        out.append("notarget")
    else:
        out.append("same_country" if src.country == tgt.country else "two_countries")
        out.append("order=" + ("src_first" if src.start < tgt.start else "tgt_first"))
        a, b = memo.anchor(src, sent), memo.anchor(tgt, sent)
        out.append(f"dist={_bucket(abs(a - b) // 2)}")
    tokens = pair.between or (pair.top,)
    out.append(f"pathlen={_bucket(len(tokens))}")
    roots: set[str] = set()
    for tok in tokens:
        i = tok.i
        names, found = memo.word(words, i, i == top_i)
        out += names
        roots |= found
    out += [f"lex={r}" for r in sorted(roots)] or ["lex=none"]
    out += toplex
    out.append(speech)
    out += memo.coded_names(pair.countries)
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
    sent: Span,
    doc: Document,
    resolver: ActorResolver,
    lexicon: Lexicon,
    coded: list[Event],
    max_path: int | None = None,
    found: dict[int, tuple[str, int, int]] | None = None,
    no_target: bool = True,
    places: bool = True,
    guards: frozenset[str] | None = None,
) -> tuple[list[Pair], list[list[str]], np.ndarray]:
    """The sentence's pairs, their features and top-word vectors (training and inference);
    ``found``: the document's mentions (:func:`document_mentions`; None: the resolver's).
    ``guards``: None, no flags worked out; else each pair carries its :func:`pair_flags` and
    one flagged with a guard of ``guards`` is left out (issue #9 pairs16)."""
    mentions = sentence_mentions(sent, doc, resolver, found)
    pairs = sentence_pairs(mentions, sent, max_path, no_target, places)
    if not pairs:
        return [], [], np.zeros((0, VECTOR_WIDTH))
    tuples = coded_tuples(coded)
    memo = SentenceMemo(doc, lexicon, tuples)
    rows = [pair_features(p, sent, doc, lexicon, tuples, memo) for p in pairs]
    if guards is not None:
        entities = document_entities(doc)
        pairs = [
            replace(p, flags=pair_flags(p, r, entities)) for p, r in zip(pairs, rows, strict=True)
        ]
        if guards:
            keep = [n for n, p in enumerate(pairs) if not p.flags & guards]
            pairs, rows = [pairs[n] for n in keep], [rows[n] for n in keep]
            if not pairs:
                return [], [], np.zeros((0, VECTOR_WIDTH))
    return pairs, rows, pair_vectors(sent, pairs)


# -- guards against the wrong kinds of pair event (issue #9 pairs16) ---------------------------


def arms(path: str) -> tuple[str, str]:
    """(the source's label just under the top word, the target's) of a path string
    (``dobj<applaud>nsubj`` -> dobj, nsubj); "self" for a mention that is the top word,
    "speaker" for a quote's speaker, "" for no target."""
    up = path.split("<")
    down = up[-1].split(">")
    return (up[-2] if len(up) > 1 else ""), (down[1] if len(down) > 1 else "")


def document_entities(doc: Document) -> list[tuple[int, int, int]]:
    """(start, end, entity) of each mention of the document's entity graph (kept for the
    last document asked)."""
    if _ENTITIES[0] is not doc:
        _ENTITIES[0] = doc
        _ENTITIES[1] = [(m.start, m.end, m.entity) for m in doc.mentions or ()]
    return _ENTITIES[1]


_ENTITIES: list[Any] = [None, []]


def _entities_at(mention: Mention, entities: list[tuple[int, int, int]]) -> set[int]:
    at = mention.head.idx if mention.head is not None else mention.start
    return {e for s, end, e in entities if s <= at < end}


@datafiles.cached
def trigger_lemmas() -> frozenset[str]:
    """The lemmas the learned proposer was trained to score (``events/proposer.json``): the
    words the gold marks as triggers often enough."""
    from redline.events.proposer import load_proposer

    model = load_proposer()
    return frozenset(model.lemmas or ()) if model is not None else frozenset()


def pair_flags(pair: Pair, names: list[str], entities: list[tuple[int, int, int]]) -> frozenset:
    """The guards (:data:`GUARDS`) that would leave ``pair`` out, read off its feature
    ``names`` (the path, the top word and the lexicon's roots for it) and the entity graph's
    mentions ``entities``: "one", "top", "reversed"."""
    out = set()
    source_arm, target_arm = arms(pair.path)
    target = pair.target
    if "self" in (source_arm, target_arm) or (
        target is not None
        and bool(_entities_at(pair.source, entities) & _entities_at(target, entities))
    ):
        out.add("one")
    if not any(n.startswith("toplex=") for n in names) and names[0][4:] not in trigger_lemmas():
        out.add("top")
    if target_arm in DOER_ARMS and source_arm not in DOER_ARMS:
        out.add("reversed")
    return frozenset(out)


# -- events -------------------------------------------------------------------------------------


def pair_event(sent: Span, doc: Document, pair: Pair, root: str, p: float) -> Event:
    """The event of one pair: at the path's top word, its mode from the words on it."""
    from redline.events.cameo import load_cameo
    from redline.events.coder import _asked, coded_event

    code = load_cameo()[f"{root}0"]
    top = pair.top
    words = {c.lower_ for c in top.children} | {c.dep_ for c in top.children}
    negated = "neg" in words or bool(words & NEGATIONS)
    conditional = bool(words & MODALS) or any(
        c.dep_ == "mark" and c.lower_ == "if" for c in top.children
    )
    asked = _asked(top)  # "Will Germany meet Poland's demands?": asked, as the coder marks it
    start, end = top.idx, top.idx + len(top.text)
    rule = f"pairs:{root} p={p:.2f} path={pair.path}" + (f"; {asked}" if asked else "")
    conditional = conditional or bool(asked)
    return coded_event(
        sent, doc, code, pair.source, pair.target, start, end, negated=negated,
        conditional=conditional, reported_by=None, rule=rule, confidence=None,
    )  # fmt: skip


# -- what the precision filter reads of a pair event (issue #9 pairs14) ------------------------


def pair_filter_features(names: list[str], root: str, p: float) -> dict[str, float]:
    """The precision filter's features of a pair event, read off the pair's own feature
    ``names`` (so the trainer, which keeps the names, makes the same ones) and what the pair
    model said (its root, how sure it was): the path, the top word (with the root), the roles,
    no target, the speech, negation or a modal on the path, and whether the rule coder coded
    the pair's countries before the filter, with this root or another."""
    out: dict[str, float] = {"pair": 1.0, f"root={root}": 1.0, f"pair|root={root}": 1.0,
                             f"pair_p={min(int(p * 10), 9)}": 1.0}  # fmt: skip
    coded = []
    for name in names:
        key, _, value = name.partition("=")
        if key in ("path", "roles", "speech"):
            out[f"pair_{key}={value}"] = 1.0
        elif key == "top":
            out[f"pair_top={value}"] = 1.0
            out[f"pair_top|root={value}|{root}"] = 1.0
        elif key == "coded" and value != "nothing":
            coded.append(value)
        elif name in ("notarget", "same_country", "neg"):
            out[f"pair_{name}"] = 1.0
        elif key == "modal":
            out["pair_modal"] = 1.0
    if root in coded:
        out["pair_coded_same_root"] = 1.0
    elif coded:
        out["pair_coded_other_root"] = 1.0
    else:
        out["pair_uncoded"] = 1.0
    return out


def scores_pairs(model: Any) -> bool:
    """Whether a precision filter was trained on pair events (it knows the ``pair`` feature);
    one that was not leaves them unscored, as before issue #9 pairs14."""
    return model is not None and "pair" in getattr(model, "weights", {})


def sentence_candidates(
    doc: Document,
    resolver: ActorResolver,
    lexicon: Lexicon,
    coded: list[Event],
    max_path: int | None = None,
    mentions: str = "lists",
    no_target: bool = True,
    places: bool = True,
    guards: frozenset[str] | None = None,
) -> Iterator[tuple[Span, list[Pair], list[list[str]], np.ndarray]]:
    """(sentence, its pairs, their features, their top words' vectors) for each sentence of
    ``doc`` with a pair; ``coded``: every event the rule coder coded (before the filter);
    ``max_path``: the longest path a pair may have (words past the source; None: any);
    ``mentions``: "lists" (the document's own mention lists, :func:`document_mentions`) or
    "resolver" (every candidate word resolved: issue #9 pairs13-14); ``no_target``: also
    each subject with no target; ``guards``: :func:`sentence_examples`'s."""
    parsed = doc.parsed
    if parsed is None:
        return
    found = document_mentions(doc, resolver) if mentions == "lists" else None
    for sent in sentence_spans(parsed):
        lo, hi = sent.start_char, sent.end_char
        if not doc.text[lo:hi].strip():
            continue
        here = [e for e in coded if lo <= _at(e) < hi]
        pairs, rows, vectors = sentence_examples(
            sent, doc, resolver, lexicon, here, max_path, found, no_target, places, guards
        )
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
    *,
    precision: Any = None,
    min_confidence: float = 0.0,
    scored: list[tuple[Event, dict[str, float]]] | None = None,
) -> list[Event]:
    """The pair model's events of ``doc``: for each sentence, its pairs whose best root reaches
    the model's threshold (one event per tuple a sentence, the likeliest) and whose tuple is
    not among the sentence's ``emitted`` events. ``coded``: every event the rule coder coded
    (before the precision filter), a feature of the pairs.

    ``precision``: the precision filter; when it was trained on pair events
    (:func:`scores_pairs`) each pair event gets its confidence from it and is kept only at
    ``min_confidence`` or more. ``scored`` collects every pair event kept with its filter
    features, also those whose tuple the sentence already emitted (the filter's training
    data: the same candidates whatever the rule coder kept). The model's ``max_path`` (meta)
    limits the pairs to those it was trained on, its ``mentions`` (meta: "lists" or
    "resolver", the default) says where their mentions come from (:func:`document_mentions`),
    its ``unscored`` (meta) is the threshold when the filter does not score pair events, and
    its ``no_target`` (meta, default true) whether a subject alone is a pair, its ``places``
    (meta, default true) whether a pair may be :func:`located`, its ``guards`` (meta, default
    none) the :data:`GUARDS` that leave a pair out (issue #9 pairs16)."""
    max_path = model.meta.get("max_path")  # what the model was trained on
    mentions = model.meta.get("mentions", "resolver")
    no_target = model.meta.get("no_target", True)
    places = model.meta.get("places", True)
    guards = frozenset(model.meta["guards"]) if model.meta.get("guards") else None
    try:
        found = list(
            sentence_candidates(
                doc, resolver, lexicon, coded, max_path, mentions, no_target, places, guards
            )
        )
    finally:
        _WORDS[0] = None  # the parse and the document are not kept past the document
        _MARKS[0] = None
        _ENTITIES[0] = None
    if not found:
        return []
    rows = [r for _, _, rr, _ in found for r in rr]
    probs = model.probabilities(rows, np.concatenate([v for _, _, _, v in found]))
    scoring = scores_pairs(precision)
    # a filter that does not know pair events leaves them unscored: the model's own higher
    # threshold for that case, when it has one (issue #9 pairs15)
    threshold = model.threshold if scoring else model.meta.get("unscored", model.threshold)
    best_root = probs[:, :-1].argmax(axis=1)  # each pair's likeliest root, all at once
    reach = (probs[np.arange(len(best_root)), best_root] >= threshold).tolist()
    best_root = best_root.tolist()
    out: list[Event] = []
    at = 0
    for sent, pairs, names, _ in found:
        first, at = at, at + len(pairs)
        if not any(reach[first:at]):
            continue
        lo, hi = sent.start_char, sent.end_char
        done = set(coded_tuples([e for e in emitted if lo <= _at(e) < hi]))
        best: dict[tuple[str, str, str], tuple[float, int]] = {}
        for n in range(len(pairs)):
            if not reach[first + n]:
                continue
            k = best_root[first + n]
            p = probs[first + n, k]
            key = (*pairs[n].countries, ROOTS[k])
            if key in best and best[key][0] >= p:
                continue
            best[key] = (float(p), n)
        for key, (p, n) in sorted(best.items(), key=lambda kv: pairs[kv[1][1]].top.i):
            event = pair_event(sent, doc, pairs[n], key[2], p)
            if scoring or scored is not None:
                feats = pair_filter_features(names[n], key[2], p)
                if scoring:
                    event = replace(event, confidence=precision.confidence(feats))
                    if event.confidence < min_confidence:
                        continue
                if scored is not None:
                    scored.append((event, feats))
            if key not in done:
                out.append(event)
    return out


def empty_model(threshold: float = 2.0) -> ProposerModel:
    """A model that never fires (training: the pairs are recorded, not scored)."""
    n = len(CLASSES)
    return ProposerModel({}, np.zeros((0, n)), np.zeros((0, n)), np.zeros(n), threshold, {})
