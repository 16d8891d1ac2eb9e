"""issue #10 names29: "the GOP front-runner" / "the Democratic front-runner" as a speaker is the
one named before who led that party's race (``actors/race_leaders.tsv``): on the article's date,
or, undated, the only one named who ever led it; not the rival named last. Our own news-style
sentences."""

from __future__ import annotations

import pytest
from quote_views import speaker_of

pytestmark = pytest.mark.model

CONVENTIONS = (
    "CASPER, Wyo. - Sen. Ted Cruz won 14 delegates in Wyoming on Saturday. “We are going to win "
    "in Cleveland,” Cruz said.\n\nThe conventions came after Donald Trump had spent much of the "
    "week attacking Colorado's rules. Local activists meanwhile handed Cruz most of the delegates "
    "at stake."
)


def test_the_gop_front_runner_is_the_race_leader_not_the_rival_named_last(code_text):
    text = CONVENTIONS + " The GOP front-runner complained that the process had been “rigged.”"
    assert speaker_of(code_text, text, "rigged") == "Donald Trump"


def test_the_democratic_front_runner(code_text):
    text = (
        "DES MOINES, Iowa - Hillary Clinton spent the day in Cedar Rapids, while Sen. Bernie "
        "Sanders filled a gym in Ames. Volunteers for Sanders knocked on doors across the state. "
        "The Democratic front-runner said Sanders's plan was “a promise nobody can keep.”"
    )
    assert speaker_of(code_text, text, "nobody can keep") == "Hillary Clinton"


def test_on_the_articles_date_the_leader_of_that_year(code_text):
    text = (
        "MANCHESTER, N.H. - Rudy Giuliani and Mitt Romney both campaigned in New Hampshire on "
        "Friday. Romney's aides said the race was far from settled. The GOP front-runner said "
        "the state was “ready for a fighter.”"
    )
    doc = code_text(text, published="2007-10-05")
    quote = next(q for q in doc.quotes if "ready for a fighter" in q.text)
    assert quote.speaker == "Rudy Giuliani"


def test_a_front_runner_of_another_year_is_left_to_the_older_rules(code_text):
    # "the 2008 front-runner" names no race of the article's own
    text = CONVENTIONS + " The 2008 GOP front-runner said the process was “rigged.”"
    assert speaker_of(code_text, text, "rigged") != "Donald Trump"


# names29: a "who" that speaks after a list of names is the last name of the list, where the
# parser hangs the relative clause on the first


def test_who_after_a_list_of_celebrities_is_the_last_named(code_text):
    text = (
        "WASHINGTON - The ceremony featured the civil rights leader John Lewis, as well as "
        "celebrities like Tom Hanks, Meryl Streep and Aretha Franklin, who joked of the building, "
        "“I have never climbed so many stairs.”"
    )
    assert speaker_of(code_text, text, "so many stairs") == "Aretha Franklin"


def test_who_after_a_list_of_officials_is_the_last_named(code_text):
    text = (
        "LOS ANGELES - Several speakers followed, including Gov. Jerry Brown, Sen. Dianne "
        "Feinstein and Mayor Eric Garcetti, who said, “This city will not back down.”"
    )
    assert speaker_of(code_text, text, "not back down") == "Eric Garcetti"


def test_who_after_a_single_name_is_that_name(code_text):
    text = (
        "LOS ANGELES - Several speakers followed, among them Mayor Eric Garcetti, who said, "
        "“This city will not back down.”"
    )
    assert speaker_of(code_text, text, "not back down") == "Eric Garcetti"


# names29: a lone surname one doubled letter off the surname of the one person named in full
# is that person, misspelt


def test_a_surname_with_a_doubled_letter_slip_is_the_person_named(code_text):
    text = (
        "WASHINGTON - The reporter in question is the network's foreign affairs correspondent, "
        "Elise Labott. The emails show that Labott took directions from a State Department aide."
        "\n\n“She was great. Well done,” Labbot wrote to the aide after the hearing."
    )
    assert speaker_of(code_text, text, "Well done") == "Elise Labott"


def test_a_surname_with_an_undoubled_letter_slip_is_the_person_named(code_text):
    text = (
        "HARTFORD, Conn. - The state's new budget director, Karen Pellegrino, briefed "
        "lawmakers on Monday.\n\n“The numbers do not add up,” Pelegrino told the committee."
    )
    assert speaker_of(code_text, text, "do not add up") == "Karen Pellegrino"


def test_two_people_of_near_surnames_are_left_apart(code_text):
    text = (
        "BOSTON - Tom Moore and Ann More both ran for the council seat.\n\n“We will win,” "
        "Mooore said."
    )
    assert speaker_of(code_text, text, "We will win") not in ("Tom Moore", "Ann More")
