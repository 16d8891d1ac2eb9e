"""Actors, issue #9 (session 22, actors23): people and companies the actor book does not know,
typed by what the text calls them: a department's secretary is the government ("Acting Energy
Secretary ..."), also when told again by surname; a chamber's whip is the legislature; a company
named with its legal suffix is a business; a company told again by the first word of its name
that the tagger read as a common noun keeps the full name's actor (sentences written for the
test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _by_trigger(doc, trigger):
    found = [e for e in doc.events if e.trigger_text == trigger]
    assert found, seen(doc)
    return found[0]


def test_a_department_secretary_is_the_government_and_stays_so_by_surname(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Acting Energy Secretary Dana Whitford on Tuesday criticized "
        "Venezuela over its oil exports. Whitford later praised Colombia for its cooperation."
    )
    assert _by_trigger(doc, "criticized").source_actor == "USAGOV", seen(doc)
    assert _by_trigger(doc, "praised").source_actor == "USAGOV", seen(doc)


@pytest.mark.parametrize(
    "title", ["Interior Secretary", "Agriculture Secretary", "Veterans Affairs Secretary"]
)
def test_cabinet_titles_place_an_unknown_secretary(code_all, title):
    doc = code_all(f"WASHINGTON (Reuters) - {title} Alan Pryce criticized China on Monday.")
    assert _by_trigger(doc, "criticized").source_actor == "USAGOV", seen(doc)


def test_a_party_secretary_is_no_cabinet_secretary(code_all):
    doc = code_all("BEIJING (Reuters) - Party Secretary Wang Lixin criticized Japan on Monday.")
    assert _by_trigger(doc, "criticized").source_actor == "CHNPTY", seen(doc)


def test_a_majority_whip_is_the_legislature(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - House Majority Whip Tom Eldridge criticized China on Monday."
    )
    assert _by_trigger(doc, "criticized").source_actor == "USALEG", seen(doc)


def test_a_company_with_a_legal_suffix_is_a_business(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Brightwater Logistics LLC criticized the Commerce Department "
        "on Monday."
    )
    assert _by_trigger(doc, "criticized").source_actor == "USABUS", seen(doc)


def test_a_company_told_again_by_its_first_word_keeps_its_actor(code_all):
    doc = code_all(
        "NEW YORK (Reuters) - Lawyers for Varnoff Holdings Ltd, a Russian-owned company, filed "
        "papers on Monday. Varnoff criticized the ruling by the U.S. government."
    )
    assert _by_trigger(doc, "criticized").source_actor == "RUSBUS", seen(doc)


def test_a_capitalised_noun_is_a_name_only_if_never_written_lowercase(nlp):
    from redline.events.arguments import _capitalised_noun

    doc = nlp("Prevezon disputed that in a letter. Bankers complained, and bankers left.")
    for tok in doc:
        if tok.text in ("Prevezon", "Bankers") and tok.pos_ == "NOUN":
            assert _capitalised_noun(tok) is (tok.text == "Prevezon")
