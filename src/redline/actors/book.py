"""The actor knowledge base: who a phrase names, as a CAMEO-style actor code, and why.

Codes follow the Phoenix/PETRARCH conventions the gold data uses:

- a country is its CAMEO (ISO 3166 alpha-3) code: ``RUS``, ``USA``, ``PSE``; Kosovo is ``KSV``;
- a country plus a sector appends the 3-letter sector: ``RUSGOV``, ``ISRMIL``, ``GUYCOP``;
- an organisation has its own code: NATO ``IGOWSTNAT``, the UN ``IGOUNO``, the EU ``IGOEUREEC``,
  Hamas ``PSEREBHMS``; an organisation plus a sector appends it too (``IGOUNOMIL``: UN troops);
- a sector with no known country is ``---`` plus the sector: ``---CVL`` for "protesters".

How a phrase is resolved (the first that applies):

1. a named person wins: their role at the article's date (``people.yml`` date ranges). Outside
   every range they resolve to their ``otherwise`` code if given, else their country alone;
   with no date, their most recent role. A role word right after the name is the person's
   ("Trump voters" -> ``USACVL``, "Putin's critics" -> ``RUSOPP``): their country, its sector;
2. a country, organisation or metonym (``the Kremlin``) nearest the head role word, combined with
   that role's sector ("Russian Foreign Minister" → ``RUSGOV``, "Syrian rebels" → ``SYRREB``).
   A metonym's own sector (the Pentagon → MIL) beats a generic GOV role word ("Pentagon
   officials" → ``USAMIL``); the nearest anchor *before* the role wins, else the first after it;
3. a country, organisation or metonym alone;
4. a role word alone → ``---`` + sector;
5. nothing → ``None``.

Matching is a longest-first scan over normalised tokens (lowercased, accents folded, possessive
's and "the" dropped, trailing full stops dropped) against one alias dictionary built at load
time, so a lookup costs a few dictionary probes per token. Aliases written with a capital letter
(names) only match text that starts with a capital, and all-caps aliases of up to five letters
(US, WHO, CAR) only match in capitals. Every :class:`ActorMatch` carries ``rule``: which entries
fired, so a user can see why.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from redline import datafiles
from redline.errors import RedlineError

ORG_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "---")
SECTIONS = ("countries", "organisations", "roles", "descriptors", "people")

# Acronym aliases (all capitals, up to this many letters) only match text in capitals, so
# "US", "WHO" and "CAR" never read the pronoun, the question word or a car.
ACRONYM_MAX = 5
ACRONYM_MARK = "\x00"
DOTTED_ACRONYM = re.compile(r"[A-Z](?:\.[A-Z]){2,4}")  # "F.B.I" (its last stop cut)
SKIPPED_WORDS = frozenset({"the"})
# a standalone "&" between spaces is a word of its own, read as "and" (normalise_token): issue
# #9 read52, business news writes "the Securities & Exchange Commission", "the Food & Drug
# Administration", the names the book keeps with "and"
TOKEN_RE = re.compile(r"[^\W_]+(?:[-.'’&][^\W_]+)*\.?|(?<= )&(?= )")
_GROUP = re.Match.group  # a found token's text, mapped over every token a scan finds
JOINING_GAP_RE = re.compile(r"\s+(?:(?:of|the|of the)\s+)?", re.IGNORECASE)
# issue #9 reader: a name after a personal title is a person's, never a place's or a body's:
# "Mr Hague" is William Hague, not The Hague (Netherlands), "Ms Jordan" not Jordan
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})
PLACE_KINDS = frozenset({"country", "metonym", "organisation"})
LOOKUP_MEMO = 4096  # most answers ActorBook.lookup keeps (about 1 MB)
# issue #9 read54: a count or an ordinal hyphened to a role word hides the role from the scan
# ("a three-judge panel", "a five-judge bench"); such a phrase the book does not know is
# read again with a space for the hyphen. Not "a two-state solution": no state, no actor
COUNTED_WORD = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"first|second|third|fourth|fifth)-(?=[a-z])(?!states?\b)",
    re.IGNORECASE,
)
OTHERS_MEMO = 8  # documents whose ``others_by_surname`` ActorBook keeps


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """Who a phrase names: a CAMEO-style ``code`` and the ``rule`` that produced it."""

    code: str
    country: str | None
    sector: str | None
    name: str | None
    kind: str  # person | country | organisation | metonym | role
    rule: str


@dataclass(frozen=True, slots=True)
class Role:
    """One dated office: ``start`` inclusive, ``end`` exclusive, either may be open."""

    code: str
    start: str | None
    end: str | None
    title: str = ""

    def covers(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)

    def label(self) -> str:
        span = f"{self.start or ''}..{self.end or ''}"
        title = f" {self.title}" if self.title else ""
        return f"{self.code} {span}{title}"


# offices "deputy" ranks rather than names a lawmaker ("deputy spokesperson", "deputy director")
RANKED_HEADS = frozenset({
    "director", "spokesman", "spokeswoman", "spokesperson", "head", "chief", "secretary",
    "minister", "governor", "mayor", "commander", "editor", "administrator", "chairman",
    "chairwoman", "chair", "president", "leader", "ambassador", "envoy", "prosecutor", "attorney",
    "manager", "coordinator", "adviser", "advisor", "press", "national", "assistant", "general",
    "representative", "speaker", "premier", "commissioner", "inspector",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    roles: tuple[Role, ...]
    country: str | None = None
    otherwise: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """One alias's meaning: what the dictionary says a matched string stands for."""

    kind: str  # person | country | organisation | metonym | role | descriptor
    name: str  # canonical name (country/org/person) or the role word
    code: str = ""  # actor code for anchors, sector for roles
    sector: str | None = None  # a metonym's own sector
    via: str = "name"  # name | alias | adjective | capital | metonym | role
    person: Person | None = None
    # a party word's countries and governing terms, kind "party" ((country, ((from, to), ...)), ...)
    terms: tuple = ()


NAME_LINK_WORDS = frozenset({"of", "and", "the", "de", "du", "la", "le", "for", "&", "von", "van"})


def _common_word_inside(raws: list[str], i: int, size: int) -> bool:
    """Whether the words after the first of an ``size``-word match at ``i`` hold a lower-case
    word that is not a name's linking word ("Indian oil", not "Bank of America")."""
    return any(
        raws[j].isalpha() and raws[j].islower() and raws[j] not in NAME_LINK_WORDS
        for j in range(i + 1, i + size)
    )


def _firm_name(entry: Entry) -> bool:
    """A firm of the firm table (or a country's own list): a metonym with the business sector."""
    return entry.kind == "metonym" and entry.sector == "BUS"


@dataclass(frozen=True, slots=True)
class Hit:
    """An alias found in a text: token positions (for adjacency) and character offsets."""

    first: int
    last: int
    start: int
    end: int
    alias: str
    entry: Entry


# issue #9 read27: "party" after one of these words (or before "concerned" / "involved") is a
# side to a matter or a gathering, not a political party ("BAA said it was working closely with
# all interested parties" was ---PTY)
NON_POLITICAL_PARTY_BEFORE = frozenset({
    "interested", "third", "injured", "guilty", "innocent", "affected", "relevant", "aggrieved",
    "contracting", "responsible", "dinner", "birthday", "search", "working", "hunting", "garden",
    "tea", "launch", "christmas", "house", "boarding", "raiding", "landing", "leaving", "street",
    "stag", "hen", "cocktail", "pyjama", "slumber", "block", "fancy-dress", "engagement",
})  # fmt: skip
NON_POLITICAL_PARTY_AFTER = frozenset({"concerned", "involved"})


def _no_political_party(words: list[str], found: Hit) -> bool:
    """A "party" role hit that names a side to a matter or a gathering."""
    if found.entry.kind != "role" or found.entry.name not in ("party", "parties"):
        return False
    before = words[found.first - 1] if found.first else ""
    after = words[found.last + 1] if found.last + 1 < len(words) else ""
    return before in NON_POLITICAL_PARTY_BEFORE or after in NON_POLITICAL_PARTY_AFTER


@dataclass
class ActorBook:
    """The alias index plus the tables it was built from (kept for listing and the CLI)."""

    index: dict[tuple[str, ...], list[tuple[Entry, bool]]] = field(default_factory=dict)
    prefixes: set[tuple[str, ...]] = field(default_factory=set)
    max_tokens: int = 1
    countries: dict[str, dict[str, Any]] = field(default_factory=dict)
    organisations: dict[str, dict[str, Any]] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    # issue #9/#10 actors14: each party name's countries and their governing terms
    parties: dict[str, tuple] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    # the first words of the alias keys, and the size of the index they were read from (the
    # index only grows): a word no key begins with is passed over at once in ``scan``
    _first_words: tuple[int, frozenset[str]] = field(
        default=(-1, frozenset()), repr=False, compare=False
    )
    # what ``lookup`` answered, by (phrase, date): a document asks the same names again and
    # again ("Trump", "U.S.", "he": 9,349 look-ups over 150 articles, 4,900 of them distinct
    # within their article); emptied whenever an alias is added and when it reaches
    # LOOKUP_MEMO entries, so a worker's memory stops growing early
    _lookups: dict[tuple[str, str | None], ActorMatch | None] = field(
        default_factory=dict, repr=False, compare=False
    )
    # issue #9/#10 actors18: the people by the first word of their name, and the number of
    # people they were read from (``people_first_named``)
    _first_named: tuple[int, dict[str, tuple[Person, ...]]] = field(
        default=(-1, {}), repr=False, compare=False
    )
    # ``others_by_surname`` by (text, date): four stages ask it of the same document (the
    # graph, the tagger, the quote actors, the event resolver); the last few documents only
    _others: dict[tuple[str, Any], frozenset[str]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # issue #10 graph53: the last words of the party aliases (``party_alias_ends``), worked out
    # on first use and again after an alias is added
    _party_ends: frozenset[str] | None = field(default=None, repr=False, compare=False)

    # -- building ----------------------------------------------------------------------------

    def add_alias(self, alias: str, entry: Entry, *, first: bool = False) -> None:
        """Index ``alias``; ``first`` puts it ahead of earlier meanings (user files win)."""
        alias = alias.strip()
        if not alias:
            return
        self._lookups.clear()
        self._others.clear()
        self._party_ends = None
        for variant in _alias_variants(alias):
            raw = [t for t in _raw_tokens(variant) if normalise_token(t) not in SKIPPED_WORDS]
            if not raw:
                continue
            acronym = _acronym(raw[0]) if len(raw) == 1 else None
            tokens = (acronym,) if acronym else tuple(normalise_token(t) for t in raw)
            proper = alias[0].isupper() or alias[0].isdigit()
            if alias.startswith("the ") or alias.startswith("The "):
                proper = alias[4:5].isupper()
            meanings = self.index.setdefault(tokens, [])
            meanings[:] = [m for m in meanings if m[0] != entry]
            if first:
                meanings.insert(0, (entry, proper))
            else:
                meanings.append((entry, proper))
            self.max_tokens = max(self.max_tokens, len(tokens))
            self.prefixes.update(tokens[:k] for k in range(1, len(tokens)))

    def party_alias_ends(self) -> frozenset[str]:
        """The last words (normalised, as the index keys them) of the aliases that have a party
        entry ("Tory leader": "leader"): a run of words ending in another word is no party's
        title, whatever its other words (the entity graph asks it of the words before every
        name)."""
        if self._party_ends is None:
            self._party_ends = frozenset(
                key[-1]
                for key, meanings in self.index.items()
                if key and any(entry.kind == "party" for entry, _ in meanings)
            )
        return self._party_ends

    # -- matching ----------------------------------------------------------------------------

    def scan(self, text: str) -> list[Hit]:
        """Every alias in ``text``, longest first, left to right, never overlapping."""
        # the words kept, as parallel lists: this runs over every text the stages look up
        found_tokens = list(TOKEN_RE.finditer(text))
        raws = list(map(_GROUP, found_tokens))
        if "-" in text:
            found_tokens, raws = _country_pairs_split(text, found_tokens, raws, self.index)
        words = list(map(normalise_token, raws))
        if "" in words or not SKIPPED_WORDS.isdisjoint(words):
            kept = [i for i, word in enumerate(words) if word and word not in SKIPPED_WORDS]
            found_tokens = [found_tokens[i] for i in kept]
            raws = [raws[i] for i in kept]
            words = [words[i] for i in kept]
        index, prefixes = self.index, self.prefixes
        size, firsts = self._first_words
        if size != len(index):
            firsts = frozenset(key[0] for key in index if key)
            self._first_words = (len(index), firsts)
        # where an alias may begin: a word some key begins with, or an all-caps word whose
        # acronym key is one (a lowercase word is never an acronym)
        starts = [
            i
            for i, word in enumerate(words)
            if word in firsts
            or (
                not raws[i].islower()
                and (_acronym(raws[i]) in firsts or _titled_acronym(raws[i]) in firsts)
            )
        ]
        hits: list[Hit] = []
        n = len(words)
        following = 0  # the first word not inside an alias found already
        for i in starts:
            if i < following:
                continue
            found = None
            # Walk forward while the tokens so far begin some alias (a trie over tuples), and
            # keep the longest complete alias seen.
            for size in range(1, min(self.max_tokens, n - i) + 1):
                key = tuple(words[i : i + size])
                meanings = index.get(key)
                if size == 1 and (acronym := _acronym(raws[i])):
                    meanings = index.get((acronym,)) or meanings
                elif size == 1 and not meanings and (titled := _titled_acronym(raws[i])):
                    meanings = [m for m in index.get((titled,), ()) if m[0].kind in TITLED_KINDS]
                if meanings:
                    capitalised = raws[i][:1].isupper() or raws[i][:1].isdigit()
                    usable = [e for e, proper in meanings if capitalised or not proper]
                    if size > 1 and usable and _common_word_inside(raws, i, size):
                        # lead's read51: a firm's name of common words ("Indian Oil",
                        # "British Gas") is not "Indian oil minister", "British gas supplies"
                        usable = [e for e in usable if not _firm_name(e)]
                    if usable:
                        start, end = found_tokens[i].start(), found_tokens[i + size - 1].end()
                        end = _trim_end(text, start, end)
                        found = Hit(i, i + size - 1, start, end, text[start:end], usable[0])
                if key not in prefixes:
                    break
            if found and i and words[i - 1] in HONORIFICS and found.entry.kind in PLACE_KINDS:
                found = None  # a person's surname (HONORIFICS)
            elif (
                found
                and i
                and raws[i - 1] == "New"
                and found_tokens[i - 1].end() + 1 == found_tokens[i].start()
            ):
                # issue #9 actors: "New Jersey", "New Mexico", "New South Wales" are not Jersey,
                # Mexico or Wales ("New Zealand" is an alias of its own, matched from "New")
                found = None
            elif found and found.entry.kind == "country" and _inside_region(text, found):
                found = None
            elif (
                found and found.entry.via == "adjective" and INSTITUTION_NAME.match(text, found.end)
            ):
                # issue #9/#10 actors22: "the Indonesian Hospital" in Gaza: a hospital named
                # after the country that built it stands where it stands; the adjective is
                # part of its name, no actor
                found = None
            elif found and _first_name_after_title(text, raws, words, hits, found, firsts):
                found = None  # "Mayor Sofia Reyes", "Governor Jordan Hale": a first name
            elif found and _surname_role(raws, words, hits, found):
                found = None  # "Foreign Minister Julie Bishop", "Rep. Steve King": a surname
            elif found and _another_first_name(raws, words, hits, found, index, text, found_tokens):
                found = None  # "Jack McConnell" is not Mitch McConnell (issue #9 read20)
            elif found and _generation_after(raws, found):
                found = None  # "Donald Trump Jr." is the son, not the book's Donald Trump
            elif found and _no_political_party(words, found):
                found = None  # "all interested parties", "a third party": no political party
            elif found and i and _firm_acronym_after_noun(raws[i], words[i - 1], found):
                found = None  # "security firm RSA": a firm's name, not South Africa
            if found and found.entry.kind == "role" and found.entry.name == "deputy":
                nxt = words[found.last + 1] if found.last + 1 < n else ""
                if nxt in RANKED_HEADS:
                    # unseen NBC reading: "State Department deputy spokesperson Vedant Patel"
                    # is no lawmaker: "deputy" before an office is its rank, not a deputy
                    found = replace(found, entry=replace(found.entry, kind="descriptor"))
            if found:
                hits.append(found)
                following = found.last + 1
        return hits

    def lookup(self, phrase: str, date: str | None = None) -> ActorMatch | None:
        """The actor a noun phrase names on ``date`` (ISO; None = most recent roles)."""
        if not isinstance(date, str | None):
            return self._looked_up(phrase, date)
        memo = self._lookups
        key = (phrase, date)
        if key in memo:
            return memo[key]
        found = self._looked_up(phrase, date)
        if found is None and "-" in phrase and COUNTED_WORD.search(phrase):
            found = self._looked_up(COUNTED_WORD.sub(r"\1 ", phrase), date)
        if len(memo) >= LOOKUP_MEMO:
            memo.clear()
        memo[key] = found  # an ActorMatch is frozen: the same answer can be handed out again
        return found

    def _looked_up(self, phrase: str, date: Any) -> ActorMatch | None:
        """:meth:`lookup` without its memo: the book's hits for ``phrase``, trimmed of a host,
        a portfolio and a constituency, composed, then read for the posts a phrase qualifies."""
        hits = _without_host(_without_portfolio(self.scan(phrase), phrase), phrase)
        hits = _without_partner(_without_constituency(hits, phrase), phrase)
        hits = _without_owned_unit(hits, phrase)
        day = as_date(date)
        match = _trade_before_firm(_company_post(compose(hits, day), phrase, hits), hits, phrase)
        people = [h for h in hits if h.entry.kind == "person"]
        if day is None and people and match is not None and match.kind == "person":
            # lead's read45: "Tory Party co-chairman Liam Fox" looked up whole, undated
            person = people[-1].entry.person
            assert person is not None
            match = _with_post_named_before(match, person, phrase[: people[-1].start])
        return _shadow_post(_charity(_former_post(match, phrase), hits, phrase), phrase)

    def find_mentions(
        self, text: str, date: str | None = None
    ) -> list[tuple[int, int, ActorMatch]]:
        """Actor mentions in running text as ``(start, end, match)``; ``text[start:end]`` is the
        mention. Adjacent aliases ("Kremlin spokesperson Dmitry Peskov", "the president of
        Russia") form one mention; punctuation or any other word splits them."""
        day = as_date(date)
        mentions = []
        others = self.others_by_surname(text, date)
        firms = firm_acronyms(text)
        for group in _adjacent_groups(text, self.scan(text)):
            if others and _titled_other(text, group, others):
                continue  # "Mr McConnell" after "Jack McConnell": the text's man, not the book's
            if firms and group[0].entry.kind == "country" and group[0].alias in firms:
                continue  # issue #10 actors58: "RSA has a deal" after "security firm RSA"
            match = compose(group, day)
            end = group[-1].end
            charity = _charity(match, group, text)
            if charity is not match and charity is not None:
                found = _advocacy_body(group, text)
                assert found is not None
                match, end = charity, max(end, found[0].end + found[1].end())
            if match is not None:
                mentions.append((group[0].start, end, match))
        return mentions

    def others_by_surname(self, text: str, date: str | None = None) -> frozenset[str]:
        """issue #9/#10 graph22: the surnames (normalised) of people the book knows by their
        surname alone that the text names in full only with another common first name ("Jack
        McConnell", never "Mitch McConnell" nor with an office before the surname, "Senator
        McConnell"): a later courtesy title and surname ("Mr McConnell") is the text's person,
        as the full name is (``_another_first_name``), and so is the bare surname (issue #10
        surname59; a first name of the long table or the unisex list counts too, when it opens
        no sentence)."""
        key = (text, date)
        found = self._others.get(key)
        if found is None:
            # issue #10 surname59: asked of every text (no longer only of one with a courtesy
            # title), a bare surname ("Bennett said" after "Barry Bennett") being the text's
            # person as "Mr Bennett" is; the four stages asking share the memo
            found = self._others_by_surname(text, date)
            if len(self._others) >= OTHERS_MEMO:
                self._others.clear()
            self._others[key] = found
        return found

    def _others_by_surname(self, text: str, date: Any) -> frozenset[str]:
        others: dict[str, int] = {}  # surname -> where the text first names that other in full
        own: set[str] = set()
        for found in FULL_NAME.finditer(text):
            first, surname = found.group(1), normalise_token(found.group(2))
            before = _given_name_kind(first.lower(), text, found.start())
            if before is None:
                role = self.lookup(first, date=date)
                if role is not None and role.kind == "role":
                    before = "role"  # "Senator McConnell", "President Bush": the book's person
                elif foreign_namesake(self, text, found.start(), found.end()):
                    before = "foreign"  # "Brazilian Foreign Minister Aloysio Nunes"
                elif role is None and _given_name_before(text, found.start()):
                    # lead's read51: "former prime minister Rafik Hariri" (a given name no
                    # table holds, after a title or a determiner's words): not Saad Hariri
                    before = "unlisted"
                else:
                    continue
            match = self.lookup(found.group(2), date=date)
            if match is None or match.kind != "person":
                continue
            name = (match.name or "").split()
            if len(name) < 2 or normalise_token(name[-1]) != surname:
                continue
            given = normalise_token(name[0])
            if (
                before == "role"
                or given == first.lower()
                or (before == "uncommon" and _same_given_name(first.lower(), given))
            ):
                own.add(surname)
            else:
                others.setdefault(surname, found.start())
        return NamedOthers({k: v for k, v in others.items() if k not in own})

    def post_named_at(
        self, match: ActorMatch | None, text: str, name_start: int, since: int | None = None
    ) -> ActorMatch | None:
        """``match`` of a person named at ``name_start`` of an undated ``text``, given the post
        the words before the name name ("Tory co-chairman Liam Fox": GBROPP, not his later
        defence post), read from ``since`` (default: ``POST_WINDOW`` characters back); else
        ``match`` as it is."""
        if match is None or match.kind != "person":
            return match
        people = [
            h.entry.person
            for h in self.scan(match.name)
            if h.entry.kind == "person" and h.entry.person and h.entry.person.name == match.name
        ]
        if not people:
            return match
        start = max(0, name_start - POST_WINDOW if since is None else since)
        return _with_post_named_before(match, people[0], text[start:name_start])

    def person_code(self, person: Person, date: str | None) -> tuple[str, str]:
        """``person``'s code on ``date`` and the reason (see :func:`person_role`)."""
        return person_role(person, as_date(date))

    def people_first_named(self, word: str) -> tuple[Person, ...]:
        """issue #9/#10 actors18: the people whose name begins with ``word``, a family name
        the news gives first ("Kim" of "Kim Jong Un" and "Kim Yo Jong")."""
        size, index = self._first_named
        if size != len(self.people):
            index = {}
            for person in self.people.values():
                first = person.name.split(" ", 1)[0]
                if first != person.name:
                    index.setdefault(first, []).append(person)
            index = {k: tuple(v) for k, v in index.items()}
            self._first_named = (len(self.people), index)
        return index.get(word, ())


def named_after_place(hits: Iterable[Hit], name: str, offset: int = 0) -> bool:
    """Whether a person's ``name`` holds a country or a capital and is more than those places
    ("Chad Wolf", "Jordan Peterson", "Sudesh Amman": not that place), from the book's ``hits``
    in a text where ``name`` starts at ``offset``. A place outside the name, or a name that is
    all place words ("Sri Lanka" taken for a person), says no."""
    covered = [False] * len(name)
    found = False
    for hit in hits:
        if hit.entry.kind not in ("country", "metonym"):
            continue
        start, end = hit.start - offset, hit.end - offset
        if start < 0 or end > len(name):
            return False
        found = True
        covered[start:end] = [True] * (end - start)
    pairs = zip(name, covered, strict=True)
    return found and not all(done or char.isspace() for char, done in pairs)


def place_word_of_name(book: ActorBook, name: str, phrase: str) -> bool:
    """issue #9/#10 nameclash34: whether ``phrase`` ("German", "Mike German") is a person's
    name ``name`` or a part of it, and that name holds a country or a capital and is more than
    those places (:func:`named_after_place`): "German said" after "Mike German" is the man, not
    Germany; "Chad Smith", "Georgia Harrison", "Israel Folau" are not Chad, Georgia, Israel."""
    words = name.split()
    if len(words) < 2 or not set(phrase.split()) <= set(words):
        return False
    hits = book.scan(name)
    if len(words) > 2 and any(
        h.start == 0 and h.entry.kind in ("country", "metonym") for h in hits
    ):
        return False  # "Russian Dmitriy Bogdanov", "Wales physio Mark Davies": said of the name
    return named_after_place(hits, name)


# -- composition ----------------------------------------------------------------------------


def _owned_role(hits: list[Hit], person: Hit, code: str) -> ActorMatch | None:
    """issue #9/#10 actors18: a person's name before a role word right after it ("Trump
    voters", "Putin's critics", "Obama administration officials") owns the role: the phrase
    is the role of the person's country (USACVL, RUSOPP, USAGOV), not the person (it was
    USAGOV for "Trump voters")."""
    country = _country_of(code)
    after = [h for h in hits if h.entry.kind == "role" and h.first > person.last]
    if not country or not after or after[0].first != person.last + 1:
        return None
    role = after[-1]
    owned = _append_sector(country, role.entry.code)
    rule = f"{_describe(role)} of person:{person.entry.name} [{code}] before it -> {owned}"
    return ActorMatch(owned, country, _sector_of(owned), role.alias, "role", rule)


def compose(hits: list[Hit], date: str | None) -> ActorMatch | None:
    """Turn the aliases found in one phrase into one actor (the rules in the module doc)."""
    if not hits:
        return None
    if any(h.entry.kind == "party" for h in hits):
        hits, party = _party_head(hits, date)
        if party is not None:
            return party
    people = [h for h in hits if h.entry.kind == "person"]
    notes = [_describe(h) for h in hits]
    if people:
        hit = people[-1]
        person = hit.entry.person
        assert person is not None
        code, why = person_role(person, date)
        titles = [h for h in hits if h.entry.kind == "role" and h.first < hit.first]
        before = [h for h in hits if h.entry.kind != "person" and h.first < hit.first]
        if date is None and before and len(person.roles) > 1:
            # issue #9 actors45: an undated text that titles the person ("Labour leader Sir
            # Keir Starmer", "Foreign Secretary Boris Johnson") speaks of the post it names, not
            # of the person's latest one
            told = _titled_role(person, before[-1].alias)
            if told is not None:
                code = told.code
                why = f"{told.label()} the post the title {before[-1].alias!r} names (no date)"
        if titles and code == person.country and not person.otherwise and person.roles:
            # issue #9/#10 actors11: outside every dated role the book knows, the title the
            # text gives on the day ("Congressman John Conyers", "former President Barack
            # Obama" -> ELI) says more than the country alone
            code = _append_sector(code, titles[-1].entry.code)
            why += f"; the title {titles[-1].alias!r} -> {code}"
        owned = _owned_role(hits, hit, code)
        if owned is not None:
            return owned
        others = [d for h, d in zip(hits, notes, strict=True) if h is not hit]
        rule = f"person:{person.name}[{why}] matched {hit.alias!r}"
        if others:
            rule += " ; person wins over " + ", ".join(others)
        return ActorMatch(code, _country_of(code), _sector_of(code), person.name, "person", rule)

    anchors = [h for h in hits if h.entry.kind in ("country", "organisation", "metonym")]
    roles = [h for h in hits if h.entry.kind in ("role", "descriptor")]
    head = roles[-1] if roles else None
    head = _sector_of_generic_head(roles, head)
    descriptor = None
    if head is not None and head.entry.kind == "descriptor":
        descriptor, head = head, None  # "the NATO military alliance": the body, not a sector
    if anchors:
        anchor = _nearest_anchor(anchors, head) if head else anchors[-1]
        anchor = _envoy_country(anchors, anchor, head)
        entry = anchor.entry
        sector = entry.sector
        base = entry.code
        reason = [_describe(anchor)]
        named = _country_named_with(anchors, anchor)
        if named is not None:
            base = named.entry.code
            reason.append(f"{_describe(named)} names the body's country")
        if entry.person is not None:  # an organisation with dated roles
            base, why = person_role(entry.person, date)
            reason[0] += f"[{why}]"
        if head is not None:
            reason.append(_describe(head))
            if sector and head.entry.code == "GOV" and sector != "GOV":
                reason.append(f"metonym sector {sector} beats generic GOV")
            else:
                sector = head.entry.code
        elif descriptor is not None:
            reason.append(f"{_describe(descriptor)} names the body, no sector")
        code = _append_sector(base, sector)
        rule = " + ".join(reason) + f" -> {code}"
        skipped = [_describe(h) for h in anchors if h is not anchor]
        if skipped:
            rule += " ; not the head: " + ", ".join(skipped)
        kind = entry.kind
        return ActorMatch(
            code, _country_of(code), sector or _sector_of(code), entry.name, kind, rule
        )
    if head is not None:
        code = "---" + head.entry.code
        rule = f"{_describe(head)} with no country -> {code}"
        return ActorMatch(code, None, head.entry.code[:3], head.entry.name, "role", rule)
    return None


# issue #9/#10 whole articles (sixth round): "Tory leader Michael Howard" led the opposition in
# 2005, not the government. A party word before a leader/chairman/spokesman head is a role of
# its own (``actors/parties.tsv``: the party's country and the terms it governed): a leader is
# GOV while the party governs and OPP outside; a chairman or spokesman PTY, outside OPP.
PARTY_HEADS = {
    "leader": "GOV", "leadership": "GOV", "deputy leader": "GOV",
    "chairman": "PTY", "chairwoman": "PTY", "spokesman": "PTY", "spokeswoman": "PTY",
    "spokesperson": "PTY", "general secretary": "PTY",
}  # fmt: skip
# issue #9/#10 actors24: a party's secretary is the party's officer ("the Labour Party general
# secretary"), not the government the "Secretary" of a cabinet post is
PARTY_OFFICES = frozenset({"party", "secretary", "general secretary"})
# issue #9/#10 actors14: the party named alone ("the Tories", "Labour", the table's fourth
# column): PTY while it governs, OPP outside (guideline §13.1, §17)
PARTY_ALONE = "party"
PARTY_SECTORS = {**PARTY_HEADS, PARTY_ALONE: "PTY"}


def index_parties(book: ActorBook, rows: list[list[str]]) -> None:
    """Index "<party word> <head>" ("Tory leader", "Lib Dem chairman") from the party table
    (word, country, governing terms ``from..to`` joined by ``;``, an empty ``to`` = still).
    "<word> Party" forms are rows of their own: "Democratic Party" names parties in Hong Kong
    and South Korea too, so only "Democratic" is the American one. A fourth column lists the
    names, joined by ";", that stand for the party itself ("Tories", "Labour"): a name of a
    word several countries' rows share ("Labour": Britain, New Zealand) has no country of its
    own, and the story's home decides (``events.arguments``)."""
    by_word: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {}  # a later row wins
    names: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {}  # name -> its countries
    for row in rows:
        if len(row) < 2 or not row[0] or not row[1]:
            why = f"actors/parties.tsv: a row needs a word and a country: {row!r}"
            raise RedlineError("ACT005", why)
        terms = []
        for span in (row[2] if len(row) > 2 else "").split(";"):
            if span.strip():
                start, _, end = span.strip().partition("..")
                terms.append((as_date(start) or "", as_date(end) or "9999-12-31"))
        by_word.setdefault(row[0], {})[row[1]] = tuple(terms)
        for name in (n.strip() for n in (row[3] if len(row) > 3 else "").split(";")):
            if name:
                names.setdefault(name, {})[row[1]] = tuple(terms)
    for word, countries in by_word.items():
        for head in PARTY_HEADS:
            entry = Entry("party", word, head, via="party", terms=tuple(countries.items()))
            book.add_alias(f"{word} {head}", entry)
    # a name's countries are those of every row that lists it ("Labour": the British row and
    # the "NZ Labour" row), whatever the rows' words, whose heads stay their own
    for name, countries in names.items():
        book.parties[name] = tuple(countries.items())
        alone = Entry("party", name, PARTY_ALONE, via="party", terms=tuple(countries.items()))
        book.add_alias(name, alone)


def party_code(book: ActorBook, name: str, country: str, date: str | None) -> str | None:
    """issue #9/#10 actors14: the code of the party ``name`` (named alone) in ``country`` on
    ``date`` (PTY while it governs there, OPP outside), None when it is no party there."""
    terms = dict(book.parties.get(name, ())).get(country)
    if terms is None:
        return None
    day = date or TODAY
    governs = any(start <= day < end for start, end in terms)
    return country + ("PTY" if governs else "OPP")


def _out_of_government(hit: Hit) -> Hit:
    """issue #9/#10 actors18: a government role of a party out of government on the date is
    the opposition's ("Lib Dem home affairs spokesman" in 2005: GBROPP, not GBRGOV)."""
    if hit.entry.kind != "role" or hit.entry.code != "GOV":
        return hit
    role = Entry("role", hit.entry.name, "OPP", via="party")
    return Hit(hit.first, hit.last, hit.start, hit.end, hit.alias, role)


def _party_head(hits: list[Hit], date: str | None) -> tuple[list[Hit], ActorMatch | None]:
    """The actor of a party role ("Tory leader" on the article's date), or the hits with each
    party role turned into its country when a person or another role decides ("Labour leader
    Tony Blair" is the prime minister, "Senate Republican leader" a lawmaker)."""
    party = next(h for h in hits if h.entry.kind == "party")
    entry = party.entry
    deciding = ("person", "role", "descriptor")
    others = [h for h in hits if h is not party and h.entry.kind in deciding]
    if entry.code == PARTY_ALONE:  # "the Labour Party": the party alone, "Party" no role
        others = [
            h for h in others if h.entry.kind != "role" or h.alias.lower() not in PARTY_OFFICES
        ]
        hits = [h for h in hits if h in others or h.entry.kind not in deciding]
    countries = {country for country, _ in entry.terms}
    named = [h.entry.code for h in hits if h.entry.kind == "country" and h.entry.code in countries]
    if named:  # "Britain's Tory leader": the country named decides
        countries = {named[-1]}
        entry = Entry(entry.kind, entry.name, entry.code, via=entry.via,
                      terms=tuple(t for t in entry.terms if t[0] == named[-1]))  # fmt: skip
    if others:
        country = next(iter(countries)) if len(countries) == 1 else None
        kept = [h for h in hits if h.entry.kind != "party"]
        if country is not None:
            anchor = Entry("country", country, country, via="party")
            kept.append(Hit(party.first, party.last, party.start, party.end, party.alias, anchor))
            kept.sort(key=lambda h: h.first)
            terms = dict(entry.terms).get(country, ())
            if not any(start <= (date or TODAY) < end for start, end in terms):
                kept = [_out_of_government(h) for h in kept]
        return kept, None
    day = date or TODAY
    sectors = set()
    for _country, terms in entry.terms:
        governs = any(start <= day < end for start, end in terms)
        sectors.add(PARTY_SECTORS[entry.code] if governs else "OPP")
    if entry.code == PARTY_ALONE and len(countries) > 1:
        # "Labour" alone (Britain, New Zealand): a party of no country, whose sector is the
        # country's; the story's home decides (events.arguments), or no one
        where = "/".join(sorted(countries))
        rule = f"party:{entry.name} [{where}] named alone: several countries -> ---PTY"
        return hits, ActorMatch("---PTY", None, "PTY", entry.name, "party", rule)
    if len(sectors) != 1:  # the countries disagree: the head alone, as before the table
        role = Entry("role", entry.code, PARTY_SECTORS[entry.code], via="role")
        head = Hit(party.last, party.last, party.start, party.end, entry.code, role)
        return [head if h is party else h for h in hits], None
    sector = sectors.pop()
    country = next(iter(countries)) if len(countries) == 1 else "---"
    code = country + sector
    state = "in government" if sector != "OPP" else "not in government"
    when = date or "today (no date)"
    where = "/".join(sorted(countries))
    rule = f"party:{entry.name} {entry.code} [{where}] {state} on {when} -> {code}"
    owner = None if country == "---" else country
    return hits, ActorMatch(code, owner, sector, entry.name, "role", rule)


TODAY = "9999-12-30"  # an undated article reads the table as it stands (open terms only)


# issue #9/#10 (unseen BBC): "chief executive of Vodafone Group Plc", "Def Jam Inc's president":
# a company's name (its legal suffix) makes a generic office a business post
COMPANY_NAME = re.compile(
    r"\b[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*\s+(?:Inc|Corp|Corporation|Ltd|Limited|Plc|plc|PLC"
    r"|LLC|Co|Group|Holdings|AG|SA|NV|GmbH)\b\.?"
)
COMPANY_POSTS = frozenset(
    {"president", "vice president", "vice-president", "chief", "head", "chairman",
     "chairwoman", "director", "boss", "leader", "spokesman", "spokeswoman", "spokesperson",
     "official"}
)  # fmt: skip


def _first_names() -> dict[str, str]:
    """Common first names (``quotes/first_names.txt``, name and gender a line), as the
    speakers' table reads them."""
    from redline.quotes.speakers import first_name_genders

    return first_name_genders()


# issue #9/#10 graph22: a courtesy title before a surname ("Mr McConnell", "Ms. Druyun")
COURTESY_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir")
COURTESY_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?\s+$")
# a capitalised word and a surname: "Jack McConnell", "Senator McConnell"
FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][\w'’-]*[a-z])\b")


class NamedOthers(frozenset):
    """issue #10 surname59: :meth:`ActorBook.others_by_surname`'s surnames, with ``at``: where
    the text first names each other person in full (a bare surname is theirs only after it)."""

    at: dict[str, int]

    def __new__(cls, at: dict[str, int]) -> NamedOthers:
        found = super().__new__(cls, at)
        found.at = dict(at)
        return found


def _titled_other(text: str, group: list[Hit], others: frozenset[str]) -> bool:
    """Whether ``group`` is one person's surname alias alone after a courtesy title ("Mr
    McConnell"), a surname the text gives in full with another first name (``others``)."""
    if len(group) != 1:
        return False
    hit = group[0]
    if hit.entry.kind != "person" or hit.first != hit.last:
        return False
    return courtesy_surname_of_other(text, hit.start, hit.end, others)


TITLED_BEFORE = re.compile(
    r"(?:minister|president|leader|premier|chairman|tycoon|billionaire|businessman|founder"
    r"|chief|boss|head|general|officer|spokesman|spokeswoman)\s+$",
    re.IGNORECASE,
)


def _given_name_before(text: str, start: int) -> bool:
    """Whether the capitalised word at ``start`` follows a lower-case title or description
    ("former prime minister Rafik Hariri", "tycoon Oleg Deripaska"): a given name there, even
    one the first-name tables do not hold."""
    return TITLED_BEFORE.search(text, max(0, start - 24), start) is not None


def courtesy_surname_of_other(text: str, start: int, end: int, others: frozenset[str]) -> bool:
    """Whether ``text[start:end]`` is a surname alone, bare or with a courtesy title before it or
    in it ("Mr McConnell", "McConnell said"), that the text gives in full only with another first
    name than the book's person's (``others``: :meth:`ActorBook.others_by_surname`; issue #10
    surname59 added the bare surname)."""
    if not others:
        return False
    words = text[start:end].removesuffix("'s").removesuffix("’s").split()
    if words and words[0].rstrip(".") in COURTESY_TITLES:
        words = words[1:]
    elif COURTESY_BEFORE.search(text, max(0, start - 6), start) is None:
        # issue #10 surname59: a bare surname too, after the other's full name ("Barry
        # Bennett ... Bennett said"; not "Trump's wife Melania ... Melania Trump")
        at = getattr(others, "at", {}).get(normalise_token(words[0])) if len(words) == 1 else None
        return at is not None and at < start
    return len(words) == 1 and normalise_token(words[0]) in others


def _another_first_name(
    raws: list[str],
    words: list[str],
    hits: list[Hit],
    found: Hit,
    index: dict | None = None,
    text: str | None = None,
    tokens: list | None = None,
) -> bool:
    """issue #9 read20: a known person's surname alias right after a capitalised common first
    name that is not the person's own, and that no alias covers, names someone else ("Jack
    McConnell", Scotland's first minister, is no Mitch McConnell; "Eric Trump" no Donald).
    issue #10 surname59: with ``text`` and its ``tokens``, a first name of the long table or
    the unisex list too ("Dana Pruitt"), when it is no form of the person's own given name and
    does not open a sentence ("Will Trump win?")."""
    own = (found.entry.name or "").split()
    if found.entry.kind != "person" or found.first != found.last or len(own) < 2:
        return False
    i = found.first
    if i > 1 and MIDDLE_INITIAL.fullmatch(raws[i - 1]):
        return _other_sex_before_initials(raws, words, hits, i, own[0]) or _other_given_name(
            raws, words, hits, found, own[0], index or {}
        )
    if not i or not raws[i - 1][:1].isupper() or not raws[i - 1].isalpha():
        return False
    if hits and hits[-1].last >= i - 1:
        return False  # the word before is some alias's
    if words[i - 1] == normalise_token(own[0]):
        return False
    at = tokens[i - 1].start() if text is not None and tokens is not None else None
    kind = _given_name_kind(words[i - 1], text if at is not None else None, at or 0)
    if kind == "uncommon" and _same_given_name(words[i - 1], normalise_token(own[0])):
        return False  # "Charles E. Grassley"'s "Chuck": a form of the person's own name
    return kind is not None


# issue #10 surname59: capitalised words of the long first-name table that open a question or
# a clause as often as a name ("Will Trump win?", "Said Trump: ..."): at the start of a text
# or phrase they are never read as another person's given name
SENTENCE_WORDS = frozenset({"will", "may", "can", "said", "so", "says", "must", "might"})
# what ends a sentence or opens a quotation or a line before a word
SENTENCE_BREAK = re.compile(r"(?:[.!?:;\"“”‘’'(\[—–-]|\n)\s*\Z")


def _opens_sentence(text: str, start: int, word: str) -> bool:
    """Whether the word at ``start`` opens ``text``'s sentence, clause or quotation (a modal or
    a verb there: "Will Trump win?"); at the very start of ``text`` (a phrase looked up alone,
    "Dana Pruitt") only the words of ``SENTENCE_WORDS`` count as opening one."""
    before = text[max(0, start - 8) : start]
    if not before.strip() and start < 8:
        return word in SENTENCE_WORDS
    return SENTENCE_BREAK.search(before) is not None


def _given_name_kind(word: str, text: str | None, start: int = 0) -> str | None:
    """How a capitalised word (normalised) before a surname at ``start`` of ``text`` reads as a
    given name: "first", a hand-list name, unless one of ``SENTENCE_WORDS`` opening a sentence
    ("Will Trump win?"); "uncommon", a name of the long table or the either-sex list opening no
    sentence ("Dana Pruitt", issue #10 surname59); else None. Without ``text`` only the hand
    list counts."""
    if word in _first_names():
        if word in SENTENCE_WORDS and text is not None and _opens_sentence(text, start, word):
            return None
        return "first"
    if text is not None and _uncommon_first_name(word) and not _opens_sentence(text, start, word):
        return "uncommon"
    return None


def _uncommon_first_name(word: str) -> bool:
    """issue #10 surname59: ``word`` (normalised) is a first name of the long table
    (``common_first_name_genders``) or of the either-sex list, which the hand list lacks."""
    from redline.quotes.speakers import common_first_name_genders

    return word in common_first_name_genders() or word in _either_sex_first_names()


def _either_sex_first_names() -> frozenset[str]:
    from redline.quotes.speakers import either_sex_first_names

    return either_sex_first_names()


# a middle initial between a given name and a surname ("Diane D. Blair")
MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def _other_sex_before_initials(
    raws: list[str], words: list[str], hits: list[Hit], i: int, own: str
) -> bool:
    """issue #10 names42: "Diane D. Blair" is not Tony Blair: a given name before middle
    initials and a person's surname alias, of the other sex than the person's given name (a
    form of the person's own given name, "Charles E. Grassley" for Chuck Grassley, is of the
    same sex and stays the person)."""
    from redline.quotes.speakers import common_first_name_genders

    j = i - 1
    while j > 0 and MIDDLE_INITIAL.fullmatch(raws[j]):
        j -= 1
    if not raws[j][:1].isupper() or not raws[j].isalpha() or (hits and hits[-1].last >= j):
        return False
    sexes = common_first_name_genders()
    given, person = sexes.get(words[j]), sexes.get(normalise_token(own))
    return given is not None and person is not None and given != person


# issue #9 web49: the common English pet forms of a given name whose spelling does not begin
# as the name does ("Bill" Clinton is William J. Clinton, "Jim" Mattis James N. Mattis); a
# form that shares the name's first two letters ("Mike"/"Michael", "Chuck"/"Charles") needs
# no row
PET_FORMS = {
    "bill": "william", "billy": "william", "will": "william", "bob": "robert", "bobby": "robert",
    "rob": "robert", "bert": "robert", "dick": "richard", "rick": "richard", "ted": "edward",
    "ned": "edward", "tony": "anthony", "jim": "james", "jimmy": "james", "jack": "john",
    "johnny": "john", "hank": "henry", "harry": "henry", "peggy": "margaret", "maggie":
    "margaret", "betsy": "elizabeth", "beth": "elizabeth", "liz": "elizabeth", "betty":
    "elizabeth", "sandy": "alexander", "alex": "alexander", "sasha": "alexander", "beto":
    "robert", "mitch": "addison", "newt": "newton", "chuck": "charles", "chip": "charles",
    "jeb": "john", "kit": "christopher", "nancy": "anne", "polly": "mary", "molly": "mary",
    "sally": "sarah", "wes": "wesley", "bud": "william",
}  # fmt: skip


def _same_given_name(word: str, own: str) -> bool:
    """Whether two given names may be one person's ("Michael" and "Mike", "William" and
    "Bill"): the same first two letters, or a pet form of the other."""
    if word[:2] == own[:2]:
        return True
    return PET_FORMS.get(word) == own or PET_FORMS.get(own) == word


def _other_given_name(
    raws: list[str], words: list[str], hits: list[Hit], found: Hit, own: str, index: dict
) -> bool:
    """issue #9 web49: "Jonathan P. Blair", a man arrested in Indiana, is not Tony Blair: a
    common first name before middle initials and a person's surname alias, of the same sex
    as the person's, names someone else when it is no form of the person's given name and no
    alias of the person joins it to the surname ("Charles E. Grassley" is Chuck Grassley, whose
    aliases hold "Charles Grassley"; "William J. Clinton" is Bill Clinton)."""
    j = found.first - 1
    while j > 0 and MIDDLE_INITIAL.fullmatch(raws[j]):
        j -= 1
    if not raws[j][:1].isupper() or not raws[j].isalpha() or (hits and hits[-1].last >= j):
        return False
    given = words[j]
    if given not in _first_names() or _same_given_name(given, normalise_token(own)):
        return False
    surname = words[found.first : found.last + 1]
    meanings = index.get((given, *surname), ())
    return not any(entry.person is found.entry.person for entry, _ in meanings)


# issue #10 family27: the suffixes that tell a son from his father ("Donald Trump Jr.");
# "II" is left out, a monarch's numeral as often ("King Abdullah II")
GENERATION_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "III", "IV"})


def _generation_after(raws: list[str], found: Hit) -> bool:
    """issue #10 family27: a person's alias right before a generational suffix that the alias
    does not hold is another man of the family ("Donald Trump Jr.", "Trump Jr." are not Donald
    Trump); a person who carries the suffix himself has it in an alias ("Joseph R. Biden
    Jr.", matched whole as the longer alias)."""
    if found.entry.kind != "person":
        return False
    after = found.last + 1
    return after < len(raws) and raws[after] in GENERATION_SUFFIXES


# issue #9 read24: the courtesy titles that go with a surname alone, and the offices one is
# addressed by after them ("Mr President", "Madam Speaker")
SURNAME_COURTESY = frozenset({"Mr", "Mrs", "Ms", "Miss"})
FORMS_OF_ADDRESS = frozenset(
    {"president", "speaker", "chairman", "chairwoman", "chair", "mayor", "secretary",
     "ambassador", "minister", "commissioner", "governor", "senator", "justice", "chancellor",
     "premier", "prime", "deputy", "vice", "attorney", "foreign", "home"}
)  # fmt: skip


def _surname_role(raws: list[str], words: list[str], hits: list[Hit], found: Hit) -> bool:
    """issue #9/#10 actors18: a one-word role, capitalised, right after a common first name
    that no alias covers and before no capitalised word, is a surname ("Foreign Minister
    Julie Bishop" is no bishop, "Rep. Steve King" no king; "Catholic Bishop Kevin Dowling"
    and "Major General James Mattis" keep their titles)."""
    if found.entry.kind != "role" or found.first != found.last or not found.first:
        return False
    i = found.first
    if not raws[i][:1].isupper() or not raws[i - 1][:1].isupper():
        return False
    if raws[i - 1].rstrip(".") in SURNAME_COURTESY and words[i] not in FORMS_OF_ADDRESS:
        # issue #9 read24: a courtesy title makes the role word a surname ("Ms King" is the
        # Labour MP Oona King, no king; "Mr Bishop", "Mrs Judge"); "Mr President" and "Mr
        # Speaker" address the office
        return True
    if hits and hits[-1].last >= i - 1:
        return False  # the word before is some alias's ("Jordan", "Chad")
    if i + 1 < len(raws) and raws[i + 1][:1].isupper():
        return False
    return words[i - 1] in _first_names()


def _first_name_after_title(
    text: str, raws: list[str], words: list[str], hits: list[Hit], found: Hit, firsts: frozenset
) -> bool:
    """issue #9/#10 actors13: a capital or country of one word right after a title the book
    knows ("Mayor", "Governor") and right before a capitalised word the book does not know
    ("Reyes") opens a person's name ("Mayor Sofia Reyes" is no Bulgarian mayor)."""
    if found.entry.kind not in ("country", "metonym") or found.first != found.last:
        return False
    if found.entry.via not in ("name", "capital"):
        return False
    if not hits or hits[-1].entry.kind != "role" or hits[-1].last != found.first - 1:
        return False
    after = found.last + 1
    if after >= len(raws) or not raws[after][:1].isupper() or not raws[after].isalpha():
        return False
    if words[after] in firsts or text[found.end : found.end + 1] != " ":
        return False
    return text.find(raws[after], found.end) == found.end + 1


_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][a-z]+ ){1,2}$")
_CAPITALISED_AFTER = re.compile(r" [A-Z][a-z]+")


# issue #9/#10 actors22: a capitalised "Hospital" right after a country adjective makes the two
# one proper name, the hospital's, which another country's aid built ("the Indonesian Hospital"
# in Gaza, "the Jordanian Field Hospital"); an embassy or an army is the country's own, and a
# university is left alone ("American University professor" in Washington is American)
INSTITUTION_NAME = re.compile(r" (?:Field |Friendship )?Hospital\b")


def _inside_region(text: str, hit: Hit) -> bool:
    """issue #9 actors: "New South Wales" is not Wales, "British Columbia" not Britain: a
    country's name or adjective that is part of a longer place name, which the gazetteer knows
    as a region or large city of another country, names no country actor."""
    from redline.enrich.places import region_of_several_countries, region_or_city_country

    names = []
    before = _CAPITALISED_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if before is not None:
        words = before.group().split()
        names += [" ".join(words[k:] + [hit.alias]) for k in range(len(words))]
    after = _CAPITALISED_AFTER.match(text, hit.end)
    if after is not None:
        names.append(hit.alias + after.group())
    for name in names:
        country = region_or_city_country(name)
        if country and country != hit.entry.code[:3]:
            return True
        # lead's read52: "markets such as Latin America", "Latin American investors" are
        # no United States
        if region_of_several_countries(name.removesuffix("n") if name.endswith("an") else name):
            return True
    return False


# issue #10 actors58: "Ken Mayland, president of ClearView Economics": a generic office of a
# named body the book does not know, which is no place and no public body, is no government's
# post; a firm's word in the name makes it a business post
OF_BODY = re.compile(
    r"\b(?:of|at)\s+(?:the\s+)?([A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|for|&)){0,6})"
)
PUBLIC_BODY_WORDS = re.compile(
    r"\b(?:Administration|Agency|Department|Ministry|Commission|Committee|Council|Authority"
    r"|Service|Services|Bureau|Office|Board|Court|Senate|Assembly|Parliament|Police|Army|Navy"
    r"|Force|Forces|Guard|Reserve|Government|Republic|States?|Party|Congress|House|Cabinet"
    r"|Directorate|Secretariat|Tribunal|Corps|Command|Kingdom|Federation|Union|Chamber"
    r"|Staff|Chiefs|Nation|Nations|Province|County|City|Region|Council|Institute|Fund"
    r"|Organi[sz]ation|Conference|League|Movement|Front|Alliance|Coalition|Caucus)\b"
)
FIRM_NAME_WORDS = re.compile(
    r"\b(?:Economics|Partners|Capital|Associates|Advis[eo]rs|Consulting|Consultants|Securities"
    r"|Investments?|Ventures|Management|Financial|Analytics|Strategies|Brothers|Industries"
    r"|Technologies|Motors|Airlines|Airways|Pharmaceuticals|Entertainment|Studios|Bancorp"
    r"|Asset|Assets|Equity|Equities|Markets|Trading|Realty|Properties)\b"
)


# issue #10 actors58: "Miner Highland Gold said", "gold miner Polymetal": a trade's worker noun
# right before a name that is no person's is the firm of that trade (BUS), not its workers (LAB)
FIRM_TRADES = frozenset({"miner", "miners"})
NAME_AFTER = re.compile(r"\s+([A-Z][\w&.'’-]*)")


def _trade_before_firm(match: ActorMatch | None, hits: list[Hit], phrase: str) -> ActorMatch | None:
    """A trade noun before a firm's name (not a person's) is the business."""
    if match is None or match.kind != "role" or match.sector != "LAB" or len(hits) != 1:
        return match
    role = hits[0]
    if role.alias.lower() not in FIRM_TRADES:
        return match
    after = NAME_AFTER.match(phrase, role.end)
    if after is None or after.group(1).lower() in _first_names():
        return match  # "coal miner John Hale": a miner
    code = match.code[:3] + "BUS"
    rule = f"{match.rule} ; {role.alias!r} before the name {after.group(1)!r}: a firm -> {code}"
    return ActorMatch(code, match.country, "BUS", match.name, match.kind, rule)


UNCODED_POST_OF = re.compile(
    r"\b(head|director|executive director|managing director|founder|chief executive|chairman"
    r"|chairwoman|president)(?=\s+of\s)"
)
THINK_TANK_WORDS = re.compile(r"\b(?:Policy|Studies|Strategic|Progress|Enterprise|Research)\b")
THINK_TANK_HEADS = re.compile(r"\b(?:Center|Centre|Institute|Institution|Foundation)\b")


def _unknown_body_post(match: ActorMatch, phrase: str, hits: list[Hit]) -> ActorMatch | None | bool:
    """A generic office's reading when the body its "of" names is unknown: a business post for
    a firm's name ("president of ClearView Economics"), None for another body ("head of the
    Harlow Trust"), False to keep the office."""
    role = next((h for h in hits if h.entry.kind == "role" and h.entry.code == match.code), None)
    found = OF_BODY.search(phrase, role.end if role is not None else 0)
    if found is None or any(h.start >= found.start() for h in hits):
        return False
    name = found.group(1).strip()
    if "'" in name or "’" in name:
        return False
    if THINK_TANK_WORDS.search(name) and THINK_TANK_HEADS.search(name):
        # "head of the Tax Policy Center": a think tank (guideline §12.8, §22.1: NGO)
        code = match.code[:3] + "NGO"
        rule = f"{match.rule} ; of {name!r}, a think tank: its post -> {code}"
        return ActorMatch(code, match.country, "NGO", match.name, match.kind, rule)
    if PUBLIC_BODY_WORDS.search(name):
        return False
    from redline.enrich.places import lookup_place

    if lookup_place(name) is not None:
        return False  # "president of Catalonia", "head of Lagos state"
    if FIRM_NAME_WORDS.search(name):
        code = match.code[:3] + "BUS"
        rule = f"{match.rule} ; of {name!r}, a firm's name: a business post -> {code}"
        return ActorMatch(code, match.country, "BUS", match.name, match.kind, rule)
    return None


def _company_post(match: ActorMatch | None, phrase: str, hits: list[Hit] = ()) -> ActorMatch | None:
    """A generic office ("president", "chief") of a named company is a business post."""
    if match is None and not hits and (post := UNCODED_POST_OF.search(phrase)) is not None:
        # "Roberta Mills, head of the Tax Policy Center": a post the book codes no sector for
        name = post.group(1).lower()
        bare = ActorMatch("---", None, None, name, "role", f"role:{name!r} with no sector")
        unknown = _unknown_body_post(bare, phrase[post.start() :], [])
        return unknown if isinstance(unknown, ActorMatch) else None
    if match is None or match.kind != "role" or match.sector != "GOV":
        return match
    if (match.name or "").lower() not in COMPANY_POSTS:
        return match
    found = COMPANY_NAME.search(phrase)
    if found is None:
        if not hits or match.code[:3] != "---":
            return match
        unknown = _unknown_body_post(match, phrase, list(hits))
        return match if unknown is False else unknown
    code = match.code[:-3] + "BUS"
    rule = f"{match.rule} ; company {found.group(0)!r}: a business post -> {code}"
    return ActorMatch(code, match.country, "BUS", match.name, match.kind, rule)


# issue #9/#10 actors11: "the former U.S. national security adviser", "a former White House
# official", "ex-FBI chief": one who held an office and holds it no more is an elite (ELI), as
# "former president" is; "former" may stand before the body's name, never before another noun
# ("the former Soviet republic's president" still governs).
FORMER = re.compile(r"(?i)\b(?:former|ex-|onetime|one-time)\s*((?:[A-Z][\w.&\-]*\s+)*)")
OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# "a retired general", "Retired U.S. Air Force Gen.": retired as a title before the rank, not the
# verb ("who retired in 2015", "retired from the Army last year")
RETIRED_OFFICER = re.compile(
    r"(?i)(?<![\w-])retired\s+(?!from\b|in\b|on\b|at\b|after\b|last\b|this\b|to\b|as\b|early\b)"
)
FORMER_OFFICER = re.compile(
    r"(?i)\b(?:director|official|chief|head|president|secretary|envoy|adviser|advisor"
    r"|economist|spokesman|spokeswoman|executive|chairman|member|staffer)\b"
)


def served_no_more(match: ActorMatch | None, phrase: str) -> bool:
    """lead's read51: whether ``phrase`` names a former officer of the international body
    ``match`` ("a US banker and former International Monetary Fund director", "a former UN
    official"): one who serves it no more is not that body."""
    if match is None or match.kind != "organisation" or match.code[:3] not in ("IGO", "NGO"):
        return False
    found = FORMER.search(phrase)
    return found is not None and FORMER_OFFICER.search(phrase, found.end()) is not None


# issue #10 actors58: "a former NBC host", "a former Enron executive": an occupation held no
# more gives the person no sector, only the country (guideline §15.6); former office-holders
# are the elite (above)
OCCUPATION_SECTORS = frozenset({"BUS", "MED", "LAB", "EDU", "HLH", "REL", "AGR"})
OCCUPATION_AFTER = re.compile(r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*\Z")


def _former_occupation(match: ActorMatch | None, phrase: str) -> ActorMatch | None:
    """The bare country of a former occupation at a body of a country ("a former CNN anchor"
    -> USA), else None."""
    if match is None or match.kind not in ("metonym", "country") or not match.sector:
        return None
    if match.sector not in OCCUPATION_SECTORS or match.code[:3] == "---":
        return None
    found = FORMER.search(phrase)
    if found is None or not found.group(1).strip():
        return None
    if not OCCUPATION_AFTER.match(phrase, found.end()):
        return None  # "the former Enron", "former CNN President ...": no occupation word
    code = match.code[:3]
    rule = f"{match.rule} ; {found.group(0).strip()!r}: an occupation held no more -> {code}"
    return ActorMatch(code, match.country, None, match.name, match.kind, rule)


def _former_post(match: ActorMatch | None, phrase: str) -> ActorMatch | None:
    """A body's office held no more ("former U.S. national security adviser") -> ELI."""
    if served_no_more(match, phrase):
        return None
    if (occupation := _former_occupation(match, phrase)) is not None:
        return occupation
    if match is None or match.sector not in OFFICE_SECTORS:
        return match
    if (
        match.kind == "person"
        and "; the title " not in match.rule
        and " the post the title " not in match.rule
    ):
        return match  # a person the book places on the day: their own office
    found = FORMER.search(phrase)
    if found is None:
        retired = RETIRED_OFFICER.search(phrase) if match.sector == "MIL" else None
        if retired is None:
            return match
        # issue #10 actors55: "retired Air Force general Lloyd Newton", "Retired U.S. Army Gen.":
        # a command held no more, the elite as a former official (guideline §29.4)
        code = match.code[:3] + "ELI"
        rule = f"{match.rule} ; {retired.group(0).strip()!r}: a command held no more -> {code}"
        return ActorMatch(code, match.country, "ELI", match.name, match.kind, rule)
    rest = phrase[found.end() :].lower()
    role = (match.name or "").lower() if match.kind == "role" else None
    words = rest.split()
    if not words or (role is not None and not rest.startswith(role)):
        return match
    if any(w.endswith(("'s", "’s")) for w in found.group(1).split()):
        return match  # "former Iraq's ...": "former" is not the office's
    code = match.code[:3] + "ELI"
    rule = f"{match.rule} ; {found.group(0).strip()!r}: an office held no more -> {code}"
    return ActorMatch(code, match.country, "ELI", match.name, match.kind, rule)


# issue #9 precision: heads that name a rank, not a sector: "a union leader" leads a union (LAB),
# "a company spokesman" speaks for a business, not for a government
GENERIC_HEADS = frozenset(
    {"leader", "leadership", "official", "chief", "head", "spokesman", "spokeswoman",
     "spokesperson", "boss", "representative", "general secretary"}
)  # fmt: skip
# issue #9/#10 (unseen BBC): "the company's president", "the union's chairman": offices every
# body has, read as that body's sector only after a role word that is not the government's
BODY_OFFICES = frozenset(
    {"president", "vice president", "vice-president", "chairman", "chairwoman", "director"}
)
BODY_SECTORS = frozenset({"BUS", "LAB", "EDU", "MED", "NGO", "HLH", "REL", "AGR"})


def _sector_of_generic_head(roles: list[Hit], head: Hit | None) -> Hit | None:
    """The role right before a generic GOV head ("union" in "union leader") gives the sector."""
    if head is None or len(roles) < 2 or head.entry.code != "GOV":
        return head
    before = roles[-2]
    office = head.entry.name.lower() in BODY_OFFICES and before.entry.code in BODY_SECTORS
    if head.entry.kind != "role" or (not _generic(head.alias) and not office):
        return head
    if before.entry.kind == "role" and before.entry.code != "GOV" and head.first - before.last <= 1:
        return before
    return head


def _generic(alias: str) -> bool:
    """Whether a role word is a generic head, singular or in the plural the book indexes roles
    by (``plural_forms``: "trade union leaders", "union spokesmen", "company spokespeople",
    "the unions' general secretaries")."""
    word = alias.lower()
    return any(word in plural_forms(head) for head in GENERIC_HEADS)


# issue #9 precision: "the Malaysian U.N. ambassador", "the Uruguayan U.N. mission": a country's
# envoy to an organisation speaks for the country
ENVOY_HEADS = frozenset(
    {"ambassador", "envoy", "mission", "delegation", "delegate", "representative", "diplomat",
     "permanent representative", "deputy ambassador"}
)  # fmt: skip


# issue #9 lead's reading 17 (actors19): "China's ambassador to Britain Liu Xiaoming": the
# country an envoy is sent *to* is the host, never the envoy's own ("ambassador of France",
# "the envoy from Pakistan" still are theirs)
HOST_WORDS = re.compile(r"(?i)^\s*to\s+(?:the\s+)?$")


def _without_host(hits: list[Hit], phrase: str) -> list[Hit]:
    """``hits`` less a country or body named as the host of an envoy head right before it."""
    out = []
    for i, hit in enumerate(hits):
        before = hits[i - 1] if i else None
        if (
            before is not None
            and hit.entry.kind in ("country", "organisation", "metonym")
            and before.entry.kind == "role"
            and (before.alias.lower() in ENVOY_HEADS or before.entry.name.lower() in ENVOY_HEADS)
            and HOST_WORDS.match(phrase[before.end : hit.start])
        ):
            continue
        out.append(hit)
    return out


# issue #9 bugs23: "the Refugee Council", "the Children's Society", "the Patients Association":
# a capitalised body word after the people a charity speaks for names the charity (NGO), not
# those people (REF) nor, with "Chief Executive" after it, a business
ADVOCACY_BODY = re.compile(
    r"^(?:['’]s?)?\s*(?:Council|Trust|Society|Association|Alliance|Foundation|Action|Forum|Watch"
    r"|Network|Fund|Aid|Concern|Advice|Federation)\b"
)
ADVOCATED = frozenset({"REF", "CVL", "HRI", "HLH", "ENV"})


def _advocacy_body(hits: list[Hit], text: str) -> tuple[Hit, re.Match[str]] | None:
    """The public-role hit a charity's name is built on, with the body word after it."""
    for hit in hits:
        if hit.entry.kind != "role" or hit.entry.code not in ADVOCATED:
            continue
        if not hit.alias[:1].isupper():
            continue
        found = ADVOCACY_BODY.match(text[hit.end :])
        if found is not None:
            return hit, found
    return None


def _charity(match: ActorMatch | None, hits: list[Hit], text: str) -> ActorMatch | None:
    """``match``, or the NGO a charity's name ("Refugee Council") makes of a role phrase."""
    if match is None or match.kind not in ("role", "country"):
        return match
    found = _advocacy_body(hits, text)
    if found is None:
        return match
    hit, body = found
    code = (match.country or "---") + "NGO"
    name = text[hit.start : hit.end + body.end()]
    rule = f"{_describe(hit)} + {body.group(0).strip()!r}: a charity's name {name!r} -> {code}"
    return ActorMatch(code, match.country, "NGO", name, "role", rule)


# issue #9 bugs23: "the shadow foreign minister", "shadow culture secretary Tessa Keswick": a
# Westminster opposition front-bencher shadows the office, and does not hold it (was ---GOV, or
# nothing at all for a portfolio the roles do not list)
SHADOW_POST = re.compile(
    r"(?i)\bshadow\s+(?:[\w-]+\s+){0,4}?(?:secretary|minister|chancellor|spokes(?:wo)?man"
    r"|attorney[\s-]general|solicitor[\s-]general|cabinet)s?\b"
)
SHADOWED = frozenset({"GOV", "GOVMIL", "JUD", ""})


def _shadow_post(match: ActorMatch | None, phrase: str) -> ActorMatch | None:
    """An office shadowed by the opposition ("the shadow foreign minister") -> OPP."""
    found = SHADOW_POST.search(phrase)
    if found is None:
        return match
    if match is not None and (match.kind == "person" or (match.sector or "") not in SHADOWED):
        return match
    country = match.country if match is not None else None
    code = (country or "---") + "OPP"
    why = f"{match.rule} ; " if match is not None else ""
    rule = f"{why}{found.group(0)!r}: an opposition front-bencher -> {code}"
    return ActorMatch(code, country, "OPP", found.group(0), "role", rule)


# issue #9 bugs23: "MP for Bolton West", "the Labour MP for Birkenhead": the words after "MP
# for" name a constituency (a place at home), not an actor (it was John Bolton, USAGOV)
CONSTITUENCY = re.compile(r"^\s+for\s+[A-Z]")
SEAT_HOLDERS = frozenset({"mp", "mps", "member of parliament", "msp", "mep"})


# the capitalised body word that ends a name such as "U.S.-China Economic and Security Review
# Commission" (no entry of the book's): the pair before it is owner and partner
PARTNER_BODY = re.compile(
    r"\s(?:[A-Z][\w.&'’-]*\s+|and\s+|of\s+)*?(?:Commission|Council|Committee|Foundation|Institute"
    r"|Chamber of Commerce|Chamber|Association|Forum|Society|Center|Centre|Board|Fund)\b"
)


PAIR_PART_RE = re.compile(r"[^\W_]+(?:[.'’&][^\W_]+)*\.?")


def _country_pairs_split(
    text: str, tokens: list[re.Match], raws: list[str], index: dict
) -> tuple[list[re.Match], list[str]]:
    """``tokens`` (and ``raws``, their texts) with a hyphenated pair of countries cut into its
    names: "Japan-U.S. talks", "the Russia-Ukraine war", "India-Pakistan border" (the token
    pattern joins words at a hyphen, so only a pair whose first name ends in a stop,
    "U.S.-China", was found). Only a token whose every part is capitalised and one part a
    country is cut: "Saudi-led", "pro-Russian" and "Al-Qaeda" stay whole. Only the hyphenated
    tokens are looked at, found from their texts (issue #9 speed53: a whole article was walked
    token by token for its few hyphens); with none cut, the very lists given come back."""
    cuts: dict[int, list[re.Match]] = {}
    for i in [i for i, raw in enumerate(raws) if "-" in raw]:
        raw, token = raws[i], tokens[i]
        parts = list(PAIR_PART_RE.finditer(text, token.start(), token.end()))
        if (
            len(parts) > 1
            and (normalise_token(raw),) not in index
            and all(part.group()[:1].isupper() for part in parts)
            and any(
                entry.kind == "country"
                for part in parts
                for entry, _ in index.get((normalise_token(part.group()),), ())
            )
        ):
            cuts[i] = parts
    if not cuts:
        return tokens, raws
    out: list[re.Match] = []
    for i, token in enumerate(tokens):
        if i in cuts:
            out.extend(cuts[i])
        else:
            out.append(token)
    return out, list(map(_GROUP, out))


def _without_partner(hits: list[Hit], phrase: str) -> list[Hit]:
    """``hits`` less the second country of a hyphenated pair that names a body ("the U.S.-China
    Economic and Security Review Commission", "the U.S.-China Business Council"): the body is the
    first country's, the second its partner's (it was the last country named: CHNGOV). A pair
    alone ("U.S.-China talks", no body word after it) keeps both, as before."""
    for i in range(len(hits) - 1):
        first, second = hits[i], hits[i + 1]
        if (
            first.entry.kind == "country"
            and second.entry.kind == "country"
            and phrase[first.end : second.start] in ("-", "–")
            and (
                (i + 2 < len(hits) and hits[i + 2].entry.kind in ("organisation", "role"))
                or PARTNER_BODY.search(phrase, second.end)
            )
        ):
            return hits[: i + 1] + hits[i + 2 :]
    return hits


# issue #9 health29: "the company's cable division", "Sony's electronics division", "the
# Justice Department's civil rights division": a unit every body has belongs to the body named
# before it with a possessive; it is the military's only when that body is ("the army's 5th
# Division") or none is ("a company of the 82nd Airborne Division", "a Russian tank division")
BODY_UNITS = frozenset({"division"})


# issue #10 actors58: "The Cyber Security Division", "the Criminal Division": a unit's own name
# of capitalised words is no army's unit unless a word of the name is a soldier's (or it is
# numbered: "the 82nd Airborne Division")
MILITARY_UNIT_WORDS = frozenset(
    {"airborne", "infantry", "armoured", "armored", "armour", "armor", "marine", "marines",
     "panzer", "mountain", "cavalry", "guards", "guard", "tank", "rifle", "artillery", "army",
     "motorised", "motorized", "mechanised", "mechanized", "air", "assault", "commando",
     "division", "divisions", "ss", "waffen", "light", "special"}
)  # fmt: skip
UNIT_NAME_BEFORE = re.compile(r"((?:[A-Z][\w-]*\s+){1,4})\Z")


def _named_civil_unit(hits: list[Hit], phrase: str) -> bool:
    """Whether the last hit, a unit head, ends a name of capitalised civil words."""
    last = hits[-1]
    if not phrase[last.start : last.end][:1].isupper():
        return False
    before = UNIT_NAME_BEFORE.search(phrase[: last.start])
    if before is None or any(h.end > before.start() for h in hits[:-1]):
        return False
    words = before.group(1).split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and not any(
        w.lower() in MILITARY_UNIT_WORDS or w[:1].isdigit() for w in words
    )


def _without_owned_unit(hits: list[Hit], phrase: str) -> list[Hit]:
    """``hits`` less a unit head ("division") owned by a body of another sector."""
    if not hits or hits[-1].entry.kind != "role" or hits[-1].entry.name.lower() not in BODY_UNITS:
        return hits
    if _named_civil_unit(hits, phrase):
        return hits[:-1]
    owners = [
        h
        for h in hits[:-1]
        if h.entry.kind in ("role", "organisation", "metonym")
        and phrase.startswith(("'", "’"), h.end)
    ]
    if not owners:
        return hits
    owner = owners[-1].entry
    sector = owner.code if owner.kind == "role" else owner.sector or owner.code[3:]
    return hits if not sector or "MIL" in sector else hits[:-1]


def _without_constituency(hits: list[Hit], phrase: str) -> list[Hit]:
    """``hits`` up to an "MP for" whose constituency follows."""
    for i, hit in enumerate(hits):
        if (
            hit.entry.kind == "role"
            and hit.alias.lower() in SEAT_HOLDERS
            and CONSTITUENCY.match(phrase[hit.end :])
        ):
            return hits[: i + 1]
    return hits


# issue #9/#10 actors19: "Liberal Democrat spokeswoman for women", "the minister for refugees":
# people a post is *for* are its portfolio, not the post's holder (was CVL, the last role word)
PORTFOLIO_WORDS = re.compile(r"(?i)^\s*for\s+(?:the\s+)?$")
PORTFOLIO_SECTORS = frozenset({"CVL", "REF"})


def _without_portfolio(hits: list[Hit], phrase: str) -> list[Hit]:
    """``hits`` less a public role ("women") named as the portfolio of a role before it."""
    out: list[Hit] = []
    for hit in hits:
        post = out[-1] if out else None
        if (
            post is not None
            and post.entry.kind in ("role", "party")
            and hit.entry.kind == "role"
            and hit.entry.code in PORTFOLIO_SECTORS
            and PORTFOLIO_WORDS.match(phrase[post.end : hit.start])
        ):
            continue
        out.append(hit)
    return out


# (lead review) the words of a body name many countries give their own body ("Securities and
# Exchange Commission", "Centers for Disease Control"); a name without one ("White House",
# "Pentagon", "Walmart") is one country's whatever country is named before it
GENERIC_BODY_WORDS = frozenset(
    {"commission", "agency", "authority", "office", "service", "administration", "bureau",
     "board", "council", "centers", "centres", "center", "centre", "institute", "institutes",
     "inspectorate", "regulator", "department", "ministry", "corporation", "directorate"}
)  # fmt: skip


def _country_named_with(anchors: list[Hit], anchor: Hit) -> Hit | None:
    """issue #9/#10 bodies29: another country named just before a body the book files under
    one country ("the Pakistani SEC", "Nigeria's Securities and Exchange Commission") is the
    body's country; the body keeps its sector."""
    if anchor.entry.kind != "metonym" or anchor.entry.via != "metonym":
        return None
    words = anchor.alias.replace(".", "")
    if not words.isupper() and GENERIC_BODY_WORDS.isdisjoint(words.lower().split()):
        return None  # "Israel's White House meeting", "Saudi Pentagon contracts": the US's
    before = [a for a in anchors if a.last == anchor.first - 1 and a.entry.kind == "country"]
    if not before or before[-1].entry.code == anchor.entry.code:
        return None
    return before[-1]


def _envoy_country(anchors: list[Hit], anchor: Hit, head: Hit | None) -> Hit:
    if head is None or anchor.entry.kind != "organisation":
        return anchor
    if head.alias.lower() not in ENVOY_HEADS and head.entry.name.lower() not in ENVOY_HEADS:
        return anchor
    countries = [a for a in anchors if a.entry.kind == "country" and a.last < anchor.first]
    return countries[-1] if countries else anchor


# characters before a name read for the post it names (lead's read45)
POST_WINDOW = 60
# the words between a post and a name ("Labour leader Sir Keir Starmer")
BETWEEN_POST_AND_NAME = HONORIFICS | {"baroness", "the"}


def _post_named_before(person: Person, before: str) -> Role | None:
    """lead's read45: the one of a person's several dated posts that the words just before a
    name give in running text ("Tory co-chairman Liam Fox"), read as :func:`_titled_role` reads
    a title the book matched; None when no post is named or the person has one role."""
    if len(person.roles) < 2:
        return None
    before = re.split(r"[.!?;:,\"“”()\n]", before)[-1]  # the words of the name's own phrase
    words = re.findall(r"[\w-]+", before.lower())[-5:]
    while words and words[-1] in BETWEEN_POST_AND_NAME:
        words.pop()
    return _titled_role(person, " ".join(words[-3:])) if words else None


def _with_post_named_before(match: ActorMatch, person: Person, before: str) -> ActorMatch:
    """``match`` of ``person`` recoded to the post the words ``before`` the name give (see
    :func:`_post_named_before`), or as it is."""
    post = _post_named_before(person, before)
    if post is None or post.code == match.code:
        return match
    rule = f"{match.rule}; {post.label()} the post the title {post.title!r} names (no date)"
    return replace(
        match,
        code=post.code,
        country=_country_of(post.code),
        sector=_sector_of(post.code),
        rule=rule,
    )


def person_role(person: Person, date: str | None) -> tuple[str, str]:
    """A person's code on ``date``: the active role that started last; outside every range,
    ``otherwise`` or the country alone; with no date, the most recent role."""
    if not person.roles:
        code = person.otherwise or person.country or "---"
        return code, f"{code} no dated roles"
    if date is None:
        role = max(person.roles, key=lambda r: r.start or "")
        return role.code, f"{role.label()} most recent role (no date)"
    active = [r for r in person.roles if r.covers(date)]
    if active:
        role = max(active, key=lambda r: r.start or "")
        return role.code, f"{role.label()} on {date}"
    fallback = person.otherwise or person.country or _country_of(person.roles[0].code) or "---"
    what = "otherwise code" if person.otherwise else "country only"
    return fallback, f"{fallback} {what}: {date} is outside every dated role"


def _titled_role(person: Person, title: str) -> Role | None:
    """issue #9 actors45: the person's latest dated post whose title is ``title`` or ends on
    its last word ("leader" of "Labour leader" is the "opposition leader" post), else None."""
    words = title.lower().split()
    if not words:
        return None
    named = [
        r
        for r in person.roles
        if r.title
        and (r.title.lower() == " ".join(words) or r.title.lower().split()[-1] == words[-1])
    ]
    return max(named, key=lambda r: r.start or "") if named else None


def _nearest_anchor(anchors: list[Hit], head: Hit) -> Hit:
    before = [a for a in anchors if a.last < head.first]
    if before:
        return before[-1]
    after = [a for a in anchors if a.first > head.last]
    return after[0] if after else anchors[-1]


ARMED_SECTORS = frozenset({"REB", "MIL", "UAF"})


def _append_sector(code: str, sector: str | None) -> str:
    """``code`` + ``sector``, unless it says nothing new: the sector is already there, or an
    armed group's "fighters" or "forces" are the armed group itself."""
    if not sector:
        return code
    chunks = {code[i : i + 3] for i in range(0, len(code), 3)}
    if sector in chunks:
        return code
    if sector[:3] in ARMED_SECTORS and (chunks & ARMED_SECTORS or code.startswith("IMG")):
        return code
    if sector == "GOV" and code.startswith(("IGO", "NGO")):
        # issue #9/#10 actors24: an organisation's officials, envoys and spokesmen are the
        # organisation ("U.N. Special Envoy Staffan de Mistura" is IGOUNO, not IGOUNOGOV: the
        # guideline codes bodies by organisations.yml); its forces stay its own (IGOUNOMIL)
        return code
    return code + sector


def _country_of(code: str) -> str | None:
    if not code or code.startswith(ORG_PREFIXES):
        return None
    return code[:3]


def _sector_of(code: str) -> str | None:
    if code.startswith(ORG_PREFIXES):
        return code[3:6] if code.startswith("---") and len(code) >= 6 else None
    return code[3:6] if len(code) >= 6 else None


def _describe(hit: Hit) -> str:
    e = hit.entry
    if e.kind == "person":
        return f"person:{e.name}"
    if e.kind == "role":
        return f"role:{hit.alias!r}->{e.code}"
    if e.kind == "descriptor":
        return f"descriptor:{hit.alias!r}"
    if e.kind == "metonym":
        return f"metonym:{hit.alias!r}->{_append_sector(e.code, e.sector)}"
    if e.via in ("name", "alias"):
        return f"{e.kind}:{e.name}[{e.code}]"
    return f"{e.kind}:{e.name}[{e.code}] via {e.via} {hit.alias!r}"


def _adjacent_groups(text: str, hits: list[Hit]) -> list[list[Hit]]:
    groups: list[list[Hit]] = []
    for hit in hits:
        if groups and JOINING_GAP_RE.fullmatch(text[groups[-1][-1].end : hit.start]):
            groups[-1].append(hit)
        else:
            groups.append([hit])
    return groups


# -- normalisation --------------------------------------------------------------------------


# The per-word caches are kept small (8,192 entries): news words follow Zipf's law, so a small
# cache answers most calls, and a worker's memory must stop growing early in a long stream (at
# 65,536 entries these caches grew a worker by about 17 MB per 1,000 articles until full).
@lru_cache(maxsize=8192)
def normalise_token(token: str) -> str:
    """The dictionary form of one token: folded, lowercased, no possessive or trailing stop."""
    if token == "&":
        return "and"  # "Securities & Exchange Commission" (TOKEN_RE)
    token = token.replace("’", "'")
    if token.endswith("."):
        token = token[:-1]
    if token.lower().endswith("'s"):
        token = token[:-2]
    if token.isascii():  # nothing to fold (NFKD leaves ASCII as it is): most words, each miss
        return token.lower()
    folded = unicodedata.normalize("NFKD", token)
    return "".join(c for c in folded if not unicodedata.combining(c)).lower()


# issue #10 actors58: "security firm RSA, which carried out the poll", "the company RSA": a
# country's acronym right after a company noun (or with one in apposition) names the firm, not
# the country; "US" and "UK" stand before nouns as adjectives ("a group US officials named")
FIRM_NOUNS = frozenset(
    {"firm", "firms", "company", "companies", "group", "maker", "provider", "bank", "giant",
     "operator", "carrier", "manufacturer", "producer", "retailer", "insurer", "lender",
     "supplier", "developer", "conglomerate", "subsidiary", "consultancy", "startup",
     "start-up", "outfit", "corporation"}
)  # fmt: skip
ADJECTIVE_ACRONYMS = frozenset({"US", "UK", "USA"})
FIRM_ACRONYM_BEFORE = re.compile(
    r"\b(?i:" + "|".join(sorted(FIRM_NOUNS)) + r")\s+([A-Z]{2,5})\b(?!['’]s\b|\s+[A-Z&])"
)
FIRM_ACRONYM_AFTER = re.compile(
    r"\b([A-Z]{2,5}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(FIRM_NOUNS))
    + r")\b"
)


def _firm_acronym_after_noun(raw: str, before: str, found: Hit) -> bool:
    """Whether ``found`` is a country's acronym (``raw``) right after a company noun."""
    return (
        found.entry.kind == "country"
        and found.first == found.last
        and before in FIRM_NOUNS
        and raw not in ADJECTIVE_ACRONYMS
        and _acronym(raw) is not None
    )


@lru_cache(maxsize=16)  # the tagger, the book's mentions, the quotes and the events ask per text
def firm_acronyms(text: str) -> frozenset[str]:
    """issue #10 actors58: the all-caps words ``text`` names as firms ("security firm RSA",
    "RSA, a security firm"): each of them names that firm everywhere in the text, never the
    country the book reads it as."""
    found = {m.group(1) for m in FIRM_ACRONYM_BEFORE.finditer(text)}
    found |= {m.group(1) for m in FIRM_ACRONYM_AFTER.finditer(text)}
    return frozenset(found - ADJECTIVE_ACRONYMS)


@lru_cache(maxsize=8192)  # called for every token the actor book scans
def _acronym(token: str) -> str | None:
    """The case-sensitive key of an all-caps token ("US", "NATO's"), else None."""
    token = token.replace("’", "'")
    if token.endswith("'s") or token.endswith("'S"):
        token = token[:-2]
    token = token.rstrip(".")
    if "." in token and DOTTED_ACRONYM.fullmatch(token):
        # issue #9/#10 actors43: the New York Times spells acronyms with stops ("the F.B.I.",
        # "the C.I.A.", "the G.O.P."): the acronym's key; not two letters ("N.H.", "P.M.")
        token = token.replace(".", "")
    if 2 <= len(token) <= ACRONYM_MAX and token.isalpha() and token.isupper():
        return ACRONYM_MARK + token
    return None


# issue #9 read52: British news writes a body's acronym of four or five letters as a word
# ("Opec", "Asean", "Farc", "Nafta", "Ukip"): such a word is the acronym the book keeps in
# capitals, for a body only (never a person or a place), and never one spelling a common word
# ("Shape" begins a sentence) or a given name ("Sana")
TITLED_KINDS = frozenset({"organisation", "metonym", "party"})
TITLED_WORDS = frozenset({"SHAPE", "SANA", "TASS"})


@lru_cache(maxsize=8192)
def _titled_acronym(token: str) -> str | None:
    """The acronym key of a title-case word of four or five letters ("Opec", "Opec's"), else
    None."""
    token = token.replace("’", "'")
    if token.endswith("'s"):
        token = token[:-2]
    if not (4 <= len(token) <= ACRONYM_MAX and token.isalpha() and token.istitle()):
        return None
    upper = token.upper()
    return None if upper in TITLED_WORDS else ACRONYM_MARK + upper


def _raw_tokens(text: str) -> list[str]:
    return [m.group() for m in TOKEN_RE.finditer(text)]


def _trim_end(text: str, start: int, end: int) -> int:
    """Drop a sentence-final stop or possessive from a mention's span ("U.S." keeps its stop)."""
    span = text[start:end]
    if span.endswith(".") and "." not in span[:-1]:
        end -= 1
        span = span[:-1]
    for suffix in ("'s", "’s"):
        if span.endswith(suffix):
            end -= 2
            break
    return end


def _alias_variants(alias: str) -> list[str]:
    variants = [alias]
    if "-" in alias:
        variants += [alias.replace("-", " "), alias.replace("-", "")]
    return variants


def plural_forms(word: str) -> list[str]:
    """The word plus a regular plural of its last token (roles are written singular)."""
    head, _, last = word.rpartition(" ")
    prefix = head + " " if head else ""
    lower = last.lower()
    if lower.endswith("s") or not lower.isalpha():
        return [word]
    if lower.endswith("man"):
        plural = last[:-3] + "men"
    elif lower.endswith("person"):
        plural = last[:-6] + "people"
    elif lower.endswith("y") and lower[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    elif lower.endswith(("sh", "ch", "x", "z")):
        plural = last + "es"
    else:
        plural = last + "s"
    return [word, prefix + plural]


DEMONYM_ENDINGS = ("an", "i", "on", "ino", "ek", "rk", "ech", "ane", "ede", "ole", "ot")


def demonym_forms(adjective: str) -> list[str]:
    """An adjective plus its plural demonym where English forms one ("Russians", "Iraqis";
    issue #9/#10 actors24: "Britons", "Filipinos", "Turks", "Czechs", "Danes", "Uzbeks")."""
    if adjective.endswith(DEMONYM_ENDINGS) and adjective[:1].isupper():
        return [adjective, adjective + "s"]
    return [adjective]


def as_date(value: Any) -> str | None:
    """An ISO ``YYYY-MM-DD`` string from a date, datetime, ISO string or year (None stays None)."""
    if type(value) is str:
        return _str_as_date(value)
    return _as_date(value)


@lru_cache(maxsize=1024)
def _str_as_date(value: str) -> str | None:
    """:func:`as_date` of a string, kept: every look-up of a document asks it of the document's
    date (5,500 calls per 150 articles, 41 distinct; speed53). An error is raised each time."""
    return _as_date(value)


def _as_date(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return f"{text}-01"
    if re.match(r"\d{4}-\d{2}-\d{2}", text):
        return text[:10]
    raise RedlineError("ACT001", f"not an ISO date: {value!r} (expected YYYY-MM-DD)")


# -- loading --------------------------------------------------------------------------------

DEFAULT_FILES = (
    "countries.yml",
    "firms.yml",
    "central_banks.yml",
    "organisations.yml",
    "roles.yml",
    "people.yml",
)


def load_actors(extra: tuple[str, ...] | list[str] | tuple[Path, ...] = ()) -> ActorBook:
    """The actor tables of the active config plus the user's ``extra`` YAML files.

    The config's layers of ``actors/*.yml`` are read through :mod:`redline.datafiles`; files of
    the user's (layers that are not the package's, then ``extra``, as ``--actors`` gives them) come
    last and win. The book for one set of files is built once and shared.
    """
    keys = tuple((str(Path(p).resolve()), _mtime(p)) for p in extra)
    return _load_cached(datafiles.active().cache_key(), keys)


@datafiles.cached
def _load_cached(config_key: tuple, extra: tuple[tuple[str, float], ...]) -> ActorBook:
    packaged, users = [], []
    for name in DEFAULT_FILES:
        for layer in datafiles.layers("actors/" + name):
            where = layer.where if not layer.packaged else f"redline:data/actors/{name}"
            record = (where, _parse_yaml(layer.text, where if not layer.packaged else name))
            (packaged if layer.packaged else users).append(record)
    users += [(path, _read_yaml(Path(path))) for path, _ in extra]
    book = build_book(packaged + users, user_from=len(packaged))
    index_parties(book, datafiles.rows("actors/parties.tsv"))
    return book


def _mtime(path: str | Path) -> float:
    try:
        return Path(path).stat().st_mtime
    except OSError as exc:
        raise RedlineError("ACT002", f"cannot read actor file {path}: {exc}") from exc


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise RedlineError("ACT002", f"cannot read actor file {path}: {exc}") from exc
    return _parse_yaml(text, str(path))


def _parse_yaml(text: str, where: str) -> dict[str, Any]:
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    except yaml.YAMLError as exc:
        raise RedlineError("ACT003", f"actor file {where} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise RedlineError("ACT004", f"actor file {where} must be a mapping of sections")
    unknown = set(data) - set(SECTIONS)
    if unknown:
        raise RedlineError(
            "ACT004", f"actor file {where}: unknown sections {sorted(unknown)}; use {SECTIONS}"
        )
    return data


def build_book(
    records: list[tuple[str, dict[str, Any]]], user_from: int | None = None
) -> ActorBook:
    """Index parsed actor files in order; files from ``user_from`` on win alias clashes."""
    book = ActorBook(sources=tuple(name for name, _ in records))
    user_from = len(records) if user_from is None else user_from
    # Countries and organisations are merged by code and people by name first, so that a user
    # entry for an existing code extends it and one for an existing person replaces them.
    countries: dict[str, dict[str, Any]] = {}
    organisations: dict[str, dict[str, Any]] = {}
    people: dict[str, tuple[dict[str, Any], bool]] = {}
    roles: list[tuple[str, str, bool]] = []
    descriptors: list[tuple[str, bool]] = []
    for position, (where, data) in enumerate(records):
        user = position >= user_from
        for item in data.get("countries") or []:
            _merge_by_code(countries, item, where, user)
        for item in data.get("organisations") or []:
            _merge_by_code(organisations, item, where, user)
        for item in data.get("people") or []:
            if not isinstance(item, dict) or not item.get("name"):
                raise RedlineError("ACT005", f"{where}: every person needs a name: {item!r}")
            people[str(item["name"])] = (item, user)
        for sector, words in (data.get("roles") or {}).items():
            for word in words or []:
                roles.append((str(word), str(sector), user))
        for word in data.get("descriptors") or []:
            descriptors.append((str(word), user))

    for word, user in descriptors:
        book.add_alias(word, Entry("descriptor", word, via="role"), first=user)
    for word, sector, user in roles:
        book.roles[word] = sector
        forms = plural_forms(word)
        if " " in word:
            forms += [f.replace(" ", "-") for f in forms]
        for form in forms:
            book.add_alias(form, Entry("role", word, sector, via="role"), first=user)
    for code, item in countries.items():
        user = item.pop("_user", False)
        book.countries[code] = item
        _index_country(book, code, item, user)
    for code, item in organisations.items():
        user = item.pop("_user", False)
        book.organisations[code] = item
        name = str(item.get("name") or code)
        # An organisation may change role ("Taliban": rebels, then the government): dated
        # roles as for people, the plain code outside them.
        dated = None
        if item.get("roles"):
            dated = _person({**item, "otherwise": code, "country": _country_of(code)}, name)
        book.add_alias(name, Entry("organisation", name, code, person=dated), first=user)
        for alias in item.get("aliases") or []:
            entry = Entry("organisation", name, code, via="alias", person=dated)
            book.add_alias(str(alias), entry, first=user)
        _index_bodies(book, code, item, user)
    for name, (item, user) in people.items():
        person = _person(item, name)
        book.people[name] = person
        entry = Entry("person", name, person=person)
        for alias in [name, *(item.get("aliases") or [])]:
            book.add_alias(str(alias), entry, first=user)
    return book


def _index_bodies(book: ActorBook, code: str, item: dict[str, Any], user: bool) -> None:
    """Bodies filed under an organisation's code keep their own name on the actor: Phoenix
    codes UNESCO as the UN's development agencies (IGOUNODEV), but it is not the UNDP."""
    bodies = item.get("bodies") or {}
    if not isinstance(bodies, dict):
        raise RedlineError("ACT005", f"organisation {code}: bodies must map names to aliases")
    for body, aliases in bodies.items():
        name = str(body)
        book.add_alias(name, Entry("organisation", name, code), first=user)
        for alias in aliases or []:
            book.add_alias(str(alias), Entry("organisation", name, code, via="alias"), first=user)


def _merge_by_code(table: dict[str, dict[str, Any]], item: Any, where: str, user: bool) -> None:
    if not isinstance(item, dict) or not item.get("code"):
        raise RedlineError("ACT005", f"{where}: every country/organisation needs a code: {item!r}")
    code = str(item["code"])
    old = table.get(code)
    if old is None:
        table[code] = {**item, "_user": user}
        return
    merged = {**old, **{k: v for k, v in item.items() if k not in ("aliases", "adjectives")}}
    for key in ("aliases", "adjectives"):
        merged[key] = [*(old.get(key) or []), *(item.get(key) or [])]
    merged["metonyms"] = {**(old.get("metonyms") or {}), **(item.get("metonyms") or {})}
    merged["bodies"] = {**(old.get("bodies") or {}), **(item.get("bodies") or {})}
    merged["_user"] = user or old.get("_user", False)
    table[code] = merged


def _index_country(book: ActorBook, code: str, item: dict[str, Any], user: bool) -> None:
    name = str(item.get("name") or code)
    book.add_alias(name, Entry("country", name, code), first=user)
    for alias in item.get("aliases") or []:
        book.add_alias(str(alias), Entry("country", name, code, via="alias"), first=user)
    for adjective in item.get("adjectives") or []:
        for form in demonym_forms(str(adjective)):
            book.add_alias(form, Entry("country", name, code, via="adjective"), first=user)
    capitals = item.get("capital") or []
    for capital in [capitals] if isinstance(capitals, str) else capitals:
        book.add_alias(str(capital), Entry("metonym", name, code, via="capital"), first=user)
    for alias, sector in (item.get("metonyms") or {}).items():
        entry = Entry("metonym", name, code, sector=sector or None, via="metonym")
        book.add_alias(str(alias), entry, first=user)


def _person(item: dict[str, Any], name: str) -> Person:
    roles = []
    for raw in item.get("roles") or []:
        if isinstance(raw, dict):
            values = [raw.get("code"), raw.get("from"), raw.get("to"), raw.get("title", "")]
        else:
            values = [*list(raw), "", "", ""][:4]
        code, start, end, title = values
        if not code:
            raise RedlineError("ACT005", f"person {name}: a role without a code: {raw!r}")
        roles.append(Role(str(code), as_date(start), as_date(end), str(title or "")))
    country = item.get("country")
    if country is None:
        country = next((_country_of(r.code) for r in roles if _country_of(r.code)), None)
    return Person(name, tuple(roles), country, item.get("otherwise"))


# the words right before a name: its title and nationality ("Brazilian Foreign Minister ",
# "Brazil's foreign minister, "), which the recogniser leaves out of the PERSON span
TITLE_BEFORE = re.compile(r"(?:\b[\w'’.-]+,?\s+){1,6}\Z")


def kin_namesake(book: ActorBook, text: str, start: int, end: int) -> bool:
    """issue #10 family27: a name the recogniser tags a person's that the book matches by a
    person's surname alone, right after a capitalised given name that is neither the person's
    own nor any alias's, nor a title, names another member of the family: "Beau Biden",
    "Tiffany Trump", "Rafik Hariri" are not Joe Biden, Donald Trump, Saad Hariri (the scan's
    own check, ``_another_first_name``, knows only the common first names of its table)."""
    name = text[start:end].removesuffix("'s").removesuffix("’s")
    hits = book.scan(name)
    people = [h for h in hits if h.entry.kind == "person" and h.entry.person is not None]
    if not people and " " in name.strip():
        # issue #10 surname59: the scan refuses "Beau Biden" itself now (a long-table first
        # name before the surname): the surname's own hit, read where it stands
        tail = name.rstrip().rsplit(" ", 1)[1]
        at = name.rstrip().rfind(tail)
        shifted = [replace(h, start=h.start + at, end=h.end + at) for h in book.scan(tail)]
        hits = hits + shifted
        people = [h for h in shifted if h.entry.kind == "person" and h.entry.person is not None]
    if len(people) != 1 or people[0].first != people[0].last:
        return False
    hit = people[0]
    before = name[: hit.start].split()
    if not before:
        return False
    word = before[-1]
    word_start = name.rfind(word, 0, hit.start)
    if any(h is not hit and h.start < hit.start and h.end > word_start for h in hits):
        return False  # a title or a party the book knows ("Vice President Biden")
    if not word[:1].isupper() or word.isupper() or not all(p.isalpha() for p in word.split("-")):
        return False  # an initial ("H. Biden"), a headline in capitals: no given name to judge
    folded = normalise_token(word)
    if folded in _not_given_names() or book.lookup(word) is not None:
        return False  # "Mr. Trump", "Citizen Trump" (a role the book knows), "But Trump"
    own = {normalise_token(w) for w in hit.entry.person.name.split()[:-1]}
    return folded not in own


# a given name, middle initials and a surname: "Jonathan P. Blair", "Mary K. L. Brown"
INITIALLED_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z]\.)+ ([A-Z][\w'’-]*[a-z])")


def initialled_namesake(book: ActorBook, name: str, date: str | None = None) -> str | None:
    """issue #9 web49: the surname of a name written with middle initials ("Jonathan P.
    Blair") that the book knows alone as a person's ("Blair", Tony Blair) but refuses whole
    (``_other_given_name``, ``_other_sex_before_initials``): a later bare "Blair" is the
    text's man, not the book's. None otherwise (and for "Charles E. Grassley", whom the book
    takes whole)."""
    found = INITIALLED_NAME.fullmatch(name.removesuffix("'s").removesuffix("’s").strip())
    if found is None:
        return None
    if any(h.entry.kind == "person" for h in book.scan(found.group(0))):
        return None
    alone = book.lookup(found.group(1), date=date)
    return found.group(1) if alone is not None and alone.kind == "person" else None


@datafiles.cached
def _not_given_names() -> frozenset[str]:
    """Words that open a tagged name without being a given name: courtesy titles, the words
    that title a name (the recogniser's ``enrich/person_titles.txt``, the speakers'
    ``quotes/speaker_titles.txt``: "Republican", "nominee") and English function words that
    open a sentence ("But Trump", "While Obama": spaCy's stop words)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from redline.enrich.names import person_titles

    speakers = datafiles.lines("quotes/speaker_titles.txt", inline_comments=True)
    titles = person_titles() | {line.strip().lower() for line in speakers}
    return frozenset(HONORIFICS | titles | STOP_WORDS)


def foreign_namesake(book: ActorBook, text: str, start: int, end: int) -> bool:
    """issue #10 names27: the book's person matched by surname alone, under a first name not
    theirs, with a nationality before the name that is not the person's country, is someone
    else: "Brazilian Foreign Minister Aloysio Nunes" is no Devin Nunes (USALEG)."""
    name = text[start:end].removesuffix("'s").removesuffix("’s")
    words = name.split()
    hits = book.scan(name)
    people = [h for h in hits if h.entry.kind == "person" and h.entry.person is not None]
    if len(words) < 2 or len(people) != 1 or people[0].first != people[0].last:
        return False
    person = people[0].entry.person
    own = {normalise_token(w) for w in person.name.split()[:-1]}
    given = [
        w
        for w in words[: people[0].first]
        if w[:1].isupper() and w.isalpha() and w.lower() not in HONORIFICS
    ]
    if not given or any(normalise_token(w) in own for w in given) or len(hits) > 1:
        return False
    title = TITLE_BEFORE.search(text, max(0, start - 60), start)
    if title is None:
        return False
    role_words = {w for role in book.roles for w in role.split()}
    words: list[str] = []
    raws = title.group(0).split()
    for n, word in enumerate(reversed(raws)):
        if word.endswith(".") and len(word) > 4:
            break  # "… in Brazil. Foreign Minister": the sentence before is no title
        if word.endswith(","):
            if n or word[:-1].lower() not in role_words:
                break  # "Before visiting Israel, Mr Blair": a clause, not an apposition
            word = word[:-1]  # "Brazil's foreign minister, Aloysio Nunes"
        if not word[:1].isupper() and word.lower() not in role_words:
            break  # "met Foreign Minister …": only the title and nationality
        words.insert(0, word)
    countries = {
        h.entry.code[:3] or h.entry.name
        for h in book.scan(" ".join(words))
        if h.entry.kind == "country"
    }
    home = person.country or (person.roles[0].code[:3] if person.roles else None)
    return bool(countries) and home not in countries
