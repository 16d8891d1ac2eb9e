"""How many sentences could skip the dependency parse? (issue #11's last target, an estimate)

    python benchmarks/skip_parse_share.py STORE.duckdb

Reads the sentences of a coded store and counts those that cannot hold an event or a quote: no
word that could be an event trigger (any form of a verb or noun in the event lexicon, including
the first word of a multiword trigger), no reporting verb or noun cue, no quotation mark. Word
forms are matched generously (the word itself and crude suffix-stripped stems), so the share is a
lower bound of what a real pre-filter on lemmas would skip. Also reports the share of tokens
(whitespace words) in such sentences: the parser's cost is roughly linear in tokens.
"""

from __future__ import annotations

import argparse
import re
import sys

import duckdb

from redline.events import load_lexicon
from redline.quotes.extract import reporting_verbs

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
QUOTE_MARKS = re.compile("[\"“”„«»‘’`]|''")
SUFFIXES = ("ing", "ed", "es", "s", "d", "ies", "ied", "ion", "ions", "ment", "ments")


def stems(word: str) -> set[str]:
    """The word and every form left after stripping a common suffix (and adding back an e/y)."""
    out = {word}
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            out |= {base, base + "e", base + "y"}
    return out


def trigger_words() -> set[str]:
    lexicon = load_lexicon()
    words = set()
    for table in (lexicon.verbs, lexicon.nouns):
        for key in table:
            words.add(key.split()[0].lower())
            words.add(key.split()[-1].lower())
    words |= {w.lower() for w in reporting_verbs()}
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    args = parser.parse_args(argv)
    triggers = trigger_words()
    con = duckdb.connect(args.store, read_only=True)
    texts = dict(con.execute("SELECT id, text FROM documents").fetchall())
    rows = con.execute('SELECT doc_id, start, "end" FROM sentences').fetchall()
    sentences = skippable = words = skipped_words = 0
    for doc_id, start, end in rows:
        sentence = texts[doc_id][start:end]
        n = len(sentence.split())
        sentences += 1
        words += n
        if QUOTE_MARKS.search(sentence):
            continue
        if any(stems(w.lower()) & triggers for w in WORD.findall(sentence)):
            continue
        skippable += 1
        skipped_words += n
    print(f"{len(texts)} documents, {sentences} sentences, {words} words")
    print(
        f"no trigger word, reporting verb or quote mark: {skippable} sentences "
        f"({100 * skippable / max(sentences, 1):.1f}%), {skipped_words} words "
        f"({100 * skipped_words / max(words, 1):.1f}%)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
