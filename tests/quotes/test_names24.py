"""issue #10 names24: speakers read off unseen BBC articles and named wrong or not at all, each
kind written as our own news-style sentences: an unnamed source or spokesperson of a body, a
party named alone, a role named just after or a second time, "the paper", an acronym, a
passive "accused of", and a quotation after a turn with no speaker before it."""

from __future__ import annotations

import pytest


def _speaker(code_text, text: str, words: str) -> str | None:
    doc = code_text(text)
    found = [q for q in doc.quotes if words in q.text]
    assert found, [(q.text, q.speaker) for q in doc.quotes]
    return found[0].speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "A Department for Education and Skills source said the figures would be "
            "published next month.",
            "published next month",
            "Department for Education and Skills's source",
        ),
        (
            "“Nothing has been decided yet,” a Downing Street source said on Sunday.",
            "Nothing has been decided",
            "Downing Street's source",
        ),
        (
            "A Conservative spokesperson said: “The minister should apologise to the families "
            "today.”",
            "should apologise",
            "Conservative Party's spokesperson",
        ),
        (
            "A Trump campaign spokesman said the new poll was badly flawed.",
            "badly flawed",
            "Trump campaign's spokesman",
        ),
    ],
)
def test_an_unnamed_voice_of_a_body_is_the_bodys(code_text, text, words, speaker):
    assert _speaker(code_text, text, words) == speaker


def test_a_nationality_names_no_body(code_text):
    text = "A French source said the talks in Brussels had broken down on Friday."
    assert _speaker(code_text, text, "broken down") is None


def test_a_party_named_alone_speaks(code_text):
    text = "The new rail timetable was attacked on Monday. Tories say the changes are a mess."
    assert _speaker(code_text, text, "are a mess") == "Tories"


def test_a_party_word_before_a_name_is_not_the_name(code_text):
    text = (
        "Fellow Lib Dem Norman Baker said the report painted an “unflattering picture” of "
        "the department."
    )
    assert _speaker(code_text, text, "unflattering") == "Norman Baker"


def test_the_senator_named_just_after(code_text):
    text = (
        "WASHINGTON - The senator said on Tuesday that the farm bill would not pass. “We "
        "simply do not have the votes,” the senator told reporters.\n\nSenator Mark Delaney, "
        "a Democrat from Ohio, has opposed the measure since March."
    )
    assert _speaker(code_text, text, "do not have the votes") == "Mark Delaney"


def test_the_senator_named_after_someone_else_is_not_linked(code_text):
    text = (
        "The senator said on Tuesday that the farm bill would not pass. Governor Ann Price "
        "said the state would cope. Later that week Senator Mark Delaney voted against it, "
        "and so did Senator Ruth Cole."
    )
    assert _speaker(code_text, text, "farm bill") is None


def test_the_prime_minister_stays_the_one_it_was(code_text):
    text = (
        "Gordon Brown set out his plans for the economy. This time the campaign will be "
        "run by Alan Milburn, an ally of Tony Blair.\n\nThe prime minister was asked about "
        "Mr Brown's article on the radio. Mr Blair said no decision had been taken. He "
        "praised Mr Brown's handling of the economy. But the prime minister insisted he did "
        "not know the date of the poll."
    )
    assert _speaker(code_text, text, "did not know the date") == "Tony Blair"


def test_the_premier_is_the_prime_minister_named(code_text):
    text = (
        "Gordon Brown set out his plans. The campaign role will go to Alan Milburn, an ally "
        "of Tony Blair. The premier insisted Mr Brown would still have a key role."
    )
    assert _speaker(code_text, text, "key role") == "Tony Blair"


def test_the_head_of_a_body_named_in_the_next_sentence(code_text):
    text = (
        "Governments are ignoring the rights of refugees, Oxfam's chief has said.\n\nIn a "
        "speech in Geneva, Barbara Stocking said the system was close to collapse."
    )
    assert _speaker(code_text, text, "rights of refugees") == "Barbara Stocking"


def test_the_secretary_general_after_the_name(code_text):
    text = (
        "Irene Khan said the war on terror had set back human rights. The Amnesty "
        "secretary-general said public passivity was the biggest failure."
    )
    assert _speaker(code_text, text, "public passivity") == "Irene Khan"


def test_the_paper_and_it_are_the_paper_quoted_before(code_text):
    text = (
        "The carmaker's deal has been delayed, according to the Financial Times. The paper "
        "said Chinese officials had been irritated by the talks. It also said that new "
        "models would take at least two years."
    )
    doc = code_text(text)
    speakers = {q.text[:20]: q.speaker for q in doc.quotes}
    assert list(speakers.values()) == ["Financial Times"] * 3, speakers


def test_an_untagged_paper_and_its_acronym(code_text):
    text = (
        "The Observer reported on Sunday that half the workforce could lose their jobs. "
        "The Financial Times said the regulator was annoyed. According to the FT, the "
        "approval will take months."
    )
    doc = code_text(text)
    assert [q.speaker for q in doc.quotes] == ["Observer", "Financial Times", "Financial Times"]


def test_an_agency_acronym_is_the_agency(code_text):
    text = (
        "The Associated Press news agency reported that the jury had reached a verdict. "
        "The defendant was led from the court by marshals, AP said."
    )
    assert _speaker(code_text, text, "led from the court") == "Associated Press news agency"


def test_the_one_accused_did_not_speak(code_text):
    text = (
        "David Blunkett has been accused of using the “politics of confusion” to disguise "
        "new immigration rules.\n\nTory spokesman David Davis told MPs the country was "
        "losing its veto."
    )
    assert _speaker(code_text, text, "politics of confusion") is None


def test_a_quotation_after_a_pronoun_turn_when_the_one_before_had_no_speaker(code_text):
    text = (
        "The Liberal Democrats hope to unseat a string of senior Tories at the election.\n\n"
        "Others on the list include Oliver Letwin, Lib Dem elections chief Lord Rennard said. "
        "He said it was “nothing personal”.\n\nIn 2001, Michael Howard held his seat with "
        "20,645 votes. Asked if this amounted to the party's much vaunted “decapitation "
        "strategy” Lord Rennard said it was not a term he had ever used. But he urged Labour "
        "supporters to vote tactically. “I just don't think Labour voters in these seats "
        "could resist the temptation to use their votes.”"
    )
    assert _speaker(code_text, text, "could resist") == "Rennard"
