"""The dashboard in a real browser: Debian's Chromium driven by Playwright.

Each page is loaded against the fixture store, its visible content checked, and a screenshot
saved. Screenshots go to a temporary folder so a test run never rewrites tracked files; to
refresh the README's pictures run ``REDLINE_SCREENSHOTS=docs/screenshots pytest tests/web``.
"""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest
from web_fixtures import XSS_IMG, XSS_SCRIPT, FakePipeline, news_documents, xss_document

from redline.web import create_app

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(
    os.environ.get("REDLINE_SCREENSHOTS") or Path(tempfile.gettempdir()) / "redline-screenshots"
)

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install playwright)"
)
if not Path(CHROMIUM).exists():  # pragma: no cover - depends on the machine
    pytest.skip(
        f"{CHROMIUM} is missing (apt-get install chromium; see ci/browser-deps.sh)",
        allow_module_level=True,
    )
expect = sync_api.expect


class Server:
    """Uvicorn serving an app on a free localhost port in a background thread."""

    def __init__(self, app) -> None:
        import uvicorn

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(news_db):
    with Server(create_app(news_db, pipeline_factory=FakePipeline)) as server:
        yield server


@pytest.fixture(scope="module")
def xss_server(xss_db):
    with Server(create_app(xss_db)) as server:
        yield server


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def problems() -> list[str]:
    """Script errors and failed loads seen by the page; a test expecting one removes it."""
    return []


@pytest.fixture
def page(browser, problems):
    """A fresh page at 1280x800 that fails the test on any script error or CSP violation."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on(
        "console",
        lambda msg: problems.append(f"console: {msg.text}") if msg.type == "error" else None,
    )
    yield page
    context.close()
    assert problems == []


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def test_browser_documents_page_lists_the_store(server, page):
    page.goto(server.url + "/")
    docs = news_documents()
    expect(page.locator(".doc-item")).to_have_count(len(docs))
    for doc in docs:
        expect(page.get_by_role("link", name=doc.title)).to_be_visible()
    expect(page.locator(".counts")).to_contain_text(f"{len(docs)} documents")
    shot(page, "documents")
    page.get_by_placeholder("Search titles, text and sources").fill("Kharkiv")
    page.get_by_role("button", name="Search").click()
    expect(page.locator(".doc-item")).to_have_count(1)


def test_browser_document_event_shows_source_target_and_rule(server, page):
    doc = news_documents()[1]
    page.goto(server.url + "/")
    page.get_by_role("link", name=doc.title).click()
    expect(page.locator("h1.doc-heading")).to_have_text(doc.title)
    detail = page.locator("#detail")
    expect(detail).to_be_hidden()
    page.locator("#doc-text .trigger", has_text="shelled").click()
    expect(detail).to_be_visible()
    event = doc.events[0]
    expect(detail.locator(".f-source")).to_contain_text(event.source_text)
    expect(detail.locator(".f-target")).to_contain_text(event.target_text)
    expect(detail.locator(".f-code")).to_contain_text(f"{event.code} {event.name}")
    expect(detail.locator(".f-goldstein")).to_have_text(f"{event.goldstein:+.1f}")
    expect(detail.locator(".f-rule")).to_have_text(event.rule)
    assert "".join(page.locator("#doc-text .sel-source").all_inner_texts()) == event.source_text
    expect(page.locator(".event-item.selected")).to_have_attribute("data-event", "0")
    shot(page, "document")
    # the second event, from the list: its own sentence and rule replace the first
    page.locator(".event-item", has_text=doc.events[1].name).click()
    expect(detail.locator(".f-rule")).to_have_text(doc.events[1].rule)
    expect(page.locator("#doc-text .sel-target")).to_have_text(doc.events[1].target_text)
    sources = page.locator("#doc-text .sel-source").all_inner_texts()
    assert "".join(sources) == doc.events[1].source_text


def test_browser_document_shows_commentary_and_removed_lines(server, page):
    doc = news_documents()[0]
    page.goto(f"{server.url}/documents/{doc.id}")
    removed = page.locator("details.removed")
    expect(removed.locator("p").first).to_be_hidden()
    removed.locator("summary").click()
    expect(removed.locator("p").first).to_have_text(doc.removed[0])
    page.locator("details.commentary summary").click()
    expect(page.locator("details.commentary p")).to_have_text(doc.commentary[0])
    page.locator(".quote-item").first.click()
    expect(page.locator("#doc-text .sel-speaker")).to_have_text(doc.quotes[0].speaker_text)
    page.get_by_label("entities").uncheck()
    expect(page.locator("#doc-text")).to_have_class("doc-text hide-ents")


def test_browser_timeline_draws_quad_classes_and_lists_a_day(server, page):
    page.goto(server.url + "/timeline")
    kept = [e for d in news_documents() for e in d.events if not e.negated]
    days = {e.date for e in kept}
    expect(page.locator("#timeline-status")).to_contain_text(
        f"{len(kept)} events over {len(days)} days"
    )
    bars = page.locator("#timeline-chart rect.bar")
    expect(bars).to_have_count(len({(e.date, e.quad_class) for e in kept}))
    expect(page.locator("#timeline-chart .gold-dot")).to_have_count(len(days))
    shot(page, "timeline")
    page.locator('rect.bar[data-period="2024-09-14"][data-quad="4"]').click()
    rows = page.locator("#timeline-events .event-row")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Use conventional military force")
    rows.first.get_by_role("link").click()
    expect(page.locator("h1.doc-heading")).to_have_text(news_documents()[1].title)


def test_browser_timeline_filters_by_dyad(server, page):
    page.goto(server.url + "/timeline?source=CAN&target=UKR")
    expect(page.locator("#timeline-filters [name=source]")).to_have_value("CAN")
    expect(page.locator("#timeline-chart rect.bar")).to_have_count(2)
    expect(page.locator("#timeline-status")).to_contain_text("by CAN on UKR")


def test_browser_network_edges_open_their_events(server, page):
    page.goto(server.url + "/network")
    nodes = page.locator("#network-chart g.node")
    actors = {
        a
        for d in news_documents()
        for e in d.events
        if not e.negated
        for a in (e.source_actor, e.target_actor)
    }
    expect(nodes).to_have_count(len(actors))
    page.locator('g.edge[data-source="CAN"][data-target="UKR"] .arrow').click()
    rows = page.locator("#network-events .event-row")
    expect(page.locator("#network-events h2")).to_have_text("CAN → UKR")
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text("Provide aid")
    shot(page, "network")


def test_browser_quotes_by_speaker(server, page):
    page.goto(server.url + "/quotes")
    expect(page.locator(".quote-card")).to_have_count(sum(len(d.quotes) for d in news_documents()))
    shot(page, "quotes")
    page.locator(".speaker-list a", has_text="Kenji Mori").click()
    expect(page.locator(".quote-card")).to_have_count(1)
    expect(page.locator(".quote-card blockquote")).to_contain_text("Dialogue is the only way")


def test_browser_code_your_text_opens_the_document_view(server, page):
    page.goto(server.url + "/code")
    page.get_by_label("Title").fill("Ministry condemns raid")
    page.get_by_label("Article").fill(
        "ATHENS — The ministry condemned the raid on Monday, calling it unlawful.\n\n"
        "Officials said talks with the unions would resume next week."
    )
    shot(page, "code")
    page.get_by_role("button", name="Code it").click()
    expect(page.locator("h1.doc-heading")).to_have_text("Ministry condemns raid")
    expect(page.locator(".notice")).to_contain_text("not stored")
    page.locator("#doc-text .trigger", has_text="condemned").click()
    expect(page.locator("#detail .f-rule")).to_have_text("fake:111")


def test_browser_code_your_text_shows_api_errors(server, page, problems):
    page.goto(server.url + "/code")
    page.get_by_label("Article").fill("   x   ")
    page.evaluate("document.querySelector('textarea').value = '   '")
    page.evaluate("document.querySelector('textarea').removeAttribute('required')")
    page.get_by_role("button", name="Code it").click()
    expect(page.locator("#code-status")).to_contain_text("text is empty")
    assert len(problems) == 1 and "422" in problems[0]
    problems.clear()


@pytest.mark.parametrize(
    "path", ["/", "/documents/{id}", "/quotes", "/network?mentions=1", "/timeline"]
)
def test_browser_payloads_never_run(xss_server, page, path):
    page.goto(xss_server.url + path.format(id=xss_document().id))
    page.wait_for_load_state("networkidle")
    if path == "/documents/{id}":
        page.locator("#doc-text .trigger").first.click()
        expect(page.locator("#detail .f-rule")).to_contain_text(XSS_SCRIPT)
        expect(page.locator("#doc-text")).to_contain_text(XSS_IMG)
    elif path.startswith("/network"):
        page.locator("g.edge .arrow").first.click()
        expect(page.locator("#network-events .event-row")).to_contain_text(XSS_IMG)
    elif path == "/timeline":
        page.locator("rect.bar").first.click()
        expect(page.locator("#timeline-events .event-row")).to_contain_text(XSS_IMG)
    else:
        expect(page.locator("main")).to_contain_text(XSS_IMG)
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("main img").count() == 0


@pytest.mark.model
def test_browser_example_corpus_pages_load(tmp_path_factory, page):
    """The newcomer's path: code the bundled examples, serve them, open every page."""
    import subprocess
    import sys

    examples = Path(__file__).resolve().parents[2] / "examples"
    if not any(examples.glob("*.txt")):
        pytest.skip("no bundled examples")
    db = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    subprocess.run(
        [sys.executable, "-m", "redline.cli.main", "code", str(examples), "--db", str(db), "-q"],
        capture_output=True,
        timeout=300,
    )
    with Server(create_app(str(db))) as srv:
        page.goto(srv.url + "/")
        items = page.locator(".doc-item")
        expect(items.first).to_be_visible()
        count = items.count()
        assert count >= 5
        shot(page, "example-documents")
        # the article with the most coded events makes the clearest picture of the document view
        page.goto(srv.url + "/documents/" + _busiest_document(db))
        expect(page.locator("#doc-text")).to_be_visible()
        assert len(page.locator("#doc-text").inner_text()) > 200
        events = page.locator(".event-item")
        if events.count():
            events.first.click()
        shot(page, "example-document")
        for path in ("/timeline", "/network", "/quotes", "/code"):
            page.goto(srv.url + path)
            page.wait_for_load_state("networkidle")
            expect(page.locator("main h1")).to_be_visible()
            shot(page, "example-" + path.strip("/"))


def _busiest_document(db) -> str:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute(
            "SELECT doc_id FROM events GROUP BY doc_id ORDER BY count(*) DESC, doc_id LIMIT 1"
        ).fetchone()
        return row[0] if row else con.execute("SELECT id FROM documents LIMIT 1").fetchone()[0]
    finally:
        con.close()


@pytest.fixture(scope="module")
def history_server(history_db):
    with Server(create_app(history_db)) as server:
        yield server


def test_browser_network_shows_coded_actors_unless_asked(history_server, page):
    page.goto(history_server.url + "/network")
    nodes = page.locator("#network-chart g.node")
    expect(nodes).to_have_count(2)  # SRBCOP and SRBOPP; SRBGOV acted only on "the organisers"
    expect(page.locator('g.node[data-actor="the organisers"]')).to_have_count(0)
    expect(page.locator("#network-status")).to_contain_text("coded actors")
    page.get_by_label("mention text too").check()
    page.locator("#network-filters button").click()
    expect(page.locator('g.node[data-actor="the organisers"]')).to_have_count(1)
    expect(nodes).to_have_count(4)
    expect(page.get_by_label("mention text too")).to_be_checked()


@pytest.mark.parametrize("interval", ["day", "year"])
def test_browser_timeline_axis_is_time(history_server, page, interval):
    """Sixteen years between two articles show as sixteen years, not as neighbouring bars."""
    page.goto(history_server.url + f"/timeline?interval={interval}")
    bars = page.locator("#timeline-chart rect.bar")
    expect(bars).to_have_count(4)  # two days, two QuadClasses each
    xs = sorted({float(x) for x in bars.evaluate_all("rs => rs.map(r => r.dataset.x)")})
    width = float(page.locator("#timeline-chart svg").get_attribute("width"))
    assert len(xs) == 2 and xs[1] - xs[0] > 0.8 * (width - 104)  # the plot's whole width
    labels = page.locator("#timeline-chart text.axis-label").all_text_contents()
    assert {"2005", "2010", "2015"} <= set(labels)
