"""The entity graph (issue #10 item 2): who is who in one document, with a rule per link."""

from __future__ import annotations

import pytest

from redline.actors.graph import entity_graph, tidy_name
from redline.model import check_offsets

CANADA = (
    "The Prime Minister said on Tuesday that Canada would make its own decision on long-range "
    "missiles for Ukraine, after meeting President Volodymyr Zelensky in Kyiv.\n\n"
    '"We will not be rushed by anyone," Mark Carney told reporters. "Our allies know where we '
    'stand."\n\n'
    "Mr. Zelensky thanked Canada for its support. He said Russia had launched more than 400 "
    "drones at Ukrainian cities over the past week."
)

IRAQ = (
    "Iraq's parliament voted on Sunday to ask the government to expel foreign troops, after the "
    "Popular Mobilization Forces (PMF) called for their withdrawal.\n\n"
    "Prime Minister Adil Abdul-Mahdi told lawmakers the decision was for parliament to make. The "
    "PMF said it would hold the government to the vote.\n\n"
    "The North Atlantic Treaty Organization said it had suspended its training mission. The "
    "32-member military alliance said its troops were safe."
)

BRITAIN = (
    "Foreign Secretary Jack Straw met Iranian officials in Tehran on Monday. Mr Straw said the "
    "talks had been frank.\n\n"
    '"I told them that Vladimir Putin will not decide this for us," he said.\n\n'
    "Aid worker Sarah Lopez said she had seen the damage in Kerman. She said they needed tents."
)


@pytest.fixture(scope="module")
def coded(code_text):
    return {
        "canada": code_text(CANADA, published="2025-03-20"),
        "iraq": code_text(IRAQ, published="2020-01-06"),
        "britain": code_text(BRITAIN, published="2003-02-10"),
    }


def mention(doc, text, nth=0):
    found = [m for m in doc.mentions if m.text == text]
    assert len(found) > nth, f"no mention {text!r} in {[m.text for m in doc.mentions]}"
    return found[nth]


def test_graph_offsets_give_back_every_mention(coded):
    for doc in coded.values():
        assert check_offsets(doc) == []
        assert doc.mentions, "the graph is empty"
        for m in doc.mentions:
            assert doc.text[m.start : m.end] == m.text


def test_graph_role_links_to_office_holder_of_document_date(coded):
    doc = coded["canada"]
    pm = mention(doc, "The Prime Minister")
    assert (pm.canonical, pm.type, pm.actor) == ("Mark Carney", "person", "CANGOV")
    assert pm.rule.startswith("role->office-holder")
    assert pm.entity == mention(doc, "Mark Carney").entity


def test_graph_title_and_surname_and_pronoun_join_the_full_name(coded):
    doc = coded["canada"]
    zelensky = mention(doc, "Volodymyr Zelensky")
    assert mention(doc, "Zelensky").entity == zelensky.entity
    he = mention(doc, "He")
    assert he.entity == zelensky.entity and he.kind == "pronoun"


def test_graph_pronouns_never_link_to_places(coded):
    for doc in coded.values():
        for m in doc.mentions:
            if m.kind == "pronoun":
                assert m.type in ("person", "organisation", "group"), m


def test_graph_speaker_side_inside_quote(coded):
    doc = coded["canada"]
    carney = mention(doc, "Mark Carney").entity
    for word in ("We", "Our", "we"):
        m = mention(doc, word)
        assert m.entity == carney and m.kind == "quote-side"
    quote = next(q for q in doc.quotes if q.text.startswith('"We will not'))
    assert quote.speaker == "Mark Carney"


def test_graph_first_quote_speaker_role_is_named(coded):
    doc = coded["canada"]
    quote = next(q for q in doc.quotes if q.speaker_text == "The Prime Minister")
    assert quote.speaker == "Mark Carney" and "graph:" in quote.rule


def test_graph_acronym_defined_in_text(coded):
    doc = coded["iraq"]
    first, later = [m for m in doc.mentions if m.text == "PMF"][:2]
    assert first.entity == later.entity
    assert later.rule == "acronym-defined-in-text"
    assert first.canonical == "Popular Mobilization Forces"


def test_graph_alliance_nominal_links_to_nato(coded):
    doc = coded["iraq"]
    alliance = mention(doc, "The 32-member military alliance")
    assert alliance.entity == mention(doc, "North Atlantic Treaty Organization").entity
    assert alliance.type == "organisation"


def test_graph_hyphenated_names_keep_their_hyphen(coded):
    doc = coded["iraq"]
    assert mention(doc, "Adil Abdul-Mahdi").canonical == "Adil Abdul-Mahdi"
    for m in doc.mentions:
        assert " - " not in (m.canonical or "")
    assert tidy_name("Adil Abdul - Mahdi") == "Adil Abdul-Mahdi"
    assert tidy_name("― Jacklyn Ashley") == "Jacklyn Ashley"
    assert tidy_name("World Health Organization ( WHO") == "World Health Organization"
    assert tidy_name("Islamic State (IS)") == "Islamic State (IS)"


def test_graph_mr_surname_and_speaker_not_named_inside_quote(coded):
    doc = coded["britain"]
    straw = mention(doc, "Jack Straw").entity
    assert mention(doc, "Straw").entity == straw
    quote = next(q for q in doc.quotes if q.text.startswith('"I told them'))
    assert quote.speaker == "Jack Straw", quote
    assert mention(doc, "I").entity == straw


def test_graph_she_agrees_in_gender(coded):
    doc = coded["britain"]
    lopez = mention(doc, "Sarah Lopez").entity
    for m in doc.mentions:
        if m.text in ("she", "She"):
            assert m.entity == lopez


def test_graph_python_api_groups_mentions(coded):
    doc = coded["canada"]
    entities = entity_graph(doc)
    carney = next(e for e in entities if e.canonical == "Mark Carney")
    assert {"The Prime Minister", "Mark Carney"} <= {m.text for m in carney.mentions}
    assert [e.id for e in entities] == sorted(e.id for e in entities)


EVENTS = (
    "NATO leaders met in Brussels on Monday. The Prime Minister met President Volodymyr Zelensky "
    "in Kyiv on Tuesday. Mark Carney said Canada would send more aid.\n\n"
    "He also criticised Russia for attacks on Ukrainian cities. The 32-member military alliance "
    "condemned Russia on Wednesday."
)


def test_graph_gives_events_the_actor_of_roles_pronouns_and_nominals():
    from redline.pipeline import Pipeline, code_text

    # Every event the coder finds (no confidence threshold): this is about their actors.
    every_event = Pipeline(workers=1).configure({"stage.events.min_confidence": 0.0})
    doc = code_text(EVENTS, published="2025-03-20", pipeline=every_event)
    assert check_offsets(doc) == []
    by_source = {e.source_text: e for e in doc.events}
    pm = by_source["The Prime Minister"]
    assert pm.source_actor == "CANGOV" and "source:graph role->" in pm.rule
    alliance = next(e for e in doc.events if "alliance" in (e.source_text or ""))
    assert alliance.source_actor.startswith("IGOWSTNAT")
    he = by_source["He"]
    assert he.source_actor == "CANGOV"


SPOKESPEOPLE = (
    "Prime Minister Mark Carney met the premiers on Monday. "
    '"The talks were productive," a Carney spokesperson said. '
    '"We will act," Trump\'s spokeswoman Karoline Leavitt told reporters.'
)


def test_graph_spokesperson_speaks_for_the_person_not_as_them(code_text):
    doc = code_text(SPOKESPEOPLE, published="2025-06-01")
    by_text = {q.text[:12]: q for q in doc.quotes}
    carney = by_text['"The talks w']
    assert carney.speaker == "Mark Carney's spokesperson" and carney.actor == "CANGOV"
    assert by_text['"We will act'].speaker == "Karoline Leavitt"


# -- issue #10, round 2: salience, quotes closed before a pronoun, names the parser half-missed

SALIENCE = (
    "Tom Baker took his nephew to the square on Sunday to show him where Winston Churchill once "
    "spoke.\n\n"
    "He said: “The boy should know what happened here. I want him to remember it.”\n\n"
    "Sarah Klein, the city's librarian, opened the reading room for the day. “We have had "
    "visitors since dawn. Some came from abroad. Nobody expected this,” she said."
)


def test_graph_pronoun_prefers_main_clause_subject_to_clause_subject(code_text):
    doc = code_text(SALIENCE, published="2024-05-05")
    he = mention(doc, "He")
    assert he.canonical == "Tom Baker" and he.rule.startswith("pronoun->subject")
    quote = next(q for q in doc.quotes if q.text.startswith("“The boy"))
    assert quote.speaker == "Tom Baker"


def test_graph_pronoun_after_a_long_quote_looks_before_the_quote(code_text):
    doc = code_text(SALIENCE, published="2024-05-05")
    she = mention(doc, "she")
    assert she.canonical == "Sarah Klein" and she.rule.startswith("pronoun->subject")


HALF_NAMED = "Harper’s Ellen Voss wrote that the strategy was “a gamble, but a calculated one.”"


def test_graph_speaker_name_drops_the_outlet_before_it(code_text):
    doc = code_text(HALF_NAMED, published="2016-02-01")
    (voss,) = [q for q in doc.quotes if "gamble" in q.text]
    assert voss.speaker == "Ellen Voss" and voss.rule.endswith("+name:title-dropped")


def test_without_title_keeps_roles_and_spokespeople():
    from redline.actors.graph import _without_title

    assert _without_title("Billionaire Donald Trump") == "Donald Trump"
    assert _without_title("Spokeswoman Haley Morris") == "Haley Morris"
    assert _without_title("Commentary ’s Noah Rothman") == "Noah Rothman"
    assert _without_title("Prime Minister") == "Prime Minister"
    assert _without_title("Donald Trump's spokeswoman") == "Donald Trump's spokeswoman"


def test_untagged_surname_speaker_takes_the_full_name_in_text():
    from redline.actors.graph import _people_by_surname, _untagged_surname
    from redline.model import Document, Mention, Quote

    text = 'Bernie Sanders spoke in Iowa. "We will win," Sanders declared.'
    doc = Document(text=text)
    doc.mentions = [Mention(0, 14, "Bernie Sanders", 0, "name", "Bernie Sanders", "person")]
    at = text.rindex("Sanders")
    quote = Quote(30, 44, text[30:44], "direct", None, "Sanders", at, at + 7)
    (found,) = _untagged_surname(doc, quote, _people_by_surname(doc))
    assert found.canonical == "Bernie Sanders" and (found.start, found.end) == (at, at + 7)
    assert found.rule == "speaker-surname->person-named-in-text"


def test_graph_noun_cue_owner_is_the_speaker_not_a_spokesperson(code_text):
    text = (
        "Former secretary of state Madeleine Albright, a Clinton supporter, drew criticism this "
        "year over her remark that “there’s a special place in hell for women who don’t help "
        "each other.”"
    )
    (quote,) = [q for q in code_text(text).quotes if "special place" in q.text]
    assert quote.speaker == "Madeleine Albright"


def test_graph_name_words_drop_the_outlet_before_a_name():
    from redline.actors.graph import _name_words

    assert _name_words("Fox News’ Bret Baier") == ["Bret", "Baier"]
    assert _name_words("Breitbart’s Joel Pollak") == ["Joel", "Pollak"]
    assert _name_words("Hillary Clinton’s") == ["Hillary", "Clinton"]


def test_graph_untagged_surname_subject_is_a_mention_of_the_named_person(code_text):
    text = (
        "Sebastian Gorka spoke to reporters in Washington. Critics say the plan differs from "
        "President Obama’s policies.\n\n"
        "“I am really very disturbed about this,” Gorka declared.\n\n"
        "“Let’s just boil it down to the essentials,” he continued."
    )
    doc = code_text(text)
    he = mention(doc, "he")
    assert he.canonical == "Sebastian Gorka"
    (last,) = [q for q in doc.quotes if "boil" in q.text]
    assert last.speaker == "Sebastian Gorka"


# -- issue #10, round 3: surnames the recogniser tagged as bodies or places, BBC-style copy


def test_graph_al_is_a_first_name_not_a_particle():
    from redline.actors.graph import _name_words

    assert _name_words("Al Franken") == ["Al", "Franken"]
    assert _name_words("al Baghdadi") == ["al Baghdadi"]
    assert _name_words("De Blasio") == ["de Blasio"]


def test_graph_surname_tagged_as_a_body_takes_the_full_name(code_text):
    text = (
        "The rally in Philadelphia was hosted by Minnesota Sen. Al Franken and the comedian "
        "Rosa Lind.\n\n"
        "“Look at what you did,” Franken said as the crowd cheered.\n\n"
        "Earlier, former Hewlett-Packard CEO Carly Fiorina spoke in Des Moines. Fiorina, "
        "speaking to Iowans, said, “Last time I looked, you hadn't started voting yet.”"
    )
    doc = code_text(text)
    speakers = {q.text[:12]: q.speaker for q in doc.quotes if q.kind == "direct"}
    assert speakers["“Look at wha"] == "Al Franken"
    assert speakers["“Last time I"] == "Carly Fiorina"


def test_graph_one_word_speaker_named_in_full_elsewhere_is_a_person(nlp):
    """ "said Unruh" tagged ORG where the parser left "Karen Unruh" untagged earlier."""
    from redline.actors.book import load_actors
    from redline.actors.graph import _Graph, _named_in_full
    from redline.model import Document

    doc = Document(text="Colorado’s Karen Unruh, a delegate, met them. “We fight,” said Unruh.")
    doc.parsed = nlp(doc.text)
    graph = _Graph(doc, load_actors(), None)
    assert _named_in_full(graph, "Unruh")
    assert not _named_in_full(graph, "Colorado")


def test_graph_speaker_is_the_person_before_the_apposition(code_text):
    text = (
        "George W. Bush toured Tampa on Monday.\n\n"
        "“There are two people in this race who can do that,” said Rick Walton, a Florida-based "
        "Republican strategist who once worked for Bush and has advised a pro-Rubio group."
    )
    (quote,) = [q for q in code_text(text).quotes if "two people" in q.text]
    assert quote.speaker == "Rick Walton"


def test_graph_the_mayor_followed_by_a_verb_links_to_the_titled_person(code_text):
    # the look-ahead that keeps "the mayor of London" out once matched every word after it
    doc = code_text(
        "Mayor Bill de Blasio said on Monday that the subway plan would fail. "
        '"We will fight it in court," the mayor said. The mayor of Boston did not comment.'
    )
    (quote,) = [q for q in doc.quotes if q.kind == "direct"]
    assert quote.speaker == "Bill de Blasio"
    assert "role->person-titled-in-text" in quote.rule


def test_graph_abbreviated_title_and_party_label_name_the_role(code_text):
    doc = code_text(
        "Sen. Bob Kerrey of Nebraska said on Monday that the farm bill would fail. "
        '"We will fight it," the senator said.'
    )
    (quote,) = [q for q in doc.quotes if q.kind == "direct"]
    assert quote.speaker == "Bob Kerrey"
    doc = code_text(
        "Republican Sen. Bob Corker said the treaty was flawed. "
        '"It gives away too much," the Republican said. The Republican nominee has not spoken.'
    )
    (quote,) = [q for q in doc.quotes if q.kind == "direct"]
    assert quote.speaker == "Bob Corker"
    assert not any(m.text == "The Republican" for m in doc.mentions)


def test_graph_relation_word_before_a_name_keeps_the_name(code_text):
    doc = code_text(
        "The crash killed Sami al-Hamad, an economics professor. “We had called him just before "
        "he boarded and everything was fine,” his nephew Karim el Soheil added."
    )
    (quote,) = [q for q in doc.quotes if q.kind == "direct"]
    assert quote.speaker == "Karim el Soheil"


def test_graph_headline_verb_in_past_tense_leaves_the_name(code_text):
    doc = code_text(
        "Maria Hinojosa Explained Why She Felt “Invisible” As A Child.\n\n"
        "The journalist Maria Hinojosa spoke about growing up in Chicago."
    )
    assert all("Explained" not in (q.speaker or "") for q in doc.quotes)


def test_graph_name_placed_by_its_description_is_still_printed_in_full(code_text):
    # issue #10 round 6: the "+placed-by-…" note on a name's rule hid it from the printed
    # names, so a surname the quote stage read as a body kept its bare surname
    doc = code_text(
        "Georgia pastor Ray Holloway said on Sunday that his church would stay open.\n\n"
        "Of the county's order, Holloway said: “We will not close our doors. Not for them.”"
    )
    (quote,) = [q for q in doc.quotes if q.kind == "direct"]
    assert "placed-by-before-the-name" in mention(doc, "Ray Holloway").rule
    assert quote.speaker == "Ray Holloway"
    assert "graph:surname->full-name-before" in quote.rule


def test_graph_untagged_first_name_before_a_tagged_surname_joins_it(nlp):
    # issue #10 round 6: the recogniser often tags only the surname of a less common name
    # ("said Hany Farid, chairman of …" with only "Farid" a person); a title stays out
    from spacy.tokens import Span

    from redline.model import Document
    from redline.pipeline import Pipeline

    text = (
        "“There is no technical limit here,” said Ravi Okonkwo, a professor at Stanford. "
        "“It is a business decision,” he said. “We will look at it,” said Chairman Gowdy."
    )
    parsed = nlp(text)
    spans = []
    for word in ("Okonkwo", "Gowdy"):
        i = next(t.i for t in parsed if t.text == word)
        spans.append(Span(parsed, i, i + 1, "PERSON"))
    parsed.ents = spans
    pipeline = Pipeline({"pipeline.stages": ["actors", "graph", "quotes", "speakers"]})
    doc = pipeline.finish(Document(text=text), parsed)
    assert mention(doc, "Ravi Okonkwo").rule == "name+first-name-before"
    first, second, third = doc.quotes
    assert first.speaker == second.speaker == "Ravi Okonkwo"
    assert "graph:name+first-name-before" in first.rule
    assert third.speaker == "Gowdy"


def test_graph_bare_surname_far_from_a_relative_is_the_most_named_person(code_text):
    # issue #10 round 6: two people of one surname; the last named (the brother) is three
    # sentences back, the speaker is the one the article names most
    doc = code_text(
        "Maria Lopez spoke at the rally in Phoenix on Monday. Maria Lopez had not planned to "
        "speak. Her brother, Army Sgt. Daniel Lopez, was killed in Kandahar in 2011.\n\n"
        "The crowd had waited two hours in the rain. Organisers said the march would go on.\n\n"
        "“We are not going away,” Lopez said."
    )
    surname = mention(doc, "Lopez")
    assert surname.rule == "surname->full-name-most-named"
    assert surname.entity == mention(doc, "Maria Lopez").entity
    (quote,) = [q for q in doc.quotes if q.kind == "direct"]
    assert quote.speaker == "Maria Lopez"


def test_graph_bare_surname_right_after_a_full_name_stays_with_it(code_text):
    # ... but in the sentence after a full name, that person: "Secretary Jeh Johnson says …
    # Johnson tells" where the article names another Johnson more often
    doc = code_text(
        "Gary Johnson spoke in Denver. Gary Johnson said taxes were too high. Gary Johnson "
        "left early.\n\nHomeland Security Secretary Jeh Johnson says the hackers were caught. "
        "Johnson tells reporters that “exactly who did it” remains under investigation."
    )
    surname = [m for m in doc.mentions if m.text == "Johnson"][-1]
    assert surname.entity == mention(doc, "Jeh Johnson").entity


def test_graph_name_words_stop_at_a_line_break_or_a_dateline_dash():
    # issue #10 round 6: the recogniser glued a wire dateline ("ROME - Bernie Sanders", tagged
    # ORG, so every later "Sanders" stayed a bare surname) or a tweet's "X." line to a name
    from redline.actors.graph import _name_words
    from redline.quotes.speakers import clean_name

    assert _name_words("ROME - Bernie Sanders") == ["Bernie", "Sanders"]
    assert _name_words("KABUL — Ashraf Ghani") == ["Ashraf", "Ghani"]
    assert _name_words("X.\n\nTrump") == ["Trump"]
    assert _name_words("Jean-Marc Ayrault") == ["Jean-Marc", "Ayrault"]
    assert clean_name(["X.", "\n\n", "Trump"]) == ["Trump"]
    assert clean_name(["ROME", "—", "Bernie", "Sanders"]) == ["Bernie", "Sanders"]
    assert clean_name(["Hans", "-", "Peter", "Bartels"]) == ["Hans", "-", "Peter", "Bartels"]


def test_graph_a_titled_surname_skips_the_relative_the_title_does_not_fit(code_text):
    # "Mr." cannot be the daughter named a sentence before
    doc = code_text(
        "Donald Trump toured the plant in Ohio on Monday with his daughter. Ivanka Trump spoke "
        "first. “This plant will stay open,” Mr. Trump said."
    )
    surname = [m for m in doc.mentions if m.text == "Trump"][-1]
    assert surname.entity == mention(doc, "Donald Trump").entity
    assert surname.rule == "title+surname->last-mentioned"
