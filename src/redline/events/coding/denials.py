"""Acts that did not happen or are not the speaker's (prevented, undone, counterfactual,
denied authors), and the speakers and targets a statement's wording names: a speech's
author, courts, hosts and places as targets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from redline.actors import ActorMatch
from redline.events.arguments import (
    ACT_MAKERS,
    ActorResolver,
    Argument,
    has_country,
    has_to_infinitive,
    in_country,
    phrase_span,
)
from redline.events.coding.clauses import _is_passive, _object_of, _prep_object, _same_side
from redline.events.coding.flags import _can_of_possibility, _generic, reporter
from redline.events.coding.nesting import _asserted_clause
from redline.events.coding.sides import _country_body
from redline.events.coding.vocabulary import (
    ASK_FOR_VERBS,
    CLAIM_NOUNS,
    COURT_WORDS,
    DEFINITE,
    DEMAND_NOUNS,
    FUTURE_AUX,
    NEWS_AGENCIES,
    PRESS_WORDS,
    QUESTION_MARKS,
    SUBJECT_DEPS,
    VOTED_NOUNS,
    Match,
)
from redline.events.lexicon import LexiconEntry
from redline.model import Document

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


BODY_WINDOW = 600  # characters back to look for the body (a few sentences)
VOTING_WINDOW = 1500  # characters back to look for the body a resolution is put to
# "denied the accusations by X", "rejected X's claims": the author of what is denied
DENIED_AUTHOR_PREPS = ("by", "from")
PRONOUN_POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our", "your"})


def _definite_act(obj: Token) -> bool:
    """ "the plan", "the proposals": an act told again, not "a plan" first told here."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in obj.children)


def _act_argument(obj: Token, made: tuple[Any, str], how: str, resolver: ActorResolver) -> Argument:
    """The act noun ``obj``'s phrase as the argument of the maker ``made`` (actor, rule) the
    resolver found for it (its modifier, or the same act told before)."""
    start, end = phrase_span(obj)
    return Argument(resolver.text[start:end], start, end, made[0], how, made[1])


# object pronouns that never stand for the clause's own subject ("UNESCO recognised it")
UNBOUND_OBJECT_PRONOUNS = frozenset({"him", "her", "it", "them"})
MEETING_WORDS = re.compile(
    r"(?i)\b(?:summit|conference|meeting|talks|forum|session|gathering|ceremony|congress|"
    r"convention|assembly|games|festival|rally|event)s?\b"
)


PREVENTING = frozenset(
    {"bar", "ban", "prevent", "stop", "prohibit", "block", "keep", "forbid", "restrict",
     "preclude", "deter", "discourage", "dissuade", "refrain", "exclude"}
)  # fmt: skip


def _prevented(trigger: Token) -> bool:
    """ "bars citizens from negotiating", "stopped Israel from building": the act under "from"."""
    prep = trigger.head
    return (
        trigger.dep_ == "pcomp" and prep.lower_ == "from" and prep.head.lemma_.lower() in PREVENTING
    )


# issue #9 precision10: "the measure would make it easier for states to sue social networks", "it
# would also allow the DNI to share information with the states": what a law, a bill or a ruling
# lets someone do is not done; the act permitted is no event (the measure's passage may be)
ENABLING_VERBS = frozenset(
    {"allow", "enable", "permit", "let", "empower", "authorize", "authorise"}
)
EASING_WORDS = frozenset({"easier", "harder", "possible", "simpler", "impossible", "difficult"})
MEASURE_SUBJECTS = frozenset(
    {"measure", "bill", "law", "legislation", "act", "provision", "rule", "plan", "amendment",
     "proposal", "order", "policy", "regulation", "reform", "decree", "ruling", "deal",
     "agreement", "treaty", "change", "it", "this", "that", "system", "program", "programme"}
)  # fmt: skip


def _enabled_by_measure(trigger: Token) -> str:
    """'<subject> <allow>' when ``trigger`` is what a measure allows or makes easier, else ""."""
    head = trigger.head
    if trigger.dep_ in ("ccomp", "xcomp") and head.lemma_.lower() in ENABLING_VERBS:
        gov = head
    elif (
        trigger.dep_ in ("advcl", "xcomp", "ccomp")
        and head.lower_ in EASING_WORDS
        and head.head.lemma_.lower() == "make"
    ):
        gov = head.head
    else:
        return ""
    subject = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in MEASURE_SUBJECTS:
        return ""
    return f"enabled: '{subject.text} {gov.text}'"


# issue #9 precision10: "the dropping of charges against protesters", "dropped its charges
# against them", "lifted the sanctions on Iran": an act undone is not reported by its noun
UNDOING_VERBS = frozenset(
    {"drop", "withdraw", "dismiss", "lift", "scrap", "abandon", "quash", "rescind", "revoke",
     "overturn", "waive", "remove", "end", "cancel"}
)  # fmt: skip
UNDOING_NOUNS = frozenset(
    {"dropping", "withdrawal", "dismissal", "lifting", "scrapping", "quashing", "removal",
     "cancellation", "revocation", "repeal", "end", "easing"}
)  # fmt: skip


def _undone(noun: Token) -> bool:
    """Whether event noun ``noun`` is what a verb or a noun of undoing takes away (a measure or
    a charge: "urged them to end the committee's probe" still names the probe)."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in UNDOING_VERBS:
        return True
    if noun.dep_ != "pobj" or head.lower_ != "of":
        return False
    # "the release and dropping of charges": the "of" hangs on the first of the coordinated
    # nouns and reaches each of them
    governors = (head.head, *head.head.conjuncts)
    return any(gov.lemma_.lower() in UNDOING_NOUNS for gov in governors)


def _counterfactual(match: Match) -> str:
    """issue #9 readout15: "it would have been longer had he denied the charge", "had they
    attacked, ...": a clause with "had" before its subject (no "if") is a condition contrary to
    fact; the act did not happen, so it is no event (a question is handled by _asked)."""
    for verb in dict.fromkeys((match.trigger, match.holder)):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        had = next(
            (c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ == "had"),
            None,
        )
        if subject is None or had is None or not had.i < subject.i < verb.i:
            continue
        if any(t.dep_ in ("advmod", "neg") and t.i < had.i for t in verb.children):
            continue  # "never had he seen", "only then had they agreed": an inversion of fact
        if any(t.text == "?" for t in verb.sent):
            continue
        return f"counterfactual: '{had.text} {subject.text} {verb.text}'"
    return ""


# issue #9 readout15: "it would be hard for most people to defy it", "it would be possible to
# rescue the government": what an adjective of ease says someone could do is not done
EASE_ADJECTIVES = frozenset(
    {"possible", "impossible", "hard", "harder", "difficult", "easy", "easier", "tough",
     "simple", "feasible", "unthinkable"}
)  # fmt: skip


def _only_possible(match: Match) -> str:
    """'<it> <be> <hard> ... to' when the trigger (or the verb that holds it) is the
    infinitive of "it is hard / possible / easy (for X) to ...", else ""."""
    for verb in dict.fromkeys((match.trigger, match.holder)):
        if verb.dep_ not in ("advcl", "xcomp", "ccomp") or not has_to_infinitive(verb):
            continue
        head = verb.head
        if head.dep_ == "acomp" and head.lower_ in EASE_ADJECTIVES:
            adjective, copula = head, head.head
        else:
            adjective = next(
                (c for c in head.children if c.dep_ == "acomp" and c.lower_ in EASE_ADJECTIVES),
                None,
            )
            copula = head
        if adjective is None or copula.lemma_.lower() != "be":
            continue
        if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
            return f"only possible: 'it {copula.text} {adjective.text} ... to {verb.text}'"
    return ""


# issue #9 modal40: "has not said whether he supports the bill", "declined to say if he had
# consulted Congress", "is unsure whether ...": an act asked about that its actor (or the
# reporter) leaves unanswered is neither done nor announced. Only a clause with no "will",
# "would" or "to" of its own: "has not said whether he will support it" is an intent left open,
# which the document gold lists (032).
UNANSWERING_VERBS = frozenset(
    {"say", "decide", "mention", "disclose", "confirm", "indicate", "announce", "reveal",
     "specify", "comment", "answer", "tell", "explain", "detail", "elaborate", "know"}
)  # fmt: skip
DECLINING_VERBS = frozenset({"decline", "refuse"})
UNSURE_WORDS = frozenset({"unsure", "undecided", "unclear", "uncertain"})


def _clause_announces(verb: Token) -> bool:
    """A "will" / "would" / "shall" or an infinitive "to" on ``verb``: what is still to come."""
    return any(
        (c.dep_ == "aux" and c.lemma_ in FUTURE_AUX) or (c.dep_ == "aux" and c.lower_ == "to")
        for c in verb.children
    )


def _left_unanswered(trigger: Token) -> str:
    """The words that leave the trigger's whether-clause unanswered ("not said", "declined to
    say", "unsure"), or "" (see :data:`UNANSWERING_VERBS`)."""
    tok = trigger
    for _ in range(6):
        if _clause_announces(tok):
            return ""
        if tok.head.i == tok.i:
            return ""
        if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in tok.children):
            if tok.dep_ not in ("ccomp", "advcl", "pcomp", "pobj"):
                return ""
            head = tok.head
            if head.dep_ == "prep" and head.head.i != head.i:
                head = head.head  # "unsure about whether ..."
            lemma = head.lemma_.lower()
            negated = any(c.dep_ == "neg" for c in head.children)
            if lemma in UNSURE_WORDS or (lemma == "clear" and negated):
                return f"'{head.text} whether'"
            if lemma in UNANSWERING_VERBS and negated:
                return f"'not {head.text} whether'"
            if (
                lemma in UNANSWERING_VERBS
                and head.dep_ == "xcomp"
                and head.head.lemma_.lower() in DECLINING_VERBS
            ):
                return f"'{head.head.text} to {head.text} whether'"
            return ""
        tok = tok.head
    return ""


# issue #9 modal40: "they can work for a motor company", "Kim thinks he can force the United
# States to ...": an un-negated "can" on the trigger tells what an actor is able to do, no act
# (the free splits: three false tuples, none right). Not a "can" inside a condition or a
# time clause ("if Roosevelt can work with Stalin", "before I can support this bill": the
# clause frames another act), nor one said of anyone at all ("a person can be convicted").
ABILITY_CLAUSE_MARKS = frozenset({"if", "unless", "before", "until", "once", "when", "so"})


def _only_able(match: Match) -> str:
    """'can <verb>' when the trigger states only an ability (see :data:`ABILITY_CLAUSE_MARKS`),
    else ""."""
    trigger = match.trigger
    can = _can_of_possibility(trigger)
    if can is None:
        return ""
    for tok in (trigger, *trigger.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in ABILITY_CLAUSE_MARKS for c in tok.children):
            return ""
        if tok.dep_ == "ROOT":
            break
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and _generic(" ".join(t.text for t in subject.subtree)):
        return ""
    return f"ability: '{can} {trigger.text}'"


# "not only Syria but also Iran" names both: the "not" of "not only" denies no one
NOT_ONLY = frozenset({"only", "just", "merely", "simply"})


def _denied_argument(doc: Doc, arg: Argument) -> bool:
    """Whether ``arg`` is a member of a list the text denies ("Syria but not the Philippines,
    Turkey and Russia": the last three; "not Syria but Iran": Syria): a "not" hung on the list
    before it and after its first member, or before the first member when it is that one."""
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if tok.pos_ not in ("PROPN", "NOUN") or not (
        tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)
    ):
        return False  # a clause ("pledged not to allow cuts") or a name in no list
    chain = [tok]
    while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i and len(chain) < 12:
        chain.append(chain[-1].head)
    first = chain[-1]
    for member in chain:
        for child in member.children:
            if child.lower_ != "not" or child.i >= tok.i:
                continue
            if tok is not first and child.i < first.i:
                continue  # "not X but Y": the "not" denies X, not Y
            after = doc[child.i + 1] if child.i + 1 < len(doc) else None
            if after is None or after.lower_ not in NOT_ONLY:
                return True
    return False


def _insisted_fact(match: Match) -> bool:
    """issue #9 precision10: "Republicans insist it will boost the economy": insisting that
    something is or will be so is a claim; a demand's clause is subjunctive or has "should" /
    "must" ("insisted that Sessions be recalled", "insist that funding should be matched")."""
    trigger = match.trigger
    if trigger.lemma_.lower() != "insist" or not match.entry.code.startswith("10"):
        return False
    clause = next((c for c in trigger.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    return _asserted_clause(clause)


def _seat_host(target: Argument | None) -> Argument | None:
    """issue #9/#10 actors10: a visit to the city an organisation sits in ("set to visit
    Brussels") is a visit to the host country (guideline §13.8: 042 to BEL), not to the EU; a
    visit to the body by name ("visited NATO") stays the body's."""
    if target is None or target.actor is None or not target.actor.code.startswith("IGO"):
        return target
    if " " in target.text.strip() or not target.text[:1].isupper():
        return target  # "the EU headquarters in Brussels", "the alliance": the body
    from redline.enrich.places import load_gazetteer, lookup_place

    found = lookup_place(target.text.strip())
    if found is None or found[0].kind != "city":
        return target
    country = load_gazetteer().alpha3.get(found[0].country or "")
    if not country:
        return target
    host = ActorMatch(country, country, None, target.text, "country", "seat host")
    rule = f"{target.rule}; a visit to the city {target.text!r} is to its country -> {country}"
    return replace(target, actor=host, rule=rule)


def _home_visit(source: Argument | None, target: Argument | None) -> bool:
    """issue #9 precision: a visit to a place or body of one's own country (a state, a base, a
    museum, a command) is domestic procedure, not an event between actors (the guideline's
    "pure domestic procedure"); meeting a person of one's own country still counts."""
    if source is None or target is None or source.actor is None or target.actor is None:
        return False
    located = target.how.startswith(("location", "pobj(in)", "pobj(at)"))
    if located or MEETING_WORDS.search(target.text):
        return False  # "hosting a summit in Paris": the meeting is the event, the city its place
    country = getattr(source.actor, "country", None)
    # the target names the country alone (a place or an institution), no people of it
    return bool(country) and target.code == country and target.actor.kind != "person"


# issue #9 web48: "the U.S.-Mexico border", "the India-Pakistan border": a border two countries
# share, named by the pair
SHARED_BORDER = re.compile(r"\b([A-Z][\w.]*)\s?[-\u2013]\s?([A-Z][\w.]*)\s+border\b")


def _own_side_of_border(
    source: Argument | None, target: Argument | None, resolver: ActorResolver
) -> bool:
    """issue #9 web48: "Rep. McKinley visited the U.S.-Mexico border", "Modi toured the
    India-Pakistan border": a visit to a border one's own country shares is a trip to one's own
    side of it (domestic, as :func:`_home_visit`), not a visit to the neighbour the pair names
    last. A visitor from neither country ("the UN envoy visited the Turkey-Syria border") keeps
    the place's actor."""
    if source is None or target is None or source.actor is None or target.actor is None:
        return False
    country = getattr(source.actor, "country", None)
    # the parser may start the phrase after the hyphen ("Pakistan border"): read from the
    # word before it
    text = resolver.text or ""
    lo = max(0, target.start - 40)
    window = text[lo : target.end] if text[target.start : target.end] == target.text else ""
    found = SHARED_BORDER.search(window or target.text)
    if found is not None and window and lo + found.end() <= target.start:
        found = None  # a pair before the phrase, not its own
    if not country or found is None or resolver.book is None:
        return False
    sides = set()
    for name in found.groups():
        match = resolver.book.lookup(name, date=resolver.date)
        if match is not None and match.kind == "country":
            sides.add(match.country)
    return country in sides and len(sides) == 2


def _visited_place(verb: Token, resolver: ActorResolver) -> Argument | None:
    """issue #9 web48: the country or territory of an "in" phrase on a visiting verb whose
    object names no actor ("visited the Gush Etzion settlement bloc in the West Bank", "toured
    a factory in Shenzhen"): the place named, when it resolves to a country's actor."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or place.ent_type_ not in ("GPE", "LOC"):
                continue
            found = resolver.argument(place, "visited-place(in)")
            if found.actor is not None and found.actor.kind == "country":
                return found
    return None


def _unbound_targets(
    sources: list[Argument], targets: list[Argument], resolver: Any = None
) -> list[Argument]:
    """issue #9 precision: an object pronoun is never the clause's own subject ("UNESCO
    recognised it", "Kim had insulted him"; the subject would be "itself", "himself"): a target
    pronoun resolved to the source's actor resolved wrongly, and is left unresolved."""
    codes = {s.code for s in sources if s.actor is not None}
    countries = {c[:3] for c in codes if c and not c.startswith("---")}
    out = []
    for t in targets:
        if (
            t.actor is not None
            and t.code in codes
            and t.text.lower() in UNBOUND_OBJECT_PRONOUNS
            and (t.rule or "").startswith("pronoun")
        ):
            why = f"{t.rule}; bound: an object pronoun is not the subject"
            t = replace(t, actor=None, rule=why)
        elif (
            t.actor is not None
            and "back-reference" in (t.rule or "")
            and (t.code or "")[:3] in countries
        ):
            # "Trump threatened to destroy the country": not his own
            why = f"{t.rule}; bound: the country referred to is not the subject's own"
            other = resolver.other_country_before(t.start, countries) if resolver else None
            if other is not None:
                # issue #9/#10 actors24: "Houthi rebels in Yemen fired a missile at Riyadh ...
                # the Saudi-led coalition closed all ports to the impoverished country": the
                # country named before that is not the subject's
                why = f"{why}: the country named before it other than the subject's ->{other.code}"
                t = replace(t, actor=other, rule=why)
            else:
                t = replace(t, actor=None, rule=why)
        out.append(t)
    return out


def _negated_generic_noun(noun: Token) -> bool:
    """issue #9 precision: a bare plural event noun ("meetings", "talks") in a negated clause
    ("was never at meetings between them", "has not held talks with") tells of no happening: a
    state of affairs denied, not an event (the guideline lists none)."""
    if noun.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    verb = noun.head
    for _ in range(3):  # up through the preposition to the clause's verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return any(c.dep_ == "neg" for c in verb.children)


# issue #9 leftovers55: "Talks ... are expected to take months", "the talks could last weeks",
# "negotiations will be difficult": a forecast of a meeting's length or difficulty tells of no
# meeting held (the talks may not even have begun); "the talks lasted three hours" still does
LENGTH_VERBS = frozenset({"take", "last", "drag", "stretch"})
HARDSHIP_WORDS = frozenset(
    {"difficult", "tough", "hard", "lengthy", "long", "complex", "complicated", "protracted",
     "tricky", "arduous", "fraught", "tense", "slow", "painful", "bumpy", "rocky"}
)  # fmt: skip
FORECAST_GOVERNORS = frozenset(
    {"expect", "likely", "set", "due", "predict", "forecast", "anticipate", "bound", "certain",
     "unlikely", "poised"}
)  # fmt: skip
FORECAST_COPULAS = frozenset({"be", "prove", "look", "seem", "appear", "remain"})


def _meeting_forecast(noun: Token) -> bool:
    """A meeting noun whose clause only forecasts how long or how hard the meeting will be: its
    subject, with a modal ("could last weeks", "will be difficult") or under a forecast
    ("are expected to take months", "are likely to drag on")."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = noun.head
    # "are expected to take", "are likely to drag on" (the parser hangs the verb on "likely")
    governors = [head] + [c for c in head.children if c.dep_ == "acomp"]
    governors = [g for g in governors if g.lemma_.lower() in FORECAST_GOVERNORS]
    forecast = bool(governors)
    predicates = [head] + [c for g in governors for c in g.children if c.dep_ == "xcomp"]
    for pred in predicates:
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in pred.children)
        if not (forecast or modal):
            continue
        lemma = pred.lemma_.lower()
        if lemma in LENGTH_VERBS and (lemma != "take" or _takes_time(pred)):
            return True
        if lemma in FORECAST_COPULAS and any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in HARDSHIP_WORDS
            for c in pred.children
        ):
            return True
    return False


TIME_NOUNS = frozenset(
    {"time", "while", "minute", "hour", "day", "week", "month", "year", "decade", "age"}
)  # fmt: skip


def _takes_time(verb: Token) -> bool:
    """ "take months", "take a long time", "take years to conclude": a span of time taken (its
    object; "take place next week" tells when, not how long)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in TIME_NOUNS for c in verb.children)


OWN_SUBJECTS = frozenset({"i", "we", "he", "she", "it"})
DEMONSTRATIVES = frozenset({"that", "this"})


def _admits_no_own_act(trigger: Token) -> bool:
    """True when what is acknowledged is no act of the one acknowledging: a clause whose
    subject is someone or something else ("acknowledged that senators have raised questions",
    "acknowledged the deadline may not matter", "acknowledged they had some differences"), or
    a bare "acknowledged that". The admitter's own act stays: a clause about himself, his
    office or his client named ("acknowledged his office had settled", "acknowledged that
    Manafort had helped edit"), a gerund ("admitted allowing"), responsibility."""
    clause = next((c for c in trigger.children if c.dep_ == "ccomp" and c.i > trigger.i), None)
    if clause is None:
        obj = _object_of(trigger)
        # "acknowledged that on CNN": a demonstrative alone points at someone else's words
        return obj is not None and obj.lower_ in DEMONSTRATIVES and not list(obj.children)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in OWN_SUBJECTS:
        return False
    if any(c.dep_ == "poss" and c.lower_ in PRONOUN_POSSESSIVES for c in subject.children):
        return False  # "his office had settled": his own side
    # a name may be the admitter's client or himself ("Downing acknowledged that Manafort had
    # helped edit the piece"): kept; common nouns are others or states of affairs
    return subject.pos_ != "PROPN"


def _denied_author(match: Match, resolver: ActorResolver) -> list[Argument]:
    """Who made the claim a denial answers, when the denied thing names them: "denied the
    conclusions by three U.S. intelligence agencies", "rejected Washington's accusations"."""
    obj = match.obj if match.obj is not None else _object_of(match.trigger)
    if obj is None:
        return []
    passive = _is_passive(match.trigger)
    for child in obj.children:
        if child.dep_ != "poss":
            continue
        if child.lower_ not in PRONOUN_POSSESSIVES or (
            # BBC spot check: "His claims were denied by Jack Straw": in the passive a claim's
            # possessor is the claimant the pronoun points back to, not the denier
            passive and obj.lemma_.lower() in CLAIM_NOUNS
        ):
            arg = resolver.argument(child, "denied:poss")
            if arg.actor is not None:
                return [arg]
    # the parser often hangs "by ..." on the verb ("denies the conclusions by X"): in the
    # active voice that is the claim's author too
    owners = (obj,) if _is_passive(match.trigger) else (obj, match.trigger)
    for owner in owners:
        author, word = _prep_object(owner, DENIED_AUTHOR_PREPS)
        if author is None or author.pos_ == "ADP":
            continue
        arg = resolver.argument(author, f"denied:pobj({word})")
        if arg.actor is not None:
            return [arg]
    for teller in _reported_in(obj):
        # issue #9 precision11: "denied the claims first reported by the New York Times",
        # "denied accusations contained in a report by the Kentucky Center ...": who told them
        author, word = _prep_object(teller, DENIED_AUTHOR_PREPS)
        if author is not None and author.pos_ != "ADP":
            arg = resolver.argument(author, f"denied:reported {word}")
            if arg.actor is not None:
                return [arg]
    if obj.lemma_.lower() in ACT_MAKERS and (
        made := resolver.act_by_modifier(obj, "denied:modifier")
    ):
        # issue #9 recall35: "Moscow denies U.S. allegations of election meddling": the maker
        # the modifier names, as "the FCC action" is the FCC's
        return [_act_argument(obj, made, "denied", resolver)]
    if obj.lemma_.lower() in ACT_MAKERS and _definite_act(obj):
        # issue #9 actors: "Moore denied the allegations": whoever made them before
        made = resolver.act_maker(obj, "denied")
        if made is not None:
            return [_act_argument(obj, made, "denied", resolver)]
    return []


# what a denied claim was told in ("accusations contained in a report by X"): its teller
TELLING_NOUNS = frozenset(
    {
        "report",
        "story",
        "article",
        "investigation",
        "account",
        "complaint",
        "lawsuit",
        "filing",
        "letter",
        "book",
        "interview",
        "statement",
    }
)


def _reported_in(obj: Token) -> list[Token]:
    """Where a participle on the denied thing says it was told: the participle itself ("the
    claims *reported* by X") or a report it names ("accusations contained in a *report* by
    X")."""
    found = []
    for acl in obj.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN":
            continue
        found.append(acl)
        for prep in acl.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "from"):
                found += [g for g in prep.children if g.lemma_.lower() in TELLING_NOUNS]
    return found


# Nouns whose "that" clause tells what a court or an inquiry found (issue #9 read26)
RULING_NOUNS = frozenset(
    {"ruling", "finding", "verdict", "judgment", "judgement", "decision", "conclusion"}
)


def _ruling_content(trigger: Token) -> bool:
    """Whether ``trigger`` is in the "that" clause of a ruling noun ("the ruling that they had
    breached the protestors' rights", "a finding that the minister broke the rules"): the
    content of a ruling, claimed by its maker, not by whoever mentions it."""
    for tok in [trigger, *trigger.ancestors]:
        if tok.dep_ in ("acl", "relcl", "ccomp", "appos") and tok.head.pos_ == "NOUN":
            marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
            return marked and tok.head.lemma_.lower() in RULING_NOUNS
        if tok.dep_ == "ROOT":
            break
    return False


def _speaker_argument(match: Match, doc: Document, resolver: ActorResolver) -> Argument | None:
    """Who says what ``match`` is in: the speaker of the quotation around it, else the subject
    of the reporting verb whose clause holds it ("Blinken said Iran was ...")."""
    offset = match.trigger.idx
    for quote in doc.quotes:
        if quote.start <= offset < quote.end and quote.actor:
            if (placed := resolver.placed_speaker(quote, match.trigger.doc)) is not None:
                return replace(placed, how="quote-speaker")
            actor = ActorMatch(quote.actor, quote.actor[:3], None, quote.speaker, "person",
                               "quote speaker")  # fmt: skip
            text = quote.speaker_text or quote.speaker or ""
            start = quote.speaker_start if quote.speaker_start is not None else quote.start
            end = quote.speaker_end if quote.speaker_end is not None else quote.start
            if quote.speaker_start is None:
                text = doc.text[start:end]
            return Argument(text, start, end, actor, "quote-speaker", f"speaker {quote.speaker}")
    rep_tok, _ = reporter(match, resolver)
    if rep_tok is None:
        # issue #9 briefs28: in a feed of someone's posts ("The following statements were
        # posted to the verified Twitter accounts of ...") the words outside quotation marks
        # are the author's own: his judgements and appeals are his speech acts
        return _author_argument(match.trigger, resolver)
    arg = resolver.argument(rep_tok, "speaker")
    return arg if arg.actor is not None else None


TAKING_TRIP_NOUNS = frozenset(
    {"trip", "tour", "visit", "journey", "swing", "leg", "stop", "travel"}
)


def _trip_traveller(trigger: Token, subject: Token | None) -> tuple[Token, str] | None:
    """Who a trip takes to a place: the object of "took", when the subject is a trip noun; the
    subject, when "took" tells the trip noun it hangs on ("the trips he took to Russia")."""
    if subject is not None and subject.lower_ in ("that", "which") and trigger.dep_ == "relcl":
        subject = trigger.head  # "a tour that took him to ...": the tour
    elif (
        trigger.dep_ == "relcl"
        and trigger.head.lemma_.lower() in TAKING_TRIP_NOUNS
        and not any(
            c.dep_ == "dobj" and c.lower_ not in ("that", "which") for c in trigger.children
        )
        and (own := next((c for c in trigger.children if c.dep_ == "nsubj"), None)) is not None
        and own.lower_ not in ("that", "which")
    ):
        # issue #9 drops30: "documents on trips he took to Russia": the relative clause's own
        # subject made the trip the noun names
        return own, f"nsubj (who took the {trigger.head.lemma_.lower()})"
    if subject is None or subject.lemma_.lower() not in TAKING_TRIP_NOUNS:
        return None
    whom = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if whom is None:
        return None
    return whom, f"dobj (whom the {subject.lemma_.lower()} took)"


def _subjectless_post(trigger: Token) -> bool:
    """Whether ``trigger`` heads its sentence with no subject and in no third-person form: in a
    feed of posts, the author's own note ("Meeting with ... today", "Just spoke to ...", "Great
    meeting with ..."), not "Goes to the House tomorrow" (the bill does)."""
    if trigger.dep_ != "ROOT" or trigger.pos_ not in ("VERB", "NOUN"):
        return False
    if trigger.tag_ in ("VBZ", "NNS"):
        return False  # "Goes to the House", "Heads to the Senate" (read as a plural noun)
    kids = list(trigger.children)
    if _is_passive(trigger) and not any(c.dep_ == "agent" for c in kids):
        # "Additional sanctions will be imposed on North Korea today": what the author
        # announces will be done, with no one named to do it ("Ivanka Trump will be
        # interviewed": a person's own act to come, not the author's)
        done_to = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        return (done_to is None or done_to.pos_ == "NOUN") and any(
            c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in kids
        )
    subjects = {*SUBJECT_DEPS, "nsubjpass", "expl", "csubjpass"}
    return not any(c.dep_ in subjects for c in kids)


def _author_argument(trigger: Token, resolver: ActorResolver) -> Argument | None:
    """issue #9 recall22: the document's author ("The following statements were posted to the
    verified Twitter accounts of U.S. President Donald Trump") as whoever speaks outside any
    quotation: "Thank you to all of our wonderful First Responders" in his posts is his."""
    author = resolver.author
    if author is None or any(a <= trigger.idx < b for a, b in resolver.marks):
        return None
    rule = f"the document's author {author.name}"
    return Argument(author.name, trigger.idx, trigger.idx, author, "author", rule)


def _thank_you(
    match: Match, doc: Document, resolver: ActorResolver
) -> tuple[list[Argument], list[Argument]] | None:
    """'"Thank you to our first responders," Trump wrote', '"Thank you President Xi"': the
    speaker thanks whom the words after "you" name (issue #9 recallb); None when the verb has
    a subject or no "you"."""
    trigger = match.trigger
    kids = list(trigger.children)
    if any(c.dep_ in SUBJECT_DEPS for c in kids) or not any(c.lower_ == "you" for c in kids):
        return None
    speaker = _speaker_argument(match, doc, resolver)
    if speaker is None:
        speaker = _author_argument(trigger, resolver)
    if speaker is None:
        return None
    whom = None
    for child in kids:
        if child.dep_ == "prep" and child.lower_ == "to":
            whom = next((g for g in child.children if g.dep_ == "pobj"), whom)
        elif child.dep_ in ("npadvmod", "appos", "dobj") and child.pos_ == "PROPN":
            whom = child
    if whom is None:
        # issue #9 actors26: '"Thank you for the great meeting," he told Akihito': the "you"
        # is whom the words were said to
        whom = next((c for c in kids if c.lower_ == "you"), None)
    targets = resolver.arguments(whom, "thanked", deep=True) if whom is not None else []
    targets = [t for t in targets if t.actor is not None and not _same_side(t, speaker)]
    if speaker.how == "author" and not targets:
        return None  # the author's thanks to no one placed: no event of the author's
    return [speaker], targets


def _press_programme(tok: Token | None, resolver: ActorResolver) -> bool:
    """Whether the token is a programme or paper a news outlet owns ("the BBC's Westminster
    Hour", "CNN's State of the Union"): issue #9 read29, speaking to it is an interview."""
    if tok is None:
        return False
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    return owner is not None and _press(resolver.argument(owner, "owner"))


def _press(arg: Argument) -> bool:
    """Whether the argument is the news media ("AFP", "reporters", "a Reuters reporter")."""
    if arg.actor is not None and arg.actor.code[3:6] == "MED":
        return True
    words = set(arg.text.lower().replace("’", "'").split())
    return bool(words & PRESS_WORDS) or arg.text.strip() in NEWS_AGENCIES


def _on_a_motion(match: Match, target: Token | None) -> bool:
    """Whether the act is on a resolution or a vote: its object or target is one, or an entry
    written for motions names it by pronoun ("put it forward again")."""
    for tok in (match.obj, target, match.prep_obj):
        if tok is None:
            continue
        if tok.lemma_.lower() in VOTED_NOUNS:
            return True
        if tok.lower_ == "it" and any(head in VOTED_NOUNS for head, _ in match.entry.objects):
            return True
    return False


def _voting_body(sent: Span, resolver: ActorResolver) -> list[Argument]:
    """The intergovernmental body a resolution is put to: the nearest IGO named in the sentence
    or up to ``BODY_WINDOW`` characters before it ("the U.N. Security Council"), else the body
    itself up to ``VOTING_WINDOW`` characters before: a story of a resolution names the council
    once, early, then says "a council vote" (issue #9/#10, sixth round: "its co-sponsors ... put
    it forward again for a Dec. 23 vote", the U.N. named 1,000 characters before)."""
    near = _nearest(sent, resolver, lambda a: a.code.startswith("IGO"), "the body voting")
    if near:
        return near
    # further back, only the body itself, not a person in it ("Russia's U.N. ambassador")
    body = lambda a: a.code.startswith("IGO") and "role:" not in a.rule  # noqa: E731
    return _nearest(sent, resolver, body, "the body voting", window=VOTING_WINDOW)


def _judicial(actor: Any) -> bool:
    return actor.code[3:6] == "JUD"


# issue #9 nominal: one event told again by its noun ("Mueller's investigation ... the
# investigation into"): nouns of one group are the same event
SAME_EVENT_NOUNS = {"probe": "investigation", "inquiry": "investigation", "suit": "lawsuit"}


# the inquiry nouns a title before them can run ("a special counsel investigation")
TITLED_INQUIRY_NOUNS = frozenset({"investigation", "probe", "inquiry"})


ASKING_VERBS = frozenset({"call", "ask", "appeal", "press", "push", "demand", "seek", "request"})


def _asked_for(noun: Token) -> bool:
    """ "called for a federal probe into ...", "demanded an inquiry": wanted, not under way."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.lemma_.lower() in ASKING_VERBS


def _inquiry_by_title(trigger: Token, resolver: ActorResolver) -> Argument | None:
    """Who runs an investigation named by a modifier before the noun ("a special counsel
    investigation into ...", "the special counsel probe of ..."): the modifier's actor, when
    the book places it (a bare "federal" or "ethics" names no one)."""
    if trigger.lemma_.lower() not in TITLED_INQUIRY_NOUNS or _asked_for(trigger):
        return None
    for c in trigger.children:
        if c.i > trigger.i or c.dep_ not in ("compound", "amod", "nmod"):
            continue
        if c.lower_ == "federal" and resolver.home:
            # "a federal investigation into ...": the country's federal prosecutors
            rule = f"'federal' investigators of the article's country -> {resolver.home}JUD"
            actor = ActorMatch(resolver.home + "JUD", resolver.home, "JUD", "federal", "role", rule)
            end = c.idx + len(c.text)
            return Argument(c.text, c.idx, end, actor, "investigator:modifier", rule)
        arg = resolver.argument(c, "investigator:modifier")
        if has_country(arg):
            return arg
    return None


def _noun_object(targets: list[Argument]) -> frozenset[str]:
    """What an event noun is about, to tell one event from another of the same noun: the actors
    of its targets (written "=CODE"), else their words ("into Burisma" unresolved)."""
    return frozenset(
        f"={t.code}" if t.code else t.text.lower() for t in targets if t.code or t.text.strip()
    )


def _remembered_noun(
    trigger: Token,
    entry: LexiconEntry,
    sources: list[Argument],
    targets: list[Argument],
    resolver: ActorResolver,
) -> list[Argument]:
    """Remember who an event noun is attached to; give a definite noun of the same event with
    no actor of its own ("the probe into ...") the actor it was last attached to. After a noun
    aimed at an actor, a noun that names something else is another event (issue #9 items28:
    "Mueller's investigation into Russian meddling ... the investigation into Burisma")."""
    lemma = trigger.lemma_.lower()
    key = f"{entry.code[:2]}:{SAME_EVENT_NOUNS.get(lemma, lemma)}"
    known = [s for s in sources if s.actor is not None]
    if known:
        resolver.event_nouns[key] = (known[0], _noun_object(targets))
        return sources
    if sources or key not in resolver.event_nouns:
        return sources
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in trigger.children):
        return sources  # "an investigation into ...": another one
    earlier, about = resolver.event_nouns[key]
    now_about = _noun_object(targets)
    if now_about and now_about != about and any(a.startswith("=") for a in about):
        # "the investigation into Burisma" after one into Russian meddling (an actor): another
        # one; after one into "the dam's destruction" (a deed), "the probe into Russia's role"
        # may be the same told by its suspect
        return sources
    why = f"{earlier.rule}; the {lemma} attached before to {earlier.text!r}"
    return [replace(earlier, how="event noun again", rule=why)]


def _litigant(arg: Argument) -> Argument:
    """The Justice Department or an attorney general suing, appealing or filing a brief acts
    for its government as a party (guideline §9.4, §8.4): ``GOV``, not ``JUD``; a court keeps
    its code."""
    actor = arg.actor
    if actor is None or actor.code[3:6] != "JUD" or COURT_WORDS.search(arg.text):
        return arg
    code = actor.code[:3] + "GOV" + actor.code[6:]
    litigant = replace(actor, code=code, sector="GOV", rule=f"{actor.rule}; a litigant -> {code}")
    return replace(arg, actor=litigant, rule=f"{arg.rule}; a litigant -> {code}")


def court_target(
    sent: Span, trigger: Token, resolver: ActorResolver, sources: list[Argument]
) -> list[Argument]:
    """The court a legal action is brought in, for an action that names no party."""
    if not any(s.actor is not None for s in sources):
        return []  # "for fear of being sued": no one brings it
    if any(s.actor is not None and _judicial(s.actor) for s in sources):
        return []  # a court or a prosecutor suing: not before itself
    for m_start, m_end, actor in resolver.mentions:
        # issue #9 actors46: an international body named by a court word ("the European Court
        # of Human Rights", IGOEURCOE; "the International Court of Justice", IGOUNOJUDICJ) is
        # the court, though its code is not a judiciary's
        international = actor.code.startswith("IGO")
        if not sent.start_char <= m_start < sent.end_char or not (
            _judicial(actor) or international
        ):
            continue
        text = resolver.text[m_start:m_end]
        if not COURT_WORDS.search(text):
            continue  # a prosecutor, the Justice Department: a party, not the court
        if actor.code.startswith("---"):
            if not resolver.home:
                continue
            actor = in_country(actor, resolver.home)
        why = f"brought before the court {text!r}"
        return [Argument(text, m_start, m_end, actor, "court", why)]
    if not resolver.home:
        return []
    why = f"legal action with no party named: a court of {resolver.home_from}"
    origin = "court of the article's country"
    return [_country_body(trigger, resolver.home, "JUD", "court", origin, "court", why)]


# issue #9 read53: verbs a lawsuit names its defendants with ("Apple's lawsuit accused
# anonymous people of stealing trade secrets", "the union's suit charges the firm with ...")
SUIT_NAMING_VERBS = frozenset({"accuse", "charge", "name", "target", "blame"})


def _suit_accused(trigger: Token, resolver: ActorResolver) -> list[Argument]:
    """issue #9 read53: the party a lawsuit noun accuses as the subject of "accuse" (charge,
    name, target, blame): "Apple's lawsuit accused anonymous people of ..." is brought against
    them, not before the courts of the article's country."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj":
        return []
    verb = trigger.head
    if verb.lemma_.lower() not in SUIT_NAMING_VERBS:
        return []
    accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if accused is None:
        return []
    arg = resolver.argument(accused, "dobj")
    if arg.actor is None:
        return []
    return [replace(arg, rule=f"the one the suit {verb.text}: {arg.rule}")]


SEEKING_VERBS = frozenset({"seek", "request", "demand"})


def _market_demand(noun: Token) -> bool:
    """ "stronger demand from retail investors", "that demand will fade": a singular "demand"
    with no possessor and no "by" phrase is the market's; a political demand is plural
    ("Republican demands") or someone's ("Turkey's demand for the United States to ...")."""
    if noun.tag_ != "NN":
        return False
    return not any(
        c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by")
        for c in noun.children
    )


def _handed_demand(noun: Token) -> Token | None:
    """The passive subject of the verb a demand noun is handed with ("was presented with a tax
    demand", "were served with demands"): the party asked."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or not _is_passive(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _names_no_one_asked(match: Match) -> bool:
    """Whether an appeal's wording leaves out whom it asks: "asked for X" (no direct object),
    or a seeking verb's entry with no target slot ("sought additional funds")."""
    lemma = match.trigger.lemma_.lower()
    if match.entry.pos == "noun":
        return lemma in DEMAND_NOUNS
    if lemma in ASK_FOR_VERBS:
        no_object = _object_of(match.trigger) is None
        return no_object and _prep_object(match.trigger, ("for",))[1] is not None
    return lemma in SEEKING_VERBS and match.entry.target == "none"


def _party_asked(sent: Span, resolver: ActorResolver, sources: list[Argument]) -> list[Argument]:
    """The other party of an appeal that names no one asked: the nearest actor in the sentence
    or the few before it that is not the asker's side (the document gold's target is the
    story's other party: the government asked for a change of policy, the lawyer asked for
    documents); [] when the asker is unknown."""
    askers = {s.code for s in sources if s.actor is not None}
    if not askers:
        return []

    def other_side(actor: ActorMatch) -> bool:
        # "Cuba" and "the Cuban government" are one side; the Senate and the White House two
        # (nor are "people" or "residents" asked: no one's appeal goes to the public at large)
        if actor.sector == "CVL":
            return False
        return not any(actor.code.startswith(a) or a.startswith(actor.code) for a in askers)

    return _nearest(sent, resolver, other_side, "the party asked")


def _nearest(
    sent: Span,
    resolver: ActorResolver,
    wanted: Callable[[Any], bool],
    why: str,
    window: int = BODY_WINDOW,
) -> list[Argument]:
    """The nearest actor mention that is ``wanted``, in the sentence or up to ``window``
    characters before it (one backward walk over the document's mentions)."""
    end, lo = sent.end_char, max(sent.start_char - window, resolver.dateline_end)
    for m_start, m_end, actor in reversed(resolver.mentions):
        if m_start < lo:
            break
        if m_start >= end or not wanted(actor):
            continue
        text, where = resolver.text[m_start:m_end], ""
        span = sent.doc.char_span(m_start, m_end, alignment_mode="expand")
        near = None
        if (
            actor.code.startswith("---")
            and actor.sector != "GOV"
            and span is not None
            and len(span)
        ):
            # issue #9/#10 actors15: "prosecutors" where "U.S. prosecutors" are named nearby
            near = resolver.same_words_near(span.root, text, m_start)
        if near is not None:
            actor, where = in_country(actor, near[0]), f" named nearby as {near[1]!r}"
        elif actor.code.startswith("---"):
            if not resolver.home:
                continue
            actor, where = in_country(actor, resolver.home), f" in {resolver.home_from}"
        return [Argument(text, m_start, m_end, actor, "nearest", f"{why}: {text!r}{where}")]
    return []


def _arrival_host(
    trigger: Token, resolver: ActorResolver, sources: list[Argument]
) -> list[Argument]:
    if not resolver.home:
        return []
    if resolver.home_from != "the dateline's country":
        return []
    countries = {s.actor.country for s in sources if s.actor is not None}
    if not countries - {None, resolver.home}:
        return []  # no foreign visitor named
    host = ActorMatch(resolver.home, resolver.home, None, resolver.home, "country", "arrival host")
    why = f"arrived with no place named: the host is {resolver.home_from} -> {resolver.home}"
    return [Argument("", trigger.idx, trigger.idx, host, "arrival", why)]


def _location_target(match: Match, resolver: ActorResolver) -> list[Argument]:
    """For an undirected protest, show of force or attack ("staged a protest in Beijing",
    "held exercises in the Baltic"), the country where it happened, as PETRARCH codes it."""
    for owner in (match.trigger, match.obj):
        if owner is None:
            continue
        place, word = _prep_object(owner, ("in", "inside"))
        if place is None or place.pos_ != "PROPN":
            continue
        arg = resolver.argument(place, f"location({word})")
        if arg.actor is not None and arg.actor.kind in ("country", "metonym"):
            return [arg]
    return []


def _quote_speaker(doc: Document, offset: int) -> str | None:
    for quote in doc.quotes:
        if quote.start <= offset < quote.end:
            return quote.speaker or quote.speaker_text
    return None
