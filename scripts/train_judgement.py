"""A learned classifier of evaluative statements: does a speaker judge an actor named in their
own words, and which way (issue #9 judge40)?

One speech situation, one question. A candidate is (speaker, judged actor, sentence): a quote
the quotes stage attributed to a speaker the coder resolves to an actor (a quotation or a clause
reported with a speech verb: ``Document.quotes``), and a mention inside the quote's words that
resolves to an actor other than the speaker's own. Its label is a gold event of the free
docgold splits in that sentence, of root 11 (criticise, accuse: "neg") or of the codes 050-052
(praise, defend verbally: "pos"), whose source and target countries are the speaker's and the
actor's; else "none".

The features are meant to generalise across wordings: the lemmas of the quote's words in the
sentence (a bag; the actor's own and the speaker's words left out), the lemmas near the actor,
the actor's head and dependency, whether it is the subject, negation, the number of actors in
the words, the VADER valence of the words (the lexicon file of the vaderSentiment wheel, MIT,
given with ``--vader``: never fetched) as sums and near the actor, and the mean spaCy tok2vec
row of the words. A numpy softmax regression over none / neg / pos, cross-validated by article
(5 folds, Reuters and PolNeAR splits together).

    PYTHONPATH=src python scripts/train_judgement.py CACHE --base TAG --vader vader_lexicon.txt

CACHE is the parse cache of ``scripts/docgold_misses.py`` (its ``runs/TAG.json`` the coder's
output the out-of-fold events are added to); the candidates are kept in
CACHE/judgement-candidates-KEY.pkl, KEY a hash of the articles' ids, so that a gold grown by new
splits is read afresh (one file for every split list once let a retrain reuse the candidates of
fewer articles). Prints the ceiling (gold judgement items a candidate reaches,
and how many the coder already gets), out-of-fold precision and recall of the candidates at
several thresholds, and the pooled root-level docgold change when the out-of-fold events above
a threshold are added, separately for the Reuters and the PolNeAR splits.

Options: ``--seed`` (folds and start), ``--drop PREFIXES`` (leave feature families out:
``vneg,vpos,nneg,npos,gov_val`` is "no VADER", ``tensor`` the tok2vec mean), ``--context``
(what the rules coded in the sentence as features), ``--lexicon-roots`` (the lexicon's roots
for the actor's governor and the words' verbs), ``--residual`` (train and test only where a
tuple can still be gained), ``--same-actor`` (also the speaker's own actor code judged; its own
candidate file), ``--doc-labels`` (labels by the article's gold tuples, wherever the
sentence), ``--why`` (why the gold judgement items neither coded nor reached are out of
reach), ``--show`` (the events the last threshold adds, right or wrong). The candidate file is
written once (with the ``--vader`` given then): delete it to extract again.

Result (docs/benchmarks.md, judge40): shipped, on by default at p >= 0.8 (``--write``); out of
fold it adds about +6 right / +1.4 wrong root tuples per coding of the free splits.
"""

import argparse
import hashlib
import pickle
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _trainer_common as T  # noqa: E402

from redline.evaluate import misses as M  # noqa: E402
from redline.evaluate.docgold import actor_country, gold_items, predicted_tuple  # noqa: E402
from redline.events import judgement as J  # noqa: E402
from redline.events.softmax import fit_softmax, predict_softmax, write_softmax  # noqa: E402
from redline.model import Event  # noqa: E402

GOLD = "evaluation/docgold/gold.jsonl"
CLASSES = J.JUDGEMENT_CLASSES
CODE_OF = J.JUDGEMENT_CODES
POSITIVE_CODES = frozenset({"050", "051", "052"})


@dataclass
class Candidate:
    doc_id: str
    split: str
    sent_start: int
    sent_end: int
    speaker: str
    target: str
    features: list[str]
    dense: np.ndarray
    label: str
    text: str


def load_vader(path: str | None) -> dict[str, float]:
    """word -> mean valence (-4..4) from VADER's lexicon file; empty without one."""
    if not path:
        return {}
    out: dict[str, float] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            out[parts[0].lower()] = float(parts[1])
    return out


def _gold_spans(text: str, events: list[dict]) -> list[tuple[int, int, dict]]:
    return [(start, end, events[k]) for start, end, k in T.gold_spans(text, events)]


def gold_class(event: dict) -> str | None:
    codes = [str(event.get("code") or "")] + [str(c) for c in event.get("alt_codes") or []]
    if any(c[:2] == "11" for c in codes if c):
        return "neg"
    if any(c in POSITIVE_CODES for c in codes):
        return "pos"
    return None


def lexicon_roots(cand, lexicon, negated: bool) -> list[str]:
    """The lexicon's roots for the actor's governor and for the words' verbs (an accusation
    told as a wrong act, "Russia meddled in ...", has a hostile event verb, no sentiment)."""
    head = min(cand.mention_tokens, key=lambda t: sum(1 for _ in t.ancestors))
    gov = head.head
    climb = gov.head if gov.dep_ == "prep" else gov
    pos = "verb" if climb.pos_ in ("VERB", "AUX") else "noun"
    where = "subj" if head.dep_ in J.SUBJECT_DEPS else "other"
    names = [
        f"govroot={g}|{where}"
        for g in sorted({e.code[:2] for e in lexicon.candidates(climb.lemma_.lower(), pos)})
    ]
    own = {t.i for t in cand.mention_tokens} | {t.i for t in cand.speaker_tokens}
    for tok in cand.words:
        if tok.pos_ == "VERB" and tok.i not in own:
            for g in {e.code[:2] for e in lexicon.candidates(tok.lemma_.lower(), "verb")}:
                names.append(f"root={g}{'n' if negated else ''}")
    return names


def extract(docs, cache: str, vader: dict[str, float], same_actor: bool = False) -> list[Candidate]:
    """The candidates of every document, from the parse cache (module doc)."""
    from redline.events.lexicon import load_lexicon
    from redline.nlp.parse import forget_parse

    pipeline = M.coding_pipeline()
    lexicon = load_lexicon()
    parses = M.parse_cached(docs, cache, pipeline)
    out: list[Candidate] = []
    for gold in docs:
        parsed = parses[gold.doc_id]
        doc = pipeline.finish(M.clean(gold), parsed)
        spacy_doc = parsed
        text = doc.text
        gspans = _gold_spans(text, gold.events)
        for cand in J.judgement_candidates(doc, spacy_doc, same_actor=same_actor):
            sent, quote, m = cand.sent, cand.quote, cand.mention
            src, tgt = actor_country(quote.actor), actor_country(m.actor)
            label = "none"
            for gs, ge, event in gspans:
                if ge <= sent.start_char or gs >= sent.end_char:
                    continue
                cls = gold_class(event)
                if cls is None:
                    continue
                if (actor_country(event.get("source")), actor_country(event.get("target"))) == (
                    src,
                    tgt,
                ):
                    label = cls
                    break
            names, dense = J.candidate_features(cand, vader)
            if lexicon is not None:
                names += lexicon_roots(cand, lexicon, "negated" in names)
            out.append(
                Candidate(gold.doc_id, gold.split, sent.start_char, sent.end_char, quote.actor,
                          m.actor, names, dense, label, sent.text)
            )  # fmt: skip
        forget_parse()
    return out


def add_coder_context(cands: list[Candidate], run) -> None:
    """What the rules already coded in the candidate's sentence (the coder's events, every one
    before the filter): the roots between the same two countries, and any root at all."""
    for c in cands:
        pair = (actor_country(c.speaker), actor_country(c.target))
        roots, same = set(), set()
        for e in run.views[c.doc_id]["all"]:
            if not (c.sent_start <= e.start < c.sent_end):
                continue
            roots.add(e.root_code)
            if (actor_country(e.source_actor), actor_country(e.target_actor)) == pair:
                same.add(e.root_code)
        c.features = [f for f in c.features if not f.startswith(("cpair=", "csent="))]
        c.features += [f"cpair={r}" for r in sorted(same)] or ["cpair=none"]
        c.features += [f"csent={r}" for r in sorted(roots)] or ["csent=none"]


def residual(cands: list[Candidate], run) -> list[Candidate]:
    """The candidates that could still add a tuple: not those whose label's tuple the coder's
    kept events already hold, nor those whose both tuples it holds."""
    coded: dict[str, set[tuple]] = {}
    for doc_id, views in run.views.items():
        coded[doc_id] = {predicted_tuple(e, "root") for e in views["kept"]}
    out = []
    for c in cands:
        src, tgt = actor_country(c.speaker), actor_country(c.target)
        have = {
            cls
            for cls, root in (("neg", "11"), ("pos", "05"))
            if (src, tgt, root) in coded[c.doc_id]
        }
        if have == {"neg", "pos"} or c.label in have:
            continue
        out.append(c)
    return out


def why_unreached(docs, cache: str, run, cands: list[Candidate]) -> None:
    """The first reason each gold judgement item the coder misses is out of the candidates'
    reach: no sentence found, no attributed quote over it, its speaker unresolved or of
    another country, no resolved mention of the target's country inside the words."""
    from redline.nlp.parse import forget_parse

    coded = coded_judgements(run, docs)
    reach = {
        (c.doc_id, actor_country(c.speaker), actor_country(c.target), c.label)
        for c in cands
        if c.label != "none"
    }
    pipeline = M.coding_pipeline()
    parses = M.parse_cached(docs, cache, pipeline)
    causes: dict[str, Counter] = {"reuters": Counter(), "polnear": Counter()}
    for gold in docs:
        items = defaultdict(list)
        for event in gold.events:
            cls = gold_class(event)
            if cls:
                key = (gold.doc_id, actor_country(event.get("source")),
                       actor_country(event.get("target")), cls)  # fmt: skip
                items[key].append(event)
        items = {k: v for k, v in items.items() if k not in coded and k not in reach}
        if not items:
            continue
        doc = pipeline.finish(M.clean(gold), parses[gold.doc_id])
        part = "polnear" if T.is_polnear(gold.doc_id) else "reuters"
        for (_, src, tgt, _), events in items.items():
            spans = [(s, e) for s, e, _ in _gold_spans(doc.text, events)]
            if not src or not tgt:
                causes[part]["gold source or target has no country"] += 1
                continue
            if not spans:
                causes[part]["gold sentence not found"] += 1
                continue
            quotes = [q for q in doc.quotes for s, e in spans if q.start < e and q.end > s]
            if not quotes:
                causes[part]["no attributed quote over the sentence"] += 1
                continue
            if not any(q.actor for q in quotes):
                causes[part]["quote's speaker unresolved"] += 1
                continue
            mine = [q for q in quotes if q.actor and actor_country(q.actor) == src]
            if not mine:
                causes[part]["speaker resolved to another country"] += 1
                continue
            inside = [
                m for q in mine for m in doc.mentions
                if m.start >= q.start and m.end <= q.end
                and any(s <= m.start < e for s, e in spans)
            ]  # fmt: skip
            if any(m.actor and actor_country(m.actor) == tgt for m in inside):
                causes[part]["target mention is the speaker's own actor"] += 1
            elif any(not m.actor for m in inside):
                causes[part]["a mention in the words, unresolved"] += 1
            else:
                causes[part]["no mention of the target's country in the words"] += 1
        forget_parse()
    for part, counter in causes.items():
        print(f"  {part}: {sum(counter.values())} items")
        for cause, n in counter.most_common():
            print(f"    {n:4d}  {cause}")


# -- the model ---------------------------------------------------------------------------------


def train(cands: list[Candidate], *, l2: float, steps: int, min_count: int, seed: int) -> dict:
    """Softmax regression by full-batch Adam (``redline.events.softmax.fit_softmax``)."""
    return fit_softmax(
        [c.features for c in cands],
        np.stack([c.dense for c in cands]).astype(np.float32),
        [CLASSES.index(c.label) for c in cands],
        len(CLASSES),
        l2=l2,
        steps=steps,
        min_count=min_count,
        seed=seed,
    )


def predict(model: dict, cands: list[Candidate]) -> np.ndarray:
    dense = np.stack([c.dense for c in cands]).astype(np.float32)
    return predict_softmax(model, [c.features for c in cands], dense)


def write_model(model: dict, path: str, threshold: float, n_docs: int, n_cands: int) -> None:
    """The weights as ``events/judgement.json`` (rounded: a second run writes the same bytes)."""
    note = f"{n_docs} free docgold articles, {n_cands} candidates (judge40)"
    write_softmax(model, path, CLASSES, threshold, note)


def out_of_fold(cands: list[Candidate], docs, args) -> np.ndarray:
    def fit(train_c: list[Candidate]) -> dict:
        return train(
            train_c, l2=args.l2, steps=args.steps, min_count=args.min_count, seed=args.seed
        )

    return T.out_of_fold(cands, docs, args, fit, predict, (len(CLASSES),))


# -- figures -----------------------------------------------------------------------------------


def gold_judgements(docs) -> set[tuple]:
    """(doc, source country, target country, class) of every gold judgement event."""
    out = set()
    for d in docs:
        for e in d.events:
            cls = gold_class(e)
            if cls:
                out.add(
                    (d.doc_id, actor_country(e.get("source")), actor_country(e.get("target")), cls)
                )
    return out


def coded_judgements(run, docs) -> set[tuple]:
    out = set()
    for d in docs:
        for e in run.views[d.doc_id]["kept"]:
            src, tgt, root = predicted_tuple(e, "root")
            cls = "neg" if root == "11" else "pos" if root == "05" else None
            if cls:
                out.add((d.doc_id, src, tgt, cls))
    return out


def ceiling(cands, docs, run) -> None:
    gold = gold_judgements(docs)
    reach = {
        (c.doc_id, actor_country(c.speaker), actor_country(c.target), c.label)
        for c in cands
        if c.label != "none"
    }
    coded = coded_judgements(run, docs) & gold
    for part, members in (("reuters", False), ("polnear", True)):
        ids = {d.doc_id for d in docs if T.is_polnear(d.doc_id) == members}
        g = {t for t in gold if t[0] in ids}
        r = {t for t in reach if t[0] in ids}
        c = {t for t in coded if t[0] in ids}
        for cls in ("neg", "pos"):
            gc = {t for t in g if t[3] == cls}
            print(
                f"  {part} {cls}: gold items {len(gc)}, reached by a candidate "
                f"{len({t for t in r if t[3] == cls})}, coded already "
                f"{len({t for t in c if t[3] == cls})}, reached and not coded "
                f"{len({t for t in r if t[3] == cls} - c)}"
            )
    labels = Counter(c.label for c in cands)
    print(f"  candidates {len(cands)}: {dict(labels)}")


def candidate_pr(cands, probs, thresholds) -> None:
    print("out-of-fold, candidate level (a candidate right when its class is the label's):")
    total = Counter(c.label for c in cands)
    for part in ("reuters", "polnear", "all"):
        for th in thresholds:
            tp = fp = 0
            n_pos = 0
            for c, p in zip(cands, probs, strict=True):
                if part != "all" and T.is_polnear(c.doc_id) != (part == "polnear"):
                    continue
                n_pos += c.label != "none"
                best = int(np.argmax(p[1:])) + 1
                if p[best] >= th:
                    if CLASSES[best] == c.label:
                        tp += 1
                    else:
                        fp += 1
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / n_pos if n_pos else 0.0
            print(
                f"  {part:8s} p>={th:.2f}: {tp + fp:5d} emitted, {tp:4d} right, P {prec:.3f} "
                f"R {rec:.3f} (of {n_pos})"
            )
    del total


def docgold_change(cands, probs, docs, run, thresholds, show: bool = False) -> None:
    """Root-level docgold figures when the out-of-fold events at p >= threshold are added to
    the coder's kept events (one event per document tuple; tuples the coder has are left)."""
    base = M.split_figures(run, docs)
    by_doc = defaultdict(list)
    for c, p in zip(cands, probs, strict=True):
        by_doc[c.doc_id].append((c, p))

    def events_of(th: float, d) -> Iterator[tuple[Event, tuple[Candidate, float]]]:
        for c, p in by_doc.get(d.doc_id, []):
            best = int(np.argmax(p[1:])) + 1
            if p[best] < th:
                continue
            code = CODE_OF[CLASSES[best]]
            event = Event(
                start=c.sent_start,
                end=c.sent_end,
                text=c.text,
                code=code,
                root_code=code[:2],
                name="judgement",
                source_actor=c.speaker,
                target_actor=c.target,
                rule=f"judgement:{code} p={p[best]:.2f}",
            )
            yield event, (c, p[best])

    def shown(d, key: tuple, item: tuple[Candidate, float]) -> None:
        c, p = item
        items = [gold_items(g, "root") for g in d.events]
        ok = any(i is not None and i.accepts(*key) for i in items)
        print(
            f"    {'RIGHT' if ok else 'wrong'} {d.split} {d.doc_id} {key} "
            f"p={p:.2f}: {c.text[:220]!r}"
        )

    polnear = T.polnear_splits(docs)
    print("docgold, root level, out-of-fold events added (right/wrong):")
    T.print_pooled("base", base, polnear)
    for th in thresholds:
        told = shown if show and th == thresholds[-1] else None
        added = T.with_events_added(run, docs, partial(events_of, th), told)
        T.print_pooled(f"p>={th:.2f}", M.split_figures(added, docs), polnear, base)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cache")
    parser.add_argument("--base", default="base", help="the saved run of the coder (runs/TAG)")
    parser.add_argument("--vader", help="VADER's vader_lexicon.txt (from the wheel)")
    parser.add_argument("--gold", default=GOLD)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--l2", type=float, default=0.001)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--thresholds", default="0.3,0.4,0.5,0.6,0.7,0.8")
    parser.add_argument(
        "--context",
        action="store_true",
        help="add what the rules coded in the sentence as features",
    )
    parser.add_argument(
        "--residual",
        action="store_true",
        help="train and test only where a tuple could still be gained",
    )
    parser.add_argument(
        "--lexicon-roots",
        action="store_true",
        help="also the lexicon's roots for the actor's governor and the words' verbs",
    )
    parser.add_argument(
        "--same-actor",
        action="store_true",
        help="also mentions of the speaker's own actor code (Trump's USAGOV on Obama's USAGOV)",
    )
    parser.add_argument(
        "--doc-labels",
        action="store_true",
        help="label by the article's gold tuples, wherever the sentence (as the scorer counts)",
    )
    parser.add_argument("--write", help="train on every candidate and write the weights here")
    parser.add_argument("--write-threshold", type=float, default=0.8)
    parser.add_argument("--why", action="store_true", help="why the unreached are unreached")
    parser.add_argument("--show", action="store_true", help="list the events the last adds")
    parser.add_argument("--drop", default="", help="comma-separated feature prefixes left out")
    args = parser.parse_args(argv)
    docs = M.load_free_docs(args.gold, M.free_splits(None))
    run = M.load_run(Path(args.cache) / "runs" / f"{args.base}.json")
    tag = ("-same" if args.same_actor else "") + ("" if args.vader else "-novader")
    key = hashlib.sha1("\n".join(sorted(d.doc_id for d in docs)).encode()).hexdigest()[:12]
    store = Path(args.cache) / f"judgement-candidates{tag}-{key}.pkl"
    if store.is_file():
        cands = pickle.loads(store.read_bytes())
    else:
        cands = extract(docs, args.cache, load_vader(args.vader), args.same_actor)
        store.write_bytes(pickle.dumps(cands))
    if args.context:
        add_coder_context(cands, run)
    drops = tuple(p for p in args.drop.split(",") if p)
    if not args.lexicon_roots:
        drops += ("govroot=", "root=")
    if drops:
        for c in cands:
            c.features = [f for f in c.features if not f.startswith(drops)]
        if "tensor" in drops:
            for c in cands:
                c.dense = c.dense[:5]
    if args.doc_labels:
        gold = gold_judgements(docs)
        for c in cands:
            src, tgt = actor_country(c.speaker), actor_country(c.target)
            c.label = next(
                (cls for cls in ("neg", "pos") if (c.doc_id, src, tgt, cls) in gold), "none"
            )
    if args.residual:
        cands = residual(cands, run)
    print("ceiling:")
    ceiling(cands, docs, run)
    if args.why:
        print("gold judgement items neither coded nor reached, by first reason:")
        why_unreached(docs, args.cache, run, cands)
        return 0
    if args.write:
        model = train(cands, l2=args.l2, steps=args.steps, min_count=args.min_count, seed=args.seed)
        write_model(model, args.write, args.write_threshold, len(docs), len(cands))
        print(f"wrote {args.write}")
        return 0
    thresholds = [float(t) for t in args.thresholds.split(",")]
    probs = out_of_fold(cands, docs, args)
    candidate_pr(cands, probs, thresholds)
    docgold_change(cands, probs, docs, run, thresholds, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
