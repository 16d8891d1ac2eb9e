"""All-caps subheadings start their own sentence.

Wire copy and BBC features run a subheading into the paragraph it heads ("... on Friday. A
SECOND GO-ROUND After Egypt withdrew the resolution, ..."): the parser then takes the heading as
the subject of the next sentence, and the events see "A SECOND GO-ROUND ... put it forward".
A small spaCy component, run before the parser, marks the heading and the capitalised word after
it as sentence starts; the parser keeps boundaries set before it, and the text (so every offset)
is left as it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT = "redline_headings"

# Two or more all-caps words (hyphens, apostrophes, digits inside), then a capitalised word in
# lower case ("After", "The"): the mixed-case word is where the running text begins again.
_RUN = re.compile(r"\b([A-Z][A-Z0-9'’\-]*(?:[ \t]+[A-Z][A-Z0-9'’\-]*)+)[ \t]+(?=[A-Z][a-z])")
# Where a heading may begin: the text's start, a line start, or after a sentence end.
_BEFORE = re.compile(r"(?:\A|\n|[.!?][\"'”’)]?)\Z")
MIN_LETTERS = 10  # "ABS-CBN CEO Carlo ...", "US FDA Commissioner ..." are names, not headings
MIN_LONGEST = 5  # one word of five letters or more ("SECOND", "WHERE"), not only acronyms


def heading_spans(text: str) -> list[tuple[int, int]]:
    """(heading start, start of the text after it) for each all-caps subheading run into the
    sentence it heads: at a line start or after a sentence end, two words or more, ten letters
    or more, one word of five letters or more (strings of acronyms are names: "US FDA")."""
    spans = []
    for match in _RUN.finditer(text):
        start = match.start(1)
        if not _BEFORE.search(text[max(0, start - 3) : start].rstrip(" \t")):
            continue
        words = re.split(r"[\s\-]+", match.group(1))
        letters = [sum(ch.isalpha() for ch in word) for word in words]
        if sum(letters) < MIN_LETTERS or max(letters) < MIN_LONGEST:
            continue
        spans.append((start, match.end()))
    return spans


# issue #9 readout14: a paragraph break after a sentence's end ('... money."' then a blank
# line) ends the sentence. The parser ran '"... taxpayer's money."\n\nVincent Cable, for the
# Liberal Democrats, accused Mr Brown' into one sentence (the quote's "He" accused), and more
# often left the closing quote to start the next paragraph's sentence.
_PARAGRAPH = re.compile(r"[.!?][\"'”’)]*[ \t]*\n[ \t]*\n\s*(?=\S)")


def paragraph_starts(text: str) -> list[tuple[int, int]]:
    """(where the sentence's end mark is, where the next paragraph begins) for each paragraph
    after one that ends a sentence (a blank line between)."""
    return [(match.start(), match.end()) for match in _PARAGRAPH.finditer(text)]


# issue #10 clean17: a bulleted list ("- " or "• " opening each line; trafilatura writes every
# <li> so) ran into one sentence when its items end with no full stop ("- Order Reprints\n\n-
# Print Article\n\nThis copy is ..."), and an event's sentence then held every item. Each item
# starts a sentence, and so does the line after an item (another item, or the text after the
# list); a line indented under an item carries the item on, and stays in its sentence.
_ITEM = re.compile(r"^([ \t]*)[-•*·▪‣◦][ \t]+\S", re.M)
_NEXT_LINE = re.compile(r"\n[ \t]*(?:\n\s*)?(?=\S)")


def list_item_starts(text: str) -> list[int]:
    """Where each list item's marker is, and where the line after an item begins (a line of its
    own, not one indented under the item), in character offsets."""
    starts: list[int] = []
    for match in _ITEM.finditer(text):
        marker = match.start() + len(match.group(1))
        starts.append(marker)
        for following in _NEXT_LINE.finditer(text, match.end()):
            line_start = text.rfind("\n", 0, following.end()) + 1
            blank_line = "\n" in following.group(0)[1:]
            indented = following.end() - line_start > len(match.group(1))
            if blank_line or not indented:
                starts.append(following.end())
                break
    return sorted(set(starts))


# issue #10 clean18: a heading or section title on a line of its own ("Abstract", "Leadership
# Styles", "Review") ran into the paragraph under it, and the parser took the title for the
# subject of the paragraph's first sentence. A short line that ends no sentence, begun where a
# sentence may begin (the text's start, after a blank line, a finished sentence or another
# heading), with a blank line after it and then a line that opens as a sentence does (not in
# lower case: "Photos\n\nwhich were released ..." is one sentence printed over two paragraphs),
# is a heading: it and the line after it start sentences. A line ending in a comma, colon or a
# word such as "the" carries on, and so does one that introduces a quotation under it; a line
# with no blank line after it may be a wrapped line.
HEADING_MAX_WORDS = 10
HEADING_MAX_CHARS = 80
_LINE = re.compile(r"[^\n]*(?:\n|\Z)")
_HEADING_END = re.compile(r"[.!?…:;,\-–—(\[&/]\W*$")
_FINISHED = re.compile(r"[.!?…][\"'”’)\]]*$")
_CARRIES_ON = frozenset(
    ("a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for",
     "from", "with", "as", "than", "that", "which", "who", "whose", "whom", "is", "are", "was",
     "were", "be", "been", "has", "have", "had", "will", "would", "said", "says", "say")
)  # fmt: skip


# a line that introduces the quotation under it ("The chairwoman told reporters\n\n“We ...”"); in
# a title-case headline the verb is capitalised ("Mayor Says ...") and the line is a heading
_SAYS = re.compile(
    r"\b(?:said|says|say|told|tells|wrote|writes|added|adds|tweeted|posted|asked|explained"
    r"|stated|declared|replied|responded)\b"
)
_OPENING_QUOTE = "\"“‘'«„"


def _is_heading_line(line: str, following: str = "") -> bool:
    """Whether ``line`` has a heading's shape, given the line of text after it."""
    first = following.lstrip()[:1]
    if first and first in _OPENING_QUOTE and _SAYS.search(line):
        return False
    words = line.split()
    if not 1 <= len(words) <= HEADING_MAX_WORDS or len(line) > HEADING_MAX_CHARS:
        return False
    if not any(ch.isalnum() for ch in line) or _HEADING_END.search(line):
        return False
    return words[-1].lower() not in _CARRIES_ON and not _ITEM.match(line)


def heading_line_starts(text: str) -> list[int]:
    """Where each heading line begins and where the line after it begins (character offsets):
    a heading line is short, ends no sentence, begins where a sentence may begin, has a blank
    line after it, and the next line of text does not open in lower case."""
    lines = [(m.start(), m.group(0)) for m in _LINE.finditer(text) if m.group(0)]
    starts: list[int] = []
    closed = True  # the text's start: a line here begins a sentence
    for number, (offset, raw) in enumerate(lines):
        line = raw.strip()
        if not line:
            closed = True
            continue
        following = next((ln for _, ln in lines[number + 1 :] if ln.strip()), "")
        begins = following.lstrip()[:1]
        blank_after = number + 1 < len(lines) and not lines[number + 1][1].strip()
        opens = bool(begins) and not begins.islower()
        if closed and blank_after and opens and _is_heading_line(line, following):
            starts.append(offset + len(raw) - len(raw.lstrip()))
            after = next(o for o, ln in lines[number + 1 :] if ln.strip())
            starts.append(after + len(text[after:]) - len(text[after:].lstrip()))
            closed = True
            continue
        closed = bool(_FINISHED.search(line))
    return sorted(set(starts))


def mark_heading_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on a subheading's first token and on the word after it, on the
    first word of a paragraph that follows a sentence's end, on each list item and the line
    after it, and on a heading line and the line after it."""
    spans = heading_spans(doc.text)
    has_lines = "\n" in doc.text
    paragraphs = paragraph_starts(doc.text) if has_lines else []
    items = list_item_starts(doc.text) if has_lines or _ITEM.match(doc.text) else []
    headings = heading_line_starts(doc.text) if has_lines else []
    if not spans and not paragraphs and not items and not headings:
        return doc
    starts = {token.idx: token for token in doc}
    item_set = set(items)
    for char in items:
        token = starts.get(char)
        if token is None:
            continue
        if token.i > 0:
            token.is_sent_start = True
        if _ITEM.match(doc.text, char) and token.i + 1 < len(doc):
            after = doc[token.i + 1]
            if after.is_space and after.i + 1 < len(doc):
                after = doc[after.i + 1]
            if after.idx not in item_set:
                after.is_sent_start = False  # the marker stays with its item
    for end_mark, char in paragraphs:
        token = starts.get(char)
        if token is None or token.i == 0:
            continue
        token.is_sent_start = True
        i = token.i - 1
        while i > 0 and doc[i].idx > end_mark:
            doc[i].is_sent_start = False  # the closing quote stays with its sentence
            i -= 1
    for char in headings:
        token = starts.get(char)
        if token is not None and token.i > 0:
            token.is_sent_start = True
    for head_start, text_start in spans:
        for char in (head_start, text_start):
            token = starts.get(char)
            if token is not None and token.i > 0:
                token.is_sent_start = True
    return doc


def add_heading_rule(nlp: Language) -> Language:
    """Put the heading component before the parser (or first, in a pipeline without one)."""
    from spacy.language import Language as SpacyLanguage

    if not SpacyLanguage.has_factory(COMPONENT):
        SpacyLanguage.component(COMPONENT, func=mark_heading_starts)
    if COMPONENT not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(COMPONENT, before="parser")
        else:
            nlp.add_pipe(COMPONENT, first=True)
    return nlp
