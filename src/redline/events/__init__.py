"""events stage: who did what to whom, coded in CAMEO and PLOVER with the rule that fired."""

from redline.events.cameo import CameoCode, load_cameo, root_of
from redline.events.coder import code_document, code_events, make_event_coder
from redline.events.lexicon import Lexicon, LexiconEntry, load_lexicon

__all__ = [
    "CameoCode",
    "Lexicon",
    "LexiconEntry",
    "code_document",
    "code_events",
    "load_cameo",
    "load_lexicon",
    "make_event_coder",
    "root_of",
]
