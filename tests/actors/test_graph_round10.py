"""issue #10 round 10: names the recogniser tags as something else join the people they are.

Each test fixes the recogniser's labels on a sentence of our own wording, so the rule under test
runs whatever the statistical model tags."""

from __future__ import annotations

from labelled_entities import finish_labelled, mention_of


def test_name_tagged_org_with_a_person_apposition_is_a_person(nlp):
    # "Maryam Violet, an Iranian journalist visiting Nice, told the Guardian …": no known first
    # name, but only a person is a journalist; "she" is then hers, not the company's
    doc = finish_labelled(
        nlp,
        "Crowds ran from the square as the alarm sounded, Twitter users wrote.\n\n"
        "Parisa Nouri, an Iranian journalist visiting Lyon, told the paper that she saw the "
        "crowd run.\n\n"
        "“I saw people fleeing and shouting,” she said.",
        [("Twitter", 0, "PERSON"), ("Parisa Nouri", 0, "ORG")],
    )
    name = mention_of(doc, "Parisa Nouri")
    assert name.type == "person"
    assert name.rule.startswith("name+person-shaped")
    (quote,) = [q for q in doc.quotes if q.kind == "direct"]
    assert quote.speaker == "Parisa Nouri"


def test_name_tagged_org_ending_in_a_surname_tagged_alone_is_a_person(nlp):
    # "the title match between Novak Djokovic and Andy Murray" tagged ORG, "Djokovic told …"
    # tagged PERSON: the later surname is the full name's
    doc = finish_labelled(
        nlp,
        "Rain delayed the final between Zoran Kovacevic and Andy Murray on Sunday.\n\n"
        "Kovacevic told a television interviewer that he felt “a lot of emotion” after the match.",
        [("Zoran Kovacevic", 0, "ORG"), ("Andy Murray", 0, "PERSON"), ("Kovacevic", 1, "PERSON")],
    )
    assert mention_of(doc, "Zoran Kovacevic").rule.startswith("name+person-shaped")
    (quote,) = [q for q in doc.quotes if q.kind == "mixed"]
    assert quote.speaker == "Zoran Kovacevic"


def test_name_with_an_occupation_before_it_is_not_made_a_person_by_its_surname(nlp):
    # "Actress Amandla Stenberg" tagged ORG: the occupation is no first name
    doc = finish_labelled(
        nlp,
        "Actress Ilka Renholm was honored at the gala.\n\nRenholm said the night was long.",
        [("Actress Ilka Renholm", 0, "ORG"), ("Renholm", 1, "PERSON")],
    )
    assert not mention_of(doc, "Actress Ilka Renholm").rule.startswith("name+person-shaped")


def test_mistagged_subject_ending_a_tagged_name_is_that_person(nlp):
    # "North Carolina’s Ada Fisher, one of …, said" tagged FAC where the text tags "Ada Fisher"
    # a person earlier: the subject is a person, and the "she" after it is hers
    doc = finish_labelled(
        nlp,
        "Tamsin Varga believes the nominee will win the state.\n\n"
        "Helen Ortiz pointed to the results in Miami. “That speaks volumes,” she said.\n\n"
        "And Ohio’s Tamsin Varga, a delegate, said the party would do well. "
        "“I think he will do great things,” she said.",
        [
            ("Tamsin Varga", 0, "PERSON"),
            ("Helen Ortiz", 0, "PERSON"),
            ("Miami", 0, "GPE"),
            ("Ohio", 0, "GPE"),
            ("Tamsin Varga", 1, "FAC"),
        ],
    )
    assert [m.rule for m in doc.mentions if m.text == "Tamsin Varga"][1] == "person-full-name"
    last = [q for q in doc.quotes if q.kind == "direct"][-1]
    assert last.speaker == "Tamsin Varga"


def test_mistagged_subject_that_is_not_the_end_of_a_tagged_name_stays_out(nlp):
    # "Team Trump" is not the end of "Donald Trump": no person of that name
    doc = finish_labelled(
        nlp,
        "Donald Harlan spoke in Ohio.\n\nTeam Harlan said the rally would go on.",
        [("Donald Harlan", 0, "PERSON"), ("Ohio", 0, "GPE"), ("Team Harlan", 0, "FAC")],
    )
    assert not [m for m in doc.mentions if m.text == "Team Harlan"]


def test_hyphenated_first_name_stays_whole(nlp):
    # "Eva-Maria Schultheis posted: …" tagged ORG was named "Maria Schultheis"
    doc = finish_labelled(
        nlp,
        "Readers answered at once. Anna-Lena Hoffstetter posted: “They were all welcomed.”",
        [("Anna-Lena Hoffstetter", 0, "ORG")],
    )
    (quote,) = [q for q in doc.quotes if q.kind == "direct"]
    assert quote.speaker == "Anna-Lena Hoffstetter"
    assert mention_of(doc, "Anna-Lena Hoffstetter").type == "person"


def test_surname_with_an_apostrophe_takes_an_unlisted_first_name(nlp):
    # "Dinesh D’Souza" untagged, "Dinesh" on no first-name list: "D’Souza replied" is his
    doc = finish_labelled(
        nlp,
        "Tarek D’Arcy is a writer.\n\n“I would bet on the governor,” D’Arcy said.",
        [],
    )
    (quote,) = [q for q in doc.quotes if q.kind == "direct"]
    assert quote.speaker == "Tarek D’Arcy"


def test_name_after_a_title_whose_stop_ended_the_sentence_speaks(nlp):
    # "said Pentagon spokesman Navy Capt. Jeff Davis, who was asked …": the parser made "Capt"
    # the subject and began a sentence at the name
    doc = finish_labelled(
        nlp,
        "The base will stay open through the winter.\n\n"
        "“We are not leaving,” said Pentagon spokesman Navy Capt. Ellen Marsh, who was asked "
        "about the plan on Monday.",
        [("Pentagon", 0, "ORG"), ("Navy Capt", 0, "ORG"), ("Ellen Marsh", 0, "PERSON")],
    )
    (quote,) = [q for q in doc.quotes if q.kind == "direct"]
    assert quote.speaker == "Ellen Marsh"


def test_first_name_before_a_surname_tagged_a_place_is_a_first_name(nlp):
    # "Joh Husted, Ohio Secretary of State, voiced his disapproval" with "Husted" tagged GPE and
    # "Joh" on no list: the later "Husted said" is Joh Husted
    doc = finish_labelled(
        nlp,
        "Jarl Kestrel, the county clerk, objected to the ruling.\n\n"
        "“This has to stop,” Kestrel said.",
        [("Kestrel", 0, "GPE")],
    )
    (quote,) = [q for q in doc.quotes if q.kind == "direct"]
    assert quote.speaker == "Jarl Kestrel"


def test_untagged_first_name_joins_a_one_word_name_made_a_person(nlp):
    # "Reince Priebus, the party chairman, announced …" with only "Priebus" tagged ORG: the
    # name is made a person's by its apposition, and its first name joins it
    doc = finish_labelled(
        nlp,
        "Ansel Vick, the party chairman, announced the new site on Monday.\n\n"
        "“It is a tool for voters,” he said.",
        [("Vick", 0, "ORG")],
    )
    assert mention_of(doc, "Ansel Vick").rule.startswith("name+person-shaped")
    (quote,) = [q for q in doc.quotes if q.kind == "direct"]
    assert quote.speaker == "Ansel Vick"
