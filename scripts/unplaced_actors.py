"""Count the organisation and role mentions the actor resolution leaves with no country
(issues #9/#10 actors14).

Each document of the corpus files is run through the pipeline's stages up to the entity graph
and the quotes; then every head the event coder could take as an argument is resolved as the
coder resolves one (``ActorResolver.argument``): the root of each spaCy ORG or NORP entity, and
each noun the actor book reads as a role ("the judge", "police", "ministers"). A head is
*unplaced* when it resolves to no actor or to an actor with no country (``---JUD``); bodies of
no country by nature (IGO, NGO, IMG codes: the UN, Amnesty) are placed. Heads are grouped by
their phrase (lowercased, a leading article dropped) and listed by frequency with examples.

    PYTHONPATH=src nice python scripts/unplaced_actors.py ../shared/corpus/news/*.jsonl.gz \
        --out /tmp/actors14/after.json --top 100

writes OUT (the counts, with up to 3 examples each) and prints the totals and the top rows by
their count in argument positions (subject, object, ...: where the coder takes an argument;
the first count of the round, "all", took modifiers too: "Democratic" of "Democratic Senator").
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

# where the event coder takes its arguments from: a modifier ("Democratic Senator") is no head
ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "agent", "dative", "appos", "conj", "attr", "ROOT"}
)
STAGES = ("language", "actors", "graph", "quotes", "speakers", "quote_actors")
NO_COUNTRY_BY_NATURE = ("IGO", "NGO", "IMG")
ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
POSSESSIVE = re.compile(r"\s*['’]s?$")


def read(paths: list[str], limit: int | None):
    for path in paths:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for n, line in enumerate(f):
                if limit is not None and n >= limit:
                    break
                yield json.loads(line)


def heads(parsed, book) -> list:
    """The ORG/NORP entity roots and the role nouns of one parse, each once, wherever they
    stand (a modifier too: "Democratic Senator")."""
    out = {}
    for ent in parsed.ents:
        if ent.label_ in ("ORG", "NORP"):
            out[ent.root.i] = ent.root
    for tok in parsed:
        if tok.i in out or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_:
            continue
        match = book.lookup(tok.text)
        if match is not None and match.kind == "role":
            out[tok.i] = tok
    return [out[i] for i in sorted(out)]


def placed(actor) -> bool:
    if actor is None:
        return False
    return bool(actor.country) or actor.code.startswith(NO_COUNTRY_BY_NATURE)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--top", type=int, default=100)
    ap.add_argument("--limit", type=int, default=None, help="documents per file")
    args = ap.parse_args()

    from redline.actors import load_actors
    from redline.clean import clean_document
    from redline.events.arguments import ActorResolver
    from redline.ingest.raw import RawDocument
    from redline.pipeline import Pipeline, default_stages

    book = load_actors()
    counts: Counter[str] = Counter()  # every head
    in_args: Counter[str] = Counter()  # heads where the coder takes an argument
    examples: dict[str, list[str]] = defaultdict(list)
    totals = Counter()

    def count(doc):
        parsed = doc.parsed
        if parsed is None:
            return doc
        resolver = ActorResolver(
            book, doc.text, doc.published, doc.quotes, dateline=doc.dateline, mentions=doc.mentions
        )
        parts = doc.source.split("-")
        section = "-".join(parts[:2]) if parts[0] == "bbc" else parts[0]
        for head in heads(parsed, book):
            arg = resolver.argument(head, "count")
            kinds = ("", "arg ") if head.dep_ in ARGUMENT_DEPS else ("",)
            for kind in kinds:
                totals[kind + "heads"] += 1
                totals[f"{kind}heads {section}"] += 1
            if placed(arg.actor):
                continue
            key = POSSESSIVE.sub("", ARTICLE.sub("", arg.text.strip())).lower() or head.lower_
            for kind in kinds:
                totals[kind + "unplaced"] += 1
                totals[f"{kind}unplaced {section}"] += 1
            counts[key] += 1
            in_args[key] += len(kinds) - 1
            if len(examples[key]) < 3:
                sent = head.sent.text.strip().replace("\n", " ")
                code = arg.actor.code if arg.actor is not None else None
                examples[key].append(f"{doc.source} [{code}] {sent[:200]}")
        return doc

    stages = [(n, s) for n, s in default_stages() if n in STAGES] + [("count", count)]
    pipeline = Pipeline(stages=stages, workers=1)
    raws = (
        clean_document(
            RawDocument(
                source=r["id"], text=r["text"], title=r.get("title"), published=r.get("date")
            )  # fmt: skip
        )
        for r in read(args.files, args.limit)
    )
    for n, _ in enumerate(pipeline.pipe(raws), 1):
        totals["documents"] = n
        if n % 250 == 0:
            print(n, dict(totals), file=sys.stderr, flush=True)
    rows = [
        {"phrase": k, "n": v, "n_arg": in_args[k], "examples": examples[k]}
        for k, v in counts.most_common()
    ]
    Path(args.out).write_text(json.dumps({"totals": totals, "rows": rows}, indent=1))
    print(dict(totals))
    for row in sorted(rows, key=lambda r: -r["n_arg"])[: args.top]:
        print(f"{row['n_arg']:5d} {row['n']:5d}  {row['phrase']}  | {row['examples'][0][:150]}")


if __name__ == "__main__":
    main()
