"""The pair step's cost (issue #9 pairs14): the parse read once into lists, the features of a
sentence's words read once, the coder's own actor resolutions reused, nouns the resolver
cannot place not asked, a path-length limit, and the trainer's ceiling by path length."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from script_modules import load_script

# our own wording: "outpaced" is no act the lexicon codes
TEXT = (
    "LONDON (Reuters) - Norway would not outpace Sweden in the fish trade, Danish officials "
    "said on Tuesday, while Finland criticised the decision of Estonia's government."
)


def _script():
    return load_script("train_event_pairs")


def _run(stage_body):
    """Run the pipeline on TEXT with the events stage replaced by the real coder followed by
    ``stage_body(doc, resolver)``, the coder's own resolver."""
    import redline.events.coder as coder
    from redline.clean import clean_document
    from redline.events.lexicon import load_lexicon
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline
    from redline.stages import _book

    pipeline = Pipeline(workers=1)
    pipeline.load()
    book, lexicon = _book(pipeline.config), load_lexicon()
    seen = {}

    def pair_step(doc, resolver, lexicon_, model, coded, emitted, **_):
        seen["resolver"], seen["coded"] = resolver, coded
        return []

    def stage(doc):
        real = coder.pair_events
        coder.pair_events = pair_step
        try:
            coder.code_document(doc, book, lexicon, pairs=object())
        finally:
            coder.pair_events = real
        stage_body(doc, seen["resolver"], lexicon, seen["coded"])
        return doc

    pipeline.replace_stage("events", stage)
    pipeline(clean_document(RawDocument(source="<t>", text=TEXT, published="2021-03-22")))


@pytest.mark.model
def test_the_parse_read_once_gives_what_spacy_gives():
    from redline.events.pairs import Words, words_of

    def body(doc, resolver, lexicon, coded):
        parsed = doc.parsed
        words = words_of(parsed)
        assert words is words_of(parsed) and isinstance(words, Words)
        for tok in parsed:
            assert words.head[tok.i] == tok.head.i and words.dep[tok.i] == tok.dep_
            assert words.lemma[tok.i] == tok.lemma_.lower() and words.idx[tok.i] == tok.idx
            assert words.kids[tok.i] == [c.i for c in tok.children]

    _run(body)


@pytest.mark.model
def test_a_sentence_memo_gives_every_pair_the_same_names_and_paths_can_be_limited():
    from redline.events.pairs import (
        SentenceMemo,
        coded_tuples,
        pair_features,
        sentence_mentions,
        sentence_pairs,
    )

    checked = []

    def body(doc, resolver, lexicon, coded):
        for sent in doc.parsed.sents:
            mentions = sentence_mentions(sent, doc, resolver)
            pairs = sentence_pairs(mentions, sent)
            here = coded_tuples([e for e in coded if sent.start_char <= e.start < sent.end_char])
            memo = SentenceMemo(doc, lexicon, here)
            for pair in pairs:
                shared = pair_features(pair, sent, doc, lexicon, here, memo)
                assert shared == pair_features(pair, sent, doc, lexicon, here)
                checked.append((pair, shared))
            assert not pairs or memo.on_path  # the words were read once, into the memo
            for limit in range(1, 7):  # told before the path is made (pairs15): the same
                short = sentence_pairs(mentions, sent, max_path=limit)
                assert all(len(p.between) <= limit for p in short)
                assert {(p.source.start, p.target and p.target.start, p.path) for p in short} == {
                    (p.source.start, p.target and p.target.start, p.path)
                    for p in pairs
                    if len(p.between) <= limit
                }

    _run(body)
    assert len(checked) >= 4
    assert any(len(p.between) > 1 for p, _ in checked)  # the limit left some out


@pytest.mark.model
def test_the_pair_step_reads_the_coders_resolutions_and_skips_nouns_no_one_places():
    from redline.events.pairs import may_be_actor, sentence_mentions

    def body(doc, resolver, lexicon, coded):
        parsed = doc.parsed
        by_text = {t.text: t for t in parsed}
        # the coder resolved the critic of the decision: its answer is kept by head word
        finland = by_text["Finland"]
        assert finland.i in resolver.resolved
        assert resolver.resolved[finland.i].code.startswith("FIN")
        assert may_be_actor(by_text["officials"], resolver)  # the book knows the role
        assert may_be_actor(by_text["government"], resolver)  # "Estonia's" under it
        assert may_be_actor(by_text["decision"], resolver)  # an act its maker owns
        assert not may_be_actor(by_text["trade"], resolver)  # nothing places "the fish trade"
        codes = {m.code[:3] for s in parsed.sents for m in sentence_mentions(s, doc, resolver)}
        assert {"NOR", "SWE", "FIN", "EST", "DNK"} <= codes

    _run(body)


def test_the_trainer_reads_the_ceiling_by_path_length():
    script = _script()
    gold = [
        {"sentence": "s", "trigger": "t", "source": "NOR", "target": "SWE", "code": "060"},
        {"sentence": "s", "trigger": "t", "source": "DNK", "target": "FIN", "code": "111"},
        {"sentence": "s", "trigger": "t", "source": "ISL", "target": "", "code": "010"},
    ]
    doc = SimpleNamespace(doc_id="a", events=gold)
    examples = [
        ([], None, ["06"], ("NOR", "SWE"), 0, 5),
        ([], None, ["06"], ("NORGOV", "SWE"), 0, 2),  # the same tuple, on a shorter path
        ([], None, ["none"], ("DNK", "FIN"), 0, 1),
        ([], None, ["11"], ("DNK", "FIN"), 0, 9),
    ]
    rows = script.ceiling_by_length([doc], {"a": ([], examples)}, [1, 2, 9])
    # the third gold event has no pair at all: never within any length
    assert rows == [(1, 0.25, 0.0, 0.0), (2, 0.5, 1 / 3, 1 / 3), (9, 1.0, 1.0, 2 / 3)]


def test_the_trainer_s_sparse_products_train_the_proposer_s_model():
    pytest.importorskip("scipy")
    import numpy as np

    _script()
    import train_event_proposer as tep

    rng = np.random.default_rng(5)
    roots = ["01", "04", "11", "none", "none", "none"]
    words = [f"w={i}" for i in range(12)]
    examples = [
        ([words[i % 12], words[(3 * i) % 12], "bias"], rng.normal(size=96).astype(np.float32),
         roots[i % len(roots)])
        for i in range(300)
    ]  # fmt: skip
    hyper = {"seed": 3, "l2": 0.001, "steps": 25, "min_count": 2, "none_share": 0.5}
    slow = tep.train(examples, lemma_share=0.0, **hyper)
    fast = tep.train(examples, lemma_share=0.0, sparse=True, **hyper)
    assert fast["features"].keys() == slow["features"].keys()
    for name, row in slow["features"].items():
        assert np.allclose(fast["features"][name], row, atol=2e-4)
    assert np.allclose(fast["dense"], slow["dense"], atol=2e-4)
    assert np.allclose(fast["bias"], slow["bias"], atol=2e-4)
