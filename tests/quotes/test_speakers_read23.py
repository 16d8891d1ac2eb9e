"""issue #9/#10 read23: quote speakers read wrong on twelve unseen BBC articles, fixed for the
phrasing: a party or seat word before a full name is no part of it; "Mr Howard" is a surname,
never the first name of someone else the text names; the deputy mayor, or a prime minister, is
not "the mayor". Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _speakers(doc):
    return [(q.kind, q.text[:24], q.speaker_text, q.speaker) for q in doc.quotes]


def _speaker_of(doc, start):
    return next((q.speaker for q in doc.quotes if q.text.lstrip('"“').startswith(start)), "-")


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "But fellow Tory Anne Smithers said the plan was a mistake. "
            '"It will cost jobs," she said.',
            "It will",
            "Anne Smithers",
        ),
        (
            'Labour Jim Harkins told reporters: "We will not back the budget."',
            "We will",
            "Jim Harkins",
        ),
    ],
)
def test_a_party_word_before_a_full_name_is_no_part_of_it(code_text, text, start, speaker):
    doc = code_text(text)
    assert _speaker_of(doc, start) == speaker, _speakers(doc)


def test_a_first_name_that_is_a_word_like_tory_stays(code_text):
    doc = code_text("Designer Tory Burch said the shop would open in May.")
    assert [q.speaker for q in doc.quotes] == ["Tory Burch"], _speakers(doc)


def test_mr_and_a_first_name_is_someone_else(code_text):
    doc = code_text(
        "Sacked MP Howard Flight said he would fight on. At a news conference, Mr Howard "
        'insisted he had acted fairly. The Tory leader said: "We do not change our rules."'
    )
    assert _speaker_of(doc, "he had acted") == "Howard", _speakers(doc)
    assert _speaker_of(doc, "We do not") == "Howard", _speakers(doc)


def test_mr_and_a_surname_still_finds_the_full_name(code_text):
    doc = code_text(
        'Home Secretary Charles Clarke met police chiefs. Mr Clarke said: "We will act."'
    )
    assert _speaker_of(doc, "We will") == "Charles Clarke", _speakers(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Mayor Jane Holt said the council would act on the complaints. Later the mayor "
        'said: "I am deeply sorry for the offence."',
        "Deputy Mayor Jane Holt told the BBC the row would pass. Prime Minister Tom Reed is "
        'among those who have called for an apology. The mayor said: "I am deeply sorry."',
    ],
)
def test_the_deputy_mayor_is_not_the_mayor(code_text, text):
    doc = code_text(text)
    assert _speaker_of(doc, "I am deeply") not in ("Jane Holt", "Tom Reed"), _speakers(doc)


def test_the_mayor_titled_in_the_text_stays(code_text):
    doc = code_text(
        "Mayor Ken Hart met residents on Monday. The mayor said the plan would go ahead."
    )
    assert _speaker_of(doc, "the plan") == "Ken Hart", _speakers(doc)
