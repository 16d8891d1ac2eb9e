"""Score textacy's ``direct_quotations`` and redline's quote stage on the same PolNeAR split.

    python benchmarks/quotes_vs_textacy.py ../shared/eval/quotes/polnear.dev.jsonl [--limit N]

Both run on the same spaCy parse of each article. textacy raises on an odd number of quote
marks; such articles count as "raised" and contribute no predictions. textacy finds direct
quotes only, so its kind is "direct" and its figures to compare are direct+mixed and speakers.
"""

from __future__ import annotations

import argparse
import time

from redline.evaluate.quotes import format_quotes_report, load_gold, score_documents
from redline.model import Document, Quote
from redline.nlp import load_model
from redline.quotes import extract_quotes


def textacy_quotes(parsed) -> list[Quote]:
    """textacy's direct quotations as redline Quotes (content, speaker and cue spans)."""
    from textacy.extract.triples import direct_quotations

    quotes = []
    text = parsed.text
    for triple in direct_quotations(parsed):
        content = triple.content
        start, end = content.start_char, content.end_char
        speaker = triple.speaker[0] if triple.speaker else None
        cue = triple.cue[0] if triple.cue else None
        quotes.append(
            Quote(
                start=start,
                end=end,
                text=text[start:end],
                kind="direct",
                speaker=" ".join(t.text for t in triple.speaker) if triple.speaker else None,
                speaker_text=speaker.text if speaker is not None else None,
                speaker_start=speaker.idx if speaker is not None else None,
                speaker_end=speaker.idx + len(speaker) if speaker is not None else None,
                cue=cue.text if cue is not None else None,
                cue_start=cue.idx if cue is not None else None,
                cue_end=cue.idx + len(cue) if cue is not None else None,
                rule="textacy",
            )
        )
    return quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    records = load_gold(args.gold, args.limit)
    nlp = load_model()
    started = time.perf_counter()
    parsed_docs = list(nlp.pipe((r["text"] for r in records), batch_size=16))
    parse_seconds = time.perf_counter() - started

    raised = 0
    textacy_predictions = []
    started = time.perf_counter()
    for parsed in parsed_docs:
        try:
            textacy_predictions.append(textacy_quotes(parsed))
        except Exception:  # textacy raises on unbalanced quote marks
            raised += 1
            textacy_predictions.append([])
    textacy_seconds = time.perf_counter() - started

    redline_predictions = []
    started = time.perf_counter()
    for record, parsed in zip(records, parsed_docs, strict=True):
        doc = Document(text=record["text"], source=record.get("id", ""))
        doc.parsed = parsed
        redline_predictions.append(extract_quotes(doc).quotes)
    redline_seconds = time.perf_counter() - started

    print(f"parse: {len(records)} docs in {parse_seconds:.1f} s\n")
    print(
        f"== textacy {_version()} direct_quotations ({textacy_seconds:.2f} s, "
        f"raised on {raised} of {len(records)} articles)"
    )
    print(format_quotes_report(score_documents(records, textacy_predictions)))
    print(
        f"\n== redline extract_quotes ({redline_seconds:.2f} s, "
        f"{100 * redline_seconds / parse_seconds:.1f}% of parse time)"
    )
    print(format_quotes_report(score_documents(records, redline_predictions)))


def _version() -> str:
    import textacy

    return textacy.__version__


if __name__ == "__main__":
    main()
