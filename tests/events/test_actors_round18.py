"""Actors, eighteenth round (issues #9/#10 actors18): a party named "<word> Party" is the
party of the table, in government or out of it on the story's date ("the Conservative Party"
was the role "party" of the story's home, GBRPTY in opposition too). Sentences written for the
test in the style of wire and BBC news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("phrase", "date", "code", "country"),
    [
        # "<word> Party" of one country: that country, in or out of government on the date
        ("the Republican Party", "2005-03-01", "USAPTY", "USA"),
        ("the Republican Party", "2012-03-01", "USAOPP", "USA"),
        ("the Labor Party", "2005-03-01", "AUSOPP", "AUS"),
        ("the Liberal Democratic Party", "2012-03-01", "JPNOPP", "JPN"),
        # a name several countries' parties share: no country of its own (the home decides)
        ("the Conservative Party", "2005-03-01", "---PTY", None),
        ("the Democratic Party", "2017-06-01", "---PTY", None),
        ("the Liberal Party", "2017-06-01", "---PTY", None),
    ],
)
def test_a_party_named_with_its_party_word_is_the_tables(book, phrase, date, code, country):
    match = book.lookup(phrase, date=date)
    assert match is not None and match.code == code and match.country == country, (
        match and match.rule
    )


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
    assert not any(s and s.startswith("PRK") for s, _, _ in _pairs(doc)), _pairs(doc)


# -- a person's name before a role word owns the role ---------------------------------------


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Trump voters", "USACVL"),
        ("Putin's critics", "RUSOPP"),
        ("Obama administration officials", "USAGOV"),
        # the person alone, or named with the title before them, is still the person
        ("Donald Trump", "USAGOV"),
        ("Russian President Vladimir Putin", "RUSGOV"),
    ],
)
def test_a_persons_name_before_a_role_is_the_roles_owner(book, phrase, code):
    match = book.lookup(phrase, date="2017-10-27")
    assert match is not None and match.code == code, match and match.rule


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


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Foreign Minister Julie Bishop", "---GOV"),  # the minister, no bishop (REL)
        ("Catholic Bishop Kevin Dowling", "---REL"),
        ("Bishop Desmond Tutu", "---REL"),
    ],
)
def test_a_role_word_after_a_first_name_is_a_surname(book, phrase, code):
    match = book.lookup(phrase, date="2017-10-27")
    assert match is not None and match.code == code, match and match.rule


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


# -- a government role of a party out of government is the opposition's ---------------------


@pytest.mark.parametrize(
    ("phrase", "date", "code"),
    [
        ("Lib Dem home affairs spokesman Mark Oaten", "2005-03-01", "GBROPP"),
        ("Lib Dem officials", "2005-03-01", "GBROPP"),
        ("the Lib Dem stance", "2005-03-01", "GBROPP"),
        ("Lib Dem officials", "2012-03-01", "GBRGOV"),  # in the coalition then
        ("Lib Dem MPs", "2005-03-01", "GBRLEG"),  # lawmakers stay lawmakers
    ],
)
def test_a_government_role_of_a_party_out_of_government_is_opposition(book, phrase, date, code):
    match = book.lookup(phrase, date=date)
    assert match is not None and match.code == code, match and match.rule
