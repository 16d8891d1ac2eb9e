"""issue #10 codes60: speakers left with no code or the wrong one by codes59: a writer named by a
newspaper's short name ("The Post's X") or by the outlet he wrote in, federal agents and county
sheriffs, a region's minister in an article of several countries, a university named after the
state of Georgia, and a legislator's own staff (guideline §21.1: bare).

Articles and names written for these tests in the style of U.S. news (invented people; the real
people are the book's 2016 offices)."""

from __future__ import annotations

import pytest

WRITERS = (
    "WASHINGTON - The president's pick for the court met senators on Tuesday, as Republicans in "
    "Ohio and Texas vowed to block him.\n\n"
    "As The Post's Linda Harwell puts it, the White House wants \u201ca fight it cannot "
    "lose.\u201d\n\n"
    "\u201cThe Senate will not blink,\u201d columnist Wei Dongmei wrote in the Global Times, "
    "the Chinese tabloid.\n\n"
    "\u201cThey will have to hold a hearing,\u201d said Darren Ostby, a spokesman for Sanders. "
    "Bernie Sanders has backed the nominee.\n\n"
    "Li Mingzhe, a doctoral candidate at the Georgia Institute of Technology, urged readers "
    "\u201cnot to rush to judgment.\u201d\n\n"
    "\u201cOur officers are stretched thin,\u201d said Ray Kolbeck, president of the Dayton "
    "Police Patrolmen's Association.\n\n"
    "\u201cChildren cannot wait for Congress,\u201d said Nora Feldt, president of the American "
    "Academy of Orthodontics.\n"
)

BORDER = (
    "SAN DIEGO - Smugglers have dug dozens of tunnels under the border between Mexico and the "
    "United States, and the Mexican authorities have found more in Tijuana this year.\n\n"
    "\u201cThey know we will find them,\u201d said Carl Voss, a Border Patrol tunneling expert.\n\n"
    "\u201cWe have never found one that way,\u201d said Dana Oyelaran, a special agent in charge "
    "of Homeland Security Investigations in San Diego.\n\n"
    "\u201cThe video shows intent,\u201d Pima County Sheriff Walt Brandvold said on Monday.\n"
)

PROVINCE = (
    "British Columbia's carbon tax has not hurt its economy, officials in Victoria and Vancouver "
    "said, as Washington and Beijing weigh taxes of their own and the World Bank urges more. "
    "British Columbia raised the tax twice.\n\n"
    "\u201cIt performed better than any of us expected,\u201d said Joan Pettifer, the province's "
    "environment minister.\n"
)


def _codes(doc):
    text = doc.text
    for quote in doc.quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker_start is not None:
            assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_text
    return {q.speaker: q.actor for q in doc.quotes if q.speaker}


@pytest.mark.model
def test_writers_staff_and_georgia(code_text):
    got = _codes(code_text(WRITERS, published="2016-03-18"))
    assert got.get("Linda Harwell") == "USAMED", got
    assert got.get("Wei Dongmei") == "CHNMED", got
    assert got.get("Darren Ostby") == "USA", got  # a legislator's (a candidate's) staff
    assert got.get("Li Mingzhe") == "USAEDU", got  # the state's university, never GEO
    assert got.get("Ray Kolbeck") == "USALAB", got  # a police union, not the police
    assert got.get("Nora Feldt") == "USANGO", got  # a professional body


@pytest.mark.model
def test_federal_agents_and_sheriffs(code_text):
    got = _codes(code_text(BORDER, published="2016-09-03"))
    assert got.get("Carl Voss") == "USACOP", got
    assert got.get("Dana Oyelaran") == "USACOP", got
    assert got.get("Walt Brandvold") == "USACOP", got


@pytest.mark.model
def test_a_provinces_minister(code_text):
    got = _codes(code_text(PROVINCE, published="2016-03-03"))
    assert got.get("Joan Pettifer") == "CANGOV", got


def test_described_bodies_are_the_quotes_own():
    """The described-body and wrote-in codes keep the one before: the event coder reads that."""
    from redline.model import Quote
    from redline.quotes.actors import quotes_for_events

    rule = "direct:ccomp(say)+speaker:name+actor[was -]:described-body-'Border Patrol'->USACOP"
    agent = Quote(0, 5, "hello", "direct", speaker="Carl Voss", actor="USACOP", rule=rule)
    rule = "direct:ccomp(write)+speaker:name+actor[was -]:wrote-in-'Global Times'->CHNMED"
    writer = Quote(0, 5, "hello", "direct", speaker="Wei Dongmei", actor="CHNMED", rule=rule)
    assert [q.actor for q in quotes_for_events([agent, writer])] == [None, None]


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("Clark County Sheriff", "USACOP"),
        ("a Border Patrol agent", "USACOP"),
        ("a former Border Patrol agent", None),
        ("a county sheriff's deputy", None),
    ],
)
def test_described_body_words(words, found):
    from redline.model import Document, Quote
    from redline.quotes.actors import _described_body

    doc = Document(id="t", text=words)
    quote = Quote(0, 1, "x", "direct", speaker="Jo Roe", speaker_text=words)
    got = _described_body(doc, quote)
    assert (got[0] if got else None) == found


def test_region_owner_words():
    from redline.quotes.actors import REGION_OWNER

    assert REGION_OWNER.search("Joan Pettifer, the province's environment minister")
    assert REGION_OWNER.search("the state's interior minister")
    assert not REGION_OWNER.search("the company's chief executive")
