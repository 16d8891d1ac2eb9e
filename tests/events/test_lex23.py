"""Lexicon entries for wordings with no entry at all on whole articles (issue #9 lex23,
docgold_misses.py "no entry"). Commissioning work from someone, or awarding them a contract, is
business with them (061), as is a contract with them; cursing someone, or sparring or feuding
with them, is criticism (111); complimenting or cheering someone is praise (051); leaving a pact
named by its noun ("withdrawal from") cuts ties (161); discussions or communications with
someone consult them (040); a case brought against someone is a lawsuit (115); a settlement with
someone is an agreement (057); being optimistic that someone will act is optimism (013);
resisting someone's demand rejects it (120); dining or playing golf with someone, or a hearing
held with them, meets them (043 / 040). Sentences written for the test in the style of wire
news."""

from __future__ import annotations

import pytest
from event_views import assert_pair_coded

pytestmark = pytest.mark.model


# (text, code, rule part, the country pair expected; None: no such event)
CASES = {
    "a report commissioned": (
        "OTTAWA (Reuters) - The Canadian mining company commissioned a Washington consulting "
        "firm to study the mine's impact, a spokesman said.",
        "061",
        "commission",
        ("CAN", "USA"),
    ),
    "a contract awarded": (
        "LONDON (Reuters) - The British defence ministry awarded a $2 billion contract to a German "
        "company on Friday to upgrade its tanks.",
        "061",
        "award|grant|give+contract",
        ("GBR", "DEU"),
    ),
    "a contract given": (
        "LONDON (Reuters) - The British defence ministry gave a German company a $2 billion "
        "contract on Friday.",
        "061",
        "award|grant|give+contract",
        ("GBR", "DEU"),
    ),
    "a contract with a foreign firm": (
        "ROME (Reuters) - The Italian navy's contract with a French shipbuilder was cancelled on "
        "Monday after a dispute over costs.",
        "061",
        "contract",
        ("ITA", "FRA"),
    ),
    "a leader cursed": (
        "MANILA (Reuters) - Philippine President Rodrigo Duterte cursed the U.S. ambassador in "
        "a speech on Thursday.",
        "111",
        "curse",
        ("PHL", "USA"),
    ),
    "sparred with a leader": (
        "ANKARA (Reuters) - Turkish President Tayyip Erdogan has sparred with German Chancellor "
        "Angela Merkel over the arrests of journalists.",
        "111",
        "spar|feud|quarrel",
        ("TUR", "DEU"),
    ),
    "a bill cheered": (
        "WASHINGTON (Reuters) - The Canadian government on Friday cheered the U.S. Senate's "
        "decision to keep the trade credit.",
        "051",
        "compliment|cheer",
        ("CAN", "USA"),
    ),
    "withdrawal from a pact": (
        "TEHRAN (Reuters) - Washington's withdrawal from the nuclear deal angered Iranian "
        "officials, who said Europe must now act.",
        "161",
        "withdrawal|pullout",
        ("USA", ""),
    ),
    "discussions with an ambassador": (
        "WASHINGTON (Reuters) - Former U.S. national security adviser Michael Flynn lied to "
        "investigators about his discussions with the Russian ambassador, prosecutors said.",
        "040",
        "discussion|communication",
        ("USA", "RUS"),
    ),
    "a case against a company": (
        "BRUSSELS (Reuters) - The European Commission's case against Google was the largest it "
        "had brought, officials said.",
        "115",
        "case|legal case",
        ("IGO", "USA"),
    ),
    "a settlement with a bank": (
        "NEW YORK (Reuters) - The U.S. Justice Department's settlement with Deutsche Bank cost "
        "the German lender $7.2 billion.",
        "057",
        "settlement",
        ("USA", "DEU"),
    ),
    "optimistic that a government would agree": (
        "DUBLIN (Reuters) - Irish Prime Minister Leo Varadkar said he was optimistic that the "
        "British government would agree to the border plan.",
        "013",
        "optimistic",
        ("IRL", "GBR"),
    ),
    "a demand resisted": (
        "ATHENS (Reuters) - Greek Prime Minister Alexis Tsipras resisted the German finance "
        "minister's demands for deeper pension cuts on Monday.",
        "120",
        "resist",
        ("GRC", "DEU"),
    ),
    "dined with a leader": (
        "PARIS (Reuters) - French President Emmanuel Macron dined with Chinese President Xi "
        "Jinping at the Elysee Palace on Monday.",
        "043",
        "dine|golf|lunch",
        ("FRA", "CHN"),
    ),
    "played golf with a leader": (
        "TOKYO (Reuters) - Japanese Prime Minister Shinzo Abe played golf with U.S. President "
        "Donald Trump on Sunday before their talks.",
        "043",
        "play+golf",
        ("JPN", "USA"),
    ),
    "a hearing with a minister": (
        "WASHINGTON (Reuters) - The Senate Judiciary Committee's hearing with Attorney General "
        "Jeff Sessions lasted three hours on Tuesday.",
        "040",
        "hearing",
        ("USA", "USA"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_lex23(code_all, case):
    text, code, rule, pair = CASES[case]
    doc = code_all(text, published="2017-10-04")
    assert_pair_coded(doc, code, rule, pair)
