"""Train the learned actor-pair event model (``src/redline/data/events/pairs.json``) reproducibly.

    PYTHONPATH=src python scripts/train_event_pairs.py --cache /tmp/pairscache  # CV + the model
    PYTHONPATH=src python scripts/train_event_pairs.py --cv 0       # write the model only

Examples come from files in the repository only: the document gold (``evaluation/docgold``)
of splits ``--splits`` (default: every split free for tuning; the unseen splits and ``all``
are refused). Each article is parsed once (``train_event_proposer.parse_articles``;
``--cache`` keeps the parses), then the events stage is run on the parse with the pair step
recording, for each sentence, every candidate pair (``redline.events.pairs``) with its
features and top-word vector. A pair's label is the root of a gold event of the same sentence
(the gold trigger's sentence) with the pair's (source country, target country), either way
for a consult (04), else "none".

With ``--cv K`` the whole pipeline is cross-validated by article (K folds for each of
``--cv-seeds``): for each fold the pair model is trained on the other folds' articles and the
precision filter (``train_event_filter.py``'s model and data: the labelled candidates + the
gold of the other folds) is retrained without the fold; the fold's articles are scored at
root level with the filter's events alone ("off") and with the pair events added at each
``--thresholds`` (the pair events are added after the filter, as the events stage does); counts
are pooled over folds and seeds, and each setting is read at the filter threshold the pooled
CV picks as the filter script does (best F1 with pooled precision >= ``--min-precision``).
The model is then trained on every article and written; a second run writes the same bytes.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import train_event_proposer as tep  # noqa: E402

from redline.evaluate.docgold import UNSEEN_SPLITS  # noqa: E402

OUT = REPO / "src/redline/data/events/pairs.json"
# scored once or being annotated: never trained or tuned on
REFUSED = UNSEEN_SPLITS | {"all"}
DEFAULT_SPLITS = tep.DEFAULT_SPLITS


def check_splits(splits: list[str]) -> None:
    if REFUSED & set(splits):
        raise SystemExit(f"{', '.join(sorted(REFUSED))} are never trained on (--splits)")


# -- gold events at their sentences --------------------------------------------------------------


def gold_at(text: str, events: list[dict]) -> list[tuple[int, str, str, str, bool]]:
    """(offset, source country, target country, root, symmetric) of each gold event with a
    code: the offset of its trigger in ``text`` (of its sentence when the trigger is not
    found; events whose sentence is not found are left out)."""
    from redline.evaluate.docgold import gold_items

    out = []
    for event in events:
        item = gold_items(event, "root")
        if item is None:
            continue
        sent = tep._find(text, event.get("sentence") or "")
        if sent is None:
            continue
        trig = tep._find(text[: sent[1]], event.get("trigger") or "", sent[0])
        root = str(event.get("code"))[:2]
        out.append(((trig or sent)[0], item.source, item.target, root, item.symmetric))
    return out


def labels_of(countries: tuple[str, str], golds: list[tuple[int, str, str, str, bool]]) -> list:
    """The gold roots of one pair: the sentence's gold events with its countries."""
    out = []
    for _, src, tgt, root, symmetric in golds:
        if countries == (src, tgt) or (symmetric and countries == (tgt, src)):
            out.append(root)
    return sorted(set(out)) or ["none"]


# -- coding the articles -------------------------------------------------------------------------


def code_articles(parsed: dict, docs: list, clock: list[float] | None = None,
                  mentions: str = "lists") -> dict[str, Any]:  # fmt: skip
    """Each article's events stage run once: (every event the coder emits with its filter
    features, the pair examples). An example: (feature names, vector, labels, pair tuple
    (source code, target code), sentence index, the path's length in words, the guards that
    would leave it out: ``pairs.pair_flags``)."""
    import pickle

    from spacy.tokens import Doc

    import redline.events.coder as coder
    from redline.events.lexicon import load_lexicon
    from redline.events.pairs import empty_model, sentence_candidates
    from redline.nlp.parse import forget_parse
    from redline.pipeline import Pipeline
    from redline.stages import _book

    pipeline = Pipeline(workers=1)
    pipeline.load()
    vocab = pipeline.nlp.vocab
    book = _book(pipeline.config)
    lexicon = load_lexicon()
    real = coder.pair_events
    recorded: list = []

    def recording(doc, resolver, lexicon_, model, coded, emitted, **_):
        golds = gold_at(doc.text, current["events"])
        for n, (sent, pairs, rows, vectors) in enumerate(
            sentence_candidates(
                doc, resolver, lexicon_, coded, mentions=mentions, guards=frozenset()
            )  # fmt: skip
        ):
            lo, hi = sent.start_char, sent.end_char
            here = [g for g in golds if lo <= g[0] < hi]
            for pair, names, vec in zip(pairs, rows, vectors, strict=True):
                codes = (pair.source.code, pair.target.code if pair.target else "")
                recorded.append((names, vec.astype(np.float32), labels_of(pair.countries, here),
                                 codes, n, len(pair.between), pair.flags))  # fmt: skip
        return []

    current: dict[str, Any] = {}
    out: dict[str, Any] = {}
    coder.pair_events = recording
    try:
        for d in docs:
            if d.doc_id not in parsed:
                continue
            current["events"] = d.events
            doc_bytes, parse_bytes = parsed[d.doc_id]
            doc = pickle.loads(doc_bytes)
            doc.parsed = Doc(vocab).from_bytes(parse_bytes)
            coded: list = []
            started = time.process_time()
            coder.code_document(doc, book, lexicon, min_confidence=0.0, keep_unresolved=True,
                                features_out=coded, pairs=empty_model())  # fmt: skip
            if clock is not None:
                clock.append(time.process_time() - started)
            out[d.doc_id] = (coded, list(recorded))
            recorded.clear()
            doc.parsed = None
            forget_parse()
    finally:
        coder.pair_events = real
    return out


# -- the model ---------------------------------------------------------------------------------


def is_located(names: list[str]) -> bool:
    """``pairs.located`` read off a pair's feature names (its countries and roles)."""
    from redline.events.pairs import LOCATIVE

    if "same_country" not in names:
        return False
    roles = next((n[6:] for n in names if n.startswith("roles=")), "")
    return any(r.startswith("pobj:") and r[5:] in LOCATIVE for r in roles.split("|"))


def training_rows(examples: list) -> list[tuple[list[str], np.ndarray, str]]:
    """(names, vector, label) rows: a pair of two gold roots is one row for each."""
    return [(names, vec, label) for names, vec, labels, *_ in examples for label in labels]


def train(examples: list, *, seed: int, l2: float, steps: int, min_count: int,
          none_share: float) -> dict[str, Any]:  # fmt: skip
    """The proposer's softmax regression (``train_event_proposer.train``) on the pair rows, its
    sparse products through ``scipy.sparse`` when it is installed (not a declared dependency:
    without it the same model by numpy gathers, the same weights to rounding)."""
    weights = tep.train(training_rows(examples), seed=seed, l2=l2, steps=steps,
                        min_count=min_count, none_share=none_share, lemma_share=0.0,
                        sparse=True)  # fmt: skip
    weights.pop("lemmas", None)
    return weights


def as_model(weights: dict[str, Any], threshold: float):
    from redline.events.proposer import model_from_dict

    return model_from_dict({**weights, "threshold": threshold})


def predictions(model, examples: list) -> list[tuple[str, str, str, float, int]]:
    """(source code, target code, root, p, sentence) of each pair's best root."""
    from redline.events.proposer import ROOTS

    if not examples:
        return []
    probs = model.probabilities([e[0] for e in examples], np.stack([e[1] for e in examples]))
    best = probs[:, :-1].argmax(axis=1)
    return [(e[3][0], e[3][1], ROOTS[k], float(probs[i, k]), e[4])
            for i, (e, k) in enumerate(zip(examples, best, strict=True))]  # fmt: skip


def pair_tuples(preds: list, threshold: float) -> list:
    """The pair events at ``threshold`` as the scorer reads them."""
    return [SimpleNamespace(source_actor=s, target_actor=t or None, root_code=r, code=f"{r}0")
            for s, t, r, p, _ in preds if p >= threshold]  # fmt: skip


# -- the precision filter's training data with the pair model on ---------------------------------


def guarded(example: tuple, guards: frozenset[str]) -> bool:
    """Whether one of ``guards`` leaves a recorded pair out (its flags: ``pairs.pair_flags``;
    an example recorded before issue #9 pairs16 has none)."""
    return bool(guards) and len(example) > 6 and bool(guards & example[6])


def crossfit_coded(filter_docs: list, *, k: int = 5, seed: int = 1,
                   cache: Path | None = None, guards: frozenset[str] | None = None,
                   recorded: dict[str, Any] | None = None) -> list:  # fmt: skip
    """(gold doc, every coded event with its filter features) for ``filter_docs``, each coded
    with a pair model trained without its fold (K folds by article) with the shipped model's
    settings, threshold and path limit: what the precision filter is trained on when the pair
    model is on, so that it never learns from pairs scored on the pair model's own training
    articles (as ``train_event_proposer.crossfit_coded`` does for the proposer).
    ``guards``: the ``pairs.GUARDS`` the fold models are trained and run with (None: the
    shipped model's); ``recorded``: the articles' pairs as :func:`code_articles` records them
    (worked out here when None)."""
    import pickle

    from spacy.tokens import Doc

    from redline.events.coder import code_document
    from redline.events.lexicon import load_lexicon
    from redline.events.pairs import load_pairs_model
    from redline.nlp.parse import forget_parse
    from redline.pipeline import Pipeline
    from redline.stages import _book

    shipped = load_pairs_model()
    threshold = shipped.threshold if shipped is not None else 0.5
    meta = shipped.meta if shipped is not None else {}
    max_path = meta.get("max_path")
    no_target = meta.get("no_target", True)
    places = meta.get("places", True)
    hyper = {"seed": 13, "l2": 0.0001, "steps": 300, "min_count": 3, "none_share": 0.3}
    hyper.update({key: meta[key] for key in hyper if key in meta})
    parsed = tep.parse_articles(filter_docs, cache)
    docs = [d for d in filter_docs if d.doc_id in parsed]
    mentions = meta.get("mentions", "resolver")
    if guards is None:
        guards = frozenset(meta.get("guards", ()))
    first = recorded if recorded is not None else code_articles(parsed, docs, mentions=mentions)
    ids = [d.doc_id for d in docs]
    folds = tep.folds_of(ids, k, seed)
    models = {}
    for fold in range(k):
        rows = [e for i in ids if folds[i] != fold for e in first[i][1]
                if (not max_path or e[5] <= max_path) and (no_target or e[3][1])
                and (places or not is_located(e[0])) and not guarded(e, guards)]  # fmt: skip
        extra = {"max_path": max_path} if max_path else {}
        extra["mentions"] = mentions
        extra["no_target"] = no_target
        extra["places"] = places
        if guards:
            extra["guards"] = sorted(guards)
        models[fold] = as_model({**train(rows, **hyper), **extra}, threshold)
    pipeline = Pipeline(workers=1)
    pipeline.load()
    vocab, book, lexicon = pipeline.nlp.vocab, _book(pipeline.config), load_lexicon()
    out = []
    for d in docs:
        doc_bytes, parse_bytes = parsed[d.doc_id]
        doc = pickle.loads(doc_bytes)
        doc.parsed = Doc(vocab).from_bytes(parse_bytes)
        coded: list = []
        code_document(doc, book, lexicon, min_confidence=0.0, keep_unresolved=True,
                      features_out=coded, pairs=models[folds[d.doc_id]])  # fmt: skip
        out.append((d, coded))
        doc.parsed = None
        forget_parse()
    shown = f", guards {'+'.join(sorted(guards))}" if guards else ""
    print(f"docgold: {len(out)} articles, {sum(len(c) for _, c in out)} events (pair model "
          f"cross-fitted, {k} folds, threshold {threshold}{shown})")  # fmt: skip
    return out


def recorded_key(docs: list, mentions: str) -> str:
    """The name :func:`code_articles`' pairs are kept under in ``--cache`` (with their guard
    flags since issue #9 pairs16)."""
    ends = f"{docs[0].doc_id}-{docs[-1].doc_id}" if docs else "-"
    return f"pairs-{len(docs)}-{ends}" + ("-lists" if mentions == "lists" else "") + "-flags"


def is_pair_event(event) -> bool:
    return (event.rule or "").startswith("pairs:")


def filter_cv(docs: list, settings: list[str], cache: Path | None, out: Path | None,
              cv_seeds: list[int]) -> dict[str, dict]:  # fmt: skip
    """The precision filter's own cross-validation (``train_event_filter.cross_validate``: the
    labelled candidates + the gold of the other folds, 5 folds by article x ``cv_seeds``,
    pooled) with the pair model off and on, both sides coded by one path (issue #9 pairs16):
    each article's parse coded once per setting with the pair model of its fold
    (:func:`crossfit_coded`); "off" is the first setting's coding with its pair events taken
    out, so both sides have the very same rule events. ``settings``: guards joined by "+"
    ("none": no guard). Returns, per setting, the pooled counts by filter threshold."""
    import json
    from types import SimpleNamespace as NS

    import train_event_filter as tef

    labelled = tep._cached(cache, "labelled-candidates",
                           lambda: tef.labelled_candidates(tef.CANDIDATES))  # fmt: skip
    parsed = tep.parse_articles(docs, cache)
    docs = [d for d in docs if d.doc_id in parsed]
    from redline.events.pairs import load_pairs_model

    shipped = load_pairs_model()
    mentions = shipped.meta.get("mentions", "resolver") if shipped is not None else "resolver"
    recorded = tep._cached(cache, recorded_key(docs, mentions),
                           lambda: code_articles(parsed, docs, mentions=mentions))  # fmt: skip
    args = NS(cv=5, cv_seeds=cv_seeds, gold_weight=3.0, **tep.FILTER_HYPER)
    results: dict[str, dict] = {}
    for setting in settings:
        guards = frozenset() if setting == "none" else frozenset(setting.split("+"))
        # kept in the cache by setting, so a later run with other CV seeds codes nothing again
        coded = tep._cached(cache, f"{recorded_key(docs, mentions)}-crossfit-{setting}",
                            lambda g=guards: crossfit_coded(docs, cache=cache, guards=g,
                                                            recorded=recorded))  # fmt: skip
        runs = {f"on {setting}": coded}
        if not results:
            runs = {"off": [(d, [(e, f) for e, f in c if not is_pair_event(e)]) for d, c in coded],
                    **runs}  # fmt: skip
        for name, run in runs.items():
            started = time.process_time()
            pooled = tef.cross_validate(labelled, run, args)
            best = tef.cv_threshold(pooled, 0.75)
            results[name] = {
                "pooled": pooled,
                "threshold": best,
                "events": sum(len(c) for _, c in run),
                "pair events": sum(is_pair_event(e) for _, c in run for e, _ in c),
            }
            p, r, f = tef.prf(pooled[best])
            print(f"{name}: {results[name]['events']} events ({results[name]['pair events']} "
                  f"pair events); CV threshold {best}: P {p:.3f} R {r:.3f} F1 {f:.3f}; at 0: R "
                  f"{tef.prf(pooled[0.0])[1]:.3f}; CPU {time.process_time() - started:.0f} s",
                  flush=True)  # fmt: skip
            if out is not None:
                out.write_text(json.dumps({n: {**v, "pooled": {str(t): c.tolist()
                                                               for t, c in v["pooled"].items()}}
                                           for n, v in results.items()}))  # fmt: skip
    tef.print_sweep(f"root level on the {len(docs)} gold articles, the filter's CV (5 folds x "
                    f"seeds {cv_seeds}), both sides coded by crossfit_coded",
                    {n: v["pooled"] for n, v in results.items()})  # fmt: skip
    return results


# -- the ceiling -------------------------------------------------------------------------------


def ceiling(docs: list, coded: dict[str, Any]) -> dict[str, float]:
    """Shares of the unique root-level gold tuples: with a pair of their countries in their own
    sentence (a pair labelled with their root), anywhere in the article, found by the rule
    coder's unfiltered events, and by the rules or a pair in their own sentence (the pairs'
    ceiling with an oracle root, on top of the rules')."""
    from redline.evaluate.docgold import _unique_gold, actor_country, match_document

    total = own = anywhere = rules = either = 0
    for d in docs:
        if d.doc_id not in coded:
            continue
        events, examples = coded[d.doc_id]
        countries = {(actor_country(e[3][0]), actor_country(e[3][1])) for e in examples}
        labelled = {r for e in examples for r in e[2]}
        found = {id(e) for e in match_document(d.events, [e for e, _ in events], "root")["found"]}
        for item, event in _unique_gold(d.events, "root"):
            total += 1
            here = bool(labelled & item.codes) and (
                (item.source, item.target) in countries
                or (item.symmetric and (item.target, item.source) in countries)
            )
            own += here
            anywhere += (item.source, item.target) in countries or (
                item.symmetric and (item.target, item.source) in countries
            )
            rules += id(event) in found
            either += here or id(event) in found
    return {"gold": total, "own sentence": own / total, "article": anywhere / total,
            "rules (unfiltered)": rules / total, "rules or pairs": either / total}  # fmt: skip


NEVER = 10**6  # a gold tuple no labelled pair has


def ceiling_by_length(docs: list, coded: dict[str, Any], lengths: list[int]) -> list[tuple]:
    """For each maximum path length L (words on the path past the source): the share of the
    pairs kept, of the labelled pairs kept, and of the unique root-level gold tuples with a
    pair of their countries labelled with their root in their own sentence within L (the
    "own sentence" ceiling of :func:`ceiling`)."""
    from redline.evaluate.docgold import _unique_gold, actor_country

    total, pairs, labelled = 0, Counter(), Counter()
    own = Counter()
    for d in docs:
        if d.doc_id not in coded:
            continue
        examples = coded[d.doc_id][1]
        shortest: dict[tuple[str, str], int] = {}
        for _, _, labels, codes, _, length, *_ in examples:
            pairs[length] += 1
            if labels != ["none"]:
                labelled[length] += 1
                for root in labels:
                    key = (actor_country(codes[0]), actor_country(codes[1]), root)
                    shortest[key] = min(shortest.get(key, 99), length)
        for item, _ in _unique_gold(d.events, "root"):
            total += 1
            want = {(item.source, item.target)}
            if item.symmetric:
                want.add((item.target, item.source))
            found = [
                v for (s_, t_, r), v in shortest.items() if r in item.codes and (s_, t_) in want
            ]
            own[min(found, default=NEVER)] += 1
    n_pairs, n_lab = sum(pairs.values()), sum(labelled.values())
    out = []
    for top in lengths:
        out.append((top, sum(v for k, v in pairs.items() if k <= top) / n_pairs,
                    sum(v for k, v in labelled.items() if k <= top) / n_lab,
                    sum(v for k, v in own.items() if k <= top) / total))  # fmt: skip
    return out


# -- cross-validation of the whole pipeline ------------------------------------------------------


CV_THRESHOLDS = [round(0.02 * i, 2) for i in range(46)]  # the filter's sweep, 0 .. 0.90


def pair_candidates(examples: list, preds: list, threshold: float) -> list:
    """The pair events the events stage scores at ``threshold``: for each sentence and
    (source country, target country, root), the likeliest pair reaching it, as an event the
    scorer reads with the precision filter's features (``pairs.pair_filter_features``)."""
    from redline.evaluate.docgold import actor_country
    from redline.events.pairs import pair_filter_features

    best: dict[tuple, tuple[float, int]] = {}
    for j, (s, t, r, p, n) in enumerate(preds):
        if p < threshold:
            continue
        key = (n, actor_country(s), actor_country(t), r)
        if key not in best or best[key][0] < p:
            best[key] = (p, j)
    out = []
    for (_, _, _, r), (p, j) in sorted(best.items(), key=lambda kv: kv[1][1]):
        s, t = preds[j][0], preds[j][1]
        event = SimpleNamespace(source_actor=s, target_actor=t or None, root_code=r,
                                code=f"{r}0")  # fmt: skip
        out.append((event, pair_filter_features(examples[j][0], r, p)))
    return out


def cv_pipeline(docs: list, coded: dict[str, Any], labelled: list, hyper: dict, *, k: int,
                seeds: list[int], thresholds: list[float], scored: list[float],
                min_precision: float) -> dict[str, dict]:  # fmt: skip
    """Root-level counts pooled over folds and seeds, each setting read at the filter
    threshold the pooled CV picks (best F1 at pooled P >= ``min_precision``, the filter
    script's rule; sweep 0-0.90): "off" (the filter's events), "on t" (the same + the pair
    events at t, unscored, after the filter: issue #9 pairs13), "scored t" (the pair events
    at t become candidates the filter is trained on and scores, with the pair probability
    and path among their features: issue #9 pairs14) and "pairs t" (the pair events alone).
    For each seed's K folds the pair model is trained without the fold and predicts the
    fold's articles; the filter of each fold is trained on the labelled candidates and the
    other folds' gold (with their pair events for "scored": predicted by the models of
    their own folds, as ``train_event_proposer.crossfit_coded`` does for the proposer)."""
    import train_event_filter as tef

    from redline.evaluate.docgold import match_document

    by_id = {d.doc_id: d for d in docs}
    ids = [d.doc_id for d in docs if d.doc_id in coded]
    names = ["off", *(f"on {t:g}" for t in thresholds), *(f"scored {t:g}" for t in scored)]
    pooled = {n: {t: np.zeros(3) for t in CV_THRESHOLDS} for n in names}
    alone = {t: np.zeros(3) for t in thresholds}
    added = {n: {t: 0 for t in CV_THRESHOLDS} for n in names}
    fargs = tep.FILTER_HYPER
    gold_rows = {i: tef.gold_examples(by_id[i], coded[i][0]) for i in ids}

    def filter_of(held: set[str], more: dict[str, list] | None = None):
        frows = [e for e in labelled if e[0] not in held]
        weights = [1.0] * len(frows)
        for i in ids:
            if i not in held:
                extra = gold_rows[i] + (more[i] if more else [])
                frows += extra
                weights += [3.0] * len(extra)
        return tef.scorer(*tef.train_model(frows, weights, **fargs))

    def score(name: str, d, emitted_at) -> None:
        """``emitted_at(ft)``: (the rule events, the pair events) kept at filter threshold ft."""
        for ft in CV_THRESHOLDS:
            base, more = emitted_at(ft)
            m = match_document(d.events, base + more, "root")
            pooled[name][ft] += [m["tp"], m["fp"], m["fn"]]
            if more:
                m0 = len({_key(e) for e in base})
                added[name][ft] += len({_key(e) for e in base + more}) - m0

    for seed in seeds:
        folds = tep.folds_of(ids, k, seed)
        preds: dict[str, list] = {}
        for fold in range(k):
            rows = [e for i in ids if folds[i] != fold for e in coded[i][1]]
            model = as_model(train(rows, **hyper), 0.0)
            for i in ids:
                if folds[i] == fold:
                    preds[i] = predictions(model, coded[i][1])
            print(f"seed {seed} fold {fold}: pair model trained, CPU {time.process_time():.0f} s",
                  flush=True)  # fmt: skip
        cands = {t: {i: pair_candidates(coded[i][1], preds[i], t) for i in ids} for t in scored}
        cand_rows = {t: {i: tef.gold_examples(by_id[i], c[i]) for i in ids}
                     for t, c in cands.items()}  # fmt: skip
        for fold in range(k):
            held = [i for i in ids if folds[i] == fold]
            held_set = set(held)
            plain = filter_of(held_set)
            for i in held:
                d, events = by_id[i], coded[i][0]
                confs = tef.confidences(events, plain)
                extra = {t: pair_tuples(preds[i], t) for t in thresholds}
                for t in thresholds:
                    m = match_document(d.events, extra[t], "root")
                    alone[t] += [m["tp"], m["fp"], m["fn"]]
                for name in ["off", *(f"on {t:g}" for t in thresholds)]:
                    more = [] if name == "off" else extra[float(name.split()[1])]
                    score(name, d, lambda ft, ev=events, c=confs, m=more: (
                        tef.emitted(ev, c, ft), m))  # fmt: skip
            for t in scored:
                both = filter_of(held_set, cand_rows[t])
                for i in held:
                    d, events = by_id[i], coded[i][0]
                    confs = tef.confidences(events, both)
                    pc = cands[t][i]
                    pconfs = tef.confidences(pc, both)

                    def emitted_at(ft, ev=events, c=confs, pc=pc, pcc=pconfs):
                        return tef.emitted(ev, c, ft), tef.emitted(pc, pcc, ft)

                    score(f"scored {t:g}", d, emitted_at)
            print(f"seed {seed} fold {fold}: filters trained and scored, CPU "
                  f"{time.process_time():.0f} s", flush=True)  # fmt: skip
    return read_cv(pooled, added, alone, min_precision)


def read_cv(pooled: dict, added: dict, alone: dict, min_precision: float) -> dict[str, dict]:
    """Each setting at the filter threshold the pooled counts pick (``cv_pipeline``)."""
    import train_event_filter as tef

    out = {}
    for name, counts in pooled.items():
        best = tef.cv_threshold(counts, min_precision)
        out[name] = {"filter": best, "counts": counts[best], "added": added[name][best]}
    for t, counts in alone.items():
        out[f"pairs alone {t:g}"] = {"filter": None, "counts": counts, "added": None}
    out["_raw"] = {"pooled": pooled, "added": added, "alone": alone}
    return out


def pool_dumps(paths: list[Path], min_precision: float) -> dict[str, dict]:
    """The CV counts of several runs (``--dump``: one seed each, run side by side) pooled."""
    import json

    pooled: dict = {}
    added: dict = {}
    alone: dict = {}
    for path in paths:
        raw = json.loads(path.read_text())
        for name, by_t in raw["pooled"].items():
            for t, c in by_t.items():
                pooled.setdefault(name, {}).setdefault(float(t), np.zeros(3))
                pooled[name][float(t)] += c
                added.setdefault(name, {}).setdefault(float(t), 0)
                added[name][float(t)] += raw["added"][name][t]
        for t, c in raw["alone"].items():
            alone.setdefault(float(t), np.zeros(3))
            alone[float(t)] += c
    return read_cv(pooled, added, alone, min_precision)


def dump_cv(path: Path, raw: dict) -> None:
    import json

    def plain(d):
        return {
            str(k): v.tolist()
            if isinstance(v, np.ndarray)
            else plain(v)
            if isinstance(v, dict)
            else v
            for k, v in d.items()
        }

    path.write_text(json.dumps(plain(raw)))


def tef_prf(counts) -> tuple[float, float, float]:
    import train_event_filter as tef

    return tef.prf(counts)


def _key(event) -> tuple[str, str, str]:
    from redline.evaluate.docgold import predicted_tuple

    return predicted_tuple(event, "root")


def print_cv(results: dict[str, dict], title: str) -> None:
    import train_event_filter as tef

    print(f"\n{title}")
    print("| setting | filter threshold | P | R | F1 | tp / fp / fn | tuples the pairs add |")
    print("|---|---|---|---|---|---|---|")
    for name, r in results.items():
        p, rec, f = tef.prf(r["counts"])
        ft = "-" if r["filter"] is None else f"{r['filter']:.2f}"
        tp, fp, fn = (int(x) for x in r["counts"])
        add = "-" if r["added"] is None else str(r["added"])
        print(f"| {name} | {ft} | {p:.3f} | {rec:.3f} | {f:.3f} | {tp} / {fp} / {fn} | {add} |")


def best_setting(results: dict[str, dict], min_precision: float) -> str:
    import train_event_filter as tef

    def f1(name: str) -> float:
        return round(tef.prf(results[name]["counts"])[2], 6)

    ok = [n for n in results if n.startswith(("on ", "scored "))
          and tef.prf(results[n]["counts"])[0] >= min_precision]  # fmt: skip
    on = max(ok, key=f1, default=None)
    return on if on is not None and f1(on) > f1("off") else "off"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=tep.DOCGOLD / "gold.jsonl")
    parser.add_argument("--articles", type=Path, default=tep.DOCGOLD / "articles.jsonl")
    parser.add_argument("--splits", default=DEFAULT_SPLITS)
    parser.add_argument("--limit", type=int, default=0, help="first N articles only (tests)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--l2", type=float, default=0.0001)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--none-share", type=float, default=0.3)
    parser.add_argument("--threshold", type=float, default=None, help="write this threshold")
    parser.add_argument("--unscored", type=float, default=None,
                        help="write this threshold for a filter that does not score pair "
                        "events (the 'on t' settings; default: the threshold)")  # fmt: skip
    parser.add_argument("--cv", type=int, default=5, help="folds by article (0: no CV)")
    parser.add_argument("--cv-seeds", type=lambda v: [int(x) for x in v.split(",")],
                        default=[1], help="one CV per seed, pooled")  # fmt: skip
    parser.add_argument("--cache", type=Path, default=None,
                        help="folder keeping the parses and the coded pairs (empty it when "
                        "the features change)")  # fmt: skip
    parser.add_argument(
        "--thresholds",
        default="0.3,0.4,0.5,0.6,0.7,0.8",
        help="pair thresholds of the unscored settings (pairs after the filter)",
    )
    parser.add_argument(
        "--scored",
        default="0.2,0.3,0.5",
        help="pair thresholds of the settings the filter scores the pairs at",
    )
    parser.add_argument("--min-precision", type=float, default=0.75)
    parser.add_argument(
        "--max-path", type=int, default=0, help="pairs with at most this many path words (0: any)"
    )
    parser.add_argument("--mentions", choices=("lists", "resolver"), default="lists",
                        help="the pairs' actor mentions: the document's own mention lists "
                        "(issue #9 pairs15) or a resolver call on every word")  # fmt: skip
    parser.add_argument("--no-target", choices=("on", "off"), default="on",
                        help="whether a subject with no target is a pair (the gold's events "
                        "nobody is the target of)")  # fmt: skip
    parser.add_argument("--places", choices=("on", "off"), default="on",
                        help="whether a pair of one country may hold a place named as where "
                        "something happened (pairs.located)")  # fmt: skip
    parser.add_argument("--dump", type=Path, default=None, help="write the CV's counts here")
    parser.add_argument("--filter-cv", default=None,
                        help="run the precision filter's CV with the pair model off and on for "
                        "each of these guard settings (comma-separated; guards joined by '+', "
                        "'none': no guard), both sides coded alike, and stop")  # fmt: skip
    parser.add_argument(
        "--guards", default="", help="the pairs.GUARDS to train the written model with ('+'-joined)"
    )
    parser.add_argument("--pool", type=Path, nargs="+", default=None,
                        help="print the CV of these --dump files pooled, and stop")  # fmt: skip
    args = parser.parse_args(argv)
    from redline.evaluate.docgold import load_doc_gold

    if args.pool:
        results = pool_dumps(args.pool, args.min_precision)
        results.pop("_raw")
        print_cv(results, f"pooled: {', '.join(str(p) for p in args.pool)}")
        on = best_setting(results, args.min_precision)
        f, f_off = (tef_prf(results[n]["counts"])[2] for n in (on, "off"))
        print(f"\nbest: {on}, F1 {f:.4f} vs off {f_off:.4f} ({f - f_off:+.4f})")
        return 0

    splits = [s.strip() for s in args.splits.split(",") if s.strip()]
    check_splits(splits)
    started = time.process_time()
    docs = [d for s in splits for d in load_doc_gold(args.gold, split=s, articles=args.articles)]
    if args.limit:
        docs = docs[: args.limit]
    if args.filter_cv:
        filter_cv(docs, [s.strip() for s in args.filter_cv.split(",") if s.strip()], args.cache,
                  args.dump, args.cv_seeds)  # fmt: skip
        return 0
    parsed = tep.parse_articles(docs, args.cache)
    coded = tep._cached(
        args.cache,
        recorded_key(docs, args.mentions),
        lambda: code_articles(parsed, docs, mentions=args.mentions),
    )
    examples = [e for _, ex in coded.values() for e in ex]
    labels = Counter(label for e in examples for label in e[2])
    print(f"{len(docs)} articles ({','.join(splits)}), {len(examples)} pairs, labels "
          f"{dict(sorted(labels.items()))}; CPU {time.process_time() - started:.0f} s")  # fmt: skip
    top = ceiling(docs, coded)
    print("ceiling (unique root-level gold tuples " + str(top.pop("gold")) + "): " +
          ", ".join(f"{k} {v:.3f}" for k, v in top.items()))  # fmt: skip
    for top, kept, kept_lab, share in ceiling_by_length(docs, coded, [1, 2, 3, 4, 5, 6, 8, 12, 40]):
        print(f"path <= {top}: pairs {kept:.3f}, labelled pairs {kept_lab:.3f}, own-sentence "
              f"ceiling {share:.3f}")  # fmt: skip
    if args.no_target == "off":  # no subject alone (its target code is empty)
        coded = {i: (ev, [e for e in ex if e[3][1]]) for i, (ev, ex) in coded.items()}
        print(f"no subject alone: {sum(len(ex) for _, ex in coded.values())} pairs kept")
    if args.places == "off":  # no pair of one country where one is a place ("in Jerusalem")
        coded = {i: (ev, [e for e in ex if not is_located(e[0])]) for i, (ev, ex) in coded.items()}
        print(f"no located pair: {sum(len(ex) for _, ex in coded.values())} pairs kept")
    guards = frozenset(g for g in args.guards.split("+") if g)
    if guards:  # issue #9 pairs16: the pairs the guards leave out are neither trained nor run
        coded = {
            i: (ev, [e for e in ex if not guarded(e, guards)]) for i, (ev, ex) in coded.items()
        }
        kept = sum(len(ex) for _, ex in coded.values())
        print(f"guards {'+'.join(sorted(guards))}: {kept} pairs kept")
    if args.max_path:  # the pairs the events stage makes with the written model
        coded = {i: (ev, [e for e in ex if e[5] <= args.max_path]) for i, (ev, ex) in coded.items()}
        examples = [e for _, ex in coded.values() for e in ex]
        print(f"path <= {args.max_path}: {len(examples)} pairs kept")
    hyper = {"seed": args.seed, "l2": args.l2, "steps": args.steps, "min_count": args.min_count,
             "none_share": args.none_share}  # fmt: skip
    threshold = args.threshold if args.threshold is not None else 0.5
    cv_meta = None
    if args.cv > 1:
        import train_event_filter as tef

        labelled = tep._cached(args.cache, "labelled-candidates",
                               lambda: tef.labelled_candidates(tef.CANDIDATES))  # fmt: skip
        thresholds = [float(t) for t in args.thresholds.split(",")]
        scored = [float(t) for t in args.scored.split(",") if t.strip()]
        results = cv_pipeline(docs, coded, labelled, hyper, k=args.cv, seeds=args.cv_seeds,
                              thresholds=thresholds, scored=scored,
                              min_precision=args.min_precision)  # fmt: skip
        raw = results.pop("_raw")
        if args.dump:
            try:
                dump_cv(args.dump, raw)
            except Exception as exc:  # the table below still stands
                print(f"could not write {args.dump}: {exc}")
        print_cv(results, f"root level, {args.cv}-fold CV by article over {len(docs)} articles "
                 f"(seeds {args.cv_seeds}, pooled; pair model and filter trained without the "
                 f"held-out fold; filter threshold: best F1 at pooled P >= "
                 f"{args.min_precision})")  # fmt: skip
        on = best_setting(results, args.min_precision)
        p, r, f = tef.prf(results[on]["counts"])
        f_off = tef.prf(results["off"]["counts"])[2]
        print(f"\nbest: {on}, F1 {f:.3f} vs off {f_off:.3f} ({f - f_off:+.3f}); CPU "
              f"{time.process_time() - started:.0f} s")  # fmt: skip
        if on != "off" and args.threshold is None:
            threshold = float(on.split()[1])
        cv_meta = {"folds": args.cv, "seeds": args.cv_seeds, "setting": on,
                   "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                   "f1_off": round(f_off, 4)}  # fmt: skip
    weights = train(examples, **hyper)
    from redline.events.proposer import CLASSES

    model = {
        "version": 1,
        "classes": list(CLASSES),
        "trained_on": f"docgold {','.join(splits)} ({len(docs)} articles)",
        **hyper,
        "threshold": threshold,
        **({"max_path": args.max_path} if args.max_path else {}),
        "mentions": args.mentions,
        **({"no_target": False} if args.no_target == "off" else {}),
        **({"places": False} if args.places == "off" else {}),
        **({"guards": sorted(guards)} if guards else {}),
        **({"unscored": args.unscored} if args.unscored is not None else {}),
        **({"cv": cv_meta} if cv_meta else {}),
        **weights,
    }
    tep.write_model(args.out, model, started)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
