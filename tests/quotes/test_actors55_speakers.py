"""issue #10 actors55: every named speaker carries an actor code, as the document-gold guideline
gives it on the article's date.

- a person the book does not know whose words give no sector is a private person of the
  article's one country, bare (guideline §8.2; never CVL);
- "Sens. A (D-Minn.) and B (R-Kan.)": a title or a U.S. party-and-state tag where the text names
  the person in full gives the legislature;
- "Retired Army Gen." is a command held no more: the elite (§29.4);
- a post in a candidate's campaign is no government office (§21.1).

Articles and names written for these tests in the style of wire news (invented people)."""

from __future__ import annotations

import pytest

US_ARTICLE = (
    "WASHINGTON (Reuters) - The White House on Tuesday defended its farm bill as lawmakers in "
    "Congress prepared to vote on it.\n\n"
    "Sens. Paula Grendel (D-Minn.) and Rodney Vask (R-Kan.) said the bill would hurt small farms. "
    "\u201cWe cannot vote for this,\u201d Grendel told reporters. \u201cIt is a giveaway,\u201d "
    "Vask said.\n\n"
    "Retired Army Gen. Harold Wexley said the cuts went too far. \u201cOur troops deserve "
    "better,\u201d Wexley said.\n\n"
    "Linda Harmon, a retiree from Dayton, Ohio, said she had written to the White House. "
    "\u201cNobody listens to us,\u201d Harmon said.\n\n"
    "\u201cWe are going to win Ohio,\u201d said Dana Prewitt, a senior adviser to the Clinton "
    "campaign. \u201cThe numbers are moving,\u201d Prewitt said.\n"
)


@pytest.mark.model
def test_every_named_speaker_has_a_code(code_text):
    doc = code_text(US_ARTICLE, published="2016-09-20")
    text = doc.text
    got = {q.speaker_text: q.actor for q in doc.quotes}
    assert got["Grendel"] == "USALEG", got
    assert got["Vask"] == "USALEG", got
    assert got["Wexley"] == "USAELI", got
    assert got["Harmon"] == "USA", got
    assert got["Prewitt"] == "USA", got
    for quote in doc.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_text


UK_ARTICLE = (
    "LONDON (Reuters) - Prime Minister Theresa May said on Monday that Britain would press ahead "
    "with its plans, and the Labour Party said it would vote against them.\n\n"
    "Margaret Oakes, who runs a bakery in Leeds, said the plans worried her. \u201cWe simply "
    "do not know what comes next,\u201d Oakes said.\n"
)


@pytest.mark.model
def test_a_private_person_takes_the_articles_country(code_text):
    doc = code_text(UK_ARTICLE, published="2017-03-06")
    got = {q.speaker_text: q.actor for q in doc.quotes}
    assert got.get("Oakes") == "GBR", got


def test_retired_officers_and_the_verb(book):
    assert book.lookup("retired Air Force general Jack Dunmore").code == "---ELI"
    assert book.lookup("Retired U.S. Army Gen.").code == "USAELI"
    # the verb, not the title
    assert book.lookup("a U.S. Army general who retired in 2015").code != "USAELI"


FORMER_ARTICLE = (
    "WASHINGTON (Reuters) - The White House and Congress clashed again on Monday over the "
    "budget.\n\n"
    "Former Sen. Walter Brandt, now a lobbyist, said the fight would last for months. "
    "\u201cNobody wants to blink first,\u201d Brandt said.\n"
)


@pytest.mark.model
def test_a_former_senator_is_no_legislator(code_text):
    doc = code_text(FORMER_ARTICLE, published="2016-09-20")
    got = {q.speaker_text: q.actor for q in doc.quotes}
    assert got.get("Brandt") != "USALEG", got


def test_the_bare_default_is_not_the_event_coders():
    from redline.model import Quote
    from redline.quotes.actors import quotes_for_events

    said = "direct:ccomp(say)"
    told = Quote(0, 5, "hello", "direct", speaker="Linda Harmon", actor="USA",
                 rule=f"{said}+actor[was -]:person-of-the-USA-article")  # fmt: skip
    placed = Quote(0, 5, "hello", "direct", speaker="Paula Grendel", actor="USALEG",
                   rule=f"{said}+speaker:name")  # fmt: skip
    sector = Quote(0, 5, "hello", "direct", speaker="Ann Lee", actor="USAEDU",
                   rule=f"{said}+actor[was ---EDU]:person-of-the-USA-article")  # fmt: skip
    got = [q.actor for q in quotes_for_events([told, placed, sector])]
    assert got == [None, "USALEG", "---EDU"]


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Mike Pence", "2016-09-25", "USAGOV"),  # governor of Indiana in the 2016 campaign
        ("Mike Pence", "2018-05-01", "USAGOV"),
        ("Bill Clinton", "2016-10-04", "USAELI"),  # a former president
        ("George W. Bush", "2016-09-25", "USAELI"),
        ("Elizabeth Warren", "2016-09-20", "USALEG"),
        ("Tim Kaine", "2016-10-04", "USALEG"),
        ("Howard Dean", "2016-09-28", "USAELI"),
        ("Reince Priebus", "2016-07-18", "USAPTY"),  # RNC chairman
        ("Reince Priebus", "2017-03-01", "USAGOV"),
    ],
)
def test_office_on_the_articles_date(book, name, date, code):
    assert book.lookup(name, date=date).code == code


PLACES_ARTICLE = (
    "Coal towns across West Virginia and Kentucky are bracing for more layoffs this winter.\n\n"
    "In Beckley, West Virginia, Tom Reddick, who runs a hardware store on Main Street, said "
    "sales had fallen by a third. \u201cWe are hanging on, but only just,\u201d Reddick said.\n\n"
    "Representative Maria Ocampo of Texas said Congress should act. \u201cThese families cannot "
    "wait,\u201d Ocampo said.\n\n"
    "Rep. Dan Hollis (D-Ore.), a longtime advocate for miners in Appalachia and Burma, agreed. "
    "\u201cWe owe them a plan,\u201d Hollis said.\n"
)


@pytest.mark.model
def test_places_titles_and_party_tags(code_text):
    doc = code_text(PLACES_ARTICLE, published="2016-10-02")
    got = {q.speaker_text: q.actor for q in doc.quotes}
    # no dateline and few coded actors: the article's places say it is American
    assert got.get("Reddick") == "USA", got
    assert got.get("Ocampo") == "USALEG", got
    assert got.get("Hollis") == "USALEG", got
