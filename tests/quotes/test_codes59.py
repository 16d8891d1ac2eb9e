"""issue #10 codes59: a named speaker's description gives the sector, a post in a body of no
country keeps the article's country, and a legislator's or a union's title is read past its
generic role word ("Senate Majority Whip", "president of the ... teachers union").

Articles and names written for these tests in the style of U.S. political news (invented people;
the real people are the book's 2016 offices)."""

from __future__ import annotations

import pytest

US_ARTICLE = (
    "WASHINGTON (Reuters) - The White House and Congress traded blame on Tuesday over the stalled "
    "budget, as Americans in Ohio and Texas watched the fight.\n\n"
    "Norma Kettler, a Chicago-based talk radio host, said her listeners were furious. "
    "\u201cThey want a deal, not speeches,\u201d Kettler said.\n\n"
    "\u201cThis is a manufactured crisis,\u201d said Paul Ostrander, research director of the "
    "progressive Harbor Policy Institute.\n\n"
    "Later in the program, the host praised pastor Elmer Voight, who has urged his flock to call "
    "their senators. \u201cPray and then pick up the phone,\u201d Voight said.\n\n"
    "Senate Majority Whip Dale Hoskins (R-Mont.) said his caucus would not budge. \u201cWe "
    "have made our offer,\u201d Hoskins said.\n\n"
    "\u201cTeachers are tired of waiting,\u201d said Marla Quist, president of the Garfield "
    "County teachers union.\n\n"
    "Ray Dunlevy, Halvorsen's former chief corporate spokesman, said the plant would close. "
    "\u201cNobody will buy it now,\u201d Dunlevy said.\n"
)


@pytest.mark.model
def test_descriptions_give_the_sector(code_text):
    doc = code_text(US_ARTICLE, published="2016-03-15")
    text = doc.text
    got = {q.speaker: q.actor for q in doc.quotes if q.kind == "direct"}
    assert got.get("Norma Kettler") == "USAMED", got
    assert got.get("Paul Ostrander") == "USANGO", got
    assert got.get("Elmer Voight") == "USAREL", got
    assert got.get("Dale Hoskins") == "USALEG", got
    assert got.get("Ray Dunlevy") == "USA", got  # a former spokesman: no sector, no office
    for quote in doc.quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker_start is not None:
            assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_text


def test_the_new_codes_are_the_quotes_own():
    """The codes these rules set keep the one before in the rule: the event coder reads that."""
    from redline.model import Quote
    from redline.quotes.actors import quotes_for_events

    said = "direct:ccomp(say)"
    rule = f"{said}+actor[was -]:described-'radio host'-in-the-USA-article"
    described = Quote(0, 5, "hello", "direct", speaker="Norma Kettler", actor="USAMED", rule=rule)
    rule = f"{said}+actor:role-in-USA-article+actor[was USAGOV]:role-named-'Senate'"
    office = Quote(0, 5, "hello", "direct", speaker="Dale Hoskins", actor="USALEG", rule=rule)
    got = [q.actor for q in quotes_for_events([described, office])]
    assert got == [None, "USAGOV"]


@pytest.mark.parametrize(
    ("words", "sector"),
    [
        ("a D.C.-based talk radio host", "MED"),
        ("co-director of the Center for Budget Research, a liberal think tank", "NGO"),
        ("managing partner of the investment bank Fenwick Capital", "BUS"),
        ("a former newspaper reporter", None),
        ("a spokeswoman for the European Union", None),
        ("president of the Brookings Institution", "NGO"),
        ("a professor of law at Emory University", "EDU"),
    ],
)
def test_sector_of_description(book, words, sector):
    from redline.quotes.actors import _sector_of_description

    found = _sector_of_description(book, words, "USA", "2016-03-15")
    assert (found[0] if found else None) == sector


def test_offices_on_the_date(book):
    assert book.lookup("Chris Christie", date="2016-02-07").code == "USAGOV"
    assert book.lookup("Scott Walker", date="2016-06-09").code == "USAGOV"
    assert book.lookup("Sean Spicer", date="2016-07-29").code == "USAPTY"
    assert book.lookup("Sean Spicer", date="2017-03-01").code == "USAGOV"
    assert book.lookup("the American Federation of Teachers").code == "USALAB"
