"""Recall, twenty-fifth round (issue #9 recall25): an investigation whose runner is told only by
a title before the noun ("a special counsel investigation into Chinese meddling", "the special
counsel probe of links between ...") was dropped as a bare noun with no source. The title's
actor runs it; investigated is what the "into" / "of" phrase names itself, not the place of the
act ("... meddling in the 2018 U.S. congressional elections" puts no investigation on the United
States). "federal" names the article's country's prosecutors ("a federal probe into Turkish
influence"); a modifier that names no one ("an internal investigation", "an ethics probe")
still leaves the noun uncoded, and so does a probe only asked for ("called for a federal
probe"). Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import coded_pairs, seen

pytestmark = pytest.mark.model

RULE = "investigator:modifier"


def test_a_special_counsel_investigation_into_meddling(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - A former campaign aide pleaded not guilty on Monday to charges "
        "brought in a special counsel investigation into Chinese meddling in the 2018 U.S. "
        "congressional elections.",
        published="2019-03-04",
    )
    pairs = coded_pairs(doc, "091", RULE)
    assert ("USA", "CHN") in pairs, seen(doc)
    assert ("USA", "USA") not in pairs, seen(doc)  # the elections are where, not whom


def _modifier_case(what: str, rest: str) -> str:
    return (
        "WASHINGTON (Reuters) - The senator said on Tuesday he would cooperate with any "
        f"{what} investigation into {rest}."
    )


# (text, the country pair coded 091 from the modifier; None: no event from a modifier)
CASES = {
    "the special counsel probe of links": (
        "WASHINGTON (Reuters) - The special counsel probe of links between Iran and a former "
        "senator's charity should go on without interference, a Democratic lawmaker said on "
        "Sunday.",
        ("USA", "IRN"),
    ),
    "a federal probe is the country's prosecutors'": (
        "WASHINGTON (Reuters) - The lobbyist resigned on Friday as a federal probe into Turkish "
        "influence on his firm widened.",
        ("USA", "TUR"),
    ),
    "a probe called for is not under way": (
        "WASHINGTON (Reuters) - Two Democratic senators on Thursday called for a federal probe "
        "into whether Saudi investors bought influence at the firm.",
        None,
    ),
    "internal names no one": (_modifier_case("internal", "Chinese hacking of e-mails"), None),
    "ethics names no one": (_modifier_case("ethics", "Chinese hacking of e-mails"), None),
}


@pytest.mark.parametrize("case", list(CASES))
def test_recall25(code_all, case):
    text, pair = CASES[case]
    doc = code_all(text, published="2019-03-04")
    if pair is None:
        assert not [e for e in doc.events if RULE in (e.rule or "")], seen(doc)
    else:
        assert pair in coded_pairs(doc, "091", RULE), seen(doc)
