"""Recall, nineteenth round (issue #9 recall19): an event whose other side was named in the
sentences before ("talks with X ... requested the meeting", "an investigation ... I intend to
fully cooperate"), each on sentences written for the test in the style of wire news (the rule
name on the output says why)."""

from __future__ import annotations

import pytest
from event_views import country_pair, seen

pytestmark = pytest.mark.model


# (text, CAMEO root, a piece of the rule, the country pair that rule must give; None: the rule
# must not be used)
CASES = {
    "a meeting requested, its partner told before": (
        "OTTAWA (Reuters) - Canadian farm lawmakers said on Thursday they were hopeful after a "
        "meeting with Japanese Prime Minister Shinzo Abe on beef tariffs. The lawmakers had "
        "requested the meeting to argue that the tariffs hurt ranchers.",
        "02",
        "earlier 'meeting'",
        ("CAN", "JPN"),
    ),
    "a summit called off, its partner told before": (
        "SEOUL (Reuters) - South Korea had planned a summit with Japan in June to discuss "
        "fishing rights. On Friday, Seoul canceled the summit.",
        "16",
        "earlier 'summit'",
        ("KOR", "JPN"),
    ),
    "a meeting with its own partner reads its own": (
        "OTTAWA (Reuters) - Canadian farm lawmakers met Japanese Prime Minister Shinzo Abe on "
        "Thursday. The lawmakers had requested a meeting with Mexican officials as well.",
        "02",
        "earlier 'meeting'",
        None,
    ),
    "cooperating with an investigation opened before": (
        "OTTAWA (Reuters) - The Canadian parliament's ethics committee said on Tuesday it had "
        "opened an investigation into the travel expenses of Canadian Finance Minister Bill "
        "Morneau. Morneau said he would fully cooperate.",
        "03",
        "investigator of",
        ("CAN", "CAN"),
    ),
    "cooperating, the committee looking into the claims": (
        "LONDON (Reuters) - The British parliament's standards committee is looking into the "
        "claims and British lawmaker Keith Vaz said he will cooperate fully.",
        "03",
        "investigator of",
        ("GBR", "GBR"),
    ),
    "no investigation told: no one is cooperated with": (
        "BERLIN (Reuters) - German Chancellor Angela Merkel said on Monday that Germany would "
        "cooperate.",
        "03",
        "investigator of",
        None,
    ),
}


@pytest.mark.parametrize(("text", "root", "rule", "pair"), list(CASES.values()), ids=list(CASES))
def test_recall19_other_side_before(code_all, text, root, rule, pair):
    doc = code_all(text)
    by_rule = {
        country_pair(e) for e in doc.events if e.code.startswith(root) and rule in (e.rule or "")
    }
    assert (pair in by_rule) if pair is not None else not by_rule, seen(doc)
