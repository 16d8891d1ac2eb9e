"""issue #10 kin27: "“He would have been …,” he said" after a sentence about a brother: the man
the quotation opens by calling "he" is whom the speaker talks about, so the speaker is another
man of the text, not the brother named last. Our own news-style sentences."""

from __future__ import annotations

from quote_views import speaker_of

BROTHERS = (
    "NEW YORK (AP) - Donald Trump has spoken often about his older brother, Freddy, a pilot "
    "who drank. In 1977, Donald asked Freddy to be the best man at his wedding, and Donald said "
    "he hoped it would help him. But the drinking went on, and a few years later Freddy was "
    "dead. “He would have been a great pilot if he didn't drink,” he said."
)


def test_the_man_a_quotation_calls_he_is_not_its_speaker(code_text):
    assert speaker_of(code_text, BROTHERS, "great pilot") == "Donald Trump"


def test_a_quotation_about_her_leaves_the_woman_speaking_of_a_man(code_text):
    # the quotation's "He" is the senator, whom she is not: the speaker stays the governor
    text = (
        "BOSTON (Reuters) - Governor Maura Healey met Senator Edward Markey on Friday. "
        "Healey said the talks went well. “He has been a good partner,” she said."
    )
    assert speaker_of(code_text, text, "good partner") == "Maura Healey"


def test_the_last_man_quoted_goes_on_speaking_about_another(code_text):
    # the man quoted last is as likely to speak again: the quotation's "He" does not set him aside
    text = (
        "LAS VEGAS (AP) - Senator Harry Reid spoke to reporters on Thursday. “We will win this "
        "fight,” Reid said. Reid recalled how Barack Obama courted his old rival in 2008. "
        "“He reached out to her and gave her a job,” he said."
    )
    assert speaker_of(code_text, text, "reached out") == "Harry Reid"
