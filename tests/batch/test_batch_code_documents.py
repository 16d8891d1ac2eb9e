"""Batch coding: a crash inside one document loses only that document, never the others."""

from __future__ import annotations

from redline.batch import CODED, FAILED, SKIPPED, code_documents
from redline.model import Document, Sentence
from redline.store import Store

TEXTS = [
    "Egypt reopened the Rafah crossing on Sunday, officials said.",
    "Poison pill: this article breaks the parser.",
    "Japan and South Korea agreed to resume security talks in Tokyo.",
]


class FlakyPipeline:
    """Stands in for redline.Pipeline: parses fine except for one poisonous document."""

    def pipe(self, docs):
        for doc in docs:
            yield self(doc)

    def __call__(self, doc: Document) -> Document:
        if doc.text.startswith("Poison"):
            raise RuntimeError("parser exploded")
        doc.sentences = [Sentence(0, len(doc.text))]
        return doc


def test_batch_crash_in_one_document_keeps_the_others(tmp_path):
    docs = [Document(text=t, source=f"in/{i}.txt") for i, t in enumerate(TEXTS)]
    with Store(tmp_path / "r.duckdb") as store:
        outcomes = code_documents(docs, FlakyPipeline(), store=store)
        stored = store.count("documents")
    status = {o.source: o.status for o in outcomes}
    assert status == {"in/0.txt": CODED, "in/1.txt": FAILED, "in/2.txt": CODED}
    failed = next(o for o in outcomes if o.status == FAILED)
    assert "parser exploded" in failed.reason and "\n" not in failed.line()
    assert stored == 2


def test_batch_same_text_twice_in_one_run_is_coded_once(tmp_path):
    docs = [Document(text=TEXTS[0], source="a.txt"), Document(text=TEXTS[0], source="b.txt")]
    outcomes = code_documents(docs, FlakyPipeline())
    assert sorted(o.status for o in outcomes) == [CODED, SKIPPED]
    skipped = next(o for o in outcomes if o.status == SKIPPED)
    assert skipped.source == "b.txt" and "same text" in skipped.reason


def test_batch_near_duplicate_is_coded_and_marked(tmp_path):
    wire = (
        "Turkish forces shelled Kurdish positions in northern Syria on Tuesday, the Syrian "
        "Observatory for Human Rights said, in the heaviest exchange of fire since the ceasefire "
        "agreed in October. The monitoring group said at least four fighters were killed and "
        "dozens of families fled villages near the border town of Tal Tamr overnight."
    )
    repost = "SHARE THIS STORY\n" + wire + "\nLeave a Reply. Your email address will not be shown."
    docs = [Document(text=wire, source="wire.txt"), Document(text=repost, source="blog.txt")]
    outcomes = code_documents(docs, FlakyPipeline())
    coded = {o.source: o.doc for o in outcomes if o.status == CODED}
    assert coded["blog.txt"].duplicate_of == coded["wire.txt"].id
    assert coded["wire.txt"].duplicate_of is None


class WarmingPipeline(FlakyPipeline):
    """A stand-in that is warmed up before coding, as redline.Pipeline is."""

    warmed = False

    def warm_up(self):
        self.warmed = True
        return self


def test_batch_one_process_freezes_what_it_loaded_for_the_run_only():
    import gc

    pipeline = WarmingPipeline()
    frozen_during: list[int] = []
    docs = [Document(text=TEXTS[0], source="a.txt"), Document(text=TEXTS[2], source="b.txt")]
    before = gc.get_freeze_count()
    code_documents(docs, pipeline, on_outcome=lambda _: frozen_during.append(gc.get_freeze_count()))
    assert pipeline.warmed
    assert min(frozen_during) > before  # the loaded objects were left out of collections
    assert gc.get_freeze_count() == before  # and given back when the run closed
