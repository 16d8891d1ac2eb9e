"""The other party of a shared act: meetings and their sides, pacts and their members,
investigators, trade partners, owners of a thing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from redline import datafiles
from redline.actors import ActorMatch
from redline.events.arguments import (
    ACT_MAKERS,
    KIN_NOUNS,
    OWNED_ACTS,
    PAIR_HOW,
    ActorResolver,
    Argument,
    conjuncts,
    has_country,
    has_to_infinitive,
    phrase_span,
    relative_clause_of,
)
from redline.events.coding.clauses import _object_of, _prep_object, _same_side
from redline.events.coding.denials import _act_argument, _definite_act
from redline.events.coding.sides import find_source
from redline.events.coding.vocabulary import (
    COOPERATION_ROOTS,
    DEFINITE,
    INVESTIGATOR_HOW,
    JOINT_WITH_NOUNS,
    LAST_ATTACKER,
    MEETING_VERBS,
    RELATIVE_SUBJECTS,
    SETTING_PARTNER_PREPS,
    TALK_NOUNS,
    Match,
)
from redline.events.owners import ASKING_NOUNS, asked_by, earlier_owner, owner_of
from redline.nlp.parse import parse_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# issue #9 recall9: attacks told by their noun as the subject of what they did ("Israel launched
# air strikes on Gaza ... The strikes killed 20 people"): the maker of the violent act told a few
# sentences before did it. (Taking the maker from the noun's own phrase, "its strikes hit a
# depot", was right 0 of 1 times on the free splits: not kept.)
ATTACK_NOUNS = frozenset(
    {"strike", "airstrike", "attack", "raid", "bombing", "offensive", "assault", "shelling",
     "bombardment", "barrage", "airstrikes", "incursion"}
)  # fmt: skip
ATTACK_WINDOW = 600  # characters back (two or three sentences)


def _attack_maker(
    subject: Token, sources: list[Argument], trigger: Token, resolver: ActorResolver
) -> list[Argument]:
    """The maker of "the strikes" that are the subject of a violent act, when the phrase
    names no actor itself."""
    if subject.lemma_.lower() not in ATTACK_NOUNS or any(s.actor is not None for s in sources):
        return sources
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subject.children):
        return sources
    remembered = resolver.event_nouns.get(LAST_ATTACKER)
    if remembered is None or not 0 < trigger.idx - remembered[1] <= ATTACK_WINDOW:
        return sources
    earlier = remembered[0]
    why = f"{earlier.rule}; the {subject.text} made by {earlier.text!r}, told before"
    return [replace(earlier, how="attack told before", rule=why)]


CONCERN_NOUNS = frozenset({"concern", "worry", "fear", "doubt", "alarm", "skepticism"})


def _concern_clause_subject(match: Match, source: Token | None) -> Token | None:
    """The subject of the "that" clause of a concern voiced ("expressed concerns that tough
    U.S. demands will sink the talks"), hung on the concern noun or on the verb after it; a
    noun or a name, not the voicer again."""
    obj = match.obj if match.obj is not None else _object_of(match.trigger)
    if obj is None or obj.lemma_.lower() not in CONCERN_NOUNS:
        return None
    clauses = [c for c in obj.children if c.dep_ in ("acl", "ccomp") and c.i > obj.i]
    clauses += [c for c in match.trigger.children if c.dep_ == "ccomp" and c.i > obj.i]
    for clause in clauses:
        if any(c.dep_ == "mark" and c.lower_ != "that" for c in clause.children):
            continue  # "concern as the talks ...", "if ...": no content clause
        for child in clause.children:
            if child.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if child.pos_ not in ("NOUN", "PROPN") or (source is not None and child.i == source.i):
                return None
            return child
    return None


def _accepted_actor(verb: Token) -> bool:
    """issue #9 frames45: what "will not accept" rejects names its actor: a name ("a
    nuclear-armed North Korea"), or a thing with its owner or maker ("Cruz's endorsement", "any
    declaration by Clinton"); not a risk or a state of affairs ("cannot accept the potential of
    increased casualties")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.pos_ == "PROPN":
        return True
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in obj.children
    )


@datafiles.cached
def _pacts() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(names, members) of each pact in data/events/pacts.tsv."""
    return tuple(
        (tuple(row[1].split("|")), tuple(row[0].split(",")))
        for row in datafiles.rows("events/pacts.tsv")
        if len(row) > 1
    )


# issue #9 recall33: the verbs whose object is talks the subject holds ("will continue
# negotiations"); "are in negotiations" is the copula with "in"
TALKS_HOLDING_VERBS = frozenset({"continue", "hold", "resume", "conduct", "begin", "start", "open"})


def _talks_holders(noun: Token) -> Token | None:
    """The coordinated subject ("Democrats and Republicans") of the verb that holds the talks
    noun ("will continue negotiations", "are in negotiations"); None for a single subject or
    another link between verb and noun."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in TALKS_HOLDING_VERBS:
        verb = head
    elif (
        noun.dep_ == "pobj"
        and head.lower_ == "in"
        and head.dep_ == "prep"
        and head.head.lemma_.lower() == "be"
    ):
        verb = head.head
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "conj" for c in subject.children):
        return None
    return subject


def _pact_members(noun: Token) -> list[Argument]:
    """The members of the pact the talks noun's own phrase names ("talks to update NAFTA",
    "a round of talks on NAFTA",
    "NAFTA talks", "talks on the North American Free Trade Agreement"), one argument each;
    [] when it names none."""
    phrase = noun
    while phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.pos_ == "NOUN":
        phrase = phrase.head.head  # "a fifth round of talks to update NAFTA"
    spans = [noun.doc[phrase.left_edge.i : phrase.right_edge.i + 1]]
    # issue #9 drops21: "were wrapping up a round of talks to update NAFTA", the infinitive
    # parsed as the holding verb's purpose clause: its object names the pact talked about
    if phrase.dep_ == "dobj" and phrase.head.pos_ == "VERB":
        for purpose in phrase.head.children:
            if (
                purpose.dep_ in ("advcl", "xcomp")
                and purpose.i > phrase.i
                and has_to_infinitive(purpose)
            ):
                spans += [
                    noun.doc[o.left_edge.i : o.right_edge.i + 1]
                    for o in purpose.children
                    if o.dep_ == "dobj"
                ]
    for words in spans:
        found = _pact_members_in(words)
        if found:
            return found
    return []


def _pact_members_in(words: Span) -> list[Argument]:
    text = words.text
    for names, members in _pacts():
        for name in names:
            at = re.search(rf"\b{re.escape(name)}\b", text)
            if at is None:
                continue
            start = words.start_char + at.start()
            end = start + len(name)
            why = f"talks on {name}: a member of the pact"
            return [
                Argument(
                    text[at.start() : at.end()],
                    start,
                    end,
                    ActorMatch(code, code, None, code, "country", "pact member"),
                    "pact member" + PAIR_HOW,  # one span, several actors (see _each_other)
                    why,
                )
                for code in members
            ]
    return []


# the verbs of a purpose clause whose object is the one aid is for ("a grant to help survivors")
# ("support the Jewish state" is backing, not whom the money is for)
AID_PURPOSE_VERBS = frozenset({"help", "assist", "aid", "benefit", "feed", "house"})


def _aid_purpose_object(match: Match) -> Token | None:
    """The object of a "to help ..." purpose clause on the aid verb or on its object ("give a
    grant to help women survivors", "sent money to feed refugees"), else None."""
    heads = [match.trigger]
    if match.obj is not None:
        heads.append(match.obj)
    for head in heads:
        for clause in head.children:
            if (
                clause.dep_ in ("advcl", "xcomp", "relcl", "acl")
                and clause.lemma_.lower() in AID_PURPOSE_VERBS
                and has_to_infinitive(clause)
            ):
                obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    return obj
    return None


# lead's read45: a deal's trade and the preposition its other party takes
TRADE_PARTNER_PREPS = {
    "import": "from", "buy": "from", "purchase": "from", "acquire": "from",
    "export": "to", "sell": "to", "supply": "to", "deliver": "to", "ship": "to",
}  # fmt: skip
TRADE_DEAL_NOUNS = frozenset({"deal", "agreement", "contract", "accord", "pact"})


def _trade_partner(trigger: Token) -> Token | None:
    """The other party of a deal told by its "to ..." trade: "signed a deal to import gas from
    Iran" (Iran), "a contract to supply jets to Qatar" (Qatar); None when none is named."""
    nouns = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    for noun in nouns:
        if noun.lemma_.lower() not in TRADE_DEAL_NOUNS:
            continue
        for verb in noun.children:
            prep_word = TRADE_PARTNER_PREPS.get(verb.lemma_.lower())
            if verb.dep_ not in ("acl", "relcl") or prep_word is None:
                continue
            if not has_to_infinitive(verb):
                continue
            for prep in verb.children:
                if prep.dep_ in ("prep", "dative") and prep.lower_ == prep_word:
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                        return obj
    return None


def _partner_complement(match: Match) -> bool:
    """An intent to cooperate (03) told by its "to ..." complement with a "with" partner:
    "agreed to cooperate with prosecutors" (see _events_for)."""
    if match.entry.code[:2] != "03" or not match.entry.xcomp or match.holder.i == match.trigger.i:
        return False
    partner, _ = _prep_object(match.holder, ("with",))
    return partner is not None and partner.pos_ in ("NOUN", "PROPN", "PRON")


def _fronted_partner(match: Match) -> Token | None:
    """issue #9 recall20: a cooperation or meeting with no partner of its own whose clause
    opens "with whom / with which" on the verb that governs it ("with whom he continues to
    cooperate"): the relative pronoun (the resolver reads it as the noun the clause modifies)."""
    if match.entry.code[:2] not in COOPERATION_ROOTS | {"04"}:
        return None
    verb = match.trigger
    while True:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i < verb.i:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and relative_clause_of(obj) is not None:
                    return obj
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return None
        verb = verb.head


MEETING_OBJECTS = frozenset({"meeting", "talk", "summit", "visit", "session"})
MEETING_TIMES = frozenset({"during", "after", "before", "following", "at", "in"})
MEETING_LEFT = frozenset({"leave", "attend"})
# issue #9 drops26: "stepping away from negotiations with Crapo", "walked away from a meeting
# with ...": the verb's subject was in the talks (being "in" them: _noun_source; "pulled out
# of", "broke off" and "withdrew from" talks are frames of their own)
MEETING_LEFT_FROM = {"step": ("from",), "walk": ("from",)}


def _left_from(prep: Token) -> Token | None:
    """The verb of "stepped away from", "walked away from" whose preposition is ``prep`` (hung
    on the verb or on its "away" / "out"); None else."""
    verb = prep.head
    if verb.dep_ in ("advmod", "prt") and verb.lower_ in ("away", "out"):
        verb = verb.head
    if verb.pos_ == "VERB" and prep.lower_ in MEETING_LEFT_FROM.get(verb.lemma_.lower(), ()):
        return verb
    return None


STOP_NOUNS = frozenset({"stop", "stopover"})


def _their_sides(noun: Token) -> tuple[Token, Token] | None:
    """The subject and object of the verb a "during / at / after their talks" phrase hangs on
    ("Trump asked Putin during their talks"): the two "their" names; None else."""
    if noun.lemma_.lower() not in MEETING_OBJECTS | JOINT_WITH_NOUNS | TALK_NOUNS:
        return None
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in MEETING_TIMES or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if subject is None or obj is None or subject.pos_ != "PROPN" or obj.pos_ != "PROPN":
        return None
    return subject, obj


# issue #9 drops26: verbs whose subject makes the thing they take as object ("sent a tweet",
# "launched a campaign", "filed a lawsuit"): the maker acts through what it made
THING_MAKING_VERBS = frozenset(
    {"send", "post", "write", "issue", "publish", "launch", "announce", "unveil", "file",
     "sign", "propose", "introduce", "run", "release", "air", "tweet", "retweet", "start"}
)  # fmt: skip
# the relative pronouns that stand for a made thing ("a tweet that Trump sent"): no "whom"
MADE_THING_RELATIVES = frozenset({"that", "which"})
SHARE_WORDS = frozenset(
    {"percent", "%", "per cent", "half", "third", "quarter", "fifth", "proportion", "share"}
)
POLL_MARGIN = re.compile(
    r"\b\d+(?:\.\d+)? ?(?:%|percent|per cent) to \d+(?:\.\d+)? ?(?:%|percent|per cent)"
    r"|\bby (?:about |almost |nearly |some |roughly |more than |over |just |only )?(?:a |an )?"
    r"\d+(?:\.\d+)?[- ](?:percentage[- ])?points?\b"
)


def _share_word(tok: Token) -> bool:
    return tok.lemma_.lower() in SHARE_WORDS or tok.text == "%"


def _poll_share(trigger: Token, src_tok: Token | None, prep_obj: Token | None = None) -> bool:
    """issue #9 kinds43: whether support at ``trigger`` is a poll's figure: its doer is a share
    of a group ("46% of Florida voters", "more than half of the students"; the "by" agent, or
    the "from" phrase of "has support from", too), or a margin follows the trigger in its own
    clause ("by almost 30 points", "54 percent to 31 percent"). A named actor backing "100
    percent" is no share, and "a majority of senators" is a body's act, no poll."""
    for tok in (src_tok, prep_obj):
        if tok is None:
            continue
        if _share_word(tok):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _share_word(tok.head.head):
            return True
    end = trigger.right_edge.idx + len(trigger.right_edge.text)
    return bool(POLL_MARGIN.search(parse_text(trigger.doc)[trigger.idx : end]))


def _thing_makers(thing: Token) -> list[Token]:
    """Who made ``thing``: the subject of a making verb it is the object of ("the group
    announced a campaign"), or of a relative clause that makes it ("a tweet that Trump sent",
    "the ad the group ran"); [] else."""
    for clause in thing.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in THING_MAKING_VERBS:
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        if objects and objects[0].lower_ not in MADE_THING_RELATIVES:
            continue  # "a tweet that sent shares lower": the tweet did it
        makers = [c for c in clause.children if c.dep_ == "nsubj"]
        if makers and makers[0].lower_ not in RELATIVE_SUBJECTS:
            return makers
    verb = thing.head
    if thing.dep_ == "dobj" and verb.lemma_.lower() in THING_MAKING_VERBS:
        return [c for c in verb.children if c.dep_ == "nsubj"]
    return []


def _tour_stops(noun: Token) -> list[Token]:
    """The places of "stops in X, Y and Z" told of a trip ``noun``: "a trip to Asia, which
    includes stops in Japan", "a tour of the region with stops in ..."; [] else."""
    holders = [noun, *(g for c in noun.children if c.dep_ == "prep" for g in c.children)]
    stops = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "relcl" and child.lemma_.lower() in ("include", "have", "feature"):
                stops += [c for c in child.children if c.dep_ == "dobj"]
            elif child.dep_ == "prep" and child.lower_ == "with":
                stops += [c for c in child.children if c.dep_ == "pobj"]
    places = []
    for stop in stops:
        if stop.lemma_.lower() not in STOP_NOUNS:
            continue
        place, _ = _prep_object(stop, ("in", "at"))
        if place is not None:
            places += conjuncts(place)
    return places


def _meeting_attendee(noun: Token) -> tuple[Token, str] | None:
    """issue #9 recall17: "during / after a meeting with X" on a verb, "left / attended a
    meeting with X": the verb's subject met X (a meeting with a "with" partner only)."""
    lemma = noun.lemma_.lower()
    if lemma not in (MEETING_OBJECTS | JOINT_WITH_NOUNS | set(SETTING_PARTNER_PREPS)) - {"visit"}:
        return None
    partner = _prep_object(noun, SETTING_PARTNER_PREPS.get(lemma, ("with",)))[0]
    if partner is None or any(t.lower_ == "fellow" for t in partner.lefts):
        return None  # "after a closed-door meeting with fellow House Republicans": a caucus
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in MEETING_TIMES and head.dep_ == "prep":
        verb = head.head
    elif noun.dep_ == "dobj" and head.lemma_.lower() in MEETING_LEFT:
        verb = head
    elif noun.dep_ == "pobj" and head.dep_ == "prep" and (verb := _left_from(head)) is not None:
        pass  # issue #9 drops26: "stepped away from talks with X"
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject, how = find_source(verb)
    if subject is None and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        # issue #9 nomsrc22: "X, leaving a meeting with Brady, said": the main clause's subject
        subject, how = find_source(verb.head)
    return (subject, f"met at the meeting: {how}") if subject is not None else None


# issue #9 recall30: "tried to set up a meeting between the Trump campaign and Russian
# officials", "his efforts to arrange a meeting with Putin", "proposing a meeting between A and
# B": a meeting being arranged is an intent to meet (036) between its sides, not a meeting held
ARRANGING_VERBS = frozenset({"arrange", "organize", "organise", "broker", "propose", "facilitate"})


def _arranging_verb(noun: Token) -> Token | None:
    """The verb arranging the meeting ``noun`` names ("arrange", "set up", "broker" a meeting),
    the noun its object; None else."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in MEETING_OBJECTS - {"visit"}:
        return None
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in ARRANGING_VERBS or (
        lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    ):
        return verb
    return None


# issue #9 roots21: the words that put a meeting on the calendar ("is scheduled to meet",
# "was set to hold talks", "is due to meet", "is expected to meet", "were slated to meet"); a
# visit or a summit attended so scheduled stays the visit (the sentence sets code "is scheduled
# to visit Washington" and "is scheduled to attend a summit" as the act; the document gold takes
# 042 as an alternative)
SCHEDULING_WORDS = frozenset({"schedule", "set", "due", "expect", "slate"})
SCHEDULED_MEETING_VERBS = frozenset({"meet", "hold", "have", "talk", "negotiate"})


def _scheduled_meeting(trigger: Token) -> Token | None:
    """The scheduling word ("scheduled", "set", "due", "expected", "slated") whose "to"
    complement is the meeting ``trigger`` names (its verb, or the verb holding the noun: "set to
    hold talks"); None else."""
    verb = trigger
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass"):
        return _scheduled_to_happen(trigger)
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        verb = trigger.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SCHEDULED_MEETING_VERBS:
        return None
    if verb.dep_ != "xcomp" or not has_to_infinitive(verb):
        return None
    head = verb.head
    word = head.lemma_.lower()
    if word not in SCHEDULING_WORDS and head.lower_ not in SCHEDULING_WORDS:
        return None
    # "is scheduled", "was set", "are expected" (passive), "is due" (adjective); not "they expect
    # to meet" (an intent, left as it is)
    if head.lower_ == "due" or head.tag_ == "VBN":
        return head
    return None


# the verbs of a meeting's happening: "take (place)", "be held", "go ahead", "begin"
HAPPENING_VERBS = frozenset({"take", "hold", "go", "begin", "start", "open", "resume", "convene"})


def _scheduled_to_happen(noun: Token) -> Token | None:
    """issue #9 (session 42, read53's held-out page): the scheduling word when the meeting noun
    is the subject of its own happening still to come ("a meeting between Chirac and Schroeder
    is due to take place", "the talks are scheduled to take place", "the summit is expected to
    be held"): on the calendar, an intent to meet (036), not a meeting held."""
    head = noun.head
    if head.tag_ == "VBN" and head.lemma_.lower() in SCHEDULING_WORDS:
        word = head  # "are scheduled to", "is expected to", "is set to"
    else:
        word = next((c for c in head.children if c.lower_ == "due" and c.dep_ == "acomp"), None)
    if word is None:
        return None
    for child in word.children:
        if (
            child.dep_ == "xcomp"
            and child.lemma_.lower() in HAPPENING_VERBS
            and has_to_infinitive(child)
        ):
            if child.lemma_.lower() == "take" and not any(
                c.dep_ == "dobj" and c.lower_ == "place" for c in child.children
            ):
                return None  # "the talks are expected to take months": no happening
            return word
    return None


PROSPECTIVE_ADJECTIVES = frozenset(
    {"planned", "proposed", "scheduled", "upcoming", "expected", "possible", "potential",
     "prospective", "mooted", "forthcoming"}
)  # fmt: skip


def _prospective_noun(trigger: Token) -> Token | None:
    """The modifier ("planned", "proposed", "upcoming") that names the meeting or visit noun
    ``trigger`` as one still to come, else None."""
    if trigger.pos_ != "NOUN":
        return None
    return next(
        (c for c in trigger.children if c.dep_ == "amod" and c.lower_ in PROSPECTIVE_ADJECTIVES),
        None,
    )


def _arranged_meeting(match: Match) -> bool:
    """A meeting noun (04) with its sides ("between A and B", "with X") being arranged (not one
    someone helped set up: :func:`_helped_arrange`)."""
    if match.entry.pos != "noun" or match.entry.code[:2] != "04" or match.prep_obj is None:
        return False
    verb = _arranging_verb(match.trigger)
    return verb is not None and not _helped_arrange(verb)


def _helped_arrange(verb: Token) -> bool:
    """issue #9 roots30: "Papadopoulos helped set up a meeting between Trump and Sisi": a
    meeting someone helped arrange, told in the past, was held (the document gold's 040/043),
    not only intended as one that someone "tried to set up" or "could help arrange"."""
    # the parser hangs "helped" over the verb (xcomp) or under it as an auxiliary
    helpers = [verb.head] if verb.dep_ == "xcomp" else []
    helpers += [c for c in verb.children if c.dep_ == "aux"]
    # (as an auxiliary its lemma is the form itself, "helped")
    return any(h.lower_ == "helped" and h.tag_ == "VBD" for h in helpers)


REFUSAL_ROOTS = frozenset({"12", "16"})  # refusing (125), cutting or calling off (16)


def _meeting_partner(match: Match) -> Token | None:
    """issue #9 recall17: the "with" partner of a meeting refused ("refused to meet with
    Pence", its "to meet" complement) or called off ("canceled a meeting with Trump", its
    object); None for any other entry."""
    if match.entry.code[:2] not in REFUSAL_ROOTS:
        return None
    if match.entry.xcomp and match.holder.i != match.trigger.i:
        held = match.holder
        if held.lemma_.lower() not in MEETING_VERBS:
            return None
    elif match.obj is not None and match.obj.lemma_.lower() in MEETING_OBJECTS:
        held = match.obj
    else:
        return None
    partner, _ = _prep_object(held, ("with",))
    if partner is None or partner.pos_ not in ("NOUN", "PROPN"):
        return None
    return partner


# issue #9 recall19: a meeting told again by a definite noun and the sentences to look back in
EARLIER_MEETING_NOUNS = {"meeting": "meeting", "talk": "meeting", "session": "meeting",
                         "negotiation": "meeting", "discussion": "meeting",
                         "dialogue": "meeting", "summit": "summit", "visit": "visit",
                         "trip": "visit"}  # fmt: skip
EARLIER_MEETING_SENTENCES = 2
MEETING_VERB_KINDS = frozenset({("meet", "meeting"), ("visit", "visit")})


def _meeting_sides(tok: Token) -> list[Token]:
    """The sides a meeting mention names: "a meeting with X" (and whoever holds it: the
    subject of the verb it is the object of), "a meeting between A and B", "A met (with) B"."""
    if tok.lemma_.lower() in ("visit", "trip"):  # "Trump's visit to China", "visited China"
        visitor = _possessor_token(tok) if tok.pos_ == "NOUN" else find_source(tok)[0]
        if tok.pos_ == "NOUN":
            host = _prep_object(tok, ("to",))[0]
        else:
            host = next((c for c in tok.children if c.dep_ == "dobj"), None)
        return [t for t in (visitor, host) if t is not None] if host is not None else []
    if tok.pos_ == "VERB":
        partner, _ = _prep_object(tok, ("with",))
        if partner is None:
            partner = next((c for c in tok.children if c.dep_ == "dobj"), None)
        subject = find_source(tok)[0]
        return [t for t in (subject, partner) if t is not None]
    partner, word = _prep_object(tok, ("with", "between"))
    if partner is None:
        return []
    if word == "between":
        return [partner, *(c for c in partner.children if c.dep_ == "conj")]
    holder = tok.head
    while holder.dep_ in ("prep", "pobj") and holder.head.i != holder.i:
        holder = holder.head  # "after a meeting with Trump": the verb the phrase hangs on
    subject = find_source(holder)[0] if holder.pos_ in ("VERB", "AUX") else None
    return [t for t in (subject, partner) if t is not None]


# the nouns of an inquiry whose maker or opener investigates (_investigator_of)
INVESTIGATION_NOUNS = frozenset({"investigation", "probe", "inquiry", "review"})
INQUIRY_VERBS = frozenset({"investigate", "probe", "review"})
INQUIRY_OPENERS = frozenset({"open", "launch", "begin", "start", "conduct", "announce", "lead"})


def _investigator_of(tok: Token) -> Token | None:
    """Who investigates, by one mention: the subject of "investigate" / "probe" / "look into",
    of a verb opening an inquiry ("had begun an investigation"), or the noun's own maker ("the
    committee's probe", "an investigation led by Mueller")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        looking = lemma == "look" and any(c.lower_ == "into" for c in tok.children)
        if lemma not in INQUIRY_VERBS and not looking:
            return None
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            return None
        return find_source(tok)[0]
    if tok.pos_ != "NOUN" or lemma not in INVESTIGATION_NOUNS:
        return None
    owner = _possessor_token(tok)
    if owner is not None:
        return owner
    for acl in tok.children:  # "an investigation led by Special Counsel Robert Mueller"
        if acl.dep_ == "acl":
            by = _prep_object(acl, ("by",))[0]
            if by is not None:
                return by
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in INQUIRY_OPENERS:
        return find_source(tok.head)[0]
    return None


def _cooperates(match: Match) -> bool:
    """The match is a cooperation ("cooperate", "agreed to cooperate with ...")."""
    if match.entry.code[:2] not in COOPERATION_ROOTS:
        return False
    return "cooperate" in {match.trigger.lemma_.lower(), match.holder.lemma_.lower()}


def _investigated_not_investigator(
    match: Match, tgt_tok: Token | None, targets: list[Argument]
) -> bool:
    """issue #9 recall35: a cooperation whose "with" object is an inquiry noun ("cooperate
    with an investigation into Russia's role") and whose target the resolver found in the
    noun's own phrase ("under the phrase"): that is who is investigated."""
    return (
        tgt_tok is not None
        and tgt_tok.pos_ == "NOUN"
        and tgt_tok.lemma_.lower() in INVESTIGATION_NOUNS
        and _cooperates(match)
        and any("under the phrase" in t.rule for t in targets)
    )


def _investigator_named(noun: Token, resolver: ActorResolver) -> Argument | None:
    """Who runs the inquiry ``noun`` by its own phrase ("the committee's probe", "an
    investigation led by Mueller"), or the investigator of the same inquiry told before in the
    article (``act_maker``); None when neither is an actor."""
    maker = _investigator_of(noun)
    if maker is not None:
        arg = resolver.argument(maker, f"{INVESTIGATOR_HOW} {noun.text!r}")
        if arg.actor is not None and not arg.code.startswith("---"):
            return arg
    start, end = phrase_span(noun)
    made = resolver.act_maker(noun, "pobj(with)")
    if made is None:
        return None
    return Argument(resolver.text[start:end], start, end, made[0], "pobj(with)", made[1])


def _investigator_told(
    match: Match, sources: list[Argument], resolver: ActorResolver
) -> Argument | None:
    """issue #9 recall19: a cooperation with no one cooperated with resolved ("I intend to fully
    cooperate", "will cooperate fully with it", "would cooperate in any investigation"): the
    investigator of the nearest investigation told in its sentence or the two before, when
    that is an actor and not the source itself."""
    if match.entry.code[:2] not in COOPERATION_ROOTS or not sources:
        return None
    words = {match.trigger.lemma_.lower(), match.holder.lemma_.lower()}
    if "cooperate" not in words:
        return None
    trigger = match.trigger
    first = trigger.sent.start
    for _ in range(EARLIER_MEETING_SENTENCES):
        if first == 0:
            break
        first = trigger.doc[first - 1].sent.start
    end = trigger.sent.end
    # the nearest first: this sentence's mentions (before and after), then those before
    order = sorted(range(first, end), key=lambda k: (k < trigger.sent.start, abs(k - trigger.i)))
    for k in order:
        maker = _investigator_of(trigger.doc[k])
        if maker is None:
            continue
        arg = resolver.argument(maker, f"{INVESTIGATOR_HOW} {trigger.doc[k].text!r}")
        if arg.actor is None or arg.code.startswith("---"):
            continue
        if any(arg.text == s.text or _one_name_same(arg, s) for s in sources):
            return None  # "Mueller investigates ... Mueller cooperates": no one else
        return arg
    return None


def _one_name_same(a: Argument, b: Argument) -> bool:
    first, second = getattr(a.actor, "name", None), getattr(b.actor, "name", None)
    return bool(first) and first == second


def _possessor_token(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _earlier_meeting_sides(match: Match, resolver: ActorResolver) -> list[Argument]:
    """issue #9 recall19: an entry with no target slot whose object is a definite meeting
    noun with no partner of its own ("requested the meeting", "canceled the summit"): the
    sides of the nearest mention of that meeting (the same noun, or "met") in the sentences
    before, resolved; [] when none is found or the noun names its own partner."""
    obj = match.obj
    if obj is None or obj.pos_ != "NOUN":
        return []
    kind = EARLIER_MEETING_NOUNS.get(obj.lemma_.lower())
    if kind is None or not any(c.lower_ in ("the", "that", "this") for c in obj.lefts):
        return []
    if _prep_object(obj, ("with", "between", "to"))[0] is not None:
        return []  # its own partner: the sentence's own rules read it
    sent = obj.sent
    first = sent.start
    for _ in range(EARLIER_MEETING_SENTENCES):
        if first == 0:
            break
        first = obj.doc[first - 1].sent.start
    for k in range(sent.start - 1, first - 1, -1):
        tok = obj.doc[k]
        lemma = tok.lemma_.lower()
        same_noun = tok.pos_ == "NOUN" and EARLIER_MEETING_NOUNS.get(lemma) == kind
        same_verb = tok.pos_ == "VERB" and (lemma, kind) in MEETING_VERB_KINDS
        sides = _meeting_sides(tok) if same_noun or same_verb else []
        if not sides:
            continue
        told = [resolver.argument(t, f"earlier {tok.text!r}") for t in sides]
        return [a for a in told if a.actor is not None and not a.code.startswith("---")]
    return []


def _own_possessive(owner: Token, obj: Token) -> bool:
    """issue #9 read26: "the government had prepared a legal team to defend its case": "its"
    ("their") on the object of a clause whose subject is a singular (plural) noun is that
    subject's own, the clause's acting side (it was resolved to a country named nearby);
    "his" and "her" may be another person's and stay to the resolver."""
    word = owner.lower_
    if word not in ("its", "their"):
        return False
    for verb in [obj.head, *obj.head.ancestors]:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.pos_ == "PRON":
                return False
            plural = subject.tag_ in ("NNS", "NNPS")
            return plural == (word == "their")
        if verb.dep_ not in ("xcomp", "acomp", "advcl", "conj") or verb.head.i == verb.i:
            return False
    return False


def _kin(obj: Token, resolver: ActorResolver) -> list[Argument]:
    """issue #9 actors26: relatives judged ("Conyers endorsed his son", also when the possessor
    judges), with the kin nouns of :data:`arguments.KIN_NOUNS` (persons26).
    "endorsed his son", "praised Manafort's wife": the relative is someone
    other than the possessor (no office of theirs), in the possessor's country."""
    if obj.lemma_.lower() not in KIN_NOUNS:
        return []
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if owner is None:
        return []
    arg = resolver.argument(owner, "owner of the relative")
    country = arg.actor.country if arg.actor is not None else None
    if not country or arg.actor.code.startswith("---"):
        return []
    kin = ActorMatch(country, country, None, obj.text, "person", "relative of the possessor")
    start, end = obj.left_edge.idx, obj.idx + len(obj.text)
    rule = f"{arg.rule}, whose {obj.lower_}: a person of {country}"
    return [Argument(obj.doc.text[start:end], start, end, kin, "relative", rule)]


# possessive pronouns that, on a clause's object, are usually the clause's own subject's
OWN_PRONOUNS = {"his": ("he",), "her": ("she",), "their": ("they",), "our": ("we",), "my": ("i",)}


def _own_pronoun(owner: Token, thing: Token) -> bool:
    """issue #9 owner40: "his"/"her" on a thing whose clause's subject is one person (a name or
    "he"/"she"), "their" with a plural subject: the subject's own (binding, not resolution)."""
    for verb in [thing.head, *thing.head.ancestors][:4]:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        word = owner.lower_
        if subject.pos_ == "PRON":
            return subject.lower_ in OWN_PRONOUNS[word]
        plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
        if word in ("his", "her"):
            return subject.pos_ == "PROPN" and not plural
        return word == "their" and plural
    return False


def _owner_arguments(
    tok: Token, role: str, others: list[Argument], resolver: ActorResolver
) -> list[Argument]:
    """issue #9 owner40: the owner of the act, claim, plan, quality or possession ``tok``
    names (:func:`owners.owner_of`), resolved to a known actor of another side than
    ``others``; the rule says whose thing it is, so a user sees why."""
    if role == "target" and tok.dep_ == "nsubj":
        return []  # "Such a move by Trump would anger them": the subject acts, aims at no one
    found = owner_of(tok) or earlier_owner(tok)
    if found is None:
        return []
    owner, route = found
    if role == "target" and owner.lower_ in OWN_PRONOUNS and _own_pronoun(owner, tok):
        return []  # "Trump defended his stance": one's own thing, not another side's
    start, end = phrase_span(tok)
    phrase = resolver.text[start:end]
    out = []
    for arg in resolver.arguments(owner, f"owner<-{route}"):
        if not has_country(arg):
            continue
        if any(_same_side(arg, o) for o in others if o.actor is not None):
            continue
        out.append(replace(arg, rule=f"owner of {phrase!r} ({route}) -> {arg.rule}"))
    return out


def _object_owner(obj: Token, sources: list[Argument], resolver: ActorResolver) -> list[Argument]:
    """issue #9 recall14: "rejected Trump's proposal", "opposed Scott's plan": a rejection
    with no target slot whose object is another actor's thing rejects that actor (the possessor,
    resolved, of another side than the source). Only rejections (12): one who reverses a
    predecessor's policy or gives "his support" acts on no owner (1 of 4 right on the free
    splits)."""
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    act = obj.lemma_.lower() in ACT_MAKERS or obj.lemma_.lower() in OWNED_ACTS
    asking = obj.lemma_.lower() in ASKING_NOUNS
    words = ("from", "of") if asking else ("from",)
    if owner is None and (act or asking) and (maker := asked_by(obj, words)) is not None:
        # issue #9 read50: "rejected a takeover offer from Deutsche Boerse", "turned down a
        # request from the UN": the one the offer or request came from; twins51: an asking
        # noun's "of" too, as owners.owner_of reads it ("rejected the demands of the strikers")
        arg = resolver.argument(maker, f"maker of the object ({maker.head.lower_})")
        if arg.actor is not None and not any(_same_side(arg, s) for s in sources):
            return [arg]
    if owner is None and act and (made := resolver.act_by_modifier(obj, "owner of the object")):
        # issue #9 read43: "rejected a Conservative compromise offer": the maker the modifier
        # names, as "the FCC action" is the FCC's
        arg = _act_argument(obj, made, "owner of the object", resolver)
        return [] if any(_same_side(arg, s) for s in sources) else [arg]
    if owner is None and obj.lemma_.lower() in ACT_MAKERS and _definite_act(obj):
        # issue #9 read43: "The Tories dismissed the maternity pay plan" after "new proposals
        # announced by the Trade Secretary": the plan told before is its maker's
        made = resolver.act_maker(obj, "owner of the object")
        if made is None:
            return []
        arg = _act_argument(obj, made, "owner of the object", resolver)
        return [] if any(_same_side(arg, s) for s in sources) else [arg]
    if owner is None or _own_possessive(owner, obj):
        return []
    arg = resolver.argument(owner, "owner of the object")
    if arg.actor is None or any(_same_side(arg, s) for s in sources):
        return []
    return [arg]


# issue #9 leftovers55: a complaint lodged with, or made to, a body (a regulator, a commission, a
# court) about someone: the prepositions that name whom it is about
COMPLAINT_CODE = "114"
COMPLAINED_TO_PREPS = frozenset({"with", "to"})
COMPLAINED_OF_PREPS = ("against", "about", "over", "regarding")


# who hears a diplomatic protest: a protest to a country or its foreign service "over Taiwan" is
# still aimed at the country told
DIPLOMATIC_HEARERS = frozenset(
    {"ministry", "embassy", "ambassador", "envoy", "government", "consulate", "diplomat",
     "minister", "chargé", "charge"}
)  # fmt: skip


def _complained_of(match: Match) -> list[Token]:
    """The objects of "against" (first), then "about" / "over" / "regarding", on the complaint's
    verb, its complaint noun or the body complained to ("with the EEOC against Walmart"), in
    that order of prepositions; none when the complaint is made to a country or its foreign
    service ("lodged a protest with Japan over ...", "protested to the Foreign Ministry")."""
    told = match.prep_obj
    if (
        told is None
        or told.ent_type_ in ("GPE", "NORP")
        or told.lemma_.lower() in DIPLOMATIC_HEARERS
    ):
        return []
    holders = [match.trigger]
    if match.obj is not None:
        holders.append(match.obj)
    if match.prep_obj is not None:
        holders.append(match.prep_obj)
    found: list[Token] = []
    for word in COMPLAINED_OF_PREPS:
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == word:
                    found += [g for g in prep.children if g.dep_ == "pobj"]
    return found
