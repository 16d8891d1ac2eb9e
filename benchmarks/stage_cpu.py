"""CPU seconds of the stages after the parse, over parses made once: a quick, parse-free check of a
speed change, with a fingerprint of everything the stages produced.

    python benchmarks/stage_cpu.py --limit 150 --rounds 5 --parses /tmp/parsed150.spacy \
        --corpus ../shared/corpus/news

The articles are ``throughput.py``'s sample (same seed). The first run parses them and keeps the
parses in ``--parses`` (a spaCy DocBin); later runs, under this tree or another, read them back,
so two source trees can be timed side by side on the same parses without the parser's noise.
Each round runs ``Pipeline.finish`` (sentences, entities, then every stage) on fresh copies and
times each stage with ``time.process_time``. The fingerprint is a hash of every coded document's
``to_dict()``: two trees that print the same one produced the same output.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import sys
import time
from pathlib import Path

from spacy.tokens import DocBin

from redline.clean import clean_document
from redline.errors import InputError
from redline.ingest.raw import RawDocument
from redline.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stage_times import time_stages  # noqa: E402
from throughput import CORPUS, load_articles  # noqa: E402

TENSOR = "redline:tensor"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=150, help="articles to code")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--parses", type=Path, required=True, help="DocBin file (made if absent)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of *.jsonl.gz")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="a setting, TOML value: stage.events.proposer=true")  # fmt: skip
    args = parser.parse_args()
    pipeline = Pipeline(batch_size=16, workers=1)
    if args.set:
        import tomllib

        pipeline.configure(
            {k: tomllib.loads(f"v = {v}")["v"] for k, v in (s.split("=", 1) for s in args.set)}
        )
    pipeline.warm_up()
    nlp = pipeline.nlp
    docs = []
    for row in load_articles(args.limit, corpus=args.corpus):
        raw = RawDocument(
            source=row["id"], text=row["text"], title=row.get("title"), published=row.get("date")
        )
        try:
            docs.append(clean_document(raw))
        except InputError:
            continue
    if not args.parses.exists():
        parsed = DocBin(store_user_data=True)
        for doc in nlp.pipe([d.text for d in docs], batch_size=16):
            # the tok2vec rows too (a DocBin drops doc.tensor): the event proposer reads them
            doc.user_data[TENSOR] = doc.tensor
            parsed.add(doc)
        args.parses.write_bytes(parsed.to_bytes())
    stored = DocBin().from_bytes(args.parses.read_bytes())
    spent = time_stages(pipeline)
    rounds = []
    coded = []
    for _ in range(args.rounds):
        spent.clear()
        fresh = [copy.deepcopy(d) for d in docs]
        parses = list(stored.get_docs(nlp.vocab))
        for parse in parses:
            if TENSOR in parse.user_data:
                parse.tensor = parse.user_data.pop(TENSOR)
        started = time.process_time()
        coded = [pipeline.finish(d, p) for d, p in zip(fresh, parses, strict=True)]
        rounds.append((time.process_time() - started, dict(spent)))
    digest = hashlib.sha256()
    for doc in coded:
        digest.update(json.dumps(doc.to_dict(), sort_keys=True, default=str).encode())
    totals = ", ".join(f"{total:.2f}" for total, _ in rounds)
    print(f"{len(docs)} documents; CPU s per round (finish): {totals}")
    print(f"output fingerprint {digest.hexdigest()[:16]}")
    names = sorted(rounds[0][1], key=lambda n: -rounds[0][1][n])
    print("least per stage: " + ", ".join(f"{n} {min(r[1][n] for r in rounds):.3f}" for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
