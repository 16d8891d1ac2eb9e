"""Word senses: a trigger whose event depends on who acts and on what (``data/events/senses.yml``).

"Strike" is a labour strike only when workers strike ("allowed Ukraine to strike inside Russia"
is an attack); "hold" is an arrest only when someone is held ("assets the officials hold" is
not); "go to" is a visit only to somewhere an actor is ("had gone to bed" is not); a killing by a
roadside bomb is a bombing (183x), not an armed attack. The rules are data, each with example
sentences that the tests read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from redline import datafiles
from redline.errors import RedlineError


@dataclass(frozen=True)
class SenseRule:
    lemmas: frozenset[str]
    codes: frozenset[str]
    keep_subject: tuple[str, ...] = ()
    change_subject: tuple[str, ...] = ()
    else_code: str | None = None
    needs_target: bool = False
    not_with_prep: frozenset[str] = frozenset()
    # the subject names what did it: the first phrase found in it gives the code
    by_subject: tuple[tuple[str, str], ...] = ()
    # the object is a thing, not this event's counterpart ("received waivers", "met the deadline")
    change_object: tuple[str, ...] = ()
    # the reading needs one of these as object when there is one ("fired missiles", not "fired
    # Comey")
    keep_object: tuple[str, ...] = ()
    # the object is this word alone, with no determiner ("took part in", not "took part of")
    bare_object: frozenset[str] = frozenset()
    # the reading holds only with one of these prepositions ("hacked them to death")
    keep_with_prep: frozenset[str] = frozenset()
    # a particle on the trigger gives another code ("fired back at" criticises)
    by_particle: tuple[tuple[str, str], ...] = ()
    # the reading needs one of these words after the trigger ("warned it would strike")
    keep_clause: tuple[str, ...] = ()
    # issue #9 precision11: the reading fails with one of these words after the trigger ("beat
    # Trump in the district", "beating the incumbent by one vote": an election won)
    change_clause: tuple[str, ...] = ()
    # issue #9 precision: change_object does not apply when a possessor names whose thing it is
    # ("defended the government's decision" defends the government; "justified the strike" is
    # the subject's own act)
    keep_owned: bool = False
    # issue #9 speech9: an object whose possessor names someone ("welcomed Blankenship's entry
    # into the race") is that actor's act or thing, not this event's counterpart, unless its
    # head is one of ``owned_persons`` ("welcomed Trump's envoy")
    change_owned: bool = False
    owned_persons: tuple[str, ...] = ()
    # issue #9 precision9: the reading fails when a prepositional object on the trigger or its
    # object is one of these ("clashed with rival *factions*" is a quarrel, "campaigned for
    # *president*" runs for an office, "took control of the *Senate*" wins an election)
    change_pobj: tuple[str, ...] = ()
    # issue #9 precision9: the reading fails when the trigger takes a to-infinitive ("the ruling
    # freed the council *to spend* the money" lets it act; no one was held)
    change_infinitive: bool = False
    # issue #9/#10 actors13: the reading fails when the trigger takes a clause of its own
    # ("will have to demonstrate they are healthy" shows a fact, no protest)
    change_clause_complement: bool = False
    # issue #9 read21: the reading fails when the trigger's clause is a prospect, its verb under
    # "would", "will", "may" ... ("acknowledged he would have a job of persuading to do": what
    # is to come is owned up to as no deed)
    change_clause_forecast: bool = False
    # issue #9 read25: the reading fails when the trigger's clause has a subject of its own that
    # names someone else ("acknowledged that Strzok was removed", "admits the Democrats are on
    # the right track"): a fact about another is owned up to, no deed of one's own
    change_others_clause: bool = False
    # issue #9 precision11: the rule does not apply at all when the subject phrase has one of
    # these words ("the court dismissed the case as moot" rejects it; lawmakers dismissing a
    # plan "as" something judge it)
    unless_subject: tuple[str, ...] = ()
    # issue #9 verbal19: the rule does not apply at all when the sentence has one of these words
    # (whole words, a plural too): weapons, troops or casualties make an "attack" armed
    unless_sentence: tuple[str, ...] = ()
    # issue #9 crit23: the rule applies only when the sentence has one of these words (whole
    # words, a plural too): "came under fire from" militants is armed, from a minister it is not
    when_sentence: tuple[str, ...] = ()
    # issue #9 verbal19: nor when a governor frames the act or it is announced ("have sworn to
    # fight until ...")
    unless_governed: bool = False
    # issue #9 verbal19: the reading fails when a source actor has one of these roles (GOV, LEG,
    # ...) or kinds (person, country, ...): "Trump attacked the department" criticises; not
    # when a threat, demand or appeal frames the act ("threatened to attack")
    change_roles: frozenset[str] = frozenset()
    # nor when a source actor has one of these roles: an armed actor's "attacks" are armed
    # ("General Soleimani approved the attacks on the U.S. Embassy": IRNMIL, a person too)
    unless_roles: frozenset[str] = frozenset()
    # issue #9 verbal19: as ``by_subject``, on whole words of the subject (or of the noun the
    # trigger qualifies: "Trump's travel *ban* targeting six countries"); "none": no event
    by_subject_word: tuple[tuple[str, str], ...] = ()
    # issue #9 verbal20: the reading fails when the act is only a capability ("a missile
    # *capable of* hitting the U.S. mainland", "the *ability to* hit the United States")
    change_capability: bool = False
    # issue #9 read36: the reading fails when the subject's head noun (through "much of",
    # "most of" ...) is one of these lemmas: a thing, not someone ("the bill now goes to the
    # Senate", "much of the credit must go to his strategist"); a common noun only, so "Bill
    # Clinton went to Beijing" keeps its visit
    change_subject_head: tuple[str, ...] = ()
    # issue #9 read37: the reading fails with a match score after the trigger ("Ireland beat
    # France 21-18"): a side that wins a game, no assault
    change_score: bool = False
    # issue #9 read37: the reading fails when the sentence has one of these words (a contest:
    # "who beat Roddick in the opening singles", "when they beat Australia for the title")
    change_sentence: tuple[str, ...] = ()
    # issue #9 wiki29: the reading fails when the trigger puts a quoted question ("would ask me,
    # 'Is he retiring?'") or a media actor, or a subject with one of ``question_askers``, puts
    # a question clause ("Wikinews asked him whether the probe could survive"): an
    # interviewer's question, no request that the one asked do something. A judge or a
    # president who "asked X whether" is left as the docgold's annotators code it (an appeal)
    change_question: bool = False
    question_askers: tuple[str, ...] = ()
    # issue #9 wiki29: the reading fails when the trigger names its object something ("the
    # judges called the novel 'an impressive book'", an object predicate): no telephone call
    change_naming: bool = False
    # issue #9 prec30: the reading fails when the object is one of these words and the clause
    # on it has a subject naming another ("rejected the notion that *the episode* should be
    # forgotten" disputes a view; "rejects a suggestion that *he* had told" denies a charge)
    change_view_clause: tuple[str, ...] = ()
    # issue #9 prec41: the reading fails when the object is a thing, not someone ("held a
    # conference call", "holds its caucuses", "capturing the frustration of voters", "held up
    # a sign"): only someone is held or captured (see ``SenseObject.someone``)
    needs_someone: bool = False
    # issue #9 kinds47: the reading fails when "never" is on the trigger and its object is
    # indefinite ("has never met an opponent like Trump", "voters who have never met another
    # transgender person"): an experience told in general, no meeting with anyone in particular
    change_never_indefinite: bool = False
    # issue #9 roots52: the reading needs one of these words right after the trigger: "seized
    # on the remarks" uses them, "seized cocaine on a ship" confiscates it
    keep_next_word: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    change: tuple[str, ...] = ()


NUMBER = "<number>"  # in a word list: an object whose head is written in digits
# a game's score as the parser's words give it: "21-18", "2 - 1", "28–17"
MATCH_SCORE = re.compile(r"(?<![\d.,])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,%-])")


@dataclass(frozen=True)
class SenseObject:
    """What the object rules read: the object's head lemma and words, whether it stands alone
    (no determiner or modifier), the trigger's particles and the text after the trigger."""

    lemma: str = ""
    text: str = ""
    bare: bool = False
    particles: frozenset[str] = frozenset()
    after: str = ""
    owner: str = ""  # a possessor naming someone ("the government's decision"), not a pronoun
    pobjs: frozenset[str] = frozenset()  # prepositional objects' head lemmas ("with factions")
    infinitive: bool = False  # the trigger governs a to-infinitive ("freed them to leave")
    clause: bool = False  # the trigger governs a finite clause ("demonstrate (that) they have")
    forecast: bool = False  # that clause's verb is under "would", "will", "may" ...
    others_clause: bool = False  # that clause's subject names another (no pronoun in it)
    # issue #9 verbal19: who acts and where: the source actors' roles and kinds, the words of
    # the doer as parsed (the noun a participle qualifies, "sanctions targeting banks", and the
    # subject phrase, resolved or not), the sentence (lowercased), and whether a governor frames
    # the act ("threatened to attack") or it is announced ("have sworn to fight")
    roles: frozenset[str] = frozenset()
    doer: str = ""
    sentence: str = ""
    governed: bool = False
    announced: bool = False
    # issue #9 verbal20: the noun or adjective that makes the act a capability ("capable of
    # hitting", "the ability to strike"), else ""
    capability: str = ""
    # issue #9 read36: the lemma of the subject's head when it is a common noun, else ""
    subject_head: str = ""
    # issue #9 wiki29: the trigger puts a question: "quoted" (a quotation after it ends on a
    # question mark), "clause" (an if- or whether-clause, a clause opened by a question word),
    # else ""
    question: str = ""
    # issue #9 wiki29: the trigger has an object predicate ("called the film *a triumph*")
    naming: bool = False
    # issue #9 prec30: a clause on the object has a subject of its own naming another
    others_noun_clause: bool = False
    # issue #9 prec41: the one who puts the question is a name the article introduced as an
    # interviewer or a show's host ("an interview with Sean Hannity ... Hannity asked Trump if")
    interviewer: bool = False
    # issue #9 prec41: whether the object's head is someone (a pronoun, a name, a word the
    # actor book knows on the head, a noun a nationality qualifies): False for a common noun
    # that is none of these ("a conference call", "little hope"), None when not read
    someone: bool | None = None
    # issue #9 kinds47: "never" is on the trigger and its object is indefinite ("a", "an",
    # "another", "any" on it, or "anyone")
    never_indefinite: bool = False


def _has(words: tuple[str, ...], lemma: str, text: str) -> str | None:
    """The first of ``words`` that is the object's head lemma, or a phrase of several words in
    its text."""
    for w in words:
        if w == lemma or (" " in w and f" {w} " in f" {text} "):
            return w
        if w == NUMBER and lemma[:1].isdigit():
            return w  # issue #9 reader: an amount written in digits ("up to £30,000")
    return None


@lru_cache(maxsize=512)
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b({alternatives})(?:s|es)?\b")


# issue #9 kinds43: guns named as a policy ("her gun control offensive against Sanders", "her
# attacks on his record on guns", kinds49: "gun registration") arm no one, nor does a "long-shot"
# campaign: blanked before the armed words are looked for
GUN_POLICY = re.compile(
    r"\bguns?[- ](?:control|violence|laws?|rights|owners?|ownership|safety|lobby|lobbyists|"
    r"manufacturers?|makers?|industry|sales|legislation|polic(?:y|ies)|reforms?|measures?|"
    r"regulations?|restrictions?|shows?|purchases?|background|registrations?|licen[cs]es?)\b"
    r"|\b(?:on|over|about|against) guns\b"
    # issue #9 kinds49: a "long-shot" campaign or candidate shoots no one
    r"|\blong(?: - |[- ])shots?\b"
)


def _armed_text(sentence: str) -> str:
    """The sentence with guns named as a policy blanked (see ``GUN_POLICY``)."""
    return GUN_POLICY.sub(" ", sentence) if "gun" in sentence or "shot" in sentence else sentence


def _word_hit(words: tuple[str, ...], text: str) -> str | None:
    """The first of ``words`` found in ``text`` as a whole word (or its plural), else None."""
    if not words or not text:
        return None
    found = _word_pattern(words).search(text)
    return found.group(1) if found else None


def _object_rule(
    rule: SenseRule, lemma: str, code: str, obj: SenseObject, preps: frozenset[str]
) -> tuple[str | None, str] | None:
    """The object, particle and clause rules: ``(code, why)`` when one applies, else None."""
    other = rule.else_code or "none"
    if rule.change_capability and obj.capability:
        return rule.else_code, f"sense: '{obj.capability} ... {lemma}' a capability {code}->{other}"
    for particle, new in rule.by_particle:
        if particle in obj.particles:
            # "none": the particle makes it no event at all ("kicked off the game")
            return (None if new == "none" else new), f"sense: '{lemma} {particle}' {code}->{new}"
    owned = rule.keep_owned and bool(obj.owner)
    if rule.change_owned and obj.owner and obj.lemma and obj.lemma not in rule.owned_persons:
        why = f"sense: '{lemma}' {obj.owner}'s {obj.lemma} is theirs {code}->{other}"
        return rule.else_code, why
    if rule.change_object and not owned and (hit := _has(rule.change_object, obj.lemma, obj.text)):
        return rule.else_code, f"sense: '{lemma}' a {hit} is a thing {code}->{other}"
    if rule.change_pobj and (hits := sorted(obj.pobjs.intersection(rule.change_pobj))):
        return rule.else_code, f"sense: '{lemma} ... {hits[0]}' {code}->{other}"
    if rule.change_question and (
        obj.question == "quoted"
        or obj.question
        and ("MED" in obj.roles or obj.interviewer or _word_hit(rule.question_askers, obj.doer))
    ):
        return rule.else_code, f"sense: '{lemma}' puts a {obj.question} question {code}->{other}"
    if rule.change_view_clause and obj.others_noun_clause and obj.lemma in rule.change_view_clause:
        return rule.else_code, f"sense: '{lemma}' a {obj.lemma} about another {code}->{other}"
    if rule.keep_next_word and obj.after.split(" ", 1)[0] not in rule.keep_next_word:
        word = rule.keep_next_word[0]
        return rule.else_code, f"sense: '{lemma}' not followed by '{word}' {code}->{other}"
    if rule.change_never_indefinite and obj.never_indefinite:
        return rule.else_code, f"sense: 'never {lemma}' someone indefinite {code}->{other}"
    if rule.needs_someone and obj.someone is False:
        return rule.else_code, f"sense: '{lemma}' a {obj.lemma} is no one {code}->{other}"
    if rule.change_naming and obj.naming:
        return rule.else_code, f"sense: '{lemma}' names its object {code}->{other}"
    if rule.change_infinitive and obj.infinitive:
        return rule.else_code, f"sense: '{lemma} ... to' lets act {code}->{other}"
    if rule.change_clause_complement and obj.clause:
        return rule.else_code, f"sense: '{lemma}' a clause: shows a fact {code}->{other}"
    if rule.change_clause_forecast and obj.forecast:
        return rule.else_code, f"sense: '{lemma}' a clause to come {code}->{other}"
    if rule.change_others_clause and obj.others_clause:
        return rule.else_code, f"sense: '{lemma}' a clause about another {code}->{other}"
    # a keep word anywhere in the object counts ("a *mortar* bomb", "*shells*")
    kept = _has(rule.keep_object, obj.lemma, obj.text) or any(
        w.rstrip("s") in rule.keep_object or w in rule.keep_object for w in obj.text.split()
    )
    if rule.keep_object and obj.lemma and not kept:
        return rule.else_code, f"sense: '{lemma}' '{obj.lemma}' {code}->{other}"
    if rule.bare_object and obj.bare and obj.lemma in rule.bare_object:
        return rule.else_code, f"sense: '{lemma} {obj.lemma}' {code}->{other}"
    if rule.keep_with_prep and not rule.keep_with_prep & preps:
        prep = sorted(rule.keep_with_prep)[0]
        return rule.else_code, f"sense: '{lemma}' without '{prep}' {code}->{other}"
    if rule.keep_clause and not any(f" {w}" in f" {obj.after}" for w in rule.keep_clause):
        return rule.else_code, f"sense: '{lemma}' with no force words {code}->{other}"
    if rule.change_score and (score := MATCH_SCORE.search(obj.after)):
        return rule.else_code, f"sense: '{lemma} ... {score.group(0)}' a game won {code}->{other}"
    # the parser's words split a hyphenated word ("semi - final"): read it whole as well
    after = obj.after.replace(" - ", "-")
    if rule.change_clause and (
        hit := next((w for w in rule.change_clause if f" {w} " in f" {after} "), None)
    ):
        return rule.else_code, f"sense: '{lemma} ... {hit}' {code}->{other}"
    return None


def _list(value: Any) -> list[str]:
    """A word or code list of a rule. issue #9/#10 actors14: every item must be a string: an
    unquoted ``043`` is YAML's number 35 and, in YAML 1.1, a bare ``on`` its ``true``, so a
    list item of another type is an error, not a word."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    wrong = [v for v in items if not isinstance(v, str)]
    if wrong:
        why = f"events/senses.yml: {wrong[0]!r} in {items!r} is not a word; quote it"
        raise RedlineError("E045", why)
    return items


def _pairs(value: Any) -> tuple[tuple[str, str], ...]:
    """A ``{word: code}`` table of a rule (by_subject, by_particle), keys lowercased; keys and
    values strings, as :func:`_list` (``{on: "020"}`` would key the rule on ``true``)."""
    pairs = (value or {}).items()
    return tuple((k.lower(), v) for k, v in pairs if _list([k, v]))


@datafiles.cached
def load_senses() -> tuple[SenseRule, ...]:
    rules = []
    layers = datafiles.yaml_layers("events/senses.yml")
    for raw in (r for _, data in layers for r in ((data or {}).get("senses") or [])):
        rules.append(
            SenseRule(
                lemmas=frozenset(w.lower() for w in _list(raw.get("lemma"))),
                codes=frozenset(_list(raw.get("codes"))),
                keep_subject=tuple(w.lower() for w in _list(raw.get("keep_subject"))),
                change_subject=tuple(w.lower() for w in _list(raw.get("change_subject"))),
                else_code=str(raw["else_code"]) if raw.get("else_code") else None,
                needs_target=bool(raw.get("needs_target", False)),
                not_with_prep=frozenset(w.lower() for w in _list(raw.get("not_with_prep"))),
                by_subject=_pairs(raw.get("by_subject")),
                change_object=tuple(w.lower() for w in _list(raw.get("change_object"))),
                keep_object=tuple(w.lower() for w in _list(raw.get("keep_object"))),
                bare_object=frozenset(w.lower() for w in _list(raw.get("bare_object"))),
                keep_with_prep=frozenset(w.lower() for w in _list(raw.get("keep_with_prep"))),
                by_particle=_pairs(raw.get("by_particle")),
                keep_clause=tuple(w.lower() for w in _list(raw.get("keep_clause"))),
                change_clause=tuple(w.lower() for w in _list(raw.get("change_clause"))),
                keep_owned=bool(raw.get("keep_owned", False)),
                change_owned=bool(raw.get("change_owned", False)),
                owned_persons=tuple(w.lower() for w in _list(raw.get("owned_persons"))),
                change_pobj=tuple(w.lower() for w in _list(raw.get("change_pobj"))),
                change_infinitive=bool(raw.get("change_infinitive", False)),
                change_clause_complement=bool(raw.get("change_clause_complement", False)),
                change_clause_forecast=bool(raw.get("change_clause_forecast", False)),
                change_others_clause=bool(raw.get("change_others_clause", False)),
                unless_subject=tuple(w.lower() for w in _list(raw.get("unless_subject"))),
                unless_sentence=tuple(w.lower() for w in _list(raw.get("unless_sentence"))),
                when_sentence=tuple(w.lower() for w in _list(raw.get("when_sentence"))),
                unless_governed=bool(raw.get("unless_governed", False)),
                change_roles=frozenset(_list(raw.get("change_roles"))),
                unless_roles=frozenset(_list(raw.get("unless_roles"))),
                by_subject_word=_pairs(raw.get("by_subject_word")),
                change_capability=bool(raw.get("change_capability", False)),
                change_subject_head=tuple(w.lower() for w in _list(raw.get("change_subject_head"))),
                change_score=bool(raw.get("change_score", False)),
                change_sentence=tuple(w.lower() for w in _list(raw.get("change_sentence"))),
                change_question=bool(raw.get("change_question", False)),
                question_askers=tuple(w.lower() for w in _list(raw.get("question_askers"))),
                change_naming=bool(raw.get("change_naming", False)),
                change_view_clause=tuple(w.lower() for w in _list(raw.get("change_view_clause"))),
                needs_someone=bool(raw.get("needs_someone", False)),
                change_never_indefinite=bool(raw.get("change_never_indefinite", False)),
                keep_next_word=tuple(w.lower() for w in _list(raw.get("keep_next_word"))),
                keep=tuple(_list(raw.get("keep"))),
                change=tuple(_list(raw.get("change"))),
            )
        )
    return tuple(rules)


_BY_LEMMA: list = [None, {}]  # (the rules tuple it was built from, the index)


def senses_by_lemma() -> dict[str, tuple[SenseRule, ...]]:
    """``load_senses()`` by trigger lemma, each lemma's rules in the file's order: the rules
    ``check_sense`` can apply at a lemma, without passing over every other rule at each call
    (issue #9 speed51). Keyed by the very tuple ``load_senses`` returns, so it is made again
    whenever the rules are read again (a user's layer, a cleared cache)."""
    rules = load_senses()
    cached = _BY_LEMMA
    if cached[0] is not rules:
        index: dict[str, list[SenseRule]] = {}
        for rule in rules:
            for lemma in rule.lemmas:
                index.setdefault(lemma, []).append(rule)
        cached[:] = [rules, {lemma: tuple(found) for lemma, found in index.items()}]
    return cached[1]


@datafiles.cached
def someone_lemmas() -> frozenset[str]:
    """issue #9 prec41: the trigger lemmas of the rules that read whether the object is someone
    (``needs_someone``): the coder works that out for these only."""
    return frozenset(w for rule in load_senses() if rule.needs_someone for w in rule.lemmas)


def check_sense(
    lemma: str,
    code: str,
    subject_text: str | None,
    target_resolved: bool,
    preps: frozenset[str] = frozenset(),
    obj: SenseObject | None = None,
) -> tuple[str | None, str]:
    """``(code, why)``: the code to use (``code`` itself when the sense holds, another code, or
    None to drop the event) and the reason for the rule string ("" when no rule applied).

    ``preps``: the prepositions hanging off the trigger ("called *for* China to act" is no
    phone call). ``obj``: the trigger's object and what follows the trigger (the object rules)."""
    obj = obj or SenseObject()
    for rule in senses_by_lemma().get(lemma, ()):
        if code not in rule.codes:
            continue
        if rule.unless_subject and any(
            w in (subject_text or "").lower() for w in rule.unless_subject
        ):
            continue
        if (
            _word_hit(rule.unless_sentence, _armed_text(obj.sentence))
            or (rule.unless_governed and (obj.governed or obj.announced))
            or rule.unless_roles & obj.roles
        ):
            continue  # issue #9 verbal19: "troops attacked ...": armed, the rule does not apply
        if rule.when_sentence and not _word_hit(rule.when_sentence, obj.sentence):
            continue  # issue #9 crit23: "came under fire from the minister": no arms, no rule
        if rule.change_sentence and (hit := _word_hit(rule.change_sentence, obj.sentence)):
            other = rule.else_code or "none"
            return rule.else_code, f"sense: '{lemma}' in a sentence of a {hit} {code}->{other}"
        new = _object_rule(rule, lemma, code, obj, preps)
        if new is not None:
            return new
        if rule.not_with_prep and rule.not_with_prep & preps:
            prep = sorted(rule.not_with_prep & preps)[0]
            if rule.needs_target and not target_resolved:
                # issue #9 precision11: "dismissed the election results as ...": no one judged
                return None, f"sense: '{lemma} {prep}' with no actor as target"
            why = f"sense: '{lemma} {prep}' is not {code}->{rule.else_code or 'none'}"
            return rule.else_code, why
        if rule.by_subject:
            words = (subject_text or "").lower()
            for phrase, new in rule.by_subject:
                if phrase in words:
                    return new, f"sense: '{lemma}' by a {phrase} {code}->{new}"
        if rule.by_subject_word:
            words = f"{(subject_text or '').lower()} {obj.doer}"
            table = dict(rule.by_subject_word)
            if (hit := _word_hit(tuple(table), words)) is not None:
                new = table[hit]
                why = f"sense: '{lemma}' by a {hit} {code}->{new}"
                return (None if new == "none" else new), why
        if rule.change_roles and not obj.governed and (roles := rule.change_roles & obj.roles):
            other = rule.else_code or "none"
            return rule.else_code, f"sense: '{lemma}' by a {sorted(roles)[0]} actor {code}->{other}"
        if rule.keep_subject:
            words = (subject_text or "").lower()
            if not any(w in words for w in rule.keep_subject):
                why = f"sense: '{lemma}' with no labour subject {code}->{rule.else_code or 'none'}"
                return rule.else_code, why
        if rule.change_subject_head and obj.subject_head in rule.change_subject_head:
            other = rule.else_code or "none"
            return rule.else_code, f"sense: '{lemma}' by a {obj.subject_head} {code}->{other}"
        if rule.change_subject:
            words = (subject_text or "").lower()
            hit = next((w for w in rule.change_subject if w in words), None)
            if hit is not None:
                why = f"sense: '{lemma}' by a {hit} {code}->{rule.else_code or 'none'}"
                return rule.else_code, why
        if rule.needs_target and not target_resolved:
            return None, f"sense: '{lemma}' {code} needs an actor as target"
    return code, ""
