"""issues #9/#10 actors24: event actors the book typed wrongly or left unresolved.

- a cabinet "Secretary" of any portfolio is the government ("Business Secretary" was ---BUS,
  "Education Secretary" nothing); a party's general secretary is the party's;
- a portfolio of two fields is one office ("Shadow work and pensions secretary X" was split at
  "and" into "Shadow work" and "pensions secretary X");
- an international organisation's officials and envoys are the organisation (IGOUNO, not
  IGOUNOGOV), its forces keep their sector;
- a description naming its country ("the U.S. leader") never links to a person of another;
- "the country" the subject's own country was named last before is the other one named before;
- "the secretary" is the cabinet secretary the text named.

Sentences written for these tests in the style of wire news (invented people)."""

from __future__ import annotations

import sys
from pathlib import Path

# the event tests' shared views (that folder is on sys.path only when its own tests are
# collected too)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

import pytest  # noqa: E402
from event_views import first_with_trigger  # noqa: E402


@pytest.fixture(scope="module")
def code_rules():
    """The whole pipeline with the precision filter's threshold off: the rules under test."""
    from redline.clean import clean_document
    from redline.events.filter import with_event_settings
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline

    pipeline = with_event_settings(Pipeline(workers=1), min_confidence=0.0)

    def run(text: str, published: str | None = "2017-11-20"):
        raw = RawDocument(source="<test>", text=text, published=published)
        return pipeline(clean_document(raw))

    return run


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Business Secretary Tom Arlen", "---GOV"),
        ("British Business Secretary Tom Arlen", "GBRGOV"),
        ("business secretary Tom Arlen", "---GOV"),
        ("Education Secretary Jane Holt", "---GOV"),
        ("Homeland Security Secretary", "---GOV"),
        ("the Treasury Secretary", "---GOV"),
        ("Northern Ireland Secretary", "---GOV"),
        ("Shadow Business Secretary", "---OPP"),
        ("shadow work and pensions secretary", "---OPP"),
        ("the union's general secretary", "---LAB"),
        ("party secretary", "---PTY"),
    ],
)
def test_a_cabinet_secretary_is_the_government(book, phrase, code):
    assert book.lookup(phrase, date="2010-06-01").code == code


def test_a_party_general_secretary_is_the_party(book):
    found = book.lookup("the Labour general secretary", date="2010-06-01")
    assert found.code[3:] in ("PTY", "OPP"), found


def test_an_independent_counsel_and_an_inspector_general_are_placed(book):
    assert book.lookup("the independent counsel").code == "---JUD"
    assert book.lookup("the department's inspector general").code == "---GOV"


def test_a_civil_liberties_union_is_a_rights_body_not_labour(book):
    assert book.lookup("The American Civil Liberties Union").code == "USAHRI"
    assert book.lookup("ACLU lawyer Dana Pike").code == "USAHRI"
    assert book.lookup("the Ohio Civil Liberties Union").code.endswith("HRI")
    assert book.lookup("the union").code == "---LAB"


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("two Britons", "GBR"), ("Filipinos", "PHL"), ("Turks", "TUR"), ("Czechs", "CZE"),
     ("Greek Cypriots", "CYP"), ("Uzbeks", "UZB")],
)  # fmt: skip
def test_plural_demonyms_name_their_country(book, phrase, code):
    assert book.lookup(phrase).code == code


def test_an_organisations_officials_are_the_organisation(book):
    assert book.lookup("a U.N. spokesman").code == "IGOUNO"
    assert book.lookup("the U.N. special envoy for Yemen").code == "IGOUNO"
    assert book.lookup("NATO Secretary General").code == "IGOWSTNAT"
    assert book.lookup("U.N. peacekeepers").code == "IGOUNOMIL"


@pytest.mark.model
def test_business_secretary_acts_for_the_government(code_rules):
    doc = code_rules(
        "LONDON (Reuters) - Business Secretary Tom Arlen criticised the banks on Monday over "
        "their lending to small firms.",
        published="2010-11-08",
    )
    criticised = first_with_trigger(doc, "criticised")
    assert criticised.source_actor == "GBRGOV", criticised.rule


@pytest.mark.model
def test_a_portfolio_of_two_fields_is_one_office(code_rules):
    doc = code_rules(
        "LONDON (Reuters) - Shadow work and pensions secretary Mary Calder attacked the plan "
        "on Tuesday. The shadow work and pensions secretary, Mary Calder, criticised the "
        "Treasury for the cuts.",
        published="2017-03-14",
    )
    attacked = first_with_trigger(doc, "attacked")
    assert attacked.source_actor == "GBROPP", attacked.rule
    assert "work and pensions secretary" in attacked.rule
    criticised = first_with_trigger(doc, "criticised")
    assert criticised.source_actor == "GBROPP", criticised.rule


@pytest.mark.model
def test_a_un_envoy_is_the_un(code_rules):
    doc = code_rules(
        "GENEVA (Reuters) - Foreign Minister Ali Karimov held talks with U.N. Special Envoy "
        "for Syria Pieter Vandermeer on Thursday."
    )
    talks = first_with_trigger(doc, "held")
    assert "IGOUNO" in (talks.source_actor, talks.target_actor), talks.rule
    assert "IGOUNOGOV" not in (talks.source_actor, talks.target_actor), talks.rule


@pytest.mark.model
def test_a_description_with_its_country_is_not_another_countrys_person(code_rules):
    doc = code_rules(
        "TOKYO (Reuters) - Japan will offer a new trade dialogue, a government source said on "
        "Friday. Japanese Prime Minister Shinzo Abe would propose the dialogue to U.S. "
        "President Donald Trump on Nov. 6, when the U.S. leader visits Japan.",
        published="2017-10-27",
    )
    visits = first_with_trigger(doc, "visits")
    assert (visits.source_actor or "")[:3] == "USA", visits.rule
    assert "Shinzo Abe" not in visits.rule


@pytest.mark.model
def test_the_country_is_not_the_subjects_own(code_rules):
    doc = code_rules(
        "RIYADH (Reuters) - Rebels in Yemen fired a missile at Riyadh on Saturday. In "
        "response, the Saudi-led coalition closed all ports to the impoverished country.",
        published="2017-11-06",
    )
    closed = first_with_trigger(doc, "closed")
    assert closed.target_actor == "YEM", closed.rule


@pytest.mark.model
def test_the_secretary_is_the_cabinet_secretary_named(code_rules):
    doc = code_rules(
        "WASHINGTON (Reuters) - Energy Secretary Dale Morrow said on Monday the grid was "
        "safe. Later the secretary criticised the utility over the outages.",
        published="2017-10-30",
    )
    criticised = first_with_trigger(doc, "criticised")
    assert criticised.source_actor == "USAGOV", criticised.rule


@pytest.mark.model
def test_an_owner_named_with_a_hyphen_is_whose_the_actor_is(code_rules):
    doc = code_rules(
        "WASHINGTON (Reuters) - A Chinese-owned steel company sued the Commerce Department on "
        "Tuesday over the tariffs. In Havana, the Republican-controlled Senate opposed the "
        "nominee.",
        published="2017-11-21",
    )
    sued = first_with_trigger(doc, "sued")
    assert sued.source_actor == "CHNBUS", sued.rule
    assert "Chinese-owned" in sued.rule


@pytest.mark.model
def test_a_backer_named_with_a_hyphen_is_not_the_actor(code_rules):
    doc = code_rules(
        "BEIRUT (Reuters) - Iranian-backed militias attacked rebel positions in Syria on Sunday.",
        published="2017-11-19",
    )
    attacked = first_with_trigger(doc, "attacked")
    assert not (attacked.source_actor or "").startswith("IRN"), attacked.rule
    assert "Iranian-backed militias" in attacked.rule


@pytest.mark.model
def test_the_firm_is_the_business_named_last(code_rules):
    doc = code_rules(
        "WASHINGTON (Reuters) - Toyota Motor Corp said on Tuesday it would build a plant in "
        "Alabama. Huawei Technologies denied the allegations on Monday. The firm accused U.S. "
        "lawmakers of protectionism.",
        published="2017-11-21",
    )
    accused = first_with_trigger(doc, "accused")
    assert accused.source_actor == "CHNBUS", accused.rule


def test_the_company_is_not_a_name_before_a_business_the_book_knows(nlp):
    from labelled_entities import finish_labelled

    doc = finish_labelled(
        nlp,
        "Toyota Motor Corp said on Tuesday it would build a plant in Alabama. Gazprom said it "
        "would cut gas supplies. The company accused Kiev of stealing gas.",
        [("Toyota Motor Corp", 0, "ORG"), ("Alabama", 0, "GPE"), ("Kiev", 0, "GPE")],
    )
    company = [m for m in doc.mentions if m.text == "The company"]
    assert not company or company[0].canonical != "Toyota Motor Corp", company


LEDE = "The leader of the British National Party has been cleared of stirring up racial hatred.\n\n"


@pytest.mark.model
def test_a_lede_description_places_the_person_named_next(code_rules):
    doc = code_rules(
        LEDE + "Martin Crale, 46, criticised the Crown Prosecution Service after the verdict "
        "at Leeds Crown Court on Friday.",
        published="2006-11-10",
    )
    criticised = first_with_trigger(doc, "criticised")
    assert "lede-before" in criticised.rule, criticised.rule
    assert (criticised.source_actor or "")[:3] == "GBR", criticised.rule


@pytest.mark.model
def test_a_lede_description_is_not_a_titled_person(code_rules):
    doc = code_rules(
        LEDE + "Judge Alan Marsh criticised the prosecution after the verdict at Leeds Crown "
        "Court on Friday.",
        published="2006-11-10",
    )
    criticised = first_with_trigger(doc, "criticised")
    assert "lede-before" not in criticised.rule, criticised.rule
