"""issue #10 round 19: who speaks, by name. An opinion piece whose closing line names its author
("Dana Whitfield is a nurse practitioner in Toledo …") is narrated by that author; a clause of
time's subject ("when Vance asked") and a person named inside another's relative clause
("Hartley, who said … Mills") do not take the next "he/she said"; a headline's speaker given by
title ("Former Ambassador Reveals …") is the person the lead titles so; a subject that misspells
a surname by a letter ("Fiends" for Leah Fields) is her; a paragraph that opens a quotation
mark and never closes it does not hide its names from a pronoun after it. Sentences written for
these tests in the style of news and opinion pages; the recogniser's labels are fixed, so the
rules under test run whatever the model tags."""

from __future__ import annotations

import sys
from pathlib import Path

# the label-fixing helpers of the actor tests (that folder is on sys.path only when its own
# tests are collected too)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

import pytest  # noqa: E402
from labelled_entities import finish_labelled, mention_of, quote_with  # noqa: E402

OPINION = (
    "What my uncle taught me about fear.\n\n"
    "I grew up in a small town where everybody knew who owned a gun.\n\n"
    "My uncle, Walter Briggs, kept a shelf of canned food in the cellar for the end of the "
    "world. When he told me the end was near, I laughed and said, “I don’t believe a word of "
    "it.” He did not speak to me for a week.\n\n"
    "I think of him every time a candidate promises to keep us safe.\n\n"
    "Dana Whitfield is a nurse practitioner in Toledo and a member of the paper's board of "
    "contributors."
)
OPINION_LABELS = [
    ("Walter Briggs", 0, "PERSON"),
    ("Toledo", 0, "GPE"),
    ("Dana Whitfield", 0, "PERSON"),
]
# the last paragraph is news about a person, not the author's line: no "is a/the …" bio
NEWS_LINE = OPINION.replace(
    "Dana Whitfield is a nurse practitioner in Toledo and a member of the paper's board of "
    "contributors.",
    "Dana Whitfield won the nomination in Toledo last spring.",
)
# a report that ends by describing someone has no "I" to give its subject
REPORT = (
    "The city council voted 5-2 on Tuesday to close the old library.\n\n"
    "“We cannot afford two buildings,” said Mayor Ellen Park.\n\n"
    "Council member Ruth Osei voted no. “The east side loses its only library,” she said."
    "\n\nEllen Park is the city's first mayor from the east side."
)
REPORT_LABELS = [
    ("Ellen Park", 0, "PERSON"),
    ("Ruth Osei", 0, "PERSON"),
    ("Ellen Park", 1, "PERSON"),
]
# "when Vance asked whether …": Vance asks, the main clause's Ellis answers
INTERVIEW = (
    "Governor Mark Ellis sat down with host Tom Vance on Sunday to talk about the budget.\n\n"
    "Ellis did not sound hopeful when Vance asked whether the transit bill would pass before "
    "the summer recess.\n\n"
    "“I just don’t see the votes for it this year,” he said."
)
INTERVIEW_LABELS = [
    ("Mark Ellis", 0, "PERSON"),
    ("Tom Vance", 0, "PERSON"),
    ("Ellis", 1, "PERSON"),
    ("Vance", 1, "PERSON"),
]
# with no clause of time the asker is the sentence's subject and goes on speaking
ASKER = INTERVIEW.replace(
    "Ellis did not sound hopeful when Vance asked", "Vance, the show's host, asked"
).replace("I just don’t see the votes for it", "Nobody in the capitol sees the votes")
ASKER_LABELS = [("Mark Ellis", 0, "PERSON"), ("Tom Vance", 0, "PERSON"), ("Vance", 1, "PERSON")]
# Hartley is the one the relative clause describes; Mills is named in it in passing
SUPPORTED = (
    "The agency said on Friday that the audit would take another year.\n\n"
    "Governor Anne Mills's plan was backed on Monday by Rep. Joan Hartley of Maine, the senior "
    "Democrat on the budget panel, who said none of the cuts had come from Mills.\n\n"
    "“Nobody should be blamed for numbers somebody else wrote,” she said in a statement."
)
SUPPORTED_LABELS = [
    ("Anne Mills", 0, "PERSON"),
    ("Joan Hartley", 0, "PERSON"),
    ("Mills", 1, "PERSON"),
]
LEAD_TITLES = (
    "Former Ambassador Reveals What Went Wrong in Kabul.\n\n"
    "Former U.S. Ambassador Carla Mendes is speaking out about the last days of the embassy, "
    "where she served for two years.\n\n"
    "Mendes said the staff had asked for more guards months before."
)
LEAD_LABELS = [("Carla Mendes", 0, "PERSON"), ("Kabul", 0, "GPE"), ("Mendes", 1, "PERSON")]
ON_TOPIC = (
    "Network President On Hollis: ‘We Pay Nobody To Appear.’\n\n"
    "Network President Paul Adair is not backing down in his dispute with candidate Rick "
    "Hollis over the next debate.\n\n"
    "Hollis had asked the network to pay a charity for his appearance."
)
ON_LABELS = [("Hollis", 0, "PERSON"), ("Paul Adair", 0, "PERSON"), ("Rick Hollis", 0, "PERSON")]
# the surname misspelt by a letter into a word the parser takes as a common noun ("Fiends")
MISSPELT = (
    "“The county party is in full panic mode,” said Leah Fields, a Tampa-based organiser of "
    "the Democratic Women's Caucus.\n\n"
    "Fiends believes that Governor Ann Warren took rural voters for granted and now has to "
    "scramble to win them back.\n\n"
    "“They thought one visit would do it. It won't,” she said."
)
MISSPELT_LABELS = [("Leah Fields", 0, "PERSON"), ("Tampa", 0, "GPE"), ("Ann Warren", 0, "PERSON")]
# a reporter's excerpt whose paragraphs open with a straight mark and the middle one never
# closes: its names are the narration's, not someone's quoted words
EXCERPT = (
    "The Herald sent its reporter Karen Doyle to a small town in Ohio for a week.\n\n"
    "Doyle reports:\n\n"
    '"The first time she had heard him speak, she was working two jobs and sleeping four '
    'hours a night."\n\n'
    '"Rosa thought the whole thing was unfair. She was not a person who complained. She was '
    "tired, sure. Angry, maybe. But not bitter.\n\n"
    "“Nobody ever asked me what I needed,” she said.\n\n"
    "The Herald did not say how the family was chosen."
)
EXCERPT_LABELS = [("Karen Doyle", 0, "PERSON"), ("Doyle", 1, "PERSON"), ("Rosa", 0, "PERSON")]

SPEAKERS = [
    # (text, labels, words of the quote, the speaker, whether the speaker is that one)
    (OPINION, OPINION_LABELS, "believe a word", "Dana Whitfield", True),
    (NEWS_LINE, OPINION_LABELS, "believe a word", "Dana Whitfield", False),
    (REPORT, REPORT_LABELS, "only library", "Ruth Osei", True),
    (INTERVIEW, INTERVIEW_LABELS, "see the votes", "Mark Ellis", True),
    (ASKER, ASKER_LABELS, "sees the votes", "Tom Vance", True),
    (SUPPORTED, SUPPORTED_LABELS, "somebody else wrote", "Joan Hartley", True),
    (LEAD_TITLES, LEAD_LABELS, "What Went Wrong", "Carla Mendes", True),
    (ON_TOPIC, ON_LABELS, "Pay Nobody", "Paul Adair", True),
    (MISSPELT, MISSPELT_LABELS, "one visit", "Leah Fields", True),
    (EXCERPT, EXCERPT_LABELS, "Nobody ever asked", "Rosa", True),
]


@pytest.mark.parametrize(
    ("text", "labels", "words", "speaker", "same"),
    SPEAKERS,
    ids=[
        "opinion-closing-line",
        "closing-line-no-bio",
        "report-no-first-person",
        "asker-in-time-clause",
        "asker-in-main-clause",
        "named-in-relative-clause",
        "headline-title",
        "headline-title-on-topic",
        "misspelt-surname-subject",
        "unclosed-excerpt-paragraph",
    ],
)
def test_the_speaker(nlp, text, labels, words, speaker, same):
    doc = finish_labelled(nlp, text, labels)
    assert (quote_with(doc, words).speaker == speaker) is same


PRONOUNS = [
    # (text, labels, the pronoun, its person): the graph's own links
    (SUPPORTED, SUPPORTED_LABELS, "she", "Joan Hartley"),
    # "when Trump said he does not blame …": in its own sentence the clause's subject stays
    (
        "The two leaders met in Seoul on Thursday.\n\n"
        "Moon smiled widely when Abe said he does not blame Seoul for the dispute.",
        [("Moon", 0, "PERSON"), ("Abe", 0, "PERSON")],
        "he",
        "Abe",
    ),
    # in its own sentence a relative clause's pronoun is the person the clause names
    (
        "The dinner was cooked by Chef Maria Santos, who also cooked for Governor Lena Ortiz "
        "when she visited the island in 2015.",
        [("Maria Santos", 0, "PERSON"), ("Lena Ortiz", 0, "PERSON")],
        "she",
        "Lena Ortiz",
    ),
]


@pytest.mark.parametrize(
    ("text", "labels", "pronoun", "person"),
    PRONOUNS,
    ids=["relative-clause-owner", "own-time-clause", "own-relative-clause"],
)
def test_the_pronouns_person(nlp, text, labels, pronoun, person):
    doc = finish_labelled(nlp, text, labels)
    assert mention_of(doc, pronoun).canonical == person


def test_a_lead_person_without_the_headlines_title_is_not_its_speaker(nlp):
    text = LEAD_TITLES.replace("Former U.S. Ambassador Carla Mendes", "Carla Mendes, a diplomat,")
    doc = finish_labelled(nlp, text, LEAD_LABELS)
    assert all(q.speaker != "Carla Mendes" for q in doc.quotes if q.start < 40)
