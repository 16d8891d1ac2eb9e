"""Where every CPU second of ``redline code`` goes, process by process, against bare ``nlp.pipe``.

    python benchmarks/cpu_account.py ARTICLES.jsonl TEXTS.json --workers 2 --rounds 2

``ARTICLES.jsonl`` and ``TEXTS.json`` are what ``scale.py`` writes (the articles, and their cleaned
texts for the bare run). Each round runs, each in its own child process and back to back:

1. bare: ``nlp.pipe(texts, n_process=W)`` as ``scale.py`` runs it (spaCy's pipeline as it loads);
2. redline: ``redline code ARTICLES --db <fresh store> --workers W -q``, in-process through the
   CLI's own ``main``, with timers wrapped around its parts (nothing else changes).

Every process reports its own CPU (``getrusage``) when it ends: the main process from an exit
handler, each worker from a ``multiprocessing`` finaliser (which runs as a pool worker exits).
Inside them the main thread's CPU (``time.thread_time``) is split by part: imports, the warm-up
and the pool's start, reading the inputs, cleaning, the store's look-ups and duplicate marks, the
store writes, happenings and counts; in a worker (or the single process): cleaning, the parse
(``nlp.pipe``), every stage, the rest of a batch (memory zone, ``malloc_trim``), and the pickling
of results on their way back. What no timer covers is listed as "other". The figures are CPU
seconds, so other jobs on the machine hardly move them; ``--trees`` runs several source trees
in turn (A/B), each under its own ``PYTHONPATH``.

``--profile DIR`` also writes cProfile statistics of the main thread and of every worker
(``DIR/main.prof``, ``DIR/worker-PID.prof``); cProfile inflates small calls, so take the shares
from a run without it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()

BARE = r"""
import json, os, resource, sys, time
started = time.process_time()
from redline.nlp import load_model
imported = time.process_time()
texts = json.load(open(sys.argv[1], encoding="utf-8"))
nlp = load_model(None, fast_rules=False, lean=False)  # spaCy's pipeline exactly as it loads
loaded = time.process_time()
main_thread = time.thread_time()
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3]), n_process=int(sys.argv[2])):
    pass
piped = time.process_time()
piped_thread = time.thread_time() - main_thread
me = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
json.dump({
    "main": {"total": me.ru_utime + me.ru_stime, "user": me.ru_utime, "sys": me.ru_stime,
             "parts": {"imports": imported - started, "read texts + model load": loaded - imported,
                       "pipe (main thread)": piped_thread,
                       "pipe (other threads)": piped - loaded - piped_thread}},
    "workers_total": kids.ru_utime + kids.ru_stime,
    "workers_user": kids.ru_utime, "workers_sys": kids.ru_stime,
}, open(sys.argv[4], "w"))
"""


# -- the instrumented redline run (in the child) ---------------------------------------------------


def _child_redline(out_dir: str, profile_dir: str | None, argv: list[str]) -> None:
    """Run ``redline code`` here with timers around its parts; each process writes its JSON."""
    import atexit
    import cProfile
    import functools
    import multiprocessing.util
    import threading
    from collections import defaultdict

    started = time.process_time()
    from redline.collector import collector_paused

    with collector_paused():  # as the CLI imports them (a raised collector threshold)
        import concurrent.futures.process as cfp

        from redline import batch, pipeline
        from redline.cli import main as cli
        from redline.enrich import dedupe, happenings
        from redline.store import duck
    imported = time.process_time() - started

    parts: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    role = {"name": "main"}
    depth = {"n": 0}  # only the outermost timer on a stack counts (no double counting)

    def timed(name: str, func):
        @functools.wraps(func)
        def run(*args, **kwargs):
            if depth["n"]:
                return func(*args, **kwargs)
            depth["n"] += 1
            t = time.thread_time()
            try:
                return func(*args, **kwargs)
            finally:
                parts[name] += time.thread_time() - t
                counts[name] += 1
                depth["n"] -= 1

        return run

    def timed_generator(name: str, func):
        @functools.wraps(func)
        def run(*args, **kwargs):
            it = iter(func(*args, **kwargs))
            while True:
                outer = depth["n"] == 0
                t = time.thread_time()
                if outer:
                    depth["n"] += 1
                try:
                    item = next(it)
                except StopIteration:
                    return
                finally:
                    if outer:
                        depth["n"] -= 1
                        parts[name] += time.thread_time() - t
                yield item

        return run

    # The cyclic collector's passes, by generation (their time is inside the parts above too).
    import gc

    gc_started = {"t": 0.0}

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            gc_started["t"] = time.thread_time()
        else:
            gen = info.get("generation")
            gc_times[f"gc gen{gen}"] = gc_times.get(f"gc gen{gen}", 0.0) + (
                time.thread_time() - gc_started["t"]
            )
            gc_times[f"gc gen{gen} n"] = gc_times.get(f"gc gen{gen} n", 0) + 1

    gc_times: dict[str, float] = {}
    gc.callbacks.append(on_gc)

    # The main side.
    batch.read_sources = timed_generator("read inputs", batch.read_sources)
    batch.Runner.__init__ = timed("warm-up, fork, pool start", batch.Runner.__init__)
    batch.Runner.close = timed("pool shutdown", batch.Runner.close)
    duck.Store.existing_ids = timed("store: existing ids", duck.Store.existing_ids)
    dedupe.StoredSignatures.mark = timed("duplicate marks", dedupe.StoredSignatures.mark)
    batch.mark_duplicates = timed("duplicate marks", batch.mark_duplicates)
    batch._Writer.flush = timed("store writes", batch._Writer.flush)
    happenings.update_happenings = timed("happenings", happenings.update_happenings)
    duck.Store.counts = timed("store counts", duck.Store.counts)
    batch.RunSummary.add = timed("summary", batch.RunSummary.add)
    # Both sides: cleaning and coding (in the workers, or here with one worker).
    batch.clean_items = timed("clean", batch.clean_items)
    batch.release_memory = timed("malloc_trim", batch.release_memory)

    # The code task: parse (each next() of nlp.pipe), stages (each by name), the rest.
    def wrap_stages(pipe: pipeline.Pipeline) -> None:
        if pipe._stages is None or getattr(pipe, "_timed", False):
            return

        def stage_timer(name, stage):
            def run(doc):
                t = time.thread_time()
                try:
                    return stage(doc)
                finally:
                    parts[f"stage {name}"] += time.thread_time() - t

            return run

        pipe._stages = [(n, stage_timer(n, s)) for n, s in pipe._stages]
        pipe._timed = True

    original_load = pipeline.Pipeline.load

    def load(self):
        out = original_load(self)
        wrap_stages(self)
        return out

    pipeline.Pipeline.load = load
    original_groups = pipeline.Pipeline._parse_groups

    def parse_groups(self, texts):
        it = original_groups(self, texts)
        while True:
            t = time.thread_time()
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                parts["parse (nlp.pipe)"] += time.thread_time() - t
            yield item

    pipeline.Pipeline._parse_groups = parse_groups
    original_finish = pipeline.Pipeline.finish

    def finish(self, doc, parsed, *, keep_parse=False):
        t = time.thread_time()
        try:
            return original_finish(self, doc, parsed, keep_parse=keep_parse)
        finally:
            parts["finish (annotate + stages)"] += time.thread_time() - t

    pipeline.Pipeline.finish = finish
    original_code_items = batch.code_items

    def code_items(pipe, docs):
        if role["name"] == "main" and depth["n"]:
            return original_code_items(pipe, docs)
        t = time.thread_time()
        try:
            return original_code_items(pipe, docs)
        finally:
            parts["code task (all)"] += time.thread_time() - t
            counts["code task (all)"] += 1

    batch.code_items = code_items

    # Pickling a task's result in the worker (and writing it to the pipe).
    cfp._sendback_result = timed("pickle + send results", cfp._sendback_result)

    def report(path: str, extra: dict) -> None:
        me = resource.getrusage(resource.RUSAGE_SELF)
        threads = {}
        for task in Path("/proc/self/task").iterdir():
            try:
                fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
                threads[task.name] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            except OSError:
                continue
        data = {
            "role": role["name"],
            "pid": os.getpid(),
            "total": me.ru_utime + me.ru_stime,
            "user": me.ru_utime,
            "sys": me.ru_stime,
            "main_thread": time.thread_time(),
            "live_threads": threads,
            "minor_faults": me.ru_minflt,
            "parts": dict(parts),
            "counts": dict(counts),
            "gc": dict(gc_times),
            **extra,
        }
        Path(path).write_text(json.dumps(data, indent=1))

    original_init_worker = batch._init_worker

    def init_worker(pipe):
        role["name"] = "worker"
        depth["n"] = 0  # forked inside the main process's timed Runner.__init__
        parts.clear()
        counts.clear()
        gc_times.clear()
        t = time.thread_time()
        original_init_worker(pipe)
        parts["worker start"] += time.thread_time() - t
        profiler = None
        if profile_dir:
            profiler = cProfile.Profile()
            profiler.enable()

        def done():
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(os.path.join(profile_dir, f"worker-{os.getpid()}.prof"))
            report(os.path.join(out_dir, f"worker-{os.getpid()}.json"), {})

        multiprocessing.util.Finalize(None, done, exitpriority=100)

    batch._init_worker = init_worker

    profiler = cProfile.Profile() if profile_dir else None

    def main_done():
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(os.path.join(profile_dir, "main.prof"))
        if role["name"] == "main" and threading.current_thread() is threading.main_thread():
            report(os.path.join(out_dir, "main.json"), {"imports (timed here)": imported})

    atexit.register(main_done)
    sys.argv = ["redline", *argv]
    if profiler is not None:
        profiler.enable()
    cli.main()


# -- the parent ------------------------------------------------------------------------------------


def run_child(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.decode("utf-8", "replace")[-2000:])
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def measure(
    which: str, tree: Path, articles: Path, texts: Path, workers: int, profile: Path | None
) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(tree / "src")
    with tempfile.TemporaryDirectory(prefix="cpu-account-") as tmp:
        if which == "bare":
            out = Path(tmp) / "bare.json"
            cmd = [sys.executable, "-c", BARE, str(texts), str(workers), "16", str(out)]
            wall, cpu = run_child(cmd, env)
            data = json.loads(out.read_text())
            return {"which": which, "tree": str(tree), "wall": wall, "tree_cpu": cpu, **data}
        db = Path(tmp) / "store.duckdb"
        argv = ["code", str(articles), "--db", str(db), "--workers", str(workers), "-q"]
        cmd = [sys.executable, str(HERE), "--child", tmp, "--profile-dir", str(profile or "")]
        wall, cpu = run_child([*cmd, "--", *argv], env)
        main = json.loads((Path(tmp) / "main.json").read_text())
        workers_data = [json.loads(p.read_text()) for p in sorted(Path(tmp).glob("worker-*.json"))]
        import duckdb

        con = duckdb.connect(str(db), read_only=True)
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        con.close()
    return {
        "which": which,
        "tree": str(tree),
        "wall": wall,
        "tree_cpu": cpu,
        "main": main,
        "workers": workers_data,
        "stored": stored,
        "events": events,
    }


def show(result: dict) -> str:
    lines = [
        f"{result['which']} {result['tree']}: wall {result['wall']:.1f} s, "
        f"CPU {result['tree_cpu']:.1f} s (whole tree)"
    ]
    if result["which"] == "bare":
        main = result["main"]
        lines.append(
            f"  main {main['total']:.2f} (user {main['user']:.2f} sys {main['sys']:.2f}); "
            f"workers {result['workers_total']:.2f} (sys {result['workers_sys']:.2f})"
        )
        for name, value in main["parts"].items():
            lines.append(f"    {name:<32} {value:7.2f}")
        return "\n".join(lines)
    lines.append(f"  stored {result['stored']}, events {result['events']}")
    for proc in [result["main"], *result["workers"]]:
        parts = proc["parts"]
        lines.append(
            f"  {proc['role']} {proc['pid']}: {proc['total']:.2f} s (user {proc['user']:.2f}, "
            f"sys {proc['sys']:.2f}; main thread {proc['main_thread']:.2f}; "
            f"minor faults {proc['minor_faults']})"
        )
        stage_sum = sum(v for k, v in parts.items() if k.startswith("stage "))
        for name, value in sorted(parts.items(), key=lambda kv: -kv[1]):
            if name.startswith("stage "):
                continue
            lines.append(f"    {name:<32} {value:7.2f}")
        lines.append(f"    {'stages (sum)':<32} {stage_sum:7.2f}")
        if "imports (timed here)" in proc:
            imports = proc["imports (timed here)"]
            lines.append(f"    {'imports (before the CLI)':<32} {imports:7.2f}")
        stages = sorted(
            ((k[6:], v) for k, v in parts.items() if k.startswith("stage ")), key=lambda kv: -kv[1]
        )
        lines.append("      " + ", ".join(f"{k} {v:.2f}" for k, v in stages))
        if proc.get("gc"):
            collected = sorted(proc["gc"].items())
            lines.append("    gc: " + ", ".join(f"{k} {v:.2f}" for k, v in collected))
    if result["workers"]:
        workers = sum(w["total"] for w in result["workers"])
        missing = result["tree_cpu"] - result["main"]["total"] - workers
        lines.append(
            f"  workers' own reports: {workers:.2f} s; tree − main − workers: {missing:.2f} s"
        )
    return "\n".join(lines)


def main() -> int:
    if "--child" in sys.argv:
        at = sys.argv.index("--")
        out_dir = sys.argv[sys.argv.index("--child") + 1]
        profile_dir = sys.argv[sys.argv.index("--profile-dir") + 1] or None
        _child_redline(out_dir, profile_dir, sys.argv[at + 1 :])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("texts", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--which", nargs="+", default=["bare", "redline"])
    parser.add_argument("--trees", type=Path, nargs="+", default=[HERE.parents[1]])
    parser.add_argument("--profile", type=Path, help="write cProfile statistics here")
    parser.add_argument("--out", type=Path, help="append each result here (JSON lines)")
    args = parser.parse_args()
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)
    for _ in range(args.rounds):
        for tree in args.trees:
            for which in args.which:
                if which == "bare" and tree != args.trees[0]:
                    continue
                result = measure(which, tree, args.articles, args.texts, args.workers, args.profile)
                result["workers_arg"] = args.workers
                result["load"] = os.getloadavg()[0]
                result["when"] = time.strftime("%H:%M:%S", time.gmtime())
                when = f"\n  load {result['load']:.1f} at {result['when']}"
                print(show(result) + when, flush=True)
                if args.out:
                    with args.out.open("a", encoding="utf-8") as fh:
                        fh.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
