"""Recall, twentieth round (issue #9 recall20): a cooperation promised to an investigation
told before is judicial cooperation (0313, CAMEO's and the document gold's code), not
cooperation in general (031 / 032); a partner told by a fronted "with whom / with which" is the
noun the relative clause modifies; "pulled out of the meeting" refuses the meeting (125).
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import country_pair, seen

pytestmark = pytest.mark.model


# (text, the code, a piece of the rule, the country pair; None: no event of that code)
CASES = {
    "a promise to cooperate after an investigation was opened": (
        "OTTAWA (Reuters) - The Canadian parliament's ethics committee said on Tuesday it had "
        "opened an investigation into the travel expenses of Canadian Finance Minister Bill "
        "Morneau. Morneau said he would fully cooperate.",
        "0313",
        "with an investigation 060->063",
        ("CAN", "CAN"),
    ),
    "a promise to cooperate with a committee looking into claims": (
        "LONDON (Reuters) - The British parliament's standards committee is looking into the "
        "claims and British lawmaker Keith Vaz said he will cooperate fully.",
        "0313",
        "with an investigation",
        ("GBR", "GBR"),
    ),
    "a promise to cooperate with no investigation told stays general": (
        "BERLIN (Reuters) - German Chancellor Angela Merkel said on Monday that Germany would "
        "cooperate with France on energy.",
        "0313",
        "",
        None,
    ),
    "with whom, on the verb the cooperation hangs on": (
        "PARIS (Reuters) - French President Emmanuel Macron thanked German Chancellor Angela "
        "Merkel, with whom he continues to cooperate on migration.",
        "060",
        "pobj(with)<-relcl",
        ("FRA", "DEU"),
    ),
    "with which, on the verb itself": (
        "LONDON (Reuters) - British lawmaker Keith Vaz praised the Irish government, with which "
        "he has cooperated on the border.",
        "050",
        "pobj(with)<-relcl",
        ("GBR", "IRL"),
    ),
    "with whom on a meeting verb": (
        "TOKYO (Reuters) - Japanese Prime Minister Shinzo Abe praised Indian Prime Minister "
        "Narendra Modi, with whom he has discussed trade three times.",
        "040",
        "pobj(with)<-relcl",
        ("JPN", "IND"),
    ),
    "pulled out of a country is no refusal of talks": (
        "WASHINGTON (Reuters) - The United States pulled out of Syria in October.",
        "125",
        "",
        None,
    ),
    "pulled out of a meeting with its owner named": (
        "OTTAWA (Reuters) - Canadian opposition leader Andrew Scheer pulled out of the "
        "Canadian government's budget meeting on Tuesday after a dispute over a tweet.",
        "125",
        "pull|back|walk+out",
        ("CAN", "CAN"),
    ),
    "backed out of talks with a partner": (
        "BERLIN (Reuters) - Germany's Social Democrats backed out of coalition talks with "
        "Chancellor Angela Merkel's conservatives on Sunday.",
        "125",
        "pull|back|walk+out",
        ("DEU", "DEU"),
    ),
}


@pytest.mark.parametrize(("text", "code", "rule", "pair"), list(CASES.values()), ids=list(CASES))
def test_recall20(code_all, text, code, rule, pair):
    doc = code_all(text)
    pairs = [
        country_pair(e) for e in doc.events if (e.code, rule in (e.rule or "")) == (code, True)
    ]
    if pair is None:
        assert not pairs, seen(doc)
    else:
        assert pair in pairs, seen(doc)
