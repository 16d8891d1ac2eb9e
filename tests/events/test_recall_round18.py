"""Recall, eighteenth round (issue #9 recall18): wordings of events whose lemma had entries but
no frame that fit, or no entry at all, each on a sentence written for the test in the style of
wire news (the rule name on the output says why)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _seen(doc):
    return [(e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events]


def _pairs(doc, root, rule_part):
    return [
        ((e.source_actor or "")[:3], (e.target_actor or "")[:3])
        for e in doc.events
        if e.code.startswith(root) and rule_part in (e.rule or "")
    ]


# (sentence, CAMEO root, a piece of the rule, the country pair that rule must give)
FOUND = {
    "an allegation whose clause names the accused": (
        "LONDON (Reuters) - Moscow rejected British allegations that Russian agents poisoned "
        "the former spy.",
        "11",
        "allegation|accusation",
        ("GBR", "RUS"),
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
    "pleased with someone": (
        "BERLIN (Reuters) - The German chancellor said she was pleased with France.",
        "05",
        "pleased",
        ("DEU", "FRA"),
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
}

# (sentence, CAMEO root, a piece of a rule that must not be used)
NOT_FOUND = {
    "an allegation with no accused named": (
        "LONDON (Reuters) - Reuters could not verify the allegations from the two British "
        "lawmakers.",
        "11",
        "allegation|accusation",
    ),
    "sanctions with no one under them": (
        "BRUSSELS (Reuters) - The European Union said its sanctions would stay in place.",
        "16",
        "sanctioned:",
    ),
    "an attempt to help is no accusation": (
        "TOKYO (Reuters) - The minister said Japan tried to help the Philippines after the "
        "typhoon.",
        "11",
        "seek|attempt|try",
    ),
    "a threat between two sides is not one of the pair alone": (
        "SEOUL (Reuters) - South Korea's president repeated his threat on Monday.",
        "13",
        "threat+between",
    ),
}


@pytest.mark.parametrize("case", sorted(FOUND))
def test_recall18_found(code_all, case):
    text, root, rule, pair = FOUND[case]
    doc = code_all(text)
    assert any(
        s.startswith(pair[0]) and t.startswith(pair[1]) for s, t in _pairs(doc, root, rule)
    ), _seen(doc)


@pytest.mark.parametrize("case", sorted(NOT_FOUND))
def test_recall18_not_found(code_all, case):
    text, root, rule = NOT_FOUND[case]
    doc = code_all(text)
    assert not _pairs(doc, root, rule), _seen(doc)
