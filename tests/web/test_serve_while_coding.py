"""A real ``redline serve`` and a real ``redline code`` on one store at the same time (issue
#12): coding succeeds, the API shows the new documents within seconds of their commit, and no
request fails on DuckDB's file lock meanwhile."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from web_fixtures import news_documents

import redline
from redline.store import Store

pytestmark = pytest.mark.model

ARTICLES = {
    "port-strike.txt": (
        "Dockworkers in Rotterdam began a 48-hour strike on Tuesday, halting container traffic "
        "at Europe's largest port. The Dutch government urged both sides to return to talks. "
        "Union leader Marijke de Vries said the workers would not back down."
    ),
    "border-talks.txt": (
        "India and China agreed on Friday to resume border talks, officials in New Delhi said. "
        "The Indian foreign ministry welcomed the decision. Beijing accused New Delhi of "
        "provocations along the frontier last month."
    ),
    "aid-convoy.txt": (
        "The United Nations sent an aid convoy to northern Syria on Sunday. Turkey criticized "
        "the delay at the border crossing. Aid workers said the trucks carried food and medicine."
    ),
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _redline(*args: str, **kwargs) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(Path(redline.__file__).parents[1]))
    return subprocess.Popen(
        [sys.executable, "-m", "redline.cli.main", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


class Poller:
    """Clients reading the API as fast as they can, recording every failure."""

    def __init__(self, url: str, clients: int = 2) -> None:
        self.url = url
        self.stop = threading.Event()
        self.errors: list[str] = []
        self.requests = 0
        self.totals: list[tuple[float, int]] = []  # (time, documents seen)
        self.threads = [threading.Thread(target=self._run) for _ in range(clients)]

    def _run(self) -> None:
        with httpx.Client(base_url=self.url, timeout=60) as client:
            while not self.stop.is_set():
                for path in ("/api/documents", "/api/events", "/"):
                    try:
                        response = client.get(path)
                    except httpx.HTTPError as exc:
                        self.errors.append(f"{path}: {exc!r}")
                        continue
                    self.requests += 1
                    if response.status_code != 200:
                        self.errors.append(f"{path}: {response.status_code} {response.text[:200]}")
                    elif path == "/api/documents":
                        self.totals.append((time.monotonic(), response.json()["total"]))
                self.stop.wait(0.02)  # leave the coder some of the machine

    def __enter__(self) -> Poller:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(60)


def test_serve_while_coding_sees_new_documents_without_errors(tmp_path):
    db = tmp_path / "news.duckdb"
    with Store(db) as store:
        store.write(news_documents())
    before = len(news_documents())
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, text in ARTICLES.items():
        (inputs / name).write_text(text, encoding="utf-8")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = _redline("serve", "--db", str(db), "--port", str(port))
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/api/summary", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None, server.stderr.read()
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
        with Poller(url) as poller:
            coder = _redline("code", str(inputs), "--db", str(db), "--quiet")
            out, err = coder.communicate(timeout=300)
            coded_at = time.monotonic()
            assert coder.returncode == 0, err
            seen_at = None
            while seen_at is None and time.monotonic() < coded_at + 10:
                time.sleep(0.1)
                seen_at = next((t for t, n in poller.totals if n == before + len(ARTICLES)), None)
        assert seen_at is not None, "the API never showed the new documents"
        assert seen_at - coded_at < 5.0
        assert poller.errors == []
        assert poller.requests > 20
        body = httpx.get(f"{url}/api/documents", params={"q": "Rotterdam"}).json()
        assert body["total"] == 1 and "strike" in body["items"][0]["snippet"]
    finally:
        server.terminate()
        server.wait(20)
    assert "Conflicting lock" not in server.stderr.read()
