"""Wrong kinds read on unseen BBC articles (issues #9/#10 graph22), fixed for the phrasing: a
pronoun called untrue is a claim, an "if you look at" preface is no condition, a courtesy title
and surname is the text's person, and a plural pronoun takes the people joined by "and". The
sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The French foreign minister flew to Iran last week. Asked whether he had promised to lift "
        'sanctions, he said: "The story that I made such a promise is absurd. It\'s untrue."',
        "Reporters asked the Turkish president about the pipeline deal with Iran. "
        '"That is complete nonsense," he said.',
        "Reporters asked the Turkish foreign minister about arms sales to Iran on Monday. "
        '"This is a lie," he said.',
    ],
)
def test_a_pronoun_called_untrue_is_a_claim_not_a_country(code_all, text):
    doc = code_all(text)
    denials = [e for e in doc.events if e.rule.startswith("evaluative:deny")]
    assert denials, events(doc)
    assert all(e.code == "016" and e.target_actor != "IRN" for e in denials), events(doc)


def test_a_named_untruth_keeps_its_target(code_all):
    # the naming rule is untouched: "called the president a liar" still judges the president
    doc = code_all("The opposition leader called the Iranian president a liar on Tuesday.")
    assert any(e.target_actor and e.target_actor.startswith("IRN") for e in doc.events), events(doc)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            'The party leader told the newspaper: "If you look at my record, I criticise the prime '
            'minister on policy."',
            "criticise",
        ),
        (
            '"If you ask me, the Kremlin attacked Ukraine to distract its own people," the '
            "senator said.",
            "attacked",
        ),
        (
            '"If you think about it, Russia has threatened Poland for years," the minister said.',
            "threatened",
        ),
    ],
)
def test_an_if_you_look_preface_is_no_condition(code_all, text, trigger):
    doc = code_all(text)
    hits = [e for e in doc.events if e.trigger_text == trigger]
    assert hits and not any(e.conditional for e in hits), events(doc)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('"If Russia attacks Poland, we will respond," the minister said.', "attacks"),
        ('"If you attack our ships, we will sink yours," the Iranian commander said.', "attack"),
    ],
)
def test_a_real_condition_stays_conditional(code_all, text, trigger):
    doc = code_all(text)
    hits = [e for e in doc.events if e.trigger_text == trigger]
    assert hits and all(e.conditional for e in hits), events(doc)


def test_a_titled_surname_is_the_person_the_text_names(code_all):
    doc = code_all(
        "Scotland's first minister, Jack McConnell, gave a statement to the Scottish Parliament "
        "on Wednesday about the earthquake. He offered Scotland's sympathy to the victims in "
        "Turkey. Mr McConnell praised the Turkish rescue teams."
    )
    coded = [e for e in doc.events if e.trigger_text in ("offered", "praised")]
    assert len(coded) == 2, events(doc)
    assert all((e.source_actor or "").startswith("GBR") for e in coded), events(doc)


def test_the_books_person_named_in_full_keeps_the_titled_surname(code_all):
    doc = code_all(
        "Senate leader Mitch McConnell met Chinese officials on Monday. Mr McConnell "
        "criticised China over its trade policy."
    )
    hits = [e for e in doc.events if e.trigger_text == "criticised"]
    assert hits and hits[0].source_actor == "USALEG", events(doc)


@pytest.mark.parametrize(
    ("text", "trigger", "sides", "side"),
    [
        (
            "Vladimir Putin and Xi Jinping met in Beijing. They criticised the United States "
            "over its trade policy.",
            "criticised",
            {"RUSGOV", "CHNGOV"},
            "source",
        ),
        (
            "The Israeli prime minister and the Palestinian president met in Egypt on Tuesday. "
            "Protesters later accused them of betraying the refugees.",
            "accused",
            {"ISRGOV", "PSEGOV"},
            "target",
        ),
    ],
)
def test_they_takes_the_people_joined_by_and(code_all, text, trigger, sides, side):
    doc = code_all(text)
    found = {getattr(e, f"{side}_actor") for e in doc.events if e.trigger_text == trigger}
    assert found == sides, events(doc)


def test_them_is_never_its_own_verbs_subject(code_all):
    doc = code_all(
        "Ukrainian officials met the Hungarian and Slovak envoys in Kyiv. "
        "The envoys urged them to drop the new language law."
    )
    hits = [e for e in doc.events if e.trigger_text == "urged"]
    assert hits and all(e.source_actor != e.target_actor for e in hits), events(doc)


@pytest.mark.parametrize(
    ("text", "news"),
    [
        ("It comes as European regulators investigate the merger of the two airlines.", True),
        ("It came a day after Washington blacklisted three Chinese banks.", True),
        ("It came under fire from Kurdish forces on Tuesday.", False),
        ("It follows a policy of strict neutrality.", False),
    ],
)
def test_it_comes_as_is_the_news_not_an_actor(nlp, text, news):
    from redline.events.arguments import _news_it

    assert _news_it(nlp(text)[0]) is news


@pytest.mark.parametrize(
    "text",
    [
        "The German defence ministry said the deputy minister was responsible for all "
        "procurement decisions.",
        "The bank said its former chief was responsible for hiring decisions in the London office.",
    ],
)
def test_a_remit_of_decisions_is_no_blame(code_all, text):
    doc = code_all(text)
    assert not [e for e in doc.events if e.code == "112"], events(doc)


def test_responsible_for_an_attack_stays_blame(code_all):
    doc = code_all(
        "Investigators concluded that the Syrian government was responsible for the attack."
    )
    assert [e for e in doc.events if e.code == "112"], events(doc)


@pytest.mark.parametrize(
    ("text", "expletive"),
    [
        ("It is said that the senator met Russian officials in Moscow.", True),
        ("It was alleged that the army had shelled the village.", True),
        ("It is understood that Iran has agreed to the talks.", True),
        ("It was founded in 1949 and now has 32 members.", False),
    ],
)
def test_it_is_said_that_stands_for_the_clause(nlp, text, expletive):
    from redline.events.arguments import _expletive

    assert _expletive(nlp(text)[0]) is expletive


@pytest.mark.parametrize(
    "text",
    [
        "The finance minister also rejects a suggestion that he had once told fellow board "
        "members that the bank was unaware of the fraud.",
        "The Pentagon chief dismissed the idea that the troops were leaving Syria before the "
        "election.",
        "The senator rejected the idea the new treaty would weaken American sovereignty.",
    ],
)
def test_rejecting_a_suggestion_that_is_a_denial(code_all, text):
    doc = code_all(text)
    hits = [e for e in doc.events if e.trigger_text in ("rejects", "rejected", "dismissed")]
    assert hits and all(e.code == "016" for e in hits), events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Israel rejected the idea of a ceasefire with Hamas.",
        "The president rejected a suggestion from France to delay the summit.",
    ],
)
def test_rejecting_a_proposal_stays_a_rejection(code_all, text):
    doc = code_all(text)
    hits = [e for e in doc.events if e.trigger_text == "rejected"]
    assert hits and all(e.code.startswith("12") for e in hits), events(doc)


def test_dismissing_suggestions_of_wrongdoing_stays_a_denial(code_all):
    doc = code_all("The minister dismissed any suggestions of collusion with Moscow.")
    hits = [e for e in doc.events if e.trigger_text == "dismissed"]
    assert hits and all(e.code == "016" for e in hits), events(doc)
