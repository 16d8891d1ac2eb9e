"""Actors, eighteenth round (issues #9/#10 actors18): a party named "<word> Party" or quoted by
name is in or out of government on the story's date ("the Conservative Party" was the role
"party" of the story's home, GBRPTY in opposition too), and so is a government role of a party
out of government; a lone "Kim" in a story naming North Korea is its leader; a role word after a
person's name is the person's ("Trump voters"), their followers their country; "Julie Bishop"
is no bishop. Sentences written for the test in the style of wire and BBC news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("phrase", "date", "code"),
    [
        # "<word> Party" of one country: that country, in or out of government on the date
        ("the Republican Party", "2005-03-01", "USAPTY"),
        ("the Republican Party", "2012-03-01", "USAOPP"),
        ("the Labor Party", "2005-03-01", "AUSOPP"),
        ("the Liberal Democratic Party", "2012-03-01", "JPNOPP"),
        # a name several countries' parties share: no country of its own (the home decides)
        ("the Conservative Party", "2005-03-01", "---PTY"),
        ("the Democratic Party", "2017-06-01", "---PTY"),
        ("the Liberal Party", "2017-06-01", "---PTY"),
        # a government role of a party out of government on the date is the opposition's
        ("Lib Dem home affairs spokesman Mark Oaten", "2005-03-01", "GBROPP"),
        ("Lib Dem officials", "2005-03-01", "GBROPP"),
        ("the Lib Dem stance", "2005-03-01", "GBROPP"),
        ("Lib Dem officials", "2012-03-01", "GBRGOV"),  # in the coalition then
        ("Lib Dem MPs", "2005-03-01", "GBRLEG"),  # lawmakers stay lawmakers
        # a role word right after a person's name is the person's, of their country
        ("Trump voters", "2017-10-27", "USACVL"),
        ("Putin's critics", "2017-10-27", "RUSOPP"),
        ("Obama administration officials", "2017-10-27", "USAGOV"),
        ("Donald Trump", "2017-10-27", "USAGOV"),  # the person alone is still the person
        ("Russian President Vladimir Putin", "2017-10-27", "RUSGOV"),
        # a one-word role after a common first name is a surname
        ("Foreign Minister Julie Bishop", "2017-10-27", "---GOV"),  # the minister, no bishop
        ("Catholic Bishop Kevin Dowling", "2017-10-27", "---REL"),
        ("Bishop Desmond Tutu", "2017-10-27", "---REL"),
    ],
)
def test_the_book_reads_the_phrase(book, phrase, date, code):
    match = book.lookup(phrase, date=date)
    assert match is not None and match.code == code, match and match.rule


def _pairs(doc):
    return [(e.source_actor, e.code[:2], e.target_actor) for e in doc.events]


@pytest.mark.parametrize(
    ("published", "party"),
    [("2005-02-14", "GBROPP"), ("2013-02-14", "GBRPTY")],
)
def test_the_conservative_party_in_a_british_story_is_in_or_out_on_its_date(
    code_all, published, party
):
    doc = code_all(
        "The Conservative Party has accused the government of wasting millions of pounds on "
        "consultants at the Home Office.\n\nThe Home Office said the figures were wrong.",
        published=published,
    )
    assert any(s == party and c == "11" for s, c, _ in _pairs(doc)), _pairs(doc)


def test_the_democratic_party_in_a_seoul_story_is_koreas(code_all):
    doc = code_all(
        "SEOUL (Reuters) - South Korea's ruling Democratic Party on Monday criticised the "
        "opposition's plan to cut the budget for welfare.",
        published="2018-03-05",
    )
    sources = {s for s, _, _ in _pairs(doc)}
    assert "KORPTY" in sources and not any(s and s.startswith("USA") for s in sources), _pairs(doc)


# -- a lone family name the book's people give first --------------------------------------


def test_kim_alone_in_a_seoul_story_about_the_north_is_its_leader(code_all):
    doc = code_all(
        "SEOUL (Reuters) - South Korea and the United States began joint naval drills on "
        "Monday as North Korea's missile tests kept tensions high.\n\n"
        "Kim has denounced the drills as a rehearsal for invasion.",
        published="2017-10-30",
    )
    assert any(s == "PRKGOV" and c == "11" for s, c, _ in _pairs(doc)), _pairs(doc)


def test_a_south_korean_kim_named_in_full_is_not_the_north_korean_leader(code_all):
    doc = code_all(
        "SEOUL (Reuters) - South Korean Finance Minister Kim Dong-yeon met bankers on Monday as "
        "North Korea's missile tests weighed on markets.\n\n"
        "Kim criticised the central bank's plan to raise interest rates.",
        published="2017-10-30",
    )
    # North Korea's missile tests are its own (150); Kim's criticism is not the North's
    assert not any(s and s.startswith("PRK") for s, c, _ in _pairs(doc) if c != "15"), _pairs(doc)
    assert any(s == "KOR" for s, c, _ in _pairs(doc) if c == "11"), _pairs(doc)


# -- a person's name before a role word owns the role ---------------------------------------


def test_voters_of_a_president_are_no_government(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Trump voters in rural Ohio criticized the Senate tax bill on "
        "Tuesday, saying it would raise their health insurance costs.",
        published="2017-11-28",
    )
    sources = {s for s, c, _ in _pairs(doc) if c == "11"}
    assert sources and "USAGOV" not in sources, _pairs(doc)


def test_supporters_of_a_president_are_his_country_not_him(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Hundreds of Trump supporters protested outside the Supreme "
        "Court on Friday against the ruling.\n\n"
        "President Donald Trump's supporters also criticized the judges on social media.",
        published="2017-06-30",
    )
    sources = {s for s, _, _ in _pairs(doc)}
    assert "USA" in sources and "USAGOV" not in sources, _pairs(doc)


# -- a role word after a first name is a surname ---------------------------------------------


def test_julie_bishop_in_a_canberra_story_is_the_minister(code_all):
    doc = code_all(
        "CANBERRA (Reuters) - Australian Foreign Minister Julie Bishop on Wednesday condemned "
        "North Korea's latest missile launch as a reckless provocation.",
        published="2017-11-29",
    )
    assert any(s == "AUSGOV" and c == "11" for s, c, _ in _pairs(doc)), _pairs(doc)


# -- a party quoted by name is in or out of government on the story's date -------------------


@pytest.mark.parametrize(
    ("published", "party"),
    [("2005-02-14", "GBROPP"), ("2013-02-14", "GBRPTY")],
)
def test_a_party_quoted_in_a_british_story_is_in_or_out_on_its_date(code_all, published, party):
    doc = code_all(
        "Gordon Brown has promised to cut the tax paid by pensioners in next month's budget.\n\n"
        "The Conservatives said the chancellor's plan would not help most pensioners. \"This is "
        "a gimmick that will cost families dear,\" Tony Blair's critics said.",
        published=published,
    )
    actors = {q.speaker_text: q.actor for q in doc.quotes}
    assert actors.get("The Conservatives") == party, [(q.speaker_text, q.actor) for q in doc.quotes]
