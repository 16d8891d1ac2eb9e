"""issues #9/#10 parties39: parties and parliamentary committees in stories with no dateline
(BBC politics copy). A party name several countries share ("Labour") is placed by the words of
one country's politics the story uses ("MPs", "Westminster", "Downing Street") when no other
country's actors and places outnumber them; a select committee is the legislature. Sentences
written for these tests (invented events)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _by_source(doc) -> dict[str, tuple]:
    return {e.source_text: (e.source_actor, e.code, e.target_actor) for e in doc.events}


def test_labour_with_westminster_words_is_british(code_text):
    doc = code_text(
        "Labour has attacked ministers over the closure of rural post offices.\n\n"
        "Opposition MPs said at Westminster that pensioners in villages would lose their only "
        "bank, and Downing Street said the network was losing money.",
        published="2005-03-01",
    )
    source, _, target = _by_source(doc)["Labour"]
    assert (source, target) == ("GBRPTY", "GBRGOV"), doc.events


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Labour accused the government in Canberra of neglecting farmers hit by the "
            "drought.\n\nThe opposition said MPs from Queensland and New South Wales would press "
            "Prime Minister John Howard for help in Sydney next week.",
            id="Australia",
        ),
        pytest.param(
            "Labour criticised Prime Minister Ariel Sharon over the budget cuts.\n\nThe party "
            "said MPs in Jerusalem and Tel Aviv would oppose the plan in the Knesset.",
            id="Israel",
        ),
        pytest.param(
            "Labour criticised the government in Oslo over the oil fund on Monday.\n\nThe party "
            "said MPs from Bergen and Stavanger would vote against the budget in parliament.",
            id="Norway",
        ),
    ],
)
def test_labour_abroad_is_not_british(code_text, text):
    doc = code_text(text, published="2005-03-01")
    actors = {e.source_actor for e in doc.events} | {e.target_actor for e in doc.events}
    assert not any(a and a.startswith("GBR") for a in actors), doc.events


@pytest.mark.parametrize(
    "phrase",
    ["the Treasury Select Committee", "the Home Affairs Select Committee",
     "the Public Accounts Committee", "the Commons Treasury Committee"],
)  # fmt: skip
def test_a_select_committee_is_a_legislature(book, phrase):
    match = book.lookup(phrase, date="2005-03-01")
    assert match is not None and match.code.endswith("LEG"), match and match.rule


def test_a_select_committee_in_a_british_story_is_britains_legislature(code_text):
    doc = code_text(
        "The Home Affairs Select Committee has criticised the Home Office over the backlog of "
        "asylum claims.\n\nMPs on the committee said ministers at Westminster had ignored its "
        "warnings for two years.",
        published="2005-03-01",
    )
    source, code, target = _by_source(doc)["The Home Affairs Select Committee"]
    assert (source, code[:2], target) == ("GBRLEG", "11", "GBRGOV"), doc.events


def test_politics_words_need_two_and_no_bigger_country():
    from redline.actors import ActorMatch
    from redline.events.arguments import politics_country

    israel = ActorMatch("ISRGOV", "ISR", "GOV", "Ariel Sharon", "person", "")
    text = "Labour MPs met at Westminster."
    assert politics_country([], [], text) == "GBR"
    assert politics_country([], [], "Labour MPs met on Monday.") is None  # one word
    three = [(0, 1, israel)] * 3
    assert politics_country(three, [], text) is None  # Israel's actors outnumber them
