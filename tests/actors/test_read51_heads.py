"""Business news read unseen (lead's read51): a name ending in a firm's trade word ("Seibu
Railways", "Mitsubishi Motors") or an airline's "Air X" is a body whatever the recogniser
tagged, never the "he" of the next sentence; "Steel" heads a body only in a name the
recogniser tagged as one ("David Steel" stays a person)."""

from __future__ import annotations

import pytest

from redline.actors.tag import organisation_headed


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Seibu Railways", "PERSON"),
        ("Hanjin Motors", "PERSON"),
        ("Reliance Industries", "PERSON"),
        ("Air Deccan", "PERSON"),
        ("Air Canada", "ORG"),
        ("Nippon Steel", "ORG"),
        ("Bharti Telecom", "PERSON"),
    ],
)
def test_a_trade_word_or_air_heads_a_body(name, label):
    assert organisation_headed(name, label)


@pytest.mark.parametrize(
    ("name", "label"),
    [("David Steel", "PERSON"), ("Airey Neave", "PERSON"), ("Yoshiaki Tsutsumi", "PERSON")],
)
def test_a_person_stays_a_person(name, label):
    assert not organisation_headed(name, label)


# -- "Mr Hariri" after "former prime minister Rafik Hariri": the text's man, not the book's ----


@pytest.mark.model
def test_a_courtesy_surname_after_an_unlisted_given_name_is_the_texts_person(code_text):
    from redline.pipeline import Pipeline

    pipe = Pipeline(workers=1).configure({"stage.events.min_confidence": 0.0})
    doc = code_text(
        "Shares in Cedar Estates, the Lebanese company founded by former prime minister Rafik"
        " Hariri, fell 12% in Beirut. Cedar Estates, in which Mr Hariri was a major shareholder,"
        " dragged the index down. Critics had accused Mr Hariri of using the post-war"
        " reconstruction drive for his personal financial gain.",
        pipeline=pipe,
    )
    accused = [e for e in doc.events if e.trigger_text == "accused"]
    assert accused, [(e.code, e.target_actor, e.rule) for e in doc.events]
    assert all("person Saad Hariri" not in (e.rule or "") for e in accused), [
        e.rule for e in accused
    ]
    for e in doc.events:
        assert doc.text[e.start : e.end] == e.text


# -- a firm named by common words: "Indian Oil", never "Indian oil minister" --------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Indian oil minister", "INDGOV"),
        ("the British gas market", "GBR"),
        ("Indian Oil", "INDBUS"),
        ("British Gas", "GBRBUS"),
        ("Bank of America", "USABUS"),
    ],
)
def test_a_firm_of_common_words_matches_only_as_written(book, text, code):
    found = book.lookup(text)
    assert found is not None and found.code == code, found
