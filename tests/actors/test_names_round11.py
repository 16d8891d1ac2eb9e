"""issue #10 round 11: a role description and a titled surname name the person they describe.

Each test fixes the recogniser's labels on a sentence of our own wording, so the rule under test
runs whatever the statistical model tags."""

from __future__ import annotations

from labelled_entities import finish_labelled, quote_with


def test_description_with_a_place_is_the_person_before_not_the_place(nlp):
    # "Trump charges that … The New York businessman says": the subject before, not "New York"
    doc = finish_labelled(
        nlp,
        "Paul Okafor toured a steel plant on Tuesday.\n\n"
        "Okafor argued that the new tariffs would bring back jobs.\n\n"
        "The Denver businessman said the old trade deals were “a slow disaster for workers.”",
        [("Paul Okafor", 0, "PERSON"), ("Okafor", 1, "PERSON"), ("Denver", 0, "GPE")],
    )
    quote = quote_with(doc, "slow disaster")
    assert quote.speaker == "Paul Okafor"
    assert "description->" in quote.rule
    role = [m for m in doc.mentions if m.text == "The Denver businessman"]
    assert role and role[0].canonical == "Paul Okafor"


def test_description_with_a_party_is_never_the_party(nlp):
    # "The Republican presidential nominee has repeatedly wondered …": not "Republican"
    doc = finish_labelled(
        nlp,
        "Greta Lindqvist is saying little about her debate practice.\n\n"
        "The Democratic presidential nominee said only that she expected a “fair fight.”",
        [("Greta Lindqvist", 0, "PERSON"), ("Democratic", 0, "NORP")],
    )
    quote = quote_with(doc, "fair fight")
    assert quote.speaker == "Greta Lindqvist"


def test_description_is_the_person_the_text_gave_that_role(nlp):
    # "Rep. Adam Schiff … called on … meddling the California congressman said is …"
    doc = finish_labelled(
        nlp,
        "Rep. Dale Moreno, the ranking member of the budget panel, met the mayor on Friday.\n\n"
        "Harriet Osei welcomed the visit.\n\n"
        "The Nevada congressman said the talks had been “long overdue.”",
        [("Dale Moreno", 0, "PERSON"), ("Harriet Osei", 0, "PERSON"), ("Nevada", 0, "GPE")],
    )
    quote = quote_with(doc, "long overdue")
    assert quote.speaker == "Dale Moreno"
    assert "description->person-given-role" in quote.rule


def test_description_owned_by_a_person_is_not_that_person(nlp):
    # "David Axelrod on Wednesday called on … Obama's former campaign strategist said"
    doc = finish_labelled(
        nlp,
        "Tom Ashby on Monday urged Keane's rivals to drop out.\n\n"
        "“They cannot win, and they know it,” Keane's former campaign strategist said.",
        [("Tom Ashby", 0, "PERSON"), ("Keane", 0, "PERSON"), ("Keane", 1, "PERSON")],
    )
    quote = quote_with(doc, "cannot win")
    assert quote.speaker == "Tom Ashby"


def test_mr_with_a_surname_is_the_man_of_that_surname(nlp):
    # "Mr. Obama" where the text names Michelle Obama in full and Barack Obama only in the
    # name of an event: the title's gender picks him
    doc = finish_labelled(
        nlp,
        "The first lady, Clara Varga, opened the gala.\n\n"
        "“We are grateful to every donor,” Mr. Varga said.\n\n"
        "The money goes to the Peter Varga Scholarship Fund.",
        [("Clara Varga", 0, "PERSON"), ("Varga", 1, "PERSON")],
    )
    quote = quote_with(doc, "every donor")
    assert quote.speaker == "Peter Varga"


def test_mr_with_a_surname_is_never_a_woman_of_that_surname(nlp):
    doc = finish_labelled(
        nlp,
        "The first lady, Clara Varga, opened the gala.\n\n"
        "“We are grateful to every donor,” Mr. Varga said.",
        [("Clara Varga", 0, "PERSON"), ("Varga", 1, "PERSON")],
    )
    quote = quote_with(doc, "every donor")
    assert quote.speaker != "Clara Varga"


def test_speaker_in_an_apposition_to_a_name_is_that_name(nlp):
    # "McConnell, now the Senate majority leader, who in 2010 said …": the relative clause
    # hangs on the apposition; the person named before it speaks, not the Senate
    doc = finish_labelled(
        nlp,
        "The governor has long clashed with Jonas Pike, now the Senate minority leader, who in "
        "2019 said the plan was “dead on arrival.”",
        [("Jonas Pike", 0, "PERSON"), ("Senate", 0, "ORG")],
    )
    quote = quote_with(doc, "dead on arrival")
    assert quote.speaker == "Jonas Pike"


def test_transcript_label_is_the_speaker_name(nlp):
    # "⏎"WALLACE: Let's start with …": the label before the colon names the speaker, even when
    # the recogniser tags it a work of art
    doc = finish_labelled(
        nlp,
        "The interview ran on Sunday. A partial transcript follows:\n\n"
        '"KORVAL: Let us begin with the budget vote. Will the bill pass this week?\n\n'
        '"MIRREN: Well, I think it will pass, and I think it should pass.\n\n'
        '"KORVAL: And what about the tax plan that the committee rejected?\n\n'
        '"MIRREN: That plan is finished, and everyone in the room knows it.',
        [("KORVAL", 0, "WORK_OF_ART"), ("MIRREN", 0, "PERSON")],
    )
    quote = quote_with(doc, "budget vote")
    assert quote.speaker == "KORVAL"
    assert "transcript-label" in quote.rule


def test_a_lone_capitalised_heading_is_no_speaker(nlp):
    doc = finish_labelled(
        nlp,
        "The week in review.\n\n"
        '"BUSTED: The mayor said the bridge would open in May, and it did not."',
        [],
    )
    assert all("transcript-label" not in (q.rule or "") for q in doc.quotes)


def test_body_in_a_persons_apposition_does_not_take_the_name(nlp):
    # "Emmanuel Saez, an economics professor at the University of California at Berkeley who
    # had once concluded …": the professor speaks, not the university
    doc = finish_labelled(
        nlp,
        "The senator leans on the research of Ilse Marten, an economics professor at the "
        "University of Leeds who had once concluded that the tax was “a dead end for growth.”",
        [("Ilse Marten", 0, "PERSON"), ("the University of Leeds", 0, "ORG")],
    )
    quote = quote_with(doc, "dead end")
    assert quote.speaker == "Ilse Marten"


def test_apposition_that_is_no_person_leaves_the_name_alone(nlp):
    # "Stephen K. Bannon of Breitbart News, a conservative website that has run stories …"
    doc = finish_labelled(
        nlp,
        "Mr. Lang has hired Oren Falk of Daily Ledger News, a conservative website that has run "
        "stories with headlines such as “Taxes Make Children Lazy.”",
        [("Oren Falk", 0, "PERSON"), ("Daily Ledger News", 0, "ORG")],
    )
    (quote,) = doc.quotes
    assert quote.speaker != "Oren Falk"
