"""Phrasings found missing or miscoded on the document-level dev articles (issue #9), each on a
sentence written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import dyads

from redline.events.senses import check_sense

pytestmark = pytest.mark.model


def test_docgold_denial_takes_the_accuser_named_in_what_is_denied(code_all):
    doc = code_all(
        "Russia on Monday denied the accusations by British investigators that its agents "
        "poisoned a former spy in Salisbury."
    )
    denial = next(e for e in doc.events if e.code == "016")
    assert denial.source_actor.startswith("RUS") and denial.target_actor.startswith("GBR")
    assert "denied:pobj(by)" in denial.rule


def test_docgold_denial_answers_the_accusation_before_it(code_with_stand_in):
    doc = code_with_stand_in(
        "Israel accused Iran of arming militants in Gaza on Tuesday. "
        "Iran has repeatedly denied the allegations."
    )
    denial = next(e for e in doc.events if e.code == "016")
    assert (denial.source_actor, denial.target_actor) == ("IRN", "ISR"), denial.rule
    # issue #9 actors: "the allegations" are found by their maker before the accuser pass
    assert "accuser of the denial" in denial.rule or "the allegations made by" in denial.rule


def test_docgold_denial_with_no_accusation_keeps_no_target(code_with_stand_in):
    doc = code_with_stand_in("Iran has repeatedly denied the allegations.")
    assert [(e.code, e.target_actor) for e in doc.events if e.code == "016"] == [("016", None)]


def test_docgold_traded_insults_is_mutual_criticism_not_trade(code_with_stand_in):
    doc = code_with_stand_in("Putin has traded insults and threats with Biden for months.")
    assert ("RUSGOV", "111", "USAGOV") in dyads(doc), [e.rule for e in doc.events]
    assert ("USAGOV", "111", "RUSGOV") in dyads(doc)
    assert not [e for e in doc.events if e.code == "061"]


def test_docgold_insulted_is_criticism(code_with_stand_in):
    doc = code_with_stand_in("Biden insulted Putin in a speech on Tuesday.")
    assert ("USAGOV", "111", "RUSGOV") in dyads(doc), [e.rule for e in doc.events]


def test_docgold_object_pronoun_is_never_the_subject_again(code_with_stand_in):
    doc = code_with_stand_in("Putin said on Sunday that Biden had insulted him.")
    assert ("USAGOV", "111", "USAGOV") not in dyads(doc), [e.rule for e in doc.events]


def test_docgold_took_issue_with_is_criticism(code_with_stand_in):
    doc = code_with_stand_in("Germany took issue with Poland over the judicial reforms.")
    assert ("DEU", "111", "POL") in dyads(doc), [e.rule for e in doc.events]


def test_docgold_politicians_attack_with_words():
    assert check_sense("attack", "190", "Republican lawmakers", True)[0] == "111"
    assert check_sense("attack", "190", "Russian forces", True) == ("190", "")


def test_docgold_try_with_no_one_tried_is_no_trial(code_with_stand_in):
    doc = code_with_stand_in("“I try so hard to be his friend,” Biden said of Putin.")
    assert not [e for e in doc.events if e.code == "173"], [e.rule for e in doc.events]


def test_docgold_speech_judgement_by_adjective_is_criticism_by_the_speaker(code_all):
    doc = code_all("Germany said the Polish government's new media law was unacceptable.")
    crit = [e for e in doc.events if e.code == "111"]
    assert crit and crit[0].source_actor.startswith("DEU"), [e.rule for e in doc.events]
    assert crit[0].target_actor.startswith("POL")
    assert "speech.yml" in crit[0].rule


def test_docgold_speech_judgement_needs_someone_judged(code_all):
    doc = code_all("Germany said the weather in July was unacceptable.")
    assert not [e for e in doc.events if "speech.yml" in (e.rule or "")]


def test_docgold_speech_responsible_for_is_an_accusation(code_all):
    doc = code_all("The French foreign minister said Iran was responsible for the attack.")
    assert any(s and s.startswith("FRA") and c == "112" and t == "IRN" for s, c, t in dyads(doc))


def test_docgold_should_is_the_speakers_appeal(code_with_stand_in):
    doc = code_with_stand_in("Germany said Poland should meet Ukraine to resolve the dispute.")
    appeals = [e for e in doc.events if e.root_code == "02"]
    assert appeals and (appeals[0].source_actor, appeals[0].target_actor) == ("DEU", "POL"), [
        e.rule for e in doc.events
    ]
    assert not appeals[0].conditional and "appeal:" in appeals[0].rule


def test_docgold_unknown_person_is_of_the_home_country(code_all):
    doc = code_all("WASHINGTON (Reuters) - Lauren Greene criticized the Pentagon on Monday.")
    crit = next(e for e in doc.events if e.code == "111")
    assert crit.source_actor == "USA", crit.rule  # country only: no guessed sector
    assert "person the book does not know" in crit.rule


def test_docgold_unknown_name_takes_the_graphs_actor_first(code_all):
    doc = code_all(
        "HANOI (Reuters) - North Korean leader Kim Jong Un met Chinese officials on Friday. "
        "Kim criticized the United States on Sunday."
    )
    crit = next(e for e in doc.events if e.code == "111")
    assert crit.source_actor.startswith("PRK"), crit.rule


def test_docgold_pronoun_takes_the_graphs_antecedent_resolved_by_its_name(code_all):
    doc = code_all(
        "MOSCOW (Reuters) - Russian lawyer Natalia Veselnitskaya met Donald Trump Jr in June 2016. "
        "She criticized Washington's sanctions law on Monday."
    )
    crit = next(e for e in doc.events if e.code == "111")
    assert crit.source_actor.startswith("RUS"), crit.rule
    assert "graph" in crit.rule


def test_docgold_denial_author_hung_on_the_verb(code_all):
    doc = code_all(
        "Russia denies the conclusions by three U.S. intelligence agencies that Moscow used "
        "hacking to affect the election."
    )
    denial = next(e for e in doc.events if e.code == "016")
    assert denial.target_actor and denial.target_actor.startswith("USA"), denial.rule


def test_docgold_georgia_in_us_politics_is_the_state(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - U.S. Representative John Lewis of Georgia criticized Trump."
    )
    crit = next(e for e in doc.events if e.code == "111")
    assert crit.source_actor.startswith("USA"), crit.rule
    doc = code_all("TBILISI (Reuters) - Georgia criticized Russia on Monday.")
    assert any(e.source_actor == "GEO" for e in doc.events if e.code == "111")
