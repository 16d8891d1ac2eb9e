"""Fifteenth round of whole articles read (issue #9, helper "readout15"): wrong events a user
saw on unseen BBC and Wikinews articles, each kind fixed by a general rule; the sentences are our
own, in news phrasing. The word senses ("challenged X to stand down", "a resolution sanctioning
military action", "rescue the bill") are examples in ``senses.yml``, run by
``test_senses_modality.py``."""

from __future__ import annotations

import pytest
from event_views import by_trigger


def events(doc):
    return [
        (e.source_actor, e.code, e.target_actor, e.trigger_text, e.negated, e.conditional)
        for e in doc.events
    ]


@pytest.mark.model
def test_an_act_under_had_before_its_subject_did_not_happen(code_all):
    doc = code_all(
        "The Spanish driver admitted the offence in court and was fined 200 euros - the fine "
        "would have been far larger had he denied the charge."
    )
    assert not by_trigger(doc, "denied"), events(doc)
    # a plain denial stays
    doc = code_all("The Spanish driver denied the charge in court on Monday.")
    assert by_trigger(doc, "denied"), events(doc)


@pytest.mark.model
def test_what_it_would_be_hard_or_possible_to_do_is_not_done(code_all):
    doc = code_all(
        "The French farmers' union said it would be hard for most members to defy the new "
        "law on pesticides."
    )
    assert not by_trigger(doc, "defy"), events(doc)
    doc = code_all(
        "The Italian opposition leader said it would still be possible to rescue the "
        "government by amending the budget in the Senate."
    )
    assert not by_trigger(doc, "rescue"), events(doc)
    # a defiance reported stays
    doc = code_all("Thousands of French farmers defied the new law on pesticides on Monday.")
    assert by_trigger(doc, "defied"), events(doc)


@pytest.mark.model
def test_a_conjunct_with_its_own_subject_is_not_under_fail(code_all):
    doc = code_all(
        'The governor wrote: "The Republicans in Ohio have failed on every front, so now they '
        'are pressuring local prosecutors to investigate me."'
    )
    pressing = by_trigger(doc, "pressuring")
    assert pressing and not any(e.negated for e in pressing), events(doc)
    # what one failed to do stays negated
    doc = code_all("The Ohio Republicans failed to pressure local prosecutors on Monday.")
    pressing = by_trigger(doc, "pressure")
    assert pressing and all(e.negated for e in pressing), events(doc)


@pytest.mark.model
def test_making_up_ones_mind_is_no_denial(code_all):
    doc = code_all(
        'The Labour campaign chief said: "I run the campaign and I do not know, and the prime '
        'minister has not made up his mind."'
    )
    assert not any(e.code == "016" for e in doc.events), events(doc)
    # a story called made up is still denied
    doc = code_all("The Kremlin said the accusations against Russia were made up.")
    assert any(e.code == "016" for e in doc.events), events(doc)


@pytest.mark.model
def test_a_war_named_by_its_place_is_not_that_country(code_all):
    doc = code_all("Thousands of people demonstrated in Madrid against plans for the Iraq war.")
    assert all(e.target_actor != "IRQ" for e in doc.events), events(doc)
    doc = code_all(
        "The British prime minister rejected calls for the publication of legal advice on "
        "the legality of the Iraq war."
    )
    assert all(e.target_actor != "IRQ" for e in doc.events), events(doc)
    # a possessor names who wages it
    doc = code_all("The Pope condemned Russia's war on Monday.")
    assert any((e.target_actor or "").startswith("RUS") for e in doc.events), events(doc)


@pytest.mark.model
def test_they_in_a_quote_is_not_the_speakers_own_country(code_all):
    doc = code_all(
        "President Hassan Rouhani of Iran spoke at a military parade in Tehran on Sunday. "
        '"If they really seek security in the region, they must not send more warships to the '
        'Gulf," Rouhani said.'
    )
    assert all(e.target_actor != "IRN" for e in doc.events), events(doc)


@pytest.mark.model
def test_a_news_outlet_told_is_not_they(code_all):
    doc = code_all(
        "Jane Porter, of the Scottish Ramblers' Association, told BBC News: \"We have long "
        'urged them to open the paths to walkers."'
    )
    urged = by_trigger(doc, "urged")
    assert all(not (e.target_actor or "").endswith("MED") for e in urged), events(doc)


@pytest.mark.model
def test_it_is_wrong_for_x_to_judges_x(code_all):
    doc = code_all(
        'The American president shared the videos on Wednesday. "It is wrong for the president '
        'to have done this," a spokesman for the German chancellor said.'
    )
    wrong = by_trigger(doc, "wrong")
    assert wrong and all("the one it is for" in (e.rule or "") for e in wrong), events(doc)


@pytest.mark.model
def test_who_acted_in_blaming_and_after_an_expletive_clause(code_all):
    doc = code_all(
        "The United States was quick in blaming Iran for the attack on the Norwegian tanker."
    )
    blamed = by_trigger(doc, "blaming")
    assert blamed and all((e.source_actor or "").startswith("USA") for e in blamed), events(doc)
    doc = code_all(
        "Spain's foreign minister said it was not possible to overstate the importance of the "
        "vote and urged Morocco to reopen the border."
    )
    appeals = [e for e in doc.events if e.code.startswith("02")]
    assert appeals, events(doc)
    assert all((e.source_actor or "").startswith("ESP") and not e.negated for e in appeals)


@pytest.mark.model
def test_a_finite_conjunct_is_not_under_its_siblings_appeal(code_all):
    doc = code_all(
        "Britain's foreign secretary urged the embassy to reconsider and spoke with the Iranian "
        "foreign minister by telephone."
    )
    spoke = by_trigger(doc, "spoke")
    assert spoke and not any(e.conditional for e in spoke), events(doc)
