"""The span an event names its source or target by (issue #9 span).

A pronoun argument ("Farc said *it* will release ...", "May called ... as *she* appealed") is
resolved to an actor by ``ActorResolver.antecedent``; the event then records the **antecedent**
as its span when the antecedent is in the event's own sentence, because the span is what a
reader (and the ConfliBERT and wire annotators) take for who acts, and a bare "it" tells them
nothing. The pronoun stays in the event's rule (``span: antecedent 'Farc' of 'it'``). A pronoun
whose antecedent lies in an earlier sentence keeps its own span: the event's offsets never
leave its sentence. Relative pronouns ("militants who attacked") are already the noun the
clause modifies (``ActorResolver.argument``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from redline.events.arguments import _reporting_subject, phrase_span

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from redline.events.arguments import Argument

# The pronouns that stand for an actor named elsewhere (not "who"/"which": see the module doc;
# not I/we: inside a quote they are the speaker, who is rarely in the sentence).
STAND_IN_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their"}
)  # fmt: skip


PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP"})  # the small NER calls "Lord Tebbit" ORG


def named_span(
    arg: Argument, sent: Span, mentions: list[tuple[int, int, Any]]
) -> tuple[str, int, int, str]:
    """(text, start, end, note) of the span that names ``arg`` in ``sent``: the argument's own
    span, or a pronoun's antecedent in the same sentence (``note`` says which and why)."""
    if arg.text.lower() not in STAND_IN_PRONOUNS:
        return arg.text, arg.start, arg.end, ""
    pronoun = _pronoun_token(sent, arg.start)
    if pronoun is None:
        return arg.text, arg.start, arg.end, ""
    found = _antecedent(pronoun, arg, sent, mentions)
    if found is None:
        return arg.text, arg.start, arg.end, ""
    start, end = found
    if sent.start_char <= start and end <= sent.end_char:  # Doc.text would join every token
        text = sent.text[start - sent.start_char : end - sent.start_char]
    else:
        text = sent.doc.text[start:end]
    return text, start, end, f"span: antecedent {text!r} of '{arg.text}'"


def _pronoun_token(sent: Span, start: int) -> Token | None:
    for tok in sent:
        if tok.idx == start:
            return tok
    return None


def _antecedent(
    pronoun: Token, arg: Argument, sent: Span, mentions: list[tuple[int, int, Any]]
) -> tuple[int, int] | None:
    """Offsets of the pronoun's antecedent in its sentence, before it, or None."""
    # "The Pentagon said it hit five bases": the sayer, when they agree (the resolver's own
    # rule; its phrase even when the book does not know the sayer: "Farc has said it will")
    teller = _reporting_subject(pronoun)
    if teller is not None and ("who said it" in arg.rule or arg.actor is None):
        return phrase_span(teller)
    if arg.actor is None:
        return None
    # the nearest mention before the pronoun in this sentence of the actor it resolved to
    # ("The Syrian army intensified its bombardment", "May called ... as she appealed")
    code = arg.actor.code
    personal = pronoun.lower_ in PERSONAL_PRONOUNS
    for m_start, m_end, match in reversed(mentions):
        if personal and match.kind in ("country", "metonym") and len(match.code) == 3:
            # issue #9 readout14: "after arriving in London, he feels ...": he, a person the
            # book places at home by the article's country, is not London (of that country);
            # "U.S. Attorney General" (USAJUD) still names her
            continue
        same = match.code == code or (
            # issue #10 actors58: "Several former RT journalists have complained they ...": the
            # former staff of a body (bare country, guideline §15.6) are named by the body's
            # mention ("RT journalists", RUSMED)
            not personal
            and len(code) == 3
            and match.code[:3] == code
            and "occupation held no more" in (getattr(arg.actor, "rule", "") or "")
        )
        if not (sent.start_char <= m_start and m_end <= pronoun.idx and same):
            continue
        if not personal:
            return m_start, m_end
        if _another_person(match, arg.actor):
            # issue #9 read44: "Prime Minister Tony Blair said: 'He should apologise'": he, the
            # mayor the graph linked, is not the prime minister, though both are GBRGOV
            continue
        last = next((tok for tok in sent if tok.idx + len(tok.text) == m_end), None)
        person = _person_modified(last, m_start)
        if person is not None:
            # issue #9 read44: "Tory peer Lord Tebbit said he agreed": the mention only
            # describes the person, who is the antecedent
            start, end = phrase_span(person)
            if end <= pronoun.idx:
                return start, end
            continue
        if _names_one(match, last):
            return m_start, m_end
        # issue #9 read44: "As the Tories gathered, he accused ...": he, the Tory leader, is
        # not the party, though both are GBROPP
    return None


def _person_modified(last: Token | None, start: int) -> Token | None:
    """The person a mention modifies ("Tory peer Lord Tebbit"), when it is a modifier."""
    if last is None or last.dep_ not in ("compound", "amod", "nmod"):
        return None
    head = last.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.idx < start or head.pos_ != "PROPN" or head.ent_type_ in PLACE_ENTS:
        return None
    return head


def _another_person(match: Any, actor: Any) -> bool:
    """Whether a mention names a person the book knows other than the one resolved."""
    if match.kind != "person" or getattr(actor, "kind", "") != "person":
        return False
    return bool(match.name and actor.name and match.name != actor.name)


def _names_one(match: Any, last: Token | None) -> bool:
    """Whether a mention can stand for one person: not an organisation, not a plural noun."""
    if match.kind == "organisation":
        return False
    return last is None or last.tag_ not in ("NNS", "NNPS")
