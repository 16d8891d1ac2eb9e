"""issue #9 read21: quote speakers read wrong on twelve unseen BBC articles, fixed for the
phrasing: "X quoted Y as saying" is Y's; a space before a closing mark does not hide the full
stop ending the quotation; the place a seat holder sits for is no name; a nationality deep in
the phrase is no speaker; a group's qualifier completes its tagged name. Sentences written for
these tests in the style of news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _speakers(quotes):
    return [(q.kind, q.text[:24], q.speaker_text, q.speaker) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We are proud of our record,” the Daily Mail quoted the minister as saying.",
            "the minister",
        ),
        ("“I am proud of the reforms,” Arab News quoted Prince Faisal as saying.", "Prince Faisal"),
        ("The agency quoted him as telling reporters: “We will not pay.”", "him"),
        ("“It is over,” he was quoted by Reuters as saying.", "he"),
    ],
)
def test_the_one_quoted_as_saying_speaks(quotes_of, text, speaker):
    quotes = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quotes and quotes[0].speaker_text == speaker, _speakers(quotes_of(text))


def test_a_space_before_the_closing_mark_ends_the_quotation(quotes_of):
    text = (
        "“Peace is possible,” the bishop will say. “I wish you peace in your homes. ” A "
        "spokesman said the ministry had no comment to make."
    )
    quotes = quotes_of(text)
    second = [q for q in quotes if q.text.startswith("“I wish")]
    assert second and second[0].speaker_text != "A spokesman", _speakers(quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "But the Tory MP for Sleaford and North Hykeham admitted the post “cannot be frozen”.",
            None,
        ),
        (
            "The Labour MP for Bolton West, Ruth Kelly, said the plan was “a disgrace”.",
            "Ruth Kelly",
        ),
    ],
)
def test_the_seat_is_not_the_name(quotes_of, text, speaker):
    quotes = quotes_of(text)
    assert quotes and quotes[0].speaker == speaker, _speakers(quotes)


def test_a_nationality_deep_in_the_phrase_is_no_speaker(quotes_of):
    text = "On Monday, the legal team for two Algerian suspects told a court the men wanted bail."
    quotes = quotes_of(text)
    assert quotes and quotes[0].speaker is None, _speakers(quotes)


def test_a_groups_qualifier_completes_its_name(quotes_of):
    quotes = quotes_of("The Liberal Democrats say they also oppose the new powers.")
    assert quotes and quotes[0].speaker == "Liberal Democrats", _speakers(quotes)


def test_the_cardinal_is_the_person_titled_cardinal(code_text):
    text = (
        "Money spent on war should have gone to the poor, Cardinal Pietro Rossi has said.\n\n"
        "The cardinal said 2005 should be the year for campaigning to “end poverty”."
    )
    quotes = code_text(text).quotes
    second = [q for q in quotes if q.speaker_text == "The cardinal"]
    assert second and second[0].speaker == "Pietro Rossi", _speakers(quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "As well as more aid, the commission is likely to demand action on corruption.",
            "the commission",
        ),
        ("The unions are expected to demand a rise of five per cent.", "The unions"),
    ],
)
def test_the_subject_of_a_raising_adjective_speaks(quotes_of, text, speaker):
    quotes = quotes_of(text)
    assert quotes and all(q.speaker_text == speaker for q in quotes), _speakers(quotes)


def test_a_titled_surname_tagged_as_a_body_is_a_person(code_text):
    # the recogniser tags the hyphenated surname alone, as an organisation
    text = (
        "Money spent on arms should have gone to the poor, Cardinal Cormac Kelly-O'Connor has "
        "said.\n\nThe cardinal said the governments of rich countries should “think again”."
    )
    quotes = code_text(text).quotes
    later = [q for q in quotes if q.speaker_text == "The cardinal"]
    assert later and later[0].speaker == "Kelly-O'Connor", _speakers(quotes)


def test_the_graph_takes_no_seat_for_the_speaker(code_text):
    text = (
        "Former minister Douglas Hogg said the bill was “largely unnecessary”. But the Tory MP "
        "for Sleaford and North Hykeham admitted the post “cannot be frozen in aspic”."
    )
    quotes = code_text(text).quotes
    seat = [q for q in quotes if "Sleaford" in (q.speaker_text or "")]
    assert seat and seat[0].speaker is None, _speakers(quotes)


def test_a_baroness_is_the_person_named_before(code_text):
    text = (
        "Mary Ellwood has said the upper house needs its own Speaker.\n\nBaroness Ellwood, "
        "who chaired the committee for a decade, said she believed the reforms had no aim."
    )
    quotes = code_text(text).quotes
    later = [q for q in quotes if q.speaker_text == "Baroness Ellwood"]
    assert later and later[0].speaker == "Mary Ellwood", _speakers(quotes)
