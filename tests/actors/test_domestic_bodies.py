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
    ("phrase", "date", "code"),
    [
        ("the TUC", "2005-03-01", "GBRLAB"),
        ("the Trades Union Congress", "2005-03-01", "GBRLAB"),
        ("the CBI", "2005-03-01", "GBRBUS"),
        ("the Commons", "2005-03-01", "GBRLEG"),
        ("the Scottish Parliament", "2005-03-01", "GBRLEG"),
        ("the Crown Prosecution Service", "2005-03-01", "GBRJUD"),
        ("an NHS trust", "2005-03-01", "GBRHLH"),
        ("Ofcom", "2005-03-01", "GBRGOV"),
        ("the Bank of England", "2005-03-01", "GBRGOV"),
        ("NASA", "2005-03-01", "USAGOV"),
        ("Deutsche Boerse", "2005-03-01", "DEUBUS"),
        ("Yukos", "2005-03-01", "RUSBUS"),
        ("the Oil and Natural Gas Corporation", "2005-03-01", "INDBUS"),
        # a party named alone: PTY while it governs, OPP outside
        ("the Tories", "2005-03-01", "GBROPP"),
        ("the Tories", "2017-06-01", "GBRPTY"),
        ("the Lib Dems", "2005-03-01", "GBROPP"),
        ("the SNP", "2005-03-01", "GBROPP"),
        ("the SPD", "2015-03-01", "DEUPTY"),
        # a party word before a role still places the role
        ("Tory MPs", "2005-03-01", "GBRLEG"),
    ],
)
def test_a_domestic_body_or_party_is_placed_in_its_country(book, phrase, date, code):
    match = book.lookup(phrase, date=date)
    assert match is not None and match.code == code, match and match.rule


def test_a_party_name_several_countries_share_has_no_country_of_its_own(book):
    for phrase in ("Labour", "the Labour Party", "the Conservatives"):
        match = book.lookup(phrase, date="2019-05-02")
        assert match is not None and match.kind == "party" and match.country is None, phrase
    # "labour" in lowercase is no party
    assert book.lookup("cheap labour", date="2019-05-02") is None


# -- events: the story's home decides ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "The TUC has called on the government to give more protection to agency staff.\n\n"
            "Ministers should change the rules before the summer, the TUC said on Monday.",
            None,
            ("GBRLAB", "020", "GBRGOV"),
            id="the TUC, no dateline: the one country named, in two sentences",
        ),
        pytest.param(
            "Labour has attacked the Liberal Democrats over their plans for council tax.\n\n"
            "The Lib Dems said the NHS and the Home Office had wasted millions on consultants.",
            "2005-03-01",
            ("GBRPTY", "111", "GBROPP"),
            id="Labour in a British story",
        ),
        pytest.param(
            "WELLINGTON (Reuters) - Labour criticised the Green Party's housing plan on Tuesday.",
            "2019-05-02",
            ("NZLPTY", "111", None),
            id="Labour in a Wellington story",
        ),
    ],
)
def test_the_storys_home_places_its_bodies_and_parties(code_rules, text, published, expected):
    source, code, target = expected
    triples = _triples(code_rules(text, published))
    found = [t for s, c, t in triples if (s, c) == (source, code)]
    assert found and (target is None or target in found), triples


def test_conservatives_in_a_washington_story_are_no_british_party(code_rules):
    doc = code_rules(
        "WASHINGTON (Reuters) - Conservatives criticized the federal judiciary on Friday as "
        "too liberal.",
        published="2017-11-17",
    )
    sources = {s for s, _, _ in _triples(doc)}
    assert not any(s and s[:3] in ("GBR", "CAN") for s in sources), _triples(doc)
