"""The event coder: lexicon frames matched on the dependency parse, one event per actor pair.

For each sentence:

1. every verb (and eventive noun) whose lemma is in the lexicon is tried against its entries;
   the most specific entry whose frame is present (object, particle, preposition, "to ..."
   complement, words in the complement clause) wins;
2. the source is the subject (the "by" agent in the passive; for "to ..." complements and
   coordinated verbs, the subject or object of the governing verb), the target the argument the
   entry names; coordinated actors expand into one event per pair, reciprocal entries both ways;
3. negation (not, never, failed to), conditional/hypothetical framing (if, would, wants to) and
   reported speech (a quote around the sentence, or a "said that ..." clause) are flagged;
4. framing turns the action into the statement it is: announced ("will visit": 03x/13x),
   refused, demanded ("said Y must ...", "demanded that Y ..."), urged ("urged Y to ...") or
   threatened ("threatened to ..."); the framing verbs are data (``governors.tsv``);
5. events inside other events follow one policy (see :func:`code_sentence`): what a claim says is
   the claim, background clauses (relative, participle, temporal, purpose) yield to a higher
   clause's event, and a plain statement (010) yields to anything more specific;
6. each event records the lexicon entry and argument rules that fired.

The stages live in :mod:`redline.events.coding` (one module each, imported in one
direction); this module keeps the entry points and re-exports what callers take from it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy

from redline import datafiles
from redline.events.accusation import accusation_events
from redline.events.arguments import ActorResolver
from redline.events.coding.clauses import (
    _handed_thing,
    _is_naming,
    _legislation,
    _parse_memo,
    _same_side,
    _talks_between,
)
from redline.events.coding.concluded import (
    calming_targets,
    concluded_accusers,
    denial_targets,
    reply_targets,
    target_from,
)
from redline.events.coding.context import _names_its_object
from redline.events.coding.denials import _speaker_argument
from redline.events.coding.flags import _asked, condition_clause, is_conditional, is_negated
from redline.events.coding.frames import _variants, best_match, lemma_variants, match_entry
from redline.events.coding.guards import (
    _contacts_with_a_country,
    _content_tokens,
    _fiscal_ask,
    _home_legislature,
    _inside_condition,
    _question_content,
    _setting_with_partner,
    _trigger_tokens,
    one_per_tuple,
)
from redline.events.coding.nesting import (
    _kept_background,
    _known,
    _own_act_clause,
    speech_participle,
    statement_depth,
)
from redline.events.coding.output import (
    _antecedent_spans,
    code_columns,
    coded_event,
    sentence_numbers,
)
from redline.events.coding.partners import _partner_complement
from redline.events.coding.rescues import _has_modal_words, _home_promiser, _modal_entry
from redline.events.coding.sentence import (
    LOWER_CLAUSE_FLOOR,
    LOWER_CLAUSE_NOTE,
    STANDING_TIE_ROOTS,
    clears,
    code_sentence,
    required_confidence,
)
from redline.events.coding.sides import _fronted_subject, find_source
from redline.events.coding.speech import _accused_targets
from redline.events.coding.trigger_events import BILL_JUDGING_ROOTS, NO_EVENT_CODES, _events_for
from redline.events.coding.vocabulary import Match
from redline.events.filter import load_filter
from redline.events.judgement import JudgementModel, judgement_events, load_judgement
from redline.events.lexicon import Lexicon, load_lexicon
from redline.events.pairs import load_pairs_model, pair_events
from redline.events.proposer import ProposerModel, load_proposer, proposals
from redline.model import Document, Event
from redline.nlp.arrays import keys_of, one_of
from redline.nlp.parse import sentence_spans

# -- the stage --------------------------------------------------------------------------------


@datafiles.cached  # the active config's book; another config's is built when it is activated
def _default_book():
    try:
        from redline.actors import load_actors
    except ImportError:  # the actors stage is optional: code events without actor codes
        return None
    return load_actors()


def make_event_coder(
    *,
    book: Any | None = None,
    lexicon: Lexicon | None = None,
    use_book: bool = True,
    min_confidence: float | None = None,
    keep_unresolved: bool = False,
    features_out: list[tuple[Event, dict[str, float]]] | None = None,
    proposer: bool | ProposerModel = False,
    pairs: bool | ProposerModel = False,
    judgement: bool | JudgementModel = False,
    accusations: bool = True,
) -> Callable[[Document], Document]:
    """A ``Document -> Document`` stage with its own actor book and lexicon (for extensions).

    ``min_confidence``: events the precision filter scores lower are dropped (None: the
    model's own threshold, 0: keep all); ``keep_unresolved``: keep events with neither actor
    resolved; ``features_out``: collects each kept event with its filter features (training);
    ``proposer``: also code the triggers the learned proposer suggests where no lexicon entry
    matched (True: the shipped model, or a model given; see ``redline.events.proposer``);
    ``pairs``: also code the actor pairs the learned pair model scores (see
    ``redline.events.pairs``); ``judgement``: also the judgements the learned classifier of
    evaluative statements finds in attributed quotes (see ``redline.events.judgement``);
    ``accusations``: also a speaker's accusation of the wrongs reported in their words (a
    violation told of another: see ``redline.events.accusation``)."""

    def stage(doc: Document) -> Document:
        actor_book = book if book is not None else (_default_book() if use_book else None)
        doc.events = code_document(
            doc,
            actor_book,
            lexicon or load_lexicon(),
            min_confidence=min_confidence,
            keep_unresolved=keep_unresolved,
            features_out=features_out,
            proposer=proposer,
            pairs=pairs,
            judgement=judgement,
            accusations=accusations,
        )
        return doc

    return stage


def code_events(doc: Document) -> Document:
    """Pipeline stage: fill ``doc.events`` from the parse (``doc.parsed``); no parse, no change."""
    if doc.parsed is None:
        return doc
    doc.events = code_document(doc, _default_book(), load_lexicon())
    return doc


def code_document(
    doc: Document,
    book: Any | None,
    lexicon: Lexicon,
    *,
    min_confidence: float | None = None,
    keep_unresolved: bool = False,
    features_out: list[tuple[Event, dict[str, float]]] | None = None,
    proposer: bool | ProposerModel = False,
    pairs: bool | ProposerModel = False,
    judgement: bool | JudgementModel = False,
    accusations: bool = True,
) -> list[Event]:
    """Every event in ``doc`` (sentence order; within a sentence the main clause first).

    Events with neither actor resolved to an actor code are dropped unless
    ``keep_unresolved``; events the precision filter scores below ``min_confidence`` (default:
    the model's threshold) are dropped. ``accusations``: also the speaker's 112 for the wrongs
    reported in attributed quotes (``redline.events.accusation``)."""
    from redline.quotes.actors import quotes_for_events

    told = doc.quotes
    doc.quotes = quotes_for_events(told)  # issue #10 actors55: no event from a default code
    try:
        return _code_document(
            doc,
            book,
            lexicon,
            min_confidence=min_confidence,
            keep_unresolved=keep_unresolved,
            features_out=features_out,
            proposer=proposer,
            pairs=pairs,
            judgement=judgement,
            accusations=accusations,
        )
    finally:
        doc.quotes = told


def _code_document(
    doc: Document,
    book: Any | None,
    lexicon: Lexicon,
    *,
    min_confidence: float | None,
    keep_unresolved: bool,
    features_out: list[tuple[Event, dict[str, float]]] | None,
    proposer: bool | ProposerModel,
    pairs: bool | ProposerModel,
    judgement: bool | JudgementModel,
    accusations: bool,
) -> list[Event]:
    """:func:`code_document` on the quotes as the event coder reads them."""
    parsed = doc.parsed
    if parsed is None:
        return []
    mend_lemmas(parsed)
    resolver = ActorResolver(
        book, doc.text, doc.published, doc.quotes, dateline=doc.dateline, mentions=doc.mentions
    )
    features: dict[int, dict[str, float]] = {}
    events: list[Event] = []
    proposing = load_proposer() if proposer is True else proposer or None
    for sent in sentence_spans(parsed):
        if not doc.text[sent.start_char : sent.end_char].strip():  # not Span.text: no tokens
            continue
        events.extend(
            code_sentence(sent, doc, resolver, lexicon, features_out=features, proposer=proposing)
        )
    model = load_filter()
    events = denial_targets(events, features, model)
    events = concluded_accusers(events, features, model, parsed, resolver)
    events = reply_targets(events, features, model)
    events = calming_targets(events, features, model)
    events = _accused_targets(events)
    every = events
    if not keep_unresolved:
        events = [e for e in events if _known(e.source_actor) or _known(e.target_actor)]
    if min_confidence is None:
        min_confidence = model.threshold if model is not None else 0.0
    # collecting the filter's examples keeps every candidate: the trainer applies the floor
    floor = features_out is None
    events = [e for e in events if clears(e, min_confidence, floor=floor)]
    pairing = load_pairs_model() if pairs is True else pairs or None
    scored: list[tuple[Event, dict[str, float]]] = []
    if pairing is not None:  # issue #9 pairs13: the tuples the filter did not keep
        # issue #9 pairs14: a filter trained on pair events scores them (one threshold for all)
        keep = scored if features_out is not None else None
        made = pair_events(doc, resolver, lexicon, pairing, every, events, precision=model,
                           min_confidence=min_confidence, scored=keep)  # fmt: skip
        if features_out is not None:
            # every pair event kept, with its filter features, also one whose tuple a rule
            # event of the sentence already gave (the filter learns from all of them)
            features_out.extend((e, features.get(id(e), {})) for e in events)
            features_out.extend(scored)
            return events + made
        events = events + made
    judging = load_judgement() if judgement is True else judgement or None
    # the added judgements and accusations complete what the filter keeps at its own
    # threshold, also when this call keeps every event
    cut = model.threshold if model is not None else 0.0
    if judging is not None and features_out is None:
        # issue #9 judge40: tuples the kept events lack, judged by the learned classifier
        events = events + judgement_events(
            doc, parsed, judging, [e for e in events if clears(e, cut)]
        )
    if accusations and features_out is None:
        # issue #9 accuse40: a wrong (a violation) told by a speaker of another actor is the
        # speaker's accusation (112), for the tuples the kept events lack
        events = events + accusation_events(
            doc, parsed, every, [e for e in events if clears(e, cut)]
        )
    if features_out is not None:
        features_out.extend((e, features.get(id(e), {})) for e in events)
    return events


@datafiles.cached
def _lemma_slips() -> dict[str, list[tuple[str, str]]]:
    """Word form -> (right lemma, the tag it applies to or "") pairs: the forms the lemmatizer
    gets wrong (events/lemma_slips.tsv)."""
    slips: dict[str, list[tuple[str, str]]] = {}
    for row in datafiles.rows("events/lemma_slips.tsv"):
        if len(row) > 1:
            slips.setdefault(row[0].lower(), []).append((row[1], row[2] if len(row) > 2 else ""))
    return slips


_SLIP_KEYS: list = [None, None]  # (the lemma slips table, its keys as _lemma_slip_keys gives)


def _lemma_slip_keys(slips: dict) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The string hashes (``LOWER``) of the lemma slips' forms, and of the two "'d" forms, as
    :func:`redline.nlp.arrays.one_of` searches them: made again when the table is read again."""
    if _SLIP_KEYS[0] is not slips:
        from spacy.strings import hash_string

        _SLIP_KEYS[:] = [
            slips,
            (
                keys_of(hash_string(form) for form in slips),
                keys_of(hash_string(form) for form in ("'d", "’d")),
            ),
        ]
    return _SLIP_KEYS[1]


def mend_lemmas(parsed: Any) -> None:
    """issue #9 roots30: set the right lemma on the word forms spaCy lemmatizes wrongly ("hoped"
    -> "hop", the curly-apostrophe contractions "we’ll", "he’s" left unlemmatized), so the
    verb lists keyed by lemma see them; a no-op on a mended parse."""
    slips = _lemma_slips()
    slip_keys, had_keys = _lemma_slip_keys(slips)
    # only the tokens whose lower-cased form is a key, found in the parse's LOWER column (the
    # same tokens, in the same order, as a walk over every token asking ``tok.lower_``)
    lowers = parsed.to_array("LOWER")
    for i in numpy.flatnonzero(one_of(lowers, slip_keys)).tolist():
        tok = parsed[i]
        rows = slips.get(tok.lower_)
        if rows is None:
            continue
        right = next((lemma for lemma, tag in reversed(rows) if not tag or tag == tok.tag_), None)
        if right is not None and tok.lemma_ != right:
            tok.lemma_ = right
    for i in numpy.flatnonzero(one_of(lowers, had_keys)).tolist():
        tok = parsed[i]
        # issue #9 codes49: "who'd previously endorsed Bush", "he'd been named": "'d" before a
        # past participle with no bare "be" or "have" of its own is "had", no "would" (so no
        # intent and no hypothetical); "I'd be named", "he'd have won", "he'd endorse" keep it
        if tok.lower_ not in ("'d", "’d") or tok.dep_ != "aux":
            continue  # the form first: no head looked up for every other token
        head = tok.head
        if (
            head.tag_ in ("VBN", "VBD")  # the parser tags some as a past tense
            and head.lower_ != head.lemma_.lower()  # "I'd beat him", "I'd put it": "would"
            and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VB" for c in head.children)
        ):
            tok.lemma_ = "have"


__all__ = [
    "BILL_JUDGING_ROOTS",
    "LOWER_CLAUSE_FLOOR",
    "LOWER_CLAUSE_NOTE",
    "Match",
    "NO_EVENT_CODES",
    "STANDING_TIE_ROOTS",
    "_antecedent_spans",
    "_asked",
    "_contacts_with_a_country",
    "_content_tokens",
    "_default_book",
    "_events_for",
    "_fiscal_ask",
    "_fronted_subject",
    "_handed_thing",
    "_has_modal_words",
    "_home_legislature",
    "_home_promiser",
    "_inside_condition",
    "_is_naming",
    "_kept_background",
    "_known",
    "_legislation",
    "_modal_entry",
    "_names_its_object",
    "_own_act_clause",
    "_parse_memo",
    "_partner_complement",
    "_question_content",
    "_same_side",
    "_setting_with_partner",
    "_speaker_argument",
    "_talks_between",
    "_trigger_tokens",
    "_variants",
    "accusation_events",
    "best_match",
    "clears",
    "code_columns",
    "code_document",
    "code_events",
    "coded_event",
    "condition_clause",
    "find_source",
    "is_conditional",
    "is_negated",
    "lemma_variants",
    "load_filter",
    "make_event_coder",
    "match_entry",
    "mend_lemmas",
    "one_per_tuple",
    "pair_events",
    "proposals",
    "required_confidence",
    "sentence_numbers",
    "speech_participle",
    "statement_depth",
    "target_from",
]
