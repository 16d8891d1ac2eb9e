"""issue #10 date41: "“…,” Ohio delegate Tom Parks, wearing a straw hat, said": the parser hangs
the name after the closing mark (and the participle after the name) on the quotation's own
verb, so the cue had no subject and the quotation ran on over the speaker's name. The person
named right after the mark is the speaker, and the quotation ends at its mark.

Sentences written for these tests."""

from __future__ import annotations

import pytest
from quote_views import kinds

HUNG = [
    (
        "“We have had better conventions than this one,” Ohio delegate Tom Parks, wearing a "
        "straw hat and “Kasich 2016” campaign buttons, said matter-of-factly as the balloons "
        "came down around him.",
        "Tom Parks",
    ),
    (
        '"We have had better conventions than this one," Tom Parks, wearing a straw hat, said.',
        "Tom Parks",
    ),
    (
        "“The plant will stay open as long as I am here,” Mayor Ellen Walsh, standing beside "
        "the workers at the gate, said on Tuesday.",
        "Ellen Walsh",
    ),
]


@pytest.mark.parametrize(("text", "name"), HUNG)
def test_a_name_hung_on_the_quotation_is_its_speaker(quotes_of, text, name):
    quotes = kinds(quotes_of(text), "direct", "mixed")
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.kind == "direct"
    assert name in (quote.speaker_text or "")
    assert quote.text.rstrip().endswith(("”", '"'))
    assert name not in quote.text


def test_a_speaker_with_an_apposition_is_unchanged(quotes_of):
    text = '"We have had better conventions than this one," Tom Parks, a delegate from Ohio, said.'
    (quote,) = kinds(quotes_of(text), "direct", "mixed")
    assert quote.speaker_text.startswith("Tom Parks")
    assert "Tom Parks" not in quote.text


# "— as experts believe, but Beijing denies — “…?” asked Dunn": the quotation hung on the verb
# before it in the parse, but the verb right after its closing mark, with its own subject after
# it, is its cue
INVERTED = [
    (
        "If the hackers are working for a foreign government — as many experts believe, and the "
        "campaign is alleging, but Beijing flatly denies — “why would you not want to raise the "
        "alarm [about tampering]?” asked Dunn, now a partner at a consulting firm.",
        "Dunn",
    ),
    (
        "The mayor wants the budget passed by Friday — which the council says, and the unions "
        'deny — "we cannot wait any longer," said Walsh, speaking outside City Hall.',
        "Walsh",
    ),
]


@pytest.mark.parametrize(("text", "name"), INVERTED)
def test_the_cue_right_after_the_mark_takes_the_quotation(quotes_of, text, name):
    quotes = kinds(quotes_of(text), "direct", "mixed")
    assert len(quotes) == 1
    assert (quotes[0].speaker_text or "").startswith(name)


def test_a_quotation_ending_a_sentence_keeps_its_cue_before(quotes_of):
    text = 'Kroll said "we will win." Barr said nothing about the race.'
    (quote,) = kinds(quotes_of(text), "direct", "mixed")
    assert quote.speaker_text == "Kroll"
