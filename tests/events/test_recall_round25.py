"""Recall, twenty-fifth round (issue #9 recall25): an investigation whose runner is told only by
a title before the noun ("a special counsel investigation into Chinese meddling", "the special
counsel probe of links between ...") was dropped as a bare noun with no source. The title's
actor runs it; investigated is what the "into" / "of" phrase names itself, not the place of the
act ("... meddling in the 2018 U.S. congressional elections" puts no investigation on the United
States). A modifier that names no one ("a federal investigation", "an ethics probe") still
leaves the noun uncoded. Sentences written for the test in the style of wire news."""

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


def test_the_special_counsel_probe_of_links(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The special counsel probe of links between Iran and a former "
        "senator's charity should go on without interference, a Democratic lawmaker said on "
        "Sunday.",
        published="2019-03-04",
    )
    assert ("USA", "IRN") in coded_pairs(doc, "091", RULE), seen(doc)


@pytest.mark.parametrize("modifier", ["federal", "ethics"])
def test_a_modifier_naming_no_one_runs_nothing(code_all, modifier):
    doc = code_all(
        "WASHINGTON (Reuters) - The senator said on Tuesday he would cooperate with any "
        f"{modifier} investigation into Chinese hacking of campaign e-mails.",
        published="2019-03-04",
    )
    assert not [e for e in doc.events if RULE in (e.rule or "")], seen(doc)
