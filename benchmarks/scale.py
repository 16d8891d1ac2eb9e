"""Scale: ``redline code`` on 1,000 to 10,000 articles against bare ``nlp.pipe``, with memory.

    python benchmarks/scale.py --sizes 1000 --single 1000 --out scale.jsonl

For each size N the script writes N articles from ../shared/corpus/news/ (3,526 articles: BBC,
Reuters, Wikinews) into one JSON Lines file. The corpus is repeated to reach N: copy k > 0 of an
article gets the id ``<id>-copy<k>`` and one marker sentence appended to its text ("This is copy
k of the article in redline's scale benchmark."), so its content id differs and the store keeps
it as a new document. Then, back to back, each in its own child process:

1. bare: ``nlp.pipe(texts, n_process=W)`` over the same cleaned texts (model load included);
2. redline: ``redline code FILE --db <fresh store> --workers W -q`` (read, clean, parse, every
   stage, duplicates, the DuckDB write and the happenings update: the whole command).

The RSS of the child and all its descendants is sampled every 0.5 s (psutil when installed, else
/proc); a run reports docs/s, words/s (whitespace words of the cleaned texts), the ratio of
redline's rate to bare's, the peak RSS of the largest single process and the peak of the total.
``--single`` sizes are also run with W = 1 (``--workers 1`` against ``n_process=1``). Each result
is one JSON line appended to ``--out`` as soon as it is measured, so a long run that is stopped
keeps what finished; ``--report`` prints the Markdown tables of such a file.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news"
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

BARE = """
import json, sys
from redline.nlp import load_model
texts = json.load(open(sys.argv[1], encoding="utf-8"))
# spaCy's pipeline exactly as it loads
nlp = load_model(None, fast_rules=False, lean=False, embed_cache=False)
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3]), n_process=int(sys.argv[2])):
    pass
"""


# -- input ---------------------------------------------------------------------------------------


def corpus_rows(corpus: Path) -> list[dict]:
    rows: list[dict] = []
    for path in sorted(corpus.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


def repeated(rows: list[dict], n: int) -> list[dict]:
    """``n`` articles: the corpus in order, then copies with a marker sentence and a new id."""
    out = []
    for i in range(n):
        row = dict(rows[i % len(rows)])
        copy = i // len(rows)
        if copy:
            row["id"] = f"{row['id']}-copy{copy}"
            row["text"] = (
                row["text"].rstrip()
                + f"\n\nThis is copy {copy} of the article in redline's scale benchmark."
            )
        out.append(row)
    return out


def write_inputs(rows: list[dict], folder: Path) -> tuple[Path, Path, int]:
    """The JSONL input for ``redline code`` and the cleaned texts for bare ``nlp.pipe``."""
    from redline.clean import clean_document
    from redline.ingest import RawDocument, read_sources

    jsonl = folder / "articles.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    texts = []
    for item in read_sources([str(jsonl)]):
        if isinstance(item, RawDocument):
            text = clean_document(item).text
            if text.strip():
                texts.append(text)
    cleaned = folder / "texts.json"
    cleaned.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return jsonl, cleaned, sum(len(t.split()) for t in texts)


# -- memory --------------------------------------------------------------------------------------


def _proc_tree(root: int) -> list[int]:
    """``root`` then its descendants, from /proc (no psutil)."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(name))
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo.extend(children.get(pid, []))
    return pids


def _tree_rss_proc(root: int) -> list[int]:
    """RSS in bytes of ``root`` and its descendants, from /proc."""
    rss = []
    for pid in _proc_tree(root):
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as fh:
                rss.append(int(fh.read().split()[1]) * PAGE)
        except OSError:
            continue
    return rss


def tree_rss(root: int) -> list[int]:
    try:
        import psutil
    except ImportError:
        return _tree_rss_proc(root)
    try:
        proc = psutil.Process(root)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return []
    out = []
    for p in procs:
        with contextlib.suppress(psutil.Error):
            out.append(p.memory_info().rss)
    return out


def _tree_kb(root: int, name: str, key: str) -> list[int]:
    """A ``/proc/<pid>/<name>`` figure (``key``, in kB) in bytes for ``root`` then each of its
    descendants; a process that cannot be read is left out."""
    try:
        import psutil
    except ImportError:  # psutil is in the bench extra; /proc says the same without it
        pids = _proc_tree(root)
    else:
        try:
            pids = [root, *(p.pid for p in psutil.Process(root).children(recursive=True))]
        except Exception:
            return []
    out = []
    for pid in pids:
        try:
            with open(f"/proc/{pid}/{name}", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith(key):
                        out.append(int(line.split()[1]) * 1024)
                        break
        except OSError:
            continue
    return out


def tree_pss(root: int) -> int:
    """Proportional set size in bytes of ``root`` and its descendants (Linux ``smaps_rollup``):
    memory shared copy-on-write between a parent and its forked workers counts once, where the
    RSS sum counts it in every process. 0 where it cannot be read."""
    return sum(_tree_kb(root, "smaps_rollup", "Pss:"))


def tree_hwm(root: int) -> list[int]:
    """Peak RSS in bytes so far (``VmHWM``, kept by the kernel) of ``root`` then each of its
    descendants: unlike a sample of the RSS, it misses no spike between two samples."""
    return _tree_kb(root, "status", "VmHWM:")


def _count_lines(path: Path | None) -> int:
    if path is None or not path.exists():
        return 0
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


def run_sampled(
    cmd: list[str], env: dict[str, str], *, every: float = 0, progress: Path | None = None
) -> dict:
    """Run ``cmd``, sampling its process tree's RSS every 0.5 s; wall time and peaks.

    With ``every`` > 0, print the RSS (and the lines of ``progress``, documents coded so far)
    every ``every`` seconds, so a run stopped early still shows how memory moved with input.
    """
    start = time.perf_counter()
    # CPU seconds of the child and every descendant it waited for (spaCy's and redline's
    # workers): unlike wall time, this hardly moves when other jobs share the cores.
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    # Its own process group, so stopping the benchmark stops the child's workers too.
    child = subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    peaks = {
        "largest": 0,
        "total": 0,
        "pss_total": 0,
        "processes": 0,
        "hwm_main": 0,
        "hwm_worker": 0,
    }
    done = threading.Event()

    def sample() -> None:
        shown = time.perf_counter()
        while not done.is_set():
            rss = tree_rss(child.pid)
            if rss:
                peaks["largest"] = max(peaks["largest"], max(rss))
                peaks["total"] = max(peaks["total"], sum(rss))
                peaks["processes"] = max(peaks["processes"], len(rss))
                peaks["pss_total"] = max(peaks["pss_total"], tree_pss(child.pid))
                hwm = tree_hwm(child.pid)
                if hwm:
                    peaks["hwm_main"] = max(peaks["hwm_main"], hwm[0])
                    peaks["hwm_worker"] = max([peaks["hwm_worker"], *hwm[1:]])
                now = time.perf_counter()
                if every and now - shown >= every:
                    shown = now
                    print(
                        f"  {now - start:7.0f} s  coded {_count_lines(progress):6d}  "
                        f"largest {max(rss) / 1e6:6.0f} MB  total {sum(rss) / 1e6:6.0f} MB  "
                        f"({len(rss)} processes)",
                        flush=True,
                    )
            done.wait(0.5)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        _, stderr = child.communicate()
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGTERM)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    done.set()
    thread.join()
    if child.returncode != 0:
        tail = stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise RuntimeError(f"{cmd[:4]} exited {child.returncode}: {' | '.join(tail)}")
    return {
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        **{f"peak_{k}_mb": v / 1e6 for k, v in peaks.items() if k != "processes"},
        "processes": peaks["processes"],
    }


# -- one size ------------------------------------------------------------------------------------


def measure(n: int, workers: int, rows: list[dict], batch_size: int) -> dict:
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory(prefix="redline-scale-") as tmp:
        folder = Path(tmp)
        jsonl, cleaned, words = write_inputs(repeated(rows, n), folder)
        bare = run_sampled(
            [sys.executable, "-c", BARE, str(cleaned), str(workers), str(batch_size)], env
        )
        db = folder / "scale.duckdb"
        code_cmd = [sys.executable, "-m", "redline.cli.main", "code", str(jsonl), "--db", str(db)]
        redline = run_sampled([*code_cmd, "--workers", str(workers), "-q"], env)
        import duckdb

        con = duckdb.connect(str(db), read_only=True)
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
        con.close()
    result = {
        "size": n,
        "workers": workers,
        "words": words,
        "stored": stored,
        "events": events,
        "bare": bare | {"docs_s": n / bare["wall_s"], "words_s": words / bare["wall_s"]},
        "redline": redline
        | {"docs_s": n / redline["wall_s"], "words_s": words / redline["wall_s"]},
        "ratio": bare["wall_s"] / redline["wall_s"],
        "cpu_ratio": bare["cpu_s"] / redline["cpu_s"],
        "load": os.getloadavg()[0],
        "projected_100k_h": 100_000 / (n / redline["wall_s"]) / 3600,
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    return result


def memory_only(n: int, workers: int, rows: list[dict], every: float) -> dict:
    """``redline code`` alone on ``n`` articles, printing its RSS as it goes (no bare run)."""
    env = dict(os.environ)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory(prefix="redline-scale-") as tmp:
        folder = Path(tmp)
        jsonl, _, words = write_inputs(repeated(rows, n), folder)
        out = folder / "coded.jsonl"
        cmd = [sys.executable, "-m", "redline.cli.main", "code", str(jsonl)]
        cmd += ["--db", str(folder / "scale.duckdb"), "--jsonl", str(out)]
        print(f"{n} articles, {words:,} words, --workers {workers}", flush=True)
        result = run_sampled(
            [*cmd, "--workers", str(workers), "-q"], env, every=every, progress=out
        )
    return {"size": n, "workers": workers, "words": words, "memory_only": result}


# -- report --------------------------------------------------------------------------------------


def report(results: list[dict]) -> str:
    lines = [
        "| articles | workers | words | bare docs/s | bare words/s | redline docs/s | "
        "redline words/s | ratio (wall) | ratio (CPU s) | peak largest (MB) bare / redline | "
        "peak total (MB) bare / redline | 100k projected |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        b, c = r["bare"], r["redline"]
        cpu_ratio = f"{r['cpu_ratio']:.3f}" if "cpu_ratio" in r else "-"
        lines.append(
            f"| {r['size']:,} | {r['workers']} | {r['words']:,} | {b['docs_s']:.2f} | "
            f"{b['words_s']:,.0f} | {c['docs_s']:.2f} | {c['words_s']:,.0f} | "
            f"**{r['ratio']:.3f}** | {cpu_ratio} | "
            f"{b['peak_largest_mb']:,.0f} / {c['peak_largest_mb']:,.0f} | "
            f"{b['peak_total_mb']:,.0f} / {c['peak_total_mb']:,.0f} | "
            f"{r['projected_100k_h']:.1f} h |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 3000, 10000])
    parser.add_argument(
        "--single", type=int, nargs="*", default=[1000], help="sizes also run with one process"
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of *.jsonl.gz")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--out", default="scale.jsonl", help="append results here (JSON lines)")
    parser.add_argument("--report", action="store_true", help="print the tables of --out; no run")
    parser.add_argument(
        "--memory",
        type=int,
        help="run only redline code on this many articles, printing RSS every --every seconds",
    )
    parser.add_argument("--every", type=float, default=30.0)
    args = parser.parse_args()
    out = Path(args.out)
    if args.report:
        results = [json.loads(line) for line in out.read_text().splitlines() if line.strip()]
        print(report([r for r in results if "ratio" in r]))
        return 0
    if not args.corpus.exists():
        print(f"corpus not found at {args.corpus} (use --corpus)", file=sys.stderr)
        return 2
    rows = corpus_rows(args.corpus)
    # `kill PID` ends the run through the finally clause above, with the child's workers.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(143))
    if args.memory:
        result = memory_only(args.memory, args.workers, rows, args.every)
        with out.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(result) + "\n")
        print(json.dumps(result), flush=True)
        return 0
    runs = [(n, args.workers) for n in args.sizes] + [(n, 1) for n in args.single]
    for n, workers in runs:
        result = measure(n, workers, rows, args.batch_size)
        with out.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(result) + "\n")
        print(report([result]).splitlines()[-1], flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
