"""issues #9/#10 health42: a person's gender from a name is one rule, ``name_gender`` in
:mod:`redline.quotes.speakers`, asked by the speaker table (``NameBook``) and the entity graph
alike: courtesy title, then a gendered noun next to the name, then the first-name tables.
Sentences and names written for these tests."""

from __future__ import annotations

from redline.actors import graph
from redline.quotes.speakers import NameBook, name_gender


def test_a_courtesy_title_before_or_opening_the_name_decides():
    assert name_gender("Hollis", ("Dame",)) == "f"
    assert name_gender("Hollis", ("Sir.",)) == "m"
    assert name_gender("Ms. Hollis") == "f"
    assert name_gender("Hollis") is None


def test_the_title_outranks_the_noun_and_the_noun_the_first_name():
    # "Terry" was a boy's name in the tables; "widow Terry Strada" is a woman (names59: Terry is
    # now of either sex, unisex_first_names.txt; "Martin" keeps the first name's rank)
    assert name_gender("Terry Strada") is None
    assert name_gender("Martin Strada") == "m"
    assert name_gender("Martin Strada", noun="f") == "f"
    assert name_gender("Terry Strada", noun="f") == "f"
    assert name_gender("Terry Strada", ("Mrs",), noun="m") == "f"


def test_a_surname_with_its_particle_is_one_word():
    # the graph keeps "al Masri" as one word: a lone surname, not the first name "Al"
    assert name_gender("Al Masri") == "m"
    assert name_gender(["al Masri"]) is None
    assert name_gender(["Al", "Masri"]) == "m"


def test_the_speaker_table_and_the_graph_read_titles_alike(nlp):
    from redline.model import Document

    text = (
        "Dame Eleanor Pryce opened the inquiry on Monday. Sir Hollis Warrender, who chairs the "
        "committee, said the hearings would last a month."
    )
    parsed = nlp(text)
    doc = Document(text=text, source="<test>", parsed=parsed)
    table = NameBook(parsed)
    # "Hollis" is in neither first-name table: only "Sir" says he is a man
    for name, gender in (("Eleanor Pryce", "f"), ("Hollis Warrender", "m")):
        start = text.index(name)
        assert graph._gender_of(doc, start, graph._name_words(name)) == gender
        assert table.gender_of(name) == gender
