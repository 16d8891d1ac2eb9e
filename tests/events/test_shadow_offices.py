"""Westminster opposition offices and backbenchers (issues #9/#10 shadow22): a "shadow" office
is the opposition's, not the government's, so a shadow minister's criticism of the government
is an event between two actors; a party's MP is a lawmaker. Sentences written for the test in
the style of BBC news."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _pairs(doc):
    return [(e.source_actor, e.code[:3], e.target_actor) for e in doc.events]


@pytest.mark.parametrize(
    "office",
    ["Shadow home secretary", "Shadow chancellor", "Shadow foreign secretary"],
)
def test_a_shadow_minister_criticising_the_government_is_the_opposition(code_all, office):
    doc = code_all(
        f"{office} David Davis said the government's plans were 'a shambles'.\n\n"
        "Ministers in London have defended the UK scheme.",
        published="2005-03-01",
    )
    # the opposition criticising the government: kept, not read as the government on itself
    pairs = _pairs(doc)
    assert any(s == "GBROPP" and c == "111" and (t or "").endswith("GOV") for s, c, t in pairs)


@pytest.mark.parametrize("label", ["Tory MP", "Lib Dem MP"])
def test_a_party_mp_is_a_british_lawmaker(book, label):
    match = book.lookup(label, date="2005-03-01")
    assert match is not None and match.code == "GBRLEG", match and match.rule
