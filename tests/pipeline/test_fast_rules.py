"""The table-driven attribute ruler and cached lemmatizer (``[pipeline] fast_rules``) set exactly
what spaCy's own components set (issue #11: a cheaper parse, same output)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from redline.nlp.fast_rules import CachedLemmatizer, FastAttributeRuler, swap_fast_rules

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

FIELDS = ("pos_", "tag_", "morph", "lemma_", "dep_", "ent_iob_", "ent_type_")

# Real news phrasing with the tokens the model's word-specific patterns are about: contractions,
# "gonna", "let's", "y'all", "there are", "but" as an adverb, pronouns as subject and object,
# double spaces and line breaks (whitespace tokens).
SPOKEN = (
    '"We ain\'t gonna let them walk all over us," the union leader said on Tuesday.  "Let\'s be '
    "clear: y'all know it wasn't us who broke the deal, and I told him so.\"\n\n"
    "There are still 40 miners trapped, officials said, but there is hope.  It is not over yet, "
    "said the mayor, who'd gotta decide whether to evacuate; you can't ask them to wait, he "
    "added.\nThe ministry has had no comment.  Nothing has been ruled out, but they do expect "
    "talks to resume.  C'mon, who's gonna believe that?"
)


def _rows(doc: Doc) -> list[tuple]:
    return [tuple(str(getattr(t, f)) for f in FIELDS) + (t.head.i,) for t in doc]


def _example_texts() -> list[str]:
    texts = [SPOKEN]
    for path in sorted(EXAMPLES.glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    return texts


@pytest.mark.model
def test_fast_rules_same_annotations_as_spacy_on_news_text():
    from redline.nlp import load_model

    stock = load_model(None, fast_rules=False)
    fast = load_model(None, fast_rules=True)
    assert stock.pipe_names == fast.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), CachedLemmatizer)
    assert not isinstance(stock.get_pipe("attribute_ruler"), FastAttributeRuler)
    texts = _example_texts()
    assert len(texts) > 3
    for a, b in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
        assert _rows(a) == _rows(b)
        assert [(e.start, e.end, e.label_) for e in a.ents] == [
            (e.start, e.end, e.label_) for e in b.ents
        ]


@pytest.mark.model
def test_fast_lemmas_survive_spacy_memory_zones():
    """The pipeline codes each batch in a ``memory_zone`` that frees the strings first seen in
    it; a lemma cached in one zone must still have its text in the next."""
    from redline.nlp import load_model

    stock = load_model(None, fast_rules=False)
    fast = load_model(None, fast_rules=True)
    # Words no vocabulary holds, whose lemmas differ from their forms ("zorbles" -> "zorble").
    text = (
        "Protesters in Mykolaivka were blicketing the Zorvathian consulate over the zorbles "
        "the officials had impounded, the ministry said."
    )
    expected = _rows(stock(text))
    for _ in range(3):
        with fast.memory_zone():
            assert _rows(fast(text)) == expected


@pytest.mark.model
def test_fast_rules_off_in_config_keeps_spacy_components():
    from redline.pipeline import Pipeline

    pipeline = Pipeline(config={"pipeline.fast_rules": False})
    assert not isinstance(pipeline.nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(Pipeline().nlp.get_pipe("lemmatizer"), CachedLemmatizer)


# -- without the model: hand-made rulers and Docs ------------------------------------------------

TAGS = ["NN", "NNS", "VBZ", "VBD", "VB", "IN", "DT", "RB", "CC", "_SP", "PRP", ""]
DEPS = ["nsubj", "dobj", "ROOT", "aux", "det", "advmod", "mark", "expl", "dep", ""]
WORDS = [
    "is",
    "'s",
    "the",
    "that",
    "but",
    "gon",
    "na",
    "got",
    "ta",
    "it",
    "I",
    "Votes",
    "not",
    "n't",
    "sanctions",
    "Nothin'",
    "  ",
    "\n",
    "if",
    "while",
    "there",
    "was",
]

PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NNS"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Plur"}},
    {"patterns": [[{"TAG": {"IN": ["VBZ", "VBD"]}}]], "attrs": {"POS": "VERB"}},
    {
        "patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]],
        "attrs": {"POS": "AUX", "LEMMA": "be", "MORPH": "Number=Sing|Person=3"},
    },
    {"patterns": [[{"TAG": "CC", "LOWER": "but", "DEP": "advmod"}]], "attrs": {"POS": "ADV"}},
    {
        "patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]],
        "attrs": {"POS": "AUX"},
    },
    {
        "patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": {"IN": ["DT"]}}]],
        "attrs": {"POS": "PRON"},
    },
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"LOWER": "got"}, {"LOWER": "ta"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {
        "patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]],
        "attrs": {"POS": "VERB"},
        "index": 1,
    },
    {
        "patterns": [[{"TAG": "VBZ", "LOWER": "is"}], [{"TAG": "VBD", "LOWER": "was"}]],
        "attrs": {"LEMMA": "be"},
    },
    {"patterns": [[{"TAG": "_SP", "IS_SPACE": False}]], "attrs": {"POS": "X", "MORPH": "_"}},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE", "MORPH": "_"}},
    # not expressible in the tables: runs in the fallback Matcher, merged in pattern order
    {
        "patterns": [[{"LOWER": "not"}, {"TAG": "RB", "OP": "?"}, {"TAG": "VB"}]],
        "attrs": {"POS": "PART"},
        "index": 0,
    },
    {"patterns": [[{"LENGTH": 1, "TAG": "PRP"}]], "attrs": {"MORPH": "Case=Nom"}},
    {"patterns": [[{"LOWER": "i", "DEP": "nsubj"}]], "attrs": {"MORPH": "Case=Nom|Person=1"}},
    {"patterns": [[{"ORTH": "Votes"}]], "attrs": {"LEMMA": "vote", "POS": "NOUN"}},
]


def _ruler_pipeline() -> spacy.Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(PATTERNS)
    return nlp


def _random_doc(vocab, rng: random.Random) -> Doc:
    n = rng.randint(1, 12)
    words = [rng.choice(WORDS) for _ in range(n)]
    return Doc(
        vocab,
        words=words,
        spaces=[False] * n,
        tags=[rng.choice(TAGS) for _ in range(n)],
        deps=[rng.choice(DEPS) for _ in range(n)],
        heads=[rng.randrange(n) for _ in range(n)],
    )


def test_fast_attribute_ruler_matches_the_ruler_on_random_docs():
    nlp = _ruler_pipeline()
    ruler = nlp.get_pipe("attribute_ruler")
    fast = FastAttributeRuler(ruler)
    assert len(fast.fallback) == 2  # the OP and LENGTH patterns
    rng = random.Random(11)
    for _ in range(2000):
        doc = _random_doc(nlp.vocab, rng)
        copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        ruler(doc)
        fast(copy)
        assert _rows(doc) == _rows(copy), [t.text for t in doc]


def _rule_lookups():
    from spacy.lookups import Lookups

    lookups = Lookups()
    lookups.add_table(
        "lemma_rules",
        {"noun": [["s", ""], ["ies", "y"]], "verb": [["ed", ""], ["ed", "e"], ["s", ""]]},
    )
    lookups.add_table("lemma_index", {"noun": ["vote", "sanction"], "verb": ["vote", "ban"]})
    lookups.add_table("lemma_exc", {"verb": {"was": ["be"], "banned": ["ban"]}})
    return lookups


def test_cached_lemmatizer_matches_the_rule_lemmatizer_on_random_docs():
    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    lemmatizer.initialize(lookups=_rule_lookups())
    fast = CachedLemmatizer(lemmatizer)
    words = ["votes", "voted", "Sanctions", "was", "banned", "bans", "parties", "Votes", "is"]
    poses = ["NOUN", "VERB", "PROPN", "ADJ", "SPACE"]
    morphs = ["", "Number=Sing", "Number=Plur", "VerbForm=Inf", "Tense=Past|VerbForm=Fin"]
    rng = random.Random(5)
    for _ in range(300):
        n = rng.randint(1, 8)
        doc = Doc(
            nlp.vocab,
            words=[rng.choice(words) for _ in range(n)],
            pos=[rng.choice(poses) for _ in range(n)],
            morphs=[rng.choice(morphs) for _ in range(n)],
        )
        if rng.random() < 0.3:
            doc[0].lemma_ = "kept"  # set by the ruler: neither lemmatizer overwrites it
        copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        lemmatizer(doc)
        fast(copy)
        assert [t.lemma_ for t in doc] == [t.lemma_ for t in copy]


def test_fast_rules_swap_keeps_names_and_order():
    nlp = _ruler_pipeline()
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    lemmatizer.initialize(lookups=_rule_lookups())
    names = list(nlp.pipe_names)
    assert swap_fast_rules(nlp) == ["attribute_ruler", "lemmatizer"]
    assert nlp.pipe_names == names
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)


def test_fast_attribute_ruler_keeps_the_ruler_for_other_attributes():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "un"}]], {"NORM": "united nations"})
    assert swap_fast_rules(nlp) == []
