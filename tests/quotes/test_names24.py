"""issue #10 names24: speakers read off unseen BBC articles and named wrong or not at all, each
kind written as our own news-style sentences: an unnamed source or spokesperson of a body, a
party named alone, a role named just after or a second time, "the paper", an acronym, a
passive "accused of", and a quotation after a turn with no speaker before it."""

from __future__ import annotations

import pytest
from quote_views import speaker_of


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
    assert speaker_of(code_text, text, words) == speaker


def test_a_nationality_names_no_body(code_text):
    text = "A French source said the talks in Brussels had broken down on Friday."
    assert speaker_of(code_text, text, "broken down") is None


def test_a_party_named_alone_speaks(code_text):
    text = "The new rail timetable was attacked on Monday. Tories say the changes are a mess."
    assert speaker_of(code_text, text, "are a mess") == "Tories"


def test_a_party_word_before_a_name_is_not_the_name(code_text):
    text = (
        "Fellow Lib Dem Norman Baker said the report painted an “unflattering picture” of "
        "the department."
    )
    assert speaker_of(code_text, text, "unflattering") == "Norman Baker"


def test_the_senator_named_just_after(code_text):
    text = (
        "WASHINGTON - The senator said on Tuesday that the farm bill would not pass. “We "
        "simply do not have the votes,” the senator told reporters.\n\nSenator Mark Delaney, "
        "a Democrat from Ohio, has opposed the measure since March."
    )
    assert speaker_of(code_text, text, "do not have the votes") == "Mark Delaney"


def test_the_senator_named_after_someone_else_is_not_linked(code_text):
    text = (
        "The senator said on Tuesday that the farm bill would not pass. Governor Ann Price "
        "said the state would cope. Later that week Senator Mark Delaney voted against it, "
        "and so did Senator Ruth Cole."
    )
    assert speaker_of(code_text, text, "farm bill") is None


def test_the_prime_minister_stays_the_one_it_was(code_text):
    text = (
        "Gordon Brown set out his plans for the economy. This time the campaign will be "
        "run by Alan Milburn, an ally of Tony Blair.\n\nThe prime minister was asked about "
        "Mr Brown's article on the radio. Mr Blair said no decision had been taken. He "
        "praised Mr Brown's handling of the economy. But the prime minister insisted he did "
        "not know the date of the poll."
    )
    assert speaker_of(code_text, text, "did not know the date") == "Tony Blair"


def test_the_premier_is_the_prime_minister_named(code_text):
    text = (
        "Gordon Brown set out his plans. The campaign role will go to Alan Milburn, an ally "
        "of Tony Blair. The premier insisted Mr Brown would still have a key role."
    )
    assert speaker_of(code_text, text, "key role") == "Tony Blair"


def test_the_head_of_a_body_named_in_the_next_sentence(code_text):
    text = (
        "Governments are ignoring the rights of refugees, Oxfam's chief has said.\n\nIn a "
        "speech in Geneva, Barbara Stocking said the system was close to collapse."
    )
    assert speaker_of(code_text, text, "rights of refugees") == "Barbara Stocking"


def test_the_secretary_general_after_the_name(code_text):
    text = (
        "Irene Khan said the war on terror had set back human rights. The Amnesty "
        "secretary-general said public passivity was the biggest failure."
    )
    assert speaker_of(code_text, text, "public passivity") == "Irene Khan"


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
    assert speaker_of(code_text, text, "led from the court") == "Associated Press news agency"


def test_the_one_accused_did_not_speak(code_text):
    text = (
        "David Blunkett has been accused of using the “politics of confusion” to disguise "
        "new immigration rules.\n\nTory spokesman David Davis told MPs the country was "
        "losing its veto."
    )
    assert speaker_of(code_text, text, "politics of confusion") is None


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
    assert speaker_of(code_text, text, "could resist") == "Rennard"


def test_the_one_told_did_not_speak(code_text):
    text = (
        "Farmer Tom Hale asked the ministry whether he could keep his dogs. Mr Hale was "
        "initially told it was an offence, which prompted him to complain."
    )
    assert speaker_of(code_text, text, "was an offence") is None


def test_the_prime_minister_is_not_the_one_called_the_chancellor(code_text):
    text = (
        "Gordon Brown has appealed for unity after reports of a rift with Tony Blair.\n\n"
        "The chancellor would not comment on the reports, but insisted he would not be "
        "“diverted”. Mr Brown said he had discussed the campaign with the prime minister.\n\n"
        "Health Secretary John Reid said the reports were damaging. But the prime minister "
        "said he had discussed the claims with the chancellor."
    )
    assert speaker_of(code_text, text, "discussed the claims") == "Tony Blair"


def test_a_quotation_going_on_keeps_the_speaker_the_graph_gave(code_text):
    text = (
        "In a separate interview, Mr Brown said: “It's very important that we all do what "
        "we can.” Mr Brown also said he had discussed the campaign with the prime minister."
        "\n\nBut Mr Peston said the pair had “mutual contempt” for each other. Andrew Marr "
        "said: “This is enormously damaging. Gordon Brown knows it as well as Tony Blair. “I "
        "think the relationship is very poor indeed.” He added: “Lots of ministers believe "
        "Tony Blair will attempt to move Gordon Brown out of the Treasury after the election. "
        "“That depends on whether there's still a Labour government and their majority.”"
    )
    doc = code_text(text)
    found = [q for q in doc.quotes if "That depends" in q.text]
    assert found and found[0].speaker == "Andrew Marr", [(q.text, q.speaker) for q in doc.quotes]


def test_letters_after_a_name_are_not_the_name(code_text):
    text = (
        "Director of Public Prosecutions, Ken Macdonald QC, said the rule was set by "
        "parliament. “It represents a tougher regime,” he said."
    )
    assert speaker_of(code_text, text, "tougher regime") == "Ken Macdonald"


def test_a_group_named_by_two_words_before_its_noun(code_text):
    text = "The Middle Way group also said the farmer would have to buy a rifle."
    assert speaker_of(code_text, text, "buy a rifle") == "Middle Way"


def test_a_question_before_a_verb_with_its_own_clause_goes_on(code_text):
    text = (
        "Mr Opik said: “Hunting with dogs is not defined in the Act. “How is the village "
        "bobby supposed to tell illegal hunting from simply chasing away?” Tory MP Peter "
        "Luff, another co-chairman of the group, said that the law was “so poorly drafted "
        "nobody can define the offence”."
    )
    assert speaker_of(code_text, text, "village") == "Opik"


def test_words_the_recogniser_ran_into_a_name(code_text):
    text = (
        "Lucy, 36, traced Mr Hale after her birth mother told her he was known as “Doc” at "
        "school. Mr Hale says he rang Lucy as soon as he got her letter.\n\nOn top of the "
        "deal with Tanzania Mr Hale said the bank would make similar offers to other nations."
    )
    doc = code_text(text)
    names = {q.speaker for q in doc.quotes}
    assert not any(n and n.split()[0] in ("rang", "Tanzania") for n in names), names


def test_a_party_qualifier_is_no_other_seat(code_text):
    text = (
        "Labour MP Stephen Pound has told of his shock at the news. Mr Pound said he was "
        "pleased. “It was a pretty horrible thing with a happy ending,” said the Ealing "
        "North MP."
    )
    assert speaker_of(code_text, text, "happy ending") == "Stephen Pound"


def test_an_ally_named_in_the_next_sentence(code_text):
    text = (
        "Chancellor Gordon Brown's closest ally has denied that there will be a spending "
        "spree before the election.\n\nEd Balls, a former adviser to the Treasury, said the "
        "chancellor would meet his rules."
    )
    assert speaker_of(code_text, text, "spending spree") == "Ed Balls"


def test_it_after_a_company_tagged_as_a_person(code_text):
    text = (
        "Yukos called the sale illegal and has turned to courts in the US. It also has "
        "vowed to use all legal means to go after any firm that buys its assets."
    )
    assert speaker_of(code_text, text, "all legal means") == "Yukos"


def test_a_party_tagged_as_a_person_is_not_he(code_text):
    text = (
        "Gordon Brown has made an appeal for unity.\n\nThe chancellor would not comment on "
        "the reports, but insisted he would not be “diverted” from the task. His only "
        "“motivation” was to ensure Labour was re-elected, he insisted."
    )
    assert speaker_of(code_text, text, "motivation") == "Gordon Brown"


def test_a_bodys_posters_are_the_body_speaking(code_text):
    text = (
        "Labour's new posters say Britain is enjoying the lowest inflation since the 1960s. "
        "They urge voters not to let the Tories take things backwards."
    )
    assert speaker_of(code_text, text, "lowest inflation") == "Labour"
