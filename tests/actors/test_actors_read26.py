"""issue #9 read26: actor sectors read wrong on unseen BBC articles: a judge styled "Lord
Chief Justice" or "Lord Justice" was the government ("chief"), "military chiefs" the government,
and "the Save the Scottish Regiments campaigners" the military (the regiments their campaign is
named for). Phrases written for these tests (invented people)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Lord Chief Justice Woolf", "---JUD"),
        ("Lord Justice Hale", "---JUD"),
        ("Chief Justice Ann Pell", "---JUD"),
        ("Mr Justice Harrow", "---JUD"),
        ("military chiefs", "---MIL"),
        ("Britain's defence chiefs", "GBRMIL"),
        ("The Save the Black Watch campaigners", "---CVL"),
        ("anti-war campaigners", "---CVL"),
    ],
)
def test_judges_chiefs_and_campaigners_take_their_sector(book, phrase, code):
    assert book.lookup(phrase, date="2004-11-10").code == code


def test_a_lower_case_justice_is_no_judge(book):
    found = book.lookup("the justice system")
    assert found is None or found.code[3:] != "JUD", found


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("RAF Lakenheath", "GBRMIL"),
        ("the Royal Air Force", "GBRMIL"),
        ("the Royal Navy", "GBRMIL"),
        ("the Crown Prosecution Service", "GBRJUD"),
    ],
)
def test_british_services_by_name_are_placed(book, phrase, code):
    assert book.lookup(phrase, date="2004-11-10").code == code


def test_another_royal_navy_stays_its_own(book):
    found = book.lookup("the Royal Australian Navy", date="2004-11-10")
    assert found is None or not found.code.startswith("GBR"), found


@pytest.mark.model
def test_an_undated_story_means_the_home_secretary_it_printed(nlp):
    """ "Home Secretary Charles Clarke" printed, then "Mr Howard" (home secretary in 1993-97)
    named last and a farmer as the paragraph's subject: "the home secretary" is Clarke."""
    from redline.clean import clean_document
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline

    text = (
        "Tory leader Michael Howard has attacked the government over its prison plans.\n\n"
        "Home Secretary Charles Clarke said ministers would publish a review next month.\n\n"
        "The prime minister told MPs the review would be fair. On Friday, Mr Howard told the "
        "BBC the plans were a shambles.\n\n"
        "Mr Howard said the test was too strict. The row began when Devon farmer Alan Prior "
        "was fined for trapping a thief in his barn. But the home secretary said Mr Howard was "
        "wrong to say the courts were too soft."
    )
    doc = Pipeline(workers=1)(clean_document(RawDocument(source="<t>", text=text)))
    at = text.index("the home secretary said")
    linked = [m for m in doc.mentions if m.start == at]
    assert linked and linked[0].canonical == "Charles Clarke", [
        (m.text, m.canonical, m.rule) for m in doc.mentions
    ]
