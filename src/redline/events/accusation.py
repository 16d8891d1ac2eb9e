"""An accusation said as a hostile act of the accused (issue #9 accuse40, speech acts).

"Russia had meddled in the election, the senator said", "he said the administration had lied":
no evaluative word, but the speaker reports a hostile or wrongful act of another actor, and the
guideline (§4, §8.15) lists the speaker's accusation, ``112`` from the speaker to the actor said
to have done it. The coder already codes the reported act itself (its trigger inside a quote
the quotes stage attributed); this stage reads that event as the speaker's accusation.

A candidate is an event whose trigger lies inside an attributed quote whose speaker resolves to
an actor, that is the predicate of the reported clause (``ROOT``/``ccomp``/``parataxis``, or a
verb conjoined to one) with its doer as the clause's subject, the doer resolved to another actor
code with a country, the act a wrong by its code (``WRONGFUL_CODES``: defy norms, law (128) and
violate ceasefire (196) in ``cameo.tsv``; guideline §8.15), neither negated, conditional nor
said with a modal, in a quote that is no question and whose speech verb is not negated. Not a
reporter's narration (a ``MED`` speaker), not a state organ's lawful act (roots 16, 17:
sanctions, arrests, charges) and not an act of another organ of the speaker's own state. One
event per (speaker country, accused country, root 11) the kept events lack; the rule names the
act's code, its trigger and its doer. (Most reported violations are coded already by the
speech-act entries of ``speech.yml``; this reads the ones coded as the violation itself.)

On by default (``code_document(..., accusations=False)`` turns it off): +1 right / +0 wrong over
the free docgold splits but train14. The hostile roots (``ACCUSED_ROOTS``, threaten to mass
violence: ``accusation_events(..., roots=ACCUSED_ROOTS)``) fail the keep rule and are off: +0 /
+2 with the clause shape, +5 / +14 without it, +12 / +26 with no restriction but the roots
(docs/benchmarks.md, accuse40). The accusations the gold lists and the coder lacks are clauses
with no coded act at all ("China is using trade rules to take jobs", "he is weak on
immigration"), and the hostile acts the coder does find in reported speech are mostly news the
speaker tells (a war fought, missile tests, sanctions imposed), not accusations.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from redline.evaluate.docgold import actor_country
from redline.model import Document, Event, Quote

ACCUSATION_CODE = "112"
# the CAMEO roots whose act, told by a speaker of someone else, is an accusation: threaten
# (13) to mass violence (20), every root of Goldstein -4 or below but demand (10) and reject
# (12), which are positions rather than wrongs
ACCUSED_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})
# the CAMEO codes that are a wrong by their name in cameo.tsv: defy norms, law (128) and violate
# ceasefire (196); guideline §8.15: a violation a speaker tells of another is the accusation
WRONGFUL_CODES = frozenset({"128", "196"})


def accused_act(act: Event, roots: frozenset[str] = ACCUSED_ROOTS) -> bool:
    """Whether ``act``, told by a speaker of its doer, is an accusation: a wrong by its code, or
    an act of a hostile root in ``roots``."""
    return act.code in WRONGFUL_CODES or act.root_code in roots


ACCUSATION_CONFIDENCE = 0.9
# the roots of acts a state may lawfully do (reduce relations, sanction, arrest, charge): told
# of a state organ they are news, not a wrong
AUTHORITY_ROOTS = frozenset({"16", "17"})
# actor types (the code's second triple) that speak for a state: their lawful acts, and the
# acts of another organ of the same state (the speaker's side)
STATE_TYPES = frozenset({"GOV", "MIL", "JUD", "COP", "LEG", "SPY", "ELI"})
# who reports rather than accuses: the media's words are narration
REPORTER_TYPES = frozenset({"MED"})


def _types(code: str) -> set[str]:
    """The role triples of an actor code after its country (``USAGOVMIL`` -> GOV, MIL)."""
    rest = code[3:] if not code.startswith(("IGO", "NGO")) else ""
    return {rest[i : i + 3] for i in range(0, len(rest) - 2, 3)}


def _not_wrongful(act: Event, speaker: str) -> str | None:
    """Why the speaker's report of ``act`` is no accusation (None when it is one)."""
    doer = act.source_actor or ""
    if _types(speaker) & REPORTER_TYPES:
        return "a reporter's narration"
    if act.root_code in AUTHORITY_ROOTS and _types(doer) & STATE_TYPES:
        return "a state's lawful act"
    same = actor_country(doer) == actor_country(speaker)
    if same and _types(doer) & STATE_TYPES and _types(speaker) & STATE_TYPES:
        return "the speaker's own state"
    return None


@dataclass(frozen=True)
class AccusationCandidate:
    """A reported hostile act: the quote that reports it and the act's own event."""

    quote: Quote
    act: Event


def _quote_negated_or_asked(quote: Quote, parsed: Any, text: str) -> bool:
    """A speech verb negated ("did not say") or a quote that asks ("Did Russia meddle?")."""
    if text[quote.start : quote.end].rstrip(" \"'”’").endswith("?"):
        return True
    if quote.cue_start is None or quote.cue_end is None:
        return False
    span = parsed.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    if span is None:
        return False
    return any(child.dep_ == "neg" for tok in span for child in tok.children)


CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "parataxis"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MODAL_WORDS = frozenset({"would", "could", "might", "may", "will", "should", "can"})


def _clause_predicate(parsed: Any, act: Event) -> bool:
    """Whether the act is the predicate of the reported clause with its doer as the subject
    ("said Russia had bombed the town"), not a relative clause, a participle or a noun inside
    it ("a law which imposes sanctions", "missile tests"), and not said as a possibility
    ("would shoot down")."""
    assert act.trigger_start is not None and act.source_start is not None
    span = parsed.char_span(act.trigger_start, act.trigger_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span.root
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in CLAUSE_DEPS:
        return False
    if any(c.lower_ in MODAL_WORDS for c in span.root.children if c.dep_ == "aux"):
        return False
    subjects = [c for c in span.root.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and span.root is not verb:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return any(
        c.left_edge.idx <= act.source_start < c.right_edge.idx + len(c.right_edge) for c in subjects
    )


def accusation_candidates(
    doc: Document, parsed: Any, events: list[Event], roots: frozenset[str] = ACCUSED_ROOTS
) -> Iterator[AccusationCandidate]:
    """Each (quote, reported hostile act) of ``doc`` (module doc), in event order."""
    quotes = [
        q
        for q in doc.quotes
        if q.actor
        and q.speaker_start is not None
        and q.speaker_end is not None
        and not q.actor.startswith("---")
    ]
    if not quotes:
        return
    asked: dict[int, bool] = {}
    for act in events:
        if not accused_act(act, roots) or act.negated or act.conditional:
            continue
        if act.trigger_start is None or act.source_start is None or not act.source_actor:
            continue
        for i, quote in enumerate(quotes):
            if not quote.start <= act.trigger_start < quote.end:
                continue
            if not quote.start <= act.source_start < quote.end:
                break  # the accused is not named in the speaker's words
            if quote.speaker_start <= act.source_start < quote.speaker_end:
                break
            if actor_country(act.source_actor) == "" or act.source_actor == quote.actor:
                break  # no country to accuse, or the speaker's own side
            if _not_wrongful(act, quote.actor or "") is not None:
                break
            if not _clause_predicate(parsed, act):
                break
            if i not in asked:
                asked[i] = _quote_negated_or_asked(quote, parsed, doc.text)
            if not asked[i]:
                yield AccusationCandidate(quote, act)
            break


def accusation_events(
    doc: Document,
    parsed: Any,
    events: list[Event],
    kept: list[Event],
    roots: frozenset[str] = frozenset(),
) -> list[Event]:
    """The speaker's accusations of the wrongs (``WRONGFUL_CODES``, and acts of the hostile
    ``roots``: none by default, ``ACCUSED_ROOTS`` measured) reported in ``events`` (every event
    coded) that add a (source country, target country, root) ``kept`` lacks."""
    from redline.events.cameo import load_cameo
    from redline.events.coder import code_columns

    have = {
        (actor_country(e.source_actor), actor_country(e.target_actor), e.root_code) for e in kept
    }
    columns = code_columns(load_cameo()[ACCUSATION_CODE])
    out: list[Event] = []
    for cand in accusation_candidates(doc, parsed, events, roots):
        quote, act = cand.quote, cand.act
        key = (actor_country(quote.actor), actor_country(act.source_actor), columns["root_code"])
        if key in have:
            continue
        have.add(key)
        # the act's own event with the accusation's code, actors and rule: a field Event gains is
        # carried over, never silently dropped
        accusation = replace(
            act,
            **columns,
            source_text=doc.text[quote.speaker_start : quote.speaker_end],
            source_start=quote.speaker_start,
            source_end=quote.speaker_end,
            source_actor=quote.actor,
            target_text=act.source_text,
            target_start=act.source_start,
            target_end=act.source_end,
            target_actor=act.source_actor,
            date=act.date or doc.published,
            reported_by=None,  # the speaker's own accusation: no reporter
            rule=(
                f"accusation:112 of {act.code} '{act.trigger_text}' by {act.source_actor} "
                f"told by {quote.actor}; quote:{quote.kind}"
            ),
            confidence=ACCUSATION_CONFIDENCE,
        )
        out.append(accusation)
    return out
