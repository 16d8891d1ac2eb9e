"""Codes, issue #9 codes44: events coded at the right trigger with the wrong CAMEO root
(sentences written for the test in the style of wire and campaign news)."""

from __future__ import annotations

import pytest
from event_views import country_codes, seen

pytestmark = pytest.mark.model


# -- a witness called to testify is asked for information (101), not telephoned (041) -----------


def test_codes44_called_to_testify_is_a_demand(code_all):
    doc = code_all(
        "LONDON (Reuters) - The British parliament's culture committee called the French "
        "executive to testify about the data breach next month."
    )
    codes = country_codes(doc.events)
    assert any(c[0] == "101" for c in codes), seen(doc)
    assert not any(c[0] == "041" for c in codes), seen(doc)


def test_codes44_was_called_to_testify_is_a_demand(code_all):
    doc = code_all(
        "LONDON (Reuters) - The French executive was called to testify by the British "
        "parliament's culture committee because of the data breach."
    )
    codes = country_codes(doc.events)
    assert any(c[0] == "101" for c in codes), seen(doc)
    assert not any(c[0] == "041" for c in codes), seen(doc)


# -- rallying to someone's defense supports them (05x), no protest (141) ------------------------


def test_codes44_rallied_to_defense_supports(code_all):
    doc = code_all(
        "ROME (Reuters) - French ministers rallied to the Italian prime minister's defense on "
        "Sunday after the vote."
    )
    codes = country_codes(doc.events)
    assert any(c[0].startswith("05") and c[1:] == ("FRA", "ITA") for c in codes), seen(doc)
    assert not any(c[0].startswith("14") for c in codes), seen(doc)
