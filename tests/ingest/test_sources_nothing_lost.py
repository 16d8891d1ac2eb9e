"""Nothing lost silently: cut streams keep their complete records, unreadable folders and
repaired bytes are reported (issue #12, item 4)."""

from __future__ import annotations

import gzip
import io
import json
import os

from redline.clean import clean_document
from redline.ingest import IngestError, RawDocument, read_sources

STORIES = [
    (
        "Rebels seized the northern port of Hodeidah on Tuesday after three days of fighting "
        "with government forces, a military spokesman said."
    ),
    (
        "The United Nations Security Council will meet on Friday to discuss the fighting, "
        "diplomats in New York said, as aid agencies warned of shortages."
    ),
    (
        "Saudi Arabia said on Wednesday it would send 40 trucks of food and medicine to the "
        "city, the first convoy since the port was closed in March."
    ),
    (
        "Government troops retook the airport road overnight, residents said, and the rebels "
        "withdrew to the old town after heavy shelling."
    ),
]


def read_all(*paths, **kwargs) -> list[RawDocument | IngestError]:
    return list(read_sources([str(p) for p in paths], **kwargs))


def jsonl_bytes() -> bytes:
    lines = [json.dumps({"id": f"s{n}", "text": text}) for n, text in enumerate(STORIES, 1)]
    return ("\n".join(lines) + "\n").encode()


def cut_gzip(data: bytes, keep: float) -> bytes:
    """``data`` gzipped without compression (so the cut falls where we ask), cut after ``keep``
    of it."""
    whole = gzip.compress(data, compresslevel=0)
    return whole[: int(len(whole) * keep)]


def test_sources_truncated_jsonl_gz_keeps_complete_lines_and_reports_the_cut(tmp_path):
    data = jsonl_bytes()
    path = tmp_path / "wire.jsonl.gz"
    # cut inside the third line: lines one and two are whole
    third = data.index(b'{"id": "s3"')
    path.write_bytes(cut_gzip(data, (third + 40) / len(data)))
    items = read_all(path)
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [d.id for d in docs] == ["s1", "s2"]
    assert [d.source for d in docs] == [f"{path}:1", f"{path}:2"]
    assert docs[1].text == STORIES[1]
    (error,) = errors
    assert error.source == str(path) and error.status == "failed"
    assert error.reason.startswith("truncated gzip stream after ")
    assert error.reason.endswith("2 complete records kept, the cut one is lost")


def test_sources_truncated_gzip_cut_inside_a_utf8_character_keeps_lines(tmp_path):
    text = "Protesters marched through Łódź and Kraków on Sunday, police said."
    data = (json.dumps({"text": text}, ensure_ascii=False) + "\n").encode() * 2
    cut_at = data.index("ó".encode(), len(data) // 2) + 1  # between the two bytes of "ó"
    path = tmp_path / "poland.jsonl.gz"
    path.write_bytes(gzip.compress(data, compresslevel=0)[: 10 + cut_at])  # 10-byte header
    items = read_all(path)
    assert isinstance(items[0], RawDocument) and items[0].text == text
    assert items[0].warnings == []  # the cut character is dropped with its line, not replaced
    assert isinstance(items[1], IngestError)
    assert "1 complete record kept" in items[1].reason


def test_sources_multi_member_gzip_is_read_whole(tmp_path):
    data = jsonl_bytes()
    half = data.index(b'{"id": "s3"')
    path = tmp_path / "joined.jsonl.gz"
    path.write_bytes(gzip.compress(data[:half]) + gzip.compress(data[half:]))
    items = read_all(path)
    assert [i.id for i in items] == ["s1", "s2", "s3", "s4"]


def test_sources_gzip_with_trailing_zero_padding_is_whole(tmp_path):
    path = tmp_path / "padded.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl_bytes()) + b"\x00" * 512)
    assert [i.id for i in read_all(path)] == ["s1", "s2", "s3", "s4"]


def test_sources_truncated_mbox_gz_keeps_whole_messages(tmp_path):
    messages = []
    for n, text in enumerate(STORIES[:3], 1):
        messages.append(
            f"From desk@example.org Mon Sep 16 08:0{n}:00 2024\n"
            f"From: desk@example.org\nSubject: Story {n}\n"
            f"Date: Mon, 16 Sep 2024 08:0{n}:00 +0000\n\n{text}\n\n"
        )
    data = "".join(messages).encode()
    path = tmp_path / "digest.mbox.gz"
    path.write_bytes(cut_gzip(data, 0.9))
    items = read_all(path)
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.meta["subject"] for d in docs] == ["Story 1", "Story 2"]
    assert isinstance(items[-1], IngestError) and items[-1].source == str(path)
    assert "2 complete records kept" in items[-1].reason


def warc_bytes(gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for n, text in enumerate(STORIES[:3], 1):
        body = f"<html><head><title>Story {n}</title></head><body><p>{text}</p></body></html>"
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"https://news.example/{n}",
            "response",
            payload=io.BytesIO(body.encode()),
            http_headers=headers,
        )
        writer.write_record(record)
    return buffer.getvalue()


def test_sources_truncated_warc_reports_its_cut_record(tmp_path):
    data = warc_bytes(gz=False)
    path = tmp_path / "crawl.warc"
    body_of_third = data.index(STORIES[2][:20].encode())
    path.write_bytes(data[: body_of_third + 30])
    items = read_all(path)
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.url for d in docs] == ["https://news.example/1", "https://news.example/2"]
    (error,) = [i for i in items if isinstance(i, IngestError)]
    assert error.source == f"{path}#3" and error.status == "failed"
    assert error.reason.startswith("record cut short (") and "truncated archive" in error.reason


def test_sources_truncated_warc_gz_keeps_complete_records(tmp_path):
    data = warc_bytes(gz=True)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data[: len(data) - 60])  # inside the last record's gzip member
    items = read_all(path)
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.url for d in docs] == ["https://news.example/1", "https://news.example/2"]
    errors = [i for i in items if isinstance(i, IngestError)]
    assert errors and all(e.status == "failed" for e in errors)
    assert errors[-1].source == str(path)
    assert errors[-1].reason.endswith("2 complete records kept, the cut one is lost")


def test_sources_unreadable_folder_is_a_failed_input(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(STORIES[0])
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(STORIES[1])
    (tmp_path / "z.txt").write_text(STORIES[2])
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    # The tests may run as root, where chmod 000 denies nothing: refuse the listing instead.
    monkeypatch.setattr(os, "scandir", scandir)
    items = read_all(tmp_path)
    assert [os.path.basename(i.source) for i in items] == ["a.txt", "z.txt", "locked"]
    error = items[-1]
    assert isinstance(error, IngestError) and error.source == str(locked)
    assert (error.status, error.reason) == ("failed", "cannot read folder (Permission denied)")


def test_sources_mostly_utf8_text_with_bad_bytes_is_utf8_with_a_warning(tmp_path):
    text = (
        "KYIV — Ukraine’s foreign minister said on Monday that talks with Poland on grain "
        "transit would resume “within days”, after farmers blocked three crossings. "
    ) * 3
    data = text.encode()
    data = data[:120] + b"\xff" + data[120:300] + b"\xc0" + data[300:]
    path = tmp_path / "kyiv.txt"
    path.write_bytes(data)
    (item,) = read_all(path)
    assert item.encoding == "utf-8"
    assert "Ukraine’s" in item.text and "“within days”" in item.text
    assert item.text.count("\ufffd") == 2
    assert item.warnings == ["decoded as UTF-8: 2 invalid byte sequences replaced with U+FFFD"]
    doc = clean_document(item)
    assert doc.warnings == item.warnings


def test_sources_cp1252_text_is_not_taken_for_damaged_utf8(tmp_path):
    text = "“We will not back down,” said the café owner, José Hernández — again.\n" * 3
    path = tmp_path / "cafe.txt"
    path.write_bytes(text.encode("cp1252"))
    (item,) = read_all(path)
    assert (item.text, item.encoding, item.warnings) == (text, "cp1252", [])


def test_sources_jsonl_warning_goes_only_to_the_damaged_record(tmp_path):
    good = json.dumps({"id": "a", "text": "Talks in Doha resumed on Monday, Qatar said."})
    bad = json.dumps(
        {"id": "b", "text": "Qatar’s envoy met Hamas leaders, XX officials said."},
        ensure_ascii=False,
    )
    data = (good + "\n" + bad + "\n").encode().replace(b"XX", b"\xfe")
    path = tmp_path / "doha.jsonl"
    path.write_bytes(data)
    first, second = read_all(path)
    assert first.warnings == []
    assert second.warnings == ["decoded as UTF-8: 1 invalid byte sequence replaced with U+FFFD"]


def test_sources_input_with_no_documents_says_so(tmp_path):
    path = tmp_path / "blank.jsonl"
    path.write_bytes(b"\x1f\n\x1c\n")  # separators Python counts as whitespace: no lines
    (error,) = read_all(path)
    assert (error.status, error.reason) == ("skipped", "no documents found")


def test_sources_read_data_reads_bytes_as_the_named_file_would_be():
    from redline.ingest import read_data

    items = list(read_data(gzip.compress(jsonl_bytes()), "batch-7/wire.jsonl.gz"))
    assert [i.source for i in items] == [f"batch-7/wire.jsonl.gz:{n}" for n in range(1, 5)]
    (error,) = read_data(b"x" * 2000, "big.txt", max_bytes=1000)
    assert error.reason == "larger than 1 KB limit (2 KB)"
