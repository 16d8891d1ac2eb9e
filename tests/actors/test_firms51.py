"""issue #9/#10 firms51: firms and the people who run them.

A firm the book knows (``data/actors/firms.yml``, head-office country + BUS) places the people
the text ties to it ("GM chief executive ...", "the head of Euronext, ...", "a spokesman for
Shell") and their later mentions ("Mr ...", "he"), not the article's main country.

Sentences written for these tests in the style of news (invented people)."""

from __future__ import annotations

import pytest

from redline.actors.graph import entity_graph


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Euronext", "FRABUS"),
        ("GM", "USABUS"),
        ("Airbus", "FRABUS"),
        ("EADS", "FRABUS"),
        ("London Stock Exchange", "GBRBUS"),
        ("Nasdaq", "USABUS"),
        ("Parmalat", "ITABUS"),
        ("Mittal Steel", "NLDBUS"),
        ("Arcelor", "LUXBUS"),
        ("Wipro", "INDBUS"),
        ("Alcatel", "FRABUS"),
        ("Vivendi", "FRABUS"),
        ("Bertelsmann", "DEUBUS"),
        ("News Corp", "USABUS"),
        ("Ahold", "NLDBUS"),
        ("Enron", "USABUS"),
        ("Shell", "GBRBUS"),
        ("Anglo American", "GBRBUS"),
        ("British Airways", "GBRBUS"),
    ],
)
def test_the_firm_table_places_firms_at_their_head_office(book, name, code):
    match = book.lookup(name, date="2005-02-10")
    assert match is not None and match.code == code, match


@pytest.mark.parametrize("word", ["Apple", "Total", "Mittal", "Santander", "Intel"])
def test_words_and_surnames_are_no_firms(book, word):
    match = book.lookup(word, date="2005-02-10")
    assert match is None or not match.code.endswith("BUS"), match


def _entity(doc, name):
    for entity in entity_graph(doc):
        if entity.canonical and name in entity.canonical:
            return entity
    raise AssertionError([e.canonical for e in entity_graph(doc)])


@pytest.mark.model
def test_a_firms_chief_takes_the_firm_not_the_main_country(code_text):
    text = (
        "TURIN - Fiat said on Tuesday it would sell its stake in the Italian unit. Italian "
        "ministers welcomed the plan and the Italian government said the plant would stay open. "
        "GM chief executive Martin Halloway said the carmaker had rejected the Italian demand. "
        "Mr Halloway accused the Italian unions of bad faith."
    )
    doc = code_text(text, published="2005-02-10")
    assert _entity(doc, "Martin Halloway").actor == "USABUS"
    sources = {e.source_actor for e in doc.events if "Halloway" in (e.source_text or "")}
    assert sources == {"USABUS"}, [(e.code, e.source_actor, e.rule) for e in doc.events]


@pytest.mark.model
def test_the_head_of_a_firm_in_apposition(code_text):
    text = (
        "FRANKFURT - German ministers met on Monday and the German government said Berlin would "
        "decide. Germany's regulator welcomed the deal. The head of Euronext, Pierre-Yves Marchal, "
        "criticised the German regulator. Mr Marchal accused Germany of protectionism."
    )
    doc = code_text(text, published="2005-02-10")
    entity = _entity(doc, "Marchal")
    assert entity.actor == "FRABUS", [(m.text, m.rule) for m in entity.mentions]
    accused = [e for e in doc.events if e.code.startswith("112")]
    assert accused and all(e.source_actor == "FRABUS" for e in accused), [
        (e.code, e.source_actor, e.rule) for e in doc.events
    ]


@pytest.mark.model
def test_a_spokesman_for_the_firm(code_text):
    text = (
        "BERLIN - German ministers met on Monday. Berlin said the German plan would stand. "
        "A spokesman for Shell denied the German report."
    )
    doc = code_text(text, published="2005-02-10")
    denials = [e for e in doc.events if e.code.startswith("01")]
    assert denials and denials[0].source_actor == "GBRBUS", [
        (e.code, e.source_actor, e.rule) for e in doc.events
    ]


@pytest.mark.model
def test_a_body_the_book_has_no_firm_for_keeps_its_own(code_text):
    # the guard: an international body's chief stays the body's
    text = (
        "BERLIN - German ministers met on Monday. Berlin said the German plan would stand. "
        "IMF chief Rodrigo Alvarez warned Germany on Tuesday."
    )
    doc = code_text(text, published="2005-02-10")
    assert _entity(doc, "Rodrigo Alvarez").actor.startswith("IGO")


@pytest.mark.model
def test_the_chairman_of_a_firm_the_book_knew_before(code_text):
    # the graph's part alone (Deutsche Bank was in the book before firms51): the parser hangs
    # the name on the firm, not on "chairman"
    text = (
        "PARIS - French ministers met on Monday and the French government said Paris would "
        "decide. France's regulator welcomed the deal. The chairman of Deutsche Bank, Klaus "
        "Obermeier, criticised the French regulator. Mr Obermeier accused France of "
        "protectionism."
    )
    doc = code_text(text, published="2005-02-10")
    entity = _entity(doc, "Obermeier")
    assert entity.actor == "DEUBUS", [(m.text, m.rule) for m in entity.mentions]


@pytest.mark.model
def test_a_foreign_firm_named_often_is_not_the_storys_home(code_text):
    # the firm's mentions do not make the Netherlands the home of US prosecutors' charges
    text = (
        "US prosecutors have charged six meat suppliers with helping Ahold hide losses. Ahold "
        "said it was cooperating. Ahold's shares rose in Amsterdam, and Ahold's chairman said "
        "Ahold had learned its lesson. The US Attorney in New York, Daniel Brennock, said the "
        "Washington grand jury had heard from Ahold. Brennock said he expects the six suppliers "
        "will plead guilty to the charges."
    )
    doc = code_text(text, published="2005-01-20")
    pleas = [e for e in doc.events if e.code.startswith("015")]
    assert pleas, [(e.code, e.source_actor, e.target_actor, e.rule) for e in doc.events]
    assert all((e.target_actor or "USA").startswith("USA") for e in pleas), [
        (e.code, e.source_actor, e.target_actor, e.rule) for e in pleas
    ]
    assert all((e.source_actor or "USA").startswith("USA") for e in pleas), [
        (e.code, e.source_actor, e.target_actor, e.rule) for e in pleas
    ]


def test_no_comment_in_the_firm_table_hides_a_firm():
    """A "#" inside a flow mapping ends the line for YAML: firms written after it on that line
    are silently dropped (it once hid "Tata Motors: BUS, Tata Steel: BUS")."""
    import re
    from importlib.resources import files

    table = files("redline.data") / "actors" / "firms.yml"
    for number, line in enumerate(table.read_text(encoding="utf-8").splitlines(), 1):
        entries, _, comment = line.partition("#")
        if not entries.strip():
            continue  # a comment line of its own (the file's header shows entries as examples)
        assert not re.search(r"\w: BUS\b", comment), f"firms.yml:{number}: {line.strip()}"


@pytest.mark.parametrize(("name", "code"), [("Tata Motors", "IND"), ("Tata Steel", "IND")])
def test_firms_beside_a_commented_entry_are_known(name, code):
    from redline.actors.book import load_actors

    hits = load_actors().scan(f"{name} said on Monday")
    assert [(h.alias, h.entry.code) for h in hits][:1] == [(name, code)]
