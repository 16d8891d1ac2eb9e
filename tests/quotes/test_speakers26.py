"""issue #10 speakers26: "the senator" after a paragraph about someone else is that paragraph's
subject, not the one senator the article titled paragraphs back ("Sen. Ellen Varga"), and the
pronouns after it follow. Sentences written for these tests in the style of news pages; the
recogniser's labels are fixed where the rule reads them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

from labelled_entities import finish_labelled, quote_with  # noqa: E402

TOUR = (
    "Sen. Ellen Varga opened her campaign office in Dayton on Monday.\n\n"
    "The race has tightened since the spring, and both parties are spending heavily on "
    "television in the last weeks.\n\n"
    "Tom Deckard spent the afternoon touring a steel plant outside Toledo. Walking along the "
    "loading dock, the senator said the mill was “ready to hire again.” He shook hands with "
    "the night shift. “These are the jobs we promised,” he said."
)
LABELS = [("Ellen Varga", 0, "PERSON"), ("Tom Deckard", 0, "PERSON")]


def _tour(nlp):
    return finish_labelled(nlp, TOUR, LABELS)


def test_the_senator_is_the_paragraphs_subject_not_one_titled_far_back(nlp):
    doc = _tour(nlp)
    assert quote_with(doc, "ready to hire").speaker == "Tom Deckard"


def test_the_pronoun_after_it_follows(nlp):
    doc = _tour(nlp)
    assert quote_with(doc, "jobs we promised").speaker == "Tom Deckard"


NEAR = (
    "Sen. Ellen Varga toured a steel plant outside Toledo on Monday. Walking along the loading "
    "dock, the senator said the mill was “ready to hire again.”"
)


def test_the_senator_titled_in_the_same_paragraph_is_still_her(nlp):
    doc = finish_labelled(nlp, NEAR, [("Ellen Varga", 0, "PERSON")])
    assert quote_with(doc, "ready to hire").speaker == "Ellen Varga"


ORG_TAGGED = (
    "Karen Whitcombe said on Monday that the levy was a mistake.\n\n"
    "“We told them in March. We told them again in June,” Whitcombe told reporters, "
    "recalling that her party had warned Governor Ellen Park about the cost. “Nobody "
    "listened to us,” she said."
)


def test_a_surname_of_a_name_tagged_as_an_organisation_is_the_person(nlp):
    doc = finish_labelled(
        nlp,
        ORG_TAGGED,
        [
            ("Karen Whitcombe", 0, "ORG"),
            ("Whitcombe", 1, "WORK_OF_ART"),
            ("Ellen Park", 0, "PERSON"),
        ],
    )
    assert quote_with(doc, "Nobody listened").speaker == "Karen Whitcombe"


WAREHOUSE = (
    "Harmon moved the assembly work south last year.\n\n"
    "Outside Harmon's warehouse in the suburb of Apodaca, a forklift driver named Luis Ortega "
    "has few complaints about his job. “The pay is steady and the shifts are fair,” he said."
)


def test_a_preposition_opening_a_sentence_is_no_first_name(nlp):
    doc = finish_labelled(nlp, WAREHOUSE, [("Harmon", 0, "PERSON"), ("Luis Ortega", 0, "PERSON")])
    assert quote_with(doc, "pay is steady").speaker == "Luis Ortega"


PAGEANT = (
    "Former Miss Universe Elena Prado said the remarks were “cruel and untrue” and asked for "
    "an apology."
)


def test_a_pageant_title_tagged_into_a_name_is_no_part_of_it(nlp):
    doc = finish_labelled(nlp, PAGEANT, [("Universe Elena Prado", 0, "PERSON")])
    assert quote_with(doc, "cruel and untrue").speaker == "Elena Prado"


AUDITOR = (
    "County Auditor Dana Whitfield said the accounts were “a mess from top to bottom” and "
    "asked the board for more staff."
)


def test_an_officers_title_is_no_first_name(nlp):
    doc = finish_labelled(nlp, AUDITOR, [("Dana Whitfield", 0, "PERSON")])
    assert quote_with(doc, "a mess").speaker == "Dana Whitfield"


CONTINUED = (
    "Mayor Janet Hale spoke to reporters on Tuesday after the vote.\n\n"
    "“We have done the work and the numbers are there,” Hale said. The council approved the "
    "budget six to three. Two members walked out before the end. The vote came after midnight."
    " “I don’t expect that to change because Linda Reyes got a little more attention than "
    "usual this week,” she continued."
)


def test_a_person_the_quotation_talks_about_is_not_its_speaker(nlp):
    doc = finish_labelled(
        nlp, CONTINUED, [("Janet Hale", 0, "PERSON"), ("Linda Reyes", 0, "PERSON")]
    )
    assert quote_with(doc, "expect that to change").speaker == "Janet Hale"
