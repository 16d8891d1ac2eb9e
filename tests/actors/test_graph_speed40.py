"""issue #10 speed40: the entity graph's shortcuts give what the slow ways gave: the nominal
rows tried only at "the", the nouns of a lemma read from the parse's arrays, the parse's columns
and spans kept only while one document's graph is built. Our own sentences."""

from __future__ import annotations

import re

from redline.actors import graph

NOMINAL_TEXT = (
    "The alliance met in Brussels. Officials of the 30-member alliance said the western "
    "alliance would meet again; the alliance the ministers joined is older. The bloc and the "
    "European bloc disagreed. the world body, The UN nuclear watchdog and the oil cartel "
    "spoke.\nThe\ncartel, the  cartel, bathe cartel, the company and the firm's court."
)


def _patterns() -> list[re.Pattern[str]]:
    from redline.enrich.names import organisation_nominals

    rows = [pattern for pattern, _ in organisation_nominals()]
    for head in graph.NOMINAL_HEADS:
        rows.append(re.compile(r"\b[Tt]he (?:[a-z]+ |[A-Z][a-z]+ |\d+-\w+ ){0,2}(" + head + r")\b"))
    return rows


def test_nominal_rows_tried_at_the_find_what_a_scan_finds():
    starts = [m.start() for m in graph.DEFINITE_ARTICLE.finditer(NOMINAL_TEXT)]
    found_any = False
    for pattern in _patterns():
        scanned = [(m.span(), m.group(1)) for m in pattern.finditer(NOMINAL_TEXT)]
        tried = [(m.span(), m.group(1)) for m in graph._matches_at(pattern, NOMINAL_TEXT, starts)]
        assert tried == scanned, pattern.pattern
        found_any = found_any or bool(scanned)
    assert found_any


def test_matches_at_skips_starts_inside_the_match_before():
    pattern = re.compile(r"\b[Tt]he (?:the )?alliance\b")
    text = "the the alliance and the alliance"
    starts = [m.start() for m in graph.DEFINITE_ARTICLE.finditer(text)]
    spans = [m.span() for m in graph._matches_at(pattern, text, starts)]
    assert spans == [m.span() for m in pattern.finditer(text)] == [(0, 16), (21, 33)]


def _parse(text: str):
    from redline.pipeline import code_text

    code_text("Warm.")  # the default pipeline, loaded once
    from redline import pipeline

    return pipeline._default.nlp(text)


def test_nouns_by_lemma_are_the_tokens_a_walk_finds():
    parsed = _parse(
        "Two Turkish businessmen were charged on Monday. The businessmen denied the charges, "
        "and a third businessman, Kemal Aydin, said the charge was political."
    )
    index = graph._nouns_by_lemma(parsed)
    walked: dict[str, tuple[list[int], list[int]]] = {}
    for token in parsed:
        if token.pos_ == "NOUN":
            starts, numbers = walked.setdefault(token.lemma_.lower(), ([], []))
            starts.append(token.idx)
            numbers.append(token.i)
    assert index == walked
    assert "businessman" in index and len(index["businessman"][1]) == 3


def test_the_parse_is_let_go_after_the_graph(code_text):
    code_text(
        "Mayor Ana Ortiz opened the bridge on Friday. The mayor said it was late.",
        published="2019-11-01",
    )
    # health42: what one build reads is kept on its graph, never in the module
    assert not hasattr(graph, "_BUILDING")
    # outside a build a span is made afresh, the same as spaCy's own
    parsed = _parse("Mayor Ana Ortiz opened the bridge on Friday.")
    span = graph._expanded_span(parsed, 7, 9)
    assert span.text == parsed.char_span(7, 9, alignment_mode="expand").text == "Ana"
    assert graph._expanded_span(parsed, 7, 9) is not span


def test_a_graph_keeps_its_own_reads_of_the_parse(book):
    from redline.model import Document

    parsed = _parse("Mayor Ana Ortiz opened the bridge on Friday.")
    doc = Document(text=parsed.text, source="<test>", parsed=parsed)
    one, other = graph._Graph(doc, book, None), graph._Graph(doc, book, None)
    span = graph._expanded_span(parsed, 7, 9, one.parse_reads)
    assert graph._expanded_span(parsed, 7, 9, one.parse_reads) is span  # made once
    column = graph._parse_column(parsed, "POS", one.parse_reads)
    assert graph._parse_column(parsed, "POS", one.parse_reads) is column
    assert list(column) == list(parsed.to_array("POS"))
    assert other.parse_reads == {}


def test_a_titled_role_still_links_after_the_titles_are_kept(code_text):
    doc = code_text(
        "Mayor Ana Ortiz opened the bridge on Friday. The mayor said it was late.",
        published="2019-11-01",
    )
    mayor = [m for m in doc.mentions if m.text == "The mayor"]
    assert mayor and mayor[0].canonical and "Ortiz" in mayor[0].canonical, doc.mentions
