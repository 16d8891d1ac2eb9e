"""The precision filter's actor-role features (issue #9 filter16): a state's military killing
someone and a politician "attacking" a department share their root and lemma, not their actors."""

from __future__ import annotations

import pytest

# our own wording, not from the evaluation sets
MILITARY = (
    "KYIV (Reuters) - On Friday, Russian military forces killed a senior Ukrainian commander in "
    "a missile strike near Kharkiv."
)
VERBAL = "WASHINGTON (Reuters) - The president attacked the department in a late-night post."


@pytest.fixture(scope="module")
def features_of(nlp):
    from redline.clean import clean_document
    from redline.events.filter import candidate_pipeline
    from redline.ingest.raw import RawDocument

    collected: list = []
    pipeline = candidate_pipeline(features_out=collected)

    def run(text: str) -> list:
        collected.clear()
        pipeline(clean_document(RawDocument(source="<test>", text=text, published="2024-09-13")))
        return [(event, dict(feats)) for event, feats in collected]

    return run


@pytest.mark.model
def test_a_military_killing_carries_its_actors_roles(features_of):
    kills = [(e, f) for e, f in features_of(MILITARY) if e.trigger_text == "killed"]
    assert kills, "the killing is coded"
    event, feats = kills[0]
    assert event.root_code == "19" and event.source_actor == "RUSMIL"
    assert feats["role:src=MIL"] == 1.0
    assert feats["root|role:src=19|MIL"] == 1.0
    assert any(k.startswith("root|roles=19|MIL|") for k in feats)
    assert any(k.startswith("lemma|roles=kill|MIL|") for k in feats)
    assert any(k.startswith("root|kinds=19|") for k in feats)


@pytest.mark.model
def test_a_verbal_attack_has_no_military_source(features_of):
    attacks = [(e, f) for e, f in features_of(VERBAL) if e.trigger_text == "attacked"]
    for event, feats in attacks:
        assert "role:src=MIL" not in feats
        roles = [k for k in feats if k.startswith("root|roles=")]
        assert len(roles) == 1 and roles[0].startswith(f"root|roles={event.code[:2]}|")


def test_role_names_an_actor_by_its_codes_role_else_its_kind():
    from types import SimpleNamespace

    from redline.events.arguments import Argument
    from redline.events.filter import _role

    def arg(code, kind="country"):
        actor = None if code is None else SimpleNamespace(code=code, kind=kind)
        return Argument("x", 0, 1, actor, "nsubj", "")

    assert _role(None) == "none"
    assert _role(arg(None)) == "unres"
    assert _role(arg("USAMIL")) == "MIL"
    assert _role(arg("IRN", "person")) == "person"
    assert _role(arg("---CVL")) == "wild"
    assert _role(arg("IGOUNO")) == "org"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        MILITARY,
        "BAGHDAD (Reuters) - Thursday, the United States military killed Iran's top general, "
        "Qassem Soleimani, in a drone strike at Baghdad airport.",
    ],
)
def test_a_states_military_killing_is_kept_by_default(nlp, text):
    from redline.clean import clean_document
    from redline.events.filter import load_filter
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline

    model = load_filter()
    if model is None or not any(k.startswith("role:") for k in model.weights):
        pytest.skip("the shipped filter is not yet retrained with the role features")
    doc = Pipeline()(clean_document(RawDocument(source="<test>", text=text)))
    kept = [e for e in doc.events if e.root_code == "19" and e.trigger_text == "killed"]
    assert kept and kept[0].source_actor.endswith("MIL")
    assert kept[0].confidence >= model.threshold
