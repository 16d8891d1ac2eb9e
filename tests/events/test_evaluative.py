"""Evaluations said about another actor (issue #9 speech): naming ("called X Y", "described X
as Y"), saying ("X is Y" in a quotation or a reported clause), an owned act judged by
adjective, and denials of claims. Each on a sentence written for the test in wire style."""

from __future__ import annotations

import pytest

from redline.model import check_offsets

pytestmark = pytest.mark.model


def _evaluations(doc):
    return [e for e in doc.events if "evaluative" in (e.rule or "")]


def _one(doc, code_prefix: str):
    found = [e for e in _evaluations(doc) if e.code.startswith(code_prefix)]
    assert found, [(e.code, e.rule) for e in doc.events]
    return found[0]


def test_evaluative_called_x_a_name_is_criticism_of_x(code_all):
    doc = code_all("President Donald Trump called Pelosi “a disgrace” on Friday.", "2019-05-24")
    assert check_offsets(doc) == []
    event = _one(doc, "111")
    assert (event.source_actor, event.target_actor) == ("USAGOV", "USALEG"), event.rule
    assert event.rule.startswith("evaluative:criticize named: 'called'")
    assert doc.text[event.trigger_start : event.trigger_end] == "a disgrace"
    assert event.reported_by is None  # the speaker's own act


def test_evaluative_described_as_reads_the_object_of_as(code_all):
    doc = code_all(
        "Pompeo described Xi Jinping as a “bully” at a news conference on Tuesday.", "2019-05-24"
    )
    event = _one(doc, "111")
    assert (event.source_actor, event.target_actor[:3]) == ("USAGOV", "CHN"), event.rule
    assert event.trigger_text == "bully"


def test_evaluative_praise_by_name_given(code_all):
    doc = code_all("Obama called Pelosi “a great leader” of the party on Sunday.", "2019-05-24")
    event = _one(doc, "051")
    assert (event.source_actor[:3], event.target_actor) == ("USA", "USALEG"), event.rule


def test_evaluative_quote_that_judges_someones_act(code_all):
    doc = code_all(
        "“China's decision to expel the journalists is unconscionable,” Pompeo said.", "2019-05-24"
    )
    assert check_offsets(doc) == []
    event = _one(doc, "111")
    assert event.source_actor == "USAGOV" and event.target_actor.startswith("CHN"), event.rule
    assert "said: X 'is' 'unconscionable'" in event.rule


def test_evaluative_reports_called_laughable_is_a_denial_aimed_at_no_one(code_all):
    doc = code_all(
        "Tillerson said the reports were “laughable” and that he would stay.", "2017-12-01"
    )
    event = _one(doc, "016")
    assert event.source_actor == "USAGOV" and event.target_actor is None, event.rule
    assert "claim denied" in event.rule


def test_evaluative_a_denial_names_the_claims_author(code_all):
    doc = code_all(
        "Moscow said the accusations by Ukraine were “completely baseless.”", "2019-05-24"
    )
    event = _one(doc, "016")
    assert event.target_actor == "UKR", event.rule
    assert event.trigger_text == "completely baseless"


def test_evaluative_not_a_hoax_is_no_judgement(code_all):
    doc = code_all("Pompeo said the report was not a hoax.", "2019-05-24")
    assert not _evaluations(doc), [e.rule for e in doc.events]


def test_evaluative_an_adjective_on_something_else_judges_no_one(code_all):
    # "tremendous" modifies the signal, not the one spoken of
    doc = code_all(
        "Pompeo said it would be a tremendous signal if Iran released the sailors.", "2019-05-24"
    )
    assert not [e for e in _evaluations(doc) if e.code == "051"], [e.rule for e in doc.events]


def test_evaluative_owned_act_judged_by_adjective_in_speech(code_all):
    doc = code_all("Pompeo said Iran's destabilizing activities in Yemen must end.", "2019-05-24")
    event = _one(doc, "111")
    assert event.source_actor == "USAGOV" and event.target_actor.startswith("IRN"), event.rule
    assert "attributive" in event.rule


def test_evaluative_no_speaker_no_event(code_all):
    doc = code_all("The decision by China was unconscionable.", "2019-05-24")
    assert not _evaluations(doc)


def test_evaluative_swipe_at_someone_is_criticism(code_all):
    doc = code_all(
        "Obama took a thinly veiled swipe at Trump in a speech on Thursday.", "2019-05-24"
    )
    event = next(e for e in doc.events if e.code == "111")
    assert (event.source_actor[:3], event.target_actor) == ("USA", "USAGOV"), event.rule
    assert "(evaluative.yml)" in event.rule


def test_evaluative_no_truth_in_reports_is_a_denial(code_all):
    doc = code_all("Pompeo said there was no truth in reports that he would resign.", "2019-05-24")
    event = next(e for e in doc.events if e.code == "016")
    assert event.source_actor == "USAGOV", event.rule


def test_evaluative_paid_tribute_is_praise(code_all):
    doc = code_all("Pelosi paid tribute to Obama at the memorial service.", "2019-05-24")
    event = next(e for e in doc.events if e.code == "051")
    assert event.source_actor == "USALEG" and event.target_actor.startswith("USA"), event.rule


def test_evaluative_a_users_layer_adds_words(tmp_path, nlp):
    import redline
    from redline.clean import clean_document
    from redline.events.filter import with_event_settings
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline

    mine = tmp_path / "my_words.yml"
    mine.write_text('evaluations:\n  criticize:\n    words: ["a paper tiger"]\n', "utf-8")
    config = tmp_path / "my.toml"
    config.write_text(
        '[data]\n"events/evaluative.yml" = ["pkg:events/evaluative.yml", "my_words.yml"]\n',
        "utf-8",
    )
    pipeline = with_event_settings(Pipeline(str(config)), min_confidence=0.0)
    text = "Pompeo called China “a paper tiger” on Tuesday."
    doc = pipeline(clean_document(RawDocument(source="<test>", text=text)))
    assert [e for e in _evaluations(doc) if e.code == "111"], [e.rule for e in doc.events]
    assert redline  # the package imported alongside the pipeline


def test_evaluative_see_x_as_y_names_only_with_as(code_all):
    doc = code_all("“We see Iran as a hanger-on in Syria,” Pompeo said.", "2019-05-24")
    event = _one(doc, "111")
    assert (event.source_actor, event.target_actor) == ("USAGOV", "IRN"), event.rule
    assert "named: 'see'" in event.rule
    plain = code_all("“We see Iran every day,” Pompeo said.", "2019-05-24")
    assert not _evaluations(plain)


def test_evaluative_allegations_judged_grave_are_about_the_accused_before(code_all):
    doc = code_all(
        "Prosecutors accused Pelosi of fraud on Monday. Obama called the allegations “very "
        "serious and disturbing.”",
        "2019-05-24",
    )
    assert check_offsets(doc) == []
    event = _one(doc, "111")
    assert event.source_actor.startswith("USA") and event.target_actor == "USALEG", event.rule
    assert "target:accused of the claim before (112" in event.rule
    alone = code_all("Obama called the allegations “very serious and disturbing.”", "2019-05-24")
    assert not _evaluations(alone)  # about no one the text names


def test_evaluative_passive_naming_reads_the_by_phrase(code_all):
    doc = code_all("China has been branded a “bully” by Pompeo.", "2019-05-24")
    event = _one(doc, "111")
    assert (event.source_actor, event.target_actor) == ("USAGOV", "CHN"), event.rule
    assert not _evaluations(code_all("China has been branded a “bully”.", "2019-05-24"))


def test_evaluative_it_standing_for_a_clause_is_no_one_judged(code_all):
    doc = code_all(
        "Pompeo told Iran: “It is disappointing that you have contributed to this crisis.”",
        "2019-05-24",
    )
    assert not _evaluations(doc), [e.rule for e in doc.events]


# issue #9 recall37: judgements of British party politics, said of an actor or its act


UK_LEAD = (
    "LONDON - British Prime Minister Tony Blair and Chancellor Gordon Brown launched Labour's "
    "campaign in Manchester on Tuesday, while Conservative leader Michael Howard toured "
    "marginal seats in England. "
)


def test_evaluative_it_is_a_pity_that_x_judges_the_clause_subject(code_all):
    doc = code_all(
        UK_LEAD + "“It is a great pity that Mr Blair will not debate the issue in public,” "
        "Liberal Democrat leader Charles Kennedy said.",
        "2005-04-12",
    )
    event = _one(doc, "111")
    assert event.target_actor == "GBRGOV" and event.source_actor.startswith("GBR"), event.rule
    assert event.trigger_text == "pity"


def test_evaluative_it_is_a_pity_with_a_pronoun_or_to_clause_judges_no_one(code_all):
    doc = code_all(
        UK_LEAD + "“It is a pity that we could not agree,” Mr Howard said. “It would be a "
        "shame to lose the vote,” he said.",
        "2005-04-12",
    )
    assert not _evaluations(doc), [e.rule for e in doc.events]


def test_evaluative_a_judgement_with_its_owner_named_targets_the_owner(code_all):
    doc = code_all(
        UK_LEAD + "Shadow foreign secretary Liam Fox called the new poster “a serious "
        "misjudgement by Labour”.",
        "2005-04-12",
    )
    event = _one(doc, "111")
    assert event.source_actor == "GBROPP" and event.target_actor == "GBRPTY", event.rule
    assert "the judgement's owner" in event.rule


def test_evaluative_an_owned_campaign_called_a_shambles(code_all):
    doc = code_all(
        UK_LEAD + "“Labour's campaign on crime is a shambles,” shadow home secretary David "
        "Davis said.",
        "2005-04-12",
    )
    event = _one(doc, "111")
    assert event.source_actor == "GBROPP" and event.target_actor == "GBRPTY", event.rule


def test_evaluative_should_be_ashamed_criticizes_the_one_said_to_be(code_all):
    doc = code_all(
        UK_LEAD + "Mr Howard said the chancellor should be ashamed of his record on pensions.",
        "2005-04-12",
    )
    event = _one(doc, "111")
    assert event.target_actor == "GBRGOV", event.rule
    own = code_all(UK_LEAD + "“I am ashamed of what happened,” Mr Brown said.", "2005-04-12")
    assert not [e for e in _evaluations(own) if "ashamed" in e.rule], [e.rule for e in own.events]


def test_evaluative_it_is_adjective_of_x_to_act_judges_x(code_all):
    doc = code_all(
        UK_LEAD + "“It is hypocritical of the government to lecture others on standards,” "
        "Liberal Democrat leader Charles Kennedy said.",
        "2005-04-12",
    )
    event = _one(doc, "111")
    assert event.target_actor == "GBRGOV" and event.trigger_text == "hypocritical", event.rule
    # no "to" clause: "of" is not whose act it is ("it is typical of the season")
    doc = code_all(
        UK_LEAD + "“It is typical of Labour,” Mr Howard said of the weather.", "2005-04-12"
    )
    assert not _evaluations(doc), [e.rule for e in doc.events]


def test_evaluative_an_owned_act_called_draconian_or_lacklustre(code_all):
    doc = code_all(
        UK_LEAD + "“The chancellor's draconian cuts to council budgets will hurt the poorest "
        "families,” Liberal Democrat leader Charles Kennedy said.",
        "2005-04-12",
    )
    event = _one(doc, "111")
    assert event.target_actor == "GBRGOV" and event.trigger_text == "draconian", event.rule


def test_evaluative_a_partys_posters_called_anti_semitic(code_all):
    doc = code_all(
        UK_LEAD + "The Liberal Democrats said Labour's new posters were “anti-Semitic”.",
        "2005-04-12",
    )
    event = _one(doc, "111")
    assert event.target_actor == "GBRPTY", event.rule
