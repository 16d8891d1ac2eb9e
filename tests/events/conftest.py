from __future__ import annotations

import re

import pytest

from redline.actors import ActorMatch

# A tiny actor book for coder tests, so they do not depend on the packaged actor tables.
STAND_IN = {
    "european union": ("IGOEUREEC", None, "organisation", "European Union"),
    "eu": ("IGOEUREEC", None, "organisation", "European Union"),
    "belarus": ("BLR", "BLR", "country", "Belarus"),
    "biden": ("USAGOV", "USA", "person", "Joe Biden"),
    "starmer": ("GBRGOV", "GBR", "person", "Keir Starmer"),
    "germany": ("DEU", "DEU", "country", "Germany"),
    "ukraine": ("UKR", "UKR", "country", "Ukraine"),
    "iran": ("IRN", "IRN", "country", "Iran"),
    "israel": ("ISR", "ISR", "country", "Israel"),
    "israeli": ("ISR", "ISR", "country", "Israel"),
    "chad": ("TCD", "TCD", "country", "Chad"),
    "french journalists": ("FRAMED", "FRA", "country", "France"),
    "putin": ("RUSGOV", "RUS", "person", "Vladimir Putin"),
    "nato": ("IGOWSTNAT", None, "organisation", "NATO"),
    "japan": ("JPN", "JPN", "country", "Japan"),
    "south sudan": ("SSD", "SSD", "country", "South Sudan"),
    "france": ("FRA", "FRA", "country", "France"),
    "mali": ("MLI", "MLI", "country", "Mali"),
    "poland": ("POL", "POL", "country", "Poland"),
    "kyiv": ("UKR", "UKR", "metonym", "Ukraine"),
    "gaza": ("PSEGZA", "PSE", "metonym", "Gaza"),
    "minsk": ("BLR", "BLR", "metonym", "Belarus"),
    "serbia": ("SRB", "SRB", "country", "Serbia"),
    "kosovo": ("XKX", "XKX", "country", "Kosovo"),
}


class StandInBook:
    """Longest-alias-first matching over STAND_IN, with the ActorBook call signatures."""

    def __init__(self) -> None:
        aliases = sorted(STAND_IN, key=len, reverse=True)
        self.pattern = re.compile(r"\b(" + "|".join(map(re.escape, aliases)) + r")\b", re.I)

    def _match(self, alias: str) -> ActorMatch:
        code, country, kind, name = STAND_IN[alias.lower()]
        return ActorMatch(code, country, None, name, kind, f"stand-in {alias}")

    def lookup(self, phrase: str, date: str | None = None) -> ActorMatch | None:
        found = self.pattern.search(phrase)
        return self._match(found.group(1)) if found else None

    def find_mentions(self, text: str, date: str | None = None):
        return [(m.start(), m.end(), self._match(m.group(1))) for m in self.pattern.finditer(text)]


@pytest.fixture(scope="session")
def stand_in_book():
    return StandInBook()


@pytest.fixture(scope="session")
def code_with_stand_in(nlp, stand_in_book):
    """Code one text with the events stage only, using the stand-in actor book."""
    from redline.events import make_event_coder
    from redline.model import Document
    from redline.pipeline import Pipeline

    # the rules under test, without the learned filter's threshold (tested on its own)
    coder = make_event_coder(book=stand_in_book, min_confidence=0.0)
    pipeline = Pipeline(stages=[("events", coder)])

    def run(text: str, quotes=None, published: str = "2024-09-13") -> Document:
        doc = Document(text=text, published=published)
        if quotes:
            doc.quotes = quotes
        return pipeline(doc)

    return run


@pytest.fixture(scope="session")
def code_all(nlp):
    """Code one text with the whole pipeline, keeping every event the lexicon matches (no
    confidence threshold, events with no actor resolved kept): for tests of the lexicon."""
    from redline.clean import clean_document
    from redline.events.filter import with_event_settings
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline

    pipeline = with_event_settings(Pipeline(), min_confidence=0.0, keep_unresolved=True)

    def run(text: str, published: str = "2024-09-13"):
        return pipeline(
            clean_document(RawDocument(source="<test>", text=text, published=published))
        )

    return run


@pytest.fixture(scope="session")
def code_text(nlp):
    """Code one text with the whole pipeline and the learned filter's threshold off, so the
    coder's rules are what is tested (the filter has its own tests); events with no actor
    resolved are dropped, as by default."""
    from redline.clean import clean_document
    from redline.events.filter import with_event_settings
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline

    pipeline = with_event_settings(Pipeline(), min_confidence=0.0)

    def run(text: str, *, published: str | None = "2024-09-13", **_: object):
        raw = RawDocument(source="<text>", text=text, published=published)
        return pipeline(clean_document(raw))

    return run
