"""Threats of retaliation (issue #9): "Iran said it would retaliate against the United States",
"China vowed to take countermeasures if Washington sold the jets to Taiwan", "“If North Korea
attacks Guam, we will strike back,” Mattis said", "Russia will pay a heavy price", "the attack
will not go unanswered", "all options are on the table in dealing with North Korea".

A threat is the act (guideline §4): the one who says his side will answer threatens (130; 138
when the wording is military, "strike back", "a crushing response") the one answered. The words
are data (``data/events/retaliation.yml``); the rules here find

- the source: the subject of the retaliation verb (or of the verb of vowing it hangs on), or,
  for what is said of another ("X will pay a heavy price", "any attack will be met with ..."),
  the speaker;
- the target: the "against" / "at" object; else the author of the act answered ("to any
  aggression by Israel", "for Washington's decision"); else the subject of the condition ("if
  Washington sold the jets"); else no one.

Only a pledge counts: will / would / shall / "is going to", or a "to" complement of a verb of
vowing ("vowed to hit back", "is ready to respond"); not a hedge ("could retaliate", "would
likely respond"), a question ("how Iran would respond"), a condition ("if Iran retaliates") or
a negation ("will not retaliate"). A retaliation carried out is left to its own words. Events
the lexicon coded at the same words (the attack read on "strike back", the warning read on
"warned that Russia would respond") give way to the threat unless they already name a target.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from redline import datafiles
from redline.events.cameo import load_cameo
from redline.events.filter import event_features, load_filter
from redline.events.lexicon import LexiconEntry
from redline.model import Event

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from redline.events.arguments import ActorResolver, Argument
    from redline.model import Document

KEY = "events/retaliation.yml"
THREAT_CODE = "130"
FORCE_THREAT_CODE = "138"
ATTACK_CODE = "190"
CRITICISM_CODE = "111"
LABOUR_STRIKE_ROOT = "143"
FUTURE_AUX = frozenset({"will", "would", "shall"})
HEDGES = frozenset({"likely", "probably", "possibly", "perhaps", "maybe", "unlikely"})
QUESTION_WORDS = frozenset({"how", "whether", "when", "why", "what", "where"})
CONDITION_MARKS = frozenset({"if", "unless", "once"})
# prepositions whose object is the one answered or the act answered
AGAINST_PREPS = frozenset({"against", "at", "on"})
ACT_PREPS = frozenset({"to", "for", "over", "after", "against", "at", "on"})
# governors of a reported threat whose own reading gives way (the warning read as 111, ...)
YIELDING_ROOTS = frozenset({"13", "11"})
OPTION_PREPS = frozenset({"with", "against", "on", "regarding", "toward", "towards", "for", "in"})


@dataclass(frozen=True, slots=True)
class RetaliationVerb:
    particle: str | None
    cue: bool
    military: bool


@dataclass(frozen=True, slots=True)
class Vocabulary:
    verbs: dict[str, RetaliationVerb]
    measure_verbs: frozenset[str]
    measures: frozenset[tuple[str, ...]]
    responses: frozenset[str]
    vowing: frozenset[str]
    cue_adverbs: frozenset[str]
    acts: frozenset[str]
    price_words: frozenset[str]
    unanswered: frozenset[str]
    military: frozenset[str]
    force_acts: frozenset[str]
    hostile_acts: frozenset[str]
    lemmas: frozenset[str]  # the lemmas a sentence needs for any rule here to fire


def _words(values: Iterable[Any] | None) -> list[str]:
    return [str(v).lower() for v in values or []]


@datafiles.cached
def load_vocabulary() -> Vocabulary:
    """Every layer of ``events/retaliation.yml``: a later layer adds words to each list (and
    verbs to the verb table, its settings winning)."""
    verbs: dict[str, RetaliationVerb] = {}
    lists: dict[str, list[str]] = {}
    for _, data in datafiles.yaml_layers(KEY):
        data = data or {}
        for lemma, spec in (data.get("verbs") or {}).items():
            spec = spec or {}
            particle = spec.get("particle")
            verbs[str(lemma).lower()] = RetaliationVerb(
                str(particle).lower() if particle else None,
                bool(spec.get("cue", False)),
                bool(spec.get("military", False)),
            )
        for name, values in data.items():
            if name != "verbs":
                lists.setdefault(name, []).extend(_words(values))

    def group(name: str) -> frozenset[str]:
        return frozenset(lists.get(name, []))

    measures = frozenset(tuple(m.replace("-", " - ").split()) for m in lists.get("measures", []))
    measures |= frozenset(tuple(m.split()) for m in lists.get("measures", []))
    responses = group("responses")
    unanswered = group("unanswered")
    return Vocabulary(
        verbs=verbs,
        measure_verbs=group("measure_verbs"),
        measures=measures,
        responses=responses,
        vowing=group("vowing"),
        cue_adverbs=group("cue_adverbs"),
        acts=group("acts"),
        price_words=group("price_words"),
        unanswered=unanswered,
        military=group("military"),
        force_acts=group("force_acts"),
        hostile_acts=group("hostile_acts"),
        lemmas=frozenset(
            {
                *verbs,
                *(m[-1] for m in measures),
                *responses,
                *unanswered,
                "pay",
                "option",
                "consequence",
            }
        ),
    )


# -- when a retaliation is pledged ------------------------------------------------------------


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children)


def _asked(tok: Token) -> bool:
    """``tok`` is a question or a condition: "how Iran would respond", "whether it would
    retaliate", "if Iran retaliates"."""
    kids = list(tok.children)
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in QUESTION_WORDS for c in kids):
        return True
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in kids)


def pledge(verb: Token, vocab: Vocabulary) -> Token | None:
    """The word that makes ``verb`` a pledge: its own "will" / "would" / "shall" (``verb``
    itself), "going" of "is going to", or the verb of vowing whose "to" complement it is
    ("vowed to retaliate", "is ready to respond", "reserves the right to hit back"); None for a
    hedge, a question, a condition or a negation (of the verb or of its vow)."""
    kids = list(verb.children)
    if _negated(verb) or _asked(verb) or any(c.lower_ in HEDGES for c in kids):
        return None
    auxes = [c for c in kids if c.dep_ == "aux"]
    if any(a.lemma_.lower() in FUTURE_AUX or a.lower_ in ("'ll", "’ll") for a in auxes):
        return verb
    if any(a.lower_ in ("could", "might", "may", "can", "must", "should") for a in auxes):
        return None
    if not any(a.lower_ == "to" for a in auxes) or verb.dep_ not in ("xcomp", "acl", "advcl"):
        return None
    gov = verb.head
    lemma = gov.lemma_.lower()
    if not ((lemma == "go" and gov.lower_ in ("going", "gon")) or lemma in vocab.vowing):
        return None
    found = gov
    if _negated(found) or _asked(found) or any(c.lower_ in HEDGES for c in found.children):
        return None
    if found.dep_ == "acomp" or lemma == "right":  # "is ready to", "the right to": its verb
        holder = found.head
        if _negated(holder) or _asked(holder):
            return None
    return found


# -- who is answered --------------------------------------------------------------------------


def _resolved(tok: Token | None, how: str, resolver: ActorResolver) -> Argument | None:
    if tok is None:
        return None
    arg = resolver.argument(tok, how)
    return arg if arg.actor is not None else None


def _pobjs(tok: Token, preps: frozenset[str]) -> list[tuple[str, Token]]:
    out = []
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in preps:
            out += [(prep.lower_, o) for o in prep.children if o.dep_ == "pobj"]
        elif prep.dep_ == "prep" and prep.lower_ == "in":
            # "in response to the sanctions", "in retaliation for the attack"
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in ("response", "retaliation"):
                    out += _pobjs(noun, preps)
    return out


def author(noun: Token, resolver: ActorResolver) -> Argument | None:
    """Who did the act ``noun`` names: "aggression by Israel", "Washington's decision", "the
    Houthi attack", "Israeli strikes"; None when the text names no one (not the one acted on:
    "an attack on Iran" has no author)."""
    for child in noun.children:
        if child.dep_ in ("agent", "prep") and child.lower_ == "by":
            for obj in child.children:
                if obj.dep_ == "pobj" and (arg := _resolved(obj, "agent(by)", resolver)):
                    return arg
    for child in noun.children:
        if child.dep_ == "poss" and (arg := _resolved(child, "poss", resolver)):
            return arg
    for child in noun.children:
        named = (child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN") or (
            child.dep_ == "amod" and child.text[:1].isupper()
        )
        if child.i < noun.i and named and (arg := _resolved(child, "act's author", resolver)):
            return arg
    return None


def _condition_subject(verb: Token, resolver: ActorResolver) -> Argument | None:
    """The actor of the condition hung on ``verb``: "if Washington sold the jets" (its
    subject), "if it is attacked by Israel" (the agent of a passive)."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children
        ):
            continue
        for child in clause.children:
            if child.dep_ == "nsubj":
                if child.lemma_.lower() in load_vocabulary().acts:
                    return author(child, resolver)
                return _resolved(child, "condition's subject", resolver)
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return _resolved(obj, "condition's agent", resolver)
    return None


def answered(
    anchors: list[Token], vocab: Vocabulary, resolver: ActorResolver, *, against: bool = True
) -> Argument | None:
    """The one retaliated against, read at each of ``anchors`` (the trigger, its object, the
    verb of vowing) in turn: the "against" / "at" object; else the author of the act answered;
    else the condition's actor."""
    if against:
        for anchor in anchors:
            for word, obj in _pobjs(anchor, AGAINST_PREPS):
                if obj.lemma_.lower() in vocab.acts:
                    continue
                if arg := _resolved(obj, f"pobj({word})", resolver):
                    return arg
    for anchor in anchors:
        for _, obj in _pobjs(anchor, ACT_PREPS):
            if obj.lemma_.lower() in vocab.acts and (arg := author(obj, resolver)):
                return arg
    for anchor in anchors:
        if arg := _condition_subject(anchor, resolver):
            return arg
    return None


def _cued(verb: Token, vocab: Vocabulary) -> bool:
    """Whether "respond" / "react" is told as an answer to an act: an adverb of force ("respond
    forcefully", "in kind"), an act answered ("to any aggression"), or a condition."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lemma_.lower() in vocab.cue_adverbs:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and any(o.lemma_.lower() in vocab.cue_adverbs for o in child.children)
        ):
            return True  # "in kind"
    if any(o.lemma_.lower() in vocab.hostile_acts for _, o in _pobjs(verb, ACT_PREPS)):
        return True
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in verb.children
    )


def _military(tokens: Iterable[Token], vocab: Vocabulary) -> bool:
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    if words & vocab.military:
        return True
    text = " ".join(t.lower_ for t in tokens)
    return any(" " in m and m in text for m in vocab.military)


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verbs it is the "to" complement of ("China vowed to
    take countermeasures")."""
    cur = verb
    for _ in range(4):
        for child in cur.children:
            if child.dep_ == "nsubj":
                return child
        if cur.dep_ not in ("xcomp", "acomp", "acl", "dobj") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


# -- the threats ------------------------------------------------------------------------------


@dataclass
class Retaliation:
    """One retaliation found, threatened (13x) or carried out with force (190): its words, the
    verb its modality is read at, and its parties."""

    first: Token
    last: Token
    anchor: Token  # where depth is read (the retaliation verb, or the verb of saying)
    governor: Token | None  # the verb of vowing, when it makes the pledge
    code: str
    source: Argument | None
    target: Argument | None
    rule: str


def _verb_threat(verb: Token, vocab: Vocabulary, resolver: ActorResolver) -> Retaliation | None:
    spec = vocab.verbs.get(verb.lemma_.lower())
    if spec is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if spec.particle and not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == spec.particle for c in verb.children
    ):
        return None
    pledged = pledge(verb, vocab)
    if pledged is None:
        return None
    governor = pledged if pledged.i != verb.i else None
    if spec.cue and governor is None and not _cued(verb, vocab):
        return None
    subject = _subject(verb)
    if subject is None:
        return None
    source = resolver.argument(subject, "nsubj")
    # "strike back at Pakistan": the parser may hang "at" on the particle
    particles = [c for c in verb.children if spec.particle and c.lower_ == spec.particle]
    anchors = [verb, *particles] + ([governor] if governor is not None else [])
    target = answered(anchors, vocab, resolver)
    back = [c for c in verb.children if c.lower_ == spec.particle] if spec.particle else []
    last = back[0] if back and back[0].i == verb.i + 1 else verb
    military = spec.military or _military(
        [c for c in verb.children if c.dep_ in ("advmod", "prep", "npadvmod")]
        + [o for c in verb.children if c.dep_ == "prep" for o in c.children],
        vocab,
    )
    code = FORCE_THREAT_CODE if military else THREAT_CODE
    word = verb.lemma_.lower() + (f" {spec.particle}" if spec.particle else "")
    how = f"'{pledged.text}'" if governor is not None else "will/would"
    return Retaliation(
        verb,
        last,
        verb,
        governor,
        code,
        source,
        target,
        f"retaliation:{code} {word} pledged ({how})",
    )


def _measure_words(noun: Token) -> tuple[str, ...]:
    before = [c for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound")]
    return (*(c.lemma_.lower() for c in before), noun.lemma_.lower())


def _measure_threat(noun: Token, vocab: Vocabulary, resolver: ActorResolver) -> Retaliation | None:
    """ "will take countermeasures", "vowed retaliatory measures", "promised a tough response":
    a retaliation taken or vowed, the noun the object of its verb."""
    if noun.dep_ != "dobj" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    words = _measure_words(noun)
    is_measure = any(words[-len(m) :] == m for m in vocab.measures)
    if lemma in vocab.measure_verbs and is_measure:
        pledged = pledge(verb, vocab)
        if pledged is None:
            return None
        governor = pledged if pledged.i != verb.i else None
    elif (
        lemma in vocab.vowing
        and lemma not in ("plan", "prepare", "decide", "right")
        and (is_measure or noun.lemma_.lower() in vocab.responses)
    ):
        if _negated(verb) or _asked(verb) or verb.dep_ in ("amod", "acl"):
            return None
        governor, pledged = verb, verb  # the vow is the pledge
    else:
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    subject = _subject(verb)
    if subject is None:
        return None
    source = resolver.argument(subject, "nsubj")
    anchors = [noun, verb] + ([governor] if governor is not None and governor != verb else [])
    target = answered(anchors, vocab, resolver)
    military = _military(list(noun.subtree), vocab)
    code = FORCE_THREAT_CODE if military else THREAT_CODE
    first = verb if verb.i < noun.i else noun
    return Retaliation(
        first,
        noun,
        verb,
        governor if governor is not verb else None,
        code,
        source,
        target,
        f"retaliation:{code} {verb.lemma_.lower()} {' '.join(words)} pledged",
    )


def _readiness_threat(
    noun: Token, vocab: Vocabulary, resolver: ActorResolver
) -> Retaliation | None:
    """ "was prepared for a military response", "is ready for retaliation": readiness to
    answer, said of one's own side, is the pledge."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or noun.lemma_.lower() not in vocab.responses:
        return None
    ready = prep.head
    if ready.lemma_.lower() not in ("ready", "prepared", "prepare"):
        return None
    if ready.dep_ in ("acomp", "amod"):
        verb = ready.head
    elif any(c.dep_ == "auxpass" for c in ready.children):
        verb = ready  # "Israel was prepared for ...", parsed as a passive
    else:
        return None
    if any(_negated(t) or _asked(t) for t in (ready, verb)):
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    source = resolver.argument(subject, "nsubj")
    target = answered([noun, ready, verb], vocab, resolver)
    code = FORCE_THREAT_CODE if _military(list(noun.subtree), vocab) else THREAT_CODE
    return Retaliation(
        ready,
        noun,
        verb,
        None,
        code,
        source,
        target,
        f"retaliation:{code} {ready.lower_} for {noun.lemma_.lower()}",
    )


def _consequence_threat(
    noun: Token, vocab: Vocabulary, resolver: ActorResolver, doc: Document
) -> Retaliation | None:
    """ "there will be consequences for their crimes": the speaker threatens the one the
    consequences are for (or the author of the act they answer). Only the existential "there
    will be": what one "would face" or "could have" is a forecast."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_.lower() != "be" or noun.lemma_.lower() != "consequence":
        return None
    if not any(c.dep_ == "expl" for c in verb.children) or pledge(verb, vocab) is not verb:
        return None
    source = _speaker(verb, doc, resolver, THREAT_CODE)
    if source is None:
        return None
    target = None
    for _, obj in _pobjs(noun, frozenset({"for"})):
        if obj.lemma_.lower() in vocab.acts:
            target = author(obj, resolver)
        else:
            target = _resolved(obj, "pobj(for)", resolver)
        if target is not None:
            break
    there = next(c for c in verb.children if c.dep_ == "expl")
    return Retaliation(
        there,
        noun,
        verb,
        None,
        THREAT_CODE,
        source,
        target,
        f"retaliation:{THREAT_CODE} there will be consequences (speaker's threat)",
    )


def _speaker(tok: Token, doc: Document, resolver: ActorResolver, code: str) -> Argument | None:
    from redline.events import coder

    entry = _entry(tok.lemma_.lower(), code, speaker=True)
    return coder._speaker_argument(coder.Match(entry, 0, tok, tok), doc, resolver)


def _met_threat(
    noun: Token, vocab: Vocabulary, resolver: ActorResolver, doc: Document
) -> Retaliation | None:
    """ "any attack will be met with a crushing response": the speaker threatens the author
    of the act (no one when the text names none)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.lemma_.lower() != "meet":
        return None
    meet = prep.head
    if pledge(meet, vocab) is not meet:
        return None
    acts = [c for c in meet.children if c.dep_ == "nsubjpass"]
    if not acts or acts[0].lemma_.lower() not in vocab.acts:
        return None
    military = _military(list(noun.subtree), vocab)
    code = FORCE_THREAT_CODE if military else THREAT_CODE
    source = _speaker(meet, doc, resolver, code)
    if source is None:
        return None
    target = author(acts[0], resolver)
    return Retaliation(
        meet,
        noun,
        meet,
        None,
        code,
        source,
        target,
        f"retaliation:{code} act met with {noun.lemma_.lower()} (speaker's threat)",
    )


def _price_threat(
    verb: Token, vocab: Vocabulary, resolver: ActorResolver, doc: Document
) -> Retaliation | None:
    """ "Russia will pay a heavy price": the speaker threatens the one who will pay."""
    if verb.lemma_.lower() != "pay" or verb.pos_ != "VERB":
        return None
    prices = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "price"]
    if not prices or not any(
        c.dep_ == "amod" and c.lemma_.lower() in vocab.price_words for c in prices[0].children
    ):
        return None
    if pledge(verb, vocab) is None:
        maker = verb.head  # "we will make them pay a heavy price"
        if verb.dep_ != "ccomp" or maker.lemma_.lower() != "make" or pledge(maker, vocab) is None:
            return None
        subject = _subject(maker)
        source = resolver.argument(subject, "nsubj") if subject is not None else None
        anchor, who = maker, "the one who makes them pay"
    else:
        source = _speaker(verb, doc, resolver, THREAT_CODE)
        anchor, who = verb, "speaker's threat"
    payer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if source is None or payer is None:
        return None
    target = _resolved(payer, "who will pay", resolver)
    return Retaliation(
        verb,
        prices[0],
        anchor,
        None,
        THREAT_CODE,
        source,
        target,
        f"retaliation:{THREAT_CODE} will pay a heavy price ({who})",
    )


def _unanswered_threat(
    word: Token, vocab: Vocabulary, resolver: ActorResolver, doc: Document
) -> Retaliation | None:
    """ "the Houthi attack will not go unanswered": the speaker threatens the act's author."""
    verb = word.head
    if word.dep_ not in ("acomp", "oprd", "advmod", "xcomp") or verb.lemma_.lower() not in (
        "go",
        "remain",
        "stay",
        "be",
    ):
        return None
    if not _negated(verb) or _asked(verb):
        return None
    if not any(
        c.dep_ == "aux" and (c.lemma_.lower() in FUTURE_AUX or c.lower_ in ("'ll", "’ll"))
        for c in verb.children
    ):
        return None
    source = _speaker(verb, doc, resolver, THREAT_CODE)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if source is None or subject is None:
        return None
    if subject.lemma_.lower() in vocab.acts:
        target = author(subject, resolver)
    else:
        target = _resolved(subject, "nsubj", resolver)
    return Retaliation(
        verb,
        word,
        verb,
        None,
        THREAT_CODE,
        source,
        target,
        f"retaliation:{THREAT_CODE} will not go {word.lower_} (speaker's threat)",
    )


def _options_threat(
    noun: Token, vocab: Vocabulary, resolver: ActorResolver, doc: Document
) -> Retaliation | None:
    """ "all options, including military, are on the table (in dealing with North Korea)": the
    speaker threatens whom the options are for (138 when force is among them)."""
    if noun.lemma_.lower() != "option" or noun.dep_ not in ("nsubj", "dobj"):
        return None
    verb = noun.head
    on_table = any(
        prep.lower_ == "on" and any(o.lemma_.lower() == "table" for o in prep.children)
        for holder in (verb, noun)
        for prep in holder.children
        if prep.dep_ == "prep"
    )
    if not on_table or _negated(verb) or _asked(verb):
        return None
    if any(c.lower_ in ("no", "not") for c in noun.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in verb.children):
        return None
    code = FORCE_THREAT_CODE if _military(list(noun.subtree), vocab) else THREAT_CODE
    source = _speaker(verb, doc, resolver, code)
    if source is None:
        return None
    target = None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in OPTION_PREPS:
            continue
        for tok in prep.subtree:
            if (
                tok.dep_ == "pobj"
                and tok.lemma_.lower() != "table"
                and (arg := _resolved(tok, f"options {prep.lower_}", resolver))
            ):
                target = arg
                break
        if target is not None:
            break
    table = next(
        o
        for p in (*verb.children, *noun.children)
        if p.dep_ == "prep" and p.lower_ == "on"
        for o in p.children
        if o.lemma_.lower() == "table"
    )
    return Retaliation(
        noun,
        table,
        verb,
        None,
        code,
        source,
        target,
        f"retaliation:{code} all options on the table (speaker's threat)",
    )


def _carried_out(verb: Token, vocab: Vocabulary, resolver: ActorResolver) -> Retaliation | None:
    """ "Iran retaliated with missile strikes on U.S. bases", "Israel struck back at Hamas": a
    retaliation done with force is an attack (190) on the one answered, no threat."""
    lemma = verb.lemma_.lower()
    spec = vocab.verbs.get(lemma)
    if spec is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return None
    if (
        _negated(verb)
        or _asked(verb)
        or any(
            c.dep_ in ("aux", "auxpass") and c.lemma_.lower() not in ("have", "be")
            for c in verb.children
        )
    ):
        return None  # "will retaliate" (a threat), "could retaliate", "did not retaliate"
    back = spec.particle and any(c.lower_ == spec.particle for c in verb.children)
    means = [
        o
        for word, o in _pobjs(verb, frozenset({"with"}))
        if _military([o], vocab) or o.lemma_.lower() in vocab.force_acts
    ]
    if not means and not (back and spec.military):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    source = resolver.argument(subject, "nsubj")
    target = None
    particles = [c for c in verb.children if c.lower_ == spec.particle]
    for word, obj in [p for t in (verb, *particles) for p in _pobjs(t, AGAINST_PREPS)] + [
        p for m in means for p in _pobjs(m, AGAINST_PREPS)
    ]:
        if target := _resolved(obj, f"pobj({word})", resolver):
            break
        if target := _deep(obj, resolver):
            break
    if not means and target is None:
        return None  # "The Empire Strikes Back": the lexicon's own reading, nothing to add
    particle = [c for c in verb.children if c.lower_ == spec.particle and c.i == verb.i + 1]
    last = particle[0] if particle else verb
    return Retaliation(
        verb,
        last,
        verb,
        None,
        ATTACK_CODE,
        source,
        target,
        f"retaliation:{ATTACK_CODE} {lemma} carried out with force",
    )


def _deep(obj: Token, resolver: ActorResolver) -> Argument | None:
    """The actor a place phrase names ("on U.S. bases": the United States)."""
    arg = resolver.argument(obj, "place's owner", deep=True)
    return arg if arg.actor is not None else None


def _threat_words(sent: Span, vocab: Vocabulary) -> list[Token]:
    """The tokens of ``sent`` whose lemma (lower-cased) is one of the vocabulary's: the only
    ones a threat is read at. From the parse's arrays once per parse (the vocabulary is loaded
    once, so its id names the test)."""
    from redline.events.coding.clauses import _sentence_tokens_where

    lemmas = vocab.lemmas
    # (speed55: a frozenset, so its answers are kept across parses while it is the vocabulary's)
    return _sentence_tokens_where(
        sent,
        f"threat lemmas {id(lemmas)}",
        "LEMMA",
        lambda lemma: lemma.lower() in lemmas,
        fixed=True,
        anchor=lemmas,
    )


def find_threats(
    sent: Span, doc: Document, resolver: ActorResolver, vocab: Vocabulary | None = None
) -> list[Retaliation]:
    """Every threat of retaliation in ``sent`` (see the module's docstring)."""
    vocab = vocab or load_vocabulary()
    lemmas = vocab.lemmas
    out: list[Retaliation] = []
    for tok in _threat_words(sent, vocab):
        lemma = tok.lemma_.lower()
        if lemma not in lemmas:
            continue
        found = None
        if lemma in vocab.verbs:
            found = _verb_threat(tok, vocab, resolver) or _carried_out(tok, vocab, resolver)
        if found is None and lemma == "pay":
            found = _price_threat(tok, vocab, resolver, doc)
        if found is None and lemma == "option":
            found = _options_threat(tok, vocab, resolver, doc)
        if found is None and lemma in vocab.unanswered:
            found = _unanswered_threat(tok, vocab, resolver, doc)
        if found is None and tok.pos_ in ("NOUN", "PROPN"):
            found = (
                _measure_threat(tok, vocab, resolver)
                or _met_threat(tok, vocab, resolver, doc)
                or _readiness_threat(tok, vocab, resolver)
                or _consequence_threat(tok, vocab, resolver, doc)
            )
        if found is None:
            continue
        if (
            found.target is not None
            and found.source is not None
            and (found.target.code == found.source.code)
        ):
            found.target = None  # "Iran will respond if it is attacked": no one else named
        out.append(found)
    return out


def _entry(lemma: str, code: str, *, speaker: bool = False) -> LexiconEntry:
    return LexiconEntry(
        code=code,
        pos="verb",
        lemmas=(lemma,),
        target="prep",
        speaker=speaker,
        pattern="S will retaliate against T / T will pay a heavy price",
        origin="retaliation.yml",
    )


def _event(
    threat: Retaliation,
    sent: Span,
    doc: Document,
    resolver: ActorResolver,
    features_out: dict[int, dict[str, float]] | None,
) -> tuple[int, Event]:
    from redline.events import coder

    anchor = threat.governor if threat.governor is not None else threat.anchor
    depth = -1 if coder._inside_condition(anchor) else coder.statement_depth(anchor)
    entry = _entry(threat.first.lemma_.lower(), threat.code)
    in_quote = any(q.start <= threat.first.idx < q.end for q in doc.quotes)
    features = event_features(
        threat.first,
        entry,
        threat.code,
        threat.source,
        threat.target,
        negated=False,
        conditional=False,
        framing="",
        in_quote=in_quote,
        reported=False,
        depth=max(depth, 0),
    )
    model = load_filter()
    confidence = model.confidence(features) if model is not None else None
    rule = threat.rule
    rule += f"; source:{threat.source.describe()}" if threat.source is not None else ""
    rule += f"; target:{threat.target.describe()}" if threat.target is not None else "; target:none"
    start, end = threat.first.idx, threat.last.idx + len(threat.last.text)
    event = coder.coded_event(
        sent,
        doc,
        load_cameo()[threat.code],
        threat.source,
        threat.target,
        start,
        end,
        negated=False,
        conditional=False,
        reported_by=None,
        rule=rule,
        confidence=confidence,
    )
    event = coder._antecedent_spans(event, threat.source, threat.target, sent, resolver)
    if features_out is not None:
        features_out[id(event)] = features
    return depth, event


def _recoded(event: Event, code_str: str, why: str) -> Event:
    from redline.events import coder

    return replace(
        event, **coder.code_columns(load_cameo()[code_str]), rule=(event.rule or "") + f"; {why}"
    )


def _struck_back(sent: Span, event: Event) -> Token | None:
    """The verb "strike" of "strike back" ``event`` stands on (never a labour strike)."""
    for tok in sent:
        if tok.idx == event.trigger_start and tok.lemma_.lower() == "strike":
            return tok if any(c.lower_ == "back" for c in tok.children) else None
    return None


def _retort(event: Event, verb: Token, resolver: ActorResolver) -> Event:
    """A labour strike read on "struck back (at T)": a retort, criticism (111) of T."""
    event = _recoded(event, CRITICISM_CODE, "'strike back' is a retort, no labour strike")
    backs = [c for c in verb.children if c.lower_ == "back"]
    for word, obj in [p for t in (verb, *backs) for p in _pobjs(t, AGAINST_PREPS)]:
        if (arg := _resolved(obj, f"pobj({word})", resolver)) is not None:
            return replace(
                event, target_text=arg.text, target_start=arg.start, target_end=arg.end,
                target_actor=arg.code, rule=(event.rule or "") + f"; target:{arg.describe()}",
            )  # fmt: skip
    return event


def _vows(threat: Retaliation, vocab: Vocabulary) -> list[Token]:
    """The verbs of vowing the threat is told under: the one that makes the pledge ("vowed to
    retaliate"), and one whose clause it is ("warned that Russia would respond")."""
    out = [threat.governor] if threat.governor is not None else []
    clause = threat.anchor
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in vocab.vowing:
        out.append(clause.head)
    return out


def retaliation_events(
    sent: Span,
    doc: Document,
    resolver: ActorResolver,
    coded: list[tuple[int, Event]],
    features_out: dict[int, dict[str, float]] | None = None,
) -> list[tuple[int, Event]]:
    """``coded`` (the sentence's events with their depths) with its threats of retaliation
    added; an event the lexicon read at the same words, or at the verb of vowing, gives way
    unless it is already a threat with a target."""
    retorts = []
    for depth, e in coded:
        if e.code.startswith(LABOUR_STRIKE_ROOT) and (verb := _struck_back(sent, e)) is not None:
            new = _retort(e, verb, resolver)
            if features_out is not None and id(e) in features_out:
                features_out[id(new)] = features_out.pop(id(e))
            e = new
        retorts.append((depth, e))
    coded = retorts
    vocab = load_vocabulary()
    if not _threat_words(sent, vocab):
        return coded
    for threat in find_threats(sent, doc, resolver, vocab):
        words = {t.idx for t in (threat.first, threat.last, threat.anchor)}
        governor = {t.idx for t in _vows(threat, vocab)}
        rivals = [
            (d, e)
            for d, e in coded
            if e.trigger_start in words
            or (e.trigger_start in governor and e.root_code in YIELDING_ROOTS)
        ]
        if threat.code == ATTACK_CODE and any(e.code == CRITICISM_CODE for _, e in rivals):
            continue  # "the union struck back at the ministry": words, no force
        if any(e.root_code == "13" and e.target_actor for _, e in rivals):
            continue  # the lexicon's threat names its target already ("threatened to ...")
        if threat.target is None and any(e.root_code == "13" for _, e in rivals):
            continue
        gone = {id(e) for _, e in rivals}
        for key in gone if features_out is not None else ():
            features_out.pop(key, None)
        coded = [(d, e) for d, e in coded if id(e) not in gone]
        coded.append(_event(threat, sent, doc, resolver, features_out))
    return coded
