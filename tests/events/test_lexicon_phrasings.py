"""Each wording added to the lexicon in round 2, coded from a sentence written for this test
(news-like, not from any gold set), with the root code, and actors where the phrasing has them."""

from __future__ import annotations

import pytest

from redline.model import check_offsets

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # appeals and intents
        ("Farmers' unions submitted a petition to the European Commission.", "020"),
        ("Ecuador requested an emergency session of the Security Council.", "026"),
        ("Chile and Peru agreed to stage joint naval exercises next spring.", "0312"),
        ("Japan has promised to continue military aid to the Philippines.", "0332"),
        ("Canada and Mexico agreed on a new trade framework on Monday.", "030"),
        ("The rebels offered concessions on the disputed border towns.", "035"),
        ("The union agreed to postpone the march until next week.", "0352"),
        ("Germany will support Poland's bid for a seat on the council.", "032"),
        # meetings, cooperation, aid
        ("Egypt and Sudan renewed negotiations on the Nile dam on Sunday.", "046"),
        ("The Qatari envoy undertook a mediation mission between Chad and Sudan.", "045"),
        ("Kenya and Somalia have restored diplomatic ties after a year.", "054"),
        ("India has been sharing expertise with Sri Lanka on flood defences.", "060"),
        ("Norway donated medical goods to the hospital in Gaza.", "070"),
        ("The World Food Programme delivered 300 tons of food aid to Malawi.", "073"),
        ("The European Union gave Moldova 50 million euros of aid.", "070"),
        ("Uganda accepted 40,000 more refugees from South Sudan last month.", "073"),
        # yielding, investigating, demanding, rejecting
        ("The teachers' union called off the strike after talks with the ministry.", "082"),
        ("The court cancelled restrictions on public gatherings in the capital.", "081"),
        ("Thailand eased emergency measures in the southern provinces.", "0814"),
        ("Myanmar will allow the refugees to return home.", "0343"),
        # agreeing to a ceasefire is the intent (the codebook's 0356 example); declaring one 0871
        ("Armenia and Azerbaijan agreed to a ceasefire on Tuesday.", "0356"),
        ("The army declared a ceasefire in the north on Sunday.", "0871"),
        ("The commission completed its investigation into the shooting.", "090"),
        ("The villagers are demanding a UN military presence in the region.", "1034"),
        ("The government reneged on its commitment to the unions.", "120"),
        # protest, force posture, coercion and violence
        ("Dock workers stopped work on Monday over unpaid wages.", "143"),
        ("Masked youths threw stones during the funeral procession.", "145"),
        ("Indian troops remained on high alert along the border.", "152"),
        ("The junta forced the UN mission out of the country.", "166"),
        ("Militiamen sexually abused women in the camps, the report said.", "1821"),
        ("Separatists wounded three policemen in a bomb attack in Quetta.", "183"),
        ("A judge was killed in a car bomb explosion in Lima.", "1832"),
        ("Armed groups were engaged in ethnic cleansing in the province.", "203"),
    ],
)
def test_lexicon_phrasing_codes(code_all, text, code):
    doc = code_all(text, published="2012-06-01")
    assert check_offsets(doc) == []
    codes = [e.code for e in doc.events]
    assert codes and codes[0] == code, [(e.code, e.rule) for e in doc.events]


def test_lexicon_refusal_of_ending_a_strike_is_rejection_of_easing_dissent(code_text):
    doc = code_text(
        "The miners will not end their strike unless wages rise.", published="2012-06-01"
    )
    assert [e.code for e in doc.events][:1] == ["1242"]


def test_lexicon_measure_noun_reads_through_to_what_it_measures(code_text):
    doc = code_text("Turkey sent 20 truckloads of medicine to Idlib.", published="2012-06-01")
    assert doc.events[0].code == "073" and "truckloads" not in doc.events[0].rule


def test_lexicon_naming_with_call_is_not_a_phone_call(code_text):
    doc = code_text(
        "Russia condemned what it called provocations by Georgia.", published="2012-06-01"
    )
    assert [e.code for e in doc.events] == ["111"]


def test_lexicon_demand_in_declaration_speaks_for_its_authors(code_text):
    doc = code_text(
        "Afghan women's groups published a letter demanding the release of the detained activists.",
        published="2012-06-01",
    )
    assert [e.root_code for e in doc.events] == ["10"]
    assert doc.events[0].source_actor.startswith("AFG")


def test_lexicon_statement_is_dropped_when_a_specific_event_exists(code_text):
    doc = code_text(
        "The opposition issued a statement accusing the government of fraud.",
        published="2012-06-01",
    )
    assert "010" not in [e.code for e in doc.events]
    assert [e.root_code for e in doc.events] == ["11"]


def test_lexicon_must_on_the_governing_verb_makes_a_demand(code_text):
    doc = code_text(
        "Merkel said Athens must be ready to negotiate with its creditors.",
        published="2012-06-01",
    )
    assert doc.events and doc.events[0].root_code == "10"
    assert doc.events[0].source_actor == "DEUGOV"


@pytest.mark.parametrize(
    ("sentence", "code", "source", "target"),
    [
        ("The United States delivered more than 100 ATACMS to Ukraine.", "072", "USA", "UKR"),
        ("Germany will send Leopard tanks and IRIS-T systems to Kyiv.", "0332", "DEU", "UKR"),
        (
            "The United States announced more than $2 billion in military aid for Ukraine.",
            "0332",
            "USA",
            "UKR",
        ),
        ("Britain pledged 500 million pounds in military aid to Ukraine.", "0332", "GBR", "UKR"),
        ("Japan sent 300 tons of rice to North Korea.", "073", "JPN", "PRK"),
    ],
)
def test_lexicon_aid_packages_and_weapon_systems(code_text, sentence, code, source, target):
    doc = code_text(sentence, published="2024-09-13")
    coded = {(e.code, e.source_actor, e.target_actor) for e in doc.events}
    assert (code, source, target) in coded, [
        (e.code, e.source_actor, e.target_actor, e.rule) for e in doc.events
    ]
