"""issue #10 names28: an unnamed company spokesperson's "we" is the company; a campaign named
after a slogan ("Vote Leave") speaks as itself, with no person's actor; a court's or a
ministry's writing that "read" speaks for the body that issued it. Our own news-style
sentences."""

from __future__ import annotations

import pytest
from quote_views import quote_with

pytestmark = pytest.mark.model

RECALL = (
    "DETROIT (Reuters) - Ford Motor Co recalled 40,000 pickup trucks on Tuesday after safety "
    "regulators found faulty brake lines. A spokesman for the company said: “We have complied "
    "with every regulation and our dealers will repair the trucks for free.”"
)


def _first_person(doc, quote):
    return [
        m for m in doc.mentions
        if quote.start <= m.start < quote.end and m.text.lower() in ("we", "our", "us")
    ]  # fmt: skip


def test_a_company_spokesmans_we_is_the_company(code_text):
    doc = code_text(RECALL, published="2020-03-03")
    quote = quote_with(lambda t: doc, RECALL, "complied")
    assert quote.speaker == "Ford Motor Co's spokesman"
    found = _first_person(doc, quote)
    assert [m.text for m in found] == ["We", "our"], [(m.text, m.canonical) for m in found]
    assert all(m.canonical == "Ford Motor Co" and m.actor == quote.actor for m in found)


def test_a_company_spokeswoman_speaks_for_the_company_named_before(code_text):
    text = (
        "SEATTLE (Reuters) - Boeing Co delayed deliveries of its 787 jet again on Friday. “We "
        "regret the delay and we are working with our suppliers,” a company spokeswoman said."
    )
    doc = code_text(text, published="2021-06-04")
    quote = quote_with(lambda t: doc, text, "regret")
    assert quote.speaker == "Boeing Co's spokeswoman", (quote.speaker, quote.rule)
    assert {m.canonical for m in _first_person(doc, quote)} == {"Boeing Co"}


def test_the_spokesmans_own_i_is_not_the_company(code_text):
    text = (
        "DETROIT (Reuters) - Ford Motor Co recalled 40,000 trucks on Tuesday. A spokesman for "
        "the company said: “I cannot say more, but we will repair every truck.”"
    )
    doc = code_text(text, published="2020-03-03")
    quote = quote_with(lambda t: doc, text, "repair")
    assert not [m for m in doc.mentions if m.text == "I" and quote.start <= m.start < quote.end]
    assert [m.text for m in _first_person(doc, quote)] == ["we"]


def test_a_slogan_campaign_speaks_as_itself(code_text):
    text = (
        "LONDON (Reuters) - Vote Leave said on Monday it had raised 2 million pounds in a "
        "week. “The momentum is with us,” Vote Leave said in a statement."
    )
    doc = code_text(text, published="2016-05-02")
    for words in ("2 million", "momentum"):
        quote = quote_with(lambda t: doc, text, words)
        assert quote.speaker == "Vote Leave", (quote.speaker, quote.rule)
        assert quote.actor is None
    named = [m for m in doc.mentions if m.text == "Vote Leave"]
    assert named and all(m.type == "organisation" for m in named), [(m.type, m.rule) for m in named]


def test_stop_trump_is_not_trump(code_text):
    text = (
        "CLEVELAND (AP) - Donald Trump landed in Ohio on Sunday. “We will fight him on the "
        "convention floor,” said Stop Trump, the delegates' campaign, in a statement."
    )
    doc = code_text(text, published="2016-07-17")
    quote = quote_with(lambda t: doc, text, "convention floor")
    assert quote.speaker == "Stop Trump", (quote.speaker, quote.rule)
    assert quote.actor != "USAGOV"


def test_the_summary_of_a_courts_decision_speaks_for_the_court(code_text):
    text = (
        "THE HAGUE (Reuters) - The International Court of Justice ruled on Thursday that "
        "Colombia had breached Nicaragua's rights at sea. The summary of the decision read: "
        "“Colombia must cease at once all activity in the waters concerned.”"
    )
    doc = code_text(text, published="2022-04-21")
    quote = quote_with(lambda t: doc, text, "cease at once")
    assert quote.speaker == "International Court of Justice", (quote.speaker, quote.rule)


def test_a_judgment_that_read_speaks_for_the_court(code_text):
    text = (
        "LONDON (Reuters) - The Supreme Court ruled against the government on Tuesday. “The "
        "decision to suspend parliament was unlawful,” the judgment read."
    )
    doc = code_text(text, published="2019-09-24")
    quote = quote_with(lambda t: doc, text, "unlawful")
    assert quote.speaker == "Supreme Court", (quote.speaker, quote.rule)


def test_a_statement_issued_by_a_ministry_speaks_for_it(code_text):
    text = (
        "PARIS (Reuters) - The French Foreign Ministry issued a statement on Monday after the "
        "blast in Beirut. “France stands with the people of Lebanon,” the statement read."
    )
    doc = code_text(text, published="2020-08-10")
    quote = quote_with(lambda t: doc, text, "stands with")
    assert quote.speaker == "French Foreign Ministry", (quote.speaker, quote.rule)
    assert quote.actor == "FRAGOV"


def test_a_statement_after_a_persons_sentence_gets_no_body(code_text):
    # the sentence before is about a person: no body put the statement out
    text = (
        "WASHINGTON (Reuters) - Senator Susan Collins met the nominee on Monday. “The meeting "
        "was productive,” the statement read."
    )
    doc = code_text(text, published="2018-08-21")
    quote = quote_with(lambda t: doc, text, "productive")
    assert quote.speaker != "Senate"


def test_a_quotations_sentences_do_not_part_a_description_from_its_subject(code_text):
    # four sentences of quotation between his cue and "the candidate": still him
    text = (
        "DES MOINES (AP) - Jeb Bush spoke to farmers in Ames on Friday. Bush told the crowd: "
        "“They waited for months. Some of them went broke. Nobody in Washington listened. "
        "Nobody cared.” Later on Twitter, the candidate vowed to “keep fighting for every "
        "farm in Iowa.”"
    )
    doc = code_text(text, published="2015-08-14")
    quote = quote_with(lambda t: doc, text, "keep fighting")
    assert quote.speaker == "Jeb Bush", (quote.speaker, quote.rule)


def test_a_lower_case_word_tagged_a_body_names_no_speaker(code_text):
    # "state" in "the secretary of state" is no body's name, nor short for the State Department
    text = (
        "WASHINGTON (Reuters) - The State Department said on Friday it would cut staff. “We "
        "will not back down,” the secretary of state said on Saturday."
    )
    doc = code_text(text, published="2017-11-30")
    quote = quote_with(lambda t: doc, text, "back down")
    assert quote.speaker not in ("state", "State Department", "Department"), quote.rule
