"""The JSON API and the server-rendered pages, against a hand-built store."""

from __future__ import annotations

import shutil

import duckdb
import pytest
from markupsafe import escape
from web_fixtures import (
    XSS_IMG,
    XSS_SCRIPT,
    FakePipeline,
    LocalClient,
    news_documents,
    xss_document,
)

from redline.errors import RedlineError
from redline.model import Document, check_offsets
from redline.store import Store
from redline.web import create_app

DOCS = news_documents()
ALL_EVENTS = [(d, e) for d in DOCS for e in d.events]


@pytest.fixture(scope="module")
def client(news_db):
    with LocalClient(create_app(news_db)) as client:
        yield client


@pytest.fixture(scope="module")
def xss_client(xss_db):
    with LocalClient(create_app(xss_db)) as client:
        yield client


def _keys(items):
    return sorted((i["doc_id"], i["idx"]) for i in items)


def _expected(predicate):
    return sorted((d.id, i) for d in DOCS for i, e in enumerate(d.events) if predicate(d, e))


# -- documents ----------------------------------------------------------------------------------


def test_app_documents_lists_newest_first_with_total(client):
    body = client.get("/api/documents").json()
    assert body["total"] == len(DOCS)
    published = [item["published"] for item in body["items"]]
    assert published == sorted((d.published for d in DOCS), reverse=True)
    by_id = {d.id: d for d in DOCS}
    for item in body["items"]:
        assert item["n_events"] == len(by_id[item["id"]].events)
        assert item["n_quotes"] == len(by_id[item["id"]].quotes)


def test_app_documents_search_and_paging(client):
    body = client.get("/api/documents", params={"q": "FISHERIES"}).json()
    assert [i["title"] for i in body["items"]] == [
        d.title for d in DOCS if "fisheries" in (d.title + d.text).lower()
    ]
    first = client.get("/api/documents", params={"limit": 2}).json()
    second = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert len(first["items"]) == 2 and first["total"] == len(DOCS)
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}


def test_app_document_detail_has_all_spans(client):
    doc = DOCS[1]
    record = client.get(f"/api/documents/{doc.id}").json()
    loaded = Document.from_dict(record)
    assert check_offsets(loaded) == []
    assert loaded.to_dict() == doc.to_dict()


def test_app_document_unknown_is_404(client):
    response = client.get("/api/documents/0000000000000000")
    assert response.status_code == 404
    assert "no document" in response.json()["detail"]
    assert client.get("/documents/0000000000000000").status_code == 404


# -- events -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "predicate"),
    [
        (
            {"actor": "ukr"},  # an actor code matches by prefix: UKR finds UKR and UKRGOV
            lambda d, e: any((c or "").startswith("UKR") for c in (e.source_actor, e.target_actor)),
        ),
        ({"actor": "Canada"}, lambda d, e: "Canada" in (e.source_text, e.target_text)),
        (
            {"source": "CAN", "target": "UKR"},
            lambda d, e: (e.source_actor, e.target_actor) == ("CAN", "UKR"),
        ),
        ({"code": "11"}, lambda d, e: e.code.startswith("11")),
        ({"code": "070"}, lambda d, e: e.code == "070"),
        ({"root": "19"}, lambda d, e: e.root_code == "19"),
        ({"plover": "accuse"}, lambda d, e: e.plover == "ACCUSE"),
        ({"quad_class": 4}, lambda d, e: e.quad_class == 4),
        ({"speaker": "keller"}, lambda d, e: "Keller" in (e.reported_by or "")),
        (
            {"date_from": "2024-09-14", "date_to": "2024-09-16"},
            lambda d, e: "2024-09-14" <= e.date <= "2024-09-16",
        ),
        ({"q": "sanctions"}, lambda d, e: "sanctions" in e.text),
        ({"negated": "true"}, lambda d, e: e.negated),
    ],
)
def test_app_events_filters(client, params, predicate):
    body = client.get("/api/events", params={**params, "limit": 500}).json()
    expected = _expected(predicate)
    assert expected, "the fixture should exercise this filter"
    assert _keys(body["items"]) == expected
    assert body["total"] == len(expected)


def test_app_events_items_name_their_rule_and_document(client):
    items = client.get("/api/events", params={"limit": 500}).json()["items"]
    assert len(items) == len(ALL_EVENTS)
    titles = {d.id: d.title for d in DOCS}
    for item in items:
        assert item["rule"]
        assert item["doc_title"] == titles[item["doc_id"]]
        assert item["day"] == item["date"]


# -- quotes, actors, dyads, timeline ------------------------------------------------------------


def test_app_quotes_by_speaker(client):
    body = client.get("/api/quotes", params={"speaker": "keller"}).json()
    expected = [q.text for d in DOCS for q in d.quotes if "Keller" in q.speaker]
    assert sorted(i["text"] for i in body["items"]) == sorted(expected)
    assert {i["speaker_name"] for i in body["items"]} == {"Anna Keller"}
    speakers = client.get("/api/speakers").json()
    top = speakers["items"][0]
    assert (top["speaker"], top["quotes"]) == ("Anna Keller", len(expected))


def test_app_actors_count_both_sides_without_negated_events(client):
    items = {a["actor"]: a for a in client.get("/api/actors").json()["items"]}
    kept = [e for _, e in ALL_EVENTS if not e.negated]
    for code in ("UKR", "CAN", "RUSMIL"):
        as_source = sum(e.source_actor == code for e in kept)
        as_target = sum(e.target_actor == code for e in kept)
        assert (items[code]["as_source"], items[code]["as_target"]) == (as_source, as_target)
    assert "RUS" in items and items["RUS"]["events"] == sum(
        "RUS" in (e.source_actor, e.target_actor) for e in kept
    )
    named = client.get("/api/actors", params={"name": "kharkiv"}).json()["items"]
    assert [a["actor"] for a in named] == ["UKR"]


def test_app_dyads_weight_and_mean_goldstein(client):
    dyads = client.get("/api/dyads").json()["items"]
    pair = next(d for d in dyads if (d["source"], d["target"]) == ("CAN", "UKR"))
    events = [e for _, e in ALL_EVENTS if (e.source_actor, e.target_actor) == ("CAN", "UKR")]
    assert pair["events"] == len(events)
    assert pair["goldstein"] == pytest.approx(sum(e.goldstein for e in events) / len(events))
    assert dyads[0]["events"] >= dyads[-1]["events"]
    assert all(d["events"] >= 2 for d in client.get("/api/dyads?min_events=2").json()["items"])


def test_app_timeline_counts_per_day_and_quad_class(client):
    body = client.get("/api/timeline").json()
    kept = [e for _, e in ALL_EVENTS if not e.negated]
    for row in body["items"]:
        match = [e for e in kept if e.date == row["date"] and e.quad_class == row["quad_class"]]
        assert row["events"] == len(match)
    assert sum(t["events"] for t in body["totals"]) == len(kept)
    dyad = client.get("/api/timeline", params={"source": "CAN", "target": "UKR"}).json()
    assert [t["date"] for t in dyad["totals"]] == ["2024-09-13", "2024-09-18"]
    monthly = client.get("/api/timeline", params={"interval": "month"}).json()
    assert [t["date"] for t in monthly["totals"]] == ["2024-09"]


# -- bad parameters -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "mentions"),
    [
        ("/api/events?quad_class=5", "quad_class"),
        ("/api/events?quad_class=war", "quad_class"),
        ("/api/events?date_from=2024-02-30", "date_from"),
        ("/api/events?date_from=2024-09-20&date_to=2024-09-01", "after"),
        ("/api/events?code=04%27%20OR%201=1", "code"),
        ("/api/events?root=123", "root"),
        ("/api/events?date_from=2024-13", "date"),
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=100000", "limit"),
        ("/api/documents?offset=-1", "offset"),
        ("/api/documents?q=" + "x" * 201, "q"),
        ("/api/quotes?kind=shouted", "kind"),
        ("/api/timeline?interval=hour", "interval"),
        ("/api/dyads?min_events=0", "min_events"),
    ],
)
def test_app_bad_parameters_give_clear_4xx(client, url, mentions):
    response = client.get(url)
    assert 400 <= response.status_code < 500
    assert mentions in response.json()["detail"]


def test_app_search_text_is_never_sql(client):
    response = client.get("/api/documents", params={"q": "'; DROP TABLE documents; --"})
    assert response.json()["total"] == 0
    wildcard = client.get("/api/events", params={"q": "%"}).json()
    assert wildcard["total"] == 0  # a literal percent sign, not a LIKE wildcard
    assert client.get("/api/documents").json()["total"] == len(DOCS)


def test_app_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/events",
        "/api/quotes",
        "/api/actors",
        "/api/dyads",
        "/api/timeline",
        "/api/code",
    ):
        assert path in paths
    assert "/documents/{doc_id}" not in paths


# -- safety -------------------------------------------------------------------------------------


def test_app_store_is_opened_read_only(news_db):
    app = create_app(news_db)
    with app.state.access.reader.cursor() as cur, pytest.raises(duckdb.Error):
        cur.execute("DELETE FROM documents")
    app.state.access.close()


def test_app_refuses_missing_or_foreign_store(tmp_path):
    with pytest.raises(RedlineError, match="no store"):
        create_app(str(tmp_path / "missing.duckdb"))
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(RedlineError, match="not a redline store"):
        create_app(str(other))


@pytest.mark.parametrize("path", ["/", "/quotes", "/timeline", "/api/documents"])
def test_app_sends_security_headers(client, path):
    headers = client.get(path).headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", ["/", "/documents/{id}", "/quotes", "/quotes?speaker=img"])
def test_app_pages_escape_every_payload(xss_client, path):
    page = xss_client.get(path.format(id=xss_document().id)).text
    assert XSS_SCRIPT not in page and XSS_IMG not in page
    assert 'onerror="window' not in page
    assert escape(XSS_SCRIPT) in page
    assert "javascript:" not in page  # the document's javascript: URL is not linked


def test_app_document_page_shows_every_field_escaped(xss_client):
    page = xss_client.get(f"/documents/{xss_document().id}").text
    escaped_img = escape(XSS_IMG)
    assert page.count(escape(XSS_SCRIPT)) >= 5  # title, text, entity, quote, commentary
    assert escaped_img in page
    assert "<script" not in page.replace('<script src="/static/', "")


def test_app_pages_render(client):
    doc = DOCS[0]
    page = client.get(f"/documents/{doc.id}").text
    assert doc.title in page
    assert 'data-triggers="0"' in page and "verb:will-&gt;070" in page
    assert "Removed boilerplate (2)" in page and "Commentary around the article (1)" in page
    index = client.get("/").text
    assert all(d.title in index for d in DOCS)
    quotes = client.get("/quotes", params={"speaker": "Kenji"}).text
    assert (
        "Dialogue is the only way forward" in quotes
        and "Keller" not in quotes.split('class="quote-cards"')[1]
    )
    for path in ("/timeline", "/network", "/code"):
        assert client.get(path).status_code == 200


def test_app_static_files_ship_in_the_package(client):
    for name in ("redline.css", "common.js", "document.js", "timeline.js", "network.js", "code.js"):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200 and len(response.text) > 200
    assert "innerHTML" not in client.get("/static/common.js").text


# -- POST /api/code -----------------------------------------------------------------------------

ARTICLE = "The ministry condemned the raid on Monday. Talks will resume next week."


def test_app_code_returns_the_record_without_storing(news_db):
    pipeline = FakePipeline()
    with LocalClient(create_app(news_db, pipeline_factory=lambda: pipeline)) as client:
        response = client.post(
            "/api/code", json={"text": ARTICLE, "published": "2024-10-01", "title": "A raid"}
        )
        assert response.status_code == 200
        record = response.json()
        assert record["events"][0]["code"] == "111" and record["published"] == "2024-10-01"
        assert response.headers["x-redline-stored"] == "false"
        assert client.get(f"/api/documents/{record['id']}").status_code == 404
        page = client.get(f"/documents/{record['id']}")
        assert page.status_code == 200 and "not stored" in page.text
        again = client.post("/api/code", json={"text": ARTICLE, "published": "2024-10-01"})
        assert again.json()["id"] == record["id"]
    assert pipeline.calls == 2


def test_app_code_refuses_to_store_on_a_read_only_server(news_db):
    with LocalClient(create_app(news_db, pipeline_factory=FakePipeline)) as client:
        response = client.post("/api/code?store=true", json={"text": ARTICLE})
    assert response.status_code == 403
    assert "--allow-store" in response.json()["detail"]


def test_app_code_stores_when_allowed(news_db, tmp_path):
    path = tmp_path / "copy.duckdb"
    shutil.copy(news_db, path)
    with LocalClient(
        create_app(str(path), allow_store=True, pipeline_factory=FakePipeline)
    ) as client:
        record = client.post("/api/code?store=true", json={"text": ARTICLE}).json()
        assert client.get(f"/api/documents/{record['id']}").json()["events"] == record["events"]
    with Store(path, read_only=True) as store:
        assert store.count("documents") == len(DOCS) + 1


@pytest.mark.parametrize(
    ("kwargs", "status", "mentions"),
    [
        ({"content": "{not json", "headers": {"content-type": "application/json"}}, 400, "JSON"),
        ({"json": {"body": "no text key"}}, 422, "text"),
        ({"json": {"text": "   "}}, 422, "empty"),
        ({"json": {"text": ARTICLE, "published": "13/09/2024"}}, 422, "published"),
        ({"json": {"text": ARTICLE, "title": 5}}, 422, "title"),
        ({"content": b"\xff\xfe", "headers": {"content-type": "application/json"}}, 400, "UTF-8"),
        ({"content": "<x/>", "headers": {"content-type": "application/xml"}}, 415, "json"),
        ({"content": ARTICLE, "headers": {"content-type": "text/plain"}}, 415, "json"),
        ({"json": {"text": "x" * 200_001}}, 413, "too large"),
    ],
)
def test_app_code_rejects_bad_bodies(news_db, kwargs, status, mentions):
    pipeline = FakePipeline()
    with LocalClient(create_app(news_db, pipeline_factory=lambda: pipeline)) as client:
        response = client.post("/api/code", **kwargs)
    assert response.status_code == status
    assert mentions in response.json()["detail"]
    assert pipeline.calls == 0


def test_app_code_counts_bodies_sent_without_a_length(news_db):
    def chunks():
        for _ in range(30):
            yield b"x" * 10_000

    with LocalClient(create_app(news_db, pipeline_factory=FakePipeline)) as client:
        response = client.post(
            "/api/code", content=chunks(), headers={"content-type": "application/json"}
        )
    assert response.status_code == 413


@pytest.mark.model
def test_app_code_with_the_real_pipeline(news_db):
    with LocalClient(create_app(news_db)) as client:
        response = client.post(
            "/api/code",
            json={
                "text": "Canada will send aid to Ukraine, Defence Minister Anna Keller said on "
                "Friday. She spoke in Ottawa.",
                "published": "2024-09-13",
            },
        )
    assert response.status_code == 200
    record = response.json()
    assert len(record["sentences"]) == 2
    assert {"Canada", "Ukraine"} <= {e["text"] for e in record["entities"]}
    assert check_offsets(Document.from_dict(record)) == []


# -- coded actors only (issue #12: mention text shown as actors) --------------------------------


def test_app_dyads_and_actors_can_leave_out_bare_mentions(history_db):
    with LocalClient(create_app(history_db)) as client:
        every = client.get("/api/dyads").json()["items"]
        coded = client.get("/api/dyads", params={"coded": "true"}).json()["items"]
        actors = client.get("/api/actors", params={"coded": "true"}).json()["items"]
    assert ("SRBGOV", "the organisers") in {(d["source"], d["target"]) for d in every}
    assert {(d["source"], d["target"]) for d in coded} == {
        ("SRBCOP", "SRBOPP"),
        ("SRBOPP", "SRBCOP"),
    }
    assert {a["actor"] for a in actors} == {"SRBCOP", "SRBOPP", "SRBGOV"}
