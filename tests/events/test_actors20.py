"""Actors, twentieth round (issues #9/#10 actors20): the actors of events coded with the right
root. "The two sides" / "both leaders" are the two actors the story has just named (and what
they agree to do together they do with each other); a national unit with a party word in its
name ("the Republican Guard") is its country's military, not American lawmakers; "the Russia
investigation" looks into Russia and is run by whoever the article says opened it; a speaker
the quote stage left without a country is placed as any argument is; a person the book does not
know who "heads Iraq's rights committee" is Iraq's; service members and House members are roles.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _pairs(doc) -> list[tuple[str | None, str, str | None]]:
    return [(e.source_actor, e.code[:2], e.target_actor) for e in doc.events]


def _countries(code: str | None) -> str:
    return (code or "")[:3]


def test_the_two_leaders_are_the_two_named_before(code_all):
    doc = code_all(
        "TOKYO (Reuters) - U.S. President Donald Trump met Japanese Prime Minister Shinzo Abe on "
        "Monday. The two leaders agreed to increase pressure on North Korea.",
        published="2017-11-06",
    )
    pressure = {(_countries(s), _countries(t)) for s, c, t in _pairs(doc) if t == "PRK"}
    assert {("USA", "PRK"), ("JPN", "PRK")} <= pressure, _pairs(doc)


def test_the_two_sides_agree_with_each_other(code_all):
    doc = code_all(
        "MANILA (Reuters) - Philippine President Rodrigo Duterte met U.S. President Donald Trump "
        "on Monday. The two sides agreed to hold regular talks on trade, a joint statement said.",
        published="2017-11-13",
    )
    agreed = {
        (_countries(e.source_actor), _countries(e.target_actor))
        for e in doc.events
        if e.trigger_text == "agreed"
    }
    assert {("PHL", "USA"), ("USA", "PHL")} <= agreed, _pairs(doc)


def test_the_two_countries_agree_to_act_together(code_all):
    doc = code_all(
        "DHAKA (Reuters) - Bangladesh and Myanmar have been discussing the return of the refugees "
        "for weeks. Officials said the two countries agreed to set up a working group within "
        "three weeks.",
        published="2017-11-23",
    )
    agreed = {(e.source_actor, e.target_actor) for e in doc.events if e.trigger_text == "agreed"}
    assert {("BGD", "MMR"), ("MMR", "BGD")} <= agreed, _pairs(doc)


def test_the_two_sides_with_three_countries_named_are_not_guessed(code_all):
    doc = code_all(
        "BEIJING (Reuters) - Chinese President Xi Jinping met U.S. President Donald Trump on "
        "Thursday to discuss North Korea and Japan. The two sides agreed to hold regular talks "
        "on trade.",
        published="2017-11-09",
    )
    rules = [e.rule or "" for e in doc.events]
    assert not any("the two sides:" in r for r in rules), rules


def test_both_men_of_one_country_stay_as_they_were(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Paul Manafort and his business associate Rick Gates were "
        "indicted on Monday. Both men pleaded not guilty to the charges.",
        published="2017-10-31",
    )
    pleas = [e for e in doc.events if e.trigger_text == "pleaded"]
    assert pleas and all(_countries(e.source_actor) == "USA" for e in pleas), _pairs(doc)
    assert not any("the two men:" in (e.rule or "") for e in pleas), _pairs(doc)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the army named before with its country: the unit is that army's
        (
            "KUWAIT CITY (Reuters) - U.S. troops advanced toward Baghdad on Thursday. Iraq's army "
            "said it would fight. The Republican Guard attacked U.S. positions south of the "
            "capital, officers said.",
            "IRQMIL",
        ),
        # at home in Iraq: the home's military
        (
            "BAGHDAD (Reuters) - The Republican Guard shelled Kurdish villages near Kirkuk on "
            "Sunday, residents said.",
            "IRQMIL",
        ),
        # the country in the phrase
        (
            "BEIRUT (Reuters) - Syria's Republican Guard shelled rebel positions near Damascus on "
            "Sunday, a monitoring group said.",
            "SYRMIL",
        ),
    ],
)
def test_the_republican_guard_is_its_countrys_military(code_all, text, source):
    doc = code_all(text, published="2003-03-20")
    attacks = [e for e in doc.events if e.trigger_text in ("attacked", "shelled")]
    assert attacks and all(e.source_actor == source for e in attacks), _pairs(doc)
    assert all(e.code[:2] == "19" for e in attacks), _pairs(doc)  # arms, not words


def test_republican_lawmakers_are_still_american(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Republican lawmakers criticized the plan on Tuesday.",
        published="2017-11-30",
    )
    assert any(s == "USALEG" and c == "11" for s, c, _ in _pairs(doc)), _pairs(doc)


def test_the_russia_investigation_is_run_by_its_investigator(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Special Counsel Robert Mueller is investigating Russian "
        "meddling in the 2016 election.\n\nTrump has repeatedly criticized the Russia "
        "investigation, calling it a witch hunt.",
        published="2017-11-06",
    )
    criticized = [e for e in doc.events if e.trigger_text == "criticized"]
    assert criticized and all(e.target_actor == "USAJUD" for e in criticized), _pairs(doc)


def test_the_russia_probe_far_from_its_opening_is_still_its_investigators(code_all):
    filler = (
        "Several Republican senators said they would back the tax bill. The Senate is expected "
        "to vote on Friday. Democrats have opposed the measure, saying it favors the rich. "
    )
    doc = code_all(
        "WASHINGTON (Reuters) - Special Counsel Robert Mueller is investigating Russian "
        "meddling in the 2016 election.\n\n" + filler * 12 + "\n\nTrump has repeatedly "
        "criticized the Russia probe, calling it a witch hunt.",
        published="2017-11-06",
    )
    criticized = [e for e in doc.events if e.trigger_text == "criticized"]
    assert criticized and all(e.target_actor == "USAJUD" for e in criticized), _pairs(doc)


def test_a_speaker_with_a_role_and_no_country_takes_the_storys_home(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The State Department said on Friday it would cut staff.\n\n"
        # issue #9 read25: not "we will not allow our diplomats to be forced out": who allows a
        # passive act does not do it, so that quote now gives no event of the speaker's
        '"We will expel their diplomats," the secretary of state said on Saturday.',
        published="2017-11-30",
    )
    # names28: the role is read as its holder on the story's date once the lower-case "state"
    # the tagger made a body no longer speaks ("Rex Tillerson"), or placed as a role as before
    rules = [
        e.rule or ""
        for e in doc.events
        if "secretary of state" in (e.rule or "") or "Rex Tillerson" in (e.rule or "")
    ]
    assert rules and all("placed:" in r or "Tillerson" in r for r in rules), _pairs(doc)
    assert not any(s and s.startswith("---") for s, _, _ in _pairs(doc)), _pairs(doc)


def test_a_person_who_heads_a_foreign_body_is_of_its_country(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The State Department said on Friday that children were still "
        "being recruited by militias in several countries.\n\nAli Kareem, who heads Iraq's High "
        "Committee for Human Rights, denied the charge on Saturday. Kareem also criticized the "
        "report.",
        published="2017-11-30",
    )
    by_kareem = [e for e in doc.events if e.trigger_text in ("denied", "criticized")]
    assert by_kareem and all(_countries(e.source_actor) == "IRQ" for e in by_kareem), _pairs(doc)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "WASHINGTON (Reuters) - Several transgender service members filed a lawsuit on "
            "Monday after the ban was announced.",
            "USAMIL",
        ),
        (
            "WASHINGTON (Reuters) - Conservative House members pushed for increases in military "
            "spending on Tuesday.",
            "USALEG",
        ),
    ],
)
def test_service_members_and_house_members_are_roles(code_all, text, source):
    doc = code_all(text, published="2017-11-30")
    assert any(s == source for s, _, _ in _pairs(doc)), _pairs(doc)
