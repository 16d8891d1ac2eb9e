"""Direct and mixed quotes found in the fifteenth round of quote work (issue #10), tuned on
PolNeAR train and checked on dev. News-like text written here."""

from __future__ import annotations

import pytest
from quote_views import kinds

# a quotation mark typed against the word beside it is a token of its own
GLUED = [
    ("The mayor said,“Look, the pier stays open.”", ["said", ",", "“", "Look"]),
    # "):" stays one token: spaCy's emoticon exception, read as a colon
    ('Councillor Jo Park (D-Ore.):"We never saw the bill."', ["Ore.", "):", '"', "We"]),
    ("The fans chanted:'Stay!' as he left.", [":", "'", "Stay"]),
    ("It was “a mistake,”Reyes said.", ["mistake", ",", "”", "Reyes"]),
    ('She called it a "disaster."The board met again.', ["disaster", ".", '"', "The"]),
    ('The plan is about"joint work" with the port.', ["about", '"', "joint"]),
]


@pytest.mark.parametrize(("text", "run"), GLUED)
def test_a_glued_mark_is_a_token(nlp, text, run):
    words = [t.text for t in nlp.tokenizer(text)]
    assert any(words[i : i + len(run)] == run for i in range(len(words))), words


# spaced text, apostrophes and measures are tokenized as spaCy does
UNTOUCHED = [
    "The mayor said, “Look, the pier stays open.”",
    "Trump's “wall” is rock,'n'roll to them.",
    "OutRage!'s director spoke at 10:30 on Monday.",
    "He is 5'10\" tall.",
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_spaced_marks_tokenize_as_before(nlp, text):
    import spacy

    plain = spacy.blank("en").tokenizer
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in plain(text)]


# a cue glued to its quotation, and a closing mark glued to the speaker: the text, then the
# quote and the speaker span found in it
HARBOR = (
    "The council voted on Monday to close the pier.\n\nHarbor chief Dana Reyes "
    "said,“Look, nobody wants this, but the pilings are rotten.”"
)
TOLL = "The new toll was “a tax on the poor,”Reyes said at the meeting on Monday."
GLUED_QUOTES = {
    HARBOR: ("“Look, nobody wants this, but the pilings are rotten.”", "Harbor chief Dana Reyes"),
    TOLL: ("The new toll was “a tax on the poor,”", "Reyes"),
}


@pytest.mark.parametrize("text", list(GLUED_QUOTES), ids=["cue", "speaker"])
def test_a_glued_quotation_is_found_with_its_speaker(quotes_of, text):
    (found,) = kinds(quotes_of(text), "direct", "mixed")
    assert (found.text, text[found.speaker_start : found.speaker_end]) == GLUED_QUOTES[text]


@pytest.mark.parametrize(
    "label", ["(R-S.C.):", "(D-Ore.): ", "(R-Texas) : "], ids=["glued", "spaced", "apart"]
)
def test_a_party_label_before_the_colon_is_not_the_speaker(code_text, label):
    # the speaker is the name before the bracket, not the state in it
    text = (
        "The hearing ran for eleven hours.\n\n"
        f'Rep. Dana Reyes {label}"I have not heard anyone other than you cite that figure."'
    )
    (quote,) = kinds(code_text(text).quotes, "direct")
    assert text[quote.speaker_start : quote.speaker_end].startswith("Rep. Dana Reyes")
    assert quote.speaker == "Dana Reyes"


# "call" giving something its name is no reported speech
NAMING = [
    "A newly formed super PAC called Future 45 ran its first ads in Iowa.",
    "Her brothers joined a resistance movement called the Highland Front in 1975.",
    "Earlier versions of the browser were called Phoenix and Firebird.",
]


@pytest.mark.parametrize("text", NAMING)
def test_a_name_given_is_not_reported_speech(quotes_of, text):
    assert [q for q in quotes_of(text) if q.rule.startswith("indirect:object(call)")] == []


# what somebody called somebody, or called for, is still reported
CALLED = [
    ("Senator Ruiz called the new toll a tax on the poor.", "the new toll a tax on the poor"),
    ("The mayor called for an inquiry into the fire.", "an inquiry into the fire"),
    ("Ruiz calls himself a democratic socialist.", "himself a democratic socialist"),
    (
        "One of the doctors who signed the letter called Lee a quack, fake and charlatan.",
        "Lee a quack, fake and charlatan",
    ),
]


@pytest.mark.parametrize(("text", "said"), CALLED)
def test_what_was_called_is_reported(quotes_of, text, said):
    assert said in [q.text for q in kinds(quotes_of(text), "indirect")]
