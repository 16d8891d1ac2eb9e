"""issue #9 judge33: criticism and praise said as a plain statement, with no judging verb: what
an actor is said to do that harms ("the Tories would wreck the economy"), a verdict of failure
("this government has failed"), "cannot be trusted", "does not go far enough", "best placed
to", a judgement with its negation ("is not acceptable"), the way someone acted, and the
phrases of British party politics. Sentences written for the tests in the style of news copy."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _evaluations(doc):
    return [e for e in doc.events if (e.rule or "").startswith("evaluative")]


def _show(doc):
    return [(e.code, e.source_actor, e.target_actor, e.rule) for e in doc.events]


def _judged(doc):
    return [(e.code, e.target_actor) for e in _evaluations(doc)]


def test_an_actor_said_to_harm_is_criticised(code_all):
    doc = code_all("“The Tories would wreck the economy,” Chancellor Gordon Brown said.")
    assert _judged(doc) == [("111", "GBROPP")], _show(doc)


def test_a_broken_promise_and_letting_people_down_are_criticism(code_all):
    doc = code_all(
        "Liberal Democrat leader Charles Kennedy said the Tories had broken their promise."
    )
    assert _judged(doc) == [("111", "GBROPP")], _show(doc)
    doc = code_all("“The Tories let down pensioners,” Chancellor Gordon Brown told reporters.")
    assert _judged(doc) == [("111", "GBROPP")], _show(doc)


def test_a_harm_told_in_a_relative_clause_is_about_the_noun_it_hangs_on(code_all):
    doc = code_all(
        "“It is a government that has wasted taxpayers' money,” Conservative leader Michael "
        "Howard said."
    )
    found = _evaluations(doc)
    assert [e.code for e in found] == ["111"], _show(doc)
    assert found[0].target_actor.endswith("GOV"), _show(doc)


def test_a_verdict_of_failure_is_criticism(code_all):
    doc = code_all("“This government has failed,” Liberal Democrat leader Charles Kennedy said.")
    assert _judged(doc) == [("111", "GBRGOV")], _show(doc)


def test_a_failure_of_talks_or_a_test_is_no_verdict_on_anyone(code_all):
    doc = code_all(
        "The talks between the two unions have failed, the minister said. The sprinter failed "
        "a drugs test, the federation said."
    )
    assert _evaluations(doc) == [], _show(doc)


def test_harm_done_by_a_storm_is_no_criticism(code_all):
    doc = code_all("The storm damaged hundreds of homes along the coast, the mayor said.")
    assert _evaluations(doc) == [], _show(doc)


def test_cannot_be_trusted_is_criticism_not_a_negated_act(code_all):
    doc = code_all("“The Tories cannot be trusted with the economy,” Chancellor Gordon Brown said.")
    found = _evaluations(doc)
    assert [(e.code, e.target_actor, e.negated) for e in found] == [("111", "GBROPP", False)], (
        _show(doc)
    )


def test_trust_that_is_not_denied_is_not_read_as_criticism(code_all):
    doc = code_all("“The Tories can be trusted with the economy,” Michael Howard said.")
    assert _evaluations(doc) == [], _show(doc)


def test_not_far_enough_is_criticism_of_the_plans_maker(code_all):
    doc = code_all(
        "Conservative leader Michael Howard said the government's plans did not go far enough."
    )
    found = _evaluations(doc)
    assert [e.code for e in found] == ["111"], _show(doc)
    assert found[0].target_actor.endswith("GOV"), _show(doc)


def test_best_placed_to_lead_is_praise(code_all):
    doc = code_all("The German chancellor said Tony Blair was best placed to lead the talks.")
    found = _evaluations(doc)
    assert [e.code for e in found] == ["051"], _show(doc)
    assert found[0].target_actor.startswith("GBR"), _show(doc)


def test_a_judgement_said_with_its_negation_is_coded(code_all):
    doc = code_all("The opposition leader said the government's plan was not acceptable.")
    found = _evaluations(doc)
    assert [e.code for e in found] == ["111"], _show(doc)
    assert found[0].target_actor.endswith("GOV") and not found[0].negated, _show(doc)


def test_a_negated_judgement_is_still_not_coded(code_all):
    doc = code_all("The minister said the government's plan was not a disaster.")
    assert _evaluations(doc) == [], _show(doc)


def test_the_way_someone_acted_judged_is_about_who_acted(code_all):
    doc = code_all(
        "Shadow culture secretary John Whittingdale said the way the government had handled "
        "the bill was a shambles."
    )
    found = _evaluations(doc)
    assert [e.code for e in found] == ["111"], _show(doc)
    assert found[0].target_actor.endswith("GOV"), _show(doc)


def test_british_verdicts_said_as_statements(code_all):
    doc = code_all(
        "Conservative leader Michael Howard said the government's proposals were a step in "
        "the right direction."
    )
    assert [e.code for e in _evaluations(doc)] == ["051"], _show(doc)
    doc = code_all(
        "Liberal Democrat leader Charles Kennedy called the government's new targets "
        "“hugely unambitious”."
    )
    assert [e.code for e in _evaluations(doc)] == ["111"], _show(doc)
    doc = code_all(
        "The Irish prime minister said the British government's deal was a great achievement."
    )
    assert [e.code for e in _evaluations(doc)] == ["051"], _show(doc)


def test_verdict_phrases_with_an_ordinary_verb(code_all):
    doc = code_all("“Tony Blair has done a fantastic job,” the German chancellor said.")
    assert [e.code for e in _evaluations(doc)] == ["051"], _show(doc)
    doc = code_all("“The Tories are playing politics with the NHS,” Chancellor Gordon Brown said.")
    assert _judged(doc) == [("111", "GBROPP")], _show(doc)
    doc = code_all("“Tony Blair deserves credit for this,” the German chancellor said.")
    assert [e.code for e in _evaluations(doc)] == ["051"], _show(doc)
    doc = code_all(
        "“The government has got it badly wrong,” Conservative leader Michael Howard said."
    )
    assert [e.code for e in _evaluations(doc)] == ["111"], _show(doc)


def test_a_verdict_on_a_generic_person_or_on_oneself_is_not_coded(code_all):
    doc = code_all(
        "“It will be a person who hopefully will do a fantastic job,” the German chancellor "
        "said. “We made a mess of it,” the minister admitted."
    )
    assert _evaluations(doc) == [], _show(doc)


def test_a_relative_clause_on_a_predicate_is_said_of_the_subject(code_all):
    doc = code_all(
        "“Tony Blair is a man who has done a fantastic job,” the German chancellor said."
    )
    found = _evaluations(doc)
    assert [e.code for e in found] == ["051"], _show(doc)
    assert found[0].target_actor.startswith("GBR"), _show(doc)


BANK_BILL_STORY = (
    "WASHINGTON - The Senate passed a banking bill on Thursday. The bill would raise the "
    "threshold for stricter oversight of banks. Supporters of the bill said it would help small "
    "lenders. {}"
)


def test_a_thing_in_the_bill_judged_in_a_bill_story_is_about_the_legislature(code_all):
    doc = code_all(
        BANK_BILL_STORY.format(
            "“The reporting threshold in the bill is too high,” said Mary Jones, head of the "
            "Consumer Federation of America."
        )
    )
    found = [e for e in _evaluations(doc) if "the bill's doing" in (e.rule or "")]
    assert [(e.code, e.target_actor) for e in found] == [("111", "USALEG")], _show(doc)


def test_a_thing_outside_any_bill_is_not_read_as_the_bills(code_all):
    doc = code_all(
        BANK_BILL_STORY.format(
            "“The reporting threshold at the bank is too high,” said Mary Jones, head of the "
            "Consumer Federation of America."
        )
    )
    assert [e for e in _evaluations(doc) if "the bill's doing" in (e.rule or "")] == [], _show(doc)


def test_a_users_layer_adds_a_verdict_verb(tmp_path, nlp):
    from redline.clean import clean_document
    from redline.events.filter import with_event_settings
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline

    mine = tmp_path / "my_verdicts.yml"
    mine.write_text(
        "verdicts:\n  - {group: criticize, verb: [torpedo], object: [talks, deal]}\n", "utf-8"
    )
    config = tmp_path / "my.toml"
    config.write_text(
        '[data]\n"events/evaluative.yml" = ["pkg:events/evaluative.yml", "my_verdicts.yml"]\n',
        "utf-8",
    )
    pipeline = with_event_settings(Pipeline(str(config)), min_confidence=0.0)
    text = "“The Tories torpedoed the talks,” Chancellor Gordon Brown said."
    doc = pipeline(clean_document(RawDocument(source="<test>", text=text)))
    found = [e for e in _evaluations(doc) if "verdict:" in (e.rule or "")]
    assert [(e.code, e.target_actor) for e in found] == [("111", "GBROPP")], _show(doc)
