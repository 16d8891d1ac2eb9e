"""What the lead saw reading unseen BBC business and technology stories in the fortieth round
(issue #9): "rejected a takeover offer from Deutsche Boerse" coded with no one rejected, and in
"an MEP warned that if the Commission ignored the request it would be an insult", the "it"
taken for the MEP, who became the target of his own criticism. The sentences are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

from hand_parse import hand_parsed

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        (
            "The London Stock Exchange said on Monday it had rejected a takeover offer from "
            "Deutsche Boerse.",
            "rejected",
            "GBR",
            "DEU",
        ),
        (
            "Japan rejected a proposal from China for joint patrols in the disputed waters.",
            "rejected",
            "JPN",
            "CHN",
        ),
    ],
)
def test_rejecting_what_came_from_someone_rejects_them(code_text, text, trigger, source, target):
    doc = code_text(text)
    events = by_trigger(doc, trigger)
    assert events, seen(doc)
    event = events[0]
    assert event.code.startswith("12"), event
    assert (event.source_actor or "").startswith(source), event
    assert (event.target_actor or "").startswith(target), event
    assert doc.text[event.target_start : event.target_end] == event.target_text


@pytest.mark.parametrize(
    ("first", "sayer"),
    [
        # a titled name the tagger left untagged is a person's: "it" is not the sayer
        (["Green", "MEP", "Joost", "Lagendijk"], None),
        # a body is its own "it"
        (["The", "stock", "market", "operator"], "operator"),
    ],
)
def test_it_is_no_titled_speaker(nlp, first, sayer):
    from redline.events.arguments import _reporting_subject

    rest = ["warned", "that", "it", "would", "be", "an", "insult", "."]
    words = first + rest
    heads = [3, 3, 3, 4, 4, 8, 8, 8, 4, 10, 8, 4]
    deps = ["compound", "compound", "compound", "nsubj", "ROOT", "mark", "nsubj", "aux",
            "ccomp", "det", "attr", "punct"]  # fmt: skip
    if first[0] == "The":
        deps[0] = "det"
    tags = ["NNP"] * 4 + ["VBD", "IN", "PRP", "MD", "VB", "DT", "NN", "."]
    if first[0] == "The":
        tags[:4] = ["DT", "NN", "NN", "NN"]
    lemmas = [w.lower() for w in first] + ["warn", "that", "it", "would", "be", "an", "insult", "."]
    doc = hand_parsed(
        words, heads, deps, nlp=nlp, tags=tags, lemmas=lemmas, tag_pos={"VB": "AUX", "IN": "SCONJ"}
    )
    found = _reporting_subject(doc[6])
    assert (found.text if found is not None else None) == sayer


def test_a_body_named_after_a_city_is_of_its_country(code_text):
    text = (
        "Shanghai Automotive Industry Corp plans to build the car in China, people close to the "
        "talks said. SAIC said none of its money would go to the owners. The British carmaker "
        "and SAIC signed a technology-sharing agreement in August."
    )
    doc = code_text(text)
    signed = by_trigger(doc, "signed")
    assert signed, seen(doc)
    sides = {(e.source_actor or "")[:3] + ">" + (e.target_actor or "")[:3] for e in signed}
    assert "CHN>GBR" in sides and "GBR>CHN" in sides, signed
    for event in signed:
        for start, end, text_ in (
            (event.source_start, event.source_end, event.source_text),
            (event.target_start, event.target_end, event.target_text),
        ):
            assert doc.text[start:end] == text_


@pytest.mark.parametrize(
    ("text", "trigger", "pair"),
    [
        (
            "Armenia and Azerbaijan accused each other of breaking the truce on Sunday.",
            "accused",
            {"ARM", "AZE"},
        ),
        (
            "India and Pakistan held talks on trade in Islamabad. Both countries eased travel "
            "restrictions last year.",
            "eased",
            {"IND", "PAK"},
        ),
        (
            "Russia and Ukraine met in Istanbul on Tuesday. Both sides withdrew troops from the "
            "front line afterwards.",
            "withdrew",
            {"RUS", "UKR"},
        ),
    ],
)
def test_a_pair_acts_on_each_other(code_text, text, trigger, pair):
    doc = code_text(text)
    events = by_trigger(doc, trigger)
    assert events, seen(doc)
    directions = {((e.source_actor or "")[:3], (e.target_actor or "")[:3]) for e in events}
    a, b = sorted(pair)
    assert directions == {(a, b), (b, a)}, events


def test_a_pair_yields_nothing_to_each_other_when_it_names_whom(code_text):
    text = (
        "Russia and Ukraine met in Istanbul on Tuesday. Both sides released prisoners held by "
        "Turkey."
    )
    doc = code_text(text)
    for event in by_trigger(doc, "released"):
        assert (event.target_actor or "")[:3] not in ("RUS", "UKR"), event


@pytest.mark.parametrize(
    "text",
    [
        "Sony released Microsoft's upgrade tool for free on Tuesday.",
        "The company said it releases Google's security patches every month.",
    ],
)
def test_software_released_is_no_release_of_persons(code_text, text):
    doc = code_text(text)
    assert not [e for e in doc.events if e.code == "0841"], seen(doc)


def test_an_apposition_does_not_reach_across_the_clause(code_text):
    text = (
        "The new tunnel has the support of the Mayor of London, Ken Livingstone, business groups "
        "and the government, but there have been three years of arguments over its cost."
    )
    doc = code_text(text)
    for event in doc.events:
        # the tunnel is no one, and the supporters do not support each other
        assert event.target_actor is None or "tunnel" not in (event.target_text or ""), event
        assert "groups" not in (event.target_text or ""), event


def test_a_two_word_company_by_its_two_capitals(code_text):
    text = (
        "Deutsche Telekom said on Monday it would cut 600 jobs in Bonn. DT blamed the German "
        "government for higher taxes on its network."
    )
    doc = code_text(text)
    blamed = by_trigger(doc, "blamed")
    assert blamed, seen(doc)
    assert (blamed[0].source_actor or "").startswith("DEU"), blamed[0]
    start, end = blamed[0].source_start, blamed[0].source_end
    assert doc.text[start:end] == blamed[0].source_text == "DT"
