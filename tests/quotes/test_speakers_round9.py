"""Speakers found in the ninth round of quote work (issue #10). News-like text written here."""

from __future__ import annotations


def test_a_participle_coordinated_after_another_is_said_by_the_main_subject(quotes_of):
    quotes = quotes_of(
        "Governor Ann Lee went after the senator on Wednesday over his refusal thus far to "
        "release his taxes, calling it “disqualifying” and asserting that the only explanation "
        "must be “a bombshell of some size.”"
    )
    asserted = next(q for q in quotes if q.cue == "asserting")
    # asserting -> calling -> release -> went: four verbs up to the subject
    assert asserted.speaker_text == "Governor Ann Lee"


def test_a_name_before_the_cues_auxiliary_at_a_paragraph_start_speaks(quotes_of):
    quotes = quotes_of(
        "The Latest on the race for governor (all times EDT):\n\n7 p.m.\n\nJane Smith is once "
        "again questioning the integrity of the state voting system."
    )
    (quote,) = quotes
    assert quote.speaker_text == "Jane Smith"


def test_a_participle_opening_a_paragraph_is_done_by_the_subject_after_its_comma(quotes_of):
    # the parser hangs "Bemoaning" on the quotation before; the subject after the comma speaks
    quotes = quotes_of(
        '"The only reason why the council is doing it is the same reason why the lobbyists and '
        'the donors are."\n\nBemoaning the "phony system," Lee accused Holt of being a shill, '
        "though she offered no proof."
    )
    bemoaned = next(q for q in quotes if q.cue == "Bemoaning")
    assert bemoaned.speaker_text == "Lee"
