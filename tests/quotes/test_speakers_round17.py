"""issue #10 round 17: who speaks, by name. A listicle's item headings ("He said …", "He
implied …") are all about the article's subject, not the person the item before quoted; a
headline run with a count in it ("Trump Supporter Screams 1 …") is nobody's name; the "I" of a
book excerpt's narration is the author its editor's note names.
Sentences written for these tests in the style of news reports; the recogniser's labels are
fixed, so the rules under test run whatever the model tags."""

from __future__ import annotations

import sys
from pathlib import Path

# the label-fixing helpers of the actor tests (that folder is on sys.path only when its own
# tests are collected too)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

from labelled_entities import finish_labelled, quote_with  # noqa: E402

LIST = (
    "{count} Things Governor Ray Collins Has Said About Farmers.\n\n"
    "Governor Ray Collins has spent the year on the road, and his remarks have angered "
    "growers across the state.\n\n"
    "He said farmers were “lazy” and needed no help.\n\n"
    "AP Photo.\n\n"
    "Collins made the remark at a fair in Dayton. The state's farm bureau answered within the "
    "hour. “Our members work harder than anyone in this capital,” Peter Lund said.\n\n"
    "He claimed the drought was “made up” by the papers.\n\n"
    "AP Photo.\n\n"
    "Collins said so twice in one week. “The rain gauges do not lie,” Mary Ostrow said.\n\n"
    "He called the farm bureau “a bunch of crybabies” on the radio.\n\n"
    "AP Photo.\n\n"
    "The governor spoke on a Sunday morning program."
)
# the recogniser's labels: (words, which occurrence, label)
PEOPLE = {"Ray Collins": (0, 1), "Collins": (2, 3), "Peter Lund": (0,), "Mary Ostrow": (0,)}
LABELS = [(w, n, "PERSON") for w, nths in PEOPLE.items() for n in nths]
LABELS.append(("Dayton", 0, "GPE"))


def test_a_listicles_item_heading_is_about_its_subject(nlp):
    doc = finish_labelled(nlp, LIST.format(count="3"), LABELS)
    assert quote_with(doc, "made up").speaker == "Ray Collins"
    assert quote_with(doc, "crybabies").speaker == "Ray Collins"
    assert quote_with(doc, "rain gauges").speaker == "Mary Ostrow"


def test_without_a_count_in_the_headline_short_paragraphs_are_no_list(nlp):
    # a live blog's one-line paragraphs ("He said …") are each about the person just named
    doc = finish_labelled(nlp, LIST.format(count="The"), LABELS)
    assert quote_with(doc, "made up").speaker == "Peter Lund"


# a headline run with a count in it, tagged as one person, took every "she" of the article
HEADLINE = (
    "Collins Voter Shouts 1 Word At Rally, Crowd Cheers.\n\n"
    "A woman at a rally of Governor Ray Collins in Dayton shouted a word about his rival on "
    "Monday, and the crowd cheered.\n\n"
    "The woman later identified herself to reporters as a retired teacher named Helen.\n\n"
    "“He listens to people like us,” she said of Collins."
)
HEADLINE_LABELS = [(w, 0, "PERSON") for w in ("Collins Voter Shouts 1", "Ray Collins", "Helen")]
HEADLINE_LABELS += [("Collins", 2, "PERSON"), ("Dayton", 0, "GPE")]


def test_a_headline_run_with_a_count_is_nobodys_name(nlp):
    doc = finish_labelled(nlp, HEADLINE, HEADLINE_LABELS)
    assert quote_with(doc, "listens to people").speaker == "Helen"
    assert all("Shouts" not in m.text for m in doc.mentions)


EXCERPT = (
    "Exclusive Excerpt: Inside the Courtroom, Part 2.\n\n"
    "Editor’s Note: The following is an exclusive excerpt from former prosecutor Maria "
    "Quintero’s new book, Harbor Lights. Read part 1 here.\n\n"
    "Judge Ellison looked up from his papers and frowned at the defense table.\n\n"
    "The judge then turned to me. I had written a statement, but I put it aside. “Your "
    "Honor,” I said, “I would like to explain what happened that night.”\n\n"
    "He nodded, and the room went quiet."
)
EXCERPT_LABELS = [("Maria Quintero", 0, "ORG"), ("Ellison", 0, "PERSON")]


def test_a_book_excerpts_narrator_is_its_author(nlp):
    doc = finish_labelled(nlp, EXCERPT, EXCERPT_LABELS)
    assert quote_with(doc, "explain what happened").speaker == "Maria Quintero"


def test_without_an_editors_note_the_narrator_is_not_named(nlp):
    text = EXCERPT.replace("an exclusive excerpt from", "a story about")
    doc = finish_labelled(nlp, text, EXCERPT_LABELS)
    assert quote_with(doc, "explain what happened").speaker != "Maria Quintero"
