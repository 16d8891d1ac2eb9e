"""Sharing one store file between processes (issue #12): a Store opens the file only for each
call, waits while another process holds it, and a long-running reader lets writers in."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import duckdb
import pytest

from redline.errors import RedlineError
from redline.model import Document, Event, Sentence
from redline.store import Store
from redline.store.duck import SharedReader, Turnstile

TEXT = (
    "Police in Santiago detained 40 protesters on Friday after clashes near the presidential "
    "palace, the interior ministry said."
)


def _doc(n: int) -> Document:
    text = f"{TEXT} Report {n}."
    doc = Document(text=text, source=f"fixtures/santiago-{n}.txt", published="2019-10-25")
    doc.sentences = [Sentence(0, len(TEXT)), Sentence(len(TEXT) + 1, len(text))]
    doc.events = [Event(0, len(TEXT), TEXT, "173", "17", "Arrest, detain, or charge")]
    return doc


def _hold_in_another_process(path, seconds: float, *, read_only: bool) -> subprocess.Popen:
    """Another process that opens the store, says so, and keeps it for ``seconds``."""
    code = (
        "import duckdb, sys, time\n"
        f"con = duckdb.connect({str(path)!r}, read_only={read_only})\n"
        "print('open', flush=True)\n"
        f"time.sleep({seconds})\n"
        "con.close()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "open"
    return proc


def test_store_sharing_the_file_is_free_between_calls(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write([_doc(1)])
        # another process can read the file while this Store is still open
        con = duckdb.connect(str(path), read_only=True)
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        con.close()
        store.write([_doc(2)])
        assert store.count() == 2


def test_store_sharing_a_writer_waits_for_another_process(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    holder = _hold_in_another_process(path, 1.0, read_only=True)
    started = time.monotonic()
    with Store(path, timeout=30) as store:
        store.write([_doc(1)])
        assert store.count() == 1
    assert time.monotonic() - started >= 0.5  # it waited rather than failed
    holder.wait(10)


def test_store_sharing_gives_up_with_a_reason(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    holder = _hold_in_another_process(path, 5.0, read_only=False)
    try:
        with pytest.raises(RedlineError, match=r"E020.*held it for 1 s"):
            Store(path, read_only=True, timeout=1.0).count()
    finally:
        holder.kill()
        holder.wait(10)


def test_store_sharing_con_keeps_transactions_and_frees_the_file(tmp_path):
    """``Store.con`` on a read-write store runs a transaction on one connection, then lets go."""
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write([_doc(1)])
        con = store.con
        con.execute("BEGIN TRANSACTION")
        con.execute("DELETE FROM events")
        con.execute("ROLLBACK")
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 1
        names = [d[0] for d in con.execute("SELECT id, source FROM documents").description]
        assert names == ["id", "source"]
        reader = duckdb.connect(str(path), read_only=True)  # the lease holds nothing now
        reader.close()


def test_store_sharing_reader_lets_a_writer_in_and_sees_its_commit(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write([_doc(1)])
    reader = SharedReader(str(path), timeout=30, linger=60.0)  # it would keep the file a minute
    stop = threading.Event()
    seen: list[int] = []
    errors: list[Exception] = []

    def read() -> None:
        while not stop.is_set():
            try:
                with reader.cursor() as cur:
                    seen.append(cur.execute("SELECT count(*) FROM documents").fetchone()[0])
            except Exception as exc:  # noqa: BLE001 - any failure is the finding
                errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        time.sleep(0.2)
        started = time.monotonic()
        with Store(path, timeout=20) as store:  # another Store, as a second process would be
            store.write([_doc(2), _doc(3)])
        waited = time.monotonic() - started
        time.sleep(0.2)
    finally:
        stop.set()
        for thread in threads:
            thread.join(10)
        reader.close()
    assert errors == []
    assert waited < 5.0  # not the reader's 60 s linger
    assert seen[0] == 1 and seen[-1] == 3


def test_store_sharing_turnstile_reports_a_waiting_writer(tmp_path):
    gate = Turnstile(str(tmp_path / "s.duckdb"))
    assert not gate.writer_waiting()
    held = gate.hold(time.monotonic() + 1)
    assert gate.writer_waiting()
    assert not gate.wait(time.monotonic() + 0.2)
    Turnstile.release(held)
    assert gate.wait(time.monotonic() + 1) and not gate.writer_waiting()
