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
