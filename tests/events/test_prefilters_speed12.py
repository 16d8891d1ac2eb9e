"""The cheap tests that pass tokens over before the stages' rules (issue #11 speed12) never
drop a token a rule would have used: each is checked against the full rule on every token of
news-like sentences written for it."""

from __future__ import annotations

import pytest

TEXT = (
    "The European Union imposed sanctions on Belarus on Monday after the disputed vote. "
    "Russia must withdraw its troops, the foreign minister said in a statement. "
    "Officials in Kyiv said Moscow should pay for the damage and needs to stop the shelling. "
    "The opposition called the election a sham and described the result as a disgrace. "
    "According to the ministry, air strikes hit the town of Huddur and Aziziyah district. "
    "Protesters chanted slogans as police spoke about the curfew. "
    "Her claim that the vote was rigged was rejected by the court, which called it baseless. "
    "The company's dangerous, reckless behavior was condemned by regulators. "
    "It is time for China to act, he said, as a spokesman put it. "
    "A hundred people marched while the government remained silent."
)


@pytest.fixture(scope="module")
def parsed(nlp):
    return nlp(TEXT)


def test_trigger_tokens_keep_every_match(parsed):
    from redline.events.coder import _content_tokens, _trigger_tokens, best_match
    from redline.events.lexicon import load_lexicon

    lexicon = load_lexicon()
    for sent in parsed.sents:
        kept = {t.i for t in _trigger_tokens(sent, lexicon)}
        matched = {t.i for t in _content_tokens(sent) if best_match(t, lexicon) is not None}
        assert matched <= kept, sent.text
    assert matched or kept  # the last sentence is looked at too


def test_content_tokens_are_made_once_per_sentence(parsed):
    from redline.events.coder import _content_tokens

    sent = next(iter(parsed.sents))
    assert _content_tokens(sent) is _content_tokens(sent)
    assert [t.pos_ for t in _content_tokens(sent)] == [
        t.pos_ for t in sent if t.pos_ in ("VERB", "AUX", "NOUN", "PROPN")
    ]


def test_modal_words_test_agrees_with_modal_entry(parsed):
    from redline.events.coder import _content_tokens, _has_modal_words, _modal_entry

    seen = []
    for sent in parsed.sents:
        entries = [_modal_entry(t) for t in _content_tokens(sent) if t.pos_ in ("VERB", "AUX")]
        if any(e is not None for e in entries):
            assert _has_modal_words(sent), sent.text
            seen.append(sent.text)
    assert len(seen) >= 2  # "must withdraw", "should pay" / "needs to stop"


def test_cue_candidates_keep_every_cue(parsed):
    from redline.quotes.extract import (
        _cue_candidates,
        _is_cue,
        _is_quote_cue,
        _noun_content,
        _topic_content,
    )

    kept = {t.i for t in _cue_candidates(parsed)}
    cues = {
        t.i
        for t in parsed
        if t.pos_ in ("NOUN", "VERB", "AUX") or t.lower_ == "according"
        if _noun_content(t) is not None
        or _is_quote_cue(t)
        or _topic_content(t, TEXT) is not None
        or _is_cue(t)
    }
    assert cues and cues <= kept
    assert {"said", "According", "claim", "put"} <= {parsed[i].text for i in cues}


def test_judgement_candidates_keep_every_verb_a_rule_reads(parsed):
    from redline.events.evaluative import _candidates, _named, _said

    for sent in parsed.sents:
        kept = {t.i for t in _candidates(sent)}
        read = {
            t.i
            for t in sent
            if t.pos_ in ("VERB", "AUX") and (_named(t) is not None or _said(t) is not None)
        }
        assert read <= kept, sent.text


def test_lookup_memo_gives_the_same_answers():
    from redline.actors import load_actors

    book = load_actors()
    phrases = ["Donald Trump", "the U.S. Senate", "he", "Kremlin spokesperson Dmitry Peskov"]
    first = [book.lookup(p, date="2020-01-15") for p in phrases]
    assert [book.lookup(p, date="2020-01-15") for p in phrases] == first
    book._lookups.clear()
    assert [book.lookup(p, date="2020-01-15") for p in phrases] == first
    then = book.lookup("Donald Trump", "2010-01-01")  # a businessman then: its own key
    assert book.lookup("Donald Trump", date="2020-01-15") != then


def test_described_place_hints_are_necessary():
    from redline.enrich.places import (
        DESCRIBED_AFTER,
        DESCRIBED_AFTER_HINT,
        DESCRIBED_BEFORE,
        DESCRIBED_BEFORE_HINT,
    )

    for text in (TEXT, "They fled the village of Abu Allaj.", "Khanasir town fell."):
        for pattern, hint in ((DESCRIBED_BEFORE, DESCRIBED_BEFORE_HINT),
                              (DESCRIBED_AFTER, DESCRIBED_AFTER_HINT)):  # fmt: skip
            if pattern.search(text):
                assert hint.search(text), text


def test_marked_spans_of_the_last_text_are_kept():
    from redline.quotes.marks import _find_marked_spans, find_marked_spans

    text = 'He said: "We will win." She called it "a farce" and left.'
    first = find_marked_spans(text)
    again = find_marked_spans(text)
    assert again == first == _find_marked_spans(text)
    again.append(again[0])  # a caller's list is its own
    assert find_marked_spans(text) == first
    other = 'A "different" text.'
    assert find_marked_spans(other) == _find_marked_spans(other)
