"""issue #9/#10 held53: a definite description repeats the apposition that described someone
("Halvorsen, the US tycoon, ... The US tycoon said"): that person, not the nearest subject.
Sentences written for these tests in the style of news (invented people)."""

from __future__ import annotations

import pytest


@pytest.mark.model
def test_a_description_an_apposition_gave_is_that_persons(code_text):
    """issue #9/#10 held53: "Halvorsen, the US tycoon, ... The US tycoon said" is Halvorsen, not
    the subject named in between (an invented person)."""
    from redline.actors.graph import entity_graph

    doc = code_text(
        "Martin Halvorsen, the US tycoon, has raised his stake in Manchester United. David "
        "Gill, the club's chief executive, met him in Florida. The US tycoon said he would not "
        "sell.",
        published="2005-05-12",
    )
    by_name = {e.canonical: e for e in entity_graph(doc)}
    tycoon = [m.text for m in by_name["Martin Halvorsen"].mentions]
    assert "The US tycoon" in tycoon, tycoon
    assert by_name["David Gill"].actor is None
