"""Business news read unseen (issue #9, lead's read51): what a content clause of a noun says
past its subject names no side of the event ("settle charges that it helped clients in Iran
evade sanctions"); a topic discussed with no one named is no meeting, so the trip it was
discussed on is the event. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import coded_at_any_confidence, events, offsets_hold

pytestmark = pytest.mark.model


def test_a_content_clause_past_its_subject_is_no_side(code_text):
    doc = coded_at_any_confidence(
        code_text,
        "The bank paid $40m to settle charges that it helped clients in Iran evade sanctions.",
    )
    settled = [e for e in doc.events if e.trigger_text == "settle"]
    assert settled, events(doc)
    assert all(e.target_actor != "IRN" for e in settled), events(doc)
    offsets_hold(doc)


def test_the_subject_of_a_content_clause_is_still_read(code_text):
    doc = coded_at_any_confidence(
        code_text, "The senator rejected rumours that Obama would sign the bill."
    )
    rejected = [e for e in doc.events if e.trigger_text == "rejected"]
    assert any((e.target_actor or "").startswith("USA") for e in rejected), events(doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Japan's trade minister discussed the pipeline project during a trip to Moscow"
            " last month.",
            ("JPN", "RUS"),
        ),
        (
            "Brazil's finance minister discussed the debt talks during a visit to Beijing"
            " on Tuesday.",
            ("BRA", "CHN"),
        ),
    ],
)
def test_a_topic_discussed_on_a_trip_leaves_the_trip_an_event(code_text, text, pair):
    doc = code_text(text)
    visits = [e for e in doc.events if e.code == "042"]
    assert any(
        (e.source_actor or "")[:3] == pair[0] and (e.target_actor or "")[:3] == pair[1]
        for e in visits
    ), events(doc)
    offsets_hold(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The German chancellor discussed the crisis with Macron during a visit to Paris on Monday.",
        "Japan's trade minister met Putin during a trip to Moscow last month.",
    ],
)
def test_a_meeting_on_a_trip_stays_the_event(code_text, text):
    doc = code_text(text)
    assert not [e for e in doc.events if e.code == "042"], events(doc)
    assert [e for e in doc.events if e.code.startswith("04")], events(doc)


# -- "the division was charged with drawing up plans": a task given, no charge brought --------


def test_a_body_charged_with_doing_something_is_given_a_task(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - The new cyber security division was charged with drawing up"
        " plans to protect US government networks, officials said on Monday."
    )
    assert not [e for e in doc.events if e.code.startswith("17")], events(doc)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - The company was charged with hiding losses from investors,"
        " prosecutors said on Monday.",
        "WASHINGTON (Reuters) - A former Pentagon official was charged with leaking secrets to"
        " reporters on Monday.",
    ],
)
def test_a_firm_or_a_person_so_charged_is_still_indicted(code_text, text):
    doc = code_text(text)
    assert any(e.code == "173" and e.source_actor == "USAJUD" for e in doc.events), events(doc)
    offsets_hold(doc)


# -- "ordered all existing contracts with foreign firms to be examined": no contract made ------


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered all contracts with foreign oil companies to be reviewed.",
        "Venezuela ordered all existing contracts with foreign firms to be examined.",
    ],
)
def test_an_object_told_to_be_done_to_is_no_contract_made(code_text, text):
    doc = coded_at_any_confidence(code_text, text)
    assert not [e for e in doc.events if e.code == "061"], events(doc)


def test_a_deal_signed_to_build_something_is_still_a_deal(code_text):
    doc = code_text("Egypt signed a contract with Russia to supply fighter jets.")
    assert ("EGY", "RUS") in [
        ((e.source_actor or "")[:3], (e.target_actor or "")[:3]) for e in doc.events
    ], events(doc)
    offsets_hold(doc)


# -- "founded by assassinated former prime minister X": an adjective, no one's act -------------


def test_a_participle_after_a_preposition_names_no_doer(code_text):
    doc = coded_at_any_confidence(
        code_text,
        "Shares in Solidere, the Lebanese property firm founded by assassinated former prime"
        " minister Rafik Hariri, rose 5% on Monday.",
    )
    killed = [e for e in doc.events if e.code.startswith("18")]
    assert all(e.source_actor is None for e in killed), events(doc)
    offsets_hold(doc)


# -- "The Committee to Protect Bloggers": the verb is part of the body's name -------------------


def test_a_verb_inside_a_capitalised_name_is_no_event(code_text):
    doc = coded_at_any_confidence(
        code_text,
        "The Committee to Protect Bloggers named 12 March as a day of action for jailed writers.",
    )
    assert not [e for e in doc.events if e.trigger_text == "Protect"], events(doc)


def test_the_named_body_still_acts(code_text):
    doc = code_text("The Committee to Protect Journalists condemned the arrest of the reporter.")
    assert [e for e in doc.events if e.trigger_text == "condemned"], events(doc)


# -- a ban is no claim a denial answers; a charge is ----------------------------------------------


def test_a_denial_does_not_answer_a_ban(code_text):
    doc = code_text(
        "A US judge barred Gazprom from taking part in the auction on Thursday. Newspapers said"
        " the winner was a front for the gas firm. Gazprom has denied that it is behind the"
        " purchase."
    )
    denials = [e for e in doc.events if e.trigger_text == "denied"]
    assert all(e.target_actor != "USAJUD" for e in denials), events(doc)
    offsets_hold(doc)


def test_a_denial_still_answers_a_charge(code_text):
    doc = code_text(
        "Russian police charged the British businessman with fraud on Monday. The businessman"
        " has denied the charges."
    )
    denials = [e for e in doc.events if e.trigger_text == "denied"]
    assert any(e.target_actor == "RUSCOP" for e in denials), events(doc)


# -- "accused X of crimes, including espionage, insulting Y": the charge, not the accusers' act --


def test_an_item_of_a_charge_list_is_no_act_of_the_accusers(code_text):
    doc = coded_at_any_confidence(
        code_text,
        "Iranian authorities have arrested about 20 online journalists. They accused the blogger"
        " of a string of crimes against the state, including espionage, insulting the founder of"
        " the Islamic Republic, Ayatollah Ruhollah Khomeini, and Supreme Leader Ayatollah Ali"
        " Khamenei.",
    )
    assert not [e for e in doc.events if e.trigger_text == "insulting"], events(doc)
    assert [e for e in doc.events if e.trigger_text == "accused"], events(doc)
    offsets_hold(doc)


# -- "A spokesman for Reporters Without Borders, which ...": the body spoken for, no guess ------


def test_a_spokesman_for_a_named_body_is_that_body_not_the_story_country(code_text):
    doc = code_text(
        "An Iranian court jailed a blogger for ten years on Sunday. Iranian authorities have"
        " blocked access to several blogging sites. A spokesman for Reporters Without Borders,"
        ' which tracks press freedom around the world, described the sentence as "harsh" and'
        " called on Iranian President Hassan Rouhani to work to secure his release."
    )
    called = [e for e in doc.events if e.trigger_text == "called"]
    assert called, events(doc)
    assert all((e.source_actor or "").startswith("NGO") for e in called), events(doc)
    offsets_hold(doc)


# -- "a very big company held by many Lebanese": owned, no one detained -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This is a very big company held by thousands of small investors.",
        "The state holds a 30% stake in the carmaker.",
    ],
)
def test_a_company_or_stake_held_is_owned_not_detained(code_text, text):
    doc = coded_at_any_confidence(code_text, text)
    assert not [e for e in doc.events if e.code == "173"], events(doc)
