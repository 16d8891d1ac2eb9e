"""The document view shows the entity graph: hover a mention for its entity and rule, click it
to highlight every mention of that entity (issue #10 item 2)."""

from __future__ import annotations

import pytest

pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
from test_browser import Server, browser, expect, page, problems  # noqa: E402, F401

from redline.model import Document, Entity, Mention, Sentence  # noqa: E402
from redline.store import Store  # noqa: E402
from redline.web import create_app  # noqa: E402

pytestmark = pytest.mark.browser

TEXT = (
    "The Prime Minister said on Tuesday that Canada would not be rushed. "
    "Mark Carney told reporters the decision was his to make. He said allies knew it."
)


def graph_document() -> Document:
    doc = Document(
        text=TEXT, source="fixtures/graph.txt", title="Who is who", published="2025-03-20"
    )
    doc.sentences = [Sentence(0, 68), Sentence(69, 124), Sentence(125, len(TEXT))]

    def span(text: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = TEXT.index(text, start + 1)
        return start, start + len(text)

    carney = dict(canonical="Mark Carney", type="person", actor="CANGOV")
    rows = [
        ("The Prime Minister", 0, "role", "role->office-holder-named-in-text"),
        ("Canada", 1, "name", "name"),
        ("Mark Carney", 0, "name", "name"),
        ("He", 0, "pronoun", "pronoun->subject"),
    ]
    for text, entity, kind, rule in rows:
        s, e = span(text)
        values = carney if entity == 0 else dict(canonical="Canada", type="country", actor="CAN")
        doc.mentions.append(Mention(s, e, text, entity, kind, rule=rule, **values))
    doc.mentions.sort(key=lambda m: m.start)
    s, e = span("Mark Carney")
    doc.entities = [Entity(s, e, "Mark Carney", "PERSON", "Mark Carney", "CANGOV")]
    return doc


@pytest.fixture(scope="module")
def graph_server(tmp_path_factory):
    db = tmp_path_factory.mktemp("graph") / "graph.duckdb"
    with Store(db) as store:
        store.write([graph_document()])
    with Server(create_app(str(db))) as server:
        yield server


def test_document_graph_mention_shows_entity_and_rule(graph_server, page):  # noqa: F811
    doc = graph_document()
    page.goto(f"{graph_server.url}/documents/{doc.id}")
    role = page.locator("#doc-text .mention", has_text="The Prime Minister")
    expect(role).to_have_attribute(
        "title", "Mark Carney (person) CANGOV · role · rule role->office-holder-named-in-text"
    )
    assert page.locator("#doc-text").inner_text().strip() == TEXT
    role.click()
    detail = page.locator("#detail")
    expect(detail).to_be_visible()
    expect(detail.locator("h3")).to_have_text("Mark Carney")
    expect(detail).to_contain_text("role->office-holder-named-in-text")
    selected = page.locator("#doc-text .sel-entity").all_inner_texts()
    assert selected == ["The Prime Minister", "Mark Carney", "He"]
    page.locator(".graph-entity", has_text="Canada").click()
    assert page.locator("#doc-text .sel-entity").all_inner_texts() == ["Canada"]
