"""Threats of retaliation, issue #9 threats33 (redline.events.retaliation): a pledge to
retaliate, respond, strike back or take countermeasures threatens the one answered (sentences
written for the test in the style of wire news)."""

from __future__ import annotations

import pytest
from event_views import country_codes, seen

pytestmark = pytest.mark.model


def _threats(doc) -> list[tuple]:
    return country_codes(e for e in doc.events if e.root_code == "13")


def _by_rule(doc) -> list[tuple]:
    return country_codes(e for e in doc.events if "retaliation:" in (e.rule or ""))


# -- a pledge to retaliate, the target the "against" / "at" object ----------------------------


def test_threats33_would_retaliate_against_is_a_threat_to_them(code_all):
    doc = code_all(
        "Tehran said it would retaliate against Israel for the bombing of its embassy in Beirut."
    )
    assert _threats(doc) == [("130", "IRN", "ISR")], seen(doc)


def test_threats33_hit_back_at_is_a_threat_to_them(code_all):
    doc = code_all("Beijing said it would hit back at Washington over the new steel tariffs.")
    assert _threats(doc) == [("130", "CHN", "USA")], seen(doc)


def test_threats33_ready_to_respond_in_kind_to_sanctions_by_another(code_all):
    doc = code_all(
        "The Kremlin said Moscow was ready to respond in kind to any new sanctions by the "
        "European Union."
    )
    assert _by_rule(doc) == [("130", "RUS", "IGO")], seen(doc)


# -- the target the author of the act answered, or the actor of the condition ------------------


def test_threats33_respond_forcefully_to_aggression_by_another(code_all):
    doc = code_all(
        "Tehran will respond forcefully to any aggression by Israel, the Iranian foreign "
        "ministry said on Sunday."
    )
    assert _threats(doc) == [("130", "IRN", "ISR")], seen(doc)


def test_threats33_countermeasures_if_another_acts(code_all):
    doc = code_all("China vowed to take countermeasures if Washington approved the arms package.")
    assert ("130", "CHN", "USA") in _threats(doc), seen(doc)


def test_threats33_would_respond_if_another_acts_replaces_the_warning(code_all):
    doc = code_all("Putin warned that Russia would respond if NATO stationed troops in Finland.")
    assert _threats(doc) == [("130", "RUS", "IGO")], seen(doc)
    assert not [e for e in doc.events if e.code == "111"], seen(doc)


def test_threats33_strike_back_is_a_threat_of_force_never_a_labour_strike(code_all):
    doc = code_all(
        "“If North Korea attacks Guam, we will strike back,” Defense Secretary Jim Mattis said."
    )
    assert ("138", "USA", "PRK") in _threats(doc), seen(doc)
    assert not [e for e in doc.events if e.root_code == "14"], seen(doc)


def test_threats33_a_vowed_military_response_to_a_provocation(code_all):
    doc = code_all(
        "North Korea vowed a merciless military response to any provocation by South Korea."
    )
    assert _threats(doc) == [("138", "PRK", "KOR")], seen(doc)


# -- what is said of another: the speaker threatens -------------------------------------------


def test_threats33_will_pay_a_heavy_price_the_speaker_threatens_the_payer(code_all):
    doc = code_all("“Russia will pay a heavy price for this crime,” the Ukrainian president said.")
    assert _by_rule(doc) == [("130", "UKR", "RUS")], seen(doc)


def test_threats33_will_not_go_unanswered_threatens_the_act_s_author(code_all):
    doc = code_all("The Saudi foreign minister said the Houthi attack would not go unanswered.")
    assert _by_rule(doc) == [("130", "SAU", "YEM")], seen(doc)


def test_threats33_met_with_a_crushing_response_is_a_threat_of_force(code_all):
    doc = code_all(
        "“Any attack on our soil will be met with a crushing response,” the Iranian defense "
        "minister said."
    )
    assert [e.code for e in doc.events if "retaliation:" in (e.rule or "")] == ["138"], seen(doc)


def test_threats33_all_options_on_the_table_with_force_among_them(code_all):
    doc = code_all(
        "Secretary of State Mike Pompeo said all options, including military ones, were on the "
        "table in dealing with Iran."
    )
    assert _by_rule(doc) == [("138", "USA", "IRN")], seen(doc)


def test_threats33_prepared_for_a_military_response(code_all):
    doc = code_all(
        "The general said Israel was prepared for a military response against Hezbollah."
    )
    assert _by_rule(doc) == [("138", "ISR", "LBN")], seen(doc)


def test_threats33_there_will_be_consequences_for_another(code_all):
    doc = code_all(
        "Senator Lindsey Graham said there will be consequences for Russia if it interferes again."
    )
    assert _by_rule(doc) == [("130", "USA", "RUS")], seen(doc)


def test_threats33_vowed_to_exact_revenge_on_another(code_all):
    doc = code_all(
        "Iran vowed to exact revenge on Israel for the killing of its nuclear scientist."
    )
    assert _threats(doc) == [("130", "IRN", "ISR")], seen(doc)


# -- no pledge, no threat ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not respond to a request for comment on Monday.",
        "Analysts said Iran could retaliate against U.S. forces in Iraq.",
        "It was unclear how Tehran would respond to the strikes.",
        "Iran said it would not retaliate against the United States.",
        "Diplomats said Iran would likely retaliate against Israel.",
        "If Russia retaliates against Finland, NATO will meet on Tuesday.",
        "Questions about the deal remain unanswered.",
        "His family would face severe consequences if he fled, the prosecutor said.",
        "The report said the new rules could have serious consequences for farmers.",
        "The White House said the president would respond to the court's decision next week.",
    ],
)
def test_threats33_no_pledge_is_no_threat(code_all, text):
    doc = code_all(text)
    assert not _by_rule(doc), seen(doc)
    assert not [e for e in doc.events if e.root_code == "13"], seen(doc)


# -- a retaliation carried out is an attack, no threat ----------------------------------------


def test_threats33_retaliated_with_missile_strikes_is_an_attack(code_all):
    doc = code_all("Iran retaliated with missile strikes on U.S. bases in Iraq on Wednesday.")
    assert not _threats(doc), seen(doc)
    assert ("190", "IRN", "USA") in country_codes(doc.events), seen(doc)


def test_threats33_struck_back_at_is_an_attack_on_them(code_all):
    doc = code_all("Israel struck back at Hamas overnight, the army said.")
    assert not _threats(doc), seen(doc)
    assert ("190", "ISR", "PSE") in country_codes(doc.events), seen(doc)


def test_threats33_struck_back_with_air_strikes_at_the_country_answered(code_all):
    doc = code_all("India struck back at Pakistan with air strikes on militant camps.")
    assert ("190", "IND", "PAK") in country_codes(doc.events), seen(doc)


def test_threats33_a_union_striking_back_retorts_no_labour_strike(code_all):
    doc = code_all("The French teachers' union struck back at the ministry on Friday.")
    assert [e.code for e in doc.events if e.trigger_text.startswith("struck")] == ["111"], seen(doc)


def test_threats33_retaliated_by_expelling_diplomats_is_no_attack(code_all):
    doc = code_all("Moscow retaliated by expelling 60 American diplomats.")
    assert not [e for e in doc.events if "retaliation:" in (e.rule or "")], seen(doc)


def test_threats33_vocabulary_is_data():
    from redline.events.retaliation import load_vocabulary

    vocab = load_vocabulary()
    assert vocab.verbs["strike"].particle == "back" and vocab.verbs["strike"].military
    assert vocab.verbs["respond"].cue and not vocab.verbs["retaliate"].cue
    assert ("countermeasure",) in vocab.measures and "heavy" in vocab.price_words
