"""Recall, sixth round (issue #9 recalla): speech acts, judgements and investigations, each on a
sentence written for the test in the style of wire news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_recalla_an_investigation_into_collusion_between_two_sides_targets_both(code_all):
    doc = code_all(
        "The inquiry by special counsel Robert Mueller into possible contacts between the "
        "Trump campaign and Russians has widened, officials said."
    )
    probes = [e for e in doc.events if e.trigger_text == "inquiry"]
    targets = {(e.target_actor or "")[:3] for e in probes}
    assert {"USA", "RUS"} <= targets, [e.rule for e in probes]
    assert any("party 'Russians'" in e.rule for e in probes)


def test_recalla_a_prosecutors_investigation_is_into_a_crime(code_all):
    doc = code_all("Federal prosecutors opened an investigation into the senator's campaign.")
    probe = next(e for e in doc.events if e.root_code == "09")
    assert probe.code == "091", probe.rule
    assert "investigated by law enforcement" in probe.rule


def test_recalla_a_committees_investigation_stays_090(code_all):
    doc = code_all("The Senate Intelligence Committee began an investigation into Russia's role.")
    probe = next(e for e in doc.events if e.root_code == "09")
    assert probe.code == "090", probe.rule


def test_recalla_sanctions_counted_by_a_package_take_who_agreed_on_it(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Senators from both parties said on Tuesday they had agreed on "
        "a new package of sanctions on Iran."
    )
    sanction = next(e for e in doc.events if e.code == "163")
    assert (sanction.source_actor, sanction.target_actor) == ("USALEG", "IRN"), sanction.rule
    assert "agreed-on agree" in sanction.rule


def test_recalla_a_round_of_sanctions_takes_the_measure_nouns_owner(code_all):
    doc = code_all("Japan's latest round of sanctions on Iran took effect on Friday.")
    sanction = next(e for e in doc.events if e.code == "163")
    assert (sanction.source_actor, sanction.target_actor) == ("JPN", "IRN"), sanction.rule


def test_recalla_saying_there_was_no_collusion_is_a_denial(code_all):
    doc = code_all("The Kremlin said on Monday there was no interference in the French election.")
    denial = next(e for e in doc.events if e.code == "016")
    assert denial.source_actor.startswith("RUS"), denial.rule
    assert "speech.yml" in denial.rule


def test_recalla_saying_there_was_collusion_is_no_denial(code_all):
    doc = code_all("The senator said there was collusion between the campaign and Moscow.")
    assert not any(e.code == "016" for e in doc.events), [e.rule for e in doc.events]


def test_recalla_a_denial_does_not_answer_criticism_of_someone_else_at_home(code_all):
    doc = code_all(
        "Republicans have attacked Special Counsel Robert Mueller. President Donald Trump says "
        "there was no collusion.",
        published="2017-12-01",
    )
    denial = next(e for e in doc.events if e.code == "016")
    assert denial.source_actor == "USAGOV" and denial.target_actor is None, denial.rule


def test_recalla_a_relative_clause_without_a_relative_word_has_its_noun_as_object(code_all):
    doc = code_all(
        "The European Union published a list on Monday naming an Iranian company it accused of "
        "smuggling weapons to Yemen.",
    )
    accusation = next(e for e in doc.events if e.root_code == "11")
    assert accusation.source_actor == "IGOEUREEC", accusation.rule
    assert (accusation.target_actor or "").startswith("IRN"), accusation.rule
    assert "relcl-head(object)" in accusation.rule


def test_recalla_a_resolution_that_calls_speaks_for_the_body_voting(code_all):
    doc = code_all(
        "At the United Nations on Thursday, dozens of countries voted for a resolution calling "
        "for Israel to halt settlement building."
    )
    appeal = next(e for e in doc.events if e.root_code in ("02", "10"))
    assert (appeal.source_actor, appeal.target_actor) == ("IGOUNO", "ISR"), appeal.rule
    assert "the body voting" in appeal.rule


def test_recalla_a_relative_clause_names_no_party_of_the_investigation(code_all):
    doc = code_all(
        "The FBI opened an investigation into Senator Mark Smith, who had worked as a lobbyist "
        "for a Turkish businessman."
    )
    probes = [e for e in doc.events if e.root_code == "09"]
    assert probes and not any((e.target_actor or "").startswith("TUR") for e in probes), [
        e.rule for e in probes
    ]
