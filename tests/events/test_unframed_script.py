"""The training script of the model for unframed triggers (issue #9 frame41, not shipped: a
negative result): its dependency paths, its one code per lemma, its candidates and features on
sentences of our own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from script_modules import load_script


def test_dep_path_reads_up_and_down_the_parse(nlp):
    script = load_script("train_unframed")
    doc = nlp("Protesters were attacked by police in the capital on Sunday.")
    attacked = next(t for t in doc if t.text == "attacked")
    police = next(t for t in doc if t.text == "police")
    protesters = next(t for t in doc if t.text == "Protesters")
    assert script.dep_path(attacked, police) == ("vagent vpobj", 2)
    assert script.dep_path(attacked, protesters) == ("vnsubjpass", 1)
    assert script.dep_path(police, protesters) == ("^pobj ^agent vnsubjpass", 3)


def test_one_code_per_lemma_is_the_commonest_root():
    script = load_script("train_unframed")

    def entries(*codes: str):
        return [SimpleNamespace(code=c) for c in codes]

    assert script.trigger_code(entries("036", "043", "111", "043")) == "043"
    assert script.trigger_code(entries("042", "043", "036")) == "042"  # commonest root, 04
    assert script.trigger_code(entries("111", "043")) == "111"  # a tie: the first written


@pytest.mark.model
def test_candidates_of_a_passive_sentence_and_their_features():
    from redline.clean import clean_document
    from redline.evaluate.docgold import actor_country
    from redline.events.lexicon import load_lexicon
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline

    script = load_script("train_unframed")
    pipeline = Pipeline(workers=1)
    pipeline.load()
    seen = []

    def stage(doc):
        for cand in script.unframed_candidates(doc, doc.parsed, load_lexicon(), []):
            names, dense = script.unframed_features(cand)
            src = actor_country(cand.source.actor) if cand.source else ""
            tgt = actor_country(cand.target.actor) if cand.target else ""
            seen.append((cand.trigger.text, src, tgt, cand.code, names, dense.shape))
        return doc

    pipeline.replace_stage("events", stage)
    text = (
        "NAIROBI (Reuters) - Kenya's ambassador was summoned by Uganda's foreign ministry "
        "on Tuesday over the border dispute."
    )
    pipeline(clean_document(RawDocument(source="<t>", text=text, published="2023-04-11")))
    summoned = [s for s in seen if s[0] == "summoned"]
    assert summoned, seen
    pairs = {(src, tgt) for _, src, tgt, _, _, _ in summoned}
    assert ("UGA", "KEN") in pairs and ("KEN", "UGA") in pairs
    assert ("UGA", "") in pairs and ("", "KEN") in pairs  # each code alone, either side
    names = next(n for _, src, tgt, _, n, _ in summoned if (src, tgt) == ("UGA", "KEN"))
    assert "passive" in names and "lem=summon" in names
    assert "t:path=vnsubjpass vposs" in names and "s:path=vagent vpobj vposs" in names
    assert "s:hops=3" in names and "s:side=after" in names and "t:side=before" in names
    assert all(shape == (96,) for *_, shape in summoned)
    assert not any(s[0] in ("Kenya", "Uganda") for s in seen)  # a mention's word is no trigger
