"""issues #9/#10 actors14: domestic bodies the actor book placed in no country (the commonest
unplaced actors of BBC politics and business stories: the TUC, the Tories, Labour, the NHS),
and parties named alone, placed by the story's home where their name is several countries'.
Sentences written for these tests (invented people)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def code_rules():
    """The whole pipeline with the precision filter's threshold off: the rules under test."""
    from redline.clean import clean_document
    from redline.events.filter import with_event_settings
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline

    pipeline = with_event_settings(Pipeline(workers=1), min_confidence=0.0)

    def run(text: str, published: str | None = None):
        raw = RawDocument(source="<test>", text=text, published=published)
        return pipeline(clean_document(raw))

    return run


def _triples(doc) -> list[tuple]:
    return [(e.source_actor, e.code, e.target_actor) for e in doc.events]


# -- the actor book ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the TUC", "GBRLAB"),
        ("the Trades Union Congress", "GBRLAB"),
        ("the CBI", "GBRBUS"),
        ("the Commons", "GBRLEG"),
        ("the Scottish Parliament", "GBRLEG"),
        ("the Crown Prosecution Service", "GBRJUD"),
        ("an NHS trust", "GBRHLH"),
        ("Ofcom", "GBRGOV"),
        ("the Bank of England", "GBRGOV"),
        ("NASA", "USAGOV"),
        ("Deutsche Boerse", "DEUBUS"),
        ("Yukos", "RUSBUS"),
        ("the Oil and Natural Gas Corporation", "INDBUS"),
    ],
)
def test_a_domestic_body_is_placed_in_its_country(book, phrase, code):
    match = book.lookup(phrase, date="2005-03-01")
    assert match is not None and match.code == code, match and match.rule


def test_a_party_named_alone_is_pty_in_government_and_opp_outside(book):
    assert book.lookup("the Tories", date="2005-03-01").code == "GBROPP"
    assert book.lookup("the Tories", date="2017-06-01").code == "GBRPTY"
    assert book.lookup("the Lib Dems", date="2005-03-01").code == "GBROPP"
    assert book.lookup("the SNP", date="2005-03-01").code == "GBROPP"
    assert book.lookup("the SPD", date="2015-03-01").code == "DEUPTY"
    # a party word before a role still places the role
    assert book.lookup("Tory MPs", date="2005-03-01").code == "GBRLEG"


def test_a_party_name_several_countries_share_has_no_country_of_its_own(book):
    for phrase in ("Labour", "the Labour Party", "the Conservatives"):
        match = book.lookup(phrase, date="2019-05-02")
        assert match is not None and match.kind == "party" and match.country is None, phrase
    # "labour" in lowercase is no party
    assert book.lookup("cheap labour", date="2019-05-02") is None


# -- events: the story's home decides ---------------------------------------------------------


def test_the_tuc_calls_on_the_government_of_a_story_with_no_dateline(code_rules):
    doc = code_rules(
        "The TUC has called on the government to give more protection to agency staff.\n\n"
        "Ministers should change the rules before the summer, the TUC said on Monday."
    )
    assert ("GBRLAB", "020", "GBRGOV") in _triples(doc), _triples(doc)


def test_labour_in_a_british_story_is_the_british_party(code_rules):
    doc = code_rules(
        "Labour has attacked the Liberal Democrats over their plans for council tax.\n\n"
        "The Lib Dems said the NHS and the Home Office had wasted millions on consultants.",
        published="2005-03-01",
    )
    assert ("GBRPTY", "111", "GBROPP") in _triples(doc), _triples(doc)


def test_labour_in_a_wellington_story_is_new_zealand_labour(code_rules):
    doc = code_rules(
        "WELLINGTON (Reuters) - Labour criticised the Green Party's housing plan on Tuesday.",
        published="2019-05-02",
    )
    sources = {s for s, code, _ in _triples(doc) if code.startswith("11")}
    assert sources == {"NZLPTY"}, _triples(doc)


def test_conservatives_in_a_washington_story_are_no_british_party(code_rules):
    doc = code_rules(
        "WASHINGTON (Reuters) - Conservatives criticized the federal judiciary on Friday as "
        "too liberal.",
        published="2017-11-17",
    )
    sources = {s for s, _, _ in _triples(doc)}
    assert not any(s and s[:3] in ("GBR", "CAN") for s in sources), _triples(doc)
