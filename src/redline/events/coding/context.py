"""A trigger's sense read from its context: what its object is (``_sense_object``), the
sentence around it (``_sense_context``), and who puts a question (asker, interviewer).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from redline.events.arguments import ActorResolver, Argument, has_to_infinitive, partitive_of
from redline.events.coding.clauses import _name_given_in_object, _object_of, _of_object
from redline.events.coding.flags import announcement
from redline.events.coding.vocabulary import (
    CLOSING_QUOTES,
    FORECAST_MODALS,
    QUESTION_CLAUSE_DEPS,
    QUESTION_MARKS,
    RELATIVE_SUBJECTS,
    SEXUAL_MISCONDUCT,
    WH_WORDS,
    Match,
)
from redline.events.senses import SenseObject, someone_lemmas
from redline.model import Event
from redline.nlp.parse import parse_text, sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Token


# issue #9 prec41: an object that is itself a question ("asked him a question")
QUESTION_NOUNS = frozenset({"question", "questions"})


MISCONDUCT_WINDOW = 6  # sentences back where the misconduct a bare denial answers is told
DENIED_WORDS = re.compile(
    r"(?i)\bden(?:y|ies|ied|ying)\b.{0,40}\b(?:allegations?|accusations?|claims?|wrongdoing"
    r"|charges?|misconduct)\b|\b(?:allegations?|accusations?|claims?)\b.{0,30}\b(?:false|untrue"
    r"|baseless|fabricated|lies)\b"
)
PERSON_SOURCE = re.compile(r"; source:[^;]*(?:\bperson\b|->speaker [A-Z])")  # a person, a speaker


def _misconduct_story(events: list[Event], i: int, starts: dict[int, int], event: Event) -> bool:
    """issue #9/#10 actors11: "Moore, 70, has denied the accusations" in a story that told the
    sexual misconduct a few sentences before: a person's bare denial of allegations answers
    the women and staff who made them, as when the sentence says so itself."""
    if not DENIED_WORDS.search(event.text) or not PERSON_SOURCE.search(event.rule or ""):
        return False
    here = starts[event.start]
    for other in _around(events, i):
        if here - starts[other.start] >= MISCONDUCT_WINDOW:
            return False
        accused = other.target_actor and other.target_actor[:3] == (event.source_actor or "")[:3]
        if accused and SEXUAL_MISCONDUCT.search(other.text):
            return True
    return False


def _around(events: list[Event], i: int) -> Iterator[Event]:
    """The events of event ``i``'s sentence after it, then every event before it, nearest
    first (no copies: the caller stops after a few sentences)."""
    j = i + 1
    while j < len(events) and events[j].start == events[i].start:
        yield events[j]
        j += 1
    for k in range(i - 1, -1, -1):
        yield events[k]


def _trigger_preps(trigger: Token) -> frozenset[str]:
    """Prepositions on the trigger, and the "for" opening a clause under it ("called *for*
    China to act" parses "for" as the mark of "act")."""
    preps = {c.lower_ for c in trigger.children if c.dep_ == "prep"}
    for child in trigger.children:
        if child.dep_ in ("advcl", "ccomp", "xcomp"):
            preps.update(m.lower_ for m in child.children if m.dep_ == "mark" and m.i < child.i)
    return frozenset(preps)


PERSON_POBJ = "<person>"  # in senses.yml: a prepositional object that names a person
# the prepositions whose objects the sense rules read: "campaigned for Moore before the
# *election*" is still campaigning for Moore
# "went *to* hospital"; issue #9 prec19: "worried *about* the militants"
SENSE_PREPS = frozenset({"of", "with", "for", "against", "on", "to", "about", "over"})
# issue #9 read25: words the parser may hang as a preposition that act as the verb's particle
PARTICLE_PREPS = frozenset({"out", "away", "through"})  # "push through a bill" (read43)


def _relative_object(verb: Token) -> Token | None:
    """issue #9 precision10: the noun a relative clause with its own subject hangs on is the
    verb's object ("the Senate *seat* he has held since 1977", "the *aid* it received")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in RELATIVE_SUBJECTS or subject.dep_ == "nsubjpass":
        return None
    return _given_thing(verb.head) or verb.head


# issue #9 read27: nouns in "-ing" the parser reads as a participle on a name before them ("a
# House of Lords ruling" with "ruling" an acl of "House"): the noun is the phrase's head
NOUN_GERUNDS = frozenset(
    {"ruling", "finding", "warning", "meeting", "hearing", "briefing", "funding", "spending",
     "bombing", "shooting", "killing", "uprising", "offering", "undertaking", "wording"}
)  # fmt: skip


def _gerund_head(obj: Token | None) -> Token | None:
    """The "-ing" noun right after a name, which the parser read as a participle on the name or
    on a verb ("a House of Lords ruling", "a Court of Appeal ruling that ..."), else ``obj``."""
    if obj is None or obj.pos_ != "PROPN":
        return obj
    # the name's own words: the name and its "of" phrase, up to the first "-ing" word
    end = obj.i
    while end + 1 < len(obj.doc) and (
        obj.doc[end + 1].pos_ == "PROPN" or obj.doc[end + 1].lower_ == "of"
    ):
        end += 1
    if end + 1 >= len(obj.doc):
        return obj
    nxt = obj.doc[end + 1]
    if (
        nxt.tag_ == "VBG"
        and nxt.lower_ in NOUN_GERUNDS
        and not any(c.dep_ in ("dobj", "nsubj") for c in nxt.children)
    ):
        return nxt
    return obj


def _passive_patient(verb: Token, obj: Token | None) -> Token | None:
    """issue #9 read27: what a passive relative clause or participle acts on is the noun it
    hangs on ("A study, which was commissioned by the executive, found ...", "a report
    commissioned by ministers"), not the relative pronoun: the sense rules read that noun."""
    head = verb.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return obj
    if obj is not None and obj.dep_ == "nsubjpass" and obj.lower_ in RELATIVE_SUBJECTS:
        return head if verb.dep_ == "relcl" else obj
    if obj is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return head
    return obj


def _given_thing(noun: Token) -> Token | None:
    """issue #9/#10 actors14 (readout13's b10): a relative clause on the one a "to" phrase gives
    to ("set out all donations ... to local parties they receive", "declare the gifts to its
    branches that it receives") tells of the thing given, which the parser put the clause too
    far from: the object before the "to" phrase of its verb, or the noun it hangs on."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "to":
        return None
    owner = prep.head
    if owner.pos_ == "NOUN":
        return owner
    if owner.pos_ == "VERB":
        return next((c for c in owner.children if c.dep_ == "dobj" and c.i < prep.i), None)
    return None


# issue #9 prec41: the named-entity types a held or captured one may be (a person, a people, a
# body), not a place ("captured East Jerusalem") nor a thing
SOMEONE_ENTS = frozenset({"PERSON", "NORP", "ORG"})
# issue #9 read47: a named work, event or thing is no one ("Trump held a Fourth of July
# \"Salute to America\"", "held the Women's March")
THING_ENTS = frozenset({"WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
# the dependents of a noun that name someone else than the noun: whose it is ("Mr. Trump's
# proposal"), what it is of, about or with ("the support of young voters", "roundtables with
# teachers"), what it says or does ("a sign saying ...", "a call highlighting his record")
OTHERS_DEPS = frozenset({"poss", "prep", "acl", "relcl"})


def _someone(obj: Token, resolver: ActorResolver) -> bool:
    """issue #9 prec41: whether the object head ``obj`` is someone. A pronoun, a name, a
    person, people or body the parser tags, a word the actor book knows on the head ("the
    protesters") or in a word before it ("two Italian engineers") is someone, and so is a
    noun no actor is found in (left to the other rules: "the escaped prisoner"). A common noun
    whose actors are all in a possessor or a phrase after it is a thing of theirs ("held a
    conference call highlighting Sanders' record", "captured the allegiance of younger
    voters", "held up Mr. Trump's proposal", "holds little hope for returning to the United
    States")."""
    if obj.pos_ == "PROPN" and obj.ent_type_ in THING_ENTS:
        return False
    if obj.pos_ != "NOUN" or obj.ent_type_ in SOMEONE_ENTS:
        return True
    lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
    inside = [(a, b) for a, b, _ in resolver.mentions if lo <= a and b <= hi]
    if not inside:
        return True
    others = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
        for c in obj.children
        if c.dep_ in OTHERS_DEPS
    ]
    return any(not any(o_lo <= a and b <= o_hi for o_lo, o_hi in others) for a, b in inside)


def _sense_object(trigger: Token, resolver: ActorResolver | None = None) -> SenseObject:
    """What the sense rules read of the trigger's object: "received *waivers*", "met *the
    deadline*", "took *part* in", "fired *back* at", and the words after the trigger ("warned
    that it would *strike*"); with ``resolver``, whether the object is someone."""
    obj = _passive_patient(trigger, _object_of(trigger) or _relative_object(trigger))
    if obj is None and trigger.pos_ == "NOUN":
        # issue #9 prec30: an event noun acts on its "of" phrase ("the release *of emails*")
        obj = _of_object(trigger)
    obj = _gerund_head(obj)
    never = _never_indefinite(trigger, obj)
    if obj is not None and (part := partitive_of(obj)) is not None:
        obj = part  # issue #9 read43: "met many of the government's demands" meets demands
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "obj") and c.i > trigger.i]
    if len(objects) > 1 and objects[-2].right_edge.i + 1 == objects[-1].left_edge.i:
        # issue #9 precision11: "denied Janet Yellen a second term": of two objects the second
        # is the thing given or withheld, which tells the sense (issue #9/#10 actors13: two
        # objects side by side; "received the nomination ... over two rivals: candidate Joshua
        # Perkins" is one object and a list the parser hung on the verb)
        obj = objects[-1]
    particles = frozenset(
        c.lower_
        for c in trigger.children
        if c.dep_ in ("prt", "advmod")
        and c.i > trigger.i
        # issue #9 read25: "backed out of the deal": "out" parsed as a preposition
        or c.dep_ == "prep"
        and c.i == trigger.i + 1
        and c.lower_ in PARTICLE_PREPS
    )
    end = trigger.right_edge.i + 1
    after = " ".join(t.lower_ for t in trigger.doc[trigger.i + 1 : end])
    # issue #9 precision9: "clashed with *factions*", "control of the *Senate*", "freed X *to* act"
    # a copula's complement too: "are responsible *for defence purposes*"
    complements = [c for c in trigger.children if c.dep_ in ("acomp", "attr") and c.i > trigger.i]
    pobjs = frozenset(
        word
        for head in (trigger, obj, *complements)
        if head is not None
        for prep in head.children
        if prep.dep_ == "prep" and prep.i > head.i and prep.lower_ in SENSE_PREPS
        for p in prep.children
        if p.dep_ == "pobj"
        for word in (p.lemma_.lower(), PERSON_POBJ if p.ent_type_ == "PERSON" else "")
        if word
    )
    # issue #9 readout15: "challenged Mr Kilroy-Silk to stand down" is parsed as a ccomp too
    infinitive = any(
        c.dep_ in ("xcomp", "ccomp") and has_to_infinitive(c)
        for c in trigger.children
        if c.i > trigger.i
    )
    clause = any(c.dep_ == "ccomp" and c.i > trigger.i for c in trigger.children)
    forecast = any(
        c.dep_ == "ccomp"
        and c.i > trigger.i
        and any(a.dep_ == "aux" and a.lemma_ in FORECAST_MODALS for a in c.children)
        for c in trigger.children
    )
    others = any(
        c.dep_ == "ccomp" and c.i > trigger.i and _others_subject(c) for c in trigger.children
    )
    question = _puts_question(trigger)
    # issue #9 wiki29: "called the novel *an impressive book*": an object predicate names it
    naming = _names_its_object(trigger)
    if obj is None:
        return SenseObject(particles=particles, after=after, pobjs=pobjs, infinitive=infinitive,
                           clause=clause, forecast=forecast, others_clause=others,
                           question=question, naming=naming)  # fmt: skip
    words = " ".join(t.lower_ for t in obj.subtree)
    bare = not any(
        c.dep_ in ("det", "amod", "poss", "nummod", "compound") or c.lower_ == "of"
        for c in obj.children
    )
    # issue #9 precision: whose act the object is ("the government's decision"); a pronoun
    # ("its decision") points back at the subject and names no other actor
    owner = next(
        (
            c.text
            for c in obj.children
            if c.i < obj.i
            and (
                c.dep_ == "poss"
                and (c.text[:1].isupper() or c.lemma_.lower() in OWNER_BODIES)
                or c.dep_ in ("compound", "nmod")
                and c.text[:1].isupper()
            )
        ),
        "",
    ) or _of_owner(obj)
    # a noun in "-ing" read as a participle keeps its own form ("ruling", not "rule")
    lemma = obj.lower_ if obj.lower_ in NOUN_GERUNDS and obj.tag_ == "VBG" else obj.lemma_.lower()
    # issue #9 prec30: "the notion that the episode should be forgotten"
    others_noun = any(c.dep_ in ("acl", "ccomp") and _others_subject(c) for c in obj.children)
    someone = (
        _someone(obj, resolver)
        if resolver is not None and trigger.lemma_.lower() in someone_lemmas()
        else None
    )
    return SenseObject(
        lemma, words, bare, particles, after, owner, pobjs, infinitive, clause,
        forecast, others, question=question, naming=naming, others_noun_clause=others_noun,
        someone=someone, never_indefinite=never,
    )  # fmt: skip


INDEFINITE_DETS = frozenset({"a", "an", "another", "any"})
INDEFINITE_HEADS = frozenset({"any", "anyone", "anybody", "another"})


def _never_indefinite(trigger: Token, obj: Token | None) -> bool:
    """issue #9 kinds47: "never" on the trigger and an indefinite object ("has never met *an*
    opponent like Trump", "had never met *any of* the women"): an experience told in general."""
    if obj is None or not any(c.lower_ == "never" for c in trigger.children if c.i < trigger.i):
        return False
    if obj.lower_ in INDEFINITE_HEADS:
        return True
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETS for c in obj.children)


QUOTE_OPENERS = frozenset({'"', "'", "“", "‘"})


def _names_its_object(trigger: Token) -> bool:
    """issue #9 wiki29: whether the trigger gives its object a name or a verdict: an object
    predicate after an object ("called the film a triumph"), with a determiner ("a triumph"),
    or with a quotation after the trigger ("called [a title] 'an impressive book'"). A bare
    name the parser made the predicate ("he called Romney, according to ...") is the one
    called."""
    later = [c for c in trigger.children if c.i > trigger.i]
    if any(c.dep_ in ("dobj", "dative") and _name_given_in_object(c) for c in later):
        return True  # issue #9 kinds42: "called Smith an 'Aunt Tom'", the name in X's phrase
    quoted = any(
        t.text in QUOTE_OPENERS for t in trigger.doc[trigger.i + 1 : sentence_of(trigger).end]
    )
    for c in later:
        if c.dep_ != "oprd":
            continue
        if quoted or any(o.dep_ == "dobj" and o.i < c.i for o in later):
            return True
        if any(d.dep_ == "det" for d in c.children):
            return True
    return False


def _question_quoted_before(trigger: Token) -> bool:
    """issue #9 prec30: a quotation ending on a question mark right before the asker ("“But
    why?” reporter Ann Lee asked him"): only closing quotes and the subject's words stand
    between the question mark and the trigger."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj" and c.i < trigger.i), None)
    if subject is None:
        return False
    # the parser may end the sentence on the quotation: look before its start too
    i = subject.left_edge.i - 1
    while i >= 0 and trigger.doc[i].text in CLOSING_QUOTES | {","}:
        i -= 1
    if i < 0 or trigger.doc[i].text != "?":
        return False
    return all(t.i in range(subject.left_edge.i, subject.right_edge.i + 1)
               for t in trigger.doc[subject.left_edge.i : trigger.i])  # fmt: skip


def _puts_question(trigger: Token) -> str:
    """issue #9 wiki29: whether the trigger puts a question: a clause after it opened by "if",
    "whether" or a question word and not a to-infinitive ("asked him whether the probe could
    survive", "asked how the research is linked"), or a quotation after it that ends on a
    question mark ("would ask me, 'Is he retiring?'"): an interviewer's question, no appeal. Not
    when the trigger takes a to-infinitive: "asked the UN to step in if fighting resumed" asks
    for an act, the if-clause its condition."""
    later = [c for c in trigger.children if c.i > trigger.i]
    if any(c.dep_ in ("xcomp", "ccomp") and has_to_infinitive(c) for c in later):
        return ""
    rest = trigger.doc[trigger.i + 1 : sentence_of(trigger).end]
    opened = next((t.i for t in rest if t.text in QUOTE_OPENERS), None)
    if opened is not None and any(t.text == "?" and t.i > opened for t in rest):
        return "quoted"
    if _question_quoted_before(trigger):
        return "quotation before"  # an interviewer's only: "a jury asked the judge" asks
    if any(c.dep_ == "dobj" and c.lemma_.lower() in QUESTION_NOUNS for c in later):
        return "object"  # issue #9 prec41: "when Boyle asked him a question"
    for c in later:
        if c.dep_ not in QUESTION_CLAUSE_DEPS or has_to_infinitive(c):
            continue
        if any(g.dep_ == "mark" and g.lower_ in QUESTION_MARKS for g in c.children):
            return "clause"
        if c.left_edge.lower_ in WH_WORDS and c.left_edge.i > trigger.i:
            return "clause"
    return ""


# issue #9 read25: words of a clause's subject that may point back at the one who speaks
BACK_POINTING = frozenset({"there", "it", "this", "that", "what", "which", "who"})


def _others_subject(clause: Token) -> bool:
    """Whether ``clause`` has a subject of its own naming someone or something else than the one
    whose verb governs it: no pronoun in it ("Strzok was removed", "the Democrats are on the
    right track"; not "he was aware", "his office had settled")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in BACK_POINTING:
        return False
    return not any(t.tag_ in ("PRP", "PRP$") or t.pos_ == "PRON" for t in subject.subtree)


def _sense_context(
    obj: SenseObject,
    trigger: Token,
    sources: list[Argument],
    targets: list[Argument],
    match: Match,
) -> SenseObject:
    """issue #9 verbal19: what the sense rules read of who acts and where: the sources' roles
    ("USAGOV" -> GOV) and kinds (person, country ...), the targets' ("target:GOV" ...), the
    doer's words as parsed (the noun a participle qualifies, "policies *targeting* young
    immigrants", or the subject phrase), the sentence, and whether a governor frames the act or
    it is announced."""
    roles = set()
    for side, args in (("", sources), ("target:", targets)):
        for arg in args:
            if arg.actor is None:
                continue
            code = arg.code or ""
            # every three letters: the country or group (USA, IMG ...), then the roles
            roles.update(side + code[i : i + 3] for i in range(0, len(code), 3))
            roles.add(side + (getattr(arg.actor, "kind", "") or ""))
    doer = [trigger.head.lemma_.lower()] if trigger.dep_ == "acl" else []
    doer += [
        " ".join(t.lower_ for t in c.subtree)
        for c in trigger.children
        if c.dep_ in ("nsubj", "csubj")
        and c.i < trigger.i
        # issue #9 prec41: a passive's doer is its "by" agent ("was asked by host Bill Maher")
        or c.dep_ == "agent"
    ]
    sent = sentence_of(trigger)  # (each ``Token.sent`` works the sentence out again)
    before = trigger.doc[trigger.i - 1] if trigger.i > sent.start else None
    if not doer and before is not None and before.pos_ == "NOUN":
        # "after the January 2010 earthquake killed ...": the parser hangs the noun elsewhere
        doer.append(before.lemma_.lower())
    return replace(
        obj,
        roles=frozenset(r for r in roles if r),
        doer=" ".join(doer),
        # the parse's text sliced (joined once per parse), not ``Span.text``, which builds
        # every token of the sentence for each candidate: the same characters
        sentence=parse_text(trigger.doc)[sent.start_char : sent.end_char].lower(),
        governed=match.governor is not None,  # "threatened to attack": a threat
        announced=bool(announcement(match)),  # "have sworn to fight": an intent
        capability=_capability(trigger),
        subject_head=_subject_head(trigger),
        interviewer=bool(obj.question) and _introduced_as_interviewer(trigger),
    )


# issue #9 prec41: words that introduce a name as the one who interviews ("in an interview with
# Sean Hannity", "Morning Joe hosts Joe Scarborough and Mika Brzezinski"), up to three
# capitalised words before the name
INTERVIEWER_INTRO = (
    r"(?:interview(?:s|ed)?\s+with|hosts?|co-hosts?|anchors?|moderators?|interviewers?)\s+"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}"
)


def _asker(trigger: Token) -> Token | None:
    """The one who asks: the subject, or a passive's "by" agent."""
    for c in trigger.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "agent":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def _introduced_as_interviewer(trigger: Token) -> bool:
    """issue #9 prec41: whether the asker is a name the article introduced, before the
    question, as an interviewer or a show's host ("During an interview with Sean Hannity ...
    Hannity asked Trump if ...", "In an interview with Morning Joe hosts Joe Scarborough and
    Mika Brzezinski ... Scarborough also asked Clinton if ..."): a media interview's question
    (the document gold's §26.1), no appeal. Only a capitalised word, as a name is written (the
    parser may tag a surname a noun): "the senator asked" is no one's host."""
    asker = _asker(trigger)
    if asker is None or asker.pos_ not in ("PROPN", "NOUN") or not asker.text[:1].isupper():
        return False
    before = parse_text(trigger.doc)[: trigger.idx]
    return re.search(rf"{INTERVIEWER_INTRO}{re.escape(asker.text)}\b", before) is not None


# issue #9 read36: words that stand for a share of the noun after their "of" ("much of the
# credit"): the noun is the subject's head
PARTITIVE_HEADS = frozenset({"much", "most", "all", "some", "part", "half", "bulk", "rest", "lot"})


def _subject_head(trigger: Token) -> str:
    """issue #9 read36: the lemma of the trigger's subject when it is a common noun, through a
    partitive ("Much of the credit for the win must go to ..." -> "credit"), else "": what the
    sense rules check for a thing that cannot act ("the bill now goes to the Senate")."""
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return ""
    if subject.lemma_.lower() in PARTITIVE_HEADS:
        subject = _of_object(subject) or subject
    return subject.lemma_.lower() if subject.pos_ == "NOUN" else ""


# issue #9 verbal20: words that make an act a capability, not an event ("capable of hitting")
CAPABILITY_WORDS = frozenset({"capable", "incapable", "ability", "capability", "capacity"})


def _capability(trigger: Token) -> str:
    """issue #9 verbal20: "a missile *capable of* hitting the U.S. mainland", "the *ability to*
    hit the United States": the word that makes the act only a capability, else ""."""
    head, word = trigger.head, trigger.head.head.lemma_.lower()
    if trigger.dep_ == "pcomp" and head.lower_ == "of" and word in CAPABILITY_WORDS:
        return word
    to = has_to_infinitive(trigger)
    if to and trigger.dep_ in ("acl", "relcl", "xcomp") and head.lemma_.lower() in CAPABILITY_WORDS:
        return head.lemma_.lower()
    return ""


# issue #9 precision: common nouns that name an actor as owner ("the government's decision");
# "their children's right" names none
OWNER_BODIES = frozenset(
    {"government", "administration", "ministry", "president", "minister", "state", "country",
     "party", "court", "army", "military", "police", "council", "parliament", "congress",
     "senate", "authority", "authorities", "regime", "leader", "union", "company", "alliance",
     "ally", "allies", "department", "agency", "commission", "committee", "king", "premier",
     "governor", "mayor", "senator", "chancellor"}
)  # fmt: skip


def _of_owner(obj: Token) -> str:
    """ "the right of Russian troops to fire": the "of" phrase names whose the thing is, when a
    name or a nationality is in it."""
    for prep in obj.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and any(
                t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
                for t in pobj.subtree
            ):
                return pobj.text
    return ""
