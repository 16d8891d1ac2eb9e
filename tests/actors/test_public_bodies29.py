"""issues #9/#10 bodies29: public bodies, regulators, inspectorates and watchdogs of Britain and
the United States that speak and act in the news with no country named. Acronyms match only in
capitals; a name several countries share is a role word the story's home places; another
country named with a body is the body's country. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the NAO", "GBRGOV"),
        ("the Audit Commission", "GBRGOV"),
        ("the Charity Commission", "GBRGOV"),
        ("the Information Commissioner's Office", "GBRGOV"),
        ("the Competition and Markets Authority", "GBRGOV"),
        ("the Financial Conduct Authority", "GBRGOV"),
        ("the Independent Police Complaints Commission", "GBRGOV"),
        ("the Office for Budget Responsibility", "GBRGOV"),
        ("HM Inspectorate of Prisons", "GBRGOV"),
        ("the Met Office", "GBRGOV"),
        ("the National Crime Agency", "GBRCOP"),
        ("the SEC", "USAGOV"),
        ("the FDA", "USAGOV"),
        ("the CDC", "USAGOV"),
        ("the Federal Deposit Insurance Corporation", "USAGOV"),
        ("the NTSB", "USAGOV"),
        ("the ATF", "USACOP"),
        ("the U.S. Marshals Service", "USACOP"),
        ("the Office of the Director of National Intelligence", "USASPY"),
        ("the CBO", "USALEG"),
        ("the General Accounting Office", "USALEG"),
        # shared names: the country named with them decides
        ("Kenya's Electoral Commission", "KENGOV"),
        ("China's National Audit Office", "CHNGOV"),
        # a body the book files under one country, named with another
        ("the Pakistani SEC", "PAKGOV"),
        ("Nigeria's Securities and Exchange Commission", "NGAGOV"),
        ("the Irish Charity Commission", "IRLGOV"),
    ],
)
def test_a_public_body_is_its_country_s(book, phrase, code):
    match = book.lookup(phrase, date="2012-05-01")
    assert match is not None and match.code == code, match and match.rule


@pytest.mark.parametrize(
    "phrase",
    ["the sec", "a fda", "the electoral commission's rules"],
)
def test_lowercase_words_are_no_acronym_or_country(book, phrase):
    match = book.lookup(phrase, date="2012-05-01")
    assert match is None or match.country is None, match.rule


def test_a_shared_name_alone_is_a_role_with_no_country(book):
    for phrase in ("the Electoral Commission", "the National Audit Office"):
        match = book.lookup(phrase, date="2012-05-01")
        assert match is not None and match.code == "---GOV", phrase


@pytest.fixture(scope="module")
def code_rules():
    """The whole pipeline with the precision filter's threshold off: the rules under test."""
    from redline.clean import clean_document
    from redline.events.filter import with_event_settings
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline

    pipeline = with_event_settings(Pipeline(workers=1), min_confidence=0.0)

    def run(text: str):
        raw = RawDocument(source="<test>", text=text, published="2012-05-01")
        return [
            (e.source_actor, e.code, e.target_actor) for e in pipeline(clean_document(raw)).events
        ]

    return run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "LONDON (Reuters) - The National Audit Office criticised the Ministry of Defence on "
            "Wednesday over the rising cost of two new aircraft carriers.",
            ("GBRGOV", "111", "GBRGOVMIL"),
            id="a shared name placed by the London dateline",
        ),
        pytest.param(
            "WASHINGTON (Reuters) - The SEC accused a Texas hedge fund manager of fraud on Monday.",
            ("USAGOV", "1121", None),
            id="the SEC",
        ),
        pytest.param(
            "LAGOS (Reuters) - Nigeria's SEC warned investors on Thursday against buying shares "
            "in the unlicensed firm.",
            ("NGAGOV", "130", "NGABUS"),
            id="another country's SEC",
        ),
    ],
)
def test_a_public_body_acts_as_its_country(code_rules, text, expected):
    assert expected in code_rules(text)


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Israel's White House meeting", "USAGOV"),
        ("Saudi Arabia's Pentagon contracts", "USAMIL"),
        ("Canada's Walmart stores", "USABUS"),
    ],
)
def test_a_country_before_a_one_country_name_does_not_move_it(book, phrase, code):
    # lead review: only a body name many countries give their own body (an acronym or a name
    # with "Commission", "Agency", ...) takes the country named before it
    match = book.lookup(phrase, date="2012-05-01")
    assert match is not None and match.code == code, match
