"""What the lead saw reading unseen BBC articles in the thirty-sixth round (issue #9): "did not
rule out that there had been an agreement" coded as a signed agreement, and "ruled out" read as
"ruled against". An act kept open ("did not rule out strikes", "refused to rule out an attack")
is a threat when it is an act of force and only possible otherwise; an act ruled out is refused.
The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


def test_an_attack_not_ruled_out_is_a_threat_of_force(code_text):
    doc = code_text("Israel refused to rule out military strikes against Iran's nuclear sites.")
    strikes = by_trigger(doc, "strikes")
    assert strikes, seen(doc)
    event = strikes[0]
    assert event.code.startswith("138"), event
    assert (event.source_actor, event.target_actor) == ("ISR", "IRN"), event
    assert not event.negated and not event.conditional, event
    assert "kept open" in event.rule
    # neither the refusal nor the ruling out is an event of its own
    assert not by_trigger(doc, "refused") and not by_trigger(doc, "rule"), seen(doc)
    assert doc.text[event.start : event.end].startswith("Israel refused")


def test_attacking_not_ruled_out_is_a_threat_not_a_negated_attack(code_text):
    doc = code_text("Prime Minister Benjamin Netanyahu did not rule out attacking Iran.")
    attack = by_trigger(doc, "attacking")
    assert attack, seen(doc)
    assert attack[0].code.startswith("138"), attack[0]
    assert attack[0].source_actor == "ISRGOV" and attack[0].target_actor == "IRN", attack[0]
    assert not attack[0].negated, attack[0]


def test_an_agreement_not_ruled_out_is_only_possible(code_text):
    doc = code_text(
        "The Albanian ambassador did not rule out that Albania had signed an agreement with "
        "Britain on the return of migrants."
    )
    signed = by_trigger(doc, "signed")
    assert signed, seen(doc)
    for event in signed:
        assert event.code == "057", event
        assert event.conditional and "not ruled out" in event.rule, event
        assert not event.negated, event


def test_ruled_out_is_no_ruling_against(code_text):
    doc = code_text("The general did not rule out air strikes against the rebels in the north.")
    assert not [e for e in doc.events if e.code == "120"], seen(doc)


def test_a_judge_still_rules_against(code_text):
    doc = code_text("A federal judge ruled against the Trump administration on Friday.")
    assert [e for e in doc.events if e.code == "120"], seen(doc)


def test_talks_ruled_out_are_refused_by_the_one_who_rules_them_out(code_text):
    doc = code_text("Colombia's president ruled out talks with the FARC rebels.")
    talks = by_trigger(doc, "talks")
    assert talks, seen(doc)
    assert talks[0].code.startswith("12"), talks[0]
    assert talks[0].source_actor.startswith("COL"), talks[0]
    assert "ruled out" in talks[0].rule


def test_a_conjunct_is_not_named_by_the_next_conjuncts_examples(code_text):
    # "Gulf producers" are not China: the list names the buyers, the second conjunct
    doc = code_text(
        "The contracts were sealed after talks in New Delhi between Gulf producers and Asia's "
        "biggest energy buyers - China, India, Japan and South Korea."
    )
    talks = by_trigger(doc, "talks")
    assert not [e for e in talks if e.source_actor == e.target_actor == "CHN"], seen(doc)
    producers = [e for e in doc.events if e.source_text == "Gulf producers"]
    assert all(e.source_actor != "CHN" for e in producers), seen(doc)


def test_a_deal_to_import_from_a_country_is_a_deal_with_it(code_text):
    doc = code_text(
        "Pakistan has signed a $7bn deal to import liquefied natural gas from Qatar over 15 years."
    )
    signed = [e for e in by_trigger(doc, "signed") if e.code == "057"]
    assert signed, seen(doc)
    assert (signed[0].source_actor, signed[0].target_actor) == ("PAK", "QAT"), signed[0]
    assert doc.text[signed[0].target_start : signed[0].target_end] == "Qatar"


def test_a_deal_with_no_trade_partner_keeps_no_target(code_text):
    doc = code_text("Pakistan has signed a deal to import more wheat this year.")
    signed = [e for e in by_trigger(doc, "signed") if e.code == "057"]
    assert all(e.target_actor is None for e in signed), seen(doc)


def test_an_undated_text_gives_a_person_the_post_it_names(code_text):
    # Liam Fox was the Conservative co-chairman in 2005 and defence secretary from 2010; the
    # text has no date, so the title before his name tells which post it means
    doc = code_text(
        "Tory co-chairman Liam Fox opened the party's spring forum in Brighton. He attacked "
        "the government's failure to control immigration.",
        published=None,
    )
    attack = by_trigger(doc, "attacked")
    assert attack, seen(doc)
    assert attack[0].source_actor == "GBROPP", attack[0]


def test_an_undated_text_with_no_title_keeps_the_latest_post(code_text):
    doc = code_text(
        "Liam Fox opened the debate in Brighton. He attacked the government's failure to "
        "control immigration.",
        published=None,
    )
    attack = by_trigger(doc, "attacked")
    assert attack, seen(doc)
    assert attack[0].source_actor == "GBRGOVMIL", attack[0]


def test_an_act_someone_is_likely_to_do_is_only_forecast(code_text):
    doc = code_text("Russia is unlikely to attack Ukraine before the spring, officials said.")
    attack = by_trigger(doc, "attack")
    assert attack, seen(doc)
    assert attack[0].conditional and "likely" in attack[0].rule, attack[0]


def test_a_childrens_charity_is_no_civilian_group(code_text):
    doc = code_text(
        "Laura Brownlees of Save the Children said the Home Office was wrong to deport the "
        "children.",
        published="2005-02-10",
    )
    judged = [e for e in doc.events if e.code.startswith("11")]
    assert judged, seen(doc)
    assert judged[0].source_actor.startswith("NGO"), judged[0]


def test_an_undated_phrase_looked_up_whole_takes_the_post_it_names(book):
    # a party name before the title: the book's own hits end on the party, the words on the post
    match = book.lookup("Tory Party co-chairman Liam Fox", None)
    assert match is not None and match.code == "GBROPP", match
    assert book.lookup("Tory Party co-chairman Liam Fox", "2011-01-01").code != "GBROPP"


def test_an_undated_quote_speaker_takes_the_post_named_before_his_name(code_text):
    doc = code_text(
        'Responding to the claims, Tory Party co-chairman Liam Fox said: "Like Labour, the Lib '
        'Dems are soft on crime."',
        published=None,
    )
    assert [q.actor for q in doc.quotes] == ["GBROPP"], doc.quotes
    judged = [e for e in doc.events if e.code.startswith("11")]
    assert judged and judged[0].source_actor == "GBROPP", seen(doc)
