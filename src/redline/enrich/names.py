"""Names: tie every mention of one person or organisation in an article to one canonical name.

News names someone in full once ("Vladimir Putin") and then by surname, title or possessive
("Mr. Putin", "Putin's"); an organisation once in full with its acronym ("the North Atlantic
Treaty Organization (NATO)") and then by the acronym or a common noun ("the alliance").
:func:`canonicalise_entities` links these mentions into chains and gives every mention in a chain
the same ``canonical`` name and ``actor`` code:

- PERSON: titles (``person_titles.txt``) and possessives are dropped; a one-word mention joins the
  nearest earlier full name with that surname (else the first later one); full names with the
  same surname and a compatible first name ("Joe Biden", "Joseph R. Biden") join each other.
- ORG: an acronym joins the long name whose initials it spells or which it follows in brackets
  ("North Atlantic Treaty Organization (NATO)"); a name that ends a longer one joins it.
- Nominals: "the alliance", "the 32-member alliance", "the bloc" (``organisation_nominals.tsv``)
  are added as ORG entities only when exactly one organisation in the article fits.

The canonical name is one set by the actor stage if any mention has one (its dictionary name),
else the fullest form in the article; an actor code found on any mention is copied to the chain.
Which chain each entity joined is kept in ``doc.meta["entity_chains"]``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort
from dataclasses import replace
from functools import lru_cache

from redline import datafiles
from redline.actors.graph import NAME_SUFFIXES, generation
from redline.enrich.tables import lines, table
from redline.model import Document, Entity

NUMERIC_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"})
ORG_STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "&", "to", "de", "des", "du"})


@datafiles.cached
def _title_rows() -> list[list[str]]:
    return [
        [cell.strip() for cell in line.lower().split("\t")] for line in lines("person_titles.txt")
    ]


@datafiles.cached
def person_titles() -> frozenset[str]:
    """Title words that precede names (``person_titles.txt`` and its user layers)."""
    return frozenset(row[0] for row in _title_rows())


@datafiles.cached
def name_only_titles() -> frozenset[str]:
    """The titles of ``person_titles.txt`` marked ``name``: they stand only before a person's
    name, never open a body's ("MEP", "Sen.", "Dr"; "State" and "Supreme" also open "State
    Department" and "Supreme Court")."""
    return frozenset(row[0] for row in _title_rows() if row[1:2] == ["name"])


@datafiles.cached
def organisation_nominals() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """(pattern, name words) pairs from ``organisation_nominals.tsv``."""
    rows = []
    for phrase, words in table("organisation_nominals.tsv"):
        pattern = re.compile(r"\b[Tt]he (" + phrase + r")\b")
        rows.append((pattern, tuple(w.strip() for w in words.split(",") if w.strip())))
    return tuple(rows)


# speed53: the two keys below are pure functions of a string, asked of the same entity texts
# again and again by several passes (6,300 and 4,000 calls per 150 articles, a sixth of them
# distinct): kept, in small caches as those of actors/book.py
@lru_cache(maxsize=8192)
def _strip_possessive(text: str) -> str:
    return re.sub(r"['\u2019]s?$", "", text.strip())


def person_name_words(text: str) -> list[str]:
    """The words of a person's name without titles or possessive: "Mr. Putin's" → ["Putin"]."""
    words = _strip_possessive(text).split()
    titles = person_titles()
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        words = words[1:]
    if words and words[0].lower().rstrip(".") in titles and words[0][:1].islower():
        words = words[1:]
    return words


def _surname(words: list[str]) -> str | None:
    core = [w for w in words if w.lower().rstrip(".,") not in NAME_SUFFIXES]
    return core[-1].lower() if core else None


def _father_of_sons(bare: Entity, full: list[Entity]) -> bool:
    """issue #10 family27: a bare surname the actor book names (its ``canonical``, "Donald
    Trump") whose full names in the text all bear a generational suffix and are not that
    person ("Donald Trump Jr."): the book's person, not the son."""
    if not bare.canonical or len(bare.canonical.split()) < 2:
        return False
    return all(
        generation(person_name_words(e.text)) and e.canonical != bare.canonical for e in full
    )


def _compatible_first_names(a: list[str], b: list[str]) -> bool:
    first_a, first_b = a[0].rstrip("."), b[0].rstrip(".")
    if first_a.lower() == first_b.lower():
        return True
    shorter, longer = sorted((first_a, first_b), key=len)
    return len(shorter) == 1 and longer.lower().startswith(shorter.lower())


class _Chains:
    """Union-find over entity indices."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, i: int) -> int:
        self.parent.setdefault(i, i)
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _link_people(entities: list[Entity], chains: _Chains, rules: dict[int, str]) -> None:
    mentions = [
        (i, person_name_words(e.text)) for i, e in enumerate(entities) if e.label == "PERSON"
    ]
    # full names by surname, in text order, so each mention looks only at its namesakes
    by_surname: dict[str | None, list[tuple[int, list[str]]]] = {}
    for i, words in mentions:
        if len(words) < 2:
            continue
        chains.find(i)
        for j, other in by_surname.get(_surname(words), []):
            if _compatible_first_names(words, other) and generation(words) == generation(other):
                chains.union(j, i)
                rules[i] = "person-full-name"
                break
        by_surname.setdefault(_surname(words), []).append((i, words))
    for i, words in mentions:
        if len(words) != 1:
            continue
        same = [j for j, _ in by_surname.get(words[0].lower(), [])]
        if same and _father_of_sons(entities[i], [entities[j] for j in same]):
            same = []  # "Trump" after only "Donald Trump Jr.": the book's Donald Trump
        if not same:
            # a bare first name joins nothing; a repeated bare surname still chains
            chains.find(i)
            continue
        at = bisect_left(same, i)
        chains.union(same[at - 1] if at > 0 else same[0], i)
        rules[i] = "person-surname"


@lru_cache(maxsize=8192)
def _org_key(text: str) -> str:
    return re.sub(r"^the\s+", "", _strip_possessive(text), flags=re.IGNORECASE)


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in ORG_STOPWORDS]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _link_organisations(
    doc: Document, entities: list[Entity], chains: _Chains, rules: dict[int, str]
) -> None:
    orgs = [(i, _org_key(e.text)) for i, e in enumerate(entities) if e.label == "ORG"]
    long_forms = [(i, key) for i, key in orgs if len(key.split()) >= 2]
    # indexes instead of scans, so the cost stays linear in the number of organisations
    by_initials: dict[str, int] = {}
    by_ending: dict[tuple[str, ...], int] = {}
    long_at_end: dict[int, int] = {}  # character end of a long form -> its entity
    for j, long_key in long_forms:
        by_initials.setdefault(_initials(long_key), j)
        long_words = tuple(long_key.split())
        for k in range(1, len(long_words)):
            by_ending.setdefault(long_words[-k:], j)
        long_at_end[entities[j].end] = j
    for i, key in orgs:
        chains.find(i)
        entity = entities[i]
        if _is_acronym(key):
            letters = key.replace(".", "")
            # "North Atlantic Treaty Organization (NATO)": the bracket names the long form
            before = doc.text[max(0, entity.start - 2) : entity.start]
            bracketed = [
                long_at_end[end]
                for end in range(entity.start - 3, entity.start + 1)
                if end in long_at_end and long_at_end[end] < i
            ]
            if before.endswith("(") and bracketed:
                chains.union(bracketed[-1], i)
                rules[i] = "org-bracketed-acronym"
                continue
            if letters in by_initials:
                chains.union(by_initials[letters], i)
                rules[i] = "org-acronym"
            continue
        words = tuple(key.split())
        j = by_ending.get(words)
        if j is not None and words and words[0][:1].isupper():
            chains.union(j, i)
            rules[i] = "org-short-form"


def _chain_values(entities: list[Entity], members: list[int]) -> tuple[str | None, str | None]:
    """A chain's canonical name and actor code."""
    canonical = next((entities[m].canonical for m in members if entities[m].canonical), None)
    actor = next((entities[m].actor for m in members if entities[m].actor), None)
    if canonical is None:
        label = entities[members[0]].label
        if label == "PERSON":
            names = [person_name_words(entities[m].text) for m in members]
            canonical = " ".join(max(names, key=len)) or None
        else:
            keys = [_org_key(entities[m].text) for m in members]
            long_keys = [k for k in keys if not _is_acronym(k)]
            canonical = max(long_keys or keys, key=lambda k: len(k.split()))
    # a name printed with combining accents ("Jose\u0301") is given composed, as the book's are
    return (unicodedata.normalize("NFC", canonical) if canonical else None), actor


def canonicalise_entities(doc: Document) -> Document:
    """Stage: give every PERSON and ORG mention its chain's ``canonical`` name and ``actor``."""
    entities = list(doc.entities)
    chains = _Chains()
    rules: dict[int, str] = {}
    _link_people(entities, chains, rules)
    _link_organisations(doc, entities, chains, rules)
    groups: dict[int, list[int]] = {}
    for i in sorted(chains.parent):
        groups.setdefault(chains.find(i), []).append(i)
    chain_of: dict[int, int] = {}
    for root, members in groups.items():
        canonical, actor = _chain_values(entities, members)
        for m in members:
            chain_of[m] = root
            entity = entities[m]
            new_canonical = entity.canonical or canonical
            new_actor = entity.actor or actor
            if (new_canonical, new_actor) != (entity.canonical, entity.actor):
                entities[m] = replace(entity, canonical=new_canonical, actor=new_actor)
    _prefer_graph(doc, entities, rules)
    added = _nominal_mentions(doc, entities, groups)
    chain_records = [
        {"entity": i, "chain": chain_of[i], "rule": rules.get(i, "first-mention")}
        for i in sorted(chain_of)
    ]
    if added:
        entities, chain_records = _merge_nominals(entities, added, chain_records)
    doc.entities = entities
    doc.meta["entity_chains"] = chain_records
    return doc


def _prefer_graph(doc: Document, entities: list[Entity], rules: dict[int, str]) -> None:
    """Where the entity graph (``doc.mentions``) linked a PERSON or ORG entity to an entity with
    a canonical name, that name and actor code win: the graph saw roles, acronyms defined in
    the text and the actor book's office-holders, which chains of names alone do not."""
    if not doc.mentions:
        return
    from redline.actors.graph import MentionIndex, tidy_name

    index = MentionIndex(doc.mentions)
    for i, entity in enumerate(entities):
        if entity.label not in ("PERSON", "ORG"):
            continue
        found = [
            m
            for m in index.overlapping(entity.start, entity.end)
            if m.kind != "pronoun" and m.canonical and m.type in ("person", "organisation")
        ]
        if not found:
            if entity.canonical and " - " in entity.canonical:
                entities[i] = replace(entity, canonical=tidy_name(entity.canonical))
            continue
        mention = max(found, key=lambda m: m.end - m.start)
        canonical = mention.canonical
        actor = entity.actor or mention.actor
        if (canonical, actor) != (entity.canonical, entity.actor):
            entities[i] = replace(entity, canonical=canonical, actor=actor)
            rules[i] = rules.get(i, "first-mention") + f"+graph:{mention.rule}"


@lru_cache(maxsize=1024)
def _whole_word(word: str) -> re.Pattern[str]:
    """``word`` between word boundaries, compiled once (not escaped and looked up in re's cache
    for every organisation and nominal)."""
    return re.compile(r"\b" + re.escape(word) + r"\b")


def _nominal_mentions(
    doc: Document, entities: list[Entity], groups: dict[int, list[int]]
) -> list[tuple[Entity, int]]:
    """ "the alliance" etc. as ORG entities, when exactly one organisation chain fits."""
    org_groups = {r: m for r, m in groups.items() if entities[r].label == "ORG"}
    if not org_groups:
        return []
    # a nominal may contain a number entity ("the 32-member alliance"), never a name
    taken = sorted((e.start, e.end) for e in entities if e.label not in NUMERIC_LABELS)
    longest = max((e - s for s, e in taken), default=0)
    added = []
    # each organisation's names, worked out once, not once per nominal pattern
    group_names = {
        root: {entities[m].canonical or "" for m in members}
        | {_org_key(entities[m].text) for m in members}
        for root, members in org_groups.items()
    }
    for pattern, words in organisation_nominals():
        fits = []
        for root, names in group_names.items():
            # (the word itself first: a name without it has it as no whole word, speed53)
            if any(w in n and _whole_word(w).search(n) for w in words for n in names):
                fits.append(root)
        if len(fits) != 1:
            continue
        root = fits[0]
        first = min(entities[m].start for m in org_groups[root])
        for match in pattern.finditer(doc.text):
            start, end = match.start(), match.end()
            lo, hi = bisect_left(taken, (start - longest, -1)), bisect_left(taken, (end, -1))
            if start < first or any(s < end and start < e for s, e in taken[lo:hi]):
                continue
            head = entities[root]
            nominal = Entity(
                start, end, doc.text[start:end], "ORG", canonical=head.canonical, actor=head.actor
            )
            added.append((nominal, root))
            insort(taken, (start, end))
            longest = max(longest, end - start)
    return added


def _merge_nominals(
    entities: list[Entity], added: list[tuple[Entity, int]], records: list[dict]
) -> tuple[list[Entity], list[dict]]:
    """Insert nominal mentions in text order and renumber the chain records."""
    tagged = [(e, ("old", i)) for i, e in enumerate(entities)]
    tagged += [(e, ("new", root)) for e, root in added]
    tagged.sort(key=lambda pair: (pair[0].start, pair[0].end))
    new_index = {}
    for position, (_, (kind, value)) in enumerate(tagged):
        if kind == "old":
            new_index[value] = position
    out_records = [
        {"entity": new_index[r["entity"]], "chain": new_index[r["chain"]], "rule": r["rule"]}
        for r in records
    ]
    for position, (_, (kind, value)) in enumerate(tagged):
        if kind == "new":
            out_records.append(
                {"entity": position, "chain": new_index[value], "rule": "org-nominal"}
            )
    out_records.sort(key=lambda r: r["entity"])
    return [e for e, _ in tagged], out_records
