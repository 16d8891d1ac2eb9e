"""The event coder's stages, one module each (split from ``events/coder.py``, issue #9).

Import order, each module importing only those before it:
vocabulary, output, clauses, sides, frames, flags, context, nesting, denials, speech, partners,
guards, rescues, concluded, trigger_events, sentence (then ``coder``).
``redline.events.coder`` keeps the entry points and re-exports the names callers use.
"""
