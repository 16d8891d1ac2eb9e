"""issue #9/#10 office32: a role description ("the president") with no country in its phrase
is not the person its own clause names as the other side, and falls back to the office-holder
of the dateline's country before the most-named one."""

from __future__ import annotations

import pytest


def _role(doc, text: str):
    found = [m for m in doc.mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in doc.mentions]}"
    return found[0]


def test_the_role_is_not_the_holder_its_own_clause_works_with(code_text):
    doc = code_text(
        "WASHINGTON (AP) - The White House said on Friday that trade talks with Europe had "
        "made progress over the past week.\n\n"
        "The president expressed his willingness to work with Macron on a new tariff deal, "
        "officials said.",
        published="2025-06-13",
    )
    role = _role(doc, "The president")
    assert role.actor == "USAGOV" and role.canonical == "Donald Trump"
    event = next(e for e in doc.events if e.source_text == "The president")
    assert (event.source_actor, event.target_actor) == ("USAGOV", "FRAGOV")


def test_the_role_is_the_datelines_holder_not_the_most_named_country(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - Officials said on Monday that talks on Ukraine were going well "
        "and that Ukraine could see a ceasefire within weeks.\n\n"
        "The president said he would meet Putin next month in Budapest.",
        published="2025-10-20",
    )
    role = _role(doc, "The president")
    assert role.actor == "USAGOV"


def test_the_named_holder_still_takes_the_role(code_text):
    doc = code_text(
        "PARIS (Reuters) - Emmanuel Macron said on Monday France would send more air defences "
        "to Ukraine.\n\n"
        "The president promised he would meet Trump before the summit, his office said.",
        published="2025-06-13",
    )
    assert _role(doc, "The president").actor == "FRAGOV"


def test_a_name_inside_the_roles_quotation_is_no_other_side(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - Donald Trump said on Wednesday the inquiry had not come near "
        "him.\n\n"
        "Pointing to the report, the president said: “There is not even a mention of Trump in "
        "there.”",
        published="2017-11-01",
    )
    assert _role(doc, "the president").canonical == "Donald Trump"


FAR_BACK = (
    "{place} (Reuters) - {name} forces launched hundreds of drones at Kyiv on Monday, "
    "Ukrainian officials said.\n\n"
    "Congress is weighing new sanctions on Russian oil.\n\n"
    "Lawmakers from both parties said talks on the bill had stalled over the summer.\n\n"
    "Senate leaders met on Tuesday.\n\n"
    "The president said he would decide on the sanctions this week."
)


def test_a_foreign_holder_named_far_back_gives_way_to_the_datelines_holder(code_text):
    doc = code_text(FAR_BACK.format(place="WASHINGTON", name="Putin's"), published="2025-10-20")
    role = _role(doc, "The president")
    assert (role.actor, role.rule) == ("USAGOV", "role->office-holder-of-dateline")


def test_a_holder_of_the_datelines_country_named_far_back_keeps_the_role(code_text):
    doc = code_text(FAR_BACK.format(place="MOSCOW", name="Putin's"), published="2025-10-20")
    assert _role(doc, "The president").actor == "RUSGOV"


def test_a_foreign_holder_printed_with_the_title_keeps_the_role(code_text):
    doc = code_text(
        FAR_BACK.format(place="WASHINGTON", name="Russian President Vladimir Putin's"),
        published="2025-10-20",
    )
    assert _role(doc, "The president").actor == "RUSGOV"


TRIP = (
    "WASHINGTON (Reuters) - Donald Trump will travel to Europe next week, the White House said "
    "on Monday.\n\n{sentence}"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Macron will host the president at the Elysee Palace on Tuesday, officials said.",
        "Macron said he would welcome the president in Paris.",
    ],
)
def test_the_role_as_object_is_not_the_subject_named_before_it(code_text, sentence):
    doc = code_text(TRIP.format(sentence=sentence), published="2025-06-13")
    assert _role(doc, "the president").canonical == "Donald Trump"


def test_a_role_as_subject_after_a_time_clause_is_the_holder_named_in_it(code_text):
    doc = code_text(
        "PARIS (Reuters) - Officials said on Monday that Europe was preparing for new tariffs.\n\n"
        "After Macron arrived in Brussels, the president said Europe would respond.",
        published="2025-06-13",
    )
    assert _role(doc, "the president").canonical == "Emmanuel Macron"


@pytest.mark.parametrize(
    ("text", "role", "holder", "published"),
    [
        (
            "Donald Trump has defended his handling of the inquiry into Russia, which Moscow and "
            "Russia's Foreign Ministry call a hoax.\n\n"
            "In March, the president dismissed the agency chief, who later accused Trump of "
            "interfering.",
            "the president",
            "Donald Trump",
            "2017-12-22",
        ),
        (
            "Tony Blair and Gordon Brown will campaign together this week.\n\n"
            "One backbencher said the prime minister ought to sideline Mr Brown, but doubted "
            "Mr Blair would ever dare to do it.",
            "the prime minister",
            "Tony Blair",
            None,
        ),
    ],
)
def test_a_name_outside_the_roles_clause_is_no_other_side(code_text, text, role, holder, published):
    """A relative clause on the object, a verb conjoined after the role's: not its clause."""
    found = _role(code_text(text, published=published), role)
    assert (found.canonical, found.rule) == (holder, "role->office-holder-named-in-text")
