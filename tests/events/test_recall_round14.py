"""Recall, fourteenth round (issue #9 recall14): frames that failed on whole articles, each on a
sentence written for the test in the style of wire news (the rule name on the output says why)."""

from __future__ import annotations

import pytest
from event_views import country_pair, seen

pytestmark = pytest.mark.model


def test_recall14_speaking_to_an_actor_is_a_consultation(code_all):
    doc = code_all(
        "OTTAWA (Reuters) - Canadian Prime Minister Justin Trudeau spoke to German Chancellor "
        "Angela Merkel about the steel tariffs on Sunday, his office said."
    )
    spoke = [e for e in doc.events if "speak|talk+to" in (e.rule or "")]
    assert [(e.code, *country_pair(e)) for e in spoke] == [("040", "CAN", "DEU")], seen(doc)


def test_recall14_speaking_to_the_press_or_a_subject_is_no_consultation(code_all):
    press = code_all(
        "OTTAWA (Reuters) - Canadian Prime Minister Justin Trudeau spoke to reporters in "
        "Ottawa on Sunday."
    )
    assert not [e for e in press.events if "speak|talk+to" in (e.rule or "")], seen(press)
    subject = code_all(
        "OTTAWA (Reuters) - Canadian Prime Minister Justin Trudeau spoke to the importance of "
        "free trade on Sunday."
    )
    assert not [e for e in subject.events if "speak|talk+to" in (e.rule or "")], seen(subject)


def test_recall14_speaking_to_an_actor_announced_is_an_intent_to_meet(code_all):
    doc = code_all(
        "OTTAWA (Reuters) - Canadian Prime Minister Justin Trudeau will speak to German "
        "Chancellor Angela Merkel on Friday, his office said."
    )
    spoke = [e for e in doc.events if "speak|talk+to" in (e.rule or "")]
    assert [(e.code[:2], *country_pair(e)) for e in spoke] == [("03", "CAN", "DEU")], seen(doc)


def test_recall14_rejecting_an_actors_proposal_rejects_that_actor(code_all):
    doc = code_all(
        "BERLIN (Reuters) - German Chancellor Angela Merkel rejected France's proposal on Tuesday."
    )
    rejected = [e for e in doc.events if "owner of the object" in (e.rule or "")]
    assert [(e.code[:2], *country_pair(e)) for e in rejected] == [("12", "DEU", "FRA")], seen(doc)


def test_recall14_ones_own_plan_or_a_reversal_names_no_owner(code_all):
    own = code_all(
        "BERLIN (Reuters) - German Chancellor Angela Merkel withdrew her own proposal on Tuesday."
    )
    assert not [e for e in own.events if "owner of the object" in (e.rule or "")], seen(own)
    reversed_ = code_all(
        "PARIS (Reuters) - French President Emmanuel Macron said he would scrap Germany's plan."
    )
    assert not [e for e in reversed_.events if "owner of the object" in (e.rule or "")], seen(
        reversed_
    )


def test_recall14_the_partner_of_a_promised_cooperation_is_the_target(code_all):
    doc = code_all(
        "KIEV (Reuters) - Ukrainian President Petro Poroshenko pledged on Monday to cooperate "
        "with Poland on energy security."
    )
    pledged = [e for e in doc.events if e.code[:2] == "03" and "cooperate:pobj(with)" in e.rule]
    assert [country_pair(e) for e in pledged] == [("UKR", "POL")], seen(doc)


def test_recall14_a_promised_cooperation_with_no_partner_keeps_no_target(code_all):
    doc = code_all(
        "KIEV (Reuters) - Ukrainian President Petro Poroshenko pledged on Monday to cooperate "
        "fully."
    )
    pledged = [e for e in doc.events if e.code[:2] == "03"]
    assert pledged and all(e.target_actor is None for e in pledged), seen(doc)


def test_recall14_partner_complement_reads_the_to_clause(nlp):
    from redline.events.coder import Match, _partner_complement
    from redline.events.lexicon import load_lexicon

    entry = next(e for e in load_lexicon().entries if e.code == "030" and "cooperate" in e.xcomp)
    sent = nlp("Poroshenko agreed to work with Warsaw.")
    trigger = next(t for t in sent if t.lower_ == "agreed")
    holder = next(t for t in sent if t.lower_ == "work")
    assert _partner_complement(Match(entry, 0, trigger, holder))
    alone = nlp("Poroshenko agreed to work hard.")
    trigger = next(t for t in alone if t.lower_ == "agreed")
    holder = next(t for t in alone if t.lower_ == "work")
    assert not _partner_complement(Match(entry, 0, trigger, holder))


def test_recall14_cooperating_with_an_investigation_is_judicial_cooperation(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The former campaign aide has been cooperating with the special "
        "counsel's investigation since March, his lawyer said."
    )
    judicial = [e for e in doc.events if e.code == "063"]
    assert judicial and all("cooperate+investigation" in e.rule for e in judicial), seen(doc)


def test_recall14_cooperating_with_a_country_stays_cooperation(code_all):
    doc = code_all(
        "BERLIN (Reuters) - Germany will cooperate with France on border security, the interior "
        "minister said."
    )
    assert not [e for e in doc.events if e.code == "063"], seen(doc)
    assert [e for e in doc.events if e.code[:2] in ("03", "05", "06")], seen(doc)


def test_recall14_a_bill_with_no_maker_named_is_the_legislatures(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senator Susan Collins said on Monday she opposed the bill because "
        "it cut funding for rural hospitals."
    )
    judged = [e for e in doc.events if "bill's makers" in (e.rule or "")]
    assert judged and all(e.target_actor == "USALEG" for e in judged), seen(doc)


def test_recall14_a_bill_with_an_owner_or_a_plain_package_is_not_the_legislatures(code_all):
    owned = code_all(
        "WASHINGTON (Reuters) - Senator Susan Collins said on Monday she opposed Trump's bill."
    )
    assert not [e for e in owned.events if "bill's makers" in (e.rule or "")], seen(owned)
    parcel = code_all(
        "WASHINGTON (Reuters) - Senator Susan Collins said on Monday she opposed the package."
    )
    assert not [e for e in parcel.events if "bill's makers" in (e.rule or "")], seen(parcel)


def test_recall14_legislation_reads_the_noun_and_its_words(nlp):
    from redline.events.coder import _legislation

    doc = nlp("She backed the tax package and the amendment but not the package of cookies.")
    package, amendment, cookies = (t for t in doc if t.lower_ in ("package", "amendment"))
    assert _legislation(package)
    assert _legislation(amendment)
    assert not _legislation(cookies)
