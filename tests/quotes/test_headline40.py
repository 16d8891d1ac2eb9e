"""issue #10 pron40: a quotation opened by "under the headline:" is the publication's words,
never those of the person the story is about: the paper the sentence names, else no one."""

from __future__ import annotations

from quote_views import speaker_of


def test_a_headline_is_not_the_words_of_the_person_pictured(code_text):
    text = (
        "Senator Dale Harmon was photographed leaving a casino in Reno at 3 a.m., under the "
        'headline: "Harmon\'s big night out". His office declined to comment on Sunday.'
    )
    assert speaker_of(code_text, text, "big night out") is None


def test_a_headline_keeps_the_paper_that_ran_it(code_text):
    text = (
        "The Denver Post printed the photograph of the senator on its front page under the "
        'headline: "Harmon\'s big night out". His office declined to comment on Sunday.'
    )
    assert speaker_of(code_text, text, "big night out") == "Denver Post"


def test_a_person_before_another_colon_still_speaks(code_text):
    # only a headline noun before the colon hands the words to the paper
    text = 'Senator Dale Harmon gave a short answer to the crowd in Reno: "We will win in May."'
    assert speaker_of(code_text, text, "win in May") == "Dale Harmon"
