"""The functions Spark tasks run, without Spark: reading files Spark fetched, keeping one copy."""

from __future__ import annotations

import gzip
import json

from redline.batch import SKIPPED, Outcome
from redline.ingest.raw import RawDocument
from redline.model import Document
from redline.spark.job import list_inputs
from redline.spark.partition import clean_partition, first_of_same_text, read_uri_file

STORY = (
    "KYIV, June 3 - Ukraine and Poland agreed on Monday to open a second border crossing for "
    "lorries after weeks of protests by Polish farmers blocked traffic at the frontier."
)


def test_a_gzipped_jsonl_file_read_by_spark_is_named_by_its_uri_and_line():
    uri = "hdfs://namenode/news/2025-06-03.jsonl.gz"
    lines = [json.dumps({"id": "a", "title": "Border crossing", "text": STORY}), "{broken"]
    data = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    items = list(read_uri_file((7, uri, data), max_bytes=1_000_000))
    assert [key for key, _ in items] == [(7, 0), (7, 1)]
    doc, bad = items[0][1], items[1][1]
    assert (
        isinstance(doc, RawDocument) and doc.source == f"{uri}:1" and doc.title == "Border crossing"
    )
    assert isinstance(bad, Outcome) and bad.source == f"{uri}:2"
    assert bad.reason.startswith("line 2: malformed JSON")


def test_a_file_over_the_size_limit_fails_with_its_size():
    (item,) = read_uri_file((0, "s3a://bucket/big.txt", b"x" * 2_000), max_bytes=1_000)
    assert item[1].status == "failed" and "larger than 1 KB limit" in item[1].reason


def test_the_earliest_copy_of_a_text_is_coded_and_the_later_ones_are_skipped():
    raws = [
        ((2, 0), RawDocument(source="later.txt", text=STORY)),
        ((0, 5), RawDocument(source="first.jsonl:6", text=STORY, kind="jsonl")),
    ]
    cleaned = [(key, doc) for key, doc in clean_partition(raws, None)]
    assert all(isinstance(doc, Document) for _, doc in cleaned)
    doc_id = cleaned[0][1].id
    kept, skipped = first_of_same_text((doc_id, cleaned))
    assert kept.source == "first.jsonl:6"
    assert skipped.status == SKIPPED and skipped.source == "later.txt"
    assert skipped.reason == f"same text as an earlier input (id {doc_id})"


def test_inputs_are_listed_as_redline_code_lists_them(tmp_path):
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    entries, uris, problems = list_inputs(
        [str(tmp_path), str(tmp_path / "missing.txt"), "-", "s3a://bucket/news/"]
    )
    assert [e[2] for e in entries] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert uris == ["s3a://bucket/news/"]
    assert [(p.source, p.reason) for p in problems] == [
        (str(tmp_path / "missing.txt"), "no such file or directory"),
        ("-", "standard input cannot be read on Spark"),
    ]
