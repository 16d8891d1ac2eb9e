"""issue #9/#10 comments49: the town a reader is named with ("Ashley, Swindon", "Andrew in
Derby") is a place in the entity graph, not a body "they" can be. Texts written for these tests;
the recogniser's labels are fixed, so the rule runs whatever the model tags."""

from __future__ import annotations

from labelled_entities import finish_labelled, mention_of


def test_a_readers_town_tagged_a_body_is_a_place(nlp):
    text = (
        "I disagree with Ashley, Swindon saying that young workers should earn less. Small "
        "firms pay what they can."
    )
    labels = [("Ashley", 0, "PERSON"), ("Swindon", 0, "ORG")]
    doc = finish_labelled(nlp, text, labels, published="2005-02-08")
    town = mention_of(doc, "Swindon")
    assert (town.type, town.rule) == ("place", "name+town-of-reader")
    assert not [m for m in doc.mentions if m.text == "they" and m.canonical == "Swindon"]


def test_a_readers_town_after_in_is_a_place(nlp):
    text = "Andrew in Derby complains that the rise is blatant electioneering."
    labels = [("Andrew", 0, "PERSON"), ("Derby", 0, "ORG")]
    doc = finish_labelled(nlp, text, labels, published="2005-02-08")
    assert mention_of(doc, "Derby").type == "place"


def test_a_club_after_a_players_surname_is_left_alone(nlp):
    text = "Rooney, Everton and England's young striker, scored twice on Saturday."
    labels = [("Rooney", 0, "PERSON"), ("Everton", 0, "ORG"), ("England", 0, "GPE")]
    doc = finish_labelled(nlp, text, labels, published="2004-08-08")
    assert mention_of(doc, "Everton").type == "organisation"
