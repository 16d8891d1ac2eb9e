"""Readers' comments printed after a report (issue #9/#10 comments49).

A "Have your say" page prints a few paragraphs of report and then readers' comments, each a short
paragraph signed with the reader's name and town, on a line of its own ("Ashley, Swindon", "John
Smith, Exeter, UK") or after the comment's last sentence; a line may introduce them ("Here is a
selection of your comments", "This debate is now closed"). Plain text gives them no markup, so the
cleaner finds them by their signatures: a run of at least :data:`MIN_RUN` signed comments (two
after an introducing line) at the end of the body, each of at most :data:`MAX_PARAGRAPHS`
paragraphs. A signature is a first name (and surnames) then a place the gazetteer knows, and
perhaps its country; "Tony Blair, Prime Minister" is none, and a report that only ends with one
signature-like line is left whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redline.clean.rules import matching_rule

MIN_RUN = 3  # signed comments in a row that make a run (without an introducing line)
MIN_RUN_INTRODUCED = 2  # after "Here is a selection of your comments"
MAX_PARAGRAPHS = 4  # paragraphs one comment may have before its signature
NAME_WORD = r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?"
PLACE_WORD = r"(?:[A-Z][\w'’.-]*|upon|on|in|de|la|le|the|of)"
SIGNATURE = re.compile(
    rf"(?P<name>{NAME_WORD}(?:\s+(?:[A-Z]\.|{NAME_WORD}|Mc{NAME_WORD}|O['’]{NAME_WORD})){{0,3}})"
    rf"(?:,\s*|\s+(?:of|from|in)\s+)"
    rf"(?P<place>[A-Z][\w'’.-]*(?:[ -]{PLACE_WORD}){{0,3}})"
    rf"(?:,\s*(?P<country>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){{0,2}}))?"
)
# a signature after the comment's last sentence: "... the better. John Smith, Exeter, UK"
SIGNED_TAIL = re.compile(r"(?<=[.!?\"”’)])\s+(?P<signature>[A-Z][^.!?\"“”]{2,70})$")


@dataclass
class Comment:
    """One reader's comment: its text (the signature included), who signed it, and the indexes
    of its paragraphs in the body."""

    text: str
    name: str
    place: str
    paragraphs: list[int]


@dataclass
class CommentRun:
    """The readers' comments that end a body: the first comment's paragraph, the introducing
    paragraph (or None), closing lines below the comments, and the comments in text order."""

    start: int
    intro: int | None
    closing: list[int]
    comments: list[Comment]


def _first_names() -> dict[str, str]:
    """The first names the speakers' table knows (the hand list and the long SSA table), read
    once there."""
    from redline.quotes.speakers import common_first_name_genders

    return common_first_name_genders()


def _known_place(text: str) -> bool:
    from redline.enrich.places import lookup_place  # the gazetteer decides what is a place

    return lookup_place(text) is not None


def signature(text: str) -> tuple[str, str] | None:
    """(name, place) when ``text`` is all of a reader's signature: a first name, maybe
    surnames, then a town the gazetteer knows and maybe its country ("John Smith, Exeter, UK",
    "Emma from Sleaford"), or a name and a country ("Paul, UK")."""
    stripped = text.strip().rstrip(".")
    if not 3 <= len(stripped) <= 70:
        return None
    match = SIGNATURE.fullmatch(stripped)
    if match is None:
        return None
    name, place, country = match.group("name"), match.group("place"), match.group("country")
    first = name.split()[0]
    if first.lower() not in _first_names():
        return None
    if len(name.split()) == 1 and _known_place(name):
        return None  # "Paris, France", "Jordan, Amman": a place, not a reader
    if not _known_place(place):
        return None
    if country and not _known_place(country):
        return None
    return name, place


def tail_signature(paragraph: str) -> tuple[int, str, str] | None:
    """(where it starts, name, place) of a signature after the paragraph's last sentence."""
    match = SIGNED_TAIL.search(paragraph)
    if match is None:
        return None
    found = signature(match.group("signature"))
    if found is None:
        return None
    return match.start("signature"), found[0], found[1]


def is_intro(line: str) -> bool:
    """ "Here is a selection of your comments", "Your comments:", "This debate is now closed"."""
    return matching_rule(line, "comments_intro.txt") is not None


def _label(lines: list[str]) -> tuple[str, tuple[str, str] | None]:
    """What a paragraph is in a comment run: "sig" (only a signature), "signed" (a comment whose
    last line or last words are its signature), "intro" (an introducing or closing line) or
    "plain"; and the (name, place) of its signature."""
    last = lines[-1].strip()
    found = signature(last)
    if found:
        return ("sig" if len(lines) == 1 else "signed"), found
    tail = tail_signature(last)
    if tail:
        return "signed", (tail[1], tail[2])
    if len(lines) == 1 and is_intro(last):
        return "intro", None
    return "plain", None


def find_comment_run(paragraphs: list[list[str]]) -> CommentRun | None:
    """The run of readers' comments that ends ``paragraphs`` (each a list of lines), or None.

    Read from the end: after any closing line, each comment ends with a signature and takes the
    unsigned paragraphs above it, up to the signature of the comment before it or the line that
    introduces them; the topmost comment, with neither above it, takes only its signed paragraph
    (or the one paragraph above a signature line), so the report above is never taken. At least
    one paragraph of report stays."""
    labels = [_label(lines) for lines in paragraphs]
    k = len(paragraphs) - 1
    closing: list[int] = []
    while k >= 0 and labels[k][0] == "intro":
        closing.append(k)
        k -= 1
    comments: list[tuple[int, int, tuple[str, str]]] = []  # (first, last paragraph, signer)
    intro = None
    while k >= 0 and labels[k][0] in ("sig", "signed"):
        kind, signer = labels[k]
        floor = 0 if kind == "signed" else 1  # a signature line signs a paragraph above it
        p = k - 1
        while p >= 0 and labels[p][0] == "plain" and k - p <= MAX_PARAGRAPHS:
            p -= 1
        above = k - 1 - p  # unsigned paragraphs between this signature and what is above them
        bounded = p >= 0 and labels[p][0] in ("sig", "signed", "intro") and k - p <= MAX_PARAGRAPHS
        if bounded and above >= floor:
            comments.append((p + 1, k, signer))
            if labels[p][0] == "intro":
                intro = p
                break
            k = p
            continue
        if k - floor >= 0 and all(labels[j][0] == "plain" for j in range(k - floor, k)):
            comments.append((k - floor, k, signer))  # the topmost comment: minimal
        break
    if not comments:
        return None
    start = comments[-1][0]
    first_kept = intro if intro is not None else start
    needed = MIN_RUN_INTRODUCED if intro is not None else MIN_RUN
    if len(comments) < needed or first_kept < 1:
        return None
    return CommentRun(
        start=start,
        intro=intro,
        closing=sorted(closing),
        comments=[
            Comment(
                text="\n\n".join("\n".join(paragraphs[j]) for j in range(first, last + 1)),
                name=signer[0],
                place=signer[1],
                paragraphs=list(range(first, last + 1)),
            )
            for first, last, signer in reversed(comments)
        ],
    )
