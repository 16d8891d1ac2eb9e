from __future__ import annotations

from redline.quotes.marks import find_marked_spans


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_marked_spans(text)]


def test_marks_pairs_curly_and_straight():
    text = 'He said “we will rebuild,” and she said "not yet."'
    assert spans(text) == ["“we will rebuild,”", '"not yet."']


def test_marks_paragraph_continuation_is_one_span():
    text = (
        "“The first part of the statement runs on.\n\n“And the second paragraph ends it.”\n\nAfter."
    )
    found = find_marked_spans(text)
    assert len(found) == 1
    assert found[0].paragraphs == 2 and found[0].closed
    assert text[found[0].start : found[0].end].endswith("ends it.”")


def test_marks_unbalanced_mark_does_not_raise():
    text = "The minister said “we are ready to talk.\n\nThe talks begin on Monday in Geneva."
    found = find_marked_spans(text)
    assert len(found) == 1 and not found[0].closed
    assert text[found[0].start : found[0].end] == "“we are ready to talk."


def test_marks_stray_closing_mark_is_ignored():
    assert spans("Prices rose” sharply on Tuesday.") == []


def test_marks_nested_single_quotes_stay_inside_double():
    text = "“He told me, ‘Do not sign it,’ and I did not,” she said."
    assert spans(text) == ["“He told me, ‘Do not sign it,’ and I did not,”"]


def test_marks_headline_single_quotes():
    text = "Putin Says Sanctions Are ‘Doomed to Fail’\nMoscow responded on Friday."
    assert spans(text) == ["‘Doomed to Fail’"]


def test_marks_apostrophes_are_not_quotes():
    assert spans("It’s the ministers’ view that Ukraine’s army won’t retreat.") == []


def test_marks_straight_excerpt_does_not_swallow_curly_paragraph():
    text = (
        '"The farmer walked the dry field twice before he spoke.\n\n'
        "“We have not had rain since April,” he said.\n\nThe ministry declined to comment."
    )
    found = spans(text)
    assert "“We have not had rain since April,”" in found
    assert all(not s.endswith("April,”") or s.startswith("“") for s in found)


def test_marks_skip_markup_attributes_in_scraped_text():
    # an embedded tweet left as markup: attribute values are not quotations
    text = 'Trump tweeted: pic="" author="realDonaldTrump" timestamp="1448038800" "We will win."'
    assert [text[m.start : m.end] for m in find_marked_spans(text)] == ['"We will win."']


def test_marks_turned_curly_marks_are_read_by_place():
    # issue #10 round 8: an opening mark after a comma and before a space closes; a closing
    # mark opening the paragraph opens
    text = "“Apparently not,“ he said. “A leopard doesn’t change its spots.”"
    assert spans(text) == ["“Apparently not,“", "“A leopard doesn’t change its spots.”"]
    text = "The textbook explains “the advantages of peace“ with a photograph of Begin."
    assert spans(text) == ["“the advantages of peace“"]
    text = "Davis was critical.\n\n” … they are so not like him,” she said in December."
    assert spans(text) == ["” … they are so not like him,”"]
    # alone on a hard-wrapped line, the mark still closes the line before
    text = "He said “we will not back down\n” and left the stage."
    assert spans(text) == ["“we will not back down"]
    # a mark glued to the word before still opens ("said,“Look")
    assert spans("Ryan said,“Look, we have to fix it.”") == ["“Look, we have to fix it.”"]
