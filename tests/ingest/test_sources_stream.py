"""JSON Lines is read as a stream: memory does not grow with the file, the size cap is per
record, and a bad or cut record costs only itself (issue #11)."""

from __future__ import annotations

import gc
import gzip
import json
import tracemalloc

from redline.ingest import IngestError, RawDocument, read_sources
from redline.ingest.sources import SAMPLE_BYTES

STORIES = [
    "Flood waters rose through the centre of Valencia on Wednesday as rescue teams pulled "
    "residents from cars, the regional government said.",
    "Kenya's central bank held its benchmark rate at 12% on Tuesday, saying inflation was "
    "easing but the shilling remained under pressure.",
    "Striking dock workers in Antwerp returned to work on Friday after unions accepted a "
    "revised pay offer, the port authority said.",
    "Chile's senate approved the pension reform late on Monday after a decade of debate, "
    "sending the bill to President Gabriel Boric to sign.",
]


def lines(count: int) -> bytes:
    out = []
    for n in range(count):
        story = STORIES[n % len(STORIES)]
        out.append(json.dumps({"id": f"w{n}", "title": f"Wire {n}", "text": story}) + "\n")
    return "".join(out).encode()


def peak_while_reading(path) -> tuple[int, int]:
    """(documents read, peak bytes Python allocated while reading them one at a time)."""
    gc.collect()
    tracemalloc.start()
    try:
        count = 0
        for item in read_sources([str(path)]):
            count += isinstance(item, RawDocument)
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_sources_big_jsonl_is_streamed_in_flat_memory(tmp_path):
    small, big, big_gz = tmp_path / "s.jsonl.gz", tmp_path / "b.jsonl", tmp_path / "b.jsonl.gz"
    small.write_bytes(gzip.compress(lines(5_000), compresslevel=1))
    data = lines(50_000)
    big.write_bytes(data)
    big_gz.write_bytes(gzip.compress(data, compresslevel=1))
    counts, peaks = zip(*(peak_while_reading(p) for p in (small, big_gz, big)), strict=True)
    assert counts == (5_000, 50_000, 50_000)
    # Read whole, the file would be held several times over (bytes, text, lines: about 4x its
    # 9 MB); streamed, the reader holds a first chunk and a buffer, whatever the file's length.
    assert peaks[1] < 1.2 * peaks[0]
    assert max(peaks) < 4 * SAMPLE_BYTES + 300_000 < len(data) // 6


def test_sources_jsonl_over_max_bytes_is_read_record_by_record(tmp_path):
    path = tmp_path / "wire.jsonl"
    long_story = " ".join(STORIES) * 40  # about 22 KB
    records = [
        {"id": "a", "text": STORIES[0]},
        {"id": "b", "text": long_story},
        {"id": "c", "text": STORIES[2]},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    items = list(read_sources([str(path)], max_bytes=10_000))
    assert [i.id for i in items if isinstance(i, RawDocument)] == ["a", "c"]
    (error,) = [i for i in items if isinstance(i, IngestError)]
    assert error.source == f"{path}:2" and error.status == "skipped"
    assert error.reason.startswith("line 2: record larger than 10 KB limit (")


def test_sources_bad_line_in_the_middle_of_a_long_file_fails_alone(tmp_path):
    data = lines(12_000)  # past the first chunk the encoding is found on
    assert len(data) > SAMPLE_BYTES
    rows = data.splitlines(keepends=True)
    rows[5_000] = b'{"id": "bad", "text": "Troops crossed the border at dawn\n'
    rows[9_002] = rows[9_002].replace(b"Antwerp", b"Antw\xe9rp")  # a stray Latin-1 byte
    path = tmp_path / "wire.jsonl"
    path.write_bytes(b"".join(rows))
    items = list(read_sources([str(path)]))
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [(e.source, e.status) for e in errors] == [(f"{path}:5001", "failed")]
    reason = errors[0].reason
    assert reason.startswith("line 5001: malformed JSON (Unterminated string")
    assert reason.endswith(" column 23)")  # the column on that line
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert len(docs) == 11_999
    (damaged,) = [d for d in docs if d.id == "w9002"]
    # the first chunk was plain ASCII, so the odd line is decoded on its own: Latin-1 text,
    # not a replacement character
    assert "Antwérp" in damaged.text and damaged.warnings == []


def test_sources_bad_byte_after_the_first_chunk_of_utf8_is_replaced_with_a_warning(tmp_path):
    first = json.dumps(
        {"id": "q", "text": "Scholz’s coalition agreed on Tuesday."}, ensure_ascii=False
    )
    first += "\n"
    data = first.encode() + lines(8_000)
    rows = data.splitlines(keepends=True)
    rows[7_002] = rows[7_002].replace(b"Kenya's", b"Kenya\x92s")  # a cp1252 quote in UTF-8
    path = tmp_path / "wire.jsonl"
    path.write_bytes(b"".join(rows))
    items = list(read_sources([str(path)]))
    assert all(isinstance(i, RawDocument) for i in items) and len(items) == 8_001
    assert items[0].text == "Scholz’s coalition agreed on Tuesday."
    assert "Kenya\ufffds" in items[7_002].text
    assert items[7_002].warnings == [
        "decoded as UTF-8: 1 invalid byte sequence replaced with U+FFFD"
    ]
    assert items[7_001].warnings == []


def test_sources_truncated_gz_keeps_every_record_before_the_cut(tmp_path):
    data = lines(20_000)
    whole = gzip.compress(data, compresslevel=6)
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(whole[: len(whole) * 3 // 4])
    items = list(read_sources([str(path)]))
    docs, last = items[:-1], items[-1]
    assert all(isinstance(d, RawDocument) for d in docs)
    assert 10_000 < len(docs) < 20_000
    assert [d.id for d in docs] == [f"w{n}" for n in range(len(docs))]
    assert docs[-1].text in STORIES  # the last kept record is whole
    assert isinstance(last, IngestError) and last.source == str(path)
    assert last.status == "failed" and last.reason.startswith("truncated gzip stream after ")
    assert last.reason.endswith(f"{len(docs)} complete records kept, the cut one is lost")


def test_sources_jsonl_keeps_a_raw_line_separator_inside_a_string(tmp_path):
    text = "The minister resigned on Sunday.\u2028Her deputy takes over, the palace said."
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    (item,) = read_sources([str(path)])
    assert isinstance(item, RawDocument) and item.text == text
