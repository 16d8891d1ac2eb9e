"""Evaluations a speaker says about another actor (issue #9): "called the allegations 'dirty
politics'", "described Trump as a 'dotard'", "said the reports were 'laughable'", "“The
decision is unconscionable,” she said".

The words are data (``data/events/evaluative.yml``, layered like every data file); the rules
here find where a phrase is the judgement a speaker passes on someone:

- naming: "called X Y", "described X as Y", "referred to X as Y", "labelled X Y": the source is
  the naming verb's subject, the target X (or, for a claim, see below);
- saying: "X is Y" (also seems, remains, became ...) inside a quotation or a reported clause
  ("said X was Y"): the source is the speaker (the quotation's speaker from the quotes stage,
  else the reporting verb's subject), the target X.

- verdicts said with a verb (issue #9 judge33), in a quotation or a reported clause: harm done
  by an actor ("the Tories would wreck the economy", "let down pensioners"), "has failed",
  "cannot be trusted", "does not go far enough", "best placed to", and the verb phrases of
  the data's ``verdicts`` ("has done a fantastic job", "made a mess of", "got it wrong").

X is read for whom the judgement is about: an actor, or whoever an act, decision or remark
belongs to ("the decision by Lewis and Thompson", "Washington's move"). A claim noun
("allegations", "reports") called false is a denial (016) aimed at the claim's author when
the text names one, else at no one; a claim judged grave ("the allegations against him are
very serious") is aimed at the accused. A negated judgement ("is not a hoax") is not coded;
one under a condition or a modal is flagged conditional, as every event. Each event's
``rule`` names the rule, the phrase and its group, so a user can see why it was coded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from redline import datafiles
from redline.events.cameo import load_cameo
from redline.events.filter import event_features, load_filter
from redline.events.lexicon import LexiconEntry
from redline.model import Event
from redline.nlp.arrays import one_of, tokens_at

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from redline.events.arguments import ActorResolver, Argument
    from redline.model import Document

KEY = "events/evaluative.yml"
# Verbs that give X a name Y ("called X Y", "described X as Y", "referred to X as Y").
NAMING_VERBS = frozenset(
    {"call", "describe", "label", "brand", "dub", "term", "characterize", "characterise",
     "portray", "refer", "deem"}
)  # fmt: skip
# Verbs that name only with "as" ("I see Iran as a hanger-on", "regard him as a hero")
REGARDING_VERBS = frozenset({"see", "regard", "view", "consider", "treat"})
# helper speech52: of those, the one that also names without "as" ("considers X illegal")
BARE_REGARDING = frozenset({"consider"})
# ... not a "to" clause or a question ("considered him to be ...", "consider whether ...")
NOT_BARE_NAMES = frozenset({"to", "whether", "if", "how", "what", "why"})
# "called on / for / off / up ...": an appeal, a cancellation, not a name given
NOT_NAMING = frozenset({"on", "upon", "for", "off", "up", "out", "back", "in"})
APPEALING = frozenset({"on", "upon", "for"})
# Verbs that say what X is ("X is Y", "X seems Y", "X has become Y").
SAYING_COPULAS = frozenset({"be", "seem", "appear", "remain", "become", "look", "sound"})
# Where the name given hangs on the naming verb (the small parser varies)
NAME_DEPS = frozenset({"oprd", "attr", "acomp", "ccomp", "xcomp", "dobj", "npadvmod", "appos"})
ACCUSED_PREPS = ("against", "about", "of", "on", "that")
AUTHOR_PREPS = ("by", "from")
NEGATORS = frozenset({"not", "n't", "never", "hardly", "no", "nothing"})
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})
# Nouns that name what someone does, so that "of X" is who does it
ACT_NOUNS = frozenset(
    {"action", "behavior", "behaviour", "conduct", "policy", "decision", "move", "activity",
     "statement", "remark", "comment", "handling", "treatment", "response", "approach",
     "practice", "abuse", "violation", "attack", "aggression", "interference", "rhetoric",
     "provocation", "campaign", "tactic", "step", "measure"}
)  # fmt: skip
PRONOUN_POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our", "your"})
# issue #9 graph22: subjects of "X is untrue / nonsense / a lie" that stand for a claim
CLAIM_PRONOUNS = frozenset({"it", "this", "that"})


@dataclass(frozen=True, slots=True)
class Group:
    """One group of evaluative phrases and the event it codes."""

    name: str
    code: str
    otherwise: str  # the code when said of an actor or an act, not of a claim ("" = code)


@dataclass(frozen=True)
class Verdict:
    """issue #9 judge33: a verb phrase a speaker says of its subject ("X has done a great job",
    "X made a mess of", "X got it wrong"): the verbs, and what must hang on the verb (an object
    of ``objects``, with an adjective of ``adjectives`` when given; a complement of
    ``complements``); with neither, any object ("X has mishandled the crisis")."""

    group: Group
    verbs: frozenset[str]
    objects: frozenset[str]
    adjectives: frozenset[str]
    complements: frozenset[str]

    def matches(self, verb: Token) -> str | None:
        """The phrase ``verb`` says when it is this verdict, else None."""
        if verb.lemma_.lower() not in self.verbs:
            return None
        if self.complements:
            for c in verb.children:
                if c.dep_ in VERDICT_COMPLEMENTS and c.lower_ in self.complements:
                    return f"{verb.lemma_.lower()} ... {c.lower_}"
            return None
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            word = obj.lemma_.lower() if obj.lemma_.lower() in self.objects else obj.lower_
            if self.objects and word not in self.objects:
                continue
            if not self.adjectives:
                return f"{verb.lemma_.lower()} {word}" if self.objects else verb.lemma_.lower()
            adjective = next(
                (a for a in obj.children if a.dep_ == "amod" and a.lower_ in self.adjectives),
                None,
            )
            if adjective is not None:
                return f"{verb.lemma_.lower()} a {adjective.lower_} {word}"
        return None


# where the parser hangs "wrong" in "got it (badly) wrong"
VERDICT_COMPLEMENTS = frozenset({"acomp", "oprd", "ccomp", "xcomp", "advmod", "dobj"})


@dataclass(frozen=True)
class Evaluations:
    """The phrases by first word (longest first), the claim nouns and the verdict phrases."""

    by_first: dict[str, list[tuple[tuple[str, ...], Group]]]
    claims: frozenset[str]
    verdicts: tuple[Verdict, ...] = ()
    epithets: dict[str, list[tuple[tuple[str, ...], Group]]] = field(default_factory=dict)

    @property
    def verdict_verbs(self) -> frozenset[str]:
        return frozenset(v for verdict in self.verdicts for v in verdict.verbs)


def _name_before_determiner(noun: Token) -> Token | None:
    """'Trump' in "called Trump a clown", parsed Trump/nmod <- clown: a name or pronoun that
    modifies the name given from before its determiner is who is named."""
    dets = [d.i for d in noun.lefts if d.dep_ == "det"]
    if not dets:
        return None
    return next(
        (g for g in noun.lefts
         if g.dep_ in ("nmod", "compound") and g.pos_ in ("PROPN", "PRON") and g.i < min(dets)),
        None,
    )  # fmt: skip


def _phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(str(phrase).lower().split())


@datafiles.cached
def load_evaluations() -> Evaluations:
    """Every layer of ``events/evaluative.yml``: a later layer adds words to a group (and its
    ``code`` wins), or adds a group of its own."""
    cameo = load_cameo()
    codes: dict[str, tuple[str, str]] = {}
    words: dict[str, list[str]] = {}
    claims: set[str] = set()
    verdict_rows: list[tuple[str, dict]] = []
    epithet_rows: list[tuple[str, dict]] = []
    for where, data in datafiles.yaml_layers(KEY):
        data = data or {}
        epithet_rows.extend((str(where), row) for row in data.get("epithets") or [])
        claims.update(str(c).lower() for c in data.get("claims") or [])
        verdict_rows.extend((str(where), row) for row in data.get("verdicts") or [])
        for name, group in (data.get("evaluations") or {}).items():
            code = str(group.get("code", codes.get(name, ("", ""))[0]))
            otherwise = str(group.get("code_otherwise", codes.get(name, ("", ""))[1]) or "")
            for c in (code, otherwise):
                if c and c not in cameo:
                    from redline.errors import RedlineError

                    raise RedlineError("E402", f"{where}: group {name}: unknown CAMEO code {c!r}")
            codes[name] = (code, otherwise)
            words.setdefault(name, []).extend(str(w) for w in group.get("words") or [])
    by_first: dict[str, list[tuple[tuple[str, ...], Group]]] = {}
    for name, phrases in words.items():
        group = Group(name, *codes[name])
        for phrase in phrases:
            seq = _phrase_words(phrase)
            if seq:
                by_first.setdefault(seq[0], []).append((seq, group))
    for entries in by_first.values():
        entries.sort(key=lambda e: -len(e[0]))
    verdicts = []
    for where, row in verdict_rows:
        name = str(row.get("group", ""))
        if name not in codes:
            from redline.errors import RedlineError

            raise RedlineError("E402", f"{where}: verdict of an unknown group {name!r}")

        def words_of(key: str, row: dict = row) -> frozenset[str]:
            return frozenset(str(w).lower() for w in row.get(key) or [])

        verdicts.append(
            Verdict(Group(name, *codes[name]), words_of("verb"), words_of("object"),
                    words_of("adjective"), words_of("complement"))
        )  # fmt: skip
    epithets: dict[str, list[tuple[tuple[str, ...], Group]]] = {}
    for where, row in epithet_rows:
        name = str(row.get("group", ""))
        if name not in codes:
            from redline.errors import RedlineError

            raise RedlineError("E402", f"{where}: epithet of an unknown group {name!r}")
        for phrase in row.get("words") or []:
            seq = _phrase_words(phrase)
            if seq:
                epithets.setdefault(seq[0], []).append((seq, Group(name, *codes[name])))
    for entries in epithets.values():
        entries.sort(key=lambda e: -len(e[0]))
    return Evaluations(by_first, frozenset(claims), tuple(verdicts), epithets)


# -- finding a phrase -------------------------------------------------------------------------


def _words(tokens: list[Token]) -> list[tuple[str, str, Token, Token]]:
    """(form, lemma, first token, last token) per word; "so - called" is one word "so-called";
    quotation marks and punctuation other than hyphens are left out."""
    out: list[tuple[str, str, Token, Token]] = []
    joining = False
    for tok in sorted(tokens, key=lambda t: t.i):
        if tok.text == "-" and out and not tok.doc[tok.i - 1].whitespace_:
            form, lemma, first, _ = out[-1]
            out[-1] = (form + "-", lemma + "-", first, tok)
            joining = True
            continue
        if tok.is_punct or tok.text in QUOTES:
            joining = False
            continue
        if joining and out:
            form, lemma, first, _ = out[-1]
            out[-1] = (form + tok.lower_, lemma + tok.lower_, first, tok)
        else:
            out.append((tok.lower_, tok.lemma_.lower(), tok, tok))
        joining = False
    return out


def _heads(tokens: list[Token]) -> set[int]:
    """The head of a piece of text and its conjuncts ("serious and disturbing")."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if (t.head.i not in inside or t.head.i == t.i) and not t.is_punct]
    # "as a 'dotard'": the name is the object of "as"
    heads += [g for h in heads if h.pos_ == "ADP" for g in h.children if g.dep_ == "pobj"]
    return {h.i for h in heads} | {c.i for h in heads for c in h.conjuncts}


# issue #9 kinds44: a judgement word that tells an ability when "of" or "to" follows it ("the
# army is capable of defending the country", "is competent to stand trial"): no praise
ABILITY_WORDS = frozenset({"capable", "competent"})


def _ability_told(seq: tuple[str, ...], last: Token) -> bool:
    """Whether the phrase ``seq`` ending at ``last`` is an ability word followed by "of" or
    "to" (see ``ABILITY_WORDS``)."""
    if seq[-1] not in ABILITY_WORDS or last.i + 1 >= len(last.doc):
        return False
    return last.doc[last.i + 1].lower_ in ("of", "to")


def find_phrase(
    tokens: list[Token], table: Evaluations, *, headed: bool = True
) -> tuple[Group, str, Token, Token] | None:
    """The longest evaluative phrase in ``tokens`` (not right after a negation): its group,
    the phrase, its first and last token. ``headed``: the phrase must end at the head of the
    piece (or a conjunct of it): "a tremendous signal" judges no one, "a disgrace" and "a
    waste of time" do."""
    heads = None  # _heads(tokens), made when a phrase's words are first all there (speed53)
    words = _words(tokens)
    best: tuple[int, Group, str, Token, Token] | None = None
    for i, (form, lemma, first, _) in enumerate(words):
        # issue #9 speed55: the next word's form and lemma, which a phrase's second word must be
        # one of (the first test of the word-by-word check below, asked on its own first: "a"
        # and "the" begin dozens of phrases, most of them ruled out by their second word)
        following = words[i + 1][:2] if i + 1 < len(words) else ()
        # form first: a set iterated in hash order made a tie between two phrases (hero /
        # heroes) differ from run to run
        for key in (form,) if form == lemma else (form, lemma):
            for seq, group in table.by_first.get(key, ()):
                n = len(seq)
                if i + n > len(words) or (best is not None and n <= best[0]):
                    continue
                if n > 1 and seq[1] not in following:
                    continue
                # (the words first: the head test, the dearer, is passed by most candidates
                # whose words are not there; both must hold, so their order changes nothing)
                if not all(seq[k] in (words[i + k][0], words[i + k][1]) for k in range(n)):
                    continue
                if headed:
                    if heads is None:
                        heads = _heads(tokens)
                    if not any(
                        words[i + k][2].i <= h <= words[i + k][3].i for k in range(n) for h in heads
                    ):
                        continue
                before = first.doc[first.i - 1] if first.i > 0 else None
                if before is not None and before.lower_ in NEGATORS and seq[0] != "no":
                    continue  # "not a hoax", "never unfair": no judgement passed
                last = words[i + n - 1][3]
                if _ability_told(seq, last):
                    continue  # "the army is capable of defending the country"
                best = (n, group, " ".join(seq), first, words[i + n - 1][3])
    return None if best is None else best[1:]


# -- where a judgement is passed --------------------------------------------------------------


def _named(verb: Token) -> tuple[Token, list[list[Token]], Token | None] | None:
    """For a naming verb ("called X Y"), X, the pieces of text that may be the name Y (what
    hangs on the verb after X, and when quoted what follows X inside its own phrase), and in
    the passive who names ("by MPs"; else None: the verb's subject)."""
    lemma = verb.lemma_.lower()
    if lemma not in NAMING_VERBS | REGARDING_VERBS or verb.pos_ != "VERB":
        return None
    if any((c.dep_ == "prt" and c.lower_ in NOT_NAMING)
           or (c.dep_ == "prep" and c.lower_ in APPEALING and c.i == verb.i + 1)
           for c in verb.children):  # fmt: skip
        return None
    x = namer = None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        # "was branded a 'disgraceful waste' by MPs": X is the passive subject, the namer the
        # "by" phrase (the parser may hang it on the name); with none no one names it
        namer = next(
            (g for t in verb.subtree if t.dep_ in ("agent", "prep") and t.lower_ == "by"
             for g in t.children if g.dep_ == "pobj"),
            None,
        )  # fmt: skip
        x = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if namer is None or x is None:
            return None
    for child in verb.children if x is None else ():
        if lemma in REGARDING_VERBS and child.dep_ in ("ccomp", "xcomp"):
            # "I see Iran as a hanger-on": the small parser may read X as a clause's subject
            x = next((g for g in child.children if g.dep_ == "nsubj"), None)
        elif lemma == "refer" and child.dep_ == "prep" and child.lower_ == "to":
            x = next((g for g in child.children if g.dep_ == "pobj"), None)
        elif child.dep_ in ("dobj", "dative") and x is None:
            x = child
        elif (
            child.dep_ == "oprd"
            and child.pos_ in ("PROPN", "NOUN", "PRON")
            and any(c.dep_ == "oprd" and c.i > child.i for c in verb.children)
        ):
            x = child  # issue #9 recall18: "called Trump a 'dotard'" parsed as two oprd
        elif child.dep_ == "oprd" and child.pos_ == "NOUN" and x is None:
            # issue #9 read46: "called Trump a clown and a racist": the small parser hangs the
            # name before the determiner on the name given, as its modifier
            x = _name_before_determiner(child)
        if x is not None:
            break
    if x is None:
        return None
    pieces: list[list[Token]] = []
    for child in verb.children:
        if child.i <= x.i and namer is None:
            continue
        if child.dep_ in NAME_DEPS:
            pieces.append(list(child.subtree))
        elif child.dep_ == "prep" and child.lower_ == "as":
            # issue #9 read43: also the name after "as" alone ("described as 'irresponsible'",
            # the parser hanging the word on "as" itself), "as" and quotation marks left out
            pieces.append(list(child.subtree))
            pieces.append([t for t in child.subtree if t.i != child.i and not t.is_quote])
    for prep in x.children:  # "described Trump as ...": the parser may hang "as" on X
        if prep.dep_ == "prep" and prep.lower_ == "as":
            pieces.append(list(prep.subtree))
        elif (
            prep.dep_ == "appos"
            and lemma not in REGARDING_VERBS
            and not any(t.is_punct for t in x.doc[x.i + 1 : prep.left_edge.i])
        ):
            # "branded the tour a publicity stunt": the small parser may read the name given
            # as X's apposition; one set off by a comma describes X ("called Smith, the
            # mayor, ...") and is no name
            pieces.append(list(prep.subtree))
        elif prep.dep_ == "amod" and prep.i > x.i and prep.pos_ == "ADJ":
            # session 27: "called Labour's plans unworkable (and unfair)": the small parser
            # reads the adjective the plans are called as their modifier after the noun
            pieces.append(list(prep.subtree))
    if lemma in BARE_REGARDING and not any(p and p[0].lower_ == "as" for p in pieces):
        # helper speech52: "the EU considers the settlements illegal", "considered him a
        # liar": "consider" names without "as" too; the name is what follows X in its clause
        skip = {t.i for t in x.subtree}
        bare = [[t for t in p if t.i not in skip and t.i > x.i] for p in pieces]
        bare = [p for p in bare if p and not any(t.lower_ in NOT_BARE_NAMES for t in p)]
        if bare and not _no_longer(verb):
            return x, bare, namer
    if lemma in REGARDING_VERBS:
        # "see / regard / view X as Y" names only with "as" ("saw Iran" names nothing)
        pieces = [p for p in pieces if p and p[0].lower_ == "as"]
        for t in x.subtree:
            if t.dep_ == "prep" and t.lower_ == "as" and t.i > x.i:
                pieces.append(list(t.subtree))
        return (x, pieces, namer) if pieces else None
    after = [t for t in x.subtree if t.i > x.i]
    if any(t.text in QUOTES for t in after):
        # "called the allegations against him “dirty politics”": the parser hangs the quoted
        # name inside X's own phrase; a quotation mark says it is a name given
        first_quote = next(t for t in after if t.text in QUOTES)
        pieces.append([t for t in after if t.i >= first_quote.i])
    return (x, pieces, namer) if pieces else None


def _no_longer(verb: Token) -> bool:
    """ "decided to no longer consider the settlements illegal": the view is given up."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
        for c in verb.children
    )


def _said(copula: Token) -> tuple[Token, list[Token]] | None:
    """For "X is Y" (a copula with a subject and a complement): X and Y's tokens."""
    if copula.lemma_.lower() not in SAYING_COPULAS or copula.pos_ not in ("AUX", "VERB"):
        return None
    subject = next((c for c in copula.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None or subject.lower_ == "there":
        return None
    complements = [c for c in copula.children if c.dep_ in ("attr", "acomp", "oprd")]
    complements += [c for c in copula.children if _in_breach(c)]
    if subject.lower_ == "it" and any(
        g.dep_ in ("ccomp", "xcomp", "csubj")
        or (g.dep_ == "acl" and any(m.dep_ == "mark" for m in g.children))
        for h in (copula, *complements)
        for g in h.children
    ):
        # "it is disappointing that you ...": "it" stands for the clause; issue #9 recall37:
        # the judgement is about the one the clause names as its subject, when it is a name
        # ("it is such a pity that Mr Blair doesn't practise what he preaches"), not a pronoun
        # or a "to" clause ("it was wrong to ...")
        of_x = _adjective_of(copula, complements)
        if of_x is not None:
            # "it is hypocritical of the government to lecture others": about the "of" phrase
            x, prep = of_x
            skip = {t.i for t in prep.subtree}
            tokens = [t for c in complements for t in c.subtree if t.i not in skip]
            return (x, tokens) if tokens else None
        x = _clause_subject(copula, complements)
        if x is None:
            return None
        clause = {t.i for t in x.head.subtree}
        tokens = [t for c in complements for t in c.subtree if t.i not in clause]
        return (x, tokens) if tokens else None
    tokens = [t for c in complements for t in c.subtree]
    if tokens:
        # issue #9 judge33: "is not acceptable", "is not the answer": the phrase lists judge with
        # the negation ("not fair", "not true"), which the parser hangs on the copula
        neg = next((c for c in copula.children if c.dep_ == "neg" and c.i < tokens[0].i), None)
        if neg is not None and not any(
            t.i > neg.i
            for t in copula.children
            if t.dep_ != "neg" and t.i < tokens[0].i and t.dep_ not in ("advmod",)
        ):
            tokens = [neg, *tokens]
    return (subject, tokens) if tokens else None


# helper speech52: "Russia is in violation of the treaty", "North Korea is in clear breach of
# U.N. resolutions": what one is said to be in breach of is a wrong one is accused of
BREACH_NOUNS = frozenset({"breach", "violation", "contravention", "defiance"})


def _in_breach(prep: Token) -> bool:
    """Whether ``prep`` is a copula's "in (clear) breach / violation of ..." phrase."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in BREACH_NOUNS for g in prep.children)
    )


def _adjective_of(copula: Token, complements: list[Token]) -> tuple[Token, Token] | None:
    """In "it is hypocritical of the government to lecture others" (an adjective, "of" and a
    "to" clause), the "of" phrase's object and the "of"; else None."""
    if not any(g.dep_ == "xcomp" for h in (copula, *complements) for g in h.children):
        return None
    for adjective in complements:
        if adjective.pos_ != "ADJ":
            continue
        for prep in adjective.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("PROPN", "NOUN", "PRON"):
                    return pobj, prep
    return None


def _clause_subject(copula: Token, complements: list[Token]) -> Token | None:
    """The named subject of the finite "that" clause "it" stands for ("it is a pity that Mr
    Blair ..."), else None (a pronoun, a "to" clause, no clause)."""
    for head in (copula, *complements):
        for clause in head.children:
            # "a pity that Mr Blair doesn't ...": the parser may hang the clause on the noun
            if clause.dep_ not in ("ccomp", "acl") or clause.i < head.i:
                continue
            if clause.dep_ == "acl" and not any(m.dep_ == "mark" for m in clause.children):
                continue
            subject = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
                return subject
    return None


# issue #9 speech22: adjectives that sort a noun rather than judge it ("were illegal
# immigrants", "a hostile takeover", "a criminal investigation"): no judgement as a modifier
CLASSIFYING = frozenset(
    {"illegal", "unlawful", "criminal", "hostile", "terrorist", "fraudulent", "correct",
     "capable", "productive", "constructive", "cooperative", "receptive", "helpful",
     "aggressive", "provocative", "fake", "excessive", "arbitrary", "authoritarian",
     "discriminatory", "unconstitutional", "inadequate", "insufficient", "tremendous",
     "terrific", "fantastic", "wonderful", "excellent", "inspiring", "encouraging",
     "problematic", "alarming", "worrying", "troubling", "disturbing", "chaotic"}
)  # fmt: skip


def _predicate_modifier(
    copula: Token, table: Evaluations
) -> tuple[Group, str, Token, Token] | None:
    """issue #9 speech22: "said Mr Reid was a decent, dedicated public servant", "he is a
    dangerous man": the judgement is an adjective before the predicate noun, not its head.
    The phrase as ``find_phrase`` gives it, for criticism, accusation or praise (not a denial:
    "a false prophet"), and not an adjective that sorts the noun (``CLASSIFYING``)."""
    for noun in copula.children:
        if noun.dep_ != "attr" or noun.pos_ != "NOUN":
            continue
        mods = [c for c in noun.children if c.dep_ == "amod" and c.i < noun.i]
        if not mods:
            continue
        ends = {m.i for m in mods} | {c.i for m in mods for c in m.conjuncts if c.i < noun.i}
        tokens = [t for m in mods for t in m.subtree if t.i < noun.i]
        found = find_phrase(tokens, table, headed=False)
        if found is None or found[3].i not in ends or found[0].otherwise:
            continue
        if found[1] in CLASSIFYING:
            continue
        return found
    return None


# issue #9 speech22: what a plan, a demand or a decision is said to do that harms ("would hurt
# farmers", "would put lives at risk", "would cause serious damage"): criticism of its maker
HARM_VERBS = frozenset(
    {"hurt", "harm", "damage", "undermine", "endanger", "jeopardize", "jeopardise",
     "devastate", "cripple", "weaken", "erode", "destroy", "kill", "punish", "penalize",
     "penalise"}
)  # fmt: skip
RISK_WORDS = frozenset({"risk", "danger", "jeopardy"})
HARM_NOUNS = frozenset({"damage", "harm", "hardship", "chaos", "suffering", "disruption"})
PLAN_NOUNS = frozenset(
    {"plan", "proposal", "policy", "bill", "legislation", "decision", "move", "measure", "law",
     "reform", "overhaul", "cut", "demand", "ban", "order", "tariff", "approach", "scheme",
     "budget", "rule", "regulation", "provision", "change", "action", "idea", "strategy"}
)  # fmt: skip


def _harming_plan(verb: Token) -> Token | None:
    """For "X's plan would hurt / put at risk / cause damage ...", the plan noun (the verb's
    subject); else None. Who made the plan is found in its phrase (``_judged``)."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma == "put":
        if not any(c.dep_ == "prep" and c.lower_ in ("at", "in")
                   and any(g.dep_ == "pobj" and g.lemma_.lower() in RISK_WORDS for g in c.children)
                   for c in verb.children):  # fmt: skip
            return None
    elif lemma == "cause":
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in HARM_NOUNS for c in verb.children):
            return None
    elif lemma not in HARM_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in PLAN_NOUNS:
        return None
    return subject


# issue #9 judge33: what an actor is said to do that harms, in a quotation or a reported clause
# ("they're hurting their base", "the panel had wasted time and taxpayer money", "the Tories
# would wreck the economy"): criticism of the actor. Fewer verbs than for a plan: "killed",
# "destroyed", "punished" said of an actor tell of an act (coded by the lexicon), not a verdict
ACTOR_HARM_VERBS = frozenset(
    {"hurt", "harm", "damage", "wreck", "ruin", "waste", "squander", "betray", "sabotage",
     "jeopardize", "jeopardise", "endanger"}
)  # fmt: skip
# subjects that are no actor of their own: the speaker's side, a clause or a relative pronoun
NOT_ACTOR_SUBJECTS = frozenset(
    {"i", "we", "it", "this", "that", "these", "those", "which", "who", "what", "there",
     "something", "nothing", "anything", "everything"}
)  # fmt: skip


def _verdict_subject(verb: Token) -> Token | None:
    """The subject a verdict verb is said of: its own, a conjoined verb's ("has had the chance
    and has failed"), or for a relative pronoun the noun the clause hangs on ("a government that
    has wasted people's money"); None for the speaker's side, a clause or a thing-pronoun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = _relative_head(verb.head)
    if subject is None or subject.lower_ in NOT_ACTOR_SUBJECTS or subject.tag_ in ("WP", "WDT"):
        return None
    return subject


# nouns a relative clause describes no one by ("it will be a person who will do a great job")
GENERIC_HEADS = frozenset(
    {"person", "people", "someone", "somebody", "anyone", "anybody", "one", "man", "woman",
     "individual", "candidate", "guy", "leader", "thing"}
)  # fmt: skip


def _relative_head(noun: Token) -> Token | None:
    """Whom a relative clause on ``noun`` is said of: the subject of the copula ``noun`` is the
    predicate of ("he is a man who has done a great job": "he"), else ``noun`` ("it is a
    government that has wasted people's money"); None for a generic noun with no such subject."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in SAYING_COPULAS:
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in NOT_ACTOR_SUBJECTS:
            return subject
    return None if noun.lemma_.lower() in GENERIC_HEADS else noun


def _harming_actor(verb: Token) -> Token | None:
    """For "X is hurting / wasted / would wreck <something>" (active, with an object), X when it
    may be an actor (a name, a noun, "they", "he", "she", "you"); also "X let down ..."; else
    None."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "had let down pensioners", "let the country down" (the parser may read "the country
    # down" as a clause)
    let_down = lemma == "let" and any(
        (c.dep_ == "prt" and c.lower_ == "down")
        or (c.dep_ == "ccomp" and c.lower_ == "down" and any(g.dep_ == "nsubj" for g in c.children))
        for c in verb.children
    )
    if lemma not in ACTOR_HARM_VERBS and not let_down:
        return None
    if not objects and not let_down:
        return None
    if lemma == "waste" and any(c.dep_ in ("xcomp", "advcl") for c in verb.children):
        # "was wasting his time trying to negotiate with ...": the act is the news (coded at
        # its own verb), the verdict on it a frame the sentence policy must not prefer
        return None
    subject = _verdict_subject(verb)
    if subject is None:
        return None
    if subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return subject


def _harm(verb: Token) -> tuple[Token, str] | None:
    """What a harm verb has its speaker criticise, and the rule's words for it: a plan (issue
    #9 speech22: "said the government's plans would put refugees' lives at risk", "the U.S.
    demands would hurt farmers": the plan's maker is judged), else an actor (judge33: "“They're
    hurting their base,” he said"); None when neither."""
    plan = _harming_plan(verb)
    if plan is not None:
        return plan, f"harm: X's {plan.lemma_.lower()} '{verb.text}'"
    harmer = _harming_actor(verb)
    if harmer is not None:
        return harmer, f"harm: X '{verb.text}'"
    return None


def _verdict(verb: Token, table: Evaluations) -> tuple[Token, tuple] | None:
    """For a verdict phrase of the data said of its subject, the subject and the phrase."""
    if verb.pos_ != "VERB" or not table.verdicts:
        return None
    for verdict in table.verdicts:
        phrase = verdict.matches(verb)
        if phrase is None:
            continue
        subject = _verdict_subject(verb)
        if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        return subject, (verdict.group, phrase, verb, verb)
    return None


# issue #9 judge33: "Labour's policies have failed", "the government has failed the people":
# a verdict of failure on an actor or an actor's plan (not "failed to", read by _failed_to)
FAILED_WHOM = frozenset(
    {"people", "public", "country", "nation", "voter", "family", "child", "patient", "pupil",
     "student", "worker", "pensioner", "taxpayer", "community", "victim", "us", "them", "you",
     "him", "her", "generation", "citizen", "resident", "farmer", "region", "city"}
)  # fmt: skip


def _has_failed(verb: Token) -> Token | None:
    """For "X has failed" with nothing after it but a time or a manner, or "X failed <people>",
    X (an actor or a plan noun, whose maker ``_judged`` finds); else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "fail":
        return None
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp", "prep", "agent", "acomp", "attr"):
            return None  # "failed to ...", "failed in its bid", "failed at the first hurdle"
        if child.dep_ == "dobj" and child.lemma_.lower() not in FAILED_WHOM:
            return None  # "failed a drugs test"
    subject = _verdict_subject(verb)
    if subject is None:
        return None
    if (
        subject.pos_ == "NOUN"
        and subject.lemma_.lower() not in PLAN_NOUNS
        and not any(c.dep_ == "poss" for c in subject.children)
    ):
        # "the talks failed", "the engine failed": an event's or a thing's failure, no verdict
        # on anyone, unless the noun is a plan or someone's ("Labour's policies")
        return _actor_noun(subject)
    return subject if subject.pos_ in ("PROPN", "NOUN", "PRON") else None


def _actor_noun(noun: Token) -> Token | None:
    """``noun`` when it names a body or people (its entity type or a role the actor book may
    know: "the government", "ministers"), else None: "the talks", "the bid" are no one."""
    if noun.ent_type_ in ("ORG", "NORP", "GPE", "PERSON"):
        return noun
    return noun if noun.lemma_.lower() in ACTOR_NOUNS else None


ACTOR_NOUNS = frozenset(
    {"government", "administration", "minister", "ministry", "party", "council", "authority",
     "department", "leadership", "leader", "chancellor", "president", "regime", "opposition",
     "executive", "cabinet", "management", "board", "police", "commission", "agency",
     "official", "politician", "congress", "parliament", "senate", "mayor", "governor"}
)  # fmt: skip


# issue #9 judge33: "the plans do not go far enough", "the government has not gone far enough":
# a verdict that X falls short (criticism of X or the plan's maker), said with a negation
def _not_far_enough(verb: Token) -> Token | None:
    """For "X does / did / has not go(ne) far enough", X (an actor or a plan); else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "go":
        return None
    if not any(c.dep_ == "neg" for c in verb.children):
        return None
    pair = {"far": "enough", "enough": "far"}  # the parser hangs either on the other
    if not any(
        c.dep_ == "advmod"
        and c.lower_ in pair
        and any(g.lower_ == pair[c.lower_] for g in c.children)
        for c in verb.children
    ):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in NOT_ACTOR_SUBJECTS - {"it", "this", "that"}:
        return None
    return subject if subject.pos_ in ("PROPN", "NOUN", "PRON") else None


# issue #9 judge33: "the Tories cannot be trusted (with the economy)": a negated passive of
# "trust" under "can" is the verdict that X is untrustworthy (criticism), not a negated act
def _untrusted(verb: Token) -> Token | None:
    """For "X cannot / could not / can never be trusted", X; else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "trust":
        return None
    deps = {c.dep_ for c in verb.children}
    if "auxpass" not in deps or not any(c.dep_ == "neg" for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lemma_.lower() in ("can", "could") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in NOT_ACTOR_SUBJECTS:
        return None
    return subject


# issue #9 judge33: "the chancellor would be best placed to take over": a verdict on someone's
# fitness for a task (praise), passive "placed" under "best", "ideally" or "uniquely"
FITNESS_ADVERBS = frozenset({"best", "ideally", "uniquely", "perfectly"})


def _best_placed(verb: Token) -> Token | None:
    """For "X is / would be best placed to <act>" (or "for" a task), X; else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "place" or verb.lower_ != "placed":
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in FITNESS_ADVERBS for c in verb.children):
        return None
    if not any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for")
               for c in verb.children):  # fmt: skip
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is None or subject.lower_ in NOT_ACTOR_SUBJECTS:
        return None
    return subject if subject.pos_ in ("PROPN", "NOUN", "PRON") else None


HARD_WORK = frozenset({"hard", "tirelessly", "diligently", "relentlessly"})


def _hard_worker(verb: Token) -> Token | None:
    """For "X is working hard (to ...)", X; else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "work":
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in HARD_WORK for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _failed_to(verb: Token) -> Token | None:
    """For "X (has) failed to <act>", X; else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "fail":
        return None
    if not any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


# issue #9 judge30: "critics say the bill tramples states' rights", "a move critics say could
# open the way to ...": what unnamed critics are reported to say is criticism of the one the
# clause is about, whatever its words (the source is the critics, resolved when the text names
# whose: "Democratic critics"). Plural only: "a critic" is often one person named apart.
CRITIC_NOUNS = frozenset({"critic", "detractor", "opponent", "sceptic", "skeptic"})
CRITICS_SAYING = frozenset(
    {"say", "argue", "contend", "complain", "charge", "warn", "note", "point", "claim",
     "insist", "maintain", "fear", "worry", "believe", "allege"}
)  # fmt: skip
# "..., a move critics say could ...": the act noun the parser hangs on "critics"
CRITICIZED_ACTS = frozenset(
    {"move", "step", "decision", "rule", "policy", "measure", "plan", "proposal", "change",
     "action", "order", "ban", "bill", "provision", "law", "regulation", "program", "idea"}
)  # fmt: skip


def _critics_say(verb: Token) -> tuple[Token, Token] | None:
    """For "critics say (that) X ...", the critics' noun and X, the one the said clause is about:
    its subject, or for "an act critics say ..." (a relative clause or an apposition after a
    clause) the subject of the clause the act is named after; else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CRITICS_SAYING:
        return None
    critics = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if critics is None or critics.lemma_.lower() not in CRITIC_NOUNS or critics.tag_ != "NNS":
        return None
    if verb.lemma_.lower() == "point" and not any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    ):
        return None
    for child in critics.children:
        # "Trump's critics say ...", "critics of the plan say ...": whom they criticise
        if child.dep_ == "poss" and child.lower_ not in PRONOUN_POSSESSIVES:
            return critics, child
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return critics, pobj
    act = None
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in CRITICIZED_ACTS:
        act = verb.head  # "a rule that critics said did nothing more than ..."
    elif any(
        c.dep_ == "compound" and c.lemma_.lower() in CRITICIZED_ACTS for c in critics.children
    ):
        act = critics  # "a move critics say could ...", parsed as the compound "move critics"
    if act is not None:
        if act is not critics and (owner := _owner(act)) is not None:
            return critics, owner
        if act is critics:
            # the clause the act is named after comes before it ("the agency announced ..., a
            # move critics say ...": parsed as a clause of "say")
            before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < critics.i]
            clause = before[0] if before else None
        else:
            # "reversed the restrictions - a rule that ...": the verb the act hangs on
            clause = act.head
            while clause.dep_ in ("appos", "conj", "dobj", "pobj", "prep", "npadvmod") and (
                clause.head.i != clause.i
            ):
                clause = clause.head
        if clause is None or clause.pos_ not in ("VERB", "AUX"):
            return None
        x = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return (critics, x) if x is not None else None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return None
    x = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (critics, x) if x is not None else None


def _speakers_at(
    tok: Token, lemma: str, code: str, doc: Any, resolver: ActorResolver
) -> list[Argument]:
    """Who says the judgement at ``tok`` (the quotation's or the reporting verb's speaker, as
    the coder finds it for an entry of ``lemma`` and ``code``): a list of one, or none."""
    from redline.events import coder

    speaker = coder._speaker_argument(coder.Match(_entry(lemma, code), 0, tok, tok), doc, resolver)
    return [speaker] if speaker is not None else []


def _group(table: Evaluations, name: str) -> Group | None:
    for entries in table.by_first.values():
        for _, group in entries:
            if group.name == name:
                return group
    return None


# Judgements said with a set phrase, tried in this order: (what finds X at the verb, the group,
# the phrase ("{word}": the verb as written), the verb's lemma for the speaker, the rule's words,
# whether the negation is the judgement)
SET_PHRASES: tuple[tuple[Callable[[Token], Token | None], str, str, str, str, bool], ...] = (
    # issue #9 judge33: "“Labour's policies have failed,” Mr Howard said"
    (_has_failed, "criticize", "failed", "fail", "said: X has failed", False),
    # issue #9 judge33: "“The Tories cannot be trusted with the economy,” he said"
    (_untrusted, "criticize", "cannot be trusted", "trust", "said: X cannot be trusted", True),
    # issue #9 judge33: "Rubio said the new restrictions did not go far enough"
    (_not_far_enough, "criticize", "not far enough", "go", "said: X does not go far enough",
     True),
    # issue #9 judge33: "Lord Kinnock said the chancellor would be best placed to take over"
    (_best_placed, "praise", "best placed", "place", "said: X is best placed to", False),
    # issue #9 speech22: "“The Republican senators are working hard,” Trump said": the speaker
    # praises who works
    (_hard_worker, "praise", "{word} hard", "work", "said: X works hard", False),
    # issue #9 speech22: "Kushner's lawyer failed to give the committee documents, the
    # committee's leaders said": the speaker criticises who failed
    (_failed_to, "criticize", "failed to", "fail", "said: X failed to", False),
)  # fmt: skip


def _set_phrase(tok: Token, table: Evaluations) -> tuple[Token, tuple, str, str, bool] | None:
    """For the first of :data:`SET_PHRASES` said at ``tok`` whose group the table has: X, the
    phrase found (group, phrase, first and last token), the lemma, the rule's words and whether
    the negation is the judgement."""
    for find, name, phrase, lemma, how, negation_judged in SET_PHRASES:
        x = find(tok)
        if x is None or (group := _group(table, name)) is None:
            continue
        found = (group, phrase.format(word=tok.lower_), tok, tok)
        return x, found, lemma, how, negation_judged
    return None


def _owned_act(noun: Token, table: Evaluations) -> tuple[Token, tuple] | None:
    """A noun with an evaluative adjective before it and an owner named ("North Korea's
    dangerous, belligerent behavior", "the provocative actions of North Korea", "decisions
    adopted by the U.S. government"): the owner and the phrase. Not a noun that is itself
    the complement of a copula or a naming verb (those rules read it)."""
    if noun.pos_ != "NOUN" or noun.dep_ in ("attr", "acomp", "oprd"):
        return None
    if noun.head.lemma_.lower() in NAMING_VERBS:
        return None  # "branded a 'disgraceful waste' by MPs": the name given (_named)
    # adjectives only: "fraud charges" names the charge, "false charges" judges it
    mods = [c for c in noun.children if c.dep_ == "amod" and c.i < noun.i]
    if not mods:
        return None
    claim = noun.lemma_.lower() in table.claims
    # issue #9 speed55: a noun that is no claim gives an answer only with an owner, so one
    # with none is passed over before its adjectives are searched (most nouns with an
    # adjective have no owner; ``_owner`` reads only the parse, so asking it first changes
    # nothing)
    owner = None if claim else _owner(noun)
    if not claim and owner is None:
        return None
    tokens = [t for m in mods for t in m.subtree]
    found = find_phrase(tokens, table, headed=False)
    ends = {m.i for m in mods} | {c.i for m in mods for c in m.conjuncts}
    if found is None or found[3].i not in ends:
        return None
    if found[0].code[:2] == "05" or (found[0].otherwise and claim):
        return None  # praise by adjective and "false claims" are read elsewhere or not at all
    if claim:
        return noun, found  # "hurtful allegations": aimed at the accused (see _judged)
    return owner, found


def _owner(noun: Token) -> Token | None:
    """Whose act a noun is, when the text says it: the possessor ("Iran's activities"), a
    "by" phrase (also through "adopted by"), or an "of" phrase of an act noun ("the actions of
    North Korea"; not "the situation of refugees")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and (
            child.lower_ == "by" or (child.lower_ == "of" and noun.lemma_.lower() in ACT_NOUNS)
        ):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        if child.dep_ == "acl":  # "decisions adopted by the U.S. government"
            agent = next((g for g in child.children if g.dep_ == "agent"), None)
            pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
            if pobj is not None:
                return pobj
    return None


# -- arguments ------------------------------------------------------------------------------


def _claim_parties(claim: Token, resolver: ActorResolver) -> tuple[list[Argument], list[Argument]]:
    """Who made a claim (its possessor, its "by"/"from" phrase) and whom it is against (its
    "against"/"about"/"of" phrase)."""
    authors: list[Argument] = []
    accused: list[Argument] = []
    for child in claim.children:
        if child.dep_ == "poss" and child.lower_ not in PRONOUN_POSSESSIVES:
            authors.append(resolver.argument(child, "eval:claim-poss"))
        if child.dep_ in ("prep", "agent") and child.lower_ in AUTHOR_PREPS + ACCUSED_PREPS:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    arg = resolver.argument(grand, f"eval:claim-pobj({child.lower_})")
                    (authors if child.lower_ in AUTHOR_PREPS else accused).append(arg)
        if child.dep_ in ("acl", "ccomp") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in child.children
        ):
            # issue #9 lex30: "called reports that Representative Conyers was involved in a
            # settlement 'extremely troubling'": the claim's own clause names the accused
            for grand in child.children:
                if grand.dep_ in ("nsubj", "nsubjpass"):
                    accused.append(resolver.argument(grand, "eval:claim-that"))
    known = [a for a in authors if a.actor is not None]
    return known, [a for a in accused if a.actor is not None]


def _judged(
    x: Token,
    group: Group,
    speaker: Argument,
    table: Evaluations,
    resolver: ActorResolver,
    *,
    named: bool = False,
) -> tuple[str, list[Argument], str] | None:
    """The code, the targets and how they were found, for a judgement ``group`` of ``x``.
    ``named``: X is the object of a naming verb ("called the president a 'moron'"), a mention
    apart from the speaker's, so one of the speaker's side may be judged (issue #9 recall18)."""
    from redline.events.coder import BILL_JUDGING_ROOTS, _home_legislature, _same_side

    x = _way_doer(x)
    if x.lemma_.lower() in table.claims or x.lower_ in table.claims:
        authors, accused = _claim_parties(x, resolver)
        authors = [a for a in authors if not _same_side(a, speaker)]
        accused = [a for a in accused if not _same_side(a, speaker)]
        if group.otherwise:  # called false: a denial of the claim, aimed at its author
            return group.code, authors, "claim denied: target its author"
        if group.code[:2] == "05":
            return None  # praise of a report praises no one the text names
        return group.code, accused or authors, "claim judged: target the accused"
    if group.otherwise and x.lower_ in CLAIM_PRONOUNS and not named:
        # issue #9 graph22: "It's untrue", "That is nonsense", "this is a lie": what is said
        # to be untrue is a claim, not the country or body named in the sentence before (the
        # pronoun resolved to Israel); a denial with no author named, as of "the reports"
        return group.code, [], "claim denied: the pronoun is the claim"
    code = group.otherwise or group.code
    apart = named and x.pos_ != "PRON" and x.lower_ not in speaker.text.lower()
    targets = [
        t for t in resolver.arguments(x, "eval:judged", deep=True)
        if t.actor is not None
        and (not _same_side(t, speaker) or (apart and t.text != speaker.text))
    ]  # fmt: skip
    if not targets and named and code[:2] in BILL_JUDGING_ROOTS:
        # issue #9 recall38: "opposed the bill, calling it a giveaway to the wealthy": a bill
        # judged with no maker named is the article's legislature's (as "opposed the bill")
        bill = _judged_bill(x)
        if bill is not None:
            targets = _home_legislature(bill, resolver)
            if targets:
                return code, targets, "judged: a bill, target its makers"
    if not targets and code[:2] in BILL_JUDGING_ROOTS and _bill_story_thing(x, code):
        # issue #9 judge30: "“It's wrong,” King said of the proposed deduction repeal", "the
        # proposed cuts are a giveaway": in a story about a bill, a judgement of what it does,
        # with no maker named, is about the article's legislature
        targets = _home_legislature(x, resolver)
        if targets:
            return code, targets, "judged: the bill's doing, target its makers"
    if not targets and (owner := _pronoun_owner(x)) is not None:
        # issue #9 read43: "Her comments have been described as 'irresponsible' by ...",
        # "called his remarks outrageous": an act judged is aimed at the one whose it is
        targets = [
            t for t in resolver.arguments(owner, "eval:judged<-poss")
            if t.actor is not None and not _same_side(t, speaker)
        ]  # fmt: skip
        if targets:
            return code, targets, "judged: target whose act it is"
    return (code, targets, "judged: target the one spoken of") if targets else None


def _pronoun_owner(x: Token) -> Token | None:
    """The personal possessive on an act noun ("her comments", "his decision"), else None:
    whose the thing is as :func:`owners.owner_of` reads it (its possessor route), narrowed to
    the act nouns of ``arguments.OWNED_ACTS`` and to "his", "her", "their". owner_of whole (any
    owned noun, a "by" phrase, a relative clause's subject) was measured here (issue #9
    health45): on the free docgold it gained 1 right root tuple ("describing his tweets as
    dangerous") for 2 wrong ("the response Sessions gave was misleading"; "his use of personal
    email was a mistake", said by the man's own press secretary), below the keep rule."""
    from redline.events.arguments import OWNED_ACTS
    from redline.events.owners import owner_of

    if x.pos_ != "NOUN" or not {x.lemma_.lower(), x.lower_} & OWNED_ACTS:
        return None  # "comments", "remarks" are listed as written
    found = owner_of(x)
    if found is None or found[1] != "possessor" or found[0].lower_ not in ("his", "her", "their"):
        return None
    return found[0]


def _way_doer(x: Token) -> Token:
    """issue #9 judge33: "the way the government handled the bill was a shambles": a judgement
    of the way someone acted is about the one who acted (the relative clause's subject); any
    other X as it is."""
    if x.lemma_.lower() not in ("way", "manner"):
        return x
    for clause in x.children:
        if clause.dep_ == "relcl":
            subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in NOT_ACTOR_SUBJECTS:
                return subject
    return x


BILL_STORY_WORDS = frozenset({"bill", "legislation"})
BILL_STORY_MIN = 3  # mentions of a bill that make a story one about a bill
BILL_THINGS = frozenset(
    {"cut", "repeal", "provision", "deduction", "cap", "change", "overhaul", "reform", "plan",
     "proposal", "measure", "package", "version", "elimination", "increase", "hike", "rate"}
)  # fmt: skip


def _bill_story_thing(x: Token, code: str) -> bool:
    """Whether X is a pronoun for a thing ("it", "this", "that"; criticism only: "this is good
    news for us" tells of the speaker's gain) or a bill's measure ("the proposed cuts", "the
    repeal") in a story that mentions a bill at least BILL_STORY_MIN times."""
    pronoun = x.lower_ in CLAIM_PRONOUNS
    in_bill = any(  # issue #9 judge33: "the threshold in the bill", "the provisions of the bill"
        c.dep_ == "prep"
        and c.lower_ in ("in", "of")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in BILL_STORY_WORDS for g in c.children)
        for c in x.children
    )
    if (pronoun and code[:2] == "05") or (
        not pronoun and x.lemma_.lower() not in BILL_THINGS and not in_bill
    ):
        return False
    if any(c.dep_ == "poss" for c in x.children):
        return False
    seen = sum(1 for t in x.doc if t.lemma_.lower() in BILL_STORY_WORDS)
    return seen >= BILL_STORY_MIN


def _critics_argument(critics: Token, resolver: ActorResolver) -> Argument:
    """The critics as a source: resolved when an adjective says whose they are ("Democratic
    critics", "Chinese critics"), else no actor (critics the text does not name)."""
    from redline.events.arguments import Argument

    if any(c.dep_ == "amod" and c.pos_ in ("ADJ", "PROPN") and c.text[:1].isupper()
           for c in critics.children):  # fmt: skip
        return resolver.argument(critics, "eval:critics")
    start = min(t.idx for t in critics.subtree if t.i <= critics.i)
    end = critics.idx + len(critics.text)
    return Argument(critics.doc.text[start:end], start, end, None, "eval:critics", "no one named")


def _critics_judged(
    x: Token, judged: tuple[str, list[Argument], str] | None, resolver: ActorResolver
) -> tuple[str, list[Argument], str] | None:
    """What critics say is criticism (111) of an actor the text names, or of a bill's makers
    ("critics say the bill tramples ..."); of a claim, or of no one named, nothing is coded."""
    from redline.events.coder import _home_legislature

    if judged is not None and judged[1] and not judged[2].startswith("claim"):
        return "111", judged[1], judged[2]
    bill = _judged_bill(x)
    targets = _home_legislature(bill, resolver) if bill is not None else []
    return ("111", targets, "critics: a bill, target its makers") if targets else None


def _judged_bill(x: Token) -> Token | None:
    """X itself when it names a bill ("called the bill a giveaway"), or for "it" the bill its
    sentence names before it ("in opposition to the tax legislation, calling it a ...")."""
    from redline.events.coder import _legislation

    if x.pos_ != "PRON":
        return x if _legislation(x) else None
    if x.lower_ != "it":
        return None
    before = [t for t in x.sent if t.i < x.i and t.pos_ == "NOUN"]
    last = before[-1] if before else None
    if last is not None and (_legislation(last) or last.lemma_.lower() in BILL_MEASURES):
        return last
    return None


# issue #9 recall38: "unified against the measure, calling it a giveaway": the measure before
# the pronoun, in an article about a bill
BILL_MEASURES = frozenset({"measure", "plan"})


# -- events ---------------------------------------------------------------------------------


def evaluation_events(
    sent: Span,
    doc: Document,
    resolver: ActorResolver,
    coded: list[Event],
    *,
    features_out: dict[int, dict[str, float]] | None = None,
) -> list[tuple[int, Event]]:
    """The evaluations said in ``sent`` that the lexicon did not code already (``coded``: the
    sentence's events so far), each with its clause depth for the sentence's policy."""
    from redline.events import coder

    table = load_evaluations()
    if not table.by_first:
        return []
    taken = {e.trigger_start for e in coded}
    have = {(e.root_code, e.source_actor, e.target_actor) for e in coded}
    out: list[tuple[int, Event]] = []
    for tok in _candidates(sent):
        if tok.idx in taken:
            continue
        negation_judged = False  # the negation is the judgement ("cannot be trusted")
        named = _named(tok)
        if named is not None:
            x, pieces, namer = named
            found = next((f for f in (find_phrase(p, table) for p in pieces) if f), None)
            if found is None:
                continue
            src_tok, src_how = (namer, "by") if namer is not None else coder.find_source(tok)
            if src_tok is None:
                continue
            speakers = [s for s in resolver.arguments(src_tok, f"eval:{src_how}")
                        if s.actor is not None]  # fmt: skip
            how = f"named: '{tok.text}' X {found[1]!r}"
        elif (harm := _harm(tok)) is not None and (
            criticize := _group(table, "criticize")
        ) is not None:
            # the speaker criticises a harmful plan's maker or who harms (``_harm``)
            x, how = harm
            found = (criticize, tok.lemma_.lower(), tok, tok)
            speakers = _speakers_at(tok, tok.lemma_.lower(), criticize.code, doc, resolver)
        elif (verdict := _verdict(tok, table)) is not None:
            # issue #9 judge33: "“He has done a fantastic job,” Mr Blair said", "Labour has made
            # a mess of the economy", "the Tories have got it wrong" (verdicts: in the data)
            x, found = verdict
            speakers = _speakers_at(tok, tok.lemma_.lower(), found[0].code, doc, resolver)
            how = f"verdict: X {found[1]!r}"
        elif (set_phrase := _set_phrase(tok, table)) is not None:
            x, found, lemma, how, negation_judged = set_phrase
            speakers = _speakers_at(tok, lemma, found[0].code, doc, resolver)
        elif (said_by_critics := _critics_say(tok)) is not None and (
            criticize := _group(table, "criticize")
        ) is not None:
            critics, x = said_by_critics
            found = (criticize, f"critics {tok.lemma_.lower()}", tok, tok)
            speakers = [_critics_argument(critics, resolver)]
            how = f"critics: '{critics.text} {tok.text}' X ..."
        elif (owned := _owned_act(tok, table)) is not None:
            # "Obama's 'terrible and misguided deal'", "the provocative actions of North
            # Korea" in a quotation or a reported clause: the speaker judges the act's owner
            x, found = owned
            speakers = _speakers_at(tok, tok.lemma_.lower(), found[0].code, doc, resolver)
            how = f"attributive: {found[1]!r} '{tok.text}' of X"
        else:
            said = _said(tok)
            if said is None:
                continue
            x, tokens = said
            found = find_phrase(tokens, table)
            how = f"said: X '{tok.text}' {found[1]!r}" if found is not None else ""
            if found is None and (found := _predicate_modifier(tok, table)) is not None:
                how = f"said: X '{tok.text}' a {found[1]!r} noun"
            if found is None:
                continue
            # a denial said with "not" ("is not true") stays read as the lexicon reads it
            negation_judged = found[1].split()[0] == "not" and not found[0].otherwise
            speakers = _speakers_at(tok, "be", found[0].code, doc, resolver)
        group, phrase, first, last = found
        # issue #9 recall37: a name or a judgement with its owner in it ("calling it 'a big
        # misjudgement by Labour'", "the campaign is a blunder by the Tories") is about the
        # owner, before what it is said of
        owner = _owner(last) if last.pos_ == "NOUN" and not group.otherwise else None
        for speaker in speakers:
            judged = None
            if owner is not None:
                judged = _judged(owner, group, speaker, table, resolver)
                if judged is not None:
                    judged = (judged[0], judged[1], "judged: target the judgement's owner")
            if judged is None:
                judged = _judged(x, group, speaker, table, resolver, named=how.startswith("named"))
            if how.startswith("critics"):
                judged = _critics_judged(x, judged, resolver)
            if judged is None:
                continue
            code, targets, why = judged
            # a denial of a claim with no author named is aimed at no one ("the reports",
            # guideline §8.13; the document pass looks for the accuser); a claim judged grave
            # with no accused named waits for the accused of the claim before it
            # (accused_targets); any other judgement needs the one it is about
            if not targets and not why.startswith("claim"):
                continue
            for target in targets or [None]:
                key = (code[:2], speaker.code, target.code if target is not None else None)
                if key in have:
                    continue
                have.add(key)
                event = _event(
                    sent, doc, resolver, tok, first, last, code, speaker, target,
                    rule=f"evaluative:{group.name} {how} ({why})",
                    features_out=features_out, negation_judged=negation_judged,
                )  # fmt: skip
                if event is not None:
                    out.append(event)
    for tok, x, found in _epithets(sent, table):
        if tok.idx in taken:
            continue
        group, phrase, first, last = found
        for speaker in _speakers_at(tok, tok.lemma_.lower(), group.code, doc, resolver):
            judged = _judged(x, group, speaker, table, resolver)
            if judged is None or not judged[1]:
                continue
            code, targets, why = judged
            for target in targets:
                key = (code[:2], speaker.code, target.code)
                if key in have:
                    continue
                have.add(key)
                event = _event(
                    sent, doc, resolver, x, first, last, code, speaker, target,
                    rule=f"evaluative:{group.name} epithet: {phrase!r} X ({why})",
                    features_out=features_out,
                )  # fmt: skip
                if event is not None:
                    out.append(event)
    from redline.events.coding.clauses import _sentence_tokens_where

    # _sympathy reads only "be" and "go": the other tokens are never built
    for verb in _sentence_tokens_where(
        sent, "sympathy verbs", "LEMMA", _sympathy_lemma, fixed=True
    ):
        if verb.idx in taken or (found := _sympathy(verb)) is None:
            continue
        holder, whom, last = found
        source = resolver.argument(holder, "sympathy: whose")
        if source.actor is None:
            continue
        for target in resolver.arguments(whom, "sympathy: with whom", deep=True):
            if target.actor is None or (SYMPATHY_CODE[:2], source.code, target.code) in have:
                continue
            have.add((SYMPATHY_CODE[:2], source.code, target.code))
            event = _event(
                sent, doc, resolver, verb, holder, last, SYMPATHY_CODE, source, target,
                rule=f"evaluative:sympathy '{holder.text} {holder.head.text} ... {last.text}'",
                features_out=features_out,
            )  # fmt: skip
            if event is not None:
                out.append(event)
    return out


# issue #9 briefs28: "My thoughts and prayers are with the victims", "Our hearts go out to the
# families": sympathy (018) from whose thoughts they are to those they are with
SYMPATHY_NOUNS = frozenset({"thought", "prayer", "sympathy", "heart", "condolence"})
SYMPATHY_CODE = "018"


def _sympathy_lemma(lemma: str) -> bool:
    """Whether ``_sympathy`` can find anything at a verb of ``lemma``."""
    return lemma.lower() in ("be", "go")


def _sympathy(verb: Token) -> tuple[Token, Token, Token] | None:
    """For "X's thoughts are with Y" and "X's hearts go out to Y" at ``verb``: X (the
    possessor), Y and the preposition (the phrase's last word); else None."""
    lemma = verb.lemma_.lower()
    if lemma == "be":
        wanted = "with"
    elif lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        wanted = "to"
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in SYMPATHY_NOUNS:
        return None
    holder = next((c for c in subject.children if c.dep_ == "poss"), None)
    if holder is None:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == wanted:
            whom = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if whom is not None:
                return holder, whom, prep
    return None


# where an epithet hangs on the name it is given ("Fake News CNN", "Crooked Hillary")
EPITHET_DEPS = frozenset({"compound", "amod", "nmod"})


def _epithets(sent: Span, table: Evaluations) -> list[tuple[Token, Token, tuple]]:
    """issue #9 briefs28: a name given with an insult in the speaker's own words ("we should
    boycott Fake News CNN", "the Fake News is working overtime", "Puppet Jones would vote
    against us"): the epithet's first word, the actor named (the noun the epithet hangs on,
    or the epithet's own head noun: "the Fake News") and the phrase found (as find_phrase)."""
    if not table.epithets:
        return []
    from redline.events.coding.clauses import _sentence_tokens_where

    out = []
    doc, end = sent.doc, sent.end
    # only the words an epithet begins with (the parse's LOWER column, once per parse; the
    # table is loaded once, so its id names the test)
    starts = table.epithets.__contains__
    # (speed55: the answers kept across parses for this table, ``anchor``)
    for tok in _sentence_tokens_where(
        sent, f"epithet starts {id(table)}", "LOWER", starts, fixed=True, anchor=table.epithets
    ):
        for seq, group in table.epithets.get(tok.lower_, ()):
            span = [doc[j] for j in range(tok.i, min(tok.i + len(seq), end))]
            if len(span) < len(seq) or any(t.lower_ != w for t, w in zip(span, seq, strict=True)):
                continue
            last = span[-1]
            x = last
            while x.dep_ in EPITHET_DEPS and x.head.i > x.i and x.head.pos_ in ("NOUN", "PROPN"):
                x = x.head
            if x.pos_ not in ("NOUN", "PROPN"):
                break
            out.append((tok, x, (group, " ".join(seq), tok, last)))
            break
    return out


def _candidates(sent: Span) -> list[Token]:
    """The tokens of ``sent`` a judgement can be passed at, in order: verbs and auxiliaries
    (``_named``, ``_said``) and nouns with an adjective before them (``_owned_act``); for any
    other token all three rules find nothing. Picked from the parse's arrays once per parse,
    so that the other tokens are never built."""
    from redline.events.coder import _parse_memo

    doc = sent.doc
    memo = _parse_memo(sent)
    key = ("judgement candidates", -1)
    if key not in memo:
        import numpy
        from spacy.attrs import DEP, HEAD, LEMMA, POS
        from spacy.parts_of_speech import IDS

        rows = doc.to_array([POS, DEP, HEAD])
        at = numpy.arange(len(rows))
        # HEAD is an offset; a negative one comes back wrapped in the uint64 array
        heads = at + rows[:, 2].astype(numpy.int64)
        amod = rows[:, 1] == numpy.uint64(doc.vocab.strings["amod"])
        modified = numpy.zeros(len(rows), dtype=bool)
        modified[heads[amod & (at < heads)]] = True  # an adjective before the noun it modifies
        verbs = one_of(rows[:, 0], [IDS["VERB"], IDS["AUX"]])
        nouns = (rows[:, 0] == IDS["NOUN"]) & modified
        # a verb only with a lemma _named or _said reads: every other verb passes both by
        judging = _judging_lemma_ids(doc.vocab.strings)
        lemma_ids = doc.to_array(LEMMA).tolist()
        memo[key] = [
            i
            for i in numpy.flatnonzero(verbs | nouns).tolist()
            if nouns[i] or judging(lemma_ids[i])
        ]
    where = memo[key]
    return tokens_at(sent, where)


# lemmas _named, _said, _harming_plan or _hard_worker read
JUDGING_VERBS = (
    NAMING_VERBS
    | REGARDING_VERBS
    | SAYING_COPULAS
    | HARM_VERBS
    | CRITICS_SAYING
    | ACTOR_HARM_VERBS
    | {"put", "cause", "work", "fail", "trust", "go", "make", "place", "let", "break"}
)
_JUDGING_IDS: dict[int, bool] = {}  # lemma id -> whether its lowercase is one of JUDGING_VERBS
_VERDICT_VERBS_SEEN: list[frozenset[str]] = []  # the verdicts' verbs the memo was filled for


def _judging_lemma_ids(strings: Any) -> Callable[[int], bool]:
    """Whether a lemma id (of the model's string store) is one of JUDGING_VERBS or a verb of the
    data's verdicts, memoised (a lemma's id is its hash, the same in every parse; the memo is
    emptied when the verdicts' verbs change, as with a user's layer)."""
    known = _JUDGING_IDS
    verdict_verbs = load_evaluations().verdict_verbs
    if len(known) >= 8192 or _VERDICT_VERBS_SEEN[:1] != [verdict_verbs]:
        known.clear()  # small, as the caches of book.py
        _VERDICT_VERBS_SEEN[:] = [verdict_verbs]

    def judging(lemma: int) -> bool:
        found = known.get(lemma)
        if found is None:
            word = strings[lemma].lower()
            found = known[lemma] = word in JUDGING_VERBS or word in verdict_verbs
        return found

    return judging


def _entry(lemma: str, code: str) -> LexiconEntry:
    return LexiconEntry(
        code=code, pos="verb", lemmas=(lemma,), target="dobj", speaker=True,
        pattern="(speaker:) X is Y / S called X Y", origin="evaluative.yml",
    )  # fmt: skip


def _event(
    sent: Span,
    doc: Document,
    resolver: ActorResolver,
    anchor: Token,
    first: Token,
    last: Token,
    code_str: str,
    source: Argument,
    target: Argument | None,
    *,
    rule: str,
    features_out: dict[int, dict[str, float]] | None,
    negation_judged: bool = False,
) -> tuple[int, Event] | None:
    """One coded evaluation: the phrase is the trigger; negation, condition and depth are read
    at the verb that passes the judgement (``anchor``) as for every event. ``negation_judged``:
    the negation at the anchor is part of the judgement ("cannot be trusted", "is not fair")."""
    from redline.events import coder

    entry = _entry(anchor.lemma_.lower(), code_str)
    probe = coder.Match(entry, 0, anchor, anchor)
    negated, _ = coder.is_negated(probe)
    if negation_judged:
        negated = False
    if negated or _denied_belief(anchor):
        return None  # "is not unfair", "I don't think X would be smart to": no judgement passed
    conditional, cond_rule = coder.is_conditional(probe)
    if cond_rule.startswith("modal"):
        # issue #9 read31: "the Tory proposals would put at risk Britain's stability": the
        # modal is the harm foreseen, part of the judgement, which is passed now
        conditional, cond_rule = False, ""
    depth = -1 if coder._inside_condition(anchor) else coder.statement_depth(anchor)
    code = load_cameo()[code_str]
    in_quote = any(q.start <= first.idx < q.end for q in doc.quotes)
    features = event_features(
        first, entry, code.code, source, target, negated=False, conditional=conditional,
        framing="", in_quote=in_quote, reported=False, depth=max(depth, 0),
    )  # fmt: skip
    model = load_filter()
    confidence = model.confidence(features) if model is not None else None
    rule += f"; source:{source.describe()}"
    rule += f"; target:{target.describe()}" if target is not None else "; target:none"
    if cond_rule:
        rule += f"; conditional:{cond_rule}"
    start, end = first.idx, last.idx + len(last.text)
    event = coder.coded_event(
        sent, doc, code, source, target, start, end, negated=False, conditional=conditional,
        reported_by=None, rule=rule, confidence=confidence,  # the speaker's own act: no reporter
    )  # fmt: skip
    event = coder._antecedent_spans(event, source, target, sent, resolver)
    if features_out is not None:
        features_out[id(event)] = features
    return depth, event


# issue #9 judge30: a judgement inside a belief the speaker denies ("I don't think that
# Democrats would be very smart to ...", "I am not confident that he is the best choice")
BELIEVING = frozenset(
    {"think", "believe", "confident", "sure", "certain", "convinced", "expect", "feel", "say",
     "suggest", "agree", "consider", "know"}
)  # fmt: skip


def _denied_belief(anchor: Token) -> bool:
    """Whether a verb or adjective of believing or saying that governs ``anchor`` through its
    clause (``ccomp``) is negated."""
    tok = anchor
    for _ in range(4):
        if tok.dep_ != "ccomp" or tok.head.i == tok.i:
            return False
        head = tok.head
        # "am not confident that ...": the negation hangs on the copula of the adjective
        holders = (head, head.head) if head.dep_ == "acomp" else (head,)
        if head.lemma_.lower() in BELIEVING and any(
            c.dep_ == "neg" for h in holders for c in h.children
        ):
            return True
        tok = head
    return False


CLAIM_WINDOW = 3  # sentences back (its own included) to look for the claim's accused
ACCUSED_CLAIM = "(claim judged: target the accused)"


def accused_targets(events: list[Event]) -> list[Event]:
    """A claim judged grave that names no accused ("called the allegations 'very serious'")
    is about whom the claim before it accuses: the target of the nearest accusation (112x) in
    its own sentence or the ``CLAIM_WINDOW - 1`` before, not the speaker's own side. With none
    found, the judgement is about no one the text names and is not coded."""
    from redline.events.coder import sentence_numbers, target_from

    starts = sentence_numbers(events)
    out: list[Event] = []
    for i, event in enumerate(events):
        if event.target_actor or ACCUSED_CLAIM not in (event.rule or ""):
            out.append(event)
            continue
        accused = None
        for other in reversed(events[:i]):
            if starts[event.start] - starts[other.start] >= CLAIM_WINDOW:
                break
            if (
                other.code.startswith("112")
                and other.target_actor
                and other.target_actor != event.source_actor
                and not other.conditional
            ):
                accused = other
                break
        if accused is None:
            continue
        out.append(target_from(event, accused, "target", "accused of the claim before"))
    return out
