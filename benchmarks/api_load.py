"""Load on the dashboard's JSON API: 16 clients on a store of 10,000 documents, alone and while
``redline code`` writes to the same store.

    python benchmarks/api_load.py --articles 300 --documents 10000 --clients 16 --seconds 30

1. Codes ``--articles`` articles from ../shared/corpus/news/ (a seeded sample) into a store with
   ``redline code``, then replicates their rows in SQL, every table, under new document ids
   (``<id>-copy<k>``), until the store holds ``--documents`` documents. The copies are the same
   texts: this measures the API on a store of that size, not the coder.
2. Starts ``redline serve`` on 127.0.0.1 (a free port) and runs ``--clients`` threads, each with
   its own HTTP connection, asking in turn for pages of /api/events and /api/documents (any
   page; or one of the store's own coded actors, a CAMEO root, one of 30 words or a range of the
   store's months, first three pages), for ``--seconds``.
3. Runs the same load again while ``redline code`` codes ``--write-articles`` other articles into
   the store, for as long as that takes; reports whether it succeeded and how soon the API
   showed its documents.

Reports requests, errors (any status but 200, or a failed connection), p50/p95/max latency, and
the same split by whether the server's response cache answered (``x-redline-cache: hit``) or
the query ran (``miss``), so that a cache is not taken for speed.
Target: 0 errors and p95 <= 200 ms in both phases.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb
import httpx

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news"
SRC = Path(__file__).resolve().parents[1] / "src"
TABLES = ("sentences", "entities", "quotes", "events", "quantities", "places")


def load_articles(corpus: Path, seed: int = 13) -> list[dict]:
    rows = []
    for path in sorted(corpus.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh)
    random.Random(seed).shuffle(rows)
    return rows


def write_jsonl(rows: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            record = {"id": r["id"], "text": r["text"], "title": r.get("title")}
            record |= {"date": r.get("date"), "url": r.get("url")}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def redline(*args: str, **kwargs) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.Popen([sys.executable, "-m", "redline.cli.main", *args], env=env, **kwargs)


def build_store(rows: list[dict], documents: int, work: Path) -> Path:
    """Code ``rows`` once (kept in ``work`` for the next run), then copy to ``documents``."""
    base = work / f"base-{len(rows)}.duckdb"
    if not base.exists():
        source = write_jsonl(rows, work / f"base-{len(rows)}.jsonl")
        print(f"coding {len(rows)} articles into {base} ...", file=sys.stderr)
        started = time.perf_counter()
        code = redline("code", str(source), "--db", str(base), "--quiet").wait()
        if code not in (0, 1):
            raise SystemExit(f"redline code failed ({code})")
        print(f"  {time.perf_counter() - started:.0f} s", file=sys.stderr)
    store = work / f"load-{documents}.duckdb"
    shutil.copy(base, store)
    Path(f"{store}.wal").unlink(missing_ok=True)
    con = duckdb.connect(str(store))
    have = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    extra = documents - have
    if extra > 0:
        copies = -(-extra // have) + 1
        con.execute(
            "CREATE TEMP TABLE plan AS SELECT id AS src, id || '-copy' || k AS new_id "
            f"FROM documents, range(1, {copies}) t(k) ORDER BY k, id LIMIT {extra}"
        )
        con.execute("BEGIN")
        con.execute(
            "INSERT INTO documents SELECT d.* REPLACE (p.new_id AS id, NULL AS duplicate_of) "
            "FROM documents d JOIN plan p ON d.id = p.src"
        )
        # Every table keyed by document: the annotations, and the duplicate index's signatures
        # (without them the next `redline code` first signs every copy, which is not coding).
        keyed = [
            r[0]
            for r in con.execute(
                "SELECT table_name FROM information_schema.columns WHERE column_name = 'doc_id' "
                "ORDER BY table_name"
            ).fetchall()
        ]
        for table in keyed:
            con.execute(
                f"INSERT INTO {table} SELECT a.* REPLACE (p.new_id AS doc_id) "
                f"FROM {table} a JOIN plan p ON a.doc_id = p.src"
            )
        con.execute("COMMIT")
    counts = {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", *TABLES)
    }
    con.close()
    print("store: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()), file=sys.stderr)
    return store


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


WORDS = (
    "government", "minister", "election", "police", "said", "trade", "president", "attack",
    "court", "protest", "sanctions", "military", "talks", "economy", "border", "parliament",
    "oil", "refugees", "vote", "army", "prime minister", "security council", "ceasefire",
    "bank", "strike", "investigation", "summit", "troops", "opposition", "reform",
)  # fmt: skip


@dataclass
class Choices:
    """What the clients pick from: the store's own coded actors and event months, so filtered
    requests vary as a dashboard user's would (most of them miss the response cache)."""

    total_docs: int
    total_events: int
    actors: list[str]
    months: list[str]

    @classmethod
    def from_api(cls, url: str) -> Choices:
        get = lambda path, **params: httpx.get(f"{url}{path}", params=params, timeout=60).json()  # noqa: E731
        actors = [r["actor"] for r in get("/api/actors", coded="true", limit=200)["items"]]
        months = sorted(
            {r["date"] for r in get("/api/timeline", interval="month", limit=1000)["items"]}
        )
        return cls(
            total_docs=get("/api/documents", limit=1)["total"],
            total_events=get("/api/events", limit=1)["total"],
            actors=actors or ["USA"],
            months=months or ["2017-11"],
        )


def request_mix(rng: random.Random, choices: Choices) -> tuple[str, dict]:
    """One request a dashboard user might make: a page of events or documents (any page),
    often filtered by one of the store's actors, a CAMEO root, words or a range of months."""
    kind = rng.random()
    if kind < 0.25:
        return "/api/documents", {"limit": 25, "offset": rng.randrange(choices.total_docs)}
    if kind < 0.40:
        return "/api/documents", {
            "q": rng.choice(WORDS),
            "limit": 25,
            "offset": 25 * rng.randrange(3),
        }
    if kind < 0.65:
        return "/api/events", {"limit": 50, "offset": rng.randrange(choices.total_events)}
    page = {"limit": 50, "offset": 50 * rng.randrange(3)}
    if kind < 0.80:
        return "/api/events", {"actor": rng.choice(choices.actors), **page}
    if kind < 0.90:
        return "/api/events", {"root": f"{rng.randrange(1, 21):02d}", **page}
    first = rng.randrange(len(choices.months))
    last = min(len(choices.months) - 1, first + rng.randrange(3))
    dates = {"date_from": choices.months[first], "date_to": choices.months[last]}
    return "/api/events", {**dates, **page}


class Load:
    """``clients`` threads, each with its own connection, asking for the next request as soon
    as the last one is answered, until stopped."""

    def __init__(self, url: str, clients: int, choices: Choices) -> None:
        self.url = url
        self.choices = choices
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.by_cache: dict[str, list[float]] = {"hit": [], "miss": []}
        self.errors: list[str] = []
        self.threads = [
            threading.Thread(target=self._client, args=(seed,)) for seed in range(clients)
        ]

    def _client(self, seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=self.url, timeout=60) as client:
            while not self.stop.is_set():
                path, params = request_mix(rng, self.choices)
                started = time.perf_counter()
                cache = None
                try:
                    response = client.get(path, params=params)
                    ok = response.status_code == 200
                    problem = None if ok else f"{path} {response.status_code} {response.text[:120]}"
                    cache = response.headers.get("x-redline-cache")
                except httpx.HTTPError as exc:
                    problem = f"{path} {exc!r}"
                elapsed = time.perf_counter() - started
                with self.lock:
                    self.latencies.append(elapsed)
                    if cache in self.by_cache:
                        self.by_cache[cache].append(elapsed)
                    if problem:
                        self.errors.append(problem)

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def finish(self) -> dict:
        self.stop.set()
        for thread in self.threads:
            thread.join(120)
        return {
            **spread(self.latencies),
            "errors": len(self.errors),
            "first_errors": self.errors[:3],
            "cache_hit": spread(self.by_cache["hit"]),
            "cache_miss": spread(self.by_cache["miss"]),
        }


def spread(latencies: list[float]) -> dict:
    """Requests and p50/p95/max/mean latency (ms) of one set of requests."""
    lat = sorted(latencies)
    if not lat:
        return {"requests": 0, "p50_ms": None, "p95_ms": None, "max_ms": None, "mean_ms": None}
    pick = lambda q: round(lat[min(len(lat) - 1, int(q * len(lat)))] * 1000, 1)  # noqa: E731
    return {
        "requests": len(lat),
        "p50_ms": pick(0.50),
        "p95_ms": pick(0.95),
        "max_ms": round(lat[-1] * 1000, 1),
        "mean_ms": round(statistics.mean(lat) * 1000, 1),
    }


def cpu_seconds(pid: int) -> float:
    """User and system CPU time so far of a process and its children (Linux: the server's
    worker processes), to report the server's cost per request apart from how busy the
    machine is."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def documents_total(url: str) -> int:
    return httpx.get(f"{url}/api/documents", params={"limit": 1}, timeout=60).json()["total"]


def cost(result: dict, server_cpu: float, loadavg: float) -> dict:
    return {
        "server_cpu_ms_per_request": round(1000 * server_cpu / max(1, result["requests"]), 1),
        "load_average_before": round(loadavg, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="articles coded for real")
    parser.add_argument("--documents", type=int, default=10_000, help="documents in the store")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=30, help="length of the first phase")
    parser.add_argument("--write-articles", type=int, default=100, help="coded in phase 2")
    parser.add_argument("--work", type=Path, default=Path("/tmp/redline-api-load"))
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--server-workers", type=int, default=1, help="redline serve --workers")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of .jsonl.gz news")
    parser.add_argument(
        "--code-config", type=Path, help="config for phase 2's redline code (e.g. nice = 0)"
    )
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found at {args.corpus} (see --corpus)", file=sys.stderr)
        return 2
    args.work.mkdir(parents=True, exist_ok=True)
    rows = load_articles(args.corpus)
    store = build_store(rows[: args.articles], args.documents, args.work)
    more = write_jsonl(
        rows[args.articles : args.articles + args.write_articles], args.work / "more.jsonl"
    )

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = redline(
        "serve",
        "--db",
        str(store),
        "--port",
        str(port),
        "--workers",
        str(args.server_workers),
        stdout=subprocess.DEVNULL,
    )
    results = {}
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                before = documents_total(url)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.3)

        choices = Choices.from_api(url)
        print(
            f"choices: {len(choices.actors)} actors, {len(choices.months)} months, "
            f"{choices.total_events:,} events",
            file=sys.stderr,
        )
        print(f"phase 1: {args.clients} clients for {args.seconds:.0f} s ...", file=sys.stderr)
        load = Load(url, args.clients, choices)
        cpu, loadavg = cpu_seconds(server.pid), os.getloadavg()[0]
        load.start()
        time.sleep(args.seconds)
        results["read only"] = load.finish() | {"seconds": args.seconds}
        results["read only"] |= cost(results["read only"], cpu_seconds(server.pid) - cpu, loadavg)

        print(f"phase 2: the same while coding {args.write_articles} articles ...", file=sys.stderr)
        load = Load(url, args.clients, choices)
        cpu, loadavg = cpu_seconds(server.pid), os.getloadavg()[0]
        load.start()
        started = time.monotonic()
        options = ["--config", str(args.code_config)] if args.code_config else []
        coder = redline(
            "code", str(more), "--db", str(store), "--quiet", *options,
            stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        _, err = coder.communicate()
        coded_in = time.monotonic() - started
        done_at = time.monotonic()
        after = before
        while after == before and time.monotonic() < done_at + 30:
            after = documents_total(url)
            time.sleep(0.1)
        seen_after = time.monotonic() - done_at
        results["while coding"] = load.finish() | {
            "seconds": round(coded_in, 1),
            "code_exit": coder.returncode,
            "code_stderr": err.strip().splitlines()[-3:],
            "documents_added": after - before,
            "seen_after_exit_s": round(seen_after, 2),
        }
        results["while coding"] |= cost(
            results["while coding"], cpu_seconds(server.pid) - cpu, loadavg
        )
    finally:
        server.terminate()
        server.wait(30)

    print(
        f"\nstore {args.documents:,} documents ({args.articles} coded, the rest copies); "
        f"{args.clients} clients\n"
    )
    print(
        "| phase | s | requests | errors | p50 ms | p95 ms | max ms | server CPU ms/req "
        "| load avg |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        print(
            f"| {name} | {r['seconds']:.0f} | {r['requests']:,} | {r['errors']} | "
            f"{r['p50_ms']} | {r['p95_ms']} | {r['max_ms']} | "
            f"{r['server_cpu_ms_per_request']} | {r['load_average_before']} |"
        )
    print("\nthe same requests by whether the response cache answered them:\n")
    print("| phase | answered | requests | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|---|")
    for name, r in results.items():
        for part in ("cache_miss", "cache_hit"):
            c = r[part]
            print(
                f"| {name} | {part.replace('_', ' ')} | {c['requests']:,} | {c['p50_ms']} | "
                f"{c['p95_ms']} | {c['max_ms']} |"
            )
    coding = results["while coding"]
    print(
        f"\nredline code exit {coding['code_exit']}, {coding['documents_added']} documents "
        f"added, seen by the API {coding['seen_after_exit_s']} s after it ended"
    )
    for name, r in results.items():
        for line in r["first_errors"]:
            print(f"  {name}: {line}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    ok = all(r["errors"] == 0 for r in results.values()) and coding["code_exit"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
