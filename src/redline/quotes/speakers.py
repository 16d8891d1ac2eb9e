"""Who said it: the speaker's mention in the sentence, and the fullest name the article gives.

A mention is the noun phrase around the subject of the reporting verb ("Kremlin spokesperson
Dmitry Peskov"). Its name comes from a person named in it (titles dropped, a bare surname expanded
to the full name used elsewhere in the article), else an organisation named in it, else, for
he/she, the most recent earlier speaker or sentence subject of a compatible gender (a person only
mentioned in passing is the fallback). Unnamed speakers ("a spokesperson", "officials") keep their
mention and get no name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy

from redline import datafiles
from redline.actors import load_actors
from redline.actors.graph import (
    DESCRIBED_ROLES,
    HEADLINE_VERBS,
    LOCATIVES,
    PERSON_NOUNS,
    PERSON_TITLES_GENDER,
    POST_NOMINALS,
    after_contest_title,
    after_name_prefixes,
    description_of,
    headline_subject,
    lead_words_cut,
    past_dash_aside,
    tidy_name,
)
from redline.actors.tag import organisation_headed, slogan_name
from redline.nlp.parse import entity_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECT_DEPS = ("nsubj", "nsubjpass")
MODIFIER_DEPS = ("compound", "amod", "det", "poss", "nmod", "nummod", "case", "punct", "prep")
NAME_LABELS = ("PERSON",)
ORG_LABELS = ("ORG", "NORP", "GPE")
POSSESSIVE = ("'s", "’s", "'", "’")
SUBJECT_REACH = 1000  # characters back that a he/she still refers to an earlier subject
# "O’Donnell", "D’Souza": the tagger often reads a name with a curly apostrophe as a common noun
APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]?[’'][A-Z][a-z]+")


def _proper_noun(token: Token) -> bool:
    """A proper noun, or a word shaped like an Irish or French surname that the tagger took for
    something else (issue #10 round 8: "“…,” O’Donnell said" was left unnamed)."""
    return token.pos_ == "PROPN" or bool(APOSTROPHE_NAME.fullmatch(token.text))


def read_word_list(name: str) -> list[list[str]]:
    """Rows of a data file under ``redline/data/quotes/`` and its user layers (the config's
    ``[data]``): comments and blank lines skipped."""
    return [line.split("\t") for line in datafiles.lines("quotes/" + name, inline_comments=True)]


@datafiles.cached
def titles() -> frozenset[str]:
    return frozenset(row[0].lower().rstrip(".") for row in read_word_list("speaker_titles.txt"))


@datafiles.cached
def _reporting_lemmas() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_word_list("reporting_verbs.txt"))


@datafiles.cached
def pronoun_genders() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in read_word_list("pronouns.txt")}


@datafiles.cached
def first_name_genders() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in read_word_list("first_names.txt")}


@datafiles.cached
def either_sex_first_names() -> frozenset[str]:
    """issue #10 surname59: common first names of either sex (``either_sex_first_names.txt``),
    which the long table leaves out ("Dana"); read only to tell a given name before a surname
    (``unisex_first_names`` is the gender rule's list)."""
    return frozenset(row[0].lower() for row in read_word_list("either_sex_first_names.txt"))


@datafiles.cached
def common_first_name_genders() -> dict[str, str]:
    """issue #10 gender41: the gender of some 52,000 US first names (``first_name_genders.tsv``,
    from SSA baby-name counts), under the hand list's entries. For pronoun agreement only: a
    list this long holds Jordan, Georgia and Paris, so it never says a word is a first name."""
    table = {row[0].lower(): row[1] for row in read_word_list("first_name_genders.tsv") if row[1:]}
    return table | first_name_genders()


def name_gender(
    name: str | Sequence[str], titles: Iterable[str] = (), noun: str | None = None
) -> str | None:
    """The gender of a person's name (or its words, as the entity graph splits them: "de
    Blasio" is one word), the one rule the speaker table and the graph ask: a courtesy title's,
    written just before the name (``titles``) or opening it ("Mrs Kemp", "Sir Keir Starmer");
    else ``noun``'s, the sex a noun next to the name gives ("widow Terry Strada"); else its
    first word's: the hand list's, else (for a name of two words or more: a lone "Clinton" or
    "Carson" is a surname) the long table's."""
    words = name.split() if isinstance(name, str) else name
    first = words[0].lower().rstrip(".") if words else ""
    for title in (*titles, first):
        gender = PERSON_TITLES_GENDER.get(title.lower().rstrip("."))
        if gender:
            return gender
    if noun or not words:
        return noun
    if organisation_headed(" ".join(words), "PERSON"):
        return None  # issue #10 names42: "Chelsea Football Club" is no "she"
    if first in unisex_first_names():
        return None  # issue #10 names59: "Marty Walz … she said"
    table = common_first_name_genders() if len(words) > 1 else first_name_genders()
    return table.get(first)


@datafiles.cached
def unisex_first_names() -> frozenset[str]:
    """issue #10 names59: first names of either sex (``unisex_first_names.txt``), whose
    bearer's gender the name does not tell."""
    return frozenset(row[0].lower() for row in read_word_list("unisex_first_names.txt"))


@dataclass
class PersonMention:
    """A person named at ``position``; ``name`` is the fullest form found in the article."""

    position: int
    name: str
    gender: str | None
    is_subject: bool


TRAILING_FUNCTION_WORDS = frozenset({"of", "and", "the", "in", "at", "from", "for", "to", "on"})


# issue #9 read23: a party or a seat written before a full name like a title ("fellow Tory
# David Heathcoat-Amory", "MSP Karen Whitefield"); stripped only before two name words or more,
# so "Tory Burch" keeps her first name
PARTY_NAME_WORDS = frozenset(
    {"tory", "labour", "conservative", "liberal", "msp", "mp", "mep"}
    # issue #10 names24: "Fellow Lib Dem Norman Baker", "SNP MSP Alex Neil", "GOP Sen. X"
    | {"lib", "dem", "dems", "snp", "ukip", "plaid", "gop", "democratic", "fellow"}
)


def strip_party_word(words: list[str]) -> list[str]:
    """``words`` without a party or seat word before a name of two words or more."""
    while (
        len(words) > 2
        and words[0].lower().rstrip(".") in PARTY_NAME_WORDS
        and words[1][:1].isupper()
        and words[-1][:1].isupper()
    ):
        words = words[1:]
        while len(words) > 2 and words[0].lower().rstrip(".") in titles():
            words = words[1:]  # "Liberal Democrat Matthew Taylor"
    return words


# courtesy titles that go with a surname, never a first name ("Sir Menzies", "Dr Phil" may)
SURNAME_TITLES = frozenset({"mr", "mrs", "ms", "miss"})
COURTESY_TITLES = SURNAME_TITLES | {"dr"}  # before a surname, a person ("Mr Katwala")
# ranks and offices that are also first names or left out of the title list: before a surname
# the article gives in full, the rank, not a first name
RANK_WORDS = frozenset(
    {"dean", "professor", "provost", "detective", "officer", "sergeant", "trooper",
     "superintendent", "principal", "father", "chief", "deacon"}
)  # fmt: skip


def clean_name(words: list[str]) -> list[str]:
    """Drop leading titles and trailing possessives: ["Mr.", "Putin", "’s"] -> ["Putin"]."""
    # a name never runs over a line break or a dash: "X.⏎⏎Trump" (a tweet's place holder),
    # "ROME — Bernie Sanders" (a dateline); "-" is also the hyphen of "Hans-Peter"
    cut = [i for i, w in enumerate(words) if "\n" in w or w in ("—", "–", "--")]
    if cut and cut[-1] < len(words) - 1:
        words = words[cut[-1] + 1 :]
    words = [w for w in words if w.strip()]
    # issue #10 speakers25: "his best friend at Lehigh, Bruce Turry" run together: the name is
    # the capitalised pair or more after the comma (never "King, Jr." cut to "Jr.")
    commas = [i for i, w in enumerate(words) if w == ","]
    if (
        commas
        and len(words) - commas[-1] > 2
        and all(w[:1].isupper() for w in words[commas[-1] + 1 :])
    ):
        words = words[commas[-1] + 1 :]
    while words and words[-1] in POSSESSIVE:
        words = words[:-1]
    words = lead_words_cut(words)  # "rang Lucy", "Tanzania Mr Brown" tagged as names
    while len(words) > 2 and words[-1].rstrip(".,") in POST_NOMINALS:
        words = words[:-1]  # issue #10 names24: "Ken Macdonald QC" is Ken Macdonald
    if words:
        for suffix in POSSESSIVE[:2]:
            if words[-1].endswith(suffix) and len(words[-1]) > len(suffix):
                words[-1] = words[-1][: -len(suffix)]
    table = titles()
    words = after_contest_title(words)  # "Miss Universe Alicia Machado"
    words = after_name_prefixes(words, table)
    words = headline_subject(words)  # "Hillary Clinton Slams Donald Trump" tagged as one
    while len(words) > 1 and words[-1].lower() in HEADLINE_VERBS:
        words = words[:-1]  # "Obama Says" in a headline names Obama
    while len(words) > 1 and words[-1] in TRAILING_FUNCTION_WORDS:
        words = words[:-1]  # "Juan Manriquez of" where the recogniser ran on into "of Tucson"
    return words


DOUBLED = re.compile(r"(\w)\1+")  # a doubled letter, folded for typing slips in surnames


# issue #9/#10 comments49: the words that join a reader's name to the town signed after it
# ("Ashley, Swindon", "Ashley, of Swindon", "Emma from Sleaford", "Andrew in Derby")
SIGNATURE_LINKS = frozenset({"of", "from", "in"})


def signer_before(span: Span) -> Span | None:
    """The reader's name before a town in "Ashley, Swindon", "Ashley, of Swindon", "Emma from
    Sleaford", "Andrew in Derby": a name tagged as a person or a first name of the hand list,
    itself no place, then a comma and/or "of"/"from"/"in"; else None. The town is not checked
    here (see :func:`gazetteer_town`)."""
    doc = span.doc
    i = span.start - 1
    linked = False
    if i >= 0 and doc[i].lower_ in SIGNATURE_LINKS:
        i, linked = i - 1, True
    if i >= 0 and doc[i].text == ",":
        i, linked = i - 1, True
    if not linked or i < 0 or not doc[i].text[:1].isupper() or doc[i].pos_ != "PROPN":
        return None
    token = doc[i]
    if token.ent_type_ == "PERSON":
        start = i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1  # back to the name's first word ("John Smith, Exeter")
        name = doc[start : i + 1]
    elif token.lower_ in first_name_genders():
        name = doc[i : i + 1]
    else:
        return None
    if name[0].lower_ not in first_name_genders() and name[0].ent_type_ != "PERSON":
        return None
    from redline.enrich.places import lookup_place

    if len(name) == 1 and lookup_place(name.text) is not None:
        return None  # "Paris, France": a place before a place
    return name


def gazetteer_town(span: Span) -> bool:
    """Whether ``span`` is a capitalised one- or two-word name the gazetteer knows."""
    if not 1 <= len(span) <= 2 or not span.text[:1].isupper():
        return False
    from redline.enrich.places import lookup_place

    return lookup_place(span.text) is not None


def place_not_person(span: Span) -> bool:
    """A one- or two-word name the gazetteer knows that a locative preposition governs ("a
    worker in Exeter") or that a reader signed after their name ("Ashley, Swindon"): a town,
    never a person that "I", "he" or "she" can be."""
    if not gazetteer_town(span):
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVES:
        return True
    return signer_before(span) is not None


class NameBook:
    """The people one article names, so "Mr. Putin" and "he" can be given the full name."""

    def __init__(self, parsed: Doc) -> None:
        self.full_by_surname: dict[str, Counter[str]] = {}
        self.full_by_first: dict[str, Counter[str]] = {}
        self.gender: dict[str, str] = {}
        self.mentions: list[PersonMention] = []
        # Doc.ents builds new Span objects on every access: the parse's one list
        self.ents = entity_spans(parsed)
        self.ent_starts = [e.start for e in self.ents]
        self.parsed = parsed
        self._untagged: dict[str, Counter[str]] | None = None
        for ent in self.ents:
            if ent.label_ not in NAME_LABELS:
                # names26: "The Fabian Society's Sundar Katwala", tagged a place or body, is
                # the "Mr Katwala" after
                member = _person_of_a_body(ent.root) if ent.root.dep_ in SUBJECT_DEPS else None
                if member and ent.start <= ent.root.i - len(member) + 1:
                    full = tidy_name(" ".join(member))
                    self.full_by_surname.setdefault(member[-1].lower(), Counter())[full] += 1
                continue
            words = clean_name([t.text for t in ent])
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                full = tidy_name(" ".join(words))
                self.full_by_surname.setdefault(words[-1].lower(), Counter())[full] += 1
                self.full_by_first.setdefault(words[0].lower(), Counter())[full] += 1
        parties = load_actors().parties
        for ent in self.ents:
            if ent.label_ not in NAME_LABELS:
                continue
            name = self.full_name([t.text for t in ent])
            if not name or name in parties or organisation_headed(name, ent.label_):
                # issue #10 names24: "Labour" tagged a person is no one "he" can be; names42:
                # nor is "Chelsea Football Club"
                continue
            if place_not_person(ent) and not self.names_a_surname(ent.text):
                continue  # comments49: "a worker in Exeter" tagged a person is a town
            title = parsed[ent.start - 1].text if ent.start > 0 else ""
            gender = name_gender(name, (title, ent[0].text))
            if gender and name not in self.gender:
                self.gender[name] = gender
            root = ent.root
            self.mentions.append(
                PersonMention(
                    ent.start_char,
                    name,
                    None,
                    root.dep_ in SUBJECT_DEPS or root.head.dep_ in SUBJECT_DEPS,
                )
            )

    def names_a_surname(self, word: str) -> bool:
        """Whether ``word`` is the surname of someone the article names in full ("Clinton" after
        "Hillary Clinton"): that person, even where the gazetteer knows a town of the name."""
        return word.strip().lower() in self.full_by_surname

    def full_name(self, words: list[str], surname_only: bool = False) -> str | None:
        """The fullest name for a person mention's words ("Mr. Putin" -> "Vladimir Putin"). A
        one-word name after "Mr", "Mrs", "Ms" or "Miss" (in ``words`` or, ``surname_only``,
        before them) is a surname: "Mr Howard" is not Howard Flight (issue #9 read23)."""
        if words and words[0].lower().rstrip(".") in SURNAME_TITLES:
            surname_only = True
        words = clean_name(words)
        if not words:
            return None
        if len(words) == 2 and words[0].lower().rstrip(".") in RANK_WORDS:
            # issue #10 names23: "Dean Amar said", "Professor Okafor added": a rank or office
            # before the surname of someone the article names in full ("Vikram Amar"); "Dean
            # Baquet", named so throughout, keeps his first name
            others = [
                name
                for name, _ in self.full_by_surname.get(words[1].lower(), Counter()).most_common()
                if name.split()[0].lower() != words[0].lower() and len(name.split()) > 1
            ]
            if others:
                return others[0]
        if len(words) == 1:
            key = words[0].lower()
            tables = (
                (self.full_by_surname,)
                if surname_only
                else (self.full_by_surname, self.full_by_first)
            )
            for table in tables:
                if key in table:
                    return table[key].most_common(1)[0][0]
            untagged = self.untagged_full_names().get(key)
            if untagged:
                return untagged.most_common(1)[0][0]
            misspelt = self._surname_misspelt(key)
            if misspelt:
                return misspelt
        return tidy_name(" ".join(words))

    def _surname_misspelt(self, key: str) -> str | None:
        """names29: "Labbot said" in an article about "Elise Labott": a lone surname the
        article names nowhere else, one doubled or undoubled letter off the surname of the one
        person the article names in full, is that person (a typing slip)."""
        if len(key) < 5 or not key.isalpha():
            return None
        folded = DOUBLED.sub(r"\1", key)
        near = [
            surname
            for surname in self.full_by_surname
            if surname != key and len(surname) >= 5 and DOUBLED.sub(r"\1", surname) == folded
        ]
        if len(near) != 1 or len(self.full_by_surname[near[0]]) != 1:
            return None
        return self.full_by_surname[near[0]].most_common(1)[0][0]

    def untagged_full_names(self) -> dict[str, Counter[str]]:
        """issue #10 round 7: full names the recogniser did not tag as a person ("Novak
        Djokovic" as an organisation, "The Rachel Maddow Show", "Bruce Turry" in an apposition
        tagged ORG), by surname: a known first name compounding a capitalised proper noun.
        Asked only for a surname the person table lacks, and built once, on that first ask."""
        if self._untagged is None:
            self._untagged = {}
            doc = self.parsed
            names = first_name_genders()
            # only the proper nouns (the first test below), from the parse's POS column
            from spacy.parts_of_speech import IDS

            proper = numpy.flatnonzero(doc.to_array("POS") == IDS["PROPN"]).tolist()
            for first in (doc[i] for i in proper):
                if (
                    first.pos_ != "PROPN"
                    or first.ent_type_ not in MISTAGGED
                    or not first.text.istitle()
                    or first.i + 1 >= len(doc)
                    or "\n" in first.whitespace_
                ):
                    continue
                last = doc[first.i + 1]
                # issue #10 round 10: "Dinesh D’Souza", a first name no list has, before a
                # surname of the Irish or French shape the tagger misreads
                if first.lower_ not in names and not (
                    (APOSTROPHE_NAME.fullmatch(last.text) or last.ent_type_ in ("GPE", "NORP"))
                    and first.lower_ not in titles()
                ):
                    continue
                if (
                    _proper_noun(last)
                    and last.text.istitle()
                    and len(last.text) > 1
                    and first.dep_ == "compound"
                    and first.head.i in (last.i, last.head.i)
                    and last.lower_ not in names
                    and last.lower_ not in titles()
                ):
                    full = f"{first.text} {last.text}"
                    self._untagged.setdefault(last.lower_, Counter())[full] += 1
        return self._untagged

    def gender_of(self, name: str) -> str | None:
        return self.gender.get(name) or name_gender(name)

    def person_before(self, position: int, gender: str | None, speakers: list[PersonMention]):
        """The person a he/she at ``position`` refers to: the most recent earlier speaker or
        subject of a compatible gender, else the most recent such person mentioned at all.

        Both lists are in text order, so each is read backwards from ``position`` and only as
        far as needed: the cost does not grow with the length of the article."""
        found = [
            self._scan_back(speakers, position, gender),
            self._scan_back(self.mentions, position, gender),
        ]
        best = max((b for b, _ in found if b is not None), key=lambda m: m.position, default=None)
        subjects = [s for _, s in found if s is not None]
        best_subject = max(subjects, key=lambda m: m.position, default=None)
        if best_subject is not None and position - best_subject.position < SUBJECT_REACH:
            return best_subject
        return best

    def _scan_back(self, mentions: list[PersonMention], position: int, gender: str | None):
        """(most recent compatible mention, most recent compatible subject within reach)."""
        i = bisect_left(mentions, position, key=lambda m: m.position) - 1
        best = best_subject = None
        while i >= 0:
            mention = mentions[i]
            i -= 1
            if best is not None and position - mention.position >= SUBJECT_REACH:
                break
            known = self.gender_of(mention.name)
            if gender in ("m", "f") and known and known != gender:
                continue
            best = best or mention
            if mention.is_subject:
                best_subject = mention
                break
        return best, best_subject

    def ents_within(self, start: int, end: int) -> list[Span]:
        """The article's entities inside tokens ``start:end`` (by bisection, not a scan)."""
        lo = bisect_left(self.ent_starts, start)
        hi = bisect_left(self.ent_starts, end)
        return [e for e in self.ents[lo:hi] if e.end <= end]


# names30: "at one point calling …", "at times saying …": a participle the parser hangs on the
# noun of an occasion phrase is said by the subject of the verb the phrase goes with
OCCASION_NOUNS = frozenset({"point", "time", "moment", "stage", "juncture"})
# verbs of an event starting or ending, and the events ("as the hearing began vowing to …")
PHASE_VERBS = frozenset({"begin", "start", "open", "end", "close", "wrap", "resume", "get"})
OCCASION_EVENTS = frozenset(
    {"meeting", "hearing", "session", "debate", "rally", "event", "conference", "convention",
     "forum", "summit", "vote", "trial", "briefing", "speech", "ceremony", "game", "race", "show"}
)  # fmt: skip
# verbs that move their object to speak ("leading analysts to argue", "prompting critics to warn")
OBJECT_CONTROL_VERBS = frozenset(
    {"lead", "prompt", "cause", "force", "spur", "drive", "push", "persuade", "convince",
     "encourage", "inspire", "provoke"}
)  # fmt: skip


def _verb_over_participle_object(token: Token, cue: Token) -> Token | None:
    """The verb whose prepositional object the cue's participle was hung on by the parser
    ("fought the developer, at one point calling …": "fought"), or None."""
    if not (
        token.i == cue.i
        and token.dep_ == "acl"
        and token.tag_ == "VBG"
        and token.head.dep_ == "pobj"
        and token.head.head.dep_ == "prep"
    ):
        return None
    verb = token.head.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def speaker_head(cue: Token, inside=lambda char: None) -> Token | None:
    """The token heading the speaker of a reporting verb (its subject, or the inverted noun).

    ``inside(char)`` tells whether a character is within quotation marks: a subject found there
    is a misparse of the quote itself ("“Full panic mode,” said Wimes"), never the speaker.
    """
    if cue.lower_ == "according":
        for child in cue.children:
            if child.lower_ == "to":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                return (_author_of(objs[0]) or objs[0]) if objs else None
        return None
    credited = _credited_source(cue, inside) or _object_relative_name(cue, inside)
    if credited is not None:
        return credited
    quoted = _quoted_as_saying(cue, inside)
    if quoted is not None:
        return quoted
    token: Token | None = cue
    agent = _passive_agent(cue, inside)
    if agent is not None:
        return agent
    if cue.lemma_.lower() in PASSIVE_TARGET_VERBS and any(
        c.dep_ == "nsubjpass" for c in cue.children
    ):
        # issue #10 names24: "Blunkett has been accused of using the “politics of
        # confusion”": the subject is the one accused, not who spoke; no agent, no speaker
        return None
    if _naming_participle(cue):
        return None  # "Nicknamed “the Bulldozer,” Magufuli …": no one named gave the name
    recorded = _recorded_participle_speaker(cue, inside)
    if recorded is not None:
        return recorded
    token = _out_of_reporting_relative(cue) or token
    for _ in range(5):
        if token is None:
            break
        subjects = [
            c
            for c in token.children
            if c.dep_ in SUBJECT_DEPS
            and inside(c.idx) is None
            and not _is_time(c)
            and not _is_dateline(c)
            and not _paragraph_between(c, token)
        ] or [
            # "WASHINGTON -- President Obama, dedicating …, said": the dateline took the
            # subject's place and the speaker hangs on it as an apposition
            a
            for c in token.children
            if c.dep_ in SUBJECT_DEPS and c.i < token.i and _is_dateline(c)
            for a in c.children
            if a.dep_ == "appos" and a.pos_ == "PROPN" and inside(a.idx) is None
        ]
        if token.i == cue.i and not subjects:
            # "“Cruz,” Beck joked, …" parsed with the name as a compound of the verb (and the
            # verb as a complement of the one before): the name right before the verb speaks
            named = [
                c
                for c in token.children
                if c.dep_ == "compound"
                and c.pos_ == "PROPN"
                and c.i == token.i - 1
                and inside(c.idx) is None
                and c.i > 0
                and (c.doc[c.i - 1].is_quote or c.doc[c.i - 1].text == ",")
            ]
            if named:
                return named[0]
        if len(subjects) > 1:
            # "in Berea, OH, after winning Ohio, Gov. John Kasich (R-OH), said": a place the
            # parser made a second subject; a person beats it, else the subject nearest the verb
            subjects.sort(key=lambda c: (c.ent_type_ != "PERSON", abs(token.i - c.i)))
        if not subjects:
            # issue #10 round 13: "“…,” Will wrote", "Will described Trump as …": the columnist
            # George Will read as the modal; a modal never governs a past or -s form, nor a
            # participle with no "have" or "be" between
            subjects = [
                c
                for c in token.children
                if c.dep_ == "aux"
                and c.text == "Will"
                and c.i < token.i
                and token.tag_ in ("VBD", "VBZ", "VBN")
                and inside(c.idx) is None
                and not any(a.dep_ in ("aux", "auxpass") and a.i != c.i for a in token.children)
            ]
        if subjects and _reports_on_past_clause(cue, token):
            token = token.head
            continue
        if subjects:
            subject = subjects[0]
            if subject.lower_ in ("who", "that", "which") and token.dep_ == "relcl":
                return (
                    _display_holder(token.head)
                    or _maker_of_words(token.head)
                    or _last_named_conjunct(token.head, token, subject)
                    or token.head
                )
            return (
                past_dash_aside(subject)
                or _person_before_campus(subject)
                or _name_past_title_stop(subject)
                or _name_after_role(token, subject)
                or _name_after_intensive_reflexive(subject)
                or subject
            )
        if token.dep_ == "relcl":
            return token.head
        if (
            token.i == cue.i
            and cue.dep_ == "acl"
            and cue.tag_ == "VBG"
            and cue.head.pos_ in ("NOUN", "PROPN")
            and cue.head.dep_ == "pobj"
            and cue.head.head.lower_ == "with"
            and inside(cue.head.idx) is None
        ):
            # issue #10 read56: "..., with analysts predicting that the industry will struggle":
            # the noun of the absolute "with" phrase speaks
            return cue.head
        if token.dep_ == "conj" and (stray := _stray_conjunct_subject(token, inside)):
            return stray
        if (
            token.i == cue.i
            and cue.tag_ == "VBG"
            and cue.dep_ == "xcomp"
            and cue.head.lemma_.lower() in PHASE_VERBS
            and cue.head.dep_ == "advcl"
            and any(
                c.dep_ == "mark" and c.lower_ in ("as", "when", "while") for c in cue.head.children
            )
            and any(
                c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in OCCASION_EVENTS
                for c in cue.head.children
            )
        ):
            # names31: "He sent out an email as the meeting began vowing to …": the meeting
            # began, the one who sent the email vows
            token = cue.head.head
            continue
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in OBJECT_CONTROL_VERBS:
            # names26: "…, leading some commentators to argue that rates may have peaked": the
            # object the verb moved to speak is the speaker, not the verb's subject
            moved = [
                c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i
            ]  # fmt: skip
            if moved:
                return moved[0]
        if token.dep_ in ("conj", "xcomp", "advcl") and token.head.i != token.i:
            token = token.head
            while (
                cue.tag_ == "VBG"
                and cue.dep_ == "advcl"
                and token.dep_ == "ccomp"
                and token.head.i < token.i
                and token.head.lemma_.lower() in _reporting_lemmas()
                and token.lemma_.lower() not in _reporting_lemmas()
                and not any(_may_speak(c, inside) for c in token.children if c.dep_ in SUBJECT_DEPS)
                and token.sent.start == cue.sent.start
            ):
                # issue #10 round 13: "Gore insisted it was “premature” …, while adding, “…”",
                # "Byrne wrote the agents knew …, saying, “…”": the participle the parser hung
                # on the reported clause goes with the verb that reports it, and its subject
                token = token.head
            continue
        if (
            token.dep_ == "dep"
            and token.head.tag_ == "VBG"
            and token.head.i < token.i
            and token.head.i > 0
            and token.doc[token.head.i - 1].text == ","
        ):
            # names30: "Mr. Bush, channeling his roots, responded by saying …" parsed with the
            # aside's participle as the main verb and the real one hanging on it: its subject
            token = token.head
            continue
        if (
            token.dep_ == "pcomp"
            and token.head.pos_ == "ADP"
            and token.head.dep_ == "conj"
            and token.head.head.pos_ in ("VERB", "AUX")
        ):
            # names31: "he appeared at a hearing for his role in … and for saying that …" with
            # the second "for" parsed as a conjunct of the verb: that verb's subject
            token = token.head.head
            continue
        if (
            token.i == cue.i
            and cue.tag_ == "VBG"
            and cue.dep_ == "pobj"
            and cue.i > 0
            and cue.doc[cue.i - 1].text in ("-", "--", "—", "–", ",")
        ):
            # names31: "He struggles with a basic task - bragging - conceding that …": a
            # participle set off by a dash or comma that the parser made a preposition's
            # object belongs to the verb of its clause
            verb = cue.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX") and verb.i < cue.i:
                token = verb
                continue
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head.i != token.i:
            token = token.head.head  # "responded by saying …": the subject of "responded"
            if token.dep_ == "dobj" and token.pos_ == "NOUN" and token.head.pos_ in ("VERB", "AUX"):
                # issue #10 round 13: "he made a point of saying …", "she took the chance of
                # adding …": the noun is the object of the verb whose subject speaks
                token = token.head
            continue
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ == "dobj":
            token = token.head.head  # "the council issued a statement calling …"
            continue
        verb = _verb_over_participle_object(token, cue)
        if verb is not None and (
            # names30: "he has fought the developer, at one point calling the mayor a “liar”"
            token.head.lemma_.lower() in OCCASION_NOUNS
            # names26: "the Tory leader will argue against positive discrimination saying it
            # is …": the participle goes on the reporting verb, whose subject speaks
            or (
                token.head.pos_ == "NOUN"
                and verb.pos_ == "VERB"
                and verb.lemma_.lower() in _reporting_lemmas()
            )
        ):
            token = verb
            continue
        if token.dep_ == "acomp" and token.pos_ == "ADJ" and token.head.i != token.i:
            # issue #9 read21: "the commission is likely to demand action": the subject of the
            # copula the adjective completes
            token = token.head
            continue
        break
    doc = cue.doc
    participle = _participle_speaker(cue, inside)
    if participle is not None:
        return participle
    if token is not None and token.i != cue.i and cue.tag_ == "VBG":
        # issue #10 round 13: "⏎⏎Donald Trump has delivered a defence of “…,” saying …" where
        # the parser hung the name on a headline before the paragraph: the participle's verb
        # has no subject of its own, so the name right before that verb speaks
        named = _name_before_verb(token, inside)
        if named is not None:
            return named
    # "…,” Police Chief Ana Ruiz said Monday." parsed without a subject: the name just before
    # (over a party label: "Sen. Elizabeth Warren (D-MA) said")
    at = cue.i
    # "⏎⏎Donald Trump is once again questioning …" with the name hung on the sentence before:
    # the cue's own auxiliaries and adverbs stand between it and the name
    while (
        at >= 2
        and doc[at - 1].head.i in (cue.i, *(c.i for c in cue.children))
        and doc[at - 1].dep_ in ("aux", "auxpass", "advmod", "neg")
    ):
        at -= 1
    if at >= 3 and doc[at - 1].text == ")":
        opening = next((t.i for t in doc[max(0, at - 8) : at - 1] if t.text == "("), None)
        if opening is not None and opening > 1:
            at = opening
    if at >= 4 and doc[at - 1].text == ",":
        # "“…,” Flynn, a top Trump surrogate, said": the name before a comma-set apposition,
        # right after the closing mark (the parser hangs both on the quotation)
        comma = next((t.i for t in reversed(doc[max(0, at - 12) : at - 1]) if t.text == ","), None)
        if (
            comma is not None
            and comma >= 2
            and doc[comma - 1].pos_ == "PROPN"
            and inside(doc[comma - 1].idx) is None
            and not any(t.is_quote or t.pos_ == "VERB" for t in doc[comma + 1 : at - 1])
        ):
            first = comma - 1
            while first > 0 and doc[first - 1].pos_ == "PROPN":
                first -= 1
            opener = doc[first - 1] if first > 0 else None
            if opener is not None and opener.is_quote and inside(opener.idx) is not None:
                return doc[comma - 1]
        appositive = _appositive_before(doc, at - 1, inside)
        if appositive is not None:
            return appositive
    if cue.dep_ == "dep" and at >= 4 and doc[at - 1].text == ",":
        # issue #10 round 14: "Clinton, exasperated, famously responded:", "columnist Margaret
        # Sullivan, in an attempt to …, wrote," parsed with the verb a loose dependent
        named = _name_opening_aside(doc, at - 1, inside)
        if named is not None:
            return named
    before = doc[at - 1] if at > 0 else None
    if (
        before is not None
        and before.pos_ in ("PROPN", "NOUN")
        and inside(before.idx) is None
        and not _is_time(before)
        and "\n" not in before.whitespace_
        and at >= 2
        and (
            doc[at - 2].pos_ in ("PROPN", "NOUN", "DET", "ADJ")
            or doc[at - 2].is_quote
            # "¶Shaw said that …" parsed as an apposition of the sentence before
            or (doc[at - 2].is_space and "\n" in doc[at - 2].text and before.pos_ == "PROPN")
        )
    ):
        return before
    # "said Mr. Kirby" parsed without a subject: the proper noun right after the verb
    if cue.tag_ == "VBG":  # "suggesting a few questions": the object, never the speaker
        return None
    i = cue.i + 1
    while (
        i < len(doc)
        and (doc[i].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "PUNCT") or _title_participle(doc, i))
        and i - cue.i < 8
    ):
        if _is_time(doc[i]):
            break
        if doc[i].pos_ in ("PROPN", "NOUN") and (
            i + 1 >= len(doc)
            or doc[i + 1].pos_ not in ("PROPN", "NOUN")
            and not _title_participle(doc, i + 1)
        ):
            return doc[i]
        if doc[i].pos_ == "PUNCT":
            break
        i += 1
    return None


def _reports_on_past_clause(cue: Token, verb: Token) -> bool:
    """issue #10 speakers21: "Lazar said he welcomed extradition and added, “…”", "Rubio pushed
    back, saying that the bill had the right components - and arguing that …", "De Blasio said
    the move was made by Bratton and said, “…”": the parser hangs the second reporting verb on
    the verb of the clause the first one reported, so that clause's subject ("he", "the bill",
    "the move") took the quotation. A reporting verb conjoined to, or a participle hung on, a
    reported clause's verb goes on with the verb that reported the clause; a participle hung on a
    clause whose subject is a name stays with that name (round 13's "telling his colleagues")."""
    reporting = _reporting_lemmas()
    return (
        cue.head.i == verb.i != cue.i
        and (cue.dep_ == "conj" or cue.dep_ == "advcl" and not _named_clause_subject(verb))
        and cue.lemma_.lower() in reporting
        and verb.dep_ == "ccomp"
        and verb.head.i < verb.i
        and verb.head.lemma_.lower() in reporting
        and verb.lemma_.lower() not in reporting
        and verb.sent.start == cue.sent.start
    )


@datafiles.cached
def display_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_word_list("display_nouns.txt"))


HOLDER_PREPS = frozenset({"in", "with", "wearing"})
# who carries a sign in a crowd, beside the nouns only a person is
HOLDER_NOUNS = PERSON_NOUNS | frozenset(
    {"man", "woman", "boy", "girl", "protester", "supporter", "demonstrator", "voter",
     "delegate", "fan", "student", "attendee", "person", "marcher"}
)  # fmt: skip


def _last_named_conjunct(head: Token, relative: Token, subject: Token) -> Token | None:
    """names29: "celebrities like Will Smith, Patti LaBelle and Stevie Wonder, who joked, “…”",
    "speakers including Gov. Jerry Brown, Sen. Dianne Feinstein and Mayor Eric Garcetti, who
    said": the parser hangs the relative clause on the first name of the list; one "who" that
    speaks (no plural present verb) after the last name is that last one."""
    if subject.lower_ != "who" or relative.tag_ == "VBP" or head.ent_type_ != "PERSON":
        return None
    last = head
    while True:
        nxt = [c for c in last.children if c.dep_ == "conj" and c.i > last.i]
        if not nxt:
            break
        last = nxt[-1]
    if last is head or last.ent_type_ != "PERSON" or last.pos_ != "PROPN":
        return None
    if relative.left_edge.i < last.i:
        return None
    return last


def _display_holder(thing: Token) -> Token | None:
    """issue #10 speakers21: "14-year-old Aubrey Pelletier hoisted a sign that read “15%!”",
    "a man in a shirt that read “…”": the words a sign or a shirt shows are whoever holds or
    wears it, a person the sentence names (the verb's subject, or the noun before "in")."""
    if thing.lemma_.lower() not in display_nouns():
        return None
    holder = None
    if thing.dep_ == "dobj" and thing.head.pos_ == "VERB" and thing.head.i < thing.i:
        # "16-year-old Maya Lintz hoisted a sign" with the name parsed off the verb: the
        # verb's speaker by the same fallbacks as a reporting verb's
        holder = speaker_head(thing.head)
    elif thing.dep_ == "pobj" and thing.head.lower_ in HOLDER_PREPS:
        holder = thing.head.head
    if holder is None or holder.i > thing.i:
        return None
    if (
        holder.ent_type_ == "PERSON"
        or holder.lower_ in ("he", "she", "they")
        or holder.pos_ == "NOUN"
        and holder.lemma_.lower() in HOLDER_NOUNS
    ):
        return holder
    return None


@datafiles.cached
def _utterance_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_word_list("noun_cues.txt"))


# verbs whose subject utters the words their object names ("made a comment that …")
UTTERING_VERBS = frozenset(
    {"make", "issue", "post", "deliver", "send", "give", "offer", "tweet", "write", "release",
     "utter", "add", "repeat"}
)  # fmt: skip


def _maker_of_words(noun: Token) -> Token | None:
    """names31: "Carter made a controversial comment that described offenders as “…”", "a
    statement posted by Mayor Ruiz that called …": what a comment or statement calls or
    describes is said by who made it, the uttering verb's subject or the "by" agent."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _utterance_nouns():
        return None
    maker = None
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agents = [a for c in child.children if c.dep_ == "agent" for a in c.children]
            maker = next((a for a in agents if a.dep_ == "pobj"), None)
            if maker is not None:
                break
    if (
        maker is None
        and noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
        and noun.head.i < noun.i
        and noun.head.lemma_.lower() in UTTERING_VERBS
    ):
        maker = speaker_head(noun.head)
    if maker is None or maker.i > noun.i:
        return None
    if maker.ent_type_ == "PERSON" or maker.lower_ in ("he", "she", "i", "we", "they"):
        return maker
    # "prompted his wife and current nominee Joan Carter to make a comment": one person, a
    # kin or role noun joined to the name that says who it is
    return next(
        (c for c in maker.children if c.dep_ in ("conj", "appos") and c.ent_type_ == "PERSON"),
        None,
    )


RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
WHEN_ENTS = ("DATE", "TIME")


def _object_relative_name(cue: Token, inside) -> Token | None:
    """issue #10 speakers21: "Bannon, who Beck on Wednesday called “a horrible …”", "Weller,
    whom Ortiz last week called “…”": in an object relative clause the name between the
    relative pronoun and the verb is its subject; the parser makes the pronoun the subject and
    the name a loose dependent, so the quote had no speaker or "whom". Only a name right after
    the pronoun, and nothing but words of time between it and the verb."""
    doc = cue.doc
    for w in range(cue.i - 2, max(-1, cue.i - 9), -1):
        if doc[w].lower_ not in RELATIVE_PRONOUNS or inside(doc[w].idx) is not None:
            continue
        end = w + 1
        while end < cue.i and (_proper_noun(doc[end]) or doc[end].ent_type_ == "PERSON"):
            if doc[end].ent_type_ in WHEN_ENTS:
                break
            end += 1
        if end == w + 1:
            return None
        name = doc[end - 1]
        if name.ent_type_ != "PERSON" and not (
            name.pos_ == "PROPN" and name.ent_type_ in ("", "ORG")
        ):
            return None
        between = doc[end : cue.i]
        if all(
            t.ent_type_ in WHEN_ENTS or t.pos_ in ("ADV", "ADP") or t.lower_ in ("also", "once")
            for t in between
        ):
            return name
        return None
    return None


def _named_clause_subject(verb: Token) -> bool:
    """A reported clause whose subject is a person's name: a participle hung on it is theirs
    ("… said Reyes quieted the room, telling his colleagues, “…”", round 13)."""
    return any(
        c.dep_ in SUBJECT_DEPS and (c.ent_type_ == "PERSON" or _proper_noun(c))
        for c in verb.children
    )


def _credited_source(cue: Token, inside) -> Token | None:
    """issue #10 speakers21: "“…,” Grayson said, according to Frankel": the words come through
    the source "according to" credits, and PolNeAR (and the name key) give them to that source,
    as the reporter does. Only an "according to" hung on the cue itself and after it, or a
    "reported" after the cue that governs it."""
    if cue.lower_ == "according":
        return None
    outer = cue.head
    if (
        cue.dep_ in ("ccomp", "parataxis")
        and outer.i > cue.i
        and outer.lemma_.lower() == "report"
        and outer.sent.start == cue.sent.start
        and inside(outer.idx) is None
    ):
        # "…,” said Kristen Day, …, reports USA Today.", "Carter discussed how …, the Times
        # reported.": the paper reporting the report is its source, as with "according to"
        # "reports USA Today": the inverted name is often parsed as a modifier of the verb; a
        # name right after the cue ("said Anna Berg, …, reports …") is the cue's own subject
        sources = [
            c
            for c in outer.children
            if inside(c.idx) is None
            and c.left_edge.i > cue.i + 1
            and (
                c.dep_ in SUBJECT_DEPS
                or c.i > outer.i
                and c.dep_ in ("npadvmod", "dobj", "attr")
                and c.pos_ == "PROPN"
            )
        ]
        if sources:
            return max(sources, key=lambda c: c.i)
    for child in cue.children:
        if child.lower_ != "according" or child.i < cue.i or inside(child.idx) is not None:
            continue
        if any(c.dep_ == "cc" and cue.i < c.i < child.i for c in cue.children):
            # issue #10 read56: "He had promised “…,” and, according to Reuters, once told
            # analysts ...": an "according to" after "and" opens the next clause; the cue's
            # own words are its subject's
            continue
        for to in child.children:
            if to.lower_ == "to":
                objs = [c for c in to.children if c.dep_ == "pobj"]
                if objs:
                    author = _author_of(objs[0])
                    if author is None and _record_of_words(objs[0]):
                        return None  # issue #10 names21: the record is no one who spoke
                    return author or objs[0]
    return None


# issue #10 names21: "“…,” Mr. Pence said, according to audio provided to The Times", "…
# according to a transcript of the show": a record of the words carries them unchanged; the
# one the cue names said them (not so "according to Frankel", a person passing them on)
RECORD_NOUNS = frozenset(
    {"audio", "recording", "video", "transcript", "tape", "footage", "clip", "excerpt"}
    | {"recordings", "videos", "transcripts", "tapes", "clips", "excerpts"}
)


def _record_of_words(noun: Token) -> bool:
    """A common noun for a recording or transcript of what was said, or a pool report."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    if noun.lower_ in RECORD_NOUNS:
        return True
    return noun.lemma_.lower() == "report" and any(
        c.dep_ == "compound" and c.lower_ == "pool" for c in noun.children
    )


def _recorded_participle_speaker(cue: Token, inside) -> Token | None:
    """names31: "the campaign released footage of Ann Morley asking, “…”": a participle right
    after the name a recording is "of" speaks in that name's voice, not the subject of the verb
    that released the recording (the parser hangs the participle on that verb)."""
    if cue.tag_ != "VBG" or cue.i < 3 or cue.dep_ not in ("advcl", "acl", "xcomp"):
        return None
    name = cue.doc[cue.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or inside(name.idx) is not None:
        return None
    if name.dep_ != "pobj" or name.head.lower_ != "of" or not _record_of_words(name.head.head):
        return None
    return name


def _out_of_reporting_relative(cue: Token) -> Token | None:
    """names31: "he was defensive when forced to defend not paying a contractor who said he was
    owed money, saying, “…”": a participle after a comma, hung on the reporting verb of a
    relative clause that has its own reported clause already, goes with the clause holding the
    relative's noun: the verb (or preposition's verb) the noun depends on."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.i < 1 or cue.doc[cue.i - 1].text != ",":
        return None
    relative = cue.head
    for _ in range(3):
        if relative.dep_ == "relcl" or relative.head.i == relative.i:
            break
        relative = relative.head
    if (
        relative.dep_ != "relcl"
        or relative.i > cue.i
        or relative.lemma_.lower() not in _reporting_lemmas()
        or not any(c.dep_ == "ccomp" and c.i < cue.i for c in relative.children)
    ):
        return None
    noun = relative.head
    if noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    if noun.dep_ in ("dobj", "dative") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return None


def _title_participle(doc, i: int) -> bool:
    """issue #10 speakers21: "said Oversight ranking Democrat Elijah Cummings", "said acting
    Director Ann Lee": a participle inside a title, between nouns of the name after the verb
    (the walk stopped at it and took "Oversight" for the speaker)."""
    return (
        0 < i < len(doc) - 1
        and doc[i].tag_ in ("VBG", "VBN")
        and doc[i].is_lower
        and doc[i - 1].pos_ in ("PROPN", "NOUN", "DET", "PUNCT")
        and doc[i + 1].pos_ in ("PROPN", "NOUN")
        and doc[i + 1].text[:1].isupper()
    )


def _name_after_role(verb: Token, subject: Token) -> Token | None:
    """issue #10 speakers21: "“…,” wrote the American ambassador at the time, John E. Herbst.":
    an inverted subject that is a role, not a name, followed after a comma by a person's name
    that closes the clause; the parser hangs the name on the verb, so it is no apposition."""
    if subject.i < verb.i or subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    doc = verb.doc
    for child in verb.children:
        if (
            child.i > subject.i
            and child.dep_ in ("npadvmod", "appos", "dep", "attr", "dobj")
            and child.pos_ == "PROPN"
            and child.ent_type_ == "PERSON"
            and doc[child.left_edge.i - 1].text == ","
            and not any(t.i > child.i and not (t.is_punct or t.is_space) for t in verb.subtree)
        ):
            return child
    return None


def _name_opening_aside(doc, comma: int, inside) -> Token | None:
    """The person's name opening a sentence and set off by a comma some words before ``comma``
    ("Clinton, exasperated, …,"): no quotation mark, paragraph or sentence end between."""
    for j in range(comma - 1, max(1, comma - 25), -1):
        t = doc[j]
        if t.is_quote or "\n" in t.whitespace_ or t.is_space or t.text in (".", "!", "?", ";"):
            return None
        if t.text != ",":
            continue
        name = doc[j - 1]
        if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or inside(name.idx) is not None:
            continue
        k = j - 1
        while k > 0 and doc[k - 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PUNCT"):
            if doc[k - 1].is_quote or doc[k - 1].text in (",", ".", "!", "?", ";", ":"):
                break
            if doc[k - 1].is_space or "\n" in doc[k - 1].whitespace_:
                break
            k -= 1
        opener = doc[k - 1] if k > 0 else None
        if (
            opener is None
            or opener.is_space
            or "\n" in opener.whitespace_
            or opener.text in (".", "!", "?", "”", '"')
        ):
            return name
        return None
    return None


REFLEXIVE_PRONOUNS = frozenset({"itself", "himself", "herself", "themselves", "themself"})


def _name_after_intensive_reflexive(subject: Token) -> Token | None:
    """issue #10 unseen27: "In the filing itself Ford also made the point, writing "We …"":
    the intensive "itself" of the noun before, parsed as the verb's subject with the real
    subject, the name, as its apposition; the name is who speaks, never the pronoun."""
    if subject.lower_ not in REFLEXIVE_PRONOUNS:
        return None
    named = [
        c
        for c in subject.children
        if c.dep_ == "appos" and c.i == subject.i + 1 and c.pos_ in ("PROPN", "NOUN")
    ]
    return named[0] if named else None


def _person_before_campus(subject: Token) -> Token | None:
    """issue #10 read37: "Jo Anne Val Tilburg of the University of California, Los Angeles
    disagreed": a place right after a comma that closes a person's "of" phrase naming a
    body is that body's campus, which the parser made the subject; the person speaks."""
    if subject.ent_type_ not in ("GPE", "LOC") or subject.left_edge.i < 2:
        return None
    comma = subject.doc[subject.left_edge.i - 1]
    if comma.text != ",":
        return None
    token = subject.doc[comma.i - 1]
    for _ in range(6):
        if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ == "of":
            token = token.head.head
            if token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
                return token
            continue
        return None
    return None


def _name_past_title_stop(subject: Token) -> Token | None:
    """issue #10 round 10: "said Pentagon spokesman Navy Capt. Jeff Davis", "said Air Force 1st
    Lt. Tyler Livingston": the tokeniser split the title's full stop off, the parser ended the
    sentence there and made the title the subject; the person named right after the stop is
    the speaker (the head of that name), else None."""
    doc = subject.doc
    for at in (subject.i, subject.i + 1):
        stop = at + 1
        if stop + 1 >= len(doc) or doc[at].lower_ not in titles() or doc[stop].text != ".":
            continue
        if doc[at].whitespace_ or not doc[at].text[:1].isupper():
            continue  # "… said the general." ends a sentence: the title was written out
        name = doc[stop + 1]
        if name.ent_type_ != "PERSON" or name.ent_iob_ != "B":
            return None
        end = name.i
        while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
            end += 1
        return doc[end]
    return None


def _appositive_before(doc, comma: int, inside) -> Token | None:
    """ "In a statement, her policy adviser, Jake Sullivan, said", "At Boca West, …, Jay
    DiPietro, the club's president, suggested": a cue left without a subject because the parser
    hung the person on the opening phrase as an apposition; the person named in the apposition
    that ends at the comma before the cue speaks."""
    sentence_start = doc[comma].sent.start
    for token in reversed(doc[sentence_start:comma]):
        if token.is_quote or token.text in (".", ";", ":"):
            return None
        if (
            token.dep_ in ("appos", "conj")
            and token.pos_ == "PROPN"
            and token.ent_type_ == "PERSON"
            and inside(token.idx) is None
            and (
                token.right_edge.i == comma - 1
                or (token.head.dep_ == "appos" and token.head.right_edge.i == comma - 1)
            )
        ):
            return token
    return None


def _naming_participle(cue: Token) -> bool:
    """issue #9 prec19: "Dubbed “DisGrace” by her critics, she …": a naming verb's participle
    with no subject of its own names the clause's subject; the agent gave the name."""
    return (
        cue.tag_ == "VBN"
        and cue.dep_ in ("advcl", "acl")
        and cue.lemma_.lower() in ("call", "dub", "nickname", "label", "term", "brand")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    )


def _quoted_as_saying(cue: Token, inside) -> Token | None:
    """issue #9 read21: "“…,” Arab News quoted Prince Saud as saying", "the paper quoted him as
    telling reporters": the one quoted is the object of "quote", not the outlet that quotes.
    The cue is "quote" or the "as saying" participle hung on it."""
    verb = cue
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.dep_ == "prep":
        verb = cue.head.head
    if verb.lemma_.lower() != "quote":
        return None
    if not any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" for g in c.children)
        for c in verb.children
    ):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and inside(c.idx) is None]
    return objects[0] if objects else None


# verbs whose passive subject is their target ("was accused of", "was branded"), never the
# one who spoke
PASSIVE_TARGET_VERBS = frozenset(
    {"accuse", "brand", "label", "dub", "describe", "condemn", "criticise", "criticize",
     "attack", "liken", "compare", "charge", "blame", "denounce", "slam", "lambast"}
    # "Mr Bradshaw was told it was an offence", "the BBC was told": the one told
    | {"tell", "inform", "advise", "assure", "remind", "warn", "ask"}
)  # fmt: skip


def _passive_agent(cue: Token, inside) -> Token | None:
    """ "Rubio was asked by moderator Gerard Baker whether …": in the passive the one who spoke
    is the agent, not the subject."""
    if cue.lemma_.lower() in ("quote", "cite"):
        return None  # "he was quoted by the paper as saying": he is still the speaker
    if not any(c.dep_ == "nsubjpass" for c in cue.children) and not _naming_participle(cue):
        return None
    for child in cue.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj" and inside(c.idx) is None]
            if objects:
                return objects[0]
    return None


def _author_of(noun: Token) -> Token | None:
    """issue #10 round 13: "according to a court document filed by state attorney Ann Lee",
    "according to calculations by Ann Lee of MIT": the person whose document or figures they
    are, named with "by" (or "from") right on the noun or on the participle after it."""
    if noun.pos_ == "PROPN" or noun.ent_type_:
        return None
    for child in noun.children:
        if child.dep_ == "relcl" and child.i > noun.i:
            # issue #10 names21: "according to a speech Mrs. Clinton delivered in July", "an
            # email Podesta sent": the writing's own clause names its author as its subject
            subjects = [c for c in child.children if c.dep_ == "nsubj"]
            if (
                len(subjects) == 1
                and subjects[0].pos_ == "PROPN"
                and subjects[0].ent_type_ == "PERSON"
                and not any(c.dep_ in ("dobj", "ccomp") for c in child.children)
            ):
                return subjects[0]
        preps = [child] if child.dep_ == "prep" else []
        if child.dep_ == "acl" and child.tag_ == "VBN":
            preps = [c for c in child.children if c.dep_ in ("agent", "prep")]
        for prep in preps:
            if prep.lower_ not in ("by", "from"):
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ == "PERSON" and obj.pos_ == "PROPN":
                    return obj
    return None


def _may_speak(subject: Token, inside) -> bool:
    """Whether a reported clause's subject could be who goes on speaking: a person's name or a
    personal pronoun outside quotation marks ("Reid quieted the chatter, telling …"), not "it",
    a thing or words of the quotation."""
    if inside(subject.idx) is not None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "they", "i", "we", "you", "who")
    return subject.ent_type_ in NAME_LABELS or subject.ent_type_ in ORG_LABELS


def _name_before_verb(verb: Token, inside) -> Token | None:
    """A proper name that ends right before ``verb`` (over its auxiliaries and adverbs) and
    opens its paragraph: "⏎⏎Donald Trump has delivered …"."""
    doc = verb.doc
    at = verb.i
    while at >= 1 and doc[at - 1].head.i == verb.i and doc[at - 1].dep_ in ("aux", "advmod", "neg"):
        at -= 1
    if at < 1:
        return None
    name = doc[at - 1]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or inside(name.idx) is not None:
        return None
    first = at - 1
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].ent_type_ == "PERSON":
        first -= 1
    opener = doc[first - 1] if first > 0 else None
    if opener is None or (opener.is_space and "\n" in opener.text):
        return name
    return None


def _stray_conjunct_subject(verb: Token, inside) -> Token | None:
    """issue #9/#10 actors21: "Russia has denied meddling in the election and Trump has said
    there was no collusion" parsed with "Trump" a conjunct of "election" and "said" with no
    subject: the name right before the second verb (after "and") is its subject, not the first
    verb's subject the conjunct would share."""
    before = verb.left_edge.i - 1
    if before < 1 or verb.pos_ not in ("VERB", "AUX") or verb.head.i >= verb.i:
        return None
    name = verb.doc[before]
    described = _described_conjunct(name)
    if described is not None:
        # issue #9 read55: "US Customs claimed X was one of its leaders but his lawyer, Antony
        # Townsden, told ...": a described person after "but", the name in apposition
        name = described
    elif name.pos_ != "PROPN" or name.dep_ != "conj":
        return None
    if inside(name.idx) is not None:
        return None
    opener = verb.doc[name.left_edge.i - 1].lower_
    if opener not in ("and", "but") or (opener == "but" and described is None):
        return None
    if name.head.i >= name.i:
        return None
    first = verb.head
    if not (first.left_edge.i <= name.head.i <= first.right_edge.i):
        return None
    if name.head.i == first.i or any(
        c.dep_ in SUBJECT_DEPS and c.i == name.head.i for c in first.children
    ):
        return None  # "Putin and Trump": a real pair of subjects
    return name


def stray_subject_before(verb: Token) -> Token | None:
    """The subject the parser hung as a conjunct inside the clause before ``verb`` ("... and
    Trump has said", "... but his lawyer, Antony Townsden, told"), if any."""
    return _stray_conjunct_subject(verb, lambda _idx: None)


def _described_conjunct(comma: Token) -> Token | None:
    """The noun of "his lawyer, Antony Townsden," ending at ``comma``, when the parser made it
    a conjunct of a noun before it: the noun with a name in apposition, else None."""
    if comma.text != "," or comma.i < 2:
        return None
    appos = comma.doc[comma.i - 1]
    if appos.pos_ != "PROPN" or appos.dep_ != "appos":
        return None
    noun = appos.head
    if noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.i >= appos.i:
        return None
    return noun


def _participle_speaker(cue: Token, inside) -> Token | None:
    """ "Clinton seemed ready to riff on it, telling the crowd, “…”" and "Erin Brockovich, the
    activist, endorsed the plan, saying …" parsed with the participle hanging off the quotation
    or off the name: the subject of the sentence's main verb, or the name the participle
    modifies."""
    if cue.dep_ == "xcomp" and cue.head.lower_ == "going" and cue.head.i < cue.i:
        cue = cue.head  # "going on to say …" is the participle "going"
    if cue.tag_ == "VBG" and cue.i >= 2 and cue.doc[cue.i - 1].text == ",":
        # issue #10 round 13: "“…,” Sanders said, going on to say that …" with the parser's
        # tree broken at the comma: the subject of the reporting verb right before it
        said = cue.doc[cue.i - 2]
        if said.lemma_.lower() in _reporting_lemmas() and said.pos_ == "VERB":
            subjects = [
                c for c in said.children if c.dep_ in SUBJECT_DEPS and inside(c.idx) is None
            ]
            if subjects:
                return _name_past_title_stop(subjects[0]) or subjects[0]
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and _opens_paragraph_or_sentence(cue):
        return _opening_participle_speaker(cue, inside)
    if (
        cue.tag_ == "VBG"
        and cue.dep_ == "conj"
        and cue.i > 0
        and cue.doc[cue.i - 1].lower_ == "and"
    ):
        # issue #10 round 13: "he hinted at Trump by mentioning the need for a wall and adding,
        # “…”" with the participle joined to a noun: the subject of the sentence's main verb
        return _main_subject_before(cue, inside)
    if cue.tag_ != "VBG" or cue.i == 0 or cue.doc[cue.i - 1].text not in (",", "—", "–"):
        return None
    if cue.dep_ == "acl" and cue.head.pos_ == "PROPN" and cue.head.i < cue.i:
        return cue.head
    return _main_subject_before(cue, inside) or _name_of_aside_before(cue, inside)


def _name_of_aside_before(cue: Token, inside) -> Token | None:
    """names31: "There is chatter about Ortega, who is the most animated on stage, saying “…”":
    with no subject in the main clause that could speak, a participle right after a comma-set
    relative clause on a person's name goes with that name."""
    comma = cue.doc[cue.i - 1]
    relative = comma.head if comma.head.dep_ == "relcl" else None
    if relative is None:
        relative = next(
            (t for t in reversed(cue.doc[cue.sent.start : cue.i]) if t.dep_ == "relcl"), None
        )
    if relative is None or relative.right_edge.i != cue.i - 2:
        return None
    name = relative.head
    if (
        name.ent_type_ != "PERSON"
        or inside(name.idx) is not None
        or cue.doc[name.i + 1].text != ","
        or not any(c.dep_ in SUBJECT_DEPS and c.lower_ == "who" for c in relative.children)
    ):
        return None
    return name


def _main_subject_before(cue: Token, inside) -> Token | None:
    """The subject of the sentence's main verb, when both come before ``cue``.

    names30: "Mr. Trump dodged the matter -- ''That makes me smart'' -- and, when pressed,
    asserting, ''…''": a quotation the parser made the root leaves the main verb outside it
    hanging on that root; the main verb is the first one outside the quotation.
    """
    root = cue.sent.root
    quoted_root = inside(root.idx) is not None
    for token in cue.sent:
        if token.i >= cue.i:
            break
        if (
            token.dep_ in SUBJECT_DEPS
            and (
                token.head.dep_ == "ROOT"
                or quoted_root
                and token.head.head.i == root.i
                and inside(token.head.idx) is None
                and token.head.pos_ in ("VERB", "AUX")
            )
            and token.head.i < cue.i
            and token.pos_ in ("PROPN", "NOUN", "PRON")
            and inside(token.idx) is None
            and not _is_time(token)
        ):
            return token
    return None


def _opens_paragraph_or_sentence(token: Token) -> bool:
    """Whether ``token`` is the first word of its sentence or paragraph."""
    if token.i == token.sent.start:
        return True
    before = token.doc[token.i - 1]
    return before.is_space and "\n" in before.text


def _opening_participle_speaker(cue: Token, inside) -> Token | None:
    """issue #10 round 9: "Bemoaning the “phony system,” Trump accused Holt …", "Citing the
    attack as a wake-up call, Ann Lee urged …": a participle opening the sentence is done by the
    subject right after the comma that closes the participle's phrase (also when the parser
    hangs the participle on the sentence before)."""
    doc = cue.doc
    i = cue.right_edge.i + 1
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and i - cue.right_edge.i <= 3:
        if "\n" in doc[i].text:
            return None
        i += 1
    if i >= len(doc) or not any(t.text == "," for t in doc[cue.right_edge.i + 1 : i]):
        return None
    # the subject's first word: run on to its head ("Sen. Ann Lee urged")
    token = doc[i]
    while token.dep_ not in SUBJECT_DEPS and token.head.i > token.i and token.head.i - i < 6:
        token = token.head
    if (
        token.dep_ in SUBJECT_DEPS
        and token.head.i > token.i
        and token.head.pos_ in ("VERB", "AUX")
        and token.pos_ in ("PROPN", "NOUN", "PRON")
        and inside(token.idx) is None
        and not _is_time(token)
    ):
        return token
    return None


def _paragraph_between(a: Token, b: Token) -> bool:
    """A subject a paragraph break away from its verb ("Long Beach, Calif.⏎⏎At the debate,
    Clinton said …") is a misparse of a place line or a caption, never the speaker."""
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text_with_ws for t in a.doc[lo:hi])


DASHES = ("-", "–", "—", "--")


def _is_dateline(token: Token) -> bool:
    """ "LONDON (Reuters) - Donald Trump said": the parser makes the dateline a second subject;
    a place followed by an agency in brackets and a dash (or an all-caps place opening its
    paragraph, then a dash) never speaks. Read off the tokens: ``Doc.text`` is rebuilt on every
    access."""
    doc, i = token.doc, token.i + 1
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i + 1 : i + 6] if t.text == ")"), None)
        return close is not None and close + 1 < len(doc) and doc[close + 1].text in DASHES
    opens = token.i == 0 or "\n" in doc[token.i - 1].text_with_ws
    return opens and token.text.isupper() and i < len(doc) and doc[i].text in DASHES


def _is_time(token: Token) -> bool:
    """ "said Monday", "5:45 p.m.": a date or time is never who spoke."""
    return token.ent_type_ in ("DATE", "TIME")


def mention_span(head: Token) -> Span:
    """The noun phrase of a speaker head: modifiers, titles, appositions and "of/for X"."""
    doc = head.doc
    if head.pos_ == "PRON":
        return doc[head.i : head.i + 1]
    left = head.i
    right = head.i
    # issue #10 roles58: "De Blasio, speaking on WOR710, called Trump a “blowhard,” and said":
    # an "and" hung on the name with no name conjoined after it joins the verbs, not the phrase
    joined = any(c.dep_ == "conj" and c.i > head.i for c in head.children)
    for child in head.children:
        if child.dep_ == "cc" and child.i > head.i and not joined:
            continue
        if child.i < head.i and child.dep_ in MODIFIER_DEPS + ("appos", "cc", "conj", "flat"):
            left = min(left, child.left_edge.i)
        elif child.i > head.i and (
            child.dep_ in ("appos", "compound", "flat", "conj", "cc")
            or (child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "with", "from"))
            # "Number 10 said", "Channel 4 reported": the number is part of the name
            or (child.dep_ == "nummod" and child.i == head.i + 1 and head.text.istitle())
        ):
            right = max(right, child.right_edge.i)
    # issue #10: '"…", reads an AEW press release, "… as Mr. Brodie Lee"': the parse may hang
    # the next quotation on the speaker as an apposition; a speaker's phrase ends before a
    # quotation mark, so nobody named only inside the quote becomes its speaker
    for i in range(head.i + 1, right + 1):
        if doc[i].is_quote:
            right = i - 1
            break
    # issue #10 round 8: nor over a paragraph break ("<tweet …/>.⏎⏎D’Souza told Beck" left the
    # embed's markup in the mention and the speaker unnamed)
    for i in range(head.i - 1, left - 1, -1):
        if "\n" in doc[i].whitespace_ or "\n" in doc[i].text:
            left = i + 1
            break
    for i in range(head.i, right):
        if "\n" in doc[i].whitespace_:
            right = i
            break
    # issue #10 round 14: "Media shares blame in Iowa poll overhype - HuffPollster:": nor over
    # a spaced dash before the head (a headline's words hung on the name as compounds)
    for i in range(head.i - 1, left, -1):
        if doc[i].text in ("-", "--", "—", "–") and doc[i].whitespace_ and doc[i - 1].whitespace_:
            left = i + 1
            break
    # issue #10 unseen27: "In the report itself Ford said": the intensive pronoun of the noun
    # before, hung on the name, is no part of the speaker's phrase
    while left < head.i and doc[left].lower_ in REFLEXIVE_PRONOUNS:
        left += 1
    while right > left and doc[right].is_punct:
        right -= 1
    while left < right and doc[left].is_punct:
        left += 1
    return doc[left : right + 1]


def _title_owner(ent, head) -> bool:
    """issue #9 reader: "the mayor of Chicago said": the place owns the title, it is not the
    speaker's name (the mention stays, and its actor is the place's country + the title's
    sector)."""
    root = ent.root
    return (
        ent.label_ == "GPE"
        and root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.i == head.i
        and head.lower_ in titles()
    )


def _nationality_of_a_group(ent: Span, head: Token) -> bool:
    """names26: "Ministers from European and Asian governments", "Officials from French and
    German banks": a nationality qualifying a plural noun inside the mention names a kind of
    body, not one body ("Asian" was the speaker)."""
    if ent.label_ != "NORP":
        return False
    word = ent.root
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    noun = word.head
    return (
        word.dep_ in ("amod", "compound")
        and noun.i != head.i
        and noun.pos_ == "NOUN"
        and noun.tag_ == "NNS"
    )


def _place_modifier(ent: Span, head: Token) -> bool:
    """ "UK video game companies", "Chinese authorities": a country or nationality that only
    qualifies the common noun heading the mention is not the speaker's name (the mention as a
    whole still gets its actor code, "Chinese authorities" → CHNGOV)."""
    root = ent.root
    return (
        ent.label_ in ("GPE", "NORP")
        and root.i != head.i
        and head.pos_ == "NOUN"
        and head.lower_ not in titles()
        and root.dep_ in ("compound", "amod", "nmod")
        and root.head.i == head.i
    )


# issue #9 read21: who holds a seat for a place ("the Tory MP for Sleaford and North Hykeham",
# "the senator for New York"): the place after "for" is the seat, not the speaker's name
SEAT_NOUNS = frozenset(
    {"mp", "mps", "msp", "mep", "member", "candidate", "councillor", "senator", "congressman",
     "congresswoman", "representative", "assemblyman", "assemblywoman", "deputy"}
)  # fmt: skip


def _seat_of(root: Token, head: Token) -> bool:
    """A name inside the "for" phrase of a seat holder heading the mention ("MP for Sleaford",
    with its conjuncts) is the seat, not who spoke."""
    if head.lower_ not in SEAT_NOUNS:
        return False
    token = root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "for"
        and token.head.dep_ == "prep"
        and token.head.head.i == head.i
    )


def _holds_a_seat(head: Token) -> bool:
    """ "the Tory MP for Sleaford": a seat holder named by the seat, so the party before the
    noun qualifies a person, it is not who spoke."""
    return head.lower_ in SEAT_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in head.children
    )


def _modifies_another_noun(ent: Span, head: Token) -> bool:
    """issue #9 read21: "the legal team for two Algerian suspects": a country or nationality
    qualifying a common noun deeper in the phrase than its head names neither the speaker nor
    the body the speaker speaks for."""
    root = ent.root
    return (
        ent.label_ in ("GPE", "NORP")
        and root.i != head.i
        and root.dep_ in ("amod", "compound", "nmod")
        and root.head.i != head.i
        and root.head.pos_ == "NOUN"
        and root.head.lower_ not in titles()
    )


def _party_qualifier(ent: Span) -> list[str]:
    """issue #9 read21: "The Liberal Democrats say" with only "Democrats" tagged: the capitalised
    words right before a group's tagged name that hang on it are part of that name."""
    if ent.label_ != "NORP":
        return []
    doc = ent.doc
    words = []
    i = ent.start - 1
    while (
        i >= 0
        and doc[i].pos_ in ("PROPN", "ADJ")
        and doc[i].text.istitle()
        and doc[i].dep_ in ("compound", "amod")
        and doc[i].head.i == ent.root.i
        and not doc[i].ent_type_
        and len(words) < 2
    ):
        words.insert(0, doc[i].text)
        i -= 1
    return words


def _body_head(ent: Span, head: Token) -> list[str]:
    """issue #10 read25: "the Scottish Executive insisted", "the Russian Foreign Ministry said"
    with only the nationality tagged: the untagged capitalised words after it, up to the
    mention's proper-noun head, name the body with it (not "Scottish")."""
    if ent.label_ != "NORP" or head.pos_ != "PROPN" or head.i < ent.end or head.ent_type_:
        return []
    if ent.root.dep_ != "compound" or ent.root.head.i != head.i:
        return []
    tail = head.doc[ent.end : head.i + 1]
    if not all(t.pos_ == "PROPN" and t.text.istitle() and not t.ent_type_ for t in tail):
        return []
    return [t.text for t in tail]


MISTAGGED = ("", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW")


def _first_name_run(head: Token) -> list[str]:
    """ "United Auto Workers Secretary-Treasurer Gary Casteel" or "Twitter's Adam Sharp" tagged as
    an organisation or not at all: a known first name and a capitalised surname ending the
    mention are a person's name, whatever the recogniser made of the words before them."""
    if head.pos_ != "PROPN" or head.ent_type_ not in MISTAGGED or not head.text.istitle():
        return []
    doc = head.doc
    first = doc[head.i - 1] if head.i > 0 else None
    if first is None or first.dep_ != "compound" or first.head.i != head.i:
        return []
    if not first.text.istitle() or first.lower_ not in first_name_genders():
        return []
    if head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN":
        return []
    # issue #10 round 10: "Eva-Maria Schultheis posted" is tokenised Eva - Maria: the first
    # name keeps its hyphenated part
    i = first.i
    if (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].text.istitle()
        and doc[i - 2].is_alpha
    ):
        return [f"{doc[i - 2].text}-{first.text}", head.text]
    return [first.text, head.text]


NAME_PARTICLES = frozenset(
    {"de", "da", "van", "von", "del", "della", "di", "du", "le", "la", "bin"}
)


def _untagged_subject_name(span: Span, head: Token) -> list[str]:
    """issue #10 round 6: "“…,” O’Donnell said", "Hale said", "de Blasio tweeted" with nothing
    tagged: the capitalised proper nouns that are the whole subject of the reporting verb (a
    particle allowed before them) are a person's name; a place or a body would carry the
    recogniser's tag."""
    if not _proper_noun(head) or head.dep_ not in SUBJECT_DEPS or head.text.isupper():
        return []
    words = [t for t in span if not t.is_punct or t.text in ("’", "'")]
    if not 1 <= len(words) <= 3 or words[-1].i != head.i:
        return []
    for t in words:
        if t.ent_type_ or not (
            (_proper_noun(t) and t.text[:1].isupper() and t.text.istitle())
            or (t.lower_ in NAME_PARTICLES and t.i < head.i)
        ):
            return []
    return [t.text for t in words]


# nouns of a person's apposition ("Emmanuel Saez, an economics professor at …, who"); "Bannon of
# Breitbart News, a conservative website that" is the website's
APPOSITION_PERSON_NOUNS = frozenset(
    {*PERSON_NOUNS, *DESCRIBED_ROLES, "professor", "pollster", "economist", "analyst", "expert",
     "scholar", "director", "head", "member", "consultant", "editor", "writer", "columnist",
     "owner", "officer", "official", "historian", "researcher", "scientist", "lobbyist"}
)  # fmt: skip


def _apposition_owner(head: Token, book: NameBook) -> str | None:
    """issue #10 round 11: "McConnell, now the Senate majority leader, who in 2010 said …":
    a speaker heading an apposition to a person's name (reached through the relative clause on
    it) is that person, never the body in the apposition."""
    name = head.head
    if (
        head.dep_ != "appos"
        or head.pos_ != "NOUN"
        or not (head.lower_ in titles() or head.lemma_.lower() in APPOSITION_PERSON_NOUNS)
        or name.i >= head.i
        or name.pos_ != "PROPN"
        or name.ent_type_ != "PERSON"
    ):
        return None
    for ent in book.ents_within(max(0, name.i - 4), name.i + 1):
        if ent.label_ in NAME_LABELS and ent.start <= name.i < ent.end:
            return book.full_name([t.text for t in ent])
    return None


# issue #10 speakers24: nouns of kin and acquaintance a name may follow ("his friend Mahamat
# Saleh Oumar", "her cousin Idriss Abakar")
RELATION_NOUNS = frozenset(
    {"friend", "cousin", "brother", "sister", "son", "daughter", "wife", "husband", "uncle",
     "aunt", "nephew", "niece", "colleague", "neighbor", "neighbour", "classmate", "roommate",
     "partner", "boyfriend", "girlfriend", "fiancé", "fiancee", "fiancée", "teammate"}
)  # fmt: skip


# issue #10 roles58: an initial that opens a name ("M. Dane Waters")
INITIAL = re.compile(r"[A-Z]\.")


def _name_before_apposition(head: Token) -> list[str]:
    """issue #10 roles58: "Rosette Pambakian, a Tinder spokeswoman, said" with the name tagged
    a nationality or nothing: two or three capitalised proper nouns whose apposition is a person
    noun are that person's name; the body inside the apposition is whom she speaks for, never
    the speaker."""
    if head.pos_ != "PROPN" or head.ent_type_ not in (*MISTAGGED, "NORP"):
        return []
    if not head.text.istitle() or head.lower_ in titles():
        return []
    if not any(
        c.dep_ == "appos"
        and c.i > head.i
        and c.pos_ == "NOUN"
        and c.lemma_.lower() in APPOSITION_PERSON_NOUNS
        for c in head.children
    ):
        return []
    return _compound_name(head)


# issue #10 names59: plain nouns for someone the writer knows only by the name they go by
SELF_NAMED_NOUNS = frozenset(
    {"man", "woman", "user", "person", "commenter", "poster", "reader", "caller", "someone"}
    | {"resident", "voter", "supporter", "protester", "blogger", "boy", "girl", "account"}
)
NAMING_VERBS = frozenset({"call", "name"})


def _self_given_name(head: Token) -> list[str]:
    """issue #10 names59: "… wrote a man calling himself Karl Brenner", "a user, who called
    herself Ruth Kane, wrote", "A man named Karl Brenner said": a plain person noun whose
    participle or relative clause of "call" / "name" gives a name of two or three capitalised
    words is that name."""
    if head.pos_ != "NOUN" or head.lower_ not in SELF_NAMED_NOUNS:
        return []
    for clause in head.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in NAMING_VERBS:
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        if objects and objects[0].lower_ not in REFLEXIVES:
            continue  # "a man calling his lawyer Karl Brenner"
        if not objects and clause.tag_ != "VBN":
            continue
        names = [c for c in clause.children if c.dep_ in ("oprd", "nsubj") and c.i > clause.i]
        if len(names) == 1 and names[0].pos_ == "PROPN" and names[0].text.istitle():
            return _compound_name(names[0])
    return []


REFLEXIVES = frozenset({"himself", "herself", "themselves", "themself"})


def _compound_name(head: Token) -> list[str]:
    """The capitalised proper nouns compounded right before ``head`` and ``head`` (two or three
    words, an initial allowed: "M. Dane Waters"), or []."""
    doc = head.doc
    words = [head]
    i = head.i - 1
    while i >= 0 and doc[i].dep_ == "compound" and doc[i].head.i in {t.i for t in words}:
        words.insert(0, doc[i])
        i -= 1
    if not 2 <= len(words) <= 3:
        return []
    for t in words[:-1]:
        if t.pos_ != "PROPN" or not (t.text.istitle() or INITIAL.fullmatch(t.text)):
            return []
        if t.lower_.rstrip(".") in titles() or t.ent_type_ in ("GPE", "NORP", "LOC"):
            return []
    first = words[0].i
    if (
        first >= 2
        and doc[first - 1].text == "-"
        and not doc[first - 1].whitespace_
        and not doc[first - 2].whitespace_
        and doc[first - 2].text.istitle()
    ):
        first -= 2  # "Jean-Marc Ayrault" is tokenised Jean - Marc: the name keeps its first part
    return doc[first : head.i + 1].text.split()


def _name_read_as_noun(head: Token) -> list[str]:
    """issue #10 roles58: "M. Dane Waters, whose group …, predicted" with the surname read as a
    plural common noun: a capitalised noun with no article, after a first name or an initial
    opening its proper-noun compounds, is a person's surname, not a body the words before it
    name."""
    if head.pos_ != "NOUN" or not head.text.istitle() or head.lower_ in titles():
        return []
    if any(c.dep_ in ("det", "poss") for c in head.children):
        return []
    words = _compound_name(head)
    if not words:
        return []
    first = words[0]
    if not (INITIAL.fullmatch(first) or first.lower() in first_name_genders()):
        return []
    return words


def _untagged_apposition_name(head: Token) -> list[str]:
    """issue #10 speakers24: "his friend Mahamat Saleh Oumar told …" with the name tagged a
    product or nothing (a no-break space before it puts the recogniser off): capitalised proper
    nouns in apposition right after a person noun, none tagged a person, place or group, are
    that person's name."""

    def person_noun(token: Token) -> bool:
        return token.pos_ == "NOUN" and (
            token.lemma_.lower() in APPOSITION_PERSON_NOUNS or token.lower_ in RELATION_NOUNS
        )

    if person_noun(head):  # the name parsed as the noun's apposition
        noun = head
        # the last apposition: "friend Idris Mahamat Abakar" may be parsed as two
        name = max(
            (c for c in head.children if c.dep_ == "appos" and c.i > head.i),
            key=lambda c: c.i,
            default=None,
        )
    elif _proper_noun(head) and head.ent_type_ in MISTAGGED:  # the noun as the name's compound
        name = head
        noun = next((c for c in head.children if c.dep_ == "compound" and person_noun(c)), None)
    else:
        return []
    if name is None or noun is None or not _proper_noun(name) or noun.i > name.i:
        return []
    doc = head.doc
    i = noun.i + 1
    while i < name.i and doc[i].is_space:
        i += 1
    words = doc[i : name.i + 1]
    if not 2 <= len(words) <= 4 or (name.i + 1 < len(doc) and _proper_noun(doc[name.i + 1])):
        return []
    for t in words:
        if t.ent_type_ not in MISTAGGED or not (_proper_noun(t) and t.text.istitle()):
            return []
        if t.i != name.i and not (
            (t.dep_ == "compound" and t.head.i in (name.i, t.i + 1))
            or (t.dep_ == "appos" and t.head.i == noun.i)
        ):
            return []
    return [t.text for t in words]


# transcript labels that are no one's name
GENERIC_LABELS = frozenset(
    {"announcer", "audience", "crowd", "moderator", "narrator", "host", "unidentified",
     "male", "female", "voice", "reporter", "question", "answer", "anchor", "caller"}
)  # fmt: skip


# the readings of a speaker's name the NER did not tag, tried in this order by
# ``name_of_mention``, each with the rule it records
UNTAGGED_NAME_RULES = (
    (_first_name_run, "first-name+surname"),
    (_untagged_apposition_name, "apposition-name"),
    (_name_before_apposition, "name-before-apposition"),
    (_name_read_as_noun, "name-read-as-noun"),
    (_self_given_name, "self-given-name"),
)


def _transcript_label(span: Span, head: Token) -> bool:
    """issue #10 round 11: "⏎WALLACE: Let's start with …": an all-capitals word opening a
    line before a colon, twice or more in the text, is the transcript's label of a speaker (the
    full name the text gives that surname, else the label as printed), not an unnamed
    speaker."""
    doc = head.doc
    if len(span) != 1 or not (head.is_alpha and head.text.isupper() and len(head.text) > 2):
        return False
    if head.ent_type_ not in ("PERSON", *MISTAGGED) or head.i + 1 >= len(doc):
        return False  # "WALLACE" may be tagged a work of art, never a place
    if head.pos_ != "PROPN" or head.lower_ in GENERIC_LABELS:
        return False
    before = doc[head.i - 1] if head.i else None
    opens = before is None or "\n" in before.text_with_ws or before.is_quote
    if not opens or doc[head.i + 1].text != ":":
        return False
    # a transcript gives a speaker more than one turn; a lone "BUSTED:" is a heading
    return sum(t.text == head.text and doc[t.i + 1].text == ":" for t in doc[:-1]) >= 2


def _transcript_surname(span: Span, book: NameBook) -> str | None:
    """issue #10 quotes58 (the key's D6): "⏎COTTON: I think …", "⏎MS. HALE: We object": an
    all-capitals label opening a line before a colon (a courtesy title before it allowed),
    whose word is the surname of someone the article names in full, is that person, even with
    one turn, or when the tagger reads the label as a common noun or no name at all."""
    doc = span.doc
    words = [t for t in span if t.text != "."]
    while words and words[0].lower_.rstrip(".") in COURTESY_TITLES:
        words = words[1:]
    if len(words) != 1:
        return None
    word = words[0]
    if not (word.text.isupper() and len(word.text) > 2 and word.text[0].isalpha()):
        return None
    if word.lower_ in GENERIC_LABELS or word.i + 1 >= len(doc) or doc[word.i + 1].text != ":":
        return None
    before = doc[span.start - 1] if span.start else None
    if before is not None and "\n" not in before.text_with_ws and not before.is_quote:
        return None
    if word.lower_ not in book.full_by_surname:
        return None
    return book.full_name([word.text], surname_only=True)


# issue #10 names24: nouns for an unnamed person who speaks for a body named before them
UNNAMED_VOICES = frozenset(
    {"source", "sources", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
     "insider", "insiders"}
)  # fmt: skip
# the small words a body's name may hold ("Department for Education and Skills")
BODY_NAME_JOINS = frozenset({"for", "of", "and", "&", "the", "on"})
# lower-case nouns that make the words before them a body ("a Trump campaign spokesman", "a
# French government source")
BODY_NOUNS = frozenset(
    {"campaign", "team", "party", "government", "administration", "ministry", "office",
     "department", "embassy", "police", "army", "council", "committee", "company", "group"}
)  # fmt: skip
# party words that name a party as an adjective ("a Conservative spokesperson"); other
# nationality or place words ("a French source", "a US source") name no body
PARTY_ADJECTIVES = frozenset(
    {"conservative", "tory", "labour", "liberal", "lib", "dem", "democrat", "democratic",
     "republican", "gop", "snp", "ukip", "green", "unionist", "nationalist"}
)  # fmt: skip


def _unnamed_voice_of(span: Span, head: Token) -> str | None:
    """issue #10 names24: "A Department for Education and Skills source", "a Downing Street
    source", "A Conservative spokesperson": the unnamed one who speaks for the body the
    capitalised words before the noun name, as "<body>'s <noun>" (not "Skills", "Street" or
    "Conservative", a piece of the body's name)."""
    if head.pos_ != "NOUN" or head.lower_ not in UNNAMED_VOICES:
        # "A Department for Education and Skills source", parsed with "source" as a conjunct
        # of "Department": the noun ends the span
        last = span[-1]
        if last.pos_ != "NOUN" or last.lower_ not in UNNAMED_VOICES or last.dep_ != "conj":
            return None
        head = last
    run = [t for t in span if t.i < head.i]
    while run and run[0].lower_ in ("a", "an", "the", "one", "another"):
        run = run[1:]
    if not run or run[0].text[:1].islower():
        return None
    if run[-1].text[:1].islower() and run[-1].lower_ not in BODY_NOUNS:
        return None
    if any(t.tag_ == "POS" or t.dep_ == "poss" for t in run):
        return None  # "Trump's spokeswoman": someone's own spokesperson (the graph names it)
    if not all(
        t.text[:1].isupper() or t.lower_ in BODY_NAME_JOINS or t.lower_ in BODY_NOUNS for t in run
    ):
        return None
    bodied = any(t.lower_ in BODY_NOUNS for t in run)
    capitals = [t for t in run if t.text[:1].isupper()]
    if (
        not bodied
        and all(t.ent_type_ in ("GPE", "NORP") for t in capitals)
        and not all(t.lower_ in PARTY_ADJECTIVES for t in capitals)
    ):
        return None  # "a French source", "a US spokesman": no body named
    body = tidy_name(" ".join(t.text for t in run))
    if (
        len(run) == 1
        and run[0].lower_ in PARTY_ADJECTIVES
        and f"{body} Party" in load_actors().parties
    ):
        body = f"{body} Party"  # "a Conservative spokesperson": the Conservative Party's
    return f"{body}'s {head.text}"


# authored works whose titles name their subject, not their author
TITLED_WORKS = frozenset(
    {"book", "memoir", "biography", "novel", "film", "documentary", "play", "autobiography"}
)


# issue #10 family27: a son's suffix after his surname ("Trump Jr.", "Cuomo Sr.")
SPEAKER_GENERATIONS = frozenset({"Jr", "Jr.", "Sr", "Sr.", "III", "IV"})


def _suffixed_full_name(span: Span, book: NameBook) -> str | None:
    """issue #10 family27: "“…,” Trump Jr. said", the surname and suffix tagged something else
    than a person (a work of art): the full name of that surname and suffix the article gives
    ("Donald Trump Jr."), never the father's."""
    for token in span[1:]:
        before = token.doc[token.i - 1]
        if token.text not in SPEAKER_GENERATIONS or not before.text[:1].isupper():
            continue
        names = book.full_by_surname.get(token.text.lower(), Counter())
        found = [n for n, _ in names.most_common() if n.split()[-2:-1] == [before.text]]
        if found:
            return found[0]
    return None


def _titled_work(head: Token) -> bool:
    """issue #10 names27: "According to a new book, Brown's Britain, …": the title in the
    apposition of a book names its subject (Gordon Brown), not who speaks through it."""
    if head.lower_ not in TITLED_WORKS:
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in head.children):
        return False  # "her new book, …", "a book by Ruth Mallory, …": the author is given
    return any(
        c.dep_ == "appos" and any(t.pos_ == "PROPN" for t in c.subtree) for c in head.children
    )


# issue #10 quotes58: nouns of one person's role that a body's name may qualify ("a former
# DNC chairman", "a Goldman Sachs banker"): the person speaks, not the body
INDEFINITE_ROLES = frozenset(
    {*DESCRIBED_ROLES, *PERSON_NOUNS, "banker", "trader", "economist", "analyst", "director",
     "manager", "chief", "officer", "member", "employee", "worker", "staffer", "official"}
) - frozenset({"spokesman", "spokeswoman", "spokesperson"})  # fmt: skip


def _indefinite_role(span: Span, head: Token) -> bool:
    """issue #10 quotes58: "A former DNC chairman says …", "a Goldman Sachs banker said": one
    person named by a role, with "a" / "an" and a body's name (an ORG) before the role noun, is an
    unnamed person (the entity graph may still find the one the article names in that role),
    not the body. A spokesman speaks for the body (``_unnamed_voice_of``)."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lower_ not in INDEFINITE_ROLES:
        return False
    first = span[0]
    if first.lower_ not in ("a", "an", "one", "another") or first.head.i != head.i:
        return False
    if any(c.dep_ == "prep" for c in head.children if c.i > head.i):
        return False  # "a member of the board": the body after the role, kept as before
    # a place or nationality ("a U.S. judge") stays: it places the person (and its events)
    return any(t.ent_type_ == "ORG" and t.head.i == head.i for t in span if t.i < head.i)


def name_of_mention(span: Span, head: Token, book: NameBook) -> tuple[str | None, str]:
    """The resolved name of a speaker mention and how it was found (for the rule)."""
    named = _apposition_owner(head, book)
    if named:
        return named, "apposition-of-name"
    printed = re.sub(r"^[Tt]he\s+", "", span.text)
    if slogan_name(printed):
        # names28: "Vote Leave said", "Stop Trump said" (tagged or not): the campaign itself
        return printed, "slogan-name"
    people = []
    for ent in book.ents_within(span.start, span.end):  # Span.ents, without rebuilding
        if ent.label_ not in NAME_LABELS:
            continue
        root = ent.root
        # "Trump's spokeswoman Hope Hicks", "the Clinton campaign": not the speaker's own name
        if root.i != head.i and root.dep_ in ("poss",):
            continue
        # "Griffin, an Obama backer": a name inside the apposition is someone else (but "the
        # Labour MP for Bolton West, Ruth Kelly" is the seat holder named)
        if (
            head.pos_ == "PROPN"
            and not (root.dep_ == "appos" and root.head.i == head.i and _holds_a_seat(head))
            and root.i > head.i
            and any(t.text == "," for t in head.doc[head.i : root.i])
        ):
            continue
        if (
            root.i != head.i
            and root.dep_ == "compound"
            and head.pos_ == "NOUN"
            and head.lower_ not in titles()
        ):
            continue
        if _seat_of(root, head):
            continue
        people.append(ent)
    if people:
        ent = min(people, key=lambda e: abs(e.root.i - head.i))
        words = [t.text for t in ent]
        before = head.doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
        name = book.full_name(words, surname_only=before in SURNAME_TITLES)
        cleaned = " ".join(clean_name(words))
        how = "name" if name == cleaned else f"surname->{name}"
        return name, how
    for find, how in UNTAGGED_NAME_RULES:
        named = find(head)
        if named:
            return book.full_name(named), how
    if head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON"):
        words = [t.text for t in span if t.pos_ == "PROPN" and t.i <= head.i]
        if (
            words
            and head.ent_type_ == "PERSON"
            or (len(words) == 1 and words[0].lower() in book.full_by_surname)
        ):
            name = book.full_name(words)
            return name, "propn-name"
    if (
        head.pos_ == "PROPN"
        and head.ent_type_ not in ("", "PERSON")
        and head.i > 0
        and head.doc[head.i - 1].lower_.rstrip(".") in COURTESY_TITLES
        and head.lower_ in book.full_by_surname
    ):
        # names26: "Mr Katwala said" with the surname tagged a place: a courtesy title makes
        # a person, the one the article named in full
        return book.full_name([head.text]), "surname-after-courtesy-title"
    named = _untagged_subject_name(span, head) or _person_of_a_body(head)
    if named:
        return book.full_name(named), "untagged-propn"
    suffixed = _suffixed_full_name(span, book)
    if suffixed:
        return suffixed, "surname+suffix->full-name"
    if _transcript_label(span, head):
        return book.full_name([head.text]), "transcript-label"
    label = _transcript_surname(span, book)
    if label:
        return label, "transcript-surname"
    voiced = _unnamed_voice_of(span, head)
    if voiced:
        return voiced, "unnamed-voice-of-body"
    if description_of(head) is not None:
        # issue #10 round 11: "the Vermont senator", "The Republican presidential nominee",
        # "the New York businessman": the place, party or body inside a description of a
        # person is not the person's name (the entity graph links the description to them)
        return None, "role-description"
    if _titled_work(head):
        return None, "title-of-a-work"
    if _indefinite_role(span, head):
        return None, "indefinite-role"
    placed_body = _body_named_for_a_place(span)
    if placed_body:
        return placed_body, "organisation"
    in_span = [
        e for e in book.ents_within(span.start, span.end)
        if not _place_modifier(e, head) and not _title_owner(e, head)
        and not _nationality_of_a_group(e, head)
        and not _modifies_another_noun(e, head) and not _seat_of(e.root, head)
        and not (e.label_ == "NORP" and e.root.head.i == head.i and _holds_a_seat(head))
    ]  # fmt: skip
    # names28: "the secretary of state said" with "state" tagged a body: a body's name is
    # printed with a capital, a lower-case word is no name
    in_span = [e for e in in_span if not e.text.islower()]
    orgs = [e for e in in_span if e.label_ in ORG_LABELS and e.root.dep_ != "poss"]
    if not orgs:
        orgs = [e for e in in_span if e.label_ in ORG_LABELS]
        orgs = [e for e in orgs if e.root.i == head.i] if orgs else []
    if orgs:
        ent = min(orgs, key=lambda e: abs(e.root.i - head.i))
        words = [t.text for t in ent]
        if words and words[0].lower() == "the":
            words = words[1:]
        words = _party_qualifier(ent) + words + _body_head(ent, head)
        words = clean_name(words) if words else words
        if len(words) == 1 and len(ent) == 1:
            long_form = _acronym_long_form(ent[0], span.start) or _short_form_long_name(
                ent[0], span.start
            )
            if long_form:
                return long_form, "organisation"
        if words:
            return tidy_name(" ".join(words)), "organisation"
    # "Russia's Kommersant newspaper": a proper-noun modifier of an organisation word
    propn = [
        c
        for c in head.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "NORP")
    ]
    if head.pos_ == "NOUN" and propn and head.lower_ not in titles():
        # issue #10 names24: "The Middle Way group": the whole name, not "Way" alone
        words = sorted(
            {x for c in propn for x in c.subtree if x.pos_ == "PROPN" and x.dep_ == "compound"},
            key=lambda t: t.i,
        )
        return " ".join(t.text for t in words), "organisation-modifier"
    party = _party_named_alone(span)
    if party:
        return party, "party-name"
    untagged = _untagged_body(span, head)
    if untagged:
        return untagged, "untagged-body"
    return None, "unnamed"


# capitalised words that end a body's name ("The BBC's World Service", "Labour's Shadow
# Cabinet"): a body's possessive before them names a part of the body, not its person
BODY_NAME_ENDS = frozenset(
    {*BODY_NOUNS, "service", "cabinet", "commission", "foundation", "institute", "society",
     "trust", "bank", "board", "fund", "agency", "authority", "association", "union", "centre",
     "center", "forum", "unit", "court", "times", "news", "post", "press", "website", "network",
     "programme", "program", "review", "report", "survey", "poll", "index", "desk", "wing"}
)  # fmt: skip


def _person_of_a_body(head: Token) -> list[str] | None:
    """names26: "The Fabian Society's Sundar Katwala said": two or three capitalised proper
    nouns after a body's possessive, tagged a facility, place or body of their own, are the
    body's person (the body spoke, and "he" after it found no one)."""
    if head.pos_ != "PROPN" or head.ent_type_ not in ("FAC", "LOC", "WORK_OF_ART", "ORG"):
        return None
    owner = [c for c in head.children if c.dep_ == "poss" and c.ent_type_ == "ORG"]
    words = [c for c in head.children if c.dep_ == "compound" and c.i < head.i] + [head]
    if not owner or not 2 <= len(words) <= 3:
        return None
    words.sort(key=lambda t: t.i)
    if (
        any(
            t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ != head.ent_type_
            for t in words
        )
        or words[-1].i - words[0].i != len(words) - 1
    ):
        return None
    if any(t.lower_.rstrip(".") in titles() or t.lower_ in BODY_NAME_ENDS for t in words):
        return None
    if head.ent_type_ == "ORG" and any(
        e.label_ == "ORG"
        and e.start <= words[0].i
        and e.end > head.i
        and e.end - e.start != len(words)
        for e in entity_spans(head.doc)
    ):
        return None  # the body's own name runs on past the words
    return [t.text for t in words]


# capitalised words that end a body's name before "for <place>" ("the UN Economic Commission
# for Latin America", "the Commission for Africa", "the Council for Scotland")
BODY_FOR_PLACE = frozenset(
    {"commission", "council", "committee", "foundation", "institute", "agency", "fund", "centre",
     "center", "office", "trust", "association", "society", "board", "forum", "secretariat"}
)  # fmt: skip


def _body_named_for_a_place(span: Span) -> str | None:
    """names26: "according to the UN Economic Commission for Latin America" was cut to "UN
    Economic Commission" (the recogniser stops before "for"), "The Commission for Africa said"
    was unnamed: a capitalised body word, "for" and the capitalised place after it, all in the
    speaker's words, are one name."""
    tokens = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    for k, t in enumerate(tokens[:-2]):
        if t.lower_ not in BODY_FOR_PLACE or not t.text[:1].isupper() or t.pos_ != "PROPN":
            continue
        if tokens[k + 1].lower_ != "for":
            continue
        tail = tokens[k + 2 :]
        if not tail or not all(
            (x.pos_ == "PROPN" and x.text[:1].isupper())
            or (x.lower_ == "and" and 0 < j < len(tail) - 1)
            for j, x in enumerate(tail)
        ):
            return None
        if not any(x.ent_type_ in ("GPE", "LOC") for x in tail):
            return None  # a place after "for", not a person's seat or a cause
        head_words = tokens[: k + 1]
        if not all(x.text[:1].isupper() or x.lower_ in ("and", "of", "&") for x in head_words):
            return None
        return tidy_name(" ".join(x.text for x in [*head_words, tokens[k + 1], *tail]))
    return None


def _untagged_body(span: Span, head: Token) -> str | None:
    """issue #10 names24: "The Observer reported", "According to the FT": a speaker of proper
    nouns only that the recogniser left untagged is named as printed, an acronym by the name
    of the organisation it abbreviates when the text gave that before ("the Financial
    Times")."""
    if head.pos_ != "PROPN" or head.ent_type_ or not head.text[:1].isupper():
        return None
    # "the Observer, 3,000 jobs - …" misparsed as an apposition: the words up to the head
    words = [t for t in span if t.lower_ != "the" and t.i <= head.i]
    if not words or len(words) > 4 or words[-1].i != head.i:
        return None
    table = titles()
    if any(
        t.pos_ != "PROPN"
        or not t.text[:1].isupper()
        or t.lower_.rstrip(".") in table
        or t.lower_ in DESCRIBED_ROLES
        or t.lower_ in PARTY_NAME_WORDS
        for t in words
    ) or any(c.lower_ in ("for", "of") for c in head.children):
        return None  # "the Tory MP for Sleaford": a post, not a body's name
    if len(words) == 1:
        long_form = _acronym_long_form(head, span.start)
        if long_form:
            return long_form
    whole = _book_body_joined(span, len(words))
    if whole:
        return whole
    return tidy_name(" ".join(t.text for t in words))


def _book_body_joined(span: Span, kept: int) -> str | None:
    """issue #10 read58: "Ironhorse Oil and Gas has denied ...": the parser joins "Gas" to "Oil"
    as a second body; the whole phrase is the name when the actor book knows it so."""
    whole = [t for t in span if t.lower_ != "the" and not t.is_punct]
    if not kept < len(whole) <= 6 or whole[-1].lower_ in ("and", "&", "of"):
        return None
    if not all(t.text[:1].isupper() or t.lower_ in ("and", "&", "of") for t in whole):
        return None
    name = tidy_name(" ".join(t.text for t in whole))
    match = load_actors().lookup(name)
    if match is None or match.kind not in ("metonym", "organisation"):
        return None
    return name if match.name == name or f"'{name}'" in match.rule else None


def _acronym_long_form(token: Token, before: int) -> str | None:
    """issue #10 names24: "AP said" after "the Associated Press news agency reported", "the FT"
    after "the Financial Times": the organisation an acronym's capitals spell, named before."""
    if not token.text.isupper() or not 2 <= len(token.text) <= 6 or not token.text.isalpha():
        return None
    for ent in entity_spans(token.doc):
        if ent.start >= before or ent.label_ != "ORG" or len(ent) < 2:
            continue
        # names26: "the European Union's Stability and Growth Pact": the name, not its "'s"
        words = [t for t in ent if t.lower_ != "the" and t.tag_ != "POS"]
        if "".join(t.text[0] for t in words if t.text[:1].isupper()) == token.text:
            return tidy_name(" ".join(t.text for t in words))
    return None


def _short_form_long_name(token: Token, before: int) -> str | None:
    """names26: "the Bank said" after "The Bank of England (BoE) has kept rates on hold", "the
    Commission" after "the European Commission": a body named again by the first word of its
    name (before "of" or "for") or, failing that, by its last, when one organisation named
    before fits."""
    if not token.text[:1].isupper() or token.text.isupper() or not token.is_alpha:
        return None
    heads: set[str] = set()
    tails: set[str] = set()
    for ent in entity_spans(token.doc):
        if ent.start >= before or ent.label_ != "ORG" or len(ent) < 2:
            continue
        words = [t for t in ent if t.lower_ != "the" and t.tag_ != "POS"]
        if len(words) < 2:
            continue
        name = tidy_name(" ".join(t.text for t in words))
        if words[0].text == token.text and words[1].lower_ in ("of", "for"):
            heads.add(name)
        elif words[-1].text == token.text:
            tails.add(name)
    found = heads or tails
    return found.pop() if len(found) == 1 else None


def _party_named_alone(span: Span) -> str | None:
    """issue #10 names24: "Tories say …", the recogniser leaving the word untagged: a party's
    own name (the actor book's party names, ``actors/parties.tsv``) is the speaker."""
    words = [t.text for t in span if t.lower_ != "the"]
    if not words or not words[0][:1].isupper():
        return None
    phrase = " ".join(words)
    return phrase if phrase in load_actors().parties else None
