"""Event nouns whose sides the phrase does not give, issue #9 nouns31: a meeting or call named
with no partner, held between the clause's subject and the one it addresses (sentences written
for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import by_trigger_start as _at
from event_views import country_codes as _countries
from event_views import seen

pytestmark = pytest.mark.model


def test_nouns31_thanked_in_a_phone_call_is_a_call_with_the_one_thanked(code_all):
    doc = code_all(
        "German Chancellor Olaf Scholz thanked Polish President Andrzej Duda in a phone call "
        "on Friday for his support."
    )
    assert _countries(_at(doc, "phone call") + _at(doc, "call")) == [("041", "DEU", "POL")], seen(
        doc
    )


def test_nouns31_told_someone_at_a_meeting_meets_them(code_all):
    doc = code_all(
        "French President Emmanuel Macron told Chinese President Xi Jinping at a meeting in "
        "Beijing that trade must be fair."
    )
    assert _countries(_at(doc, "meeting")) == [("043", "FRA", "CHN")], seen(doc)


def test_nouns31_a_meeting_where_the_object_is_no_addressee_names_no_partner(code_all):
    doc = code_all("French President Emmanuel Macron criticized China at a meeting in Paris.")
    assert not [e for e in _at(doc, "meeting") if e.target_actor], seen(doc)


def test_nouns31_a_call_with_reporters_is_not_a_call_with_the_one_praised(code_all):
    doc = code_all(
        "Turkish President Tayyip Erdogan praised Russian President Vladimir Putin in a call "
        "with reporters."
    )
    assert not [e for e in _at(doc, "call") if (e.target_actor or "").startswith("RUS")], seen(doc)


def test_nouns31_a_meeting_of_a_group_is_not_held_with_the_one_addressed(code_all):
    doc = code_all(
        "At a meeting of NATO defense ministers, U.S. Defense Secretary Lloyd Austin told "
        "Ukraine's defense minister that more air defense systems were coming."
    )
    assert not _at(doc, "meeting"), seen(doc)


def test_nouns31_telling_reporters_in_a_conference_call_is_no_call_with_them(code_all):
    doc = code_all(
        "A senior German official told reporters in a conference call that Berlin would "
        "send more tanks."
    )
    assert not _at(doc, "call"), seen(doc)


def test_nouns31_asking_a_country_during_meetings_of_many_is_no_meeting_with_it(code_all):
    doc = code_all(
        "Indonesian President Joko Widodo said he would urge China to respect the ruling "
        "during ASEAN meetings in Jakarta."
    )
    assert not [e for e in _at(doc, "meetings") if (e.target_actor or "").startswith("CHN")], seen(
        doc
    )


# -- criticism faced, drawn or come under ---------------------------------------------------------


def test_nouns31_a_government_facing_criticism_is_criticised(code_all):
    doc = code_all(
        "Hungary's government has faced heavy international criticism for its treatment of "
        "asylum seekers."
    )
    assert [
        (e.code, e.source_actor, (e.target_actor or "")[:3]) for e in _at(doc, "criticism")
    ] == [("111", None, "HUN")], seen(doc)


def test_nouns31_criticism_drawn_from_a_named_critic_is_coded_once_by_the_critic(code_all):
    doc = code_all(
        "The Polish government drew sharp criticism from the European Commission over the "
        "court reform."
    )
    assert _countries([e for e in doc.events if e.code == "111"]) == [("111", "IGO", "POL")], seen(
        doc
    )


def test_nouns31_a_plan_drawing_criticism_names_no_one_criticised(code_all):
    doc = code_all("The new budget plan has drawn criticism for adding to the deficit.")
    assert not [e for e in _at(doc, "criticism") if e.target_actor], seen(doc)


def test_nouns31_criticism_drawn_at_home_is_from_the_criticised_ones_country(code_all):
    doc = code_all(
        "The French president's remarks on Monday drew criticism at home because many voters "
        "oppose the pension reform."
    )
    assert [(e.source_actor, (e.target_actor or "")[:3]) for e in _at(doc, "criticism")] == [
        ("FRA", "FRA")
    ], seen(doc)


# -- sanctions a participle says the clause's act brought on --------------------------------------


def test_nouns31_sanctions_prompted_by_the_subjects_act_are_on_the_subject(code_all):
    doc = code_all(
        "Iran tested a ballistic missile on Sunday, prompting a new round of European Union "
        "sanctions."
    )
    assert _countries([e for e in doc.events if e.code == "163"]) == [("163", "IGO", "IRN")], seen(
        doc
    )


def test_nouns31_sanctions_only_called_for_are_on_no_one(code_all):
    doc = code_all(
        "Iran tested a ballistic missile on Sunday, prompting calls for European Union sanctions."
    )
    assert not [e for e in doc.events if e.code == "163" and e.target_actor], seen(doc)
