"""issue #9 actors44: actors left unresolved or wrong under a right root.

- a plural group the book does not place, given by a named example it includes ("Skeptics,
  including Senator Chuck Grassley, urged ...", "reformers like Chuck Grassley"): the example
  tells the group's country;
- where a participle on a group says it goes is not the group ("a ban on Muslims entering the
  United States": the target is the Muslims, not the United States), while where they come
  from still places them ("refugees coming from Syria").

Sentences written for these tests in the style of wire news."""

from __future__ import annotations

import pytest
from event_views import first_with_trigger

pytestmark = pytest.mark.model


PUBLISHED = "2017-11-20"


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - Skeptics, including Senator Chuck Grassley, have urged the "
        "Treasury to delay the new rule.",
        "WASHINGTON (Reuters) - Skeptics like Senator Chuck Grassley have urged the Treasury "
        "to delay the new rule.",
    ],
)
def test_a_group_takes_its_named_example(code_text, text):
    doc = code_text(text, published=PUBLISHED)
    event = first_with_trigger(doc, "urged")
    assert (event.source_actor or "").startswith("USA"), (event.source_actor, event.rule)
    assert "the example of 'skeptics'" in (event.rule or ""), event.rule
    assert doc.text[event.source_start : event.source_end] in text


def test_a_group_with_no_named_example_stays_unplaced(code_text):
    doc = code_text(
        "WASHINGTON (Reuters) - Skeptics, including some economists, have urged the Treasury "
        "to delay the new rule.",
        published=PUBLISHED,
    )
    assert not any("the example of" in (e.rule or "") for e in doc.events), [
        e.rule for e in doc.events
    ]


def test_where_a_group_goes_is_not_the_group(code_text):
    text = (
        "MANILA (Reuters) - The senator last year proposed a ban on Muslims entering the "
        "United States, citing fears of attacks."
    )
    doc = code_text(text, published=PUBLISHED)
    ban = first_with_trigger(doc, "ban")
    assert not (ban.target_actor or "").startswith("USA"), (ban.target_actor, ban.rule)


@pytest.fixture(scope="module")
def parse():
    from redline.pipeline import Pipeline

    pipeline = Pipeline(workers=1).load()
    return pipeline.parse


@pytest.mark.parametrize(
    ("sentence", "group", "excluded"),
    [
        ("He proposed a ban on Muslims entering the United States.", "Muslims", "United States"),
        ("They criticised the refugees coming to Germany.", "refugees", "Germany"),
        ("They criticised the refugees coming from Syria.", "refugees", None),
    ],
)
def test_the_destination_spans(parse, sentence, group, excluded):
    from redline.events.arguments import _destinations

    doc = parse(sentence)
    head = next(t for t in doc if t.text == group)
    spans = [doc.text[a:b] for a, b in _destinations(head)]
    if excluded is None:
        assert spans == [], spans
    else:
        assert any(excluded in s for s in spans), spans


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        (
            "WASHINGTON (Reuters) - Republican senators, elected by wide margins and openly "
            "backing Senator Chuck Grassley, said they would vote for the bill.",
            "backing",
            "USA",
        ),
        (
            "CAIRO (Reuters) - Egyptian activists, arrested last year and later accusing the "
            "police of torture, were freed on Monday.",
            "accusing",
            "EGY",
        ),
    ],
)
def test_a_participle_joined_to_another_on_a_noun_is_the_nouns(code_text, text, trigger, source):
    doc = code_text(text, published=PUBLISHED)
    event = first_with_trigger(doc, trigger)
    assert (event.source_actor or "").startswith(source), (event.source_actor, event.rule)
    assert "conj^acl-head" in (event.rule or ""), event.rule
    assert doc.text[event.source_start : event.source_end] in text
