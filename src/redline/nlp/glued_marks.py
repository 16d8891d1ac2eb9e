"""Quotation marks glued to the word beside them are tokens of their own.

spaCy's English tokenizer strips quotation marks only at the edges of a whitespace-separated
chunk, so a mark typed with no space beside it stays inside one token with its neighbour:
"Ryan said,“Look, …”" gives the token ``said,“Look``, "Gowdy (R-S.C.):"I have …"" gives
``S.C.):"I``, "… and paranoia,”Clinton said" gives ``paranoia,”Clinton``. The quote finder then
sees no opening or closing mark there, and the reporting verb and its quotation are one word.

A few infix patterns split such chunks at the mark (and at the comma, colon or semicolon glued
before an opening mark, or the comma or sentence end glued before a closing one). Text with a
space beside each mark is tokenized exactly as before, so its parse does not change; the text
itself (and so every offset) is never touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

GLUED_MARK_INFIXES = (
    # "said,“Look", "Clinton:"We": the punctuation before an opening double mark, then the mark
    r"(?<=[\w)])[,:;](?=[“\"]\w)",
    r"(?<=[\w.])\)(?=[,:;][“\"]\w)",  # "(R-S.C.):"I": the bracket too
    r"(?<=[,:;])[“\"](?=\w)",
    # "thinking:'OK", "said,‘Look": a single opening mark only after a comma or colon and before
    # a capital letter (an apostrophe elsewhere: "rock,'n'roll" is left as it is)
    r"(?<=\w)[,:](?=[‘'][A-Z])",
    r"(?<=[,:])[‘'](?=[A-Z])",
    # "paranoia,”Clinton", "carpet."It's", "voters!”After": a closing double mark glued to the
    # next word, and the punctuation before it (single marks stay: "OutRage!'s" is a possessive)
    r"(?<=\w)[,.!?](?=[”\"][A-Za-z])",
    r"(?<=[,.!?])[”\"](?=[A-Za-z])",
    # "about"joint", "best”deal", "a“big": a double mark between two letters
    r"(?<=[A-Za-z])[“”\"](?=[A-Za-z])",
)


def split_glued_marks(nlp: Language) -> Language:
    """Add the glued-mark infixes to ``nlp``'s tokenizer, after its own (once; assigning
    ``infix_finditer`` empties the tokenizer's cache)."""
    import re

    tokenizer = nlp.tokenizer
    current = getattr(tokenizer.infix_finditer, "__self__", None)
    pattern = current.pattern if current is not None else ""
    if GLUED_MARK_INFIXES[0] in pattern:
        return nlp
    tokenizer.infix_finditer = re.compile(
        "|".join([p for p in (pattern,) if p] + list(GLUED_MARK_INFIXES))
    ).finditer
    return nlp
