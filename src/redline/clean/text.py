"""Separate a plain-text article from what surrounds it.

Two shapes are common in what people paste or forward:

1. *Forwarded*: the sender's remarks, a separator (a line of dashes, "---------- Forwarded message
   ---------", "Begin forwarded message:", or "> " quoting), the article, maybe more remarks.
   The text is cut into segments at separators; the segment that reads most like an article is
   the article, the others are ``commentary`` (one string per segment).
2. *Scraped repost*: date line, headline, comment counter, image names, captions, then the body,
   then author box, comment form and share buttons. Lines matching ``data/clean/boilerplate.txt``
   are dropped wherever they occur, lines repeated in the header are captions, and a line
   matching ``data/clean/article_end.txt`` ends the article.

Within the article the header (date line, headline, byline) is read off the top until the first
line that reads like body text; the body keeps a dateline ("OTTAWA, Ontario —") as printed.
Every dropped line goes to ``removed`` with the rule that dropped it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from redline.clean.comments import find_comment_run
from redline.clean.header import (
    CREDIT_AT_END,
    DATE_PREFIX,
    credit_line,
    date_and_section,
    date_in_line,
    dateline_line,
    ends_sentence,
    find_dateline,
    looks_like_headline,
    outlet_in_remark,
    parse_byline,
    section_in_line,
    split_lead,
    staff_byline,
    titled_byline,
)
from redline.clean.rules import matching_rule, searching_rule

SEPARATOR = re.compile(
    r"^\s*(?:[-=_~*]{5,}"
    r"|[-=_]{2,}\s*(?:forwarded message|original message|forwarded by .{0,60})\s*[-=_]{2,}"
    r"|begin forwarded message:?|forwarded message:?"
    r"|[-=_]{2,}\s*end of forwarded message\s*[-=_]{2,})\s*$",
    re.I,
)
MAIL_HEADER = re.compile(r"^(?:from|to|cc|bcc|sent|date|subject|reply-to)\s*:\s*\S", re.I)
QUOTE_PREFIX = re.compile(r"^(?:\s?>)+ ?")
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
# issue #10 clean17: a list item's marker ("- ", "• "; trafilatura writes every <li> as "- ...").
# The header and boilerplate rules read the item without it, so that a page's meta list ("- 24
# July 2015", "- From the section US & Canada", "- 941 comments") is read as the date line,
# section label and comment counter it is, instead of opening the first sentence.
LIST_BULLET = re.compile(r"^\s*[-•*·▪‣◦]\s+(?=\S)")
# a site name after the headline in the page's <title>: "A Letter ... | Harper's Magazine"
TITLE_SITE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::)\s+[^|]{2,60}$")


def unbulleted(text: str) -> str:
    """``text`` without a list item's marker at its start."""
    return LIST_BULLET.sub("", text, count=1)


def is_list_item(text: str) -> bool:
    return bool(LIST_BULLET.match(text))


@dataclass
class Line:
    text: str
    para: int
    quoted: bool = False


@dataclass
class CleanText:
    """What :func:`clean_text` found: the article body and everything taken out of it."""

    text: str = ""
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    agency: str | None = None
    byline_organisation: str | None = None
    dateline: str | None = None
    date_text: str | None = None
    section: str | None = None
    credits: list[str] = field(default_factory=list)
    correction: str | None = None
    header: list[dict] = field(default_factory=list)
    commentary: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    removed_rules: list[str] = field(default_factory=list)
    rules: dict[str, str] = field(default_factory=dict)
    # readers' comments after the report (comments49): text, name, place, and where they are
    reader_comments: list[dict] = field(default_factory=list)

    def drop(self, line: str, rule: str) -> None:
        self.removed.append(line.strip())
        self.removed_rules.append(rule)


def clean_text(
    text: str, *, known_title: str | None = None, guess_title: bool = True, text_mode: bool = True
) -> CleanText:
    """Split ``text`` into article body, header fields, commentary and removed lines.

    ``known_title`` (from the container or HTML metadata) is removed from the top if repeated
    there; without it, and with ``guess_title``, the first headline-shaped line is the title.
    ``text_mode=False`` is for text an HTML extractor already trimmed: short lines at the top are
    then kept rather than taken for labels, subtitles or widgets.
    """
    out = CleanText()
    lines = split_lines(text)
    segments = split_segments(lines, out)
    if not segments:
        return out
    article = max(range(len(segments)), key=lambda i: article_score(segments[i]))
    for number, segment in enumerate(segments):
        if number != article:
            remark = remark_text(segment, out)
            if remark:
                out.commentary.append(remark)
    read_article(segments[article], out, known_title, guess_title and not known_title, text_mode)
    locate_comments(text, out, offsets=text_mode)
    for remark in out.commentary:
        outlet = outlet_in_remark(remark)
        if outlet:
            out.outlet = outlet
            out.rules["outlet"] = "commentary:named-outlet"
            break
    return out


def split_lines(text: str) -> list[Line]:
    """Lines with their paragraph number; "> " quoting is stripped but remembered."""
    text = ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ")
    lines: list[Line] = []
    para = 0
    for raw in text.split("\n"):
        quoted = bool(QUOTE_PREFIX.match(raw))
        line = QUOTE_PREFIX.sub("", raw).rstrip() if quoted else raw.rstrip()
        if not line.strip():
            para += 1
            continue
        lines.append(Line(line, para, quoted))
    return lines


def split_segments(lines: list[Line], out: CleanText) -> list[list[Line]]:
    """Cut at separator lines, at the switch between quoted and unquoted text (when a good part is
    quoted), and drop the From:/Date:/Subject: block that follows a forward marker."""
    quoting = sum(line.quoted for line in lines) >= 3 and not all(line.quoted for line in lines)
    segments: list[list[Line]] = [[]]
    after_separator = True
    for line in lines:
        stripped = line.text.strip()
        if SEPARATOR.match(stripped):
            out.drop(stripped, "separator")
            segments.append([])
            after_separator = True
            continue
        if after_separator and MAIL_HEADER.match(stripped):
            out.drop(stripped, "forwarded-header")
            continue
        after_separator = False
        current = segments[-1]
        if quoting and current and current[-1].quoted != line.quoted:
            segments.append([])
        segments[-1].append(line)
    return [segment for segment in segments if segment]


def article_score(segment: list[Line]) -> int:
    """How much of ``segment`` reads like an article: characters of body-like text, plus a bonus
    for a dateline or byline (a long remark has neither)."""
    score = 0
    for unit in units(segment):
        joined = unit_text(unit)
        if body_like(joined):
            score += len(joined)
        if find_dateline(joined) or parse_byline(joined):
            score += 500
    return score


def remark_text(segment: list[Line], out: CleanText) -> str:
    """One commentary block: the segment's paragraphs, without boilerplate and mail headers."""
    paragraphs: dict[int, list[str]] = {}
    for line in segment:
        stripped = line.text.strip()
        rule = matching_rule(stripped, "boilerplate.txt")
        if rule:
            out.drop(stripped, f"boilerplate: {rule}")
        elif MAIL_HEADER.match(stripped):
            out.drop(stripped, "mail-header")
        else:
            paragraphs.setdefault(line.para, []).append(stripped)
    return "\n\n".join(" ".join(p) for p in paragraphs.values()).strip()


def units(segment: list[Line]) -> list[list[Line]]:
    """Logical lines: a hard-wrapped paragraph (e-mail at 72 columns) is one unit, otherwise every
    line is its own unit (web copy puts each headline, caption and widget on its own line)."""
    result: list[list[Line]] = []
    by_para: dict[int, list[Line]] = {}
    for line in segment:
        by_para.setdefault(line.para, []).append(line)
    for para_lines in by_para.values():
        if is_wrapped(para_lines):
            result.append(para_lines)
        else:
            result.extend([line] for line in para_lines)
    return result


def is_wrapped(para_lines: list[Line]) -> bool:
    if len(para_lines) < 2:
        return False
    if sum(is_list_item(line.text) for line in para_lines) >= 2:
        return False  # a list, one item a line: each line stays its own
    widths = [len(line.text) for line in para_lines]
    if not all(45 <= w <= 100 for w in widths[:-1]) or widths[-1] > 100:
        return False
    # a line that is a header item on its own (date, byline, dateline) is not a wrapped sentence
    return not any(date_in_line(line.text) or parse_byline(line.text) for line in para_lines)


def unit_text(unit: list[Line]) -> str:
    return " ".join(line.text.strip() for line in unit)


def body_like(text: str) -> bool:
    words = len(text.split())
    return bool(find_dateline(text)) or (words >= 6 and ends_sentence(text)) or words >= 15


def is_short_junk(text: str) -> bool:
    """One to three words with no sentence ending: a section label, a widget, a stray counter."""
    return len(text.split()) <= 3 and not ends_sentence(text) and not text.startswith(("“", '"'))


def normalised(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def read_article(
    segment: list[Line],
    out: CleanText,
    known_title: str | None,
    guess_title: bool,
    text_mode: bool,
) -> None:
    """Read the header off the top of the article segment, then keep the body."""
    all_units = units(segment)
    start = leading_remark(all_units, out)
    kept: list[list[Line]] = []
    in_header = True
    end_rule = None
    for index in range(start, len(all_units)):
        unit = all_units[index]
        text = unit_text(unit)
        bare = unbulleted(text)  # what the rules read; the printed line is what is dropped
        if end_rule:
            out.drop(text, end_rule)
            continue
        if in_header:
            after_title = bool(out.removed_rules) and out.removed_rules[-1] in ("headline", "title")
            action = header_action(
                unit,
                text,
                known_title,
                all_units,
                index,
                want_title=guess_title and out.title is None,
                text_mode=text_mode,
                after_title=after_title,
            )
            if action == "body":
                in_header = False
                kept.append(unit)
            elif action == "title":
                out.title = bare.lstrip("#").strip()
                out.rules["title"] = "text:headline-line"
                out.drop(text, "headline")
            elif action.startswith("byline"):
                read_byline(bare, out)
                out.drop(text, "byline")
                out.header.append({"kind": "byline", "text": bare.strip(), "rule": "by-line"})
            elif action == "titled-byline":
                author = titled_byline(bare)
                if author and author not in out.authors:
                    out.authors.append(author)
                out.rules["authors"] = "text:titled-byline"
                out.drop(text, "titled-byline")
                out.header.append({"kind": "byline", "text": bare.strip(), "rule": action})
            elif action == "dateline-line":
                out.dateline = out.dateline or dateline_line(bare)
                out.rules["dateline"] = "text:dateline-line"
                out.drop(text, "dateline-line")
                out.header.append({"kind": "dateline", "text": bare.strip(), "rule": action})
            elif action == "credit":
                add_credit(bare, out)
            elif action == "date-line":
                read_date_line(text, out)
            elif action == "dated-section":
                date, section = date_and_section(bare) or (None, None)
                out.date_text = out.date_text or date
                out.section = out.section or section
                out.drop(text, action)
                out.header.append({"kind": "date", "text": bare.strip(), "rule": action})
            elif action == "staff-byline":
                out.drop(text, action)
                out.header.append({"kind": "byline", "text": bare.strip(), "rule": action})
            elif action == "section-label":
                out.section = out.section or section_in_line(bare) or bare.strip()
                out.drop(text, action)
                out.header.append({"kind": "section", "text": bare.strip(), "rule": action})
            elif action == "subtitle":
                out.subtitle = out.subtitle or bare
                out.drop(text, "subtitle")
            else:
                out.drop(text, action)
            continue
        rule = matching_rule(text, "article_end.txt")
        if rule:
            end_rule = f"article-end: {rule}"
            out.drop(text, end_rule)
            continue
        rule = matching_rule(bare, "boilerplate.txt")
        if rule:
            out.drop(text, f"boilerplate: {rule}")
        elif DATE_PREFIX.match(bare) and date_in_line(bare):
            read_date_line(text, out)  # "Published 18 November 2019" below a standfirst
        elif credit_line(text):
            add_credit(text, out)
        elif kept and normalised(unit_text(kept[-1])) == normalised(text):
            out.drop(text, "repeated-line")
        else:
            kept.append(unit)
    kept = take_reader_comments(kept, out)
    body = assemble(kept)
    trailing = CREDIT_AT_END.search(body)
    if trailing and trailing.start() > 0:
        add_credit(trailing.group(0), out)
        body = body[: trailing.start()].rstrip()
    out.text = read_lead(body, out)


def take_reader_comments(kept: list[list[Line]], out: CleanText) -> list[list[Line]]:
    """Take a run of signed readers' comments off the end of the body (see
    :mod:`redline.clean.comments`): each comment goes to ``commentary`` and, with its signer, to
    ``reader_comments``; the line introducing them and closing lines go to ``removed``. Returns
    the units left for the article."""
    by_para: list[list[list[Line]]] = []
    for unit in kept:
        if not by_para or by_para[-1][0][0].para != unit[0].para:
            by_para.append([])
        by_para[-1].append(unit)
    paragraphs = [[unit_text(u) if len(u) > 1 else u[0].text.strip() for u in p] for p in by_para]
    run = find_comment_run(paragraphs)
    if run is None:
        return kept
    for index in ([run.intro] if run.intro is not None else []) + run.closing:
        out.drop(" ".join(paragraphs[index]), "reader-comments-intro")
    for comment in run.comments:
        out.commentary.append(comment.text)
        lines = [line for j in comment.paragraphs for unit in by_para[j] for line in unit]
        out.reader_comments.append(
            {
                "text": comment.text,
                "name": comment.name,
                "place": comment.place,
                "rule": "reader-comment: signed",
                "first_line": lines[0].text.strip(),
                "last_line": lines[-1].text.strip(),
            }
        )
    out.rules["commentary"] = "reader-comments"
    first = run.intro if run.intro is not None else run.start
    return [unit for p in by_para[:first] for unit in p]


def locate_comments(text: str, out: CleanText, *, offsets: bool) -> None:
    """Give each reader's comment its ``start`` and ``end`` in the input ``text`` (from its
    first line's start to its signature's end), when both lines are found there as printed;
    with ``offsets`` off (text an HTML extractor wrote) none."""
    cursor = 0
    for comment in out.reader_comments:
        first, last = comment.pop("first_line"), comment.pop("last_line")
        if not offsets:
            continue
        start = text.find(first, cursor)
        end = text.find(last, start) if start >= 0 else -1
        if start < 0 or end < 0:
            continue
        comment["start"], comment["end"] = start, end + len(last)
        cursor = comment["end"]


def read_lead(body: str, out: CleanText) -> str:
    """Take the correction note, inline byline and dateline off the front of ``body`` (see
    :func:`redline.clean.header.split_lead`) and return the story that follows them."""
    lead = split_lead(body)
    if not lead.items:
        return body
    for item in lead.items:
        out.drop(item.text, item.rule)
        out.header.append({"kind": item.kind, "text": item.text, "rule": item.rule})
    if lead.correction:
        out.correction = lead.correction
    for author in lead.authors:
        if author not in out.authors:
            out.authors.append(author)
            out.rules["authors"] = "text:inline-byline"
    dateline = lead.dateline
    if dateline is not None:
        if dateline.place:
            out.dateline = dateline.place
            out.rules["dateline"] = f"text:{dateline.rule}"
        out.agency = dateline.agency
        if dateline.agency and not out.outlet:
            out.outlet = dateline.agency
            out.rules["outlet"] = "text:dateline-agency"
    rest = body[lead.end :]
    if not re.search(r"[^\W\d_]", rest):  # nothing would be left: keep the body as it was
        return body
    return rest


def read_date_line(text: str, out: CleanText) -> None:
    """A date line ("Published 13 September 2024", "- 24 July 2015") is dropped; its date is
    the document's when none was read before it."""
    bare = unbulleted(text)
    out.date_text = out.date_text or date_in_line(bare)
    out.drop(text, "date-line")
    out.header.append({"kind": "date", "text": bare.strip(), "rule": "date-line"})


def add_credit(text: str, out: CleanText) -> None:
    """An agency or reporting credit ("With a report from Reuters") goes to ``credits``."""
    credit = text.strip().strip("()").strip()
    if credit and credit not in out.credits:
        out.credits.append(credit)
    out.rules["credits"] = "text:credit-line"
    out.drop(text, "credit")


def header_action(
    unit: list[Line],
    text: str,
    known_title: str | None,
    all_units: list[list[Line]],
    index: int,
    *,
    want_title: bool,
    text_mode: bool,
    after_title: bool,
) -> str:
    """What a unit above the body is: "body" (the body starts here), "title", "byline",
    "date-line", "dated-section", "staff-byline", "subtitle", or the rule that drops it.
    ``text_mode`` is off for text that an HTML extractor already trimmed; then short lines are
    kept rather than guessed at (but a standfirst above a byline goes). A list item is read
    without its marker ("- 24 July 2015" is a date line)."""
    text = unbulleted(text)
    if section_in_line(text):
        return "section-label"
    rule = matching_rule(text, "boilerplate.txt")
    if rule:
        return f"boilerplate: {rule}"
    key = normalised(text)
    neighbours = [unit_text(u) for u in all_units[max(index - 1, 0) : index + 2] if u is not unit]
    if key and len(text) < 400 and any(normalised(n) == key for n in neighbours):
        return "repeated-line"  # a caption printed twice (image and video player)
    if date_in_line(text):
        return "date-line"
    if date_and_section(text):
        return "dated-section"
    if parse_byline(text):
        return "byline"
    if staff_byline(text):
        return "staff-byline"
    if titled_byline(text):
        return "titled-byline"
    if credit_line(text):
        return "credit"
    if known_title and key in title_keys(known_title):
        return "title"
    if section_label(unit, text, all_units, index):
        return "section-label"
    if find_dateline(text):
        return "body"
    if dateline_line(text) and any(body_like(unit_text(u)) for u in all_units[index + 1 :]):
        return "dateline-line"
    single = len(unit) == 1
    has_body_after = any(body_like(unit_text(u)) for u in all_units[index + 1 :])
    if single and want_title and looks_like_headline(text) and has_body_after:
        return "title"
    if text_mode and is_short_junk(text) and has_body_after:
        return "header-junk"
    if body_like(text) or not has_body_after:
        return "body"
    standfirst = single and after_title and looks_like_headline(text)
    if standfirst and (text_mode or _byline_or_date(all_units, index + 1)):
        return "subtitle"
    return "body"


def _byline_or_date(all_units: list[list[Line]], index: int) -> bool:
    """Whether the unit at ``index`` is a byline or a date line: under the title, a line above
    one is the standfirst (issue #10 clean18: trafilatura's text keeps it, and the byline under
    it then opened the story)."""
    if index >= len(all_units):
        return False
    following = unbulleted(unit_text(all_units[index]))
    return bool(date_in_line(following) or parse_byline(following) or staff_byline(following))


def title_keys(title: str) -> set[str]:
    """The title as compared with a line: as given, and without a site name after it when three
    words or more are left ("A Letter on Justice and Open Debate | Harper's Magazine")."""
    keys = {normalised(title)}
    shorter = TITLE_SITE_SUFFIX.sub("", title.strip())
    if shorter != title.strip() and len(shorter.split()) >= 3:
        keys.add(normalised(shorter))
    return keys


def section_label(unit: list[Line], text: str, all_units: list[list[Line]], index: int) -> bool:
    """A one-to-three-word label ("Investment", "World") right above a date line or byline: the
    section a page files the story under, not the story's first words."""
    if len(unit) != 1 or not is_short_junk(text) or index + 1 >= len(all_units):
        return False
    following = unbulleted(unit_text(all_units[index + 1]))
    return bool(date_in_line(following) or parse_byline(following))


def leading_remark(all_units: list[list[Line]], out: CleanText) -> int:
    """Move a first paragraph such as "..., according to this story published in the Daily
    Planet:" to commentary; return the index of the first unit after it."""
    if len(all_units) < 2:
        return 0
    para = all_units[0][0].para
    count = 0
    while count < len(all_units) and all_units[count][0].para == para:
        count += 1
    if count == len(all_units):
        return 0
    remark = " ".join(unit_text(u) for u in all_units[:count])
    if len(remark.split()) > 120:
        return 0
    cue = searching_rule(remark, "commentary_cues.txt")
    if cue and (remark.endswith(":") or re.match(r"(?i)(fyi|fwiw)\b", remark)):
        out.commentary.append(remark)
        out.rules["commentary"] = f"commentary-cue: {cue}"
        return count
    return 0


def read_byline(text: str, out: CleanText) -> None:
    byline = parse_byline(text)
    if byline is None:
        return
    for author in byline.authors:
        if author not in out.authors:
            out.authors.append(author)
    out.rules["authors"] = "text:byline"
    if byline.date and not out.date_text:
        out.date_text = byline.date
    if byline.organisation:
        out.byline_organisation = out.byline_organisation or byline.organisation


def assemble(kept: list[list[Line]]) -> str:
    """Body text: wrapped paragraphs joined into one line, paragraphs separated by a blank line,
    lines of one unwrapped paragraph kept on their own lines."""
    paragraphs: list[list[str]] = []
    last_para = None
    for unit in kept:
        para = unit[0].para
        text = unit_text(unit) if len(unit) > 1 else unit[0].text.strip()
        if para != last_para:
            paragraphs.append([])
            last_para = para
        paragraphs[-1].append(text)
    return "\n\n".join("\n".join(p) for p in paragraphs).strip()
