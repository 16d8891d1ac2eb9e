"""Frames, issue #9 frames43: phrasings of triggers that had lexicon entries but no frame for
them (sentences written for the test in the style of wire and campaign news)."""

from __future__ import annotations

import pytest
from event_views import country_pair, seen

pytestmark = pytest.mark.model


def _coded(doc, rule: str) -> list[tuple[str, str, str]]:
    return [(e.code, *country_pair(e)) for e in doc.events if rule in (e.rule or "")]


# -- a challenge to a debate asks the one challenged to meet (026) -----------------------------


def test_frames43_challenged_someone_to_a_debate_asks_them_to_meet(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - U.S. Senator Elizabeth Warren challenged Florida Governor Ron "
        "DeSantis to a televised debate on Tuesday."
    )
    assert ("026", "USA", "USA") in _coded(doc, "challenge|dare"), seen(doc)


def test_frames43_challenged_someone_to_a_one_on_one_debate(code_all):
    doc = code_all(
        "French President Emmanuel Macron challenged Marine Le Pen to a one-on-one debate "
        "before the runoff."
    )
    assert ("026", "FRA", "FRA") in _coded(doc, "challenge|dare"), seen(doc)


def test_frames43_challenging_a_rival_s_debate_record_is_no_invitation(code_all):
    # no "to a debate": the debate is what is challenged, nobody is asked to meet
    doc = code_all(
        "WASHINGTON (Reuters) - U.S. Senator Elizabeth Warren challenged Florida Governor Ron "
        "DeSantis's debate claims on Tuesday."
    )
    assert not _coded(doc, "challenge|dare"), seen(doc)


# -- speaking at, addressing or attending a party convention (043) -----------------------------


def test_frames43_spoke_at_the_party_convention_meets_the_party(code_all):
    doc = code_all(
        "CHICAGO (Reuters) - Michigan Governor Gretchen Whitmer spoke at the Democratic National "
        "Convention in Chicago on Tuesday night."
    )
    found = _coded(doc, "speak+convention")
    assert found and all(c[:2] == "04" for c, _, _ in found), seen(doc)
    assert ("USA", "USA") in {(s, t) for _, s, t in found}, seen(doc)


def test_frames43_addressed_the_republican_national_convention(code_all):
    doc = code_all(
        "MILWAUKEE (Reuters) - U.S. Senator Tim Scott addressed the Republican National "
        "Convention in Milwaukee on Wednesday."
    )
    assert ("043", "USA", "USA") in _coded(doc, "attend|address+convention"), seen(doc)


def test_frames43_will_speak_at_the_convention_is_the_intent_to_meet(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Virginia Governor Glenn Youngkin will speak at the Republican "
        "National Convention in Milwaukee next week."
    )
    assert ("036", "USA", "USA") in _coded(doc, "speak+convention"), seen(doc)


def test_frames43_a_news_conference_is_no_party_convention(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Virginia Governor Glenn Youngkin spoke at a news conference in "
        "Richmond on Monday."
    )
    assert not _coded(doc, "convention"), seen(doc)


# -- standing with someone backs them (051) ----------------------------------------------------


def test_frames43_stands_with_a_country_backs_it(code_all):
    doc = code_all("German Chancellor Olaf Scholz said Germany stands with Ukraine.")
    assert ("051", "DEU", "UKR") in _coded(doc, "stand+with"), seen(doc)


def test_frames43_stands_in_solidarity_with_a_country_backs_it(code_all):
    doc = code_all("Japan stands in solidarity with the Philippines, the foreign ministry said.")
    assert ("051", "JPN", "PHL") in _coded(doc, "stand+with"), seen(doc)


def test_frames43_standing_with_a_gun_backs_no_one(code_all):
    doc = code_all("Police said the Japanese suspect stood with a gun outside the embassy.")
    assert not [e for e in doc.events if "stand+with" in (e.rule or "") and e.target_actor], seen(
        doc
    )


# -- an invitation to speak or appear at an event asks the guest to meet (026) ----------------


def test_frames43_invited_someone_to_speak_asks_them_to_meet(code_all):
    doc = code_all(
        "Polish President Andrzej Duda invited Hungarian Prime Minister Viktor Orban to speak at "
        "a conference in Warsaw."
    )
    assert ("026", "POL", "HUN") in _coded(doc, "invite+to"), seen(doc)


def test_frames43_invited_someone_to_appear_asks_them_to_meet(code_all):
    doc = code_all(
        "German Chancellor Olaf Scholz invited Ukrainian President Volodymyr Zelenskiy to appear "
        "at the Munich summit."
    )
    assert ("026", "DEU", "UKR") in _coded(doc, "invite+to"), seen(doc)
