"""issue #9/#10 comments49: readers' comments printed after a report ("Have your say" pages)
are not the article. A run of signed comments ("..., Ashley, Swindon") is kept beside the
article, in ``commentary`` and ``meta["reader_comments"]`` with each signer and offsets into the
input; no event or quote is coded from it. Texts written for these tests."""

from __future__ import annotations

from redline.clean import clean_document
from redline.clean.comments import signature
from redline.ingest import RawDocument
from redline.model import check_offsets

REPORT = (
    "The government raised the minimum wage on Tuesday, to 5.05 pounds an hour for adults.\n\n"
    "Business groups criticised the decision, and the Confederation of British Industry called "
    'for a pause. "This is a fair deal for working families," Prime Minister Tony Blair said.'
)
COMMENTS = [
    "The Prime Minister said he would help workers, but he has done nothing for us.\n"
    "Ashley, Swindon",
    "France accused Britain of dumping cheap labour last year. Why should we listen?\n"
    "John Smith, Exeter, UK",
    "I work in a shop and I welcome the rise. The unions attacked the employers for years. "
    "Emma, Leeds",
    "Russia threatened to cut gas supplies to Europe. That is what we should worry about!\n"
    "Mark Taylor, Bristol",
    "Germany condemned the plan, and rightly so. Wages should be set by the market.\nPaul, Cardiff",
]
PAGE = REPORT + "\n\nHere is a selection of your comments.\n\n" + "\n\n".join(COMMENTS) + "\n"


def clean(text: str):
    return clean_document(RawDocument(source="<test>", text=text, title="Minimum wage rises"))


def test_signed_comments_after_a_report_are_kept_beside_the_article():
    doc = clean(PAGE)
    assert doc.text == REPORT
    assert len(doc.commentary) == 5
    comments = doc.meta["reader_comments"]
    assert [(c["name"], c["place"]) for c in comments] == [
        ("Ashley", "Swindon"),
        ("John Smith", "Exeter"),
        ("Emma", "Leeds"),
        ("Mark Taylor", "Bristol"),
        ("Paul", "Cardiff"),
    ]
    for comment, printed in zip(comments, COMMENTS, strict=True):
        assert PAGE[comment["start"] : comment["end"]] == printed
    assert "Here is a selection of your comments." in doc.removed
    assert doc.meta["field_rules"]["commentary"] == "reader-comments"


def test_no_event_or_quote_is_coded_from_the_comments(code_text):
    doc = code_text(PAGE, title="Minimum wage rises", published="2005-02-08")
    assert doc.text == REPORT
    assert not check_offsets(doc)
    for record in (*doc.events, *doc.quotes, *doc.entities):
        assert record.end <= len(REPORT)
    assert not [q for q in doc.quotes if "done nothing" in q.text or "cut gas" in q.text]


def test_comments_without_an_introducing_line_need_three_signatures():
    bare = REPORT + "\n\n" + "\n\n".join(COMMENTS[:3])
    assert clean(bare).text == REPORT
    two = clean(REPORT + "\n\n" + "\n\n".join(COMMENTS[:2]))
    assert "John Smith, Exeter, UK" in two.text  # two signed paragraphs alone: left in
    assert not two.commentary and "reader_comments" not in two.meta


def test_a_report_that_ends_with_one_signature_like_line_is_left_whole():
    letter = (
        REPORT + "\n\nWe will go on pressing for a fair wage for every worker.\nJohn Smith, Exeter"
    )
    kept = clean(letter)
    assert kept.text.endswith("for every worker. John Smith, Exeter")  # the line as it was
    assert not kept.commentary and "reader_comments" not in kept.meta
    titled = (
        REPORT + "\n\nThe rise takes effect in October.\nTony Blair, Prime Minister\n\n"
        "Gordon Brown, Chancellor\n\nAlistair Darling, Transport Secretary"
    )
    kept = clean(titled)
    assert kept.text.endswith("Alistair Darling, Transport Secretary")  # titles, not towns
    assert not kept.commentary


def test_a_signature_is_a_first_name_and_a_known_town():
    assert signature("Ashley, Swindon") == ("Ashley", "Swindon")
    assert signature("John Smith, Exeter, UK") == ("John Smith", "Exeter")
    assert signature("Emma from Sleaford") == ("Emma", "Sleaford")
    assert signature("Tony Blair, Prime Minister") is None
    assert signature("Paris, France") is None  # a place before a place
    assert signature("Murrayfield, Edinburgh") is None  # no first name
