"""issue #10 round 12: epithets and two-part surnames, the surname of the person named last,
nouns that give a person's sex, and a subject named after the last speaker.

Each test fixes the recogniser's labels on text of our own wording, so the rule under test runs
whatever the statistical model tags."""

from __future__ import annotations

from labelled_entities import finish_labelled, quote_with


def test_two_part_surname_is_the_full_name_that_ends_with_it(nlp):
    doc = finish_labelled(
        nlp,
        "Trade minister Rosalba Ortiz Mendoza met the delegation in Lima on Monday.\n\n"
        "“We will not answer threats with threats,” Ortiz Mendoza told reporters.",
        [
            ("Rosalba Ortiz Mendoza", 0, "PERSON"),
            ("Lima", 0, "GPE"),
            ("Ortiz Mendoza", 1, "PERSON"),
        ],
    )
    assert quote_with(doc, "threats with threats").speaker == "Rosalba Ortiz Mendoza"


def test_an_epithet_before_a_full_name_is_not_a_new_person(nlp):
    # "“… than working Crooked Hillary Clinton.” … He says: “…”": not the woman in the quote
    doc = finish_labelled(
        nlp,
        "Martin Hale spoke in Dayton on Friday, days after his debate with Joan Brady.\n\n"
        "He says, “Fixing that sound system was harder than beating Sleepy Joan Brady.”\n\n"
        "The crowd asked why he had trouble and Brady did not.\n\n"
        "He says: “I wonder why it was broken.”",
        [
            ("Martin Hale", 0, "PERSON"),
            ("Dayton", 0, "GPE"),
            ("Sleepy Joan Brady", 0, "PERSON"),
            ("Brady", 2, "PERSON"),
        ],
    )
    assert quote_with(doc, "wonder why").speaker == "Martin Hale"
    names = {m.canonical for m in doc.mentions if "Brady" in m.text}
    assert names == {"Joan Brady"}


def test_a_surname_is_the_person_of_that_surname_just_named(nlp):
    # "Homeland Security Secretary Jeh Johnson says … Johnson tells …": not Gary Johnson,
    # the candidate the article names more often
    doc = finish_labelled(
        nlp,
        "Candidate Walter Pratt held a rally in Ohio. Pratt spoke for an hour.\n\n"
        "Pratt later met donors. Pratt says he will win Ohio.\n\n"
        "Transport Secretary Ilse Pratt says the rail strike is costly. "
        "Pratt tells the radio program that “nobody wins a long strike.”",
        [
            ("Walter Pratt", 0, "PERSON"),
            ("Ohio", 0, "GPE"),
            ("Pratt", 1, "PERSON"),
            ("Pratt", 2, "PERSON"),
            ("Pratt", 3, "PERSON"),
            ("Ilse Pratt", 0, "PERSON"),
            ("Pratt", 5, "PERSON"),
        ],
    )
    assert quote_with(doc, "nobody wins").speaker == "Ilse Pratt"


def test_a_noun_of_sex_outranks_the_first_name_list(nlp):
    # "said 9/11 widow Terry Strada. She continued, …": the list has Terry as a man's name
    doc = finish_labelled(
        nlp,
        "Senator Paul Grant defended the veto on Tuesday.\n\n"
        "“The veto is a disgrace,” said flood widow Terry Hollins.\n\n"
        "She continued, “We only ask to be heard in court.”",
        [("Paul Grant", 0, "PERSON"), ("Terry Hollins", 0, "PERSON")],
    )
    assert quote_with(doc, "heard in court").speaker == "Terry Hollins"


def test_a_subject_named_after_the_last_speaker_goes_on_speaking(nlp):
    doc = finish_labelled(
        nlp,
        "“The county has done enough,” said Mayor Carla Dunn.\n\n"
        "Rosa Alvarez disagreed with him. She was angry, sure. Tired, too. "
        "But not ready to give up.\n\n"
        "“We have waited two years for a bridge,” she said.",
        [("Carla Dunn", 0, "PERSON"), ("Rosa Alvarez", 0, "PERSON")],
    )
    assert quote_with(doc, "two years").speaker == "Rosa Alvarez"


def test_a_name_inside_an_opening_participle_is_not_the_pronoun(nlp):
    # "Asked about her own vote in the event that Clinton faces Trump, she replied: …"
    doc = finish_labelled(
        nlp,
        "Actress Nora Ellis campaigned for Senator Ben Ruiz in Reno.\n\n"
        "“He is the only one I trust,” Ellis told reporters on Monday.\n\n"
        "Asked about her own vote in the event that Grace Holt faces Ben Ruiz, she replied: "
        "“I don’t know yet.”",
        [
            ("Nora Ellis", 0, "PERSON"),
            ("Ben Ruiz", 0, "PERSON"),
            ("Reno", 0, "GPE"),
            ("Ellis", 1, "PERSON"),
            ("Grace Holt", 0, "PERSON"),
        ],
    )
    assert quote_with(doc, "know yet").speaker == "Nora Ellis"


def test_a_surname_misspelt_by_a_letter_is_the_person_named_in_full(nlp):
    # "two voters, Tyresha McClenney and … McLenney said …"
    doc = finish_labelled(
        nlp,
        "Two voters, Denise Oberholt and Ray Kim, came to the rally in Tampa.\n\n"
        "Oberhold said the candidate does not listen.\n\n"
        "“She only shows up before elections,” Oberhold said.",
        [
            ("Denise Oberholt", 0, "PERSON"),
            ("Ray Kim", 0, "PERSON"),
            ("Tampa", 0, "GPE"),
            ("Oberhold", 0, "PERSON"),
            ("Oberhold", 1, "PERSON"),
        ],
    )
    assert quote_with(doc, "shows up").speaker == "Denise Oberholt"


def test_a_local_legislators_title_is_not_part_of_the_name(nlp):
    doc = finish_labelled(
        nlp,
        "“We need the road fixed before winter,” said Assemblywoman Dana Whitcomb.",
        [("Dana Whitcomb", 0, "PERSON")],
    )
    assert quote_with(doc, "road fixed").speaker == "Dana Whitcomb"


def test_a_first_name_before_a_tagged_two_part_surname_joins_it(nlp):
    # "Committee Chair Debbie Wasserman Schultz" with only "Wasserman Schultz" tagged
    doc = finish_labelled(
        nlp,
        "Party Chair Maria Ortiz Mendoza dismissed the complaint on Friday.\n\n"
        "“Both campaigns signed the same agreement,” Ortiz Mendoza said.",
        [("Ortiz Mendoza", 0, "PERSON"), ("Ortiz Mendoza", 1, "PERSON")],
    )
    assert quote_with(doc, "same agreement").speaker == "Maria Ortiz Mendoza"


def test_a_full_name_in_passing_does_not_take_the_next_bare_surname(nlp):
    # "… retweeted a photo of Heidi Cruz … “…,” Cruz said": Ted Cruz, whom the article is about
    doc = finish_labelled(
        nlp,
        "Senator Owen Tate refused to endorse the nominee on Wednesday.\n\n"
        "Tate said the nominee had insulted his family. "
        "The nominee once shared a cartoon of Lydia Tate with his followers.\n\n"
        "“I do not support people who attack my wife,” Tate said.",
        [
            ("Owen Tate", 0, "PERSON"),
            ("Tate", 1, "PERSON"),
            ("Lydia Tate", 0, "PERSON"),
            ("Tate", 3, "PERSON"),
        ],
    )
    assert quote_with(doc, "attack my wife").speaker == "Owen Tate"


def test_a_persons_letter_speaks_for_the_person(nlp):
    # "Hoff's letter makes a libertarian-style case: “…”" (rule D1: the document's author)
    doc = finish_labelled(
        nlp,
        "Delegate Ruth Okonjo wrote to the platform committee on Monday.\n\n"
        "Okonjo’s letter makes a plain case: “Our party cannot ask for votes it will not "
        "earn.”",
        [("Ruth Okonjo", 0, "PERSON"), ("Okonjo", 1, "PERSON")],
    )
    assert quote_with(doc, "cannot ask").speaker == "Ruth Okonjo"


def test_a_surname_tagged_a_location_is_the_person(nlp):
    # "Schiff called on the administration …" tagged LOC; the next "he said" is Adam Schiff
    doc = finish_labelled(
        nlp,
        "Representative Omar Brandt spoke to reporters in Denver on Monday.\n\n"
        "“We have seen this before,” the governor said. He did not answer questions.\n\n"
        "Brandt called on the agency to act.\n\n"
        "“We know two states were hacked already,” he said.",
        [("Omar Brandt", 0, "PERSON"), ("Denver", 0, "GPE"), ("Brandt", 1, "LOC")],
    )
    assert quote_with(doc, "two states").speaker == "Omar Brandt"
