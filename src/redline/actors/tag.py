"""Pipeline stage: give named entities their actor code, using the article's own date."""

from __future__ import annotations

import re
from dataclasses import replace

from redline import datafiles
from redline.actors.book import (
    ActorBook,
    ActorMatch,
    _first_names,
    as_date,
    courtesy_surname_of_other,
    firm_acronyms,
    foreign_namesake,
    initialled_namesake,
    kin_namesake,
    load_actors,
    named_after_place,
)
from redline.errors import RedlineError
from redline.model import Document

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
CANONICAL_KINDS = frozenset({"person", "organisation", "country"})
# issue #9 reader: a place the book knows that is also the surname of a person named in full
# before ("William Hague ... Hague said") is that person, not the place (The Hague)
PLACE_KINDS = frozenset({"country", "metonym"})
# unseen Guardian reading: "the Hong Kong Human Rights and Democracy Act" is a U.S. bill about
# Hong Kong; a law or a pact named after a place is no act of that place's
DOCUMENT_NAMES = frozenset({
    "Act", "Bill", "Law", "Treaty", "Accord", "Accords", "Agreement", "Convention",
    "Resolution", "Protocol", "Amendment", "Charter", "Declaration",
})  # fmt: skip


@datafiles.cached
def slogan_words() -> frozenset[str]:
    """The words that open a slogan-named campaign ("Stop Trump", "Vote Leave"), as printed."""
    return frozenset(datafiles.lines("actors/slogan_words.txt", inline_comments=True))


@datafiles.cached
def organisation_heads() -> dict[str, bool]:
    """issue #10 names42: the words that end a body's name ("Club", "University", "Times"),
    lower-cased, each with whether it is also a surname ("Post", marked "*" in
    ``data/actors/organisation_heads.txt``)."""
    lines = datafiles.lines("actors/organisation_heads.txt", inline_comments=True)
    return {w.rstrip("*").lower(): w.endswith("*") for w in lines}


def organisation_headed(text: str, label: str | None = None) -> bool:
    """issue #10 names42: whether a name of two words or more ends with a capitalised word that
    heads a body's name ("Chelsea Football Club", "Jordan Times", "Victoria University"): a
    body, never a person, whatever the recogniser's ``label``; a head that is also a surname
    ("Jessica Post") only where the label is not a person's."""
    parts = text.rsplit(None, 1)  # every name of the graph and the quote stage comes here
    if len(parts) < 2 or not parts[1][:1].isupper():
        return False
    if parts[0] == "Air":
        return True  # lead's read51: "Air Deccan", "Air Canada" tagged a person: an airline
    last = parts[1].removesuffix("'s").removesuffix("’s").strip(".,;:")
    surname = organisation_heads().get(last.lower())
    return surname is not None and not (surname and label == "PERSON")


SLOGAN_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


def slogan_start(text: str, start: int, end: int) -> int | None:
    """names28: the start of a slogan campaign's name whose last words are the entity at
    ``start``-``end`` ("Stop" before a tagged "Trump"), or None."""
    found = SLOGAN_WORD_BEFORE.search(text, max(0, start - 12), start)
    if found is None or not slogan_name(f"{found.group(1)} {text[start:end]}"):
        return None
    return found.start(1)


def slogan_name(text: str) -> bool:
    """names28: whether a name is a campaign's slogan ("Stop Trump", "Vote Leave", "Never
    Trump"): a slogan word and one to three capitalised words, not a person called Trump."""
    words = text.removesuffix("'s").removesuffix("’s").split()
    return (
        1 < len(words) <= 4
        and words[0] in slogan_words()
        and all(w[:1].isupper() for w in words[1:])
    )


def tag_entity_actors(doc: Document, book: ActorBook | None = None) -> Document:
    """Set ``actor`` (and ``canonical`` for people, organisations and countries) on the entities
    the actor book knows. The date is ``doc.published``, so an office-holder gets the role they
    held when the article was written."""
    book = book or load_actors()
    try:
        date = as_date(doc.published)
    except RedlineError:
        date = None  # an unreadable date: fall back to each person's most recent role
    tagged = []
    people: dict[str, object] = {}  # surname -> the match of the full name (None: unknown)
    namesakes: set[str] = set()  # surnames of initialled names the book refuses whole
    # issue #9/#10 graph22: surnames the text gives in full with another first name
    others_of = getattr(book, "others_by_surname", None)
    others = others_of(doc.text, doc.published if date else None) if others_of else frozenset()
    firms = firm_acronyms(doc.text)  # issue #10 actors58: "security firm RSA"
    for entity in _joined_bodies(doc, book, date):
        actor_label = entity.label in ACTOR_LABELS
        slogan = slogan_start(doc.text, entity.start, entity.end) if actor_label else None
        if actor_label and (slogan_name(entity.text) or slogan is not None):
            # names28: "Stop Trump said", "the Never Trump movement": a campaign, no person
            start = entity.start if slogan is None else slogan  # 0 when it opens the text
            text = doc.text[start : entity.end]
            tagged.append(
                replace(entity, start=start, text=text, label="ORG", actor=None, canonical=None)
            )
            continue
        match = book.lookup(entity.text, date=date) if actor_label else None
        if date is None and match is not None and hasattr(book, "post_named_at"):
            # lead's read45: an undated text names which of a person's posts it means
            match = book.post_named_at(match, doc.text, entity.start)
        words = entity.text.removesuffix("'s").removesuffix("’s").split()
        if (
            match is not None
            and match.kind == "person"
            and courtesy_surname_of_other(doc.text, entity.start, entity.end, others)
        ):
            match = None  # "Mr McConnell" after "Jack McConnell" (issue #9/#10 graph22)
        if entity.label == "PERSON" and len(words) > 1 and words[-1][:1].isupper():
            people.setdefault(words[-1], match if match and match.kind == "person" else None)
            if match is None and (surname := initialled_namesake(book, entity.text, date)):
                namesakes.add(surname)  # "Jonathan P. Blair" (issue #9 web49)
        elif (
            len(words) == 1 and match is not None and match.kind == "person"
            and words[0] in namesakes
        ):  # fmt: skip
            match = None  # a later bare "Blair" is the text's man, not Tony Blair
        elif (
            len(words) == 1 and match is not None and match.kind in PLACE_KINDS
            and words[0] in people
        ):  # fmt: skip
            match = people[words[0]]
        if match and entity.label == "PERSON" and _named_after_place(book, words, match):
            match = None
        if (
            match
            and entity.label in ("ORG", "GPE")
            and _person_tagged_as_body(book, doc, words, match)
        ):
            match = None
        if (
            match
            and match.kind == "person"
            and (
                foreign_namesake(book, doc.text, entity.start, entity.end)
                or (
                    entity.label in ("PERSON", "ORG")  # "Tiffany Trump" tagged ORG
                    and kin_namesake(book, doc.text, entity.start, entity.end)
                )
            )
        ):
            match = None
        if match and match.kind in PLACE_KINDS and len(words) > 1 and words[-1] in DOCUMENT_NAMES:
            match = None
        if match and match.kind == "country" and entity.text.strip() in firms:
            match = None  # "RSA has a deal" after "security firm RSA": the firm, no country
        if match is None:
            tagged.append(entity)
            continue
        canonical = entity.canonical
        # "the Parliament of Iraq" is coded IRQLEG but is not Iraq: only a mention that names
        # the actor itself (no role word added) takes the actor's name as its canonical form.
        names_actor = match.kind in CANONICAL_KINDS and "+ role:" not in match.rule
        if canonical is None and names_actor:
            canonical = match.name
        tagged.append(replace(entity, actor=match.code, canonical=canonical))
    doc.entities = tagged
    return doc


# issue #10 actors58: "the World Travel and Tourism Council" tagged as "World Travel" and
# "Tourism Council": two names the text joins by one of these words make one body when the book
# knows the whole as one
JOINED_BODY_GAP = re.compile(r"\s+(?:and|of|for|&)\s+(?:the\s+)?\Z")
JOINED_BODY_KINDS = frozenset({"organisation", "metonym"})


def _joined_bodies(doc: Document, book: ActorBook, date: str | None) -> list:
    """``doc.entities`` with each pair of names the book knows joined as one body merged."""
    entities = list(doc.entities)
    merged = []
    i = 0
    while i < len(entities):
        entity = entities[i]
        nxt = entities[i + 1] if i + 1 < len(entities) else None
        if (
            nxt is not None
            and entity.label in ("ORG", "GPE", "PERSON", "FAC")
            and nxt.label in ("ORG", "GPE", "PERSON", "FAC")
            and 0 < nxt.start - entity.end <= 9
            and JOINED_BODY_GAP.match(doc.text[entity.end : nxt.start])
        ):
            whole = doc.text[entity.start : nxt.end]
            match = book.lookup(whole, date=date)
            if match is not None and match.kind in JOINED_BODY_KINDS and _one_alias(book, whole):
                merged.append(replace(entity, end=nxt.end, text=whole, label="ORG", canonical=None))
                i += 2
                continue
        merged.append(entity)
        i += 1
    return merged


def _one_alias(book: ActorBook, whole: str) -> bool:
    """Whether the book's scan reads ``whole`` as one alias, end to end."""
    hits = book.scan(whole)
    lead = len(whole) - len(re.sub(r"^(?:[Tt]he\s+)", "", whole))
    return len(hits) == 1 and hits[0].start == lead and hits[0].end >= len(whole.rstrip(".")) - 2


def _person_tagged_as_body(
    book: ActorBook, doc: Document, words: list[str], match: ActorMatch
) -> bool:
    """issue #9/#10 nameclash34: a first name and a surname that is a country's word ("Philip
    French", "Tom English"), or a place and a surname the text titles ("Paris Hilton" ... "Miss
    Hilton"), tagged a body or a place, is a person, not that country ("Jordan Times" stays)."""
    if len(words) != 2 or match.kind not in PLACE_KINDS or len(match.code) != 3:
        return False
    first, last = words
    if not (first.isalpha() and last.isalpha() and first.istitle() and last.istitle()):
        return False
    name = " ".join(words)
    if not named_after_place(book.scan(name), name):
        return False
    if first.lower() in _first_names() and book.lookup(first) is None:
        return True
    return re.search(rf"\b(?:Mr|Mrs|Ms|Miss)\.? {last}\b", doc.text) is not None


def _named_after_place(book: ActorBook, words: list[str], match: ActorMatch) -> bool:
    """A person whose name holds a country or a capital is not that place
    (:func:`~redline.actors.book.named_after_place`); a role added to a place ("North Korean
    leader Kim") stays the place's."""
    if match.kind not in PLACE_KINDS or "+ role:" in match.rule or len(words) < 2:
        return False
    name = " ".join(words)
    return named_after_place(book.scan(name), name)
