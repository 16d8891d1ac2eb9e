"""issue #9/#10 actors13: actors an analyst would sign on articles nobody tuned on (BBC,
Wikinews), and the commonest wrong kinds read on ten unseen ones. Sentences written for these
tests (invented people)."""

from __future__ import annotations

from event_views import actor_triples

# -- the actor book ---------------------------------------------------------------------------


def test_wikinews_is_a_newsroom_of_no_country(book):
    match = book.lookup("Wikinews", date="2020-05-07")
    assert match is not None and match.code == "NGOMED" and match.country is None


def test_an_economist_intelligence_unit_analyst_is_no_spy(book):
    match = book.lookup("an analyst at the Economist Intelligence Unit", date="2021-03-02")
    assert match is not None and match.code == "GBRBUS", match and match.rule
    assert book.lookup("artificial intelligence researchers") is None
    assert book.lookup("US intelligence officials").code == "USASPY"


def test_a_capital_that_opens_a_name_after_a_title_is_a_first_name(book):
    assert book.lookup("Mayor Sofia Reyes", date="2020-10-14").code == "---GOV"
    assert book.lookup("Governor Jordan Hale", date="2020-10-14").code == "---GOV"
    # the place is still a place when no name follows it, or when it is the office's place
    assert book.lookup("the mayor of Sofia", date="2020-10-14").code == "BGRGOV"
    assert book.lookup("Sofia Mayor Elena Dimova", date="2020-10-14").code == "BGRGOV"
    assert book.lookup("the Sofia government", date="2020-10-14").code == "BGRGOV"


# -- events -----------------------------------------------------------------------------------


def test_talking_with_the_newsroom_is_no_consultation(code_text):
    for text in (
        "Retired teacher Jane Roe, a candidate for governor of Ohio, discussed her campaign "
        "with Wikinews on Monday.",
        "Retired teacher Jane Roe, the presidential nominee of the Unity Party, answered some "
        "questions from a Wikinews reporter.\n\nRoe taught history in Ohio and Texas for "
        "thirty years.\n\nWith Wikinews, Roe discusses her background, the pandemic and "
        "campaigning, and her views on such issues as climate change and trade.",
    ):
        doc = code_text(text, published="2020-10-30")
        assert not [e for e in doc.events if e.root_code == "04"], actor_triples(doc)


def test_a_state_of_india_before_government_places_it_in_india(code_text):
    doc = code_text(
        "Ravi Naik, a former minister, died on Sunday at the age of 71. He had often "
        "criticised the Goa government over mining licences.",
        published="2020-03-02",
    )
    assert "INDGOV" in [t for _, t, code in actor_triples(doc) if code == "111"], actor_triples(doc)


def test_an_economist_intelligence_unit_analyst_in_a_kyiv_story(code_text):
    doc = code_text(
        'KYIV - Parliament approved the budget on Tuesday. "The fund will be disappointed," '
        "said Anna Bell of the Economist Intelligence Unit, who accused ministers of wasting "
        "time.",
        published="2021-03-02",
    )
    sources = {s for s, _, code in actor_triples(doc) if code.startswith("11")}
    assert sources and "UKRSPY" not in sources, actor_triples(doc)


def test_a_mayor_named_sofia_is_the_mayor_of_the_story(code_text):
    doc = code_text(
        "SAN ANTONIO (Reuters) - Mayor Sofia Reyes urged the governor on Tuesday to open more "
        "testing sites. Reyes criticised state officials for the delay.",
        published="2020-10-14",
    )
    sources = {s for s, _, _ in actor_triples(doc)}
    assert sources and not any(s and s.startswith("BGR") for s in sources), actor_triples(doc)
    assert "USAGOV" in sources


def test_bare_house_is_the_legislature(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - The House voted on Thursday to condemn the president's "
        "remarks. Republicans in the Senate criticised the House for rushing the vote.",
        published="2020-01-09",
    )
    assert ("USALEG", "USAGOV", "111") in actor_triples(doc), actor_triples(doc)
    assert ("USALEG", "USALEG", "111") in actor_triples(doc), actor_triples(doc)


def test_bare_house_in_a_story_of_us_politics_with_no_dateline(code_text):
    doc = code_text(
        "Thursday, January 9, 2020\n\nSenate Republicans accused the House of playing "
        "politics with the impeachment inquiry.",
        published="2020-01-09",
    )
    assert ("USALEG", "USALEG", "112") in actor_triples(doc), actor_triples(doc)


def test_a_politicians_attacks_on_a_rival_are_criticism(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - Senator Ann Cole renewed her attacks on the president over "
        "his handling of the economy on Tuesday.",
        published="2019-05-01",
    )
    assert ("USALEG", "USAGOV", "111") in actor_triples(doc), actor_triples(doc)
    assert not [e for e in doc.events if e.code == "190"], actor_triples(doc)


def test_a_party_attacked_by_a_politician_with_no_sector(code_text):
    doc = code_text(
        "LONDON - The Conservative candidate Michael Grant stepped up his attacks on Labour "
        "over immigration on Monday.",
        published="2005-03-01",
    )
    codes = [e.code for e in doc.events]
    assert "111" in codes and "190" not in codes, actor_triples(doc)


def test_attacks_with_weapons_or_by_troops_stay_force(code_text):
    doc = code_text(
        "LONDON - A man attacked the Labour lawmaker with a knife outside her office on Friday.",
        published="2016-06-17",
    )
    assert "111" not in [e.code for e in doc.events], actor_triples(doc)
    doc = code_text(
        "Government troops launched attacks on rebel positions near the border on Monday.",
        published="2016-06-17",
    )
    assert "111" not in [e.code for e in doc.events], actor_triples(doc)


def test_wanting_others_to_know_asks_no_act(code_text):
    doc = code_text(
        'LONDON - "I want every parent to know that their children will be heard," the new '
        "commissioner, Paul Green, said on Monday.",
        published="2005-03-01",
    )
    assert not [e for e in doc.events if e.code == "020"], actor_triples(doc)


def test_a_nomination_received_before_a_list_of_rivals_is_no_visit(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - Carl Dunn received the Liberty Party's presidential nomination "
        "in May over two rivals: candidate Sam Perkins and former mayor Joe Hart.",
        published="2020-06-01",
    )
    assert not [e for e in doc.events if e.root_code == "04"], actor_triples(doc)
