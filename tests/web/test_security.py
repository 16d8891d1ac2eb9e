"""The front door (issue #12): Host names, same-origin JSON writes, the bounded coding queue."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from web_fixtures import FakePipeline, LocalClient

from redline.web import create_app
from redline.web.security import allowed_host_names, host_name

ARTICLE = "The ministry condemned the raid on Monday. Talks will resume next week."


@pytest.fixture(scope="module")
def client(news_db):
    app = create_app(news_db, pipeline_factory=FakePipeline, host="127.0.0.1")
    with LocalClient(app) as client:
        yield client


# -- Host ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host", ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000", "LOCALHOST"]
)
def test_security_loopback_names_are_answered(client, host):
    assert client.get("/api/summary", headers={"host": host}).status_code == 200


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "", "0.0.0.0:8000"]
)
def test_security_other_host_names_are_refused(client, host):
    """A DNS-rebinding page reaches the server under its own name: it gets 421, not the store."""
    for path in ("/api/documents", "/", "/api/events"):
        response = client.get(path, headers={"host": host})
        assert response.status_code == 421
        assert "does not answer to host" in response.json()["detail"]
        assert "items" not in response.json()


def test_security_bound_and_allowed_names_are_answered(news_db):
    app = create_app(news_db, host="192.168.1.20", allowed_hosts=["redline.lan"])
    with LocalClient(app) as client:
        for host in ("192.168.1.20:8000", "redline.lan", "localhost"):
            assert client.get("/api/summary", headers={"host": host}).status_code == 200
        assert client.get("/api/summary", headers={"host": "other.lan"}).status_code == 421


def test_security_host_names_parse():
    assert host_name("[::1]:8000") == "::1" and host_name("Example.org:80") == "example.org"
    assert allowed_host_names("0.0.0.0") == {"localhost", "127.0.0.1", "::1"}


# -- state-changing requests --------------------------------------------------------------------


def test_security_code_accepts_same_origin_json(client):
    headers = {"origin": "http://localhost", "sec-fetch-site": "same-origin"}
    response = client.post("/api/code", json={"text": ARTICLE}, headers=headers)
    assert response.status_code == 200 and response.json()["events"][0]["code"] == "111"


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"origin": "https://news.example"}, 403),
        ({"origin": "null"}, 403),
        ({"origin": "http://localhost:9999"}, 403),
        ({"sec-fetch-site": "cross-site"}, 403),
        ({"sec-fetch-site": "same-site"}, 403),
        ({"origin": "http://localhost", "sec-fetch-site": "cross-site"}, 403),
    ],
)
def test_security_cross_site_posts_are_refused(client, headers, status):
    response = client.post("/api/code", json={"text": ARTICLE}, headers=headers)
    assert response.status_code == status
    assert "refused" in response.json()["detail"]


@pytest.mark.parametrize(
    "kind", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", None]
)
def test_security_writes_must_be_json(client, kind):
    """A cross-site form can send these without a CORS preflight; the app takes none of them."""
    headers = {"content-type": kind} if kind else {}
    response = client.post("/api/code", content=f'{{"text": "{ARTICLE}"}}', headers=headers)
    assert response.status_code == 415
    assert "application/json" in response.json()["detail"]


# -- the coding queue ---------------------------------------------------------------------------


class SlowPipeline(FakePipeline):
    """Codes only when the test lets it, so requests pile up in the queue."""

    def __init__(self) -> None:
        super().__init__()
        self.go = threading.Event()
        self.started = threading.Event()

    def __call__(self, doc):
        self.started.set()
        self.go.wait(10)
        return super().__call__(doc)


def test_security_coding_queue_is_bounded_and_pages_stay_fast(news_db):
    pipeline = SlowPipeline()
    app = create_app(news_db, pipeline_factory=lambda: pipeline, code_queue=2)
    with LocalClient(app) as client, ThreadPoolExecutor(8) as pool:

        def post(i: int):
            return client.post("/api/code", json={"text": f"{ARTICLE} Item {i}."})

        first = pool.submit(post, 0)
        assert pipeline.started.wait(5)
        waiting = [pool.submit(post, i) for i in (1, 2)]
        time.sleep(0.3)  # both are in the queue now
        refused = post(3)
        assert refused.status_code == 429
        assert "waiting" in refused.json()["detail"] and refused.headers["retry-after"]
        started = time.perf_counter()
        page = client.get("/")
        assert page.status_code == 200 and time.perf_counter() - started < 2.0
        pipeline.go.set()
        results = [first.result(10), *(f.result(10) for f in waiting)]
    assert [r.status_code for r in results] == [200, 200, 200]
    assert pipeline.calls == 3
