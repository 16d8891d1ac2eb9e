"""Precision fixes from the round-2 labelling (issue #9): what the two labellers most often
judged wrong, on sentences written for the tests in wire phrasing."""

from __future__ import annotations

import pytest

from redline.events.senses import SenseObject, check_sense

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def code_default(nlp):
    """The whole pipeline with its default settings: the filter's threshold on."""
    from redline.clean import clean_document
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline

    pipeline = Pipeline()

    def run(text: str):
        raw = RawDocument(source="<test>", text=text, published="2018-03-01")
        return pipeline(clean_document(raw))

    return run


def codes(doc):
    return [(e.source_actor, e.code, e.target_actor, e.rule) for e in doc.events]


def test_declined_to_comment_is_no_event_at_the_default_threshold(code_all, code_default):
    text = "A spokesman for the Interior Ministry declined to comment on the report on Tuesday."
    kept = [e for e in code_all(text).events if e.code == "011"]
    # kept for the CAMEO sentence sets, with confidence 0 and the reason on the rule
    assert kept and kept[0].confidence == 0.0 and "no event" in kept[0].rule
    assert not any(e.code == "011" for e in code_default(text).events)


def test_us_body_is_american_whatever_the_dateline(code_all):
    text = (
        "HANOI (Reuters) - U.S. President Donald Trump arrived in Vietnam on Saturday for a "
        "regional summit. A special counsel has charged his former campaign chairman with "
        "money laundering. A federal judge rejected the Justice Department's request."
    )
    doc = code_all(text)
    actors = {a for e in doc.events for a in (e.source_actor, e.target_actor) if a}
    assert not any(a.startswith("VNM") and a[3:] in ("JUD", "LEG", "COP") for a in actors)
    assert "USAJUD" in actors, codes(doc)


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("Mexico received waivers from the U.S. Treasury last year.", {"043", "042"}),
        ("The committee released the documents to reporters on Friday.", {"0841"}),
        ("Turkey failed to meet the deadline set by the European Union.", {"040"}),
        ("Russian officials took part in the talks in Geneva.", {"192"}),
        ("Russian hackers hacked the email accounts of Democratic officials.", {"1823"}),
        ("North Korea and the United States exchanged fiery rhetoric this week.", {"0841", "061"}),
        ("FBI agents questioned the former adviser about his contacts.", {"110", "020"}),
        ("Lawmakers warned that a trade war with China would hurt farmers.", {"138"}),
        ("The president fired his chief of staff on Friday.", {"190", "194"}),
        ("FBI agents executed a search warrant at the lawyer's office.", {"1823"}),
        ("The senator has been fighting brain cancer since July.", {"190"}),
        ("Germany engaged in diplomacy with Poland throughout the crisis.", {"190", "1384"}),
    ],
)
def test_word_senses_the_labellers_found(code_all, text, bad):
    doc = code_all(text)
    assert not any(e.code in bad for e in doc.events), codes(doc)


def test_traded_insults_is_criticism_each_way(code_all):
    doc = code_all("Germany and Poland traded insults over the border dispute on Monday.")
    pairs = {(e.source_actor, e.target_actor) for e in doc.events if e.code == "111"}
    assert {("DEU", "POL"), ("POL", "DEU")} <= pairs, codes(doc)


def test_investigators_questioning_is_an_investigation():
    code, why = check_sense("question", "110", "Prosecutors", True)
    assert code == "090" and "prosecutor" in why


def test_fired_back_criticises_and_fired_rockets_attack():
    back = SenseObject(particles=frozenset({"back"}))
    assert check_sense("fire", "190", "Trump", True, obj=back)[0] == "111"
    rockets = SenseObject(lemma="rocket", text="rockets")
    assert check_sense("fire", "190", "Troops", True, obj=rockets)[0] == "190"
    person = SenseObject(lemma="director", text="the fbi director")
    assert check_sense("fire", "190", "Trump", True, obj=person)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Investigators are examining whether Germany met Iranian officials in Vienna.",
        "Reporters asked if Israel had attacked the convoy.",
        "Will Germany meet Poland's demands before the summit?",
    ],
)
def test_questions_and_whether_clauses_are_conditional(code_all, text):
    doc = code_all(text)
    acts = [e for e in doc.events if e.root_code in ("04", "19", "08", "03")]
    assert acts and all(e.conditional for e in acts), codes(doc)
    assert all("question" in e.rule for e in acts)


def test_intent_phrasings_are_intents_not_the_act(code_all):
    for text in (
        "Germany wants to meet Poland's leaders in Warsaw.",
        "Germany is expected to meet Poland's prime minister next month.",
        "Germany plans to host Poland's president in Berlin.",
    ):
        doc = code_all(text)
        assert not any(e.code in ("040", "043") for e in doc.events), codes(doc)
        assert any(e.code == "036" for e in doc.events), codes(doc)
