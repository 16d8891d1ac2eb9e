"""Shared test data for the web tests: invented news documents, XSS payloads, store fixtures."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from redline.model import Document, Entity, Event, Quote, Sentence
from redline.store import Store

XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '<img src=x onerror="window.__xss=1">'

# code -> (name, root, quad_class, goldstein, plover): facts for the fixture events only.
CODES = {
    "036": ("Express intent to meet or negotiate", "03", 1, 4.0, "AGREE"),
    "042": ("Make a visit", "04", 1, 1.9, "CONSULT"),
    "046": ("Engage in negotiation", "04", 1, 7.0, "CONSULT"),
    "057": ("Sign formal agreement", "05", 1, 8.0, "SUPPORT"),
    "070": ("Provide aid", "07", 2, 7.0, "AID"),
    "111": ("Criticize or denounce", "11", 3, -2.0, "ACCUSE"),
    "138": ("Threaten to use military force", "13", 3, -7.0, "THREATEN"),
    "173": ("Arrest, detain, or charge with legal action", "17", 4, -5.0, "COERCE"),
    "190": ("Use conventional military force", "19", 4, -10.0, "ASSAULT"),
}


def find(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def sentences_of(text: str) -> list[Sentence]:
    spans, start = [], 0
    for match in re.finditer(r"(?<=[.!?])\s+|(?<=[.!?]”)\s+", text):
        spans.append(Sentence(start, match.start()))
        start = match.end()
    spans.append(Sentence(start, len(text)))
    return spans


def make_event(doc: Document, trigger: str, source: str, target: str, code: str, **extra):
    """An event in the sentence holding ``trigger``, with offsets found in the text."""
    text = doc.text
    t_start, t_end = find(text, trigger)
    sentence = doc.sentence_at(t_start)
    s_start, s_end = find(text, source, sentence.start)
    g_start, g_end = find(text, target, sentence.start)
    name, root, quad, goldstein, plover = CODES[code]
    return Event(
        sentence.start,
        sentence.end,
        text[sentence.start : sentence.end],
        code,
        root,
        extra.pop("name", name),
        quad_class=quad,
        goldstein=goldstein,
        plover=plover,
        source_text=source,
        source_start=s_start,
        source_end=s_end,
        source_actor=extra.pop("source_actor", None),
        target_text=target,
        target_start=g_start,
        target_end=g_end,
        target_actor=extra.pop("target_actor", None),
        trigger_text=trigger,
        trigger_start=t_start,
        trigger_end=t_end,
        rule=extra.pop("rule", f"verb:{trigger.split()[0].lower()}->{code}"),
        **extra,
    )


def make_quote(
    doc: Document,
    content: str,
    speaker: str,
    cue: str,
    kind: str = "direct",
    speaker_text: str | None = None,
) -> Quote:
    q_start, q_end = find(doc.text, content)
    sp_text = speaker_text or speaker
    sentence = doc.sentence_at(q_start)
    sp_start, sp_end = find(doc.text, sp_text, sentence.start)
    c_start, c_end = find(doc.text, cue, sentence.start)
    return Quote(
        q_start,
        q_end,
        content,
        kind,
        speaker=speaker,
        speaker_text=sp_text,
        speaker_start=sp_start,
        speaker_end=sp_end,
        cue=cue,
        cue_start=c_start,
        cue_end=c_end,
        rule=f"{kind}:cue-after",
    )


def make_entities(doc: Document, names: dict[str, str]) -> list[Entity]:
    ents = []
    for surface, label in names.items():
        for match in re.finditer(rf"\b{re.escape(surface)}\b", doc.text):
            ents.append(Entity(match.start(), match.end(), surface, label))
    return sorted(ents, key=lambda e: e.start)


def news_documents() -> list[Document]:
    """Five invented articles with events on different days and dyads."""
    docs = []

    text = (
        "OTTAWA — Canada will send 20 armoured vehicles to Ukraine, Defence Minister Anna Keller "
        "said on Friday.\n\n“We stand with Ukraine for as long as it takes,” Keller told "
        "reporters in Ottawa. The package follows a visit by Ukraine's foreign minister last "
        "month."
    )
    doc = Document(
        text=text,
        source="fixtures/canada-aid.txt",
        title="Canada pledges armoured vehicles to Ukraine",
        outlet="Northern Wire",
        published="2024-09-13",
        commentary=["FYI, see below. — sent by a reader"],
        removed=["Subscribe to our newsletter", "Share this article"],
    )
    doc.sentences = sentences_of(text)
    doc.entities = make_entities(
        doc,
        {
            "Canada": "GPE",
            "Ukraine": "GPE",
            "Anna Keller": "PERSON",
            "Ottawa": "GPE",
            "Friday": "DATE",
        },
    )
    doc.quotes = [
        make_quote(
            doc,
            "“We stand with Ukraine for as long as it takes,”",
            "Anna Keller",
            "told",
            speaker_text="Keller",
        )
    ]
    doc.events = [
        make_event(
            doc,
            "will send",
            "Canada",
            "Ukraine",
            "070",
            source_actor="CAN",
            target_actor="UKR",
            date="2024-09-13",
            date_source="published",
            reported_by="Anna Keller",
        )
    ]
    docs.append(doc)

    text = (
        "KYIV — Russian forces shelled the city of Kharkiv overnight, regional governor Oleh "
        "Marchenko said on Saturday. Ukraine's foreign ministry condemned the attack as a war "
        "crime. Russia did not attack the capital, officials said."
    )
    doc = Document(
        text=text,
        source="fixtures/kharkiv.txt",
        title="Overnight shelling hits Kharkiv",
        outlet="Eastern Desk",
        published="2024-09-14",
    )
    doc.sentences = sentences_of(text)
    doc.entities = make_entities(
        doc,
        {
            "Kharkiv": "GPE",
            "Oleh Marchenko": "PERSON",
            "Ukraine": "GPE",
            "Russia": "GPE",
            "Saturday": "DATE",
        },
    )
    doc.events = [
        make_event(
            doc,
            "shelled",
            "Russian forces",
            "Kharkiv",
            "190",
            source_actor="RUSMIL",
            target_actor="UKR",
            date="2024-09-14",
            rule="verb:shell->190",
            reported_by="Oleh Marchenko",
        ),
        make_event(
            doc,
            "condemned",
            "Ukraine's foreign ministry",
            "the attack",
            "111",
            source_actor="UKRGOV",
            target_actor="RUSMIL",
            date="2024-09-14",
            rule="verb:condemn->111",
        ),
        make_event(
            doc,
            "did not attack",
            "Russia",
            "the capital",
            "190",
            source_actor="RUS",
            target_actor="UKR",
            date="2024-09-14",
            negated=True,
            rule="verb:attack->190",
        ),
    ]
    docs.append(doc)

    text = (
        "TOKYO — Japan and South Korea agreed on Monday to resume talks on a new fisheries "
        "accord. Japan's prime minister will visit Seoul next month, his office said. "
        '"Dialogue is the only way forward," said Foreign Minister Kenji Mori.'
    )
    doc = Document(
        text=text,
        source="fixtures/fisheries.txt",
        title="Japan and South Korea to resume fisheries talks",
        outlet="Pacific Post",
        published="2024-09-16",
    )
    doc.sentences = sentences_of(text)
    doc.entities = make_entities(
        doc,
        {
            "Japan": "GPE",
            "South Korea": "GPE",
            "Seoul": "GPE",
            "Kenji Mori": "PERSON",
            "Monday": "DATE",
        },
    )
    doc.quotes = [make_quote(doc, '"Dialogue is the only way forward,"', "Kenji Mori", "said")]
    doc.events = [
        make_event(
            doc,
            "agreed",
            "Japan",
            "South Korea",
            "036",
            source_actor="JPN",
            target_actor="KOR",
            date="2024-09-16",
        ),
        make_event(
            doc,
            "will visit",
            "Japan's prime minister",
            "Seoul",
            "042",
            source_actor="JPNGOV",
            target_actor="KOR",
            date="2024-09-16",
            conditional=True,
        ),
    ]
    docs.append(doc)

    text = (
        "BELGRADE — Police arrested 12 protesters outside parliament on Tuesday, the interior "
        "ministry said. Opposition leader Marko Ilic accused the government of silencing "
        "critics. “They arrest students for holding banners,” Ilic said."
    )
    doc = Document(
        text=text,
        source="fixtures/belgrade.txt",
        title="Police detain protesters in Belgrade",
        outlet="Balkan Brief",
        published="2024-09-17",
    )
    doc.sentences = sentences_of(text)
    doc.entities = make_entities(doc, {"Marko Ilic": "PERSON", "Tuesday": "DATE"})
    doc.quotes = [
        make_quote(
            doc,
            "“They arrest students for holding banners,”",
            "Marko Ilic",
            "said",
            speaker_text="Ilic",
        )
    ]
    doc.events = [
        make_event(
            doc,
            "arrested",
            "Police",
            "protesters",
            "173",
            source_actor="SRBCOP",
            target_actor="SRBOPP",
            date="2024-09-17",
        ),
        make_event(
            doc,
            "accused",
            "Marko Ilic",
            "the government",
            "111",
            source_actor="SRBOPP",
            target_actor="SRBGOV",
            date="2024-09-17",
        ),
    ]
    docs.append(doc)

    text = (
        "MOSCOW — Russia threatened on Wednesday to deploy troops to the border with Ukraine if "
        "new sanctions were imposed. Canada said it would keep sending aid to Ukraine. "
        'Defence Minister Anna Keller said Canada would "never waver" in its support.'
    )
    doc = Document(
        text=text,
        source="fixtures/threat.txt",
        title="Russia threatens troop deployment over sanctions",
        outlet="Northern Wire",
        published="2024-09-18",
    )
    doc.sentences = sentences_of(text)
    doc.entities = make_entities(
        doc,
        {
            "Russia": "GPE",
            "Ukraine": "GPE",
            "Canada": "GPE",
            "Anna Keller": "PERSON",
            "Wednesday": "DATE",
        },
    )
    doc.quotes = [
        make_quote(
            doc, 'Canada would "never waver" in its support', "Anna Keller", "said", kind="mixed"
        )
    ]
    doc.events = [
        make_event(
            doc,
            "threatened",
            "Russia",
            "Ukraine",
            "138",
            source_actor="RUS",
            target_actor="UKR",
            date="2024-09-18",
            conditional=True,
        ),
        make_event(
            doc,
            "keep sending aid",
            "Canada",
            "Ukraine",
            "070",
            source_actor="CAN",
            target_actor="UKR",
            date="2024-09-18",
            reported_by="Anna Keller",
        ),
    ]
    docs.append(doc)
    return docs


def xss_document() -> Document:
    """An article whose every field carries script payloads that must show as text."""
    text = (
        f"Hackers posted {XSS_SCRIPT} on the ministry site. The ministry condemned the group "
        f"calling itself {XSS_IMG} on Monday. “We will find them {XSS_SCRIPT},” the minister "
        "said."
    )
    doc = Document(
        text=text,
        source="fixtures/xss.txt",
        title=f"Payload {XSS_SCRIPT} {XSS_IMG}",
        outlet=XSS_IMG,
        published="2024-09-20",
        url="javascript:window.__xss=1",
        commentary=[XSS_SCRIPT],
        removed=[XSS_IMG],
    )
    doc.sentences = sentences_of(text)
    s, e = find(text, XSS_SCRIPT)
    i, j = find(text, XSS_IMG)
    doc.entities = [Entity(s, e, XSS_SCRIPT, "ORG"), Entity(i, j, XSS_IMG, f"X{XSS_IMG}")]
    doc.quotes = [
        make_quote(
            doc, f"“We will find them {XSS_SCRIPT},”", XSS_IMG, "said", speaker_text="the minister"
        )
    ]
    event = make_event(
        doc,
        "condemned",
        "The ministry",
        XSS_IMG,
        "111",
        source_actor=XSS_SCRIPT,
        rule=f"rule {XSS_SCRIPT} {XSS_IMG}",
        reported_by=XSS_IMG,
    )
    doc.events = [event]
    return doc


@pytest.fixture(scope="session")
def news_db(tmp_path_factory) -> str:
    """A store file holding the five invented articles."""
    path = tmp_path_factory.mktemp("web") / "news.duckdb"
    with Store(path) as store:
        store.write(news_documents())
    return str(path)


def history_documents() -> list[Document]:
    """Two articles years apart, one with a side the coder found no actor code for (a mention
    such as "yesterday's march"), for the time axis and the coded-actors-only network."""
    old = (
        "Belgrade police detained 30 protesters on Saturday, a day after yesterday's march "
        "ended in clashes. The interior ministry criticized the organisers."
    )
    first = Document(
        text=old,
        source="fixtures/belgrade-2003.txt",
        title="Belgrade police detain protesters",
        published="2003-03-15",
    )
    first.sentences = sentences_of(old)
    first.events = [
        make_event(
            first,
            "detained",
            "Belgrade police",
            "protesters",
            "173",
            source_actor="SRBCOP",
            target_actor="SRBOPP",
            date="2003-03-15",
        ),
        make_event(
            first,
            "criticized",
            "The interior ministry",
            "the organisers",
            "111",
            source_actor="SRBGOV",
            date="2003-03-15",
        ),
    ]
    new = (
        "Serbian police clashed with marchers in Novi Sad on Sunday. Opposition leaders "
        "criticized the police for the violence at yesterday's march."
    )
    second = Document(
        text=new,
        source="fixtures/novi-sad-2019.txt",
        title="Police and marchers clash in Novi Sad",
        published="2019-06-02",
    )
    second.sentences = sentences_of(new)
    second.events = [
        make_event(
            second,
            "clashed",
            "Serbian police",
            "marchers",
            "190",
            source_actor="SRBCOP",
            target_actor="SRBOPP",
            date="2019-06-02",
        ),
        make_event(
            second,
            "criticized",
            "Opposition leaders",
            "the police",
            "111",
            source_actor="SRBOPP",
            target_actor="SRBCOP",
            date="2019-06-02",
        ),
    ]
    return [first, second]


@pytest.fixture(scope="session")
def history_db(tmp_path_factory) -> str:
    """A store of the two articles of :func:`history_documents`, 16 years apart."""
    path = tmp_path_factory.mktemp("web") / "history.duckdb"
    with Store(path) as store:
        store.write(history_documents())
    return str(path)


@pytest.fixture(scope="session")
def xss_db(tmp_path_factory) -> str:
    """A store file holding one article full of script payloads."""
    path = tmp_path_factory.mktemp("web") / "xss.duckdb"
    with Store(path) as store:
        store.write([xss_document()])
    return str(path)


class FakePipeline:
    """Stands in for the spaCy pipeline: splits sentences and codes "condemned" as 111."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, doc: Document) -> Document:
        self.calls += 1
        doc.sentences = sentences_of(doc.text)
        words = re.findall(r"\w+", doc.text)
        if "condemned" in words:
            at = words.index("condemned")
            source = words[at - 1]
            target = words[at + 2] if at + 2 < len(words) else words[at + 1]
            doc.events = [make_event(doc, "condemned", source, target, "111", rule="fake:111")]
        return doc


@pytest.fixture
def fake_pipeline() -> FakePipeline:
    return FakePipeline()


class LocalClient(TestClient):
    """A TestClient that names the server as a browser on this machine would: the app refuses
    other Host names (see redline.web.security)."""

    def __init__(self, app, **kwargs) -> None:
        kwargs.setdefault("base_url", "http://localhost")
        super().__init__(app, **kwargs)
