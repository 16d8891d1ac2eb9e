from redline.evaluate.events import country, format_events_report, plover_name, score
from redline.model import Event


def event(code, source, target, plover=None):
    return Event(0, 1, "x", code, code[:2], "n", source_actor=source, target_actor=target,
                 plover=plover, goldstein=-7.0)  # fmt: skip


def test_evaluate_events_dyads_use_country_and_wildcards_match_each_other():
    records = [
        {"id": "a", "text": "x", "dataset": "d",
         "events": [{"source": "RUSGOV", "target": "---REB", "code": "138"}]},
        {"id": "b", "text": "y", "dataset": "d", "events": [], "no_events": True},
    ]  # fmt: skip
    predicted = [[event("130", "RUSMIL", None)], [event("040", "USA", "FRA")]]
    m = score(records, predicted)
    assert m["root_dyad"]["tp"] == 1 and m["full_dyad"]["tp"] == 0
    assert m["detection"]["fp"] == 1 and m["detection"]["recall"] == 1.0
    assert country(None) == country("---REB") == "---"


def test_evaluate_events_code_only_gold_scores_first_event():
    records = [
        {"id": "a", "text": "x", "dataset": "cameo_manual_examples",
         "events": [{"source": None, "target": None, "code": "1384"}]},
        {"id": "b", "text": "y", "dataset": "cameo_manual_examples",
         "events": [{"source": None, "target": None, "code": "042"}]},
    ]  # fmt: skip
    m = score(records, [[event("138", "A", "B"), event("190", "A", "B")], []])
    assert m["root_accuracy"] == 0.5 and m["code_accuracy"] == 0.0
    assert "root-code accuracy" in format_events_report(m)


def test_evaluate_events_plover_maps_old_names():
    assert plover_name("DISAPPROVE") == "ACCUSE" and plover_name("FIGHT") == "ASSAULT"
    records = [
        {
            "id": "a",
            "text": "x",
            "dataset": "p",
            "events": [{"source": "USA", "target": "IRQ", "code": None, "plover": "FIGHT"}],
        }
    ]
    m = score(records, [[event("190", "USA", "IRQ", plover="ASSAULT")]])
    assert m["plover_type"]["f1"] == 1.0 and m["plover_dyad"]["f1"] == 1.0


def test_penta_class_maps_cameo_roots_to_phoenix_classes():
    from redline.events.cameo import penta_class

    codes = ("010", "020", "036", "0874", "112", "160")
    assert [penta_class(c) for c in codes] == [0, 0, 1, 2, 3, 3]
    assert [penta_class(c) for c in ("141", "150", "173", "190", "20")] == [4, 4, 4, 4, 4]
    assert penta_class(None) == 0


def test_evaluate_events_penta_class_scores_first_asserted_event_and_source_span():
    records = [  # our own sentences, in the ConfliBERT record layout
        {"id": "a", "text": "Russian warplanes bombed rebel positions near Idlib on Monday.",
         "dataset": "p", "events": [], "penta_class_phoenix": 4,
         "source_spans": ["Russian warplanes"], "target_spans": ["rebel positions"]},
        {"id": "b", "text": "Japan did not send aid to the region but pledged to help.",
         "dataset": "p", "events": [], "penta_class_phoenix": 1,
         "source_spans": ["Japan"], "target_spans": []},
        {"id": "c", "text": "The minister met his Indian counterpart in Delhi.",
         "dataset": "p", "events": [], "penta_class_phoenix": 1,
         "source_spans": [], "target_spans": [], "reciprocal_spans": ["The minister"]},
        {"id": "d", "text": "Markets rose on Tuesday.", "dataset": "p", "events": [],
         "penta_class_phoenix": 0},
    ]  # fmt: skip
    negated = Event(0, 1, "x", "073", "07", "n", source_text="Japan", negated=True)
    predicted = [
        [Event(0, 1, "x", "195", "19", "n", source_text="warplanes")],
        [negated, Event(0, 1, "x", "033", "03", "n", source_text="Japan")],
        [Event(0, 1, "x", "190", "19", "n", source_text="the police")],
        [],
    ]
    m = score(records, predicted)
    assert m["penta"]["accuracy"] == 0.75
    assert m["penta"]["confusion"][1] == [0, 1, 0, 0, 1]
    assert m["source_span"]["n"] == 3 and m["source_span"]["matched"] == 2
    report = format_events_report(m)
    assert "Phoenix 5-class accuracy" in report and "confusion" in report
    assert "detection" not in report
