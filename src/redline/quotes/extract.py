"""The quotes stage: every quotation, direct, mixed or reported, with the person who said it.

1. Reporting verbs (``data/quotes/reporting_verbs.txt``), "according to" and noun cues with a
   "that" clause ("his claim that …", ``data/quotes/noun_cues.txt``) are found in the parse; each
   gives a speaker (its subject, or the possessor of the noun) and, when it has one, a content
   clause. A clause interrupted by its cue ("A, he said, B") is kept as pieces; a trailing
   ", adding …" participle or a second reporting verb ("… and warned …") ends the clause.
   Verbs in ``data/quotes/quote_verbs.txt`` ("chanted", "reads") attribute quoted words only;
   pairs in ``data/quotes/topic_verbs.txt`` ("spoke about", "referring to") report their object.
2. Stretches inside quotation marks are found by :mod:`redline.quotes.marks`.
3. A quoted stretch that fills a verb's content clause is ``direct``; quoted words inside a longer
   content clause make the whole clause ``mixed``; a content clause without marks is ``indirect``.
   A ``mixed`` quote runs on over the writer's plain words to more quoted words in its sentence
   that no other quote holds ("as “kind” with a “great heart”").
4. A quoted stretch no verb governs is tied to a reporting verb just after it ("…,” he said; also
   past a long apposition, or a verb no list has when its subject follows: "…,” Toomey fumed") or
   just before it ("He said: “…”", also across a paragraph break after the colon), or continues
   the quote before it ("…,” he said. “…”") or the clause a cue reported just before it ("he
   promised that he would stay. “Let me be clear: …”"). Quoted words inside what the verb
   frames ("described Clinton as “a disgrace”") make that complement ``mixed``. Transcripts
   ("PENCE: …", also when every paragraph opens with a mark), "― Name" bylines and "Name: “…”"
   are read from the layout.
5. Speakers are resolved to the fullest name the article gives (:mod:`redline.quotes.speakers`).

A quote interrupted by its attribution ("“A,” she said. “B.”") gives one :class:`Quote` per
quoted piece, each carrying the same speaker and cue offsets, so each ``text`` is only quoted words
and the pieces can be grouped back by their cue. Every quote's ``rule`` names the pattern that
found it and how its speaker was named ("mixed:frame(describe)+speaker:name").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from redline import datafiles
from redline.actors import load_actors
from redline.actors.tag import organisation_headed
from redline.model import Document, Quote
from redline.nlp.arrays import one_of
from redline.nlp.parse import parse_cache, parse_text
from redline.quotes.marks import MarkedSpan, find_marked_spans
from redline.quotes.speakers import (
    SUBJECT_DEPS,
    NameBook,
    PersonMention,
    gazetteer_town,
    mention_span,
    name_of_mention,
    pronoun_genders,
    read_word_list,
    signer_before,
    speaker_head,
    stray_subject_before,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CONTENT_DEPS = ("ccomp",)
TRIM = " \t\n,;:—–-"
MIN_DIRECT_WORDS = 3


@datafiles.cached
def reporting_verbs() -> frozenset[str]:
    """Lemmas of the verbs that report speech; extend ``data/quotes/reporting_verbs.txt``."""
    return frozenset(row[0].lower() for row in read_word_list("reporting_verbs.txt"))


@datafiles.cached
def quote_verbs() -> frozenset[str]:
    """Verbs that attribute quoted words only ("the crowd chanted"); see the data file."""
    return frozenset(row[0].lower() for row in read_word_list("quote_verbs.txt"))


@datafiles.cached
def noun_cues() -> frozenset[str]:
    """Nouns that report speech with a "that" clause ("his claim that …"); see the data file."""
    return frozenset(row[0].lower() for row in read_word_list("noun_cues.txt"))


@datafiles.cached
def topic_verbs() -> frozenset[tuple[str, str]]:
    """(verb, preposition) pairs whose object is what was said ("spoke about"); see the file."""
    return frozenset((row[0].lower(), row[1].lower()) for row in read_word_list("topic_verbs.txt"))


@datafiles.cached
def not_speakers() -> frozenset[str]:
    """Labels before a colon that are not speakers ("UPDATE:", "BYLINE:"); see the data file."""
    return frozenset(row[0].lower() for row in read_word_list("not_speakers.txt"))


@datafiles.cached
def object_content_verbs() -> frozenset[str]:
    """Verbs whose object is what was said ("denied the report"); see the data file."""
    return frozenset(row[0].lower() for row in read_word_list("object_content_verbs.txt"))


@dataclass
class Attribution:
    """A reporting verb found in the parse with its speaker and (maybe) its content clause."""

    cue: Token
    cue_start: int
    cue_end: int
    cue_text: str
    speaker: Token | None
    content: tuple[int, int] | None
    how: str
    marks: list[MarkedSpan] = field(default_factory=list)
    # the content's pieces when the speaker and cue interrupt it ("A, he said, B")
    pieces: list[tuple[int, int]] = field(default_factory=list)
    quote_only: bool = False  # a verb like "chanted": only quoted words are attributed to it


@dataclass
class Draft:
    """A quote found but not yet given its speaker's name."""

    start: int
    end: int
    kind: str
    attribution: Attribution | None
    rule: str
    head: Token | None = None
    cue: tuple[str, int, int] | None = None
    speaker_chars: tuple[int, int] | None = None  # the mention, when the rule knows it exactly


def _as_put_it(token: Token) -> bool:
    """ "As Ms. Simonyan put it in a statement, RT is ''…''", "…, as a memo put it": the idiom
    reports the clause it hangs on, as "according to" does."""
    return (
        token.lemma_.lower() == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
        and token.head.i != token.i
    )


# what "according to" may follow that says nothing: a way kept, not a source ("operate
# according to a strict code of honour", "according to tradition", "according to a pattern")
# issue #10 quotes58: and a law, rule or statute ("dealt with according to Russia's competition
# law", "according to the rules, each club may ..."): a rule applied, no one who said it (the
# sentence's own cue, "was quoted as saying", names who did)
NO_SOURCE_ACCORDING = frozenset(
    {"code", "tradition", "custom", "principle", "script", "recipe", "formula", "pattern",
     "law", "rule", "regulation", "statute", "legislation", "bylaw", "constitution"}
)  # fmt: skip


def _refused_comment(token: Token) -> bool:
    """ "declined to comment on", "refused to comment on", "did not comment on": no words."""
    if token.lemma_.lower() != "comment":
        return False
    if any(c.dep_ == "neg" for c in token.children):
        return True
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_.lower() in ("decline", "refuse")


def _is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        to = next((c for c in token.children if c.lower_ == "to"), None)
        if to is None:
            return False
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        return source is None or source.lemma_.lower() not in NO_SOURCE_ACCORDING
    if _as_put_it(token):
        return True
    if token.dep_ == "amod":  # "271 pledged delegates", "a declared candidate"
        return False
    if token.lemma_.lower() == "call" and _names_something(token):
        return False
    if token.lemma_.lower() == "find" and _finds_no_report(token):
        return False
    if token.lemma_.lower() == "pledge" and _pledged_delegates(token):
        return False
    if token.head.lower_ == "let" and any(c.lower_ in ("'s", "’s") for c in token.children):
        return False  # "let's say …" supposes, it reports nothing
    if _identity_phrase(token):
        return False
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in reporting_verbs()


_REFLEXIVES = frozenset(
    ("myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves")
)
_ANYONE = frozenset(("anyone", "someone", "anybody", "somebody", "nobody", "everyone"))
_WH = frozenset(("who", "what", "where", "when", "why", "how", "whether", "if", "which"))


def _finds_no_report(token: Token) -> bool:
    """issue #10 round 16: "find" that finds nothing out loud: "find out who fired him", "found
    himself embroiled in a row", "could not find anyone to run", "find his way around", "Finding
    what is under the surface" (a search, not a finding). "The poll found that …", "I find his
    message chilling" stay (PolNeAR marks them)."""
    for c in token.children:
        if c.dep_ == "dobj" and c.lower_ == "way":
            return True
        if c.dep_ in ("ccomp", "xcomp", "oprd"):
            first = c.doc[c.left_edge.i]
            if first.lower_ in _REFLEXIVES or first.lower_ in _WH:
                return True
            if first.lower_ in _ANYONE and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children
            ):
                return True
        if c.dep_ == "dobj" and c.lower_ in _REFLEXIVES:
            return True
    return False


IDENTITY_WH = frozenset({"who", "what"})


def _identity_phrase(token: Token) -> bool:
    """issue #10 quotes58: "whether a caller is who they say they are", "is not what he claims
    to be": a "who" / "what" right before the verb's subject stands for the complement of the
    bare "be" the verb governs, so the words name someone's identity; nothing is reported."""
    doc = token.doc
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None or subject.left_edge.i == 0:
        return False
    wh = doc[subject.left_edge.i - 1]
    if wh.lower_ not in IDENTITY_WH or not (wh.head.i == token.i or wh.head.head.i == token.i):
        return False
    be = [c for c in token.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_ == "be"]
    return len(be) == 1 and not any(
        c.dep_ in ("attr", "acomp", "dobj", "ccomp", "xcomp") and c.i != wh.i
        for c in be[0].children
    )


def _pledged_delegates(token: Token) -> bool:
    """issue #10 round 16: "pledged delegates" (the parser makes "pledged" a verb with the
    delegates its object: "include pledged delegates and superdelegates", "both pledged
    delegates and the popular vote") is a kind of delegate, not a pledge."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return nxt is not None and nxt.lemma_.lower() in ("delegate", "delegates")


def _names_something(token: Token) -> bool:
    """ "a program called Sandy Hook Promise", "leaders, called superdelegates": a name given,
    not something said."""
    if token.tag_ != "VBN" or _calls_someone_something(token):
        return False
    has_agent = any(c.dep_ == "agent" for c in token.children)
    return token.dep_ in ("acl", "advcl", "relcl") and not has_agent


def _calls_someone_something(token: Token) -> bool:
    """issue #10 round 10: "one lawmaker called Trump “the orange prince …”" parsed with
    "called" as a participle of "lawmaker": a name given takes one complement ("a program
    called Sandy Hook Promise"); two after the verb (who, and what they were called) are an
    active verb whose subject the parser took for the noun it hangs on."""
    after = [c for c in token.children if c.i > token.i and c.dep_ in ("dobj", "oprd", "ccomp")]
    if token.dep_ != "acl" or token.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return len(after) >= 2 or (len(after) == 1 and _quoted_after_object(after[0]))


def _relative_clause_antecedent(cue: Token) -> Token | None:
    """issue #10 speakers21: "Stuart Stevens, who served as … during the 2012 campaign, called
    Trump's statements “childish.”": after a comma, the noun "called" hangs on closes a relative
    clause; the person that clause describes is the one who called."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != ",":
        return None
    node = cue.head
    for _ in range(8):
        if node.dep_ == "relcl":
            owner = node.head
            if owner.i < node.i and owner.pos_ == "PROPN" and owner.ent_type_ == "PERSON":
                return owner
            return None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _quoted_after_object(obj: Token) -> bool:
    """issue #10 round 14: "Reyes, a council ally, called the port's plan “reckless.”" parsed
    with one complement and the quoted words hung elsewhere: a quotation opening right after an
    unquoted object (past at most an article) is the second complement. Not "a group called
    the “Harbor Friends”", where the quotation is the name itself."""
    doc = obj.doc
    first = obj.left_edge.i
    if doc[first].is_quote or (first > 0 and doc[first - 1].is_quote):
        return False
    if doc[first].lower_ in ("a", "an", "the") and first + 1 < len(doc) and doc[first + 1].is_quote:
        return False
    i = obj.i + 1
    while i < len(doc) and i <= obj.right_edge.i and not doc[i].is_quote:
        i += 1
    if i <= obj.right_edge.i:
        return True
    if i < len(doc) and doc[i].lower_ in ("a", "an", "the"):
        i += 1
    return i < len(doc) and doc[i].is_quote


def _is_quote_cue(token: Token) -> bool:
    return token.pos_ == "VERB" and token.dep_ != "amod" and token.lemma_.lower() in quote_verbs()


def _topic_content(token: Token, text: str):
    """ "spoke about the border": the preposition and the span of what was talked about."""
    if token.pos_ != "VERB" or token.dep_ == "amod":
        return None
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "prep" and child.i > token.i and (lemma, child.lower_) in topic_verbs():
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if not objects:
                return None
            lo = min(o.left_edge.idx for o in objects)
            hi = max(_end(o.right_edge) for o in objects)
            para_hi = _newlines(text).after(token.idx)
            hi = hi if para_hi < 0 else min(hi, para_hi)
            lo, hi = _trim(text, lo, hi)
            return (child, (lo, hi)) if hi - lo >= 3 else None
    return None


def _noun_content(token: Token) -> Token | None:
    """The "that" clause of a noun cue ("his claim that the vote was rigged")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in noun_cues():
        return None
    for child in token.children:
        if child.i > token.i and child.dep_ in ("acl", "ccomp", "relcl"):
            first = child.left_edge
            if first.lower_ == "that" and first.dep_ == "mark" and first.i == token.i + 1:
                return child
    return None


def _noun_speaker(token: Token) -> Token | None:
    """ "his claim", "the ministry's warning": the possessor made the statement; "Rep. Zoe
    Lofgren said in a statement that …": the subject of the verb the noun's phrase hangs on."""
    for child in token.children:
        if child.dep_ == "poss":
            return child
    prep = token.head
    if token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "VERB":
        verb = prep.head
        if verb.lemma_.lower() in reporting_verbs() or verb.lemma_.lower() in ("issue", "release"):
            return speaker_head(verb)
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and (text[end - 1] in TRIM or text[end - 1] == "."):
        end -= 1
    return start, end


def _proper_name_phrase(head: Token) -> bool:
    """Every content word of ``head``'s phrase is capitalised ("Drink Or Die", "the Army of
    God"), as a name is; not "a democratic socialist"."""
    words = [
        t
        for t in head.subtree
        if t.is_alpha and t.dep_ not in ("det", "prep", "cc", "case") and t.pos_ != "ADP"
    ]
    return bool(words) and all(t.text[0].isupper() for t in words)


# issue #9 read57: "an index which predicts GDP movements": what a measure is for, not a
# forecast anyone made ("met to discuss X" as an agenda was tried and dropped: PolNeAR's
# annotators mark it an attribution, -1 right / -1 wrong on its dev quotes)
MEASURE_NOUNS = frozenset({"index", "indicator", "gauge", "barometer", "measure", "model"})


def _measure_relative(cue: Token) -> bool:
    """ "the output index, which predicts GDP movements a quarter in advance": a relative
    clause telling what a measure does is no one's statement."""
    if cue.dep_ != "relcl":
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("which", "that"):
        return False
    return cue.head.lemma_.lower() in MEASURE_NOUNS


def _object_content(cue: Token) -> tuple[int, int] | None:
    """Token range of what a verb like "noted", "pledged to", "called for" reports."""
    if _measure_relative(cue):
        return None
    parts = []
    for child in cue.children:
        if child.i < cue.i:
            continue
        if child.dep_ in ("dobj", "xcomp", "oprd") and not (
            child.dep_ == "dobj"
            and cue.lemma_.lower() in ("tell", "ask", "warn", "urge")
            and not any(c.dep_ in ("xcomp", "ccomp") for c in cue.children)
        ):
            parts.append(child)
        elif (
            child.dep_ == "prep" and cue.lemma_.lower() == "call" and child.lower_ in ("for", "on")
        ):
            parts.extend(c for c in child.children if c.dep_ == "pobj")
            parts.extend(c for c in cue.children if c.dep_ == "xcomp")
    if not parts:
        return None
    if cue.lemma_.lower() in ADDRESSEE_VERBS and any(p.dep_ in ("xcomp", "ccomp") for p in parts):
        parts = [p for p in parts if p.dep_ != "dobj"]  # "told supporters [to …]"
    if any(_describes_a_speaker(p) for p in parts if p.dep_ == "dobj"):
        return None
    # "accused Kyiv of shelling", "blamed the heat for outages", "endorsed her for president"
    last = max(p.right_edge.i for p in parts)
    for c in cue.children:
        if c.dep_ == "prep" and c.i == last + 1 and c.lower_ in ("of", "for", "as"):
            parts.append(c)
            last = c.right_edge.i
    if cue.lemma_.lower() in JUDGING_VERBS and all(
        p.dep_ == "dobj" and _plain_noun_phrase(p) for p in parts
    ):
        return None  # issue #10 names21: "criticised the plans" says no words of its own
    # "called them liars", "called for a ceasefire": not "called the office"
    called_for = any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in cue.children)
    naming = any(p.dep_ in ("oprd", "xcomp") for p in parts)
    if cue.lemma_.lower() == "call" and not (naming or called_for):
        return None
    if cue.lemma_.lower() == "call" and not called_for and _names_a_thing(cue):
        return None
    if (
        cue.lemma_.lower() == "call"
        and not called_for
        and any(p.dep_ == "dobj" and p.lower_ in _REFLEXIVES for p in parts)
        and any(p.dep_ == "oprd" and _proper_name_phrase(p) for p in parts)
    ):
        # issue #9 read55: "They called themselves Drink Or Die": a name taken, no words said
        # ("calls himself a democratic socialist" describes himself: still reported)
        return None

    lo = min(p.left_edge.i for p in parts)
    hi = max(p.right_edge.i for p in parts)
    # "accused X of lying and urged voters to …": the second verb reports something else
    cut = [t.left_edge.i for p in parts for t in p.subtree if _is_coordinated_cue(t)]
    hi = min([hi] + [i - 1 for i in cut if i > lo])
    return lo, _before_writer_tail(cue.doc, lo, hi)


# verbs that judge their object: with a plain noun phrase and no reason ("criticised the
# plans", "condemned the cuts") they report no words; "criticised X for …" still does
JUDGING_VERBS = frozenset({"criticize", "criticise", "condemn", "praise", "blame"})


def _plain_noun_phrase(token: Token) -> bool:
    """A noun phrase with no clause and no quoted words in it ("the plans", "his record")."""
    if token.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in token.subtree)


def _names_a_thing(cue: Token) -> bool:
    """issue #10 round 15: "call" giving a name, not saying something: a noun's participle ("a
    super PAC called Future 45", "a movement called the …") or the passive ("Earlier versions
    were called Phoenix and Firebird"). A name taken for oneself stays ("Sanders calls himself
    a democratic socialist": PolNeAR marks 5 of 8 such on train)."""
    if (
        cue.dep_ == "acl"
        and cue.tag_ in ("VBN", "VBD")  # the parser tags some of them past tense
        and cue.head.pos_ in ("NOUN", "PROPN")
        and cue.i == cue.head.i + 1  # "Beruff, a Scott ally, called X “strong”" still speaks
        and not any(c.dep_ in SUBJECT_DEPS for c in cue.children)
        # one name: "the letter called Oz a quack, fake …" (two complements) is a misparse
        and sum(c.dep_ in ("dobj", "oprd", "xcomp", "attr") for c in cue.children) == 1
    ):
        return True
    return any(c.dep_ == "auxpass" for c in cue.children)


def _before_writer_tail(doc: Doc, lo: int, hi: int) -> int:
    """issue #10 round 10: the last token of a complement before the writer's own words that
    close it: a participle clause set off by a comma or dash ("called Cruz the “ultimate
    hypocrite,” linking to a story about …", "what Sroka called a “let a thousand flowers bloom”
    approach - working with …"), or a noun labelling what was said (", an extraordinary
    indictment that …"), as :func:`_clause_words` leaves them out of a reported clause."""
    for token in doc[lo + 1 : hi + 1]:
        if (
            token.tag_ == "VBG"
            and token.dep_ in ("advcl", "acl", "conj", "xcomp", "relcl")
            and token.left_edge.i == token.i
            and _after_comma(doc, token.i)
        ) or _comment_on_statement(token):
            return max(lo, token.left_edge.i - 1)
    return hi


def _before_quoted_writer_tail(doc: Doc, lo: int, hi: int) -> int:
    """The last token before a participle clause that follows a quotation closed on a comma
    ("… was “incognito,” sparking a firestorm …"), else ``hi``."""
    for token in doc[lo + 2 : hi + 1]:
        if (
            token.tag_ == "VBG"
            and doc[token.i - 1].is_quote
            and doc[token.i - 2].text == ","
            and token.left_edge.i == token.i
        ):
            return token.i - 1
    return hi


def _that_clause_after_adjunct(cue: Token) -> tuple[int, int] | None:
    """issue #10 round 14: "predicted at the most recent debate that Republicans will take
    “every state”" parsed with the clause a relative clause of "debate": "that" opening a
    clause with a subject of its own and an object of its own is no relative pronoun but the
    cue's complementizer. The clause's first and last token, or None."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i < cue.i:
            continue
        for pobj in prep.children:
            for clause in pobj.children:
                first = clause.left_edge
                if clause.dep_ != "relcl" or first.lower_ != "that" or first.i < pobj.i:
                    continue
                subject = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                objects = [c for c in clause.children if c.dep_ == "dobj"]
                if any(c.i != first.i for c in subject) and any(c.i != first.i for c in objects):
                    return first.i, clause.right_edge.i
    return None


def _trailing_cue_content(cue: Token) -> tuple[int, int] | None:
    """ "BMW will build the car, the firm's chief has told BBC News." parsed with "told" as a
    relative clause of "car": a cue with its own subject, set off by a comma and closing the
    sentence, reports everything before the comma."""
    if cue.dep_ != "relcl" or cue.head.i > cue.i:
        return None
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > cue.i or subject.tag_ in ("WP", "WDT", "WP$"):
        return None
    doc, sent = cue.doc, cue.sent
    first = cue.left_edge.i
    last = sent.end - 1
    while last > cue.i and doc[last].is_punct:
        last -= 1
    if first - 1 <= sent.start or doc[first - 1].text != "," or cue.right_edge.i < last:
        return None
    if any(t.tag_ in ("WP", "WDT", "WP$", "WRB") for t in doc[first : cue.i]):
        return None  # "…, whom one insider described as …": a true relative clause
    hi = first - 2
    if hi - sent.start < 3 or not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : hi]):
        return None
    return sent.start, hi


def _describes_a_speaker(obj: Token) -> bool:
    """ "criticised a union leader who said …": the object is someone described by what they
    said (their own cue reports it), not what the subject said."""
    return obj.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "relcl" and _is_cue(c) for c in obj.children
    )


def _is_coordinated_cue(token: Token) -> bool:
    """A reporting verb joined to a reported clause ("… was opposed and warned …")."""
    return token.dep_ == "conj" and token.pos_ == "VERB" and _is_cue(token)


def _source_participle(cue: Token) -> bool:
    """issue #10 round 16: "According to figures also released on Tuesday, the number … rose":
    the parser hung "according" on the participle that describes its own object; the
    participle's words are the source's, not what was reported."""
    head = cue.head
    return (
        head.i > cue.right_edge.i
        and head.tag_ == "VBN"
        and head.dep_ in ("advcl", "acl", "amod", "ccomp")
        and head.left_edge.i == cue.left_edge.i
        and not any(c.dep_ in SUBJECT_LIKE for c in head.children)
        and head.head.i > head.right_edge.i
    )


def _content_of(cue: Token, text: str):
    """The character span of what a reporting verb reports, and which structure gave it."""
    doc = cue.doc
    if cue.lower_ == "according" or _as_put_it(cue):
        how = "according-to" if cue.lower_ == "according" else "as-put-it"
        participle = how == "according-to" and _source_participle(cue)
        clause = cue.head.head if participle else cue.head
        # "as a memo put it" reports the clause it hangs on, no more ("because while …, [the
        # requirement is …], as a memo put it"); "according to" may hang on a preposition
        while how == "according-to" and clause.dep_ not in ("ROOT", "ccomp"):
            if clause.head.i == clause.i:
                break
            clause = clause.head
        lo, hi = clause.left_edge.i, clause.right_edge.i
        own_lo, own_hi = cue.left_edge.i, cue.right_edge.i
        if participle:
            own_hi = cue.head.right_edge.i
        after = own_hi + 1
        while after < len(doc) and doc[after].text == ",":
            after += 1
        if how == "as-put-it" and after < len(doc) and doc[after].is_quote:
            # "being seen, as The New Yorker put it, “the operator.”": the quotation was put
            close = next((t.i for t in doc[after + 1 : after + 80] if t.is_quote), None)
            if close is not None:
                return _trim(text, doc[after].idx, doc[close].idx + len(doc[close])), how
        while hi > own_hi and (doc[hi].is_punct or doc[hi].is_space):
            hi -= 1  # the paragraph break after a sentence is a token of its own
        if own_lo <= lo:
            lo = own_hi + 1
        elif own_hi >= hi:
            hi = own_lo - 1
        if lo > hi:
            return None, how
        if own_hi < lo:
            # issue #10 round 14: "According to X, she was “incognito,” sparking a firestorm of
            # speculation": a participle after the closing mark is the writer's
            hi = _before_quoted_writer_tail(doc, lo, hi)
        return _trim(text, doc[lo].idx, doc[hi].idx + len(doc[hi])), how
    # "While he agreed X, Ham noted Y": a clause after the cue before one ahead of it
    clauses = sorted(
        (
            c
            for c in cue.children
            if c.dep_ in CONTENT_DEPS and "\n" not in doc[min(c.i, cue.i) : max(c.i, cue.i)].text
        ),
        key=lambda c: (c.i < cue.i, c.i),
    )
    if (
        len(clauses) > 1
        and clauses[0].i > cue.i > clauses[-1].i
        and _opens_quoted(clauses[-1])
        and not _opens_quoted(clauses[0])
    ):
        # "“He didn't report the loans,” he said as some booed": the quotation before the cue is
        # what was said; an unquoted clause after it is the writer's (or a misparse)
        clauses = clauses[-1:]
    for child in clauses[:1]:
        if child.dep_ in CONTENT_DEPS:
            lo, hi = child.left_edge.i, child.right_edge.i
            words = _clause_words(child)
            cut = _before_trailing_credit(cue, lo, hi)
            if cut < hi:
                hi, words = cut, {i for i in words if i <= cut}
            lead = _after_dash_lead(cue, lo, hi)
            if lead > lo:
                lo, words = lead, {i for i in words if i >= lead}
            what = _what_frame(cue, child, hi, words)
            if what is not None:
                # "what he says are “crippling skills shortages”": one quote from "what"
                return _trim(
                    text, doc[what].idx, doc[hi].idx + len(doc[hi])
                ), f"ccomp({cue.lemma_})"
            if lo < cue.i < hi or len(words) < hi - lo + 1:
                # "The rules, the ministry said, would apply": the clause around the cue
                return _pieces(doc, text, words), f"ccomp({cue.lemma_})"
            stray = _next_speakers_subject(cue, lo, hi)
            if stray is not None:
                # issue #9 read55: "claimed X was a leader but his lawyer, Y, told ...": the
                # next speaker, parsed into this clause, is not what was claimed
                hi = stray
            for conj in cue.children:
                # "told reporters that A and that B": the parser hangs B on the cue
                if conj.dep_ == "conj" and conj.i > hi and _second_that_clause(conj):
                    hi = max(hi, conj.right_edge.i)
                    while hi > lo and doc[hi].is_punct and doc[hi].text not in "”\"’'":
                        hi -= 1
            if cue.i < lo and not _opens_quoted(child):
                hi = _run_on_after_quote(cue, hi)
            return _trim(text, doc[lo].idx, doc[hi].idx + len(doc[hi])), f"ccomp({cue.lemma_})"
    misparsed = _that_clause_after_adjunct(cue)
    if misparsed is not None:
        lo, hi = misparsed
        hi = _run_on_after_quote(cue, hi)
        return _trim(text, doc[lo].idx, doc[hi].idx + len(doc[hi])), f"ccomp({cue.lemma_})"
    trailing = _trailing_cue_content(cue)
    if trailing is not None:
        lo, hi = trailing
        return _trim(text, doc[lo].idx, doc[hi].idx + len(doc[hi])), f"trailing({cue.lemma_})"
    if cue.lemma_.lower() in object_content_verbs():
        span = _object_content(cue)
        if span is not None:
            lo, hi = span
            return _trim(text, doc[lo].idx, doc[hi].idx + len(doc[hi])), f"object({cue.lemma_})"
    if cue.dep_ == "parataxis":
        # "Prices will rise, he said." and "Prices, he said, will rise.": the verb hangs off the
        # reported clause, which is everything the clause holds but the cue's own words
        head = cue.head
        own = {t.i for t in cue.subtree}
        # "“The risk,” said Ann Lee, an economist, “is that …”": the parser makes the speaker
        # the subject of the quotation's verb; her name and apposition are not what she said
        own.update(
            t.i
            for c in head.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.i > cue.i and c.left_edge.i == cue.i + 1
            for t in c.subtree
        )
        words = {i for i in _clause_words(head) if i not in own}
        pieces = _pieces(doc, text, words)
        if pieces:
            return pieces, f"parataxis({cue.lemma_})"
    return None, ""


SUBJECT_LIKE = ("nsubj", "nsubjpass", "expl", "csubj")


def _next_speakers_subject(cue: Token, lo: int, hi: int) -> int | None:
    """The last word of a cue's clause before the subject of a verb joined to the cue that the
    parser hung inside the clause ("... leaders but his lawyer, Y, told"), or None."""
    for conj in cue.children:
        if conj.dep_ != "conj" or conj.i <= hi or conj.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in SUBJECT_LIKE for c in conj.children):
            continue
        stray = stray_subject_before(conj)
        if stray is None or not lo < stray.left_edge.i - 1 <= hi:
            continue
        end = stray.left_edge.i - 2  # before "and" / "but"
        while end > lo and cue.doc[end].is_punct:
            end -= 1
        return end if end > lo else None
    return None


def _run_on_after_quote(cue: Token, hi: int) -> int:
    """issue #10 round 8: "told a town hall that waterboarding is “peanuts,” compared to what
    Islamic State militants are doing": a reported clause whose quotation closes on a comma runs
    on to the end of the sentence, though the parser hangs the rest on the cue. Not over another
    quotation or cue, a clause with a subject of its own ("…,” Clinton declared", "…,” Trump is
    the candidate …"), or a contrast the writer adds ("…,” though voters say …"); and only for a
    clause of the writer's words around the quotation (a quotation the clause opens is direct:
    "says, “Don't do it,” until gunshots are heard")."""
    doc = cue.doc
    if hi >= 1 and doc[hi].is_quote and doc[hi - 1].text == ",":
        close = hi
    elif hi + 2 < len(doc) and doc[hi + 1].text == "," and doc[hi + 2].is_quote:
        close = hi + 2  # the comma and the closing mark hung on the cue
    else:
        return hi
    end = cue.sent.end - 1
    while end > close and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    tail = doc[close + 1 : end + 1]
    if not len(tail) or any("\n" in t.whitespace_ or "\n" in t.text for t in doc[hi : end + 1]):
        return hi
    if tail[0].lower_ in CONTRAST_MARKS or any(t.is_quote for t in tail):
        return hi
    for t in tail:
        if t.pos_ == "VERB" and _is_cue(t):
            return hi
        if t.dep_ in SUBJECT_LIKE and t.head.dep_ in ("ROOT", "conj", "parataxis"):
            return hi  # a main clause of the writer's, not a subordinate one of the statement
        if t.i != t.head.i and not close < t.head.i <= end and t.head.i != cue.i:
            return hi  # hangs on something outside the reported clause and the cue
    return end


def _before_trailing_credit(cue: Token, lo: int, hi: int) -> int:
    """issue #10 round 14: the last token of a reported clause before a credit the parser hung
    inside it: a quotation that opens the clause and closes on a comma, followed only by its
    speaker and the speaker's title ("“Yes, we back him,” Ann Lee, head of the council,
    tells …") or by another reporting verb ("“…,” the Times reported", "“No,” replied Ann Lee,
    …, said simply"); or ", according to …" closing the clause ("he was “glad” to see it,
    according to the Times")."""
    doc = cue.doc
    last = doc[hi]
    according = next(
        (
            t
            for t in doc[lo + 1 : hi + 1]
            if t.lower_ == "according"
            and t.i > cue.i
            and doc[t.i - 1].text == ","
            and t.right_edge.i >= hi
            and not any(u.is_quote for u in doc[t.i : hi + 1])
        ),
        None,
    )
    if according is not None:
        return max(lo, according.i - 2)
    opener = lo if doc[lo].is_quote else lo - 1  # the mark may hang on the cue
    if lo < cue.i < hi or opener < 0 or not doc[opener].is_quote:
        return hi
    close = next((t.i for t in doc[opener + 1 : hi + 1] if t.is_quote), None)
    if close is None or close >= hi or doc[close - 1].text != ",":
        return hi
    tail = doc[close + 1 : last.i + 1]
    if any(t.is_quote for t in tail):
        return hi
    verbs = [t for t in tail if t.pos_ in ("VERB", "AUX")]
    if not verbs or any(
        t.lemma_.lower() in reporting_verbs() and t.dep_ not in ("xcomp", "pcomp", "amod", "acl")
        for t in verbs
    ):
        return close  # not "…,” repeatedly, before he stopped responding": what he did next
    if len(tail) > 1 and tail[0].lower_ in COORDINATORS and tail[1].dep_ == "conj":
        return close  # "“…,” and shared a link to …": the writer's next clause
    return hi


DASHES = ("-", "—", "–", "--", "―")


def _after_dash_lead(cue: Token, lo: int, hi: int) -> int:
    """issue #10 round 14: "Neither man was impressed by her - “Born with a silver spoon,”
    Mr. Elkins said": a quotation after a dash, closing the clause right before its cue, is
    what the cue reports; the writer's words before the dash are not."""
    doc = cue.doc
    if cue.i <= hi:
        return lo
    for dash in doc[lo : hi + 1]:
        if dash.text not in DASHES or dash.i + 1 > hi or not doc[dash.i + 1].is_quote:
            continue
        if any(t.is_quote for t in doc[dash.i + 2 : hi + 1]):
            return lo  # the quotation closes before the clause does
        if any(t.is_quote for t in doc[max(0, lo - 1) : dash.i]):
            return lo  # "“I don't think the wisdom” -- that he is … -- “is going to last”"
        after = doc[hi + 1 : cue.i]
        if after and after[0].text == "," and len(after) > 1 and after[1].is_quote:
            return dash.i + 1
        if after and after[0].is_quote:
            return dash.i + 1
        return lo
    return lo


NOT_OWN_QUOTE_CUES = frozenset({"read", "call", "dub", "label", "term", "nickname", "describe"})
CUE_RIGHT_BEFORE = re.compile(r"(\w+)[^\S\n]*[,:]?[^\S\n]*\Z")


def _own_cue_right_before(m: MarkedSpan, attribution: Attribution, by_cue) -> Attribution | None:
    """issue #10 round 14: "“…,” Cruz said as the heckler yelled: “You suck!”", "…, to which
    Lee interjected: “It's not true.”": a whole sentence quoted right after a reporting verb of
    its own, with its own subject, inside another cue's clause is that verb's quote."""
    text = parse_text(attribution.cue.doc)
    inside = text[m.start + 1 : m.start + 3].lstrip("'‘\"“")
    ends = text[m.start : m.end].rstrip("\"'”’` ")[-1:]
    if not inside[:1].isupper() or ends not in (".", "!", "?", ","):
        return None
    lead = CUE_RIGHT_BEFORE.search(text, max(0, m.start - 40), m.start)
    if lead is None:
        return None
    for other in by_cue.values():
        cue = other.cue
        if other is attribution or cue.idx != lead.start(1) or other.speaker is None:
            continue
        if cue.tag_ in ("VBG", "VBN") or cue.lemma_.lower() in NOT_OWN_QUOTE_CUES:
            continue  # "saying “…”", "nicknamed “…”", a sign that "read “…”"
        if any(t.tag_ in ("WDT", "WP") for t in cue.doc[cue.left_edge.i : cue.i]):
            continue  # "a video …, in which Lee said: “…”": the outer clause's, in PolNeAR
        if other.speaker.i < cue.i and cue.i != attribution.cue.i:
            return other
    return None


def _reported_earlier(
    attribution: Attribution, marks: list[MarkedSpan], by_cue
) -> list[Attribution]:
    """issue #10 speakers25: "He pointed to how Helen Marsh had complained about “…”", "noted
    that Jim Baines had described the referee as “…”": words someone named had said before
    ("had" + a reporting verb, or a "how" clause), inside another speaker's clause, are the
    earlier speaker's quote, not the narrator's."""
    lo, hi = attribution.content or (0, 0)
    for other in by_cue.values():
        cue = other.cue
        if other is attribution or not lo <= cue.idx < hi or other.speaker is None:
            continue
        if cue.pos_ != "VERB" or other.quote_only:
            continue
        earlier = any(c.dep_ == "aux" and c.lower_ == "had" for c in cue.children) or any(
            c.lower_ == "how" and c.i < cue.i for c in cue.children
        )
        speaker = other.speaker
        named = speaker.pos_ == "PROPN" or speaker.ent_type_ == "PERSON"
        named = named or any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in speaker.children
        )
        if not earlier or not named:
            continue
        if speaker.i > cue.i or speaker.i <= attribution.cue.i:
            continue
        last = _end(cue.right_edge)
        if all(cue.idx < m.start < last for m in marks):
            return [other]
    return []


def _opens_quoted(clause: Token) -> bool:
    """Whether a clause opens with a quotation mark (its first word, or the mark just before)."""
    first = clause.left_edge
    return first.is_quote or (first.i > 0 and first.doc[first.i - 1].is_quote)


COORDINATORS = ("and", "but", "or", "yet")


def _keep_pieces(
    pieces: list[tuple[int, int]], cue: Token, text: str, inside
) -> list[tuple[int, int]]:
    """The pieces a cue in mid-clause really reports.

    "“Follow us,” she said, and the boys followed": what follows "and" is narration; and
    "Asked about the plan, he said, “It will work.”": the framing clause is not what was said.
    """
    doc = cue.doc
    kept = []
    for a, b in pieces:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        quoted = inside(a) is not None and inside(a) is inside(b - 1)
        if not quoted and span.root.dep_ == "advcl" and b < cue.idx:
            continue
        if kept and a > cue.idx and span[0].lower_ in COORDINATORS:
            break
        kept.append((a, b))
    return kept


def _clause_words(root: Token) -> set[int]:
    """The words of a reported clause, without a trailing ", adding …" / ", citing …" clause:
    the participle is the writer's narration (or a cue of its own), not what was said; and
    without a quotation opening a new sentence that the parser hung on the clause."""
    doc = root.doc
    drop: set[int] = set()
    words: list[int] = []
    stop = _next_quoted_sentence(root)
    for token in root.subtree:
        if stop is not None and token.i >= stop:
            break
        words.append(token.i)
        if token.dep_ not in _DROPPED_DEPS:
            continue  # none of the tests below can hold (read once, not per test)
        if token.i != root.i and _is_coordinated_cue(token) and not _second_that_clause(token):
            # "it was “opposed” to the test and warned …": the second verb has its own content
            drop.update(t.i for t in token.subtree)
            drop.update(c.i for c in token.head.children if c.dep_ == "cc" and c.i < token.i)
        elif (
            token.i != root.i
            and token.dep_ in ("advcl", "conj", "xcomp")
            and token.tag_ == "VBG"
            and token.left_edge.i == token.i
            and token.i > 0
            and _after_comma(doc, token.i)
        ):
            drop.update(t.i for t in token.subtree)
        elif (
            token.i != root.i
            and token.dep_ == "advcl"
            and token.i > root.i
            and _contrast_clause(token)
        ):
            # "… are “about right,” though voters say …": a contrast the writer adds after what
            # was said is narration
            drop.update(t.i for t in token.subtree)
        elif token.i != root.i and _comment_on_statement(token):
            # "… would pay “slightly more” in taxes, an acknowledgment that advisers trumpeted":
            # the writer's label for what was said
            drop.update(t.i for t in token.subtree)
    return {i for i in words if i not in drop}


def _next_quoted_sentence(root: Token) -> int | None:
    """issue #10 round 11: "Time, the senator added, was on their side. ''It's early,'' he
    said." parsed as one sentence, the second quotation hung on the first clause: the first token
    of a quotation that opens after a full stop (or "?", "!") and a space, inside the clause's
    subtree past its root, and closes on a comma, "?" or "!" before a cue of its own; else None.
    A closing mark follows its stop with no space."""
    doc = root.doc
    for token in doc[root.i : root.right_edge.i]:
        if (
            token.text in (".", "?", "!")
            and token.whitespace_
            and "\n" not in token.whitespace_
            and doc[token.i + 1].is_quote
        ):
            opening = token.i + 1
            close = next((t for t in doc[opening + 1 : opening + 120] if t.is_quote), None)
            if close is None or doc[close.i - 1].text not in (",", "?", "!"):
                return None
            for after in doc[close.i + 1 : close.i + 6]:
                if after.text in (".", ";", ":") or after.is_quote:
                    return None
                if _is_cue(after):
                    return opening
            return None
    return None


# the dependencies of every clause _clause_words drops: a coordinated cue (conj), a participle
# clause (advcl, conj, xcomp), a contrast (advcl), a comment on the statement (dobj, npadvmod,
# appos)
_DROPPED_DEPS = frozenset({"conj", "advcl", "xcomp", "dobj", "npadvmod", "appos"})


def _after_comma(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a comma or dash, also one inside a closing quotation mark
    ("was a “distortion,” describing …")."""
    before = doc[i - 1]
    if before.is_quote and i > 1 and doc[i - 2].text == ",":
        return True
    return before.text in (",", "—", "–", "-", "--")


def _comment_on_statement(token: Token) -> bool:
    """ ", a charge that leaders denied", ", an acknowledgment that …": a noun set off by a
    comma after a verb's words, opened by "a"/"an" and carrying its own "that/which" clause."""
    first = token.left_edge
    return (
        token.pos_ == "NOUN"
        and token.dep_ in ("dobj", "npadvmod", "appos")
        and token.head.pos_ in ("VERB", "AUX")
        and first.lower_ in ("a", "an")
        and first.i > 1
        and _after_comma(token.doc, first.i)
        and any(
            c.dep_ == "relcl" and c.left_edge.lower_ in ("that", "which") for c in token.children
        )
    )


CONTRAST_MARKS = ("while", "though", "although", "whereas")


def _contrast_clause(token: Token) -> bool:
    """A clause opened by "while", "though", "although" or "whereas", with its own subject,
    after a comma or a closing quotation mark."""
    mark = next((c for c in token.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ not in CONTRAST_MARKS or mark.i != token.left_edge.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    before = token.doc[mark.i - 1] if mark.i > 0 else None
    return before is not None and (before.text in (",", "—", "–") or before.is_quote)


def _second_that_clause(token: Token) -> bool:
    """ "said the actions were unacceptable and that the committee would continue to look": a
    verb opening with "that" is a second clause of the same cue, not a new cue of its own."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def _what_frame(cue: Token, clause: Token, hi: int, words: set[int]) -> int | None:
    """issue #10 round 16: "face what he says are “crippling skills shortages”", "sued over what
    they say is an unlawful order": "what" before the cue and its subject opens what was said,
    so the frame is one quote from "what" (PolNeAR marks it so), not a bare "what" and the
    rest. The index of "what", when only the cue's subject, auxiliaries and negation stand
    between it and the cue and the clause runs whole from the cue to its end."""
    doc = cue.doc
    own = {
        t.i
        for c in cue.children
        if c.i < cue.i and c.dep_ in ("nsubj", "aux", "neg", "advmod")
        for t in c.subtree
    }
    if not own or not cue.i < clause.i or max(own) != cue.i - 1:
        return None
    what = doc[min(own) - 1] if min(own) > 0 else None
    if (
        what is None
        or what.lower_ not in ("what", "whatever")
        or what.head.i not in (cue.i, clause.i)
        or not what.dep_.startswith(("nsubj", "attr", "dobj"))
        # "what researchers say they need": the clause's own subject, "what" its object
        or any(c.dep_ in SUBJECT_LIKE and c.i != what.i for c in clause.children)
        or set(range(what.i + 1, cue.i)) != own
        or not set(range(cue.i + 1, hi + 1)) <= words | {what.i}
    ):
        return None
    return what.i


def _pieces(doc: Doc, text: str, words: set[int]) -> list[tuple[int, int]]:
    """Character spans of the runs of consecutive tokens in ``words``, trimmed, with words in."""
    runs: list[tuple[int, int]] = []
    for i in sorted(words):
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    spans = []
    for lo, hi in runs:
        start, end = _trim(text, doc[lo].idx, doc[hi].idx + len(doc[hi]))
        if _alnum(text[start:end]) >= 2:
            spans.append((start, end))
    return spans


# Only these parts of speech can be a cue (see _noun_content, _is_quote_cue, _topic_content and
# _is_cue; "according to" is the one other): every other token is passed over at once.
_CUE_POS = ("NOUN", "VERB", "AUX")


_CUE_LEMMAS: list = [None, frozenset(), {}]  # (the word tables, their lemmas, {lemma id: bool})
CUE_LEMMA_MEMO = 8192  # most lemma ids whose answer is kept (small, as the caches of book.py)


def _cue_lemma_ids() -> tuple[frozenset[str], dict[int, bool]]:
    """Every lemma a cue can have (reporting, quote and topic verbs, noun cues, "put" of "as
    X put it"), and a memo of which lemma ids are among them; made again if a table is."""
    tables = (reporting_verbs(), quote_verbs(), noun_cues(), topic_verbs())
    cached = _CUE_LEMMAS
    if (
        cached[0] is None
        or any(a is not b for a, b in zip(cached[0], tables, strict=True))
        or len(cached[2]) >= CUE_LEMMA_MEMO
    ):
        lemmas = tables[0] | tables[1] | tables[2] | {verb for verb, _ in tables[3]} | {"put"}
        cached[:] = [tables, frozenset(lemmas), {}]
    return cached[1], cached[2]


def _cue_candidates(parsed: Doc) -> list[Token]:
    """The tokens that can be a cue, picked from the parse's arrays of parts of speech, lemmas
    and lowercase forms, so that the others are never built: a noun, verb or auxiliary whose
    lemma one of the cue tests knows (every test asks for one), and "according"."""
    import numpy
    from spacy.parts_of_speech import IDS
    from spacy.strings import get_string_id

    if not len(parsed):
        return []
    arr = parsed.to_array(["POS", "LOWER", "LEMMA"])
    keep = one_of(arr[:, 0], [IDS[p] for p in _CUE_POS])
    according = arr[:, 1] == numpy.uint64(get_string_id("according"))  # uint64: exact hashes
    lemmas, known = _cue_lemma_ids()
    strings = parsed.vocab.strings
    lemma_ids = arr[:, 2].tolist()
    found = []
    for i in numpy.flatnonzero(keep | according).tolist():
        lemma = lemma_ids[i]
        cue = known.get(lemma)
        if cue is None:
            cue = known[lemma] = strings[lemma].lower() in lemmas
        if cue or according[i]:
            found.append(parsed[i])
    return found


# verbs whose refusal says nothing: "declined to comment on X's claim that …"
NO_COMMENT_VERBS = frozenset({"comment", "elaborate", "discuss", "respond"})
REFUSING_VERBS = frozenset({"decline", "refuse"})


def _declines_comment(token: Token) -> bool:
    """issue #10 speakers25: "did not comment on Calloway's claim that …", "declined to comment
    on the allegation that …": a comment refused on someone's claim is no speech of the one
    refusing; the claim's own clause (a noun cue) gives its words to the claimant."""
    if token.lemma_.lower() not in NO_COMMENT_VERBS:
        return False
    refused = any(c.dep_ == "neg" for c in token.children) or (
        token.dep_ == "xcomp" and token.head.lemma_.lower() in REFUSING_VERBS
    )
    return refused and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_.lower() in noun_cues()
        for p in token.children
        if p.dep_ == "prep"
        for o in p.children
    )


def _find_attributions(parsed: Doc, text: str, inside) -> list[Attribution]:
    found = []
    for token in _cue_candidates(parsed):
        if inside(token.idx) is not None or _declines_comment(token):
            continue
        clause = _noun_content(token)
        if clause is not None:
            lo, hi = _trim(text, clause.left_edge.idx, _end(clause.right_edge))
            para_hi = _newlines(text).after(token.idx)
            hi = hi if para_hi < 0 else min(hi, para_hi)
            lo, hi = _trim(text, lo, hi)
            if hi - lo >= 3:
                how = f"noun({token.lemma_.lower()})"
                end = _end(token)
                speaker = _noun_speaker(token)
                found.append(Attribution(token, token.idx, end, token.text, speaker, (lo, hi), how))
            continue
        if _is_quote_cue(token):
            found.append(
                Attribution(
                    token,
                    token.idx,
                    _end(token),
                    token.text,
                    speaker_head(token, inside),
                    None,
                    "quote-verb",
                    quote_only=True,
                )
            )
            continue
        # issue #9 read22: a question put to the main clause's speaker is the asker's, and the
        # asker is not named ("Asked whether ..., he said")
        asked_of = _asked_of_the_speaker(token)
        topic = _topic_content(token, text)
        if topic is not None and _refused_comment(token):
            # issue #9 read55: "The airline declined to comment on the decision": what it would
            # not talk about is no quotation
            continue
        if topic is not None and (not _is_cue(token) or _content_of(token, text)[0] is None):
            prep, content = topic
            cue_end = _end(prep)
            cue_text = text[token.idx : cue_end] if prep.i == token.i + 1 else token.text
            if cue_text == token.text:
                cue_end = _end(token)
            how = f"topic({token.lemma_.lower()} {prep.lower_})"
            speaker = None if asked_of else speaker_head(token, inside)
            found.append(Attribution(token, token.idx, cue_end, cue_text, speaker, content, how))
            continue
        if not _is_cue(token) or _asked_by_a_thing(token) or _said_by_a_named_thing(token):
            continue
        content, how = _content_of(token, text)
        speaker = None if asked_of else speaker_head(token, inside)
        if how.startswith("ccomp(") and _quotation_then_own_cue(token, content, text, inside):
            continue
        stranded = None if asked_of else _name_hung_on_the_quotation(token, inside)
        if stranded is not None and content is not None:
            speaker, mark_end = stranded
            if isinstance(content, list):
                content = [(a, min(b, mark_end)) for a, b in content if a < mark_end]
            else:
                content = (content[0], min(content[1], mark_end))
        if token.tag_ == "VBN" and _calls_someone_something(token):
            # "one lawmaker called Trump “…”": the lawmaker
            speaker = _relative_clause_antecedent(token) or token.head
        pieces: list[tuple[int, int]] = []
        if isinstance(content, list):
            pieces = _keep_pieces(content, token, text, inside)
            content = (pieces[0][0], pieces[-1][1]) if pieces else None
        if content is not None:
            para_lo = _newlines(text).before(token.idx) + 1
            para_hi = _newlines(text).after(token.idx)
            para_hi = len(text) if para_hi < 0 else para_hi
            lo, hi = _trim(text, max(content[0], para_lo), min(content[1], para_hi))
            content = (lo, hi)
            gap = text[min(hi, token.idx) : max(lo, token.idx)]
            pieces = [
                _trim(text, max(a, para_lo), min(b, para_hi))
                for a, b in pieces
                if b > para_lo and a < para_hi
            ]
            pieces = [(a, b) for a, b in pieces if _alnum(text[a:b]) >= 2]
            # a clause across a paragraph break, or too short to say anything, is a misparse
            if len(pieces) == 1:
                content, pieces = pieces[0], []
                lo, hi = content
                gap = text[min(hi, token.idx) : max(lo, token.idx)]
            if hi - lo < 3 or ("\n" in gap and len(pieces) < 2):
                content = None
            if len(pieces) < 2:
                pieces = []
        cue_end = token.idx + len(token)
        cue_text = token.text
        if token.lower_ == "according":
            to = next(c for c in token.children if c.lower_ == "to")
            cue_end = to.idx + len(to)
            cue_text = text[token.idx : cue_end]
        found.append(
            Attribution(
                token,
                token.idx,
                cue_end,
                cue_text,
                speaker,
                content,
                how or "verb",
                pieces=pieces,
            )
        )
    return found


def _end(token: Token) -> int:
    return token.idx + len(token)


def _quotation_then_own_cue(cue: Token, content, text: str, inside) -> bool:
    """issue #10 date41: "— as experts believe, but Beijing denies — “why would you not raise
    the alarm?” asked Dunn": the parser hangs the quotation on a verb before it, but a
    quotation closed on a comma, question or exclamation mark and followed at once by a
    reporting verb with its own subject after it ("asked Dunn") is that subject's words."""
    if not isinstance(content, tuple) or content[0] <= cue.idx:
        return False
    m = inside(content[0])
    if m is None or m.start < cue.idx or not m.closed:
        return False
    if text[m.start + 1 : m.end - 1].rstrip()[-1:] not in (",", "?", "!"):
        return False
    doc = cue.doc
    after = _token_at(doc, m.end)
    if after is not None and after.idx < m.end:
        after = doc[after.i + 1] if after.i + 1 < len(doc) else None
    if after is None or after.i == cue.i or "\n" in text[m.end : after.idx]:
        return False
    return after.lemma_.lower() in reporting_verbs() and any(
        c.dep_ == "nsubj" and c.i > after.i and c.pos_ == "PROPN" for c in after.children
    )


def _name_hung_on_the_quotation(cue: Token, inside) -> tuple[Token, int] | None:
    """issue #10 date41: "“We have had better conventions,” Ohio delegate Tom Parks, wearing a
    straw hat, said": the parser hangs the name after the closing mark (and the participle
    after it) on the quotation's own verb, so the cue has no subject. The person named right
    after the mark, before the cue, is the speaker, and the quotation ends at its mark. Gives
    the name's head and where the closing mark ends."""
    if any(c.dep_ in SUBJECT_LIKE for c in cue.children):
        return None
    doc = cue.doc
    for clause in cue.children:
        if clause.dep_ != "ccomp" or clause.right_edge.i >= cue.i or not _opens_quoted(clause):
            continue
        for t in clause.subtree:
            if (
                t.pos_ != "PROPN"
                or t.ent_type_ != "PERSON"
                or t.dep_ in ("compound", "poss", "appos")
                or inside(t.idx) is not None
                or t.i + 1 >= cue.i
                or doc[t.i + 1].text != ","
            ):
                continue
            mark = t.left_edge.i - 1
            if mark > 0 and doc[mark].is_quote and doc[mark - 1].text == ",":
                return t, _end(doc[mark])
            if mark > 0 and doc[mark].text == "," and doc[mark - 1].is_quote:
                return t, _end(doc[mark - 1])
    return None


# issue #9/#10 whole articles (sixth round): things that pose a question or a choice. Their
# "ask" quotes no one ("The ballot will ask residents to vote for or against the charge"); a
# bill, report or letter that asks is left a source, since its authors speak through it.
ASKING_THINGS = frozenset(
    {"ballot", "question", "questionnaire", "survey", "poll", "form", "census", "referendum",
     "application", "quiz", "exam", "test", "vote", "plebiscite"}
)  # fmt: skip


def _asked_of_the_speaker(cue: Token) -> bool:
    """issue #9 read22: "Asked whether the party could win, he said: ..." and "Asked about
    possible damages, Mr Godsiff said ...", "The minister, asked about the report, said ...": a
    participle "asked" with no subject or agent of its own puts a question to the main clause's
    speaker; the question is the unnamed asker's, not the speaker's statement."""
    return (
        cue.lemma_.lower() == "ask"
        and cue.tag_ in ("VBN", "VBD")  # the parser tags some participles VBD
        and cue.dep_ in ("advcl", "acl")
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux", "agent") for c in cue.children
        )
    )


def _answer_to_the_asked(attribution: Attribution, quoted: str, inside) -> Token | None:
    """names31: "Dwyer, who told lawmakers when asked about the audit: “That matter is being
    handled …”", "treating it as a joke -- ''…'' -- and, when questioned, asserting …": a
    quotation (not a question) bound to a subjectless "asked" or "questioned" is the answer of
    the one asked, the speaker of the clause the participle modifies, not the unnamed asker."""
    cue = attribution.cue
    if attribution.speaker is not None or cue.lemma_.lower() not in ("ask", "question", "press"):
        return None
    if quoted.rstrip("\"'”’` ")[-1:] == "?":
        return None
    if not (
        cue.tag_ in ("VBN", "VBD")
        and cue.dep_ in ("advcl", "acl")
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux", "agent") for c in cue.children
        )
    ):
        return None
    if cue.head.i == cue.i or cue.head.pos_ not in ("VERB", "AUX"):
        return None
    return speaker_head(cue.head, inside)


def _asked_by_a_thing(cue: Token) -> bool:
    """ "ask" whose subject is a ballot, form or survey: a question put, nothing reported."""
    if cue.lemma_.lower() != "ask":
        return False
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    # "the ballot paper", "the census form": the compound says what the thing is
    words = [w for s in subjects for w in (s, *(c for c in s.children if c.dep_ == "compound"))]
    return any(w.lemma_.lower() in ASKING_THINGS for w in words)


# it29: entity labels of a name "which" may stand for when it speaks (a body, a people); "which"
# is never a person's, so a name tagged as one is a misread thing ("Bitcoin, which threatens")
SPEAKING_ENTS = frozenset({"ORG", "NORP"})


def _said_by_a_named_thing(cue: Token) -> bool:
    """issue #10 it29: a cue in a "which" clause on a name that is no body or people and that
    the actor book does not know ("competition from Linux, which threatens to erode
    its grip"): a thing does something, nobody reports anything."""
    if cue.dep_ != "relcl" or cue.head.pos_ != "PROPN" or cue.head.ent_type_ in SPEAKING_ENTS:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "which" for c in cue.children):
        return False
    name = cue.head
    words = [c for c in name.children if c.dep_ == "compound" and c.i < name.i]
    phrase = name.doc[min([name.i, *(w.i for w in words)]) : name.i + 1].text
    return load_actors().lookup(phrase) is None


def _alnum(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def _words(text: str) -> int:
    return len([w for w in text.split() if any(ch.isalnum() for ch in w)])


_TOKEN_STARTS: list = parse_cache(None, [])  # (the Doc, its token starts): one parse at a time


def _token_at(parsed: Doc, char: int) -> Token | None:
    if _TOKEN_STARTS[0] is not parsed:
        _TOKEN_STARTS[:] = [parsed, parsed.to_array("IDX").tolist()]  # no Token built
    i = bisect_right(_TOKEN_STARTS[1], char) - 1
    return parsed[i] if i >= 0 else None


class _Newlines:
    """Where the text's newlines are, so the end of a paragraph is found by bisection: a
    ``str.find`` per quote is quadratic on a long document written as one line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = [m.start() for m in re.finditer("\n", text)]

    def after(self, i: int) -> int:
        """``text.find("\\n", i)``."""
        k = bisect_left(self.at, i)
        return self.at[k] if k < len(self.at) else -1

    def before(self, i: int) -> int:
        """``text.rfind("\\n", 0, i)``."""
        k = bisect_left(self.at, i) - 1
        return self.at[k] if k >= 0 else -1


_NEWLINES: list[_Newlines | None] = parse_cache(None)


def _newlines(text: str) -> _Newlines:
    cached = _NEWLINES[0]
    if cached is None or cached.text is not text:
        cached = _NEWLINES[0] = _Newlines(text)
    return cached


def _end_before(text: str, i: int) -> int:
    """``len(text[:i].rstrip())`` without copying the text before ``i``."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


class _TokenIndex:
    def __init__(self, parsed: Doc, text: str | None = None) -> None:
        self.parsed = parsed
        self.starts = parsed.to_array("IDX").tolist()  # as [t.idx for t in parsed], no Token built
        # the document's text when the parse is of it (its last token ends where the text
        # does): ``Doc.text`` joins every token again
        self._text: str | None = None
        if text is not None and len(parsed):
            last = parsed[-1]
            if last.idx + len(last.text_with_ws) == len(text):
                self._text = text

    @property
    def text(self) -> str:
        """The parse's text, joined once: ``Doc.text`` builds every token each time."""
        if self._text is None:
            self._text = self.parsed.text
        return self._text

    def at(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char) - 1
        return self.parsed[i] if i >= 0 else None


# issue #10 names59: how far after a quotation a cue may come when only a speaker's noun phrase
# stands between ('"…" the Post's senior politics editor Steven Ginsberg responded', no comma)
CUE_AFTER_NOUN_PHRASE = 14
SPEAKER_PHRASE_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PART", "NUM"})


def _cue_near(span: MarkedSpan, text: str, index: _TokenIndex, by_cue: dict[int, Attribution]):
    """A reporting verb just after (…,” he said) or just before (He said: “…) a quoted span."""
    parsed = index.parsed
    # issue #9 read21: "… of the community. ” A spokesman said …": a space before the closing
    # mark does not hide the full stop that ends the quoted sentence
    inner = text[span.start + 1 : span.end - 1].rstrip() if span.end >= 2 else ""
    last_inside = inner[-1] if inner else ""
    after = index.at(span.end)
    if after is not None and after.idx < span.end:
        after = parsed[after.i + 1] if after.i + 1 < len(parsed) else None
    ends_sentence = last_inside == "."
    governing = _governing_cue(span, index, by_cue)
    if governing is not None and _in_speaker_phrase(span, governing):
        return None, "speaker-phrase"
    if governing is not None:
        # "he called her “weak” and said …": the verb the quoted words hang on comes first
        return governing, "cue-then-quote"
    if (
        after is not None
        and not ends_sentence
        and not _framed_before(span, last_inside, index)
        and not _named_work_in_narration(span, text, index)
    ):
        for token in parsed[after.i : min(len(parsed), after.i + CUE_AFTER_NOUN_PHRASE)]:
            if "\n" in text[span.end : token.idx] or token.text in (".", "“", '"', "?", "!"):
                break
            if token.i - after.i >= 8 and any(
                t.pos_ not in SPEAKER_PHRASE_POS for t in parsed[after.i : token.i]
            ):
                # issue #10 names59: past eight words only a speaker's noun phrase ('"…" the
                # Post's senior politics editor Steven Ginsberg responded')
                break
            if token.i in by_cue:
                if _in_speaker_phrase(span, by_cue[token.i]):
                    return None, "speaker-phrase"
                if _describes_the_quoted(span, by_cue[token.i]):
                    break
                return by_cue[token.i], "quote-then-cue"
    if after is not None and ends_sentence:
        # issue #10 round 13: "“… that are missing.” Trump said.": a full stop inside the
        # marks, then a sentence that is only its speaker and cue
        short = parsed[after.i : min(len(parsed), after.i + 7)]
        stop = next((t for t in short if t.text == "."), None)
        if stop is not None and "\n" not in text[span.end : stop.idx]:
            cues = [by_cue[t.i] for t in short if t.i < stop.i and t.i in by_cue]
            if len(cues) == 1 and cues[0].content is None and cues[0].speaker is not None:
                return cues[0], "quote-then-cue"
    first = index.at(span.start)
    if first is None:
        return None, ""
    i = first.i - 1
    steps = 0
    # "He said:" closing the paragraph before a quote that fills the next one
    stripped = _end_before(text, span.start)
    reach = stripped if stripped and text[stripped - 1] == ":" else span.start
    while i >= 0 and steps < 14:
        token = parsed[i]
        if "\n" in text[token.idx : reach] or token.text in (".", "?", "!", "”"):
            break
        if token.i in by_cue:
            if _in_speaker_phrase(span, by_cue[token.i]):
                return None, "speaker-phrase"
            return by_cue[token.i], "cue-then-quote"
        i -= 1
        steps += 1
    return None, ""


WORK_SMALL_WORDS = frozenset(
    {"and", "of", "the", "a", "an", "in", "on", "for", "to", "&", "with", "at", "from", "by", "or"}
)


def _named_work_in_narration(span: MarkedSpan, text: str, index: _TokenIndex) -> bool:
    """issue #10 round 12: "In an interview with CNN's “The Lead with Jake Tapper,” on June 3,
    Trump continued …", "In his memoir, ''A Time for Truth,'' published in 2015, Mr. Cruz
    described …": the title of a show, book or film after a preposition or set off after the
    noun it names is the writer's, not words the next cue reports."""
    words = [w.strip("'\"‘’“”`(),.:;?!") for w in text[span.start + 1 : span.end - 1].split()]
    words = [w for w in words if any(ch.isalnum() for ch in w)]
    if not words or len(words) > 10:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w in WORK_SMALL_WORDS for w in words):
        return False
    first = index.at(span.start)
    if first is None or first.i == 0:
        return False
    doc = index.parsed
    before = doc[first.i - 1] if first.idx >= span.start else first
    if before.idx >= span.start:
        return False
    if before.tag_ == "POS" and before.i > 1:  # "with CNN's “…”"
        before = doc[before.i - 1].left_edge
        before = doc[before.i - 1] if before.i > 0 else before
    if before.pos_ == "ADP" and before.lower_ != "of":
        return True
    return before.text == "," and before.i > 0 and doc[before.i - 1].pos_ == "NOUN"


# "“Headline,” by The Outlet's Jane Doe: “…”" and "From Jane Doe writing at The Outlet:": an
# article's byline before the colon that opens an excerpt of it
BYLINE_INTRO = re.compile(
    r"(?:[”\"'’][^\S\n]*,?[^\S\n]*|—[^\S\n]*)by[^\S\n]+[A-Z][^\n:“\"]{0,80}:[^\S\n]*\Z"
    r"|(?:\A|\n)[^\S\n]*From[^\S\n]+[^\n:]{1,60}?[^\S\n]writing[^\S\n]+(?:at|for|in)[^\S\n]+"
    r"[^\n:]{1,60}:\s*\Z"
)


def _byline_excerpt(span: MarkedSpan, text: str) -> bool:
    """issue #10 round 11: a newsletter's digest ("“Museum to close,” by Times' Jane Doe: “The
    museum, which opened in 1998, …”") or a post quoting another outlet ("From Jane Doe writing
    at The Outlet: ⏎⏎ “…”"): the quotation is an excerpt of an article introduced by its
    byline, not somebody's words reported."""
    before = text[max(0, span.start - 160) : span.start]
    return BYLINE_INTRO.search(before) is not None


BRACKET_CREDIT = re.compile(r"[^\S\n]*\[([A-Z][^\]\n]{1,40}?)\.?\][^\S\n]*(?:\n|\Z)")


def _bracket_credit(span: MarkedSpan, text: str, index: _TokenIndex):
    """issue #10 round 13: a news digest's excerpt closed by its source in brackets at the end of
    its paragraph ("HOW CHINA'S DECLINE AFFECTS THE WORLD “China's economic slowdown …” [WaPo.]"):
    the source's direct quote. The quotation opens with a capital; the speaker is the credit's
    last proper noun (its first word when none is one)."""
    inner = text[span.start + 1 : span.end].lstrip("'\"‘“ ")
    if not inner[:1].isupper():
        return None
    credit = BRACKET_CREDIT.match(text, span.end)
    if credit is None:
        return None
    lo, hi = credit.span(1)
    token = index.at(lo)
    words = [t for t in index.parsed[token.i : token.i + 12] if t.idx < hi] if token else []
    names = [t for t in words if t.pos_ == "PROPN"]
    head = names[-1] if names else (words[0] if words else None)
    if head is None:
        return None
    close = text.index("]", hi) + 1
    return head, (text[lo - 1 : close], lo - 1, close)


def _in_speaker_phrase(span: MarkedSpan, attribution: Attribution) -> bool:
    """issue #10 round 8: "said Jane Doe, the author of “The Long Road Home”": a quotation inside
    the speaker's own phrase (a title in the apposition) is not what the cue reports."""
    speaker = attribution.speaker
    if speaker is None or speaker.pos_ == "PRON":
        return False
    left, right = speaker.left_edge, speaker.right_edge
    if left.i <= attribution.cue.i <= right.i:
        return False  # "a sign that read “…”": the cue is in the phrase, the quotation its words
    return left.idx < span.start < right.idx + len(right)


def _describes_the_quoted(span: MarkedSpan, attribution: Attribution) -> bool:
    """issue #10 round 10: "the movie ''Bridge of Spies,'' which recounts the trade", "a show
    called "Brokers," written by a comedy troupe": a relative clause or participle after a
    quotation that hangs on the quoted title (or the noun before it) tells what the titled
    thing does or who made it; nobody said the quotation."""
    cue = attribution.cue
    if cue.dep_ not in ("acl", "relcl") or cue.head.i > cue.i or cue.head.idx >= span.end:
        return False
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not subjects or subjects[0].tag_ in ("WDT", "WP") or subjects[0].lower_ == "that"


QUOTE_THEN_VERB_DEPS = ("ccomp", "parataxis", "dep", "xcomp", "advcl")
FINITE_TAGS = ("VBD", "VBZ", "VBP")
OWN_OBJECT_DEPS = ("dobj", "attr", "acomp", "oprd", "ccomp", "xcomp", "npadvmod")


def _cue_of_its_own_clause(quoted: str, attribution: Attribution, where: str, inside) -> bool:
    """issue #10 names24: "“… or simply chasing away?” Tory MP Peter Luff, another co-chairman
    of Middle Way, said that the law was …": a question or exclamation closed before a verb
    that reports a clause of its own after it is not that verb's quotation."""
    inner = quoted.rstrip("\"'”’` ")
    if where != "quote-then-cue" or inner[-1:] not in ("?", "!"):
        return False
    verb = attribution.cue
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and inside(c.left_edge.idx) is None
        for c in verb.children
    )


def _inside_the_question(
    span: MarkedSpan, attribution: Attribution, where: str, index: _TokenIndex
) -> bool:
    """names26: "Asked if he was appointed in a “fair and open” contest, he replied: “…”": words
    quoted inside the question put to the speaker are the asker's, not the answer's."""
    if where != "quote-then-cue":
        return False
    token = index.at(span.start + 1)
    for _ in range(12):
        if token is None or token.head.i == token.i:
            return False
        if token.lower_ == "asked" and token.dep_ == "advcl" and token.head.i == attribution.cue.i:
            return True
        token = token.head
    return False


def _verb_after_quote(
    span: MarkedSpan, text: str, index: _TokenIndex, by_cue: dict[int, Attribution], inside
) -> tuple[Attribution | None, str]:
    """The verb after a quotation closed by a comma, "?" or "!" whose subject comes after the
    closing mark too: a reporting verb past a long apposition ("“…,” Trump, the 2016 GOP
    front-runner and polling leader in South Carolina by a wide margin, said"), or a verb no
    list has ("“…,” Toomey fumed", "“…?” Hannity pressed", "“…!” beamed Donald Hartley"):
    the quotation is what its subject said. The verb is finite, takes no object of its own and
    stands in the quotation's sentence and paragraph."""
    closing = text[span.start : span.end].rstrip("\"'”’` ")
    last = index.at(span.end - 1)
    if closing[-1:] not in (",", "?", "!") or last is None:
        return None, ""
    parsed = index.parsed
    verb = None
    for token in parsed[last.i + 1 : min(len(parsed), last.i + 40)]:
        if token.text in (".", ";", ":", "“", '"', "(") or "\n" in text[span.end : token.idx]:
            return None, ""
        if token.pos_ == "VERB" or token.i in by_cue:
            verb = token
            break
    if verb is None or inside(verb.idx) is not None:
        return None, ""
    head = speaker_head(verb, inside)
    if head is None and verb.i in by_cue:
        # "“…,” Trump, the front-runner …, said" parsed with the name in apposition to the
        # quotation's own subject: the name right after the closing mark speaks
        first = parsed[last.i + 1 + parsed[last.i + 1].is_punct]
        if first.pos_ == "PROPN" and first.dep_ == "appos" and inside(first.head.idx) is span:
            head = _propn_run_end(first)
    if head is None or head.idx < span.end:
        return None, ""
    if verb.i in by_cue:
        # past a long apposition: the cue itself, its subject right after the quotation
        subject = head
        while subject.head.i != verb.i and subject.head.i != subject.i:
            subject = subject.head
        first = min(t.i for t in subject.subtree if t.idx >= span.end)
        if first != last.i + 1 + (parsed[last.i + 1].is_punct):
            return None, ""
        attribution = by_cue[verb.i]
        if attribution.speaker is None:
            attribution = replace(attribution, speaker=head)
        return attribution, "quote-then-cue"
    if verb.tag_ not in FINITE_TAGS or verb.dep_ not in ("ROOT", "conj", "ccomp", "parataxis"):
        return None, ""
    if any(c.dep_ in OWN_OBJECT_DEPS and c.idx > span.end for c in verb.children):
        return None, ""  # "“…!” Bush broke down what was wrong": a verb with its own object
    # "reprised the chant “Lock her up!” that echoed": the quotation opens no sentence of its own
    before = _end_before(text, span.start)
    if before and text[before - 1] not in '.?!:”"\n':
        return None, ""
    if head.tag_ in ("WDT", "WP") or (closing[-1] != "," and verb.i - last.i > 4):
        return None, ""  # "“…!” After his rally, the candidate went …": a new sentence
    inverted = verb.i == last.i + 1 or (verb.i == last.i + 2 and parsed[last.i + 1].is_punct)
    if not inverted and head.i > verb.i:
        return None, ""
    if not inverted and any(t.pos_ == "VERB" for t in parsed[last.i + 1 : head.i]):
        return None, ""
    attribution = Attribution(
        verb, verb.idx, _end(verb), verb.text, head, None, "quote-verb", quote_only=True
    )
    return attribution, "quote-then-verb"


# issue #10 round 13: the forms of a reporting verb that are a verb whatever the parser made
# of them ("“…,” tweeted Rubio spokesman Alex Conant" with "tweeted" an adjective, "“…,” a
# voice-over in the ad states" with "states" a noun)
LEXICAL_CUES = frozenset(
    {
        *("said", "says", "tweeted", "tweets", "wrote", "writes", "added", "adds"),
        *("told", "tells", "asked", "asks", "explained", "explains", "stated", "states"),
        *("noted", "notes", "argued", "argues", "posted", "insisted", "insists", "declared"),
        *("read", "reads", "say", "write"),
    }
)
RELATIVE_OPENERS = frozenset({"who", "which", "that", "whose", "whom"})
SPEAKER_POS = ("PROPN", "NOUN", "PRON")


def _lexical_cue_after_quote(
    span: MarkedSpan, text: str, index: _TokenIndex, inside
) -> tuple[Attribution | None, str]:
    """A reporting verb's form right after a quotation that opens its sentence and is closed
    by a comma, "?" or "!", with its speaker beside it, when the parse made neither of them a
    verb and its subject: "“…,” tweeted Rubio spokesman Alex Conant.", "“…,” a voice-over in
    the ad states.", "“…,” Nate Silver, the polling guru who founded fivethirtyeight.com
    tweeted on Wednesday." A finite verb between the quotation and the cue stops it unless a
    relative word opened its clause."""
    closing = text[span.start : span.end].rstrip("\"'”’` ")
    last = index.at(span.end - 1)
    if closing[-1:] not in (",", "?", "!") or last is None:
        return None, ""
    before = _end_before(text, span.start)
    opens_paragraph = "\n" in text[before : span.start]
    if before and text[before - 1] not in '.?!:”"\n' and not opens_paragraph:
        return None, ""
    parsed = index.parsed
    first = last.i + 1
    relative = False
    closing_paren = -1
    for token in parsed[first : min(len(parsed), first + 24)]:
        if token.idx < closing_paren:
            continue  # "Rep. Jim Doe (D-Wash.) said": the party and state in parentheses
        if token.text == "(":
            closing_paren = text.find(")", token.idx, token.idx + 30)
            if closing_paren > 0 and "\n" not in text[token.idx : closing_paren]:
                continue
        if (
            token.text in (".", ";", ":", "“", '"', "(", "?", "!")
            or "\n" in text[span.end : token.idx]
        ):
            return None, ""
        if inside(token.idx) is not None:
            return None, ""
        if token.lower_ in LEXICAL_CUES or (
            # "“…,” the Saudis state in the white paper": the plural verb, not "state Del. …"
            token.lower_ == "state"
            and token.i > first
            and token.i + 1 < len(parsed)
            and parsed[token.i + 1].pos_ in ("ADP", "ADV", "PUNCT")
            and parsed[token.i - 1].pos_ in ("PROPN", "NOUN", "PRON")
        ):
            verb = token
            break
        if token.lower_ in RELATIVE_OPENERS:
            relative = True
        elif token.tag_ in FINITE_TAGS and not relative:
            return None, ""
    else:
        return None, ""
    if verb.i == first:
        # inverted: the speaker follows the verb
        after = [t for t in parsed[verb.i + 1 : min(len(parsed), verb.i + 6)]]
        head = next((t for t in after if t.pos_ in ("PROPN", "NOUN")), None)
        if head is None or any(t.is_punct for t in after if t.i < head.i):
            return None, ""
        while head.i + 1 < len(parsed) and parsed[head.i + 1].pos_ in ("PROPN", "NOUN"):
            head = parsed[head.i + 1]  # "Rubio spokesman Alex Conant": Conant
    else:
        words = [t for t in parsed[first : verb.i] if not t.is_punct]
        head = next((t for t in words if t.pos_ in SPEAKER_POS), None)
        if head is None and len(words) == 2 and words[0].tag_ == "DT" and words[1].pos_ == "ADJ":
            head = words[1]  # issue #10 round 14: "“…,” the editorial read.", tagged an adjective
        if head is None or head.i - first > 3:
            return None, ""
        if head.pos_ == "PROPN":
            head = _propn_run_end(head)
    if head is None:
        return None, ""
    attribution = Attribution(
        verb, verb.idx, _end(verb), verb.text, head, None, "quote-verb", quote_only=True
    )
    return attribution, "quote-then-cue"


REPORTED_GAP = re.compile(r"[^\S\n]*[.:]?[^\S\n]*(?:\n[^\S\n]*){0,2}")


def _reported_just_before(
    span: MarkedSpan, text: str, attributions: list[Attribution]
) -> Attribution | None:
    """The cue whose reported clause (no quotation marks in it) ends the sentence just before a
    quotation no cue claims, in its paragraph or the one before: "he promised that he's staying
    in the race. “Let me be as clear as I can be: …”". The quotation opens a sentence."""
    inner = text[span.start + 1 : span.end].lstrip("'\"‘“ ")
    if not inner[:1].isupper():
        return None
    best = None
    for attribution in attributions:
        if attribution.content is None or attribution.marks or attribution.quote_only:
            continue
        hi = attribution.content[1]
        if hi <= span.start and REPORTED_GAP.fullmatch(text, hi, span.start):
            if text[hi : span.start].strip()[:1] not in (".", ":"):
                continue
            if best is None or hi > best.content[1]:
                best = attribution
    return best


def _turn_between(
    previous: tuple, span: MarkedSpan, text: str, index: _TokenIndex, by_cue, inside, attributions
) -> bool:
    """A sentence of its own between the quotation before and this one reports someone's words
    with a cue of its own ("Mr Hayman acknowledged that binge drinking did cause problems."):
    the quotation after it is that cue's, not the one before going on."""
    before = _reported_just_before(span, text, attributions)
    if before is None:
        before = _cue_sentence_just_before(span, text, index, by_cue, inside)
    if before is None or before is previous[1] or before.speaker is None:
        return False
    # issue #10 names24: "Asked if this was a “decapitation strategy”, Lord Rennard said …
    # But he urged … “…”": the quotation before has no speaker to go on being
    unspoken = previous[2] is None and (previous[1] is None or previous[1].speaker is None)
    if (before.speaker.pos_ == "PRON" and not unspoken) or any(
        c.dep_ == "neg" for c in before.cue.children
    ):
        return False  # "He didn't suggest retaliation. “…”": most likely the same man going on
    last = previous[0].end
    if previous[1] is not None:
        last = max(last, previous[1].cue_end)
    elif previous[3] is not None:
        last = max(last, previous[3][2])
    return before.cue.sent.start_char >= last


def _cue_sentence_just_before(
    span: MarkedSpan, text: str, index: _TokenIndex, by_cue: dict[int, Attribution], inside
) -> Attribution | None:
    """The reporting verb of the sentence just before a quotation no cue claims (in its
    paragraph, or closing the paragraph before), when that sentence has no quoted words and its
    cue is its main verb with a speaker: "Iowa State University's Dianne Bystrom agreed. “…”",
    "…, the party's spokesman said in a statement. “…”". The quotation opens a sentence."""
    inner = text[span.start + 1 : span.end].lstrip("'\"‘“ ")
    if not inner[:1].isupper():
        return None
    stop = _end_before(text, span.start)
    if stop < 1 or text[stop - 1] != "." or text.count("\n", stop, span.start) > 2:
        return None
    period = index.at(stop - 1)
    if period is None or period.idx != stop - 1:
        return None
    sentence = period.sent
    if any(inside(t.idx) is not None for t in sentence):
        return None  # quoted words of its own: the quotation after it is someone's turn
    para = _newlines(text).before(stop)
    if sentence.start_char <= para:
        return None
    root = sentence.root
    attribution = by_cue.get(root.i)
    if attribution is None or attribution.marks or attribution.speaker is None:
        return None
    if attribution.how.startswith(("noun(", "topic(")):
        return None
    return attribution


def _framed_before(span: MarkedSpan, last_inside: str, index: _TokenIndex) -> bool:
    """Quoted words that are a complement of a verb before them ("defended his manager as a
    “very decent man” and charged …"), not closed by a comma: a cue after them is another
    statement."""
    closing = index.text[span.start : span.end].rstrip("\"'”’` ")
    if last_inside in ",?!" or closing[-1:] in (",", "?", "!"):
        return False  # ''…,'' marks of two apostrophes
    token = index.at(span.start + 1)
    if token is None or token.idx >= span.end:
        return False
    for _ in range(6):
        head = token.head
        if head.i == token.i or token.dep_ in ("relcl", "conj", "parataxis", "advcl", "ccomp"):
            return False
        if head.idx < span.start:
            if head.pos_ == "VERB":
                return True
        elif head.idx >= span.end:
            return False
        token = head
    return False


def _governing_cue(span: MarkedSpan, index: _TokenIndex, by_cue: dict[int, Attribution]):
    """The reporting verb before a quoted span whose words hang on it in the parse ("called
    her “weak”", "describes himself as “pro-Israel”"), within the same paragraph."""
    token = index.at(span.start + 1)
    if token is None or token.idx >= span.end:
        return None
    for _ in range(6):
        head = token.head
        if head.i == token.i or token.dep_ in ("relcl", "conj", "parataxis", "advcl"):
            return None
        if head.i in by_cue:
            between = range(head.i + 1, token.left_edge.i)
            if (
                head.idx < span.start
                and "\n" not in index.text[head.idx : span.start]
                and not any(i in by_cue for i in between)  # "sings …, asking her, “…”"
            ):
                return by_cue[head.i]
            return None
        token = head
    return None


TARGET_FIRST_VERBS = frozenset({"accuse", "liken", "compare", "charge"})
FRAME_DEPS = ("dobj", "dative", "prep", "xcomp", "ccomp", "oprd", "attr", "acomp", "agent")


def _verb_frame(cue: Token, m: MarkedSpan, text: str, inside) -> tuple[int, int] | None:
    """Quoted words inside what a verb frames ("described Clinton as “a disgrace”", "told
    supporters to “go and vote”"): the complement around them, if more than the quote itself."""
    doc = cue.doc
    token = _token_at(doc, m.start + 1)
    if token is None:
        return None
    child = token
    while child.head.i != cue.i:
        if child.head.i == child.i or child.dep_ in ("relcl", "conj", "parataxis"):
            return None
        child = child.head
    if (
        child.dep_ not in FRAME_DEPS
        or child.i < cue.i
        or cue.lower_ == "according"
        or _as_put_it(cue)
    ):
        return None
    parts = [
        c
        for c in cue.children
        if c.i > cue.i and c.dep_ in FRAME_DEPS and c.i <= child.i or c.i == child.i
    ]
    if cue.lemma_.lower() in TARGET_FIRST_VERBS:
        parts = [c for c in parts if c.dep_ != "dobj"] or parts  # "accused X of “…”"
    elif cue.lemma_.lower() in ADDRESSEE_VERBS:
        # "tells his supporters at a rally to “go and vote”": the addressee is not what was said
        parts = [c for c in parts if c.dep_ not in ("dobj", "dative")] or parts
    # the quote's own phrase: the lowest word whose subtree holds the whole quote
    phrase = token
    last = _token_at(doc, m.end - 1)
    while phrase.i != child.i and (last is None or phrase.right_edge.i < last.i):
        phrase = phrase.head
    lo = min(p.left_edge.i for p in parts)
    hi = phrase.right_edge.i
    start, end = _trim(text, doc[lo].idx, doc[hi].idx + len(doc[hi]))
    start, end = min(start, m.start), max(end, m.end)
    para_end = _newlines(text).after(m.start)
    if "\n" in text[cue.idx : start] or (0 <= para_end < end):
        return None
    outside = text[start : m.start] + " " + text[m.end : end]
    if _words(outside) < 1 or any(
        inside(t.idx) is not None and not (m.start <= t.idx < m.end) for t in doc[lo : hi + 1]
    ):
        return None
    return start, end


def _is_object_of(m: MarkedSpan, cue: Token, index: _TokenIndex) -> bool:
    """ "Protesters chanted “What curfew?”": the quoted words are the verb's own object."""
    token = index.at(m.start + 1)
    while token is not None and token.head.i != cue.i:
        if token.head.i == token.i or not (m.start <= token.head.idx < m.end):
            return False
        token = token.head
    return token is not None and token.dep_ in ("dobj", "ccomp", "oprd", "xcomp")


PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "we", "i"})


def _colon_clause_speaker(verb: Token, colon: Token) -> Token | None:
    """issue #10 round 6: the verb nearest the colon is often not who speaks ("Mr. Amar said
    that … some kind of grand bargain might be possible: ''…''", "Ms. Warren has been …,
    visiting … to encourage young staffers with a simple message: ''…''"): of the verbs from it
    up to the sentence's root, a reporting verb's subject speaks, else the nearest subject that
    names someone (a proper noun, he/she/they), else None (the nearest verb's subject as
    before)."""
    chain = [verb]
    while chain[-1].head.i != chain[-1].i and len(chain) < 8:
        chain.append(chain[-1].head)
    chain = [v for v in chain if v.pos_ in ("VERB", "AUX") and v.i < colon.i]
    said = [v for v in chain if v.lemma_.lower() in reporting_verbs()]
    for v in [*said[:1], *chain]:
        subject = speaker_head(v)
        if subject is None or subject.i >= colon.i or subject.is_punct:
            continue
        if said and v is said[0]:
            return subject
        if subject.pos_ == "PROPN" or subject.lower_ in PERSONAL_SUBJECTS:
            return subject
    # issue #10 round 9: "The cleric is shown lecturing: “…”": the verb before the colon has no
    # subject of its own; the nearest noun subject above it speaks
    for v in chain[1:]:
        subject = speaker_head(v)
        if subject is not None and subject.i < colon.i and subject.pos_ in ("NOUN", "PROPN"):
            return subject
    return None


DASHED_COLON_LEAD = re.compile(
    r"(?:\s[-—–―]\s|--)[^\S\n]*(?:[A-Z][\w.’'\-]*[^\S\n]+){0,3}[A-Z][\w.’'\-]*[^\S\n]*:[^\S\n]*\Z"
)
COLON_CUT = re.compile(r"\n|\s[-—–―]\s|--")


def _cut_off(subject: Token, colon: Token, text: str) -> bool:
    """issue #10 round 13: a paragraph break or a dash between a subject and the colon parts
    them: "… machines.”⏎⏎Continued Stone: “…”" (the parser's subject sits in the quotation
    before), "Pollsters agree - Carl Bialik: “…”" (the name before the colon speaks)."""
    return bool(COLON_CUT.search(text, subject.idx, colon.idx))


def _colon_speaker(span: MarkedSpan, text: str, index: _TokenIndex) -> Token | None:
    """ "Pence: “…”" and transcript lines: the name right before a colon that opens the quote."""
    stripped = _end_before(text, span.start)
    if not stripped or text[stripped - 1] != ":":
        return None
    colon = index.at(stripped - 1)
    if colon is None or colon.i == 0:
        return None
    token = index.parsed[colon.i - 1]
    if colon.text.startswith(")") or token.text == ")":
        # issue #10 round 15: "Rep. Trey Gowdy (R-S.C.):“…”": the name before the party label
        closing = colon.i if colon.text.startswith(")") else token.i
        opening = next(
            (t.i for t in reversed(index.parsed[max(0, closing - 8) : closing]) if t.text == "("),
            None,
        )
        if opening is not None and opening > 0:
            token = index.parsed[opening - 1]
    found = _colon_clause_head(token, colon, text)
    if (
        token.lower_ in HEADLINE_NOUNS
        and found is not None
        and (found.ent_type_ == "PERSON" or found.lower_ in PERSON_PRONOUNS)
    ):
        # issue #10 pron40: "Harry was pictured at a party under the headline: “…”": a
        # headline is the paper's words, not those of whoever the story is about
        return _headline_publisher(token, colon)
    return found


def _colon_clause_head(token: Token, colon: Token, text: str) -> Token | None:
    """The head of the speaker before the colon that ends at ``token`` (:func:`_colon_speaker`)."""
    # "Sanders made the following comment: “…”": whoever did what the colon ends
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if (
        token.pos_ in ("PROPN", "NOUN")
        and token.ent_type_ == "PERSON"
        and token.dep_ in ("dobj", "dative")
        and token.head.i == verb.i
        and verb.pos_ == "VERB"
    ):
        # issue #10 round 14: "The timing … doesn't surprise pollster Daron Shaw: “…”": a
        # person the verb acts on speaks when its subject could not (a thing, not a name)
        subject = speaker_head(verb)
        if subject is None or not (
            subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or subject.lower_ in PERSONAL_SUBJECTS
            or subject.pos_ == "PROPN"
        ):
            return token
    if verb.pos_ in ("VERB", "AUX") and verb.i < colon.i:
        subject = _colon_clause_speaker(verb, colon)
        if subject is not None and not _cut_off(subject, colon, text):
            return subject
        subject = speaker_head(verb)
        if (
            subject is not None
            and subject.i < colon.i
            and not subject.is_punct
            and not _cut_off(subject, colon, text)
        ):
            return subject
    if token.pos_ in ("PROPN", "NOUN", "PRON"):
        return token
    return None


# issue #10 pron40: the nouns that put a paper's words before a colon ("under the headline:")
HEADLINE_NOUNS = frozenset({"headline", "headlines", "banner", "caption", "strapline"})
PUBLICATION_NOUNS = frozenset(
    {"paper", "newspaper", "tabloid", "daily", "magazine", "website", "weekly", "broadsheet"}
)
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})


def _headline_publisher(noun: Token, colon: Token) -> Token | None:
    """The publication a headline before a colon is credited to: the subject of its verb when
    that is an organisation or a paper ("The Sun ran the story under the headline:"), else the
    nearest organisation named before the colon in the sentence ("published on the front page
    of the Mirror under the headline:"); else the headline itself, which names no one (never
    the person the story is about)."""
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = speaker_head(verb) if verb.pos_ in ("VERB", "AUX") else None
    if (
        subject is not None
        and subject.i < colon.i
        and (subject.ent_type_ == "ORG" or subject.lower_ in PUBLICATION_NOUNS)
    ):
        return subject
    for token in reversed(noun.doc[noun.sent.start : colon.i]):
        if token.ent_type_ == "ORG" and token.pos_ == "PROPN":
            return token
    return noun


RIGHT_AFTER_CUE = re.compile(r"[^\S\n]*[,:][^\S\n]*")
LEAD_IN = re.compile(r"(?:[.?!”\"])\s+([A-Z][a-z]+,?(?: [a-z]+,?)?) $")
DASH_SPEAKER = re.compile(r"[^\S\n]*([―—–]|--)[^\S\n]*(?=[A-Z])")
# a quotation closing its paragraph, signed on the next line: "¶¶- Bernie Sanders." (a hyphen
# is a dash only at the start of a line)
DASH_LINE_SPEAKER = re.compile(r"[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*([―—–-]|--)[^\S\n]*(?=[A-Z])")
# a transcript line may sit inside a quoted transcript whose paragraphs each open with a mark
COLON_LINE = re.compile(
    r"(?m)^[^\S\n]*[\"“]?((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w.’'\-]*)[ \t]*:[^\S\n]+"
    r"(\S[^\n]*)"
)


def _propn_run_end(token: Token | None) -> Token | None:
    """The last proper noun of a name starting at ``token`` ("― Stephanie Egan" -> Egan)."""
    if token is None or token.pos_ != "PROPN":
        return None
    doc = token.doc
    i = token.i
    while i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and "\n" not in doc[i].whitespace_:
        i += 1
    return doc[i]


def _is_title(quoted: str) -> bool:
    """Up to six words, each capitalised ("The Apprentice", "Fox and Friends" aside from its
    "and"): the name of a show, book or law, not somebody's words."""
    words = [w.lstrip("'\"‘“`(") for w in quoted.split() if any(ch.isalnum() for ch in w)]
    capital = [w for w in words if w[0].isupper()]
    small = [w for w in words if not w[0].isupper()]
    return (
        bool(words)
        and len(words) <= 6
        and all(w in TITLE_SMALL_WORDS for w in small)
        and (len(capital) >= 1)
    )


TITLE_SMALL_WORDS = frozenset({"and", "of", "the", "a", "an", "in", "on", "for", "to", "&"})

# issue #10 read56: quoted words right before one of these nouns name it (a slogan, a
# campaign, a programme: "the “I'm lovin' it” advertising campaign", "its “Yes we can”
# slogan"), and are nobody's words in the sentence
NAMED_THINGS = frozenset(
    {"campaign", "slogan", "motto", "tagline", "catchphrase", "jingle", "advert",
     "advertisement", "ad", "brand", "logo", "label", "song", "programme", "program",
     "initiative", "scheme", "doctrine",
     # issue #10 quotes58: a rule named by its words ("the “first time, last time” principle")
     "rule", "principle", "policy", "clause", "provision", "law", "test"}
)  # fmt: skip
_NEXT_WORDS = re.compile(r"\s*([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")


def _slogan_of_a_thing(text: str, end: int) -> bool:
    """Whether the quoted words ending at ``end`` are followed at once by a noun of
    ``NAMED_THINGS`` (or one word and then such a noun: "advertising campaign")."""
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    return any(w is not None and w.removesuffix("s") in NAMED_THINGS for w in m.groups())


KNOWN_AS = re.compile(r"\b(?:known|referred to)[^\S\n]+as[^\S\n]+(?:(?:the|a|an)[^\S\n]+)?\Z|"
                      r"\bso-called[^\S\n]+\Z", re.IGNORECASE)  # fmt: skip


def _quoted_name(m: MarkedSpan, text: str) -> bool:
    """issue #10 quotes58: quoted words that name a thing rather than report words: a few
    words right before a noun of ``NAMED_THINGS`` ("in what is known as the “one time, last
    time” rule"), or any right after "known as" / "so-called" (the writer's term)."""
    if KNOWN_AS.search(text, max(0, m.start - 40), m.start):
        return True
    return _words(text[m.start + 1 : m.end - 1]) >= 3 and _slogan_of_a_thing(text, m.end)


def _scare_quote_clause(m: MarkedSpan, text: str, index: _TokenIndex, inside) -> Draft | None:
    """Quoted words in what a named person or body did ("Christie blasted Clinton as a
    “disgrace”"): the verb's complement holding the words is a ``mixed`` quote by its subject."""
    quoted = text[m.start + 1 : m.end - 1]
    if not any(ch.isalnum() for ch in quoted) or _is_title(quoted):
        return None  # a title such as “The Apprentice”, not somebody's words
    if _words(quoted) >= 3 and _slogan_of_a_thing(text, m.end):
        # issue #10 read56: "oversaw the “I'm lovin' it” advertising campaign": a slogan of a
        # few words names the campaign (one or two, "its “racist” campaign", are a judgement)
        return None
    token = index.at(m.start + 1)
    if token is None:
        return None
    child = token
    verb = token.head
    while verb.pos_ not in ("VERB",) and verb.head.i != verb.i:
        child, verb = verb, verb.head
    if verb.pos_ != "VERB" or inside(verb.idx) is not None or verb.i > child.i:
        return None
    head = speaker_head(verb, inside)
    if head is None or inside(head.idx) is not None:
        return None
    if not (head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or head.lower_ in ("he", "she")):
        return None
    doc = index.parsed
    lo = verb.i + 1
    while lo < child.left_edge.i and doc[lo].dep_ in ("prt", "advmod", "punct"):
        lo += 1
    # "tweeted in the early morning hours that …": the verb's own time and place come first
    for c in verb.children:
        if c.dep_ in ("prep", "npadvmod") and c.i == lo and c.right_edge.i < child.left_edge.i:
            lo = c.right_edge.i + 1
    hi = child.right_edge.i
    last = index.at(m.end - 1)
    if last is not None:
        # "… was “disgusting” and “a con” and encouraged Americans to …": another verb's words
        for t in doc[last.i + 1 : hi + 1]:
            if t.dep_ == "cc" and t.i + 1 <= hi and doc[t.i + 1].pos_ == "VERB":
                hi = t.i - 1
                break
    if "\n" in text[doc[lo].idx : m.start]:
        return None
    start, end = _trim(text, doc[lo].idx, doc[hi].idx + len(doc[hi]))
    start, end = min(start, m.start), max(end, m.end)
    if (start, end) == (m.start, m.end) and _words(quoted) <= MAX_TERM_WORDS:
        # issue #10 round 11: "showing “respect” to the FBI", "doesn't like “surprises,”", "he
        # gestured “no”": a verb's bare object of a few quoted words, the writer's scare quote
        return None
    cue = (verb.text, verb.idx, verb.idx + len(verb))
    return Draft(start, end, "mixed", None, f"mixed:scare-quote({verb.lemma_})", head, cue)


THAT_CLAUSE_DEPS = ("ccomp", "acl", "attr", "appos", "advcl")


def _that_clause_quote(m: MarkedSpan, text: str, index: _TokenIndex, inside) -> Draft | None:
    """issue #10 round 9: "Paul Ryan worried that the safety net was becoming “a hammock …”",
    "Trump groused to a crowd that CNN “doesn't treat me properly”", "his answer was that “…”":
    quoted words inside a clause opened by "that" under a verb no cue list has (or a noun, "the
    suggestion that someone “ought to look into” the judge") are a ``mixed`` quote of the whole
    clause, said by the verb's subject (or the noun's possessor). Not across a paragraph, not
    when the clause holds other quoted words a cue reports."""
    token = index.at(m.start + 1)
    if token is None or token.idx >= m.end:
        return None
    clause = None
    for _ in range(8):
        if token.head.i == token.i:
            return None
        first = token.left_edge
        if (
            token.dep_ in THAT_CLAUSE_DEPS
            and first.lower_ == "that"
            and first.dep_ == "mark"
            and first.idx < m.start
            and token.head.i < first.i
        ):
            clause = token
            break
        token = token.head
    if clause is None:
        return None
    head = clause.head
    if inside(head.idx) is not None or head.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
        return None
    start = clause.left_edge.idx
    last = clause.right_edge
    end = last.idx + len(last)
    para_end = _newlines(text).after(m.start)
    if "\n" in text[start : m.start] or (0 <= para_end < end):
        return None
    start, end = _trim(text, start, end)
    end = max(end, m.end)
    attr = next((c for c in head.children if c.dep_ == "attr" and c.i < clause.i), None)
    holder = _speech_noun_holder(index.parsed[first.i - 1], inside) if first.i > 0 else None
    if holder is not None:
        # issue #10 round 14: "after her March comment that, “…”", "buttress the contention of
        # Hillary Clinton that …" parsed with the clause on the main verb: the noun's holder
        speaker = holder
    elif head.pos_ == "NOUN":
        speaker = _noun_clause_speaker(head, inside)
    elif head.lemma_ == "be" and attr is not None and attr.pos_ == "NOUN":
        # "it was a report by Politico that he “fabricated” the story"
        speaker = _noun_clause_speaker(attr, inside) or speaker_head(head, inside)
    else:
        speaker = speaker_head(head, inside)
    if speaker is not None and inside(speaker.idx) is not None:
        speaker = None
    cue = (head.text, head.idx, head.idx + len(head))
    rule = f"mixed:that-clause({head.lemma_.lower()})"
    return Draft(start, end, "mixed", None, rule, speaker, cue)


def _speech_noun_holder(before: Token, inside) -> Token | None:
    """issue #10 round 14: the person whose words a noun cue right before "that" names: its
    possessor ("her comment that") or the person of its "of" ("the contention of Hillary Clinton
    that"); only a person or body or a personal pronoun, else None."""
    if inside(before.idx) is not None:
        return None

    def speaks(t: Token) -> bool:
        if t.pos_ == "PRON":
            return t.lower_ in ("his", "her", "their", "my", "our")
        return t.ent_type_ in SPEAKER_ENTS

    if before.pos_ == "NOUN" and before.lemma_.lower() in noun_cues():
        owner = next((c for c in before.children if c.dep_ == "poss"), None)
        return owner if owner is not None and speaks(owner) else None
    prep = before.head
    if (
        before.dep_ == "pobj"
        and before.pos_ == "PROPN"
        and speaks(before)
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() in noun_cues()
    ):
        return before
    return None


def _noun_clause_speaker(noun: Token, inside) -> Token | None:
    """Who holds the view a noun's "that" clause gives: its possessor ("her claim that"), the
    object of "by" or "from" ("a report by Politico that", "comments from Leon Panetta that"),
    else the subject of the verb the noun is the object of ("Clinton expressed confidence
    that …")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from") and child.i < noun.i + 8:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and (
                obj.pos_ == "PROPN" or obj.ent_type_ in SPEAKER_ENTS or child.lower_ == "by"
            ):
                return obj
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return speaker_head(noun.head, inside)
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "VERB":
        # "Republicans seethed after the disclosure that …": who reacted to it
        return speaker_head(prep.head, inside)
    return None


SPEAKER_ENTS = ("PERSON", "ORG", "NORP", "GPE")


# words that may stand between "as" and the quotation it frames: "as a mere “moan”"
AS_FILLERS = frozenset({"a", "an", "the", "being", "mere", "so", "some", "very", "truly"})
AS_STOPS = frozenset({".", ";", ":", "?", "!", "“", "”", '"', "(", ")", "—", "–", "―", "--"})


def _quote_follows(doc: Doc, i: int) -> bool:
    """A quotation mark at token ``i``, or after one adverb ("and then “go pick …”")."""
    if i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    return i < len(doc) and doc[i].is_quote


def _phrase_end(m: MarkedSpan, index: _TokenIndex, floor: int, verb: Token) -> int | None:
    """Where the phrase holding quoted words ends: the lowest word whose subtree holds the whole
    quotation, up to a comma, a dash, a coordinated verb or a date the writer adds ("… a
    “disgrace” Wednesday on …"); never past the paragraph. ``floor``: the phrase's head must
    come after this token (the cue's own words are not the phrase)."""
    doc = index.parsed
    inner = index.at(m.start + 1)
    last = index.at(m.end - 1)
    if inner is None or last is None:
        return None
    phrase = inner
    for _ in range(8):
        if phrase.left_edge.i <= inner.i and phrase.right_edge.i >= last.i:
            break
        if phrase.head.i == phrase.i:
            break
        phrase = phrase.head
    end = m.end
    if phrase.i > floor and phrase.i != verb.i:
        k = last.i + 1
        while k <= phrase.right_edge.i and k < len(doc):
            token = doc[k]
            if token.text in (",", ".", ";", ":", "—", "–", "―", "--") or "\n" in token.whitespace_:
                break
            if token.ent_type_ in ("DATE", "TIME") and token.head.i == phrase.i:
                break
            if token.dep_ == "cc" and _quote_follows(doc, k + 1):
                pass  # "as “a sociopath” and “a psychopath”": the quotations run on
            elif token.dep_ == "cc" or (token.pos_ == "VERB" and token.dep_ == "conj"):
                break  # "… as “unfit” or poking holes in …": another verb's words
            end = max(end, token.idx + len(token))
            k += 1
    return end


# PolNeAR leaves the addressee out ("told his supporters [to …]"), not the object of "urge" or
# "encourage" ("encouraged [Americans to …]")
ADDRESSEE_VERBS = frozenset({"tell", "ask", "warn", "remind", "assure", "inform"})


def _inside_complement(
    m: MarkedSpan, attribution: Attribution, text: str, index: _TokenIndex
) -> tuple[int, int] | None:
    """ "Rubio bemoaned the climate in which people “literally hate each other” because …",
    "Trump tells his supporters at a rally to “go to your place and vote”": quoted words deep
    inside what a cue before them reports, with the writer's words between (not set off by a
    comma or colon), are a ``mixed`` quote of the cue's complement, not a direct quote. After
    "tell", "ask", "urge" the addressee is no part of it."""
    doc = index.parsed
    cue = attribution.cue
    gap = text[attribution.cue_end : m.start]
    if "\n" in gap or any(ch in gap for ch in '.?!;:,—–"“”') or not gap.strip():
        return None
    if _words(gap) < 2 or cue.lower_ == "according" or _as_put_it(cue):
        return None
    if _is_title(text[m.start + 1 : m.end - 1]):
        return None  # "said Thursday on Fox News’s “Fox and Friends”": a show, not words
    first = index.at(m.start)
    if first is None:
        return None
    lo = cue.i + 1
    while lo < first.i and (doc[lo].dep_ in ("prt", "advmod", "punct") or doc[lo].is_space):
        lo += 1
    if cue.lemma_.lower() in ADDRESSEE_VERBS:
        mark = next((t for t in doc[lo : first.i] if t.lower_ in ("to", "that") and t.i > lo), None)
        if mark is not None:
            lo = mark.i
    if lo >= first.i and doc[lo].idx >= m.start:
        return None
    end = _phrase_end(m, index, cue.i, cue)
    if end is None:
        return None
    start, end = _trim(text, doc[lo].idx, end)
    return start, max(end, m.end)


def _as_frame(m: MarkedSpan, text: str, index: _TokenIndex, inside) -> Draft | None:
    """ "Reid has been pounding Trump as a “con artist”", "shrugging off her opinion as a mere
    “moan”": a verb casting its object *as* quoted words is a ``mixed`` quote by the verb's
    subject (PolNeAR marks the object and the frame, not only the scare quote), whatever the
    verb and however the parser hangs "as". The phrase ends with the quotation's noun phrase,
    before the time and place the writer adds ("… a “disgrace” Wednesday on …")."""
    doc = index.parsed
    first = index.at(m.start)
    if first is None:
        return None
    i = first.i - 1
    while i >= 0 and doc[i].lower_ in AS_FILLERS and first.i - i <= 3:
        i -= 1
    if i < 2 or doc[i].lower_ != "as" or "\n" in text[doc[i].idx : m.start]:
        return None
    as_token = doc[i]
    verb = None
    for j in range(as_token.i - 1, max(-1, as_token.i - 16), -1):
        token = doc[j]
        if token.text in AS_STOPS or token.is_quote or "\n" in token.whitespace_:
            break
        if inside(token.idx) is not None:
            break
        if token.pos_ == "VERB" and token.lemma_ not in ("be", "have"):
            verb = token
            break
    if (
        verb is not None
        and verb.dep_ == "acl"
        and verb.tag_ == "VB"
        and verb.head.dep_ == "dobj"
        and verb.head.head.pos_ == "VERB"
        and verb.head.head.i < verb.i
        and not any(t.text in AS_STOPS or t.is_quote for t in doc[verb.head.head.i : verb.i])
    ):
        # issue #10 round 13: "Trump hailed Britain’s vote to leave the EU as “fantastic”": the
        # infinitive belongs to the object; the verb that casts the object is the one before
        verb = verb.head.head
    if verb is None or verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "is being criticized as …": no object cast, a passive's own words
    lo = verb.i + 1
    while lo < as_token.i and (
        doc[lo].dep_ in ("prt", "advmod") or doc[lo].pos_ == "ADP" or doc[lo].is_space
    ):
        lo += 1  # "going after Trump as …", "shrugging off …"
    if lo >= as_token.i or not any(t.is_alpha for t in doc[lo : as_token.i]):
        return None
    if any(t.text in (",", "—", "–") for t in doc[lo : as_token.i]):
        return None
    end = _phrase_end(m, index, as_token.i, verb)
    if end is None:
        return None
    start, end = _trim(text, doc[lo].idx, end)
    if end < m.end:
        end = m.end
    head = speaker_head(verb, inside)
    if head is not None and inside(head.idx) is not None:
        head = None
    cue = (verb.text, verb.idx, verb.idx + len(verb))
    return Draft(start, end, "mixed", None, f"mixed:as-frame({verb.lemma_})", head, cue)


CHANT_OF = re.compile(r"\b(chants?|cries|calls|shouts)[^\S\n]+of[^\S\n]+\Z", re.IGNORECASE)
AND_QUOTED = re.compile(r"[^\S\n]+(?:and|or)[^\S\n]+")


def _chant_of(
    m: MarkedSpan, k: int, text: str, index: _TokenIndex, marks, used_marks: set[int]
) -> Draft | None:
    """issue #10 round 14: "their chants of “Ted! Ted! Ted!”", "calls of “Feel the Bern” and
    “Love you, Bernie”": the quotation after "chants of" is what the crowd cried, a direct quote
    (with the one "and" joins to it)."""
    if _words(text[m.start : m.end]) < 2:
        return None  # "chants of “no.”", "cries of “Bitch!”": PolNeAR leaves one word out
    lead = CHANT_OF.search(text, max(0, m.start - 30), m.start)
    noun = index.at(lead.start(1)) if lead else None
    if noun is None or noun.pos_ != "NOUN":
        return None
    end = m.end
    used_marks.add(k)
    for k2 in range(k + 1, len(marks)):
        if k2 in used_marks or not AND_QUOTED.fullmatch(text, end, marks[k2].start):
            break
        used_marks.add(k2)
        end = marks[k2].end
    # who chanted, when the noun says so ("their chants"); a verb's subject may be who was
    # met with them or roused them ("was met with chants of", "roused the crowd to chants of")
    head = next((c for c in noun.children if c.dep_ == "poss"), None)
    said = text[lead.start(1) : lead.end()].rstrip()
    cue = (said, lead.start(1), lead.start(1) + len(said))
    return Draft(m.start, end, "direct", None, "direct:chant-of", head, cue)


def _transcript_turn_end(text: str, end: int, marks: list[MarkedSpan]) -> int:
    """A speaker's turn in a quoted transcript runs on over paragraphs with no new "NAME:"."""
    # marks are outermost and in text order: only the last one opening before ``end`` can hold it
    k = bisect_left(marks, end, key=lambda m: m.start) - 1
    limit = 0
    if k >= 0 and marks[k].start < end <= marks[k].end and marks[k].paragraphs > 1:
        limit = marks[k].end
    while end < limit:
        start = _newlines(text).after(end)
        if start < 0 or start >= limit:
            break
        while start < len(text) and text[start].isspace():
            start += 1
        line_end = _newlines(text).after(start)
        line_end = min(len(text) if line_end < 0 else line_end, limit)
        line = text[start:line_end].lstrip('"“')
        if not line or line[0] == "(" or COLON_LINE.match(text[start:line_end]):
            break
        end = _trim(text, start, line_end)[1]
    return end


# issue #10 speakers21: "Gillibrand on Hillary Releasing Her Transcripts: ‘I Think She Will.’"
HEADLINE_ON = re.compile(
    r"\A[^\S\n]*((?:[A-Z][\w.’'\-]*[ \t]+){0,3}[A-Z][\w.’'\-]*)[ \t]+(?:[Oo]n|[Aa]bout)[ \t]+"
    r"[^\n:]{2,120}?:[^\S\n]+(\S[^\n]*)"
)


def _colon_lines(text: str, index: _TokenIndex, marks: list[MarkedSpan], used: set[int]):
    """Transcript lines ("PENCE: Well, look …") and headlines ("Pence: Trump Was ‘Mocking’ …",
    "Gillibrand on Clinton's Transcripts: ‘…’": the name before "on" or "about" speaks)."""
    drafts = []
    first_line_end = text.find("\n")
    for match in [*COLON_LINE.finditer(text), *HEADLINE_ON.finditer(text)]:
        if match.re is HEADLINE_ON:
            if any(d.start < match.end(2) and match.start(2) < d.end for d in drafts):
                continue
            if not any(match.start(2) <= m.start < match.end(2) for m in marks):
                continue  # "Trump on Trade: Tariffs Ahead" is a topic, not somebody's words
        name = match.group(1)
        transcript = name.isupper() and len(name) > 1 and match.re is COLON_LINE
        headline = match.start() <= max(first_line_end, 0) or first_line_end < 0
        if not (transcript or headline) or name.lower() in not_speakers():
            continue
        head = index.at(match.end(1) - 1)
        if (
            head is None
            or head.pos_ not in ("PROPN", "NOUN")
            and not transcript
            and match.re is not HEADLINE_ON  # a headline's capitals: "Gillibrand" tagged a verb
        ):
            continue
        lo, hi = _trim(text, match.start(2), match.end(2))
        if hi - lo < 3:
            continue
        if transcript:
            hi = _transcript_turn_end(text, hi, marks)
        inner = [k for k, m in enumerate(marks) if lo <= m.start and m.end <= hi + 1]
        # a transcript quoted whole ("WALLACE: … each paragraph opening with a mark)
        around = [k for k, m in enumerate(marks) if m.start <= match.start(1) < m.end]
        covered = sum(marks[k].end - marks[k].start for k in inner)
        if around or (inner and covered >= (hi - lo) * 0.9):
            kind = "direct"
        elif inner:
            kind = "mixed"
        else:
            kind = "direct" if transcript else "indirect"
        used.update(inner)
        used.update(around)
        colon = match.end(1) + text[match.end(1) :].index(":")
        rule = "transcript-speaker-colon" if transcript else "headline-speaker-colon"
        drafts.append(
            Draft(
                lo,
                hi,
                kind,
                None,
                f"{kind}:{rule}",
                head,
                (":", colon, colon + 1),
                (match.start(1), match.end(1)),
            )
        )
    return drafts


def _blanked(text: str, lo: int, hi: int, marks: list[MarkedSpan]) -> str:
    """``text[lo:hi]`` with the characters inside ``marks`` made spaces (a slice per mark, not
    a test of every mark for every character)."""
    chars = list(text[lo:hi])
    for m in marks:
        a, b = max(lo, m.start), min(hi, m.end)
        if b > a:
            chars[a - lo : b - lo] = " " * (b - a)
    return "".join(chars)


NARRATED_SUBJECTS = frozenset({"he", "she", "they"})


def _narrated_cue_sentence(sent: Span) -> bool:
    """Whether a sentence opens with its speaker and a reporting verb ("He added that …", "Ms
    Marsh said …", "The police said …"), a third person: the writer's narration, not words
    still quoted (a speaker goes on as "I" or "we")."""
    for token in sent[:6]:
        if token.dep_ != "nsubj" or token.head.i < token.i:
            continue
        verb = token.head
        if verb.lemma_.lower() not in reporting_verbs() or verb.i - sent.start > 5:
            return False
        if token.lower_ in NARRATED_SUBJECTS:
            return token.i == sent.start
        # "Ms Marsh said", "The police said": a name or a noun phrase opening the sentence
        return token.pos_ in ("PROPN", "NOUN") and token.left_edge.i == sent.start
    return False


def _before_narrated_cue(m: MarkedSpan, parsed: Doc, text: str) -> MarkedSpan:
    """issue #10 quotes58: a quotation mark never closed ("said the plan was “a disaster for the
    city. He added that it would cost jobs.") would run to its paragraph's end over the
    writer's own next sentence and its speaker: the quotation ends with the sentence before
    one that opens with a speaker and a reporting verb."""
    first = _token_at(parsed, m.start + 1)
    if first is None:
        return m
    sent = first.sent
    while sent.end < len(parsed):
        following = parsed[sent.end].sent
        if following.start_char >= m.end or "\n" in text[sent.end_char : following.start_char]:
            return m
        if _narrated_cue_sentence(following):
            end = len(text[: sent.end_char].rstrip())
            return replace(m, end=end) if end - m.start > 2 else m
        sent = following
    return m


def extract_quotes(doc: Document) -> Document:
    """Fill ``doc.quotes`` from ``doc.parsed`` (a no-op when the document was not parsed)."""
    parsed = doc.parsed
    if parsed is None:
        return doc
    text = doc.text
    marks = [m for m in find_marked_spans(text) if m.end - m.start > 2]
    if any(not m.closed for m in marks):
        marks = [m if m.closed else _before_narrated_cue(m, parsed, text) for m in marks]
    mark_starts = [m.start for m in marks]

    def inside(char: int) -> MarkedSpan | None:
        i = bisect_right(mark_starts, char) - 1
        if i >= 0 and marks[i].start <= char < marks[i].end:
            return marks[i]
        return None

    index = _TokenIndex(parsed, text)
    book = NameBook(parsed)
    attributions = _find_attributions(parsed, text, inside)
    by_cue = {a.cue.i: a for a in attributions}
    drafts: list[Draft] = []
    used_marks: set[int] = set()

    # 2b. "PENCE: …" transcript lines and "Pence: …" headlines
    colon_lines = _colon_lines(text, index, marks, used_marks)
    drafts.extend(colon_lines)

    # 3. quoted words inside a verb's content clause: direct if they fill it, else mixed
    for attribution in attributions:
        if attribution.content is None:
            continue
        if any(d.start <= attribution.cue_start < d.end for d in colon_lines):
            continue
        pieces = attribution.pieces or [attribution.content]
        inner = [
            (k, m)
            for k, m in enumerate(marks)
            if k not in used_marks and any(m.start < hi and m.end > lo for lo, hi in pieces)
        ]
        own = [o for _, m in inner if (o := _own_cue_right_before(m, attribution, by_cue))]
        if inner and not own:
            own = _reported_earlier(attribution, [m for _, m in inner], by_cue)
        if own:
            # the clause ends before the one whose verb has the quotation to itself
            cut = min(o.cue.left_edge.idx for o in own)
            pieces = [_trim(text, lo, min(hi, cut)) for lo, hi in pieces if lo < cut]
            pieces = [(lo, hi) for lo, hi in pieces if hi > lo]
            if not pieces:
                continue
            attribution.content = (pieces[0][0], pieces[-1][1])
            attribution.pieces = pieces if len(pieces) > 1 else []
            inner = [
                (k, m) for k, m in inner if any(m.start < hi and m.end > lo for lo, hi in pieces)
            ]
        if not inner:
            continue
        if DASHED_COLON_LEAD.search(text, attribution.cue_end, inner[0][1].start):
            continue  # "Pollsters agree - Carl Bialik: “…”": the colon lead-in below
        relative = _relative_cue_clause(attribution, [m for _, m in inner], index, text)
        if relative is not None:
            # "…, which he called “a cartel.”": the relative clause's subject said the words
            drafts.append(relative)
            used_marks.update(k for k, _ in inner)
            lo, _ = attribution.content
            attribution.content = _trim(text, lo, relative.start)
            continue
        pieces = [_after_colon_lead(p, attribution, [m for _, m in inner], text) for p in pieces]
        outside = " ".join(
            _blanked(text, c_lo, c_hi, [m for _, m in inner]) for c_lo, c_hi in pieces
        )
        named = _named_in_passive(attribution, [m for _, m in inner], text)
        if _words(outside) <= 1 and named is not None:
            # "The virus has been called “swine flu.”": a term, not somebody's words
            for k, _ in inner:
                used_marks.add(k)
            drafts.append(_named_draft(named, attribution))
        elif _words(outside) <= 1 and _names_its_object(attribution, [m for _, m in inner]):
            # "calling him “a total stiff”": who was called is part of the quote (PolNeAR
            # marks "him “a total stiff”" mixed), not narration around a direct quote
            for k, _ in inner:
                used_marks.add(k)
            lo, hi = pieces[0][0], pieces[-1][1]
            lo = min([lo] + [m.start for _, m in inner])
            hi = max([hi] + [m.end for _, m in inner])
            how = f"mixed:named-object({attribution.cue.lemma_})"
            drafts.append(Draft(lo, hi, "mixed", attribution, how, None))
        elif _words(outside) <= 1 and _names_a_term(attribution, [m for _, m in inner], text):
            used_marks.update(k for k, _ in inner)  # "referred to the “New Class.”": a term
        elif _words(outside) <= 1:
            for k, m in inner:
                used_marks.add(k)
                drafts.append(
                    Draft(m.start, m.end, "direct", attribution, f"direct:{attribution.how}", None)
                )
        else:
            for k, _ in inner:
                used_marks.add(k)
            for c_lo, c_hi in pieces:
                mine = [m for _, m in inner if m.start < c_hi and m.end > c_lo]
                lo = min([c_lo] + [m.start for m in mine])
                hi = max([c_hi] + [m.end for m in mine])
                kind = "mixed" if mine else "indirect"  # the piece has no quoted words
                drafts.append(Draft(lo, hi, kind, attribution, f"{kind}:{attribution.how}", None))
        attribution.marks = [m for _, m in inner]

    # 4. quoted spans no verb governs: a cue beside them, a colon, or the quote before them
    # the last quotation, who gave it and, when no verb did, the cue it shows ("Perez: “…”")
    previous: (
        tuple[MarkedSpan, Attribution | None, Token | None, tuple[str, int, int] | None] | None
    ) = None
    for k, m in enumerate(marks):
        if k in used_marks:
            owner = next((d for d in drafts if d.start <= m.start < d.end), None)
            if (
                owner is not None
                and owner.kind in ("direct", "mixed")
                and not _in_attribution_tail(previous, owner, text)
            ):
                previous = (m, owner.attribution, owner.head, owner.cue)
            continue
        if _byline_excerpt(m, text):
            used_marks.add(k)  # an excerpt of an article, credited to its byline
            previous = None
            continue
        quoted = text[m.start : m.end]
        attribution, where = _cue_near(m, text, index, by_cue)
        if where == "speaker-phrase":
            continue  # a title in the speaker's apposition: the quotation around it goes on
        if attribution is None and not _is_title(quoted[1:-1]):
            attribution, where = _verb_after_quote(m, text, index, by_cue, inside)
        if attribution is None and where == "" and not _is_title(quoted[1:-1]):
            attribution, where = _lexical_cue_after_quote(m, text, index, inside)
        if attribution is not None and _cue_of_its_own_clause(quoted, attribution, where, inside):
            attribution, where = None, ""
        if attribution is not None and _inside_the_question(m, attribution, where, index):
            used_marks.add(k)
            drafts.append(Draft(m.start, m.end, "mixed", None, "mixed:inside-question(ask)"))
            previous = None
            continue
        if (
            attribution is not None
            and where == "cue-then-quote"
            and DASHED_COLON_LEAD.search(text, attribution.cue_end, m.start)
        ):
            # issue #10 round 14: "Pollsters agree - Carl Bialik: “…”": the name after the
            # dash, before the colon, speaks (the colon lead-in below), not the verb's subject
            attribution = None
        if attribution is None and _quoted_name(m, text):
            used_marks.add(k)  # issue #10 quotes58: the name of a rule or a campaign
            previous = None
            continue
        chant = _chant_of(m, k, text, index, marks, used_marks)
        if chant is not None:
            drafts.append(chant)
            previous = None
            continue
        if attribution is not None and where == "cue-then-quote":
            frame = _verb_frame(attribution.cue, m, text, inside)
            if frame is not None:
                used_marks.add(k)
                how = f"mixed:frame({attribution.cue.lemma_})"
                drafts.append(Draft(*frame, "mixed", attribution, how, None))
                previous = (m, attribution, None, None)
                continue
        cast = _as_frame(m, text, index, inside)
        if cast is not None:
            if attribution is not None and cast.cue and attribution.cue_start == cast.cue[1]:
                # the verb is a cue of its own: its attribution names the speaker
                cast.attribution, cast.head, cast.cue = attribution, None, None
            # "blasted Clinton as a “disgrace”": the frame, whoever the verb's subject is
            for k2, other in enumerate(marks):
                if cast.start <= other.start < cast.end:
                    used_marks.add(k2)
                    cast.end = max(cast.end, other.end)
            drafts.append(cast)
            previous = None
            continue
        short = _words(quoted) < MIN_DIRECT_WORDS
        if attribution is not None:
            object_of_cue = where == "cue-then-quote" and _is_object_of(m, attribution.cue, index)
            # "Asked whether he would, Priebus said, “Probably.”": the cue just before it
            # issue #10 round 14: "a man yelled “Stay there!”": a cry right after its verb
            ends = quoted.rstrip("\"'”’` ")[-1:]
            cry = ends in ("!", "?") and not text[attribution.cue_end : m.start].strip()
            right_after = where == "cue-then-quote" and (
                cry or bool(RIGHT_AFTER_CUE.fullmatch(text, attribution.cue_end, m.start))
            )
            if short and not (
                (where in ("quote-then-cue", "quote-then-verb") and quoted[-2:-1] in ",!?")
                or object_of_cue
                or right_after
            ):
                continue
            used_marks.add(k)
            named = _named_in_passive(attribution, [m], text) if where == "cue-then-quote" else None
            if named is not None:
                drafts.append(_named_draft(named, attribution))
                previous = None
                continue
            deep = (
                _inside_complement(m, attribution, text, index)
                if where == "cue-then-quote" and not object_of_cue
                else None
            )
            if deep is not None:
                deep_end = max(deep[1], m.end)
                for k2, other in enumerate(marks):
                    if deep[0] <= other.start < deep_end:
                        used_marks.add(k2)
                        deep_end = max(deep_end, other.end)
                how = f"mixed:inside-complement({attribution.cue.lemma_})"
                drafts.append(Draft(deep[0], deep_end, "mixed", attribution, how))
                previous = (m, attribution, None, None)
                continue
            answerer = _answer_to_the_asked(attribution, quoted, inside)
            if answerer is not None:
                attribution = replace(attribution, speaker=answerer)
            drafts.append(
                Draft(
                    m.start,
                    m.end,
                    "direct",
                    attribution,
                    f"direct:{where}({attribution.cue.lemma_})",
                    None,
                )
            )
            previous = (m, attribution, None, None)
            continue
        dash = DASH_SPEAKER.match(text, m.end)
        dash_rule = "direct:dash-speaker"
        if dash is None:
            dash = DASH_LINE_SPEAKER.match(text, m.end)
            dash_rule = "direct:dash-speaker-line"
        dash_head = _propn_run_end(index.at(dash.end())) if dash else None
        if dash and dash_head is not None and not short:
            used_marks.add(k)
            cue = (dash.group(1), dash.start(1), dash.end(1))
            drafts.append(Draft(m.start, m.end, "direct", None, dash_rule, dash_head, cue))
            previous = None
            continue
        colon_head = _colon_speaker(m, text, index)
        if colon_head is not None and not short:
            used_marks.add(k)
            colon = text.rfind(":", 0, m.start)
            colon_cue = (":", colon, colon + 1)
            drafts.append(
                Draft(m.start, m.end, "direct", None, "direct:speaker-colon", colon_head, colon_cue)
            )
            previous = (m, None, colon_head, colon_cue)
            continue
        credit = None if short else _bracket_credit(m, text, index)
        if credit is not None:
            used_marks.add(k)
            head, cue = credit
            drafts.append(Draft(m.start, m.end, "direct", None, "direct:bracket-credit", head, cue))
            previous = None
            continue
        if previous is not None and not short:
            gap = text[previous[0].end : m.start]
            # issue #10 round 12: a paragraph that opens with the writer's words ("Ms. Lee
            # seemed taken aback. “…”") is someone else's turn, not the last quotation going on
            narrated = "\n" in gap and bool(gap[gap.rfind("\n") + 1 :].strip())
            # issue #10 names21: "Oaten said: “…” Mr Hayman acknowledged that X. “…”": a
            # sentence of someone else's reported words between them is his turn
            turn = _turn_between(previous, m, text, index, by_cue, inside, attributions)
            if (
                gap.count("\n") <= 2
                and m.start - previous[0].end < 200
                and not narrated
                and not turn
            ):
                window = max(0, m.start - 40)
                lead = LEAD_IN.search(text, window, m.start)
                start, kind = m.start, "direct"
                stripped = _end_before(text, m.start)
                begins = not stripped or text[stripped - 1] in '.?!”"\n'
                if not begins and lead is not None:
                    # "…,” he said. But “…”": a word or two of narration opening the sentence
                    start, kind, begins = lead.start(1), "mixed", True
                if begins:
                    used_marks.add(k)
                    drafts.append(
                        Draft(
                            start,
                            m.end,
                            kind,
                            previous[1],
                            f"{kind}:continues-previous",
                            previous[2],
                            # ". . . “…”": a run of quotations after "Name:" shares its cue
                            previous[3] if previous[1] is None else None,
                        )
                    )
                    previous = (m, previous[1], previous[2], previous[3])
                    continue
        previous = None
        # "she said she and Obama had made progress. “I really believe …”": the quotation
        # goes on with what the cue before it reported (PolNeAR marks one mixed quote); issue
        # #10 round 13: "Dianne Bystrom agreed. “…”": or it is what the speaker of the
        # sentence just before it said
        before, rule = None, "continues-reported"
        if not short:
            before = _reported_just_before(m, text, attributions)
            if before is None:
                before = _cue_sentence_just_before(m, text, index, by_cue, inside)
                rule = "cue-sentence-before"
        if before is not None:
            used_marks.add(k)
            how = f"direct:{rule}({before.cue.lemma_})"
            drafts.append(Draft(m.start, m.end, "direct", before, how, None))
            previous = (m, before, None, None)
            continue
        # the "that" clause first: its head, not the verb nearest the quoted words, says them
        framed = _that_clause_quote(m, text, index, inside)
        if framed is None:
            framed = _scare_quote_clause(m, text, index, inside)
        else:
            # the clause's other quoted words are part of it ("that A “x” and “y”")
            for k2, other in enumerate(marks):
                if framed.start <= other.start < framed.end:
                    used_marks.add(k2)
                    framed.end = max(framed.end, other.end)
        if framed is not None:
            used_marks.add(k)
            drafts.append(framed)

    # 3b. content clauses with no quoted words: reported speech. A cue whose content holds
    # another cue goes first ("It suited them to suggest …, Mr Brown told BBC Radio 4": Brown
    # spoke, "suggest" is part of what he said), as it does when it comes first in the text.
    reported = [a for a in attributions if a.content is not None and not a.marks]
    cues = sorted(a.cue_start for a in reported)
    reported.sort(key=lambda a: not _holds_a_cue(a, cues, text))
    for attribution in reported:
        lo, hi = attribution.content
        # overlapping another quote is a misparse, unless this one is reported inside it
        # ("officials rejected the mayor's claim that …")
        cue = attribution.cue_start if attribution.how.startswith("noun(") else -1
        if any(d.start < hi and d.end > lo and not d.start <= cue < d.end for d in drafts):
            continue
        for lo, hi in attribution.pieces or [attribution.content]:
            rule = f"indirect:{attribution.how}"
            drafts.append(Draft(lo, hi, "indirect", attribution, rule, None))

    drafts.sort(key=lambda d: d.start)
    drafts = _run_on_to_quoted_words(drafts, marks, text, index, by_cue)
    _take_in_next_quoted_words(drafts, marks, text, index, by_cue)
    _end_before_writers_which(drafts, marks, text)
    _end_before_medium(drafts, text)
    doc.quotes = _resolve(drafts, text, book)
    return doc


RELATIVE_WORDS = ("which", "who", "whom")


def _relative_cue_clause(
    attribution: Attribution, inner: list[MarkedSpan], index: _TokenIndex, text: str
) -> Draft | None:
    """issue #10 round 12: "He said he backed a bill to curb the boards, which he called “a
    cartel.”", "…, who he blasted as a “bully”": a relative clause closing a reported clause,
    with a cue and a subject of its own, holds every quotation of it. The quotation is the
    relative clause's, said by its subject (PolNeAR marks "which he called “a cartel.”"); the
    reported clause ends before it."""
    if attribution.content is None or attribution.pieces:
        return None
    lo, hi = attribution.content
    first, last = index.at(lo), index.at(hi - 1)
    if first is None or last is None:
        return None
    doc = index.parsed
    for verb in doc[first.i + 1 : last.i + 1]:
        if verb.dep_ not in ("relcl", "advcl") or not _is_cue(verb):
            continue
        word = verb.left_edge
        if word.lower_ not in RELATIVE_WORDS or word.i < 1 or doc[word.i - 1].text not in ",—–":
            continue
        subject = next(
            (c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.i > word.i),
            None,
        )
        if subject is None or subject.tag_ in ("WDT", "WP", "WP$"):
            continue
        end = verb.right_edge.idx + len(verb.right_edge)
        if any(m.start < word.idx for m in inner):
            continue  # quoted words outside the relative clause: the reported clause's own
        if not all(t.is_punct for t in doc[verb.right_edge.i + 1 : last.i + 1]):
            continue  # the relative clause does not close the reported one
        start, end = _trim(text, word.idx, max(end, max(m.end for m in inner)))
        cue = (verb.text, verb.idx, verb.idx + len(verb))
        return Draft(start, end, "mixed", None, f"mixed:relative-cue({verb.lemma_})", subject, cue)
    return None


def _in_attribution_tail(previous, owner: Draft, text: str) -> bool:
    """issue #10 round 12: "“Everything is on the table,” Carson told the AP after hinting that
    “staff changes” could come. “Every single thing is …”": quoted words in the clause that
    attributes a direct quotation (a mixed quote of the attribution's own) do not take over the
    quotation the next sentence goes on with; the direct one before them does."""
    if previous is None or owner.kind != "mixed" or previous[0].end > owner.start:
        return False
    mark = previous[0]
    if text[mark.end - 2 : mark.end - 1] != ",":
        return False  # "“A,” X said …": the quotation closes on the comma its cue follows
    return SENTENCE_END.search(text, mark.end, owner.start) is None


# quotes found without a cue of their own, which a reported clause before them may take in
ABSORBED_RULES = ("mixed:scare-quote", "mixed:as-frame", "mixed:that-clause", "mixed:frame")
SENTENCE_END = re.compile(r"[.?!][\"”'’)]*(?=\s|$)|\n")


def _run_on_to_quoted_words(
    drafts: list[Draft], marks: list[MarkedSpan], text: str, index: _TokenIndex, by_cue
) -> list[Draft]:
    """issue #10 round 9: "Briggs said Sanders has already been tested, coming from 40 points
    behind to a "dead heat" in Iowa", "He said Sanders has been "a tremendously important part of
    my caucus," and Democrats would need to "depend on Bernie"": a reported clause without quoted
    words, cut by the parse before the end of its sentence, whose sentence goes on to quoted
    words no cue reports, runs on to the sentence's end as one ``mixed`` quote: the quoted words
    are the speaker's, so the words between are what was said too. Not over another cue, a
    quotation a cue reports, or a paragraph break."""
    absorbed: set[int] = set()
    for n, draft in enumerate(drafts):
        attribution = draft.attribution
        if (
            draft.kind != "indirect"
            or attribution is None
            or attribution.pieces
            or attribution.cue_start > draft.start
            or not attribution.how.startswith(("ccomp(", "object("))
        ):
            continue
        stop = SENTENCE_END.search(text, draft.end)
        end = len(text) if stop is None else stop.start()
        inner = [m for m in marks if draft.end <= m.start < end]
        if not inner:
            continue
        end = max(end, max(m.end for m in inner))
        if any(ch in text[draft.end : end] for ch in "\n;"):
            continue  # a new paragraph or the writer's next clause
        first = index.at(draft.end)
        last = index.at(end - 1)
        if first is None or last is None:
            continue
        cue = attribution.cue
        root = cue.sent.root
        if cue.dep_ in ("advcl", "acl", "pcomp", "pobj") and root.i > first.i:
            continue  # "Declaring that …, the mogul offered himself as …": the main clause
        if any(i in by_cue for i in range(first.i + 1, last.i + 1)):
            continue
        others = [k for k, d in enumerate(drafts) if k != n and d.start < end and d.end > draft.end]
        if any(not drafts[k].rule.startswith(ABSORBED_RULES) for k in others):
            continue
        if any(drafts[k].end > end for k in others):
            continue
        absorbed.update(others)
        draft.end = _trim(text, draft.start, end)[1]
        draft.end = max(draft.end, max(m.end for m in inner))
        draft.kind = "mixed"
        draft.rule = f"mixed:run-on-to-quoted({attribution.cue.lemma_})"
    return [d for k, d in enumerate(drafts) if k not in absorbed]


NEXT_QUOTED_GAP_STOPS = re.compile(r"[,;:()\[\]—–―\n]|\s-\s|--|[.?!](?:\s|$)")


def _take_in_next_quoted_words(
    drafts: list[Draft], marks: list[MarkedSpan], text: str, index: _TokenIndex, by_cue
) -> None:
    """issue #10 round 10: "she described Trump as “kind” with a “great heart”", "accusing it of
    ''creating a Great Wall of sand'' and ''clearly militarizing'' the waters": a ``mixed``
    quote whose quotation closes without a comma or full stop inside the marks runs on, in its
    sentence, to the end of quoted words no other quote holds (or a scare quote whose speaker is
    the subject of a clause between), when only plain words stand between (no comma, dash,
    colon, bracket or cue): the speaker's words go on."""
    absorbed: set[int] = set()
    for draft in drafts:
        if draft.kind != "mixed" or id(draft) in absorbed:
            continue
        while True:
            closing = text[draft.end - 1 : draft.end]
            if closing not in "”\"'’" or text[draft.end - 2 : draft.end - 1] in ".,?!;:":
                break
            following = bisect_left(marks, draft.end, key=lambda m: m.start)
            if following >= len(marks):
                break
            nxt = marks[following]
            gap = text[draft.end : nxt.start]
            if not gap.strip() or NEXT_QUOTED_GAP_STOPS.search(gap) or _words(gap) > 12:
                break
            holders = [
                d
                for d in drafts
                if d is not draft and id(d) not in absorbed and d.start <= nxt.start < d.end
            ]
            # a scare quote of the next clause's own subject is taken in ("mocked the plan as
            # “a gift” and Smith “laughed it off”"); any other quote there stops the run
            if any(
                not d.rule.startswith("mixed:scare-quote")
                or d.start < draft.end
                or d.head is None
                or not draft.end <= d.head.idx < nxt.start
                for d in holders
            ):
                break
            first, last = index.at(draft.end), index.at(nxt.start - 1)
            if first is None or last is None:
                break
            if any(i in by_cue for i in range(first.i, last.i + 1)):
                break
            draft.end = max([nxt.end] + [d.end for d in holders])
            absorbed.update(id(d) for d in holders)
    drafts[:] = [d for d in drafts if id(d) not in absorbed]


MEDIUM_TAIL = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:in|on|during)\s+(?:[\w.’'-]+\s+){0,4}?"
    r"(?:tweets?|statements?|posts?|blog|interviews?|show|book|op-ed|column|letter|speech|videos?"
    r"|ads?|release|memo|podcast|broadcast)\b(?:[^\S\n]+[\w.’'-]+){0,5}?[^\S\n]*[.,]?"
)


def _end_before_medium(drafts: list[Draft], text: str) -> None:
    """issue #10 round 14: "called the system “rigged” in a tweet Tuesday", "called Lee a
    “clown” on his radio show": where the words were said, after a mixed quote's last
    quotation and closing it, is the writer's (PolNeAR ends the quote at the mark)."""
    for draft in drafts:
        if draft.kind != "mixed":
            continue
        span = text[draft.start : draft.end]
        close = max(span.rfind("”"), span.rfind('"'), span.rfind("''") + 1)
        if close <= 0 or MEDIUM_TAIL.fullmatch(span, close + 1) is None:
            continue
        draft.end = draft.start + close + 1


WRITERS_WHICH = re.compile(r"[^\S\n]+which\b")


def _end_before_writers_which(drafts: list[Draft], marks: list[MarkedSpan], text: str) -> None:
    """issue #10 round 11: "said he would meet the “anchor baby,” which backers of the law use
    to …", "identified the judge as “Spanish,” which is what some call …": a ``mixed`` quote whose
    last quotation closes on a comma inside the marks and is followed by "which" ends there: the
    relative clause is the writer's gloss on the quoted words."""
    for draft in drafts:
        if draft.kind != "mixed":
            continue
        k = bisect_left(marks, draft.end, key=lambda m: m.start) - 1
        if k < 0 or not draft.start <= marks[k].start or marks[k].end >= draft.end:
            continue
        last = marks[k]
        if text[last.end - 2 : last.end - 1] == "," and WRITERS_WHICH.match(text, last.end):
            draft.end = last.end


NAMING_VERBS = frozenset({"call", "dub", "label", "term", "nickname", "brand", "know"})
MAX_TERM_WORDS = 3


def _named_in_passive(
    attribution: Attribution, inner: list[MarkedSpan], text: str
) -> tuple[int, int] | None:
    """ "The virus has been called “swine flu.”": a quoted term of one to three words that a
    passive naming verb gives its subject is a scare quote, not a direct quote; PolNeAR marks it
    ``mixed`` from the subject on ("it was labeled “Mostly True.”"), with no speaker of its own.
    The span (subject to closing mark), or None."""
    cue = attribution.cue
    if cue.lemma_.lower() not in NAMING_VERBS or len(inner) != 1:
        return None
    m = inner[0]
    if _words(text[m.start : m.end]) > MAX_TERM_WORDS:
        return None
    subjects = [c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i]
    if not subjects or any(c.dep_ == "agent" for c in cue.children):
        return None  # "was called “a hoax” by the senator": the senator's words
    lo = subjects[0].left_edge.idx
    if "\n" in text[lo : m.start]:
        return None
    return lo, m.end


def _after_colon_lead(
    piece: tuple[int, int], attribution: Attribution, inner: list[MarkedSpan], text: str
) -> tuple[int, int]:
    """ "Trump asserted that France had lost its identity: “France is no longer France,” he
    said": when the cue follows the quotation, a clause of the writer's ending in a colon right
    before the opening mark introduces the quotation; it is not part of what the cue reports."""
    lo, hi = piece
    if attribution.cue_start < hi:
        return piece
    first = min((m.start for m in inner if lo <= m.start < hi), default=None)
    if first is None or first <= lo:
        return piece
    before = _end_before(text, first)
    if before > lo and text[before - 1] == ":" and "\n" not in text[before:first]:
        return first, hi
    return piece


def _names_a_term(attribution: Attribution, inner: list[MarkedSpan], text: str) -> bool:
    """issue #10 round 11: "referred to the “New Class.”", "warning of an ''Orlando-style
    atrocity''": the object of a topic verb that is a term of one or two quoted words names what
    was talked about; it is no direct quote."""
    return attribution.how.startswith("topic(") and all(
        _words(text[m.start : m.end]) <= 2 for m in inner
    )


def _names_its_object(attribution: Attribution, inner: list[MarkedSpan]) -> bool:
    """ "called him “a total stiff”", "branded it “a disgrace”": an active naming verb whose
    object, one word right before the quotation, is what the quoted words name."""
    cue = attribution.cue
    if cue.lemma_.lower() not in NAMING_VERBS or not attribution.how.startswith("object("):
        return False
    first = min(m.start for m in inner)
    return any(
        c.dep_ in ("dobj", "oprd") and c.i > cue.i and c.left_edge.i == c.i and c.idx < first
        for c in cue.children
    )


def _named_draft(span: tuple[int, int], attribution: Attribution) -> Draft:
    """The ``mixed`` quote of a passive naming verb: its cue, and no speaker (the subject was
    named, it did not speak)."""
    cue = attribution.cue
    cue_chars = (cue.text, cue.idx, cue.idx + len(cue))
    return Draft(*span, "mixed", None, f"mixed:named-as({cue.lemma_})", None, cue_chars)


def _holds_a_cue(attribution: Attribution, cues: list[int], text: str) -> bool:
    """Whether this attribution reports a finite clause before it, set off by a comma (", Mr
    Brown told …"), and another cue (``cues``: sorted starts) lies inside that clause."""
    assert attribution.content is not None
    lo, hi = attribution.content
    if hi > attribution.cue_start or not text[hi : attribution.cue_start].lstrip().startswith(","):
        return False
    span = attribution.cue.doc.char_span(lo, hi, alignment_mode="expand")
    if span is None or not len(span) or span[0].tag_ in ("VBN", "VBG"):
        return False  # "Asked if …, Trump replied": a participle frames the reply, it is not it
    return bisect_left(cues, hi) > bisect_left(cues, lo)


# issue #9 read57: "the organisation said", "the group noted", "the world's second biggest
# insurer said": a body's noun, said of the body that spoke just before
BODY_NOUNS = frozenset(
    {"organisation", "organization", "group", "company", "firm", "insurer", "reinsurer", "bank",
     "lender", "watchdog", "body", "agency", "charity", "airline", "carrier", "retailer",
     "carmaker", "manufacturer", "conglomerate", "operator", "association", "federation",
     "alliance"}
)  # fmt: skip
SPOKESMAN_TAIL = re.compile(r"^(?P<body>.+?)['’]s? (?:spokesman|spokeswoman|spokesperson)$")


def _definite_body_noun(span: Span, head: Token) -> bool:
    """ "the organisation", "The world's second biggest insurer": a singular body noun with the
    definite article and no name of its own."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in BODY_NOUNS:
        return False
    if not span or span[0].lower_ != "the":
        return False
    return not any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PERSON", "GPE") for t in span)


def _body_itself(name: str) -> str:
    """The body of "Reporters Without Borders's spokesman": "the organisation" is the body."""
    found = SPOKESMAN_TAIL.match(name)
    return found.group("body") if found else name


IT_REACH = 600  # characters from a body speaking to an "it said" that is still that body
# issue #10 names24: "The paper said", "the newspaper reported": the paper last quoted
PAPER_NOUNS = frozenset({"paper", "newspaper", "daily", "tabloid", "broadsheet", "weekly"})
PAPER_WORDS = re.compile(
    r"\b(?:Times|Post|Observer|Guardian|Journal|Telegraph|Herald|Mail|Gazette|Tribune|"
    r"Independent|Express|Mirror|Sun|Chronicle|Standard|Daily|Weekly|Courier|Globe|Inquirer|"
    r"Sunday|Record|Star|Examiner|Bulletin|Pravda|Izvestia|Kommersant|Asahi|Yomiuri)\b"
)
PAPER_REACH = 1500  # characters from the paper named to "the paper said"


def _book_body(name: str) -> bool:
    """issue #10 names24: a one-word name tagged as a person that the actor book knows as a
    company or a body ("Yukos said …. It also vowed …"): a body that an "it" goes on being."""
    if " " in name:
        return False
    match = load_actors().lookup(name)
    return match is not None and match.kind in ("metonym", "organisation", "party")


def _capitalised_book_body(span) -> bool:
    """issue #9 read57: a speaker of two to four capitalised words, none a person's, that the
    actor book knows as a company or body ("Swiss Re", parsed as "Swiss" and a noun)."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 4 or not all(t.text[:1].isupper() for t in words):
        return False
    if any(t.ent_type_ == "PERSON" for t in words):
        return False
    match = load_actors().lookup(span.text)
    return match is not None and match.kind in ("metonym", "organisation")


def _names_a_paper(name: str, span) -> bool:
    """Whether a body named as a speaker is a newspaper ("the Financial Times", "The
    Observer", "Russia's Kommersant newspaper")."""
    return bool(PAPER_WORDS.search(name)) or any(t.lower_ in PAPER_NOUNS for t in span)


def _paper_before(span, head, papers: list[tuple[int, str]], start: int) -> str | None:
    """issue #10 names24: "According to the Financial Times, … The paper said …": "the paper"
    (or newspaper, daily, tabloid) is the newspaper last named as a speaker, close before."""
    if head.lower_ not in PAPER_NOUNS or not papers:
        return None
    if span[0].lower_ != "the" or len(span) != 2:
        return None
    end, name = papers[-1]
    return name if 0 <= start - end <= PAPER_REACH else None


# issue #10 reports28: bodies that publish reports, and what a passage on a report calls them
REPORT_AUTHORS = frozenset(
    {"committee", "commission", "group", "inquiry", "panel", "office", "watchdog", "council"}
)
MEMBER_BODIES = frozenset({"committee", "group", "inquiry", "panel", "commission"})
REPORT_REACH = 1500  # characters from the body named to "the report said"


def _without_article(span) -> list:
    """The tokens of a mention less its leading determiner ("the Lords constitution committee")."""
    return [t for t in span if not (t.i == span.start and t.dep_ == "det")]


def _author_name(span) -> str | None:
    """The name of a body that may write a report when a speaker mention names one the
    recogniser left untagged ("the Commons public accounts committee", "a committee of MPs"):
    the mention without its article."""
    if span.root.lemma_.lower() not in REPORT_AUTHORS or span.root.pos_ != "NOUN":
        return None
    words = _without_article(span)
    if len(words) < 2 or any(t.dep_ == "poss" or t.lower_ in ("his", "her", "its") for t in words):
        return None
    return " ".join(t.text for t in words)


def _named_author(report) -> str | None:
    """ "a report by the Lords constitution committee", "the NAO's report": the body named on
    the report noun itself ("" when a "by" names something else, None when nothing is named)."""
    for child in report.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    own = mention_span(obj)
                    if own.root.ent_type_ == "ORG" or own.root.pos_ == "PROPN":
                        return " ".join(t.text for t in _without_article(own))
                    return _author_name(own) or ""
    return None


def _report_author(span, head, authors: list[tuple[int, str, str]], start: int) -> str | None:
    """issue #10 reports28: "The Commons public accounts committee said … The report said …
    Members said …": the report, the committee, its members or "the MPs" of a passage on a
    report are the body named before as its author (``authors``: end, name, head noun), or the
    body the mention itself names ("a report by the Lords constitution committee")."""
    lemma = head.lemma_.lower()
    near = [a for a in authors if 0 <= start - a[0] <= REPORT_REACH]
    if lemma == "report":
        named = _named_author(head)
        if named is not None:
            return named or None
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "NOUN" and owner.lemma_.lower() in REPORT_AUTHORS:
            near = [a for a in near if a[2] == owner.lemma_.lower()]
        elif owner is not None and owner.ent_type_ == "ORG":
            words = [t.text for t in owner.subtree if t.dep_ not in ("det", "case")]
            return " ".join(words)
        elif owner is not None:
            if owner.lower_ != "its" and owner.ent_type_ != "DATE":
                return None  # "Mr Leigh's report", "the paper's report": someone else's
        elif not any(c.lower_ == "the" for c in head.lefts):
            return None  # "a report", "reports": no report the passage is on
        return near[-1][1] if near else None
    if lemma in REPORT_AUTHORS and len(span) == 2 and span[0].lower_ == "the":
        near = [a for a in near if a[2] == lemma]
        return near[-1][1] if near else None
    if head.lower_ in ("members", "mps") and len(span) <= 2:
        if len(span) == 2 and span[0].lower_ != "the":
            return None
        near = [a for a in near if a[2] in MEMBER_BODIES]
        return near[-1][1] if near else None
    return None


# issue #9/#10 actors43: what a body issues and a quote may then be said to say or add
ISSUED_NOUNS = frozenset({"statement", "communique", "communiqué"})
# "X said in a statement", "In a statement, X said": the words around a speaker that tell it
# spoke in a statement (characters before and after the speaker's phrase)
STATEMENT_WORD = re.compile(r"\bstatement\b", re.IGNORECASE)
STATEMENT_BEFORE, STATEMENT_AFTER = 60, 40


# issue #10 pronouns58: what a person writes and a quote may then be said to say ("The email
# goes on to say: …"), and the words telling that the speaker before wrote it ("emailed
# supporters, telling them", "wrote in a letter")
WRITTEN_NOUNS = frozenset({"email", "e-mail", "letter", "memo", "memorandum"})
WRITTEN_WORD = re.compile(
    r"\b(?:e-?mail(?:ed|s)?|letters?|memo(?:randum)?s?|wrote|writes|written|writing)\b",
    re.IGNORECASE,
)
WRITTEN_REACH = 250  # characters from the writer's name to the quotation it wrote


def _issued_written(span: Span, head: Token) -> bool:
    """Whether the speaker's phrase is just "the email" (or "the letter", "the memo"; the parse
    may hang the verb on it: "The email goes on to say")."""
    return (
        head.lemma_.lower() in WRITTEN_NOUNS
        and len(span) >= 2
        and span[0].lower_ == "the"
        and span[1].i == head.i
    )


def _issued_statement(span: Span, head: Token) -> bool:
    """Whether the speaker's phrase is just "the statement" (or "the communique")."""
    return (
        head.lemma_.lower() in ISSUED_NOUNS
        and len(span) == 2
        and span[0].lower_ == "the"
        and span[1].i == head.i
    )


def _inside_marks(text: str, position: int, marked: list[tuple[int, int]]) -> bool:
    """Whether ``position`` is inside quotation marks; ``marked`` is filled with the text's
    marked spans on the first call (the reply to few pronouns is not worth a pass of its own)."""
    if not marked:
        marked.extend((m.start, m.end) for m in find_marked_spans(text))
        marked.append((-1, -1))  # found: not empty even when the text quotes nothing
    return any(start <= position < end for start, end in marked)


def _resolve(drafts: list[Draft], text: str, book: NameBook) -> list[Quote]:
    """Attach speaker mentions and names; remember speakers so he/she can be resolved."""
    quotes: list[Quote] = []
    speakers: list[PersonMention] = []
    genders = pronoun_genders()
    body: tuple[int, str] | None = None  # the last named speaker when it was a body (end, name)
    stated: tuple[int, str] | None = None  # the last speaker when it spoke in a statement
    wrote: tuple[int, str] | None = None  # the last speaker when it wrote (an email, a letter)
    papers: list[tuple[int, str]] = []  # the newspapers named as speakers so far (end, name)
    authors: list[tuple[int, str, str]] = []  # bodies that may write reports (end, name, noun)
    marked: list[tuple[int, int]] = []  # the text's quotation-mark spans, found on first need
    for draft in drafts:
        start, end, kind, attribution, rule, head = (
            draft.start,
            draft.end,
            draft.kind,
            draft.attribution,
            draft.rule,
            draft.head,
        )
        if attribution is not None:
            head = attribution.speaker
        speaker = speaker_text = None
        s_start = s_end = None
        how = "none"
        if head is not None:
            span = mention_span(head)
            if draft.speaker_chars is not None:
                exact = head.doc.char_span(*draft.speaker_chars, alignment_mode="expand")
                span = exact if exact is not None else span
            speaker_text, s_start, s_end = span.text, span.start_char, span.end_char
            if head.lower_ in genders:
                gender = genders[head.lower_]
                how = f"pronoun({head.lower_})"
                if gender == "x" and not _inside_marks(text, s_start, marked):
                    # comments49: an "I" of the narration ("Although I would not deny …" in a
                    # reader's comment) is the writer's, not the last person the text named
                    how = f"pronoun({head.lower_}): narration"
                elif gender in ("m", "f", "x"):
                    found = book.person_before(s_start, gender, speakers)
                    if found is not None:
                        speaker = found.name
                        how = f"pronoun->{speaker}"
                elif (
                    gender == "n"
                    and body is not None
                    and 0 <= s_start - body[0] <= IT_REACH
                    and head.dep_ not in ("nsubjpass", "expl")  # names26: "It has been suggested"
                ):
                    # issue #10 read21: "the committee added. '…', it said": a body named as
                    # the speaker just before, with no person speaking in between
                    speaker = body[1]
                    how = f"pronoun->{speaker} (the body that spoke before)"
            else:
                speaker, how = name_of_mention(span, head, book)
                signer = signer_before(span)
                if (
                    signer is not None
                    and gazetteer_town(span)
                    and not book.names_a_surname(span.text)
                ):
                    # comments49: "I disagree with Ashley, Swindon saying …": the reader the
                    # town is signed after speaks, never the town
                    speaker = book.full_name([t.text for t in signer])
                    how = f"signer-of-town->{speaker}"
                if speaker is None and how == "unnamed" and _capitalised_book_body(span):
                    # issue #9 read57: '"...," said Swiss Re' ("Swiss" NORP, "Re" a noun): a
                    # capitalised name the actor book knows as a company or body
                    speaker, how = span.text, "book-body"
                if speaker is None and how == "unnamed":
                    paper = _paper_before(span, head, papers, s_start)
                    if paper is not None:
                        speaker, how = paper, f"paper->{paper}"
                if speaker is None and how == "unnamed" and _issued_statement(span, head):
                    # issue #9/#10 actors43: '“…,” the White House said in a statement. “…,
                    # we call upon …,” the statement added': the statement is the body's that
                    # spoke just before, or the one who spoke just before in a statement
                    if body is not None and 0 <= s_start - body[0] <= IT_REACH:
                        speaker = body[1]
                        how = f"statement->{speaker} (the body that spoke before)"
                    elif stated is not None and 0 <= s_start - stated[0] <= IT_REACH:
                        speaker = stated[1]
                        how = f"statement->{speaker} (who spoke before in a statement)"
                if (
                    speaker is None
                    and how == "unnamed"
                    and wrote is not None
                    and 0 <= s_start - wrote[0] <= IT_REACH
                    and _issued_written(span, head)
                ):
                    # issue #10 pronouns58: 'X emailed supporters, telling them, “…” ¶ The email
                    # goes on to say: “…”': the email is the one who wrote just before
                    speaker = wrote[1]
                    how = f"written->{speaker} (who wrote before)"
                author = None
                if speaker is None or how == "organisation" and head.lower_ == "mps":
                    author = _report_author(span, head, authors, s_start)
                    if author is not None:
                        speaker, how = author, f"report->{author}"
                if (
                    speaker is None
                    and how == "unnamed"
                    and body is not None
                    and 0 <= s_start - body[0] <= IT_REACH
                    and _definite_body_noun(span, head)
                ):
                    # issue #9 read57: '"...," said Swiss Re. The world's second biggest
                    # insurer said ...', 'Reporters Without Borders ... "...," the organisation
                    # said': a definite body noun is the body that spoke just before
                    speaker = _body_itself(body[1])
                    how = f"body-noun->{speaker} (the body that spoke before)"
                named_body = speaker and (
                    how in ("organisation", "organisation-modifier", "untagged-body", "book-body")
                    or how.startswith("paper->")
                    or (how == "name" and _book_body(speaker))
                )
                body = (s_end, speaker) if named_body else None
                own = _author_name(span) if speaker is None else None
                if author is not None or own is not None:
                    # the report's author goes on being "it" ("The report said … It said …")
                    body = (s_end, author or own)
                if named_body or own is not None:
                    noun = span.root.lemma_.lower()
                    if noun in REPORT_AUTHORS:
                        authors.append((s_end, speaker or own, noun))
                elif author is not None and head.lemma_.lower() == "report":
                    # "a report by the Lords constitution committee": its author, named here
                    noun = author.split()[-1].lower()
                    if noun in REPORT_AUTHORS:
                        authors.append((s_end, author, noun))
                if named_body and _names_a_paper(speaker, span):
                    papers.append((s_end, speaker))
                if (
                    speaker
                    and how in ("name", "propn-name", "untagged-propn")
                    or how.startswith("surname")
                ) and not organisation_headed(speaker or "", "PERSON"):
                    # names42: a club tagged a person speaks, but is no later "she"
                    mention = PersonMention(s_start, speaker, None, True)
                    insort(speakers, mention, key=lambda m: m.position)
            if speaker:
                near = text[max(0, s_start - STATEMENT_BEFORE) : s_end + STATEMENT_AFTER]
                stated = (s_end, speaker) if STATEMENT_WORD.search(near) else None
                written = near
                if start > s_end:  # "X emailed supporters, telling them, “…”"
                    written = text[
                        max(0, s_start - STATEMENT_BEFORE) : min(start, s_end + WRITTEN_REACH)
                    ]
                wrote = (s_end, speaker) if WRITTEN_WORD.search(written) else None
        cue = cue_start = cue_end = None
        if attribution is not None:
            cue, cue_start, cue_end = (
                attribution.cue_text,
                attribution.cue_start,
                attribution.cue_end,
            )
        elif draft.cue is not None:
            cue, cue_start, cue_end = draft.cue
        elif rule == "direct:speaker-colon":
            colon = text.rfind(":", 0, start)
            cue, cue_start, cue_end = ":", colon, colon + 1
        quotes.append(
            Quote(
                start=start,
                end=end,
                text=text[start:end],
                kind=kind,
                speaker=speaker,
                speaker_text=speaker_text,
                speaker_start=s_start,
                speaker_end=s_end,
                cue=cue,
                cue_start=cue_start,
                cue_end=cue_end,
                rule=f"{rule}+speaker:{how}",
            )
        )
    return quotes
