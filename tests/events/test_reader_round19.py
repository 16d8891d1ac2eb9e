"""Wrong outputs read on twelve unseen BBC politics and business articles (issue #9 read19),
fixed for the phrasing; the sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The Foreign Ministry denied reports that Russian troops had attacked Georgian "
            "villages on Sunday.",
            "attacked",
        ),
        ("The Pakistani army denied that its soldiers had fired on Indian positions.", "fired"),
        ("Mr Putin denied he had threatened Ukraine with military action.", "threatened"),
        (
            "The chancellor's office dismissed reports he had met the Iranian ambassador.",
            "met",
        ),
        (
            "Officials said it was wrong to suggest that China would impose sanctions on Japan.",
            "impose",
        ),
        (
            "They were wrong when they said Israeli jets had bombed the convoy in Syria.",
            "bombed",
        ),
    ],
)
def test_what_a_denial_answers_is_no_event(code_all, text, trigger):
    doc = code_all(text)
    assert not [e for e in doc.events if e.trigger_text == trigger], events(doc)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # told as happening, not denied
        ("There were reports that Russian troops had attacked Georgian villages.", "attacked"),
        ("The minister did not deny that Israeli jets had struck targets in Syria.", "struck"),
        ("The army denied the report and said its troops had attacked rebels.", "attacked"),
    ],
)
def test_what_is_not_denied_stays(code_all, text, trigger):
    doc = code_all(text)
    assert [e for e in doc.events if e.trigger_text == trigger], events(doc)


def test_a_second_denial_joined_on_is_its_own(code_all):
    doc = code_all(
        "China denies allegations by Japanese officials that it hacked the ministry and "
        "President Xi Jinping denies any involvement."
    )
    denials = [e for e in doc.events if e.code == "016"]
    assert len(denials) == 2, events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister admitted to a sense of frustration about the rumours.",
        "The coach admitted some disappointment after the defeat.",
    ],
)
def test_a_feeling_admitted_acknowledges_nothing(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "015"], events(doc)


def test_an_act_admitted_stays(code_all):
    doc = code_all("The minister admitted that his office had misled parliament.")
    assert [e for e in doc.events if e.code == "015"], events(doc)


def test_a_boost_given_is_no_yielding(code_all):
    doc = code_all("The trade deal will give a huge boost to Egyptian textile exports.")
    assert not [e for e in doc.events if e.trigger_text == "give"], events(doc)


def test_tearing_into_plans_criticises(code_all):
    doc = code_all("The home secretary tore into the opposition's immigration plans on Tuesday.")
    found = [e for e in doc.events if e.trigger_text == "tore"]
    assert found and found[0].code == "111", events(doc)


def test_troops_tearing_into_a_town_assault_it(code_all):
    doc = code_all("Government troops tore into the rebel-held town at dawn.")
    found = [e for e in doc.events if e.trigger_text == "tore"]
    assert found and found[0].code == "190", events(doc)


def test_going_on_to_act_is_done(code_all):
    doc = code_all(
        "The Labour chairman spoke to reporters, then went on to tear into the "
        "Conservative leader's tax plans."
    )
    found = [e for e in doc.events if e.trigger_text == "tear"]
    assert found and not found[0].conditional, events(doc)


def test_heaping_praise_praises(code_all):
    doc = code_all("The president heaped praise on the Japanese prime minister during the visit.")
    found = [e for e in doc.events if e.code == "051"]
    assert found and found[0].target_actor.startswith("JPN"), events(doc)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Thousands of protesters in London opposed the war in Iraq.", None),
        ("The minister condemned Russia's war in Ukraine.", "RUS"),
        ("Protesters in Paris denounced the war against Iraq.", "IRQ"),
    ],
)
def test_the_place_a_war_is_fought_in_is_not_opposed(code_all, text, target):
    doc = code_all(text)
    found = [e for e in doc.events if e.root_code == "11"]
    assert all((e.target_actor or "")[:3] == (target or "") for e in found), events(doc)


def test_claims_made_by_someone_are_his(code_all):
    doc = code_all(
        "Labour ministers ridiculed the claims made on Monday by French President Jacques "
        "Chirac that Britain could save billions."
    )
    found = [e for e in doc.events if e.trigger_text == "ridiculed"]
    assert found and (found[0].target_actor or "").startswith("FRA"), events(doc)


def test_a_bill_backed_by_someone_is_not_his(code_all):
    doc = code_all("Senators praised the tax bill backed by President Donald Trump on Monday.")
    found = [e for e in doc.events if e.trigger_text == "praised"]
    assert found and not any("('by' phrase)" in e.rule for e in found), events(doc)


def test_a_name_set_off_after_the_object_is_the_object(code_all):
    doc = code_all(
        "The president told reporters on Friday, and went on to accuse his Democratic rival "
        "in the 2016 campaign, Hillary Clinton, of having lied."
    )
    found = [e for e in doc.events if e.trigger_text == "accuse"]
    assert found and (found[0].target_actor or "").startswith("USA"), events(doc)
    assert "the name after it" in found[0].rule, events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The hospital has suspended plans to stop treating patients from Wales.",
        "Britain and France took the lead in trying to halt the Iranian nuclear programme.",
    ],
)
def test_an_unowned_plan_halted_is_no_rejection(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "120"], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Parliament suspended the government's plan to sell the port.",
        "A federal judge in Hawaii blocked the administration's latest travel ban on Tuesday.",
    ],
)
def test_another_s_measure_halted_is_rejected(code_all, text):
    doc = code_all(text)
    assert [e for e in doc.events if e.code == "120"], events(doc)


def test_a_party_word_modifying_plans_is_not_they(code_all):
    doc = code_all(
        "Along with the work secretary and the health minister, he then went on to tear into "
        "the Tory plans to scrap the welfare-to-work scheme. And they ridiculed the claims "
        "made on Monday by the French president."
    )
    found = [e for e in doc.events if e.trigger_text == "ridiculed"]
    assert not any((e.source_actor or "").endswith("OPP") for e in found), events(doc)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "The foreign minister said the talks were useful and urged Iran to allow the "
            "inspectors back.",
            "urged",
            "foreign minister",
        ),
        (
            "The senator said the agency was corrupt and accused the president of a cover-up.",
            "accused",
            "senator",
        ),
    ],
)
def test_the_reporter_goes_on_to_act(code_all, text, trigger, source):
    doc = code_all(text)
    found = [e for e in doc.events if e.trigger_text == trigger]
    assert found and source in (found[0].source_text or "").lower(), events(doc)


def test_the_reported_subject_still_acts_in_a_deed(code_all):
    doc = code_all("The minister said the army was strong and attacked the rebels in the north.")
    found = [e for e in doc.events if e.trigger_text == "attacked"]
    assert not found or "army" in (found[0].source_text or ""), events(doc)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The union called for talks with the government over pensions.", None),
        ("The prime minister called a meeting of his cabinet.", None),
        ("The rebels called off talks with the government on Sunday.", "164"),
        ("The president called off the summit at the last minute.", "164"),
    ],
)
def test_calling_cancels_only_with_off(code_all, text, code):
    doc = code_all(text)
    found = [e for e in doc.events if e.trigger_text == "called" and e.code == "164"]
    assert bool(found) == (code is not None), events(doc)
