"""issue #9 crit23: evaluations told from the side of whom they judge, the judge in a "from" or
"by" phrase ("came under criticism from S", "came in for criticism from S", "drew fire from S",
"won praise from S", "has the backing of S", "faced calls from S to resign"): events from S to
the subject, by the light-verb entries of lexicon.yml (swap). Fire in a sentence of arms stays
shooting (190). With no "from" phrase no source is invented. Sentences written for the test in
the style of wire news."""

from __future__ import annotations

import pytest
from event_views import seen

pytestmark = pytest.mark.model


def _tuples(doc) -> set[tuple[str | None, str, str | None]]:
    return {(e.source_actor, e.code, e.target_actor) for e in doc.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Starmer came under criticism from the European Union on Tuesday over the new "
            "border rules.",
            ("IGOEUREEC", "111", "GBRGOV"),
        ),
        (
            "Starmer came in for criticism from Germany after the summit in Brussels.",
            ("DEU", "111", "GBRGOV"),
        ),
        (
            "Japan came under fire from Iran on Sunday over the seizure of the tanker.",
            ("IRN", "111", "JPN"),
        ),
        ("Biden drew fire from Israel after the speech in Chicago.", ("ISR", "111", "USAGOV")),
        (
            "Serbia won praise from the European Union for the judicial reforms.",
            ("IGOEUREEC", "051", "SRB"),
        ),
        ("Starmer earned plaudits from Biden for the trade deal.", ("USAGOV", "051", "GBRGOV")),
        ("Poland received backing from NATO on Friday for the plan.", ("IGOWSTNAT", "051", "POL")),
        ("Kosovo has the backing of the European Union in the talks.", ("IGOEUREEC", "051", "XKX")),
        ("Putin faced growing calls from Ukraine to step down.", ("UKR", "1041", "RUSGOV")),
        (
            "Iran faced accusations from France that it had supplied drones to Russia.",
            ("FRA", "112", "IRN"),
        ),
        ("Starmer was criticised by Germany on Monday.", ("DEU", "111", "GBRGOV")),
        ("Serbia was praised by the European Union on Thursday.", ("IGOEUREEC", "051", "SRB")),
        (
            "Serbia expelled two diplomats on Monday, drawing condemnation from Kosovo.",
            ("XKX", "111", "SRB"),
        ),
        ("Starmer's remarks on migration drew criticism in Germany.", ("DEU", "111", "GBRGOV")),
    ],
)
def test_the_judge_in_the_from_phrase_acts_on_the_subject(code_with_stand_in, text, expected):
    doc = code_with_stand_in(text)
    assert expected in _tuples(doc), seen(doc)


def test_calls_for_something_else_stay_pressure(code_with_stand_in):
    doc = code_with_stand_in("Belarus faced calls from Poland to free the jailed journalists.")
    assert ("POL", "100", "BLR") in _tuples(doc), seen(doc)
    assert not [e for e in doc.events if e.code == "1041"], seen(doc)


def test_fire_in_a_sentence_of_arms_is_shooting(code_with_stand_in):
    doc = code_with_stand_in(
        "Soldiers in Mali came under fire from Chad near the border, the army said."
    )
    codes = {e.code for e in doc.events if e.trigger_text == "came"}
    assert "190" in codes and "111" not in codes, seen(doc)


def test_no_source_is_invented_without_a_from_phrase(code_with_stand_in):
    doc = code_with_stand_in("Starmer faced criticism on Tuesday over the new border rules.")
    assert not [e for e in doc.events if e.code == "111" and e.source_actor], seen(doc)
