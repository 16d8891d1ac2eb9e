"""Which drop checks of ``_events_for`` throw away right candidates (issue #9 drops27).

    PYTHONPATH=src python scripts/docgold_drops.py CACHE TAG [--show LINE] [--misses] [--saved]
        [--splits a,b]

Copies the package to a temporary folder with every ``return []`` of
``redline.events.coding.trigger_events._events_for`` (and every ``continue`` of its loop over
the pairs) made to ask a hook, codes the free docgold splits from the parse cache
(``docgold_misses.py``'s CACHE) with it, and whenever a check drops a candidate calls
``_events_for`` again with that check (and any later one the candidate meets) skipped: what the
candidate would have given. The table counts, per check (its line in
``coding/trigger_events.py``), the root tuples those would-be events add to the run: right (a
gold item not yet found: in the same sentence as the gold record, or elsewhere in the document)
and wrong, at the filter's threshold and with nothing filtered; ``have`` are tuples the run
already gives, ``no actor`` events with neither actor known, ``error`` calls that failed with
the check skipped (a check guarding a value the code after it needs). ``--show LINE`` lists one
check's would-be tuples; ``--misses`` puts the run's missed gold events of the two drop causes
under the check that dropped each (``misses_by_check``); ``--saved`` reads the records of an
earlier call instead of coding again. The would-be events are not linked
(``link_event_actors``), so a tuple may differ from what coding without the check would give:
measure any change with ``docgold_misses.py code``.
"""

from __future__ import annotations

import argparse
import builtins
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

GOLD = "evaluation/docgold/gold.jsonl"
CODER = Path("redline/events/coding/trigger_events.py")


def hooked_copy(src: Path, into: Path) -> int:
    """Copy the package under ``src`` into ``into`` with the drop checks of ``_events_for``
    asking ``_drop(line)`` (a builtin) first; the lines keep their numbers. Returns how many."""
    shutil.copytree(src, into, dirs_exist_ok=True)
    path = into / CODER
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("def _events_for("))
    end = next(  # the next top-level statement (a def or a constant) ends the function
        i
        for i in range(start + 1, len(lines))
        if lines[i][:1].strip() and not lines[i].startswith((")", "#"))
    )
    hooked = 0
    for i in range(start, end):
        if m := re.match(r"^(\s*)return \[\](.*)$", lines[i]):
            lines[i] = f"{m.group(1)}if _drop({i + 1}): return []{m.group(2)}"
            hooked += 1
        elif (m := re.match(r"^(\s*)continue(\s*#.*)?$", lines[i])) and not re.search(
            r"cand\.i == src_tok\.i|_each_other\(s, t\)", lines[i - 1] + lines[i - 2]
        ):
            lines[i] = f"{m.group(1)}if _drop({i + 1}): continue{m.group(2) or ''}"
            hooked += 1
    text = "\n".join(lines)
    # with the sense check skipped, the entry's own code stands
    old = 'if sense_code[:2] == "02" and _calls_a_race(trigger):'
    new = 'if (sense_code := sense_code or entry.code)[:2] == "02" and _calls_a_race(trigger):'
    path.write_text(text.replace(old, new), encoding="utf-8")
    return hooked


def child(cache: str, out: str, splits: str | None, gold: str) -> None:
    """Run inside the hooked copy: code the free splits, record each dropped candidate."""
    from redline.evaluate import misses as M
    from redline.events.coding import sentence as coding_sentence

    state: dict = {"skip": set(), "taken": []}

    def drop(line: int) -> bool:
        if line in state["skip"]:
            return False
        state["taken"].append(line)
        return True

    builtins._drop = drop  # type: ignore[attr-defined]
    records: list[dict] = []
    current = {"doc": ""}
    original_clean, original = M.clean, coding_sentence._events_for

    def clean(gold_doc):
        current["doc"] = gold_doc.doc_id
        return original_clean(gold_doc)

    def plain(e) -> dict:
        return {
            "code": e.code,
            "source": e.source_actor,
            "target": e.target_actor,
            "confidence": e.confidence,
            "rule": e.rule,
            "trigger": e.trigger_text,
        }

    def hooked(match, sent, doc, resolver, used, **kwargs):
        state["skip"], state["taken"] = set(), []
        made = original(match, sent, doc, resolver, used, **kwargs)
        chain = list(dict.fromkeys(state["taken"]))
        if not chain:
            return made
        memory = dict(resolver.event_nouns)
        would, error = [], ""
        for _ in range(8):  # skip the check, then any later one the candidate meets
            state["skip"], state["taken"] = set(chain), []
            try:
                would = original(
                    match, sent, doc, resolver, set(used), **{**kwargs, "features_out": None}
                )
            except Exception as exc:  # noqa: BLE001 - a check guarding what follows it
                would, error = [], f"{type(exc).__name__}: {exc}"[:120]
                break
            later = [line for line in dict.fromkeys(state["taken"]) if line not in chain]
            if not later:
                break
            chain += later
        resolver.event_nouns.clear()
        resolver.event_nouns.update(memory)
        state["skip"], state["taken"] = set(), []
        records.append(
            {
                "doc": current["doc"],
                "chain": chain,
                "error": error,
                "made": [plain(e) for e in made],
                "would": [plain(e) for e in would],
                "sentence": sent.text,
                "trigger": match.trigger.text,
                "start": match.trigger.idx,  # in the cleaned text: a gold event's span is there
            }
        )
        return made

    M.clean, coding_sentence._events_for = clean, hooked
    docs = M.load_free_docs(gold, M.free_splits(splits))
    run = M.code_run(docs, cache)
    Path(out).write_text(json.dumps({"threshold": run.threshold, "records": records}))


def _squeezed(text: str | None) -> str:
    return " ".join((text or "").split())


def tabulate(cache: str, tag: str, records: list[dict], show: int | None, splits, gold) -> None:
    """The table of checks (module doc), judged against the saved run ``tag``."""
    from redline.evaluate import misses as M
    from redline.evaluate.docgold import _unique_gold, actor_country, match_document

    docs = {d.doc_id: d for d in M.load_free_docs(gold, M.free_splits(splits))}
    run = M.load_run(Path(cache) / "runs" / f"{tag}.json")
    known: dict[str, tuple] = {}
    for doc_id, doc in docs.items():
        result = match_document(doc.events, run.views[doc_id]["kept"], "root")
        found = {id(e) for e in result["found"]}
        known[doc_id] = (_unique_gold(doc.events, "root"), set(result["tuples"]), found)
    table: dict[int, Counter] = defaultdict(Counter)
    rows: list[str] = []
    seen: set = set()
    for rec in records:
        items, have, found = known[rec["doc"]]
        line = rec["chain"][0]
        table[line]["error"] += bool(rec["error"])
        made = {(e["code"][:2], e["source"], e["target"]) for e in rec["made"]}
        for e in rec["would"]:
            if (e["code"][:2], e["source"], e["target"]) in made:
                continue
            key = (actor_country(e["source"]), actor_country(e["target"]), e["code"][:2])
            if not (key[0] or key[1]):
                table[line]["no actor"] += 1
                continue
            if (rec["doc"], key, line) in seen:
                continue
            seen.add((rec["doc"], key, line))
            open_items = [g for item, g in items if item.accepts(*key) and id(g) not in found]
            sentence = _squeezed(rec["sentence"])
            if key in have:
                kind = "have"
            elif open_items:
                same = any(_squeezed(g.get("sentence"))[:60] in sentence for g in open_items)
                kind = "right" if same else "right elsewhere"
            elif any(item.accepts(*key) for item, _ in items):
                kind = "have"  # its gold item is already found by another tuple
            else:
                kind = "wrong"
            at = e["confidence"] is None or e["confidence"] >= run.threshold
            table[line][kind] += 1
            table[line][kind + "@"] += at
            if line == show and kind != "have":
                rows.append(
                    f"{kind}{' (at threshold)' if at else ''} {rec['doc']} {key} "
                    f"{e['trigger']!r} checks={rec['chain']}\n    {e['rule'][:240]}\n"
                    f"    {sentence[:280]!r}"
                )
    source = (Path("src") / CODER).read_text(encoding="utf-8").split("\n")
    print(
        "| line | right | elsewhere | wrong | right@ | elsewhere@ | wrong@ | have | no actor "
        "| error | check |\n" + "|" + " --- |" * 11
    )
    order = sorted(table.items(), key=lambda kv: -sum(kv[1][k] for k in ("right", "wrong")))
    for line, c in order:
        check = check_label(source, line)
        print(
            f"| {line} | {c['right']} | {c['right elsewhere']} | {c['wrong']} | {c['right@']} "
            f"| {c['right elsewhere@']} | {c['wrong@']} | {c['have']} | {c['no actor']} "
            f"| {c['error']} | {check} |"
        )
    print("\n".join(rows))


def check_label(source: list[str], line: int) -> str:
    """A check's words: its comment, else the ``if`` above its line."""
    words = source[line - 1].split("#", 1)[-1].strip() if "#" in source[line - 1] else ""
    head = line - 2
    while head > line - 12 and not source[head].strip().startswith(("if ", "elif ")):
        head -= 1
    return (words or source[head].strip())[:70].replace("|", "/")


def misses_by_check(cache: str, tag: str, records: list[dict], splits, gold) -> None:
    """The gold events the run ``tag`` misses with a first cause "candidate dropped in
    `_events_for`" or "by the sentence policy" (``redline.evaluate.misses``), each put under
    the check that dropped a candidate standing on its trigger (a record whose trigger word is
    inside the gold trigger's span; none: the sentence policy never asked ``_events_for``), with
    how many of them a would-be event of that candidate gives (the gold item's root and actors'
    countries) and the commonest trigger words."""
    from redline.evaluate import misses as M
    from redline.evaluate.docgold import actor_country, gold_items
    from redline.pipeline import Pipeline

    docs = M.load_free_docs(gold, M.free_splits(splits))
    parses = M.parse_cached(docs, cache, Pipeline(workers=1))
    run = M.load_run(Path(cache) / "runs" / f"{tag}.json")
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for rec in records:
        if "start" in rec:
            by_doc[rec["doc"]].append(rec)
    texts = {d.doc_id: M.clean(d).text for d in docs}
    groups: dict[tuple, list] = defaultdict(list)
    for miss in M.first_causes(run, docs, parses):
        if miss.cause not in ("events_for", "policy"):
            continue
        text = texts[miss.doc_id]
        span = M.locate(text, miss.gold.get("sentence", ""), miss.gold.get("trigger", ""))
        hit = [r for r in by_doc[miss.doc_id] if span and span[0] <= r["start"] < span[1]]
        item = gold_items(miss.gold, "root")
        back = any(
            item.accepts(actor_country(e["source"]), actor_country(e["target"]), e["code"][:2])
            for r in hit
            for e in r["would"]
        )
        line = hit[0]["chain"][0] if hit else 0
        word = hit[0]["trigger"].lower() if hit else miss.head
        groups[(miss.cause, line)].append((back, word))
    source = (Path("src") / CODER).read_text(encoding="utf-8").split("\n")
    print("\n| first cause | line | check | missed | would come back | commonest |")
    print("|" + " --- |" * 6)
    for (cause, line), items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        words = Counter(word for _, word in items).most_common(6)
        check = check_label(source, line) if line else "(no drop check fired at its trigger)"
        print(
            f"| {cause} | {line or ''} | {check} | {len(items)} | {sum(b for b, _ in items)} "
            f"| {', '.join(f'{w} {n}' for w, n in words)} |"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cache", help="the parse cache of docgold_misses.py")
    parser.add_argument("tag", help="a run saved by `docgold_misses.py code` from this tree")
    parser.add_argument("--show", type=int, help="list one check's would-be tuples (its line)")
    parser.add_argument(
        "--misses",
        action="store_true",
        help="also put the run's missed gold events dropped in `_events_for` or by the sentence "
        "policy under the check that dropped them",
    )
    parser.add_argument(
        "--saved", action="store_true", help="read CACHE/runs/TAG.drops.json, do not code again"
    )
    parser.add_argument("--splits", help="comma-separated free splits (default: all free ones)")
    parser.add_argument("--gold", default=GOLD)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.cache, args.child, args.splits, args.gold)
        return 0
    out = Path(args.cache) / "runs" / f"{args.tag}.drops.json"
    if not args.saved:
        with tempfile.TemporaryDirectory() as folder:
            hooked_copy(Path("src"), Path(folder))
            command = [sys.executable, __file__, args.cache, args.tag, "--child", str(out)]
            command += ["--gold", args.gold] + (["--splits", args.splits] if args.splits else [])
            subprocess.run(command, check=True, env={**os.environ, "PYTHONPATH": folder})
    data = json.loads(out.read_text())
    tabulate(args.cache, args.tag, data["records"], args.show, args.splits, args.gold)
    if args.misses:
        misses_by_check(args.cache, args.tag, data["records"], args.splits, args.gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
