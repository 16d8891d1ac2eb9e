"""issue #10 names32: who is who among people who share a family name, each kind written as
our own news-style sentences: a bare titled surname whose person the graph weighed keeps the
graph's reading when a description placed that person ("+placed-by-…" after the rule), and a
first name given only as the relative of a surname takes that surname; a writing speaks for the
person the text says wrote it."""

from __future__ import annotations

import pytest
from quote_views import speaker_of


def test_a_titled_surname_of_a_placed_person_keeps_the_title_gender(code_text):
    # the graph reads "Mr. Harmon" as the man (Dale Harmon, placed by his party apposition);
    # the quote stage took the woman the text names most often in full
    text = (
        "Dale Harmon, a Republican state senator, is running for governor of Ohio this year. "
        "Rita Harmon, a lawyer in Columbus, is running for the state House. Rita Harmon has "
        "raised more money than any other newcomer, and Rita Harmon says she will win. Voters "
        "in her district like Rita Harmon.\n\nThe race has drawn national attention. Turnout is "
        "expected to be high. Both parties have spent heavily on ads.\n\nMr. Harmon said on "
        'Monday that "the state budget is a mess."'
    )
    assert speaker_of(code_text, text, "state budget") == "Dale Harmon"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Senator Maria Lopez spent the weekend campaigning across Nevada. Lopez's husband, "
            'Frank, told a crowd in Reno on Sunday that "she has never lost a fight she cared '
            'about."',
            "never lost a fight",
            "Frank Lopez",
        ),
        (
            "Governor Tom Reyes greeted supporters in Tucson on Saturday. Reyes's older "
            'daughter Linda spoke first. "We are not done yet," Linda said.',
            "not done yet",
            "Linda Reyes",
        ),
    ],
)
def test_a_first_name_given_as_a_relative_takes_the_relatives_surname(
    code_text, text, words, speaker
):
    assert speaker_of(code_text, text, words) == speaker


def test_a_relative_of_someone_named_by_first_name_gets_no_surname(code_text):
    # "Erica's mother": Erica is a first name, so Dawn's surname is not "Erica"
    text = (
        "The student Erica Vance was honored at the school on Friday. Erica's mother, Dawn, "
        'said, "She worked for this every single day."'
    )
    assert speaker_of(code_text, text, "worked for this") == "Dawn"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Carol Whitfield, a retired Army nurse, wrote a memoir about her years at the base "
            "hospital. It sold well in the towns around the base. Local libraries ordered dozens "
            'of copies.\n\n"We slept in shifts and nobody ever complained," the book said.',
            "slept in shifts",
            "Carol Whitfield",
        ),
        (
            "Mayor Jim Corrigan wrote to the county's budget director on Friday, warning of "
            '"deep cuts," according to a copy of the letter seen by reporters. That letter '
            'demanded that the county "restore every dollar" by June.',
            "restore every dollar",
            "Jim Corrigan",
        ),
    ],
)
def test_a_writing_speaks_for_the_person_the_text_says_wrote_it(code_text, text, words, speaker):
    assert speaker_of(code_text, text, words) == speaker


def test_a_writing_of_another_kind_does_not_take_the_writer(code_text):
    # Whitfield wrote a letter, not the book that speaks
    text = (
        "Carol Whitfield, a retired Army nurse, wrote a letter to the hospital board. It was "
        'read aloud at the meeting.\n\n"We slept in shifts and nobody ever complained," the book '
        "said."
    )
    assert speaker_of(code_text, text, "slept in shifts") != "Carol Whitfield"
