"""Repeated API reads come from the cache only while the store is unchanged."""

from __future__ import annotations

import shutil

from web_fixtures import LocalClient, history_documents, news_documents

from redline.store import Store
from redline.web import create_app


def test_cache_repeats_answers_until_the_store_changes(news_db, tmp_path):
    path = tmp_path / "news.duckdb"
    shutil.copy(news_db, path)
    with LocalClient(create_app(str(path))) as client:
        first = client.get("/api/documents")
        again = client.get("/api/documents")
        assert first.headers["x-redline-cache"] == "miss"
        assert again.headers["x-redline-cache"] == "hit"
        assert again.json() == first.json()
        assert "content-security-policy" in again.headers  # the Guard still wraps hits
        assert client.get("/api/documents?limit=2").headers["x-redline-cache"] == "miss"
        with Store(path) as store:  # another writer, as `redline code` would be
            store.write(history_documents())
        after = client.get("/api/documents")
        assert after.headers["x-redline-cache"] == "miss"
        assert after.json()["total"] == len(news_documents()) + len(history_documents())


def test_cache_keeps_no_errors_and_no_pages(news_db):
    with LocalClient(create_app(news_db)) as client:
        for _ in range(2):
            missing = client.get("/api/documents/0000000000000000")
            assert missing.status_code == 404 and missing.headers["x-redline-cache"] == "miss"
        assert "x-redline-cache" not in client.get("/").headers


def test_cache_query_memo_is_replaced_by_a_commit(news_db, tmp_path):
    """Lists' orders and counts are kept per store version: a writer's commit starts afresh."""
    path = tmp_path / "news.duckdb"
    shutil.copy(news_db, path)
    with LocalClient(create_app(str(path))) as client:
        memos = client.app.state.redline.access.memo
        first = client.get("/api/events?limit=1&offset=1").json()
        kept = memos.current()
        assert kept.kept and client.get("/api/events?limit=1").json()["total"] == first["total"]
        assert memos.current() is kept
        with Store(path) as store:
            store.write(history_documents())
        assert memos.current() is not kept and not memos.current().kept
        after = client.get("/api/documents?limit=1&offset=1").json()
        assert after["total"] == len(news_documents()) + len(history_documents())


def test_cache_query_memo_is_bounded_and_computes_once():
    from array import array

    from redline.web.state import VersionMemo

    memo = VersionMemo(entries=2, max_bytes=8 * 150)
    calls = []

    def rowids(n):
        def compute():
            calls.append(n)
            return array("q", range(n))

        return compute

    assert list(memo.remember(("a",), rowids(100))) == list(range(100))
    memo.remember(("a",), rowids(100))
    assert calls == [100]  # kept, not computed again
    memo.remember(("b",), rowids(100))  # over the byte budget: the oldest goes
    assert list(memo.kept) == [("b",)]
    memo.remember(("c",), rowids(1))
    memo.remember(("d",), rowids(1))  # over the entry count
    assert list(memo.kept) == [("c",), ("d",)]


def test_cache_query_memo_computes_a_key_once_for_concurrent_requests():
    """After a commit every client asks at once; one of them runs the query, the rest wait."""
    import threading
    import time

    from redline.web.state import VersionMemo

    memo = VersionMemo()
    calls = []

    def slow():
        calls.append(1)
        time.sleep(0.05)
        return {"a": (1, 2, 3)}

    threads = [
        threading.Thread(target=memo.remember, args=(("annotation_counts",), slow))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1 and memo.kept[("annotation_counts",)] == {"a": (1, 2, 3)}


def test_cache_memo_answers_pages_without_the_store_until_a_commit(news_db, tmp_path):
    """Once a list's order and rows are kept, its other pages come from the memo alone (no
    cursor: the reader is closed) and equal what the query layer gives; after another
    writer's commit the next page reads the store again and shows the new documents."""
    from redline.query import list_documents, list_events

    path = tmp_path / "news.duckdb"
    shutil.copy(news_db, path)
    with LocalClient(create_app(str(path))) as client:
        access = client.app.state.redline.access
        first = client.get("/api/events?limit=2")
        assert "x-redline-memo" not in first.headers  # the first read fills the memo
        access.reader.close()  # any read of the store would now fail with 503
        with Store(path, read_only=True) as store:
            events, n_events = list_events(store.con, limit=500)
            documents, n_docs = list_documents(store.con, limit=500)
        again = client.get("/api/events?limit=2&offset=1")
        assert again.status_code == 200 and again.headers["x-redline-memo"] == "kept"
        assert again.json()["items"] == json_rows(events[1:3]) and again.json()["total"] == n_events
        assert client.get("/api/documents?limit=2").status_code == 503  # not kept yet
    with LocalClient(create_app(str(path))) as client:
        assert "x-redline-memo" not in client.get("/api/documents?limit=2").headers
        page = client.get("/api/documents?limit=2&offset=2")
        assert page.headers["x-redline-memo"] == "kept"
        assert page.json()["items"] == json_rows(documents[2:4]) and page.json()["total"] == n_docs
        with Store(path) as store:
            store.write(history_documents())
        after = client.get("/api/documents?limit=2&offset=4")
        assert "x-redline-memo" not in after.headers
        assert after.json()["total"] == n_docs + len(history_documents())


def json_rows(rows: list[dict]) -> list[dict]:
    """Rows as the API writes them (dates as ISO text)."""
    import json

    return json.loads(json.dumps(rows, default=str))
