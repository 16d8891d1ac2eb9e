"""What the lead saw reading unseen BBC articles in the thirty-fifth round (issue #9): a personal
pronoun's span given to a party of the same code ("As the Tories gathered, he accused ..."), and
"called on" parsed as a particle with an object, which lost the appeal's target. The sentences
are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


def test_a_personal_pronoun_is_never_named_by_a_party(code_text):
    doc = code_text(
        "The Conservative leader Michael Howard campaigned in Kent on Monday. As the Tories "
        "gathered in Blackpool, he accused Chancellor Gordon Brown of wasting billions.",
        published="2005-02-01",
    )
    accuse = [e for e in doc.events if e.code.startswith("112")]
    assert accuse, seen(doc)
    event = accuse[0]
    assert event.source_actor == "GBROPP", event
    # the span is the pronoun itself, not "Tories" (the same code, but a party, not him)
    assert event.source_text == "he", event
    assert doc.text[event.source_start : event.source_end] == "he"


def test_called_on_parsed_as_a_particle_keeps_its_target(code_text):
    # the small parser reads "on" as a particle with "Brown" as its object
    doc = code_text(
        "The Conservatives called on Chancellor Gordon Brown to resign.", published="2005-02-01"
    )
    appeal = [e for e in doc.events if e.code.startswith("02")]
    assert appeal, seen(doc)
    assert appeal[0].target_actor == "GBRGOV", appeal[0]
    assert appeal[0].target_text == "Chancellor Gordon Brown"


def test_a_personal_pronoun_is_named_by_the_person_a_party_word_describes(code_text):
    # "Tory" is a mention of the same code as Lord Tebbit, who is not in the actor book: the
    # span is the person the word describes, not the word
    doc = code_text(
        "Tory peer Lord Tebbit said he agreed with Tory leader Michael Howard's view.",
        published="2005-02-01",
    )
    agree = [e for e in doc.events if e.code == "019"]
    assert agree, seen(doc)
    assert agree[0].source_text == "Tory peer Lord Tebbit", agree[0]
    assert doc.text[agree[0].source_start : agree[0].source_end] == "Tory peer Lord Tebbit"


def test_a_pronoun_is_never_named_by_another_person_of_the_same_code(code_text):
    # he is the mayor the text named before; the prime minister in the sentence is GBRGOV too
    doc = code_text(
        "London mayor Ken Livingstone says he is standing by his remarks. Later Prime Minister "
        'Tony Blair said: "He should apologise."',
        published="2005-02-01",
    )
    # issue #9 codes49: an apology urged is a demand (100), the guideline's demand for one
    appeal = [e for e in doc.events if e.code == "100" and e.trigger_text == "apologise"]
    assert appeal, seen(doc)
    assert appeal[0].target_text == "He", appeal[0]
    assert doc.text[appeal[0].target_start : appeal[0].target_end] == "He"


def test_a_demand_handed_to_someone_goes_to_them(code_text):
    # the party asked is the one the demand was presented to, not the nearest noun
    doc = code_text(
        "MOSCOW (Reuters) - Yukos has been presented with a $27bn tax demand by the Russian "
        "authorities and its key Yugansk division was auctioned off to settle the bill.",
        published="2004-12-20",
    )
    demand = by_trigger(doc, "demand")
    assert demand, seen(doc)
    assert demand[0].source_actor == "RUSGOV", demand[0]
    assert demand[0].target_text == "Yukos", demand[0]
    assert doc.text[demand[0].target_start : demand[0].target_end] == "Yukos"


def test_a_titled_surname_is_placed_as_the_full_titled_name(code_text):
    # "Mr Raynsford" is the local government minister named before, not an unknown person
    doc = code_text(
        "LONDON (Reuters) - Ministers are unhappy about the plans, local government minister "
        "Nick Raynsford has acknowledged. Mr Raynsford criticised the teachers' unions for the "
        "strike.",
        published="2004-12-03",
    )
    criticism = by_trigger(doc, "criticised")
    assert criticism, seen(doc)
    assert criticism[0].source_actor == "GBRGOV", criticism[0]
    assert criticism[0].source_text == "Mr Raynsford"


def test_trade_union_leaders_are_labour_not_government(code_text):
    doc = code_text(
        "ROME (Reuters) - Prime Minister Silvio Berlusconi met trade union leaders in Rome on "
        "Thursday.",
        published="2005-02-01",
    )
    meeting = by_trigger(doc, "met")
    assert meeting, seen(doc)
    assert meeting[0].target_actor == "ITALAB", meeting[0]


def test_praise_of_the_work_of_a_person_the_book_does_not_know_goes_to_them(code_text):
    # two names the book does not know, both placed at home, are two people: the praise of
    # "the work of Ms Hutt" is aimed at her, not dropped as self-praise
    doc = code_text(
        "CARDIFF (Reuters) - Dr Brian Gibbons became health minister on Tuesday after Jane "
        "Hutt was moved. Later, Dr Gibbons praised the work of Ms Hutt.",
        published="2005-01-11",
    )
    praise = by_trigger(doc, "praised")
    assert praise, seen(doc)
    assert praise[0].target_actor == "GBR", praise[0]
    assert praise[0].target_text == "Ms Hutt"
