"""issue #10 graph53: the entity graph's cheaper ways give what the slower ones gave: patterns
tried only at "the", whole words found with ``str.find``, the titled roles read without a
pattern compiled per text, the closing bio tried at line starts, the book's party-title ends
and its memo of texts with no courtesy title. Our own sentences."""

from __future__ import annotations

import re

import pytest

from redline.actors import graph
from redline.actors.book import ActorBook, Entry
from redline.model import Document

ROLE_TEXT = (
    "The president met the Prime Minister. THE PRESIDENT spoke; tHe premier, the\nMinister "
    "and the  new president-elect listened. Bathe president, other president, the "
    "President's aide and the president of France left. The Foreign minister said the "
    "vice president would go; the ministerial team and the ſenator stayed (the Kelvin"
    " \u212aing)."
)


def _graph(text: str) -> graph._Graph:
    return graph._Graph(Document(text=text), book=None, date=None)  # type: ignore[arg-type]


def _flat_role_pattern(titles: tuple[str, ...]) -> re.Pattern[str]:
    """_role_pattern as it was: one alternative a title, longest first."""
    alternatives = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    return re.compile(
        r"\b[Tt]he\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?(?P<title>" + alternatives + r")\b(?!['’]s\s)",
        re.I,
    )


ROLE_TITLES = (
    "president",
    "president-elect",
    "prime minister",
    "minister",
    "foreign minister",
    "premier",
    "vice president",
    "senator",
    "king",
)


def test_role_pattern_grouped_by_letter_finds_what_the_flat_one_found():
    grouped = graph._role_pattern(ROLE_TITLES)
    flat = _flat_role_pattern(ROLE_TITLES)
    found = [(m.span(), m.groupdict()) for m in grouped.finditer(ROLE_TEXT)]
    assert found == [(m.span(), m.groupdict()) for m in flat.finditer(ROLE_TEXT)]
    assert len(found) >= 6


def test_role_pattern_tried_at_the_finds_what_a_scan_finds():
    pattern = graph._role_pattern(ROLE_TITLES)
    tried = graph._matches_at(pattern, ROLE_TEXT, graph._the_starts(_graph(ROLE_TEXT)))
    assert [(m.span(), m.groupdict()) for m in tried] == [
        (m.span(), m.groupdict()) for m in pattern.finditer(ROLE_TEXT)
    ]


def test_definite_articles_from_the_starts_are_the_scanned_ones():
    text = "The alliance, the\ncartel, bathe firm, THE bloc and the  body; the company."
    starts = [p for p in graph._the_starts(_graph(text)) if graph.DEFINITE_ARTICLE.match(text, p)]
    assert starts == [m.start() for m in graph.DEFINITE_ARTICLE.finditer(text)]


def _titled_matches(titles: list[str], text: str) -> list[tuple]:
    found = graph._titled_pattern(titles).finditer(text)
    return [(m.start(), m.end(), m.group("title"), m.group("adj")) for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the deputy mayor and the Mayor of London met the MAYOR.",
        "the  senator  spoke, the senator Ted Cruz spoke, the senator, and the senators.",
        "The former senator said the vice president and the president's aide left.",
        "The Republican said the republican nominee and the Democrat. The democrat-run city.",
        "the ſenator and the \u212aing; the mayor’s office and the mayor\u2019 said",
        "Bathe mayor. the mayoral race; the mayor-elect; the mayor\nof Paris; the mayor.",
    ],
)
def test_titles_after_the_are_the_titled_pattern_matches(text):
    titles = ["mayor", "deputy mayor", "senator", "vice president", "republican", "king"]
    titles += ["democrat", "former senator"]
    pattern = graph._titled_pattern(titles)
    expected = [
        (m.start(), m.end(), m.group("title"), m.group("adj")) for m in pattern.finditer(text)
    ]
    assert graph._titles_after_the(_graph(text), titles) == expected


def test_a_title_opening_on_a_space_is_left_to_the_pattern():
    text = "In the  labour camp, the labour movement."
    titles = [" labour", "movement"]
    pattern = graph._titled_pattern(titles)
    expected = [
        (m.start(), m.end(), m.group("title"), m.group("adj")) for m in pattern.finditer(text)
    ]
    assert graph._titles_after_the(_graph(text), titles) == expected
    assert expected  # the engine gives back a space for " labour"


def test_whole_words_are_the_alternation_between_word_boundaries():
    text = "GM said GMO, _GM and GM2 did not; (GM) SEPA, Sepa, sepa, SEPAs and ÉSEPA did. GM"
    words = {"GM", "SEPA", "Sepa"}
    pattern = re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b")
    assert graph._whole_words(text, words) == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "I went to the market.\n\nJane Doe is a writer in Leeds.",
        "I went.\n\nJane Doe is a writer.\nShe lives in Leeds.",
        "Jane Doe is a writer who says I often.",
        "\n  Jane Q. Doe is the author of three books. \n\n",
        "We went.\n\nJane Doe is a writer.",
    ],
)
def test_closing_bio_is_the_searched_one(text):
    found = graph.CLOSING_BIO.search(text.rstrip())
    if found is None or not re.search(r"\bI\b", text[: found.start(1)]):
        expected = None
    else:
        expected = found.span(1)
    assert graph._closing_bio(text) == expected


def test_party_alias_ends_follow_the_aliases(book):
    assert "leader" in book.party_alias_ends()
    assert graph._party_title(book, "Tory leader")
    own = ActorBook()  # a book of its own: the shared one is not changed
    own.add_alias("Tory leader", Entry("party", "Tory", "leader", via="party"))
    own.add_alias("Tory Party", Entry("organisation", "Tory Party", "GBRPTY"))
    assert own.party_alias_ends() == {"leader"}
    assert not graph._party_title(own, "Tory quartermaster")
    own.add_alias("Tory quartermaster", Entry("party", "Tory", "quartermaster", via="party"))
    assert own.party_alias_ends() == {"leader", "quartermaster"}
    assert graph._party_title(own, "Tory quartermaster")


def test_a_text_with_no_courtesy_title_is_kept_empty(book):
    text = "Jack Morrow said the plan would work, and Senator Morrow agreed."
    assert book.others_by_surname(text, "2005-01-05") == frozenset()
    assert book._others[(text, "2005-01-05")] == frozenset()
