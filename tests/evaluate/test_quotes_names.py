"""The quotes scorer's name accuracy: titles, possessives and generational suffixes aside."""

from __future__ import annotations

from redline.evaluate.quotes import full_name_matches


def test_full_name_ignores_generational_suffixes_and_titles():
    assert full_name_matches("Brent Bozell III", "Brent Bozell")
    assert full_name_matches("Joseph R. Biden Jr.", "Joseph R. Biden")
    assert full_name_matches("Sen. Ted Cruz", "Ted Cruz")


def test_full_name_composes_accents():
    """A name copied from text typed with a combining tilde is the same name as the key's."""
    assert full_name_matches("Enrique Pen\u0303a Nieto", "Enrique Pe\u00f1a Nieto")
    assert not full_name_matches("Enrique Pena Nieto", "Enrique Pe\u00f1a Nieto")


def test_full_name_needs_more_than_the_surname():
    assert not full_name_matches("Bozell", "Brent Bozell")
    assert not full_name_matches("Hillary Clinton", "Bill Clinton")


def test_skip_leaves_out_the_first_records(tmp_path):
    """`redline eval quotes --skip N --limit M` scores records N..N+M, for error analysis on
    articles nobody has tuned on."""
    import json

    from redline.evaluate.quotes import evaluate_quotes
    from redline.quotes import extract_quotes

    class Uncoded:  # returns the documents as they are: no quotes predicted
        stages = [("quotes", extract_quotes)]

        def pipe(self, docs):
            return iter(docs)

    gold = tmp_path / "gold.jsonl"
    rows = [
        {"text": f"Article {n}.", "quotes": [{"kind": "direct", "quote_start": 0, "quote_end": 5}]}
        for n in range(1, 6)
    ]
    rows[2]["quotes"] *= 3  # the third record has three gold quotes
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    metrics = evaluate_quotes(str(gold), skip=2, limit=1, pipeline=Uncoded())
    assert metrics["n_docs"] == 1
    assert metrics["direct"]["gold"] == 3
    assert evaluate_quotes(str(gold), skip=3, pipeline=Uncoded())["n_docs"] == 2
