"""read_sources: every input form, and every kind of bad input, without raising."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path

import pytest

from redline.ingest import IngestError, RawDocument, read_sources

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
CLEAN_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean"


def read_all(*paths, **kwargs) -> list[RawDocument | IngestError]:
    return list(read_sources([str(p) for p in paths], **kwargs))


def only_error(items) -> IngestError:
    assert len(items) == 1 and isinstance(items[0], IngestError), items
    return items[0]


def test_sources_text_file_is_read_as_utf8():
    (item,) = read_all(CLEAN_FIXTURES / "wire.txt")
    assert isinstance(item, RawDocument)
    assert item.kind == "text" and item.encoding == "utf-8"
    assert item.text.startswith("WASHINGTON (Reuters) - President Mara Quinn")


def test_sources_jsonl_bad_line_fails_alone_and_others_are_read():
    items = read_all(FIXTURES / "articles.jsonl")
    errors = [i for i in items if isinstance(i, IngestError)]
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [e.source for e in errors] == [f"{FIXTURES / 'articles.jsonl'}:3"]
    assert errors[0].status == "failed" and errors[0].reason.startswith("line 3: malformed JSON")
    assert [d.id for d in docs] == ["a1", "a2", "a4"]
    assert docs[0].title == "Parliament votes to extend troop deployment"
    assert docs[0].published == "2024-09-10" and docs[0].url == "https://example.org/a1"
    assert docs[0].meta == {"section": "politics"}
    assert docs[2].html is not None and docs[2].text is None


def test_sources_json_file_may_be_object_or_list(tmp_path):
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": "Troops crossed the river at dawn.", "id": "x"}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "First report."}, {"text": "Second report."}]))
    items = read_all(single, many)
    assert [i.source for i in items] == [str(single), f"{many}#1", f"{many}#2"]
    assert items[0].id == "x" and items[2].text == "Second report."


def test_sources_gzipped_jsonl_reads_like_plain(tmp_path):
    path = tmp_path / "articles.jsonl.gz"
    path.write_bytes(gzip.compress((FIXTURES / "articles.jsonl").read_bytes()))
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["RawDocument"] * 2 + ["IngestError", "RawDocument"]
    assert items[0].source == f"{path}:1"


def test_sources_email_forward_keeps_markers_and_moves_headers_to_meta():
    (item,) = read_all(FIXTURES / "forward.eml")
    assert item.kind == "email"
    assert "---------- Forwarded message ---------" in item.text
    assert item.meta["subject_title"] == "Navy shadows foreign warship off northern coast"
    assert item.meta["email_date"] == "2024-09-16"
    assert item.published is None  # the send date is not the article's date


def test_sources_mbox_yields_each_message():
    items = read_all(FIXTURES / "digest.mbox")
    assert [i.source for i in items] == [f"{FIXTURES / 'digest.mbox'}#{n}" for n in (1, 2)]
    assert items[1].meta["subject"] == "Aid convoy reaches city"
    assert "40 trucks" in items[1].text


def test_sources_feed_entries_become_documents():
    items = read_all(FIXTURES / "feed.rss")
    assert [i.kind for i in items] == ["feed", "feed"]
    assert items[0].title == "Border talks collapse after walkout"
    assert items[0].published == "2024-09-13"
    assert items[0].url == "https://harbourgazette.example/world/border-talks"
    assert "walked out" in (items[0].html or items[0].text)


def test_sources_warc_html_responses_become_documents(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, ctype, body in (
            (
                "https://example.org/story",
                "text/html; charset=utf-8",
                "<p>Rebels seized the port.</p>",
            ),
            ("https://example.org/logo.png", "image/png", "\x89PNG"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body.encode()), http_headers=headers
            )
            writer.write_record(record)
    items = read_all(path)
    assert len(items) == 1 and items[0].kind == "warc"
    assert items[0].url == "https://example.org/story"
    assert "Rebels seized the port." in items[0].html


def test_sources_html_page_is_read_as_html():
    (item,) = read_all(FIXTURES / "page.html")
    assert item.kind == "html" and item.html.lstrip().startswith("<!DOCTYPE html>")


def test_sources_directory_is_recursed_in_sorted_order_and_skips_unsupported(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Second folder story.")
    (tmp_path / "a.txt").write_text("First story.")
    (tmp_path / "c.png").write_bytes(b"\x89PNG\r\n\x1a\n0000")
    (tmp_path / ".hidden.txt").write_text("not read")
    (tmp_path / "README.md").write_text("These are the stories.")
    items = read_all(tmp_path)
    assert [Path(i.source).name for i in items] == ["README.md", "a.txt", "c.png", "z.txt"]
    assert items[0].status == "skipped" and items[0].reason.startswith("project documentation")
    items = items[1:]
    assert isinstance(items[1], IngestError) and items[1].status == "skipped"
    assert "unsupported file type (.png)" in items[1].reason


def test_sources_stdin_is_sniffed(monkeypatch):
    cases = {
        b"<!doctype html><html><body><p>Hi</p></body></html>": "html",
        b'{"text": "One."}\n{"text": "Two."}\n': "jsonl",
        b"From: a@example.org\nSubject: Talks\nDate: Mon, 16 Sep 2024 08:00 +0000\n\nHi.": "email",
        b"Just a paragraph of news text.": "text",
    }
    for data, kind in cases.items():
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        items = list(read_sources(["-"]))
        assert items and all(isinstance(i, RawDocument) for i in items), items
        assert items[0].kind == kind and items[0].source.startswith("-")


def test_sources_empty_file_is_skipped(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n ")
    for error in (only_error(read_all(path)), only_error(read_all(blank))):
        assert error.status == "skipped" and error.reason == "empty file"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + os.urandom(64), "PNG image"),
        (b"%PDF-1.7\n" + os.urandom(64), "PDF document"),
        (b"PK\x03\x04" + os.urandom(64), "ZIP archive"),
        (b"\xff\xd8\xff\xe0" + os.urandom(64), "JPEG image"),
        (b"text\x00with\x00nuls" * 4, "NUL bytes"),
    ],
)
def test_sources_binary_content_fails_with_its_type(tmp_path, data, kind):
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    error = only_error(read_all(path))
    assert error.status == "failed"
    assert error.reason.startswith("binary content (looks like") and kind in error.reason


def test_sources_truncated_gzip_of_one_document_fails(tmp_path):
    whole = gzip.compress(("Troops moved north. " * 500).encode())
    path = tmp_path / "story.txt.gz"
    path.write_bytes(whole[: len(whole) // 2])
    error = only_error(read_all(path))
    assert error.status == "failed"
    assert error.reason.startswith("truncated gzip stream after ")
    assert error.reason.endswith("its one document is cut short, not coded")


def test_sources_cp1252_file_is_decoded_right(tmp_path):
    text = "“We will not back down,” said the café owner, José Hernández — again.\n" * 3
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode("cp1252"))
    (item,) = read_all(path)
    assert item.text == text and item.encoding == "cp1252"


def test_sources_utf8_bom_and_utf16_are_decoded(tmp_path):
    text = "Minister says talks will resume — “soon”."
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(text.encode("utf-8-sig"))
    b.write_bytes(text.encode("utf-16"))
    assert [i.text for i in read_all(a, b)] == [text, text]


def test_sources_undecodable_bytes_fail(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 8 + os.urandom(512).replace(b"\x00", b"\x81"))
    error = only_error(read_all(path))
    assert error.status == "failed"
    assert error.reason == "not valid UTF-8 and no encoding could be detected"


def test_sources_too_large_fails_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Fighting continued overnight. " * 100)
    error = only_error(read_all(path, max_bytes=1000))
    assert error.status == "failed"
    assert error.reason == "larger than 1 KB limit (3 KB)"


def test_sources_gzip_expanding_past_limit_fails(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 100_000))
    error = only_error(read_all(path, max_bytes=10_000))
    assert error.reason == "larger than 10 KB limit when decompressed"


def test_sources_missing_path_fails(tmp_path):
    error = only_error(read_all(tmp_path / "nope.txt"))
    assert error.status == "failed" and error.reason == "no such file or directory"


def test_sources_malformed_json_file_fails_with_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"text": "x",\n "title": }')
    error = only_error(read_all(path))
    assert error.reason.startswith("line 2: malformed JSON")
