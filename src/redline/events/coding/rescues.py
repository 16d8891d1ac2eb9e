"""Acts the lexicon's frames missed, rescued by ``_events_for``: a modal's act
(``_unmatched_acts``, obligations, wants, own denials, time for), measures that reach or
are allowed, agreements and commitments (``_unmatched_agreements``,
``_unmatched_commitments``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from redline.actors import ActorMatch
from redline.events.arguments import ActorResolver, Argument, has_to_infinitive, phrase_span
from redline.events.coding.clauses import (
    _complements,
    _is_passive,
    _of_object,
    _parse_memo,
    _prep_object,
    _sentence_has,
    _sentence_tokens_where,
)
from redline.events.coding.flags import _needed_act, _predicted_need, _time_for
from redline.events.coding.frames import match_entry
from redline.events.coding.guards import _clause_verbs, _content_tokens, _two_sides
from redline.events.coding.nesting import (
    _wanting,
    _wants_another_to,
    _wants_to_see,
    framing_governor,
)
from redline.events.coding.sides import _noun_source
from redline.events.coding.vocabulary import (
    COMMIT_ENTRY,
    COMMIT_YIELD_ENTRY,
    CONSIDER_CODE,
    CONSIDER_VERBS,
    COURT_ACTIONS,
    DEFINITE,
    DENIAL_CODE,
    FINITE_TAGS,
    MEASURE_REACH,
    OBLIGATION_ENTRY,
    SHOULD_ENTRY,
    SUBJECT_DEPS,
    TIME_FOR_ENTRY,
    Match,
)
from redline.events.lexicon import Lexicon, LexiconEntry
from redline.nlp.arrays import has_position_in, one_of
from redline.nlp.literals import may_contain

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# issue #9 readout13: verbs of belief and feeling, which "should" or "must" asks of no actor
MENTAL_VERBS = frozenset(
    {"believe", "understand", "realise", "realize", "remember", "feel", "think", "wonder",
     "doubt", "trust", "imagine", "suppose",
     # issue #9 roots21: "Americans shouldn't worry about it": a feeling, no act asked
     "worry"}
)  # fmt: skip
# issue #9 roots21: "must remain focused", "must not remain reliant on": a state to keep, no act
# demanded; "the investigation must continue": an inquiry, no actor, is asked nothing
STATE_VERBS = frozenset({"remain", "stay"})
INQUIRY_SUBJECTS = frozenset({"investigation", "probe", "inquiry"})


# issue #9 read31: "officers should have treated all passengers alike", "why the BBC should be
# joining the Tories": what someone should have done, or is asked why they should do, is a
# reproach of their conduct (criticism, CRITICISM_CODE), no appeal to act


def _reproach(verb: Token) -> str:
    """The word that makes a "should" a reproach: the perfect's "have" ("should have treated")
    or a "why" asking it ("why the BBC should be joining"), else "". Not "should have done more":
    the pro-verb names no act, and the phrase is mostly owned up to by one's own side ("the
    company should have done more", said by its counsel)."""
    if verb.lemma_.lower() == "do":
        return ""
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in ("have", "'ve") and child.i > verb.i - 3:
            return child.text
        if child.dep_ == "advmod" and child.lower_ == "why" and child.i < verb.i:
            return child.text
    return ""


def _modal_entry(tok: Token) -> LexiconEntry | None:
    """The obligation entry for a verb under "must" (a demand) or "should" / "needs to" (an
    appeal) with a subject of its own (or of "need"), else None."""
    if any(c.dep_ == "aux" and c.lower_ == "must" for c in tok.children):
        entry, holder = OBLIGATION_ENTRY, tok
    elif any(c.dep_ == "aux" and c.lower_ == "should" for c in tok.children):
        entry, holder = SHOULD_ENTRY, tok
    elif _needed_act(tok) and not _predicted_need(tok.head):
        entry, holder = SHOULD_ENTRY, tok.head
    else:
        return None
    if entry is SHOULD_ENTRY and _is_passive(tok):
        return None  # "the bill should be passed": no one named is urged
    if tok.lemma_.lower() in MENTAL_VERBS:
        # issue #9 readout13: "the people who doubted us should now believe we were innocent":
        # what one should believe or feel is a wish about minds, no act asked of anyone ("should
        # know better" reproaches, and stays)
        return None
    if tok.lemma_.lower() in STATE_VERBS and any(c.dep_ == "acomp" for c in tok.children):
        return None
    if any(
        c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in INQUIRY_SUBJECTS for c in holder.children
    ):
        return None
    if entry is OBLIGATION_ENTRY and (
        tok.lemma_.lower() == "be"
        or any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children)
    ):
        # issue #9 precision10: "the person must be your favorite guy", "he must have done it
        # via wifi": what must be so or must have happened is an inference, no demand
        return None
    if not any(c.dep_ in (*SUBJECT_DEPS, "nsubjpass") for c in holder.children):
        return None
    return entry


def _modal_keys() -> tuple[Any, Any]:
    """The string ids _has_modal_words looks for: the forms "must" and "should", and every
    spelling of the lemma "need" whose lowercase is "need" (all 16 casings), sorted for one_of."""
    from itertools import product

    from spacy.strings import get_string_id

    from redline.nlp.arrays import keys_of

    casings = ("".join(c) for c in product(*((ch, ch.upper()) for ch in "need")))
    return (
        keys_of([get_string_id("must"), get_string_id("should")]),
        keys_of(get_string_id(word) for word in casings),
    )


_MODAL_KEYS: list = []  # _modal_keys(), made on first use (no spaCy import when loaded)


def _has_modal_words(sent: Span) -> bool:
    """Whether ``sent`` has a word _modal_entry needs: "must" or "should" (its test for each
    verb's auxiliaries) or a word whose lemma is "need". The parse's words are found once from
    its arrays; a verb's auxiliaries and head are in its own sentence."""
    memo = _parse_memo(sent)
    key = ("modal words", -1)
    where = memo.get(key)
    if where is None:
        import numpy
        from spacy.attrs import LEMMA, LOWER

        if not _MODAL_KEYS:
            _MODAL_KEYS.extend(_modal_keys())
        rows = sent.doc.to_array([LOWER, LEMMA])
        marks = one_of(rows[:, 0], _MODAL_KEYS[0]) | one_of(rows[:, 1], _MODAL_KEYS[1])
        where = memo[key] = numpy.flatnonzero(marks).tolist()
    return has_position_in(sent, where)


# issue #9 speed55: the ``_unmatched_*`` finders that read only the tokens of a few lemmas or
# of one form (most sentences have none) first ask whether the sentence has one, from the
# parse's arrays (``_sentence_has``, ``_rescue_lemmas``: no token built but those): a finder
# whose word the sentence lacks would pass over every token, so the gate changes no answer
AGREE_DISCUSS = frozenset({"agree", "discuss"})


def _is_time(lower: str) -> bool:
    return lower == "time"


def _rescue_lemma(lemma: str) -> bool:
    return lemma.lower() in RESCUE_LEMMAS


def _rescue_lemmas(sent: Span) -> frozenset[str]:
    """The lemmas (lower-cased) of ``sent``'s tokens that a gated finder reads: "do", "agree",
    "discuss" and the commitment verbs (RESCUE_LEMMAS)."""
    found = _sentence_tokens_where(sent, "rescue lemmas", "LEMMA", _rescue_lemma, fixed=True)
    return frozenset(t.lemma_.lower() for t in found)


def _unmatched_acts(
    sent: Span,
    matches: list[Match],
    taken: set[int],
    entry_for: Callable[[Token, set[int]], LexiconEntry | None],
    parts: tuple[str, ...] = ("VERB",),
    tokens: list[Token] | None = None,
) -> list[Match]:
    """The loop the ``_unmatched_*`` finders share: each content token of ``parts`` that no
    match triggers and ``taken`` leaves free, read as the event of ``entry_for(token, seen)``
    (None: no event) on that token alone; ``seen`` is the triggers and ``taken``. ``tokens``:
    the content tokens to walk, when ``entry_for`` reads only some (default: all)."""
    seen = {m.trigger.i for m in matches} | taken
    return [
        Match(entry=entry, score=1, trigger=tok, holder=tok)
        for tok in (_content_tokens(sent) if tokens is None else tokens)
        if tok.i not in seen and tok.pos_ in parts and (entry := entry_for(tok, seen)) is not None
    ]


def _unmatched_obligations(sent: Span, matches: list[Match], taken: set[int]) -> list[Match]:
    """Verbs under "must", "should" or "need to" with a subject, in what someone says, that no
    entry matched."""
    if not _has_modal_words(sent):
        return []  # no "must", "should" or "need": _modal_entry finds nothing
    return _unmatched_acts(sent, matches, taken, lambda tok, _: _modal_entry(tok), ("VERB", "AUX"))


def _unmatched_time_for(sent: Span, matches: list[Match], taken: set[int]) -> list[Match]:
    """Acts no entry matched that it is "time for" someone to do: the speaker's appeal."""
    if not _sentence_has(sent, "rescue: the form time", "LOWER", _is_time, fixed=True):
        return []  # (speed55: the loop below reads only a content token "time")
    seen = {m.trigger.i for m in matches} | taken
    out = []
    for tok in _content_tokens(sent):
        if tok.lower_ != "time" or tok.pos_ != "NOUN":
            continue
        for verb in tok.children:
            if verb.i not in seen and verb.pos_ in ("VERB", "AUX") and _time_for(verb):
                out.append(Match(entry=TIME_FOR_ENTRY, score=1, trigger=verb, holder=verb))
    return out


# issue #9 recallb: "Xi wanted Pyongyang to denuclearize", "pressed Republican leaders to
# consider a spending bill", "advised the party to come up with an agenda": wanting, pressing or
# advising another to act is an appeal to them (020) even when the act has no entry; the one
# who wants or presses is the source
APPEAL_ENTRY = LexiconEntry(
    code="020",
    pos="verb",
    lemmas=("wants|presses T to",),
    target="none",
    pattern="S wants / presses T to ... (an appeal, the act not in the lexicon)",
    origin="appeal to act",
)
# issue #9 read30: a demand verb with an object asks that one to act as an appeal verb does
# ("challenged the Treasury to open up its books", "dared ministers to call an election")...
OTHER_TO_ACT = frozenset({"appeal", "demand"})
# ... but daring one's critics to act ("challenged his accusers to provide details") answers
# them, no appeal to anyone named
ADVERSARIES = frozenset(
    {"critic", "accuser", "opponent", "detractor", "sceptic", "skeptic", "doubter", "naysayer"}
)


def _dared_to_act(match: Match) -> bool:
    """issue #9 read30: a court action read on a verb that dares someone to act ("challenged
    the Treasury to open up its books"): the sense rules drop it (a "to" complement), so the
    act asked for is still to be read as an appeal."""
    trigger = match.trigger
    return (
        match.entry.code in COURT_ACTIONS
        and any(c.dep_ == "dobj" for c in trigger.children)
        and any(
            c.dep_ in ("xcomp", "ccomp") and c.i > trigger.i and has_to_infinitive(c)
            for c in trigger.children
        )
    )


# issue #9 frames30a: "said he had not done the things he talked about", "I didn't do anything
# wrong": a speaker who says he did not do a deed denies it (016, as the speech.yml entry for
# "did not direct ..."); "do" is no lexicon word (as one it took "asked Xi to do more", "had
# nothing to do with"), so the deed is read here: the speaker's own side as subject (checked
# when the event is built), negated, with a deed for object, not "has not done enough"
OWN_DENIAL_ENTRY = LexiconEntry(
    code=DENIAL_CODE,
    pos="verb",
    lemmas=("do",),
    target="none",
    speaker=True,
    pattern="(speaker:) I did not do the things ... (a denial of one's own deed)",
    origin="own deed denied",
)
DENIED_DEEDS = frozenset({"thing", "anything", "it", "that", "this", "something", "wrong"})


def _unmatched_own_denials(sent: Span, matches: list[Match], taken: set[int]) -> list[Match]:
    """Negated "do" with a deed for object and a subject of its own, no entry matched."""
    if "do" not in _rescue_lemmas(sent):
        return []  # (speed55: entry_for reads only a verb whose lemma is "do")

    def entry_for(verb: Token, seen: set[int]) -> LexiconEntry | None:
        if verb.lemma_.lower() != "do":
            return None
        kids = list(verb.children)
        if not any(c.dep_ == "neg" for c in kids) or not any(c.dep_ == "nsubj" for c in kids):
            return None
        if any(c.dep_ == "dobj" and c.lemma_.lower() in DENIED_DEEDS for c in kids):
            return OWN_DENIAL_ENTRY
        return None

    return _unmatched_acts(sent, matches, taken, entry_for)


def _has_subject(gov: Token) -> bool:
    """Whether ``gov`` has a subject of its own or, as a finite conjunct with none ("said it
    was dismayed and wants Congress to ..."), shares the one of the verb it is joined to."""
    deps: tuple[str, ...] = SUBJECT_DEPS
    while True:
        if any(c.dep_ in deps for c in gov.children):
            return True
        if gov.dep_ != "conj" or gov.tag_ not in FINITE_TAGS or gov.head.i == gov.i:
            return False
        gov, deps = gov.head, (*SUBJECT_DEPS, "nsubjpass")  # "it was dismayed ... and wants"


def _unmatched_wants(sent: Span, matches: list[Match], taken: set[int]) -> list[Match]:
    """Acts no entry matched that someone wants or presses another to do: the other named as
    the act's own subject ("wants Pyongyang to ...") or as the object of an appeal verb of
    governors.tsv that has no entry of its own ("pressed leaders to ..."); not "wants to
    meet", the wanter's own act."""
    seen = {m.trigger.i for m in matches if not _dared_to_act(m)} | taken
    out = []
    # (speed55: the content tokens the test below lets through, and no other, built)
    for verb in _clause_verbs(sent):
        if verb.i in seen or verb.pos_ != "VERB" or verb.dep_ not in ("ccomp", "xcomp"):
            continue
        if (wanter := _wants_to_see(verb)) is not None:
            if wanter.i not in seen:
                match = Match(entry=APPEAL_ENTRY, score=1, trigger=verb, holder=verb)
                match.governor, match.governor_kind = wanter, "appeal"
                out.append(match)
            continue
        kids = list(verb.children)
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
            continue
        gov = verb.head
        if gov.i in seen or not _has_subject(gov):
            continue
        if _wanting(gov):
            if not _wants_another_to(gov, verb):
                continue
        elif (kind := framing_governor(verb)[1]) not in OTHER_TO_ACT or not any(
            c.dep_ == "dobj" and (kind == "appeal" or c.lemma_.lower() not in ADVERSARIES)
            for c in gov.children
        ):
            continue
        match = Match(entry=APPEAL_ENTRY, score=1, trigger=verb, holder=verb)
        match.governor, match.governor_kind = gov, "appeal"
        out.append(match)
    return out


# issue #9 recall11: an act someone is considering that no entry matched ("considered replacing
# Clinton with Biden", "is not considering firing him"): the considering is the event (014,
# consider a policy option, as for acts with an entry: see _considered), aimed at the act's object
CONSIDERED_ENTRY = LexiconEntry(
    code=CONSIDER_CODE,
    pos="verb",
    lemmas=("considering|weighing ... T",),
    target="dobj",
    pattern="S is considering doing ... to T (the act not in the lexicon)",
    origin="option considered",
)


def _unmatched_considered(sent: Span, matches: list[Match], taken: set[int]) -> list[Match]:
    """Gerunds and "whether to" acts of a considering verb ("mulls firing him") that no entry
    matched, with an object of their own: the considering, aimed at that object."""

    def entry_for(verb: Token, seen: set[int]) -> LexiconEntry | None:
        if verb.dep_ not in ("xcomp", "ccomp", "pcomp"):
            return None
        gov = verb.head
        if gov.lemma_.lower() not in CONSIDER_VERBS or gov.pos_ != "VERB" or gov.i in seen:
            return None
        if verb.tag_ != "VBG" and not any(c.lower_ == "whether" for c in verb.children):
            return None
        if not any(c.dep_ == "dobj" for c in verb.children):
            return None
        return CONSIDERED_ENTRY

    # (speed55: only the verbs entry_for's first test lets through are built and walked)
    return _unmatched_acts(sent, matches, taken, entry_for, tokens=_clause_verbs(sent))


# issue #9 recall8: a restriction said to reach someone ("the ban targets people from Chad, Iran
# and Libya", "Trump's ban also covers people from North Korea", "the sanctions apply to
# Venezuelan officials"): the measure's maker restricts them, whatever the verb's other senses
# ("hit", "target" are attacks by an actor; a ban is no actor). The maker is the measure's own
# (its possessor, "by" phrase or adjective), else the maker of the same measure named earlier.
REACH_CODES = {"ban": "172", "restriction": "172", "proclamation": "172", "sanction": "163",
               "embargo": "163"}  # fmt: skip
REACH_VERBS = frozenset({"target", "cover", "affect", "hit", "apply", "exclude"})
# issue #9 recall10: "the ban will go into effect for people from Chad, Iran ...", "the
# sanctions take effect for Russian banks": a measure coming into force reaches whom it is for
EFFECT_VERBS = frozenset({"go", "take", "come", "remain", "stay"})
MEASURE_WORDS = re.compile(r"(?i)\b(?:bans?|restrictions?|proclamations?|sanctions?|embargo)")
MEASURE_STEMS = ("ban", "restriction", "proclamation", "sanction", "embargo")  # (may_contain)


@lru_cache(maxsize=16)
def _reach_entry(code: str, target: str, prep: str = "to") -> LexiconEntry:
    if prep == "for":  # "goes into effect for T"
        lemmas, pattern = EFFECT_VERBS, "S's ban goes into effect for T (its maker restricts T)"
    else:
        lemmas = REACH_VERBS
        pattern = "S's ban targets T (the measure's maker restricts whom it reaches)"
    return LexiconEntry(
        code=code,
        pos="verb",
        lemmas=tuple(sorted(lemmas)),
        preps=(prep,) if target == "prep" else (),
        target=target,
        pattern=pattern,
        origin=MEASURE_REACH,
    )


def _in_effect_for(verb: Token) -> Token | None:
    """Whom a measure comes into force for: "goes into effect for *people* from ...", "takes
    effect for *banks*" (the parser often reads "for people ... seeking to enter" as a clause
    with "people" its subject); None when the verb is no coming into force."""

    def effect(tok: Token) -> bool:
        return tok.lemma_.lower() == "effect"

    into_effect = any(c.dep_ == "dobj" and effect(c) for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in ("into", "in") and any(map(effect, c.children))
        for c in verb.children
    )
    if not into_effect:
        return None
    obj, _ = _prep_object(verb, ("for",))
    if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
        return obj
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in clause.children
        ):
            subjects = (g for g in clause.children if g.dep_ == "nsubj")
            return next((g for g in subjects if g.pos_ in ("NOUN", "PROPN")), None)
    return None


def _reaching_measure(verb: Token) -> Token | None:
    """The measure that reaches someone through ``verb``, its subject (not the noun a participle
    describes: "his travel ban targeting people from six countries" names the ban, its reach
    is background the guideline does not code)."""
    noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in REACH_CODES:
        return None
    return noun


def _measure_reaches(sent: Span, matches: list[Match], text: str) -> list[Match]:
    """The matches with each verb by which a measure reaches someone recoded as the measure's
    act (replacing whatever entry the verb matched on its own). ``text``: the parsed text (the
    resolver's), searched once for a measure's name before any token is looked at."""
    start, end = sent.start_char, sent.end_char
    # most sentences name no measure: a look in the lower-cased text, then one search, instead
    # of every token
    if not may_contain(text, MEASURE_STEMS, start, end) or not MEASURE_WORDS.search(
        text, start, end
    ):
        return matches
    reaches: dict[int, Match] = {}
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in REACH_VERBS | EFFECT_VERBS:
            continue
        noun = _reaching_measure(verb)
        if noun is None:
            continue
        code = REACH_CODES[noun.lemma_.lower()]
        if verb.lemma_.lower() in EFFECT_VERBS:
            if (whom := _in_effect_for(verb)) is not None:
                entry = _reach_entry(code, "prep", "for")
                reaches[verb.i] = Match(entry, 1, verb, verb, prep_obj=whom, prep_word="for")
        elif verb.lemma_.lower() == "apply":
            prep_obj, prep_word = _prep_object(verb, ("to",))
            if prep_obj is None:
                continue
            entry = _reach_entry(code, "prep")
            reaches[verb.i] = Match(entry, 1, verb, verb, prep_obj=prep_obj, prep_word=prep_word)
        elif any(c.dep_ == "dobj" for c in verb.children) or any(
            g.dep_ == "nsubj" for c in _complements(verb) for g in c.children
        ):  # "targets people from Chad ... seeking to enter": the parser's clause subject
            reaches[verb.i] = Match(_reach_entry(code, "dobj"), 1, verb, verb)
    if not reaches:
        return matches
    return [m for m in matches if m.trigger.i not in reaches] + list(reaches.values())


ALLOWED_MEASURE_NOUNS = frozenset(
    {"ban", "order", "policy", "proclamation", "restriction", "law", "rule", "provision",
     "measure", "regulation", "program", "programme"}
)  # fmt: skip


def _allowed_measure(match: Match) -> Token | None:
    """The measure let stand in "allowed the ban to take effect", "allowed a limited version of
    the ban": the subject of the complement, or the object (read through "version of")."""
    candidates = []
    if match.xcomp is not None:
        candidates += [c for c in match.xcomp.children if c.dep_ in ("nsubj", "nsubjpass")]
        candidates += [c for c in match.trigger.children if c.dep_ == "dobj"]
    if match.obj is not None:
        candidates += [_of_object(match.obj) or match.obj, match.obj]
    for noun in candidates:
        if noun is not None and noun.lemma_.lower() in ALLOWED_MEASURE_NOUNS:
            return noun
    return None


def _measure_makers(noun: Token, resolver: ActorResolver) -> list[Argument]:
    """Who made the measure: its own possessor, "by" phrase or adjective ("Trump's ban",
    "U.S. sanctions"), else for "the ban" the maker of the last one named with its maker."""
    lemma = noun.lemma_.lower()
    candidates = [noun]
    if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        before = reversed(noun.doc[: noun.i])
        candidates += [t for t in before if t.pos_ == "NOUN" and t.lemma_.lower() == lemma]
    for cand in candidates:
        tok, how = _noun_source(cand)
        if tok is None:
            continue
        makers = [a for a in resolver.arguments(tok, f"maker:{how}") if a.actor is not None]
        if makers and cand.i != noun.i:
            why = f"the {lemma} named before with its maker ({cand.sent.text[:40]!r})"
            makers = [
                replace(a, how="measure named before", rule=f"{a.rule}; {why}") for a in makers
            ]
        if makers:
            return makers
    return []


# issue #9 recallb: "Trump and Xi agreed to take new steps": actors agreeing together to do
# something the lexicon has no entry for commit to cooperate with each other (030, both ways)
AGREE_ENTRY = LexiconEntry(
    code="030",
    pos="verb",
    lemmas=("agree",),
    target="none",
    reciprocal=True,
    pattern="S and T agreed to ... (a commitment to each other, the act not in the lexicon)",
    origin="agreed together",
)


# issue #9 recall38: "Flynn and Kislyak discussed sanctions": actors discussing something with no
# "with" phrase discuss it with each other (040, one consult)
DISCUSS_ENTRY = LexiconEntry(
    code="040",
    pos="verb",
    lemmas=("discuss",),
    target="none",
    reciprocal=True,
    pattern="S and T discussed ... (with each other)",
    origin="discussed together",
)


def _shared_subject(verb: Token) -> Token | None:
    """The verb's subject, or, for a verb conjoined to another ("the two sides underscored ...
    and agreed to ..."), the subject of the first verb (issue #9 recall38)."""
    cur = verb
    for _ in range(4):
        subject = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        if cur.dep_ != "conj" or cur.head.i == cur.i or cur.head.pos_ not in ("VERB", "AUX"):
            return None
        cur = cur.head
    return None


def _unmatched_agreements(sent: Span, matches: list[Match], taken: set[int]) -> list[Match]:
    """ "agree" with coordinated subjects and a "to ..." complement (issue #9 recall38: or an
    "on" phrase, "agreed on the need for dialogue") that no entry matched; "discuss" with
    coordinated subjects and no one else named."""
    if _rescue_lemmas(sent).isdisjoint(AGREE_DISCUSS):
        return []  # (speed55: entry_for reads only a verb whose lemma is one of the two)

    def entry_for(tok: Token, seen: set[int]) -> LexiconEntry | None:
        lemma = tok.lemma_.lower()
        if lemma not in AGREE_DISCUSS:
            return None
        subject = _shared_subject(tok)
        if subject is None or not (
            any(c.dep_ == "conj" for c in subject.children) or _two_sides(subject)
        ):
            return None
        if lemma == "discuss":
            if any(c.dep_ in ("prep", "dative") for c in tok.children if c.lower_ == "with"):
                return None
            return DISCUSS_ENTRY
        if any(
            c.dep_ == "xcomp" and c.i not in seen and any(a.lower_ == "to" for a in c.children)
            for c in tok.children
        ) or any(
            c.dep_ == "prep"
            and c.lower_ in ("on", "upon")
            and any(g.dep_ == "pobj" and g.i not in seen for g in c.children)
            for c in tok.children
        ):
            return AGREE_ENTRY
        return None

    return _unmatched_acts(sent, matches, taken, entry_for)


YIELD_ACTS = frozenset(
    {"change", "retain", "drop", "withdraw", "scrap", "abandon", "remove", "delay", "postpone"}
    | {"shelve", "soften", "amend", "modify", "reverse", "rescind", "preserve"}
)
# ("vowed to" is left out: the document gold reads a vow as a threat or a stance, 1 right of 9)
COMMIT_VERBS = frozenset({"agree", "pledge", "promise", "offer"})
RESCUE_LEMMAS = frozenset({"do"}) | AGREE_DISCUSS | COMMIT_VERBS  # (_rescue_lemmas)
COMMIT_HEDGES = frozenset({"will", "would", "could", "might", "may", "can"})


FOLLOWING_VERBS = frozenset({"follow"})
# issue #9 read55: "has pledged to contest the action", "promised to fight back": a promise to
# resist someone (in court or out of it) is a stance against them, no commitment to cooperate
# ("pledged to fight corruption" stays one: only "fight back" resists)
CONTESTING_VERBS = frozenset({"contest", "oppose", "resist", "challenge", "defy", "dispute", "sue"})


def _contesting(act: Token) -> bool:
    """The act a promise is of resists someone ("to contest the action", "to fight back")."""
    lemma = act.lemma_.lower()
    if lemma in CONTESTING_VERBS:
        return True
    return lemma == "fight" and any(c.dep_ == "prt" and c.lower_ == "back" for c in act.children)


def _home_promiser(source: Argument, home: str) -> bool:
    """A source of the article's country that is someone in it (an office, a party, a person the
    book knows), not the country itself ("Manila agreed to ...": no promise to itself) nor one
    whose country is only the dateline's."""
    actor = source.actor
    if actor is None or actor.country != home:
        return False
    if actor.code == actor.country and actor.kind != "person":
        return False
    return "dateline" not in source.rule and "article names most" not in source.rule


def _home_promisee(
    match: Match, sources: list[Argument], resolver: ActorResolver
) -> list[Argument]:
    """The article's country as whom a domestic promise is made to: only when a source is of
    that country (a foreign leader's promise is no promise to it); none else."""
    home = resolver.home
    if not home or not any(_home_promiser(s, home) for s in sources):
        return []
    # "promised to improve U.S.-Russia relations": an act that names another country is no
    # promise to the home country
    act = match.holder
    if act.lemma_.lower() in FOLLOWING_VERBS:
        # issue #9 read26: "other public sector unions have pledged to follow": to do what
        # others do (strike, ballot), no promise to the home country
        return []
    lo, hi = act.left_edge.idx, act.right_edge.idx + len(act.right_edge)
    if any(
        lo <= m_start and m_end <= hi and found.country not in (home, None)
        for m_start, m_end, found in resolver.mentions
    ):
        return []
    start, end = phrase_span(act)
    actor = ActorMatch(home, home, None, None, "country", "home country")
    rule = f"a domestic promise, the act naming no one: {resolver.home_from} -> {home}"
    return [Argument(resolver.text[start:end], start, end, actor, "promise's home", rule)]


# issue #9 recall30: "pledged that he would cut the rate", "promised we would pass a tax cut":
# a promise told as a clause of what the speaker's side will do is the same commitment as
# "pledged to cut" ("agreed that ..." and "offered that ..." are left out: agreement in opinion)
PLEDGE_CLAUSE_VERBS = frozenset({"pledge", "promise"})
PLEDGE_CLAUSE_AUX = frozenset({"will", "would", "'ll", "’ll", "wo"})


def _pledged_clause(gov: Token) -> list[Token]:
    """The verb of a "that ... will / would ..." clause a pledge or promise governs, if any."""
    if gov.lemma_.lower() not in PLEDGE_CLAUSE_VERBS:
        return []
    return [
        c
        for c in gov.children
        if c.dep_ == "ccomp"
        and c.pos_ in ("VERB", "AUX")
        and any(a.dep_ == "aux" and a.lower_ in PLEDGE_CLAUSE_AUX for a in c.children)
        and any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
    ][:1]


def _unmatched_commitments(
    sent: Span, matches: list[Match], taken: set[int], *, deferred: bool = False
) -> list[Match]:
    """A commitment verb with a subject and a "to ..." complement that no entry matched, neither
    the verb nor the act (coordinated subjects agreeing are _unmatched_agreements').

    With ``deferred``, the commitments whose act an entry did match instead (the verb not
    matched itself, or only framing that act): coded only if the act's own event is dropped
    (issue #9: "agreed to fight the opioid epidemic", read by a sense as no fight)."""
    if _rescue_lemmas(sent).isdisjoint(COMMIT_VERBS):
        return []  # (speed55: the loop below reads only a verb of COMMIT_VERBS)
    triggers = {m.trigger.i for m in matches}
    seen = triggers | taken
    framing = {m.governor.i for m in matches if m.governor is not None}
    out = []
    for gov in _content_tokens(sent):
        if gov.pos_ != "VERB" or gov.lemma_.lower() not in COMMIT_VERBS:
            continue
        if gov.i in triggers or (gov.i in seen and not (deferred and gov.i in framing)):
            continue
        if any(c.dep_ == "neg" for c in gov.children):
            continue  # "did not agree to lift the cloud": no commitment made
        if any(c.dep_ == "aux" and c.lemma_ in COMMIT_HEDGES for c in gov.children) or any(
            c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in gov.children
        ):
            continue  # "if Xi will agree to do more": none made yet
        acts = [
            c
            for c in gov.children
            if c.dep_ == "xcomp" and c.pos_ == "VERB" and has_to_infinitive(c)
        ] or _pledged_clause(gov)
        if not acts or (acts[0].i in seen) != (deferred and acts[0].i in triggers):
            continue
        if _contesting(acts[0]):
            continue
        yields = gov.lemma_.lower() == "agree" and acts[0].lemma_.lower() in YIELD_ACTS
        entry = COMMIT_YIELD_ENTRY if yields else COMMIT_ENTRY
        out.append(Match(entry=entry, score=1, trigger=gov, holder=acts[0], xcomp=acts[0]))
    return out


def _conjoined_measures(matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """issue #9 recall29: "proposed targeted sanctions and travel restrictions on Myanmar
    military officials": each of two conjoined objects a different entry of the verb codes
    (163 and 172), aimed by the same preposition, is an event of its own."""
    out = []
    for match in matches:
        entry, obj = match.entry, match.obj
        if entry.pos != "verb" or obj is None or entry.target != "prep" or not obj.conjuncts:
            continue
        others = {c.i for c in obj.conjuncts}
        best = None
        for other in lexicon.candidates(match.trigger.lemma_.lower(), "verb"):
            if other.code[:2] == entry.code[:2] or other.target != "prep" or not other.objects:
                continue
            if not set(other.preps) & set(entry.preps):
                continue
            found = match_entry(match.trigger, other)
            if found is None or found.obj is None or found.obj.i not in others:
                continue
            if best is None or found.score > best.score:
                best = found
        if best is not None:
            out.append(best)
    return out
