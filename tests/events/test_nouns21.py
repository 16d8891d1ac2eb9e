"""issue #9 nouns21: event nouns and verbs added for the document gold's misses (praise,
insults, travel bans, shared information, criticism with its clause, work with, questions)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def dyads(doc):
    return {(e.source_actor, e.code, e.target_actor) for e in doc.events}


def test_praise_of_names_the_praised(code_all):
    doc = code_all(
        "The Spanish prime minister's praise of the Italian president surprised reporters in Rome."
    )
    assert any(
        (s or "").startswith("ESP") and c == "051" and (t or "").startswith("ITA")
        for s, c, t in dyads(doc)
    ), dyads(doc)


def test_insults_between_go_both_ways(code_all):
    doc = code_all(
        "Weeks of insults between the Turkish president and the Greek prime minister strained ties."
    )
    found = {(s[:3], t[:3]) for s, c, t in dyads(doc) if c == "111" and s and t}
    assert {("TUR", "GRC"), ("GRC", "TUR")} <= found, dyads(doc)


def test_travel_ban_by_its_maker_only(code_all):
    doc = code_all("Lawyers challenged the Hungarian government's travel ban in court on Friday.")
    assert any((s or "").startswith("HUN") and c == "172" for s, c, _ in dyads(doc)), dyads(doc)


def test_bare_travel_ban_is_not_coded(code_all):
    doc = code_all("The travel ban was debated for hours.")
    assert not [e for e in doc.events if e.code == "172"], dyads(doc)


def test_shared_documents_with(code_all):
    doc = code_all("The Dutch ministry shared the documents with German investigators on Monday.")
    assert any(
        (s or "").startswith("NLD") and c == "064" and (t or "").startswith("DEU")
        for s, c, t in dyads(doc)
    ), dyads(doc)


def test_criticism_from_with_its_clause(code_all):
    doc = code_all(
        "The talks went ahead despite criticism from Georgian lawmakers"
        " that the Russian government is stalling."
    )
    assert any(
        (s or "").startswith("GEO") and c == "111" and (t or "").startswith("RUS")
        for s, c, t in dyads(doc)
    ), dyads(doc)


def test_work_with_a_foreign_government(code_all):
    doc = code_all(
        "Prosecutors examined the British consultant's work with the Nigerian government."
    )
    assert any(
        (s or "").startswith("GBR") and c == "061" and (t or "").startswith("NGA")
        for s, c, t in dyads(doc)
    ), dyads(doc)


def test_military_drills_by_their_maker(code_all):
    doc = code_all("Iranian military drills alarmed Riyadh.")
    assert any((s or "").startswith("IRN") and c == "150" for s, c, _ in dyads(doc)), dyads(doc)


def test_call_between_two_leaders(code_all):
    doc = code_all(
        "A phone call between the Spanish prime minister and the Moroccan king"
        " took place on Tuesday."
    )
    found = {(s[:3], t[:3]) for s, c, t in dyads(doc) if c == "041" and s and t}
    assert ("ESP", "MAR") in found or ("MAR", "ESP") in found, dyads(doc)
