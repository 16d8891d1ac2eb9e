"""Recognise the parts of a news header: date lines, bylines, datelines, headlines, outlets.

Each function looks at one line (or paragraph) and answers with what it found or None; deciding
what to do with the answer is :mod:`redline.clean.text`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from redline.clean.rules import word_set

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?,?"
# issue #10 clean18: Portuguese and Spanish date lines on web pages ("sexta-feira, 22 de outubro
# de 2010 às 20:13", "lunes, 3 de mayo de 2021")
ROMANCE_MONTH = (
    r"(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
    r"|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre"
    r"|diciembre)"
)
ROMANCE_WEEKDAY = (
    r"(?:(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo|lunes|martes"
    r"|miércoles|jueves|viernes),?"
)
DATE_CORE = re.compile(
    rf"(?:{WEEKDAY}\s+|{ROMANCE_WEEKDAY}\s+)?(?:"
    rf"{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # September 13, 2024
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+\d{{4}}"  # 13 September 2024
    r"|\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?"  # 2024-09-13
    r"|\d{1,2}/\d{1,2}/\d{4}"  # 09/13/2024
    r"|\d{1,2}\.\d{1,2}\.\d{4}"  # 08.04.2015 (day first)
    rf"|\d{{1,2}}º?\s+de\s+{ROMANCE_MONTH}\s+de\s+\d{{4}}"  # 22 de outubro de 2010
    r")",
    re.I,
)
DATE_PREFIX = re.compile(
    r"^(?:(?:first\s+)?published|posted|updated|(?:last|latest)\s+update[d]?|date|dated|created)"
    r"(?:\s+(?:on|at))?\s*:?\s*",
    re.I,
)
# issue #10 clean18: a time zone is one of these, not any word of four letters ("May 06, 2022
# News" is a date and a section label, not a date line)
TIME_ZONE = (
    r"(?:UTC|GMT|Z|ET|CT|MT|PT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|AST|ADT|NST|NDT"
    r"|BST|IST|CET|CEST|EET|EEST|WET|WEST|MSK|JST|KST|HKT|SGT|PHT|ICT|WIB|PKT|GST|AEST|AEDT"
    r"|ACST|ACDT|AWST|NZST|NZDT|SAST|WAT|CAT|EAT)"
)
CLOCK = rf"\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?{TIME_ZONE}\)?)?"
TIME_PART = re.compile(
    rf"^(?:at\s+|às\s+|a\s+las\s+|um\s+)?{CLOCK}(?:\s*uhr)?$"
    rf"|^(?:{TIME_ZONE}|GMT[+-]\d+|UTC[+-]?\d*)$",
    re.I,
)
# a clock time before the date ("5:45 AM PST 11/19/2019")
LEADING_TIME = re.compile(
    rf"^\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*{TIME_ZONE})?,?\s+", re.I
)
DATE_PIECE_SPLIT = re.compile(r"\s*(?:\||•|·|—|–|\s-\s)\s*")

DASH = r"(?:—|–|--|-)"
# "OTTAWA, Ontario —", "WASHINGTON (Reuters) -", "LONDON, Sept 13 (Reuters) -", "KYIV (AP) —"
DATELINE_CAPS = re.compile(
    rf"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý.'’]+(?:[ -][A-ZÀ-Ý.'’]+){{0,3}}"
    rf"(?:,\s*[A-ZÀ-Ý][\w.'’]*(?:\s[A-ZÀ-Ý][\w.'’]*){{0,2}})?)"
    rf"(?:,\s*(?P<date>(?i:{MONTH})\s+\d{{1,2}}))?"
    rf"\s*(?:\((?P<agency>[A-Z][\w.&' ]{{0,30}})\))?"
    rf"\s*{DASH}\s+(?=\S)"
)
# Mixed case is a dateline only with an agency in brackets: "Kyiv (AP) — "
DATELINE_AGENCY = re.compile(
    rf"^(?P<place>[A-ZÀ-Ý][\w.'’]+(?:[ -][A-ZÀ-Ý][\w.'’]+){{0,3}}"
    rf"(?:,\s*[A-ZÀ-Ý][\w.'’]*(?:\s[A-ZÀ-Ý][\w.'’]*){{0,2}})?)"
    rf"(?:,\s*(?P<date>(?i:{MONTH})\s+\d{{1,2}}))?"
    rf"\s*\((?P<agency>[A-Z][\w.&' ]{{0,30}})\)"
    rf"\s*{DASH}?\s+(?=\S)"
)
BYLINE = re.compile(r"^(?:written\s+|story\s+)?by\s*:?\s+(?P<rest>\S.*)$", re.I)
NAME_PARTICLES = {
    "de",
    "da",
    "del",
    "della",
    "di",
    "van",
    "von",
    "der",
    "den",
    "bin",
    "al",
    "la",
    "le",
}
NAME_WORD = re.compile(r"^(?:[A-ZÀ-Ý][\w'’.-]*|[A-Z]\.|(?:al|el)-[A-Z][\w'’-]*)$")
OUTLET_IN_REMARK = re.compile(
    r"\b(?:published|printed|appeared|ran|posted|reported|story|article|piece|report|column"
    r"|editorial|op-ed|via|courtesy of)\s+(?:today\s+|yesterday\s+|this morning\s+)?"
    r"(?:in|by|on|from|at|of)?\s*(?:[Tt]he\s+)?"
    r"(?P<outlet>[A-Z][\w&'’.-]*(?:\s+(?:(?:and|of|&)\s+)?(?!I\b)[A-Z][\w&'’.-]*){0,5})"
)
SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")


@dataclass(frozen=True)
class Dateline:
    place: str
    agency: str | None
    date: str | None
    end: int  # characters of the paragraph the dateline occupies, dash included
    rule: str = "dateline"


def date_in_line(line: str) -> str | None:
    """The date text when the whole line is a date line ("Sep 13, 2024 | 4:05 pm",
    "Published: 13 September 2024"), else None. Bylines with a date are handled elsewhere."""
    stripped = DATE_PREFIX.sub("", line.strip())
    if len(stripped) > 80 or not stripped:
        return None
    found = None
    for piece in DATE_PIECE_SPLIT.split(stripped):
        piece = DATE_PREFIX.sub("", piece.strip()).strip(" ,")
        if not piece:
            continue
        if found is None and not DATE_CORE.match(piece):
            piece = LEADING_TIME.sub("", piece, count=1)
        match = DATE_CORE.match(piece)
        if match and found is None:
            rest = piece[match.end() :].strip(" ,")
            if rest and not TIME_PART.match(rest):
                return None
            found = match.group(0)
        elif not TIME_PART.match(piece):
            return None
    return found


# issue #10 clean18: a date line with the section after it ("May 06, 2022 News")
DATED_SECTION = re.compile(r"^(?P<label>[A-Z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*){0,2})$")


def date_and_section(line: str) -> tuple[str, str] | None:
    """(date, section) when ``line`` is a date and then a section label of one to three
    capitalised words, else None."""
    stripped = DATE_PREFIX.sub("", line.strip())
    match = DATE_CORE.match(stripped)
    if not match or len(stripped) > 60:
        return None
    label = DATED_SECTION.match(stripped[match.end() :].strip(" ,|•·—–-"))
    if not label or re.search(r"\d", label.group(0)) or TIME_PART.match(label.group(0)):
        return None
    return match.group(0), label.group("label")


@cache
def _dateparser():
    import dateparser  # imported on first use: it takes a second to load

    return dateparser


def iso_date(value: str | None) -> str | None:
    """``value`` as ISO ``YYYY-MM-DD``, or None when it is not a full date."""
    if not value:
        return None
    value = value.strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        return match.group(0)
    match = re.match(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\b", value)
    if match:  # a dotted date is day first ("08.04.2015" is 8 April)
        day, month, year = (int(part) for part in match.groups())
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    parsed = _dateparser().parse(
        value,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"},
    )
    if parsed is None:
        parsed = _dateparser().parse(value, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None


# Agencies written in capitals that open a dateline with no dash: "Kyiv (AP) Ukraine said ...".
CAPS_AGENCIES = frozenset(
    {"AP", "AFP", "UPI", "PTI", "IANS", "ANI", "UNI", "APA", "AA", "DPA", "KUNA", "WAM", "SPA",
     "IRNA", "MENA", "TASS", "NNA", "CNA", "PNA", "NAN", "KCNA", "EFE", "ANSA", "BNA", "SANA"}
)  # fmt: skip


def _agency_dateline(match: re.Match, place: str) -> bool:
    """Whether a mixed-case "Place (AGENCY)" opening is a dateline. Without a dash the bracket
    must name an agency, not an organisation's acronym ("The Nigeria Labour Congress (NLC) on
    Tuesday called ...", "Amnesty International (AI) has accused ...")."""
    if re.search(DASH + r"\s*$", match.group(0)):
        return True
    agency = match.group("agency") or ""
    if place.split()[0] in ("The", "A", "An"):
        return False
    return agency.upper() in CAPS_AGENCIES or not agency.isupper()


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening ``paragraph``, if it has one."""
    for pattern in (DATELINE_CAPS, DATELINE_AGENCY):
        match = pattern.match(paragraph)
        if not match:
            continue
        place = match.group("place").strip(" ,")
        if pattern is DATELINE_CAPS and not re.search(r"[A-Z]{2}", place.split(",")[0]):
            continue
        if pattern is DATELINE_AGENCY and not _agency_dateline(match, place):
            continue
        return Dateline(
            place=normal_case(place),
            agency=match.group("agency"),
            date=match.group("date"),
            end=match.end(),
        )
    return None


def normal_case(text: str) -> str:
    """ "NEW YORK" -> "New York", "O'BRIEN" -> "O'Brien"; mixed-case words are left as printed."""
    words = re.split(r"(\s+|-)", text)
    out = []
    for word in words:
        if word.isupper() and len(word) > 1 and not re.fullmatch(r"(?:[A-Z]\.)+", word):
            word = word[0] + word[1:].lower()
            word = re.sub(r"^([A-Z])['’]([a-z])", lambda m: f"{m[1]}'{m[2].upper()}", word)
            word = re.sub(r"^(Ma?c)([a-z])", lambda m: m[1] + m[2].upper(), word)
        out.append(word)
    return "".join(out)


@dataclass(frozen=True)
class Byline:
    authors: tuple[str, ...]
    organisation: str | None
    date: str | None


def parse_byline(line: str) -> Byline | None:
    """Names (without job titles, in normal case) from a "By ..." line, or None when the line is
    not a byline ("By the end of the week, ..." names nobody)."""
    match = BYLINE.match(line.strip())
    if not match:
        return _dated_byline(line)
    if len(line.split()) > 25:
        return None
    rest = match.group("rest").strip()
    date = None
    rest, date = _date_after_names(rest)
    pieces = DATE_PIECE_SPLIT.split(rest)
    names_part, organisation = pieces[0], None
    for piece in pieces[1:]:
        if date_in_line(piece):
            date = date or date_in_line(piece)
        elif not organisation and piece and piece[0].isupper() and not TIME_PART.match(piece):
            organisation = piece.strip()
    authors: list[str] = []
    for number, chunk in enumerate(re.split(r"\s*[,;]\s*", names_part)):
        chunk = re.sub(r"\s+(?:in|at|from)\s+[A-Z].*$", "", chunk.strip()).strip()
        if not chunk:
            continue
        names = [n for n in re.split(r"\s+(?:and|AND|&)\s+", chunk) if n]
        if all(is_person_name(n) for n in names):
            authors.extend(normal_case(n.strip()) for n in names)
        elif number == 0:
            return None
        else:
            if not organisation and not is_job_title(chunk) and chunk[:1].isupper():
                organisation = chunk
            break
    if not authors:
        return None
    if organisation:
        organisation = re.sub(r"^the\s+", "", organisation, flags=re.I)
    return Byline(tuple(authors), organisation, date)


# issue #10 clean18: the date and time before the byline ("5:45 AM PST 11/19/2019 by Patrick
# Shanley")
DATED_BYLINE = re.compile(r"^(?P<date>\S.{3,60}?)\s+by\s+(?P<rest>\S.*)$", re.I)


def _dated_byline(line: str) -> Byline | None:
    """A byline after a date line on the same line: the names read as "By ..." would be."""
    match = DATED_BYLINE.match(line.strip())
    if not match or not date_in_line(match.group("date")):
        return None
    byline = parse_byline("By " + match.group("rest"))
    if byline is None:
        return None
    return Byline(byline.authors, byline.organisation, date_in_line(match.group("date")))


def _date_after_names(rest: str) -> tuple[str, str | None]:
    """A byline's names without a date printed after a comma ("Evan Symon, August 14, 2020
    2:30 pm"), and that date (or None)."""
    for comma in re.finditer(r",\s*", rest):
        date = date_in_line(rest[comma.end() :])
        if date:
            return rest[: comma.start()], date
    return rest, None


def is_person_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 5 or is_job_title(text):
        return False
    capitalised = [w for w in words if w.lower() not in NAME_PARTICLES]
    return bool(capitalised) and all(NAME_WORD.match(w) for w in capitalised)


def is_job_title(text: str) -> bool:
    titles = word_set("byline_titles.txt")
    return any(word.lower().strip(".,") in titles for word in text.split())


def outlet_in_remark(remark: str) -> str | None:
    """The outlet a forwarder names: "...this story published in the Daily Planet:" -> "Daily
    Planet"."""
    for match in OUTLET_IN_REMARK.finditer(remark):
        outlet = match.group("outlet").rstrip(".'’")
        if outlet and outlet not in {"I", "The", "This", "It", "A"}:
            return outlet
    return None


def ends_sentence(line: str) -> bool:
    return bool(SENTENCE_END.search(line.strip()))


def looks_like_headline(line: str) -> bool:
    """A short line that does not end like a sentence: the shape of a headline."""
    stripped = line.strip().lstrip("#").strip()
    words = stripped.split()
    if not words or len(words) > 25 or len(stripped) > 200:
        return False
    if stripped.endswith((".", ":", ",", ";")) and not stripped.endswith("..."):
        return False
    return any(ch.isalpha() for ch in stripped)


# --- the lead of the body: correction notes, an inline byline and the dateline ---------------
#
# Wire copy often arrives as one paragraph: "(Corrects spelling of ...) By Jane Doe and John Roe
# WASHINGTON (Reuters) - The Senate ...". Each piece is peeled off the front in turn, so the
# first sentence starts with the story itself.

CORRECTION_NOTE = re.compile(
    r"^\(+(?P<note>(?:[^()]|\([^()]*\))*?\b(?:correct|refile|re-?issue|updat|version|adds|fixes"
    r"|repeat|changes|removes|clarif)\w*\b(?:[^()]|\([^()]*\))*)\)+\s*",
    re.I,
)
INLINE_BYLINE = re.compile(
    r"^By\s+(?P<names>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|al|bin|and|,)){1,11}?)"
    r"\s+(?=[A-ZÀ-Ý]{2,}[\s,/]|\()"
)
_CAPS_PLACE = (
    r"[A-ZÀ-Ý][A-ZÀ-Ý.'’]+(?:[ -][A-ZÀ-Ý.'’]+){0,3}"
    r"(?:,\s*[A-ZÀ-Ý][\w.'’]*(?:\s(?:of\s|and\s|the\s)?[A-ZÀ-Ý][\w.'’]*){0,4})?"
)
WIRE_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}(?:\s*/\s*{_CAPS_PLACE}){{0,3}})?"
    rf"(?:,\s*(?P<date>(?i:{MONTH})\s+\d{{1,2}}))?,?"
    rf"\s*\((?P<agency>[^()]{{0,40}})\)"
    rf"\s*{DASH}\s+(?=\S)"
)
DATELINE_LINE = re.compile(rf"^{_CAPS_PLACE}$")
CREDIT_LINE = re.compile(
    r"^\(?\s*(?:with\s+(?:a\s+)?(?:report|reporting|files|additional reporting)\s+(?:from|by)"
    r"|(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by|compiled\s+by"
    r"|(?:the\s+)?associated\s+press\s+contributed|\w+\s+contributed\s+to\s+this\s+report)"
    r"\b[^()]{0,300}\)?\s*$",
    re.I,
)
CREDIT_AT_END = re.compile(
    r"\s*\(\s*(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\b[^()]{0,300}\)\s*$",
    re.I,
)
BYLINE_NOUNS = frozenset(
    [
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
        "writer",
        "writers",
        "editor",
        "editors",
        "columnist",
        "contributor",
        "producer",
        "photographer",
        "analyst",
        "chief",
    ]
)


WIRE_AGENCIES = frozenset(
    {"ap", "afp", "reuters", "upi", "dpa", "xinhua", "ians", "pti", "ani", "cnn", "bloomberg"}
)


@dataclass(frozen=True)
class LeadItem:
    """One piece peeled off the front of the body, with where it was and the rule."""

    kind: str  # "correction", "byline" or "dateline"
    text: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Lead:
    items: tuple[LeadItem, ...]
    end: int  # where the story's first sentence starts
    dateline: Dateline | None
    authors: tuple[str, ...]
    correction: str | None


def split_lead(text: str) -> Lead:
    """Peel correction notes, an inline "By ..." byline and a dateline off the start of
    ``text``; nothing is peeled unless a dateline follows the byline."""
    items: list[LeadItem] = []
    pos, correction, authors = 0, None, ()
    dateline = None
    match = CORRECTION_NOTE.match(text)
    if match and len(match.group("note")) < 400:
        correction = match.group("note").strip()
        note = match.group(0).strip()
        items.append(LeadItem("correction", note, 0, match.end(), "correction-note"))
        pos = match.end()
    byline = INLINE_BYLINE.match(text[pos : pos + 300])
    after_byline = pos + byline.end() if byline else pos
    found = find_lead_dateline(text[after_byline : after_byline + 300])
    if byline and found is not None:
        names = [n for n in re.split(r"\s*,\s*|\s+and\s+", byline.group("names")) if n.strip()]
        if names and all(is_person_name(n) for n in names):
            authors = tuple(normal_case(n.strip()) for n in names)
            text_of = byline.group(0).strip()
            items.append(LeadItem("byline", text_of, pos, after_byline, "inline-byline"))
            pos = after_byline
    if found is None:
        found = find_lead_dateline(text[pos : pos + 300])
    if found is not None:
        dateline = found
        piece = text[pos : pos + found.end].strip()
        items.append(LeadItem("dateline", piece, pos, pos + found.end, found.rule))
        pos += found.end
    if dateline is None and not authors:
        # a correction note alone still goes: it is the desk's, not the story's
        pos = items[0].end if items else 0
    return Lead(tuple(items), pos, dateline, authors, correction)


def find_lead_dateline(paragraph: str) -> Dateline | None:
    """A dateline at the start of ``paragraph``: wire forms ("SEATTLE/WASHINGTON (Reuters) -",
    "(Reuters) -", "WASHINGTON () -") first, then :func:`find_dateline`'s."""
    match = WIRE_DATELINE.match(paragraph)
    if match and (match.group("place") or match.group("agency").strip()):
        place = (match.group("place") or "").strip(" ,")
        agency = re.split(r"\s+on\s+|\s*/\s*", match.group("agency").strip())[0] or None
        if place and not re.search(r"[A-Z]{2}", place.split(",")[0]):
            place = ""
        if place or agency:
            first = re.split(r"\s*/\s*", place)[0] if place else ""
            return Dateline(
                place=normal_case(first) if first else "",
                agency=agency,
                date=match.group("date"),
                end=match.end(),
                rule="wire-dateline" if place else "agency-credit-lead",
            )
    found = find_dateline(paragraph)
    # "Kyiv (AP) Officials said" has no dash: only a known agency makes it a dateline, not an
    # acronym ("British Virgin Islands (BVI) Governor John Rankin ...")
    if (
        found is not None
        and not re.search(DASH, paragraph[: found.end])
        and (found.agency or "").strip().lower() not in WIRE_AGENCIES
    ):
        return None
    return found or _town_dateline(paragraph)


# unseen Detroit News reading: "Indianapolis – Several thousand teachers ...": a mixed-case place
# with a spaced en or em dash opening the story (a hyphen stays a word's: "Smith - who ...")
TOWN_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
    r"(?:,\s*(?P<state>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))?\s+[–—]\s+(?=[A-Z\"“])"
)
# the South Asian press's dateline: a city in capitals and a colon ("NEW DELHI: Their American
# dream shattered ...", PTI, The Times of India), not a transcript's speaker ("OBAMA: ...")
COLON_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,2}):\s+(?=[A-Z\"“])"
)
TOWN_POPULATION = 50_000


def _town_dateline(paragraph: str) -> Dateline | None:
    """A dateline with no agency and no comma of a wire's: a mixed-case place and a dash
    ("Indianapolis –", "Lansing, Mich. —"), or a place in capitals and a colon ("NEW DELHI:"):
    only a city the gazetteer knows with 50,000 people or more, so that a name or a word (a
    transcript's "OBAMA:") is never taken."""
    match = TOWN_DATELINE.match(paragraph)
    rule = "town-dateline"
    if match is None:
        match, rule = COLON_DATELINE.match(paragraph), "colon-dateline"
    if match is None:
        return None
    from redline.enrich.places import lookup_place

    place = match.group("place") if rule == "town-dateline" else normal_case(match.group("place"))
    found = lookup_place(place)
    if found is None or found[0].kind != "city" or found[0].population < TOWN_POPULATION:
        return None
    return Dateline(place=place, agency=None, date=None, end=match.end(), rule=rule)


# issue #10 clean17: the section a page files the story under, printed in its meta list ("From
# the section US & Canada")
SECTION_LINE = re.compile(r"^from the section\s+(?P<section>\S.{0,59})$", re.I)


def section_in_line(line: str) -> str | None:
    """The section named by a "From the section ..." line, else None."""
    match = SECTION_LINE.match(line.strip())
    return match.group("section").strip() if match else None


def titled_byline(line: str) -> str | None:
    """The author's name in a byline that is a name and a job title, no "By":
    "MARK MACKINNON SENIOR INTERNATIONAL CORRESPONDENT" -> "Mark MacKinnon"."""
    stripped = line.strip().rstrip(",")
    words = stripped.replace(",", " , ").split()
    if not 3 <= len(words) <= 12 or ends_sentence(stripped) and not stripped.endswith("."):
        return None
    if words[-1].lower().strip(".") not in BYLINE_NOUNS:
        return None
    titles = word_set("byline_titles.txt")
    name: list[str] = []
    for word in words:
        if word == "," or word.lower() in titles or "." in word.rstrip(".")[1:] or len(name) == 4:
            break
        name.append(word)
    if not 2 <= len(name) <= 4 or len(name) == len(words):
        return None
    candidate = " ".join(name)
    if not is_person_name(candidate):
        return None
    if not stripped.isupper() and "," not in stripped and not all(w[:1].isupper() for w in words):
        return None
    return normal_case(candidate)


# issue #10 clean18: wire sports copy on a paper's site prints the dateline in mixed case on a
# line of its own ("Pittsburgh" above "Brock Nelson's second goal ...")
TOWN_LINE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}$")


def dateline_line(line: str) -> str | None:
    """A header line that is only a dateline place in capitals ("KYIV", "OTTAWA, Ontario"), or
    in mixed case a city of 50,000 people or more that the gazetteer knows ("Pittsburgh")."""
    stripped = line.strip().rstrip(" -—–")
    if TOWN_LINE.match(stripped):
        town = _town_dateline(f"{stripped} – X")
        return town.place if town is not None else None
    if len(stripped) > 40 or not DATELINE_LINE.match(stripped):
        return None
    place = stripped.split(",")[0]
    if not re.search(r"[A-Z]{2}", place) or not place.replace(" ", "").replace("-", "").isupper():
        return None
    from redline.enrich.places import lookup_place  # the gazetteer decides what is a place

    if lookup_place(place) is None:
        return None
    return normal_case(stripped)


# issue #10 clean18: a desk credit in the byline's place, naming no one ("Staff Reports")
STAFF_BYLINE = re.compile(
    r"^(?:by\s+)?(?:from\s+)?(?:(?:staff|wire|news|combined|local)(?:\s+and\s+wire)?\s+"
    r"(?:reports?|services?)|staff(?:\s+writers?|\s+reporters?)?|news\s+staff|wire\s+staff)$",
    re.I,
)


def staff_byline(line: str) -> bool:
    """ "Staff Reports", "From staff and wire reports", "Staff Writer"."""
    return bool(STAFF_BYLINE.match(line.strip()))


def credit_line(line: str) -> bool:
    """ "With a report from Reuters", "(Reporting by Jane Doe; Editing by John Roe)"."""
    return bool(CREDIT_LINE.match(line.strip()))
