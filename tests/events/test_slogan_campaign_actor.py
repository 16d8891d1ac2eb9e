"""issue #9/#10 names28: a campaign named after a slogan ("the Stop Trump movement") acts as a
body the book does not know, never as the person its name is against. Our own sentences."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_the_stop_trump_movement_is_not_trump(code_text):
    text = (
        "CLEVELAND (AP) - The Stop Trump movement accused the Republican National Committee "
        "of rigging the rules on Monday. Donald Trump criticised the Stop Trump movement on "
        "Tuesday."
    )
    doc = code_text(text, published="2016-07-18")
    accused = [e for e in doc.events if e.root_code == "11" and "Stop" in (e.source_text or "")]
    assert accused, [(e.code, e.source_text, e.source_actor) for e in doc.events]
    assert all(e.source_actor != "USAGOV" for e in accused)
    assert all((e.source_actor or "").startswith("USA") for e in accused)
    criticised = [e for e in doc.events if "Stop" in (e.target_text or "")]
    assert criticised and all(e.target_actor != "USAGOV" for e in criticised)
