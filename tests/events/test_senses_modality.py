"""Word senses, modality and the speaker's side (issue #9), on sentences written for the tests."""

from __future__ import annotations

import pytest

from redline.events.senses import check_sense, load_senses
from redline.model import Quote, check_offsets

pytestmark = pytest.mark.model


def codes(doc):
    return [(e.source_actor, e.code, e.target_actor) for e in doc.events]


def test_senses_every_rule_has_examples_both_ways():
    for rule in load_senses():
        assert rule.keep and rule.change, rule.lemmas


def test_senses_strike_by_workers_is_a_labour_strike_else_an_attack():
    assert check_sense("strike", "143", "Dock workers", False)[0] == "143"
    assert check_sense("strike", "143", "Ukraine", True)[0] == "190"
    assert check_sense("hold", "173", "Police", False)[0] is None
    assert check_sense("attack", "190", "Russia", True) == ("190", "")


def test_senses_allowed_to_strike_inside_a_country_is_a_conditional_attack(code_all):
    doc = code_all("Washington allowed Ukraine to strike inside Russia with American missiles.")
    assert check_offsets(doc) == []
    strikes = [e for e in doc.events if e.trigger_text == "strike"]
    assert strikes and strikes[0].code == "190" and strikes[0].conditional, codes(doc)


def test_senses_assets_officials_hold_is_no_arrest(code_all):
    doc = code_all("The sanctions freeze assets the Russian officials hold in European banks.")
    assert not any(e.root_code == "17" for e in doc.events), codes(doc)


def test_senses_gone_to_bed_is_no_visit(code_all):
    doc = code_all("Putin had gone to bed when the news arrived from Kyiv.")
    assert not any(e.code == "042" for e in doc.events), codes(doc)
    doc = code_all("Macron flew to Poland on Monday.")
    assert any(e.code == "042" and e.target_actor == "POL" for e in doc.events), codes(doc)


def test_modality_purpose_clause_is_conditional(code_all):
    doc = code_all("Russian troops gathered along the border to attack Ukraine.")
    attacks = [e for e in doc.events if e.trigger_text == "attack"]
    assert attacks and attacks[0].conditional and "purpose clause" in attacks[0].rule


def test_modality_would_amount_to_firing_is_conditional(code_all):
    doc = code_all("The Kremlin said that would amount to NATO firing its missiles at Russia.")
    fired = [e for e in doc.events if e.root_code == "19"]
    assert fired and all(e.conditional for e in fired), codes(doc)


def test_modality_committing_troops_is_a_promise_not_a_threat(code_all):
    doc = code_all("Germany is committing to send troops to Lithuania.")
    assert ("DEU", "0334", "LTU") in codes(doc), [e.rule for e in doc.events]


def test_modality_demonstrative_pronoun_is_no_actor(code_all):
    doc = code_all("The minister said this would amount to an attack on Poland.")
    assert all(e.source_text != "this" or e.source_actor is None for e in doc.events)


def test_speaker_side_we_in_a_quote_is_the_speaker(code_with_stand_in):
    text = "“We will punish Belarus for this,” Putin said."
    quote = Quote(0, 32, text[0:32], "direct", speaker="Vladimir Putin", actor="RUSGOV")
    doc = code_with_stand_in(text, quotes=[quote])
    assert doc.events, "the threat should be coded"
    assert doc.events[0].source_actor == "RUSGOV", doc.events[0].rule
    assert doc.events[0].target_actor == "BLR"


SENSE_EXAMPLES = [
    (rule, text, kind)
    for rule in load_senses()
    for kind, texts in (("keep", rule.keep), ("change", rule.change))
    for text in texts
]


@pytest.mark.parametrize(("rule", "text", "kind"), SENSE_EXAMPLES)
def test_senses_examples_read_as_the_data_file_says(code_all, nlp, rule, text, kind):
    doc = code_all(text)
    lemmas = {t.idx: t.lemma_.lower() for t in nlp(doc.text)}
    hits = [
        e
        for e in doc.events
        if lemmas.get(e.trigger_start) in rule.lemmas
        and e.code in rule.codes
        and "implied" not in (e.rule or "")  # the other side's event ("rioters rioted")
    ]
    if kind == "keep":
        assert hits, [(e.code, e.rule) for e in doc.events]
    else:
        assert not hits, [(e.code, e.rule) for e in doc.events]


def test_senses_asked_to_turn_over_records_is_an_appeal_not_a_rejection(code_all):
    # issue #9 sense22: "turn over" hands something over; asked or ordered to, the appeal or
    # the demand is the event (the "turn" rule wanted "down", "aside" or "away" and dropped it)
    doc = code_all("The committee chairman asked the bank to turn over its records of the loans.")
    turns = [e for e in doc.events if e.trigger_text == "turn"]
    assert turns and all(e.root_code == "02" for e in turns), codes(doc)
    doc = code_all("The senator demanded that the company turn over the emails.")
    turns = [e for e in doc.events if e.trigger_text == "turn"]
    assert turns and all(e.root_code == "10" for e in turns), codes(doc)
    doc = code_all("The ministry turned down the request for a meeting on Monday.")
    assert any(e.code == "120" for e in doc.events), codes(doc)
