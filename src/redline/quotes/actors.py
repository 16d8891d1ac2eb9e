"""Give each quote's speaker an actor code from the actor knowledge base."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from redline import datafiles
from redline.actors import ActorBook, as_date
from redline.actors.book import (
    POST_WINDOW,
    courtesy_surname_of_other,
    firm_acronyms,
    party_code,
    place_word_of_name,
)
from redline.actors.graph import HERITAGE_AMERICAN, MentionIndex
from redline.actors.tag import slogan_name
from redline.errors import RedlineError
from redline.events.arguments import US_POLITICS
from redline.model import Document

# "president of Climax's studio", "the firm's chief": a role in a body the book does not know,
# which need not be the article's country's government
OWNED_ROLE = re.compile(r"\bof\b|\w['’]s?\s")
FOCUS_SHARE = 2 / 3  # of the country-coded entities, for a role with no country to take theirs


# issue #9 bugs23: "The government's spokesman", "the prime minister's official spokesman":
# the owner is itself a role with no country, so the post is the article's country's too
STATE_OWNERS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "OPP"})
POSSESSOR = re.compile(r"^(?:[Tt]he\s+)?([\w\s.-]*?\w)['’]s?\s")


# issue #10 codes60: "Mary Polak, the province's environment minister", "the state's interior
# minister": a post of a region of the article's country, not of a body of no country
REGION_OWNER = re.compile(
    r"\b[Tt]he\s+(?:province|state|region|territory|canton)['’]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:minister|premier|governor|secretary)\b"
)


def _regions_country(doc: Document) -> str | None:
    """The country of the admin-1 regions the article names ("British Columbia" -> CAN), when
    one country has at least two in three of their mentions; else None."""
    from redline.enrich.places import load_gazetteer, lookup_place

    counts: Counter[str] = Counter()
    for entity in doc.entities:
        if entity.label not in ("GPE", "LOC"):
            continue
        found = lookup_place(entity.text)
        if found is None or found[0].kind != "region":
            continue
        alpha3 = load_gazetteer().alpha3.get(found[0].country or "")
        if alpha3:
            counts[alpha3] += 1
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return code if n >= FOCUS_SHARE * sum(counts.values()) else None


def _owned_by_role(book: ActorBook, speaker_text: str, date: str | None) -> bool:
    """Whether the speaker's possessor is a role with no country ("the government's") or the
    article's own region ("the province's environment minister")."""
    if re.search(r"\bof\b", speaker_text):
        return False
    if REGION_OWNER.search(speaker_text):
        return True
    found = POSSESSOR.match(speaker_text)
    if found is None:
        return False
    try:
        owner = book.lookup(found.group(1), date=date)
    except RedlineError:
        owner = book.lookup(found.group(1))
    return (
        owner is not None
        and owner.kind == "role"
        and owner.code.startswith("---")
        and owner.code[3:] in STATE_OWNERS
    )


OWNER_PLACE = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)")


def _owner_place(speaker_text: str) -> tuple[str, str] | None:
    """issue #9 reader: a role owned by a region or a large city the book does not know ("the
    governor of Wisconsin", "the mayor of Chicago") is in that place's country."""
    found = OWNER_PLACE.search(speaker_text)
    if found is None:
        return None
    from redline.enrich.places import region_or_city_country

    name = found.group(1)
    alpha3 = region_or_city_country(name)
    return (alpha3, name) if alpha3 else None


def document_country(doc: Document, book: ActorBook) -> str | None:
    """The one country the article is about, when its coded entities say so clearly: at least
    two of them and two in three name the same country ("Gordon Brown", "Tony Blair" → GBR)."""
    counts: Counter[str] = Counter()
    for entity in doc.entities:
        code = (entity.actor or "")[:3]
        if code in book.countries:
            counts[code] += 1
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return code if n >= 2 and n >= FOCUS_SHARE * sum(counts.values()) else None


def _party_in(book: ActorBook, match, country: str, published: str | None) -> str | None:
    """The code of a party named alone in ``country`` on the story's date (PTY governing, OPP
    outside), None when ``match`` is no party or none of ``country``'s."""
    if match.kind != "party" or not match.name:
        return None
    return party_code(book, match.name, country, as_date(published))


def _others_by_surname(doc: Document, book: ActorBook) -> frozenset[str]:
    others_of = getattr(book, "others_by_surname", None)
    try:
        return others_of(doc.text, doc.published) if others_of else frozenset()
    except RedlineError:  # an unreadable date
        return others_of(doc.text) if others_of else frozenset()


def _courtesy_other(doc: Document, quote, others: frozenset[str]) -> bool:
    start, end = quote.speaker_start, quote.speaker_end
    if start is None or end is None:
        return False
    return courtesy_surname_of_other(doc.text, start, end, others)


PLACE_KINDS = frozenset({"country", "metonym"})


def _persons_place_word(doc: Document, book: ActorBook, quote, phrase: str, match) -> bool:
    """issue #9/#10 nameclash34: the speaker is a person the entity graph names, and the
    country or capital the book read in ``phrase`` is a word of their name ("Mike German",
    "German said"; "Chad Smith", "Georgia Harrison"): a person is not the place. Only a bare
    country code: a body the book knows by one word ("Unison", "Yahoo") is no place."""
    if match.kind not in PLACE_KINDS or len(match.code) != 3 or not quote.speaker:
        return False
    start, end = quote.speaker_start, quote.speaker_end
    person = any(
        m.type == "person"
        and m.kind != "pronoun"
        and (
            m.canonical == quote.speaker
            or (start is not None and end is not None and m.start < end and start < m.end)
        )
        for m in doc.mentions
    )
    return person and place_word_of_name(book, quote.speaker, phrase)


def attribute_quote_actors(doc: Document, book: ActorBook) -> Document:
    """Set ``actor`` on quotes whose speaker (resolved name, else the mention) is a known actor.

    The mention is tried with its resolved name first ("he" → "Vladimir Putin" → RUSGOV), then
    the mention itself ("Ukrainian officials" → UKRGOV), with the document's date for roles. A
    role with no country ("the shadow chancellor" → ---OPP) takes the article's one country.
    """
    quotes = []
    country: str | None | bool = False  # not yet computed
    others: frozenset[str] | None = None  # not yet computed
    firms = firm_acronyms(doc.text)
    for quote in doc.quotes:
        match = None
        for phrase in (quote.speaker, quote.speaker_text):
            if phrase and slogan_name(phrase):
                break  # names28: "Stop Trump said" is a campaign, never Trump
            if phrase and match is None:
                # "Hassan Jaber, a Syrian-American doctor": an American of that descent, as the
                # entity graph reads him; the heritage word places no speaker
                match = book.lookup(HERITAGE_AMERICAN.sub("", phrase), date=doc.published)
                if match is not None and match.kind == "person" and phrase is quote.speaker_text:
                    if others is None:
                        others = _others_by_surname(doc, book)
                    if _courtesy_other(doc, quote, others):
                        # issue #9/#10 graph22: "Mr McConnell said" after "Jack McConnell" is
                        # the man the text named, not the book's Mitch McConnell
                        match = None
                if match is not None and _persons_place_word(doc, book, quote, phrase, match):
                    match = None
                    break  # nor "German" alone after "Mike German"
                if match is not None and match.kind == "country" and phrase.strip() in firms:
                    match = None  # issue #10 actors58: "RSA said" after "security firm RSA"
        spokesperson = "-of-person" in (quote.rule or "")
        if match is not None and match.code.startswith("---") and spokesperson:
            # issue #9 actors49: "Howie Hawkins's spokesman" is the person's side (the graph
            # set it), not the office's government of no country
            match = None
        if (
            match is not None
            and match.kind == "person"
            and quote.speaker_start is not None
            and not doc.published
            and hasattr(book, "post_named_at")
        ):
            # lead's read45: an undated text names which of the speaker's posts it means
            # ("Tory Party co-chairman Liam Fox said"), in the words before the name
            told = doc.text[
                quote.speaker_start : quote.speaker_start + len(quote.speaker_text or "")
            ]
            name_at = told.rfind(match.name)
            if name_at < 0:
                name_at = told.rfind(match.name.split()[-1])
            name_start = quote.speaker_start + max(0, name_at)
            since = quote.speaker_start - POST_WINDOW
            match = book.post_named_at(match, doc.text, name_start, since)
        if (
            match is not None
            and match.code.startswith("---")
            and (placed_name := _graph_placed_name(doc, quote)) is not None
        ):
            # issue #9 read57: "Mike Newton, a spokesperson for the BSA which commissioned the
            # survey": the graph placed the named speaker by the body ("BSA", defined in the
            # text); the role word alone ("spokesperson" ---GOV) knows less
            quote = replace(
                quote,
                actor=placed_name,
                rule=f"{quote.rule or ''}+actor:graph-placed-name->{placed_name}",
            )
            quotes.append(quote)
            continue
        # issue #9 reader: a role with no country set by the speaker stage ("Tony Evers, the
        # governor of Wisconsin" -> ---GOV) still takes the article's one country
        if match is not None and (quote.actor != match.code or match.code.startswith("---")):
            code, rule = match.code, quote.rule
            if code.startswith("GEO") and US_POLITICS.search(quote.speaker_text or ""):
                # "U.S. Representative John Lewis of Georgia": the state, as the events stage
                code = "USA" + code[3:]
                rule = f"{rule or ''}+actor:U.S. politics: the state of Georgia->USA"
            placed = _owner_place(quote.speaker_text or "") if code.startswith("---") else None
            if placed is not None:
                code = f"{placed[0]}{code[3:]}"
                rule = f"{rule or ''}+actor:role-of-place '{placed[1]}'->{placed[0]}"
            elif code.startswith("---") and _foreign_role(quote.speaker_text or "", code):
                # issue #10 read56: "Many foreign firms protested ...": as the events stage
                # reads them, foreign firms and overseas investors are not the home's
                rule = f"{rule or ''}+actor:foreign, not the article's country"
            elif code.startswith("---") and (
                not OWNED_ROLE.search(quote.speaker_text or "")
                or _owned_by_role(book, quote.speaker_text or "", doc.published)
            ):
                if country is False:
                    country = document_country(doc, book)
                # issue #9/#10 actors18: a party named alone ("The Conservatives said") is in
                # or out of government on the story's date, not the home's party always
                party = _party_in(book, match, country, doc.published) if country else None
                region = None
                if not country and REGION_OWNER.search(quote.speaker_text or ""):
                    region = _regions_country(doc)
                if region is not None:
                    # "the province's environment minister" in an article on British Columbia
                    # and other countries: the province's country
                    code = f"{region}{code[3:]}"
                    rule = f"{rule or ''}+actor:role-of-the-region-of-a-{region}-article"
                elif party is not None:
                    code = party
                    rule = f"{rule or ''}+actor:party-in-{country}-article on the date->{code}"
                elif country and match.kind != "party":
                    code = f"{country}{code[3:]}"
                    rule = f"{rule or ''}+actor:role-in-{country}-article"
            quote = replace(quote, actor=code, rule=rule)
        elif match is None and (quote.actor or "").startswith("---") and quote.actor != "---":
            # issue #9 bugs23: a speaker the graph placed with no country ("Robert Jackson, MP
            # for Wantage" -> ---LEG, then "he") takes the article's one country too
            if country is False:
                country = document_country(doc, book)
            if country and not OWNED_ROLE.search(quote.speaker_text or ""):
                code = f"{country}{quote.actor[3:]}"
                rule = f"{quote.rule or ''}+actor:role-in-{country}-article"
                quote = replace(quote, actor=code, rule=rule)
        quotes.append(quote)
    quotes = speakers_placed_once(doc, named_persons_no_civilians(doc, quotes, book))
    doc.quotes = persons_of_the_article(doc, book, quotes)
    return doc


def _graph_placed_name(doc: Document, quote) -> str | None:
    """The actor the graph gave the named speaker's own mention at the speaker span, when it
    was placed by the words around the name (an apposition naming a body), else None."""
    if not quote.speaker or quote.speaker_start is None or quote.speaker_end is None:
        return None
    for mention in doc.mentions or ():
        if mention.start < quote.speaker_start or mention.end > quote.speaker_end:
            continue
        if mention.kind != "name" or mention.canonical != quote.speaker:
            continue
        code = mention.actor or ""
        if (
            len(code) >= 6
            and not code.startswith("---")
            and "placed-by-apposition" in (mention.rule or "")
        ):
            return code
    return None


FOREIGN_ROLE = re.compile(r"\b(?:foreign|overseas|international)\b", re.IGNORECASE)


def _foreign_role(speaker_text: str, code: str) -> bool:
    """A speaker of no country described as foreign ("foreign firms", "overseas investors");
    not a leader or an office (GOV, ELI), foreign to the other side rather than to the home."""
    return bool(FOREIGN_ROLE.search(speaker_text)) and not code.endswith(("GOV", "ELI"))


CAMPAIGN_ROLE = (
    r"(?:senior\s+|chief\s+|top\s+|deputy\s+)?(?:adviser|advisor|aide|manager|chairman|chairwoman"
    r"|chair|strategist|spokes(?:man|woman|person)|(?:communications?\s+)?director|staffer"
    r"|official|pollster|operative)s?"
)
# "a senior adviser to the Clinton campaign", "Obama's former campaign strategist", "Trump
# campaign manager": a post in a candidate's campaign, not in the government
CAMPAIGN_POST = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:['’]s)?|presidential|re-?election|former)\s+campaign\s+"
    + CAMPAIGN_ROLE
    + r"|\b"
    + CAMPAIGN_ROLE
    + r"\s+(?:to|of|for|with|on)\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:[A-Z][\w.'’-]*(?:['’]s)?\s+)*(?:presidential\s+|re-?election\s+)?campaign\b"
)


STAFF_ROLE = (
    r"(?:senior\s+|chief\s+|top\s+|deputy\s+|national\s+)?(?:spokes(?:man|woman|person)|press\s+secretary"
    r"|communications?\s+director|aide|adviser|advisor)"
)
# "Stein spokeswoman Melezia Figueroa", "Clinton communication director Jennifer Palmieri",
# "Trump's spokeswoman", "a spokesman for Jill Stein": a person's own staff, named by the person
STAFF_OF = re.compile(
    r"\b([A-Z][\w'’-]+)(?:['’]s?)?\s+" + STAFF_ROLE + r"\b"
    r"|\b" + STAFF_ROLE + r"\s+(?:for|to)\s+((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]+)\b"
)
NOT_PERSON_AFTER = re.compile(r"\s+(?:campaign|administration|[A-Z])")


def _readable_date(doc: Document) -> str | None:
    """``doc.published`` when the actor book can read it, else None (each person's most recent
    role), as the entity graph and the tagger fall back; the look-ups below take it."""
    try:
        as_date(doc.published)
    except RedlineError:
        return None
    return doc.published


def _staff_of_officeless(doc: Document, book: ActorBook | None, speaker_text: str) -> str | None:
    """issue #10 formers56: the person whose staff the speaker is ("Stein spokeswoman", "a
    spokesman for Jill Stein") when the text names that person and neither the book nor the
    entity graph gives them an office on the article's date (a candidate, guideline §21.1: the
    campaign staff of a candidate who holds no office take the bare country); else None."""
    if book is None:
        return None
    found = STAFF_OF.search(speaker_text)
    if found is None:
        return None
    owner = found.group(1) or found.group(2)
    if found.group(2) and NOT_PERSON_AFTER.match(speaker_text, found.end(2)):
        return None
    surname = owner.split()[-1]
    persons = {
        m.canonical
        for m in doc.mentions or ()
        if m.type == "person" and m.canonical and m.canonical.split()[-1] == surname
    }
    if len(persons) != 1:
        return None  # not a person the text names, or two of that name
    (person,) = persons
    actors = {
        m.actor
        for m in doc.mentions or ()
        if m.type == "person" and m.canonical == person and m.actor
    }
    match = book.lookup(person, date=_readable_date(doc))
    if match is not None:
        actors.add(match.code)
    if any(len(code) > 3 and code[3:] not in STAFF_OWNER_OUTSIDE_GOV for code in actors):
        return None  # an office-holder's (or a placed person's) staff
    return person


# issue #10 codes60: "Michael Briggs, a spokesman for Sanders", "Tad Devine, a senior adviser to
# Mr. Sanders": the staff of a legislator (in 2016 a candidate, guideline §21.1) are his own
# side, never the government's; they keep the bare country like a candidate's
STAFF_OWNER_OUTSIDE_GOV = frozenset({"LEG"})


def named_persons_no_civilians(doc: Document, quotes: list, book: ActorBook | None = None) -> list:
    """issue #10 actors55: a named person's quote is never a civilian's (guideline §8.2: "a
    named person is never CVL"; "Leslie Wimes, a South Florida-based president of ... Caucus"
    is a private person of her country), and a post in a candidate's campaign is no government
    office (guideline §21.1: campaign staff take the bare country): both keep the country."""
    out = []
    for quote in quotes:
        code = quote.actor or ""
        bare = len(code) > 3 and not code.startswith("---") and code[:3] != "IGO"
        civilian = bare and code[3:] == "CVL"
        campaign = bare and code[3:] == "GOV" and CAMPAIGN_POST.search(quote.speaker_text or "")
        staff = None
        if bare and code[3:] == "GOV" and not campaign:
            staff = _staff_of_officeless(doc, book, quote.speaker_text or "")
        if (civilian or campaign or staff) and _named_person(doc, quote):
            why = "a named person is no civilian" if civilian else "a campaign post"
            if staff:
                why = f"staff of {staff}, who holds no government office"
            quote = (
                _told(quote, code[:3], f"{why}->{code[:3]}")
                if civilian
                else replace(
                    quote, actor=code[:3], rule=f"{quote.rule or ''}+actor:{why}->{code[:3]}"
                )
            )
        out.append(quote)
    return out


# "Rep. John Mica (R-Fla.)", "Sen. Jon Tester, D-Mont.", "Gov. Pat McCrory (R)": a U.S. party tag
US_PARTY_TAG = re.compile(r"\(\s*[RDI](?:-[A-Z][A-Za-z.]*)?(?:\)|$)|,\s*[RDI]-[A-Z][A-Za-z.]*")
# issue #10 codes59: the other sectors of a role of no country a named person can be left with
# ("HP's former chief corporate spokesman" ---ELI, "the group's chief strategist" ---PTY)
OFFICE_OF_NO_BODY = frozenset({"ELI", "PTY"})
# the sectors a person of the article's one country keeps from a role of no country: the state's
# are left to the rules above (an office owned by a body the book does not know need not be the
# article's country's government)
PRIVATE_SECTORS = frozenset({"BUS", "EDU", "MED", "HLH", "LAB", "NGO", "REL", "AGR", "ENV"})


def _named_person(doc: Document, quote) -> bool:
    """The quote's speaker is a person the entity graph names (not only a pronoun or a role)."""
    if not quote.speaker:
        return False
    return any(
        m.type == "person" and m.kind not in ("pronoun", "dropped") and m.canonical == quote.speaker
        for m in doc.mentions
    )


# the capitalised words right before a name that may be its title ("Democratic Sen. ",
# "Republican Secretary of State ", "Representative "), and a party-and-state tag after it
# a rank ("General Wesley Clark") is kept after the command: no sector from a title alone
TITLED_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP"})
FORMER_TITLE = re.compile(r"(?i)\b(?:former|ex-|retired|then-)")
TITLE_BEFORE = re.compile(r"(?:(?:[A-Z][\w.'’-]*|of|the)[ \t]+){1,6}$")
STATE_TAG_AFTER = re.compile(r",?\s*\(?[RDI]-[A-Z][A-Za-z.]*")
PLURAL_TITLES = {"Sens.": "Sen.", "Reps.": "Rep.", "Senators": "Senator"}
PLURAL_TITLES["Representatives"] = "Representative"
# "Rep. Joseph Crowley (D-N.Y.), a leading advocate for human rights in Burma": a member of
# Congress by title and party tag, whatever country the rest of the description names
US_MEMBER = re.compile(r"^(?:Sen\.|Rep\.|Senator|Representative|Congress(?:wo)?man)\s")
# the abbreviated titles of U.S. news, read here only (as role words of the book they cost the
# event coder right tuples: "former Arkansas Gov. Mike Huckabee")
US_TITLES = {
    **{"Sen.": "LEG", "Rep.": "LEG", "Representative": "LEG", "Gov.": "GOV"},
    # a delegate to the House ("Del. Stacey Plaskett of the Virgin Islands")
    **{"Del.": "LEG", "Delegate": "LEG"},
}


# "Tulsa police Chief Chuck Jordan", "state Attorney General Josh Stein": a title whose first
# words are in lower case, read as one phrase without the name (the name can be a place word)
LOWER_TITLE_BEFORE = re.compile(
    r"(?:[A-Z][\w.'’-]*[ \t]+)?(?:[a-z][\w'’-]*[ \t]+){1,2}((?:[A-Z][\w.'’-]*[ \t]+){1,3})$"
)
# the offices a former holder keeps as the elite (guideline §8.1, §9.1 former party officials;
# a former prosecutor, host or officer is bare, §15.6, §10.1)
ELI_SECTORS = frozenset({"GOV", "LEG", "PTY", "SPY"})
# "former Pennsylvania Gov. Ed Rendell", "Former DNC chairman Don Fowler", "ex-Sen. ..."
FORMER_BEFORE = re.compile(r"(?i)\b(?:former|ex-)[ \t]*((?:[\w.'’-]+[ \t]+){1,6})$")
# "Don Fowler, a former DNC chairman, said"
FORMER_AFTER = re.compile(
    r",?[ \t]+(?:a|an|the)[ \t]+(?:former|ex-)[ \t]*((?:[^,.;()\n]|(?<=[A-Z])\.){2,60}?)"
    r"(?=[ \t]*[,;)]|\.[ \t\n]|[ \t]+(?:who|and|said|says|told)\b)"
)
# "Don Fowler, who helmed the DNC from 1995 to 1997", "Derek Mitchell, who served as U.S.
# ambassador to Burma from 2012 until ...": an office held in a past time the text gives
SERVED_AFTER = re.compile(
    r",[ \t]+who[ \t]+(?:served[ \t]+as|helmed|headed|chaired|led|ran)[ \t]+"
    r"((?:[^,.;\n]|(?<=[A-Z])\.){3,80}?)"
    r"[ \t]+(?:from|between|until|during|under|in)[ \t]+(?:the[ \t]+)?(?:\d{4}|[A-Z])"
)


def _office_title(doc: Document, book: ActorBook, words: str) -> str | None:
    """The country (or ``---``) of an office ``words`` name ("Pennsylvania Gov.", "DNC
    chairman", "U.S. ambassador to Burma"), None when they name no office of the state or a
    party (a host, a prosecutor, a campaign post)."""
    words = words.strip()
    if not words or re.search(r"(?i)\bcampaign\b", words):
        return None
    if words.split()[-1] in US_TITLES:
        return "USA"
    match = book.lookup(words, date=_readable_date(doc))
    if match is None or match.kind == "person" or match.code[3:] not in ELI_SECTORS:
        return None
    if match.name and re.search(
        r"\b(?:to|for|in|at)\s+(?:the\s+)?" + re.escape(match.name.split()[0]), words
    ):
        return "---"  # "special envoy to Ukraine": the country sent to is not the envoy's
    return match.code[:3]


def _book_person(doc: Document, book: ActorBook, quote) -> bool:
    """Whether the book knows the quote's speaker by name (its own dated offices stand)."""
    match = book.lookup(quote.speaker or "", date=_readable_date(doc))
    return match is not None and match.kind == "person"


def _full_name_mentions(doc: Document, speaker: str) -> list:
    """The graph's mentions of the person ``speaker`` by name (its canonical name), in text
    order: where the text puts a title before the name or a description after it."""
    return sorted(
        (
            m
            for m in doc.mentions or ()
            if m.type == "person" and m.kind == "name" and m.canonical == speaker
        ),
        key=lambda m: m.start,
    )


def _former_office(doc: Document, book: ActorBook, speaker: str) -> tuple[str, str] | None:
    """issue #10 formers56: the country and the words of an office the text says the named
    person held no more: "former Pennsylvania Gov. Ed Rendell", "Don Fowler, a former DNC
    chairman", "Derek Mitchell, who served as U.S. ambassador to Burma from 2012 until ..."
    (guideline §8.1: former office-holders are the elite, ``ELI``)."""
    text = doc.text
    for m in _full_name_mentions(doc, speaker):
        found = FORMER_BEFORE.search(text, max(0, m.start - 70), m.start)
        for regex, at in ((SERVED_AFTER, m.end), (FORMER_AFTER, m.end)):
            if found is None:
                found = regex.match(text, at, at + 160)
        if found is None:
            continue
        country = _office_title(doc, book, found.group(1))
        if country is not None:
            return country, found.group(0).strip(" ,")
    return None


def _titled_sector(doc: Document, book: ActorBook, speaker: str) -> tuple[str, str] | None:
    """The sector a title of no country gives a person where the text names them in full
    ("Sens. Jon Tester (D-Mont.) and David Vitter (R-La.)", "Republican Secretary of State Jon
    Husted"), with the words that gave it; a U.S. party-and-state tag after the name is a
    member of Congress."""
    text = doc.text
    for m in _full_name_mentions(doc, speaker):
        title = TITLE_BEFORE.search(text, max(0, m.start - 60), m.start)
        if title is not None and not FORMER_TITLE.search(text, max(0, title.start() - 12), m.start):
            # "former Arkansas Gov. Mike Huckabee", "retired Gen. Wesley Clark": no office now
            words = " ".join(PLURAL_TITLES.get(w, w) for w in title.group(0).split())
            last = words.split()[-1]
            if last in US_TITLES:
                return US_TITLES[last], words
            match = book.lookup(f"{words} {m.text}", date=_readable_date(doc))
            if (
                match is not None
                and match.kind == "role"
                and match.code.startswith("---")
                and match.code[3:] in TITLED_SECTORS
            ):
                return match.code[3:], words
        lower = LOWER_TITLE_BEFORE.search(text, max(0, m.start - 60), m.start)
        if lower is not None and not FORMER_TITLE.search(text, max(0, lower.start() - 12), m.start):
            # issue #10 formers56: "Tulsa police Chief Chuck Jordan": the title alone, as the
            # name can be a place word ("Jordan")
            words = lower.group(0).strip()
            tail = book.lookup(lower.group(1).strip(), date=_readable_date(doc))
            match = book.lookup(words, date=_readable_date(doc))
            # the capitalised words are a title ("Chief"), not a first name ("Ana [Reyes]")
            if (
                tail is not None
                and tail.kind == "role"
                and match is not None
                and match.kind == "role"
                and match.code.startswith("---")
                and match.code[3:] in TITLED_SECTORS
            ):
                return match.code[3:], words
        tag = STATE_TAG_AFTER.match(text, m.end, m.end + 14)
        if tag is not None:
            return "LEG", tag.group(0).strip(" ,(")
    return None


def _phrase_table(
    key: str, before: str = "", inline_comments: bool = False
) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A TAB file's phrases (``key``, one phrase a line, a TAB, its value) as one pattern
    (longest first, whole words, any case, after the lookbehinds ``before``) and each phrase's
    value; no pattern for an empty file."""
    rows = [line.split("\t") for line in datafiles.lines(key, inline_comments=inline_comments)]
    table = {row[0].strip().lower(): row[1].strip() for row in rows if len(row) > 1}
    if not table:
        return None, table
    alternatives = "|".join(re.escape(p) for p in sorted(table, key=len, reverse=True))
    pattern = r"(?<![\w-])" + before + r"(?:" + alternatives + r")(?![\w-])"
    return re.compile(pattern, re.IGNORECASE), table


@datafiles.cached
def _described_sectors() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The phrases of ``quotes/described_sectors.txt`` and each phrase's sector ("union", not
    the European, African or Soviet Union)."""
    return _phrase_table(
        "quotes/described_sectors.txt", r"(?<!European )(?<!African )(?<!Soviet )", True
    )


# the words before a name ("evangelist Franklin Graham", "the New Yorker writer Mark Singer",
# "AFL-CIO president Steven Tolman") and an apposition after it ("Dean Baker, co-director of
# the Center for Economic and Policy Research, a liberal think tank, said")
WORDS_BEFORE = re.compile(r"((?:[\w.'’&-]+[ \t]+){1,5})$")
APPOSITION_AFTER = re.compile(r",[ \t]+((?:[^.;:\"“”\n]|(?<=[A-Z])\.){3,160})")
APPOSITION_END = re.compile(
    r"[ \t]+(?:said|says|told|added|argued|wrote|noted|explained|recalled)\b|,[ \t]+(?:said|says)\b"
)
FORMER_BEFORE_WORD = re.compile(r"(?i)\b(?:former|retired|ex-|onetime|one-time)\b[^,;]{0,25}$")


def _descriptions(doc: Document, speaker: str) -> list[str]:
    """The words the text puts right before the named person's name and the apposition after
    it, at each of its full-name mentions."""
    text = doc.text
    out = []
    for m in _full_name_mentions(doc, speaker):
        before = WORDS_BEFORE.search(text, max(0, m.start - 60), m.start)
        if before is not None:
            out.append(before.group(1))
        after = APPOSITION_AFTER.match(text, m.end, m.end + 170)
        if after is not None:
            out.append(APPOSITION_END.split(after.group(1), maxsplit=1)[0])
    return out


def _sector_of_description(book: ActorBook, words: str, country: str, date: str | None):
    """The private sector and the phrase naming it in a person's description: a body the book
    knows of the article's country with a private sector ("an MSNBC host"), else the earliest
    phrase of ``described_sectors.txt``; not one a former occupation names (§15.6)."""
    found = []
    for start, end, match in book.find_mentions(words, date=date):
        code = match.code
        if len(code) == 6 and code[:3] == country and code[3:] in PRIVATE_SECTORS:
            found.append((start, code[3:], words[start:end]))
    pattern, sectors = _described_sectors()
    for hit in pattern.finditer(words) if pattern is not None else ():
        found.append((hit.start(), sectors[hit.group(0).lower()], hit.group(0)))
        break
    for start, sector, phrase in sorted(found):
        if FORMER_BEFORE_WORD.search(words[:start]):
            return None
        return sector, phrase
    return None


def _described_sector(doc: Document, book: ActorBook, speaker: str, country: str):
    """issue #10 codes59: the private sector a named person's description gives ("Joe Madison,
    a D.C.-based talk radio host", "evangelist Franklin Graham", "Josh Bivens, research and
    policy director of the progressive Economic Policy Institute"), with its phrase; None."""
    date = _readable_date(doc)
    for words in _descriptions(doc, speaker):
        found = _sector_of_description(book, words, country, date)
        if found is not None:
            return found
    return None


# "Senate Minority Leader Harry M. Reid (D-Nev.)", "Jim Clyburn, a Democratic congressman and
# civil rights leader": a legislator, whatever the generic role word ("leader") the book read
LEGISLATIVE = re.compile(
    r"\b(?:Senate|(?<!White )House|[Cc]ongress(?:wo)?man|[Ll]awmaker|[Ss]enator|Sen\.|Rep\.)(?!\w)"
    r"|\([RDI]-[A-Z]"
)


def _office_in_role(doc: Document, book: ActorBook, quote) -> tuple[str, str] | None:
    """issue #10 codes59: the sector a named speaker's words (the speaker span, then the words
    before the name and the apposition after it at each full mention) give where a person the
    book does not know took the government from a generic role word ("president", "leader",
    "adviser"): a legislator ("Senate Minority Leader X (D-Nev.)", "X, a Democratic congressman
    and civil rights leader"), or a private body ("AFL-CIO president X", "X, president of the
    Harbor Teachers Association"); None."""
    country = (quote.actor or "")[:3]
    for words in [quote.speaker_text or "", *_descriptions(doc, quote.speaker)]:
        found = LEGISLATIVE.search(words)
        if found is not None and not FORMER_BEFORE_WORD.search(words[: found.start()]):
            return "LEG", found.group(0)
        described = _sector_of_description(book, words, country, _readable_date(doc))
        if described is not None:
            return described
    return None


TOLD = re.compile(r"\+actor\[was ([^\]]*)\]")


def _told(quote, code: str, note: str):
    """``quote`` with ``code``, its rule keeping the actor it had before ("+actor[was -]:...")."""
    was = quote.actor or "-"
    return replace(quote, actor=code, rule=f"{quote.rule or ''}+actor[was {was}]:{note}")


def quotes_for_events(quotes: list) -> list:
    """The quotes as the event coder reads them: a speaker's code set only for the quote's own
    sake (:func:`persons_of_the_article`, a named person no civilian) is the actor it had before
    there. Measured on the free document gold (issue #10 actors55), the event coder reading
    these codes gains 23 root tuples, 11 of them right, and loses one right one (4,308 / 1,076
    -> 4,318 / 1,088): about half right against its 0.80, so it goes on as before until the
    speech events of private speakers are mended."""
    out = []
    for quote in quotes:
        told = TOLD.search(quote.rule or "")
        if told is not None:
            was = told.group(1)
            quote = replace(quote, actor=None if was == "-" else was)
        out.append(quote)
    return out


def _places_country(doc: Document, book: ActorBook) -> str | None:
    """The country of the article's places and named actors together, as the event coder takes
    it when no dateline says (``places_country``: "West Virginia", "Charleston", "Peabody
    Energy's" American story); None when no country leads."""
    from redline.events.arguments import places_country

    found = book.find_mentions(doc.text, date=_readable_date(doc))
    return places_country(found, doc.mentions or ())


def persons_of_the_article(doc: Document, book: ActorBook, quotes: list) -> list:
    """issue #10 actors55: every named speaker carries an actor code. A person the book does not
    know and whose words give no country (a voter, a singer, a letter writer, a campaign aide:
    "Melanie said", "Rakeyia Scott said") is a private person of the article's one country, bare
    (guideline §8.2: a named private person is never CVL); one whose role names a private sector
    of no country ("a law professor at ...", "executive director of ...") takes that country
    with the sector. The article's country is the one its coded entities name
    (:func:`document_country`), else that of its places and actors together. A title where the
    text names the person in full gives the sector ("Sens. Jon Tester (D-Mont.) and ...",
    "Republican Secretary of State Jon Husted"); a U.S. title and party tag ("Rep. John Mica
    (R-Fla.)", "David Vitter (R-La.)") make a member of Congress whatever the article's country.
    Every code set here keeps the one before in its rule (:func:`quotes_for_events`), but for a
    former office-holder's ``ELI`` (issue #10 formers56: "former Pennsylvania Gov. X", "X, who
    served as U.S. ambassador to Burma from 2012"), which the event coder reads: on the free
    document gold it changes no root tuple (nor does it hidden)."""
    country: str | None | bool = False  # not yet computed
    out = []
    for quote in quotes:
        code = quote.actor or ""
        state_role = code.startswith("---") and code[3:] in STATE_OWNERS
        if state_role or (code.startswith("---") and code[3:] in OFFICE_OF_NO_BODY):
            if state_role and US_PARTY_TAG.search(quote.speaker_text or ""):
                quote = _told(quote, "USA" + code[3:], f"U.S.-party-tag->USA{code[3:]}")
            elif _named_person(doc, quote):
                # issue #10 codes59: "Roy Verley, HP's former chief corporate spokesman", "Guy
                # Cecil, the group's chief strategist": a post in a body of no country the
                # rules above left unplaced; the named person is of the article's country
                if country is False:
                    country = document_country(doc, book) or _places_country(doc, book)
                described = None
                if country and code[3:] in ("COP", "GOV"):
                    # issue #10 codes60: "X, president of the Cleveland Police Patrolmen's
                    # Association": the body the description names is private (a union)
                    described = _described_sector(doc, book, quote.speaker, country)
                if described is not None:
                    quote = _told(
                        quote,
                        country + described[0],
                        f"owned-role-described-{described[1]!r}-in-the-{country}-article",
                    )
                elif country:
                    quote = _told(quote, country, f"owned-role-person-of-the-{country}-article")
            out.append(quote)
            continue
        if (
            len(code) == 6
            and code[3:] == "GOV"
            and _named_person(doc, quote)
            and not _book_person(doc, book, quote)
        ):
            office = _office_in_role(doc, book, quote)
            if office is not None:
                quote = _told(quote, code[:3] + office[0], f"role-named-{office[1]!r}")
                out.append(quote)
                continue
        speaker_text = quote.speaker_text or ""
        if (
            code[:3] != "USA"
            and US_MEMBER.match(speaker_text)
            and US_PARTY_TAG.search(speaker_text)
            and _named_person(doc, quote)
        ):
            quote = _told(quote, "USALEG", "U.S.-title-and-party-tag->USALEG")
            out.append(quote)
            continue
        former = None
        if not code or (
            len(code) == 6 and code[3:] in ELI_SECTORS and not _book_person(doc, book, quote)
        ):
            former = _former_office(doc, book, quote.speaker) if _named_person(doc, quote) else None
        if former is not None:
            place = former[0] if former[0] != "---" else code[:3]
            if not place:
                if country is False:
                    country = document_country(doc, book) or _places_country(doc, book)
                place = country or None
            if place and place != "---":
                note = f"former-office-{former[1]!r}->{place}ELI"
                out.append(
                    replace(quote, actor=place + "ELI", rule=f"{quote.rule or ''}+actor:{note}")
                )
                continue
        if code and not (code.startswith("---") and code[3:] in PRIVATE_SECTORS):
            out.append(quote)
            continue
        if not _named_person(doc, quote):
            out.append(quote)
            continue
        if not code and (body := _described_body(doc, quote)) is not None:
            quote = _told(quote, body[0], f"described-body-{body[1]!r}->{body[0]}")
            out.append(quote)
            continue
        if not code and (outlet := _outlet_written_in(doc, book, quote.speaker)) is not None:
            quote = _told(quote, outlet[0], f"wrote-in-{outlet[1]!r}->{outlet[0]}")
            out.append(quote)
            continue
        titled = _titled_sector(doc, book, quote.speaker) if not code else None
        if titled is not None and titled[0] == "LEG" and US_PARTY_TAG.search(f"({titled[1]})"):
            # "David Vitter (R-La.)": a member of Congress whatever the article's country
            quote = _told(quote, "USALEG", f"U.S.-party-tag-after-the-name:{titled[1]!r}->USALEG")
            out.append(quote)
            continue
        if country is False:
            country = document_country(doc, book) or _places_country(doc, book)
        if country:
            note = f"person-of-the-{country}-article"
            if titled is not None:
                code = "---" + titled[0]
                note = f"titled-{titled[1]!r}-in-the-{country}-article"
            elif not code and (described := _described_sector(doc, book, quote.speaker, country)):
                code = "---" + described[0]
                note = f"described-{described[1]!r}-in-the-{country}-article"
            quote = _told(quote, country + code[3:], note)
        out.append(quote)
    return out


# issue #10 codes60: "Clark County Sheriff Joe Lombardo", "Joe Arden, the Pima County sheriff":
# a county sheriff is American law enforcement (guideline §3 COP) in any article
COUNTY_SHERIFF = re.compile(
    r"\b[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?[ \t]+County[ \t]+[Ss]heriff\b"
)


@datafiles.cached
def _described_bodies() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The phrases of ``quotes/described_bodies.txt`` and each one's code."""
    return _phrase_table("quotes/described_bodies.txt")


# "columnist Ai Jun wrote in the Global Times piece", "Jane Roe, writing in Le Monde": the outlet
# a named writer wrote in
WROTE_IN = re.compile(
    r",?[ \t]+(?:wrote|writes|writing|argued|argues)[ \t]+(?:in|for)[ \t]+((?:[^.;:,\n]){3,50})"
)


def _outlet_written_in(doc: Document, book: ActorBook, speaker: str) -> tuple[str, str] | None:
    """issue #10 codes60: the code of a media outlet of a country the book knows that the named
    person wrote in ("columnist Ai Jun wrote in the Global Times piece" -> CHNMED), with its
    name; else None."""
    text = doc.text
    date = _readable_date(doc)
    for m in _full_name_mentions(doc, speaker):
        found = WROTE_IN.match(text, m.end, m.end + 80)
        if found is None:
            continue
        for start, end, match in book.find_mentions(found.group(1), date=date):
            code = match.code
            if len(code) == 6 and code[3:] == "MED" and code[:3] in book.countries:
                return code, found.group(1)[start:end]
    return None


def _described_body(doc: Document, quote) -> tuple[str, str] | None:
    """issue #10 codes60: the code of a body of one country the named speaker's span or
    descriptions name ("Clark County Sheriff Joe Lombardo", "Kevin Hecht, a Border Patrol
    tunneling expert") with its words, not after "former" (§15.6); else None."""
    pattern, codes = _described_bodies()
    for words in [quote.speaker_text or "", *_descriptions(doc, quote.speaker)]:
        hits = [(m.start(), "USACOP", m.group(0)) for m in COUNTY_SHERIFF.finditer(words)]
        if pattern is not None:
            hits += [
                (m.start(), codes[m.group(0).lower()], m.group(0)) for m in pattern.finditer(words)
            ]
        for start, code, phrase in sorted(hits):
            if FORMER_BEFORE_WORD.search(words[:start]):
                return None
            return code, phrase
    return None


def _speaker_key(quote, by_start) -> int | str | None:
    """The entity the quote's speaker is (the graph's mention at the speaker span naming the
    speaker), else the speaker's name."""
    if not quote.speaker:
        return None
    start, end = quote.speaker_start, quote.speaker_end
    if start is not None and end is not None:
        for mention in by_start.overlapping(start, end):
            if mention.canonical == quote.speaker and mention.kind != "dropped":
                return mention.entity
    return quote.speaker


def speakers_placed_once(doc: Document, quotes: list) -> list:
    """issue #9/#10 speakers52: one speaker, one actor. The titled first mention ("Republican
    Senator John Barrasso said", "Ghana's Finance Minister Kwabena Duffuor") is placed, the
    later ones ("Barrasso said", "Mr Duffuor told", "he added") name no office and found
    nothing: they take the actor of the speaker's nearest placed quote before them (else the
    first after). A later mention with an office of no country of its own ("the minister of the
    economy, Mr. Guajardo" -> ---GOV) keeps its office in the speaker's country."""
    by_start = MentionIndex(list(doc.mentions or ()))
    keys = [_speaker_key(q, by_start) for q in quotes]
    placed: dict[int | str, list[tuple[int, str]]] = {}
    for key, quote in zip(keys, quotes, strict=True):
        code = quote.actor or ""
        if key is not None and len(code) >= 3 and not code.startswith("---"):
            placed.setdefault(key, []).append((quote.start, code))
    out = []
    for key, quote in zip(keys, quotes, strict=True):
        told = placed.get(key)
        code = quote.actor or ""
        if told and (not code or (code.startswith("---") and code != "---")):
            before = [c for s, c in told if s <= quote.start]
            actor = before[-1] if before else told[0][1]
            if code:  # an office of its own, in the speaker's country
                actor = actor[:3] + code[3:]
            quote = replace(
                quote, actor=actor, rule=f"{quote.rule or ''}+actor:same-speaker-placed->{actor}"
            )
        out.append(quote)
    return out
