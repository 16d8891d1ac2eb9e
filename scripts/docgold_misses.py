"""Recall on whole articles: code the document gold's free splits from a parse cache, and read
what was missed (issue #9 recall15; the module is ``redline.evaluate.misses``).

    PYTHONPATH=src python scripts/docgold_misses.py code CACHE TAG [--splits a,b]
        parse the free splits once into CACHE (kept there), code them, save CACHE/runs/TAG.json,
        print P / R / F1 per split and pooled (equal to `redline eval events --docs ... --split S`)
    PYTHONPATH=src python scripts/docgold_misses.py misses CACHE TAG [TAG2 ...] [--splits a,b]
        [--show CAUSE] [--head LEMMA]
        the first-cause table of the gold events missed at the threshold (root level), one column
        per run; --show lists the misses of one cause (sentence, trigger, gold, what was coded);
        --show events_for / policy also name the guard or policy step that dropped each and
        count the drops by guard (a run coded by this version records them)
    PYTHONPATH=src python scripts/docgold_misses.py diff CACHE A B [--splits a,b]
        root tuples B gains (+) and loses (-) against A, right or wrong, with trigger and rule
    PYTHONPATH=src python scripts/docgold_misses.py code CACHE TAG --unguard all|L447,L499
        ... guards CACHE A B
        issue #9 drops50: code with guards of `_events_for` switched off, and count the tuples B
        gains and loses against A by the guard that let each event through (this and
        `misses --show events_for / policy` do what scripts/docgold_drops.py did, from linked
        events of the real coder rather than a hooked copy of the package: that script is gone)
    PYTHONPATH=src python scripts/docgold_misses.py rule CACHE TAG REGEX [--splits a,b]
        precision of the events whose rule matches REGEX, at the threshold and with nothing
        filtered (right = the root tuple is in the gold)

The unseen splits (redline.evaluate.docgold.UNSEEN_SPLITS) and any being annotated are refused.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from redline.evaluate import misses as M

GOLD = "evaluation/docgold/gold.jsonl"


def _run_path(cache: str, tag: str) -> Path:
    return Path(cache) / "runs" / f"{tag}.json"


def cmd_code(args) -> None:
    docs = M.load_free_docs(args.gold, M.free_splits(args.splits))
    run = M.code_run(docs, args.cache, unguard=args.unguard, trace=not args.no_trace)
    M.save_run(run, _run_path(args.cache, args.tag))
    figures = M.split_figures(run, docs)
    print(f"threshold {run.threshold}  ({len(docs)} documents)")
    print(M.format_figures(figures))
    if args.all_levels:
        print(M.format_figures(figures, "code"))
        print(M.format_figures(figures, "full"))
    nothing = M.split_figures(run, docs, "known")["pooled"]["root"]
    print(
        f"pooled, nothing filtered: {nothing['precision']:.3f} / {nothing['recall']:.3f} / "
        f"{nothing['f1']:.3f} ({nothing['tp']} {nothing['fp']})"
    )


def cmd_misses(args) -> None:
    from redline.pipeline import Pipeline

    docs = M.load_free_docs(args.gold, M.free_splits(args.splits))
    parses = M.parse_cached(docs, args.cache, Pipeline(workers=1))
    by_run = {}
    for tag in args.tags:
        by_run[tag] = M.first_causes(M.load_run(_run_path(args.cache, tag)), docs, parses)
    print(M.miss_table(by_run))
    last = by_run[args.tags[-1]]
    heads = Counter(m.head for m in last if m.cause == "no_frame" and m.head)
    print(
        "\nno frame matched, commonest heads:",
        ", ".join(f"{h} {n}" for h, n in heads.most_common(25)),
    )
    if args.show:
        shown = [m for m in last if m.cause == args.show and (not args.head or m.head == args.head)]
        if args.show in ("events_for", "policy"):
            # issue #9 drops50: the guard of _events_for, or the policy step, that dropped each
            print(f"\n{args.show}: drops by guard\n" + M.guard_table(shown))
        for miss in shown:
            g = miss.gold
            print(
                f"\n[{miss.split} {miss.doc_id}] {g.get('code')} {g.get('alt_codes') or ''} "
                f"{g.get('source')}->{g.get('target')} trigger={g.get('trigger')!r} "
                f"mode={g.get('mode')} nominal={g.get('nominal')}"
            )
            print("   ", (g.get("sentence") or "").replace("\n", " ")[:400])
            if miss.detail:
                print("    coded:", miss.detail[:300])
            if miss.guard:
                print("    dropped by:", miss.guard)


def cmd_diff(args) -> None:
    docs = M.load_free_docs(args.gold, M.free_splits(args.splits))
    a = M.load_run(_run_path(args.cache, args.a))
    b = M.load_run(_run_path(args.cache, args.b))
    rows = M.diff_runs(a, b, docs)
    for row in rows:
        mark = "RIGHT" if row["right"] else "wrong"
        print(f"{row['sign']} {mark} {row['doc_id']} {row['tuple']} {row['trigger']!r}")
        print(f"      {row['rule']}")
        print(f"      {row['sentence'][:300]!r}")
    gained = sum(r["right"] for r in rows if r["sign"] == "+")
    lost = sum(r["right"] for r in rows if r["sign"] == "-")
    print(
        f"\n+{sum(r['sign'] == '+' for r in rows)} tuples ({gained} right), "
        f"-{sum(r['sign'] == '-' for r in rows)} tuples ({lost} right)"
    )


def cmd_guards(args) -> None:
    """Issue #9 drops50: the root tuples run B (coded with --unguard) gains and loses against
    A, counted by the switched-off guard that let the event through (its rule's note)."""
    import linecache
    import re

    from redline.events.coding import trigger_events

    docs = M.load_free_docs(args.gold, M.free_splits(args.splits))
    rows = M.diff_runs(
        M.load_run(_run_path(args.cache, args.a)), M.load_run(_run_path(args.cache, args.b)), docs
    )
    counts: dict[str, Counter] = {}
    for row in rows:
        found = re.search(r"; unguarded ([L\d,]+)", row["rule"] or "")
        guard = found.group(1) if found and row["sign"] == "+" else "(no guard: knock-on)"
        mark = ("+" if row["sign"] == "+" else "-") + ("right" if row["right"] else "wrong")
        counts.setdefault(guard, Counter())[mark] += 1
    path = trigger_events.__file__
    print("| guard | +right | +wrong | -right | -wrong | line |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for guard, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].values())):
        first = guard.split(",")[0]
        text = linecache.getline(path, int(first[1:])).strip() if first[1:].isdigit() else ""
        print(
            f"| {guard} | {c['+right']} | {c['+wrong']} | {c['-right']} | {c['-wrong']} "
            f"| {text[:70].replace('|', '/')} |"
        )


def cmd_rule(args) -> None:
    docs = M.load_free_docs(args.gold, M.free_splits(args.splits))
    run = M.load_run(_run_path(args.cache, args.tag))
    for view, label in (("kept", "at the threshold"), ("known", "nothing filtered")):
        result = M.rule_precision(run, docs, args.pattern, view)
        print(f"{label}: {result['right']}/{result['total']}")
        if view == "known" or args.quiet:
            continue
        for row in result["rows"]:
            e = row["event"]
            mark = "RIGHT" if row["right"] else "wrong"
            print(
                f"  {mark} {row['doc_id']} {e.code} {e.source_actor}->{e.target_actor} "
                f"{e.trigger_text!r}: {e.text[:160]!r}"
            )


def cmd_sweep(args) -> None:
    """What moving the filter's cut would trade: root P / R / F1 of a saved run's candidates
    with a resolved actor kept at each threshold, pooled over the splits."""
    run = M.load_run(_run_path(args.cache, args.tag))
    docs = M.load_free_docs(args.gold, M.free_splits(args.splits))
    print(f"{'cut':>5}{'P':>8}{'R':>8}{'F1':>8}{'TP':>7}{'FP':>7}")
    for r in M.threshold_sweep(run, docs, args.cuts):
        print(
            f"{r['cut']:>5.2f}{r['precision']:>8.3f}{r['recall']:>8.3f}{r['f1']:>8.3f}"
            f"{r['tp']:>7}{r['fp']:>7}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p):
        p.add_argument("cache", help="folder for the parse cache and the saved runs")
        p.add_argument("--splits", help="comma-separated free splits (default: all free ones)")
        p.add_argument("--gold", default=GOLD)

    p = sub.add_parser("code", help="code the free splits and save a run")
    common(p)
    p.add_argument("tag")
    p.add_argument("--all-levels", action="store_true", help="also the code and full levels")
    p.add_argument(
        "--no-trace",
        action="store_true",
        help="record no drop reasons (misses --show events_for/policy then names no guard)",
    )
    p.add_argument(
        "--unguard",
        help="switch off guards of _events_for: 'all' or line numbers (L447,L499); the events "
        "they let through say so in their rule ('; unguarded L447'), see `guards`",
    )
    p.set_defaults(func=cmd_code)
    p = sub.add_parser("misses", help="first-cause table of the misses")
    common(p)
    p.add_argument("tags", nargs="+")
    p.add_argument(
        "--show", help="list the misses of one cause: " + ", ".join(k for k, _ in M.CAUSES)
    )
    p.add_argument("--head", help="with --show: only misses whose trigger head has this lemma")
    p.set_defaults(func=cmd_misses)
    p = sub.add_parser("diff", help="root tuples gained and lost between two runs")
    common(p)
    p.add_argument("a")
    p.add_argument("b")
    p.set_defaults(func=cmd_diff)
    p = sub.add_parser("guards", help="a diff counted by the switched-off guard (--unguard)")
    common(p)
    p.add_argument("a")
    p.add_argument("b")
    p.set_defaults(func=cmd_guards)
    p = sub.add_parser("rule", help="precision of the events whose rule matches a pattern")
    common(p)
    p.add_argument("tag")
    p.add_argument("pattern")
    p.add_argument("--quiet", action="store_true", help="counts only")
    p.set_defaults(func=cmd_rule)
    p = sub.add_parser("sweep", help="root P / R / F1 of a saved run at several thresholds")
    common(p)
    p.add_argument("tag")
    p.add_argument("cuts", nargs="+", type=float)
    p.set_defaults(func=cmd_sweep)
    args = parser.parse_args(argv)
    args.func(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
