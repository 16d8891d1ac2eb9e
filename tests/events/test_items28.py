"""Five wrong or missing events on unseen articles (issue #9, helper "items28", session 28), each
fixed for its phrasing: an event noun told again about another thing, aid whose recipient sits
in a participle or relative clause, a call placed or made to someone, a party name the parser
reads as a common noun, and a role given the country of an adjective on another noun. The
sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

pytestmark = pytest.mark.model


def test_an_event_noun_about_another_thing_is_another_event(code_all):
    doc = code_all(
        "Robert Mueller's investigation into Russian meddling ended in March. Prosecutors in "
        "Kyiv said the investigation into Burisma had been closed years earlier."
    )
    later = [e for e in by_trigger(doc, "investigation") if e.trigger_start > 70]
    assert not any(e.source_actor and e.source_actor.startswith("USA") for e in later), seen(doc)
    assert not any("attached before" in (e.rule or "") for e in later), seen(doc)


def test_an_event_noun_about_the_same_thing_keeps_its_actor(code_all):
    doc = code_all(
        "Robert Mueller's investigation into Russian meddling ended in March. The investigation "
        "into Russian meddling had cost millions of dollars."
    )
    later = [e for e in by_trigger(doc, "investigation") if e.trigger_start > 70]
    assert any("attached before" in (e.rule or "") for e in later), seen(doc)
    assert all(e.target_actor == "RUS" for e in later), seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The $391 million in military aid slated for Ukraine was delayed by the White House.",
        "The White House froze $250 million in security assistance intended for Ukraine.",
        "The United States suspended weapons that had been earmarked for Ukraine.",
    ],
)
def test_aid_set_aside_for_a_country_is_aimed_at_it(code_all, text):
    doc = code_all(text)
    cut = [e for e in doc.events if e.code.startswith("16")]
    assert cut and all(e.target_actor == "UKR" for e in cut), seen(doc)


def test_aid_earmarked_in_a_relative_clause_goes_to_its_recipient(code_all):
    doc = code_all("Germany sent weapons that had been earmarked for Kyiv.")
    sent = by_trigger(doc, "sent")
    assert sent and all(e.target_actor == "UKR" for e in sent), seen(doc)
    assert all(e.code.startswith("07") for e in sent), seen(doc)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The chancellor made a phone call to the Polish president on Friday.", "POLGOV"),
        ("The French president placed a call to the Turkish president on Monday.", "TURGOV"),
        ("Germany's chancellor made a telephone call to the Chinese president.", "CHNGOV"),
    ],
)
def test_a_call_made_or_placed_to_someone_is_a_phone_call(code_all, text, target):
    doc = code_all(text)
    calls = [e for e in doc.events if e.code == "041"]
    assert calls and calls[0].target_actor == target, seen(doc)


def test_a_bare_call_made_for_a_thing_is_an_appeal_not_a_phone_call(code_all):
    doc = code_all("The pope made a call to world leaders for peace in the region.")
    assert not [e for e in doc.events if e.code == "041"], seen(doc)
    doc = code_all("The minister made a call to European governments to take in more refugees.")
    assert not [e for e in doc.events if e.code == "041"], seen(doc)


def test_a_shared_party_name_takes_the_country_the_story_names_most(code_all):
    doc = code_all(
        "Boris Johnson said Britain would leave the European Union on October 31. Labour "
        "renewed its calls for a second referendum."
    )
    calls = by_trigger(doc, "calls")
    assert calls and calls[0].source_actor in ("GBRPTY", "GBROPP"), seen(doc)
    # the party's other country, named instead ("Labour" is New Zealand's too)
    doc = code_all(
        "Jacinda Ardern said New Zealand would tighten its gun laws. Labour renewed its calls "
        "for a review of the rules."
    )
    calls = by_trigger(doc, "calls")
    assert calls and calls[0].source_actor.startswith("NZL"), seen(doc)


def test_a_shared_party_name_in_a_story_of_another_country_stays_unplaced(code_all):
    doc = code_all(
        "Benjamin Netanyahu met Boris Johnson in Jerusalem. Israel wants more help. Labour "
        "criticised the prime minister on Monday."
    )
    criticised = by_trigger(doc, "criticised")
    assert not any((e.source_actor or "").startswith(("GBR", "NZL")) for e in criticised), seen(doc)


def test_a_party_name_read_as_a_common_noun_before_its_verb_is_the_subject(code_all):
    doc = code_all(
        "MPs will vote on the Brexit deal in the Commons on Saturday. Labour renewed calls for "
        "a second referendum."
    )
    calls = by_trigger(doc, "calls")
    assert calls and calls[0].source_actor in ("GBRPTY", "GBROPP"), seen(doc)


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister criticised Iran in an interview with French radio.",
        "The defence minister condemned Russia in an interview with German television.",
    ],
)
def test_a_role_takes_no_country_from_an_outlet_or_the_other_side(code_all, text):
    doc = code_all(text, published="2019-11-01")
    acts = [e for e in doc.events if e.code.startswith("11")]
    assert acts, seen(doc)
    assert all((e.source_actor or "").startswith("---") for e in acts), seen(doc)


def test_a_role_still_takes_the_country_the_story_is_about(code_all):
    doc = code_all(
        "Iran rejected the demands on Sunday. The foreign minister criticised the United "
        "States on Monday.",
        published="2019-11-01",
    )
    acts = by_trigger(doc, "criticised")
    assert acts and acts[0].source_actor == "IRNGOV", seen(doc)
