"""Codes, issue #9 codes49: events coded at the right trigger with the wrong CAMEO root
(sentences written for the test in the style of wire and campaign news)."""

from __future__ import annotations

import pytest
from event_views import country_codes, seen

from hand_parse import hand_parsed
from redline.model import check_offsets

pytestmark = pytest.mark.model


# -- an apology urged or demanded is a demand (100), the guideline's demand for an apology --------


def test_codes49_apology_urged_is_a_demand(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Relatives of the victims urged Senator Bernie Sanders to "
        "apologize for his remarks on gun makers."
    )
    codes = [c[0] for c in country_codes(doc.events)]
    assert "100" in codes, seen(doc)
    assert not any(c.startswith("02") for c in codes), seen(doc)
    assert check_offsets(doc) == []


def test_codes49_called_on_to_apologize_is_a_demand(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Democratic strategist called on Senator Ted Cruz to "
        "apologize to the families on Tuesday."
    )
    codes = [c[0] for c in country_codes(doc.events)]
    assert "100" in codes, seen(doc)
    assert not any(c.startswith("02") for c in codes), seen(doc)


def test_codes49_apology_promised_or_refused_keeps_its_code(code_all):
    promised = code_all(
        "WASHINGTON (Reuters) - Senator Ted Cruz said he would apologize to the families."
    )
    assert any(c[0] == "032" for c in country_codes(promised.events)), seen(promised)
    refused = code_all(
        "WASHINGTON (Reuters) - Senator Ted Cruz refused to apologize to the families."
    )
    assert any(c[0] == "120" for c in country_codes(refused.events)), seen(refused)


def test_codes49_other_appeals_stay_appeals(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Relatives of the victims urged Senator Bernie Sanders to "
        "support the bill."
    )
    assert any(c[0].startswith("02") for c in country_codes(doc.events)), seen(doc)


# -- asking for a review, records or documents is a demand for them (101) ----------------------


def test_codes49_asked_for_a_review_is_a_demand_for_it(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Democratic lawmakers asked for a review of Secretary Scott "
        "Pruitt's travel to Oklahoma."
    )
    codes = country_codes(doc.events)
    assert ("101", "USA", "USA") in codes, seen(doc)
    assert not any(c[0] == "020" for c in codes), seen(doc)
    assert check_offsets(doc) == []


def test_codes49_asked_them_for_records_is_a_demand(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Chuck Grassley asked the FBI for records of its "
        "contacts with the author of the dossier."
    )
    codes = [c[0] for c in country_codes(doc.events)]
    assert "101" in codes, seen(doc)
    assert "020" not in codes, seen(doc)


def test_codes49_asked_for_help_stays_an_appeal(code_all):
    doc = code_all(
        "PARIS (Reuters) - The French government asked for Germany's help in the negotiations."
    )
    codes = [c[0] for c in country_codes(doc.events)]
    assert any(c.startswith("02") for c in codes), seen(doc)
    assert "101" not in codes, seen(doc)


# -- an indictment something is, or that someone delivers, is a verdict in words, no charge -------


def test_codes49_is_an_indictment_of_is_no_charge(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The poor turnout figures in the primaries are not an "
        "indictment of Hillary Clinton alone."
    )
    assert not any(c[0].startswith("17") for c in country_codes(doc.events)), seen(doc)


def test_codes49_delivered_indictment_is_no_charge(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Mitt Romney is expected to deliver a forceful indictment of "
        "Donald Trump on Thursday."
    )
    assert not any(c[0].startswith("17") for c in country_codes(doc.events)), seen(doc)


def test_codes49_damning_indictment_is_no_charge(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The inspector general's report was a damning indictment of "
        "the agency's leadership, Senator Chuck Grassley said."
    )
    assert not any(c[0].startswith("17") for c in country_codes(doc.events)), seen(doc)


def test_codes49_indictment_secured_stays_a_charge(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Special counsel Robert Mueller secured an indictment of Paul "
        "Manafort on Monday."
    )
    codes = country_codes(doc.events)
    assert ("173", "USA", "USA") in codes, seen(doc)
    assert check_offsets(doc) == []


# -- "'d" before a past participle is "had": no intent, no hypothetical ----------------------------


def test_codes49_had_contracted_is_no_intent(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Representative Chris Collins, who’d previously endorsed Jeb "
        "Bush, backed Donald Trump on Wednesday."
    )
    endorsed = [e for e in doc.events if e.trigger_text == "endorsed"]
    assert endorsed and all(e.code == "051" for e in endorsed), seen(doc)
    assert check_offsets(doc) == []


def test_codes49_would_contracted_stays_an_intent(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Ted Cruz said he’d endorse Donald Trump if he won the "
        "nomination."
    )
    endorse = [e for e in doc.events if e.trigger_text == "endorse"]
    assert endorse and all(e.code == "032" for e in endorse), seen(doc)


def test_codes49_mend_had_on_a_built_doc():
    from redline.events.coder import mend_lemmas

    words = ["who", "’d", "endorsed", "Bush", ";", "he", "’d", "have", "won"]
    doc = hand_parsed(
        words,
        [2, 2, 2, 2, 2, 8, 8, 8, 2],
        ["nsubj", "aux", "ROOT", "dobj", "punct", "nsubj", "aux", "aux", "conj"],
        tags=["WP", "MD", "VBD", "NNP", ":", "PRP", "MD", "VB", "VBN"],
        coarse=False,
        lemmas=["who", "would", "endorse", "Bush", ";", "he", "would", "have", "win"],
    )
    mend_lemmas(doc)
    assert doc[1].lemma_ == "have"
    assert doc[6].lemma_ == "would"


def test_codes49_would_before_a_past_like_base_form():
    from redline.events.coder import mend_lemmas

    doc = hand_parsed(
        ["I", "’d", "beat", "him"],
        [2, 2, 2, 2],
        ["nsubj", "aux", "ROOT", "dobj"],
        tags=["PRP", "MD", "VBD", "PRP"],
        coarse=False,
        lemmas=["I", "would", "beat", "he"],
    )
    mend_lemmas(doc)
    assert doc[1].lemma_ == "would"
