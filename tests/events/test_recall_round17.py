"""Recall, seventeenth round (issue #9 recall17): events coded at the right trigger whose actor
was left unresolved on whole articles, each on a sentence written for the test in the style of
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


def _has(doc, root, rule_part, pair):
    """An event of ``root`` by the rule with source and target codes opening as ``pair``."""
    return any(
        (e.source_actor or "").startswith(pair[0]) and (e.target_actor or "").startswith(pair[1])
        for e in doc.events
        if e.code.startswith(root) and rule_part in (e.rule or "")
    )


# (sentence, CAMEO root, a piece of the rule, the country pair that rule must give)
FOUND = {
    "an appeal in a letter goes to its recipient": (
        "OTTAWA (Reuters) - Canadian dairy farmers sent a letter to Prime Minister Justin "
        "Trudeau on Monday urging a review of the dairy quotas.",
        "02",
        "letter's recipient",
        ("CAN", "CAN"),
    ),
    "concerns raised in a letter to someone": (
        "CANBERRA (Reuters) - Two Australian senators, in a letter to Japanese Prime Minister "
        "Fumio Kishida, raised concerns that the whaling programme would resume.",
        "11",
        "letter's recipient",
        ("AUS", "JPN"),
    ),
    "an appeal for legislation goes to the home legislature": (
        "OTTAWA (Reuters) - Canadian grain farmers on Monday called for legislation to end the "
        "rail strike.",
        "02",
        "a bill with no maker named",
        ("CAN", "CANLEG"),
    ),
    "refusing to meet with someone aims at them": (
        "ANKARA (Reuters) - Turkish President Tayyip Erdogan refused to meet with Greek Prime "
        "Minister Kyriakos Mitsotakis on Thursday.",
        "12",
        "meeting's partner",
        ("TUR", "GRC"),
    ),
    "calling off a meeting with someone aims at them": (
        "SEOUL (Reuters) - South Korean President Yoon Suk Yeol canceled a planned meeting with "
        "Japanese Prime Minister Fumio Kishida after the dispute.",
        "16",
        "meeting's partner",
        ("KOR", "JPN"),
    ),
    "yielding to pressure from someone aims at them": (
        "ROME (Reuters) - Italian Prime Minister Giorgia Meloni yielded to pressure from the "
        "European Commission on Friday and dropped the tax.",
        "08",
        "pressure from",
        ("ITA", "IGO"),
    ),
    "the pressure yielded to is its maker's": (
        "ROME (Reuters) - Italian Prime Minister Giorgia Meloni yielded to pressure from the "
        "European Commission on Friday and dropped the tax.",
        "10",
        "pressure",
        ("IGO", "ITA"),
    ),
    "who met during a meeting with someone": (
        "NEW DELHI (Reuters) - Modi said he raised the border dispute during a meeting with "
        "Chinese President Xi Jinping on Saturday.",
        "04",
        "met at the meeting",
        ("IND", "CHN"),
    ),
    "an investigation of another country told in passing": (
        "PARIS (Reuters) - The former aide pleaded guilty on Monday to lying to investigators "
        "in French prosecutors' probe into Russian interference in the 2022 election.",
        "09",
        "pobj(into)",
        ("FRA", "RUS"),
    ),
}

FOUND["halting the entry of people from a country restricts it"] = (
    "WASHINGTON (Reuters) - The administration halted the entry of refugees from Somalia and "
    "Yemen on Tuesday.",
    "17",
    "entry[DOBJ]",
    ("USA", "YEM"),
)
FOUND["a long list counted needs no word 'countries'"] = (
    "CANBERRA (Reuters) - The government halted the entry of refugees from six countries on "
    "Friday. Refugees from Fiji, Tonga, Samoa, Vanuatu, Nauru and Kiribati will wait, officials "
    "said.",
    "17",
    "the 6 listed",
    ("AUS", "KIR"),
)

# (sentence, CAMEO root, a piece of a rule that must not be used)
NOT_FOUND = {
    "a letter whose clause names its target keeps it": (
        "LONDON (Reuters) - In a letter to the court, the British lawyers criticized Russian "
        "prosecutors for withholding evidence.",
        "11",
        "letter's recipient",
    ),
    "a foreign appeal for legislation gets no legislature": (
        "OTTAWA (Reuters) - The Chinese embassy on Monday called for legislation to protect "
        "Chinese students.",
        "02",
        "a bill with no maker named",
    ),
    "a list of another length is not the counted countries": (
        "CANBERRA (Reuters) - Australia paused refugee admissions from five countries on "
        "Friday. The countries named by the department include Fiji, Tonga and Samoa, "
        "officials said.",
        "17",
        "listed",
    ),
    "a meeting with one's fellows is no contact": (
        "LONDON (Reuters) - The British prime minister spoke to reporters after a closed-door "
        "meeting with fellow Conservative lawmakers.",
        "04",
        "met at the meeting",
    ),
    "an investigation at home told in passing stays background": (
        "PARIS (Reuters) - The former aide pleaded guilty on Monday to lying to investigators "
        "in French prosecutors' probe into the French campaign's finances.",
        "09",
        "pobj(into)",
    ),
}


@pytest.mark.parametrize("case", sorted(FOUND))
def test_recall17_found(code_all, case):
    text, root, rule, pair = FOUND[case]
    doc = code_all(text)
    assert _has(doc, root, rule, pair), _seen(doc)


@pytest.mark.parametrize("case", sorted(NOT_FOUND))
def test_recall17_not_found(code_all, case):
    text, root, rule = NOT_FOUND[case]
    doc = code_all(text)
    assert not _pairs(doc, root, rule), _seen(doc)


def test_recall17_wrote_to_lawmakers_urging_them_the_writer_appeals(code_all):
    doc = code_all(
        "TOKYO (Reuters) - Japan's biggest business lobby on Tuesday wrote to lawmakers urging "
        "them to pass the energy reform quickly."
    )
    found = [
        (e.source_actor, e.target_actor) for e in doc.events if "letter's writer" in (e.rule or "")
    ]
    assert found and all(s[:3] == "JPN" and t == "JPNLEG" for s, t in found), _seen(doc)


def test_recall17_countries_counted_here_and_listed_later(code_all):
    doc = code_all(
        "CANBERRA (Reuters) - Australia paused refugee admissions from four countries on "
        "Friday. The countries named by the department are Fiji, Tonga, Samoa and Vanuatu, "
        "officials said."
    )
    targets = sorted(e.target_actor[:3] for e in doc.events if "the 4 listed" in (e.rule or ""))
    assert targets == ["FJI", "TON", "VUT", "WSM"], _seen(doc)


def test_recall17_an_indictment_by_a_grand_jury_charges_who_pleads_to_it(code_all):
    doc = code_all(
        "NEW YORK (Reuters) - Former Nissan executive Greg Kelly pleaded not guilty on Tuesday "
        "to a five-count indictment by a federal grand jury."
    )
    charged = [e for e in doc.events if e.code == "173" and "charged:" in (e.rule or "")]
    assert charged and charged[0].source_actor == "USAJUD", _seen(doc)
    assert charged[0].target_text and "Kelly" in charged[0].target_text, _seen(doc)
