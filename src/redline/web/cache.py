"""Answers to repeated API reads, kept for as long as the store file is unchanged.

A dashboard asks the same questions again and again (the first page of documents, the events of
one actor) while the store changes only when a writer commits. So the answer to a ``GET /api/…``
is kept with a stamp of the store's files (modification time and size of ``<db>`` and
``<db>.wal``) taken before the request ran; it is given again only while the stamp is the same.
A commit always changes the files, and no commit can happen while a request holds the store
(see :mod:`redline.store.duck`), so an answer is never older than the store it claims to show.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict

CACHE_ENTRIES = 256
CACHE_MAX_BYTES = 1_000_000  # larger answers are not kept


def store_stamp(db_path: str) -> tuple:
    """What changes whenever anything is committed to the store."""
    stamp = []
    for path in (db_path, db_path + ".wal"):
        try:
            st = os.stat(path)
        except OSError:
            stamp.append(None)
        else:
            stamp.append((st.st_mtime_ns, st.st_size, st.st_ino))
    return tuple(stamp)


class CachedReads:
    """ASGI middleware: GET requests under ``/api/`` answered from the cache when the store is
    unchanged; the answer says which with ``x-redline-cache: hit`` or ``miss``."""

    def __init__(self, app, *, db_path: str, entries: int = CACHE_ENTRIES) -> None:
        self.app = app
        self.db_path = db_path
        self.entries = entries
        self.kept: OrderedDict[bytes, tuple[tuple, list, bytes]] = OrderedDict()
        self.lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    async def __call__(self, scope, receive, send) -> None:
        if (
            scope["type"] != "http"
            or scope.get("method") != "GET"
            or not scope.get("path", "").startswith("/api/")
        ):
            await self.app(scope, receive, send)
            return
        key = scope["path"].encode() + b"?" + scope.get("query_string", b"")
        stamp = store_stamp(self.db_path)
        with self.lock:
            entry = self.kept.get(key)
            if entry is not None and entry[0] == stamp:
                self.kept.move_to_end(key)
                self.hits += 1
            else:
                entry = None
                self.misses += 1
        if entry is not None:
            _, headers, body = entry
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [*headers, (b"x-redline-cache", b"hit")],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        await self._answer_and_keep(scope, receive, send, key, stamp)

    async def _answer_and_keep(self, scope, receive, send, key: bytes, stamp: tuple) -> None:
        start: dict = {}
        parts: list[bytes] = []
        keep = True

        async def capture(message) -> None:
            nonlocal keep
            if message["type"] == "http.response.start":
                start.update(message)
                keep = message.get("status") == 200
                message = {
                    **message,
                    "headers": [*message.get("headers", []), (b"x-redline-cache", b"miss")],
                }
            elif message["type"] == "http.response.body" and keep:
                parts.append(message.get("body", b""))
                if sum(len(p) for p in parts) > CACHE_MAX_BYTES:
                    keep = False
                    parts.clear()
            await send(message)

        await self.app(scope, receive, capture)
        if keep and start:
            headers = [h for h in start.get("headers", []) if h[0] != b"content-length"]
            body = b"".join(parts)
            headers.append((b"content-length", str(len(body)).encode()))
            with self.lock:
                self.kept[key] = (stamp, headers, body)
                self.kept.move_to_end(key)
                while len(self.kept) > self.entries:
                    self.kept.popitem(last=False)
