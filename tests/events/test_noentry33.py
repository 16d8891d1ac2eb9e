"""Words with no lexicon entry on whole articles (issue #9 noentry33, docgold_misses.py "no
entry"), as general news vocabulary: tackling a person is an assault (a problem tackled is no
event), clamoring for, nudging, maligning, huddling with, extolling, fining, skirmishing with and
assuring someone; the nouns rapprochement, disparaging remarks, dinner with, arrival in, troop
deployment, briefing for, retaliatory measures, loans to, rallies against, ultimatums to, an
audience with, jailing, assassination, the restoration of ties, consultations and a handshake
with, congratulations, condolences and an apology to, a visit and a video call with.
Sentences written for the test in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import assert_pair_coded, coded_pairs

pytestmark = pytest.mark.model


# (text, code, rule part, the country pair expected; None: no such event)
CASES = {
    "tackled a person: an assault": (
        "ATHENS (Reuters) - Police said a Greek man tackled the Dutch foreign minister outside "
        "the hotel on Monday.",
        "182",
        "tackle",
        ("GRC", "NLD"),
    ),
    "tackled a problem: no assault": (
        "THE HAGUE (Reuters) - The Dutch foreign minister said Germany must tackle corruption "
        "in its ports.",
        "182",
        "tackle",
        None,
    ),
    "problems tackled as 'them': no assault": (
        "PARIS (Reuters) - The French minister said the border problems with Italy were serious "
        "and that Paris would tackle them.",
        "182",
        "tackle",
        None,
    ),
    "clamored for someone to act": (
        "WARSAW (Reuters) - Polish farmers have clamored for the European Commission to block "
        "the grain imports.",
        "020",
        "clamor",
        ("POL", "IGO"),
    ),
    "nudged a country toward talks": (
        "BEIJING (Reuters) - China has nudged North Korea toward talks with Seoul.",
        "020",
        "nudge",
        ("CHN", "PRK"),
    ),
    "nudged out officials: no appeal": (
        "WASHINGTON (Reuters) - The new German ambassador nudged out several senior French "
        "diplomats in his first month.",
        "020",
        "nudge",
        None,
    ),
    "maligned a leader": (
        "ANKARA (Reuters) - The Turkish president maligned the Dutch prime minister in a speech "
        "on Sunday.",
        "111",
        "malign",
        ("TUR", "NLD"),
    ),
    "huddled with a leader": (
        "PARIS (Reuters) - The French president huddled with the German chancellor before the "
        "summit.",
        "040",
        "huddle",
        ("FRA", "DEU"),
    ),
    "extolled a leader": (
        "BUDAPEST (Reuters) - The Hungarian prime minister extolled the Chinese president during "
        "the visit.",
        "051",
        "extol",
        ("HUN", "CHN"),
    ),
    "fined a bank": (
        "BRUSSELS (Reuters) - The European Commission fined a Chinese bank for breaking the "
        "sanctions.",
        "172",
        "fine",
        ("IGO", "CHN"),
    ),
    "skirmished with troops": (
        "NEW DELHI (Reuters) - Indian soldiers skirmished with Chinese troops in the Himalayas "
        "on Tuesday.",
        "190",
        "skirmish",
        ("IND", "CHN"),
    ),
    "assured a leader": (
        "BERLIN (Reuters) - The German chancellor assured the Polish prime minister that the "
        "pipeline would not hurt Poland.",
        "030",
        "assure",
        ("DEU", "POL"),
    ),
    "announced a rapprochement: the announcer's side": (
        "ANKARA (Reuters) - Turkey announced a rapprochement with Egypt on Monday after years "
        "of tension.",
        "050",
        "rapprochement",
        ("TUR", "EGY"),
    ),
    "made disparaging remarks about someone": (
        "BUDAPEST (Reuters) - The Hungarian prime minister made disparaging remarks about the "
        "Dutch prime minister on Friday.",
        "111",
        "disparaging",
        ("HUN", "NLD"),
    ),
    "a leader's disparaging comments about another": (
        "BUDAPEST (Reuters) - The Hungarian prime minister's disparaging comments about the "
        "Dutch prime minister drew a protest.",
        "111",
        "disparaging",
        ("HUN", "NLD"),
    ),
    "a dinner with a leader": (
        "TOKYO (Reuters) - The Japanese prime minister's dinner with the French president ran "
        "late.",
        "043",
        "dinner",
        ("JPN", "FRA"),
    ),
    "an arrival in a foreign capital": (
        "MANILA (Reuters) - Protesters gathered ahead of the Chinese president's arrival in "
        "Manila.",
        "042",
        "arrival",
        ("CHN", "PHL"),
    ),
    "a deployment of troops to a country": (
        "MOSCOW (Reuters) - NATO's deployment of troops to Lithuania angered Moscow.",
        "154",
        "deployment",
        ("IGO", "LTU"),
    ),
    "a briefing for a committee": (
        "WASHINGTON (Reuters) - The CIA director gave a classified briefing for the Senate "
        "Intelligence Committee on Tuesday.",
        "040",
        "briefing",
        ("USA", "USA"),
    ),
    "retaliatory measures against a country": (
        "BEIJING (Reuters) - China announced retaliatory measures against Australia on Friday.",
        "160",
        "retaliatory",
        ("CHN", "AUS"),
    ),
    "a loan to a country": (
        "BEIJING (Reuters) - Russia's emergency loan to Belarus was agreed on Friday.",
        "071",
        "loan",
        ("RUS", "BLR"),
    ),
    "a rally against a government": (
        "YEREVAN (Reuters) - A rally by Armenian opposition parties against the government drew "
        "thousands on Sunday.",
        "141",
        "rally",
        ("ARM", "ARM"),
    ),
    "an ultimatum to a country": (
        "DOHA (Reuters) - The Saudi ultimatum to Qatar expired on Sunday night.",
        "139",
        "ultimatum",
        ("SAU", "QAT"),
    ),
    "an audience with the Pope": (
        "VATICAN CITY (Reuters) - The Polish president's audience with Pope Francis lasted "
        "half an hour.",
        "043",
        "audience",
        ("POL", "VAT"),
    ),
    "the jailing of a journalist": (
        "BERLIN (Reuters) - Egypt's jailing of a German reporter drew a protest from Berlin.",
        "173",
        "jailing",
        ("EGY", "DEU"),
    ),
    "the assassination of an envoy": (
        "ANKARA (Reuters) - The assassination of the Russian ambassador by a Turkish police "
        "officer shocked Moscow.",
        "186",
        "assassination",
        ("TUR", "RUS"),
    ),
    "a plea of guilty is no appeal": (
        "WASHINGTON (Reuters) - The former aide's plea of guilty to lying to the FBI stunned the "
        "White House.",
        "020",
        "plea",
        None,
    ),
    "the restoration of diplomatic ties with a country": (
        "WASHINGTON (Reuters) - The president announced the restoration of diplomatic ties with "
        "Cuba on Wednesday.",
        "054",
        "restoration",
        ("USA", "CUB"),
    ),
    "the resumption of sales is no restored tie": (
        "BEIJING (Reuters) - The resumption of American beef sales to China was announced on "
        "Friday.",
        "054",
        "restoration",
        None,
    ),
    "consultations with a counterpart": (
        "OSLO (Reuters) - The Norwegian foreign minister's consultations with her Finnish "
        "counterpart ended on Friday.",
        "040",
        "consultation",
        ("NOR", "FIN"),
    ),
    "a handshake with a leader": (
        "SEOUL (Reuters) - The Japanese prime minister's handshake with the Chinese president "
        "lasted only seconds.",
        "043",
        "handshake",
        ("JPN", "CHN"),
    ),
    "congratulations to a new leader": (
        "MOSCOW (Reuters) - The Russian president's congratulations to the new Turkish prime "
        "minister were published by the Kremlin.",
        "051",
        "congratulation",
        ("RUS", "TUR"),
    ),
    "condolences to a leader": (
        "NEW DELHI (Reuters) - The Pakistani prime minister's condolences to the Afghan "
        "president were read out on state television.",
        "018",
        "condolence",
        ("PAK", "AFG"),
    ),
    "an apology sent to someone": (
        "TOKYO (Reuters) - Japan's foreign minister sent a formal apology to the South Korean "
        "president on Monday.",
        "055",
        "apology",
        ("JPN", "KOR"),
    ),
    "a visit with a leader": (
        "OTTAWA (Reuters) - The Canadian prime minister's visit with the Mexican president was "
        "cut short by the storm.",
        "043",
        "visit",
        ("CAN", "MEX"),
    ),
    "a video call with a premier": (
        "BERLIN (Reuters) - The German chancellor's video call with the Indian prime minister "
        "lasted two hours.",
        "041",
        "video call",
        ("DEU", "IND"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_noentry33(code_all, case):
    text, code, rule, pair = CASES[case]
    doc = code_all(text, published="2017-11-14")
    assert_pair_coded(doc, code, rule, pair)


def test_rapprochement_is_not_both_ways(code_all):
    doc = code_all(
        "ANKARA (Reuters) - Turkey announced a rapprochement with Egypt on Monday after years "
        "of tension.",
        published="2017-11-14",
    )
    assert_pair_coded(doc, "050", "rapprochement", ("TUR", "EGY"))
    assert ("EGY", "TUR") not in coded_pairs(doc, "050", "rapprochement")
