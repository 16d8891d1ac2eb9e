"""Eleventh round of whole articles read (issue #9, helper "precision10"): wrong events a user saw
on unseen BBC and Wikinews articles and in the false positives of the docgold splits, each fixed
by a general rule; the sentences are our own, in news phrasing. The word senses (a news
conference hosted, aid received, a product released, the rug pulled, support announced for a
bill, a hearing held) are examples in ``senses.yml``, run by ``test_senses_modality.py``."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


def test_what_a_ban_would_reach_is_its_scope_not_a_threat(code_all):
    doc = code_all(
        "Trump's travel ban was announced in September. The appeals court ruling meant the ban "
        "would only apply to people from Iran, Libya and Syria."
    )
    applied = [e for e in doc.events if e.trigger_text == "apply"]
    assert applied and all(e.code == "172" for e in applied), events(doc)
    assert all("intent:" not in e.rule for e in applied)
    # an announced restriction is still an intent, as the CAMEO manual codes it (132)
    doc = code_all("Greece plans to impose restrictions on imports from Turkey.")
    assert not [e for e in doc.events if e.code.startswith("172")], events(doc)


def test_a_clause_said_not_to_be_meant_is_negated(code_all):
    doc = code_all(
        "The recall of the ambassador did not mean that Egypt had cut its ties with Israel, "
        "the minister added."
    )
    cut = [e for e in doc.events if e.trigger_text == "cut"]
    assert cut and all(e.negated for e in cut), events(doc)
    assert "clause of 'not mean'" in cut[0].rule
    doc = code_all("The minister said that Egypt had cut its ties with Israel.")
    cut = [e for e in doc.events if e.trigger_text == "cut"]
    assert cut and not any(e.negated for e in cut), events(doc)


def test_what_people_in_general_must_do_is_no_demand(code_all):
    doc = code_all(
        'Vatican archbishop Charles Scicluna said, "People must know that priests are at the '
        'service of the faithful."'
    )
    assert not [e for e in doc.events if e.trigger_text == "know"], events(doc)


def test_a_time_phrase_is_no_cause_of_an_agentless_passive(code_all):
    doc = code_all("The embargo was imposed in the wake of Russia's attack on Ukraine.")
    imposed = [e for e in doc.events if e.trigger_text == "imposed"]
    assert not [e for e in imposed if (e.source_actor or "").startswith("UKR")], events(doc)


def test_a_product_planned_for_release_is_no_release_of_people(code_all):
    doc = code_all(
        "Sony is also planning to release a cheaper version of the console in Europe next year."
    )
    assert not [e for e in doc.events if e.code.startswith(("0353", "0841"))], events(doc)
    doc = code_all("The rebels promised to release the hostages by Friday.")
    assert [e for e in doc.events if e.code == "0353"], events(doc)


def test_what_a_measure_allows_is_not_done(code_all):
    doc = code_all(
        "The new law would make it easier for Texas and crime victims to sue internet platforms "
        "that host stolen material."
    )
    assert not [e for e in doc.events if e.trigger_text == "sue"], events(doc)
    doc = code_all("The state of Texas sued internet platforms that host stolen material.")
    assert [e for e in doc.events if e.trigger_text == "sued"], events(doc)


def test_an_investigation_is_no_accuser_of_a_denial(code_all):
    doc = code_all(
        "Special Counsel Robert Mueller is investigating Russian meddling in the 2016 U.S. "
        "election. Russia denies interfering in the vote."
    )
    denials = [e for e in doc.events if e.code == "016"]
    assert denials and not any(e.target_actor for e in denials), events(doc)
    doc = code_all(
        "U.S. intelligence agencies accused Russia of meddling in the 2016 U.S. election. Russia "
        "denies interfering in the vote."
    )
    denials = [e for e in doc.events if e.code == "016"]
    assert denials and all(e.target_actor for e in denials), events(doc)


def test_an_inference_with_must_is_no_demand(code_all):
    doc = code_all('"He must have sent it from a satellite phone," a lawyer for Ukraine said.')
    assert not [e for e in doc.events if e.code == "100"], events(doc)
    doc = code_all('"Russia must be held accountable for this," Zelenskiy said.')
    assert not [e for e in doc.events if e.code == "100" and e.trigger_text == "be"], events(doc)
    doc = code_all('"Russia must withdraw its troops from Ukraine," Zelenskiy said.')
    assert [e for e in doc.events if e.root_code == "10"], events(doc)


def test_insisting_that_something_will_be_so_is_no_demand(code_all):
    doc = code_all("Moscow insists Ukraine will lose the war.")
    assert not [e for e in doc.events if e.trigger_text == "insists"], events(doc)
    doc = code_all(
        "Democrats are insisting that any added Pentagon funding be accompanied by increases to "
        "other programs."
    )
    assert [e for e in doc.events if e.root_code == "10"], events(doc)


def test_charges_dropped_are_no_charge(code_all):
    doc = code_all(
        "Canada's Department of Justice dropped its charges against 15 protesters on Monday."
    )
    assert not [e for e in doc.events if e.trigger_text == "charges"], events(doc)
    doc = code_all("Canada's Department of Justice filed charges against 15 protesters on Monday.")
    assert [e for e in doc.events if e.trigger_text == "charges"], events(doc)


def test_charges_whose_dropping_is_coordinated_are_no_charge(code_all):
    # "the release and dropping of charges": "of" hangs on "release" and reaches "dropping" too
    doc = code_all(
        "The students demanded the release and dropping of charges against 40 protesters "
        "arrested by Serbian police in Belgrade."
    )
    assert not [e for e in doc.events if e.trigger_text == "charges"], events(doc)
    doc = code_all("Serbian police filed charges against 40 protesters in Belgrade on Monday.")
    assert [e for e in doc.events if e.trigger_text == "charges"], events(doc)


def test_what_someone_needs_to_win_is_no_appeal(code_all):
    doc = code_all(
        "Democrats need to win the nationwide popular vote by at least 8 points in November, "
        "according to Sarah Jones, an elections expert at Georgetown University."
    )
    assert not [e for e in doc.events if e.trigger_text == "win"], events(doc)


def test_an_inquiry_into_allegations_against_the_denier_is_answered(code_all):
    doc = code_all(
        "The House of Representatives Ethics Committee said on Tuesday it was investigating "
        "allegations of sexual harassment against U.S. Representative Tom Baxter. Baxter has "
        "denied the allegations."
    )
    denials = [e for e in doc.events if e.code == "016"]
    assert denials and all(e.target_actor for e in denials), events(doc)
