"""A rough guess of a text's language, so a Spanish or Arabic article is not silently coded with
English rules. Latin-script languages by frequent function words, others by script."""

from __future__ import annotations

import re
from collections import Counter

from redline.clean.rules import stopwords
from redline.model import Document

# Languages the quote and event rules are written for.
SUPPORTED_LANGUAGES = ("en",)

SCRIPTS = (
    (re.compile(r"[\u0600-\u06ff]"), "ar"),
    (re.compile(r"[\u0400-\u04ff]"), "ru"),
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\uac00-\ud7af]"), "ko"),
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
)

# the letters of every script above, in one class: one scan of a text for all of them
ANY_SCRIPT = re.compile(
    "[" + "".join(p.pattern.removeprefix("[").removesuffix("]") for p, _ in SCRIPTS) + "]"
)


def guess_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short or unclear to tell."""
    sample = text[:5000]
    # Counted in C (map, Counter): a Python test per character and per word was most of the
    # cleaning's CPU.
    letters = sum(map(str.isalpha, sample))
    if letters < 20:
        return None
    # each script's letters are a share of ANY_SCRIPT's: when those are few, so is each's
    if len(ANY_SCRIPT.findall(sample)) > letters / 3:
        for pattern, code in SCRIPTS:
            if len(pattern.findall(sample)) > letters / 3:
                return code
    words = re.findall(r"[a-zà-ÿ]+", sample.lower())
    if len(words) < 5:
        return None
    counts = Counter(words)
    scores = {
        code: sum(counts[w] for w in counts.keys() & table) for code, table in stopwords().items()
    }
    best = max(scores, key=scores.get)
    return best if scores[best] >= max(2, len(words) * 0.08) else None


def unsupported_language_warning(language: str | None, supported: tuple[str, ...]) -> str | None:
    """The warning for a document in ``language``, or None when the coder supports it."""
    if not language or language.lower().split("-")[0] in supported:
        return None
    names = ", ".join(supported)
    return (
        f"language {language!r} is not supported by the coder ({names} only): "
        "events, quotes and actors are missing or unreliable"
    )


def warn_unsupported_language(
    doc: Document, *, supported: tuple[str, ...] = SUPPORTED_LANGUAGES
) -> Document:
    """A stage: note in ``doc.warnings``, once, that ``doc.language`` is not one the coder reads.

    The document is still coded and stored (entities and dates may be right), but a French or
    Chinese article with no events must not look like an English one where nothing happened."""
    warning = unsupported_language_warning(doc.language, supported)
    if warning and warning not in doc.warnings:
        doc.warnings.append(warning)
    return doc
