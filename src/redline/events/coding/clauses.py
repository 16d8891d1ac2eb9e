"""Parse walking every stage uses: passives, objects and prepositional objects, complements,
naming and measuring phrases, the clause a word sits in.

No lexicon and no actors here: only the dependency parse, so every stage can import it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from redline.events.arguments import Argument, has_to_infinitive
from redline.events.coding.vocabulary import COMPLEMENT_DEPS, HANDING_VERBS, SUBJECT_DEPS
from redline.nlp.arrays import has_position_in, string_positions, tokens_at
from redline.nlp.parse import parse_cache

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# "is scheduled to attend", "decided to lift", "is due to visit", "is set to meet": the act is
# arranged, not merely intended; the sentence sets (GSR, ConfliBERT) code the act itself, so these
# governors neither announce nor make the act hypothetical (they were in both lists above).
NAMING_VERBS = frozenset({"call", "term", "dub", "label", "brand", "describe"})
# Nouns that measure or portion what follows "of": the object is what they measure.
MEASURE_NOUNS = frozenset(
    {
        "ton", "tonne", "tons", "tonnes", "kg", "kilogram", "pound", "litre", "liter", "barrel",
        "worth", "million", "billion", "thousand", "dollar", "euro", "shipment", "consignment",
        "batch", "load", "truckload", "planeload", "convoy", "package", "amount", "quantity",
        "delivery", "supply", "part", "portion", "mission", "team", "delegation", "group",
        "contingent", "number", "lot", "round", "wave", "series", "kind", "type", "percent", "%",
        "day", "week", "month", "year", "hour",
        # issue #9 frames30b: "offering a wide range of late concessions to holdouts"
        "range",
        # issue #9 recall: "test-fired a volley of missiles" (not "dozens of": "launched dozens
        # of strikes" would read the strikes through a labour-strike wording)
        "volley", "salvo", "barrage",
        # issue #9 nominal: "has approved a variety of sanctions against North Korea"
        "variety", "raft", "spate", "slew", "flurry", "string",
    }
)  # fmt: skip
# Amounts of money read through "in" as well: "$2 billion in military aid".
MONEY_MEASURES = frozenset(
    {"million", "billion", "thousand", "trillion", "dollars", "euros", "pounds"}
)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


_PER_PARSE: list = parse_cache(None)  # (the parse being coded, {(what, token index): value})


def _parse_memo(token: Token | Span) -> dict[tuple[str, int], Any]:
    """What has been worked out about the tokens of ``token``'s parse: the frame matchers ask
    the same of a trigger for each of its lexicon entries ("call" has 45). One read of
    ``_PER_PARSE[0]``, so that threads coding other parses cannot mix their tokens."""
    cached = _PER_PARSE[0]
    doc = token.doc
    if cached is None or cached[0] is not doc:
        cached = _PER_PARSE[0] = (doc, {})
    return cached[1]


def _sentence_tokens_where(
    sent: Span,
    what: str,
    attr: str,
    keep: Callable[[str], bool],
    *,
    fixed: bool = False,
    anchor: object = None,
) -> list[Token]:
    """The tokens of ``sent``, in order, whose string attribute ``attr`` ("LOWER", "LEMMA")
    ``keep`` accepts, from positions found once per parse in its arrays (kept in the parse's
    memo under ``what``, which names ``keep``: one ``what``, one test), so that a rule that
    reads a few words of every sentence builds no other token. ``fixed``: ``keep`` is a fixed
    function of the string alone, of constants or of ``anchor`` (a table loaded once and
    never changed), so its answers are kept across parses too (``_FIXED_ANSWERS``), as long as
    the same ``anchor`` object asks."""
    where = _sentence_positions(sent, what, attr, keep, fixed, anchor)
    return tokens_at(sent, where)


def _sentence_has(
    sent: Span, what: str, attr: str, keep: Callable[[str], bool], *, fixed: bool = False
) -> bool:
    """Whether ``_sentence_tokens_where`` would give any token, with no token built (issue #9
    speed55: the gate of a rule that reads only such tokens)."""
    where = _sentence_positions(sent, what, attr, keep, fixed, None)
    return has_position_in(sent, where)


# issue #9 speed55: the answers of the fixed string tests (``fixed=True``) by ``what``, with the
# anchor they were given for, by string id, across parses: a document's few hundred distinct
# strings are mostly the last one's, and a look-up here costs a fraction of the test. The
# anchor is held here, so no other object can take its id while its answers are kept; answers
# for another anchor (a table read again) start afresh. Emptied past FIXED_ANSWERS_MAX entries.
_FIXED_ANSWERS: dict[str, tuple[object, dict[int, bool]]] = {}
FIXED_ANSWERS_MAX = 50_000


def _sentence_positions(
    sent: Span, what: str, attr: str, keep: Callable[[str], bool], fixed: bool, anchor: object
) -> list[int]:
    memo = _parse_memo(sent)
    key = (what, -1)
    where = memo.get(key)
    if where is None:
        answers = None
        if fixed:
            held = _FIXED_ANSWERS.get(what)
            if held is None or held[0] is not anchor or len(held[1]) > FIXED_ANSWERS_MAX:
                if len(_FIXED_ANSWERS) > 64:  # tables read again and again (tests)
                    _FIXED_ANSWERS.clear()
                held = _FIXED_ANSWERS[what] = (anchor, {})
            answers = held[1]
        where = memo[key] = string_positions(sent.doc, attr, keep, answers)
    return where


def _object_of(verb: Token) -> Token | None:
    """The direct object; in the passive the subject; else a retained object ("was granted
    asylum"). Worked out once per verb of a parse: this runs for every candidate entry."""
    memo = _parse_memo(verb)
    key = ("object", verb.i)
    if key not in memo:
        memo[key] = _find_object(verb)
    return memo[key]


# a relative pronoun object stands for the noun its clause describes (_find_object)
RELATIVE_OBJECT_PRONOUNS = frozenset({"that", "which", "whom"})


def _find_object(verb: Token) -> Token | None:
    passive_subject = retained = None
    for child in verb.children:
        dep = child.dep_
        if dep in ("dobj", "obj"):
            if child.lower_ in RELATIVE_OBJECT_PRONOUNS and verb.dep_ == "relcl":
                # issue #9 frames23: "a meeting that Trump held with Putin": the relative
                # pronoun stands for the noun the clause describes
                return verb.head
            return child
        if dep == "nsubjpass" and passive_subject is None:
            passive_subject = child
        elif dep in ("attr", "oprd") and retained is None:
            retained = child
    if passive_subject is None and retained is None and _described_by_agent_participle(verb):
        return verb.head
    if passive_subject is None and retained is None and _object_gap(verb):
        return verb.head
    # a nsubjpass child already makes the verb passive
    return passive_subject if passive_subject is not None else retained


# lead's read52: the nouns a relative clause with no relative word is read as the object of
# (not "settlement": "the settlement France reached with Iran" is the noun's own event, frames45)
PACT_NOUNS = frozenset(
    {"agreement", "deal", "accord", "treaty", "pact", "contract", "compromise", "memorandum",
     "ceasefire", "truce", "arrangement"}
)  # fmt: skip


def _object_gap(verb: Token) -> bool:
    """lead's read52: "the $1.75bn agreement Lenovo signed with IBM", "the deal the two
    leaders struck last year": a relative clause with no relative word, a subject of its own and
    nothing in the object's place is about the noun it describes, its object. Not a clause
    with a preposition left at its end ("the city he lives in"), and only a pact's noun: other
    nouns ("the attacks they had done", "the suit he filed") cost more wrong events than they
    gained right ones (+1 / +6 on the free document gold)."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.head.lemma_.lower() not in PACT_NOUNS:
        return False
    subject = None
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "ccomp", "xcomp", "dative", "attr", "oprd"):
            return False
        if child.dep_ == "nsubj":
            subject = child
        if child.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in child.children):
            return False
    return subject is not None and subject.tag_ not in ("WDT", "WP", "WP$")


def _described_by_agent_participle(verb: Token) -> bool:
    """issue #9 attach29: "a travel ban imposed on its citizens by Trump", "the threat posed by
    the North Korean regime": a passive participle describing a noun, with its agent named, is
    done to that noun (the parser gives it no object of its own). Not one with a clause ("a man
    believed by officials to be a pawn": what is believed is the clause)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    return any(
        c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children
    )


def _named_after(verb: Token, obj: Token) -> Token | None:
    """issue #9 read19: "went on to accuse his Democratic rival in the 2016 campaign, Hillary
    Clinton, of having lied": a name set off by commas after a common-noun object, which the
    parser hangs on the verb as a second object, is the object named (an apposition)."""
    if obj.pos_ != "NOUN":
        return None
    for other in verb.children:
        if (
            other.dep_ in ("dobj", "obj")
            and other.i > obj.i
            and other.pos_ == "PROPN"
            and other.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            and other.left_edge.i > 0
            and other.doc[other.left_edge.i - 1].text == ","
        ):
            return other
    return None


def _called_person(verb: Token) -> Token | None:
    """issue #9 precision: "Macron called Merkel to discuss ...": the small parser reads the
    person called as a name given (oprd). A lone proper-noun oprd, with no object beside it and
    no "what/which" naming frame, is whom the subject called."""
    if verb.lemma_.lower() != "call" or _is_passive(verb):
        return None
    if verb.dep_ == "acl" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "a group called Boko Haram": a name given
    if verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        return None  # "the party, called Forza Italia, won": a name given, set off by commas
    oprd = None
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "dative"):
            return None
        if child.dep_ == "oprd":
            oprd = child
    if oprd is None or oprd.pos_ != "PROPN":
        return None
    if any(t.is_quote for t in verb.doc[verb.i + 1 : oprd.i + 1]):
        return None
    before = verb.doc[max(0, verb.i - 4) : verb.i]
    if any(t.lower_ in ("what", "which", "whatever") for t in before):
        return None
    return oprd


# Plural nouns that modify another noun as a plain compound ("arms dealers", "human rights
# lawyers"): not a person named something
PLURAL_COMPOUND_MODIFIERS = frozenset(
    {
        "arms", "rights", "customs", "sports", "savings", "goods", "news", "works", "affairs",
        "communications", "operations", "services", "systems", "sales", "parts", "securities",
        "relations", "forces", "troops", "humanities", "economics", "politics", "wages",
    }
)  # fmt: skip


def _glued_name_given(obj: Token) -> bool:
    """issue #9 calls27: "called the gunmen cowards": the parser glues the ones named and the
    name given into one plural noun phrase (a plural noun compound of a plural noun)."""
    if obj.tag_ != "NNS":
        return False
    return any(
        c.dep_ == "compound"
        and c.tag_ == "NNS"
        and c.i == obj.i - 1
        and c.lower_ not in PLURAL_COMPOUND_MODIFIERS
        for c in obj.children
    )


# Dependents that open a clause of their own inside a noun phrase: a quotation in one is what
# someone in that clause said, not a name given to the noun
PHRASE_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"})
OPENING_QUOTES = frozenset({'"', "'", "“", "‘", "``", "''"})
# Pronouns for a thing, not a person: "as they call it" names it
NAMED_THING_PRONOUNS = frozenset({"it", "this", "that"})


def _name_given_in_object(obj: Token) -> bool:
    """issue #9 kinds42: whether the object of a naming verb carries, inside its own phrase, the
    name it is given: the small parser hangs "called Smith an 'Aunt Tom'", "called the use of
    executive orders "quite dangerous"", "called Merkel "The Chancellor of the Free World""
    on the object. A quotation that opens after a noun of the phrase and runs to the phrase's
    end is a name given; so is an apposition with "a"/"an" not set off by a comma ("called Smith
    an Aunt Tom") and an adjective after the noun ("called the plan unworkable"). A quoted word
    inside a clause of the phrase ("the envoy, who said it was 'unacceptable'") or a quoted
    nickname before the noun ("the 'Gang of Eight' senators") is none."""
    doc = obj.doc
    last = obj.right_edge.i
    for child in obj.children:
        if child.i < obj.i:
            continue
        if child.dep_ == "amod" and child.pos_ == "ADJ":
            return True
        if (
            child.dep_ == "appos"
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in child.children)
            and not any(t.is_punct for t in doc[obj.i + 1 : child.left_edge.i])
        ):
            return True
    phrase = doc[obj.left_edge.i : last + 1]
    opening = next((t for t in phrase if t.is_quote), None)
    if opening is None or opening.text not in OPENING_QUOTES:
        return False
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[obj.left_edge.i : opening.i]):
        return False  # "the 'Gang of Eight' senators": a nickname before the one named
    if any(t.is_quote for t in doc[opening.i + 1 : last + 1]):
        return False  # the quotation closes inside the phrase: not the name given
    inside = opening
    while inside.i != obj.i and inside.head.i != inside.i:
        if inside.dep_ in PHRASE_CLAUSE_DEPS:
            return False
        inside = inside.head
    return True


def _is_naming(verb: Token) -> bool:
    """'what it called violations', 'which he termed a provocation': the verb names, not acts."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return False
    if _called_person(verb) is not None:
        return False
    if any(c.dep_ == "oprd" for c in verb.children):
        return True
    # "calling it 'an aggression'", "called the deal 'lousy'": a second object, or a quoted
    # word right after the object, is the name given (the small parser has no oprd for them)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if any(_glued_name_given(o) or _name_given_in_object(o) for o in objects):
        return True
    doc = verb.doc
    # issue #9 precision: or after the object's phrase ("called troops in Afghanistan 'brave'")
    if len(objects) > 1 or any(
        o.right_edge.i + 1 < len(doc)
        and (doc[o.i + 1].is_quote or doc[o.right_edge.i + 1].is_quote)
        for o in objects
    ):
        return True
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i == 0:
        return False
    before = verb.doc[subject.left_edge.i - 1]
    if before.lower_ == "as" and any(o.lower_ in NAMED_THING_PRONOUNS for o in objects):
        return True  # issue #9 kinds42: "'entitlement reform,' as they often call it"
    return before.lower_ in ("what", "which", "whatever") or any(
        c.lower_ in ("what", "which") and c.i < subject.i for c in verb.children
    )


def _measured(noun: Token | None) -> Token | None:
    """What a measure noun measures ("500 tons of food" → food), else None."""
    if noun is None or (
        noun.lemma_.lower() not in MEASURE_NOUNS and noun.lower_ not in MEASURE_NOUNS
    ):
        return None
    through = ("of", "in") if noun.lower_ in MONEY_MEASURES else ("of",)
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in through:
            for grand in prep.children:
                if grand.dep_ == "pobj":
                    return _measured(grand) or grand
    return None


HANDED_THINGS = frozenset(
    {"information", "data", "document", "record", "material", "evidence", "email", "file",
     "paper", "list", "recording", "tape", "text", "note"}
)  # fmt: skip


def _handed_thing(verb: Token) -> Token | None:
    """The record or document ``verb`` hands over ("hand over information", "turn over the
    documents"); None when it hands a person or anything else."""
    if verb.lemma_.lower() not in HANDING_VERBS:
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or thing.lemma_.lower() not in HANDED_THINGS:
        return None
    return thing


# issue #9 unres30: gatherings whose "between" phrase names their parties
BETWEEN_GATHERINGS = frozenset({"talk", "talks", "meeting", "negotiation", "summit", "dialogue"})


def _talks_between(noun: Token) -> Token | None:
    """The first party of the talks or meeting ``noun`` is, by its "between" phrase ("talks
    between Seoul and Pyongyang"); None when it has none."""
    if noun.lemma_.lower() not in BETWEEN_GATHERINGS and noun.lower_ not in BETWEEN_GATHERINGS:
        return None
    return _phrase_object(noun, ("between",))


def _prep_object(token: Token, preps: tuple[str, ...]) -> tuple[Token | None, str | None]:
    """The object of the first of ``preps`` hanging off ``token`` ("on Monday" does not count).
    A particle with an object is the parser's preposition ("called on/prt Brown/pobj").
    Worked out once per token and ``preps`` of a parse (the frame matchers ask the same of a
    trigger for entry after entry)."""
    if not isinstance(preps, tuple):
        return _first_prep_object(token, preps)  # (a list or set: no memo key)
    memo = _parse_memo(token)
    key = ("prep object", token.i, preps)
    found = memo.get(key)  # type: ignore[call-overload]
    if found is None:
        found = memo[key] = _first_prep_object(token, preps)  # type: ignore[index]
    return found


def _first_prep_object(token: Token, preps: tuple[str, ...]) -> tuple[Token | None, str | None]:
    """:func:`_prep_object` without its memo."""
    bare = None
    for child in _out_of_preps(token) + _conjoined_preps(token):
        if child.dep_ == "prt" and not any(g.dep_ == "pobj" for g in child.children):
            continue
        if child.dep_ in ("prep", "agent", "dative", "conj", "prt") and child.lower_ in preps:
            if any(g.dep_ == "pcomp" and _absolute_with(child, g) for g in child.children):
                continue
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            for grand in objects:
                if grand.ent_type_ not in ("DATE", "TIME") or _names_before_date(grand):
                    return grand, child.lower_
            if not objects and bare is None:
                bare = child  # a prep with no object still marks the frame
    return (bare, bare.lower_) if bare is not None else (None, None)


def _conjoined_preps(token: Token) -> list[Token]:
    """issue #9 lex30: "ruled in favor of Big Corn and against the refining industry": a
    preposition conjoined to one of ``token``'s own ("against" hangs on "in") is ``token``'s
    too, when it has a noun object ("raised questions among allies ... about how serious his
    administration is" keeps its clause)."""
    return [
        g
        for child in token.children
        if child.dep_ == "prep"
        for g in child.children
        if g.dep_ == "conj" and g.pos_ == "ADP" and any(o.dep_ == "pobj" for o in g.children)
    ]


def _absolute_with(prep: Token, pcomp: Token) -> bool:
    """issue #9 prec19: "traded insults last year, with Trump threatening to destroy the
    North": "with" set off by a comma and a clause of its own (a subject and its verb) adds a
    circumstance; the clause's subject is no partner of the act ("speak with McCabe and Page
    beginning on Thursday", with no comma, is the parser's clause, and Page is spoken with)."""
    return (
        prep.lower_ == "with"
        and prep.i > 0
        and prep.doc[prep.i - 1].text == ","
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in pcomp.children)
    )


def _out_of_preps(token: Token) -> list[Token]:
    """``token``'s children, with the "of" of a parsed "out of" ("pulled out of the meeting":
    the parser hangs "of" on "out") among them (issue #9 recall20)."""
    children = list(token.children)
    for child in list(children):
        if (
            child.dep_ == "prep"
            and child.lower_ == "out"
            and token.pos_ == "VERB"
            and not any(g.dep_ == "pobj" for g in child.children)
        ):
            children += [g for g in child.children if g.dep_ == "prep" and g.lower_ == "of"]
    return children


def _phrase_object(token: Token | None, preps: tuple[str, ...]) -> Token | None:
    """The object of ``token``'s first own phrase opened by one of ``preps`` ("the issue of
    *bias*"), else None (also when that phrase has no object). Unlike :func:`_prep_object`, no
    conjoined or "out of" prepositions and no date objects are looked at."""
    if token is None:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _of_object(noun: Token | None) -> Token | None:
    """The object of a noun's "of" phrase ("the issue of *bias*"), else None."""
    return _phrase_object(noun, ("of",))


def _names_before_date(noun: Token) -> bool:
    """'met with President Assad Tuesday': the parser heads the phrase on the date, but the
    words before it name someone."""
    return any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")
        for c in noun.lefts
    )


def _complements(verb: Token) -> list[Token]:
    # issue #9 recall10: a noun's "to ..." clause is its complement too ("his threat to
    # destroy North Korea")
    deps = COMPLEMENT_DEPS + ("acl",) if verb.pos_ == "NOUN" else COMPLEMENT_DEPS
    return [c for c in verb.children if c.dep_ in deps and c.pos_ in ("VERB", "AUX")]


def _marked_clause_subject(verb: Token, preps: tuple[str, ...]) -> tuple[Token | None, str | None]:
    """issue #9 recall15: "called for Congress to make clear ...": the parser makes "for" the
    mark of a clause, whose subject is whom the appeal is for (a prepositional object)."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "ccomp", "xcomp"):
            continue
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in preps]
        if not marks or not has_to_infinitive(clause):
            continue
        for child in clause.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("PROPN", "NOUN", "PRON"):
                return child, marks[0].lower_
    return None, None


def _same_side(a: Argument, b: Argument) -> bool:
    """Whether two arguments are one side, as a speaker and the one they speak of: the same
    code, unless both are people the text names apart ("Rosenstein said Mueller is the ideal
    choice": two officials of the Justice Department, not one praising himself)."""
    if a.code != b.code:
        return False
    if _unknown_at_home(a) and _unknown_at_home(b) and a.text.lower() != b.text.lower():
        # issue #9 read44: "Dr Gibbons praised the work of Ms Hutt": two names the book does not
        # know, each placed at home, are two people, not one side
        return False
    kinds = (getattr(a.actor, "kind", ""), getattr(b.actor, "kind", ""))
    if kinds == ("person", "person"):
        return _one_name(a.actor, b.actor)
    if "role" in kinds and set(kinds) <= {"person", "role"}:
        # issue #9/#10 actors17: "Governor Andrew Cuomo dismissed Mayor Bill de Blasio's
        # plan": an office with a name in its phrase is that person; two names, two sides
        first, second = _named_as(a), _named_as(b)
        if first and second:
            return first in second or second in first
    return True


# the rules ActorResolver.unknown_name writes for a name it places at the article's country
UNKNOWN_AT_HOME = ("person the book does not know + ", "organisation the book does not know + ")


def _unknown_at_home(arg: Argument) -> bool:
    """An argument that names someone the book does not know, placed at the article's country
    by that name itself (not a pronoun, a quote's "we" or a name told again)."""
    return arg.rule.startswith(UNKNOWN_AT_HOME) and bool(arg.text) and arg.text[0].isupper()


def _named_as(arg: Argument) -> str | None:
    """The person an argument names: the name of a person the book knows, or the capitalised
    last word of a role's phrase that is not the role's own word ("Mayor Bill de Blasio's" ->
    "Blasio", "the President" -> None); a body told by its title ("House Republicans") none."""
    actor = arg.actor
    if getattr(actor, "kind", "") == "person":
        known = str(getattr(actor, "rule", "")).startswith("person:")
        return getattr(actor, "name", None) if known else None
    words = arg.text.split()
    last = words[-1].removesuffix("'s").removesuffix("’s") if words else ""
    if not last[:1].isupper() or not last.isalpha():
        return None
    role = (getattr(actor, "name", None) or "").lower().split()
    return None if last.lower() in role or len(words) < 2 else last


def _one_name(a: Any, b: Any) -> bool:
    """Whether two resolved actors may be one person: a name unknown, or one name inside the
    other ("Donald Trump" and the quote speaker "Donald Trump Jr." the graph joined to him)."""
    first, second = getattr(a, "name", None), getattr(b, "name", None)
    return not first or not second or first in second or second in first


BILL_NOUNS = frozenset({"bill", "legislation", "provision", "amendment"})
# issue #9 unres30: "voted against the budget measure", "called the tax plan a giveaway": a
# measure or plan with a tax, spending or budget word is a bill too (not "security measures");
# taken28: so is such a proposal ("opposition to a proposal to repeal the state and local tax
# deduction": the legislature's)
BILL_KINDS = frozenset({"package", "overhaul", "version", "measure", "plan", "proposal"})
BILL_WORDS = frozenset(
    {"tax", "bill", "legislation", "spending", "budget", "health", "healthcare",
     # issue #9 actors27: "the energy committee measure", "the measure, which amends a
     # decades-old law", "the congressional plan": a measure of a committee or that makes law
     "committee", "law", "congressional", "amend"}
)  # fmt: skip


def _legislation(noun: Token) -> bool:
    """ "the bill", "the provision", "the tax package", "the budget measure", "the House
    version of the tax legislation": a bill before a legislature, by its head noun or a tax or
    spending package, measure or plan."""
    lemma = noun.lemma_.lower()
    if lemma in BILL_NOUNS:
        return True
    if lemma not in BILL_KINDS:
        return False
    words = {t.lemma_.lower() for t in noun.subtree if t.i != noun.i}
    return bool(words & BILL_WORDS)


RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})


def _gap_object(verb: Token) -> Token | None:
    """The noun a relative clause without a relative word modifies, when the clause's verb has
    no object of its own: it is the object ("a Chinese bank it accused of laundering money",
    "a man police arrested")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.i < verb.head.i:
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass", "ccomp") or child.lower_ in RELATIVE_WORDS:
            return None
    return verb.head


def _whether_clause(verb: Token) -> Token | None:
    """The "whether / if" clause of ``verb`` ("investigating whether X colluded with Y")."""
    return next(
        (c for c in verb.children
         if c.dep_ == "ccomp" and any(m.lower_ in ("whether", "if") for m in c.children)),
        None,
    )  # fmt: skip
