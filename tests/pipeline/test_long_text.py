"""Long texts are parsed in pieces joined into one Doc over the same text (issue #12): the
parser's memory stays bounded and offsets still point into the whole text."""

from __future__ import annotations

from redline.model import Document, check_offsets
from redline.nlp.parse import parse_long, split_for_parsing

PARAGRAPH = (
    "Ukrainian drones struck an oil depot in the Kursk region on Tuesday, the regional governor "
    'said. "The fire is under control," he told reporters in Kursk.'
)


def test_long_text_pieces_join_back_to_the_text():
    text = "\n\n".join([PARAGRAPH] * 60)
    pieces = split_for_parsing(text, 2_000)
    assert "".join(pieces) == text
    assert all(len(p) <= 2_000 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])  # cut at paragraph breaks


def test_long_text_one_long_line_is_cut_after_sentences():
    text = " ".join([PARAGRAPH] * 40)  # no newline at all
    pieces = split_for_parsing(text, 3_000)
    assert "".join(pieces) == text and len(pieces) > 1
    assert all(p.rstrip().endswith((".", '"', "”")) for p in pieces[:-1])


def test_long_text_parsed_in_pieces_keeps_offsets(nlp):
    text = "\n\n".join([PARAGRAPH] * 30)
    parsed = parse_long(nlp, text, 1_500)
    assert parsed.text == text
    whole = nlp(text)
    assert [e.text for e in parsed.ents] == [e.text for e in whole.ents]
    doc = Document(text=text)
    from redline.nlp import annotate_parsed

    annotate_parsed(doc, parsed)
    assert check_offsets(doc) == []
    assert len(doc.sentences) >= 60
    assert all(text[s.start : s.end].strip() for s in doc.sentences)
