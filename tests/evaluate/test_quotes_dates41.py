"""issue #10 date41: ``redline eval quotes`` codes each gold article with its publication date,
as ``redline code`` codes a user's JSONL record with its ``date``: a role description ("the
president said") names the office-holder of that date. PolNeAR's records keep the date in
``meta.publication_date``."""

from __future__ import annotations

import json

import pytest

from redline.evaluate.quotes import evaluate_quotes, gold_documents, record_published

TEXT = (
    "The White House defended the new trade rules on Monday.\n\n"
    "\u201cThese rules will protect American workers,\u201d the president said at a factory "
    "in Ohio."
)


@pytest.mark.parametrize(
    ("record", "date"),
    [
        ({"date": "2016-05-02"}, "2016-05-02"),
        ({"published": "2016-05-02T14:00:00Z"}, "2016-05-02"),
        ({"meta": {"publication_date": "2016-05-02"}}, "2016-05-02"),
        ({"date": "2018-01-09", "meta": {"publication_date": "2016-05-02"}}, "2018-01-09"),
        ({"meta": {"publication_date": "none"}}, None),
        ({}, None),
    ],
)
def test_the_date_is_read_as_the_jsonl_reader_reads_it(record, date):
    assert record_published(record) == date


def test_gold_documents_keep_text_id_and_date():
    (doc,) = gold_documents(
        [{"id": "own:1", "text": TEXT, "meta": {"publication_date": "2015-06-01"}}]
    )
    assert (doc.text, doc.source, doc.published) == (TEXT, "own:1", "2015-06-01")


def _write(tmp_path, meta: dict) -> tuple[str, str]:
    start = TEXT.index("\u201c")
    end = TEXT.index("\u201d") + 1
    speaker = TEXT.index("the president")
    quote = {
        "kind": "direct",
        "quote_start": start,
        "quote_end": end,
        "quote_text": TEXT[start:end],
        "quote_spans": [[start, end]],
        "speaker": "the president",
        "speaker_start": speaker,
        "speaker_end": speaker + len("the president"),
    }
    gold = tmp_path / "gold.jsonl"
    record = {"id": "own:1", "text": TEXT, "quotes": [quote], "meta": meta}
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    key = tmp_path / "key.jsonl"
    entry = {
        "doc_id": "own:1",
        "quote_start": start,
        "quote_end": end,
        "speaker_type": "person",
        "names": ["Barack Obama"],
    }
    key.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    return str(gold), str(key)


@pytest.mark.parametrize(
    ("meta", "accuracy"), [({"publication_date": "2015-06-01"}, 1.0), ({}, 0.0)]
)
def test_a_role_speaker_is_the_office_holder_of_the_articles_date(tmp_path, meta, accuracy):
    gold, key = _write(tmp_path, meta)
    metrics = evaluate_quotes(gold, name_key=key)
    assert metrics["name_key_person"]["total"] == 1
    assert metrics["name_key_person"]["accuracy"] == accuracy
