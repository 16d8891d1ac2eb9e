"""The pair trainer's ``--filter-cv`` keeps each setting's cross-fitted coding in ``--cache``, so
a second run (other CV seeds) codes nothing again (issue #9 pairs28)."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import numpy as np

from script_modules import load_script


def test_filter_cv_codes_each_setting_once_across_runs(monkeypatch, tmp_path):
    script = load_script("train_event_pairs")  # puts scripts/ on sys.path
    import train_event_filter as tef

    import redline.events.pairs as pairs

    docs = [SimpleNamespace(doc_id="a1"), SimpleNamespace(doc_id="a2")]
    calls: list[frozenset] = []

    def crossfit(filter_docs, *, cache, guards, recorded):
        calls.append(guards)
        rule = SimpleNamespace(rule="said: 020")
        pair = SimpleNamespace(rule="pairs:11 p=0.62 path=nsubj<criticize>dobj")
        return [(d, [(rule, {"a": 1.0}), (pair, {"pair": 1.0})]) for d in filter_docs]

    seen_runs: list[list] = []

    def cross_validate(labelled, run, args):
        seen_runs.append(run)
        return {t: np.array([3.0, 1.0, 2.0]) for t in tef.THRESHOLDS}

    monkeypatch.setattr(script.tep, "parse_articles", lambda d, c: {x.doc_id: b"" for x in d})
    monkeypatch.setattr(tef, "labelled_candidates", lambda folder: [])
    monkeypatch.setattr(tef, "cross_validate", cross_validate)
    monkeypatch.setattr(pairs, "load_pairs_model", lambda: None)
    monkeypatch.setattr(script, "code_articles", lambda *a, **k: {})
    monkeypatch.setattr(script, "crossfit_coded", crossfit)

    first = script.filter_cv(docs, ["none", "reversed"], tmp_path, None, [1])
    assert calls == [frozenset(), frozenset({"reversed"})]
    assert first["off"]["pair events"] == 0 and first["on none"]["pair events"] == 2
    second = script.filter_cv(docs, ["none", "reversed"], tmp_path, None, [2, 3])
    assert len(calls) == 2  # read from the cache, not coded again
    assert second["on reversed"]["events"] == 4
    # the off side is the first setting's coding without its pair events, in both runs
    offs = [run for run in seen_runs if all(len(c) == 1 for _, c in run)]
    assert len(offs) == 2 and all(c[0][0].rule == "said: 020" for _, c in offs[1])
    assert "train_event_filter" in sys.modules
