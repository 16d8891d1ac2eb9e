"""issue #10 speakers21: the quote stage's speaker spans, tuned on PolNeAR train and checked on
dev. "X said, according to Y" and "…, reports Y" credit the outer source; a name after a role
("wrote the consul at the time, Peter Hallam") or past a title's participle ("ranking") is the
speaker; a second reporting verb hung on a reported clause goes with the first one's subject; a
headline's "Name on Topic: ‘…’" is the name's; an object relative clause's name ("who Harper
called") and a sign's holder speak. Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

from hand_parse import hand_parsed


def _quoted(quotes, start: str):
    """The one direct or mixed quote whose text starts with ``start``."""
    found = [q for q in quotes if q.kind in ("direct", "mixed") and q.text.startswith(start)]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes]
    return found[0]


# the outer source: PolNeAR and the hand name key give such words to who the reporter credits
CREDITED = [
    ("“We will not sign anything this week,” Hale said, according to Dunmore.", "“We", "Dunmore"),
    (
        "The two met in March. “I will run for the seat and I will spend whatever it takes,” "
        "Ridley said, according to Marsh.",
        "“I will run",
        "Marsh",
    ),
    (
        "“The clinic will close in June,” said Anna Berg, director of the clinic, reports the "
        "Daily Ledger.",
        "“The clinic",
        "the Daily Ledger",
    ),
]


@pytest.mark.parametrize(
    ("text", "start", "speaker"), CREDITED, ids=["according", "according2", "reports"]
)
def test_outer_source_speaks(quotes_of, text, start, speaker):
    assert _quoted(quotes_of(text), start).speaker_text == speaker


def test_according_to_before_the_cue_is_not_the_speaker(quotes_of):
    # "according to" that names the cue's own source of facts, not the report's
    text = "According to the filing, Hale said: “We will not sign anything this week.”"
    assert _quoted(quotes_of(text), "“We").speaker_text == "Hale"


# a name the parser did not take for the subject
NAMED = [
    (
        "“The committee has done its work and the vote is fair,” said Finance Committee ranking "
        "Republican Mark Olsen (R-Ohio).",
        "“The committee",
        "Mark Olsen",
    ),
    (
        "With the consul's help, the mill was \"trying to change its image from a polluter into "
        'a good neighbour," wrote the British consul at the time, Peter Hallam.',
        "With the consul",
        "Peter Hallam",
    ),
    (
        'The firm was "working to change its image from that of a polluter into that of a '
        'partner," wrote the American envoy at the time, Susan Marsh.',
        "The firm",
        "Susan Marsh",
    ),
    (
        "Much of the anger was aimed at Dole, who Harper on Tuesday called “a cynical, dishonest "
        "operator.”",
        "“a cynical",
        "Harper",
    ),
    (
        "Most of the criticism fell on Weller, whom Ortiz last week called “the worst mayor this "
        "city has had.”",
        "“the worst",
        "Ortiz",
    ),
    (
        'At a rally in Dayton, 16-year-old Maya Lintz hoisted a sign that read "Vote for '
        'Science!" Her mother stood beside her.',
        '"Vote',
        "Maya Lintz",
    ),
]


@pytest.mark.parametrize(
    ("text", "start", "name"), NAMED, ids=["ranking", "consul", "envoy", "who", "whom", "sign"]
)
def test_the_name_speaks(quotes_of, text, start, name):
    assert name in (_quoted(quotes_of(text), start).speaker_text or "")


def test_a_sign_nobody_holds_keeps_the_sign(quotes_of):
    text = 'The sign that read "Closed for Repairs" was gone by noon.'
    quotes = [q for q in quotes_of(text) if q.text.startswith('"Closed')]
    assert all("sign" in (q.speaker_text or "sign") for q in quotes)


# "… said he welcomed the ruling and added, “…”": not the reported clause's subject
SECOND_VERB = [
    ('Mendez said he welcomed the ruling and added, "I will appeal the rest of it."', "Mendez"),
    (
        'De Luca said the plan was drawn up by the council and said, "Who are you going to trust '
        'on this?"',
        "De Luca",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SECOND_VERB, ids=["added", "said"])
def test_second_reporting_verb_goes_with_the_first(quotes_of, text, speaker):
    quote = _quoted(quotes_of(text), '"')
    assert quote.speaker_text == speaker


def test_a_reported_clause_that_reports_keeps_its_subject(quotes_of):
    # the reported clause's own reporting verb: "the mayor said" inside what Lee told
    text = 'Lee told reporters that the mayor said, "We have no money left."'
    assert _quoted(quotes_of(text), '"We').speaker_text == "the mayor"


def test_headline_name_on_topic_speaks(quotes_of):
    text = "Okafor on the Transit Levy: ‘We Will Win This Vote.’\n\nThe council member spoke today."
    assert _quoted(quotes_of(text), "‘We").speaker_text == "Okafor"


def test_headline_topic_without_quotation_is_no_quote(quotes_of):
    text = "Okafor on the Transit Levy: A Vote Next Week\n\nThe council member spoke on Monday."
    assert not [q for q in quotes_of(text) if q.speaker_text == "Okafor"]


def test_called_after_a_relative_clause_is_its_owner(nlp):
    # "Stuart Stevens, who served … during the 2012 campaign, called X “…”" as the parser gave
    # it: "called" a participle of "campaign"; built by hand, so the rule runs whatever the
    # model parses
    from redline.quotes.extract import _relative_clause_antecedent

    words = ["Sarah", "Cole", ",", "who", "served", "during", "the", "campaign", ",", "called"]
    words += ["it", "childish", "."]
    heads = [1, 1, 1, 4, 1, 4, 7, 5, 7, 7, 9, 9, 1]
    deps = ["compound", "ROOT", "punct", "nsubj", "relcl", "prep", "det", "pobj", "punct", "acl"]
    deps += ["dobj", "oprd", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "ADP", "DET", "NOUN", "PUNCT", "VERB"]
    pos += ["PRON", "ADJ", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 11
    doc = hand_parsed(words, heads, deps, nlp=nlp, pos=pos, ents=ents)
    assert _relative_clause_antecedent(doc[9]).text == "Cole"
    # no comma before "called": a reduced relative ("the campaign called …") keeps its noun
    words2 = [w for i, w in enumerate(words) if i != 8]
    heads2 = [h if h < 8 else h - 1 for i, h in enumerate(heads) if i != 8]
    deps2 = [d for i, d in enumerate(deps) if i != 8]
    pos2 = [p for i, p in enumerate(pos) if i != 8]
    ents2 = [e for i, e in enumerate(ents) if i != 8]
    doc2 = hand_parsed(words2, heads2, deps2, nlp=nlp, pos=pos2, ents=ents2)
    assert _relative_clause_antecedent(doc2[8]) is None
