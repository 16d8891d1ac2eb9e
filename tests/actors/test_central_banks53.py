"""issue #9/#10 held53: central banks are bodies of their state (``data/actors/central_banks.yml``):
the government sector of their country, as the Federal Reserve and the Bank of England were
already, not the country's business (the role word "bank"); the ECB is the EU's.

Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the Bank of Japan", "JPNGOV"),
        ("BoJ", "JPNGOV"),
        ("the Reserve Bank of India", "INDGOV"),
        ("the People's Bank of China", "CHNGOV"),
        ("the People\u2019s Bank of China", "CHNGOV"),
        ("the Bank of Korea", "KORGOV"),
        ("the Swiss National Bank", "CHEGOV"),
        ("the Bank of Canada", "CANGOV"),
        ("the Reserve Bank of Australia", "AUSGOV"),
        ("the Riksbank", "SWEGOV"),
        ("the Federal Reserve", "USAGOV"),
        ("the Bank of England", "GBRGOV"),
        ("the European Central Bank", "IGOEUREEC"),
        ("the ECB", "IGOEUREEC"),
        # commercial banks named like their country's central bank stay business
        ("the Bank of China", "CHNBUS"),
        ("the Royal Bank of Canada", "CANBUS"),
        ("the National Bank of Greece", "GRCBUS"),
    ],
)
def test_a_central_bank_is_its_states(name, code):
    from redline.actors.book import load_actors

    found = load_actors().lookup(name)
    assert found is not None and found.code == code, found


def test_the_ecb_keeps_its_name_on_the_actor():
    from redline.actors.book import load_actors

    found = load_actors().lookup("ECB")
    assert found.name == "European Central Bank"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Bank of Korea praised Japan for its rate cut.", "KORGOV", "JPN"),
        ("The Swiss National Bank criticised the European Commission.", "CHEGOV", "IGOEUREEC"),
        ("The European Central Bank warned Italy over its budget.", "IGOEUREEC", "ITA"),
    ],
)
def test_a_central_bank_acts_for_its_state(code_text, text, source, target):
    doc = code_text(text)
    assert [(e.source_actor, e.target_actor) for e in doc.events] == [(source, target)], [
        (e.source_actor, e.code, e.target_actor) for e in doc.events
    ]
