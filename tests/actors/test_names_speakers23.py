"""issue #10 speakers23: the entity graph's speaker names. A bare surname shared by two people
of one family is the one the article has named most so far (full name or surname), not the
relative it names in full most often later, and the quote stage follows the graph there; a
headline tagged as one person ("X Slams Y") is its subject's name; "Director" is a title, not a
first name.

Sentences written for these tests; the recogniser's labels are fixed, so the rules under test
run whatever the model tags."""

from __future__ import annotations

from labelled_entities import finish_labelled, mention_of, quote_with

FAMILY = (
    "Marta Quillon opened her campaign for the governorship in Tulsa on Friday.\n\n"
    "Quillon told the crowd that the state budget was broken. Quillon promised a review.\n\n"
    "The audience was mostly farmers. Many had driven for hours.\n\n"
    "“We will fix the roads before anything else,” Quillon said.\n\n"
    "Her husband, Dennis Quillon, a former county judge, spoke before her. Dennis Quillon "
    "joked about the weather. Dennis Quillon then thanked the volunteers.\n\n"
    "The rally ended at noon. Reporters left for the airport.\n\n"
    "“The schools come next,” Quillon said later."
)
FAMILY_LABELS = [
    ("Marta Quillon", 0, "PERSON"),
    ("Quillon", 1, "PERSON"),
    ("Quillon", 2, "PERSON"),
    ("Quillon", 3, "PERSON"),
    ("Dennis Quillon", 0, "PERSON"),
    ("Dennis Quillon", 1, "PERSON"),
    ("Dennis Quillon", 2, "PERSON"),
    ("Quillon", 7, "PERSON"),
]


def test_a_bare_surname_is_the_relative_named_most_so_far(nlp):
    doc = finish_labelled(nlp, FAMILY, FAMILY_LABELS)
    assert quote_with(doc, "fix the roads").speaker == "Marta Quillon"
    # the husband is named in full three times, but only after six mentions of her
    assert quote_with(doc, "schools come next").speaker == "Marta Quillon"
    last = [m for m in doc.mentions if m.text == "Quillon"][-1]
    assert last.entity == mention_of(doc, "Marta Quillon").entity


def test_a_bare_surname_before_anyone_is_named_counts_full_names(nlp):
    # nobody of the surname is named before the bare surname: the text's full names decide
    doc = finish_labelled(
        nlp,
        "“The vote is rigged,” Arkwell said on Monday.\n\n"
        "The crowd cheered. The speech lasted an hour.\n\n"
        "Lydia Arkwell, his sister, was in the front row. Tom Arkwell said later he would "
        "appeal. Tom Arkwell has run twice before.",
        [
            ("Arkwell", 0, "PERSON"),
            ("Lydia Arkwell", 0, "PERSON"),
            ("Tom Arkwell", 0, "PERSON"),
            ("Tom Arkwell", 1, "PERSON"),
        ],
    )
    assert quote_with(doc, "vote is rigged").speaker == "Tom Arkwell"


def test_a_headline_tagged_as_one_person_is_its_subject(nlp):
    doc = finish_labelled(
        nlp,
        "Dana Whitcombe Slams Peter Orlov Over Tax Plan.\n\n"
        "Peter Orlov unveiled his tax plan in Boston on Tuesday.\n\n"
        "“It is a giveaway to the rich,” Whitcombe said.\n\n"
        "“Nobody pays more,” Orlov said.",
        [
            ("Dana Whitcombe Slams Peter Orlov", 0, "PERSON"),
            ("Peter Orlov", 1, "PERSON"),
            ("Whitcombe", 1, "PERSON"),
            ("Orlov", 2, "PERSON"),
        ],
    )
    assert quote_with(doc, "giveaway to the rich").speaker == "Dana Whitcombe"
    assert quote_with(doc, "Nobody pays more").speaker == "Peter Orlov"


def test_director_is_a_title_not_a_first_name(nlp):
    doc = finish_labelled(
        nlp,
        "Agency head Laura K. Brenning testified on Thursday.\n\n"
        "“Director Brenning told us the files were safe,” the senator said.\n\n"
        "Brenning said the review “found no breach of any kind.”",
        [
            ("Laura K. Brenning", 0, "PERSON"),
            ("Brenning", 1, "PERSON"),
            ("Brenning", 2, "PERSON"),
        ],
    )
    assert quote_with(doc, "no breach").speaker == "Laura K. Brenning"
    assert all(m.text != "Director Brenning" for m in doc.mentions)


def test_a_bare_surname_inside_a_three_word_name(nlp):
    # a two-surname name: the later "Ms. Ibarra" is the father's surname, the middle word
    doc = finish_labelled(
        nlp,
        "The fund is run by Lucinda Ibarra Sotelo, its director since 2014.\n\n"
        "Ms. Ibarra said the fund “cannot pay what it owes.”\n\n"
        "“We need more time,” she added.",
        [("Lucinda Ibarra Sotelo", 0, "PERSON"), ("Ibarra", 1, "PERSON")],
    )
    assert [m for m in doc.mentions if m.text == "Ibarra"][0].rule.endswith(
        "surname->full-name-of-inner-surname"
    )
    assert quote_with(doc, "cannot pay").speaker == "Lucinda Ibarra Sotelo"
    assert quote_with(doc, "more time").speaker == "Lucinda Ibarra Sotelo"


def test_an_untagged_surname_with_a_particle(nlp):
    doc = finish_labelled(
        nlp,
        "Mayor Paul van Rensburg met the strikers on Monday.\n\n"
        "Later, van Rensburg wrote: “The city will pay every worker in full.”",
        [("Paul van Rensburg", 0, "PERSON")],
    )
    assert quote_with(doc, "pay every worker").speaker == "Paul van Rensburg"


def test_an_untagged_family_name_written_first(nlp):
    doc = finish_labelled(
        nlp,
        "The envoy Pak Jae-sook arrived in Geneva on Monday for the talks.\n\n"
        "“This was the hardest week of my career,” Pak recalled.",
        [("Pak Jae-sook", 0, "PERSON")],
    )
    assert quote_with(doc, "hardest week").speaker == "Pak Jae-sook"


def test_an_untagged_word_opening_a_sentence_before_a_tagged_name(nlp):
    doc = finish_labelled(
        nlp,
        "A court in Virginia sentenced a hacker on Thursday.\n\n"
        "Dorin Vasile Petrescu, 41, was extradited in 2015.\n\n"
        "Petrescu told the court that he “only wanted to see the files.”",
        [("Vasile Petrescu", 0, "PERSON"), ("Petrescu", 1, "PERSON")],
    )
    mention_of(doc, "Dorin Vasile Petrescu")
    assert quote_with(doc, "see the files").speaker == "Dorin Vasile Petrescu"
