"""Quote speakers from the fifth round of whole articles read (issue #9/#10, helper "reader"):
sentences written here in news phrasing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_a_place_owning_a_title_is_not_the_speakers_name(code_text):
    doc = code_text("The president of France said on Monday that the talks would resume.")
    (quote,) = doc.quotes
    assert quote.speaker is None and quote.actor == "FRAGOV", (quote.speaker, quote.actor)


def test_a_role_of_a_region_takes_the_regions_country(code_text):
    doc = code_text(
        "Tony Evers, the governor of Wisconsin, said on Monday the vote should be delayed."
    )
    (quote,) = doc.quotes
    assert quote.speaker == "Tony Evers" and quote.actor == "USAGOV", (quote.speaker, quote.actor)
    assert "role-of-place 'Wisconsin'" in quote.rule


def test_a_surname_that_is_also_a_city_keeps_its_speaker(code_text):
    doc = code_text(
        "Former Conservative leader William Hague said he would not stand again. Tim Collins, "
        "the shadow education secretary, said it would be a boost if Mr Hague returned. Mr Hague "
        "became an MP at 27. Mr Hague added that he had misjudged his own ambition. "
        '"Maybe I was not driven enough," he said.'
    )
    speakers = [q.speaker for q in doc.quotes]
    assert speakers == ["William Hague", "Tim Collins", "William Hague", "William Hague"], [
        (q.speaker, q.rule) for q in doc.quotes
    ]
    assert all((q.actor or "")[:3] == "GBR" for q in doc.quotes), [q.actor for q in doc.quotes]


def test_a_us_representative_of_georgia_is_american(code_text):
    doc = code_text("U.S. Representative John Lewis of Georgia said he would not attend.")
    (quote,) = doc.quotes
    assert quote.actor[:3] == "USA", (quote.actor, quote.rule)
