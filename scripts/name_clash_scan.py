"""Count person mentions whose actor or place is a country because of a word of the name
(issue #9/#10, nameclash34): "Mike German" coded DEU, "Oliver Irish" IRL, "Victoria Wood" SYC.

    PYTHONPATH=src python -m redline code ARTICLES.jsonl --no-db --workers 1 --jsonl CODED.jsonl
    PYTHONPATH=src python scripts/name_clash_scan.py CODED.jsonl

For each coded record: a graph person mention, a quote whose speaker span is a person, an event
argument on a person's span, whose bare country code is the country a capitalised word of the
person's name looks up to alone; and a place geocoded on a person's span. One line per hit, then
the counts. A nationality said before the name ("Russian Dmitriy Bogdanov") or a body the graph
took for a person ("Indian Railways") is counted too: read the lines.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

from redline.actors import load_actors

PLACE_KINDS = ("country", "metonym")


class NameCountries:
    """The bare country each capitalised word of a name looks up to alone, cached."""

    def __init__(self) -> None:
        self.book = load_actors()
        self.cache: dict[str, str | None] = {}

    def __call__(self, name: str | None) -> set[str]:
        found = set()
        for word in (name or "").replace("'s", "").split():
            if not word[:1].isupper():
                continue
            if word not in self.cache:
                match = self.book.lookup(word)
                self.cache[word] = (
                    match.code[:3] if match is not None and match.kind in PLACE_KINDS else None
                )
            if self.cache[word]:
                found.add(self.cache[word])
        return found


def scan_record(record: dict[str, Any], countries: NameCountries) -> list[tuple[str, ...]]:
    """The hits of one coded record: (kind, id, text, the person's name, code)."""
    persons = [m for m in record["mentions"] if m["type"] == "person" and m["kind"] != "pronoun"]

    def person_at(start: int, end: int) -> dict[str, Any] | None:
        return next((m for m in persons if m["start"] < end and start < m["end"]), None)

    hits: list[tuple[str, ...]] = []
    doc_id = record["id"]
    for m in persons:
        actor = m["actor"] or ""
        if len(actor) == 3 and actor in countries(m["canonical"]):
            hits.append(("graph mention", doc_id, m["text"], m["canonical"], actor))
    for q in record["quotes"]:
        actor = q.get("actor") or ""
        if len(actor) != 3 or q.get("speaker_start") is None:
            continue
        if person_at(q["speaker_start"], q["speaker_end"]) and actor in countries(q["speaker"]):
            hits.append(("quote actor", doc_id, q["speaker_text"] or "", q["speaker"], actor))
    for event in record["events"]:
        for side in ("source", "target"):
            actor, start = event.get(f"{side}_actor") or "", event.get(f"{side}_start")
            if len(actor) != 3 or start is None:
                continue
            person = person_at(start, event[f"{side}_end"])
            if person and actor in countries(person["canonical"]):
                text = event[f"{side}_text"]
                hits.append((f"event {side}", doc_id, text, person["canonical"], actor))
    for place in record["places"]:
        person = person_at(place["start"], place["end"])
        if person:
            hits.append(("place on person", doc_id, place["text"], person["canonical"], ""))
    return hits


def main(path: str) -> None:
    countries = NameCountries()
    counts: Counter[str] = Counter()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            for hit in scan_record(json.loads(line), countries):
                counts[hit[0]] += 1
                print(" | ".join(hit))
    print(dict(counts), "total", sum(counts.values()))


if __name__ == "__main__":
    main(sys.argv[1])
