"""A contraction typed with a curly apostrophe ("we’re", "I’d") is the same word as the straight
one: spaCy's lemmatizer leaves the curly forms unlemmatized, so the coder mends them
(data/events/lemma_slips.tsv) and matches its modal sets on the lemma."""

from __future__ import annotations

import pytest
from event_views import country_codes as _countries
from event_views import seen

from redline.events.coder import mend_lemmas


def test_curly_contractions_take_the_straight_forms_lemmas(nlp):
    doc = nlp("“We’re ready, and it’s clear that Beijing’s plan won’t work,” she said.")
    mend_lemmas(doc)
    lemmas = {(t.text, t.tag_): t.lemma_ for t in doc if "’" in t.text}
    assert lemmas[("’re", "VBP")] == "be"
    assert lemmas[("’s", "VBZ")] == "be"
    # the possessive keeps its own lemma: only the verb "’s" is "be"
    assert [lemma for (text, tag), lemma in lemmas.items() if tag == "POS"] == ["’s"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We’re very pleased that Japan has agreed to the talks,” Secretary of State Mike "
            "Pompeo said.",
            ("051", "JPN"),
        ),
        (
            "“I’d impose sanctions on Turkey tomorrow,” Senator Lindsey Graham said.",
            ("1312", "TUR"),
        ),
    ],
)
def test_curly_and_straight_apostrophes_code_alike(code_all, text, expected):
    curly = code_all(text)
    straight = code_all(text.replace("’", "'"))
    found = [(code, target) for code, _, target in _countries(curly.events)]
    assert expected in found, seen(curly)
    assert _countries(curly.events) == _countries(straight.events), seen(straight)
