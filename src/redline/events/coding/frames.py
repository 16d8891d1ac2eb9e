"""Lexicon frames matched on the parse: ``match_entry`` (object, particle, preposition,
complement words), ``best_match`` and the lemma variants a trigger is looked up by.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from redline.events.arguments import has_to_infinitive
from redline.events.coding.clauses import (
    _complements,
    _is_naming,
    _is_passive,
    _marked_clause_subject,
    _measured,
    _object_of,
    _of_object,
    _out_of_preps,
    _parse_memo,
    _phrase_object,
    _prep_object,
    _whether_clause,
)
from redline.events.coding.sides import (
    _event_making_relative,
    _named_object,
    find_source,
    find_target,
)
from redline.events.coding.vocabulary import (
    APPEAL_LIGHT_VERBS,
    ASK_FOR_VERBS,
    CALL_NOUNS,
    COMPLEMENT_DEPS,
    COPULAS,
    DENIAL_CODE,
    FEELING_PARTICIPLES,
    HANDING_VERBS,
    LEFT_ABROAD,
    LIGHT_VERBS,
    QUESTION_MARKS,
    REFLEXIVES,
    SUBJECT_DEPS,
    Match,
)
from redline.events.lexicon import Lexicon, LexiconEntry

if TYPE_CHECKING:
    from spacy.tokens import Token


SUGGESTION_NOUNS = frozenset({"suggestion", "idea", "notion"})
FINITE_CLAUSE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _proposal_not_claim(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is a suggestion, idea or notion with no clause of its own (no "that"
    clause, no finite clause, no clause with a modal: "the idea the forum would be ..."), so a
    proposal turned down. "dismissed any suggestions of collusion" keeps its 016 (the dismiss
    entry had "suggestion" before)."""
    lemma = noun.lemma_.lower()
    if lemma not in SUGGESTION_NOUNS:
        return False
    if lemma == "suggestion" and verb.lemma_.lower() not in ("reject", "deny"):
        return False
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.lower_ == "that" and after.dep_ == "mark":
        return False
    for child in noun.children:
        if child.dep_ not in ("acl", "ccomp", "relcl", "appos") or child.i < noun.i:
            continue
        finite = [g for g in (child, *child.children) if g.tag_ in FINITE_CLAUSE_TAGS]
        if child.dep_ == "relcl":
            finite = [g for g in finite if g.tag_ == "MD"]  # "the idea the forum would be"
        if finite or any(g.dep_ == "mark" and g.lower_ == "that" for g in child.subtree):
            return False
    return True


def _object_matches(noun: Token, phrases: tuple[tuple[str, tuple[str, ...]], ...]) -> int:
    """How well ``noun`` fits one of the entry's object phrases: 0 = no, 1 + modifiers = yes.

    A measure or part ("500 tons of food aid", "$50,000 worth of goods", "a mission of
    observers") is read through to what it measures."""
    memo = _parse_memo(noun)
    key = ("measured", noun.i)
    measured = memo.get(key, noun)  # the noun itself: not worked out yet
    if measured is noun:
        measured = memo[key] = _measured(noun)
    if measured is not None:
        return _object_matches(measured, phrases)
    lemma, lower, left, of_objects = _noun_words(noun)
    best = 0
    plain, of_phrases = _phrase_index(phrases)
    for words in of_phrases.get(lemma, ()):
        if words[-1] in of_objects:
            best = max(best, len(words))
    for head in {lemma, lower}:
        for mods in plain.get(head, ()):
            if all(m in left for m in mods):
                best = max(best, 1 + len(mods))
    return best


_PHRASE_INDEX: dict[int, tuple[tuple, tuple[dict, dict]]] = {}


def _phrase_index(phrases: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[dict, dict]:
    """An entry's object phrases by the word a noun must be: plain phrases by head noun (their
    modifiers), "of" phrases ("state of emergency": head noun + its "of" object) by their first
    word (all their words). Made once per entry's phrases, not for every noun tried."""
    found = _PHRASE_INDEX.get(id(phrases))
    if found is not None and found[0] is phrases:
        return found[1]
    plain: dict[str, list[tuple[str, ...]]] = {}
    of_phrases: dict[str, list[tuple[str, ...]]] = {}
    for head, mods in phrases:
        if "of" in mods:
            words = (*mods, head)
            of_phrases.setdefault(words[0], []).append(words)
        else:
            plain.setdefault(head, []).append(mods)
    if len(_PHRASE_INDEX) > 50_000:  # lexicons loaded again and again (tests): start afresh
        _PHRASE_INDEX.clear()
    _PHRASE_INDEX[id(phrases)] = (phrases, (plain, of_phrases))
    return plain, of_phrases


_PHRASE_HEADS: dict[int, tuple[tuple, frozenset[str]]] = {}


def _phrase_heads(phrases: tuple[tuple[str, tuple[str, ...]], ...]) -> frozenset[str]:
    """Every word an object noun must be (lemma or form) for one of ``phrases`` to fit it: the
    keys of :func:`_phrase_index`. Made once per entry's phrases."""
    found = _PHRASE_HEADS.get(id(phrases))
    if found is not None and found[0] is phrases:
        return found[1]
    plain, of_phrases = _phrase_index(phrases)
    heads = frozenset(plain) | frozenset(of_phrases)
    if len(_PHRASE_HEADS) > 50_000:  # lexicons loaded again and again (tests): start afresh
        _PHRASE_HEADS.clear()
    _PHRASE_HEADS[id(phrases)] = (phrases, heads)
    return heads


def _object_words(trigger: Token) -> frozenset[str]:
    """The lemmas and forms of every noun ``match_entry`` may try as the object of an entry
    without a "to ..." complement at ``trigger`` (its object and their conjuncts, its adjective
    complements, the objects of its prepositions, and what each of them measures): an entry
    none of whose phrase heads is among them cannot match. Worked out once per token."""
    memo = _parse_memo(trigger)
    key = ("object words", trigger.i)
    found = memo.get(key)
    if found is None:
        nouns = _object_candidates(trigger, True)  # True: with the adjective complements
        for child in _out_of_preps(trigger):
            if child.dep_ == "prep":
                nouns.extend(g for g in child.children if g.dep_ == "pobj")
        # "agreed to talks", the noun misparsed as a "to" verb (see match_entry)
        nouns.extend(
            c
            for c in trigger.children
            if c.dep_ == "xcomp" and c.pos_ == "NOUN" and has_to_infinitive(c)
        )
        words = set()
        for noun in nouns:
            while noun is not None:
                words.add(_currency_of(noun) or noun.lemma_.lower())
                words.add(noun.lower_)
                noun = _measured(noun) or _one_of(noun)  # "one of the critics" (relnouns38)
        found = memo[key] = frozenset(words)
    return found


def _noun_words(noun: Token) -> tuple[str, str, set[str], set[str]]:
    """The words an object phrase is matched on: the noun's lemma and form, the words before it
    and those of its "of" object. Worked out once per noun of a parse (see _object_matches)."""
    memo = _parse_memo(noun)
    key = ("noun words", noun.i)
    if key not in memo:
        left = {t.lemma_.lower() for t in noun.lefts} | {t.lower_ for t in noun.lefts}
        of_objects = {
            word
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
            for word in (g.lemma_.lower(), g.lower_)  # "cessation of hostilities" as written
        }
        memo[key] = (_currency_of(noun) or noun.lemma_.lower(), noun.lower_, left, of_objects)
    return memo[key]


CURRENCY_SIGNS = frozenset({"$", "€", "£", "us$"})


def _currency_of(noun: Token) -> str | None:
    """The currency sign an amount written in figures is read as (issue #9 frames47): "paid a
    British company $168,000", the parser hanging the "$" under the number, is an amount of
    money as "$1.6 million" is; None for any other token."""
    if noun.pos_ != "NUM" and not noun.like_num:
        return None
    return next(
        (c.lower_ for c in noun.children if c.lower_ in CURRENCY_SIGNS and c.i < noun.i), None
    )


# issue #9 items28: participles that set a thing aside for someone ("aid slated for Ukraine",
# "funds that had been earmarked for Kyiv"): the "for"/"to" phrase of the clause names whom the
# thing goes to (read by surface form too: the parser lemmatises "slated" to "slat")
DESTINED_WORDS = frozenset(
    {"slated", "earmarked", "intended", "destined", "meant", "allocated", "designated",
     "bound", "reserved", "budgeted", "allotted", "appropriated", "promised", "pledged"}
)  # fmt: skip
DESTINED_PREPS = ("for", "to")


def _destined_clause(noun: Token | None) -> Token | None:
    """The participle or relative clause under ``noun`` that sets it aside for someone ("aid
    slated for Ukraine", "aid that had been earmarked for Kyiv"), else None."""
    if noun is None:
        return None
    for child in noun.children:
        if (
            child.dep_ in ("acl", "relcl")
            and child.tag_ == "VBN"
            and (child.lower_ in DESTINED_WORDS or child.lemma_.lower() in DESTINED_WORDS)
        ):
            return child
    return None


def _appeal_made(trigger: Token, obj: Token) -> bool:
    """issue #9 items28: a bare "call" made to someone "for" a thing or with a "to" clause is an
    appeal ("made a call to world leaders for peace", "made a call to the community to help"),
    not a phone call; "a phone call" is one whatever follows."""
    if (
        trigger.lemma_.lower() not in ("make", "place")
        or obj.lemma_.lower() != "call"
        or any(c.dep_ == "compound" and c.lower_ in ("phone", "telephone") for c in obj.children)
    ):
        return False
    for owner in (trigger, obj):
        for c in owner.children:
            if c.dep_ == "prep" and c.lower_ == "for":
                return True
            if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and has_to_infinitive(c):
                return True
    return False


def _topic_object(noun: Token | None) -> Token | None:
    """The object of a noun's "on" / "over" / "about" phrase ("an agreement on *the issue*"),
    else None."""
    return _phrase_object(noun, ("on", "over", "about"))


# issue #10 read58: the words that put a value on a deal ("a deal worth $2bn with Boeing")
VALUE_WORDS = frozenset({"worth", "total", "totalling", "totaling", "value", "valued"})


def _value_modifier(obj: Token | None) -> Token | None:
    """issue #10 read58: "agreed a deal totalling $375m with the bank's fund arms", "a deal
    worth $2bn with Boeing": the parser hangs the deal's "with" on the word that values it."""
    if obj is None:
        return None
    return next(
        (
            c
            for c in obj.children
            if c.dep_ in ("amod", "acl") and (c.lower_ in VALUE_WORDS or c.lemma_ in VALUE_WORDS)
        ),
        None,
    )


def _next_prep_object(noun: Token, preps: tuple[str, ...]) -> tuple[Token | None, str | None]:
    """issue #9 nominal: "indicted him as part of Mueller's investigation into Russian
    meddling": the parser hangs the noun's own preposition on the verb; the preposition right
    after an event noun is the noun's."""
    if noun.i + 1 >= len(noun.doc):
        return None, None
    prep = noun.doc[noun.i + 1]
    if prep.dep_ == "prep" and prep.lower_ == "as" and "for" in preps:
        # issue #9 recall34: "his work as a lobbyist for a Turkish businessman": the noun's own
        # preposition hangs on the role it was done in ("as" itself may hang on the verb)
        role = next((c for c in prep.children if c.dep_ == "pobj"), None)
        prep = next(
            (c for c in (role.children if role is not None else ()) if c.dep_ == "prep"),
            prep,
        )
        if prep.lower_ not in preps:
            return None, None
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        return (pobj, prep.lower_) if pobj is not None else (None, None)
    if prep.dep_ != "prep" or prep.lower_ not in preps or prep.head.i == noun.i:
        return None, None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (pobj, prep.lower_) if pobj is not None else (None, None)


# issue #9 attach29: the prepositions of an event noun that sets where something was done
# ("disclosed in correspondence this week between A and B"); not "during" ("a topic during his
# upcoming testimony, under oath, before the committee": a time told, which the gold leaves out)
NOUN_SETTING_PREPS = frozenset({"in"})


def _governing_verb_prep(noun: Token, preps: tuple[str, ...]) -> tuple[Token | None, str | None]:
    """issue #9 attach29: "held a dinner in Paris on Friday with Macron", "conducted a closed
    briefing on Monday for the committee", "was disclosed in correspondence this week between
    A and B": an event noun's own preposition, when another phrase stands between them, hangs
    on the verb whose object the noun is, or whose "in" phrase it heads. Only a phrase after
    the noun; for an object, only a verb that makes the noun's event (a light verb), and not a
    verb of handing over, whose "to" is its own ("deliver a request for aid to Congress": whom
    it is handed)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in NOUN_SETTING_PREPS and verb.dep_ == "prep":
        verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None, None
    elif noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None, None
    else:
        lemma = verb.lemma_.lower()
        if lemma not in LIGHT_VERBS or lemma in HANDING_VERBS:
            return None, None
    prep_obj, prep_word = _prep_object(verb, preps)
    if prep_obj is None and noun.dep_ == "dobj":
        # issue #10 read58: "filed civil fraud charges in a Boston federal court against X": the
        # parser hangs the noun's "against" on the court of the verb's "in" phrase
        for place in verb.children:
            if place.dep_ == "prep" and place.lower_ in COURT_PREPS and place.i > noun.i:
                court = next((c for c in place.children if c.dep_ == "pobj"), None)
                if court is not None and court.lemma_.lower() in COURT_NOUNS:
                    prep_obj, prep_word = _prep_object(court, preps)
                    break
    if prep_obj is None or prep_obj.i < noun.i or prep_obj.dep_ != "pobj":
        return None, None
    return prep_obj, prep_word


COURT_PREPS = frozenset({"in", "at", "before"})
COURT_NOUNS = frozenset({"court", "tribunal", "courtroom"})


def _relative_verb_prep(noun: Token, preps: tuple[str, ...]) -> tuple[Token | None, str | None]:
    """issue #9 frames45: "a meeting he attended with Trump associates and Russians": an event
    noun's "with" hangs on the relative clause that makes the event (_event_making_relative)."""
    if "with" not in preps:
        return None, None
    made = _event_making_relative(noun)
    if made is None:
        return None, None
    prep_obj, prep_word = _prep_object(made[0], ("with",))
    if prep_obj is None or prep_obj.dep_ != "pobj":
        return None, None
    return prep_obj, prep_word


# the children of a clause verb that take the first place after it, so that a preposition
# coming after one of them may be the governing verb's (_clause_hung_prep)
CLAUSE_ARGUMENT_DEPS = frozenset({"agent", "prep", "dobj", "dative"})


def _clause_hung_prep(noun: Token, preps: tuple[str, ...]) -> tuple[Token | None, str | None]:
    """issue #9 attach29: "discussed a row over remarks made by Putin with French officials",
    "passed the information that came from the informant to their counterparts": the parser
    hangs the verb's own preposition, after its object's whole phrase, on the participle or
    relative clause that ends that phrase. Only a preposition after another phrase of that
    clause ("documents related to the inquiry" keep their "to"), and only a passive participle
    ("made by") or a finite relative clause: a "to" or "-ing" clause acts with phrases of its
    own ("requests to ask the White House for documents")."""
    for clause in noun.subtree:
        if clause.pos_ != "VERB" or has_to_infinitive(clause):
            continue
        if not (clause.dep_ == "relcl" or (clause.dep_ == "acl" and clause.tag_ == "VBN")):
            continue
        prep_obj, prep_word = _prep_object(clause, preps)
        if prep_obj is None or prep_obj.dep_ != "pobj":
            continue
        prep = prep_obj.head
        if any(c.dep_ in CLAUSE_ARGUMENT_DEPS and clause.i < c.i < prep.i for c in clause.children):
            return prep_obj, prep_word
    return None, None


def _noun_phrase_owners(noun: Token) -> list[Token]:
    """issue #9 frames30b: words in an event noun's own phrase that the parser hangs the noun's
    preposition on: the participle describing it ("an investigation led by Mueller *into* ...")
    and the object of its "by" phrase ("investigations by two committees *into* the WHO")."""
    out = []
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            out += [g for g in child.children if g.dep_ == "pobj"]
    return out


# issue #9 frames24: "posed for pictures with T": the parser hangs the partner on the picture
PICTURE_NOUNS = frozenset({"picture", "photo", "photograph", "photo-op", "photo op", "selfie"})


def _carried_owners(verb: Token) -> list[Token]:
    """issue #9 frames24: words that carry the verb's own preposition in two phrasings the
    parser reads apart: a gerund complement ("would discuss stopping the flow of fentanyl with
    Xi": "with" hangs on "stopping") and a picture posed for ("posed for pictures with T")."""
    out = []
    for child in verb.children:
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and not has_to_infinitive(child):
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ == "for":
            out += [
                g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in PICTURE_NOUNS
            ]
    return out


# issue #9 frames44: aspect verbs an entry's "to" verb may hang under ("to continue supporting")
ASPECT_VERBS = frozenset({"continue", "keep", "begin", "start", "resume"})
# issue #9 read31: verbs whose entries oblige through a "to" verb ("needs to", "has to")
OBLIGATION_HAVE = frozenset({"need", "have"})


def _condition_clause(clause: Token) -> bool:
    """An adverbial clause with its own subject and a mark ("if North Korea stopped ...")."""
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _result_adjectives(verb: Token) -> list[Token]:
    """The adjective a verb leaves its object in ("left 15 people dead")."""
    return [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "ADJ"]


def _xcomp_matches(candidate: Token, words: tuple[str, ...]) -> bool:
    lemma = candidate.lemma_.lower()
    particles = {c.lower_ for c in candidate.children if c.dep_ == "prt"}
    for word in words:
        parts = word.split()
        if parts[0] == lemma and all(p in particles for p in parts[1:]):
            return True
    return False


def _clause_words(verb: Token, subject: Token | None) -> tuple[set[str], str]:
    skip = set(t.i for t in subject.subtree) if subject is not None else set()
    tokens = [t for t in verb.subtree if t.i != verb.i and t.i not in skip]
    lemmas = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    text = " ".join(t.lower_ for t in tokens)
    # issue #9 readout12: "authorities which are made up of councillors" are composed of them,
    # nothing "made up" (fabricated) is said
    # issue #9 readout15: "Tony has not made up his mind" decided nothing; nothing was made up
    if " up " in text:  # (both phrases have it: most clauses are not searched, speed53)
        text = MADE_UP_MIND.sub("decided", MADE_UP_OF.sub("consisting of", text))
    return lemmas, text


MADE_UP_OF = re.compile(r"\b(?:made|make|makes|making) up of\b")
MADE_UP_MIND = re.compile(
    r"\b(?:made|make|makes|making) up (?:his|her|their|its|my|our|your|the|one 's) minds?\b"
)


def _trigger_clause_words(trigger: Token) -> tuple[set[str], str]:
    """The words of ``trigger``'s clause outside its subject (see _clause_words), worked out
    once per token of a parse: every entry with clause words asks for them ("say" has many)."""
    memo = _parse_memo(trigger)
    key = ("clause words", trigger.i)
    if key not in memo:
        subject = next((c for c in trigger.children if c.dep_ in SUBJECT_DEPS), None)
        lemmas, text = _clause_words(trigger, subject)
        if any(_subjunctive(c) for c in trigger.children if c.dep_ == "ccomp"):
            lemmas = lemmas | {SUBJUNCTIVE}
        memo[key] = (lemmas, text)
    return memo[key]


# issue #9 recall38: a clause word entries may ask for (``clause: ["<subjunctive>"]``): the
# complement is a bare subjunctive ("suggested he talk to Dmitriev", "suggesting that the
# attorney general be allowed to ...": what someone is asked to do, not a claim)
SUBJUNCTIVE = "<subjunctive>"


def _subjunctive(verb: Token) -> bool:
    """A finite clause whose verb is the bare form with a subject and no auxiliary but "be"
    (the tagger reads "he talk", "the committee take up" as a plural present: a present with a
    singular subject, or any present after a past verb, is the bare form)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VB":
        return not auxes
    if verb.tag_ == "VBP" and not auxes:
        singular = subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it")
        return singular or verb.head.tag_ in ("VBD", "VBN")
    return len(auxes) == 1 and auxes[0].lower_ == "be" and auxes[0].tag_ == "VB"


def _object_candidates(holder: Token, speaker: bool) -> list[Token | None]:
    """The object of ``holder`` and its conjuncts; for a speech act also its adjective
    complements ("the ban is discriminatory": a judgement by adjective). Worked out once per
    token of a parse: "be" alone has five entries with objects."""
    memo = _parse_memo(holder)
    key = ("objects", holder.i, speaker)
    found = memo.get(key)
    if found is None:
        first = _object_of(holder)
        found = [first, *first.conjuncts] if first is not None else [None]
        if speaker or holder.lemma_.lower() in COPULAS:
            # "the ban is discriminatory", "X has been critical of Y": a judgement by adjective
            found += [c for c in holder.children if c.dep_ == "acomp"]
        memo[key] = found
    return list(found)


# issue #9 read52: business news tells the market's mood with a feeling participle ("Traders
# were encouraged by comments from the Saudi oil minister", "investors were disappointed by the
# figures"): the trading crowd's sentiment, no one praising or criticising anyone
MARKET_CROWDS = frozenset(
    {"trader", "investor", "dealer", "broker", "market", "analyst", "speculator"}
)


def _market_mood(trigger: Token) -> bool:
    """Whether ``trigger`` is a feeling participle ("encouraged", "disappointed") felt by a
    market crowd ("traders", "investors", "markets")."""
    if trigger.lemma_.lower() not in FEELING_PARTICIPLES:
        return False
    felt = next((c for c in trigger.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return felt is not None and felt.lemma_.lower() in MARKET_CROWDS


def _xcomp_candidates(trigger: Token, noun_entry: bool) -> tuple[list[Token], list[Token]]:
    """The words an entry's "to ..." verb (``xcomp``) may be at ``trigger`` in match_entry: its
    complements, and the adjectives it leaves its object in. They depend on the trigger and on
    whether the entry is a noun's only, so they are worked out once per (token, noun entry) of a
    parse, not for each entry (issue #9 speed55: "call" and "say" try dozens of entries with a
    complement, most of them at a trigger with none); each entry then keeps those its words
    name. Read-only."""
    memo = _parse_memo(trigger)
    key = ("xcomp candidates", trigger.i, noun_entry)
    found = memo.get(key)  # type: ignore[call-overload]
    if found is not None:
        return found
    complements = _complements(trigger)
    if noun_entry and trigger.lemma_.lower() in CALL_NOUNS:
        complements += [c for c in _call_parts(trigger) if c.dep_ != "prep"]
    # issue #9 frames44: "promised to continue supporting Clinton", "asked him to continue to
    # help": the act is the complement of an aspect verb in between
    complements += [
        g
        for c in complements
        if c.dep_ == "xcomp" and c.lemma_.lower() in ASPECT_VERBS
        for g in c.children
        if g.dep_ == "xcomp" and g.pos_ in ("VERB", "AUX")
    ]
    # "agreed to consider the date and talk to the Senate leadership", "ordered him to get out
    # and drop the weapon": a "to" verb's conjunct is a complement of the trigger too
    complements += [
        g
        for c in complements
        if c.dep_ == "xcomp" and has_to_infinitive(c)
        for g in c.children
        if g.dep_ == "conj" and g.pos_ == "VERB"
    ]
    # issue #9 violence26: "..., leaving 15 people dead": an adjective the act leaves its object
    # in is its complement too (entries name it: "dead")
    found = memo[key] = (complements, _result_adjectives(trigger))  # type: ignore[index]
    return found


def match_entry(trigger: Token, entry: LexiconEntry) -> Match | None:
    """The match of ``entry`` at ``trigger`` when every part of its frame is present."""
    if entry.pattern == LEFT_ABROAD and not any(
        c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC") for c in trigger.children
    ):
        return None  # "left the program intact", "left the White House": no place abroad
    score = entry.specificity
    holder = trigger
    xcomp = None
    consumed: set[int] = set()
    if (
        entry.pos == "verb"
        and trigger.lemma_.lower() in FEELING_PARTICIPLES
        and not _is_passive(trigger)
    ):
        # issue #9 recall31: a feeling's entries read the passive participle ("was frustrated
        # by T"), never the active verb ("Russia frustrated U.S. policy in Syria": thwarted)
        return None
    if entry.pos == "verb" and _market_mood(trigger):
        return None
    if entry.particles:
        particles = {c.lower_ for c in trigger.children if c.dep_ in ("prt", "advmod", "prep")}
        if not particles & set(entry.particles):
            return None
    if entry.xcomp:
        complements, adjectives = _xcomp_candidates(trigger, entry.pos == "noun")
        found = [c for c in complements if _xcomp_matches(c, entry.xcomp)]
        found += [c for c in adjectives if _xcomp_matches(c, entry.xcomp)]
        if trigger.lemma_.lower() in OBLIGATION_HAVE:
            # issue #9 read31: "need" and "have" oblige only through a "to" verb ("needs to
            # stand by us"); "He supported farming, and Zimbabwe had a strong economy": the
            # parser hangs the first clause on "had", which asks no one to support anything
            found = [c for c in found if has_to_infinitive(c)]
        if entry.speaker:
            # issue #9 precision8: "children need to be protected": the passive's subject is
            # who is helped, no one asked to help
            found = [c for c in found if not _is_passive(c)]
        if trigger.lemma_.lower() in VOW_VERBS:
            # issue #9 wants29: "did promise a better future if North Korea stopped developing
            # missiles": the clause with a subject and a mark of its own is the condition, not
            # the act promised
            found = [c for c in found if not _condition_clause(c)]
        if entry.code == REFUSAL_CODE and trigger.lemma_.lower() in VOW_VERBS:
            # issue #9 frames24: "vowed never to give up its weapons" refuses to yield; "vowed
            # to give up its weapons" does not
            found = [c for c in found if any(g.dep_ == "neg" for g in c.children)]
        if not found:
            return None
        xcomp = holder = found[0]
        consumed.add(xcomp.i)
    obj = None
    if entry.objects:
        candidates = _object_candidates(holder, entry.speaker)
        if holder.i != trigger.i:
            candidates.append(_object_of(trigger))
        best, obj = 0, None
        for cand in candidates:
            if cand is None:
                continue
            fit = _object_matches(cand, entry.objects)
            if fit and entry.code == DENIAL_CODE and _proposal_not_claim(cand, trigger):
                continue  # "rejected the idea of a ceasefire": a proposal turned down (120)
            if fit > best:
                best, obj = fit, cand
        # "appealed for aid", "called for talks": the noun is a prepositional object (only
        # when the verb has no direct object of its own: "called off the strike after talks")
        if (
            obj is None
            and entry.preps
            and (_object_of(holder) is None or _country_moved(holder, entry))
        ):
            for child in _out_of_preps(holder):
                if child.dep_ == "prep":
                    for grand in child.children:
                        fit = _object_matches(grand, entry.objects) if grand.dep_ == "pobj" else 0
                        if fit > best:
                            best, obj = fit, grand
            # issue #9 recall36: "agreed to talks with the House": the parser reads the noun
            # as a "to" verb (an xcomp with "to" as its aux); it is the "to" phrase's object
            for child in holder.children:
                if child.dep_ == "xcomp" and child.pos_ == "NOUN" and has_to_infinitive(child):
                    fit = _object_matches(child, entry.objects)
                    if fit > best:
                        best, obj = fit, child
        # issue #9 relnouns38: "cast himself as an ally of T", "has been one of the most vocal
        # critics of T": a stance noun in an "as" phrase after a reflexive object, or read
        # through "one of"
        if obj is None:
            best, obj = _stance_object(holder, entry.objects)
        if obj is None:
            return None
        if obj.lemma_.lower() in STANCE_NOUNS and _stance_described(holder):
            return None  # "Prince, who was a supporter of T": a description, not news
        score += 2 * (best - 1)  # a multiword object ("hunger strike") is strong evidence
        consumed.add(obj.i)
    prep_obj = prep_word = None
    if entry.preps:
        # "$2 billion in military aid for Ukraine": the target hangs off what is measured
        # "discussed the resolution with Sisi": the parser hangs "with" on the direct object
        # "agreed to a ceasefire": the preposition that brought the object also marks the
        # frame, but another owner's distinct object of it ("called for aid for Gaza") is the
        # better target. Compared by index: an identity test between tokens is never true
        plain = _object_of(holder) if obj is None else None
        itself = None
        # issue #9 nominal: "discussed the issue of bias with Mueller": the parser hangs the
        # verb's "with" on the object's "of" phrase
        # issue #9 recall29: "sanctions and travel restrictions on Myanmar officials": a
        # conjoined object shares the preposition its first conjunct holds
        first = obj.head if obj is not None and obj.dep_ == "conj" else None
        # issue #9 frames27: "working toward an agreement on the issue with Trump": the
        # parser hangs the verb's "with" on the topic phrase's noun as well
        topic = _topic_object(plain or obj) if entry.preps == ("with",) else None
        owners = (
            holder,
            obj,
            _measured(obj),
            trigger,
            plain,
            _of_object(plain or obj),
            first,
            topic,
            _value_modifier(obj) if entry.preps == ("with",) else None,
        )
        # issue #9 frames24: "Trump's threats of military action against Pyongyang": an event
        # noun's own preposition hangs on its "of" phrase
        named = (_of_object(trigger),) if entry.pos == "noun" and obj is None else ()
        # the noun's own phrase: an "of" there names the body that acts ("by the Department
        # of Justice"), not what the event is about
        phrase = (
            _noun_phrase_owners(trigger)
            if entry.pos == "noun" and obj is None and entry.preps != ("of",)
            else []
        )
        # issue #9 items28: "aid slated for Ukraine", "$391 million in aid earmarked for Kyiv"
        destined = tuple(
            _destined_clause(noun) for noun in (obj, _measured(obj)) if noun is not None
        )
        for owner in (*owners, *_carried_owners(holder), *named, *phrase, *destined):
            if owner is None:
                continue
            preps = (
                tuple(p for p in entry.preps if p != "of")
                if any(owner.i == p.i for p in phrase)
                else entry.preps
            )
            if any(owner.i == d.i for d in destined if d is not None) and (
                set(entry.preps) & set(DESTINED_PREPS)
            ):
                preps = DESTINED_PREPS  # set aside "for Ukraine" is given "to" it
            prep_obj, prep_word = _prep_object(owner, preps)
            if prep_obj is not None and obj is not None and prep_obj.i == obj.i:
                itself = itself or (prep_obj, prep_word)
            elif prep_obj is not None:
                break
            prep_obj = prep_word = None
        if prep_obj is None and itself is not None:
            prep_obj, prep_word = itself
        if prep_obj is None and entry.pos == "noun":
            prep_obj, prep_word = _next_prep_object(trigger, entry.preps)
        if prep_obj is None and entry.pos == "noun":
            prep_obj, prep_word = _governing_verb_prep(trigger, entry.preps)
        if prep_obj is None and entry.pos == "noun":
            prep_obj, prep_word = _relative_verb_prep(trigger, entry.preps)
        if prep_obj is None and entry.pos == "verb" and (obj or plain) is not None:
            prep_obj, prep_word = _clause_hung_prep(obj or plain, entry.preps)
        if prep_obj is None and obj is not None and "of" in entry.preps:
            prep_obj = _stance_modifier(obj)  # "was an early Trump supporter" (relnouns38)
            prep_word = "of" if prep_obj is not None else None
        # "a proponent of Turkey joining the EU": the one the clause is about (relnouns38)
        if (
            prep_obj is not None
            and prep_obj.dep_ == "pcomp"
            and obj is not None
            and obj.lemma_.lower() in STANCE_NOUNS
        ):
            prep_obj = next((c for c in prep_obj.children if c.dep_ == "nsubj"), prep_obj)
        # issue #9 calls27: "its call for Iran to release ...": the noun's clause as well
        if prep_obj is None and entry.code[:2] in MARKED_CLAUSE_ROOTS:
            prep_obj, prep_word = _marked_clause_subject(holder, entry.preps)
        if prep_obj is not None and prep_word == "for" and prep_obj.dep_ == "prep":
            prep_obj = _bare_for_clause_subject(prep_obj) or prep_obj
        if prep_obj is None:
            return None
        if _fronted_with(entry, holder, prep_obj, prep_word):
            return None
        if _appeal_for_a_thing(entry, trigger, prep_obj, prep_word):
            return None
        if entry.code == "041" and obj is not None and _appeal_made(trigger, obj):
            return None
    # issue #9 recall3: an entry that names the word given ("called the claims a hoax") is about
    # the naming itself, so naming does not rule it out
    if (
        (not entry.specificity or trigger.lemma_.lower() == "call")
        and not (entry.clause and entry.target == "none")
        and _is_naming(trigger)
    ):
        # "what it called violations": naming, not calling; issue #9 precision: whatever the
        # object ("called negotiations with North Korea a waste of time" suspends no talks)
        return None
    # issue #9 recall27: "asked Germany for help" asks Germany: an entry aimed at the "for"
    # phrase ("asked for Congress to act") yields to a direct object, which is whom is asked
    if (
        entry.pos == "verb"
        and entry.target == "prep"
        and entry.preps == ("for",)
        and not entry.objects
        and trigger.lemma_.lower() in ASK_FOR_VERBS
        and _object_of(trigger) is not None
    ):
        return None
    # "helped to plan", "wants to ...": a bare transitive entry needs its object (not a speech
    # act's, whose target is the subject: "said Russia had meddled in the vote to help X",
    # issue #9 accuse40)
    if (
        entry.target == "dobj"
        and not entry.specificity
        and not entry.speaker
        and _object_of(trigger) is None
        and _named_object(trigger) is None
        and any(c.dep_ in ("xcomp", "ccomp") for c in trigger.children)
        and not (entry.code[:2] == "09" and _whether_clause(trigger) is not None)
    ):
        return None
    if (
        entry.target == "clause"
        and obj is not None
        and obj.dep_ == "acomp"
        and not any(c.dep_ == "ccomp" for c in obj.children)
    ):
        return None  # "he was happy": a feeling about no one named (recall8)
    if (
        entry.target == "clause"
        and trigger.lemma_.lower() in THAT_CLAUSE_ONLY
        and not any(c.dep_ == "ccomp" for c in trigger.children)
    ):
        return None  # issue #9 read56: "protested outside the embassy" is no protest in words
    if (
        entry.target == "clause"
        and trigger.lemma_.lower() in DOUBTING_VERBS
        and (
            trigger.tag_ == "VBN"
            or not any(c.dep_ in SUBJECT_DEPS for c in trigger.children)
            or not any(_named_subject(c) for c in trigger.children)
        )
    ):
        # "worried about the rhetoric", "are growing worried", "worry that raising the rate
        # could make the economy ...": no one named whose act is judged; with no subject of
        # its own (a misparsed noun "questions") no one judges
        return None
    if entry.target == "clause" and trigger.lemma_.lower() == "hope" and _past_perfect(trigger):
        # issue #9 read33: "activists had been hoping that the leaders would raise the issue",
        # "firms, who had hoped the bill would ...": a hope told as the past of the past was
        # overtaken by what came after; no one was appealed to
        return None
    if entry.clause:
        lemmas, text = _trigger_clause_words(trigger)
        if entry.target == "clause" and entry.code[:2] == THREAT_ROOT:
            lemmas, text = _threat_clause_words(trigger, lemmas, text)
        if not any((w in lemmas) if " " not in w else _phrase_said(w, text) for w in entry.clause):
            return None
        if (
            entry.target == "clause"
            and entry.code[:2] == REJECT_ROOT
            and _rules_on_question(trigger)
        ):
            return None
    return Match(entry, score, trigger, holder, xcomp, obj, prep_obj, prep_word, consumed)


REJECT_ROOT = "12"
# issue #9 read56: verbs whose clause-target entry reads a complaint in words only when a
# "that" clause says it ("protested that the regulator ..."); a street protest with a place or
# an "against" phrase is the 14 entries'
THAT_CLAUSE_ONLY = frozenset({"protest"})
# issue #9 read43: a phrase with an object after it is another verb ("the forgotten majority
# made up the backbone of Britain" is no "made up" claim)
OBJECT_STARTS = r"(?:the|a|an|of|most|some|part|half|much|many|more|less|about|nearly|\d)"


@lru_cache(maxsize=256)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(phrase)}\b(?!\s+{OBJECT_STARTS}\b)")


def _phrase_said(phrase: str, text: str) -> bool:
    """``phrase`` in the clause's ``text`` (lowercased); a phrasal verb ("made up") not followed
    by an object."""
    if phrase not in text:
        return False
    if phrase.rsplit(" ", 1)[-1] not in PHRASAL_PARTICLES:
        return True  # "nothing to do with the campaign"
    return _phrase_pattern(phrase).search(text) is not None


PHRASAL_PARTICLES = frozenset({"up", "out", "off"})


def _rules_on_question(trigger: Token) -> bool:
    """Session 27: a court "due to rule on whether the tribunal is unconstitutional" has not
    ruled; what follows "whether" or "if" is the question before it, not its verdict."""
    return any(
        t.dep_ == "mark" and t.lower_ in QUESTION_MARKS for t in trigger.subtree if t.i > trigger.i
    )


THREAT_ROOT = "13"
TOPIC_PREPS = frozenset({"about", "over"})


CONDITION_MARKS = frozenset({"if", "unless"})


def _threat_clause_words(trigger: Token, lemmas: set[str], text: str) -> tuple[set[str], str]:
    """issue #9 read33: the words of a threat's clause (see _trigger_clause_words) without what
    a trigger that governs no clause is about: "warned the government *about* its continuing
    attacks on the firm" warns of another's attacks and names no force of its own (the plain
    "warned T" entry reads it, its target the one warned)."""
    conditions = [
        c
        for c in trigger.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
    ]
    # lead's read52: "threatened the group with penalties if it fails to respond": the
    # condition's words ("respond") are what the threatened must do, no force threatened
    skip = {t.i for c in conditions for t in c.subtree}
    if any(c.dep_ in ("ccomp", "xcomp") for c in trigger.children):
        # issue #9 read38: "threatened to veto the bill that allows lawsuits against the Saudis
        # over the 9/11 attacks": force words in a relative clause below the threatened act
        # describe the thing threatened, no force threatened
        aside = [t for t in trigger.subtree if t.i != trigger.i and t.dep_ == "relcl"]
        skip |= {t.i for a in aside for t in a.subtree}
    else:
        obj = _object_of(trigger)
        topics = [
            prep
            for head in (trigger, obj)
            if head is not None
            for prep in head.children
            if prep.dep_ == "prep" and prep.i > head.i and prep.lower_ in TOPIC_PREPS
        ]
        skip |= {t.i for prep in topics for t in prep.subtree}
    if not skip:
        return lemmas, text
    return _clause_words_without(trigger, skip)


def _clause_words_without(trigger: Token, skip: set[int]) -> tuple[set[str], str]:
    """The lemmas and forms, and the text, of ``trigger``'s subtree less the trigger, its
    subject's words and the tokens ``skip`` holds (for _threat_clause_words)."""
    subject = next((c for c in trigger.children if c.dep_ in SUBJECT_DEPS), None)
    skip = skip | ({t.i for t in subject.subtree} if subject is not None else set())
    tokens = [t for t in trigger.subtree if t.i != trigger.i and t.i not in skip]
    kept = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    return kept, " ".join(t.lower_ for t in tokens)


def _past_perfect(verb: Token) -> bool:
    """Whether ``verb`` is in the past perfect: "had hoped", "had been hoping"."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


# issue #9 frames30a: a worry or a doubt voiced is criticism of another (lexicon.yml, 111) only
# as "worries (that) T ...", "questioned whether T ...": a finite clause with a named subject
DOUBTING_VERBS = frozenset({"worry", "question"})


def _named_subject(clause: Token) -> bool:
    """Whether ``clause`` is a finite complement clause whose subject is a noun or a pronoun."""
    return clause.dep_ == "ccomp" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON")
        for c in clause.children
    )


MARKED_CLAUSE_ROOTS = frozenset({"02", "10"})  # appeals and demands
REFUSAL_CODE = "124"
VOW_VERBS = frozenset({"vow", "pledge", "swear", "promise"})

# issue #9 relnouns38: nouns for one who takes a side for or against another ("a vocal critic of
# T", "a staunch ally of T"): the evaluative.yml entries code them as the stance of whom the noun
# describes (the copula's subject, or who casts himself as one)
STANCE_NOUNS = frozenset(
    {"critic", "detractor", "supporter", "backer", "proponent", "advocate", "champion", "ally"}
    | {"defender"}
)
STANCE_MODIFIER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _stance_object(holder: Token, objects) -> tuple[int, Token | None]:
    """The stance noun a verb's frame holds beyond its plain object: "cast himself as a staunch
    ally" (an "as" phrase after a reflexive object), read through "one of" ("positioned himself
    as one of the most vocal critics")."""
    places = [c for c in holder.children if c.dep_ in ("attr", "oprd")]
    if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in holder.children):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                places += [g for g in prep.children if g.dep_ == "pobj"]
    best, found = 0, None
    for place in places:
        noun = _one_of(place) or place
        if noun.lemma_.lower() not in STANCE_NOUNS:
            continue
        fit = _object_matches(noun, objects)
        if fit > best:
            best, found = fit, noun
    return best, found


def _one_of(noun: Token) -> Token | None:
    """The noun of "one of the Ns" ("one of the most vocal critics" → critics), else None."""
    if noun.lemma_.lower() != "one":
        return None
    return _of_object(noun)


def _stance_described(verb: Token) -> bool:
    """A stance noun's verb that describes rather than tells of an act: in a relative clause
    ("Prince, who was a supporter of T") or said of a plain plural group ("farmers in his
    district were strong Trump supporters": voters, not an actor)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "relcl":
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ == "NNS"


def _stance_modifier(noun: Token) -> Token | None:
    """issue #9 relnouns38: whom a stance noun with no "of" phrase is about, named before it:
    "a Trump supporter", "Trump's critics" (a name or a possessor that names an actor)."""
    if noun.lemma_.lower() not in STANCE_NOUNS:
        return None
    for child in noun.lefts:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
        # the tagger often reads a name before a noun as a common noun ("Trump supporter")
        if child.dep_ == "compound" and (
            child.ent_type_ in STANCE_MODIFIER_ENTS or (child.is_title and child.i > 0)
        ):
            return child
    return None


# issue #9 recall36: a country a government takes out of a pact ("withdraw the United States
# from the Paris accord"): the verb's object is the leaver, the pact still the "from" phrase's
COUNTRY_NOUNS = frozenset({"country", "nation", "state", "itself", "themselves"})


def _country_moved(verb: Token, entry: LexiconEntry) -> bool:
    """The verb's direct object is a country or the subject itself, and ``entry`` reads its
    object in a "from" phrase: that phrase may hold the entry's object instead."""
    obj = _object_of(verb)
    if obj is None or obj.dep_ != "dobj" or "from" not in entry.preps:
        return False
    return obj.ent_type_ == "GPE" or obj.lemma_.lower() in COUNTRY_NOUNS


# the roots whose "with" partner a fronted phrase is not: intents and backing ("stands with",
# "make effort with"); "With the approval by the Cabinet, the government agreed ..." keeps its
# event (a ConfliBERT sentence's source, lost when every root was held to it)
FRONTED_WITH_ROOTS = frozenset({"03", "05"})


def _fronted_with(entry: LexiconEntry, holder: Token, prep_obj: Token, word: str | None) -> bool:
    """issue #9 actors49: "With the AIP, West stands in Richardson's usual place": a "with"
    phrase put before the clause's subject sets the scene; it is not whom the verb is with
    ("stands with the president" backs him)."""
    if entry.pos != "verb" or word != "with" or entry.code[:2] not in FRONTED_WITH_ROOTS:
        return False
    prep = prep_obj.head
    if any(c.lower_ in ("whom", "which") for c in prep.children):
        return False  # "with whom she has discussed the issue": the relative's own place
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    return prep.head.i == holder.i and any(prep.i < s.i < holder.i for s in subjects)


def _appeal_for_a_thing(
    entry: LexiconEntry, trigger: Token, prep_obj: Token, prep_word: str | None
) -> bool:
    """issue #9 calls27: an appeal noun's "for" names whom it calls on only with a "to" clause
    ("a call for Iran to release ...", "a call for a special counsel to investigate"); "his
    call for a boycott" names what is wanted, often a call told before."""
    if entry.pos != "noun" or entry.origin != "nominals.yml" or prep_word != "for":
        return False
    if trigger.lemma_.lower() not in APPEAL_CALL_NOUNS or prep_obj.dep_ != "pobj":
        return False
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in (LIGHT_VERBS | APPEAL_LIGHT_VERBS):
        return False  # "renewed its calls for an inquiry": the call made, no one called on
    return not any(
        c.dep_ in ("acl", "relcl", "advcl") and has_to_infinitive(c)
        for owner in (prep_obj, trigger)
        for c in owner.children
    )


def _bare_for_clause_subject(prep: Token) -> Token | None:
    """The lead's reading, thirty-first round: "called for Commons leader Peter Hain to make a
    statement": the parser leaves "for" with no object and hangs the infinitive on the verb as
    a clause of its own; whom the call is for is that clause's subject, right after "for"."""
    for clause in prep.head.children:
        if clause.dep_ not in ("advcl", "ccomp", "xcomp") or clause.i < prep.i:
            continue
        if not has_to_infinitive(clause):
            continue
        for child in clause.children:
            if (
                child.dep_ in ("nsubj", "nsubjpass")
                and child.pos_ in ("PROPN", "NOUN", "PRON")
                and prep.i < child.i < clause.i
            ):
                return child
    return None


def lemma_variants(token: Token) -> list[str]:
    """The lemma, then guesses from the word form for when the lemmatizer slips ("staged")."""
    return list(_variants(token.lemma_.lower(), token.lower_))


@lru_cache(maxsize=8192)  # a run asks for the same words again and again (small: see book.py)
def _variants(lemma: str, lower: str) -> tuple[str, ...]:
    out = [lemma]
    if lower != lemma:
        out.append(lower)
        for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("d", ""),
                             ("es", ""), ("s", ""), ("ing", "e"), ("ing", "")):  # fmt: skip
            if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
                out.append(lower[: -len(suffix)] + repl)
        # issue #9 lex30: a doubled final consonant ("expelling" -> expel, "submitted")
        for suffix in ("ing", "ed"):
            stem = lower[: -len(suffix)]
            if not lower.endswith(suffix) or len(stem) < 4 or stem[-1] != stem[-2]:
                continue
            if stem[-1] not in "aeiousl" or (stem[-1] == "l" and len(stem) > 4):
                out.append(stem[:-1])
    return tuple(out)


def _capital_participle(token: Token) -> bool:
    """issue #9 nominal: "Visiting Seoul last week, Trump warned ...": the parser reads the
    sentence's first word as a name when it is a participle heading an adverbial clause."""
    return (
        token.pos_ == "PROPN"
        and token.dep_ == "advcl"
        and token.lower_.endswith("ing")
        and (token.i == token.sent.start or token.doc[token.i - 1].is_punct)
    )


def _participle_read_as_noun(token: Token) -> bool:
    """issue #9 lex30: "pressure the secretary into expelling tens of thousands of Honduran
    immigrants": a word in -ing or -ed the parser tags a noun or an adjective, with a direct
    object of its own, is the verb's participle."""
    return (
        token.pos_ in ("NOUN", "ADJ")
        and token.lower_.endswith(("ing", "ed"))
        and any(c.dep_ == "dobj" for c in token.children)
    )


def best_match(trigger: Token, lexicon: Lexicon) -> Match | None:
    """The most specific lexicon entry whose frame is present at ``trigger``."""
    tag = trigger.pos_  # read once: every content token of every sentence comes here
    if (
        tag in ("VERB", "AUX")
        or (tag == "NOUN" and trigger.dep_ == "ROOT")
        or _capital_participle(trigger)
        or _participle_read_as_noun(trigger)
    ):
        pos = "verb"
    elif tag in ("NOUN", "PROPN"):
        pos = "noun"
    else:
        return None
    entries = []
    lemma = trigger.lemma_.lower()
    lower = trigger.lower_
    if pos == "noun" and trigger.i > 0 and lemma in _multiword_ends(lexicon):
        # multiword noun triggers first ("air strike", "military aid", "arrest warrant")
        previous = trigger.doc[trigger.i - 1]
        multi = lexicon.candidates(f"{previous.lower_} {lemma}", pos)
        found = _best_of(trigger, multi)
        if found is not None:
            return found
    variants = _variants(lemma, lower)  # lemma_variants(trigger)
    if pos == "verb" and tag in ("PROPN", "NOUN", "ADJ"):
        variants = _variants("", lower)[1:]  # "Visiting": its lemma is no verb's
    for lemma_ in variants:
        entries = lexicon.candidates(lemma_, pos)
        if entries:
            break
    return _best_of(trigger, entries) if entries else None


_MULTIWORD_ENDS: list = [None, None, frozenset()]  # (nouns table, its size, last words)


def _multiword_ends(lexicon: Lexicon) -> frozenset[str]:
    """The last words of the lexicon's multiword noun triggers: a noun whose lemma ends none
    has no multiword entry to try (see best_match). Made again when the table changes size."""
    nouns = lexicon.nouns
    cached = _MULTIWORD_ENDS
    if cached[0] is not nouns or cached[1] != len(nouns):
        ends = frozenset(key.rsplit(" ", 1)[-1] for key in nouns if " " in key)
        cached[:] = [nouns, len(nouns), ends]
    return cached[2]


_ENTRY_HEADS: dict[int, tuple[list, tuple]] = {}


def _entry_heads(entries: list[LexiconEntry]) -> tuple[tuple[LexiconEntry, Any], ...]:
    """Each of ``entries`` with the phrase heads an object must have for it (see _best_of),
    or None when it needs no object noun: paired once per list of entries, not per trigger."""
    found = _ENTRY_HEADS.get(id(entries))
    if found is not None and found[0] is entries and len(found[1]) == len(entries):
        return found[1]
    pairs = tuple(
        (e, _phrase_heads(e.objects) if e.objects and not e.xcomp else None) for e in entries
    )
    if len(_ENTRY_HEADS) > 50_000:  # lexicons loaded again and again (tests): start afresh
        _ENTRY_HEADS.clear()
    _ENTRY_HEADS[id(entries)] = (entries, pairs)
    return pairs


def _best_of(trigger: Token, entries: list[LexiconEntry]) -> Match | None:
    if not entries:  # (a table's ``get`` default: a new list each time, never kept)
        return None
    best = None
    best_score = -1.0
    words = None
    for entry, heads in _entry_heads(entries):
        if heads is not None:
            # an entry that needs an object no noun around the trigger can be is passed over
            # without building its frame ("be" has 19 entries, 18 of them with objects)
            if words is None:
                words = _object_words(trigger)
            if heads.isdisjoint(words):
                continue
        match = match_entry(trigger, entry)
        if match is None:
            continue
        # on a tie, an entry whose target slot is filled in this sentence wins
        filled = entry.target != "none" and find_target(match, None)[0] is not None
        score = match.score + (0.5 if filled else 0.0)
        if score > best_score:
            best, best_score = match, score
    return best


APPEAL_CALL_NOUNS = frozenset({"call", "appeal", "plea"})  # the nouns of the 020 entries
FACING_CALL_VERBS = frozenset(
    {"face", "defy", "ignore", "resist", "reject", "rebuff", "dismiss", "heed", "brush", "shrug",
     "withstand", "spurn"}
)  # fmt: skip


def _called_to_go(noun: Token) -> tuple[Token, str] | None:
    """The one called on to step down: the subject of the verb that faces or resists the call
    noun (its object)."""
    if noun.lemma_.lower() not in CALL_NOUNS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FACING_CALL_VERBS:
        return None
    subject, how = find_source(verb)
    if subject is None:
        return None
    return subject, f"faced the calls ({verb.lemma_.lower()}): {how}"


def _call_parts(noun: Token) -> list[Token]:
    """The words after a faced call noun that the parser hangs on the facing verb rather than
    on the noun ("defied calls by some legislators to step down": "by" and "to step down" are
    the verb's): its "to" clause and its "by"/"from" phrase."""
    if _called_to_go(noun) is None:
        return []
    return [
        c
        for c in noun.head.children
        if c.i > noun.i
        and (
            (c.dep_ in COMPLEMENT_DEPS and c.pos_ in ("VERB", "AUX") and has_to_infinitive(c))
            or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
        )
    ]
