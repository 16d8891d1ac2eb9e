"""A subpoena "for documents from T" or "for T" demands information (101, guideline §14.11), never
an arrest or a charge (173), which the warrant entry gave it (issue #9, lead, session 27; read on
an unseen Wikinews report of the House's impeachment subpoenas)."""

from __future__ import annotations

from event_views import by_trigger_start as _at
from event_views import seen


def test_a_subpoena_for_documents_from_an_official(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - The House of Representatives issued a subpoena for documents "
        "from Secretary of State Mike Pompeo on Friday."
    )
    issued = _at(doc, "issued")
    assert issued and issued[0].code == "101", seen(doc)
    assert issued[0].source_actor == "USALEG" and issued[0].target_actor == "USAGOV", seen(doc)


def test_a_subpoena_for_a_person(code_all):
    doc = code_all(
        "WASHINGTON (Reuters) - Federal prosecutors issued a subpoena for former campaign "
        "chairman Paul Manafort."
    )
    issued = _at(doc, "issued")
    assert issued and issued[0].code == "101", seen(doc)


def test_an_arrest_warrant_is_still_173(code_all):
    doc = code_all(
        "MOSCOW (Reuters) - A Russian court issued an arrest warrant for the opposition leader "
        "on Tuesday."
    )
    issued = _at(doc, "issued")
    assert issued and issued[0].code == "173", seen(doc)


def test_aid_delayed_is_aid_cut(code_all):
    # read on the same article: "ordered his staff to delay around US$400 million in military
    # aid" coded nothing; a delay of aid holds it back as a halt does (162)
    doc = code_all(
        "WASHINGTON (Reuters) - The administration delayed $400 million in security aid to "
        "Ukraine over the summer."
    )
    delayed = _at(doc, "delayed")
    assert delayed and delayed[0].root_code == "16", seen(doc)
    assert delayed[0].source_actor == "USAGOV" and delayed[0].target_actor.startswith("UKR")
