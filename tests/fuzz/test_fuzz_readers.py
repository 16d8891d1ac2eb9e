"""Fuzzing every reader and the cleaner: random and mutated bytes never raise (issue #12).

Each reader gets 1,000 cases (``REDLINE_FUZZ_CASES`` sets another number; the cleaner gets a
quarter of them): a small, valid input of its kind, mutated (bytes flipped, inserted,
deleted, cut, spliced with another kind), or plain random bytes. Whatever comes in, reading
yields only RawDocuments and IngestErrors with a one-line reason, and cleaning returns a
Document or raises InputError: nothing raises past the batch runner.
"""

from __future__ import annotations

import gzip
import io
import os
import random
import sys
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from redline.clean import clean_document
from redline.errors import InputError
from redline.ingest import IngestError, RawDocument, read_data, read_sources
from redline.model import Document

pytestmark = [
    pytest.mark.fuzz,
    pytest.mark.filterwarnings("ignore::DeprecationWarning:feedparser"),
]

CASES = int(os.environ.get("REDLINE_FUZZ_CASES", "1000"))
FUZZ = settings(
    max_examples=CASES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# The cleaner runs trafilatura (about 20 ms a page): a quarter of the cases keeps the module
# under a minute on two cores.
CLEAN_FUZZ = settings(FUZZ, max_examples=max(1, CASES // 4))

ARTICLE = (
    "Rebels seized the port of Hodeidah on Tuesday, a spokesman said. "
    "“We will retake it,” the defence minister told reporters in Aden."
)


def warc_seed() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
    )
    body = f"<html><body><p>{ARTICLE}</p></body></html>".encode()
    writer.write_record(
        writer.create_warc_record(
            "https://news.example/a", "response", payload=io.BytesIO(body), http_headers=headers
        )
    )
    return buffer.getvalue()


# A small valid input of every kind, as the file name ending that routes it.
SEEDS: dict[str, bytes] = {
    "txt": f"Yemen rebels seize port\n\nADEN (Reuters) - {ARTICLE}\n".encode(),
    "md": f"# Yemen rebels seize port\n\n*By Jane Doe*\n\n{ARTICLE}\n\nShare this:\n".encode(),
    "eml": (
        "From: desk@example.org\nTo: list@example.org\nSubject: Fwd: Rebels seize port\n"
        "Date: Tue, 17 Sep 2024 08:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
        f"Worth a read.\n\n---------- Forwarded message ---------\n{ARTICLE}\n"
    ).encode(),
    "mbox": (
        "From desk@example.org Tue Sep 17 08:00:00 2024\nFrom: desk@example.org\n"
        f"Subject: Port\n\n{ARTICLE}\n\nFrom desk@example.org Tue Sep 17 09:00:00 2024\n"
        "From: desk@example.org\nSubject: Aid\n\n>From the city, aid trucks left.\n"
    ).encode(),
    "html": (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Port seized</title>"
        "<meta name='author' content='Jane Doe'></head><body><nav>Home</nav><article>"
        f"<h1>Rebels seize port</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>"
    ).encode(),
    "jsonl": (
        f'{{"id": "a1", "text": "{ARTICLE}", "date": "2024-09-17", "section": "world"}}\n'
        '{"id": "a2", "html": "<p>Aid trucks reached the city.</p>", "title": "Aid"}\n'
    ).encode(),
    "json": f'[{{"text": "{ARTICLE}", "url": "https://news.example/a"}}]'.encode(),
    "rss": (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Gazette</title><item>"
        "<title>Port seized</title><link>https://news.example/a</link>"
        "<pubDate>Tue, 17 Sep 2024 08:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;{ARTICLE}&lt;/p&gt;</description></item></channel></rss>"
    ).encode(),
    "warc": warc_seed(),
}
SEEDS["jsonl.gz"] = gzip.compress(SEEDS["jsonl"], mtime=0)
SEEDS["warc.gz"] = gzip.compress(SEEDS["warc"], mtime=0)
SEEDS["txt.gz"] = gzip.compress(SEEDS["txt"], mtime=0)

SPLICE_PARTS = [seed for name, seed in SEEDS.items() if not name.endswith(".gz")]
# Bytes that matter to the readers: markup, JSON, header and WARC punctuation, odd encodings.
TOKENS = [
    b"<", b">", b"</div>", b"<div>" * 40, b"{", b"}", b'"', b"\\u00", b"\n", b"\r\n", b"\x00",
    b"\xff", b"\xc3", b"\xe2\x80", b"\x1f\x8b", b"From ", b"Content-Type: ", b"WARC/1.0\r\n",
    b"Content-Length: 99999\r\n", b"charset=", b"utf-16", b"=?utf-8?b?", b"--boundary",
    b"<![CDATA[", b"&#", b"&amp;", b"\xef\xbb\xbf", b"\xfe\xff", b"]]>", b"<?xml",
]  # fmt: skip


def mutate(seed: bytes, number: int, material: bytes) -> bytes:
    """``seed`` with one to six random edits chosen by ``number``, inserting from ``material``;
    one case in ten is ``material`` alone (random bytes).

    Hypothesis draws only the number and the material: drawing every edit through it costs
    about 0.4 ms a draw, which 12,000 cases cannot afford; a failure still prints both, so it
    can be replayed."""
    rng = random.Random(number)
    if rng.random() < 0.1:
        return material
    data = bytearray(seed)
    for _ in range(rng.randint(1, 6)):
        op = rng.choice(("flip", "insert", "delete", "cut", "splice", "token"))
        at = rng.randint(0, len(data))
        if op == "flip" and data:
            data[min(at, len(data) - 1)] = rng.randrange(256)
        elif op == "insert":
            start = rng.randint(0, len(material))
            data[at:at] = material[start : start + rng.randint(1, 64)]
        elif op == "delete":
            del data[at : at + rng.randint(1, 64)]
        elif op == "cut":
            del data[at:]
        elif op == "splice":
            other = rng.choice(SPLICE_PARTS)
            start = rng.randint(0, len(other))
            data[at:at] = other[start : start + rng.randint(1, 200)]
        else:
            data[at:at] = rng.choice(TOKENS) * rng.randint(1, 3)
    return bytes(data)


def mutated(seed: bytes) -> st.SearchStrategy[bytes]:
    return st.builds(mutate, st.just(seed), st.integers(0, 2**32), st.binary(max_size=512))


def read_as(data: bytes, ending: str) -> list[RawDocument | IngestError]:
    """``data`` read the way ``redline code`` reads a file named ``story.<ending>``."""
    return list(read_data(data, f"story.{ending}", max_bytes=200_000))


def check_items(items: list, ending: str) -> None:
    prefix = f"story.{ending}"
    assert items, "a reader must say something about every input"
    for item in items:
        assert isinstance(item, RawDocument | IngestError), type(item)
        assert item.source.startswith(prefix)
        if isinstance(item, IngestError):
            assert item.status in ("failed", "skipped")
            assert item.reason and "\n" not in item.reason
        else:
            assert (item.text is None) != (item.html is None)
            assert isinstance(item.text or item.html, str)
            assert all(isinstance(w, str) and "\n" not in w for w in item.warnings)


def check_clean(item: RawDocument) -> None:
    try:
        doc = clean_document(item)
    except InputError:
        return
    assert isinstance(doc, Document) and isinstance(doc.text, str)
    assert doc.id and doc.source == item.source


def fuzz_reader(ending: str) -> Callable[[], None]:
    @FUZZ
    @given(data=mutated(SEEDS[ending]))
    def run(data: bytes) -> None:
        check_items(read_as(data, ending), ending)

    return run


@pytest.mark.parametrize("ending", sorted(SEEDS))
def test_fuzz_reader_never_raises(ending):
    fuzz_reader(ending)()


@FUZZ
@given(data=st.binary(max_size=4096))
def test_fuzz_stdin_sniffing_never_raises(data):
    stdin = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data))
    try:
        items = list(read_sources(["-"], max_bytes=200_000))
    finally:
        sys.stdin = stdin
    assert items
    for item in items:
        assert isinstance(item, RawDocument | IngestError)
        assert item.source.startswith("-")


@pytest.mark.parametrize("ending", ["txt", "html", "eml", "jsonl"])
def test_fuzz_clean_document_raises_only_input_error(ending):
    @CLEAN_FUZZ
    @given(data=mutated(SEEDS[ending]))
    def run(data: bytes) -> None:
        for item in read_as(data, ending):
            if isinstance(item, RawDocument):
                check_clean(item)

    run()


@CLEAN_FUZZ
@given(text=st.text(max_size=600), as_html=st.booleans())
def test_fuzz_clean_document_on_random_text(text, as_html):
    raw = (
        RawDocument(source="fuzz", html=text, kind="html")
        if as_html
        else RawDocument(source="fuzz", text=text)
    )
    check_clean(raw)
