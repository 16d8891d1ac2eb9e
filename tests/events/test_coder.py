"""Coder behaviour on sentences written for these tests (news-like, not from any gold set)."""

import pytest

from redline.model import Document, Quote, check_offsets

pytestmark = pytest.mark.model


def events_of(doc, code=None):
    assert check_offsets(doc) == []
    return [e for e in doc.events if code is None or e.code == code]


def pairs(events):
    return {(e.source_actor, e.target_actor) for e in events}


def test_coder_light_verb_frame_codes_sanctions_with_source_and_target(code_with_stand_in):
    doc = code_with_stand_in("The European Union imposed new sanctions on Belarus on Monday.")
    (event,) = events_of(doc, "163")
    assert (event.source_actor, event.target_actor) == ("IGOEUREEC", "BLR")
    assert event.root_code == "16" and event.quad_class == 4 and event.plover == "COERCE"
    assert event.rule.startswith("lexicon:163 ") and "target:pobj(on)" in event.rule
    assert event.text == doc.text and event.trigger_text == "imposed"


def test_coder_passive_voice_takes_source_from_by_agent(code_with_stand_in):
    doc = code_with_stand_in("New sanctions were imposed on Belarus by the European Union.")
    assert pairs(events_of(doc, "163")) == {("IGOEUREEC", "BLR")}
    assert "agent(by)" in events_of(doc, "163")[0].rule


def test_coder_coordinated_subjects_meeting_expand_both_ways(code_with_stand_in):
    doc = code_with_stand_in("Biden and Starmer met in Washington on Friday.")
    assert pairs(events_of(doc, "040")) == {("USAGOV", "GBRGOV"), ("GBRGOV", "USAGOV")}


def test_coder_negated_event_is_kept_and_flagged(code_with_stand_in):
    doc = code_with_stand_in("Germany did not send tanks to Ukraine last year.")
    (event,) = events_of(doc, "072")
    assert event.negated and (event.source_actor, event.target_actor) == ("DEU", "UKR")


def test_coder_if_clause_marks_event_conditional(code_with_stand_in):
    doc = code_with_stand_in("Iran could attack Israel if the talks collapse.")
    (event,) = events_of(doc)
    assert event.root_code == "19" and event.conditional
    assert (event.source_actor, event.target_actor) == ("IRN", "ISR")


def test_coder_reported_speech_records_the_speaker(code_with_stand_in):
    doc = code_with_stand_in("Officials in France said Chad had arrested two French journalists.")
    (event,) = events_of(doc, "173")
    assert event.target_actor == "FRAMED" and event.reported_by


def test_coder_quote_around_sentence_sets_reported_by(code_with_stand_in):
    text = "“Israeli jets carried out air strikes on Gaza overnight,” a spokesman said."
    quote = Quote(start=0, end=text.index("”") + 1, text=text[: text.index("”") + 1],
                  kind="direct", speaker="army spokesman")  # fmt: skip
    doc = code_with_stand_in(text, quotes=[quote])
    (event,) = events_of(doc, "195")
    assert event.reported_by == "army spokesman" and event.source_actor == "ISR"
    assert event.target_actor == "PSEGZA"


def test_coder_pronoun_resolves_to_earlier_person(code_with_stand_in):
    doc = code_with_stand_in("Putin arrived in Minsk on Monday. He criticized NATO on Tuesday.")
    (event,) = events_of(doc, "111")
    assert (event.source_actor, event.target_actor) == ("RUSGOV", "IGOWSTNAT")
    assert "pronoun" in event.rule


def test_coder_announced_cooperation_is_coded_as_intent(code_with_stand_in):
    doc = code_with_stand_in("Japan will send peacekeepers to South Sudan next year.")
    (event,) = events_of(doc)
    assert event.code == "0334" and "intent:" in event.rule
    assert (event.source_actor, event.target_actor) == ("JPN", "SSD")


def test_coder_must_clause_becomes_demand_by_the_speaker(code_with_stand_in):
    doc = code_with_stand_in("France said on Tuesday that Mali must release the hostages.")
    (event,) = events_of(doc)
    assert event.code == "1053" and (event.source_actor, event.target_actor) == ("FRA", "MLI")


def test_coder_announced_refusal_is_coded_as_rejection(code_with_stand_in):
    doc = code_with_stand_in("Poland said it would not supply weapons to Kyiv.")
    (event,) = events_of(doc)
    assert event.root_code == "12" and not event.negated
    assert (event.source_actor, event.target_actor) == ("POL", "UKR")


def test_coder_without_parse_leaves_document_unchanged():
    from redline.events import code_events

    doc = Document(text="Serbia attacked Kosovo.")
    assert code_events(doc).events == []


def test_coder_issue_example_threat_with_conditional_and_embedded_strike(code_text):
    text = (
        "Russian President Vladimir Putin has warned that he will consider the NATO military "
        "alliance to be “at war” with his country if Ukraine is allowed to use U.S.- and "
        "British-supplied long-range missiles to strike Russian territory."
    )
    from redline.events import make_event_coder
    from redline.pipeline import Pipeline

    coder = make_event_coder(min_confidence=0.0)  # the rules, without the filter's threshold
    doc = Pipeline(stages=[("events", coder)])(Document(text=text, published="2024-09-13"))
    threat = [e for e in doc.events if e.code == "138"]
    # the warning was given: its if-clause is what it threatens, so the threat itself is
    # asserted and only the strike it speaks of is conditional
    assert threat and threat[0].source_actor.startswith("RUS") and not threat[0].conditional
    assert threat[0].target_text and "NATO" in threat[0].target_text
    strike = [e for e in doc.events if e.root_code == "19"]
    assert strike and strike[0].conditional and strike[0].target_actor.startswith("RUS")


def test_coder_event_inside_reported_speech_names_its_speaker(code_text):
    text = (
        "Russian President Vladimir Putin has warned that he will consider the NATO military "
        "alliance to be “at war” with his country if Ukraine is allowed to use U.S.- and "
        "British-supplied long-range missiles to strike Russian territory."
    )
    doc = code_text(text, published="2024-09-13")  # the whole pipeline: quotes come first
    strike = [e for e in doc.events if e.root_code == "19"]
    assert strike and strike[0].reported_by == "Vladimir Putin"


# issue #9: match_entry kept a prepositional object only when it was not the entry's object,
# tested with 'is', which two spaCy tokens never are: the object itself came back as the target
def test_coder_prep_target_is_not_the_object_it_brought(nlp):
    from redline.events.coder import match_entry
    from redline.events.lexicon import parse_entries

    appeal, agree = parse_entries(
        {
            "entries": [
                {"code": "023", "verb": ["appeal"], "prep": "for", "object": ["aid"]},
                {"code": "0871", "verb": ["agree"], "prep": "to", "object": ["ceasefire"],
                 "target": "none"},
            ]
        },
        "test",
        {},
    )  # fmt: skip
    doc = nlp("The United Nations appealed on Monday for food aid for Yemen.")
    match = match_entry(next(t for t in doc if t.lower_ == "appealed"), appeal)
    assert match is not None and (match.obj.text, match.prep_obj.text) == ("aid", "Yemen")
    # "agreed to a ceasefire": the preposition that brought the object still marks the frame
    doc = nlp("The rebels agreed to a ceasefire on Sunday.")
    match = match_entry(next(t for t in doc if t.lower_ == "agreed"), agree)
    assert match is not None and match.prep_obj.text == "ceasefire"
