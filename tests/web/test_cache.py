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
