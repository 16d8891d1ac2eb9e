"""Issue #9 drops50: the misses tool names what dropped a candidate (the guard of
``_events_for`` or the sentence policy's step) and can switch guards off for a measured run."""

from __future__ import annotations

from types import SimpleNamespace

from redline.evaluate import misses as M
from redline.events.coding import sentence as coding_sentence


def _coder(match, sent, doc, resolver, used, *, depth=0, features_out=None, note=""):
    """A stand-in for ``_events_for``: a guard, a value a guard keeps, and a loop's skip."""
    if match == "withheld":
        return []  # the withheld guard
    if match == "unsafe":
        return []
    events = []
    for word in match.split():
        if word == "skip":
            continue  # a skipped word
        used.add(word)
        events.append(word)
    return events


def test_drops50_instrumented_copy_names_the_guard_that_fired():
    noted = M.unguarded_events_for(_coder)
    M.FIRED.clear()
    assert noted("withheld", None, None, None, set()) == []  # codes as the original
    label = M.guard_label(_coder.__code__, M.FIRED)
    assert label.startswith("L") and 'if match == "withheld":' in label
    assert label.endswith("# the withheld guard")
    # the loop kept nothing: the last `continue` passed is the guard
    M.FIRED.clear()
    assert noted("skip", None, None, None, set()) == []
    label = M.guard_label(_coder.__code__, M.FIRED)
    assert 'if word == "skip":' in label and "a skipped word" in label
    M.FIRED.clear()
    assert noted("keep skip", None, None, None, set()) == ["keep"]
    assert M.guard_label(_coder.__code__, []).startswith("no guard fired")


def test_drops50_unguarded_copy_lets_the_candidate_through_and_says_which_guard():
    unguarded = M.unguarded_events_for(_coder, "all")
    M.BYPASSED.clear()
    assert unguarded("withheld", None, None, None, set()) == ["withheld"]
    assert len(M.BYPASSED) == 1
    line = M.BYPASSED[0]
    # only the guards named are switched off; the original is untouched
    only = M.unguarded_events_for(_coder, f"L{line + 2}")
    assert only("withheld", None, None, None, set()) == []
    assert only("unsafe", None, None, None, set()) == ["unsafe"]
    assert _coder("withheld", None, None, None, set()) == []


def test_drops50_policy_trace_is_off_by_default_and_records_the_first_reason():
    assert coding_sentence.POLICY_TRACE is None
    a = SimpleNamespace(trigger=SimpleNamespace(idx=3))
    b = SimpleNamespace(trigger=SimpleNamespace(idx=9))
    assert coding_sentence._traced([a, b], [a], "consumed") == [a]  # nothing recorded
    coding_sentence.POLICY_TRACE = trace = {}
    try:
        coding_sentence._traced([a, b], [a], "consumed by another entry's frame")
        coding_sentence._traced([b], [], "later step")
    finally:
        coding_sentence.POLICY_TRACE = None
    assert trace == {9: "consumed by another entry's frame"}


def test_drops50_drop_reason_and_table():
    tok = SimpleNamespace(idx=5)
    assert M._drop_reason({5: "L10 if x:"}, {}, [tok]) == "L10 if x:"
    assert M._drop_reason({}, {5: 2}, [tok]).startswith("events made")
    assert M._drop_reason({}, {}, [tok]).startswith("no candidate")
    assert M._drop_reason(None, {}, [tok]).startswith("(run coded without")
    misses = [M.Miss("d", "dev", "events_for", {}, guard=g) for g in ("A", "A", "B|C")]
    table = M.guard_table(misses)
    assert "| 2 | A |" in table and "| 1 | B/C |" in table
