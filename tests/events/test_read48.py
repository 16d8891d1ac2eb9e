"""What the lead saw reading unseen Wikinews campaign pages in the thirty-ninth round (issue #9):
"railed against the rioters" and "expressed dissatisfaction with" someone coded as nothing; "said
Bolton broke the law" no accusation; "received further media scrutiny" read as a visit both ways;
"predicted Trump would lose and asked voters to ..." giving the asking to Trump. The sentences
are our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "code", "source", "target"),
    [
        (
            "President Donald Trump railed against the rioters at a rally in Tulsa on Saturday.",
            "railed",
            "111",
            "USA",
            "",
        ),
        (
            "Chinese Premier Li Keqiang inveighed against Japan's defence budget on Friday.",
            "inveighed",
            "111",
            "CHN",
            "JPN",
        ),
        (
            "French President Emmanuel Macron expressed dissatisfaction with Germany over the "
            "delay.",
            "expressed",
            "110",
            "FRA",
            "DEU",
        ),
    ],
)
def test_criticism_by_a_verb_of_speech(code_text, text, trigger, code, source, target):
    doc = code_text(text)
    events = by_trigger(doc, trigger)
    assert events, seen(doc)
    event = events[0]
    assert event.code == code, event
    assert (event.source_actor or "").startswith(source), event
    assert (event.target_actor or "").startswith(target), event
    assert doc.text[event.start : event.end] == text


def test_said_to_have_broken_the_law_is_accused(code_text):
    text = "President Donald Trump said Chinese hackers broke the law by stealing the files."
    doc = code_text(text)
    broke = by_trigger(doc, "broke")
    assert broke, seen(doc)
    assert broke[0].code == "112", broke[0]
    assert (broke[0].source_actor or "").startswith("USA"), broke[0]
    assert (broke[0].target_actor or "").startswith("CHN"), broke[0]


def test_own_law_breaking_denied_is_no_accusation(code_text):
    doc = code_text('"I never broke the law," the Russian governor told reporters in Moscow.')
    assert not [e for e in by_trigger(doc, "broke") if e.code == "112"], seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "French President Emmanuel Macron received further media scrutiny when he appeared on "
        "the show.",
        "The German chancellor got little attention from the British press during the visit.",
    ],
)
def test_attention_received_is_no_visit(code_text, text):
    doc = code_text(text)
    visits = [e for e in doc.events if e.code.startswith("04")]
    assert not visits, seen(doc)


def test_past_conjunct_of_a_modal_verb_is_the_sayers(code_text):
    text = (
        "Green Party nominee Howie Hawkins predicted President Donald Trump would lose in a "
        "landslide and urged voters to back the party."
    )
    doc = code_text(text)
    urged = by_trigger(doc, "urged")
    assert urged, seen(doc)
    assert urged[0].source_text != "President Donald Trump", urged[0]
    assert "Trump" not in (urged[0].source_text or ""), urged[0]


def test_denial_answers_no_accusation_of_another_named_countryman(code_text):
    doc = code_text(
        "Senate Democrats expressed dissatisfaction with John Bolton over his refusal to "
        "testify. President Donald Trump described the story as a hoax."
    )
    denials = [e for e in doc.events if e.code == "016"]
    assert denials, seen(doc)
    assert not (denials[0].target_actor or "").endswith("LEG"), denials[0]


def test_denial_answers_the_accusation_of_the_denier(code_text):
    doc = code_text(
        "Senate Democrats accused President Donald Trump of obstructing the investigation. "
        "Trump has denied any wrongdoing."
    )
    denials = [e for e in doc.events if e.code == "016"]
    assert denials, seen(doc)
    assert (denials[0].target_actor or "").endswith("LEG"), denials[0]
