"""issue #10 names26: speakers read off unseen BBC articles and named wrong or not at all, each
kind written as our own news-style sentences: an acronym spelled out from a possessive, a body
named again by the first word of its name, a nationality of a plural group, words quoted in a
question put to the speaker, a body's person tagged a place or body, an expletive "it", and
the object a verb moves to speak."""

from __future__ import annotations

import pytest
from quote_views import quote_with, speaker_of


def test_an_acronym_spelled_out_from_a_possessive_loses_the_s(code_text):
    text = (
        "Ministers have ignored the World Health Organization's warnings for a decade. On "
        "Monday the WHO said that the new cases showed the virus was spreading faster."
    )
    assert speaker_of(code_text, text, "spreading faster") == "World Health Organization"


def test_a_body_named_again_by_the_first_word_of_its_name(code_text):
    text = (
        "The Central Bank of Ireland left its main rate unchanged. Economists at Barclays Bank "
        "were not surprised. The Bank of England (BoE) has also kept rates on hold since May. "
        "In its quarterly report, the Bank said inflation would fall back to 2% next year."
    )
    assert speaker_of(code_text, text, "fall back to 2%") == "Bank of England"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Ministers from European and Asian governments have called on Washington to act, "
            "saying the weak dollar was hurting their exporters.",
            "hurting their exporters",
        ),
        (
            "Officials from French and German banks said the new capital rules were too strict.",
            "too strict",
        ),
    ],
)
def test_a_nationality_of_a_plural_group_names_no_body(code_text, text, words):
    assert speaker_of(code_text, text, words) is None


def test_words_quoted_in_the_question_are_not_the_answer(code_text):
    text = (
        "Gordon Hale said: “I am proud of the work we did.” Asked if the contract was awarded "
        "as the result of a “clean and transparent” process, he replied: “Every rule was "
        "followed to the letter and the papers are public.”"
    )
    assert speaker_of(code_text, text, "clean and transparent") is None
    assert speaker_of(code_text, text, "Every rule was followed") == "Gordon Hale"


@pytest.mark.parametrize(
    "person", ["Sunder Katwala", "Kenton Hall", "Sundar Katwala"]
)  # tagged a body, a body and a facility
def test_a_bodys_person_tagged_a_place_or_body_is_the_person(code_text, person):
    text = (
        f"The Fabian Society's {person} said the poll showed voters wanted more honesty about "
        "tax. He said: “People are ready to hear the truth about public spending.”"
    )
    assert speaker_of(code_text, text, "more honesty") == person
    assert speaker_of(code_text, text, "ready to hear the truth") == person


def test_a_body_part_after_a_possessive_stays_a_body(code_text):
    text = "Labour's Shadow Cabinet said the poll showed voters wanted more honesty about tax."
    assert speaker_of(code_text, text, "more honesty") == "Shadow Cabinet"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The Treasury said the figures were sound. It has been suggested that the "
            "chancellor will raise taxes after the election.",
            "raise taxes",
        ),
        (
            "Shell said profits rose. It is thought the firm will sell its stake, and it has "
            "been reported that talks are under way.",
            "talks are under way",
        ),
    ],
)
def test_an_expletive_it_is_not_the_body_before(code_text, text, words):
    assert speaker_of(code_text, text, words) is None


def test_a_body_that_spoke_before_is_still_it(code_text):
    text = 'The committee said the rules were clear. "We will not change them," it said.'
    assert quote_with(code_text, text, "not change them").speaker_text == "it"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The central bank has left rates unchanged for six months, leading some economists "
            "to argue that borrowing costs have peaked.",
            "borrowing costs have peaked",
            None,
        ),
        (
            "The report's findings led Senator Mary Ellis to demand that the agency be closed.",
            "the agency be closed",
            "Mary Ellis",
        ),
    ],
)
def test_the_object_a_verb_moves_to_speak_speaks(code_text, text, words, speaker):
    quote = quote_with(code_text, text, words)
    assert quote.speaker == speaker
    assert quote.speaker_text in ("some economists", "Senator Mary Ellis")


def test_a_courtesy_title_makes_the_surname_the_bodys_person(code_text):
    text = (
        "The Fabian Society's Sundar Katwala said the poll showed voters wanted more honesty "
        "about tax. The change was overdue, Mr Katwala said."
    )
    assert speaker_of(code_text, text, "change was overdue") == "Sundar Katwala"


def test_a_participle_on_the_object_of_a_reporting_verb_is_the_subjects(code_text):
    text = (
        "The party's leader, Anna Marsh, spoke in Leeds. But Ms Marsh will argue against quotas "
        "saying they are “unfair and outdated”."
    )
    assert speaker_of(code_text, text, "unfair and outdated") == "Anna Marsh"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Remittances are now worth $2bn a year to the island, according to the UN "
            "Economic Commission for Latin America.",
            "worth $2bn",
            "UN Economic Commission for Latin America",
        ),
        (
            "The Economic Commission for Africa said aid should double by 2010.",
            "aid should double",
            "Economic Commission for Africa",
        ),
        (
            "The Commission for Africa said aid should double by 2010.",
            "aid should double",
            "Commission for Africa",
        ),
    ],
)
def test_a_body_named_for_a_place_is_named_whole(code_text, text, words, speaker):
    assert speaker_of(code_text, text, words) == speaker
