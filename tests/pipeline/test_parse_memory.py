"""The parser's memory is bounded by characters per batch, not documents (issue #11): long
articles are parsed in small groups, the heap is trimmed after a batch, and workers are forked
from a pipeline loaded once."""

from __future__ import annotations

from redline.batch import release_memory
from redline.model import Document, check_offsets
from redline.nlp import annotate_parsed
from redline.pipeline import Pipeline

SHORT = (
    "Israeli troops withdrew from the town of Jenin on Thursday after a two-day raid, the "
    "Palestinian health ministry said."
)
LONG = "\n\n".join(
    [
        "The European Union agreed on Friday to extend sanctions on Russia for six more months, "
        'diplomats said. "We will keep up the pressure," the bloc\'s foreign policy chief told '
        "reporters in Brussels."
    ]
    * 40
)


class RecordingNlp:
    """Stands in for spaCy: records how many texts and characters each ``pipe`` call got."""

    def __init__(self, real):
        self.real = real
        self.calls: list[tuple[int, int]] = []
        self.texts: list[str] = []

    def pipe(self, texts, batch_size=16):
        texts = list(texts)
        self.calls.append((len(texts), sum(len(t) for t in texts)))
        self.texts.extend(texts)
        return self.real.pipe(texts, batch_size=batch_size)

    def __call__(self, text):
        return self.real(text)


def test_parse_groups_are_capped_by_characters(nlp):
    pipeline = Pipeline(workers=1, batch_size=16, config={"pipeline.batch_chars": 5_000})
    pipeline._nlp = RecordingNlp(nlp)
    texts = [SHORT] * 6 + [LONG] + [SHORT] * 3
    parsed = list(pipeline._parse_groups(texts))
    assert [p.text for p in parsed] == texts  # in order, one Doc per text
    calls = pipeline._nlp.calls
    assert (1, len(LONG)) in calls  # the long text alone
    assert all(chars <= 5_000 or n == 1 for n, chars in calls)
    assert sum(n for n, _ in calls) == len(texts)


def test_parse_groups_same_annotations_as_one_batch(nlp):
    pipeline = Pipeline(workers=1, config={"pipeline.batch_chars": 300})
    pipeline._nlp = nlp
    texts = [SHORT, LONG[:900], SHORT]
    grouped = list(pipeline._parse_groups(texts))
    together = list(nlp.pipe(texts, batch_size=16))
    for a, b in zip(grouped, together, strict=True):
        assert [(t.dep_, t.head.i, t.lemma_) for t in a] == [
            (t.dep_, t.head.i, t.lemma_) for t in b
        ]
        assert [(e.text, e.label_) for e in a.ents] == [(e.text, e.label_) for e in b.ents]


def test_warm_up_loads_everything_and_unload_drops_it():
    pipeline = Pipeline(workers=1)
    assert not pipeline.loaded
    pipeline.warm_up()
    assert pipeline.loaded
    coded = pipeline(Document(text=SHORT, source="t"))
    assert coded.entities
    pipeline.unload()
    assert not pipeline.loaded


def test_release_memory_is_harmless():
    release_memory()
    release_memory()


def test_a_text_longer_than_batch_chars_is_parsed_in_pieces(nlp):
    """Issue #11: the parser never gets more than ``batch_chars`` characters at once, however
    long the article, and the coded document still covers the whole text."""
    pipeline = Pipeline(workers=1, batch_size=16, config={"pipeline.batch_chars": 2_000})
    pipeline._nlp = RecordingNlp(nlp)
    docs = [Document(text=SHORT, source="a"), Document(text=LONG, source="b")]
    coded = list(pipeline.pipe(docs))
    assert [d.source for d in coded] == ["a", "b"]
    assert all(chars <= 2_000 for _, chars in pipeline._nlp.calls)
    long_doc = coded[1]
    assert check_offsets(long_doc) == []
    assert long_doc.sentences[-1].end == len(LONG.rstrip())
    assert len(long_doc.sentences) >= 80  # two sentences a paragraph, none lost at the cuts
    whole = Document(text=LONG, source="b")
    annotate_parsed(whole, nlp(LONG))
    assert [(e.start, e.end, e.label) for e in long_doc.entities] == [
        (e.start, e.end, e.label) for e in whole.entities
    ]


def test_a_long_text_coded_alone_is_cut_at_batch_chars(nlp):
    pipeline = Pipeline(workers=1, config={"pipeline.batch_chars": 2_000})
    pipeline._nlp = RecordingNlp(nlp)
    parsed = pipeline.parse(LONG)
    assert parsed.text == LONG
    assert len(pipeline._nlp.texts) > 1 and max(map(len, pipeline._nlp.texts)) <= 2_000


def test_a_batch_leaves_no_new_words_in_the_vocabulary():
    """Issue #11: the words first seen in a batch (here a made-up name and number) are dropped
    from spaCy's vocabulary after it, and the coded document is the same as without the zone."""
    text = "Zorvakian rebels seized 48,317 tonnes of grain near Qelmurat on Tuesday, the army said."
    coded = {}
    for zone in (True, False):
        pipeline = Pipeline(workers=1, config={"pipeline.memory_zone": zone})
        pipeline.warm_up()
        strings = len(pipeline.nlp.vocab.strings)
        (coded[zone],) = pipeline.code_batch([Document(text=text, source="z")])
        grew = len(pipeline.nlp.vocab.strings) > strings
        assert grew is not zone
    assert coded[True].to_dict() == coded[False].to_dict()


def test_a_coded_document_leaves_no_parse_behind():
    """What the stages cache for the parse they are on (entity spans, the event coder's token
    memo, the quote finder's token starts) goes with it: after ``finish`` no ``Doc`` of a coded
    article is kept alive, and with it the model's vocabulary (in the main process of a run
    with workers, the model it unloaded after forking)."""
    import gc

    from spacy.tokens import Doc

    pipeline = Pipeline(workers=1)
    (doc,) = pipeline.code_batch([Document(text=SHORT, source="jenin")])
    gc.collect()
    alive = [o for o in gc.get_objects() if isinstance(o, Doc) and SHORT[:40] in o.text]
    assert doc.parsed is None and alive == []
    assert [e.text for e in doc.entities if e.label == "GPE"] == ["Jenin"]
    check_offsets(doc)


def test_long_pieces_are_not_grouped_beyond_the_piece_size(nlp):
    """Groups of short articles run to ``batch_chars``; a group holding a long text (over half
    of ``piece_chars``) stops at ``piece_chars``: two long pieces parsed together raised a
    worker's peak, many short articles did not (issue #11, fourteenth round)."""
    config = {"pipeline.batch_chars": 4_000, "pipeline.piece_chars": 2_000}
    pipeline = Pipeline(workers=1, batch_size=40, config=config)
    pipeline._nlp = RecordingNlp(nlp)
    middle = LONG[:1_500]
    shorts = [SHORT] * 30
    texts = [middle, middle, *shorts]
    parsed = list(pipeline._parse_groups(texts))
    assert [p.text for p in parsed] == texts
    calls = pipeline._nlp.calls
    assert calls[0] == (1, len(middle))  # not with the second long text (3,000 > 2,000)
    assert any(n > 1 and chars > 2_000 for n, chars in calls)  # short ones past piece_chars
    assert all(chars <= 4_000 for _, chars in calls)
