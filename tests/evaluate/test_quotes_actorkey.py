"""issue #10 actors55: the speakers' actor codes scored on the keyed quotes. An analyst's key gives,
per article and keyed speaker, the code on the article's date and its acceptable alternatives;
a matched direct or mixed quote's actor is right at the country level when its first three
letters are those of the key's code (or of an alternative), and in full when it is one of them.

Text and names written for these tests (invented people)."""

from __future__ import annotations

import json

from redline.evaluate.quotes import (
    actor_code_matches,
    format_quotes_report,
    load_actor_key,
    score_documents,
)
from redline.model import Quote

TEXT = (
    "\u201cThe bill is dead,\u201d said Rep. Ana Ruiz.\n\n"
    "\u201cWe will try again,\u201d said Tom Bell, a retired teacher.\n\n"
    "\u201cNo comment,\u201d said a spokesman."
)


def _span(opening: str) -> tuple[int, int]:
    start = TEXT.index("\u201c" + opening)
    return start, TEXT.index("\u201d", start) + 1


def _gold(opening: str, speaker: str) -> dict:
    start, end = _span(opening)
    s = TEXT.index(speaker)
    return {
        "kind": "direct",
        "quote_start": start,
        "quote_end": end,
        "quote_spans": [[start, end]],
        "speaker_start": s,
        "speaker_end": s + len(speaker),
    }


def _predicted(opening: str, speaker: str, name: str, actor: str | None) -> Quote:
    start, end = _span(opening)
    s = TEXT.index(speaker)
    cue = TEXT.index("said", end)
    return Quote(
        start=start,
        end=end,
        text=TEXT[start:end],
        kind="direct",
        speaker=name,
        speaker_text=speaker,
        speaker_start=s,
        speaker_end=s + len(speaker),
        cue="said",
        cue_start=cue,
        cue_end=cue + 4,
        actor=actor,
    )


GOLD = [_gold("The bill", "Rep. Ana Ruiz"), _gold("We will", "Tom Bell"), _gold("No comment", "a")]
NAME_KEY = {
    ("own:1", GOLD[0]["quote_start"], GOLD[0]["quote_end"]): {
        "speaker_type": "person",
        "names": ["Ana Ruiz"],
    },
    ("own:1", GOLD[1]["quote_start"], GOLD[1]["quote_end"]): {
        "speaker_type": "person",
        "names": ["Tom Bell"],
    },
    # an unnamed speaker: no name, so no actor either
    ("own:1", GOLD[2]["quote_start"], GOLD[2]["quote_end"]): {
        "speaker_type": "unnamed",
        "names": [],
    },
}
ACTOR_KEY = {
    ("own:1", "Ana Ruiz"): {"code": "USALEG", "alt_codes": []},
    ("own:1", "Tom Bell"): {"code": "USA", "alt_codes": ["USAEDU"]},
}


def test_country_and_code_against_the_key_and_its_alternatives():
    entry = {"code": "USA", "alt_codes": ["USAEDU"]}
    assert actor_code_matches("USA", entry) == (True, True)
    assert actor_code_matches("USAEDU", entry) == (True, True)
    assert actor_code_matches("USACVL", entry) == (True, False)
    assert actor_code_matches("GBR", entry) == (False, False)
    assert actor_code_matches(None, entry) == (False, False)
    assert actor_code_matches("", {"code": "USALEG"}) == (False, False)


def _score(actors: list[str | None]) -> dict:
    predictions = [
        _predicted("The bill", "Rep. Ana Ruiz", "Ana Ruiz", actors[0]),
        _predicted("We will", "Tom Bell", "Tom Bell", actors[1]),
        _predicted("No comment", "a spokesman", "", actors[2]),
    ]
    records = [{"id": "own:1", "text": TEXT, "quotes": GOLD}]
    return score_documents(records, [predictions], NAME_KEY, ACTOR_KEY)


def test_keyed_speakers_actor_accuracy():
    metrics = _score(["USALEG", "USACVL", "USAGOV"])
    assert metrics["direct+mixed"]["gold_matched"] == 3
    # the unnamed speaker's quote is not keyed: two quotes
    assert metrics["actor_key_country"] == {"right": 2, "total": 2, "accuracy": 1.0}
    assert metrics["actor_key_code"] == {"right": 1, "total": 2, "accuracy": 0.5}
    report = format_quotes_report(metrics)
    assert "speaker actor, country" in report and "speaker actor, full code" in report


def test_no_code_is_wrong_at_both_levels():
    metrics = _score([None, "USAEDU", None])
    assert metrics["actor_key_country"]["right"] == 1
    assert metrics["actor_key_code"]["right"] == 1


def test_without_an_actor_key_nothing_is_reported():
    records = [{"id": "own:1", "text": TEXT, "quotes": GOLD}]
    predictions = [_predicted("The bill", "Rep. Ana Ruiz", "Ana Ruiz", "USALEG")]
    metrics = score_documents(records, [predictions], NAME_KEY)
    assert "actor_key_code" not in metrics
    assert "actor_key_code" not in format_quotes_report(metrics)


def test_load_actor_key(tmp_path):
    path = tmp_path / "actors.jsonl"
    row = {"doc_id": "own:1", "name": "Ana Ruiz", "code": "USALEG", "alt_codes": [], "why": "x"}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert load_actor_key(str(path)) == {("own:1", "Ana Ruiz"): row}
