"""What the parser's group size costs: CPU seconds and peak RSS of the parse alone, as the pipeline
parses a batch, for several ``[pipeline] batch_chars`` settings, in one process.

    python benchmarks/parse_groups.py --limit 150 --rounds 3 --corpus ../shared/corpus/news
    python benchmarks/parse_groups.py --settings 20000:20000 20000:50000 20000:0

The articles are ``throughput.py``'s sample (same seed), cleaned, in batches of 16 as
``Pipeline._pipe_batch`` takes them: each text longer than the cut is split at paragraph breaks
(``split_for_parsing``), and the pieces are parsed by ``Pipeline._parse_groups`` in groups of at
most ``batch_chars`` characters and 16 texts. Each setting is CUT:GROUP, the longest piece and
the most characters parsed together; the default compares 20,000:20,000, 50,000:50,000 and
20,000:0 (pieces cut at 20,000, grouped by count alone, as spaCy's ``batch_size=16`` groups
them). Rounds alternate the settings so that the machine's load falls on each alike. The peak
is the process's RSS high-water mark over one pass (``/proc/self/clear_refs``, Linux), over the
idle, warmed-up pipeline. Each setting's parses are compared with the first's, token by token
(tag, POS, morph, lemma, dependency, head, entity, sentence start): a different grouping must
not change the parse.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from redline.clean import clean_document
from redline.errors import InputError
from redline.ingest.raw import RawDocument
from redline.nlp.parse import split_for_parsing
from redline.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from parse_peaks import fresh_peak, memory  # noqa: E402
from throughput import CORPUS, load_articles  # noqa: E402

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
DEFAULT_SETTINGS = ["20000:20000", "50000:50000", "20000:0"]


def parse_pass(pipeline: Pipeline, texts: list[str], cut: int, cap: int) -> tuple[float, str]:
    """CPU seconds of parsing ``texts`` batch by batch, and a digest of every token's parse."""
    pipeline.config.pipeline["batch_chars"] = cap
    digest = hashlib.sha256()
    spent = 0.0
    for at in range(0, len(texts), pipeline.batch_size):
        batch = texts[at : at + pipeline.batch_size]
        pieces = [p for t in batch for p in (split_for_parsing(t, cut) if len(t) > cut else [t])]
        started = time.process_time()
        parses = list(pipeline._parse_groups(pieces))
        spent += time.process_time() - started
        for parsed in parses:
            digest.update(parsed.to_array(ATTRS).tobytes())
    return spent, digest.hexdigest()[:16]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=150, help="articles to parse")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of *.jsonl.gz")
    parser.add_argument(
        "--settings", nargs="+", default=DEFAULT_SETTINGS, metavar="CUT:GROUP",
        help="longest piece : most characters parsed together (0: 16 texts at a time)",
    )  # fmt: skip
    args = parser.parse_args()
    settings = {}
    for setting in args.settings:
        cut, group = (int(n) for n in setting.split(":"))
        settings[f"{cut:,}:{group:,}" if group else f"{cut:,}:16 texts"] = (cut, group or 10**12)
    pipeline = Pipeline(batch_size=16, workers=1).warm_up()
    texts = []
    for row in load_articles(args.limit, corpus=args.corpus):
        raw = RawDocument(source=row["id"], text=row["text"], published=row.get("date"))
        try:
            texts.append(clean_document(raw).text)
        except InputError:
            continue
    print(f"{len(texts)} texts, {sum(map(len, texts)):,} characters; idle {fresh_peak()} MB RSS")
    spent: dict[str, list[float]] = {name: [] for name in settings}
    digests: dict[str, str] = {}
    peaks: dict[str, int] = {}
    for turn in range(args.rounds):
        order = list(settings) if turn % 2 == 0 else list(reversed(settings))
        for name in order:
            base = fresh_peak()
            cpu, digest = parse_pass(pipeline, texts, *settings[name])
            peaks[name] = max(peaks.get(name, 0), memory()[1] - base)
            spent[name].append(cpu)
            digests[name] = digest
        print(f"round {turn + 1}: " + ", ".join(f"{n} {spent[n][-1]:.2f}" for n in settings))
    first = digests[next(iter(settings))]
    for name in settings:
        same = "same parse" if digests[name] == first else "PARSE DIFFERS"
        runs = sorted(spent[name])
        print(
            f"{name:>9}: CPU s median {runs[len(runs) // 2]:.2f}, least {runs[0]:.2f}; "
            f"peak +{peaks[name]} MB over idle; {same} ({digests[name]})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
