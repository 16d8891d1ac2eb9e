"""issue #10 names31: quotes left with no speaker or an unnamed one because the parser broke the
cue, each kind written as our own news-style sentences: a participle after a relative clause
that reports, a participle after the name a recording is "of", a participle the parser hung on
an event that began, a "for saying" joined as a conjunct, and a participle set off by dashes."""

from __future__ import annotations

import pytest
from quote_views import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mayor Carl Kessler was defensive when forced to defend not paying a contractor who "
            'said he was owed money, saying, "Maybe he did not do the work."',
            "did not do the work",
            "Carl Kessler",
        ),
        (
            "Governor Rita Hale turned on a pollster who said her lead had vanished, saying, "
            '"Nobody trusts those numbers anymore."',
            "trusts those numbers",
            "Rita Hale",
        ),
    ],
)
def test_a_participle_after_a_reporting_relative_clause_is_the_main_subjects(
    code_text, text, words, speaker
):
    assert speaker_of(code_text, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'The mayor\'s office released a video of Ann Morley asking, "Why are we waiting?"',
            "Why are we waiting",
            "Ann Morley",
        ),
        (
            'The new spot uses footage of Senator Paul Draper saying, "I never voted for that '
            'bill."',
            "never voted",
            "Paul Draper",
        ),
    ],
)
def test_a_participle_after_a_recordings_name_speaks_in_that_voice(code_text, text, words, speaker):
    assert speaker_of(code_text, text, words) == speaker


def test_a_participle_hung_on_an_event_that_began_is_the_senders(code_text):
    text = (
        "Rep. Lena Voss has not given up. She sent out a fundraising letter as the budget hearing "
        'began vowing to "fight every cut" in the plan.'
    )
    assert speaker_of(code_text, text, "fight every cut") == "Lena Voss"


def test_for_saying_joined_to_the_verb_is_the_verbs_subjects(code_text):
    text = (
        "Dr. Martin Greer drew the scrutiny of regulators, where he appeared at a 2015 hearing "
        'for his role in selling diet pills and for saying that the powder was a "miracle cure '
        'for everyone."'
    )
    assert speaker_of(code_text, text, "miracle cure") == "Martin Greer"


def test_a_participle_set_off_by_dashes_is_the_clauses(code_text):
    text = (
        "Gov. Neil Barrow is an awkward campaigner. He struggles with a basic task in politics "
        "- bragging - conceding that, when he does, he feels ''the shadow of his father.''"
    )
    assert speaker_of(code_text, text, "shadow of his father") == "Neil Barrow"


def test_a_participle_after_a_plain_relative_clause_keeps_its_speaker(code_text):
    text = (
        "Senator Ruth Calder, who has backed the plan for years, met the press on Monday, "
        'saying, "We have the votes."'
    )
    assert speaker_of(code_text, text, "We have the votes") == "Ruth Calder"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The bill was later backed by Senator Joan Carter, who made a controversial comment "
            'that described young offenders as "lost causes."',
            "lost causes",
            "Joan Carter",
        ),
        (
            "The 2004 law, signed by Governor Ray Carter, prompted his wife and current Senate "
            "candidate Joan Carter to make a controversial remark that harshly described young "
            'offenders as "lost causes."',
            "lost causes",
            "Joan Carter",
        ),
    ],
)
def test_what_a_comment_describes_is_said_by_who_made_it(code_text, text, words, speaker):
    assert speaker_of(code_text, text, words) == speaker


def test_a_participle_after_a_relative_clause_on_a_name_is_that_names(code_text):
    text = (
        "There is a lot of chatter about Luis Ortega, who is the most animated on stage this "
        'morning, saying "Zip codes should not decide destiny" and "Hard work pays."'
    )
    assert speaker_of(code_text, text, "Zip codes") == "Luis Ortega"


def test_a_participle_after_a_relative_clause_with_a_speaking_subject_keeps_it(code_text):
    text = (
        "Mayor Ines Baca praised Luis Ortega, who is the most animated on stage this morning, "
        'saying "He earned this."'
    )
    assert speaker_of(code_text, text, "He earned this") == "Ines Baca"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Any decision would involve Attorney General Karen Dwyer, who told lawmakers when "
            'asked last month about the audit: "That matter is being handled by career agents."',
            "career agents",
            "Karen Dwyer",
        ),
        (
            "Mayor Ellen Hartwick hardly settled the question, treating the audit first as a joke "
            "-- ''That makes me thrifty'' -- and, when questioned after the meeting, asserting, "
            "''Of course I pay my water bill.''",
            "thrifty",
            "Ellen Hartwick",
        ),
    ],
)
def test_an_answer_bound_to_when_asked_is_the_one_askeds(code_text, text, words, speaker):
    assert speaker_of(code_text, text, words) == speaker


def test_a_question_bound_to_asked_stays_the_askers(code_text):
    text = 'Senator Mark Udell, asked by a reporter, "Will you run again?" smiled and walked away.'
    doc = code_text(text)
    assert not any("run again" in q.text and q.speaker == "Mark Udell" for q in doc.quotes)
