"""Find the stretches of text inside quotation marks, without ever failing on odd marks.

Marks are paired paragraph by paragraph: curly “ ”, straight ", the doubled apostrophes '' some
papers use, and single ‘ ’ for quotes inside quotes or in headlines. A paragraph that opens a
quote and does not close it continues into the next paragraph when that one opens with a mark
(the newspaper convention for long quotes); otherwise the quote is closed at the paragraph's end
and flagged ``closed=False`` instead of raising, as textacy does on an odd number of marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING_DOUBLE = "“„«"
CLOSING_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
PARAGRAPH = re.compile(r"[^\n]+")
ATTRIBUTE = re.compile(r'\b[a-z_]+="([^"\n]*)"')


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """``text[start:end]`` runs from the opening mark to the closing mark, both included."""

    start: int
    end: int
    closed: bool = True
    paragraphs: int = 1
    single: bool = False


def _is_opening_straight(text: str, i: int) -> bool:
    """A straight mark opens when nothing word-like is just before it."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/:;":
        return not after.isspace() or after == ""
    return False


# One double mark, or a doubled apostrophe or backtick; scanned left to right without overlaps.
DOUBLE_MARK = re.compile(f"[{OPENING_DOUBLE}{CLOSING_DOUBLE}{STRAIGHT_DOUBLE}]|''|``")


def _double_marks(paragraph: str) -> list[tuple[int, str]]:
    """Positions of double marks in a paragraph as (offset, 'open' | 'close' | 'either')."""
    marks: list[tuple[int, str]] = []
    # markup left in scraped text (an embedded tweet's author="…" timestamp="…") quotes nothing
    # (asked only of a paragraph with '="', which every attribute has: speed53)
    markup = (
        {i for m in ATTRIBUTE.finditer(paragraph) for i in (m.start(1) - 1, m.end(1))}
        if '="' in paragraph
        else set()
    )
    for match in DOUBLE_MARK.finditer(paragraph):  # a regex: a Python loop per character was slow
        i = match.start()
        ch = paragraph[i]
        if i in markup:
            pass
        elif ch in OPENING_DOUBLE:
            marks.append((i, "close" if _misturned_opening(paragraph, i) else "open"))
        elif ch in CLOSING_DOUBLE:
            marks.append((i, "open" if _misturned_closing(paragraph, i) else "close"))
        elif ch == STRAIGHT_DOUBLE:
            marks.append((i, "open" if _is_opening_straight(paragraph, i) else "either"))
        else:  # '' or ``
            marks.append(
                (i, "open" if ch == "`" or _is_opening_straight(paragraph, i) else "either")
            )
    return marks


def _misturned_opening(paragraph: str, i: int) -> bool:
    """issue #10 round 8: "“Apparently not,“ he said", "“the advantages of peace“ with": an
    opening mark right after a word, a comma or a full stop and before a space closes the quote (a
    typo, or a scraper's turned mark)."""
    after = paragraph[i + 1 : i + 2]
    before = paragraph[i - 1] if i > 0 else " "
    return (before in ",.?!" or before.isalnum()) and (after == "" or after.isspace())


def _misturned_closing(paragraph: str, i: int) -> bool:
    """issue #10 round 8: "” … they are so not like him,” she said": a closing mark opening the
    paragraph, before a space or a word, opens the quote when another closing mark follows in the
    paragraph (alone, it is the closing mark of a hard-wrapped line before)."""
    after = paragraph[i + 1 : i + 2]
    return (
        not paragraph[:i].strip()
        and after != ""
        and (after.isspace() or after.isalnum())
        and any(ch in CLOSING_DOUBLE for ch in paragraph[i + 1 :])
    )


def _mark_width(paragraph: str, i: int) -> int:
    return 2 if paragraph.startswith(("''", "``"), i) else 1


def _pair_paragraph(paragraph: str) -> tuple[list[tuple[int, int]], int | None]:
    """Pair the double marks of one paragraph; return closed pairs and an unclosed opening."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for i, role in _double_marks(paragraph):
        if open_at is None:
            if role in ("open", "either"):
                open_at = i
            # a closing mark with nothing open is a stray: ignore it
        elif (
            role == "open" and paragraph[i] in OPENING_DOUBLE and paragraph[open_at] == paragraph[i]
        ):
            # “ … “ : the first quote was never closed; a new one starts here
            pairs.append((open_at, i))
            open_at = i
        elif _reopens_straight(paragraph, open_at, i, role):
            # "A. "B." where the paragraphs of a long quote were run together (BBC copy): the
            # mark after a full stop and before a capital opens a second quote, it closes nothing
            pairs.append((open_at, i))
            open_at = i
        else:
            pairs.append((open_at, i + _mark_width(paragraph, i)))
            open_at = None
    return pairs, open_at


def _reopens_straight(paragraph: str, open_at: int, i: int, role: str) -> bool:
    """A straight mark that opens (space before, a capital after) just after a sentence's end,
    while a straight quote is open."""
    return (
        role == "open"
        and paragraph[i] == paragraph[open_at] == STRAIGHT_DOUBLE
        and i >= 2
        and paragraph[i - 1] == " "
        and paragraph[i - 2] in ".?!"
        and paragraph[i + 1 : i + 2].isupper()
    )


def _single_pairs(paragraph: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Curly single quotes ‘…’ inside ``paragraph[lo:hi]``; ’ between letters is an apostrophe."""
    pairs = []
    open_at: int | None = None
    for i in range(lo, hi):
        ch = paragraph[i]
        if ch == "‘" and (i == 0 or not paragraph[i - 1].isalnum()):
            open_at = i
        elif ch == "’" and open_at is not None:
            after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
            if not after.isalnum():
                pairs.append((open_at, i + 1))
                open_at = None
    return pairs


# (the text last read, its spans): the entity graph, the quote finder and the event coder's
# actor resolver read the same document's text in turn. One read of ``_LAST[0]``, so that
# threads reading other texts cannot mix their spans; the spans are frozen, the list a copy.
_LAST: list = [None]


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Every quoted stretch of ``text``, outermost double-quoted spans and headline ‘…’ quotes."""
    last = _LAST[0]
    if last is not None and last[0] is text:
        return list(last[1])
    spans = _find_marked_spans(text)
    _LAST[0] = (text, tuple(spans))
    return spans


def _find_marked_spans(text: str) -> list[MarkedSpan]:
    spans: list[MarkedSpan] = []
    carried: tuple[int, int] | None = None  # (start, paragraphs) of a quote still open
    last_end = 0
    for match in PARAGRAPH.finditer(text):
        para = match.group()
        base = match.start()
        if not para.strip():
            continue
        pairs, open_at = _pair_paragraph(para)
        first_char = len(para) - len(para.lstrip())
        if carried is not None:
            first_mark = pairs[0][0] if pairs else open_at
            opens_with_mark = (
                first_mark == first_char
                and first_mark is not None
                # a straight quote goes on with a straight mark, a curly one with a curly one
                and (para[first_mark] == STRAIGHT_DOUBLE) == (text[carried[0]] == STRAIGHT_DOUBLE)
            )
            if opens_with_mark:
                start, paras = carried
                if pairs and pairs[0][0] == first_char:
                    # the paragraph closes the long quote
                    spans.append(MarkedSpan(start, base + pairs[0][1], True, paras + 1))
                    pairs = pairs[1:]
                    carried = None
                else:
                    carried = (start, paras + 1)
                    open_at = None
            else:
                spans.append(MarkedSpan(carried[0], last_end, False, carried[1]))
                carried = None
        for s, e in pairs:
            spans.append(MarkedSpan(base + s, base + e))
        if open_at is not None and carried is None:
            carried = (base + open_at, 1)
        last_end = base + len(para.rstrip())
        if not any(s.start >= base for s in spans) and open_at is None and carried is None:
            for s, e in _single_pairs(para, 0, len(para)):
                spans.append(MarkedSpan(base + s, base + e, single=True))
    if carried is not None:
        spans.append(MarkedSpan(carried[0], last_end, False, carried[1]))
    spans.sort(key=lambda s: s.start)
    return spans
