"""What the lead saw reading unseen web articles in the thirty-seventh round (issue #9): "Biden's
2008 Senate opponent" coded as Biden, "Israel's enemies" as Israel; football fans left with no
actor; "claiming 85,000 Americans were unemployed" read as a disapproval of Americans; photo
captions ("... Image: The White House.") and a map's legend coded as events. The sentences are
our own."""

from __future__ import annotations

import pytest
from event_views import by_trigger, seen

from redline.clean.text import clean_text

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Trump's rival criticised the tax plan on Monday.", "criticised", "USA"),
        ("Merkel's challenger condemned the new pension law.", "condemned", "DEU"),
    ],
)
def test_a_persons_rival_is_someone_else_of_that_country(code_text, text, trigger, source):
    doc = code_text(text)
    events = by_trigger(doc, trigger)
    assert events, seen(doc)
    event = events[0]
    # the country, but not the person's office: the rival holds no government post by it
    assert event.source_actor == source, event
    assert "not that person" in event.rule
    assert doc.text[event.start : event.end].startswith(text.split("'")[0])


@pytest.mark.parametrize(
    "text",
    [
        "Israel's enemies fired rockets at the border posts on Sunday.",
        "Iran's rivals in the Gulf condemned the missile test.",
        "China's neighbours criticised the new maritime claims.",
    ],
)
def test_a_countrys_enemies_are_not_that_country(code_all, text):
    doc = code_all(text)
    owner = text.split("'")[0]
    for event in doc.events:
        assert not (event.source_actor or "").startswith(
            {"Israel": "ISR", "Iran": "IRN", "China": "CHN"}[owner]
        ), event


def test_a_persons_wife_still_takes_the_persons_country(code_text):
    doc = code_text("Trump's wife toured a school in Ohio.")
    toured = by_trigger(doc, "toured")
    assert toured and toured[0].source_actor == "USA", seen(doc)


def test_football_fans_are_people_of_the_story(code_all):
    doc = code_all("Police arrested three fans after the match in Glasgow on Saturday.")
    arrested = by_trigger(doc, "arrested")
    assert arrested, seen(doc)
    assert arrested[0].target_actor.endswith("CVL"), arrested[0]
    target = arrested[0]
    assert doc.text[target.target_start : target.target_end] == "three fans"


def test_a_count_of_people_in_a_state_is_no_one_accused(code_all):
    doc = code_all("The senator claimed 85,000 Americans were unemployed after the storm.")
    assert not [e for e in doc.events if e.code.startswith("11")], seen(doc)


def test_a_claim_that_counted_agents_did_it_is_still_an_accusation(code_text):
    doc = code_text("Trump claimed two Russian agents were behind the attack.")
    claimed = by_trigger(doc, "claimed")
    assert claimed, seen(doc)
    assert claimed[0].target_actor.startswith("RUS"), claimed[0]


def test_picture_captions_and_a_maps_legend_leave_the_article():
    text = (
        "Armenia and Azerbaijan fought a war over the region in 1994, and Russia brokered a "
        "cease-fire.\n\n"
        "President Jimmy Carter (center) shakes hands with the leaders of Egypt and Israel at "
        "the signing of the peace treaty Image: Yaakov Saar.\n\n"
        "President Donald Trump stands with leaders from Israel and Bahrain, as part of the "
        "accordsImage: The White House.\n\n"
        "██ Territory captured by Azerbaijan\n\n"
        "The big picture: Russia still holds the balance, diplomats said on Tuesday."
    )
    out = clean_text(text)
    assert "Image:" not in out.text and "██" not in out.text
    assert "Russia brokered a cease-fire" in out.text
    # a body line with a colon after "picture" is not a caption
    assert "The big picture: Russia still holds the balance" in out.text
    assert len(out.removed) == 3


def test_the_executive_after_a_government_named_executive_is_that_government(code_all):
    doc = code_all(
        "The Scottish Executive launched a campaign against sectarianism. Ms Jamieson said the "
        "clubs had worked with the executive to produce a pack for schools."
    )
    worked = by_trigger(doc, "worked")
    assert worked and worked[0].target_actor == "GBRGOV", seen(doc)


def test_a_company_executive_stays_business(code_all):
    doc = code_all("Shares fell after the company said the executive had met regulators.")
    met = by_trigger(doc, "met")
    assert met and met[0].source_actor.endswith("BUS"), seen(doc)


def test_a_name_given_in_a_list_is_still_a_name_given(code_text):
    # the small parser hangs "Trump" on "clown" as its modifier when more names follow
    doc = code_text("In the debate, Biden called Trump a clown, a liar and the worst president.")
    judged = [e for e in doc.events if e.code == "111"]
    assert judged, seen(doc)
    assert (judged[0].source_actor[:3], judged[0].target_actor[:3]) == ("USA", "USA"), judged[0]
    assert doc.text[judged[0].target_start : judged[0].target_end] == "Trump"


def test_two_sides_that_fought_a_war_fought_each_other(code_text):
    doc = code_text("Armenia and Azerbaijan fought a war over the disputed region in 1994.")
    pairs = {(e.source_actor, e.target_actor) for e in by_trigger(doc, "fought")}
    assert pairs == {("ARM", "AZE"), ("AZE", "ARM")}, seen(doc)


def test_one_side_fighting_a_war_names_no_enemy(code_text):
    doc = code_text("Russia fought a long war in the mountains in the 1990s.")
    assert all(e.target_actor is None for e in by_trigger(doc, "fought")), seen(doc)
