"""The pipeline: one Document per input, in order, with sentences, entities and sound offsets."""

from __future__ import annotations

import pytest

from redline.model import Document, check_offsets
from redline.pipeline import Pipeline

ARTICLE = (
    "Russian President Vladimir Putin has warned that he will consider the NATO military "
    "alliance to be “at war” with his country if Ukraine is allowed to use U.S.- and "
    "British-supplied long-range missiles to strike Russian territory.\n\n"
    "Kremlin spokesperson Dmitry Peskov told reporters in Moscow on Friday that the decision "
    "had already been taken. Britain's Prime Minister Keir Starmer met President Joe Biden in "
    "Washington."
)

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def test_pipeline_code_text_finds_sentences_and_entities(code_text):
    doc = code_text(ARTICLE, published="2024-09-13")
    assert doc.published == "2024-09-13"
    assert len(doc.sentences) == 3
    names = {e.text for e in doc.entities if e.label == "PERSON"}
    assert {"Vladimir Putin", "Dmitry Peskov", "Keir Starmer", "Joe Biden"} <= names
    assert check_offsets(doc) == []
    assert doc.parsed is None  # the spaCy Doc is not kept once coded


def test_pipeline_sentences_cover_the_text_in_order(code_text):
    doc = code_text(ARTICLE)
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts)
    assert all(doc.text[s.start : s.end].strip() for s in doc.sentences)
    assert doc.sentence_at(doc.text.index("Peskov")).start == doc.sentences[1].start


def test_pipeline_pipe_keeps_input_order(pipeline):
    docs = [Document(text=f"Story {i}. Iran condemned the attack on {i} May.") for i in range(40)]
    coded = list(pipeline.pipe(docs))
    assert [d.id for d in coded] == [d.id for d in docs]


def test_pipeline_stage_failure_keeps_document_with_warning():
    def broken(doc):
        raise ValueError("lexicon missing")

    p = Pipeline(stages=[("broken", broken)])
    doc = p(Document(text="Israel struck targets in Gaza on Tuesday."))
    assert doc.sentences
    assert any("stage broken failed" in w and "lexicon missing" in w for w in doc.warnings)


def test_pipeline_workers_parse_in_processes():
    docs = [Document(text=f"Report {i}: Turkey closed its border with Syria.") for i in range(8)]
    coded = list(Pipeline(workers=2).pipe(docs))
    assert len(coded) == 8 and all(d.sentences and d.entities for d in coded)
