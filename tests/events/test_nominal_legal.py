"""Litigation, travel and consultation as whole news articles phrase them (issue #9 nominal):
legal action with no party named is brought before a court, a visit told in a participle
clause is an event of its own, and a lawsuit's filer is the agent of "filed by". Each on a
sentence written for the test in the style of wire news, offsets checked."""

from __future__ import annotations

import pytest

from redline.model import check_offsets

pytestmark = pytest.mark.model


def dyads(doc):
    return {(e.source_actor, e.code, e.target_actor) for e in doc.events}


def test_nominal_appeal_with_no_party_named_goes_to_the_court(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Justice Department said the administration has appealed "
        "the two rulings.",
        published="2017-12-01",
    )
    assert check_offsets(doc) == []
    appeal = next(e for e in doc.events if e.code == "115")
    assert appeal.target_actor == "USAJUD", appeal.rule
    assert "legal action with no party named" in appeal.rule


def test_nominal_suing_to_stop_a_policy_is_legal_action_before_the_court(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Washington state sued on Monday to stop the new order, and a "
        "federal judge in Seattle will hear the case.",
        published="2017-03-13",
    )
    assert check_offsets(doc) == []
    suit = next(e for e in doc.events if e.code == "115")
    assert suit.target_actor and suit.target_actor.endswith("JUD"), suit.rule


def test_nominal_a_court_is_not_brought_before_itself(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Supreme Court said it had appealed to lawmakers for more "
        "money.",
        published="2017-12-01",
    )
    assert not any(e.code == "115" for e in doc.events), dyads(doc)


def test_nominal_a_brief_filed_against_a_side_targets_that_side(code_all):
    doc = code_all(
        "The Justice Department filed a brief against the teachers' unions in the Supreme "
        "Court case on Wednesday.",
        published="2017-12-06",
    )
    assert check_offsets(doc) == []
    brief = next(e for e in doc.events if e.code == "115")
    assert brief.target_text and "unions" in brief.target_text, brief.rule


def test_nominal_lawsuit_filed_by_its_agent(code_all):
    doc = code_all("A lawsuit filed by Ukraine at the World Court accuses Russia of terrorism.")
    assert check_offsets(doc) == []
    suit = next(e for e in doc.events if e.code == "115" or e.code.startswith("112"))
    assert suit.source_actor == "UKR", suit.rule
    # the noun's source from the participle's agent, or (attach29) the participle "filed",
    # its agent named, reading the lawsuit as its object as the active "Ukraine filed" does;
    # or (owner40) the lawsuit's owner is who accuses Russia, the main verb's event
    assert (
        "acl-by file" in suit.rule
        or suit.trigger_text == "filed"
        or ("owner of 'A lawsuit'" in suit.rule and suit.target_actor == "RUS")
    ), suit.rule


def test_nominal_visit_in_a_participle_clause_is_kept_with_the_main_event(code_all):
    doc = code_all(
        "Visiting Tokyo on Monday, the French president warned Beijing against any move on Taiwan.",
        published="2023-04-10",
    )
    assert check_offsets(doc) == []
    visit = next(e for e in doc.events if e.code == "042")
    assert visit.source_actor == "FRAGOV" and visit.target_actor == "JPN", visit.rule


def test_nominal_visit_after_which_one_travels_on_is_kept(code_all):
    doc = code_all(
        "The German chancellor flew to Beijing on Friday after visiting Vietnam and Laos.",
        published="2023-11-03",
    )
    assert check_offsets(doc) == []
    targets = {e.target_actor for e in doc.events if e.code == "042"}
    assert {"CHN", "VNM", "LAO"} <= targets, dyads(doc)


def test_nominal_a_committee_interview_is_a_consultation(code_all):
    doc = code_all(
        "Members of the House intelligence committee interviewed Carter Page for seven hours "
        "last Thursday.",
        published="2017-11-07",
    )
    assert any(c == "040" for _, c, _ in dyads(doc)), dyads(doc)


def test_nominal_reaching_out_is_contact(code_all):
    doc = code_all("Japan's foreign minister reached out to China on Tuesday, officials said.")
    assert ("JPNGOV", "040", "CHN") in dyads(doc) or any(c == "040" for _, c, _ in dyads(doc)), (
        dyads(doc)
    )


def test_nominal_departing_on_a_trip_is_a_visit(code_all):
    doc = code_all(
        "The Japanese prime minister departs on Sunday for a trip to Vietnam and Indonesia.",
        published="2017-01-10",
    )
    targets = {t for _, c, t in dyads(doc) if c[:2] in ("03", "04")}
    assert {"VNM", "IDN"} <= targets, dyads(doc)


def test_nominal_the_justice_department_suing_is_the_government_as_litigant(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The Justice Department filed a brief against the unions on Monday.",
        published="2017-12-01",
    )
    brief = next(e for e in doc.events if e.code == "115")
    assert brief.source_actor == "USAGOV", brief.rule
    assert "a litigant -> USAGOV" in brief.rule


def test_nominal_an_investigation_keeps_its_into_phrase_hung_on_the_verb(code_all):
    # the parser hangs "into" on "charged"; the noun right before it owns it
    doc = code_all(
        "A court in Kyiv charged the former minister in May as part of Ukraine's investigation "
        "into Russian sabotage.",
        published="2023-06-01",
    )
    assert check_offsets(doc) == []
    probe = [e for e in doc.events if e.code.startswith("09")]
    assert probe and probe[0].source_actor == "UKR", dyads(doc)
    assert "RUS" in {e.target_actor for e in probe}, dyads(doc)


def test_nominal_talks_in_an_adjunct_are_not_what_the_verb_is_about(code_all):
    doc = code_all(
        "Germany signed the agreement with France as part of its talks with the European Union.",
        published="2023-06-01",
    )
    assert any(e.code == "046" for e in doc.events), dyads(doc)


def test_nominal_the_same_investigation_told_again_keeps_its_investigator(code_all):
    doc = code_all(
        "Ukraine's investigation into the dam's destruction began in June. Prosecutors said "
        "on Friday the probe into Russia's role would take a year.",
        published="2023-09-01",
    )
    assert check_offsets(doc) == []
    again = [e for e in doc.events if e.trigger_text == "probe"]
    assert again and again[0].source_actor == "UKR", dyads(doc)
    assert "the probe attached before to" in again[0].rule


def test_nominal_an_indefinite_noun_is_another_event(code_all):
    doc = code_all(
        "Ukraine's investigation into the dam's destruction began in June. An investigation "
        "into Russia's role was opened later.",
        published="2023-09-01",
    )
    assert not any("attached before" in (e.rule or "") for e in doc.events), dyads(doc)


def test_nominal_discussing_with_hung_on_the_object_of_phrase(code_all):
    doc = code_all("The Japanese minister discussed the issue of tariffs with China on Monday.")
    assert any(c == "040" and t == "CHN" for _, c, t in dyads(doc)), dyads(doc)


def test_nominal_a_trip_noted_in_a_participle_clause_is_kept(code_all):
    doc = code_all(
        "The minister rejected the criticism, noting Japanese Prime Minister Fumio Kishida's "
        "recent trip to Kyiv.",
        published="2023-04-01",
    )
    assert check_offsets(doc) == []
    trip = [e for e in doc.events if e.trigger_text == "trip"]
    assert trip and trip[0].target_actor == "UKR", dyads(doc)


def test_nominal_flying_into_a_capital_is_a_visit(code_all):
    doc = code_all("The U.S. defense secretary flew into Seoul on Friday for annual talks.")
    assert any(c == "042" and t == "KOR" for _, c, t in dyads(doc)), dyads(doc)


def test_nominal_refugee_admissions_paused_from_named_countries(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The government paused refugee admissions from Somalia and Yemen "
        "on Tuesday.",
        published="2017-10-25",
    )
    assert check_offsets(doc) == []
    assert {t for _, c, t in dyads(doc) if c == "172"} >= {"SOM", "YEM"}, dyads(doc)


def test_nominal_no_one_suing_brings_nothing_before_a_court(code_all):
    doc = code_all(
        "LONDON (Reuters) - Teachers now worry about taking pupils outdoors for fear of being "
        "sued if something goes wrong.",
        published="2005-02-01",
    )
    assert not any(e.code == "115" and e.target_actor for e in doc.events), dyads(doc)
