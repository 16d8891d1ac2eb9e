"""issue #10 formers56: three phrasings of speakers' actor codes.

- a former office-holder named with a former title ("former Ohio Gov. A", "B, a former RNC
  chairman", "C, who served as U.S. ambassador to Peru from 2009 to 2013") is the elite, ``ELI``
  (guideline §8.1, former party officials likewise); a former occupation gives no sector;
- the spokeswoman of a candidate who holds no office ("Stein spokeswoman A") is campaign staff:
  the bare country (§21.1), while an office-holder's spokesman keeps the government;
- a title whose first words are in lower case ("Tulsa police Chief A") gives its sector.

Articles and names written for these tests in the style of wire news (invented people)."""

from __future__ import annotations

import pytest

FORMERS = (
    "WASHINGTON (Reuters) - Democrats on Tuesday urged the party to prepare for a long fight over "
    "the budget.\n\n"
    "Former Ohio Gov. Walter Brennick said the party had waited too long. \u201cWe should have "
    "acted in the spring,\u201d Brennick said.\n\n"
    "\u201cThe votes are not there,\u201d said Gloria Haltom, a former RNC chairwoman, in an "
    "interview.\n\n"
    "\u201cThis is not how it used to work,\u201d said Peter Osgrove, who served as U.S. "
    "ambassador to Peru from 2009 to 2013.\n\n"
    "\u201cPeople are tired of it,\u201d said Nora Blevitt, a former NBC host.\n\n"
    "\u201cWe were never told,\u201d said Martin Osler, who served as special envoy to Ukraine "
    "from 2017 to 2019.\n"
)


@pytest.mark.model
def test_former_office_holders_are_the_elite(code_text):
    doc = code_text(FORMERS, published="2016-09-20")
    text = doc.text
    got = {q.speaker: q.actor for q in doc.quotes}
    assert got["Walter Brennick"] == "USAELI", got
    assert got["Gloria Haltom"] == "USAELI", got
    assert got["Peter Osgrove"] == "USAELI", got
    # the country an envoy is sent to is not his: the article's
    assert got["Martin Osler"] == "USAELI", got
    # a former occupation is no office (guideline §15.6): never the elite
    assert not got["Nora Blevitt"].endswith("ELI"), got
    for quote in doc.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_text


STAFF = (
    "CHICAGO (Reuters) - Green Party candidate Jill Stein was turned away from the debate hall "
    "on Monday, her campaign said.\n\n"
    "Stein spokeswoman Marisol Quinterra said the candidate had a ticket. \u201cWe were there "
    "legitimately,\u201d Quinterra told reporters.\n\n"
    "White House spokesman Josh Earnest said President Barack Obama had not followed the "
    "dispute. \u201cThe president is focused on the economy,\u201d Earnest said.\n"
)


@pytest.mark.model
def test_a_candidates_spokeswoman_is_campaign_staff(code_text):
    doc = code_text(STAFF, published="2016-09-26")
    got = {q.speaker_text: q.actor for q in doc.quotes}
    assert got["Quinterra"] == "USA", got
    assert got["Earnest"] == "USAGOV", got


POLICE = (
    "TULSA, Okla. (Reuters) - Police in Oklahoma said on Monday they were investigating the "
    "shooting of an unarmed man, and the U.S. Justice Department and the FBI opened "
    "inquiries.\n\n"
    "\u201cWe will find out what happened,\u201d Tulsa police Chief Dwayne Jordan said. "
    "\u201cThe community deserves answers.\u201d\n"
)


@pytest.mark.model
def test_a_title_in_lower_case_gives_its_sector(code_text):
    doc = code_text(POLICE, published="2016-09-20")
    got = {q.speaker: q.actor for q in doc.quotes}
    assert got["Dwayne Jordan"] == "USACOP", got
