"""The streaming runner: bounded memory, the store's duplicate index, Ctrl-C, time budgets."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from redline.batch import CODED, FAILED, SAMPLE_SIZE, SKIPPED, RunSummary, code_stream
from redline.enrich.happenings import update_happenings, write_happenings
from redline.model import Document, Event, Sentence
from redline.store import Store

WIRE = (
    "Turkish forces shelled Kurdish positions in northern Syria on Tuesday, the Syrian "
    "Observatory for Human Rights said, in the heaviest exchange of fire since the ceasefire "
    "agreed in October. The monitoring group said at least four fighters were killed and "
    "dozens of families fled villages near the border town of Tal Tamr overnight."
)
REPOST = "SHARE THIS STORY\n" + WIRE + "\nLeave a Reply. Your email address will not be shown."


class StandIn:
    """Stands in for redline.Pipeline without a model: one sentence, one event per document."""

    workers = 1
    batch_size = 4

    def __init__(self, code: str = "190") -> None:
        self.code = code

    def pipe(self, docs):
        for doc in docs:
            yield self(doc)

    def __call__(self, doc: Document) -> Document:
        doc.sentences = [Sentence(0, len(doc.text))]
        doc.events = [
            Event(
                0,
                len(doc.text),
                doc.text,
                self.code,
                self.code[:2],
                "event",
                source_actor="TUR",
                target_actor="SYR",
                date="2019-11-05",
            )
        ]
        return doc


def _story(i: int) -> Document:
    return Document(
        text=f"Report {i}: Egypt reopened the Rafah crossing after talks with Israel, "
        f"officials said, and {i} trucks of aid went through on day {i}.",
        source=f"in/{i}.txt",
    )


def test_stream_duplicate_of_a_stored_document_is_found_in_a_later_run(tmp_path):
    path = tmp_path / "r.duckdb"
    with Store(path) as store:
        code_stream([Document(text=WIRE, source="wire.txt")], StandIn(), store=store)
    with Store(path) as store:
        summary = code_stream([Document(text=REPOST, source="blog.txt")], StandIn(), store=store)
        assert summary.count(CODED) == 1
        repost = store.con.execute(
            "SELECT duplicate_of FROM documents WHERE source = 'blog.txt'"
        ).fetchone()[0]
        wire = store.con.execute("SELECT id FROM documents WHERE source = 'wire.txt'").fetchone()
        assert repost == wire[0]
        # Both documents are in the store's own signature index, with their band keys.
        assert store.con.execute("SELECT count(*) FROM doc_signatures").fetchone()[0] == 2
        assert store.con.execute("SELECT count(DISTINCT doc_id) FROM doc_lsh").fetchone()[0] == 2


def test_stream_signatures_are_backfilled_for_a_store_written_without_them(tmp_path):
    path = tmp_path / "r.duckdb"
    with Store(path) as store:
        store.write([Document(text=WIRE, source="wire.txt")])  # an older store: no signatures
    with Store(path) as store:
        code_stream([Document(text=REPOST, source="blog.txt")], StandIn(), store=store)
        marked = store.con.execute(
            "SELECT duplicate_of IS NOT NULL FROM documents WHERE source = 'blog.txt'"
        ).fetchone()[0]
    assert marked


def test_stream_keeps_counts_and_a_bounded_sample_not_documents(tmp_path):
    seen = []
    with Store(tmp_path / "r.duckdb") as store:
        summary = code_stream(
            (_story(i) for i in range(SAMPLE_SIZE + 15)),
            StandIn(),
            store=store,
            on_outcome=seen.append,
            write_every=7,
        )
        assert store.count("documents") == SAMPLE_SIZE + 15
    assert summary.count(CODED) == SAMPLE_SIZE + 15
    assert len(summary.sample) == SAMPLE_SIZE
    assert summary.sample[0].events == 1 and summary.sample[0].source == "in/0.txt"
    assert not hasattr(summary, "outcomes")


def test_stream_holds_no_signature_of_a_document_that_failed(tmp_path, monkeypatch):
    import redline.batch

    finders = []

    class Finder(redline.batch.DuplicateFinder):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            finders.append(self)

    class FailsOnSudan(StandIn):
        def pipe(self, docs):
            raise RuntimeError("one at a time")

        def __call__(self, doc: Document) -> Document:
            if "Sudan" in doc.text:
                raise ValueError("cannot parse this one")
            return super().__call__(doc)

    monkeypatch.setattr(redline.batch, "DuplicateFinder", Finder)
    sudan = "Sudan's army said on Saturday it had retaken the presidential palace in Khartoum."
    docs = [_story(1), Document(text=sudan, source="sudan.txt"), _story(2)]
    with Store(tmp_path / "r.duckdb") as store:
        summary = code_stream(docs, FailsOnSudan(), store=store)
    assert summary.count(CODED) == 2 and summary.count(FAILED) == 1
    # the two written left the run's index on their write, the failed one when it failed
    assert len(finders[0]) == 0


def test_stream_reads_its_input_lazily(tmp_path):
    consumed = []

    def stories():
        for i in range(200):
            consumed.append(i)
            yield _story(i)

    first_seen_at = []

    def on_outcome(outcome):
        if not first_seen_at:
            first_seen_at.append(len(consumed))

    code_stream(stories(), StandIn(), on_outcome=on_outcome)
    # The first document is coded long before the input is read to its end.
    assert first_seen_at[0] <= 2 * StandIn.batch_size
    assert len(consumed) == 200


def test_stream_ctrl_c_stores_what_was_coded_and_says_so(tmp_path):
    path = tmp_path / "r.duckdb"
    summary = RunSummary()

    def interrupt_after_five(outcome):
        if summary.count(CODED) == 5:
            raise KeyboardInterrupt

    with Store(path) as store, pytest.raises(KeyboardInterrupt):
        code_stream(
            (_story(i) for i in range(40)),
            StandIn(),
            store=store,
            summary=summary,
            on_outcome=interrupt_after_five,
        )
    assert summary.interrupted and summary.exit_code == 130
    with Store(path) as store:
        assert store.count("documents") == summary.stored == 5
    # Running again resumes: the stored five are skipped, the rest are coded.
    with Store(path) as store:
        again = code_stream((_story(i) for i in range(40)), StandIn(), store=store)
        assert again.count(SKIPPED) == 5 and again.count(CODED) == 35


def test_stream_happenings_update_touches_only_new_dyads(tmp_path):
    with Store(tmp_path / "r.duckdb") as store:
        code_stream([_story(1), _story(2)], StandIn("190"), store=store)
        write_happenings(store)
        before = store.con.execute(
            "SELECT happening_id, mentions FROM happenings ORDER BY 1"
        ).fetchall()
        since = datetime.now(UTC).replace(tzinfo=None)
        time.sleep(0.01)
        code_stream([_story(3)], StandIn("163"), store=store)
        assert update_happenings(store, since=since) == 1
        rows = store.con.execute(
            "SELECT root_code, mentions FROM happenings ORDER BY root_code"
        ).fetchall()
        kept = store.con.execute(
            "SELECT happening_id, mentions FROM happenings WHERE root_code = '19' ORDER BY 1"
        ).fetchall()
    assert rows == [("16", 1), ("19", 2)]
    assert kept == before


@pytest.mark.model
def test_stream_document_over_its_time_budget_fails_alone(tmp_path):
    from redline.pipeline import Pipeline

    def slow_on_poison(doc: Document) -> Document:
        if "poison" in doc.text:
            time.sleep(5)
        return doc

    pipeline = Pipeline(stages=[("slow", slow_on_poison)], workers=1, doc_timeout=1)
    docs = [_story(1), Document(text="A poison pill story about Chad.", source="p.txt"), _story(2)]
    with Store(tmp_path / "r.duckdb") as store:
        started = time.perf_counter()
        summary = RunSummary()
        failures = []
        code_stream(docs, pipeline, store=store, summary=summary, on_outcome=failures.append)
        took = time.perf_counter() - started
        assert store.count("documents") == 2
    assert summary.count(CODED) == 2 and summary.count(FAILED) == 1
    failed = next(o for o in failures if o.status == FAILED)
    assert failed.source == "p.txt" and "took over 1 s" in failed.reason
    assert took < 15


def test_summary_line_names_stages_that_failed_on_coded_documents(tmp_path):
    """A failed stage keeps its document (with a warning), so without this line a run that lost
    every quote to a bug would still read "N coded, 0 failed"."""
    from redline.pipeline import Pipeline

    def quotes_that_break(doc: Document) -> Document:
        if "Rafah" in doc.text:
            raise KeyError("[E018] Can't retrieve string for hash")
        return doc

    pipeline = Pipeline(stages=[("quotes", quotes_that_break)], workers=1)
    docs = [_story(1), Document(text=WIRE, source="wire.txt"), _story(2)]
    with Store(tmp_path / "r.duckdb") as store:
        summary = code_stream(docs, pipeline, store=store)
        assert store.count("documents") == 3
    assert summary.count(CODED) == 3 and summary.stage_failures == {"quotes": 2}
    assert (
        summary.line()
        == "3 coded, 0 skipped, 0 failed (a stage failed on coded documents: quotes 2)"
    )


def test_batches_are_bounded_by_characters_as_well_as_count():
    from redline.batch import batched

    short = [_story(i) for i in range(20)]
    assert [len(b) for b in batched(short, 16, 100_000)] == [16, 4]  # news batches not cut
    long = [Document(text=WIRE * 40, source=f"long/{i}") for i in range(5)]
    cap = len(long[0].text) * 5 // 2
    assert [len(b) for b in batched(long, 16, cap)] == [2, 2, 1]
    huge = [Document(text=WIRE * 300, source="huge")]
    assert [len(b) for b in batched(huge, 16, cap)] == [1]  # alone, never dropped


def test_stream_writes_long_articles_in_smaller_chunks(tmp_path, monkeypatch):
    """A stretch of long articles is written by characters, not 64 at a time, so the main
    process never holds a chunk of dozens of long coded documents (issue #11)."""
    import redline.batch as batch

    monkeypatch.setattr(batch, "WRITE_CHARS", 3 * len(WIRE))
    writes: list[int] = []
    with Store(tmp_path / "w.duckdb") as store:
        write = store.write

        def counted(docs, **kwargs):
            writes.append(len(docs))
            return write(docs, **kwargs)

        monkeypatch.setattr(store, "write", counted)
        texts = (Document(text=f"{WIRE} Day {i}.", source=f"w/{i}") for i in range(10))
        code_stream(texts, StandIn(), store=store, write_every=64)
        assert store.count("documents") == 10
    assert sum(writes) == 10 and max(writes) <= 3
