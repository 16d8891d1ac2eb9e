"""Whose a thing is (issue #9 owner40): a frame's argument that is no actor but an act, claim,
plan, quality or possession of one ("objected to the telecom giant's attempts to relocate
them", "an inquiry into her use of a private server", "the claims made by the senator", "the
plan the governor unveiled") is aimed at, or done by, its owner.

The nouns are a kind, not a list of phrasings: ``data/events/owned_nouns.tsv`` (WordNet's act,
communication, cognition, attribute and possession nouns that a person has or does), the event
nouns of the lexicon (``nominals.yml``) and the act nouns of :mod:`redline.events.arguments`.
The owner is read from the parse only: the possessor, a "by" phrase (on the noun or on a
participle after it), the subject of a relative clause whose verb makes, says or has it, or
(not for acts, whose "of" is what they are done to: "the arrest of X") an "of" phrase.
The coder uses it as a fallback where a source or target phrase names no actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from redline import datafiles
from redline.events.arguments import _whose_owner

if TYPE_CHECKING:
    from spacy.tokens import Token

KEY = "events/owned_nouns.tsv"
# verbs of a relative clause whose subject owns the noun ("the plan the governor unveiled",
# "the claims he has made", "the server she used"); "the efforts Republicans blocked" names
# who acted on the thing, not whose it is
OWNING_VERBS = frozenset(
    {"make", "put", "propose", "table", "unveil", "draft", "introduce", "write", "sponsor",
     "issue", "announce", "level", "lodge", "file", "submit", "present", "launch", "voice",
     "raise", "express", "offer", "float", "suggest", "say", "post", "tweet", "send", "give",
     "deliver", "take", "use", "hold", "have", "own", "set", "set up", "lead", "run", "pursue",
     "push", "adopt", "pass", "sign", "bring", "start", "build", "found", "create"}
)  # fmt: skip
# issue #9 unres50: what one asks of another is the asker's, named by "from" or "of" as well
# ("accepted a request from three senators", "met the demands of the strikers")
ASKING_NOUNS = frozenset(
    {"demand", "request", "call", "appeal", "plea", "offer", "invitation", "proposal", "petition",
     "ultimatum"}
)  # fmt: skip
PHONE_WORDS = frozenset({"phone", "telephone", "conference", "video", "first", "congratulatory"})
RELATIVE_WORDS = frozenset({"who", "whom", "which", "that", "whose", "what"})
# a possessor that is a time, not an owner ("Tuesday's vote", "last year's budget")
TIME_WORDS = frozenset(
    {"today", "yesterday", "tomorrow", "year", "week", "month", "day", "night", "decade",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip


@datafiles.cached
def owned_kinds() -> dict[str, str]:
    """Noun lemma -> its kind (act, claim, view, plan, quality, possession)."""
    from redline.events.arguments import ACT_MAKERS, MEASURE_NOUNS, OWNED_ACTS, PHRASE_ACTS
    from redline.events.lexicon import load_lexicon

    kinds: dict[str, str] = {}
    for row in datafiles.rows(KEY):
        if len(row) >= 2:
            kinds.setdefault(row[0].lower(), row[1])
    for lemma in OWNED_ACTS | PHRASE_ACTS | frozenset(ACT_MAKERS):
        kinds.setdefault(lemma, "act")
    for lemma in MEASURE_NOUNS:
        kinds.setdefault(lemma, "plan")
    for entry in load_lexicon().entries:
        if entry.pos == "noun":
            for lemma in entry.lemmas:
                if " " not in lemma:
                    kinds.setdefault(lemma, "act")
    return kinds


def owned_kind(noun: Token) -> str | None:
    """The kind of thing ``noun`` names, when it is one an actor owns; None else."""
    if noun.pos_ != "NOUN":
        return None
    kinds = owned_kinds()
    return kinds.get(noun.lemma_.lower()) or kinds.get(noun.lower_)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _named(tok: Token | None) -> bool:
    return (
        tok is not None
        and (tok.pos_ in ("PROPN", "NOUN", "PRON"))
        and (tok.lower_ not in RELATIVE_WORDS and tok.lower_ not in TIME_WORDS)
    )


def _phone_call(noun: Token) -> bool:
    """ "a telephone call from Tsai", "the first call from ...": a call one takes, not calls
    from someone to act (plural, "resisted calls from party leaders to quit")."""
    if noun.lemma_.lower() != "call":
        return False
    return noun.tag_ != "NNS" or any(c.lemma_.lower() in PHONE_WORDS for c in noun.children)


def asked_by(noun: Token, words: tuple[str, ...] = ("from",)) -> Token | None:
    """Who the offer, request or demand ``noun`` comes from: the object of its first
    preposition among ``words`` ("rejected a takeover offer from Deutsche Boerse", "a request
    from three senators"; with "of": "the demands of the strikers"). The one reader of the
    phrase, for :func:`owner_of` (asking nouns, "from" or "of") and the coder's rejections of
    another's act ("from")."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in words), None)
    return _pobj(prep) if prep is not None else None


def owner_of(noun: Token) -> tuple[Token, str] | None:
    """The token naming whose ``noun`` is, and by which route; None when the parse names none."""
    kind = owned_kind(noun)
    if kind is None:
        return None
    for child in noun.lefts:  # "the giant's attempts", "her use of", "Clovis' plan"
        if child.dep_ == "poss" or (
            child.dep_ in ("nmod", "compound")
            and child.i + 1 < len(child.doc)
            and child.doc[child.i + 1].text in ("’", "'")
        ):
            if child.lower_ == "whose":  # "Franken, whose behavior is being investigated"
                owner = _whose_owner(noun)
                return (owner, "whose") if owner is not None else None
            if _named(child) and child.lower_ not in ("its",):
                return child, "possessor"
            return None
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "by":  # "lawsuits by Hulk Hogan"
            obj = _pobj(child)
            if _named(obj) and obj.pos_ != "PRON":
                return obj, "'by' phrase"
        if (
            child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in OWNING_VERBS
        ):  # "the claims made by the senator"; not "deals brokered by": who mediated
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            obj = _pobj(agent) if agent is not None else None
            if _named(obj) and obj.pos_ != "PRON":
                return obj, f"'{child.lower_} by'"
        if child.dep_ == "relcl" and child.lemma_.lower() in OWNING_VERBS:
            if any(c.dep_ in ("auxpass", "nsubjpass") for c in child.children):
                continue
            objects = [c for c in child.children if c.dep_ == "dobj"]
            if objects and objects[0].lower_ not in RELATIVE_WORDS:
                continue  # "a plan which sets targets": the plan does it
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if _named(subject):
                return subject, f"subject of '{child.lower_}'"
        if kind != "act" and child.dep_ == "prep" and child.lower_ == "of":
            obj = _pobj(child)  # "the claims of his accusers", "the incompetence of X"
            if _named(obj) and obj.pos_ != "PRON":
                return obj, "'of' phrase"
    if noun.lemma_.lower() in ASKING_NOUNS and not _phone_call(noun):
        # "a request from three senators", "the demands of the strikers"
        obj = asked_by(noun, ("from", "of"))
        if _named(obj) and obj.pos_ != "PRON":
            return obj, f"'{obj.head.lower_}' phrase"
    if noun.dep_ == "dobj" and noun.i + 1 < len(noun.doc):
        # "bankrolled lawsuits by Hulk Hogan": the parser hangs the noun's "by" on the verb
        by = noun.doc[noun.i + 1]
        obj = _pobj(by) if by.lower_ == "by" and by.head.i == noun.head.i else None
        if _named(obj) and obj.pos_ != "PRON" and obj.ent_type_ not in ("DATE", "TIME"):
            return obj, "'by' phrase"
    return None


# determiners of a noun that tells again a thing named before ("the efforts", "both objections")
TELLING_AGAIN = frozenset({"the", "this", "that", "these", "those", "both"})
# suffixes that make an act noun of a verb ("objection" of "object", "proposal" of "propose")
ACT_SUFFIXES = ("ation", "ition", "tion", "sion", "ion", "ment", "al", "ance", "ence", "ure")


def made_of_verb(noun: str, verb: str) -> bool:
    """Whether the act noun ``noun`` names the act of ``verb`` (a noun the same as the verb, or
    the verb's stem with an act suffix: "objection"/"object", "accusation"/"accuse")."""
    if noun == verb:
        return True
    for suffix in ACT_SUFFIXES:
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 4:
            stem = noun[: -len(suffix)]
            if verb == stem or (len(verb) >= 5 and verb[:-1] == stem):
                return True
    return False


def earlier_owner(noun: Token) -> tuple[Token, str] | None:
    """issue #9 owner40: a definite noun that tells again an act, claim or plan named in its own
    sentence before it or in the sentence before ("X and Y objected ... the board rejected both
    objections", "Smith proposed a tax cut ... Jones attacked the proposal"): the one who made
    it there, by a verb that makes it (its subject) or by the same noun's owner."""
    if owned_kind(noun) is None or not any(c.lower_ in TELLING_AGAIN for c in noun.lefts):
        return None
    sent = noun.sent
    first = noun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    lemma = noun.lemma_.lower()
    for k in range(noun.i - 1, first - 1, -1):
        tok = noun.doc[k]
        if tok.i in (noun.head.i,) or tok.i in [a.i for a in noun.ancestors]:
            continue  # "rejected the objections": the verb that takes the noun makes none
        t_lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and t_lemma == lemma:
            found = owner_of(tok)
            if found is not None:
                return found[0], f"the same {lemma} before, {found[1]}"
        elif tok.pos_ == "VERB" and made_of_verb(lemma, t_lemma):
            if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                maker = _pobj(agent) if agent is not None else None
            else:
                maker = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if _named(maker):
                return maker, f"who {tok.lower_} before"
    return None
