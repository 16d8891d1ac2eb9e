"""Fifth round of whole articles read (issue #9/#10, helper "reader"): faults an analyst would not
sign on unseen BBC and Wikinews articles, each fixed by a general rule; the sentences are our
own, in news phrasing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def events(doc):
    return [(e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events]


def test_a_surname_that_is_also_a_city_is_the_person(code_all):
    # "Hague" is also The Hague (NLD); after "William Hague" it is the man, and "Mr Hague" always
    doc = code_all(
        "Former Conservative leader William Hague met Tony Blair on Monday. Hague criticised "
        "Blair over the war. Mr Hague said he would return to the front bench."
    )
    places = [(e.text, e.actor) for e in doc.entities if e.actor == "NLD"]
    assert not places, places
    criticism = [e for e in doc.events if e.code.startswith("11")]
    assert criticism and criticism[0].source_actor[:3] == "GBR", events(doc)
    assert "person again" in criticism[0].rule
    assert all(q.speaker == "William Hague" for q in doc.quotes), [q.speaker for q in doc.quotes]


def test_a_title_before_a_country_name_makes_it_a_person(code_all):
    from redline.actors import load_actors

    book = load_actors()
    assert book.lookup("Ms Jordan") is None
    assert book.lookup("the Hague").code == "NLD"
    assert book.lookup("Lord Carrington of Britain").code == "GBR"


def test_asking_someone_for_their_resignation_is_an_appeal_for_leadership_change(code_all):
    doc = code_all(
        "President Donald Trump asked Secretary of State Rex Tillerson for his resignation "
        "on Tuesday."
    )
    found = [e for e in doc.events if e.code == "0241"]
    assert found and found[0].target_actor[:3] == "USA", events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The former minister received up to £30,000 for her newspaper column.",
        "Candidates must receive at least 15% of the vote to win delegates.",
    ],
)
def test_an_amount_received_is_no_visit(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code in ("042", "043")], events(doc)


def test_receiving_visitors_is_still_hosting(code_all):
    doc = code_all("King Abdullah received the British prime minister at his palace on Monday.")
    assert [e for e in doc.events if e.code == "043"], events(doc)


def test_an_indian_state_is_placed_in_india(code_all):
    doc = code_all(
        "Police arrested three men in Tamil Nadu on Monday after the blast. Last week a suspect "
        "was held in the neighbouring state of Kerala."
    )
    states = {p.text: p.country for p in doc.places if p.text in ("Tamil Nadu", "Kerala")}
    assert states == {"Tamil Nadu": "IND", "Kerala": "IND"}, states


def test_they_is_not_a_country_named_as_where(code_all):
    # "protected in India": a place where, not who "they" are
    doc = code_all(
        "Jackals are protected in India. Officials said the constable learned they were "
        "responsible for the jackal's death."
    )
    assert not [e for e in doc.events if e.target_actor == "IND"], events(doc)


def test_the_one_whose_resignation_is_asked_for_is_the_target(code_all):
    doc = code_all("The opposition leader called for the finance minister's resignation on Monday.")
    found = [e for e in doc.events if e.code == "0241"]
    assert found and found[0].target_text == "the finance minister's", events(doc)
    assert "owner of 'resignation'" in found[0].rule


def test_a_government_department_that_arrests_is_the_government(code_all):
    doc = code_all("The forestry department arrested four poachers near the reserve on Monday.")
    found = [e for e in doc.events if e.code == "173"]
    assert found and found[0].source_actor == "---GOV", events(doc)
    doc = code_all("The Chicago police department arrested two men on Friday.")
    found = [e for e in doc.events if e.code == "173"]
    assert found and found[0].source_actor == "USACOP", events(doc)
