"""The four enrich stages together: offsets hold, and amounts, dates and places reach the JSONL
record and the store."""

from __future__ import annotations

import json

from redline.enrich import ENRICH_STAGES
from redline.model import Document, check_offsets
from redline.store import Store

TEXT = (
    "KYIV, Ukraine (AP) — Russian forces fired more than 40 drones at Odesa on Thursday, "
    "Ukrainian officials said. President Volodymyr Zelenskyy asked the 32-member alliance for "
    "$ 2 billion in air defence. Zelenskyy spoke in Kyiv."
)


def run_stages(doc: Document) -> Document:
    for _, stage in ENRICH_STAGES:
        doc = stage(doc)
    return doc


def test_stages_order_and_names():
    assert [name for name, _ in ENRICH_STAGES] == ["entities", "quantities", "dates", "places"]


def test_stages_together_keep_offsets_and_fill_every_field(parse, sentence_event):
    doc = parse(TEXT)
    doc.events = [sentence_event(doc, 0, "fired")]
    doc = run_stages(doc)
    assert check_offsets(doc) == []
    event = doc.events[0]
    assert (event.date, event.date_source) == ("2024-09-12", "sentence")
    assert event.place == "Odesa"
    assert [doc.quantities[i].text for i in event.quantity_ids] == ["more than 40 drones"]
    assert doc.meta["dateline_place"]["name"] == "Kyiv"
    assert {p.name for p in doc.places} >= {"Kyiv", "Odesa"}


def test_stages_results_reach_jsonl_and_store(parse, sentence_event, tmp_path):
    doc = parse(TEXT)
    doc.events = [sentence_event(doc, 0, "fired")]
    doc = run_stages(doc)
    doc.parsed = None
    record = json.loads(json.dumps(doc.to_dict()))
    assert record["quantities"] and record["places"]
    assert record["events"][0]["date"] == "2024-09-12"
    assert Document.from_dict(record).quantities == doc.quantities
    with Store(tmp_path / "enrich.duckdb") as store:
        store.write([doc])
        loaded = store.load(doc.id)
    assert loaded is not None
    assert loaded.places == doc.places
    assert loaded.quantities == doc.quantities
    assert loaded.events[0].place == "Odesa"


def test_stages_without_parse_or_events_do_no_harm():
    doc = Document(text="Nothing parsed here.", published="2024-01-01")
    doc = run_stages(doc)
    assert doc.quantities == [] and doc.places == [] and doc.events == []
