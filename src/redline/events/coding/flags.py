"""Marks on an event that change what it claims: negated, conditional, reported, announced,
obliged, and the condition clauses (``condition_clause``, ``_time_for``) they read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from redline.events.arguments import FIRST_PERSON, ActorResolver, Argument, has_to_infinitive
from redline.events.coding.clauses import _is_passive, _measured
from redline.events.coding.sides import _finite_conj_of_infinitive, _governor_chain
from redline.events.coding.vocabulary import (
    FINITE_TAGS,
    FORCE_ROOTS,
    FORECAST_MODALS,
    FUTURE_AUX,
    GENERIC_DETERMINERS,
    INSIDE_IF_CLAUSE,
    INTENT_GOVERNORS,
    LIGHT_VERBS,
    NEGATING_GOVERNORS,
    OBJECT_CONTROL,
    QUESTION_CLAUSE_DEPS,
    QUESTION_MARKS,
    REPORTING_VERBS,
    SELF_PRONOUNS,
    SUBJECT_DEPS,
    WH_WORDS,
    Match,
)
from redline.nlp.parse import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Token


# what someone lets another do is not the other's announced act ("would allow X to try them")
PERMITTING_VERBS = frozenset({"allow", "permit", "let", "enable"})
ANNOUNCING_GOVERNORS = frozenset(
    {
        "plan", "intend", "prepare", "ready", "willing", "prepared",
        "agree", "promise", "pledge", "vow", "offer", "expect", "want", "seek", "hope", "aim",
        "determined", "going", "commit", "resolve", "swear",
    }
)  # fmt: skip
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# issue #9 graph22: "If you look at what I do, I attack him politically", "if you ask me",
# "if you think about it": an if-clause that tells the hearer how to see what follows, with a
# generic "you" (or "one") as subject, states no condition
PREFACE_VERBS = frozenset(
    {"look", "ask", "think", "consider", "listen", "remember", "recall", "compare", "read",
     "examine", "study", "check", "take", "go", "talk", "speak"}
)  # fmt: skip
PREFACE_SUBJECTS = frozenset({"you", "one"})
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "should"})


def _judged_for_clause(clause: Token, copula: Token) -> bool:
    """Whether ``clause`` is the "for X to ..." clause of a judgment "it was (not) <adjective>"
    ("it was not unlawful for police to turn them away", "it is not right for China to ...")."""
    return (
        copula.lemma_.lower() == "be"
        and any(c.dep_ == "acomp" for c in copula.children)
        and clause.dep_ in ("advcl", "xcomp", "ccomp")
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
    )


# issue #9 read38: light verbs of gaining what another grants: not winning a demand is no
# demand denied
GAINING_LIGHT_VERBS = frozenset({"win", "secure", "obtain"})


# issue #9 negation53: "there was no evidence that Manafort colluded with ...", "found no sign
# that Moscow interfered": a clause held by one of these nouns, denied ("no", or a negated verb
# that takes the noun: "did not find any evidence"), tells an act no one is said to have done
EVIDENCE_NOUNS = frozenset({"evidence", "proof", "sign", "indication", "suggestion", "basis"})


def _no_evidence_of(trigger: Token) -> str:
    """'no <noun>' when ``trigger`` heads the clause of an evidence noun that is denied
    ("there is no evidence that X colluded", "did not find any evidence X interfered"), else ""."""
    noun = trigger.head
    if trigger.dep_ not in ("acl", "ccomp") or noun.i == trigger.i:
        return ""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in EVIDENCE_NOUNS:
        return ""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return f"'no {noun.text}'"
    holder = noun.head
    if noun.dep_ in ("dobj", "attr") and any(c.dep_ == "neg" for c in holder.children):
        return f"'{holder.text} not ... {noun.text}'"
    return ""


def is_negated(match: Match) -> tuple[bool, str]:
    tokens = [match.trigger, *_governor_chain(match.trigger)]
    light = match.trigger.head
    if (
        match.trigger.pos_ == "NOUN"
        and match.trigger.dep_ == "dobj"
        and light.pos_ in ("VERB", "AUX")
        and light.lemma_.lower() in LIGHT_VERBS
        and light.lemma_.lower() not in GAINING_LIGHT_VERBS
    ):
        # issue #9 read38: "would not pursue an indictment against Clinton", "did not impose
        # sanctions": the light verb's "not" denies the noun's event ("have not won their
        # demands" does not deny the demands)
        tokens = [match.trigger, light, *_governor_chain(light)]
    for k in range(1, len(tokens)):
        if _own_tense_conjunct(tokens[k - 1], tokens[k]) or (
            # "will stop arming the militias and cooperate with ...": a bare verb joined to
            # the gerund "stop" governs shares the "will", not the "stop"
            tokens[k - 1].dep_ == "conj" and tokens[k - 1].tag_ == "VB" and tokens[k].tag_ == "VBG"
        ):
            tokens = tokens[:k]  # "did not attend the summit but criticized Iran"
            break
        if _judged_for_clause(tokens[k - 1], tokens[k]):
            # issue #9 read26: "it was not unlawful for police to turn protestors away": the
            # "not" judges the act (not unlawful), it does not deny that it was done
            tokens = tokens[:k]
            break
    implied = _denied_implication(tokens[-1])
    for tok in tokens:
        for child in tok.children:
            if child.dep_ == "neg":
                if implied:
                    # issue #9 read30: "that does not mean Labour is not calling voters": a
                    # denial denied, the act affirmed
                    return False, ""
                return True, f"neg '{child.text}' on '{tok.text}'"
    for noun in (match.trigger, match.obj):
        # unseen AP reading: "We make no apology", "reached no agreement", "no talks were held":
        # the event noun itself is denied
        if (
            noun is not None
            and noun.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        ):
            return True, f"'no' on '{noun.text}'"
    for subject in match.trigger.children:
        # unseen Washington Post reading: "no group claimed responsibility", "nobody was hurt":
        # the act is denied of everyone
        if subject.dep_ in ("nsubj", "nsubjpass") and (
            subject.lower_ in ("nobody", "none")
            or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
        ):
            return True, f"no one as subject: '{subject.text}'"
    for below, gov in zip(tokens, tokens[1:], strict=False):
        # unseen NYT reading: "will stop supporting rebels, cease the bombing and cooperate
        # with American intelligence": a verb joined to "stop" is not stopped
        if gov.lemma_.lower() in NEGATING_GOVERNORS and below.dep_ != "conj":
            return True, f"governed by '{gov.text}'"
    if implied:
        return True, implied
    for tok in tokens:
        if no_evidence := _no_evidence_of(tok):
            # issue #9 negation53: "there is no evidence that Iran attacked the tanker": the
            # act is told as not known to have happened
            return True, f"negation53: clause of {no_evidence}"
    return False, ""


def _own_tense_conjunct(conj: Token, head: Token) -> bool:
    """issue #9 readout12: a verb coordinated with a negated one that carries its own tense
    ("did not concede defeat and vowed to fight on") or follows "but" is not under the other's
    "not"; a bare or participle conjunct shares it ("did not meet or call", "has not met or
    spoken to")."""
    if conj.dep_ != "conj" or conj.head.i != head.i:
        return False
    between = conj.doc[head.i + 1 : conj.i]
    if any(t.dep_ == "cc" and t.lower_ == "but" and t.head.i == head.i for t in between):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
        # issue #9 readout15: "have failed on all fronts, so now they are pushing ...": a
        # conjunct with a subject of its own is a clause of its own, whatever its tense
        return True
    if conj.tag_ == "VBD" and any(
        a.dep_ in ("aux", "auxpass") and a.lemma_.lower() in ("have", "be") for a in head.children
    ):
        return False  # "has not attacked or threatened": a participle the tagger read as past
    return conj.tag_ in FINITE_TAGS


# issue #9 precision10: "the withdrawal did not mean that Libya had cut its ties with the US",
# "the vote does not suggest Beijing will impose sanctions": a clause that a negated verb of
# meaning says is *not* implied reports no act
IMPLYING_VERBS = frozenset({"mean", "imply", "indicate", "suggest", "signal", "show", "prove"})


def _denied_implication(tok: Token) -> str:
    """'not <verb>' when ``tok`` heads the clause of a negated verb of meaning, else ""."""
    head = tok.head
    if tok.dep_ != "ccomp" or head.i == tok.i or head.lemma_.lower() not in IMPLYING_VERBS:
        return ""
    neg = next((c for c in head.children if c.dep_ == "neg"), None)
    return f"clause of '{neg.text} {head.text}'" if neg is not None else ""


QUESTION_BREAKS = frozenset({"-", "--", "–", "—", ":"})


def _statement_before_question(trigger: Token) -> bool:
    """issue #9 read31: whether the sentence's question comes after a dash or a colon that
    follows the trigger, and the trigger's own clause is a statement (no auxiliary before its
    subject, no question word first): "Mr Blair has failed to answer the question - which
    taxes will they put up?" says he failed; "Did Russia attack - and will it stop?" asks."""
    sent = sentence_of(trigger)
    if not any(t.text in QUESTION_BREAKS for t in sent[trigger.i - sent.start + 1 :]):
        return False
    root = sent.root
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is not None and first.lower_ in WH_WORDS:
        return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None:
        return False
    return not any(
        c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in root.children
    ) and not (root.lemma_.lower() == "be" and root.i < subject.i)


def _asked(trigger: Token) -> str:
    """A question, not a report of the act: a whether-clause ("investigating whether Flynn met
    Kislyak", "asked if Russia had attacked") or a sentence that asks ("Will Trump meet Kim?")."""
    for tok in [trigger, *trigger.ancestors]:
        if tok.dep_ in QUESTION_CLAUSE_DEPS and any(
            g.dep_ == "mark" and g.lower_ in QUESTION_MARKS for g in tok.children
        ):
            mark = next(g.lower_ for g in tok.children if g.dep_ == "mark")
            if mark == "whether" or tok.dep_ != "advcl":  # an advcl "if" is a condition
                return f"question: '{mark}' clause"
        if tok.dep_ == "ROOT":
            break
    sent = sentence_of(trigger)
    last = next(
        (t for t in reversed(sent) if t.text not in ('"', "”", "’", "'", ")") and not t.is_space),
        None,
    )
    if last is not None and last.text == "?" and not _statement_before_question(trigger):
        return "question: the sentence asks"
    # issue #9 bugs23: '"Would Britain send troops?" he asked.': the question the trigger's own
    # clause ends on, before the words that report it
    end = next((t for t in sent[trigger.i - sent.start :] if t.text in ("?", ".", "!")), None)
    if end is not None and end.text == "?" and last is not None and end.i < last.i:
        return "question: the clause asks"
    return ""


# issue #9 precision9: an event noun held by one of these names a possibility, not a fact
# ("an opportunity for talks between X and Y", "the prospect of sanctions", "the risk of war")
POSSIBILITY_NOUNS = frozenset(
    {"opportunity", "chance", "possibility", "prospect", "option", "risk", "danger", "threat",
     "likelihood", "hope", "scope", "room", "window"}
)  # fmt: skip


def _possibility(trigger: Token) -> str:
    """ "there could be an opportunity for talks": the noun event is only possible."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return ""
    prep = trigger.head
    holder = prep.head
    if prep.lower_ in ("for", "of") and holder.lemma_.lower() in POSSIBILITY_NOUNS:
        return f"possibility: '{holder.text} {prep.text}'"
    return ""


def _modal_scope(trigger: Token, chain: list[Token]) -> list[Token]:
    """The governors whose modal covers ``trigger``: the chain up to a conjunct that is a clause
    of its own, with its own subject and tense (issue #9 readout13: "the caliphate would not
    have been destroyed without the Kurds, and I applaud the president": the applause is no
    hypothesis; "would veto the bill and sign ..." keeps its modal)."""
    scope = []
    below = trigger
    for gov in chain:
        if (
            below.dep_ == "conj"
            and below.head.i == gov.i
            and below.tag_ in FINITE_TAGS
            and any(c.dep_ in SUBJECT_DEPS for c in below.children)
        ):
            break
        scope.append(gov)
        below = gov
    return scope


def _can_of_possibility(trigger: Token) -> str | None:
    """issue #9 read27: "the government can appeal the decision", "the minister can sack the
    board": an un-negated "can" on the trigger tells what one may do, no deed done (a "cannot"
    is a refusal, left to the negation rules)."""
    if any(c.dep_ == "neg" for c in trigger.children):
        return None
    for child in trigger.children:
        if child.dep_ == "aux" and child.lower_ == "can":
            return child.text
    return None


def _own_clause_chain(trigger: Token, chain: list[Token]) -> list[Token]:
    """The governors up to a conjunct with a subject of its own: "Opposition parties want more
    local policing but they accuse ministers of ...": the accusation is made, not wanted
    (issue #9 read27)."""
    kept: list[Token] = []
    cur = trigger
    for gov in chain:
        if (
            cur.dep_ == "conj"
            and gov.i == cur.head.i
            and cur.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children)
        ):
            break
        kept.append(gov)
        cur = gov
    return kept


def _looking_to(gov: Token) -> bool:
    """issue #9 read54: "ONGC was looking to buy 15% of the unit", "the firm is looking to
    expand": the progressive "looking to" + verb tells of an aim, not an act. "looked to be
    collapsing" (no progressive) and "looking to Beijing for help" (no verb) are left."""
    return (
        gov.lemma_.lower() == "look"
        and gov.tag_ == "VBG"
        and any(
            c.dep_ == "xcomp"
            and c.pos_ in ("VERB", "AUX")
            and c.lemma_.lower() != "be"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in gov.children
        )
    )


NEEDING_VERBS = frozenset({"need", "require"})
# issue #9 read53: what an act still wanted is said to be ("its backing for the law is vital"),
# and the acts of giving or assent that are wanted so ("Russia's criticism of Nato is key to
# the debate" is one made)
NEEDED_NOUNS = frozenset(
    {"support", "backing", "approval", "endorsement", "consent", "cooperation", "co-operation",
     "help", "assistance", "aid", "participation", "blessing", "agreement", "ratification",
     "vote", "involvement", "engagement", "commitment", "contribution", "funding", "investment"}
)  # fmt: skip
NEEDED_ADJECTIVES = frozenset(
    {"vital", "crucial", "essential", "key", "critical", "necessary", "indispensable",
     "needed", "required", "paramount"}
)  # fmt: skip


def _needed_noun(trigger: Token) -> str:
    """issue #9 read53: an event noun that is the subject of "is / will be vital" (crucial,
    essential, needed ...): "Poland is a large member, so its backing for the law is vital",
    "Washington's support will be crucial": the act is wanted, not done. A past copula tells
    of one done ("US backing was vital to the deal"), and is left alone."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    if trigger.lemma_.lower() not in NEEDED_NOUNS:
        return ""
    verb = trigger.head
    if verb.lemma_.lower() not in ("be", "remain") and verb.lemma_.lower() not in NEEDING_VERBS:
        return ""
    if verb.lemma_.lower() in NEEDING_VERBS:
        # "its backing is needed": the passive participle is the head
        wanted = trigger.dep_ == "nsubjpass"
    else:
        wanted = any(c.dep_ == "acomp" and c.lower_ in NEEDED_ADJECTIVES for c in verb.children)
    if not wanted:
        return ""
    present = verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "is", "are", "remains")
        for c in verb.children
    )
    return f"needed: '{verb.text}'" if present else ""


def is_conditional(match: Match) -> tuple[bool, str]:
    trigger = match.trigger
    asked = _asked(trigger)
    if asked:
        return True, asked
    possible = _possibility(trigger)
    if possible:
        return True, possible
    chain = _governor_chain(trigger)
    for tok in [trigger, match.holder, *_modal_scope(trigger, chain)]:
        for child in tok.children:
            if child.dep_ == "aux" and child.lemma_ in HYPOTHETICAL_MODALS:
                return True, f"modal '{child.text}'"
    if (can := _can_of_possibility(trigger)) is not None:
        return True, f"modal '{can}'"
    # issue #9 readout15: "Raab urged the embassy to reconsider and spoke with Pompeo": the
    # verb a finite conjunct is coordinated with is its sibling, not over it
    siblings = {c.i for t in (trigger, *chain) if (c := _finite_conj_of_infinitive(t)) is not None}
    for gov in _own_clause_chain(trigger, chain):
        if gov.i in siblings:
            continue
        if gov.lemma_.lower() in INTENT_GOVERNORS and not _arranging(gov, match):
            return True, f"governed by '{gov.text}'"
        if _looking_to(gov):
            return True, f"governed by '{gov.text}' (looking to)"
    if aim := _aim_is_to(trigger):
        return True, aim
    if need := _needed_noun(trigger):
        return True, need
    purpose = _purpose_clause(trigger)
    if purpose:
        return True, purpose
    # "that would amount to NATO firing missiles": a modal on the verb the phrase hangs on
    cur = trigger
    for _ in range(4):
        gerund = (
            cur.dep_ == "advcl"
            and cur.tag_ == "VBG"
            and not any(c.dep_ == "mark" for c in cur.children)
        )
        # lead's read51: an event noun the object of a verb ("Microsoft would issue a series
        # of patent lawsuits"): the modal on that verb
        noun_object = cur.dep_ == "dobj" and cur.pos_ in ("NOUN", "PROPN")
        if not (gerund or noun_object or cur.dep_ in ("pcomp", "pobj", "prep", "acl")):
            break
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            for child in cur.children:
                if child.dep_ == "aux" and child.lemma_ in HYPOTHETICAL_MODALS:
                    return True, f"modal '{child.text}' on '{cur.text}'"
            if noun_object and cur.lemma_.lower() in NEEDING_VERBS:
                # lead's read52: "it needs creditors' backing for the offer": an act needed
                # is not yet done
                return True, f"needed: '{cur.text}'"
            break
    # an if-clause on the trigger or anywhere in its complement ("warned that ... if ...")
    clause = [trigger]
    for child in trigger.children:
        if child.dep_ in ("ccomp", "xcomp"):
            clause.extend(t for t in child.subtree if t.pos_ in ("VERB", "AUX"))
    for head in clause:
        for child in head.children:
            if condition_clause(child):
                return True, "if-clause"
    for tok in [trigger, *trigger.ancestors]:
        if condition_clause(tok):
            return True, INSIDE_IF_CLAUSE
        if tok.dep_ == "ROOT":
            break
    return False, ""


def _claimed_subject(trigger: Token) -> tuple[Token | None, str]:
    """Who the claimed clause is about: the subject of the verb's finite clause ("alleged that
    *Mahan* had contributed ..."), the agent of a passive one ("claimed the vote was rigged *by
    the ruling party*"); ``(None, why)`` when there is no such clause or it names no one."""
    clauses = [c for c in trigger.children if c.dep_ == "ccomp"]
    # what is claimed follows the verb; a clause before it is what was said only when no "before"
    # or "when" makes it a time ("minutes before the committee voted, Trump claimed ...")
    clause = next((c for c in clauses if c.i > trigger.i), None) or next(
        (c for c in clauses if not any(g.dep_ == "mark" for g in c.children)), None
    )
    if clause is None and trigger.dep_ == "parataxis" and trigger.head.pos_ in ("VERB", "AUX"):
        clause = trigger.head  # "Grenell alleged, by way of example, Mahan had contributed ..."
    if clause is None:
        return None, "no claimed clause (a claim about oneself: 'claimed to be')"
    for child in clause.children:
        if child.dep_ == "nsubj" and _counted_state(child, clause):
            # issue #9 read46: "claiming 85,000 Americans were unemployed": a count of people in
            # a state is what the claim is about, not anyone it accuses
            return None, f"the claimed clause counts people in a state ({child.text!r})"
        if child.dep_ == "nsubj":
            return child, "claimed:nsubj"
        if child.dep_ == "nsubjpass":
            for prep in clause.children:
                if prep.dep_ == "agent":
                    agent = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if agent is not None:
                        return agent, "claimed:agent"
            return None, "the claimed clause is passive with no agent"
    return None, "the claimed clause has no subject"


def _counted_state(subject: Token, clause: Token) -> bool:
    """'85,000 Americans were unemployed', 'millions were homeless': a counted plural subject
    of a copula and an adjective, no act of its own ('two agents were behind it' stays)."""
    counted = subject.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "nummod" or (c.dep_ == "quantmod" and c.like_num) for c in subject.children
    )
    if subject.lower_ in ("millions", "thousands", "hundreds", "dozens"):
        counted = True
    return counted and clause.lemma_ == "be" and any(c.dep_ == "acomp" for c in clause.children)


def _claims_own_act(trigger: Token) -> bool:
    """'The Houthis claimed that they had attacked ...': the clause's active subject is a personal
    pronoun for the claimant, so the claim is of its own act (015), no accusation of another."""
    claimant = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if claimant is not None and claimant.tag_ in ("WP", "WDT") and trigger.dep_ == "relcl":
        # issue #9 prec31: "dozens of women who claim he assaulted them": the relative pronoun
        # stands for the noun the clause hangs on, whose number is the claimant's
        claimant = trigger.head
    # issue #9 precision8: "Associates of Navalny alleged he drank poisoned tea": a singular
    # pronoun is not a plural claimant ("they" may stand for a body: "Hamas claimed they ...")
    plural = claimant is not None and (
        claimant.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in claimant.children)
    )
    for comp in trigger.children:
        if comp.dep_ != "ccomp" or _is_passive(comp):
            continue
        for child in comp.children:
            if child.dep_ == "nsubj" and child.lower_ in SELF_PRONOUNS:
                return not plural or child.lower_ in ("they", "we")
    return False


RACES = frozenset({"race", "state", "election", "contest", "primary", "caucus", "seat", "district"})


def _calls_a_race(trigger: Token) -> bool:
    """issue #9 readout12: "call" with a place or a race as its object and "for" a name
    ("networks called Pennsylvania for Biden") declares the race's winner; "called for Biden
    to resign" has no such object, "called the United States for help" no name after "for"."""
    if trigger.lemma_.lower() != "call" or not any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)
        for c in trigger.children
    ):
        return False  # "called the United States for help": an appeal
    return any(
        c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "LOC") or c.lemma_.lower() in RACES)
        for c in trigger.children
    )


def _said_conditionally(match: Match) -> bool:
    """Whether the statement itself (not what it threatens or refuses) is hypothetical: a modal
    on the trigger or its governors ("Iran could threaten to ..."), or an if-clause around it."""
    if _asked(match.trigger):
        return True  # "whether Iran would retaliate", "Will Trump meet Kim?"
    chain = [match.trigger, *_governor_chain(match.trigger)]
    for tok in chain:
        if any(c.dep_ == "aux" and c.lemma_ in HYPOTHETICAL_MODALS for c in tok.children):
            return True
    for tok in [match.trigger, *match.trigger.ancestors]:
        if condition_clause(tok):
            return True
        if tok.dep_ == "ROOT":
            break
    return False


COMMITMENT_GOVERNORS = frozenset({"commit", "pledge", "promise", "offer", "agree", "vow"})


def _committing(trigger: Token) -> bool:
    """Whether the action is promised to someone ("committed to send troops to ...")."""
    return any(g.lemma_.lower() in COMMITMENT_GOVERNORS for g in _governor_chain(trigger))


def _purpose_clause(trigger: Token) -> str:
    """'massed troops on the border to strike Ukraine', 'in order to strike': the action is the
    purpose of another, not done (yet)."""
    if not has_to_infinitive(trigger) or _needed_act(trigger):
        return ""  # "needed to assure ..." parsed as an adverbial: what one needs to do
    if any(c.dep_ in SUBJECT_DEPS for c in trigger.children):
        return ""
    head = trigger.head
    if _sent_to_do_it(head):
        return ""  # "sent a team of experts to investigate the attack": the team does it
    if head.lemma_.lower() == "go" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in head.children
    ):
        return ""  # issue #9 read19: "then went on to tear into the Tory plans": done next
    if _occasion_used(head):
        return ""  # issue #9 read27: "used his TV appearance to defend the plans": done there
    if trigger.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        return "purpose clause"
    if (
        trigger.dep_ == "xcomp"
        and head.pos_ == "VERB"
        and head.lemma_.lower() not in OBJECT_CONTROL
        and any(c.dep_ == "dobj" for c in head.children)
    ):
        return "purpose clause"
    return ""


# issue #9 read27: an occasion used or taken "to" do something is where it was done ("Mr
# Kennedy used his TV appearance to defend his party's plans", "took the opportunity to
# praise"): no purpose still to come ("used force to ..." stays one)
OCCASIONS = frozenset(
    {"appearance", "speech", "address", "visit", "interview", "meeting", "statement", "platform",
     "opportunity", "occasion", "chance", "conference", "debate", "remark", "column", "article",
     "session", "keynote", "rally", "broadcast", "message", "letter", "sermon", "trip", "summit",
     "moment", "stage", "podium", "briefing", "testimony", "tweet", "post", "op-ed", "editorial"}
)  # fmt: skip
OCCASION_VERBS = frozenset({"use", "take", "seize"})


def _occasion_used(head: Token) -> bool:
    if head.lemma_.lower() not in OCCASION_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in OCCASIONS for c in head.children)


# People sent to do something: what they were sent to do is what the sender does (sentence
# sets / conflibert: "X sent investigators to probe ...", "dispatched a team to investigate").
SENDING_VERBS = frozenset({"send", "dispatch", "deploy", "fly"})
ENVOYS = frozenset(
    {"team", "expert", "investigator", "inspector", "specialist", "official", "delegation",
     "mission", "envoy", "monitor", "observer"}
)  # fmt: skip


def _sent_to_do_it(head: Token) -> bool:
    if head.lemma_.lower() not in SENDING_VERBS:
        return False
    for child in head.children:
        if child.dep_ == "dobj":
            sent = _measured(child) or child
            return child.lemma_.lower() in ENVOYS or sent.lemma_.lower() in ENVOYS
    return False


EXERCISES = frozenset({"exercise", "drill", "game", "wargame", "maneuver", "manoeuvre"})


def _exercise(match: Match) -> bool:
    obj = _measured(match.obj) or match.obj if match.obj is not None else None
    return obj is not None and obj.lemma_.lower() in EXERCISES


def _several_countries(sources: list[Argument]) -> bool:
    return len({a.code[:3] for a in sources if a.code and not a.code.startswith("---")}) > 1


def _arranging(gov: Token, match: Match) -> bool:
    """'the US leader prepared to attend the Olympics': preparing a visit, a meeting or a
    signing arranges the act itself (as "scheduled to"); preparing to use force is a show of
    force (150), and "is prepared to" (willing) stays an intent."""
    return (
        gov.lemma_.lower() == "prepare"
        and gov.pos_ == "VERB"
        and match.entry.code[:2] not in FORCE_ROOTS
        and match.entry.code[:2] not in ("13", "15", "17")
    )


PREPARING_GOVERNORS = frozenset({"prepare", "prepared", "poise", "poised", "gear", "mass"})


def _preparing(trigger: Token) -> bool:
    """Whether the use of force is being prepared ("prepared to resume shelling")."""
    return any(
        g.lemma_.lower() in PREPARING_GOVERNORS or g.lower_ in PREPARING_GOVERNORS
        for g in _governor_chain(trigger)
    )


# issue #9 recall26: thanks, congratulations and apologies said "I would like to ..." or "we
# want to ..." are made in the saying (a performative): the praise is given, no intent
PERFORMATIVE_VERBS = frozenset(
    {"thank", "congratulate", "apologize", "apologise", "commend", "salute", "welcome"}
)
PERFORMATIVE_GOVERNORS = frozenset({"like", "want", "wish"})


def _performative(trigger: Token) -> bool:
    """ "I would like to congratulate @SenateMajLdr", "we want to thank our allies": a speech
    act done by saying it, the speaker first person and the governor a wish."""
    head = trigger.head
    if trigger.lemma_.lower() not in PERFORMATIVE_VERBS or trigger.dep_ != "xcomp":
        return False
    if head.lemma_.lower() not in PERFORMATIVE_GOVERNORS:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in head.children)


# issue #9 recall26: a government's measure announced ("the administration announced it would
# end TPS for Haiti", "announced that he would prohibit transgender people from serving") is
# decided: the gold codes the measure (172), not a threat of it (13x). Only the reported
# "would": the CAMEO manual's "announced that he will withdraw the inspectors" (future tense)
# is a threat (136), its "announced it would prohibit all aid" the act (162)
ANNOUNCED_MEASURE_ROOTS = frozenset({"16", "17"})
# issue #9 roots30: "announced Washington would recognize Jerusalem as Israel's capital": a
# recognition takes effect in its announcement (guideline §17.13: the recognition is 054)
ANNOUNCED_MEASURE_CODES = frozenset({"054"})
ANNOUNCING_VERBS = frozenset({"announce", "decide"})


def _announced_measure(match: Match) -> bool:
    """Whether ``match`` is a sanction or an administrative measure in the clause an
    "announced (that) ... would" reports."""
    trigger = match.trigger
    code = match.entry.code
    if code[:2] not in ANNOUNCED_MEASURE_ROOTS and code not in ANNOUNCED_MEASURE_CODES:
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "would" for c in trigger.children):
        return False
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in ANNOUNCING_VERBS


def _done_in_saying(match: Match) -> bool:
    """A performative ("I would like to congratulate") or an announced measure: the act is
    done, its "would" no intent."""
    return _performative(match.trigger) or _announced_measure(match)


def announcement(match: Match) -> str:
    """Why the action is announced rather than done ("will", "is ready to"), or "" (also for
    an act done in the saying, :func:`_done_in_saying`)."""
    return "" if _done_in_saying(match) else _announced_why(match)


def _no_longer(trigger: Token) -> bool:
    """issue #9 codes45: the act is announced as ended ("will no longer be prosecuted", "would
    no longer face charges"): "no longer" on the trigger."""
    return any(
        c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in trigger.children
    )


def _unsaid(trigger: Token) -> bool:
    """issue #9 prec30: a reporting verb over the trigger's clause is negated ("he never said he
    wanted to kill", "did not say she would attack")."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ not in ("xcomp", "ccomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in REPORTING_VERBS:
            return any(c.dep_ == "neg" for c in tok.children)
    return False


def _announced_why(match: Match) -> str:
    """The modal or governor that announces the action, or "" (:func:`announcement`)."""
    tokens = [match.trigger, *_governor_chain(match.trigger)]
    for n, tok in enumerate(tokens):
        if n and tok.lemma_.lower() in PERMITTING_VERBS:
            # "a law that would have allowed Beijing to try them": the "would" is the law's;
            # what it allows is no one's announced act
            tokens = tokens[:n]
            break
        children = list(tok.children)
        for k, child in enumerate(children):
            if child.dep_ == "aux" and child.lemma_ in FUTURE_AUX:
                if any(c.dep_ == "aux" and c.lemma_ == "have" for c in children[k + 1 :]):
                    continue  # "would have allowed": what did not happen, no intent
                return f"modal '{child.text}'"
        if tok.dep_ == "ROOT" or tok.lemma_.lower() in REPORTING_VERBS:
            break
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
            # issue #9 read21: "evidence would be looked into and Mr Houston may be interviewed":
            # a conjunct with a subject of its own is a clause of its own; the first one's
            # "would" is not its modal
            tokens = tokens[: n + 1]
            break
    for gov in tokens[1:]:
        if _arranging(gov, match):
            continue
        if gov.lemma_.lower() in ANNOUNCING_GOVERNORS or gov.lower_ in ANNOUNCING_GOVERNORS:
            return f"governed by '{gov.text}'"
    return _aim_is_to(match.trigger)


# session 27: "the aim of UKIP is to withdraw Britain from the EU", "Russia's goal is to ...":
# what an aim, goal or plan "is to" do is intended, not done
AIM_NOUNS = frozenset(
    {"aim", "goal", "objective", "intention", "plan", "purpose", "ambition", "mission",
     "target", "priority", "strategy", "dream", "wish", "hope", "idea", "policy"}
)  # fmt: skip


def _aim_is_to(trigger: Token) -> str:
    """'aim ... is to' when ``trigger`` is the "to" verb of a copula whose subject is an aim
    noun, else ""."""
    copula = trigger.head
    if trigger.dep_ not in ("xcomp", "attr", "ccomp") or copula.lemma_.lower() != "be":
        return ""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return ""
    subject = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in AIM_NOUNS:
        return ""
    return f"'{subject.text} {copula.text} to'"


# issue #9 recall32: "cannot agree to gutting protections", "could not support it", "could not
# accept a nuclear-armed North Korea": a stance declared impossible is a refusal (the document
# gold: 12x, seven times on the free splits), for these verbs of assent only ("could not attend"
# is no refusal)
ASSENT_VERBS = frozenset({"support", "agree", "accept", "back", "endorse", "approve", "vote"})
CAN_AUX = frozenset({"can", "could", "ca"})  # "ca" of "can't"


def _cannot_assent(trigger: Token) -> str:
    """The "can not" that frames ``trigger``, a verb of assent with "can" or "could" as its
    auxiliary (the caller checks the negation), else ""."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in ASSENT_VERBS:
        return ""
    aux = next((c for c in trigger.children if c.dep_ == "aux" and c.lower_ in CAN_AUX), None)
    return f"'{aux.text} not'" if aux is not None else ""


# issue #9 codes46: a stance its holder does not take ("Moscow has never supported an embargo",
# "the White House was not backing any proposal", "does not support the bill"): the document
# gold's rejection (120, guideline §19.6 "positions stated"); "did not support" on one occasion
# stays a negated act (§4), as do "had not", "has not endorsed him" (not yet), a modal's (the
# intent rules' refusal), one in a relative clause or an if-clause
STANCE_AUX = frozenset({"do", "does", "is", "are", "am", "was", "were", "has", "have"})


def _stance_refused(trigger: Token) -> str:
    """The negation that refuses a stance on ``trigger``, a verb of assent negated on itself in
    the present, the perfect or the progressive (the caller checks the negation), else ""."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in ASSENT_VERBS:
        return ""
    neg = next((c for c in trigger.children if c.dep_ == "neg"), None)
    if neg is None:
        return ""
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if trigger.dep_ == "relcl" or any(c.lower_ not in STANCE_AUX for c in auxes):
        return ""  # "did not", "had not", "would not" (left to the intent rules)
    if any(c.lower_ in ("has", "have") for c in auxes) and neg.lower_ != "never":
        return ""  # "has not endorsed him" is not yet done (§4); "has never supported" refuses
    if not auxes and trigger.tag_ not in ("VBZ", "VBP"):
        return ""
    if any(c.lower_ in ("was", "were") for c in auxes) and trigger.tag_ != "VBG":
        return ""  # "was not supported" is a passive past
    return f"'{neg.text}' on a stance"


# issue #9 recallb: "looks forward to working with T", "we are looking forward to meeting T":
# the act is looked forward to, an intent (03x), not done
def _looking_forward(trigger: Token) -> str:
    """'looking forward' when ``trigger`` is the gerund of "look forward to ...", else ""."""
    if trigger.dep_ != "pcomp" or trigger.head.lower_ != "to":
        return ""
    head = trigger.head.head
    if head.lower_ == "forward":
        head = head.head
    if head.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in head.children):
        return "looking forward"
    return ""


def _generic(phrase: str) -> bool:
    """ "A government", "any leader": an indefinite singular names a kind, not an actor."""
    return phrase.lower().startswith(GENERIC_DETERMINERS)


WE_WORDS = frozenset({"we", "us", "our", "ours", "ourselves"})


def _same_person(source: Argument | None, target: Argument | None) -> bool:
    """Source and target resolved to one and the same person (by name), not merely one
    country."""
    if source is None or target is None or source.actor is None or target.actor is None:
        return False
    if {source.text.lower(), target.text.lower()} & WE_WORDS:
        return False  # "we have to recognize ...", said by one of us: the speaker's side
    a, b = source.actor, target.actor
    return a.kind == b.kind == "person" and bool(a.name) and a.name == b.name


def _predicted_need(need: Token) -> bool:
    """Whether the verb "need" carries a modal of prediction."""
    return any(c.dep_ == "aux" and c.lemma_ in FORECAST_MODALS for c in need.children)


def obligation(match: Match) -> str:
    """'must' / 'has to' on the action: someone is being told to do it ("demand"); 'should' /
    'ought to' / 'needs to': someone is being urged to ("appeal"); else ""."""
    for tok in [match.trigger, *_governor_chain(match.trigger)]:
        for child in tok.children:
            if child.dep_ == "aux" and child.lower_ == "must":
                return "demand"
            if child.dep_ == "aux" and child.lower_ in ("should", "ought"):
                return "appeal"
        if tok.lemma_.lower() in REPORTING_VERBS:
            break
    head = match.trigger.head
    if (match.trigger.dep_ == "xcomp" and has_to_infinitive(match.trigger)) or _needed_act(
        match.trigger
    ):
        if _is_passive(match.trigger) and not any(
            c.dep_ == "agent" for c in match.trigger.children
        ):
            return ""  # issue #9 precision8: "children need to be protected": no one is urged
        if head.lemma_.lower() == "need" and _predicted_need(head):
            return ""
        return {"have": "demand", "need": "appeal"}.get(head.lemma_.lower(), "")
    if _time_for(match.trigger):
        return "appeal"
    return ""


def reporter(match: Match, resolver: ActorResolver) -> tuple[Token | None, str]:
    """The subject of the reporting verb whose clause holds the trigger ("X said that ...")."""
    cur = match.trigger
    while cur.dep_ != "ROOT" and cur.head.i != cur.i:
        head = cur.head
        if cur.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in REPORTING_VERBS:
            for child in head.children:
                if child.dep_ in SUBJECT_DEPS:
                    return child, head.text
            return None, head.text
        cur = head
    return None, ""


def _needed_act(tok: Token) -> bool:
    """Whether ``tok`` is the act of "needs to <act>": the parser's "to" complement of "need",
    or (issue #9 frames30a) a "to" clause it hangs on "need" as an adverbial ("said Perez
    needed to assure Democrats ...", "needed to further detail the finances") when "need" has
    no object ("needs 60 votes to pass": a purpose) and only "to" and adverbs come between."""
    need = tok.head
    if need.lemma_.lower() != "need" or need.i >= tok.i or not has_to_infinitive(tok):
        return False
    if tok.dep_ == "xcomp":
        return True
    if tok.dep_ != "advcl" or any(c.dep_ in ("dobj", "attr", "dative") for c in need.children):
        return False
    return all(t.lower_ == "to" or t.pos_ in ("ADV", "PART") for t in tok.doc[need.i + 1 : tok.i])


def _time_for(verb: Token) -> bool:
    """Whether ``verb`` is the act of "(it is / the) time for T to <verb>", with T its subject."""
    if verb.dep_ not in ("relcl", "acl", "advcl") or verb.head.lower_ != "time":
        return False
    if verb.head.head.lemma_.lower() not in ("be", "come"):
        return False
    kids = list(verb.children)
    return (
        any(c.dep_ == "mark" and c.lower_ == "for" for c in kids)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
        and any(c.dep_ in SUBJECT_DEPS for c in kids)
    )


# issue #9 kinds49: the words of a threat or a warning whose condition names the other side's act
THREAT_GOVERNORS = frozenset(
    {"threaten", "threat", "warn", "warning", "vow", "pledge", "promise", "ultimatum"}
)


def _threat_condition(trigger: Token) -> str:
    """issue #9 kinds49: the act an if-clause makes the condition of a threat or a warning
    ("warned he would totally destroy North Korea if it *threatened* the United States", "his
    vow to destroy the country if it *threatens* America"): told by the one who threatens as
    what the other might do, not as done nor said to be done. The threat's word on the if-
    clause's head or over it, through complements, within four steps; '' when there is none."""
    clause = next((t for t in (trigger, *trigger.ancestors) if condition_clause(t)), None)
    if clause is None or clause.dep_ != "advcl":
        return ""
    cur = clause.head
    for _ in range(4):
        if cur.lemma_.lower() in THREAT_GOVERNORS:
            return cur.text
        if cur.dep_ not in ("ccomp", "xcomp", "acl", "advcl", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
    return ""


def condition_clause(clause: Token) -> bool:
    """Whether ``clause`` is an adverbial clause of condition ("if", "unless", "whether"), and
    not a preface that only tells the hearer how to see what follows ("If you look at what I
    do, ...", "if you ask me", "if you think about it": ``_preface_if``)."""
    if _in_case_clause(clause):
        return True
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children)
        and not _preface_if(clause)
    )


def _in_case_clause(clause: Token) -> bool:
    """ "... on standby in case they need to evacuate citizens": a clause opened by "in case"
    is a condition like an if-clause. The parser rarely marks it (it reads "in case" as a
    prepositional phrase and the clause as a complement of the main verb), so the test is on
    the words: "in case" right before the clause's subject. "In case of war" (a noun) is no
    clause and stays out."""
    if clause.pos_ not in ("VERB", "AUX") or clause.dep_ == "ROOT":
        return False
    doc = clause.doc
    for child in clause.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl"):
            start = child.left_edge.i
            return start >= 2 and doc[start - 2].lower_ == "in" and doc[start - 1].lower_ == "case"
    return False


def _preface_if(clause: Token) -> bool:
    """ "If you look at the record", "if you ask me", "if you go back to 1997": an if-clause
    whose subject is a generic "you" (or "one") and whose verb is one of looking, asking,
    thinking or comparing, with no modal and no negation (``PREFACE_VERBS``)."""
    if clause.lemma_.lower() not in PREFACE_VERBS:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in PREFACE_SUBJECTS for c in clause.children):
        return False
    if any(
        (c.dep_ == "aux" and c.lemma_ in HYPOTHETICAL_MODALS) or c.dep_ == "neg"
        for c in clause.children
    ):
        return False
    if clause.lemma_.lower() == "ask":
        # "if you ask me": not "if you ask Iran to withdraw" (a condition on someone asked)
        return all(
            c.lower_ in ("me", "us") for c in clause.children if c.dep_ in ("dobj", "dative")
        )
    return True
