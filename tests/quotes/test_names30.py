"""issue #10 names30: speakers lost in long, many-quote articles when the parser broke the
sentence around a participle, each kind written as our own news-style sentences: a participle
hung on the noun of an occasion phrase ("at one point calling …"), a participle joined to a
quotation the parser made the sentence's root, and a reporting verb hung on an aside's
participle ("Mr. Bush, channeling …, responded by saying …")."""

from __future__ import annotations

import pytest
from quote_views import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Gov. Laura Pettis made the harbor a priority in her first term, but the effort "
            "stalled, and she has feuded with the port authority over the budget, at one point "
            'calling its director a "liar" who was not "honorable."',
            "liar",
            "Laura Pettis",
        ),
        (
            "Senator Daniel Ortmann has clashed with the teachers' union for months, at times "
            'describing its leaders as "bullies in suits."',
            "bullies",
            "Daniel Ortmann",
        ),
    ],
)
def test_a_participle_on_an_occasion_phrase_is_the_verbs_subjects(code_text, text, words, speaker):
    assert speaker_of(code_text, text, words) == speaker


def test_a_participle_past_a_quotation_parsed_as_the_root_is_the_subjects(code_text):
    text = (
        "Mayor Ellen Hartwick hardly settled the question, treating the audit first as a joke "
        "-- ''That makes me thrifty'' -- and, when pressed after the meeting, asserting, ''Of "
        "course I pay my water bill.''"
    )
    assert speaker_of(code_text, text, "water bill") == "Ellen Hartwick"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mr. Ortiz, channeling his modest roots, responded by first saying ''some good "
            "things'' about the governor.",
            "good things",
            "Ortiz",
        ),
        (
            "Mr. Ortiz, channeling his respectful upbringing, responded by first saying ''some "
            "good words'' about Ms. Hale.",
            "good words",
            "Ortiz",
        ),
    ],
)
def test_a_verb_hung_on_an_asides_participle_has_its_subject(code_text, text, words, speaker):
    assert speaker_of(code_text, text, words) == speaker


def test_a_quotation_right_after_anothers_goes_on_in_its_voice(code_text):
    text = (
        "Gov. Peter Harmon met the speaker, Dana Kell, on Thursday. Rep. Walter Brandt of Ohio, a "
        "friend of the leadership, said his main worry about Peter Harmon is that he is "
        "“erratic.” Yet Peter Harmon is also a “fresh face,” Brandt said. “That is what voters "
        "want this year, so he is well placed for November.”\n\n“They have every reason to make "
        "peace,” he said of Harmon and Kell, “because each of them needs the other.”"
    )
    assert speaker_of(code_text, text, "make peace") == "Walter Brandt"
    # the second half of the split quotation has the same mention, so the same speaker
    assert speaker_of(code_text, text, "needs the other") == "Walter Brandt"


def test_an_added_word_after_an_answer_is_the_answerers(code_text):
    text = (
        "The singer Nora Vale said she was unsure whether she would back Ellen Marsh. Asked "
        "whether she would vote if Ellen Marsh faced the governor, who has insulted voters "
        "across the state, she replied: “I have no idea. We will see.”\n\n“Honestly,” she "
        "added when the host looked surprised."
    )
    assert speaker_of(code_text, text, "Honestly") == "Nora Vale"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "While Barack Obama had a long list of musicians writing songs about him, that has "
            "not happened for Ellen Marsh, which is something that worries Victor Ruelas, "
            "chairman of the Dade County Young Democrats. “Nobody is writing songs for Ellen. "
            "Obama had a whole choir,” he said.",
            "Nobody is writing",
            "Victor Ruelas",
        ),
        (
            "Marsh asked her aide to print the advice on the foundation, sent by her old friend "
            "Joan Petrie, a banker in Chicago. “I feel strongly that the board needs new "
            "leadership,” she wrote.",
            "new leadership",
            "Joan Petrie",
        ),
    ],
)
def test_a_person_introduced_with_a_role_just_before_is_quoted(code_text, text, words, speaker):
    assert speaker_of(code_text, text, words) == speaker


def test_a_person_named_again_before_is_not_introduced(code_text):
    text = (
        "Victor Ruelas runs the county caucus. Barack Obama spoke in Miami, a city that "
        "welcomed Victor Ruelas, chairman of the caucus, last year. “It was a great night,” he "
        "said."
    )
    assert speaker_of(code_text, text, "great night") == "Barack Obama"


def test_the_admiral_is_the_one_admiral_named(code_text):
    text = (
        "Adm. Carl Wendt has commanded the Pacific fleet since May. The chairman of the Joint "
        "Chiefs of Staff, Gen. Mark Ellery, recently asked Admiral Wendt just that question. In "
        "a talk overheard by a reporter while the two men chatted at the Pentagon, the "
        "admiral's answer was unclear. Asked later about a war over the reef, the admiral "
        "laughed.\n\n''It is good that my voice is low,'' he said, sitting on a couch in his "
        "office."
    )
    assert speaker_of(code_text, text, "my voice is low") == "Carl Wendt"
