"""issue #9 violence26: an act of force told in a participle after a comma ("jets bombed rebel
towns, killing nine peacekeepers") is the subject's own further act, kept beside the main
clause's event with that subject as its source, not left as a lower clause (kept only from
``LOWER_CLAUSE_FLOOR``). Speech, "forcing" and other participles stay lower clauses. The
sentences are our own, in news phrasing."""

from __future__ import annotations

import pytest
from event_views import events

from redline.events.coder import LOWER_CLAUSE_NOTE

pytestmark = pytest.mark.model


def _forces(doc, trigger: str) -> list[tuple]:
    """(source country, target country) of the use-of-force events at ``trigger``."""
    return [
        ((e.source_actor or "")[:3], (e.target_actor or "")[:3])
        for e in doc.events
        if e.trigger_text == trigger and e.code[:2] in ("18", "19", "20")
    ]


def _kept_as_own(doc, trigger: str) -> bool:
    return any(
        e.trigger_text == trigger and LOWER_CLAUSE_NOTE not in (e.rule or "") for e in doc.events
    )


def test_killing_after_a_bombing_is_the_bombers_act(code_text):
    doc = code_text(
        "ABIDJAN (Reuters) - Ivorian government jets bombed rebel towns on Saturday, killing "
        "nine French peacekeepers."
    )
    assert ("CIV", "FRA") in _forces(doc, "killing"), events(doc)
    assert _kept_as_own(doc, "killing"), events(doc)
    assert _forces(doc, "bombed"), events(doc)  # the main clause's own act stays


def test_two_joined_participles_are_both_kept(code_text):
    doc = code_text(
        "KABUL (Reuters) - Taliban fighters stormed an army base in Kandahar on Tuesday, killing "
        "six Afghan soldiers and wounding four policemen."
    )
    assert ("AFG", "AFG") in _forces(doc, "killing"), events(doc)
    assert ("AFG", "AFG") in _forces(doc, "wounding"), events(doc)
    stormers = {e.source_actor for e in doc.events if e.trigger_text == "stormed"}
    sources = {e.source_actor for e in doc.events if e.trigger_text in ("killing", "wounding")}
    assert stormers and sources == stormers, events(doc)


def test_a_participle_hung_on_the_first_ones_object_shares_its_subject(code_text):
    # the parser hangs "killing" on "towns" as a conjunct of the noun
    doc = code_text(
        "ABIDJAN (Reuters) - The Ivorian army broke the ceasefire, shelling rebel towns and "
        "killing civilians."
    )
    killed = [e for e in doc.events if e.trigger_text == "killing"]
    assert killed and all((e.source_actor or "").startswith("CIVMIL") for e in killed), events(doc)


def test_a_participle_on_a_clause_of_time_is_kept_too(code_text):
    doc = code_text(
        "KABUL (Reuters) - Police said the attack came after Taliban fighters stormed an army "
        "base in Kandahar, killing six Afghan soldiers."
    )
    assert ("AFG", "AFG") in _forces(doc, "killing"), events(doc)
    assert _kept_as_own(doc, "killing"), events(doc)


def test_police_injuring_demonstrators_is_a_second_act(code_text):
    doc = code_text(
        "LAGOS (Reuters) - Nigerian police fired tear gas at protesters in Lagos, injuring dozens "
        "of demonstrators."
    )
    assert ("NGA", "NGA") in _forces(doc, "injuring"), events(doc)
    assert _kept_as_own(doc, "injuring"), events(doc)


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "KABUL (Reuters) - Taliban fighters attacked the district centre, forcing Afghan "
            "police to retreat.",
            "forcing",
        ),
        (
            "NAIROBI (Reuters) - Kenyan police arrested three men, saying they had planned to "
            "attack the embassy.",
            "planned",
        ),
    ],
)
def test_other_participles_stay_lower_clauses(code_all, text, trigger):
    doc = code_all(text)
    assert not _kept_as_own(doc, trigger), events(doc)


def test_leaving_people_dead_is_a_killing_by_the_main_subject(code_text):
    doc = code_text(
        "CAIRO (Reuters) - Egyptian police clashed with protesters in Cairo, leaving two "
        "protesters dead."
    )
    left = [e for e in doc.events if e.trigger_text == "leaving"]
    assert [(e.code, e.source_actor, e.target_actor) for e in left] == [
        ("190", "EGYCOP", "EGYCVL")
    ], events(doc)


@pytest.mark.parametrize("state", ["dead", "homeless"])
def test_only_dead_makes_leaving_a_killing(code_all, state):
    doc = code_all(
        f"DAMASCUS (Reuters) - Syrian troops shelled rebel villages near Idlib, leaving hundreds "
        f"of villagers {state}."
    )
    killed = [e for e in doc.events if e.trigger_text == "leaving" and e.code == "190"]
    assert bool(killed) is (state == "dead"), events(doc)


def test_an_arrest_in_a_participle_is_kept_as_the_raiders_act(code_text):
    doc = code_text(
        "NAIROBI (Reuters) - Kenyan police raided a mosque in Mombasa on Monday, arresting three "
        "Somali nationals."
    )
    arrests = [e for e in doc.events if e.trigger_text == "arresting"]
    assert [(e.code, e.source_actor, e.target_actor) for e in arrests] == [
        ("173", "KENCOP", "SOM")
    ], events(doc)
    assert _kept_as_own(doc, "arresting"), events(doc)


def test_a_participle_on_a_conjunct_with_a_borrowed_subject_stays_lower(code_all):
    # the parser joins "struck" to "detained" as a conjunct, lending it the police as subject
    doc = code_all(
        "ANKARA (Reuters) - Turkish police have detained dozens of suspected Islamic State "
        "militants since suicide bombers linked to the group struck Ankara in 2015, killing 100 "
        "people at a peace rally."
    )
    assert not _kept_as_own(doc, "killing"), events(doc)


def test_a_raid_killing_and_abducting_holds_three_events(code_text):
    doc = code_text(
        "MAIDUGURI (Reuters) - Boko Haram militants raided a village in northeast Nigeria, "
        "killing 30 villagers and abducting dozens of women."
    )
    raiders = {e.source_actor for e in doc.events if e.trigger_text == "raided"}
    acts = {(e.code[:2], e.source_actor) for e in doc.events if e.trigger_text != "raided"}
    assert raiders and {("19", s) for s in raiders} | {("18", s) for s in raiders} <= acts, events(
        doc
    )
