"""issue #9 drops33: three sub-cases of the sentence policy's drops whose drops were right.

- talks or a pact a verb's act is done in or under, naming their partner in their own "with"
  or "between" phrase ("renegotiate the pact in talks with Mexico", "under an accord struck
  between ..."): an event of its own, not what the verb is about (not "at a meeting with",
  not "engaged in negotiations with", not a noun the verb takes as its object);
- an investigation by law enforcement told in passing, into dealings with another country but
  coded at home ("lying to the FBI in the special counsel's investigation of the campaign's
  ties to Russia"): an event of its own like one abroad (one into home affairs only, and a
  company's inquiry, stay background);
- an official's contacts with another country named bare ("lied to the FBI about his contacts
  with Russia"): kept like contacts with that country's officials.

Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import by_trigger as _at
from event_views import seen

pytestmark = pytest.mark.model


def _noun_match(nlp, text: str, noun: str):
    from redline.events.coder import best_match
    from redline.events.lexicon import load_lexicon

    token = next(t for t in nlp(text) if t.text == noun)
    match = best_match(token, load_lexicon())
    assert match is not None, noun
    return match


@pytest.mark.parametrize(
    ("text", "noun", "setting"),
    [
        (
            "Ottawa complained about the tariffs, which it hopes to remove in talks with "
            "Washington.",
            "talks",
            True,
        ),
        (
            "Under an accord struck on Monday between Kabila's representatives and opposition "
            "leaders, Kabila is barred from seeking a third term.",
            "accord",
            True,
        ),
        (
            "The senator made the remarks at a meeting with business leaders from Japan.",
            "meeting",
            False,
        ),
        ("The senator engaged in negotiations with officials from Mexico.", "negotiations", False),
        ("Tillerson sought talks with North Korea over its missile program.", "talks", False),
    ],
)
def test_talks_or_a_pact_the_act_is_done_in(nlp, text, noun, setting):
    from redline.events.coder import _setting_with_partner

    assert _setting_with_partner(_noun_match(nlp, text, noun)) is setting


def test_an_accord_the_act_is_done_under_is_coded(code_all):
    doc = code_all(
        "Under an accord struck in March between Sudan's representatives and rebel leaders, "
        "Khartoum is barred from moving troops into Darfur."
    )
    tuples = {(e.source_actor or "", e.code, e.target_actor or "") for e in _at(doc, "accord")}
    assert any(s.startswith("SDN") and c == "057" and t.startswith("SDN") for s, c, t in tuples), (
        seen(doc)
    )


def test_a_meeting_the_remarks_were_made_at_is_still_not_coded(code_all):
    doc = code_all("The senator made the remarks at a meeting with business leaders from Japan.")
    assert not _at(doc, "meeting"), seen(doc)


def test_a_law_enforcement_probe_into_dealings_abroad_told_in_passing_is_coded_at_home(code_all):
    doc = code_all(
        "Flynn pleaded guilty to lying to the FBI in the special counsel's investigation of the "
        "Trump campaign's ties to Russia."
    )
    tuples = {
        (e.source_actor or "", e.code, e.target_actor or "") for e in _at(doc, "investigation")
    }
    assert ("USAJUD", "091", "USA") in tuples, seen(doc)


def test_a_law_enforcement_probe_into_home_affairs_told_in_passing_is_still_not_coded(code_all):
    doc = code_all(
        "Flynn pleaded guilty to lying to the FBI in the special counsel's investigation of the "
        "Trump campaign."
    )
    assert not _at(doc, "investigation"), seen(doc)


def test_a_companys_probe_told_in_passing_at_home_is_still_not_coded(code_all):
    doc = code_all(
        "Senators pressed Facebook on why its investigation of the Trump campaign took so long."
    )
    assert not _at(doc, "investigation"), seen(doc)


def test_contacts_with_a_country_named_bare_are_coded(code_all):
    doc = code_all("Flynn pleaded guilty to lying to the FBI about his contacts with Russia.")
    tuples = {(e.source_actor or "", e.code, e.target_actor or "") for e in _at(doc, "contacts")}
    assert ("USAELI", "040", "RUS") in tuples, seen(doc)


@pytest.mark.parametrize(
    ("source", "target", "kept"),
    [
        ("USAELI", "RUS", True),  # an adviser's contacts with Russia
        ("USAGOV", "CHN", True),
        ("USAELI", "USA", False),  # at home
        ("RUS", "UKR", False),  # a country's contacts with another: standing ties
        ("USAELI", "RUSGOV", False),  # a part of the other state: `_across` keeps it already
        ("USAELI", None, False),
    ],
)
def test_which_contacts_with_a_country_are_kept(source, target, kept):
    from types import SimpleNamespace

    from redline.events.coder import _contacts_with_a_country

    event = SimpleNamespace(source_actor=source, target_actor=target)
    assert _contacts_with_a_country(event) is kept
