"""What an aim, goal or plan "is to" do is intended, not done (issue #9, lead, session 27;
guideline: intentions are 03x intents). Read on unseen BBC copy: "The aim of UKIP is to withdraw
Britain from the EU" was coded as the withdrawal itself (080)."""

from __future__ import annotations

from event_views import by_trigger_start as _at
from event_views import seen


def test_the_aim_is_to_withdraw_is_an_intent(code_all):
    doc = code_all(
        "LONDON (Reuters) - The aim of the UK Independence Party is to withdraw Britain from "
        "the European Union."
    )
    withdrawn = _at(doc, "withdraw")
    assert withdrawn and all(e.root_code == "03" for e in withdrawn), seen(doc)


def test_a_goal_is_to_pull_out_is_an_intent(code_all):
    doc = code_all(
        "LONDON (Reuters) - The party's goal is to pull Britain out of the European Union."
    )
    pulled = _at(doc, "pull")
    assert pulled and all(e.root_code == "03" for e in pulled), seen(doc)


def test_a_done_withdrawal_stays_the_act(code_all):
    doc = code_all("LONDON (Reuters) - Britain withdrew its ambassador from Moscow on Tuesday.")
    withdrawn = _at(doc, "withdrew")
    assert withdrawn and withdrawn[0].root_code != "03", seen(doc)
