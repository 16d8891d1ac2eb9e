"""Recall, eighteenth round (issue #9 recall18): wordings of events whose lemma had entries but
no frame that fit, or no entry at all, each on a sentence written for the test in the style of
wire news (the rule name on the output says why)."""

from __future__ import annotations

import pytest
from event_views import country_pair, seen

pytestmark = pytest.mark.model


# (sentence, CAMEO root, a piece of the rule, the country pair that rule must give; None: the
# rule must not be used)
CASES = {
    "an allegation whose clause names the accused": (
        "LONDON (Reuters) - The committee examined British allegations that Russian agents "
        "poisoned the former spy.",
        "11",
        "allegation|accusation",
        ("GBR", "RUS"),
    ),
    "an allegation the accused answers is its answer only": (
        "LONDON (Reuters) - Moscow rejected British allegations that Russian agents poisoned "
        "the former spy.",
        "11",
        "allegation|accusation",
        None,
    ),
    "an allegation of another country's doing": (
        "BERLIN (Reuters) - The committee is examining German allegations of Russian "
        "interference in the vote.",
        "11",
        "allegation|accusation",
        ("DEU", "RUS"),
    ),
    "an agency's conclusion that someone did it": (
        "PARIS (Reuters) - The minister questioned the French intelligence agency's conclusion "
        "that Russia tried to sway the vote.",
        "11",
        "allegation|accusation",
        ("FRA", "RUS"),
    ),
    "under another side's sanctions": (
        "MOSCOW (Reuters) - Rosneft, which has been under European Union sanctions since 2014, "
        "signed the deal on Friday.",
        "16",
        "sanctioned:",
        ("IGO", "RUS"),
    ),
    "subject to another side's sanctions": (
        "LONDON (Reuters) - The deal involves Oleg Deripaska, a Russian businessman who is "
        "subject to British sanctions.",
        "16",
        "sanctioned:",
        ("GBR", "RUS"),
    ),
    "a finding told as an attempt": (
        "THE HAGUE (Reuters) - Dutch intelligence officials concluded that Moscow sought to "
        "influence the referendum.",
        "11",
        "seek|attempt|try",
        ("NLD", "RUS"),
    ),
    "a finding told as a campaign run": (
        "PARIS (Reuters) - French investigators concluded that Russia conducted an influence "
        "campaign before the vote.",
        "11",
        "conduct|carry|run",
        ("FRA", "RUS"),
    ),
    "threats traded between two sides": (
        "SEOUL (Reuters) - Months of threats between North Korea and South Korea ended with "
        "the talks.",
        "13",
        "threat+between",
        ("PRK", "KOR"),
    ),
    "a threat to walk out of a pact": (
        "MEXICO CITY (Reuters) - Mexico repeated its threat to withdraw from the trade pact on "
        "Monday.",
        "13",
        "to withdraw",
        ("MEX", ""),
    ),
    "persuading someone to act": (
        "OTTAWA (Reuters) - Canadian farm groups persuaded Prime Minister Justin Trudeau to "
        "drop the tariff.",
        "02",
        "persuade",
        ("CAN", "CAN"),
    ),
    "concerned about someone": (
        "CANBERRA (Reuters) - Australian lawmakers are concerned about China and its growing "
        "influence.",
        "11",
        "concerned",
        ("AUS", "CHN"),
    ),
    "an exercise held with another side": (
        "NEW DELHI (Reuters) - India's two-day naval exercise with France ended on Monday.",
        "06",
        "exercise|drill",
        ("IND", "FRA"),
    ),
    "a name given to one of the namer's own side": (
        "PARIS (Reuters) - The French finance minister called the president a “moron” in a "
        "private meeting, the newspaper reported.",
        "11",
        "named:",
        ("FRA", "FRA"),
    ),
    "a complaint with the one complained of in its clause": (
        "DUBLIN (Reuters) - The Irish farm minister complained that the British government had "
        "ignored the border.",
        "11",
        "complain",
        ("IRL", "GBR"),
    ),
    "a complaint about someone": (
        "PARIS (Reuters) - French fishermen complained about Britain on Monday.",
        "11",
        "complain",
        ("FRA", "GBR"),
    ),
    "buying another side's company": (
        "STOCKHOLM (Reuters) - A Chinese carmaker bought a Swedish firm in 2010.",
        "06",
        "buy|acquire",
        ("CHN", "SWE"),
    ),
    "an allegation with no accused named": (
        "LONDON (Reuters) - Reuters could not verify the allegations from the two British "
        "lawmakers.",
        "11",
        "allegation|accusation",
        None,
    ),
    "sanctions with no one under them": (
        "BRUSSELS (Reuters) - The European Union said its sanctions would stay in place.",
        "16",
        "sanctioned:",
        None,
    ),
    "an attempt to help is no accusation": (
        "TOKYO (Reuters) - The minister said Japan tried to help the Philippines after the "
        "typhoon.",
        "11",
        "seek|attempt|try",
        None,
    ),
    "a threat between two sides is not one of the pair alone": (
        "SEOUL (Reuters) - South Korea's president repeated his threat on Monday.",
        "13",
        "threat+between",
        None,
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_recall18_wording(code_all, case):
    text, root, rule, pair = CASES[case]
    doc = code_all(text)
    coded = [country_pair(e) for e in doc.events if e.code[:2] == root and rule in (e.rule or "")]
    if pair is None:
        assert not coded, seen(doc)
    else:
        assert any(s.startswith(pair[0]) and t.startswith(pair[1]) for s, t in coded), seen(doc)
