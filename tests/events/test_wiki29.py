"""Wrong kinds a general news feed gets, found by read37 and fixed by wiki29 (issue #9, session
28): an interviewer's or a quoted question coded as an appeal, an animal named by a role word
read as a head of state, administrators "called in" and a programme "called" a name read as
telephone calls, and sport's phrasings (a tackle's hit, sides that meet at a ground, a referee
who takes charge of a match or declines the chance to consult) and an interview agreed to as
events. The sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def _roots(doc) -> set[str]:
    return {e.code[:2] for e in doc.events}


@pytest.mark.parametrize(
    "text",
    [
        "In an interview, the Herald's reporter asked Senator Jane Doyle whether Congress "
        "would meet again before the recess.",
        "The correspondent asked Senator Jane Doyle if she would resign over the affair.",
        "\"Voters would often ask me, 'Will the president resign?'\" Senator Jane Doyle said.",
    ],
)
def test_an_interviewers_or_a_quoted_question_is_no_appeal(code_all, text):
    doc = code_all(text)
    assert "02" not in _roots(doc), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister asked Japan to delay the vote until the spring.",
        "U.S. District Judge Ann Carter asked the parties on Monday whether they had any "
        "objections to a gag order.",
    ],
)
def test_a_request_and_a_judges_question_stay_appeals(code_all, text):
    doc = code_all(text)
    assert "02" in _roots(doc), events(doc)


@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "Scientists in Mexico counted more butterflies this winter. Almost all of the "
            "monarch butterflies ranging across the continent, as far north as Canada, return "
            "to the same wintering area in central Mexico's fir forests every year.",
            "GOV",
        ),
        ("The farmers in Kenya attacked the queen bees with smoke.", "GOV"),
        ("Senator Jane Doyle criticised the think tank over its report on Tuesday.", "MIL"),
        ("Senator Jane Doyle praised the marine biologists on Tuesday.", "MIL"),
        ("Senator Jane Doyle praised the labour force on Tuesday.", "MIL"),
    ],
)
def test_an_animal_or_thing_named_by_a_role_word_is_no_sector(code_all, text, wrong):
    doc = code_all(text)
    actors = {a for e in doc.events for a in (e.source_actor, e.target_actor) if a}
    assert not any(a.endswith(wrong) for a in actors), events(doc)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("London games maker Redshift called in administrators on Friday.", "called"),
        (
            "ABC originally planned to call their programme Family Swap, but changed it to "
            "avoid confusion with the Fox show.",
            "call",
        ),
        (
            "The England match against Wales was called off by the Rugby Football Union "
            "because of a frozen pitch.",
            "called",
        ),
    ],
)
def test_calling_in_administrators_naming_and_calling_off_is_no_phone_call(code_all, text, trigger):
    doc = code_all(text)
    assert not [e for e in doc.events if e.trigger_text == trigger], events(doc)


def test_a_title_called_a_good_book_is_no_phone_call(code_all):
    doc = code_all(
        "The judges called Jones's My Life is My Own: The Story of a Village \"an impressive "
        'and readable book".'
    )
    assert not [e for e in doc.events if e.code == "041"], events(doc)


def test_a_person_called_with_no_verdict_is_still_a_phone_call(code_all):
    doc = code_all(
        "OTTAWA (Reuters) - Prime Minister Justin Trudeau met Jagmeet Singh on Monday. Two days "
        "later, he called Singh, according to officials in his office."
    )
    assert [e for e in doc.events if e.code == "041"], events(doc)


def test_striking_the_ball_is_no_attack(code_all):
    doc = code_all("The striker paused before striking the ball into the top corner.")
    assert "19" not in _roots(doc), events(doc)


def test_a_leaders_phone_call_is_still_one(code_all):
    doc = code_all("Prime Minister Theresa May called German Chancellor Angela Merkel on Tuesday.")
    assert "041" in {e.code for e in doc.events}, events(doc)


@pytest.mark.parametrize(
    "text, root",
    [
        (
            '"Ireland lock Paul Ryan hit him hard and then wrestled the ball away for a '
            'turnover," the England coach said.',
            "19",
        ),
        (
            "Italy coach John Kirwan believes his side can upset England. The two sides, both "
            "without a win, meet on 12 March at Twickenham.",
            "04",
        ),
        (
            "England coach Andy Robinson was fined. The referee will take charge of the match "
            "against Wales.",
            "17",
        ),
        (
            "South African referee Pieter de Villiers declined the chance to consult the video "
            "referee before awarding the try to Ireland.",
            "12",
        ),
    ],
)
def test_sport_phrasings_are_no_events(code_all, text, root):
    doc = code_all(text)
    wrong = [e for e in doc.events if e.code[:2] == root and e.trigger_text != "fined"]
    assert not wrong, events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Professor Daniel Ortiz of Harvard University agreed to answer some questions for "
        "the Guardian's correspondent.",
        "Former US champion Jim Carter has agreed to commentate for the BBC at Wimbledon.",
    ],
)
def test_agreeing_to_an_interview_is_no_commitment(code_all, text):
    doc = code_all(text)
    assert "03" not in _roots(doc), events(doc)


def test_the_two_sides_meeting_for_talks_is_still_a_meeting(code_all):
    doc = code_all(
        "The foreign ministers of India and Pakistan will meet in Geneva on 12 March for talks."
    )
    assert {"040", "036"} & {e.code for e in doc.events}, events(doc)
