"""The pair step's mentions from the document's own lists (issue #9 pairs15): the coder's own
resolutions, the actor book's mentions and the entity graph's, taken to the noun their phrase
hangs on, with no resolver call; a model says which mentions it was trained on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import test_pairs_cost as base  # noqa: E402

# our own wording
TEXT = (
    "KYIV (Reuters) - Russian troops shelled Ukrainian positions near Kharkiv on Monday, and "
    "Poland's prime minister condemned Moscow. Warsaw would send more aid to Kyiv, he said."
)


def _run(body, monkeypatch, text=TEXT):
    monkeypatch.setattr(base, "TEXT", text)
    base._run(body)


@pytest.mark.model
def test_the_mentions_come_from_the_lists_without_a_resolver_call(monkeypatch):
    from redline.events import pairs as P

    def body(doc, resolver, lexicon, coded):
        asked = []

        def no_call(*a, **k):
            asked.append(a)
            raise AssertionError("the resolver was asked")

        monkeypatch.setattr(resolver, "argument", no_call)
        monkeypatch.setattr(resolver, "resolve_argument", no_call)
        found = P.document_mentions(doc, resolver)
        words = P.words_of(doc.parsed)
        by_word = {words.tokens[i].text: code for i, (code, _, _) in found.items()}
        # the book's "Russian troops" and "Ukrainian" stand on their nouns
        assert by_word["troops"] == "RUSMIL"
        assert by_word["positions"] == "UKR"
        assert by_word["Moscow"] == "RUS" and by_word["Kyiv"] == "UKR"
        assert by_word["minister"] == "POLGOV"  # the coder's own answer for the subject
        assert "Kharkiv" not in by_word  # the book and the graph place no city here
        sents = list(doc.parsed.sents)
        first = P.sentence_mentions(sents[0], doc, resolver, found)
        assert [(m.code, m.role) for m in first] == [
            ("RUSMIL", "nsubj"), ("UKR", "dobj"), ("POL", "poss"), ("POLGOV", "nsubj"),
            ("RUS", "dobj"),
        ]  # fmt: skip
        second = P.sentence_mentions(sents[1], doc, resolver, found)
        assert [(m.code, m.role) for m in second] == [("POL", "nsubj"), ("UKR", "pobj:to")]
        assert not asked

    _run(body, monkeypatch)


@pytest.mark.model
def test_the_lists_give_the_resolver_s_countries_here(monkeypatch):
    from redline.events import pairs as P

    def body(doc, resolver, lexicon, coded):
        found = P.document_mentions(doc, resolver)
        for sent in doc.parsed.sents:
            cheap = P.sentence_mentions(sent, doc, resolver, found)
            full = P.sentence_mentions(sent, doc, resolver, None)
            assert [(m.head.i, m.country) for m in cheap] == [(m.head.i, m.country) for m in full]

    _run(body, monkeypatch)


@pytest.mark.model
def test_a_model_s_meta_chooses_the_mentions(monkeypatch):
    from dataclasses import replace

    from redline.events import pairs as P

    calls = []
    real = P.document_mentions

    def counting(doc, resolver):
        calls.append(doc)
        return real(doc, resolver)

    monkeypatch.setattr(P, "document_mentions", counting)

    def body(doc, resolver, lexicon, coded):
        model = P.empty_model(0.0)
        P.pair_events(doc, resolver, lexicon, model, coded, [])  # no meta: the resolver's
        assert not calls
        lists = replace(model, meta={"mentions": "lists"})
        P.pair_events(doc, resolver, lexicon, lists, coded, [])
        assert len(calls) == 1

    _run(body, monkeypatch)


@pytest.mark.model
def test_a_filter_that_does_not_score_pairs_reads_the_model_s_unscored_threshold(monkeypatch):
    from dataclasses import replace

    from redline.events import pairs as P

    def body(doc, resolver, lexicon, coded):
        model = replace(P.empty_model(0.0), meta={"mentions": "lists"})  # every pair fires
        made = P.pair_events(doc, resolver, lexicon, model, coded, [])
        assert made and all(e.rule.startswith("pairs:") for e in made)
        strict = replace(model, meta={"mentions": "lists", "unscored": 0.99})
        assert P.pair_events(doc, resolver, lexicon, strict, coded, []) == []
        assert P.pair_events(doc, resolver, lexicon, strict, coded, [], precision=None) == []

    _run(body, monkeypatch)


@pytest.mark.model
def test_a_place_of_the_same_country_is_no_pair_when_the_model_says_so(monkeypatch):
    from redline.events import pairs as P

    text = "AMMAN (Reuters) - Jordan condemned Israel on Tuesday over the shelling in Jerusalem."

    def body(doc, resolver, lexicon, coded):
        found = P.document_mentions(doc, resolver)
        sent = next(iter(doc.parsed.sents))
        mentions = P.sentence_mentions(sent, doc, resolver, found)
        roles = {m.text: m.role for m in mentions}
        assert roles.get("Jerusalem") == "pobj:in" and "Israel" in roles

        def names(pairs):
            return {(p.source.text, p.target.text) for p in pairs if p.target is not None}

        every = names(P.sentence_pairs(mentions, sent))
        kept = names(P.sentence_pairs(mentions, sent, places=False))
        assert ("Israel", "Jerusalem") in every and ("Jerusalem", "Israel") in every
        assert every - kept == {("Israel", "Jerusalem"), ("Jerusalem", "Israel")}
        assert ("Jordan", "Jerusalem") in kept  # two countries: still a pair

    _run(body, monkeypatch, text)


@pytest.mark.model
def test_a_pair_event_in_a_question_is_asked(monkeypatch):
    from dataclasses import replace

    from redline.events import pairs as P

    text = "Will Germany meet Poland's demands before the summit?"

    def body(doc, resolver, lexicon, coded):
        model = replace(P.empty_model(0.0), meta={"mentions": "lists"})
        made = P.pair_events(doc, resolver, lexicon, model, coded, [])
        assert made and all(e.conditional and "question" in e.rule for e in made)

    _run(body, monkeypatch, text)
