"""Speech acts and judgements (issue #9 recalla): resolutions and their voters, political
quarrels, hacking and investigations alleged, denials by their doer, and the evaluative and
retaliation stages' events (``_evaluations``, ``_retaliations``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from redline import datafiles
from redline.events.arguments import ActorResolver, Argument, next_verbs_object
from redline.events.coding.clauses import _same_side
from redline.events.coding.denials import _voting_body
from redline.events.coding.flags import _no_evidence_of
from redline.events.coding.vocabulary import (
    CLAIM_NOUNS,
    CONCLUDING_VERBS,
    DENIAL_CODES,
    FUTURE_AUX,
    VOTED_NOUNS,
    Match,
)
from redline.model import Document, Event

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _resolution_clause(verb: Token) -> bool:
    """Whether ``verb`` heads the participle clause of a resolution or motion ("voted for a
    resolution calling for the United States to drop ..."): the body's own demand, not a
    background clause of the sentence."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in VOTED_NOUNS


def _resolution_voters(
    src_tok: Token, src_how: str, sources: list[Argument], sent: Span, resolver: ActorResolver
) -> list[Argument]:
    """ "voted for a resolution calling for the United States to drop ...": a resolution that
    speaks (the head of a participle clause) with no issuer named speaks for the body that
    votes on it, the nearest intergovernmental body named (not for an actor its own clause
    names)."""
    if "acl-head" not in src_how:
        return []
    if src_tok.lemma_.lower() in VOTED_NOUNS:
        return _voting_body(sent, resolver)
    if "acl-head^vote" in src_how and all(a.actor is None for a in sources):
        return _voting_body(sent, resolver)  # "dozens of countries voted for a resolution"
    return []


def _main_subject(noun: Token) -> Token | None:
    """The subject of the nearest verb above ``noun`` that has a non-pronoun subject."""
    cur = noun
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            subject = next((c for c in cur.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject if subject.pos_ != "PRON" else None
    return None


LAW_ENFORCEMENT_SECTORS = frozenset({"JUD", "COP"})
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "OPP", "PTY", "ELI"})
FORCE_WORDS = re.compile(
    r"(?i)\b(?:gun|guns|gunm[ae]n|shot|shoot\w*|fir(?:ed|ing) on|knife|knives|stabb\w*|bomb\w*"
    r"|explosi\w+|grenade\w*|missile\w*|rocket\w*|shell\w*|troops|soldiers|militants?|forces"
    r"|armed|army|police|killed|kill\w*|wounded|injur\w+|hospital\w*|weapon\w*|mob|punch\w*"
    r"|beat(?:en|ing)?|acid|raid\w*|airstrikes?|drones?)\b"
)


@datafiles.cached
def _party_words() -> re.Pattern[str]:
    """The party words of ``actors/parties.tsv`` ("Labour", "Tory", "Democrat"), with plurals."""
    words = {row[0] for row in datafiles.rows("actors/parties.tsv") if row and row[0]}
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives}|Tories)(?:s)?\b")


def _political(arg: Argument) -> bool:
    """A politician's or a party's side: a political sector, or a party word in its words."""
    code = arg.code or ""
    if len(code) >= 6 and code[3:6] in POLITICAL_SECTORS:
        return True
    return _party_words().search(arg.text or "") is not None


def _political_quarrel(s: Argument | None, t: Argument | None, sent: Span) -> str:
    """Why an attack of one side on the other is words: both political sides of one country
    (or a person the book places only by country against a political side), and no weapon,
    force or wound in the sentence; else ""."""
    if s is None or t is None or not s.code or not t.code or s.code[:3] != t.code[:3]:
        return ""
    if s.code.startswith(("---", "IGO", "NGO", "IMG")):
        return ""
    sides = []
    for arg in (s, t):
        if _political(arg):
            sides.append("political")
        elif len(arg.code) == 3 and getattr(arg.actor, "kind", "") in ("person", "organisation"):
            sides.append("named")  # "Mr Grant", "Labour" unknown to the book: no sector
        else:
            return ""
    if "political" not in sides or FORCE_WORDS.search(sent.text):
        return ""
    return f"political quarrel: {s.code} on {t.code}, no force words"


HACKING_LEMMAS = frozenset({"hack"})
ALLEGING_VERBS = CONCLUDING_VERBS | {"believe", "suspect", "claim", "accuse"}


def _hacking_alleged_by(
    trigger: Token, code: str, hacker: Argument | None, resolver: ActorResolver
) -> Argument | None:
    """Who says the hacking at ``trigger`` was done, when it is told only as the complement of
    their saying ("that U.S. agencies say were hacked by Russia", "agencies determined Russian
    intelligence had hacked"): the subject of that verb, resolved and of another country than
    the hacker. None otherwise (the hacking asserted by the text, or said by the hacker's side)."""
    if trigger.lemma_.lower() not in HACKING_LEMMAS or code[:2] != "17":
        return None
    if hacker is None or not hacker.code or hacker.code.startswith("---"):
        return None
    verb = trigger.head
    if trigger.dep_ != "ccomp" or verb.pos_ != "VERB" or verb.lemma_.lower() not in ALLEGING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    alleger = resolver.argument(subject, f"alleger:nsubj of {verb.text!r}")
    alleged = alleger.code or ""
    if alleger.actor is None or alleged.startswith("---") or alleged[:3] == hacker.code[:3]:
        return None
    return alleger


def _law_enforcer(arg: Argument | None) -> bool:
    """Whether the argument is a court, prosecutor or police force ("special counsel Robert
    Mueller" USAJUD, "the FBI" USACOP)."""
    code = (arg.code or "") if arg is not None else ""
    return len(code) >= 6 and code[3:6] in LAW_ENFORCEMENT_SECTORS


def _in_side_clause(tok: Token, head: Token) -> bool:
    """Whether ``tok`` sits in a relative or adverbial clause below ``head``."""
    cur = tok
    while cur.i != head.i and cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "advcl"):
            return True
        cur = cur.head
    return False


def _asked_clause(verb: Token) -> bool:
    """Whether ``verb``'s clause (or the clause it is conjoined to) is marked by "whether"
    ("a probe into whether the firms colluded"): asked, not said."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children)


def _whether_conjunct(verb: Token) -> Token | None:
    """A "whether / if" clause the parser joins to ``verb`` as a conjunct ("investigating
    Russia's role and whether there was collusion ...")."""
    return next(
        (c for c in verb.children
         if c.dep_ == "conj" and any(m.lower_ in ("whether", "if") for m in c.children)),
        None,
    )  # fmt: skip


PARTY_PRONOUNS = frozenset({"it", "him", "her", "them"})  # a side of the ties investigated


def _investigated_parties(
    head: Token, how: str, targets: list[Argument], resolver: ActorResolver
) -> list[Argument]:
    """Everyone an investigation is into: "a probe into collusion between the Trump campaign
    and Russians" investigates both sides, "into Russian efforts ... and collusion by Trump
    associates" both countries. One target per country named in the phrase, the head's own
    first (a handful of tokens, and only for investigations)."""
    seen = {(t.code or "")[:3] for t in targets if t.actor is not None}
    out = list(targets)
    next_verb = next_verbs_object(head)  # "examined data and contacted experts"
    venue: set[int] = set()
    for tok in head.subtree:
        if tok.i == head.i or tok.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if next_verb is not None and tok.i >= head.doc[next_verb].left_edge.i:
            break
        if tok.pos_ == "PRON" and tok.lower_ not in PARTY_PRONOUNS:
            continue  # issue #9 roots30: "ties between it and Russia": "it" is a party
        if tok.dep_ not in ("pobj", "conj") and not _reported_doer(tok):
            continue
        if _in_side_clause(tok, head):
            continue  # "a probe of Flynn, who is under scrutiny for his work for a Turk"
        if tok.i in venue:
            continue
        if seen and _vote_meddled_in(tok):
            # "probing Russian interference in the 2016 U.S. election": no party, nor what
            # the parser hangs on the vote ("election on Monday charged Manafort, a lobbyist");
            # an act joined to it is investigated ("... election and collusion with the
            # Trump campaign")
            joined = {
                t.i
                for c in tok.children
                if c.dep_ == "conj" or (c.dep_ == "prep" and c.lower_ in PARTNER_PREPS)
                for t in c.subtree
            }
            venue.update(t.i for t in tok.subtree if t.i not in joined)
            continue
        arg = resolver.argument(tok, f"{how}:party '{tok.text}'", deep=True)
        if arg.actor is None or (arg.code or "")[:3] in seen:
            continue
        seen.add((arg.code or "")[:3])
        out.append(arg)
    return out


# issue #9 kinds45: a vote an investigated act took place "in" ("Russian meddling in the 2016
# U.S. election") is where it happened: the election's country is not investigated
VOTE_NOUNS = frozenset(
    {"election", "vote", "referendum", "poll", "race", "primary", "ballot", "campaign"}
)


# the words that name a side of an act joined to the vote ("collusion with the campaign"), which
# the parser may hang on the vote itself
PARTNER_PREPS = frozenset({"with", "between", "by"})


def _vote_meddled_in(tok: Token) -> bool:
    """Whether ``tok`` is a vote the act it hangs on took place in: the object of "in" on a
    noun ("interference in the election", "Russia's role in the 2016 vote")."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and tok.lemma_.lower() in VOTE_NOUNS
        and prep.lower_ == "in"
        and prep.head.pos_ == "NOUN"
    )


# what a speaker foretells or wishes ("will have no role", "should play no part") denies nothing
FORETELLING_AUX = FUTURE_AUX | {"should", "must", "can", "could", "may", "might"}


# reports and claims whose clause names a doer ("into reports that X engaged in ...")
REPORT_OR_CLAIM_NOUNS = CLAIM_NOUNS | {"report"}


def _own_side_subject(verb: Token, speaker: Argument, resolver: ActorResolver) -> bool:
    """issue #9 frames30a: whether the subject of a denied act is the speaker or its side ("Trump
    said he had not done the things he talked about": his own deed denied)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    arg = resolver.argument(subject, "denier")
    return arg.actor is not None and _same_side(arg, speaker)


def _reported_doer(tok: Token) -> bool:
    """issue #9 recall30: "an investigation into reports that Democrat Ruben Kihuen engaged in
    harassment", "into allegations Russia interfered": the subject of what the reports say."""
    clause = tok.head
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and clause.dep_ in ("acl", "ccomp")
        and clause.head.lemma_.lower() in REPORT_OR_CLAIM_NOUNS
        and clause.head.pos_ == "NOUN"
    )


def _own_act_denied(trigger: Token) -> bool:
    """Whether the act a speaker tells is said not to have happened ("did not interfere", "has
    never colluded"): negated, and not foretold ("will not interfere" promises)."""
    children = list(trigger.children)
    if any(c.dep_ == "aux" and c.lemma_ in FORETELLING_AUX for c in children):
        return False
    return any(c.dep_ == "neg" for c in children)


# issue #9 negation53: who speaks for another in a denial ("his defense lawyer argued", "Trump
# lawyer Jay Sekulow said", "a spokeswoman for the campaign said"): a denial of the act of one
# of the speaker's country is made on that side's behalf
SPOKESPERSON_WORDS = frozenset(
    {"lawyer", "lawyers", "attorney", "attorneys", "counsel", "spokesman", "spokeswoman",
     "spokesperson", "spokespeople", "representative", "aide", "aides"}
)  # fmt: skip


def _act_said_undone(trigger: Token) -> str:
    """issue #9 negation53: why the act a speaker tells is said not to have been done: a
    negation on the act's verb ("did not violate", "had never interfered", "will not
    interfere") or a denied evidence noun over its clause ("no evidence that X colluded")."""
    neg = next((c for c in trigger.children if c.dep_ == "neg"), None)
    if neg is not None:
        return f"'{neg.text}' on '{trigger.text}'"
    return _no_evidence_of(trigger)


def _speaks_for(speaker: Argument, doer: Argument) -> bool:
    """issue #9 negation53: whether ``speaker`` speaks for ``doer`` in denying its act: a lawyer,
    attorney or spokesperson of the doer's country ("Manafort did not violate the order, his
    defense lawyer said"), or a body of the bare country named as the doer ("Peskov said Moscow
    had never interfered")."""
    if speaker.actor is None or doer.actor is None or not speaker.code or not doer.code:
        return False
    if speaker.code[:3] != doer.code[:3]:
        return False
    if SPOKESPERSON_WORDS & set(re.findall(r"[a-z]+", speaker.text.lower())):
        return True
    return len(doer.code) == 3 and getattr(doer.actor, "kind", "") == "country"


def _denied_outright(match: Match) -> bool:
    """Whether a speaker's clause says there was none of the thing ("there was no collusion",
    "there wasn't any wrongdoing"): a denial, not a statement that something happened."""
    obj = match.obj if match.obj is not None else match.trigger
    if any(c.dep_ == "aux" and c.lemma_ in FORETELLING_AUX for c in match.trigger.children):
        return False  # issue #9 recall29: "Assad would have no role in Syria's future" foretells
    if any(
        p.dep_ == "prep" and any(g.lemma_.lower() == "future" for g in p.children)
        for p in (*match.trigger.children, *obj.children)
    ):
        return False  # "has no role in the future of Syria": a say in what is to come
    if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return True
    if obj.lower_ == "nothing":
        # issue #9 recall21: "he had nothing to do with the contract" denies a link; "his vote
        # will have nothing to do with the president" foretells, denying nothing done
        return not any(c.dep_ == "aux" and c.lemma_ in FUTURE_AUX for c in match.trigger.children)
    return any(c.dep_ == "neg" for c in match.trigger.children)


NAME_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")


def _investigates_allegations(investigation: Event, denial: Event) -> bool:
    """Whether ``investigation`` is of allegations "against" the denier, named by a word of the
    denial's subject or of its speaker ("I ... denied", said Conyers)."""
    what = investigation.target_text or ""
    at = what.find(" against ")
    if at < 0:
        return False
    names = set(NAME_WORD.findall(f"{denial.source_text or ''} {denial.reported_by or ''}"))
    return any(re.search(rf"\b{re.escape(n)}\b", what[at:]) for n in names)


def _denied_by_its_doer(act: Event, events: list[Event]) -> bool:
    """issue #9/#10 actors21: "Russia has denied U.S. intelligence agencies' conclusion that it
    meddled in the election": an act its own doer denies in the same sentence, before it, is the
    thing denied, no accusation by that doer that another denial could answer."""
    doer = (act.source_actor or "")[:3]
    return bool(doer) and any(
        e.code in DENIAL_CODES
        and e.start == act.start
        and (e.source_actor or "")[:3] == doer
        and e.trigger_start < act.trigger_start
        for e in events
    )


def _accuses_the_denier(accusation: Event, denial: Event, accused_person: bool = False) -> bool:
    """Between actors of one country, only an accusation of the denier itself is answered
    ("Republicans attacked Mueller" is not what Trump denies when he says there was no
    collusion); across countries, or where only a bare country is known, the country is
    enough ("U.S. agencies concluded Russia ..."). A named person of no sector
    (``accused_person``: "Democrats expressed dissatisfaction with Bolton") is no bare country:
    only an accusation of the denier by name is answered (lead read48)."""
    denier = denial.source_actor or ""
    accuser, accused = accusation.source_actor or "", accusation.target_actor or ""
    if accuser[:3] != denier[:3] or len(denier) == 3:
        return True
    if len(accused) == 3:
        if accused_person and accusation.target_text and denial.source_text:
            name = accusation.target_text.split()[-1].lower()
            if name[:1].isalpha() and accusation.target_text[:1].isupper():
                return name in denial.source_text.lower()
        return True
    return accused == denier


def _evaluations(
    sent: Span,
    doc: Document,
    resolver: ActorResolver,
    coded: list[Event],
    features_out: dict[int, dict[str, float]] | None,
) -> list[tuple[int, Event]]:
    """issue #9 speech: judgements a speaker passes on another actor ("called X 'dirty
    politics'", "said the reports were 'laughable'"), in ``redline.events.evaluative``."""
    from redline.events.evaluative import evaluation_events

    return evaluation_events(sent, doc, resolver, coded, features_out=features_out)


def _retaliations(
    sent: Span,
    doc: Document,
    resolver: ActorResolver,
    coded: list[tuple[int, Event]],
    features_out: dict[int, dict[str, float]] | None,
) -> list[tuple[int, Event]]:
    """issue #9 threats33: threats of retaliation ("would retaliate against", "will strike
    back", "will pay a heavy price"), in ``redline.events.retaliation``."""
    from redline.events.retaliation import retaliation_events

    return retaliation_events(sent, doc, resolver, coded, features_out)


def _accused_targets(events: list[Event]) -> list[Event]:
    """issue #9 speech: a claim judged grave is about the accused of the claim before it."""
    from redline.events.evaluative import accused_targets

    return accused_targets(events)
