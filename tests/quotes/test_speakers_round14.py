"""issue #10 round 14: colon lead-ins with an object or a dash before the name, noun cues whose
possessor or "of" person speaks, and a cue the parser left as a loose dependent. Sentences
written for these tests in the style of news reports."""

from __future__ import annotations


def quoted(quotes, start: str):
    found = [q for q in quotes if q.kind in ("direct", "mixed") and start in q.text]
    assert found, f"no quote with {start!r} in {quotes}"
    return found[0]


def test_a_noun_cue_possessor_speaks_over_the_main_subject(quotes_of):
    text = (
        "The Steelworkers union is unlikely to back Warren after her October comment that, "
        '"We are going to close a lot of mills and put a lot of workers out of a job."'
    )
    quote = quoted(quotes_of(text), "close a lot of mills")
    assert quote.speaker_text == "her"


def test_the_of_person_of_a_noun_cue_speaks(quotes_of):
    text = (
        "His testimony supports the contention of former governor Mark Delaney that some of the "
        'budget files were "quietly rewritten" after the audit.'
    )
    quote = quoted(quotes_of(text), "quietly rewritten")
    assert quote.speaker == "Mark Delaney"


def test_a_loose_cue_after_an_aside_takes_the_name_opening_the_sentence(quotes_of):
    text = (
        "The hearing dragged on into the evening. Senator Maria Lopez, visibly tired, finally "
        'responded: "What difference does another hour make to these families?"'
    )
    quote = quoted(quotes_of(text), "What difference")
    assert quote.speaker == "Maria Lopez"


def test_a_name_after_a_dash_before_the_colon_speaks(quotes_of):
    text = (
        "Analysts agree - Tom Rivera: “The lesson is a simple one: keep calling voters as late "
        "as you possibly can, because the race moves in the last days.”"
    )
    quote = quoted(quotes_of(text), "The lesson")
    assert quote.speaker == "Tom Rivera"


def test_a_person_object_before_the_colon_speaks(quotes_of):
    text = (
        "The size of the governor’s lead doesn’t surprise Democratic pollster Ellen Marks: "
        "“Incumbents with a record on jobs have always done well in this state.”"
    )
    quote = quoted(quotes_of(text), "Incumbents")
    assert quote.speaker == "Ellen Marks"


def test_a_named_subject_before_the_colon_still_speaks(quotes_of):
    # the subject is a person: the object before the colon is who they answer, not the speaker
    text = (
        "At the rally on Friday Governor Paul Hines attacked Senator Rosa Diaz: “She has "
        "never once voted to cut a tax in this state.”"
    )
    quote = quoted(quotes_of(text), "never once voted")
    assert quote.speaker == "Paul Hines"
