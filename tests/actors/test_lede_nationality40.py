"""issue #9/#10 nation40: a person the actor book does not know whom the article tells first by
a lede with a nationality ("The Romanian hacker who ... pleaded guilty", "A lawmaker in Peru is
calling for ..."), then names as the next sentence's subject, takes that country for every
mention, before the article's main country; never from a body ("The Russian government"), a
plural ("Iranian officials"), or a description of the dateline's own country.

Sentences written for these tests in the style of news (invented people)."""

from __future__ import annotations

import pytest

from redline.actors.graph import entity_graph

pytestmark = pytest.mark.model

LEDE = "placed-by-the-lede-before"


def _placed(code_text, text: str, name: str) -> tuple[str | None, str]:
    doc = code_text(text, published="2016-06-01")
    for entity in entity_graph(doc):
        if entity.canonical and name in entity.canonical:
            return entity.actor, entity.mentions[0].rule
    raise AssertionError([e.canonical for e in entity_graph(doc)])


PLACED = {
    "a nationality adjective on the lede's subject": (
        "The Moldovan hacker who broke into the email accounts of several senators pleaded "
        "guilty on Wednesday to identity theft. Dorin Vasilescu, 39, told the court he had "
        "acted alone. Prosecutors said Vasilescu had targeted dozens of Americans.",
        "Dorin Vasilescu",
        "MDA",
    ),
    "a country after the lede's subject": (
        "A congressman in Peru is calling for Donald Trump to be barred from the country after "
        "the candidate's remarks on immigrants. Julio Quispe said the remarks were an insult. "
        "Quispe filed the motion on Monday.",
        "Julio Quispe",
        "PER",
    ),
    "the next sentence's subject after a quotation naming someone": (
        "A congressman in Peru is calling for Donald Trump to be barred from the country. "
        '"Mr. Trump insults every Peruvian," Julio Quispe said in a motion filed in Lima. '
        "Quispe filed the motion on Monday.",
        "Julio Quispe",
        "PER",
    ),
}


@pytest.mark.parametrize("case", list(PLACED))
def test_the_ledes_nationality_places_the_next_named_person(code_text, case):
    text, name, country = PLACED[case]
    actor, rule = _placed(code_text, text, name)
    assert (actor or "").startswith(country), (actor, rule)
    assert LEDE in rule, rule


NOT_PLACED = {
    "a body, not a person": (
        "The Bulgarian government rejected the report on Tuesday as unfounded. Petar Dobrev, "
        "a lawyer in Chicago, said the claims would be tested in court.",
        "Petar Dobrev",
    ),
    "a plural": (
        "Moldovan officials rejected the report on Tuesday as unfounded. Kevin Marsh said the "
        "claims would be tested in court.",
        "Kevin Marsh",
    ),
    "the dateline's own country": (
        "WASHINGTON (Reuters) - The American hacker who broke into the email accounts of "
        "several ministers pleaded guilty on Wednesday. Dorin Vasilescu, 39, told the court he "
        "had acted alone.",
        "Dorin Vasilescu",
    ),
}


@pytest.mark.parametrize("case", list(NOT_PLACED))
def test_no_lede_nationality_without_a_persons_country(code_text, case):
    text, name = NOT_PLACED[case]
    _, rule = _placed(code_text, text, name)
    assert LEDE not in rule, rule


PAIRS = {
    "before the name": (
        "Police in Munich said the Iranian-German gunman Ali Rahimi, 18, had planned the "
        "shooting for a year. Rahimi had threatened classmates.",
        "Ali Rahimi",
        "DEU",
    ),
    "in an apposition": (
        "Kemal Arslan, a Turkish-Dutch businessman, sued the airline on Monday. Arslan accused "
        "the firm of fraud.",
        "Kemal Arslan",
        "NLD",
    ),
    "in the lede": (
        "The Iranian-German gunman who killed nine people in Munich had planned the attack for "
        "a year. David Sonbali, 18, had visited the site of a school shooting, prosecutors "
        "said on Sunday.",
        "David Sonbali",
        "DEU",
    ),
}


@pytest.mark.parametrize("case", list(PAIRS))
def test_a_pair_of_nationalities_gives_the_second(code_text, case):
    """§28.8: "an Iranian-German" attacker is German, the country he lived in."""
    text, name, country = PAIRS[case]
    actor, rule = _placed(code_text, text, name)
    assert (actor or "").startswith(country), (actor, rule)


OWNED_LEDE = (
    "BRUSSELS - Finance ministers of the eurozone met on Monday. And the European Union's "
    'trade commissioner made it clear that action was needed. "We will need to see decisions '
    'in that direction," said Ingvar Lindqvist.'
)


def test_a_lede_of_a_bodys_role_places_the_next_named_speaker(code_text):
    """issue #9/#10 lead42: "the <Body>'s <role>" as the lede's subject describes the person the
    next sentence names as its subject, as "the <head> of <body>" does."""
    doc = code_text(OWNED_LEDE, published="2016-06-01")
    entity = next(e for e in entity_graph(doc) if e.canonical == "Ingvar Lindqvist")
    rules = [m.rule or "" for m in entity.mentions]
    assert entity.actor == "IGOEUREEC", (entity.actor, rules)
    assert any(LEDE in r for r in rules), rules


def test_a_lede_of_a_persons_role_places_nobody(code_text):
    text = (
        "BRUSSELS - Finance ministers of the eurozone met on Monday. And Mr Juncker's chief of "
        'staff made it clear that action was needed. "We will need to see decisions in that '
        'direction," said Ingvar Lindqvist.'
    )
    doc = code_text(text, published="2016-06-01")
    entity = next(e for e in entity_graph(doc) if e.canonical == "Ingvar Lindqvist")
    rules = [m.rule or "" for m in entity.mentions]
    assert not any(LEDE in r for r in rules), (entity.actor, rules)
