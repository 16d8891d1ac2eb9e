"""The embedding cache (``[pipeline] embed_cache``) gives the networks the same rows, bit for
bit, as computing every token's embedding in its batch (issue #11: parse CPU)."""

from __future__ import annotations

from redline.nlp import load_model
from redline.nlp.embed_cache import cache_embeddings, installed_caches

FIELDS = ("pos_", "tag_", "morph", "lemma_", "dep_", "ent_iob_", "ent_type_", "is_sent_start")

# News-like paragraphs of my own: repeated words (cache hits), new ones, a title, spaces.
TEXTS = [
    "The central bank raised interest rates by half a point on Tuesday, its third rise this "
    "year, saying inflation had not yet peaked.\n\nMarkets fell sharply after the decision.",
    "Flooding in the north of the country forced 12,000 people from their homes, the "
    "emergency services said on Wednesday.  Rescue teams reached the worst-hit villages by "
    "boat.",
    "PRIME MINISTER RESIGNS\n\nThe prime minister resigned on Friday after losing a vote of "
    "confidence in parliament, ending eight months of turmoil.",
    "Officials said nothing.",
    "",
]


def _parse(doc) -> tuple:
    rows = [tuple(str(getattr(t, f)) for f in FIELDS) + (t.head.i,) for t in doc]
    ents = [(e.start, e.end, e.label_) for e in doc.ents]
    return rows, ents, doc.tensor.shape, doc.tensor.tobytes()


def test_cached_rows_give_the_same_parse_and_tensor_bit_for_bit():
    plain = load_model(None, embed_cache=False)
    cached = load_model(None)
    assert plain is not cached
    caches = installed_caches(cached)
    assert len(caches) == 2  # the shared tok2vec and the NER's own
    for cache in caches:
        cache.clear()
    expected = [_parse(d) for d in plain.pipe(TEXTS)]
    assert [_parse(d) for d in cached.pipe(TEXTS)] == expected  # cold: rows computed
    assert [_parse(d) for d in cached.pipe(TEXTS)] == expected  # warm: every row looked up
    assert all(cache.hits for cache in caches)
    # other batches, other company for each row
    assert [_parse(d) for d in cached.pipe(TEXTS[::-1], batch_size=2)][::-1] == expected
    assert [_parse(cached(t)) for t in TEXTS] == expected


def test_a_full_table_is_emptied_and_the_rows_stay_the_same():
    plain = load_model(None, embed_cache=False)
    cached = load_model(None)
    expected = [_parse(d) for d in plain.pipe(TEXTS)]
    caches = installed_caches(cached)
    limits = [cache.limit for cache in caches]
    try:
        for cache in caches:
            cache.limit = 40  # smaller than a batch of these texts: computed as they come
            cache.clear()
        assert [_parse(d) for d in cached.pipe(TEXTS, batch_size=1)] == expected
        assert all(cache.size <= 40 for cache in caches)
        assert [_parse(d) for d in cached.pipe(TEXTS)] == expected
    finally:
        for cache, limit in zip(caches, limits, strict=True):
            cache.limit = limit
            cache.clear()


def test_each_network_is_cached_once():
    cached = load_model(None)
    assert cache_embeddings(cached) == []  # nothing left to wrap


def test_the_wrapped_lemmatizer_looks_its_index_up_in_sets():
    fast = load_model(None)
    lemmatizer = fast.get_pipe("lemmatizer").lemmatizer
    table = lemmatizer.lookups.get_table("lemma_index")
    assert table and all(isinstance(forms, frozenset) for forms in table.values())


def test_rows_that_depend_on_their_batch_are_not_cached(monkeypatch):
    import spacy

    from redline.nlp import embed_cache
    from redline.nlp.parse import resolve_model_name

    fresh = spacy.load(resolve_model_name())
    chains = [cache.chain for cache in installed_caches(load_model(None))]
    assert all(embed_cache.rows_independent(chain) for chain in chains)
    monkeypatch.setattr(embed_cache, "rows_independent", lambda chain: False)
    assert cache_embeddings(fresh) == []


def test_a_cache_pickles_without_its_lock():
    import pickle

    cache = installed_caches(load_model(None))[0]
    copy = pickle.loads(pickle.dumps(cache))
    assert copy.index == cache.index and copy.lock is not cache.lock
