"""Who did it and to whom: ``find_source`` and ``find_target`` with their repairs (passive
agents, noun sources, hyphenated pairs, meetings told, measured sources).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from redline.actors import ActorMatch
from redline.events.arguments import (
    DOCUMENT_NOUNS,
    ActorResolver,
    Argument,
    _prep_object_of,
    conjuncts,
    has_to_infinitive,
)
from redline.events.coding.clauses import (
    _called_person,
    _complements,
    _gap_object,
    _handed_thing,
    _is_naming,
    _is_passive,
    _legislation,
    _marked_clause_subject,
    _measured,
    _named_after,
    _phrase_object,
    _prep_object,
    _same_side,
    _talks_between,
)
from redline.events.coding.vocabulary import (
    APPEAL_LIGHT_VERBS,
    CLOSING_QUOTES,
    CONSIDER_VERBS,
    COPULAS,
    FEELING_PARTICIPLES,
    FINITE_TAGS,
    INANIMATE_SOURCES,
    INTENT_GOVERNORS,
    LIGHT_VERBS,
    MEETING_VERBS,
    NEWS_AGENCIES,
    NEWSROOMS,
    OBJECT_CONTROL,
    PASSIVE_PARTICIPLE_AGENT,
    PASSIVE_PARTICIPLE_HEAD,
    PRESS_WORDS,
    PROMISED_NOUNS,
    REPORTING_VERBS,
    SUBJECT_DEPS,
    TALK_NOUNS,
    Match,
)
from redline.events.framing import EXCLUDING_VERBS
from redline.events.lexicon import LexiconEntry

if TYPE_CHECKING:
    from spacy.tokens import Token


AIMED_PREPS = ("against", "on", "to", "at", "toward", "towards")
THREAT_AIMED_PREPS = ("against", "at")  # "vowed to retaliate against T", "to hit back at T"
APPEAL_ON_VERBS = frozenset({"call", "prevail"})  # "called on X to ...", "prevailed upon X"


# issue #9 frames45: the verbs of a relative clause that make the event noun it describes,
# the noun being their own object left out ("a meeting he attended with Trump associates",
# "conversations he had with Kislyak", "the settlement he reached with Trump"); not the verbs
# of a go-between ("a meeting the professor arranged for him with a Russian woman", "the deal
# Egypt brokered with Hamas"), whose subject is no party
EVENT_MAKING_RELATIVE_VERBS = frozenset(
    {"have", "hold", "attend", "conduct", "reach", "strike", "negotiate", "seal"}
)
OBJECT_RELATIVE_WORDS = frozenset({"that", "which"})


def _event_making_relative(noun: Token) -> tuple[Token, Token] | None:
    """issue #9 frames45: the relative clause (verb, subject) that tells who made the event
    ``noun`` names, when the noun is the clause's own object left out: "a meeting he attended
    with Trump associates", "the settlement he reached with Trump". Only an active clause with
    a subject of its own ("a deal reached with Iran" names no one who reached it; "the meeting
    that took place" is no clause of this kind)."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in EVENT_MAKING_RELATIVE_VERBS:
            continue
        if _is_passive(clause) or has_to_infinitive(clause):
            continue
        if any(g.dep_ == "dobj" and g.lower_ not in OBJECT_RELATIVE_WORDS for g in clause.children):
            continue  # "a meeting at which he had a chance with ...": the clause's own object
        subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in OBJECT_RELATIVE_WORDS | {"who", "whom"}:
            continue
        return clause, subject
    return None


def _modal_bare(verb: Token) -> bool:
    """Whether ``verb`` is a bare verb under a modal ("would lose", "could win")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _finite_conj_of_infinitive(token: Token) -> Token | None:
    """The verb a finite conjunct is really coordinated with, when the parser hung it on an
    infinitive: in "Raab urged the embassy to reconsider and spoke with Pompeo", "spoke" (past
    tense) cannot be part of "to reconsider"; it is Raab's second act, beside "urged". Nor
    can a past-tense one be part of a bare verb under a modal (lead read48: "Hawkins predicted
    Trump would lose and asked voters to ...": Hawkins asked; a present one can: "a health
    emergency forces her out" under "should come up with" is no one's second act)."""
    head = token.head
    if (
        token.dep_ == "conj"
        and token.tag_ in ("VBD", "VBZ")
        and head.tag_ == "VB"
        and head.dep_ in ("xcomp", "ccomp", "advcl")
        and head.head.i != head.i
        and (has_to_infinitive(head) or (token.tag_ == "VBD" and _modal_bare(head)))
    ):
        held = head.head
        if (
            token.tag_ == "VBD"
            and held.lemma_.lower() == "be"
            and held.dep_ == "ccomp"
            and held.head.lemma_.lower() in REPORTING_VERBS
            and any(c.dep_ == "nsubj" and c.lower_ in ("it", "there") for c in held.children)
        ):
            # issue #9 readout15: "Davis said it was not possible to overstate the judgment
            # and urged the government to move": no one but the sayer urged (not "it")
            return held.head
        return held
    return None


def _governor_chain(trigger: Token) -> list[Token]:
    """The verbs above ``trigger`` through "to ..." complements and coordination."""
    chain = []
    cur = trigger
    while cur.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acomp") and cur.head.i != cur.i:
        coordinated = _finite_conj_of_infinitive(cur)
        if coordinated is not None:
            cur = coordinated
            chain.append(cur)
            continue
        if cur.dep_ in ("advcl", "ccomp") and not has_to_infinitive(cur):
            break
        cur = cur.head
        chain.append(cur)
    return chain


def _manner_copula(prep: Token) -> Token | None:
    """The copula of an "in" phrase that says how its subject acted: "in" on the adjective ("was
    quick in condemning"), or, issue #9 read47, on the copula beside it ("has not been
    \"straightforward\" in attacking the party"); none for an attitude to an act
    ("open-minded about reaching a deal")."""
    holder = prep.head
    if (
        holder.dep_ == "acomp"
        and holder.lower_ not in ATTITUDE_ADJECTIVES
        and holder.head.lemma_.lower() in COPULAS
    ):
        return holder.head
    if holder.lemma_.lower() in COPULAS and any(
        c.dep_ == "acomp" and c.lower_ not in ATTITUDE_ADJECTIVES for c in holder.children
    ):
        return holder
    return None


def _prep_verb(prep: Token) -> Token | None:
    """The verb a preposition hangs on, also through the adverb of "stopped short of",
    "fell short of" (issue #9 recallb: "stopped short of calling on Trump to ...")."""
    head = prep.head
    if head.pos_ == "VERB":
        return head
    if head.dep_ == "advmod" and head.lower_ == "short" and head.head.pos_ == "VERB":
        return head.head
    return None


# issue #9 readout13: passive verbs of report and belief that raise the subject of their "to ..."
# complement ("was reported by the BBC to have met", "is believed by police to have fled")
RAISING_REPORT_VERBS = frozenset(
    {"report", "say", "believe", "think", "allege", "understand", "know", "rumour", "rumor",
     "suspect", "claim", "see", "observe", "hear", "consider", "presume", "describe"}
)  # fmt: skip

OBLIGATION_VERBS = frozenset({"need", "have", "ought", "want"})
OBLIGATION_MODALS = frozenset({"should", "must", "would", "could", "might", "may"})


ACTING_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _shared_passive_subject(verb: Token) -> Token | None:
    """The passive subject an active past-tense conjunct shares ("Ryan was briefed on the
    allegations and urged Franks to resign": Ryan), when it is someone who can act."""
    clause = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or not _is_passive(clause):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return None
    if subject.ent_type_ in ACTING_ENTITIES or subject.lower_ in ("he", "she", "they", "we"):
        return subject
    return None


# issue #9 read19: speech acts a reporter goes on to do after saying how things are
REPORTER_ACTS = frozenset(
    {"dismiss", "deny", "reject", "urge", "call", "accuse", "blame", "criticize", "criticise",
     "condemn", "warn", "demand", "praise", "welcome", "vow", "pledge", "promise", "threaten",
     "appeal", "insist", "defend", "thank", "challenge", "ask", "rule"}
)  # fmt: skip


def _said_of_a_state(verb: Token, clause: Token) -> bool:
    """issue #9 read19: "Mr Milburn has repeatedly said the chancellor was key to the campaign
    and dismissed claims of a rift", "said the talks were useful and urged Iran to ...": a
    speech act joined by "and" to a copular clause that a reporting verb reports is the
    reporter's second act (a past tense, or a participle under the reporter's "has")."""
    if verb.lemma_.lower() not in REPORTER_ACTS or clause.lemma_.lower() != "be":
        return False
    if not any(c.dep_ in ("acomp", "attr") for c in clause.children):
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in clause.children):
        return False
    sayer = clause.head
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in sayer.children)
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and perfect)


def _reporters_own_conjunct(verb: Token) -> bool:
    """issue #9 readout14: a past-tense verb joined by "but" to the clause a reporting verb
    reports, where that clause says what someone should or needed to do ("said America needed
    to take more action but defended Bush", "said Iran must stop but praised its talks"): the
    parser hangs the verb on the reported clause, but the act is the reporter's."""
    clause = verb.head
    if clause.dep_ != "ccomp" or verb.i < clause.i:
        return False
    if clause.head.lemma_.lower() not in REPORTING_VERBS:
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if _said_of_a_state(verb, clause):
        return True
    if verb.tag_ != "VBD":
        return False
    if _is_passive(clause) and any(
        c.dep_ == "cc" and c.lower_ in ("and", "but") for c in clause.children
    ):
        # unseen RT reading: "the office said the deaths were caused by gunshot wounds and
        # called on the government to withdraw": an active past tense shares neither the
        # passive clause's agent nor a thing as its subject; it is the reporter's (a person or
        # body as the passive subject acts on: "Ryan was briefed and urged Franks to resign")
        return _shared_passive_subject(verb) is None
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in clause.children):
        return False
    obliged = clause.lemma_.lower() in OBLIGATION_VERBS and any(
        c.dep_ == "xcomp" and has_to_infinitive(c) for c in clause.children
    )
    modal = any(c.dep_ == "aux" and c.lemma_ in OBLIGATION_MODALS for c in clause.children)
    return obliged or modal


# issue #9 readout15: adjectives that hold an act as a wish or an interest, not a manner of doing
ATTITUDE_ADJECTIVES = frozenset({"interested", "keen", "eager", "willing", "ready", "open"})


STRAY_SKIPPED = frozenset({"aux", "neg", "advmod"})


def _stray_subject(verb: Token) -> Token | None:
    """issue #9/#10 actors15: the subject of a second clause that the parser hung on a noun of
    the first ("Russia denies meddling in the election and Trump has denied any collusion":
    Trump a conjunct of "election", "denied" a conjunct of "denies" with no subject). The name
    or noun right before the verb (past its auxiliaries and adverbs), itself a conjunct of
    another word and opened by "and" or "but", is who acts."""
    k = verb.i - 1
    while k >= 0 and verb.doc[k].head.i == verb.i and verb.doc[k].dep_ in STRAY_SKIPPED:
        k -= 1
    if k < 1:
        return None
    # issue #9 taken28: with no auxiliary between, the parser hangs the name on the first
    # clause's object just the same ("Russia denies the allegations and Trump denies any
    # collusion": Trump a conjunct of "allegations"); the checks below hold either way
    cand = verb.doc[k]
    if cand.dep_ != "conj" or cand.pos_ not in ("PROPN", "NOUN") or cand.head.i == verb.i:
        return None
    if cand.head.i > cand.i or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    opener = verb.doc[cand.left_edge.i - 1] if cand.left_edge.i > 0 else None
    if opener is None or opener.dep_ != "cc" or opener.lower_ not in ("and", "but"):
        return None
    return cand


def _fronted_subject(verb: Token) -> Token | None:
    """issue #9 unres33: "Trump, speaking to supporters in Pensacola, touted his work ... and
    called on Democrats ...": the parser makes the opening name, set off by a comma before a
    participle, a clause of the verb that has no subject; that name is who acts."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for child in verb.children:
        if child.i > verb.i or child.dep_ not in ("advcl", "npadvmod", "dep"):
            continue
        opening = child.left_edge.i
        # the sentence's first word (the sentence splitter may have joined two sentences)
        # (a name the tagger took for an adjective in a long sentence: "Trump," ADJ)
        named = child.pos_ in ("PROPN", "ADJ") or child.ent_type_ in ("PERSON", "ORG", "GPE")
        if not named or not (
            opening == verb.sent.start or verb.doc[opening - 1].text in (".", "!", "?")
        ):
            continue
        if child.i + 1 >= len(verb.doc) or verb.doc[child.i + 1].text != ",":
            continue
        return child
    return None


# issue #9 prec19: verbs of an appeal whose "for" object is the thing wanted ("called for an
# arms embargo against Myanmar", "pushed for selling reactors abroad to compete with Russia")
CALL_FOR_VERBS = frozenset({"call", "push", "press", "lobby", "campaign", "clamor", "clamour"})


def _called_for_thing(entry: LexiconEntry, trigger: Token, tgt_how: str) -> bool:
    """issue #9 prec19: "Amnesty called for an arms embargo against Myanmar", "he called for
    scrapping the deal with Tehran": what is called for is a measure, and a country named
    somewhere inside it is no one appealed to (the document gold leaves such an appeal's target
    empty). Its phrase is read for an actor of its own ("called for Moore's resignation"), not
    for any actor it mentions."""
    return (
        tgt_how == "pobj(for)"
        and entry.code[:2] == "02"
        and trigger.lemma_.lower() in CALL_FOR_VERBS
    )


# what befalls people with no one acting: never the "by" actor of a participle
MISHAPS = frozenset(
    {"crash", "accident", "collision", "explosion", "blast", "fire", "storm", "hurricane",
     "typhoon", "cyclone", "earthquake", "quake", "flood", "flooding", "landslide", "tsunami",
     "disease", "virus", "outbreak", "epidemic", "pandemic", "illness", "cancer", "drought"}
)  # fmt: skip


def _participle_on_noun(verb: Token) -> bool:
    """A passive participle describing a noun that is no document ("a soldier stabbed ...";
    not "a report released by the CBO": a paper put out, no act on anyone)."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.lemma_.lower() not in DOCUMENT_NOUNS
    )


def _agentless_participle(verb: Token) -> bool:
    """issue #9 relcl28: "a lawmaker arrested on Tuesday": a passive participle describing a
    noun with no "by" phrase; the noun is what was acted on and no one is named acting."""
    return _participle_on_noun(verb) and not any(
        c.dep_ in ("agent", "dobj", "dative", "oprd", "nsubj") for c in verb.children
    )


def _reduced_passive_agent(verb: Token) -> Token | None:
    """The "by" object of a passive participle describing a noun ("a soldier stabbed by a
    gunman": the gunman), None when ``verb`` is no such participle."""
    if not _participle_on_noun(verb):
        return None
    for child in verb.children:
        if child.dep_ == "agent":
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            if agent is not None and any(
                a.text in NEWS_AGENCIES or a.lower_ in PRESS_WORDS for a in conjuncts(agent)
            ):
                return None  # "officials contacted by Reuters": a news agency's inquiry
            if agent is not None and agent.lemma_.lower() in MISHAPS | INANIMATE_SOURCES:
                return None  # "victims killed by the MH17 crash", "people hit by the ban"
            return agent
    return None


# issue #9 recall22: prepositions whose "-ing" clause tells what the subject of the verb it
# hangs on did, when or how ("stalled momentum by demanding", "lost his position after
# refusing"); "in" too, but for "joined Democrats in objecting" (the one joined acts as well)
SUBJECT_GERUND_PREPS = frozenset(
    {"by", "after", "before", "while", "since", "without", "despite", "upon", "through",
     "beyond", "besides", "following", "in"}
)  # fmt: skip


def _subjects_gerund(prep: Token, verb: Token) -> bool:
    """Whether the "-ing" clause under ``prep`` is the act of ``verb``'s subject, not of its
    object (issue #9 recall22)."""
    word = prep.lower_
    if word == "in" and verb.lemma_.lower() == "join":
        return False
    return word in SUBJECT_GERUND_PREPS


# issue #9 recall35: a Reuters story code left in the text ("... was responsible. [nS0N1MD016]
# In an interview, Cuban officials accused him ...")
STORY_CODE = re.compile(r"n[A-Z0-9]{8,12}")


def _story_code(tok: Token) -> bool:
    """The token is a bracketed wire story code, which the parser may make the next
    sentence's subject: never an actor."""
    doc = tok.doc
    return (
        bool(STORY_CODE.fullmatch(tok.text))
        and tok.i > 0
        and doc[tok.i - 1].text == "["
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text == "]"
    )


ENABLING_VERBS = frozenset({"give", "grant", "allow", "permit", "let", "enable", "offer", "hand"})


def _doerless_clause(subject: Token) -> bool:
    """A clausal subject with no subject of its own ("Buying MCI would give ...", "Leaving the
    union will cost jobs"): a verb's act, naming no one who acts."""
    return (
        subject.dep_ == "csubj"
        and subject.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in subject.children)
    )


def _bare_participle(verb: Token) -> bool:
    """Whether ``verb`` is a past participle with a subject but no "have" or "be" before it:
    the parser's subject of a reduced passive ("Labour's posters - recently withdrawn from the
    party's website - were ...": the posters were withdrawn, by someone unnamed), who underwent
    the act and did not do it (issue #9 read31)."""
    if verb.tag_ != "VBN" or verb.dep_ in ("conj", "ROOT"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None:
        return False
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in RESULT_VERBS:
        return True  # "wants him extradited", "had them arrested": he is to be extradited
    # a past tense the tagger reads as a participle ("when spy agencies alleged that ...") has
    # its subject next to it; the reduced passive is set off by a dash, a comma or a bracket
    between = verb.doc[subject.i + 1 : verb.i]
    return any(t.lower_ in ("-", "--", "–", "—", ",", "(") for t in between)


# issue #9 read31: verbs whose object and participle tell what is to be done to the object
RESULT_VERBS = frozenset({"want", "need", "see", "get", "have", "like", "wish", "prefer"})


def _misread_verb_subject(trigger: Token) -> Token | None:
    """issue #9 items28: "Labour renewed calls for a second referendum": the parser reads a
    party name it tags as a common noun, with the verb, as a modifier phrase of the noun ("the
    Labour-renewed calls"); a past-tense verb (VBD, never a participle) modifying the event
    noun with a subject of its own is the sentence's verb, and that subject acted."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "ROOT":
        return None
    for child in trigger.children:
        if child.dep_ == "amod" and child.tag_ == "VBD" and child.i < trigger.i:
            subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


PASSIVE_CONJUNCT_NO_AGENT = "passive conjunct, no agent"


def _passive_trigger_clause(trigger: Token, route: str) -> bool:
    """issue #9 kinds42: whether a passive verb with no "by" phrase, reached from ``trigger``
    along ``route`` (conjuncts only), is the trigger's own passive clause ("Yun was summoned",
    "people were killed or maimed"). A feeling ("she ... was dismayed to learn") is felt by the
    subject it shares, so it is none."""
    if trigger.tag_ != "VBN" or route.replace("conj^", ""):
        return False
    if has_to_infinitive(trigger):
        return False  # "authorization for an aide to be extradited", parsed as a conjunct
    return trigger.lemma_.lower() not in FEELING_PARTICIPLES


def find_source(trigger: Token) -> tuple[Token | None, str]:
    """The token naming who acted, and the dependency route to it."""
    cur = trigger
    route = ""
    came: Token | None = None  # the conjunct or complement the walk came up from
    misread = _misread_verb_subject(trigger)
    if misread is not None:
        return misread, "amod(finite)^nsubj"
    passive_unnamed = False  # a passive trigger (or its passive conjunct) names no agent
    for _ in range(6):
        coordinated = _finite_conj_of_infinitive(cur)
        if coordinated is not None:  # "urged T to reconsider and spoke with P": urged's subject
            route += "conj^"
            came, cur = cur, coordinated
            continue
        first = _participle_on_object(cur) if cur.i == trigger.i else None
        if first is not None:  # "..., shelling rebel towns and killing civilians": shelling's
            route += "conj(object)^"
            came, cur = cur, first
            continue
        shared = _shared_passive_subject(cur)
        if shared is not None:  # "Ryan was briefed ... and urged Franks": Ryan, not the agent
            return shared, route + "conj^nsubjpass (shared)"
        if _is_passive(cur) and route.endswith("advcl^") and _state_passive_adjunct(cur, came):
            held = next((c for c in cur.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if held is not None:
                return held, route + held.dep_
        if _is_passive(cur):
            if cur.i == trigger.i and cur.lemma_.lower() in FEELING_PARTICIPLES:
                felt = next((c for c in cur.children if c.dep_ == "nsubjpass"), None)
                if felt is not None:
                    return felt, route + "nsubjpass (feeling)"
            if route.endswith("xcomp^") and cur.lemma_.lower() in RAISING_REPORT_VERBS:
                # issue #9 readout13: "X were reported by local media to have visited ...": the
                # agent of "reported" told it; X acted in the "to ..." complement
                for child in cur.children:
                    if child.dep_ == "nsubjpass":
                        return child, route + "nsubjpass"
            for child in cur.children:
                if child.dep_ == "agent":
                    for grand in child.children:
                        if grand.dep_ == "pobj":
                            return grand, route + "agent(by)"
            if route.endswith("xcomp^") or (
                route.endswith("conj^") and came is not None and came.tag_ in FINITE_TAGS
            ):
                # "Obama is scheduled to attend", "X was forced to resign": the passive
                # governor's subject is the one who acts in its "to ..." complement; issue #9
                # recall22: "Ryan was briefed on the allegations and urged Franks to resign":
                # an active finite conjunct of a passive verb shares its subject
                for child in cur.children:
                    if child.dep_ == "nsubjpass":
                        return child, route + "nsubjpass"
            if cur.i == trigger.i and cur.dep_ in ("xcomp", "ccomp") and has_to_infinitive(cur):
                # issue #9 read25: "we will not allow cities to be threatened", "refused to be
                # drawn into": whoever governs a passive "to be ..." with no "by" phrase is not
                # the one who acts in it
                return None, route + "passive complement, no agent"
            if _passive_trigger_clause(trigger, route):
                passive_unnamed = True
        else:
            if passive_unnamed and route and not route.replace("conj^", ""):
                # issue #9 kinds42: "she was shocked and Yun was summoned", "we are losing
                # people ... or people are being killed": the subject of a clause joined to a
                # passive one with no "by" phrase is no agent of it
                return None, route + PASSIVE_CONJUNCT_NO_AGENT
            if cur.i == trigger.i and _bare_participle(cur):
                return None, route + "bare participle, no agent"
            for child in cur.children:
                if child.dep_ in SUBJECT_DEPS and not _story_code(child):
                    if _doerless_clause(child) and cur.lemma_.lower() in ENABLING_VERBS:
                        # issue #9 read55: "Buying MCI would give Verizon access to ...": an
                        # act as the subject of give / allow is no one who gives or allows
                        # (was MCI's metonym)
                        return None, route + "csubj (an act, no giver)"
                    if route.endswith("xcomp^") and (honoured := _honoured(cur, child)):
                        return honoured, route + "honour's owner"
                    return child, route + child.dep_
            stray = _stray_subject(cur) if cur.dep_ == "conj" else None
            if stray is not None:
                return stray, route + "stray-conj-subject"
            fronted = _fronted_subject(cur)
            if fronted is not None:
                return fronted, route + "fronted-name-subject"
        if cur.i == trigger.i and (agent := _reduced_passive_agent(cur)) is not None:
            # issue #9 recall23: "Japanese abducted by North Korea", "deals brokered by Russia":
            # a passive participle of a noun has no auxiliary; its "by" phrase names who acted
            return agent, route + PASSIVE_PARTICIPLE_AGENT
        if cur.dep_ == "relcl" and cur.head.pos_ in ("NOUN", "PROPN"):
            if _is_passive(cur):
                # issue #9 readout13: the noun a passive relative clause hangs on is what was
                # acted on or what the act was for ("... the counter-protesters, for which he
                # was criticized"), never who acted
                return None, route + "passive relcl"
            return cur.head, route + "relcl-head"
        own = _own_commitment(cur)
        if own is not None:  # "Trump accepted an invitation to meet Kim": Trump meets
            return own
        decided = _decider(cur)
        if decided is not None:  # "Trump's decision to recognize Jerusalem": Trump recognizes
            return decided[0], route + decided[1]
        promiser = _promiser(cur) if cur.i == trigger.i else None
        if promiser is not None:  # "Poland's pledge to send tanks": Poland promises to send
            return promiser[0], route + promiser[1]
        if (
            cur.dep_ == "acl"
            and (cur.tag_ == "VBG" or (_conjuncts_only(route) and trigger.tag_ == "VBG"))
            and cur.head.pos_ in ("NOUN", "PROPN")
        ):
            # issue #9 actors44: a participle joined to another on a noun is the noun's act
            # too ("superdelegates, chosen by the party and backing Mrs. Clinton")
            noun = _displayed_on(cur.head)  # "protesters demanding ...": the protesters
            lemma = noun.lemma_.lower()
            verb = noun.head
            if noun.dep_ == "pobj" and verb.dep_ == "prep":
                verb = verb.head  # "replaced it with a proclamation barring ..."
            written = DOCUMENT_NOUNS | DECREE_NOUNS | DISPLAY_NOUNS
            if lemma in written and noun.dep_ in ("dobj", "pobj"):
                # "groups published a letter demanding ...", "Trump signed an order barring
                # ...": whoever issued the letter or the order
                for child in verb.children:
                    if child.dep_ in SUBJECT_DEPS:
                        return child, route + f"acl-head^{verb.lemma_}:{child.dep_}"
            return noun, route + "acl-head"
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and _prep_verb(cur.head) is not None:
            # "resorted to throwing stones": the subject of the verb the clause hangs on, or
            # its object ("stopped Israel from building"); issue #9 recall22: never the object
            # after a preposition of time or manner ("Corker stalled momentum by demanding
            # ...", "lost his position after refusing ...": Corker demanded, he refused)
            verb = _prep_verb(cur.head)
            if not _subjects_gerund(cur.head, verb):
                for child in verb.children:
                    if child.dep_ in ("dobj",):
                        return child, route + f"pcomp^dobj-of-{verb.lemma_}"
            route += "pcomp^"
            cur = verb
            continue
        if (
            cur.dep_ == "pcomp"
            and cur.head.dep_ == "prep"
            and cur.head.lower_ == "in"
            and (copula := _manner_copula(cur.head)) is not None
        ):
            # issue #9 readout15: "The United States was more forceful in blaming Iran", "was
            # quick in condemning": the copula's subject does what the adjective describes
            route += "pcomp^acomp^"
            cur = copula
            continue
        if cur.dep_ == "conj" and _reporters_own_conjunct(cur):
            # issue #9 readout14: "Mr Brown said America needed to take more action but
            # defended President Bush": the reporter's own act, not the reported clause's subject
            sayer = cur.head.head
            for child in sayer.children:
                if child.dep_ in SUBJECT_DEPS:
                    return child, route + f"conj^ccomp^{sayer.lemma_}:{child.dep_}"
        if cur.dep_ in ("xcomp", "advcl", "ccomp", "conj") and cur.head.i != cur.i:
            is_to = has_to_infinitive(cur)
            # "..., killing eight people": a participle shares the main clause's subject
            # issue #9 read31: a perfect participle too ("the army moved, having first placed
            # Mugabe under house arrest": the army placed him)
            participle = (
                cur.dep_ == "advcl"
                and (
                    cur.tag_ == "VBG"
                    or any(c.dep_ == "aux" and c.lower_ == "having" for c in cur.children)
                )
                and all(c.lower_ in SHARED_SUBJECT_MARKS for c in cur.children if c.dep_ == "mark")
            )
            if cur.dep_ in ("advcl", "ccomp") and not (is_to or participle):
                return None, ""
            if participle and _fronted_content(cur):
                return None, ""  # issue #9 read20: "Detaining X breaks the law, the court ruled"
            head = cur.head
            # a participle ("Speaking with troops, Trump told them ...") is the subject's act,
            # not the object's (issue #9 precision)
            if cur.dep_ != "conj" and not participle and head.lemma_.lower() in OBJECT_CONTROL:
                for child in head.children:
                    if child.dep_ in ("dobj", "nsubjpass"):
                        return child, route + f"{child.dep_}-of-{head.lemma_}"
                for child in head.children:
                    # "called on Iran to", "called upon Iran to"
                    if child.dep_ == "prep" and child.lower_ in ("on", "upon"):
                        for grand in child.children:
                            # not "asked on Monday the inspector general to ..."
                            if grand.dep_ == "pobj" and grand.ent_type_ not in ("DATE", "TIME"):
                                return grand, route + f"pobj(on)-of-{head.lemma_}"
            route += f"{cur.dep_}^"
            came, cur = cur, head
            continue
        if cur.dep_ == "attr" and cur.i == trigger.i and cur.head.lemma_.lower() in COPULAS:
            route += "attr^"  # issue #9 proposer: "the report is a hoax": up to "is"
            cur = cur.head
            continue
        if cur.dep_ == "acomp" and cur.head.i != cur.i:  # "is ready to send": up to "is"
            if cur.i == trigger.i and cur.tag_ == "VBN":
                return None, ""  # issue #9 precision: "it is justified": a passive state
            route += "acomp^"
            cur = cur.head
            continue
        if (
            cur.dep_ == "advmod"
            and cur.pos_ == "ADV"
            and came is not None
            and came.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in came.children)
            and cur.head.pos_ in ("VERB", "AUX")
        ):
            # issue #9 unres33: "the committee went so far as to warn Representatives": the
            # parse hangs the "as to" clause on "far"; its verb's subject acts
            route += "advmod^"
            cur = cur.head
            continue
        return None, ""
    return None, ""


# issue #9 actors26: subordinators after which an "-ing" clause with no subject of its own
# shares the main clause's ("Reynolds stressed NAFTA's importance while expressing support for
# ...", "when visiting Japan"): its subject is the main clause's
SHARED_SUBJECT_MARKS = frozenset({"while", "when", "whilst", "before", "after", "since", "upon"})


# issue #9 recall38: passives that describe a state the subject is in ("Democrats were united
# in opposition to the bill, calling it a giveaway"): a participle adjunct is the subject's act
STATE_PASSIVES = frozenset({"unite", "unify", "divide", "split", "determine", "convince"})


def _state_passive_adjunct(passive: Token, came: Token | None) -> bool:
    """``came`` is an "-ing" adjunct ("..., calling it a giveaway") of a passive of state."""
    return (
        came is not None
        and came.dep_ == "advcl"
        and came.tag_ == "VBG"
        and not any(c.dep_ == "mark" for c in came.children)
        and passive.lemma_.lower() in STATE_PASSIVES
    )


# issue #9 read20: verbs that rule or find, with which a fronted clause is what is ruled
CONTENT_VERBS = REPORTING_VERBS | {"rule", "find", "decide", "warn", "hold", "judge", "declare"}


def _fronted_content(participle: Token) -> bool:
    """issue #9 read20: "Detaining suspects without trial breaks the law, the court has ruled":
    the parser hangs a gerund that opens the reported clause on the reporting verb as a
    participle; its act is no one's, not the court's. True when the participle comes before a
    reporting or ruling verb that has no clause or object of its own, that closes the sentence
    (only a time or place may follow) and whose subject comes between the two after a comma
    ("Speaking in London, the minister said that ..." has its clause and stays)."""
    head = participle.head
    if participle.i > head.i or head.lemma_.lower() not in CONTENT_VERBS:
        return False
    if any(c.dep_ in ("ccomp", "dobj", "xcomp", "obj") for c in head.children):
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not participle.i < subjects[0].i < head.i:
        return False
    between = participle.doc[participle.right_edge.i + 1 : subjects[0].left_edge.i]
    if not any(t.lower_ == "," for t in between):
        return False
    allowed = {"prep", "npadvmod", "advmod", "punct"}
    tail = [c for c in head.children if c.i > head.i]
    return all(c.dep_ in allowed for c in tail) and not any(
        t.lower_ in ('"', "'", "“", "”", ":") for t in participle.doc[head.i + 1 : head.sent.end]
    )


# issue #9 precision: "accepted an invitation to meet", "reiterated its commitment to support":
# a noun of one's own intent, taken up by a verb of one's own, acts through its subject
OWN_INTENT_NOUNS = frozenset(
    {"invitation", "commitment", "pledge", "promise", "plan", "decision", "intention",
     "readiness", "willingness", "determination", "resolve", "vow", "bid", "effort", "attempt"}
)  # fmt: skip
OWN_INTENT_VERBS = frozenset(
    {"accept", "reiterate", "reaffirm", "announce", "make", "express", "renew", "signal",
     "confirm", "show", "honour", "honor", "keep", "take", "reach", "stand", "unveil", "launch"}
)  # fmt: skip
# "23 civilians were killed as government forces launched air strikes": who struck killed
STRIKING_VERBS = frozenset(
    {"launch", "carry", "conduct", "bomb", "shell", "strike", "attack", "fire", "open", "hit",
     "storm", "raid", "pound", "target"}
)  # fmt: skip


def _teller_after_quote(trigger: Token) -> Token | None:
    """issue #9 precision11: 'Trump said “China can fix this problem”, urging Beijing to cut
    links': the parser hangs the participle after the quote on the quoted verb, whose subject
    (China) did not urge; the one who said it did."""
    head = trigger.head
    if trigger.dep_ != "advcl" or head.dep_ != "ccomp" or head.i >= trigger.i:
        return None
    reporting = head.head
    if reporting.lemma_.lower() not in REPORTING_VERBS:
        return None
    between = trigger.doc[head.i + 1 : trigger.i]
    if not any(t.text in CLOSING_QUOTES for t in between):
        return None
    return next((c for c in reporting.children if c.dep_ in ("nsubj", "nsubjpass")), None)


CITING_VERBS = frozenset({"cite", "name", "list", "identify", "single", "describe", "mention"})


def _clause_teller(trigger: Token) -> Token | None:
    """The subject of the verb a relative clause's noun hangs on ("Trump cited China as one of
    the countries that must ...": Trump)."""
    cur = trigger.head
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") and cur.i != trigger.i:
            if cur.lemma_.lower() not in CITING_VERBS:
                return None  # "passes the ball back to Trump, who must decide": no one tells
            return next((c for c in cur.children if c.dep_ == "nsubj"), None)
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


SELF_SUBJECTS = frozenset({"i", "we", "it", "they", "he", "she", "you"})


def _warns_of_others(trigger: Token) -> bool:
    """Whether a warning's clause tells what someone or something else will do ("warned that
    the bill would imperil ...") rather than what the warner will ("warned it would respond")."""
    clause = next((c for c in trigger.children if c.dep_ == "ccomp" and c.i > trigger.i), None)
    if clause is None:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ not in SELF_SUBJECTS


def _promise_before(verb: Token) -> str | None:
    """The promise noun just before a to-infinitive the parser hung elsewhere ("his vow to
    “destroy” ...": the vow), else None."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or verb.dep_ not in ("advcl", "xcomp", "acl"):
        return None
    before = to.i - 1
    while before >= 0 and verb.doc[before].is_punct:
        before -= 1
    noun = verb.doc[before] if before >= 0 else None
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in PROMISED_NOUNS:
        return None
    return noun.lemma_.lower()


def _noun_of_infinitive(verb: Token) -> Token | None:
    """The noun a "to ..." clause describes ("an invitation to meet", "the decision to end"):
    ``verb``'s head when ``verb`` is such a clause."""
    if verb.dep_ != "acl" or not has_to_infinitive(verb):
        return None
    return verb.head


# issue #9 briefs28: "it was my honor to visit ...": the owner of the honour acts
HONOUR_NOUNS = frozenset({"honor", "honour", "privilege", "pleasure"})


def _honoured(copula: Token, subject: Token) -> Token | None:
    """The owner of the honour in "it was my great honor to welcome X", "it is our privilege
    to host ...": the one who does what the "to ..." complement says (not "it")."""
    if subject.lower_ != "it" or copula.lemma_.lower() != "be":
        return None
    for attr in copula.children:
        if attr.dep_ == "attr" and attr.lemma_.lower() in HONOUR_NOUNS:
            return next((c for c in attr.children if c.dep_ == "poss"), None)
    return None


def _own_commitment(verb: Token) -> tuple[Token, str] | None:
    noun = _noun_of_infinitive(verb)
    if noun is None or noun.lemma_.lower() not in OWN_INTENT_NOUNS or noun.dep_ != "dobj":
        return None
    gov = noun.head
    if gov.lemma_.lower() not in OWN_INTENT_VERBS:
        return None
    subject = next((c for c in gov.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return None
    return subject, f"acl-to^{noun.lemma_}^{gov.lemma_}:{subject.dep_}"


# issue #9 recall30: "Trump's decision to recognize Jerusalem as Israel's capital", "the
# administration's move to end the program": a decision told by its maker is the act decided
DECISION_NOUNS = frozenset({"decision", "move"})


def _decider(verb: Token) -> tuple[Token, str] | None:
    """The maker of the decision whose "to ..." clause ``verb`` is: the noun's possessor."""
    noun = _noun_of_infinitive(verb)
    if noun is None or noun.lemma_.lower() not in DECISION_NOUNS or noun.pos_ != "NOUN":
        return None
    maker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if maker is None:
        return None
    return maker, f"acl-to^{noun.lemma_.lower()}:poss"


def _conjuncts_only(route: str) -> bool:
    """Whether the subject search ``route`` so far only went from a conjunct to the first
    ("conj^", "conj^conj^")."""
    return bool(route) and not route.replace("conj^", "")


def _promiser(verb: Token) -> tuple[Token, str] | None:
    """issue #9 intents31: "Poland's pledge to send tanks to Ukraine", "a pledge by JD.com to
    buy ...": the maker of the promise whose "to ..." clause ``verb`` is (the noun's possessor or
    its "by" phrase); the act is promised, an intent (03x / 13x)."""
    noun = _noun_of_infinitive(verb)
    if noun is None or noun.lemma_.lower() not in PROMISED_NOUNS or noun.pos_ != "NOUN":
        return None
    maker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if maker is not None:
        return maker, f"acl-to^{noun.lemma_.lower()}^poss"
    obj, _ = _prep_object(noun, ("by",))
    if obj is not None and obj.dep_ == "pobj":
        return obj, f"acl-to^{noun.lemma_.lower()}^by"
    return None


def _striker(verb: Token) -> tuple[Token | None, str]:
    """The subject of an "as / when / after" clause of striking under a passive killing."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in STRIKING_VERBS:
            continue
        # "when" is often parsed an adverb of its clause ("were killed when ISIL launched ...")
        marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
        if not marks & {"as", "when", "after"}:
            continue
        for child in clause.children:
            if child.dep_ == "nsubj" and child.pos_ != "PRON":
                return child, f"advcl({clause.lemma_}):nsubj"
    return None, ""


# issue #9 span: with no agent, the country one is expelled from expelled them ("two
# diplomats were expelled from Russia"), and the country one is arrested in arrested them
# ("the journalist was arrested in Niger"): its authorities, as CAMEO coders read it
EXPEL_VERBS = frozenset({"expel", "deport", "eject", "oust", "banish"})
ARREST_VERBS = frozenset({"arrest", "detain", "jail", "imprison"})


def _considered(match: Match) -> str:
    """The governor that makes the action a policy option weighed ("is considering sending
    aid", "mulls imposing tariffs"): the first intent governor over the trigger, when it is one
    of considering and the action is its gerund or "whether to" complement; else ""."""
    below = match.trigger
    for gov in _governor_chain(match.trigger):
        if below.dep_ == "conj" and _finite(below):
            # unseen Al Bawaba reading: "which considers the US biased and has rejected the
            # Trump administration as a mediator": an act of its own beside the considering
            return ""
        if gov.lemma_.lower() in INTENT_GOVERNORS or gov.lemma_.lower() in CONSIDER_VERBS:
            return gov.text if gov.lemma_.lower() in CONSIDER_VERBS else ""
        below = gov
    return ""


def _finite(verb: Token) -> bool:
    """A verb with tense of its own: past or present, or with an auxiliary other than "to"."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children
    )


LET_VERBS = frozenset({"let", "set"})


def _let_source(verb: Token, src_tok: Token | None, src_how: str) -> tuple[Token | None, str]:
    """issue #9 span: "Ethiopia let free 74 political leaders": the small parser makes "free"
    a clause of "let" with no subject of its own; who lets is who frees."""
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.lemma_.lower() not in LET_VERBS:
        return src_tok, src_how
    for child in verb.head.children:
        if child.dep_ == "nsubj" and child.i < verb.i:
            return child, f"{verb.head.lemma_}:nsubj"
    return src_tok, src_how


def _passive_place_source(verb: Token, resolver: ActorResolver) -> tuple[Token | None, str]:
    """The place named by "from" (expulsions) or "in" (arrests) on an agentless passive, when
    the parser tags it a country, city or state (GPE) or the actor book knows it as a country
    or its capital (the small parser tags "Niger" a person)."""
    lemma = verb.lemma_.lower()
    prep_word = "from" if lemma in EXPEL_VERBS else "in" if lemma in ARREST_VERBS else None
    if prep_word is None:
        return None, ""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != prep_word:
            continue
        for place in prep.children:
            if place.dep_ != "pobj":
                continue
            if prep_word == "in" and not place.conjuncts:
                # issue #9 leftovers55: "a man was arrested in Tokyo": the place one is arrested
                # in is not who arrests; the police or courts of its country are (the passive
                # authority, below, reads the place). Several places ("arrested in Argentina,
                # Bulgaria and Canada") still each hold those arrested there
                continue
            known = resolver.lookup(place.text)
            if known is not None and known.kind in ("country", "metonym"):
                return place, f"place-of-passive({prep_word})"
            if place.ent_type_ == "GPE" and not (
                prep_word == "in" and _place_country(place.text) is not None
            ):
                return place, f"place-of-passive({prep_word})"
    return None, ""


# "X is responsible for / guilty of the attack": X is who acted (sentence sets / conflibert)
CULPABLE_ADJECTIVES = frozenset({"responsible", "guilty", "culpable", "to blame"})
ENTRY_VERBS = frozenset({"enter", "visit", "travel", "come", "fly", "immigrate", "return"})


# issue #9 actors: an agentless passive of a court's or the police's act ("Fransen was convicted
# of harassment", "Gates was indicted on Monday") is done by that authority of the country where
# it happens: a place on the verb ("in Florida"), else the article's home.
PASSIVE_AUTHORITY = {
    **dict.fromkeys(("convict", "sentence", "indict", "prosecute", "acquit", "try"), "JUD"),
    **dict.fromkeys(("charge", "jail", "imprison", "fine", "summons"), "JUD"),
    **dict.fromkeys(("arrest", "detain", "apprehend", "nab"), "COP"),
}  # fmt: skip
AUTHORITY_ROOTS = frozenset({"11", "17"})
GENERIC_ADVERBS = frozenset({"ever", "never", "often", "rarely", "seldom", "usually", "routinely"})


GATHERING_NOUNS = frozenset({"summit", "conference", "meeting", "forum", "session", "talks"})


def _summit_body(verb: Token, resolver: ActorResolver) -> list[Argument]:
    """issue #9 actors: "will attend the Asia-Pacific Economic Cooperation summit in Danang,
    Vietnam": the body whose gathering it is, not the place where it meets."""
    for child in verb.children:
        if child.dep_ != "dobj" or child.lemma_.lower() not in GATHERING_NOUNS:
            continue
        found = [a for a in resolver.arguments(child, "dobj:gathering-of") if a.actor is not None]
        if found and all(a.actor.kind == "organisation" for a in found):
            return found
        # the phrase may lose a hyphenated name's first part ("Asia - Pacific ..."): the words
        # before the noun, as written
        start = child.left_edge.idx
        end = child.idx + len(child.text)
        actor = resolver.lookup(verb.doc.text[start:end])
        if actor is not None and actor.kind == "organisation":
            why = f"the gathering's body {actor.name!r} [{actor.code}]"
            return [Argument(verb.doc.text[start:end], start, end, actor, "dobj:gathering-of", why)]
    return []


def _place_country(name: str) -> str | None:
    """The CAMEO country of an admin-1 region or a city of a million people ("Istanbul")."""
    from redline.enrich.places import region_or_city_country

    return region_or_city_country(name)


def _country_body(
    at: Token, country: str, sector: str, kind: str, origin: str, how: str, why: str
) -> Argument:
    """A country's body of ``sector`` (its court, police, legislature) as the unnamed side of
    the act at ``at``: an empty span there, the rule ``why`` ending with the body's code."""
    actor = ActorMatch(country + sector, country, sector, kind, "role", origin)
    return Argument("", at.idx, at.idx, actor, how, f"{why} -> {actor.code}")


# lead's read51: bodies that are given a task when they are "charged with" doing it
TASKED_BODIES = frozenset(
    {"division", "committee", "commission", "panel", "agency", "office", "unit", "team",
     "department", "body", "taskforce", "force", "council", "board", "bureau", "directorate"}
)  # fmt: skip


def _tasked_body(verb: Token) -> bool:
    """ "The division was charged with thinking up action ...": a body charged with doing
    something is given the task; a person or a firm so charged may be indicted."""
    if verb.lemma_.lower() != "charge":
        return False
    body = any(c.dep_ == "nsubjpass" and c.lemma_.lower() in TASKED_BODIES for c in verb.children)
    doing = any(
        g.dep_ == "pcomp" and g.tag_ == "VBG"
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
    )
    return body and doing


def _passive_authority(verb: Token, entry: LexiconEntry, resolver: ActorResolver) -> list[Argument]:
    """The court or police behind an agentless passive ("was sentenced to a year in prison"):
    the country of a place on the verb, else the article's home; none with neither."""
    sector = PASSIVE_AUTHORITY.get(verb.lemma_.lower())
    if sector is None or entry.code[:2] not in AUTHORITY_ROOTS:
        return []
    if any(c.dep_ in ("advmod", "neg") and c.lower_ in GENERIC_ADVERBS for c in verb.children):
        return []  # "only two Americans have ever been indicted": no occasion, no court
    if _tasked_body(verb):
        return []  # "the division was charged with improving defences": a task, no charge
    country, why = None, ""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        for place in prep.children:
            # the place's whole name ("the Old Bailey"), then its head word
            whole = verb.doc.text[place.left_edge.idx : place.idx + len(place.text)]
            found = (
                (resolver.lookup(whole) or resolver.lookup(place.text))
                if place.dep_ == "pobj"
                else None
            )
            if found is not None and found.country and found.kind in ("country", "metonym"):
                country, why = found.country, f"the place {whole!r}"
                break
            # issue #9 actors: "was detained in Istanbul": a region or a large city is in its
            # country too, which beats the dateline (the article may be datelined Washington)
            in_country = _place_country(place.text) if place.dep_ == "pobj" else None
            if in_country:
                country, why = in_country, f"the place {place.text!r} (gazetteer)"
                break
        if country:
            break
    # issue #9 readout13: a passive relative clause tells someone's past in passing ("Adli
    # Yaish, who had been arrested 15 months ago"), often by another country's courts: only a
    # place on the verb or the dateline gives its authority, not the article's guessed home
    guessed = verb.dep_ in ("relcl", "acl") and resolver.home_from != "the dateline's country"
    if country is None and resolver.home and not guessed:
        country, why = resolver.home, resolver.home_from
    if country is None:
        return []
    kind = "court" if sector == "JUD" else "police"
    why = f"the {kind} of an agentless passive {verb.lemma_!r}: {why}"
    return [
        _country_body(verb, country, sector, kind, "passive authority", "passive-authority", why)
    ]


# issue #9/#10 held53: the words naming the police or the courts as a "by" phrase's object
AUTHORITY_NOUNS = {
    "COP": frozenset({"police", "policeman", "policemen", "officer", "detective", "agent",
                      "investigator", "customs", "coastguard", "gendarme", "gendarmerie"}),
    "JUD": frozenset({"court", "judge", "tribunal", "jury", "magistrate", "prosecutor"}),
}  # fmt: skip


def _stray_authority_agent(
    verb: Token, entry: LexiconEntry, resolver: ActorResolver
) -> Token | None:
    """issue #9/#10 held53: the "by" agent of an agentless passive of a police or court act
    that the parser hung on a noun of the verb's own phrases ("was arrested on Tuesday in
    connection with the fraud by Singapore police": "by" on "fraud"). Only the authority that
    does such an act is taken back (the police arrest, a court convicts): "arrested over an
    attack by militants" keeps the militants the attack's."""
    sector = PASSIVE_AUTHORITY.get(verb.lemma_.lower())
    if sector is None or entry.code[:2] not in AUTHORITY_ROOTS:
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    frontier = [c for c in verb.children if c.dep_ == "prep"]
    for _ in range(3):
        objects = [g for p in frontier for g in p.children if g.dep_ == "pobj"]
        frontier = []
        for obj in objects:
            for prep in obj.children:
                if prep.dep_ not in ("prep", "agent"):
                    continue
                if prep.lower_ != "by":
                    frontier.append(prep)
                    continue
                agent = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if agent is None:
                    continue
                if agent.lemma_.lower() in AUTHORITY_NOUNS[sector]:
                    return agent
                whole = verb.doc.text[agent.left_edge.idx : agent.idx + len(agent.text)]
                found = resolver.lookup(whole)
                if found is not None and getattr(found, "sector", None) == sector:
                    return agent
    return None


def _reporting_authority(verb: Token, entry: LexiconEntry) -> Token | None:
    """issue #9 leftovers55: "South Korean police said a man was arrested", "Indian prosecutors
    said he was charged": the police or the court named by their country who tell of their own
    agentless act (the passive is the clause of their saying verb) are who did it."""
    sector = PASSIVE_AUTHORITY.get(verb.lemma_.lower())
    if sector is None or entry.code[:2] not in AUTHORITY_ROOTS:
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "was arrested and charged": the first conjunct's clause
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.lemma_.lower() not in REPORTING_VERBS:
        return None
    teller = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if teller is None or teller.lemma_.lower() not in AUTHORITY_NOUNS[sector]:
        return None
    # named by their own words ("South Korean police", "Tokyo prosecutors"): a bare "Police"
    # is placed no better than by the act's place or the article's home (the passive authority)
    named = any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in teller.lefts)
    return teller if named else None


# issue #9 actors48: "Prince was called to testify", "has been compelled to appear before a House
# committee": an agentless summons of a witness is the body the witness is to appear before,
# else the legislature of the article's country (a court's when the sentence tells a trial)
SUMMONS_VERBS = frozenset({"call", "summon", "compel", "subpoena", "order", "direct", "bring"})
TESTIMONY_VERBS = frozenset({"testify", "appear"})
TRIAL_WORDS = re.compile(r"\b(?:trial|jury|judge|court|courtroom|prosecutors?|defen[cs]e)\b", re.I)


def _summoning_body(verb: Token, entry: LexiconEntry, resolver: ActorResolver) -> list[Argument]:
    """Who summons the witness of an agentless "was called to testify" (entry 101)."""
    if entry.code != "101" or verb.lemma_.lower() not in SUMMONS_VERBS:
        return []
    testify = next(
        (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in TESTIMONY_VERBS),
        None,
    )
    if testify is None:
        return []
    for prep in (*testify.children, *verb.children):
        if prep.dep_ != "prep" or prep.lower_ != "before":
            continue
        for body in prep.children:
            if body.dep_ != "pobj":
                continue
            found = [a for a in resolver.arguments(body, "before") if a.actor is not None]
            if found and all(a.actor.country and not a.actor.code.startswith("---") for a in found):
                return found
    if not resolver.home or verb.dep_ in ("relcl", "acl", "advcl"):
        return []  # "In cases where children are called to testify": no occasion, no one summons
    country = resolver.home
    sector = "JUD" if TRIAL_WORDS.search(verb.sent.text) else "LEG"
    kind = "court" if sector == "JUD" else "legislature"
    why = f"the {kind} that summons a witness (agentless {verb.lemma_!r}): {resolver.home_from}"
    return [_country_body(verb, country, sector, kind, "summoning body", "passive-authority", why)]


def _entered_country(verb: Token) -> tuple[Token | None, str]:
    """'people from Chad are barred from entering the United States': with no agent, the
    country that bars entry to itself is the one entered."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for comp in prep.children:
            if comp.dep_ != "pcomp" or comp.lemma_.lower() not in ENTRY_VERBS:
                continue
            for child in comp.children:
                if child.dep_ == "dobj":
                    return child, f"entry-country({comp.lemma_})"
                if child.dep_ == "prep" and child.lower_ in ("to", "into"):
                    for grand in child.children:
                        if grand.dep_ == "pobj":
                            return grand, f"entry-country({comp.lemma_} {child.lower_})"
    return None, ""


# issue #9 precision8: "was evacuated from Tonga's capital": a place is where from, not a cause
PLACE_NOUNS = frozenset(
    {"capital", "city", "town", "village", "area", "region", "district", "province", "state",
     "country", "island", "hospital", "home", "house", "building", "airport", "port", "camp",
     "prison", "jail", "border", "base", "site", "zone", "street", "neighbourhood",
     "neighborhood", "compound", "embassy", "office", "school", "station"}
)  # fmt: skip


# issue #9 leftovers55: the nouns of a strike by fire whose nationality adjective names the
# attacker ("killed in Israeli shelling of Gaza": Israel's, not Gaza's)
FIRE_NOUNS = frozenset(
    {"shelling", "bombardment", "strike", "airstrike", "raid", "fire", "gunfire", "barrage",
     "offensive", "incursion", "attack", "bombing", "assault", "shell", "rocket", "missile"}
)  # fmt: skip


def _passive_instrument(verb: Token) -> Token | None:
    """For an agentless passive ("were killed in Israeli shelling"), the noun naming the cause."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "by", "during", "from"):
            for grand in child.children:
                if (
                    grand.dep_ == "pobj"
                    and grand.ent_type_ == "NORP"
                    and grand.i + 1 < len(grand.doc)
                    and grand.doc[grand.i + 1].lemma_.lower() in FIRE_NOUNS
                    and grand.doc[grand.i + 1].dep_ != "pobj"
                ):
                    # issue #9 leftovers55: "were killed in Israeli shelling on Tuesday", parsed
                    # with "Israeli" the object and "shelling" a clause: the nationality acted
                    return grand
                if (
                    grand.dep_ == "pobj"
                    and grand.pos_ == "NOUN"
                    and grand.lemma_.lower() not in PLACE_NOUNS
                    and grand.lemma_.lower() not in FRAME_NOUNS
                ):
                    return grand
    return None


# issue #9 kinds44: the verbs of a lawsuit, whose "in" court is where the suit is heard
SUING_VERBS = frozenset({"sue", "file", "bring", "lodge", "launch"})
COURT_NOUNS = frozenset({"court", "courthouse", "courtroom", "tribunal"})


def _court_of_a_suit(verb: Token, noun: Token) -> bool:
    """issue #9 kinds44: whether ``noun`` is the court a lawsuit was brought in ("Chevron was
    sued in an Ecuadorean court", "a suit filed in federal court"): the venue, not the one who
    sues. A court that convicts or sentences acts itself ("convicted in a Russian court")."""
    return (
        verb.lemma_.lower() in SUING_VERBS
        and noun.lemma_.lower() in COURT_NOUNS
        and noun.head.lower_ in ("in", "at", "before")
    )


# issue #9 precision10: "the ban was imposed in the aftermath of China's crackdown": a time or a
# frame, not the cause that acted (the crackdown's China did not impose the ban)
FRAME_NOUNS = frozenset(
    {"aftermath", "wake", "run-up", "midst", "course", "time", "period", "era", "year", "month",
     "week", "day", "light", "face", "context", "name", "absence", "case", "event", "response",
     "reaction", "wake-up", "part", "framework", "line"}
)  # fmt: skip


# issue #9 calls27: verbs whose subject makes the appeal its object names ("renewed its calls
# for an inquiry", "repeated its call for Iran to ...", "echoed calls for sanctions")
APPEAL_NOUNS = frozenset({"call", "appeal", "plea", "demand"})


def _noun_source(noun: Token) -> tuple[Token | None, str]:
    """Who acts in a noun event: a "by" phrase, the possessor, a nationality adjective or name
    before the noun ("Turkish offensive", "U.S. sanctions"), a "from" phrase, or the subject of
    the light verb whose object the noun is ("Turkey began an offensive")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand, "by"
    for child in noun.children:
        if child.dep_ == "poss":
            return child, "poss"
    agent = _participle_agent(noun)
    if agent is not None:
        return agent, f"acl-by {agent.head.head.lemma_.lower()}"
    made = _event_making_relative(noun)
    if made is not None and _prep_object(made[0], ("with",))[0] is not None:
        # issue #9 frames45: "a meeting he attended with Trump associates": who made it
        return made[1], f"relcl {made[0].lemma_.lower()}"
    for child in noun.lefts:
        if child.dep_ == "amod" and child.lower_ == "led":
            # issue #9 recall9: "Saudi-led air strikes", "U.S.-led strikes": who leads them
            leader = next((c for c in child.lefts if c.dep_ in ("npadvmod", "compound")), None)
            if leader is not None:
                return leader, "modifier -led"
    for child in noun.lefts:
        if child.dep_ in ("amod", "compound", "nmod") and (
            child.pos_ == "PROPN" or child.ent_type_ in ("NORP", "GPE", "ORG")
        ):
            return child, "modifier"
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand, "from"
    head = noun.head
    if (
        noun.dep_ in ("dobj", "nsubjpass")
        and head.pos_ in ("VERB", "AUX")
        and (
            head.lemma_.lower() in LIGHT_VERBS
            or (noun.lemma_.lower() in APPEAL_NOUNS and head.lemma_.lower() in APPEAL_LIGHT_VERBS)
        )
    ) and not _object_controlled(head, noun):
        subject, how = find_source(head)
        if subject is not None and subject.i != noun.i:
            return subject, f"light-verb {head.lemma_}:{how}"
    excluding = head.lemma_.lower() in EXCLUDING_VERBS and _particle(head) in ("out", "")
    if noun.dep_ == "dobj" and excluding:
        # lead's read45: "Israel refused to rule out an attack on Iran", "the minister ruled out
        # talks with the rebels": who keeps the act open or excludes it is the one who would act
        subject, how = find_source(head)
        if subject is not None and subject.i != noun.i:
            return subject, f"ruled out {head.lemma_}:{how}"
    # "Sudan's government is responsible for mass killings": who is to blame did it
    if noun.dep_ == "pobj" and head.lower_ in ("for", "of"):
        adjective = head.head
        if adjective.lemma_.lower() in CULPABLE_ADJECTIVES and adjective.dep_ == "acomp":
            for child in adjective.head.children:
                if child.dep_ in SUBJECT_DEPS:
                    return child, f"{adjective.lower_}-{head.lower_}"
    # issue #9 recall8: "Boeing is in talks with Embraer", "renegotiate in talks with Mexico":
    # who is in the talks is the subject of the verb the "in" phrase hangs on
    if (
        noun.dep_ == "pobj"
        and head.lower_ in ("in", "into")
        and noun.lemma_.lower() in TALK_NOUNS
        and head.head.pos_ in ("VERB", "AUX")
    ):
        subject, how = find_source(head.head)
        if subject is not None:
            return subject, f"in talks:{how}"
    # issue #9 recall10: "Tillerson, on a visit to Myanmar, refused ...", "during a trip to
    # Beijing, Macron said ...": the traveller is the one the phrase describes, or the subject
    # of the verb it hangs on
    if (
        noun.dep_ == "pobj"
        and head.lower_ in TRIP_TIMES
        and noun.lemma_.lower() in TRIP_PHRASE_NOUNS
    ):
        holder = head.head
        if _meeting_told(holder):
            return None, ""  # "held talks with Suleiman during a visit to Beirut": the talks
        if holder.pos_ in ("VERB", "AUX"):
            subject, how = find_source(holder)
            if subject is None and holder.dep_ == "advcl":  # "Speaking on a trip to Japan, X"
                subject, how = find_source(holder.head)
            if subject is not None:
                return subject, f"traveller {how}"
        elif holder.pos_ == "PROPN" or holder.ent_type_ == "PERSON":
            return holder, "traveller described"
    source = _measured_source(noun)
    return source if source[0] is not None else _speaker_at(noun)


def _object_controlled(verb: Token, noun: Token) -> bool:
    """lead's read51: "Chavez ordered all existing contracts with foreign firms to be
    examined": the object of a verb with its own "to" clause is that clause's subject, not a
    thing the verb makes or holds."""
    return noun.dep_ == "dobj" and any(
        c.dep_ == "xcomp" and c.i > noun.i and has_to_infinitive(c) for c in verb.children
    )


def _hyphen_pair_sides(noun: Token, resolver: ActorResolver) -> list[Argument]:
    """issue #9 frames30b: the two sides a hyphenated pair before ``noun`` names ("U.S.-China
    talks", "the Japan-South Korea summit", "the Trump-Putin meeting"): two mentions of
    different countries joined by nothing but a hyphen or dash, starting in the noun's
    modifiers (the book may read the second with the noun: "Pakistan summit")."""
    modifiers = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
    if not modifiers:
        return []
    doc = noun.doc
    start = min(m.left_edge.idx for m in modifiers)
    end = noun.idx
    if start < resolver.dateline_end:
        return []
    inside = sorted(
        (m for m in resolver.mentions if start <= m[0] < end and m[2] is not None),
        key=lambda m: m[0],
    )
    if len(inside) != 2:
        return []
    (_, a_end, first), (b_start, _, second) = inside
    if resolver.text[a_end:b_start].strip() not in ("-", "–") or not (
        first.country and second.country and first.country != second.country
    ):
        return []
    pair = doc.text[start:end].strip()
    return [
        Argument(
            resolver.text[m_start:m_end],
            m_start,
            m_end,
            match,
            "hyphen pair",
            f"{match.kind} {match.name} [{match.code}] of the pair {pair!r}",
        )
        for m_start, m_end, match in inside
    ]


# issue #9 nouns31: "praised him in a phone call", "will press their demands to Trump at a White
# House meeting", "told McMaster at a meeting": a meeting or call with no partner of its own
# is held between the clause's subject and the one it addresses (an indirect object, a "to"
# phrase on the verb, or the object of a verb of address)
CLAUSE_MEETING_NOUNS = frozenset({"meeting", "summit", "call", "phone call", "telephone call"})
CLAUSE_MEETING_PREPS = frozenset({"at", "in", "during"})
ADDRESS_VERBS = frozenset(
    {
        "tell", "ask", "urge", "press", "pressure", "praise", "thank", "congratulate", "assure",
        "reassure", "warn", "invite", "inform", "brief", "persuade", "lobby", "encourage",
    }
)  # fmt: skip


def _addressee(verb: Token) -> Token | None:
    """Whom a verb addresses: its indirect object, the object of its "to" phrase, or the
    object of a verb of address ("praised him", "told McMaster")."""
    for c in verb.children:
        if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP":
            return c
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    if verb.lemma_.lower() in ADDRESS_VERBS:
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None


def _meeting_addressee(noun: Token, verb: Token) -> Token | None:
    """Whom a call set in a verb's clause reaches: the verb's addressee, or (issue #9
    policy27) the call's own "to" phrase ("Trump endorsed the campaign in a call to Moore",
    "pledged support in a phone call to Abe")."""
    addressee = _addressee(verb)
    if addressee is not None or noun.lemma_.lower() != "call":
        return addressee
    return _phrase_object(noun, ("to",))


def _clause_meeting_verb(noun: Token) -> Token | None:
    """The verb a partnerless meeting or call noun is the setting of ("thanked him in a phone
    call", "told Xi at a meeting"), when that verb addresses someone; None else."""
    if noun.lemma_.lower() not in CLAUSE_MEETING_NOUNS or noun.dep_ != "pobj":
        return None
    if noun.tag_ == "NNS" or any(c.lower_ == "conference" for c in noun.lefts):
        return None  # "during APEC meetings", "in a conference call": many sides, not two
    prep = noun.head
    if prep.lower_ not in CLAUSE_MEETING_PREPS or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or _meeting_addressee(noun, verb) is None:
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "of") for c in noun.children):
        return None  # a partner or members of its own ("a meeting of former advisers")
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "in his call", "at their meeting": told by other rules
    return verb


def _clause_meeting(match: Match) -> bool:
    """Whether a match is a partnerless meeting noun set in an addressing verb's clause: an
    event of its own beside the verb's, not what the verb is about."""
    entry = match.entry
    return (
        entry.pos == "noun"
        and entry.target == "none"
        and entry.reciprocal
        and _clause_meeting_verb(match.trigger) is not None
    )


def _clause_meeting_sides(noun: Token, resolver: ActorResolver) -> list[Argument]:
    """The two sides of a meeting or call named with no partner ("in a phone call", "at a White
    House meeting") on a verb with a subject and an addressee: [subject, addressee], both
    resolved and of different sides; [] else."""
    verb = _clause_meeting_verb(noun)
    if verb is None:
        return []
    subject, how = find_source(verb)
    addressee = _meeting_addressee(noun, verb)
    if subject is None or addressee is None:
        return []
    sources = [a for a in resolver.arguments(subject, f"met in the clause: {how}") if a.actor]
    targets = [a for a in resolver.arguments(addressee, "addressed in the clause") if a.actor]
    if not sources or not targets or _same_side(sources[0], targets[0]):
        return []
    if targets[0].actor.sector == "MED" or targets[0].text.lower() in NEWSROOMS:
        return []  # "told reporters in a call": how the story was reported
    return [sources[0], targets[0]]


# the nouns of "on a visit to", "during a trip to": the traveller is who the phrase describes;
# the visit nouns of nominals.yml ("state visit" was never one lemma; "journey" was read here
# from the trip nouns of _trip_traveller before the two were told apart, consts28)
TRIP_PHRASE_NOUNS = frozenset({"visit", "trip", "tour", "journey"})
# issue #9 nomsrc22: "Following a trip to Beijing, Blankfein said", "after a visit to Kabul, X"
TRIP_TIMES = frozenset({"on", "during", "following", "after"})


def _meeting_told(verb: Token) -> bool:
    """Whether ``verb`` tells a meeting ("met", "held talks with"): a visit it happened on is
    its frame, the meeting the event (the sentence sets list only the talks)."""
    if verb.lemma_.lower() in MEETING_VERBS:
        # lead's read51: "discussed ONGC's plans during a trip to Moscow": a topic talked over
        # with no one named is no meeting, and the trip is the event
        topics = [c for c in verb.children if c.dep_ == "dobj"]
        return (
            verb.lemma_.lower() != "discuss"
            or not topics
            or any(
                c.dep_ == "prep" and c.lower_ == "with" for t in (verb, *topics) for c in t.children
            )
        )
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in TALK_NOUNS | {"meeting"} for c in verb.children
    )


def _participle_agent(noun: Token) -> Token | None:
    """issue #9 nominal: "a lawsuit filed by California", "sanctions imposed by the U.N.": the
    agent of the passive participle that describes the noun is who acts."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            for prep in child.children:
                if prep.dep_ == "agent":
                    return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


# issue #9 recallb: "Trump said at a news conference with X", "told a joint news conference with
# Abe": who speaks at (or to) a news conference holds it
CONFERENCE_NOUNS = frozenset({"conference", "briefing"})
SPEAKING_AT = frozenset({"say", "tell", "speak", "hold", "give", "address", "add", "announce"})


def _speaker_at(noun: Token) -> tuple[Token | None, str]:
    """The subject of the verb of speaking whose place ("at ...") or audience the noun is."""
    if noun.lemma_.lower() not in CONFERENCE_NOUNS:
        return None, ""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("at", "during"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None, ""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEAKING_AT:
        return None, ""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return (subject, f"spoke at:{verb.lemma_.lower()}") if subject is not None else (None, "")


def find_target(match: Match, source: Token | None) -> tuple[Token | None, str]:
    """The token naming whom the event was done to, as the entry says."""
    entry, holder, trigger = match.entry, match.holder, match.trigger
    kind = entry.target
    if kind == "prep" and match.prep_obj is not None:
        given = _given_to(match)
        if given is not None:
            return given, "dative (the one given it)"
        return match.prep_obj, f"pobj({match.prep_word})"
    if kind == "dobj":
        verb = trigger
        if _is_passive(verb):
            for child in verb.children:
                if child.dep_ == "nsubjpass":
                    return child, "nsubjpass"
        elif (
            verb.dep_ == "conj"
            and verb.tag_ == "VBN"
            and _is_passive(verb.head)
            and not any(c.dep_ in ("dobj", "dative", "nsubj") for c in verb.children)
        ):
            # "Assange was hauled out of the embassy and taken into custody": the first
            # conjunct's passive subject
            for child in verb.head.children:
                if child.dep_ == "nsubjpass":
                    return child, "conj^nsubjpass"
        agent = _reduced_passive_agent(verb) if source is not None else None
        pushed_for = entry.code[:2] == "10" and _legislation(verb.head)
        if agent is not None and agent.i == source.i and not pushed_for:
            # "Japanese abducted by North Korea"; not "the tax overhaul pushed by Republicans":
            # a bill pushed is what its backers ask for, no one pressed
            return verb.head, PASSIVE_PARTICIPLE_HEAD
        if _agentless_participle(verb):
            return verb.head, PASSIVE_PARTICIPLE_HEAD
        for child in verb.children:
            if child.dep_ in ("dobj", "dative"):
                named = _named_after(verb, child) if child.dep_ == "dobj" else None
                if named is not None:
                    return named, "dobj(the name after it)"
                party = _talks_between(child) if child.dep_ == "dobj" else None
                if party is not None:
                    # issue #9 unres30: "will host talks between the oil and ethanol
                    # industries": the parties hosted, not the talks
                    return party, "dobj:pobj(between)"
                return child, child.dep_
        shared = _shared_object(verb)
        if shared is not None:  # "Police shot and wounded Saipov": the object of both
            return shared, "conj^dobj"
        gap = _gap_object(verb)
        if gap is not None:  # issue #9 recalla: "a bank it accused of laundering money"
            return gap, "relcl-head(object)"
        called = _called_person(verb)
        if called is not None:
            return called, "oprd-called"
        named = _named_object(verb)
        if named is not None:
            return named, "what-it-called"
        for comp in _complements(verb):  # "wants Putin to attack": the complement's subject
            if comp.dep_ == "advcl" and any(
                (c.dep_ == "mark" and c.lower_ not in ("for", "that"))
                or (c.dep_ == "advmod" and c.tag_ == "WRB")
                for c in comp.children
            ):
                # unseen Al Bawaba reading: "taken into custody after Quito stripped him of his
                # status": a clause of its own (after, when, because ...), not whom the act is on
                continue
            for child in comp.children:
                if child.dep_ == "nsubj":
                    return child, f"nsubj-of-{comp.dep_}"
        if entry.code[:2] == "02" and verb.lemma_.lower() in APPEAL_ON_VERBS:
            # issue #9 actors: "called on Conyers on Thursday to resign": whom the appeal is on
            obj, word = _prep_object(verb, ("on", "upon"))
            if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                return obj, f"pobj({word})"
            # issue #9 recall15: "called for Turkey to release ...": whom the appeal is for,
            # the parser's "for" object or the subject of the clause "for" marks
            if _complements(verb):
                obj, word = _prep_object(verb, ("for",))
                if obj is None:
                    obj, word = _marked_clause_subject(verb, ("for",))
                if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                    return obj, f"pobj({word})"
        if entry.code[:2] == "02":
            # "asked to meet with Senator Marco Rubio": whom the asked-for act is with
            for comp in _complements(verb):
                obj, word = _prep_object(comp, ("with",))
                if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                    return obj, f"{comp.lemma_}:pobj({word})"
        return None, ""
    if kind == "xcomp":
        if match.prep_obj is not None:
            return match.prep_obj, f"pobj({match.prep_word})"
        if holder.lemma_.lower() in INSTRUMENT_VERBS:
            # issue #9 read25: "threatening to use America's full military power (against T)":
            # what is used is the means; the one it is used against is the target, or no one
            means = next((c for c in holder.children if c.dep_ == "dobj"), None)
            for head in (holder, means):
                if head is None:
                    continue
                obj, word = _prep_object(head, ("against", "on"))
                if obj is not None:
                    return obj, f"{holder.lemma_}:pobj({word})"
            return None, ""
        handed = _handed_thing(holder)
        if handed is not None:
            recipient, _ = _prep_object(holder, ("to",))
            if recipient is not None:
                # issue #9 unres30: "declined to hand over information to the White House":
                # the one a record or a document goes to, not the record
                return recipient, f"{holder.lemma_}:pobj(to) (given {handed.lower_})"
        for child in holder.children:
            if child.dep_ in ("dobj", "dative"):
                return child, f"{holder.lemma_}:{child.dep_}"
        if entry.code[:2] == "13" and holder.i != trigger.i:
            # issue #9 intents31: "vowed to retaliate against T", "vowed to strike back at T":
            # a threat's act with no object hits the one its "against"/"at" names
            obj, word = _prep_object(holder, THREAT_AIMED_PREPS)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                return obj, f"{holder.lemma_}:pobj({word})"
        if holder.i == trigger.i:  # a generic entry ("threatened to ..."): whom the complement hits
            for comp in _complements(trigger):
                for child in comp.children:
                    if child.dep_ in ("dobj", "dative"):
                        return child, f"{comp.lemma_}:{child.dep_}"
                obj, word = _prep_object(comp, AIMED_PREPS)
                if obj is not None:
                    return obj, f"{comp.lemma_}:pobj({word})"
        return None, ""
    if kind == "clause":
        src_i = source.i if source is not None else -1
        for comp in _clause_heads(match):
            for tok in comp.subtree:
                if tok.i == src_i or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
                    continue
                if tok.pos_ in ("NOUN", "PROPN", "PRON"):
                    return tok, f"clause:{tok.dep_}"
        return None, ""
    return None, ""


GIVEN_ACCESS = frozenset({"access", "entry"})


def _given_to(match: Match) -> Token | None:
    """issue #9 read55: "granted UN inspectors access to the site", "would give Verizon access
    to MCI's network": with an indirect object on the verb, the "to" phrase on the object noun
    names what is reached, and the indirect object whom it is given to."""
    prep_obj = match.prep_obj
    if match.prep_word != "to" or prep_obj is None or prep_obj.head.head.i == match.holder.i:
        return None
    thing = prep_obj.head.head
    if thing.lemma_.lower() not in GIVEN_ACCESS:
        return None
    for c in match.holder.children:
        if c.dep_ in ("dative", "iobj") and c.pos_ in ("NOUN", "PROPN", "PRON"):
            return c
    # the parser often hangs the indirect object on the object noun ("give Moscow access",
    # "granted UN inspectors access"): a name or a plural noun before it; not "market access"
    for c in thing.children:
        if (
            c.dep_ in ("compound", "nmod")
            and c.i < thing.i
            and (c.pos_ == "PROPN" or c.tag_ == "NNS")
            and thing.dep_ == "dobj"
            and thing.head.i == match.holder.i
        ):
            return c
    return None


def _shared_object(verb: Token) -> Token | None:
    """issue #9/#10 actors10: "Police shot and wounded Saipov", "condemned and rejected the
    plan": two verbs joined right after each other with one object after the second share it.
    Only when the second verb follows within three words and has no subject of its own."""
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or not 0 < conj.i - verb.i <= 3:
            continue
        between = verb.doc[verb.i + 1 : conj.i]
        if any(t.pos_ not in ("CCONJ", "PUNCT", "ADV") for t in between):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue
        # after the second verb: "which ... tried but failed to shut" has its gap, not this
        return next((c for c in conj.children if c.dep_ == "dobj" and c.i > conj.i), None)
    return None


def _named_object(verb: Token) -> Token | None:
    """'condemned what it called provocations by Georgia': the thing named (provocations)."""
    for comp in verb.children:
        if comp.dep_ in ("ccomp", "relcl") and _is_naming(comp):
            for child in comp.children:
                if child.dep_ in ("dobj", "oprd") and child.lower_ not in ("what", "which"):
                    return child
    return None


def _adjective_clause(match: Match) -> Token | None:
    """issue #9 recall8: "he was happy (that) the court saw through it": the clause an adjective
    complement governs, which the parser hangs on the adjective, not on the copula."""
    obj = match.obj
    if obj is None or obj.dep_ != "acomp" or match.trigger.lemma_.lower() not in COPULAS:
        return None
    return next((c for c in obj.children if c.dep_ == "ccomp"), None)


def _clause_heads(match: Match) -> list[Token]:
    """The complements whose actors a clause target is sought among: the trigger's, or the
    clause of its adjective complement."""
    clause = _adjective_clause(match)
    if clause is not None:
        return [clause]
    kinds = ("ccomp", "xcomp", "advcl", "prep")
    if match.entry.pos == "noun":
        # issue #9 recall18: "U.S. allegations that Russia interfered": the noun's own clause,
        # or its "of" phrase ("U.S. allegations of Russian interference")
        return [
            c
            for c in match.trigger.children
            if c.dep_ in ("acl", "relcl", "ccomp") or (c.dep_ == "prep" and c.lower_ == "of")
        ]
    return [c for c in match.trigger.children if c.dep_ in kinds]


def _clause_candidates(match: Match) -> list[Token]:
    out = []
    for comp in _clause_heads(match):
        for tok in comp.subtree:
            if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and tok.pos_ in (
                "NOUN",
                "PROPN",
                "PRON",
            ):
                out.append(tok)
    return out


# Decisions that act for whoever made them ("an order barring refugees").
# issue #9 read33: things put up for all to read, which speak for whoever put them up ("the
# party unveiled a poster accusing the government ..."), and the prepositions that place them
DISPLAY_NOUNS = frozenset(
    {"poster", "billboard", "banner", "placard", "advert", "advertisement", "hoarding", "sign"}
)
PLACING_PREPS = frozenset({"opposite", "outside", "near", "beside", "behind", "across", "facing"})


def _displayed_on(noun: Token) -> Token:
    """The display a participle qualifies when the parser hung it on the place after it: "a
    billboard opposite the Palace of Westminster accusing the government ..." (the palace
    accuses no one; the billboard does, for whoever put it up), the place after the display or
    after the verb that put it up ("unveiled a billboard opposite ..."); else ``noun``."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in PLACING_PREPS:
        return noun
    shown = prep.head
    if shown.pos_ in ("VERB", "AUX"):
        shown = next((c for c in shown.children if c.dep_ == "dobj" and c.i < prep.i), shown)
    if shown.pos_ == "NOUN" and shown.lemma_.lower() in DISPLAY_NOUNS:
        return shown
    return noun


DECREE_NOUNS = frozenset(
    {"order", "proclamation", "decree", "law", "bill", "directive", "ordinance", "regulation",
     "executive order", "sanction", "measure", "legislation", "ruling", "decision"}
)  # fmt: skip
# issue #9 read25: verbs whose object is the means of the act ("to use force against T")
INSTRUMENT_VERBS = frozenset({"use", "employ", "deploy"})


def _particle(verb: Token) -> str:
    """The particle of a phrasal verb ("out" of "rule out"), or ""."""
    return next((c.text for c in verb.children if c.dep_ == "prt"), "")


def _participle_on_object(verb: Token) -> Token | None:
    """ "..., shelling rebel towns and killing civilians": the parser often hangs the second
    participle on the first one's object as a conjunct of the noun; the first participle,
    whose subject and clause it shares, or None."""
    head = verb.head
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VBG"
        and head.pos_ in ("NOUN", "PROPN")
        and head.dep_ == "dobj"
        and head.head.tag_ == "VBG"
        and head.head.i < head.i < verb.i
    ):
        return head.head
    return None


AGREED_ON = frozenset({"agree", "settle", "decide", "vote"})  # "agreed on a package of ..."


def _measured_source(noun: Token) -> tuple[Token | None, str]:
    """Who acts in a noun event counted by a measure noun ("a new package of sanctions on
    North Korea", "another round of sanctions"): whoever the measure noun's own phrase names,
    read like the noun's (possessor, modifier, light verb), and the subject of "agreed on"."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "of" or _measured(head.head) is None:
        if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in AGREED_ON:
            subject, how = find_source(head.head)
            if subject is not None:
                return subject, f"agreed-on {head.head.lemma_}:{how}"
        return None, ""
    measure = head.head
    for child in measure.children:
        if child.dep_ == "poss":
            return child, "measure-poss"
    if measure.dep_ == "pobj" and measure.head.lower_ == "on":
        verb = measure.head.head
        if verb.lemma_.lower() in AGREED_ON:
            subject, how = find_source(verb)
            if subject is not None:
                return subject, f"agreed-on {verb.lemma_}:{how}"
    if measure.dep_ in ("dobj", "nsubjpass") and measure.head.lemma_.lower() in LIGHT_VERBS:
        subject, how = find_source(measure.head)
        if subject is not None and subject.i != measure.i:
            return subject, f"measure light-verb {measure.head.lemma_}:{how}"
    return None, ""


# issue #9 violent54: nouns of an attack that stands as the cause of a killing ("were killed in
# Tuesday's attack in Tunis", "the attacks in Brussels killed 32"): the place it struck is not
# who struck; who claimed it ("the attacks, which were claimed by the Islamic State") or its
# "by" phrase ("attacks by Rohingya militants") is
STRUCK_NOUNS = frozenset(
    {"attack", "bombing", "shooting", "massacre", "blast", "explosion", "rampage", "assault",
     "stabbing", "killing", "slaughter"}
)  # fmt: skip
CLAIM_VERBS = frozenset({"claim"})
STRUCK_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
NAMING_TYPES = frozenset({"NORP", "ORG", "PERSON"})


def _fire_nationality(noun: Token) -> Token | None:
    """issue #9 leftovers55: the nationality adjective before an attack noun that strikes an "of"
    object ("Israeli shelling of the Gaza Strip", "Russian bombardment of Kharkiv"): the
    attacker, where the phrase read whole would name the place struck."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in FIRE_NOUNS:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    return next(
        (
            c
            for c in noun.children
            if c.i < noun.i and c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
        ),
        None,
    )


def _attack_noun_attacker(noun: Token) -> tuple[Token | None, str] | None:
    """Who an attack noun standing as a killing's source names as the attacker: the agent of a
    "claimed by" clause on it (or on the place after it, where the parser hangs the clause),
    or its "by" phrase; ``(None, "")`` when it names only the place it struck (a place after
    "in" / "at" or a place name before it, and no possessor, nationality or group before it).
    None when the noun is no attack noun or names no place: its phrase is resolved as before."""
    if noun.lower_ in ("that", "which") and noun.head.dep_ == "relcl":
        noun = noun.head.head  # "an attack in Niger that killed four soldiers"
    if (nation := _fire_nationality(noun)) is not None:
        return nation, "attack's nationality"
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in STRUCK_NOUNS:
        return None
    places = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in ("in", "at")
        for p in c.children
        if p.dep_ == "pobj"
        and (
            p.ent_type_ in STRUCK_PLACE_TYPES
            or (p.pos_ == "PROPN" and p.ent_type_ not in NAMING_TYPES)
        )
    ]
    for holder in (noun, *places):
        for child in holder.children:
            if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in CLAIM_VERBS:
                for prep in child.children:
                    if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ == "by"):
                        agent = next((p for p in prep.children if p.dep_ == "pobj"), None)
                        if agent is not None:
                            return agent, "attack claimed by"
    agent, _ = _prep_object_of(noun, ("by",))
    if agent is not None:
        return agent, "attack by"
    if any(
        c.i < noun.i
        and c.dep_ in ("poss", "compound", "amod", "nmod")
        and (
            c.ent_type_ in NAMING_TYPES
            or (c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME"))
        )
        for c in noun.children
    ):
        return None  # "Israeli shelling", "the Islamic State's attack in Paris": it names who
    places += [
        c
        for c in noun.children
        if c.dep_ == "compound" and c.i < noun.i and c.ent_type_ in STRUCK_PLACE_TYPES
    ]
    return (None, "") if places else None
