"""The hand-checked speaker-name key (issue #10): a matched quote's resolved name is right when
it is one of the full forms the article gives the speaker, whatever the silver name says."""

from __future__ import annotations

import json

import pytest

from redline.evaluate.quotes import evaluate_quotes, key_name_matches, load_name_key

TEXT = (
    "State Senator Maria Delgado spoke to reporters in Albany on Tuesday.\n\n"
    "\u201cWe will not give up on this bill,\u201d Delgado said.\n\n"
    "She added: \u201cThe governor has ignored us for months.\u201d"
)


def _quote(text: str, opening: str, speaker: str, after: int = 0) -> dict:
    start = text.index("\u201c" + opening)
    end = text.index("\u201d", start) + 1
    s = text.index(speaker, after)
    return {
        "kind": "direct",
        "quote_start": start,
        "quote_end": end,
        "quote_text": text[start:end],
        "quote_spans": [[start, end]],
        "speaker": speaker,
        "speaker_start": s,
        "speaker_end": s + len(speaker),
        # a silver name that is wrong on purpose: the key must not depend on it
        "speaker_name_silver": "Delgado",
    }


def _write(tmp_path, names: list[str]) -> tuple[str, str]:
    first = _quote(TEXT, "We will not", "Delgado", TEXT.index("\u201cWe"))
    second = _quote(TEXT, "The governor", "She")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"id": "own:1", "text": TEXT, "quotes": [first, second]}) + "\n",
        encoding="utf-8",
    )
    key = tmp_path / "key.jsonl"
    key.write_text(
        "".join(
            json.dumps(
                {
                    "doc_id": "own:1",
                    "quote_start": q["quote_start"],
                    "quote_end": q["quote_end"],
                    "speaker_type": "person",
                    "names": names,
                }
            )
            + "\n"
            for q in (first, second)
        ),
        encoding="utf-8",
    )
    return str(gold), str(key)


def test_key_names_are_full_forms_titles_aside():
    entry = {"speaker_type": "person", "names": ["Maria Delgado", "Maria T. Delgado"]}
    assert key_name_matches("Sen. Maria T. Delgado", entry)
    assert key_name_matches("Maria Delgado", entry)
    assert not key_name_matches("Delgado", entry)
    assert not key_name_matches(None, entry)


@pytest.mark.parametrize(("names", "accuracy"), [(["Maria Delgado"], 1.0), (["Ana Ruiz"], 0.0)])
def test_resolved_speakers_scored_against_the_key(tmp_path, names, accuracy):
    gold, key = _write(tmp_path, names)
    assert len(load_name_key(key)) == 2
    metrics = evaluate_quotes(gold, name_key=key)
    assert metrics["direct+mixed"]["gold_matched"] == 2
    assert metrics["name_key_person"]["total"] == 2
    assert metrics["name_key_person"]["accuracy"] == accuracy
    # the silver measure is unchanged by the key: the silver surname is never a full name
    assert metrics["name_full_direct+mixed"]["accuracy"] == 0.0


def test_without_a_key_no_key_figures(tmp_path):
    gold, _ = _write(tmp_path, ["Maria Delgado"])
    assert "name_key_person" not in evaluate_quotes(gold)
