"""issue #10 names21: a quotation after someone else's reported sentence is that person's, not
the quotation before it going on; "the police chief" is the person named just before under
another description; "criticised the plans" reports no words. Sentences written for these tests
in the style of news pages; the recogniser's labels are fixed where the rule reads them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

from labelled_entities import finish_labelled, quote_with  # noqa: E402

TURN = (
    "The council will vote on the new licensing hours next month.\n\n"
    'Green Party councillor Mark Ellery said: "The council should wait another year before '
    'it changes anything." Superintendent Ruth Caddick conceded that late-night crowds did '
    'cause trouble. "If you walk through the town centre at two in the morning you will see '
    'what I mean."'
)
TURN_LABELS = [("Mark Ellery", 0, "PERSON"), ("Ruth Caddick", 0, "PERSON")]


def test_a_quotation_after_another_speakers_reported_sentence_is_theirs(nlp):
    doc = finish_labelled(nlp, TURN, TURN_LABELS)
    assert quote_with(doc, "town centre").speaker == "Ruth Caddick"


def test_the_quotation_before_keeps_its_speaker(nlp):
    doc = finish_labelled(nlp, TURN, TURN_LABELS)
    assert quote_with(doc, "wait another year").speaker == "Mark Ellery"


GOING_ON = (
    'Green Party councillor Mark Ellery said: "The council should wait another year before '
    'it changes anything." "Nobody has asked the people who live in the town centre what '
    'they think."'
)


def test_a_quotation_right_after_another_still_goes_on(nlp):
    doc = finish_labelled(nlp, GOING_ON, [("Mark Ellery", 0, "PERSON")])
    assert quote_with(doc, "Nobody has asked").speaker == "Mark Ellery"


CHIEF = (
    'Prison governor Alan Pike said the scheme was "worth a try".\n\n'
    "Among those who have opposed the scheme is the country's most senior prison officer "
    "Sir Malcolm Treadwell.\n\n"
    "The Home Office prisons chief said on Monday that the scheme should be dropped because "
    'of "an unacceptable risk to staff".'
)
CHIEF_LABELS = [("Alan Pike", 0, "PERSON"), ("Malcolm Treadwell", 0, "PERSON")]


def test_the_chief_is_the_person_named_just_before(nlp):
    doc = finish_labelled(nlp, CHIEF, CHIEF_LABELS)
    assert quote_with(doc, "unacceptable risk").speaker == "Malcolm Treadwell"


def test_a_criticism_verb_with_a_plain_object_reports_no_words(quotes_of):
    quotes = quotes_of(
        "Several head teachers have criticised the plans. The union condemned the cuts on Tuesday."
    )
    assert not [q for q in quotes if q.text in ("the plans", "the cuts")]


def test_a_criticism_verb_with_a_reason_still_reports(quotes_of):
    quotes = quotes_of("The union criticised the minister for ignoring the teachers' advice.")
    assert any("ignoring" in q.text for q in quotes)


SAME_FORCE = (
    "Durham police chief Helen Marsh backed the scheme on Monday.\n\n"
    "Local traders have asked for more time to prepare.\n\n"
    'The Durham police chief said the force was "ready for the first weekend".'
)


def test_the_chief_under_the_same_qualifier_is_still_the_one_titled(nlp):
    doc = finish_labelled(nlp, SAME_FORCE, [("Helen Marsh", 0, "PERSON")])
    assert quote_with(doc, "ready for the first").speaker == "Helen Marsh"


LEADER = (
    "Senate Minority Leader Paul Harrow met the governors on Tuesday.\n\n"
    'The Senate Democratic leader said the bill was "dead on arrival" in its current form.'
)


def test_a_qualifier_in_common_keeps_the_one_titled(nlp):
    doc = finish_labelled(nlp, LEADER, [("Paul Harrow", 0, "PERSON")])
    assert quote_with(doc, "dead on arrival").speaker == "Paul Harrow"


NOMINEE = (
    "Libertarian nominee Carl Benning spoke to students in Denver on Friday. He tells one "
    "joke about his Republican rival, Republican nominee Frank Dorsey. The Republican nominee, "
    'he said, watched the debate "to see how long his own answers could go."'
)


def test_the_subject_of_the_clause_he_reports_is_not_the_speaker(nlp):
    doc = finish_labelled(
        nlp, NOMINEE, [("Carl Benning", 0, "PERSON"), ("Frank Dorsey", 0, "PERSON")]
    )
    assert quote_with(doc, "his own answers").speaker == "Carl Benning"


SON = (
    "As Walter Brandt began his campaign tour on Monday, his family joined in.\n\n"
    "Oskar Brandt, son of the Republican candidate, told reporters the race would be close. "
    '"We expect a long fight," Oskar Brandt said.\n\n'
    "Oskar Brandt's comments came after his father posted a new message on Sunday.\n\n"
    '"Nobody will outwork us in this state. Nobody!" Brandt wrote.'
)


def test_a_bare_surname_is_not_the_relative_the_text_brought_in(nlp):
    doc = finish_labelled(
        nlp,
        SON,
        [
            ("Walter Brandt", 0, "PERSON"),
            ("Oskar Brandt", 0, "PERSON"),
            ("Oskar Brandt", 1, "PERSON"),
            ("Oskar Brandt", 2, "PERSON"),
            ("Brandt", 4, "PERSON"),
        ],
    )
    assert quote_with(doc, "outwork us").speaker == "Walter Brandt"
    assert quote_with(doc, "long fight").speaker == "Oskar Brandt"


def test_a_recording_the_words_are_on_does_not_take_them_from_the_speaker(nlp):
    text = (
        'Senator Ann Keller spoke to donors in Denver on Tuesday. "We are still winning every '
        'day despite the coverage," Ms. Keller said during the closed session, according to a '
        "recording obtained by the newspaper."
    )
    doc = finish_labelled(nlp, text, [("Ann Keller", 0, "PERSON"), ("Keller", 1, "PERSON")])
    assert quote_with(doc, "still winning").speaker == "Ann Keller"


def test_a_person_passing_the_words_on_is_still_their_source(nlp):
    text = (
        '"We are still winning every day," Ms. Keller said during the closed session, '
        "according to Tom Brannigan, who was in the room."
    )
    doc = finish_labelled(nlp, text, [("Keller", 0, "PERSON"), ("Tom Brannigan", 0, "PERSON")])
    assert quote_with(doc, "still winning").speaker == "Tom Brannigan"


def test_according_to_a_speech_its_speaker_gave(nlp):
    text = (
        'The plan is meant to reward long-term investors and to "end the tyranny of the '
        'quarterly report," according to a speech Senator Ann Keller delivered in Boston in '
        "July."
    )
    doc = finish_labelled(nlp, text, [("Ann Keller", 0, "PERSON")])
    assert quote_with(doc, "tyranny").speaker == "Ann Keller"


MINISTER = (
    "The trade minister, Kang Jaesung, rejected the charges on Tuesday.\n\n"
    '"Our mills sell at a fair price," Mr. Kang told a news briefing in Seoul. He said the '
    "government would not cut output."
)


def test_a_name_written_surname_first_is_the_titled_bare_word(nlp):
    doc = finish_labelled(nlp, MINISTER, [("Kang Jaesung", 0, "PERSON"), ("Kang", 1, "PERSON")])
    assert quote_with(doc, "fair price").speaker == "Kang Jaesung"
