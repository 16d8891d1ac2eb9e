"""issue #10 family27: a son named with a generational suffix is his own speaker. "Trump Jr."
(which the recogniser may tag a work of art) is the "Donald Trump Jr." the article names, and a
bare surname after the father is named is the father. Our own news-style sentences."""

from __future__ import annotations

import pytest
from quote_views import speaker_of

TEXT = (
    "WASHINGTON (Reuters) - Donald Trump Jr. met a Russian lawyer in June 2016, according to "
    'emails he released on Tuesday. "I have nothing to hide," Trump Jr. said in a statement. '
    "President Donald Trump defended his eldest son on Wednesday. "
    '"He is a good boy," Trump told reporters.'
)


@pytest.mark.parametrize(
    ("words", "speaker"),
    [("nothing to hide", "Donald Trump Jr."), ("good boy", "Donald Trump")],
)
def test_the_son_and_the_father_speak_for_themselves(code_text, words, speaker):
    assert speaker_of(code_text, TEXT, words) == speaker
