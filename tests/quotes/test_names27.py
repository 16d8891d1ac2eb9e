"""issue #10 names27: "the prime minister" in an undated story naming two holders of the office
(Tony Blair, Gordon Brown) is the one the article's other offices point to, and never a person
named next whom the text titles only with another, shorter office ("Former housing minister …")."""

from __future__ import annotations

import pytest
from quote_views import speaker_of

UNDATED_PAIR = (
    "Tony Blair has rejected claims that he promised Gordon Brown a date for his departure.\n\n"
    "“There is no deal and there never was,” the prime minister told ITV's morning programme. "
    "Aides said the chancellor was relaxed about the reports."
)


def test_undated_prime_minister_is_the_holder_serving_with_the_named_chancellor(code_text):
    # Brown, named last, was prime minister only after his chancellorship; with "the
    # chancellor" in the story, the prime minister is Blair
    assert speaker_of(code_text, UNDATED_PAIR, "no deal") == "Tony Blair"


def test_undated_prime_minister_home_secretary_points_the_same_way(code_text):
    text = (
        "Tony Blair is under pressure after a weekend of stories about Gordon Brown.\n\n"
        "The prime minister said on Sunday that the government was united. Home Secretary "
        "David Blunkett said the reports were “gossip and nothing more”."
    )
    assert speaker_of(code_text, text, "government was united") == "Tony Blair"


@pytest.mark.parametrize(
    "text",
    [
        "Tony Blair's housing plan came under fire on Monday.\n\nBut the prime minister said "
        "he had discussed the costs with the chancellor. Former housing minister Alan Pike said "
        "the plan was unaffordable.",
        "Ministers met in Downing Street on Monday.\n\nThe prime minister said the scheme would "
        "go ahead. Former transport minister Alan Pike said it was a waste of money.",
    ],
)
def test_prime_minister_is_not_a_minister_named_next(code_text, text):
    speaker = speaker_of(code_text, text, "ahead" if "scheme" in text else "discussed the costs")
    assert speaker != "Alan Pike"


def test_a_minister_titled_so_is_still_the_minister(code_text):
    text = (
        "Housing Minister Alan Pike visited the estate on Friday.\n\n"
        "The minister said the new homes would be ready by the spring."
    )
    assert speaker_of(code_text, text, "new homes") == "Alan Pike"


def test_a_books_title_names_its_subject_not_its_speaker(code_text):
    text = (
        "Tony Blair has dismissed reports he told Gordon Brown he would quit. According to a "
        "new book, Brown's Britain, Mr Blair went back on a pledge to make way for Mr Brown."
    )
    assert speaker_of(code_text, text, "went back on a pledge") is None


def test_a_book_with_its_author_given_keeps_the_old_reading(code_text):
    text = (
        "Ruth Mallory has written about the crash. According to her new book, Capital in "
        "Crisis, the banks had been reckless."
    )
    assert speaker_of(code_text, text, "banks had been reckless") is not None
