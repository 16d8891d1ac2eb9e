"""One test per quotation pattern, on news-like sentences written for these tests."""

from __future__ import annotations

from redline.model import Document
from redline.quotes import extract_quotes


def only(quotes, kind: str):
    found = [q for q in quotes if q.kind == kind]
    assert found, f"no {kind} quote in {quotes}"
    return found


def test_extract_quotes_without_parse_is_noop():
    doc = Document(text="“We are ready,” he said.")
    assert extract_quotes(doc).quotes == []


def test_extract_direct_quote_then_cue_speaker_after(quotes_of):
    text = (
        "White House spokesman John Kirby spoke on Tuesday.\n\n"
        "“We are watching the situation very closely,” said Mr. Kirby."
    )
    (quote,) = only(quotes_of(text), "direct")
    assert quote.text == "“We are watching the situation very closely,”"
    assert quote.cue == "said"
    assert quote.speaker_text == "Mr. Kirby"
    assert quote.speaker == "John Kirby"
    assert quote.rule.startswith("direct:")


def test_extract_direct_cue_before_with_colon(quotes_of):
    text = "The foreign minister told reporters in Kyiv: “Ukraine will not give up its land.”"
    (quote,) = only(quotes_of(text), "direct")
    assert quote.text == "“Ukraine will not give up its land.”"
    assert quote.cue == "told"
    assert quote.speaker_text == "The foreign minister"
    assert quote.speaker is None  # unnamed speaker: mention kept, no name


def test_extract_direct_multi_sentence_quote(quotes_of):
    text = (
        "“The strike hit a school. Nobody was inside. We were lucky this time,” "
        "the mayor, Ihor Terekhov, said on Sunday."
    )
    (quote,) = only(quotes_of(text), "direct")
    assert quote.text.startswith("“The strike hit a school.")
    assert quote.text.endswith("this time,”")
    assert "Terekhov" in quote.speaker_text


def test_extract_split_quote_gives_pieces_with_one_cue(quotes_of):
    text = (
        "Defence Secretary Lloyd Austin arrived in Brussels on Thursday. "
        "“We will support Ukraine for as long as it takes,” Austin said. "
        "“That commitment has not changed.”"
    )
    pieces = only(quotes_of(text), "direct")
    assert [q.text for q in pieces] == [
        "“We will support Ukraine for as long as it takes,”",
        "“That commitment has not changed.”",
    ]
    assert pieces[0].cue_start == pieces[1].cue_start
    assert {q.speaker for q in pieces} == {"Lloyd Austin"}
    assert pieces[1].rule.startswith("direct:continues-previous")


def test_extract_quote_over_paragraphs(quotes_of):
    text = (
        "The senator read from the letter. She said: “The funding expires at the end of the "
        "month and the agencies have no plan.\n\n“We ask the committee to act before the recess.”"
    )
    (quote,) = only(quotes_of(text), "direct")
    assert quote.text.startswith("“The funding expires")
    assert quote.text.endswith("before the recess.”")
    assert "\n\n" in quote.text


def test_extract_nested_single_quotes_stay_in_one_quote(quotes_of):
    text = (
        "“My mother told me, ‘Never sign anything you have not read,’ and I never have,” "
        "Senator Maria Lopez said."
    )
    (quote,) = only(quotes_of(text), "direct")
    assert "‘Never sign anything you have not read,’" in quote.text
    assert quote.speaker == "Maria Lopez"


def test_extract_headline_says_pattern(quotes_of):
    text = (
        "Sanctions will fail, Putin says\n\n"
        "MOSCOW — Russian President Vladimir Putin spoke at an economic forum on Friday."
    )
    quotes = quotes_of(text)
    headline = [q for q in quotes if q.start == 0]
    assert headline, quotes
    assert headline[0].text == "Sanctions will fail"
    assert headline[0].cue == "says"
    assert headline[0].speaker == "Vladimir Putin"


def test_extract_unbalanced_mark_is_graceful(quotes_of):
    text = (
        "Officials said “the bridge will reopen next week.\n\n"
        "Traffic has been diverted through the old town since the collapse."
    )
    quotes = quotes_of(text)  # must not raise
    assert all(q.end <= len(text) for q in quotes)


def test_extract_mixed_partial_quote_in_reported_clause(quotes_of):
    text = (
        "Russian President Vladimir Putin warned on Thursday that he will consider NATO "
        "to be “at war” with Russia if the West lets Kyiv use long-range missiles."
    )
    (quote,) = only(quotes_of(text), "mixed")
    assert "“at war”" in quote.text
    # the whole reported clause, with its "that" as PolNeAR annotates it
    assert quote.text.startswith("that he will consider NATO")
    assert quote.text.endswith("long-range missiles")
    assert quote.cue == "warned"
    assert quote.speaker == "Vladimir Putin"


def test_extract_mixed_said_that(quotes_of):
    text = (
        "Foreign Minister Melanie Joly said that Canada supports Ukraine using long-range "
        "weapons to “prevent and interdict” attacks on its cities."
    )
    (quote,) = only(quotes_of(text), "mixed")
    assert "“prevent and interdict”" in quote.text
    assert quote.speaker == "Melanie Joly"


def test_extract_indirect_said_that(quotes_of):
    text = "The ministry said that two drones were shot down over the Belgorod region overnight."
    (quote,) = only(quotes_of(text), "indirect")
    assert quote.text.endswith("overnight")
    assert "two drones were shot down" in quote.text
    assert quote.cue == "said"
    assert quote.speaker_text == "The ministry"
    assert quote.rule.startswith("indirect:ccomp(say)")


def test_extract_indirect_claimed_without_that(quotes_of):
    text = "Opposition leader Carlos Mendes claimed the vote count had been manipulated."
    (quote,) = only(quotes_of(text), "indirect")
    assert quote.text == "the vote count had been manipulated"
    assert quote.cue == "claimed"
    assert quote.speaker == "Carlos Mendes"


def test_extract_indirect_according_to(quotes_of):
    text = "According to the state news agency, the talks will resume in Istanbul next month."
    (quote,) = only(quotes_of(text), "indirect")
    assert quote.text == "the talks will resume in Istanbul next month"
    assert quote.cue == "According to"
    assert "news agency" in quote.speaker_text


def test_extract_pronoun_speaker_resolved(quotes_of):
    text = (
        "Kremlin spokesperson Dmitry Peskov spoke to reporters on Monday. "
        "He said the proposal was not acceptable to Moscow."
    )
    (quote,) = only(quotes_of(text), "indirect")
    assert quote.speaker_text == "He"
    assert quote.speaker == "Dmitry Peskov"
    assert "pronoun->Dmitry Peskov" in quote.rule


def test_extract_title_stripped_from_speaker(quotes_of):
    text = "Kremlin spokesperson Dmitry Peskov said the talks had stalled."
    (quote,) = only(quotes_of(text), "indirect")
    assert quote.speaker == "Dmitry Peskov"
    assert "Peskov" in quote.speaker_text


def test_extract_surname_expanded_to_full_name(quotes_of):
    text = (
        "Vladimir Putin met his security council on Monday.\n\n"
        "“The West is playing with fire,” the long-ruling Mr. Putin said."
    )
    (quote,) = only(quotes_of(text), "direct")
    assert quote.speaker == "Vladimir Putin"
    assert "surname->Vladimir Putin" in quote.rule


def test_extract_newspaper_as_speaker(quotes_of):
    text = "Russia's Kommersant newspaper reported that the deal had been signed in secret."
    (quote,) = only(quotes_of(text), "indirect")
    assert quote.speaker == "Kommersant"
    assert quote.cue == "reported"


def test_extract_transcript_line(quotes_of):
    text = (
        "The interview was broadcast on Sunday.\n\n"
        "HOST: Will the government call an early election?\n\n"
        "MARTINEZ: We have no plans for that, and the coalition is stable."
    )
    quotes = quotes_of(text)
    lines = [q for q in quotes if q.rule and "transcript" in q.rule]
    assert [q.speaker_text for q in lines] == ["HOST", "MARTINEZ"]
    assert lines[1].text == "We have no plans for that, and the coalition is stable"
