"""issue #10 read58: who is who on ten BBC business pages (an acronym spelling a firm the parser
split, a nationality in "the Indian firm", a short form the parser left untagged, a common noun
tagged into a firm's name, the firms and people of the pages). Texts written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _mentions(doc, text):
    return [m for m in doc.mentions if m.text == text]


def _seen(doc):
    return [(m.text, m.canonical, m.actor, m.rule) for m in doc.mentions]


def test_an_ampersand_acronym_spells_the_firm_not_the_place(code_text):
    doc = code_text(
        "The brewer Scottish and Newcastle (S&N) said on Tuesday it would close two plants. "
        "S&N employs 3,000 people in the north."
    )
    found = _mentions(doc, "S&N")
    assert found, _seen(doc)
    assert {m.canonical for m in found} == {"Scottish and Newcastle"}, _seen(doc)
    assert all(m.actor == "GBRBUS" for m in found), _seen(doc)
    assert not [p for p in doc.places if p.text == "Newcastle"], doc.places


def test_a_nationality_in_the_nominal_picks_the_firm_of_that_country(code_text):
    doc = code_text(
        "Scottish and Newcastle (S&N) will buy a stake in India's United Breweries. "
        "S&N will pay 4bn rupees for the shares. The deal was welcomed by Vijay Mallya, "
        "chairman of the Indian firm."
    )
    found = _mentions(doc, "the Indian firm")
    assert found, _seen(doc)
    assert found[0].canonical == "United Breweries", _seen(doc)


def test_an_untagged_short_form_is_the_firm_named_before(code_text):
    doc = code_text(
        "Australian mining firm WMC Resources has rejected a takeover offer. WMC said the bid "
        "was too low. Talks ended after WMC said it would not open its books. WMC itself "
        "has no objection to a sale."
    )
    for m in _mentions(doc, "WMC"):
        assert m.canonical == "WMC Resources", _seen(doc)
    assert len(_mentions(doc, "WMC")) >= 3, _seen(doc)


def test_a_common_noun_before_a_firms_name_is_no_part_of_it(code_text):
    doc = code_text(
        "Sumitomo Mitsui has dropped its offer for rival bank UFJ Holdings. UFJ prefers a "
        "merger with Mitsubishi Tokyo Financial Group."
    )
    names = {m.canonical for m in doc.mentions}
    assert "UFJ Holdings" in names, _seen(doc)
    assert not any((c or "").startswith("bank ") for c in names), _seen(doc)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Peter Costello", "AUSGOV"),
        ("Mark Vaile", "AUSGOV"),
        ("Rafik Hariri", "LBNGOV"),
        ("Li Deshui", "CHNGOV"),
        ("Vijay Mallya", "INDBUS"),
        ("Tony Froggatt", "GBRBUS"),
        ("Petrel Resources", "IRLBUS"),
        ("Solidere", "LBNBUS"),
        ("FleetBoston", "USABUS"),
        ("Banc of America Securities", "USABUS"),
        ("Ironhorse Oil and Gas", "CANBUS"),
        ("Australian Financial Review", "AUSMED"),
    ],
)
def test_the_pages_firms_and_people(book, name, code):
    found = book.lookup(name, "2004-06-15")
    assert found is not None and found.code == code, found


def test_a_ministry_named_with_and_keeps_its_first_word(code_text):
    doc = code_text(
        '"Conditions will stay weak," the Finance and Economy Ministry said in a statement.'
    )
    assert doc.quotes and doc.quotes[0].speaker == "Finance and Economy Ministry", [
        (q.speaker, q.speaker_text) for q in doc.quotes
    ]
