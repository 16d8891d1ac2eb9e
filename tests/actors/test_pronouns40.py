"""issue #9/#10 pron40: a subject or possessive pronoun inside a reported clause is first the
subject of the nearest clause above it, when that subject is a person who agrees ("Tolliver
said Ostrander believes he can carry the suburbs": Ostrander, not the speaker), or the owner of
that subject ("Walter Keane's testimony showed that his denials …"). A conjoined clause with
its own subject is a sibling, not a clause above, and a clause whose verb has a person as
object ("told him he …") leaves the choice to the rules after.

Sentences written for these tests; the recogniser's labels are fixed, so the rules under test
run whatever the model tags."""

from __future__ import annotations

from labelled_entities import finish_labelled, mention_of

BELIEVES = (
    "The race for mayor tightened this week. Campaign manager Greg Tolliver said Mayor Carl "
    "Ostrander believes he can carry the suburbs in November."
)
BELIEVES_LABELS = [("Greg Tolliver", 0, "PERSON"), ("Carl Ostrander", 0, "PERSON")]


def test_a_subject_pronoun_under_a_reported_thinker_is_the_thinker(nlp):
    doc = finish_labelled(nlp, BELIEVES, BELIEVES_LABELS)
    he = next(m for m in doc.mentions if m.text == "he")
    assert he.entity == mention_of(doc, "Carl Ostrander").entity
    assert "clause-binder" in he.rule


STANDS_BY = (
    "The inquiry heard from two former aides on Monday. Their lawyer Neil Hammond said "
    "Senator Frank Dobbs stands by his account of the meeting."
)
STANDS_BY_LABELS = [("Neil Hammond", 0, "PERSON"), ("Frank Dobbs", 0, "PERSON")]


def test_a_possessive_in_the_reported_clause_is_its_subjects(nlp):
    doc = finish_labelled(nlp, STANDS_BY, STANDS_BY_LABELS)
    his = next(m for m in doc.mentions if m.text == "his")
    assert his.entity == mention_of(doc, "Frank Dobbs").entity


TESTIMONY = (
    "Representative Alan Pruitt spoke to reporters after the closed hearing. Pruitt said Walter "
    "Keane's testimony showed that his denials of the meetings were false."
)
TESTIMONY_LABELS = [
    ("Alan Pruitt", 0, "PERSON"),
    ("Pruitt", 1, "PERSON"),
    ("Walter Keane", 0, "PERSON"),
]


def test_a_pronoun_in_the_subject_of_a_reported_clause_is_the_owner_above(nlp):
    doc = finish_labelled(nlp, TESTIMONY, TESTIMONY_LABELS)
    his = next(m for m in doc.mentions if m.text == "his")
    assert his.entity == mention_of(doc, "Walter Keane").entity


SIBLING = (
    "Ben Alder runs a shipping firm in Houston. Alder said Mark Reyes courted the firm last "
    "spring, but he decided to keep the contract with the bank."
)
SIBLING_LABELS = [("Ben Alder", 0, "PERSON"), ("Alder", 1, "PERSON"), ("Mark Reyes", 0, "PERSON")]


def test_a_conjoined_clause_is_no_clause_above(nlp):
    # "but he decided" is Reyes's clause's sibling: the rule reads it from "said" (Alder)
    doc = finish_labelled(nlp, SIBLING, SIBLING_LABELS)
    he = next(m for m in doc.mentions if m.text == "he")
    assert "clause-binder" not in he.rule or he.entity == mention_of(doc, "Ben Alder").entity


def test_the_speakers_own_pronoun_stays_the_speakers(nlp):
    text = "Governor Ray Duval said on Friday that he would sign the budget bill next week."
    doc = finish_labelled(nlp, text, [("Ray Duval", 0, "PERSON")])
    he = next(m for m in doc.mentions if m.text == "he")
    assert he.entity == mention_of(doc, "Ray Duval").entity


# a third person inside a quotation is not its speaker, wherever the speaker is named
PRAISED = (
    "Governor Ray Duval named Tom Pike to lead the state's water board on Monday. Duval said he "
    "had known Pike for twenty years.\n\n"
    '"He understands what it takes to keep the farms running," Duval said.'
)
PRAISED_LABELS = [
    ("Ray Duval", 0, "PERSON"),
    ("Tom Pike", 0, "PERSON"),
    ("Duval", 1, "PERSON"),
    ("Pike", 1, "PERSON"),
    ("Duval", 2, "PERSON"),
]


def test_a_he_inside_a_quotation_is_not_the_speaker_named_after_it(nlp):
    doc = finish_labelled(nlp, PRAISED, PRAISED_LABELS)
    he = next(m for m in doc.mentions if m.text == "He")
    assert he.entity == mention_of(doc, "Tom Pike").entity


SELF_NAMED = (
    "Senator Ray Duval spoke to supporters in Toledo on Friday.\n\n"
    '"Look at Ray Duval announcing his campaign a year ago with nothing in the bank," Duval '
    "said."
)
SELF_NAMED_LABELS = [("Ray Duval", 0, "PERSON"), ("Ray Duval", 1, "PERSON"), ("Duval", 2, "PERSON")]


def test_a_speaker_naming_himself_in_the_quotation_keeps_his_pronoun(nlp):
    doc = finish_labelled(nlp, SELF_NAMED, SELF_NAMED_LABELS)
    his = next(m for m in doc.mentions if m.text == "his")
    assert his.entity == mention_of(doc, "Ray Duval").entity


def test_the_speakers_pronoun_outside_the_quotation_is_untouched(nlp):
    doc = finish_labelled(nlp, PRAISED, PRAISED_LABELS)
    he = next(m for m in doc.mentions if m.text == "he")
    assert he.entity == mention_of(doc, "Ray Duval").entity


# a pronoun in what an unnamed man or woman reports is that speaker's, not a name before
ACCUSER = (
    "Governor Linda Marsh called the claims against Mayor Carl Ostrander disturbing on Monday. "
    "One woman said he tried to kiss her in his office when she was 19."
)
ACCUSER_LABELS = [("Linda Marsh", 0, "PERSON"), ("Carl Ostrander", 0, "PERSON")]


def test_a_she_in_an_unnamed_womans_report_is_not_a_woman_named_before(nlp):
    doc = finish_labelled(nlp, ACCUSER, ACCUSER_LABELS)
    marsh = mention_of(doc, "Linda Marsh").entity
    assert not [m for m in doc.mentions if m.text in ("her", "she") and m.entity == marsh]
    he = next(m for m in doc.mentions if m.text == "he")
    assert he.entity == mention_of(doc, "Carl Ostrander").entity


NAMED_ACCUSER = (
    "Governor Linda Marsh called the claims against Mayor Carl Ostrander disturbing on Monday. "
    "A woman named Rita Dunne told the Tribune that he had grabbed her arm at a fundraiser."
)
NAMED_ACCUSER_LABELS = [*ACCUSER_LABELS, ("Rita Dunne", 0, "PERSON")]


def test_a_her_in_a_named_womans_report_is_hers(nlp):
    doc = finish_labelled(nlp, NAMED_ACCUSER, NAMED_ACCUSER_LABELS)
    her = next(m for m in doc.mentions if m.text == "her")
    assert her.entity == mention_of(doc, "Rita Dunne").entity


def test_a_spokeswoman_for_an_agency_speaks_of_herself(nlp):
    text = (
        "Senator Linda Marsh asked the agency for the records last week. A spokeswoman for the "
        "Environmental Protection Agency said she had not seen the letter."
    )
    doc = finish_labelled(
        nlp,
        text,
        [("Linda Marsh", 0, "PERSON"), ("Environmental Protection Agency", 0, "ORG")],
    )
    assert not [m for m in doc.mentions if m.text == "she"]


def test_a_spokesman_for_a_man_may_speak_of_him(nlp):
    # the one spoken for is a person of the pronoun's sex: the rules after decide
    text = (
        "Senator Carl Ostrander missed the vote on Tuesday. A spokesman for Ostrander said he "
        "was at a funeral in Ohio."
    )
    labels = [("Carl Ostrander", 0, "PERSON"), ("Ostrander", 1, "PERSON")]
    doc = finish_labelled(nlp, text, labels)
    he = next(m for m in doc.mentions if m.text == "he")
    assert he.entity == mention_of(doc, "Carl Ostrander").entity


def test_a_speaker_in_a_clause_after_the_quotation_does_not_frame_it(nlp):
    # "what Rita Dunne told her" is inside the sentence; only Marsh, who said it, is barred
    text = (
        "A nurse named Rita Dunne told Governor Linda Marsh she had worked three shifts in a "
        'row.\n\n"It is hard for her when she comes home to an empty fridge," Marsh said as she '
        "recounted what Rita Dunne told her."
    )
    labels = [("Rita Dunne", 0, "PERSON"), ("Linda Marsh", 0, "PERSON"), ("Marsh", 1, "PERSON")]
    labels.append(("Rita Dunne", 1, "PERSON"))
    doc = finish_labelled(nlp, text, labels)
    her = next(m for m in doc.mentions if m.text == "her")
    assert her.entity == mention_of(doc, "Rita Dunne").entity
