"""issue #10 round 19: who speaks, by name. An opinion piece whose closing line names its author
("Dana Whitfield is a nurse practitioner in Toledo …") is narrated by that author: the "I" of
"I laughed and said, “…”" is her, not the last person the piece names. Sentences written for
these tests in the style of opinion pages; the recogniser's labels are fixed, so the rules
under test run whatever the model tags."""

from __future__ import annotations

import sys
from pathlib import Path

# the label-fixing helpers of the actor tests (that folder is on sys.path only when its own
# tests are collected too)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

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


def test_an_opinion_pieces_narrator_is_the_author_its_closing_line_names(nlp):
    doc = finish_labelled(nlp, OPINION, OPINION_LABELS)
    assert quote_with(doc, "believe a word").speaker == "Dana Whitfield"


def test_a_closing_line_about_someone_else_names_no_narrator(nlp):
    # the last paragraph is news about a person, not the author's line: no "is a/the …" bio
    text = OPINION.replace(
        "Dana Whitfield is a nurse practitioner in Toledo and a member of the paper's board of "
        "contributors.",
        "Dana Whitfield won the nomination in Toledo last spring.",
    )
    doc = finish_labelled(nlp, text, OPINION_LABELS)
    assert quote_with(doc, "believe a word").speaker != "Dana Whitfield"


def test_a_news_story_without_a_first_person_names_no_narrator(nlp):
    # a report that ends by describing someone has no "I" to give its subject
    text = (
        "The city council voted 5-2 on Tuesday to close the old library.\n\n"
        "“We cannot afford two buildings,” said Mayor Ellen Park.\n\n"
        "Council member Ruth Osei voted no. “The east side loses its only library,” she said."
        "\n\nEllen Park is the city's first mayor from the east side."
    )
    labels = [("Ellen Park", 0, "PERSON"), ("Ruth Osei", 0, "PERSON"), ("Ellen Park", 1, "PERSON")]
    doc = finish_labelled(nlp, text, labels)
    assert quote_with(doc, "only library").speaker == "Ruth Osei"


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


def test_the_asker_in_a_clause_of_time_is_not_the_next_speaker(nlp):
    # "when Vance asked whether …": Vance asks, the main clause's Ellis answers
    doc = finish_labelled(nlp, INTERVIEW, INTERVIEW_LABELS)
    assert quote_with(doc, "see the votes").speaker == "Mark Ellis"


def test_a_main_clause_asker_stays_the_subject(nlp):
    # with no clause of time the asker is the sentence's subject and goes on speaking
    text = INTERVIEW.replace(
        "Ellis did not sound hopeful when Vance asked", "Vance, the show's host, asked"
    ).replace("I just don’t see the votes for it", "Nobody in the capitol sees the votes")
    labels = [("Mark Ellis", 0, "PERSON"), ("Tom Vance", 0, "PERSON"), ("Vance", 1, "PERSON")]
    doc = finish_labelled(nlp, text, labels)
    assert quote_with(doc, "sees the votes").speaker == "Tom Vance"


SUPPORTED = (
    "The agency said on Friday that the audit would take another year.\n\n"
    "Governor Mills's plan was backed on Monday by Rep. Joan Hartley of Maine, the senior "
    "Democrat on the budget panel, who said none of the cuts had come from Mills.\n\n"
    "“Nobody should be blamed for numbers somebody else wrote,” she said in a statement."
)
SUPPORTED_LABELS = [("Mills", 0, "PERSON"), ("Joan Hartley", 0, "PERSON"), ("Mills", 1, "PERSON")]


def test_a_person_named_in_a_relative_clause_is_not_the_next_speaker(nlp):
    # Hartley is the one the relative clause describes; Mills is named in it in passing
    text = SUPPORTED.replace("Governor Mills's", "Governor Anne Mills's")
    labels = [("Anne Mills", 0, "PERSON"), *SUPPORTED_LABELS[1:]]
    doc = finish_labelled(nlp, text, labels)
    assert quote_with(doc, "somebody else wrote").speaker == "Joan Hartley"
    assert mention_of(doc, "she").canonical == "Joan Hartley"  # the graph's own link too


def test_in_its_own_sentence_the_clause_of_times_subject_stays_the_antecedent(nlp):
    # "when Trump said he does not blame …": "he" is the one who says it, in the same clause
    text = (
        "The two leaders met in Seoul on Thursday.\n\n"
        "Moon smiled widely when Abe said he does not blame Seoul for the dispute."
    )
    doc = finish_labelled(nlp, text, [("Moon", 0, "PERSON"), ("Abe", 0, "PERSON")])
    assert mention_of(doc, "he").canonical == mention_of(doc, "Abe").canonical


def test_in_its_own_sentence_a_relative_clauses_pronoun_is_its_person(nlp):
    text = (
        "The dinner was cooked by Chef Maria Santos, who also cooked for Governor Lena Ortiz "
        "when she visited the island in 2015."
    )
    labels = [("Maria Santos", 0, "PERSON"), ("Lena Ortiz", 0, "PERSON")]
    doc = finish_labelled(nlp, text, labels)
    assert mention_of(doc, "she").canonical == "Lena Ortiz"


LEAD_TITLES = (
    "Former Ambassador Reveals What Went Wrong in Kabul.\n\n"
    "Former U.S. Ambassador Carla Mendes is speaking out about the last days of the embassy, "
    "where she served for two years.\n\n"
    "Mendes said the staff had asked for more guards months before."
)
ON_TOPIC = (
    "Network President On Hollis: ‘We Pay Nobody To Appear.’\n\n"
    "Network President Paul Adair is not backing down in his dispute with candidate Rick "
    "Hollis over the next debate.\n\n"
    "Hollis had asked the network to pay a charity for his appearance."
)


def test_a_headlines_titled_speaker_is_the_person_the_lead_titles_so(nlp):
    labels = [("Carla Mendes", 0, "PERSON"), ("Kabul", 0, "GPE"), ("Mendes", 1, "PERSON")]
    doc = finish_labelled(nlp, LEAD_TITLES, labels)
    assert quote_with(doc, "What Went Wrong").speaker == "Carla Mendes"
    labels = [("Hollis", 0, "PERSON"), ("Paul Adair", 0, "PERSON"), ("Rick Hollis", 0, "PERSON")]
    doc = finish_labelled(nlp, ON_TOPIC, labels)
    assert quote_with(doc, "Pay Nobody").speaker == "Paul Adair"


def test_a_lead_person_without_the_headlines_title_is_not_its_speaker(nlp):
    text = LEAD_TITLES.replace("Former U.S. Ambassador Carla Mendes", "Carla Mendes, a diplomat,")
    labels = [("Carla Mendes", 0, "PERSON"), ("Kabul", 0, "GPE"), ("Mendes", 1, "PERSON")]
    doc = finish_labelled(nlp, text, labels)
    assert all(q.speaker != "Carla Mendes" for q in doc.quotes if q.start < 40)
