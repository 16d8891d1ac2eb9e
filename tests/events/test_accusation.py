"""A speaker's accusation told as a wrong or hostile act of the accused (issue #9 accuse40): on
by default for the wrongs by code (a reported ceasefire violation is the speaker's 112 naming the
act); the hostile roots measured and off (a reported bombing, when they are on); a negated speech
verb, an act in a relative clause, a modal act, a reporter's narration, a state's lawful act and
the speaker's own state give none. And the lexicon's speech-act accusations: a purpose clause on
the verb, a "whether" clause."""

from __future__ import annotations

from functools import partial

import pytest

from redline.events import coder
from redline.events.accusation import (
    ACCUSED_ROOTS,
    _not_wrongful,
    _types,
    accusation_events,
)
from redline.model import Event

# our own sentences
VIOLATED = (
    "WASHINGTON (Reuters) - \u201cThe Syrian government has violated the ceasefire,\u201d a U.S. "
    "State Department spokeswoman said on Tuesday."
)
BOMBED = (
    "WASHINGTON (Reuters) - The U.S. State Department said on Monday that Syrian government "
    "forces had bombed a hospital in the northern province of Idlib."
)
NOT_SAID = (
    "WASHINGTON (Reuters) - The U.S. State Department did not say that Syrian government "
    "forces had bombed a hospital in the northern province of Idlib."
)
# the act in a relative clause, said as a possibility, and asked: news, a forecast, a question
RELATIVE = (
    "WASHINGTON (Reuters) - The U.S. State Department said on Monday that it was studying a "
    "report about a hospital which Syrian government forces had bombed in Idlib."
)
MODAL = (
    "WASHINGTON (Reuters) - The U.S. State Department said on Monday that Syrian government "
    "forces would bomb the hospitals of Idlib."
)
ASKED = (
    'WASHINGTON (Reuters) - A State Department spokesman asked on Monday: "Have Syrian '
    'government forces bombed the hospital in Idlib?"'
)


@pytest.fixture
def hostile_roots(monkeypatch):
    """The rule with the hostile roots on (measured, off by default)."""
    monkeypatch.setattr(coder, "accusation_events", partial(accusation_events, roots=ACCUSED_ROOTS))


def _code(text: str, accusations: bool):
    from redline.clean import clean_document
    from redline.events.coder import make_event_coder
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline
    from redline.stages import _book

    pipeline = Pipeline(workers=1)
    pipeline.load()
    coder = make_event_coder(book=_book(pipeline.config), accusations=accusations)
    pipeline.replace_stage("events", coder)
    raw = RawDocument(source="<t>", text=text, published="2021-03-22")
    return pipeline(clean_document(raw))


def _accusations(doc) -> list[Event]:
    return [e for e in doc.events if (e.rule or "").startswith("accusation:")]


def test_reported_violation_is_the_speakers_accusation():
    doc = _code(VIOLATED, accusations=True)
    found = _accusations(doc)
    assert found, [(e.code, e.rule) for e in doc.events]
    event = found[0]
    assert event.code == "112" and "of 196 'violated'" in (event.rule or "")
    assert (event.source_actor or "").startswith("USA")
    assert (event.target_actor or "").startswith("SYR")
    assert doc.text[event.trigger_start : event.trigger_end] == "violated"


def test_switch_off():
    assert not _accusations(_code(VIOLATED, accusations=False))


def test_hostile_roots_are_off_by_default():
    assert not _accusations(_code(BOMBED, accusations=True))


def test_reported_attack_is_the_speakers_accusation(hostile_roots):
    doc = _code(BOMBED, accusations=True)
    acts = [e for e in doc.events if e.root_code in ("18", "19")]
    assert any((e.source_actor or "").startswith("SYR") for e in acts)  # the act it reads
    found = _accusations(doc)
    assert found, [(e.code, e.rule) for e in doc.events]
    event = found[0]
    assert event.code == "112"
    assert (event.source_actor or "").startswith("USA")
    assert (event.target_actor or "").startswith("SYR")
    assert "bombed" in (event.rule or "") and event.trigger_text == "bombed"
    assert doc.text[event.trigger_start : event.trigger_end] == "bombed"


def test_negated_speech_verb_gives_no_accusation(hostile_roots):
    assert not _accusations(_code(NOT_SAID, accusations=True))


def _act(doer: str, code: str) -> Event:
    return Event(
        start=0, end=1, text="x", code=code, root_code=code[:2], name="", source_actor=doer
    )


def test_types_are_the_role_triples():
    assert _types("USAGOVMIL") == {"GOV", "MIL"}
    assert _types("SYR") == set()
    assert _types("IGOUNO") == set()


def test_what_is_not_an_accusation():
    assert _not_wrongful(_act("SYRMIL", "190"), "USAMED") == "a reporter's narration"
    assert _not_wrongful(_act("USAJUD", "173"), "USALEG") == "a state's lawful act"
    assert _not_wrongful(_act("USAMIL", "190"), "USAGOV") == "the speaker's own state"
    assert _not_wrongful(_act("SYRMIL", "190"), "USAGOV") is None
    assert _not_wrongful(_act("USAREB", "190"), "USAGOV") is None


def test_act_in_a_relative_clause_is_no_accusation(hostile_roots):
    doc = _code(RELATIVE, accusations=True)
    assert any(e.trigger_text == "bombed" for e in doc.events)  # the act is coded
    assert not _accusations(doc)


def test_modal_or_asked_act_is_no_accusation(hostile_roots):
    assert not _accusations(_code(MODAL, accusations=True))
    assert not _accusations(_code(ASKED, accusations=True))


# the lexicon's speech-act accusations (speech.yml: the speaker accuses the clause's subject)
PURPOSED = [
    "BERLIN (Reuters) - German intelligence officials said in May that Moscow had meddled in the "
    "2017 German federal election to discredit Chancellor Angela Merkel's conservative party.",
    "PARIS (Reuters) - French officials said last year that Russia had meddled in the "
    "presidential campaign to discredit Emmanuel Macron's centrist rival, Francois Fillon.",
]
ASKED_WHETHER = [
    "WASHINGTON (Reuters) - Democratic Senator Mark Warner said the committee would decide "
    "whether President Donald Trump's campaign colluded with Russia.",
    "WASHINGTON (Reuters) - Senator Mark Warner said investigators were trying to establish "
    "whether Russia interfered in the vote to help the president.",
    "WASHINGTON (Reuters) - Senator Mark Warner said the panel would examine whether the Kremlin "
    "was complicit in the hacking of Democratic Party emails.",
]


def test_speech_act_with_a_purpose_clause_needs_no_object():
    """ "said Moscow had meddled in the election to discredit X": the purpose clause the parser
    hangs on the verb does not make the accusation a bare transitive verb lacking its object."""
    for text in PURPOSED:
        doc = _code(text, accusations=False)
        found = [e for e in doc.events if e.code == "112" and e.trigger_text == "meddled"]
        assert found, text
        assert (found[0].target_actor or "").startswith("RUS")
        assert (found[0].source_actor or "")[:3] in ("DEU", "FRA")


def test_speech_act_asked_in_a_whether_clause_is_no_accusation():
    for text in ASKED_WHETHER:
        doc = _code(text, accusations=False)
        assert not [e for e in doc.events if e.root_code == "11"], text
