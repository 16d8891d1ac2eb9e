"""issue #10 roles58: speakers given as a role description or as a name with an apposition.
"The former secretary of state", "the retired neurosurgeon", "the justice", "the columnist",
"the Ohio State law graduate" are the person the text named before; "Her economic plan promises"
is its owner speaking; "Zorette Pambakos, a Flickly spokeswoman" is she, never the body in her
apposition; a surname read as a plural noun after an initial ("M. Dane Waters") keeps the whole
name; an "and" with nothing conjoined after a name ("De Blasio, speaking on the radio, called
him a “blowhard,” and said") is no part of the speaker's phrase; a name that closes an aside a
dash opened leaves the description after the closing dash to speak. Sentences written for these
tests in the style of news pages; the recogniser's labels are fixed where the rule reads them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors"))

from labelled_entities import finish_labelled, quote_with  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from redline.actors.graph import description_of  # noqa: E402
from redline.quotes.speakers import (  # noqa: E402
    _name_before_apposition,
    _name_read_as_noun,
    mention_span,
)


def _speaker(nlp, text: str, labels: list, words: str) -> str | None:
    doc = finish_labelled(nlp, text, labels)
    assert not doc.warnings, doc.warnings
    return quote_with(doc, words).speaker


SECRETARY = (
    "Madeleine Harper spoke to supporters in Denver on Monday about the economy. The former "
    "secretary of state mocked her rival for calling himself the “prince of loans,” to loud "
    "cheers."
)


def test_the_secretary_of_state_is_a_description_of_a_person(nlp):
    labels = [("Madeleine Harper", 0, "PERSON")]
    assert _speaker(nlp, SECRETARY, labels, "prince of loans") == "Madeleine Harper"


def test_the_secretary_of_a_company_is_not_a_described_office(nlp):
    parsed = nlp("The secretary of the club said the fees would rise.")
    assert description_of(parsed[1]) is None
    parsed = nlp("The secretary of state said the talks would resume.")
    assert description_of(parsed[1]) is not None


SURGEON = (
    "Paul Whitaker fell to fourth place in the latest state poll.\n\nThe retired neurosurgeon "
    "said only that his campaign was “making some changes to match the work ahead.”"
)


def test_a_profession_describes_the_person_named_before(nlp):
    labels = [("Paul Whitaker", 0, "PERSON")]
    assert _speaker(nlp, SURGEON, labels, "making some changes") == "Paul Whitaker"


JUSTICE = (
    "Eleanor Voss regrets her remarks about the senator, a court spokeswoman said.\n\nIn two "
    "interviews last week, the justice said she did not “want to imagine” the court under him."
)


def test_the_justice_is_the_judge_named_before(nlp):
    labels = [("Eleanor Voss", 0, "PERSON")]
    assert _speaker(nlp, JUSTICE, labels, "want to imagine") == "Eleanor Voss"


COLUMNIST = (
    "“Most of his plans are far from sensible,” columnist Lin Mei wrote in the Harbour Daily.\n\n"
    "But voters share one thing with him, the columnist suggested: “They are tired of the old "
    "guard.”"
)


def test_the_columnist_is_the_columnist_named_before(nlp):
    labels = [("Lin Mei", 0, "PERSON"), ("Harbour Daily", 0, "ORG")]
    assert _speaker(nlp, COLUMNIST, labels, "tired of the old") == "Lin Mei"


PLAN = (
    "Senator Ruth Calloway has built her campaign on issues of interest to working parents. Her "
    "economic plan promises to “bring child care within reach of every family.”"
)


def test_a_candidates_plan_speaks_for_her(nlp):
    labels = [("Ruth Calloway", 0, "PERSON")]
    assert _speaker(nlp, PLAN, labels, "child care") == "Ruth Calloway"


def _parsed(nlp, rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A parse fixed by hand: (word, head index, dep, pos, entity label or "")."""
    words = [r[0] for r in rows]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[i + 1 < len(words) and words[i + 1] not in ",.”" for i in range(len(words))],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[w.lower() for w in words],
        ents=[f"B-{r[4]}" if r[4] else "O" for r in rows],
    )
    return doc


def test_a_name_before_a_spokeswomans_apposition_is_the_speakers_name(nlp):
    # "Zorette Pambakos, a Flickly spokeswoman, said", the name tagged a nationality
    doc = _parsed(
        nlp,
        [("Zorette", 1, "compound", "PROPN", ""), ("Pambakos", 7, "nsubj", "PROPN", "NORP"),
         (",", 1, "punct", "PUNCT", ""), ("a", 5, "det", "DET", ""),
         ("Flickly", 5, "compound", "PROPN", "ORG"), ("spokeswoman", 1, "appos", "NOUN", ""),
         (",", 1, "punct", "PUNCT", ""), ("said", 7, "ROOT", "VERB", ""),
         (".", 7, "punct", "PUNCT", "")],
    )  # fmt: skip
    assert _name_before_apposition(doc[1]) == ["Zorette", "Pambakos"]
    assert _name_before_apposition(doc[5]) == []


def test_a_surname_read_as_a_plural_noun_after_an_initial_is_a_name(nlp):
    # "J. Carl Rivers, whose group led the effort, predicted", "Rivers" read as a plural noun
    doc = _parsed(
        nlp,
        [("J.", 1, "compound", "PROPN", ""), ("Carl", 2, "compound", "PROPN", ""),
         ("Rivers", 9, "nsubj", "NOUN", ""), (",", 2, "punct", "PUNCT", ""),
         ("whose", 5, "poss", "DET", ""), ("group", 6, "nsubj", "NOUN", ""),
         ("led", 2, "relcl", "VERB", ""), ("the", 8, "det", "DET", ""),
         ("effort", 6, "dobj", "NOUN", ""), ("predicted", 9, "ROOT", "VERB", ""),
         (".", 9, "punct", "PUNCT", "")],
    )  # fmt: skip
    assert _name_read_as_noun(doc[2]) == ["J.", "Carl", "Rivers"]
    assert _name_read_as_noun(doc[5]) == []


def test_an_and_with_nothing_conjoined_is_not_part_of_the_speakers_phrase(nlp):
    # "De Vries, speaking on WXR880, called Dawson a “blowhard,” and said …", the "and" that
    # joins the verbs hung on the name
    doc = _parsed(
        nlp,
        [("De", 1, "compound", "PROPN", ""), ("Vries", 15, "nsubj", "PROPN", ""),
         (",", 1, "punct", "PUNCT", ""), ("speaking", 1, "acl", "VERB", ""),
         ("on", 3, "prep", "ADP", ""), ("WXR880", 4, "pobj", "PROPN", "ORG"),
         (",", 1, "punct", "PUNCT", ""), ("called", 1, "acl", "VERB", ""),
         ("Dawson", 7, "oprd", "PROPN", "ORG"), ("a", 11, "det", "DET", ""),
         ("“", 11, "punct", "PUNCT", ""), ("blowhard", 8, "dobj", "NOUN", ""),
         (",", 1, "punct", "PUNCT", ""), ("”", 1, "punct", "PUNCT", ""),
         ("and", 1, "cc", "CCONJ", ""), ("said", 15, "ROOT", "VERB", ""),
         ("so", 15, "advmod", "ADV", ""), (".", 15, "punct", "PUNCT", "")],
    )  # fmt: skip
    assert mention_span(doc[1]).text == "De Vries"


DASH_ASIDE = (
    "Committee Chairman Jason Hollis on Tuesday requested another inquiry into the deleted "
    "emails.\n\nIn the letter - addressed to the U.S. attorney for the district, Maria Lopez - "
    "the Utah Republican asks whether the staff “broke the rules on records.”"
)


def test_a_description_after_an_asides_closing_dash_speaks(nlp):
    labels = [("Jason Hollis", 0, "PERSON"), ("Maria Lopez", 0, "ORG"), ("Utah", 0, "GPE")]
    assert _speaker(nlp, DASH_ASIDE, labels, "broke the rules") == "Jason Hollis"
