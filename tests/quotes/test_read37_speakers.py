"""Speakers read37 (issue #10, session 28) found wrong on unseen Wikinews obituaries and
science reports: a campus after a university's name taken for the speaker ("Jo Anne Val Tilburg
of the University of California, Los Angeles disagreed ...: "), and a mother told as such with a
middle name ("her widowed mother, Gloria Morgan Vanderbilt") merged into her daughter of the
same first name, so the daughter's "she" was the mother. Our own sentences."""

from __future__ import annotations

import pytest
from quote_views import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Dana Whitfield of the University of California, Los Angeles disagreed with the "
            'findings: "The seeps were always minor resources."',
            "minor resources",
            "Dana Whitfield",
        ),
        (
            "Omar Castell of the University of Texas, Austin objected to the new model: "
            '"It leaves out the winter months entirely."',
            "winter months",
            "Omar Castell",
        ),
    ],
)
def test_a_campus_after_a_universitys_name_is_not_the_speaker(code_text, text, words, speaker):
    assert speaker_of(code_text, text, words) == speaker


def test_a_mother_told_with_a_middle_name_is_not_her_daughter(code_text):
    text = (
        "Heiress Clara Ostrander died on Monday at the age of 91, her son announced. "
        "At the age of ten, Ostrander was the subject of a custody battle between her widowed "
        "mother, Clara Beaumont Ostrander, and her aunt. Her aunt won.\n\n"
        "Ostrander was married four times. She would later say her last marriage was her "
        "only happy one."
    )
    assert speaker_of(code_text, text, "only happy one") == "Clara Ostrander"


def test_the_same_person_named_with_her_middle_name_is_still_her(code_text):
    text = (
        "Clara Ostrander, a Democrat, opened the hearing on Monday. On Tuesday her committee "
        "heard six witnesses.\n\nLater Clara Beaumont Ostrander told reporters the bill would "
        "pass. She said the vote was close."
    )
    assert speaker_of(code_text, text, "vote was close") == "Clara Beaumont Ostrander"


def test_they_after_a_team_is_the_team_not_a_body_named_in_passing(code_text):
    text = (
        "The Oslo team, led by Ines Vartdal, used data from NASA's Hubble telescope to measure "
        "the light of the star. They found that the planet has an atmosphere of water vapour."
    )
    assert speaker_of(code_text, text, "atmosphere of water") != "NASA"


def test_they_after_a_plural_subject_that_is_a_body_is_still_the_body(code_text):
    text = (
        "Oxfam and Save the Children criticised the plan on Monday. They said the cuts would "
        "hurt millions of children."
    )
    assert speaker_of(code_text, text, "hurt millions") is not None
